"""Parse and clean of a batch in whatever process runs them: the batch records, the pure stage
functions, and the jobs a worker lane runs (tasks/lanes.py sends them).
"""

from __future__ import annotations

import os
import select
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from wirecopy.schemas.records import Article, ParsedDocument, RawDocument, Reject, StageResult
from wirecopy.tasks.clean import clean_batch
from wirecopy.tasks.fetch import origin_urls
from wirecopy.tasks.parse import parse_batch
from wirecopy.tasks.stories.sketch import Sketches

T = TypeVar("T")

Pages = dict[str, ParsedDocument]


@dataclass(slots=True)
class Part:
    """One chunk of a parsed batch: where its parsed documents are, and what its parse found.

    `items` is set when the documents were parsed in this process (or returned on request);
    otherwise they wait in the worker of `lane` (generation `generation`) under `key`.
    """

    documents: list[RawDocument]
    lane: int | None = None
    generation: int = 0
    key: int = 0
    items: list[ParsedDocument] | None = None
    rejects: list[Reject] = field(default_factory=list)
    origin_urls: list[str] = field(default_factory=list)
    seconds: float = 0.0
    lost: bool = False  # the worker died while parsing: clean parses the chunk again


@dataclass(slots=True)
class ParsedBatch:
    """One batch after the parse stage (its parsed documents may wait in a worker)."""

    parts: list[Part] = field(default_factory=list)

    @property
    def rejects(self) -> list[Reject]:
        """The parse stage's rejects, in input order."""
        return [r for part in self.parts for r in part.rejects]

    @property
    def origin_urls(self) -> list[str]:
        """The distinct origin URLs the batch's parsed items point at."""
        return list(dict.fromkeys(u for part in self.parts for u in part.origin_urls))

    @property
    def items(self) -> list[ParsedDocument]:
        """The parsed documents (only when none of them is held in a worker)."""
        if any(part.items is None for part in self.parts):
            raise ValueError("parsed documents are held in a worker: clean them there")
        return [doc for part in self.parts for doc in part.items or []]

    @property
    def seconds(self) -> float:
        """Seconds spent parsing, summed over the workers."""
        return sum(part.seconds for part in self.parts)


@dataclass(slots=True)
class CleanedBatch:
    """One batch after the clean stage: articles, rejects and the seconds each stage took."""

    articles: list[Article] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    worker_pid: int = 0  # the process that did the work (main, pool worker or Dask worker)
    # Story sketches of the articles' bodies, made here so the load's story step only writes.
    sketches: Sketches = field(default_factory=Sketches)


# -- the pure stage functions, runnable in any process -----------------------------------------


ParseFn = Callable[[list[RawDocument]], StageResult]
CleanFn = Callable[[list[ParsedDocument], Pages | None], StageResult]


def parse_here(documents: list[RawDocument], parse: ParseFn = parse_batch) -> ParsedBatch:
    """Parse a batch in this process; the parsed documents stay in the returned batch."""
    start = time.perf_counter()
    parsed = parse(documents)
    return ParsedBatch(
        [
            Part(
                documents,
                items=parsed.items,
                rejects=parsed.rejects,
                origin_urls=origin_urls(parsed.items),
                seconds=time.perf_counter() - start,
            )
        ]
    )


def clean_here(
    parsed: ParsedBatch, pages: Pages | None = None, clean: CleanFn = clean_batch
) -> CleanedBatch:
    """Clean a parsed batch whose documents are in this process (its parse rejects included)."""
    start = time.perf_counter()
    cleaned = clean(parsed.items, pages)
    middle = time.perf_counter()
    articles: list[Article] = cleaned.items
    sketches = Sketches.of({a.text_sha256 or a.article_id: a.body_text for a in articles})
    return CleanedBatch(
        articles=articles,
        rejects=parsed.rejects + cleaned.rejects,
        seconds={
            "parse": parsed.seconds,
            "clean": middle - start,
            "sketch": time.perf_counter() - middle,
        },
        worker_pid=os.getpid(),
        sketches=sketches,
    )


def transform_here(
    documents: list[RawDocument],
    pages: Pages | None = None,
    parse: ParseFn = parse_batch,
    clean: CleanFn = clean_batch,
) -> CleanedBatch:
    """Parse then clean a batch in this process (one job: how lost chunks are redone)."""
    return clean_here(parse_here(documents, parse), pages, clean)


# -- the worker side of a lane -----------------------------------------------------------------

# Parsed batches waiting in this worker for their clean job, by key.
_HELD: dict[int, Part] = {}


def parse_and_hold(key: int, documents: list[RawDocument], hold: bool, parse: ParseFn) -> Part:
    """Worker job: parse, keep the parsed documents here (hold) or send them back."""
    part = parse_here(documents, parse).parts[0]
    if hold:
        _HELD[key] = part
    # The caller has the bytes; the parsed documents stay here unless asked for.
    return Part(
        [],
        items=None if hold else part.items,
        rejects=part.rejects,
        origin_urls=part.origin_urls,
        seconds=part.seconds,
    )


def clean_held(key: int, pages: Pages | None, clean: CleanFn) -> CleanedBatch | None:
    """Worker job: clean the batch a parse job left here under key (None: not here)."""
    part = _HELD.pop(key, None)
    if part is None:  # parsed by a worker that died since: the caller parses again
        return None
    return clean_here(ParsedBatch([part]), pages, clean)


def worker_init(parent_pid: int) -> None:
    """Worker start-up: exit as soon as the run's process is gone (killed runs leave nothing).

    A pool worker holds both ends of its job queue (and its forkserver's liveness pipe), so it
    never sees EOF when the run dies; it watches the run's process instead.
    """
    threading.Thread(
        target=_exit_when_gone, args=(parent_pid,), name="wirecopy-parent-watch", daemon=True
    ).start()


def _exit_when_gone(pid: int) -> None:
    """Block until process `pid` has exited, then end this process.

    A pidfd becomes readable the moment the process exits, also while it is an unreaped zombie
    (where `kill(pid, 0)` still succeeds). Without pidfds (not Linux 5.3+), poll.
    """
    try:
        watch = os.pidfd_open(pid)
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):
        while _running(pid):
            time.sleep(_PARENT_CHECK_SECONDS)
        os._exit(1)
    select.select([watch], [], [])
    os._exit(1)


def _running(pid: int) -> bool:
    """True while `pid` exists and is not a zombie."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:  # no /proc: kill(pid, 0) is all there is
        return True


# How often a worker checks that the run that started it is still alive, where it must poll.
_PARENT_CHECK_SECONDS = 1.0
