"""Parse: a page laid out in a <table> is read as the blocks it lays out; data tables stay."""

from __future__ import annotations

import lxml.html

from tests.test_extract_html_recall import MENU, PARAGRAPHS, SENTENCES, URL
from wirecopy.tasks.html.extract import extract_html
from wirecopy.tasks.html.tables import unwrap_layout_tables
from wirecopy.tasks.rule_switches import switched_off

TOP_STORIES = "".join(
    f"<tr><td><a href='/n{i}'><img src='/t{i}.jpg'></a></td><td><a href='/n{i}'>Other story {i}"
    " about the regional council's budget</a></td></tr>"
    for i in range(6)
)
RESULTS = (
    "<table><tr><th>Team</th><th>Points</th></tr><tr><td>Harbour FC</td><td>12</td></tr>"
    "<tr><td>Island United</td><td>9</td></tr></table>"
)


def _page(article: str) -> str:
    """A page built as one table: the menu, the article, a strip of other stories."""
    return (
        "<html><body><table width='100%'><tr><td class='nav'>" + MENU + "</td>"
        f"<td class='main'>{article}</td></tr>"
        f"<tr><td colspan='2'><b>Top stories</b><table>{TOP_STORIES}</table></td></tr>"
        "</table></body></html>"
    )


def _tree(body: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f"<html><body>{body}</body></html>")


def test_a_page_laid_out_in_a_table_gives_the_article_paragraphs_not_one_row() -> None:
    html = _page("<h1>The new quay opens</h1>" + PARAGRAPHS)
    page = extract_html(html, URL)
    assert page.paragraphs == SENTENCES
    with switched_off({"layout_table"}):
        flat = extract_html(html, URL).paragraphs
    assert flat != SENTENCES  # what the rule is for: read as data, the cells run together
    assert any(all(s in block for s in SENTENCES) for block in flat)


def test_an_article_in_a_table_nested_in_the_page_table_is_unwrapped_with_it() -> None:
    html = _page(f"<table><tr><td><h1>The new quay opens</h1>{PARAGRAPHS}</td></tr></table>")
    tree = lxml.html.fromstring(html)
    # The inner article table, then the page table holding it; the strip of links stays data,
    # rows and cells too.
    assert unwrap_layout_tables(tree) == 2
    (strip,) = tree.findall(".//table")
    assert [row.tag for row in strip] == ["tr"] * 6
    assert {cell.tag for row in strip for cell in row} == {"td"}
    assert extract_html(html, URL).paragraphs == SENTENCES


def test_a_data_table_in_an_article_stays_a_table() -> None:
    tree = _tree(f"<article><h1>Results</h1>{PARAGRAPHS}{RESULTS}</article>")
    assert unwrap_layout_tables(tree) == 0
    assert tree.find(".//table/tr/td").text == "Harbour FC"


def test_one_long_note_in_a_data_cell_does_not_make_a_layout_table() -> None:
    note = f"<td><p>{SENTENCES[0]}</p></td>"
    tree = _tree(f"<table><tr><td>Quay</td>{note}</tr><tr><td>Ferry</td><td>1</td></tr></table>")
    assert unwrap_layout_tables(tree) == 0
    tree = _tree(f"<table><tr><td>Quay</td>{note}</tr><tr><td>Ferry</td>{note}</tr></table>")
    assert unwrap_layout_tables(tree) == 1  # two paragraphs of prose: text laid out in cells


def test_a_data_table_with_a_heading_in_its_caption_or_header_cells_stays() -> None:
    caption = "<table><caption><h2>League table</h2></caption><tr><td>Harbour FC</td></tr></table>"
    notes = f"<p>{SENTENCES[0]}</p><p>{SENTENCES[1]}</p>"
    header = f"<table><tr><th>Note</th></tr><tr><td>{notes}</td></tr></table>"
    for table in (caption, header):
        tree = _tree(f"<article><h1>Results</h1>{PARAGRAPHS}{table}</article>")
        assert unwrap_layout_tables(tree) == 0
    # Without the header cell the same table lays out two paragraphs: it is read as <div>s.
    assert (
        unwrap_layout_tables(_tree(header.replace("<th>", "<td>").replace("</th>", "</td>"))) == 1
    )


def test_a_table_marked_as_presentation_is_layout_whatever_it_holds() -> None:
    tree = _tree("<table role='presentation'><tr><td>a</td><td>b</td></tr></table>" + RESULTS)
    assert unwrap_layout_tables(tree) == 1
    assert [t.find("tr/td").text for t in tree.iter("table")] == ["Harbour FC"]
    assert tree.find("body/div").get("role") is None
    with switched_off({"layout_table"}):
        assert unwrap_layout_tables(_tree("<table role='presentation'></table>")) == 0
