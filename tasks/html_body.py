"""Article body from a parsed page: drop boilerplate by named rules, then pick the body text."""

from __future__ import annotations

import html
import re
from functools import lru_cache

import lxml.html
import trafilatura

from schemas.records import RemovedFragment
from tasks.html_meta import PageBundle, clean_text
from tasks.html_rules import (
    AD_LABELS,
    BOILERPLATE_RULES,
    CAPTION_TAGS,
    MAX_BOILERPLATE_LINK_DENSITY,
    MAX_BOILERPLATE_PROSE,
    MAX_FRAGMENT_CHARS,
    MAX_FRAGMENTS,
    MAX_REMOVED_TEXT_SHARE,
    MIN_PROSE_PARAGRAPH,
    RULE_ROLES,
    RULE_TAGS,
    SILENT_TAGS,
    BoilerplateRule,
)

# Containers that hold the article: never removed by a class rule.
_PROTECTED_TAGS = frozenset({"html", "body", "article", "main"})
_TOKEN_SPLIT = re.compile(r"[\s]+")
# Text blocks trafilatura emits one per line.
_LINES = re.compile(r"\n+")
# JSON-LD articleBody replaces the extracted text when it is this close in length (it is then the
# same text without page furniture), or when the page shows less than half of it (paywalled or
# script-rendered bodies). Chosen on the dev corpus among 0.8-1.3, 0.9-1.1 and 1.5x/2x.
_JSONLD_MIN_RATIO = 0.9
_JSONLD_MAX_RATIO = 1.1
_JSONLD_RESCUE_RATIO = 2.0
# trafilatura writes list items as "- item".
_LIST_MARKER = "- "
# A block is found again elsewhere by its first characters: long enough to be unique on a page,
# short enough to survive small differences later in the block (entities, inline markup).
_ANCHOR_CHARS = 40
_MIN_ANCHOR_CHARS = 20
# Elements that end a paragraph inside a JSON-LD articleBody holding HTML.
_BLOCK_TAGS = ("p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote")


def _paragraph_chars(el: lxml.html.HtmlElement) -> int:
    return sum(len(p.text_content()) for p in el.iter("p"))


def _in_article(el: lxml.html.HtmlElement) -> bool:
    return any(a.tag == "article" for a in el.iterancestors())


def _record(removed: list[RemovedFragment], kind: str, rule: str, text: str) -> None:
    """Keep a removed fragment for review: non-empty, cut to a bounded size, bounded count."""
    text = clean_text(text)
    if text and len(removed) < MAX_FRAGMENTS:
        removed.append(RemovedFragment(kind=kind, rule=rule, text=text[:MAX_FRAGMENT_CHARS]))


def _is_prose(el: lxml.html.HtmlElement) -> bool:
    """Long text with few links: an article section, whatever its class says."""
    if el.tag == "p":
        return len(el.text_content()) >= MIN_PROSE_PARAGRAPH
    chars = _paragraph_chars(el)
    if chars < MAX_BOILERPLATE_PROSE:
        return False
    link_chars = sum(len(a.text_content()) for a in el.iter("a"))
    return link_chars < MAX_BOILERPLATE_LINK_DENSITY * chars


@lru_cache(maxsize=65536)
def _token_rule(token: str) -> int:
    """Index of the first rule whose pattern matches a class/id token (len(rules) if none).

    Cached: pages repeat the same few hundred class names thousands of times.
    """
    for i, rule in enumerate(BOILERPLATE_RULES):
        if rule.token is not None and rule.token.fullmatch(token):
            return i
    return len(BOILERPLATE_RULES)


