"""Parse: each input's time budget (tasks/budget.py) turns a page built to be slow into a reject."""

from __future__ import annotations

import hashlib
import os
import signal
import threading
import time
from pathlib import Path

import duckdb
import pytest

from wirecopy.flows.pipeline import run_ingest
from wirecopy.schemas.records import RawDocument, StageResult
from wirecopy.tasks import budget
from wirecopy.tasks.lanes import INLINE_MAX, Lanes
from wirecopy.tasks.parse import parse_batch

STORY = "The council approved the new harbour budget on Monday after a long debate. " * 6


def _slow_page(cards: int = 5000) -> bytes:
    """Thousands of teaser cards deep in nested divs: ~0.5 s to extract (dev pages: ~15 ms)."""
    teasers = "".join(
        f'<div><h3><a href="/s/{i}">Teaser headline number {i}</a></h3><p>Teaser {i}.</p></div>'
        for i in range(cards)
    )
    nest = 40
    return (
        f"<html><head><title>Cards</title></head><body>{'<div>' * nest}{teasers}"
        f"{'</div>' * nest}<article><h1>Cards</h1><p>{STORY}</p></article></body></html>"
    ).encode()


def _raw(uri: str, data: bytes) -> RawDocument:
    return RawDocument(uri, data, hashlib.sha256(data).hexdigest(), len(data))


def test_parse_a_page_over_its_budget_is_a_reject_and_the_batch_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(budget, "PARSE_SECONDS", 0.05)
    handler_before = signal.getsignal(signal.SIGALRM)
    result = parse_batch(
        [_raw("slow.html", _slow_page()), _raw("story.txt", f"Harbour\n\n{STORY}".encode())]
    )
    assert [r.source_uri for r in result.rejects] == ["slow.html"]
    reject = result.rejects[0]
    assert (reject.stage, reject.reason) == ("parse", "too slow to parse")
    assert "0.05 s" in reject.detail
    assert [d.source_uri for d in result.items] == ["story.txt"]
    # The budget is taken down: the handler before it is back, nothing fires later.
    assert signal.getsignal(signal.SIGALRM) is handler_before
    assert budget._armed is False


def test_parse_within_the_budget_keeps_the_page() -> None:
    result = parse_batch([_raw("slow.html", _slow_page(cards=500))])
    assert result.rejects == []
    assert [d.source_uri for d in result.items] == ["slow.html"]


def parse_on_a_short_budget(documents: list[RawDocument]) -> StageResult:
    """parse_batch with a 0.05 s budget, in whatever process runs it (a worker lane here)."""
    budget.PARSE_SECONDS = 0.05
    return parse_batch(documents)


def test_a_worker_lane_rejects_a_page_over_its_budget_and_cleans_the_rest() -> None:
    stories = [
        _raw(f"mem://{i:03d}", f"Headline {i}\n\n{STORY}".encode()) for i in range(INLINE_MAX + 5)
    ]
    lanes = Lanes(2, parse=parse_on_a_short_budget)
    try:
        done = lanes.clean(
            lanes.parse([*stories[:3], _raw("slow.html", _slow_page()), *stories[3:]])
        )
        result = done.result()
    finally:
        lanes.close()
    assert result.worker_pid != os.getpid()  # parsed in a worker process's main thread
    assert [(r.source_uri, r.reason) for r in result.rejects] == [
        ("slow.html", "too slow to parse")
    ]
    assert len(result.articles) == len(stories)


def test_time_budget_puts_back_a_timer_that_was_running() -> None:
    """pytest-timeout's timer (or a caller's) runs on after the budget, less the time spent."""
    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    left_before = signal.setitimer(signal.ITIMER_REAL, 5.0)
    try:
        with budget.time_budget(1.0):
            time.sleep(0.01)
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 3.0 < left < 5.0
        # An outer timer due first is left alone: it fires inside the block, no OverBudget.
        signal.setitimer(signal.ITIMER_REAL, 0.02)
        with budget.time_budget(1.0):
            time.sleep(0.2)
        assert fired == [signal.SIGALRM]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if left_before[0]:
            signal.setitimer(signal.ITIMER_REAL, *left_before)


class _SlowFinalizer:
    """Python discards an exception raised while a __del__ runs: the alarm's OverBudget too."""

    def __del__(self) -> None:
        end = time.monotonic() + 0.1
        while time.monotonic() < end:
            pass


def test_time_budget_holds_when_its_first_alarm_lands_in_a_finalizer() -> None:
    # Without the repeated alarm the block sleeps to its end and nothing is raised.
    with pytest.raises(budget.OverBudget), budget.time_budget(0.05):
        finalizer = _SlowFinalizer()
        del finalizer  # the first alarm is lost inside __del__; the next one stops the block
        time.sleep(2.0)


def test_time_budget_leaves_no_handler_or_timer_behind_however_short() -> None:
    handler_before = signal.getsignal(signal.SIGALRM)
    raised = 0
    for i in range(3000):
        try:
            with budget.time_budget(1e-6 * (1 + i % 50)):  # due while it is being set up or down
                pass
        except budget.OverBudget:
            raised += 1
        assert signal.getsignal(signal.SIGALRM) is handler_before
        assert budget._armed is False
    assert signal.getitimer(signal.ITIMER_REAL)[0] > 0  # pytest-timeout's timer runs on
    assert raised > 0  # some were due inside the block: the test reached the racy path


def test_time_budget_outside_the_main_thread_does_nothing() -> None:
    """SIGALRM timers belong to the main thread: elsewhere the block runs without a budget."""
    outcome: list[str] = []

    def run() -> None:
        try:
            with budget.time_budget(0.01):
                time.sleep(0.05)
            outcome.append("ran")
        except BaseException as exc:  # what the test would otherwise lose in the thread
            outcome.append(type(exc).__name__)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert outcome == ["ran"]


def test_ingest_rejects_a_page_over_its_budget_and_loads_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(budget, "PARSE_SECONDS", 0.05)
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "slow.html").write_bytes(_slow_page())
    (inputs / "story.txt").write_text(f"Harbour budget\n\n{STORY}", encoding="utf-8")
    db = tmp_path / "wirecopy.duckdb"
    summary = run_ingest([str(inputs)], str(db), max_reject_ratio=1.0)
    assert (summary.counts.new, summary.counts.rejected) == (1, 1)
    con = duckdb.connect(str(db), read_only=True)
    try:
        rejects = con.execute("SELECT source_uri, stage, reason FROM rejects").fetchall()
        titles = con.execute("SELECT title FROM articles").fetchall()
    finally:
        con.close()
    assert [(Path(u).name, s, r) for u, s, r in rejects] == [
        ("slow.html", "parse", "too slow to parse")
    ]
    assert titles == [("Harbour budget",)]
