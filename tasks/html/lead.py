"""The lead (standfirst) a page declares as its description and prints right above the body.

Body extractors read the article's container, and many templates print the lead outside it,
between the headline and the text (often in a box classed like a teaser). The page's own
description (og:description, meta description, JSON-LD) names that text; printed within a few
words of the body's first block, it is the article's first paragraph, not a teaser.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import lxml.html
from lxml import etree

from wirecopy.schemas.records import RemovedFragment
from wirecopy.tasks.cleaning.shapes import CJK
from wirecopy.tasks.html.page import PageBundle, clean_text, folded
from wirecopy.tasks.html.rules import CAPTION_TAGS, SILENT_TAGS
from wirecopy.tasks.rule_switches import fire, is_on, register

register("body", ("declared_lead",))  # the printed lead the page declares goes before the body
register("body", ("classed_lead",))  # the lead a class names, printed right above the body

_FIRST_WORD = re.compile(r"\w+")
# A description shorter than this (letters and digits) says too little to be found as a lead.
_MIN_CHARS = 40
_MAX_CHARS = 1500
# The printed lead is the smallest element holding the description, at most this far above
# the text node it starts in (a lead's <p> inside a wrapper or two, a dateline in <strong>).
_MAX_CLIMB = 4
# The body's first block starts within this many letters and digits after the lead ends: a
# byline, a date, a picture's caption may sit between; a whole teaser or another story may not.
_MAX_GAP = 400
# A body block is found by its first letters and digits.
_KEY_CHARS = 40
# The body may open with blocks printed above the lead (the headline, a kicker): at most this
# many, each at most this long.
_MAX_BLOCKS_ABOVE = 2
_MAX_ABOVE_CHARS = 150
# A printed text holds at most this many characters per letter or digit it folds to.
_RAW_PER_FOLDED = 8
# Bounds on the work for one page: candidates climbed from.
_MAX_CANDIDATES = 40
# A description cut short by its writer ends so; the printed lead then goes on past it.
_TRUNCATED = ("…", "...")
# The description may be the lead's first sentences: it must then be half of it or more.
_MIN_PREFIX_SHARE = 0.5
# The page may print a shorter lead than it declares: at least this share of the description.
_MIN_PRINTED_SHARE = 0.8
# A lead printed as sibling paragraphs or list items (a summary in points): at most this many.
_MAX_LEAD_PARTS = 5


@dataclass(frozen=True, slots=True)
class DeclaredLead:
    """The lead as printed (one paragraph, or the few a template splits it into), and the
    letters and digits that follow it on the page."""

    paragraphs: tuple[str, ...]
    after: str


def _descriptions(bundle: PageBundle) -> dict[str, tuple[bool, str]]:
    """The page's declared descriptions, folded, each with whether its writer cut it short and
    its first word as written (what the printed lead's first text holds too)."""
    values = [
        bundle.meta.get(key) for key in ("og:description", "description", "twitter:description")
    ]
    values.append(bundle.article.get("description"))
    found: dict[str, tuple[bool, str]] = {}
    for value in values:
        text = clean_text(value)
        letters = folded(text)
        word = _FIRST_WORD.search(text)
        if _MIN_CHARS <= len(letters) <= _MAX_CHARS and word:
            found.setdefault(letters, (text.endswith(_TRUNCATED), word.group()))
    return found


def _holds(printed: str, declared: str, truncated: bool) -> bool:
    """The printed text is the declared description, or the lead it was cut from."""
    if printed == declared:
        return True
    if printed.startswith(declared):
        return truncated or len(declared) >= _MIN_PREFIX_SHARE * len(printed)
    return declared.startswith(printed) and len(printed) >= _MIN_PRINTED_SHARE * len(declared)


def _may_be_lead(el: lxml.html.HtmlElement) -> bool:
    """Not a link's teaser, a picture's caption, hidden, or code; below the headline, if the
    page shows one (a site's tagline in its masthead may repeat a description too)."""
    for node in (el, *el.iterancestors()):
        if node.tag == "a" or node.tag in CAPTION_TAGS or node.tag in SILENT_TAGS:
            return False
        if node.get("hidden") is not None:
            return False
    if el.tag in ("html", "body"):
        return False
    return bool(el.xpath("boolean(preceding::h1)")) or not el.xpath("boolean(//h1)")


def _printed(
    node: lxml.etree._ElementUnicodeResult, descriptions: list[tuple[str, bool]]
) -> list[lxml.html.HtmlElement]:
    """The smallest element around a text node that holds a declared description, or the run
    of siblings that together do (empty: none)."""
    el = node.getparent()
    if el is not None and node.is_tail:
        el = el.getparent()
    most = 2 * max(len(d) for d, _ in descriptions) + _MAX_GAP
    for _ in range(_MAX_CLIMB):
        printed = _bounded_text(el, most)
        if el is None or printed is None:
            return []
        if any(_holds(printed, d, cut) for d, cut in descriptions):
            return [el] if _may_be_lead(el) else []
        if any(d.startswith(printed) for d, _ in descriptions):
            run = _sibling_run(el, printed, descriptions, most)
            if run:
                return run if _may_be_lead(el) else []
        el = el.getparent()
    return []


def _bounded_text(el: lxml.html.HtmlElement | None, most: int) -> str | None:
    """An element's letters and digits, or None for a container of more than a lead."""
    if el is None or not isinstance(el.tag, str) or el.tag in ("html", "body"):
        return None
    raw = el.text_content()
    # Spaces and punctuation fold away: a text this long is a container, not a lead (checked
    # before folding, so a page-sized wrapper costs one copy, not a regex pass).
    if len(raw) > _RAW_PER_FOLDED * most:
        return None
    printed = folded(raw)
    return printed if len(printed) <= most else None


def _sibling_run(
    el: lxml.html.HtmlElement, printed: str, descriptions: list[tuple[str, bool]], most: int
) -> list[lxml.html.HtmlElement]:
    """The element and the siblings after it that print the rest of a description (a lead in
    several paragraphs, or a summary in points), or empty."""
    run, text = [el], printed
    for sibling in el.itersiblings():
        if len(run) >= _MAX_LEAD_PARTS:
            break
        if not isinstance(sibling.tag, str) or sibling.tag in SILENT_TAGS:
            continue
        part = _bounded_text(sibling, most)
        if part is None:
            break
        if not part:
            continue
        run.append(sibling)
        text += part
        if any(_holds(text, d, cut) for d, cut in descriptions):
            return run
        if not any(d.startswith(text) for d, _ in descriptions):
            break
    return []


def _texts_after(el: lxml.html.HtmlElement) -> Iterator[str]:
    """The texts printed after an element, in page order, code skipped (lazily: a lead's
    neighbourhood is all that is read)."""
    node: lxml.html.HtmlElement | None = el
    while node is not None:
        if node.tail:
            yield node.tail
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str) and sibling.tag not in SILENT_TAGS:
                walk = etree.iterwalk(sibling, events=("start", "end"))
                for event, sub in walk:
                    if event == "start" and (
                        sub.tag in SILENT_TAGS or not isinstance(sub.tag, str)
                    ):
                        walk.skip_subtree()
                    elif event == "start" and sub.text:
                        yield sub.text
                    elif event == "end" and sub is not sibling and sub.tail:
                        yield sub.tail
            if sibling.tail:
                yield sibling.tail
        node = node.getparent()


