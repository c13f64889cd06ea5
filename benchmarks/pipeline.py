"""End-to-end pipeline benchmark: `wirecopy ingest` over a synthetic (or real) corpus.

Measures, in one run on one machine (see benchmarks/README.md for what each figure means):

  1. the corpus: N generated documents (benchmarks/corpus.py) or a copy of --input DIR;
  2. first run, fresh DB, as a subprocess: docs/s, wall time, peak RSS of the child, and
     per-stage seconds from `runs.stage_seconds`;
  3. the no-change night: the same run again (floor: wall ≤ 10 % of the first run);
  4. 10 % of the files modified: updated count and time;
  5. HTML only: `trafilatura.extract` and bare `lxml.html.fromstring` loops vs `wirecopy ingest`
     of just the HTML pages (floor: wirecopy ≥ 1.0 × trafilatura docs/s);
  6. load: `load_batch` rows/s vs a bare DuckDB appender of the same rows (floor: ≤ 2×);
  7. start-up: `wirecopy ingest` of 3 small files, median of 3 (floor: ≤ 3 s);
  8. optional Prefect mode against a server this script starts (floor: overhead ≤ 10 %).

    python benchmarks/pipeline.py --n 1000
    python benchmarks/pipeline.py --n 10000 --orchestration prefect --json /tmp/p.json
    python benchmarks/pipeline.py --input ~/wire --work /tmp/bench
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import os
import platform
import pstats
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import duckdb
import lxml.html
import trafilatura

from benchmarks import corpus
from wirecopy.schemas.records import Article, Reject, SourceRef
from wirecopy.tasks.clean import clean_batch
from wirecopy.tasks.cleaning.rules import RULES_VERSION
from wirecopy.tasks.fetch import discover, read_batch
from wirecopy.tasks.load import MAX_FRAGMENT_CHARS, LoadBatch, load_batch, plan_load
from wirecopy.tasks.parse import ParseError, decode_text, detect_format, parse_batch
from wirecopy.tasks.raw_store import RawStore
from wirecopy.tasks.store import Store
from wirecopy.tasks.stories.sketch import Sketches

ROOT = Path(__file__).resolve().parents[1]
# Floors: what the pipeline must reach on the reference machine (2 shared cores).
NO_CHANGE_MAX_RATIO = 0.10  # no-change night wall / first-run wall
HTML_VS_TRAFILATURA_MIN = 1.0  # wirecopy HTML docs/s / trafilatura.extract docs/s
LOAD_VS_BARE_MAX = 2.0  # load_batch seconds / bare appender seconds, same rows
STARTUP_MAX_SECONDS = 3.0  # median wall of `wirecopy ingest` on 3 small files
PREFECT_OVERHEAD_MAX = 0.10  # (prefect wall - local wall) / prefect wall
MODIFY_FRACTION = 0.10
# The first Prefect server start with a fresh PREFECT_HOME migrates its database (~20-60 s here).
PREFECT_START_TIMEOUT = 240.0
CORE_STAGES = ("fetch", "parse", "clean", "load")
SAMPLE_FILES = (
    "samples/wire/2026-11-20/council-budget.md",
    "samples/wire/2026-11-21/rail-strike.txt",
    "samples/pages/solar-farm.html",
)


# -- figures ----------------------------------------------------------------------------------


@dataclass(slots=True)
class Figure:
    """One reported number, with its floor (if any) and whether it passed."""

    name: str
    value: float | int | str
    unit: str = ""
    floor: str = ""
    passed: bool | None = None


@dataclass(slots=True)
class Report:
    """Everything the benchmark measured: figures for the table, details for the JSON."""

    figures: list[Figure] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    def add(
        self,
        name: str,
        value: float | int | str,
        unit: str = "",
        floor: str = "",
        passed: bool | None = None,
    ) -> None:
        """Record one figure (and echo it, so a long run shows progress)."""
        self.figures.append(Figure(name, value, unit, floor, passed))
        print(f"  {name}: {_fmt(value)} {unit}".rstrip(), flush=True)


def _fmt(value: float | int | str) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"
    return f"{value:,}" if isinstance(value, int) else value


def print_table(figures: Sequence[Figure]) -> None:
    """The figures as a fixed-width table: figure, value, floor, PASS/FAIL."""
    rows = [
        (
            f.name,
            f"{_fmt(f.value)} {f.unit}".strip(),
            f.floor,
            "" if f.passed is None else ("PASS" if f.passed else "FAIL"),
        )
        for f in figures
    ]
    header = ("figure", "value", "floor", "result")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    line = "  ".join("-" * w for w in widths)
    print("\n" + "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print(line)
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))


# -- child processes --------------------------------------------------------------------------


@dataclass(slots=True)
class ChildRun:
    """One `wirecopy` subprocess: how long it took, its peak RSS and what the DB recorded."""

    argv: list[str]
    wall_s: float
    max_rss_mb: float
    returncode: int
    stdout: str
    stderr: str
    loadavg_before: tuple[float, float, float]
    run: dict[str, Any] = field(default_factory=dict)


def _wirecopy() -> str:
    exe = Path(sys.executable).parent / "wirecopy"
    found = str(exe) if exe.exists() else shutil.which("wirecopy")
    if not found:
        raise SystemExit("wirecopy console script not found next to python or on PATH")
    return found


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The user's environment without PREFECT_*/WIRECOPY_* (mode is chosen explicitly)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "WIRECOPY_"))}
    env.update(extra or {})
    return env


def run_child(argv: list[str], env: dict[str, str], cwd: Path) -> ChildRun:
    """Run a command to completion; wall time and this child's own peak RSS (wait4)."""
    load = os.getloadavg()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env=env, cwd=cwd)
        # wait4 gives this child's rusage alone; RUSAGE_CHILDREN would be the max over all runs.
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return ChildRun(
            argv=argv,
            wall_s=wall,
            max_rss_mb=usage.ru_maxrss / 1024,  # kilobytes on Linux
            returncode=proc.returncode,
            stdout=out.read().decode(errors="replace"),
            stderr=err.read().decode(errors="replace")[-4000:],
            loadavg_before=load,
        )


