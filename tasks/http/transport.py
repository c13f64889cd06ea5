"""Transport for the fetch stage: urllib3 retry policy, URL preparation, bounded body reads."""

from __future__ import annotations

import re
import socket
import time
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import SplitResult, urlsplit

import requests
import urllib3.exceptions as u3
from requests.adapters import HTTPAdapter
from requests.models import PreparedRequest
from requests.structures import CaseInsensitiveDict
from urllib3 import PoolManager
from urllib3.util import Retry

from wirecopy.tasks.http.errors import (
    ConnectFailedError,
    ContentDecodeError,
    DeadlineExceededError,
    FetchError,
    InvalidURLError,
    TooLargeError,
    TransportError,
    UnsupportedSchemeError,
)
from wirecopy.tasks.http.safety import ALLOWED_SCHEMES

if TYPE_CHECKING:  # typing-only names of the requests stubs
    from requests.adapters import _HostParams, _PoolKwargs

# Statuses urllib3 retries in place; after the last retry they come back as retryable outcomes.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# read1() size: large enough to keep syscalls few, small enough to check caps and the deadline
# often; it also bounds how much one gzip step may inflate (urllib3 caps decoder output to it).
_CHUNK = 64 * 1024
# A URL requests would send unchanged: http(s), lower-case ASCII host, optional port, a path,
# and only unreserved/sub-delim characters or %XX escapes after it.
_CANONICAL_URL = re.compile(
    r"https?://[a-z0-9.-]+(?::[0-9]{1,5})?/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*"
)


class DeadlineRetry(Retry):
    """urllib3 Retry that gives up rather than wait past the deadline; caps Retry-After waits."""

    deadline: float | None = None
    retry_after_cap: float | None = None

    def new(self, **kw: Any) -> Self:
        """Copy with new counters, keeping the deadline and cap (urllib3 copies on each retry)."""
        retry = super().new(**kw)
        retry.deadline, retry.retry_after_cap = self.deadline, self.retry_after_cap
        return retry

    def parse_retry_after(self, retry_after: str) -> float:
        """Seconds to wait for a Retry-After value, never more than the cap."""
        try:
            seconds = super().parse_retry_after(retry_after)
        except u3.InvalidHeader:
            return 0.0  # garbage from the server: fall back to exponential backoff

        return seconds if self.retry_after_cap is None else min(seconds, self.retry_after_cap)

    def increment(
        self,
        method: str | None = None,
        url: str | None = None,
        response: Any = None,
        error: Exception | None = None,
        _pool: Any = None,
        _stacktrace: TracebackType | None = None,
    ) -> Self:
        """Count one more retry; exhausted if the wait before it would overrun the deadline."""
        retry = super().increment(method, url, response, error, _pool, _stacktrace)
        if self.deadline is not None:
            wait_s: float | None = None
            if response is not None and self.respect_retry_after_header:
                wait_s = retry.get_retry_after(response)
            if time.monotonic() + (wait_s or retry.get_backoff_time()) >= self.deadline:
                reason = error or u3.ResponseError("retry would overrun the document deadline")
                raise u3.MaxRetryError(_pool, url, reason) from reason
        return retry


def split_url(url: str) -> SplitResult:
    """urlsplit without the fragment (never sent, and irrelevant for loop detection)."""
    try:
        return urlsplit(url)._replace(fragment="")
    except ValueError as exc:
        raise InvalidURLError(str(exc)) from exc


