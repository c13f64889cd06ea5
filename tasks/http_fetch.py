"""HTTP fetch stage: polite, bounded and safe downloads (plain library; no Prefect, no DuckDB).

HttpFetcher.fetch never raises for a per-URL failure: it returns a FetchOutcome whose
`error` names the failure and whose `retryable` says whether a later run should try again.
"""

from __future__ import annotations

import hashlib
import logging
import socket
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Self
from urllib.parse import SplitResult, urljoin, urlsplit

import requests
import urllib3.exceptions as u3
from requests.adapters import HTTPAdapter
from requests.models import PreparedRequest
from urllib3.util import Retry

from tasks.http_encoding import decode_body
from tasks.http_errors import (
    ContentDecodeError,
    DeadlineExceededError,
    FetchError,
    InvalidURLError,
    RedirectLoopError,
    RobotsDisallowedError,
    TooLargeError,
    TooManyRedirectsError,
    TransportError,
    UnsupportedSchemeError,
)
from tasks.http_robots import RobotsCache
from tasks.http_safety import ALLOWED_SCHEMES, AllowList, allow_hosts_from_env, check_url

__all__ = [
    "FetchOutcome",
    "FetchRequest",
    "FetchSettings",
    "HttpFetcher",
    "allow_hosts_from_env",
    "decode_body",
]

logger = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "wirecopy/0.1 (+https://github.com/wirecopy/wirecopy)"
# Statuses urllib3 retries in place; after the last retry they come back as retryable outcomes.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# 408/429/5xx are the server saying "not now"; every other 4xx will not change on a re-run.
_TRANSIENT_4XX = frozenset({408, 429})
# read1() size: large enough to keep syscalls few, small enough to check caps and the deadline
# often; it also bounds how much one gzip step may inflate (urllib3 caps decoder output to it).
_CHUNK = 64 * 1024
# RFC 9309 §2.5: crawlers must parse at least 500 KiB of robots.txt.
_ROBOTS_MAX_BYTES = 512 * 1024
# Redirect/error bodies up to this size are read and dropped so the connection can be reused.
_DISCARD_MAX_BYTES = 64 * 1024
# Look-ahead into fetch_many's input, so a long run of one host cannot starve the others.
_MAX_QUEUED = 10_000
_TEXT_TYPES = ("text/", "application/xhtml", "application/xml", "application/rss", "+xml", "json")


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """Limits and politeness for one fetcher; defaults suit a nightly wire-copy run."""

    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    deadline: float = 60.0  # total per document: retries, redirects, robots.txt and body
    max_bytes: int = 10_000_000  # decoded body cap while streaming
    max_redirects: int = 5
    retries: int = 3
    backoff_factor: float = 0.5
    retry_after_cap: float = 30.0
    global_concurrency: int = 16
    per_host_concurrency: int = 2
    respect_robots: bool = True
    allow_hosts: frozenset[str] = frozenset()  # hosts/IPs/CIDRs allowed even if private/loopback

    def __post_init__(self) -> None:
        """Reject settings that would hang or never fetch (a systemic, run-stopping error)."""
        positive = ("connect_timeout", "read_timeout", "deadline", "max_bytes")
        for name in positive:
            if getattr(self, name) <= 0:
                raise ValueError(f"FetchSettings.{name} must be > 0")
        if self.global_concurrency < 1 or self.per_host_concurrency < 1:
            raise ValueError("FetchSettings concurrency limits must be >= 1")
        if self.max_redirects < 0 or self.retries < 0 or self.backoff_factor < 0:
            raise ValueError("FetchSettings.max_redirects/retries/backoff_factor must be >= 0")


@dataclass(frozen=True, slots=True)
class FetchRequest:
    """One URL to fetch, with the validators stored from its previous fetch."""

    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class FetchOutcome:
    """What happened to one FetchRequest; `error` is None on success and on 304."""

    url: str
    final_url: str | None  # last URL requested (after redirects); None if refused before any
    status: int | None
    etag: str | None
    last_modified: str | None
    content_type: str | None
    body: bytes | None
    sha256: str | None
    bytes: int
    fetched_at: datetime
    elapsed_ms: int
    error: str | None
    retryable: bool
    not_modified: bool
    encoding: str | None

    @property
    def ok(self) -> bool:
        """True for a fresh body or a 304."""
        return self.error is None


