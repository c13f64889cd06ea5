"""The ingest flow as a real Prefect flow run (temporary server); the CLI as a user runs it."""

from __future__ import annotations

import http.server
import json
import re
import shutil
import threading
import time
from pathlib import Path
from typing import ClassVar

import duckdb
import pytest

from tests.conftest import SAMPLES, run_cli


@pytest.mark.usefixtures("prefect_server")
def test_ingest_flow_runs_under_prefect(tmp_path: Path, db_path: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        ArtifactFilter,
        ArtifactFilterFlowRunId,
        FlowRunFilter,
        FlowRunFilterId,
        LogFilter,
        LogFilterFlowRunId,
    )

    from wirecopy.flows.prefect_flows import ingest_flow

    src = tmp_path / "in"
    shutil.copytree(SAMPLES, src)
    state = ingest_flow(sources=[str(src)], db=str(db_path), batch_size=2, return_state=True)
    assert state.is_completed()
    summary = state.result()
    n = len([p for p in src.rglob("*") if p.is_file()])
    assert summary["mode"] == "prefect"
    assert summary["counts"] == {"seen": n, "new": n, "updated": 0, "unchanged": 0, "rejected": 0}
    # A task run per stage per batch of 2 documents (parse and clean in a worker), then publish
    # and report once; each batch's runs are named after it.
    batches = -(-n // 2)
    expected_tasks = 4 * batches + 2
    deadline = time.monotonic() + 30
    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[summary["run_id"]]))
        )
        # Task runs reach the server as events, a moment after they finish.
        while True:
            mine = [t for t in client.read_task_runs() if t.flow_run_id == runs[0].id]
            if len(mine) >= expected_tasks or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[runs[0].id]))
        )
        # The flow-run logs tell the story: one progress line per loaded batch (shipped in the
        # background by Prefect's log handler, so wait for them).
        log_filter = LogFilter(flow_run_id=LogFilterFlowRunId(any_=[runs[0].id]))
        while True:
            messages = [log.message for log in client.read_logs(log_filter=log_filter)]
            batch_lines = [m for m in messages if re.search(r" batch \d+: ", m)]
            if len(batch_lines) >= batches or time.monotonic() > deadline:
                break
            time.sleep(0.5)
    assert [re.search(r" batch (\d+): ", m)[1] for m in batch_lines] == [  # type: ignore[index]
        str(b) for b in range(1, batches + 1)
    ]
    assert f"{n}/{n}" in batch_lines[-1].replace(",", ""), batch_lines[-1]
    by_key = {a.key: a for a in artifacts}
    assert set(by_key) == {"wirecopy-run-counts", "wirecopy-data-checks", "wirecopy-run-report"}
    assert by_key["wirecopy-run-counts"].type == "table"
    assert "No rejects." in str(by_key["wirecopy-run-report"].data)
    # The data checks: a table of every check's outcome, and a section of the report.
    checks = by_key["wirecopy-data-checks"]
    assert checks.type == "table" and "articles_key_unique" in str(checks.data)
    assert "## Data checks" in str(by_key["wirecopy-run-report"].data)
    assert len(runs) == 1 and runs[0].state is not None and runs[0].state.is_completed()
    names = {t.name for t in mine}
    stages = ("fetch", "parse", "clean", "load")
    assert {f"{s} · batch {b}" for s in stages for b in range(1, batches + 1)} <= names
    assert sorted({t.name.split("-")[0] for t in mine if "·" not in t.name}) == [
        "publish",
        "report",
    ]
    assert len(mine) == expected_tasks
    # clean waits for its batch's parse: Prefect records the dependency.
    by_id = {t.id: t.name for t in mine}
    clean_1 = next(t for t in mine if t.name == "clean · batch 1")
    upstream = {by_id.get(i.id) for inputs in clean_1.task_inputs.values() for i in inputs}
    assert "parse · batch 1" in upstream
    con = duckdb.connect(str(db_path), read_only=True)
    assert con.execute("SELECT run_id, status FROM runs").fetchall() == [
        (summary["run_id"], "completed")
    ]
    assert con.execute(
        "SELECT count(*) FROM articles WHERE run_id = ?", [summary["run_id"]]
    ).fetchone() == (n,)
    con.close()


@pytest.mark.usefixtures("prefect_server")
def test_ingest_flow_fails_on_systemic_error(tmp_path: Path, db_path: Path) -> None:
    from wirecopy.flows.prefect_flows import ingest_flow
    from wirecopy.tasks.runs import NoInputError

    state = ingest_flow(
        sources=[str(tmp_path / "nothing-here-*.txt")], db=str(db_path), return_state=True
    )
    assert state.is_failed()
    # A user error fails the run with its one-line message (no traceback logged).
    assert state.message == f"no input matched: {tmp_path / 'nothing-here-*.txt'}"
    with pytest.raises(NoInputError):
        state.result()


