"""An HTML page parsed once into a bundle (tree, meta tags, JSON-LD) that every extractor reads."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import lxml.html
from lxml import etree

from wirecopy.tasks.rule_switches import fire, is_on, register
from wirecopy.tasks.urls import join_url, page_address

register("meta", ("jsonld_references",))  # {"@id": …} in the article object names another node

# JSON-LD types that describe the article itself (schema.org Article and its subtypes, and
# ClaimReview: a fact check's own item, with its date and author, where fact-checkers, the
# agencies' among them, publish no Article object).
ARTICLE_TYPES = re.compile(
    r"Article|BlogPosting|Report|LiveBlogPosting|NewsArticle|ClaimReview", re.I
)
_NOT_WORD = re.compile(r"\W+")
# The ASCII characters `\W` matches, deleted by str.translate; the table pays from this length.
_ASCII_NOT_WORD = dict.fromkeys(c for c in range(128) if not (chr(c).isalnum() or c == 95))
_TABLE_MIN_CHARS = 32
# Characters lxml keeps when parsing but refuses to set back (element.text = …, drop_tree):
# C0 controls but tab and line ends, U+FFFE, U+FFFF. They carry no text, so they go first.
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """text without the characters an lxml tree cannot hold."""
    return _XML_UNSAFE.sub("", text)


# The same characters as UTF-8 bytes: C0 controls but tab, newline and CR; U+FFFE and U+FFFF.
_C0_BYTES = bytes(range(0x00, 0x09)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20))
_NONCHARACTERS = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")
# And written as character references ("&#1;", "&#x1F"), which the parser turns into them.
_UNSAFE_REFS = re.compile(
    rb"&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01]|6553[45])(?!\d)"
    rb"|[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|[fF]{3}[eEfF])(?![0-9a-fA-F]));?"
)
# What each of those starts with: a reference, and the lead bytes of U+FFC0–U+FFFF.
_REF_START = re.compile(rb"&#")
_NONCHARACTER_LEAD = re.compile(rb"\xef\xbf")


def xml_safe_bytes(data: bytes) -> bytes:
    """UTF-8 bytes without what an lxml tree cannot hold (a regex over a 40 KB page cost ~0.1
    ms, 4 % of its extraction; this costs ~0.03 ms)."""
    data = data.translate(None, _C0_BYTES)
    # Each guard looks for a byte first (memchr), then its pair: `in` with two bytes reads
    # a 40 KB page in ~33 µs, the compiled search in ~11.
    if b"&" in data and _REF_START.search(data):
        data = _UNSAFE_REFS.sub(b"", data)
    if b"\xef" in data and _NONCHARACTER_LEAD.search(data):  # rare: then look closer
        for noncharacter in _NONCHARACTERS:
            data = data.replace(noncharacter, b"")
    return data


@dataclass(slots=True)
class PageBundle:
    """One page parsed once: tree, meta tags and JSON-LD objects, read by every extractor."""

    tree: lxml.html.HtmlElement
    url: str | None
    meta: dict[str, str] = field(default_factory=dict)
    jsonld: list[dict[str, Any]] = field(default_factory=list)
    article: dict[str, Any] = field(default_factory=dict)
    # The elements the image extractor read a picture's caption or credit from: the body
    # leaves them out, whatever their class (tasks/html/body.py strip_read_captions).
    captions_read: list[lxml.html.HtmlElement] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        """The URL relative links resolve against: <base href>, the page URL, or the canonical."""
        base = self.tree.find(".//base[@href]")
        page = self.url or self.meta.get("og:url") or ""
        if base is not None:
            return join_url(page, base.get("href", "")) or page
        return page


class _PageElement(lxml.html.HtmlElement):
    """lxml.html's element, its text read by libxml2's text serializer: the same libxml2 call
    as text_content()'s XPath string() (xmlNodeGetContent), without an XPath evaluation each
    time, in a third of the time (pages ask for a few hundred element texts)."""

    def text_content(self) -> str:
        """The text of the element and its descendants, without its tail."""
        if not len(self):  # most elements asked hold text alone: it is their .text, as is
            return self.text or ""
        return etree.tostring(self, method="text", encoding=str, with_tail=False)


# Every element an HtmlElement, chosen in C: lxml.html's own lookup (form and input elements
# of their own classes) runs Python for each element proxy made, a tenth of an extraction.
_ELEMENT_CLASSES = etree.ElementDefaultClassLookup(
    element=_PageElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


def _parser() -> etree.HTMLParser:
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(_ELEMENT_CLASSES)
    return parser


def _parse_tree(html: str) -> lxml.html.HtmlElement:
    """Parse to an lxml tree; bytes avoid lxml's refusal of str with an XML encoding declaration."""
    parser = _parser()
    try:
        data = xml_safe_bytes(html.encode("utf-8", errors="replace"))
        root = lxml.html.fromstring(data, parser=parser)
    except (etree.ParserError, ValueError):
        root = lxml.html.fromstring("<html><body></body></html>")
    if not isinstance(root, lxml.html.HtmlElement) or root.tag != "html":
        # A fragment: lxml returns its first element; wrap so every page has <html><body>.
        wrapper = lxml.html.fromstring("<html><body></body></html>")
        body = wrapper.find("body")
        if body is not None:
            body.append(root)
        root = wrapper
    return root


