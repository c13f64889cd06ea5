"""The pipeline wiring: fetch → parse → clean → load, one batch at a time.

Written once and run with either set of stage callables: the plain functions (`PLAIN`, in
process, no Prefect import at all) or their Prefect tasks (`flows/ingest.py`, orchestrated).
"""

from __future__ import annotations

import os
import re
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from wirecopy.flows.settings import BATCH_SIZE, DEFAULT_DB, Settings
from wirecopy.schemas.records import ReadResult, Reject, SourceRef, SourceState
from wirecopy.tasks.clean import clean_batch
from wirecopy.tasks.fetch import (
    discover,
    fetch_origins,
    origin_urls,
    read_batch,
    replay_batch,
    replay_origins,
)
from wirecopy.tasks.http.fetcher import FetchSettings, HttpFetcher, allow_hosts_from_env
from wirecopy.tasks.load import LoadBatch, LoadCounts, Store, load_batch, plan_load
from wirecopy.tasks.parse import parse_batch
from wirecopy.tasks.publish import publish_snapshot, snapshot_path
from wirecopy.tasks.report import (
    DEFAULT_MAX_REJECT_RATIO,
    RunReport,
    build_report,
    quality_gate,
)
from wirecopy.tasks.rules import RULES_VERSION
from wirecopy.tasks.transform import Transformed, TransformPool, submit_transform


class NoInputError(Exception):
    """None of the sources matched any input: a systemic failure."""


class QualityGateError(Exception):
    """The run completed its loads but failed the quality gate; the run is marked failed."""

    def __init__(self, message: str, summary: RunSummary) -> None:
        super().__init__(message)
        self.summary = summary


@dataclass(frozen=True, slots=True)
class Stages:
    """The stage callables the wiring uses: plain functions or their Prefect tasks."""

    fetch: Callable[..., Any]
    fetch_origins: Callable[..., Any]
    replay: Callable[..., Any]
    replay_origins: Callable[..., Any]
    parse: Callable[..., Any]
    clean: Callable[..., Any]
    load: Callable[..., Any]
    transform: Callable[..., Any]
    publish: Callable[..., Any]
    report: Callable[..., Any] | None = None


PLAIN = Stages(
    fetch=read_batch,
    fetch_origins=fetch_origins,
    replay=replay_batch,
    replay_origins=replay_origins,
    parse=parse_batch,
    clean=clean_batch,
    transform=submit_transform,
    load=load_batch,
    publish=publish_snapshot,
)


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

    def as_dict(self) -> dict[str, Any]:
        """JSON-friendly form (the flow's return value)."""
        return asdict(self)


_DATE_TEMPLATE = re.compile(r"\{date(?::(?P<fmt>[^{}]*))?\}")


def default_workers() -> int:
    """Worker processes for parse → clean: one per core."""
    return os.cpu_count() or 1


def fill_date_template(source: str, day: date) -> str:
    """Fill `{date:%Y/%m/%d}` (or `{date}`, ISO) in a source with the run's logical date.

    >>> fill_date_template("wire/{date:%Y-%m-%d}/", date(2026, 11, 20))
    'wire/2026-11-20/'
    """
    return _DATE_TEMPLATE.sub(lambda m: day.strftime(m["fmt"] or "%Y-%m-%d"), source)


def _batches(
    items: Iterable[SourceRef | Reject], size: int
) -> Iterator[tuple[list[SourceRef], list[Reject]]]:
    refs: list[SourceRef] = []
    rejects: list[Reject] = []
    for item in items:
        if isinstance(item, Reject):
            rejects.append(item)
        else:
            refs.append(item)
        if len(refs) + len(rejects) >= size:
            yield refs, rejects
            refs, rejects = [], []
    if refs or rejects:
        yield refs, rejects


