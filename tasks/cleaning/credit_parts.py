"""Split a photo credit into photographer and agency ("Jane Doe/AFP via Getty Images").

Pure. A credit is cut into parts at '/', ',' and brackets; "via" names the distributor and
"for" the outlet a photographer worked for. Each part is then an agency (a name in the alias
table, or a name that reads like an organisation), a person (a name shaped like a person's), or
undecided; undecided parts go to whichever side is still empty. The evidence is generic, so a
new outlet needs no entry: only `schemas/agencies.py` lists names.

>>> split_credit("REUTERS/Jane Doe")
CreditPart(credit='REUTERS/Jane Doe', photographer='Jane Doe', agency='Reuters', origin_agency=None)
>>> split_credit("Ana Sato/Alder Times").agency
'Alder Times'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from wirecopy.schemas.agencies import agency_key, canonical_agency
from wirecopy.schemas.records import Caption, CreditPart

Role = Literal["agency", "person", "undecided"]

# Labels before a credit ("Photo:", "Foto:", "Photo by", "©", "Courtesy of"): dropped.
_LABEL = re.compile(
    r"^(?:(?:©|\(c\)|copyright\b|(?:photo(?:graph)?s?|photographer|fotos?|bild|image|picture|"
    r"credits?|source|quelle)\s*(?::|=|\bby\b|\bvon\b|\bpar\b)|courtesy(?:\s+of)?\b)\s*)+",
    re.IGNORECASE,
)
# Whole parts that say how the picture was obtained, not who made it: no name to record.
_MARKERS = frozenset(
    {
        "file",
        "file photo",
        "archive",
        "archiv",
        "archivbild",
        "uncredited",
        "supplied",
        "supplied image",
        "handout",
        "pool",
        "courtesy",
        "screenshot",
        "screenshots",
        "privat",
        "private",
        "symbolbild",
        "illustration",
        "unknown",
        "n/a",
    }
)
# Words that name an organisation, not a person, in the languages credits come in: agencies,
# newspapers, broadcasters, institutions, companies, picture desks and graphics desks.
_ORG_TEXT = """
    agency agencia agence agentur agenzia ajansı press presse prensa news nachrichten nieuws
    nyheter nyheder noticias times post herald gazette courier journal tribune daily zeitung
    zeitschrift magazine shimbun wire media images image photo photos photography foto fotos
    pictures picture bilder studio studios productions production collection archive archives
    library museum gallery galerie foundation stiftung university universität school college
    institute council ministry department government office police polisen polizei army navy
    service services network tv television radio broadcasting broadcast group inc ltd llc gmbh
    corp company association society project infografik grafik graphic graphics
    sports sport live online yearbook administration commission board committee embassy centre
    center hospital party
