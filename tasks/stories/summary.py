"""The `stories` rows: computed from the members of the stories a batch touched.

The members come with what the rows report (the sketch rows repeat the articles' publisher,
wire, headline and times), so a batch computes its stories' rows without reading `articles`:
a scan of that table per batch cost more than the rest of the story step.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import UTC, datetime
from typing import Any

import duckdb

from wirecopy.tasks.batch_writer import append_rows
from wirecopy.tasks.stories.index import MemberRow

_LATEST = datetime.max.replace(tzinfo=UTC)


def _order(row: MemberRow) -> tuple[datetime, str]:
    """A story's copies in order: published_at, else first seen, then article id."""
    return row.published_at or row.first_seen_at or _LATEST, row.article_id


def story_row(story_id: str, members: Sequence[MemberRow]) -> tuple[Any, ...]:
    """One `stories` row (columns in contract order) from a story's members.

    >>> t = datetime(2026, 11, 20, 6, tzinfo=UTC)
    >>> a = MemberRow("st-1", "a", "original", "wire", "Wire", "Bridge", t, t, t)
    >>> b = MemberRow("st-1", "b", "copy", "outlet.example", "Wire", "A bridge", None, t, t)
    >>> story_row("st-1", [b, a])[3:9]
    ('Wire', 'a', 'Bridge', 2, 2, 1)
    """
    ordered = sorted(members, key=_order)
    first = ordered[0]
    roles = [m.role for m in members]
    dated = [m.published_at for m in members if m.published_at is not None]
    return (
        story_id,
        min(m.first_seen_at for m in members),
        min(dated, default=None),
        next((m.wire for m in ordered if m.wire is not None), None),
        first.article_id,
        first.title,
        len(members),
        len({m.publisher for m in members if m.publisher is not None}),
        len({m.wire for m in members if m.wire is not None}),
        max(m.indexed_at for m in members),
        next((m.article_id for m in members if m.role == "original"), None),
        roles.count("copy"),
        roles.count("update"),
    )


def write_stories(
    con: duckdb.DuckDBPyConnection,
    members: dict[str, list[MemberRow]],
    existing: Collection[str],
) -> None:
    """Replace the rows of these stories (`existing`: those that may have one); a story with
    no members left has none."""
    if existing:
        con.execute("DELETE FROM stories WHERE story_id = ANY($1)", [sorted(existing)])
    rows = [story_row(story, rows) for story, rows in members.items() if rows]
    if rows:
        append_rows(con, "stories", rows)
