"""Recall safety net for the body: when the pruned extraction is not an article, look again.

The pruning rules are written on pages we have seen; on an unseen layout they can take the
article with them, or leave trafilatura's fast path holding a menu. Two checks cost nothing on
the usual page and run only when the body is empty or not prose:

- `recall_fallback`: trafilatura's full extraction (with its own readability/justext fallbacks)
  on the unpruned page replaces the body when it is prose and ours is not;
- `short_body`: the same when the body holds under a fifth of the characters of the page's
  prose paragraphs (an unseen layout where the fast path took a teaser for the article) and
  the full extraction finds at least twice as much;
- `script_body`: a page rendered by script (the article only in a JSON state object) gives
  the longest HTML string of its inline scripts that holds paragraphs.

And one merge, paragraph by paragraph, on every page extracted from the HTML:

- `sibling_paragraphs`: a prose <p> standing between two body paragraphs of the same parent
  element is body text, whichever step dropped it (trafilatura skips a paragraph after an inline
  widget; a pruning rule fires on an unseen class). The paragraphs are read before pruning.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field

import lxml.html
import trafilatura

from wirecopy.tasks.html.body import (
    PROSE_CHARS,
    div_paragraphs,
    matches_rule,
    prose_share,
    text_blocks,
)
from wirecopy.tasks.html.page import parse_page
from wirecopy.tasks.html.rules import CAPTION_TAGS, SILENT_TAGS
from wirecopy.tasks.rule_switches import fire, is_on, register, setting, tunable

register(
    "body",
    (
        "recall_fallback",  # an empty or non-prose body falls back to the unpruned extraction
        "short_body",  # a body much shorter than the page's prose falls back to it too
        "script_body",  # a script-rendered page's body from the HTML strings of its JSON state
        "sibling_paragraphs",  # a prose <p> between two body paragraphs of its parent is body
        "prose_run",  # an empty body after every fallback: the page's longest run of prose <p>s
    ),
)
# The body is "not prose" below this share of its characters in prose blocks. 0.3 separates
# the menus trafilatura's fast path sometimes returns (0.0-0.16 on dev) from articles with
# many short paragraphs (>= 0.5 on every dev page); the cross-validation may choose another.
_MIN_PROSE_SHARE = 0.3
tunable("net_prose_share", _MIN_PROSE_SHARE, (0.2, 0.3, 0.5))
# The fallback must itself be mostly prose to replace the body.
_FALLBACK_PROSE_SHARE = 0.5
# A body under this share of the page's prose-paragraph characters is suspiciously short. 0.2
# fires on no dev page as published and on the pages whose article the fast path missed once
# their class names are renamed (benchmarks/extraction.py --rename-classes); the fallback must
# then find this many times more text.
_SHORT_BODY_SHARE = 0.2
tunable("net_short_share", _SHORT_BODY_SHARE, (0.1, 0.2, 0.3))
_SHORT_BODY_GAIN = 2.0
# A replacement found by coverage holds at least half of the page's prose paragraphs.
_MIN_COVER_SHARE = 0.5
# Prose paragraphs remembered per page by key: enough for any article, bounded for a page of
# thousands of paragraphs.
_MAX_PROSE_KEYS = 500
# Above this many <p> and <div> elements the fallback is trafilatura's fast extraction (see
# _fallback_blocks); the dev pages have at most 2,508 (half under 172).
_MAX_FULL_FALLBACK_PARAGRAPHS = 3000
# A JSON string in a script is a body candidate only when it holds at least this many
# paragraph tags: a teaser or a single caption is not an article.
_MIN_SCRIPT_PARAGRAPHS = 3
# JSON string literals long enough to hold an article (escaped quotes allowed inside).
_JSON_STRING = re.compile(r'"((?:[^"\\]|\\.){400,})"', re.S)
_PARAGRAPH_TAG = re.compile(r"<p[\s>]|\\u003cp[\s>\\]", re.I)
# A paragraph restored between body paragraphs must be prose: this long, mostly letters, at most
# this share of it link text, and no code or markup ("hbspt.cta.load(…);", "&lt;span …").
_SIBLING_MIN_CHARS = 80
_SIBLING_MIN_LETTERS = 0.6
_SIBLING_MAX_LINKS = 0.3
_CODE_MARKS = re.compile(r"[<>{}]|;\S|&lt;|&gt;")
# Parents whose paragraphs are never body text: captions, embeds, templates.
_NOT_BODY_PARENTS = CAPTION_TAGS | SILENT_TAGS
# A paragraph is found in the body by the start of its letters and digits (inline markup,
# entities and spacing differ between the page and the extracted text).
_KEY_CHARS = 40
# Paragraphs looked for in the body per page: a gap is a few paragraphs, and a hostile page of
# thousands of alternating paragraphs must not cost a search of the body for each one.
_MAX_GAP_CHECKS = 200
_NOT_WORD = re.compile(r"\W+")


def _fallback_blocks(html: str, url: str | None, paragraphs: int = 0) -> list[str]:
    """trafilatura's full extraction of the unpruned page, as blocks.

    Its own last fallback (jusText) compares every paragraph with its neighbours' runs, time
    quadratic in the paragraphs: on a page of more than _MAX_FULL_FALLBACK_PARAGRAPHS (no
    article has them; 12,000 took 4.5 s) the fast extraction reads it instead.
    """
    fast = paragraphs > _MAX_FULL_FALLBACK_PARAGRAPHS
    text = trafilatura.extract(
        html, url=url, include_comments=False, include_images=False, fast=fast
    )
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def script_article(tree: lxml.html.HtmlElement) -> str:
    """The longest paragraph-holding HTML string in the page's inline scripts ("" if none):
    a script-rendered page's stored article."""
    best, best_chars = "", 0
    for script in tree.iter("script"):
        kind = (script.get("type") or "").lower()
        if script.get("src") or "ld+json" in kind or not script.text:
            continue
        for m in _JSON_STRING.finditer(script.text):
            raw = m[1]
            if len(_PARAGRAPH_TAG.findall(raw)) < _MIN_SCRIPT_PARAGRAPHS:
                continue
            try:
                value = json.loads(f'"{raw}"')
            except ValueError:
                continue
            chars = sum(map(len, text_blocks(value)))
            if chars > best_chars:
                best, best_chars = value, chars
    return best


