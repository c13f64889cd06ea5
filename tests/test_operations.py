"""Operations: reprocess from raw, a killed run, and readers while a run loads."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SAMPLES
from wirecopy.flows.pipeline import run_ingest, run_reprocess
from wirecopy.tasks.publish import snapshot_path
from wirecopy.tasks.store import Store, StoreError

_CHILD_TABLES = {
    "images": "article_id, position, url, alt_text, role",
    "captions": "article_id, position, caption_text, credit, image_url, credits",
    "removed_fragments": "article_id, position, kind, text, rule",
}


def _content(db: Path) -> dict[str, list[tuple[object, ...]]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {
            "articles": con.execute(
                "SELECT article_id, source_uri, title, body_text, word_count, published_at, "
                "category, wire, metadata, first_seen_at FROM articles ORDER BY article_id"
            ).fetchall()
        }
        for table, cols in _CHILD_TABLES.items():
            out[table] = con.execute(f"SELECT {cols} FROM {table} ORDER BY 1, 2").fetchall()
        return out
    finally:
        con.close()


def _wire_file(i: int) -> str:
    return textwrap.dedent(
        f"""\
        ---
        code: "OPS-{i:05d}"
        title: "Story number {i}"
        category: "TEST"
        ---

        The first paragraph of story {i} says something about the harbour.

        ![Cranes at dawn, story {i}. (Photo: Northwind Press)](https://img.example.org/{i}.jpg)

        Cranes at dawn, story {i}. (Photo: Northwind Press)

        ADVERTISEMENT

        The second paragraph of story {i} closes the report.
        """
    )


def test_reprocess_rebuilds_identical_tables_from_raw_without_the_inputs(
    tmp_path: Path, db_path: Path
) -> None:
    src = tmp_path / "in"
    shutil.copytree(SAMPLES, src)
    first = run_ingest([str(src)], str(db_path))
    expected = _content(db_path)
    shutil.rmtree(src)  # reprocess reads only the raw landing zone
    con = duckdb.connect(str(db_path))
    con.execute("UPDATE articles SET body_text = 'damaged', title = NULL")
    con.execute("DELETE FROM captions")
    con.close()
    summary = run_reprocess(str(db_path))
    n = first.counts.seen
    c = summary.counts
    assert (c.seen, c.new, c.updated, c.rejected) == (n, 0, n, 0)
    assert _content(db_path) == expected
    con = duckdb.connect(str(db_path), read_only=True)
    versions = con.execute("SELECT DISTINCT rules_version FROM articles").fetchall()
    con.close()
    assert len(versions) == 1 and versions[0][0]


def test_reprocess_since_only_touches_recent_inputs(tmp_path: Path, db_path: Path) -> None:
    (tmp_path / "a.md").write_text(_wire_file(1))
    run_ingest([str(tmp_path)], str(db_path))
    future = run_reprocess(str(db_path), since=_tomorrow())
    assert future.counts.seen == 0


def _tomorrow() -> object:
    from datetime import UTC, datetime, timedelta

    return (datetime.now(UTC) + timedelta(days=1)).date()


def test_killed_run_leaves_whole_batches_and_a_rerun_completes(tmp_path: Path) -> None:
    n = 4000
    src = tmp_path / "wire"
    src.mkdir()
    for i in range(n):
        (src / f"{i:05d}.md").write_text(_wire_file(i))
    db = tmp_path / "w.duckdb"
    exe = Path(sys.executable).parent / "wirecopy"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "WIRECOPY_"))}
    proc = subprocess.Popen(
        [str(exe), "ingest", str(src), "--db", str(db), "--batch-size", "50"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wal = Path(f"{db}.wal")
    deadline = time.monotonic() + 60
    # Kill once a few batches have been committed (the WAL grows at each commit).
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 300_000:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run finished before it could be killed; raise n"
    helpers = _descendants(proc.pid)
    assert helpers, "the run had started its parse/clean worker processes"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    # The worker processes (and their forkserver) go with the run instead of lingering.
    gone_by = time.monotonic() + 15
    while time.monotonic() < gone_by and any(_alive(pid) for pid in helpers):
        time.sleep(0.2)
    assert not [pid for pid in helpers if _alive(pid)]

    con = duckdb.connect(str(db), read_only=True)
    loaded = con.execute("SELECT count(*) FROM articles").fetchone()[0]  # type: ignore[index]
    # Committed batches only: every article's children and bookkeeping are there too.
    assert 0 < loaded < n
    assert loaded % 50 == 0
    assert con.execute("SELECT count(*) FROM sources WHERE status = 'loaded'").fetchone() == (
        loaded,
    )
    assert con.execute("SELECT count(*) FROM captions").fetchone() == (loaded,)
    assert con.execute("SELECT status FROM runs").fetchall() == [("running",)]
    con.close()

    summary = run_ingest([str(src)], str(db))
    c = summary.counts
    assert (c.seen, c.new, c.unchanged, c.rejected) == (n, n - loaded, loaded, 0)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT article_id) FROM articles").fetchone() == (
        n,
        n,
    )
    statuses = sorted(r[0] for r in con.execute("SELECT status FROM runs").fetchall())
    con.close()
    assert statuses == ["aborted", "completed"]


def _descendants(pid: int) -> list[int]:
    """Every live descendant of a process (from /proc: no psutil needed)."""
    found: list[int] = []
    todo = [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*/children"):
            kids = [int(k) for k in task.read_text().split()]
            found.extend(kids)
            todo.extend(kids)
    return found


def _alive(pid: int) -> bool:
    """True while the process exists and is not a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (FileNotFoundError, IndexError):
        return False


_READER = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print(con.execute("SELECT count(*) FROM articles").fetchone()[0], flush=True)
sys.stdin.readline()  # hold the connection open until the test says so
print(con.execute("SELECT count(*) FROM articles").fetchone()[0], flush=True)
"""


def test_reader_on_published_snapshot_and_loader_both_work(tmp_path: Path, db_path: Path) -> None:
    first = tmp_path / "day1"
    first.mkdir()
    (first / "a.md").write_text(_wire_file(1))
    run_ingest([str(first)], str(db_path))
    snapshot = snapshot_path(db_path)
    reader = subprocess.Popen(
        [sys.executable, "-c", _READER, str(snapshot)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert reader.stdout is not None and reader.stdin is not None
    assert reader.stdout.readline().strip() == "1"
    # While the reader holds the snapshot open, the loader writes the live file and publishes.
    second = tmp_path / "day2"
    second.mkdir()
    for i in range(2, 5):
        (second / f"{i}.md").write_text(_wire_file(i))
    summary = run_ingest([str(first), str(second)], str(db_path))
    assert summary.counts.new == 3
    # The open reader keeps its consistent old snapshot; a new reader sees the new one.
    reader.stdin.write("\n")
    reader.stdin.flush()
    assert reader.stdout.readline().strip() == "1"
    reader.wait(timeout=30)
    con = duckdb.connect(str(snapshot), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (4,)
    con.close()


def test_loader_names_the_process_holding_the_live_file(tmp_path: Path, db_path: Path) -> None:
    Store.open(db_path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", _READER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    assert holder.stdout.readline().strip() == "0"
    try:
        with pytest.raises(StoreError) as failed:
            Store.open(db_path, lock_wait=0.5)
        message = str(failed.value)
        assert "locked by another process" in message
        assert f"PID {holder.pid}" in message
        assert "published snapshot" in message
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    Store.open(db_path).close()  # free again once the holder has gone


def test_reprocess_parses_and_cleans_in_the_worker_processes(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wirecopy.flows import pipeline
    from wirecopy.tasks.lanes import INLINE_MAX

    n = INLINE_MAX + 20  # over the size a first batch is done in-process
    for i in range(n):
        (tmp_path / f"{i}.md").write_text(_wire_file(i))
    run_ingest([str(tmp_path)], str(db_path))
    pids: list[int] = []
    load = pipeline._load

    def spy(stages: object, batch: pipeline._InFlight, *args: object) -> None:
        pids.append(batch.cleaned.result().worker_pid)
        load(stages, batch, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_load", spy)
    summary = run_reprocess(str(db_path), workers=2)
    assert summary.counts.updated == n
    assert pids and os.getpid() not in pids  # every batch's parse and clean ran in a worker
