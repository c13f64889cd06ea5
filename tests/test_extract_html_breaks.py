"""Parse: paragraphs written as text runs between line breaks are read as paragraphs."""

from __future__ import annotations

import lxml.html

from tests.test_extract_html_recall import SENTENCES, URL
from wirecopy.tasks.html.breaks import break_paragraphs
from wirecopy.tasks.html.extract import extract_html
from wirecopy.tasks.rule_switches import switched_off

LINKS = "".join(f"<div><a href='/s{i}'>Section {i}</a></div>" for i in range(30))
MENU = f"<div class='x1'>{LINKS}</div>"


def _tree(body: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><body>{body}</body></html>")


def test_a_page_written_with_double_line_breaks_gives_its_paragraphs() -> None:
    text = "<br><br>\n".join(s + " " + s for s in SENTENCES)
    html = f"<html><body>{MENU}<div class='x2'>{text}</div><div>Contact us</div></body></html>"
    page = extract_html(html, URL)
    assert page.paragraphs == [s + " " + s for s in SENTENCES]
    with switched_off({"break_paragraphs"}):
        assert extract_html(html, URL).paragraphs != page.paragraphs  # what the rule is for


def test_runs_keep_their_inline_markup_and_blocks_between_them_stay_in_place() -> None:
    tree = _tree(
        f"<div>{SENTENCES[0]} <a href='/q'>quay</a><br><br><figure><img src='q.jpg'></figure>"
        f"{SENTENCES[1]}<br>{SENTENCES[2]}<br/> <br/><br>{SENTENCES[3]}</div>"
    )
    assert break_paragraphs(tree) == 1
    div = tree.find("body/div")
    assert [el.tag for el in div] == ["div", "figure", "div", "div"]
    assert div.text is None and all(not (el.tail or "").strip() for el in div)
    first, _, second, third = div
    assert first.find("a").text == "quay"
    # One line break is a line break inside the paragraph; the third in a row opens nothing.
    assert [el.tag for el in second] == ["br"]
    assert (second.text, second[0].tail) == (SENTENCES[1], SENTENCES[2])
    assert len(third) == 0 and third.text == SENTENCES[3]


def test_line_breaks_that_are_not_paragraphs_are_left_alone() -> None:
    poem = f"<p>{SENTENCES[0]}<br><br>{SENTENCES[1]}</p>"
    address = "<div>Harbour News<br><br>1 Quay Street<br><br>Tel. 0123 456</div>"
    links = "<div>" + "<br><br>".join(f"<a href='/{i}'>{s}</a>" for i, s in enumerate(SENTENCES))
    caption = f"<figure><figcaption><div>{SENTENCES[0]}<br><br>Photo: A. Smith</div>"
    single = f"<div>{SENTENCES[0]}<br>{SENTENCES[1]}</div>"
    # Products and their links written out as text: one block, as written (a URL reads as a link).
    products = "<div>" + "<br><br>".join(
        f"{i}) Harbour model kit with quay and ferry, scale 1:500 "
        f"https://shop.example.com/dp/B07XJ8C8F{i}?tag=news-21"
        for i in range(5)
    )
    closed = (caption + "</figcaption></figure>", links + "</div>", products + "</div>")
    for body in (poem, address, single, *closed):
        tree = _tree(body)
        before = lxml.html.tostring(tree)
        assert break_paragraphs(tree) == 0, body
        assert lxml.html.tostring(tree) == before


def test_line_broken_text_in_a_label_span_of_a_layout_table_gives_its_paragraphs() -> None:
    # ASP.NET WebForms writes a press release into a <span> label control in a layout table's
    # cell ("<span id='ctl00_lblBody'>text<br><br>text</span>"); the span's runs are the
    # paragraphs, and they make the table one that lays out prose.
    text = "<br />\n<br />\n".join(f"{s} {s}" for s in SENTENCES)
    nav = "".join(f"<tr><td><a href='/q{i}'>Quick link {i}</a></td></tr>" for i in range(8))
    html = (
        f"<html><body><table><tr><td class='leftcol'><table>{nav}</table></td>"
        f"<td class='content'><table><tr><td class='crumbs'>Home &gt; News</td></tr>"
        f"<tr><td><span id='ctl00_lblBody'>{text}</span></td></tr></table></td></tr>"
        f"</table></body></html>"
    )
    page = extract_html(html, URL)
    # Before, the table was read as data: one row of cells ("| Home > News | … |").
    assert page.paragraphs[-4:] == [f"{s} {s}" for s in SENTENCES]
    assert not any("|" in p for p in page.paragraphs)
    # A <font> wrapper of an old page the same; a span within a sentence has no runs.
    tree = _tree(f"<td><font face='Arial'>{text}</font></td>")
    assert break_paragraphs(tree) == 1
    assert break_paragraphs(_tree(f"<p>{SENTENCES[0]} <span>a<br>b</span></p>")) == 0
    # Inside a quote or a list item a span's runs are that block's lines, as before.
    for block in ("blockquote", "li"):
        assert break_paragraphs(_tree(f"<{block}><span>{text}</span></{block}>")) == 0
