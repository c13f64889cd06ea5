"""The lead a page declares as its description goes before the body it prints it above."""

from __future__ import annotations

import pytest

from wirecopy.tasks.html.extract import extract_html
from wirecopy.tasks.html.lead import DeclaredLead, with_declared_lead
from wirecopy.tasks.rule_switches import switched_off

URL = "https://news.example.net/local/2024/06/01/quay"
LEAD = "The new quay is open: fishing boats moored first, and the old one becomes a park."
SENTENCES = [
    "The harbour office opened the new quay on Monday after two years of building work.",
    "Fishing boats were the first to moor there, followed by a ferry from the islands.",
    "The mayor thanked the engineers and said the old quay would become a public park.",
    "Residents can visit the quay on Saturday, when the harbour holds its first open day.",
]
BODY = "<div class='article__body'>" + "".join(f"<p>{s}</p>" for s in SENTENCES) + "</div>"
HEADLINE = "<h1>Harbour opens its new quay</h1>"
BYLINE = "<div class='meta'>By Jane Doe, 1 June 2024</div>"


def _page(body: str, description: str = LEAD) -> str:
    head = f'<meta property="og:description" content="{description}">'
    return f"<html><head>{head}</head><body><main>{body}</main></body></html>"


def test_lead_printed_above_the_article_container_is_the_first_paragraph() -> None:
    # Templates print the standfirst between the headline and the article's container, often
    # classed like a teaser; the body extractor reads the container alone.
    html = _page(f"{HEADLINE}<div class='article__teaser'>{LEAD}</div>{BYLINE}{BODY}")
    # (its class names it too, and it opens as the description: classed_lead reads it as well)
    with switched_off(["declared_lead", "classed_lead"]):
        assert extract_html(html, URL).paragraphs == SENTENCES  # what the extractor reads
    assert extract_html(html, URL).paragraphs == [LEAD, *SENTENCES]


def test_lead_a_rule_pruned_is_not_recorded_as_removed() -> None:
    # A lead classed like a promo box: pruned by its class, back in the body by the rule; the
    # removed fragments (the audit of what the page lost) do not list it.
    html = _page(f"{HEADLINE}<div class='premium-teaser'>{LEAD}</div>{BYLINE}{BODY}")
    with switched_off(["declared_lead"]):
        assert LEAD in [f.text for f in extract_html(html, URL).removed]
    page = extract_html(html, URL)
    assert page.paragraphs == [LEAD, *SENTENCES]
    assert LEAD not in [f.text for f in page.removed]


def test_description_cut_short_finds_the_whole_printed_lead() -> None:
    html = _page(f"{HEADLINE}<p class='intro'>{LEAD}</p>{BODY}", description=LEAD[:60] + "…")
    assert extract_html(html, URL).paragraphs == [LEAD, *SENTENCES]


def test_lead_with_inline_markup_is_found_from_its_first_text() -> None:
    lead = "<p class='intro'><strong>Harbour.</strong> " + LEAD + "</p>"
    html = _page(f"{HEADLINE}{lead}{BODY}", description="Harbour. " + LEAD)
    assert extract_html(html, URL).paragraphs == ["Harbour. " + LEAD, *SENTENCES]


def test_lead_printed_in_several_paragraphs_is_read_whole() -> None:
    # A template that prints the standfirst's sentences as sibling paragraphs (or points).
    parts = [
        "The new quay is open: fishing boats moored first.",
        "The old quay becomes a park for the harbour town.",
    ]
    lead = "".join(f"<p class='lead'>{p}</p>" for p in parts)
    html = _page(f"{HEADLINE}{lead}{BYLINE}{BODY}", description=" ".join(parts))
    assert extract_html(html, URL).paragraphs == [*parts, *SENTENCES]
    points = "<ul>" + "".join(f"<li>{p}</li>" for p in parts) + "</ul>"
    html = _page(f"{HEADLINE}{points}{BODY}", description=" ".join(parts))
    assert extract_html(html, URL).paragraphs == [*parts, *SENTENCES]


def test_paragraphs_that_go_on_past_the_description_are_not_a_split_lead() -> None:
    parts = ["The new quay is open: fishing boats moored first.", "Something else entirely."]
    lead = "".join(f"<p class='lead'>{p}</p>" for p in parts)
    description = parts[0] + " The old quay becomes a park for the harbour town."
    html = _page(f"{HEADLINE}{lead}{BODY}", description=description)
    assert extract_html(html, URL).paragraphs == SENTENCES


def test_description_that_is_the_first_paragraph_is_not_repeated() -> None:
    html = _page(f"{HEADLINE}{BODY}", description=SENTENCES[0])
    assert extract_html(html, URL).paragraphs == SENTENCES


