"""Article body from a parsed page: drop boilerplate by named rules, then pick the body text."""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Callable
from copy import copy
from functools import lru_cache
from itertools import islice

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import Extractor

from wirecopy.schemas.records import RemovedFragment
from wirecopy.tasks.html.cards import (
    headline_lists,
    link_clouds,
    link_paragraphs,
    repeated_boxes,
)
from wirecopy.tasks.html.page import PageBundle, clean_text, folded, text_longer_than, xml_safe
from wirecopy.tasks.html.rules import (
    AD_LABELS,
    BOILERPLATE_RULES,
    CAPTION_TAGS,
    CAPTION_TOKEN,
    INLINE_TAGS,
    MAX_BOILERPLATE_LINK_DENSITY,
    MAX_BOILERPLATE_PROSE,
    MAX_FRAGMENT_CHARS,
    MAX_FRAGMENTS,
    MAX_REMOVED_TEXT_SHARE,
    MIN_PROSE_PARAGRAPH,
    RULE_ROLES,
    RULE_TAGS,
    SILENT_TAGS,
    STYLE_HIDDEN,
    BoilerplateRule,
)
from wirecopy.tasks.rule_switches import fire, is_on, register, rules_off, setting, tunable

try:  # trafilatura's own discard patterns: the elements its extraction deletes by class or id
    from trafilatura.xpaths import OVERALL_DISCARD_XPATH as _TRAFILATURA_DISCARD
except ImportError:  # pragma: no cover - a trafilatura without them discards by other means
    _TRAFILATURA_DISCARD = []

# Guards and choices of the body path, switchable by name for the rule scoreboard.
register("body", [rule.name for rule in BOILERPLATE_RULES])
register(
    "body",
    (
        "ad_label",  # a childless element whose whole text is an ad label
        "link_card",  # a link around a headline and a paragraph is a teaser card
        "signup_box",  # a small box around an e-mail field is a newsletter's sign-up
        "hidden_attr",  # elements with the `hidden` attribute are not shown
        "figure_button_picture",  # a figure's button gives up its picture as it goes
        "custom_element_name",  # a web component's tag name is read like its class words
        "paywall_prompt",  # a paywall's prompt (an offer's link, no prose) leaves the body
        "placeholder_text",  # lorem ipsum shipped in place of locked text leaves the body
        "guard_article_header",  # an <article>'s own <header> stays
        "guard_media_element",  # a class rule never removes a picture element itself
        "guard_caption_byline",  # a byline inside a caption is the photo credit
        "guard_figure_footer",  # a <footer> inside a figure is the picture's attribution
        "guard_prose",  # a class rule spares long low-link prose
        "comments_over_prose",  # a comments class goes, prose or not, unless it holds the story
        "guard_text_share",  # a class rule spares a wrapper of much of the page's text
        "guard_wrapper_tag",  # a tag rule spares a wrapper of most of the page's text
        "spared_unlabelled",  # a class rule's words leave an element its guard kept as text
        "discard_words_dropped",  # trafilatura's discard words leave the article's wrapper
        "strip_figures",  # figures and captions leave the body
        "table_figure",  # a figure holding a table and no picture stays, without its caption
        "list_markers",  # trafilatura's "- " before list items goes
        "jsonld_body",  # JSON-LD articleBody of about the same length replaces the text
        "jsonld_rescue",  # a JSON-LD articleBody twice as long replaces the text
        "jsonld_superset",  # a longer articleBody holding the page's shown paragraphs
        "jsonld_split",  # an unbroken JSON-LD body is cut where the page's blocks start
        "jsonld_lead",  # the lead the page shows above a JSON-LD body goes before it
        "div_page_full",  # a page written in <div>s is read by the full extraction too
        "structured_captions",  # caption-classed elements leave an HTML body string
        "template_placeholder",  # a CMS's "$$ARTICLEAD$$" markers leave a body string
        "headline_block",  # a body opening with the text of an <h1> opens with the headline
        "read_captions",  # what the images read a caption or credit from leaves the body
    ),
)

# A childless element whose whole text is an ad label: a rule of its own, found by text. The
# longest label is 42 characters.
_AD_LABEL = BoilerplateRule("ad_label", "ad")
# A link around a headline and a paragraph is a teaser card for the page it links to: the
# article's own text is never inside a link (a link left unclosed around the article is kept
# by the text-share guard).
_LINK_CARD = BoilerplateRule("link_card", "related")
# A row of short cards each headed by a link to another page (tasks/html/cards.py).
_HEADLINE_LIST = BoilerplateRule("headline_list", "related")
# A box around a field for an e-mail address: a newsletter's sign-up, in any language and any
# class (a <form> goes by its tag already; many boxes post by script without one).
_SIGNUP_BOX = BoilerplateRule("signup_box", "newsletter")
_EMAIL_FIELDS = etree.XPath("//input[translate(@type, 'EMAIL', 'email')='email']")
# The box: the outermost of the field's containers up to this many levels up holding at most
# this many characters of text (a heading, a line of pitch, the button's label).
_SIGNUP_LEVELS = 3
_SIGNUP_BOX_CHARS = 400
_BOX_TAGS = frozenset({"div", "section", "aside", "p"})
# A block of many short links and nothing else: a menu or a tag cloud (tasks/html/cards.py).
_LINK_CLOUD = BoilerplateRule("link_cloud", "nav")
# Every copy of a block of lines the page prints twice: a widget (tasks/html/cards.py).
_REPEATED_BOX = BoilerplateRule("repeated_box", "promo")
# Links holding a paragraph and a heading, found up from the paragraphs (4x faster in libxml2
# than a predicate on every link, for the same links in document order).
_LINK_CARDS = etree.XPath(
    "(//p/ancestor::a[@href])"
    "[.//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]]"
)
_MAX_AD_LABEL_CHARS = 60
# Levels above a byline or footer where a caption-classed wrapper makes it the picture's.
_CAPTION_LEVELS = 3
# Picture elements: the image rules judge them, not the boilerplate rules.
_MEDIA_TAGS = frozenset({"img", "picture", "source", "amp-img"})
# What makes a figure a picture's (or a player's) wrapper.
_PICTURE_TAGS = ("img", "picture", "amp-img", "video", "iframe", "svg", "canvas", "object")
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
# The lead above a structured body: found among the page's first blocks, at most two of them
# right above its first one, each a sentence of at least this many characters.
_MAX_LEAD_SEARCH = 6
_MAX_LEAD_BLOCKS = 2
_LEAD_MIN_CHARS = 60
_LEAD_END = re.compile(r"[.!?…\"”»)]$")
# A block is prose when it is this long, or this long and closed like a sentence: menus,
# tag lists and bylines are short and unpunctuated.
PROSE_CHARS = 80
_SENTENCE_CHARS = 30
_SENTENCE_END = re.compile(r"[.!?。！？…\"”’»)]$")
# On a page written in <div>s of text, trafilatura's fast path takes every div for a paragraph
# (menus, teasers and footers with the article); its full extraction weighs them against each
# other. It replaces the fast body when it is a trimming of it: at most this many times as long
# (a longer one took comments or another story for the article). A fast body this much prose
# has nothing to trim, and the full reading (2-5 times the fast one's time) is not made.
_FULL_MAX_GROWTH = 1.2
_FULL_MAX_PROSE_SHARE = 0.99
# Ad and widget slots a CMS leaves in the article HTML it stores, for the page to fill
# ("$$ARTICLEAD$$", "{{AD_SLOT_2}}", "%%INLINE_AD%%"): upper-case names between doubled marks,
# never words of the text ("$$x$$" in lower case is TeX).
_PLACEHOLDER = re.compile(r"(?:\$\$|%%|\{\{|\[\[)[A-Z][A-Z0-9_:.-]{1,40}(?:\$\$|%%|\}\}|\]\])")
# A heading longer than this is not a headline (a page that wraps its lead or text in one).
_MAX_HEADLINE_CHARS = 300
# A caption in an HTML body string is short: a longer caption-classed element is a wrapper.
_MAX_STRUCTURED_CAPTION = 500
# Headings: never a picture's caption, whatever a picture's reading took.
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# trafilatura writes list items as "- item".
_LIST_MARKER = "- "
# A block is found again elsewhere by its first characters: long enough to be unique on a page,
# short enough to survive small differences later in the block (entities, inline markup).
_ANCHOR_CHARS = 40
_MIN_ANCHOR_CHARS = 20
# Elements that end a paragraph inside a JSON-LD articleBody holding HTML.
_BLOCK_TAGS = ("p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote")

