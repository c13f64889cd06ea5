"""The pipeline wiring: fetch → parse → clean → load, batch by batch.

One batch path (`run_batches`) runs with either set of stages: the plain stage functions in this
process (`LocalStages`, no Prefect import at all) or their Prefect tasks
(flows/prefect_flows.py), so a run reads the same in both and the Prefect UI shows every stage of
every batch as a task run. Parse and clean run in worker processes while the main process
fetches the next batches; loads happen in input order, one transaction per batch.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Protocol, TypeVar

from wirecopy.flows.progress import QuietProgress
from wirecopy.flows.settings import BATCH_SIZE
from wirecopy.schemas.records import (
    LoadCounts,
    RawDocument,
    ReadResult,
    Reject,
    SourceRef,
    SourceState,
)
from wirecopy.tasks.fetch import LiveReader, Reader, ReplayReader, discover
from wirecopy.tasks.http.fetcher import FetchSettings, HttpFetcher
from wirecopy.tasks.lanes import Lanes, ParseJob
from wirecopy.tasks.line_stats import RunClean
from wirecopy.tasks.load import LoadBatch, load_batch, plan_load
from wirecopy.tasks.processes import start_worker_server
from wirecopy.tasks.publish import publish_run, snapshot_path
from wirecopy.tasks.report import DEFAULT_MAX_REJECT_RATIO
from wirecopy.tasks.runs import (
    NoInputError,
    Publish,
    QualityGateError,
    Report,
    RunOptions,
    RunSummary,
    fill_date_template,
    open_run,
    timed,
)
from wirecopy.tasks.store import Store
from wirecopy.tasks.stories import STORY_WINDOW_DAYS
from wirecopy.tasks.stories.step import prepare_stories
from wirecopy.tasks.workers import CleanedBatch, Pages, ParsedBatch

__all__ = [
    "LOCAL_ENDING",
    "Ending",
    "LocalStages",
    "NoInputError",
    "Progress",
    "QualityGateError",
    "RunResources",
    "RunSummary",
    "Stages",
    "run_batches",
    "run_ingest",
    "run_reprocess",
]

T_co = TypeVar("T_co", covariant=True)


class Pending(Protocol[T_co]):
    """A stage result that may still be computing (a Future, a Prefect future, or done)."""

    def result(self) -> T_co:
        """Wait for it."""
        ...


class Stages(Protocol):
    """The stage calls of one run, bound to its store, reader and workers; `number` is the batch."""

    def fetch(
        self, refs: list[SourceRef], known: dict[str, SourceState], number: int
    ) -> ReadResult:
        """Read the batch's inputs (skipping unchanged ones)."""
        ...

    def fetch_origins(
        self, urls: list[str], known: dict[str, SourceState], number: int
    ) -> ReadResult:
        """Fetch the pages at the batch's origin URLs."""
        ...

    def parse(
        self, documents: list[RawDocument], number: int, *, hold: bool = True
    ) -> Pending[ParsedBatch]:
        """Parse the batch (`hold`: its parsed documents may stay in the worker for clean)."""
        ...

    def clean(
        self, parsed: Pending[ParsedBatch], pages: Pages | None, number: int
    ) -> Pending[CleanedBatch]:
        """Clean the parsed batch (merging origin pages, if any)."""
        ...

    def load(self, batch: LoadBatch, number: int) -> LoadCounts:
        """Write the batch in one transaction."""
        ...


class Progress(Protocol):
    """Told about a run's progress, batch by batch (flows/progress.py: a bar, lines, logs)."""

    def start(self, total: int | None, what: str) -> None:
        """A run of `total` inputs begins (`what`: ingest, reprocess)."""
        ...

    def batch_loaded(self, number: int, inputs: int, counts: LoadCounts) -> None:
        """A batch of `inputs` inputs was loaded; `counts` are the run's totals so far."""
        ...

    def stop(self) -> None:
        """The run ended (well or not)."""
        ...


@dataclass(frozen=True, slots=True)
class RunResources:
    """What one run's stages work with: the store, where bytes come from, the workers."""

    store: Store
    reader: Reader
    lanes: Lanes | None  # None: parse and clean run inside their tasks (a Dask cluster)
    run_id: str
    # The clean stage with the run's evidence (the source line counts as of its start).
    clean: RunClean = field(default_factory=RunClean.without_counts)


