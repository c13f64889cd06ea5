"""A picture and the caption printed right after it, outside its wrapper, become one figure.

Templates often close the picture's box before its caption: "<div class="photo"><img></div>
<p class="caption">…</p>" inside the article's text column, or a bare "<img>" followed by
"<div class="image-caption">". The caption readers climb from a picture to the wrapper that
holds its caption and stop below the column (it holds other pictures and the story), so such a
caption was never the picture's, and stayed in the body. Wrapping the pair in a <figure> before
anything reads the page gives both readers what the page shows: the caption under its picture.

>>> import lxml.html
>>> story = "<p>" + "The harbour reopened on Monday after two years of work. " * 2 + "</p>"
>>> tree = lxml.html.fromstring(f'<div>{story}<div class="photo"><img src="a.jpg"></div>'
...     f'<p class="caption">Boats at dawn.</p>{story}</div>')
>>> gather_sibling_captions(tree)
1
>>> [el.tag for el in tree], [el.tag for el in tree[1]]
(['p', 'figure', 'p'], ['div', 'p'])
"""

from __future__ import annotations

import re
from itertools import islice

import lxml.html

from wirecopy.tasks.cleaning.shapes import CJK, is_sentence
from wirecopy.tasks.html.page import clean_text
from wirecopy.tasks.html.rules import CAPTION_CLASS_TOKEN, CREDIT_TOKEN, IMAGE_TAGS
from wirecopy.tasks.rule_switches import fire, is_on, register

register("image", ("sibling_caption",))  # a caption right after a picture's box is its caption
# … and a line set as one (in italics, or centred as the picture is) where no class names it
register("image", ("set_caption_line",))

# A caption is short: a longer caption-classed block is a standfirst or a box of its own.
_MAX_CAPTION_CHARS = 500
_MAX_CREDIT_CHARS = 200
# A picture's box holds the picture and little else: at most this many elements and this much
# text (a lightbox link, a <picture> with its sources, a zoom icon's label).
_MAX_BOX_ELEMENTS = 12
_MAX_BOX_TEXT = 20
# A box is the picture or an element at most this many levels above it.
_MAX_BOX_DEPTH = 4
_PICTURES = (*IMAGE_TAGS, "picture")
# The story's column: prose <p>s of this many characters beside the pair (a picture's own
# wrapper holds its caption, credit and a description at most); its first children tell.
_PARAGRAPH_CHARS = 80
_MIN_COLUMN_PARAGRAPHS = 2
_MAX_COLUMN_CHILDREN = 50
# A class naming the caption as a whole word of its token (rules.CAPTION_CLASS_TOKEN).
_CAPTION_WORD = CAPTION_CLASS_TOKEN


# The caption words anywhere in a class attribute: one search rules out most elements before
# their tokens are read (a page has thousands of classed elements, a few captions).
_CAPTION_HINT = re.compile(
    r"caption|cutline|legend|bildunterschrift|bildtext|bildetekst|billedtekst|kuvateksti"
    r"|bijschrift|onderschrift|didascalia|leyenda|ep[ií]grafe|podpis|popis|felirat"
    r"|(?:img|image|pic|photo|foto)[-_]?desc",
    re.IGNORECASE,
)


def _caption_named(el: lxml.html.HtmlElement) -> bool:
    """A <figcaption>, an itemprop="caption", or a class naming a caption and not a credit."""
    if el.tag == "figcaption" or (el.get("itemprop") or "").lower() == "caption":
        return True
    classes = el.get("class")
    if not classes or not _CAPTION_HINT.search(classes):
        return False
    return any(
        _CAPTION_WORD.fullmatch(t) and not CREDIT_TOKEN.fullmatch(t) for t in classes.split()
    )


_PICTURE_CAPTION_CLASS = re.compile(
    r"(?:img|image|photo|foto|picture)[-_]+caption|caption[-_]+(?:img|image|photo|foto)", re.I
)


def _holds_picture(el: lxml.html.HtmlElement) -> bool:
    return next(el.iter(*_PICTURES), None) is not None


def _picture_box(el: lxml.html.HtmlElement) -> bool:
    """A picture, or an element holding one picture (its <picture> counted once) and hardly
    anything else."""
    if el.tag in _PICTURES:
        return True
    if next(islice(el.iter(), _MAX_BOX_ELEMENTS, None), None) is not None:
        return False
    pictures = [p for p in el.iter(*_PICTURES) if p.getparent().tag != "picture"]
    return len(pictures) == 1 and len(clean_text(el.text_content())) <= _MAX_BOX_TEXT


