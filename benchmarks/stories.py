"""Story clustering: accuracy on labelled copies (leave-publisher-out), methods, and scale.

    python benchmarks/stories.py accuracy            # pair P/R per held-out fold, mean ± std
    python benchmarks/stories.py compare             # ours vs datasketch, rapidfuzz, SimHash
    python benchmarks/stories.py scale --n 100000    # from scratch, then 1,000 incremental

`accuracy`: the labelled set of benchmarks/story_copies.py. Pages' publishers are split into 5
folds; for each fold the thresholds are chosen on the other folds' documents (best pair F1 over
a small grid) and the fold is clustered with them. Pair precision = share of predicted
same-story pairs that are one story; recall = share of true pairs predicted. aeb-dev (other
sites, other text) is scored with thresholds chosen on all of news-dev. Floors: P ≥ 0.95 and
R ≥ 0.90 on every held-out figure (exit code 1 otherwise).

`scale`: N synthetic articles (benchmarks/corpus.py text) indexed from scratch in a fresh DuckDB
file, then the clean articles of a real `wirecopy ingest` of 1,000 corpus.py documents added
incrementally; each step runs in its own process (time and peak RSS). Floor: the incremental
step under 5 % of that ingest's wall time.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402
import story_copies  # noqa: E402

from wirecopy.tasks.stories.assign import Thresholds, similarity  # noqa: E402
from wirecopy.tasks.stories.index import StoryIndex, StoryInput  # noqa: E402
from wirecopy.tasks.stories.memory import MemoryIndex  # noqa: E402
from wirecopy.tasks.stories.sketch import LEAD_CHARS, Sketch, sketch, sketch_many  # noqa: E402
from wirecopy.tasks.stories.text import normalise, shingle_hashes  # noqa: E402

FOLDS = 5
CORPORA = ("news-dev", "aeb-dev")
GRID = [Thresholds(t) for t in (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7)]
Doc = dict[str, Any]


def load_set(data: str) -> list[Doc]:
    """The labelled documents of one corpus, in publication order."""
    docs = [asdict(d) for d in story_copies.build(data)]
    return sorted(docs, key=lambda d: (d["published_at"], d["doc_id"]))


def pair_scores(docs: Sequence[Doc], labels: Sequence[str]) -> tuple[float, float]:
    """Pair precision and recall of predicted labels against the docs' stories."""
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(docs)), 2):
        truth = docs[i]["story"] == docs[j]["story"]
        pred = labels[i] == labels[j]
        tp += truth and pred
        fp += pred and not truth
        fn += truth and not pred
    return tp / max(1, tp + fp), tp / max(1, tp + fn)


def cluster(docs: Sequence[Doc], sketches: Sequence[Sketch], th: Thresholds) -> list[str]:
    """Story ids from the in-memory index (the same rules and LSH as the DuckDB index)."""
    index = MemoryIndex(th)
    return [
        index.add(d["doc_id"], d["outlet"], s).story_id for d, s in zip(docs, sketches, strict=True)
    ]


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def choose(docs: Sequence[Doc], sketches: Sequence[Sketch]) -> Thresholds:
    """The grid point with the best pair F1 on these documents (ties: the stricter)."""
    scored = [
        (_f1(*pair_scores(docs, cluster(docs, sketches, th))), th.threshold, th) for th in GRID
    ]
    return max(scored, key=lambda s: (round(s[0], 6), s[1]))[2]