class StageFactory(Protocol):
    """Builds the stages of a run over its resources (local functions or Prefect tasks)."""

    def __call__(self, run: RunResources) -> Stages: ...


class LocalStages:
    """The plain stage functions: fetch and load here, parse and clean in the worker lanes."""

    def __init__(self, run: RunResources) -> None:
        self.run = run
        self.lanes = run.lanes or Lanes(1, clean=run.clean)

    def fetch(
        self, refs: list[SourceRef], known: dict[str, SourceState], number: int
    ) -> ReadResult:
        """Read the batch's inputs."""
        return self.run.reader.read(refs, known)

    def fetch_origins(
        self, urls: list[str], known: dict[str, SourceState], number: int
    ) -> ReadResult:
        """Fetch the origin pages."""
        return self.run.reader.origins(urls, known)

    def parse(self, documents: list[RawDocument], number: int, *, hold: bool = True) -> ParseJob:
        """Start parsing the batch in a worker (clean's counts are read before the first)."""
        if documents:
            self.run.clean.prepare()
        return self.lanes.parse(documents, hold=hold)

    def clean(
        self, parsed: Pending[ParsedBatch], pages: Pages | None, number: int
    ) -> Pending[CleanedBatch]:
        """Clean the batch where its parsed documents are."""
        placed = parsed if isinstance(parsed, ParseJob) else parsed.result()
        return self.lanes.clean(placed, pages)

    def load(self, batch: LoadBatch, number: int) -> LoadCounts:
        """Write the batch."""
        return load_batch(self.run.store, self.run.run_id, batch, self.run.reader.force)


@dataclass(slots=True)
class _InFlight:
    """A batch between fetch and load."""

    number: int
    read: ReadResult
    missing: list[Reject]
    cleaned: Pending[CleanedBatch]
    origins: ReadResult | None = None
    inputs: int = 0


def run_batches(
    stages: Stages,
    store: Store,
    batches: Iterable[tuple[list[SourceRef], list[Reject]]],
    summary: RunSummary,
    *,
    window: int = 1,
    origins: bool = False,
    progress: Progress = QuietProgress(),  # noqa: B008 (stateless)
) -> int:
    """fetch → parse → clean → load for every batch; returns the number of inputs found.

    Up to `window` batches are parsed and cleaned while the next one is fetched; loads stay in
    input order. With `origins`, each batch's origin pages are fetched and parsed between its
    parse and its clean (so that batch waits for its parse).
    """
    seconds = summary.stage_seconds
    in_flight: deque[_InFlight] = deque()
    found = 0
    for number, (refs, missing) in enumerate(batches, 1):
        found += len(refs)
        with timed(seconds, "fetch"):
            read = stages.fetch(refs, store.known_sources([r.uri for r in refs]), number)
        parsed = stages.parse(read.documents, number)
        origin_read, pages = (
            _origin_pages(stages, store, parsed, number) if origins else (None, None)
        )
        cleaned = stages.clean(parsed, pages, number)
        in_flight.append(_InFlight(number, read, missing, cleaned, origin_read, len(refs)))
        while len(in_flight) > window:
            _load(stages, in_flight.popleft(), summary, progress)
    while in_flight:
        _load(stages, in_flight.popleft(), summary, progress)
    for step, spent in store.seconds.items():  # steps inside the load stage (stories)
        seconds[step] = seconds.get(step, 0.0) + spent
    store.seconds.clear()
    return found


def _origin_pages(
    stages: Stages, store: Store, parsed: Pending[ParsedBatch], number: int
) -> tuple[ReadResult | None, Pages | None]:
    """The batch's origin pages, fetched and parsed (they come back to be merged by clean)."""
    urls = parsed.result().origin_urls
    if not urls:
        return None, None
    seconds: dict[str, float] = {}
    with timed(seconds, "fetch"):
        read = stages.fetch_origins(urls, store.known_sources(urls), number)
    pages = stages.parse(read.documents, number, hold=False).result()
    return read, {doc.source_uri: doc for part in pages.parts for doc in part.items or []}


