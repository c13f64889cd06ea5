"""Article identity: which article an input is, and who published it.

Ids are stable keys for the data team: the item's own code, else its normalised URL, else (for
agency copy that carries neither) the input it was read from, so an edited or corrected input
keeps its article. Content hashes are for change detection (`content_sha256`) and for finding
the same text in several inputs (`text_sha256`), never for identity.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote_plus, unquote_plus, urlunsplit

from wirecopy.tasks.urls import split_url, url_host

# Query parameters that say where a reader came from (campaign, click and referrer tags of
# analytics and ad tools), never which article. Names from the tracker lists courlan follows
# (AdGuard, ClearURLs) that cannot name content; kept here rather than read from courlan: its
# list changes between releases and matches substrings ("source", "session", "reference"), and
# every change of this list re-keys the articles whose URLs carry the names.
_TRACKING_PARAMS = re.compile(
    r"^(?:utm_\w+|(?:fb|g|d|tw|y)clid|msclkid|gclsrc|[gw]braid|igshid|_ga|_gl|_hsenc|_hsmi"
    r"|mc_cid|mc_eid|mkt_tok|ocid|cmpid|icid|smid|xtor|at_medium|at_campaign|wt_mc|wt_zmc"
    r"|ns_(?:campaign|mchannel|source|linkname|fee)|ref|ref_src|src)$",
    re.I,
)


def _query_part(part: str) -> str | None:
    """One `key=value` (or bare `key`) of a query in a canonical spelling; None for a tracker.

    `story.php?12345` names its article by a bare key: it is kept as it is. Pairs are
    re-encoded as urlencode writes them, so ids of URLs with only pairs stay what they were.
    """
    key, eq, value = part.partition("=")
    if not key or _TRACKING_PARAMS.match(unquote_plus(key)):
        return None
    encoded = quote_plus(unquote_plus(key))
    return f"{encoded}={quote_plus(unquote_plus(value))}" if eq else encoded


def normalise_url(url: str) -> str:
    """Lower-case scheme and host, no www., no fragment, no tracking params, no trailing slash.

    Every other query part stays: two values of one parameter are two articles. A URL that
    cannot be parsed is only stripped (its identity is then its spelling).

    >>> normalise_url("https://www.Example.com/story.php?12345&utm_source=x#top")
    'https://example.com/story.php?12345'
    >>> normalise_url("http://example.com:99999/a")
    'http://example.com:99999/a'
    """
    parts = split_url(url.strip())
    if parts is None:
        return url.strip()
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    kept = (_query_part(p) for p in parts.query.split("&"))
    query = "&".join(p for p in kept if p is not None)
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(((parts.scheme or "https").lower(), host, path, query, ""))


def publisher_of(url: str | None) -> str | None:
    """The host of a URL without `www.`: 'https://www.bangkokpost.com/x' → 'bangkokpost.com'."""
    if not url or not url.lower().startswith(("http://", "https://")):
        return None
    return url_host(url).removeprefix("www.") or None


def derive_article_id(code: object, url: str | None, source_uri: str) -> str:
    """The item's code; else a hash of its normalised URL; else a hash of the input's URI.

    The `src-` form equals `'src-' || left(sha256(source_uri), 20)` in DuckDB SQL (migration 3
    re-keys the content-hash ids of earlier versions with it).

    >>> derive_article_id(None, None, "/wire/story.txt")
    'src-402c6daffc7ff7d7ad61'
    """
    if code is not None and str(code).strip():
        return str(code).strip()
    if url and url.lower().startswith(("http://", "https://")):
        return "url-" + hashlib.sha256(normalise_url(url).encode()).hexdigest()[:20]
    return "src-" + hashlib.sha256(source_uri.encode()).hexdigest()[:20]


def text_sha256(title: str | None, body: str) -> str:
    """SHA-256 of the clean title and body: equal for the same text read from several inputs."""
    return hashlib.sha256(f"{title or ''}\n{body}".encode()).hexdigest()