def ingest_child(
    sources: Path, db: Path, work: Path, mode: str = "local", env: dict[str, str] | None = None
) -> ChildRun:
    """`wirecopy ingest SOURCES --db DB --orchestration MODE`, then read its runs row."""
    argv = [_wirecopy(), "ingest", str(sources), "--db", str(db), "--orchestration", mode]
    result = run_child(argv, env or child_env(), work)
    if result.returncode not in (0, 1):  # 1 = quality gate; the loads still completed
        print(result.stdout, result.stderr, sep="\n", file=sys.stderr)
        raise SystemExit(f"wirecopy ingest failed with exit code {result.returncode}")
    result.run = read_last_run(db)
    # A quality-gate failure (exit 1) still loaded everything; anything else is not a timing.
    gate = result.returncode == 1 and "quality gate" in result.stderr
    if result.run["status"] != "completed" and not gate:
        print(result.stdout, result.stderr, sep="\n", file=sys.stderr)
        raise SystemExit(f"wirecopy ingest run {result.run['status']}: {' '.join(argv)}")
    return result


def read_last_run(db: Path) -> dict[str, Any]:
    """The most recent `runs` row (counts, stage seconds) and the table sizes."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute(
            "SELECT run_id, status, n_seen, n_new, n_updated, n_unchanged, n_rejected, "
            "stage_seconds FROM runs ORDER BY started_at DESC LIMIT 1"
        ).fetchone()
        assert row is not None, f"no run recorded in {db}"
        keys = ("run_id", "status", "seen", "new", "updated", "unchanged", "rejected")
        run: dict[str, Any] = dict(zip(keys, row[:7], strict=True))
        run["stage_seconds"] = json.loads(row[7] or "{}")
        run["rows"] = {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[index]
            for t in ("articles", "images", "captions", "removed_fragments")
        }
    finally:
        con.close()
    # The database, its WAL, the published snapshot and anything the store keeps beside it.
    beside = [p for e in db.parent.glob(f"{db.stem}*") for p in (e, *e.rglob("*"))]
    run["db_mb"] = sum(p.stat().st_size for p in beside if p.is_file()) / 1e6
    return run


# -- corpus -----------------------------------------------------------------------------------


def prepare_corpus(work: Path, n: int, seed: int, source: Path | None) -> tuple[Path, list[Path]]:
    """Generate (or copy --input into) work/corpus; return it and its HTML pages."""
    target = work / "corpus"
    if target.exists():
        shutil.rmtree(target)
    if source is not None:
        # A copy: step 4 modifies files, and the user's own files must never be touched.
        shutil.copytree(source, target)
        return target, [p for p in sorted(target.rglob("*")) if _is_html(p)]
    written = corpus.generate(target, n, seed)
    return target, [g.path for g in written if g.shape == "html"]


def _is_html(path: Path) -> bool:
    if not path.is_file() or path.name.startswith("."):
        return False
    try:
        return detect_format(decode_text(path.read_bytes())) == "html"
    except (ParseError, OSError):
        return False


def copy_subset(files: Sequence[Path], root: Path, target: Path) -> Path:
    """Copy files into target, keeping their paths relative to root (day folders stay)."""
    if target.exists():
        shutil.rmtree(target)
    for path in files:
        dest = target / path.relative_to(root)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, dest)
    return target


def _corpus_files(root: Path) -> list[Path]:
    return [p for p in sorted(root.rglob("*")) if p.is_file() and not p.name.startswith(".")]


# -- steps ------------------------------------------------------------------------------------


def stage_figures(report: Report, prefix: str, child: ChildRun, docs: int) -> None:
    """Per-stage seconds and docs/s (rows/s for load) from the run's stage_seconds."""
    seconds: dict[str, float] = child.run["stage_seconds"]
    rows = sum(child.run["rows"].values())
    for stage, secs in seconds.items():
        if stage == "load":
            rate, unit = rows / secs if secs else 0.0, "rows/s"
        elif stage in CORE_STAGES:
            rate, unit = docs / secs if secs else 0.0, "docs/s"
        else:
            report.add(f"{prefix} {stage} stage", secs, "s")
            continue
        report.add(f"{prefix} {stage} stage", rate, f"{unit} ({secs:.2f} s)")
    total = sum(seconds.values())
    if total <= child.wall_s:
        other = child.wall_s - total
        report.add(f"{prefix} outside stages (start-up, discovery, bookkeeping)", other, "s")
    else:
        # Pipelined runs (worker processes) time stages concurrently: the sum exceeds the wall.
        report.add(f"{prefix} stage seconds overlap (pipelined): sum", total, "s")


