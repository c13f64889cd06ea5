"""Plain text out of wire markup: paragraphs from NITF/XHTML/HTML trees, escaped HTML and text.

Every body that leaves a wire parser goes through `body_paragraphs` or `tree_paragraphs` and then
`scrub`, so no tag, escaped tag or JSON reaches an article (the issue's "no markup" floor).

>>> body_paragraphs("<p>One &amp; two.</p><p>Three<br/>four.</p>")
['One & two.', 'Three four.']
>>> body_paragraphs("&lt;p&gt;Escaped once.&lt;/p&gt;")
['Escaped once.']
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from itertools import islice

from lxml import etree

from wirecopy.tasks.html.page import text_longer_than
from wirecopy.tasks.html.rules import CAPTION_CLASS_TOKEN

# Elements whose text is one paragraph (when they hold no further paragraph-like element).
PARAGRAPH_TAGS = frozenset({"p", "li", "dd", "dt", "pre", "tagline", "bq", "blockquote", "q"})
# Elements that are not body text: headlines repeated in the body, pictures and their captions
# (they become images), tables of results, scripts, editorial notes and metadata blocks.
SKIP_TAGS = frozenset(
    {
        "head", "title", "script", "style", "noscript", "template",
        "h1", "h2", "h3", "h4", "h5", "h6", "hl1", "hl2", "hedline", "byline", "dateline",
        "distributor", "abstract", "note", "fn", "series", "docdata",
        "media", "media-caption", "media-producer", "figure", "figcaption", "img", "picture",
        "video", "audio", "iframe", "object", "embed", "table", "nitf-table", "form", "nav",
        "aside", "button", "svg", "math",
    }
)  # fmt: skip
# Inline elements: their text continues the current paragraph (HTML, XHTML and NITF inline).
INLINE_TAGS = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
        "font", "i", "ins", "kbd", "mark", "s", "samp", "small", "span", "strike", "strong",
        "sub", "sup", "time", "tt", "u", "var", "wbr", "br",
        # NITF inline markup: named entities, numbers and dates inside a sentence.
        "person", "org", "location", "chron", "money", "num", "copyrite", "event", "function",
        "virtloc", "classifier", "alt-code", "frac", "frac-num", "frac-den", "lang",
        "pronounce", "object.title", "sic", "city", "state", "region", "country",
    }
)  # fmt: skip

_BLANK_LINES = re.compile(r"\n\s*\n")
# A known HTML/NITF tag: text holding one of these is markup to parse, not text to keep.
_HTML_TAG = re.compile(
    r"</?(?:p|div|br|span|a|b|i|em|strong|u|ul|ol|li|h[1-6]|img|figure|figcaption|section|"
    r"article|table|tr|td|html|body|blockquote|q|sup|sub|hl1|hl2|block|media|font|pre)\b[^<>]*>",
    re.IGNORECASE,
)
_ESCAPED_TAG = re.compile(r"&lt;/?[A-Za-z][\w:.-]*(?:\s[^<>]*?)?/?&gt;")
# Any tag-shaped token left over after extraction (the last guard before a paragraph is kept).
_ANY_TAG = re.compile(
    r"</?[A-Za-z][\w:.-]*(?:\s+[\w:.-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*\s*/?>"
)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# UTF-8 read as cp1252 ("Ã©" for "é", "â€™" for "’"): a lead byte shown as Â/Ã (two-byte
# Latin-1 range) or as à-ô followed by two continuation bytes. Other two-byte leads (É«, Ö»)
# are left alone: they also occur in real text and the gain is small.
_CONT = "\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE = re.compile(f"[ÂÃ][{_CONT}]|[à-ï][{_CONT}]{{2}}|[ð-ô][{_CONT}]{{3}}")
# The byte cp1252 shows as each character; its five undefined bytes (0x81, 0x8d, 0x8f, 0x90,
# 0x9d: the last ends "”" as "â€\x9d") come through upstream decoders as themselves.
_CP1252_BYTE = {bytes([b]).decode("cp1252", errors="ignore") or chr(b): b for b in range(256)}


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 that was decoded as cp1252 somewhere upstream ("Dellâ€™s" → "Dell’s")."""
    if not _MOJIBAKE.search(text):
        return text
    spans = [m.span() for m in _MOJIBAKE.finditer(text)]
    starts, ends = {a for a, _ in spans}, {b for _, b in spans}
    out: list[str] = []
    last = 0
    for a, b in spans:
        chunk = text[a:b]
        out.append(text[last:a])
        last = b
        try:
            fixed = bytes(_CP1252_BYTE[c] for c in chunk).decode("utf-8")
        except (KeyError, UnicodeDecodeError):
            out.append(chunk)
            continue
        # A letter made of three letters, beside a word's letter that no other repair holds,
        # is the word's own text ("vástida ášši", "áššái" in Northern Sámi: not the Ogham
        # letter their bytes would make; "allé…»" is not "all酻").
        before = text[a - 1 : a] if a not in ends else ""
        after = text[b : b + 1] if b not in starts else ""
        if len(chunk) > 2 and fixed.isalpha() and (before.isalpha() or after.isalpha()):
            out.append(chunk)
            continue
        out.append(fixed)
    out.append(text[last:])
    return "".join(out)


