"""End-to-end reliability cases (issue 17): the `wirecopy` command against inputs and events
that broke it once, each case printed with what it must do and what it did.

    .venv/bin/python benchmarks/reliability_e2e.py              # every case, about a minute
    .venv/bin/python benchmarks/reliability_e2e.py --work DIR   # keep the folders and databases
    .venv/bin/python benchmarks/reliability_e2e.py --case fifo --case full-disk

Cases: a FIFO and a symlink to /dev/zero in the input folder, a YAML alias bomb beside a good
file, a parse worker killed with SIGKILL mid-run, the run itself killed (its workers must not
outlive it), and a full disk: a small tmpfs mounted in a user namespace (`unshare -rm`), or
where that is not allowed a file size limit (RLIMIT_FSIZE, "File too large") standing in.
Every run is a subprocess with a time limit, so a hang is a failed case, not a stuck script.
Exit code 1 when a case fails.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate

WIRECOPY = str(Path(sys.executable).parent / "wirecopy")
GOOD = "---\ntitle: Good story\n---\nThe good file beside it loads.\n"
RUN_LIMIT = 180.0  # seconds: a run that takes longer hangs
KILLED_CORPUS = 2_000  # documents: enough for a run that lasts while a worker is killed


@dataclass(frozen=True, slots=True)
class Outcome:
    """One case: what it must do, what happened, and whether that is it."""

    name: str
    expect: str
    observed: str
    ok: bool


@dataclass(frozen=True, slots=True)
class Ran:
    code: int | None  # None: killed at the time limit
    stdout: str
    stderr: str
    seconds: float


def wirecopy(*args: str, env: dict[str, str] | None = None, fsize: int | None = None) -> Ran:
    """The wirecopy command, locally orchestrated, with a time limit."""

    def limit() -> None:
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    started = time.perf_counter()
    try:
        done = subprocess.run(
            [WIRECOPY, *args, "--orchestration", "local", "-q"],
            capture_output=True,
            text=True,
            env=_env(env),
            preexec_fn=limit,
            timeout=RUN_LIMIT,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else ""
        return Ran(None, out, "", time.perf_counter() - started)
    return Ran(done.returncode, done.stdout, done.stderr, time.perf_counter() - started)


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "WIRECOPY_"))}
    return {**env, **(extra or {})}


def query(db: Path, sql: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def rejects(db: Path) -> list[tuple[object, ...]]:
    return query(db, "SELECT stage, reason, detail FROM rejects ORDER BY reason")


def folder(work: Path, name: str) -> tuple[Path, Path]:
    """A fresh input folder with the good file in it, and a database path."""
    src = work / name / "in"
    shutil.rmtree(src.parent, ignore_errors=True)
    src.mkdir(parents=True)
    (src / "good.md").write_text(GOOD)
    return src, work / name / "wirecopy.duckdb"


# -- special files and poison pills ------------------------------------------------------------


def case_fifo(work: Path) -> Outcome:
    src, db = folder(work, "fifo")
    os.mkfifo(src / "pipe.md")
    ran = wirecopy("ingest", str(src), "--db", str(db), "--max-reject-ratio", "1")
    got = rejects(db) if ran.code is not None else []
    ok = ran.code == 0 and got == [("fetch", "not a regular file: a named pipe (FIFO)", None)]
    seen = f"exit {ran.code} in {ran.seconds:.1f}s; rejects {got}"
    return Outcome("fifo", "a reject naming the FIFO, the run completes", seen, ok)


def case_dev_zero(work: Path) -> Outcome:
    src, db = folder(work, "dev-zero")
    (src / "zero.md").symlink_to("/dev/zero")
    ran = wirecopy("ingest", str(src), "--db", str(db), "--max-reject-ratio", "1")
    got = rejects(db) if ran.code is not None else []
    want = [("fetch", "not a regular file: a character device", "a symlink to /dev/zero")]
    seen = f"exit {ran.code} in {ran.seconds:.1f}s; rejects {got}"
    return Outcome(
        "dev-zero", "a reject naming the device, no read", seen, ran.code == 0 and got == want
    )


def alias_bomb(levels: int = 9) -> str:
    names = "abcdefghijklmnopqrstuvwxyz"
    lines = ["a: &a [" + ",".join(["lol"] * 9) + "]"]
    lines += [
        f"{names[i]}: &{names[i]} [" + ",".join([f"*{names[i - 1]}"] * 9) + "]"
        for i in range(1, levels + 1)
    ]
    return "---\ntitle: Bomb\n" + "\n".join(lines) + "\n---\nBody.\n"


def case_alias_bomb(work: Path) -> Outcome:
    src, db = folder(work, "alias-bomb")
    (src / "bomb.md").write_text(alias_bomb())
    runs = [wirecopy("ingest", str(src), "--db", str(db), "--max-reject-ratio", "1") for _ in "12"]
    titles = query(db, "SELECT title FROM articles") if runs[0].code is not None else []
    got = [(r[1], r[2]) for r in rejects(db)] if titles else []
    ok = [r.code for r in runs] == [0, 0] and titles == [("Good story",)]
    ok = ok and got == [("front matter too large", "aliases expand to more than 10,000 values")]
    seen = (
        f"{len(alias_bomb())}-byte bomb: exits {[r.code for r in runs]} in "
        f"{', '.join(f'{r.seconds:.1f}s' for r in runs)}; loaded {titles}; rejects {got}"
    )
    return Outcome("alias-bomb", "bomb rejected, good file loaded, every run completes", seen, ok)


# -- lost processes ------------------------------------------------------------------------------


def children(pid: int) -> list[int]:
    """Direct children of a process (Linux /proc)."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def descendants(pid: int) -> list[int]:
    todo, seen = children(pid), []
    while todo:
        child = todo.pop()
        seen.append(child)
        todo += children(child)
    return seen


