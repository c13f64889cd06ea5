"""The starter dashboard renders every panel, with data and on an empty database; the command."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

streamlit_testing = pytest.importorskip("streamlit.testing.v1")

import wirecopy.flows.analytics as analytics  # noqa: E402
from tests.conftest import TODAY, migrated, write_inputs  # noqa: E402
from wirecopy.flows.pipeline import run_ingest  # noqa: E402
from wirecopy.tasks.checks import CHECKS  # noqa: E402
from wirecopy.tasks.publish import snapshot_path  # noqa: E402

APP = Path(__file__).resolve().parents[1] / "dashboard" / "app.py"
PANELS = [
    "Articles per day by publisher",
    "Stories",
    "Category mix",
    "Top photo credits by agency",
    "Boilerplate removed per source",
    "Latest runs",
    "Latest rejects",
    "Data checks",
    "Articles",
]


def render(snapshot: Path | None, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Run the app once against a snapshot (set through $WIRECOPY_SNAPSHOT)."""
    if snapshot is None:
        monkeypatch.delenv("WIRECOPY_SNAPSHOT", raising=False)
    else:
        monkeypatch.setenv("WIRECOPY_SNAPSHOT", str(snapshot))
    monkeypatch.setattr("sys.argv", ["app.py"])
    app = streamlit_testing.AppTest.from_file(str(APP), default_timeout=60)
    return app.run()


def tables(app: Any) -> dict[str, Any]:
    """The rendered tables by name, told apart by a column only that table has."""
    marker = {
        "photographers": "photo_credits",
        "usual_agency": "photographers",
        "check_name": "checks",
        "fragments": "removed",
        "reject_ratio": "runs",
        "reason": "rejects",
        "word_count": "articles",
        "caption_text": "captions",
        "preview": "images",
        "outlet_list": "syndicated",
        "stories_run": "runs_whose",
    }
    found: dict[str, Any] = {}
    for frame in app.dataframe:
        names = [marker[c] for c in frame.value.columns if c in marker]
        assert len(names) == 1, list(frame.value.columns)
        found[names[0]] = frame.value
    return found


def no_errors(app: Any) -> None:
    assert [e.value for e in app.exception] == []
    assert [e.value for e in app.error] == []


