"""Parse: a list of short cards each headed by a link to another page is teasers, whatever
its class; so is a short paragraph that is all a link, between the story's paragraphs; an
article's own linked items, its linked text and a live blog's entries are not."""

from __future__ import annotations

import lxml.html
import pytest

from tests.test_extract_html_recall import SENTENCES, URL
from wirecopy.tasks.html.body import prune_boilerplate
from wirecopy.tasks.html.cards import (
    _other_pages,
    headline_list_cards,
    headline_lists,
    link_clouds,
    link_paragraphs,
    repeated_boxes,
)
from wirecopy.tasks.html.extract import extract_html
from wirecopy.tasks.rule_switches import switched_off

DEKS = [
    "Council approves the budget after a long night",
    "Ferry fares rise in spring for the island routes",
    "Lifeboat crew honoured for a winter rescue at sea",
    "School roof repairs finish ahead of the new term",
]


# The story, each sentence twice: a page's article is longer than the cards beside it.
STORY = [f"{s} {s}" for s in SENTENCES]


def _card(i: int, href: str = "/news/other-{i}") -> str:
    link = href.format(i=i)
    return (
        f"<li class='c{i}'><a href='{link}'><img src='/t/{i}.jpg'></a>"
        f"<h3><a href='{link}'>Other story number {i}</a></h3><p>{DEKS[i]}</p></li>"
    )


def _page(cards: str, article: list[str] = STORY) -> str:
    """The cards inside the article's container, under a label, named in no known words."""
    text = "".join(f"<p>{s}</p>" for s in article)
    return (
        f"<html><body><div class='x1'><h1>The new quay opens</h1>{text}"
        f"<div class='x2'><span>Our picks</span><ul class='x3'>{cards}</ul></div></div>"
        "</body></html>"
    )


def test_a_list_of_cards_headed_by_links_leaves_the_body_whatever_its_class() -> None:
    html = _page("".join(_card(i) for i in range(4)))
    page = extract_html(html, URL)
    assert page.paragraphs == STORY
    assert not any(dek in block for block in page.paragraphs for dek in DEKS)
    gone = [f for f in page.removed if f.rule == "headline_list"]
    assert [f.kind for f in gone] == ["related"] * 4
    assert DEKS[0] in gone[0].text
    with switched_off({"headline_list"}):
        kept = extract_html(html, URL).paragraphs
    assert any(DEKS[0] in block for block in kept)  # what the rule is for


def test_cards_titled_by_a_link_around_a_block_are_teasers_and_inline_links_are_not() -> None:
    # "<a><div>Title</div></a>", a label link above it and a dek: no heading, still a card.
    def card(i: int) -> str:
        return (
            f"<li class='c{i}'><a href='/section'>Politics</a><a href='/news/other-{i}'>"
            f"<div>Other story number {i}</div></a><div><p>{DEKS[i]}</p></div></li>"
        )

    html = _page("".join(card(i) for i in range(4)))
    cards = headline_list_cards(lxml.html.fromstring(html), URL)
    assert [c.get("class") for c in cards] == ["c0", "c1", "c2", "c3"]
    assert extract_html(html, URL).paragraphs == STORY
    # A list of links written inline (a reading list, a sources list) has no card titles.
    inline = "".join(
        f"<li class='c{i}'><a href='/news/other-{i}'>Other story number {i}</a> {DEKS[i]}</li>"
        for i in range(4)
    )
    assert headline_list_cards(lxml.html.fromstring(_page(inline)), URL) == []


def test_a_live_blogs_entries_linking_to_this_page_are_no_teasers() -> None:
    cards = "".join(_card(i, href=URL + "#post-{i}") for i in range(4))
    assert headline_list_cards(lxml.html.fromstring(_page(cards)), URL) == []
    cards = "".join(_card(i, href="#post-{i}") for i in range(4))
    assert headline_list_cards(lxml.html.fromstring(_page(cards)), URL) == []


def test_two_linked_headings_or_a_list_mostly_of_other_items_is_no_teaser_list() -> None:
    two = "".join(_card(i) for i in range(2)) + "<li>Opening hours</li>"
    assert headline_list_cards(lxml.html.fromstring(_page(two)), URL) == []
    plain = "".join(f"<li>Item {i} of the timetable</li>" for i in range(4))
    # Four cards among eight items: half of the list is something else.
    mixed = "".join(_card(i) for i in range(4)) + plain
    assert headline_list_cards(lxml.html.fromstring(_page(mixed)), URL) == []
    # Three cards and one label: a teaser list.
    labelled = "".join(_card(i) for i in range(3)) + "<li>More stories</li>"
    cards = headline_list_cards(lxml.html.fromstring(_page(labelled)), URL)
    assert [c.get("class") for c in cards] == ["c0", "c1", "c2"]