def accuracy(_: argparse.Namespace) -> int:
    """Leave-publisher-out pair precision/recall over both corpora's labelled copies."""
    docs = [{**d, "corpus": name} for name in CORPORA for d in load_set(name)]
    docs.sort(key=lambda d: (d["published_at"], d["doc_id"]))
    sketches = [sketch(d["body"]) for d in docs]
    fold_of = {d["group"]: zlib.crc32(d["group"].encode()) % FOLDS for d in docs}
    rows = []
    held: dict[str, list[str]] = {}  # held-out labels, by doc id
    for fold in range(FOLDS):
        train = [i for i, d in enumerate(docs) if fold_of[d["group"]] != fold]
        test = [i for i, d in enumerate(docs) if fold_of[d["group"]] == fold]
        th = choose([docs[i] for i in train], [sketches[i] for i in train])
        labels = cluster([docs[i] for i in test], [sketches[i] for i in test], th)
        held.update(
            {docs[i]["doc_id"]: [f"{fold}:{lab}"] for i, lab in zip(test, labels, strict=True)}
        )
        p, r = pair_scores([docs[i] for i in test], labels)
        rows.append((p, r))
        print(
            f"fold {fold}: {len(test):3d} docs  threshold {th.threshold:.2f}  P {p:.3f}  R {r:.3f}"
        )
    ps, rs = [p for p, _ in rows], [r for _, r in rows]
    print(
        f"held-out folds: P {statistics.mean(ps):.3f} ± {statistics.stdev(ps):.3f} "
        f"(min {min(ps):.3f})  R {statistics.mean(rs):.3f} ± {statistics.stdev(rs):.3f} "
        f"(min {min(rs):.3f})"
    )
    for name in CORPORA:  # each corpus's documents, scored with their held-out labels
        part = [d for d in docs if d["corpus"] == name]
        p, r = pair_scores(part, [held[d["doc_id"]][0] for d in part])
        print(f"  {name}: {len(part)} docs, held-out labels: P {p:.3f}  R {r:.3f}")
    print(f"chosen on everything: {choose(docs, sketches)}")
    ok = min(ps) >= 0.95 and min(rs) >= 0.90
    print("floors (P >= 0.95, R >= 0.90 on every held-out fold):", "met" if ok else "MISSED")
    return 0 if ok else 1


# --- compare: other methods on the same set (brute-force best match, in-sample best F1) ---


def _best_match_labels(n: int, sim: Callable[[int, int], float], threshold: float) -> list[str]:
    """Best earlier match at or above the threshold, else a new story (all pairs compared)."""
    labels: list[str] = []
    for i in range(n):
        scores = [(sim(i, j), j) for j in range(i)]
        best = max(scores, default=(0.0, -1), key=lambda s: (s[0], -s[1]))
        labels.append(labels[best[1]] if best[0] >= threshold else str(i))
    return labels


def _best_f1(docs: Sequence[Doc], sim: Callable[[int, int], float]) -> tuple[float, float, float]:
    """Best pair F1 over thresholds 0.2–0.9 with a precomputed similarity matrix."""
    n = len(docs)
    matrix = np.zeros((n, n))
    for i in range(n):
        for j in range(i):
            matrix[i, j] = sim(i, j)
    best = (0.0, 0.0, 0.0)
    for t in np.arange(0.2, 0.95, 0.05):
        p, r = pair_scores(docs, _best_match_labels(n, lambda i, j: matrix[i, j], float(t)))
        if _f1(p, r) > _f1(best[0], best[1]):
            best = (p, r, float(t))
    return best


def _simhash(text: str) -> np.ndarray:
    """64-bit SimHashes (as bit rows) of the whole text's and the lead's shingles."""
    hashes = shingle_hashes(text)
    rows = []
    for part in (hashes, hashes[:LEAD_CHARS]):
        bits = np.unpackbits(part.view(np.uint8).reshape(-1, 8), axis=1)
        rows.append(bits.sum(axis=0) * 2 > max(1, len(bits)))
    return np.array(rows)