def test_cli_ingest_prints_summary_and_is_idempotent(tmp_path: Path) -> None:
    src = tmp_path / "in"
    shutil.copytree(SAMPLES, src)
    db = tmp_path / "w.duckdb"
    first = run_cli("ingest", str(src), "--db", str(db))
    assert first.returncode == 0, first.stderr
    n = len([p for p in src.rglob("*") if p.is_file()])
    assert f"seen {n} · new {n} · updated 0 · unchanged 0 · rejected 0" in first.stdout
    assert "(local)" in first.stdout
    second = run_cli("ingest", str(src), "--db", str(db))
    assert f"seen {n} · new 0 · updated 0 · unchanged {n} · rejected 0" in second.stdout


def test_cli_uses_wirecopy_db_env_and_default_path(tmp_path: Path) -> None:
    src = tmp_path / "one.txt"
    src.write_text("A headline line\n\nA first paragraph of text.\n")
    env_db = tmp_path / "env.duckdb"
    result = run_cli("ingest", str(src), env={"WIRECOPY_DB": str(env_db)})
    assert result.returncode == 0, result.stderr
    assert env_db.exists()
    default = run_cli("ingest", str(src), cwd=tmp_path)
    assert default.returncode == 0, default.stderr
    assert (tmp_path / "data" / "wirecopy.duckdb").exists()