def _rule_for(el: lxml.html.HtmlElement) -> BoilerplateRule | None:
    """The first boilerplate rule (in rule order) matching an element's tag, role or tokens."""
    best = len(BOILERPLATE_RULES)
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    for token in names.split():
        best = min(best, _token_rule(token))
    role = (el.get("role") or "").lower()
    if el.tag in RULE_TAGS or role in RULE_ROLES:
        for i, rule in enumerate(BOILERPLATE_RULES[:best]):
            if el.tag in rule.tags or role in rule.roles:
                best = i
                break
    return BOILERPLATE_RULES[best] if best < len(BOILERPLATE_RULES) else None


def prune_boilerplate(tree: lxml.html.HtmlElement) -> list[RemovedFragment]:
    """Remove site chrome, ads, widgets and teaser lists from the tree in place; say what went."""
    removed: list[RemovedFragment] = []
    doomed: list[tuple[lxml.html.HtmlElement, str, str]] = []
    silent: list[lxml.html.HtmlElement] = []
    total = 0
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in SILENT_TAGS or el.get("hidden") is not None:
            silent.append(el)
            continue
        if el.tag == "p":
            total += len(el.text_content())
        if el.tag in _PROTECTED_TAGS:
            continue
        rule = _rule_for(el)
        if rule is not None:
            doomed.append((el, rule.kind, rule.name))
        elif len(el) == 0 and el.text and el.text.strip().casefold().rstrip(":") in AD_LABELS:
            doomed.append((el, "ad", "ad_label"))
    for el in silent:
        if el.getparent() is not None:
            el.drop_tree()
    gone: set[lxml.html.HtmlElement] = set()
    for el, kind, name in doomed:
        # Nested matches: the outermost removal already took the inner element.
        if el.getparent() is None or any(a in gone for a in el.iterancestors()):
            continue
        by_tag = el.tag in RULE_TAGS or (el.get("role") or "").lower() in RULE_ROLES
        # An article's own <header> holds its headline and lead picture, not site chrome.
        if kind == "header" and _in_article(el):
            continue
        # A byline inside a caption ("image-byline") is the photo credit: the images read it.
        if kind == "byline" and any(a.tag in CAPTION_TAGS for a in el.iterancestors()):
            continue
        # A class match on a wrapper of much article text, or on prose, is not boilerplate.
        if not by_tag and (_is_prose(el) or _paragraph_chars(el) > MAX_REMOVED_TEXT_SHARE * total):
            continue
        _record(removed, kind, name, " ".join(el.itertext()))
        gone.add(el)
        el.drop_tree()
    return removed


def strip_captions(tree: lxml.html.HtmlElement) -> list[RemovedFragment]:
    """Remove figures and captions from the body: their text belongs to the images."""
    removed: list[RemovedFragment] = []
    for el in list(tree.iter(*CAPTION_TAGS)):
        if el.getparent() is None or any(a.tag in CAPTION_TAGS for a in el.iterancestors()):
            continue
        _record(removed, "caption", f"{el.tag}_tag", " ".join(el.itertext()))
        el.drop_tree()
    return removed


