"""`wirecopy export`, the example queries and the snapshot's storage version."""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pytest
import typer
from typer.testing import CliRunner

from tests.conftest import TODAY, build_db, migrated, rows
from wirecopy.flows.analytics import (
    CONTRACT_FILE,
    EXAMPLE_QUERIES,
    EXPORT_TABLES,
    ExampleQuery,
    export_parquet,
    register,
)
from wirecopy.schemas.agencies import AGENCY_ALIASES
from wirecopy.schemas.contract import TABLES, TABLES_BY_NAME
from wirecopy.schemas.ddl import MIGRATIONS
from wirecopy.schemas.views import VIEWS
from wirecopy.tasks.checks import CHECKS
from wirecopy.tasks.publish import DEFAULT_STORAGE_VERSION, snapshot_path

ROOT = Path(__file__).resolve().parents[1]
ANALYTICS_MD = ROOT / "docs" / "analytics.md"


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One loaded database (with snapshot) shared by the read-only tests of this module."""
    return build_db(tmp_path_factory.mktemp("export"))


def cli() -> typer.Typer:
    """A Typer app with the analytics commands, as flows/cli.py registers them."""
    app = typer.Typer(pretty_exceptions_enable=False)
    register(app)
    return app


def run(*args: str) -> tuple[int, str, str]:
    """Invoke the commands in-process: (exit code, stdout, stderr)."""
    result = CliRunner().invoke(cli(), list(args))
    return result.exit_code, result.stdout, result.stderr


def counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    got = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in EXPORT_TABLES}  # type: ignore[index]
    con.close()
    return got


def test_export_writes_every_table_and_month_partitions(loaded: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    code, stdout, stderr = run(
        "export", "--format", "parquet", "--out", str(out), "--db", str(loaded)
    )
    assert (code, stderr) == (0, "")
    assert str(snapshot_path(loaded)) in stdout  # read from the snapshot, not the live file
    expected = counts(loaded)
    assert expected["articles"] == 3 and expected["rejects"] == 1
    con = duckdb.connect()
    for table in EXPORT_TABLES:
        if table == "articles":
            continue
        got = con.execute(f"SELECT count(*) FROM read_parquet('{out / table}.parquet')").fetchone()
        assert got == (expected[table],), table
    months = sorted(p.name for p in (out / "articles").iterdir())
    assert months == sorted(
        {"published_month=2024-12", f"published_month={TODAY:%Y-%m}", "published_month=unknown"}
    )
    per_month = con.execute(
        f"SELECT published_month, count(*), min(article_id) FROM read_parquet("
        f"'{out}/articles/**/*.parquet', hive_partitioning = true) GROUP BY ALL ORDER BY 1"
    ).fetchall()
    assert sum(n for _, n, _ in per_month) == expected["articles"]
    assert ("2024-12", 1, "LKG-0001") in per_month  # 23:30 in New York on Nov 30 is December UTC
    assert any(m == "unknown" and a.startswith("src-") for m, _, a in per_month)


def test_export_writes_the_views_and_the_contract_beside_the_tables(
    loaded: Path, tmp_path: Path
) -> None:
    out = tmp_path / "export"
    con = duckdb.connect(str(snapshot_path(loaded)), read_only=True)
    got = export_parquet(con, out)
    con.close()
    for view in VIEWS:
        assert (out / f"{view.name}.parquet").exists(), view.name
        assert got[view.name] == rows(loaded, f"SELECT count(*) FROM {view.name}")[0][0]
    assert got["v_articles"] == 3 and got["v_photo_credits"] == 4
    contract = json.loads((out / CONTRACT_FILE).read_text(encoding="utf-8"))
    # The contract file says what schemas/contract.py and schemas/views.py say.
    tables = {t["name"]: t for t in contract["tables"]}
    for table in TABLES:
        assert tables[table.name]["description"] == table.description
        assert [
            (c["name"], c["type"], c["description"]) for c in tables[table.name]["columns"]
        ] == [(c.name, c.type, c.description) for c in table.columns]
    views = {v["name"]: v for v in contract["views"]}
    for view in VIEWS:
        assert [(c["name"], c["description"]) for c in views[view.name]["columns"]] == list(
            view.columns
        )
    assert contract["schema_version"] == MIGRATIONS[-1][0]
    assert {c["name"] for c in contract["checks"]} == {c.name for c in CHECKS}
    # Each Parquet file carries its descriptions as key-value metadata.
    reader = duckdb.connect()
    meta = dict(
        reader.execute(
            "SELECT decode(key), decode(value) FROM parquet_kv_metadata(?)",
            [str(out / "captions.parquet")],
        ).fetchall()
    )
    reader.close()
    captions = TABLES_BY_NAME["captions"]
    assert meta["description"] == captions.description
    assert json.loads(meta["columns"]) == {c.name: c.description for c in captions.columns}


def test_export_again_replaces_the_earlier_export(loaded: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    for _ in range(2):
        assert run("export", "--out", str(out), "--db", str(loaded))[0] == 0
    files = list((out / "articles").rglob("*.parquet"))
    con = duckdb.connect()
    got = con.execute(f"SELECT count(*) FROM read_parquet('{out}/articles/**/*.parquet')")
    assert got.fetchone() == (3,) and len(files) == 3


def test_export_falls_back_to_the_live_database(loaded: Path, tmp_path: Path) -> None:
    live = tmp_path / "copy.duckdb"
    live.write_bytes(loaded.read_bytes())  # no snapshot next to this copy
    code, stdout, _ = run("export", "--out", str(tmp_path / "out"), "--db", str(live))
    assert code == 0 and f"{live} →" in stdout
    assert (tmp_path / "out" / "runs.parquet").exists()


def test_export_of_an_empty_database_writes_empty_tables(tmp_path: Path) -> None:
    db = migrated(tmp_path / "empty.duckdb")
    con = duckdb.connect(str(snapshot_path(db)), read_only=True)
    got = export_parquet(con, tmp_path / "out")
    con.close()
    aliases = len(AGENCY_ALIASES)
    assert got == {**dict.fromkeys(EXPORT_TABLES, 0), **{v.name: 0 for v in VIEWS}} | {
        "v_agency_aliases": aliases
    }
    assert (tmp_path / "out" / "captions.parquet").exists()


def one_line_error(code: int, stdout: str, stderr: str) -> str:
    assert code == 2 and stdout == ""
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1
    return stderr


def test_export_missing_database_is_one_line(tmp_path: Path) -> None:
    err = one_line_error(*run("export", "--out", str(tmp_path), "--db", str(tmp_path / "no.db")))
    assert "does not exist yet" in err and "wirecopy ingest" in err


def test_export_unwritable_directory_is_one_line(loaded: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    err = one_line_error(*run("export", "--out", str(blocker / "out"), "--db", str(loaded)))
    assert "cannot create" in err and "a-file" in err


def test_export_not_a_database_is_one_line(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("just some notes")
    err = one_line_error(*run("export", "--out", str(tmp_path / "o"), "--db", str(bogus)))
    assert "cannot open" in err


def test_export_rejects_an_unknown_format(loaded: Path, tmp_path: Path) -> None:
    code, _, stderr = run("export", "--format", "xlsx", "--out", str(tmp_path), "--db", str(loaded))
    assert code == 2 and "xlsx" in stderr


# What each example query must return for the invented inputs (a check on its rows).
EXPECTED = {
    "Articles per day by publisher, last 7 days": lambda r: (
        r == [(TODAY, "lakeside-gazette.example", 1)]
    ),
    "Top photo agencies": lambda r: (
        r[0][:2] == ("AP", 2) and {x[0] for x in r} == {"AP", "Getty Images", "Reuters"}
    ),
    "Share of articles with images, per source": lambda r: (
        sorted(r) == [("Riverside Wire", 1, 0.0), ("lakeside-gazette.example", 2, 1.0)]
    ),
    "Boilerplate removed per source": lambda r: (
        len(r) > 3
        and all(chars > 0 for *_, chars in r)
        and {x[0] for x in r} == {"Riverside Wire", "lakeside-gazette.example"}
    ),
    "Latest runs with their reject ratio": lambda r: (
        len(r) == 1 and r[0][2:7] == ("completed", 4, 3, 1, 0.25)
    ),
}


@pytest.mark.parametrize("example", EXAMPLE_QUERIES, ids=lambda q: q.title)
def test_example_query_gives_sensible_results(loaded: Path, example: ExampleQuery) -> None:
    title, sql = example
    con = duckdb.connect(str(snapshot_path(loaded)), read_only=True)
    con.execute("SET TimeZone='UTC'")
    got = con.execute(sql).fetchall()
    con.close()
    assert got, title
    assert EXPECTED[title](got), got


def test_every_example_query_is_documented_verbatim() -> None:
    text = ANALYTICS_MD.read_text(encoding="utf-8")
    assert len(EXAMPLE_QUERIES) == 5 == len(EXPECTED)
    for title, sql in EXAMPLE_QUERIES:
        assert f"```sql\n{sql}\n```" in text, title
        assert title in text


def test_snapshot_is_written_in_a_storage_version_older_duckdb_reads(loaded: Path) -> None:
    snapshot = snapshot_path(loaded)
    con = duckdb.connect(str(snapshot), read_only=True)
    (tags,) = con.execute(
        "SELECT tags FROM duckdb_databases() WHERE database_name = current_database()"
    ).fetchone()  # type: ignore[misc]
    con.close()
    # DuckDB reports the oldest release that reads the file, e.g. 'v1.4.0+'.
    assert tags["storage_version"] == f"{DEFAULT_STORAGE_VERSION}+"
    live = duckdb.connect(str(loaded), read_only=True)
    (live_tags,) = live.execute(
        "SELECT tags FROM duckdb_databases() WHERE database_name = current_database()"
    ).fetchone()  # type: ignore[misc]
    live.close()
    # The check can fail: the live file is in the newer format that DuckDB 1.5 cannot open.
    assert live_tags["storage_version"] != tags["storage_version"]
    assert re.fullmatch(r"v\d+\.\d+\.\d+\+", live_tags["storage_version"])
