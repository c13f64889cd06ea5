"""Load stage: articles and their child rows into DuckDB, one transaction per batch.

Bulk path: the DuckDB appender fills TEMP staging tables, then MERGE INTO / delete-then-insert.
`INSERT … ON CONFLICT DO UPDATE` over existing rows collapsed to ~0.4k rows/s here; MERGE from a
staged batch stays at 7–19k/s. MERGE refuses duplicate keys in one batch, so batches are deduped
first (the latest version wins).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb

from wirecopy.schemas.contract import TABLES
from wirecopy.schemas.ddl import BOOTSTRAP, MIGRATIONS, comment_statements
from wirecopy.schemas.records import (
    Article,
    RawDocument,
    ReadResult,
    Reject,
    SourceRef,
    SourceState,
    SourceTouch,
)
from wirecopy.schemas.views import apply_views
from wirecopy.tasks.orchestration import task
from wirecopy.tasks.raw_store import RawStore
from wirecopy.tasks.rules import RULES_VERSION

# Removed fragments are an audit trail, not an archive: cap each one.
MAX_FRAGMENT_CHARS = 2000
# DuckDB's buffer cache defaults to 80 % of RAM; the loader needs far less (measured at 10k
# articles: 256 MB cut the process's peak from 514 to 375 MB at the same speed). Data beyond it
# spills to disk, so this bounds memory, not size.
MEMORY_LIMIT = "512MB"
# Every batch commits its own transaction; with DuckDB's 16 MB default a checkpoint (rewriting
# row groups into the file) ran every few batches inside COMMIT, 40 % of the load stage. A bigger
# write-ahead log is checkpointed less often (always at close and before publishing): load time
# -25 %, and a crash replays at most this much WAL on the next open.
CHECKPOINT_THRESHOLD = "256MB"
# How long the writer waits for another process's lock before giving up with a clear message.
LOCK_WAIT_SECONDS = 10.0


class StoreError(Exception):
    """A systemic database failure (not writable, locked, corrupt): the run stops."""


@dataclass(slots=True)
class LoadCounts:
    """Per-input outcome counts of one batch or run."""

    seen: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0

    def add(self, other: LoadCounts) -> None:
        """Accumulate another batch's counts."""
        self.seen += other.seen
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.rejected += other.rejected


@dataclass(slots=True)
class LoadBatch:
    """Everything one batch writes: articles, rejects, bookkeeping, raw bytes, HTTP log."""

    articles: list[Article] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    touches: list[SourceTouch] = field(default_factory=list)
    raw: list[RawDocument] = field(default_factory=list)  # still to write to the raw store
    fetches: list[Any] = field(default_factory=list)  # tasks.http_models.FetchOutcome
    # Failed origin pages: recorded, but not counted as inputs (their wire item still loads).
    origin_rejects: list[Reject] = field(default_factory=list)
    # Raw-store writes already under way (from the fetch stage).
    landed: list[Any] = field(default_factory=list)


_ARTICLE_COLS = [c.name for c in next(t for t in TABLES if t.name == "articles").columns]
_STAGING = {
    "stage_articles": "articles",
    "stage_images": "images",
    "stage_captions": "captions",
    "stage_removed": "removed_fragments",
    "stage_sources": "sources",
}
_ARTICLE_UPDATE_SKIP = ("article_id", "first_seen_at")
_TARGETS = ("articles", "images", "captions", "removed_fragments")
_STAGES = ("stage_articles", "stage_images", "stage_captions", "stage_removed")


def _nothing_to_write(batch: LoadBatch) -> bool:
    """True when a batch only confirms inputs unchanged by size and mtime."""
    return not (batch.articles or batch.rejects or batch.raw or batch.fetches) and all(
        t.status == "unchanged" and t.sha256 is None for t in batch.touches
    )


def _append(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[tuple[Any, ...]]) -> None:
    """Bulk-insert rows with the DuckDB appender (7-8k articles/s here; executemany: 280/s)."""
    appender = con.appender(table)
    appender.append_rows(rows)
    appender.flush()


