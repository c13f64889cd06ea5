"""Load stage: articles and their child rows into DuckDB, one transaction per batch.

Bulk path: the DuckDB appender fills TEMP staging tables, then MERGE INTO / delete-then-insert.
`INSERT … ON CONFLICT DO UPDATE` over existing rows collapsed to ~0.4k rows/s here; MERGE from a
staged batch stays at 7–19k/s. MERGE refuses duplicate keys in one batch, so batches are deduped
first (the newest version wins, tasks/versions.py). One input may hold several articles (a wire
file); counts stay per input.
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from wirecopy.schemas.records import (
    Article,
    LoadCounts,
    RawDocument,
    ReadResult,
    Reject,
    Release,
    SourceRef,
    SourceTouch,
)
from wirecopy.tasks.batch_writer import MAX_FRAGMENT_CHARS, BatchWriter
from wirecopy.tasks.errors import rollback
from wirecopy.tasks.line_stats import record_lines
from wirecopy.tasks.runs import timed
from wirecopy.tasks.store import Store
from wirecopy.tasks.stories.sketch import Sketches
from wirecopy.tasks.stories.step import update_stories
from wirecopy.tasks.versions import is_kill, is_older

if TYPE_CHECKING:
    from wirecopy.tasks.http.models import FetchOutcome

__all__ = ["MAX_FRAGMENT_CHARS", "LoadBatch", "count_articles", "load_batch", "plan_load"]


@dataclass(slots=True)
class LoadBatch:
    """Everything one batch writes: articles, rejects, bookkeeping, raw bytes, HTTP log."""

    articles: list[Article] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    touches: list[SourceTouch] = field(default_factory=list)
    raw: list[RawDocument] = field(default_factory=list)  # still to write to the raw store
    fetches: list[FetchOutcome] = field(default_factory=list)
    # Failed origin pages: recorded, but not counted as inputs (their wire item still loads).
    origin_rejects: list[Reject] = field(default_factory=list)
    # Raw-store writes already under way (from the fetch stage).
    landed: list[Future[None]] = field(default_factory=list)
    # The articles' story sketches, made by the parse/clean workers (None: made at load).
    sketches: Sketches | None = None


_TARGETS = ("articles", "images", "captions", "removed_fragments")
_STAGES = ("stage_articles", "stage_images", "stage_captions", "stage_removed")


def _nothing_to_write(batch: LoadBatch) -> bool:
    """True when a batch only confirms inputs unchanged by size and mtime."""
    return not (batch.articles or batch.rejects or batch.raw or batch.fetches) and all(
        t.status == "unchanged" and t.sha256 is None for t in batch.touches
    )


def plan_load(
    read: ReadResult,
    articles: list[Article],
    rejects: list[Reject],
    origins: ReadResult | None = None,
    sketches: Sketches | None = None,
) -> LoadBatch:
    """Assemble one batch's writes: every input ends as its articles or a reject."""
    by_uri: dict[str, list[str]] = {}
    for a in articles:
        by_uri.setdefault(a.source_uri, []).append(a.article_id)
    rejected: dict[str, bool] = {}  # input → whether its reject may pass on a later run
    for r in rejects:
        rejected[r.source_uri] = rejected.get(r.source_uri, False) or r.retryable
    out = LoadBatch(
        articles=articles,
        rejects=rejects,
        touches=list(read.touches),
        raw=[] if read.landed else list(read.documents),  # documents not landed at fetch
        fetches=list(read.fetches),
        landed=list(read.landed),
        sketches=sketches,
    )
    for doc in read.documents:
        ref = SourceRef(doc.source_uri, doc.size, doc.mtime_ns)
        etag, modified = read.validators.get(doc.source_uri, (None, None))
        if ids := tuple(dict.fromkeys(by_uri.get(doc.source_uri, ()))):
            out.touches.append(
                SourceTouch(ref, doc.sha256, "loaded", ids[0], etag, modified, article_ids=ids)
            )
        elif doc.source_uri in rejected:
            out.touches.append(
                SourceTouch(
                    ref,
                    doc.sha256,
                    "rejected",
                    None,
                    etag,
                    modified,
                    retryable=rejected[doc.source_uri],
                )
            )
    if origins is not None:
        # The origin page is kept raw and linked to the article it was merged into.
        used = {
            str(a.metadata.get("origin_page", {}).get("url")): a.article_id
            for a in articles
            if isinstance(a.metadata.get("origin_page"), dict)
        }
        out.raw.extend(origins.documents)
        out.fetches.extend(origins.fetches)
        out.origin_rejects.extend(origins.rejects)
        out.touches.extend(origins.touches)
        for doc in origins.documents:
            if doc.source_uri in used:
                etag, modified = origins.validators.get(doc.source_uri, (None, None))
                out.touches.append(
                    SourceTouch(
                        SourceRef(doc.source_uri, doc.size),
                        doc.sha256,
                        "loaded",
                        used[doc.source_uri],
                        etag,
                        modified,
                        "origin",
                        (used[doc.source_uri],),
                    )
                )
    return out


def latest_versions(
    articles: Iterable[Article], stored: dict[str, Release] | None = None
) -> dict[str, Article]:
    """One article per id (MERGE refuses duplicate keys): the newest version, else the last in
    input order; an article older than the `stored` version of its id is left out.
    """
    latest: dict[str, Article] = {}
    for article in articles:
        key = article.article_id
        if (held := latest.get(key)) is not None and is_older(article.release, held.release):
            continue
        latest.pop(key, None)
        latest[key] = article
    return {
        key: a
        for key, a in latest.items()
        if stored is None or key not in stored or not is_older(a.release, stored[key])
    }


