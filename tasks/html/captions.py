"""Caption and photo credits of one picture's wrapper (figure, or an unmarked wrapper).

A credit needs evidence: an element marked as the credit (itemprop, class, data attribute,
<cite>/<footer> in a figure) whose text reads like names, or a credit form at the end of the
caption (a label, a known agency, a Name/Agency shape). Whatever credit is found, the caption
does not keep it.
"""

from __future__ import annotations

import copy
import re
from itertools import islice

import lxml.html

from wirecopy.tasks.cleaning.credits import (
    is_bare_label,
    looks_like_credit,
    names_a_source,
    scrub_credits,
    split_credit_text,
    split_credits,
    split_labelled_credits,
)
from wirecopy.tasks.html.figures import credit_after
from wirecopy.tasks.html.page import clean_text
from wirecopy.tasks.html.rules import (
    CAPTION_ATTR,
    CAPTION_ITEMPROPS,
    CAPTION_TOKEN,
    CREDIT_ATTR,
    CREDIT_ITEMPROPS,
    CREDIT_JOINERS,
    CREDIT_TAGS,
    CREDIT_TOKEN,
    IMAGE_TAGS,
    INLINE_TAGS,
    SCREEN_READER_TOKEN,
)
from wirecopy.tasks.rule_switches import fire, is_on, register

register(
    "image",
    (
        "loose_caption",  # unmarked short lines after a picture are its caption
        "loose_credit_line",  # the short last of several unmarked lines is the credit
        "credit_itemprop",  # itemprop=copyrightHolder/creator/author marks the credit
        "credit_class",  # a credit-ish class/id marks the credit
        "marked_credit_in_line",  # … inside a caption's one unmarked line, before or after it
        "credit_data_attr",  # a data-*credit* attribute marks the credit
        "credit_semantic_tag",  # <cite> or <footer> inside a figure holds its credit
        "credit_sibling",  # a sibling joined to the credit by a separator continues it
        "caption_in_credit",  # a credit element holding a caption before its labelled credit
        "credit_shape",  # a marked credit element must read like names, not a sentence
        "credit_img_attr",  # a labelled credit in the picture's title or alt text
        "lead_credit_line",  # a source's name on the caption's first line, before a <br>
        "credit_line_element",  # an element that is a whole line of credit text, unmarked
        "closing_credit",  # an unmarked caption's closing inline element that is a credit
        "br_credit_line",  # a caption's last line after a <br> that is wholly a credit
        "link_credit_line",  # a link holding a picture and its labelled credit line: no teaser
        "gallery_counter",  # a slideshow's "1 / 12" before a caption is no caption text
        "credit_figcaption",  # a <figcaption> classed as the credit yields to a caption-classed one
        "screen_reader_text",  # text for screen readers only is no caption or credit text
        "caption_attr_value",  # a link's or picture's data-caption attribute is its caption
    ),
)
# Unmarked caption lines beside a picture (no caption class): at most this many short blocks,
# and a wrapper this small, or it is a stretch of the article rather than a caption.
_MAX_LOOSE_LINES = 3
_MAX_LOOSE_LINE_CHARS = 400
_MAX_LOOSE_CHARS = 700
# With a credit line among them ("Photo: AFP"), the lines are a caption up to these lengths:
# a long caption beside a credit is still one (TaipeiTimes' run to 402 characters), and a
# labelled credit line may stand above the picture ("Foto: X" over it, the caption below).
_MAX_CREDITED_LINE_CHARS = 1000
_MAX_CREDITED_CHARS = 1300
# The last of several unmarked lines is a credit when it is this short ("Getty Images"). (Its
# value was 6 in a binding a later one of the same name hid: 8 is what was measured.)
_MAX_LAST_LINE_CREDIT_WORDS = 8
# A credit continued in a sibling element ("X / <span>AP</span>") is short: a name or agency.
_MAX_CREDIT_PART = 60
# Lower-case words (besides particles) a credit may hold: an element marked as the credit may
# phrase it ("Cedida por la Plataforma…", courtesy of); an unmarked sibling must be names.
_MARKED_MAX_LOWER = 4
_SIBLING_MAX_LOWER = 2
# A caption's first line set apart in its own inline element and closed by a line break
# ("<figcaption><span>The Yomiuri Shimbun</span><br>Leaders debate…"): a credit when it names
# a picture source (agency or news organisation), not when it is a heading or a person.
_LEAD_LINE_TAGS = frozenset({"span", "small", "em", "i", "b", "strong", "cite"})
_MAX_LEAD_CREDIT_WORDS = 6
# An unmarked element read as a credit by its text alone is a short whole line.
# A caption repeated whole is dropped to one copy from this length up: "Boats. Boats." may be
# meant.
_MIN_REPEATED_CAPTION = 20
_MAX_CREDIT_LINE_CHARS = 120
_MAX_CREDIT_LINE_WORDS = 8
_BLOCK_TAGS = ("div", "p", "br", "li", "ul", "ol", "section", "figcaption", "table", "blockquote")
_BLOCK_TAG_SET = frozenset(_BLOCK_TAGS)
# Siblings that end a line: an inline element between them is a line of its own (a picture
# too: "<span>Foto: X</span><img>" is a credit line over the picture).
# What shows a picture, in the block before a caption.
_PICTURE_BLOCK = ("picture", *IMAGE_TAGS)
# Elements a data-caption attribute may sit on without being the caption's block.
_NOT_CAPTION_BLOCKS = frozenset({"a", "picture", "source", "video", *IMAGE_TAGS})
_LINE_BREAKS = _BLOCK_TAG_SET | {"br", "hr", "picture", *IMAGE_TAGS}
# A picture's wrapper is small (the largest on the dev pages holds 104 elements): one of more
# than this is a page section that unclosed tags nested the picture in, and searching it for
# credit elements for each of its pictures costs their number times its size.
_MAX_WRAPPER_ELEMENTS = 500
# "1 / 12", "Image 3 of 8", "Foto 2 de 5", "Bild 2 von 5": a slideshow's counter opening a
# caption (a word for picture, a number, "/" or "of" in a gallery's languages, a number), then
# the caption. "3 of the 12 councillors" goes on with a word, so it is the caption's own.
_GALLERY_COUNTER = re.compile(
    r"(?:(?P<word>(?i:image|photo|picture|slide|bild|foto|imagen|immagine|kuva|zdjęcie))\s+)?"
    r"(?P<at>\d{1,3})(?P<sep>\s+/\s+|\s*/\s*|\s+(?i:of|von|de|di|av|af|van|sur|z|из)\s+)"
    # The separator and its spaces read once ("1 / 2" then many spaces backtracked).
    r"(?P<of>\d{1,3})(?![\w/.,])(?:\s*[:.|–—-]\s+|\s+)(?=[^\W\d_])"
)
# Where a control's link leads: the picture file itself (a lightbox), or nowhere ("#",
# "javascript:").
_CONTROL_HREF = re.compile(r"(?i)\.(?:jpe?g|png|webp|gif|avif)(?:[?#]|$)|^\s*(?:#|javascript:|$)")
# A control's label: a few words.
_CONTROL_WORDS = 3


