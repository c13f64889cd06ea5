"""Article images from a parsed page: the lead (og:image, JSON-LD) then inline figures."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any
from urllib.parse import parse_qsl, unquote

import lxml.etree
import lxml.html

from wirecopy.schemas.agencies import canonical_agency
from wirecopy.schemas.records import Image
from wirecopy.tasks.cleaning.credits import (
    scrub_credits,
    split_credits,
    split_labelled_credits,
)
from wirecopy.tasks.cleaning.rules import match_line_rule
from wirecopy.tasks.html.captions import (
    attribute_caption_near,
    attribute_credits,
    caption_and_credits,
    caption_element,
    caption_parts,
    credit_beside,
    detached_caption,
    is_caption_block,
    loose_caption,
)
from wirecopy.tasks.html.cards import NOT_PAGE_LINKS
from wirecopy.tasks.html.page import PageBundle, clean_text, folded, xml_safe
from wirecopy.tasks.html.rules import (
    IMAGE_TAGS,
    JUNK_ALT_MAX_WORDS,
    JUNK_IMAGE_CLASS,
    JUNK_IMAGE_MARKS,
    JUNK_IMAGE_WEAK_WORDS,
    JUNK_IMAGE_WORDS,
    LAZY_DATA_ATTR,
    LAZY_SRC_ATTRS,
    LAZY_SRCSET_ATTRS,
    MIN_IMAGE_SIDE,
    PLAYER_TEXT,
    STYLE_HIDDEN,
)
from wirecopy.tasks.rule_switches import fire, is_on, register
from wirecopy.tasks.urls import join_url, split_url, url_host, url_path, url_scheme

register(
    "image",
    (
        "junk_image",  # logos, icons, avatars, pixels by URL/class/alt words
        "generic_rendition_key",  # "<id>/image_l.jpg": a generic file's picture is its folder
        "small_image",  # declared smaller than MIN_IMAGE_SIDE
        "hidden_image",  # styled out of sight: display:none, visibility:hidden, off-screen
        "author_portrait",  # a picture inside a rel="author" link
        "person_portrait",  # a picture of a schema.org Person item (a byline box's)
        "svg_image",  # vector art is not a photo
        "web_url_only",  # a picture URL must resolve to http(s)
        "noscript_copy",  # a lazy picture's <noscript> copy after its placeholder is one picture
        "teaser_image",  # an uncaptioned picture inside a link to another page
        "teaser_card",  # an uncaptioned picture in a small card with a headline and a link
        "teaser_list",  # a picture in one of several sibling cards that each link elsewhere
        "headline_text_link",  # a card's link that is most of its text is its headline
        "bare_img_photo_only",  # a bare <img> outside any figure must name a photo file
        "alt_caption",  # alt text stands in for a missing caption
        "video_poster",  # a video's poster frame (player text, a <video> beside it) is no photo
        "lead_image",  # og:image / JSON-LD image is the lead picture
        "social_card_drop",  # a declared lead the page never shows is dropped
        "shown_declared_lead",  # … unless another of its declared leads is shown: that one
        "lead_caption_above_scope",  # a lead shown above the article reads its caption there
        "jsonld_lead_caption",  # the JSON-LD ImageObject caption of the lead
        "script_images",  # a script-rendered article's pictures, from its stored HTML
        # A wrapper whose caption is only a credit (a credit overlaid on the photo) gives way
        # to a caption further up: "<figure><div><img><span class=credit>…</span></div>
        # <figcaption>…</figcaption></figure>".
        "credit_only_wrapper",
        # A gallery <figure>'s own <figcaption> speaks for each of its pictures (HTML: a
        # figure's caption captions all its content): their caption or credit when they
        # have none of their own (WordPress's "blocks-gallery-caption").
        "gallery_caption",
        # A caption-classed block right after the block holding the picture alone, outside it
        # (a theme's "<div class=post-thumb><img></div><div class=post-caption>…</div>").
        "caption_beside",
        # The page's own name closing a caption after a dash or in brackets ("… (ETV
        # Bharat)", "… —জনকণ্ঠ"): the outlet credits its own photographer so.
        "own_name_credit",
    ),
)

# "photo-1200x800.jpg", "photo_w640.jpg", "photo-scaled.jpg": size variants of one picture.
# A picture file named inside the path, before its rendition's segments.
_FILE_IN_PATH = re.compile(r"/([^/]+\.(?:jpe?g|png|webp|gif|avif))(?=/|$)", re.I)
# File names that name no picture, and a folder naming one: six or more letters, digits and
# marks with a run of four digits ("15690123", "policy:1.414312401:1715690123").
_GENERIC_NAMES = frozenset({"image", "img", "photo", "picture", "original", "default", "file"})
# … with a rendition's mark: a crop before it, a size letter or width after it
# (".../posts/3f8a1c9e/image_l.jpg", ".../3f8a1c9e/cropped_image_l.jpg": one picture, two sizes;
# "photo-1.jpg", "photo-2.jpg" are a gallery's numbered pictures, a width has three digits)
_GENERIC_RENDITION = re.compile(
    r"(?:(?:cropped|crop|resized)[-_])?(?:image|img|photo|picture|original|default|file)"
    r"(?:[-_](?:[smlx]{1,3}|\d{3,4}))?"
)
_NUMBERED_FOLDER = re.compile(r"(?=[a-z0-9.:_-]*\d{4})[a-z0-9.:_-]{6,64}")
# A folder named by a date ("20240312", "2024-03", "2024_03_12"): many pictures share it.
_DATE_FOLDER = re.compile(r"(?:19|20)\d{2}[-_]?(?:0[1-9]|1[0-2])(?:[-_]?\d{2})?")
# A file name that is only a size ("1024x683", "w1200", "1600").
_SIZE_ONLY = re.compile(r"\d{2,4}x\d{2,4}|[wh]\d{2,4}")
# A folder named like a picture's id: letters and digits mixed, six or more ("b2c4d6e8",
# a uuid); not "master", "2024" or "images".
_ID_FOLDER = re.compile(r"(?=[a-z0-9-]*\d)(?=[a-z0-9-]*[a-z])[a-z0-9-]{6,64}")
_SIZE_SUFFIX = re.compile(
    # (at most four of them, "thumb" with letters and digits only: "_thumb" repeated
    # backtracked through every split)
    r"(?:[-_.](?:\d{2,4}x\d{2,4}|w\d{2,4}|h\d{2,4}|\d{2,4}w|scaled|(?:extra[-_]?|x)?large|medium|"
    # (… a thumbnail's width after its word: "x_thumb_1024")
    r"small|thumb[a-z0-9]*(?:[-_]\d{2,4}(?!\d))?)){1,4}$"
)
# Fewer words than this in an alt text: a label or file name, not a caption.
_MIN_ALT_CAPTION_WORDS = 4
# A wrapper holding a credit and nothing else has at most this much text (a credit line and a
# label for screen readers: "Image copyright Getty Images").
_MAX_CREDIT_ONLY_CHARS = 200
# Ancestors climbed from an <img> to find its caption wrapper: figure > picture > div > img is
# the deepest common nesting; beyond that the wrapper is a page section.
_MAX_FIGURE_DEPTH = 4
# … and a <figure> above that, at most this many levels further (site builders' layouts).
_MAX_DEEP_FIGURE_LEVELS = 4
# Wrappers that add no level of layout: libxml2 does not know <source> is void and nests the
# <img> in every one of them; <noscript> holds a copy of the picture.
_TRANSPARENT_TAGS = frozenset({"source", "noscript"})
# A teaser card: a wrapper this close to the picture, with at most this much text (a
# headline, a date, a section), holding a heading and a link to another page.
_MAX_CARD_DEPTH = 4
# A player's message sits in the first characters of its wrapper; its <video> a few levels up.
_MAX_PLAYER_TEXT = 600
_MAX_PLAYER_DEPTH = 3
# An alt text on this many pictures of one page is no caption of any of them.
_MIN_REPEATED_ALT = 3
_NOT_WORD = re.compile(r"\W+")
# A card whose text is mostly one link of a few words has that link for its headline.
_MIN_HEADLINE_WORDS = 3
_HEADLINE_SHARE = 0.6
# A byline box: a few levels around the portrait, a name, a date and a role.
_MAX_BYLINE_DEPTH = 3
_MAX_BYLINE_CHARS = 200
_MAX_CARD_CHARS = 300
_CARD_HEADINGS = ("h2", "h3", "h4", "h5")
# Sibling cards, each a picture and a link elsewhere, that make a list of teasers; a card's
# link sits at most this many levels above its picture (a <picture>'s <source>s aside).
_MIN_TEASER_CARDS = 3
_MAX_LIST_CARD_DEPTH = 7
# A card with a summary is still short: a stretch of the article is not.
_MAX_LIST_CARD_CHARS = 1500
_WEB_SCHEMES = frozenset({"http", "https"})
# Words of a data attribute naming where a link or share button leads, or what a tracker
# counts: not a picture.
_LINK_ATTR_WORDS = ("href", "link", "share", "target", "track")
# A web URL written in full, as image CDNs write theirs ("https://…", "//cdn…"); a path on the
# page's own site with no file type ("/stats/view") is as likely a tracker's.
_WEB_URL = re.compile(r"(?:https?:)?//[^\s/]+/\S", re.I)
# Picture files: a link to one leads to no page.
_EXTENSION = re.compile(r"\.(?:jpe?g|png|webp|gif|avif|jfif)$", re.I)
# Photo files (not graphics): a bare <img> outside any figure that names a file must name one
# of these to count; a path with no file extension at all (an image CDN's) names no file type.
_PHOTO_FILE = re.compile(r"\.(?:jpe?g|webp|avif)$", re.I)
_FILE_EXTENSION = re.compile(r"\.[a-z][a-z0-9]{1,3}$", re.I)
# A file name shorter than this without an extension names no picture: a tracker's "/p".
_MIN_PICTURE_NAME = 6
# A side declared in the style attribute ("width:1px"): a tracking pixel's.
_STYLE_SIDE = re.compile(r"(?:^|;)\s*(?:width|height)\s*:\s*(\d+(?:\.\d+)?)px", re.I)
# A srcset candidate's width or density descriptor ("800w", "1.5x").
_DESCRIPTOR = re.compile(r"(\d+(?:\.\d+)?)[wx]")
# Between srcset candidates: spaces and commas; a candidate's URL: everything up to a space.
_SRCSET_GAP = re.compile(r"[\s,]*")
_SRCSET_URL = re.compile(r"\S+")
# A srcset is read in its first this many characters (the longest on the dev pages has 3,748).
_MAX_SRCSET_CHARS = 10_000


# A resizing script that names the picture in its query ("…/imrs.php?src=https://…/K3ZQ.jpg&w=916",
# Arc XP's; "resize.aspx?url=…"): the picture is the query's, not the script's.
_SCRIPT_NAME = re.compile(r"\.(?:php|aspx?|ashx|jsp|cgi)$", re.I)
_PICTURE_PARAMS = frozenset({"src", "url", "u", "image", "img", "file", "path"})
# An image service's directory names its picture in a parameter that says so (SRG's
# "il.srgssr.ch/images/?imageUrl=…"); a CDN's bare "?url=" is read as a whole URL, as before.
_IMAGE_URL_PARAMS = frozenset({"imageurl", "image_url", "imgurl", "img_url"})
_MAX_QUERY_CHARS = 4000  # a query is read this far


def _scripted_picture(url: str) -> str | None:
    """The picture a resizing script's query names, or None."""
    parts = split_url(url)
    if parts is None or not parts.query:
        return None
    # A script ("resize.php?src=…"), or an image service's directory with no file of its own
    # ("il.srgssr.ch/images/?imageUrl=…"): the query names the picture.
    scripted = bool(_SCRIPT_NAME.search(parts.path))
    if not scripted and _EXTENSION.search(parts.path):
        return None
    names = _PICTURE_PARAMS | _IMAGE_URL_PARAMS if scripted else _IMAGE_URL_PARAMS
    for name, value in parse_qsl(parts.query[:_MAX_QUERY_CHARS]):
        if name.lower() in names and _EXTENSION.search(url_path(value) or value):
            return value
    return None


