"""Per-host fair scheduling onto a shared thread pool (used by HttpFetcher.fetch_many)."""

from __future__ import annotations

import queue
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Look-ahead into the input, so a long run of one host cannot starve the hosts behind it
# (~10k small request objects is a few MB).
MAX_QUEUED = 10_000


def map_per_host(
    executor: Executor,
    fn: Callable[[T], R],
    items: Iterable[T],
    key: Callable[[T], str],
    *,
    limit: int,
    per_host: int,
    max_queued: int = MAX_QUEUED,
) -> Iterator[R]:
    """Run fn over items with at most `limit` running and `per_host` per key; yield as completed.

    A worker takes an item only when its host has a free slot, so a slow host holds at most
    `per_host` workers and the others keep serving the remaining hosts. Hosts are served
    round-robin in order of first appearance. The input is read on the caller's thread only.
    Stopping the iterator lets running calls finish and starts no more; an exception from fn
    is raised here. Workers hold their executor threads for the whole call, so concurrent
    calls on one executor take turns rather than share it.

    >>> from concurrent.futures import ThreadPoolExecutor
    >>> with ThreadPoolExecutor(4) as pool:
    ...     sorted(map_per_host(pool, len, ["a", "bb", "cc"], lambda s: s[0], limit=4, per_host=1))
    [1, 2, 2]
    """
    board: _Board[T] = _Board(key, per_host)
    # One message per finished call, then one None per worker that has stopped.
    results: queue.SimpleQueue[tuple[bool, R | BaseException] | None] = queue.SimpleQueue()
    source = iter(items)

    def work() -> None:
        """Take, run, report; a finished call's slot goes straight to this worker's next take."""
        held: str | None = None
        try:
            while (taken := board.take(held)) is not None:
                item, held = taken
                try:
                    results.put((True, fn(item)))
                except BaseException as exc:  # handed to the caller, which stops the run
                    results.put((False, exc))
        finally:
            results.put(None)

    try:
        exhausted = board.fill(source, max_queued)
        workers = min(limit, board.queued) if exhausted else limit
        for _ in range(workers):
            # A worker cancelled before it started (the executor shut down) must still count
            # as stopped, or the loop below would wait for it forever.
            executor.submit(work).add_done_callback(
                lambda f: results.put(None) if f.cancelled() else None
            )
        while workers:
            message = results.get()
            if message is None:
                workers -= 1
                continue
            if not exhausted:
                exhausted = board.fill(source, max_queued)
            ok, value = message
            if not ok:
                assert isinstance(value, BaseException)
                raise value
            yield value  # type: ignore[misc]  # ok is True: value is an R
    finally:
        board.stop()


class _Board(Generic[T]):
    """Queued items per host and slots in use, shared by the workers under one lock.

    A worker hands back its host slot in the same call that takes its next item, so in a busy
    run no thread has to wake another: the only hand-off per item is the result to the caller.
    """

    def __init__(self, key: Callable[[T], str], per_host: int) -> None:
        self._key, self._per_host = key, per_host
        self._cond = threading.Condition()
        self._queued: dict[str, deque[T]] = {}
        self._rotation: deque[str] = deque()  # hosts with queued work, round-robin
        self._in_flight: dict[str, int] = {}
        self.queued = 0
        self._closed = False  # input exhausted: idle workers may stop
        self._stopped = False  # caller gone: no new work at all

    def fill(self, source: Iterator[T], max_queued: int) -> bool:
        """Read source (caller's thread) until max_queued items wait; True once it is exhausted."""
        added: list[tuple[str, T]] = []
        exhausted = False
        while self.queued + len(added) < max_queued:
            try:
                item = next(source)
            except StopIteration:
                exhausted = True
                break
            added.append((self._key(item), item))
        with self._cond:
            for host, item in added:
                if host not in self._queued:
                    self._queued[host] = deque()
                    self._rotation.append(host)
                self._queued[host].append(item)
            self.queued += len(added)
            self._closed = exhausted
            if exhausted:
                self._cond.notify_all()
            elif added:
                self._cond.notify(len(added))
        return exhausted

    def take(self, done: str | None) -> tuple[T, str] | None:
        """Free host `done`'s slot; then the next runnable item and its host, or None to stop."""
        with self._cond:
            if done is not None:
                self._in_flight[done] -= 1
            while not self._stopped:
                host = self._next_host()
                if host is not None:
                    item = self._queued[host].popleft()
                    self.queued -= 1
                    if not self._queued[host]:
                        del self._queued[host]
                        self._rotation.remove(host)
                    self._in_flight[host] = self._in_flight.get(host, 0) + 1
                    return item, host
                if self._closed and not self.queued:
                    break
                self._cond.wait()
            self._cond.notify_all()  # let the other idle workers see the end too
            return None

    def stop(self) -> None:
        """Start nothing more; workers finish their current call and leave."""
        with self._cond:
            self._stopped = True
            self._cond.notify_all()

    def _next_host(self) -> str | None:
        """The next queued host (round-robin) with a free slot, or None."""
        for _ in range(len(self._rotation)):
            host = self._rotation[0]
            self._rotation.rotate(-1)
            if self._in_flight.get(host, 0) < self._per_host:
                return host
        return None