def _load(stages: Stages, batch: _InFlight, summary: RunSummary, progress: Progress) -> None:
    seconds = summary.stage_seconds
    with timed(seconds, "wait"):
        done = batch.cleaned.result()
    for stage, spent in done.seconds.items():
        seconds[stage] = seconds.get(stage, 0.0) + spent
    rejects = batch.missing + batch.read.rejects + done.rejects
    with timed(seconds, "load"):
        counts = stages.load(
            plan_load(batch.read, done.articles, rejects, batch.origins, done.sketches),
            batch.number,
        )
    summary.counts.add(counts)
    progress.batch_loaded(batch.number, batch.inputs + len(batch.missing), summary.counts)


def _batches(
    items: Iterable[SourceRef | Reject], size: int
) -> Iterator[tuple[list[SourceRef], list[Reject]]]:
    """Discovered inputs in batches of `size` (a reject counts as an input)."""
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


def run_ingest(
    sources: list[str],
    db: str,
    *,
    batch_size: int = BATCH_SIZE,
    logical_date: date | None = None,
    run_id: str | None = None,
    mode: str = "local",
    max_reject_ratio: float = DEFAULT_MAX_REJECT_RATIO,
    publish: bool = True,
    fetch_origin: bool = False,
    fetch_settings: FetchSettings | None = None,
    allow_hosts: Iterable[str] | None = None,
    workers: int = 1,
    require_input: bool = False,
    stages: StageFactory = LocalStages,
    ending: Ending | None = None,
    progress: Progress | None = None,
    story_window_days: int = STORY_WINDOW_DAYS,
) -> RunSummary:
    """Run the pipeline over the sources into the database, batch by batch.

    Then the quality gate, the published snapshot and the run report (tasks/runs.py). Raises
    NoInputError / StoreError (systemic) or QualityGateError. `stages` and `ending` are the
    Prefect tasks in an orchestrated run (flows/prefect_flows.py). `allow_hosts` are added to
    the fetch settings' allow-list. A dated source (`{date:…}`) that matches nothing is no input
    for the day: a warning on a completed run, or the run fails with `require_input`.
    `story_window_days`: days of articles kept as candidates for new copies (0: all).
    """
    fetch = fetch_settings or FetchSettings()
    fetch = replace(fetch, allow_hosts=fetch.allow_hosts | frozenset(allow_hosts or ()))
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
    options = RunOptions(
        max_reject_ratio, *(ending or LOCAL_ENDING).steps(publish), require_input=require_input
    )
    dated = {fill_date_template(s, day) for s in sources if fill_date_template(s, day) != s}
    shown = progress or QuietProgress()
    if workers > 1:
        start_worker_server()  # the workers' server starts up beside the run's own start-up
    with (
        HttpFetcher(fetch) as fetcher,
        open_run(db, params, day, run_id, mode, options) as (store, summary),
    ):
        with timed(summary.stage_seconds, "stories"):
            prepare_stories(store.con, story_window_days, summary.run_id)
        clean = RunClean(store.con, day)
        lanes = Lanes(workers, clean=clean)
        run = RunResources(store, LiveReader(fetcher, store.raw), lanes, summary.run_id, clean)
        snapshot = snapshot_path(store.path)
        db_files = (str(store.path), f"{store.path}.wal", str(snapshot), f"{snapshot}.wal")
        found = discover(filled, exclude=db_files, exclude_dirs=[str(store.raw.root)])
        inputs = _missing_days(found, dated, day, summary)
        shown.start(len(inputs), "ingest")
        try:
            total = run_batches(
                stages(run),
                store,
                _batches(inputs, batch_size),
                summary,
                window=max(workers, 1),
                origins=fetch_origin,
                progress=shown,
            )
        finally:
            lanes.close()
            shown.stop()
        if total == 0 and not summary.missing:
            raise NoInputError(f"no input matched: {' '.join(filled) or '(no sources given)'}")
        if settle := clean.first_sight_inputs(summary.run_id):
            _settle(stages, store, settle, summary, day, workers, batch_size)
    return summary


