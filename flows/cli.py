"""The `wirecopy` command line: ingest wire files into DuckDB and query the result.

This is the edge: settings are read here once (options, then WIRECOPY_* variables, then the
defaults) and passed down as arguments.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from wirecopy.flows.console import DbOption, err, fail, out
from wirecopy.flows.settings import Orchestration, Settings, prefect_api_configured

app = typer.Typer(
    name="wirecopy",
    help="Ingest news wire copy (Markdown, plain text, HTML) into DuckDB.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help: Typer's rich help labels flags `<bool>` and lists `<list[str]>`.
    rich_markup_mode=None,
)

OrchestrationOption = Annotated[
    Orchestration | None,
    typer.Option(
        metavar="auto|prefect|local",
        help="auto (Prefect when a Prefect API is configured), prefect, or local.",
    ),
]
RatioOption = Annotated[
    float | None,
    typer.Option(
        min=0.0,
        max=1.0,
        metavar="RATIO",
        help="Fail the run when more than this share of inputs is rejected (0–1; default 0.2).",
    ),
]
BatchOption = Annotated[
    int | None, typer.Option(min=1, metavar="N", help="Documents per batch (at least 1).")
]
UrlsOption = Annotated[
    Path | None,
    typer.Option("--urls", metavar="FILE", help="A manifest: one URL per line (# comments)."),
]
FetchOriginOption = Annotated[
    bool,
    typer.Option("--fetch-origin", help="Also fetch each item's origin_url page and merge it."),
]
AllowHostOption = Annotated[
    list[str] | None,
    typer.Option(
        "--allow-host",
        metavar="HOST",
        help="Host or IP allowed even if private/loopback (repeatable; $WIRECOPY_ALLOW_HOSTS).",
    ),
]
PublishOption = Annotated[
    bool, typer.Option("--publish/--no-publish", help="Publish the read-only snapshot after a run.")
]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress output (the summary still prints).")
]
VerboseOption = Annotated[
    bool, typer.Option("--verbose", "-v", help="A progress line for every batch.")
]
RequireInputOption = Annotated[
    bool,
    typer.Option(
        "--require-input",
        help="Fail the run when a dated source ({date:…}) has no input for the day "
        "(default: a warning, exit 0).",
    ),
]
DateOption = Annotated[
    datetime | None,
    typer.Option(
        "--date",
        formats=["%Y-%m-%d"],
        metavar="YYYY-MM-DD",
        help="Logical date of the run (default: today, UTC).",
    ),
]


def _version(value: bool) -> None:
    if value:
        from wirecopy import __version__

        out.print(f"wirecopy {__version__}", highlight=False)
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Ingest news wire copy (Markdown, plain text, HTML) into DuckDB."""


def load_settings() -> Settings:
    """The WIRECOPY_* settings; an invalid one is a one-line error naming the variable."""
    from pydantic import ValidationError

    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"WIRECOPY_{'_'.join(str(p) for p in e['loc']).upper()}: {e['msg']}"
            for e in exc.errors()
        )
        raise fail(f"invalid setting: {problems}") from None


def _orchestrated(choice: Orchestration) -> bool:
    """Orchestrate through Prefect when asked, or (auto) when a Prefect API is configured."""
    if choice is Orchestration.AUTO:
        return prefect_api_configured()
    return choice is Orchestration.PREFECT


