"""Fetch shards: HttpFetcher.fetch_many spread over worker processes, each owning some hosts.

One process's threads share one GIL: once responses come back faster than ~0.5 ms each (a
night of 304s from nearby servers), fetching is CPU-bound on a single core. Shards add cores.
Each host belongs to exactly one shard (a stable hash of its name), so the per-host limit,
the host's keep-alive connections and its robots.txt cache all stay in one process. The global
limit is divided between the shards on every call (one slot each, the rest by workload, none
beyond what its hosts can use). Caveat: a redirect to another host is followed by the shard
that owns the first URL, so a host reached through redirects from several shards can see up to
shards × the per-host limit at once.
"""

from __future__ import annotations

import logging
import os
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Protocol, Self, cast

from wirecopy.tasks.http.errors import FetchError
from wirecopy.tasks.http.models import (
    FetchOutcome,
    FetchRequest,
    FetchSettings,
    Trace,
    build_outcome,
)
from wirecopy.tasks.processes import worker_context

logger = logging.getLogger(__name__)


class ThreadFetcher(Protocol):
    """What a shard runs: an in-process fetcher (HttpFetcher) built from the settings."""

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc_info: object) -> None: ...

    def fetch_many(
        self, reqs: Iterable[FetchRequest], *, limit: int | None = None
    ) -> Iterator[FetchOutcome]: ...


# Builds a shard's fetcher in the shard process; a module-level class or function, so that it
# pickles by reference. Passed in by the fetcher that owns the pool (no import cycle).
FetcherFactory = Callable[[FetchSettings], ThreadFetcher]

# Messages from a shard after its outcomes: the job is finished, or it failed as a whole.
_DONE = "done"
# Seconds a closing shard gets to finish its in-flight requests before it is terminated.
_STOP_WAIT = 5.0


class ShardPool:
    """Worker processes that each run an HttpFetcher over their share of the hosts.

    Started on first use and kept for the fetcher's lifetime (connections and robots.txt
    caches persist between batches). Not for concurrent use: the caller serialises calls.
    """

    def __init__(self, settings: FetchSettings, processes: int, factory: FetcherFactory) -> None:
        self.settings = settings
        self.processes = processes
        self.factory = factory
        self._shards: list[_Shard] = []

    def fetch_many(
        self, reqs: list[FetchRequest], host_of: Callable[[str], str]
    ) -> Iterator[FetchOutcome]:
        """Fetch reqs across the shards, yielding outcomes as they complete (any shard order)."""
        shards = self._ready_shards()
        jobs: list[list[FetchRequest]] = [[] for _ in shards]
        hosts: list[set[str]] = [set() for _ in shards]
        for req in reqs:
            host = host_of(req.url)
            i = shard_of(host, len(shards))
            jobs[i].append(req)
            hosts[i].add(host)
        per_host = self.settings.per_host_concurrency
        demand = [min(len(job), len(h) * per_host) for job, h in zip(jobs, hosts, strict=True)]
        limits = share_limit(self.settings.global_concurrency, demand, [len(j) for j in jobs])
        busy: dict[Connection, _Shard] = {}
        try:
            for shard, job, limit in zip(shards, jobs, limits, strict=True):
                if job and shard.send_job(job, limit):
                    busy[shard.conn] = shard
                elif job:  # the process is gone: every request still gets its outcome
                    yield from _lost(job, "fetch shard process not running")
            while busy:
                for ready in wait(list(busy)):
                    conn = cast(Connection, ready)
                    shard = busy[conn]
                    message = shard.receive()
                    if isinstance(message, FetchOutcome):
                        shard.answered(message.url)
                        yield message
                        continue
                    del busy[conn]
                    if message != _DONE:  # died, or failed as a whole: nothing is lost
                        shard.broken = True
                        yield from _lost(shard.unanswered(), str(message))
        finally:
            # Left early (the caller stopped, or an error): a shard still busy would answer
            # into the next call, so it is stopped now and replaced when next needed.
            for shard in busy.values():
                shard.broken = True
            for shard in shards:
                if shard.broken:
                    shard.stop(terminate=True)

    def close(self) -> None:
        """Ask every shard to finish and exit; terminate those that do not."""
        shards, self._shards = self._shards, []
        for shard in shards:
            if not shard.broken:  # broken ones were stopped already
                shard.stop()

    def _ready_shards(self) -> list[_Shard]:
        """The shard processes, starting any missing or broken one (lazily, on use)."""
        # Each shard can run the whole global limit; each call's job says how much it may use.
        settings = replace(self.settings, processes=1)
        while len(self._shards) < self.processes:
            self._shards.append(_Shard(settings, self.factory))
        self._shards = [_Shard(settings, self.factory) if s.broken else s for s in self._shards]
        return self._shards