@dataclass(slots=True)
class _Response:
    """The final (non-redirect) response of one request chain, body read or discarded."""

    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes | None


@dataclass(slots=True)
class _Trace:
    """How far a fetch got, so an error outcome can still say where it stopped."""

    final_url: str | None = None
    status: int | None = None


class _DeadlineRetry(Retry):
    """urllib3 Retry that gives up rather than wait past the document deadline, and caps Retry-After."""

    deadline: float | None = None
    retry_after_cap: float | None = None

    def new(self, **kw: Any) -> Self:
        """Copy with new counters, keeping the deadline and cap (urllib3 copies on each retry)."""
        retry = super().new(**kw)
        retry.deadline, retry.retry_after_cap = self.deadline, self.retry_after_cap
        return retry

    def parse_retry_after(self, retry_after: str) -> float:
        """Seconds to wait for a Retry-After value, never more than the cap."""
        seconds = super().parse_retry_after(retry_after)
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
                try:
                    wait_s = retry.get_retry_after(response)
                except u3.InvalidHeader:
                    wait_s = None
            if time.monotonic() + (wait_s or retry.get_backoff_time()) >= self.deadline:
                reason = error or u3.ResponseError("retry would overrun the document deadline")
                raise u3.MaxRetryError(_pool, url, reason) from reason
        return retry


def _is_text(content_type: str | None) -> bool:
    """True for content types whose body is text we may decode."""
    ct = (content_type or "").lower()
    return any(marker in ct for marker in _TEXT_TYPES)


def _split(url: str) -> SplitResult:
    """urlsplit without the fragment (never sent, and irrelevant for loop detection)."""
    try:
        return urlsplit(url)._replace(fragment="")
    except ValueError as exc:
        raise InvalidURLError(str(exc)) from exc


