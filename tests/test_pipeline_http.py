"""The whole pipeline over HTTP (issue 3): a real server on 127.0.0.1, DuckDB checked after.

No mocks and no internet: every URL points at a `ScriptedServer` started by the test, and the
tables are read back with a read-only DuckDB connection after each run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import duckdb
import pytest

from tests.conftest import rows, run_cli
from tests.http_server import (  # noqa: F401 (the fixtures register by being imported)
    Reply,
    ScriptedServer,
    connects_fixture,
    http_server_fixture,
    make_http_server_fixture,
)
from wirecopy.flows.pipeline import RunSummary, run_ingest, run_reprocess
from wirecopy.tasks.http.fetcher import FetchSettings
from wirecopy.tasks.raw_store import RawStore

LOCAL = frozenset({"127.0.0.1"})
# Small timeouts and one quick retry keep each failing fetch well under a second.
FAST = FetchSettings(
    connect_timeout=1.0,
    read_timeout=1.0,
    deadline=5.0,
    retries=1,
    backoff_factor=0.01,
    retry_after_cap=0.5,
    respect_robots=False,
    allow_hosts=LOCAL,
)
HTML = {"Content-Type": "text/html; charset=utf-8"}
MARKDOWN = {"Content-Type": "text/markdown; charset=utf-8"}

# -- invented documents ------------------------------------------------------------------------

WIRE_MD = """\
---
code: wc-ferry-0001
title: Island ferry returns to a full timetable
description: Crossings resume every hour from Monday.
category: Transport
language: en
date: 2025-03-10T06:30:00Z
author: Mira Holt
---
The island ferry returns to its full timetable on Monday after a month of reduced crossings,
the operator said on Friday.

Engineers replaced a worn propeller shaft on the larger of the two vessels, which had sailed
at half speed since early February.

Commuters welcomed the news, saying the shorter timetable had added an hour to their day.
"""


def article_page(
    title: str = "Valley orchards count the cost of a late frost",
    *,
    canonical: str | None = None,
    body_first: str = "Growers in the upper valley lost up to a third of their apple blossom",
) -> str:
    """An invented news article page: JSON-LD metadata, a figure with a credit, body paragraphs."""
    canon = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Valley Courier</title>
<meta name="description" content="Growers say the damage is the worst in twenty years.">
<meta property="article:section" content="Farming">
{canon}
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{title}",
 "description": "Growers say the damage is the worst in twenty years.",
 "datePublished": "2025-04-22T05:00:00+02:00",
 "author": [{{"@type": "Person", "name": "Tomas Greer"}},
            {{"@type": "Person", "name": "Lena Marsh"}}]}}
</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/farming">Farming</a></nav>
<main><article>
<h1>{title}</h1>
<figure>
<img src="/media/orchard-frost.jpg" alt="Frost on apple blossom">
<figcaption>Frost on apple blossom near Kelling on Tuesday. (Photo: Ana Ruiz/Valley Courier)
</figcaption>
</figure>
<p>{body_first} when temperatures fell to minus four degrees on Tuesday night, the regional
growers' association said.</p>
<p>Fans and sprinklers protected some trees, but many smaller farms could not run them through
the whole night, association chair Petra Lind said at a meeting in Kelling.</p>
<p>The association will ask the regional government for emergency support before the harvest
estimates are published in June.</p>
</article></main>
<footer><p>&copy; 2025 Valley Courier. All rights reserved.</p></footer>
</body>
</html>
"""


ORIGIN_WIRE = """\
---
code: wc-frost-0002
title: Late frost hits valley apple growers
category: Agriculture
origin_url: {url}
---
"""

# cp1252 bytes: curly quotes, an en dash and an e acute (0x93 0x94 0x92 0x96 0xe9).
CP1252_PAGE = (
    '<!DOCTYPE html><html lang="en"><head><title>Caf\u00e9 owners fight the new rent rules'
    "</title></head><body><article><h1>Caf\u00e9 owners fight the new rent rules</h1>"
    "<p>\u201cWe can\u2019t pay twice the rent \u2013 nobody can,\u201d said the owner of the "
    "Caf\u00e9 Lumi\u00e8re, one of forty businesses on the old market square.</p>"
    "<p>The council will vote on the rules next month after a public consultation that drew "
    "more than two thousand written responses from residents and traders.</p>"
    "</article></body></html>"
).encode("cp1252")


