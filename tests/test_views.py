"""The analytics views: expected rows for invented inputs loaded through the real pipeline."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest

from tests.conftest import TODAY, build_db, migrated, rows
from wirecopy.flows.pipeline import run_ingest
from wirecopy.schemas.records import Caption
from wirecopy.schemas.views import AGENCY_ALIASES, VIEWS, apply_views
from wirecopy.tasks.cleaning.credit_parts import split_credit_list, with_credit_parts
from wirecopy.tasks.publish import snapshot_path
from wirecopy.tasks.store import Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A loaded database with the views."""
    return build_db(tmp_path)


def test_articles_view_one_row_per_article_with_utc_dates_and_counts(db: Path) -> None:
    got = {
        r[0]: r[1:]
        for r in rows(
            db,
            "SELECT article_id, publisher, source, published_at, published_date, "
            "n_images, n_captions, authors FROM v_articles",
        )
    }
    assert set(got) >= {"LKG-0001", "LKG-0002"} and len(got) == 3
    ferry = got["LKG-0001"]
    assert ferry[:2] == ("lakeside-gazette.example", "lakeside-gazette.example")
    assert ferry[2] == datetime(2024, 12, 1, 4, 30, tzinfo=UTC)
    assert ferry[3] == date(2024, 12, 1)  # 23:30 in New York is the next day in UTC
    assert ferry[4:] == (2, 2, ["Pia Sorensen"])
    assert got["LKG-0002"][3] == TODAY
    (grain,) = [v for k, v in got.items() if k.startswith("src-")]
    # Agency copy: no URL, no date; the agency publishes its own copy.
    assert grain[:5] == ("Riverside Wire", "Riverside Wire", None, None, 0)


def test_published_date_is_utc_whatever_the_session_time_zone(db: Path) -> None:
    con = duckdb.connect(str(db), read_only=True)
    con.execute("SET TimeZone='America/New_York'")
    day = con.execute("SELECT published_date FROM v_articles WHERE article_id = 'LKG-0001'")
    assert day.fetchone() == (date(2024, 12, 1),)
    con.close()


def test_daily_volume_counts_articles_and_words(db: Path) -> None:
    got = rows(
        db,
        "SELECT published_date, source, category, n_articles, total_words, n_with_images "
        "FROM v_daily_volume ORDER BY published_date NULLS LAST",
    )
    words = dict(rows(db, "SELECT article_id, word_count FROM articles"))
    assert [r[:4] for r in got] == [
        (date(2024, 12, 1), "lakeside-gazette.example", "transport", 1),
        (TODAY, "lakeside-gazette.example", "city", 1),
        (None, "Riverside Wire", "markets", 1),
    ]
    assert got[0][4] == words["LKG-0001"] > 0
    assert [r[5] for r in got] == [1, 1, 0]


def test_photo_credits_split_agency_and_photographer(db: Path) -> None:
    got = sorted(
        rows(
            db,
            "SELECT credit, agency, agency_known, photographer, publisher, published_date "
            "FROM v_photo_credits",
        ),
        key=lambda r: str(r[0]),
    )
    assert got == [
        ("AP", "AP", True, None, "Riverside Wire", None),
        ("AP Photo/Mara Lindqvist", "AP", True, "Mara Lindqvist", *FERRY_KEY),
        ("REUTERS/Tomasz Wiles", "Reuters", True, "Tomasz Wiles", FERRY_KEY[0], TODAY),
        ("Scott Peterson/Getty Images", "Getty Images", True, "Scott Peterson", *FERRY_KEY),
    ]


FERRY_KEY = ("lakeside-gazette.example", date(2024, 12, 1))

# (credit as stored, agency, agency_known, origin_agency, photographer): what the view reports
# for credits split by the clean stage (the forms themselves: tests/test_credit_parts.py).
CREDIT_CASES = [
    ("Scott Peterson/Getty Images", "Getty Images", True, None, "Scott Peterson"),
    ("REUTERS/Jane Doe", "Reuters", True, None, "Jane Doe"),
    ("Jane Doe/AFP via Getty Images", "Getty Images", True, "AFP", "Jane Doe"),
    ("Anadolu Agency", "Anadolu", True, None, None),
    ("Harbour Daily/Ana Ruiz", "Harbour Daily", False, None, "Ana Ruiz"),  # unknown agency
    ("Ana Ruiz", None, False, None, "Ana Ruiz"),  # a photographer alone
]


def test_photo_credits_view_reports_the_split_credit_parts(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "aliases.duckdb")
    store.con.executemany(
        "INSERT INTO captions (article_id, position, caption_text, credit, credits, credit_parts) "
        "VALUES ('x', ?, 'A caption.', ?, [?], ?)",
        [
            [i, credit, credit, [asdict(p) for p in split_credit_list(credit)]]
            for i, (credit, *_rest) in enumerate(CREDIT_CASES)
        ],
    )
    got = store.con.execute(
        "SELECT credit, agency, agency_known, origin_agency, photographer FROM v_photo_credits "
        "ORDER BY caption_position, credit_position"
    ).fetchall()
    store.close()
    assert got == CREDIT_CASES