def _following(el: lxml.html.HtmlElement) -> str:
    """The letters and digits printed after an element, as far as the body may start."""
    out = ""
    for text in _texts_after(el):
        out += folded(text)
        if len(out) >= _MAX_GAP + _KEY_CHARS:
            break
    return out


# The text nodes holding a word (compiled once, not at each call).
_TEXTS_WITH = etree.XPath(".//text()[contains(., $word)]")


def declared_lead(bundle: PageBundle) -> DeclaredLead | None:
    """The printed lead matching the page's description (read before pruning: templates often
    class it like a teaser), or None."""
    if not is_on("declared_lead"):
        return None
    descriptions = _descriptions(bundle)
    body = bundle.tree.find("body")
    if not descriptions or body is None:
        return None
    declared = [(d, cut) for d, (cut, _) in descriptions.items()]
    candidates = 0
    # Only text holding a description's first word is read closer (libxml2 finds it; folding
    # every text of the page costs a tenth of an extraction).
    for word in dict.fromkeys(word for _, word in descriptions.values()):
        for node in _TEXTS_WITH(body, word=word):
            parent = node.getparent()
            if parent is not None and parent.tag in SILENT_TAGS and not node.is_tail:
                continue
            start = folded(node[:200])
            if len(start) < 4 or not any(d.startswith(start[: len(d)]) for d, _ in declared):
                continue
            candidates += 1
            if candidates > _MAX_CANDIDATES:
                return None
            run = _printed(node, declared)
            if run:
                texts = (" ".join(el.text_content().split()) for el in run)
                return DeclaredLead(tuple(t for t in texts if t), _following(run[-1]))
    return None


