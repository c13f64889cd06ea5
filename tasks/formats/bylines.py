"""Bylines → author names: the "By" word, job titles and agency codes out, several names split.

>>> authors_from_byline("By Meredith Jameson, Staff Reporter")
('Meredith Jameson',)
>>> authors_from_byline("Von Christian Hollmann, dpa")
('Christian Hollmann',)
>>> authors_from_byline("By Jane Doe, Reuters"), authors_from_byline("Jane Doe, New York Times")
(('Jane Doe',), ('Jane Doe',))
>>> authors_from_byline("BY JOHN O'NEIL AND ANA DIAZ-LOPEZ=")
("John O'Neil", 'Ana Diaz-Lopez')
>>> byline_of("By Jane Doe, Associated Press Writer")
(('Jane Doe',), 'AP')
>>> byline_of("By the numbers"), byline_of("Por fin llegó el tren a la ciudad.")
(None, None)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wirecopy.schemas.agencies import canonical_agency
from wirecopy.tasks.formats.wiretext import clean

# The word that introduces a byline, in the agencies' languages (By, Von, Par, Por, Di, Av,
# Door, Af, Kirjoittanut, Από, От); "De" is left out: it also starts surnames (De Luca).
_LEAD_PATTERN = (
    # (German "from our correspondent" first: "Von unserem Korrespondenten X", not "Von" and
    # the rest a name)
    r"^(?:von unsere[mr] (?:korrespondent(?:en|in)?|redakteur(?:in)?|mitarbeiter(?:in)?)|"
    r"by|von|par|por|di|av|door|af|kirjoittanut|skrevet av|από|от|text|texte|"
    # … Kinyarwanda's "written by", Filipino's "by", Indonesian's, the Greek genitive article
    # ("Της Μαρίας Κωνσταντίνου": "[the story] of Maria K.").
    r"yanditswe na|της|του|"
    # … Hungarian "written by"
    r"írta|"
    # … Hebrew "from" and Arabic "by the pen of" ("מאת: דנה לוי", "بقلم: محمد علي").
    r"מאת|بقلم|"
    # … Arabic "wrote" ("كتبت ريتا شاهين:"), Finnish, Polish, Norwegian "text" ("Teksti: X")
    # (… the Arabic verb before a name of two words at least: "كتب جديدة" is "new books")
    r"(?:كتب|كتبت)(?=\s+\S+\s+\S)|teksti|tekst|"
    # … Romanian, Irish and Yiddish "by" ("de Andreea Mureșan", "le Máire Ní Fhlatharta", "פֿון
    # חנה ראָזנבערג"), in lower case: "De Luca", "Le Pen" are surnames.
    r"(?-i:de|le)|פֿון|"
    # … Thai, Khmer and Yoruba "by" ("โดย ธนพล ศรีสุข", "ដោយ៖ សុខ វិចិត្រ", "Lati ọwọ X").
    r"โดย|ដោយ៖?|lati ọwọ|"
    # … and the words that are first names too (Oleh, Na, Ni, Gan: "Oleh Sentsov", "Na Li",
    # "Gan Kim Yong"): Indonesian, Filipino, Swahili, Welsh "by" in lower case or capitals, or
    # capitalised before a name of two words or more ("Na Salim Abdallah", "Oleh: X Y").
    r"(?-i:oleh|ni|na|gan|OLEH|NI|NA|GAN)|"
    r"{capitalised}"
    r"reporting by|written by|story by)\s*[:\-]?\s+"
    # … and Zulu's and Xhosa's "by", glued to the name it introduces ("NguSipho Ndlovu")
    r"|^(?-i:Ngu)(?=(?-i:[A-Z][a-z]+\s+[A-Z]))"
)
_CAPITALISED_LEAD = r"(?-i:Oleh|Ni|Na|Gan)(?=\s*[:\-]?\s+\S+\s+\S)|"
# Icelandic writes the verb after the name: "Guðrún Helga Sigurðardóttir skrifar" (writes).
_WRITES_AFTER = re.compile(
    r"^(?P<name>[A-ZÁÉÍÓÚÝÞÆÖÐ][\wáéíóúýþæöð'’-]+(?:\s+[A-ZÁÉÍÓÚÝÞÆÖÐ][\wáéíóúýþæöð'’.-]+){1,3})"
    r"\s+skrifar$"
)
_LEAD = re.compile(_LEAD_PATTERN.format(capitalised=_CAPITALISED_LEAD), re.IGNORECASE)
# In an author field a capitalised first name is a name ("Gan Kim Yong"): only the words that
# are never names introduce it there, and those followed by a colon ("Oleh: X").
_FIELD_LEAD = re.compile(
    _LEAD_PATTERN.format(capitalised=r"(?-i:Oleh|Ni|Na|Gan)(?=\s*:)|"), re.IGNORECASE
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
# Hebrew and Arabic write "and" as a letter before the next name ("כרמית לוי ויואב שמיר",
# "محمد علي وأحمد حسن"): only between two names of two or three words each ("أحمد وليد حسن"
# is one man, Walid his second name).
_HE_AR = r"[\u05d0-\u05ea\u0621-\u064a]{2,}"


def _letter_and(part: str) -> tuple[str, ...]:
    """A byline part as the names a Hebrew or Arabic "and" joins (see _LETTER_AND)."""
    m = _LETTER_AND.match(part)
    return (m["a"], m["b"]) if m else (part,)


_LETTER_AND = re.compile(
    rf"^(?P<a>{_HE_AR}(?:\s{_HE_AR}){{1,2}})\s+[וو]\s?(?P<b>{_HE_AR}(?:\s{_HE_AR}){{1,2}})$"
)
# Words of job titles and desks: a part holding one is a title, not a name (byttl in NITF).
# "by Xinhua writers Li Wen, Zhou Meng": the desk's title before the names.
_WRITERS = re.compile(
    r"^(?:[^\W\d_]+\s+){1,2}(?:staff\s+)?(?:writers?|reporters?|correspondents?)\s+(?=[A-Z])"
)
_TITLE_WORDS = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|staff|photographer|columnist|journalist|"
    r"analyst|contributor|bureau|chief|producer|special to|associated press|press association|"
    r"redakteur\w*|korrespondent\w*|journalist\w*|mitarbeiter\w*|correspondant\w*|"
    r"envoy[ée]\w*|corresponsal\w*|redactor\w*|redattore|inviat[oa]|toimittaja|"
    r"reporter\w*|kirjeenvaihtaja|news service|newsroom|desk|mwandishi|report|"
    # (… Welsh, Irish, Hungarian, South Slavic, Polish correspondent and reporter)
    r"gohebydd|tuairisceoir|comhfhreagraí|tudósító|riporter|dopisni(?:k|ca)|novinarka|novinar|"
    r"dziennikarz|dziennikarka|"
    # (… the newsroom in the wires' languages: "Redakshon Extra", "Redacción El Tiempo")
    r"redacci[óo]n|redakshon|reda[çc][ãa]o|redaktion|redazione|r[ée]daction|redactie|"
    r"redakcja|redakce|redakcia|редакция|редакція)\b",
    re.IGNORECASE,
)
# … and the staff correspondent's words of the Indian and Arabic-script press, which sign a
# story they credit to no one by name ("Own Correspondent", "Special Correspondent"): in
# scripts where \b falls inside words (their vowel signs are no word characters), as text.
_STAFF_WORDS = re.compile(
    # Malayalam, Hindi, Marathi, Bengali, Tamil, Telugu, Kannada, Gujarati, Punjabi
    r"ലേഖക[ൻന]|ലേഖിക|संवाददाता|प्रतिनिधि|प्रतिनिधी|वार्ताहर|প্রতিবেদক|সংবাদদাতা|প্রতিনিধি|நிருபர்|"
    # (… and the "web desk" they sign with: "సాక్షి వెబ్‌డెస్క్", "डिजिटल डेस्क")
    r"డెస్క్|डेस्क|ডেস্ক|டெஸ்க்|ഡെസ്ക്|ಡೆಸ್ಕ್|ડેસ્ક|ਡੈਸਕ|"
    r"செய்தியாளர்|విలేకరి|ప్రతినిధి|ವರದಿಗಾರ|ಪ್ರತಿನಿಧಿ|પ્રતિનિધિ|સંવાદદાતા|ਪੱਤਰਕਾਰ|ਪ੍ਰਤੀਨਿਧ|"
    # Urdu and Arabic ("نامہ نگار", "مراسلنا"); Sindhi and Urdu "report", as a paper credits
    # its desk ("ڪاوش رپورٽ")
    r"نامہ نگار|نمائندہ|مراسل|رپورٽ|رپورٹ"
)


def is_staff_title(name: str) -> bool:
    """The name is a desk's title, no person's ("Staff Reporter", "സ്വന്തം ലേഖകൻ", own
    correspondent): what a structured creator field holds when no one is credited."""
    # (a title alone, a few words: "Jane Doe, Staff Writer" names a writer before hers)
    if "," in name or len(name.split()) > _STAFF_TITLE_WORDS:
        return False
    return bool(_TITLE_WORDS.search(name) or _STAFF_WORDS.search(name))


_STAFF_TITLE_WORDS = 3


# An agency code after the names ("dpa", "AP", "AFP", "NTB"): short, one word, one case.
_AGENCY_CODE = re.compile(r"^(?:[a-z]{2,6}|[A-Z]{2,6})$")
# Organisation words: "BBC News", "Press Association", "Agence Europe" credit a newsroom, not a
# person; such a part is dropped when the byline also names people.
_ORG_WORDS = re.compile(
    r"\b(?:news|nachrichten|nyheter|uutiset|noticias|notizie|press|presse|prensa|agency|"
    r"agence|agencia|agenzia|agentur|wire|media|online|staff|"
    # A newspaper's title words: "Jane Doe, Jakarta Post" would not hold them in a name.
    r"times|herald|tribune|gazette|zeitung|chronicle|telegraph|journal)\b",
    re.IGNORECASE,
)
# A byline's brackets: an agency, a place or a role beside the names ("Yohanes Seda [Sikka]").
_PARENS = re.compile(r"\([^)]*\)|(?<=\S)\s\[[^\]]{0,40}\]")


def with_listed_names(authors: tuple[str, ...], listed: Sequence[str | None]) -> tuple[str, ...]:
    """The byline's names as the item's list of people spells them: a byline name that holds
    one of the listed names and more ("Na Amani Juma", "Paolo Berti - Città del Vaticano")
    is that name, whatever the "by" word or place around it.

    >>> with_listed_names(("Na Amani Juma",), ["Amani Juma"])
    ('Amani Juma',)
    >>> with_listed_names(("Jane Doe",), ["John Smith"])
    ('Jane Doe',)
    """
    names = [n for n in (clean(x) for x in listed) if n and len(n.split()) >= _LISTED_NAME_WORDS]
    out: dict[str, None] = {}
    for author in authors:
        held = [
            n
            for n in names
            if re.search(rf"(?<![^\W\d_]){re.escape(n)}(?![^\W\d_])", author, re.IGNORECASE)
        ]
        out.setdefault(max(held, key=len) if held else author, None)
    return tuple(out)


# A listed name of one word ("Reuters", "Anna") is no name to cut a byline down to.
_LISTED_NAME_WORDS = 2


def _smart_title(name: str) -> str:
    """JOHN O'NEIL → John O'Neil; mixed case and one-word codes (NTB) are kept as written."""
    if not name.isupper() or " " not in name:
        return name
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), name.lower())


def authors_from_byline(byline: str | None, line: bool = False) -> tuple[str, ...]:
    """Author names of a byline, in order, without titles or agency codes; `line`: a byline
    line of the copy (byline_of), where a capitalised "Na" before a full name is "by"."""
    text = clean(byline)
    if not text:
        return ()
    text = _EMAIL.sub(" ", _PARENS.sub(" ", _DECOR.sub("", text)))
    text = _WRITERS.sub("", (_LEAD if line else _FIELD_LEAD).sub("", text.strip()))
    parts = [p.strip(" .:") for p in _SEPARATORS.split(text)]
    parts = [q for p in parts for q in _letter_and(p)]
    names = [
        p
        for p in parts
        if p
        and not _TITLE_WORDS.search(p)
        and not _STAFF_WORDS.search(p)
        and any(c.isalpha() for c in p)
    ]
    # "By Jane Doe, Reuters": an agency credited beside its writers is no author.
    people = [
        p
        for p in names
        if not _AGENCY_CODE.match(p) and not _ORG_WORDS.search(p) and not canonical_agency(p)[1]
    ]
    # A word alone after a writer's full name is where the copy was filed from, no writer
    # ("Von unserem Korrespondenten Paul Weber, Brüssel", "Av Lars Holm, Göteborg"); among
    # mononyms alone ("By Madonna and Prince") it stays.
    if any(" " in p for p in people):
        people = [p for p in people if " " in p]
    # A byline that is only an agency ("NTB") keeps it: it is the credited author.
    chosen = people or names[:1]
    seen: dict[str, None] = {}
    for name in chosen:
        seen.setdefault(_smart_title(name), None)
    return tuple(seen)


# A line of plain copy is a byline when it opens with a byline word and is short, with no
# sentence end: "By Jane Doe, Associated Press", "Von Christian Hollmann, dpa".
_MAX_BYLINE_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?:;]$")
# Lower-case words a name may hold ("Ursula von der Leyen", "Vincent van Gogh").
_NAME_PARTICLES = frozenset(
    {
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "du",
        "la",
        "le",
        "bin",
        "al",
        "y",
    }
)
# Job-title words after an agency's name ("Associated Press Writer").
_TRAILING_TITLE = re.compile(
    r"(?:\s+(?:business|sports?|political|science|medical|health|economics|technology|legal|"
    r"entertainment|diplomatic|national|chief|senior|special|staff))*"
    r"\s+(?:writer|reporter|correspondent|staff|photographer|editor)$",
    re.IGNORECASE,
)
_PARTS = re.compile(r"\s*(?:[,;|/=]|\s[-–—]\s)\s*")


def opens_like_byline(line: str) -> bool:
    """The line opens as a byline does ("By …", "Por …", "Von …"), whatever follows."""
    return bool(_LEAD.match(clean(line) or ""))


# A Chinese reporter's line: "記者陳威任／台北報導" (reporter X, reporting from Taipei), the
# names parted by "、".
# (… in the brackets papers set it in: "〔記者X／台北報導〕", "【記者X／台北報導】")
_CHINESE_REPORTER_LINE = re.compile(
    r"^[〔【\[（(]?\s*(?:記者|记者)\s*(?P<names>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){0,3})"
    r"\s*[／/]\s*[\u4e00-\u9fff]{1,8}(?:報導|报道|報道|電|电)\s*[〕】\]）)]?$"
    # (… or the outlet's reporter reporting, no place: "苦勞網記者林詩涵報導")
    r"|^[\u4e00-\u9fff]{2,8}(?:記者|记者)\s*"
    r"(?!现场|現場|独家|獨家|实地|實地|近日|日前|专访|專訪|连线|連線|跟踪|跟蹤|深入|前方|一线|一線|综合|綜合)"
    r"(?P<named>[\u4e00-\u9fff]{2,4})\s*(?:報導|报道|報道)$"
)


def byline_of(line: str) -> tuple[tuple[str, ...], str | None] | None:
    """(authors, agency) of a line of copy that is a byline, else None."""
    if (writes := _WRITES_AFTER.match(line.strip())) is not None:
        return (writes["name"],), None
    if (reporter := _CHINESE_REPORTER_LINE.match(line.strip())) is not None:
        return tuple((reporter["names"] or reporter["named"]).split("、")), None
    text = clean(line)
    if text and " | " in text:
        # "By Jane Doe | Tuesday, March 12, 2024 | 10:15 EST": the byline, then when.
        name, *when = text.split(" | ")
        if all(_STAMP_PART.fullmatch(w.strip()) for w in when):
            text = name
    if not text or not _LEAD.match(text) or len(text.split()) > _MAX_BYLINE_WORDS:
        return None
    text = _without_closing_colon(text)
    if _SENTENCE_END.search(text) or ":" in _LEAD.sub("", text):
        return None  # "Von München bis Aachen: Im Netz der China-Agenten" is a headline
    # "By CHRISTOPHER RUGABER AP Economics Writer": a byline's two lines read as one.
    words = text.split()
    for n in range(2, min(_MAX_AGENCY_LINE_WORDS, len(words) - 2) + 1):
        if (agency := agency_title_line(" ".join(words[-n:]))) is not None:
            found = byline_of(" ".join(words[:-n]))
            return (found[0], found[1] or agency) if found else None
    authors = authors_from_byline(text, line=True)
    rest = _LEAD.sub("", text).strip(" .:")
    if not authors and rest and len(rest.split()) <= _STAFF_BYLINE_WORDS and is_staff_title(rest):
        return (), None  # "Door: Redactie", "By Staff Reporter": a byline crediting no one
    if not authors or not all(_reads_as_name(a) for a in authors):
        return None
    # "By Jane Doe | Reuters": the agency is the wire, not an author (unless it is all there is).
    people = tuple(a for a in authors if not canonical_agency(a)[1])
    return people or authors, _agency_of(_LEAD.sub("", text))


_STAFF_BYLINE_WORDS = 3


def _without_closing_colon(text: str) -> str:
    """The byline without the colon closing it when it introduces the story after a name of
    two words at least ("كتبت ريتا شاهين:", "By Jane Doe:"); "By Monday:" opens a list."""
    name = _LEAD.sub("", text).rstrip(" :：")
    if text.rstrip().endswith((":", "：")) and ":" not in name and len(name.split()) >= 2:
        return text.rstrip(" :：")
    return text


# A date or a time after a byline's pipe: a few words, a digit among them.
_STAMP_PART = re.compile(r"(?=[^|]*\d)[^|]{1,40}")


def _reads_as_name(name: str) -> bool:
    """Every word capitalised but a name's particles: "Jane Doe", not "the numbers"."""
    words = name.split()
    # In a script without case (Thai, Arabic, Devanagari) a name is a few words of it.
    if (
        words
        and len(words) <= _CASELESS_NAME_WORDS
        and not any(c.isupper() or c.islower() for c in name)
    ):
        return any(c.isalpha() for c in name)
    return any(w[:1].isupper() for w in words) and all(
        w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words
    )


