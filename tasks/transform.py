"""Parse → clean for one batch in a worker process: the CPU-bound, pure part of the pipeline.

A batch crosses the process boundary once (raw bytes in, articles and rejects out), so both
cores work while the main process fetches and loads. Worker processes come from a forkserver
that has already imported the parsers: a fork of a process holding DuckDB and Prefect threads
is not safe, and spawning each worker would re-import everything (~1 s each).
"""

from __future__ import annotations

import os
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from wirecopy.schemas.records import Article, RawDocument, Reject
from wirecopy.tasks.clean import clean_batch
from wirecopy.tasks.orchestration import task
from wirecopy.tasks.parse import parse_batch
from wirecopy.tasks.processes import worker_context


@dataclass(slots=True)
class Transformed:
    """One batch after parse and clean: articles, rejects, and the seconds each stage took."""

    articles: list[Article] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    worker_pid: int = 0  # the process that did the work (main, pool worker or Dask worker)


def transform_batch(documents: list[RawDocument]) -> Transformed:
    """Parse then clean one batch (pure; safe to run in any process)."""
    start = time.perf_counter()
    parsed = parse_batch(documents)
    middle = time.perf_counter()
    cleaned = clean_batch(parsed.items)
    end = time.perf_counter()
    return Transformed(
        articles=cleaned.items,
        rejects=parsed.rejects + cleaned.rejects,
        seconds={"parse": middle - start, "clean": end - middle},
        worker_pid=os.getpid(),
    )


# A first batch up to this size runs in the main process (~0.1 s of parsing).
INLINE_MAX = 50
# A batch is split across the workers in chunks of at least this many documents, so a large
# batch (1,000 under Prefect) keeps every core busy, also at the start and end of a run.
# Smaller batches (200 in-process) already keep them busy by being several in flight.
CHUNK_MIN = 250


def split_batch(documents: list[RawDocument], workers: int) -> list[list[RawDocument]]:
    """Up to `workers` contiguous chunks of at least CHUNK_MIN documents (input order kept).

    >>> [len(c) for c in split_batch(list(range(1000)), 2)], len(split_batch(list(range(400)), 2))
    ([500, 500], 1)
    >>> split_batch([], 2)
    [[]]
    """
    parts = min(workers, len(documents) // CHUNK_MIN)
    if parts < 2:
        return [documents]
    size = -(-len(documents) // parts)
    return [documents[i : i + size] for i in range(0, len(documents), size)]


def merge_transformed(parts: list[Transformed]) -> Transformed:
    """One batch's result from its chunks' results, in chunk order; stage seconds summed."""
    seconds: dict[str, float] = {}
    for part in parts:
        for stage, spent in part.seconds.items():
            seconds[stage] = seconds.get(stage, 0.0) + spent
    return Transformed(
        articles=[a for part in parts for a in part.articles],
        rejects=[r for part in parts for r in part.rejects],
        seconds=seconds,
        worker_pid=parts[0].worker_pid,
    )


def _gather(chunks: list[Future[Transformed]]) -> Future[Transformed]:
    """A future for the merged result of chunk futures (the first failure fails it)."""
    merged: Future[Transformed] = Future()
    remaining = [len(chunks)]
    lock = threading.Lock()

    def on_done(chunk: Future[Transformed]) -> None:
        with lock:
            if merged.done():
                return
            if chunk.cancelled():  # the pool shut down: whoever waits must not hang
                merged.cancel()
            elif (error := chunk.exception()) is not None:
                merged.set_exception(error)
            else:
                remaining[0] -= 1
                if remaining[0] == 0:
                    merged.set_result(merge_transformed([c.result() for c in chunks]))

    for chunk in chunks:
        chunk.add_done_callback(on_done)
    return merged


class TransformPool:
    """Runs transform_batch in worker processes, started on first use (small runs stay inline)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._submitted = 0

    def submit(self, documents: list[RawDocument]) -> Future[Transformed]:
        """Queue one batch; a small first batch (and every batch with one worker) runs here.

        Starting the workers costs up to a second, so a small run never pays it; a large first
        batch goes to the workers at once, or one core would idle while it runs here.
        """
        if documents:  # batches of unchanged inputs cost nothing: they never start workers
            self._submitted += 1
        small_first = self._submitted <= 1 and len(documents) <= INLINE_MAX
        if self.workers <= 1 or small_first or not documents:
            done: Future[Transformed] = Future()
            done.set_result(transform_batch(documents))
            return done
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=worker_context(),
                initializer=_exit_with_parent,
                initargs=(os.getpid(),),
            )
        chunks = split_batch(documents, self.workers)
        if len(chunks) == 1:
            return self._pool.submit(transform_batch, documents)
        return _gather([self._pool.submit(transform_batch, chunk) for chunk in chunks])

    def close(self) -> None:
        """Stop the worker processes."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


# How often a worker checks that the run that started it is still alive.
_PARENT_CHECK_SECONDS = 1.0


def _exit_with_parent(parent_pid: int) -> None:
    """Worker start-up: exit when the run's process dies (e.g. killed), instead of lingering.

    A pool worker holds both ends of its task queue, so it never sees EOF when the run dies;
    without this, a killed run would leave its workers (and their forkserver) behind.
    """

    def watch() -> None:
        while True:
            time.sleep(_PARENT_CHECK_SECONDS)
            try:
                os.kill(parent_pid, 0)
            except ProcessLookupError:
                os._exit(1)

    threading.Thread(target=watch, name="wirecopy-parent-watch", daemon=True).start()


def submit_transform(documents: list[RawDocument], pool: TransformPool) -> Future[Transformed]:
    """Queue one batch for parse → clean; `.result()` gives the Transformed batch."""
    return pool.submit(documents)


@task(name="transform")
def transform_task(documents: list[RawDocument], pool: TransformPool) -> Transformed:
    """Prefect wrapper: parse and clean one batch in a worker process."""
    return pool.submit(documents).result()
