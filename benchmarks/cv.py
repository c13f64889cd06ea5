"""Cross-validation and rule scoreboard for the HTML extractor, scored with the corpus tools.

Every page is extracted once with all rules on (tracing which rules act on it), then again with
each rule switched off where it acted. Per-page scores come from the shared tools' own scoring
functions, so the plain figures equal what `eval_body.py` / `eval_images.py` / `eval_meta.py`
print. Folds group pages by publisher (news-dev) or site (aeb-dev): a fold's rule choices are
made on the other folds' pages only, then scored on the fold.
"""

from __future__ import annotations

import statistics
import sys
import time
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

from wirecopy.schemas.records import Block, HtmlPage, ParsedDocument
from wirecopy.tasks.clean import CleanError, clean_document
from wirecopy.tasks.html.extract import extract_html
from wirecopy.tasks.rule_switches import REGISTRY, TUNABLES, settings, switched_off, tracing

# Image counters kept per page, summed over any set of pages, turned into the tool's shares.
META_KEYS = ("title_exact", "pub_day", "auth_exact")
# Rules the cross-validation never switches off, and why: what they serve is not scored here.
PINNED: dict[str, str] = {
    "bracket_slash": "credits of plain agency copy ('(Urs Flueeler/Keystone)'), not in this corpus",
}
# A group counts as helped or hurt by a rule only beyond this change of its objective: token
# noise (one shingle on a long page) must not make a rule look publisher-specific.
GROUP_EPSILON = 0.005

Settings = tuple[tuple[str, float], ...]


@dataclass(slots=True)
class Tools:
    """The shared corpus tools, imported as modules."""

    body: ModuleType
    images: ModuleType
    meta: ModuleType


def load_tools(tools_dir: Path) -> Tools:
    """Import eval_body / eval_images / eval_meta from the corpus tools folder."""
    if str(tools_dir) not in sys.path:
        sys.path.insert(0, str(tools_dir))
    import eval_body
    import eval_images
    import eval_meta

    return Tools(eval_body, eval_images, eval_meta)


@dataclass(slots=True)
class Page:
    """One corpus page with whatever truth its dataset has."""

    id: str
    dataset: str
    group: str
    url: str
    html: str
    body_truth: str | None = None
    image_case: dict[str, Any] | None = None
    meta_case: dict[str, Any] | None = None


@dataclass(slots=True)
class Score:
    """Per-page scores of one extraction: body counts, image counters, metadata hits."""

    body: tuple[int, int, int] | None = None
    exact: bool = False
    empty: bool = False
    images: Counter[str] = field(default_factory=Counter)
    meta: dict[str, bool] = field(default_factory=dict)
    fired: frozenset[str] = frozenset()
    ms: float = 0.0


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def load_pages(tools: Tools, datasets: Iterable[Path]) -> list[Page]:
    """Pages of every dataset; aeb pages join a news publisher's group when they share a host."""
    pages: list[Page] = []
    for root in datasets:
        body_pages = tools.body.load_dataset(root)
        if (root / "ground-truth.json").is_file():
            for p in body_pages:
                html = tools.body.read_gz(p["html_path"])
                pages.append(Page(p["id"], root.name, _host(p["url"]), p["url"], html, p["truth"]))
            continue
        images = {c["id"]: c for c in tools.images.load_cases(root)}
        metas = {c["id"]: c for c in tools.meta.load_cases(root)}
        truths = {p["id"]: p["truth"] for p in body_pages}
        publishers = _publishers(root)
        for case in metas.values():
            html = tools.meta.read_html(case)
            group = publishers[case["id"]]
            page = Page(case["id"], root.name, group, case["url"], html, truths.get(case["id"]))
            page.image_case, page.meta_case = images.get(case["id"]), case
            pages.append(page)
    hosts = {_host(p.url): p.group for p in pages if p.meta_case is not None}
    for p in pages:
        if p.meta_case is None:
            p.group = hosts.get(p.group, p.group)
    return pages


def _publishers(root: Path) -> dict[str, str]:
    import json

    with (root / "ground-truth.jsonl").open(encoding="utf-8") as fh:
        return {r["id"]: r["publisher"] for r in map(json.loads, fh)}