# A long text is normalised from a prefix when that gives this many characters more than are
# kept: the longest HTML entity name is 32 characters, so a cut half-way through one (or
# through a run of spaces) cannot reach back into the kept part.
_FRAGMENT_SLACK = 40
# The text nodes of a subtree, as itertext() gives them, in one libxml2 call.
_TEXT_NODES = etree.XPath("descendant::text()", smart_strings=False)

# The rule patterns for lowered ASCII tokens: case-sensitive, so the patterns must be written
# in lower case (tests/test_extract_html_body.py checks they agree with the originals).
_ASCII_TOKEN_PATTERNS = tuple(
    (i, re.compile(rule.token.pattern))
    for i, rule in enumerate(BOILERPLATE_RULES)
    if rule.token is not None
)


# A tag rule (nav, header, footer, aside, form) spares an element holding more than this share
# of the page's paragraph text: it wraps the article. (A sidebar of teasers can hold half of a
# short article's page: 0.5 spared one on dev; a page's <form> or an unclosed <aside> holds
# 0.8-1.0 of it on every dev page wrapped so.)
_WRAPPER_TAG_SHARE = 0.8
# An element holding more than this share of the page's paragraph text wraps the article: the
# words trafilatura discards elements by leave it (at 0.3, as our class rules spare, a "widget"
# box holding a third of a short page's text came into the body; 0.5 and 0.3 alike on the dev
# pages and the --discard-class stress test).
_DISCARD_WRAPPER_SHARE = 0.5

# Guards that keep a matched element because it reads as text (not as a picture or a caption
# credit), and rule kinds whose text is prose but not the article: reader comments and author
# bios keep the class words by which trafilatura leaves them out too.
_TEXT_GUARDS = frozenset({"guard_prose", "guard_text_share"})
_OWN_TEXT_KINDS = frozenset({"comments", "byline"})

# The article's element holds at least this share of the (pruned) page's paragraph text.
_MIN_SCOPE_SHARE = 0.5


def paragraph_text_chars(el: lxml.html.HtmlElement, divs: bool = False) -> int:
    """Characters of el's paragraphs: its <p>s, and its <div>s of text on a page written so."""
    chars = sum(len(p.text_content()) for p in el.iter("p"))
    return chars + sum(map(len, div_paragraphs(el))) if divs else chars


# A <div> holding only inline elements (and text) is a paragraph when it is long and few of its
# characters are links (as recall.py reads <p>s).
_DIV_PARAGRAPH_MIN_CHARS = 80
_DIV_PARAGRAPH_MAX_LINKS = 0.3


def div_paragraphs(root: lxml.html.HtmlElement) -> list[str]:
    """The prose paragraphs the page writes in <div>s of text instead of <p>s."""
    return [text for _, text in div_paragraph_items(root)]


def div_paragraph_items(root: lxml.html.HtmlElement) -> list[tuple[lxml.html.HtmlElement, str]]:
    """The <div>s of text that are prose paragraphs, with their texts, in page order.

    '<div data-testid="paragraph-3">Text with <a>a link</a>.</div>': a div holding only text
    and inline elements (at any depth) is a paragraph to a reader. Linear in the page: one
    pass from the leaves up marks what holds a block, and paragraph divs never nest, so each
    character is read once.
    """
    elements = list(root.iter(etree.Element))
    holds_block: set[lxml.html.HtmlElement | None] = set()
    found: list[tuple[lxml.html.HtmlElement, str]] = []
    # Reversed document order reaches every element after all of its descendants: each one
    # tells its parent whether it is, or holds, a block (no element's children are read).
    for el in reversed(elements):
        parent = el.getparent()
        if el in holds_block:
            holds_block.add(parent)
            continue
        if el.tag not in INLINE_TAGS:
            holds_block.add(parent)
        if el.tag != "div" or el.get("hidden") is not None:
            continue
        if parent is not None and parent.tag in CAPTION_TAGS:
            continue  # a caption's lines are the caption's, as a <p> there is
        text = " ".join(el.text_content().split())
        if len(text) < _DIV_PARAGRAPH_MIN_CHARS:
            continue
        links = sum(len(a.text_content()) for a in el.iter("a"))
        if links <= _DIV_PARAGRAPH_MAX_LINKS * len(text):
            found.append((el, text))
    found.reverse()
    return found


def _in_article(el: lxml.html.HtmlElement) -> bool:
    return any(a.tag == "article" for a in el.iterancestors())


def _fragment_text(el: lxml.html.HtmlElement) -> str:
    """clean_text(" ".join(el.itertext()))[:MAX_FRAGMENT_CHARS], normalising only what is kept.

    A whole footer or nav is thousands of characters: normalising all of it to keep 500 was a
    third of the pruning time, and itertext() took four times as long as one XPath call.
    """
    return _clean_start(" ".join(_TEXT_NODES(el)), MAX_FRAGMENT_CHARS)


def _clean_start(text: str, chars: int) -> str:
    """clean_text(text)[:chars], normalising only the start of a long text."""
    # Twice the characters needed: indentation and entities rarely take half of a text.
    read = 2 * (chars + _FRAGMENT_SLACK)
    if len(text) > read:
        start = clean_text(text[:read])
        if len(start) >= chars + _FRAGMENT_SLACK:
            return start[:chars]
    return clean_text(text)[:chars]


def record_removed(
    removed: list[RemovedFragment], kind: str, rule: str, el: lxml.html.HtmlElement
) -> None:
    """Keep a removed element's text for review: non-empty, cut to a bounded size, bounded count."""
    if len(removed) >= MAX_FRAGMENTS:
        return
    text = _fragment_text(el)
    if text:
        removed.append(RemovedFragment(kind=kind, rule=rule, text=text))


