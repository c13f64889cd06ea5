"""A picture and the caption printed right after it, outside its wrapper, become one figure.

Templates often close the picture's box before its caption: "<div class="photo"><img></div>
<p class="caption">…</p>" inside the article's text column, or a bare "<img>" followed by
"<div class="image-caption">". The caption readers climb from a picture to the wrapper that
holds its caption and stop below the column (it holds other pictures and the story), so such a
caption was never the picture's, and stayed in the body. Wrapping the pair in a <figure> before
anything reads the page gives both readers what the page shows: the caption under its picture.

>>> import lxml.html
>>> tree = lxml.html.fromstring('<div><p>Story.</p><div class="photo"><img src="a.jpg"></div>'
...     '<p class="caption">Boats at dawn.</p><p>More story.</p><img src="b.jpg"></div>')
>>> gather_sibling_captions(tree)
1
>>> [el.tag for el in tree], [el.tag for el in tree[1]]
(['p', 'figure', 'p', 'img'], ['div', 'p'])
"""

from __future__ import annotations

from itertools import islice

import lxml.html

from wirecopy.tasks.html.page import clean_text
from wirecopy.tasks.html.rules import CAPTION_TOKEN, CREDIT_TOKEN, IMAGE_TAGS
from wirecopy.tasks.rule_switches import fire, is_on, register

register("image", ("sibling_caption",))  # a caption right after a picture's box is its caption

# A caption is short: a longer caption-classed block is a standfirst or a box of its own.
_MAX_CAPTION_CHARS = 500
_MAX_CREDIT_CHARS = 200
# A picture's box holds the picture and little else: at most this many elements and this much
# text (a lightbox link, a <picture> with its sources, a zoom icon's label).
_MAX_BOX_ELEMENTS = 12
_MAX_BOX_TEXT = 20
_PICTURES = (*IMAGE_TAGS, "picture")
# A column holds the story: a paragraph of this many characters beside the pair (a caption's
# credit line is shorter); its first children are enough to tell.
_PARAGRAPH_CHARS = 80
_MAX_COLUMN_CHILDREN = 50


def _caption_named(el: lxml.html.HtmlElement) -> bool:
    """A <figcaption>, an itemprop="caption", or a class token naming a caption and not a
    credit ("image-caption", "cutline", "bildunterschrift"; not "copyright")."""
    if el.tag == "figcaption" or (el.get("itemprop") or "").lower() == "caption":
        return True
    tokens = (el.get("class") or "").split()
    return any(CAPTION_TOKEN.fullmatch(t) and not CREDIT_TOKEN.fullmatch(t) for t in tokens)


def _previous_element(el: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()  # past comments and processing instructions
    return prev


def _picture_box(el: lxml.html.HtmlElement) -> bool:
    """A picture, or an element holding one picture and hardly anything else."""
    if el.tag in _PICTURES:
        return True
    if next(islice(el.iter(), _MAX_BOX_ELEMENTS, None), None) is not None:
        return False
    pictures = {
        p for p in el.iter(*_PICTURES) if p.getparent() is None or p.getparent().tag != "picture"
    }
    return len(pictures) == 1 and len(clean_text(el.text_content())) <= _MAX_BOX_TEXT


def _picture_count(el: lxml.html.HtmlElement) -> int:
    """Pictures under el, a <picture> with its <img> counted once."""
    return sum(
        1
        for p in el.iter(*_PICTURES)
        if p.tag == "picture" or p.getparent() is None or p.getparent().tag != "picture"
    )


def _in_column(box: lxml.html.HtmlElement, caption: lxml.html.HtmlElement) -> bool:
    """The pair stands in a column of the page (other pictures, or a paragraph of text beside
    them), not in the picture's own wrapper, where the readers find the caption (and the
    credit line beside it, "image-box__author") already."""
    parent = caption.getparent()
    if parent is None:
        return False
    if _picture_count(parent) > 1:
        return True
    for child in islice(parent, _MAX_COLUMN_CHILDREN):
        if child is box or child is caption or not isinstance(child.tag, str):
            continue
        if len(clean_text(child.text_content())) >= _PARAGRAPH_CHARS:
            return True
    return False


def gather_sibling_captions(tree: lxml.html.HtmlElement) -> int:
    """Wrap each picture box and the caption-named element right after it (and a credit block
    right after that) in a <figure>; return how many were wrapped."""
    if not is_on("sibling_caption"):
        return 0
    groups: list[list[lxml.html.HtmlElement]] = []
    for cap in tree.iter():
        if not isinstance(cap.tag, str) or cap.tag in _PICTURES or not _caption_named(cap):
            continue
        box = _previous_element(cap)
        if box is None or not _picture_box(box) or not _in_column(box, cap):
            continue
        if box.tag == "figure" or cap.getparent() is None or cap.getparent().tag == "figure":
            continue  # a figure's own parts, or a figure that holds its caption elsewhere
        text = clean_text(cap.text_content())
        if not text or len(text) > _MAX_CAPTION_CHARS or next(cap.iter(*_PICTURES), None):
            continue
        parts = [box, cap]
        # A credit printed after the caption in a block of its own ("field-photo-credit").
        credit = cap.getnext()
        while credit is not None and not isinstance(credit.tag, str):
            credit = credit.getnext()
        if credit is not None and _credit_line_after(credit):
            parts.append(credit)
        groups.append(parts)
    for parts in groups:
        figure = parts[0].makeelement("figure", {})
        parts[0].addprevious(figure)
        after = parts[-1].tail
        parts[-1].tail = None
        for part in parts:  # each tail (the space between them) moves with its element
            figure.append(part)
        figure.tail = after
        fire("sibling_caption")
    return len(groups)


def _credit_line_after(el: lxml.html.HtmlElement) -> bool:
    """A short credit-named block (class "photo-credit", "field--name-field-credit")."""
    tokens = (el.get("class") or "").split()
    if not any(CREDIT_TOKEN.fullmatch(t) for t in tokens) or next(el.iter(*_PICTURES), None):
        return False
    return 0 < len(clean_text(el.text_content())) <= _MAX_CREDIT_CHARS
