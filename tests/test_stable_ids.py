"""Stable article ids: edited inputs keep their article, and older databases are re-keyed."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb

from benchmarks.corpus import generate, modify
from tests.conftest import rows
from wirecopy.flows.pipeline import run_ingest
from wirecopy.schemas.ddl import BOOTSTRAP, MIGRATIONS
from wirecopy.tasks.identity import derive_article_id
from wirecopy.tasks.store import Store


def _ids(db: Path) -> dict[str, str]:
    return dict(rows(db, "SELECT source_uri, article_id FROM articles"))


def test_editing_inputs_between_two_runs_keeps_every_article_id(tmp_path: Path) -> None:
    corpus, db = tmp_path / "wire", tmp_path / "data" / "wirecopy.duckdb"
    generate(corpus, 60, seed=3)  # a third each of front matter, agency copy and HTML pages
    first = run_ingest([str(corpus)], str(db))
    before = _ids(db)
    agency_copy = [uri for uri, article_id in before.items() if article_id.startswith("src-")]
    assert first.counts.new == 60 and len(agency_copy) == 20
    edited = modify(corpus, 0.1, seed=3)  # a paragraph appended to every tenth file
    assert any(str(path) in agency_copy for path in edited)
    second = run_ingest([str(corpus)], str(db))
    assert (second.counts.new, second.counts.updated) == (0, len(edited))
    assert _ids(db) == before  # every article kept its id, and no row was lost or added
    bodies = dict(rows(db, "SELECT source_uri, body_text FROM articles"))
    extra = {str(path): path.read_text().rstrip().rsplit("\n", 1)[-1] for path in edited}
    for uri, paragraph in extra.items():
        if uri in agency_copy:  # the correction is in the same article
            assert bodies[uri].endswith(paragraph)
    children = rows(
        db,
        "SELECT count(*) FROM captions WHERE article_id NOT IN (SELECT article_id FROM articles)",
    )
    assert children == [(0,)]
    assert all(r.status == "pass" for r in second.checks if r.severity == "error")


def _version_1_database(path: Path) -> None:
    """A database as wirecopy made it before migration 3: agency copy keyed by content hash."""
    con = duckdb.connect(str(path))
    con.execute(BOOTSTRAP)
    con.execute(MIGRATIONS[0][2])
    now = datetime.now(UTC)
    con.execute("INSERT INTO schema_migrations VALUES (1, 'initial tables', ?)", [now])
    con.execute(
        "INSERT INTO articles (article_id, source_uri, content_sha256, first_seen_at, updated_at) "
        "VALUES ('sha-aaaa', '/wire/a.txt', 'h1', ?, ?), ('LKG-1', '/wire/b.md', 'h2', ?, ?)",
        [now] * 4,
    )
    con.execute("INSERT INTO captions VALUES ('sha-aaaa', 0, 'A caption.', 'AP', NULL, ['AP'])")
    con.execute("INSERT INTO removed_fragments VALUES ('sha-aaaa', 0, 'ad', 'AD', 'ad_marker')")
    con.execute(
        "INSERT INTO images VALUES ('sha-aaaa', 0, 'https://x.example/a.jpg', NULL, 'lead')"
    )
    # Two inputs with the same text shared one article; the copy points at it too.
    con.execute(
        "INSERT INTO sources (source_uri, article_id, status, seen_at) VALUES "
        "('/wire/a.txt', 'sha-aaaa', 'loaded', ?), ('/wire/a-copy.txt', 'sha-aaaa', 'loaded', ?), "
        "('/wire/b.md', 'LKG-1', 'loaded', ?)",
        [now] * 3,
    )
    con.close()


def test_migration_re_keys_content_hash_ids_by_their_input(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    _version_1_database(db)
    Store.open(db).close()
    new_id = derive_article_id(None, None, "/wire/a.txt")
    assert rows(db, "SELECT article_id, source_uri FROM articles ORDER BY 1") == [
        ("LKG-1", "/wire/b.md"),
        (new_id, "/wire/a.txt"),
    ]
    for table in ("images", "captions", "removed_fragments"):
        assert rows(db, f"SELECT DISTINCT article_id FROM {table}") == [(new_id,)], table
    assert rows(db, "SELECT source_uri, article_id FROM sources ORDER BY 1") == [
        ("/wire/a-copy.txt", new_id),
        ("/wire/a.txt", new_id),
        ("/wire/b.md", "LKG-1"),
    ]
    versions = rows(db, "SELECT version FROM schema_migrations ORDER BY 1")
    assert versions == [(v,) for v, _name, _sql in MIGRATIONS]
