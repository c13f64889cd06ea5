"""Per-host fair scheduling onto a shared thread pool (used by HttpFetcher.fetch_many)."""

from __future__ import annotations

import queue
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future
from typing import TypeVar

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

    Work is submitted only when its host has a free slot, so a slow host holds at most
    `per_host` workers and the others keep serving the remaining hosts. Hosts are served
    round-robin in order of first appearance. Stopping the iterator cancels unstarted work.

    >>> from concurrent.futures import ThreadPoolExecutor
    >>> with ThreadPoolExecutor(4) as pool:
    ...     sorted(map_per_host(pool, len, ["a", "bb", "cc"], lambda s: s[0], limit=4, per_host=1))
    [1, 2, 2]
    """
    source = iter(items)
    exhausted = False
    queued: dict[str, deque[T]] = {}
    rotation: deque[str] = deque()  # hosts with queued work
    in_flight: dict[str, int] = {}
    running: dict[Future[R], str] = {}
    # Finished futures arrive here via done-callbacks: O(1) per completion, where
    # concurrent.futures.wait() would re-register on every running future each time.
    finished: queue.SimpleQueue[Future[R]] = queue.SimpleQueue()
    n_queued = 0
    try:
        while True:
            while len(running) < limit:
                host = _next_host(rotation, in_flight, per_host)
                if host is None:
                    # Every queued host is busy: read further ahead, unless the buffer is full.
                    if exhausted or n_queued >= max_queued:
                        break
                    try:
                        item = next(source)
                    except StopIteration:
                        exhausted = True
                        continue
                    k = key(item)
                    if k not in queued:
                        queued[k] = deque()
                        rotation.append(k)
                    queued[k].append(item)
                    n_queued += 1
                    continue
                item = queued[host].popleft()
                n_queued -= 1
                if not queued[host]:
                    del queued[host]
                    rotation.remove(host)
                in_flight[host] = in_flight.get(host, 0) + 1
                future = executor.submit(fn, item)
                running[future] = host
                future.add_done_callback(finished.put)
            if not running:
                return
            future = finished.get()
            in_flight[running.pop(future)] -= 1
            yield future.result()
    finally:
        for future in running:
            future.cancel()


def _next_host(rotation: deque[str], in_flight: dict[str, int], per_host: int) -> str | None:
    """The next queued host (round-robin) with a free slot, or None."""
    for _ in range(len(rotation)):
        host = rotation[0]
        rotation.rotate(-1)
        if in_flight.get(host, 0) < per_host:
            return host
    return None