def test_photo_credits_view_has_one_row_per_credit_of_a_caption(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "many.duckdb")
    caption = with_credit_parts(Caption("Two photos.", None, None, ("Jane Doe/AFP; John Roe/AP",)))
    store.con.execute(
        "INSERT INTO captions (article_id, position, caption_text, credits, photographer, agency, "
        "credit_parts) VALUES ('x', 0, 'Two photos.', ?, ?, ?, ?)",
        [
            list(caption.credits),
            caption.photographer,
            caption.agency,
            [asdict(p) for p in caption.parts],
        ],
    )
    got = store.con.execute(
        "SELECT credit_position, credit, agency, photographer FROM v_photo_credits ORDER BY 1"
    ).fetchall()
    store.close()
    assert got == [(0, "Jane Doe/AFP", "AFP", "Jane Doe"), (1, "John Roe/AP", "AP", "John Roe")]
    assert (caption.photographer, caption.agency) == ("Jane Doe; John Roe", "AFP; AP")


def test_alias_view_holds_every_alias_once() -> None:
    con = duckdb.connect()
    Store(con, Path(":memory:")).migrate()
    apply_views(con)
    got = con.execute("SELECT alias, agency FROM v_agency_aliases").fetchall()
    assert sorted(got) == sorted(AGENCY_ALIASES)
    assert len({a for a, _ in AGENCY_ALIASES}) == len(AGENCY_ALIASES)
    assert all(alias == alias.lower() for alias, _ in AGENCY_ALIASES)


def test_removed_view_counts_fragments_by_day_publisher_kind_rule(db: Path) -> None:
    got = rows(
        db,
        "SELECT day, day_basis, source, kind, rule, n_fragments, n_articles, total_chars "
        "FROM v_removed",
    )
    by_key = {(r[0], r[2], r[3], r[4]): r for r in got}
    ferry_captions = by_key[(date(2024, 12, 1), *FERRY_KEY[:1], "caption", "repeated_caption")]
    assert ferry_captions[1] == "published"
    assert ferry_captions[5:7] == (2, 1)  # two captions repeated under their images
    first_seen = rows(
        db,
        "SELECT CAST(timezone('UTC', first_seen_at) AS DATE) FROM articles "
        "WHERE published_at IS NULL",
    )[0][0]
    # Undated agency copy counts on the day it was first seen.
    grain_ad = by_key[(first_seen, "Riverside Wire", "ad", "ad_marker")]
    assert grain_ad[1] == "first_seen"
    assert grain_ad[5:] == (1, 1, len("ADVERTISEMENT"))
    totals = rows(db, "SELECT count(*), sum(length(text)) FROM removed_fragments")[0]
    assert (sum(r[5] for r in got), sum(r[7] for r in got)) == totals


def test_run_health_reports_counts_ratio_and_timings(db: Path, tmp_path: Path) -> None:
    run_ingest([str(tmp_path / "in")], str(db), max_reject_ratio=1.0)  # a second, unchanged run
    got = rows(
        db,
        "SELECT status, mode, n_seen, n_new, n_unchanged, n_rejected, reject_ratio, "
        "duration_seconds, fetch_seconds, load_seconds, rules_version "
        "FROM v_run_health ORDER BY started_at",
    )
    assert [r[:7] for r in got] == [
        ("completed", "local", 4, 3, 0, 1, 0.25),
        # The empty file's reject stands while its bytes and the rules are unchanged: not
        # parsed (or rejected) again.
        ("completed", "local", 4, 0, 4, 0, 0.0),
    ]
    for run in got:
        assert run[7] is not None and 0 <= run[7] < 120
        assert run[8] is not None and run[9] is not None and run[10]


def test_run_health_reject_ratio_is_null_when_nothing_was_seen(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "runs.duckdb")
    apply_views(store.con)
    store.con.execute(
        "INSERT INTO runs (run_id, started_at, status, n_seen, n_rejected) "
        "VALUES ('r0', now(), 'running', 0, 0), ('r1', now(), 'running', NULL, NULL)"
    )
    got = store.con.execute(
        "SELECT run_id, reject_ratio, duration_seconds, fetch_seconds FROM v_run_health "
        "ORDER BY run_id"
    ).fetchall()
    store.close()
    assert got == [("r0", None, None, None), ("r1", None, None, None)]


def test_every_view_and_column_has_its_comment(db: Path) -> None:
    comments = dict(rows(db, "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal"))
    for view in VIEWS:
        assert comments[view.name] == view.description
        columns = rows(
            db,
            "SELECT column_name, comment FROM duckdb_columns() WHERE table_name = ? "
            "ORDER BY column_index",
            [view.name],
        )
        assert columns == list(view.columns), view.name  # same columns, same order, commented
        assert all(description.strip() for _, description in view.columns)


def test_views_work_on_an_empty_database(tmp_path: Path) -> None:
    db = migrated(tmp_path / "empty.duckdb")
    for view in VIEWS:
        count = rows(db, f"SELECT count(*) FROM {view.name}")[0][0]
        assert count == (len(AGENCY_ALIASES) if view.name == "v_agency_aliases" else 0)


def test_apply_views_is_idempotent(db: Path) -> None:
    before = rows(db, "SELECT view_name, sql, comment FROM duckdb_views() ORDER BY 1")
    store = Store.open(db)
    apply_views(store.con)
    apply_views(store.con)
    store.close()
    assert rows(db, "SELECT view_name, sql, comment FROM duckdb_views() ORDER BY 1") == before
    assert rows(db, "SELECT count(*) FROM v_articles") == [(3,)]


def test_published_snapshot_carries_the_views_and_comments(db: Path) -> None:
    snapshot = snapshot_path(db)
    got = rows(snapshot, "SELECT count(*) FROM v_photo_credits WHERE agency_known")
    assert got == [(4,)]
    assert rows(snapshot, "SELECT comment FROM duckdb_views() WHERE view_name = 'v_removed'") == [
        (next(v.description for v in VIEWS if v.name == "v_removed"),)
    ]
