"""The DuckDB file: opening it (locks, settings), migrations, run and source bookkeeping.

One writer per file. The load stage (tasks/load.py) writes batches through a Store.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb

from wirecopy.schemas.contract import TABLES
from wirecopy.schemas.ddl import BOOTSTRAP, MIGRATIONS, comment_statements
from wirecopy.schemas.records import LoadCounts, SourceRef, SourceState
from wirecopy.schemas.views import apply_views
from wirecopy.tasks.raw_store import RawStore

# DuckDB's buffer cache defaults to 80 % of RAM; the loader needs far less (measured at 10k
# articles: 256 MB cut the process's peak from 514 to 375 MB at the same speed). Data beyond it
# spills to disk, so this bounds memory, not size.
MEMORY_LIMIT = "512MB"
# Every batch commits its own transaction; with DuckDB's 16 MB default a checkpoint (rewriting
# row groups into the file) ran every few batches inside COMMIT, 40 % of the load stage. A bigger
# write-ahead log is checkpointed less often (always at close and before publishing): load time
# -25 %, and a crash replays at most this much WAL on the next open.
CHECKPOINT_THRESHOLD = "256MB"
# How long the writer waits for another process's lock before giving up with a clear message.
LOCK_WAIT_SECONDS = 10.0


# TEMP tables (per connection) the load stage appends a batch into before merging it.
STAGING = {
    "stage_articles": "articles",
    "stage_images": "images",
    "stage_captions": "captions",
    "stage_removed": "removed_fragments",
    "stage_sources": "sources",
}


class StoreError(Exception):
    """A systemic database failure (not writable, locked, corrupt): the run stops."""


def _connect(path: Path, wait: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(str(path))
        except duckdb.IOException as exc:
            message = str(exc).splitlines()[0]
            if "lock" not in message.lower():
                raise StoreError(f"cannot open database {path}: {message}") from None
            if time.monotonic() >= deadline:
                raise StoreError(
                    f"database {path} is locked by another process after waiting {wait:.0f}s "
                    f"({message}); readers should use the published snapshot"
                ) from None
            time.sleep(0.25)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database {path}: {str(exc).splitlines()[0]}") from None


class Store:
    """The DuckDB file: migrations, run bookkeeping and batch loads. One writer per file."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path) -> None:
        self.con = con
        self.path = path
        self.raw = RawStore.beside(path)
        self.staged: set[str] = set()  # staging tables filled by the batch being loaded
        # Seconds of steps inside the load stage (the story step), collected by the run.
        self.seconds: dict[str, float] = {}

    @classmethod
    def open(cls, path: str | os.PathLike[str], lock_wait: float = LOCK_WAIT_SECONDS) -> Store:
        """Open (creating if needed) and migrate the database; StoreError on systemic failure."""
        db = Path(os.path.abspath(Path(path).expanduser()))
        try:
            db.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"database directory not writable: {db.parent} ({exc.strerror})"
            ) from None
        if db.exists() and not os.access(db, os.W_OK):
            raise StoreError(f"database not writable: {db}")
        if not db.exists() and not os.access(db.parent, os.W_OK):
            raise StoreError(
                f"database not writable: {db.parent} does not allow creating {db.name}"
            )
        con = _connect(db, lock_wait)
        store = cls(con, db)
        try:
            con.execute("SET TimeZone='UTC'")
            con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
            con.execute(f"SET checkpoint_threshold = '{CHECKPOINT_THRESHOLD}'")
            store.migrate()
        except duckdb.Error as exc:
            con.close()
            raise StoreError(f"cannot prepare database {db}: {str(exc).splitlines()[0]}") from None
        return store

    def close(self) -> None:
        """Close the connection (checkpointing the write-ahead log) and the raw writers."""
        self.raw.close()
        try:
            self.con.close()
        finally:
            # Drop the connection object too, even when closing failed (a checkpoint on a full
            # disk): a failed run keeps its traceback (and so this Store) alive until exit,
            # DuckDB reports connections alive at exit as leaks, and a new connection to the
            # file would get the same (invalidated) database while this one lives.
            del self.con

    def migrate(self) -> list[int]:
        """Apply pending numbered migrations in order; return the versions applied."""
        con = self.con
        con.execute(BOOTSTRAP)
        done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
        applied: list[int] = []
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            con.execute("BEGIN")
            con.execute(sql)
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)", [version, name, datetime.now(UTC)]
            )
            con.execute("COMMIT")
            applied.append(version)
        if applied or not self._comments_current():
            con.execute("BEGIN")
            for statement in comment_statements():
                con.execute(statement)
            con.execute("COMMIT")
        apply_views(con)  # after the migrations: the views read the columns they add
        for stage, table in STAGING.items():
            con.execute(f"CREATE TEMP TABLE IF NOT EXISTS {stage} AS SELECT * FROM {table} LIMIT 0")
        return applied

    def _comments_current(self) -> bool:
        have = dict(
            self.con.execute(
                "SELECT table_name || '.' || column_name, comment FROM duckdb_columns() "
                "WHERE database_name = current_database() AND schema_name = 'main'"
            ).fetchall()
        )
        return all(
            have.get(f"{t.name}.{c.name}") == c.description for t in TABLES for c in t.columns
        )

    # -- runs ---------------------------------------------------------------------------------

    def begin_run(
        self, run_id: str, params: dict[str, Any], logical_date: date, rules: str
    ) -> None:
        """Record the start of a run; runs left 'running' by a dead process become 'aborted'."""
        con = self.con
        con.execute("BEGIN")
        con.execute(
            "UPDATE runs SET status = 'aborted' WHERE status = 'running' AND run_id <> ?", [run_id]
        )
        con.execute(
            "INSERT INTO runs (run_id, started_at, status, params, n_seen, n_new, n_updated, "
            "n_unchanged, n_rejected, logical_date, rules_version) "
            "VALUES (?, ?, 'running', ?, 0, 0, 0, 0, 0, ?, ?)",
            [run_id, datetime.now(UTC), json.dumps(params, default=str), logical_date, rules],
        )
        con.execute("COMMIT")

    def finish_run(
        self,
        run_id: str,
        status: str,
        counts: LoadCounts,
        stage_seconds: dict[str, float],
        error: str | None = None,
        warnings: Sequence[str] = (),
    ) -> None:
        """Record the outcome of a run."""
        self.con.execute(
            "UPDATE runs SET finished_at = ?, status = ?, n_seen = ?, n_new = ?, n_updated = ?, "
            "n_unchanged = ?, n_rejected = ?, stage_seconds = ?, error = ?, warnings = ? "
            "WHERE run_id = ?",
            [
                datetime.now(UTC),
                status,
                counts.seen,
                counts.new,
                counts.updated,
                counts.unchanged,
                counts.rejected,
                json.dumps({k: round(v, 3) for k, v in stage_seconds.items()}),
                error,
                list(warnings),
                run_id,
            ],
        )

    def fail_run(self, run_id: str, error: str) -> None:
        """Mark a recorded run failed (its snapshot could not be published)."""
        self.con.execute(
            "UPDATE runs SET status = 'failed', error = ? WHERE run_id = ?", [error, run_id]
        )

    def record_seconds(self, run_id: str, stage_seconds: dict[str, float]) -> None:
        """Store a run's final stage timings (publishing ends after the outcome is written)."""
        self.con.execute(
            "UPDATE runs SET stage_seconds = ? WHERE run_id = ?",
            [json.dumps({k: round(v, 3) for k, v in stage_seconds.items()}), run_id],
        )

    # -- sources ------------------------------------------------------------------------------

    def known_sources(self, uris: Sequence[str]) -> dict[str, SourceState]:
        """Bookkeeping rows for these inputs (to skip unchanged ones before reading)."""
        if not uris:
            return {}
        rows = self.con.execute(
            "SELECT source_uri, size, mtime_ns, sha256, article_id, status, etag, last_modified, "
            "rules_version, retryable FROM sources "
            # The range lets DuckDB skip row groups by their min/max (batches come in path
            # order): 7 ms instead of 19 ms per batch against 100k sources.
            "WHERE source_uri BETWEEN ? AND ? AND source_uri IN (SELECT unnest(?))",
            [min(uris), max(uris), list(uris)],
        ).fetchall()
        return {r[0]: SourceState(*r[1:]) for r in rows}

    def replayable_sources(
        self, since: date | None = None, uris: Sequence[str] | None = None
    ) -> list[SourceRef]:
        """Inputs with bytes in the raw store, in path order, for reprocess (only `uris`, if
        given)."""
        rows = self.con.execute(
            "SELECT source_uri, size, mtime_ns FROM sources "
            "WHERE role = 'input' AND sha256 IS NOT NULL AND status IN ('loaded', 'rejected') "
            "AND (CAST(? AS DATE) IS NULL OR seen_at >= CAST(? AS DATE)) "
            "AND (CAST(? AS VARCHAR[]) IS NULL "
            "     OR source_uri IN (SELECT unnest(CAST(? AS VARCHAR[])))) "
            "ORDER BY source_uri",
            [since, since, uris, uris],
        ).fetchall()
        return [SourceRef(*row) for row in rows]

    def top_rejects(self, run_id: str, limit: int = 10) -> list[tuple[str, str, int, str]]:
        """The run's most frequent (stage, reason) rejects, with a count and an example input."""
        rows = self.con.execute(
            "SELECT stage, reason, count(*) AS n, min(source_uri) FROM rejects WHERE run_id = ? "
            "GROUP BY ALL ORDER BY n DESC, stage, reason LIMIT ?",
            [run_id, limit],
        ).fetchall()
        return [(r[0], r[1], int(r[2]), r[3]) for r in rows]
