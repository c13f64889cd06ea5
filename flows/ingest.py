"""The ingest flow: fetch → parse → clean → load, one batch at a time.

The wiring is written once (`ingest`) and runs with either set of stage callables: the Prefect
tasks (`ingest_flow`, orchestrated, visible in the Prefect UI) or the plain functions
(`run_local`, in-process, no Prefect server needed).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from prefect import flow
from prefect.runtime import flow_run

from flows.settings import DEFAULT_DB
from schemas.records import Reject, SourceRef
from tasks.clean import clean_batch, clean_task
from tasks.fetch import discover, fetch_task, read_batch
from tasks.load import LoadCounts, Store, load_batch, load_task, plan_load
from tasks.parse import parse_batch, parse_task
from tasks.rules import RULES_VERSION


class NoInputError(Exception):
    """None of the sources matched any input: a systemic failure."""


@dataclass(frozen=True, slots=True)
class Stages:
    """The stage callables the wiring uses: plain functions or their Prefect tasks."""

    fetch: Callable[..., Any]
    parse: Callable[..., Any]
    clean: Callable[..., Any]
    load: Callable[..., Any]


PLAIN = Stages(fetch=read_batch, parse=parse_batch, clean=clean_batch, load=load_batch)
PREFECT = Stages(fetch=fetch_task, parse=parse_task, clean=clean_task, load=load_task)


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

    def as_dict(self) -> dict[str, Any]:
        """JSON-friendly form (the flow's return value)."""
        return asdict(self)


def _batches(
    items: Iterable[SourceRef | Reject], size: int
) -> Iterator[tuple[list[SourceRef], list[Reject]]]:
    refs: list[SourceRef] = []
    rejects: list[Reject] = []
    for item in items:
        (rejects if isinstance(item, Reject) else refs).append(item)  # type: ignore[arg-type]
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


def ingest(
    sources: list[str],
    db: str = DEFAULT_DB,
    *,
    batch_size: int = 200,
    logical_date: date | None = None,
    run_id: str | None = None,
    stages: Stages = PLAIN,
    mode: str = "local",
) -> RunSummary:
    """Run the pipeline over the sources into the database, batch by batch."""
    started = time.perf_counter()
    store = Store.open(db)
    summary = RunSummary(run_id=run_id or uuid.uuid4().hex, db=str(store.path), mode=mode)
    params = {"sources": sources, "db": str(store.path), "batch_size": batch_size, "mode": mode}
    day = logical_date or datetime.now(UTC).date()
    store.begin_run(summary.run_id, params, day, RULES_VERSION)
    seconds = summary.stage_seconds
    found = 0
    try:
        db_files = (str(store.path), f"{store.path}.wal")
        for refs, missing in _batches(discover(sources, exclude=db_files), batch_size):
            found += len(refs)
            known = store.known_sources([r.uri for r in refs])
            with _timed(seconds, "fetch"):
                read = stages.fetch(refs, known)
            with _timed(seconds, "parse"):
                parsed = stages.parse(read.documents)
            with _timed(seconds, "clean"):
                cleaned = stages.clean(parsed.items)
            rejects = missing + read.rejects + parsed.rejects + cleaned.rejects
            batch = plan_load(read.touches, read.documents, cleaned.items, rejects)
            with _timed(seconds, "load"):
                summary.counts.add(stages.load(store, summary.run_id, batch))
        if found == 0:
            raise NoInputError(f"no input matched: {' '.join(sources) or '(no sources given)'}")
        summary.status = "completed"
    except BaseException:
        summary.status = "failed"
        raise
    finally:
        summary.seconds = time.perf_counter() - started
        store.finish_run(summary.run_id, summary.status, summary.counts, seconds)
        store.close()
    return summary


@flow(name="wirecopy-ingest", log_prints=True)
def ingest_flow(
    sources: list[str],
    db: str = DEFAULT_DB,
    batch_size: int = 200,
    logical_date: date | None = None,
) -> dict[str, Any]:
    """Prefect flow: the same wiring with each stage as a Prefect task (one per batch)."""
    run_id = str(flow_run.get_id() or uuid.uuid4().hex)
    summary = ingest(
        sources,
        db,
        batch_size=batch_size,
        logical_date=logical_date,
        run_id=run_id,
        stages=PREFECT,
        mode="prefect",
    )
    return summary.as_dict()