@contextmanager
def _timed(seconds: dict[str, float], stage: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - start


@dataclass(slots=True)
class _Run:
    """One open run: the store, the summary being filled and the stage callables."""

    store: Store
    summary: RunSummary
    stages: Stages
    readers: Readers
    pool: TransformPool = field(default_factory=lambda: TransformPool(1))


@dataclass(frozen=True, slots=True)
class Readers:
    """Where a run's bytes come from: live (files, HTTP) or the raw store (reprocess)."""

    read: Callable[[list[SourceRef], dict[str, SourceState]], ReadResult]
    origins: Callable[[list[str], dict[str, SourceState]], ReadResult] | None
    force: bool = False


def _process_batch(run: _Run, refs: list[SourceRef], missing: list[Reject]) -> None:
    """One batch, in order: fetch → parse → (origin pages) → clean → load."""
    store, stages, seconds = run.store, run.stages, run.summary.stage_seconds
    known = store.known_sources([r.uri for r in refs])
    with _timed(seconds, "fetch"):
        read = run.readers.read(refs, known)
    with _timed(seconds, "parse"):
        parsed = stages.parse(read.documents)
    origins, pages = None, None
    if run.readers.origins is not None and (urls := origin_urls(parsed.items)):
        with _timed(seconds, "fetch"):
            origins = run.readers.origins(urls, store.known_sources(urls))
        with _timed(seconds, "parse"):
            pages = stages.parse(origins.documents)
    with _timed(seconds, "clean"):
        cleaned = stages.clean(
            parsed.items, {p.source_uri: p for p in pages.items} if pages else None
        )
    rejects = missing + read.rejects + parsed.rejects + cleaned.rejects
    _load(run, plan_load(read, cleaned.items, rejects, origins))


def _process_pipelined(run: _Run, batches: Iterable[tuple[list[SourceRef], list[Reject]]]) -> int:
    """Batches overlapped: fetch here, parse → clean in worker processes, load here in order.

    Returns the number of inputs found. Loads stay in input order, one transaction per batch.
    """
    store, stages, seconds = run.store, run.stages, run.summary.stage_seconds
    window: deque[tuple[ReadResult, list[Reject], Any]] = deque()
    found = 0
    for refs, missing in batches:
        found += len(refs)
        known = store.known_sources([r.uri for r in refs])
        with _timed(seconds, "fetch"):
            read = run.readers.read(refs, known)
        window.append((read, missing, stages.transform(read.documents, run.pool)))
        # One batch per worker in flight plus one queued keeps both cores busy while loading.
        while len(window) > run.pool.workers:
            _finish(run, *window.popleft())
    while window:
        _finish(run, *window.popleft())
    return found


def _finish(run: _Run, read: ReadResult, missing: list[Reject], pending: Any) -> None:
    with _timed(run.summary.stage_seconds, "wait"):
        done: Transformed = pending.result()
    for stage, spent in done.seconds.items():
        run.summary.stage_seconds[stage] = run.summary.stage_seconds.get(stage, 0.0) + spent
    _load(run, plan_load(read, done.articles, missing + read.rejects + done.rejects))


def _load(run: _Run, batch: LoadBatch) -> None:
    with _timed(run.summary.stage_seconds, "load"):
        counts = run.stages.load(run.store, run.summary.run_id, batch, run.readers.force)
    run.summary.counts.add(counts)


@contextmanager
def _open_run(
    db: str,
    params: dict[str, Any],
    day: date,
    run_id: str | None,
    stages: Stages,
    mode: str,
    max_reject_ratio: float,
    publish: bool,
) -> Iterator[tuple[Store, RunSummary]]:
    """Open the store and record the run; on exit: quality gate, snapshot, report, close."""
    started = time.perf_counter()
    store = Store.open(db)
    summary = RunSummary(run_id=run_id or uuid.uuid4().hex, db=str(store.path), mode=mode)
    seconds = summary.stage_seconds
    store.begin_run(summary.run_id, {**params, "db": str(store.path)}, day, RULES_VERSION)
    try:
        yield store, summary
        summary.error = quality_gate(summary.counts, max_reject_ratio)
        summary.status = "failed" if summary.error else "completed"
    except BaseException as exc:
        summary.status, summary.error = "failed", f"{type(exc).__name__}: {exc}"
        raise
    finally:
        summary.seconds = time.perf_counter() - started
        store.finish_run(summary.run_id, summary.status, summary.counts, seconds, summary.error)
        try:
            snapshot = snapshot_path(store.path)
            c = summary.counts
            # A night that changed nothing does not copy the database again (1 s per 10k
            # articles); its runs row reaches the snapshot with the next publish.
            changed = c.new + c.updated + c.rejected > 0 or not snapshot.exists()
            if publish and summary.status == "completed" and not changed:
                summary.snapshot = str(snapshot)
            elif publish and summary.status == "completed":
                with _timed(seconds, "publish"):
                    summary.snapshot = str(stages.publish(store.con, store.path))
                store.finish_run(
                    summary.run_id, summary.status, summary.counts, seconds, summary.error
                )
            summary.report = build_report(
                store, summary.run_id, summary.status, summary.counts, seconds, summary.error
            )
            if stages.report is not None:
                stages.report(summary.report)
        finally:
            store.close()
    if summary.error:
        raise QualityGateError(f"quality gate: {summary.error}", summary)


def ingest(
    sources: list[str],
    db: str = DEFAULT_DB,
    *,
    batch_size: int = BATCH_SIZE,
    logical_date: date | None = None,
    run_id: str | None = None,
    stages: Stages = PLAIN,
    mode: str = "local",
    max_reject_ratio: float = DEFAULT_MAX_REJECT_RATIO,
    publish: bool = True,
    fetch_origin: bool = False,
    allow_hosts: list[str] | None = None,
    fetch_settings: FetchSettings | None = None,
    workers: int = 1,
) -> RunSummary:
    """Run the pipeline over the sources into the database, batch by batch.

    fetch → parse → clean → load per batch; then the quality gate, the published snapshot and
    the run report. Raises NoInputError / StoreError (systemic) or QualityGateError.
    """
    day = logical_date or datetime.now(UTC).date()
    filled = [fill_date_template(s, day) for s in sources]
    params = {
        "command": "ingest",
        "sources": sources,
        "batch_size": batch_size,
        "mode": mode,
        "max_reject_ratio": max_reject_ratio,
        "fetch_origin": fetch_origin,
    }
    allowed = allow_hosts_from_env() | frozenset(allow_hosts or ())
    settings = fetch_settings or FetchSettings(processes=Settings().fetch_processes)
    settings = replace(settings, allow_hosts=settings.allow_hosts | allowed)
    with (
        HttpFetcher(settings) as fetcher,
        _open_run(db, params, day, run_id, stages, mode, max_reject_ratio, publish) as (
            store,
            summary,
        ),
    ):
        readers = Readers(
            read=lambda refs, known: stages.fetch(refs, known, fetcher, store.raw),
            origins=(
                (lambda urls, known: stages.fetch_origins(urls, known, fetcher, store.raw))
                if fetch_origin
                else None
            ),
        )
        run = _Run(store, summary, stages, readers, TransformPool(workers))
        snapshot = snapshot_path(store.path)
        db_files = (str(store.path), f"{store.path}.wal", str(snapshot), f"{snapshot}.wal")
        inputs = discover(filled, exclude=db_files, exclude_dirs=[str(store.raw.root)])
        batches = _batches(inputs, batch_size)
        try:
            if fetch_origin:  # origin pages are fetched between parse and clean: stay in order
                found = 0
                for refs, missing in batches:
                    found += len(refs)
                    _process_batch(run, refs, missing)
            else:
                found = _process_pipelined(run, batches)
        finally:
            run.pool.close()
        if found == 0:
            raise NoInputError(f"no input matched: {' '.join(filled) or '(no sources given)'}")
    return summary


def reprocess(
    db: str = DEFAULT_DB,
    *,
    since: date | None = None,
    batch_size: int = BATCH_SIZE,
    run_id: str | None = None,
    stages: Stages = PLAIN,
    mode: str = "local",
    max_reject_ratio: float = DEFAULT_MAX_REJECT_RATIO,
    publish: bool = True,
) -> RunSummary:
    """Rebuild articles and their child rows from the raw landing zone with the current rules.

    Reads no file and touches no network: every input's last bytes come from the raw store.
    """
    day = datetime.now(UTC).date()
    params = {"command": "reprocess", "since": since, "batch_size": batch_size, "mode": mode}
    with _open_run(db, params, day, run_id, stages, mode, max_reject_ratio, publish) as (
        store,
        summary,
    ):
        readers = Readers(
            read=lambda refs, known: stages.replay(refs, known, store.raw),
            origins=lambda urls, known: stages.replay_origins(urls, known, store.raw),
            force=True,
        )
        run = _Run(store, summary, stages, readers)
        for refs in store.replayable_sources(since, batch_size):
            _process_batch(run, refs, [])
    return summary
