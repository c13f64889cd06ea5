"""Paragraphs written as text between line breaks become <p> elements (a pure tree transform).

Older templates, blogs and several Asian newsrooms' CMSs write an article as one container of
text runs separated by "<br><br>", no <p> at all. A reader sees paragraphs; trafilatura's fast
path and the paragraph counts of the guards and the recall net see none, and the article is
lost to a menu. Such runs are wrapped in <p>s before anything reads the page.

>>> import lxml.html
>>> tree = lxml.html.fromstring("<div>" + "A line of prose that goes on. " * 3 + "<br><br>"
...                             + "Another <b>one</b> of them." + "<br><br><div>x</div></div>")
>>> break_paragraphs(tree)
1
>>> [(el.tag, el.text_content()[:20]) for el in tree]
[('p', 'A line of prose that'), ('p', 'Another one of them.'), ('div', 'x')]
"""

from __future__ import annotations

import lxml.html

from wirecopy.tasks.html.body import PROSE_CHARS
from wirecopy.tasks.html.rules import INLINE_TAGS
from wirecopy.tasks.rule_switches import fire, is_on, register

register("body", ("break_paragraphs",))  # text runs between <br><br> become paragraphs

# Containers whose runs of text are paragraphs. Not <p> (a line break there is a line break),
# headings, list items, captions or preformatted text.
_CONTAINERS = frozenset({"div", "td", "section", "article", "main", "body", "blockquote", "center"})
# Two line breaks in a row (blank space between them allowed) end a paragraph; one is a line
# break inside it, as in an address or a poem.
_MIN_BREAKS = 2
# A container is written this way when one of its runs is prose: PROSE_CHARS long, with at most
# this share of link text (a footer's "Street<br><br>City" lines are not).
_MAX_LINK_SHARE = 0.3

Run = list[lxml.html.HtmlElement | str]


def break_paragraphs(tree: lxml.html.HtmlElement) -> int:
    """Wrap the text runs of containers written with "<br><br>" in <p>s; the containers changed."""
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
    """Regroup parent's children into <p> runs and the blocks between them; False if no prose."""
    if any(a.tag == "p" or a.tag in ("pre", "figcaption") for a in parent.iterancestors()):
        return False
    pieces: list[lxml.html.HtmlElement | str] = [parent.text or ""]
    for child in parent:
        pieces.append(child)
        pieces.append(child.tail or "")
    groups = _groups(pieces)
    if not any(_is_prose_run(g) for g in groups if isinstance(g, list)):
        return False
    for child in list(parent):
        child.tail = None
        parent.remove(child)
    parent.text = None
    for group in groups:
        if isinstance(group, list):
            parent.append(_paragraph(parent, group))
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


def _is_prose_run(run: Run) -> bool:
    """A run long enough for a paragraph, with little of it link text."""
    text = "".join(x if isinstance(x, str) else x.text_content() for x in run)
    chars = len(" ".join(text.split()))
    links = sum(len(a.text_content()) for x in run if not isinstance(x, str) for a in x.iter("a"))
    return chars >= PROSE_CHARS and links <= _MAX_LINK_SHARE * chars


def _paragraph(parent: lxml.html.HtmlElement, run: Run) -> lxml.html.HtmlElement:
    """A <p> holding the run's text and elements in their order."""
    p = parent.makeelement("p", {})
    last: lxml.html.HtmlElement | None = None
    for piece in run:
        if isinstance(piece, str):
            if last is None:
                p.text = (p.text or "") + piece
            else:
                last.tail = (last.tail or "") + piece
        else:
            p.append(piece)
            last = piece
    return p
