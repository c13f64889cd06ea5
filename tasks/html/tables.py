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

import lxml.html

from wirecopy.tasks.html.body import PROSE_CHARS
from wirecopy.tasks.html.rules import INLINE_TAGS
from wirecopy.tasks.rule_switches import fire, is_on, register

register("body", ("layout_table",))  # a table laying out headline and paragraphs is read as <div>s

# The parts of a table that structure it; each becomes a <div>.
_TABLE_PARTS = ("tbody", "thead", "tfoot", "tr", "td", "th", "caption")
# A page's headline in a cell: a data table's cells hold values, not a page title.
_HEADLINES = ("h1", "h2")
# Paragraphs of prose in the table's own cells (not in a table nested in it): one can be a
# long note in a data cell, two are text laid out by the table.
_MIN_PROSE_BLOCKS = 2
_PROSE_BLOCKS = ("p", "div")


def unwrap_layout_tables(tree: lxml.html.HtmlElement) -> int:
    """Turn the tables that lay out headlines or prose into <div>s; the tables changed."""
    if not is_on("layout_table"):
        return 0
    tables = list(tree.iter("table"))
    if not tables:
        return 0
    # What each table's own cells hold (not a nested table's): headlines, prose blocks.
    headlines: dict[lxml.html.HtmlElement, int] = dict.fromkeys(tables, 0)
    prose: dict[lxml.html.HtmlElement, int] = dict.fromkeys(tables, 0)
    for el in tree.iter(*_HEADLINES, *_PROSE_BLOCKS):
        owner = _owner(el)
        if owner is None:
            continue
        if el.tag in _HEADLINES:
            headlines[owner] += 1
        elif _own_text(el) >= PROSE_CHARS:
            prose[owner] += 1
    changed = 0
    # Reversed document order: a nested table is judged before its ancestors, and once it is
    # read as <div>s what it holds is its owner's own.
    for table in reversed(tables):
        if not _lays_out(table, headlines[table], prose[table]):
            continue
        owner = _owner(table)
        if owner is not None:
            headlines[owner] += headlines[table]
            prose[owner] += prose[table]
        for el in [el for el in table.iter(*_TABLE_PARTS) if _owner(el) is table]:
            el.tag = "div"
        table.tag = "div"
        table.attrib.pop("role", None)
        changed += 1
    if changed:
        fire("layout_table")
    return changed


def _owner(el: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The table el belongs to: its nearest <table> ancestor."""
    return next(el.iterancestors("table"), None)


def _lays_out(table: lxml.html.HtmlElement, headlines: int, prose: int) -> bool:
    """A table marked as presentation, or whose own cells hold a headline or prose blocks."""
    if (table.get("role") or "").strip().lower() in ("presentation", "none"):
        return True
    return headlines > 0 or prose >= _MIN_PROSE_BLOCKS


def _own_text(block: lxml.html.HtmlElement) -> int:
    """Characters of a block's own line of text: its text and inline children, not its blocks."""
    chars = len((block.text or "").strip())
    for child in block:
        if isinstance(child.tag, str) and child.tag in INLINE_TAGS:
            chars += len(child.text_content().strip())
        chars += len((child.tail or "").strip())
    return chars