# -- helpers -----------------------------------------------------------------------------------


def run(sources: list[str], db: Path, settings: FetchSettings = FAST, **kwargs: Any) -> RunSummary:
    """One ingest run into db with the test settings (rejects allowed, no snapshot)."""
    kwargs.setdefault("allow_hosts", ["127.0.0.1"])
    kwargs.setdefault("max_reject_ratio", 1.0)
    kwargs.setdefault("publish", False)
    return run_ingest(sources, str(db), fetch_settings=settings, **kwargs)


def one(db: Path, sql: str, params: list[Any] | None = None) -> tuple[Any, ...]:
    """The single row a query returns."""
    result = rows(db, sql, params)
    assert len(result) == 1, result
    return result[0]


def counts(summary: RunSummary) -> tuple[int, int, int, int, int]:
    """(seen, new, updated, unchanged, rejected) of a run."""
    c = summary.counts
    return (c.seen, c.new, c.updated, c.unchanged, c.rejected)


def paths_seen(server: ScriptedServer) -> list[str]:
    """Paths the server was asked for, in order."""
    return [r.path for r in server.requests]


def sha(data: bytes) -> str:
    """SHA-256 hex digest."""
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def companion(tmp_path: Path) -> str:
    """A good local wire file to run beside a failing URL: a run whose every input is rejected
    fails the quality gate, and these tests are about the rejected URL, not the gate."""
    path = tmp_path / "local" / "ferry.md"
    path.parent.mkdir()
    path.write_text(WIRE_MD.replace("wc-ferry-0001", "wc-ferry-local"), encoding="utf-8")
    return str(path)


# -- 1. URL inputs become articles -------------------------------------------------------------


def test_markdown_and_html_urls_become_articles(http_server: ScriptedServer, db_path: Path) -> None:
    md, page = WIRE_MD.encode(), article_page().encode()
    http_server.route("/wire/ferry.md", Reply(body=md, headers=MARKDOWN, etag='"md-1"'))
    http_server.route("/news/frost", Reply(body=page, headers=HTML, etag='"page-1"'))
    md_url, page_url = http_server.url("/wire/ferry.md"), http_server.url("/news/frost")

    summary = run([md_url, page_url], db_path)

    assert counts(summary) == (2, 2, 0, 0, 0)
    ferry = one(
        db_path,
        "SELECT source_uri, title, category, body_text FROM articles "
        "WHERE article_id = 'wc-ferry-0001'",
    )
    assert ferry[:3] == (md_url, "Island ferry returns to a full timetable", "transport")
    assert "worn propeller shaft" in ferry[3] and "---" not in ferry[3]
    frost = one(
        db_path,
        "SELECT article_id, title, authors, body_text FROM articles WHERE source_uri = ?",
        [page_url],
    )
    assert frost[1] == "Valley orchards count the cost of a late frost"
    assert frost[2] == ["Tomas Greer", "Lena Marsh"]
    assert "minus four degrees" in frost[3] and "Home" not in frost[3]
    fetched = rows(
        db_path,
        "SELECT url, status, sha256, bytes, final_url, etag, error FROM fetches ORDER BY url",
    )
    assert sorted(fetched) == sorted(
        [
            (page_url, 200, sha(page), len(page), page_url, '"page-1"', None),
            (md_url, 200, sha(md), len(md), md_url, '"md-1"', None),
        ]
    )
    srcs = rows(db_path, "SELECT source_uri, status, sha256, etag, role FROM sources ORDER BY 1")
    assert sorted(srcs) == sorted(
        [
            (md_url, "loaded", sha(md), '"md-1"', "input"),
            (page_url, "loaded", sha(page), '"page-1"', "input"),
        ]
    )
    raw = RawStore.beside(db_path)
    assert raw.get(sha(md)) == md and raw.get(sha(page)) == page