def test_long_cards_and_a_roundup_of_linked_items_stay() -> None:
    # An item with a paragraph of its own is a section of the article, not a card.
    long = "".join(
        f"<li><h3><a href='/p/{i}'>Other story number {i}</a></h3><p>{SENTENCES[i] * 4}</p></li>"
        for i in range(4)
    )
    assert headline_list_cards(lxml.html.fromstring(_page(long)), URL) == []
    # A roundup: the page's text is short items, each headed by a link to what it sums up. The
    # list is found, and kept: it holds most of the page's paragraph text.
    roundup = "".join(
        f"<li><h3><a href='/p/{i}'>Other story number {i}</a></h3><p>{SENTENCES[i]}</p></li>"
        for i in range(4)
    )
    for article, kept in ((["Our picks of the week."], True), (STORY * 2, False)):
        tree = lxml.html.fromstring(_page(roundup, article=article))
        assert len(headline_list_cards(tree, URL)) == 4
        removed = [f for f in prune_boilerplate(tree, page_url=URL) if f.rule == "headline_list"]
        assert len(removed) == (0 if kept else 4)


def test_each_list_is_weighed_on_its_own() -> None:
    # Two lists, each a small share of the page's text, together more: both are teasers.
    lists = "".join("<ul>" + "".join(_card(i) for i in range(k, k + 3)) + "</ul>" for k in (0, 1))
    html = _page("</ul>" + lists + "<ul>", article=STORY)
    removed = prune_boilerplate(lxml.html.fromstring(html), page_url=URL)
    assert len([f for f in removed if f.rule == "headline_list"]) == 6


POINTERS = [
    "<p>Read also: <a href='/news/council-budget'>Council approves the budget</a></p>",
    "<p><b>LES OGSÅ:</b> <a href='https://other.example/ferry'>Ferjene får nye ruter</a></p>",
    "<p><a href='/newsletter'>Sign up for our morning newsletter here</a></p>",
    # A template that writes its paragraphs as <div>s writes its pointers so too.
    "<div><span>MORE:</span> <a href='/news/ferry'>Ferry fares rise in spring</a></div>",
]


def _story(*inserts: str) -> str:
    """The story's paragraphs with each insert placed after one of them."""
    parts = [f"<p>{s} <a href='/harbour'>harbour</a> news.</p>" for s in STORY]
    for i, insert in enumerate(inserts):
        parts.insert(2 * i + 1, insert)
    return f"<html><body><div class='x1'><h1>The new quay</h1>{''.join(parts)}</div></body></html>"


def test_a_paragraph_that_is_a_link_between_the_storys_paragraphs_leaves_the_body() -> None:
    html = _story(*POINTERS)
    page = extract_html(html, URL)
    assert len(page.paragraphs) == len(STORY)
    assert all(p.startswith(s) for p, s in zip(page.paragraphs, STORY, strict=True))
    assert [f.rule for f in page.removed if f.kind == "related"] == ["link_paragraph"] * 4
    with switched_off({"link_paragraph"}):
        kept = extract_html(html, URL).paragraphs
    assert any("Ferjene får nye ruter" in p for p in kept)  # what the rule is for


@pytest.mark.parametrize(
    "insert",
    [
        # A sentence of the story with a link in it is text, however long the link.
        "<p>The <a href='/mayor'>mayor</a> said the quay would open on Monday.</p>",
        "<p>The ferry firm faces <a href='/q/1'>a charge of breaking harbour rules</a>.</p>",
        # A label, then a linked clause in lower case: a sentence, not a headline.
        "<p>The ministry said: <a href='/statement'>the harbour will close for two years</a></p>",
        # A single linked word, most of the paragraph: a handle, or a post the story quotes
        # left as its URL where the embed did not load.
        "<p>Account: <a href='https://social.example/q'>@quaycam_harbour_webcam_live</a></p>",
        "<p><a href='https://x.example/post/1'>https://x.example/post/1</a></p>",
        # A credit linked to the photographer's page, in a caption with a line of prose.
        f"<figure><img src='/q.jpg'><figcaption><p>{SENTENCES[0]}</p><p><a href='/by/jane'>"
        "Jane Doe for Harbour Agency Photos</a></p></figcaption></figure>",
        # A link to this very page: a fragment of it, or it with tracking parameters.
        f"<p><a href='{URL}#update-2'>Update two: the ferry has arrived</a></p>",
        f"<p><a href='{URL}?utm_source=rss'>Update two: the ferry has arrived</a></p>",
        # A label longer than a label: a sentence that ends in a colon.
        "<p>As the harbour master told us: <a href='/q'>The new quay opens to all ferries on"
        " Monday morning at nine</a></p>",
    ],
)
def test_written_text_with_links_handles_and_linked_credits_stay(insert: str) -> None:
    tree = lxml.html.fromstring(_story(insert))
    assert link_paragraphs(tree, URL) == []
    # The same story with a pointer in place of the insert: the check above could fail.
    assert len(link_paragraphs(lxml.html.fromstring(_story(POINTERS[0])), URL)) == 1