def step_first_run(
    report: Report, corpus_dir: Path, n_docs: int, work: Path, generated: bool
) -> ChildRun:
    """Step 2: the whole pipeline over the corpus into a fresh database."""
    print("\n[2] first run (fresh database)", flush=True)
    first = ingest_child(corpus_dir, work / "db" / "first.duckdb", work)
    run = first.run
    report.add("first run wall", first.wall_s, "s")
    report.add("first run docs/s (end to end)", n_docs / first.wall_s, "docs/s")
    report.add("first run peak RSS (child)", first.max_rss_mb, "MB")
    if generated:  # every generated document must become an article
        report.add("first run new", run["new"], "docs", f"= {n_docs}", run["new"] == n_docs)
        report.add("first run rejected", run["rejected"], "docs", "= 0", run["rejected"] == 0)
    else:
        report.add("first run new", run["new"], "docs")
        report.add("first run rejected", run["rejected"], "docs")
    report.add("database + snapshot + raw store size", run["db_mb"], "MB")
    stage_figures(report, "first run", first, n_docs)
    report.details["first_run"] = asdict(first)
    return first


def step_no_change(report: Report, corpus_dir: Path, first: ChildRun, work: Path) -> None:
    """Step 3: the same inputs again; everything must be skipped as unchanged."""
    print("\n[3] no-change night (same inputs, same database)", flush=True)
    again = ingest_child(corpus_dir, work / "db" / "first.duckdb", work)
    ratio = again.wall_s / first.wall_s
    report.add("no-change run wall", again.wall_s, "s")
    report.add(
        "no-change wall / first wall",
        ratio,
        "",
        f"≤ {NO_CHANGE_MAX_RATIO:.2f}",
        ratio <= NO_CHANGE_MAX_RATIO,
    )
    report.add("no-change unchanged", again.run["unchanged"], "docs")
    for stage, secs in again.run["stage_seconds"].items():
        report.add(f"no-change {stage} stage", secs, "s")
    report.details["no_change_run"] = asdict(again)


