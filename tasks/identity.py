"""Article identity: which article an input is, and who published it.

Ids are stable keys for the data team: the item's own code, else its normalised URL, else (for
agency copy that carries neither) a hash of its content.
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


def derive_article_id(code: object, url: str | None, title: str | None, body: str) -> str:
    """The front-matter code; else a hash of the normalised URL; else a hash of the content."""
    if code is not None and str(code).strip():
        return str(code).strip()
    if url and url.startswith(("http://", "https://")):
        return "url-" + hashlib.sha256(normalise_url(url).encode()).hexdigest()[:20]
    content = f"{title or ''}\n{body}".encode()
    return "sha-" + hashlib.sha256(content).hexdigest()[:20]