_SPACELESS_SCRIPTS = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_ZERO_WIDTH_SPACE = re.compile(f"(?<![{_SPACELESS_SCRIPTS}])\u200b(?![{_SPACELESS_SCRIPTS}])")


def clean(text: str | None) -> str | None:
    """One line of display text: NFC, mojibake undone, whitespace collapsed; None when empty."""
    if not text:
        return None
    if not text.isascii():  # the checks below cost nothing on ASCII, the bulk of wire copy
        text = fix_mojibake(text)
        if "\u200b" in text:
            # A zero-width space inside a word goes; beside Thai, Lao, Burmese or Khmer letters
            # it is the word break those scripts write (VOA Khmer's copy), and stays.
            text = _ZERO_WIDTH_SPACE.sub("", text)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    # str.split() splits on every Unicode space (no-break and narrow spaces included).
    return " ".join(text.split()) or None


def element_text(el: etree._Element | None) -> str | None:
    """All text below an element as one cleaned line."""
    if el is None:
        return None
    return clean("".join(el.itertext()))


def _tag(el: etree._Element) -> str:
    # XML tags are case-sensitive and the HTML parser lower-cases, so no lower() is needed.
    return el.tag if isinstance(el.tag, str) else ""


def _has_paragraph_child(el: etree._Element) -> bool:
    return any(_tag(d) in PARAGRAPH_TAGS for d in el.iterdescendants())


# Text outside paragraph elements in a body that has them is usually a label, a vignette or a
# credit ("Försvar TT"); it is kept only when it reads like prose: this many words, or a sentence.
LOOSE_MIN_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?:…\"”»)]$")


class _Runs:
    """Collects inline text into paragraphs; a block boundary closes the current one."""

    def __init__(self) -> None:
        self.out: list[tuple[str, bool]] = []  # (paragraph, inside a paragraph element)
        self.buf: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self.buf.append(text)

    def close(self, in_paragraph: bool = False) -> None:
        if self.buf:
            text = "".join(self.buf)
            # Two <br/> in a row (a blank line) separate paragraphs inside one run.
            for chunk in _BLANK_LINES.split(text) if "\n" in text else (text,):
                if (para := clean(chunk)) is not None:
                    self.out.append((para, in_paragraph))
            self.buf = []

    def paragraphs(self) -> list[str]:
        if not any(inside for _, inside in self.out):
            return [para for para, _ in self.out]
        return [para for para, inside in self.out if inside or _prose(para)]


