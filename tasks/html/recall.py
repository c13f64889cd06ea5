"""Recall safety net for the body: when the pruned extraction is not an article, look again.

The pruning rules are written on pages we have seen; on an unseen layout they can take the
article with them, or leave trafilatura's fast path holding a menu. Two checks cost nothing on
the usual page and run only when the body is empty or not prose:

- `recall_fallback`: trafilatura's full extraction (with its own readability/justext fallbacks)
  on the unpruned page replaces the body when it is prose and ours is not;
- `script_body`: a page rendered by script (the article only in a JSON state object) gives
  the longest HTML string of its inline scripts that holds paragraphs.
"""

from __future__ import annotations

import json
import re

import lxml.html
import trafilatura

from wirecopy.tasks.html.body import text_blocks
from wirecopy.tasks.html.page import parse_page
from wirecopy.tasks.rule_switches import fire, is_on, register, setting, tunable

register(
    "body",
    (
        "recall_fallback",  # an empty or non-prose body falls back to the unpruned extraction
        "script_body",  # a script-rendered page's body from the HTML strings of its JSON state
    ),
)
# A block is prose when it is this long, or this long and closed like a sentence: menus,
# tag lists and bylines are short and unpunctuated.
_PROSE_CHARS = 80
_SENTENCE_CHARS = 30
_SENTENCE_END = re.compile(r"[.!?。！？…\"”’»)]$")
# The body is "not prose" below this share of its characters in prose blocks. 0.3 separates
# the menus trafilatura's fast path sometimes returns (0.0-0.16 on dev) from articles with
# many short paragraphs (>= 0.5 on every dev page); the cross-validation may choose another.
_MIN_PROSE_SHARE = 0.3
tunable("net_prose_share", _MIN_PROSE_SHARE, (0.2, 0.3, 0.5))
# The fallback must itself be mostly prose to replace the body.
_FALLBACK_PROSE_SHARE = 0.5
# A JSON string in a script is a body candidate only when it holds at least this many
# paragraph tags: a teaser or a single caption is not an article.
_MIN_SCRIPT_PARAGRAPHS = 3
# JSON string literals long enough to hold an article (escaped quotes allowed inside).
_JSON_STRING = re.compile(r'"((?:[^"\\]|\\.){400,})"', re.S)
_PARAGRAPH_TAG = re.compile(r"<p[\s>]|\\u003cp[\s>\\]", re.I)


def prose_share(blocks: list[str]) -> float:
    """Share of the characters in prose blocks (0.0 for an empty body)."""
    total = sum(len(b) for b in blocks)
    prose = sum(
        len(b)
        for b in blocks
        if len(b) >= _PROSE_CHARS or (len(b) >= _SENTENCE_CHARS and _SENTENCE_END.search(b))
    )
    return prose / total if total else 0.0


def _fallback_blocks(html: str, url: str | None) -> list[str]:
    """trafilatura's full extraction of the unpruned page, as blocks."""
    text = trafilatura.extract(html, url=url, include_comments=False, include_images=False)
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _script_blocks(tree: lxml.html.HtmlElement) -> list[str]:
    """Blocks of the longest paragraph-holding HTML string in the page's inline scripts."""
    best: list[str] = []
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
            blocks = text_blocks(value)
            if sum(map(len, blocks)) > sum(map(len, best)):
                best = blocks
    return best


def _better(candidate: list[str], length: int) -> bool:
    """A replacement must be mostly prose and longer than the body it replaces."""
    return prose_share(candidate) >= _FALLBACK_PROSE_SHARE and sum(map(len, candidate)) > length


def recall_net(html: str, url: str | None, blocks: list[str], source: str) -> tuple[list[str], str]:
    """The body blocks, replaced by a fallback when they are empty or not prose.

    The pruned tree cannot be reused: the fallbacks must see what pruning took (the article
    column, the scripts), so the page is read again from its HTML, on this rare path only.
    """
    if source == "jsonld" or prose_share(blocks) >= setting("net_prose_share", _MIN_PROSE_SHARE):
        return blocks, source
    length = sum(map(len, blocks))
    if is_on("recall_fallback"):
        fallback = _fallback_blocks(html, url)
        if _better(fallback, length):
            fire("recall_fallback")
            return fallback, "fallback"
    if is_on("script_body"):
        scripted = _script_blocks(parse_page(html, url).tree)
        if _better(scripted, length):
            fire("script_body")
            return scripted, "script"
    return blocks, source
