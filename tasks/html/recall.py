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
- `continued_container`: an article split into sibling containers of one kind (same tag and
  class, an ad or a sign-up box between them) is read in all of them, when the body holds the
  paragraphs of one: trafilatura's fast path reads the first element its body pattern matches.
- `hidden_continuation`: the article's second half hidden behind a "Read more" button or a
  paywall (a box styled `display:none`, marked `hidden` or `aria-hidden`, right after a body
  paragraph of the same parent, holding prose paragraphs, with a control beside it or a
  paywall's class, in the paragraph's language) is body text: the page shows it on a
  click, and trafilatura's fast path deletes hidden elements unread. Hidden boxes elsewhere
  (modals, banners) follow no body paragraph and stay out.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import math
import re
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from html import escape, unescape

import lxml.html
from lxml import etree

from wirecopy.tasks.html.body import (
    PROSE_CHARS,
    div_paragraph_items,
    matched_kind,
    matches_rule,
    prose_share,
    text_blocks,
    trafilatura_text,
)
from wirecopy.tasks.html.devalue import is_devalue, revive
from wirecopy.tasks.html.jsliteral import nuxt_state
from wirecopy.tasks.html.page import folded, parse_page
from wirecopy.tasks.html.rules import CAPTION_TAGS, SILENT_TAGS, STYLE_HIDDEN
from wirecopy.tasks.rule_switches import fire, is_on, register, setting, tunable

