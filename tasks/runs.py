"""Run bookkeeping: the `runs` row, the quality gate, the published snapshot and the report.

`open_run` brackets a run's batches: it records the start, and on the way out decides the
outcome (quality gate), publishes the snapshot readers open, writes the outcome once and hands
the report on. The batch path itself is in flows/pipeline.py.
"""

from __future__ import annotations

import contextlib
import re
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from wirecopy.schemas.records import LoadCounts
from wirecopy.tasks.checks import CheckResult, CheckRun, checks_gate, run_checks
from wirecopy.tasks.cleaning.rules import RULES_VERSION
from wirecopy.tasks.errors import DiskFullError, disk_full
from wirecopy.tasks.report import RunReport, build_report, quality_gate
from wirecopy.tasks.store import Store


class NoInputError(Exception):
    """None of the sources matched any input: a systemic failure."""


class QualityGateError(Exception):
    """The run completed its loads but failed the quality gate; the run is marked failed."""

    def __init__(self, message: str, summary: RunSummary) -> None:
        super().__init__(message)
        self.summary = summary


@dataclass(slots=True)
class RunSummary:
    """What a run did: counts, timings and where the data went."""

    run_id: str
    db: str
    mode: str
    counts: LoadCounts = field(default_factory=LoadCounts)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0
    status: str = "running"
    error: str | None = None
    snapshot: str | None = None
    report: RunReport | None = None
    # Warnings of a run that still completes, e.g. "no input for 2026-11-29: wire/2026-11-29".
    missing: list[str] = field(default_factory=list)
    checks: list[CheckResult] = field(default_factory=list)
    # Inputs cleaned again at the end of the run: their source was first seen in it, and the
    # run's own documents gave it the counts that boilerplate by repetition needs.
    settled: int = 0

    def as_dict(self) -> dict[str, Any]:
        """JSON-friendly form (the flow's return value)."""
        return asdict(self)


_DATE_TEMPLATE = re.compile(r"\{date(?::(?P<fmt>[^{}]*))?\}")


def fill_date_template(source: str, day: date) -> str:
    """Fill `{date:%Y/%m/%d}` (or `{date}`, ISO) in a source with the run's logical date.

    >>> fill_date_template("wire/{date:%Y-%m-%d}/", date(2026, 11, 20))
    'wire/2026-11-20/'
    """
    return _DATE_TEMPLATE.sub(lambda m: day.strftime(m["fmt"] or "%Y-%m-%d"), source)


@contextmanager
def timed(seconds: dict[str, float], stage: str) -> Iterator[None]:
    """Add the time spent in the block to `seconds[stage]`."""
    start = time.perf_counter()
    try:
        yield
    finally:
        seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - start


# The stages that end a run: publish the snapshot (given the run's counts, so that a run that
# changed no article can publish cheaply; returns the snapshot's path) and hand on the report.
Publish = Callable[[Store, LoadCounts], Path]
Report = Callable[[RunReport], None]


@dataclass(frozen=True, slots=True)
class RunOptions:
    """How a run ends: the quality gate's threshold, and whether and how it publishes."""

    max_reject_ratio: float
    publish: Publish | None  # None: no snapshot (--no-publish)
    report: Report | None = None
    # A dated source without input for the day fails the run (else it is a warning).
    require_input: bool = False