def test_pointers_holding_much_of_the_page_are_its_text() -> None:
    # A page that is a list of pointers with one line of prose: a link roundup, kept.
    html = _story(*(POINTERS * 3)).replace(STORY[1], "").replace(STORY[2], "").replace(STORY[3], "")
    tree = lxml.html.fromstring(html)
    assert len(link_paragraphs(tree, URL)) == len(POINTERS) * 3
    removed = prune_boilerplate(tree, page_url=URL)
    assert not [f for f in removed if f.rule == "link_paragraph"]


def test_a_sidebar_of_linked_paragraphs_is_left_to_the_extractor() -> None:
    # Taken from a column of links, the column's dates and labels would read as its text.
    side = "".join(f"<p><a href='/n/{i}'>{DEKS[i]}</a></p><p>13 Jan</p>" for i in range(4))
    tree = lxml.html.fromstring(_story().replace("</body>", f"<div>{side}</div></body>"))
    assert link_paragraphs(tree, URL) == []


TAGS = ["harbour", "ferries", "council", "weather", "schools", "roads", "sport", "culture"]
TAGS += ["health", "police", "jobs", "housing"]


def _cloud(words: list[str], wrap: str = "p") -> str:
    links = " ".join(f"<a href='/tag/{w}'>{w}</a>" for w in words)
    return f"<{wrap} class='x9'>{links}</{wrap}>"


def _clouded(block: str) -> str:
    """The story with block between its second and third paragraphs."""
    text = "".join(f"<p>{s}</p>" for s in STORY[:2]) + block
    text += "".join(f"<p>{s}</p>" for s in STORY[2:])
    return f"<html><body><div class='x1'><h1>The new quay</h1>{text}</div></body></html>"


def test_a_block_of_many_short_links_and_nothing_else_leaves_the_body() -> None:
    # A tag cloud written as a paragraph between the story's paragraphs, named in no known word.
    html = _clouded(_cloud(TAGS))
    page = extract_html(html, URL)
    assert page.paragraphs == STORY
    gone = [f for f in page.removed if f.rule == "link_cloud"]
    assert [f.kind for f in gone] == ["nav"] and gone[0].text.startswith("harbour ferries")
    with switched_off({"link_cloud"}):
        assert any("harbour ferries" in p for p in extract_html(html, URL).paragraphs)


def test_linked_text_headlines_and_few_links_are_no_link_cloud() -> None:
    # A sentence with many links has words around them; a list of headlines has long links;
    # nine links are a short list, not a menu.
    sentence = "<p>" + " and ".join(f"the <a href='/t/{w}'>{w}</a> desk" for w in TAGS) + ".</p>"
    headlines = _cloud([f"{w.title()}_desk_reports_on_the_week_ahead" for w in TAGS], "div")
    few = _cloud(TAGS[:9], "div")
    for block in (sentence, headlines, few):
        assert link_clouds(lxml.html.fromstring(_clouded(block)), URL) == [], block
    # Links to this page (a table of contents) lead nowhere else.
    toc = " ".join(f"<a href='#s{i}'>{w}</a>" for i, w in enumerate(TAGS))
    assert link_clouds(lxml.html.fromstring(_clouded(f"<div>{toc}</div>")), URL) == []


def test_the_outermost_cloud_is_taken_once_and_in_linear_time() -> None:
    # Menus nested in a menu: one block goes. 200 levels deep: no recursion, no re-reading.
    nested = "<div>" * 3 + _cloud(TAGS, "div") + _cloud(TAGS, "div") + "</div>" * 3
    found = link_clouds(lxml.html.fromstring(_clouded(nested)), URL)
    assert len(found) == 1 and len(found[0].findall(".//a")) == 2 * len(TAGS)
    deep = "<div>" * 200 + _cloud(TAGS * 1000, "div") + "</div>" * 200
    assert len(link_clouds(lxml.html.fromstring(_clouded(deep)), URL)) == 1