def _is_prose(el: lxml.html.HtmlElement, divs: bool = False) -> bool:
    """Long text with few links: an article section, whatever its class says."""
    if el.tag == "p":
        return len(el.text_content()) >= MIN_PROSE_PARAGRAPH
    chars = paragraph_text_chars(el, divs)
    if chars < MAX_BOILERPLATE_PROSE:
        return False
    link_chars = sum(len(a.text_content()) for a in el.iter("a"))
    return link_chars < MAX_BOILERPLATE_LINK_DENSITY * chars


@lru_cache(maxsize=65536)
def _token_rule(token: str, off: frozenset[str] = frozenset()) -> int:
    """Index of the first rule on whose pattern matches a class/id token (len(rules) if none).

    Cached: pages repeat the same few hundred class names thousands of times. Unique ids
    ("post-81234") miss the cache; for those, an ASCII token is lowered and matched without
    IGNORECASE, 2.6x faster on the 31k distinct tokens of the news-dev pages.
    """
    if token.isascii():
        lowered = token.lower()
        for i, pattern in _ASCII_TOKEN_PATTERNS:
            if pattern.fullmatch(lowered) and BOILERPLATE_RULES[i].name not in off:
                return i
        return len(BOILERPLATE_RULES)
    for i, rule in enumerate(BOILERPLATE_RULES):
        if rule.token is not None and rule.name not in off and rule.token.fullmatch(token):
            return i
    return len(BOILERPLATE_RULES)


# The last word of a web component's name that makes it the sectioning tag of that name.
_SECTIONING_WORDS = frozenset({"header", "footer", "nav", "aside"})


@lru_cache(maxsize=65536)
def _rule_index(tag: str, class_: str, id_: str, role: str, off: frozenset[str]) -> int:
    """Index of the first rule on matching a tag, class, id and role (len(rules) if none).

    Cached on the whole attribute combination: one lookup per element instead of one per token.
    """
    best = len(BOILERPLATE_RULES)
    # A web component's name says what it is as a class does (<consent-banner>,
    # <related-stories>), and its last word as a sectioning tag would (<site-footer> is a
    # footer, <main-nav> a nav). Custom elements must hold a hyphen; no HTML tag does (SVG's
    # font-face and MathML's annotation-xml do, and name no rule).
    named = ""
    if "-" in tag and "custom_element_name" not in off:
        named, last = tag, tag.rsplit("-", 1)[1]
        tag = last if last in _SECTIONING_WORDS else tag
    for token in f"{class_} {id_} {named}".split():
        best = min(best, _token_rule(token, off))
    role = role.lower()
    if tag in RULE_TAGS or role in RULE_ROLES:
        for i, rule in enumerate(BOILERPLATE_RULES[:best]):
            if (tag in rule.tags or role in rule.roles) and rule.name not in off:
                return i
    return best


def matches_rule(el: lxml.html.HtmlElement) -> bool:
    """Whether a boilerplate rule names this element itself (tag, class, id or role)."""
    return matched_kind(el) is not None


def paywall_prompts(tree: lxml.html.HtmlElement) -> frozenset[str]:
    """The folded lines of the page's paywall prompts ("Il vous reste 64% de cet article à
    lire", "Déjà abonné ? Se connecter"): elements classed for a paywall holding an offer's
    link or button and no paragraph of prose they show. Read before pruning, as the hidden
    locked half's reading needs the prompt where it stands; its lines leave the body at the
    end. Publishers class the locked paragraphs "paywall-content", "paywall-fade" too: prose,
    no offer; a locked half hidden inside the prompt is the story's, not the prompt's."""
    if not is_on("paywall_prompt"):
        return frozenset()
    lines: set[str] = set()
    for el in tree.xpath(_PAYWALL_XPATH):
        if next(el.iter("a", "button"), None) is None:
            continue
        parts = [
            p
            for p in el.iter("p", "h2", "h3", "h4", "a", "button", "li")
            if not _hidden_within(p, el)
        ]
        # (a prompt's pitch may run to a sentence or two, "Jetzt 30 Tage kostenfrei testen …
        # Danach 2,95 € pro Woche": a few short lines; locked text is more, or longer)
        shown = [len(p.text_content().strip()) for p in parts if p.tag == "p"]
        if len(shown) > _PROMPT_LINES or any(n >= MIN_PROSE_PARAGRAPH for n in shown):
            continue
        lines.update(folded(p.text_content()) for p in parts)
        # (… and its buttons read as one line, as a text reader runs adjacent links together:
        # "Jetzt testenBereits Abonnent? Anmelden")
        offers = [p.text_content().strip() for p in parts if p.tag in ("a", "button")]
        lines.update(folded(sep.join(offers)) for sep in ("", " "))
        if len(parts) == sum(1 for _ in el.iter("p", "h2", "h3", "h4", "a", "button", "li")):
            lines.add(folded(el.text_content()))
    lines.discard("")
    return frozenset(lines)


_PROMPT_LINES = 4


# The words of the printers' placeholder (lorem ipsum): a paywalled page's blurred box ships
# it in place of the locked text ("Lorem ipsum dolor sit amet, … mollis, arbeid over …").
_FILLER_WORDS = frozenset(
    [
        "lorem",
        "ipsum",
        "dolor",
        "sit",
        "amet",
        "consectetur",
        "consectetuer",
        "adipiscing",
        "adipisicing",
        "elit",
        "sed",
        "do",
        "eiusmod",
        "tempor",
        "incididunt",
        "ut",
        "labore",
        "et",
        "dolore",
        "magna",
        "aliqua",
        "enim",
        "ad",
        "minim",
        "veniam",
        "quis",
        "nostrud",
        "exercitation",
        "ullamco",
        "laboris",
        "nisi",
        "aliquip",
        "ex",
        "ea",
        "commodo",
        "consequat",
        "duis",
        "aute",
        "irure",
        "reprehenderit",
        "voluptate",
        "velit",
        "esse",
        "cillum",
        "fugiat",
        "nulla",
        "pariatur",
        "excepteur",
        "sint",
        "occaecat",
        "cupidatat",
        "non",
        "proident",
        "sunt",
        "culpa",
        "qui",
        "officia",
        "deserunt",
        "mollit",
        "anim",
        "id",
        "est",
        "laborum",
        "vitae",
        "mollis",
        "vestibulum",
        "pellentesque",
        "tincidunt",
        "nunc",
        "augue",
        "lectus",
    ]
)
_FILLER_SHARE = 0.3
_FILLER_MIN_WORDS = 4


def placeholder_paragraphs(paragraphs: list[str]) -> list[str]:
    """The paragraphs of placeholder Latin (see is_placeholder_text), and the ones that follow
    such a paragraph and are a third placeholder words too ("Sed vitae nulla …")."""
    found: list[str] = []
    after = False
    for p in paragraphs:
        words = re.findall(r"[a-z]+", p.casefold())
        filler = sum(1 for w in words if w in _FILLER_WORDS)
        mixed = filler >= _FILLER_MIN_WORDS - 1 and filler >= _FILLER_SHARE * len(words)
        after = is_placeholder_text(p) or (after and mixed)
        if after:
            found.append(p)
    return found


