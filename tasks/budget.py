"""A time budget for one document's parse: a page built to be slow costs its budget and a reject.

Reads are bounded (tasks/fetch.py MAX_FILE_BYTES), but a page under that size can still send an
extractor's passes into minutes (200 nested `<div>`s around 65,000 teaser cards took 66 s in
trafilatura's link-density pass). The budget is a SIGALRM timer, so it can stop pure Python
and the C calls between which Python runs: it works where parse runs in a process's main
thread (the worker lanes, a local run's own process) and does nothing in other threads.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

# Seconds one input may take to parse. A dev page takes ~15 ms and a 10 MB page a few seconds;
# a page that needs more is hostile or broken.
PARSE_SECONDS = 30.0

# Whether this process's budget timer is running: the handler raises only then, so an alarm
# that lands while the budget is being taken down does nothing.
_armed = False
# After the budget runs out the alarm repeats this often until the block has stopped: one
# OverBudget raised inside a __del__ or a garbage-collector callback is discarded by Python.
_REPEAT_SECONDS = 0.05


class OverBudget(BaseException):  # a signal, like KeyboardInterrupt
    """The document's time budget ran out.

    A BaseException so the extractor's own `except Exception` nets cannot swallow it.
    """


def _over_budget(signum: int, frame: FrameType | None) -> None:
    if _armed:
        raise OverBudget


def _can_time() -> bool:
    """SIGALRM timers exist (not on Windows) and only the main thread may set them."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise OverBudget inside the block once `seconds` have passed (main thread only).

    A timer already running (pytest-timeout's, a caller's) is kept: when it is due first the
    budget stands aside; otherwise it is set again, less the time spent, when the block ends.
    One budget at a time: inside another, a budget does nothing.
    """
    global _armed
    previous = signal.getsignal(signal.SIGALRM) if _can_time() else None
    outer_left, outer_interval = signal.getitimer(signal.ITIMER_REAL) if _can_time() else (0, 0)
    # `previous` None: a handler set outside Python, which could not be put back.
    if previous is None or seconds <= 0 or _armed or (outer_left and outer_left <= seconds):
        yield
        return
    start = time.monotonic()
    signal.signal(signal.SIGALRM, _over_budget)  # in place but not armed: it does nothing yet
    try:
        _armed = True
        signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT_SECONDS)
        yield
    finally:
        # Inline, not in a function: a function's entry is where a due alarm is handled.
        while True:
            try:
                _armed = False  # from here on an alarm does nothing
                break
            except OverBudget:
                continue
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_left:
            left = max(outer_left - (time.monotonic() - start), 0.001)
            signal.setitimer(signal.ITIMER_REAL, left, outer_interval)
