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
    """A fixed UTC offset, for tests and fixtures."""
    return timezone(timedelta(hours=hours))
