"""The story index in DuckDB: which story each article is in (`story_members`), its sketch and
its LSH buckets (the internal tables), updated inside the caller's transaction.

A batch hands over only its new and changed articles with their sketches (made by the
parse/clean workers). Their bucket keys are joined against `internal.story_buckets` in one
query, the candidates' signatures are read back in one query, and each article is assigned in
publication order (earlier articles of the same batch are candidates too). Unchanged articles
(same normalised text) are skipped; a changed article is taken out and assigned again, with the
other members of its story as candidates too, so it stays in its story while it still matches
one of them (whatever the bucket window pruned), and leaves it when its text changed enough.

Cost (benchmarks/stories.py scale, 1,000 new articles, 2 cores): the SQL grows with the night's
volume except for one hash join over the buckets (64 rows of 8 bytes per indexed article);
`prune` keeps them to a window of days (copies of a story run within days), so older articles
stop being candidates for new ones and the cost stops growing with the database.

Tables: `story_members` (the contract), `internal.story_sketches`, `internal.story_buckets`,
`internal.story_removed` (schemas/contract.py INTERNAL_TABLES, created by migration 4).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import duckdb
import numpy as np
import numpy.typing as npt

from wirecopy.schemas.contract import INTERNAL_SCHEMA
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

SKETCHES = f"{INTERNAL_SCHEMA}.story_sketches"
BUCKETS = f"{INTERNAL_SCHEMA}.story_buckets"
REMOVED = f"{INTERNAL_SCHEMA}.story_removed"
_SIG = np.dtype("<u4")
_NO_KEYS = np.zeros(0, dtype=np.uint32)
_NO_ROWS = np.zeros((0, 2 * BANDS), dtype=np.uint32)


@dataclass(frozen=True, slots=True)
class StoryInput:
    """One new or changed article: its id, clean body text, source (publisher, else wire) and
    time (published_at, else when first seen; None: now)."""

    article_id: str
    text: str
    source: str | None = None
    at: datetime | None = None


@dataclass(slots=True)
class Update:
    """What one update did: every article's assignment (in publication order) and the stories
    that articles left (moved elsewhere or removed)."""

    assignments: list[Assignment] = field(default_factory=list)
    left: set[str] = field(default_factory=set)

    @property
    def touched(self) -> set[str]:
        """Stories whose members changed or whose members' rows may have: to refresh."""
        return {a.story_id for a in self.assignments} | self.left


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


