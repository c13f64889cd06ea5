"""Per-host minimum interval between request starts (robots.txt Crawl-delay)."""

from __future__ import annotations

import threading
import time

from wirecopy.tasks.http.errors import DeadlineExceededError


class HostPacer:
    """Hands out start times at least `interval` apart per host; thread-safe.

    Each request reserves the next free start time and sleeps until then, so concurrent
    requests to one host queue up in reservation order instead of racing.
    """

    def __init__(self) -> None:
        self._next: dict[str, float] = {}  # host -> earliest start of its next request
        self._lock = threading.Lock()

    def wait(self, host: str, interval: float, deadline: float, since: float = 0.0) -> None:
        """Sleep until host may be contacted again; `since` is an earlier request's start.

        Raises DeadlineExceededError at once (without sleeping) when the turn comes too late.
        """
        if interval <= 0:
            return
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(host, since + interval))
            if start >= deadline:
                raise DeadlineExceededError(f"Crawl-delay {interval:g}s: {host}'s turn is too late")
            self._next[host] = start + interval
        if start > now:
            time.sleep(start - now)