# ------------------------------------------------------------------ outputs in the tools' shape


def body_text(page: HtmlPage, url: str | None = None) -> str:
    """Body text as the pipeline stores it (`articles.body_text`): the page's paragraphs
    through the clean stage's rules (boilerplate lines, the repeated headline, captions, the
    wire tag), joined by blank lines."""
    doc = ParsedDocument(
        source_uri=url or "file:///page.html",
        sha256="",
        format="html",
        metadata={},
        title=page.title,
        blocks=[Block(p) for p in page.paragraphs if p.strip()],
        images=list(page.images),
        removed=list(page.removed),
        html=page,
    )
    try:
        return clean_document(doc).body_text
    except CleanError:  # no body left: an empty prediction, as the pipeline rejects it
        return ""


def extracted_text(page: HtmlPage) -> str:
    """The HTML extractor's paragraphs alone, joined by blank lines (before the clean stage)."""
    return "\n\n".join(page.paragraphs)


def image_items(page: HtmlPage) -> list[dict[str, Any]]:
    """Images as the image tool reads them: url, caption, credit (a list of credits)."""
    return [{"url": i.url, "caption": i.caption, "credit": list(i.credits)} for i in page.images]


def meta_fields(page: HtmlPage) -> dict[str, Any]:
    """Title, authors, published (the page's own string when it has a time), language."""
    raw = page.extra.get("published_raw")
    # The raw string keeps the page's UTC offset, so the local calendar day can be compared.
    published = raw if isinstance(raw, str) and "T" in raw else page.published_at
    return {
        "title": page.title,
        "authors": page.authors,
        "published": published,
        "language": page.language,
    }


# ------------------------------------------------------------------ scoring one page


def score_page(
    tools: Tools,
    page: Page,
    body: str | None,
    images: list[dict[str, Any]] | None,
    meta: dict[str, Any] | None,
) -> Score:
    """Score one page's outputs with the tools' own per-page functions."""
    score = Score()
    if page.body_truth:
        score.body = tools.body.page_counts(page.body_truth, body)
        score.exact = tools.body.words(page.body_truth) == tools.body.words(body)
        score.empty = not tools.body.words(body)
    if page.image_case is not None:
        score.images = _image_counts(tools, page.image_case, images or [])
    if page.meta_case is not None:
        row = tools.meta.score_page(page.meta_case, tools.meta.as_meta(meta, page.id))
        score.meta = {k: bool(row[k]) for k in META_KEYS if k in row}
    return score


def _image_counts(tools: Tools, case: dict[str, Any], pred: list[dict[str, Any]]) -> Counter[str]:
    """The tool's image counters for one page, recovered from its shares (exact integers)."""
    m = tools.images.score([case], {case["id"]: pred})
    counts: Counter[str] = Counter()
    for key in ("gt_imgs", "pred_imgs", "matched"):
        counts[key] = m[key]
    counts["cap_n"], counts["cred_n"] = m["cap_n"], m["cred_n"]
    counts["cred_none"] = m["matched"] - m["cred_n"]
    for share, base in (("cap_exact", "cap_n"), ("cred_exact", "cred_n"), ("cred_leak", "cred_n")):
        counts[share] = round(m[share] * counts[base]) if counts[base] else 0
    spurious = m["cred_spurious"]
    counts["cred_spurious"] = round(spurious * counts["cred_none"]) if counts["cred_none"] else 0
    return counts


# ------------------------------------------------------------------ aggregates over pages


def _mean(values: list[float]) -> float:
    return statistics.mean(values) if values else float("nan")