# -- 2. conditional GET: unchanged inputs are not re-parsed -----------------------------------


def _validator_reply(kind: str, body: bytes) -> Reply:
    if kind == "etag":
        return Reply(body=body, headers=HTML, etag='"frost-v1"')
    if kind == "last_modified":
        return Reply(body=body, headers=HTML, last_modified="Tue, 22 Apr 2025 05:00:00 GMT")
    return Reply(body=body, headers=HTML)  # no validators: identical bytes every time


@pytest.mark.parametrize("kind", ["etag", "last_modified", "same_bytes"])
def test_second_run_is_unchanged(http_server: ScriptedServer, db_path: Path, kind: str) -> None:
    body = article_page().encode()
    http_server.route("/news/frost", _validator_reply(kind, body))
    url = http_server.url("/news/frost")

    first = run([url], db_path)
    before = one(db_path, "SELECT article_id, updated_at, run_id FROM articles")
    second = run([url], db_path)

    assert counts(first) == (1, 1, 0, 0, 0)
    assert counts(second) == (1, 0, 0, 1, 0)
    assert one(db_path, "SELECT article_id, updated_at, run_id FROM articles") == before
    sent = http_server.requests[1].headers
    expected_status = 200 if kind == "same_bytes" else 304
    if kind == "etag":
        assert sent.get("if-none-match") == '"frost-v1"'
    elif kind == "last_modified":
        assert sent.get("if-modified-since") == "Tue, 22 Apr 2025 05:00:00 GMT"
    else:
        assert "if-none-match" not in sent and "if-modified-since" not in sent
    assert one(db_path, "SELECT status, error FROM fetches WHERE run_id = ?", [second.run_id]) == (
        expected_status,
        None,
    )
    assert one(db_path, "SELECT status, sha256 FROM sources") == ("loaded", sha(body))


def test_many_urls_go_through_fetch_shards(
    make_http_server: Callable[[str], ScriptedServer], db_path: Path, connects: list[object]
) -> None:
    # Two hosts that belong to different shards; every page distinct, each with an ETag.
    servers = make_http_server("127.0.0.1"), make_http_server("127.0.0.4")
    urls = []
    for i in range(30):
        server = servers[i % 2]
        page = article_page(f"Harbour notice number {i} for the coming week").encode()
        server.route(f"/news/{i}", Reply(body=page, headers=HTML, etag=f'"n{i}"'))
        urls.append(server.url(f"/news/{i}"))
    settings = replace(FAST, processes=2, shard_min=10, allow_hosts=LOCAL | {"127.0.0.4"})

    first = run(urls, db_path, settings)
    second = run(urls, db_path, settings)

    assert counts(first) == (30, 30, 0, 0, 0)
    assert counts(second) == (30, 0, 0, 30, 0)
    assert one(db_path, "SELECT count(*), count(DISTINCT title) FROM articles") == (30, 30)
    statuses = rows(db_path, "SELECT status, count(*) FROM fetches GROUP BY 1 ORDER BY 1")
    assert statuses == [(200, 30), (304, 30)]
    assert all(len(s.requests) == 30 for s in servers)  # 15 pages x 2 runs, each host
    assert connects == []  # the run's own process opened no connection: the shards did


def test_changed_page_updates_the_article(http_server: ScriptedServer, db_path: Path) -> None:
    v1 = article_page().encode()
    v2 = article_page(body_first="Growers in the upper valley lost up to half").encode()
    http_server.route(
        "/news/frost",
        Reply(body=v1, headers=HTML, etag='"v1"'),
        Reply(body=v2, headers=HTML, etag='"v2"'),
    )
    url = http_server.url("/news/frost")
    run([url], db_path)
    second = run([url], db_path)
    assert counts(second) == (1, 0, 1, 0, 0)
    assert "up to half" in one(db_path, "SELECT body_text FROM articles")[0]
    assert one(db_path, "SELECT sha256, etag FROM sources") == (sha(v2), '"v2"')


# -- 3. HTTP failures: permanent, transient, recovered ----------------------------------------


