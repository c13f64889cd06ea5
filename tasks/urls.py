"""Safe URL parsing: a malformed URL (a port out of range, an unclosed IPv6 bracket) is None.

urllib.parse raises ValueError on such URLs (`urlsplit`, `urljoin`, `.port`), and pages and
front matter carry them by mistake; one bad link must not cost the whole document.
"""

from __future__ import annotations

from urllib.parse import SplitResult, urljoin, urlsplit

__all__ = ["join_url", "page_address", "split_url", "url_host", "url_path", "url_scheme"]

# Query parameters that track where a reader came from: the same page whatever their values.
_TRACKING_PARAMS = frozenset({"fbclid", "gclid", "ocid", "cmpid", "ref", "src", "at_medium"})
_TRACKING_PREFIXES = ("utm_", "at_", "mc_")


def split_url(url: str) -> SplitResult | None:
    """urlsplit, with the port checked; None when the URL cannot be parsed.

    >>> split_url("http://example.com:99999/a") is None, split_url("http://[x/a") is None
    (True, True)
    >>> split_url("https://example.com/a?b").query
    'b'
    """
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range or not a number
    except ValueError:
        return None
    return parts


def join_url(base: str, url: str) -> str | None:
    """url resolved against base; None when url is malformed. A malformed base counts as none.

    >>> join_url("https://example.com/a/", "b.jpg")
    'https://example.com/a/b.jpg'
    >>> join_url("//[x]/a", "https://example.com/b.jpg"), join_url("https://e.com/", "//[x/a")
    ('https://example.com/b.jpg', None)
    """
    if split_url(base) is None:
        base = ""
    try:
        joined = urljoin(base, url)
    except ValueError:
        return None
    return joined if split_url(joined) is not None else None


def url_host(url: str) -> str:
    """The lower-case host of a URL ('' when it has none or cannot be parsed)."""
    parts = split_url(url)
    return (parts.hostname or "") if parts is not None else ""


def url_path(url: str) -> str:
    """The path of a URL ('' when it cannot be parsed)."""
    parts = split_url(url)
    return parts.path if parts is not None else ""


def url_scheme(url: str) -> str:
    """The lower-case scheme of a URL ('' when it has none or cannot be parsed)."""
    parts = split_url(url)
    return parts.scheme if parts is not None else ""


def page_address(url: object) -> str:
    """The page a URL names, as compared: host without "www.", path without a trailing slash,
    the query without tracking parameters; scheme and fragment dropped ('' if not a web URL).

    >>> page_address("https://www.Example.com/a/?utm_source=rss&id=2#top")
    'example.com/a?id=2'
    >>> page_address("http://example.com/a") == page_address("https://example.com/a/")
    True
    """
    parts = split_url(url) if isinstance(url, str) else None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return ""
    host = parts.hostname.lower().removeprefix("www.")
    query = "&".join(
        sorted(
            pair
            for pair in parts.query.split("&")
            if pair
            and (name := pair.split("=", 1)[0].lower()) not in _TRACKING_PARAMS
            and not name.startswith(_TRACKING_PREFIXES)
        )
    )
    path = parts.path.rstrip("/")
    return f"{host}{path}?{query}" if query else f"{host}{path}"
