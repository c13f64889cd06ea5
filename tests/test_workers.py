"""Worker lanes (tasks/lanes.py): one worker parses and cleans a batch; splits; lost workers.

The parse/clean functions below run in real worker processes (they are imported there by
name); the ones that kill their worker do it with SIGKILL, as the OOM killer would.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

from wirecopy.schemas.records import ParsedDocument, RawDocument, StageResult
from wirecopy.tasks.clean import clean_batch
from wirecopy.tasks.lanes import CHUNK_MIN, INLINE_MAX, Lanes, split_batch
from wirecopy.tasks.parse import parse_batch
from wirecopy.tasks.workers import Pages, transform_here

POISON = b"POISON"  # a document the worker dies on, every time
DIE_ONCE = b"DIE-ONCE:"  # followed by a path: the worker dies the first time only


def _docs(n: int, extra: dict[int, bytes] | None = None) -> list[RawDocument]:
    docs = []
    for i in range(n):
        data = f"Headline number {i}\n\nThe body of story {i} about the harbour.\n".encode()
        data = (extra or {}).get(i, data)
        docs.append(RawDocument(f"mem://{i:05d}", data, f"{i:064x}", len(data)))
    return docs


def _die_if_marked(data: bytes) -> None:
    if POISON in data:
        os.kill(os.getpid(), signal.SIGKILL)
    if DIE_ONCE in data:
        flag = Path(data.split(DIE_ONCE, 1)[1].split(b"\n", 1)[0].decode())
        if not flag.exists():
            flag.touch()
            os.kill(os.getpid(), signal.SIGKILL)


def parse_or_die(documents: list[RawDocument]) -> StageResult:
    """parse_batch, but the worker dies on a marked document."""
    for doc in documents:
        _die_if_marked(doc.data)
    return parse_batch(documents)


def clean_or_die(docs: list[ParsedDocument], pages: Pages | None) -> StageResult:
    """clean_batch, but the worker dies on a marked document."""
    for doc in docs:
        _die_if_marked("\n".join(b.text for b in doc.blocks).encode())
    return clean_batch(docs, pages)


def test_a_small_first_batch_runs_in_process_and_a_large_one_in_a_worker() -> None:
    small, large = Lanes(2), Lanes(2)
    try:
        assert small.clean(small.parse(_docs(3))).result().worker_pid == os.getpid()
        done = large.clean(large.parse(_docs(INLINE_MAX + 1))).result()
        assert done.worker_pid != os.getpid()  # both cores from the first batch on
        assert len(done.articles) == INLINE_MAX + 1
        # After the first batch every batch goes to the workers, small or not.
        assert small.clean(small.parse(_docs(3))).result().worker_pid != os.getpid()
    finally:
        small.close()
        large.close()


def test_parse_leaves_the_documents_in_the_worker_and_clean_takes_them_there() -> None:
    lanes = Lanes(2)
    try:
        job = lanes.parse(_docs(INLINE_MAX + 1))
        parsed = job.result()
        assert [p.items for p in parsed.parts] == [None]  # held in the worker, not shipped
        with pytest.raises(ValueError, match="held in a worker"):
            _ = parsed.items
        done = lanes.clean(parsed).result()
        assert done.worker_pid != os.getpid() and len(done.articles) == INLINE_MAX + 1
        pages = lanes.parse(_docs(INLINE_MAX + 1), hold=False).result()  # origin pages: back
        assert len(pages.items) == INLINE_MAX + 1
    finally:
        lanes.close()


def test_a_large_batch_is_split_across_the_workers_in_input_order() -> None:
    docs = _docs(2 * CHUNK_MIN + 1)
    chunks = split_batch(docs, 2)
    assert [len(c) for c in chunks] == [CHUNK_MIN + 1, CHUNK_MIN]
    assert [d for c in chunks for d in c] == docs
    assert len(split_batch(docs[: CHUNK_MIN + 1], 2)) == 1  # too small to be worth splitting
    lanes = Lanes(2)
    try:
        job = lanes.parse(docs)
        assert sorted(p.lane for p in job.parts if p.lane is not None) == [0, 1]  # both workers
        done = lanes.clean(job).result()
    finally:
        lanes.close()
    alone = transform_here(docs)
    assert [a.title for a in done.articles] == [a.title for a in alone.articles]
    assert [a.source_uri for a in done.articles] == [d.source_uri for d in docs]
    assert set(done.seconds) == {"parse", "clean", "sketch"}
    # Both chunks' story sketches come back, one per distinct text, equal to sketches made here.
    here = alone.sketches.as_dict()
    assert done.sketches.keys_by == tuple(dict.fromkeys(a.text_sha256 for a in done.articles))
    for key, made in done.sketches.as_dict().items():
        assert made.exact == here[key].exact and np.array_equal(made.full, here[key].full)


def test_an_empty_batch_after_the_workers_started_costs_nothing() -> None:
    lanes = Lanes(2)
    try:
        first = lanes.clean(lanes.parse(_docs(INLINE_MAX + 1))).result()
        assert first.worker_pid != os.getpid()
        empty = lanes.clean(lanes.parse([])).result()  # every input unchanged or rejected
    finally:
        lanes.close()
    assert empty.articles == [] and empty.rejects == [] and empty.worker_pid == os.getpid()


def test_a_worker_that_dies_once_loses_nothing(tmp_path: Path) -> None:
    marker = DIE_ONCE + str(tmp_path / "died").encode()
    # The worker dies parsing document 3; the empty document 7 is a parse reject, which must
    # be counted once although its chunk is parsed twice.
    story = b"Headline\n\n" + marker + b"\nThe body of a story about the harbour.\n"
    docs = _docs(INLINE_MAX + 5, {3: story, 7: b""})
    lanes = Lanes(2, parse=parse_or_die)
    try:
        done = lanes.clean(lanes.parse(docs)).result()
    finally:
        lanes.close()
    assert (tmp_path / "died").exists()  # a worker really died
    assert len(done.articles) == len(docs) - 1
    assert [(r.source_uri, r.reason) for r in done.rejects] == [("mem://00007", "empty file")]


def test_a_worker_that_dies_in_clean_is_replaced_and_the_chunk_redone(tmp_path: Path) -> None:
    flag = tmp_path / "died"
    text = b"Headline\n\n" + DIE_ONCE + str(flag).encode()
    text += b"\nThe body of a story about the harbour.\n"
    docs = _docs(INLINE_MAX + 5, {4: text, 9: b""})
    lanes = Lanes(2, clean=clean_or_die)
    try:
        done = lanes.clean(lanes.parse(docs)).result()
    finally:
        lanes.close()
    assert flag.exists()
    assert len(done.articles) == len(docs) - 1
    assert [r.reason for r in done.rejects] == ["empty file"]  # the parse reject, once


def test_a_document_that_kills_every_worker_is_found_and_rejected() -> None:
    story = b"Headline\n\nThe body of a story about the harbour, " + POISON + b" inside.\n"
    docs = _docs(INLINE_MAX + 20, {17: story})
    lanes = Lanes(2, parse=parse_or_die)
    try:
        done = lanes.clean(lanes.parse(docs)).result()
        later = lanes.clean(lanes.parse(_docs(INLINE_MAX + 1))).result()  # lanes still work
    finally:
        lanes.close()
    assert [(r.source_uri, r.stage, r.reason) for r in done.rejects] == [
        ("mem://00017", "transform", "worker died")
    ]
    assert len(done.articles) == len(docs) - 1
    assert [a.source_uri for a in done.articles] == [
        d.source_uri for d in docs if d.source_uri != "mem://00017"
    ]
    assert len(later.articles) == INLINE_MAX + 1


_RUN_AND_WAIT = textwrap.dedent(
    """
    import sys, time
    from tests.test_workers import _docs
    from wirecopy.tasks.lanes import INLINE_MAX, Lanes
    if __name__ == "__main__":
        lanes = Lanes(2)
        done = lanes.clean(lanes.parse(_docs(INLINE_MAX + 1))).result()
        print(done.worker_pid, flush=True)
        time.sleep(600)
    """
)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_with_a_killed_run_even_while_it_is_a_zombie() -> None:
    root = Path(__file__).resolve().parents[1]
    run = subprocess.Popen(
        [sys.executable, "-c", _RUN_AND_WAIT],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert run.stdout is not None
        worker = int(run.stdout.readline())
        assert _alive(worker)
        os.kill(run.pid, signal.SIGKILL)  # not reaped yet: a zombie, kill(pid, 0) succeeds
        deadline = time.monotonic() + 10
        while _alive(worker) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(worker)
    finally:
        run.kill()
        run.wait()