def test_404_is_a_permanent_reject_and_not_fetched_again(
    http_server: ScriptedServer, db_path: Path, companion: str
) -> None:
    url = http_server.url("/news/missing")
    first = run([url, companion], db_path)

    assert counts(first) == (2, 1, 0, 0, 1)
    stage, reason, retryable = one(db_path, "SELECT stage, reason, retryable FROM rejects")
    assert stage == "fetch" and "404" in reason and retryable is False
    assert one(db_path, "SELECT status, article_id FROM sources WHERE source_uri = ?", [url]) == (
        "gone",
        None,
    )
    assert one(db_path, "SELECT status, error, retryable FROM fetches") == (
        404,
        "HTTP 404",
        False,
    )

    for _ in range(2):
        later = run([url, companion], db_path)
        assert later.counts.new == 0 and later.counts.updated == 0
    assert http_server.hits("/news/missing") == 1
    assert one(db_path, "SELECT count(*) FROM fetches") == (1,)
    assert one(db_path, "SELECT status FROM sources WHERE source_uri = ?", [url]) == ("gone",)


def test_503_after_retries_is_retryable_and_fetched_next_run(
    http_server: ScriptedServer, db_path: Path, companion: str
) -> None:
    http_server.route("/news/busy", Reply(status=503, body=b"busy"))
    url = http_server.url("/news/busy")
    first = run([url, companion], db_path)

    assert counts(first) == (2, 1, 0, 0, 1)
    assert http_server.hits("/news/busy") == 1 + FAST.retries
    stage, reason, retryable = one(db_path, "SELECT stage, reason, retryable FROM rejects")
    assert stage == "fetch" and "503" in reason and retryable is True
    busy = "SELECT status FROM sources WHERE source_uri = ?"
    assert one(db_path, busy, [url]) == ("rejected",)

    # The server recovers: the next run asks again and loads the article.
    http_server.route("/news/busy", Reply(body=article_page().encode(), headers=HTML))
    second = run([url, companion], db_path)
    assert http_server.hits("/news/busy") == 2 + FAST.retries
    assert counts(second) == (2, 1, 0, 1, 0)
    assert one(db_path, busy, [url]) == ("loaded",)
    assert one(db_path, "SELECT count(*) FROM articles WHERE source_uri = ?", [url]) == (1,)


def test_503_then_200_within_one_run_is_an_article(
    http_server: ScriptedServer, db_path: Path
) -> None:
    http_server.route(
        "/news/flaky", Reply(status=503), Reply(body=article_page().encode(), headers=HTML)
    )
    url = http_server.url("/news/flaky")
    summary = run([url], db_path)
    assert counts(summary) == (1, 1, 0, 0, 0)
    assert http_server.hits("/news/flaky") == 2
    assert one(db_path, "SELECT count(*) FROM rejects") == (0,)
    assert one(db_path, "SELECT status FROM fetches") == (200,)


# -- 4. redirects, size cap, encodings, compression --------------------------------------------


def test_redirect_chain_records_the_final_url(http_server: ScriptedServer, db_path: Path) -> None:
    http_server.route("/r1", Reply(status=301, headers={"Location": "/r2"}))
    http_server.route("/r2", Reply(status=302, headers={"Location": http_server.url("/final")}))
    http_server.route("/final", Reply(body=article_page().encode(), headers=HTML))
    url = http_server.url("/r1")

    summary = run([url], db_path)

    assert counts(summary) == (1, 1, 0, 0, 0)
    assert paths_seen(http_server) == ["/r1", "/r2", "/final"]
    assert one(db_path, "SELECT url, final_url, status FROM fetches") == (
        url,
        http_server.url("/final"),
        200,
    )
    assert one(db_path, "SELECT source_uri FROM articles") == (url,)


