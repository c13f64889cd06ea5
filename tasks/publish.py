"""Publish stage: after a successful run, a read-only snapshot for dashboards and BI tools.

DuckDB allows one writing process and a lock conflict fails at once, whether a dashboard blocks
the loader or the loader blocks a dashboard. Readers therefore open a published copy: the writer
copies the database into a temporary file and swaps it in with os.replace, so open readers keep
the old snapshot and new readers see the new one. The copy is written in a storage version that
older DuckDB drivers (BI tools, DuckDB 1.4/1.5) can open.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from wirecopy.schemas.records import LoadCounts
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
    tmp = target.with_name(f".{target.name}.tmp")
    for leftover in (tmp, Path(f"{tmp}.wal")):
        leftover.unlink(missing_ok=True)
    source = con.execute("SELECT current_database()").fetchone()[0]  # type: ignore[index]
    con.execute("CHECKPOINT")
    con.execute(
        f"ATTACH '{_sql_str(tmp)}' AS wirecopy_snapshot (STORAGE_VERSION '{storage_version}')"
    )
    try:
        con.execute(f'COPY FROM DATABASE "{source}" TO wirecopy_snapshot')
    finally:
        con.execute("DETACH wirecopy_snapshot")
    os.replace(tmp, target)
    return target


def _sql_str(path: Path) -> str:
    return str(path).replace("'", "''")


def publish_run(store: Store, counts: LoadCounts) -> Path:
    """Publish after a completed run; a run that changed nothing keeps the last snapshot."""
    snapshot = snapshot_path(store.path)
    # A night that changed nothing does not copy the database again (1 s per 10k articles).
    if counts.new + counts.updated + counts.rejected == 0 and snapshot.exists():
        return snapshot
    return publish_snapshot(store.con, store.path)
