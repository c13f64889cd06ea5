"""Article identity: which article an input is, and who published it.

Ids are stable keys for the data team: the item's own code, else its normalised URL, else (for
agency copy that carries neither) the input it was read from, so an edited or corrected input
keeps its article. Content hashes are for change detection (`content_sha256`) and for finding
the same text in several inputs (`text_sha256`), never for identity.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that never change which article a URL points at.
_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|src)$", re.I)


def normalise_url(url: str) -> str:
    """Lower-case scheme and host, no www., no fragment, no tracking params, no trailing slash."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING_PARAMS.match(k)])
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(((parts.scheme or "https").lower(), host, path, query, ""))


def publisher_of(url: str | None) -> str | None:
    """The host of a URL without `www.`: 'https://www.bangkokpost.com/x' → 'bangkokpost.com'."""
    if not url or not url.startswith(("http://", "https://")):
        return None
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    return host or None


def derive_article_id(code: object, url: str | None, source_uri: str) -> str:
    """The item's code; else a hash of its normalised URL; else a hash of the input's URI.

    The `src-` form equals `'src-' || left(sha256(source_uri), 20)` in DuckDB SQL (migration 3
    re-keys the content-hash ids of earlier versions with it).

    >>> derive_article_id(None, None, "/wire/story.txt")
    'src-402c6daffc7ff7d7ad61'
    """
    if code is not None and str(code).strip():
        return str(code).strip()
    if url and url.startswith(("http://", "https://")):
        return "url-" + hashlib.sha256(normalise_url(url).encode()).hexdigest()[:20]
    return "src-" + hashlib.sha256(source_uri.encode()).hexdigest()[:20]


def text_sha256(title: str | None, body: str) -> str:
    """SHA-256 of the clean title and body: equal for the same text read from several inputs."""
    return hashlib.sha256(f"{title or ''}\n{body}".encode()).hexdigest()
