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
`internal.story_removed` (schemas/contract.py INTERNAL_TABLES, created by migration 4). The
sketch rows repeat each member's story and role, as a covering index does: they are written and
deleted together with the member row, and the nightly lookups then read one table whose `doc`
grows with time, so DuckDB skips the row groups older than the candidates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import UTC, datetime
from typing import Any, NamedTuple

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
from wirecopy.tasks.stories.candidates import (
    batch_pairs,
    candidate_rows,
    story_pairs,
)
from wirecopy.tasks.stories.rows import (
    BUCKETS,
    DOCS,
    REMOVED,
    SKETCHES,
    MemberRow,
    StoryInput,
    Update,
    fields_of,
    publication_order,
    sig_bytes,
    sigs_of,
    transaction,
    utc_micros,
)
from wirecopy.tasks.stories.sketch import BANDS, U32, Sketch, sketch_many

__all__ = [
    "BUCKETS",
    "REMOVED",
    "SKETCHES",
    "MemberRow",
    "StoryIndex",
    "StoryInput",
    "Update",
    "transaction",
]

_NO_KEYS = np.zeros(0, dtype=np.uint32)
_NO_ROWS = np.zeros((0, 2 * BANDS), dtype=np.uint32)


# A sketch row with its member row, as `_rows` reads it; the slices and positions below.
_ROW_COLUMNS = (
    "s.article_id, s.doc, s.exact, s.story_id, s.role, m.matched_article_id,"
    " m.match_similarity, m.similarity, s.publisher, s.wire, s.title, s.published_at,"
    " s.first_seen_at"
)
_DOC, _EXACT, _STORY, _ROLE, _FIRST_SEEN = 1, 2, 3, 4, 12
_ASSIGNMENT = slice(3, 8)  # story_id, role, matched, match similarity, similarity
_FIELDS = slice(8, 12)  # publisher, wire, title, published_at


class _Indexed(NamedTuple):
    """An indexed member: what the stories row needs, its dense key and its sketch."""

    row: MemberRow
    doc: int
    sketch: Sketch


