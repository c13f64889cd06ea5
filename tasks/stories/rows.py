"""The story index's records and tables: what goes in, what a member row reports, what an
update did, and the transaction helper for calls made outside a load."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import NamedTuple

import duckdb
import numpy as np
import numpy.typing as npt

from wirecopy.schemas.contract import INTERNAL_SCHEMA
from wirecopy.tasks.stories.assign import Assignment
from wirecopy.tasks.stories.sketch import BINS, U32

SKETCHES = f"{INTERNAL_SCHEMA}.story_sketches"
BUCKETS = f"{INTERNAL_SCHEMA}.story_buckets"
REMOVED = f"{INTERNAL_SCHEMA}.story_removed"
DOCS = f"{INTERNAL_SCHEMA}.story_doc"  # sequence of story_sketches.doc
_SIG = np.dtype("<u4")


@dataclass(frozen=True, slots=True)
class StoryInput:
    """One new or changed article: id, clean body text, and what the stories table reports."""

    article_id: str
    text: str
    publisher: str | None = None
    published_at: datetime | None = None
    wire: str | None = None
    title: str | None = None
    first_seen: datetime | None = None  # None: now (a new article)

    @property
    def source(self) -> str | None:
        """Who ran it, for roles: the publisher, else the wire."""
        return self.publisher or self.wire


class MemberRow(NamedTuple):
    """An indexed article as the `stories` rows are computed from it."""

    story_id: str
    article_id: str
    role: str
    publisher: str | None
    wire: str | None
    title: str | None
    published_at: datetime | None
    first_seen_at: datetime
    indexed_at: datetime


@dataclass(slots=True)
class Update:
    """What one update did: every article's assignment (in publication order), and every
    current member of each story it touched (`existing`: those that had a `stories` row)."""

    assignments: list[Assignment] = field(default_factory=list)
    members: dict[str, list[MemberRow]] = field(default_factory=dict)
    existing: set[str] = field(default_factory=set)


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """One transaction around index calls made outside a load (benchmarks, tests, catch-up)."""
    con.execute("BEGIN")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def publication_order(item: StoryInput) -> tuple[bool, datetime, str]:
    """Publication order; articles without a time go last, then by id (deterministic)."""
    when = item.published_at or item.first_seen or datetime.max.replace(tzinfo=UTC)
    return when == datetime.max.replace(tzinfo=UTC), when, item.article_id


def sigs_of(blobs: Sequence[bytes]) -> U32:
    """Stacked signatures from their BLOBs."""
    if not blobs:
        return np.zeros((0, BINS), dtype=np.uint32)
    return np.frombuffer(b"".join(blobs), _SIG).astype(np.uint32).reshape(len(blobs), -1)


def utc_micros(times: Sequence[datetime | None]) -> npt.NDArray[np.datetime64]:
    """Times as naive UTC datetime64 (NaT for None), a registered numpy column (SQL reads it
    back with timezone('UTC', …)). Aware times count from the epoch; naive ones are UTC."""
    epoch = [
        np.nan if t is None else (t if t.tzinfo else t.replace(tzinfo=UTC)).timestamp()
        for t in times
    ]
    micros = np.round(np.array(epoch, dtype=np.float64) * 1e6)
    out = np.full(len(epoch), np.datetime64("NaT", "us"))
    known = ~np.isnan(micros)
    out[known] = micros[known].astype(np.int64).astype("datetime64[us]")
    return out


def sig_bytes(sig: U32) -> bytes:
    """A signature as its BLOB (little-endian uint32)."""
    return sig.astype(_SIG).tobytes()


def fields_of(item: StoryInput) -> tuple[str | None, str | None, str | None, datetime | None]:
    """What the sketch row repeats of the article for the stories table."""
    return item.publisher, item.wire, item.title, item.published_at
