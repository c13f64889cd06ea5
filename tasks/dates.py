"""Date parsing shared by every input format: any common form in, a UTC datetime (or None) out."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

# "November 20, 2024", "Nov 20, 2024 7:05 AM", "20 November 2024": the wire and byline forms.
_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_FIRST = re.compile(
    r"^(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"
    r"(?:[ ,at]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?)?"
    r"\s*(?P<tz>UTC|GMT|Z)?\s*$"
)
# … and the day first with the month by name in the wires' languages (see month_number), the
# time after it maybe ("20 November 2024", "14. febrúar 2006 06:00", "12 de marzo de 2024",
# "23 سبتمبر 2009", "5 تشرين الأول 2023").
_DAY_FIRST = re.compile(
    r"^(?P<day>\d{1,2})\.?\s+(?:de\s+)?(?P<mon>[^\W\d_]{3,12}(?: الثاني| الأول)?)\.?,?\s+"
    r"(?:de\s+|del\s+)?(?P<year>\d{4})(?:,?\s+(?:(?:à|um|kl\.?|klo|at|alle|às|a las|a les)\s+)?"
    r"(?P<h>\d{1,2})[:.h](?P<mi>\d{2})(?:\s*(?:Uhr|h))?)?\s*$"
)
_DOTTED = re.compile(r"^(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})$")
# A date in figures with its time ("14.05.2010 10:32", "20/11/2013 15:42", "15.09.2010, godz.
# 12:40"): dotted, the day first as Europe writes it; slashed, the day first only when the
# first figure cannot be a month (and the month first only when the second cannot): a slashed
# "05/11/2013" is the fifth of November in London and May 11 in New York, so none.
_NUMERIC_TIMED = re.compile(
    r"^(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}),?\s+"
    r"(?:(?:godz\.|um|à|at|kl\.?|klo)\s*)?(?P<h>\d{1,2})[:.h](?P<mi>\d{2})(?:[:.](?P<s>\d{2}))?"
    r"(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?(?:\s*(?:Uhr|h))?\s*$"
)
_MONTHS_IN_YEAR = 12
_NOON = 12


def to_utc(value: datetime) -> datetime | None:
    """A naive datetime is taken as UTC (wire feeds publish in UTC); aware ones are converted.
    None when the instant has no UTC form ("9999-12-31T23:00-01:00" is in the year 10000)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except OverflowError:
        return None


