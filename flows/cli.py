"""The `wirecopy` command line: ingest wire files into DuckDB and query the result."""

from __future__ import annotations

import os
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from wirecopy.flows.settings import BATCH_SIZE, ORCHESTRATED_BATCH_SIZE, Settings

app = typer.Typer(
    name="wirecopy",
    help="Ingest news wire copy (Markdown, plain text, HTML) into DuckDB.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="DuckDB file (default: $WIRECOPY_DB or data/wirecopy.duckdb)."),
]


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[bold red]wirecopy:[/] {message}", highlight=False)
    return typer.Exit(code)


def _use_prefect(choice: str) -> bool:
    """Orchestrate through Prefect only when asked, or (auto) when a Prefect API is configured."""
    if choice in ("prefect", "local"):
        return choice == "prefect"
    if os.environ.get("PREFECT_API_URL"):
        return True
    from prefect.settings import get_current_settings

    return bool(get_current_settings().api.url)


OrchestrationOption = Annotated[
    str | None,
    typer.Option(
        help="auto (Prefect when PREFECT_API_URL is set), prefect, or local (in-process)."
    ),
]
RatioOption = Annotated[
    float | None,
    typer.Option(help="Fail the run when more than this share of inputs is rejected (0.2)."),
]
UrlsOption = Annotated[
    Path | None, typer.Option("--urls", help="A manifest: one URL per line (# comments).")
]
FetchOriginOption = Annotated[
    bool,
    typer.Option("--fetch-origin", help="Also fetch each item's origin_url page and merge it."),
]
AllowHostOption = Annotated[
    list[str] | None,
    typer.Option(
        "--allow-host",
        help="Host or IP allowed even if private/loopback (repeatable; $WIRECOPY_ALLOW_HOSTS).",
    ),
]
PublishOption = Annotated[
    bool, typer.Option("--publish/--no-publish", help="Publish the read-only snapshot after a run.")
]


@app.command()
def ingest(
    sources: Annotated[
        list[str] | None, typer.Argument(help="Files, directories (recursive), globs or URLs.")
    ] = None,
    urls: UrlsOption = None,
    fetch_origin: FetchOriginOption = False,
    allow_host: AllowHostOption = None,
    db: DbOption = None,
    batch_size: Annotated[int | None, typer.Option(help="Documents per batch.")] = None,
    logical_date: Annotated[
        datetime | None,
        typer.Option("--date", formats=["%Y-%m-%d"], help="Logical date of the run (YYYY-MM-DD)."),
    ] = None,
    orchestration: OrchestrationOption = None,
    max_reject_ratio: RatioOption = None,
    publish: PublishOption = True,
) -> None:
    """Fetch → parse → clean → load the inputs; print seen/new/updated/unchanged/rejected."""
    day = logical_date.date() if logical_date else None
    from wirecopy.tasks.fetch import ManifestError, read_manifest

    try:
        all_sources = list(sources or []) + (read_manifest(urls) if urls else [])
    except ManifestError as exc:
        raise _fail(str(exc)) from None
    if not all_sources:
        raise _fail("nothing to ingest: give paths, globs or URLs, or --urls FILE")
    extra = {"fetch_origin": fetch_origin, "allow_hosts": list(allow_host or [])}
    code = _run(all_sources, db, batch_size, day, orchestration, max_reject_ratio, publish, extra)
    if code:
        raise typer.Exit(code)


@app.command()
def backfill(
    sources: Annotated[
        list[str], typer.Argument(help="Sources; {date:%Y-%m-%d} is filled per day.")
    ],
    start: Annotated[datetime, typer.Option(formats=["%Y-%m-%d"], help="First logical date.")],
    end: Annotated[datetime, typer.Option(formats=["%Y-%m-%d"], help="Last logical date.")],
    db: DbOption = None,
    batch_size: Annotated[int | None, typer.Option(help="Documents per batch.")] = None,
    orchestration: OrchestrationOption = None,
    max_reject_ratio: RatioOption = None,
    publish: PublishOption = True,
) -> None:
    """One run per logical date from START to END, in order (like an Airflow backfill)."""
    first, last = start.date(), end.date()
    if last < first:
        raise _fail(f"--end {last} is before --start {first}")
    failed: list[str] = []
    for offset in range((last - first).days + 1):
        day = first + timedelta(days=offset)
        out.print(f"[bold]{day}[/]", highlight=False)
        # A failed day is reported and the backfill goes on, like an Airflow backfill.
        if _run(sources, db, batch_size, day, orchestration, max_reject_ratio, publish):
            failed.append(str(day))
    if failed:
        days = (last - first).days + 1
        raise _fail(f"{len(failed)} of {days} backfill run(s) failed: {', '.join(failed)}", code=1)