def image_key(url: str) -> str:
    """Identity of a picture across sizes: the file stem without size suffixes or extension
    (both of "x.jpg.webp"); a resizing script's picture by the file its query names."""
    if (inner := _scripted_picture(url)) is not None and inner != url:
        return image_key(inner)
    path = url_path(unquote(url)).rstrip("/")
    if _SCRIPT_NAME.search(path):
        return url  # "view.php?id=3": the query names the picture, the script names none
    folder, _, name = path.rpartition("/")
    if not _EXTENSION.search(name) and (named := _FILE_IN_PATH.search(folder)):
        # ".../Metro-Santos-a1c2e3f4.jpg/original/mw-860": a rendition path after the file.
        folder, name = folder[: named.start()], named[1]
    stem = _EXTENSION.sub("", _EXTENSION.sub("", name.lower()))
    stem = _SIZE_SUFFIX.sub("", stem)
    parent = folder.rsplit("/", 1)[-1].lower()
    if not _DATE_FOLDER.fullmatch(parent) and (
        # ".../b2c4d6e8/1024x683.jpg": the file names a size, its folder (an id) the picture;
        (_SIZE_ONLY.fullmatch(stem) and _ID_FOLDER.fullmatch(parent))
        # ".../15690123/image.jpg?w=800": every picture is "image", its folder the id.
        or (stem in _GENERIC_NAMES and _NUMBERED_FOLDER.fullmatch(parent))
        # ".../3f8a1c9e2b7d/image_l.jpg": a rendition of "image" in a folder named by an id.
        or (
            _GENERIC_RENDITION.fullmatch(stem) is not None
            and (_NUMBERED_FOLDER.fullmatch(parent) or _ID_FOLDER.fullmatch(parent))
            and is_on("generic_rendition_key")
        )
    ):
        return f"{folder.lower()}/"
    # Generic names ("image", "1600") say nothing alone: then the whole URL is the identity.
    return stem if len(stem) >= 6 else url


def _srcset_items(srcset: str) -> Iterator[tuple[str, float]]:
    """Each candidate of a srcset: its URL and its descriptor's number (0 without one).

    Read as HTML parses a srcset, not split at commas: a URL runs to the next space and may
    hold commas itself (image CDNs' "…/w_800,h_450,c_fill/…", "…/8a93…,56796a32?w=992"); a
    URL ending in a comma has no descriptor. One pass, in the first _MAX_SRCSET_CHARS.
    """
    text = srcset[:_MAX_SRCSET_CHARS]
    at = _after_gap(text, 0)
    while at < len(text):
        url = _SRCSET_URL.match(text, at)
        if url is None:
            return
        at, candidate, descriptors = url.end(), url[0], ""
        if candidate.endswith(","):
            candidate = candidate.rstrip(",")
        else:
            comma = text.find(",", at)
            end = len(text) if comma < 0 else comma
            descriptors, at = text[at:end], end
        tokens = descriptors.split()
        m = _DESCRIPTOR.fullmatch(tokens[0]) if len(tokens) == 1 else None
        if candidate:
            yield candidate, float(m[1]) if m else 0.0
        at = _after_gap(text, at)


def _after_gap(text: str, at: int) -> int:
    """The position after the spaces and commas at `at`."""
    gap = _SRCSET_GAP.match(text, at)
    return gap.end() if gap else at


