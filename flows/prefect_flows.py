"""The Prefect flows: the batch path of flows/pipeline.py with every stage as a Prefect task.

`wirecopy-ingest` (deployed as `wirecopy-nightly` by prefect.yaml) and `wirecopy-reprocess`.
The @task wrappers are here, around the plain stage functions of tasks/: Prefect is imported
only where it is used, and an in-process run never loads it.
"""

# No `from __future__ import annotations` here: a served or deployed run loads this file by
# path and pydantic builds the flow's parameter model from its annotations, which must then be
# real objects (as strings, `date` could not be resolved: every served run failed validation).
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar, cast

from prefect import Task, flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import TaskRun
from prefect.context import FlowRunContext
from prefect.runtime import flow_run
from prefect.states import Failed, State
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from wirecopy.flows.pipeline import (
    Ending,
    Pending,
    RunResources,
    StageFactory,
    run_ingest,
    run_reprocess,
)
from wirecopy.flows.progress import LogProgress
from wirecopy.flows.settings import DEFAULT_DB, ORCHESTRATED_BATCH_SIZE, Settings, TaskRunner
from wirecopy.schemas.records import (
    LoadCounts,
    RawDocument,
    ReadResult,
    SourceRef,
    SourceState,
)
from wirecopy.tasks.checks import as_rows
from wirecopy.tasks.clean import clean_batch
from wirecopy.tasks.errors import DiskFullError, is_transient
from wirecopy.tasks.fetch import ManifestError, Reader, read_manifest
from wirecopy.tasks.http.fetcher import FetchSettings
from wirecopy.tasks.lanes import Lanes
from wirecopy.tasks.load import LoadBatch, load_batch
from wirecopy.tasks.publish import publish_run
from wirecopy.tasks.report import DEFAULT_MAX_REJECT_RATIO, RunReport, report_markdown
from wirecopy.tasks.runs import NoInputError, QualityGateError, fill_date_template
from wirecopy.tasks.store import Store, StoreError
from wirecopy.tasks.workers import (
    CleanedBatch,
    CleanFn,
    Pages,
    ParsedBatch,
    clean_here,
    parse_here,
)

__all__ = ["ingest_flow", "reprocess_flow", "with_task_runner"]

T = TypeVar("T")


def q(value: T) -> T:
    """quote(value) typed as the value: Prefect passes it through without walking it."""
    return cast(T, quote(value))


def transient_only(task: Task[Any, Any], task_run: TaskRun, state: State[Any]) -> bool:
    """Retry a task only when its failure may pass (tasks/errors.py), never a bug or a full disk."""
    return is_transient(state.data if isinstance(state.data, BaseException) else None)


def io_task(name: str, run_name: str | None = None) -> Any:
    """@task for an I/O step: retried twice (1 s, 5 s) on transient errors only.

    Parse and clean are pure, and every wirecopy task skips Prefect's result cache: batches are
    never the same twice.
    """
    return task(
        name=name,
        task_run_name=run_name,
        cache_policy=NO_CACHE,
        retries=2,
        retry_delay_seconds=[1, 5],
        retry_condition_fn=transient_only,
    )


@io_task("fetch", "fetch · batch {number}")
def fetch_task(
    reader: Reader, refs: list[SourceRef], known: dict[str, SourceState], number: int
) -> ReadResult:
    """Read or fetch one batch of inputs."""
    return reader.read(refs, known)


@io_task("fetch-origins", "fetch origins · batch {number}")
def fetch_origins_task(
    reader: Reader, urls: list[str], known: dict[str, SourceState], number: int
) -> ReadResult:
    """Fetch the origin pages of one batch."""
    return reader.origins(urls, known)


@task(name="parse", task_run_name="parse · batch {number}", cache_policy=NO_CACHE)
def parse_task(
    documents: list[RawDocument], lanes: Lanes | None, number: int, hold: bool = True
) -> ParsedBatch:
    """Parse one batch in a worker lane (or right here on a Dask worker)."""
    if lanes is None:
        return parse_here(documents)
    return lanes.parse(documents, hold=hold).result()


@task(name="clean", task_run_name="clean · batch {number}", cache_policy=NO_CACHE)
def clean_task(
    parsed: ParsedBatch,
    pages: Pages | None,
    lanes: Lanes | None,
    number: int,
    clean: CleanFn = clean_batch,
) -> CleanedBatch:
    """Clean one parsed batch where its documents are (or right here on a Dask worker, with
    the run's `clean`: clean_batch with the run's repetition evidence)."""
    if lanes is None:
        return clean_here(parsed, pages, clean)
    return lanes.clean(parsed, pages).result()


@io_task("load", "load · batch {number}")
def load_task(store: Store, run_id: str, batch: LoadBatch, force: bool, number: int) -> LoadCounts:
    """Load one batch (one transaction)."""
    counts = load_batch(store, run_id, batch, force)
    get_run_logger().info(
        "batch %d: %d inputs · %d new · %d updated · %d unchanged · %d rejected",
        number,
        counts.seen,
        counts.new,
        counts.updated,
        counts.unchanged,
        counts.rejected,
    )
    return counts