def _prose(text: str) -> bool:
    return len(text.split()) >= LOOSE_MIN_WORDS or bool(_SENTENCE_END.search(text))


def _inline_text(el: etree._Element, runs: _Runs) -> None:
    """Text of an inline element and its children, <br/> as a line break."""
    if _tag(el) == "br":
        runs.add("\n")
    elif _tag(el) not in SKIP_TAGS:
        runs.add(el.text)
        for child in el:
            _inline_text(child, runs)
            runs.add(child.tail)


def _walk(el: etree._Element, runs: _Runs) -> None:
    tag = _tag(el)
    if tag in SKIP_TAGS:
        return
    if tag in PARAGRAPH_TAGS and (not len(el) or not _has_paragraph_child(el)):
        runs.close()
        _inline_text(el, runs)
        runs.close(in_paragraph=True)
        return
    runs.add(el.text)
    for child in el:
        child_tag = _tag(child)
        if child_tag in PARAGRAPH_TAGS and not len(child):  # the common case: a plain <p>
            runs.close()
            runs.add(child.text)
            runs.close(in_paragraph=True)
        elif child_tag in INLINE_TAGS:
            _inline_text(child, runs)
        else:
            runs.close()
            _walk(child, runs)
        runs.add(child.tail)
    if tag not in INLINE_TAGS:
        runs.close()


def tree_paragraphs(el: etree._Element) -> list[str]:
    """Paragraphs of a body tree (NITF body.content, XHTML, HTML): blocks in document order."""
    runs = _Runs()
    _walk(el, runs)
    runs.close()
    return scrub(runs.paragraphs())


# Elements that part a caption's words ("<br>", a block inside the <figcaption>).
_BREAKS = frozenset({"br", "p", "div", "li"})
# A credit inside a figure says so in its class ("credit", "copyright", "photographer").
_CREDIT_CLASS = re.compile(r"credit|copyright|photographer|byline|attribution", re.IGNORECASE)
# Figures read from one body at most: a gallery's, not a hostile file's thousands.
MAX_FIGURES = 50


def tree_figures(el: etree._Element) -> list[tuple[str, str | None, str | None]]:
    """The pictures a body's HTML shows in <figure>s: (url, caption, credit), the credit from
    an element classed so (the caption without it), else left in the caption for the credit
    rules to read."""
    found: list[tuple[str, str | None, str | None]] = []
    for fig in el.iter("figure"):
        img = next(fig.iter("img"), None)
        url = (img.get("src") or img.get("data-src") or "").strip() if img is not None else ""
        if not url or url.startswith("data:"):
            continue
        caption_el = next(fig.iter("figcaption"), None)
        caption = credit = None
        if caption_el is not None:
            classed = [
                n
                for n in caption_el.iterdescendants()
                if isinstance(n.tag, str) and _CREDIT_CLASS.search(n.get("class") or "")
            ]
            # The innermost ones: a wrapper classed "caption-credit-wrap" holds the caption too.
            credits = [n for n in classed if not any(d in classed for d in n.iterdescendants())]
            skipped = {d for n in credits for d in n.iter()}
            parts: list[str] = []
            for event, node in etree.iterwalk(caption_el, events=("start", "end")):
                if event == "start" and node.tag in _BREAKS:
                    # "Маршрутное такси<br>Фото: УНИАН", "<p>…</p><p>Фото: УНИАН</p>": two
                    # words, not one
                    parts.append(" ")
                if event == "start" and node not in skipped and node.text:
                    parts.append(node.text)
                elif (
                    event == "end"
                    and node is not caption_el
                    and node.tail
                    and node.getparent() not in skipped
                ):
                    parts.append(node.tail)
            # (the caption's mark is no word of it: "▲台北…")
            caption = (clean("".join(parts)) or "").lstrip("▲△ ") or None
            joined = "; ".join(t for n in credits if (t := clean("".join(n.itertext()))))
            credit = joined or None
        found.append((url, caption, credit))
        if len(found) >= MAX_FIGURES:
            break
    return found