def test_description_in_a_teaser_link_is_not_a_lead() -> None:
    # The page's own teaser card (inside a link) repeats its description: not the article.
    teaser = f"<a href='/local/2024/06/01/quay'><div>{LEAD}</div></a>"
    html = _page(f"{HEADLINE}{teaser}{BODY}")
    assert extract_html(html, URL).paragraphs == SENTENCES


def test_site_tagline_above_the_headline_is_not_a_lead() -> None:
    # A small site's masthead may print the description it declares on every page.
    tagline = "The harbour town's own news since 1901, written by the people who live here."
    html = _page(f"<div class='masthead'>{tagline}</div>{HEADLINE}{BODY}", description=tagline)
    assert extract_html(html, URL).paragraphs == SENTENCES


def test_description_printed_far_from_the_body_is_not_a_lead() -> None:
    # Between the lead and the body, a box of other stories: the text is not the article's top.
    box = "".join(
        f"<div class='more'>Another story about the town council and its plans number {i}</div>"
        for i in range(12)
    )
    html = _page(f"{HEADLINE}<div class='article__teaser'>{LEAD}</div>{box}{BODY}")
    assert extract_html(html, URL).paragraphs == SENTENCES


def test_description_printed_as_a_picture_caption_is_not_a_lead() -> None:
    figure = f"<figure><img src='/m/quay-opening.jpg'><figcaption>{LEAD}</figcaption></figure>"
    html = _page(f"{HEADLINE}{figure}{BODY}")
    assert LEAD not in extract_html(html, URL).paragraphs


def test_short_description_is_no_evidence() -> None:
    html = _page(f"{HEADLINE}<div class='article__teaser'>Quay opens</div>{BODY}", "Quay opens")
    assert extract_html(html, URL).paragraphs == SENTENCES


def test_lead_goes_after_the_headline_the_body_opens_with() -> None:
    # The body may open with blocks printed above the lead (the headline): the lead goes
    # before the first block printed after it, never after a paragraph of the article.
    after = "byjanedoe1june2024" + "".join(s.casefold() for s in SENTENCES).replace(" ", "")
    lead = DeclaredLead((LEAD,), "".join(c for c in after if c.isalnum()))
    assert with_declared_lead(["Harbour opens its new quay", *SENTENCES], lead) == [
        "Harbour opens its new quay",
        LEAD,
        *SENTENCES,
    ]
    long_first = "A paragraph of the article printed above the lead, long enough to be one. " * 3
    assert with_declared_lead([long_first, *SENTENCES], lead) == [long_first, *SENTENCES]
    assert with_declared_lead([LEAD, *SENTENCES], lead) == [LEAD, *SENTENCES]  # held already


def _bare(body: str) -> str:
    """A page that declares no description at all."""
    return f"<html><head><title>Quay</title></head><body><main>{body}</main></body></html>"


@pytest.mark.parametrize(
    "classed",
    [
        "article-perex",
        "article-summary",
        "subtitle",
        "entry-excerpt",
        "story-deck",
        # German-speaking newsrooms call the article's own lead its teaser (session 27)
        "article__teaser",
        "artikel-teaser",
    ],
)
def test_a_lead_named_by_its_class_on_a_page_without_description_goes_first(
    classed: str,
) -> None:
    html = _bare(f"{HEADLINE}<div class='{classed}'>{LEAD}</div>{BYLINE}{BODY}")
    with switched_off(["classed_lead"]):
        assert extract_html(html, URL).paragraphs == SENTENCES
    assert extract_html(html, URL).paragraphs == [LEAD, *SENTENCES]


def test_a_classed_lead_on_a_page_describing_something_else_stays_out() -> None:
    # A page that declares its description says its lead by it (declared_lead).
    described = _page(
        f"{HEADLINE}<div class='article-lead'>{LEAD}</div>{BYLINE}{BODY}",
        description="A different summary of the harbour's new quay and its first day.",
    )
    assert LEAD not in extract_html(described, URL).paragraphs


@pytest.mark.parametrize("classed", ["teaser", "card-teaser", "teaser-box"])
def test_a_teaser_not_tied_to_the_article_is_no_lead(classed: str) -> None:
    # A teaser card's class says nothing of this article: its text may be another story's.
    html = _bare(f"{HEADLINE}<div class='{classed}'>{LEAD}</div>{BYLINE}{BODY}")
    assert LEAD not in extract_html(html, URL).paragraphs


def test_a_classed_lead_longer_than_the_description_it_opens_with_goes_first() -> None:
    # ATV's "p.lead": the description is its first sentence, under half of it
    longer = (
        LEAD + " Boats and a ferry from the islands moored first, the mayor said at the quay,"
        " and the harbour office expects the first cruise ship to call there in the spring."
    )
    html = _page(f"{HEADLINE}<p class='lead'><strong>{longer}</strong></p>{BYLINE}{BODY}")
    with switched_off(["classed_lead"]):
        assert extract_html(html, URL).paragraphs == SENTENCES
    assert extract_html(html, URL).paragraphs == [longer, *SENTENCES]
