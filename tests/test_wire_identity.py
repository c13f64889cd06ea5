"""Wire items as pipeline records: article keys, version order, one outcome per input."""

from __future__ import annotations

import doctest
from datetime import UTC, datetime, timedelta, timezone
from types import ModuleType

import pytest

from wirecopy.schemas.records import (
    Article,
    LoadCounts,
    RawDocument,
    Reject,
    Release,
    StageResult,
)
from wirecopy.schemas.wire import WireItem
from wirecopy.tasks import load, versions
from wirecopy.tasks.cleaning import wire as wire_clean
from wirecopy.tasks.cleaning.wire import settle_inputs
from wirecopy.tasks.formats import wire_documents
from wirecopy.tasks.formats.base import ParseError
from wirecopy.tasks.formats.wire_documents import article_key
from wirecopy.tasks.load import count_articles
from wirecopy.tasks.versions import is_kill, is_older, version_number

T0 = datetime(2024, 11, 20, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize("module", [wire_documents, wire_clean, versions, load])
def test_docstring_examples_hold(module: ModuleType) -> None:
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize(
    ("item", "key"),
    [
        # Ids that name their own namespace are keys as they are.
        (WireItem("newsml-g2", item_id="urn:newsml:a.example:2024:x", provider="A"), None),
        (WireItem("ninjs", item_id="http://n.example/items/1"), None),
        (WireItem("atom", item_id="tag:a.example,2024:b"), None),
        # Bare ids are scoped by their sender (provider, else the host of the item's link).
        (WireItem("nitf", item_id="0042", provider="NWA"), "NWA:0042"),
        (
            WireItem("rss", item_id="991", origin_url="https://www.news.example/a"),
            "news.example:991",
        ),
        (WireItem("nitf", item_id="0042"), "0042"),
        # A feed entry known only by its link is keyed by the URL (url-<hash>, as a URL input).
        (WireItem("rss", item_id="https://n.example/a", origin_url="https://n.example/a"), ""),
        (WireItem("rss"), ""),
        # 7901/ANPA slugs are reused from day to day: provider, slug and the day.
        (
            WireItem("anpa1312", item_id="BC-Budget", provider="AP", version_created=T0),
            "AP:BC-Budget:2024-11-20",
        ),
        (
            WireItem("iptc7901", item_id="Wetter/", provider="dpa", extra={"date": "11-21"}),
            "dpa:Wetter/:11-21",
        ),
    ],
)
def test_article_key(item: WireItem, key: str | None) -> None:
    expected = item.item_id if key is None else (key or None)
    assert article_key(item) == expected


def test_the_day_of_a_7901_key_is_the_agency_s_own_day() -> None:
    late = datetime(2024, 11, 20, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    item = WireItem("anpa1312", item_id="BC-X", provider="AP", version_created=late)
    assert article_key(item) == "AP:BC-X:2024-11-20"  # already the 21st in UTC


@pytest.mark.parametrize(
    ("version", "number"),
    [("7", (7,)), ("v2", (2,)), ("1.10", (1, 10)), ("3rdLd-Writethru", (3,)), ("Urgent", None)],
)
def test_version_numbers(version: str, number: tuple[int, ...] | None) -> None:
    assert version_number(version) == number


def test_version_order_numbers_first_then_times_never_arrival() -> None:
    later = T0 + timedelta(hours=1)
    assert is_older(Release(version="2", version_created=later), Release(version="10"))
    assert not is_older(Release(version="10"), Release(version="2", version_created=later))
    # Same number (or none): the version times decide.
    assert is_older(
        Release(version="2", version_created=T0), Release(version="2", version_created=later)
    )
    assert is_older(Release(version_created=T0), Release(version_created=later))
    # Nothing to compare: not older, so the later arrival wins.
    assert not is_older(Release(version="2"), Release(version="2"))
    assert not is_older(Release(version_created=T0), Release())


def test_kill_versus_withheld() -> None:
    assert is_kill(Release(withdrawn=True, pub_status="canceled"))
    assert is_kill(Release(withdrawn=True, pub_status="usable"))  # a kill advisory
    assert not is_kill(Release(withdrawn=True, pub_status="withheld"))
    assert not is_kill(Release())


def art(article_id: str, uri: str, sha: str = "h", release: Release | None = None) -> Article:
    """A minimal article of input `uri`."""
    a = Article(article_id, uri, None, None, None, None, None, None, None, None, "b", 1, sha, {})
    a.release = release or Release()
    return a


def test_counts_are_per_input_and_stale_versions_are_not_written() -> None:
    v1, v2 = Release(version="1"), Release(version="2")
    counts = LoadCounts()
    batch = [
        art("a", "/multi", "m"),  # a file of three items, one of them new
        art("b", "/multi", "m"),
        art("c", "/multi", "m"),
        art("x", "/old", "o", v1),  # older than the stored v2: counted, not written
        art("y", "/twice-1", "t1", v2),  # y arrives as v2, then as v1 later in the batch
        art("y", "/twice-2", "t2", v1),
    ]
    existing = {"a": "m", "b": "old", "x": "stored"}
    written = count_articles(counts, batch, existing, stored={"x": v2})
    assert sorted(a.article_id for a in written) == ["b", "c", "y"]
    assert [a.source_uri for a in written if a.article_id == "y"] == ["/twice-1"]
    # /multi new (c is new), /old unchanged, /twice-1 new, /twice-2 unchanged (stale copy).
    assert (counts.new, counts.updated, counts.unchanged) == (2, 0, 2)


def test_settle_gives_one_outcome_per_input() -> None:
    result = StageResult(
        [art("a", "/f1")],
        [
            Reject("/f1", "clean", "wire item has no body", "item 2"),
            Reject("/f2", "clean", "wire item has no body", "item 1"),
            Reject("/f2", "clean", "link-only feed entry", "item 2"),
            Reject("/f3", "clean", "front matter has no body"),
        ],
    )
    settled = settle_inputs(result)
    assert [a.metadata["skipped_items"] for a in settled.items] == [
        [{"item": "item 2", "stage": "clean", "reason": "wire item has no body"}]
    ]
    assert [(r.source_uri, r.reason, r.detail) for r in settled.rejects] == [
        (
            "/f2",
            "wire item has no body",
            "item 1: wire item has no body; item 2: link-only feed entry",
        ),
        ("/f3", "front matter has no body", ""),
    ]


def test_a_wire_file_without_a_text_item_is_one_reject_naming_its_classes() -> None:
    ns = 'xmlns="http://iptc.org/std/nar/2006-10-01/"'
    items = "".join(
        f'<newsItem guid="urn:t:{c}" version="1"><itemMeta><itemClass qcode="ninat:{c}"/>'
        "</itemMeta></newsItem>"
        for c in ("video", "picture", "video")
    )
    data = f"<newsMessage {ns}><itemSet>{items}</itemSet></newsMessage>".encode()
    with pytest.raises(ParseError) as err:
        wire_documents.wire_documents(RawDocument("/m.xml", data, "h", len(data)))
    assert err.value.reason == "not an article: picture, video"
    assert "urn:t:picture" in err.value.detail