# lxml's plain HTML parser: no network, no entity expansion beyond HTML's own, and no
# lxml.html element classes (their Python lookup per element doubled the cost of a body).
_HTML_PARSER = etree.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)


def html_tree(markup: str) -> etree._Element:
    """Parse an HTML fragment or page into a tree (html/body wrappers added by the parser)."""
    root = etree.fromstring(
        f"<div>{markup}</div>" if "<html" not in markup[:500].lower() else markup, _HTML_PARSER
    )
    if root is None:  # only whitespace or comments
        return etree.Element("div")
    return captioned_boxes_as_figures(root)


# A caption's class ("caption", "photo-caption", "cutline", "legend"; a picture's description
# as a whole word of a token, html.rules.CAPTION_CLASS_TOKEN: "img_desc", "photo_desc"); a
# picture's box holds its picture, its caption and little else.
# The class words that make a feed's markup worth reading for figures (a prefilter, not the
# test): a caption's, and a credit's (a credit-classed element beside one short text is a
# picture's box, _box_caption).
CAPTION_CLASS_HINT = r"caption|cutline|legend|credit|(?:photo|image|img|pic|foto)[_-]?desc"
_CAPTION_SUBSTRING = re.compile(r"caption|cutline|legend", re.IGNORECASE)


# A caption without a class says so by its mark or its picture credit: East Asian papers open
# it with "▲" ("▲台北市立動物園企鵝館整修完工。（圖／X提供）"), or it closes with the picture's
# label in brackets ("… (Photo: X)").
_BRACKETED_PICTURE_LABEL = re.compile(
    r"[（(]\s*(?:圖|图|照片|攝影|摄影|사진|写真|Photo|Foto|Фото)\s*[／/:：=]"
)
# A caption's credit after a bar: "Nová angiolinka v jihlavské nemocnici | Zdroj: ČT24".
_BARRED_CREDIT = re.compile(
    r"\s[|•]\s*(?i:zdroj|foto|photo|fotó|фото|source|fuente|fonte|quelle|bild|kuva|credit"
    r"|crédit|autor|zdjęcie|fotografie)\s*:\s*\S"
)
# … or its credit's label with its colon (or Polish "Fot."), after a word: "Torowisko na ulicy
# Siennickiej. Fot. Przemek Świderski / Polska Press" (read only in a picture's paragraph).
_LABELLED_CREDIT = re.compile(
    r"[\s>](?i:fot\.|foto\s*:|photo\s*:|fotó\s*:|фото\s*:|zdjęcie\s*:|bild\s*:|kuva\s*:"
    r"|credit\s*:|crédit\s*:|snimka\s*:|снимка\s*:)\s*\S"
)
# (a prefilter for the feeds: a mark anywhere, the element then read as above)
CAPTION_MARK = re.compile(
    rf"[▲△]|{_BRACKETED_PICTURE_LABEL.pattern}|{_BARRED_CREDIT.pattern}"
    rf"|{_LABELLED_CREDIT.pattern}"
)


def _caption_marked(el: etree._Element) -> bool:
    """The element's text is a short caption marked as one (see CAPTION_MARK): "▲" opening
    it (inside it, it is a list's bullet or a market's rise: "… ▲청년 월세 지원 확대 ▲…"), or
    the picture's label in brackets."""
    if text_longer_than(el, _AFTER_CAPTION_CHARS):
        return False
    return _marked_caption_text("".join(islice(el.itertext(), _HOLDER_TEXT_PIECES)).strip())


def _marked_caption_text(text: str) -> bool:
    """The text opens with a caption's mark or holds the picture's label in brackets."""
    return (
        text.startswith(("▲", "△"))
        or _BRACKETED_PICTURE_LABEL.search(text) is not None
        or _BARRED_CREDIT.search(text) is not None
        or _LABELLED_CREDIT.search(text) is not None
    )