_CASELESS_NAME_WORDS = 4


def _agency_of(text: str) -> str | None:
    """The known agency a byline names after its authors ("…, Associated Press Writer")."""
    for part in [*_PARTS.split(_PARENS.sub("", text)), *re.findall(r"\(([^)]*)\)", text)]:
        name, known = canonical_agency(_TRAILING_TITLE.sub("", part.strip(" .")))
        if known:
            return name
    return None


# "Associated Press Writer", "Reuters": a byline's second line names the agency, nothing else.
_MAX_AGENCY_LINE_WORDS = 5


# A byline without its "By": the writer's name, then the agency after a comma ("Julie Gagnon,
# La Presse Canadienne"), or after a dash with the writer's title ("Luana Figueiredo -
# Repórter da Agência Brasil"): the agency a known one.
_BARE_BYLINE = re.compile(
    r"^(?P<name>[A-ZÀ-ÞĀ-ŽА-ЯЁЄІЇҐ][\w'’.-]+(?:\s+[A-ZÀ-ÞĀ-ŽА-ЯЁЄІЇҐ][\w'’.-]+){1,3})"
    r"(?:\s*,\s*(?P<agency>[^,]{2,40})|\s+[-–—]\s+(?P<titled>[^,]{2,60}))$"
)
_AGENCY_TITLE = re.compile(
    r"^(?:rep[óo]rter|reporter(?:in)?|correspondent|correspondente|corresponsal|journalist\w*|"
    r"jornalista|periodista|redactor\w*|redakteur\w*)\s+(?:da|do|de|del|der|des|of|for|für)\s+",
    re.IGNORECASE,
)


