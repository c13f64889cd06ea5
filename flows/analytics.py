"""Commands for the data team: `wirecopy export` (Parquet) and `wirecopy dashboard` (Streamlit).

Both read the published snapshot (`tasks/publish.py`) so they never hold a lock on the
file the loader writes; `export` falls back to the live database opened read-only when no
snapshot has been published yet.
"""

from __future__ import annotations

import ctypes
import importlib.util
import json
import os
import signal
import subprocess
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NamedTuple

import duckdb
import typer
from rich.markup import escape

from wirecopy.flows.console import DbOption, fail, out
from wirecopy.flows.settings import Settings
from wirecopy.schemas.docs import Entry

# The tables a data team needs; `sources` and `schema_migrations` are loader bookkeeping.
# The story index's own tables (schema `internal`) are loader state and never exported.
EXPORT_TABLES = (
    "articles",
    "images",
    "captions",
    "removed_fragments",
    "stories",
    "story_members",
    "rejects",
    "runs",
    "checks",
)
# The contract of what was exported (tables, views, columns, types, descriptions, checks).
CONTRACT_FILE = "contract.json"
# Month of publication in UTC ('2024-11'), 'unknown' when the article has no date.
PUBLISHED_MONTH = "coalesce(strftime(timezone('UTC', published_at), '%Y-%m'), 'unknown')"
# The dashboard script, next to this package both in the repository and when installed.
DASHBOARD_APP = Path(__file__).resolve().parents[1] / "dashboard" / "app.py"
DASHBOARD_INSTALL_HINT = "pip install -e '.[dashboard]'"


class ExampleQuery(NamedTuple):
    """A question the data team asks on day one and the SQL that answers it from the views."""

    title: str
    sql: str


# Each query is also printed verbatim in docs/analytics.md (a test checks both agree).
EXAMPLE_QUERIES: list[ExampleQuery] = [
    ExampleQuery(
        "Articles per day by publisher, last 7 days",
        """SELECT published_date, source, sum(n_articles) AS articles
FROM v_daily_volume
WHERE published_date >= current_date - INTERVAL 6 DAY
GROUP BY published_date, source
ORDER BY published_date DESC, articles DESC;""",
    ),
    ExampleQuery(
        "Top photo agencies",
        """SELECT agency, count(*) AS photos, count(DISTINCT article_id) AS articles,
       count(DISTINCT photographer) AS photographers
FROM v_photo_credits
GROUP BY agency
ORDER BY photos DESC, agency
LIMIT 10;""",
    ),
    ExampleQuery(
        "Share of articles with images, per source",
        """SELECT source, count(*) AS articles,
       round(count(*) FILTER (WHERE n_images > 0) / count(*), 3) AS share_with_images
FROM v_articles
GROUP BY source
ORDER BY articles DESC, source;""",
    ),
    ExampleQuery(
        "Boilerplate removed per source",
        """SELECT source, kind, sum(n_fragments) AS fragments, sum(total_chars) AS characters
FROM v_removed
GROUP BY source, kind
ORDER BY characters DESC, source, kind;""",
    ),
    ExampleQuery(
        "Latest runs with their reject ratio",
        """SELECT run_id, started_at, status, n_seen, n_new, n_rejected,
       round(reject_ratio, 3) AS reject_ratio, round(duration_seconds, 2) AS seconds
FROM v_run_health
ORDER BY started_at DESC
LIMIT 10;""",
    ),
]


class ExportFormat(StrEnum):
    """File formats `wirecopy export` writes."""

    parquet = "parquet"


class AnalyticsError(Exception):
    """A user-facing failure of an analytics command, printed as one line."""


def _sql_str(path: Path) -> str:
    return str(path).replace("'", "''")


def open_for_reading(db: str | os.PathLike[str]) -> tuple[duckdb.DuckDBPyConnection, Path]:
    """Open the published snapshot of db, else db itself, read-only; (connection, path read)."""
    from wirecopy.tasks.publish import snapshot_path  # the loader's modules: when a command runs

    live = Path(db).expanduser().absolute()
    snapshot = snapshot_path(live)
    path = snapshot if snapshot.exists() else live
    if not path.exists():
        raise AnalyticsError(f"database {live} does not exist yet: run `wirecopy ingest` first")
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        raise AnalyticsError(f"cannot open {path}: {str(exc).splitlines()[0]}") from None
    con.execute("SET TimeZone='UTC'")
    return con, path


