"""Boilerplate by repetition through the pipeline: counts in DuckDB, runs, reprocess, modes."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import duckdb
import pytest

from tests.conftest import rows, run_cli
from tests.test_repetition import story
from wirecopy.flows.pipeline import run_ingest, run_reprocess
from wirecopy.tasks.cleaning.repetition import MIN_SOURCE_DOCS, WINDOW_DAYS, line_hashes
from wirecopy.tasks.line_stats import read_repeated
from wirecopy.tasks.store import Store

DAY = date(2026, 11, 2)
# No shape at all (a sentence, no link, no address): it goes only for being everywhere.
TEMPLATE = "Our desk reviews every story twice before it reaches the wire."


# Batches too small for any one of them to hold MIN_SOURCE_DOCS stories of a source.
SMALL_BATCH = MIN_SOURCE_DOCS - 1


def write_day(root: Path, day: date, first: int, count: int, line: str = TEMPLATE) -> Path:
    """`count` stories numbered from `first` in a day folder, each with `line` in the middle."""
    folder = root / f"{day:%Y-%m-%d}"
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(first, first + count):
        (folder / f"story-{k:03d}.txt").write_text(story(k, (3, line)), encoding="utf-8")
    return folder


def repeated_rows(db: Path) -> list[tuple[str, int, int]]:
    return rows(
        db,
        "SELECT a.source_uri, r.seen_docs, r.source_docs FROM removed_fragments r "
        "JOIN articles a USING (article_id) WHERE r.rule = 'repeated-line' ORDER BY 1",
    )


def counts(db: Path) -> tuple[int, int]:
    """(stories counted, sum of line counts)."""
    stories = rows(db, "SELECT count(*) FROM source_stories")[0][0]
    lines = rows(db, "SELECT coalesce(sum(n_docs), 0) FROM line_days")[0][0]
    return stories, lines


def template_count(db: Path) -> int:
    return rows(
        db,
        "SELECT coalesce(sum(n_docs), 0) FROM line_days WHERE line_hash = ?",
        [line_hashes(TEMPLATE)[0]],
    )[0][0]


def test_first_night_removes_by_the_batch_and_counts_every_story(
    tmp_path: Path, db_path: Path
) -> None:
    folder = write_day(tmp_path, DAY, 0, 25)
    run_ingest([str(folder)], str(db_path), logical_date=DAY, publish=False)
    removed = repeated_rows(db_path)
    assert len(removed) == 25
    assert {(seen, of) for _, seen, of in removed} == {(25, 25)}
    assert rows(
        db_path, "SELECT count(*) FROM articles WHERE body_text LIKE '%reviews every%'"
    ) == [(0,)]
    assert rows(db_path, "SELECT DISTINCT source_key, day FROM source_stories") == [
        ("Quayside Wire", DAY)
    ]
    assert counts(db_path)[0] == 25 and template_count(db_path) == 25


def test_a_first_run_in_small_batches_cleans_its_new_source_again_with_its_own_counts(
    tmp_path: Path, db_path: Path
) -> None:
    # Small batches: no batch alone holds MIN_SOURCE_DOCS stories of the source, so the pass
    # removes nothing; once the run is loaded its counts exist, and the run settles the source.
    folder = write_day(tmp_path, DAY, 0, 25)
    summary = run_ingest(
        [str(folder)], str(db_path), logical_date=DAY, publish=False, batch_size=SMALL_BATCH
    )
    assert summary.settled == 25
    assert (summary.counts.new, summary.counts.updated, summary.counts.seen) == (25, 0, 25)
    assert {(seen, of) for _, seen, of in repeated_rows(db_path)} == {(25, 25)}
    assert len(repeated_rows(db_path)) == 25
    assert rows(
        db_path, "SELECT count(*) FROM articles WHERE body_text LIKE '%reviews every%'"
    ) == [(0,)]
    assert counts(db_path)[0] == 25 and template_count(db_path) == 25  # counted once
    # The same inputs again change nothing and settle nothing.
    bodies = rows(db_path, "SELECT article_id, body_text, updated_at FROM articles ORDER BY 1")
    again = run_ingest(
        [str(folder)], str(db_path), logical_date=DAY, publish=False, batch_size=SMALL_BATCH
    )
    assert (again.settled, again.counts.unchanged) == (0, 25)
    assert rows(db_path, "SELECT article_id, body_text, updated_at FROM articles ORDER BY 1") == (
        bodies
    )


def test_a_run_cut_short_before_settling_is_settled_by_the_next(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wirecopy.flows.pipeline as pipeline

    folder = write_day(tmp_path, DAY, 0, 25)
    settle = pipeline._settle

    def killed(*args: object, **kwargs: object) -> None:
        raise RuntimeError("killed before settling")

    monkeypatch.setattr(pipeline, "_settle", killed)
    with pytest.raises(RuntimeError):
        run_ingest(
            [str(folder)], str(db_path), logical_date=DAY, publish=False, batch_size=SMALL_BATCH
        )
    assert rows(db_path, "SELECT status FROM runs") == [("failed",)]
    left = "SELECT count(*) FROM articles WHERE body_text LIKE '%reviews every%'"
    assert rows(db_path, left) == [(25,)]  # loaded, consistent, not settled
    monkeypatch.setattr(pipeline, "_settle", settle)
    again = run_ingest([str(folder)], str(db_path), logical_date=DAY, publish=False)
    assert (again.counts.unchanged, again.settled) == (25, 25)
    assert rows(db_path, left) == [(0,)]
    assert counts(db_path)[0] == 25  # nothing counted twice
    third = run_ingest([str(folder)], str(db_path), logical_date=DAY, publish=False)
    assert third.settled == 0


def test_the_cli_says_how_many_inputs_it_cleaned_again(tmp_path: Path) -> None:
    folder = write_day(tmp_path, DAY, 0, 25)
    db = tmp_path / "w.duckdb"
    args = (
        "ingest",
        str(folder),
        "--db",
        str(db),
        "--batch-size",
        str(SMALL_BATCH),
        "--no-publish",
    )
    first = run_cli(*args)
    assert first.returncode == 0, first.stderr
    assert "seen 25 · new 25 · updated 0" in first.stdout
    assert "cleaned again 25 inputs of sources first seen in this run" in first.stdout
    second = run_cli(*args)
    assert "cleaned again" not in second.stdout


def test_a_run_settles_only_sources_it_saw_first_and_bodies_that_still_repeat(
    tmp_path: Path, db_path: Path
) -> None:
    # One batch of 25: the batch's counts took the line already, nothing is left to settle.
    first = run_ingest([str(write_day(tmp_path, DAY, 0, 25))], str(db_path), logical_date=DAY)
    assert first.settled == 0 and len(repeated_rows(db_path)) == 25
    # A known source's later run in small batches removes by the stored counts; no settling.
    later = DAY + timedelta(days=1)
    folder = write_day(tmp_path, later, 100, 12)
    summary = run_ingest([str(folder)], str(db_path), logical_date=later, batch_size=5)
    assert summary.settled == 0 and len(repeated_rows(db_path)) == 37
    # Too few stories for counts at all: nothing to settle either.
    few = run_ingest(
        [str(write_day(tmp_path / "other", DAY, 0, MIN_SOURCE_DOCS - 1, "Other words."))],
        str(tmp_path / "few.duckdb"),
        logical_date=DAY,
        batch_size=5,
    )
    assert few.settled == 0


def test_too_few_stories_remove_nothing_and_are_still_counted(
    tmp_path: Path, db_path: Path
) -> None:
    folder = write_day(tmp_path, DAY, 0, MIN_SOURCE_DOCS - 1)
    run_ingest([str(folder)], str(db_path), logical_date=DAY, publish=False)
    assert repeated_rows(db_path) == []
    assert template_count(db_path) == MIN_SOURCE_DOCS - 1
    store = Store.open(db_path)
    try:
        assert read_repeated(store.con, DAY).sources == {}  # below the minimum: not read back
    finally:
        store.close()


def test_a_later_small_run_removes_by_the_stored_counts(tmp_path: Path, db_path: Path) -> None:
    run_ingest([str(write_day(tmp_path, DAY, 0, 25))], str(db_path), logical_date=DAY)
    later = DAY + timedelta(days=1)
    run_ingest([str(write_day(tmp_path, later, 100, 3))], str(db_path), logical_date=later)
    removed = dict((uri, (seen, of)) for uri, seen, of in repeated_rows(db_path))
    tonight = {uri: v for uri, v in removed.items() if f"/{later:%Y-%m-%d}/" in uri}
    # Counts as of before the run: 25 of 25 stories (3 stories alone are too few for a batch).
    assert sorted(tonight.values()) == [(25, 25)] * 3
    assert counts(db_path)[0] == 28 and template_count(db_path) == 28
    # The published snapshot carries the evidence column.
    snapshot = db_path.with_name("wirecopy.published.duckdb")
    con = duckdb.connect(str(snapshot), read_only=True)
    try:
        assert con.execute(
            "SELECT count(*) FROM removed_fragments WHERE seen_docs IS NOT NULL"
        ).fetchone() == (28,)
    finally:
        con.close()


def test_reprocess_is_stable_and_counts_nothing_again(tmp_path: Path, db_path: Path) -> None:
    run_ingest([str(write_day(tmp_path, DAY, 0, 25))], str(db_path), logical_date=DAY)
    later = DAY + timedelta(days=1)
    run_ingest([str(write_day(tmp_path, later, 100, 3))], str(db_path), logical_date=later)
    before = counts(db_path)
    bodies = []
    for _ in range(2):
        run_reprocess(str(db_path), publish=False)
        bodies.append(rows(db_path, "SELECT article_id, body_text FROM articles ORDER BY 1"))
        assert counts(db_path) == before
    assert bodies[0] == bodies[1]
    assert not any("reviews every story" in body for _, body in bodies[0])


def test_an_updated_story_is_not_counted_again(tmp_path: Path, db_path: Path) -> None:
    folder = write_day(tmp_path, DAY, 0, 25)
    run_ingest([str(folder)], str(db_path), logical_date=DAY, publish=False)
    before = counts(db_path)
    edited = folder / "story-003.txt"
    edited.write_text(edited.read_text() + "\nA late paragraph about the quay repairs.\n")
    summary = run_ingest([str(folder)], str(db_path), logical_date=DAY, publish=False)
    assert summary.counts.updated == 1
    assert counts(db_path) == before


def test_counts_older_than_the_window_are_dropped(tmp_path: Path, db_path: Path) -> None:
    run_ingest([str(write_day(tmp_path, DAY, 0, 25))], str(db_path), logical_date=DAY)
    later = DAY + timedelta(days=WINDOW_DAYS + 5)
    store = Store.open(db_path)
    try:
        assert read_repeated(store.con, DAY).sources
        assert not read_repeated(store.con, later).sources  # the window has moved past them
    finally:
        store.close()
    folder = write_day(tmp_path, later, 200, 2)
    run_ingest([str(folder)], str(db_path), logical_date=later, publish=False)
    assert rows(db_path, "SELECT DISTINCT day FROM source_stories") == [(later,)]
    assert rows(db_path, "SELECT DISTINCT day FROM line_days") == [(later,)]
    # The old counts no longer speak for the template: two stories alone are too few.
    assert not [uri for uri, _, _ in repeated_rows(db_path) if f"/{later:%Y-%m-%d}/" in uri]


@pytest.mark.usefixtures("prefect_server")
def test_prefect_runs_remove_by_batch_and_by_stored_counts(tmp_path: Path, db_path: Path) -> None:
    from wirecopy.flows.prefect_flows import ingest_flow

    first = write_day(tmp_path, DAY, 0, 25)
    state = ingest_flow(
        sources=[str(first)], db=str(db_path), logical_date=DAY, workers=2, return_state=True
    )
    assert state.is_completed(), state.message
    later = DAY + timedelta(days=1)
    second = write_day(tmp_path, later, 100, 3)
    state = ingest_flow(
        sources=[str(second)], db=str(db_path), logical_date=later, workers=2, return_state=True
    )
    assert state.is_completed(), state.message
    removed = repeated_rows(db_path)
    assert len(removed) == 28
    assert sorted((seen, of) for uri, seen, of in removed if "/story-1" in uri) == [(25, 25)] * 3


def test_the_clean_task_without_lanes_uses_the_run_s_clean() -> None:
    """A Dask worker has no lanes: the clean task gets the run's clean (with its counts)."""
    from tests._helpers_pure import raw_doc
    from wirecopy.flows.prefect_flows import clean_task
    from wirecopy.tasks.clean import clean_batch
    from wirecopy.tasks.cleaning.repetition import Repeated
    from wirecopy.tasks.workers import parse_here

    parsed = parse_here([raw_doc(story(1, (3, TEMPLATE)))])
    stored = Repeated({"Quayside Wire": (100, {line_hashes(TEMPLATE)[0]: 90})})

    def with_counts(docs, pages):  # type: ignore[no-untyped-def]
        return clean_batch(docs, pages, stored)

    plain = clean_task.fn(parsed, None, None, 1)
    counted = clean_task.fn(parsed, None, None, 1, with_counts)
    assert TEMPLATE in plain.articles[0].body_text
    assert TEMPLATE not in counted.articles[0].body_text


