"""parse_datetime: every common form in, a tz-aware UTC datetime (or None) out."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecopy.tasks.dates import fixed_offset, parse_datetime, to_utc

CASES: list[tuple[object, datetime]] = [
    ("2024-11-20T07:05:00Z", datetime(2024, 11, 20, 7, 5, tzinfo=UTC)),
    ("2024-11-20T07:05:00z", datetime(2024, 11, 20, 7, 5, tzinfo=UTC)),
    ("2024-11-20T07:00:34.861Z", datetime(2024, 11, 20, 7, 0, 34, 861000, tzinfo=UTC)),
    ("2024-11-20T09:05:00+02:00", datetime(2024, 11, 20, 7, 5, tzinfo=UTC)),
    ("2024-11-20T09:05:00+0200", datetime(2024, 11, 20, 7, 5, tzinfo=UTC)),
    ("2024-11-20T02:05:00-05:00", datetime(2024, 11, 20, 7, 5, tzinfo=UTC)),
    ("2024-11-20T01:30:00+02:00", datetime(2024, 11, 19, 23, 30, tzinfo=UTC)),  # day rolls back
    ("2024-11-20 07:05:00", datetime(2024, 11, 20, 7, 5, tzinfo=UTC)),  # naive taken as UTC
    ("2024-11-20", datetime(2024, 11, 20, tzinfo=UTC)),
    ("  2024-11-20  ", datetime(2024, 11, 20, tzinfo=UTC)),
    ("November 20, 2024", datetime(2024, 11, 20, tzinfo=UTC)),
    ("Nov 20, 2024", datetime(2024, 11, 20, tzinfo=UTC)),
    ("Nov. 20, 2024", datetime(2024, 11, 20, tzinfo=UTC)),
    ("Nov 20, 2024 7:05 PM", datetime(2024, 11, 20, 19, 5, tzinfo=UTC)),
    ("Nov 20, 2024 7:05 AM", datetime(2024, 11, 20, 7, 5, tzinfo=UTC)),
    ("Nov 20, 2024 12:05 AM", datetime(2024, 11, 20, 0, 5, tzinfo=UTC)),
    ("Nov 20, 2024 12:05 PM", datetime(2024, 11, 20, 12, 5, tzinfo=UTC)),
    ("Sept 3, 2024", datetime(2024, 9, 3, tzinfo=UTC)),
    ("20 November 2024", datetime(2024, 11, 20, tzinfo=UTC)),
    ("20.11.2024", datetime(2024, 11, 20, tzinfo=UTC)),
    ("Wed, 20 Nov 2024 19:05:00 +0000", datetime(2024, 11, 20, 19, 5, tzinfo=UTC)),
    ("Wed, 20 Nov 2024 21:05:00 +0200", datetime(2024, 11, 20, 19, 5, tzinfo=UTC)),
    ("20 Nov 2024 19:05:00 GMT", datetime(2024, 11, 20, 19, 5, tzinfo=UTC)),
    (
        datetime(2024, 11, 20, 9, 5, tzinfo=fixed_offset(2)),
        datetime(2024, 11, 20, 7, 5, tzinfo=UTC),
    ),
    (datetime(2024, 11, 20, 7, 5), datetime(2024, 11, 20, 7, 5, tzinfo=UTC)),
    (date(2024, 11, 20), datetime(2024, 11, 20, tzinfo=UTC)),
]


@pytest.mark.parametrize(("value", "expected"), CASES, ids=[repr(v) for v, _ in CASES])
def test_parse_datetime_to_utc(value: object, expected: datetime) -> None:
    parsed = parse_datetime(value)
    assert parsed == expected
    assert parsed is not None
    assert parsed.tzinfo is not None
    assert parsed.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "   ",
        "garbage",
        "not a date at all",
        "Published: ",
        "2024-13-45",
        "Feb 30, 2024",
        "Smarch 20, 2024",
        "12:30 PM",
        "0000-01-01",
        "9999-12-31T23:00-01:00",  # in the year 10000 in UTC
        12345,
        ["2024-11-20"],
        {"date": "2024-11-20"},
    ],
)
def test_parse_datetime_empty_or_garbage_is_none(value: object) -> None:
    assert parse_datetime(value) is None


def test_to_utc_converts_aware_and_labels_naive() -> None:
    aware = datetime(2024, 11, 20, 9, 5, tzinfo=timezone(timedelta(hours=2)))
    assert to_utc(aware) == datetime(2024, 11, 20, 7, 5, tzinfo=UTC)
    assert to_utc(aware).tzinfo == UTC
    assert to_utc(datetime(2024, 11, 20, 7, 5)).tzinfo == UTC


@settings(max_examples=150, deadline=None)
@given(
    st.datetimes(
        min_value=datetime(1950, 1, 1),
        max_value=datetime(2100, 1, 1),
        timezones=st.sampled_from([UTC, fixed_offset(2), fixed_offset(-5), fixed_offset(5.5)]),
    )
)
def test_isoformat_round_trips_to_the_same_instant(value: datetime) -> None:
    parsed = parse_datetime(value.isoformat())
    assert parsed == value
    assert parsed is not None and parsed.utcoffset() == timedelta(0)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_any_text_gives_utc_or_none(value: str) -> None:
    parsed = parse_datetime(value)
    assert parsed is None or parsed.utcoffset() == timedelta(0)