def _prepare(url: str) -> SplitResult:
    """Check the scheme, then normalise the URL exactly as requests will send it."""
    parts = _split(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise UnsupportedSchemeError(parts.scheme or "<none>")
    prepared = PreparedRequest()
    try:
        # IDNA-encodes the host and re-quotes the path: the safety check must see what is sent.
        prepared.prepare_url(parts.geturl(), None)
    except (requests.exceptions.RequestException, ValueError, UnicodeError) as exc:
        raise InvalidURLError(str(exc)) from exc
    return _split(prepared.url or "")


def _transport_error(exc: requests.RequestException, deadline: float) -> FetchError:
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
    if isinstance(reason, u3.NewConnectionError):  # refused/unreachable; subclasses ConnectTimeout
        return TransportError(str(reason), code="ConnectionError")
    if isinstance(exc, requests.exceptions.ConnectTimeout) or isinstance(
        reason, u3.ConnectTimeoutError
    ):
        return TransportError(str(reason), code="ConnectTimeout")
    if isinstance(exc, requests.exceptions.ReadTimeout) or isinstance(reason, u3.ReadTimeoutError):
        return TransportError(str(reason), code="ReadTimeout")
    return TransportError(str(reason), code="ConnectionError")


def _socket_of(raw: Any) -> socket.socket | None:
    """The socket under a streaming urllib3 response, if still attached."""
    sock = getattr(getattr(raw, "connection", None), "sock", None)
    return sock if isinstance(sock, socket.socket) else None


def _read_body(resp: requests.Response, limit: int, deadline: float, read_timeout: float) -> bytes:
    """Stream the decoded body, enforcing the size cap and the deadline between reads."""
    declared = resp.headers.get("Content-Length", "")
    if not resp.headers.get("Content-Encoding") and declared.isdigit() and int(declared) > limit:
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
            raise TooLargeError(f"decoded body over {limit} bytes")
        chunks.append(chunk)


class HttpFetcher:
    """Fetches URLs with per-thread pooled sessions, retries, limits and safety checks.

    Thread-safe; use as a context manager (or call close()) to release connections and workers.
    """

    def __init__(self, settings: FetchSettings = FetchSettings()) -> None:  # noqa: B008 (frozen)
        self.settings = settings
        self._allow = AllowList.parse(settings.allow_hosts)
        self._robots = RobotsCache(settings.user_agent, self._load_robots)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._sessions: list[requests.Session] = []
        self._host_slots: dict[str, threading.BoundedSemaphore] = {}
        self._executor: ThreadPoolExecutor | None = None
        self._closed = False

    def __enter__(self) -> Self:
        """Return self; sessions and workers are created lazily."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Close on leaving the with-block."""
        self.close()

    def close(self) -> None:
        """Stop the worker pool and close every thread's session."""
        with self._lock:
            self._closed = True
            executor, self._executor = self._executor, None
            sessions, self._sessions = self._sessions, []
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
        for session in sessions:
            session.close()

    # -- public API -------------------------------------------------------------------------

    def fetch(self, req: FetchRequest) -> FetchOutcome:
        """Fetch one URL; per-URL failures come back as an outcome with `error` set."""
        if self._closed:
            raise RuntimeError("HttpFetcher is closed")
        started = time.monotonic()
        fetched_at = datetime.now(UTC)
        trace = _Trace()
        headers: dict[str, str] = {}
        if req.etag:
            headers["If-None-Match"] = req.etag
        if req.last_modified:
            headers["If-Modified-Since"] = req.last_modified
        try:
            resp = self._request(
                req.url, headers, started + self.settings.deadline, self.settings.max_bytes, trace
            )
        except FetchError as exc:
            return self._outcome(req, trace, fetched_at, started, error=exc)
        except Exception as exc:  # a bug, not a URL problem: log loudly, keep the run going
            logger.exception("unexpected error fetching %s", req.url)
            err = FetchError(f"{type(exc).__name__}: {exc}")
            return self._outcome(req, trace, fetched_at, started, error=err)
        return self._outcome(req, trace, fetched_at, started, resp=resp)

    def fetch_many(self, reqs: Iterable[FetchRequest]) -> Iterator[FetchOutcome]:
        """Fetch concurrently within the global and per-host limits, yielding as each completes.

        Work is handed to the pool only when its host has a free slot, so a slow host holds
        at most per_host_concurrency workers and the rest keep serving other hosts.
        """
        executor = self._pool()
        limit, per_host = self.settings.global_concurrency, self.settings.per_host_concurrency
        source = iter(reqs)
        exhausted = False
        queued: dict[str, deque[FetchRequest]] = {}
        rotation: deque[str] = deque()  # hosts with queued work, visited round-robin
        in_flight: dict[str, int] = {}
        running: dict[Future[FetchOutcome], str] = {}
        n_queued = 0
        try:
            while True:
                while len(running) < limit:
                    host = self._next_host(rotation, in_flight, per_host)
                    if host is None:
                        if exhausted or n_queued >= _MAX_QUEUED:
                            break
                        req = next(source, None)
                        if req is None:
                            exhausted = True
                            continue
                        key = _host_key(req.url)
                        if key not in queued:
                            queued[key] = deque()
                            rotation.append(key)
                        queued[key].append(req)
                        n_queued += 1
                        continue
                    req = queued[host].popleft()
                    n_queued -= 1
                    if not queued[host]:
                        del queued[host]
                        rotation.remove(host)
                    in_flight[host] = in_flight.get(host, 0) + 1
                    running[executor.submit(self.fetch, req)] = host
                if not running:
                    return
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    host = running.pop(future)
                    in_flight[host] -= 1
                    yield future.result()
        finally:
            # The caller stopped early (or failed): do not start work nobody will read.
            for future in running:
                future.cancel()

    # -- request chain ----------------------------------------------------------------------

    def _request(
        self, url: str, headers: dict[str, str], deadline: float, limit: int, trace: _Trace
    ) -> _Response:
        """Follow redirects by hand so every hop passes the scheme, address and robots checks."""
        seen: set[str] = set()
        for _hop in range(self.settings.max_redirects + 1):
            parts = _prepare(url)
            url = parts.geturl()
            if url in seen:
                raise RedirectLoopError(url)
            seen.add(url)
            check_url(parts, self._allow)  # before any connection is opened
            if (
                self.settings.respect_robots
                and parts.path != "/robots.txt"
                and not self._robots.allowed(parts, deadline)
            ):
                raise RobotsDisallowedError(url)
            trace.final_url = url
            with self._host_slot(parts.hostname or "", deadline):
                resp = self._send(url, headers, deadline)
                try:
                    trace.status = resp.status_code
                    location = resp.headers.get("Location")
                    if resp.status_code in REDIRECT_STATUSES and location:
                        self._discard(resp, deadline)
                        url = urljoin(url, location)
                        continue
                    body: bytes | None = None
                    if 200 <= resp.status_code < 300:
                        body = _read_body(resp, limit, deadline, self.settings.read_timeout)
                    else:
                        self._discard(resp, deadline)
                    return _Response(url, resp.status_code, resp.headers, body)
                finally:
                    # After a full read the connection is already back in the pool and this is
                    # a no-op; after an abort (too large, deadline) it drops the dirty socket.
                    resp.close()
        raise TooManyRedirectsError(f"more than {self.settings.max_redirects} redirects")

    def _send(self, url: str, headers: dict[str, str], deadline: float) -> requests.Response:
        """One GET (with urllib3 retries) whose timeouts and retry waits respect the deadline."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise DeadlineExceededError("before sending")
        session, adapter = self._session()
        # Safe: this session and adapter belong to the current thread only.
        adapter.max_retries = self._retry(deadline)
        s = self.settings
        timeout = (min(s.connect_timeout, remaining), min(s.read_timeout, remaining))
        try:
            return session.get(
                url, headers=headers, stream=True, allow_redirects=False, timeout=timeout
            )
        except requests.RequestException as exc:
            raise _transport_error(exc, deadline) from exc

    def _discard(self, resp: requests.Response, deadline: float) -> None:
        """Drop a body we do not keep, reading small ones so the connection is reused."""
        try:
            _read_body(resp, _DISCARD_MAX_BYTES, deadline, self.settings.read_timeout)
        except FetchError:
            pass  # resp.close() in the caller then drops the connection instead

    def _load_robots(self, url: str, deadline: float) -> bytes | None:
        """RobotsCache loader: robots.txt body on 200, else None (redirects and checks apply)."""
        resp = self._request(url, {}, deadline, _ROBOTS_MAX_BYTES, _Trace())
        return resp.body if resp.status == 200 else None

    # -- outcomes ---------------------------------------------------------------------------

    def _outcome(
        self,
        req: FetchRequest,
        trace: _Trace,
        fetched_at: datetime,
        started: float,
        *,
        resp: _Response | None = None,
        error: FetchError | None = None,
    ) -> FetchOutcome:
        """Build the FetchOutcome for a finished response or a failure."""
        elapsed_ms = int((time.monotonic() - started) * 1000)
        common = {"url": req.url, "fetched_at": fetched_at, "elapsed_ms": elapsed_ms}
        if resp is None:
            assert error is not None
            return FetchOutcome(
                **common,
                final_url=trace.final_url,
                status=trace.status,
                etag=None,
                last_modified=None,
                content_type=None,
                body=None,
                sha256=None,
                bytes=0,
                error=error.code,
                retryable=error.retryable,
                not_modified=False,
                encoding=None,
            )
        status = resp.status
        content_type = resp.headers.get("Content-Type")
        not_modified = status == 304
        etag = resp.headers.get("ETag")
        last_modified = resp.headers.get("Last-Modified")
        if not_modified:
            # A 304 need not repeat the validators; keep the ones that still hold.
            etag, last_modified = etag or req.etag, last_modified or req.last_modified
        http_error: str | None = None
        if not (200 <= status < 300 or not_modified):
            http_error = f"HTTP {status}"
        body = resp.body
        return FetchOutcome(
            **common,
            final_url=resp.url,
            status=status,
            etag=etag,
            last_modified=last_modified,
            content_type=content_type,
            body=body,
            sha256=hashlib.sha256(body).hexdigest() if body is not None else None,
            bytes=len(body) if body is not None else 0,
            error=http_error,
            retryable=http_error is not None and (status >= 500 or status in _TRANSIENT_4XX),
            not_modified=not_modified,
            encoding=decode_body(body, content_type)[1] if body and _is_text(content_type) else None,
        )

    # -- plumbing ---------------------------------------------------------------------------

    def _retry(self, deadline: float) -> _DeadlineRetry:
        """The urllib3 retry policy for one request chain."""
        s = self.settings
        retry = _DeadlineRetry(
            total=s.retries,
            connect=s.retries,
            read=s.retries,
            status=s.retries,
            status_forcelist=RETRY_STATUSES,
            backoff_factor=s.backoff_factor,
            # Up to one extra backoff unit, so clients that failed together do not retry together.
            backoff_jitter=s.backoff_factor,
            backoff_max=s.retry_after_cap,
            respect_retry_after_header=True,
            raise_on_status=False,  # the last 5xx/429 comes back as a response, not an exception
        )
        retry.deadline, retry.retry_after_cap = deadline, s.retry_after_cap
        return retry

    def _session(self) -> tuple[requests.Session, HTTPAdapter]:
        """This thread's session and adapter, created on first use."""
        pair: tuple[requests.Session, HTTPAdapter] | None = getattr(self._local, "pair", None)
        if pair is not None:
            return pair
        s = self.settings
        session = requests.Session()
        # Ignore proxy variables and .netrc: the address check must see where we really connect.
        session.trust_env = False
        session.headers["User-Agent"] = s.user_agent
        adapter = HTTPAdapter(
            # One pool per host this thread talks to, and as many connections to a host as the
            # per-host limit allows (a thread holds one at a time; extras cover redirects).
            pool_connections=s.global_concurrency,
            pool_maxsize=s.per_host_concurrency,
        )
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        with self._lock:
            if self._closed:
                raise RuntimeError("HttpFetcher is closed")
            self._sessions.append(session)
        self._local.pair = (session, adapter)
        return session, adapter

    def _host_slot(self, host: str, deadline: float) -> _HostSlot:
        """A context manager holding one of host's per-host concurrency slots."""
        key = host.lower()
        with self._lock:
            sem = self._host_slots.get(key)
            if sem is None:
                sem = self._host_slots[key] = threading.BoundedSemaphore(
                    self.settings.per_host_concurrency
                )
        return _HostSlot(sem, deadline)

    def _pool(self) -> ThreadPoolExecutor:
        """The fetcher's worker pool (global_concurrency threads), created on first use."""
        with self._lock:
            if self._closed:
                raise RuntimeError("HttpFetcher is closed")
            if self._executor is None:
                self._executor = ThreadPoolExecutor(
                    self.settings.global_concurrency, thread_name_prefix="wirecopy-fetch"
                )
            return self._executor

    @staticmethod
    def _next_host(rotation: deque[str], in_flight: dict[str, int], per_host: int) -> str | None:
        """The next queued host (round-robin) with a free per-host slot, or None."""
        for _ in range(len(rotation)):
            host = rotation[0]
            rotation.rotate(-1)
            if in_flight.get(host, 0) < per_host:
                return host
        return None


class _HostSlot:
    """Holds a per-host semaphore for one request; waiting counts against the deadline."""

    __slots__ = ("_deadline", "_sem")

    def __init__(self, sem: threading.BoundedSemaphore, deadline: float) -> None:
        self._sem, self._deadline = sem, deadline

    def __enter__(self) -> None:
        """Acquire, or fail with DeadlineExceeded."""
        if not self._sem.acquire(timeout=max(0.0, self._deadline - time.monotonic())):
            raise DeadlineExceededError("waiting for a per-host slot")

    def __exit__(self, *exc_info: object) -> None:
        """Release."""
        self._sem.release()


def _host_key(url: str) -> str:
    """Lower-case host of url, the unit of the per-host limit ("" if unparsable)."""
    try:
        return (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return ""
