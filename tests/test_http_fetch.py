"""HTTP fetch stage against real local servers (127.0.0.x): no mocks, no internet."""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC

import pytest

from tests.http_server import (  # noqa: F401 (the fixtures register by being imported)
    RecordedRequest,
    Reply,
    ScriptedServer,
    connects_fixture,
    http_server_fixture,
    make_http_server_fixture,
)
from wirecopy.tasks.http.fetcher import (
    FetchOutcome,
    FetchRequest,
    FetchSettings,
    HttpFetcher,
    allow_hosts_from_env,
    decode_body,
)
from wirecopy.tasks.http.safety import AllowList

# Small limits keep every timeout/retry test well under a second.
FAST = FetchSettings(
    connect_timeout=1.0,
    read_timeout=0.3,
    deadline=5.0,
    retries=2,
    backoff_factor=0.01,
    retry_after_cap=2.0,
    respect_robots=False,
    allow_hosts=frozenset({"127.0.0.1"}),
)

CP1252_TEXT = (
    "<html><body><p>\u201cIt\u2019s d\u00e9j\u00e0 vu \u2013 a na\u00efve r\u00e9sum\u00e9,\u201d"
    " said the ma\u00eetre d\u2019h\u00f4tel. Price: \u20ac5 \u2014 fa\u00e7ade.</p></body></html>"
)


@pytest.fixture
def fetcher() -> Iterator[HttpFetcher]:
    """An HttpFetcher with FAST settings."""
    with HttpFetcher(FAST) as f:
        yield f


def fetch_one(url: str, settings: FetchSettings = FAST, **req: str) -> FetchOutcome:
    """Fetch one URL with a fresh fetcher."""
    with HttpFetcher(settings) as f:
        return f.fetch(FetchRequest(url, **req))


# -- basic responses ---------------------------------------------------------------------------


def test_200_fills_the_outcome(http_server: ScriptedServer, fetcher: HttpFetcher) -> None:
    body = b"<html><body>hello</body></html>"
    http_server.route(
        "/a",
        Reply(body=body, headers={"Content-Type": "text/html; charset=utf-8"}, etag='"v1"'),
    )
    out = fetcher.fetch(FetchRequest(http_server.url("/a")))
    assert out.error is None and out.ok and not out.retryable and not out.not_modified
    assert out.status == 200 and out.body == body and out.bytes == len(body)
    assert out.sha256 == hashlib.sha256(body).hexdigest()
    assert out.final_url == http_server.url("/a") and out.etag == '"v1"'
    assert out.content_type == "text/html; charset=utf-8" and out.encoding == "utf-8"
    assert out.fetched_at.tzinfo is UTC and out.elapsed_ms >= 0
    sent = http_server.requests[0].headers
    assert sent["user-agent"].startswith("wirecopy/") and "if-none-match" not in sent


def test_connections_are_kept_alive(http_server: ScriptedServer, fetcher: HttpFetcher) -> None:
    http_server.route("/a", Reply(body=b"x"))
    for _ in range(5):
        assert fetcher.fetch(FetchRequest(http_server.url("/a"))).ok
    assert http_server.connections == 1


def test_404_is_permanent(http_server: ScriptedServer) -> None:
    out = fetch_one(http_server.url("/missing"))
    assert (out.status, out.error, out.retryable, out.body) == (404, "HTTP 404", False, None)
    assert http_server.hits("/missing") == 1  # never retried


def test_410_is_permanent(http_server: ScriptedServer) -> None:
    http_server.route("/gone", Reply(status=410))
    out = fetch_one(http_server.url("/gone"))
    assert (out.error, out.retryable) == ("HTTP 410", False)


# -- conditional GET -------------------------------------------------------------------------


def test_304_with_etag(http_server: ScriptedServer, fetcher: HttpFetcher) -> None:
    http_server.route("/a", Reply(body=b"v1", etag='"abc"'))
    first = fetcher.fetch(FetchRequest(http_server.url("/a")))
    second = fetcher.fetch(FetchRequest(http_server.url("/a"), etag=first.etag))
    assert first.status == 200 and first.etag == '"abc"'
    assert http_server.requests[1].headers["if-none-match"] == '"abc"'
    assert second.status == 304 and second.not_modified and second.error is None
    assert second.body is None and second.bytes == 0 and second.etag == '"abc"'