def _json_objects(value: Any) -> list[dict[str, Any]]:
    """Flatten JSON-LD: lists and @graph into a flat list of objects, in document order.

    Walked with a stack, not recursion: a hostile page nests @graph hundreds deep.
    """
    found: list[dict[str, Any]] = []
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            found.append(item)
            if graph := item.get("@graph"):
                stack.append(graph)
    return found


def _load_json(text: str) -> Any:
    """json.loads that tolerates raw newlines/tabs inside strings and CDATA wrappers."""
    text = text.strip().removeprefix("<![CDATA[").removesuffix("]]>").strip().rstrip(";")
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):  # nested past the parser's depth: no JSON-LD
        return None


def _types(obj: dict[str, Any]) -> str:
    kind = obj.get("@type", "")
    return " ".join(kind) if isinstance(kind, list) else str(kind)


def parse_page(html: str, url: str | None = None) -> PageBundle:
    """Parse HTML once and gather meta tags and JSON-LD objects."""
    tree = _parse_tree(html)
    bundle = PageBundle(tree=tree, url=url)
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if key and content and key not in bundle.meta:
            bundle.meta[key] = content
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json" and script.text:
            bundle.jsonld.extend(_json_objects(_load_json(script.text)))
    articles = [o for o in bundle.jsonld if ARTICLE_TYPES.search(_types(o))]
    # The article object naming the page's address or <head> title wins over the others a page
    # serving several stories declares (the next story's, with its body); then one with a
    # headline and a body over teasers listed on the same page.
    own = _own_names(bundle) if len(articles) > 1 else ((), ())
    articles.sort(
        key=lambda o: (not _names_page(o, *own), not o.get("headline"), not o.get("articleBody"))
    )
    bundle.article = _resolved(articles[0], bundle.jsonld) if articles else {}
    return bundle


# The article object's fields that may only point at another node of the page's graph.
_REFERENCE_FIELDS = ("image", "author", "publisher")


def _resolved(article: dict[str, Any], nodes: list[dict[str, Any]]) -> dict[str, Any]:
    """The article object with its picture, authors and publisher read from the nodes they
    point at: WordPress SEO plugins write `"image": {"@id": "…#primaryimage"}` in the article
    and the ImageObject, with its URL and caption, elsewhere in the @graph."""
    if not is_on("jsonld_references"):
        return article
    named = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str) and len(n) > 2}

    def node(value: Any) -> Any:
        # Only a string @id names a node ({"@id": []} is hostile, not a reference).
        ref = (
            value.get("@id") if isinstance(value, dict) and set(value) <= {"@id", "@type"} else None
        )
        return named.get(ref, value) if isinstance(ref, str) else value

    out = dict(article)
    for key in _REFERENCE_FIELDS:
        value = out.get(key)
        # A list of references is read one level deep (a list of lists is left as it is).
        found = [node(v) for v in value] if isinstance(value, list) else node(value)
        if found != value:
            out[key] = found
            fire("jsonld_references")
    return out


def _own_names(bundle: PageBundle) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The page's own addresses (its URL, og:url, canonical link) and <head> titles, folded."""
    canonical = next(
        (el.get("href") for el in bundle.tree.iter("link") if el.get("rel") == "canonical"), None
    )
    urls = (bundle.url, bundle.meta.get("og:url"), canonical)
    title_el = bundle.tree.find(".//head/title")
    titles = (
        bundle.meta.get("og:title"),
        bundle.meta.get("twitter:title"),
        title_el.text_content() if title_el is not None else None,
    )
    return (
        tuple(a for a in map(page_address, urls) if a),
        tuple(t for t in (folded(t) for t in titles if isinstance(t, str)) if t),
    )


def _names_page(obj: dict[str, Any], addresses: tuple[str, ...], titles: tuple[str, ...]) -> bool:
    """The JSON-LD object names the page: its url or main entity is the page's address, or its
    headline is a title of the page's <head>."""
    entity = obj.get("mainEntityOfPage")
    entity = entity.get("@id") if isinstance(entity, dict) else entity
    if any(page_address(u) in addresses for u in (obj.get("url"), entity, obj.get("@id"))):
        return True
    headline = obj.get("headline")
    return isinstance(headline, str) and bool(headline) and folded(headline) in titles


def text_longer_than(el: etree._Element, limit: int) -> bool:
    """The element's text runs past `limit` characters (read no further than that)."""
    seen = 0
    for piece in el.itertext():
        seen += len(piece)
        if seen > limit:
            return True
    return False


def clean_text(value: object) -> str:
    """Collapse whitespace in a text value (non-strings give '').

    Entities are decoded too: JSON-LD and meta values are often escaped twice ("&quot;").
    """
    if not isinstance(value, str):
        return ""
    if "&" in value:
        value = html.unescape(value)
    # str.split() splits at exactly the characters `\s` matches: the same text, 3x faster.
    return " ".join(value.split())


def folded(text: str) -> str:
    """A text's letters and digits, NFKC-normalised and case-folded: how a text is found again
    whatever its spaces, punctuation and inline markup."""
    text = unicodedata.normalize("NFKC", text).casefold()
    # An ASCII text drops its non-word characters by a table, 5x faster than the regex on a
    # paragraph (slower on a few words: those keep the regex).
    if len(text) > _TABLE_MIN_CHARS and text.isascii():
        return text.translate(_ASCII_NOT_WORD)
    # Other text of some length loses its white space (all of it \W) first, in C: the regex
    # then has a match per punctuation mark, not per word (a third faster on a paragraph).
    if len(text) > _TABLE_MIN_CHARS:
        text = "".join(text.split())
    return _NOT_WORD.sub("", text)
