"""`wirecopy serve` against a real Prefect server: a served run completes, and the worker
deployment that `prefect deploy --all` registered is left as it was."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
import yaml

from tests.conftest import ROOT, SAMPLES

SERVED = "wirecopy-ingest/wirecopy-nightly-serve"


def _prefect_yaml(tmp_path: Path) -> Path:
    """The project's prefect.yaml with absolute sources and a database in tmp_path."""
    config = yaml.safe_load((ROOT / "prefect.yaml").read_text())
    nightly = next(d for d in config["deployments"] if d["name"] == "wirecopy-nightly")
    nightly["parameters"]["sources"] = [
        str(SAMPLES / "wire" / "{date:%Y-%m-%d}"),
        str(SAMPLES / "pages"),
    ]
    nightly["parameters"]["db"] = str(tmp_path / "served.duckdb")
    path = tmp_path / "prefect.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


def _worker_deployment() -> None:
    """Register wirecopy-nightly on a process work pool, as `prefect deploy --all` does."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.exceptions import ObjectAlreadyExists

    from wirecopy.flows.prefect_flows import ingest_flow

    with get_client(sync_client=True) as client:
        with contextlib.suppress(ObjectAlreadyExists):
            client.create_work_pool(WorkPoolCreate(name="wirecopy-pool", type="process"))
        flow_id = client.create_flow(ingest_flow)
        client.create_deployment(
            flow_id=flow_id,
            name="wirecopy-nightly",
            work_pool_name="wirecopy-pool",
            entrypoint="flows/prefect_flows.py:ingest_flow",
        )


@pytest.mark.usefixtures("prefect_server")
def test_serve_runs_the_flow_and_leaves_the_worker_deployment_alone(tmp_path: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.deployments import run_deployment
    from prefect.settings import get_current_settings

    _worker_deployment()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "WIRECOPY_"))}
    env["PREFECT_API_URL"] = str(get_current_settings().api.url)
    serve = subprocess.Popen(
        [Path(sys.executable).parent / "wirecopy", "serve", "--config", _prefect_yaml(tmp_path)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 90
        with get_client(sync_client=True) as client:
            while True:
                try:
                    client.read_deployment_by_name(SERVED)
                    break
                except Exception:
                    assert serve.poll() is None, serve.communicate()[0]
                    assert time.monotonic() < deadline, "serve did not register its deployment"
                    time.sleep(0.5)
        run = run_deployment(SERVED, parameters={"logical_date": "2026-11-20"}, timeout=180)
        assert run.state is not None and run.state.is_completed(), run.state
    finally:
        serve.send_signal(signal.SIGINT)
        try:
            output = serve.communicate(timeout=30)[0]
        except subprocess.TimeoutExpired:
            serve.kill()
            output = serve.communicate()[0]
    assert "Traceback" not in output, output
    con = duckdb.connect(str(tmp_path / "served.duckdb"), read_only=True)
    runs = con.execute("SELECT logical_date::VARCHAR, status, n_new FROM runs").fetchall()
    con.close()
    day = len(list((SAMPLES / "wire" / "2026-11-20").iterdir()))
    assert runs == [("2026-11-20", "completed", day + len(list((SAMPLES / "pages").iterdir())))]
    with get_client(sync_client=True) as client:
        worker = client.read_deployment_by_name("wirecopy-ingest/wirecopy-nightly")
    assert worker.work_pool_name == "wirecopy-pool" and not worker.paused


def test_serve_without_a_prefect_yaml_says_where_to_put_it(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    result = run_cli("serve", "--config", str(tmp_path / "nowhere.yaml"))
    assert result.returncode == 2
    assert "no prefect.yaml found" in result.stderr and "nowhere.yaml" in result.stderr
