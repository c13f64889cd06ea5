"""Data checks: each passes on the loaded inputs and fails on data broken for it; the gate."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from tests.conftest import build_db, rows, run_cli, write_inputs
from wirecopy.flows.pipeline import QualityGateError, run_ingest
from wirecopy.schemas.records import LoadCounts
from wirecopy.tasks.checks import (
    CHECKS,
    CHECKS_BY_NAME,
    FRESHNESS_HOURS,
    CheckRun,
    run_check,
    run_checks,
)
from wirecopy.tasks.publish import snapshot_path
from wirecopy.tasks.report import build_report, report_markdown
from wirecopy.tasks.store import Store

TODAY = datetime.now(UTC).date()


def _copy_without_constraints(table: str) -> str:
    """A table rebuilt without its primary key and NOT NULLs, so bad keys can be inserted."""
    return f"CREATE OR REPLACE TABLE {table} AS SELECT * FROM {table}"


# How to break the data for each row check: SQL run on a loaded database.
BREAK: dict[str, list[str]] = {
    "articles_key_unique": [
        _copy_without_constraints("articles"),
        "INSERT INTO articles SELECT * FROM articles WHERE article_id = 'LKG-0001'",
    ],
    "articles_article_id_not_null": [
        _copy_without_constraints("articles"),
        "INSERT INTO articles SELECT * REPLACE (NULL AS article_id) FROM articles LIMIT 1",
    ],
    "images_key_unique": [
        _copy_without_constraints("images"),
        "INSERT INTO images SELECT * FROM images LIMIT 1",
    ],
    "captions_key_unique": [
        _copy_without_constraints("captions"),
        "INSERT INTO captions SELECT * FROM captions LIMIT 1",
    ],
    "removed_fragments_key_unique": [
        _copy_without_constraints("removed_fragments"),
        "INSERT INTO removed_fragments SELECT * FROM removed_fragments LIMIT 1",
    ],
    "runs_key_unique": [
        _copy_without_constraints("runs"),
        "INSERT INTO runs SELECT * REPLACE (started_at - INTERVAL 1 DAY AS started_at) FROM runs",
    ],
    "sources_key_unique": [
        _copy_without_constraints("sources"),
        "INSERT INTO sources SELECT * FROM sources LIMIT 1",
    ],
    "images_article_exists": [
        "INSERT INTO images VALUES ('gone', 0, 'https://x.example/a.jpg', NULL, 'lead')"
    ],
    "captions_article_exists": [
        "INSERT INTO captions (article_id, position, caption_text) VALUES ('gone', 0, 'x')"
    ],
    "removed_fragments_article_exists": [
        "INSERT INTO removed_fragments (article_id, position, kind, text, rule) "
        "VALUES ('gone', 0, 'ad', 'ADVERTISEMENT', 'ad_marker')"
    ],
    "removed_fragments_repeat_evidence": [
        "INSERT INTO removed_fragments (article_id, position, kind, text, rule, seen_docs, "
        "source_docs) VALUES ('LKG-0001', 99, 'repeated', 'Our desk reviews it.', "
        "'repeated-line', 30, 20)"
    ],
    "sources_article_exists": [
        "INSERT INTO sources (source_uri, article_id, status, seen_at) "
        "VALUES ('/gone.txt', 'gone', 'loaded', now())"
    ],
    "stories_key_unique": [
        _copy_without_constraints("stories"),
        "INSERT INTO stories SELECT * FROM stories LIMIT 1",
    ],
    "story_members_key_unique": [
        _copy_without_constraints("story_members"),
        "INSERT INTO story_members SELECT * FROM story_members LIMIT 1",
    ],
    "story_members_article_exists": [
        "INSERT INTO story_members SELECT * REPLACE ('gone' AS article_id) FROM story_members "
        "LIMIT 1"
    ],
    "story_members_story_exists": [
        "UPDATE story_members SET story_id = 'st-gone' WHERE article_id = 'LKG-0001'"
    ],
    "stories_have_members": [
        "INSERT INTO stories SELECT * REPLACE ('st-empty' AS story_id) FROM stories LIMIT 1"
    ],
    "articles_in_a_story": ["DELETE FROM story_members WHERE article_id = 'LKG-0001'"],
    "story_members_role_known": [
        "UPDATE story_members SET role = 'syndicated' WHERE article_id = 'LKG-0001'"
    ],
    "articles_category_canonical": [
        "UPDATE articles SET category = 'Transport' WHERE article_id = 'LKG-0001'"
    ],
    "photo_credits_agency_canonical": [
        "UPDATE captions SET credit_parts = [{'credit': 'REUTERS', 'photographer': NULL, "
        "'agency': 'REUTERS', 'origin_agency': NULL}] WHERE article_id = 'LKG-0001'"
    ],
    "articles_language_iso": ["UPDATE articles SET language = 'English'"],
    "articles_published_at_not_future": [
        "UPDATE articles SET published_at = now() + INTERVAL 3 DAY WHERE article_id = 'LKG-0001'"
    ],
    "articles_published_at_after_1990": [
        "UPDATE articles SET published_at = TIMESTAMPTZ '1970-01-01 00:00:00+00' "
        "WHERE article_id = 'LKG-0001'"
    ],
    "articles_rules_current": [
        "UPDATE articles SET rules_version = '2020.1.1' WHERE article_id = 'LKG-0001'"
    ],
}
ROW_CHECKS = [c.name for c in CHECKS if c.test not in ("freshness", "volume")]


def test_every_row_check_has_a_way_to_break_it() -> None:
    assert sorted(BREAK) == sorted(ROW_CHECKS)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The invented inputs loaded through the real pipeline (read, then copied per test)."""
    return build_db(tmp_path_factory.mktemp("checks"))


