"""Fuzz parse → clean in-process: 100,000 mutated inputs in a few minutes, findings grouped.

    .venv/bin/python benchmarks/fuzz.py                      # 100,000 inputs, 2 workers, seed 0
    .venv/bin/python benchmarks/fuzz.py --n 20000 --seed 7   # another sample of the input space
    .venv/bin/python benchmarks/fuzz.py --reproduce 4711     # one input: recipe, outcome, traceback
    .venv/bin/python benchmarks/fuzz.py --start 11700 --n 200  # a slice of the same input space

Inputs are the samples, the shared seeds, the test fixtures and the wire-format files of the
shared corpus, mutated 0-4 times, plus inputs built from token dictionaries
(benchmarks/fuzz_inputs.py). Each goes through `parse_batch` then `clean_batch`, as the pipeline
calls them. Reported: inputs, escaped exceptions, rejects whose reason starts with "unexpected"
(the safety net that turns a parser bug into a reject), hangs (an input over --timeout: the
worker dumps its stack, is killed and replaced, and the hang is named by the wirecopy frame it
was stuck in), articles whose metadata serialises to over 1 MB, and the
slowest inputs. Every distinct bug (stage, exception, faulting line in wirecopy) is reproduced
in this process, its smallest input minimised and written to benchmarks/out/fuzz/. Exit code 1
when anything was found.
"""

from __future__ import annotations

import argparse
import faulthandler
import heapq
import json
import multiprocessing as mp
import queue
import re
import sys
import time
import traceback
import warnings
from collections import Counter, deque
from dataclasses import dataclass, field
from multiprocessing.sharedctypes import SynchronizedArray
from pathlib import Path
from typing import Any

from fuzz_inputs import ROOT, InputMaker, load_seeds

from wirecopy.schemas.records import RawDocument
from wirecopy.tasks.clean import CleanError, clean_batch, clean_document
from wirecopy.tasks.parse import ParseError, parse_batch, parse_document

OUT = ROOT / "benchmarks" / "out" / "fuzz"
CHUNK = 500  # inputs per job: small enough that a killed worker loses little
OVERSIZED_METADATA = 1_000_000  # bytes of JSON: far past any real front matter
SLOWEST_KEPT = 5
# A frame line of a faulthandler dump: '  File "/x/tasks/credits.py", line 216 in _clean_caption'.
_DUMP_FRAME = re.compile(r'\s*File "(?P<file>[^"]+)", line (?P<line>\d+) in (?P<func>\S+)')
MAX_RESTARTS = 20  # replaced workers before the run gives up (something is broken, not fuzzed)


@dataclass
class Stats:
    """What a worker saw over some inputs (merged into one in the main process)."""

    inputs: int = 0
    seconds: float = 0.0
    articles: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    unexpected: list[tuple[int, str, str]] = field(default_factory=list)  # index, stage, detail
    escaped: list[tuple[int, str]] = field(default_factory=list)  # index, traceback
    oversized: list[tuple[int, int]] = field(default_factory=list)  # index, metadata bytes
    slowest: list[tuple[float, int, int]] = field(default_factory=list)  # seconds, index, size
    hangs: list[tuple[int, str]] = field(default_factory=list)  # index, where it was stuck

    def merge(self, other: Stats) -> None:
        """Add other's counts and findings to these."""
        self.inputs += other.inputs
        self.seconds += other.seconds
        self.articles += other.articles
        self.reasons.update(other.reasons)
        self.unexpected += other.unexpected
        self.escaped += other.escaped
        self.oversized += other.oversized
        self.hangs += other.hangs
        self.slowest = heapq.nlargest(SLOWEST_KEPT, self.slowest + other.slowest)