def _caption_classed(el: etree._Element) -> bool:
    """The element's class names a caption (see CAPTION_CLASS_HINT); a picture's description
    is one when it is a caption's length, one block ("<div class=photo-desc><p>…</p><p>…</p>
    </div>" holds the story's text)."""
    classes = el.get("class") or ""
    if _CAPTION_SUBSTRING.search(classes):
        return True
    return (
        any(CAPTION_CLASS_TOKEN.fullmatch(t) for t in classes.split())
        and not any(isinstance(d.tag, str) and d.tag in _TEXT_BLOCKS for d in el.iterdescendants())
        and not text_longer_than(el, _AFTER_CAPTION_CHARS)
    )


_BOX_EXTRA_CHARS = 20
# A picture's box stands this many levels above its picture at most ("<div class=image-area>
# <div><a><picture><img>" is 4), holds this many elements at most and this much text (a
# caption's): each box is read in a bounded number of steps, so a body of 100,000 paragraphs
# in 200 nested <div>s around one picture costs no walk of each <div>'s whole subtree.
_BOX_LEVELS = 6
_BOX_MAX_ELEMENTS = 40
_BOX_MAX_CHARS = 5000


# The elements a picture's box is ("<p class=photo><img><br><span class=caption>…</span></p>",
# as a Japanese paper's feed sets it, is a box as a <div> is).
_BOX_TAGS = frozenset({"div", "p"})


def captioned_boxes_as_figures(root: etree._Element) -> etree._Element:
    """A <div> holding one picture and an element classed as its caption is that picture's
    figure ("<div class=image-area><div><img></div><p class=caption>…</p></div>", as feeds
    carry a CMS's body): read as <figure> and <figcaption>, the caption kept out of the text.
    Read from each picture up (the outermost such box of a few levels above it), linear in
    the tree."""
    for img in islice(root.iter("img"), MAX_FIGURES * 4):
        boxes: list[etree._Element] = []
        for level, above in enumerate(img.iterancestors()):
            if above.tag == "figure":
                boxes = []  # a box inside a figure is none of its own
            elif level < _BOX_LEVELS and above.tag in _BOX_TAGS:
                boxes.append(above)
        for box in reversed(boxes):  # the outermost first
            if (cap := _box_caption(box)) is not None and not _text_beside(box, cap):
                box.tag, cap.tag = "figure", "figcaption"
                break
        else:
            if not _bare_caption(img):
                _caption_after(img)
    return root


def _text_beside(box: etree._Element, cap: etree._Element) -> bool:
    """A <p> box holds text of its own beside the caption ("<p>He waved.<img><span
    class=caption>…</span></p>": the sentence is the story's, the <p> no picture's box)."""
    if box.tag != "p":
        return False
    whole = "".join("".join(box.itertext()).split())
    return len(whole) > len("".join("".join(cap.itertext()).split()))


_CAPTION_INLINE = ("small", "em", "i", "span")
_CAPTION_INLINE_RUNS = 2  # the caption's run and its credit's ("<em>X</em> <em>Foto: Y</em>")
_BARE_CAPTION_TAGS = ("img", "br", *_CAPTION_INLINE)