def _is_control(child: lxml.html.HtmlElement, text: str) -> bool:
    """A link of a few words to the full-size picture (a lightbox) or to nowhere ("#"): a
    control's label ("Ampliar foto"); a caption inside a lightbox link is longer."""
    href = child.get("href") if child.tag == "a" else None
    return (
        href is not None
        and bool(_CONTROL_HREF.search(href))
        and len(text.split()) <= _CONTROL_WORDS
    )


# Children of a picture wrapper that are never caption text.
_SILENT_CHILD_TAGS = frozenset({"script", "style", "button", "svg", "noscript"})


def _tokens(el: lxml.html.HtmlElement) -> str:
    """Class and id of an element as one space-separated string."""
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


def _is_credit_element(el: lxml.html.HtmlElement) -> bool:
    """Credit-ish itemprop, class/id token, data attribute or semantic tag."""
    if (el.get("itemprop") or "").lower() in CREDIT_ITEMPROPS and is_on("credit_itemprop"):
        fire("credit_itemprop")
        return True
    if any(CREDIT_TOKEN.fullmatch(c) for c in _tokens(el).split()) and is_on("credit_class"):
        fire("credit_class")
        return True
    if any(CREDIT_ATTR.fullmatch(a) for a in el.attrib) and is_on("credit_data_attr"):
        fire("credit_data_attr")
        return True
    if el.tag in CREDIT_TAGS and is_on("credit_semantic_tag"):
        fire("credit_semantic_tag")
        return True
    return False


def _is_whole_line(el: lxml.html.HtmlElement) -> bool:
    """el is a line of its own, or ends one: a block, or an inline element with nothing after
    it but a line break or a block ("<span>Caption</span> <span>Pella News</span>" ends with
    its credit; in "<a>Reuters</a> <span>staff wait</span>" Reuters opens a sentence)."""
    if el.tag in _BLOCK_TAG_SET:
        return True
    if (el.tail or "").strip():
        return False
    before, parent = el.getprevious(), el.getparent()
    text_before = before.tail if before is not None else (parent.text if parent is not None else "")
    if (text_before or "").strip():
        return False  # the end of a phrase, as in "Police at <b>AP</b>" or "X / <span>AP</span>"
    after = el.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()  # past comments and processing instructions
    return after is None or after.tag in _LINE_BREAKS


def _is_credit_line(el: lxml.html.HtmlElement, by_name: bool = True) -> bool:
    """An unmarked element holding nothing but a credit, as the text rules read credits.

    "<figcaption><div>Fabrizio Bensch/REUTERS</div><div>Soldiers …</div></figcaption>": no
    class says credit, but a whole line that is a labelled credit ("BILD: SN/APA/X"), a
    Name/Agency form or a news or picture organisation's name is one.
    """
    if not is_on("credit_line_element") or not _is_whole_line(el):
        return False
    if next(el.iterdescendants(*_BLOCK_TAGS), None) is not None:
        return False  # a container of lines (caption and credit): its lines are read one by one
    text = clean_text(el.text_content())
    # With no mark to go by, a credit is short: a label's run-on into the caption is not.
    if not text or len(text) > _MAX_CREDIT_LINE_CHARS or len(text.split()) > _MAX_CREDIT_LINE_WORDS:
        return False
    split = split_credits(text)
    if split.credits and split.caption:
        return False  # a caption with its credit ("Christian Lindner. Foto: X/dpa")
    whole = bool(split.credits) and looks_like_credit(text)
    # by_name: a news organisation's name alone is enough (not above a caption, where "Jane
    # Doe of NBC News" is whom the picture shows).
    if whole or (by_name and names_a_source(text)):
        fire("credit_line_element")
        return True
    return False


def _caption_holders(figure: lxml.html.HtmlElement) -> set[lxml.html.HtmlElement]:
    """The elements of figure that wrap an element marked as the caption (not as a credit):
    "image__caption-credit" around "image__caption" holds the credit, it is not all credit
    ("credit-name" inside "credit" is a part of the credit, not a caption). One pass, then
    each marked element's ancestors up to the figure."""
    holders: set[lxml.html.HtmlElement] = set()
    for el in figure.iterdescendants():
        if not isinstance(el.tag, str) or el in holders:
            continue
        tokens = _tokens(el).split()
        caption = any(CAPTION_TOKEN.fullmatch(t) for t in tokens)
        if caption and not any(CREDIT_TOKEN.fullmatch(t) for t in tokens):
            for anc in el.iterancestors():
                if anc is figure or anc in holders:
                    break
                holders.add(anc)
    return holders


def _reads_as_credit(el: lxml.html.HtmlElement, max_lower: int) -> bool:
    """An element's text must read like a credit (names, not a sentence)."""
    if not is_on("credit_shape"):
        return True
    if looks_like_credit(clean_text(el.text_content()), max_lower):
        return True
    fire("credit_shape")
    return False


