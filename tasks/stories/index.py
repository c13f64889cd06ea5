"""The story index in DuckDB: one row per article (sketch, story, role) and its LSH buckets.

A run hands over only its new and changed articles. They are sketched, their bucket keys are
joined against `story_buckets` in one query, the few candidates' sketches are read back, and
each article is assigned in publication order (earlier articles of the same batch are
candidates too, from an in-memory bucket map). Unchanged articles (same normalised text) are
skipped; a changed article is taken out of the index and assigned again, so it stays in its
story while it still matches a member, and leaves it when its text changed enough. The work is
proportional to the batch; the one scan of `story_buckets` (a hash join over a 4-byte column)
grows with the index, and `prune` bounds it to a window of recent articles (copies of a story
run within days).

Tables (phase 1: defined here; the table contract will take them over):

- `story_index`: article_id, doc (dense integer key), story_id, role, matched, similarity,
  first_similarity, source, published_at, n_shingles, exact, full_sig / lead_sig (BLOB of 128
  little-endian uint32), indexed_at.
- `story_buckets`: bucket (UINTEGER LSH band key), doc.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb
import numpy as np

from wirecopy.tasks.stories.assign import DEFAULT, Assignment, Member, Role, Thresholds, assign
from wirecopy.tasks.stories.memory import lsh_keys
from wirecopy.tasks.stories.sketch import Sketch, sketch

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
)
_SIG = np.dtype("<u4")


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


def _member(row: tuple[object, ...]) -> Member:
    """A Member from (article_id, story_id, source, n_shingles, exact, full_sig, lead_sig)."""
    article_id, story_id, source, n, exact, full, lead = row
    assert isinstance(full, bytes) and isinstance(lead, bytes)
    sk = Sketch(
        np.frombuffer(full, _SIG).astype(np.uint32),
        np.frombuffer(lead, _SIG).astype(np.uint32),
        int(n),  # type: ignore[call-overload]
        int(exact),  # type: ignore[call-overload]
    )
    return Member(str(article_id), str(story_id), None if source is None else str(source), sk)


_MEMBER_COLUMNS = "article_id, story_id, source, n_shingles, exact, full_sig, lead_sig"


class StoryIndex:
    """Incremental story assignment over tables in one DuckDB connection."""

    def __init__(self, con: duckdb.DuckDBPyConnection, thresholds: Thresholds = DEFAULT) -> None:
        self.con = con
        self.thresholds = thresholds
        for statement in DDL:
            con.execute(statement)

    def update(self, items: Sequence[StoryInput]) -> list[Assignment]:
        """Assign new and changed articles (one transaction); unchanged ones keep their row."""
        items = sorted({i.article_id: i for i in items}.values(), key=_order)
        if not items:
            return []
        sketches = [sketch(i.text) for i in items]
        self.con.begin()
        try:
            out = self._update(items, sketches)
        except BaseException:
            self.con.rollback()
            raise
        self.con.commit()
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
        assigned = self._assign(redo, previous) if redo else {}
        return [kept.get(i) or assigned[i] for i in ids]

    def _candidates(self, keys: np.ndarray) -> tuple[dict[int, list[Member]], set[str]]:
        """Indexed members sharing a bucket with each new article (by position), and stories."""
        n, width = keys.shape
        rows = self.con.execute(
            "WITH p AS (SELECT unnest($1) AS bucket, unnest($2) AS i)"
            " SELECT DISTINCT p.i, b.doc FROM p JOIN story_buckets b USING (bucket)",
            [keys.ravel(), np.repeat(np.arange(n, dtype=np.int32), width)],
        ).fetchall()
        docs = sorted({int(doc) for _, doc in rows})
        members: dict[int, Member] = {}
        if docs:
            for r in self.con.execute(
                f"SELECT doc, {_MEMBER_COLUMNS} FROM story_index"
                " WHERE doc IN (SELECT unnest($1)) ORDER BY doc",
                [docs],
            ).fetchall():
                members[int(r[0])] = _member(r[1:])
        by_item: dict[int, list[Member]] = defaultdict(list)
        for i, doc in sorted(rows, key=lambda r: (r[0], r[1])):
            if int(doc) in members:
                by_item[int(i)].append(members[int(doc)])
        return by_item, {m.story_id for m in members.values()}

    def _story_context(self, stories: set[str]) -> tuple[dict[str, set[str]], dict[str, Member]]:
        """Sources seen in each story, and each story's founder."""
        sources: dict[str, set[str]] = defaultdict(set)
        founders: dict[str, Member] = {}
        if not stories:
            return sources, founders
        for story_id, source, role, *rest in self.con.execute(
            f"SELECT story_id, source, role, {_MEMBER_COLUMNS} FROM story_index"
            " WHERE story_id IN (SELECT unnest($1))",
            [sorted(stories)],
        ).fetchall():
            if source is not None:
                sources[story_id].add(source)
            if role == "original":
                founders[story_id] = _member(tuple(rest))
        return sources, founders

    def _assign(
        self, redo: list[tuple[StoryInput, Sketch]], previous: dict[str, tuple[str, str]]
    ) -> dict[str, Assignment]:
        keys = np.stack([lsh_keys(sk) for _, sk in redo])
        by_item, stories = self._candidates(keys)
        sources, founders = self._story_context(stories)
        batch: defaultdict[int, list[int]] = defaultdict(list)  # bucket → batch positions
        members: list[Member] = []
        next_doc = int(
            self.con.execute("SELECT coalesce(max(doc) + 1, 0) FROM story_index").fetchall()[0][0]
        )
        now = datetime.now(UTC)
        out: dict[str, Assignment] = {}
        index_rows: list[tuple[object, ...]] = []
        for pos, (item, sk) in enumerate(redo):
            # Candidates in index order (ties go to the earlier article): indexed, then batch.
            earlier = {p for key in keys[pos].tolist() for p in batch.get(key, ())}
            candidates = by_item.get(pos, []) + [members[p] for p in sorted(earlier)]
            got = assign(
                item.article_id,
                item.source,
                sk,
                candidates,
                sources,
                founders,
                self.thresholds,
            )
            got = _keep_founder(got, previous.get(item.article_id))
            member = Member(item.article_id, got.story_id, item.source, sk)
            members.append(member)
            for key in keys[pos].tolist():
                batch[key].append(pos)
            if item.source is not None:
                sources[got.story_id].add(item.source)
            if got.role == "original":
                founders[got.story_id] = member
            out[item.article_id] = got
            index_rows.append(
                (
                    item.article_id,
                    next_doc + pos,
                    got.story_id,
                    got.role,
                    got.matched,
                    got.similarity,
                    got.first_similarity,
                    item.source,
                    item.published_at,
                    sk.n_shingles,
                    sk.exact,
                    sk.full.astype(_SIG).tobytes(),
                    sk.lead.astype(_SIG).tobytes(),
                    now,
                )
            )
        appender = self.con.appender("story_index")
        appender.append_rows(index_rows)
        appender.flush()
        docs = np.repeat(np.arange(next_doc, next_doc + len(redo), dtype=np.int32), keys.shape[1])
        self.con.execute(
            "INSERT INTO story_buckets SELECT unnest($1), unnest($2)", [keys.ravel(), docs]
        )
        return out

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
