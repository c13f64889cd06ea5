"""Stories in the pipeline: real ingests into real DuckDB files (tables, views, re-runs,
reprocess, changed and deleted articles, a failed batch, a database from before the stories,
the published snapshot and the export).

The inputs are invented: an agency's story (Riverside Wire), an outlet's edited copy of it, the
agency's write-through, and another outlet's own story.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest

from benchmarks.corpus import _Writer
from tests.conftest import rows
from wirecopy.flows.analytics import export_parquet
from wirecopy.flows.pipeline import run_ingest, run_reprocess
from wirecopy.tasks.batch_writer import BatchWriter
from wirecopy.tasks.publish import publish_snapshot, snapshot_path
from wirecopy.tasks.store import Store
from wirecopy.tasks.stories.assign import story_id_for
from wirecopy.tasks.stories.index import BUCKETS, SKETCHES, StoryIndex, transaction
from wirecopy.tasks.stories.sketch import sketch
from wirecopy.tasks.stories.step import prepare_stories

STORY = _Writer(21, 1).paragraphs()[:5]
OTHER = _Writer(21, 2).paragraphs()[:4]
ELSEWHERE = _Writer(21, 3).paragraphs()[:4]


def _md(code: str, title: str, date: str, body: list[str], **meta: str) -> str:
    head = "".join(f'{k}: "{v}"\n' for k, v in meta.items())
    return (
        f'---\ncode: "{code}"\ntitle: "{title}"\ndate: "{date}"\n{head}---\n\n'
        + "\n\n".join(body)
        + "\n"
    )


def _copy_of(paragraphs: list[str]) -> list[str]:
    """An outlet's edit: the wire tag, US spellings, the last paragraph cut."""
    edited = [p.replace("harbour", "harbor").replace("said", "says") for p in paragraphs[:-1]]
    return ["(Riverside Wire) -- " + edited[0], *edited[1:]]