def count_inputs(batch: LoadBatch) -> LoadCounts:
    """Per-input counts before any article is compared: seen, rejected, unchanged by stat.

    >>> b = LoadBatch(rejects=[Reject("/a", "parse", "x")], touches=[
    ...     SourceTouch(SourceRef("/a"), "h", "rejected"), SourceTouch(SourceRef("/b"), None,
    ...     "unchanged")])
    >>> count_inputs(b)
    LoadCounts(seen=2, new=0, updated=0, unchanged=1, rejected=1)
    """
    inputs = [t for t in batch.touches if t.role == "input"]
    touched = {t.ref.uri for t in inputs}
    untouched_rejects = sum(1 for r in batch.rejects if r.source_uri not in touched)
    counts = LoadCounts(seen=len(touched) + untouched_rejects, rejected=len(batch.rejects))
    counts.unchanged = sum(1 for t in inputs if t.status == "unchanged")
    return counts


def count_articles(
    counts: LoadCounts,
    articles: list[Article],
    existing: dict[str, str],
    force: bool = False,
    stored: dict[str, Release] | None = None,
) -> list[Article]:
    """Add a batch's per-input outcomes to `counts`; return the articles to write.

    `existing` maps the ids already stored to their content hash: an article whose hash is
    unchanged is not written again unless `force` (reprocess); nor is one older than its
    `stored` version. An input counts new when one of its articles is new, else updated when
    one is written (or is an earlier copy of an id repeated later in the batch), else unchanged.

    >>> def art(i, h, uri):
    ...     return Article(i, uri, None, None, None, None, None, None, None, None, "b", 1, h, {})
    >>> c = LoadCounts()
    >>> [a.article_id for a in count_articles(c, [art("a", "1", "/1"), art("b", "2", "/2"),
    ...     art("c", "3", "/3"), art("c", "4", "/4"), art("d", "5", "/4")], {"a": "1", "b": "0"})]
    ['b', 'c', 'd']
    >>> (c.new, c.updated, c.unchanged)
    (1, 2, 1)
    """
    latest = latest_versions(articles, stored)
    changed = [
        a for a in latest.values() if force or existing.get(a.article_id) != a.content_sha256
    ]
    written = {id(a) for a in changed}
    outcome: dict[str, str] = {}  # input → new, updated or unchanged (the best of its articles)
    for article in articles:
        chosen = latest.get(article.article_id)
        if id(article) in written:
            state = "updated" if article.article_id in existing else "new"
        elif (
            chosen is not None
            and chosen is not article
            and not is_older(article.release, chosen.release)
        ):
            state = "updated"  # an earlier copy, overwritten by a later one of the same version
        else:
            state = "unchanged"
        had = outcome.get(article.source_uri, "unchanged")
        outcome[article.source_uri] = min(had, state, key=_RANK.index)
    for state in outcome.values():
        setattr(counts, state, getattr(counts, state) + 1)
    return changed


_RANK = ("new", "updated", "unchanged")


def load_batch(store: Store, run_id: str, batch: LoadBatch, force: bool = False) -> LoadCounts:
    """Write one batch in one transaction and return its per-input counts.

    `force` rewrites articles even when their input is unchanged (reprocess with new rules).
    """
    counts = count_inputs(batch)
    if _nothing_to_write(batch):
        return counts  # every input skipped by size and mtime: no transaction at all
    con, now = store.con, datetime.now(UTC)
    # Write-once raw files: landed at fetch time, or written now while the transaction runs;
    # awaited before COMMIT so that every committed sha256 can be replayed.
    raw_written = [*batch.landed, *store.raw.put_many((d.sha256, d.data) for d in batch.raw)]
    ids = list({a.article_id: None for a in batch.articles})
    writer = BatchWriter(con)
    try:
        con.execute("BEGIN")
        rows = con.execute(
            "SELECT article_id, content_sha256, withdrawn, pub_status, embargoed_until, "
            "wire_version, version_created FROM articles WHERE article_id IN (SELECT unnest(?))",
            [ids],
        ).fetchall()
        existing = {r[0]: r[1] for r in rows}
        stored = {r[0]: Release(bool(r[2]), *r[3:]) for r in rows}
        changed = count_articles(counts, batch.articles, existing, force, stored)
        with timed(store.seconds, "line_counts"):
            record_lines(con, batch.articles, run_id)
        # A kill of a stored story changes its status only: the story stays readable.
        kills = [a for a in changed if is_kill(a.release) and a.article_id in existing]
        changed = [a for a in changed if not (is_kill(a.release) and a.article_id in existing)]
        writer.withdraw(kills, run_id, now)
        if all(a.article_id not in existing for a in changed):
            # Only new articles (every first load): append straight into the tables.
            writer.stage(changed, run_id, now, _TARGETS)
        else:
            writer.stage(changed, run_id, now, _STAGES)
            writer.merge_articles()
        previous = writer.previous_articles(batch.touches)
        writer.stage_sources(batch.touches, run_id, now)
        orphans = writer.drop_orphans(previous, batch.touches)
        with timed(store.seconds, "stories"):
            update_stories(con, changed, batch.sketches, orphans, run_id, existing.keys())
        writer.insert_rejects(run_id, batch.rejects + batch.origin_rejects, now)
        writer.insert_fetches(run_id, batch.fetches)
        for written in raw_written:
            written.result()
        con.execute("COMMIT")
    except BaseException:
        rollback(con)
        raise
    finally:
        for stage in writer.staged:  # only the staging tables this batch filled
            con.execute(f"DELETE FROM {stage}")
    return counts
