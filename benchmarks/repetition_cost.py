"""What boilerplate by repetition costs the clean and load stages, A/B in one process.

    python benchmarks/repetition_cost.py            # 2,000 pipeline-corpus documents, 5 rounds

The documents of benchmarks/corpus.py are parsed once; then, alternating round by round, the
batches are cleaned with and without tasks/cleaning/repetition.py, and loaded into fresh
databases with and without the line counts (tasks/line_stats.py). Medians of the rounds are
compared, so a machine shared with other jobs slows both sides alike. Also timed: reading the
counts back at a run's start (`read_repeated`) after the load."""

from __future__ import annotations

import argparse
import gc
import hashlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import iter_documents

from wirecopy.schemas.records import Article, ParsedDocument, RawDocument
from wirecopy.tasks import clean as clean_module
from wirecopy.tasks import load as load_module
from wirecopy.tasks.clean import clean_batch
from wirecopy.tasks.line_stats import read_repeated
from wirecopy.tasks.load import LoadBatch, load_batch
from wirecopy.tasks.parse import parse_batch
from wirecopy.tasks.store import Store

BATCH = 200
DAY = date(2026, 11, 20)


def _parsed(n: int) -> list[list[ParsedDocument]]:
    docs = []
    for _, name, text in iter_documents(n, 1):
        data = text.encode()
        docs.append(RawDocument(f"/c/{name}", data, hashlib.sha256(data).hexdigest(), len(data)))
    parsed = parse_batch(docs).items
    return [parsed[i : i + BATCH] for i in range(0, len(parsed), BATCH)]


@contextmanager
def _without(module: Any, name: str, stand_in: Callable[..., Any]) -> Any:
    with mock.patch.object(module, name, stand_in):
        yield


def _no_repetition(articles: list[Article], stored: object = None) -> Any:
    return articles, []


def _clean(batches: list[list[ParsedDocument]]) -> tuple[float, list[list[Article]]]:
    start = time.perf_counter()
    out = [clean_batch(b).items for b in batches]
    return time.perf_counter() - start, out


def _load(batches: list[list[Article]], work: Path, tag: str) -> tuple[float, Store]:
    store = Store.open(work / f"{tag}.duckdb")
    store.con.execute(
        "INSERT INTO runs (run_id, started_at, status, logical_date) "
        "VALUES ('bench', now(), 'running', ?)",
        [DAY],
    )
    start = time.perf_counter()
    for articles in batches:
        load_batch(store, "bench", LoadBatch(articles=articles))
    return time.perf_counter() - start, store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    batches = _parsed(args.n)
    times: dict[str, list[float]] = {k: [] for k in ("clean+", "clean-", "load+", "load-")}
    read_s: list[float] = []
    with tempfile.TemporaryDirectory(prefix="wirecopy-repcost-") as tmp:
        for r in range(args.rounds):
            # Alternate which side goes first, so neither always meets a warmer machine.
            for side in "+-" if r % 2 == 0 else "-+":
                gc.collect()
                if side == "+":
                    spent, with_rep = _clean(batches)
                else:
                    with _without(clean_module, "apply_repetition", _no_repetition):
                        spent, without = _clean(batches)
                times[f"clean{side}"].append(spent)
            for side in "+-" if r % 2 == 0 else "-+":
                gc.collect()
                if side == "+":
                    spent, store = _load(with_rep, Path(tmp), f"with-{r}")
                    start = time.perf_counter()
                    read_repeated(store.con, DAY)
                    read_s.append(time.perf_counter() - start)
                else:
                    with _without(load_module, "record_lines", lambda *a: 0):
                        spent, store = _load(without, Path(tmp), f"without-{r}")
                times[f"load{side}"].append(spent)
                store.close()
    med = {k: statistics.median(v) for k, v in times.items()}
    n = sum(len(b) for b in batches)
    print(f"{n} documents in batches of {BATCH}, {args.rounds} rounds, medians:")
    for stage in ("clean", "load"):
        plus, minus = med[f"{stage}+"], med[f"{stage}-"]
        print(
            f"  {stage:5}  with {plus:6.3f} s  without {minus:6.3f} s  "
            f"+{plus - minus:.3f} s ({(plus / minus - 1) * 100:+.1f} %, "
            f"{(plus - minus) / n * 1000:.3f} ms/doc)"
        )
    print(f"  read_repeated after the load: {statistics.median(read_s) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
