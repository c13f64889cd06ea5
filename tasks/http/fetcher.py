"""HTTP fetch stage: polite, bounded and safe downloads (plain library; no Prefect, no DuckDB).

HttpFetcher.fetch never raises for a per-URL failure: it returns a FetchOutcome whose
`error` names the failure and whose `retryable` says whether a later run should try again.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Self
from urllib.parse import SplitResult, urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter

from wirecopy.tasks.http.encoding import decode_body
from wirecopy.tasks.http.errors import (
    ConnectFailedError,
    DeadlineExceededError,
    FetchError,
    RedirectLoopError,
    RobotsDisallowedError,
    RobotsUnreachableError,
    TooManyRedirectsError,
)
from wirecopy.tasks.http.models import (
    DEFAULT_USER_AGENT,
    FetchOutcome,
    FetchRequest,
    FetchSettings,
    FinalResponse,
    Trace,
    build_outcome,
)
from wirecopy.tasks.http.pacing import HostPacer
from wirecopy.tasks.http.robots import RobotsCache, RobotsRules
from wirecopy.tasks.http.safety import AllowList, IPAddress, allow_hosts_from_env, check_url
from wirecopy.tasks.http.schedule import map_per_host
from wirecopy.tasks.http.shards import ShardPool, shard_of
from wirecopy.tasks.http.transport import (
    RETRY_STATUSES,
    DeadlineRetry,
    build_session,
    host_header,
    new_pool_manager,
    pinned_request,
    prepare_url,
    read_body,
    transport_error,
)

__all__ = [
    "DEFAULT_USER_AGENT",
    "FetchOutcome",
    "FetchRequest",
    "FetchSettings",
    "HttpFetcher",
    "allow_hosts_from_env",
    "decode_body",
]

logger = logging.getLogger(__name__)

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Host pools kept alive (LRU): a run revisits its busiest hosts, and idle sockets are cheap.
_MIN_HOST_POOLS = 64
# RFC 9309 §2.5: crawlers must parse at least 500 KiB of robots.txt.
_ROBOTS_MAX_BYTES = 512 * 1024
# Redirect/error bodies up to this size are read and dropped so the connection can be reused.
_DISCARD_MAX_BYTES = 64 * 1024


class HttpFetcher:
    """Fetches URLs with per-thread pooled sessions, retries, limits and safety checks.

    Thread-safe; use as a context manager (or call close()) to release connections and workers.
    """

    # A shared default instance is safe: FetchSettings is frozen.
    def __init__(self, settings: FetchSettings = FetchSettings()) -> None:  # noqa: B008
        self.settings = settings
        self._allow = AllowList.parse(settings.allow_hosts)
        self._robots = RobotsCache(settings.user_agent, self._load_robots)
        self._pacer = HostPacer()
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
        self._shards: ShardPool | None = None
        self._shard_lock = threading.Lock()
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
            shards, self._shards = self._shards, None
        if shards is not None:
            shards.close()
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
        trace = Trace()
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
            return build_outcome(req, trace, fetched_at, started, error=exc)
        except Exception as exc:  # a bug, not a URL problem: log loudly, keep the run going
            logger.exception("unexpected error fetching %s", req.url)
            err = FetchError(f"{type(exc).__name__}: {exc}")
            return build_outcome(req, trace, fetched_at, started, error=err)
        return build_outcome(req, trace, fetched_at, started, resp=resp)

    def fetch_many(
        self, reqs: Iterable[FetchRequest], *, limit: int | None = None
    ) -> Iterator[FetchOutcome]:
        """Fetch concurrently within the global and per-host limits, yielding as each completes.

        A request is handed to a worker only when its host has a free slot, so a slow host
        holds at most per_host_concurrency workers while the rest serve other hosts. Large
        lists spread over several hosts go to the shard processes (see tasks/http/shards.py).
        `limit` lowers the global limit for this call.
        """
        if limit is None and isinstance(reqs, Sequence) and self._shardable(reqs):
            return self._fetch_sharded(list(reqs))
        return self._fetch_threads(reqs, limit or self.settings.global_concurrency)

    def _fetch_threads(self, reqs: Iterable[FetchRequest], limit: int) -> Iterator[FetchOutcome]:
        """fetch_many on this process's worker threads."""
        return map_per_host(
            self._pool(),
            self.fetch,
            reqs,
            lambda req: _host_key(req.url),
            limit=min(limit, self.settings.global_concurrency),
            per_host=self.settings.per_host_concurrency,
        )

    def _shardable(self, reqs: Sequence[FetchRequest]) -> bool:
        """True when reqs are worth the shard processes: many, and on more than one shard."""
        shards = self.settings.shard_processes
        if shards < 2 or len(reqs) < self.settings.shard_min:
            return False
        if self.settings.global_concurrency < shards:  # every shard needs one slot at least
            return False
        return len({shard_of(_host_key(req.url), shards) for req in reqs}) > 1

    def _fetch_sharded(self, reqs: list[FetchRequest]) -> Iterator[FetchOutcome]:
        """fetch_many through the shard processes; in this process if they are busy."""
        if not self._shard_lock.acquire(blocking=False):  # another thread's fetch_many
            yield from self._fetch_threads(reqs, self.settings.global_concurrency)
            return
        try:
            with self._lock:
                if self._closed:
                    raise RuntimeError("HttpFetcher is closed")
                if self._shards is None:
                    self._shards = ShardPool(
                        self.settings, self.settings.shard_processes, HttpFetcher
                    )
                shards = self._shards
            yield from shards.fetch_many(reqs, _host_key)
        finally:
            self._shard_lock.release()

    # -- request chain ----------------------------------------------------------------------

    def _request(
        self,
        url: str,
        headers: dict[str, str],
        deadline: float,
        limit: int,
        trace: Trace,
        *,
        robots: bool = True,
    ) -> FinalResponse:
        """Follow redirects by hand so every hop passes the scheme, address and robots checks.

        robots=False is the robots.txt fetch itself: no robots check, and a body over `limit`
        is cut there instead of refused.
        """
        seen: set[str] = set()
        for _hop in range(self.settings.max_redirects + 1):
            parts = prepare_url(url)
            url = parts.geturl()
            if url in seen:
                raise RedirectLoopError(url)
            seen.add(url)
            # Before any connection is opened; the connection then goes to the checked addresses.
            addresses = check_url(parts, self._allow)
            rules = self._robots_rules(parts, deadline) if robots else None
            trace.final_url = url
            host = (parts.hostname or "").rstrip(".")
            with self._host_slot(host, deadline):
                if rules is not None:  # Crawl-delay: the robots.txt request counts as one
                    self._pacer.wait(host.lower(), rules.crawl_delay, deadline, rules.fetched_at)
                resp = self._send(parts, headers, deadline, addresses)
                try:
                    trace.status = resp.status_code
                    location = resp.headers.get("Location")
                    if resp.status_code in REDIRECT_STATUSES and location:
                        self._discard(resp, deadline)
                        url = urljoin(url, location)
                        continue
                    body: bytes | None = None
                    if 200 <= resp.status_code < 300:
                        body = read_body(
                            resp, limit, deadline, self.settings.read_timeout, truncate=not robots
                        )
                    else:
                        self._discard(resp, deadline)
                    return FinalResponse(url, resp.status_code, resp.headers, body)
                finally:
                    # After a full read the connection is already back in the pool and this is
                    # a no-op; after an abort (too large, deadline) it drops the dirty socket.
                    resp.close()
        raise TooManyRedirectsError(f"more than {self.settings.max_redirects} redirects")

    def _send(
        self,
        parts: SplitResult,
        headers: dict[str, str],
        deadline: float,
        addresses: tuple[IPAddress, ...],
    ) -> requests.Response:
        """GET parts from the checked addresses in resolver order, as a connection would.

        An address that refuses or times out the connection gets no retries while another is
        left (nothing was sent, so moving on is safe); the last one gets the full retry policy.
        """
        targets: tuple[str | None, ...] = tuple(str(a) for a in addresses) or (None,)
        for i, address in enumerate(targets):
            last = i == len(targets) - 1
            try:
                return self._send_once(parts, headers, deadline, address, retry_connect=last)
            except ConnectFailedError:
                if last:
                    raise
        raise AssertionError("unreachable: the last address re-raises")

    def _send_once(
        self,
        parts: SplitResult,
        headers: dict[str, str],
        deadline: float,
        address: str | None,
        *,
        retry_connect: bool,
    ) -> requests.Response:
        """One GET (with urllib3 retries) whose timeouts and retry waits respect the deadline."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise DeadlineExceededError("before sending")
        _session, adapter = self._session()
        # Safe: this session and adapter belong to the current thread only.
        adapter.max_retries = self._retry(deadline, retry_connect=retry_connect)
        s = self.settings
        timeout = (min(s.connect_timeout, remaining), min(s.read_timeout, remaining))
        # Sent through the session's adapter: Session.send would add cookie, hook and redirect
        # bookkeeping (~0.1 ms of CPU, a fifth of a 304's cost) for features fetches never use:
        # redirects are followed by hand and no cookies are kept or sent (fetches are stateless).
        try:
            prepared = pinned_request(parts.geturl(), address)
            # Validates the request's own headers (an ETag from a server could hold CR/LF).
            prepared.prepare_headers(headers)
            if address is not None:
                # The socket goes to the IP; the server must still see the name it serves.
                prepared.headers["Host"] = host_header(parts)
            for name, value in self._base_headers.items():
                prepared.headers.setdefault(name, value)
            return adapter.send(prepared, stream=True, timeout=timeout)
        except requests.RequestException as exc:
            raise transport_error(exc, deadline) from exc

    def _discard(self, resp: requests.Response, deadline: float) -> None:
        """Drop a body we do not keep, reading small ones so the connection is reused."""
        # On failure resp.close() in the caller drops the connection instead.
        with contextlib.suppress(FetchError):
            read_body(resp, _DISCARD_MAX_BYTES, deadline, self.settings.read_timeout)

    def _robots_rules(self, parts: SplitResult, deadline: float) -> RobotsRules | None:
        """The origin's robots.txt rules (None when ignored); raise if they refuse the URL."""
        if not self.settings.respect_robots:
            return None
        rules = self._robots.rules(parts, deadline)
        if rules.unreachable:
            raise RobotsUnreachableError(f"{parts.scheme}://{parts.netloc}/robots.txt")
        if not rules.allows(parts.geturl(), self._robots.token):
            raise RobotsDisallowedError(parts.geturl())
        return rules

    def _load_robots(self, url: str, deadline: float) -> tuple[int, bytes | None]:
        """RobotsCache loader: final status and body (2xx only; redirects and checks apply)."""
        # robots=False: a robots.txt fetch (even one redirected elsewhere) never needs robots.txt,
        # and checking would re-enter the per-origin lock this fetch is made under. Its body is
        # cut at the cap rather than refused (RFC 9309 §2.5: parse at least 500 KiB).
        resp = self._request(url, {}, deadline, _ROBOTS_MAX_BYTES, Trace(), robots=False)
        return resp.status, resp.body

    # -- plumbing ---------------------------------------------------------------------------

    def _retry(self, deadline: float, *, retry_connect: bool = True) -> DeadlineRetry:
        """The urllib3 retry policy for one request (connect retries off: another address left)."""
        s = self.settings
        retry = DeadlineRetry(
            total=s.retries,
            connect=s.retries if retry_connect else 0,
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
        # Lock-free on the hot path (a dict read is atomic): 32 workers taking one lock for
        # every request queue up on it.
        sem = self._host_slots.get(key)
        if sem is None:
            with self._lock:
                sem = self._host_slots.setdefault(
                    key, threading.BoundedSemaphore(self.settings.per_host_concurrency)
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