def test_body_over_the_size_cap_is_rejected(http_server: ScriptedServer, db_path: Path) -> None:
    http_server.route("/big", Reply(body=article_page().encode() + b" " * 20_000, headers=HTML))
    http_server.route("/small", Reply(body=WIRE_MD.encode(), headers=MARKDOWN))
    summary = run(
        [http_server.url("/big"), http_server.url("/small")],
        db_path,
        replace(FAST, max_bytes=10_000),
    )
    assert counts(summary) == (2, 1, 0, 0, 1)
    assert one(db_path, "SELECT source_uri, stage, reason FROM rejects") == (
        http_server.url("/big"),
        "fetch",
        "TooLarge",
    )
    assert one(db_path, "SELECT source_uri FROM articles") == (http_server.url("/small"),)
    big = "SELECT status, sha256 FROM sources WHERE source_uri = ?"
    assert one(db_path, big, [http_server.url("/big")]) == ("rejected", None)


@pytest.mark.parametrize(
    "content_type",
    ["text/html; charset=utf-8", "text/html", "text/html; charset=iso-8859-1"],
    ids=["wrong-utf8", "absent", "latin1-label"],
)
def test_cp1252_page_is_decoded(
    http_server: ScriptedServer, db_path: Path, content_type: str
) -> None:
    http_server.route("/cafe", Reply(body=CP1252_PAGE, headers={"Content-Type": content_type}))
    summary = run([http_server.url("/cafe")], db_path)
    assert counts(summary) == (1, 1, 0, 0, 0)
    title, body = one(db_path, "SELECT title, body_text FROM articles")
    assert title == "Caf\u00e9 owners fight the new rent rules"
    assert "\u201cWe can\u2019t pay twice the rent \u2013 nobody can,\u201d" in body
    assert "Caf\u00e9 Lumi\u00e8re" in body and "\ufffd" not in body


def test_gzip_body_becomes_an_article(http_server: ScriptedServer, db_path: Path) -> None:
    page = article_page().encode()
    http_server.route("/gz", Reply(body=page, headers=HTML, gzip=True))
    summary = run([http_server.url("/gz")], db_path)
    assert counts(summary) == (1, 1, 0, 0, 0)
    assert http_server.requests[0].headers.get("accept-encoding", "").find("gzip") >= 0
    # The decoded body is what is hashed, counted and kept.
    assert one(db_path, "SELECT sha256, bytes FROM fetches") == (sha(page), len(page))
    assert RawStore.beside(db_path).get(sha(page)) == page
    assert "minus four degrees" in one(db_path, "SELECT body_text FROM articles")[0]


# -- 5. safety ---------------------------------------------------------------------------------


def test_loopback_is_refused_without_allow_listing(
    http_server: ScriptedServer, db_path: Path, monkeypatch: pytest.MonkeyPatch, companion: str
) -> None:
    monkeypatch.delenv("WIRECOPY_ALLOW_HOSTS", raising=False)
    http_server.route("/news/frost", Reply(body=article_page().encode(), headers=HTML))
    url = http_server.url("/news/frost")
    summary = run(
        [url, companion], db_path, replace(FAST, allow_hosts=frozenset()), allow_hosts=None
    )

    assert counts(summary) == (2, 1, 0, 0, 1)
    assert http_server.requests == []
    source_uri, stage, reason, retryable = one(
        db_path, "SELECT source_uri, stage, reason, retryable FROM rejects"
    )
    assert (source_uri, stage, reason, retryable) == (url, "fetch", "UnsafeAddress", False)
    assert one(db_path, "SELECT count(*) FROM articles WHERE source_uri = ?", [url]) == (0,)


def test_allow_hosts_argument_applies_with_custom_fetch_settings(
    http_server: ScriptedServer, db_path: Path, monkeypatch: pytest.MonkeyPatch, companion: str
) -> None:
    """`allow_hosts=` (and $WIRECOPY_ALLOW_HOSTS) must not be dropped when settings are given."""
    monkeypatch.delenv("WIRECOPY_ALLOW_HOSTS", raising=False)
    http_server.route("/news/frost", Reply(body=article_page().encode(), headers=HTML))
    url = http_server.url("/news/frost")
    summary = run([url, companion], db_path, replace(FAST, allow_hosts=frozenset()))
    assert counts(summary) == (2, 2, 0, 0, 0)
    assert paths_seen(http_server) == ["/news/frost"]