def test_304_with_last_modified(http_server: ScriptedServer, fetcher: HttpFetcher) -> None:
    stamp = "Wed, 20 Nov 2024 07:05:00 GMT"
    http_server.route("/a", Reply(body=b"v1", last_modified=stamp))
    first = fetcher.fetch(FetchRequest(http_server.url("/a")))
    second = fetcher.fetch(FetchRequest(http_server.url("/a"), last_modified=first.last_modified))
    assert first.last_modified == stamp
    assert http_server.requests[1].headers["if-modified-since"] == stamp
    assert (second.status, second.not_modified, second.body, second.error) == (
        304,
        True,
        None,
        None,
    )
    assert second.last_modified == stamp


# -- retries -----------------------------------------------------------------------------------


def test_429_with_retry_after_then_200(http_server: ScriptedServer) -> None:
    http_server.route("/a", Reply(status=429, headers={"Retry-After": "1"}), Reply(body=b"ok"))
    started = time.monotonic()
    out = fetch_one(http_server.url("/a"))
    assert out.status == 200 and out.body == b"ok"
    assert http_server.hits("/a") == 2
    assert time.monotonic() - started >= 0.9  # Retry-After was honoured


def test_retry_after_is_capped(http_server: ScriptedServer) -> None:
    http_server.route("/a", Reply(status=503, headers={"Retry-After": "120"}), Reply(body=b"ok"))
    started = time.monotonic()
    out = fetch_one(http_server.url("/a"), replace(FAST, retry_after_cap=0.2))
    assert out.status == 200 and time.monotonic() - started < 1.5


def test_retry_after_beyond_the_deadline_gives_up_at_once(http_server: ScriptedServer) -> None:
    http_server.route("/a", Reply(status=429, headers={"Retry-After": "3"}), Reply(body=b"ok"))
    started = time.monotonic()
    out = fetch_one(http_server.url("/a"), replace(FAST, deadline=1.0, retry_after_cap=30.0))
    assert (out.status, out.error, out.retryable) == (429, "HTTP 429", True)
    assert time.monotonic() - started < 0.8 and http_server.hits("/a") == 1


def test_503_then_200(http_server: ScriptedServer) -> None:
    http_server.route("/a", Reply(status=503), Reply(body=b"ok"))
    out = fetch_one(http_server.url("/a"))
    assert out.status == 200 and out.body == b"ok" and http_server.hits("/a") == 2


def test_503_after_retries_is_retryable(http_server: ScriptedServer) -> None:
    http_server.route("/a", Reply(status=503))
    out = fetch_one(http_server.url("/a"), replace(FAST, retries=1))
    assert (out.status, out.error, out.retryable) == (503, "HTTP 503", True)
    assert http_server.hits("/a") == 2


# -- timeouts and deadline ---------------------------------------------------------------------


def test_response_slower_than_read_timeout(http_server: ScriptedServer) -> None:
    http_server.route("/slow", Reply(body=b"late", delay=1.0))
    started = time.monotonic()
    out = fetch_one(http_server.url("/slow"), replace(FAST, read_timeout=0.2, retries=1))
    assert (out.error, out.retryable, out.body) == ("ReadTimeout", True, None)
    assert http_server.hits("/slow") == 2  # urllib3 retried the read once
    assert time.monotonic() - started < 0.9


def test_body_stalling_mid_stream_is_a_read_timeout(http_server: ScriptedServer) -> None:
    http_server.route("/stall", Reply(body=b"x" * 4096, drip=1.0, drip_size=1024))
    out = fetch_one(http_server.url("/stall"), replace(FAST, read_timeout=0.2))
    assert (out.error, out.retryable, out.status) == ("ReadTimeout", True, 200)