def compare(args: argparse.Namespace) -> int:
    """Ours vs datasketch MinHash, rapidfuzz and SimHash: pair P/R (best F1) and time per doc."""
    docs = [d for name in CORPORA for d in load_set(name)][: args.limit]
    texts = [d["body"] for d in docs]
    out: dict[str, tuple[float, float, float, float]] = {}

    def timed(fn: Callable[[str], Any]) -> tuple[list[Any], float]:
        start = time.perf_counter()
        made = [fn(t) for t in texts]
        return made, (time.perf_counter() - start) / len(texts) * 1e3

    start = time.perf_counter()
    sks = sketch_many(texts)
    ms = (time.perf_counter() - start) / len(texts) * 1e3
    th = Thresholds()
    p, r = pair_scores(docs, cluster(docs, sks, th))
    out["ours: OPH on 8-char, LSH on 12-char (defaults)"] = (p, r, th.threshold, ms)
    everything = MemoryIndex(th, exhaustive=True)
    labels = [
        everything.add(d["doc_id"], d["outlet"], sk).story_id
        for d, sk in zip(docs, sks, strict=True)
    ]
    out["ours: defaults, all pairs compared (no LSH)"] = (
        *pair_scores(docs, labels),
        th.threshold,
        ms,
    )
    out["ours: the same similarity, all pairs"] = (
        *_best_f1(docs, lambda i, j: similarity(sks[i], sks[j])),
        ms,
    )
    try:
        from datasketch import MinHash
        from rapidfuzz import fuzz
    except ImportError:
        print("datasketch / rapidfuzz not installed: pip install datasketch rapidfuzz")
        return 1

    def ds_words(text: str) -> MinHash:
        words = normalise(text).split()
        m = MinHash(num_perm=128)
        m.update_batch([" ".join(words[k : k + 3]).encode() for k in range(len(words) - 2)])
        return m

    def ds_chars(text: str) -> tuple[MinHash, MinHash]:
        whole, lead = MinHash(num_perm=128), MinHash(num_perm=128)
        hashes = [h.tobytes() for h in shingle_hashes(text)]
        whole.update_batch(hashes)
        lead.update_batch(hashes[:LEAD_CHARS])
        return whole, lead

    mhw, ms = timed(ds_words)
    out["datasketch MinHash(128), word 3-shingles, whole"] = (
        *_best_f1(docs, lambda i, j: float(mhw[i].jaccard(mhw[j]))),
        ms,
    )
    mhc, ms = timed(ds_chars)
    out["datasketch MinHash(128), our shingles and rule"] = (
        *_best_f1(
            docs,
            lambda i, j: max(mhc[i][0].jaccard(mhc[j][0]), mhc[i][1].jaccard(mhc[j][1])),
        ),
        ms,
    )
    shs, ms = timed(_simhash)
    out["SimHash 64-bit, our shingles and rule"] = (
        *_best_f1(docs, lambda i, j: max(1 - np.count_nonzero(shs[i] != shs[j], axis=1) / 64)),
        ms,
    )
    norm, ms = timed(normalise)
    out["rapidfuzz ratio (normalised text)"] = (
        *_best_f1(docs, lambda i, j: fuzz.ratio(norm[i], norm[j]) / 100),
        ms,
    )
    out["rapidfuzz token_set_ratio"] = (
        *_best_f1(docs, lambda i, j: fuzz.token_set_ratio(norm[i], norm[j]) / 100),
        ms,
    )
    # Pairwise cost: what an index avoids (every new article against every indexed one).
    pair_us = {}
    pairs = [(i, j) for i in range(0, len(docs), 7) for j in range(1, len(docs), 11)][:2000]
    mhs = [ds_chars(t)[0] for t in texts]
    compared: tuple[tuple[str, Callable[[int, int], object]], ...] = (
        ("ours", lambda i, j: similarity(sks[i], sks[j])),
        ("datasketch", lambda i, j: mhs[i].jaccard(mhs[j])),
        ("rapidfuzz ratio", lambda i, j: fuzz.ratio(norm[i], norm[j])),
        ("rapidfuzz token_set_ratio", lambda i, j: fuzz.token_set_ratio(norm[i], norm[j])),
    )
    for name, fn in compared:
        start = time.perf_counter()
        for i, j in pairs:
            fn(i, j)
        pair_us[name] = (time.perf_counter() - start) / len(pairs) * 1e6
    print(f"{len(docs)} labelled documents; best pair F1 over thresholds 0.20-0.90, in-sample")
    print(f"{'method':48s} {'P':>6s} {'R':>6s} {'thr':>5s} {'ms/doc':>7s}")
    for name, (p, r, t, ms) in out.items():
        print(f"{name:48s} {p:6.3f} {r:6.3f} {t:5.2f} {ms:7.3f}")
    print("µs per pair comparison:", {k: round(v, 1) for k, v in pair_us.items()})
    return 0


# --- scale ---