def _settle(
    stages: StageFactory,
    store: Store,
    uris: list[str],
    summary: RunSummary,
    day: date,
    workers: int,
    batch_size: int,
) -> None:
    """Clean the run's inputs of first-seen sources again, with the counts the run gathered.

    A source's first run has no stored counts: each batch counts its own documents only, and
    boilerplate the run saw in every story stays. Once the run is loaded its counts are stored,
    and its articles of those sources are rebuilt from the raw store with them (as `reprocess`
    would), so that the first night loses what every later night loses. The counts of this
    pass go to a scratch summary: the run's inputs are not counted twice.
    """
    clean = RunClean(store.con, day)
    lanes = Lanes(workers, clean=clean)
    run = RunResources(store, ReplayReader(store.raw), lanes, summary.run_id, clean)
    refs = store.replayable_sources(uris=uris)
    scratch = RunSummary(summary.run_id, summary.db, summary.mode)
    try:
        batches = _replays(refs, batch_size)
        run_batches(stages(run), store, batches, scratch, window=max(workers, 1), origins=True)
    finally:
        lanes.close()
    summary.settled = len(refs)
    for stage, spent in scratch.stage_seconds.items():
        summary.stage_seconds[f"settle_{stage}"] = spent


def _replays(refs: list[SourceRef], size: int) -> Iterator[tuple[list[SourceRef], list[Reject]]]:
    """Inputs read back from the raw store, in batches of `size` (none is a reject)."""
    return ((refs[i : i + size], []) for i in range(0, len(refs), size))


def _missing_days(
    found: Iterable[SourceRef | Reject], dated: set[str], day: date, summary: RunSummary
) -> list[SourceRef | Reject]:
    """The discovered inputs; a dated source that matched nothing is noted, not rejected.

    The nightly run of a day without a folder (a holiday, a feed that starts later) is "no
    input for the day", not a failing reject ratio.
    """
    inputs: list[SourceRef | Reject] = []
    for item in found:
        # Only "nothing there": an unreadable folder of the day stays a reject.
        if (
            isinstance(item, Reject)
            and item.reason == "no input matched"
            and item.source_uri in dated
        ):
            summary.missing.append(f"no input for {day.isoformat()}: {item.source_uri}")
        else:
            inputs.append(item)
    return inputs


def run_reprocess(
    db: str,
    *,
    since: date | None = None,
    batch_size: int = BATCH_SIZE,
    run_id: str | None = None,
    mode: str = "local",
    max_reject_ratio: float = DEFAULT_MAX_REJECT_RATIO,
    publish: bool = True,
    workers: int = 1,
    stages: StageFactory = LocalStages,
    ending: Ending | None = None,
    progress: Progress | None = None,
    story_window_days: int = STORY_WINDOW_DAYS,
) -> RunSummary:
    """Rebuild articles and their child rows from the raw landing zone with the current rules.

    Reads no file and touches no network: every input's last bytes come from the raw store.
    """
    day = datetime.now(UTC).date()
    params = {"command": "reprocess", "since": since, "batch_size": batch_size, "mode": mode}
    options = RunOptions(max_reject_ratio, *(ending or LOCAL_ENDING).steps(publish))
    shown = progress or QuietProgress()
    with open_run(db, params, day, run_id, mode, options) as (store, summary):
        with timed(summary.stage_seconds, "stories"):
            prepare_stories(store.con, story_window_days, summary.run_id)
        clean = RunClean(store.con, day)
        lanes = Lanes(workers, clean=clean)
        run = RunResources(store, ReplayReader(store.raw), lanes, summary.run_id, clean)
        refs = store.replayable_sources(since)
        shown.start(len(refs), "reprocess")
        try:
            run_batches(
                stages(run),
                store,
                _replays(refs, batch_size),
                summary,
                window=max(workers, 1),
                origins=True,  # pages merged before are merged again, from the raw store
                progress=shown,
            )
        finally:
            lanes.close()
            shown.stop()
    return summary


@dataclass(frozen=True, slots=True)
class Ending:
    """The steps that end a run: publish the snapshot, hand on the report (or not at all)."""

    publish: Publish
    report: Report | None = None

    def steps(self, publish: bool) -> tuple[Publish | None, Report | None]:
        """The publish step (None with --no-publish) and the report step."""
        return (self.publish if publish else None), self.report


# In-process runs publish with the plain function and have no artifacts to report to.
LOCAL_ENDING = Ending(publish_run)
