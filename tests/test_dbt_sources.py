"""`wirecopy dbt-sources`: the YAML agrees with the contract and the checks, and dbt runs it.

The dbt run needs dbt-duckdb (not a dev dependency: dbt-core pins pathspec below what mypy
needs), so it is skipped unless a `dbt` executable is on PATH or in $WIRECOPY_DBT.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import duckdb
import pytest
import yaml

from tests.conftest import build_db, run_cli
from wirecopy.flows.dbt_sources import (
    EXPRESSION_MACRO,
    EXPRESSION_TEST,
    RUN_ONLY_TESTS,
    dbt_sources,
    dbt_sources_yaml,
    write_project_files,
)
from wirecopy.schemas.contract import TABLES
from wirecopy.schemas.views import VIEWS
from wirecopy.tasks.checks import CHECKS, FRESHNESS_HOURS

BUILT_IN = {"unique", "not_null", "relationships", "accepted_values"}


def _relations() -> dict[str, dict[str, Any]]:
    (source,) = yaml.safe_load(dbt_sources_yaml())["sources"]
    return {r["name"]: r for r in source["tables"]}


def _tests(relation: dict[str, Any]) -> list[tuple[str | None, str, dict[str, Any]]]:
    """(column or None, test name, body) of every test of a relation."""
    found = [(None, *next(iter(t.items()))) for t in relation.get("data_tests", [])]
    for column in relation["columns"]:
        found += [(column["name"], *next(iter(t.items()))) for t in column.get("data_tests", [])]
    return found


def test_yaml_is_dbt_sources_version_2_for_the_main_schema() -> None:
    doc = yaml.safe_load(dbt_sources_yaml())
    assert doc == dbt_sources()  # the text round-trips
    assert doc["version"] == 2
    (source,) = doc["sources"]
    assert (source["name"], source["schema"]) == ("wirecopy", "main")
    assert set(source) == {"name", "description", "schema", "tables"}
    for relation in source["tables"]:
        assert set(relation) <= {"name", "description", "config", "data_tests", "columns"}
        assert relation["description"] and relation["columns"]
        for column in relation["columns"]:
            assert set(column) <= {"name", "description", "data_type", "data_tests"}
            assert column["description"].strip()


def test_every_table_and_view_with_its_columns_and_descriptions() -> None:
    relations = _relations()
    assert list(relations) == [t.name for t in TABLES] + [v.name for v in VIEWS]
    for table in TABLES:
        got = [
            (c["name"], c["data_type"], c["description"]) for c in relations[table.name]["columns"]
        ]
        assert got == [(c.name, c.type, c.description) for c in table.columns]
        assert relations[table.name]["description"] == table.description
    for view in VIEWS:
        got = [(c["name"], c["description"]) for c in relations[view.name]["columns"]]
        assert got == list(view.columns)


def test_every_check_is_a_dbt_test_with_its_severity() -> None:
    tests = {
        body["name"]: (name, column, body)
        for r in _relations().values()
        for column, name, body in _tests(r)
    }
    expected = {c.name for c in CHECKS if c.test not in {*RUN_ONLY_TESTS, "freshness"}}
    assert set(tests) == expected
    for check in CHECKS:
        if check.name not in tests:
            continue
        name, column, body = tests[check.name]
        assert name == (EXPRESSION_TEST if check.test == "expression" else check.test)
        assert name in BUILT_IN | {EXPRESSION_TEST}
        assert body["config"]["severity"] == check.severity
        assert body["config"].get("where") == check.where
        if column is None:  # an expression key: dbt tests it with column_name
            assert body["arguments"]["column_name"] == check.column
        else:
            assert column == check.column
        if name == "relationships":
            parent = check.to.split(".")[0]  # type: ignore[union-attr]
            assert body["arguments"]["to"] == f"source('wirecopy', '{parent}')"
        if name == "accepted_values":
            assert body["arguments"]["values"] == list(check.values)


def test_freshness_is_the_source_freshness_of_articles() -> None:
    config = _relations()["articles"]["config"]
    assert config == {
        "loaded_at_field": "published_at",
        "freshness": {"warn_after": {"count": FRESHNESS_HOURS, "period": "hour"}},
    }


def test_cli_prints_the_yaml_and_writes_a_project(tmp_path: Path) -> None:
    printed = run_cli("dbt-sources")
    assert printed.returncode == 0, printed.stderr
    assert yaml.safe_load(printed.stdout) == dbt_sources()
    written = run_cli("dbt-sources", "--project", str(tmp_path / "proj"))
    assert written.returncode == 0, written.stderr
    assert (tmp_path / "proj/models/wirecopy_sources.yml").read_text() == dbt_sources_yaml()
    assert (tmp_path / "proj/macros/wirecopy_tests.sql").read_text() == EXPRESSION_MACRO


def _dbt() -> str | None:
    return os.environ.get("WIRECOPY_DBT") or shutil.which("dbt")


@pytest.mark.skipif(_dbt() is None, reason="dbt (dbt-duckdb) is not installed")
def test_dbt_parses_and_runs_the_tests_offline(tmp_path: Path) -> None:
    db = build_db(tmp_path)
    project = tmp_path / "dbt"
    write_project_files(project)
    (project / "dbt_project.yml").write_text('name: wc\nversion: "1.0"\nprofile: wc\n')
    (project / "profiles.yml").write_text(
        f"wc:\n  target: dev\n  outputs:\n    dev:\n      type: duckdb\n      path: '{db}'\n"
    )
    env = {**os.environ, "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}

    def dbt(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(_dbt()), *args, "--project-dir", str(project), "--profiles-dir", str(project)],
            capture_output=True,
            text=True,
            env=env,
            cwd=project,
            timeout=240,
        )

    parsed = dbt("parse")
    assert parsed.returncode == 0, parsed.stdout
    clean = dbt("test")
    assert clean.returncode == 0, clean.stdout
    assert "ERROR=0" in clean.stdout
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO images VALUES ('gone', 0, 'https://x.example/a.jpg', NULL, 'lead')")
    con.close()
    broken = dbt("test")
    assert broken.returncode != 0
    assert "FAIL 1 images_article_exists" in broken.stdout
    assert "ERROR=1" in broken.stdout
