"""Worker processes of a run come from one forkserver that has the heavy modules preloaded.

A fork of the run's own process is not safe (it holds DuckDB, Prefect and fetch threads), and
spawning each worker re-imports everything. The forkserver is started once per run by whichever
pool needs it first, so both pools ask for the same preload list.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
from multiprocessing.context import ForkServerContext

# The parse/clean worker's and the fetch shard's modules.
PRELOAD = ["wirecopy.tasks.workers", "wirecopy.tasks.http.fetcher"]


def worker_context() -> ForkServerContext:
    """The multiprocessing context for wirecopy's worker processes."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    assert isinstance(context, ForkServerContext)
    return context


def start_worker_server() -> None:
    """Start the forkserver now: its preload imports (~0.6 s) run beside the caller's own
    start-up (opening the database, the story index) instead of holding up the first batch
    handed to a worker, which then forks from it at once."""
    worker_context()
    multiprocessing.forkserver.ensure_running()