@contextmanager
def open_run(
    db: str,
    params: dict[str, Any],
    day: date,
    run_id: str | None,
    mode: str,
    options: RunOptions,
) -> Iterator[tuple[Store, RunSummary]]:
    """Open the store and record the run; on exit: data checks, quality gate, snapshot, runs row
    and report."""
    started = time.perf_counter()
    store = Store.open(db)
    summary = RunSummary(run_id=run_id or uuid.uuid4().hex, db=str(store.path), mode=mode)
    try:
        store.begin_run(summary.run_id, {**params, "db": str(store.path)}, day, RULES_VERSION)
    except Exception as exc:
        store.close()
        _raise_if_disk_full(exc, summary)
        raise
    try:
        yield store, summary
        checked = CheckRun(summary.run_id, day, summary.counts.new, str(params.get("command")))
        summary.checks = run_checks(store.con, checked)
        gates = [quality_gate(summary.counts, options.max_reject_ratio)]
        gates.append(checks_gate(summary.checks))
        if options.require_input and summary.missing:
            gates.append("; ".join(summary.missing) + " (--require-input)")
        summary.error = "; ".join(g for g in gates if g) or None
        summary.status = "failed" if summary.error else "completed"
    except BaseException as exc:
        summary.status, summary.error = "failed", f"{type(exc).__name__}: {exc}"
        _raise_if_disk_full(exc, summary)
        raise
    finally:
        _end(store, summary, options, started)
    if summary.error:
        raise QualityGateError(f"quality gate: {summary.error}", summary)


def _raise_if_disk_full(exc: BaseException, summary: RunSummary) -> None:
    """A full disk anywhere below (DuckDB, the raw store, the snapshot) as one DiskFullError."""
    full = disk_full(exc)
    if full is not None:
        summary.status, summary.error = "failed", f"disk full: {full}"
        raise DiskFullError(f"run {summary.run_id} failed: {summary.error}") from exc


def _end(store: Store, summary: RunSummary, options: RunOptions, started: float) -> None:
    """_finish, then close the store; a full disk on the way is a DiskFullError.

    When the run is already failing for a full disk, its error stands: a second one while
    recording it is expected.
    """
    failing = summary.status == "failed" and (summary.error or "").startswith("disk full")
    try:
        try:
            _finish(store, summary, options, started)
        finally:
            store.close()
    except Exception as exc:
        full = disk_full(exc)
        if full is None:
            raise
        if not failing:
            summary.status, summary.error = "failed", f"disk full: {full}"
        _record_failure(store.path, summary.run_id, summary.error or "")
        if not failing:
            raise DiskFullError(f"run {summary.run_id} failed: {summary.error}") from exc


def _record_failure(db: Path, run_id: str, error: str) -> None:
    """Mark the run failed through a new connection, as well as the disk allows.

    A checkpoint that runs out of space invalidates the open database ("must be restarted"),
    and the outcome written before publishing said 'completed'. With no space at all this
    fails too; the run then stays as recorded (a run left 'running' becomes 'aborted').
    """
    with contextlib.suppress(duckdb.Error):
        con = duckdb.connect(str(db))
        try:
            con.execute(
                "UPDATE runs SET status = 'failed', error = ? WHERE run_id = ?", [error, run_id]
            )
        finally:
            con.close()


def _finish(store: Store, summary: RunSummary, options: RunOptions, started: float) -> None:
    """Record the outcome once, publish a completed run, then report it.

    The outcome is written before publishing so that the snapshot carries this run as
    completed; a publish that fails turns the run failed (with the reason) and stops it.
    """
    seconds = summary.stage_seconds
    summary.seconds = time.perf_counter() - started
    store.finish_run(
        summary.run_id, summary.status, summary.counts, seconds, summary.error, summary.missing
    )
    if options.publish is not None and summary.status == "completed":
        try:
            with timed(seconds, "publish"):
                summary.snapshot = str(options.publish(store, summary.counts))
        except Exception as exc:
            summary.status, summary.error = "failed", f"publishing the snapshot failed: {exc}"
            store.fail_run(summary.run_id, summary.error)
            raise
        store.record_seconds(summary.run_id, seconds)  # the publish time, in the live file
    summary.report = build_report(
        summary.run_id,
        summary.status,
        summary.counts,
        seconds,
        store.top_rejects(summary.run_id),
        summary.error,
        warnings=summary.missing,
        checks=summary.checks,
    )
    if options.report is not None:
        options.report(summary.report)
