"""Clean: what the images read a caption or credit from leaves the body, whatever its class
(an unmarked line under a picture, a caption-classed <p>); the story's own copy of a sentence
a caption repeats, a heading and a long block stay."""

from __future__ import annotations

import lxml.html

from tests.test_extract_html_recall import SENTENCES, URL
from wirecopy.tasks.html.body import strip_read_captions
from wirecopy.tasks.html.extract import extract_html
from wirecopy.tasks.html.page import parse_page
from wirecopy.tasks.rule_switches import settings, switched_off

CAPTION = "Boats moor at the new quay at dawn on the opening day"
CREDIT = "Jane Doe/Reuters"


def _page(picture: str) -> str:
    first, second = ("".join(f"<p>{s} {s}</p>" for s in h) for h in (SENTENCES[:2], SENTENCES[2:]))
    return f"<html><body><article>{first}{picture}{second}</article></body></html>"


def test_clean_an_unmarked_caption_and_credit_under_a_picture_leave_the_body() -> None:
    html = _page(
        "<div class='x1'><img src='/m/quay.jpg' width='1024'>"
        f"<div class='x2'>{CAPTION}</div><div class='x3'>{CREDIT}</div></div>"
    )
    page = extract_html(html, URL)
    assert [(i.caption, i.credits) for i in page.images] == [(CAPTION, (CREDIT,))]
    assert page.paragraphs == [f"{s} {s}" for s in SENTENCES]
    read = [f.text for f in page.removed if f.rule == "read_captions"]
    assert read == [CAPTION, CREDIT]
    # What the rule is for: a reading that takes the picture's divs of text for paragraphs
    # (trafilatura's recovery of short readings, at its own threshold) keeps the caption.
    with switched_off({"read_captions"}), settings({"min_extracted_chars": 250}):
        assert CAPTION in extract_html(html, URL).paragraphs


def test_clean_a_caption_repeating_a_sentence_of_the_story_leaves_the_story_its_copy() -> None:
    # Templates (a tabloid's) caption a picture with a sentence of the story: the caption's
    # copy goes, the story's stays.
    sentence = f"{SENTENCES[1]} {SENTENCES[2]}"
    story = [f"{SENTENCES[0]} {SENTENCES[0]}", sentence, f"{SENTENCES[3]} {SENTENCES[3]}"]
    caption = f"<p class='imageCaption'>{sentence}</p>"
    picture = f"<div class='x1'><img src='/m/quay.jpg' width='1024'>{caption}</div>"
    text = "".join(f"<p>{p}</p>" for p in story) + picture + f"<p>{SENTENCES[0]}</p>"
    html = f"<html><body><article>{text}</article></body></html>"
    page = extract_html(html, URL)
    assert page.images[0].caption == sentence
    assert page.paragraphs == [*story, SENTENCES[0]]
    with switched_off({"read_captions"}):
        assert extract_html(html, URL).paragraphs.count(sentence) == 2


def test_clean_a_heading_or_a_long_block_read_as_a_caption_stays() -> None:
    long = "The harbour works went on for two years. " * 20
    bundle = parse_page(
        f"<html><body><h2>The quay</h2><div>{long}</div><p>{CAPTION}</p></body></html>", URL
    )
    heading, block, line = bundle.tree.iter("h2", "div", "p")
    bundle.captions_read.extend([heading, block, line])
    removed = strip_read_captions(bundle)
    assert [f.text for f in removed] == [CAPTION]
    assert heading.getparent() is not None and block.getparent() is not None


def test_clean_a_caption_read_twice_or_gone_with_its_figure_is_removed_once() -> None:
    bundle = parse_page(
        f"<html><body><figure><p>{CAPTION}</p></figure><p>{CREDIT}</p></body></html>", URL
    )
    in_figure, credit = bundle.tree.iter("p")
    next(bundle.tree.iter("figure")).drop_tree()  # the figure went first, with its caption
    bundle.captions_read.extend([in_figure, credit, credit])
    assert [f.text for f in strip_read_captions(bundle)] == [CREDIT]
    assert lxml.html.tostring(bundle.tree, encoding="unicode").count(CREDIT) == 0


def test_clean_a_lone_line_under_a_picture_stays_in_the_body_without_a_credit() -> None:
    # A template may put the story's first paragraph in the picture's wrapper: read as its
    # caption (no credit says otherwise), it is not taken from the body.
    first = f"{SENTENCES[0]} {SENTENCES[0]}"
    rest = "".join(f"<p>{s} {s}</p>" for s in SENTENCES[1:])
    html = (
        f"<html><body><article><div class='x1'><img src='/m/quay.jpg' width='1024'>"
        f"<p>{first}</p></div>{rest}</article></body></html>"
    )
    assert extract_html(html, URL).paragraphs == [f"{s} {s}" for s in SENTENCES]


def test_clean_a_block_holding_a_headline_beside_a_hero_picture_stays() -> None:
    bundle = parse_page(
        f"<html><body><div><h1>The quay</h1><p>{CAPTION}</p></div></body></html>", URL
    )
    hero = next(bundle.tree.iter("div"))
    bundle.captions_read.append(hero)
    assert strip_read_captions(bundle) == []
    assert hero.getparent() is not None


def test_a_glyph_pointing_at_the_picture_is_no_caption_text() -> None:
    # Korean papers open a caption with "▲" and close it with "ⓒ X" (their copyright sign).
    html = _page(
        "<figure><img src='/m/quay.jpg' width='1024'>"
        f"<figcaption>▲ {CAPTION}. ⓒ Jane Doe</figcaption></figure>"
    )
    assert [(i.caption, i.credits) for i in extract_html(html, URL).images] == [
        (f"{CAPTION}.", ("Jane Doe",))
    ]


def test_a_line_after_a_break_in_the_pictures_own_paragraph_is_its_caption() -> None:
    # "<p><img><br>Caption</p>", as Chinese portals and old CMSs caption a picture: the line
    # is the picture's caption and leaves the body; a paragraph of text around a picture
    # stays the story's.
    html = _page(f"<p class='f_center'><img src='/m/quay.jpg' width='660'><br>{CAPTION}</p>")
    page = extract_html(html, URL)
    assert [(i.caption, i.credits) for i in page.images] == [(CAPTION, ())]
    assert page.paragraphs == [f"{s} {s}" for s in SENTENCES]
    story = _page(f"<p>{SENTENCES[0]}<img src='/m/quay.jpg' width='660'><br>{CAPTION}</p>")
    assert any(CAPTION in p for p in extract_html(story, URL).paragraphs)


def test_a_lead_after_two_breaks_under_a_picture_stays_the_story() -> None:
    lead = "WELLINGTON - The harbour council approved the new quay on Tuesday, officials said."
    html = _page(f"<p><img src='/m/quay.jpg' width='660'><br><br>{lead}</p>")
    page = extract_html(html, URL)
    assert lead in page.paragraphs
    assert all(i.caption != lead for i in page.images)