def test_slow_drip_hits_the_total_deadline(http_server: ScriptedServer) -> None:
    # Each piece arrives well inside the read timeout; only the total deadline can stop it.
    http_server.route("/drip", Reply(body=b"x" * 100_000, drip=0.05, drip_size=500))
    started = time.monotonic()
    out = fetch_one(http_server.url("/drip"), replace(FAST, read_timeout=1.0, deadline=0.6))
    assert (out.error, out.retryable) == ("DeadlineExceeded", True)
    assert time.monotonic() - started < 1.0


# -- size cap ----------------------------------------------------------------------------------


def test_plain_body_over_the_cap(http_server: ScriptedServer) -> None:
    http_server.route("/big", Reply(body=b"x" * 200_000))
    out = fetch_one(http_server.url("/big"), replace(FAST, max_bytes=100_000))
    assert (out.error, out.retryable, out.body) == ("TooLarge", False, None)


def test_chunked_body_over_the_cap(http_server: ScriptedServer) -> None:
    # No Content-Length: the cap must be enforced while counting the stream.
    http_server.route("/big", Reply(body=b"x" * 200_000, chunked=True, drip_size=16_384))
    out = fetch_one(http_server.url("/big"), replace(FAST, max_bytes=100_000))
    assert (out.error, out.retryable) == ("TooLarge", False)


def test_gzip_bomb_is_stopped_by_the_decoded_cap(http_server: ScriptedServer) -> None:
    http_server.route("/bomb", Reply(body=b"\0" * 20_000_000, gzip=True))
    assert len(gzip.compress(b"\0" * 20_000_000)) < 100_000  # small on the wire
    started = time.monotonic()
    out = fetch_one(http_server.url("/bomb"), replace(FAST, max_bytes=1_000_000))
    assert (out.error, out.retryable) == ("TooLarge", False)
    assert time.monotonic() - started < 2.0


def test_gzip_body_is_decoded(http_server: ScriptedServer) -> None:
    text = "<p>Gzipped wire copy \u2014 d\u00e9j\u00e0 vu.</p>" * 200
    http_server.route(
        "/gz", Reply(body=text.encode(), gzip=True, headers={"Content-Type": "text/html"})
    )
    out = fetch_one(http_server.url("/gz"))
    assert out.error is None and out.body == text.encode() and out.bytes == len(text.encode())
    assert http_server.requests[0].headers["accept-encoding"].startswith("gzip")


# -- redirects ---------------------------------------------------------------------------------


def test_redirect_chain_stores_the_final_url(http_server: ScriptedServer) -> None:
    http_server.route("/r1", Reply(status=301, headers={"Location": "/r2"}))
    http_server.route("/r2", Reply(status=302, headers={"Location": http_server.url("/r3")}))
    http_server.route("/r3", Reply(status=307, headers={"Location": "final?x=1#frag"}))
    http_server.route("/final?x=1", Reply(body=b"done"))
    out = fetch_one(http_server.url("/r1"))
    assert out.error is None and out.body == b"done"
    assert out.url == http_server.url("/r1") and out.final_url == http_server.url("/final?x=1")


def test_redirect_loop(http_server: ScriptedServer) -> None:
    http_server.route("/a", Reply(status=302, headers={"Location": "/b"}))
    http_server.route("/b", Reply(status=302, headers={"Location": "/a"}))
    out = fetch_one(http_server.url("/a"))
    assert (out.error, out.retryable) == ("RedirectLoop", False)


def test_too_many_redirects(http_server: ScriptedServer) -> None:
    for i in range(7):
        http_server.route(f"/hop{i}", Reply(status=302, headers={"Location": f"/hop{i + 1}"}))
    out = fetch_one(http_server.url("/hop0"), replace(FAST, max_redirects=5))
    assert (out.error, out.retryable) == ("TooManyRedirects", False)
    assert http_server.hits("/hop5") == 1 and http_server.hits("/hop6") == 0