def parse_datetime(value: object) -> datetime | None:
    """Parse ISO 8601 (with Z, offset or date only), RFC 2822 and 'November 20, 2024' to UTC.

    >>> parse_datetime("2024-11-20T07:00:34.861Z").isoformat()
    '2024-11-20T07:00:34.861000+00:00'
    >>> parse_datetime("Published: ") is None
    True
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return to_utc(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    if not isinstance(value, str | int | float):
        return None
    text = str(value).strip()
    if not text:
        return None
    return (
        _parse_iso(text)
        or _parse_rfc2822(text)
        or _parse_month_first(text)
        or _parse_day_first(text)
        or _parse_numeric_timed(text)
    )


def _parse_iso(text: str) -> datetime | None:
    candidate = text.replace(" ", "T", 1) if re.match(r"^\d{4}-\d{2}-\d{2} \d", text) else text
    if candidate.endswith(("Z", "z")):
        candidate = candidate[:-1] + "+00:00"
    # Python < 3.11 quirks are gone, but "+0000" offsets and "UTC" suffixes still need help.
    candidate = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", candidate)
    candidate = re.sub(r"\s*UTC$", "+00:00", candidate)
    try:
        parsed = datetime.fromisoformat(candidate)
    except ValueError:
        return None
    if parsed.year < 1900:
        return None
    return to_utc(parsed)


def _parse_rfc2822(text: str) -> datetime | None:
    if not re.match(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d", text):
        return None
    try:
        return to_utc(parsedate_to_datetime(text))
    except (TypeError, ValueError):
        return None


def _parse_month_first(text: str) -> datetime | None:
    m = _MONTH_FIRST.match(text)
    if not m:
        return None
    month = _MONTHS.get(m["mon"].lower())
    if month is None:
        return None
    hour = int(m["h"] or 0)
    ampm = (m["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        return datetime(
            int(m["year"]),
            month,
            int(m["day"]),
            hour,
            int(m["mi"] or 0),
            int(m["s"] or 0),
            tzinfo=UTC,
        )
    except ValueError:
        return None


def _parse_numeric_timed(text: str) -> datetime | None:
    """A date in figures and its time (see _NUMERIC_TIMED), None when its order is unsure."""
    m = _NUMERIC_TIMED.match(text)
    if m is None:
        return None
    a, b = int(m["a"]), int(m["b"])
    if m["sep"] == "." or a > _MONTHS_IN_YEAR:
        day, month = a, b
    elif b > _MONTHS_IN_YEAR:
        day, month = b, a
    else:
        return None
    hour = int(m["h"])
    ampm = (m["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < _NOON:
        hour += _NOON
    elif ampm == "am" and hour == _NOON:
        hour = 0
    try:
        return datetime(
            int(m["year"]), month, day, hour, int(m["mi"]), int(m["s"] or 0), tzinfo=UTC
        )
    except ValueError:
        return None


def _parse_day_first(text: str) -> datetime | None:
    m = _DAY_FIRST.match(text)
    hour = minute = 0
    if m:
        month = _MONTHS.get(m["mon"].lower()) or month_number(m["mon"])
        hour, minute = int(m["h"] or 0), int(m["mi"] or 0)
    else:
        m = _DOTTED.match(text)
        month = int(m["mon"]) if m else None
    if not m or month is None:
        return None
    try:
        return datetime(int(m["year"]), month, int(m["day"]), hour, minute, tzinfo=UTC)
    except ValueError:
        return None


def fixed_offset(hours: float) -> timezone:
    """A fixed UTC offset (a script's clock; tests and fixtures)."""
    return timezone(timedelta(hours=hours))


# Copy whose time stamp names no zone is stamped on its newsroom's clock. Where the copy's
# script is written in one offset only, all year round, that offset is the clock's (Chinese in
# Beijing, Hong Kong, Taipei and Singapore alike; Japanese; Korean; Thai; the Indian scripts
# but Devanagari and Bengali, which Nepal and Bangladesh write on other clocks); scripts
# written across zones (Latin, Cyrillic, Arabic) or under summer time (Greek, Hebrew) give
# none, and the stamp stays read as UTC.
_SCRIPT_OFFSETS: tuple[tuple[str, re.Pattern[str], float], ...] = (
    ("Japanese kana", re.compile(r"[\u3040-\u30ff]"), 9),
    ("Hangul", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"), 9),
    ("Han", re.compile(r"[\u4e00-\u9fff]"), 8),
    ("Thai, Lao, Khmer", re.compile(r"[\u0e00-\u0eff\u1780-\u17ff]"), 7),
    ("Myanmar", re.compile(r"[\u1000-\u109f]"), 6.5),
    ("Gurmukhi to Malayalam, Sinhala", re.compile(r"[\u0a00-\u0d7f\u0d80-\u0dff]"), 5.5),
    ("Georgian, Armenian", re.compile(r"[\u10a0-\u10ff\u0530-\u058f]"), 4),
    ("Ethiopic", re.compile(r"[\u1200-\u137f]"), 3),
)
# Japanese writes kanji among its kana: a few kana in a hundred ideographs make it Japanese.
_KANA_SHARE = 0.05
# The script must write most of the copy's letters: a Chinese name in English copy is no clock.
_SCRIPT_SHARE = 0.5
_SCRIPT_SAMPLE = 4000  # characters: the opening of the copy tells its script


def script_offset(text: str) -> timezone | None:
    """The one UTC offset the copy's script is written in ("恒指收跌" +08:00), else None.

    >>> script_offset("金管局：本港銀行體系流動性充裕"), script_offset("Минск")
    (datetime.timezone(datetime.timedelta(seconds=28800)), None)
    """
    sample = text[:_SCRIPT_SAMPLE]
    letters = sum(c.isalpha() for c in sample)
    if not letters:
        return None
    counts = [len(pattern.findall(sample)) for _, pattern, _ in _SCRIPT_OFFSETS]
    kana, hangul, han = counts[:3]
    if kana and kana >= _KANA_SHARE * (kana + han) and kana + han >= _SCRIPT_SHARE * letters:
        return fixed_offset(_SCRIPT_OFFSETS[0][2])
    if hangul and hangul >= han and hangul + han >= _SCRIPT_SHARE * letters:
        return fixed_offset(_SCRIPT_OFFSETS[1][2])
    for (_, _, hours), count in zip(_SCRIPT_OFFSETS[2:], counts[2:], strict=True):
        if count >= _SCRIPT_SHARE * letters:
            return fixed_offset(hours)
    return None


def local_time(value: datetime | None, text: str) -> datetime | None:
    """A stamp's time on the copy's clock: an aware one as it is, a naive one (its stamp named
    no zone) at the offset its script is written in, else taken as UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return to_utc(value.replace(tzinfo=script_offset(text) or UTC))


# The months by name in the wires' languages, read by their first letters (accents folded).
MONTH_ABBREVIATIONS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
_MONTH_WORDS = {m: i for i, m in enumerate(MONTH_ABBREVIATIONS, 1)}
# … and the months as the Spanish, Portuguese, Italian, French and German wires abbreviate them
# in their date-time groups ("121541 ABR 16").
_MONTH_WORDS.update(
    {"ene": 1, "gen": 1, "fev": 2, "mär": 3, "abr": 4, "avr": 4, "mai": 5, "mag": 5, "giu": 6,
     "lug": 7, "ago": 8, "set": 9, "out": 10, "ott": 10, "okt": 10, "dic": 12, "dez": 12,
     # (German's March without its umlaut, "141205 Mrz 18", AgE's)
     "mrz": 3,
     # French: "JUIN" and "JUIL" share three letters, "AOÛT" folds to "aou".
     "juin": 6, "juil": 7, "aou": 8,
     # Serbian, Croatian, Polish and the Nordic wires' May (Beta's "141325 MAJ 24").
     "maj": 5,
     # Hungarian's September ("szeptember"; its other months share the forms above).
     "sze": 9,
     # Russian and Ukrainian ("031412 бер 11", Ukrainski Novyny's March).
     "янв": 1, "фев": 2, "мар": 3, "апр": 4, "май": 5, "мая": 5, "июн": 6, "июл": 7,
     "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12, "січ": 1, "лют": 2, "бер": 3,
     "кві": 4, "тра": 5, "чер": 6, "лип": 7, "сер": 8, "вер": 9, "жов": 10, "лис": 11,
     "гру": 12,
     # Bulgarian and Serbian Cyrillic ("031412 юни 11", "031412 јун 11").
     "яну": 1, "юни": 6, "юли": 7, "сеп": 9, "ное": 11, "јан": 1, "феб": 2, "мај": 5,
     "јун": 6, "јул": 7, "нов": 11, "дец": 12,
     # Croatian's own month names ("111432 lip 03", STINA's: lipanj, June).
     "sij": 1, "velj": 2, "ozu": 3, "tra": 4, "svi": 5, "lip": 6, "srp": 7, "kol": 8,
     "ruj": 9, "lis": 10, "stu": 11, "pro": 12,
     # Turkish ("301645 KAS 04", Akajans's: Kasım; ş and ğ fold to s and g), Finnish
     # ("221147 huhti 04", Startel's: huhtikuu; marraskuu by four letters, its three are
     # March's), Dutch ("101415 mrt 09": maart, mei), Romanian, Indonesian and Nordic forms.
     "oca": 1, "sub": 2, "nis": 4, "haz": 6, "tem": 7, "agu": 8, "eyl": 9, "eki": 10,
     "kas": 11, "ara": 12, "tam": 1, "hel": 2, "maa": 3, "huh": 4, "tou": 5, "kes": 6,
     "hei": 7, "elo": 8, "syy": 9, "lok": 10, "marr": 11, "jou": 12, "mrt": 3, "mei": 5,
     "ian": 1, "iun": 6, "iul": 7, "noi": 11, "agt": 8, "des": 12,
     # Greek ("171435 ΟΚΤ 06", "17 Οκτωβρίου 2006"; June and July by four letters)
     "ιαν": 1, "φεβ": 2, "μαρ": 3, "απρ": 4, "μαι": 5, "ιουν": 6, "ιουλ": 7, "αυγ": 8,
     "σεπ": 9, "οκτ": 10, "νοε": 11, "δεκ": 12}
)  # fmt: skip


# The Gregorian months as Arabic writes them, the Egyptian and the Levantine names.
_ARABIC_MONTHS = {
    **dict.fromkeys(("يناير", "كانون الثاني"), 1), **dict.fromkeys(("فبراير", "شباط"), 2),
    **dict.fromkeys(("مارس", "آذار"), 3), **dict.fromkeys(("أبريل", "ابريل", "إبريل", "نيسان"), 4),
    **dict.fromkeys(("مايو", "أيار"), 5), **dict.fromkeys(("يونيو", "يونيه", "حزيران"), 6),
    **dict.fromkeys(("يوليو", "يوليه", "تموز"), 7), **dict.fromkeys(("أغسطس", "اغسطس", "آب"), 8),
    **dict.fromkeys(("سبتمبر", "أيلول"), 9),
    **dict.fromkeys(("أكتوبر", "اكتوبر", "تشرين الأول"), 10),
    **dict.fromkeys(("نوفمبر", "تشرين الثاني"), 11),
    **dict.fromkeys(("ديسمبر", "كانون الأول"), 12),
}  # fmt: skip


_HEBREW_MONTHS = {
    name: n
    for n, name in enumerate(
        ("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר",
         "אוקטובר", "נובמבר", "דצמבר"),
        start=1,
    )
}  # fmt: skip


def month_number(word: str) -> int | None:
    """A month's number from its name or abbreviation in the wires' languages ("JUN", "JUIN",
    "AOÛT", "febrúar", "marzo", "сентября", "سبتمبر"): its four letters, else its first three,
    accents dropped.

    >>> month_number("febrúar"), month_number("Dezember"), month_number("سبتمبر")
    (2, 12, 9)
    """
    if (arabic := _ARABIC_MONTHS.get(word.strip())) is not None:
        return arabic
    # (Hebrew's, "in" or "to" glued before it: "במרץ", in March)
    hebrew = word.strip()
    if (named := _HEBREW_MONTHS.get(hebrew) or _HEBREW_MONTHS.get(hebrew[1:])) is not None:
        return named
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c)
    ).rstrip(".")
    # (a whole name whose first letters another language's month starts with: Polish "lipca"
    # is July where Croatian "lipanj" is June; "listopad" is October in Croatian and November in
    # Polish and Czech: no month then)
    if len(folded) > _ABBREVIATION_CHARS:
        if folded.startswith(_AMBIGUOUS_NAMES):
            return None
        if (named := _FULL_NAME_MONTHS.get(folded)) is not None:
            return named
    return _MONTH_WORDS.get(folded[:4]) or _MONTH_WORDS.get(folded[:3])


_ABBREVIATION_CHARS = 4
_AMBIGUOUS_NAMES = ("listopad",)
# The names whose first letters read another language's month (see month_number).
_FULL_NAME_MONTHS = {
    "lipiec": 7, "lipca": 7, "srpen": 8, "srpna": 8, "meitheamh": 6, "mheitheamh": 6,
}  # fmt: skip