def _better(candidate: list[str], length: int, gain: float = 1.0) -> bool:
    """A replacement must be mostly prose and longer (gain times) than the body it replaces."""
    prose = prose_share(candidate) >= _FALLBACK_PROSE_SHARE
    return prose and sum(map(len, candidate)) > gain * length


def _covers_more(candidate: list[str], covered: int, page: PageParagraphs) -> bool:
    """A mostly-prose replacement holding most of the page's prose, and twice what the body
    holds of it (a body that is another text, not a shorter one)."""
    if not page.prose or prose_share(candidate) < _FALLBACK_PROSE_SHARE:
        return False
    found = _covered(candidate, page)
    return found >= _SHORT_BODY_GAIN * covered and found >= _MIN_COVER_SHARE * page.prose_chars


def _cleaner(candidate: list[str], blocks: list[str]) -> bool:
    """A mostly-prose replacement of a body that is not prose may be shorter, when it keeps
    the body's longest block: the menus and tag lists around the article were the length."""
    if not blocks or prose_share(candidate) < _FALLBACK_PROSE_SHARE:
        return False
    longest = max(blocks, key=len)
    return len(longest) >= PROSE_CHARS and _key(longest) in "".join(map(_folded, candidate))


@dataclass(slots=True)
class PageParagraphs:
    """The page's paragraphs as read before pruning: what the body may take back."""

    # Texts of the <p> children of each element holding at least three, in page order; a
    # paragraph that may not come back is "" (it holds its place).
    runs: list[list[str]] = field(default_factory=list)
    # Characters in the page's long, low-link paragraphs: how much prose the page shows.
    prose_chars: int = 0
    # Characters of all its <p> elements, as they stand (what pruning weighs a wrapper against).
    all_chars: int = 0
    # Characters of the prose written in <div>s of text rather than <p>s (included above).
    div_chars: int = 0
    # The long prose paragraphs (<p>s and <div>s of text) by their key (_key), with their length:
    # how much of what the page shows a body holds. At most _MAX_PROSE_KEYS of them.
    prose: dict[str, int] = field(default_factory=dict)
    # How many <p> and <div> elements the page has, prose or not.
    paragraphs: int = 0

    @property
    def in_divs(self) -> bool:
        """The page writes its prose in <div>s of text more than in <p>s."""
        return self.div_chars > self.prose_chars - self.div_chars


