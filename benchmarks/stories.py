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

`scale`: the story step as the pipeline runs it. N synthetic articles (benchmarks/corpus.py
text, one in four an edited copy of a recent one) are stored in a wirecopy database and
assigned from scratch (the catch-up of `prepare_stories`, as for a database from before the
stories), in its own process (time, peak RSS). Then real `wirecopy ingest` runs of 1,000
corpus.py documents into copies of that database: with the bucket window (the default 30 days)
in batches of 1,000 (the nightly deployment's) and of 200 (in-process runs' default), and
without a window (WIRECOPY_STORY_WINDOW_DAYS=0); each run's `stage_seconds` gives its story step
(`stories`: main process, at the run's start and inside each batch's load) and its workers'
sketching (`sketch`), measured in the same run as its wall time and load stage. And one ingest of
--ingest-n documents into a fresh database: the story step from scratch inside the pipeline.
Floor: the story step of the 1,000 under 5 % of that run's wall time (exit code 1 otherwise).
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

from wirecopy.flows.settings import ORCHESTRATED_BATCH_SIZE  # noqa: E402
from wirecopy.tasks.batch_writer import append_rows  # noqa: E402
from wirecopy.tasks.store import Store  # noqa: E402
from wirecopy.tasks.stories.assign import Thresholds, similarity  # noqa: E402
from wirecopy.tasks.stories.memory import MemoryIndex  # noqa: E402
from wirecopy.tasks.stories.sketch import LEAD_CHARS, Sketch, sketch, sketch_many  # noqa: E402
from wirecopy.tasks.stories.step import prepare_stories  # noqa: E402
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

# Documents per batch of the nightly deployment (prefect.yaml runs the Prefect flow, whose
# batches are this size); in-process runs default to 200.
NIGHTLY_BATCH = ORCHESTRATED_BATCH_SIZE