def _synthetic(seed: int, start: int, n: int) -> list[StoryInput]:
    """Articles from corpus.py's text generator (no files, no parse: body text only), one
    day's worth (corpus.DOCS_PER_DAY) per day going back from corpus.LAST_DAY."""
    out = []
    for index in range(start, start + n):
        w = corpus._Writer(seed, index)
        when = w.when(corpus.LAST_DAY - timedelta(days=index // corpus.DOCS_PER_DAY))
        out.append(
            StoryInput(f"syn-{seed}-{index}", "\n\n".join(w.paragraphs()), "syn.example", when)
        )
    return out


def _step_prune(db: Path, days: int) -> dict[str, float]:
    """Keep only the last `days` days of articles in the LSH buckets (maintenance, timed)."""
    t = time.perf_counter()
    con = duckdb.connect(str(db))
    cutoff = datetime.combine(corpus.LAST_DAY, datetime.min.time(), UTC) - timedelta(days=days)
    removed = StoryIndex(con).prune(cutoff)
    con.execute("CHECKPOINT")
    con.close()
    return {"seconds": time.perf_counter() - t, "bucket_rows_removed": removed}


def _step_scratch(db: Path, n: int, chunk: int) -> dict[str, float]:
    con = duckdb.connect(str(db))
    index = StoryIndex(con)
    seconds = 0.0
    for start in range(0, n, chunk):
        items = _synthetic(2, start, min(chunk, n - start))
        t = time.perf_counter()
        index.update(items)
        seconds += time.perf_counter() - t
    t = time.perf_counter()
    con.close()
    seconds += time.perf_counter() - t
    return {"seconds": seconds}


def _step_incremental(db: Path, articles_db: Path) -> dict[str, float]:
    """Add the ingested articles to the index: connect, update, close (its writes checkpointed)."""
    src = duckdb.connect(str(articles_db), read_only=True)
    rows = src.execute(
        "SELECT article_id, body_text, coalesce(publisher, wire), published_at FROM articles"
    ).fetchall()
    src.close()
    items = [StoryInput(a, b or "", s, p) for a, b, s, p in rows]
    t = time.perf_counter()
    con = duckdb.connect(str(db))
    index = StoryIndex(con)
    assigned = index.update(items)
    con.close()
    seconds = time.perf_counter() - t
    return {
        "seconds": seconds,
        **{f"{k}_seconds": v for k, v in index.seconds.items()},
        "articles": len(items),
        "stories": len({a.story_id for a in assigned}),
    }


def _child(step: str, *args: str) -> tuple[dict[str, float], float]:
    """Run a step in a fresh process; its JSON result and its peak RSS in MB."""
    proc = subprocess.Popen(
        [sys.executable, __file__, "_step", step, *args], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)  # reap it ourselves: its own peak RSS
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"step {step} failed ({proc.returncode})")
    return json.loads(out.strip().splitlines()[-1]), usage.ru_maxrss / 1024


def _ingest(docs: Path, db: Path) -> float:
    """Wall time of `wirecopy ingest` of a folder into a fresh database (as a user runs it)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "WIRECOPY_"))}
    exe = str(Path(sys.executable).parent / "wirecopy")
    args = [exe, "ingest", str(docs), "--db", str(db), "--orchestration", "local", "--no-publish"]
    t = time.perf_counter()
    subprocess.run(args, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def scale(args: argparse.Namespace) -> int:
    """From-scratch and incremental timings against a real ingest of the same 1,000 documents.

    The ingest and the incremental step alternate `--pairs` times (each on fresh copies), so
    both see the same machine load; medians are compared.
    """
    with tempfile.TemporaryDirectory(prefix="stories-scale-") as tmp:
        work = Path(tmp)
        docs = work / "corpus"
        corpus.generate(docs, 1000, seed=args.seed)
        index_db = work / "stories.duckdb"
        scratch, rss_scratch = _child("scratch", str(index_db), str(args.n), str(args.chunk))
        size_mb = index_db.stat().st_size / 1e6
        windowed = work / "stories-window.duckdb"
        shutil.copyfile(index_db, windowed)
        prune, _ = _child("prune", str(windowed), str(args.window))
        pairs = []
        for k in range(args.pairs):
            ingest_db = work / f"ingest-{k}.duckdb"
            ingest = _ingest(docs, ingest_db)
            pair: dict[str, Any] = {"ingest_seconds": ingest}
            for name, source in (("full", index_db), ("window", windowed)):
                copy = work / f"stories-{k}-{name}.duckdb"
                shutil.copyfile(source, copy)
                inc, rss_inc = _child("incremental", str(copy), str(ingest_db))
                copy.unlink()
                pair[name] = {**inc, "peak_rss_mb": rss_inc}
            pairs.append(pair)
            print(
                f"pair {k}: ingest {ingest:.2f} s; incremental into {args.n}: "
                f"{pair['full']['seconds']:.3f} s {pair['full']}; into the last {args.window} "
                f"days: {pair['window']['seconds']:.3f} s"
            )
    ingest = statistics.median(p["ingest_seconds"] for p in pairs)

    def median(name: str, key: str) -> float:
        return statistics.median(p[name][key] for p in pairs)

    result = {
        "n": args.n,
        "scratch_seconds": scratch["seconds"],
        "scratch_docs_per_s": args.n / scratch["seconds"],
        "scratch_peak_rss_mb": rss_scratch,
        "index_file_mb": size_mb,
        "ingest_1000_seconds_median": ingest,
        "window_days": args.window,
        "window_prune": prune,
        **{
            f"incremental_{name}_{key}_median": median(name, key)
            for name in ("full", "window")
            for key in ("seconds", "sketch_seconds", "index_seconds", "peak_rss_mb")
        },
        "pairs": pairs,
        "load_average": os.getloadavg(),
        "at": datetime.now(UTC).isoformat(),
    }
    share = median("full", "seconds") / ingest
    share_window = median("window", "seconds") / ingest
    result["incremental_full_share_of_ingest"] = share
    result["incremental_window_share_of_ingest"] = share_window
    # Without sketching and connection handling: what the loader's own transaction would add
    # if the sketches came with the articles from the parse/clean workers.
    result["index_only_full_share_of_ingest"] = median("full", "index_seconds") / ingest
    result["index_only_window_share_of_ingest"] = median("window", "index_seconds") / ingest
    out = ROOT / "benchmarks" / "out" / f"stories-scale-{args.n}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    print(json.dumps({k: v for k, v in result.items() if k != "pairs"}, indent=2))
    ok = share < 0.05
    print(
        f"incremental into {args.n} / ingest of the same 1,000 = {share:.3f} (floor < 0.05):",
        "met" if ok else "MISSED",
    )
    print(f"incremental into the last {args.window} days / ingest = {share_window:.3f}")
    print(
        "SQL side only (sketches from the workers): "
        f"{result['index_only_full_share_of_ingest']:.3f} into {args.n}, "
        f"{result['index_only_window_share_of_ingest']:.3f} into the last {args.window} days"
    )
    return 0 if ok else 1


def main() -> int:
    """Command line."""
    if len(sys.argv) > 2 and sys.argv[1] == "_step":
        step, rest = sys.argv[2], sys.argv[3:]
        if step == "scratch":
            res = _step_scratch(Path(rest[0]), int(rest[1]), int(rest[2]))
        elif step == "prune":
            res = _step_prune(Path(rest[0]), int(rest[1]))
        else:
            res = _step_incremental(Path(rest[0]), Path(rest[1]))
        print(json.dumps(res))
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("accuracy")
    cmp_ = sub.add_parser("compare")
    cmp_.add_argument("--limit", type=int, default=None, help="first N documents only")
    sc = sub.add_parser("scale")
    sc.add_argument("--n", type=int, default=100_000)
    sc.add_argument("--chunk", type=int, default=5_000, help="articles per update call")
    sc.add_argument("--seed", type=int, default=1)
    sc.add_argument("--pairs", type=int, default=3, help="ingest/incremental pairs (medians)")
    sc.add_argument("--window", type=int, default=30, help="days of articles kept in buckets")
    args = ap.parse_args()
    return {"accuracy": accuracy, "compare": compare, "scale": scale}[args.cmd](args)


if __name__ == "__main__":
    raise SystemExit(main())
