"""How a long run shows its progress: a bar on a terminal, lines elsewhere (cron, CI, a Prefect
worker), log records in a Prefect flow run, or nothing (--quiet)."""

from __future__ import annotations

import logging
import time
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from wirecopy.schemas.records import LoadCounts


def _rate(done: int, started: float) -> str:
    elapsed = time.monotonic() - started
    return f"{done / elapsed:,.0f} inputs/s" if elapsed > 0 and done else "–"


def progress_line(done: int, total: int | None, counts: LoadCounts, started: float) -> str:
    """One progress line: inputs done of total, rate, ETA and the counts so far.

    >>> progress_line(50, 200, LoadCounts(seen=50, new=48, rejected=2), time.monotonic() - 5)
    '50/200 inputs (25%) · 10 inputs/s · ETA 15s · new 48 · updated 0 · unchanged 0 · rejected 2'
    """
    head = f"{done:,}/{total:,} inputs ({done / total:.0%})" if total else f"{done:,} inputs"
    elapsed = time.monotonic() - started
    eta = ""
    if total and done and elapsed > 0 and done < total:
        eta = f" · ETA {(total - done) * elapsed / done:.0f}s"
    return (
        f"{head} · {_rate(done, started)}{eta} · new {counts.new:,} · updated {counts.updated:,} "
        f"· unchanged {counts.unchanged:,} · rejected {counts.rejected:,}"
    )


class QuietProgress:
    """Shows nothing (--quiet)."""

    def start(self, total: int | None, what: str) -> None:
        """A run of `total` inputs begins."""

    def batch_loaded(self, number: int, inputs: int, counts: LoadCounts) -> None:
        """A batch was loaded."""

    def stop(self) -> None:
        """The run ended."""


# Without a terminal, lines start once a run has taken this long (from the first batch with
# --verbose): a run of a few files prints its summary only.
QUIET_SECONDS = 2.0


class LineProgress(QuietProgress):
    """A line per batch, for logs and pipes (cron, CI, a Prefect worker's output)."""

    def __init__(self, console: Console, verbose: bool = False) -> None:
        self.console = console
        self.verbose = verbose
        self.total: int | None = None
        self.done = 0
        self.started = time.monotonic()
        self.what = "run"

    def start(self, total: int | None, what: str) -> None:
        """A run of `total` inputs begins."""
        self.total, self.what = total, what
        self.started = time.monotonic()

    def batch_loaded(self, number: int, inputs: int, counts: LoadCounts) -> None:
        """Print the batch's line (once the run is no longer short, or always when verbose)."""
        self.done += inputs
        if self.verbose or time.monotonic() - self.started >= QUIET_SECONDS:
            line = progress_line(self.done, self.total, counts, self.started)
            self.console.print(f"{self.what} batch {number}: {line}", highlight=False)


class BarProgress(QuietProgress):
    """A progress bar on a terminal (stderr): inputs, rate, elapsed time and ETA."""

    def __init__(self, console: Console, verbose: bool = False) -> None:
        self.console = console
        self.verbose = verbose
        self._bar = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("inputs · {task.fields[rate]} · new {task.fields[new]}"),
            TextColumn("rejected {task.fields[rejected]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=console,
            transient=True,
        )
        self._task: TaskID | None = None
        self.started = time.monotonic()
        self.done = 0

    def start(self, total: int | None, what: str) -> None:
        """Show the bar."""
        self.started = time.monotonic()
        self._bar.start()
        self._task = self._bar.add_task(what, total=total, rate="–", new=0, rejected=0)

    def batch_loaded(self, number: int, inputs: int, counts: LoadCounts) -> None:
        """Advance the bar (and print the batch's line above it, verbose)."""
        self.done += inputs
        if self._task is None:
            return
        fields: dict[str, Any] = {
            "rate": _rate(self.done, self.started),
            "new": f"{counts.new:,}",
            "rejected": f"{counts.rejected:,}",
        }
        self._bar.update(self._task, advance=inputs, **fields)
        if self.verbose:
            self._bar.console.print(
                f"batch {number}: {progress_line(self.done, None, counts, self.started)}",
                highlight=False,
            )

    def stop(self) -> None:
        """Remove the bar (the summary follows)."""
        self._bar.stop()


class LogProgress(LineProgress):
    """The same lines as log records (a Prefect flow run's logger): every batch."""

    def __init__(self, logger: logging.Logger | logging.LoggerAdapter[logging.Logger]) -> None:
        super().__init__(Console(quiet=True), verbose=True)
        self.logger = logger

    def batch_loaded(self, number: int, inputs: int, counts: LoadCounts) -> None:
        """Log the batch's line."""
        self.done += inputs
        line = progress_line(self.done, self.total, counts, self.started)
        self.logger.info("%s batch %d: %s", self.what, number, line)


def for_console(console: Console, quiet: bool, verbose: bool) -> QuietProgress:
    """A bar on a terminal, lines otherwise, nothing when quiet."""
    if quiet:
        return QuietProgress()
    if console.is_terminal:
        return BarProgress(console, verbose)
    return LineProgress(console, verbose)