def bare_byline(line: str) -> tuple[tuple[str, ...], str] | None:
    """(authors, agency) of a byline written without "By" (see _BARE_BYLINE), else None.

    >>> bare_byline("Julie Gagnon, La Presse Canadienne")
    (('Julie Gagnon',), 'The Canadian Press')
    >>> bare_byline("New York - Reuters"), bare_byline("Police Chief, AP")
    (None, None)
    """
    m = _BARE_BYLINE.match(clean(line) or "")
    if m is None or not _reads_as_name(m["name"]):
        return None
    if _TITLE_WORDS.search(m["name"]) or _ORG_WORDS.search(m["name"]):
        return None  # "Police Chief, AP": a title, not a writer's name
    if m["agency"] is not None:
        agency = m["agency"]
    elif (titled := _AGENCY_TITLE.match(m["titled"])) is not None:
        agency = m["titled"][titled.end() :]
    else:
        return None
    name, known = canonical_agency(agency.strip())
    if not known and (quoted := _QUOTED_OUTLET.fullmatch(agency.strip())) is not None:
        # (… or the writer's outlet in quotes, its region in capitals maybe after it, as
        # Slavic papers sign: "Олена Ковальчук, «Урядовий кур'єр» ЖИТОМИРСЬКА ОБЛАСТЬ")
        return (m["name"],), quoted["outlet"] or quoted["low"]
    return ((m["name"],), name) if known else None


