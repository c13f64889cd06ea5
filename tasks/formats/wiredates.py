"""Dates as agencies write them: ISO 8601 extended or basic (NITF/NewsML 1), RFC 822, date only.

The original UTC offset is kept (the pipeline converts to UTC when it loads); a value without an
offset is taken as UTC, as in `tasks/dates.py`.

>>> wire_datetime("20130605T210000+0000").isoformat()
'2013-06-05T21:00:00+00:00'
>>> wire_datetime("20080219+0100").isoformat()
'2008-02-19T00:00:00+01:00'
>>> wire_datetime("2019-05-10T16:02:28+02:00").isoformat()
'2019-05-10T16:02:28+02:00'
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from wirecopy.tasks.dates import parse_datetime

# ISO 8601 basic format: 20130605T210000+0000, 20130605T2100Z, 20080219+0100, 20231004.
_BASIC = re.compile(
    r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})"
    r"(?:T(?P<H>\d{2})(?P<M>\d{2})(?P<S>\d{2})?(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?$"
)


def _offset(tz: str | None) -> timezone:
    if not tz or tz == "Z":
        return UTC
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _basic(text: str) -> datetime | None:
    m = _BASIC.match(text)
    if not m:
        return None
    try:
        return datetime(
            int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"] or 0), int(m["M"] or 0),
            int(m["S"] or 0), tzinfo=_offset(m["tz"]),
        )  # fmt: skip
    except ValueError:
        return None


def _extended(text: str) -> datetime | None:
    candidate = text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
    candidate = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", candidate)
    try:
        parsed = datetime.fromisoformat(candidate)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


# A zone written as an offset from GMT or UTC ("… 15:30:00 GMT+7", "GMT+07:00", "UTC-3"), as
# some CMSs write RFC 822 dates: the offset the standard form writes as "+0700".
_GMT_OFFSET = re.compile(r"\s(?:GMT|UTC)\s?([+-])(\d{1,2})(?::?(\d{2}))?$")


def _rfc822(text: str) -> datetime | None:
    if m := _GMT_OFFSET.search(text):
        text = f"{text[: m.start()]} {m[1]}{int(m[2]):02d}{m[3] or '00'}"
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def wire_datetime(value: object) -> datetime | None:
    """Parse a wire date to an aware datetime with its own offset; None when unreadable."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    text = str(value).strip()
    if not text:
        return None
    parsed = _basic(text) or _extended(text)
    if parsed is None and re.match(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}", text):
        parsed = _rfc822(text)
    if parsed is None:
        parsed = parse_datetime(text)
    if parsed is None or not 1900 <= parsed.year <= 2200:
        return None
    return parsed
