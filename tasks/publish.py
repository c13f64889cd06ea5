"""Publish stage: after a successful run, a read-only snapshot for dashboards and BI tools.

DuckDB allows one writing process and a lock conflict fails at once, whether a dashboard blocks
the loader or the loader blocks a dashboard. Readers therefore open a published copy: the writer
copies the database into a temporary file and swaps it in with os.replace, so open readers keep
the old snapshot and new readers see the new one. The copy is written in a storage version that
older DuckDB drivers (BI tools, DuckDB 1.4/1.5) can open.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from wirecopy.schemas.contract import INTERNAL_SCHEMA
from wirecopy.schemas.records import LoadCounts
from wirecopy.tasks.errors import rollback
from wirecopy.tasks.store import Store

# DuckDB 1.5 cannot open a 2.0 file ("version number 69, but we can only read versions between
# 64 and 68"); v1.4.0 storage is read by DuckDB 1.4, 1.5 and 2.x.
DEFAULT_STORAGE_VERSION = "v1.4.0"


def snapshot_path(db: str | os.PathLike[str]) -> Path:
    """Where the published snapshot of a database lives: `x.duckdb` → `x.published.duckdb`."""
    path = Path(db)
    return path.with_name(f"{path.stem}.published{path.suffix or '.duckdb'}")


def publish_snapshot(
    con: duckdb.DuckDBPyConnection,
    db: str | os.PathLike[str],
    storage_version: str = DEFAULT_STORAGE_VERSION,
) -> Path:
    """Copy the writer's database to its snapshot path atomically; return the snapshot path."""
    target = snapshot_path(db)
    source = _current(con)
    con.execute("CHECKPOINT")
    with _temporary(target) as tmp:
        con.execute(
            f"ATTACH '{_sql_str(tmp)}' AS wirecopy_snapshot (STORAGE_VERSION '{storage_version}')"
        )
        try:
            _copy_public(con, source)
        finally:
            con.execute("DETACH wirecopy_snapshot")
        os.replace(tmp, target)
    return target


def _copy_public(con: duckdb.DuckDBPyConnection, source: str) -> None:
    """Copy the database into the attached snapshot without its internal schema (loader state
    such as the story index: readers never need it, and it is ~1.3 KB per article).

    COPY FROM DATABASE copies every schema, so: its schema-only form (tables, views, comments),
    the internal schema dropped, then the rows of each remaining table, in one transaction.
    """
    con.execute(f'COPY FROM DATABASE "{source}" TO wirecopy_snapshot (SCHEMA)')
    con.execute(f"DROP SCHEMA IF EXISTS wirecopy_snapshot.{INTERNAL_SCHEMA} CASCADE")
    tables = con.execute(
        "SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = ? "
        "AND NOT temporary AND NOT internal ORDER BY schema_name, table_name",
        [source],
    ).fetchall()
    con.execute("BEGIN")
    try:
        for schema, table in tables:
            if schema == INTERNAL_SCHEMA:
                continue
            name = f'"{schema}"."{table}"'
            con.execute(f'INSERT INTO wirecopy_snapshot.{name} SELECT * FROM "{source}".{name}')
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _sql_str(path: Path) -> str:
    return str(path).replace("'", "''")


# Loader bookkeeping that changes with every run, even one that changes no article.
BOOKKEEPING_TABLES = ("runs", "sources", "fetches", "rejects", "checks")


def publish_run(store: Store, counts: LoadCounts) -> Path:
    """Publish after a completed run, so readers see every run.

    A run that changed no article refreshes only the bookkeeping tables of a copy of the last
    snapshot (a file copy, no re-encoding of the articles: ~1 s per 10k articles saved), unless
    the schema changed since (new columns or views come only with a full copy).
    """
    snapshot = snapshot_path(store.path)
    check_space(store.path)
    if counts.new + counts.updated == 0 and snapshot.exists():
        refreshed = refresh_bookkeeping(store.con, store.path)
        if refreshed is not None:
            return refreshed
    return publish_snapshot(store.con, store.path)


