"""Paragraphs written as text between line breaks become blocks of their own (a tree transform).

Older templates, blogs and several Asian newsrooms' CMSs write an article as one container of
text runs separated by "<br><br>", no <p> at all. A reader sees paragraphs; trafilatura's fast
path sees text between other elements and may skip it for a menu or a consent notice. Each run
becomes a <div> of text before anything reads the page: a paragraph as pages written in <div>s
have them (tasks/html/body.py reads those), and no better than the page's own paragraphs (a
<p> would be: a consent notice written this way once beat an article written in <div>s).

>>> import lxml.html
>>> tree = lxml.html.fromstring("<div>" + "A line of prose that goes on. " * 3 + "<br><br>"
...                             + "Another <b>one</b> of them." + "<br><br><div>x</div></div>")
>>> break_paragraphs(tree)
1
>>> [(el.tag, el.text_content()[:20]) for el in tree]
[('div', 'A line of prose that'), ('div', 'Another one of them.'), ('div', 'x')]
"""

from __future__ import annotations

import re

import lxml.html

from wirecopy.tasks.html.body import PROSE_CHARS
from wirecopy.tasks.html.rules import INLINE_TAGS
from wirecopy.tasks.rule_switches import fire, is_on, register

register("body", ("break_paragraphs",))  # text runs between <br><br> become paragraphs

# Containers whose runs of text are paragraphs. Not <p> (a line break there is a line break),
# headings, list items, captions or preformatted text.
_CONTAINERS = frozenset(
    {"div", "td", "section", "article", "main", "body", "blockquote", "center", "span", "font"}
)
# <span> and <font> hold runs too (an ASP.NET label control, an old page's font wrapper), but
# not inside these blocks.
_INLINE_CONTAINERS = frozenset({"span", "font"})
_NOT_UNDER_INLINE = frozenset(
    {"li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "caption", "th", "a"}
)
# Two line breaks in a row (blank space between them allowed) end a paragraph; one is a line
# break inside it, as in an address or a poem.
_MIN_BREAKS = 2
# A container is written this way when most of its runs' text is in prose runs: PROSE_CHARS
# long, with at most this share of link text (a footer's "Street<br><br>City" lines, a list of
# products and their links are not).
_MAX_LINK_SHARE = 0.3
_MIN_PROSE_SHARE = 0.5
# A URL written out as text ("http://amzn.to/2hYzHgP" under a product's name) reads as a link.
_URL_TEXT = re.compile(r"(?:https?://|www\.)\S+")

Run = list[lxml.html.HtmlElement | str]


def break_paragraphs(tree: lxml.html.HtmlElement) -> int:
    """Wrap the text runs of containers written with "<br><br>" in <div>s; containers changed."""
    if not is_on("break_paragraphs"):
        return 0
    counts: dict[lxml.html.HtmlElement, int] = {}
    for br in tree.iter("br"):
        parent = br.getparent()
        if parent is not None and parent.tag in _CONTAINERS:
            counts[parent] = counts.get(parent, 0) + 1
    changed = 0
    for parent, breaks in counts.items():
        if breaks >= _MIN_BREAKS and _direct_text(parent) >= PROSE_CHARS and _rewrite(parent):
            changed += 1
    if changed:
        fire("break_paragraphs")
    return changed


def _direct_text(el: lxml.html.HtmlElement) -> int:
    """Characters of el's own text and its children's tails (not inside the children)."""
    return len((el.text or "").strip()) + sum(len((c.tail or "").strip()) for c in el)


def _is_inline(el: lxml.html.HtmlElement) -> bool:
    """An element of a line of text, holding nothing but inline elements."""
    if el.tag not in INLINE_TAGS:
        return False
    return all(isinstance(d.tag, str) and d.tag in INLINE_TAGS for d in el.iterdescendants())


def _rewrite(parent: lxml.html.HtmlElement) -> bool:
    """Regroup parent's children into runs and the blocks between them; False if not prose."""
    if any(a.tag == "p" or a.tag in ("pre", "figcaption") for a in parent.iterancestors()):
        return False
    # An inline wrapper is a container only where a block would be: inside a list item, a
    # heading, a quote or a caption its runs are that block's lines.
    if parent.tag in _INLINE_CONTAINERS and any(
        a.tag in _NOT_UNDER_INLINE for a in parent.iterancestors()
    ):
        return False
    pieces: list[lxml.html.HtmlElement | str] = [parent.text or ""]
    for child in parent:
        pieces.append(child)
        pieces.append(child.tail or "")
    groups = _groups(pieces)
    sizes = [_run_chars(g) for g in groups if isinstance(g, list)]
    # Most of the text in prose runs: a list of short items or links between line breaks
    # (products, addresses, a poem's lines) is one block, as written.
    if sum(n for n, prose in sizes if prose) <= _MIN_PROSE_SHARE * sum(n for n, _ in sizes):
        return False
    for child in list(parent):
        child.tail = None
        parent.remove(child)
    parent.text = None
    for group in groups:
        if isinstance(group, list):
            parent.append(_block(parent, group))
        else:
            parent.append(group)
    return True


def _groups(pieces: list[lxml.html.HtmlElement | str]) -> list[Run | lxml.html.HtmlElement]:
    """Runs of text and inline elements, split at blocks and at runs of line breaks."""
    groups: list[Run | lxml.html.HtmlElement] = []
    run: Run = []
    breaks: Run = []  # line breaks (and the blank text between them) not yet placed

    def close() -> None:
        nonlocal run
        if any(not isinstance(x, str) or x.strip() for x in run):
            groups.append(run)
        run = []

    def extend(piece: lxml.html.HtmlElement | str) -> None:
        # Line breaks inside a paragraph stay; those opening one (a third <br>) go.
        if any(not isinstance(x, str) or x.strip() for x in run):
            run.extend(breaks)
        breaks.clear()
        run.append(piece)

    for piece in pieces:
        if isinstance(piece, str):
            if breaks and not piece.strip():
                breaks.append(piece)
            else:
                extend(piece)
        elif piece.tag == "br":
            breaks.append(piece)
        elif _is_inline(piece):
            extend(piece)
        else:
            if _count(breaks) < _MIN_BREAKS:
                run.extend(breaks)
            breaks.clear()
            close()
            groups.append(piece)
            continue
        if _count(breaks) >= _MIN_BREAKS:
            close()
    close()
    return groups


def _count(breaks: Run) -> int:
    """The line breaks among pending pieces (the rest is blank text)."""
    return sum(1 for b in breaks if not isinstance(b, str))


def _run_chars(run: Run) -> tuple[int, bool]:
    """A run's characters (spaces collapsed), and whether it is prose: PROSE_CHARS long, little
    of it link text (links, and URLs written out as text)."""
    text = " ".join("".join(x if isinstance(x, str) else x.text_content() for x in run).split())
    links = sum(len(a.text_content()) for x in run if not isinstance(x, str) for a in x.iter("a"))
    links += sum(len(m[0]) for m in _URL_TEXT.finditer(text))
    return len(text), len(text) >= PROSE_CHARS and links <= _MAX_LINK_SHARE * len(text)


def _block(parent: lxml.html.HtmlElement, run: Run) -> lxml.html.HtmlElement:
    """A <div> holding the run's text and elements in their order."""
    block = parent.makeelement("div", {})
    last: lxml.html.HtmlElement | None = None
    for piece in run:
        if isinstance(piece, str):
            if last is None:
                block.text = (block.text or "") + piece
            else:
                last.tail = (last.tail or "") + piece
        else:
            block.append(piece)
            last = piece
    return block
