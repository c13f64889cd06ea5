"""Tables that lay out a page are read as the blocks they lay out (a tree transform).

Older templates build the whole page as a <table>: the menu in one cell, the headline and the
article's paragraphs in another, the "Top stories" strip in a third. trafilatura reads a table
as data and writes each row as one line of cells ("| headline date text … | Top stories …"), so
the article, its neighbours and the menu come out as one paragraph. A table whose own cells hold
a headline or paragraphs of prose is not data (HTML says data cells hold values; a table used
for layout is to be marked role="presentation"): its table elements become <div>s and the page
is read like one written in <div>s. Innermost first, so a layout table nested in another makes
the outer one a layout table too; a data table inside an article is left as it is.

>>> import lxml.html
>>> cell = "<h1>Headline</h1>" + "<p>" + "A sentence of the story that goes on. " * 3 + "</p>"
>>> tree = lxml.html.fromstring(f"<table><tr><td>Menu</td><td>{cell * 2}</td></tr></table>")
>>> unwrap_layout_tables(tree)
1
>>> [el.tag for el in tree.iter()][:4]
['div', 'div', 'div', 'div']
"""

from __future__ import annotations

from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from wirecopy.tasks.html.body import PROSE_CHARS
from wirecopy.tasks.html.rules import INLINE_TAGS
from wirecopy.tasks.rule_switches import fire, is_on, register

register("body", ("layout_table",))  # a table laying out headline and paragraphs is read as <div>s
register("body", ("sectioned_list",))  # a list whose items are sections is read as <div>s

# The parts of a table that structure it; each becomes a <div>.
_TABLE_PARTS = ("tbody", "thead", "tfoot", "tr", "td", "th", "caption")
# A page's headline in a cell: a data table's cells hold values, not a page title (a heading
# in its <caption> names the table; <th> cells name its columns: a data table either way).
_HEADLINES = ("h1", "h2")
# Paragraphs of prose in the table's own cells (not in a table nested in it): one can be a
# long note in a data cell, two are text laid out by the table.
_MIN_PROSE_BLOCKS = 2
_PROSE_BLOCKS = ("p", "div")


@dataclass(slots=True)
class _Table:
    """What a table's own cells hold (not a nested table's), read in one walk of the page."""

    owner: lxml.html.HtmlElement | None  # the table it is nested in
    parts: list[lxml.html.HtmlElement] = field(default_factory=list)
    headlines: int = 0
    prose: int = 0
    header_cells: bool = False  # <th> or <thead>: a data table's column names


def unwrap_layout_tables(tree: lxml.html.HtmlElement) -> int:
    """Turn the tables that lay out headlines or prose into <div>s; the tables changed."""
    if not is_on("layout_table") or next(tree.iter("table"), None) is None:
        return 0
    tables = _read_tables(tree)
    changed = 0
    # Reversed document order: a nested table is judged before its ancestors, and once it is
    # read as <div>s what it holds is its owner's own.
    for table, held in reversed(tables.items()):
        if not _lays_out(table, held):
            continue
        if held.owner is not None:
            tables[held.owner].headlines += held.headlines
            tables[held.owner].prose += held.prose
        for el in held.parts:
            el.tag = "div"
        table.tag = "div"
        table.attrib.pop("role", None)
        changed += 1
    if changed:
        fire("layout_table")
    return changed


def _read_tables(tree: lxml.html.HtmlElement) -> dict[lxml.html.HtmlElement, _Table]:
    """Every table of the page, in document order, with what its own cells hold: one walk,
    keeping the tables open around each element (nesting is as deep as the parser allows)."""
    tables: dict[lxml.html.HtmlElement, _Table] = {}
    open_tables: list[lxml.html.HtmlElement] = []
    captions = 0  # open <caption>s: a heading there names a data table
    for event, el in etree.iterwalk(tree, events=("start", "end")):
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if event == "end":
            if tag == "table" and open_tables:
                open_tables.pop()
            elif tag == "caption":
                captions -= 1
            continue
        owner = open_tables[-1] if open_tables else None
        if tag == "table":
            tables[el] = _Table(owner)
            open_tables.append(el)
            continue
        if owner is None:
            continue
        held = tables[owner]
        if tag in _TABLE_PARTS:
            held.parts.append(el)
            held.header_cells = held.header_cells or tag in ("th", "thead")
            captions += tag == "caption"
        elif tag in _HEADLINES:
            held.headlines += captions == 0
        elif tag in _PROSE_BLOCKS and _own_text(el) >= PROSE_CHARS:
            held.prose += 1
    return tables


def _lays_out(table: lxml.html.HtmlElement, held: _Table) -> bool:
    """A table marked as presentation, or one without header cells whose own cells hold a
    headline or prose blocks."""
    if (table.get("role") or "").strip().lower() in ("presentation", "none"):
        return True
    if held.header_cells:
        return False
    return held.headlines > 0 or held.prose >= _MIN_PROSE_BLOCKS


def _own_text(block: lxml.html.HtmlElement) -> int:
    """Characters of a block's own line of text: its text and inline children, not its blocks."""
    chars = len((block.text or "").strip())
    for child in block:
        if isinstance(child.tag, str) and child.tag in INLINE_TAGS:
            chars += len(child.text_content().strip())
        chars += len((child.tail or "").strip())
    return chars


# A list item that is a section of its own: a heading, or two paragraphs of prose (a liveblog's
# entries in an <ol>: "<li><time>15:42</time><h3>Verdi: …</h3><p>…</p><p>…</p></li>").
_SECTION_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_SECTION_PARAGRAPHS = 2
_LISTS = frozenset({"ol", "ul"})


def unwrap_sectioned_lists(tree: lxml.html.HtmlElement) -> int:
    """Turn the lists whose items are sections (a heading, or paragraphs of prose) into
    <div>s, as layout tables are: trafilatura writes each list item as one line, so a
    liveblog's entries in an <ol> came out as "- headline text text"; the lists changed."""
    if not is_on("sectioned_list"):
        return 0
    lists: list[lxml.html.HtmlElement] = []
    for item in tree.iter("li"):
        parent = item.getparent()
        if parent is None or parent.tag not in _LISTS or (lists and lists[-1] is parent):
            continue
        children = [c for c in item if isinstance(c.tag, str)]
        # (a heading that links elsewhere is a teaser card's title: a list of cards stays a list)
        headed = any(c.tag in _SECTION_HEADINGS and c.find(".//a[@href]") is None for c in children)
        prose = sum(c.tag == "p" and _own_text(c) >= PROSE_CHARS for c in children)
        if headed or prose >= _SECTION_PARAGRAPHS:
            lists.append(parent)
    for found in lists:
        for child in found:
            if isinstance(child.tag, str) and child.tag == "li":
                child.tag = "div"
        found.tag = "div"
    if lists:
        fire("sectioned_list")
    return len(lists)