def is_placeholder_text(text: str) -> bool:
    """A paragraph of placeholder Latin (lorem ipsum), whole or mixed with other words: a
    third of its words or more are the placeholder's, four at least, "lorem" or "ipsum" among
    them (a Latin quotation in a story holds neither)."""
    words = re.findall(r"[a-z]+", text.casefold())
    if not ({"lorem", "ipsum"} & set(words)):
        return False
    # (a story quoting it, "the website showed “Lorem ipsum dolor sit amet …”", is a story)
    if _QUOTED_LOREM.search(text):
        return False
    filler = sum(1 for w in words if w in _FILLER_WORDS)
    return filler >= _FILLER_MIN_WORDS and filler >= _FILLER_SHARE * len(words)


_QUOTED_LOREM = re.compile(r"[\"“„«‘'「]\s*(?i:lorem|ipsum)")


def _hidden_within(node: lxml.html.HtmlElement, top: lxml.html.HtmlElement) -> bool:
    """The node, or an ancestor of it below top, is hidden (the attribute, aria, a style)."""
    for el in (node, *node.iterancestors()):
        if el is top:
            return False
        if el.get("hidden") is not None or el.get("aria-hidden") == "true":
            return True
        if STYLE_HIDDEN.search(el.get("style") or ""):
            return True
    return False


_PAYWALL_XPATH = (
    "//*[contains(@class, 'aywall') or contains(@class, 'egwall') or contains(@id, 'aywall')]"
)


def matched_kind(el: lxml.html.HtmlElement) -> str | None:
    """The kind of the boilerplate rule that names this element itself, None when none does."""
    tag, class_, id_, role = el.tag, el.get("class"), el.get("id"), el.get("role")
    if not (class_ or id_ or role or tag in RULE_TAGS or "-" in tag):
        return None
    at = _rule_index(tag, class_ or "", id_ or "", role or "", rules_off())
    return BOILERPLATE_RULES[at].kind if at < len(BOILERPLATE_RULES) else None


def _is_ad_label_text(text: str) -> bool:
    """A childless element's whole text is an ad label ("Advertisement", "Anzeige:")."""
    # Most texts are long: their length rules them out before any stripping.
    if len(text) > _MAX_AD_LABEL_CHARS and len(text.strip()) > _MAX_AD_LABEL_CHARS:
        return False
    return text.strip().casefold().rstrip(":") in AD_LABELS


def _spared(
    el: lxml.html.HtmlElement, rule: BoilerplateRule, total: int, divs: bool = False
) -> str | None:
    """The guard that keeps a matched element in the tree, or None when it goes."""
    kind = rule.kind
    by_tag = el.tag in RULE_TAGS or (el.get("role") or "").lower() in RULE_ROLES
    # A picture element itself is never page chrome ("img-share": a shareable photo); the
    # image rules decide which pictures belong to the article.
    if el.tag in _MEDIA_TAGS and not by_tag and is_on("guard_media_element"):
        return "guard_media_element"

    # An article's own <header> holds its headline and lead picture, not site chrome.
    if kind == "header" and is_on("guard_article_header") and _in_article(el):
        return "guard_article_header"
    # A byline inside a caption ("image-byline") is the photo credit: the images read it.
    caption_byline = kind == "byline" and is_on("guard_caption_byline")
    if caption_byline and _in_caption(el):
        return "guard_caption_byline"
    # A <footer> inside a figure is the picture's attribution, not the page footer.
    figure_footer = kind == "footer" and is_on("guard_figure_footer")
    if figure_footer and _in_caption(el):
        return "guard_figure_footer"
    if by_tag:
        # A <form> around the whole page (ASP.NET WebForms) or an <aside> left unclosed above
        # the article holds it too: chrome is never most of a page's paragraph text.
        wrapper = _WRAPPER_TAG_SHARE * total
        if is_on("guard_wrapper_tag") and paragraph_text_chars(el, divs) > wrapper:
            return "guard_wrapper_tag"
        return None
    # A thread of comments is prose, and may be longer than the story under a short article:
    # what its class names it is enough, unless it holds the headline or the marked body (a
    # wrapper of the article "with-comments").
    if (
        kind == "comments"
        and is_on("comments_over_prose")
        and not _holds_story(el)
        # (a story classed "no-comments" or "comments-closed" is none: unless it holds a
        # thread's items classed so; a thread's items may be classed "item", "entry")
        and (
            _NO_COMMENTS.search(f"{el.get('class') or ''} {el.get('id') or ''}") is None
            or _comment_items(el) >= _MIN_COMMENT_ITEMS
        )
        # (… nor is a story whose class names the article's body beside the comment word:
        # "article-body article-body--comment", an opinion section's)
        and not _BODY_CLASS.search(el.get("class") or "")
    ):
        return None
    # A class match on prose, or on a wrapper of much of the page's text, is not boilerplate.
    if is_on("guard_prose") and _is_prose(el, divs):
        return "guard_prose"
    share = MAX_REMOVED_TEXT_SHARE * total
    if is_on("guard_text_share") and paragraph_text_chars(el, divs) > share:
        return "guard_text_share"
    return None


_MIN_COMMENT_ITEMS = 2
# A class saying the element has no comments: a story's, not a thread.
_NO_COMMENTS = re.compile(
    r"(?i)\bno[-_]?comments?\b|\bcomments?[-_](?:closed|off|disabled|none|hidden)\b"
)
# A class naming the article's body: "article-body", "story__content", "entry-content".
_BODY_CLASS = re.compile(
    r"(?i)(?:^|\s)(?:article|story|entry|post|news)[-_]{0,2}(?:body|content|text)(?:$|\s)"
    r"|(?:^|\s)content(?:$|\s)|articlebody"
)
_COMMENT_ITEM = re.compile(r"(?i)comment|koment|komment|commentaire|comentari|comment|yorum|reacti")


def _comment_items(el: lxml.html.HtmlElement) -> int:
    """How many elements inside are classed as comments: a thread holds several ("komentar"
    items in "komentari"); a story classed "no-comments" or "comments-closed" holds none."""
    return sum(
        1
        for d in el.iterdescendants()
        if isinstance(d.tag, str) and _COMMENT_ITEM.search(d.get("class") or "")
    )


def _holds_story(el: lxml.html.HtmlElement) -> bool:
    """The element holds the page's headline or its body marked as such (articleBody)."""
    return next(el.iter("h1"), None) is not None or bool(
        el.xpath(".//*[contains(concat(' ', normalize-space(@itemprop), ' '), ' articleBody ')]")
    )


def _in_caption(el: lxml.html.HtmlElement) -> bool:
    """Inside a figure or caption element, or close under an element classed as a caption
    (templates without <figcaption>: `<div class="image-figcaption">`)."""
    if any(a.tag in CAPTION_TAGS for a in el.iterancestors()):
        return True
    return any(
        CAPTION_TOKEN.fullmatch(token)
        for a in islice(el.iterancestors(), _CAPTION_LEVELS)
        for token in (a.get("class") or "").split()
    )


# A collapsed panel of an accordion (a FAQ, "Notes to editors") or the rest of a story behind
# "Read more" is hidden until its button opens it: the reader sees it with a click, and it is
# the article's. The button says so with aria-controls naming the panel; `hidden="until-found"`
# is the standard's own word for such text (found by the browser's search). Menus opened the
# same way go by the link rules after; a panel of prose is kept from the class rules too (a
# "readmore-wrapper" is no list of links to read more).
_MAX_PANEL_IDS = 200


