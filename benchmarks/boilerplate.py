"""Boilerplate left in agency copy, and story text lost, on copy no rule was written for.

    python benchmarks/boilerplate.py                 # 8 agencies x 8 days x 30 stories, ~1 min
    python benchmarks/boilerplate.py --days 4 --per-day 20
    python benchmarks/boilerplate.py --small-sources    # first sight of sources of 6-24 stories

The copy comes from benchmarks/agency_copy.py: every agency's promos and disclaimers are in
wordings no named rule lists. Measured (lines counted per story; "left" is boilerplate still in
the body, "lost" story paragraphs no longer in it):

1. alone: parse + clean of each story by itself (the named and shape rules, no counts);
2. cold: one `run_ingest` of every day into a fresh database (counts of each batch only);
3. nightly: one run per day into one database, as the schedule runs (earlier nights' counts);
4. leave-agency-out: for each agency, the settings of tasks/cleaning/repetition.py (the shares, the
   shape score) are chosen on the other agencies (in-process nights), then scored on it.

Floor (issue 16): boilerplate left <= 2 % (nightly, every night after the first).

--small-sources: how few stories a source needs before its batch's counts may act
(repetition.MIN_SOURCE_DOCS), at first sight of sources of 6 to 24 stories, on the synthetic copy
and on real article text (benchmarks/story_copies.py: news-dev truth paragraphs re-filed by six
outlets and three wires as copies and same-outlet updates, each outlet with its own boilerplate
lines): story paragraphs lost and boilerplate left, per setting.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from itertools import product
from pathlib import Path
from typing import Any

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))

import story_copies
from agency_copy import FIRST_DAY, Story, stories, write

from wirecopy.flows.pipeline import run_ingest
from wirecopy.schemas.records import Article, RawDocument
from wirecopy.tasks.clean import clean_batch
from wirecopy.tasks.cleaning import repetition
from wirecopy.tasks.cleaning.repetition import Repeated, line_text_key, paragraphs
from wirecopy.tasks.parse import parse_document

FLOOR_LEFT = 0.02
# Settings the leave-agency-out search may choose among (the default first): the share each
# shape score needs (tasks/repetition.SHARE_NEEDS), and the interval's z.
GRID = {
    "SHARE_NEEDS": (
        ((0.5, 0), (0.2, 1), (0.05, 2), (0.02, 4)),
        ((0.5, 0), (0.2, 1), (0.05, 2)),
        ((0.5, 0), (0.2, 1), (0.03, 2)),
        ((0.5, 0), (0.1, 1), (0.03, 2)),
        ((0.7, 0), (0.3, 1), (0.05, 2)),
        ((0.5, 0), (0.2, 1), (0.05, 3)),
        ((0.5, 0), (0.05, 2)),
        ((0.3, 0), (0.1, 1), (0.03, 2)),
    ),
    "CONFIDENCE_Z": (1.645, 1.0),
}
# A lost story paragraph costs three times a boilerplate line left: fewer wrong removals
# beats more removals (the same trade as spurious credits).
LOST_WEIGHT = 3.0


@dataclass(slots=True)
class Score:
    """Lines counted over stories: boilerplate (all, unlisted) and story paragraphs."""

    boiler: int = 0
    left: int = 0
    unlisted: int = 0
    unlisted_left: int = 0
    story: int = 0
    lost: int = 0

    def add(self, s: Story, body: str) -> None:
        keys = {line_text_key(p) for p in paragraphs(body)}
        flat = line_text_key(body)
        self.boiler += len(s.boilerplate)
        self.left += sum(line_text_key(b) in keys for b in s.boilerplate)
        self.unlisted += len(s.unlisted)
        self.unlisted_left += sum(line_text_key(b) in keys for b in s.unlisted)
        self.story += len(s.story)
        # The first paragraph loses its dateline and tag: it is found inside the body.
        self.lost += sum(line_text_key(p) not in flat for p in s.story)

    def merge(self, other: Score) -> None:
        for name in self.__slots__:  # type: ignore[attr-defined]
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def left_share(self) -> float:
        return self.left / self.boiler if self.boiler else 0.0

    @property
    def lost_share(self) -> float:
        return self.lost / self.story if self.story else 0.0

    def row(self) -> dict[str, float]:
        return {
            "boilerplate_left": round(self.left_share, 4),
            "unlisted_left": round(self.unlisted_left / max(self.unlisted, 1), 4),
            "story_lost": round(self.lost_share, 5),
            "boilerplate_lines": self.boiler,
            "story_lines": self.story,
        }


def _raw(s: Story) -> RawDocument:
    data = s.text.encode()
    return RawDocument(f"/bench/{s.name}", data, str(hash(data)), len(data))


def _bodies(db: Path) -> dict[str, str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT source_uri, body_text FROM articles").fetchall()
        return {uri: body for uri, body in rows}
    finally:
        con.close()


def _score(items: list[Story], bodies: dict[str, str], root: Path) -> dict[str, Score]:
    by_agency: dict[str, Score] = defaultdict(Score)
    for s in items:
        by_agency[s.agency].add(s, bodies.get(str(root / s.name), ""))
    return by_agency


def alone(items: list[Story]) -> dict[str, Score]:
    """Each story cleaned by itself: no counts at all."""
    by_agency: dict[str, Score] = defaultdict(Score)
    for s in items:
        article = clean_batch([parse_document(_raw(s))]).items[0]
        by_agency[s.agency].add(s, article.body_text)
    return by_agency


def cold(items: list[Story], work: Path) -> dict[str, Score]:
    """Every day in one run into a fresh database."""
    root, db = work / "cold", work / "cold.duckdb"
    write(root, items)
    run_ingest([str(root)], str(db), publish=False)
    return _score(items, _bodies(db), root)


def nightly(items: list[Story], work: Path, days: int) -> list[dict[str, Score]]:
    """One run per day into one database, each with its logical date."""
    root, db = work / "nightly", work / "nightly.duckdb"
    write(root, items)
    nights = []
    for d in range(days):
        day = FIRST_DAY + timedelta(days=d)
        run_ingest([str(root / f"{day:%Y-%m-%d}")], str(db), logical_date=day, publish=False)
        tonight = [s for s in items if s.day == day]
        nights.append(_score(tonight, _bodies(db), root))
    return nights


@contextmanager
def settings(values: dict[str, Any]) -> Iterator[None]:
    """Module settings of tasks/cleaning/repetition.py changed for a measurement, then restored."""
    if "SHARE_NEEDS" in values:  # the lowest share that may count follows the tiers
        values = {**values, "SHAPED_SHARE": min(s for s, _ in values["SHARE_NEEDS"])}
    saved = {k: getattr(repetition, k) for k in values}
    for k, v in values.items():
        setattr(repetition, k, v)
    try:
        yield
    finally:
        for k, v in saved.items():
            setattr(repetition, k, v)


def simulate(parsed: dict[int, list[tuple[Story, object]]]) -> dict[str, Score]:
    """Nights in process: each night's batch cleaned with the counts of the nights before
    (as tasks/line_stats.py keeps them: one count per story, window of WINDOW_DAYS)."""
    stories_seen: dict[str, dict[int, tuple[int, ...]]] = defaultdict(dict)
    by_agency: dict[str, Score] = defaultdict(Score)
    for night in sorted(parsed):
        stored = _stored(stories_seen)
        docs = [doc for _, doc in parsed[night]]
        articles: list[Article] = clean_batch(docs, None, stored).items  # type: ignore[arg-type]
        for (s, _), article in zip(parsed[night], articles, strict=True):
            by_agency[s.agency].add(s, article.body_text)
            if article.lines is not None:
                stories_seen[article.lines.source].setdefault(
                    article.lines.story, article.lines.lines
                )
    return by_agency


def _stored(seen: dict[str, dict[int, tuple[int, ...]]]) -> Repeated:
    sources = {}
    for source, by_story in seen.items():
        n = len(by_story)
        if n < repetition.MIN_SOURCE_DOCS:
            continue
        counts = Counter(h for lines in by_story.values() for h in lines)
        floor = max(repetition.MIN_LINE_DOCS, repetition.SHAPED_SHARE * n)
        sources[source] = (n, {h: c for h, c in counts.items() if c >= floor})  # even if empty
    return Repeated(sources)


def leave_agency_out(items: list[Story]) -> dict[str, dict[str, object]]:
    """Per agency: the grid setting best on the other agencies, and its score on this one."""
    parsed: dict[int, list[tuple[Story, object]]] = defaultdict(list)
    for s in items:
        parsed[s.day.toordinal()].append((s, parse_document(_raw(s))))
    grid = [dict(zip(GRID, values, strict=True)) for values in product(*GRID.values())]
    results = []
    for values in grid:
        with settings(values):
            results.append((values, simulate(parsed)))
    out: dict[str, dict[str, object]] = {}
    for agency in sorted({s.agency for s in items}):

        def cost(scores: dict[str, Score], held: str = agency) -> float:
            pooled = Score()
            for a, sc in scores.items():
                if a != held:
                    pooled.merge(sc)
            return pooled.left_share + LOST_WEIGHT * pooled.lost_share

        values, scores = min(results, key=lambda r: cost(r[1]))
        out[agency] = {"chosen": values, **scores[agency].row()}
    return out


def _pooled(scores: dict[str, Score]) -> Score:
    total = Score()
    for sc in scores.values():
        total.merge(sc)
    return total


# Source sizes and MIN_SOURCE_DOCS settings the --small-sources table compares.
SMALL_SOURCES = (6, 8, 12, 16, 24)
MIN_DOCS_SETTINGS = (20, 12, 8, 6)


def real_copies(size: int) -> Score:
    """The first `size` documents of each outlet of the story-copies set, cleaned as one batch
    per outlet (first sight: the batch's counts only), signed by a dated dateline tag."""
    by_outlet: dict[str, list[story_copies.Doc]] = defaultdict(list)
    for doc in story_copies.build("news-dev"):
        by_outlet[doc.outlet].append(doc)
    score = Score()
    for outlet, docs in by_outlet.items():
        docs = sorted(docs, key=lambda d: d.published_at)[:size]
        boiler = {
            line_text_key(b.format(o=outlet, y=y))
            for b in story_copies._BOILER
            for y in (2024, 2025)
        }
        raws = []
        truths = []
        for i, doc in enumerate(docs):
            paras = doc.body.split("\n\n")
            first = f"PORT ALDER, Jan {i % 28 + 1} ({outlet}) - {paras[0]}"
            text = "\n\n".join(["World", doc.title, first, *paras[1:]]) + "\n"
            raws.append(parse_document(_raw_text(f"/copies/{outlet}/{i}.txt", text)))
            truths.append(paras)
        for paras, article in zip(truths, clean_batch(raws).items, strict=True):
            story = [p for p in paras[1:] if line_text_key(p) not in boiler]
            lines = [p for p in paras if line_text_key(p) in boiler]
            score.add(Story(outlet, FIRST_DAY, "", "", lines, story, []), article.body_text)
    return score


# A promo every version carries (a named rule knows its wording: the measure is story text lost).
VERSION_PROMO = "Listen to the Harbour Hour podcast every Friday wherever you get your audio."


def versions_of_one_story(versions: int, pages: int = 40) -> Score:
    """Each of `pages` news-dev stories filed `versions` times by one agency in one batch, each
    version under a new headline with one more paragraph (write-throughs): every paragraph
    recurs in most of the batch's documents because the story does."""
    score = Score()
    long_pages = [p for p in story_copies.load_pages("news-dev") if len(p.paragraphs) >= 8]
    for n, page in enumerate(long_pages[:pages]):
        raws, truths = [], []
        for v in range(versions):
            paras = list(page.paragraphs[: 4 + v])
            first = f"PORT ALDER, Jan {v + 1} (Harbour Wire) - {paras[0]}"
            body = [first, *paras[1:3], VERSION_PROMO, *paras[3:]]
            text = "\n\n".join(["World", f"{page.title[:60]} (version {v})", *body]) + "\n"
            raws.append(parse_document(_raw_text(f"/versions/{n}/{v}.txt", text)))
            truths.append(paras)
        for paras, article in zip(truths, clean_batch(raws).items, strict=True):
            story = [p for p in paras[1:] if len(p.split()) >= repetition.LINE_MIN_WORDS]
            score.add(Story("", FIRST_DAY, "", "", [VERSION_PROMO], story, []), article.body_text)
    return score


def small_sources(seed: int) -> list[dict[str, object]]:
    """Boilerplate left and story lost at first sight of small sources, per MIN_SOURCE_DOCS."""
    rows: list[dict[str, object]] = []
    for size in SMALL_SOURCES:
        items = list(stories(seed, 1, size))
        parsed = {0: [(s, parse_document(_raw(s))) for s in items]}
        for min_docs in MIN_DOCS_SETTINGS:
            with settings({"MIN_SOURCE_DOCS": min_docs}):
                synthetic, real = _pooled(simulate(parsed)), real_copies(size)
            rows.append(
                {
                    "stories": size,
                    "MIN_SOURCE_DOCS": min_docs,
                    "synthetic": synthetic.row(),
                    "real": real.row(),
                }
            )
            print(
                f"  {size:3} stories  MIN_SOURCE_DOCS {min_docs:3}   synthetic left "
                f"{synthetic.left_share:6.1%} lost {synthetic.lost_share:6.2%}   real copies left "
                f"{real.left_share:6.1%} lost {real.lost} of {real.story}"
            )
    for versions in (8, 12, 20):
        one = versions_of_one_story(versions)
        rows.append({"versions_of_one_story": versions, **one.row()})
        print(
            f"  one agency's batch of {versions} versions of each story: story lost "
            f"{one.lost_share:.1%} ({one.lost} of {one.story}), promo left {one.left_share:.1%}"
        )
    return rows


def _raw_text(uri: str, text: str) -> RawDocument:
    data = text.encode()
    return RawDocument(uri, data, str(hash(data)), len(data))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--days", type=int, default=8)
    parser.add_argument("--per-day", type=int, default=30)
    parser.add_argument(
        "--no-copyright",
        action="store_true",
        help="copy signed by its dateline tag alone ('LONDON, Nov 5 (Agency) - '), no © line",
    )
    parser.add_argument("--json", type=Path, default=Path("benchmarks/out/boilerplate.json"))
    parser.add_argument(
        "--small-sources",
        action="store_true",
        help=__doc__.split("--small-sources: ")[1].split(",")[0],
    )
    args = parser.parse_args()
    if args.small_sources:
        table = small_sources(args.seed)
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.with_name("boilerplate-small-sources.json").write_text(
            json.dumps(table, indent=2)
        )
        return
    items = list(stories(args.seed, args.days, args.per_day, copyright=not args.no_copyright))
    report: dict[str, object] = {"stories": len(items)}
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="wirecopy-boilerplate-") as tmp:
        work = Path(tmp)
        report["alone"] = _pooled(alone(items)).row()
        report["cold"] = _pooled(cold(items, work)).row()
        nights = nightly(items, work, args.days)
    report["nightly"] = [_pooled(n).row() for n in nights]
    later = Score()
    for n in nights[1:]:
        later.merge(_pooled(n))
    report["nightly_after_first"] = later.row()
    lao = leave_agency_out(items)
    report["leave_agency_out"] = lao
    shares = [float(v["boilerplate_left"]) for v in lao.values()]  # type: ignore[arg-type]
    lost = [float(v["story_lost"]) for v in lao.values()]  # type: ignore[arg-type]
    report["leave_agency_out_mean"] = {
        "boilerplate_left": round(statistics.mean(shares), 4),
        "boilerplate_left_sd": round(statistics.pstdev(shares), 4),
        "story_lost": round(statistics.mean(lost), 5),
    }
    report["seconds"] = round(time.perf_counter() - start, 1)
    print(f"{len(items)} stories, {args.days} days, {report['seconds']} s")
    for name in ("alone", "cold", "nightly_after_first"):
        print(f"  {name:22} {report[name]}")
    for i, night in enumerate(report["nightly"], 1):  # type: ignore[arg-type]
        print(f"  night {i:<16} {night}")
    for agency, row in lao.items():
        print(f"  held out {agency:24} {row}")
    print(f"  leave-agency-out mean  {report['leave_agency_out_mean']}")
    ok = later.left_share <= FLOOR_LEFT
    print(
        f"boilerplate left after the first night {later.left_share:.4f} <= {FLOOR_LEFT}: "
        f"{'PASS' if ok else 'FAIL'}"
    )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2, default=str))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