@app.command()
def ingest(
    sources: Annotated[
        list[str] | None,
        typer.Argument(metavar="SOURCE...", help="Files, directories (recursive), globs or URLs."),
    ] = None,
    urls: UrlsOption = None,
    fetch_origin: FetchOriginOption = False,
    allow_host: AllowHostOption = None,
    db: DbOption = None,
    batch_size: BatchOption = None,
    logical_date: DateOption = None,
    orchestration: OrchestrationOption = None,
    max_reject_ratio: RatioOption = None,
    publish: PublishOption = True,
    require_input: RequireInputOption = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Fetch → parse → clean → load the inputs; print seen/new/updated/unchanged/rejected."""
    from wirecopy.tasks.fetch import ManifestError, read_manifest

    try:
        all_sources = list(sources or []) + (read_manifest(urls) if urls else [])
    except ManifestError as exc:
        raise fail(str(exc)) from None
    if not all_sources:
        raise fail("nothing to ingest: give paths, globs or URLs, or --urls FILE")
    run = _Run(db, batch_size, orchestration, max_reject_ratio, publish, quiet, verbose)
    day = logical_date.date() if logical_date else None
    code = run.ingest(all_sources, day, fetch_origin, list(allow_host or []), require_input)
    if code:
        raise typer.Exit(code)


@app.command()
def backfill(
    sources: Annotated[
        list[str],
        typer.Argument(metavar="SOURCE...", help="Sources; {date:%Y-%m-%d} is filled per day."),
    ],
    start: Annotated[
        datetime,
        typer.Option(formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="First logical date."),
    ],
    end: Annotated[
        datetime,
        typer.Option(formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="Last logical date."),
    ],
    db: DbOption = None,
    batch_size: BatchOption = None,
    orchestration: OrchestrationOption = None,
    max_reject_ratio: RatioOption = None,
    publish: PublishOption = True,
    require_input: RequireInputOption = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """One run per logical date from START to END, in order (like an Airflow backfill)."""
    first, last = start.date(), end.date()
    if last < first:
        raise fail(f"--end {last} is before --start {first}")
    run = _Run(db, batch_size, orchestration, max_reject_ratio, publish, quiet, verbose)
    failed: list[str] = []
    for offset in range((last - first).days + 1):
        day = first + timedelta(days=offset)
        out.print(f"[bold]{day}[/]", highlight=False)
        # A failed day is reported and the backfill goes on, like an Airflow backfill.
        if run.ingest(sources, day, require_input=require_input):
            failed.append(str(day))
    if failed:
        days = (last - first).days + 1
        raise fail(f"{len(failed)} of {days} backfill run(s) failed: {', '.join(failed)}", code=1)


@app.command()
def reprocess(
    db: DbOption = None,
    since: Annotated[
        datetime | None,
        typer.Option(
            formats=["%Y-%m-%d"],
            metavar="YYYY-MM-DD",
            help="Only inputs last read on or after this date.",
        ),
    ] = None,
    batch_size: BatchOption = None,
    orchestration: OrchestrationOption = None,
    max_reject_ratio: RatioOption = None,
    publish: PublishOption = True,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Rebuild articles, images, captions and removed fragments from the raw landing zone."""
    run = _Run(db, batch_size, orchestration, max_reject_ratio, publish, quiet, verbose)
    if not Path(run.db).exists():
        raise fail(f"database {run.db} does not exist yet: run `wirecopy ingest` first")
    code = run.reprocess(since.date() if since else None)
    if code:
        raise typer.Exit(code)


class _Run:
    """One command's run settings, settled once: options over WIRECOPY_* over defaults."""

    def __init__(
        self,
        db: str | None,
        batch_size: int | None,
        orchestration: Orchestration | None,
        max_reject_ratio: float | None,
        publish: bool,
        quiet: bool = False,
        verbose: bool = False,
    ) -> None:
        self.settings = settings = load_settings()
        self.quiet, self.verbose = quiet, verbose
        self.db = db or settings.db
        self.orchestrated = _orchestrated(orchestration or settings.orchestration)
        self.batch_size = settings.batch_size_for(self.orchestrated, batch_size)
        self.ratio = settings.max_reject_ratio if max_reject_ratio is None else max_reject_ratio
        self.publish = publish

    def ingest(
        self,
        sources: list[str],
        day: date | None,
        fetch_origin: bool = False,
        allow_hosts: list[str] | None = None,
        require_input: bool = False,
    ) -> int:
        """Run one ingest in the chosen mode, print its summary; 0 ok, 1 gate, 2 systemic."""
        s = self.settings
        hosts = [*s.allow_hosts, *(allow_hosts or [])]
        common: dict[str, Any] = {
            "batch_size": self.batch_size,
            "logical_date": day,
            "max_reject_ratio": self.ratio,
            "publish": self.publish,
            "fetch_origin": fetch_origin,
            "require_input": require_input,
        }
        if self.orchestrated:
            from wirecopy.flows.prefect_flows import with_task_runner

            flow = with_task_runner(s.task_runner, s.dask_address)
            return self._report(
                lambda: flow(
                    sources=sources, db=self.db, allow_hosts=hosts, workers=s.workers, **common
                )
            )
        from wirecopy.tasks.processes import start_worker_server

        if s.worker_count() > 1:
            # Before the pipeline's imports (~0.5 s): the workers' server imports the same
            # modules for them meanwhile, on the other core, instead of after.
            start_worker_server()
        from wirecopy.flows.pipeline import run_ingest
        from wirecopy.tasks.http.fetcher import FetchSettings

        fetch = FetchSettings(processes=s.fetch_processes, allow_hosts=frozenset(hosts))
        return self._report(
            lambda: run_ingest(
                sources,
                self.db,
                fetch_settings=fetch,
                workers=s.worker_count(),
                progress=self._progress(),
                story_window_days=s.story_window_days,
                **common,
            ).as_dict()
        )

    def reprocess(self, since: date | None) -> int:
        """Run one reprocess in the chosen mode, print its summary."""
        kwargs: dict[str, Any] = {
            "since": since,
            "batch_size": self.batch_size,
            "publish": self.publish,
            "workers": self.settings.worker_count(),
        }
        if self.orchestrated:
            from wirecopy.flows.prefect_flows import reprocess_flow

            return self._report(lambda: reprocess_flow(db=self.db, **kwargs))
        from wirecopy.flows.pipeline import run_reprocess

        return self._report(
            lambda: run_reprocess(
                self.db,
                max_reject_ratio=self.ratio,
                progress=self._progress(),
                story_window_days=self.settings.story_window_days,
                **kwargs,
            ).as_dict()
        )

    def _progress(self) -> Any:
        from wirecopy.flows.progress import for_console

        return for_console(err, self.quiet, self.verbose)

    def _report(self, call: Any) -> int:
        from wirecopy.tasks.errors import DiskFullError
        from wirecopy.tasks.fetch import ManifestError
        from wirecopy.tasks.runs import NoInputError, QualityGateError
        from wirecopy.tasks.store import StoreError

        try:
            summary: dict[str, Any] = call()
        except QualityGateError as exc:
            _print_summary(exc.summary.as_dict())
            err.print(f"[bold red]wirecopy:[/] run failed the {exc}", highlight=False)
            return 1
        except (NoInputError, StoreError, ManifestError) as exc:
            err.print(f"[bold red]wirecopy:[/] {exc}", highlight=False)
            return 2
        except DiskFullError as exc:
            err.print(
                f"[bold red]wirecopy:[/] {exc}; free some space and run again", highlight=False
            )
            return 2
        _print_summary(summary)
        return 0


def _print_summary(summary: dict[str, Any]) -> None:
    c = summary["counts"]
    out.print(
        f"[bold]wirecopy[/] run {summary['run_id']} ({summary['mode']}) → {summary['db']}",
        highlight=False,
    )
    out.print(
        f"seen {c['seen']} · new {c['new']} · updated {c['updated']} · "
        f"unchanged {c['unchanged']} · rejected {c['rejected']}   "
        f"[dim]{summary['seconds']:.2f}s[/]",
        highlight=False,
    )
    if settled := summary.get("settled"):
        out.print(
            f"  cleaned again {settled} inputs of sources first seen in this run "
            "(boilerplate by repetition, with the counts the run gathered)",
            highlight=False,
        )
    for warning in summary.get("missing") or []:
        err.print(f"[yellow]wirecopy: warning:[/] {warning}", highlight=False)
    for check in summary.get("checks") or []:
        if check["status"] in ("warn", "fail"):
            label = "[yellow]warn[/]" if check["status"] == "warn" else "[red]fail[/]"
            out.print(
                f"  data check {label} {check['check']}: {escape(check['detail'])}",
                highlight=False,
            )
    report = summary.get("report") or {}
    for stage, reason, n, example in report.get("top_rejects", [])[:5]:
        out.print(f"  [yellow]rejected[/] {n} × {stage}: {reason}  e.g. {example}", highlight=False)
    if c["rejected"]:
        out.print(
            f'  all rejects: wirecopy sql "SELECT source_uri, stage, reason, detail FROM rejects '
            f"WHERE run_id = '{summary['run_id']}'\"",
            highlight=False,
        )


@app.command()
def serve(
    name: Annotated[
        str, typer.Option(metavar="NAME", help="Deployment in prefect.yaml to serve.")
    ] = ("wirecopy-nightly"),
    config: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help="Path of prefect.yaml (default: ./prefect.yaml, then the checkout's).",
        ),
    ] = None,
) -> None:
    """Serve the ingest flow on its prefect.yaml schedule in this process (needs a Prefect API).

    The served deployment is NAME-serve, so the worker deployment that `prefect deploy --all`
    registered under NAME keeps its work pool and schedule.
    """
    from wirecopy.flows.deployments import DeploymentError, find_deployment, locate_prefect_yaml

    try:
        deployment = find_deployment(name, locate_prefect_yaml(config))
    except DeploymentError as exc:
        raise fail(str(exc)) from None
    if not prefect_api_configured():
        raise fail(
            "serve needs a Prefect server: start one (`prefect server start`) and set "
            "PREFECT_API_URL, see README 'Nightly schedule with Prefect'"
        )
    from wirecopy.flows.deployments import serve_deployment

    serve_deployment(
        deployment,
        f"{deployment.name}-serve",
        announce=lambda line: out.print(line, highlight=False),
        warn=lambda line: err.print(f"[yellow]wirecopy: warning:[/] {line}", highlight=False),
    )


def _register_commands() -> None:
    from wirecopy.flows.analytics import register as register_analytics
    from wirecopy.flows.cli_query import register as register_query
    from wirecopy.flows.dbt_sources import register as register_dbt_sources

    register_query(app)
    register_analytics(app)
    register_dbt_sources(app)


_register_commands()


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