def find_scope(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The element holding the article: the <article>/main/articleBody with most paragraph text."""
    candidates = tree.xpath('//article|//main|//*[@role="main"]|//*[@itemprop="articleBody"]')
    best, best_chars = None, 0
    for el in candidates:
        chars = _paragraph_chars(el)
        # An <article> wrapping the articleBody wins ties: it also holds the lead picture.
        if chars > best_chars * 1.05 or (el.tag == "article" and chars >= best_chars * 0.95):
            best, best_chars = el, chars
    body = tree.find("body")
    return best if best is not None else (body if body is not None else tree)


def _trafilatura_blocks(tree: lxml.html.HtmlElement, url: str | None) -> list[str]:
    """trafilatura's main-content blocks from the pruned tree (it copies the tree first)."""
    text = trafilatura.extract(
        tree, url=url, include_comments=False, include_images=False, fast=True, deduplicate=False
    )
    blocks = [line.strip() for line in _LINES.split(text or "") if line.strip()]
    return _strip_list_markers(tree, blocks)


def _strip_list_markers(tree: lxml.html.HtmlElement, blocks: list[str]) -> list[str]:
    """Drop the "- " trafilatura puts before list items, not a dash the text itself starts with.

    A block loses its dash only when an <li> of the page starts with the rest of it: quotes
    that open with a dash ("- Yes, he said", common in Nordic news) keep theirs.
    """
    if not any(b.startswith(_LIST_MARKER) for b in blocks):
        return blocks
    items = {clean_text(li.text_content())[:_ANCHOR_CHARS] for li in tree.iter("li")}
    return [
        b[len(_LIST_MARKER) :]
        if b.startswith(_LIST_MARKER) and b[len(_LIST_MARKER) :][:_ANCHOR_CHARS] in items
        else b
        for b in blocks
    ]


def _jsonld_blocks(bundle: PageBundle) -> list[str]:
    """JSON-LD articleBody split into blocks (it may hold HTML or plain text)."""
    body = bundle.article.get("articleBody")
    if not isinstance(body, str) or not body.strip():
        return []
    # Entities first: some publishers escape the HTML inside articleBody ("&lt;p&gt;").
    body = html.unescape(body)
    if "<" in body and ">" in body:
        fragment = lxml.html.fromstring(f"<div>{body}</div>")
        # Block elements end a paragraph: text_content() alone would run them together.
        for el in fragment.iter(*_BLOCK_TAGS):
            el.tail = "\n" + (el.tail or "")
        body = fragment.text_content()
    return [clean_text(b) for b in re.split(r"\n\s*\n|\r?\n", body) if clean_text(b)]


def _split_at_anchors(text: str, blocks: list[str]) -> list[str]:
    """Cut one unbroken text where the page's own blocks start (JSON-LD bodies without breaks)."""
    pieces: list[str] = []
    cut = 0
    for block in blocks[1:]:
        anchor = block[:_ANCHOR_CHARS]
        if len(anchor) < _MIN_ANCHOR_CHARS:
            continue
        at = text.find(anchor, cut + 1)
        # Only at a word boundary: a block that starts inside a word is not a paragraph start.
        while at > cut and text[at - 1].isalnum():
            at = text.find(anchor, at + 1)
        if at > cut:
            pieces.append(text[cut:at].strip())
            cut = at
    pieces.append(text[cut:].strip())
    return [p for p in pieces if p]


def extract_paragraphs(bundle: PageBundle) -> tuple[list[str], str]:
    """Body blocks and the name of the source that won ('trafilatura' or 'jsonld')."""
    blocks = _trafilatura_blocks(bundle.tree, bundle.url)
    ld_blocks = _jsonld_blocks(bundle)
    if ld_blocks:
        ld_len, tr_len = sum(map(len, ld_blocks)), sum(map(len, blocks))
        close = _JSONLD_MIN_RATIO * tr_len <= ld_len <= _JSONLD_MAX_RATIO * tr_len
        if close or ld_len > _JSONLD_RESCUE_RATIO * tr_len:
            if len(ld_blocks) == 1 and len(blocks) > 1:
                ld_blocks = _split_at_anchors(ld_blocks[0], blocks)
            return ld_blocks, "jsonld"
    return blocks, "trafilatura"


def unextracted_fragments(
    tree: lxml.html.HtmlElement, paragraphs: list[str], source: str
) -> list[RemovedFragment]:
    """Paragraphs of the pruned page that the body extractor left out, for review."""
    body = " ".join(paragraphs)
    starts = {b[:_ANCHOR_CHARS] for b in paragraphs}
    removed: list[RemovedFragment] = []
    for p in tree.iter("p"):
        text = clean_text(p.text_content())
        if len(text) < _MIN_ANCHOR_CHARS or text[:_ANCHOR_CHARS] in starts:
            continue  # most kept paragraphs are a block of their own: no search needed
        if text[:_ANCHOR_CHARS] not in body:
            _record(removed, "extractor", source, text)
    return removed
