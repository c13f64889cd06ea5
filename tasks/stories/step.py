"""The story step of the pipeline: inside each batch's load transaction, and at a run's start.

- `update_stories` (tasks/load.py, in the batch's transaction): the written articles are
  assigned with the sketches their worker made, deleted ones leave the index, and the `stories`
  rows of every story they touched are computed again. A crash leaves index and articles
  consistent; a re-run finds every text unchanged and changes nothing.
- `prepare_stories` (flows/pipeline.py, before the first batch): articles that are not in the
  index yet (a database from before migration 4) are assigned in publication order, members
  whose article is gone leave, and the LSH buckets are pruned to the window.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta

import duckdb

from wirecopy.schemas.records import Article
from wirecopy.tasks.stories import STORY_WINDOW_DAYS
from wirecopy.tasks.stories.index import SKETCHES, StoryIndex, StoryInput, transaction
from wirecopy.tasks.stories.sketch import Sketch, Sketches, sketch_many

# Articles per transaction when the index catches up with stored articles (bounds memory:
# their bodies are read and sketched a chunk at a time).
CATCH_UP_CHUNK = 5000

# The stories a batch touched, computed again from their members and articles.
_REFRESH_SQL = """
INSERT INTO stories
SELECT
    m.story_id,
    min(a.first_seen_at),
    min(a.published_at),
    arg_min(a.wire, {order}) FILTER (WHERE a.wire IS NOT NULL),
    arg_min(a.article_id, {order}),
    arg_min(a.title, {order}),
    count(*),
    count(DISTINCT a.publisher),
    count(DISTINCT a.wire),
    greatest(max(a.updated_at), max(m.assigned_at)),
    any_value(m.article_id) FILTER (WHERE m.role = 'original'),
    count(*) FILTER (WHERE m.role = 'copy'),
    count(*) FILTER (WHERE m.role = 'update')
FROM story_members AS m
JOIN articles AS a USING (article_id)
WHERE m.story_id IN (SELECT unnest($1))
GROUP BY m.story_id
""".format(order="(coalesce(a.published_at, a.first_seen_at), a.article_id)")


@dataclass(frozen=True, slots=True)
class Prepared:
    """What a run's start did to the index."""

    caught_up: int  # articles assigned that were not in the index
    vanished: int  # members whose article was gone
    pruned: int  # bucket rows dropped by the window
    seconds: float


def source_of(article: Article) -> str | None:
    """Who ran the copy, for roles: the publisher, else the wire (tasks/stories/assign.py)."""
    return article.publisher or article.wire


def update_stories(
    con: duckdb.DuckDBPyConnection,
    articles: Sequence[Article],
    sketches: Sketches | None,
    removed: Iterable[str],
    run_id: str | None,
) -> set[str]:
    """Assign written articles and drop deleted ones (in the caller's transaction); refresh the
    stories they touched and return their ids.

    Articles without a sketch from the workers (text hash not in `sketches`) are sketched here.
    """
    index = StoryIndex(con)
    left = index.remove(list(removed))
    made = sketches.as_dict() if sketches is not None else {}
    missing = {a.text_sha256 or a.article_id: a.body_text for a in articles}
    missing = {k: t for k, t in missing.items() if k not in made}
    made.update(zip(missing, sketch_many(list(missing.values())), strict=True))
    items = [StoryInput(a.article_id, a.body_text, source_of(a), a.published_at) for a in articles]
    sk: list[Sketch] = [made[a.text_sha256 or a.article_id] for a in articles]
    touched = index.update(items, sk, run_id).touched | left
    refresh_stories(con, touched)
    return touched


def refresh_stories(con: duckdb.DuckDBPyConnection, story_ids: Iterable[str]) -> None:
    """Compute the `stories` rows of these stories again (a story without members goes)."""
    ids = sorted(set(story_ids))
    if ids:
        con.execute("DELETE FROM stories WHERE story_id IN (SELECT unnest($1))", [ids])
        con.execute(_REFRESH_SQL, [ids])


def prepare_stories(
    con: duckdb.DuckDBPyConnection,
    window_days: int = STORY_WINDOW_DAYS,
    run_id: str | None = None,
) -> Prepared:
    """Bring the index in line with the stored articles, then prune its buckets to the window.

    Each step is its own transaction (a catch-up in chunks): an interrupted start leaves a
    consistent index, and the next run goes on from there.
    """
    start = time.perf_counter()
    vanished = [
        r[0]
        for r in con.execute(
            "SELECT article_id FROM story_members EXCEPT SELECT article_id FROM articles"
        ).fetchall()
    ]
    if vanished:
        with transaction(con):
            refresh_stories(con, StoryIndex(con).remove(vanished))
    caught_up = _catch_up(con, run_id)
    pruned = 0
    if window_days > 0:
        # The window ends at the newest indexed article (never in the future), not at the
        # clock: a backfill of last year's wire still finds last year's copies.
        newest = con.execute(f"SELECT least(max(dated_at), now()) FROM {SKETCHES}").fetchall()[0][0]
        if newest is not None:
            with transaction(con):
                pruned = StoryIndex(con).prune(newest - timedelta(days=window_days))
    return Prepared(caught_up, len(vanished), pruned, time.perf_counter() - start)


def _catch_up(con: duckdb.DuckDBPyConnection, run_id: str | None) -> int:
    """Assign stored articles missing from the index, in publication order, chunk by chunk."""
    ids = [
        r[0]
        for r in con.execute(
            "SELECT article_id FROM articles AS a WHERE NOT EXISTS "
            "(SELECT 1 FROM story_members AS m WHERE m.article_id = a.article_id) "
            "ORDER BY coalesce(published_at, first_seen_at), article_id"
        ).fetchall()
    ]
    for k in range(0, len(ids), CATCH_UP_CHUNK):
        chunk = ids[k : k + CATCH_UP_CHUNK]
        rows = con.execute(
            "SELECT article_id, body_text, coalesce(publisher, wire), "
            "coalesce(published_at, first_seen_at) FROM articles "
            "WHERE article_id IN (SELECT unnest($1))",
            [chunk],
        ).fetchall()
        items = [StoryInput(r[0], r[1] or "", r[2], r[3]) for r in rows]
        with transaction(con):
            refresh_stories(con, StoryIndex(con).update(items, run_id=run_id).touched)
    return len(ids)
