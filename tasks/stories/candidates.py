"""Candidates for new and changed articles: earlier articles of the batch sharing an LSH
bucket, indexed ones sharing a bucket (one join), and for a changed article the other members
of its story; then the candidates' signatures in one query.

Candidate pairs travel as int64 `position << 32 | doc` (position in the batch, doc the
indexed row), so distinct pairs are one numpy `unique`, not a SQL sort.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import duckdb
import numpy as np
import numpy.typing as npt

from wirecopy.tasks.stories.assign import MIN_SHINGLES
from wirecopy.tasks.stories.rows import BUCKETS, SKETCHES, sigs_of
from wirecopy.tasks.stories.sketch import U32


def batch_pairs(keys: U32, positions: npt.NDArray[np.intp]) -> dict[int, list[int]]:
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


def story_pairs(con: duckdb.DuckDBPyConnection, stories: dict[int, str]) -> npt.NDArray[np.int64]:
    """(position << 32 | doc) of the members of each changed article's previous story."""
    if not stories:
        return np.zeros(0, dtype=np.int64)
    rows = con.execute(
        f"SELECT story_id, doc FROM {SKETCHES}"
        f" WHERE story_id = ANY($1) AND n_shingles >= {MIN_SHINGLES}",
        [sorted(set(stories.values()))],
    ).fetchall()
    docs: defaultdict[str, list[int]] = defaultdict(list)
    for story, doc in rows:
        docs[story].append(int(doc))
    return np.array(
        [(pos << 32) | doc for pos, story in stories.items() for doc in docs[story]],
        dtype=np.int64,
    )


def candidate_rows(
    con: duckdb.DuckDBPyConnection,
    keys: U32,
    positions: npt.NDArray[np.intp],
    given: npt.NDArray[np.int64],
) -> tuple[dict[int, list[int]], dict[str, Any]]:
    """Indexed candidates of each batch position (keys: one row per position in
    `positions`; given: more pairs as position << 32 | doc): row numbers by position, in doc
    order, and those rows' columns.

    Two queries: the bucket join alone, then the signatures only when it found anything
    (one query joining both read the sketch table even when no bucket matched).
    """
    packed = [given]
    if positions.size:
        con.register(
            "story_probe",
            {"bucket": keys.ravel(), "i": np.repeat(positions.astype(np.int32), keys.shape[1])},
        )
        try:
            found = con.execute(
                f"SELECT p.i, b.doc FROM story_probe AS p JOIN {BUCKETS} AS b USING (bucket)"
            ).fetchnumpy()
        finally:
            con.unregister("story_probe")
        packed.append((found["i"].astype(np.int64) << 32) | found["doc"].astype(np.int64))
    pairs = np.unique(np.concatenate(packed))  # distinct, in (position, doc) order
    docs = np.unique(pairs & 0xFFFFFFFF)
    rows: list[tuple[Any, ...]] = []
    if docs.size:
        # The keys as INTEGER, as the column is: DuckDB then skips row groups by min/max.
        con.register("story_wanted", {"doc": docs.astype(np.int32)})
        try:
            rows = con.execute(
                "SELECT s.doc, s.article_id, s.story_id, s.exact, s.full_sig, s.lead_sig"
                f" FROM {SKETCHES} AS s JOIN story_wanted USING (doc) ORDER BY s.doc"
            ).fetchall()
        finally:
            con.unregister("story_wanted")
    row_of = {int(r[0]): k for k, r in enumerate(rows)}
    by_item: defaultdict[int, list[int]] = defaultdict(list)
    for i, doc in zip((pairs >> 32).tolist(), (pairs & 0xFFFFFFFF).tolist(), strict=True):
        by_item[i].append(row_of[doc])
    columns = {
        "article_id": [r[1] for r in rows],
        "story_id": [r[2] for r in rows],
        "exact": np.array([r[3] for r in rows], dtype=np.uint64),
        "full": sigs_of([r[4] for r in rows]),
        "lead": sigs_of([r[5] for r in rows]),
    }
    return by_item, columns