def _disclosed_panels(tree: lxml.html.HtmlElement) -> frozenset[str]:
    """The ids of the panels the page's disclosure buttons open (not its menus' or headers')."""
    ids: set[str] = set()
    for el in tree.iterfind(".//*[@aria-controls]"):
        if el.tag in ("button", "a", "summary") and not any(
            a.tag in ("nav", "header", "footer") for a in el.iterancestors()
        ):
            ids.update(el.get("aria-controls", "").split())
        if len(ids) > _MAX_PANEL_IDS:
            break
    return frozenset(ids)


_PANEL_PROSE_CHARS = 60
_PANEL_LINK_SHARE = 0.2


def _prose_panel(el: lxml.html.HtmlElement) -> bool:
    """A panel of paragraphs (text, few links): a story's collapsed part, not a menu."""
    # (a panel written in <div>s counts its text: a FAQ's or a "continue reading" box's)
    paragraphs = sum(len(p.text_content()) for p in el.iter("p")) or len(el.text_content())
    links = sum(len(a.text_content()) for a in el.iter("a"))
    return paragraphs >= _PANEL_PROSE_CHARS and links <= _PANEL_LINK_SHARE * paragraphs


def _is_panel(el: lxml.html.HtmlElement, panels: frozenset[str]) -> bool:
    """A hidden element a disclosure button opens, holding prose outside the page's tools (a
    gift link's or a listening box's panel is not the story's), or hidden until the
    reader's search finds it."""
    if el.get("hidden") == "until-found":
        return True
    if (el.get("id") or "\0") not in panels or not _prose_panel(el):
        return False
    # (the panel and its near wrappers, by their class and id words: a page-wide class on
    # <body>, Tailwind's "font-sans", says nothing of one panel)
    for a in itertools.islice(itertools.chain((el,), el.iterancestors()), _TOOLS_DEPTH):
        words = f"{a.get('class') or ''} {a.get('id') or ''}".split()
        if any(_TOOLS.search(word) for word in words):
            return False
    return True


# The page's tools around a panel: share, gift, listen, text size, bookmarks; as a class or id
# word or a part of one between dashes ("article-share-panel", "gift_box").
_TOOLS = re.compile(
    r"(?i)(?:^|[-_])(?:tools?|toolbar|share|sharing|gift|listen|audio|font-?size|text-?size"
    r"|bookmarks?|save)(?:$|[-_])"
)
_TOOLS_DEPTH = 4  # the panel and three wrappers


def prune_boilerplate(
    tree: lxml.html.HtmlElement,
    paragraph_chars: int | None = None,
    divs: bool = False,
    page_url: str | None = None,
    comments_out: set[str] | None = None,
) -> list[RemovedFragment]:
    """Remove site chrome, ads, widgets and teaser lists from the tree in place; say what went.

    paragraph_chars: the characters of the page's paragraphs, when the caller counted them
    already (`recall.page_paragraphs` reads every paragraph before pruning). divs: the page
    writes its paragraphs as <div>s of text, and the guards weigh those too. page_url: the
    page's address (a link to it leads nowhere else).
    """
    removed: list[RemovedFragment] = []
    doomed: list[tuple[lxml.html.HtmlElement, BoilerplateRule]] = []
    silent: list[lxml.html.HtmlElement] = []
    count_paragraphs = paragraph_chars is None
    total = paragraph_chars or 0
    off = rules_off()
    hidden_on, ad_label_on = "hidden_attr" not in off, "ad_label" not in off
    panels = _disclosed_panels(tree) if hidden_on else frozenset()
    # One pass, as little work per element as possible: a real page has 1,000+ elements and
    # most carry no class, id or role. (Selecting candidates with XPath unions was measured
    # slower: libxml2 scans once per union branch and sorts the result.)
    for el in tree.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag in SILENT_TAGS:
            silent.append(el)
            continue
        if hidden_on and el.get("hidden") is not None and not _is_panel(el, panels):
            fire("hidden_attr")
            silent.append(el)
            continue
        if tag == "p":
            total += len(el.text_content()) if count_paragraphs else 0
        elif tag in _PROTECTED_TAGS:
            continue
        class_, id_, role = el.get("class"), el.get("id"), el.get("role")
        if class_ or id_ or role or tag in RULE_TAGS or "-" in tag:
            index = _rule_index(tag, class_ or "", id_ or "", role or "", off)
            if index < len(BOILERPLATE_RULES) and not (id_ in panels and _prose_panel(el)):
                doomed.append((el, BOILERPLATE_RULES[index]))
                continue
        # The ad label test inline: it runs on most elements of a page, and most have no text.
        text = el.text
        if ad_label_on and text and not len(el) and _is_ad_label_text(text):
            doomed.append((el, _AD_LABEL))
    if "signup_box" not in off:  # before the fields go with the silent elements
        doomed.extend((el, _SIGNUP_BOX) for el in signup_boxes(tree))
    for el in silent:
        if el.getparent() is not None:
            if el.tag == "button" and (pictures := _figure_button_pictures(el)):
                fire("figure_button_picture")
                for picture in pictures:
                    picture.tail = None
                    el.addprevious(picture)
            el.drop_tree()
    if "link_card" not in off:
        doomed.extend((el, _LINK_CARD) for el in _LINK_CARDS(tree))
    if "headline_list" not in off:
        for cards in headline_lists(tree, page_url):
            # A list of cards holding much of the page's paragraph text is the article (a
            # roundup of short linked items), as the text-share guard judges one element.
            if sum(paragraph_text_chars(c, divs) for c in cards) <= MAX_REMOVED_TEXT_SHARE * total:
                doomed.extend((el, _HEADLINE_LIST) for el in cards)
    if "link_cloud" not in off:
        doomed.extend((el, _LINK_CLOUD) for el in link_clouds(tree, page_url))
    if "repeated_box" not in off:
        boxes = repeated_boxes(tree)
        # The copies holding much of the page's paragraph text are its article printed twice.
        if sum(paragraph_text_chars(b, divs) for b in boxes) <= MAX_REMOVED_TEXT_SHARE * total:
            doomed.extend((el, _REPEATED_BOX) for el in boxes)
    gone: set[lxml.html.HtmlElement] = set()
    for el, rule in doomed:
        # Nested matches: the outermost removal already took the inner element.
        if el.getparent() is None or any(a in gone for a in el.iterancestors()):
            continue
        fire(rule.name)
        guard = _spared(el, rule, total, divs)
        if guard is not None:
            fire(guard)
            if guard == "guard_wrapper_tag":
                # trafilatura deletes <aside>, <footer>, <nav>… with all they hold: the
                # wrapper of the article is read as the <div> it stands for.
                el.tag = "div"
            elif guard in _TEXT_GUARDS and rule.kind not in _OWN_TEXT_KINDS:
                _unlabel(el, off)
            continue
        record_removed(removed, rule.kind, rule.name, el)
        if rule.kind == "comments" and comments_out is not None:
            # (a reading of the unpruned page, the recall net's, leaves them out too)
            comments_out.update(_block_keys(el))
        gone.add(el)
        el.drop_tree()
    if "link_paragraph" not in off:
        pointers = link_paragraphs(tree, page_url)
        # Pointers holding much of the page's paragraph text are its article (a link roundup).
        if sum(len(p.text_content()) for p in pointers) <= MAX_REMOVED_TEXT_SHARE * total:
            for el in pointers:
                fire("link_paragraph")
                record_removed(removed, "related", "link_paragraph", el)
                el.drop_tree()
    _keep_wrappers_from_discard(tree, total, divs)
    return removed


