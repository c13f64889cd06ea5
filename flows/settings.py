"""Settings: read once, at the edge (the CLI or a flow's entry), from WIRECOPY_* and options.

Everything below the edge takes explicit arguments; nothing else reads the environment.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from wirecopy.tasks.report import DEFAULT_MAX_REJECT_RATIO
from wirecopy.tasks.stories import STORY_WINDOW_DAYS

DEFAULT_DB = "data/wirecopy.duckdb"
# Documents per batch. In-process a batch costs nothing to start; under Prefect every batch is a
# task run per stage, ~70 ms of CPU between the client and a server on the same machine, so
# orchestrated runs take bigger batches (fewer task runs) unless a batch size is given.
BATCH_SIZE = 200
ORCHESTRATED_BATCH_SIZE = 1000


class Orchestration(StrEnum):
    """How a run is executed."""

    AUTO = "auto"  # Prefect when a Prefect API is configured, else in-process
    PREFECT = "prefect"
    LOCAL = "local"


class TaskRunner(StrEnum):
    """Where Prefect runs the parse and clean tasks."""

    PROCESS = "process"  # wirecopy's own worker processes
    DASK = "dask"  # a Dask cluster via prefect-dask (the `dask` extra)


Ratio = Annotated[float, Field(ge=0.0, le=1.0)]


class Settings(BaseSettings):
    """wirecopy settings; each can be set as an environment variable WIRECOPY_<NAME>."""

    model_config = SettingsConfigDict(env_prefix="WIRECOPY_", extra="ignore")

    db: str = DEFAULT_DB
    # Documents per batch (one Prefect task per stage per batch); None: BATCH_SIZE in-process,
    # ORCHESTRATED_BATCH_SIZE under Prefect.
    batch_size: int | None = Field(default=None, ge=1)
    orchestration: Orchestration = Orchestration.AUTO
    # Worker processes for parse → clean (0: one per core); 1 runs them in the main process.
    workers: int = Field(default=0, ge=0)
    task_runner: TaskRunner = TaskRunner.PROCESS
    # A Dask scheduler (tcp://host:8786); None: a local cluster of one process per core.
    dask_address: str | None = None
    # Processes for fetching many URLs at once (0: one per core, at most 4); each owns a share
    # of the hosts, so per-host limits hold. 1 keeps every fetch in the run's own process.
    fetch_processes: int = Field(default=0, ge=0)
    # Quality gate: the run fails when more than this share of inputs is rejected.
    max_reject_ratio: Ratio = DEFAULT_MAX_REJECT_RATIO
    # A Prefect notification block that hears about every failed run, as "<block type>/<name>"
    # (e.g. "custom-webhook/wirecopy-alerts", "slack-webhook/newsroom"); None: no alert.
    alert_block: str | None = None
    # Days of articles that are candidates for new copies of a story (tasks/stories/step.py);
    # older ones keep their stories but leave the LSH buckets. 0 keeps every article.
    story_window_days: int = Field(default=STORY_WINDOW_DAYS, ge=0)
    # Hosts, IPs or networks that may be fetched although private or loopback (comma-separated).
    allow_hosts: Annotated[list[str], NoDecode] = Field(default_factory=list)

    @field_validator("allow_hosts", mode="before")
    @classmethod
    def _split_hosts(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip().lower() for part in value.split(",") if part.strip()]
        return value

    def worker_count(self) -> int:
        """Parse/clean worker processes: the setting, else one per core."""
        return self.workers or (os.cpu_count() or 1)

    def batch_size_for(self, orchestrated: bool, given: int | None = None) -> int:
        """--batch-size, else WIRECOPY_BATCH_SIZE, else the default for the run mode."""
        size = given or self.batch_size
        if size is not None:
            return size
        return ORCHESTRATED_BATCH_SIZE if orchestrated else BATCH_SIZE


def prefect_api_configured(environ: Mapping[str, str] | None = None) -> bool:
    """True when Prefect would use an API server (a PREFECT_API_URL is configured).

    Looked up as Prefect does: the environment, a `.env` or `prefect.toml` in the working
    directory, then the active profile in PREFECT_HOME/profiles.toml; without importing Prefect
    (1 s), so that an in-process run decides before anything heavy loads.
    """
    env = os.environ if environ is None else environ
    if "PREFECT_API_URL" in env:
        return bool(env["PREFECT_API_URL"].strip())
    dotenv = Path(".env")
    if dotenv.is_file():
        for line in dotenv.read_text(encoding="utf-8", errors="replace").splitlines():
            key, _, value = line.partition("=")
            if key.strip().removeprefix("export ").strip() == "PREFECT_API_URL":
                return bool(value.strip().strip("'\""))
    local = _read_toml(Path("prefect.toml"))
    if isinstance(local.get("api"), dict) and local["api"].get("url"):
        return True
    home = Path(env.get("PREFECT_HOME", "~/.prefect")).expanduser()
    profiles = _read_toml(Path(env.get("PREFECT_PROFILES_PATH", home / "profiles.toml")))
    active = env.get("PREFECT_PROFILE") or profiles.get("active") or "ephemeral"
    profile = (profiles.get("profiles") or {}).get(active) or {}
    return bool(str(profile.get("PREFECT_API_URL", "")).strip())


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError):
        return {}
