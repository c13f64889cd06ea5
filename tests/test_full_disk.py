"""A full disk (issue 17, point 6): exit 2 with one line naming the cause, the run marked failed
with it, no temporary file left, the database readable, and the next run completes.

Two ways to fill a disk: a small tmpfs (mounted in a user namespace with `unshare`: no root
needed where unprivileged user namespaces are allowed) and, portable, a file size limit
(`ulimit -f`, RLIMIT_FSIZE), which the kernel reports as "File too large" (EFBIG) instead.
Every run is the `wirecopy` command in a subprocess, as a user runs it.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest

from benchmarks.corpus import generate
from wirecopy.tasks.errors import DiskFullError, disk_full

ROOT = Path(__file__).resolve().parents[1]
WIRECOPY = str(Path(sys.executable).parent / "wirecopy")
N_DOCS = 150


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """150 generated documents (Markdown, agency copy, HTML pages): about 3 MB."""
    folder = tmp_path_factory.mktemp("full-disk") / "corpus"
    generate(folder, N_DOCS)
    return folder


def wirecopy(*args: str, fsize: int | None = None) -> subprocess.CompletedProcess[str]:
    """The wirecopy command, locally orchestrated, optionally under a file size limit."""

    def limit() -> None:
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "WIRECOPY_"))}
    return subprocess.run(
        [WIRECOPY, *args, "--orchestration", "local", "-q"],
        capture_output=True,
        text=True,
        env=env,
        preexec_fn=limit,
        timeout=300,
        check=False,
    )


def outcome(db: Path) -> dict[str, Any]:
    """What a failed run left: its runs rows, temporary files, whether the database reads."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        runs = con.execute("SELECT status, error FROM runs ORDER BY started_at").fetchall()
        (articles,) = con.execute("SELECT count(*) FROM articles").fetchone() or (None,)
    finally:
        con.close()
    temporary = sorted(
        str(p.relative_to(db.parent)) for p in db.parent.rglob("*") if ".tmp" in p.name
    )
    return {"runs": runs, "articles": articles, "temporary": temporary}


def ingest(corpus: Path, db: Path, *extra: str, fsize: int | None = None) -> dict[str, Any]:
    done = wirecopy("ingest", str(corpus), "--db", str(db), *extra, fsize=fsize)
    return {"code": done.returncode, "stderr": done.stderr.strip().splitlines()}


# -- the scenario, run inside a mount namespace ---------------------------------------------


def tmpfs_scenario(corpus: str, mnt: str, size: str, publish: bool) -> None:
    """Fill a tmpfs of `size`, then make it bigger and run again; print what happened."""
    flag = () if publish else ("--no-publish",)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", mnt], check=True)
    db = Path(mnt) / "wirecopy.duckdb"
    first = ingest(Path(corpus), db, *flag)
    after_first = outcome(db)
    subprocess.run(["mount", "-o", "remount,size=64m", mnt], check=True)
    second = ingest(Path(corpus), db, *flag)
    print(json.dumps([first, after_first, second, outcome(db)], default=str))


def in_tmpfs(corpus: Path, tmp_path: Path, size: str, publish: bool) -> list[dict[str, Any]]:
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("no unshare(1): a tmpfs cannot be mounted here (the ulimit test stands in)")
    probe = subprocess.run([unshare, "-rm", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("user namespaces are not allowed here (the ulimit test stands in)")
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    code = (
        "import sys; from tests.test_full_disk import tmpfs_scenario; "
        "tmpfs_scenario(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == 'publish')"
    )
    args = [str(corpus), str(mnt), size, "publish" if publish else "no-publish"]
    done = subprocess.run(
        [unshare, "-rm", sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        check=True,
    )
    result: list[dict[str, Any]] = json.loads(done.stdout)
    return result


def assert_fails_cleanly_then_recovers(steps: list[dict[str, Any]], cause: str) -> None:
    first, after_first, second, after_second = steps
    assert first["code"] == 2
    assert len(first["stderr"]) == 1 and cause in first["stderr"][0], first["stderr"]
    assert "free some space and run again" in first["stderr"][0]
    [(status, error)] = after_first["runs"]
    assert status == "failed" and cause in error
    assert after_first["temporary"] == []
    assert second["code"] == 0, second["stderr"]
    assert [s for s, _ in after_second["runs"]] == ["failed", "completed"]
    assert after_second["articles"] == N_DOCS
    assert after_second["temporary"] == []


def test_a_full_tmpfs_while_loading(corpus: Path, tmp_path: Path) -> None:
    steps = in_tmpfs(corpus, tmp_path, "2m", publish=False)
    assert_fails_cleanly_then_recovers(steps, "No space left on device")
    assert "wirecopy.duckdb" in steps[1]["runs"][0][1]  # the file that could not be written


def test_a_full_tmpfs_while_publishing(corpus: Path, tmp_path: Path) -> None:
    # Room for the loads, not for the snapshot: the run must not stay 'completed'.
    steps = in_tmpfs(corpus, tmp_path, "6m", publish=True)
    assert_fails_cleanly_then_recovers(steps, "No space left on device")
    assert "publish" in steps[1]["runs"][0][1]


@pytest.mark.parametrize(("limit", "where"), [(1_000_000, "wal"), (2_500_000, "checkpoint")])
def test_a_file_size_limit_stands_in_for_a_full_disk(
    corpus: Path, tmp_path: Path, limit: int, where: str
) -> None:
    # 1 MB: the write-ahead log of a batch hits it; 2.5 MB: the checkpoint before publishing,
    # which invalidates the open database (the outcome is recorded through a new connection).
    db = tmp_path / "data" / "wirecopy.duckdb"
    first = ingest(corpus, db, fsize=limit)
    after_first = outcome(db)
    second = ingest(corpus, db)
    assert_fails_cleanly_then_recovers([first, after_first, second, outcome(db)], "File too large")


def test_disk_full_is_found_through_the_exception_chain() -> None:
    try:
        try:
            raise duckdb.IOException('Could not write file "/d/w.wal": No space left on device')
        except duckdb.Error as full:
            raise duckdb.TransactionException(
                "cannot rollback - no transaction is active"
            ) from full
    except duckdb.Error as exc:
        assert disk_full(exc) == "No space left on device (/d/w.wal)"
    assert issubclass(DiskFullError, Exception)