@app.command()
def reprocess(
    db: DbOption = None,
    since: Annotated[
        datetime | None,
        typer.Option(formats=["%Y-%m-%d"], help="Only inputs last read on or after this date."),
    ] = None,
    batch_size: Annotated[int | None, typer.Option(help="Documents per batch.")] = None,
    orchestration: OrchestrationOption = None,
    publish: PublishOption = True,
) -> None:
    """Rebuild articles, images, captions and removed fragments from the raw landing zone."""
    settings = Settings()
    db_path = db or settings.db
    if not Path(db_path).exists():
        raise _fail(f"database {db_path} does not exist yet: run `wirecopy ingest` first")
    from wirecopy.flows.pipeline import QualityGateError
    from wirecopy.flows.pipeline import reprocess as run_reprocess
    from wirecopy.tasks.load import StoreError

    orchestrated = _use_prefect(orchestration or settings.orchestration)
    kwargs: dict[str, Any] = {
        "since": since.date() if since else None,
        "batch_size": _batch_size(batch_size, settings, orchestrated),
    }
    try:
        if orchestrated:
            from wirecopy.flows.prefect_flows import reprocess_flow

            summary: dict[str, Any] = reprocess_flow(db=db_path, **kwargs)
        else:
            summary = run_reprocess(db_path, publish=publish, **kwargs).as_dict()
    except QualityGateError as exc:
        _print_summary(exc.summary.as_dict())
        raise _fail(f"reprocess failed the {exc}", code=1) from None
    except StoreError as exc:
        raise _fail(str(exc)) from None
    _print_summary(summary)


def _run(
    sources: list[str],
    db: str | None,
    batch_size: int | None,
    day: date | None,
    orchestration: str | None,
    max_reject_ratio: float | None,
    publish: bool,
    extra: dict[str, Any] | None = None,
) -> int:
    """Run one ingest in the chosen mode, print its summary; 0 ok, 1 quality gate, 2 systemic."""
    settings = Settings()
    mode = orchestration or settings.orchestration
    if mode not in ("auto", "prefect", "local"):
        raise _fail(f"unknown orchestration {mode!r}: use auto, prefect or local")
    orchestrated = _use_prefect(mode)
    size = _batch_size(batch_size, settings, orchestrated)
    ratio = settings.max_reject_ratio if max_reject_ratio is None else max_reject_ratio
    kwargs: dict[str, Any] = {
        "db": db or settings.db,
        "batch_size": size,
        "logical_date": day,
        "max_reject_ratio": ratio,
        "publish": publish,
        "workers": settings.workers or (os.cpu_count() or 1),
        **(extra or {}),
    }

    from wirecopy.flows.pipeline import NoInputError, QualityGateError
    from wirecopy.flows.pipeline import ingest as run_ingest
    from wirecopy.tasks.load import StoreError

    try:
        if orchestrated:
            from wirecopy.flows.prefect_flows import with_task_runner

            flow = with_task_runner(settings.task_runner, settings.dask_address)
            if settings.task_runner == "dask":
                kwargs["workers"] = 1  # each Dask worker parses and cleans in its own process
            summary: dict[str, Any] = flow(sources=sources, **kwargs)
        else:
            summary = run_ingest(sources, **kwargs).as_dict()
    except QualityGateError as exc:
        _print_summary(exc.summary.as_dict())
        err.print(f"[bold red]wirecopy:[/] run failed the {exc}", highlight=False)
        return 1
    except (NoInputError, StoreError) as exc:
        err.print(f"[bold red]wirecopy:[/] {exc}", highlight=False)
        return 2
    _print_summary(summary)
    return 0