def _is_column(parent: lxml.html.HtmlElement) -> bool:
    """The story's column: prose paragraphs among the parent's first children. In a
    picture's own wrapper (its caption, its credit line, a description at most) the readers
    find the caption and the credit already."""
    prose = 0
    for child in islice(parent, _MAX_COLUMN_CHILDREN):
        if child.tag == "p" and not _caption_named(child):
            prose += _weight(clean_text(child.text_content())) >= _PARAGRAPH_CHARS
            if prose >= _MIN_COLUMN_PARAGRAPHS:
                return True
    return False


def _weight(text: str) -> int:
    """A text's length, a Chinese, Japanese or Korean character counted twice: each says about
    what a word of letters does, so a CJK paragraph is half as many characters long."""
    return len(text) + len(CJK.findall(text))


def _links_elsewhere(box: lxml.html.HtmlElement) -> bool:
    """The box is (or holds, or stands in) a link to something other than a picture file (a
    lightbox's link to the full-size picture is the picture's own)."""
    links = [box] if box.tag == "a" else list(box.iter("a"))
    links += [a for a in box.iterancestors("a")]
    return any(
        (href := (a.get("href") or "").split("?")[0].split("#")[0].lower())
        and not href.endswith(_PICTURE_FILES)
        for a in links
    )


_PICTURE_FILES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif")


# An unnamed caption line: a paragraph of one short line, no sentence, set apart as the
# picture's (wholly in italics, or centred as its picture is: "<p><img></p><p><em>Caption</em>
# </p>", the classic editors' caption). A story paragraph is neither, or runs longer, or ends
# its sentence.
_SET_CAPTION_CHARS = 200
_SET_CAPTION_TAGS = frozenset({"p", "div"})
_BLOCK_DESCENDANTS = frozenset(
    {"p", "div", "ul", "ol", "li", "table", "section", "article", "h1", "h2", "h3", "h4", "h5"}
)
_EMPHASIS = frozenset({"em", "i"})
_STRONG = frozenset({"strong", "b"})
_CENTRED_STYLE = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)
_CENTRED_CLASS = frozenset({"has-text-align-center", "text-center", "aligncenter", "center"})
# Not what is shown but who wrote, what was updated, or someone's words: a byline, an editor's
# note without its stop, a quote ("By Jane Doe, Harbour correspondent", "This story was
# updated at 14:20 …", "“We waited two years …,” said …").
_NO_CAPTION = re.compile(
    r"^(?:by|von|par|por|di|door|av|af)\s|\b(?:updated?|corrected|this (?:story|article|report))\b"
    r"|[\"“”„«»]|\b(?:said|says|told)\b",
    re.IGNORECASE,
)


def _centred(el: lxml.html.HtmlElement) -> bool:
    """The element is centred by its style, its align attribute or its class."""
    return (
        bool(_CENTRED_STYLE.search(el.get("style") or ""))
        or (el.get("align") or "").lower() == "center"
        or bool(_CENTRED_CLASS & set((el.get("class") or "").split()))
    )


def _set_as_caption(box: lxml.html.HtmlElement, line: lxml.html.HtmlElement) -> bool:
    """The element after a picture's box is a paragraph set as its caption (see above)."""
    if (
        line.tag not in _SET_CAPTION_TAGS
        or _holds_picture(line)
        or line.find(".//a[@href]") is not None
    ):
        return False
    # (… a <div> of one line, as old editors centre one: "<div style='text-align: center'><span
    # style='font-size:12px'>…</span></div>"; a <div> of blocks is a section)
    if line.tag == "div" and any(
        isinstance(d.tag, str) and d.tag in _BLOCK_DESCENDANTS for d in line.iterdescendants()
    ):
        return False
    text = clean_text(line.text_content())
    # (a sentence is the story's or an editor's note: "Updated at 14:20 with the council's
    # statement."; a caption names what is shown: "Boats at the new quay on Monday")
    if not 0 < len(text) <= _SET_CAPTION_CHARS or "\n" in text or is_sentence(text):
        return False
    if _NO_CAPTION.search(text):
        return False
    inner = line
    for _ in range(2):  # "<p><em>…</em></p>", "<p><strong><em>…</em></strong></p>"
        children = [c for c in inner if isinstance(c.tag, str)]
        if (
            len(children) != 1
            or (inner.text or "").strip()
            or (children[0].tail or "").strip()
            or children[0].tag not in _EMPHASIS | _STRONG
        ):
            break
        inner = children[0]
        if inner.tag in _EMPHASIS:
            return True
    return _centred(line) and _centred(box)