def _bare_caption(img: etree._Element) -> bool:
    """Read a <p> holding only the picture, a line break and a short caption marked as one
    ("<p><img><br>北海渡轮码头…。（摄影：陈志豪）</p>", a feed's picture and its caption in one
    paragraph) as a <figure> and its <figcaption>; True when it did."""
    p = img.getparent()
    if (
        p is None
        or p.tag != "p"
        or (p.text or "").strip()
        or any(a.tag == "figure" for a in p.iterancestors())
    ):
        return False
    children = list(p)
    if (
        not children
        or children[0] is not img
        or any(c.tag not in _BARE_CAPTION_TAGS for c in children)
    ):
        return False
    if (
        sum(c.tag == "img" for c in children) != 1
        or sum(c.tag in _CAPTION_INLINE for c in children) > _CAPTION_INLINE_RUNS
    ):
        return False
    # (the caption in a small or emphasised run of its own: "<br><small>X | Zdroj: Y</small>")
    text = "".join(
        ("".join(c.itertext()) if c.tag in _CAPTION_INLINE else "") + (c.tail or "")
        for c in children
    ).strip()
    if not text or len(text) > _AFTER_CAPTION_CHARS or not _marked_caption_text(text):
        return False
    for c in children:
        c.tail = None
        if c.tag in _CAPTION_INLINE:
            p.remove(c)
    cap = etree.SubElement(p, "figcaption")
    cap.text = text
    p.tag = "figure"
    return True


# A caption set after its picture's element rather than around it ("<p class=photo><img></p>
# <p class=photo_desc>…</p>"): its class says so, and it is a caption's length, one block.
_HOLDER_LEVELS = 3
_AFTER_CAPTION_CHARS = 400
# A holder's parent is read for text this many text pieces deep at most (a column of
# paragraphs beside the picture has text in its first ones).
_HOLDER_TEXT_PIECES = 20


def _caption_after(img: etree._Element) -> None:
    """Read an element holding only a picture and the caption element right after it as one
    <figure> and its <figcaption> (nothing when the element after it is no caption)."""
    if any(a.tag == "figure" for a in img.iterancestors()):
        return
    holder = img
    for _ in range(_HOLDER_LEVELS):  # up to the element that holds the picture and no text
        parent = holder.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        pieces = list(islice(parent.itertext(), _HOLDER_TEXT_PIECES + 1))
        if len(pieces) > _HOLDER_TEXT_PIECES or any(p.strip() for p in pieces):
            break
        holder = parent
    # (the picture in an element of its own: a bare picture beside text is in the story's box)
    if holder is img or (holder.tail or "").strip() or holder.getparent() is None:
        return
    cap = holder.getnext()
    if (
        cap is None
        or not isinstance(cap.tag, str)
        or not (_caption_classed(cap) or _caption_marked(cap))
        or next(cap.iter("img"), None) is not None
        # (one block: "<div class=photo-desc><p>…</p><p>…</p></div>" holds the story's text)
        or any(isinstance(d.tag, str) and d.tag in _TEXT_BLOCKS for d in cap.iterdescendants())
        or text_longer_than(cap, _AFTER_CAPTION_CHARS)
    ):
        return
    figure = etree.Element("figure")
    figure.tail, cap.tail = cap.tail, None
    holder.addprevious(figure)
    figure.append(holder)
    figure.append(cap)
    cap.tag = "figcaption"


_TEXT_BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "table", "blockquote", "section"})


def _plain_text_element(node: etree._Element) -> bool:
    """An element of a caption's length holding text and no picture or block of its own."""
    return (
        next(node.iter("img"), None) is None
        and not any(
            isinstance(d.tag, str) and d.tag in _TEXT_BLOCKS for d in node.iterdescendants()
        )
        and bool("".join(node.itertext()).strip())
        and not text_longer_than(node, _AFTER_CAPTION_CHARS)
    )


_MARKED_CAPTION_TAGS = frozenset({"p", "span", "div"})