def test_default_settings_refuse_loopback(
    http_server: ScriptedServer, db_path: Path, monkeypatch: pytest.MonkeyPatch, companion: str
) -> None:
    """With no fetch_settings and no allow_hosts, ingest builds settings that refuse 127.0.0.1."""
    monkeypatch.delenv("WIRECOPY_ALLOW_HOSTS", raising=False)
    http_server.route("/news/frost", Reply(body=article_page().encode(), headers=HTML))
    url = http_server.url("/news/frost")
    summary = run_ingest([url, companion], str(db_path), max_reject_ratio=1.0, publish=False)
    assert counts(summary) == (2, 1, 0, 0, 1)
    assert http_server.requests == []
    assert one(db_path, "SELECT reason FROM rejects") == ("UnsafeAddress",)


def test_redirect_to_a_host_not_allowed_is_refused(
    make_http_server: Callable[[str], ScriptedServer], db_path: Path, companion: str
) -> None:
    allowed, other = make_http_server("127.0.0.1"), make_http_server("127.0.0.2")
    other.route("/secret", Reply(body=article_page().encode(), headers=HTML))
    allowed.route("/go", Reply(status=302, headers={"Location": other.url("/secret")}))
    summary = run([allowed.url("/go"), companion], db_path)

    assert counts(summary) == (2, 1, 0, 0, 1)
    assert paths_seen(allowed) == ["/go"] and other.requests == []
    assert one(db_path, "SELECT reason FROM rejects") == ("UnsafeAddress",)
    # The refused hop was never requested: the last URL asked for is the redirecting one.
    assert one(db_path, "SELECT url, final_url, status, error FROM fetches") == (
        allowed.url("/go"),
        allowed.url("/go"),
        302,
        "UnsafeAddress",
    )


@pytest.mark.parametrize(
    "source",
    ["file:///etc/passwd", "ftp://127.0.0.1/pub/wire.md", "gopher://127.0.0.1/1/news"],
)
def test_non_http_url_is_a_clear_reject(
    http_server: ScriptedServer, db_path: Path, source: str
) -> None:
    http_server.route("/wire/ferry.md", Reply(body=WIRE_MD.encode(), headers=MARKDOWN))
    summary = run([source, http_server.url("/wire/ferry.md")], db_path)

    assert counts(summary) == (2, 1, 0, 0, 1)
    assert one(db_path, "SELECT count(*) FROM articles WHERE source_uri = ?", [source]) == (0,)
    uri, stage, reason = one(db_path, "SELECT source_uri, stage, reason FROM rejects")
    assert uri == source and stage in ("discover", "fetch")
    # The reason names the real problem (an unsupported URL scheme), not a missing file.
    assert "scheme" in reason.lower(), reason
    assert paths_seen(http_server) == ["/wire/ferry.md"]


# -- 6. --fetch-origin: the wire item merged with the page at its origin_url -------------------


def _origin_setup(server: ScriptedServer, tmp_path: Path) -> tuple[Path, bytes, bytes, str]:
    page = article_page(canonical="https://courier.example.org/farming/late-frost").encode()
    server.route("/farming/late-frost", Reply(body=page, headers=HTML, etag='"frost-page-1"'))
    origin = server.url("/farming/late-frost")
    wire = tmp_path / "wire" / "frost.md"
    wire.parent.mkdir()
    wire.write_text(ORIGIN_WIRE.format(url=origin), encoding="utf-8")
    return wire, wire.read_bytes(), page, origin


ARTICLE_COLS = (
    "article_id, source_uri, origin_url, title, description, category, published_at, "
    "authors, body_text"
)