def _credit_elements(figure: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Elements holding the credit (outermost only), each followed by its continuations."""
    found: list[lxml.html.HtmlElement] = []
    if next(islice(figure.iterdescendants(), _MAX_WRAPPER_ELEMENTS, None), None) is not None:
        return found  # a page section around the picture: its credits are not searched
    taken: set[lxml.html.HtmlElement] = set()
    holders = _caption_holders(figure)
    # A walk in document order that does not enter a credit (outermost only): each element is
    # seen once, so nested figures cost their size, not their size times their depth.
    stack = list(reversed(figure))
    while stack:
        el = stack.pop()
        if el in taken:
            continue  # a continuation of the credit before it, taken with its subtree
        if el.tag == "figure" and next(el.iterdescendants("figure"), None) is not None:
            # (a figure inside this one that holds figures of its own is a run of pictures,
            # each read with its own: unclosed <figure>s nest 120 deep on a pasted page, and
            # each walked the rest again; a figure around one picture and its credit is read)
            continue
        if not (
            isinstance(el.tag, str)
            # A wrapper of the caption (class "image-source-caption") is not the credit itself.
            and next(el.iterdescendants("figcaption"), None) is None
            and next(el.iterdescendants("img"), None) is None
            and (
                (
                    _is_credit_element(el)
                    and el not in holders
                    and _reads_as_credit(el, _MARKED_MAX_LOWER)
                )
                or (el.tag not in _SILENT_CHILD_TAGS and _is_credit_line(el))
            )
        ):
            stack.extend(reversed(el))
            continue
        found.append(el)
        taken.add(el)
        # "<span class=credit>Photo by X</span> / <span class=distributor>AP</span>": a sibling
        # joined to the credit by a separator continues it, whatever its class.
        nxt = el.getnext()
        while (
            is_on("credit_sibling")
            and (el.tail or "").strip() in CREDIT_JOINERS
            and nxt is not None
            and isinstance(nxt.tag, str)
            # A block beside anything, with nothing between them, is a line of its own, not
            # the next part of one credit.
            and ((el.tail or "").strip() or not {el.tag, nxt.tag} & _BLOCK_TAG_SET)
            and len(clean_text(nxt.text_content())) <= _MAX_CREDIT_PART
            and not _caption_named(_tokens(nxt).split())  # the caption beside its credit
            # (… or a sentence after it, whatever its class: "<span class=autor-foto>X</span>
            # <span class=texto-pie>Vecinos … cruzan la pasarela.</span>")
            and not _reads_as_sentence(clean_text(nxt.text_content()))
            # (… nor the print sale's link after it: "<a class=buy-photo>Buy this photo</a>")
            and not _is_sales_control(nxt)
            and _reads_as_credit(nxt, _SIBLING_MAX_LOWER)
        ):
            fire("credit_sibling")
            found.append(nxt)
            taken.add(nxt)
            el, nxt = nxt, nxt.getnext()
    return found


def _reads_as_sentence(text: str) -> bool:
    """A few words closed by a sentence's stop ("Las obras, en marzo."): a caption's."""
    return len(text.split()) >= _SENTENCE_WORDS and text.rstrip().endswith((".", "!", "?", "。"))


_SENTENCE_WORDS = 3


def caption_element(figure: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The <figcaption>, else the first element with a caption-ish class, itemprop or data
    attribute (a template without <figcaption> may name it only so: "data-aida-caption")."""
    # The first <figcaption> below figure (as find(".//figcaption"), without ElementPath).
    cap = next(figure.iterdescendants("figcaption"), None)
    if cap is not None:
        # A <figcaption> classed as the credit alone (CNN's "image__credit") beside an element
        # classed as the caption: the caption is that element, the credit is read apart.
        if not (_credit_named(_tokens(cap).split()) and is_on("credit_figcaption")):
            return cap
        if next(islice(figure.iterdescendants(), _MAX_WRAPPER_ELEMENTS, None), None) is not None:
            return cap  # a page section around the picture (as _credit_elements)
        other = _classed_caption(figure, cap)
        if other is None:
            return cap
        fire("credit_figcaption")
        return other
    return _classed_caption(figure, None)


# The caption a lightbox link or a picture carries in an attribute ("<a data-caption=…><img>",
# "data-lightbox-caption"); not a setting named so ("data-show-caption", "data-caption-pos").
_ATTR_CAPTION_NAME = re.compile(r"data-(?:(?:lightbox|fancybox|gallery|photo|image|img)-)?caption")
# Read from this many characters, its tags (lightboxes take HTML there) dropped, at most this
# long; a caption has words ("true", "top", "1" are a setting's values).
_MAX_ATTR_READ = 4000
_MAX_ATTR_CAPTION_CHARS = 1000
_MIN_ATTR_CAPTION_WORDS = 2
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")


def attribute_caption(el: lxml.html.HtmlElement) -> str:
    """The caption in a picture's or its link's caption attribute ("" if none)."""
    for name, value in el.attrib.items():
        if _ATTR_CAPTION_NAME.fullmatch(name.lower()) and value.strip():
            text = clean_text(_TAG.sub(" ", value[:_MAX_ATTR_READ]))[:_MAX_ATTR_CAPTION_CHARS]
            if len(text.split()) >= _MIN_ATTR_CAPTION_WORDS and any(c.isalpha() for c in text):
                return text
    return ""


def attribute_caption_near(
    img: lxml.html.HtmlElement, figure: lxml.html.HtmlElement
) -> tuple[str | None, tuple[str, ...]]:
    """(caption, credits) from a caption attribute of the picture, its <picture> or its link,
    up to its wrapper: the last resort when no element shows a caption."""
    if not is_on("caption_attr_value"):
        return None, ()
    for el in (img, *img.iterancestors()):
        holder = el.tag in _NOT_CAPTION_BLOCKS or el.tag == "figure"
        if holder and (text := attribute_caption(el)):
            fire("caption_attr_value")
            split = split_credits(text)
            # A lightbox's credit beside its caption ("data-caption=… data-author='Foto: X'").
            return split.caption or None, split.credits or _attribute_credit(el)
        # Up through the picture's <picture> and link, to its wrapper at most.
        if el.tag not in _NOT_CAPTION_BLOCKS or (el is figure and figure is not img):
            break
    return None, ()


# The credit a lightbox link carries beside its caption attribute.
_LINK_CREDIT_ATTR = re.compile(
    r"data-(?:(?:lightbox|fancybox|gallery|photo|image|img)-)?(?:author|credits?|copyright|"
    r"photographer|source)"
)


def _attribute_credit(el: lxml.html.HtmlElement) -> tuple[str, ...]:
    """A credit attribute of a picture's link or wrapper, its label dropped."""
    for name, value in el.attrib.items():
        if not _LINK_CREDIT_ATTR.fullmatch(name.lower()):
            continue
        credits = split_credit_text(clean_text(value[:_MAX_ATTR_READ]))
        if credits and all(looks_like_credit(c) for c in credits):
            return credits
    return ()


def _classed_caption(
    figure: lxml.html.HtmlElement, credit: lxml.html.HtmlElement | None
) -> lxml.html.HtmlElement | None:
    """The first element of figure with a caption-ish class, itemprop or data attribute; with
    `credit` (a credit-classed <figcaption>), one outside it, around neither, and no credit."""
    around = set(credit.iterancestors()) if credit is not None else set()
    inside = set(credit.iter()) if credit is not None else set()
    for el in figure.iter():
        if not isinstance(el.tag, str) or el is figure or el in around or el in inside:
            continue
        prop = (el.get("itemprop") or "").lower()
        classes = _tokens(el).split()
        if prop in CAPTION_ITEMPROPS or any(CAPTION_TOKEN.fullmatch(c) for c in classes):
            if _credit_named(classes):
                if credit is not None:
                    continue  # another credit: the caption is still to be found
                # (… the credit before its caption: "<span class=credito>Foto: X</span><span
                # class=legenda>…</span>", the caption the element named so after it)
                after = _named_caption_after(el)
                return after if after is not None else _caption_around(el, figure)
            return el
        # A lightbox link or the picture may carry its caption in an attribute: not a block.
        if el.tag not in _NOT_CAPTION_BLOCKS and any(CAPTION_ATTR.fullmatch(a) for a in el.attrib):
            return el
    return None


def _named_caption_after(credit: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """A sibling after the credit element whose class names a caption and no credit; the
    credit a line of its own ("<div class=credit-caption>" around the caption is no credit)."""
    if any(isinstance(d.tag, str) and d.tag not in INLINE_TAGS for d in credit.iterdescendants()):
        return None
    for sibling in islice(credit.itersiblings(), _CAPTION_SIBLINGS):
        if isinstance(sibling.tag, str) and _caption_named(_tokens(sibling).split()):
            return sibling
    return None


_CAPTION_SIBLINGS = 3


def _credit_alone(el: lxml.html.HtmlElement) -> bool:
    """A caption element that is only the credit: no <figcaption>, its class names a credit."""
    return el.tag != "figcaption" and _credit_named(_tokens(el).split())


def _caption_named(classes: list[str]) -> bool:
    """Class tokens that name a caption and not a credit ("caption", "hz-caption-text")."""
    return any(CAPTION_TOKEN.fullmatch(c) and not CREDIT_TOKEN.fullmatch(c) for c in classes)


def _credit_named(classes: list[str]) -> bool:
    """Class tokens that name a credit and nothing else ("copyright", "rich-image__credit")."""
    credit = [c for c in classes if CREDIT_TOKEN.fullmatch(c)]
    return bool(credit) and not _caption_named(classes)


def _caption_around(
    credit: lxml.html.HtmlElement, figure: lxml.html.HtmlElement
) -> lxml.html.HtmlElement:
    """The block holding a credit-named element and the caption beside it: the first ancestor
    (below the figure) with text of its own besides the credit's, standing right after the
    picture. Without a <figcaption>, the credit's class ("copyright") is the first that says
    caption, and the caption is next to it; a page's "© rights reserved" is not by a picture."""
    own = len(clean_text(credit.text_content()))
    for block in credit.iterancestors():
        if block is figure:
            break
        if len(clean_text(block.text_content())) > own:
            before = block.getprevious()
            after_picture = before is not None and (
                before.tag in IMAGE_TAGS or next(before.iter(*_PICTURE_BLOCK), None) is not None
            )
            return block if after_picture else credit
    return credit


def _text_without(el: lxml.html.HtmlElement, skip: list[lxml.html.HtmlElement]) -> str:
    """Text of el leaving out the subtrees in skip (credit spans inside a caption)."""
    return " ".join(_lines_without(el, skip))


def _lines_without(el: lxml.html.HtmlElement, skip: list[lxml.html.HtmlElement]) -> list[str]:
    """The lines of el's text (split at its <br>s), leaving out the subtrees in skip."""
    parts: list[str | None] = []  # None: a line break

    def walk(node: lxml.html.HtmlElement) -> None:
        if node in skip or (
            node is not el and (_unseen(node) or _is_counter(node) or _is_sales_control(node))
        ):
            # The separator after a credit that continues in the next skipped element goes too.
            if node.tail and not (node.tail.strip() in CREDIT_JOINERS and node.getnext() in skip):
                parts.append(node.tail)
            return
        if node.tag == "br":
            parts.append(None)
        if node.text and isinstance(node.tag, str):
            parts.append(node.text)
        for child in node:
            walk(child)
        if node is not el and node.tail:
            parts.append(node.tail)

    walk(el)
    lines, line = [], []
    for part in [*parts, None]:
        if part is not None:
            line.append(part)
        elif text := clean_text(" ".join(line)):
            lines.append(text)
            line = []
        else:
            line = []
    return lines


def _unseen(node: lxml.html.HtmlElement) -> bool:
    """An element whose text nobody sees: a script's, an icon's, or one for screen readers only
    ("<span class=visually-hidden>Image caption</span>"). A control's label ("Vis mer" in a
    role=button span) is shown, and the truth of what a page shows keeps it."""
    if not isinstance(node.tag, str):
        return False
    if node.tag in _SILENT_CHILD_TAGS:
        return True
    if any(SCREEN_READER_TOKEN.fullmatch(t) for t in _tokens(node).split()) and is_on(
        "screen_reader_text"
    ):
        fire("screen_reader_text")
        return True
    # An icon's label hidden from screen readers ('<span class="…-zoom" aria-hidden="true">
    # 拡大</span>', "Enlarge"): a word or two a button shows, not the caption's (a long
    # aria-hidden text is a caption printed for the eye beside its screen-reader copy).
    if (node.get("aria-hidden") or "").lower() == "true" and is_on("screen_reader_text"):
        label = node.text_content().strip()
        parent = node.getparent()
        around = len(parent.text_content().strip()) if parent is not None else 0
        # One short word beside more caption text: "Lionel Messi" shown for the eye (with
        # its screen-reader copy), or a whole CJK caption, is text.
        return (
            0 < len(label) <= _ICON_LABEL_CHARS
            and not any(c.isspace() for c in label)
            and around > 2 * len(label)
        )
    return False


_ICON_LABEL_CHARS = 10

# A slideshow's position in an element of its own, named for it ('<span class="sc-gallery-
# counter">1/2</span>'): shown, but no words about the picture. Its class says what the bare
# "1/2" is ("9/11 Memorial" in a caption's text is not a counter).
_COUNTER_CLASS = re.compile(
    r"(?:^|[-_])(?:counter|count|pager|position|numbering|no|num|number|index)(?:$|[-_])"
)
_COUNTER_TEXT = re.compile(r"^\s*\d{1,3}\s*(?:/|of|von|de|di|av|af|van|sur|z|из)\s*\d{1,3}\s*$")


def _is_counter(node: lxml.html.HtmlElement) -> bool:
    """An element classed as a gallery's counter holding only its "N/M" (see _COUNTER_CLASS)."""
    if not isinstance(node.tag, str) or not is_on("gallery_counter"):
        return False
    if not any(_COUNTER_CLASS.search(t) for t in _tokens(node).split()):
        return False
    return bool(_COUNTER_TEXT.match(node.text_content()))


# A newspaper's offer to sell the print ('<div class="buy-now"><a …>Buy Now</a></div>' in a
# BLOX figcaption): a control's few words, by its class, no words about the picture.
_SALES_CLASS = re.compile(r"(?:^|[-_])(?:buy|purchase|reprints?)(?:$|[-_])")
_SALES_WORDS = 4


def _is_sales_control(node: lxml.html.HtmlElement) -> bool:
    """An element classed as a print sale's control, of a few words (see _SALES_CLASS)."""
    if not isinstance(node.tag, str) or not any(
        _SALES_CLASS.search(t.lower()) for t in _tokens(node).split()
    ):
        return False
    return len(node.text_content().split()) <= _SALES_WORDS


def _shown_text(el: lxml.html.HtmlElement) -> str:
    """el's text as text_content() reads it, without what nobody sees (_unseen)."""
    parts: list[str] = []

    def walk(node: lxml.html.HtmlElement) -> None:
        if node is not el and (_unseen(node) or _is_counter(node) or _is_sales_control(node)):
            return
        if node.text and isinstance(node.tag, str):
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return clean_text("".join(parts))


def _last_line_credits(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """The caption's lines without a last line that is wholly a credit, and its credits:
    "Soldiers at the border<br>Jane Doe/REUTERS" (unmarked, after a line break)."""
    if len(lines) < 2 or not is_on("br_credit_line"):
        return lines, ()
    split = split_credits(lines[-1])
    if split.caption or not split.credits:
        return lines, ()
    fire("br_credit_line")
    return lines[:-1], split.credits


def loose_caption(wrapper: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Unmarked text blocks right after the picture in its wrapper: caption, then credit.

    "<div><picture>…</picture><div>Caption</div><div>Getty Images</div></div>": no class
    says caption, but a one-picture wrapper with a few short text lines after it is one.
    """
    if wrapper.tag == "a":
        return _link_credit_lines(wrapper)
    if wrapper.tag == "p" and is_on("loose_caption"):
        return _line_under_picture(wrapper)
    if not is_on("loose_caption") or wrapper.tag in ("p", "span"):
        return []
    size = len(wrapper.text_content())
    if size > _MAX_CREDITED_CHARS:
        return []
    lines: list[lxml.html.HtmlElement] = []
    blocks: list[lxml.html.HtmlElement] = []  # the lines, each wrapper of blocks opened
    above: list[lxml.html.HtmlElement] = []  # credit lines over the picture
    seen_picture = long_line = False
    for child in _shown_children(wrapper):
        has_picture = child.tag in IMAGE_TAGS or next(child.iter(*IMAGE_TAGS), None) is not None
        text = clean_text(child.text_content())
        if has_picture:
            if seen_picture:
                return []
            seen_picture = True
        elif not seen_picture:
            if text and not _is_credit_line(child, by_name=False):
                return []  # text before the picture: a teaser or a paragraph, not a caption
            if text:  # "Foto: X" above the picture
                above.append(child)
                lines.append(child)
                blocks.append(child)
        elif _is_control(child, text):
            continue  # "Ampliar foto", "Enlarge": a control's link, not a line of the caption
        elif any(c.isalpha() for c in text):  # "2", "3/12": a gallery counter, not a line
            if len(text) > _MAX_CREDITED_LINE_CHARS or child.find(".//a[@href]") is not None:
                return []
            long_line = long_line or len(text) > _MAX_LOOSE_LINE_CHARS
            lines.append(child)
            blocks.extend(_blocks_of(child))
    # Long lines with no credit among them are a stretch of the article. (Asked only then: the
    # credit rules read each line again when the caption is split.)
    if (long_line or size > _MAX_LOOSE_CHARS) and not (
        above or any(_is_credit_line(line) for line in lines)
    ):
        return []
    below = len(lines) - len(above)
    if seen_picture and below and len(lines) <= _MAX_LOOSE_LINES:
        fire("loose_caption")
        # Opened up only while still a few lines: a caption block of many short lines is
        # read as one, as before.
        return blocks if len(blocks) <= _MAX_LOOSE_LINES else lines
    return []


_LINE_MARK = "data-wirecopy-caption-line"
# A caption under its picture is a line; a paragraph's length is the story's.
_UNDER_PICTURE_CHARS = 250
# A dateline opening the line: a place in capitals, then a dash or a comma.
_DATELINE_OPENING = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{2,40}(?:\s[-–—]|,)\s")


def _line_under_picture(para: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """A paragraph holding a picture, a line break and a short line of text, nothing else
    ("<p><img …><br>杭州地铁19号线萧山国际机场站 资料图</p>", as Chinese portals and old CMSs
    caption pictures): the line, wrapped in a <span> of its own so it is read (and left out of
    the body) as a caption element is."""
    children = list(para)
    if children and children[-1].get(_LINE_MARK) is not None:
        return [children[-1]]  # wrapped when first asked
    if (para.text or "").strip() or len(children) < 2:
        return []
    first, rest = children[0], children[1:]
    if not (first.tag in IMAGE_TAGS or next(first.iter(*IMAGE_TAGS), None) is not None):
        return []
    # One break: two ("<br><br>") part paragraphs, and the text after them is the story's.
    # (… its line may be set in one inline element: "<img><br><em>Caption. MYND: PF</em>")
    inline = len(rest) == 2 and rest[1].tag in _LEAD_LINE_TAGS and not (rest[1].tail or "").strip()
    if (first.tail or "").strip() or rest[0].tag != "br" or not (len(rest) == 1 or inline):
        return []
    if inline and not (rest[0].tail or "").strip():
        line = clean_text(rest[1].text_content())
        if not line or len(line) > _UNDER_PICTURE_CHARS or _DATELINE_OPENING.match(line):
            return []
        rest[1].set(_LINE_MARK, "")
        fire("loose_caption")
        return [rest[1]]
    if len(rest) != 1:
        return []
    line = clean_text(rest[-1].tail or "")
    if not line or len(line) > _UNDER_PICTURE_CHARS or not any(c.isalpha() for c in line):
        return []
    if _DATELINE_OPENING.match(line):
        return []  # "WELLINGTON - The council approved …": the story's lead
    span = para.makeelement("span", {_LINE_MARK: ""})
    span.text, rest[-1].tail = rest[-1].tail, None
    rest[-1].addnext(span)
    fire("loose_caption")
    return [span]


def _link_credit_lines(link: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The labelled credit lines of a link holding one picture and nothing else.

    "<a href=shop><picture>…</picture><p>Photograph: Jane Doe</p></a>": a product picture
    linked to a shop, with the photographer's credit inside the link. A teaser's link holds a
    headline; a line that reads wholly as a labelled credit ("Photograph:", "Foto:", "©") is
    what an editorial picture carries.
    """
    if not is_on("link_credit_line") or (link.text or "").strip():
        return []
    lines: list[lxml.html.HtmlElement] = []
    seen_picture = False
    for child in _shown_children(link):
        if (child.tail or "").strip():
            return []
        if child.tag in IMAGE_TAGS or next(child.iter(*IMAGE_TAGS), None) is not None:
            if seen_picture:
                return []
            seen_picture = True
        elif _is_labelled_credit_line(child):
            lines.append(child)
        elif clean_text(child.text_content()):
            return []
    if seen_picture and lines:
        fire("link_credit_line")
        return lines
    return []


def _is_labelled_credit_line(el: lxml.html.HtmlElement) -> bool:
    """An element that is a whole line holding a labelled credit and nothing else."""
    if not _is_whole_line(el) or next(el.iterdescendants(*_BLOCK_TAGS), None) is not None:
        return False
    text = clean_text(el.text_content())
    if not text or len(text) > _MAX_CREDIT_LINE_CHARS:
        return False
    split = split_labelled_credits(text)
    return bool(split.credits) and not split.caption


def _shown_children(el: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """el's child elements that can hold caption text (no comments, scripts or buttons)."""
    return [c for c in el if isinstance(c.tag, str) and c.tag not in _SILENT_CHILD_TAGS]


def _blocks_of(el: lxml.html.HtmlElement, depth: int = 3) -> list[lxml.html.HtmlElement]:
    """The lines of an unmarked caption block: el, or the blocks it only wraps (down `depth`
    levels). "<div><div>BILD: SN/APA/X</div><div>Caption</div></div>" is two lines, the
    credit above the caption, as the same parts are inside a <figcaption>."""
    kids = _shown_children(el)
    own_text = (el.text or "").strip() or any((c.tail or "").strip() for c in el)
    if depth == 0 or not kids or own_text or not all(c.tag in _BLOCK_TAG_SET for c in kids):
        return [el]
    lines = [line for kid in kids for line in _blocks_of(kid, depth - 1)]
    return [line for line in lines if any(c.isalpha() for c in line.text_content())]


def _loose_caption_and_credits(
    lines: list[lxml.html.HtmlElement], marked: list[lxml.html.HtmlElement] | None = None
) -> tuple[str, tuple[str, ...]]:
    """Caption and credits from unmarked lines: a line that reads wholly as a credit is one
    wherever it stands ("Foto: SN/APA/X" above the caption), and so is a short last line; a
    line `marked` as the credit (its class) is one too."""
    # A line of its own is a credit when the credit rules read all of it as one (a source's
    # name alone only as the last line), and some other line is left for the caption.
    last = len(lines) - 1
    credit_lines = [
        line
        for i, line in enumerate(lines)
        if last and (line in (marked or ()) or _is_credit_line(line, by_name=i == last))
    ]
    # "<div><span>The Yomiuri Shimbun</span><br>Caption</div>": a source's name on a line of
    # its own opening the first line, as in a marked caption.
    lead = None if credit_lines else _lead_credit_line(lines[0])
    if lead is not None:
        credit_lines.append(lead)
    # "<div><span class=autor-foto>X</span><span>Caption.</span></div>": a marked credit
    # inside the one line, before or after its caption, is the credit.
    if not credit_lines and marked and is_on("marked_credit_in_line"):
        inner = [m for m in marked if any(line in m.iterancestors() for line in lines)]
        if inner:
            fire("marked_credit_in_line")
            credit_lines.extend(inner)
    # "<div><span>Caption</span> <span>Pella News</span></div>": the last line's closing
    # element, as inside a <figcaption>.
    closing = None if credit_lines else _closing_credit(lines[-1])
    if closing is not None:
        credit_lines.append(closing)
    # Read block by block: "<div>The quay</div><div>Photo: X</div>" is two lines, not "quayPhoto".
    texts = [_text_without(line, credit_lines) for line in lines if line not in credit_lines]
    # A line that is only the slideshow's position ("1 of 2") is no caption text.
    texts = [t for t in texts if _without_closing_counter(f". {t}") != "."]
    found = [c for line in credit_lines for c in split_credit_text(clean_text(line.text_content()))]
    if found:
        split = split_credits(" ".join(texts))
        return split.caption, _unique((*found, *split.credits))
    credits: tuple[str, ...] = ()
    # Without label or mark a credit line is names only: "Boats moor there." and a portrait's
    # "Kommentator i TV 2" below the name are caption lines.
    short_last = len(texts) > 1 and len(texts[-1].split()) <= _MAX_LAST_LINE_CREDIT_WORDS
    if short_last and is_on("loose_credit_line") and looks_like_credit(texts[-1], max_lower=0):
        fire("loose_credit_line")
        credits = split_credit_text(texts.pop())
    split = split_credits(_without_closing_counter(" ".join(texts)))
    return split.caption, credits or split.credits


def _closing_credit(line: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The line's last inline element when it is a credit set apart after the caption."""
    kids = _shown_children(line)
    if not kids or kids[-1].tag in _BLOCK_TAG_SET or not is_on("closing_credit"):
        return None
    last = kids[-1]
    before = _text_without(line, [last])
    if not any(c.isalpha() for c in before) or not _is_credit_line(last):
        return None
    fire("closing_credit")
    return last


def _lead_credit_line(cap: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The caption's first child when it is a source's name alone on the first line."""
    if (cap.text or "").strip() or not len(cap) or not is_on("lead_credit_line"):
        return None
    first = cap[0]
    after = first.getnext()
    if (
        not isinstance(first.tag, str)
        or first.tag not in _LEAD_LINE_TAGS
        or (first.tail or "").strip()
        or after is None
        or after.tag != "br"
    ):
        return None
    text = clean_text(first.text_content())
    rest = clean_text((after.tail or "") + " ".join(e.text_content() for e in after.itersiblings()))
    if len(text.split()) > _MAX_LEAD_CREDIT_WORDS or not rest or not names_a_source(text):
        return None
    fire("lead_credit_line")
    return first


def _marked_caption_and_credits(
    figure: lxml.html.HtmlElement, sources: list[lxml.html.HtmlElement]
) -> tuple[str, tuple[str, ...]]:
    """Caption and credits of a figure with marked parts: credit elements, then the text
    (the elements read are added to sources)."""
    credit_els = _credit_elements(figure)
    cap_el = caption_element(figure)
    lead = None if cap_el is None or cap_el in credit_els else _lead_credit_line(cap_el)
    if lead is not None and not any(el is lead or el in lead.iterancestors() for el in credit_els):
        credit_els.insert(0, lead)
    found: list[str] = []
    held = ""  # a caption a credit element holds before its labelled credit
    for el in credit_els:
        text = _credit_text(el)
        inner = split_labelled_credits(text) if is_on("caption_in_credit") else None
        # (… a caption's words, not a name's: "AFP / LUCAS DALMASSO" is two credits; or the
        # credit bracketed with its label after it)
        if (
            inner is not None
            and inner.caption
            and inner.credits
            and (_reads_as_caption(inner.caption) or text.rstrip().endswith((")", "）")))
        ):
            # "<div class=img-credit>Caption (Photo: X)</div>": the template's credit box
            # holds the caption too; its label says where the credit starts.
            fire("caption_in_credit")
            held = held or inner.caption
            found.extend(inner.credits)
        else:
            found.extend(split_credit_text(text))
    caption: str = ""
    below: tuple[str, ...] = ()
    if cap_el is not None and cap_el not in credit_els:
        lines, below = _last_line_credits(_lines_without(cap_el, credit_els))
        caption = " ".join(lines)
    caption = caption or held
    sources.extend(credit_els if cap_el is None else [cap_el, *credit_els])
    split = split_credits(_without_closing_counter(caption))
    return split.caption, _unique((*found, *split.credits, *below))


_MIN_HELD_CAPTION_WORDS = 3


def _reads_as_caption(text: str) -> bool:
    """Words of a caption, not of names: three or more, and not a credit's shape."""
    return len(text.split()) >= _MIN_HELD_CAPTION_WORDS and not looks_like_credit(text)


def _credit_text(el: lxml.html.HtmlElement) -> str:
    """A credit element's text without the label element opening it ("<div>Photo credit</div>
    <div>Jane Doe</div>", as Drupal prints a labelled field): the label has no colon to read."""
    text = _shown_text(el)
    first = next((child for child in el if isinstance(child.tag, str)), None)
    if first is None or (el.text or "").strip():
        return text
    label = clean_text(first.text_content())
    if label and is_bare_label(label) and text.startswith(label):
        return text[len(label) :].strip()
    # A credit in blocks of its own ("<div>Marcos Alvarez</div><div>TPR</div>", a photographer
    # and a source): one credit each, not their letters run together ("Marcos AlvarezTPR").
    blocks = [c for c in el if isinstance(c.tag, str) and c.tag in _CREDIT_PART_TAGS]
    captioned = any(_caption_named(_tokens(c).split()) for c in blocks)
    if len(blocks) >= 2 and not captioned and not any((c.tail or "").strip() for c in blocks):
        parts = [t for c in blocks if (t := _shown_text(c))]
        if "".join(parts).replace(" ", "") == text.replace(" ", ""):
            return " / ".join(parts)
    return text


_CREDIT_PART_TAGS = frozenset({"div", "p"})


def _unique(credits: tuple[str, ...]) -> tuple[str, ...]:
    """Credits in order, each once: "© imago/Jane Doe | IMAGO/Jane Doe" is one credit printed
    twice, in two cases."""
    seen: dict[str, str] = {}
    for credit in credits:
        seen.setdefault(credit.casefold(), credit)
    return tuple(seen.values())


_CREDIT_ATTR = re.compile(r"data-(?:(?:image|img|photo)-)?(?:credits?|copyright|photographer)")
# A setting's value, not a name.
_FLAG = re.compile(r"(?i:true|false|yes|no|on|off|none|null|undefined|\d*)")


def _data_credits(el: lxml.html.HtmlElement) -> tuple[str, ...]:
    """A data attribute that names the credit ("data-credit", "data-copyright",
    "data-photographer") says so by its name: its value is the credit, unlabelled."""
    if not is_on("credit_img_attr"):
        return ()
    for attr, value in el.attrib.items():
        text = clean_text(value)
        if not _CREDIT_ATTR.fullmatch(attr) or _FLAG.fullmatch(text) or not looks_like_credit(text):
            continue  # a flag ("data-credit=true") or a sentence is no credit
        if credits := split_credit_text(text):
            fire("credit_img_attr")
            return credits
    return ()


def attribute_credits(img: lxml.html.HtmlElement | None) -> tuple[str, ...]:
    """A labelled credit in the picture's title or alt text ("… | Bildquelle: X")."""
    if img is None or not is_on("credit_img_attr"):
        return ()
    if credits := _data_credits(img):
        return credits
    for attr in ("title", "alt"):
        credits = split_labelled_credits(clean_text(img.get(attr))).credits
        if credits:
            fire("credit_img_attr")
            return credits
    return ()


def caption_parts(
    figure: lxml.html.HtmlElement,
) -> tuple[str, tuple[str, ...], list[lxml.html.HtmlElement]]:
    """(caption text, credits, the elements they were read from) of a picture's wrapper,
    before the picture's own attributes are asked for a credit: the part of
    caption_and_credits that depends on the wrapper alone (a caller may keep it)."""
    sources: list[lxml.html.HtmlElement] = []
    cap_el = caption_element(figure)
    # A wrapper whose only marked part is its credit ("<img><p>Caption</p><span
    # class=credit>…</span>"): its caption is an unmarked line beside that credit.
    loose = cap_el is None or _credit_alone(cap_el)
    # (Marked by its class, itemprop or tag: an unmarked line is read by the loose rules.)
    marked = [el for el in _credit_elements(figure) if _is_credit_element(el)] if loose else []
    lines = loose_caption(figure) if loose else []
    if cap_el is not None and not (
        any(line in marked for line in lines)
        and any(line not in marked for line in lines)
        # (the caption above its credit, a caption's length: a paragraph after the credit is
        # the story's lead, no caption)
        and all(
            len(clean_text(line.text_content())) <= _MAX_LOOSE_LINE_CHARS
            and lines.index(line) < min(lines.index(el) for el in lines if el in marked)
            for line in lines
            if line not in marked
        )
    ):
        lines = []  # the credit alone, or inside the caption's line: read as marked
    if lines:
        caption, credits = _loose_caption_and_credits(lines, marked)
        # Unmarked lines are the caption's for the body too only with a credit among them: a
        # lone line under a picture may be the story's first paragraph, read as its caption.
        # A line after a break in the picture's own paragraph is its caption alone.
        under = all(line.get(_LINE_MARK) is not None for line in lines)
        sources = lines if credits or under else []
    else:
        caption, credits = _marked_caption_and_credits(figure, sources)
    return caption, credits, sources


def caption_and_credits(
    figure: lxml.html.HtmlElement,
    img: lxml.html.HtmlElement | None = None,
    read: list[lxml.html.HtmlElement] | None = None,
    parts: tuple[str, tuple[str, ...], list[lxml.html.HtmlElement]] | None = None,
) -> tuple[str | None, tuple[str, ...]]:
    """Caption text and credits of a picture's wrapper; the caption keeps no credit.

    read: where the elements the caption and credits were read from are added (marked
    caption and credit elements, and unmarked lines that hold a credit). parts: the wrapper's
    caption_parts, when the caller has them already.
    """
    caption, credits, sources = caption_parts(figure) if parts is None else parts
    if read is not None and (caption or credits):
        read.extend(sources)
    # (… or the wrapper's own data attribute: "<figure data-credit='X'>")
    credits = credits or attribute_credits(img) or _data_credits(figure)
    caption = _MARKER.sub("", scrub_credits(caption, credits))
    return _uncounted(_unrepeated(caption)) or None, credits


# A glyph pointing at the picture opens its caption ("▲ Boats at the quay", OhmyNews's and
# other Korean papers' form): a mark, not the caption's words.
_MARKER = re.compile(r"^[▲△▼▽►▶◀◆◇■□●○•※➤→↑]\s*")


# A slideshow's position closing the caption after its last sentence or bracket ("… (AP
# Photo/X) 1 of 2", "… Reuters. 3 / 8").
_CLOSING_COUNTER = re.compile(
    r"(?<=[.!?)\]])\s+(?P<at>\d{1,3})(?:\s+(?i:of|von|de|di|av|af|van|sur|z|из)\s+|\s*/\s*)"
    r"(?P<of>\d{1,3})\s*$"
)


def _without_closing_counter(caption: str) -> str:
    """The caption without a gallery counter closing it, so its credit closes it again.

    >>> _without_closing_counter("Floods in Hazard. (AP Photo/Jane Doe) 1 of 2")
    'Floods in Hazard. (AP Photo/Jane Doe)'
    >>> _without_closing_counter("The vote was 2 of 3.")
    'The vote was 2 of 3.'
    """
    m = _CLOSING_COUNTER.search(caption, max(0, len(caption) - 40))
    if m is None or not 1 <= int(m["at"]) <= int(m["of"]) or not is_on("gallery_counter"):
        return caption
    fire("gallery_counter")
    return caption[: m.start()]


def _uncounted(caption: str) -> str:
    """A caption without the gallery's counter before it ("1 / 12", "Image 3 of 8", "Bild 2 von
    5"): the slideshow's position, not words about the picture.

    >>> _uncounted("1 / 12 Councillors vote"), _uncounted("9/11 Memorial visitors")
    ('Councillors vote', '9/11 Memorial visitors')
    """
    m = _GALLERY_COUNTER.match(caption)
    # A position in the gallery (1 to its size), then a caption that opens as a sentence does:
    # "2/3 majority", "12 / 3 / 2024" are the caption's own numbers. Without a word for the
    # picture only the spaced slash is a counter: "9/11 Memorial", "2 of 3 Americans" are not.
    if (
        m is None
        or not (m["word"] or (m["sep"].startswith(" ") and m["sep"].strip() == "/"))
        or not 1 <= int(m["at"]) <= int(m["of"])
        or caption[m.end()].islower()
        or not is_on("gallery_counter")
    ):
        return caption
    fire("gallery_counter")
    return caption[m.end() :]


def _unrepeated(caption: str) -> str:
    """A caption printed twice in a row (a full and a "truncated" copy for small screens,
    shown one at a time by CSS) is the caption once.

    >>> _unrepeated("Boats moor at the quay at dawn. Boats moor at the quay at dawn.")
    'Boats moor at the quay at dawn.'
    >>> _unrepeated("Boats. Boats.")
    'Boats. Boats.'
    """
    half = len(caption) // 2
    if len(caption) >= 2 * _MIN_REPEATED_CAPTION and caption[half] == " ":
        first, second = caption[:half], caption[half + 1 :]
        if first == second:
            return first
    return caption


def is_caption_block(el: lxml.html.HtmlElement) -> bool:
    """A <figcaption>, or a block whose class names a caption (not a credit alone), holding
    no picture: a caption that may stand outside the picture's own wrapper."""
    if not isinstance(el.tag, str) or next(el.iter(*_PICTURE_BLOCK), None) is not None:
        return False
    # (… a <span> too: "<img …><span class=featured-image-caption>…</span>")
    return el.tag == "figcaption" or (
        el.tag in (*_BLOCK_TAG_SET, "span") and _caption_named(_tokens(el).split())
    )


def _broken_text(el: lxml.html.HtmlElement) -> str:
    """The element's text with a space where a <br> breaks its lines ("… trecută<br>Sursa foto:
    X" reads "… trecută Sursa foto: X", not "trecutăSursa")."""
    if next(el.iter("br"), None) is None:
        return str(el.text_content())
    piece = copy.deepcopy(el)
    for br in piece.iter("br"):
        br.tail = " " + (br.tail or "")
    return str(piece.text_content())


def credit_beside(cap: lxml.html.HtmlElement) -> tuple[str, ...]:
    """The credits of the block right after a caption read on its own, when its class names a
    credit (figures.credit_after: "<div class=…-image-caption>…</div><div class=…-image-
    source>Фото: МИА</div>", a CMS's fields side by side)."""
    credit = credit_after(cap)
    return split_credit_text(clean_text(credit.text_content())) if credit is not None else ()


def detached_caption(cap: lxml.html.HtmlElement) -> tuple[str | None, tuple[str, ...]]:
    """Caption text and credits of a caption block read on its own (a gallery's caption, a
    caption beside the picture's wrapper), as if it were a figure's only caption; an unmarked
    line (a paragraph under the picture's) by its labelled credit."""
    if not is_caption_block(cap):
        text = clean_text(_broken_text(cap))
        split = split_labelled_credits(text)
        if not split.credits:  # a line set apart as a caption: any credit form closing it
            split = split_credits(text)
        return _MARKER.sub("", split.caption) or None, split.credits
    holder = lxml.html.Element("figure")
    piece = copy.deepcopy(cap)
    piece.tail = None
    holder.append(piece)
    return caption_and_credits(holder)
