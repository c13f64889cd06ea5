"""The story index in DuckDB: one row per article (sketch, story, role) and its LSH buckets.

A run hands over only its new and changed articles. They are sketched, their bucket keys are
joined against `story_buckets` in one query, the candidates' signatures are read back in one
query, and each article is assigned in publication order (earlier articles of the same batch
are candidates too). Unchanged articles (same normalised text) are skipped; a changed article
is taken out of the index and assigned again, so it stays in its story while it still matches
a member, and leaves it when its text changed enough.

Cost (benchmarks/stories.py scale, 1,000 new articles, 2 cores): sketching ~0.09 s, then the
SQL side grows with the night's volume except for one hash join over `story_buckets` (64 rows
of 8 bytes per indexed article: ~85 ms at 100,000 articles, ~14 ms for a 30-day window of
7,500). `prune` keeps that window: copies of a story run within days, so older articles leave
the buckets (they keep their rows and stories) and the cost stops growing with the database.

Tables (phase 1: defined here; the table contract takes them over in phase 2):

- `story_index`: article_id, doc (dense integer key), story_id, role, matched, similarity,
  first_similarity, source, published_at, n_shingles, exact, full_sig / lead_sig (BLOB of 128
  little-endian uint32), indexed_at.
- `story_buckets`: bucket (UINTEGER LSH band key), doc.
- `story_removed`: article_id of articles taken out by `remove` (so their ids stay unique).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import duckdb
import numpy as np
import numpy.typing as npt

from wirecopy.tasks.stories.assign import (
    DEFAULT,
    MIN_SHINGLES,
    Assignment,
    Candidates,
    Member,
    Role,
    Thresholds,
    best_match,
    decide,
    story_id_for,
)
from wirecopy.tasks.stories.sketch import BANDS, BINS, U32, Sketch, sketch_many

DDL = (
    """CREATE TABLE IF NOT EXISTS story_index (
        article_id VARCHAR NOT NULL,
        doc INTEGER NOT NULL,
        story_id VARCHAR NOT NULL,
        role VARCHAR NOT NULL,
        matched VARCHAR,
        similarity DOUBLE NOT NULL,
        first_similarity DOUBLE NOT NULL,
        source VARCHAR,
        published_at TIMESTAMPTZ,
        n_shingles INTEGER NOT NULL,
        exact UBIGINT NOT NULL,
        full_sig BLOB NOT NULL,
        lead_sig BLOB NOT NULL,
        indexed_at TIMESTAMPTZ NOT NULL
    )""",
    "CREATE TABLE IF NOT EXISTS story_buckets (bucket UINTEGER NOT NULL, doc INTEGER NOT NULL)",
    # Articles taken out by remove(): the story each founded may live on under its id.
    "CREATE TABLE IF NOT EXISTS story_removed (article_id VARCHAR NOT NULL)",
)
_SIG = np.dtype("<u4")
_NO_KEYS = np.zeros(0, dtype=np.uint32)
_NO_ROWS = np.zeros((0, 2 * BANDS), dtype=np.uint32)


@dataclass(frozen=True, slots=True)
class StoryInput:
    """One new or changed article: its id, clean body text, source and publication time."""

    article_id: str
    text: str
    source: str | None = None
    published_at: datetime | None = None


def _order(item: StoryInput) -> tuple[bool, datetime, str]:
    """Publication order; articles without a time go last, then by id (deterministic)."""
    when = item.published_at or datetime.max.replace(tzinfo=UTC)
    return item.published_at is None, when, item.article_id


def _sigs(blobs: Sequence[bytes]) -> U32:
    """Stacked signatures from their BLOBs."""
    if not blobs:
        return np.zeros((0, BINS), dtype=np.uint32)
    return np.frombuffer(b"".join(blobs), _SIG).astype(np.uint32).reshape(len(blobs), -1)


def _utc_micros(when: datetime | None) -> np.datetime64:
    """A time as naive UTC datetime64 (NaT for None), for a registered numpy column."""
    if when is None:
        return np.datetime64("NaT", "us")
    return np.datetime64(when.astimezone(UTC).replace(tzinfo=None), "us")


def _batch_pairs(keys: U32, positions: npt.NDArray[np.intp]) -> dict[int, list[int]]:
    """For each batch position, the earlier positions sharing a bucket key with it (keys: one
    row per position in `positions`)."""
    flat = keys.ravel()
    pos = np.repeat(positions, keys.shape[1])
    order = np.argsort(flat, kind="stable")
    flat, pos = flat[order], pos[order]
    starts = np.flatnonzero(np.r_[True, flat[1:] != flat[:-1]])
    ends = np.r_[starts[1:], flat.size]
    earlier: defaultdict[int, set[int]] = defaultdict(set)
    for s, e in zip(starts[ends - starts > 1], ends[ends - starts > 1], strict=True):
        group = sorted(set(pos[s:e].tolist()))
        for k, later in enumerate(group[1:], 1):
            earlier[later].update(group[:k])
    return {p: sorted(v) for p, v in earlier.items()}


class StoryIndex:
    """Incremental story assignment over tables in one DuckDB connection."""

    def __init__(self, con: duckdb.DuckDBPyConnection, thresholds: Thresholds = DEFAULT) -> None:
        self.con = con
        self.thresholds = thresholds
        self.seconds: dict[str, float] = {}  # the last update's time in sketching and in SQL
        for statement in DDL:
            con.execute(statement)

    def update(self, items: Sequence[StoryInput]) -> list[Assignment]:
        """Assign new and changed articles (one transaction); unchanged ones keep their row."""
        items = sorted({i.article_id: i for i in items}.values(), key=_order)
        if not items:
            return []
        start = time.perf_counter()
        sketches = sketch_many([i.text for i in items])
        middle = time.perf_counter()
        self.con.begin()
        try:
            out = self._update(items, sketches)
        except BaseException:
            self.con.rollback()
            raise
        self.con.commit()
        self.seconds = {"sketch": middle - start, "index": time.perf_counter() - middle}
        return out

    def _update(self, items: list[StoryInput], sketches: list[Sketch]) -> list[Assignment]:
        con = self.con
        ids = [i.article_id for i in items]
        old = {
            r[0]: r[1:]
            for r in con.execute(
                "SELECT article_id, doc, exact, story_id, role, matched, similarity,"
                " first_similarity FROM story_index WHERE article_id IN (SELECT unnest($1))",
                [ids],
            ).fetchall()
        }
        kept: dict[str, Assignment] = {}
        redo: list[tuple[StoryInput, Sketch]] = []
        gone: list[int] = []
        previous: dict[str, tuple[str, str]] = {}  # changed article → (old story, old role)
        for item, sk in zip(items, sketches, strict=True):
            row = old.get(item.article_id)
            if row is not None and int(row[1]) == sk.exact:
                kept[item.article_id] = Assignment(item.article_id, *row[2:])  # unchanged
                continue
            if row is not None:
                gone.append(int(row[0]))
                previous[item.article_id] = (str(row[2]), str(row[3]))
            redo.append((item, sk))
        if gone:
            con.execute("DELETE FROM story_buckets WHERE doc IN (SELECT unnest($1))", [gone])
            con.execute("DELETE FROM story_index WHERE doc IN (SELECT unnest($1))", [gone])
        back = [
            r[0]
            for r in con.execute(
                "SELECT DISTINCT article_id FROM story_removed"
                " WHERE article_id IN (SELECT unnest($1))",
                [ids],
            ).fetchall()
        ]
        if back:
            con.execute("DELETE FROM story_removed WHERE article_id IN (SELECT unnest($1))", [back])
        # Only an article seen before can find its own story id in use (it founded a story
        # that lives on without it); for new articles the id is free and no lookup is needed.
        seen = {
            i.article_id: sk for i, sk in redo if i.article_id in previous or i.article_id in back
        }
        taken = self._taken([story_id_for(a, sk) for a, sk in seen.items()]) if seen else set()
        assigned = self._assign(redo, previous, taken) if redo else {}
        return [kept.get(i) or assigned[i] for i in ids]

    def _register(self, name: str, columns: dict[str, Any]) -> None:
        """Expose numpy columns to SQL as a view (no copy through Python objects)."""
        self.con.register(name, columns)

    def _candidates(
        self, keys: U32, positions: npt.NDArray[np.intp]
    ) -> tuple[dict[int, list[int]], dict[str, Any]]:
        """Indexed rows sharing a bucket with each new article (by batch position; keys: one
        row per position), and those rows' columns."""
        self._register(
            "story_probe",
            {"bucket": keys.ravel(), "i": np.repeat(positions.astype(np.int32), keys.shape[1])},
        )
        found_pairs = self.con.execute(
            "SELECT p.i, b.doc FROM story_probe p JOIN story_buckets b USING (bucket)"
        ).fetchnumpy()
        self.con.unregister("story_probe")
        # Distinct (position, doc) pairs in (position, doc) order, without a sort in SQL.
        packed = np.unique(
            (found_pairs["i"].astype(np.int64) << 32) | found_pairs["doc"].astype(np.int64)
        )
        pairs = {"i": packed >> 32, "doc": packed & 0xFFFFFFFF}
        docs = np.unique(pairs["doc"])
        self._register("story_wanted", {"doc": docs.astype(np.int32)})
        rows = self.con.execute(
            "SELECT s.doc, article_id, story_id, exact, full_sig, lead_sig"
            " FROM story_index s JOIN story_wanted USING (doc) ORDER BY s.doc"
        ).fetchall()
        self.con.unregister("story_wanted")
        found = {int(r[0]): k for k, r in enumerate(rows)}
        by_item: defaultdict[int, list[int]] = defaultdict(list)
        for i, doc in zip(pairs["i"].tolist(), pairs["doc"].tolist(), strict=True):
            by_item[i].append(found[doc])
        columns = {
            "article_id": [r[1] for r in rows],
            "story_id": [r[2] for r in rows],
            "exact": np.array([r[3] for r in rows], dtype=np.uint64),
            "full": _sigs([r[4] for r in rows]),
            "lead": _sigs([r[5] for r in rows]),
        }
        return by_item, columns

    def _taken(self, story_ids: list[str]) -> set[str]:
        """Which of these story ids the index already uses."""
        rows = self.con.execute(
            "SELECT DISTINCT story_id FROM story_index WHERE story_id IN (SELECT unnest($1))",
            [story_ids],
        ).fetchall()
        return {r[0] for r in rows}

    def _story_context(self, stories: set[str]) -> tuple[dict[str, set[str]], dict[str, Member]]:
        """Sources seen in each story, and each story's founder."""
        sources: defaultdict[str, set[str]] = defaultdict(set)
        founders: dict[str, Member] = {}
        if not stories:
            return sources, founders
        for story_id, source, role, article_id, exact, n, full, lead in self.con.execute(
            "SELECT story_id, source, role, article_id, exact, n_shingles, full_sig, lead_sig"
            " FROM story_index WHERE story_id IN (SELECT unnest($1))",
            [sorted(stories)],
        ).fetchall():
            if source is not None:
                sources[story_id].add(source)
            if role == "original":
                sk = Sketch(_sigs([full])[0], _sigs([lead])[0], _NO_KEYS, int(n), int(exact))
                founders[story_id] = Member(article_id, story_id, source, sk)
        return sources, founders

    def _assign(
        self,
        redo: list[tuple[StoryInput, Sketch]],
        previous: dict[str, tuple[str, str]],
        taken: set[str],
    ) -> dict[str, Assignment]:
        # Texts too short to be a story's copy are neither looked up nor indexed.
        positions = np.array(
            [p for p, (_, sk) in enumerate(redo) if sk.n_shingles >= MIN_SHINGLES], dtype=np.intp
        )
        keys = np.stack([redo[p][1].keys for p in positions]) if positions.size else _NO_ROWS
        by_item, db = self._candidates(keys, positions)
        batch_earlier = _batch_pairs(keys, positions)
        full = np.stack([sk.full for _, sk in redo])
        lead = np.stack([sk.lead for _, sk in redo])
        exact = np.array([sk.exact for _, sk in redo], dtype=np.uint64)
        # Pass 1, in order: each article's best match (story, article, similarity) or none.
        stories: list[str] = []  # story of each batch position
        matches: list[tuple[str, str, float] | None] = []
        for pos, (item, sk) in enumerate(redo):
            rows, mine = by_item.get(pos, []), batch_earlier.get(pos, [])
            if not rows and not mine:  # no candidate: a new story (most articles of a night)
                matches.append(None)
                stories.append(story_id_for(item.article_id, sk, taken))
                taken.add(stories[-1])
                continue
            # Index order: indexed rows (by doc), then earlier batch positions.
            cands = Candidates(
                [db["article_id"][r] for r in rows] + [redo[p][0].article_id for p in mine],
                [db["story_id"][r] for r in rows] + [stories[p] for p in mine],
                np.concatenate([db["full"][rows], full[mine]]),
                np.concatenate([db["lead"][rows], lead[mine]]),
                np.concatenate([db["exact"][rows], exact[mine]]),
            )
            found = best_match(sk, cands, self.thresholds)
            match = None
            if found is not None:
                k, sim = found
                match = (cands.story_ids[k], cands.article_ids[k], sim)
            matches.append(match)
            stories.append(match[0] if match else story_id_for(item.article_id, sk, taken))
            taken.add(stories[-1])
        # Pass 2: roles and similarity to the founder, with the matched stories' context.
        sources, founders = self._story_context({m[0] for m in matches if m is not None})
        out: dict[str, Assignment] = {}
        for (item, sk), match, story in zip(redo, matches, stories, strict=True):
            got = decide(item.article_id, item.source, sk, match, sources, founders, story)
            got = _keep_founder(got, previous.get(item.article_id))
            if item.source is not None:
                sources[got.story_id].add(item.source)
            if got.role == "original":
                founders[got.story_id] = Member(item.article_id, got.story_id, item.source, sk)
            out[item.article_id] = got
        self._insert(redo, [out[item.article_id] for item, _ in redo], keys, positions)
        return out

    def _insert(
        self,
        redo: list[tuple[StoryInput, Sketch]],
        got: list[Assignment],
        keys: U32,
        positions: npt.NDArray[np.intp],
    ) -> None:
        """Append the new rows and their buckets (numpy columns, two INSERT … SELECT)."""
        first = int(
            self.con.execute("SELECT coalesce(max(doc) + 1, 0) FROM story_index").fetchall()[0][0]
        )
        docs = np.arange(first, first + len(redo), dtype=np.int32)
        text = object
        self._register(
            "story_new",
            {
                "article_id": np.array([i.article_id for i, _ in redo], dtype=text),
                "doc": docs,
                "story_id": np.array([a.story_id for a in got], dtype=text),
                "role": np.array([a.role for a in got], dtype=text),
                "matched": np.array([a.matched for a in got], dtype=object),
                "similarity": np.array([a.similarity for a in got]),
                "first_similarity": np.array([a.first_similarity for a in got]),
                "source": np.array([i.source for i, _ in redo], dtype=object),
                "published_at": np.array([_utc_micros(i.published_at) for i, _ in redo]),
                "n_shingles": np.array([sk.n_shingles for _, sk in redo], dtype=np.int32),
                "exact": np.array([sk.exact for _, sk in redo], dtype=np.uint64),
                "full_sig": np.array([sk.full.astype(_SIG).tobytes() for _, sk in redo], object),
                "lead_sig": np.array([sk.lead.astype(_SIG).tobytes() for _, sk in redo], object),
            },
        )
        self.con.execute(
            "INSERT INTO story_index SELECT article_id, doc, story_id, role, matched, similarity,"
            " first_similarity, source, timezone('UTC', published_at), n_shingles, exact,"
            " full_sig, lead_sig, now() FROM story_new"
        )
        self.con.unregister("story_new")
        self._register(
            "story_new_buckets",
            {"bucket": keys.ravel(), "doc": np.repeat(docs[positions], keys.shape[1])},
        )
        self.con.execute("INSERT INTO story_buckets SELECT bucket, doc FROM story_new_buckets")
        self.con.unregister("story_new_buckets")

    def remove(self, article_ids: Sequence[str]) -> int:
        """Take articles out of the index (deleted articles); their stories keep their ids."""
        self.con.begin()
        try:
            docs = [
                r[0]
                for r in self.con.execute(
                    "SELECT doc FROM story_index WHERE article_id IN (SELECT unnest($1))",
                    [list(article_ids)],
                ).fetchall()
            ]
            if docs:
                self.con.execute(
                    "INSERT INTO story_removed SELECT article_id FROM story_index"
                    " WHERE doc IN (SELECT unnest($1))",
                    [docs],
                )
                self.con.execute(
                    "DELETE FROM story_buckets WHERE doc IN (SELECT unnest($1))", [docs]
                )
                self.con.execute("DELETE FROM story_index WHERE doc IN (SELECT unnest($1))", [docs])
        except BaseException:
            self.con.rollback()
            raise
        self.con.commit()
        return len(docs)

    def prune(self, before: datetime) -> int:
        """Drop the buckets of articles published before a time (they stay in story_index)."""
        return int(
            self.con.execute(
                "DELETE FROM story_buckets WHERE doc IN"
                " (SELECT doc FROM story_index WHERE published_at < $1)",
                [before],
            ).fetchall()[0][0]
        )


def _keep_founder(got: Assignment, previous: tuple[str, str] | None) -> Assignment:
    """A changed founder that still matches its own story stays its original."""
    if previous is None or got.story_id != previous[0] or previous[1] != "original":
        return got
    role: Role = "original"
    return Assignment(got.article_id, got.story_id, role, None, 1.0, 1.0)