def test_redirect_to_a_private_address_is_refused_before_connecting(
    http_server: ScriptedServer, connects: list[object]
) -> None:
    http_server.route("/out", Reply(status=302, headers={"Location": "http://10.0.0.1/admin"}))
    out = fetch_one(http_server.url("/out"))
    assert (out.error, out.retryable) == ("UnsafeAddress", False)
    assert ("127.0.0.1", http_server.port) in connects  # the hook does see our connections
    assert not any("10.0.0.1" in str(addr) for addr in connects)


def test_redirect_to_another_scheme_is_refused(http_server: ScriptedServer) -> None:
    http_server.route("/out", Reply(status=302, headers={"Location": "file:///etc/passwd"}))
    assert fetch_one(http_server.url("/out")).error == "UnsupportedScheme"


# -- safety ------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["ftp://example.com/a", "file:///etc/passwd", "javascript:1"])
def test_non_http_schemes_are_refused(url: str) -> None:
    out = fetch_one(url)
    assert (out.error, out.retryable, out.final_url, out.status) == (
        "UnsupportedScheme",
        False,
        None,
        None,
    )


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.1/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata endpoint
        "http://[::1]/",
        "http://[::ffff:10.0.0.1]/",
        "http://224.0.0.1/",
        "http://0.0.0.0/",
        "http://localhost/",  # resolves to loopback
    ],
)
def test_private_addresses_are_refused_without_connecting(url: str, connects: list[object]) -> None:
    out = fetch_one(url, replace(FAST, allow_hosts=frozenset(), connect_timeout=5.0))
    assert (out.error, out.retryable, out.status) == ("UnsafeAddress", False, None)
    assert connects == []  # refused before any socket was opened
    assert out.elapsed_ms < 1000


def test_loopback_needs_the_allow_list(http_server: ScriptedServer) -> None:
    http_server.route("/a", Reply(body=b"ok"))
    refused = fetch_one(http_server.url("/a"), replace(FAST, allow_hosts=frozenset()))
    assert refused.error == "UnsafeAddress" and http_server.hits("/a") == 0
    by_network = fetch_one(
        http_server.url("/a"), replace(FAST, allow_hosts=frozenset({"127.0.0.0/8"}))
    )
    assert by_network.ok
    by_name = fetch_one(
        f"http://localhost:{http_server.port}/a",
        replace(FAST, allow_hosts=frozenset({"localhost"})),
    )
    assert by_name.ok


def test_allow_hosts_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIRECOPY_ALLOW_HOSTS", " 127.0.0.1, Intranet.local ,,10.0.0.0/8")
    hosts = allow_hosts_from_env()
    assert hosts == frozenset({"127.0.0.1", "intranet.local", "10.0.0.0/8"})
    allow = AllowList.parse(hosts)
    assert allow.names == frozenset({"intranet.local"}) and len(allow.networks) == 2


def test_unresolvable_host_is_a_dns_error() -> None:
    out = fetch_one("http://no-such-host.invalid/")
    assert out.error == "DNSError"


def test_connection_refused_is_retryable(http_server: ScriptedServer) -> None:
    url = http_server.url("/a")
    http_server.stop()
    out = fetch_one(url, replace(FAST, retries=0))
    assert (out.error, out.retryable) == ("ConnectionError", True)


# -- robots.txt --------------------------------------------------------------------------------


@pytest.mark.parametrize("group", ["*", "wirecopy"])
def test_robots_disallow(http_server: ScriptedServer, group: str) -> None:
    robots = f"User-agent: otherbot\nDisallow: /\n\nUser-agent: {group}\nDisallow: /private\n"
    http_server.route("/robots.txt", Reply(body=robots.encode()))
    http_server.route("/private/x", Reply(body=b"secret"))
    http_server.route("/public", Reply(body=b"ok"))
    with HttpFetcher(replace(FAST, respect_robots=True)) as f:
        private = f.fetch(FetchRequest(http_server.url("/private/x")))
        public = f.fetch(FetchRequest(http_server.url("/public")))
    assert (private.error, private.retryable, private.status) == ("RobotsDisallowed", False, None)
    assert public.ok
    assert http_server.hits("/private/x") == 0
    assert http_server.hits("/robots.txt") == 1  # cached per host