def page_paragraphs(tree: lxml.html.HtmlElement) -> PageParagraphs:
    """The paragraphs of the page before pruning.

    Read before pruning, so that a paragraph a wrapper's rule took can be found again. A
    paragraph that is not prose (link lists, code, short labels), is hidden, or is itself named
    by a boilerplate rule ("<p class='newsletter-signup'>") may not come back.
    """
    runs: dict[lxml.html.HtmlElement, list[str]] = {}
    prose_chars = all_chars = 0
    prose: dict[str, int] = {}
    for p in tree.iter("p"):
        if p.get("hidden") is not None:
            runs.setdefault(p.getparent(), []).append("")  # not shown: holds its place only
            continue
        raw = p.text_content()
        all_chars += len(raw)
        parent = p.getparent()
        if parent is None or parent.tag in _NOT_BODY_PARENTS:
            continue
        # Spaces collapsed as trafilatura does (so a kept paragraph is one of its blocks as is);
        # whitespace only shrinks, so a short raw text is short.
        text = " ".join(raw.split()) if len(raw) >= _SIBLING_MIN_CHARS else ""
        long_prose = len(text) >= _SIBLING_MIN_CHARS
        if long_prose and (links := [a.text_content() for a in p.iter("a")]):
            long_prose = sum(map(len, links)) <= _SIBLING_MAX_LINKS * len(text)
        shown = long_prose and parent.get("hidden") is None
        if shown:
            prose_chars += len(text)
            if len(prose) < _MAX_PROSE_KEYS:
                prose[_key(text)] = len(text)
        may_return = shown and not matches_rule(p)
        runs.setdefault(parent, []).append(text if may_return else "")
    runs_of_three = [texts for texts in runs.values() if len(texts) >= 3]
    div_chars = 0
    divs = div_paragraphs(tree)
    for text in divs:
        div_chars += len(text)
        if len(prose) < _MAX_PROSE_KEYS:
            prose[_key(text)] = len(text)
    # Every <p> and <div>, prose or not: what trafilatura's fallbacks would weigh one by one.
    count = int(tree.xpath("count(//p|//div)"))
    return PageParagraphs(
        runs_of_three, prose_chars + div_chars, all_chars, div_chars, prose, count
    )


def reads_in_full(page: PageParagraphs) -> bool:
    """The page writes its prose in <div>s, and the full extraction's last fallback (quadratic
    in the paragraphs) can afford it: the body extractor weighs its divs one by one."""
    return page.in_divs and page.paragraphs <= _MAX_FULL_FALLBACK_PARAGRAPHS


def _covered(blocks: list[str], page: PageParagraphs) -> int:
    """Characters of the page's prose paragraphs the body holds (found by their key)."""
    body = "".join(_folded(b) for b in blocks)
    return sum(chars for key, chars in page.prose.items() if key and key in body)


def _reads_as_prose(text: str) -> bool:
    """Mostly letters, no code or markup (asked only of a paragraph about to be put back)."""
    letters = sum(1 for c in text if c.isalpha() or c.isspace())
    return letters >= _SIBLING_MIN_LETTERS * len(text) and not _CODE_MARKS.search(text)