register(
    "body",
    (
        "recall_fallback",  # an empty or non-prose body falls back to the unpruned extraction
        "mixed_runs",  # a <div> of text among a container's <p>s is one of its paragraphs
        "sibling_tail",  # a run's paragraphs after the body's last one of it come back too
        "short_body",  # a body much shorter than the page's prose falls back to it too
        "fallback_furniture",  # captions, buttons and what follows the footer leave the fallback
        "script_body",  # a script-rendered page's body from the HTML strings of its JSON state
        "sibling_paragraphs",  # a prose <p> between two body paragraphs of its parent is body
        "prose_run",  # an empty body after every fallback: the page's longest run of prose <p>s
        "missed_run",  # a body holding none of that run, which shows more prose than the body
        "missed_run_teaser",  # … after the body's teaser right before it (a "Read more" box)
        "continued_container",  # the article's paragraphs in its container's twins are body
        "div_twins",  # on a page written in <div>s of text, those are the runs and twins too
        "hidden_continuation",  # a hidden box of prose right after a body paragraph is body
        "hidden_in_blob",  # … after the shown paragraph of a body read as one block of text
        "flight_elements",  # a Server Components row's elements rendered as the page's HTML
        "rendered_rest",  # a page that prints the first paragraphs of its state's article
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
# A run of prose paragraphs the body misses takes its place when it has this many paragraphs
# (and more prose than the body holds of the page's).
_MISSED_RUN_PARAGRAPHS = 3
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
# (200 characters: a story of three short paragraphs in Chinese or Japanese is no longer)
_MIN_STRING_CHARS = 200
# A string literal's body after its opening quote, to its closing one (possessive: read once).
# (runs of plain characters read at once: 5x faster; possessive, so the engine keeps no stack)
_STRING_BODY = re.compile(r'(?:[^"\\]++|\\.)*+"', re.S)


def _string_literals(text: str) -> Iterator[str]:
    """The script's double-quoted string literals, each read once from its opening quote to its
    closing one: linear in the script, whatever its quotes (a run of escaped quotes made a
    pattern that searched from every quote quadratic)."""
    for _, raw in _placed_literals(text):
        yield raw


def _placed_literals(text: str) -> Iterator[tuple[int, str]]:
    """(where, body) of each of the script's string literals (see _string_literals)."""
    at = text.find('"')
    while at >= 0:
        m = _STRING_BODY.match(text, at + 1)
        if m is None:  # no closing quote after it: no more literals
            return
        yield at, text[at + 1 : m.end() - 1]
        at = text.find('"', m.end())


# (… or its markup escaped as entities: "&lt;p&gt;", which text_blocks unescapes)
_PARAGRAPH_TAG = re.compile(r"<p[\s>]|\\u003cp[\s>\\]|&lt;p(?:&gt;|\s)", re.I)
# … or a pair of line breaks parting them (a body of "text<br /><br />text", as broadcasters'
# CMSs store it), raw, escaped for JSON or as entities.
_BREAK_PAIR = re.compile(
    r"(?:<br\s*/?>|\\u003cbr\s*/?\\u003e|&lt;br\s*/?&gt;)\s*"
    r"(?:<br\s*/?>|\\u003cbr\s*/?\\u003e|&lt;br\s*/?&gt;)",
    re.I,
)


def _paragraph_marks(text: str) -> int:
    """How many paragraphs the HTML string marks: its <p> tags, else its pairs of breaks."""
    return len(_PARAGRAPH_TAG.findall(text)) or len(_BREAK_PAIR.findall(text))


# A paragraph restored between body paragraphs must be prose: this long, mostly letters, at most
# this share of it link text, and no code or markup ("hbspt.cta.load(…);", "&lt;span …").
_SIBLING_MIN_CHARS = 80
_SIBLING_MIN_LETTERS = 0.6
_SIBLING_MAX_LINKS = 0.3
_CODE_MARKS = re.compile(r"[<>{}]|;\S|&lt;|&gt;")
# Parents whose paragraphs are never body text: captions, embeds, templates.
_NOT_BODY_PARENTS = CAPTION_TAGS | SILENT_TAGS
# Elements that are never an article's container, whatever siblings they have.
_NOT_TWINS = frozenset({"html", "body", "li", "td", "tr"}) | CAPTION_TAGS
# A paragraph is found in the body by the start of its letters and digits (inline markup,
# entities and spacing differ between the page and the extracted text).
_KEY_CHARS = 40
# Paragraphs looked for in the body per page: a gap is a few paragraphs, and a hostile page of
# thousands of alternating paragraphs must not cost a search of the body for each one.
_MAX_GAP_CHECKS = 200
# An article's parts are looked for this many levels above a <p>: its parent or the wrappers
# around it (5 reaches the parts of the deepest split article on the dev pages, Postmedia's
# "article > div.block > div > section > div > p").
_TWIN_DEPTH = 5
# Twins are parts of the article when the body holds this many paragraphs of one of them: a
# teaser card's one summary, a paragraph wrapped in a div of its own, are not.
_MIN_TWIN_PARAGRAPHS = 2
# The paths of the body's paragraphs compared with a twin's (a template has a few).
_MAX_PATHS = 20
# A hidden box continues the article when it holds this many prose paragraphs (a hidden
# one-paragraph box is a tooltip, a teaser or a consent text), at most this many levels above
# them, and the body paragraph it follows is at most this many elements before it (a "Read
# more" button or a fade-out between them).
_MIN_HIDDEN_PARAGRAPHS = 2
# A sentence of a few words, ended ("Die Arbeiten beginnen im Mai.", "…が負担した。"): its
# length, then its end.
_SHORT_SENTENCE_CHARS = (10, 200)
_SENTENCE_STOP = re.compile(r"[.。…][\"'”’»」』)]*$")
# (… and no question, exclamation, address or link inside: "Already a subscriber? Log in to
# keep reading.", "Thanks for reading!", "Contact the newsroom at desk@…" are a page's)
_NOT_A_SENTENCE = re.compile(r"[?!？！@]|https?:|www\.")


def _short_sentence(p: lxml.html.HtmlElement, raw: str) -> bool:
    """A <p> of one short sentence, no link in it or around it, named by no rule."""
    text = raw.strip()
    if not _SHORT_SENTENCE_CHARS[0] <= len(text) <= _SHORT_SENTENCE_CHARS[1]:
        return False
    if not _SENTENCE_STOP.search(text) or _NOT_A_SENTENCE.search(text):
        return False
    if p.find(".//a") is not None:
        return False
    return next(p.iterancestors("a"), None) is None and not matches_rule(p)


_HIDDEN_BOX_DEPTH = 2
_HIDDEN_ANCHOR_REACH = 3


# Every <p> and <div> of a page, counted by libxml2 (compiled once: a string XPath is compiled
# at each call, more than its evaluation costs here).
_COUNT_BLOCKS = etree.XPath("count(//p|//div)")


def _fallback_blocks(html: str, url: str | None, paragraphs: int = 0) -> list[str]:
    """trafilatura's full extraction of the unpruned page, as blocks.

    Its own last fallback (jusText) compares every paragraph with its neighbours' runs, time
    quadratic in the paragraphs: on a page of more than _MAX_FULL_FALLBACK_PARAGRAPHS (no
    article has them; 12,000 took 4.5 s) the fast extraction reads it instead.
    """
    fast = paragraphs > _MAX_FULL_FALLBACK_PARAGRAPHS
    text = trafilatura_text(html, url, fast)
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def script_article(tree: lxml.html.HtmlElement, needle: tuple[str, ...] = ()) -> str:
    """The longest paragraph-holding HTML string in the page's inline scripts ("" if none):
    a script-rendered page's stored article; a rich-text editor's tree of paragraph nodes
    in its JSON state counts as its paragraphs. With a needle (the page's title, folded),
    only a script that holds it: the page's own state, not a consent notice's text."""
    return (script_articles(tree, needle) or [("", [])])[-1][0]


def script_articles(
    tree: lxml.html.HtmlElement, needle: tuple[str, ...] = ()
) -> list[tuple[str, list[str]]]:
    """The paragraph-holding HTML strings in the page's inline scripts (see script_article)
    with their text blocks: each of _STORED_MIN_CHARS or more, and the longest last."""
    found_articles: list[tuple[str, list[str]]] = []
    best: tuple[str, list[str]] = ("", [])
    best_chars = 0
    flight_budget = [_MAX_FLIGHT_CHARS]  # the page's pushed rows read, in characters
    for script in tree.iter("script"):
        kind = (script.get("type") or "").lower()
        if script.get("src") or "ld+json" in kind or not script.text:
            continue
        if needle:
            text = _folded_script(script.text)
            if not any(n in text for n in needle):
                continue
        whole = kind == "application/json" or script.get("id") in _STATE_IDS
        text = script.text
        if whole and "&q;" in text[:_ANGULAR_PROBE_CHARS]:
            # Angular's TransferState escapes its JSON as entities ("{&q;article&q;: …}")
            text = _ANGULAR_ESCAPES.sub(lambda m: _ANGULAR_CHARS[m[0]], text)
        candidates = [
            nodes
            for state in _states(text, whole, flight_budget)
            for found in (state, *_nested_states(state))
            for nodes in (_node_tree_article(found), _html_list(found))
        ]
        for value in (*candidates, *_html_strings(text)):
            blocks = text_blocks(value)
            chars = sum(map(len, blocks))
            if chars > best_chars:
                best, best_chars = (value, blocks), chars
            if chars >= _STORED_MIN_CHARS:
                found_articles.append((value, blocks))
    if not best_chars:
        return []
    return [*(a for a in found_articles if a[0] is not best[0]), best]


_STORED_MIN_CHARS = 200


def _nested_states(state: object) -> list[object]:
    """The JSON documents a state keeps as strings ("body": "{\"type\":\"doc\", …}": a rich
    text's tree stringified), parsed; a few, read within the walk's budget."""
    found: list[object] = []
    stack: list[tuple[str, object]] = [("", state)]
    budget = _MAX_STATE_VALUES
    while stack and budget > 0 and len(found) < _MAX_NESTED_STATES:
        budget -= 1
        key, value = stack.pop()
        if isinstance(value, dict):
            stack.extend((str(k), v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((key, v) for v in value)
        elif (
            isinstance(value, str)
            and _BODY_KEY.fullmatch(key)  # a story's body, not a paywall's or comments' config
            and _MIN_NESTED_CHARS <= len(value) <= _MAX_STATE_CHARS
            and value.lstrip()[:2] in ('{"', "[{")
        ):
            try:
                found.append(json.loads(value))
            except (ValueError, RecursionError):
                continue
    return found


# The keys a story's body is kept under ("body", "content", "richText", "articleBody").
_BODY_KEY = re.compile(r"(?i)(?:article)?(?:body|content|text|richtext|document)(?:json|html)?")


# A stringified document worth parsing is this long at least; a state holds a few at most.
_MIN_NESTED_CHARS = 200
_MAX_NESTED_STATES = 4


def _html_list(state: object) -> str:
    """The HTML of a state's list of content items, joined in order ("" if none): the list
    whose items (strings, or objects with a string) hold the most paragraphs, two items of
    paragraphs at least (a story stored in parts, each part a short HTML string:
    {"contentList": [{"type": "text", "data": "<p>…</p>"}, …]}). Bounded as the walk above."""
    best, best_count = "", 0
    stack: list[object] = [state]
    budget = _MAX_STATE_VALUES
    while stack and budget > 0:
        budget -= 1
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.values())
            continue
        if not isinstance(value, list):
            continue
        parts = [html for item in value if (html := _item_html(item))]
        count = sum(len(_PARAGRAPH_TAG.findall(html)) for html in parts)
        if len(parts) >= _MIN_HTML_ITEMS and count > best_count:
            best, best_count = "".join(parts), count
        stack.extend(item for item in value if isinstance(item, dict | list))
    return best if best_count >= _MIN_SCRIPT_PARAGRAPHS else ""


# A story in parts: this many parts holding paragraphs at least.
_MIN_HTML_ITEMS = 2
# A script's string holding one paragraph is a part of a story when this long; this many are
# gathered at most.
_MIN_PART_CHARS = 40
_MAX_PARTS = 2000
# A part is no story's when its object is an entity of its own (see _teaser_parts): a link to
# another page among its fields (a teaser's "path": "/news/0"; a liveblog's entry has a title
# and a time beside its text, and no link or one to its own anchor), a person's name (a
# comment's), or a list or object named for other stories holding it ("related", "teasers").
_LINK_KEY = re.compile(r"(?i)(?:url|uri|href|link|path|permalink|slug)s?$")
_MEDIA_KEY = re.compile(r"(?i)im(?:a)?g|photo|picture|thumb|media|video|audio|icon|logo|avatar|src")
# A page's address: absolute, rooted or relative ("https://…", "//host/…", "/news/0", "../x");
# a slug's value is a page's name alone ("harbour-quay-opens").
_PAGE_LINK = re.compile(r"(?:https?:)?//\S|/(?![/\s])|\.{1,2}/")
_SLUG = re.compile(r"[\w-]+(?:/[\w-]+)*/?")
_MEDIA_FILE = re.compile(r"(?i)\.(?:jpe?g|png|gif|webp|avif|svg|mp[34]|m3u8|pdf)(?:[?#]|$)")
_PERSON_KEYS = frozenset({"name", "user", "username"})
_OTHER_STORIES = re.compile(
    r"(?i)related|teaser|recommend|suggest|similar|popular|trending|read_?(?:next|more|also)"
    r"|see_?also|also_?read|more_?(?:stories|news|articles|from)"
)
# Objects named for other stories are looked for this many levels above a part; objects and
# lists are followed this deep at most (a hostile nesting costs nothing more).
_TEASER_NAME_LEVELS = 3
_MAX_SCAN_DEPTH = 1000
# The scan's tokens: a string literal's opening quote, a bracket, or a bare key before its
# colon (a script's object literal: "{path:"/news/0"}"), read from a word's start only.
_SCAN_TOKEN = re.compile(r'["{}\[\]]|(?<![\w$])([A-Za-z_$][\w$]*)\s*:')
_COLON_AFTER = re.compile(r"\s*:")


def _item_html(item: object) -> str:
    """A content item's HTML: the string itself, or the one string holding a paragraph of an
    object that says its kind and is no entity of its own ("" if none): a story's part is
    {"type": "text", "data": …}; a teaser or a comment has a title, a link, a name."""
    if isinstance(item, str):
        return item if _PARAGRAPH_TAG.search(item) else ""
    if isinstance(item, dict):
        keys = {k.lower() for k in item}
        if not any(k in item for k in _KIND_KEYS) or keys & _ENTITY_KEYS:
            return ""
        found = [v for v in item.values() if isinstance(v, str) and _PARAGRAPH_TAG.search(v)]
        return found[0] if len(found) == 1 else ""
    return ""


# What an item that is an entity of its own (a teaser, a comment) has beside its text.
_ENTITY_KEYS = frozenset(
    {"title", "headline", "name", "slug", "url", "link", "href", "user", "author", "username"}
)


def _html_strings(text: str) -> Iterator[str]:
    """The script's JSON strings holding paragraphs, decoded. A string that is itself lines of
    JSON (Next.js's flight chunks push "5:[…]" lines as strings: an article's "content" escaped
    twice) gives the paragraph strings those lines hold instead of its JSON around them."""
    parts: list[tuple[int, str]] = []  # the short strings of a paragraph each, in order
    found = False
    for at, raw in _placed_literals(text):
        marks = _paragraph_marks(raw)
        if (
            marks < _MIN_SCRIPT_PARAGRAPHS
            and _RSC_PARAGRAPH.search(raw)
            and _FLIGHT_LINE.match(raw)
        ):
            # A Server Components row of elements holds no tag to count: rendered, it may.
            with contextlib.suppress(ValueError):
                if rendered := _flight_strings(json.loads(f'"{raw}"')):
                    found = True
                    yield from rendered
            continue
        if len(raw) < _MIN_STRING_CHARS or marks < _MIN_SCRIPT_PARAGRAPHS:
            # A story's part: a short string of one paragraph (its object read below).
            if marks and len(raw) >= _MIN_PART_CHARS and len(parts) < _MAX_PART_CANDIDATES:
                parts.append((at, raw))
            continue
        try:
            value = json.loads(f'"{raw}"')
        except ValueError:
            continue
        found = True
        yield from _flight_strings(value) or [value]
    # A story stored a paragraph a string in a state that is no JSON (Nuxt 2's
    # "content:{boxes:[{type:"paragraph",text:"<p>…</p>"}, …]}" in a script's object literal):
    # its strings in order, when no string holds the story whole; a teaser's or a comment's
    # string (an object that is an entity of its own) is none of the story's.
    if found or len(parts) < _MIN_SCRIPT_PARAGRAPHS:
        return
    teasers = _teaser_parts(text, {at for at, _ in parts})
    story: list[str] = []
    for at, raw in parts:
        if at not in teasers and len(story) < _MAX_PARTS:
            with contextlib.suppress(ValueError):
                story.append(json.loads(f'"{raw}"'))
    if len(story) >= _MIN_SCRIPT_PARAGRAPHS:
        yield "".join(story)


# Short paragraph strings read as a story's parts at most (teasers' among them).
_MAX_PART_CANDIDATES = 4 * _MAX_PARTS


@dataclass(slots=True, eq=False)
class _Scope:
    """An object or a list met in a script's scan: the name it stands under (its key, or its
    list's), its keys and whether a field links to another page."""

    name: str
    parent: _Scope | None
    is_object: bool
    keys: set[str] = field(default_factory=set)
    links: bool = False


def _teaser_parts(text: str, wanted: set[int]) -> set[int]:
    """Of the string literals opening at `wanted`, those of an entity of its own: in one linear
    scan of the script's brackets, string literals and keys (JSON or a script's object literal),
    each string's object is read whole, the fields after the string too. An entity links to
    another page or names a person, or stands in a list or object named for other stories
    ("related:[{id:0,headline:…,path:"/news/0",teaser:"<p>…</p>"}]")."""
    placed: dict[int, _Scope | None] = {}
    stack: list[_Scope] = []
    overflow = 0  # brackets opened past _MAX_SCAN_DEPTH, not followed
    key = ""  # the key read last in the innermost object
    at = 0
    while (m := _SCAN_TOKEN.search(text, at)) is not None:
        at = m.end()
        top = stack[-1] if stack else None
        token = m.group()
        if m.group(1) is not None:  # a bare key
            key = m.group(1)
            if top is not None and top.is_object:
                top.keys.add(key.lower())
        elif token == '"':
            end = _STRING_BODY.match(text, at)
            if end is None:
                break
            raw, at = text[at : end.end() - 1], end.end()
            if (colon := _COLON_AFTER.match(text, at)) is not None:
                key, at = raw, colon.end()
                if top is not None and top.is_object:
                    top.keys.add(key.lower())
                continue
            if m.start() in wanted:
                placed[m.start()] = top
            if top is not None and top.is_object and _is_page_link(key, raw):
                top.links = True
        elif token in "{[":
            if overflow or len(stack) >= _MAX_SCAN_DEPTH:
                overflow += 1
                continue
            if top is not None and top.is_object and token == "{" and _is_link_key(key):
                top.links = True  # "link": {"href": …}: a link's object
            name = key if top is None or top.is_object else top.name
            stack.append(_Scope(name, top, token == "{"))
            key = ""
        else:  # a closing bracket
            if overflow:
                overflow -= 1
            elif stack:
                stack.pop()
            key = ""
    return {at for at, scope in placed.items() if _is_teasers(scope)}


def _is_link_key(key: str) -> bool:
    """A link's key ("url", "path", "canonicalUrl", "slug"), not a picture's ("imageUrl")."""
    return _LINK_KEY.search(key) is not None and _MEDIA_KEY.search(key) is None


def _is_page_link(key: str, value: str) -> bool:
    """A field linking to another page: a link's key and a page's address, not an anchor on
    this page ("#e3", "/live/quay#e3": a liveblog's entry's own) nor a picture's file."""
    if not _is_link_key(key) or "#" in value or _MEDIA_FILE.search(value):
        return False
    if key.lower().endswith(("slug", "slugs")):
        return _SLUG.fullmatch(value) is not None
    return _PAGE_LINK.match(value) is not None


def _is_teasers(scope: _Scope | None) -> bool:
    """A part's scope is an entity of its own (see _teaser_parts)."""
    if scope is not None and scope.is_object and (scope.links or scope.keys & _PERSON_KEYS):
        return True
    for _ in range(_TEASER_NAME_LEVELS):
        if scope is None:
            return False
        if _OTHER_STORIES.search(scope.name):
            return True
        scope = scope.parent
    return False


# A paragraph element in a pushed row, as the script's literal writes it (escaped).
_RSC_PARAGRAPH = re.compile(r'\[\\"\$\\",\s*\\"p\\"')
# A flight chunk's line: its id, a colon, then JSON ("5:[\"$\",…]").
_FLIGHT_LINE = re.compile(r"[0-9a-zA-Z]{1,8}:(?=[\[{\"])")


def _flight_strings(value: str) -> list[str]:
    """The paragraph strings in a pushed chunk's lines of JSON, parsed (linear, bounded);
    [] when the value is no such lines."""
    found: list[str] = []
    budget = _MAX_STATE_VALUES
    for line in value.split("\n"):
        if not (m := _FLIGHT_LINE.match(line)):
            continue
        try:
            stack: list[object] = [json.loads(line[m.end() :])]
        except (ValueError, RecursionError):
            continue
        if is_on("flight_elements") and (rendered := _rendered_elements(stack[0], len(line))):
            # A React Server Components row: the page's elements themselves, not HTML strings
            # ("a:[\"$\",\"article\",null,{\"children\":[[\"$\",\"p\",…]]}]").
            fire("flight_elements")
            found.append(rendered)
            continue
        while stack and budget > 0:
            budget -= 1
            item = stack.pop()
            if isinstance(item, str):
                if _paragraph_marks(item) >= _MIN_SCRIPT_PARAGRAPHS:
                    found.append(item)
            elif isinstance(item, dict):
                stack.extend(reversed(list(item.values())))
            elif isinstance(item, list):
                stack.extend(reversed(item))
    return found


# An element of a Server Components row: ["$", tag, key, props]; a lower-case tag is HTML's,
# a "$L…" one a client component's reference (its text is elsewhere).
_HTML_TAG_NAME = re.compile(r"[a-z][a-z0-9]{0,15}")
_SILENT_RSC_TAGS = frozenset({"script", "style", "noscript", "svg", "template", "iframe"})
# … and the page's chrome, which the pruning rules drop from a page's HTML (rules.py's nav_tag,
# footer_tag, aside_tag): a menu's links run into the article's first paragraph otherwise.
_CHROME_RSC_TAGS = frozenset({"nav", "footer", "aside"})
# A row's HTML elements are rendered this many deep at most (the lists and client components
# around them count for nothing: a page's article stands 30-odd elements deep at most, and the
# walk keeps its own stack, so a deeper nesting costs no recursion).
_MAX_RSC_DEPTH = 200
# The values walked in a row: this many, and one more for each _RSC_CHARS_PER_NODE characters
# of its JSON. An element takes 20 at least and its children one value more ('["$","$L5",null,
# {}]'), so a row of real elements (12,000 cards or links before the article) is read to its
# end; only a row of bare values ("[1,1,1,…]") runs out. The walk's time stays linear in the
# row's JSON, which the page holds (read once), and its output is the row's text escaped.
_MAX_RSC_NODES = 20_000
_RSC_CHARS_PER_NODE = 8


def _rendered_elements(row: object, size: int = 0) -> str:
    """A Server Components row's HTML elements as HTML (text escaped, references and client
    components left out), "" when it renders fewer than two paragraphs. `size` is the row's
    length in characters (see _RSC_CHARS_PER_NODE). Iterative: its stack holds an iterator for
    each list or element open (memory in the nesting, not in the row's width)."""
    out: list[str] = []
    budget = _MAX_RSC_NODES + max(0, size) // _RSC_CHARS_PER_NODE
    # (children left to read, elements open above them), or an element's closing tag
    stack: list[tuple[Iterator[object], int] | str] = [(iter((row,)), 0)]
    while stack:
        top = stack[-1]
        if isinstance(top, str):  # an element's closing tag
            stack.pop()
            out.append(top)
            continue
        children, depth = top
        node = next(children, _END)
        if node is _END:
            stack.pop()
            continue
        if budget <= 0:
            # out of budget: close what is open, read no more
            out.extend(item for item in reversed(stack) if isinstance(item, str))
            break
        budget -= 1
        if isinstance(node, str):
            # "$L2", "$undefined", "$Sreact.suspense": references; "$$" is a dollar sign.
            if not node.startswith("$") or node.startswith("$$"):
                out.append(escape(node[1:] if node.startswith("$$") else node))
        elif isinstance(node, int | float) and not isinstance(node, bool):
            out.append(_number_text(node))  # React prints a number; true, false, null nothing
        elif isinstance(node, list):
            if len(node) == 4 and node[0] == "$" and isinstance(node[1], str):
                tag, props = node[1], node[3] if isinstance(node[3], dict) else {}
                kids = props.get("children")
                if _HTML_TAG_NAME.fullmatch(tag) is None:  # a client component: no element
                    stack.append((iter((kids,)), depth))
                elif (
                    tag not in _SILENT_RSC_TAGS
                    and tag not in _CHROME_RSC_TAGS
                    and depth < _MAX_RSC_DEPTH
                ):
                    out.append(f"<{tag}>")
                    stack.append(f"</{tag}>")
                    stack.append((iter((kids,)), depth + 1))
            else:
                stack.append((iter(node), depth))
    rendered = "".join(out)
    return rendered if _paragraph_marks(rendered) >= _MIN_SCRIPT_PARAGRAPHS else ""


_END = object()


def _number_text(value: int | float) -> str:
    """A number as JavaScript prints it ("52", "1.5", "3" for 3.0, "NaN", "Infinity")."""
    if isinstance(value, int):
        return str(value)
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return str(int(value)) if value.is_integer() and abs(value) < _JS_EXPONENT_FROM else repr(value)


# JavaScript writes a whole number in figures below this, with an exponent from it.
_JS_EXPONENT_FROM = 1e21


# A body this short (a character of a dense script counted twice) on a page whose HTML holds
# a state script is read against the state; the state's marks, as the frameworks write them.
_SHELL_BODY_CHARS = 2000
_STATE_MARK = re.compile(
    r"__INITIAL_STATE__|__NUXT|__NEXT_DATA__|__APOLLO_STATE__|__PRELOADED_STATE__|-state\"|"
    r"type=\"application/json\""
)
# A body shorter than this is a few lines (a teaser and a paywall's prompts): a script's
# article three times as long, and of some length itself, replaces it.
_TINY_BODY_CHARS = 500
_SCRIPT_ARTICLE_CHARS = 200
_TINY_BODY_GAIN = 3.0
# Chinese, Japanese and Korean say in one character what takes two or more in other scripts:
# a story's length weighs each of theirs twice.
_DENSE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _long_enough(text: str) -> bool:
    """The text is _SIBLING_MIN_CHARS long, a character of a dense script counted twice
    (its length alone decides most texts: read the script only between half and all)."""
    if len(text) >= _SIBLING_MIN_CHARS:
        return True
    return len(text) * 2 >= _SIBLING_MIN_CHARS and _weighed([text]) >= _SIBLING_MIN_CHARS


def _weighed(blocks: list[str]) -> int:
    """The blocks' length, a character of a dense script counted twice."""
    return sum(len(b) + len(_DENSE_SCRIPT.findall(b)) for b in blocks)


# The scripts that hold a page's state as JSON (Next.js, Nuxt, Apollo).
_STATE_IDS = frozenset({"__NEXT_DATA__", "__NUXT_DATA__", "__NUXT__", "__APOLLO_STATE__"})
# Bounds for a hostile page: the state read, and the values walked in it.
_MAX_STATE_CHARS = 5_000_000
_MAX_STATE_VALUES = 200_000
# A story's crossheads, and the longest one read as such.
_CROSSHEADS = ("h2", "h3", "h4")
_CROSSHEAD_CHARS = 150
# A rich-text editor's paragraph node ("type": "paragraph" in Slate and Portable Text,
# "unstyled" in Draft.js); a list of this many is an article's text.
_PARAGRAPH_NODE_TYPES = frozenset({"paragraph", "p", "unstyled", "block"})
_MIN_PARAGRAPH_NODES = 2
_LINE_NODE_TYPES = frozenset(
    {"header", "subheading", "subhead", "subtitle", "intertitle", "h2", "h3", "h4", "quote"}
    | {"blockquote"}
)
_TEXT_BLOCK_TYPES = frozenset({"textblock", "textelement", "text_block", "richtext", "rich_text"})


def _folded_script(text: str) -> str:
    """A script's text folded like a page's (its \\uXXXX escapes read as characters)."""
    if "\\u" in text:
        text = _UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return folded(text)


_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def _title_needle(tree: lxml.html.HtmlElement) -> tuple[str, ...]:
    """The opening letters of the page's title (og:title, else <h1>, else <title>), folded:
    of the title's own words before the site's name, and of what follows a kicker
    ("Lausanne: La Riponne sans voitures…" — a state may keep "Lausanne" apart)."""
    og = tree.find(".//meta[@property='og:title']")
    titles = [og.get("content") if og is not None else None]
    # … without one, both the <h1> and the <title>: a logo's <h1> ("JTBC 뉴스") says no title,
    # the <title> does (and with og:title, a logo's name would find a consent notice's script).
    if not titles[0]:
        for path in (".//h1", ".//title"):
            el = tree.find(path)
            titles.append(el.text_content() if el is not None else None)
    needles: list[str] = []
    for title in titles:
        # "Title - Site": the title's own words, before the site's name.
        own = _SITE_SEPARATOR.split(title or "", maxsplit=1)[0]
        needles.append(folded(own)[:_NEEDLE_CHARS])
        if (kicked := _KICKER.split(own, maxsplit=1)) and len(kicked) == 2:
            needles.append(folded(kicked[1])[:_NEEDLE_CHARS])
    return tuple(dict.fromkeys(n for n in needles if len(n) >= _MIN_NEEDLE_CHARS))


_KICKER = re.compile(r"(?<=\w)\s*[:：]\s+")
_MIN_NEEDLE_CHARS = 8


_NEEDLE_CHARS = 16
_SITE_SEPARATOR = re.compile(r"\s[-|–—·]\s")


# A script assigning its state to a variable ("window.__INITIAL_STATE__ = {…};"): the JSON
# after the equals sign, read at this many assignments per script at most.
# ("Fusion.globalContent = {…}" names its object with a dot: any name, dotted or declared).
_ASSIGNED_STATE = re.compile(
    r"(?:\b(?:var|let|const)\s+)?(?<![\w$.])[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*=\s*(?=[{\[])"
)
_MAX_ASSIGNMENTS = 5
_MAX_ASSIGNMENT_TRIES = 50
_DECODER = json.JSONDecoder()


def _states(text: str, whole: bool, flight_budget: list[int] | None = None) -> list[object]:
    """The JSON states a script holds: all of it (a JSON script), else the values assigned
    (and the rows it pushes to the App Router, read within the page's `flight_budget`)."""
    if len(text) > _MAX_STATE_CHARS:
        return []
    if whole:
        try:
            return [json.loads(text)]
        except (ValueError, RecursionError):  # a hostile nesting is no state
            return []
    found: list[object] = []
    if "__NUXT__" in text and (nuxt := nuxt_state(text)) is not None:
        found.append(nuxt)  # Nuxt 2's state: a function's literal filled from its arguments
    if "__next_f" in text and is_on("flight_elements"):
        # the App Router's pushed rows, each a JSON value
        found.extend(_flight_rows(text, flight_budget))
    for m in itertools.islice(_ASSIGNED_STATE.finditer(text), _MAX_ASSIGNMENT_TRIES):
        if text[m.end() : m.end() + 2] in ("{}", "[]"):
            continue  # "var opts = {};": an empty object says nothing, and counts for nothing
        try:
            found.append(_DECODER.raw_decode(text, m.end())[0])
        except (ValueError, RecursionError):
            continue
        if len(found) >= _MAX_ASSIGNMENTS:
            break
    return found


# Angular's TransferState escapes (one pass, so "&a;q;" is "&q;" as written, not a quote).
_ANGULAR_CHARS = {"&q;": '"', "&s;": "'", "&l;": "<", "&g;": ">", "&a;": "&"}
_ANGULAR_ESCAPES = re.compile("&[qslga];")
_ANGULAR_PROBE_CHARS = 200


# "self.__next_f.push([1,"…"])": a pushed string of the App Router's rows, matched to its
# string's first character; the string is read to its closing quote by _STRING_BODY. (A bounded
# repeat of single characters, "(?:[^"\\]|\\.){0,2000000}", kept about 150 bytes of the
# regex engine's stack per character, 294 MB for a 2 MB push, and skipped a longer one unread.)
_FLIGHT_PUSH = re.compile(r'__next_f\.push\(\[\s*1\s*,\s*"')
_MAX_FLIGHT_ROWS = 200
# The pushed strings read on a page: this many characters in all (a page's pushes beyond it are
# left unread). Each script is read at _MAX_STATE_CHARS at most, and a page's pushes share one
# budget across its scripts (see script_article), so a page decodes at most this much of them.
_MAX_FLIGHT_CHARS = _MAX_STATE_CHARS


def _flight_rows(text: str, budget: list[int] | None = None) -> list[object]:
    """The JSON values of the rows a script pushes to the App Router ("4:[\"$\",\"$L2\",null,
    {\"article\": {\"body\": […]}}]": a client component's props holding the story). Linear:
    each push is found by its opening and read once to its closing quote; `budget` holds the
    characters of pushes the page may still read (_MAX_FLIGHT_CHARS)."""
    budget = [_MAX_FLIGHT_CHARS] if budget is None else budget
    rows: list[object] = []
    at = 0
    while (m := _FLIGHT_PUSH.search(text, at)) is not None:
        if (end := _STRING_BODY.match(text, m.end())) is None:
            break  # no closing quote: no more pushes
        at = end.end()
        raw = text[m.end() : at - 1]
        if len(raw) > budget[0]:
            break
        budget[0] -= len(raw)
        try:
            pushed = json.loads(f'"{raw}"')
        except ValueError:
            continue
        for line in _lines(pushed):
            if (row := _FLIGHT_LINE.match(line)) is None:
                continue
            try:
                rows.append(json.loads(line[row.end() :]))
            except (ValueError, RecursionError):
                continue
            if len(rows) >= _MAX_FLIGHT_ROWS:
                return rows
    return rows


def _lines(text: str) -> Iterator[str]:
    """The text's lines, one at a time (a push of 50,000 rows is no list of them)."""
    at = 0
    while (end := text.find("\n", at)) >= 0:
        yield text[at:end]
        at = end + 1
    yield text[at:]


def _apollo_cache(state: object) -> dict[str, object]:
    """The Apollo cache its references ({"__ref": "TextBlock:x"}) point into: the state itself,
    or the mapping holding "ROOT_QUERY" a few levels down (Next.js keeps it in
    props.pageProps.apolloState)."""
    stack: list[tuple[object, int]] = [(state, 0)]
    seen = 0
    while stack and seen < _MAX_CACHE_SEARCH:
        value, depth = stack.pop()
        seen += 1
        if not isinstance(value, dict):
            continue
        if "ROOT_QUERY" in value:
            return value
        if depth < _CACHE_DEPTH:
            stack.extend((v, depth + 1) for v in value.values() if isinstance(v, dict))
    return state if isinstance(state, dict) else {}


# The cache stands at most this deep in a state; this many mappings are looked at.
_CACHE_DEPTH = 4
_MAX_CACHE_SEARCH = 2000


def _node_tree_article(state: object) -> str:
    """The article's rich-text paragraph nodes in a JSON state, as HTML ("" if none): the list
    of paragraph nodes that holds the most text, or a story's cards (a list of untitled items
    each holding a few paragraph nodes, as Quintype's) when that list is one of the cards and
    the cards hold more. Apollo's cache is read through its references ({"__ref": "…"}),
    Nuxt 3's devalue payload revived first. Bounded: a shared budget of values read, and each
    container read once (a revived payload shares and loops)."""
    if is_devalue(state):
        state = revive(state)  # type: ignore[arg-type]
    refs = _apollo_cache(state)
    budget = [_MAX_STATE_VALUES]
    best: list[str] = []
    cards: list[str] = []
    carried: dict[int, list[str]] = {}  # what a container holds up to its parent, by id
    used: set[int] = set()  # inner lists already held up by a list of lists
    kids: dict[int, list[object]] = {}  # a container's children, references read
    stack: list[tuple[object, bool]] = [(state, False)]
    while stack and budget[0] > 0:
        value, ready = stack.pop()
        if not isinstance(value, dict | list) or _is_paragraph_node(value):
            continue
        if not ready:
            if id(value) in kids:
                continue  # reached again (a shared object or a loop): read once
            budget[0] -= 1
            children = [_dereferenced(v, refs) for v in _children(value)]
            kids[id(value)] = children
            stack.append((value, True))
            stack.extend((c, False) for c in reversed(children) if id(c) not in kids)
            continue
        children = kids[id(value)]
        own: list[str] = []
        for child in children:
            if _is_paragraph_node(child) and (text := _node_text(child, budget)):  # type: ignore[arg-type]
                own.append(text)
            elif isinstance(child, dict) and _is_list_node(child):
                own.extend(_list_items(child, budget))
        if isinstance(value, list):
            if len(own) >= _MIN_PARAGRAPH_NODES and sum(map(len, own)) > sum(map(len, best)):
                best = own
            # (… or the lists it holds, each a paragraph's runs: HK01's "htmlTokens": [[{"type":
            # "text", "content": …}]], one paragraph per inner list)
            held = own or _card_texts(children, carried) or _nested_texts(children, carried, used)
            if len(held) > len(own) and sum(map(len, held)) > sum(map(len, cards)):
                cards = held
            carried[id(value)] = held[:_MAX_CARRIED]
        else:  # a dict holds up the one list of paragraphs it has (a card's elements)
            lists = [carried[id(c)] for c in children if carried.get(id(c))]
            carried[id(value)] = lists[0] if len(lists) == 1 else []
    # The cards win when the longest list is one of them (a card's own elements), not another
    # part of the page beside them (the article, beside a list of related stories).
    if sum(map(len, cards)) > sum(map(len, best)) and set(best) <= set(cards):
        best = cards
    return "".join(f"<p>{escape(t)}</p>" for t in best)


def _is_list_node(node: dict[str, object]) -> bool:
    """A list among a story's paragraph nodes ({"type": "list", "items": […]}, "bulleted-list",
    "ordered_list"): its items are lines of the story, in their place."""
    kind = _kind(node)
    # (… or a list's block by its GraphQL type, "ListBlock", "ListElement"; an item is none)
    listed = kind.startswith("list") and "item" not in kind
    return kind in _LIST_NODE_TYPES or kind.endswith(("-list", "_list")) or listed


_LIST_NODE_TYPES = frozenset({"list", "ul", "ol", "unordered-list", "ordered-list"})
_LIST_KEYS = ("items", "children", "nodes", "content", "list_items")


def _list_items(node: dict[str, object], budget: list[int]) -> list[str]:
    """The texts of a list node's items, each a line."""
    items = next((node[k] for k in _LIST_KEYS if isinstance(node.get(k), list)), [])
    out: list[str] = []
    for item in items:  # type: ignore[attr-defined]
        if isinstance(item, str) and item.strip():
            out.append(" ".join(unescape(_TAG.sub("", item)).split()))
        elif isinstance(item, dict) and (text := _node_text(item, budget)):
            out.append(text)
    return out


def _card_texts(children: list[object], carried: dict[int, list[str]]) -> list[str]:
    """The paragraphs of a list of cards in order: two untitled items or more, each holding a
    few paragraphs (a list of related stories has titles; an article's body, many)."""
    items = [c for c in children if isinstance(c, dict)]
    if len(items) < 2 or len(items) != len(children):
        return []
    held = [carried.get(id(item), []) for item in items]
    if any(len(h) > _CARD_PARAGRAPHS for h in held) or 2 * sum(1 for h in held if h) < len(held):
        return []
    if any(_TITLE_KEYS & {k.lower() for k in item} for item in items):
        return []
    return [t for h in held for t in h]


def _nested_texts(
    children: list[object], carried: dict[int, list[str]], used: set[int]
) -> list[str]:
    """The paragraphs the lists of a list of lists hold up, in order (none: not such a list);
    each inner list's once, to one parent (a revived payload shares lists: read again, a
    list holding the same list twice, 26 levels deep, would double 26 times)."""
    if not children or not all(isinstance(c, list) for c in children):
        return []
    texts: list[str] = []
    for child in children:
        if id(child) not in used:
            used.add(id(child))
            texts.extend(carried.get(id(child), []))
    return texts[:_MAX_CARRIED]


# A story's cards: each holds this many paragraphs at most.
_CARD_PARAGRAPHS = 4
_TITLE_KEYS = frozenset({"title", "headline", "name", "slug", "url", "link", "href"})
_MAX_CARRIED = 2000


def _children(value: dict[str, object] | list[object]) -> list[object]:
    return list(value.values()) if isinstance(value, dict) else value


def _dereferenced(value: object, refs: dict[str, object]) -> object:
    """An Apollo reference ({"__ref": "Type:id"}) as the object it names (read once: the
    walk reads each container once, so a loop of references ends)."""
    if isinstance(value, dict) and len(value) == 1 and isinstance(key := value.get("__ref"), str):
        return refs.get(key)
    # Apollo Client 2's form: {"type": "id", "id": "$Post:1.blocks.0", "generated": …}.
    if (
        isinstance(value, dict)
        and value.get("type") == "id"
        and isinstance(key := value.get("id"), str)
        and key in refs
    ):
        return refs[key]
    return value


def _is_paragraph_node(value: object) -> bool:
    """A paragraph node: "type" (Slate, a CMS's blocks), "nodeType" (Contentful), Portable
    Text's "_type" or GraphQL's "__typename" says so ("ParagraphSection"), or Arc XP's story
    format's text element ({"type": "text", "content": "…"})."""
    if not isinstance(value, dict):
        return False
    kind = _kind(value)
    if kind in _PARAGRAPH_NODE_TYPES or "paragraph" in kind or kind.startswith(_PARAGRAPH_WORDS):
        return True
    # The story's subheadings and quotes among its paragraphs ("heading-two", "header",
    # "HeadlineSection", "ArticleElementTitle", "blockquote"): lines of its text, in place.
    subheading = kind.endswith(("headlinesection", "elementtitle"))  # a body element's title
    # (… "subheadline", "subhead-2", as a CMS names its crossheads)
    subheading = subheading or kind.startswith("subhead")
    if kind in _LINE_NODE_TYPES or kind.startswith("heading") or subheading:
        return _text_key(value) is not None or any(
            isinstance(value.get(k), list) for k in ("children", "items")
        )
    # A text element: Arc XP's {"type": "text", "content": …}, a CMS's "ArticleElementText"
    # or "TextBlock" with its text or HTML.
    texty = kind == "text" or kind.endswith("elementtext") or kind in _TEXT_BLOCK_TYPES
    # (Editor.js and its kin keep a block's text in its "data": {"type": "text", "data":
    # {"text": "<p>…</p>"}})
    data = value.get("data")
    return texty and (
        _text_key(value) is not None or (isinstance(data, dict) and _text_key(data) is not None)
    )


# The keys a node names its kind under: Slate's and a CMS's "type", Contentful's "nodeType",
# Portable Text's "_type", GraphQL's "__typename", and a site's own ("kind", a short "t",
# "tipus", "tipo").
_KIND_KEYS = ("type", "nodeType", "_type", "__typename", "kind", "t", "tipus", "tipo", "blockType")
# "Paragraph" in other languages' type names ("paragraf", "parágrafo", "paragrafo", "Absatz").
_PARAGRAPH_WORDS = ("paragraf", "parágraf", "absatz", "alinea")


def _kind(node: dict[str, object]) -> str:
    """The kind a node says it is, in lower case ("" when it says none)."""
    return next((v.lower() for k in _KIND_KEYS if isinstance(v := node.get(k), str) and v), "")


# The keys a rich-text node keeps its text under: Slate's and Portable Text's "text",
# Contentful's "value", a CMS's "html" or "content" string.
_TEXT_KEYS = ("text", "value", "html", "content")
_TAG = re.compile(r"<[^<>]{0,500}>")


def _text_key(node: dict[str, object]) -> str | None:
    """The key a node keeps its text under: one of _TEXT_KEYS, else one naming text or HTML
    ("htmlText", "bodyHtml", "plainText")."""
    for key in _TEXT_KEYS:
        if isinstance(node.get(key), str):
            return key
    # (htmlparser2's and domhandler's text node, as Node renderers serialise a body: {"type":
    # "text", "data": "…"}, in a {"type": "p", "children": […]})
    # (a "data" of markup is a block's HTML, read as its paragraphs elsewhere: ifeng's {"type":
    # "text", "data": "<p>…</p><p>…</p>"})
    data = node.get("data")
    if node.get("type") == "text" and isinstance(data, str) and not _TAG.search(data):
        return "data"
    return next((k for k, v in node.items() if isinstance(v, str) and _TEXTY_KEY.search(k)), None)


_TEXTY_KEY = re.compile(r"text|html", re.IGNORECASE)


def _loose_text(node: dict[str, object]) -> str:
    """A leaf node's longest string of words under a key of no known name, but its kind's
    (a node with children keeps its text in them)."""
    if any(isinstance(v, dict | list) for v in node.values()):
        return ""
    words = [
        v
        for k, v in node.items()
        if k not in _KIND_KEYS and isinstance(v, str) and " " in v.strip()
    ]
    return " ".join(unescape(_TAG.sub("", max(words, key=len))).split()) if words else ""


def _node_text(node: dict[str, object], budget: list[int] | None = None) -> str:
    """A rich-text node's text leaves in order, joined as written (markup in them dropped);
    `budget` the values left to read (shared by a state's walk), each container once."""
    budget = budget if budget is not None else [_MAX_STATE_VALUES]
    if _text_key(node) is None and (loose := _loose_text(node)):
        return loose  # {"t": "p", "c": "…"}: a paragraph node's one string of words
    parts: list[str] = []
    stack: list[object] = [node]
    read: set[int] = set()
    while stack and budget[0] > 0:
        value = stack.pop()
        if isinstance(value, dict | list):
            if id(value) in read:
                continue  # a loop in a revived payload
            read.add(id(value))
        budget[0] -= 1
        if isinstance(value, tuple):  # a string of a text key's list: a leaf's text
            parts.append(unescape(_TAG.sub("", value[0])))
        elif isinstance(value, dict):
            key = _text_key(value)
            if key is not None:
                parts.append(unescape(_TAG.sub("", str(value[key]))))
            for k, v in reversed(list(value.items())):
                if k == key:
                    continue
                if k in _TEXT_KEYS and isinstance(v, list):  # {"content": ["text", …]}
                    stack.extend((item,) if isinstance(item, str) else item for item in reversed(v))
                else:
                    stack.append(v)
        elif isinstance(value, list):
            stack.extend(reversed(value))
    return " ".join("".join(parts).split())


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
    return len(longest) >= PROSE_CHARS and _key(longest) in "".join(map(folded, candidate))


# An element's kind: its tag and class words.
_Signature = tuple[str, str]
# The kinds of the elements from a paragraph's parent up to (not including) its container.
_Path = tuple[_Signature, ...]
# A paragraph in a container: its text ("" when it may not come back) and its path there.
_Paragraph = tuple[str, _Path]


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
    # Sibling containers of one kind (same tag and class): per group, each container's
    # paragraphs, in page order.
    twins: list[list[list[_Paragraph]]] = field(default_factory=list)
    # Hidden boxes right after a prose paragraph of their parent (or after a wrapper ending in
    # one): the texts of those paragraphs, nearest first, and the box's prose paragraphs.
    hidden: list[tuple[list[str], list[str]]] = field(default_factory=list)
    # Per run (as in runs): whether it stands in page furniture (a footer, a sidebar, comments)
    # or in a box the reader is not shown (a paywall's blurred half).
    in_chrome: list[bool] = field(default_factory=list)

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
    twins = _Twins()
    hidden = _HiddenBoxes()
    prose_chars = all_chars = 0
    prose: dict[str, int] = {}
    divs = div_paragraph_items(tree)
    div_texts = dict(divs)
    # A <div> of text among a container's <p>s is one of its paragraphs, in its place (text
    # after an ad injected inside a <p>, which the parser closes there, is such a <div> once
    # break_paragraphs has read it): kept in page order beside them.
    mixed: dict[lxml.html.HtmlElement, list[tuple[bool, str]]] = {}
    places: dict[lxml.html.HtmlElement, lxml.html.HtmlElement] = {}
    for p in tree.iter("p", "div", *_CROSSHEADS):
        if p.tag in _CROSSHEADS:
            # A crosshead in a hidden box goes back with the prose it heads ("Wartezeiten
            # sollen sinken" in a locked half); nothing else reads it here. (A teaser's
            # linked heading or one a boilerplate rule names heads no prose of the story.)
            head = " ".join(p.text_content().split())
            linked_head = next(p.iterancestors("a"), None) is not None or p.find(".//a") is not None
            if head and len(head) <= _CROSSHEAD_CHARS and not linked_head and not matches_rule(p):
                hidden.add(p, head, heading=True)
            else:
                hidden.interrupt(p)
            continue
        if p.tag == "div":
            if p in div_texts and (parent := p.getparent()) is not None:
                text = "" if matches_rule(p) else div_texts[p]
                if parent not in places:  # once per parent: a wrapper holds many lines
                    places[parent] = _text_wrapper_place(parent, div_texts)
                mixed.setdefault(places[parent], []).append((False, text))
            continue
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
        # (a character of a dense script counted twice: a Japanese paragraph of 60 is prose)
        text = " ".join(raw.split()) if _long_enough(raw) else ""
        long_prose = long = bool(text) and _long_enough(text)
        if long_prose and (links := [a.text_content() for a in p.iter("a")]):
            long_prose = sum(map(len, links)) <= _SIBLING_MAX_LINKS * len(text)
        # A paragraph inside a link is a teaser's summary, never the article's text: not the
        # page's prose, nor its continuation; one with many links in it may be the article's
        # (the part decides, by its path).
        linked = long and next(p.iterancestors("a"), None) is not None
        shown = long_prose and parent.get("hidden") is None and not linked
        if shown:
            prose_chars += len(text)
            if len(prose) < _MAX_PROSE_KEYS:
                prose[_key(text)] = len(text)
        may_return = shown and not matches_rule(p)
        runs.setdefault(parent, []).append(text if may_return else "")
        mixed.setdefault(parent, []).append((True, text if may_return else ""))
        twin = long and parent.get("hidden") is None and not matches_rule(p)
        twins.add(p, text if twin and not linked else "")
        if long_prose and not linked:
            hidden.add(p, text)
        elif _short_sentence(p, raw):
            # A short sentence in a hidden box goes back with the box's prose (a locked half's
            # "導入費用は約４億８千万円で、…が負担した。"), not counting toward it: a box of
            # short lines alone is a tooltip's or a form's.
            hidden.add(p, " ".join(raw.split()), counts=False)
        else:
            hidden.interrupt(p)  # a line that is no prose parts a crosshead from what follows
    if is_on("mixed_runs"):
        for parent, entries in mixed.items():
            if parent in runs and not all(is_p for is_p, _ in entries):
                runs[parent] = [text for _, text in entries]
    div_chars = 0
    for _, text in divs:
        div_chars += len(text)
        if len(prose) < _MAX_PROSE_KEYS:
            prose[_key(text)] = len(text)
    if div_chars > prose_chars and is_on("div_twins"):
        # A page written in <div>s of text: those are its paragraphs, for the article's parts
        # (twins) and its runs as its <p>s are on other pages.
        for el, text in divs:
            parent = el.getparent()
            if parent is None or parent.tag in _NOT_BODY_PARENTS or matches_rule(el):
                continue
            placed = any(is_p for is_p, _ in mixed.get(parent, ())) and is_on("mixed_runs")
            if not placed:  # a div among <p>s has its place in their run already
                runs.setdefault(parent, []).append(text)
            twins.add(el, text)
    runs_of_three = [(el, texts) for el, texts in runs.items() if len(texts) >= 3]
    # Every <p> and <div>, prose or not: what trafilatura's fallbacks would weigh one by one.
    count = int(_COUNT_BLOCKS(tree))
    return PageParagraphs(
        [texts for _, texts in runs_of_three],
        prose_chars + div_chars,
        all_chars,
        div_chars,
        prose,
        count,
        twins.groups(),
        hidden.continuations(),
        _runs_in_chrome(tree, [el for el, _ in runs_of_three]),
    )


def _text_wrapper_place(
    parent: lxml.html.HtmlElement, div_texts: dict[lxml.html.HtmlElement, str]
) -> lxml.html.HtmlElement:
    """Where a <div> of text stands among paragraphs: its parent, or, when the parent only
    wraps such <div>s (a block of text between line breaks, each line made a <div>, set
    between the container's <p>s), the parent's parent, in the wrapper's place."""
    grand = parent.getparent()
    if grand is None or parent.tag != "div" or parent in div_texts or not is_on("mixed_runs"):
        return parent
    # A bare wrapper, as an editor writes one (a style, no class or id: a named box of notes
    # below the story is the site's, not a block of its text), of two lines or more.
    if parent.get("class") or parent.get("id"):
        return parent
    children = [child for child in parent if isinstance(child.tag, str)]
    if len(children) < _WRAPPED_LINES or not all(child in div_texts for child in children):
        return parent
    # … standing between two paragraphs of the story (a bio or a note after its last one, or
    # a box before its first, is not a block of its text).
    before = any(s.tag == "p" for s in parent.itersiblings(preceding=True))
    after = any(s.tag == "p" and s.text_content().strip() for s in parent.itersiblings())
    return grand if before and after else parent


_WRAPPED_LINES = 2


# Page furniture a run of paragraphs may stand in without being an article: a footer's legal
# notes, a sidebar's text, a comment thread, by tag or by a boilerplate rule's name.
_CHROME_TAGS = frozenset({"footer", "aside", "nav", "header", "form"})


def _runs_in_chrome(
    tree: lxml.html.HtmlElement, parents: list[lxml.html.HtmlElement]
) -> list[bool]:
    """Per run's parent, whether it stands in page furniture or a box not shown (itself or an
    ancestor), or outside the page's <article> elements when it has any (an "about us" box
    below the story)."""
    if not parents:
        return []
    has_article = next(tree.iter("article"), None) is not None
    out = []
    for el in parents:
        nodes = (el, *el.iterancestors())
        chrome = any(node.tag in _CHROME_TAGS or matches_rule(node) for node in nodes)
        # A hidden run is no article the reading missed: what the reader sees is (a paywall's
        # blurred half comes back only after the shown body, by reveal_hidden). Its own box,
        # near it: a page hidden whole (a snapshot with a modal open) hides no one run.
        hidden = any(_not_shown(node) for node in nodes[:2])
        outside = has_article and not any(node.tag == "article" for node in nodes)
        out.append(chrome or hidden or outside)
    return out


# BEM modifiers that mark a paywalled body's halves ("article__body--free" and
# "article__body--premium" are one kind: the locked half continues the free one). Other
# modifiers name another kind ("story-block--related", "card--teaser").
_PAYWALL_MODIFIER = re.compile(
    r"--(?:free|premium|paid|locked|unlocked|subscriber|subscribers|subscription|plus|paywall|"
    r"paywalled|member|members|metered|open|closed|preview|full|rest|more|continued|truncated)$"
)


def _signature(el: lxml.html.HtmlElement) -> _Signature:
    """What makes two sibling containers one kind: their tag and class words, without a
    paywall's modifier beside its base class (see _PAYWALL_MODIFIER)."""
    words = (el.get("class") or "").split()
    if any("--" in w for w in words):
        present = set(words)
        kept = [
            w for w in words if not (_PAYWALL_MODIFIER.search(w) and w.split("--", 1)[0] in present)
        ]
        words = kept or words
    return str(el.tag), " ".join(words)


class _Twins:
    """Paragraphs by the containers they sit in, where a container has siblings of its kind."""

    def __init__(self) -> None:
        self.kinds: dict[lxml.html.HtmlElement, Counter[_Signature]] = {}
        # A paragraph's parent -> the twinned containers above it, each with the kinds of the
        # elements between and whether a boilerplate rule names one of them.
        self.boxes: dict[
            lxml.html.HtmlElement, list[tuple[lxml.html.HtmlElement, _Path, bool]]
        ] = {}
        # (container's parent, its kind) -> container -> its paragraphs, in page order.
        self.found: dict[
            tuple[lxml.html.HtmlElement, _Signature], dict[lxml.html.HtmlElement, list[_Paragraph]]
        ] = {}

    def _twinned(self, el: lxml.html.HtmlElement) -> bool:
        """The element is classed and one of two or more siblings of its kind."""
        parent = el.getparent()
        if parent is None or not el.get("class") or el.tag in _NOT_TWINS:
            return False
        if parent not in self.kinds:
            self.kinds[parent] = Counter(_signature(c) for c in parent if isinstance(c.tag, str))
        return self.kinds[parent][_signature(el)] >= 2

    def _boxes(
        self, parent: lxml.html.HtmlElement
    ) -> list[tuple[lxml.html.HtmlElement, _Path, bool]]:
        chain = [parent, *itertools.islice(parent.iterancestors(), _TWIN_DEPTH - 1)]
        twinned = [self._twinned(el) for el in chain]
        if not any(twinned):  # most paragraphs: no rule needs reading
            return []
        boxes, ruled = [], False
        for depth, el in enumerate(chain):
            if twinned[depth]:
                boxes.append((el, tuple(map(_signature, chain[:depth])), ruled))
            ruled = ruled or matches_rule(el)
        return boxes

    def add(self, p: lxml.html.HtmlElement, text: str) -> None:
        """Note a paragraph under each twinned container up to _TWIN_DEPTH above it (a
        paragraph's own wrapper may be one of many, and the article's part one of a few)."""
        parent = p.getparent()
        if parent not in self.boxes:
            self.boxes[parent] = self._boxes(parent)
        for box, path, ruled in self.boxes[parent]:
            group = (box.getparent(), _signature(box))
            paragraph = ("" if ruled else text, path)
            self.found.setdefault(group, {}).setdefault(box, []).append(paragraph)

    def groups(self) -> list[list[list[_Paragraph]]]:
        """Each group of twins with paragraphs in two or more of its containers."""
        return [list(boxes.values()) for boxes in self.found.values() if len(boxes) >= 2]


def _not_shown(el: lxml.html.HtmlElement) -> bool:
    """The element is hidden by its `hidden` attribute or its style, or from screen readers
    (a paywall's blurred half is `aria-hidden`)."""
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style") or ""
    # (… or collapsed to no height, its overflow hidden: "Continua a leggere" opens it)
    return bool(STYLE_HIDDEN.search(style) or (_NO_HEIGHT.search(style) and _CLIPPED.search(style)))


_NO_HEIGHT = re.compile(
    r"(?:^|;)\s*(?:max-)?height\s*:\s*0(?:px|r?em|%)?\s*(?:!important\s*)?(?:;|$)", re.I
)
_CLIPPED = re.compile(r"(?:^|;)\s*overflow(?:-y)?\s*:\s*(?:hidden|clip)", re.I)


class _HiddenBoxes:
    """Prose paragraphs in hidden boxes, by the prose paragraph right before the box."""

    def __init__(self) -> None:
        # A paragraph's parent -> the hidden box holding it (None: not in one), per parent.
        self.box_of: dict[lxml.html.HtmlElement, lxml.html.HtmlElement | None] = {}
        self.found: dict[lxml.html.HtmlElement, list[str]] = {}
        self.prose: dict[lxml.html.HtmlElement, int] = {}  # prose paragraphs found, per box
        self.heads: dict[lxml.html.HtmlElement, str] = {}  # a crosshead waiting for its prose
        self.count = 0

    def _box(self, parent: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
        """The hidden element at most _HIDDEN_BOX_DEPTH levels up holding a paragraph, when
        no boilerplate rule names it or what lies between (a modal, a cookie layer)."""
        for el in itertools.islice(
            itertools.chain((parent,), parent.iterancestors()), _HIDDEN_BOX_DEPTH
        ):
            # (a hidden box named for the text it holds is one whatever else its class says:
            # "read-more-content", the half a "Read more" button shows; one whose text is
            # scrambled until a subscriber's script decodes it is none: "encrypted-content")
            if _SCRAMBLED.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
                return None
            # (… when no rule but the read-more concept's names it: a hidden
            # "comments-content", "bio-text" is what its other words say)
            if (
                _not_shown(el)
                and _HOLDS_TEXT.search(el.get("class") or "")
                and matched_kind(el) in (None, "related")
                and _MORE_WORD.search(el.get("class") or "")
            ):
                return el
            if matches_rule(el) or el.tag in _NOT_BODY_PARENTS:
                return None
            if _not_shown(el):
                return el
        return None

    def add(
        self, p: lxml.html.HtmlElement, text: str, heading: bool = False, counts: bool = True
    ) -> None:
        """Note a prose paragraph (text) if it sits in a hidden box; a crosshead there is noted
        with the prose paragraph that follows it in the box (one heading nothing is not)."""
        parent = p.getparent()
        if parent not in self.box_of:
            self.box_of[parent] = self._box(parent)
        box = self.box_of[parent]
        if box is None or self.count >= _MAX_PROSE_KEYS:
            return
        if heading:
            # (two headings in a row: which one heads the prose is not known, neither goes)
            self.heads[box] = "" if box in self.heads else text
            return
        if head := self.heads.pop(box, None):
            self.found.setdefault(box, []).append(head)
        self.found.setdefault(box, []).append(text)
        self.prose[box] = self.prose.get(box, 0) + int(counts)
        self.count += 1

    def interrupt(self, p: lxml.html.HtmlElement) -> None:
        """Forget a crosshead waiting in p's hidden box: what stands between is no prose."""
        parent = p.getparent()
        box = self.box_of.get(parent) if parent is not None else None
        if box is not None:
            self.heads.pop(box, None)

    def continuations(self) -> list[tuple[list[str], list[str]]]:
        """Each box of enough prose paragraphs with the texts of the shown prose paragraphs it
        may continue: a <p> among the _HIDDEN_ANCHOR_REACH elements before it, or the last <p>
        of such an element (the article's paragraphs each in a wrapper, a paywall's prompt
        between); none: the box continues nothing. The body decides which one it holds."""
        out: list[tuple[list[str], list[str]]] = []
        anchored: dict[lxml.html.HtmlElement, list[str]] = {}
        for box, texts in self.found.items():
            if self.prose.get(box, 0) < _MIN_HIDDEN_PARAGRAPHS:
                continue
            before = list(itertools.islice(box.itersiblings(preceding=True), _HIDDEN_ANCHOR_REACH))
            # A locked half's next part, hidden too, continues where the part before it does
            # (read after it: the parts go in in their order).
            chained = next((anchored[el] for el in before if el in anchored), None)
            if chained is not None:
                anchored[box] = chained
                out.append((chained, texts))
                continue
            anchors = []
            # A paragraph's wrapper before the box is its anchor only for a paywall's locked
            # half (a box behind "About the author" after the article's wrapper is a bio).
            # (… or one a paywall's prompt stands shortly before: "<div class=paywall>…</div>
            # <div class=article__body-plus hidden>")
            # (… or a box named for the rest of the text, "article-more", "read-more-content",
            # which a "Continue reading" button after the article's wrapper opens)
            named = f"{box.get('class') or ''} {box.get('id') or ''}"
            locked = bool(
                _PAYWALLED.search(named)
                or _REST_OF_TEXT.search(named)
                # (a sibling's "plus" is an icon's as often: "accordion__toggle icon-plus")
                or any(
                    _PAYWALLED_WORD.search(f"{el.get('class') or ''} {el.get('id') or ''}")
                    for el in before
                )
            )
            for i, el in enumerate(before):
                anchor = el if el.tag == "p" else _last_paragraph(el) if locked else None
                if anchor is None or _not_shown(el) or _not_shown(anchor):
                    continue
                if not _revealed(box, before[:i], anchor):
                    continue
                text = " ".join(anchor.text_content().split())
                if _weighed([text]) >= _SIBLING_MIN_CHARS:
                    anchors.append(text)
                # the paragraph right before the box: none further back (a locked box's
                # prompt lines before it, "Déjà abonné ? Connectez-vous", are read past)
                if el.tag == "p" and (anchors or not locked):
                    break
            if locked and not anchors and (holder := box.getparent()) is not None:
                # (… and the prompt holding the locked box, Le Figaro's paywall: it continues
                # the last paragraph before the prompt)
                for el in itertools.islice(
                    holder.itersiblings(preceding=True), _HIDDEN_ANCHOR_REACH
                ):
                    anchor = el if el.tag == "p" else _last_paragraph(el)
                    if anchor is None or _not_shown(el) or _not_shown(anchor):
                        continue
                    text = " ".join(anchor.text_content().split())
                    if _weighed([text]) >= _SIBLING_MIN_CHARS:
                        anchors.append(text)
                        break
            if anchors:
                anchored[box] = anchors
                out.append((anchors, texts))
        return out


def _last_paragraph(el: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The last <p> of a wrapper, as its child or grandchild (each wrapper is read by at most
    _HIDDEN_ANCHOR_REACH boxes, so a page costs a few passes over its elements at most)."""
    for child in reversed(el):
        if child.tag == "p":
            return child
        last = next((g for g in reversed(child) if g.tag == "p"), None)
        if last is not None:
            return last
    return None


# What shows a hidden box on a click: a button, a disclosure, an element that says it controls
# or expands another, a link to an anchor or a script.
_CONTROL_ATTRS = ("aria-controls", "aria-expanded", "onclick", "data-toggle", "data-bs-toggle")
# A paywall's locked half, by the words its class or id is written with (a paper's "plus"
# product as a class word's part: "article__body-plus", "sz-plus").
# (… and a members' box, as a modifier or "members only": "article-body--member",
# "member-only-guide", as Japanese papers lock their 会員限定 halves; "staff-member-card" is
# none; the half readers pay for: "article-paid", "paid-content")
_MEMBERS = r"--members?\b|members?[-_]only"
_PAYWALLED_WORD = re.compile(rf"paywall|locked|premium|subscri|regwall|metered|{_MEMBERS}", re.I)
_PAYWALLED = re.compile(
    rf"{_PAYWALLED_WORD.pattern}|(?:^|[-_\s])paid(?:$|[-_\s])|(?:^|[-_\s])plus(?:$|[-_\s])",
    re.I,
)
# A paywall's prompt between the paragraph and the hidden box: a class token of the paywall
# and some text of its own ("<div class=paywall-teaser>This article is for subscribers.</div>";
# an icon's "icon-locked", a "premium-offers" aside's list are no prompt's).
_PROMPT_CLASS = re.compile(
    rf"(?:^|[-_\s])(?:paywall|regwall|premium|locked)(?:$|[-_\s])|{_MEMBERS}", re.I
)
# A box's name saying it holds the rest of the text: "article-more", "read-more-content".
_REST_OF_TEXT = re.compile(r"(?i)(?:^|[-_\s])(?:more|rest|full|expand(?:ed)?)(?:$|[-_\s])")
# A box whose text is scrambled for non-subscribers (BLOX's "encrypted-content").
_SCRAMBLED = re.compile(r"(?i)encrypt|obfuscat|scrambl|cipher")
# A class word saying the box holds the rest of the text: a "read more", "show more" box's.
_MORE_WORD = re.compile(r"(?i)more|mehr|weiter|plus|mais|más|meer|suite|rest|full|expand")
# A class naming what a box holds: its content, text or body.
_HOLDS_TEXT = re.compile(r"(?i)(?:content|text|body)(?:$|[-_\s])")
# Elements after the box read for its control (the button may follow what it opens), and
# elements read inside each sibling for one.
_CONTROL_AFTER = 2
_CONTROL_DEPTH = 20


def _revealed(
    box: lxml.html.HtmlElement, between: list[lxml.html.HtmlElement], anchor: lxml.html.HtmlElement
) -> bool:
    """The hidden box is the article's to show: a control beside it (between it and the anchor
    paragraph, or right after it: "Read more", "Visa hela artikeln") or a paywall's class, and
    no other language than the paragraph before it (a
    translation, a transcript, a bio behind a toggle are not the article's continuation
    without them)."""
    lang = box.get("lang")
    if lang and _primary(lang) != _primary(_inherited_lang(anchor)):
        return False
    if _PAYWALLED.search(f"{box.get('class') or ''} {box.get('id') or ''}"):
        return True
    # (… or a paywall's prompt between it and the paragraph: "<div class=paywall-teaser>…</div>
    # <div class=article-paid style=display:none>")
    if any(_paywall_prompt(el) for el in between):
        return True
    after = list(itertools.islice(box.itersiblings(), _CONTROL_AFTER))
    return any(_is_control(el) for el in (*between, *after))


def _paywall_prompt(el: lxml.html.HtmlElement) -> bool:
    """The element is a paywall's prompt: classed so, holding a few words (see _PROMPT_CLASS)."""
    named = f"{el.get('class') or ''} {el.get('id') or ''}"
    return bool(_PROMPT_CLASS.search(named)) and bool(el.text_content().strip())


def _inherited_lang(el: lxml.html.HtmlElement) -> str:
    """The language an element is written in: its own `lang` or its nearest ancestor's."""
    for node in (el, *el.iterancestors()):
        if node.get("lang"):
            return str(node.get("lang"))
    return ""


def _primary(lang: str) -> str:
    """The language of a tag without its region ("en-GB" -> "en")."""
    return lang.strip().lower().split("-")[0]


def _is_control(el: lxml.html.HtmlElement) -> bool:
    """The element is, or holds near its top, something a reader clicks to show more."""
    for sub in itertools.islice(el.iter(), _CONTROL_DEPTH):
        if not isinstance(sub.tag, str):
            continue
        if sub.tag in ("button", "summary") or sub.get("role") == "button":
            return True
        if any(sub.get(attr) is not None for attr in _CONTROL_ATTRS):
            return True
        if sub.tag == "a" and (sub.get("href") or "").startswith(("#", "javascript:")):
            return True
    return False


def reads_in_full(page: PageParagraphs) -> bool:
    """The page writes its prose in <div>s, and the full extraction's last fallback (quadratic
    in the paragraphs) can afford it: the body extractor weighs its divs one by one."""
    return page.in_divs and page.paragraphs <= _MAX_FULL_FALLBACK_PARAGRAPHS


def _covered(blocks: list[str], page: PageParagraphs) -> int:
    """Characters of the page's prose paragraphs the body holds (found by their key)."""
    body = "".join(folded(b) for b in blocks)
    return sum(chars for key, chars in page.prose.items() if key and key in body)


def _reads_as_prose(text: str) -> bool:
    """Mostly letters, no code or markup (asked only of a paragraph about to be put back)."""
    letters = sum(1 for c in text if c.isalpha() or c.isspace())
    return letters >= _SIBLING_MIN_LETTERS * len(text) and not _CODE_MARKS.search(text)


def _key(text: str) -> str:
    """The first letters and digits of a paragraph (its start is enough to find it)."""
    return folded(text[: 4 * _KEY_CHARS])[:_KEY_CHARS]


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
        if kept and is_on("sibling_tail"):
            body = body or "".join(folded(b) for b in blocks)
            _tail(texts, kept[-1], body, after)
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
            body = body or "".join(folded(b) for b in blocks)
            if _key(text) in body or folded(text)[-_KEY_CHARS:] in body:
                continue  # there, or its end is (a link title before it was left out)
            if not _reads_as_prose(text):
                continue
            fire("sibling_paragraphs")
            after.setdefault(last, []).append(text)
            exact.add(text)
            last = text
    return _merged(blocks, after) if after else blocks


def _tail(texts: list[str], last: int, body: str, after: dict[str, list[str]]) -> None:
    """After a run's last paragraph the body keeps, the run's next prose paragraphs up to the
    first that may not return (text after an ad that a reading dropped with the ad: "<p>…<div
    class='adv'></div>More of the story</p>"), when the body holds every paragraph before it:
    the article runs on in its container."""
    if not all(_key(t) in body for t in texts[:last] if t):
        return
    end = last
    while end + 1 < len(texts) and texts[end + 1] and end - last < _MAX_TAIL_PARAGRAPHS:
        end += 1
    tail = texts[last + 1 : end + 1]
    missing = [t for t in tail if _key(t) not in body and folded(t)[-_KEY_CHARS:] not in body]
    # Two paragraphs at least: one after the story is often its staff credit or a promo the
    # reading left out on purpose ("Reporting by …", "Follow us on …").
    if len(missing) == len(tail) >= _MIN_TAIL_PARAGRAPHS and all(map(_reads_as_prose, tail)):
        fire("sibling_tail")
        after.setdefault(texts[last], []).extend(tail)


_MIN_TAIL_PARAGRAPHS = 2
_MAX_TAIL_PARAGRAPHS = 20


def continue_in_twins(blocks: list[str], page: PageParagraphs) -> list[str]:
    """Body blocks with the prose paragraphs of the twins of the article's container added.

    Where the body holds two or more paragraphs of one container of a group of twins, the prose
    paragraphs of the group's other containers, sitting in them as the body's sit in theirs, go
    in after those of the container before it on the page (ahead of the first the body holds,
    for a container before all of them). Linear in the page: the body is searched for at most
    _MAX_GAP_CHECKS paragraphs (_BodyKeys).
    """
    if not is_on("continued_container") or not blocks or not page.twins:
        return blocks
    body = _BodyKeys(blocks)
    exact = set(blocks)
    after: dict[str, list[str]] = {}
    ahead: dict[str, list[str]] = {}
    for boxes in page.twins:
        found = [[(t, path) for t, path in box if t] for box in boxes]
        held = [[t for t, _ in box if body.holds(t)] for box in found]
        if max(map(len, held)) < _MIN_TWIN_PARAGRAPHS:
            continue  # teaser cards, paragraphs wrapped one by one: not parts of the article
        # Where the body's paragraphs sit in their containers: a part of the article holds its
        # paragraphs the same way (a sign-up box or a footer in a twin does not).
        kept_texts = {t for kept in held for t in kept}
        paths = _Paths(path for box in found for t, path in box if t in kept_texts)
        last, waiting = "", list[str]()
        for box, kept in zip(found, held, strict=True):
            texts = [t for t, path in box if paths.alike(path)]
            if 2 * len(kept) >= len(texts):  # a part the body holds (most of it): an anchor
                # The body's own blocks for the paragraphs it holds (their texts may differ).
                blocks_held = [t for t in kept if t in exact]
                if waiting and blocks_held:
                    ahead.setdefault(blocks_held[0], []).extend(waiting)
                    waiting = []
                last = blocks_held[-1] if blocks_held else last
                continue
            missing = [t for t in texts if t not in kept_texts and t not in exact]
            if not (missing := [t for t in missing if _reads_as_prose(t)]):
                continue
            fire("continued_container")
            (after.setdefault(last, []) if last else waiting).extend(missing)
            exact.update(missing)
            last = missing[-1] if last else last
        if waiting:  # no block to put them ahead of: they go after the body
            after.setdefault(blocks[-1], []).extend(waiting)
    return _merged(blocks, after, ahead) if after or ahead else blocks


def reveal_hidden(blocks: list[str], page: PageParagraphs) -> list[str]:
    """Body blocks with the prose of a hidden box put in after the body paragraph right before
    it on the page (the article's half behind a "Read more" button)."""
    if not is_on("hidden_continuation") or not blocks or not page.hidden:
        return blocks
    exact = set(blocks)
    body = _BodyKeys(blocks)
    after: dict[str, list[str]] = {}
    for anchors, texts in page.hidden:
        anchor = next((a for a in anchors if a in exact), None)
        if anchor is None and len(blocks) == 1 and is_on("hidden_in_blob"):
            # A body of one block holding the anchor among other lines (trafilatura's last
            # resort reads a container's text as one block: headline, date, the shown
            # paragraph, the members' prompt): the shown paragraph, then the box's prose.
            blob = " ".join(blocks[0].split())
            anchor = next((a for a in anchors if " ".join(a.split()) in blob), None)
            if anchor is not None:
                missing = [t for t in texts if _reads_as_prose(t)]
                if len(missing) >= _MIN_HIDDEN_PARAGRAPHS:
                    fire("hidden_in_blob")
                    return [anchor, *missing]
            continue
        if anchor is None:
            continue
        missing = [t for t in texts if not body.holds(t) and _reads_as_prose(t)]
        if len(missing) >= _MIN_HIDDEN_PARAGRAPHS:
            fire("hidden_continuation")
            after.setdefault(anchor, []).extend(missing)
    return _merged(blocks, after) if after else blocks


class _BodyKeys:
    """Whether the body holds a paragraph: its key starts a block, or (for a paragraph split at
    a <br> or joined to another) occurs in the body's letters, searched at most
    _MAX_GAP_CHECKS times a page so that thousands of paragraphs cost no search each."""

    def __init__(self, blocks: list[str]) -> None:
        self.blocks = blocks
        self.starts = {_key(b) for b in blocks}
        self.folded = ""
        self.searches = 0

    def holds(self, text: str) -> bool:
        key = _key(text)
        if key in self.starts:
            return True
        if self.searches >= _MAX_GAP_CHECKS:
            return False
        self.searches += 1
        self.folded = self.folded or "".join(folded(b) for b in self.blocks)
        return key in self.folded


class _Paths:
    """The paths of the body's paragraphs in their containers, and what is alike one of them:
    the same tags, sharing a class word at each level (a template's variants, "body
    articleBody" and "body articleBody -bottom-"). Compared with at most _MAX_PATHS of them."""

    def __init__(self, paths: Iterable[_Path]) -> None:
        self.paths = list(dict.fromkeys(paths))[:_MAX_PATHS]
        self.known: dict[_Path, bool] = {path: True for path in self.paths}

    def alike(self, path: _Path) -> bool:
        if path not in self.known:
            self.known[path] = any(_alike(path, seen) for seen in self.paths)
        return self.known[path]


def _alike(path: _Path, other: _Path) -> bool:
    """Two paths through the same tags whose elements share a class word at each level."""
    return len(path) == len(other) and all(
        tag == tag2 and (set(cls.split()) & set(cls2.split()) or cls == cls2)
        for (tag, cls), (tag2, cls2) in zip(path, other, strict=True)
    )


def _merged(
    blocks: list[str], after: dict[str, list[str]], ahead: dict[str, list[str]] | None = None
) -> list[str]:
    """The blocks with texts put in after (or ahead of) the block or text they follow."""
    ahead = ahead or {}
    out: list[str] = []
    for block in blocks:
        queue = deque([*ahead.pop(block, []), block])
        while queue:
            text = queue.popleft()
            out.append(text)
            queue.extendleft(reversed(after.pop(text, [])))
    return out


def recall_net(
    html: str,
    url: str | None,
    blocks: list[str],
    source: str,
    page: PageParagraphs,
    leave_out: Callable[[list[str]], list[str]] | None = None,
) -> tuple[list[str], str]:
    """The body blocks, replaced by a fallback when they are empty, not prose or much too short.

    The pruned tree cannot be reused: the fallbacks must see what pruning took (the article
    column, the scripts), so the page is read again from its HTML, on this rare path only.
    leave_out takes from that reading what is known not to be the page's (another story it
    serves) before the reading is weighed.
    """
    length = sum(map(len, blocks))
    # How much of the page's prose the body holds: its length, or better, the page's prose
    # paragraphs found in it (a teaser list taken for the article is long, and holds none).
    covered = _covered(blocks, page) if page.prose else length
    short = covered < setting("net_short_share", _SHORT_BODY_SHARE) * page.prose_chars
    short = short and is_on("short_body")
    prose = prose_share(blocks) >= setting("net_prose_share", _MIN_PROSE_SHARE)
    tiny = length < _TINY_BODY_CHARS
    # (… or a short body on a page keeping a state script: the body may be the shell's
    # promo and teasers, the article in the state; read when the two share no paragraph)
    shell = not tiny and _weighed(blocks) <= _SHELL_BODY_CHARS and _STATE_MARK.search(html)
    if (tiny or shell) and source != "jsonld" and is_on("script_body"):
        # A body of a few lines (a footer's copyright sentence, a date; a paywalled page's
        # teaser and prompts) on a page whose script holds an article many times longer:
        # the page is rendered by script, and the script's article is the story.
        tree = parse_page(html, url).tree
        needle = _title_needle(tree)
        stored = script_articles(tree, needle) if needle else []
        scripted = stored[-1][1] if stored else []
        # (a body sharing no paragraph with the page's own stored article is another text, a
        # promo's or the teasers': the article need only be longer)
        # (… with any article the state stores: a body stored as one is the page's article,
        # the longest stored text another, a "nextArticle" preloaded)
        keys = {folded(b)[:_KEY_CHARS] for _, blocks_of in stored for b in blocks_of}
        shared = any(folded(b)[:_KEY_CHARS] in keys for b in blocks)
        gain = _TINY_BODY_GAIN if shared or not scripted else 1.0
        if (
            not (shell and shared)
            and _better(scripted, length, gain)
            and _weighed(scripted) >= _SCRIPT_ARTICLE_CHARS
        ):
            fire("script_body")
            return scripted, "script"
    if not short and (prose or source == "jsonld"):
        if source != "jsonld" and (run := _missed_run(blocks, page, covered)):
            # A prose body, not short, holding none of the page's runs of prose paragraphs,
            # the longest of which shows more prose than all the body holds: the reading took
            # the page's other paragraphs (a consent notice, teasers, a footer) and left the
            # article, written in text between line breaks or <div>s trafilatura's fast path
            # does not read. (An empty or unprosy body is the fallbacks' below.)
            fire("missed_run")
            return _with_teaser(html, blocks, run, page), "paragraphs"
        return blocks, source
    # Here the body is not prose, or it holds little of the page's prose.
    rule, gain = ("short_body", _SHORT_BODY_GAIN) if prose else ("recall_fallback", 1.0)
    if is_on(rule):
        fallback = _fallback_blocks(html, url, page.paragraphs)
        fallback = leave_out(fallback) if leave_out is not None else fallback
        if fallback and is_on("fallback_furniture"):
            fallback = _without_furniture(fallback, parse_page(html, url).tree)
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


def _without_furniture(blocks: list[str], tree: lxml.html.HtmlElement) -> list[str]:
    """The unpruned reading without what the page shows as no article's text: a picture's
    caption, a button's label (a toolbar's "Artikel teilen · Merkliste" run together), and
    what stands after the page's own footer (a consent layer, a modal)."""
    keys: set[str] = set()
    for el in tree.iter("figcaption", "button"):
        keys.add(folded(el.text_content()))
        for p in el.iter("p"):
            keys.add(folded(p.text_content()))
        parent = el.getparent()
        if el.tag == "button" and parent is not None:
            keys.add(folded(parent.text_content()))  # (a row of buttons, read as one line)
    # (the page's last footer outside the article; what follows it is a small part of the
    # reading, or the footer is none of the page's end: a header's "footer" above the story)
    # (… nor a quote's or a figure's attribution, "<blockquote>…<footer>Name</footer>")
    footers = [
        f
        for f in tree.iter("footer")
        if not any(a.tag in _NOT_PAGE_FOOTER for a in f.iterancestors())
    ]
    after_keys: set[str] = set()
    node: lxml.html.HtmlElement | None = footers[-1] if footers else None
    while node is not None and node.tag != "body":
        for after in node.itersiblings():
            if isinstance(after.tag, str):
                after_keys.update(folded(e.text_content()) for e in after.iter("p", "div", "li"))
        node = node.getparent()
    total = sum(map(len, blocks))
    if sum(len(b) for b in blocks if folded(b) in after_keys) <= _AFTER_FOOTER_SHARE * total:
        keys |= after_keys
    keys.discard("")
    kept = [b for b in blocks if folded(b) not in keys]
    if len(kept) < len(blocks):
        fire("fallback_furniture")
    return kept


_AFTER_FOOTER_SHARE = 0.3
_NOT_PAGE_FOOTER = frozenset({"article", "main", "blockquote", "figure", "aside", "q"})


def _missed_run(blocks: list[str], page: PageParagraphs, covered: int) -> list[str]:
    """The page's longest prose run when the body misses it ([] otherwise): at least
    _MISSED_RUN_PARAGRAPHS paragraphs, longer than the page's prose the body holds, not in
    the page's furniture, at most a third of them in the body (a reading that broke them at
    their inline markup holds pieces), and no paragraph of another run. An article of sibling
    paragraphs is a run itself: a body holding one is an article, and a longer run beside it
    (a comment of many paragraphs) is not its to replace."""
    if not is_on("missed_run"):
        return []
    runs = [[t for t in texts if t] for texts in page.runs]
    longest = max(range(len(runs)), key=lambda i: sum(map(len, runs[i])), default=-1)
    run = runs[longest] if longest >= 0 else []
    if len(run) < _MISSED_RUN_PARAGRAPHS or sum(map(len, run)) <= covered:
        return []
    # A footer's legal notes or a sidebar's text outweigh a brief of two paragraphs: a run in
    # the page's furniture is not the article the reading missed.
    if longest < len(page.in_chrome) and page.in_chrome[longest]:
        return []
    body = _BodyKeys(blocks)
    if 3 * sum(1 for t in run if body.holds(t)) > len(run):
        return []
    others = (t for i, texts in enumerate(runs) if i != longest for t in texts)
    return [] if any(body.holds(t) for t in others) else run


def _with_teaser(html: str, blocks: list[str], run: list[str], page: PageParagraphs) -> list[str]:
    """The missed run, after the body's prose paragraph standing right before it in the page's
    source (a teaser shown over a "Tovább »" link, the rest of the story in the box it opens):
    the article's opening, not the other text the reading took."""
    if not is_on("missed_run_teaser") or not run:
        return run
    start = html.find(run[0][:_RENDERED_PROBE_CHARS])
    if start < 0:
        return run
    held = _BodyKeys(run)
    ahead: list[str] = []
    # (the body's first blocks only: each is looked for in the page's source, twice)
    for block in blocks[:_TEASER_BLOCKS]:
        if _key(block) not in page.prose or held.holds(block):
            continue
        at = html.find(block[:_RENDERED_PROBE_CHARS], max(0, start - _TEASER_REACH_CHARS), start)
        if at >= 0 and html.count(block[:_RENDERED_PROBE_CHARS]) == 1:
            ahead.append(block)
    if ahead:
        fire("missed_run_teaser")
    return [*ahead, *run]


# The teaser stands this many characters of the page's source before the run at most (its
# paragraph, the "Read more" link, the box's opening tag).
_TEASER_REACH_CHARS = 1500
_TEASER_BLOCKS = 20


def _longest_run(page: PageParagraphs) -> list[str]:
    """The prose paragraphs of the element holding the most of them (at least two), in order."""
    best: list[str] = []
    for texts in page.runs:
        prose = [t for t in texts if t]
        if len(prose) >= 2 and sum(map(len, prose)) > sum(map(len, best)):
            best = prose
    return best


# A page rendered in part on the server (Arc XP Fusion, Next.js): it prints the article's first
# paragraphs and keeps the whole in its script state, which the browser renders. The state's
# article is the body when it holds most of the printed one's paragraphs and more than this
# much again; the raw page holding the last printed paragraph's opening twice (printed, and in
# the state) is the cheap sign that reads the state at all.
_RENDERED_REST_GAIN = 1.3
_RENDERED_REST_SHARE = 0.6
_RENDERED_REST_HELD = 2
_RENDERED_PROBE_CHARS = 30
_RENDERED_PROBE_BLOCKS = 3
_RENDERED_MAX_PRINTED = 2000
# A printed body of this many prose blocks at most (its headline, a lead, a paragraph), the
# state's article this many times its weight: one printed paragraph the state holds is enough.
_RENDERED_FEW_PRINTED = 3
_RENDERED_BIG_GAIN = 2.5


def rendered_rest(html: str, url: str | None, blocks: list[str]) -> list[str] | None:
    """The article of the page's script state when the body printed is its beginning, None
    when the page is no such page (see _RENDERED_REST_GAIN)."""
    if not blocks or not is_on("rendered_rest") or _weighed(blocks) > _RENDERED_MAX_PRINTED:
        return None  # (a body of this much is an article printed whole: no state read)
    # (the last printed paragraph, or one of the few before it: a paywall's prompt or an ad's
    # label may close what was printed, and the state holds neither)
    last = next(
        (
            b
            for b in reversed(blocks[-_RENDERED_PROBE_BLOCKS:])
            if len(probe := b[:_RENDERED_PROBE_CHARS]) == _RENDERED_PROBE_CHARS
            and html.count(probe) >= 2
        ),
        None,
    )
    if last is None:
        return None
    tree = parse_page(html, url).tree
    scripted = text_blocks(script_article(tree, (folded(last)[:_KEY_CHARS],)))
    if _weighed(scripted) < _RENDERED_REST_GAIN * _weighed(blocks):
        return None
    keys = {folded(b)[:_KEY_CHARS] for b in scripted}
    # (the printed headline and lead may be the template's, not the state's article)
    prose = [b for b in blocks if len(b) >= _SIBLING_MIN_CHARS]
    held = sum(folded(b)[:_KEY_CHARS] in keys for b in prose)
    needed = max(_RENDERED_REST_HELD, _RENDERED_REST_SHARE * len(prose))
    if len(prose) <= _RENDERED_FEW_PRINTED and _weighed(scripted) >= _RENDERED_BIG_GAIN * _weighed(
        blocks
    ):
        # (a lead the state keeps in a field of its own and one paragraph before the paywall:
        # the one paragraph the state holds, and a state many times longer, say it is the rest)
        needed = 1
    if held < needed:
        return None
    fire("rendered_rest")
    # (the printed lead the state does not hold stays before it: a subtitle the template sets;
    # a printed block further down the state lacks, a correction's note, stays in its place:
    # after the state's paragraph the printed one above it is)
    opening = list(itertools.takewhile(lambda b: folded(b)[:_KEY_CHARS] not in keys, blocks))
    out = list(scripted)
    at = 0
    index: dict[str, int] = {}
    for i, b in enumerate(out):
        index.setdefault(folded(b)[:_KEY_CHARS], i)
    for block in blocks[len(opening) :]:
        key = folded(block)[:_KEY_CHARS]
        if key in index:
            at = max(at, index[key] + 1)
            continue
        out.insert(at, block)
        index = {k: (i + 1 if i >= at else i) for k, i in index.items()}
        at += 1
    return [*opening, *out]
