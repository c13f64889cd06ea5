"""Fetch shards: HttpFetcher.fetch_many spread over worker processes, each owning some hosts.

One process's threads share one GIL: once responses come back faster than ~0.5 ms each (a
night of 304s from nearby servers), fetching is CPU-bound on a single core. Shards add cores.
Each host belongs to exactly one shard (a stable hash of its name), so the per-host limit,
the host's keep-alive connections and its robots.txt cache all stay in one process. The global
limit is divided between the shards on every call, in proportion to the hosts each one serves.
"""

from __future__ import annotations

import logging
import os
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import cast

from tasks.http_errors import FetchError
from tasks.http_models import FetchOutcome, FetchRequest, FetchSettings, Trace, build_outcome
from tasks.processes import worker_context

logger = logging.getLogger(__name__)

# Messages from a shard after its outcomes: the job is finished, or it failed as a whole.
_DONE = "done"
# Seconds a closing shard gets to finish its in-flight requests before it is terminated.
_STOP_WAIT = 5.0


class ShardPool:
    """Worker processes that each run an HttpFetcher over their share of the hosts.

    Started on first use and kept for the fetcher's lifetime (connections and robots.txt
    caches persist between batches). Not for concurrent use: the caller serialises calls.
    """

    def __init__(self, settings: FetchSettings, processes: int) -> None:
        self.settings = settings
        self.processes = processes
        self._shards: list[_Shard] = []

    def fetch_many(
        self, reqs: list[FetchRequest], host_of: Callable[[str], str]
    ) -> Iterator[FetchOutcome]:
        """Fetch reqs across the shards, yielding outcomes as they complete (any shard order)."""
        if not self._shards:
            self._start()
        jobs: list[list[FetchRequest]] = [[] for _ in self._shards]
        hosts: list[set[str]] = [set() for _ in self._shards]
        for req in reqs:
            host = host_of(req.url)
            i = shard_of(host, len(self._shards))
            jobs[i].append(req)
            hosts[i].add(host)
        per_host = self.settings.per_host_concurrency
        demand = [min(len(job), len(h) * per_host) for job, h in zip(jobs, hosts, strict=True)]
        limits = share_limit(self.settings.global_concurrency, demand)
        busy: dict[Connection, _Shard] = {}
        for shard, job, limit in zip(self._shards, jobs, limits, strict=True):
            if job and shard.send_job(job, limit):
                busy[shard.conn] = shard
            elif job:  # the process is gone: every request still gets its outcome
                yield from _lost(job, "fetch shard process not running")
        finished = False
        try:
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
                        yield from _lost(shard.unanswered(), str(message))
                        shard.restart_needed = True
            finished = True
        finally:
            if not finished:
                # The caller stopped early: shards still busy would answer into the next call.
                for shard in busy.values():
                    shard.restart_needed = True
            self._restart_broken()

    def close(self) -> None:
        """Ask every shard to finish and exit; terminate those that do not."""
        shards, self._shards = self._shards, []
        for shard in shards:
            shard.stop()

    def _start(self) -> None:
        """Start one process per shard, splitting the global limit between them."""
        # Each shard can run the whole global limit; each call's job says how much it may use.
        settings = replace(self.settings, processes=1)
        self._shards = [_Shard(settings) for _ in range(self.processes)]

    def _restart_broken(self) -> None:
        """Replace shards that died or were abandoned mid-job (their state is unknown)."""
        for i, shard in enumerate(self._shards):
            if shard.restart_needed:
                shard.stop(terminate=True)
                self._shards[i] = _Shard(shard.settings)


def share_limit(limit: int, demand: list[int]) -> list[int]:
    """Split a global limit in proportion to each shard's demand (its hosts × per-host limit).

    >>> share_limit(32, [18, 14]), share_limit(32, [40, 8]), share_limit(4, [10, 10, 0])
    ([18, 14], [27, 5], [2, 2, 0])
    """
    total = sum(demand)
    if total <= limit:
        return demand
    shares = [max(1, limit * d // total) if d else 0 for d in demand]
    # Hand out what rounding left over, largest unmet demand first.
    spare = limit - sum(shares)
    for i in sorted(range(len(demand)), key=lambda i: shares[i] - demand[i])[: max(0, spare)]:
        shares[i] += 1
    return shares


def shard_of(host: str, shards: int) -> int:
    """The shard that owns host: stable across runs and processes (unlike hash())."""
    return zlib.crc32(host.encode("utf-8", "surrogatepass")) % shards


class _Shard:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, settings: FetchSettings) -> None:
        self.settings = settings
        self._pending: dict[str, list[FetchRequest]] = {}  # sent, not yet answered, by URL
        self.restart_needed = False
        context = worker_context()  # the run's forkserver: fetch modules already imported
        self.conn, child = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=_shard_main,
            args=(child, settings, os.getpid()),
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
            self.restart_needed = True
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


def _shard_main(conn: Connection, settings: FetchSettings, parent_pid: int) -> None:
    """Shard process: fetch each job that arrives, stream outcomes back; exit on EOF."""
    from tasks.http_fetch import HttpFetcher  # here: the parent module imports this one

    with HttpFetcher(settings) as fetcher:
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
