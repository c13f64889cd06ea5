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
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta

import duckdb

from wirecopy.schemas.records import Article
from wirecopy.tasks.stories import STORY_WINDOW_DAYS
from wirecopy.tasks.stories.index import SKETCHES, StoryIndex, StoryInput, transaction
from wirecopy.tasks.stories.sketch import Sketch, Sketches, sketch_many
from wirecopy.tasks.stories.summary import write_stories

# Articles per transaction when the index catches up with stored articles (bounds memory:
# their bodies are read and sketched a chunk at a time).
CATCH_UP_CHUNK = 5000


@dataclass(frozen=True, slots=True)
class Prepared:
    """What a run's start did to the index."""

    caught_up: int  # articles assigned that were not in the index
    vanished: int  # members whose article was gone
    pruned: int  # bucket rows dropped by the window
    seconds: float


def story_input(article: Article) -> StoryInput:
    """What the index needs of an article (first seen: now, or kept from its sketch row)."""
    return StoryInput(
        article.article_id,
        article.body_text,
        article.publisher,
        article.published_at,
        article.wire,
        article.title,
    )


def update_stories(
    con: duckdb.DuckDBPyConnection,
    articles: Sequence[Article],
    sketches: Sketches | None,
    removed: Iterable[str],
    run_id: str | None,
    stored: Collection[str] | None = None,
) -> set[str]:
    """Assign written articles and drop deleted ones (in the caller's transaction); refresh the
    stories they touched and return their ids.

    Articles without a sketch from the workers (text hash not in `sketches`) are sketched here.
    `stored`: the ids stored before this batch (the others are new to the index; None: any).
    """
    index = StoryIndex(con)
    left = index.remove(list(removed))
    made = sketches.as_dict() if sketches is not None else {}
    missing = {a.text_sha256 or a.article_id: a.body_text for a in articles}
    missing = {k: t for k, t in missing.items() if k not in made}
    made.update(zip(missing, sketch_many(list(missing.values())), strict=True))
    sk: list[Sketch] = [made[a.text_sha256 or a.article_id] for a in articles]
    update = index.update([story_input(a) for a in articles], sk, run_id, stored, left)
    write_stories(con, update.members, update.existing)
    return set(update.members)


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
    # Members are written and deleted with their articles, so equal counts mean the same ids
    # (two anti-joins over every article, ~15 ms at 100,000, only when they differ).
    articles, members = con.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM story_members)"
    ).fetchall()[0]
    vanished = (
        [
            r[0]
            for r in con.execute(
                "SELECT article_id FROM story_members EXCEPT SELECT article_id FROM articles"
            ).fetchall()
        ]
        if articles != members
        else []
    )
    if vanished:
        with transaction(con):
            index = StoryIndex(con)
            update = index.update([], also=index.remove(vanished))
            write_stories(con, update.members, update.existing)
    caught_up = _catch_up(con, run_id) if articles != members else 0
    pruned = 0
    if window_days > 0:
        # The window ends at the newest indexed article (never in the future), not at the
        # clock: a backfill of last year's wire still finds last year's copies.
        newest = con.execute(
            f"SELECT least(max(coalesce(published_at, first_seen_at)), now()) FROM {SKETCHES}"
        ).fetchall()[0][0]
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
        rows = con.execute(
            "SELECT article_id, body_text, publisher, published_at, wire, title, first_seen_at "
            "FROM articles WHERE article_id = ANY($1)",
            [ids[k : k + CATCH_UP_CHUNK]],
        ).fetchall()
        items = [StoryInput(r[0], r[1] or "", *r[2:]) for r in rows]
        with transaction(con):
            update = StoryIndex(con).update(items, run_id=run_id, known=())  # none is indexed
            write_stories(con, update.members, update.existing)
    return len(ids)