def workers_of(pid: int) -> list[int]:
    """Parse workers: the forkserver's children (the run's grandchildren)."""
    return [w for c in children(pid) for w in children(c)]


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def started_run(src: Path, db: Path) -> tuple[subprocess.Popen[str], list[int]]:
    """A run of the big corpus on two workers, once both workers are busy."""
    proc = subprocess.Popen(
        [WIRECOPY, "ingest", str(src), "--db", str(db), "--orchestration", "local", "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env({"WIRECOPY_WORKERS": "2"}),
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        workers = workers_of(proc.pid)
        if len(workers) >= 2:
            time.sleep(1.0)  # both have work in hand
            return proc, workers_of(proc.pid)
        time.sleep(0.05)
    return proc, []


def corpus(work: Path) -> Path:
    src = work / "corpus"
    if not src.exists():
        generate(src, KILLED_CORPUS)
    return src


def case_killed_worker(work: Path) -> Outcome:
    src = corpus(work)
    db = work / "killed-worker" / "wirecopy.duckdb"
    shutil.rmtree(db.parent, ignore_errors=True)
    proc, workers = started_run(src, db)
    if not workers:
        proc.kill()
        return Outcome("killed-worker", "run completes", "no worker seen", False)
    os.kill(workers[0], signal.SIGKILL)
    try:
        out, _ = proc.communicate(timeout=RUN_LIMIT)
    except subprocess.TimeoutExpired:
        proc.kill()
        return Outcome("killed-worker", "run completes", "hung after the kill", False)
    articles = query(db, "SELECT count(*) FROM articles")[0][0]
    got = rejects(db)
    ok = proc.returncode == 0 and articles == KILLED_CORPUS and not got
    seen = (
        f"killed worker {workers[0]} of {workers}; exit {proc.returncode}; "
        f"{articles} of {KILLED_CORPUS} articles; rejects {got}; {counts_line(out)}"
    )
    return Outcome("killed-worker", "run completes, nothing lost, no reject", seen, ok)


def counts_line(stdout: str) -> str:
    """The summary's counts: 'seen 2000 · new 2000 · …'."""
    return next((line for line in stdout.splitlines() if line.startswith("seen ")), "")


def case_killed_run(work: Path) -> Outcome:
    src = corpus(work)
    db = work / "killed-run" / "wirecopy.duckdb"
    shutil.rmtree(db.parent, ignore_errors=True)
    proc, workers = started_run(src, db)
    helpers = descendants(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)  # not reaped yet: a zombie, as under a dead supervisor
    deadline, gone_after = time.monotonic() + 30, None
    while time.monotonic() < deadline:
        if not any(alive(p) for p in helpers):
            gone_after = 30 - (deadline - time.monotonic())
            break
        time.sleep(0.05)
    left = [p for p in helpers if alive(p)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    proc.wait()
    again = wirecopy("ingest", str(src), "--db", str(db))
    articles = query(db, "SELECT count(*) FROM articles")[0][0]
    statuses = [r[0] for r in query(db, "SELECT status FROM runs ORDER BY started_at")]
    ok = bool(workers) and not left and again.code == 0 and articles == KILLED_CORPUS
    gone = f"{gone_after:.2f}s" if gone_after is not None else "never"
    seen = (
        f"{len(helpers)} helper processes gone {gone} after the kill; next run exit "
        f"{again.code}: {articles} articles; runs {statuses}"
    )
    return Outcome("killed-run", "helpers exit at once, the next run completes", seen, ok)


# -- full disk -----------------------------------------------------------------------------------

_TMPFS_SCRIPT = """
set -u
DB="$MNT/wirecopy.duckdb"
mount -t tmpfs -o size=2m tmpfs "$MNT"
"$WC" ingest "$SRC" --db "$DB" --orchestration local -q --no-publish 2>"$ERR"
echo "first_exit=$?"
echo "temporary=$(find "$MNT" -name '*.tmp*' | wc -l)"
"$WC" sql "SELECT status || ' | ' || error FROM runs" --db "$DB" --csv | tail -n +2
mount -o remount,size=64m "$MNT"
"$WC" ingest "$SRC" --db "$DB" --orchestration local -q --no-publish >/dev/null 2>&1
echo "second_exit=$?"
"$WC" sql "SELECT count(*) FROM articles" --db "$DB" --csv | tail -n +2
"""


def case_full_disk(work: Path) -> Outcome:
    src = work / "full-disk" / "in"
    if not src.exists():
        generate(src, 150)
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-rm", "true"], check=False).returncode:
        return full_disk_stand_in(src, work / "full-disk")  # no user namespaces here
    mnt = work / "full-disk" / "mnt"
    mnt.mkdir(exist_ok=True)
    err = work / "full-disk" / "stderr.txt"
    env = _env({"MNT": str(mnt), "SRC": str(src), "WC": WIRECOPY, "ERR": str(err)})
    done = subprocess.run(
        [unshare, "-rm", "sh", "-c", _TMPFS_SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        timeout=2 * RUN_LIMIT,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    stderr = err.read_text().strip().splitlines() if err.exists() else []
    ok = (
        "first_exit=2" in lines
        and "temporary=0" in lines
        and "second_exit=0" in lines
        and len(stderr) == 1
        and "No space left on device" in stderr[0]
        and any(line.startswith("failed | disk full: No space left") for line in lines)
        and lines[-1] == "150"
    )
    seen = f"2 MB tmpfs: {lines}; stderr {stderr}"
    return Outcome(
        "full-disk (tmpfs)", "exit 2, one line, run failed, next run completes", seen, ok
    )


def full_disk_stand_in(src: Path, where: Path) -> Outcome:
    db = where / "wirecopy.duckdb"
    first = wirecopy("ingest", str(src), "--db", str(db), "--no-publish", fsize=1_000_000)
    runs = query(db, "SELECT status, error FROM runs")
    second = wirecopy("ingest", str(src), "--db", str(db), "--no-publish")
    articles = query(db, "SELECT count(*) FROM articles")[0][0]
    lines = first.stderr.strip().splitlines()
    ok = first.code == 2 and len(lines) == 1 and "File too large" in lines[0]
    ok = ok and runs[0][0] == "failed" and second.code == 0 and articles == 150
    seen = (
        f"exit {first.code}: {lines}; runs {runs}; next run exit {second.code}, {articles} articles"
    )
    return Outcome(
        "full-disk (ulimit -f stand-in)", "exit 2, one line, failed run, recovery", seen, ok
    )


CASES: dict[str, Callable[[Path], Outcome]] = {
    "fifo": case_fifo,
    "dev-zero": case_dev_zero,
    "alias-bomb": case_alias_bomb,
    "killed-worker": case_killed_worker,
    "killed-run": case_killed_run,
    "full-disk": case_full_disk,
}


def main(argv: list[str] | None = None) -> int:
    """Run the cases, print each outcome; exit 1 when one fails."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--work", type=Path, help="keep inputs and databases here")
    ap.add_argument("--case", action="append", choices=sorted(CASES), help="run only these")
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="wirecopy-e2e-"))
    work.mkdir(parents=True, exist_ok=True)
    failed = 0
    try:
        for name in args.case or list(CASES):
            outcome = CASES[name](work)
            failed += not outcome.ok
            print(f"{'ok  ' if outcome.ok else 'FAIL'} {outcome.name}: {outcome.expect}")
            print(f"     {outcome.observed}", flush=True)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{len(args.case or CASES) - failed} of {len(args.case or CASES)} cases ok")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