def test_robots_not_found_allows(http_server: ScriptedServer) -> None:
    # RFC 9309 §2.3.1.3: a 4xx robots.txt is "unavailable", so nothing is restricted.
    http_server.route("/a", Reply(body=b"ok"))
    out = fetch_one(http_server.url("/a"), replace(FAST, respect_robots=True, retries=0))
    assert out.ok and http_server.hits("/robots.txt") == 1


def test_robots_can_be_ignored(http_server: ScriptedServer) -> None:
    http_server.route("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /\n"))
    http_server.route("/a", Reply(body=b"ok"))
    assert fetch_one(http_server.url("/a"), replace(FAST, respect_robots=False)).ok
    assert http_server.hits("/robots.txt") == 0


# -- encoding ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content_type",
    [
        None,
        "text/html",
        "text/html; charset=utf-8",  # wrong: strict UTF-8 fails, so it is not trusted
        "text/html; charset=ISO-8859-1",  # browsers read this label as windows-1252
        "text/html; charset=x-unknown",
    ],
)
def test_cp1252_with_wrong_or_absent_charset(content_type: str | None) -> None:
    text, encoding = decode_body(CP1252_TEXT.encode("cp1252"), content_type)
    assert (text, encoding) == (CP1252_TEXT, "cp1252")


def test_decode_body_hints_in_order() -> None:
    utf8 = "caf\u00e9".encode()
    assert decode_body(utf8, "text/plain; charset=UTF-8") == ("caf\u00e9", "utf-8")
    assert decode_body(b'<meta charset="windows-1252">\xe9', None)[1] == "cp1252"
    meta = b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">\xb1'
    assert decode_body(meta, "text/html") == (meta[:-1].decode() + "\u0105", "iso8859-2")
    assert decode_body(b"\xef\xbb\xbfbom", "text/plain; charset=cp1252") == ("bom", "utf-8-sig")
    assert decode_body(b"plain", None) == ("plain", "utf-8")


# Every byte of its UTF-8 form is defined in cp1252 too, so the declared charset "fits".
UTF8_TEXT = "<p>\u201eD\u00e9j\u00e0 vu\u201c \u2014 Z\u00fcrich, S\u00e3o Paulo, na\u00efve.</p>"


@pytest.mark.parametrize(
    ("content_type", "prefix"),
    [
        ("text/html; charset=ISO-8859-1", ""),  # a stale server default over UTF-8
        ("text/html; charset=windows-1252", ""),
        ("text/html", '<meta charset="iso-8859-1">'),
        ("text/html; charset=iso-8859-2", '<meta charset="iso-8859-1">'),
    ],
)
def test_valid_utf8_beats_a_declared_single_byte_charset(content_type: str, prefix: str) -> None:
    html = prefix + UTF8_TEXT
    assert html.encode().decode("cp1252") != html  # what trusting the label would load
    assert decode_body(html.encode(), content_type) == (html, "utf-8")


def test_declared_charset_still_reads_legacy_and_ascii_bodies() -> None:
    legacy = "Z\u00fcrich \u2013 d\u00e9j\u00e0 vu".encode("cp1252")  # not valid UTF-8
    assert decode_body(legacy, "text/plain; charset=iso-8859-1")[1] == "cp1252"
    assert decode_body(b"plain ascii", "text/plain; charset=iso-8859-1")[1] == "cp1252"


def test_utf8_page_with_a_latin1_header_over_http(http_server: ScriptedServer) -> None:
    http_server.route(
        "/page",
        Reply(body=UTF8_TEXT.encode(), headers={"Content-Type": "text/html; charset=iso-8859-1"}),
    )
    out = fetch_one(http_server.url("/page"))
    assert out.encoding == "utf-8" and out.body is not None
    assert decode_body(out.body, out.content_type)[0] == UTF8_TEXT


