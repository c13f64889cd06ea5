"""Local runs never import Prefect; Prefect tasks are built on first use and pickle by reference."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLES

_LOCAL_RUN = """
import sys
from flows.pipeline import ingest
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

    from tasks.transform import transform_batch, transform_task

    assert isinstance(transform_task.prefect_task(), Task)
    assert transform_task.prefect_task() is transform_task.prefect_task()
    assert transform_task.name == "transform"
    assert pickle.loads(pickle.dumps(transform_task)) is transform_task
    assert pickle.loads(pickle.dumps(transform_task.fn)) is transform_task.fn
    assert transform_task.fn is not transform_batch