def _synthetic(seed: int, n: int) -> list[tuple[Any, ...]]:
    """`articles` rows of invented copy, a day's worth (corpus.DOCS_PER_DAY) per day going back
    from corpus.LAST_DAY; one in four is another outlet's trimmed copy of one of the last 40."""
    now = datetime.now(UTC)
    out: list[tuple[Any, ...]] = []
    bodies: list[str] = []
    for index in range(n):
        w = corpus._Writer(seed, index)
        when = w.when(corpus.LAST_DAY - timedelta(days=index // corpus.DOCS_PER_DAY))
        if index % 4 == 3:
            paras = bodies[-w.rng.randint(1, min(40, len(bodies)))].split("\n\n")
            body = "(Syn Wire) -- " + "\n\n".join(paras[: max(2, len(paras) * 2 // 3)])
            publisher = f"outlet{index % 7}.example"
        else:
            body, publisher = "\n\n".join(w.paragraphs()), "Syn Wire"
        bodies.append(body)
        out.append(
            (
                f"syn-{seed}-{index}",
                f"/syn/{index}.txt",
                None,
                publisher,
                "Syn Wire",
                w.headline(),
                None,
                None,
                "en",
                when,
                body,
                len(body.split()),
                f"{index:064x}",
                "{}",
                now,
                now,
                "synthetic",
                [],
                None,
                "synthetic",
                False,
                None,
                None,
                None,
                None,
                f"t{index:063x}",
            )
        )
    return out


def _step_articles(db: Path, n: int) -> dict[str, float]:
    """Store N synthetic articles (no stories yet: a database from before them)."""
    t = time.perf_counter()
    store = Store.open(db)
    rows = _synthetic(2, n)
    for k in range(0, n, 5000):
        append_rows(store.con, "articles", rows[k : k + 5000])
    store.close()
    return {"seconds": time.perf_counter() - t}


def _step_prepare(db: Path, window: int) -> dict[str, float]:
    """The run-start story step on the database: from scratch (all articles missing), or the
    window's prune; timed from opening the file to closing it (its writes checkpointed)."""
    t = time.perf_counter()
    store = Store.open(db)
    done = prepare_stories(store.con, window)
    store.close()
    return {"seconds": time.perf_counter() - t, **asdict(done)}


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


def _ingest(
    docs: Path, db: Path, window: int | None = None, batch: int | None = None
) -> dict[str, Any]:
    """`wirecopy ingest` of a folder as a user runs it: wall time, and the run's stage seconds
    and counts from its `runs` row (window, batch: WIRECOPY_STORY_WINDOW_DAYS and
    WIRECOPY_BATCH_SIZE; None: the defaults)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "WIRECOPY_"))}
    if window is not None:
        env["WIRECOPY_STORY_WINDOW_DAYS"] = str(window)
    if batch is not None:
        env["WIRECOPY_BATCH_SIZE"] = str(batch)
    exe = str(Path(sys.executable).parent / "wirecopy")
    args = [exe, "ingest", str(docs), "--db", str(db), "--orchestration", "local", "--no-publish"]
    t = time.perf_counter()
    subprocess.run([*args, "--quiet"], check=True, env=env, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    con = duckdb.connect(str(db), read_only=True)
    seconds, new = con.execute(
        "SELECT stage_seconds, n_new FROM runs ORDER BY started_at DESC LIMIT 1"
    ).fetchall()[0]
    members = con.execute("SELECT count(*) FROM story_members").fetchall()[0][0]
    con.close()
    stages = json.loads(seconds)
    return {
        "wall_seconds": wall,
        "new": new,
        "story_members": members,
        **{f"{k}_seconds": v for k, v in stages.items()},
        "stories_share_of_wall": stages["stories"] / wall,
        "stories_share_of_load": stages["stories"] / stages["load"],
    }


def scale(args: argparse.Namespace) -> int:
    """From scratch, and the story step of real nightly ingests of 1,000 documents.

    The two variants (window, no window) alternate `--pairs` times on fresh copies, so both see
    the same machine load; medians are reported.
    """
    with tempfile.TemporaryDirectory(prefix="stories-scale-") as tmp:
        work = Path(tmp)
        night, big = work / "night", work / "big"
        corpus.generate(night, 1000, seed=args.seed)
        corpus.generate(big, args.ingest_n, seed=args.seed + 1)
        base = work / "base.duckdb"
        stored, _ = _child("articles", str(base), str(args.n))
        scratch, rss_scratch = _child("prepare", str(base), "0")
        size_mb = base.stat().st_size / 1e6
        windowed = work / "windowed.duckdb"
        shutil.copyfile(base, windowed)
        prune, _ = _child("prepare", str(windowed), str(args.window))
        fresh = _ingest(big, work / "fresh.duckdb")
        print(
            f"{args.n} articles stored in {stored['seconds']:.1f} s; stories from scratch "
            f"{scratch['seconds']:.1f} s (peak RSS {rss_scratch:.0f} MB, file {size_mb:.0f} MB);"
            f" ingest of {args.ingest_n} into a fresh database {fresh['wall_seconds']:.1f} s, "
            f"its story step {fresh['stories_seconds']:.2f} s"
        )
        pairs = []
        variants = (  # name, database, window (None: the default), documents per batch
            ("window", windowed, None, NIGHTLY_BATCH),
            ("window_local", windowed, None, None),
            ("full", base, 0, NIGHTLY_BATCH),
        )
        for k in range(args.pairs):
            pair: dict[str, Any] = {}
            for name, source, window, batch in variants:
                copy = work / f"night-{k}-{name}.duckdb"
                shutil.copyfile(source, copy)
                pair[name] = _ingest(night, copy, window, batch)
                copy.unlink()
                shutil.rmtree(work / f"night-{k}-{name}.raw", ignore_errors=True)
            pairs.append(pair)
            print(
                f"pair {k}: "
                + "; ".join(
                    f"{name}: wall {r['wall_seconds']:.2f} s, load {r['load_seconds']:.2f} s, "
                    f"stories {r['stories_seconds']:.3f} s, sketch {r['sketch_seconds']:.3f} s"
                    for name, r in pair.items()
                )
            )

    def median(name: str, key: str) -> float:
        return statistics.median(p[name][key] for p in pairs)

    per_doc_ingest = fresh["wall_seconds"] / args.ingest_n
    result = {
        "n": args.n,
        "store_seconds": stored["seconds"],
        "scratch_seconds": scratch["seconds"],
        "scratch_docs_per_s": args.n / scratch["seconds"],
        "scratch_peak_rss_mb": rss_scratch,
        "file_mb": size_mb,
        "window_days": args.window,
        "window_prune": prune,
        "ingest_n": args.ingest_n,
        "fresh_ingest": fresh,
        # The load time of N documents, extrapolated linearly from the fresh ingest (a lower
        # bound: a bigger database loads no faster).
        "ingest_n_docs_seconds_linear": per_doc_ingest * args.n,
        "scratch_share_of_ingest_linear": scratch["seconds"] / (per_doc_ingest * args.n),
        **{
            f"night_{name}_{key}_median": median(name, key)
            for name in ("window", "window_local", "full")
            for key in (
                "wall_seconds",
                "load_seconds",
                "stories_seconds",
                "sketch_seconds",
                "stories_share_of_wall",
                "stories_share_of_load",
            )
        },
        "pairs": pairs,
        "load_average": os.getloadavg(),
        "at": datetime.now(UTC).isoformat(),
    }
    out = ROOT / "benchmarks" / "out" / f"stories-scale-{args.n}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, default=str))
    print(json.dumps({k: v for k, v in result.items() if k != "pairs"}, indent=2, default=str))
    share = result["night_window_stories_share_of_wall_median"]
    ok = share < 0.05
    print(
        f"story step of 1,000 new / that ingest's wall time, {args.window}-day window, "
        f"{NIGHTLY_BATCH} per batch (the nightly deployment): {share:.3f} (floor < 0.05):",
        "met" if ok else "MISSED",
    )
    print(
        f"  in-process default batches: "
        f"{result['night_window_local_stories_share_of_wall_median']:.3f}; without a window: "
        f"{result['night_full_stories_share_of_wall_median']:.3f}; of the load stage: "
        f"{result['night_window_stories_share_of_load_median']:.3f} (window), "
        f"{result['night_window_local_stories_share_of_load_median']:.3f} (in-process), "
        f"{result['night_full_stories_share_of_load_median']:.3f} (none)"
    )
    print(
        f"from scratch {args.n}: {scratch['seconds']:.1f} s against ~"
        f"{result['ingest_n_docs_seconds_linear']:.0f} s to ingest as many "
        f"({result['scratch_share_of_ingest_linear']:.3f})"
    )
    return 0 if ok else 1


def main() -> int:
    """Command line."""
    if len(sys.argv) > 2 and sys.argv[1] == "_step":
        step, rest = sys.argv[2], sys.argv[3:]
        if step == "articles":
            res = _step_articles(Path(rest[0]), int(rest[1]))
        else:
            res = _step_prepare(Path(rest[0]), int(rest[1]))
        print(json.dumps(res))
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("accuracy")
    cmp_ = sub.add_parser("compare")
    cmp_.add_argument("--limit", type=int, default=None, help="first N documents only")
    sc = sub.add_parser("scale")
    sc.add_argument("--n", type=int, default=100_000, help="articles in the database")
    sc.add_argument("--ingest-n", type=int, default=10_000, help="documents of the fresh ingest")
    sc.add_argument("--seed", type=int, default=1)
    sc.add_argument("--pairs", type=int, default=3, help="nightly runs per variant (medians)")
    sc.add_argument("--window", type=int, default=30, help="days of articles kept in buckets")
    args = ap.parse_args()
    return {"accuracy": accuracy, "compare": compare, "scale": scale}[args.cmd](args)


if __name__ == "__main__":
    raise SystemExit(main())