def metrics(tools: Tools, scores: list[Score]) -> dict[str, float]:
    """The headline metrics over a set of pages, as the tools compute them."""
    out: dict[str, float] = {}
    body = [s for s in scores if s.body is not None]
    if body:
        agg = tools.body.aggregate([s.body for s in body if s.body is not None])
        out.update(body_f1=agg["f1"], body_p=agg["precision"], body_r=agg["recall"])
        out["body_empty"] = sum(s.empty for s in body)
    img: Counter[str] = sum((s.images for s in scores), Counter())
    if img["gt_imgs"]:
        p = img["matched"] / img["pred_imgs"] if img["pred_imgs"] else 0.0
        r = img["matched"] / img["gt_imgs"]
        out["img_f1"] = 2 * p * r / (p + r) if p + r else 0.0
        out["cap_exact"] = img["cap_exact"] / img["cap_n"] if img["cap_n"] else float("nan")
        for key, base in (("cred_exact", "cred_n"), ("cred_leak", "cred_n")):
            out[key] = img[key] / img[base] if img[base] else float("nan")
        none = img["cred_none"]
        out["cred_spurious"] = img["cred_spurious"] / none if none else float("nan")
    for key in META_KEYS:
        values = [float(s.meta[key]) for s in scores if key in s.meta]
        if values:
            out[key] = _mean(values)
    return out


def objective(tools: Tools, scores: list[Score]) -> float:
    """One number to choose rules by: body F1 + image quality + metadata hits (each 0..1)."""
    m = metrics(tools, scores)
    total = m.get("body_f1", 0.0)
    if "img_f1" in m:
        parts = [m["img_f1"], m["cap_exact"], m["cred_exact"]]
        parts += [1 - m["cred_spurious"], 1 - m["cred_leak"]]
        total += _mean([x for x in parts if x == x])
    meta = [m[k] for k in META_KEYS if k in m]
    return total + (_mean(meta) if meta else 0.0)


# ------------------------------------------------------------------ running the extractor


class Runner:
    """Extract pages under rule switches and settings, caching every (page, config) score."""

    def __init__(self, tools: Tools, pages: list[Page]) -> None:
        self.tools = tools
        self.pages = {p.id: p for p in pages}
        self.cache: dict[tuple[str, frozenset[str], Settings], Score] = {}
        self.runs = 0

    def run(self, page_id: str, off: frozenset[str] = frozenset(), tune: Settings = ()) -> Score:
        """Score of one page with these rules off and these settings (cached)."""
        key = (page_id, off, tune)
        if key not in self.cache:
            page = self.pages[page_id]
            with switched_off(off), settings(dict(tune)), tracing() as fired:
                start = time.perf_counter()
                out = extract_html(page.html, page.url or None)
                ms = 1000 * (time.perf_counter() - start)
                body = body_text(out, page.url or None)  # the clean stage's rules switch too
            score = score_page(self.tools, page, body, image_items(out), meta_fields(out))
            score.fired, score.ms = frozenset(fired), ms
            self.cache[key] = score
            self.runs += 1
        return self.cache[key]

    def under(self, page_id: str, off: frozenset[str], tune: Settings = ()) -> Score:
        """Score with `off` switched off, running only the rules that would act (exact).

        A rule that does not act on a page cannot change its output, so only the rules of
        `off` that fire are switched off; switching some off can make others fire, hence the loop.
        """
        active = off & self.run(page_id, frozenset(), tune).fired
        while True:
            score = self.run(page_id, active, tune)
            more = (off & score.fired) - active
            if not more:
                return score
            active |= more


# ------------------------------------------------------------------ folds and rule choices


def folds(pages: list[Page], k: int) -> list[list[str]]:
    """Page ids in k folds of whole groups (k=0: one fold per group), stable across runs."""
    groups = sorted({p.group for p in pages}, key=lambda g: (zlib.crc32(g.encode()), g))
    n = len(groups) if k <= 0 else k
    fold_of = {g: i % n for i, g in enumerate(groups)}
    out: list[list[str]] = [[] for _ in range(n)]
    for p in pages:
        out[fold_of[p.group]].append(p.id)
    return [f for f in out if f]


@dataclass(slots=True)
class Verdict:
    """What the training pages say about one rule."""

    rule: str
    delta: float  # objective with the rule off minus with it on (negative: the rule helps)
    helped: int  # groups whose objective falls when the rule is off
    hurt: int  # groups whose objective rises when the rule is off
    keep: bool  # what the cross-validation does (pinned rules stay)
    evidence: bool  # what the pages alone say


