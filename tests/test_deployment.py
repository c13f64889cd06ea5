"""prefect.yaml: entrypoints import, parameters match the flow, schedules parse, the flow runs."""

from __future__ import annotations

import inspect
import os
from datetime import date
from pathlib import Path

import duckdb
import pytest
from prefect.client.schemas.schedules import CronSchedule

from tests.conftest import ROOT
from wirecopy.flows.deployments import PREFECT_YAML, load_deployments

DEPLOYMENTS = load_deployments()


def test_prefect_yaml_declares_the_nightly_deployment() -> None:
    names = [d.name for d in DEPLOYMENTS]
    assert "wirecopy-nightly" in names
    nightly = next(d for d in DEPLOYMENTS if d.name == "wirecopy-nightly")
    assert nightly.schedules == [{"cron": "0 2 * * *", "timezone": "UTC", "active": True}]
    assert nightly.work_pool == "wirecopy-pool"
    assert "{date:%Y-%m-%d}" in nightly.parameters["sources"][0]


@pytest.mark.parametrize("deployment", DEPLOYMENTS, ids=lambda d: d.name)
def test_entrypoint_imports_and_parameters_match_the_flow(deployment: object) -> None:
    from prefect import Flow

    flow = deployment.load_flow()  # type: ignore[attr-defined]
    assert isinstance(flow, Flow)
    signature = inspect.signature(flow.fn)
    params = deployment.parameters  # type: ignore[attr-defined]
    assert set(params) <= set(signature.parameters), "unknown parameters in prefect.yaml"
    required = {n for n, p in signature.parameters.items() if p.default is inspect.Parameter.empty}
    assert required <= set(params), "prefect.yaml misses required flow parameters"
    # Prefect validates parameters against the flow's signature the same way at run time.
    flow.validate_parameters(params)


@pytest.mark.parametrize("deployment", DEPLOYMENTS, ids=lambda d: d.name)
def test_schedules_parse(deployment: object) -> None:
    schedules = deployment.schedules  # type: ignore[attr-defined]
    assert schedules
    for schedule in schedules:
        parsed = CronSchedule(cron=schedule["cron"], timezone=schedule["timezone"])
        assert parsed.timezone == "UTC"


def test_pull_step_runs_from_the_deploying_directory() -> None:
    text = PREFECT_YAML.read_text()
    assert "set_working_directory" in text and "{{ $PWD }}" in text


@pytest.mark.usefixtures("prefect_server")
def test_nightly_flow_runs_with_its_parameters(tmp_path: Path) -> None:
    nightly = next(d for d in DEPLOYMENTS if d.name == "wirecopy-nightly")
    params = dict(nightly.parameters)
    params["db"] = str(tmp_path / "nightly.duckdb")
    flow = nightly.load_flow()
    cwd = os.getcwd()
    os.chdir(ROOT)  # the pull step sets the working directory to the project
    try:
        state = flow(**params, logical_date=date(2026, 11, 20), return_state=True)
    finally:
        os.chdir(cwd)
    assert state.is_completed(), state.message
    summary = state.result()
    samples_that_day = len(list((ROOT / "samples" / "wire" / "2026-11-20").iterdir()))
    pages = len(list((ROOT / "samples" / "pages").iterdir()))
    assert summary["counts"]["new"] == samples_that_day + pages
    con = duckdb.connect(params["db"], read_only=True)
    assert con.execute("SELECT logical_date::VARCHAR, status FROM runs").fetchall() == [
        ("2026-11-20", "completed")
    ]
    con.close()


@pytest.mark.usefixtures("prefect_server")
def test_the_shipped_nightly_runs_green_on_a_day_without_a_folder(tmp_path: Path) -> None:
    nightly = next(d for d in DEPLOYMENTS if d.name == "wirecopy-nightly")
    params = {**nightly.parameters, "db": str(tmp_path / "n.duckdb")}
    flow = nightly.load_flow()
    day = date(1999, 1, 1)  # no samples/wire/1999-01-01: as on any real night
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        state = flow(**params, logical_date=day, return_state=True)
        strict = flow(**{**params, "require_input": True}, logical_date=day, return_state=True)
    finally:
        os.chdir(cwd)
    assert state.is_completed(), state.message
    summary = state.result()
    assert summary["missing"] == ["no input for 1999-01-01: samples/wire/1999-01-01"]
    assert summary["counts"]["rejected"] == 0
    assert strict.is_failed()
    assert "no input for 1999-01-01" in (strict.message or "")