# The gazette runs Riverside Wire's grain story (conftest's GRAIN_TXT): one syndicated story.
GRAIN_COPY = f"""---
code: "LKG-0003"
origin_url: "https://www.lakeside-gazette.example/markets/grain"
title: "Grain barges queue as river levels fall"
date: "{TODAY.isoformat()}T09:00:00Z"
---

(Riverside Wire) -- Grain barges queued for days at the river locks as water levels fell to \
a seasonal low, shippers said on Monday.

Operators cut loads by a third to keep the barges afloat.
"""


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The published snapshot of a database loaded from the invented inputs and a copy."""
    tmp = tmp_path_factory.mktemp("dashboard")
    folder = write_inputs(tmp / "in")
    (folder / "grain-copy.md").write_text(GRAIN_COPY, encoding="utf-8")
    db = tmp / "data" / "wirecopy.duckdb"
    # One input in five is rejected on purpose; the default quality gate would fail the run.
    run_ingest([str(folder)], str(db), max_reject_ratio=1.0)
    return snapshot_path(migrated(db))


def test_every_panel_renders_with_data(loaded: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = render(loaded, monkeypatch)
    no_errors(app)
    assert [s.value for s in app.subheader] == PANELS
    assert {m.label: m.value for m in app.metric} == {
        "articles": "4",
        "sources": "2",
        "photo credits": "4",
        "runs": "1",
    }
    # volume, stories, categories, agencies, boilerplate
    assert len(app.get("vega_lite_chart")) == 5
    shown = tables(app)
    assert set(shown["photo_credits"]["agency"]) == {"AP", "Getty Images", "Reuters"}
    # Photographers are split from agencies: AP credits one, Getty Images one, Reuters one.
    assert shown["photo_credits"]["photographers"].sum() == 3
    assert sorted(shown["photographers"]["photographer"]) == [
        "Mara Lindqvist",
        "Scott Peterson",
        "Tomasz Wiles",
    ]
    checks = shown["checks"]
    assert len(checks) == len(CHECKS) and set(checks["status"]) <= {"pass", "warn", "skip"}
    assert checks["status"].tolist()[0] != "pass"  # failures and warnings come first
    assert set(shown["removed"]["source"]) == {"lakeside-gazette.example", "Riverside Wire"}
    assert shown["runs"]["reject_ratio"].tolist() == [0.2]
    assert shown["rejects"]["reason"].tolist() == ["empty file"]
    assert len(shown["articles"]) == 4
    syndicated = shown["syndicated"]
    assert syndicated[["agency", "copies", "outlets"]].values.tolist() == [["Riverside Wire", 2, 2]]
    assert syndicated["outlet_list"].tolist() == ["Riverside Wire, lakeside-gazette.example"]
    assert shown["runs_whose"]["stories_run"].tolist() == [1]
    assert [i.value for i in app.info] == []  # every panel has data


def test_search_filters_titles_and_shows_the_selected_article(
    loaded: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = render(loaded, monkeypatch)
    app.text_input(key="search").input("FERRY").run()
    no_errors(app)
    shown = tables(app)
    assert shown["articles"]["article_id"].tolist() == ["LKG-0001"]
    assert app.selectbox(key="article").value == "LKG-0001"
    assert shown["captions"]["credit"].tolist() == [
        "Scott Peterson/Getty Images",
        "AP Photo/Mara Lindqvist",
    ]
    assert shown["images"]["url"].str.startswith("https://img.lakeside-gazette").all()
    app.text_input(key="search").input("no such headline").run()
    no_errors(app)
    assert any("no article title contains" in i.value for i in app.info)
    assert "articles" not in tables(app)


def test_an_article_without_images_says_so(loaded: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = render(loaded, monkeypatch)
    app.text_input(key="search").input("grain barges").run()
    no_errors(app)
    assert any("this article has no images" in i.value for i in app.info)


def test_every_panel_renders_on_an_empty_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    snapshot = snapshot_path(migrated(tmp_path / "empty.duckdb"))
    app = render(snapshot, monkeypatch)
    no_errors(app)
    assert [s.value for s in app.subheader] == PANELS
    messages = [i.value for i in app.info]
    assert len(messages) == 9 and all(m.startswith("No data yet") for m in messages)
    assert {m.value for m in app.metric} == {"0"}


def test_missing_snapshot_is_one_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = render(tmp_path / "nowhere.duckdb", monkeypatch)
    assert [e.value for e in app.exception] == []
    assert len(app.error) == 1 and "No published snapshot" in app.error[0].value
    assert [s.value for s in app.subheader] == []


def test_snapshot_without_views_is_one_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import duckdb

    bare = tmp_path / "bare.duckdb"
    duckdb.connect(str(bare)).close()
    app = render(bare, monkeypatch)
    assert len(app.error) == 1 and "no analytics views" in app.error[0].value


# -- the `wirecopy dashboard` command -----------------------------------------------------------


def run(*args: str) -> tuple[int, str, str]:
    app = typer.Typer(pretty_exceptions_enable=False)
    analytics.register(app)
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _listening(port: int) -> set[str]:
    """Local addresses with a TCP listener on port (from /proc/net/tcp and tcp6)."""
    found: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table, encoding="ascii") as f:
            for line in f.readlines()[1:]:
                local, state = line.split()[1], line.split()[3]
                address, hex_port = local.rsplit(":", 1)
                if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                    found.add(address)
    return found


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_dashboard_serves_on_localhost_only_and_stops_with_its_parent(loaded: Path) -> None:
    live = loaded.with_name(loaded.name.replace(".published", ""))
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "WIRECOPY_"))}
    command = Path(sys.executable).parent / "wirecopy"
    parent = subprocess.Popen(
        [command, "dashboard", "--db", str(live), "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health") as r:
                    assert r.status == 200
                    break
            except OSError:
                assert parent.poll() is None, parent.communicate()[0]
                assert time.monotonic() < deadline, "the dashboard did not start"
                time.sleep(0.5)
        assert _listening(port) == {"0100007F"}  # 127.0.0.1, and no other interface
        (streamlit,) = _children(parent.pid)
        parent.send_signal(signal.SIGTERM)  # as a service manager stops it
        assert parent.wait(timeout=30) is not None
        deadline = time.monotonic() + 15
        while Path(f"/proc/{streamlit}").exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not Path(f"/proc/{streamlit}").exists(), "Streamlit outlived its parent"
    finally:
        if parent.poll() is None:
            parent.kill()
        output = parent.communicate()[0]
    assert "Traceback" not in output


def test_dashboard_command_line_hides_the_toolbar_and_sends_nothing_out(loaded: Path) -> None:
    cmd = analytics.dashboard_command(loaded, "127.0.0.1", 8765)
    options = dict(zip(cmd[5:-2:2], cmd[6:-2:2], strict=True))
    assert cmd[1:5] == ["-m", "streamlit", "run", str(APP)] and Path(cmd[-1]) == loaded
    assert options["--server.address"] == "127.0.0.1" and options["--server.port"] == "8765"
    assert options["--client.toolbarMode"] == "viewer"
    assert options["--browser.gatherUsageStats"] == "false"


def test_dashboard_command_without_snapshot_is_one_line(tmp_path: Path) -> None:
    code, stdout, stderr = run("dashboard", "--db", str(tmp_path / "fresh.duckdb"))
    assert code == 2 and stdout == "" and len(stderr.strip().splitlines()) == 1
    assert "no published snapshot" in stderr


def test_dashboard_command_without_streamlit_says_how_to_install(
    loaded: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = analytics.importlib.util.find_spec
    monkeypatch.setattr(
        analytics.importlib.util,
        "find_spec",
        lambda name, *a: None if name == "streamlit" else real(name, *a),
    )
    code, _, stderr = run("dashboard", "--db", str(loaded))
    assert code == 2 and len(stderr.strip().splitlines()) == 1
    assert "pip install -e '.[dashboard]'" in stderr