def judge(runner: Runner, rule: str, page_ids: list[str], tune: Settings = ()) -> Verdict:
    """Keep a rule when it helps the training pages and is not one publisher's rule.

    A rule goes when switching it off does better, or when it helps a single group and
    costs several others (a rule tuned to one publisher).
    """
    tools = runner.tools
    fired = [i for i in page_ids if rule in runner.run(i, frozenset(), tune).fired]
    if not fired:
        return Verdict(rule, 0.0, 0, 0, True, True)
    on = {i: runner.run(i, frozenset(), tune) for i in page_ids}
    off = {i: runner.under(i, frozenset({rule}), tune) if i in fired else on[i] for i in page_ids}
    delta = objective(tools, list(off.values())) - objective(tools, list(on.values()))
    by_group: dict[str, list[str]] = {}
    for i in fired:
        by_group.setdefault(runner.pages[i].group, []).append(i)
    helped = hurt = 0
    for ids in by_group.values():
        change = objective(tools, [off[i] for i in ids]) - objective(tools, [on[i] for i in ids])
        helped += change < -GROUP_EPSILON
        hurt += change > GROUP_EPSILON
    evidence = delta <= 0 and not (helped <= 1 and hurt >= 2)
    return Verdict(rule, delta, helped, hurt, evidence or rule in PINNED, evidence)


def choose_settings(runner: Runner, page_ids: list[str]) -> Settings:
    """Each tunable's best value on these pages (others at their defaults), defaults on ties."""
    chosen: list[tuple[str, float]] = []
    for name, (default, candidates) in sorted(TUNABLES.items()):
        best, best_value = default, None
        for value in (default, *[c for c in candidates if c != default]):
            tune: Settings = ((name, value),)
            got = objective(runner.tools, [runner.run(i, frozenset(), tune) for i in page_ids])
            if best_value is None or got > best_value + 1e-9:
                best, best_value = value, got
        if best != default:
            chosen.append((name, best))
    return tuple(chosen)


@dataclass(slots=True)
class FoldResult:
    """One fold: what was switched off, the settings chosen, and the fold's own scores."""

    off: frozenset[str]
    tune: Settings
    scores: dict[str, Score]


def cross_validate(runner: Runner, fold_ids: list[list[str]], rules: list[str]) -> list[FoldResult]:
    """For each fold: choose settings and rules on the other folds, score the fold with them."""
    results: list[FoldResult] = []
    every = [i for f in fold_ids for i in f]
    for held in fold_ids:
        held_set = set(held)
        train = [i for i in every if i not in held_set]
        tune = choose_settings(runner, train)
        off = frozenset(r for r in rules if not judge(runner, r, train, tune).keep)
        scores = {i: runner.under(i, off, tune) for i in held}
        results.append(FoldResult(off, tune, scores))
    return results


def baseline_scores(tools: Tools, pages: list[Page]) -> dict[str, Score]:
    """trafilatura's scores per page (the tools' baselines)."""
    scores: dict[str, Score] = {}
    for page in pages:
        body = tools.body.ex_trafilatura(page.html)
        images = tools.images.trafilatura_images(page.html, page.url) if page.image_case else None
        meta = tools.meta.trafilatura_meta(page.html, page.url) if page.meta_case else None
        scores[page.id] = score_page(tools, page, body, images, meta)
    return scores


def speed(tools: Tools, pages: list[Page]) -> tuple[list[float], list[float]]:
    """ms per page of extract_html and of trafilatura.extract, interleaved page by page.

    Interleaved so that a shared machine's load hits both alike; production path (no
    switches, no tracing) against the tool's trafilatura baseline call.
    """
    ours: list[float] = []
    theirs: list[float] = []
    for page in pages:
        start = time.perf_counter()
        extract_html(page.html, page.url or None)
        middle = time.perf_counter()
        tools.body.ex_trafilatura(page.html)
        ours.append(1000 * (middle - start))
        theirs.append(1000 * (time.perf_counter() - middle))
    return ours, theirs


def rule_families() -> dict[str, str]:
    """Every switchable rule and its family, in registration order."""
    return dict(REGISTRY)