def _batch_size(given: int | None, settings: Settings, orchestrated: bool) -> int:
    """--batch-size, else WIRECOPY_BATCH_SIZE, else the default for the run mode."""
    size = given or settings.batch_size
    if size is None:
        size = ORCHESTRATED_BATCH_SIZE if orchestrated else BATCH_SIZE
    if size < 1:
        raise _fail("--batch-size must be at least 1")
    return size


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
    name: Annotated[str, typer.Option(help="Deployment in prefect.yaml to serve.")] = (
        "wirecopy-nightly"
    ),
    config: Annotated[Path | None, typer.Option(help="Path of prefect.yaml.")] = None,
) -> None:
    """Serve the ingest flow on its prefect.yaml schedule in this process (needs a Prefect API)."""
    from wirecopy.flows.deployments import PREFECT_YAML, find_deployment

    try:
        deployment = find_deployment(name, config or PREFECT_YAML)
    except (KeyError, OSError) as exc:
        raise _fail(str(exc).strip("'\"")) from None
    if not _use_prefect("auto"):
        raise _fail(
            "serve needs a Prefect server: start one (`prefect server start`) and set "
            "PREFECT_API_URL, see README 'Nightly schedule with Prefect'"
        )
    from prefect.schedules import Cron

    schedules = [
        Cron(s["cron"], timezone=s.get("timezone", "UTC"), active=s.get("active", True))
        for s in deployment.schedules
        if "cron" in s
    ]
    out.print(
        f"serving {deployment.name} ({deployment.entrypoint}); Ctrl-C to stop", highlight=False
    )
    deployment.load_flow().serve(
        name=deployment.name, schedules=schedules, parameters=deployment.parameters
    )


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help="A SQL query (read-only).")],
    db: DbOption = None,
    csv: Annotated[bool, typer.Option("--csv", help="Print CSV instead of a table.")] = False,
    json_out: Annotated[
        bool, typer.Option("--json", help="Print a JSON array of row objects.")
    ] = False,
    max_width: Annotated[int, typer.Option(help="Truncate cells to this many characters.")] = 80,
) -> None:
    """Run a read-only SQL query against the database and print the result."""
    import duckdb

    if csv and json_out:
        raise _fail("use either --csv or --json")
    db_path = Path(db or Settings().db)
    if not db_path.exists():
        raise _fail(f"database {db_path} does not exist yet: run `wirecopy ingest` first")
    try:
        con = duckdb.connect(str(db_path), read_only=True)
        con.execute("SET TimeZone='UTC'")
        cursor = con.execute(query)
        columns = [d[0] for d in cursor.description or []]
        rows = cursor.fetchall()
        con.close()
    except duckdb.Error as exc:
        raise _fail(str(exc).splitlines()[0]) from None
    if json_out:
        import json

        json.dump(
            [dict(zip(columns, row, strict=True)) for row in rows],
            sys.stdout,
            default=lambda v: v.isoformat() if hasattr(v, "isoformat") else str(v),
            ensure_ascii=False,
        )
        sys.stdout.write("\n")
        return
    if csv:
        import csv as csv_module

        writer = csv_module.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
        return
    table = Table(*columns, show_lines=False)
    for row in rows:
        table.add_row(*[_cell(v, max_width) for v in row])
    out.print(table)
    out.print(f"[dim]{len(rows)} row(s)[/]")


@app.command()
def schema(
    db: DbOption = None,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print docs/schema.md.")] = False,
) -> None:
    """Print the table contract (name, type, description) from the database's own comments."""
    import duckdb

    from wirecopy.schemas.docs import dictionary_markdown, read_dictionary, read_views
    from wirecopy.tasks.load import Store, StoreError

    db_path = Path(db or Settings().db)
    try:
        if not db_path.exists():
            # A fresh in-memory database shows the contract this version of wirecopy creates.
            con = duckdb.connect()
            Store(con, Path(":memory:")).migrate()
        else:
            con = duckdb.connect(str(db_path), read_only=True)
    except (duckdb.Error, StoreError) as exc:
        raise _fail(str(exc).splitlines()[0]) from None
    if markdown:
        sys.stdout.write(dictionary_markdown(con))
        return
    entries = [(f"{n}: {d}", c) for n, d, c in read_dictionary(con)]
    entries += [(f"{n} (view): {d}", c) for n, d, c in read_views(con)]
    for title, columns in entries:
        table = Table("column", "type", "description", title=title)
        for column in columns:
            table.add_row(*column)
        out.print(table)


def _cell(value: Any, width: int) -> str:
    text = "NULL" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


from wirecopy.flows.analytics import register as register_analytics  # noqa: E402

register_analytics(app)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