def _two(full: bytes, lead: bytes) -> tuple[U32, U32]:
    """Two signatures from their BLOBs."""
    sigs = sigs_of([full, lead])
    return sigs[0], sigs[1]


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
        known: Collection[str] | None = None,
        also: Collection[str] = (),
    ) -> Update:
        """Assign new and changed articles (`sketches`: theirs, in item order, or made here);
        unchanged ones keep their row. `known`: the ids that may be indexed already (articles
        stored before this batch; None: any), the only ones looked up. `also`: stories touched
        otherwise (articles removed from them), reported with the others."""
        if sketches is None:
            sketches = sketch_many([i.text for i in items])
        latest = {i.article_id: (i, s) for i, s in zip(items, sketches, strict=True)}
        pairs = sorted(latest.values(), key=lambda p: publication_order(p[0]))
        return self._update([p[0] for p in pairs], [p[1] for p in pairs], run_id, known, also)

    def _update(
        self,
        items: list[StoryInput],
        sketches: list[Sketch],
        run_id: str | None,
        known: Collection[str] | None,
        also: Collection[str],
    ) -> Update:
        con = self.con
        ids = [i.article_id for i in items]
        looked_up = ids if known is None else [i for i in ids if i in known]
        old = {r[0]: r for r in self._rows("article_id", looked_up)} if looked_up else {}
        kept: dict[str, Assignment] = {}
        changed_fields: list[StoryInput] = []
        redo: list[tuple[StoryInput, Sketch]] = []
        gone: list[int] = []
        previous: dict[str, tuple[str, str, datetime]] = {}  # → old story, role, first seen
        for item, sk in zip(items, sketches, strict=True):
            row = old.get(item.article_id)
            if row is not None and int(row[_EXACT]) == sk.exact:
                kept[item.article_id] = Assignment(item.article_id, *row[_ASSIGNMENT])
                if fields_of(item) != row[_FIELDS]:
                    changed_fields.append(item)
                continue
            if row is not None:
                gone.append(int(row[_DOC]))
                previous[item.article_id] = (row[_STORY], row[_ROLE], row[_FIRST_SEEN])
            redo.append((item, sk))
        self._delete_docs(gone)
        self._updatefields_of(changed_fields)
        back = (
            [
                r[0]
                for r in con.execute(
                    f"SELECT DISTINCT article_id FROM {REMOVED} WHERE article_id = ANY($1)", [ids]
                ).fetchall()
            ]
            if ids
            else []
        )
        if back:
            con.execute(f"DELETE FROM {REMOVED} WHERE article_id = ANY($1)", [back])
        # Only an article seen before can find its own story id in use (it founded a story
        # that lives on without it); for new articles the id is free and no lookup is needed.
        seen = {
            i.article_id: sk for i, sk in redo if i.article_id in previous or i.article_id in back
        }
        taken = self._taken([story_id_for(a, sk) for a, sk in seen.items()]) if seen else set()
        affected = {p[0] for p in previous.values()} | {a.story_id for a in kept.values()}
        assigned, members, existing = self._assign(
            redo, previous, taken, run_id, affected | set(also)
        )
        return Update([kept.get(i) or assigned[i] for i in ids], members, existing)

    def _rows(self, column: str, values: Sequence[str]) -> list[tuple[Any, ...]]:
        """Sketch rows (with their member row) where `column` is one of `values`."""
        return self.con.execute(
            f"SELECT {_ROW_COLUMNS} FROM {SKETCHES} s JOIN story_members m USING (article_id)"
            f" WHERE s.{column} = ANY($1) AND m.{column} = ANY($1)",
            [list(values)],
        ).fetchall()

    def _updatefields_of(self, items: list[StoryInput]) -> None:
        """Store the reported fields of articles whose text is unchanged (a new headline)."""
        for item in items:
            self.con.execute(
                f"UPDATE {SKETCHES} SET publisher = $2, wire = $3, title = $4, published_at = $5"
                " WHERE article_id = $1",
                [item.article_id, *fields_of(item)],
            )

    def _delete_docs(self, docs: list[int]) -> None:
        """Take rows out of the index: buckets, sketches and member rows."""
        if not docs:
            return
        ids = [
            r[0]
            for r in self.con.execute(
                f"SELECT article_id FROM {SKETCHES} WHERE doc = ANY($1)", [docs]
            ).fetchall()
        ]
        self.con.execute("DELETE FROM story_members WHERE article_id = ANY($1)", [ids])
        self.con.execute(f"DELETE FROM {BUCKETS} WHERE doc = ANY($1)", [docs])
        self.con.execute(f"DELETE FROM {SKETCHES} WHERE doc = ANY($1)", [docs])

    def _register(self, name: str, columns: dict[str, Any]) -> None:
        """Expose numpy columns to SQL as a view (no copy through Python objects)."""
        self.con.register(name, columns)

    def _taken(self, story_ids: list[str]) -> set[str]:
        """Which of these story ids the index already uses."""
        rows = self.con.execute(
            f"SELECT DISTINCT story_id FROM {SKETCHES} WHERE story_id = ANY($1)",
            [story_ids],
        ).fetchall()
        return {r[0] for r in rows}

    def members(self, stories: Collection[str]) -> list[_Indexed]:
        """Every indexed member of these stories, with its sketch."""
        if not stories:
            return []
        return [
            _Indexed(MemberRow(*r[:9]), int(r[9]), Sketch(*_two(r[10], r[11]), _NO_KEYS, *r[12:]))
            for r in self.con.execute(
                "SELECT story_id, article_id, role, publisher, wire, title, published_at,"
                " first_seen_at, indexed_at, doc, full_sig, lead_sig, n_shingles, exact"
                f" FROM {SKETCHES} WHERE story_id = ANY($1)",
                [sorted(stories)],
            ).fetchall()
        ]

    def _assign(
        self,
        redo: list[tuple[StoryInput, Sketch]],
        previous: dict[str, tuple[str, str, datetime]],
        taken: set[str],
        run_id: str | None,
        affected: set[str],
    ) -> tuple[dict[str, Assignment], dict[str, list[MemberRow]], set[str]]:
        """Assign the articles to redo; their assignments, every member of each touched story,
        and the stories that may have a `stories` row already."""
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
        given = story_pairs(self.con, old_story)
        by_item, db = candidate_rows(self.con, keys, positions, given)
        batch_earlier = batch_pairs(keys, positions) if positions.size else {}
        stories: list[str] = []  # story of each batch position
        matches: list[tuple[str, str, float] | None] = []
        # Pass 1, in order: each article's best match (story, article, similarity) or none.
        for pos, (item, sk) in enumerate(redo):
            rows, mine = by_item.get(pos, []), batch_earlier.get(pos, [])
            match = self._best(sk, rows, mine, db, redo, stories) if rows or mine else None
            matches.append(match)
            # No match (most articles of a night): a new story.
            stories.append(match[0] if match else story_id_for(item.article_id, sk, taken))
            taken.add(stories[-1])
        # Pass 2: roles and similarity to the founder, with the touched stories' members.
        queried = affected | {m[0] for m in matches if m is not None}
        indexed = self.members(queried)
        sources: defaultdict[str, set[str]] = defaultdict(set)
        founders: dict[str, Member] = {}
        for row, _, sk in indexed:
            if (source := row.publisher or row.wire) is not None:
                sources[row.story_id].add(source)
            if row.role == "original":
                founders[row.story_id] = Member(row.article_id, row.story_id, source, sk)
        out: dict[str, Assignment] = {}
        for (item, sk), match, story in zip(redo, matches, stories, strict=True):
            got = decide(item.article_id, item.source, sk, match, sources, founders, story)
            got = _keep_founder(got, previous.get(item.article_id, (None, None, None))[:2])
            if item.source is not None:
                sources[got.story_id].add(item.source)
            if got.role == "original":
                founders[got.story_id] = Member(item.article_id, got.story_id, item.source, sk)
            out[item.article_id] = got
        now = datetime.now(UTC)
        first_seen = [
            previous[i.article_id][2] if i.article_id in previous else i.first_seen or now
            for i, _ in redo
        ]
        final = [out[item.article_id] for item, _ in redo]
        if redo:
            self._insert(redo, final, first_seen, now, keys, positions, run_id)
        members: defaultdict[str, list[MemberRow]] = defaultdict(list)
        for story in queried:  # a story that lost its last member is reported empty
            members[story] = []
        for row, _, _ in indexed:
            members[row.story_id].append(row)
        for (item, _), a, seen in zip(redo, final, first_seen, strict=True):
            members[a.story_id].append(
                MemberRow(a.story_id, item.article_id, a.role, *fields_of(item), seen, now)
            )
        return out, dict(members), queried

    def _best(
        self,
        sk: Sketch,
        rows: list[int],
        mine: list[int],
        db: dict[str, Any],
        redo: list[tuple[StoryInput, Sketch]],
        stories: list[str],
    ) -> tuple[str, str, float] | None:
        """The best match among indexed candidate rows and earlier batch positions (index
        order: indexed rows by doc, then the batch), or None."""
        cands = Candidates(
            [db["article_id"][r] for r in rows] + [redo[p][0].article_id for p in mine],
            [db["story_id"][r] for r in rows] + [stories[p] for p in mine],
            np.concatenate([db["full"][rows], np.stack([redo[p][1].full for p in mine])])
            if mine
            else db["full"][rows],
            np.concatenate([db["lead"][rows], np.stack([redo[p][1].lead for p in mine])])
            if mine
            else db["lead"][rows],
            np.concatenate(
                [db["exact"][rows], np.array([redo[p][1].exact for p in mine], dtype=np.uint64)]
            ),
        )
        found = best_match(sk, cands, self.thresholds)
        if found is None:
            return None
        k, sim = found
        return cands.story_ids[k], cands.article_ids[k], sim

    def _insert(
        self,
        redo: list[tuple[StoryInput, Sketch]],
        got: list[Assignment],
        first_seen: list[datetime],
        now: datetime,
        keys: U32,
        positions: npt.NDArray[np.intp],
        run_id: str | None,
    ) -> None:
        """Append the new rows: sketches, members and buckets (numpy columns, INSERT … SELECT)."""
        text = object
        self._register(
            "story_new",
            {
                "article_id": np.array([i.article_id for i, _ in redo], dtype=text),
                "story_id": np.array([a.story_id for a in got], dtype=text),
                "role": np.array([a.role for a in got], dtype=text),
                "matched": np.array([a.matched for a in got], dtype=text),
                "similarity": np.array([a.similarity for a in got]),
                "first_similarity": np.array([a.first_similarity for a in got]),
                "publisher": np.array([i.publisher for i, _ in redo], dtype=text),
                "wire": np.array([i.wire for i, _ in redo], dtype=text),
                "title": np.array([i.title for i, _ in redo], dtype=text),
                "published_at": utc_micros([i.published_at for i, _ in redo]),
                "first_seen_at": utc_micros(first_seen),
                "n_shingles": np.array([sk.n_shingles for _, sk in redo], dtype=np.int32),
                "exact": np.array([sk.exact for _, sk in redo], dtype=np.uint64),
                "full_sig": np.array([sig_bytes(sk.full) for _, sk in redo], text),
                "lead_sig": np.array([sig_bytes(sk.lead) for _, sk in redo], text),
            },
        )
        utc = "timezone('UTC', {})".format
        # Dense keys from a sequence (no scan for the largest), read back with the insert.
        given = dict(
            self.con.execute(
                f"INSERT INTO {SKETCHES} SELECT article_id, nextval('{DOCS}'), story_id, role,"
                f" publisher, wire, title, {utc('published_at')}, {utc('first_seen_at')},"
                " n_shingles, exact, full_sig, lead_sig, $1 FROM story_new"
                " RETURNING article_id, doc",
                [now],
            ).fetchall()
        )
        docs = np.array([given[i.article_id] for i, _ in redo], dtype=np.int32)
        self.con.execute(
            "INSERT INTO story_members SELECT article_id, story_id, role, first_similarity,"
            " matched, similarity, $1, $2 FROM story_new",
            [now, run_id],
        )
        self.con.unregister("story_new")
        if positions.size:
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
            f"SELECT doc, story_id FROM {SKETCHES} WHERE article_id = ANY($1)",
            [list(article_ids)],
        ).fetchall()
        docs = [int(r[0]) for r in rows]
        if docs:
            self.con.execute(
                f"INSERT INTO {REMOVED} SELECT article_id FROM {SKETCHES} WHERE doc = ANY($1)",
                [docs],
            )
            self._delete_docs(docs)
        return {str(r[1]) for r in rows}

    def prune(self, before: datetime) -> int:
        """Drop the buckets of articles published (else first seen) before a time: they stay
        in the index and in their stories, but are no longer candidates for new articles."""
        return int(
            self.con.execute(
                f"DELETE FROM {BUCKETS} WHERE doc IN (SELECT doc FROM {SKETCHES}"
                " WHERE coalesce(published_at, first_seen_at) < $1)",
                [before],
            ).fetchall()[0][0]
        )


def _keep_founder(got: Assignment, previous: tuple[Any, ...]) -> Assignment:
    """A changed founder that still matches its own story stays its original (previous: its
    old story and role, or Nones)."""
    if got.story_id != previous[0] or previous[1] != "original":
        return got
    role: Role = "original"
    return Assignment(got.article_id, got.story_id, role, None, 1.0, 1.0)
