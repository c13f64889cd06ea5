"""Run modes and settings: local runs never import Prefect; Prefect tasks retry transient errors
only; batch sizes by mode; out-of-range options and settings are clear errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

_LOCAL_RUN = """
import sys
from wirecopy.flows.pipeline import run_ingest
summary = run_ingest([sys.argv[1]], sys.argv[2])
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


def test_prefect_tasks_retry_transient_errors_only() -> None:
    import errno

    from prefect.states import Failed

    from wirecopy.flows.prefect_flows import fetch_task, load_task, publish_task, transient_only

    for task in (fetch_task, load_task, publish_task):
        assert task.retries == 2 and task.retry_condition_fn is transient_only
    busy = Failed(data=OSError(errno.EBUSY, "device busy"))
    full = Failed(data=OSError(errno.ENOSPC, "No space left on device"))
    bug = Failed(data=KeyError("a bug"))
    assert transient_only(load_task, None, busy) is True  # type: ignore[arg-type]
    assert transient_only(load_task, None, full) is False  # type: ignore[arg-type]
    assert transient_only(load_task, None, bug) is False  # type: ignore[arg-type]


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
    from wirecopy.flows.settings import Settings

    if env is None:
        monkeypatch.delenv("WIRECOPY_BATCH_SIZE", raising=False)
    else:
        monkeypatch.setenv("WIRECOPY_BATCH_SIZE", env)
    assert Settings().batch_size_for(orchestrated, given) == expected


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--batch-size", "-5"], "--batch-size"),
        (["--max-reject-ratio", "2"], "--max-reject-ratio"),
        (["--orchestration", "cloud"], "--orchestration"),
    ],
)
def test_out_of_range_options_are_clear_errors(args: list[str], message: str) -> None:
    from typer.testing import CliRunner

    from wirecopy.flows.cli import app

    result = CliRunner().invoke(app, ["ingest", str(SAMPLES), *args])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_out_of_range_settings_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic import ValidationError

    from wirecopy.flows.settings import Settings

    monkeypatch.setenv("WIRECOPY_MAX_REJECT_RATIO", "1.5")
    with pytest.raises(ValidationError, match="max_reject_ratio"):
        Settings()