def _copy(db: Path, tmp_path: Path) -> Store:
    target = tmp_path / "copy.duckdb"
    target.write_bytes(db.read_bytes())
    return Store.open(target)


RUN = CheckRun("test-run", TODAY, 3)


@pytest.mark.parametrize("name", ROW_CHECKS)
def test_row_check_passes_on_clean_data_and_fails_on_broken_data(
    name: str, loaded: Path, tmp_path: Path
) -> None:
    check = CHECKS_BY_NAME[name]
    store = _copy(loaded, tmp_path)
    try:
        before = run_check(store.con, check, RUN)
        for sql in BREAK[name]:
            store.con.execute(sql)
        after = run_check(store.con, check, RUN)
    finally:
        store.close()
    assert (before.status, before.observed) == ("pass", 0.0)
    assert after.status == ("fail" if check.severity == "error" else "warn")
    assert after.observed is not None and after.observed >= 1
    assert after.detail.startswith(f"{after.observed:g} failing row(s), e.g.")


def _set_dates(store: Store, newest: datetime) -> None:
    store.con.execute("UPDATE articles SET published_at = ?", [newest])


def test_freshness_passes_with_a_recent_article_and_warns_when_the_feed_is_stale(
    loaded: Path, tmp_path: Path
) -> None:
    check = CHECKS_BY_NAME["articles_freshness"]
    store = _copy(loaded, tmp_path)
    try:
        _set_dates(store, datetime.now(UTC) - timedelta(hours=2))
        fresh = run_check(store.con, check, RUN)
        _set_dates(store, datetime.now(UTC) - timedelta(hours=FRESHNESS_HOURS + 5))
        stale = run_check(store.con, check, RUN)
        # A backfill for an old day is judged against the end of that day, not today.
        old_day = date(2024, 11, 30)
        _set_dates(store, datetime(2024, 11, 30, 20, tzinfo=UTC))
        backfill = run_check(store.con, check, CheckRun("r", old_day, 3))
        store.con.execute("UPDATE articles SET published_at = NULL")
        undated = run_check(store.con, check, RUN)
    finally:
        store.close()
    assert fresh.status == "pass" and fresh.observed is not None and 1.9 < fresh.observed < 2.2
    assert stale.status == "warn" and stale.observed is not None
    assert stale.observed > FRESHNESS_HOURS
    assert (backfill.status, backfill.observed) == ("pass", 4.0)
    assert (undated.status, undated.observed) == ("warn", None)
    assert "no dated article" in undated.detail


def _history(store: Store, n_new: list[int], command: str = "ingest", first: int = 0) -> None:
    for i, new in enumerate(n_new, first):
        store.con.execute(
            "INSERT INTO runs (run_id, started_at, status, params, n_new) "
            "VALUES (?, now() - ? * INTERVAL 1 DAY, 'completed', ?, ?)",
            [f"old-{command}-{i}", i + 1, json.dumps({"command": command}), new],
        )