def test_fetch_origin_merges_the_page(
    http_server: ScriptedServer, db_path: Path, tmp_path: Path
) -> None:
    wire, wire_bytes, page, origin = _origin_setup(http_server, tmp_path)
    summary = run([str(wire)], db_path, fetch_origin=True)

    assert counts(summary) == (1, 1, 0, 0, 0)
    art = one(db_path, f"SELECT {ARTICLE_COLS} FROM articles")
    aid, src, origin_url, title, description, category, published, authors, body = art
    assert (aid, src, origin_url) == ("wc-frost-0002", str(wire), origin)
    # Front matter wins for the fields it sets ...
    assert title == "Late frost hits valley apple growers"
    assert category == "agriculture"
    # ... and the page fills what the wire item lacks.
    assert description == "Growers say the damage is the worst in twenty years."
    assert authors == ["Tomas Greer", "Lena Marsh"]
    assert published is not None and published.isoformat().startswith("2025-04-22T03:00:00")
    assert "minus four degrees" in body and "All rights reserved" not in body
    images = rows(db_path, "SELECT url FROM images WHERE article_id = ?", [aid])
    assert any(u.endswith("/media/orchard-frost.jpg") for (u,) in images), images
    caption = one(db_path, "SELECT caption_text, credit, image_url FROM captions")
    assert caption[0].startswith("Frost on apple blossom near Kelling")
    assert caption[1] == "Ana Ruiz/Valley Courier"
    assert caption[2] is not None and caption[2].endswith("/media/orchard-frost.jpg")
    # Both raw documents are kept, and the page is recorded as the article's origin.
    assert sorted(
        rows(db_path, "SELECT source_uri, role, article_id, sha256 FROM sources")
    ) == sorted([(origin, "origin", aid, sha(page)), (str(wire), "input", aid, sha(wire_bytes))])
    raw = RawStore.beside(db_path)
    assert raw.get(sha(page)) == page and raw.get(sha(wire_bytes)) == wire_bytes
    assert one(db_path, "SELECT url, status, etag FROM fetches") == (origin, 200, '"frost-page-1"')