_COMMENT_BLOCKS = ("p", "li", "blockquote", "div")


def _figure_button_pictures(button: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The pictures a figure's button holds (Gannett's "open gallery" button around its photo):
    the figure's own, which go with the button's label otherwise. A button outside a figure
    with a label (a share or play button) keeps its icons to itself."""
    if not is_on("figure_button_picture"):
        return []
    pictures = button.xpath(".//picture | .//img[not(ancestor::picture)]")
    if not pictures:
        return []
    parent = button.getparent()
    for _ in range(_FIGURE_BUTTON_DEPTH):
        if parent is None:
            break
        if parent.tag == "figure":
            return pictures
        parent = parent.getparent()
    # … or a button that is the picture alone, no label of its own (a carousel's lightbox
    # trigger), a picture of a photo's size (a share button's icon is declared small)
    if button.text_content().strip() or any(_declared_small(p) for p in pictures):
        return []
    return pictures


def _declared_small(picture: lxml.html.HtmlElement) -> bool:
    """The picture declares a side under a photo's (an icon's 24 or 48 pixels)."""
    img = picture if picture.tag == "img" else picture.find(".//img")
    if img is None:
        return False
    for attr in ("width", "height"):
        value = (img.get(attr) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) < _BUTTON_PICTURE_SIDE:
            return True
    return False


_BUTTON_PICTURE_SIDE = 100


# A figure's button stands this many elements under it at most (figure > div > button).
_FIGURE_BUTTON_DEPTH = 3


def _block_keys(el: lxml.html.HtmlElement) -> set[str]:
    """The folded texts of an element's blocks: its paragraphs, and its <div>s of text alone."""
    keys = set()
    for block in el.iter(*_COMMENT_BLOCKS):
        if block.tag == "div" and next(block.iterdescendants("p", "div", "li"), None) is not None:
            continue  # a wrapper: its blocks are read
        if text := folded(block.text_content()):
            keys.add(text)
    return keys