@pytest.mark.timeout(10)  # a hang guard: each link read the text of all links inside it (113 s)
def test_links_nested_in_links_are_no_card_titles_and_cost_no_rereading() -> None:
    chain = "<a href='/x'><div>w w w " * 120 + "</div></a>" * 120
    tree = lxml.html.fromstring("<html><body><div>" + chain * 300 + "</div></body></html>")
    assert headline_lists(tree, URL) == []


def test_a_table_of_linked_names_is_data_not_a_menu() -> None:
    rows = "".join(f"<tr><td><a href='/people/{w}'>{w.title()}</a></td></tr>" for w in TAGS)
    table = f"<table>{rows}</table>"
    assert link_clouds(lxml.html.fromstring(_clouded(table)), URL) == []


@pytest.mark.parametrize(
    ("page", "href"),
    [
        (URL, "/local/2024/06/01/st\nory"),  # a wrapped href: URL parsing drops the break
        ("https://news.example.net/?p=123", "https://news.example.net/?p=123"),
        ("https://news.example.net?p=123", "https://www.news.example.net/?p=123&utm_source=x"),
        (URL, "https://[news.example.net/x"),
    ],
)
def test_a_link_to_this_page_is_never_told_another_page_by_the_quick_reading(
    page: str, href: str
) -> None:
    assert not _other_pages(page)(href)


OFFER = [
    "Enjoy the latest local, national and international news.",
    "Unlimited online access to all our news sites with one account.",
]


def _offer(cls: str) -> str:
    """A subscription offer as a template prints it, once per screen size."""
    return f"<div class='{cls}'><div><p>{OFFER[0]}</p><ul><li>{OFFER[1]}</li></ul></div></div>"


def _two_part_story(middle: str, end: str = "") -> str:
    first, second = ("".join(f"<p>{s}</p>" for s in h) for h in (STORY[:2], STORY[2:]))
    return (
        f"<html><body><div class='x1'><h1>The new quay</h1>{first}{middle}{second}{end}"
        "</div></body></html>"
    )


def test_a_box_printed_twice_leaves_the_body_in_both_copies_whatever_its_class() -> None:
    html = _two_part_story(_offer("c7"), _offer("c9"))
    page = extract_html(html, URL)
    assert page.paragraphs == STORY
    gone = [f for f in page.removed if f.rule == "repeated_box"]
    assert len(gone) == 2 and all(f.text.startswith(OFFER[0]) for f in gone)
    with switched_off({"repeated_box"}):
        kept = extract_html(html, URL).paragraphs
    assert any(OFFER[0] in p for p in kept)  # what the rule is for


def test_a_pull_quote_shared_lines_and_a_short_article_printed_twice_stay() -> None:
    # A pull quote repeats a line of the story in a wrapper of its own.
    quote = f"<aside class='c3'><p>{STORY[0]}</p></aside>"
    assert repeated_boxes(lxml.html.fromstring(_two_part_story(quote))) == []
    # An interview asks the same question twice among the story's paragraphs: one wrapper.
    question = "<p>What made you start cooking for others?</p>"
    asked = _two_part_story(question, question)
    assert repeated_boxes(lxml.html.fromstring(asked)) == []
    # Two recipes share lines, not their whole lists.
    shared = "Chop one onion finely and fry it in butter"
    recipes = "".join(
        f"<div class='c4'><ul><li>{shared}</li><li>{extra}</li></ul></div>"
        for extra in ("Add two carrots, diced small", "Add a leek, sliced thin")
    )
    assert repeated_boxes(lxml.html.fromstring(_two_part_story(recipes))) == []
    # A short page printed twice (a print view): found, and kept as most of the page's text.
    copy = "<div class='c5'>" + "".join(f"<p>{s}</p>" for s in STORY) + "</div>"
    html = f"<html><body><h1>The new quay</h1>{copy}{copy}</body></html>"
    assert len(repeated_boxes(lxml.html.fromstring(html))) == 2
    assert all(s in extract_html(html, URL).paragraphs for s in STORY)


def test_a_caption_printed_twice_is_left_to_the_pictures() -> None:
    caption = f"<p>{OFFER[0]}</p><p>{OFFER[1]}</p>"
    lightbox = f"<div class='c6'><figure><img src='/m/quay.jpg'><figcaption>{caption}"
    lightbox += f"</figcaption></figure><div class='c8'>{caption}</div></div>"
    assert repeated_boxes(lxml.html.fromstring(_two_part_story(lightbox))) == []
