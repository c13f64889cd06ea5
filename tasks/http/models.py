"""Records of the fetch stage: settings, request, outcome, and how an outcome is built."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from wirecopy.tasks.http.encoding import decode_body
from wirecopy.tasks.http.errors import FetchError

DEFAULT_USER_AGENT = "wirecopy/0.1 (+https://github.com/wirecopy/wirecopy)"
# 408/429/5xx are the server saying "not now"; every other 4xx will not change on a re-run.
_TRANSIENT_4XX = frozenset({408, 429})
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
    # Processes for fetch_many (0: one per core, at most 4), each owning a share of the hosts:
    # threads share one GIL, and fast answers (a night of 304s) make fetching CPU-bound.
    processes: int = 0
    # Smaller fetch_many calls stay in this process (starting a shard costs ~0.3 s).
    shard_min: int = 100

    @property
    def shard_processes(self) -> int:
        """Processes fetch_many may use: `processes`, or one per available core (at most 4)."""
        if self.processes:
            return self.processes
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        return max(1, min(4, cores or 1))

    def __post_init__(self) -> None:
        """Reject settings that would hang or never fetch (a systemic, run-stopping error)."""
        positive = ("connect_timeout", "read_timeout", "deadline", "max_bytes")
        for name in positive:
            if getattr(self, name) <= 0:
                raise ValueError(f"FetchSettings.{name} must be > 0")
        if self.global_concurrency < 1 or self.per_host_concurrency < 1:
            raise ValueError("FetchSettings concurrency limits must be >= 1")
        if self.processes < 0 or self.shard_min < 1:
            raise ValueError("FetchSettings.processes must be >= 0 and shard_min >= 1")
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
class FinalResponse:
    """The final (non-redirect) response of one request chain, body read or discarded."""

    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes | None


@dataclass(slots=True)
class Trace:
    """How far a fetch got, so an error outcome can still say where it stopped."""

    final_url: str | None = None
    status: int | None = None


def build_outcome(
    req: FetchRequest,
    trace: Trace,
    fetched_at: datetime,
    started: float,
    *,
    resp: FinalResponse | None = None,
    error: FetchError | None = None,
) -> FetchOutcome:
    """The FetchOutcome for a final response (any status) or a failure raised on the way."""
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
    encoding = decode_body(body, content_type)[1] if body and is_text(content_type) else None
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


def is_text(content_type: str | None) -> bool:
    """True for content types whose body is text we may decode."""
    ct = (content_type or "").lower()
    return any(marker in ct for marker in _TEXT_TYPES)
