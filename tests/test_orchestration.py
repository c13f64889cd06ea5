"""Local runs never import Prefect; Prefect tasks are built on first use and pickle by reference."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SAMPLES
from wirecopy.schemas.records import RawDocument

_LOCAL_RUN = """
import sys
from wirecopy.flows.pipeline import ingest
summary = ingest([sys.argv[1]], sys.argv[2])
assert summary.counts.new > 0, summary
print("prefect" in sys.modules)
"""


def test_a_local_run_does_not_import_prefect(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _LOCAL_RUN, str(SAMPLES), str(tmp_path / "w.duckdb")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_lazy_task_builds_the_prefect_task_and_pickles_by_reference() -> None:
    from prefect import Task

    from wirecopy.tasks.transform import transform_batch, transform_task

    assert isinstance(transform_task.prefect_task(), Task)
    assert transform_task.prefect_task() is transform_task.prefect_task()
    assert transform_task.name == "transform"
    assert pickle.loads(pickle.dumps(transform_task)) is transform_task
    assert pickle.loads(pickle.dumps(transform_task.fn)) is transform_task.fn
    assert transform_task.fn is not transform_batch


# -- batch sizes and worker start-up ------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "env", "orchestrated", "expected"),
    [
        (None, None, False, 200),  # in-process: small batches cost nothing
        (None, None, True, 1000),  # Prefect: a task run per stage per batch, so fewer batches
        (None, "300", True, 300),  # WIRECOPY_BATCH_SIZE wins over the mode default
        (7, "300", True, 7),  # and --batch-size over both
    ],
)
def test_batch_size_defaults_by_run_mode(
    monkeypatch: pytest.MonkeyPatch,
    given: int | None,
    env: str | None,
    orchestrated: bool,
    expected: int,
) -> None:
    from wirecopy.flows.cli import _batch_size
    from wirecopy.flows.settings import Settings

    if env is None:
        monkeypatch.delenv("WIRECOPY_BATCH_SIZE", raising=False)
    else:
        monkeypatch.setenv("WIRECOPY_BATCH_SIZE", env)
    assert _batch_size(given, Settings(), orchestrated) == expected


def test_negative_batch_size_is_a_clear_error() -> None:
    import typer

    from wirecopy.flows.cli import _batch_size
    from wirecopy.flows.settings import Settings

    with pytest.raises(typer.Exit):
        _batch_size(-5, Settings(), orchestrated=False)


def _docs(n: int) -> list[RawDocument]:
    docs = []
    for i in range(n):
        data = f"Headline number {i}\n\nThe body of story {i} about the harbour.\n".encode()
        docs.append(RawDocument(f"mem://{i}", data, f"{i:064x}", len(data)))
    return docs


def test_a_small_first_batch_runs_in_process_and_a_large_one_in_a_worker() -> None:
    from wirecopy.tasks.transform import INLINE_MAX, TransformPool

    small, large = TransformPool(2), TransformPool(2)
    try:
        assert small.submit(_docs(3)).result().worker_pid == os.getpid()
        done = large.submit(_docs(INLINE_MAX + 1)).result()
        assert done.worker_pid != os.getpid()  # both cores from the first batch on
        assert len(done.articles) == INLINE_MAX + 1
        # After the first batch every batch goes to the workers, small or not.
        assert small.submit(_docs(3)).result().worker_pid != os.getpid()
    finally:
        small.close()
        large.close()


def test_a_large_batch_is_split_across_the_workers_in_input_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from wirecopy.tasks.transform import CHUNK_MIN, TransformPool, split_batch, transform_batch

    docs = _docs(2 * CHUNK_MIN + 1)
    chunks = split_batch(docs, 2)
    assert [len(c) for c in chunks] == [CHUNK_MIN + 1, CHUNK_MIN]
    assert [d for c in chunks for d in c] == docs
    assert len(split_batch(docs[: CHUNK_MIN + 1], 2)) == 1  # too small to be worth splitting
    import wirecopy.tasks.transform as transform

    gathered: list[int] = []
    real_gather = transform._gather

    def spy(chunks: list[Any]) -> Any:  # records the split, then the real merge
        gathered.append(len(chunks))
        return real_gather(chunks)

    monkeypatch.setattr(transform, "_gather", spy)
    pool = TransformPool(2)
    try:
        done = pool.submit(docs).result()
    finally:
        pool.close()
    assert gathered == [2]  # the batch really went to both workers
    alone = transform_batch(docs)
    assert [a.title for a in done.articles] == [a.title for a in alone.articles]
    assert [a.source_uri for a in done.articles] == [d.source_uri for d in docs]
    assert set(done.seconds) == {"parse", "clean"}


def test_an_empty_batch_after_the_workers_started_costs_nothing() -> None:
    from wirecopy.tasks.transform import INLINE_MAX, TransformPool

    pool = TransformPool(2)
    try:
        assert pool.submit(_docs(INLINE_MAX + 1)).result().worker_pid != os.getpid()
        empty = pool.submit([]).result()  # every input of the batch unchanged or rejected
    finally:
        pool.close()
    assert empty.articles == [] and empty.rejects == [] and empty.worker_pid == os.getpid()
