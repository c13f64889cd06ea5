"""The Dask task-runner switch: parse → clean tasks on a local Dask cluster (prefect-dask)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SAMPLES

pytest.importorskip("prefect_dask", reason="the dask extra is not installed")


@pytest.mark.usefixtures("prefect_server")
def test_ingest_flow_on_a_local_dask_cluster(tmp_path: Path, db_path: Path) -> None:
    from prefect_dask import DaskTaskRunner

    from wirecopy.flows.prefect_flows import ingest_flow, with_task_runner

    assert with_task_runner("process") is ingest_flow
    flow = with_task_runner("dask")
    assert isinstance(flow.task_runner, DaskTaskRunner)
    # A small local cluster of worker processes (not threads): the work leaves this process.
    flow = ingest_flow.with_options(
        task_runner=DaskTaskRunner(
            cluster_kwargs={"n_workers": 2, "threads_per_worker": 1, "processes": True}
        )
    )
    src = tmp_path / "in"
    shutil.copytree(SAMPLES, src)
    n = len([p for p in src.rglob("*") if p.is_file()])
    state = flow(sources=[str(src)], db=str(db_path), batch_size=2, workers=1, return_state=True)
    assert state.is_completed(), state.message
    summary = state.result()
    assert summary["counts"]["new"] == n and summary["counts"]["rejected"] == 0
    con = duckdb.connect(str(db_path), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (n,)
    con.close()


def test_parse_and_clean_run_in_a_dask_worker_process() -> None:
    from distributed import Client, LocalCluster

    from wirecopy.schemas.records import RawDocument
    from wirecopy.tasks.workers import clean_here, parse_here

    data = b"A headline line\n\nThe body of a story about the harbour.\n"
    docs = [RawDocument("mem://1", data, "0" * 64, len(data))]
    with (
        LocalCluster(n_workers=1, threads_per_worker=1, processes=True) as cluster,
        Client(cluster) as client,
    ):
        parsed = client.submit(parse_here, docs)
        done = client.submit(clean_here, parsed).result()
    assert done.worker_pid != os.getpid()
    assert [a.title for a in done.articles] == ["A headline line"]


def test_unknown_task_runner_is_refused() -> None:
    from wirecopy.flows.prefect_flows import with_task_runner

    with pytest.raises(ValueError, match="unknown task runner"):
        with_task_runner("spark")