def share_limit(limit: int, demand: list[int], work: list[int]) -> list[int]:
    """Split a global limit between shards: each with work gets one slot, the rest by workload.

    No shard gets more than its demand (its hosts × the per-host limit, at most its URL count);
    the caller ensures limit >= the number of shards.

    >>> share_limit(32, [18, 14], [1125, 875]), share_limit(32, [100, 20], [100, 5000])
    ([18, 14], [12, 20])
    >>> share_limit(4, [10, 10, 0], [50, 50, 0])
    [2, 2, 0]
    """
    shares = [1 if d else 0 for d in demand]
    while True:
        spare = limit - sum(shares)
        open_ = [i for i, d in enumerate(demand) if shares[i] < d]
        if spare <= 0 or not open_:
            return shares
        total = sum(work[i] for i in open_) or 1
        for i in sorted(open_, key=lambda i: -work[i]):
            grant = min(demand[i] - shares[i], max(1, spare * work[i] // total))
            shares[i] += min(grant, limit - sum(shares))


def shard_of(host: str, shards: int) -> int:
    """The shard that owns host: stable across runs and processes (unlike hash())."""
    return zlib.crc32(host.encode("utf-8", "surrogatepass")) % shards


class _Shard:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, settings: FetchSettings, factory: FetcherFactory) -> None:
        self.settings = settings
        self._pending: dict[str, list[FetchRequest]] = {}  # sent, not yet answered, by URL
        self.broken = False  # died, failed or abandoned mid-job: replaced before next use
        context = worker_context()  # the run's forkserver: fetch modules already imported
        self.conn, child = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=_shard_main,
            args=(child, settings, factory, os.getpid()),
            name="wirecopy-fetch-shard",
            daemon=True,
        )
        self.process.start()
        child.close()

    def send_job(self, job: list[FetchRequest], limit: int) -> bool:
        """Hand the shard its requests and concurrency; False when the process is gone."""
        try:
            self.conn.send((limit, job))
        except (OSError, ValueError):
            self.broken = True
            return False
        for req in job:
            self._pending.setdefault(req.url, []).append(req)
        return True

    def answered(self, url: str) -> None:
        """Count one outcome for url as received."""
        waiting = self._pending[url]
        waiting.pop()
        if not waiting:
            del self._pending[url]

    def unanswered(self) -> list[FetchRequest]:
        """The requests of the current job without an outcome yet (and forget them)."""
        reqs = [req for waiting in self._pending.values() for req in waiting]
        self._pending.clear()
        return reqs

    def receive(self) -> FetchOutcome | str:
        """The next outcome, _DONE, or an error message (EOF: the process died)."""
        try:
            message: FetchOutcome | str = self.conn.recv()
        except (EOFError, OSError) as exc:
            code = self.process.exitcode
            return f"fetch shard process died (exit code {code}): {type(exc).__name__}"
        return message

    def stop(self, *, terminate: bool = False) -> None:
        """Let the process exit (EOF on its pipe), or terminate it; always reap it."""
        self.conn.close()
        if terminate:
            self.process.terminate()
        self.process.join(_STOP_WAIT)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(_STOP_WAIT)


def _lost(reqs: list[FetchRequest], why: str) -> Iterator[FetchOutcome]:
    """Retryable error outcomes for requests a shard could not answer."""
    logger.warning("%d fetches lost to a shard failure, retried next run: %s", len(reqs), why)
    now, started = datetime.now(UTC), time.monotonic()
    error = FetchError(why, code="InternalError", retryable=True)
    for req in reqs:
        yield build_outcome(req, Trace(), now, started, error=error)


def _shard_main(
    conn: Connection, settings: FetchSettings, factory: FetcherFactory, parent_pid: int
) -> None:
    """Shard process: fetch each job that arrives, stream outcomes back; exit on EOF."""
    with factory(settings) as fetcher:
        while True:
            try:
                limit, job = conn.recv()
            except (EOFError, OSError):  # the parent closed the pipe or died
                return
            try:
                for outcome in fetcher.fetch_many(job, limit=limit):
                    conn.send(outcome)
                conn.send(_DONE)
            except (BrokenPipeError, EOFError):
                return
            except Exception as exc:  # a bug: report it so the parent can account for the job
                logger.exception("fetch shard failed (pid %d, parent %d)", os.getpid(), parent_pid)
                try:
                    conn.send(f"fetch shard failed: {type(exc).__name__}: {exc}")
                except OSError:
                    return
