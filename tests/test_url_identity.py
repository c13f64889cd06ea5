"""URL identity on real URL shapes: two articles never share an id, one article keeps one id,
and no malformed URL raises (issue 17, point 5)."""

from __future__ import annotations

import doctest
from pathlib import Path
from types import ModuleType
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import rows
from wirecopy.flows.pipeline import run_ingest
from wirecopy.tasks import identity, urls
from wirecopy.tasks.identity import derive_article_id, normalise_url, publisher_of
from wirecopy.tasks.urls import join_url, split_url, url_host, url_path


def url_id(url: str) -> str:
    return derive_article_id(None, url, "/wire/item.txt")


# Pairs of URLs of two different articles, in shapes publishers use.
DIFFERENT = [
    # a bare query key as the article number (PHP and ASP sites, forums, old CMSs)
    ("https://news.example.com/story.php?12345", "https://news.example.com/story.php?67890"),
    (
        "http://example.org/index.php?/archives/123-x.html",
        "http://example.org/index.php?/archives/124-y.html",
    ),
    # a parameter that selects the article
    ("https://example.com/article.aspx?id=4711", "https://example.com/article.aspx?id=4712"),
    ("https://example.com/news?p=1&lang=de", "https://example.com/news?p=1&lang=fr"),
    # an empty value is still a different page
    ("https://example.com/show?story=", "https://example.com/show?story=9"),
    # a bare key beside pairs
    ("https://example.com/a?print&id=1", "https://example.com/a?id=1&page=2"),
    # a port is part of the site
    ("http://example.com:8080/a", "http://example.com:8081/a"),
    # path case is the server's business
    ("https://example.com/News/A", "https://example.com/news/a"),
]

# Spellings of the same article.
SAME = [
    ("https://www.example.com/a/", "https://example.com/a"),
    ("HTTPS://EXAMPLE.COM/a", "https://example.com/a"),
    ("https://example.com/a#comments", "https://example.com/a"),
    ("https://example.com:443/a", "https://example.com/a"),
    ("https://example.com/story.php?12345&utm_source=tw", "https://example.com/story.php?12345"),
    ("https://example.com/a?id=3&fbclid=IwAR0x", "https://example.com/a?id=3"),
    ("https://example.com/a?xtor=RSS-3&id=3&gclid=x", "https://example.com/a?id=3"),
    ("https://example.com/a?ocid=msn&id=3&_ga=2.1", "https://example.com/a?id=3"),
    ("https://example.com/a?q=a%20b", "https://example.com/a?q=a+b"),
    ("https://example.com/a?&id=3&", "https://example.com/a?id=3"),
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_articles_get_different_ids(a: str, b: str) -> None:
    assert url_id(a) != url_id(b), (normalise_url(a), normalise_url(b))


@pytest.mark.parametrize(("a", "b"), SAME)
def test_spellings_of_one_article_share_an_id(a: str, b: str) -> None:
    assert url_id(a) == url_id(b), (normalise_url(a), normalise_url(b))


def _before(url: str) -> str:
    """normalise_url as it was before the bare-key fix (issue 14): the ids stored so far."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k.lower() != "utm_source"])
    return urlunsplit(
        ((parts.scheme or "https").lower(), host, parts.path.rstrip("/") or "/", query, "")
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://www.bangkokpost.com/world/2865390/story",
        "https://example.com/a?id=3&page=2",
        "https://example.com/a?q=caf%C3%A9&utm_source=x",
        "https://example.com/a?q=a%20b+c",
        "http://example.com:8080/a/b/?x=1;y=2",
    ],
)
def test_urls_whose_query_is_only_pairs_keep_their_ids(url: str) -> None:
    # Only URLs that lost query parts (bare keys, empty values) change id.
    assert normalise_url(url) == _before(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com:99999/story",  # port out of range
        "http://example.com:port/story",  # port not a number
        "http://[example.com/story",  # unclosed IPv6 bracket
        "http://[x]/a",  # a bracketed host that is no address
        "//[1]/a",
        "https://[::1]:80/a?%zz=%%",
    ],
)
def test_malformed_urls_never_raise(url: str) -> None:
    assert normalise_url(url)
    assert url_id(url).startswith(("url-", "src-"))
    publisher_of(url)
    assert join_url("https://example.com/", url) is None or split_url(url) is not None
    assert join_url(url, "/a.jpg") == "/a.jpg" or split_url(url) is not None
    url_host(url), url_path(url)


def test_a_malformed_url_is_only_stripped() -> None:
    assert normalise_url(" http://[example.com/story ") == "http://[example.com/story"
    assert publisher_of("http://example.com:99999/a") is None


@given(st.text(max_size=60))
def test_no_string_makes_the_url_helpers_raise(text: str) -> None:
    for url in (text, "http://" + text, "https://example.com/" + text, "//" + text):
        normalise_url(url)
        publisher_of(url)
        join_url(url, text)
        join_url("https://example.com/", url)
        url_host(url), url_path(url)


def test_pages_told_apart_by_a_bare_query_key_all_load(tmp_path: Path, db_path: Path) -> None:
    # The audit's case: 900 pages `story.php?N` became 302 rows, 598 silently overwritten.
    folder = tmp_path / "in"
    folder.mkdir()
    n = 30
    for i in range(n):
        (folder / f"item{i:03d}.md").write_text(
            f"---\ntitle: Story {i}\norigin_url: https://news.example.com/story.php?{1000 + i}"
            f"&utm_source=feed\n---\nBody of story {i}.\n"
        )
    summary = run_ingest([str(folder)], str(db_path), publish=False)
    assert (summary.counts.new, summary.counts.rejected) == (n, 0)
    assert rows(db_path, "SELECT count(DISTINCT article_id) FROM articles") == [(n,)]


@pytest.mark.parametrize("module", [identity, urls])
def test_docstring_examples(module: ModuleType) -> None:
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