def test_cp1252_page_over_http(http_server: ScriptedServer) -> None:
    http_server.route(
        "/legacy", Reply(body=CP1252_TEXT.encode("cp1252"), headers={"Content-Type": "text/html"})
    )
    out = fetch_one(http_server.url("/legacy"))
    assert out.encoding == "cp1252" and out.body is not None
    assert decode_body(out.body, out.content_type)[0] == CP1252_TEXT


# -- concurrency -------------------------------------------------------------------------------


def test_per_host_limit_is_respected(http_server: ScriptedServer) -> None:
    http_server.route("/slow", Reply(body=b"ok", delay=0.15))
    reqs = [FetchRequest(http_server.url(f"/slow?n={i}")) for i in range(10)]
    with HttpFetcher(replace(FAST, global_concurrency=8, per_host_concurrency=2)) as f:
        outs = list(f.fetch_many(reqs))
    assert len(outs) == 10 and all(o.ok for o in outs)
    assert {o.url for o in outs} == {r.url for r in reqs}
    assert http_server.max_in_flight[f"127.0.0.1:{http_server.port}"] == 2


def test_per_host_limit_holds_for_direct_fetch_calls(http_server: ScriptedServer) -> None:
    http_server.route("/slow", Reply(body=b"ok", delay=0.15))
    with HttpFetcher(replace(FAST, per_host_concurrency=2)) as f:
        threads = [
            threading.Thread(target=f.fetch, args=(FetchRequest(http_server.url("/slow")),))
            for _ in range(6)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert http_server.max_in_flight[f"127.0.0.1:{http_server.port}"] == 2


def test_a_slow_host_does_not_stall_the_others(
    make_http_server: Callable[[str], ScriptedServer],
) -> None:
    slow, fast = make_http_server("127.0.0.1"), make_http_server("127.0.0.2")
    slow.route("/a", Reply(body=b"slow", delay=0.5))
    fast.route("/a", Reply(body=b"fast"))
    # The slow host's requests come first, and there are more of them than workers.
    reqs = [FetchRequest(slow.url(f"/a?{i}")) for i in range(6)]
    reqs += [FetchRequest(fast.url(f"/a?{i}")) for i in range(6)]
    settings = replace(
        FAST,
        read_timeout=2.0,
        global_concurrency=3,
        per_host_concurrency=2,
        allow_hosts=frozenset({"127.0.0.1", "127.0.0.2"}),
    )
    with HttpFetcher(settings) as f:
        bodies = [o.body for o in f.fetch_many(reqs)]
    assert bodies[:6] == [b"fast"] * 6  # all done while the slow host's first pair was pending
    assert bodies[6:] == [b"slow"] * 6
    assert slow.max_in_flight[f"127.0.0.1:{slow.port}"] == 2


def test_fetch_many_mixes_failures_without_raising(http_server: ScriptedServer) -> None:
    http_server.route("/a", Reply(body=b"ok"))
    reqs = [FetchRequest(http_server.url("/a")), FetchRequest("ftp://x/"), FetchRequest("::bad")]
    with HttpFetcher(FAST) as f:
        errors = sorted(str(o.error) for o in f.fetch_many(reqs))
    assert errors == ["None", "UnsupportedScheme", "UnsupportedScheme"]


def test_closed_fetcher_refuses_work() -> None:
    f = HttpFetcher(FAST)
    f.close()
    with pytest.raises(RuntimeError):
        f.fetch(FetchRequest("http://127.0.0.1/"))


def test_handler_routes_can_inspect_the_request(http_server: ScriptedServer) -> None:
    def echo(req: RecordedRequest) -> Reply:
        return Reply(body=req.headers.get("user-agent", "").encode())

    http_server.route("/echo", echo)
    ua = "wirecopy-test/1.0"
    assert fetch_one(http_server.url("/echo"), replace(FAST, user_agent=ua)).body == ua.encode()


def test_settings_are_validated() -> None:
    with pytest.raises(ValueError):
        FetchSettings(per_host_concurrency=0)
    with pytest.raises(ValueError):
        FetchSettings(deadline=0)