"""
_ORG_WORDS = frozenset(_ORG_TEXT.split())
# Lower-case words inside personal names ("Philipp von Ditfurth", "Fouzia Van Der Fort").
_PARTICLE_TEXT = "von van der den de del della di da du le la dos das do bin ibn al el ter ten zu"
_PARTICLES = frozenset(_PARTICLE_TEXT.split())
# An initial ("S.", "P") or an initial glued to a name ("R.Schmitt").
_INITIAL = re.compile(r"^(?:\w\.?|\w\.\w[\w'’-]*)$")
# "Jane Doe and John Roe", "A og B": several photographers in one part.
_AND = re.compile(r"\s+(?:and|und|og|och|et|y|e|&)\s+", re.IGNORECASE)
_VIA = re.compile(r"\s+via\s+", re.IGNORECASE)
_FOR = re.compile(r"\s+for\s+", re.IGNORECASE)
# "Urs Flueeler (Keystone)": the agency in brackets after the name.
_BRACKETED = re.compile(r"^(?P<left>[^()]+?)\s*\((?P<inner>[^()]+)\)$")
# Where a credit's names end: '/', ', ', ' - ', and a full stop after a word ("Frank van
# Beek. Courtesy of the ICJ"), not after an initial ("Edgar H. Clemente").
_SEPARATORS = re.compile(r"\s*/\s*|\s*,\s+|\s+[-–—]\s+|(?<=\w\w)\.\s+(?=\S)")
# Several whole credits in one string: "Jane Doe/AFP; John Roe/Reuters".
_CREDIT_LIST = re.compile(r"\s*[;|]\s*")
# ", " or " and " between whole credits, each with its own slash ("A/AFP, B/Reuters").
_CREDIT_PAIR = re.compile(r"(?:,|\s+and|\s+&)\s+(?=[^,/]+/)", re.IGNORECASE)
# Word boundaries for spotting organisation words ("imago-images-bilder", "Blaulicht-News").
_WORD_SPLIT = re.compile(r"[\s\-–/]+")
_DOMAIN = re.compile(r"\w\.(?:com|org|net|de|at|ch|uk|fr|es|it|nl|no|se|dk|ru|info|tv)\b", re.I)
_SPACES = re.compile(r"\s+")
# Scripts that write a personal name as one word of 2-4 characters (潟沼義樹, 고영권).
_CJK_NAME = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,4}$")


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _looks_like_org(part: str) -> bool:
    """Evidence of an organisation: an org word, a domain, 'The …', or an acronym."""
    words = part.split()
    lowered = [w.lower().strip(".,'’()") for w in _WORD_SPLIT.split(part) if w]
    if any(w in _ORG_WORDS for w in lowered) or _DOMAIN.search(part) or lowered[0] == "the":
        return True
    if "+" in part or "&" in part or any(c.isdigit() for c in part):
        return True
    if len(words) == 1:
        # A short all-capital word is an acronym (WDR, ICJ-CIJ); a person signs with two names.
        return _is_acronym(part) and sum(c.isalpha() for c in part) <= 6
    # An acronym inside a mixed-case name ("Cultura RF", "UN Photo"); all caps is a style.
    return not _is_acronym(part) and any(_is_acronym(w) for w in words)


def _looks_like_person(part: str) -> bool:
    """Two to four capitalised name words (initials and particles aside), or one CJK name."""
    if _CJK_NAME.match(part):
        return True
    words = part.split()
    names = [w for w in words if w.lower() not in _PARTICLES and not _INITIAL.match(w)]
    if not 1 <= len(names) <= 4 or len(words) < 2 or len(words) > 6:
        return False
    # An abbreviation ("Natl Inst.") is not a name; initials were set aside above.
    return all(
        w[0].isupper() and not w.endswith(".") and all(c.isalpha() or c in "-'’." for c in w)
        for w in names
    )


def _role(part: str) -> Role:
    if canonical_agency(part)[1] or _looks_like_org(part):
        return "agency"
    if _looks_like_person(part):
        return "person"
    return "undecided"


def _parts(text: str) -> list[str]:
    """The names in a credit without its distributor: split at '/', ',', brackets and 'and'."""
    out: list[str] = []
    for raw in _SEPARATORS.split(text):
        piece = _without_marker(_LABEL.sub("", raw.strip(" .;:|")))
        if bracketed := _BRACKETED.match(piece):
            out.extend(_parts(bracketed["left"]))
            out.extend(_parts(bracketed["inner"]))
            continue
        names = _AND.split(piece)
        if len(names) > 1 and all(_looks_like_person(n.strip()) for n in names):
            out.extend(n.strip() for n in names)
        elif piece and any(c.isalnum() for c in piece):
            out.append(piece)
    return [p for p in out if agency_key(p) not in _MARKERS]


def _without_marker(part: str) -> str:
    """'Screenshots Instagram' → 'Instagram': a leading marker word is not part of the name."""
    first, _, rest = part.partition(" ")
    return rest.strip() if rest and first.lower() in _MARKERS else part


@dataclass(slots=True)
class _Sorted:
    agencies: list[str]
    people: list[str]


def _sort(parts: Sequence[str], outlet: str | None) -> _Sorted:
    """Agencies and people; undecided parts go to the side that is still empty."""
    roles = [(p, _role(p)) for p in parts]
    agencies = [p for p, r in roles if r == "agency"]
    people = [p for p, r in roles if r == "person"]
    undecided = [p for p, r in roles if r == "undecided"]
    if outlet is not None:
        agencies.append(outlet)
    if agencies:
        # "WDR / Biernat": beside a clear agency a lone name is the photographer's.
        people = [p for p, _r in roles if p in people or p in undecided]
    elif undecided:
        # "Tomer Appelbaum/Haaretz", "Lichtgut/Christoph Schmidt": the other part is the agency.
        agencies = undecided
    elif len(people) > 1:
        # "Nick Wilkinson/Birmingham Live": two names and no evidence: Name/Agency order.
        agencies = [people.pop()]
    return _Sorted(agencies, people)


def _primary(agencies: Sequence[str]) -> str | None:
    """The first agency the alias table knows, else the first agency named."""
    named = [canonical_agency(a) for a in agencies]
    for name, known in named:
        if known:
            return name
    return named[0][0] if named else None


def split_credit(credit: str) -> CreditPart:
    """Photographer, agency and originating agency of one credit (each None when absent).

    >>> split_credit("Jane Doe/AFP via Getty Images")
    CreditPart(credit='Jane Doe/AFP via Getty Images', photographer='Jane Doe', \
agency='Getty Images', origin_agency='AFP')
    >>> split_credit("Jane Doe for The New York Times").agency
    'The New York Times'
    """
    text = _SPACES.sub(" ", unicodedata.normalize("NFKC", credit)).strip()
    text = _LABEL.sub("", text).strip(" .;:|")
    if not any(c.isalnum() for c in text):
        return CreditPart(credit)
    distributor: str | None = None
    if len(via := _VIA.split(text)) > 1:
        text, distributor = " via ".join(via[:-1]), via[-1].strip(" .")
    outlet: str | None = None
    if len(by_for := _FOR.split(text, maxsplit=1)) > 1 and _looks_like_person(by_for[0]):
        text, outlet = by_for[0], by_for[1].strip(" .")
    found = _sort(_parts(text), outlet)
    photographer = "; ".join(dict.fromkeys(found.people)) or None
    if distributor is not None and agency_key(distributor) not in _MARKERS:
        origin = _primary(found.agencies)
        return CreditPart(credit, photographer, canonical_agency(distributor)[0], origin)
    return CreditPart(credit, photographer, _primary(found.agencies))


def split_credit_list(credit: str) -> tuple[CreditPart, ...]:
    """Every credit in a string that may hold several ("A/AFP; B/Reuters", "A/AFP and B/AP").

    >>> [p.agency for p in split_credit_list("Jane Doe/AFP, John Roe/Reuters")]
    ['AFP', 'Reuters']
    """
    found: list[CreditPart] = []
    for chunk in _CREDIT_LIST.split(credit.strip()):
        pair = [c for c in _CREDIT_PAIR.split(chunk) if c.strip()]
        # Split only between whole credits: each side names its own agency after a slash.
        found.extend(split_credit(c) for c in (pair if all("/" in c for c in pair) else [chunk]))
    return tuple(found)


def with_credit_parts(caption: Caption) -> Caption:
    """The caption with each credit split, and its photographers and agencies as columns."""
    parts = tuple(p for c in caption.credits for p in split_credit_list(c))
    caption.parts = parts
    caption.photographer = _join(p.photographer for p in parts)
    caption.agency = _join(p.agency for p in parts)
    return caption


def _join(values: Iterable[str | None]) -> str | None:
    """Distinct values in order, joined by '; ' (as captions.credit joins credits)."""
    return "; ".join(dict.fromkeys(v for v in values if v)) or None
