"""Article images from a parsed page: the lead (og:image, JSON-LD) then inline figures."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html

from wirecopy.schemas.records import Image
from wirecopy.tasks.credits import split_credit_text, split_credits
from wirecopy.tasks.html.page import PageBundle, clean_text
from wirecopy.tasks.html.rules import (
    CAPTION_ITEMPROPS,
    CAPTION_TOKEN,
    CREDIT_ATTR,
    CREDIT_ITEMPROPS,
    CREDIT_JOINERS,
    CREDIT_TOKEN,
    IMAGE_TAGS,
    JUNK_IMAGE,
    LAZY_DATA_ATTR,
    LAZY_SRC_ATTRS,
    LAZY_SRCSET_ATTRS,
    MIN_IMAGE_SIDE,
)
from wirecopy.tasks.rule_switches import fire, is_on, register

register(
    "image",
    (
        "junk_image",  # logos, icons, avatars, pixels by URL/class/alt words
        "small_image",  # declared smaller than MIN_IMAGE_SIDE
        "svg_image",  # vector art is not a photo
        "teaser_image",  # an uncaptioned picture inside a link to another page
        "bare_img_photo_only",  # a bare <img> outside any figure must name a photo file
        "alt_caption",  # alt text stands in for a missing caption
        "loose_caption",  # unmarked short lines after a picture are its caption
        "loose_credit_line",  # the short last of several unmarked lines is the credit
        "credit_itemprop",  # itemprop=copyrightHolder/creator/author marks the credit
        "credit_class",  # a credit-ish class/id marks the credit
        "credit_data_attr",  # a data-*credit* attribute marks the credit
        "credit_sibling",  # a sibling joined to the credit by a separator continues it
        "jsonld_credit_fill",  # JSON-LD ImageObject credits fill uncredited pictures
        "lead_image",  # og:image / JSON-LD image is the lead picture
        "social_card_drop",  # a declared lead the page never shows is dropped
        "lead_caption_above_scope",  # a lead shown above the article reads its caption there
        "jsonld_lead_caption",  # the JSON-LD ImageObject caption/credit of the lead
    ),
)

# "photo-1200x800.jpg", "photo_w640.jpg", "photo-scaled.jpg": size variants of one picture.
_SIZE_SUFFIX = re.compile(
    r"(?:[-_.](?:\d{2,4}x\d{2,4}|w\d{2,4}|h\d{2,4}|\d{2,4}w|scaled|large|medium|small|thumb\w*))+$"
)
# Fewer words than this in an alt text: a label or file name, not a caption.
_MIN_ALT_CAPTION_WORDS = 4
# Ancestors climbed from an <img> to find its caption wrapper: figure > picture > div > img is
# the deepest common nesting; beyond that the wrapper is a page section.
_MAX_FIGURE_DEPTH = 4
# Wrappers that add no level of layout: libxml2 does not know <source> is void and nests the
# <img> in every one of them; <noscript> holds a copy of the picture.
_TRANSPARENT_TAGS = frozenset({"source", "noscript"})
# Unmarked caption lines beside a picture (no caption class): at most this many short blocks,
# and a wrapper this small, or it is a stretch of the article rather than a caption.
_MAX_LOOSE_LINES = 3
_MAX_LOOSE_LINE_CHARS = 400
_MAX_LOOSE_CHARS = 700
# The last of several unmarked lines is a credit when it is this short ("Getty Images").
_MAX_CREDIT_LINE_WORDS = 6
# A credit continued in a sibling element ("X / <span>AP</span>") is short: a name or agency.
_MAX_CREDIT_PART = 60
# Children of a picture wrapper that are never caption text.
_SILENT_CHILD_TAGS = frozenset({"script", "style", "button", "svg", "noscript"})
_EXTENSION = re.compile(r"\.(?:jpe?g|png|webp|gif|avif|jfif)$", re.I)
# Photo files (not graphics): a bare <img> outside any figure must name one to count.
_PHOTO_FILE = re.compile(r"\.(?:jpe?g|webp|avif)$", re.I)
_SRCSET_ITEM = re.compile(r"\s*(\S+?)(?:\s+(\d+(?:\.\d+)?)([wx]))?\s*(?:,|$)")


def image_key(url: str) -> str:
    """Identity of a picture across sizes: the file stem without size suffixes or extension."""
    path = urlsplit(unquote(url)).path.rstrip("/")
    stem = _EXTENSION.sub("", path.rsplit("/", 1)[-1].lower())
    stem = _SIZE_SUFFIX.sub("", stem)
    # Generic names ("image", "1600") say nothing alone: then the whole URL is the identity.
    return stem if len(stem) >= 6 else url


def _largest_from_srcset(srcset: str) -> str | None:
    """The candidate with the largest width (or density) descriptor in a srcset."""
    best, best_size = None, -1.0
    for m in _SRCSET_ITEM.finditer(srcset):
        url, size = m[1], float(m[2] or 0)
        if url and not url.startswith("data:") and size >= best_size:
            best, best_size = url, size
    return best


def _lazy_attrs(el: lxml.html.HtmlElement, kind: str) -> list[str]:
    """Other data-*srcset / data-*src attributes of an element, in document order."""
    known = (*LAZY_SRCSET_ATTRS, *LAZY_SRC_ATTRS)
    return [
        a
        for a in el.attrib
        if a not in known and (m := LAZY_DATA_ATTR.fullmatch(a)) and m["kind"].lower() == kind
    ]


def _img_url(el: lxml.html.HtmlElement) -> str | None:
    """Real URL of an <img>/<source>: srcset (largest), then lazy attributes, then src."""
    for attr in (*LAZY_SRCSET_ATTRS, *_lazy_attrs(el, "srcset")):
        value = (el.get(attr) or "").strip()
        # A data: placeholder ("data:image/gif;base64,R0lG…") holds commas: not a real srcset.
        if value and not value.startswith("data:") and (url := _largest_from_srcset(value)):
            return url
    for attr in (*LAZY_SRC_ATTRS[:-1], *_lazy_attrs(el, "src"), LAZY_SRC_ATTRS[-1]):
        value = (el.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return value
    return None


def _picture_source_url(img: lxml.html.HtmlElement) -> str | None:
    """URL from the <source>s of an <img>'s <picture> when the <img> has only a placeholder."""
    picture = next(img.iterancestors("picture"), None)
    if picture is None:
        return None
    return next((url for s in picture.iter("source") if (url := _img_url(s))), None)


