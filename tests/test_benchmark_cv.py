"""The extraction benchmark's cross-validation: folds of whole groups, exact rule ablations.

Reads a few pages of the shared corpus (skipped in a clone without ../shared/corpus).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import cv
from wirecopy.tasks.html.extract import extract_html
from wirecopy.tasks.rule_switches import switched_off

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
pytestmark = pytest.mark.skipif(
    not (CORPUS / "tools").is_dir(), reason="shared corpus not present (../shared/corpus)"
)


def _page(pid: str, group: str) -> cv.Page:
    return cv.Page(pid, "demo", group, "https://example.org/a", "<html></html>")


def test_folds_keep_groups_whole_and_are_stable() -> None:
    pages = [_page(f"p{i}", f"g{i % 7}") for i in range(30)]
    folds = cv.folds(pages, 3)
    assert len(folds) == 3
    assert sorted(i for f in folds for i in f) == sorted(p.id for p in pages)
    group_of = {p.id: p.group for p in pages}
    groups = [{group_of[i] for i in f} for f in folds]
    assert all(not (a & b) for n, a in enumerate(groups) for b in groups[n + 1 :])
    assert cv.folds(pages, 3) == folds
    assert len(cv.folds(pages, 0)) == 7  # one fold per group


@pytest.fixture(scope="module")
def runner() -> cv.Runner:
    tools = cv.load_tools(CORPUS / "tools")
    pages = cv.load_pages(tools, [CORPUS / "news-dev"])
    wanted = {"de/DW_2023_04_28", "uk/TheMirror_2024_08_05", "us/WashingtonTimes_2023_04_28"}
    return cv.Runner(tools, [p for p in pages if p.id in wanted])


def test_ablation_by_fired_rules_equals_a_full_run(runner: cv.Runner) -> None:
    """Only rules that act are switched off; the result must equal switching all of them off."""
    for page_id, page in runner.pages.items():
        fired = sorted(runner.run(page_id).fired)
        for off in ({fired[0]}, set(fired[:3]), {"nav_tag", "recall_fallback", "label_tail"}):
            with switched_off(off):
                direct = extract_html(page.html, page.url)
            expected = cv.score_page(
                runner.tools,
                page,
                cv.body_text(direct),
                cv.image_items(direct),
                cv.meta_fields(direct),
            )
            got = runner.under(page_id, frozenset(off))
            assert (got.body, got.images, got.meta) == (
                expected.body,
                expected.images,
                expected.meta,
            )


def test_plain_scores_equal_the_tools_own(runner: cv.Runner) -> None:
    tools = runner.tools
    ids = sorted(runner.pages)
    ours = cv.metrics(tools, [runner.run(i) for i in ids])
    truths = {i: runner.pages[i].body_truth or "" for i in ids}
    preds = {i: cv.body_text(extract_html(runner.pages[i].html, runner.pages[i].url)) for i in ids}
    assert ours["body_f1"] == pytest.approx(tools.body.score(truths, preds, n_boot=2)["f1"])
    cases = [runner.pages[i].image_case for i in ids if runner.pages[i].image_case]
    images = {
        c["id"]: cv.image_items(extract_html(runner.pages[c["id"]].html, c["url"])) for c in cases
    }
    assert ours["img_f1"] == pytest.approx(tools.images.score(cases, images)["img_F1"])


def test_body_is_scored_as_the_pipeline_stores_it() -> None:
    # The adapters score articles.body_text: the extracted paragraphs through the clean stage
    # (the headline the page repeats above the text and a "Read more:" teaser leave it).
    text = [
        "The harbour office opened the new quay on Monday after two years of building work.",
        "Fishing boats were the first to moor there, followed by a ferry from the islands.",
    ]
    html = (
        "<html><head><title>Harbour opens its new quay</title></head><body><article>"
        "<p><b>Harbour opens its new quay</b></p>"
        + "".join(f"<p>{t}</p>" for t in text)
        + "<p>Read "
        "more: Council approves the ferry timetable</p></article></body></html>"
    )
    page = extract_html(html, "https://news.example.net/a")
    assert cv.extracted_text(page).startswith("Harbour opens its new quay")
    assert "Read more" in cv.extracted_text(page)
    assert cv.body_text(page, "https://news.example.net/a") == "\n\n".join(text)
    assert cv.body_text(extract_html("<html><body></body></html>")) == ""  # rejected: empty
