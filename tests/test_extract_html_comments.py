"""Parse: reader comments a page marks up as schema.org microdata leave the body whatever
their class names; an answer, a comment count and a marked part holding the story stay."""

from __future__ import annotations

import lxml.html
import pytest

from tests.test_extract_html_recall import SENTENCES, URL
from wirecopy.tasks.html.comments import declared_comments
from wirecopy.tasks.html.extract import extract_html
from wirecopy.tasks.rule_switches import switched_off

STORY = "".join(f"<p>{s} {s}</p>" for s in SENTENCES)
REPLIES = [
    "I made this at home last weekend and the whole family loved it, thank you so much!",
    "Thanks for writing this up, it answered every question I had about the new quay.",
    "We visited on the open day and the harbour was busier than I have ever seen it.",
]


def _comment(text: str, itemtype: str = "https://schema.org/Comment") -> str:
    return (
        f"<div class='c4' itemscope itemtype='{itemtype}'><span itemprop='author'>Reader</span>"
        f"<div itemprop='text'><p>{text}</p></div></div>"
    )


def _page(comments: str) -> str:
    return (
        "<html><body><div class='c1'><h1>The new quay opens</h1>"
        f"<div class='c2'>{STORY}<div class='c3'><meta itemprop='commentCount' content='3'>"
        f"<h3>3 thoughts</h3>{comments}</div></div></div></body></html>"
    )


@pytest.mark.parametrize(
    "itemtype", ["https://schema.org/Comment", "http://schema.org/UserComments"]
)
def test_parse_comments_marked_as_such_leave_the_body_under_meaningless_classes(
    itemtype: str,
) -> None:
    html = _page("".join(_comment(t, itemtype) for t in REPLIES))
    page = extract_html(html, URL)
    assert page.paragraphs == [f"{s} {s}" for s in SENTENCES]
    gone = [f for f in page.removed if f.rule == "comment_microdata"]
    assert len(gone) == 3 and {f.kind for f in gone} == {"comments"}
    assert all(r in f.text for r, f in zip(REPLIES, gone, strict=True))
    with switched_off({"comment_microdata"}):
        assert REPLIES[0] in extract_html(html, URL).paragraphs  # what the rule is for


def test_parse_the_articles_comment_property_takes_the_whole_thread() -> None:
    thread = "<div class='c5' itemprop='comment'>" + "".join(f"<p>{t}</p>" for t in REPLIES)
    tree = lxml.html.fromstring(_page(thread + "</div>"))
    found = declared_comments(tree)
    assert [el.get("class") for el in found] == ["c5"]


def test_parse_a_comment_count_an_answer_and_a_marked_part_holding_the_story_stay() -> None:
    # commentCount is a property of the article, not a comment; an Answer is content.
    answer = _comment(REPLIES[0], "https://schema.org/Answer")
    assert declared_comments(lxml.html.fromstring(_page(answer))) == []
    # A template that marks the whole page up as a comment still has its story.
    wrapped = (
        "<html><body><div itemscope itemtype='https://schema.org/Comment'>"
        f"<h1>The new quay opens</h1>{STORY}</div></body></html>"
    )
    assert declared_comments(lxml.html.fromstring(wrapped)) == []
    marked_body = (
        "<html><body><div itemprop='comment'><div itemprop='articleBody'>"
        f"{STORY}</div></div></body></html>"
    )
    assert declared_comments(lxml.html.fromstring(marked_body)) == []
    # Another vocabulary's "Comment" type is not schema.org's.
    other = _comment(REPLIES[0], "https://example.org/vocab/Comment")
    assert declared_comments(lxml.html.fromstring(_page(other))) == []


def test_parse_nested_comments_are_taken_once_by_the_outermost() -> None:
    nested = _comment(REPLIES[0]).replace(
        "</div></div>", "</div>" + _comment(REPLIES[1]) + "</div>"
    )
    found = declared_comments(lxml.html.fromstring(_page(nested)))
    assert len(found) == 1 and REPLIES[1] in found[0].text_content()


def test_parse_the_recall_net_does_not_bring_marked_comments_back() -> None:
    # A short story under a long thread: the thread, gone before the page's prose is weighed,
    # neither makes the story look short nor comes back with a fallback reading.
    story = f"<p>{SENTENCES[0]}</p>"
    thread = "".join(_comment(t * 3) for t in REPLIES * 3)
    html = (
        "<html><body><div class='c1'><h1>The new quay opens</h1>"
        f"<div class='c2'>{story}</div><div class='c3'>{thread}</div></div></body></html>"
    )
    page = extract_html(html, URL)
    assert SENTENCES[0] in " ".join(page.paragraphs)
    assert not any(REPLIES[0][:40] in p for p in page.paragraphs)


def test_parse_a_commenters_name_is_not_the_articles_author() -> None:
    byline = "<span itemprop='author'>Jane Doe</span>"
    html = _page("".join(_comment(t) for t in REPLIES)).replace("</h1>", f"</h1>{byline}")
    assert extract_html(html, URL).authors == ["Jane Doe"]
    assert extract_html(_page(_comment(REPLIES[0])), URL).authors == []


def test_parse_a_page_marked_as_one_comment_is_read_not_dropped() -> None:
    # A comment's permalink page (or a hostile one) marks <html> or <body> as the comment.
    for marked in (
        "<html itemscope itemtype='https://schema.org/Comment'><body>",
        "<html><body itemprop='comment'>",
    ):
        page = extract_html(f"{marked}{STORY}</body></html>", URL)
        assert page.paragraphs == [f"{s} {s}" for s in SENTENCES]


def test_parse_an_article_typed_as_a_comment_keeps_its_body_and_author() -> None:
    # Its headline outside, its body marked articleBody among other properties: still the story.
    html = (
        "<html><body><h1>The new quay opens</h1><div itemscope "
        "itemtype='https://schema.org/Comment'><span itemprop='author'>Jane Editor</span>"
        f"<div itemprop='articleBody text'>{STORY}</div></div></body></html>"
    )
    page = extract_html(html, URL)
    assert page.paragraphs == [f"{s} {s}" for s in SENTENCES]
    assert page.authors == ["Jane Editor"]


def test_parse_a_commenter_is_no_author_however_the_type_is_written() -> None:
    lower = _comment(REPLIES[0], "https://schema.org/comment")
    tokens = _comment(REPLIES[0]).replace("itemscope itemtype=", "itemprop='comment x' data-t=")
    for thread in (lower, tokens):
        assert extract_html(_page(thread), URL).authors == []


@pytest.mark.timeout(10)  # a hang guard, not a speed test: ~1 s (a walk per comment took 6.5 s)
def test_parse_many_comments_deep_in_the_page_are_found_in_linear_time() -> None:
    one = "<div itemscope itemtype='https://schema.org/Comment'><p>Nice.</p></div>"
    html = "<html><body>" + "<div>" * 250 + one * 50_000 + "</div>" * 250 + "</body></html>"
    assert len(declared_comments(lxml.html.fromstring(html))) == 50_000


def test_parse_a_story_marked_as_a_comment_with_nothing_else_to_read_stays() -> None:
    # The headline outside the mark, every paragraph inside: the page's story, not comments.
    marked = f"<div itemprop='comment'>{STORY}</div>"
    html = f"<html><body><h1>The new quay opens</h1>{marked}</body></html>"
    assert extract_html(html, URL).paragraphs == [f"{s} {s}" for s in SENTENCES]