def _box_caption(box: etree._Element) -> etree._Element | None:
    """The element classed as the caption of a box holding one picture, its caption and at most
    _BOX_EXTRA_CHARS of other text (None if the box is none, or too big to be one)."""
    cap = None
    pictures = 0
    credits: list[etree._Element] = []
    plain: list[etree._Element] = []
    for n, node in enumerate(box.iterdescendants()):
        if n >= _BOX_MAX_ELEMENTS:
            return None
        if not isinstance(node.tag, str):
            continue
        if node.tag == "img":
            pictures += 1
        elif (
            cap is None
            # (… or marked as one: "<p class=cap>…。（摄影：陈国伟）</p>" under its picture)
            and (
                _caption_classed(node)
                or (node.tag in _MARKED_CAPTION_TAGS and _caption_marked(node))
            )
            and next(node.iter("img"), None) is None
        ):
            cap = node
        elif _BOX_CREDIT.search(node.get("class") or "") and next(node.iter("img"), None) is None:
            credits.append(node)  # "<span class=author>Снимка: X</span>" beside the caption
        elif node.tag in _MARKED_CAPTION_TAGS and _plain_text_element(node):
            plain.append(node)
    if cap is None and credits and len(plain) == 1:
        # A credit classed as one beside one short text and the picture: that text is the
        # picture's caption ("<div class=imatge><img><p class=peu>…</p><p class=credit>Foto:
        # …</p></div>"), whatever its class calls it.
        cap = plain[0]
    if cap is None or pictures != 1:
        return None
    texts = list(box.itertext())
    if sum(map(len, texts)) > _BOX_MAX_CHARS:
        return None
    credited = [c for c in credits if c is not cap and cap not in c.iterancestors()]
    credit_chars = sum(len("".join(c.itertext()).strip()) for c in credited)
    extra = len("".join(texts).strip()) - len("".join(cap.itertext()).strip()) - credit_chars
    if extra > _BOX_EXTRA_CHARS:
        return None
    for credit in credited:  # the credit element read as the caption's end
        if credit.getparent() is not None and credit not in cap.iterdescendants():
            tail, credit.tail = credit.tail, None
            credit.getparent().remove(credit)
            if tail:
                cap.tail = (cap.tail or "") + tail
            cap.append(credit)
            credit.text = " " + (credit.text or "")
    return cap


# A credit element's class beside a picture's caption (an author's, a byline's, a source's).
_BOX_CREDIT = re.compile(r"(?i)author|credit|photographer|copyright|byline|source")


# The desk's notepad after the story (dpa's digitalwires: "<section class='notepad'>" of
# editorial notes and places): no story text. Other sections (a fact box) stay.
_NOTEPAD = etree.XPath(
    "//section[contains(concat(' ', normalize-space(@class), ' '), ' notepad ')]"
)


def _without_notepad(root: etree._Element) -> etree._Element:
    """The body without the desk's notepad sections."""
    found = _NOTEPAD(root)
    for section in found if isinstance(found, list) else []:
        if isinstance(section, etree._Element) and (parent := section.getparent()) is not None:
            parent.remove(section)
    return root


def looks_like_html(text: str) -> bool:
    """True when text holds HTML tags (or escaped ones) rather than prose."""
    return bool(_HTML_TAG.search(text) or _ESCAPED_TAG.search(text))


# A line that ends a sentence: in text without blank lines, a paragraph ends there; other line
# ends are hard wraps inside a paragraph (agency copy wrapped at 60-80 columns).
_LINE_END = re.compile(r"[.!?…:;\"'”’»)\]。！？」』]\s*$")


def text_paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text: blank lines separate them, else sentence-final line ends do."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if _BLANK_LINES.search(text):
        # (a block of lines that each end a sentence is a paragraph a line, the blank lines
        # parting sections: "…お知らせします。" / "今回完成した区間は…" / "" / "問合せ先")
        chunks = [
            line
            for chunk in _BLANK_LINES.split(text)
            for line in (_sentence_lines(chunk) or [chunk])
        ]
    else:
        chunks, current = [], []
        for line in text.split("\n"):
            current.append(line)
            if _LINE_END.search(line):
                chunks.append(" ".join(current))
                current = []
        chunks.append(" ".join(current))
    return scrub(p for c in chunks if (p := clean(c)))


def _sentence_lines(chunk: str) -> list[str] | None:
    """The lines of a block when there are a few and each ends a sentence (a hard-wrapped
    paragraph breaks its lines inside sentences), else None."""
    lines = [line for line in chunk.split("\n") if line.strip()]
    if len(lines) < _SENTENCE_LINES or not all(_LINE_END.search(line) for line in lines):
        return None
    return lines