def signup_boxes(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The boxes around the page's e-mail fields (see _SIGNUP_BOX), none inside a <form>."""
    boxes: list[lxml.html.HtmlElement] = []
    for field in _EMAIL_FIELDS(tree):
        if next(field.iterancestors("form"), None) is not None:
            continue
        box = None
        for level, anc in enumerate(field.iterancestors()):
            if level >= _SIGNUP_LEVELS or anc.tag not in _BOX_TAGS:
                break
            if len(anc.text_content()) > _SIGNUP_BOX_CHARS:
                break
            # A container of a paragraph of prose the field is not in holds a story (a brief),
            # not a box (a box's pitch is a line or two).
            if any(
                len(p.text_content()) >= PROSE_CHARS and field not in p.iterdescendants()
                for p in anc.iter("p")
            ):
                break
            box = anc
        if box is not None:
            boxes.append(box)
    return boxes


def _keep_wrappers_from_discard(
    tree: lxml.html.HtmlElement, total: int, divs: bool = False
) -> None:
    """Drop the class and id words trafilatura discards by from wrappers of most of the page's
    paragraph text ("article-body share-tools"), and from their siblings of the same kind (the
    article's other parts): trafilatura would delete the article with them, and no rule of ours
    named the word for spared_unlabelled to drop."""
    if not is_on("discard_words_dropped") or not total or not _TRAFILATURA_DISCARD:
        return
    # The wrappers: one pass adding each paragraph's length to its ancestors (a few elements
    # hold this much; trafilatura's patterns over the whole tree cost 10 % of an extraction).
    lengths = [(p, len(p.text_content())) for p in tree.iter("p")]
    if divs:
        lengths += [(div, len(text)) for div, text in div_paragraph_items(tree)]
    held: dict[lxml.html.HtmlElement, int] = {}
    for paragraph, n in lengths:
        for anc in paragraph.iterancestors():
            held[anc] = held.get(anc, 0) + n
    wrapper = _DISCARD_WRAPPER_SHARE * total
    for el in [el for el, n in held.items() if n > wrapper and _discarded_element(el)]:
        parent, kind = el.getparent(), (el.tag, el.get("class"))
        siblings = [el] if parent is None else list(parent)
        for twin in (s for s in siblings if (s.tag, s.get("class")) == kind):
            _drop_discard_words(twin)


def _discarded_element(el: lxml.html.HtmlElement) -> bool:
    """One of the element's class or id words makes trafilatura discard an element like it."""
    return any(
        _discarded(el.tag, attr, word)
        for attr in ("class", "id")
        for word in (el.get(attr) or "").split()
    )


def _drop_discard_words(el: lxml.html.HtmlElement) -> None:
    """Remove the class and id words trafilatura discards an element by."""
    _drop_words(el, lambda attr, word: _discarded(el.tag, attr, word), "discard_words_dropped")


def _drop_words(el: lxml.html.HtmlElement, dropped: Callable[[str, str], bool], rule: str) -> None:
    """Remove from el's class and id the words dropped(attribute, word) names; fire rule."""
    for attr in ("class", "id"):
        value = el.get(attr)
        if not value:
            continue
        words = value.split()
        kept = [word for word in words if not dropped(attr, word)]
        if len(kept) < len(words):
            fire(rule)
            if kept:
                el.set(attr, " ".join(kept))
            else:
                del el.attrib[attr]


@lru_cache(maxsize=4096)
def _discarded(tag: str, attr: str, word: str) -> bool:
    """trafilatura's discard patterns delete an element of this tag whose class (or id) is
    this word."""
    probe = lxml.html.Element("div")
    try:
        etree.SubElement(probe, tag, {attr: word})
    except ValueError:  # a name libxml2 read from broken markup ("<body<") but cannot build
        return False
    return any(xpath(probe) for xpath in _TRAFILATURA_DISCARD)


def _unlabel(el: lxml.html.HtmlElement, off: frozenset[str]) -> None:
    """Drop the class and id words a rule matched from an element its guard kept as text.

    trafilatura discards elements by such words too ("related", "promo", "newsletter"): an
    article container named "story related-links" that the prose guard kept would still be
    deleted inside trafilatura, leaving the page's other text for the body.
    """
    if not is_on("spared_unlabelled"):
        return
    matched = len(BOILERPLATE_RULES)
    _drop_words(el, lambda _attr, word: _token_rule(word, off) < matched, "spared_unlabelled")


def strip_captions(tree: lxml.html.HtmlElement) -> list[RemovedFragment]:
    """Remove figures and captions from the body: their text belongs to the images."""
    removed: list[RemovedFragment] = []
    if not is_on("strip_figures"):
        return removed
    for el in list(tree.iter(*CAPTION_TAGS)):
        if el.getparent() is None or any(a.tag in CAPTION_TAGS for a in el.iterancestors()):
            continue
        if el.tag == "figure" and is_on("table_figure") and _is_table_figure(el):
            # A table in a figure (WordPress wraps every table in one) is the story's content,
            # not a picture's wrapper: only its caption leaves.
            fire("table_figure")
            for caption in list(el.iter("figcaption")):
                record_removed(removed, "caption", "figcaption_tag", caption)
                caption.drop_tree()
            continue
        fire("strip_figures")
        record_removed(removed, "caption", f"{el.tag}_tag", el)
        el.drop_tree()
    return removed


def strip_read_captions(bundle: PageBundle) -> list[RemovedFragment]:
    """Remove the elements the images read a caption or credit from, whatever their class:
    their text is the picture's. A block holding a heading, or longer than a caption, stays
    (the picture's reading may have climbed too far)."""
    removed: list[RemovedFragment] = []
    if not is_on("read_captions"):
        return removed
    for el in bundle.captions_read:
        top = next((a for a in el.iterancestors() if a.getparent() is None), None)
        if top is not bundle.tree:
            continue  # gone with its figure, or with a wrapper's rule (or read twice)
        if len(el.text_content()) > _MAX_STRUCTURED_CAPTION:
            continue
        if next(el.iter(*_HEADING_TAGS), None) is not None:
            continue  # a headline over its standfirst beside a hero picture
        fire("read_captions")
        record_removed(removed, "caption", "read_captions", el)
        el.drop_tree()
    return removed


def _is_table_figure(figure: lxml.html.HtmlElement) -> bool:
    """A figure holding a table and no picture."""
    if figure.find(".//table") is None:
        return False
    return next(figure.iter(*_PICTURE_TAGS), None) is None


# The elements that may hold the article, in document order; the attributes are found first
# (their elements are their parents): a predicate on every element was 4x slower in libxml2.
_SCOPES = etree.XPath('//article|//main|//@role[.="main"]/..|//@itemprop[.="articleBody"]/..')


def find_scope(tree: lxml.html.HtmlElement, divs: bool = False) -> lxml.html.HtmlElement:
    """The element holding the article: the <article>/main/articleBody with most paragraph text
    (divs: the page writes its paragraphs as <div>s of text, and those count)."""
    candidates = _SCOPES(tree)
    best, best_chars = None, 0
    for el in candidates:
        chars = paragraph_text_chars(el, divs)
        # An <article> wrapping the articleBody wins ties: it also holds the lead picture.
        if chars > best_chars * 1.05 or (el.tag == "article" and chars >= best_chars * 0.95):
            best, best_chars = el, chars
    body = tree.find("body")
    page = body if body is not None else tree
    # A candidate holding little of the page's paragraph text is not the article's (a comment
    # marked up as <article>, a teaser's <article>): the whole page is the scope then.
    if best is not None and best_chars < _MIN_SCOPE_SHARE * paragraph_text_chars(page, divs):
        return page
    return best if best is not None else page


def prose_share(blocks: list[str]) -> float:
    """Share of the characters in prose blocks (0.0 for an empty body)."""
    total = sum(len(b) for b in blocks)
    prose = sum(
        len(b)
        for b in blocks
        if len(b) >= PROSE_CHARS or (len(b) >= _SENTENCE_CHARS and _SENTENCE_END.search(b))
    )
    return prose / total if total else 0.0


# trafilatura's options for our calls, fast and full, built once: Extractor() reads eight
# values from its config each time (a tenth of a fast extraction of a synthetic page).
_TRAFILATURA_OPTIONS = {
    fast: Extractor(fast=fast, comments=False, images=False, dedup=False) for fast in (True, False)
}
# Below this many characters trafilatura takes its extraction for a failure and rescues it
# with the text of the page's whole <article> (or body) as one block: a short story (a brief,
# two paragraphs of Japanese or Georgian) came out as one line with its headline, share
# buttons and paywall prompt. Its default is 250; at 100 the short story stays as extracted
# (28 probe pages better, 3 worse, every dev page identical), and an empty or too-short
# reading is the recall net's (tasks/html/recall.py). The same number sets when trafilatura
# reads <div>s of text as paragraphs (its <p>s holding under three times it): 300 characters
# now, not 750, so a short intro in <p>s then the story in <div>s is read as the <p>s (one of
# the three pages worse, pl_osp).
_MIN_EXTRACTED_CHARS = 100
tunable("min_extracted_chars", _MIN_EXTRACTED_CHARS, (50, 100, 250))


def trafilatura_text(
    page: str | lxml.html.HtmlElement, url: str | None, fast: bool = True
) -> str | None:
    """trafilatura.extract(page, url=url, include_comments=False, include_images=False,
    fast=fast, deduplicate=False), its options copied from one made once."""
    options = copy(_TRAFILATURA_OPTIONS[fast])
    options.min_extracted_size = int(setting("min_extracted_chars", _MIN_EXTRACTED_CHARS))
    # What Extractor(url=url) sets: the URL, and its source for the log lines.
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return trafilatura.extract(page, options=options)


def _trafilatura_blocks(
    tree: lxml.html.HtmlElement, url: str | None, fast: bool = True
) -> list[str]:
    """trafilatura's main-content blocks from the pruned tree (it copies the tree first)."""
    text = trafilatura_text(tree, url, fast)
    blocks = [line.strip() for line in _LINES.split(text or "") if line.strip()]
    return _strip_list_markers(tree, blocks)


def _strip_list_markers(tree: lxml.html.HtmlElement, blocks: list[str]) -> list[str]:
    """Drop the "- " trafilatura puts before list items, not a dash the text itself starts with.

    A block loses its dash only when an <li> of the page starts with the rest of it: quotes
    that open with a dash ("- Yes, he said", common in Nordic news) keep theirs.
    """
    if not is_on("list_markers") or not any(b.startswith(_LIST_MARKER) for b in blocks):
        return blocks
    fire("list_markers")
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
    return text_blocks(body)


def text_blocks(body: str) -> list[str]:
    """Blocks of a body given as a string of plain text or HTML (figures, captions and
    scripts dropped)."""
    # Entities first: some publishers escape the HTML inside articleBody ("&lt;p&gt;").
    body = xml_safe(html.unescape(body))
    if is_on("template_placeholder") and _PLACEHOLDER.search(body):
        fire("template_placeholder")
        body = _PLACEHOLDER.sub(" ", body)
    if "<" in body and ">" in body:
        fragment = lxml.html.fromstring(f"<div>{body}</div>")
        for el in list(fragment.iter(*CAPTION_TAGS, *SILENT_TAGS)):
            if el is not fragment and el.getparent() is not None:
                el.drop_tree()
        if is_on("structured_captions"):
            _drop_captions(fragment)
        # Block elements end a paragraph: text_content() alone would run them together.
        for el in fragment.iter(*_BLOCK_TAGS):
            el.tail = "\n" + (el.tail or "")
        body = fragment.text_content()
    return [clean_text(b) for b in re.split(r"\n\s*\n|\r?\n", body) if clean_text(b)]


def _drop_captions(fragment: lxml.html.HtmlElement) -> None:
    """Drop the caption-classed elements of an HTML body string ("<div class='caption'>"
    under a picture in a script-rendered page's stored article), as the page's own captions
    leave its body; a long one is not a caption. One walk that does not enter what it drops."""
    stack = list(fragment)
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        classes = (el.get("class") or "").split()
        if any(CAPTION_TOKEN.fullmatch(t) for t in classes) and _short_text(el):
            fire("structured_captions")
            el.drop_tree()
            continue
        stack.extend(el)


def _short_text(el: lxml.html.HtmlElement) -> bool:
    """el's text is at most _MAX_STRUCTURED_CAPTION characters (read only that far)."""
    return not text_longer_than(el, _MAX_STRUCTURED_CAPTION)


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


def extract_paragraphs(bundle: PageBundle, full: bool = False) -> tuple[list[str], str]:
    """Body blocks and the name of the source that won ('trafilatura' or 'jsonld').

    full: the page is written in <div>s of text (and small enough for the full extraction's
    quadratic last fallback): the full extraction may trim the fast path's body.
    """
    blocks = _trafilatura_blocks(bundle.tree, bundle.url)
    if full and blocks and prose_share(blocks) < _FULL_MAX_PROSE_SHARE and is_on("div_page_full"):
        trimmed = _trafilatura_blocks(bundle.tree, bundle.url, fast=False)
        if trimmed and sum(map(len, trimmed)) <= _FULL_MAX_GROWTH * sum(map(len, blocks)):
            if trimmed != blocks:
                fire("div_page_full")
            blocks = trimmed
    ld_blocks = _jsonld_blocks(bundle)
    if ld_blocks:
        ld_len, tr_len = sum(map(len, ld_blocks)), sum(map(len, blocks))
        close = _JSONLD_MIN_RATIO * tr_len <= ld_len <= _JSONLD_MAX_RATIO * tr_len
        rescue = ld_len > _JSONLD_RESCUE_RATIO * tr_len
        rule = "jsonld_body" if close else "jsonld_rescue" if rescue else None
        if rule is None and _jsonld_holds_the_shown(blocks, ld_blocks):
            rule = "jsonld_superset"
        if rule is not None and is_on(rule):
            fire(rule)
            if len(ld_blocks) == 1 and len(blocks) > 1 and is_on("jsonld_split"):
                fire("jsonld_split")
                ld_blocks = _split_at_anchors(ld_blocks[0], blocks)
            return [*_page_lead(blocks, ld_blocks), *ld_blocks], "jsonld"
    return blocks, "trafilatura"


# A structured body holds the page's shown one when it holds this share of the shown prose
# under its first block (the rest a paywall's prompt, a teaser) and is longer by this much.
_SHOWN_HELD_SHARE = 0.7
_SUPERSET_GROWTH = 1.2


def _jsonld_holds_the_shown(blocks: list[str], ld_blocks: list[str]) -> bool:
    """The JSON-LD body holds the paragraphs the page shows from its first one on, and more
    (a paywalled page: "Brisbane's council-run swimming pools …" shown, six paragraphs more in
    articleBody; the page's teasers and prompts around them keep its length near the body's)."""
    held = "".join(map(folded, ld_blocks))
    first = _folded_start(ld_blocks[0])
    starts = [n for n, b in enumerate(blocks) if _folded_start(b) == first]
    if len(first) < _MIN_ANCHOR_CHARS or not starts:
        return False
    shown = [b for b in blocks[starts[0] :] if len(b) >= _LEAD_MIN_CHARS]
    # (each shown paragraph whole, not its opening only: an earlier version of the story with
    # the same openings and other figures replaces nothing)
    found = sum(len(b) for b in shown if folded(b) in held)
    return found >= _SHOWN_HELD_SHARE * sum(map(len, shown)) and (
        sum(map(len, ld_blocks)) > _SUPERSET_GROWTH * found
    )


def _page_lead(blocks: list[str], ld_blocks: list[str]) -> list[str]:
    """The prose blocks the page shows above the structured body's first block (the lead or
    standfirst, which articleBody leaves out), or nothing when that block is not on the page."""
    if not is_on("jsonld_lead") or not blocks or not ld_blocks:
        return []
    first = _folded_start(ld_blocks[0])
    if len(first) < _MIN_ANCHOR_CHARS:
        return []
    body = "".join(map(_folded_start, ld_blocks))
    for at, block in enumerate(blocks[:_MAX_LEAD_SEARCH]):
        if _folded_start(block) == first:
            lead = [b for b in blocks[:at] if _is_lead(b) and _folded_start(b) not in body]
            lead = lead[-_MAX_LEAD_BLOCKS:]
            if lead:
                fire("jsonld_lead")
            return lead
    return []


def _is_lead(block: str) -> bool:
    """A lead is a sentence of some length, not a dateline, a byline or a label."""
    return len(block) >= _LEAD_MIN_CHARS and bool(_LEAD_END.search(block))


def _folded_start(text: str) -> str:
    """The first letters and digits of a block, case-folded: how a block is found again."""
    return re.sub(r"\W+", "", text[: 4 * _ANCHOR_CHARS].casefold())[:_ANCHOR_CHARS]


def page_headlines(tree: lxml.html.HtmlElement) -> frozenset[str]:
    """The letters and digits of the page's <h1>s and <h2>s (templates that hide an SEO <h1>
    show the headline in an <h2>): a kicker and a headline in two spans of one heading are one
    text to the page and two words apart in the body extractor's."""
    texts = (h1.text_content() for h1 in tree.iter("h1", "h2"))
    return frozenset(folded(t) for t in texts if t.strip() and len(t) <= _MAX_HEADLINE_CHARS)


def without_headline(
    blocks: list[str],
    headlines: frozenset[str],
    removed: list[RemovedFragment],
    lead: tuple[str, ...] = (),
) -> list[str]:
    """The body without the headline it opens with (recorded in removed): the title is a field
    of its own, and the clean stage only knows the declared title, which may word it otherwise
    than the <h1> (or the <h2> showing it). A heading that prints the page's declared lead is
    the lead, not a headline."""
    heads = headlines - {folded(p) for p in lead}
    opens = len(blocks) > 1 and folded(blocks[0]) in heads
    if not opens or not is_on("headline_block"):
        return blocks
    fire("headline_block")
    if len(removed) < MAX_FRAGMENTS:
        text = blocks[0][:MAX_FRAGMENT_CHARS]
        removed.append(RemovedFragment(kind="header", rule="headline_block", text=text))
    return blocks[1:]


def unextracted_fragments(
    tree: lxml.html.HtmlElement, paragraphs: list[str], source: str
) -> list[RemovedFragment]:
    """Paragraphs of the pruned page that the body extractor left out, for review."""
    body = " ".join(paragraphs)
    starts = {b[:_ANCHOR_CHARS] for b in paragraphs}
    removed: list[RemovedFragment] = []
    for p in tree.iter("p"):
        raw = p.text_content()
        anchor = _clean_start(raw, _ANCHOR_CHARS)
        if len(anchor) < _MIN_ANCHOR_CHARS or anchor in starts:
            continue  # most kept paragraphs are a block of their own: no search needed
        if anchor not in body and len(removed) < MAX_FRAGMENTS:
            # Cleaned twice, as every recorded fragment is: "&amp;amp;" reads "&" in review.
            text = clean_text(clean_text(raw))[:MAX_FRAGMENT_CHARS]
            removed.append(RemovedFragment(kind="extractor", rule=source, text=text))
    return removed
