"""Parse: another story served below the page's own (the next article of an endless scroll)
is not the page's body; an article's own <h1> sections stay."""

from __future__ import annotations

import json

import lxml.html

from tests.test_extract_html_recall import SENTENCES, URL
from wirecopy.tasks.html.extract import extract_html
from wirecopy.tasks.html.page import parse_page
from wirecopy.tasks.html.stories import drop_other_stories, other_stories
from wirecopy.tasks.rule_switches import switched_off

TITLE = "The new quay opens to boats"
OWN = [f"{s} {s}" for s in SENTENCES]
NEXT = [
    "The regional council approved next year's budget after a night of long debate. " * 3,
    "Opposition members said the cuts to bus services would hurt the villages most. " * 3,
    "The budget raises spending on schools and hospitals by four percent in total. " * 3,
]


def _story(headline: str, paragraphs: list[str], picture: str) -> str:
    text = "".join(f"<p>{p.strip()}</p>" for p in paragraphs)
    return (
        f"<article class='story'><h1>{headline}</h1><figure><img src='/m/{picture}.jpg'>"
        f"<figcaption>{headline}: the picture</figcaption></figure>{text}</article>"
    )


def _page(*stories: str) -> str:
    return (
        f"<html><head><meta property='og:title' content='{TITLE}'></head><body>"
        f"<div class='feed'>{''.join(stories)}</div></body></html>"
    )


def test_the_next_story_served_below_the_page_leaves_its_body_and_pictures() -> None:
    html = _page(_story(TITLE, OWN, "quay"), _story("Council passes the budget", NEXT, "council"))
    page = extract_html(html, URL)
    assert page.paragraphs == OWN
    assert [i.url.rsplit("/", 1)[-1] for i in page.images] == ["quay.jpg"]
    gone = [f for f in page.removed if f.rule == "other_stories"]
    assert len(gone) == 1 and gone[0].text.startswith("Council passes the budget")
    with switched_off({"other_stories"}):
        both = extract_html(html, URL)
    assert any(NEXT[0].strip()[:40] in p for p in both.paragraphs)  # what the rule is for


def test_the_pages_story_is_found_by_its_title_wherever_it_is_served() -> None:
    # The page's story after another one, and headed by its title with a kicker before it.
    html = _page(
        _story("Council passes the budget", NEXT, "council"), _story(f"Harbour: {TITLE}", OWN, "q")
    )
    assert extract_html(html, URL).paragraphs == OWN


def test_an_articles_sections_headed_by_h1_keep_their_text() -> None:
    # HTML5's outline let an article head each section with an <h1>: the title alone in the
    # header holds no paragraphs, so nothing says which part is the page's story.
    sections = "".join(
        f"<section><h1>Part {n} of the day</h1><p>{OWN[0]} {OWN[1]} {OWN[2]}</p></section>"
        for n in ("one", "two")
    )
    html = _page(f"<article><header><h1>{TITLE}</h1></header>{sections}</article>")
    assert other_stories(lxml.html.fromstring(html), [TITLE]) == []
    # No headline prints a declared title: the first story is the page's, and only a part of
    # the same template (tag and class) is another story; one <article>'s sections are not.
    two = _page(_story("Quay works are done", OWN, "q"), _story("Council budget", NEXT, "c"))
    assert [p.find("h1").text for p in other_stories(lxml.html.fromstring(two), [TITLE])] == [
        "Council budget"
    ]
    assert other_stories(lxml.html.fromstring(two.replace("'story'", "'lead'", 1)), []) == []
    untitled = _page(f"<article>{sections}</article>")
    assert other_stories(lxml.html.fromstring(untitled), [TITLE]) == []


def test_a_short_box_headed_by_an_h1_is_no_story() -> None:
    box = "<div><h1>Most read this week</h1><p>Council passes the budget</p></div>"
    tree = lxml.html.fromstring(_page(_story(TITLE, OWN, "quay"), box))
    assert other_stories(tree, [TITLE]) == []


def test_a_reading_of_the_unpruned_page_leaves_the_other_stories_out_too() -> None:
    # The recall net's fallback reads the page's HTML again, other stories and all.
    html = _page(_story(TITLE, OWN, "quay"), _story("Council passes the budget", NEXT, "council"))
    dropped = drop_other_stories(parse_page(html, URL), TITLE)
    assert len(dropped.removed) == 1
    unpruned = [TITLE, *OWN, "Council passes the budget", *(p.strip() for p in NEXT)]
    assert dropped.without(unpruned) == [TITLE, *OWN]
    with switched_off({"other_stories"}):
        kept = drop_other_stories(parse_page(html, URL), TITLE)
    assert kept.removed == [] and kept.without(unpruned) == unpruned


def test_an_seo_variant_of_the_title_heads_the_pages_story() -> None:
    # The <h1> words the title otherwise: most of its words are the title's.
    seo = "Harbour town: the new quay opens to fishing boats"
    html = _page(_story(seo, OWN, "quay"), _story("Council passes the budget", NEXT, "c"))
    assert [p.find("h1").text for p in other_stories(lxml.html.fromstring(html), [TITLE])] == [
        "Council passes the budget"
    ]


def test_the_next_storys_structured_headline_does_not_make_it_the_pages() -> None:
    # Each story served carries its JSON-LD; the page's <head> says which one is the page's.
    nxt = "Council passes the budget"
    html = _page(_story(TITLE, OWN, "quay"), _story(nxt, NEXT, "council"))
    tree = lxml.html.fromstring(html)
    assert [p.find("h1").text for p in other_stories(tree, [TITLE], [nxt])] == [nxt]
    # Without a title in the <head>, the structured headline names the page's story.
    assert [p.find("h1").text for p in other_stories(tree, [], [nxt])] == [TITLE]


def _ld(headline: str, url: str, body: str = "", author: str = "") -> str:
    fields = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "url": url,
        "articleBody": body,
        "author": {"@type": "Person", "name": author},
    }
    return f"<script type='application/ld+json'>{json.dumps(fields)}</script>"


def test_the_structured_data_naming_the_page_is_the_pages_whatever_else_the_page_holds() -> None:
    # The page's own object carries no body; the next story's, served in the feed, does.
    nxt = _ld("Council passes the budget", "https://news.example.net/x", " ".join(NEXT), "Ann Bo")
    for own in (_ld("Headline elsewhere", URL, author="Cy Dee"), _ld(TITLE, "", author="Cy Dee")):
        html = _page(_story(TITLE, OWN, "quay") + own, _story("Council budget", NEXT, "c") + nxt)
        assert parse_page(html, URL).article["author"]["name"] == "Cy Dee"
        assert extract_html(html, URL).authors == ["Cy Dee"]
    # With nothing naming the page, an object with a headline and a body is preferred.
    html = _page(_story(TITLE, OWN, "quay") + _ld("", ""), _story("Budget", NEXT, "c") + nxt)
    assert parse_page(html, URL).article["author"]["name"] == "Ann Bo"