def test_the_run_s_clean_reads_the_counts_once_and_travels_without_its_connection(
    tmp_path: Path, db_path: Path
) -> None:
    import pickle

    from tests._helpers_pure import parse
    from wirecopy.tasks.line_stats import RunClean

    run_ingest([str(write_day(tmp_path, DAY, 0, 25))], str(db_path), logical_date=DAY)
    store = Store.open(db_path)
    try:
        clean = RunClean(store.con, DAY + timedelta(days=1))
        doc = parse(story(77, (3, TEMPLATE)))
        assert clean([], None).items == []  # nothing to clean: no counts needed
        with pytest.raises(RuntimeError, match="not read"):
            clean([doc], None)
        clean.prepare()
        shipped = pickle.loads(pickle.dumps(clean))  # what a worker process receives
    finally:
        store.close()
    assert shipped.repeated.sources == clean.repeated.sources
    assert TEMPLATE not in shipped([doc], None).items[0].body_text
    assert RunClean.without_counts().repeated.sources == {}


def test_a_night_with_nothing_new_never_reads_the_counts(tmp_path: Path) -> None:
    from wirecopy.flows.pipeline import LocalStages, RunResources
    from wirecopy.tasks.fetch import ReplayReader
    from wirecopy.tasks.line_stats import RunClean

    store = Store.open(tmp_path / "x.duckdb")
    clean = RunClean(store.con, DAY)
    run = RunResources(store, ReplayReader(store.raw), None, "r", clean)
    stages = LocalStages(run)
    store.close()  # reading the counts now would fail
    stages.parse([], 1)
    with pytest.raises(duckdb.Error):
        clean.prepare()


def test_a_known_source_comes_back_even_when_it_repeats_nothing(
    tmp_path: Path, db_path: Path
) -> None:
    folder = tmp_path / "unique"
    folder.mkdir()
    for k in range(MIN_SOURCE_DOCS + 2):
        (folder / f"s{k}.txt").write_text(story(k), encoding="utf-8")
    run_ingest([str(folder)], str(db_path), logical_date=DAY, publish=False)
    store = Store.open(db_path)
    try:
        assert read_repeated(store.con, DAY).sources == {"Quayside Wire": (MIN_SOURCE_DOCS + 2, {})}
    finally:
        store.close()


def test_stories_loaded_before_the_counts_existed_are_counted_by_reprocess(
    tmp_path: Path, db_path: Path
) -> None:
    run_ingest([str(write_day(tmp_path, DAY, 0, 25))], str(db_path), logical_date=DAY)
    con = duckdb.connect(str(db_path))
    con.execute("DELETE FROM source_stories; DELETE FROM line_days")  # as before migration 5
    con.close()
    run_reprocess(str(db_path), publish=False)
    assert counts(db_path)[0] == 25 and template_count(db_path) == 25
    run_reprocess(str(db_path), publish=False)
    assert counts(db_path)[0] == 25  # counted once
