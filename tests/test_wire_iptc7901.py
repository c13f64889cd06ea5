"""IPTC 7901 and ANPA 1312: control characters as structure, head lines, dateline, trailer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from tests.wire_helpers import fixture, only_item
from wirecopy.tasks.formats.wire import parse_wire


def test_anpa_1312_story() -> None:
    item = only_item(fixture("anpa_harbour_budget.txt"))
    assert item.format == "anpa1312"
    assert item.item_id == "BC-Harbour-Budget"
    assert item.version == "1stLd-Writethru"
    assert item.headline == "Harbourton council approves ferry budget after late-night vote"
    assert item.authors == ("Margit Ellenberg",)
    assert item.ed_note == "Eds: UPDATES with vote count, quote from mayor."
    assert item.dateline == "HARBOURTON, Wash. (AP)"
    assert item.provider == "AP"
    assert item.urgency == 5  # priority "r" (routine)
    assert item.version_created == datetime(
        2024, 11, 20, 7, 12, tzinfo=timezone(timedelta(hours=-5))
    )
    assert item.paragraphs[0].startswith("HARBOURTON, Wash. (AP) _ The Harbourton city council")
    assert item.paragraphs[0].endswith("ending a month of dispute over fares for island residents.")
    assert item.paragraphs[-1] == "The new timetable takes effect on Jan. 6."
    assert len(item.paragraphs) == 4
    assert item.extra["trailer"] == ["(END)", "AP-NY-11-20-24 0712EST"]
    assert not any(c in p for p in item.paragraphs for c in "\x01\x02\x03\x04^<=")


def test_iptc_7901_story() -> None:
    item = only_item(fixture("iptc7901_lawinen.txt"))
    assert item.format == "iptc7901"
    assert item.slugline == "Wetter/Alpen/Lawinen/"
    assert item.headline == "Lawinenwarnstufe in Tirol auf vier erhöht"
    assert item.subheadline == "Neuschnee und Sturm: Wanderer sollen Hänge meiden"
    assert item.authors == ("Katrin Obermeier",)
    assert item.provider == "dpa"
    assert item.urgency == 4
    assert item.version_created == datetime(2024, 11, 21, 14, 55, tzinfo=UTC)
    assert item.paragraphs[0].startswith("Innsbruck (dpa) - Nach starken Schneefällen")
    assert item.paragraphs[-1] == "Die Bergrettung meldete bislang keine Einsätze."
    assert item.extra["trailer"] == ["dpa kob xx"]


def test_several_messages_in_one_file_and_kill() -> None:
    one = (
        "\x01a0001 b a BC-Dam-Warning 11-20 0040\r\n\x02^Dam warning lifted<\r\n"
        "   RIVERTON (AP) _ The flood warning was lifted.<\r\n\x03\x04"
    )
    kill = (
        "\x01a0002 f a BC-Dam-Warning Kill 11-20 0020\r\n\x02^KILL: Dam warning story<\r\n"
        "   RIVERTON (AP) _ Editors: the story is withdrawn.<\r\n\x03\x04"
    )
    wire = parse_wire((one + kill).encode("latin-1"))
    assert wire is not None and len(wire.items) == 2
    first, second = wire.items
    assert first.headline == "Dam warning lifted" and not first.killed and first.urgency == 2
    assert second.killed and second.urgency == 1
    assert first.item_id == second.item_id == "BC-Dam-Warning"