def step_modified(report: Report, corpus_dir: Path, first: ChildRun, work: Path, seed: int) -> None:
    """Step 4: append a paragraph to 10 % of the files and run again."""
    print(f"\n[4] {MODIFY_FRACTION:.0%} of the files modified", flush=True)
    changed = corpus.modify(corpus_dir, MODIFY_FRACTION, seed)
    again = ingest_child(corpus_dir, work / "db" / "first.duckdb", work)
    run = again.run
    # Agency copy without a code or URL is keyed by a hash of its text, so an edited story
    # arrives as a new article (and the old one is dropped): new + updated is what changed.
    changed_docs = run["new"] + run["updated"]
    report.add("modified files", len(changed), "files")
    report.add(
        "modified run new + updated", changed_docs, "docs", f"= {len(changed)}",
        changed_docs == len(changed),
    )  # fmt: skip
    report.add("modified run updated (same article id)", run["updated"], "docs")
    report.add("modified run new (article id changed)", run["new"], "docs")
    articles = run["rows"]["articles"]
    report.add(
        "articles after modified run", articles, "rows", f"= {first.run['rows']['articles']}",
        articles == first.run["rows"]["articles"],
    )  # fmt: skip
    report.add("modified run wall", again.wall_s, "s")
    report.add("modified run wall / first wall", again.wall_s / first.wall_s)
    report.details["modified_run"] = asdict(again)


def _timed_loop(pages: Sequence[str], fn: Any) -> float:
    start = time.perf_counter()
    for page in pages:
        fn(page)
    return time.perf_counter() - start


def _lxml_parse(page: str) -> Any:
    try:
        return lxml.html.fromstring(page)
    except ValueError:  # str with an XML encoding declaration: lxml wants bytes
        return lxml.html.fromstring(page.encode())


def _trafilatura_fast(page: str) -> str | None:
    return trafilatura.extract(page, fast=True, deduplicate=False, include_comments=False)


def step_html(report: Report, html_dir: Path, pages: Sequence[Path], work: Path) -> None:
    """Step 5: wirecopy on the HTML pages alone vs trafilatura.extract and bare lxml loops."""
    print(f"\n[5] HTML only ({len(pages)} pages)", flush=True)
    if not pages:
        report.add("HTML pages", 0, "pages", "", None)
        return
    texts = [p.read_bytes().decode("utf-8", errors="replace") for p in pages]
    report.add("HTML pages", len(texts), f"pages, {sum(map(len, texts)) / 1e6:.1f} MB")
    lxml_s = _timed_loop(texts, _lxml_parse)
    report.add("lxml.html.fromstring loop", len(texts) / lxml_s, "docs/s")
    traf_s = _timed_loop(texts, trafilatura.extract)
    traf_rate = len(texts) / traf_s
    report.add("trafilatura.extract loop", traf_rate, "docs/s")
    # What wirecopy calls inside its parse stage (on its pruned tree): a reference, no floor.
    fast_s = _timed_loop(texts, _trafilatura_fast)
    report.add("trafilatura.extract(fast=True) loop", len(texts) / fast_s, "docs/s")
    child = ingest_child(html_dir, work / "db" / "html.duckdb", work)
    rate = len(texts) / child.wall_s
    report.add("wirecopy ingest HTML only (end to end)", rate, f"docs/s ({child.wall_s:.1f} s)")
    secs = child.run["stage_seconds"]
    extract_s = secs.get("parse", 0.0) + secs.get("clean", 0.0)
    report.add("wirecopy HTML parse+clean stages", len(texts) / extract_s, "docs/s")
    report.add(
        "wirecopy HTML / trafilatura",
        rate / traf_rate,
        "",
        f"≥ {HTML_VS_TRAFILATURA_MIN:.1f}",
        rate / traf_rate >= HTML_VS_TRAFILATURA_MIN,
    )
    report.add("wirecopy HTML / lxml parse (ceiling reference)", rate * lxml_s / len(texts))
    report.details["html_run"] = asdict(child)


