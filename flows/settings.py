"""Settings from the environment (WIRECOPY_*), with the documented defaults."""

from __future__ import annotations

from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DB = "data/wirecopy.duckdb"
# Documents per batch. In-process a batch costs nothing to start; under Prefect every batch is a
# task run per stage, ~70 ms of CPU between the client and a server on the same machine, so
# orchestrated runs take bigger batches (fewer task runs) unless a batch size is given.
BATCH_SIZE = 200
ORCHESTRATED_BATCH_SIZE = 1000


class Settings(BaseSettings):
    """wirecopy settings; each can be set as an environment variable WIRECOPY_<NAME>."""

    model_config = SettingsConfigDict(env_prefix="WIRECOPY_", extra="ignore")

    db: str = DEFAULT_DB
    # Documents per batch (one Prefect task per stage per batch); None: BATCH_SIZE in-process,
    # ORCHESTRATED_BATCH_SIZE under Prefect.
    batch_size: int | None = None
    # auto: orchestrate through Prefect when an API is configured, else run in-process.
    orchestration: Literal["auto", "prefect", "local"] = "auto"
    # Worker processes for parse → clean (0: one per core); 1 runs them in the main process.
    workers: int = 0
    # Where Prefect runs the parse → clean tasks: "process" (wirecopy's own worker processes)
    # or "dask" (a Dask cluster via prefect-dask; WIRECOPY_DASK_ADDRESS, else a local cluster).
    task_runner: Literal["process", "dask"] = "process"
    dask_address: str | None = None
    # Processes for fetching many URLs at once (0: one per core, at most 4); each owns a share
    # of the hosts, so per-host limits hold. 1 keeps every fetch in the run's own process.
    fetch_processes: int = Field(default=0, ge=0)
    # Quality gate: the run fails when more than this share of inputs is rejected.
    max_reject_ratio: float = 0.2