# A lead named by its class in the newsrooms' words (standfirst, dek, perex, sapo, chapô,
# entradilla, bajada, sommario, ingress …), as a whole class token or a token's part between
# hyphens or underscores ("article-lead", "inews__post__standfirst", "c-article__perex").
_LEAD_CLASS = re.compile(
    r"(?:^|[-_])(?:lead|lede|standfirst|perex|dek|deck|intro|sapo|chapo|chapeau|entradilla|"
    r"bajada|sommario|catenaccio|ingress|ingres|leadtext|lead-text|"
    # … and the generic names templates give it ("article-summary", "subtitle", "entry-excerpt")
    r"summary|subtitle|sub-title|subheadline|excerpt)$"
)
# … not a box's ("newsletter-intro", "card-intro", "related-intro", "cookie-intro").
_NOT_LEAD_CLASS = re.compile(r"newsletter|cookie|related|card|teaser|promo|author|bio|consent")
# The article's own teaser is its lead in German-speaking newsrooms' templates ("article__teaser",
# "artikel-teaser", "c-article-teaser"): a teaser the class ties to the article, not a card's.
_ARTICLE_TEASER = re.compile(
    r"(?:^|[-_])(?:article|artikel|beitrag|story|detail|entry)(?:__|[-_])teaser(?:[-_]?text)?$"
)
# Subtrees no lead stands in, and what a lead holds none of.
_NO_LEAD_TAGS = ("a", "li", "ul", "ol", "nav", "aside", "figure", "figcaption", "footer")
# Its text: a sentence or two, not a word or a page.
_LEAD_MIN_CHARS = 60
_LEAD_MAX_CHARS = 700
# The lead stands before the body's text: among the first elements that carry a lead's class.
_MAX_CLASSED = 12


def classed_lead(bundle: PageBundle) -> DeclaredLead | None:
    """A lead the page names by its class, below the headline (on a page that declares a
    description, one that opens as it does): the body takes it only when its first block
    follows right after (with_declared_lead)."""
    if not is_on("classed_lead"):
        return None
    # A page that declares its description says its lead by it: a classed lead then opens as
    # the description does (its first sentence, "…, after the snow of mid-June", a longer lead
    # than declared_lead takes for the description's).
    openings = [d[:_KEY_CHARS] for d in _descriptions(bundle)]
    body = bundle.tree.find("body")
    if body is None:
        return None
    seen = 0
    walk = etree.iterwalk(body, events=("start",))
    for _, el in walk:
        if not isinstance(el.tag, str) or el.tag in SILENT_TAGS or el.tag in _NO_LEAD_TAGS:
            walk.skip_subtree()
            continue
        tokens = [t.lower() for t in (el.get("class") or "").split() + (el.get("id") or "").split()]
        if not any(
            (_LEAD_CLASS.search(t) and not _NOT_LEAD_CLASS.search(t)) or _ARTICLE_TEASER.search(t)
            for t in tokens
        ):
            continue
        seen += 1
        if seen > _MAX_CLASSED:
            return None
        text = " ".join(el.text_content().split())
        if not _LEAD_MIN_CHARS <= len(text) <= _LEAD_MAX_CHARS or not _may_be_lead(el):
            continue
        if next(el.iter(*_NO_LEAD_TAGS, "img", "picture"), None) is not None:
            continue  # a box of links, a picture and its caption: no lead
        if openings and not folded(text).startswith(tuple(openings)):
            continue
        fire("classed_lead")
        return DeclaredLead((text,), _following(el))
    return None