def write_story_inputs(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    wire = {"wire": "Riverside Wire"}
    lakeside = "https://www.lakeside-gazette.example"
    files = {
        "a-wire.md": _md("W-1", "Bridge reopens", "2026-11-20T06:00:00Z", STORY, **wire),
        "b-outlet.md": _md(
            "O-1",
            "Bridge reopens after repairs",
            "2026-11-20T08:30:00Z",
            _copy_of(STORY),
            origin_url=f"{lakeside}/city/bridge",
        ),
        "c-update.md": _md(
            "W-2",
            "Bridge reopens (updated)",
            "2026-11-20T12:00:00Z",
            [*STORY, "Officials added that the evening ferry runs until the end of the month."],
            **wire,
        ),
        "d-other.md": _md(
            "O-2", "Market hall", "2026-11-20T09:00:00Z", OTHER, origin_url=f"{lakeside}/market"
        ),
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def ingest(folder: Path, db: Path) -> None:
    summary = run_ingest([str(folder)], str(db))
    assert summary.status == "completed", summary.error  # the data checks passed too


def members(db: Path) -> dict[str, tuple[Any, ...]]:
    got = rows(
        db,
        "SELECT article_id, story_id, role, matched_article_id, assigned_at FROM story_members",
    )
    return {r[0]: r[1:] for r in got}


def stories(db: Path) -> dict[str, tuple[Any, ...]]:
    got = rows(
        db,
        "SELECT story_id, n_articles, n_publishers, n_wires, first_article_id, headline, "
        "first_wire, original_article_id, n_copies, n_updates FROM stories",
    )
    return {r[0]: r[1:] for r in got}


@pytest.fixture
def loaded(tmp_path: Path) -> tuple[Path, Path]:
    folder = write_story_inputs(tmp_path / "in")
    db = tmp_path / "data" / "wirecopy.duckdb"
    ingest(folder, db)
    return folder, db


def test_copies_and_updates_are_one_story_with_roles(loaded: tuple[Path, Path]) -> None:
    _, db = loaded
    got = members(db)
    story = got["W-1"][0]
    assert story == story_id_for("W-1", sketch("")) and got["O-2"][0] != story
    assert {a: got[a][:3] for a in ("W-1", "O-1", "W-2")} == {
        "W-1": (story, "original", None),
        "O-1": (story, "copy", "W-1"),
        "W-2": (story, "update", "W-1"),
    }
    assert stories(db)[story] == (
        3,
        2,
        1,
        "W-1",
        "Bridge reopens",
        "Riverside Wire",
        "W-1",
        1,
        1,
    )
    assert stories(db)[got["O-2"][0]][:2] == (1, 1)


def test_views_show_stories_per_day_and_who_ran_whose(loaded: tuple[Path, Path]) -> None:
    _, db = loaded
    assert rows(db, "SELECT * EXCLUDE (day) FROM v_stories") == [(4, 2, 2, 1, 1, 1, 2.0)]
    syndication = rows(
        db,
        "SELECT agency, outlet, role, is_first, delay_minutes, n_articles, n_sources "
        "FROM v_syndication ORDER BY delay_minutes",
    )
    assert syndication == [
        ("Riverside Wire", "Riverside Wire", "original", True, 0.0, 3, 2),
        ("Riverside Wire", "lakeside-gazette.example", "copy", False, 150.0, 3, 2),
        ("Riverside Wire", "Riverside Wire", "update", False, 360.0, 3, 2),
    ]


def test_withdrawn_and_embargoed_copies_leave_the_views(loaded: tuple[Path, Path]) -> None:
    _, db = loaded
    con = duckdb.connect(str(db))
    con.execute("UPDATE articles SET withdrawn = true WHERE article_id = 'W-1'")
    con.execute(
        "UPDATE articles SET embargoed_until = now() + INTERVAL 1 DAY WHERE article_id = 'W-2'"
    )
    con.close()
    # Only the outlet's copy is visible: no story ran twice, and the day has two articles.
    assert rows(db, "SELECT count(*) FROM v_syndication") == [(0,)]
    assert rows(db, "SELECT n_articles, n_stories, n_copies FROM v_stories") == [(2, 2, 1)]
    assert rows(db, "SELECT count(*) FROM story_members") == [(4,)]  # the table keeps them


def test_reruns_and_reprocess_change_nothing(loaded: tuple[Path, Path]) -> None:
    folder, db = loaded
    before, story_rows = members(db), stories(db)
    ingest(folder, db)
    assert members(db) == before and stories(db) == story_rows
    for path in folder.iterdir():  # touched: read and compared again, same text
        path.write_bytes(path.read_bytes())
    ingest(folder, db)
    assert members(db) == before
    summary = run_reprocess(str(db))
    assert summary.status == "completed" and summary.counts.updated == 4
    assert members(db) == before and stories(db) == story_rows


def test_an_edited_copy_stays_and_a_rewritten_one_leaves(loaded: tuple[Path, Path]) -> None:
    folder, db = loaded
    before = members(db)
    story = before["O-1"][0]
    copy = folder / "b-outlet.md"
    copy.write_text(copy.read_text() + "\nCorrection: an earlier version misspelt a name.\n")
    ingest(folder, db)
    after = members(db)
    assert after["O-1"][:2] == (story, "copy") and after["O-1"][3] > before["O-1"][3]
    assert stories(db)[story][0] == 3
    text = copy.read_text()
    copy.write_text(text[: text.index("---\n\n") + 5] + "\n\n".join(ELSEWHERE) + "\n")
    ingest(folder, db)
    moved = members(db)["O-1"]
    assert moved[0] != story and moved[1] == "original"
    assert stories(db)[story][:2] == (2, 1)  # the wire's copy and its update
    assert stories(db)[moved[0]][:2] == (1, 1)


def test_a_deleted_article_leaves_its_story(loaded: tuple[Path, Path]) -> None:
    folder, db = loaded
    old = members(db)["O-2"][0]
    other = folder / "d-other.md"
    other.write_text(other.read_text().replace('code: "O-2"', 'code: "O-3"'))
    ingest(folder, db)  # the input now makes O-3: O-2 is an orphan and is deleted
    got = members(db)
    assert "O-2" not in got and got["O-3"][1] == "original"
    assert old not in stories(db) and got["O-3"][0] in stories(db)
    assert rows(db, f"SELECT count(*) FROM {SKETCHES} WHERE article_id = 'O-2'") == [(0,)]


def test_a_failed_batch_leaves_index_and_articles_as_they_were(
    loaded: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, db = loaded
    before, story_rows = members(db), stories(db)
    copy = folder / "b-outlet.md"
    text = copy.read_text()
    copy.write_text(text[: text.index("---\n\n") + 5] + "\n\n".join(ELSEWHERE) + "\n")

    def crash(self: BatchWriter, *args: object) -> None:
        raise OSError("disk gone after the story step")

    monkeypatch.setattr(BatchWriter, "insert_fetches", crash)
    with pytest.raises(OSError, match="disk gone"):
        run_ingest([str(folder)], str(db))
    assert members(db) == before and stories(db) == story_rows
    monkeypatch.undo()
    ingest(folder, db)  # the next run loads it, and the checks pass
    assert members(db)["O-1"][0] != before["O-1"][0]


def test_a_database_from_before_the_stories_catches_up_with_the_same_ids(
    loaded: tuple[Path, Path], tmp_path: Path
) -> None:
    folder, db = loaded
    before = {a: m[:3] for a, m in members(db).items()}
    store = Store.open(db)
    for table in ("stories", "story_members", SKETCHES, BUCKETS):
        store.con.execute(f"DELETE FROM {table}")
    publish_snapshot(store.con, store.path)  # readers see no stories yet
    store.close()
    ingest(folder, db)  # nothing new: the run's start assigns the stored articles
    assert {a: m[:3] for a, m in members(db).items()} == before
    assert rows(db, "SELECT sum(n_articles) FROM stories") == [(4,)]
    # No article changed, yet the stories did: the snapshot is copied again, not refreshed.
    assert rows(snapshot_path(db), "SELECT count(*) FROM story_members") == [(4,)]


def test_the_window_prunes_buckets_but_a_changed_copy_still_finds_its_story(
    loaded: tuple[Path, Path],
) -> None:
    folder, db = loaded
    con = duckdb.connect(str(db))
    assert prepare_stories(con, window_days=1).pruned == 0  # all four are of the newest day
    with transaction(con):
        assert StoryIndex(con).prune(duckdb_now(con)) > 0  # every bucket gone
    assert con.execute(f"SELECT count(*) FROM {BUCKETS}").fetchall() == [(0,)]
    con.close()
    story = members(db)["O-1"][0]
    copy = folder / "b-outlet.md"
    copy.write_text(copy.read_text() + "\nCorrection: an earlier version misspelt a name.\n")
    ingest(folder, db)
    assert members(db)["O-1"][:2] == (story, "copy")


def duckdb_now(con: duckdb.DuckDBPyConnection) -> Any:
    return con.execute("SELECT now()").fetchall()[0][0]


def test_snapshot_and_export_have_the_stories_but_not_the_index(
    loaded: tuple[Path, Path], tmp_path: Path
) -> None:
    _, db = loaded
    snapshot = snapshot_path(db)
    schemas = rows(snapshot, "SELECT DISTINCT schema_name FROM duckdb_tables()")
    assert schemas == [("main",)]
    assert rows(snapshot, "SELECT count(*) FROM story_members") == [(4,)]
    assert rows(snapshot, "SELECT count(*) FROM v_syndication") == [(3,)]
    con = duckdb.connect(str(snapshot), read_only=True)
    try:
        counts = export_parquet(con, tmp_path / "export")
    finally:
        con.close()
    assert counts["stories"] == 2 and counts["story_members"] == 4
    assert counts["v_syndication"] == 3
    assert not any("sketch" in name or "bucket" in name for name in counts)


def test_the_documented_stories_query_runs(loaded: tuple[Path, Path]) -> None:
    text = (Path(__file__).resolve().parents[1] / "docs" / "analytics.md").read_text()
    section = text[text.index("### Stories") :]
    start = section.index("```sql\n") + 7
    sql = section[start : section.index("\n```", start)]
    _, db = loaded
    assert rows(snapshot_path(db), sql) == [
        ("Riverside Wire", "Riverside Wire", 1, 360.0),
        ("Riverside Wire", "lakeside-gazette.example", 1, 150.0),
    ]