def pure_batches(
    corpus_dir: Path, batch_size: int, raw: RawStore | None = None
) -> tuple[list[LoadBatch], dict[str, float]]:
    """Run fetch/parse/clean in-process on the corpus, batch by batch, as the flow does.

    As in the flow, the fetch stage lands the raw bytes in the raw store (background threads);
    the load waits for those writes before it commits.
    """
    seconds = dict.fromkeys(("fetch", "parse", "clean", "sketch"), 0.0)
    refs = [r for r in discover([str(corpus_dir)]) if isinstance(r, SourceRef)]
    batches: list[LoadBatch] = []
    for i in range(0, len(refs), batch_size):
        t0 = time.perf_counter()
        read = read_batch(refs[i : i + batch_size], {}, raw=raw)
        t1 = time.perf_counter()
        parsed = parse_batch(read.documents)
        t2 = time.perf_counter()
        cleaned = clean_batch(parsed.items)
        t3 = time.perf_counter()
        # The story sketches, made where the workers make them (after clean), not by the load.
        sketches = Sketches.of({a.text_sha256 or a.article_id: a.body_text for a in cleaned.items})
        t4 = time.perf_counter()
        seconds["fetch"] += t1 - t0
        seconds["parse"] += t2 - t1
        seconds["clean"] += t3 - t2
        seconds["sketch"] += t4 - t3
        rejects: list[Reject] = read.rejects + parsed.rejects + cleaned.rejects
        batches.append(plan_load(read, cleaned.items, rejects, sketches=sketches))
    return batches, seconds


def _column_values(a: Article, run_id: str, now: datetime) -> dict[str, list[dict[str, Any]]]:
    """One article's rows by table, as column -> value (load._Writer.stage's values, by name)."""
    article = {
        "article_id": a.article_id,
        "source_uri": a.source_uri,
        "origin_url": a.origin_url,
        "publisher": a.publisher,
        "wire": a.wire,
        "title": a.title,
        "description": a.description,
        "category": a.category,
        "language": a.language,
        "published_at": a.published_at,
        "body_text": a.body_text,
        "word_count": a.word_count,
        "content_sha256": a.content_sha256,
        "metadata": json.dumps(a.metadata, default=str),
        "first_seen_at": now,
        "updated_at": now,
        "run_id": run_id,
        "authors": list(a.authors),
        "modified_at": a.modified_at,
        "rules_version": RULES_VERSION,
    }
    key = {"article_id": a.article_id}
    return {
        "articles": [article],
        "images": [
            {**key, "position": i, "url": im.url, "alt_text": im.alt_text, "role": im.role}
            for i, im in enumerate(a.images)
        ],
        "captions": [
            {
                **key,
                "position": i,
                "caption_text": c.caption_text,
                "credit": c.credit,
                "image_url": c.image_url,
                "credits": list(c.credits),
            }
            for i, c in enumerate(a.captions)
        ],
        "removed_fragments": [
            {
                **key,
                "position": i,
                "kind": r.kind,
                "text": r.text[:MAX_FRAGMENT_CHARS],
                "rule": r.rule,
            }
            for i, r in enumerate(a.removed)
        ],
    }


def bare_tuples(
    con: duckdb.DuckDBPyConnection, articles: Sequence[Article], run_id: str
) -> dict[str, list[tuple[Any, ...]]]:
    """The rows load._Writer.stage appends (articles + child rows), in each table's column order.

    Columns are looked up by name, so a column added to the contract gets NULL here instead of
    breaking the benchmark.
    """
    now = datetime.now(UTC)
    tables = ("articles", "images", "captions", "removed_fragments")
    columns = {
        t: [d[0] for d in con.execute(f"SELECT * FROM {t} LIMIT 0").description or []]
        for t in tables
    }
    rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in tables}
    for a in articles:
        for table, dicts in _column_values(a, run_id, now).items():
            rows[table].extend(tuple(d.get(c) for c in columns[table]) for d in dicts)
    return rows


