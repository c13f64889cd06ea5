"""Shared fixtures and helpers: paths to the shared data, a Prefect test server, the CLI in a
subprocess, read-only queries, and a small analytics database built through the real pipeline."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pytest

from wirecopy.flows.pipeline import run_ingest
from wirecopy.schemas.views import apply_views
from wirecopy.tasks.publish import publish_snapshot
from wirecopy.tasks.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SAMPLES = ROOT / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def prefect_server() -> Iterator[None]:
    """One temporary Prefect server for the whole session (starting one costs ~15 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh DuckDB file path in the test's temporary directory."""
    return tmp_path / "data" / "wirecopy.duckdb"


def run_cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the installed `wirecopy` console script as a user would, in local mode by default."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "WIRECOPY_"))}
    full_env.update(env or {})
    exe = Path(sys.executable).parent / "wirecopy"
    return subprocess.run(
        [str(exe), *args], capture_output=True, text=True, env=full_env, cwd=cwd, timeout=300
    )


def rows(db: Path, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    """Query the database read-only in UTC."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        con.execute("SET TimeZone='UTC'")
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


# -- an analytics database: invented inputs loaded through the real pipeline ------------------

# Invented wire copy: a Markdown page with two credited photos, dated 23:30 in New York (already
# the next day, and the next month, in UTC); a Markdown page dated today; undated agency copy.
FERRY_MD = """---
code: "LKG-0001"
origin_url: "https://www.lakeside-gazette.example/transport/ferry-resumes?utm_medium=feed"
title: "Ferry service resumes across the lake"
category: "Transport"
language: "en"
date: "2024-11-30T23:30:00-05:00"
author: "Pia Sorensen"
---

The lake ferry carried its first passengers of the winter timetable on Saturday after a \
month-long overhaul of both vessels.

![Passengers board the first ferry of the season. (Photo by Scott Peterson/Getty Images)]\
(https://img.lakeside-gazette.example/ferry-board.jpg)

Passengers board the first ferry of the season. (Photo by Scott Peterson/Getty Images)

Crossings now run every forty minutes, the operator said.

![The ferry leaves the north pier at dusk. AP Photo/Mara Lindqvist]\
(https://img.lakeside-gazette.example/ferry-dusk.jpg)

The ferry leaves the north pier at dusk. AP Photo/Mara Lindqvist

ADVERTISEMENT

Sign up for our morning newsletter to get lake news in your inbox.
"""

KIOSK_MD = """---
code: "LKG-0002"
origin_url: "https://www.lakeside-gazette.example/city/kiosk"
title: "Old harbour kiosk becomes a reading room"
category: "City"
language: "en"
date: "{today}T12:00:00Z"
---

The disused kiosk on the old harbour reopened on Tuesday as a small reading room run by \
volunteers.

![Volunteers stack books inside the kiosk. REUTERS/Tomasz Wiles]\
(https://img.lakeside-gazette.example/kiosk.jpg)

Volunteers stack books inside the kiosk. REUTERS/Tomasz Wiles

Read more: Volunteers plan a second reading room
"""

GRAIN_TXT = """ADVERTISEMENT

Markets

Grain Barges Queue As River Levels Fall

Published:

A barge waits at the lock gates near the grain terminal on Monday. Photo: AP

(Riverside Wire) -- Grain barges queued for days at the river locks as water levels fell to \
a seasonal low, shippers said on Monday.

Operators cut loads by a third to keep the barges afloat.

Follow us on social media for more updates.

Copyright 2024 Riverside Wire
"""

TODAY = datetime.now(UTC).date()


def write_inputs(folder: Path) -> Path:
    """Write the invented inputs (three articles and one empty file, a reject) into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ferry.md").write_text(FERRY_MD, encoding="utf-8")
    (folder / "kiosk.md").write_text(KIOSK_MD.format(today=TODAY.isoformat()), encoding="utf-8")
    (folder / "grain.txt").write_text(GRAIN_TXT, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def migrated(db: Path) -> Path:
    """Create an empty, migrated database with the views (and its snapshot); return its path."""
    store = Store.open(db)
    try:
        apply_views(store.con)
        publish_snapshot(store.con, store.path)
    finally:
        store.close()
    return db


def build_db(tmp_path: Path) -> Path:
    """Load the invented inputs through the real pipeline, then add the views and publish."""
    db = tmp_path / "data" / "wirecopy.duckdb"
    # One input in four is rejected on purpose; the default quality gate would fail the run.
    run_ingest([str(write_inputs(tmp_path / "in"))], str(db), max_reject_ratio=1.0)
    return migrated(db)  # views and snapshot, whether or not Store.migrate applies them yet