@io_task("publish")
def publish_task(store: Store, counts: LoadCounts) -> Path:
    """Publish the snapshot readers open."""
    return publish_run(store, counts)


@task(name="report", cache_policy=NO_CACHE)
def report_task(report: RunReport) -> None:
    """The run report as artifacts: tables of the counts and the data checks, and Markdown with
    the top rejects and every check."""
    row: dict[str, Any] = {"run_id": report.run_id, "status": report.status, **report.counts}
    row.update({f"{k}_s": v for k, v in report.stage_seconds.items()})
    create_table_artifact(table=[row], key="wirecopy-run-counts", description="Run counts")
    if report.checks:
        create_table_artifact(
            table=as_rows(report.checks), key="wirecopy-data-checks", description="Data checks"
        )
    create_markdown_artifact(
        markdown=report_markdown(report), key="wirecopy-run-report", description="Run report"
    )


class PrefectStages:
    """The stages as Prefect tasks: fetch and load in the flow, parse and clean submitted.

    Arguments are wrapped in `q()` so Prefect does not walk the batch data looking for
    futures to resolve (40 % of the task time at N=1,000); only the parse → clean dependency is
    a future Prefect resolves.
    """

    def __init__(self, run: RunResources) -> None:
        self.run = run

    @staticmethod
    def _q(value: T) -> T:
        """Quote a submitted task's argument (a task runner in this process unwraps it)."""
        return q(value)

    def fetch(
        self, refs: list[SourceRef], known: dict[str, SourceState], number: int
    ) -> ReadResult:
        """Task `fetch · batch n`."""
        return fetch_task(q(self.run.reader), q(refs), q(known), number)

    def fetch_origins(
        self, urls: list[str], known: dict[str, SourceState], number: int
    ) -> ReadResult:
        """Task `fetch origins · batch n`."""
        return fetch_origins_task(q(self.run.reader), q(urls), q(known), number)

    def parse(
        self, documents: list[RawDocument], number: int, *, hold: bool = True
    ) -> Pending[ParsedBatch]:
        """Task `parse · batch n`, submitted: the flow fetches the next batch meanwhile."""
        if documents:  # clean's counts are read here, in the flow's thread, before the first
            self.run.clean.prepare()
        return parse_task.submit(self._q(documents), self.run.lanes, number, hold)

    def clean(
        self, parsed: Pending[ParsedBatch], pages: Pages | None, number: int
    ) -> Pending[CleanedBatch]:
        """Task `clean · batch n`, submitted; it starts when the batch's parse is done."""
        # The parse future is not quoted: Prefect resolves it, so clean starts after parse.
        return clean_task.submit(
            cast(ParsedBatch, parsed),
            self._q(pages),
            self.run.lanes,
            number,
            self._q(self.run.clean),
        )

    def load(self, batch: LoadBatch, number: int) -> LoadCounts:
        """Task `load · batch n`."""
        run = self.run
        return load_task(q(run.store), run.run_id, q(batch), run.reader.force, number)


class RemoteStages(PrefectStages):
    """Parse and clean on another task runner (a Dask cluster): each task works where it runs.

    The parsed documents then travel from the parse task to the clean task, which wirecopy's
    own worker lanes avoid; that is the price of scaling out.
    """

    def __init__(self, run: RunResources) -> None:
        if run.lanes is not None:
            run.lanes.close()  # never started: the tasks run elsewhere
        super().__init__(RunResources(run.store, run.reader, None, run.run_id, run.clean))

    @staticmethod
    def _q(value: T) -> T:
        """Arguments go to the cluster as they are (its task runner does not unwrap quotes)."""
        return value


def _stages_for_task_runner() -> StageFactory:
    """Worker lanes when tasks run on this flow's threads, else parse/clean in the tasks."""
    context = FlowRunContext.get()
    runner = context.task_runner if context else None
    return (
        PrefectStages
        if runner is None or isinstance(runner, ThreadPoolTaskRunner)
        else RemoteStages
    )


def alert_on_failure(flow: Any, flow_run: Any, state: State[Any]) -> None:
    """Flow-run hook: tell the notification block named by WIRECOPY_ALERT_BLOCK that a run
    failed, with the reason (a failed nightly must reach someone, not only the Prefect UI)."""
    block_name = Settings().alert_block
    if not block_name:
        return
    from prefect.blocks.core import Block

    logger = get_run_logger()
    try:
        block: Any = Block.load(block_name)
        block.notify(
            body=(
                f"Flow run {flow_run.name} ({flow_run.id}) of {flow.name} failed: "
                f"{state.message or state.name}\nParameters: {flow_run.parameters}"
            ),
            subject=f"wirecopy: {flow.name} run {flow_run.name} failed",
        )
    except Exception as exc:  # an alert that cannot be sent must not hide the failure
        logger.error("could not send the failure alert through %s: %s", block_name, exc)
    else:
        logger.info("failure alert sent through %s", block_name)