_SENTENCE_LINES = 3


def body_paragraphs(text: str | None, markup: bool = False) -> list[str]:
    """Paragraphs of a body given as a string: HTML (also escaped once or twice) or plain text.

    `markup=True` when the source declares HTML/XHTML: line breaks are then only whitespace.
    """
    if not text or not text.strip():
        return []
    for _ in range(3):  # markup escaped as text, possibly twice (&amp;lt;p&amp;gt;)
        if markup or _HTML_TAG.search(text):
            return tree_paragraphs(_without_notepad(html_tree(text)))
        if not _ESCAPED_TAG.search(text):
            break
        text = html.unescape(text)
    return text_paragraphs(text)


def _strip_markup(text: str) -> str:
    for _ in range(3):  # entities escaped once or twice (&amp;lt;b&amp;gt;)
        if "&" not in text or not _ENTITY.search(text):
            break
        text = html.unescape(text)
    return _ANY_TAG.sub(" ", text) if "<" in text else text


def _is_json(text: str) -> bool:
    if not text.startswith(("{", "[")):
        return False
    try:
        return isinstance(json.loads(text), dict | list)
    except (ValueError, RecursionError):  # a hostile nesting is no document of ours
        return False


def scrub(paragraphs: Iterable[str]) -> list[str]:
    """The last guard: tags and entities out of every paragraph, JSON paragraphs dropped."""
    out: list[str] = []
    for para in paragraphs:
        stripped = _strip_markup(para)
        text = para if stripped is para else clean(stripped)  # paragraphs arrive cleaned
        if text and not _is_json(text):
            out.append(text)
    return out


# "Copyright 2024 Northwind Wire. All rights reserved." → "Northwind Wire"; "Copyright 2019, dpa
# (www.dpa.de). Alle Rechte vorbehalten" → "dpa": the name runs from after the marks and years
# to the first comma, bracket, dash, sentence end, web address or year, in any language.
_COPYRIGHT_HOLDER = re.compile(
    r"^(?:\(c\)|copyright\b|\d{4}(?:\s*[-–]\s*\d{2,4})?\b|\W)*"
    r"(?P<name>[^\W\d_].*?)(?=\s*(?:[,;(|]|\s[-–—]\s|(?<=\w\w)\.(?:\s|$)|https?://|www\.|\b\d{4}\b|$))",
    re.IGNORECASE,
)
# A notice longer than this is prose, not a line naming its holder.
_COPYRIGHT_MAX_CHARS = 300
# "Bloomberg L.P.", "Northwind Press Ltd": the company form is not part of the name.
_LEGAL_FORM = re.compile(r"\s+(?:L\.?P\.?|Ltd\.?|Inc\.?|LLC|GmbH|plc|S\.A\.?)$", re.IGNORECASE)


def copyright_holder(notice: str | None) -> str | None:
    """The holder named in a copyright line: the name after "Copyright", "©" and the years.

    >>> copyright_holder("Copyright 2019, dpa (www.dpa.de). Alle Rechte vorbehalten")
    'dpa'
    >>> copyright_holder("(c) Copyright Thomson Reuters 2013"), copyright_holder("© 2024")
    ('Thomson Reuters', None)
    >>> copyright_holder("©2024 Bloomberg L.P.")
    'Bloomberg'
    """
    m = _COPYRIGHT_HOLDER.match((notice or "")[:_COPYRIGHT_MAX_CHARS])
    return clean(_LEGAL_FORM.sub("", m["name"])) if m else None


def first_text(values: Iterator[str | None] | Iterable[str | None]) -> str | None:
    """The first value that is not empty after cleaning."""
    for value in values:
        if (text := clean(value)) is not None:
            return text
    return None