def _order(item: StoryInput) -> tuple[bool, datetime, str]:
    """Publication order; articles without a time go last, then by id (deterministic)."""
    when = item.at or datetime.max.replace(tzinfo=UTC)
    return item.at is None, when, item.article_id


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
    """Incremental story assignment over the story tables of one DuckDB connection.

    Every method runs inside the caller's transaction (`transaction(con)` outside a load).
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, thresholds: Thresholds = DEFAULT) -> None:
        self.con = con
        self.thresholds = thresholds

    def update(
        self,
        items: Sequence[StoryInput],
        sketches: Sequence[Sketch] | None = None,
        run_id: str | None = None,
    ) -> Update:
        """Assign new and changed articles (`sketches`: theirs, in item order, or made here);
        unchanged ones keep their row."""
        if sketches is None:
            sketches = sketch_many([i.text for i in items])
        latest = {i.article_id: (i, s) for i, s in zip(items, sketches, strict=True)}
        pairs = sorted(latest.values(), key=lambda p: _order(p[0]))
        if not pairs:
            return Update()
        return self._update([p[0] for p in pairs], [p[1] for p in pairs], run_id)

    def _update(
        self, items: list[StoryInput], sketches: list[Sketch], run_id: str | None
    ) -> Update:
        con = self.con
        ids = [i.article_id for i in items]
        old = {
            r[0]: r[1:]
            for r in con.execute(
                "SELECT s.article_id, s.doc, s.exact, m.story_id, m.role, m.matched_article_id,"
                f" m.match_similarity, m.similarity FROM {SKETCHES} s"
                " JOIN story_members m USING (article_id)"
                " WHERE s.article_id IN (SELECT unnest($1))",
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
        self._delete_docs(gone)
        back = [
            r[0]
            for r in con.execute(
                f"SELECT DISTINCT article_id FROM {REMOVED}"
                " WHERE article_id IN (SELECT unnest($1))",
                [ids],
            ).fetchall()
        ]
        if back:
            con.execute(f"DELETE FROM {REMOVED} WHERE article_id IN (SELECT unnest($1))", [back])
        # Only an article seen before can find its own story id in use (it founded a story
        # that lives on without it); for new articles the id is free and no lookup is needed.
        seen = {
            i.article_id: sk for i, sk in redo if i.article_id in previous or i.article_id in back
        }
        taken = self._taken([story_id_for(a, sk) for a, sk in seen.items()]) if seen else set()
        assigned = self._assign(redo, previous, taken, run_id) if redo else {}
        return Update(
            [kept.get(i) or assigned[i] for i in ids], {story for story, _ in previous.values()}
        )

    def _delete_docs(self, docs: list[int]) -> None:
        """Take rows out of the index: buckets, sketches and member rows."""
        if not docs:
            return
        self.con.execute(
            "DELETE FROM story_members WHERE article_id IN"
            f" (SELECT article_id FROM {SKETCHES} WHERE doc IN (SELECT unnest($1)))",
            [docs],
        )
        self.con.execute(f"DELETE FROM {BUCKETS} WHERE doc IN (SELECT unnest($1))", [docs])
        self.con.execute(f"DELETE FROM {SKETCHES} WHERE doc IN (SELECT unnest($1))", [docs])

    def _register(self, name: str, columns: dict[str, Any]) -> None:
        """Expose numpy columns to SQL as a view (no copy through Python objects)."""
        self.con.register(name, columns)

    def _bucket_pairs(self, keys: U32, positions: npt.NDArray[np.intp]) -> npt.NDArray[np.int64]:
        """(position << 32 | doc) of every indexed row sharing a bucket with a new article
        (keys: one row per position)."""
        self._register(
            "story_probe",
            {"bucket": keys.ravel(), "i": np.repeat(positions.astype(np.int32), keys.shape[1])},
        )
        found = self.con.execute(
            f"SELECT p.i, b.doc FROM story_probe p JOIN {BUCKETS} b USING (bucket)"
        ).fetchnumpy()
        self.con.unregister("story_probe")
        return (found["i"].astype(np.int64) << 32) | found["doc"].astype(np.int64)

    def _story_pairs(self, stories: dict[int, str]) -> npt.NDArray[np.int64]:
        """(position << 32 | doc) of the members of each changed article's previous story."""
        if not stories:
            return np.zeros(0, dtype=np.int64)
        rows = self.con.execute(
            f"SELECT m.story_id, s.doc FROM story_members m JOIN {SKETCHES} s USING (article_id)"
            f" WHERE m.story_id IN (SELECT unnest($1)) AND s.n_shingles >= {MIN_SHINGLES}",
            [sorted(set(stories.values()))],
        ).fetchall()
        docs: defaultdict[str, list[int]] = defaultdict(list)
        for story, doc in rows:
            docs[story].append(int(doc))
        return np.array(
            [(pos << 32) | doc for pos, story in stories.items() for doc in docs[story]],
            dtype=np.int64,
        )

    def _candidates(
        self, packed: npt.NDArray[np.int64]
    ) -> tuple[dict[int, list[int]], dict[str, Any]]:
        """Candidate rows by batch position, and those rows' columns (packed: position << 32 |
        doc pairs, repeats allowed)."""
        packed = np.unique(packed)  # distinct pairs in (position, doc) order, no SQL sort
        pairs = {"i": packed >> 32, "doc": packed & 0xFFFFFFFF}
        docs = np.unique(pairs["doc"])
        self._register("story_wanted", {"doc": docs.astype(np.int32)})
        rows = self.con.execute(
            "SELECT s.doc, s.article_id, m.story_id, s.exact, s.full_sig, s.lead_sig"
            f" FROM {SKETCHES} s JOIN story_wanted USING (doc)"
            " JOIN story_members m USING (article_id) ORDER BY s.doc"
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
            "SELECT DISTINCT story_id FROM story_members WHERE story_id IN (SELECT unnest($1))",
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
            "SELECT m.story_id, s.source, m.role, m.article_id, s.exact, s.n_shingles,"
            f" s.full_sig, s.lead_sig FROM story_members m JOIN {SKETCHES} s USING (article_id)"
            " WHERE m.story_id IN (SELECT unnest($1))",
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
        run_id: str | None,
    ) -> dict[str, Assignment]:
        # Texts too short to be a story's copy are neither looked up nor indexed.
        positions = np.array(
            [p for p, (_, sk) in enumerate(redo) if sk.n_shingles >= MIN_SHINGLES], dtype=np.intp
        )
        keys = np.stack([redo[p][1].keys for p in positions]) if positions.size else _NO_ROWS
        old_story = {
            int(p): previous[redo[p][0].article_id][0]
            for p in positions
            if redo[p][0].article_id in previous
        }
        packed = np.concatenate([self._bucket_pairs(keys, positions), self._story_pairs(old_story)])
        by_item, db = self._candidates(packed)
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
        self._insert(redo, [out[item.article_id] for item, _ in redo], keys, positions, run_id)
        return out

    def _insert(
        self,
        redo: list[tuple[StoryInput, Sketch]],
        got: list[Assignment],
        keys: U32,
        positions: npt.NDArray[np.intp],
        run_id: str | None,
    ) -> None:
        """Append the new rows: sketches, members and buckets (numpy columns, INSERT … SELECT)."""
        first = int(
            self.con.execute(f"SELECT coalesce(max(doc) + 1, 0) FROM {SKETCHES}").fetchall()[0][0]
        )
        docs = np.arange(first, first + len(redo), dtype=np.int32)
        self._register(
            "story_new",
            {
                "article_id": np.array([i.article_id for i, _ in redo], dtype=object),
                "doc": docs,
                "story_id": np.array([a.story_id for a in got], dtype=object),
                "role": np.array([a.role for a in got], dtype=object),
                "matched": np.array([a.matched for a in got], dtype=object),
                "similarity": np.array([a.similarity for a in got]),
                "first_similarity": np.array([a.first_similarity for a in got]),
                "source": np.array([i.source for i, _ in redo], dtype=object),
                "dated_at": np.array([_utc_micros(i.at) for i, _ in redo]),
                "n_shingles": np.array([sk.n_shingles for _, sk in redo], dtype=np.int32),
                "exact": np.array([sk.exact for _, sk in redo], dtype=np.uint64),
                "full_sig": np.array([sk.full.astype(_SIG).tobytes() for _, sk in redo], object),
                "lead_sig": np.array([sk.lead.astype(_SIG).tobytes() for _, sk in redo], object),
            },
        )
        self.con.execute(
            f"INSERT INTO {SKETCHES} SELECT article_id, doc, source,"
            " coalesce(timezone('UTC', dated_at), now()), n_shingles, exact, full_sig,"
            " lead_sig, now() FROM story_new"
        )
        self.con.execute(
            "INSERT INTO story_members SELECT article_id, story_id, role, first_similarity,"
            " matched, similarity, now(), $1 FROM story_new",
            [run_id],
        )
        self.con.unregister("story_new")
        self._register(
            "story_new_buckets",
            {"bucket": keys.ravel(), "doc": np.repeat(docs[positions], keys.shape[1])},
        )
        self.con.execute(f"INSERT INTO {BUCKETS} SELECT bucket, doc FROM story_new_buckets")
        self.con.unregister("story_new_buckets")

    def remove(self, article_ids: Sequence[str]) -> set[str]:
        """Take articles out of the index (deleted articles); return the stories they left,
        which keep their ids."""
        if not article_ids:
            return set()
        rows = self.con.execute(
            f"SELECT s.doc, m.story_id FROM {SKETCHES} s JOIN story_members m USING (article_id)"
            " WHERE s.article_id IN (SELECT unnest($1))",
            [list(article_ids)],
        ).fetchall()
        docs = [int(r[0]) for r in rows]
        if docs:
            self.con.execute(
                f"INSERT INTO {REMOVED} SELECT article_id FROM {SKETCHES}"
                " WHERE doc IN (SELECT unnest($1))",
                [docs],
            )
            self._delete_docs(docs)
        return {str(r[1]) for r in rows}

    def prune(self, before: datetime) -> int:
        """Drop the buckets of articles published before a time (they stay in the index and
        in their stories, but are no longer candidates for new articles)."""
        return int(
            self.con.execute(
                f"DELETE FROM {BUCKETS} WHERE doc IN"
                f" (SELECT doc FROM {SKETCHES} WHERE dated_at < $1)",
                [before],
            ).fetchall()[0][0]
        )


def _keep_founder(got: Assignment, previous: tuple[str, str] | None) -> Assignment:
    """A changed founder that still matches its own story stays its original."""
    if previous is None or got.story_id != previous[0] or previous[1] != "original":
        return got
    role: Role = "original"
    return Assignment(got.article_id, got.story_id, role, None, 1.0, 1.0)
