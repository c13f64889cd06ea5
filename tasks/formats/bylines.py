"""Bylines → author names: the "By" word, job titles and agency codes out, several names split.

>>> authors_from_byline("By Meredith Jameson, Staff Reporter")
('Meredith Jameson',)
>>> authors_from_byline("Von Christian Hollmann, dpa")
('Christian Hollmann',)
>>> authors_from_byline("BY JOHN O'NEIL AND ANA DIAZ-LOPEZ=")
("John O'Neil", 'Ana Diaz-Lopez')
"""

from __future__ import annotations

import re

from wirecopy.tasks.formats.wiretext import clean

# The word that introduces a byline, in the agencies' languages (By, Von, Par, Por, Di, Av,
# Door, Af, Kirjoittanut, Από, От); "De" is left out: it also starts surnames (De Luca).
_LEAD = re.compile(
    r"^(?:by|von|par|por|di|av|door|af|kirjoittanut|skrevet av|από|от|text|texte|"
    r"reporting by|written by|story by)\s*[:\-]?\s+",
    re.IGNORECASE,
)
# ANPA/7901 line markers and decorations around a byline.
_DECOR = re.compile(r"^[\s^=\-–—]+|[\s=<\-–—]+$")
_EMAIL = re.compile(r"\S+@\S+")
# Separators between several names: commas, semicolons, slashes and "and" in many languages.
_SEPARATORS = re.compile(
    r"\s*(?:[,;/|]|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bog\b|\boch\b|\bja\b|\ben\b|\bi\b|"
    r"\bκαι\b|\bи\b)\s*",
    re.IGNORECASE,
)
# Words of job titles and desks: a part holding one is a title, not a name (byttl in NITF).
_TITLE_WORDS = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|staff|photographer|columnist|journalist|"
    r"analyst|contributor|bureau|chief|producer|special to|associated press|press association|"
    r"redakteur\w*|korrespondent\w*|journalist\w*|mitarbeiter\w*|correspondant\w*|"
    r"envoy[ée]\w*|corresponsal\w*|redactor\w*|redattore|inviat[oa]|toimittaja|"
    r"reporter\w*|kirjeenvaihtaja|news service|newsroom|desk)\b",
    re.IGNORECASE,
)
# An agency code after the names ("dpa", "AP", "AFP", "NTB"): short, one word, one case.
_AGENCY_CODE = re.compile(r"^(?:[a-z]{2,6}|[A-Z]{2,6})$")
# Organisation words: "BBC News", "Press Association", "Agence Europe" credit a newsroom, not a
# person; such a part is dropped when the byline also names people.
_ORG_WORDS = re.compile(
    r"\b(?:news|nachrichten|nyheter|uutiset|noticias|notizie|press|presse|prensa|agency|"
    r"agence|agencia|agenzia|agentur|wire|media|online|staff)\b",
    re.IGNORECASE,
)
_PARENS = re.compile(r"\([^)]*\)")


def _smart_title(name: str) -> str:
    """JOHN O'NEIL → John O'Neil; mixed case and one-word codes (NTB) are kept as written."""
    if not name.isupper() or " " not in name:
        return name
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), name.lower())


def authors_from_byline(byline: str | None) -> tuple[str, ...]:
    """Author names of a byline, in order, without titles or agency codes."""
    text = clean(byline)
    if not text:
        return ()
    text = _EMAIL.sub(" ", _PARENS.sub(" ", _DECOR.sub("", text)))
    text = _LEAD.sub("", text.strip())
    parts = [p.strip(" .:") for p in _SEPARATORS.split(text)]
    names = [p for p in parts if p and not _TITLE_WORDS.search(p) and any(c.isalpha() for c in p)]
    people = [p for p in names if not _AGENCY_CODE.match(p) and not _ORG_WORDS.search(p)]
    # A byline that is only an agency ("NTB") keeps it: it is the credited author.
    chosen = people or names[:1]
    seen: dict[str, None] = {}
    for name in chosen:
        seen.setdefault(_smart_title(name), None)
    return tuple(seen)