def _is_responsive(el: lxml.html.HtmlElement) -> bool:
    """A picture offered in several sizes (srcset, <picture>): an article photo, not an icon."""
    parent = el.getparent()
    return (parent is not None and parent.tag == "picture") or any(
        el.get(a) for a in LAZY_SRCSET_ATTRS
    )


def _too_small(el: lxml.html.HtmlElement) -> bool:
    """Declared width or height under MIN_IMAGE_SIDE pixels."""
    for attr in ("width", "height"):
        value = (el.get(attr) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) < MIN_IMAGE_SIDE:
            return True
    return False


def _is_junk(el: lxml.html.HtmlElement, url: str) -> bool:
    """Logos, icons, avatars, tracking pixels and vector art are not article pictures."""
    hints = " ".join((url, el.get("class") or "", el.get("id") or "", el.get("alt") or ""))
    if JUNK_IMAGE.search(hints) and is_on("junk_image"):
        fire("junk_image")
        return True
    if _too_small(el) and is_on("small_image"):
        fire("small_image")
        return True
    if url.lower().endswith(".svg") and is_on("svg_image"):
        fire("svg_image")
        return True
    return False


def _is_teaser(el: lxml.html.HtmlElement) -> bool:
    """A picture inside a link to another page is a teaser of that page, not this article's."""
    for anc in el.iterancestors("a"):
        href = (anc.get("href") or "").strip()
        if href and not href.startswith("#") and not _EXTENSION.search(urlsplit(href).path):
            return True
    return False


def _tokens(el: lxml.html.HtmlElement) -> str:
    """Class and id of an element as one space-separated string."""
    return f"{el.get('class') or ''} {el.get('id') or ''}".strip()


def _is_credit_element(el: lxml.html.HtmlElement) -> bool:
    """Credit-ish itemprop, class/id token or data attribute ("data-captionauthor")."""
    if (el.get("itemprop") or "").lower() in CREDIT_ITEMPROPS and is_on("credit_itemprop"):
        fire("credit_itemprop")
        return True
    if any(CREDIT_TOKEN.fullmatch(c) for c in _tokens(el).split()) and is_on("credit_class"):
        fire("credit_class")
        return True
    if any(CREDIT_ATTR.fullmatch(a) for a in el.attrib) and is_on("credit_data_attr"):
        fire("credit_data_attr")
        return True
    return False