def step_load(report: Report, corpus_dir: Path, work: Path, batch_size: int) -> None:
    """Step 6: load_batch vs a bare appender of the same rows, both into fresh files."""
    print("\n[6] load stage vs bare DuckDB appender", flush=True)
    batches, pure = pure_batches(
        corpus_dir, batch_size, RawStore.beside(work / "db" / "load.duckdb")
    )
    docs = sum(len(b.articles) for b in batches)
    for stage, secs in pure.items():
        report.add(f"in-process {stage} (no subprocess)", docs / secs, f"docs/s ({secs:.1f} s)")
    run_id = "bench-load"
    store = Store.open(work / "db" / "load.duckdb")
    start = time.perf_counter()
    for batch in batches:
        load_batch(store, run_id, batch)
    extra = store.seconds.get("stories", 0.0) + store.seconds.get("line_counts", 0.0)
    store.close()  # both sides timed until their rows are checkpointed into the file
    load_s = time.perf_counter() - start

    articles = [a for b in batches for a in b.articles]
    bare_db = work / "db" / "bare.duckdb"
    Store.open(bare_db).close()  # the same column types, from the real migrations
    con = duckdb.connect(str(bare_db))
    tables = bare_tuples(con, articles, run_id)
    rows = sum(map(len, tables.values()))
    for table in tables:
        con.execute(f"CREATE TABLE bare_{table} AS SELECT * FROM {table} LIMIT 0")
    start = time.perf_counter()
    for table, table_rows in tables.items():
        appender = con.appender(f"bare_{table}")
        appender.append_rows(table_rows)
        appender.flush()
    con.close()
    bare_s = time.perf_counter() - start
    # Like for like: the bare side writes articles and child rows only, so the story index and
    # the line counts (timed apart inside load_batch) are reported beside the ratio, not in it.
    ratio = (load_s - extra) / bare_s
    report.add("rows loaded (articles + child rows)", rows, "rows")
    report.add("load_batch, all of it", rows / load_s, f"rows/s ({load_s:.2f} s)")
    report.add("  of which story index + line counts", extra, "s")
    report.add("bare appender, same rows", rows / bare_s, f"rows/s ({bare_s:.2f} s)")
    report.add(
        "load_batch time (without story index, line counts) / bare time", ratio, "",
        f"≤ {LOAD_VS_BARE_MAX:.1f}", ratio <= LOAD_VS_BARE_MAX,
    )  # fmt: skip
    report.add("load_batch time, all of it / bare time", load_s / bare_s, "")
    report.details["load"] = {
        "docs": docs,
        "rows": {t: len(r) for t, r in tables.items()},
        "load_batch_s": load_s,
        "story_index_and_line_counts_s": extra,
        "bare_s": bare_s,
        "pure_stage_s": pure,
    }