def run_one(raw: RawDocument, index: int, stats: Stats) -> None:
    """Parse and clean one input as the pipeline does; record what came out."""
    started = time.perf_counter()
    try:
        parsed = parse_batch([raw])
        cleaned = clean_batch(parsed.items)
    except Exception:  # the safety nets in parse_batch/clean_batch should make this impossible
        stats.escaped.append((index, traceback.format_exc()))
        return
    finally:
        elapsed = time.perf_counter() - started
        stats.inputs += 1
        stats.seconds += elapsed
        heapq.heappush(stats.slowest, (elapsed, index, len(raw.data)))
        if len(stats.slowest) > SLOWEST_KEPT:
            heapq.heappop(stats.slowest)
    for reject in parsed.rejects + cleaned.rejects:
        stats.reasons[f"{reject.stage}: {reject.reason}"] += 1
        if reject.reason.startswith("unexpected"):
            stats.unexpected.append((index, reject.stage, reject.detail))
    stats.articles += len(cleaned.items)
    for article in cleaned.items:
        size = len(json.dumps(article.metadata, default=str))
        if size > OVERSIZED_METADATA:
            stats.oversized.append((index, size))


def _stack_file(slot: int) -> Path:
    """Where worker `slot` dumps its stack when an input runs too long."""
    return OUT / f"stack-{slot}.txt"


def _worker(
    seed: int,
    jobs: Any,
    results: Any,
    progress: SynchronizedArray[float],
    slot: int,
    timeout: float,
) -> None:
    """Run jobs (start, end) until None; progress[2*slot:2*slot+2] = (index, started) live."""
    # Library warnings (bs4 on XML-looking input, …) say nothing about bugs: keep output clean.
    warnings.simplefilter("ignore")
    maker = InputMaker(seed, load_seeds())
    with _stack_file(slot).open("w") as stack:
        while (job := jobs.get()) is not None:
            stats = Stats()
            for index in range(*job):
                progress[2 * slot], progress[2 * slot + 1] = index, time.monotonic()
                # Shortly before the main process kills a stuck worker, say where it is stuck.
                faulthandler.dump_traceback_later(timeout * 0.8, file=stack)
                run_one(maker.make(index).raw, index, stats)
                faulthandler.cancel_dump_traceback_later()
            progress[2 * slot + 1] = 0.0
            results.put((slot, stats))


def stuck_at(dump: str) -> str:
    """The innermost wirecopy frame of a faulthandler dump ("tasks/cleaning/credits.py:216 …")."""
    for line in dump.splitlines():  # faulthandler lists the most recent call first
        if (m := _DUMP_FRAME.match(line)) and _is_ours(m["file"]):
            where = Path(m["file"]).resolve().relative_to(ROOT)
            return f"{where}:{m['line']} in {m['func']}"
    return "unknown (no stack dump)"


def run(start_at: int, n: int, seed: int, workers: int, timeout: float) -> Stats:
    """Fuzz inputs start_at.. (n of them) on `workers` processes; a stuck worker is replaced."""
    ctx = mp.get_context("spawn")
    OUT.mkdir(parents=True, exist_ok=True)
    end = start_at + n
    pending = deque((i, min(i + CHUNK, end)) for i in range(start_at, end, CHUNK))
    results = ctx.Queue()
    progress = ctx.Array("d", 2 * workers, lock=False)
    procs: dict[int, Any] = {}
    queues: dict[int, Any] = {}
    current: dict[int, tuple[int, int] | None] = {}
    total = Stats()

    def start(slot: int) -> None:
        queues[slot] = ctx.Queue()
        progress[2 * slot + 1] = 0.0
        procs[slot] = ctx.Process(
            target=_worker,
            args=(seed, queues[slot], results, progress, slot, timeout),
            daemon=True,
        )
        procs[slot].start()
        feed(slot)

    def feed(slot: int) -> None:
        current[slot] = pending.popleft() if pending else None
        queues[slot].put(current[slot])

    for slot in range(workers):
        start(slot)
    last_report, restarts = time.monotonic(), 0
    while any(job is not None for job in current.values()):
        try:
            slot, stats = results.get(timeout=0.2)
            total.merge(stats)
            feed(slot)
        except queue.Empty:  # nothing finished: look for stuck or dead workers
            pass
        for slot, proc in list(procs.items()):
            job, (index, since) = current[slot], progress[2 * slot : 2 * slot + 2]
            stuck = bool(since) and time.monotonic() - since > timeout
            if job is None or not (stuck or not proc.is_alive()):
                continue
            proc.kill()
            proc.join()
            restarts += 1
            if restarts > MAX_RESTARTS:
                raise RuntimeError(f"workers keep dying (last exit code {proc.exitcode})")
            if since:  # died or stuck on one input: that input is the finding, skip it
                where = stuck_at(_stack_file(slot).read_text()) if stuck else "worker died"
                total.hangs.append((int(index), where))
                print(f"  input {int(index)}: {'stuck at ' if stuck else ''}{where}")
                split = ((int(index) + 1, job[1]), (job[0], int(index)))
                pending.extendleft(r for r in split if r[0] < r[1])
            else:  # died between inputs: run the whole job again
                pending.appendleft(job)
            start(slot)
        if time.monotonic() - last_report > 15:
            last_report = time.monotonic()
            print(f"  {total.inputs:,} inputs, {len(total.unexpected)} unexpected", flush=True)
    for slot, proc in procs.items():
        queues[slot].put(None)
        proc.join(timeout=5)
    return total