# Prefect runs end with the publish and report tasks (artifacts in the UI).
PREFECT_ENDING = Ending(publish_task, report_task)
# Failures with a one-line message for the user: the run fails without a logged traceback.
USER_FACING = (NoInputError, QualityGateError, StoreError, ManifestError, DiskFullError)
# Threads for submitted parse/clean tasks: each waits on its worker, and a clean waits on its
# parse, so there must be room for every batch in flight (Prefect's default is cores + 4).
_TASK_THREADS = 32
_THREADS: Any = ThreadPoolTaskRunner(max_workers=_TASK_THREADS)


@flow(name="wirecopy-ingest", task_runner=_THREADS, on_failure=[alert_on_failure])
def ingest_flow(
    sources: list[str],
    manifests: list[str] | None = None,
    db: str = DEFAULT_DB,
    batch_size: int = ORCHESTRATED_BATCH_SIZE,
    logical_date: date | None = None,
    max_reject_ratio: float = DEFAULT_MAX_REJECT_RATIO,
    publish: bool = True,
    fetch_origin: bool = False,
    allow_hosts: list[str] | None = None,
    workers: int | None = None,
    require_input: bool = False,
) -> dict[str, Any]:
    """Prefect flow: fetch → parse → clean → load, each stage a task run per batch.

    A dated source without input for the logical day is a warning (the run completes), or a
    failed run with `require_input`.
    """
    settings = Settings()  # the edge of an orchestrated run: the worker's environment
    run_id = str(flow_run.get_id() or uuid.uuid4().hex)
    day = logical_date or _scheduled_date() or datetime.now(UTC).date()
    try:
        listed = [
            url
            for manifest in manifests or []
            for url in read_manifest(fill_date_template(manifest, day))
        ]
        summary = run_ingest(
            [*sources, *listed],
            db,
            batch_size=batch_size,
            logical_date=day,
            run_id=run_id,
            mode="prefect",
            max_reject_ratio=max_reject_ratio,
            publish=publish,
            fetch_origin=fetch_origin,
            fetch_settings=FetchSettings(processes=settings.fetch_processes),
            allow_hosts=[*settings.allow_hosts, *(allow_hosts or [])],
            workers=workers or settings.worker_count(),
            require_input=require_input,
            story_window_days=settings.story_window_days,
            stages=_stages_for_task_runner(),
            ending=PREFECT_ENDING,
            progress=LogProgress(get_run_logger()),
        )
    except USER_FACING as exc:
        return _failed(exc)
    for warning in summary.missing:
        get_run_logger().warning(warning)
    return summary.as_dict()


@flow(name="wirecopy-reprocess", task_runner=_THREADS, on_failure=[alert_on_failure])
def reprocess_flow(
    db: str = DEFAULT_DB,
    since: date | None = None,
    batch_size: int = ORCHESTRATED_BATCH_SIZE,
    publish: bool = True,
    workers: int | None = None,
) -> dict[str, Any]:
    """Prefect flow: rebuild the clean tables from the raw landing zone."""
    settings = Settings()
    run_id = str(flow_run.get_id() or uuid.uuid4().hex)
    try:
        summary = run_reprocess(
            db,
            since=since,
            batch_size=batch_size,
            run_id=run_id,
            mode="prefect",
            publish=publish,
            workers=workers or settings.worker_count(),
            story_window_days=settings.story_window_days,
            stages=_stages_for_task_runner(),
            ending=PREFECT_ENDING,
            progress=LogProgress(get_run_logger()),
        )
    except USER_FACING as exc:
        return _failed(exc)
    return summary.as_dict()


def _failed(exc: BaseException) -> Any:
    """A Failed state carrying the exception: `flow()` re-raises it, the UI shows the message."""
    return Failed(message=str(exc), data=exc)


def _scheduled_date() -> date | None:
    """The logical date of a scheduled run: the day it was scheduled for (UTC)."""
    scheduled = flow_run.get_scheduled_start_time()
    return scheduled.astimezone(UTC).date() if scheduled else None


def with_task_runner(runner: TaskRunner | str, dask_address: str | None = None) -> Any:
    """The ingest flow with its parse and clean tasks on the chosen task runner.

    PROCESS: wirecopy's worker processes (the default flow). DASK: a Dask cluster through
    prefect-dask (the `dask` extra), at `dask_address` or a local cluster of one process per
    core; each parse and clean task then runs in a Dask worker.
    """
    try:
        runner = TaskRunner(runner)
    except ValueError:
        raise ValueError(f"unknown task runner {runner!r}: use process or dask") from None
    if runner is TaskRunner.PROCESS:
        return ingest_flow
    from prefect_dask import DaskTaskRunner

    cores = Settings().worker_count()
    dask = (
        DaskTaskRunner(address=dask_address)
        if dask_address
        else DaskTaskRunner(cluster_kwargs={"n_workers": cores, "threads_per_worker": 1})
    )
    return ingest_flow.with_options(task_runner=dask)  # type: ignore[arg-type]  # Dask futures