def step_startup(report: Report, work: Path, seed: int) -> None:
    """Step 7: three small files into a fresh database, three times; the median wall."""
    print("\n[7] start-up (3 small files)", flush=True)
    small = work / "startup"
    if small.exists():
        shutil.rmtree(small)
    small.mkdir(parents=True)
    for rel in SAMPLE_FILES:
        if (ROOT / rel).exists():
            shutil.copyfile(ROOT / rel, small / Path(rel).name)
    if not any(small.iterdir()):  # a checkout without samples/: three generated documents
        for index in range(3):
            _, rel, text = corpus.document(seed, index)
            (small / Path(rel).name).write_text(text, encoding="utf-8")
    walls = []
    for i in range(3):
        child = ingest_child(small, work / "db" / f"startup-{i}.duckdb", work)
        walls.append(child.wall_s)
    median = statistics.median(walls)
    report.add(
        "start-up, 3 small files (median of 3)", median, "s", f"≤ {STARTUP_MAX_SECONDS:.0f} s",
        median <= STARTUP_MAX_SECONDS,
    )  # fmt: skip
    report.details["startup_walls_s"] = walls


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def prefect_server(work: Path) -> Iterator[dict[str, str]]:
    """A Prefect server in a temporary PREFECT_HOME; yields the child env that points at it."""
    home = Path(tempfile.mkdtemp(prefix="prefect-home-", dir=work))
    port = _free_port()
    env = child_env({"PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"})
    prefect = Path(sys.executable).parent / "prefect"
    log = (work / "prefect-server.log").open("wb")
    proc = subprocess.Popen(
        [str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port), "--no-ui"],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
        cwd=work,
        start_new_session=True,  # its own process group, so stopping it takes its workers too
    )
    api = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + PREFECT_START_TIMEOUT
        while True:
            if proc.poll() is not None:
                raise SystemExit(f"prefect server exited ({proc.returncode}); see {log.name}")
            try:
                with urllib.request.urlopen(f"{api}/health", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit(f"prefect server not healthy after {PREFECT_START_TIMEOUT:.0f} s")
            time.sleep(0.5)
        yield {**env, "PREFECT_API_URL": api}
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()


def step_prefect(
    report: Report, corpus_dir: Path, first: ChildRun, n_docs: int, work: Path, pairs: int
) -> None:
    """Step 8: the same first run orchestrated by Prefect vs local mode, in alternating pairs.

    Each pair is a local-mode run then a Prefect-mode run, both into fresh databases, so both
    modes see the same machine state; the overhead is computed from the medians of the pairs
    (one 2-core machine drifts by ±10 % between runs minutes apart).
    """
    print("\n[8] Prefect orchestration (server started here)", flush=True)
    start = time.perf_counter()
    local_walls, prefect_walls = [], []
    child: ChildRun | None = None
    with prefect_server(work) as env:
        report.add("prefect server start-up", time.perf_counter() - start, "s")
        time.sleep(5)  # let the server's start-up services settle before timing
        for i in range(pairs):
            db_dir = work / "db" / f"pair-{i}"
            db_dir.mkdir(parents=True, exist_ok=True)
            local = first if i == 0 else ingest_child(corpus_dir, db_dir / "local.duckdb", work)
            child = ingest_child(corpus_dir, db_dir / "prefect.duckdb", work, "prefect", env)
            local_walls.append(local.wall_s)
            prefect_walls.append(child.wall_s)
            print(
                f"  pair {i + 1}: local {local.wall_s:.1f} s, prefect {child.wall_s:.1f} s",
                flush=True,
            )
    assert child is not None
    local_wall, prefect_wall = statistics.median(local_walls), statistics.median(prefect_walls)
    overhead = (prefect_wall - local_wall) / prefect_wall
    pairwise = [(p - q) / p for p, q in zip(prefect_walls, local_walls, strict=True)]
    report.add("prefect runs: pairs (local run, then prefect run)", pairs, "")
    report.add(
        "prefect overhead per pair: median (min … max)",
        statistics.median(pairwise),
        f"({min(pairwise):.3f} … {max(pairwise):.3f})",
    )
    report.add("prefect run wall (median)", prefect_wall, "s")
    report.add("local run wall (median of the same pairs)", local_wall, "s")
    report.add(
        "prefect run new", child.run["new"], "docs", f"= {n_docs}", child.run["new"] == n_docs
    )
    report.add("prefect run peak RSS (child)", child.max_rss_mb, "MB")
    report.add(
        "prefect overhead (prefect - local) / prefect", overhead, "",
        f"≤ {PREFECT_OVERHEAD_MAX:.2f}", overhead <= PREFECT_OVERHEAD_MAX,
    )  # fmt: skip
    report.details["prefect_run"] = asdict(child)
    report.details["prefect_pairs"] = {"local_wall_s": local_walls, "prefect_wall_s": prefect_walls}


def profile_html(html_dir: Path, work: Path, out: Path) -> str:
    """cProfile an in-process first run over the HTML pages; top 25 cumulative and own time."""
    from wirecopy.flows.pipeline import run_ingest

    db = work / "db" / "profile.duckdb"
    profiler = cProfile.Profile()
    profiler.enable()
    run_ingest([str(html_dir)], str(db))
    profiler.disable()
    profiler.dump_stats(out.with_suffix(".pstats"))
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text).strip_dirs()
    stats.sort_stats("cumulative").print_stats(25)
    stats.sort_stats("tottime").print_stats(25)
    out.write_text(text.getvalue(), encoding="utf-8")
    return text.getvalue()


