"""robots.txt per RFC 9309: the RFC's own examples, failures as §2.3.1 says, and Crawl-delay."""

from __future__ import annotations

import itertools
import time
from dataclasses import replace

import pytest

from tests.http_server import (  # noqa: F401 (the fixtures register by being imported)
    Reply,
    ScriptedServer,
    http_server_fixture,
    make_http_server_fixture,
)
from wirecopy.tasks.http.fetcher import FetchOutcome, FetchRequest, FetchSettings, HttpFetcher
from wirecopy.tasks.http.robots import parse_robots, product_token

ROBOTS = FetchSettings(
    connect_timeout=1.0,
    read_timeout=0.3,
    deadline=5.0,
    retries=0,
    backoff_factor=0.01,
    respect_robots=True,
    allow_hosts=frozenset({"127.0.0.1"}),
)

# RFC 9309 §5.1, "Simple Example", verbatim (its last line, EOF, is part of the figure).
RFC_5_1 = """\
User-Agent: *
Disallow: *.gif$
Disallow: /example/
Allow: /publications/

User-Agent: foobot
Disallow:/
Allow:/example/page.html
Allow:/example/allowed.gif

User-Agent: barbot
User-Agent: bazbot
Disallow: /example/page.html

User-Agent: quxbot

EOF
"""

# RFC 9309 §5.2, "Longest Match".
RFC_5_2 = """\
User-Agent: foobot
Allow: /example/page/
Disallow: /example/page/disallowed.gif
"""


def allowed(robots_txt: str, agent: str, path: str) -> bool:
    """Whether agent may fetch path under robots_txt."""
    return parse_robots(robots_txt, agent).allows(f"https://example.com{path}", agent)


@pytest.mark.parametrize(
    ("agent", "path", "expected"),
    [
        # "*": every .gif and /example/ are out, /publications/ is in, the rest allowed.
        ("otherbot", "/pic.gif", False),
        ("otherbot", "/pic.gif?size=2", True),  # "$" ends the pattern: a query breaks the match
        ("otherbot", "/example/page.html", False),
        ("otherbot", "/publications/a.gif", True),  # the longer Allow beats "*.gif$"
        ("otherbot", "/", True),
        # foobot has its own group (the "*" rules do not apply): only its two allowed paths.
        ("foobot", "/example/page.html", True),
        ("foobot", "/example/allowed.gif", True),
        ("foobot", "/publications/", False),
        ("foobot", "/", False),
        ("FooBot", "/example/page.html", True),  # product tokens match case-insensitively
        # barbot and bazbot share one group.
        ("barbot", "/example/page.html", False),
        ("bazbot", "/example/page.html", False),
        ("bazbot", "/example/other.html", True),
        # quxbot's group is empty: nothing is disallowed for it.
        ("quxbot", "/example/page.html", True),
        ("quxbot", "/pic.gif", True),
    ],
)
def test_rfc_9309_simple_example(agent: str, path: str, expected: bool) -> None:
    assert allowed(RFC_5_1, agent, path) is expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [("/example/page/", True), ("/example/page/disallowed.gif", False)],
)
def test_rfc_9309_longest_match(path: str, expected: bool) -> None:
    assert allowed(RFC_5_2, "foobot", path) is expected


@pytest.mark.parametrize(
    ("rule", "path", "expected"),
    [
        # §2.2.2: percent-encoded and raw spellings of a path are the same path. (Not covered:
        # the table's "https%3A%2F%2F" row; protego keeps %2F (an encoded separator) apart
        # from "/", so a rule with "://" matches the URL only as written.)
        ("/foo/bar?baz=quz", "/foo/bar?baz=quz", False),
        ("/foo/bar?baz=https://foo.bar", "/foo/bar?baz=https://foo.bar", False),
        ("/foo/bar/\u30c4", "/foo/bar/%E3%83%84", False),
        ("/foo/bar/%E3%83%84", "/foo/bar/\u30c4", False),
        ("/foo/bar/%62%61%7A", "/foo/bar/baz", False),
        # §2.2.3: "$" anchors the end, "*" is any run of characters; %24/%2A are literal.
        ("/this/path/exactly$", "/this/path/exactly", False),
        ("/this/path/exactly$", "/this/path/exactly/not", True),
        ("/this/*/exactly", "/this/a/b/exactly", False),
        ("/path/file-with-a-%24.html", "/path/file-with-a-$.html", False),
        ("/path/foo-%2A.html", "/path/foo-*.html", False),
        ("/path/foo-%2A.html", "/path/foo-bar.html", True),
        # Matching is case-sensitive for paths.
        ("/Private", "/private", True),
    ],
)
def test_rfc_9309_path_matching(rule: str, path: str, expected: bool) -> None:
    assert allowed(f"User-agent: *\nDisallow: {rule}\n", "wirecopy", path) is expected


def test_rfc_9309_groups_for_one_agent_are_merged() -> None:
    robots = "user-agent: ExampleBot\ndisallow: /foo\n\nuser-agent: ExampleBot\ndisallow: /baz\n"
    assert not allowed(robots, "examplebot", "/foo") and not allowed(robots, "examplebot", "/baz")


def test_rfc_9309_allow_wins_a_tie_and_robots_txt_is_always_allowed() -> None:
    assert allowed("User-agent: *\nDisallow: /page\nAllow: /page\n", "x", "/page")
    assert allowed("User-agent: *\nDisallow: /\n", "x", "/robots.txt")