def test_cli_rejects_exit_zero_with_hint(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "ok.txt").write_text("A headline line\n\nA first paragraph of text.\n")
    db = str(tmp_path / "w.duckdb")
    result = run_cli("ingest", str(inputs), "--db", db, "--max-reject-ratio", "0.5")
    assert result.returncode == 0, result.stderr
    assert "rejected 1" in result.stdout and "FROM rejects" in result.stdout
    assert "1 × parse: empty file" in result.stdout
    rows = run_cli("sql", "SELECT reason FROM rejects", "--db", db, "--csv")
    assert rows.stdout.splitlines() == ["reason", "empty file"]
    gated = run_cli("ingest", str(inputs), "--db", str(tmp_path / "fresh.duckdb"))
    assert gated.returncode == 1
    assert "reject ratio 0.50 is above the maximum 0.20" in gated.stderr
    assert "Traceback" not in gated.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ingest", "/no/such/dir/*.txt"], "no input matched"),
        (["ingest", "SAMPLES", "--db", "/proc/wirecopy/x.duckdb"], "not writable"),
        (["sql", "SELECT 1", "--db", "/no/such.duckdb"], "does not exist"),
        (["sql", "SELEC nonsense"], "Parser Error"),
    ],
)
def test_cli_systemic_failures_are_one_line_without_traceback(
    tmp_path: Path, args: list[str], message: str
) -> None:
    db = tmp_path / "w.duckdb"
    run_cli("ingest", str(SAMPLES), "--db", str(db))
    args = [str(SAMPLES) if a == "SAMPLES" else a for a in args]
    if "--db" not in args:
        args += ["--db", str(db)]
    result = run_cli(*args)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_backfill_runs_one_run_per_date_and_loads_nothing_twice(tmp_path: Path) -> None:
    days = ["2026-11-18", "2026-11-19", "2026-11-20"]
    for i, day in enumerate(days):
        folder = tmp_path / "wire" / day
        folder.mkdir(parents=True)
        (folder / "story.txt").write_text(
            f"Headline for day {i}\n\nBody of the story of day {i}.\n"
        )
    db = str(tmp_path / "w.duckdb")
    template = str(tmp_path / "wire" / "{date:%Y-%m-%d}")
    args = ["backfill", template, "--start", days[0], "--end", days[-1], "--db", db]
    first = run_cli(*args)
    assert first.returncode == 0, first.stderr
    assert first.stdout.count("seen 1 · new 1 · updated 0 · unchanged 0 · rejected 0") == 3
    again = run_cli(*args)
    assert again.stdout.count("seen 1 · new 0 · updated 0 · unchanged 1 · rejected 0") == 3
    con = duckdb.connect(db, read_only=True)
    runs = con.execute(
        "SELECT logical_date::VARCHAR, status FROM runs ORDER BY started_at"
    ).fetchall()
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (3,)
    con.close()
    assert runs == [(d, "completed") for d in days] * 2


def test_cli_backfill_warns_about_a_missing_day_and_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "wire" / "2026-11-19"
    folder.mkdir(parents=True)
    (folder / "story.txt").write_text("Headline\n\nBody of the only story.\n")
    template = str(tmp_path / "wire" / "{date:%Y-%m-%d}")
    db = str(tmp_path / "w.duckdb")
    args = ["backfill", template, "--start", "2026-11-18", "--end", "2026-11-19", "--db", db]
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    missing = tmp_path / "wire" / "2026-11-18"
    assert f"warning: no input for 2026-11-18: {missing}" in result.stderr
    assert "seen 1 · new 1" in result.stdout
    con = duckdb.connect(db, read_only=True)
    runs = con.execute("SELECT status, n_seen, warnings FROM runs ORDER BY logical_date").fetchall()
    con.close()
    assert runs == [
        ("completed", 0, [f"no input for 2026-11-18: {missing}"]),
        ("completed", 1, []),
    ]
    strict = run_cli(*args, "--require-input", "--db", str(tmp_path / "strict.duckdb"))
    assert strict.returncode == 1
    assert "1 of 2 backfill run(s) failed: 2026-11-18" in strict.stderr
    assert "Traceback" not in strict.stderr


@pytest.mark.usefixtures("prefect_server")
def test_quality_gate_fails_the_flow_run_and_reports_reject_reasons(
    tmp_path: Path, db_path: Path
) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    from wirecopy.flows.prefect_flows import ingest_flow

    (tmp_path / "ok.txt").write_text("A headline line\n\nA first paragraph of text.\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bad.md").write_text("---\ntitle: [unclosed\n---\n\nBody.\n")
    state = ingest_flow(sources=[str(tmp_path)], db=str(db_path), return_state=True)
    assert state.is_failed()
    assert "reject ratio 0.67" in (state.message or "")
    flow_run_id = state.state_details.flow_run_id
    deadline = time.monotonic() + 30
    with get_client(sync_client=True) as client:
        while True:
            artifacts = client.read_artifacts(
                artifact_filter=ArtifactFilter(
                    flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id])
                )
            )
            if len(artifacts) >= 2 or time.monotonic() > deadline:
                break
            time.sleep(0.5)
    report = next(a for a in artifacts if a.key == "wirecopy-run-report")
    text = str(report.data)
    assert "| parse | empty file | 1 |" in text and "empty.txt" in text
    assert "| parse | invalid YAML front matter | 1 |" in text and "bad.md" in text
    con = duckdb.connect(str(db_path), read_only=True)
    assert con.execute("SELECT status FROM runs").fetchall() == [("failed",)]
    con.close()


def test_cli_progress_lines_per_batch_without_a_terminal(tmp_path: Path) -> None:
    src = tmp_path / "in"
    shutil.copytree(SAMPLES, src)
    n = len([p for p in src.rglob("*") if p.is_file()])
    db = str(tmp_path / "w.duckdb")
    verbose = run_cli("ingest", str(src), "--db", db, "--batch-size", "2", "-v")
    assert verbose.returncode == 0, verbose.stderr
    lines = [ln for ln in verbose.stderr.splitlines() if ln.startswith("ingest batch")]
    batches = -(-n // 2)
    assert [ln.split(":")[0] for ln in lines] == [
        f"ingest batch {i}" for i in range(1, batches + 1)
    ]
    assert f"{n}/{n} inputs (100%)" in lines[-1] and "inputs/s" in lines[0]
    assert "ETA" in lines[0]  # the rate and what is left, from the first batch
    quiet = run_cli("ingest", str(src), "--db", db, "--batch-size", "2", "--quiet")
    assert quiet.returncode == 0 and quiet.stderr == ""
    assert f"unchanged {n}" in quiet.stdout


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Records the bodies POSTed to it (a stand-in for a chat or incident webhook)."""

    received: ClassVar[list[bytes]] = []

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        type(self).received.append(self.rfile.read(length))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        return None


@pytest.mark.usefixtures("prefect_server")
def test_a_failed_run_alerts_through_a_notification_block(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prefect.blocks.notifications import CustomWebhookNotificationBlock
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    from wirecopy.flows.prefect_flows import ingest_flow

    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        CustomWebhookNotificationBlock(
            name="wirecopy",
            url=f"http://127.0.0.1:{server.server_port}/alerts",
            json_data={"text": "{{subject}}: {{body}}"},
        ).save("wirecopy-alerts", overwrite=True)
        monkeypatch.setenv("WIRECOPY_ALERT_BLOCK", "custom-webhook/wirecopy-alerts")
        missing = tmp_path / "nothing-here-*.txt"
        state = ingest_flow(sources=[str(missing)], db=str(db_path), return_state=True)
    finally:
        server.shutdown()
        server.server_close()
    assert state.is_failed()
    (alert,) = _Recorder.received
    text = json.loads(alert)["text"]
    assert "wirecopy-ingest" in text and f"no input matched: {missing}" in text
    con = duckdb.connect(str(db_path), read_only=True)
    (error,) = con.execute("SELECT error FROM runs").fetchone() or (None,)
    con.close()
    assert error is not None and "no input matched" in error
    with get_client(sync_client=True) as client:
        run_id = state.state_details.flow_run_id
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run_id]))
        )
    report = next(a for a in artifacts if a.key == "wirecopy-run-report")
    assert "no input matched" in str(report.data)
