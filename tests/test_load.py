"""Load stage against a real DuckDB file: contract, idempotency, change detection, rejects."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SAMPLES
from wirecopy.flows.pipeline import QualityGateError, run_ingest
from wirecopy.schemas.contract import TABLES
from wirecopy.schemas.ddl import MIGRATIONS
from wirecopy.schemas.records import LoadCounts
from wirecopy.tasks.store import Store, StoreError

MD = """---
code: "T-1"
origin_url: "https://www.example.org/a/1"
image: "https://img.example.org/lead.jpg"
title: "Harbour ferry gets a new engine"
category: "CITY"
date: 2026-01-02T03:04:05Z
---

The old ferry got a new engine on Monday, the operator said.

![Engineers lower the engine into the hull. (Photo: Northwind Press)](https://img.example.org/engine.jpg)

Engineers lower the engine into the hull. (Photo: Northwind Press)

Trips resume next week.
"""


def _counts(summary: object) -> tuple[int, int, int, int, int]:
    c = summary.counts  # type: ignore[attr-defined]
    return c.seen, c.new, c.updated, c.unchanged, c.rejected


def _table_counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[index]
            for t in ("articles", "images", "captions", "removed_fragments", "sources")
        }
    finally:
        con.close()


def _snapshot(db: Path) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(
            "SELECT article_id, title, body_text, updated_at, run_id FROM articles ORDER BY 1"
        ).fetchall()
    finally:
        con.close()


def test_schema_matches_contract_and_every_column_is_commented(db_path: Path) -> None:
    Store.open(db_path).close()
    con = duckdb.connect(str(db_path), read_only=True)
    rows = con.execute(
        "SELECT table_name, column_name, data_type, comment FROM duckdb_columns() "
        "WHERE schema_name = 'main' AND NOT internal "
        "AND table_name IN (SELECT table_name FROM duckdb_tables()) "
        "ORDER BY table_name, column_index"
    ).fetchall()
    tables = dict(
        con.execute(
            "SELECT table_name, comment FROM duckdb_tables() "
            "WHERE schema_name = 'main' AND NOT temporary"
        ).fetchall()
    )
    versions = [r[0] for r in con.execute("SELECT version FROM schema_migrations").fetchall()]
    con.close()
    by_table: dict[str, list[tuple[str, str, str]]] = {}
    for table, column, dtype, comment in rows:
        by_table.setdefault(table, []).append((column, dtype, comment))
    assert versions == [number for number, _, _ in MIGRATIONS]  # each once, in order
    for table in TABLES:
        assert tables[table.name] == table.description
        assert [(c.name, c.type, c.description) for c in table.columns] == by_table[table.name]
    assert set(by_table) == {t.name for t in TABLES}


def test_reopen_does_not_reapply_migrations(db_path: Path) -> None:
    Store.open(db_path).close()
    store = Store.open(db_path)
    assert store.migrate() == []
    store.close()


def test_same_inputs_twice_change_nothing(tmp_path: Path, db_path: Path) -> None:
    src = tmp_path / "in"
    shutil.copytree(SAMPLES, src)
    first = run_ingest([str(src)], str(db_path))
    n = first.counts.seen
    assert _counts(first) == (n, n, 0, 0, 0)
    before, tables = _snapshot(db_path), _table_counts(db_path)
    second = run_ingest([str(src)], str(db_path))
    assert _counts(second) == (n, 0, 0, n, 0)
    assert _snapshot(db_path) == before
    assert _table_counts(db_path) == tables


def test_touched_but_identical_file_is_unchanged(tmp_path: Path, db_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(MD)
    run_ingest([str(path)], str(db_path))
    os.utime(path, ns=(1, 1))  # new mtime, same bytes: read and hashed, not parsed
    assert _counts(run_ingest([str(path)], str(db_path))) == (1, 0, 0, 1, 0)


def test_changed_file_updates_article_and_replaces_child_rows(
    tmp_path: Path, db_path: Path
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(MD)
    run_ingest([str(path)], str(db_path))
    con = duckdb.connect(str(db_path), read_only=True)
    first_seen = con.execute("SELECT first_seen_at FROM articles").fetchone()
    con.close()
    changed = MD.replace("Trips resume next week.", "Trips resume on Friday.").replace(
        "![Engineers lower the engine into the hull. (Photo: Northwind Press)]"
        "(https://img.example.org/engine.jpg)\n\nEngineers lower the engine into the hull. "
        "(Photo: Northwind Press)\n",
        "",
    )
    path.write_text(changed)
    assert _counts(run_ingest([str(path)], str(db_path))) == (1, 0, 1, 0, 0)
    con = duckdb.connect(str(db_path), read_only=True)
    body, seen_again = con.execute("SELECT body_text, first_seen_at FROM articles").fetchone()  # type: ignore[misc]
    images = con.execute("SELECT position, role FROM images ORDER BY position").fetchall()
    captions = con.execute("SELECT count(*) FROM captions").fetchone()
    con.close()
    assert body.endswith("Trips resume on Friday.")
    assert (seen_again,) == first_seen
    assert images == [(0, "lead")]
    assert captions == (0,)


def test_edited_agency_copy_keeps_its_article_id(tmp_path: Path, db_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Headline of a story\n\nThe first paragraph of the story is here.\n")
    run_ingest([str(path)], str(db_path))
    con = duckdb.connect(str(db_path), read_only=True)
    (first_id,) = con.execute("SELECT article_id FROM articles").fetchone()  # type: ignore[misc]
    con.close()
    path.write_text("Headline of a story\n\nThe first paragraph was rewritten.\n")
    assert _counts(run_ingest([str(path)], str(db_path)))[1:3] == (0, 1)  # updated, not new
    con = duckdb.connect(str(db_path), read_only=True)
    got = con.execute("SELECT article_id, body_text FROM articles").fetchall()
    con.close()
    assert first_id.startswith("src-")
    assert got == [(first_id, "The first paragraph was rewritten.")]


def test_every_input_ends_as_article_or_reject(tmp_path: Path, db_path: Path) -> None:
    (tmp_path / "good.txt").write_text(MD)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (tmp_path / "bad_yaml.md").write_text("---\ntitle: [unclosed\n---\n\nBody text here.\n")
    (tmp_path / "no_body.md").write_text("---\ntitle: Only metadata\n---\n")
    summary = run_ingest(
        [str(tmp_path), str(tmp_path / "missing-*.txt")], str(db_path), max_reject_ratio=1.0
    )
    assert _counts(summary) == (6, 1, 0, 0, 5)
    con = duckdb.connect(str(db_path), read_only=True)
    rejects = dict(
        con.execute(
            "SELECT regexp_extract(source_uri, '[^/]+$'), reason FROM rejects WHERE run_id = ?",
            [summary.run_id],
        ).fetchall()
    )
    con.close()
    assert rejects == {
        "empty.txt": "empty file",
        "binary.bin": "binary file, not text",
        "bad_yaml.md": "invalid YAML front matter",
        "no_body.md": "front matter has no body",
        "missing-*.txt": "no input matched",
    }


def test_rejected_file_keeps_its_earlier_article(tmp_path: Path, db_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(MD)
    run_ingest([str(path)], str(db_path))
    path.write_text("---\ncode: [broken\n---\n\nbody\n")
    with pytest.raises(QualityGateError, match="no articles") as failed:
        run_ingest([str(path)], str(db_path))
    assert _counts(failed.value.summary) == (1, 0, 0, 0, 1)
    assert _table_counts(db_path)["articles"] == 1


def test_unreadable_file_is_rejected_and_run_goes_on(tmp_path: Path, db_path: Path) -> None:
    # A dangling symlink cannot be read even by root (CI runs as root, so chmod 0 would not do).
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "ok.txt").write_text(MD)
    summary = run_ingest([str(tmp_path)], str(db_path), max_reject_ratio=0.5)
    assert _counts(summary) == (2, 1, 0, 0, 1)
    con = duckdb.connect(str(db_path), read_only=True)
    reject = con.execute("SELECT stage, reason FROM rejects").fetchall()
    con.close()
    assert reject == [("fetch", "unreadable file")]


def test_run_row_records_counts_and_stage_seconds(tmp_path: Path, db_path: Path) -> None:
    (tmp_path / "a.md").write_text(MD)
    summary = run_ingest([str(tmp_path)], str(db_path))
    con = duckdb.connect(str(db_path), read_only=True)
    row = con.execute(
        "SELECT status, n_seen, n_new, rules_version, finished_at IS NOT NULL, "
        "json_keys(stage_seconds) FROM runs WHERE run_id = ?",
        [summary.run_id],
    ).fetchone()
    con.close()
    assert row is not None
    assert row[:5] == ("completed", 1, 1, row[3], True) and row[3]
    assert sorted(row[5]) == [
        "clean",
        "fetch",
        "line_counts",
        "load",
        "parse",
        "publish",
        "sketch",
        "stories",
        "wait",
    ]


def test_unwritable_database_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreError, match="not writable"):
        Store.open(blocker / "sub" / "x.duckdb")


def test_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.duckdb"
    bogus.write_bytes(b"this is not a duckdb file" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        Store.open(bogus)


def test_docs_schema_md_matches_the_database(db_path: Path) -> None:
    from wirecopy.schemas.docs import dictionary_markdown

    Store.open(db_path).close()
    con = duckdb.connect(str(db_path), read_only=True)
    generated = dictionary_markdown(con)
    con.close()
    committed = (Path(__file__).resolve().parents[1] / "docs" / "schema.md").read_text()
    assert committed == generated, "run: wirecopy schema --markdown > docs/schema.md"


def test_quality_gate_fails_the_run_but_keeps_the_loaded_batches(
    tmp_path: Path, db_path: Path
) -> None:
    (tmp_path / "good.md").write_text(MD)
    for i in range(3):
        (tmp_path / f"empty{i}.txt").write_bytes(b"")
    with pytest.raises(QualityGateError, match=r"reject ratio 0\.75 is above the maximum 0\.20"):
        run_ingest([str(tmp_path)], str(db_path))
    con = duckdb.connect(str(db_path), read_only=True)
    run = con.execute("SELECT status, error, n_rejected FROM runs").fetchone()
    articles = con.execute("SELECT count(*) FROM articles").fetchone()
    con.close()
    assert run is not None and run[0] == "failed" and "reject ratio" in run[1] and run[2] == 3
    assert articles == (1,)
    # No snapshot is published from a failed run.
    from wirecopy.tasks.publish import snapshot_path

    assert not snapshot_path(db_path).exists()


def test_successful_run_publishes_a_readable_snapshot(tmp_path: Path, db_path: Path) -> None:
    from wirecopy.tasks.publish import snapshot_path

    (tmp_path / "a.md").write_text(MD)
    summary = run_ingest([str(tmp_path)], str(db_path))
    assert summary.snapshot == str(snapshot_path(db_path))
    con = duckdb.connect(summary.snapshot, read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    assert con.execute("SELECT status FROM runs").fetchall() == [("completed",)]
    con.close()


def test_date_template_in_sources_uses_the_logical_date(tmp_path: Path, db_path: Path) -> None:
    from datetime import date

    day_dir = tmp_path / "wire" / "2026-11-20"
    day_dir.mkdir(parents=True)
    (day_dir / "a.md").write_text(MD)
    (tmp_path / "wire" / "2026-11-21").mkdir()
    (tmp_path / "wire" / "2026-11-21" / "b.md").write_text(MD.replace("T-1", "T-2"))
    template = str(tmp_path / "wire" / "{date:%Y-%m-%d}")
    summary = run_ingest([template], str(db_path), logical_date=date(2026, 11, 20))
    assert _counts(summary) == (1, 1, 0, 0, 0)
    con = duckdb.connect(str(db_path), read_only=True)
    assert con.execute("SELECT article_id FROM articles").fetchall() == [("T-1",)]
    assert con.execute("SELECT logical_date::VARCHAR FROM runs").fetchall() == [("2026-11-20",)]
    con.close()


def test_a_deterministic_reject_is_not_parsed_again_until_the_rules_change(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wirecopy.tasks.batch_writer as batch_writer
    import wirecopy.tasks.fetch as fetch

    (tmp_path / "good.md").write_text(MD)
    (tmp_path / "bad.md").write_text("---\ntitle: [unclosed\n---\n\nBody text here.\n")
    first = run_ingest([str(tmp_path)], str(db_path), max_reject_ratio=1.0)
    assert (first.counts.new, first.counts.rejected) == (1, 1)
    again = run_ingest([str(tmp_path)], str(db_path), max_reject_ratio=1.0)
    assert (again.counts.unchanged, again.counts.rejected) == (2, 0)
    (tmp_path / "bad.md").touch()  # a new mtime, the same bytes: still not parsed again
    touched = run_ingest([str(tmp_path)], str(db_path), max_reject_ratio=1.0)
    assert (touched.counts.unchanged, touched.counts.rejected) == (2, 0)
    for module in (fetch, batch_writer):  # new rules: the reject is decided again
        monkeypatch.setattr(module, "RULES_VERSION", "next-rules")
    renewed = run_ingest([str(tmp_path)], str(db_path), max_reject_ratio=1.0)
    assert (renewed.counts.unchanged, renewed.counts.rejected) == (1, 1)
    con = duckdb.connect(str(db_path), read_only=True)
    reasons = con.execute("SELECT reason FROM rejects ORDER BY rejected_at").fetchall()
    state = con.execute(
        "SELECT status, rules_version, retryable FROM sources WHERE source_uri LIKE '%bad.md'"
    ).fetchall()
    con.close()
    assert reasons == [("invalid YAML front matter",)] * 2
    assert state == [("rejected", "next-rules", False)]


def _runs(db: Path) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT run_id, status, n_seen FROM runs ORDER BY started_at").fetchall()
    finally:
        con.close()


def test_every_completed_run_reaches_the_snapshot_cheaply_when_nothing_changed(
    tmp_path: Path, db_path: Path
) -> None:
    from wirecopy.tasks.publish import DEFAULT_STORAGE_VERSION, snapshot_path

    (tmp_path / "good.md").write_text(MD)
    for _ in range(3):  # the first loads, the next two change nothing
        run_ingest([str(tmp_path)], str(db_path))
    snapshot = snapshot_path(db_path)
    assert len(_runs(snapshot)) == 3
    assert _runs(snapshot) == _runs(db_path)  # including the last, completed run
    con = duckdb.connect()
    con.execute(f"ATTACH '{snapshot}' AS s")  # read-write attaches report the version
    tags = con.execute("SELECT tags FROM duckdb_databases() WHERE database_name = 's'").fetchone()
    articles = con.execute("SELECT count(*) FROM s.articles").fetchone()
    con.close()
    assert tags is not None and str(tags[0]["storage_version"]).startswith(
        DEFAULT_STORAGE_VERSION
    )  # still readable by DuckDB 1.4 drivers
    assert articles == (1,)
    assert not list(snapshot.parent.glob(".*.tmp*"))  # no temporary file left behind


def test_a_schema_change_publishes_a_full_copy(tmp_path: Path, db_path: Path) -> None:
    from wirecopy.tasks.publish import publish_run, snapshot_path

    (tmp_path / "good.md").write_text(MD)
    run_ingest([str(tmp_path)], str(db_path))
    store = Store.open(db_path)
    try:
        store.con.execute("CREATE VIEW v_extra AS SELECT 1 AS one")
        publish_run(store, LoadCounts())  # no article changed, but the schema did
    finally:
        store.close()
    con = duckdb.connect(str(snapshot_path(db_path)), read_only=True)
    assert con.execute("SELECT one FROM v_extra").fetchall() == [(1,)]
    con.close()


def test_credit_part_rows_carry_every_field_of_the_record() -> None:
    from dataclasses import asdict

    from wirecopy.schemas.records import CreditPart
    from wirecopy.tasks.batch_writer import _part_struct

    part = CreditPart("Ana Sato/Reuters via Getty", "Ana Sato", "Getty Images", "Reuters")
    assert _part_struct(part) == asdict(part)