def credit_after(caption: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """A short credit-named block right after the caption ("field--name-field-photo-credit"),
    nothing but space between them."""
    credit = caption.getnext()
    if credit is None or not isinstance(credit.tag, str) or (caption.tail or "").strip():
        return None
    tokens = (credit.get("class") or "").split()
    if not any(CREDIT_TOKEN.fullmatch(t) for t in tokens) or _holds_picture(credit):
        return None
    return credit if 0 < len(clean_text(credit.text_content())) <= _MAX_CREDIT_CHARS else None


def _group_after(
    box: lxml.html.HtmlElement, columns: dict[lxml.html.HtmlElement, bool]
) -> list[lxml.html.HtmlElement] | None:
    """The box, the caption-named element right after it and a credit block after that, when
    they stand in the story's column; else None."""
    cap = box.getnext()
    # Right after the box: nothing between them, not even a comment or text (the box's tail
    # is the story's when it holds words).
    if cap is None or not isinstance(cap.tag, str) or (box.tail or "").strip():
        return None
    if cap.tag in _PICTURES:
        return None
    named_caption = _caption_named(cap)
    if not named_caption and not (is_on("set_caption_line") and _set_as_caption(box, cap)):
        return None
    if _links_elsewhere(box):
        return None  # a teaser: the picture links to another page, its text is that page's
    parent = cap.getparent()
    if parent is None or parent.tag == "figure" or box.tag == "figure":
        return None  # a figure's own parts, or a figure that holds its caption elsewhere
    if _holds_picture(cap):
        return None
    if parent not in columns:
        columns[parent] = _is_column(parent)
    # A caption named for a picture's caption ("field--name-field-image-caption": Drupal's
    # fields stand side by side, the story's paragraphs inside a field of their own) needs no
    # column of paragraphs around it.
    # (a wrapper of its own around the picture beside it: a bare <img> beside its caption in
    # one container has that container for its figure, credit line and all)
    named = box.tag not in _PICTURES and _PICTURE_CAPTION_CLASS.search(cap.get("class") or "")
    if not (columns[parent] or named):
        return None
    if not 0 < len(clean_text(cap.text_content())) <= _MAX_CAPTION_CHARS:
        return None
    if not named_caption:
        fire("set_caption_line")
    credit = credit_after(cap)
    return [box, cap] if credit is None else [box, cap, credit]


def gather_sibling_captions(tree: lxml.html.HtmlElement) -> int:
    """Wrap each picture box and the caption-named element right after it (and a credit block
    right after that) in a <figure>; return how many were wrapped."""
    if not is_on("sibling_caption"):
        return 0
    groups: list[list[lxml.html.HtmlElement]] = []
    columns: dict[lxml.html.HtmlElement, bool] = {}  # one look at each parent
    seen: set[lxml.html.HtmlElement] = set()
    # From each picture (a page has tens; it has thousands of elements) up through the boxes
    # that hold it alone, to the element right after each.
    for picture in tree.iter(*_PICTURES):
        up = picture.getparent()
        if picture.tag != "picture" and up is not None and up.tag == "picture":
            continue  # the <picture> stands for its <img>
        box: lxml.html.HtmlElement | None = picture
        for _ in range(_MAX_BOX_DEPTH):
            if box is None or box in seen or not _picture_box(box):
                break
            seen.add(box)
            if (parts := _group_after(box, columns)) is not None:
                groups.append(parts)
                break
            box = box.getparent()
    for parts in groups:
        figure = parts[0].makeelement("figure", {})
        parts[0].addprevious(figure)
        after = parts[-1].tail
        parts[-1].tail = None
        for part in parts:  # each tail (space only, between them) moves with its element
            figure.append(part)
        figure.tail = after
        fire("sibling_caption")
    return len(groups)