# -- main -------------------------------------------------------------------------------------


def _machine() -> dict[str, Any]:
    uptime = subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    versions = {}
    for module in ("duckdb", "lxml", "trafilatura", "prefect"):
        with contextlib.suppress(Exception):
            versions[module] = __import__(module).__version__
    return {
        "uptime": uptime.strip(),
        "loadavg": os.getloadavg(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "git_commit": commit,
        "versions": versions,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; print the table and write the JSON. Exit 1 when a floor fails."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, default=1000, help="documents to generate (default 1000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--input", type=Path, help="benchmark a copy of this directory instead")
    ap.add_argument("--work", type=Path, help="working directory (kept); default: a temp dir")
    ap.add_argument("--json", type=Path, help="default: benchmarks/out/pipeline-<N>.json")
    ap.add_argument("--orchestration", choices=("local", "prefect"), default="local")
    ap.add_argument("--batch-size", type=int, default=200, help="for the in-process load step")
    ap.add_argument("--profile", action="store_true", help="also cProfile the HTML subset")
    ap.add_argument(
        "--prefect-pairs", type=int, default=3, help="local/prefect run pairs in step 8 (median)"
    )
    args = ap.parse_args(argv)

    work = (args.work or Path(tempfile.mkdtemp(prefix="wirecopy-bench-"))).absolute()
    work.mkdir(parents=True, exist_ok=True)
    # Every run here starts from fresh databases (and the raw stores beside them).
    shutil.rmtree(work / "db", ignore_errors=True)
    (work / "db").mkdir()
    report = Report(details={"started_at": datetime.now(UTC).isoformat(), "machine": _machine()})
    print(f"machine: {report.details['machine']['uptime']}  ({os.cpu_count()} cpus)")

    print(f"\n[1] corpus → {work / 'corpus'}", flush=True)
    start = time.perf_counter()
    corpus_dir, html_pages = prepare_corpus(work, args.n, args.seed, args.input)
    files = _corpus_files(corpus_dir)
    n_docs = len(files)
    report.add("corpus documents", n_docs, "docs")
    report.add("corpus size", sum(p.stat().st_size for p in files) / 1e6, "MB")
    report.add("corpus preparation", time.perf_counter() - start, "s")
    # A copy taken before step 4 modifies files: step 5 times the pages as generated.
    html_dir = copy_subset(html_pages, corpus_dir, work / "html-only")
    html_copies = _corpus_files(html_dir)

    first = step_first_run(report, corpus_dir, n_docs, work, args.input is None)
    if args.orchestration == "prefect":
        # Right after the local run, on the same unmodified corpus, so the two compare.
        step_prefect(report, corpus_dir, first, n_docs, work, args.prefect_pairs)
    step_no_change(report, corpus_dir, first, work)
    step_modified(report, corpus_dir, first, work, args.seed)
    step_html(report, html_dir, html_copies, work)
    step_load(report, corpus_dir, work, args.batch_size)
    step_startup(report, work, args.seed)

    n_label = args.n if args.input is None else "input"
    out = args.json or ROOT / "benchmarks" / "out" / f"pipeline-{n_label}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    if args.profile:
        print("\n[profile] cProfile of an in-process run over the HTML pages", flush=True)
        text = profile_html(html_dir, work, out.with_name(f"profile-html-{n_label}.txt"))
        print(text[:6000])

    report.details["finished_at"] = datetime.now(UTC).isoformat()
    report.details["loadavg_end"] = os.getloadavg()
    report.details["work"] = str(work)
    report.details["args"] = {
        k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()
    }
    payload = {"figures": [asdict(f) for f in report.figures], **report.details}
    out.write_text(json.dumps(payload, indent=2, default=str), encoding="utf-8")
    print_table(report.figures)
    print(f"\nload average: start {report.details['machine']['loadavg']}, end {os.getloadavg()}")
    print(f"JSON: {out}")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    failed = [f.name for f in report.figures if f.passed is False]
    if failed:
        print(f"FAILED floors: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