def _largest_from_srcset(srcset: str) -> str | None:
    """The candidate with the largest width (or density) descriptor in a srcset."""
    best, best_size = None, -1.0
    for url, size in _srcset_items(srcset):
        if not url.startswith("data:") and size >= best_size:
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
    for attr in (*LAZY_SRC_ATTRS[:-1], *_lazy_attrs(el, "src")):
        value = (el.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return value
    src = (el.get("src") or "").strip()
    if src.startswith("data:"):
        src = ""
    if src and not junk_named(src):
        return src
    # No real src (a data: or placeholder one): a lazy loader keeps the photo under a name of
    # its own ("data-echo", "data-lazy", "data-full"); a data attribute holding a photo file's
    # URL is it, whatever its name.
    return _data_photo_url(el) or src or None


def _data_photo_url(el: lxml.html.HtmlElement) -> str | None:
    """The first data-* attribute value naming a picture file (a URL or a srcset of them), or
    else the first that is a web URL naming no other file type (an image CDN's)."""
    cdn = None
    for attr, value in el.attrib.items():
        if not attr.startswith("data-") or value.startswith("data:"):
            continue
        url = (_largest_from_srcset(value) if "," in value or " " in value.strip() else value) or ""
        url = url.strip()
        if url and _EXTENSION.search(url_path(url)):
            return url
        # A link's target ("data-href", "data-share-url") is a page, whatever its path says.
        linked = any(word in attr for word in _LINK_ATTR_WORDS)
        if cdn is None and not linked and _WEB_URL.match(url) and not _names_other_file(url):
            cdn = url
    return cdn


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
        # isdecimal, not isdigit: "¹" is a digit int() refuses (fuzz, seed 5).
        if value.isdecimal() and int(value) < MIN_IMAGE_SIDE:
            return True
    return any(float(m[1]) < MIN_IMAGE_SIDE for m in _STYLE_SIDE.finditer(el.get("style") or ""))


# The ad slots' standard sizes (the IAB's): a picture declared at one of them, with no words
# for it, is an ad's creative ("<img src=…/dangote-300x250.jpg alt='' width=300 height=250>").
_AD_SIZES = frozenset(
    {(300, 250), (728, 90), (160, 600), (300, 600), (320, 50), (970, 250), (336, 280), (468, 60)}
    | {(970, 90), (320, 100)}
)


def _ad_sized(el: lxml.html.HtmlElement, url: str) -> bool:
    """Declared at an ad slot's size (_AD_SIZES), its alt text empty, and an ad's by its file
    name ("…-300x250.jpg") or its box ("td-a-rec", "ad-slot"): a thumbnail a CMS crops to
    300x250 in the story is no ad."""
    width, height = ((el.get(a) or "").strip().removesuffix("px") for a in ("width", "height"))
    if not (width.isdecimal() and height.isdecimal()) or (el.get("alt") or "").strip():
        return False
    if (int(width), int(height)) not in _AD_SIZES:
        return False
    if f"{int(width)}x{int(height)}" in (url_path(url) or url).rsplit("/", 1)[-1]:
        return True
    boxes = islice(el.iterancestors(), _AD_BOX_LEVELS)
    return any(_AD_BOX.search(f"{b.get('class') or ''} {b.get('id') or ''}") for b in boxes)


_AD_BOX_LEVELS = 3
# A box named for an ad: its class or id token "ad", "ads", "advert…", "banner", "rec" (a
# theme's "td-a-rec"), "sponsor…".
_AD_BOX = re.compile(r"(?i)(?:^|[\s_-])(?:ad|ads|advert\w*|banner\w*|rec|sponsor\w*)(?:$|[\s_-])")


# A lightbox's link, by the attributes gallery scripts read (Fancybox, Lightbox, PhotoSwipe).
_LIGHTBOX_ATTRS = ("data-fancybox", "data-lightbox", "data-pswp-src", "data-gallery")


def _lightbox_thumbnail(el: lxml.html.HtmlElement) -> bool:
    """A small picture in a lightbox's link to its full-size file with its caption ("<a
    href=…-980.jpg data-fancybox data-caption=…><img width=140>"): a gallery's picture."""
    link = el.getparent()
    if link is None or link.tag != "a" or not _EXTENSION.search(url_path(link.get("href") or "")):
        return False
    lightbox = any(link.get(a) is not None for a in _LIGHTBOX_ATTRS) or "lightbox" in (
        link.get("rel") or ""
    )
    return lightbox and any(_ATTR_CAPTION.fullmatch(a) for a in link.attrib)


_ATTR_CAPTION = re.compile(r"data-(?:(?:lightbox|fancybox|gallery|photo|image|img)-)?caption|title")


def _is_junk(el: lxml.html.HtmlElement, url: str, wrappers: _Wrappers) -> bool:
    """Logos, icons, avatars, tracking pixels and vector art are not article pictures."""
    if rule := _icon_rule(el, url):
        fire(rule)
        return True
    if _is_author_portrait(el, wrappers) and is_on("author_portrait"):
        fire("author_portrait")
        return True
    return False


def _icon_rule(el: lxml.html.HtmlElement, url: str) -> str | None:
    """The rule that drops a picture by itself alone, if one does: named or classed like a
    logo or icon, declared smaller than MIN_IMAGE_SIDE, hidden, vector art (a rule switched
    off drops nothing)."""
    named = f"{el.get('class') or ''} {el.get('id') or ''}"
    if (
        junk_named(url, el.get("alt") or "") or JUNK_IMAGE_CLASS.search(named) or _ad_sized(el, url)
    ) and is_on("junk_image"):
        return "junk_image"
    if _too_small(el) and not _lightbox_thumbnail(el) and is_on("small_image"):
        return "small_image"
    if STYLE_HIDDEN.search(el.get("style") or "") and is_on("hidden_image"):
        return "hidden_image"
    if url.lower().endswith(".svg") and is_on("svg_image"):
        return "svg_image"
    return None


# Words of a URL or alt text: lower-case runs, capitalised words, upper-case acronyms
# ("siteLogo" -> site, Logo; "GIF-Icon" -> GIF, Icon).
_NAME_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _words(text: str) -> set[str]:
    """The words of a name, lower-cased and without a plural s ("icons" -> "icon")."""
    return {w.lower().removesuffix("s") for w in _NAME_WORDS.findall(text)}


def junk_named(url: str, alt: str = "") -> bool:
    """Whether a picture's URL or short alt text names a logo, icon, avatar, pixel or
    placeholder, read word by word (see JUNK_IMAGE_WORDS and JUNK_IMAGE_WEAK_WORDS).

    >>> junk_named("/img/siteLogo.png"), junk_named("/2024/iconic-bridge.jpg")
    (True, False)
    >>> junk_named("/2024/israel-flag.jpg"), junk_named("/flags/de.png")
    (False, True)
    """
    if JUNK_IMAGE_MARKS.search(url):
        return True
    path = url_path(url) or url
    folders, _, name = path.rpartition("/")
    around = _words(f"{url_host(url)} {folders}")
    named = _words(name)
    if (around | named) & JUNK_IMAGE_WORDS or around & JUNK_IMAGE_WEAK_WORDS:
        return True
    if named & JUNK_IMAGE_WEAK_WORDS and not _PHOTO_FILE.search(name):
        return True
    words = alt.split()
    return 0 < len(words) <= JUNK_ALT_MAX_WORDS and bool(
        _words(alt) & (JUNK_IMAGE_WORDS | JUNK_IMAGE_WEAK_WORDS)
    )


# A schema.org Person item: its picture is a portrait (itemtype "http://schema.org/Person").
_PERSON_TYPE = re.compile(r"(?:^|[/#\s])Person\s*$")


def _in_person_item(el: lxml.html.HtmlElement) -> bool:
    """The picture's nearest microdata item is a schema.org Person."""
    for anc in el.iterancestors():
        if anc.get("itemscope") is not None:
            return bool(_PERSON_TYPE.search(anc.get("itemtype") or ""))
    return False


def _layout_ancestors(
    el: lxml.html.HtmlElement,
) -> Iterator[tuple[int, lxml.html.HtmlElement]]:
    """el's ancestors, each with the levels of layout below it: libxml2 nests an <img> in each
    <source> before it, and a <noscript> holds a copy, so those add no level."""
    depth = 0
    for anc in el.iterancestors():
        yield depth, anc
        depth += anc.tag not in _TRANSPARENT_TAGS


def _is_author_portrait(el: lxml.html.HtmlElement, wrappers: _Wrappers) -> bool:
    """A picture inside a link marked rel="author", or in a short byline box beside one, is
    the writer's portrait, not the story's."""
    if any(_is_author_link(a) for a in el.iterancestors("a")):
        return True
    # <div itemscope itemtype="https://schema.org/Person"><img itemprop="image">…: microdata
    # says the picture is a person's own (the writer's, in a byline box), not the story's.
    if is_on("person_portrait") and _in_person_item(el):
        fire("person_portrait")
        return True
    # "<div><span><img></span><span><a rel=author>Jane Doe</a></span><span>May 3</span></div>":
    # the nearest wrappers holding text, while they stay a byline's length and hold no caption.
    for depth, anc in _layout_ancestors(el):
        if depth >= _MAX_BYLINE_DEPTH or anc.tag in ("figure", "figcaption", "article", "body"):
            return False
        chars = wrappers.text_length(anc)
        if chars > _MAX_BYLINE_CHARS or wrappers.caption(anc) is not None:
            return False  # a caption's rel="author" link names the photographer
        if chars and wrappers.author_link(anc):
            return True
    return False


def _is_video_poster(
    el: lxml.html.HtmlElement, figure: lxml.html.HtmlElement, wrappers: _Wrappers
) -> bool:
    """The poster frame of a video: a player's message in its alt text or caption, or a
    <video> in a wrapper it shares with no other picture."""
    if PLAYER_TEXT.match(el.get("alt") or ""):
        return True
    if figure is not el and wrappers.player_message(figure):
        return True
    for depth, anc in _layout_ancestors(el):
        # A player is a small box: a section holding prose beside its photo and a video is not.
        if depth >= _MAX_PLAYER_DEPTH or wrappers.picture_count(anc) > 1:
            return False
        if wrappers.text_length(anc) > _MAX_PLAYER_TEXT:
            return False
        kind = wrappers.player(anc)
        if kind in ("prose", "video"):
            return kind == "video"
    return False


def _is_author_link(a: lxml.html.HtmlElement) -> bool:
    """HTML's own mark of a link to the writer's page."""
    return "author" in (a.get("rel") or "").lower().split()


def _is_teaser(el: lxml.html.HtmlElement, url: str, page_url: str = "") -> bool:
    """A picture inside a link to another page is a teaser of that page, not this article's;
    a link to a picture file, or to this picture in another size (an image CDN's URL names no
    file type), is a full-size view, and one under this page's own path its gallery."""
    for anc in el.iterancestors("a"):
        href = (anc.get("href") or "").strip()
        if not href or href.startswith("#") or _EXTENSION.search(url_path(href)):
            continue
        target = join_url(page_url, href) if page_url else None
        if target is not None and _below(target, page_url):
            continue
        if image_key(href) != image_key(url):
            return True
    return False


def _links_away(el: lxml.html.HtmlElement) -> bool:
    """An element holding a link to another page (not an anchor, not a picture file)."""
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        away = bool(href) and not href.startswith(("#", "javascript:"))
        if away and not _EXTENSION.search(url_path(href)):
            return True
    return False


def _elsewhere(href: str | None, page_url: str) -> bool:
    """A link to another page of the same site: not an anchor, script, mail or phone link,
    picture file, this very page ("story#update-3" on a live blog) or another site (a shop
    behind a product box: teaser lists lead to the site's own stories)."""
    href = (href or "").strip()
    if not href or href.startswith(NOT_PAGE_LINKS) or _EXTENSION.search(url_path(href)):
        return False
    target = join_url(page_url, href) if page_url else href
    if target is None or url_scheme(target) not in ("", *_WEB_SCHEMES):
        return False
    if page_url and _site(url_host(target)) not in ("", _site(url_host(page_url))):
        return False
    return target.split("#", 1)[0] != page_url.split("#", 1)[0] and not _below(target, page_url)


# A page path this long names one story, not a section ("/news", "/sport/football"); a step
# under it this long is the page's own view ("foto", "gallery", "comments"), not a slug.
_MIN_STORY_PATH = 20
_MAX_BELOW_STEP = 12


def _below(target: str, page_url: str) -> bool:
    """The link leads one short step under this very page's path: its own gallery, comments
    or print view ("…/story-slug.A250514/foto#2"), not another story (a series' part has a
    slug of its own; a page named by its query has a section's path)."""
    if "?" in page_url.split("#", 1)[0]:
        return False
    page = unquote(url_path(page_url)).rstrip("/")
    path = unquote(url_path(target))
    if len(page) < _MIN_STORY_PATH or not path.startswith(page + "/"):
        return False
    return len(path[len(page) + 1 :].strip("/")) <= _MAX_BELOW_STEP


def _site(host: str) -> str:
    """The last two labels of a host ("www.bbc.co.uk" -> "co.uk" is close enough to compare
    two hosts of one publisher: "edition.cnn.com" and "www.cnn.com" are one site)."""
    return ".".join(host.lower().rsplit(".", 2)[-2:])


def _is_headline(
    link: lxml.html.HtmlElement, within: lxml.html.HtmlElement, within_chars: int = 0
) -> bool:
    """A link that holds a heading, or stands in one inside `within`, or is the card's text:
    "<div><img></div><span><a href=…>Abba star mourns his ex-wife</a></span>" is a headline
    whatever tag it wears (within_chars: the text length of `within`, 0 if not known)."""
    if next(link.iter(*_CARD_HEADINGS), None) is not None:
        return True
    for anc in link.iterancestors():
        if anc is within:
            break
        if anc.tag in _CARD_HEADINGS:
            return True
    if within_chars and is_on("headline_text_link"):
        text = " ".join(link.text_content().split())
        if len(text.split()) >= _MIN_HEADLINE_WORDS and len(text) >= _HEADLINE_SHARE * within_chars:
            fire("headline_text_link")
            return True
    return False


def _wrapped_elsewhere(
    picture: lxml.html.HtmlElement, card: lxml.html.HtmlElement, page: str
) -> bool:
    """The picture sits inside a link to another page, within the card."""
    for anc in picture.iterancestors():
        if anc.tag == "a" and _elsewhere(anc.get("href"), page):
            return True
        if anc is card:
            return False
    return False


def _is_teaser_card(
    picture: lxml.html.HtmlElement, card: lxml.html.HtmlElement, wrappers: _Wrappers
) -> bool:
    """A card linking elsewhere the way teasers do: around the picture, or on a headline.

    A photographer's name linked in a caption, or a link in the text of a story, is a link
    away too, but neither holds the picture nor is a heading.
    """
    if wrappers.has_headline_link(card):
        return True
    # A captioned picture linking to a page of its own (a photo page, a gallery) is the
    # story's; an uncaptioned one linking elsewhere is a teaser's.
    uncaptioned = wrappers.caption(card) is None
    return uncaptioned and _wrapped_elsewhere(picture, card, wrappers.page_url)


def _in_teaser_list(
    el: lxml.html.HtmlElement, scope: lxml.html.HtmlElement, wrappers: _Wrappers
) -> bool:
    """A picture in a list of cards that each hold a picture and a link to another page.

    "More on this", "Most read", a news ticker: whatever the list is called, it repeats the
    same card, a picture and a teaser link, at least _MIN_TEASER_CARDS times. A gallery repeats
    pictures without links, and an article's pictures do not each link to another page.
    """
    card, depth = None, 0
    for anc in el.iterancestors():
        too_big = wrappers.text_length(anc) > _MAX_LIST_CARD_CHARS
        if anc is scope or depth >= _MAX_LIST_CARD_DEPTH or too_big:
            return False
        depth += anc.tag not in _TRANSPARENT_TAGS
        if _is_teaser_card(el, anc, wrappers):
            card = anc
            break
    if card is None:
        return False
    # The card is the largest short wrapper holding this picture alone ("<li><article>…", a
    # headline row beside it); the list is what holds several of them.
    parent = card.getparent()
    while (
        parent is not None
        and parent is not scope
        and wrappers.picture_count(parent) <= 1
        and wrappers.text_length(parent) <= _MAX_LIST_CARD_CHARS
    ):
        card, parent = parent, parent.getparent()
    return parent is not None and wrappers.is_teaser_list(parent, card.tag)


@dataclass(slots=True)
class _Wrappers:
    """What the pictures of a page ask about their wrappers, answered once per wrapper.

    Every picture of a gallery, or of a pasted copy of one, asks about the same ancestors:
    counted each time, 1,000 pictures in one <div> took 6 s, and a fuzzed page with its body
    pasted several times 29 s.
    """

    pictures: dict[lxml.html.HtmlElement, int] = field(default_factory=dict)
    captions: dict[lxml.html.HtmlElement, lxml.html.HtmlElement | None] = field(
        default_factory=dict
    )
    loose: dict[lxml.html.HtmlElement, bool] = field(default_factory=dict)
    # The page's URL: a link to it (with a fragment) does not lead elsewhere.
    page_url: str = ""
    headline_links: dict[lxml.html.HtmlElement, bool] = field(default_factory=dict)
    text_lengths: dict[lxml.html.HtmlElement, int] = field(default_factory=dict)
    teaser_lists: dict[tuple[lxml.html.HtmlElement, str], bool] = field(default_factory=dict)
    players: dict[lxml.html.HtmlElement, str] = field(default_factory=dict)
    player_messages: dict[lxml.html.HtmlElement, bool] = field(default_factory=dict)
    headed_links: dict[lxml.html.HtmlElement, bool] = field(default_factory=dict)
    author_links: dict[lxml.html.HtmlElement, bool] = field(default_factory=dict)
    credits_only: dict[lxml.html.HtmlElement, bool] = field(default_factory=dict)
    parts: dict[lxml.html.HtmlElement, tuple[str, tuple[str, ...], list[lxml.html.HtmlElement]]] = (
        field(default_factory=dict)
    )
    # Per <img>: the picture it counts as in its wrappers (None: no picture, or an icon).
    picture_keys: dict[lxml.html.HtmlElement, str | None] = field(default_factory=dict)
    # Per caption block outside a picture's wrapper: its caption and credits, read once.
    detached: dict[lxml.html.HtmlElement, tuple[str | None, tuple[str, ...]]] = field(
        default_factory=dict
    )
    # Per gallery block: its one credit line (None: none), read once (1,000 pictures in one
    # <div> each read the <div>'s 1,000 children: a million reads).
    gallery_lines: dict[lxml.html.HtmlElement, lxml.html.HtmlElement | None] = field(
        default_factory=dict
    )

    def player(self, el: lxml.html.HtmlElement) -> str:
        """What el holds: "prose" (a <p> anywhere), else "video" (a <video>), else "";
        read once per element."""
        if el not in self.players:
            kind = ""
            for d in el.iter("p", "video"):
                kind = "video" if d.tag == "video" else "prose"
                if kind == "prose":
                    break
            self.players[el] = kind
        return self.players[el]

    def player_message(self, el: lxml.html.HtmlElement) -> bool:
        """A video player's message in el's first characters; read once per element."""
        if el not in self.player_messages:
            text = el.text_content()[:_MAX_PLAYER_TEXT]
            self.player_messages[el] = bool(PLAYER_TEXT.match(text))
        return self.player_messages[el]

    def headed_link_away(self, el: lxml.html.HtmlElement) -> bool:
        """el holds a heading and a link to another page; read once per element."""
        if el not in self.headed_links:
            headed = next(el.iter(*_CARD_HEADINGS), None) is not None
            self.headed_links[el] = headed and _links_away(el)
        return self.headed_links[el]

    def author_link(self, el: lxml.html.HtmlElement) -> bool:
        """el holds a rel="author" link; read once per element."""
        if el not in self.author_links:
            self.author_links[el] = any(_is_author_link(a) for a in el.iter("a"))
        return self.author_links[el]

    def text_length(self, el: lxml.html.HtmlElement) -> int:
        """Characters of el's text, each run of whitespace one: a template's indentation is
        no text (a teaser card of 56 characters read 749 pretty-printed)."""
        if el not in self.text_lengths:
            self.text_lengths[el] = len(" ".join(el.text_content().split()))
        return self.text_lengths[el]

    def has_headline_link(self, el: lxml.html.HtmlElement) -> bool:
        """el holds a link elsewhere that holds a heading or stands in one (inside el)."""
        if el not in self.headline_links:
            chars = 0 if self.caption(el) is not None else len(" ".join(el.text_content().split()))
            self.headline_links[el] = any(
                _is_headline(a, el, chars) and _elsewhere(a.get("href"), self.page_url)
                for a in el.iter("a")
            )
        return self.headline_links[el]

    def is_teaser_list(self, parent: lxml.html.HtmlElement, tag: str) -> bool:
        """At least _MIN_TEASER_CARDS children of parent with this tag are teaser cards."""
        key = (parent, tag)
        if key not in self.teaser_lists:
            alike = 0
            for sib in parent:
                picture = next(sib.iter(*IMAGE_TAGS), None) if sib.tag == tag else None
                if picture is not None and _is_teaser_card(picture, sib, self):
                    alike += 1
                    if alike >= _MIN_TEASER_CARDS:
                        break
            self.teaser_lists[key] = alike >= _MIN_TEASER_CARDS
        return self.teaser_lists[key]

    def picture_count(self, el: lxml.html.HtmlElement) -> int:
        """Distinct pictures under el: a <noscript> copy of one picture counts once, and an
        icon (an "enlarge" or play button beside the photo) not at all."""
        if el not in self.pictures:
            shown: set[str] = set()
            copies: set[str] = set()  # in <noscript>: the same pictures, maybe in other sizes
            for img in el.iter("img", "amp-img"):
                if (key := self.picture_key(img)) is not None:
                    (copies if _in_noscript(img, el) else shown).add(key)
            self.pictures[el] = len(shown) or len(copies)
        return self.pictures[el]

    def picture_key(self, img: lxml.html.HtmlElement) -> str | None:
        """The image_key of the picture an <img> shows (None: none, or an icon), read once per
        <img>: each of its wrappers counts it again."""
        if img not in self.picture_keys:
            url = _img_url(img)
            shows = url and not url.startswith("data:") and _icon_rule(img, url) is None
            self.picture_keys[img] = image_key(url) if url and shows else None
        return self.picture_keys[img]

    def caption(self, el: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
        """caption_element(el)."""
        if el not in self.captions:
            self.captions[el] = caption_element(el)
        return self.captions[el]

    def has_loose_caption(self, el: lxml.html.HtmlElement) -> bool:
        """Whether loose_caption(el) finds lines."""
        if el not in self.loose:
            self.loose[el] = bool(loose_caption(el))
        return self.loose[el]

    def credit_only(self, el: lxml.html.HtmlElement) -> bool:
        """el's caption reads as a credit and nothing else; read once per element. A caption
        (or, unmarked, a wrapper) with more text than a credit line has holds more than a
        credit: only the rest are read (reading a caption costs as much as the picture's)."""
        if el not in self.credits_only:
            cap = self.caption(el)
            if self.text_length(el if cap is None else cap) > _MAX_CREDIT_ONLY_CHARS:
                self.credits_only[el] = False
            else:
                caption, credits = caption_and_credits(el, parts=self.caption_parts(el))
                self.credits_only[el] = caption is None and bool(credits)
        return self.credits_only[el]

    def detached_caption(self, cap: lxml.html.HtmlElement) -> tuple[str | None, tuple[str, ...]]:
        """detached_caption(cap), read once per caption (a gallery's, for each picture)."""
        if cap not in self.detached:
            self.detached[cap] = detached_caption(cap)
        return self.detached[cap]

    def caption_parts(
        self, el: lxml.html.HtmlElement
    ) -> tuple[str, tuple[str, ...], list[lxml.html.HtmlElement]]:
        """caption_parts(el), read once per element: asked whether a wrapper holds a credit
        alone, and again for the picture it is the wrapper of."""
        if el not in self.parts:
            self.parts[el] = caption_parts(el)
        return self.parts[el]


def _in_teaser_card(
    el: lxml.html.HtmlElement, scope: lxml.html.HtmlElement, wrappers: _Wrappers
) -> bool:
    """A picture in a small card with a headline and a link elsewhere: a teaser of that page.

    Teaser grids put the link on the headline or an overlay, not around the picture; the
    card is the nearest wrapper holding this picture alone, with little text.
    """
    for depth, anc in _layout_ancestors(el):
        if anc is scope or depth >= _MAX_CARD_DEPTH or wrappers.text_length(anc) > _MAX_CARD_CHARS:
            return False
        if wrappers.headed_link_away(anc):
            # Counted last (it is the costly test): a wrapper of several pictures is a
            # gallery or a list, and so is every wrapper above it.
            return wrappers.picture_count(anc) <= 1
    return False


def _figure_of(
    img: lxml.html.HtmlElement, scope: lxml.html.HtmlElement, wrappers: _Wrappers
) -> lxml.html.HtmlElement:
    """The nearest ancestor holding the picture's caption: a captioned figure or wrapper.

    A <figure> without a caption is kept only if no wrapper just above it holds one (some
    pages put the <figcaption> beside the <figure>, not inside it).
    """
    node, figure, link, depth = img, None, None, 0
    # A wrapper whose caption is a credit alone: it is the picture's unless a marked caption
    # further up takes it (credit_only_wrapper).
    credited: lxml.html.HtmlElement | None = None
    while depth < _MAX_FIGURE_DEPTH:
        parent = node.getparent()
        # Stop below a wrapper of several pictures: its caption belongs to one of them.
        if parent is None or parent is scope or wrappers.picture_count(parent) > 1:
            break
        node = parent
        depth += node.tag not in _TRANSPARENT_TAGS
        if (cap := wrappers.caption(node)) is not None:
            if credited is None and link is None and _holds_credit_alone(node, wrappers):
                credited = node
            elif credited is None:
                return node
            elif _in_other_figure(cap, img, node):
                break  # an embed's or another figure's caption beside it: not this picture's
            elif not wrappers.credit_only(node):
                return node
        # A link's credit line (loose_caption of an <a>) gives way to a marked caption further
        # up, not to unmarked lines (a product's name and price beside its shop link); a link
        # to the picture file (a lightbox) is no wrapper of its own.
        elif node.tag == "a":
            to_file = _EXTENSION.search(url_path(node.get("href") or ""))
            if link is None and not to_file and wrappers.has_loose_caption(node):
                link = node
        elif link is None and credited is None and wrappers.has_loose_caption(node):
            if not _holds_credit_alone(node, wrappers):
                return node
            credited = node
        if node.tag == "figure" and figure is None:
            figure = node
    held = link if link is not None else credited
    if held is None and figure is None and depth >= _MAX_FIGURE_DEPTH:
        figure = _deep_figure(img, node, scope, wrappers)
    return held if held is not None else figure if figure is not None else img


def _deep_figure(
    img: lxml.html.HtmlElement,
    node: lxml.html.HtmlElement,
    scope: lxml.html.HtmlElement,
    wrappers: _Wrappers,
) -> lxml.html.HtmlElement | None:
    """A captioned <figure> of this picture alone a few levels above the usual wrapper depth
    (site builders nest the <img> in four or five layout <div>s inside it): a <figure> is a
    picture's wrapper by its name, not a page section. Not through a link (a teaser card's),
    not a player's (its caption is the video's), not a caption of an embed inside it."""
    if next(img.iterancestors("a"), None) is not None:
        return None
    for parent in islice(node.iterancestors(), _MAX_DEEP_FIGURE_LEVELS):
        if parent is scope or wrappers.picture_count(parent) > 1:
            return None
        if parent.tag == "figure":
            cap = wrappers.caption(parent)
            if cap is None or _in_other_figure(cap, img, parent):
                return None
            playing = parent.find(".//video") is not None or parent.find(".//iframe") is not None
            return None if playing else parent
    return None


def _in_other_figure(
    cap: lxml.html.HtmlElement, img: lxml.html.HtmlElement, node: lxml.html.HtmlElement
) -> bool:
    """The caption sits in a <figure> (below node) that does not hold the picture: an embedded
    post's or another block's caption, not one waiting for a picture whose wrapper held only
    its credit."""
    for anc in cap.iterancestors():
        if anc is node:
            return False
        if anc.tag == "figure" and img not in anc.iterdescendants():
            return True
    return False


def _holds_credit_alone(node: lxml.html.HtmlElement, wrappers: _Wrappers) -> bool:
    """node's caption is only a credit, and a marked caption may wait further up."""
    if not (is_on("credit_only_wrapper") and wrappers.credit_only(node)):
        return False
    fire("credit_only_wrapper")
    return True


def _jsonld_image(value: Any) -> tuple[str | None, str | None, tuple[str, ...]]:
    """(url, caption, credits split off the caption) of a JSON-LD image value.

    The creditText/author fields are not read: on the dev corpus the credit the page shows
    beat them, and as gap fillers they gave as many spurious credits as exact ones.
    """
    if isinstance(value, list):
        return _jsonld_image(value[0]) if value else (None, None, ())
    if isinstance(value, str):
        return value, None, ()
    if isinstance(value, dict):
        split = split_credits(clean_text(value.get("caption") or value.get("description")))
        url = value.get("url") or value.get("contentUrl")
        if isinstance(url, list):
            url = url[0] if url else None
        return (url if isinstance(url, str) else None), split.caption or None, split.credits
    return None, None, ()


def _merge(images: list[Image], new: Image, listed: dict[str, Image]) -> None:
    """Add an image, or fill the gaps of the one already listed with the same picture.

    `listed` maps the image_key of each image in `images` to it (a lookup, not a scan).
    """
    key = image_key(new.url)
    old = listed.get(key)
    if old is None:
        images.append(new)
        listed[key] = new
        return
    # The printed caption that goes on past the declared one (JSON-LD's "… in Ballyronan, Co
    # Derry" beside the figure's "…, Co Derry, on Tuesday.") is the fuller: it is the one read.
    if old.caption and new.caption and _extends(new.caption, old.caption):
        old.caption = new.caption
        old.credits = new.credits or old.credits
    old.caption = old.caption or new.caption
    old.alt_text = old.alt_text or new.alt_text
    old.credits = old.credits or new.credits


def _extends(longer: str, shorter: str) -> bool:
    """The first text holds the second at its start, and more words."""
    a, b = folded(longer), folded(shorter)
    return len(a) > len(b) and a.startswith(b)


def _page_pictures(tree: lxml.html.HtmlElement) -> dict[str, lxml.html.HtmlElement]:
    """The first element showing each picture anywhere on the page (any URL-bearing attribute)."""
    found: dict[str, lxml.html.HtmlElement] = {}
    for el in tree.iter(*IMAGE_TAGS):
        for attr, value in el.attrib.items():
            if ("src" in attr or attr in LAZY_SRC_ATTRS) and not value.startswith("data:"):
                for candidate, _ in _srcset_items(value):
                    if not candidate.startswith("data:"):
                        found.setdefault(image_key(candidate), el)
        if (url := _data_photo_url(el)) is not None:
            found.setdefault(image_key(url), el)
    # (… and a box drawn as a picture, its file a CSS background: `<div role="img"
    # style="background-image:url('…')">`, a hero some themes print so)
    for el in tree.iterfind(".//*[@role='img'][@style]"):
        style = (el.get("style") or "")[:_STYLE_CHARS]
        if (m := _BACKGROUND_URL.search(style)) and not m["url"].startswith("data:"):
            found.setdefault(image_key(m["url"]), el)
    return found


# (a declaration's value read to its end, bounded: a hostile style repeating "background:"
# costs one bounded scan each, not a rescan to the end)
_BACKGROUND_URL = re.compile(
    r"background(?:-image)?\s*:[^;:]{0,200}?url\(\s*['\"]?(?P<url>[^'\")\s]{1,2000})"
)
_STYLE_CHARS = 4000


def _picture_element(el: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The element standing for a picture: the <picture> around it, else the element (the
    HTML parser may nest a <picture>'s <source>s in one another)."""
    node: lxml.html.HtmlElement | None = el
    for _ in range(_PICTURE_DEPTH):
        if node is None:
            break
        if node.tag == "picture":
            return node
        node = node.getparent()
    return el


_PICTURE_DEPTH = 4


def _lead_image(bundle: PageBundle, shown: Callable[[str], bool] | None = None) -> Image | None:
    """The lead picture the page declares (og:image, twitter:image, JSON-LD image); with
    `shown`, the first of them the page shows, when the first it declares is not (a social
    card's crop in og:image, the picture itself in JSON-LD)."""
    base = bundle.base_url
    ld_url, ld_caption, ld_credits = _jsonld_image(bundle.article.get("image"))
    declared = [bundle.meta.get("og:image"), bundle.meta.get("twitter:image"), ld_url]
    lead = next((u for u in declared if u), None)
    if not lead or not is_on("lead_image"):
        return None
    if shown is not None and is_on("shown_declared_lead"):
        joined = (join_url(base, u.strip()) for u in declared if u)
        if (other := next((u for u in joined if u is not None and shown(u)), None)) is not None:
            if image_key(other) != image_key(join_url(base, lead.strip()) or ""):
                fire("shown_declared_lead")
            lead = other
    lead_url = join_url(base, lead.strip())
    if lead_url is None:
        return None  # a malformed URL ("http://[x/a.jpg") names no picture
    fire("lead_image")
    same = bool(ld_url) and image_key(join_url(base, ld_url or "") or "") == image_key(lead_url)
    same = same and is_on("jsonld_lead_caption")
    if same and ld_caption:
        fire("jsonld_lead_caption")
    return Image(
        url=lead_url,
        role="lead",
        alt_text=clean_text(bundle.meta.get("og:image:alt")) or None,
        caption=ld_caption if same else None,
        credits=ld_credits if same else (),
    )


def _inline_images(
    base: str,
    scope: lxml.html.HtmlElement,
    headlines: frozenset[str] = frozenset(),
    read: list[lxml.html.HtmlElement] | None = None,
) -> list[Image]:
    """Pictures inside the article scope, in page order, with their captions and credits
    (the elements those were read from are added to read)."""
    images: list[Image] = []
    listed: dict[str, Image] = {}
    from_alt: list[Image] = []
    wrappers = _Wrappers(page_url=base)
    taken: dict[lxml.html.HtmlElement, str] = {}
    bare_seen: set[str] = set()
    for el in scope.iter(*IMAGE_TAGS):
        if (
            el.tag == "source"
            and el.getparent() is not None
            and el.getparent().find(".//img") is not None
        ):
            continue  # a <picture>'s <img> stands for all its sources
        raw = _img_url(el) or _picture_source_url(el)
        if not raw or _is_junk(el, raw, wrappers):
            continue
        url = join_url(base, raw)
        if url is None:
            continue  # a malformed URL ("http://[x/a.jpg") names no picture
        if is_on("noscript_copy") and _copies_taken_picture(el, url, taken):
            fire("noscript_copy")
            continue
        if url_scheme(url) not in _WEB_SCHEMES and is_on("web_url_only"):
            fire("web_url_only")  # "enlarge:1", "blob:…": a script's handle, not a picture
            continue
        figure = _figure_of(el, scope, wrappers)
        if figure is el:
            # (the same bare picture pasted again is read once: 20,000 copies in a <span> each
            # read the line after them, seconds of work for one picture)
            if url in bare_seen:
                continue
            bare_seen.add(url)
        if (
            _is_teaser(el, url, wrappers.page_url)
            and wrappers.caption(figure) is None
            and not _credited_link(el, wrappers)
            and is_on("teaser_image")
        ):
            # A linked picture without a caption of its own is a teaser of another page;
            # a captioned one (a product shot, a link to the full-size view) or one whose link
            # holds its labelled credit line stays.
            fire("teaser_image")
            continue
        if is_on("video_poster") and _is_video_poster(el, figure, wrappers):
            fire("video_poster")
            continue
        uncaptioned = wrappers.caption(figure) is None
        if uncaptioned and is_on("teaser_card") and _in_teaser_card(el, scope, wrappers):
            fire("teaser_card")
            continue
        if is_on("teaser_list") and _in_teaser_list(el, scope, wrappers):
            fire("teaser_list")
            continue
        if (
            figure is el
            and not _is_responsive(el)
            and _names_other_file(raw)
            and is_on("bare_img_photo_only")
        ):
            # A bare, fixed-size <img> outside any figure is an article photo when it names a
            # photo file; graphics (png, svg), players and tracking endpoints are not.
            fire("bare_img_photo_only")
            continue
        caption, credits = (
            caption_and_credits(figure, el, read, wrappers.caption_parts(figure))
            if figure is not el
            else (None, attribute_credits(el))
        )
        if not caption:  # a lightbox's data-caption, when no element shows a caption
            attr_caption, attr_credits = attribute_caption_near(el, figure)
            caption, credits = attr_caption, credits or attr_credits
        outside = None if caption and credits else _caption_outside(el, figure, scope, wrappers)
        if outside is not None:
            # (A gallery's caption, or one beside the wrapper: what the picture lacks.)
            out_caption, out_credits = wrappers.detached_caption(outside)
            out_credits = out_credits or credit_beside(outside)
            caption, credits = caption or out_caption, credits or out_credits
            if read is not None and (out_caption or out_credits):
                read.append(outside)
        alt = clean_text(el.get("alt")) or None
        # Alt text stands in for a missing caption only when it reads like one (not "map");
        # a labelled credit in it ("… Foto: X") is split off as in any caption.
        alt_reads = alt is not None and len(alt.split()) >= _MIN_ALT_CAPTION_WORDS
        # An alt text that repeats the headline was written for search engines, not the picture.
        alt_reads = alt_reads and _folded(alt or "") not in headlines
        image = Image(url=url, alt_text=alt, caption=caption, credits=credits)
        if alt and alt_reads and not caption and is_on("alt_caption"):
            fire("alt_caption")
            split = split_labelled_credits(alt)
            image.caption, image.credits = split.caption or None, credits or split.credits
            from_alt.append(image)
        _merge(images, image, listed)
        taken[el] = url
    # One alt text on many pictures (a post's title and hashtags) describes none of them.
    pictures = Counter(caption for caption, _ in {(i.caption, image_key(i.url)) for i in from_alt})
    repeated = {caption for caption, n in pictures.items() if n >= _MIN_REPEATED_ALT}
    for image in images:
        if image.caption and image.caption in repeated and image.caption in (image.alt_text or ""):
            image.caption = None
    return images


_MAX_GALLERY_DEPTH = 6  # img > a > figure > li > ul > figure.gallery, and a layout <div>


def _caption_outside(
    el: lxml.html.HtmlElement,
    figure: lxml.html.HtmlElement,
    scope: lxml.html.HtmlElement,
    wrappers: _Wrappers,
) -> lxml.html.HtmlElement | None:
    """A caption outside the picture's own wrapper that still speaks for it: the own
    <figcaption> of the gallery <figure> it sits in (not a picture's), or, for a picture
    without any caption, a caption block right after the block holding it alone."""
    top = el
    for depth, anc in enumerate(el.iterancestors()):
        if anc is scope or depth >= _MAX_GALLERY_DEPTH:
            break
        if wrappers.picture_count(anc) > 1:
            if anc.tag != "figure":
                if (line := _gallery_credit_line(anc, wrappers)) is not None:
                    return line
                continue
            cap = next((c for c in anc if c.tag == "figcaption"), None)
            if cap is None or not is_caption_block(cap) or not is_on("gallery_caption"):
                return None
            fire("gallery_caption")
            return cap
        top = anc
    if wrappers.caption(figure) is not None or not is_on("caption_beside"):
        return None
    after, before = _element_sibling(top, 1), _element_sibling(top, -1)
    if after is None or not (is_caption_block(after) or _credited_line_after(top, after)):
        return None
    if before is not None and wrappers.picture_count(before) > 0:
        return None  # a row of pictures before one caption: whose it is, the page does not say
    fire("caption_beside")
    return after


# A caption line under a picture's paragraph is short; a paragraph's length is the story's.
_MAX_LINE_AFTER_CHARS = 250
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A gallery's block holds its pictures, a title and its credit line: little text of its own.
_MAX_GALLERY_TEXT = 200


def _gallery_credit_line(
    block: lxml.html.HtmlElement, wrappers: _Wrappers
) -> lxml.html.HtmlElement | None:
    """A block of pictures (a gallery: little text of its own) whose own line is a labelled
    credit and nothing else ("<div class=gallery>…<p>Фото: Танјуг/Зоран Жестић</p></div>"):
    the credit of each of its pictures."""
    if not is_on("gallery_caption") or wrappers.text_length(block) > _MAX_GALLERY_TEXT:
        return None
    if block not in wrappers.gallery_lines:
        wrappers.gallery_lines[block] = _gallery_line(block)
    line = wrappers.gallery_lines[block]
    if line is not None:
        fire("gallery_caption")
    return line


def _gallery_line(block: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """_gallery_credit_line's reading of one block."""
    # Its own lines: one credit line for all (a credit line under each picture is that
    # picture's, which the page's own wrappers say).
    own = [child for child in block if _credit_only_line(child)]
    if len(own) > 1:
        return None
    # … or the lines right before and after it ("<p>Sawirrada: X</p>" over a tiled gallery,
    # "<p class=gallery-author>…</p>" under a slider); a line before it that follows a
    # picture is that picture's credit.
    before, after = _element_sibling(block, -1), _element_sibling(block, 1)
    if before is not None and _after_picture(before):
        before = None
    for child in [*own, before, after]:
        if child is not None and _credit_only_line(child):
            return child
    return None


def _credit_only_line(child: lxml.html.HtmlElement) -> bool:
    """A line of text (no picture, no heading: a gallery's title, "Photos: Renourishing
    Treasure Island") that is a labelled credit and nothing else."""
    if not isinstance(child.tag, str) or next(child.iter(*IMAGE_TAGS), None) is not None:
        return False
    if child.tag in _HEADING_TAGS:
        return False
    text = clean_text(child.text_content())
    split = split_labelled_credits(text) if 0 < len(text) <= _MAX_LINE_AFTER_CHARS else None
    return split is not None and bool(split.credits) and not split.caption


def _after_picture(line: lxml.html.HtmlElement) -> bool:
    """The element right before the line holds a picture."""
    prev = _element_sibling(line, -1)
    return prev is not None and next(prev.iter(*IMAGE_TAGS, "picture"), None) is not None


def _credited_line_after(box: lxml.html.HtmlElement, after: lxml.html.HtmlElement) -> bool:
    """A paragraph holding the picture alone, then a short paragraph that ends in a labelled
    credit ("<p><img></p><p><span>Foto: ATA</span></p>", as editors' WYSIWYG boxes caption a
    picture): the label is the evidence that the line is the picture's, not the story's."""
    if box.tag not in ("p", "div") or after.tag not in ("p", "div") or box.text_content().strip():
        return False
    if next(after.iter(*IMAGE_TAGS, "picture"), None) is not None:
        return False
    text = clean_text(after.text_content())
    if not 0 < len(text) <= _MAX_LINE_AFTER_CHARS:
        return False
    # (… a picture's label, not the agency's copyright mark closing the story's last
    # paragraph: "… med seks nye stasjoner. (©NTB)")
    # (… nor the page's rights notice: "<저작권자(c) 아주경제, 무단 전재 및 재배포 금지>")
    if (rule := match_line_rule(text)) is not None and rule.kind == "copyright":
        return False
    if (split_labelled_credits(text).credits and not _agency_mark_close(text)) or _set_apart(after):
        return True
    # Both centred, the line closed by a credit of any form ("<p style='text-align:center'>
    # <img></p><p style='text-align:center'>…游客观赏日出。新华社记者 杨世尧 摄</p>", as Chinese
    # portals set a picture and its caption).
    return _centred(box) and _centred(after) and bool(split_credits(text).credits)


# The agency's mark after the sentence's end ("… stasjoner. (©NTB)", "… stasjoner. © NTB"):
# a labelled caption's copyright sign ("The new quay at dawn. Photo: © Jane Doe") is none.
_COPY_CLOSE = re.compile(
    r"[.!?。]\s*(?:\(\s*(?:[©ⓒ]|\([cC]\))\s*[^()]{1,40}\)"
    r"|(?:[©ⓒ]|\([cC]\))\s*(?P<bare>[^()\s][^()]{0,30}))\s*$"
)


def _agency_mark_close(text: str) -> bool:
    """The line ends with the agency's copyright mark after its last sentence: in brackets,
    or bare with a known agency's name ("… © NTB"; "… on Tuesday. © Jane Doe" is a caption
    and its photographer)."""
    m = _COPY_CLOSE.search(text)
    if m is None:
        return False
    return m["bare"] is None or canonical_agency(m["bare"].strip())[1]


def _centred(el: lxml.html.HtmlElement) -> bool:
    """The element's own style (or its old align attribute) centres it."""
    return (
        bool(_CENTRED.search(el.get("style") or "")) or (el.get("align") or "").lower() == "center"
    )


# "text-align: center" in a paragraph's style: set under the picture as its caption.
_CENTRED = re.compile(r"text-align\s*:\s*center", re.I)
_EMPHASIS_TAGS = frozenset({"em", "i", "small"})


def _set_apart(line: lxml.html.HtmlElement) -> bool:
    """The paragraph is set apart from the story's as editors set a caption: centred, and all
    of its text in italics or small print ("<p style='text-align:center'><em>…</em></p>")."""
    kids = [c for c in line if isinstance(c.tag, str)]
    wrapped = (
        not (line.text or "").strip()
        and len(kids) == 1
        and kids[0].tag in _EMPHASIS_TAGS
        and not (kids[0].tail or "").strip()
    )
    centred = wrapped and bool(_CENTRED.search(line.get("style") or ""))
    return centred and not _STORY_NOTE.search(line.text_content())


# An editor's note on the story set so ("This story has been updated …", "Update: …",
# "Correction: …"): no caption. The note's form, opening the line; the words alone are a
# caption's too ("An artist's impression of the updated stadium design").
_STORY_NOTE = re.compile(
    r"^\W*(?:(?:this|the)\s+(?:story|article|post|report)\b.{0,60}?\b(?:(?:has|have|had)\s+been|was|were)"
    r"\s+(?:updated|corrected|amended)|(?:updated|corrected)\s+(?:at|on)\b"
    r"|(?:update[ds]?|correction|editor['’]?s note|aktualisierung|korrektur|actualización"
    r"|corrección|mise à jour|correctif|aggiornamento|correzione|atualização|correção|update)"
    r"\s*[:：]"
    r"|(?:dieser|der)\s+(?:artikel|beitrag|text)\b.{0,60}?\b(?:wurde|ist)\b.{0,60}?(?:aktualisiert|korrigiert)"
    r"|(?:cet|l['’])\s*article\b.{0,60}?\ba été\s+(?:mis à jour|corrigé))",
    re.I,
)


def _element_sibling(el: lxml.html.HtmlElement, step: int) -> lxml.html.HtmlElement | None:
    """The element right after (step 1) or before (step -1) el, past comments."""
    sib = el.getnext() if step > 0 else el.getprevious()
    while sib is not None and not isinstance(sib.tag, str):
        sib = sib.getnext() if step > 0 else sib.getprevious()
    return sib


def _credited_link(el: lxml.html.HtmlElement, wrappers: _Wrappers) -> bool:
    """The picture's link holds its labelled credit line (link_credit_line) and leads off the
    site (a shop): the picture is the story's. A same-site link is a teaser's, credited or not."""
    link = next(el.iterancestors("a"), None)
    return (
        link is not None
        and not _elsewhere(link.get("href"), wrappers.page_url)
        and wrappers.has_loose_caption(link)
    )


def _in_noscript(img: lxml.html.HtmlElement, within: lxml.html.HtmlElement) -> bool:
    """Whether a picture sits in a <noscript> inside `within` (looked for up to it only)."""
    for anc in img.iterancestors():
        if anc.tag == "noscript":
            return True
        if anc is within:
            return False
    return False


def _copies_taken_picture(
    el: lxml.html.HtmlElement, url: str, taken: dict[lxml.html.HtmlElement, str]
) -> bool:
    """Whether el is the <noscript> copy of a picture already taken: a lazy loader's
    placeholder comes first (no URL of its own: the one taken from a data attribute or its
    <picture>'s sources, often another size) and the copy for readers without scripts right
    after it, alone in its wrapper; or the copy names the very picture taken."""
    noscript = el.getparent()
    if noscript is None or noscript.tag != "noscript":
        return False
    before = noscript.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()  # comments and processing instructions
    near = [before] if before is not None else []
    parent = noscript.getparent()
    if parent is not None and parent.tag == "picture":
        near.append(parent)
    for holder in near:
        pictures = list(islice(holder.iter("img", "amp-img"), 2))
        if len(pictures) != 1 or pictures[0] not in taken:
            continue  # nothing taken there, or a gallery: its last picture is no placeholder
        placeholder = pictures[0]
        src = (placeholder.get("src") or "").strip()
        if image_key(taken[placeholder]) == image_key(url) or not src or src.startswith("data:"):
            return True
    return False


def _names_other_file(url: str) -> bool:
    """The URL names no photo: a file of another type (.png, .php, .mp4) or, with no extension
    (an image CDN's path), a name too short to be a picture's (a tracker's "/p")."""
    name = url_path(url).rstrip("/").rsplit("/", 1)[-1]
    if _FILE_EXTENSION.search(name):
        return not _PHOTO_FILE.search(name)
    return len(name) < _MIN_PICTURE_NAME


def _folded(text: str) -> str:
    """Letters and digits, case-folded: how a headline is recognised in an alt text."""
    return _NOT_WORD.sub("", text.casefold())


def _headlines(bundle: PageBundle) -> frozenset[str]:
    """The page's declared titles, folded (og:title, twitter:title, JSON-LD headline, <title>)."""
    title = bundle.tree.find(".//title")
    texts = (
        bundle.meta.get("og:title"),
        bundle.meta.get("twitter:title"),
        bundle.article.get("headline"),
        title.text_content() if title is not None else None,
    )
    return frozenset(f for t in texts if isinstance(t, str) and (f := _folded(t)))


def extract_images(bundle: PageBundle, scope: lxml.html.HtmlElement) -> list[Image]:
    """Lead and inline pictures, with captions and credits; no caption keeps its credit."""
    images = _collect_images(bundle, scope)
    names = _own_names(bundle)
    for image in images:
        _own_name_credit(image, names)
        # Whatever gave the credit (an element, alt text, a merged copy), the caption drops it.
        image.caption = scrub_credits(image.caption or "", image.credits) or None
    return images


# The page's own name as a caption's last part: in brackets, or after a dash, a pipe or a slash.
_OWN_NAME_TAIL = re.compile(
    r"(?:\s*[(（]([^()（）]{2,40})[)）]|\s+[-–—|/]\s*([^-–—|/]{2,40})|[—–]([^-–—|/\s][^-–—|/]{1,39}))\s*$"
)
# The parts a site name is written in ("দৈনিক জনকণ্ঠ || Daily Janakantha").
_SITE_NAME_PARTS = re.compile(r"\s*(?:\|\|?|[-–—:·•])\s+")


def _own_names(bundle: PageBundle) -> list[list[str]]:
    """The page's names (og:site_name, JSON-LD publisher's), each as its folded words."""
    publisher = bundle.article.get("publisher")
    raw = [bundle.meta.get("og:site_name", "")]
    if isinstance(publisher, dict):
        raw.append(clean_text(publisher.get("name")))
    names = []
    for name in raw:
        for part in _SITE_NAME_PARTS.split(name or ""):
            if words := part.casefold().split():
                names.append(words)
    return names


def _own_name_credit(image: Image, names: list[list[str]]) -> None:
    """A caption closed by the page's own name (all its words, or all but the first: "জনকণ্ঠ"
    of "দৈনিক জনকণ্ঠ") has its credit there, when it has none."""
    if image.credits or not image.caption or not names or not is_on("own_name_credit"):
        return
    m = _OWN_NAME_TAIL.search(image.caption)
    if m is None or not (rest := image.caption[: m.start()].strip()):
        return
    tail = next(g for g in m.groups() if g).strip()
    words = tail.casefold().split()
    # All its words, or all but the first (a generic word opening the name: "দৈনিক" of
    # "দৈনিক জনকণ্ঠ"); all but the last leaves a place as often as a name ("USA" of "USA
    # TODAY", "Jakarta" of "Jakarta Post", "New Zealand" of "New Zealand Herald"), and a
    # caption may close with a place: there two words with an acronym ("ETV Bharat" of "ETV
    # Bharat News").
    written = tail.split()
    acronym = len(written) > 1 and any(len(w) > 1 and w.isupper() for w in written)
    if any(
        words == n
        or (len(n) > 1 and words == n[1:])
        or (acronym and len(n) > 2 and words == n[:-1])
        for n in names
    ):
        fire("own_name_credit")
        image.caption, image.credits = rest, (tail,)


def script_images(bundle: PageBundle, images: list[Image], article_html: str) -> list[Image]:
    """The page's images and those of its script-rendered article (the HTML string the body
    was read from), each picture once; a declared lead shown there is the lead again."""
    if not article_html or not is_on("script_images"):
        return images
    try:
        fragment = lxml.html.fromstring(f"<div>{xml_safe(article_html)}</div>")
    except (ValueError, lxml.etree.ParserError):
        return images
    found = _inline_images(bundle.base_url, fragment, _headlines(bundle))
    if not found:
        return images
    fire("script_images")
    out: list[Image] = []
    listed: dict[str, Image] = {}
    lead = _lead_image(bundle)
    keys = {image_key(i.url) for i in found}
    if lead is not None and image_key(lead.url) in keys:
        _merge(out, lead, listed)  # dropped as never shown: the page shows it from its script
    for image in [*images, *found]:
        _merge(out, image, listed)
    for image in out:
        image.caption = scrub_credits(image.caption or "", image.credits) or None
    return out


def _collect_images(bundle: PageBundle, scope: lxml.html.HtmlElement) -> list[Image]:
    """Lead image (og:image, JSON-LD image) first, then the pictures inside the article scope."""
    inline = _inline_images(bundle.base_url, scope, _headlines(bundle), bundle.captions_read)
    pictures = _page_pictures(bundle.tree)
    inline_keys = {image_key(i.url) for i in inline}
    # (a declared size of an inline picture, in its srcset, is that picture: not another lead)
    # (a <picture>'s <source> and its <img> are one picture)
    inline_elements = {_picture_element(pictures[k]) for k in inline_keys if k in pictures}

    def on_page(url: str) -> bool:
        key = image_key(url)
        return key in inline_keys or (
            key in pictures and _picture_element(pictures[key]) not in inline_elements
        )

    lead = _lead_image(bundle, on_page)
    if lead is None:
        return inline
    key = image_key(lead.url)
    shown = any(i.url == lead.url or image_key(i.url) == key for i in inline)
    if not shown:
        # A declared lead the page never shows is a social card (a branded crop, a logo, a
        # montage), not an article picture: on the dev corpus 37 of 42 such og:images were not.
        el = pictures.get(key)
        if el is None and is_on("social_card_drop"):
            fire("social_card_drop")
            return inline
        # Shown above the article scope (a page-wide header): its caption is where it is.
        wrappers = _Wrappers()
        figure = _figure_of(el, bundle.tree, wrappers) if el is not None else None
        beside = None
        if el is not None and figure is el:
            beside = _caption_outside(el, el, bundle.tree, wrappers)
        if figure is not None and figure is not el and is_on("lead_caption_above_scope"):
            fire("lead_caption_above_scope")
            caption, credits = caption_and_credits(figure, el, bundle.captions_read)
            lead.caption = lead.caption or caption
            lead.credits = lead.credits or credits
        elif beside is not None and is_on("lead_caption_above_scope"):
            fire("lead_caption_above_scope")  # (its caption beside it, outside its box)
            caption, credits = wrappers.detached_caption(beside)
            credits = credits or credit_beside(beside)
            lead.caption = lead.caption or caption
            lead.credits = lead.credits or credits
            bundle.captions_read.append(beside)
    images = [lead]
    listed = {image_key(lead.url): lead}
    for image in inline:
        _merge(images, image, listed)
    return images
