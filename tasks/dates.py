"""Date parsing shared by every input format: any common form in, a UTC datetime (or None) out."""

from __future__ import annotations

import re
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
_DAY_FIRST = re.compile(r"^(?P<day>\d{1,2})\.?\s+(?P<mon>[A-Za-z]{3,9})\.?,?\s+(?P<year>\d{4})\s*$")
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
    if m:
        month = _MONTHS.get(m["mon"].lower())
    else:
        m = _DOTTED.match(text)
        month = int(m["mon"]) if m else None
    if not m or month is None:
        return None
    try:
        return datetime(int(m["year"]), month, int(m["day"]), tzinfo=UTC)
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