def _kv_metadata(relation: Entry) -> str:
    """Parquet key-value metadata: the relation's description and its columns' descriptions."""
    _name, description, columns = relation
    described = json.dumps({c: d for c, _t, d in columns}, ensure_ascii=False)
    pairs = f"description: {_sql_literal(description)}, columns: {_sql_literal(described)}"
    return f"KV_METADATA {{{pairs}}}"


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def export_parquet(con: duckdb.DuckDBPyConnection, out_dir: Path) -> dict[str, int]:
    """Write each export table and every view under out_dir as Parquet; return rows per file.

    `articles` goes to `articles/published_month=YYYY-MM/*.parquet` (hive partitions, re-read
    with `read_parquet('…/articles/**/*.parquet', hive_partitioning = true)`); every other table
    and view is one `<name>.parquet`. Each file carries its descriptions as Parquet key-value
    metadata (`description`, `columns`), and `contract.json` beside them has the whole
    contract. An earlier export in the same directory is replaced.
    """
    from wirecopy.schemas.docs import contract_json, read_dictionary, read_views
    from wirecopy.tasks.checks import CHECKS

    relations = {r[0]: r for r in [*read_dictionary(con), *read_views(con)]}
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AnalyticsError(f"cannot create {out_dir}: {exc.strerror}") from None
    if not os.access(out_dir, os.W_OK):
        raise AnalyticsError(f"cannot write to {out_dir}: permission denied")
    counts: dict[str, int] = {}
    views = [v for v in relations if v.startswith("v_")]
    for table in [*EXPORT_TABLES, *views]:
        meta = _kv_metadata(relations[table])
        if table == "articles":
            target = out_dir / "articles"
            query = (
                f"COPY (SELECT *, {PUBLISHED_MONTH} AS published_month FROM articles) "
                f"TO '{_sql_str(target)}' "
                f"(FORMAT parquet, PARTITION_BY (published_month), OVERWRITE true, {meta})"
            )
        else:
            target = out_dir / f"{table}.parquet"
            query = f"COPY {table} TO '{_sql_str(target)}' (FORMAT parquet, {meta})"
        try:
            row = con.execute(query).fetchone()
        except duckdb.Error as exc:
            raise AnalyticsError(
                f"cannot export {table} to {target}: {str(exc).splitlines()[0]}"
            ) from None
        counts[table] = int(row[0]) if row else 0
    contract = contract_json(con)
    contract["checks"] = [
        {
            "name": c.name,
            "table": c.table,
            "column": c.column,
            "test": c.test,
            "severity": c.severity,
            "why": c.why,
        }
        for c in CHECKS
    ]
    (out_dir / CONTRACT_FILE).write_text(
        json.dumps(contract, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return counts


def dashboard_command(snapshot: Path, host: str, port: int) -> list[str]:
    """The `streamlit run` command line for the dashboard on a snapshot."""
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(DASHBOARD_APP),
        # Only this machine by default: the snapshot is the newsroom's data.
        "--server.address",
        host,
        "--server.port",
        str(port),
        # Headless: no first-run e-mail prompt and no browser launch; Streamlit prints the URL.
        "--server.headless",
        "true",
        # No usage statistics and no outbound calls leave a newsroom machine (with an address
        # set, Streamlit does not look up the machine's external IP either).
        "--browser.gatherUsageStats",
        "false",
        "--global.developmentMode",
        "false",
        # Viewers see the dashboard, not Streamlit's Deploy button and developer menu.
        "--client.toolbarMode",
        "viewer",
        # The app does not change while it runs: no file watcher (inotify handles) needed.
        "--server.fileWatcherType",
        "none",
        "--",
        str(snapshot),
    ]


def run_child(cmd: list[str], env: dict[str, str]) -> int:
    """Run a server as a child process that ends with this one; returns its exit code.

    SIGTERM, SIGINT and SIGHUP are passed on to the child (a service manager stopping
    `wirecopy dashboard` stops Streamlit too), and on Linux the child gets SIGTERM if this
    process dies without a chance to pass anything on (SIGKILL).
    """
    child = subprocess.Popen(cmd, env=env, preexec_fn=_terminate_with_parent)

    def forward(signum: int, _frame: object) -> None:
        child.send_signal(signum)

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, forward)
    try:
        return child.wait()
    finally:
        if child.poll() is None:
            child.terminate()
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()


def _terminate_with_parent() -> None:
    """In the child, before exec: SIGTERM when the parent dies (Linux prctl PR_SET_PDEATHSIG)."""
    if sys.platform.startswith("linux"):
        pr_set_pdeathsig = 1
        ctypes.CDLL(None).prctl(pr_set_pdeathsig, int(signal.SIGTERM))


def register(app: typer.Typer) -> None:
    """Add the `export` and `dashboard` commands to the wirecopy Typer app."""

    @app.command()
    def export(
        out_dir: Annotated[
            Path, typer.Option("--out", metavar="DIR", help="Directory to write into.")
        ],
        fmt: Annotated[
            ExportFormat, typer.Option("--format", help="File format.")
        ] = ExportFormat.parquet,
        db: DbOption = None,
    ) -> None:
        """Export the tables as Parquet (articles partitioned by published month)."""
        try:
            con, source = open_for_reading(db or Settings().db)
            try:
                counts = export_parquet(con, out_dir.expanduser().absolute())
            finally:
                con.close()
        except AnalyticsError as exc:
            raise fail(str(exc)) from None
        out.print(
            f"[bold]wirecopy export[/] {escape(str(source))} → {escape(str(out_dir))} "
            f"({fmt.value})",
            highlight=False,
        )
        out.print(" · ".join(f"{t} {n}" for t, n in counts.items()), highlight=False)

    @app.command()
    def dashboard(
        db: DbOption = None,
        host: Annotated[
            str,
            typer.Option(
                metavar="ADDRESS", help="Address to listen on (0.0.0.0: every interface)."
            ),
        ] = "127.0.0.1",
        port: Annotated[
            int,
            typer.Option(min=1, max=65535, metavar="PORT", help="Port for the Streamlit server."),
        ] = 8501,
    ) -> None:
        """Run the starter Streamlit dashboard on the published snapshot (never the live file)."""
        if importlib.util.find_spec("streamlit") is None:
            raise fail(f"streamlit is not installed: {DASHBOARD_INSTALL_HINT}")
        from wirecopy.tasks.publish import snapshot_path

        live = Path(db or Settings().db).expanduser().absolute()
        snapshot = snapshot_path(live)
        if not snapshot.exists():
            raise fail(
                f"no published snapshot {snapshot} yet: it is written after a successful "
                "`wirecopy ingest`"
            )
        env = {**os.environ, "WIRECOPY_SNAPSHOT": str(snapshot)}
        raise typer.Exit(run_child(dashboard_command(snapshot, host, port), env))
