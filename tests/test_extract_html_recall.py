"""Recall safety net: a page with a visible article body never comes out empty."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest

from wirecopy.tasks.html.body import div_paragraphs
from wirecopy.tasks.html.breaks import break_paragraphs
from wirecopy.tasks.html.extract import extract_html
from wirecopy.tasks.html.page import folded, parse_page
from wirecopy.tasks.html.recall import (
    PageParagraphs,
    _node_tree_article,
    _tail,
    continue_in_twins,
    page_paragraphs,
    prose_share,
    reads_in_full,
    recall_net,
    restore_siblings,
    reveal_hidden,
)
from wirecopy.tasks.rule_switches import settings, switched_off

URL = "https://news.example.net/local/2024/06/01/story"
FIXTURES = Path(__file__).parent / "fixtures" / "inputs"
SENTENCES = [
    "The harbour office opened the new quay on Monday after two years of building work.",
    "Fishing boats were the first to moor there, followed by a ferry from the islands.",
    "The mayor thanked the engineers and said the old quay would become a public park.",
    "Residents can visit the quay on Saturday, when the harbour holds its first open day.",
]
PARAGRAPHS = "".join(f"<p>{s}</p>" for s in SENTENCES)
MENU = "<ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(30)) + "</ul>"


def _page(body: str) -> str:
    return f"<html><body>{body}</body></html>"


def test_article_column_marked_up_as_aside_is_read_as_a_wrapper() -> None:
    # Some layouts put the main column in an <aside> (or leave one unclosed above it): a tag
    # rule spares an element holding most of the page's paragraph text, and trafilatura, which
    # deletes asides with all they hold, reads it as the <div> it stands for.
    html = _page(f"<div>{MENU}</div><aside><article>{PARAGRAPHS}</article></aside>")
    page = extract_html(html, URL)
    assert page.extra["body_source"] == "trafilatura"
    assert page.paragraphs == SENTENCES
    unclosed = extract_html(f"<html><body><aside><div>Site</div>{PARAGRAPHS}", URL)
    assert unclosed.paragraphs == SENTENCES


def test_page_wrapped_in_a_form_keeps_its_article_and_loses_its_small_forms() -> None:
    # Server-side form frameworks (ASP.NET WebForms) wrap the whole page in one <form>.
    search = "<form role='search'><label>Search the archive of the harbour news</label></form>"
    html = _page(f"<form id='f' action='/p'>{MENU}<div>{PARAGRAPHS}</div></form>{search}")
    page = extract_html(html, URL)
    assert page.paragraphs == SENTENCES
    removed = [f.text for f in page.removed if f.rule == "form_tag"]
    assert removed == ["Search the archive of the harbour news"]


def test_article_pruned_away_falls_back_to_the_unpruned_page() -> None:
    # The net behind the guards: with the wrapper guard off, pruning and trafilatura's fast
    # path drop the aside and leave the menu; the menu is not prose, so the page is read again.
    html = _page(f"<div>{MENU}</div><aside><article>{PARAGRAPHS}</article></aside>")
    with switched_off({"guard_wrapper_tag"}):
        page = extract_html(html, URL)
    assert page.extra["body_source"] == "fallback"
    assert page.paragraphs == SENTENCES


def test_an_article_every_reading_discards_is_read_from_its_paragraphs() -> None:
    # An unclosed <aside class="sidebar"> holding most (not nearly all) of the page's text:
    # pruning takes it by its tag, trafilatura's fast and full readings both discard it by its
    # tag and class, and the footer goes too. The page still shows prose paragraphs side by
    # side: the element holding the most of them is the body, not nothing.
    story = "".join(f"<p>{s} {s}</p>" for s in SENTENCES)
    legal = "".join(
        f"<p>Legal notice number {i} of the harbour paper's imprint.</p>" for i in range(6)
    )
    html = _page(
        f"<aside class='sidebar widget-area'><div>Site</div><div>{story}</div></aside>"
        f"<footer>{legal}</footer>"
    )
    with switched_off({"prose_run"}):
        assert extract_html(html, URL).paragraphs == []  # what it is for
    page = extract_html(html, URL)
    assert page.extra["body_source"] == "paragraphs"
    assert page.paragraphs == [f"{s} {s}" for s in SENTENCES]


def _br_article_page(extra: str = "") -> str:
    """A regional portal: a consent notice and teasers in <p>s, the article as text between
    line breaks in one <div>, the way old CMSs write it."""
    article = "<br><br>".join(f"{s} {s}" for s in SENTENCES)
    teasers = "".join(
        f"<li><a href='/t{i}'>Other story {i}</a><p>Teaser {i}: the roadworks on the bypass "
        f"continue until the end of the month, drivers are told.</p></li>"
        for i in range(3)
    )
    consent = (
        "<div id='consent'><p>Dear user, by using this site you accept our privacy policy "
        "and the use of cookies for statistics and advertising purposes.</p></div>"
    )
    return _page(
        f"{consent}<div id='srodek'><h1>Quay</h1><div class='tresc'>{article}</div>{extra}</div>"
        f"<div class='more'><ul>{teasers}</ul></div>"
    )


def test_an_article_in_line_broken_text_the_reading_missed_replaces_the_page_chrome() -> None:
    # trafilatura's fast path reads <p>s: it took the consent notice and the teasers and left
    # the article, whose paragraphs break_paragraphs made <div>s. The page's longest run of
    # prose paragraphs, none of which the body holds, shows more prose than all it holds.
    html = _br_article_page()
    with switched_off({"missed_run"}):
        assert not any(SENTENCES[0] in p for p in extract_html(html, URL).paragraphs)
    page = extract_html(html, URL)
    assert page.extra["body_source"] == "paragraphs"
    assert page.paragraphs == [f"{s} {s}" for s in SENTENCES]


def test_a_body_holding_the_pages_longest_run_keeps_its_reading() -> None:
    # The article in <p>s holds the longest run; a shorter run of imprint notes stays out.
    legal = "".join(f"<p>Legal notice number {i} of the harbour paper.</p>" for i in range(3))
    page = extract_html(_page(f"<article>{PARAGRAPHS}</article><footer>{legal}</footer>"), URL)
    assert page.extra["body_source"] == "trafilatura"
    assert page.paragraphs == SENTENCES


def test_a_longer_run_beside_an_article_of_sibling_paragraphs_does_not_replace_it() -> None:
    # A reader's comment of many long paragraphs outweighs a short article; the article's own
    # paragraphs are a run the body holds, so the comment is not the article it missed.
    comment = "".join(
        f"<p>{s} I have lived by the harbour for forty years and remember the old quay well.</p>"
        for s in SENTENCES
    )
    html = _page(
        f"<article>{PARAGRAPHS[: PARAGRAPHS.index('<p>', 10)]}"
        f"{''.join(f'<p>{s}</p>' for s in SENTENCES[1:3])}</article>"
        f"<section class='reader-letters'><div>{comment}</div></section>"
    )
    page = extract_html(html, URL)
    assert page.paragraphs[:3] == SENTENCES[:3]
    assert page.extra["body_source"] != "paragraphs"


def test_a_brief_keeps_its_reading_beside_a_longer_run_in_the_pages_furniture() -> None:
    # Two paragraphs are no run; three longer ones below them, in a footer or outside the
    # page's <article>, are its furniture (legal notes, an "about us" box), not a missed story.
    brief = "".join(f"<p>{s} {s}</p>" for s in SENTENCES[:2])
    notes = "".join(
        f"<p>{s} Our company notes this in its legal terms, {i}.</p>" * 1
        for i, s in enumerate(SENTENCES[1:])
    )
    for below in (
        f"<footer><div class='x'>{notes}</div></footer>",
        f"<div class='about'>{notes}</div>",
    ):
        page = extract_html(
            _page(f"<article><h1>Quay</h1><div>{brief}</div></article>{below}"), URL
        )
        assert page.paragraphs == [f"{s} {s}" for s in SENTENCES[:2]], below


def test_script_rendered_body_is_read_from_the_page_state() -> None:
    figure = "<figure><figcaption>Quay</figcaption></figure>"
    state = {"article": {"contentHtml": PARAGRAPHS + figure}}
    script = f"<script>window.__STATE__ = {json.dumps(state)};</script>"
    page = extract_html(_page(f"<div id='app'></div>{script}"), URL)
    assert page.extra["body_source"] == "script"
    assert page.paragraphs == SENTENCES


def test_script_rendered_pictures_come_from_the_same_stored_article() -> None:
    # The page's HTML shows neither the story nor its pictures: both are in the script state.
    # The declared lead is one of them, so it is the lead, not a social card never shown.
    pictures = (
        "<div class='img-box'><img src='https://news.example.net/m/quay-1.jpg'>"
        "<div class='caption'><p>Boats at the new quay. Photo: Jane Doe</p></div></div>"
        "<div class='img-box'><img src='https://news.example.net/m/quay-2.jpg'>"
        "<div class='caption'><p>The old quay, now a park.</p></div></div>"
    )
    state = {"article": {"contentHtml": PARAGRAPHS + pictures}}
    script = f"<script>window.__STATE__ = {json.dumps(state)};</script>"
    head = '<meta property="og:image" content="https://news.example.net/m/quay-1.jpg">'
    html = f"<html><head>{head}</head><body><div id='app'></div>{script}</body></html>"
    page = extract_html(html, URL)
    assert page.paragraphs == SENTENCES  # the captions are not body text
    assert [(i.url.rsplit("/", 1)[1], i.role, i.caption, i.credits) for i in page.images] == [
        ("quay-1.jpg", "lead", "Boats at the new quay.", ("Jane Doe",)),
        ("quay-2.jpg", "inline", "The old quay, now a park.", ()),
    ]
    with switched_off({"script_images"}):
        assert extract_html(html, URL).images == []


def test_a_rich_text_tree_in_the_next_data_state_is_the_body() -> None:
    # A Next.js page rendered in the browser: the state holds the story as a rich-text
    # editor's nodes (Slate: block → text → leaves), the page a copyright line and a date.
    def paragraph(text: str) -> dict[str, object]:
        half = len(text) // 2
        leaves = [{"object": "leaf", "text": text[:half]}, {"object": "leaf", "text": text[half:]}]
        return {
            "object": "block",
            "type": "paragraph",
            "nodes": [{"object": "text", "leaves": leaves}],
        }

    nodes = [paragraph(t) for t in SENTENCES[:2]]
    nodes.insert(1, {"object": "block", "type": "image", "data": {"src": "x.jpg"}})
    nodes += [paragraph(t) for t in SENTENCES[2:]]
    story = {"title": "Harbour quay opens", "content": {"document": {"nodes": nodes}}}
    state = {"props": {"pageProps": {"story": story}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    footer = "<footer><p>Harbour Media © 2025. All rights reserved.</p><p>12.03.2025</p></footer>"
    html = _titled(f"<div id='__next'></div>{footer}{script}")
    page = extract_html(html, URL)
    assert page.extra["body_source"] == "script"
    assert page.paragraphs == SENTENCES
    with switched_off({"script_body"}):
        assert extract_html(html, URL).paragraphs != SENTENCES


def _titled(body: str, title: str = "Harbour quay opens") -> str:
    return f"<html><head><title>{title} - Harbour Media</title></head><body>{body}</body></html>"


def test_a_consent_notice_in_a_script_never_replaces_a_short_story() -> None:
    # A brief of one sentence, and a consent text of three paragraphs in a script that does
    # not hold the page's title: the brief stays.
    brief = (
        "The Elm Street bridge closed on Tuesday for repairs and reopens next week, the "
        "council said."
    )
    notice = "".join(
        f"<p>We and our 843 partners store and access data on your device {i}.</p>"
        for i in range(6)
    )
    script = f"<script>window.__consent = {json.dumps({'notice': notice})};</script>"
    page = extract_html(
        _titled(
            f"<article><h1>Bridge closed</h1><p>{brief}</p></article>{script}", "Bridge closed"
        ),
        URL,
    )
    assert page.paragraphs == [brief]


def test_a_paywalled_teaser_gives_way_to_the_article_in_the_state() -> None:
    # The page shows its standfirst and a paywall's prompts; the state holds the story as
    # paragraph nodes whose text is under "html" (a related-story node between them).
    nodes = [{"type": "paragraph", "html": f"<b>{t[:10]}</b>{t[10:]}"} for t in SENTENCES]
    nodes.insert(2, {"type": "related", "title": "Another story", "url": "/x"})
    state = {"props": {"pageProps": {"data": {"title": "Harbour quay opens", "content": nodes}}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    shown = "<p>The new quay opened this week.</p><p>Article reserved for subscribers.</p>"
    page = extract_html(_titled(f"<main>{shown}</main>{script}"), URL)
    assert page.extra["body_source"] == "script"
    assert page.paragraphs == SENTENCES


def test_contentful_nodes_and_a_state_assigned_in_a_script_are_read_too() -> None:
    # Contentful's rich text names its nodes "nodeType" and keeps text under "value"; a
    # React page assigns its state to a variable instead of a JSON script.
    doc = {
        "nodeType": "document",
        "content": [
            {"nodeType": "paragraph", "content": [{"nodeType": "text", "value": t}]}
            for t in SENTENCES
        ],
    }
    state = {"props": {"pageProps": {"issue": {"story": doc}}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    assert extract_html(_page(f"<div id='__next'></div>{script}"), URL).paragraphs == SENTENCES
    blocks = [{"type": "paragraph", "html": f"<p>{t}</p>"} for t in SENTENCES]
    assigned = (
        f"<script>window.__INITIAL_STATE__={json.dumps({'article': {'body': blocks}})};</script>"
    )
    page = extract_html(_page(f"<div id='root'></div>{assigned}"), URL)
    assert page.paragraphs == SENTENCES


def test_graphql_sections_and_arc_story_elements_are_read_too() -> None:
    # GraphQL names a node's kind "__typename" ("ParagraphSection"); Arc XP's story format
    # keeps text elements as {"type": "text", "content": …} and the page assigns it to a
    # dotted name ("Fusion.globalContent = {…}").
    sections = [{"__typename": "ParagraphSection", "text": t} for t in SENTENCES]
    sections.insert(1, {"__typename": "EmbedSection", "type": "newsletter", "text": "Sign up."})
    state = {"props": {"pageProps": {"article": {"title": "Harbour quay", "sections": sections}}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    assert extract_html(_page(f"<div id='__next'></div>{script}"), URL).paragraphs == SENTENCES
    elements = [{"_id": str(n), "type": "text", "content": t} for n, t in enumerate(SENTENCES)]
    elements.insert(1, {"type": "raw_html", "content": "<div class='ad'></div>"})
    story = {"type": "story", "content_elements": elements}
    assigned = (
        '<script>window.Fusion=window.Fusion||{};Fusion.arcSite="harbour";'
        f"Fusion.globalContent={json.dumps(story)};</script>"
    )
    page = extract_html(_page(f"<div id='fusion-app'></div>{assigned}"), URL)
    assert page.paragraphs == SENTENCES


def test_a_story_stored_in_parts_of_html_is_read_in_all_of_them() -> None:
    # A state's content list: each part a short HTML string (one or two paragraphs, a
    # picture), none of them the article alone.
    parts = [
        {"type": "text", "data": f"<p>{SENTENCES[0]}</p><p>{SENTENCES[1]}</p>"},
        {"type": "image", "data": "<p class='pic'><img src='https://img.example/q.jpg'></p>"},
        {"type": "text", "data": f"<p>{SENTENCES[2]}</p>"},
        {"type": "text", "data": "".join(f"<p>{t}</p>" for t in SENTENCES[3:])},
    ]
    state = {"nav": [{"title": "News"}], "docData": {"contentData": {"contentList": parts}}}
    script = f"<script>var allData = {json.dumps(state)};</script>"
    page = extract_html(_page(f"<div id='root'></div>{script}"), URL)
    assert page.paragraphs == SENTENCES
    # A list of teasers with one summary each is no story in parts.
    teasers = [{"summary": f"<p>{t}</p>"} for t in SENTENCES[:2]]
    script = f"<script>var allData = {json.dumps({'related': teasers})};</script>"
    assert extract_html(_page(f"<div id='root'></div>{script}"), URL).paragraphs == []


def test_a_short_body_beside_a_short_script_string_stays() -> None:
    # A brief's two sentences on the page and a shorter teaser in the state: the page's text.
    state = {"teaser": "<p>Short.</p><p>Teaser.</p>"}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    page = extract_html(_page(f"<article>{PARAGRAPHS}</article>{script}"), URL)
    assert page.paragraphs == SENTENCES


def test_script_strings_without_paragraphs_are_not_a_body() -> None:
    state = {"teaser": "<p>" + "A long teaser without any paragraph break at all. " * 20 + "</p>"}
    script = f"<script>var s = {json.dumps(state)};</script>"
    assert extract_html(_page(f"<div id='app'></div>{script}"), URL).paragraphs == []


def test_prose_body_is_left_alone() -> None:
    page = extract_html(f"<html><body><article>{PARAGRAPHS}</article></body></html>", URL)
    assert page.extra["body_source"] == "trafilatura"
    assert page.paragraphs == SENTENCES


def test_prose_share_tells_menus_from_articles() -> None:
    assert prose_share(SENTENCES) == 1.0
    assert prose_share(["Home", "World", "Sport", "Business"]) == 0.0
    assert prose_share([]) == 0.0
    # A short paragraph closed like a sentence is prose; a short label is not.
    assert prose_share(["The ferry leaves at noon from pier two.", "Share"]) > 0.8


# A paragraph of the story that trafilatura's fast path skips: it drops a <p> whose class
# reads like a widget, whatever its text.
MIDDLE = "Ferry tickets for the opening weekend are free, the harbour office said on Monday."


def _story(middle: str) -> str:
    first, second = (f"<p>{s}</p>" for s in SENTENCES[:2]), (f"<p>{s}</p>" for s in SENTENCES[2:])
    return _page(f"<article>{''.join(first)}{middle}{''.join(second)}</article>")


def test_paragraph_dropped_between_body_paragraphs_is_put_back_in_place() -> None:
    html = _story(f"<p class='widget-text'>{MIDDLE}</p>")
    with switched_off({"sibling_paragraphs"}):
        assert MIDDLE not in extract_html(html, URL).paragraphs  # what the net is for
    assert extract_html(html, URL).paragraphs == [*SENTENCES[:2], MIDDLE, *SENTENCES[2:]]


_LINKS = "".join(f"<a href='/s{i}'>Another story on the harbour, part {i}</a> " for i in range(3))
_CODE = "window.dataLayer.push({event: 'article view', section: 'local news and harbour'});" * 2


@pytest.mark.parametrize(
    "middle",
    [
        pytest.param(f"<p class='widget-text'>{_LINKS}</p>", id="link-list"),
        pytest.param(f"<p class='widget'>{_CODE}</p>", id="code"),
        pytest.param(f"<p class='widget-text newsletter-box'>{MIDDLE}</p>", id="named-by-a-rule"),
        pytest.param(f"<p class='widget-text' hidden>{MIDDLE}</p>", id="hidden"),
        # In its own box, not a sibling of the body's paragraphs.
        pytest.param(f"<div class='widget'><p>{MIDDLE}</p><p>{MIDDLE}</p></div>", id="boxed"),
    ],
)
def test_paragraph_restore_leaves_non_prose_and_other_parents_alone(middle: str) -> None:
    assert extract_html(_story(middle), URL).paragraphs == SENTENCES


def test_paragraph_after_the_last_body_paragraph_is_not_put_back() -> None:
    # Only gaps between two kept paragraphs are filled: text after the story (a bio, a note)
    # is not known to be part of it.
    body = "".join(f"<p>{s}</p>" for s in SENTENCES)
    html = _page(f"<article>{body}<p class='widget-text'>{MIDDLE}</p></article>")
    assert extract_html(html, URL).paragraphs == SENTENCES


def test_body_much_shorter_than_the_page_prose_falls_back() -> None:
    # The fast path settled on a one-sentence teaser while the page shows a whole article (here
    # in a column marked up as an aside, which pruning drops): the body is prose, but holds a
    # fraction of the page's prose paragraphs, so the unpruned page is read again.
    teaser = (
        "<p>Read the whole story of the harbour and its new quay in the column beside this.</p>"
    )
    story = "".join(f"<p>{s} {s}</p>" for s in SENTENCES * 2)
    html = _page(f"<main>{teaser}</main><aside><article>{story}</article></aside>")
    # (the wrapper guard alone would keep the aside: the net is checked behind it)
    with switched_off({"short_body", "missed_run", "guard_wrapper_tag"}):
        assert len(extract_html(html, URL).paragraphs) == 1  # what the net is for
    with switched_off({"guard_wrapper_tag"}):
        page = extract_html(html, URL)
    assert page.extra["body_source"] == "fallback"
    assert all(s in " ".join(page.paragraphs) for s in SENTENCES)


def test_paragraphs_written_as_divs_count_as_page_prose() -> None:
    # '<div data-testid="paragraph-0">…</div>': no <p> on the page, yet a whole article.
    story = "".join(
        f"<div data-testid='paragraph'>{s} <a href='/x'>More</a> {s}</div>" for s in SENTENCES * 2
    )
    teaser = (
        "<p>Read the whole story of the harbour and its new quay in the column beside this.</p>"
    )
    html = _page(f"<main>{teaser}</main><aside><div>{story}</div></aside>")
    # Counted as the page's prose, they keep the aside from the tag rule (the wrapper guard)
    # and, behind it, make the short body fall back.
    page = extract_html(html, URL)
    assert page.extra["body_source"] == "trafilatura"
    assert all(s in " ".join(page.paragraphs) for s in SENTENCES)
    with switched_off({"guard_wrapper_tag"}):
        page = extract_html(html, URL)
    assert page.extra["body_source"] == "fallback"
    assert all(s in " ".join(page.paragraphs) for s in SENTENCES)
    # A wrapper of such divs, a link list and a short label are no paragraphs of their own.
    tree = lxml.html.fromstring(
        f"<div><div>{SENTENCES[0]}</div><div><a href='/a'>{SENTENCES[1]}</a></div>"
        "<div>Share</div></div>"
    )
    assert div_paragraphs(tree) == [SENTENCES[0]]


def _page_of(sentences: list[str]) -> PageParagraphs:
    """What page_paragraphs reads from a page showing these paragraphs."""
    return page_paragraphs(lxml.html.fromstring(_page("".join(f"<p>{s}</p>" for s in sentences))))


TEASERS = [
    f"Another story from the harbour district, number {i}, and what the council said about it"
    for i in range(4)
]


def test_a_body_holding_none_of_the_page_prose_is_read_again() -> None:
    # The fast path took a list of teaser headlines (long, so "prose", and not short) for the
    # article: none of the page's prose paragraphs is in it. The unpruned page's extraction
    # holds them all, so it replaces the teasers.
    html = _page(f"<article>{PARAGRAPHS}</article>")
    page = _page_of(SENTENCES)
    assert recall_net(html, URL, TEASERS, "trafilatura", page) == (SENTENCES, "fallback")
    # A structured body that is only the summary is read again the same way.
    summary = ["The harbour office opened its new quay, two years after the works began."]
    assert recall_net(html, URL, summary, "jsonld", page) == (SENTENCES, "fallback")
    # A body holding the page's prose stays, whatever the fallback finds.
    assert recall_net(html, URL, SENTENCES[:3], "trafilatura", page) == (
        SENTENCES[:3],
        "trafilatura",
    )


def test_a_fallback_holding_no_more_of_the_page_prose_does_not_replace_the_body() -> None:
    # The page's prose is another text (a long comment thread the extraction leaves out): the
    # fallback holds no more of it than the body, so the body stays.
    html = _page(f"<article>{PARAGRAPHS}</article>")
    comments = [
        f"A reader wrote at length about ferries and quays, comment number {i}." * 2
        for i in range(8)
    ]
    page = _page_of(comments)
    assert recall_net(html, URL, SENTENCES, "trafilatura", page) == (SENTENCES, "trafilatura")


def test_short_body_keeps_its_text_unless_the_fallback_finds_twice_as_much() -> None:
    # A page of much more prose than its body (long comments, a list of summaries) triggers the
    # check, but a fallback only a little longer than the body is not evidence of a lost article.
    html = _page(f"<article>{PARAGRAPHS}</article>")
    page = PageParagraphs(prose_chars=10_000)
    assert recall_net(html, URL, SENTENCES[:3], "trafilatura", page) == (
        SENTENCES[:3],
        "trafilatura",
    )
    assert recall_net(html, URL, SENTENCES[:1], "trafilatura", page) == (SENTENCES, "fallback")


def test_menu_body_gives_way_to_a_shorter_fallback_that_keeps_its_article() -> None:
    # The fast path kept a long tag list around the one article paragraph: not prose, and
    # longer than the clean fallback; the fallback holds the body's longest block, so it wins.
    html = _page(f"<article>{PARAGRAPHS}</article>")
    tags = [f"tag {i}" for i in range(200)]
    blocks = [*tags, SENTENCES[0] + " " + SENTENCES[1], *tags]
    fallback = recall_net(html, URL, blocks, "trafilatura", PageParagraphs())
    assert fallback == (SENTENCES, "fallback")
    # A fallback without the body's longest block is another text: the body stays.
    other = [*tags, "The council approved the budget for the coming year on Tuesday evening."]
    assert recall_net(html, URL, other, "trafilatura", PageParagraphs()) == (other, "trafilatura")


def test_paragraph_count_read_before_pruning_is_the_one_pruning_would_make(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Pruning weighs a matched wrapper against the page's paragraph text; the count it is
    # handed (read with the paragraphs) must be the one it would make itself: hidden
    # paragraphs are not shown and do not count.
    import lxml.html

    from wirecopy.tasks.html import body
    from wirecopy.tasks.html.recall import page_paragraphs

    seen: list[int] = []
    spared = body._spared
    monkeypatch.setattr(
        body,
        "_spared",
        lambda el, rule, total, divs: seen.append(total) or spared(el, rule, total, divs),
    )
    p = f"<p>{SENTENCES[0]}</p>"
    html = _page(
        f"{p.replace('<p>', '<p hidden>') * 20}<div class='newsletter-box'>{p * 4}</div>{p}"
    )
    body.prune_boilerplate(lxml.html.fromstring(html))
    tree = lxml.html.fromstring(html)
    body.prune_boilerplate(tree, page_paragraphs(tree).all_chars)
    assert seen[0] == seen[1] == 5 * len(SENTENCES[0])


def _div_page(extra: str = "") -> str:
    """A page written without <p>, HTML5 tags or telling classes: a menu, the story, teasers."""
    story = "".join(f"<div>{s} {s}</div>" for s in SENTENCES * 2)
    teasers = "".join(
        f"<div><div><a href='/t{i}'>Another story from the harbour district, number {i}</a>"
        f"</div><div>{i} hours ago</div></div>"
        for i in range(12)
    )
    menu = "".join(f"<div><a href='/s{i}'>Section {i}</a></div>" for i in range(15))
    return _page(f"<div>{menu}</div><div><h1>New quay opens</h1>{story}</div><div>{teasers}</div>")


def test_a_page_written_in_divs_is_trimmed_by_the_full_extraction() -> None:
    # trafilatura's fast path takes every <div> of such a page for a paragraph: the menu and the
    # teaser list come with the story. The full extraction weighs the divs and keeps the story.
    html = _div_page()
    # The menu is a block of short links (link_cloud takes it first): left to the extraction.
    with switched_off({"div_page_full", "link_cloud"}):
        untrimmed = extract_html(html, URL).paragraphs
    assert "Section 3" in untrimmed and any("number 5" in b for b in untrimmed)
    with switched_off({"link_cloud"}):
        page = extract_html(html, URL)
    assert page.paragraphs[0] == f"{SENTENCES[0]} {SENTENCES[0]}"  # the headline is the title's
    assert all(f"{s} {s}" in page.paragraphs for s in SENTENCES)
    assert not any("Section" in b or "number" in b for b in page.paragraphs)
    assert extract_html(html, URL).paragraphs == page.paragraphs  # with the menu taken first


def test_the_full_extraction_replaces_the_fast_body_only_when_it_is_a_trimming(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import wirecopy.tasks.html.body as body

    bundle = parse_page(_div_page(), URL)
    # The fast body holds a menu's labels besides its prose: something to trim.
    fast_blocks, longer = [*SENTENCES[:2], "Section 1", "Section 2"], [*SENTENCES, *TEASERS]

    def blocks(tree: lxml.html.HtmlElement, url: str | None, fast: bool = True) -> list[str]:
        return fast_blocks if fast else full

    monkeypatch.setattr(body, "_trafilatura_blocks", blocks)
    # Longer than the fast body (comments or another story taken for the article): not taken.
    full = longer
    assert body.extract_paragraphs(bundle, full=True) == (fast_blocks, "trafilatura")
    # Shorter: taken; on a page written in <p>s (full=False) it is never read.
    full = SENTENCES[:1]
    assert body.extract_paragraphs(bundle, full=True) == (SENTENCES[:1], "trafilatura")
    assert body.extract_paragraphs(bundle, full=False) == (fast_blocks, "trafilatura")
    # An empty full extraction leaves the fast body (the recall net judges it later).
    full = []
    assert body.extract_paragraphs(bundle, full=True) == (fast_blocks, "trafilatura")
    # A fast body that is all prose has nothing to trim: the full reading is not made.
    fast_blocks, full = SENTENCES[:2], SENTENCES[:1]
    assert body.extract_paragraphs(bundle, full=True) == (SENTENCES[:2], "trafilatura")


def test_only_a_page_written_in_divs_and_of_bounded_size_is_read_in_full() -> None:
    assert reads_in_full(page_paragraphs(lxml.html.fromstring(_div_page())))
    assert not reads_in_full(_page_of(SENTENCES))  # written in <p>s
    # Thousands of short divs: the full extraction's last fallback is quadratic in them.
    many = "".join(f"<div>{s}</div>" for s in SENTENCES * 200) + "<div>x</div>" * 3000
    assert not reads_in_full(page_paragraphs(lxml.html.fromstring(_page(many))))


# An article split into parts of one kind around an ad slot, as templates insert ads: the
# parts' class is one trafilatura's fast path knows, and it reads the first element it matches.
MORE = [
    "The ferry company will add a second daily crossing from July, its director told reporters.",
    "Harbour fees stay the same this year, though the council plans to review them in autumn.",
    "A museum of the old fishing fleet is to open in the former customs house next spring.",
]
AD = "<div class='ad-slot'><span>Advertisement</span></div>"


def _part(texts: list[str], cls: str = "article-body") -> str:
    return (
        f"<div class='{cls}'><div class='text'>{''.join(f'<p>{t}</p>' for t in texts)}</div></div>"
    )


def test_article_split_around_an_ad_is_read_in_all_its_parts() -> None:
    html = _page(f"<main>{_part(SENTENCES)}{AD}{_part(MORE[:2])}{AD}{_part(MORE[2:])}</main>")
    with switched_off({"continued_container"}):
        assert extract_html(html, URL).paragraphs == SENTENCES  # what the rule is for
    assert extract_html(html, URL).paragraphs == [*SENTENCES, *MORE]


def test_a_later_part_keeps_its_paragraphs_full_of_links() -> None:
    # In a part of the article, a paragraph that is mostly links is still the article's.
    links = (
        "The <a href='/a'>harbour office</a> and the <a href='/b'>ferry company</a> "
        "<a href='/c'>signed the new timetable</a> on <a href='/d'>Monday afternoon</a>."
    )
    later = _part(MORE[:1]).replace("</p></div>", f"</p><p>{links}</p></div>")
    html = _page(f"<main>{_part(SENTENCES)}{AD}{later}</main>")
    paragraphs = extract_html(html, URL).paragraphs
    assert paragraphs[: len(SENTENCES) + 1] == [*SENTENCES, MORE[0]]
    assert paragraphs[-1].startswith("The harbour office and the ferry company")


def test_a_part_before_the_one_read_goes_ahead_of_it() -> None:
    # trafilatura's fast path reads the part its body pattern names by id, the second.
    first = _part(MORE[:2], cls="part")
    second = _part(SENTENCES, cls="part").replace("class='part'", "class='part' id='article-body'")
    html = _page(f"<main>{first}{AD}{second}</main>")
    with switched_off({"continued_container"}):
        assert extract_html(html, URL).paragraphs == SENTENCES
    assert extract_html(html, URL).paragraphs == [*MORE[:2], *SENTENCES]


@pytest.mark.parametrize(
    "twin",
    [
        # Teaser cards: each of the same kind holds one summary, inside the card's link.
        pytest.param(
            "".join(
                f"<div class='article-body'><a href='/s{i}'><p>{t}</p></a></div>"
                for i, t in enumerate(MORE)
            ),
            id="teaser-cards",
        ),
        # A twin holding its paragraph another way than the article's parts hold theirs.
        pytest.param(
            f"<div class='article-body'><footer><p>{MORE[0]}</p></footer></div>", id="footer"
        ),
        # A sign-up box a rule names, inside a twin.
        pytest.param(
            f"<div class='article-body'><div class='text newsletter-signup'><p>{MORE[1]}</p>"
            "</div></div>",
            id="named-by-a-rule",
        ),
    ],
)
def test_twins_that_are_not_parts_of_the_article_stay_out(twin: str) -> None:
    html = _page(f"<main>{_part(SENTENCES)}{AD}{twin}</main>")
    assert extract_html(html, URL).paragraphs == SENTENCES


def test_paragraphs_wrapped_one_by_one_are_not_parts() -> None:
    # Every paragraph in a wrapper of one kind: the body holds one of each, no part to continue.
    wrapped = "".join(f"<div class='para'><p>{t}</p></div>" for t in SENTENCES)
    promo = "<div class='para'><p>" + MORE[0] + "</p></div>"
    html = _page(f"<article class='article-body'>{wrapped}</article>{AD}{promo}")
    assert MORE[0] not in extract_html(html, URL).paragraphs


def test_page_paragraphs_group_twins_by_kind_and_path() -> None:
    tree = lxml.html.fromstring(_page(f"<main>{_part(SENTENCES)}{AD}{_part(MORE)}</main>"))
    twins = page_paragraphs(tree).twins
    assert [[t for t, _ in box] for box in twins[0]] == [SENTENCES, MORE]
    assert {path for box in twins[0] for _, path in box} == {(("div", "text"),)}


@pytest.mark.timeout(10)  # a hang guard, not a speed test: this takes ~0.7 s
def test_thousands_of_article_parts_are_joined_in_linear_time() -> None:
    # 2,000 parts of five paragraphs: every paragraph is looked up in sets, the body searched
    # for at most a bounded number of them, and the parts put in with a deque, not list inserts.
    parts = (
        "<div class='article-body'>"
        + "".join(f"<p>{i}-{j} {SENTENCES[j % 4]}</p>" for j in range(5))
        + f"</div>{AD}"
        for i in range(2000)
    )
    paragraphs = extract_html(_page(f"<main>{''.join(parts)}</main>"), URL).paragraphs
    assert len(paragraphs) == 10_000
    assert paragraphs[-1].startswith("1999-4 ")


def _div_part(texts: list[str]) -> str:
    """A part of the article on a page written without <p> or telling classes."""
    return (
        f"<div class='c5'><div class='c6'>{''.join(f'<div>{t}</div>' for t in texts)}</div></div>"
    )


def test_a_page_written_in_divs_is_read_in_all_the_parts_of_its_article() -> None:
    # No <p>, no <main>/<article>, no class that says anything: the article's parts, twins
    # around an ad, are found by their <div>s of text as other pages' by their <p>s.
    ad = "<div class='c9'><span>Advertisement</span></div>"
    parts = f"{_div_part(SENTENCES)}{ad}{_div_part(MORE[:2])}{ad}{_div_part(MORE[2:])}"
    tree = lxml.html.fromstring(_page(f"<div class='c0'>{parts}</div>"))
    page = page_paragraphs(tree)
    assert continue_in_twins(SENTENCES, page) == [*SENTENCES, *MORE]
    assert restore_siblings([SENTENCES[0], SENTENCES[3]], page) == SENTENCES
    with switched_off({"div_twins"}):
        page = page_paragraphs(tree)
    assert continue_in_twins(SENTENCES, page) == SENTENCES  # what the rule is for
    assert restore_siblings([SENTENCES[0], SENTENCES[3]], page) == [SENTENCES[0], SENTENCES[3]]


# The article's second half behind a "Read more" button, hidden until the click.
_BUTTON = "<button class='show-more'>Read more</button>"


def _collapsed(box: str, between: str = _BUTTON) -> str:
    return _page(
        f"<main><div class='story-text'>{PARAGRAPHS}{between}{box}</div></main>"
        "<footer><p>Copyright the Harbour Gazette, all rights reserved.</p></footer>"
    )


@pytest.mark.parametrize(
    "opening",
    [
        "<div class='rest' style='display:none'>",
        "<div class='rest' style='color: red; visibility: hidden'>",
        "<div class='rest' hidden>",
        # A paywall's blurred half, hidden from screen readers.
        "<div class='paywall-content is-locked' aria-hidden='true' style='filter:blur(5px)'>",
        # One wrapper deeper: the box holds a div of paragraphs.
        "<div class='rest' style='display: none'><div>",
    ],
)
def test_article_half_hidden_behind_read_more_is_body(opening: str) -> None:
    closing = "</div>" * opening.count("<div")
    html = _collapsed(f"{opening}{''.join(f'<p>{t}</p>' for t in MORE)}{closing}")
    with switched_off({"hidden_continuation"}):
        assert extract_html(html, URL).paragraphs == SENTENCES  # what the rule is for
    assert extract_html(html, URL).paragraphs == [*SENTENCES, *MORE]


@pytest.mark.parametrize(
    "box",
    [
        # One hidden paragraph: a tooltip or a teaser, not a half of the article.
        pytest.param(f"<div style='display:none'><p>{MORE[0]}</p></div>", id="one-paragraph"),
        # A modal a rule names, even right after the body.
        pytest.param(
            f"<div class='modal' style='display:none'>{''.join(f'<p>{t}</p>' for t in MORE)}</div>",
            id="modal",
        ),
        # Too deep below the hidden element to be its text.
        pytest.param(
            "<div style='display:none'><div><div>"
            + "".join(f"<p>{t}</p>" for t in MORE)
            + "</div></div></div>",
            id="deep",
        ),
    ],
)
def test_hidden_boxes_that_continue_no_article_stay_out(box: str) -> None:
    paragraphs = extract_html(_collapsed(box), URL).paragraphs
    assert paragraphs == SENTENCES


def test_a_hidden_box_far_from_any_body_paragraph_stays_out() -> None:
    # Hidden prose after a long run of other elements (a banner at the page's end).
    far = "".join(f"<div class='spacer-{i}'></div>" for i in range(4))
    box = f"<div style='display:none'>{''.join(f'<p>{t}</p>' for t in MORE)}</div>"
    assert extract_html(_collapsed(box, between=_BUTTON + far), URL).paragraphs == SENTENCES


def test_hidden_paragraphs_already_in_the_body_are_not_added_twice() -> None:
    # A page whose body extraction already reads the hidden half (structured data, say).
    tree = lxml.html.fromstring(
        _collapsed(f"<div style='display:none'>{''.join(f'<p>{t}</p>' for t in MORE)}</div>")
    )
    page = page_paragraphs(tree)
    assert page.hidden == [([SENTENCES[-1]], MORE)]
    assert reveal_hidden([*SENTENCES, *MORE], page) == [*SENTENCES, *MORE]
    assert reveal_hidden(SENTENCES, page) == [*SENTENCES, *MORE]
    # Only after the paragraph it follows on the page, wherever that stands in the body.
    assert reveal_hidden([SENTENCES[-1], SENTENCES[0]], page) == [
        SENTENCES[-1],
        *MORE,
        SENTENCES[0],
    ]
    assert reveal_hidden(SENTENCES[:2], page) == SENTENCES[:2]


@pytest.mark.parametrize(
    ("box", "between"),
    [
        # No control beside it: a transcript or a writer's card hidden after the story.
        pytest.param(
            f"<div class='video-transcript' hidden>{''.join(f'<p>{t}</p>' for t in MORE)}</div>",
            "",
            id="no-control",
        ),
        # Another language than the story: a translation behind a toggle.
        pytest.param(
            f"<div lang='es' style='display:none'>{''.join(f'<p>{t}</p>' for t in MORE)}</div>",
            _BUTTON,
            id="other-language",
        ),
    ],
)
def test_hidden_boxes_without_a_reveal_stay_out(box: str, between: str) -> None:
    assert extract_html(_collapsed(box, between=between), URL).paragraphs == SENTENCES


def _wrapped(texts: list[str]) -> str:
    """Paragraphs in a wrapper, as block-based CMSs write each run of them."""
    return f"<div class='text-block'>{''.join(f'<p>{t}</p>' for t in texts)}</div>"


# The half a paywall locks: blurred, hidden from screen readers, in wrappers of its own with a
# "read also" box between; before it, the free paragraphs' wrapper and the paywall's prompt.
_LOCKED = [
    *MORE,
    "The customs house needs a new roof first, which the council will pay for from reserves.",
    "Volunteers from the fishing families have already started to collect nets and logbooks.",
]
_PAYWALLED_PAGE = _page(
    f"<article><h1>Quay opens</h1><div class='content'>{_wrapped(SENTENCES[:2])}"
    "<div class='paywall'><div class='paywall-msg'><p>This article is for subscribers.</p>"
    "<a href='/subscribe'>Subscribe</a></div></div>"
    "<div class='locked-content' aria-hidden='true' style='filter:blur(4px)'>"
    f"{_wrapped(_LOCKED[:2])}<div class='read-also'><span>Read also</span>"
    f"<a href='/old-quay'>Old quay closes</a></div>{_wrapped(_LOCKED[2:])}</div></div></article>"
)


def test_a_locked_half_after_wrapped_paragraphs_and_a_prompt_continues_them() -> None:
    # The paragraph the box continues is the last one inside the wrapper before it, the
    # prompt standing between.
    page = page_paragraphs(lxml.html.fromstring(_PAYWALLED_PAGE))
    assert page.hidden == [([SENTENCES[1]], _LOCKED)]
    assert reveal_hidden(SENTENCES[:2], page) == [*SENTENCES[:2], *_LOCKED]


def test_a_hidden_run_of_paragraphs_is_not_the_article_a_reading_missed() -> None:
    # The locked half's three paragraphs are the page's longest run, and the shown body holds
    # none of it: still, what a reader is shown is the body, not the hidden run.
    page = page_paragraphs(lxml.html.fromstring(_PAYWALLED_PAGE))
    shown = (SENTENCES[:2], "trafilatura")
    assert recall_net(_PAYWALLED_PAGE, URL, *shown, page) == shown


def test_a_control_after_the_box_reveals_it() -> None:
    # "Visa hela artikeln": the button follows the half it opens.
    box = f"<div id='rest' hidden>{''.join(f'<p>{t}</p>' for t in MORE)}</div>"
    button = "<button aria-controls='rest' aria-expanded='false'>Visa hela artikeln</button>"
    html = _collapsed(box + button, between="")
    assert extract_html(html, URL).paragraphs == [*SENTENCES, *MORE]


def test_a_paywalled_half_marked_by_a_modifier_class_is_the_articles_next_part() -> None:
    # BEM: "article__body article__body--free" and "…--premium" are one kind of container; the
    # second half hidden from screen readers is the body a subscriber reads.
    free = _part(SENTENCES, cls="article__body article__body--free")
    paid = _part(MORE, cls="article__body article__body--premium").replace(
        "<div class='article__body", "<div aria-hidden='true' class='article__body", 1
    )
    html = _page(f"<main>{free}<div class='paywall-fade'></div>{paid}</main>")
    assert extract_html(html, URL).paragraphs == [*SENTENCES, *MORE]


def test_an_element_named_with_a_double_dash_is_no_modifier() -> None:
    # "article--content" and "article--newsletter" (no bare "article" beside them) are two kinds.
    body = _part(SENTENCES, cls="article--content")
    box = _part(MORE[:2], cls="article--newsletter")
    html = _page(f"<main>{body}{box}</main>")
    assert extract_html(html, URL).paragraphs == SENTENCES


@pytest.mark.parametrize(
    "kind",
    [
        "story-block story-block--related",
        "story-block story-block--sponsored",
        "story-block is-promoted",
    ],
)
def test_a_modifier_naming_another_kind_keeps_the_container_apart(kind: str) -> None:
    # Only a paywall's modifier joins two halves; a related or sponsored block is no part.
    body = _part(SENTENCES, cls="story-block")
    other = _part(MORE[:2], cls=kind)
    assert extract_html(_page(f"<main>{body}{other}</main>"), URL).paragraphs == SENTENCES


def test_a_deeply_nested_state_is_no_crash() -> None:
    nested = "[" * 5000 + "]" * 5000
    script = f'<script id="__NEXT_DATA__" type="application/json">{nested}</script>'
    assigned = f"<script>window.__STATE__ = {nested};</script>"
    for state in (script, assigned):
        page = extract_html(_titled(f"<p>Short.</p>{state}", "Short"), URL)
        assert page.paragraphs == ["Short."]


def test_text_after_an_ad_injected_inside_a_paragraph_stays_in_the_body() -> None:
    # An in-read ad injected inside a <p>: the parser closes the <p> there, and the story's
    # next paragraphs are text between line breaks after the ad, which a reading drops with it.
    more = [
        "Shop owners on the waterfront fear fewer customers in the months before the season.",
        "The council said their request for free parking would be weighed at its next meeting.",
        "Night work is planned on weekends in March to lay the new beams sooner, it said.",
    ]
    tail = "<br><br>".join(more)
    body = (
        f"<h1>Quay opens</h1><div class='body-text'><p>{SENTENCES[0]}</p><p>{SENTENCES[1]}</p>"
        f"<p>{SENTENCES[2]}<br><br><div class='adv_inread'><div id='adv-1'></div></div>{tail}</p>"
        "<p class='rights'>© ALL RIGHTS RESERVED</p></div>"
    )
    tree = lxml.html.fromstring(_page(f"<article>{body}</article>"))
    break_paragraphs(tree)
    page = page_paragraphs(tree)
    # The runs read the text after the ad in its place among the container's <p>s …
    assert page.runs == [[*SENTENCES[:3], *more, ""]]
    # … and a body that lost it with the ad gets it back after the run's last kept paragraph.
    assert restore_siblings(SENTENCES[:3], page) == [*SENTENCES[:3], *more]
    with switched_off({"sibling_tail"}):
        assert restore_siblings(SENTENCES[:3], page) == SENTENCES[:3]
    with switched_off({"mixed_runs"}):
        assert restore_siblings(SENTENCES[:3], page_paragraphs(tree)) == SENTENCES[:3]


def test_one_paragraph_after_the_story_in_its_container_does_not_come_back() -> None:
    # The reading leaves out a staff credit or a promo after the story on purpose: one
    # paragraph after the body's last is no continuation; two are.
    credit = "Reporting by Jane Doe, additional reporting by John Roe, editing by Ann Poe"
    body = "".join(folded(t) for t in SENTENCES[:3])
    after: dict[str, list[str]] = {}
    _tail([*SENTENCES[:3], credit], 2, body, after)
    assert after == {}
    _tail([*SENTENCES[:3], credit, SENTENCES[3]], 2, body, after)
    assert after == {SENTENCES[2]: [credit, SENTENCES[3]]}


def _shell(script: str, title: str = "Harbour quay opens") -> str:
    """A script-rendered page: its title, a note for browsers without scripts, its state."""
    return (
        f"<html><head><title>{title}</title><meta property='og:title' content='{title}'></head>"
        "<body><div id='app'></div><noscript>Please enable JavaScript to view this page."
        f"</noscript>{script}</body></html>"
    )


def test_an_apollo_cache_is_read_through_its_references() -> None:
    # Apollo's normalised cache: the article lists its elements by reference, each element a
    # value of the cache keeping its text under "htmlText"; the page's og:title opens with a
    # kicker the state keeps apart ("Harbour: Quay opens" over "Quay opens").
    cache: dict[str, object] = {
        "ROOT_QUERY": {"article": {"__ref": "Article:1"}},
        "Article:1": {
            "__typename": "Article",
            "title": "Quay opens on Monday after two years",
            "elements": [{"__ref": f"ArticleElementText:{n}"} for n in range(4)]
            + [{"__ref": "ArticleElementAd:9"}],
        },
        "ArticleElementAd:9": {"__typename": "ArticleElementAd", "slot": "mid"},
    }
    for n, sentence in enumerate(SENTENCES):
        cache[f"ArticleElementText:{n}"] = {
            "__typename": "ArticleElementText",
            "htmlText": f"<p>{sentence}</p>",
        }
    script = f"<script>window.__APOLLO_STATE__={json.dumps(cache)};</script>"
    page = extract_html(_shell(script, "Harbour: Quay opens on Monday after two years"), URL)
    assert page.paragraphs == SENTENCES


def test_an_apollo_cache_inside_next_data_and_a_story_of_break_pairs_with_a_logo_h1() -> None:
    # TV4's Next.js page keeps its Apollo cache under props.pageProps.apolloState, the
    # article's blocks referenced from there; JTBC's keeps a story parted by "<br /><br />",
    # no <p>; both pages' <h1> is the site's logo, their <title> the headline.
    cache: dict[str, object] = {
        "ROOT_QUERY": {"article": {"__ref": "Article:1"}},
        "Article:1": {
            "title": "Quay opens",
            "body": [{"__ref": f"TextBlock:{n}"} for n in range(4)],
        },
    }
    for n, sentence in enumerate(SENTENCES):
        cache[f"TextBlock:{n}"] = {"__typename": "TextBlock", "text": sentence}
    logo = "<header><h1 class='logo'><a href='/'>HNA</a></h1></header>"
    title = "<title>Harbour quay opens on Monday | HNA</title>"

    def page(state: object) -> str:
        data = json.dumps({"props": {"pageProps": state}})
        return (
            f"<html><head>{title}</head><body>{logo}<div aria-busy='true'></div>"
            f'<script id="__NEXT_DATA__" type="application/json">{data}</script></body></html>'
        )

    assert extract_html(page({"apolloState": cache}), URL).paragraphs == SENTENCES
    story = "<br /><br />".join(SENTENCES)
    found = extract_html(page({"articleInfo": {"content": story}}), URL).paragraphs
    assert found == SENTENCES


def test_an_apollo_2_cache_and_a_nuxt_2_literal_of_paragraph_strings_are_read() -> None:
    # Apollo Client 2 references its blocks as {"type": "id", "id": "$Post:1.blocks.0"};
    # Nuxt 2 writes its state as a script's object literal (no JSON), the story a paragraph a
    # string.
    cache: dict[str, object] = {
        "Post:1": {
            "title": "Harbour quay opens",
            "blocks": [
                {"type": "id", "generated": True, "id": f"$Post:1.blocks.{n}"} for n in range(4)
            ],
        }
    }
    for n, sentence in enumerate(SENTENCES):
        cache[f"$Post:1.blocks.{n}"] = {"type": "P", "tagName": "P", "innerHtml": sentence}
    script = f"<script>window.__APOLLO_STATE__={json.dumps(cache)};</script>"
    assert extract_html(_shell(script), URL).paragraphs == SENTENCES
    boxes = ",".join(
        '{type:"paragraph",text:"\\u003Cp\\u003E' + t + '\\u003C\\u002Fp\\u003E"}'
        for t in SENTENCES
    )
    state = (
        f'{{layout:"default",data:[{{title:"Harbour quay opens",content:{{boxes:[{boxes}]}}}}]}}'
    )
    literal = f"<script>window.__NUXT__={state};</script>"
    assert extract_html(_shell(literal), URL).paragraphs == SENTENCES


def test_a_liveblogs_entries_with_titles_in_a_nuxt_2_literal_are_its_text() -> None:
    # An entry has a title beside its text (no link, no name): a liveblog's, not a teaser's.
    entries = ",".join(
        f'{{id:{n},time:"1{n}:00",title:"Update {n}",'
        f'content:"\\u003Cp\\u003E{t}\\u003C\\u002Fp\\u003E"}}'
        for n, t in enumerate(SENTENCES)
    )
    article = f'{{title:"Harbour quay opens",entries:[{entries}]}}'
    literal = f"<script>window.__NUXT__={{data:[{{article:{article}}}]}};</script>"
    assert extract_html(_shell(literal), URL).paragraphs == SENTENCES
    # … a teaser's text beside its link is none of the story.
    teasers = entries.replace("title:", 'url:"/x",title:')
    related = f'{{title:"Harbour quay opens",related:[{teasers}]}}'
    literal = f"<script>window.__NUXT__={{data:[{related}]}};</script>"
    assert extract_html(_shell(literal), URL).paragraphs != SENTENCES


def test_a_flight_rows_client_component_props_hold_the_storys_blocks() -> None:
    # "4:["$","$L2",null,{"article":{"body":[{"type":"paragraph","text":…}]}}]": the App
    # Router hands the story to a client component as its props.
    blocks = [{"type": "paragraph", "text": s} for s in SENTENCES]
    blocks.insert(2, {"type": "ad", "slot": "intext_1"})
    row = ["$", "$L2", None, {"article": {"title": "Harbour quay opens", "body": blocks}}]
    line = "4:" + json.dumps(row, separators=(",", ":"))
    push = f"<script>self.__next_f.push({json.dumps([1, line])})</script>"
    page = extract_html(_page(f"<div id='app'>Cargando…</div>{push}"), URL)
    assert page.paragraphs == SENTENCES
    with switched_off({"flight_elements"}):
        assert (
            extract_html(_page(f"<div id='app'>Cargando…</div>{push}"), URL).paragraphs != SENTENCES
        )


def test_a_nuxt_devalue_payload_is_revived_and_a_storys_cards_read_in_order() -> None:
    # Nuxt 3's __NUXT_DATA__: a flat array of values referenced by index.
    payload: list[object] = [["Reactive", 1], {"data": 2}, {"title": 3, "blocks": 4}]
    payload += ["Harbour quay opens", [5 + 3 * n for n in range(len(SENTENCES))]]
    for sentence in SENTENCES:
        payload += [{"type": len(payload) + 1, "html": len(payload) + 2}, "text", sentence]
    script = f'<script type="application/json" id="__NUXT_DATA__">{json.dumps(payload)}</script>'
    assert extract_html(_shell(script), URL).paragraphs == SENTENCES
    # Quintype's story: cards, each holding a few text elements, read as one list in order.
    cards = [
        {"story-elements": [{"type": "text", "text": f"<p>{t}</p>"} for t in SENTENCES[:2]]},
        {"story-elements": [{"type": "text", "text": f"<p>{t}</p>"} for t in SENTENCES[2:]]},
    ]
    state = {"qt": {"data": {"story": {"headline": "Harbour quay opens", "cards": cards}}}}
    script = f'<script type="application/json" id="initial-page">{json.dumps(state)}</script>'
    assert extract_html(_shell(script), URL).paragraphs == SENTENCES


def test_a_states_subheadings_and_quotes_stand_in_their_place() -> None:
    nodes: list[dict[str, object]] = [{"type": "paragraph", "text": t} for t in SENTENCES]
    nodes.insert(2, {"type": "heading-two", "children": [{"text": "The old quay"}]})
    nodes.insert(4, {"type": "blockquote", "text": "A new start for the harbour."})
    nodes.insert(1, {"type": "image", "src": "x.jpg"})
    state = {"props": {"pageProps": {"article": {"title": "Harbour quay opens", "body": nodes}}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    assert extract_html(_shell(script), URL).paragraphs == [
        *SENTENCES[:2],
        "The old quay",
        SENTENCES[2],
        "A new start for the harbour.",
        SENTENCES[3],
    ]


def test_the_script_page_fixture_reads_as_its_article() -> None:
    # An empty app shell and an Apollo cache ('<' escaped as in real pages): the article's
    # text elements in their order, its subheading in its place, the ad element left out.
    html = (FIXTURES / "script-page.html").read_text()
    page = extract_html(html, "https://kelvik-post.example/ferries")
    assert page.paragraphs[1] == "Two sailings a night"
    assert len(page.paragraphs) == 4
    assert page.paragraphs[0].startswith("Night ferries will run again")


def test_a_revived_payload_that_shares_or_loops_is_read_once() -> None:
    # Devalue shares values by index: a list holding the same list twice, 26 levels deep,
    # would be 2^26 paragraphs if each reference were read again; a loop, endless.
    payload: list[object] = [{"data": 1}, *([n + 2, n + 2] for n in range(26))]
    payload += [{"type": 28, "text": 29}, "paragraph", "x"]
    assert len(_node_tree_article(payload)) < 100
    looped: list[object] = [{"data": 1}, [2, 3], {"type": 4, "text": 5, "c": 2}]
    looped += [{"type": 4, "text": 5, "c": 3}, "paragraph", "A line."]
    assert _node_tree_article(looped).count("A line.") <= 4


def test_related_stories_beside_the_article_do_not_replace_it() -> None:
    related = [
        {"body": [{"type": "paragraph", "text": f"{t} (related {n})"} for t in SENTENCES[:3]]}
        for n in range(2)
    ]
    article = {
        "title": "Harbour quay opens",
        "body": [{"type": "paragraph", "text": t} for t in SENTENCES],
    }
    state = {"props": {"pageProps": {"article": article, "related": related}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    assert extract_html(_shell(script), URL).paragraphs == SENTENCES


def test_an_apollo_element_referenced_twice_is_read_in_both_places() -> None:
    cache: dict[str, object] = {
        "Article:1": {
            "__typename": "Article",
            "title": "Harbour quay opens",
            "lead": {"__ref": "ArticleElementText:0"},
            "elements": [{"__ref": f"ArticleElementText:{n}"} for n in range(4)],
        }
    }
    for n, sentence in enumerate(SENTENCES):
        cache[f"ArticleElementText:{n}"] = {"__typename": "ArticleElementText", "text": sentence}
    script = f"<script>window.__APOLLO_STATE__={json.dumps(cache)};</script>"
    assert extract_html(_shell(script), URL).paragraphs == SENTENCES


def test_empty_assignments_before_the_state_do_not_use_up_the_reading() -> None:
    state = {
        "article": {
            "title": "Harbour quay opens",
            "body": [{"type": "paragraph", "text": t} for t in SENTENCES],
        }
    }
    script = (
        "<script>var opts = {}; config.ads = []; let a = {}; const b = []; settings.t = {}; "
        f"window.__INITIAL_STATE__ = {json.dumps(state)};</script>"
    )
    assert extract_html(_shell(script), URL).paragraphs == SENTENCES


def test_a_list_among_a_states_paragraphs_gives_its_items_in_place() -> None:
    elements: list[dict[str, object]] = [{"type": "text", "content": t} for t in SENTENCES]
    elements.insert(2, {"type": "list", "items": [{"content": "Fishing boats"}, "Ferries"]})
    story = {"type": "story", "title": "Harbour quay opens", "content_elements": elements}
    script = f"<script>Fusion.globalContent={json.dumps(story)};</script>"
    assert extract_html(_shell(script), URL).paragraphs == [
        *SENTENCES[:2],
        "Fishing boats",
        "Ferries",
        *SENTENCES[2:],
    ]


def test_a_next_flight_chunks_article_is_read_without_the_json_around_it() -> None:
    # The App Router pushes its lines of JSON as strings: the article's HTML is escaped twice.
    line = "5:" + json.dumps(["$", "$L1", None, {"article": {"content": PARAGRAPHS, "id": 7}}])
    push = f"<script>self.__next_f.push({json.dumps([1, line])})</script>"
    page = extract_html(_page(f"<div id='app'></div>{push}"), URL)
    assert page.extra["body_source"] == "script"
    assert page.paragraphs == SENTENCES


def test_a_next_flight_rows_elements_are_rendered_as_the_article() -> None:
    # Server Components rows hold the elements themselves: ["$", "p", key, {"children": …}],
    # a paragraph split around a link, a client component's reference left out.
    paragraphs = [["$", "p", None, {"children": s}] for s in SENTENCES]
    paragraphs[1] = ["$", "p", None, {"children": [SENTENCES[1][:10], ["$", "a", None, {
        "href": "/x", "children": SENTENCES[1][10:20]}], SENTENCES[1][20:]]}]  # fmt: skip
    article = ["$", "article", None, {"children": [["$", "$L2", None, {}], *paragraphs]}]
    push = f"<script>self.__next_f.push({json.dumps([1, 'a:' + json.dumps(article)])})</script>"
    page = extract_html(_page(f"<div id='app'></div>{push}"), URL)
    assert page.extra["body_source"] == "script"
    assert page.paragraphs == SENTENCES
    with switched_off({"flight_elements"}):
        assert extract_html(_page(f"<div id='app'></div>{push}"), URL).paragraphs != SENTENCES


def test_a_states_blocks_named_in_a_sites_own_words_are_its_paragraphs() -> None:
    # {"t": "p", "c": "…"} (a short kind key, the text under a key of no known name) and a
    # Catalan CMS's {"tipus": "paragraf", "text": "<p>…</p>"}, an ad slot among them.
    short = [{"t": "p", "c": s} for s in SENTENCES]
    short.insert(2, {"t": "banner", "c": "inarticle-1"})
    catalan = [{"tipus": "paragraf", "text": f"<p>{s}</p>"} for s in SENTENCES]
    for blocks in (short, catalan):
        state = {"news": {"current": {"title": "Harbour quay opens", "blocks": blocks}}}
        script = f"<script>window.__INITIAL_STATE__={json.dumps(state)};</script>"
        page = extract_html(_shell(script), URL)
        assert page.paragraphs == SENTENCES, blocks[0]


def test_a_script_rendered_pages_lead_in_its_state_opens_the_body() -> None:
    # The lead is printed by the browser from the state's "intro"; the page declares it as its
    # description. A description cut short ("…") or absent from the state adds nothing.
    lead = "The harbour office opened its new quay to the public after two years of works."
    tagline = "Coastline Media brings you the latest local news, sport and weather every day."
    blocks = [{"type": "paragraph", "text": s} for s in SENTENCES]
    state = {
        "site": {"name": "Coastline Media", "description": tagline},
        "news": {"title": "Harbour quay opens", "intro": lead, "blocks": blocks},
    }
    script = f"<script>window.__INITIAL_STATE__={json.dumps(state)};</script>"
    for description, expected in (
        (lead, [lead, *SENTENCES]),
        (lead[:50] + "…", SENTENCES),
        ("A summary for search engines that the state does not hold at all, sadly.", SENTENCES),
        # The site's tagline, which the state holds too, speaks of no story.
        (tagline, SENTENCES),
    ):
        head = f"<meta property='og:description' content='{description}'>"
        html = _shell(script).replace("</head>", f"{head}</head>")
        page = extract_html(html, URL)
        assert page.extra["body_source"] == "script"
        assert page.paragraphs == expected, description


@pytest.mark.timeout(10)  # a hang guard, not a speed test: a chunk like this took minutes
def test_a_pushed_chunk_of_unpaired_quotes_is_read_once() -> None:
    # A string holding paragraphs, then tens of thousands of unpaired quotes: read as lines of
    # JSON (linear), never rescanned from each quote.
    hostile = PARAGRAPHS + '"\\' * 50_000
    push = f"<script>self.__next_f.push({json.dumps([1, hostile])})</script>"
    page = extract_html(_page(f"<div id='app'></div>{push}"), URL)
    assert page.paragraphs[: len(SENTENCES)] == SENTENCES


def test_a_short_story_is_read_as_its_paragraphs_not_its_articles_whole_text() -> None:
    # A brief of two paragraphs under 250 characters: trafilatura's rescue for short readings
    # gave the <article>'s whole text as one block (headline, share buttons, prompt and all).
    brief = [
        "浜松市は来年度、中心市街地を中心にシェアサイクルの貸し出し拠点を五十カ所増設する方針を"
        "固めた。現在の約八十カ所から一・六倍に増やし、観光客や通勤客の回遊性を高める狙い。",
        "市によると、増設するのは浜松駅周辺のほか、浜松城公園や佐鳴湖周辺など。電動アシスト"
        "自転車を約二百台追加し、アプリで予約や決済ができる仕組みは従来通りとする。",
    ]
    html = _page(
        "<article><h1>浜松市、シェアサイクル拠点を増設へ</h1>"
        "<div class='article__share'><a href='#'>ポスト</a><a href='#'>シェア</a></div>"
        f"<div class='article__body'>{''.join(f'<p>{t}</p>' for t in brief)}</div>"
        "<div class='article__paywall'><p>この記事は会員限定です</p>"
        "<a href='/member/'>会員登録</a></div></article>"
    )
    paragraphs = extract_html(html, URL).paragraphs
    assert all(t in paragraphs for t in brief)
    with settings({"min_extracted_chars": 250}):  # what the setting is for
        assert not any(t in extract_html(html, URL).paragraphs for t in brief)


# The session's cold review: what the new readings must leave alone.
def test_a_page_hidden_whole_still_has_its_missed_article_read() -> None:
    # A snapshot taken with a modal open: the whole page hidden from screen readers hides
    # no one run of it.
    html = _br_article_page().replace("<body>", "<body><div aria-hidden='true'>", 1)
    html = html.replace("</body>", "</div></body>", 1)
    assert any(SENTENCES[0] in p for p in extract_html(html, URL).paragraphs)


def test_a_hidden_bio_behind_a_button_after_the_articles_wrapper_stays_out() -> None:
    story = "".join(f"<p>{s}</p>" for s in SENTENCES)
    bio = (
        "<div><button aria-expanded='false' aria-controls='bio'>About the author</button></div>"
        f"<div id='bio' hidden>{''.join(f'<p>{t}</p>' for t in MORE)}</div>"
    )
    html = _page(f"<main><div class='article-body'>{story}</div>{bio}</main>")
    assert extract_html(html, URL).paragraphs == SENTENCES


def test_a_list_of_teasers_in_a_state_is_no_story_in_parts() -> None:
    # Teasers each with a title and two paragraphs of summary beside the story's own body.
    teasers = [
        {"title": f"Other story {n}", "summary": f"<p>{MORE[0]}</p><p>{MORE[1]}</p>"}
        for n in range(6)
    ]
    story = [f"{s} {s}" for s in SENTENCES]
    state = {"article": {"body": "".join(f"<p>{t}</p>" for t in story)}, "related": teasers}
    script = f"<script>var state = {json.dumps(state)};</script>"
    page = extract_html(_page(f"<div id='root'><p>Loading…</p></div>{script}"), URL)
    assert page.paragraphs == story


def test_a_bare_block_of_lines_between_the_articles_paragraphs_is_read() -> None:
    # An editor's block of text between line breaks (each line made a <div> of its own by
    # break_paragraphs) in a bare <div> between the story's <p>s: its lines are paragraphs of
    # the run, in its place, and come back between the paragraphs a reading kept.
    lines = [f"{s} {s}" for s in SENTENCES[1:]]
    block = f"<div style='text-align: justify;'>{''.join(f'<div>{t}</div>' for t in lines)}</div>"
    html = _page(
        f"<div itemprop='articleBody'><p>{SENTENCES[0]} {SENTENCES[0]}</p>{block}<p> </p>"
        f"<p>{MORE[0]} {MORE[0]}</p></div>"
    )
    first, last = f"{SENTENCES[0]} {SENTENCES[0]}", f"{MORE[0]} {MORE[0]}"
    page = page_paragraphs(lxml.html.fromstring(html))
    assert [first, *lines, "", last] in page.runs
    assert restore_siblings([first, last], page) == [first, *lines, last]
    with switched_off({"mixed_runs"}):  # what the reading is for
        page = page_paragraphs(lxml.html.fromstring(html))
    assert restore_siblings([first, last], page) == [first, last]
    # A named box of notes below the story keeps its own place (a site's, not the story's).
    named = html.replace("<div style='text-align: justify;'>", "<div class='more-info'>")
    assert [first, "", last] in page_paragraphs(lxml.html.fromstring(named)).runs


def test_script_states_of_other_forms_are_read_too() -> None:
    # A rich text's tree kept as a string inside the state (stringified), Editor.js blocks
    # with their text in "data", and a short Chinese story's HTML escaped as entities.
    doc = {"type": "doc", "content": [{"type": "paragraph", "text": t} for t in SENTENCES]}
    state = {"props": {"pageProps": {"story": {"title": "Quay", "body": json.dumps(doc)}}}}
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    assert extract_html(_page(f"<div id='__next'></div>{script}"), URL).paragraphs == SENTENCES
    blocks = [{"type": "text", "data": {"text": f"<p>{t}</p>"}} for t in SENTENCES]
    nuxt = {"data": [{"record": {"title": "Quay", "blocks": blocks}}]}
    script = f"<script>window.__NUXT__={json.dumps(nuxt)};</script>"
    assert extract_html(_page(f"<div id='__nuxt'></div>{script}"), URL).paragraphs == SENTENCES
    story = [
        "台積電供應鏈傳出，位於高雄楠梓的2奈米新廠已完成首批設備移入，預計明年第二季進入試產。",
        "法人指出，2奈米製程初期產能將優先供應蘋果與高效能運算客戶，明年底月產能有望達到5萬片。",
        "受此消息激勵，設備與廠務相關個股今日表現強勢，多檔漲幅超過5%。",
        "不過，也有分析師提醒，新廠量產進度仍取決於良率爬升速度，投資人宜留意後續法說會的資訊。",
    ]
    escaped = "".join(f"&lt;p&gt;{t}&lt;/p&gt;" for t in story)
    state = {
        "props": {"initialState": {"news": {"title": "台積電2奈米廠設備移入", "content": escaped}}}
    }
    data = json.dumps(state, ensure_ascii=False)
    script = f'<script id="__NEXT_DATA__" type="application/json">{data}</script>'
    html = (
        "<html><head><title>台積電2奈米廠設備移入 | 鉅亨網</title></head><body><div id='__next'>"
        f"</div>{script}<footer><p>Copyright © 2024 All rights reserved.</p></footer></body></html>"
    )
    assert extract_html(html, URL).paragraphs == story


def test_a_stringified_document_outside_the_storys_body_is_not_read() -> None:
    # The second review: a paywall's config kept as a JSON string beside the story's nodes.
    offer = "Subscribe today and read every story of the Harbour Gazette, wherever you are."
    promo = {"blocks": [{"type": "paragraph", "text": f"{offer} {t} {t}"} for t in MORE * 2]}
    story = [{"type": "paragraph", "text": f"{s} {s}"} for s in SENTENCES]
    state = {
        "props": {
            "pageProps": {
                "title": "Quay",
                "story": {"content": story},
                "paywallConfig": json.dumps(promo),
            }
        }
    }
    script = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
    page = extract_html(_page(f"<div id='__next'><p>Updated 5 min ago</p></div>{script}"), URL)
    assert page.paragraphs == [f"{s} {s}" for s in SENTENCES]


def test_a_bare_block_of_lines_after_the_storys_last_paragraph_is_not_its_text() -> None:
    # The second review: a writer's bio in bare <div>s after the story keeps out of its run.
    bio = (
        "<div><div>Jane Doe is a senior reporter at the paper since 2015 and covers the harbour, "
        "the ferries and the council's transport committee for the news desk.</div>"
        "<div>She previously worked for the Harbour Herald and the regional radio station, "
        "where she presented the morning news programme for six years.</div></div>"
    )
    html = _page(f"<div class='content'>{PARAGRAPHS}{bio}</div>")
    page = page_paragraphs(lxml.html.fromstring(html))
    assert not any("senior reporter" in t for run in page.runs for t in run)


@pytest.mark.timeout(20)  # a hang guard: a run of escaped quotes made the string scan quadratic
def test_a_script_of_escaped_quotes_is_read_in_linear_time() -> None:
    script = '<script>var t = "Quay opens"; var x = "' + '\\"' * 40_000 + ";</script>"
    html = f"<html><head><title>Quay opens</title></head><body><p>Short.</p>{script}</body></html>"
    assert extract_html(html, URL).paragraphs == ["Short."]