def with_declared_lead(blocks: list[str], lead: DeclaredLead | None) -> list[str]:
    """The body with its declared lead in place: before the first block the page prints right
    after it (the body may open with the headline or a kicker printed above the lead)."""
    if lead is None or not blocks:
        return blocks
    body = "".join(folded(b) for b in blocks)
    if folded(lead.paragraphs[0])[:_KEY_CHARS] in body:
        return blocks
    for at, block in enumerate(blocks[: _MAX_BLOCKS_ABOVE + 1]):
        key = folded(block)[:_KEY_CHARS]
        if key and 0 <= lead.after.find(key) <= _MAX_GAP:
            fire("declared_lead")
            return [*blocks[:at], *lead.paragraphs, *blocks[at:]]
        if len(block) > _MAX_ABOVE_CHARS:
            break  # a paragraph of the article: the lead does not come after it
    return blocks


def with_script_lead(
    blocks: list[str], description: str | None, tree: lxml.html.HtmlElement, title: str | None
) -> list[str]:
    """A script-rendered body with its lead: the description the page declares, a sentence or
    two, when the body lacks it and a script holding the body holds it too (the stored
    article's own lead field, "intro" or "entradeta", which a browser prints above it)."""
    if not blocks or not description or not is_on("declared_lead"):
        return blocks
    text = " ".join(description.split())
    if not _LEAD_MIN_CHARS <= len(text) <= _LEAD_MAX_CHARS or not _SENTENCE_END.search(text):
        return blocks  # a cut description ("…") or a word: no lead printed whole
    key, body_key = folded(text)[:_KEY_CHARS], folded(blocks[0])[:_KEY_CHARS]
    if any(key in folded(b) for b in blocks[: _MAX_BLOCKS_ABOVE + 1]):
        return blocks
    for script in tree.iter("script"):
        if script.get("src") or not script.text:
            continue
        state = folded(_UNICODE_ESCAPE.sub(lambda m: chr(int(m[1], 16)), script.text))
        if key not in state or body_key not in state:
            continue
        # The story's lead speaks of the story: words of its own in the body's opening (a
        # site's tagline the state holds too, "Harbour Media brings you the latest local news
        # …", shares a word or none).
        # (the title's own words, without the site's name after its separator)
        own_title = _SITE_PART.split(title or "", maxsplit=1)[0]
        if not _shares_words(text, " ".join([own_title, *blocks[:_LEAD_CONTEXT_BLOCKS]])):
            return blocks
        fire("declared_lead")
        return [text, *blocks]
    return blocks


def _shares_words(lead: str, body: str) -> bool:
    """The lead and the title or body share two words of five letters or more, by their
    first five (inflected forms alike: "пешеходный", "пешеходного"); in a script written
    without spaces, three two-character runs."""
    if CJK.search(lead):
        pairs = {lead[i : i + 2] for i in range(len(lead) - 1) if CJK.match(lead[i : i + 2])}
        return sum(1 for pair in pairs if pair in body) >= _SHARED_PAIRS
    words = {w[:5].casefold() for w in re.findall(r"[^\W\d_]{5,}", lead)}
    found = {w[:5].casefold() for w in re.findall(r"[^\W\d_]{5,}", body)}
    return len(words & found) >= _SHARED_WORDS


_LEAD_CONTEXT_BLOCKS = 3
_SITE_PART = re.compile(r"\s[-|–—·]\s")
_SHARED_WORDS = 2
_SHARED_PAIRS = 3


# A description printed whole ends as a sentence does; a cut one ends in "…".
_SENTENCE_END = re.compile(r"[.!?。！？।۔»”\"]$")
_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def lead_not_removed(
    removed: list[RemovedFragment], paragraphs: list[str], lead: DeclaredLead | None
) -> list[RemovedFragment]:
    """The removed fragments without the lead's, when the body holds it again (a rule that
    pruned it by a teaser-like class is not what the page lost)."""
    if lead is None:
        return removed
    kept = {folded(p)[:_KEY_CHARS] for p in lead.paragraphs if p in paragraphs}
    return [f for f in removed if folded(f.text)[:_KEY_CHARS] not in kept] if kept else removed