def test_volume_compares_new_articles_with_the_median_of_earlier_runs(
    loaded: Path, tmp_path: Path
) -> None:
    check = CHECKS_BY_NAME["runs_volume"]
    store = _copy(loaded, tmp_path)
    try:
        store.con.execute("DELETE FROM runs")
        _history(store, [100, 90])
        too_few = run_check(store.con, check, CheckRun("now", TODAY, 100))
        _history(store, [0], command="reprocess")  # reprocess runs are not ingest volume
        _history(store, [110], first=2)
        normal = run_check(store.con, check, CheckRun("now", TODAY, 95))
        drop = run_check(store.con, check, CheckRun("now", TODAY, 5))
        flood = run_check(store.con, check, CheckRun("now", TODAY, 1000))
        reprocess = run_check(store.con, check, CheckRun("now", TODAY, 0, "reprocess"))
    finally:
        store.close()
    assert (too_few.status, too_few.observed) == ("skip", None)
    assert (normal.status, normal.observed) == ("pass", 0.95)  # median of 100, 90, 110
    assert (drop.status, drop.observed) == ("warn", 0.05)
    assert (flood.status, flood.observed) == ("warn", 10.0)
    assert reprocess.status == "skip"


def test_run_checks_records_one_row_per_check(loaded: Path, tmp_path: Path) -> None:
    store = _copy(loaded, tmp_path)
    try:
        results = run_checks(store.con, RUN)
        run_checks(store.con, RUN)  # again for the same run: replaced, not duplicated
        got = store.con.execute(
            "SELECT check_name, table_name, severity, status, observed, threshold FROM checks "
            "WHERE run_id = 'test-run' ORDER BY check_name"
        ).fetchall()
        latest = store.con.execute("SELECT DISTINCT run_id FROM v_checks WHERE latest").fetchall()
    finally:
        store.close()
    assert len(got) == len(CHECKS) == len(results)
    assert got == sorted(
        (r.check, r.table, r.severity, r.status, r.observed, r.threshold) for r in results
    )
    assert latest == [("test-run",)]  # the loading run's checks are history now


def test_report_lists_the_checks_failures_first(loaded: Path, tmp_path: Path) -> None:
    store = _copy(loaded, tmp_path)
    try:
        store.con.execute(BREAK["images_article_exists"][0])
        results = run_checks(store.con, RUN)
    finally:
        store.close()
    text = report_markdown(build_report("r", "failed", LoadCounts(), {}, [], None, checks=results))
    section = text.split("## Data checks", 1)[1]
    first_row = section.split("|---|---|---|---|---|---|\n", 1)[1].splitlines()[0]
    assert first_row.startswith("| fail | `images_article_exists` | images | 1 |")


def test_a_failed_error_check_fails_the_run_and_publishes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "data" / "wirecopy.duckdb"
    inputs = write_inputs(tmp_path / "in")
    run_ingest([str(inputs)], str(db), max_reject_ratio=1.0)
    snapshot = snapshot_path(db)
    published = snapshot.read_bytes()
    con = duckdb.connect(str(db))
    con.execute(BREAK["images_article_exists"][0])
    con.close()
    (inputs / "new.md").write_text("---\ntitle: Quay Works\n---\n\nThe quay works began.\n")
    with pytest.raises(QualityGateError, match="data checks failed: images_article_exists"):
        run_ingest([str(inputs)], str(db), max_reject_ratio=1.0)
    assert snapshot.read_bytes() == published  # no snapshot of bad data
    status, error = rows(db, "SELECT status, error FROM runs ORDER BY started_at DESC LIMIT 1")[0]
    assert status == "failed" and "images_article_exists (observed 1, wants <= 0)" in error
    failed = rows(db, "SELECT check_name FROM v_checks WHERE latest AND status = 'fail'")
    assert failed == [("images_article_exists",)]
    # The command line exits 1 (the quality gate), with the failed check named.
    result = run_cli("ingest", str(inputs), "--db", str(db), "--max-reject-ratio", "1")
    assert result.returncode == 1
    assert "images_article_exists" in result.stdout + result.stderr


def test_a_failed_warn_check_is_reported_and_the_run_completes(tmp_path: Path) -> None:
    db = tmp_path / "data" / "wirecopy.duckdb"
    inputs = write_inputs(tmp_path / "in")
    (inputs / "lang.md").write_text(
        "---\ntitle: Quay Works\nlanguage: Harbourese\n---\n\nThe quay works began.\n"
    )
    summary = run_ingest([str(inputs)], str(db), max_reject_ratio=1.0)
    assert summary.status == "completed" and summary.snapshot is not None
    warned = {r.check for r in summary.checks if r.status == "warn"}
    assert "articles_language_iso" in warned
    assert summary.report is not None and summary.report.checks == summary.checks
    published = rows(
        snapshot_path(db), "SELECT status FROM v_checks WHERE check_name = 'articles_language_iso'"
    )
    assert published == [("warn",)]