def test_fetch_origin_second_run_with_304_keeps_the_article(
    http_server: ScriptedServer, db_path: Path, tmp_path: Path
) -> None:
    wire, _, page, origin = _origin_setup(http_server, tmp_path)
    run([str(wire)], db_path, fetch_origin=True)
    merged = one(db_path, f"SELECT {ARTICLE_COLS}, updated_at FROM articles")
    children = rows(db_path, "SELECT * FROM captions ORDER BY position")

    # Nothing changed: the article is untouched and the page is not downloaded again.
    second = run([str(wire)], db_path, fetch_origin=True)
    assert counts(second) == (1, 0, 0, 1, 0)
    assert one(db_path, f"SELECT {ARTICLE_COLS}, updated_at FROM articles") == merged
    downloads = "SELECT count(*) FROM fetches WHERE run_id = ? AND status = 200"
    assert one(db_path, downloads, [second.run_id]) == (0,)

    # The wire file is re-read (its bytes changed): the page answers 304 and is read back from
    # the raw store, so every field taken from it stays the same.
    wire.write_text(wire.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    third = run([str(wire)], db_path, fetch_origin=True)
    assert counts(third) == (1, 0, 1, 0, 0)
    last = http_server.requests[-1]
    assert last.path == "/farming/late-frost"
    assert last.headers.get("if-none-match") == '"frost-page-1"'
    assert one(db_path, "SELECT status FROM fetches WHERE run_id = ?", [third.run_id]) == (304,)
    assert one(db_path, f"SELECT {ARTICLE_COLS} FROM articles") == merged[:-1]
    assert rows(db_path, "SELECT * FROM captions ORDER BY position") == children
    assert one(db_path, "SELECT sha256, role FROM sources WHERE source_uri = ?", [origin]) == (
        sha(page),
        "origin",
    )


# -- 7. reprocess rebuilds the same tables from the raw store, offline -------------------------

SNAPSHOTS = {
    "articles": "SELECT * EXCLUDE (updated_at, run_id, rules_version) FROM articles ORDER BY 1",
    "images": "SELECT * FROM images ORDER BY 1, 2",
    "captions": "SELECT * FROM captions ORDER BY 1, 2",
    "removed_fragments": "SELECT * FROM removed_fragments ORDER BY 1, 2",
}


def _snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    return {name: rows(db, sql) for name, sql in SNAPSHOTS.items()}


def test_reprocess_rebuilds_identical_tables_offline(
    http_server: ScriptedServer, db_path: Path, tmp_path: Path
) -> None:
    http_server.route("/wire/ferry.md", Reply(body=WIRE_MD.encode(), headers=MARKDOWN))
    http_server.route("/news/frost", Reply(body=article_page().encode(), headers=HTML))
    wire, *_ = _origin_setup(http_server, tmp_path)
    sources = [http_server.url("/wire/ferry.md"), http_server.url("/news/frost"), str(wire)]
    first = run(sources, db_path, fetch_origin=True)
    assert counts(first) == (3, 3, 0, 0, 0)
    before = _snapshot(db_path)
    assert all(before[name] for name in ("articles", "images", "captions", "removed_fragments"))

    http_server.stop()
    con = duckdb.connect(str(db_path))
    con.execute("UPDATE articles SET body_text = 'x', title = 'x', authors = []")
    con.execute("DELETE FROM captions")
    con.execute("DELETE FROM images WHERE position > 0")
    con.execute("DELETE FROM removed_fragments")
    con.close()
    assert _snapshot(db_path) != before

    summary = run_reprocess(str(db_path), publish=False)

    assert summary.status == "completed" and summary.counts.rejected == 0
    assert summary.counts.seen == 3
    assert _snapshot(db_path) == before


# -- 8. the command line -----------------------------------------------------------------------


def _manifest(tmp_path: Path, server: ScriptedServer) -> Path:
    server.route("/wire/ferry.md", Reply(body=WIRE_MD.encode(), headers=MARKDOWN))
    server.route("/news/frost", Reply(body=article_page().encode(), headers=HTML))
    manifest = tmp_path / "manifest.txt"
    manifest.write_text(
        "# morning wire\n\n"
        f"{server.url('/wire/ferry.md')}\n"
        "   \n"
        f"  # {server.url('/commented-out')}\n"
        f"  {server.url('/news/frost')}  \n",
        encoding="utf-8",
    )
    return manifest


def _cli_ingest(manifest: Path, db: Path) -> list[str]:
    """`wirecopy ingest --urls MANIFEST` in-process (no Prefect server), without the snapshot."""
    return [
        "ingest",
        "--urls",
        str(manifest),
        "--db",
        str(db),
        "--orchestration",
        "local",
        "--no-publish",
    ]


def test_cli_ingests_a_url_manifest(http_server: ScriptedServer, tmp_path: Path) -> None:
    manifest, db = _manifest(tmp_path, http_server), tmp_path / "cli.duckdb"

    result = run_cli(*_cli_ingest(manifest, db), "--allow-host", "127.0.0.1")

    assert result.returncode == 0, result.stderr
    assert "seen 2 · new 2 · updated 0 · unchanged 0 · rejected 0" in result.stdout
    assert "/commented-out" not in paths_seen(http_server)
    assert sorted(rows(db, "SELECT source_uri FROM articles")) == sorted(
        [(http_server.url("/wire/ferry.md"),), (http_server.url("/news/frost"),)]
    )
    assert one(db, "SELECT status, n_seen, n_new FROM runs") == ("completed", 2, 2)


def test_cli_allow_hosts_from_the_environment(
    http_server: ScriptedServer, tmp_path: Path, companion: str
) -> None:
    manifest, db = _manifest(tmp_path, http_server), tmp_path / "cli.duckdb"
    args = _cli_ingest(manifest, db)

    refused = run_cli(*args, companion, "--max-reject-ratio", "1.0")
    assert refused.returncode == 0, refused.stderr
    assert "seen 3 · new 1 · updated 0 · unchanged 0 · rejected 2" in refused.stdout
    assert "UnsafeAddress" in refused.stdout
    assert http_server.requests == []

    allowed = run_cli(*args, companion, env={"WIRECOPY_ALLOW_HOSTS": "127.0.0.1"})
    assert allowed.returncode == 0, allowed.stderr
    # The URLs rejected last run are fetched now (UnsafeAddress is not "gone").
    assert "seen 3 · new 2 · updated 0 · unchanged 1 · rejected 0" in allowed.stdout
    fetched = sorted(p for p in paths_seen(http_server) if p != "/robots.txt")
    assert fetched == ["/news/frost", "/wire/ferry.md"]