# -- findings: reproduce, group by faulting line, minimise --------------------------------------


def reproduce(raw: RawDocument) -> tuple[str, BaseException] | None:
    """(stage, exception) when parse_document or clean_document fails unexpectedly."""
    try:
        parsed = parse_document(raw)
    except ParseError:
        return None
    except Exception as exc:
        return "parse", exc
    try:
        clean_document(parsed)
    except CleanError:
        return None
    except Exception as exc:
        return "clean", exc
    return None


def signature(stage: str, exc: BaseException) -> str:
    """Stage, exception type and the deepest wirecopy frame: one line per distinct bug."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if _is_ours(f.filename)]
    frame = (ours or frames)[-1]
    where = Path(frame.filename).resolve()
    shown = where.relative_to(ROOT) if _is_ours(frame.filename) else frame.filename
    return f"{stage}: {type(exc).__name__} at {shown}:{frame.lineno} in {frame.name}"


def _is_ours(filename: str) -> bool:
    """True for a wirecopy source file (not a library, not this script)."""
    path = Path(filename)
    if not path.is_absolute():  # Cython frames name their .pyx/.pxi relative to the build
        return False
    path = path.resolve()  # wirecopy/tasks is a symlink to tasks/
    return path.is_relative_to(ROOT) and not {".venv", "benchmarks"} & set(path.parts)


def minimise(raw: RawDocument, sig: str, budget: float = 15.0) -> bytes:
    """The shortest input (lines, then bytes removed) that still fails with signature sig."""
    stop = time.monotonic() + budget

    def fails(data: bytes) -> bool:
        found = reproduce(
            RawDocument(raw.source_uri, data, raw.sha256, len(data), None, raw.encoding)
        )
        return found is not None and signature(*found) == sig

    data = raw.data
    for split, join in ((lambda d: d.split(b"\n"), b"\n".join), (list, bytes)):
        parts: list[Any] = split(data)
        pieces = 2
        while len(parts) >= 2 and time.monotonic() < stop:
            size = -(-len(parts) // pieces)
            for begin in range(0, len(parts), size):
                candidate = parts[:begin] + parts[begin + size :]
                if fails(join(candidate)):
                    parts, pieces = candidate, max(pieces - 1, 2)
                    break
            else:
                if pieces >= len(parts):
                    break
                pieces = min(len(parts), pieces * 2)
        data = join(parts)
    return data


def report_bugs(stats: Stats, maker: InputMaker, minimise_budget: float) -> list[dict[str, Any]]:
    """One record per distinct bug among the unexpected rejects and escaped exceptions."""
    groups: dict[str, list[tuple[int, BaseException, str]]] = {}
    indices = sorted({i for i, _s, _d in stats.unexpected} | {i for i, _t in stats.escaped})
    for index in indices:
        found = reproduce(maker.make(index).raw)
        if found is not None:
            groups.setdefault(signature(*found), []).append((index, found[1], found[0]))
    bugs = []
    OUT.mkdir(parents=True, exist_ok=True)
    for n, (sig, hits) in enumerate(sorted(groups.items(), key=lambda kv: -len(kv[1])), 1):
        index, exc, _stage = min(hits, key=lambda h: len(maker.make(h[0]).raw.data))
        item = maker.make(index)
        small = minimise(item.raw, sig, minimise_budget) if minimise_budget > 0 else item.raw.data
        tb = "".join(traceback.format_exception(exc)).strip()
        (OUT / f"bug-{n:02d}.bin").write_bytes(small)
        bugs.append(
            {
                "signature": sig,
                "count": len(hits),
                "example": index,
                "recipe": item.recipe,
                "encoding": item.raw.encoding,
                "source_uri": item.raw.source_uri,
                "minimal_input": repr(small[:600]),
                "minimal_bytes": len(small),
                "file": str((OUT / f"bug-{n:02d}.bin").relative_to(ROOT)),
                "traceback": tb.splitlines()[-12:],
            }
        )
    return bugs


def main(argv: list[str] | None = None) -> int:
    """Run the fuzzer (or reproduce one input); print and save the report."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="inputs (default 100,000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--start", type=int, default=0, help="first input index (default 0)")
    ap.add_argument("--workers", type=int, default=2, help="processes (default 2)")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds before an input hangs")
    ap.add_argument("--minimise", type=float, default=15.0, help="seconds per bug (0: off)")
    ap.add_argument("--reproduce", type=int, help="run input INDEX here and show what happens")
    ap.add_argument("--json", type=Path, default=OUT / "report.json")
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")
    maker = InputMaker(args.seed, load_seeds())
    if args.reproduce is not None:
        item = maker.make(args.reproduce)
        print(f"input {item.index}: {item.recipe} ({len(item.raw.data)} bytes)")
        print(f"encoding={item.raw.encoding!r} source_uri={item.raw.source_uri!r}")
        print(repr(item.raw.data[:2000]))
        found = reproduce(item.raw)
        if found is not None:
            traceback.print_exception(found[1])
        return 1 if found else 0
    started = time.monotonic()
    stats = run(args.start, args.n, args.seed, args.workers, args.timeout)
    wall = time.monotonic() - started
    bugs = report_bugs(stats, maker, args.minimise)
    slowest = [
        {"index": i, "ms": round(s * 1000, 1), "bytes": size, "recipe": maker.make(i).recipe}
        for s, i, size in sorted(stats.slowest, reverse=True)
    ]
    inputs = stats.inputs + len(stats.hangs)  # a hung input was run too, just never finished
    report = {
        "inputs": inputs,
        "seed": args.seed,
        "workers": args.workers,
        "wall_seconds": round(wall, 1),
        "inputs_per_second": round(inputs / wall),
        "articles": stats.articles,
        "escaped_exceptions": len(stats.escaped),
        "unexpected_rejects": len(stats.unexpected),
        "hangs": [
            {"index": i, "stuck_at": where, "recipe": maker.make(i).recipe}
            for i, where in stats.hangs
        ],
        "oversized_metadata": stats.oversized[:20],
        "slowest": slowest,
        "reject_reasons": stats.reasons.most_common(25),
        "bugs": bugs,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2))
    print(
        f"inputs {inputs:,} in {wall:.0f} s ({report['inputs_per_second']}/s, "
        f"{args.workers} workers, seed {args.seed}); articles {stats.articles:,}"
    )
    print(
        f"escaped exceptions {len(stats.escaped)}; unexpected rejects {len(stats.unexpected)}; "
        f"hangs {len(stats.hangs)}; oversized metadata {len(stats.oversized)}"
    )
    top = slowest[0]
    print(f"slowest input {top['index']}: {top['ms']} ms, {top['bytes']} bytes ({top['recipe']})")
    for index, where in stats.hangs:
        print(f"  hang: input {index} stuck at {where}")
    for bug in bugs:
        print(
            f"  {bug['count']:5d} × {bug['signature']}  [minimal: {bug['minimal_bytes']} bytes, "
            f"{bug['file']}]"
        )
    print(f"report: {args.json}")
    return 1 if stats.escaped or stats.unexpected or stats.hangs or stats.oversized else 0


if __name__ == "__main__":
    sys.exit(main())