_QUOTED_OUTLET = re.compile(
    r"(?:«(?P<outlet>[^«»\"„“”\d]{2,40})»|„(?P<low>[^«»\"„“”\d]{2,40})[“”])"
    r"(?:\s+[А-ЯЁЄІЇҐA-ZÀ-Þ][А-ЯЁЄІЇҐA-ZÀ-Þ-]+){0,3}"
)


def agency_title_line(line: str) -> str | None:
    """The known agency a short line under a byline names with at most a job title, else None.

    >>> agency_title_line("Associated Press Writer"), agency_title_line("Police said on Monday")
    ('AP', None)
    """
    text = clean(_DECOR.sub("", line or ""))
    if not text or len(text.split()) > _MAX_AGENCY_LINE_WORDS or _SENTENCE_END.search(text):
        return None
    name, known = canonical_agency(_TRAILING_TITLE.sub("", text))
    return name if known else None


# A person's name as written: two to four words, each a capital then lower case letters.
PERSON_SHAPED = re.compile(r"(?:[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž.'’-]+\s){1,3}[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž'’-]+")
# … unless a word of it says it is an outlet ("Harbour Herald", "Te Ao Māori News").
OUTLET_WORD = re.compile(
    r"\b(?i:news|press|media|times|post|herald|daily|radio|tv|journal|gazette|tribune|"
    # (… and the bodies that publish news of their own: "Python Software Foundation")
    r"foundation|society|association|institute|federation|ministry|university|"
    r"online|network|channel|agency|report|magazine|wire|today|weekly|review|express|"
    # … and in the languages of the agencies' own names ("Agence Science-Presse").
    r"agence|agencia|agência|agenzia|agentur|presse|prensa|imprensa|stampa|nachrichten|noticias|"
    r"notícias|notizie|nouvelles|zeitung)\b"
)
