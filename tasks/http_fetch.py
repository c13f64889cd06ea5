"""HTTP fetch stage: polite, bounded and safe downloads (plain library; no Prefect, no DuckDB).

HttpFetcher.fetch never raises for a per-URL failure: it returns a FetchOutcome whose
`error` names the failure and whose `retryable` says whether a later run should try again.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Self
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from requests.models import PreparedRequest

from tasks.http_encoding import decode_body
from tasks.http_errors import (
    DeadlineExceededError,
    FetchError,
    RedirectLoopError,
    RobotsDisallowedError,
    TooManyRedirectsError,
)
from tasks.http_robots import RobotsCache
from tasks.http_safety import AllowList, allow_hosts_from_env, check_url
from tasks.http_schedule import map_per_host
from tasks.http_transport import (
    RETRY_STATUSES,
    DeadlineRetry,
    build_session,
    new_pool_manager,
    prepare_url,
    read_body,
    transport_error,
)

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
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# 408/429/5xx are the server saying "not now"; every other 4xx will not change on a re-run.
_TRANSIENT_4XX = frozenset({408, 429})
# Host pools kept alive (LRU): a run revisits its busiest hosts, and idle sockets are cheap.
_MIN_HOST_POOLS = 64
# RFC 9309 §2.5: crawlers must parse at least 500 KiB of robots.txt.
_ROBOTS_MAX_BYTES = 512 * 1024
# Redirect/error bodies up to this size are read and dropped so the connection can be reused.
_DISCARD_MAX_BYTES = 64 * 1024
# Content types whose body is text, so FetchOutcome.encoding is worth working out.
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


class HttpFetcher:
    """Fetches URLs with per-thread pooled sessions, retries, limits and safety checks.

    Thread-safe; use as a context manager (or call close()) to release connections and workers.
    """

    def __init__(self, settings: FetchSettings = FetchSettings()) -> None:
        self.settings = settings
        self._allow = AllowList.parse(settings.allow_hosts)
        self._robots = RobotsCache(settings.user_agent, self._load_robots)
        self._local = threading.local()
        # requests' defaults (Accept-Encoding, Accept, Connection) plus our User-Agent.
        self._base_headers = {k: str(v) for k, v in requests.utils.default_headers().items()}
        self._base_headers["User-Agent"] = settings.user_agent
        self._lock = threading.Lock()
        self._sessions: list[requests.Session] = []
        # Shared by every thread's session. Per-host slots cap connections in use per host at
        # per_host_concurrency, so that many idle ones per host is all reuse needs; pools are
        # kept for the most recent hosts (at least as many as can be busy at once).
        self._pools = new_pool_manager(
            max(_MIN_HOST_POOLS, settings.global_concurrency), settings.per_host_concurrency
        )
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
        self._pools.clear()

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

        A request is handed to a worker only when its host has a free slot, so a slow host
        holds at most per_host_concurrency workers while the rest serve other hosts.
        """
        return map_per_host(
            self._pool(),
            self.fetch,
            reqs,
            lambda req: _host_key(req.url),
            limit=self.settings.global_concurrency,
            per_host=self.settings.per_host_concurrency,
        )

    # -- request chain ----------------------------------------------------------------------

    def _request(
        self,
        url: str,
        headers: dict[str, str],
        deadline: float,
        limit: int,
        trace: _Trace,
        *,
        robots: bool = True,
    ) -> _Response:
        """Follow redirects by hand so every hop passes the scheme, address and robots checks."""
        seen: set[str] = set()
        for _hop in range(self.settings.max_redirects + 1):
            parts = prepare_url(url)
            url = parts.geturl()
            if url in seen:
                raise RedirectLoopError(url)
            seen.add(url)
            check_url(parts, self._allow)  # before any connection is opened
            if (
                robots
                and self.settings.respect_robots
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
                        body = read_body(resp, limit, deadline, self.settings.read_timeout)
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
        # session.get() would re-merge settings, cookies and auth on every call (~0.2 ms of
        # CPU, a third of a 304's cost); the URL is already normalised, so only headers are
        # prepared. No cookies are sent: fetches stay stateless whichever thread runs them.
        try:
            prepared = PreparedRequest()
            prepared.method = "GET"
            prepared.url = url
            # Validates the request's own headers (an ETag from a server could hold CR/LF).
            prepared.prepare_headers(headers)
            for name, value in self._base_headers.items():
                prepared.headers.setdefault(name, value)
            prepared.prepare_cookies(None)  # an empty jar: requests' redirect bookkeeping needs one
            return session.send(prepared, stream=True, allow_redirects=False, timeout=timeout)
        except requests.RequestException as exc:
            raise transport_error(exc, deadline) from exc

    def _discard(self, resp: requests.Response, deadline: float) -> None:
        """Drop a body we do not keep, reading small ones so the connection is reused."""
        # On failure resp.close() in the caller drops the connection instead.
        with contextlib.suppress(FetchError):
            read_body(resp, _DISCARD_MAX_BYTES, deadline, self.settings.read_timeout)

    def _load_robots(self, url: str, deadline: float) -> bytes | None:
        """RobotsCache loader: robots.txt body on 200, else None (redirects and checks apply)."""
        # robots=False: a robots.txt fetch (even one redirected elsewhere) never needs robots.txt,
        # and checking would re-enter the per-origin lock this fetch is made under.
        resp = self._request(url, {}, deadline, _ROBOTS_MAX_BYTES, _Trace(), robots=False)
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
        if resp is None:
            assert error is not None
            return FetchOutcome(
                url=req.url,
                final_url=trace.final_url,
                status=trace.status,
                etag=None,
                last_modified=None,
                content_type=None,
                body=None,
                sha256=None,
                bytes=0,
                fetched_at=fetched_at,
                elapsed_ms=elapsed_ms,
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
        encoding = decode_body(body, content_type)[1] if body and _is_text(content_type) else None
        return FetchOutcome(
            url=req.url,
            final_url=resp.url,
            status=status,
            etag=etag,
            last_modified=last_modified,
            content_type=content_type,
            body=body,
            sha256=hashlib.sha256(body).hexdigest() if body is not None else None,
            bytes=len(body) if body is not None else 0,
            fetched_at=fetched_at,
            elapsed_ms=elapsed_ms,
            error=http_error,
            retryable=http_error is not None and (status >= 500 or status in _TRANSIENT_4XX),
            not_modified=not_modified,
            encoding=encoding,
        )

    # -- plumbing ---------------------------------------------------------------------------

    def _retry(self, deadline: float) -> DeadlineRetry:
        """The urllib3 retry policy for one request chain."""
        s = self.settings
        retry = DeadlineRetry(
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
        session, adapter = build_session(self.settings.user_agent, self._pools)
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


def _is_text(content_type: str | None) -> bool:
    """True for content types whose body is text we may decode."""
    ct = (content_type or "").lower()
    return any(marker in ct for marker in _TEXT_TYPES)
