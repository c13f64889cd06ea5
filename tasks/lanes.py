"""Worker lanes: each batch is parsed and cleaned by the same worker process.

Parse and clean are separate stages (a task run each under Prefect), but shipping a batch's
parsed documents back to the main process and out again cost ~11 % more worker time (measured:
pickling 1,500 parsed documents, 0.17 s out and 0.13 s in, against 2.7 s of parse + clean). So
each worker process is a *lane* (a one-process executor, jobs in order): a batch's parse job
leaves its parsed documents in that worker's memory and its clean job, on the same lane, takes
them. Raw bytes go in, articles come out. A batch of CHUNK_MIN × 2 documents or more is split
across the lanes so every core works on it; a small first batch is parsed in this process, so a
run of a few files never starts a worker.

A lost worker (the OOM killer, a crash in a C extension) fails the jobs queued on its lane. Its
chunk is then parsed and cleaned again, in one job, on a fresh worker; if that worker dies too,
the chunk is split in halves until the documents that kill a worker are found, and each is
rejected (stage "transform", reason "worker died"). Nothing else in the run is lost.
"""

from __future__ import annotations

import itertools
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from wirecopy.schemas.records import RawDocument, Reject
from wirecopy.tasks.clean import clean_batch
from wirecopy.tasks.parse import parse_batch
from wirecopy.tasks.processes import worker_context
from wirecopy.tasks.stories.sketch import Sketches
from wirecopy.tasks.workers import (
    CleanedBatch,
    CleanFn,
    Pages,
    ParsedBatch,
    ParseFn,
    Part,
    clean_held,
    clean_here,
    parse_and_hold,
    parse_here,
    transform_here,
    worker_init,
)

T = TypeVar("T")

# A first batch up to this size is parsed in the main process (~0.1 s of work).
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


def merge_cleaned(parts: list[CleanedBatch]) -> CleanedBatch:
    """One batch's result from its chunks' results, in chunk order; stage seconds summed."""
    seconds: dict[str, float] = {}
    for part in parts:
        for stage, spent in part.seconds.items():
            seconds[stage] = seconds.get(stage, 0.0) + spent
    return CleanedBatch(
        articles=[a for part in parts for a in part.articles],
        rejects=[r for part in parts for r in part.rejects],
        seconds=seconds,
        worker_pid=parts[0].worker_pid if parts else os.getpid(),
        sketches=Sketches.concat(part.sketches for part in parts),
    )


class ParseJob:
    """A batch's parse in progress: where each chunk went (known at once) and its result."""

    def __init__(self, parts: list[Part], futures: list[Future[Part] | None]) -> None:
        self.parts = parts
        self._futures = futures

    def result(self) -> ParsedBatch:
        """Wait for the parse; a chunk whose worker died is marked lost (clean redoes it)."""
        for part, future in zip(self.parts, self._futures, strict=True):
            if future is None:
                continue
            try:
                done = future.result()
            except BrokenProcessPool:
                part.lost = True
                continue
            part.items = done.items if part.items is None else part.items
            part.rejects, part.origin_urls, part.seconds = (
                done.rejects,
                done.origin_urls,
                done.seconds,
            )
        return ParsedBatch(self.parts)


