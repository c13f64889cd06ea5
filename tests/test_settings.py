"""Settings at the edge: whether a Prefect API is configured is decided as Prefect decides it,
without importing Prefect; WIRECOPY_* values are validated."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wirecopy.flows.settings import Settings, prefect_api_configured

_PREFECT_SAYS = (
    "from prefect.settings import get_current_settings; print(bool(get_current_settings().api.url))"
)
_WE_SAY = (
    "import sys; from wirecopy.flows.settings import prefect_api_configured; "
    "print(prefect_api_configured()); print('prefect' in sys.modules)"
)


def _setup(tmp_path: Path, case: str) -> tuple[dict[str, str], Path]:
    """An environment and working directory for one way of configuring (or not) an API."""
    home = tmp_path / "prefect-home"
    home.mkdir()
    cwd = tmp_path / "project"
    cwd.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(home)
    url = "http://127.0.0.1:4299/api"
    if case == "env":
        env["PREFECT_API_URL"] = url
    elif case == "active-profile":
        (home / "profiles.toml").write_text(
            f'active = "team"\n\n[profiles.team]\nPREFECT_API_URL = "{url}"\n'
        )
    elif case == "other-profile":
        (home / "profiles.toml").write_text(
            f'active = "local"\n\n[profiles.local]\n\n[profiles.team]\nPREFECT_API_URL = "{url}"\n'
        )
    elif case == "profile-by-env":
        (home / "profiles.toml").write_text(f'[profiles.team]\nPREFECT_API_URL = "{url}"\n')
        env["PREFECT_PROFILE"] = "team"
    elif case == "dotenv":
        (cwd / ".env").write_text(f"PREFECT_API_URL={url}\n")
    elif case == "prefect-toml":
        (cwd / "prefect.toml").write_text(f'[api]\nurl = "{url}"\n')
    return env, cwd


@pytest.mark.parametrize(
    "case",
    ["none", "env", "active-profile", "other-profile", "profile-by-env", "dotenv", "prefect-toml"],
)
def test_prefect_api_configured_agrees_with_prefect_without_importing_it(
    tmp_path: Path, case: str
) -> None:
    env, cwd = _setup(tmp_path, case)
    prefect = subprocess.run(
        [sys.executable, "-c", _PREFECT_SAYS], env=env, cwd=cwd, capture_output=True, text=True
    )
    ours = subprocess.run(
        [sys.executable, "-c", _WE_SAY], env=env, cwd=cwd, capture_output=True, text=True
    )
    assert prefect.returncode == 0 and ours.returncode == 0, prefect.stderr + ours.stderr
    said, imported = ours.stdout.split()
    assert said == prefect.stdout.strip()
    assert imported == "False"
    assert said == ("False" if case in ("none", "other-profile") else "True")


def test_prefect_api_configured_reads_only_what_it_is_given() -> None:
    assert prefect_api_configured({"PREFECT_API_URL": "http://x/api"}) is True
    assert prefect_api_configured({"PREFECT_API_URL": " "}) is False


def test_allow_hosts_from_the_environment_are_split_and_folded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WIRECOPY_ALLOW_HOSTS", " 127.0.0.1 , Intranet.Example,,10.0.0.0/8 ")
    assert Settings().allow_hosts == ["127.0.0.1", "intranet.example", "10.0.0.0/8"]


def test_an_invalid_setting_is_one_line_naming_the_variable(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    result = run_cli("ingest", str(tmp_path), env={"WIRECOPY_WORKERS": "-2"})
    assert result.returncode == 2
    assert "WIRECOPY_WORKERS" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
