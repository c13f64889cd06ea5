"""Inputs that are not regular files, and directory walks that cannot see everything
(issue 17, points 2 and 5): each is a reject naming what it is, never a hang and never silence."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import rows
from wirecopy.flows.pipeline import run_ingest
from wirecopy.schemas.records import Reject, SourceRef
from wirecopy.tasks import fetch
from wirecopy.tasks.fetch import discover, read_batch

GOOD = "---\ntitle: Good\n---\nGood body.\n"


def read_one(path: Path) -> tuple[list[bytes], list[tuple[str, str, str]]]:
    """Read one input as the fetch stage does: (bytes read, (stage, reason, detail) rejects)."""
    result = read_batch([SourceRef(str(path))], {})
    return [d.data for d in result.documents], [
        (r.stage, r.reason, r.detail) for r in result.rejects
    ]


@pytest.mark.timeout(10)  # a hang guard: reading a FIFO without a writer waited forever
def test_a_fifo_is_a_reject_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    assert read_one(fifo) == ([], [("fetch", "not a regular file: a named pipe (FIFO)", "")])


@pytest.mark.timeout(10)  # a hang guard: /dev/zero was read until memory ran out
def test_a_symlink_to_dev_zero_is_a_reject(tmp_path: Path) -> None:
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    assert read_one(link) == (
        [],
        [("fetch", "not a regular file: a character device", "a symlink to /dev/zero")],
    )


def test_a_socket_is_a_reject(tmp_path: Path) -> None:
    path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        assert read_one(path) == ([], [("fetch", "not a regular file: a socket", "")])


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs Linux procfs")
def test_the_cap_holds_when_the_size_on_disk_says_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # procfs (and FUSE, sysfs) report size 0 for files full of text: only a read that stops
    # at the cap bounds them. The same holds for a file that grows while it is read.
    monkeypatch.setattr(fetch, "MAX_FILE_BYTES", 50)
    maps = Path("/proc/self/maps")
    assert maps.stat().st_size == 0
    data, rejects = read_one(maps)
    assert (data, [r[:2] for r in rejects]) == ([], [("fetch", "file too large")])


def test_a_file_at_the_cap_is_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch, "_READ_CHUNK", 7)  # several reads, as for a large file
    path = tmp_path / "a.txt"
    path.write_bytes(b"y" * 50)
    monkeypatch.setattr(fetch, "MAX_FILE_BYTES", 50)
    assert read_one(path) == ([b"y" * 50], [])


def found(source: Path) -> tuple[list[str], list[tuple[str, str, str]]]:
    """discover() of one source: (files relative to it, (reason, path relative, detail))."""
    files, rejects = [], []
    for item in discover([str(source)]):
        if isinstance(item, Reject):
            rel = os.path.relpath(item.source_uri, source)
            detail = item.detail.replace(str(source), "SRC")
            rejects.append((item.reason, rel, detail))
        else:
            files.append(os.path.relpath(item.uri, source))
    return files, rejects


def test_a_symlinked_directory_is_followed(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "b.md").write_text(GOOD)
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.md").write_text(GOOD)
    (src / "linked").symlink_to(outside, target_is_directory=True)
    assert found(src) == (["a.md", "linked/b.md"], [])


def test_a_symlink_loop_is_walked_once_and_named(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "a.md").write_text(GOOD)
    (src / "sub" / "up").symlink_to(src, target_is_directory=True)
    assert found(src) == (["sub/a.md"], [("symlink loop", "sub/up", "leads back to SRC")])


def test_a_second_link_to_a_directory_is_named(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "a").mkdir(parents=True)
    (src / "a" / "x.md").write_text(GOOD)
    (src / "b").symlink_to(src / "a", target_is_directory=True)
    assert found(src) == (["a/x.md"], [("directory already walked", "b", "same as SRC/a")])


def _walk_without_root_powers(source: Path) -> tuple[list[str], list[tuple[str, str, str]]]:
    """found() in a process that obeys directory modes: root reads any directory whatever
    its mode, so as root the walk runs with the two capabilities that allow that dropped."""
    if os.geteuid() != 0:
        return found(source)
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: no way to make a directory unreadable")
    code = (
        "import json, sys, pathlib; from tests.test_special_files import found; "
        "print(json.dumps(found(pathlib.Path(sys.argv[1]))))"
    )
    drop = "--bounding-set=-dac_override,-dac_read_search"
    done = subprocess.run(
        [setpriv, drop, "--", sys.executable, "-c", code, str(source)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
        check=True,
        timeout=60,
    )
    files, rejects = json.loads(done.stdout)
    return files, [tuple(r) for r in rejects]


def test_an_unreadable_directory_is_a_reject(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "closed").mkdir(parents=True)
    (src / "closed" / "x.md").write_text(GOOD)
    (src / "a.md").write_text(GOOD)
    (src / "closed").chmod(0)
    try:
        assert _walk_without_root_powers(src) == (
            ["a.md"],
            [("unreadable directory", "closed", "Permission denied")],
        )
    finally:
        (src / "closed").chmod(0o755)


@pytest.mark.timeout(60)
def test_the_run_goes_on_past_special_files(tmp_path: Path, db_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.md").write_text(GOOD)
    os.mkfifo(src / "pipe.md")
    (src / "zero.md").symlink_to("/dev/zero")
    (src / "loop").symlink_to(src, target_is_directory=True)
    summary = run_ingest([str(src)], str(db_path), max_reject_ratio=1.0, publish=False)
    assert (summary.status, summary.counts.new) == ("completed", 1)
    assert rows(db_path, "SELECT stage, reason FROM rejects ORDER BY reason") == [
        ("fetch", "not a regular file: a character device"),
        ("fetch", "not a regular file: a named pipe (FIFO)"),
        ("discover", "symlink loop"),
    ]