def test_product_token_of_a_user_agent_header() -> None:
    assert product_token("wirecopy/0.1 (+https://github.com/wirecopy/wirecopy)") == "wirecopy"
    assert product_token("Example-Bot_2/1.1") == "Example-Bot_"
    # A token from the URL inside our User-Agent ("github") must not select a group.
    assert allowed("User-agent: github\nDisallow: /\n", product_token(ROBOTS.user_agent), "/a")


# -- through the fetcher, against a real server ------------------------------------------------


def fetch(server: ScriptedServer, *paths: str, **settings: object) -> list[FetchOutcome]:
    """Fetch paths in order with one fetcher (robots.txt read once)."""
    with HttpFetcher(replace(ROBOTS, **settings)) as f:  # type: ignore[arg-type]
        return [f.fetch(FetchRequest(server.url(p))) for p in paths]


def test_wildcard_disallow_is_honoured(http_server: ScriptedServer) -> None:
    # The standard library's parser ignored "*" and fetched /a/print.
    http_server.route("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /*/print\n"))
    http_server.route("/a/print", Reply(body=b"print view"))
    http_server.route("/a/story", Reply(body=b"story"))
    printed, story = fetch(http_server, "/a/print", "/a/story")
    assert (printed.error, printed.retryable) == ("RobotsDisallowed", False)
    assert story.ok and http_server.hits("/a/print") == 0


def test_longer_allow_beats_a_site_wide_disallow(http_server: ScriptedServer) -> None:
    # The standard library's parser took the first matching rule and refused /news/x.
    http_server.route("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /\nAllow: /news/\n"))
    http_server.route("/news/x", Reply(body=b"news"))
    http_server.route("/sport/y", Reply(body=b"sport"))
    news, sport = fetch(http_server, "/news/x", "/sport/y")
    assert news.ok and news.body == b"news"
    assert sport.error == "RobotsDisallowed" and http_server.hits("/sport/y") == 0


@pytest.mark.parametrize("reply", [Reply(status=503), Reply(status=429), Reply(delay=1.0)])
def test_unreachable_robots_txt_disallows_for_now(
    http_server: ScriptedServer, reply: Reply
) -> None:
    # RFC 9309 §2.3.1.4: a server error or no answer means "assume complete disallow"; the
    # outcome is retryable, so a later run fetches the page once robots.txt answers.
    http_server.route("/robots.txt", reply)
    http_server.route("/a", Reply(body=b"ok"))
    first, second = fetch(http_server, "/a", "/a")
    assert (first.error, first.retryable) == ("RobotsUnreachable", True)
    assert second.error == "RobotsUnreachable" and http_server.hits("/a") == 0
    assert http_server.hits("/robots.txt") == 1  # the verdict is cached for the run


def test_robots_txt_redirect_loop_is_unavailable(http_server: ScriptedServer) -> None:
    # §2.3.1.2: past the redirect limit the crawler may treat robots.txt as unavailable.
    http_server.route("/robots.txt", Reply(status=302, headers={"Location": "/robots.txt"}))
    http_server.route("/a", Reply(body=b"ok"))
    assert fetch(http_server, "/a")[0].ok


def test_oversized_robots_txt_is_parsed_up_to_the_cap(http_server: ScriptedServer) -> None:
    # §2.5: crawlers parse at least 500 KiB. A longer file used to be dropped (TooLarge) and
    # everything allowed; now its first 512 KiB count.
    body = b"User-agent: *\nDisallow: /private\n" + b"# padding padding padding\n" * 40_000
    assert len(body) > 1_000_000
    http_server.route("/robots.txt", Reply(body=body))
    http_server.route("/private/a", Reply(body=b"secret"))
    assert fetch(http_server, "/private/a")[0].error == "RobotsDisallowed"
    assert http_server.hits("/private/a") == 0


def test_crawl_delay_spaces_requests_to_a_host(http_server: ScriptedServer) -> None:
    # Crawl-delay is the least time between two request starts, robots.txt included, even with
    # two requests per host allowed at once.
    http_server.route("/robots.txt", Reply(body=b"User-agent: *\nCrawl-delay: 0.25\n"))
    http_server.route("/p", Reply(body=b"ok"))
    reqs = [FetchRequest(http_server.url(f"/p?{i}")) for i in range(4)]
    with HttpFetcher(replace(ROBOTS, per_host_concurrency=2)) as f:
        outs = list(f.fetch_many(reqs))
    assert all(o.ok for o in outs)
    starts = sorted(r.at for r in http_server.requests)
    assert len(starts) == 5
    # Arrival times on the server jitter under load (a request may be read late, shortening the
    # next gap), so each gap gets some slack; the whole span cannot shrink.
    assert min(b - a for a, b in itertools.pairwise(starts)) >= 0.18
    assert starts[-1] - starts[0] >= 4 * 0.25 - 0.02


def test_crawl_delay_for_our_group_only(http_server: ScriptedServer) -> None:
    robots = b"User-agent: otherbot\nCrawl-delay: 60\n\nUser-agent: *\nDisallow: /x\n"
    http_server.route("/robots.txt", Reply(body=robots))
    http_server.route("/p", Reply(body=b"ok"))
    started = time.monotonic()
    outs = fetch(http_server, "/p", "/p")
    assert all(o.ok for o in outs) and time.monotonic() - started < 5.0


def test_crawl_delay_past_the_deadline_fails_at_once(http_server: ScriptedServer) -> None:
    http_server.route("/robots.txt", Reply(body=b"User-agent: *\nCrawl-delay: 30\n"))
    http_server.route("/p", Reply(body=b"ok"))
    started = time.monotonic()
    (out,) = fetch(http_server, "/p", deadline=2.0)
    assert (out.error, out.retryable) == ("DeadlineExceeded", True)
    assert http_server.hits("/p") == 0 and time.monotonic() - started < 2.0
