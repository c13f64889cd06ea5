"""Deployments from prefect.yaml: loaded once, used by `wirecopy serve` and checked by the tests."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

# The project's prefect.yaml in a checkout (an installed wheel does not ship one).
PREFECT_YAML = Path(__file__).resolve().parents[1] / "prefect.yaml"


class DeploymentError(Exception):
    """prefect.yaml is missing, unreadable, or has no such deployment (one-line message)."""


def locate_prefect_yaml(given: Path | None = None) -> Path:
    """The prefect.yaml to use: the one given, else ./prefect.yaml, else the checkout's."""
    candidates = [given] if given is not None else [Path("prefect.yaml"), PREFECT_YAML]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    looked = " and ".join(str(c.absolute()) for c in candidates)
    raise DeploymentError(
        f"no prefect.yaml found (looked at {looked}): run from the project directory that "
        "holds prefect.yaml, or pass --config PATH"
    )


@dataclass(frozen=True, slots=True)
class Deployment:
    """One deployment of prefect.yaml: what runs, when, where, with which parameters."""

    name: str
    entrypoint: str
    parameters: dict[str, Any]
    schedules: list[dict[str, Any]]
    work_pool: str | None

    def load_flow(self) -> Any:
        """Import the flow object named by the entrypoint (`path/to/module.py:function`)."""
        path, _, attr = self.entrypoint.partition(":")
        # flows/prefect_flows.py in the repository is wirecopy.flows.prefect_flows when installed.
        module = importlib.import_module("wirecopy." + path.removesuffix(".py").replace("/", "."))
        return getattr(module, attr)


def load_deployments(path: Path = PREFECT_YAML) -> list[Deployment]:
    """Every deployment declared in prefect.yaml."""
    try:
        config = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise DeploymentError(f"cannot read {path}: {str(exc).splitlines()[0]}") from None
    return [
        Deployment(
            name=d["name"],
            entrypoint=d["entrypoint"],
            parameters=dict(d.get("parameters") or {}),
            schedules=list(d.get("schedules") or []),
            work_pool=(d.get("work_pool") or {}).get("name"),
        )
        for d in config.get("deployments") or []
    ]


def find_deployment(name: str, path: Path = PREFECT_YAML) -> Deployment:
    """The deployment with this name; KeyError listing the known names otherwise."""
    deployments = {d.name: d for d in load_deployments(path)}
    if name not in deployments:
        known = ", ".join(deployments) or "none"
        raise DeploymentError(f"no deployment {name!r} in {path} (known: {known})")
    return deployments[name]


def serve_deployment(
    deployment: Deployment,
    served_name: str,
    announce: Callable[[str], object],
    warn: Callable[[str], object],
) -> None:
    """Serve a prefect.yaml deployment's flow under `served_name` until interrupted.

    Warns first when the worker deployment of the same flow is registered with an active
    schedule: both would run every night.
    """
    from prefect.client.orchestration import get_client
    from prefect.schedules import Cron

    flow = deployment.load_flow()
    with get_client(sync_client=True) as client:
        try:
            worker = client.read_deployment_by_name(f"{flow.name}/{deployment.name}")
        except Exception:  # not registered: nothing to warn about
            worker = None
    if worker is not None and not worker.paused and deployment.schedules:
        warn(
            f"deployment {flow.name}/{deployment.name} (work pool {worker.work_pool_name}) also "
            f"runs on its schedule; pause one of them: prefect deployment schedule pause …"
        )
    schedules = [
        Cron(s["cron"], timezone=s.get("timezone", "UTC"), active=s.get("active", True))
        for s in deployment.schedules
        if "cron" in s
    ]
    announce(f"serving {flow.name}/{served_name} ({deployment.entrypoint}); Ctrl-C to stop")
    flow.serve(name=served_name, schedules=schedules, parameters=deployment.parameters)