def _credit_elements(figure: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Elements holding the credit (outermost only), each followed by its continuations."""
    found: list[lxml.html.HtmlElement] = []
    for el in figure.iter():
        if not isinstance(el.tag, str) or el is figure or not _is_credit_element(el):
            continue
        # A wrapper of the caption (class "image-source-caption") is not the credit itself.
        if el.find(".//figcaption") is not None or el.find(".//img") is not None:
            continue
        if any(f in el.iterancestors() for f in found) or el in found:
            continue
        found.append(el)
        # "<span class=credit>Photo by X</span> / <span class=distributor>AP</span>": a sibling
        # joined to the credit by a separator continues it, whatever its class.
        nxt = el.getnext()
        while (
            is_on("credit_sibling")
            and (el.tail or "").strip() in CREDIT_JOINERS
            and nxt is not None
            and isinstance(nxt.tag, str)
            and len(clean_text(nxt.text_content())) <= _MAX_CREDIT_PART
        ):
            fire("credit_sibling")
            found.append(nxt)
            el, nxt = nxt, nxt.getnext()
    return found


def _caption_element(figure: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The <figcaption>, else the first element with a caption-ish class or itemprop."""
    cap = figure.find(".//figcaption")
    if cap is not None:
        return cap
    for el in figure.iter():
        if not isinstance(el.tag, str) or el is figure:
            continue
        prop = (el.get("itemprop") or "").lower()
        classes = _tokens(el).split()
        if prop in CAPTION_ITEMPROPS or any(CAPTION_TOKEN.fullmatch(c) for c in classes):
            return el
    return None


def _text_without(el: lxml.html.HtmlElement, skip: list[lxml.html.HtmlElement]) -> str:
    """Text of el leaving out the subtrees in skip (credit spans inside a caption)."""
    parts: list[str] = []

    def walk(node: lxml.html.HtmlElement) -> None:
        if node in skip:
            # The separator after a credit that continues in the next skipped element goes too.
            if node.tail and not (node.tail.strip() in CREDIT_JOINERS and node.getnext() in skip):
                parts.append(node.tail)
            return
        if node.text and isinstance(node.tag, str):
            parts.append(node.text)
        for child in node:
            walk(child)
        if node is not el and node.tail:
            parts.append(node.tail)

    walk(el)
    return clean_text(" ".join(parts))


def _loose_caption(wrapper: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Unmarked text blocks right after the picture in its wrapper: caption, then credit.

    "<div><picture>…</picture><div>Caption</div><div>Getty Images</div></div>": no class
    says caption, but a one-picture wrapper with a few short text lines after it is one.
    """
    if not is_on("loose_caption") or wrapper.tag in ("p", "a", "span"):
        return []
    if len(wrapper.text_content()) > _MAX_LOOSE_CHARS:
        return []
    lines: list[lxml.html.HtmlElement] = []
    seen_picture = False
    for child in wrapper:
        if not isinstance(child.tag, str) or child.tag in _SILENT_CHILD_TAGS:
            continue
        has_picture = child.tag in IMAGE_TAGS or next(child.iter(*IMAGE_TAGS), None) is not None
        text = clean_text(child.text_content())
        if has_picture:
            if seen_picture or lines:
                return []
            seen_picture = True
        elif not seen_picture:
            if text:
                return []  # text before the picture: a teaser or a paragraph, not a caption
        elif any(c.isalpha() for c in text):  # "2", "3/12": a gallery counter, not a line
            if len(text) > _MAX_LOOSE_LINE_CHARS or child.find(".//a[@href]") is not None:
                return []
            lines.append(child)
    if seen_picture and 0 < len(lines) <= _MAX_LOOSE_LINES:
        fire("loose_caption")
        return lines
    return []


def _loose_caption_and_credits(
    lines: list[lxml.html.HtmlElement],
) -> tuple[str | None, tuple[str, ...]]:
    """Caption and credits from unmarked lines: a short last line after a caption is a credit."""
    texts = [clean_text(line.text_content()) for line in lines]
    credits: tuple[str, ...] = ()
    short_last = len(texts) > 1 and len(texts[-1].split()) <= _MAX_CREDIT_LINE_WORDS
    if short_last and is_on("loose_credit_line"):
        fire("loose_credit_line")
        credits = split_credit_text(texts.pop())
    split = split_credits(" ".join(texts))
    return split.caption or None, credits or split.credits


def _caption_and_credits(figure: lxml.html.HtmlElement) -> tuple[str | None, tuple[str, ...]]:
    """Caption text and credits of a figure: credit elements first, then credits in the text."""
    if _caption_element(figure) is None and (lines := _loose_caption(figure)):
        return _loose_caption_and_credits(lines)
    credit_els = _credit_elements(figure)
    credits: list[str] = []
    for el in credit_els:
        for credit in split_credit_text(clean_text(el.text_content())):
            if credit not in credits:
                credits.append(credit)
    cap_el = _caption_element(figure)
    caption = ""
    if cap_el is not None and cap_el not in credit_els:
        caption = _text_without(cap_el, credit_els)
    split = split_credits(caption)
    for credit in split.credits:
        if credit not in credits:
            credits.append(credit)
    return split.caption or None, tuple(credits)


def _picture_count(el: lxml.html.HtmlElement) -> int:
    """Distinct pictures under el: a <noscript> copy of one picture counts once."""
    keys = set()
    for img in el.iter("img", "amp-img"):
        url = _img_url(img)
        if url and not url.startswith("data:"):
            keys.add(image_key(url))
    return len(keys)


def _figure_of(img: lxml.html.HtmlElement, scope: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The nearest ancestor holding the picture's caption: a captioned figure or wrapper.

    A <figure> without a caption is kept only if no wrapper just above it holds one (some
    pages put the <figcaption> beside the <figure>, not inside it).
    """
    node, figure, depth = img, None, 0
    while depth < _MAX_FIGURE_DEPTH:
        parent = node.getparent()
        # Stop below a wrapper of several pictures: its caption belongs to one of them.
        if parent is None or parent is scope or _picture_count(parent) > 1:
            break
        node = parent
        depth += node.tag not in _TRANSPARENT_TAGS
        if _caption_element(node) is not None or _loose_caption(node):
            return node
        if node.tag == "figure" and figure is None:
            figure = node
    return figure if figure is not None else img


def _jsonld_image(value: Any) -> tuple[str | None, str | None, tuple[str, ...]]:
    """(url, caption, credits) of a JSON-LD image value (str, ImageObject or list)."""
    if isinstance(value, list):
        return _jsonld_image(value[0]) if value else (None, None, ())
    if isinstance(value, str):
        return value, None, ()
    if isinstance(value, dict):
        credit = value.get("creditText") or value.get("copyrightHolder") or value.get("author")
        if isinstance(credit, dict):
            credit = credit.get("name")
        credits = split_credit_text(clean_text(credit)) if credit else ()
        split = split_credits(clean_text(value.get("caption") or value.get("description")))
        caption = split.caption or None
        if split.credits and not credits:
            credits = split.credits
        url = value.get("url") or value.get("contentUrl")
        if isinstance(url, list):
            url = url[0] if url else None
        return (url if isinstance(url, str) else None), caption, credits
    return None, None, ()


def _merge(images: list[Image], new: Image) -> None:
    """Add an image, or fill the gaps of the one already listed with the same picture."""
    key = image_key(new.url)
    for old in images:
        if old.url == new.url or image_key(old.url) == key:
            old.caption = old.caption or new.caption
            old.alt_text = old.alt_text or new.alt_text
            old.credits = old.credits or new.credits
            return
    images.append(new)


def _page_pictures(tree: lxml.html.HtmlElement) -> dict[str, lxml.html.HtmlElement]:
    """The first element showing each picture anywhere on the page (any URL-bearing attribute)."""
    found: dict[str, lxml.html.HtmlElement] = {}
    for el in tree.iter(*IMAGE_TAGS):
        for attr, value in el.attrib.items():
            if "src" in attr or attr in LAZY_SRC_ATTRS:
                for m in _SRCSET_ITEM.finditer(value):
                    if m[1] and not m[1].startswith("data:"):
                        found.setdefault(image_key(m[1]), el)
    return found


def _lead_image(bundle: PageBundle) -> Image | None:
    """The lead picture the page declares (og:image, twitter:image, JSON-LD image)."""
    base = bundle.base_url
    ld_url, ld_caption, ld_credits = _jsonld_image(bundle.article.get("image"))
    lead = bundle.meta.get("og:image") or bundle.meta.get("twitter:image") or ld_url
    if not lead or not is_on("lead_image"):
        return None
    fire("lead_image")
    lead_url = urljoin(base, lead.strip())
    same = bool(ld_url) and image_key(urljoin(base, ld_url or "")) == image_key(lead_url)
    same = same and is_on("jsonld_lead_caption")
    if same and (ld_caption or ld_credits):
        fire("jsonld_lead_caption")
    return Image(
        url=lead_url,
        role="lead",
        alt_text=clean_text(bundle.meta.get("og:image:alt")) or None,
        caption=ld_caption if same else None,
        credits=ld_credits if same else (),
    )


def _inline_images(base: str, scope: lxml.html.HtmlElement) -> list[Image]:
    """Pictures inside the article scope, in page order, with their captions and credits."""
    images: list[Image] = []
    for el in scope.iter(*IMAGE_TAGS):
        if (
            el.tag == "source"
            and el.getparent() is not None
            and el.getparent().find(".//img") is not None
        ):
            continue  # a <picture>'s <img> stands for all its sources
        raw = _img_url(el) or _picture_source_url(el)
        if not raw or _is_junk(el, raw):
            continue
        figure = _figure_of(el, scope)
        if _is_teaser(el) and _caption_element(figure) is None and is_on("teaser_image"):
            # A linked picture without a caption of its own is a teaser of another page;
            # a captioned one (a product shot, a link to the full-size view) stays.
            fire("teaser_image")
            continue
        if (
            figure is el
            and not _is_responsive(el)
            and not _PHOTO_FILE.search(urlsplit(raw).path)
            and is_on("bare_img_photo_only")
        ):
            # A bare, fixed-size <img> outside any figure is an article photo when it names a
            # photo file; graphics (png, svg), players and tracking endpoints are not.
            fire("bare_img_photo_only")
            continue
        caption, credits = _caption_and_credits(figure) if figure is not el else (None, ())
        alt = clean_text(el.get("alt")) or None
        # Alt text stands in for a missing caption only when it reads like one (not "map").
        fallback = alt if alt and len(alt.split()) >= _MIN_ALT_CAPTION_WORDS else None
        if fallback and not caption:
            if is_on("alt_caption"):
                fire("alt_caption")
            else:
                fallback = None
        _merge(
            images,
            Image(
                url=urljoin(base, raw), alt_text=alt, caption=caption or fallback, credits=credits
            ),
        )
    return images


def _jsonld_credits(bundle: PageBundle) -> dict[str, tuple[str, ...]]:
    """Credits of every JSON-LD ImageObject on the page (creditText, author …), by picture key."""
    values: list[Any] = []
    for obj in bundle.jsonld:
        values.append(obj)
        image = obj.get("image")
        values.extend(image if isinstance(image, list) else [image])
    found: dict[str, tuple[str, ...]] = {}
    for value in values:
        if isinstance(value, dict) and "ImageObject" in str(value.get("@type", "")):
            url, _, credits = _jsonld_image(value)
            if url and credits:
                found.setdefault(image_key(urljoin(bundle.base_url, url)), credits)
    return found


def _fill_credits_from_jsonld(bundle: PageBundle, images: list[Image]) -> None:
    """Give uncredited pictures the credit their JSON-LD ImageObject declares.

    Credits only: a JSON-LD description is often alt text or a headline, not the caption.
    """
    if all(i.credits for i in images) or not is_on("jsonld_credit_fill"):
        return
    declared = _jsonld_credits(bundle)
    for image in images:
        if not image.credits and image_key(image.url) in declared:
            fire("jsonld_credit_fill")
            image.credits = declared[image_key(image.url)]


def extract_images(bundle: PageBundle, scope: lxml.html.HtmlElement) -> list[Image]:
    """Lead and inline pictures, with captions and credits (JSON-LD filling the gaps)."""
    images = _collect_images(bundle, scope)
    _fill_credits_from_jsonld(bundle, images)
    return images


def _collect_images(bundle: PageBundle, scope: lxml.html.HtmlElement) -> list[Image]:
    """Lead image (og:image, JSON-LD image) first, then the pictures inside the article scope."""
    inline = _inline_images(bundle.base_url, scope)
    lead = _lead_image(bundle)
    if lead is None:
        return inline
    key = image_key(lead.url)
    shown = any(i.url == lead.url or image_key(i.url) == key for i in inline)
    if not shown:
        # A declared lead the page never shows is a social card (a branded crop, a logo, a
        # montage), not an article picture: on the dev corpus 37 of 42 such og:images were not.
        el = _page_pictures(bundle.tree).get(key)
        if el is None and is_on("social_card_drop"):
            fire("social_card_drop")
            return inline
        # Shown above the article scope (a page-wide header): its caption is where it is.
        figure = _figure_of(el, bundle.tree) if el is not None else None
        if figure is not None and figure is not el and is_on("lead_caption_above_scope"):
            fire("lead_caption_above_scope")
            caption, credits = _caption_and_credits(figure)
            lead.caption = lead.caption or caption
            lead.credits = lead.credits or credits
    images = [lead]
    for image in inline:
        _merge(images, image)
    return images