# Room kept free beyond the estimate: DuckDB's own temporary files, the runs row written after.
_SPACE_MARGIN = 1 << 20


def check_space(db: Path) -> None:
    """OSError(ENOSPC) when the disk cannot hold what publishing writes, before it writes.

    Publishing checkpoints the write-ahead log into the database (up to its size again) and
    copies the database (its size once more). A checkpoint that runs out of space invalidates
    the open database, and the run could no longer be marked failed: so it is not tried.
    """
    wal = Path(f"{db}.wal")
    db_bytes = db.stat().st_size if db.exists() else 0
    wal_bytes = wal.stat().st_size if wal.exists() else 0
    need = db_bytes + 2 * wal_bytes + _SPACE_MARGIN
    free = shutil.disk_usage(db.parent).free
    if free < need:
        target = snapshot_path(db)
        message = (
            f"{os.strerror(errno.ENOSPC)}: publishing needs about {need:,} bytes, {free:,} free"
        )
        raise OSError(errno.ENOSPC, message, str(target.with_name(f".{target.name}.tmp")))


def refresh_bookkeeping(con: duckdb.DuckDBPyConnection, db: str | os.PathLike[str]) -> Path | None:
    """A copy of the snapshot with the live bookkeeping tables, swapped in; None (nothing
    written) when the snapshot's schema is not the live one."""
    target = snapshot_path(db)
    with _temporary(target) as tmp:
        shutil.copyfile(target, tmp)
        con.execute(f"ATTACH '{_sql_str(tmp)}' AS wirecopy_snapshot")
        try:
            if _schema(con, "wirecopy_snapshot") != _schema(con, _current(con)):
                return None
            # Stories change without an article changing when a run's start catches up (a
            # database from before them) or drops members of vanished articles.
            if _stories(con, "wirecopy_snapshot") != _stories(con, _current(con)):
                return None
            con.execute("BEGIN")
            try:
                for table in BOOKKEEPING_TABLES:
                    con.execute(f"DELETE FROM wirecopy_snapshot.{table}")
                    con.execute(f"INSERT INTO wirecopy_snapshot.{table} SELECT * FROM {table}")
                con.execute("COMMIT")
            except BaseException:
                rollback(con)
                raise
        finally:
            con.execute("DETACH wirecopy_snapshot")
        os.replace(tmp, target)
    return target


@contextmanager
def _temporary(target: Path) -> Iterator[Path]:
    """A temporary file beside the snapshot, removed (with its WAL) unless it was swapped in."""
    tmp = target.with_name(f".{target.name}.tmp")
    leftovers = (tmp, Path(f"{tmp}.wal"))
    for leftover in leftovers:
        leftover.unlink(missing_ok=True)
    try:
        yield tmp
    finally:
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)


def _current(con: duckdb.DuckDBPyConnection) -> str:
    name: str = con.execute("SELECT current_database()").fetchone()[0]  # type: ignore[index]
    return name


def _stories(con: duckdb.DuckDBPyConnection, database: str) -> tuple[object, ...]:
    """How many story members a database has, and when the last was assigned."""
    row = con.execute(
        f'SELECT count(*), max(assigned_at) FROM "{database}".main.story_members'
    ).fetchone()
    return tuple(row or ())


def _schema(con: duckdb.DuckDBPyConnection, database: str) -> list[tuple[str, ...]]:
    """Tables, columns, types, comments and view definitions of one attached database."""
    columns = con.execute(
        "SELECT table_name, column_name, data_type, coalesce(comment, '') FROM duckdb_columns() "
        "WHERE database_name = ? AND schema_name = 'main' ORDER BY table_name, column_index",
        [database],
    ).fetchall()
    views = con.execute(
        "SELECT view_name, sql, '', '' FROM duckdb_views() "
        "WHERE database_name = ? AND schema_name = 'main' AND NOT internal ORDER BY view_name",
        [database],
    ).fetchall()
    return [tuple(str(v) for v in row) for row in columns + views]