def prepare_url(url: str) -> SplitResult:
    """Check the scheme, then normalise the URL exactly as requests would send it."""
    if _CANONICAL_URL.fullmatch(url):
        # Already in the form requests produces (lower-case ASCII host, path, no fragment):
        # skip the ~40 us re-normalisation, a tenth of a 304's CPU.
        return urlsplit(url)
    parts = split_url(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise UnsupportedSchemeError(parts.scheme or "<none>")
    prepared = PreparedRequest()
    try:
        # IDNA-encodes the host and re-quotes the path: the safety check must see what is sent.
        prepared.prepare_url(parts.geturl(), None)
    except (requests.exceptions.RequestException, ValueError, UnicodeError) as exc:
        raise InvalidURLError(str(exc)) from exc
    return split_url(prepared.url or "")


def transport_error(exc: requests.RequestException, deadline: float) -> FetchError:
    """Map a requests/urllib3 exception (possibly wrapped in MaxRetryError) to a FetchError."""
    if time.monotonic() >= deadline:
        return DeadlineExceededError(str(exc))
    reason: object = exc
    if exc.args and isinstance(exc.args[0], u3.MaxRetryError):
        reason = exc.args[0].reason
    if isinstance(exc, requests.exceptions.SSLError) or isinstance(reason, u3.SSLError):
        # Certificate and handshake failures do not heal by themselves.
        return TransportError(str(exc), code="SSLError", retryable=False)
    if isinstance(exc, (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema)):
        return InvalidURLError(str(exc))
    if isinstance(exc, requests.exceptions.InvalidHeader):  # e.g. a stored ETag with CR/LF
        return FetchError(str(exc), code="InvalidHeader")
    if isinstance(reason, u3.NewConnectionError):  # refused/unreachable; subclasses ConnectTimeout
        return ConnectFailedError(str(reason), code="ConnectionError")
    if isinstance(exc, requests.exceptions.ConnectTimeout) or isinstance(
        reason, u3.ConnectTimeoutError
    ):
        return ConnectFailedError(str(reason), code="ConnectTimeout")
    if isinstance(exc, requests.exceptions.ReadTimeout) or isinstance(reason, u3.ReadTimeoutError):
        return TransportError(str(reason), code="ReadTimeout")
    return TransportError(str(reason), code="ConnectionError")


def _socket_of(raw: Any) -> socket.socket | None:
    """The socket under a streaming urllib3 response, if still attached."""
    sock = getattr(getattr(raw, "connection", None), "sock", None)
    return sock if isinstance(sock, socket.socket) else None


def read_body(
    resp: requests.Response,
    limit: int,
    deadline: float,
    read_timeout: float,
    *,
    truncate: bool = False,
) -> bytes:
    """Stream the decoded body, enforcing the size cap and the deadline between reads.

    Over the cap: TooLargeError, or with truncate=True the first `limit` bytes (robots.txt:
    RFC 9309 §2.5 has crawlers parse a prefix of an oversized file rather than drop it).
    """
    declared = resp.headers.get("Content-Length", "")
    if (
        not truncate
        and not resp.headers.get("Content-Encoding")
        and declared.isdecimal()
        and int(declared) > limit
    ):
        raise TooLargeError(f"Content-Length {declared} > {limit}")
    raw = resp.raw
    chunks: list[bytes] = []
    total = 0
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise DeadlineExceededError(f"body still streaming after {total} bytes")
        sock = _socket_of(raw)
        if sock is not None:
            # A slow drip must not outlive the deadline: no single read may block past it.
            sock.settimeout(min(read_timeout, remaining))
        try:
            # read1 returns what has arrived instead of waiting for a full chunk, and decodes
            # gzip/deflate/br with output capped at _CHUNK, so a bomb is counted as it inflates.
            chunk = raw.read1(_CHUNK, decode_content=True)
        except u3.ReadTimeoutError as exc:
            if time.monotonic() >= deadline:
                raise DeadlineExceededError(f"body still streaming after {total} bytes") from exc
            raise TransportError(str(exc), code="ReadTimeout") from exc
        except u3.DecodeError as exc:
            raise ContentDecodeError(str(exc)) from exc
        except (u3.HTTPError, OSError) as exc:  # resets, truncated bodies, TLS errors
            raise TransportError(str(exc), code="ConnectionError") from exc
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > limit:
            if truncate:
                chunks.append(chunk[: len(chunk) - (total - limit)])
                return b"".join(chunks)
            raise TooLargeError(f"decoded body over {limit} bytes")
        chunks.append(chunk)


class PinnedRequest(PreparedRequest):
    """A PreparedRequest sent to `address` (the IP the safety check approved), not re-resolved.

    The URL keeps the host name: the Host header, TLS SNI and certificate check all use it.
    """

    address: str | None = None


def pinned_request(url: str, address: str | None) -> PinnedRequest:
    """A GET for url, connecting to address when given (else to the URL's host as written)."""
    request = PinnedRequest()
    request.method = "GET"
    request.url = url
    request.address = address
    return request


def host_header(parts: SplitResult) -> str:
    """The Host header http.client would send for parts: the port only when not the default."""
    default = 443 if parts.scheme.lower() == "https" else 80
    port = parts.port
    return f"{parts.hostname}:{port}" if port and port != default else str(parts.hostname)


class SharedPoolAdapter(HTTPAdapter):
    """A per-thread adapter (own retry policy) over one shared, thread-safe urllib3 PoolManager.

    Sharing the pools lets any worker reuse any idle keep-alive connection, so a host sees at
    most per-host-limit connections instead of one per worker thread.
    """

    def __init__(self, pool_manager: PoolManager) -> None:
        self._shared_pools = pool_manager
        super().__init__()

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        """Use the shared PoolManager instead of creating one per adapter."""
        self._pool_connections, self._pool_maxsize, self._pool_block = connections, maxsize, block
        self.poolmanager = self._shared_pools

    def build_connection_pool_key_attributes(
        self, request: PreparedRequest, verify: Any, cert: Any = None
    ) -> tuple[_HostParams, _PoolKwargs]:
        """Pool of the pinned address for a PinnedRequest; TLS still names the URL's host."""
        host_params, pool_kwargs = super().build_connection_pool_key_attributes(
            request, verify, cert
        )
        address = getattr(request, "address", None)
        if address is not None:
            if host_params["scheme"] == "https":
                # SNI and certificate verification use the name; only the socket uses the IP.
                # (The stub lists requests' own keys; urllib3 takes any HTTPSConnection kwarg.)
                pool_kwargs["server_hostname"] = host_params["host"]  # type: ignore[typeddict-unknown-key]
            host_params["host"] = address
        return host_params, pool_kwargs

    def request_url(self, request: PreparedRequest, proxies: Any) -> str:
        """The path to send: fetches never go through a proxy (the address check must hold)."""
        path = request.path_url
        # As requests does: "//a:b" would read as a netloc to urllib3 (psf/requests#6643).
        return f"/{path.lstrip('/')}" if path.startswith("//") else path

    def build_response(self, req: PreparedRequest, resp: Any) -> requests.Response:
        """requests' Response without cookie extraction: fetches are stateless, cookies unused."""
        response = requests.Response()
        response.status_code = resp.status
        response.headers = CaseInsensitiveDict(resp.headers)
        response.raw = resp
        response.reason = resp.reason
        response.url = req.url or ""
        response.request = req
        response.connection = self
        return response


def new_pool_manager(hosts: int, per_host: int) -> PoolManager:
    """Keep-alive pools for the `hosts` most recent hosts, `per_host` idle connections each."""
    return PoolManager(num_pools=hosts, maxsize=per_host, block=False)


def build_session(user_agent: str, pools: PoolManager) -> tuple[requests.Session, HTTPAdapter]:
    """A session for one thread, with its own adapter over the shared pools."""
    session = requests.Session()
    # Ignore proxy variables and .netrc: the address check must see where we really connect.
    session.trust_env = False
    session.headers["User-Agent"] = user_agent
    adapter = SharedPoolAdapter(pools)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session, adapter
