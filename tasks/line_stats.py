"""Per-source line counts in DuckDB, the evidence of tasks/cleaning/repetition.py (issue 16).

`source_stories` holds one row per story counted for a source (its day: the logical date of the
run that loaded it); `line_days` the number of those stories each paragraph hash appeared in,
appended per batch and day and summed when read. Appending costs what the appender costs;
a MERGE of running totals would cost several times more on every batch (tasks/load.py).

The load stage adds a batch's new articles inside its transaction (`record_lines`); a run reads
the repeated lines once, before its first batch (`read_repeated`), so that what a run removes
does not depend on how its batches were ordered or split, and a reprocess sees what the run
before it saw. Rows older than the window are dropped as new ones arrive.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import duckdb

from wirecopy.schemas.records import Article, LineKeys, ParsedDocument, StageResult
from wirecopy.tasks.batch_writer import append_rows
from wirecopy.tasks.clean import clean_batch
from wirecopy.tasks.cleaning.repetition import (
    MIN_LINE_DOCS,
    MIN_SOURCE_DOCS,
    SHAPED_SHARE,
    WINDOW_DAYS,
    Repeated,
    candidate_keys,
    paragraphs,
)


def window_start(day: date) -> date:
    """The first day of the window that ends on `day` (inclusive).

    >>> window_start(date(2026, 11, 30))
    datetime.date(2026, 11, 1)
    """
    return day - timedelta(days=WINDOW_DAYS - 1)


def record_lines(con: duckdb.DuckDBPyConnection, articles: Sequence[Article], run_id: str) -> int:
    """Count the batch's stories not yet counted under their sources (in the load transaction).

    A story counts once per source in the window: an update, a copy under the same headline
    and a reprocessed article are not counted again, while stories loaded before this table
    existed are counted by the next `reprocess`. Returns the number of stories counted.
    """
    fresh: dict[tuple[str, int], LineKeys] = {}
    for a in articles:
        if a.lines is not None:
            fresh.setdefault((a.lines.source, a.lines.story), a.lines)
    if not fresh:
        return 0
    found = con.execute("SELECT logical_date FROM runs WHERE run_id = ?", [run_id]).fetchone()
    day: date = found[0] if found and found[0] is not None else datetime.now(UTC).date()
    start = window_start(day)
    known = con.execute(
        "SELECT source_key, story_hash FROM source_stories "
        "WHERE day >= ? AND story_hash IN (SELECT unnest(?))",
        [start, sorted({story for _, story in fresh})],
    ).fetchall()
    for key in known:
        fresh.pop((key[0], key[1]), None)
    if not fresh:
        return 0
    counts: Counter[tuple[str, int]] = Counter(
        (k.source, h) for k in fresh.values() for h in k.lines
    )
    append_rows(con, "source_stories", [(s, story, day, run_id) for s, story in fresh])
    append_rows(con, "line_days", [(s, h, day, n) for (s, h), n in counts.items()])
    # The window moves on: rows before it never count again.
    for table in ("line_days", "source_stories"):
        con.execute(f"DELETE FROM {table} WHERE day < ?", [start])
    return len(fresh)


def read_repeated(con: duckdb.DuckDBPyConnection, day: date) -> Repeated:
    """The lines each source repeats in the window ending on `day` (counts as of now).

    Sources with MIN_SOURCE_DOCS stories come back, with their lines at SHAPED_SHARE or
    more: what tasks/cleaning/repetition.py could act on.
    """
    # Every source with enough stories comes back, with no lines at all if it repeats none:
    # the stored counts then speak for it, not a batch's.
    rows = con.execute(
        "WITH docs AS ("
        "  SELECT source_key, count(*) AS n FROM source_stories WHERE day BETWEEN ? AND ? "
        "  GROUP BY source_key HAVING count(*) >= ?), "
        "lines AS ("
        "  SELECT l.source_key, l.line_hash, sum(l.n_docs) AS seen "
        "  FROM line_days AS l JOIN docs AS d USING (source_key) "
        "  WHERE l.day BETWEEN ? AND ? GROUP BY l.source_key, d.n, l.line_hash "
        "  HAVING sum(l.n_docs) >= greatest(?, ? * d.n)) "
        "SELECT d.source_key, d.n, l.line_hash, l.seen FROM docs AS d "
        "LEFT JOIN lines AS l USING (source_key)",
        [
            window_start(day),
            day,
            MIN_SOURCE_DOCS,
            window_start(day),
            day,
            MIN_LINE_DOCS,
            SHAPED_SHARE,
        ],
    ).fetchall()
    sources: dict[str, tuple[int, dict[int, int]]] = {}
    for source, n, line, seen in rows:
        lines = sources.setdefault(source, (int(n), {}))[1]
        if line is not None:
            lines[int(line)] = int(seen)
    return Repeated(sources)


class RunClean:
    """A run's clean stage: clean_batch with the repeated lines as of the run's start.

    The counts are read once, by `prepare()` in the run's own thread before its first batch
    with documents is parsed: a night with nothing new never reads them (~0.3 s at 1.5 million
    rows of line_days), and no worker thread shares the loader's connection. Sent to a worker
    process it carries the counts, not the connection.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection | None, day: date) -> None:
        self._con, self._day = con, day
        self._repeated: Repeated | None = None if con is not None else Repeated()
        self._lock = threading.Lock()

    @classmethod
    def without_counts(cls) -> RunClean:
        """The clean stage with no stored counts (each batch's own still count)."""
        return cls(None, date.min)

    def prepare(self) -> None:
        """Read the counts (once); call in the run's thread before work reaches clean."""
        with self._lock:
            if self._repeated is None and self._con is not None:
                self._repeated = read_repeated(self._con, self._day)

    @property
    def repeated(self) -> Repeated:
        """The counts this clean stage uses."""
        if self._repeated is None:
            raise RuntimeError("the run's line counts were not read before clean (prepare())")
        return self._repeated

    def first_sight_inputs(self, run_id: str) -> list[str]:
        """Inputs to clean again at the end of the run: its articles of sources that no
        completed run had counted, now that the run's own documents give them counts.

        Also those a run that did not complete left (a crash before or during its settling):
        their source is still first seen, and the next run settles them. Only bodies that still
        hold a line their source repeats come back (where the batch's own counts took it
        already, cleaning again would change nothing).
        """
        if self._con is None:
            return []
        if self._repeated is None and not self._unfinished_runs(run_id):
            return []  # nothing cleaned, nothing left over: the counts are not read
        now = read_repeated(self._con, self._day)
        if not now.sources:
            return []
        rows = self._con.execute(
            "WITH settled AS ("
            "  SELECT DISTINCT s.source_key FROM source_stories AS s JOIN runs AS r USING (run_id)"
            "  WHERE r.status = 'completed' AND r.run_id <> ?) "
            "SELECT a.source_uri, coalesce(nullif(a.publisher, ''), nullif(a.wire, '')) AS source,"
            " a.body_text FROM articles AS a "
            "WHERE source IN (SELECT unnest(?)) AND source NOT IN (SELECT source_key FROM settled)"
            " AND (a.run_id = ? OR a.run_id IN (SELECT run_id FROM runs"
            "      WHERE status IN ('failed', 'aborted') AND logical_date >= ?))",
            [run_id, sorted(now.sources), run_id, window_start(self._day)],
        ).fetchall()
        # Each body's paragraphs keyed one at a time, up to the first its source repeats (and
        # none where the source repeats nothing): keying every paragraph of every article
        # first was most of the time a run's end took here.
        return sorted(
            {
                uri
                for uri, source, body in rows
                if (lines := now.sources[source][1])
                and any(
                    h in lines
                    for paragraph in paragraphs(body or "")
                    for h in candidate_keys(paragraph) or ()
                )
            }
        )

    def _unfinished_runs(self, run_id: str) -> bool:
        """Whether a run in the window failed or was cut short (it may have loaded articles)."""
        assert self._con is not None
        found = self._con.execute(
            "SELECT 1 FROM runs WHERE status IN ('failed', 'aborted') AND run_id <> ? "
            "AND logical_date >= ? LIMIT 1",
            [run_id, window_start(self._day)],
        ).fetchone()
        return found is not None

    def __call__(
        self, docs: list[ParsedDocument], pages: dict[str, ParsedDocument] | None = None
    ) -> StageResult:
        """Clean a batch with the run's counts."""
        return clean_batch(docs, pages, self.repeated if docs else Repeated())

    def __getstate__(self) -> dict[str, Any]:
        return {"day": self._day, "repeated": self._repeated}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._con, self._day, self._repeated = None, state["day"], state["repeated"]
        self._lock = threading.Lock()