def _folded(text: str) -> str:
    """A text's letters and digits, case-folded: how a paragraph is found in the body again."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


def _key(text: str) -> str:
    """The first letters and digits of a paragraph (its start is enough to find it)."""
    return _folded(text[: 4 * _KEY_CHARS])[:_KEY_CHARS]


def restore_siblings(blocks: list[str], page: PageParagraphs) -> list[str]:
    """Body blocks with the prose paragraphs dropped between two kept paragraphs put back.

    Linear in the page and bounded: at most _MAX_GAP_CHECKS paragraphs are looked for in the
    body, and each one put back goes right after the paragraph before it on the page.
    """
    if not is_on("sibling_paragraphs") or not blocks:
        return blocks
    exact = set(blocks)
    after: dict[str, list[str]] = {}  # a block or restored text -> texts put back after it
    body = ""  # the blocks' letters and digits, made only when a gap needs them
    checks = 0
    for texts in page.runs:
        # Kept: the body has the paragraph as one block (trafilatura copies a <p>'s text).
        kept = [k for k, text in enumerate(texts) if text and text in exact]
        if len(kept) < 2:
            continue
        last = texts[kept[0]]
        for text in texts[kept[0] + 1 : kept[-1]]:
            if text in exact:
                last = text or last
                continue
            if checks >= _MAX_GAP_CHECKS:
                break
            checks += 1
            # No separator: a paragraph split at a <br> is two blocks.
            body = body or "".join(_folded(b) for b in blocks)
            if _key(text) in body or _folded(text)[-_KEY_CHARS:] in body:
                continue  # there, or its end is (a link title before it was left out)
            if not _reads_as_prose(text):
                continue
            fire("sibling_paragraphs")
            after.setdefault(last, []).append(text)
            exact.add(text)
            last = text
    if not after:
        return blocks
    out: list[str] = []
    for block in blocks:
        queue = [block]
        while queue:
            text = queue.pop(0)
            out.append(text)
            queue[0:0] = after.pop(text, [])
    return out


def recall_net(
    html: str, url: str | None, blocks: list[str], source: str, page: PageParagraphs
) -> tuple[list[str], str]:
    """The body blocks, replaced by a fallback when they are empty, not prose or much too short.

    The pruned tree cannot be reused: the fallbacks must see what pruning took (the article
    column, the scripts), so the page is read again from its HTML, on this rare path only.
    """
    length = sum(map(len, blocks))
    # How much of the page's prose the body holds: its length, or better, the page's prose
    # paragraphs found in it (a teaser list taken for the article is long, and holds none).
    covered = _covered(blocks, page) if page.prose else length
    short = covered < setting("net_short_share", _SHORT_BODY_SHARE) * page.prose_chars
    short = short and is_on("short_body")
    prose = prose_share(blocks) >= setting("net_prose_share", _MIN_PROSE_SHARE)
    if not short and (prose or source == "jsonld"):
        return blocks, source
    # Here the body is not prose, or it holds little of the page's prose.
    rule, gain = ("short_body", _SHORT_BODY_GAIN) if prose else ("recall_fallback", 1.0)
    if is_on(rule):
        fallback = _fallback_blocks(html, url, page.paragraphs)
        more = short and _covers_more(fallback, covered, page)
        if _better(fallback, length, gain) or more or (not prose and _cleaner(fallback, blocks)):
            fire(rule)
            return fallback, "fallback"
    if is_on("script_body"):
        scripted = text_blocks(script_article(parse_page(html, url).tree))
        if _better(scripted, length):
            fire("script_body")
            return scripted, "script"
    if not blocks and (run := _longest_run(page)) and is_on("prose_run"):
        # Every reading came back empty (trafilatura discarded the article's container by its
        # tag or class in each), yet the page shows prose paragraphs side by side: those are
        # what a reader sees as the article.
        fire("prose_run")
        return run, "paragraphs"
    return blocks, source


def _longest_run(page: PageParagraphs) -> list[str]:
    """The prose paragraphs of the element holding the most of them (at least two), in order."""
    best: list[str] = []
    for texts in page.runs:
        prose = [t for t in texts if t]
        if len(prose) >= 2 and sum(map(len, prose)) > sum(map(len, best)):
            best = prose
    return best
