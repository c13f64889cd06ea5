"""Clean: a run of paragraphs the body holds twice (a box printed once per screen size) goes
in every copy, whatever its class; a pull quote, an interview's questions, table headers and
a label with its figure stay, and an article printed twice keeps one copy."""

from __future__ import annotations

from tests.test_extract_html_recall import SENTENCES, URL
from wirecopy.schemas.records import RemovedFragment
from wirecopy.tasks.html.extract import extract_html
from wirecopy.tasks.html.repeats import drop_repeated_paragraphs, repeated_paragraphs
from wirecopy.tasks.rule_switches import switched_off

OFFER = [
    "Enjoy the latest local, national and international news.",
    "Unlimited online access to all our news sites with one account.",
    "Daily puzzles including the crossword.",
]


def _box(cls: str) -> str:
    """A subscription offer as a template prints it: a heading, a line, a list of benefits."""
    items = "".join(f"<li>{t}</li>" for t in OFFER[1:])
    return (
        f"<div class='{cls}'><section><header><div><div>SUBSCRIBE</div><p>{OFFER[0]}</p>"
        f"<ul>{items}</ul></div></header></section></div>"
    )


def test_clean_a_box_printed_twice_under_meaningless_classes_leaves_the_body() -> None:
    first, second = ("".join(f"<p>{s} {s}</p>" for s in h) for h in (SENTENCES[:2], SENTENCES[2:]))
    html = (
        f"<html><body><article><div class='c2'>{first}{_box('c7')}{second}{_box('c9')}</div>"
        "</article></body></html>"
    )
    page = extract_html(html, URL)
    assert page.paragraphs == [f"{s} {s}" for s in SENTENCES]
    gone = [f for f in page.removed if f.rule == "repeated_block"]
    assert [f.text for f in gone] == OFFER * 2
    assert {f.kind for f in gone} == {"repeated"}
    # Recorded once: not again as a paragraph the extractor left out.
    assert not [f for f in page.removed if f.kind == "extractor" and f.text in OFFER]
    with switched_off({"repeated_block"}):
        assert extract_html(html, URL).paragraphs.count(OFFER[0]) == 2  # what the rule is for


def test_clean_every_copy_of_a_repeated_run_goes_and_the_story_around_it_stays() -> None:
    blocks = [SENTENCES[0], *OFFER, SENTENCES[1], SENTENCES[2], *OFFER, SENTENCES[3]]
    removed: list[RemovedFragment] = []
    assert drop_repeated_paragraphs(blocks, removed) == SENTENCES
    assert len(removed) == 2 * len(OFFER)
    # Case, spacing and a closing stop do not make a copy another box.
    copies = [*OFFER[:2], *SENTENCES, OFFER[0].upper().rstrip("."), f" {OFFER[1]}  "]
    assert repeated_paragraphs(copies) == [0, 1, 6, 7]


def test_clean_a_pull_quote_and_an_interviews_questions_stay() -> None:
    question = "What made you start cooking for others?"
    pulled = [SENTENCES[0], SENTENCES[1], SENTENCES[0], SENTENCES[2]]  # one paragraph again
    interview = [question, SENTENCES[0], question, SENTENCES[1], question, SENTENCES[2]]
    assert repeated_paragraphs(pulled) == []
    assert repeated_paragraphs(interview) == []


def test_clean_table_rows_and_a_label_with_its_figure_stay() -> None:
    header = ["| Pos | Player | Points |", "|---|---|---|"]
    table = [*header, "| 1 | Ann | 20 |", *header, "| 2 | Bo | 18 |"]
    specs = ["Specs:", "Temp rating: 15°F", SENTENCES[0], "Specs:", "Temp rating: 15°F"]
    assert repeated_paragraphs([SENTENCES[0], *table, SENTENCES[1]]) == []
    assert repeated_paragraphs(specs) == []


def test_clean_an_article_printed_twice_keeps_its_first_copy() -> None:
    blocks = [*SENTENCES, *SENTENCES]
    removed: list[RemovedFragment] = []
    assert drop_repeated_paragraphs(blocks, removed) == SENTENCES
    assert [f.text for f in removed] == SENTENCES
    # The article twice with a box between the copies: still one copy of the article.
    assert drop_repeated_paragraphs([*SENTENCES, *OFFER, *SENTENCES], []) == [*SENTENCES, *OFFER]


def test_clean_repeated_runs_are_recorded_within_the_fragment_bounds() -> None:
    long = "word " * 400
    removed = [RemovedFragment(kind="ad", rule="ad_slot", text="x")] * 199
    story = " ".join(SENTENCES * 30)
    blocks = [long, OFFER[0], SENTENCES[0], long, OFFER[0], SENTENCES[1], long, OFFER[0], story]
    kept = drop_repeated_paragraphs(blocks, removed)
    assert kept == [SENTENCES[0], SENTENCES[1], story]
    assert len(removed) == 200 and len(removed[-1].text) <= 500