class _Lane:
    """One worker process with its own job queue (jobs run in order).

    `generation` counts the worker processes the lane has had: documents held by a worker of an
    older generation are gone with it.
    """

    def __init__(self) -> None:
        self.generation = 0
        self.pending = 0
        self.since = 0.0  # when its running job started (its first, or the one before ended)
        self._executor: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def submit(self, fn: Callable[..., T], *args: Any) -> tuple[Future[T], int]:
        """Queue a job; returns its future and the generation of the worker that runs it."""
        with self._lock:
            for _ in range(2):
                if self._executor is None:
                    self._executor = ProcessPoolExecutor(
                        max_workers=1,
                        mp_context=worker_context(),
                        initializer=worker_init,
                        initargs=(os.getpid(),),
                    )
                try:
                    return self._executor.submit(fn, *args), self.generation
                except BrokenProcessPool:  # died since its last job: start a new worker
                    self._drop()
            raise BrokenProcessPool("a new worker process died before it took a job")

    def replace(self, generation: int) -> None:
        """Drop a lane's dead worker (once per death, whoever notices first)."""
        with self._lock:
            if generation == self.generation:
                self._drop()

    def _drop(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
        self.generation += 1

    def close(self) -> None:
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


class Lanes:
    """The run's parse/clean workers: `parse` a batch, then `clean` it on the same worker.

    `parse` and `clean` are the stage functions the workers run (module-level functions, so
    that they pickle by reference): tasks/parse.py and tasks/clean.py unless a test says.
    """

    def __init__(
        self, workers: int, parse: ParseFn = parse_batch, clean: CleanFn = clean_batch
    ) -> None:
        self.workers = workers
        self._parse, self._clean = parse, clean
        self._lanes = [_Lane() for _ in range(max(workers, 1))]
        self._keys = itertools.count(1)
        self._lock = threading.Lock()
        self._submitted = 0
        self._salvager: ThreadPoolExecutor | None = None

    def parse(self, documents: list[RawDocument], *, hold: bool = True) -> ParseJob:
        """Start parsing a batch; `hold=False` sends the parsed documents back (origin pages)."""
        if documents:  # batches of unchanged inputs cost nothing: they never start workers
            self._submitted += 1
        small_first = self._submitted <= 1 and len(documents) <= INLINE_MAX
        if self.workers <= 1 or small_first or not documents:
            return ParseJob(parse_here(documents, self._parse).parts, [None])
        parts: list[Part] = []
        futures: list[Future[Part] | None] = []
        for chunk in split_batch(documents, self.workers):
            index = self._least_busy()
            key = next(self._keys)
            future, generation = self._lanes[index].submit(
                parse_and_hold, key, chunk, hold, self._parse
            )
            parts.append(Part(chunk, lane=index, generation=generation, key=key))
            futures.append(self._track(self._lanes[index], future))
        return ParseJob(parts, futures)

    def clean(
        self, parsed: ParsedBatch | ParseJob, pages: Pages | None = None
    ) -> Future[CleanedBatch]:
        """Clean a parsed batch where its documents are; lost chunks are parsed again."""
        chunks = [self._clean_part(part, pages) for part in parsed.parts]
        return _gather(chunks)

    def close(self) -> None:
        """Stop the worker processes."""
        for lane in self._lanes:
            lane.close()
        if self._salvager is not None:
            self._salvager.shutdown(wait=True, cancel_futures=True)
            self._salvager = None

    # -- internals ----------------------------------------------------------------------------

    def _clean_part(self, part: Part, pages: Pages | None) -> Future[CleanedBatch]:
        if part.items is not None:  # parsed here (or sent back): clean here
            done: Future[CleanedBatch] = Future()
            done.set_result(clean_here(ParsedBatch([part]), pages, self._clean))
            return done
        assert part.lane is not None
        lane = self._lanes[part.lane]
        if part.lost or lane.generation != part.generation:
            return self._salvage_later(part, pages)
        job, _ = lane.submit(clean_held, part.key, pages, self._clean)
        result: Future[CleanedBatch] = Future()

        def on_done(future: Future[CleanedBatch | None]) -> None:
            if future.cancelled():
                result.cancel()
                return
            error = future.exception()
            cleaned = None if error is not None else future.result()
            if cleaned is not None:
                result.set_result(cleaned)
            elif error is not None and not isinstance(error, BrokenProcessPool):
                result.set_exception(error)  # a bug, not a lost worker: the run stops
            else:
                if error is not None:
                    lane.replace(part.generation)
                salvaged = self._salvage_later(part, pages)
                salvaged.add_done_callback(lambda s: _copy_outcome(s, result))

        self._track(lane, job).add_done_callback(on_done)
        return result

    def _salvage_later(self, part: Part, pages: Pages | None) -> Future[CleanedBatch]:
        """Parse and clean a chunk again on a fresh worker, off the caller's thread."""
        with self._lock:
            if self._salvager is None:
                self._salvager = ThreadPoolExecutor(1, thread_name_prefix="wirecopy-salvage")
            salvager = self._salvager
        if part.lane is not None and part.lost:
            self._lanes[part.lane].replace(part.generation)
        return salvager.submit(self._salvage, part.documents, pages, True)

    def _salvage(
        self, documents: list[RawDocument], pages: Pages | None, retry: bool
    ) -> CleanedBatch:
        """transform_here in a worker; a chunk that kills it again is halved to the culprits."""
        lane = self._lanes[self._least_busy()]
        generation = lane.generation
        try:
            future, generation = lane.submit(
                transform_here, documents, pages, self._parse, self._clean
            )
            return self._track(lane, future).result()
        except BrokenProcessPool as exc:
            lane.replace(generation)
            if retry:
                return self._salvage(documents, pages, False)
            if len(documents) == 1:
                detail = f"the parse/clean worker process died on this input ({exc})"
                # Retried next run: a worker killed for memory may survive a quieter night.
                reject = Reject(
                    documents[0].source_uri, "transform", "worker died", detail, retryable=True
                )
                return CleanedBatch(rejects=[reject], worker_pid=os.getpid())
            middle = len(documents) // 2
            return merge_cleaned(
                [
                    self._salvage(documents[:middle], pages, False),
                    self._salvage(documents[middle:], pages, False),
                ]
            )

    def _least_busy(self) -> int:
        """The lane with the fewest unfinished jobs; of lanes with as many, the one whose
        running job started first: it is the furthest through its queue (by job count alone
        the tie went to the first lane, and a run's last batch waited there while the other
        lane idled)."""
        with self._lock:
            return min(
                range(len(self._lanes)),
                key=lambda i: (self._lanes[i].pending, self._lanes[i].since),
            )

    def _track(self, lane: _Lane, future: Future[T]) -> Future[T]:
        with self._lock:
            if not lane.pending:
                lane.since = time.monotonic()
            lane.pending += 1

        def done(_: Future[T]) -> None:
            with self._lock:
                lane.pending -= 1
                lane.since = time.monotonic()  # its next job, if any, starts now

        future.add_done_callback(done)
        return future


def _copy_outcome(source: Future[T], target: Future[T]) -> None:
    if source.cancelled():
        target.cancel()
    elif (error := source.exception()) is not None:
        target.set_exception(error)
    else:
        target.set_result(source.result())


def _gather(chunks: list[Future[CleanedBatch]]) -> Future[CleanedBatch]:
    """A future for the merged result of chunk futures (the first failure fails it)."""
    if len(chunks) == 1:
        return chunks[0]
    merged: Future[CleanedBatch] = Future()
    remaining = [len(chunks)]
    lock = threading.Lock()

    def on_done(chunk: Future[CleanedBatch]) -> None:
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
                    merged.set_result(merge_cleaned([c.result() for c in chunks]))

    for chunk in chunks:
        chunk.add_done_callback(on_done)
    return merged
