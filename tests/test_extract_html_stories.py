"""Parse: another story served below the page's own (the next article of an endless scroll)
is not the page's body; an article's own <h1> sections stay."""

from __future__ import annotations

import json

import lxml.html

from tests.test_extract_html_recall import SENTENCES, URL
from wirecopy.tasks.html.extract import extract_html
from wirecopy.tasks.html.page import parse_page
from wirecopy.tasks.html.recall import page_paragraphs, recall_net
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
    # HTML5's outline let an article head each section with an <h1>; each section here holds
    # enough paragraphs to be a story, were it one.
    text = "".join(f"<p>{p}</p>" for p in OWN)
    sections = "".join(
        f"<section class='s{n}'><h1>Part {n} of the day</h1>{text}</section>" for n in (1, 2)
    )
    tree = lxml.html.fromstring(
        _page(f"<article><header><h1>{TITLE}</h1></header>{sections}</article>")
    )
    assert other_stories(tree, [TITLE]) == []  # the title alone holds no paragraphs
    # The title's own part holding paragraphs, its sections of another kind beside it inside
    # one <article>: sections, not stories.
    intro = f"<div class='intro'><h1>{TITLE}</h1>{text}</div>"
    tree = lxml.html.fromstring(_page(f"<article>{intro}{sections}</article>"))
    assert other_stories(tree, [TITLE]) == []
    # The same parts outside an <article> are other stories.
    tree = lxml.html.fromstring(_page(f"{intro}{sections}"))
    assert len(other_stories(tree, [TITLE])) == 2
    # No headline prints a declared title: the first story is the page's, and only a part of
    # the same template (tag and class) is another story.
    two = _page(_story("Quay works are done", OWN, "q"), _story("Council budget", NEXT, "c"))
    assert [p.find("h1").text for p in other_stories(lxml.html.fromstring(two), [TITLE])] == [
        "Council budget"
    ]
    assert other_stories(lxml.html.fromstring(two.replace("'story'", "'lead'", 1)), []) == []
    untitled = _page(f"<article>{sections}</article>")
    assert other_stories(lxml.html.fromstring(untitled), [TITLE]) == []


def test_two_parts_headed_by_the_title_say_nothing_and_a_head_title_part_stays() -> None:
    # The title heads two parts: which is the page's cannot be told, nothing goes (the
    # structured headline too, which a part may print without being the page's).
    html = _page(_story(TITLE, OWN, "a"), _story(TITLE, NEXT, "b"))
    assert other_stories(lxml.html.fromstring(html), [TITLE]) == []
    assert other_stories(lxml.html.fromstring(html), [], [TITLE]) == []
    # A part headed by another title the page's <head> declares (its <title> beside og:title)
    # is the page's too.
    other = "Harbour council passes the budget"
    html = _page(_story(TITLE, OWN, "a"), _story(other, NEXT, "b"))
    tree = lxml.html.fromstring(html)
    assert len(other_stories(tree, [TITLE])) == 1
    assert other_stories(tree, [TITLE, other]) == []


def test_a_title_alone_in_its_part_or_a_page_of_many_headlines_says_nothing() -> None:
    # The page's headline alone in a header: where its paragraphs are cannot be told.
    text = "".join(f"<p>{p}</p>" for p in NEXT)
    html = _page(
        f"<header><h1>{TITLE}</h1></header><div class='x'><h1>Council budget</h1>{text}</div>"
    )
    assert other_stories(lxml.html.fromstring(html), [TITLE]) == []
    # An index of many stories, each headed by an <h1>, is no story page with one below it.
    many = [_story(TITLE, OWN, "a")] + [
        _story(f"Story {i} of the day", NEXT, "b") for i in range(50)
    ]
    assert other_stories(lxml.html.fromstring(_page(*many)), [TITLE]) == []
    assert len(other_stories(lxml.html.fromstring(_page(*many[:49])), [TITLE])) == 48


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
    # The net given nothing to keep reads the page's HTML again: the next story stays out.
    bundle = parse_page(html, URL)
    dropped = drop_other_stories(bundle, TITLE)
    before = page_paragraphs(bundle.tree)
    for leave_out, next_in in ((dropped.without, False), (None, True)):
        blocks, source = recall_net(html, URL, [], "trafilatura", before, leave_out)
        assert source == "fallback" and OWN[0] in blocks
        assert any(NEXT[0].strip()[:40] in b for b in blocks) is next_in


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