def _connect(path: Path, wait: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(str(path))
        except duckdb.IOException as exc:
            message = str(exc).splitlines()[0]
            if "lock" not in message.lower():
                raise StoreError(f"cannot open database {path}: {message}") from None
            if time.monotonic() >= deadline:
                raise StoreError(
                    f"database {path} is locked by another process after waiting {wait:.0f}s "
                    f"({message}); readers should use the published snapshot"
                ) from None
            time.sleep(0.25)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database {path}: {str(exc).splitlines()[0]}") from None


class Store:
    """The DuckDB file: migrations, run bookkeeping and batch loads. One writer per file."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path) -> None:
        self.con = con
        self.path = path
        self.raw = RawStore.beside(path)
        self._staged: set[str] = set()

    @classmethod
    def open(cls, path: str | os.PathLike[str], lock_wait: float = LOCK_WAIT_SECONDS) -> Store:
        """Open (creating if needed) and migrate the database; StoreError on systemic failure."""
        db = Path(path).expanduser().absolute()
        try:
            db.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"database directory not writable: {db.parent} ({exc.strerror})"
            ) from None
        if db.exists() and not os.access(db, os.W_OK):
            raise StoreError(f"database not writable: {db}")
        if not db.exists() and not os.access(db.parent, os.W_OK):
            raise StoreError(
                f"database not writable: {db.parent} does not allow creating {db.name}"
            )
        con = _connect(db, lock_wait)
        store = cls(con, db)
        try:
            con.execute("SET TimeZone='UTC'")
            con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
            con.execute(f"SET checkpoint_threshold = '{CHECKPOINT_THRESHOLD}'")
            store.migrate()
        except duckdb.Error as exc:
            con.close()
            raise StoreError(f"cannot prepare database {db}: {str(exc).splitlines()[0]}") from None
        return store

    def close(self) -> None:
        """Close the connection (checkpointing the write-ahead log) and the raw writers."""
        self.raw.close()
        self.con.close()
        # Drop the connection object too: a failed orchestrated run keeps its traceback (and so
        # this Store) alive until exit, and DuckDB reports connections alive at exit as leaks.
        del self.con

    def migrate(self) -> list[int]:
        """Apply pending numbered migrations in order; return the versions applied."""
        con = self.con
        con.execute(BOOTSTRAP)
        done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
        applied: list[int] = []
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            con.execute("BEGIN")
            con.execute(sql)
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)", [version, name, datetime.now(UTC)]
            )
            con.execute("COMMIT")
            applied.append(version)
        if applied or not self._comments_current():
            con.execute("BEGIN")
            for statement in comment_statements():
                con.execute(statement)
            con.execute("COMMIT")
        apply_views(con)  # after the migrations: the views read the columns they add
        for stage, table in _STAGING.items():
            con.execute(f"CREATE TEMP TABLE IF NOT EXISTS {stage} AS SELECT * FROM {table} LIMIT 0")
        return applied

    def _comments_current(self) -> bool:
        have = dict(
            self.con.execute(
                "SELECT table_name || '.' || column_name, comment FROM duckdb_columns() "
                "WHERE database_name = current_database() AND schema_name = 'main'"
            ).fetchall()
        )
        return all(
            have.get(f"{t.name}.{c.name}") == c.description for t in TABLES for c in t.columns
        )

    # -- runs ---------------------------------------------------------------------------------

    def begin_run(
        self, run_id: str, params: dict[str, Any], logical_date: date, rules: str
    ) -> None:
        """Record the start of a run; runs left 'running' by a dead process become 'aborted'."""
        con = self.con
        con.execute("BEGIN")
        con.execute(
            "UPDATE runs SET status = 'aborted' WHERE status = 'running' AND run_id <> ?", [run_id]
        )
        con.execute(
            "INSERT INTO runs (run_id, started_at, status, params, n_seen, n_new, n_updated, "
            "n_unchanged, n_rejected, logical_date, rules_version) "
            "VALUES (?, ?, 'running', ?, 0, 0, 0, 0, 0, ?, ?)",
            [run_id, datetime.now(UTC), json.dumps(params, default=str), logical_date, rules],
        )
        con.execute("COMMIT")

    def finish_run(
        self,
        run_id: str,
        status: str,
        counts: LoadCounts,
        stage_seconds: dict[str, float],
        error: str | None = None,
    ) -> None:
        """Record the outcome of a run."""
        self.con.execute(
            "UPDATE runs SET finished_at = ?, status = ?, n_seen = ?, n_new = ?, n_updated = ?, "
            "n_unchanged = ?, n_rejected = ?, stage_seconds = ?, error = ? WHERE run_id = ?",
            [
                datetime.now(UTC),
                status,
                counts.seen,
                counts.new,
                counts.updated,
                counts.unchanged,
                counts.rejected,
                json.dumps({k: round(v, 3) for k, v in stage_seconds.items()}),
                error,
                run_id,
            ],
        )

    # -- sources ------------------------------------------------------------------------------

    def known_sources(self, uris: Sequence[str]) -> dict[str, SourceState]:
        """Bookkeeping rows for these inputs (to skip unchanged ones before reading)."""
        if not uris:
            return {}
        rows = self.con.execute(
            "SELECT source_uri, size, mtime_ns, sha256, article_id, status, etag, last_modified "
            "FROM sources "
            # The range lets DuckDB skip row groups by their min/max (batches come in path
            # order): 7 ms instead of 19 ms per batch against 100k sources.
            "WHERE source_uri BETWEEN ? AND ? AND source_uri IN (SELECT unnest(?))",
            [min(uris), max(uris), list(uris)],
        ).fetchall()
        return {r[0]: SourceState(*r[1:]) for r in rows}

    def replayable_sources(self, since: date | None, batch_size: int) -> Iterator[list[SourceRef]]:
        """Inputs with bytes in the raw store, in batches (oldest first), for reprocess."""
        rows = self.con.execute(
            "SELECT source_uri, size, mtime_ns FROM sources "
            "WHERE role = 'input' AND sha256 IS NOT NULL AND status IN ('loaded', 'rejected') "
            "AND (CAST(? AS DATE) IS NULL OR seen_at >= CAST(? AS DATE)) ORDER BY source_uri",
            [since, since],
        ).fetchall()
        for start in range(0, len(rows), batch_size):
            yield [SourceRef(*row) for row in rows[start : start + batch_size]]

    # -- batch load ---------------------------------------------------------------------------

    def load_batch(self, run_id: str, batch: LoadBatch, force: bool = False) -> LoadCounts:
        """Write one batch in one transaction and return its per-input counts.

        `force` rewrites articles even when their input is unchanged (reprocess with new rules).
        """
        con = self.con
        now = datetime.now(UTC)
        inputs = [t for t in batch.touches if t.role == "input"]
        touched = {t.ref.uri for t in inputs}
        untouched_rejects = sum(1 for r in batch.rejects if r.source_uri not in touched)
        counts = LoadCounts(seen=len(touched) + untouched_rejects, rejected=len(batch.rejects))
        counts.unchanged = sum(1 for t in inputs if t.status == "unchanged")
        if _nothing_to_write(batch):
            return counts  # every input skipped by size and mtime: no transaction at all
        # Write-once raw files: landed at fetch time, or written now while the transaction runs;
        # awaited before COMMIT so that every committed sha256 can be replayed.
        raw_written = [*batch.landed, *self.raw.put_many((d.sha256, d.data) for d in batch.raw)]
        latest: dict[str, Article] = {}
        for article in batch.articles:  # the latest version of a duplicated id wins
            latest.pop(article.article_id, None)
            latest[article.article_id] = article
        superseded = len(batch.articles) - len(latest)
        try:
            con.execute("BEGIN")
            existing = dict(
                con.execute(
                    "SELECT article_id, content_sha256 FROM articles "
                    "WHERE article_id IN (SELECT unnest(?))",
                    [list(latest)],
                ).fetchall()
            )
            changed = [
                a
                for a in latest.values()
                if force or existing.get(a.article_id) != a.content_sha256
            ]
            counts.new = sum(1 for a in changed if a.article_id not in existing)
            counts.updated = len(changed) - counts.new + superseded
            counts.unchanged += len(latest) - len(changed)
            if counts.new == len(changed):
                # Only new articles (every first load): append straight into the tables.
                self._stage(changed, run_id, now, _TARGETS)
            else:
                self._stage(changed, run_id, now, _STAGES)
                self._merge_articles()
            previous = self._previous_articles(batch.touches)
            self._stage_sources(batch.touches, run_id, now)
            self._drop_orphans(previous, batch.touches)
            self._insert_rejects(run_id, batch.rejects + batch.origin_rejects, now)
            self._insert_fetches(run_id, batch.fetches)
            for written in raw_written:
                written.result()
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        finally:
            for stage in self._staged:  # only the staging tables this batch filled
                con.execute(f"DELETE FROM {stage}")
            self._staged.clear()
        return counts

    def _fill(self, table: str, rows: Sequence[tuple[Any, ...]]) -> None:
        """Append rows to a table; staging tables filled here are emptied after the batch."""
        _append(self.con, table, rows)
        if table in _STAGING:
            self._staged.add(table)

    def _stage(
        self, articles: Iterable[Article], run_id: str, now: datetime, into: tuple[str, ...]
    ) -> None:
        """Append articles and child rows to `into` (articles, images, captions, removed)."""
        art_rows: list[tuple[Any, ...]] = []
        img_rows: list[tuple[Any, ...]] = []
        cap_rows: list[tuple[Any, ...]] = []
        rem_rows: list[tuple[Any, ...]] = []
        for a in articles:
            art_rows.append(
                (
                    a.article_id,
                    a.source_uri,
                    a.origin_url,
                    a.publisher,
                    a.wire,
                    a.title,
                    a.description,
                    a.category,
                    a.language,
                    a.published_at,
                    a.body_text,
                    a.word_count,
                    a.content_sha256,
                    json.dumps(a.metadata, default=str),
                    now,
                    now,
                    run_id,
                    list(a.authors),
                    a.modified_at,
                    RULES_VERSION,
                )
            )
            img_rows.extend(
                (a.article_id, i, im.url, im.alt_text, im.role) for i, im in enumerate(a.images)
            )
            cap_rows.extend(
                (a.article_id, i, c.caption_text, c.credit, c.image_url, list(c.credits))
                for i, c in enumerate(a.captions)
            )
            rem_rows.extend(
                (a.article_id, i, r.kind, r.text[:MAX_FRAGMENT_CHARS], r.rule)
                for i, r in enumerate(a.removed)
            )
        for table, rows in zip(into, (art_rows, img_rows, cap_rows, rem_rows), strict=True):
            if rows:
                self._fill(table, rows)

    def _merge_articles(self) -> None:
        con = self.con
        updates = ", ".join(f"{c} = s.{c}" for c in _ARTICLE_COLS if c not in _ARTICLE_UPDATE_SKIP)
        con.execute(
            "MERGE INTO articles AS a USING stage_articles AS s ON a.article_id = s.article_id "
            f"WHEN MATCHED THEN UPDATE SET {updates} WHEN NOT MATCHED THEN INSERT *"
        )
        for table, stage in (
            ("images", "stage_images"),
            ("captions", "stage_captions"),
            ("removed_fragments", "stage_removed"),
        ):
            con.execute(
                f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM stage_articles)"
            )
            con.execute(f"INSERT INTO {table} SELECT * FROM {stage}")

    def _stage_sources(self, touches: Sequence[SourceTouch], run_id: str, now: datetime) -> None:
        # MERGE refuses duplicate keys: one row per input, the last touch wins.
        touches = list({t.ref.uri: t for t in touches}.values())
        rows = [
            (
                t.ref.uri,
                t.ref.size,
                t.ref.mtime_ns,
                t.sha256,
                t.article_id,
                t.status,
                run_id,
                now,
                t.etag,
                t.last_modified,
                t.role,
            )
            for t in touches
            if t.status != "unchanged"
            or t.sha256 is not None  # unchanged by stat: nothing to write
        ]
        if not rows:
            return
        self._fill("stage_sources", rows)
        # A rejected input keeps pointing at the article it produced before (nothing is lost);
        # an unchanged one only refreshes its stat.
        self.con.execute(
            "MERGE INTO sources AS t USING stage_sources AS s ON t.source_uri = s.source_uri "
            "WHEN MATCHED AND s.status = 'unchanged' THEN UPDATE SET size = s.size, "
            "  mtime_ns = s.mtime_ns, seen_at = s.seen_at, "
            "  etag = coalesce(s.etag, t.etag), "
            "  last_modified = coalesce(s.last_modified, t.last_modified) "
            "WHEN MATCHED AND s.status IN ('rejected', 'gone') THEN UPDATE SET size = s.size, "
            "  mtime_ns = s.mtime_ns, sha256 = s.sha256, status = s.status, run_id = s.run_id, "
            "  seen_at = s.seen_at "
            "WHEN MATCHED THEN UPDATE SET size = s.size, mtime_ns = s.mtime_ns, sha256 = s.sha256, "
            "  article_id = s.article_id, status = s.status, run_id = s.run_id, "
            "  seen_at = s.seen_at, etag = s.etag, last_modified = s.last_modified, role = s.role "
            "WHEN NOT MATCHED AND s.status <> 'unchanged' THEN INSERT *"
        )

    def _previous_articles(self, touches: Sequence[SourceTouch]) -> dict[str, str]:
        """The article each loaded input produced before this batch (source_uri → article_id)."""
        uris = [t.ref.uri for t in touches if t.status == "loaded"]
        if not uris:
            return {}
        return dict(
            self.con.execute(
                "SELECT source_uri, article_id FROM sources WHERE source_uri BETWEEN ? AND ? "
                "AND source_uri IN (SELECT unnest(?)) AND article_id IS NOT NULL",
                [min(uris), max(uris), uris],
            ).fetchall()
        )

    def _drop_orphans(self, previous: dict[str, str], touches: Sequence[SourceTouch]) -> None:
        """Delete articles an input used to produce when no input produces them any more.

        Agency copy keyed by a content hash gets a new id when it is corrected; its old row goes.
        """
        now_ids = {t.ref.uri: t.article_id for t in touches if t.status == "loaded"}
        replaced = [old for uri, old in previous.items() if now_ids.get(uri) != old]
        if not replaced:
            return
        self.con.execute(
            "CREATE OR REPLACE TEMP TABLE orphan_ids AS SELECT unnest(?) AS article_id "
            "EXCEPT SELECT article_id FROM sources WHERE article_id IN (SELECT unnest(?))",
            [replaced, replaced],
        )
        for table in ("articles", "images", "captions", "removed_fragments"):
            self.con.execute(
                f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM orphan_ids)"
            )

    def _insert_rejects(self, run_id: str, rejects: Sequence[Reject], now: datetime) -> None:
        if not rejects:
            return
        _append(
            self.con,
            "rejects",
            [
                (run_id, r.source_uri, r.stage, r.reason, r.detail or None, now, r.retryable)
                for r in rejects
            ],
        )

    def _insert_fetches(self, run_id: str, fetches: Sequence[Any]) -> None:
        if not fetches:
            return
        _append(
            self.con,
            "fetches",
            [
                (
                    f.url,
                    f.final_url,
                    f.status,
                    f.etag,
                    f.last_modified,
                    f.content_type,
                    f.sha256,
                    f.bytes,
                    f.fetched_at,
                    f.elapsed_ms,
                    f.error,
                    run_id,
                    f.retryable,
                )
                for f in fetches
            ],
        )


def plan_load(
    read: ReadResult,
    articles: list[Article],
    rejects: list[Reject],
    origins: ReadResult | None = None,
) -> LoadBatch:
    """Assemble one batch's writes: every input ends as an article or a reject."""
    by_uri = {a.source_uri: a for a in articles}
    rejected = {r.source_uri for r in rejects}
    out = LoadBatch(
        articles=articles,
        rejects=rejects,
        touches=list(read.touches),
        raw=[] if read.landed else list(read.documents),  # documents not landed at fetch
        fetches=list(read.fetches),
        landed=list(read.landed),
    )
    for doc in read.documents:
        ref = SourceRef(doc.source_uri, doc.size, doc.mtime_ns)
        etag, modified = read.validators.get(doc.source_uri, (None, None))
        if (article := by_uri.get(doc.source_uri)) is not None:
            out.touches.append(
                SourceTouch(ref, doc.sha256, "loaded", article.article_id, etag, modified)
            )
        elif doc.source_uri in rejected:
            out.touches.append(SourceTouch(ref, doc.sha256, "rejected", None, etag, modified))
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
                    )
                )
    return out


def load_batch(store: Store, run_id: str, batch: LoadBatch, force: bool = False) -> LoadCounts:
    """Load one batch into the store (one transaction)."""
    return store.load_batch(run_id, batch, force)


@task(name="load", retries=2, retry_delay_seconds=[1, 5])
def load_task(store: Store, run_id: str, batch: LoadBatch, force: bool = False) -> LoadCounts:
    """Prefect wrapper: load one batch; retried on transient database errors."""
    return load_batch(store, run_id, batch, force)
