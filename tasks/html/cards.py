"""Lists of teaser cards found by their structure, whatever the template calls them (pure).

"Our Latest Stories", "Most read", "More from the section": a run of short cards, each headed
by a link to another page (a linked heading, or a link around a block of a few words), with a
picture, a dek or a date beside it. The class rules catch the lists templates name in the
usual words; on a template that names them otherwise, the structure still shows: an article's
own subheadings are not links, and its sections are not a row of short items each headed by
one. So do menus and tag clouds: blocks of many short links and hardly a letter besides.

>>> import lxml.html
>>> card = "<li><h3><a href='/s{0}'>Other story number {0}</a></h3><p>Its dek.</p></li>"
>>> tree = lxml.html.fromstring("<ul>" + "".join(card.format(i) for i in range(3)) + "</ul>")
>>> [el.tag for el in headline_list_cards(tree)]
['li', 'li', 'li']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice

import lxml.html
from lxml import etree

from wirecopy.tasks.html.rules import CAPTION_TAGS, INLINE_TAGS
from wirecopy.tasks.rule_switches import register
from wirecopy.tasks.urls import join_url, page_address, split_url, url_scheme

register(
    "body",
    (
        "headline_list",  # a row of short cards each headed by a link is teasers
        "link_paragraph",  # a short paragraph that is all a link to another page points elsewhere
        "link_cloud",  # a block of many short links and nothing else is a menu or a tag cloud
        "repeated_box",  # a block of two or more lines the page prints twice is a widget
    ),
)

# Links that lead nowhere else: the list's own page, a script, mail, a phone number.
NOT_PAGE_LINKS = ("#", "javascript:", "mailto:", "tel:")
# A pointer paragraph is short: a label and a headline (the longest on dev is 230 characters).
_MIN_LINK_PARAGRAPH_CHARS = 15
_MAX_LINK_PARAGRAPH_CHARS = 250
# Most of it links, under a label of a few words that ends like one ("Read also:", "SEE MORE |",
# "Lees ook »") or is set in bold; at most two words beside each link ("[INSIGHT]") and three
# words of link text at least (a headline, "Sign up for our newsletter": not a handle, nor a
# URL written out alone, an embed's fallback).
_MIN_POINTER_SHARE = 0.6
_MAX_LABEL_WORDS = 5
_LABEL_ENDS = frozenset(":|»>–—-")
_MAX_REST_WORDS = 2
_MIN_LINK_WORDS = 3
_WORD = re.compile(r"\w+")
# A paragraph of prose beside it: this long, at most this share of it links.
_PROSE_CHARS = 80
_MAX_PROSE_LINK_SHARE = 0.3
# Subheadings that head a card (an <h1> is the page's own headline).
_CARD_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
# A card's title may be a link around a block of a few words ("<a><div>Title</div></a>"): no
# link inside a line of text, nor around a picture alone, holds one.
_TITLE_BLOCKS = frozenset({"div", "p"})
_MIN_TITLE_WORDS = 3
# A headline of at least this many words, nearly all of it the text of links (a section label,
# "More", is not a story's headline).
_MIN_HEADLINE_WORDS = 2
_MIN_LINK_SHARE = 0.9
# A card is short: a headline, a dek, a date (the longest dev card is about 250 characters).
_MAX_CARD_CHARS = 300
# A list is at least this many cards, and most of its items are cards (an article's section
# with one linked subheading among its paragraphs is no list).
_MIN_CARDS = 3
_MIN_CARD_SHARE = 0.6
# A menu, a tag cloud, a list of sections: at least this many links to other pages, this share
# of the block's letters, a word or two each on average (counted in letters: CJK scripts write
# no spaces; "Trades & Signings" is 15, a headline is longer: the teaser rules weigh those).
_MIN_CLOUD_LINKS = 10
_MIN_CLOUD_LINK_SHARE = 0.9
_MAX_CLOUD_LINK_LETTERS = 16
# A box printed twice: its lines (paragraphs, list items, subheadings) of at least this many
# characters are looked for twice; the box is the highest wrapper, a few levels up, whose whole
# text is the same in both places, at most this long, holding two lines or more.
_BOX_LINES = ("p", "li", "h2", "h3", "h4", "h5", "h6")
_MIN_BOX_LINE_CHARS = 15
_MAX_BOX_CHARS = 1500
_BOX_LEVELS = 4
# A widget is printed once per screen size or user state: a line printed more often than this
# is a menu's or a list's (the first copies are weighed, not every pair).
_MAX_BOX_COPIES = 8
# What a compared line's closing stop may be.
_LINE_END = ".!?… "
# List items holding list items (descendant-or-self order: the tree's own).
_ITEMS_HOLDING_ITEMS = etree.XPath("//li[.//li]")
# What a widget printed twice never holds: a picture (a gallery's two renditions) or a headline.
_BOX_BARS = ("img", "picture", "video", "h1", "table")
# Levels above a link where the block holding it is looked for (nav > ul > li > a).
_CLOUD_LEVELS = 3
# A table of links is data; layout tables are unwrapped before (tasks/html/tables.py).
_TABLE_TAGS = ("table", "tr", "td", "th", "tbody", "thead")
# The page's own containers are never a menu.
_NOT_CLOUDS = frozenset({"html", "body", "article", "main", "a"})
# Text is measured this many characters at a time, up to the limit asked.
_CHUNK = 4096
# Levels climbed from a headline to its card: li > article > div > h3 is the deepest seen.
_MAX_CARD_DEPTH = 4
# Levels above a card where a card holding it is looked for: two cards' climbs.
_NESTING = 2 * _MAX_CARD_DEPTH + 1


def headline_lists(
    tree: lxml.html.HtmlElement, page_url: str | None = None
) -> list[list[lxml.html.HtmlElement]]:
    """The cards of each teaser list in the tree, lists and cards in document order (links to
    page_url, a live blog's entries linking to themselves, are no teasers)."""
    short: dict[lxml.html.HtmlElement, bool] = {}
    # Each element that could be a card, under the element that could be its list.
    cards: dict[lxml.html.HtmlElement, set[lxml.html.HtmlElement]] = {}
    other = _other_pages(page_url or "")
    for heading in tree.iter(*_CARD_HEADINGS, "a"):
        # Most links hold no block (read first: pages have hundreds of links); a link holding
        # links is no title (HTML does not nest them: a hostile page does, and each would read
        # all the others' text); then the bounded length.
        if heading.tag == "a" and (
            not len(heading)  # a link of text alone: no child read
            or not any(c.tag in _TITLE_BLOCKS for c in heading)
            or next(heading.iterdescendants("a"), None) is not None
        ):
            continue
        if heading not in short:
            short[heading] = _text_within(heading, _MAX_CARD_CHARS)
        if not short[heading]:
            continue
        if heading.tag == "a":
            if not _block_link(heading) or not other(heading.get("href")):
                continue
        elif not _linked_headline(heading, other):
            continue
        card = heading
        for _ in range(_MAX_CARD_DEPTH):
            parent = card.getparent()
            if card not in short:
                short[card] = _text_within(card, _MAX_CARD_CHARS)
            if parent is None or not short[card]:
                break
            cards.setdefault(parent, set()).add(card)
            card = parent
    lists: list[list[lxml.html.HtmlElement]] = []
    for parent, members in cards.items():
        items = [c for c in parent if isinstance(c.tag, str)]
        if len(members) >= _MIN_CARDS and len(members) >= _MIN_CARD_SHARE * len(items):
            lists.append([c for c in items if c in members])
    return _outermost(lists)


def headline_list_cards(
    tree: lxml.html.HtmlElement, page_url: str | None = None
) -> list[lxml.html.HtmlElement]:
    """The cards of every teaser list in the tree, in document order."""
    return [card for cards in headline_lists(tree, page_url) for card in cards]


def _text_within(el: lxml.html.HtmlElement, limit: int) -> bool:
    """Whether el's text (runs of white space as one space) is at most limit characters; reads
    no further than that (an ancestor of a headline may hold a whole page, and one text node
    megabytes): a word cut between two chunks counts one space too many."""
    chars = -1
    for piece in el.itertext():
        if len(piece) <= _CHUNK:  # most pieces: one chunk, counted without slicing
            words = piece.split()
            # A space before each word run: 1 + its letters + the spaces between its words.
            if words:
                chars += len(" ".join(words)) + 1
                if chars > limit:
                    return False
            continue
        for start in range(0, len(piece), _CHUNK):
            words = piece[start : start + _CHUNK].split()
            if words:
                chars += 1 + sum(map(len, words)) + len(words) - 1
                if chars > limit:
                    return False
    return True


def link_paragraphs(
    tree: lxml.html.HtmlElement, page_url: str | None = None
) -> list[lxml.html.HtmlElement]:
    """Short paragraphs (<p>s, or <div>s written as one) that are links to other pages under a
    label, among prose paragraphs.

    "Read also: <a>…</a>", "SEE MORE: <a>…</a>", a newsletter's "<a>Sign up here</a>": a pointer
    to another page between a story's paragraphs, whatever its label says in whichever language.
    A paragraph of the story is written text with a link in it ("… faces a charge of <a>…</a>."),
    not a label and a link. Only beside a paragraph of prose: a sidebar of linked paragraphs is
    the body extractor's to weigh (with its links taken, its dates and labels would read as
    text); a caption's linked credit is the images' to read; and a single linked word (a handle,
    "here", a URL written out alone where an embedded post did not load) points at no story.
    """
    other = _other_pages(page_url or "")
    found: list[lxml.html.HtmlElement] = []
    beside_prose: dict[lxml.html.HtmlElement, bool] = {}
    for p in tree.iter("p", "div"):
        # The bounded length first: a <div> may hold the whole page.
        if not _text_within(p, _MAX_LINK_PARAGRAPH_CHARS) or not _is_paragraph(p):
            continue
        if not _is_pointer(p, other):
            continue
        parent = p.getparent()
        if parent is None or any(a.tag in CAPTION_TAGS for a in p.iterancestors()):
            continue
        if parent not in beside_prose:
            beside_prose[parent] = any(
                _is_paragraph(s) and _is_prose(s, other) for s in parent.iterchildren("p", "div")
            )
        if beside_prose[parent]:
            found.append(p)
    return found


def link_clouds(
    tree: lxml.html.HtmlElement, page_url: str | None = None
) -> list[lxml.html.HtmlElement]:
    """Blocks that are many short links to other pages and nothing else, in document order.

    A menu, a tag cloud or a row of section links reads the same whatever its class: ten or
    more links of a word or two each, and hardly a letter outside them. An article's text is
    not (a sentence with links has words around them), nor is a list of headlines (longer
    links: the teaser rules weigh those). Only the few levels above the links are weighed,
    each link's text read once and each candidate's letters counted by libxml2.
    """
    other = _other_pages(page_url or "")
    # Per element a few levels above a link to another page: its links, and their letters.
    counts: dict[lxml.html.HtmlElement, list[int]] = {}
    for a in tree.iter("a"):
        if not other(a.get("href")):
            continue
        letters = _letters(a.text_content())
        for parent in islice(a.iterancestors(), _CLOUD_LEVELS):
            tally = counts.get(parent)  # no new list made for the ancestors already counted
            if tally is None:
                counts[parent] = [1, letters]
            else:
                tally[0] += 1
                tally[1] += letters
    candidates = [
        el
        for el, (links, link_letters) in counts.items()
        if links >= _MIN_CLOUD_LINKS
        and link_letters <= _MAX_CLOUD_LINK_LETTERS * links
        and el.tag not in _NOT_CLOUDS
    ]
    found: list[lxml.html.HtmlElement] = []
    chosen: set[lxml.html.HtmlElement] = set()
    # Outermost first: a menu of menus is one block.
    for el in sorted(candidates, key=_depth):
        if any(p in chosen for p in islice(el.iterancestors(), 2 * _CLOUD_LEVELS)):
            continue
        # Read no further than the links' letters allow (nested candidates would each read
        # the whole page below them); a table of links is data (names in a column), not a menu.
        if not _letters_within(el, counts[el][1] / _MIN_CLOUD_LINK_SHARE):
            continue
        if el.tag in _TABLE_TAGS or next(el.iter(*_TABLE_TAGS, "h1"), None) is not None:
            continue
        found.append(el)
        chosen.add(el)
    return sorted(found, key=lambda el: _position(el, tree)) if len(found) > 1 else found


def _position(
    el: lxml.html.HtmlElement, top: lxml.html.HtmlElement | None = None
) -> tuple[int, ...]:
    """el's place in document order below top (the document's root when None): its child
    index at each level down, () for top itself or an element outside it. Sorting by it is
    sorting by an enumeration of top's whole tree, for a few elements in their depth's time."""
    path: list[int] = []
    node = el
    while node is not top:
        parent = node.getparent()
        if parent is None:
            return () if top is not None else tuple(reversed(path))
        path.append(parent.index(node))
        node = parent
    return tuple(reversed(path))


def _depth(el: lxml.html.HtmlElement) -> int:
    """How many elements hold el."""
    return sum(1 for _ in el.iterancestors())


def repeated_boxes(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Every copy of a block the page prints twice or more: two or more lines, the same whole
    text in each place, no picture or headline in it (a subscription offer or a sign-in prompt
    written once per screen size, whatever its class).

    A pull quote repeats one line of the story inside a wrapper of its own: its wrapper and the
    story's differ, so no box is found. Only lines printed twice are climbed from, and each
    wrapper's text is read no further than a box's length.
    """
    lines: dict[str, list[lxml.html.HtmlElement]] = {}
    # A list item holding a list is no line (and items nested in items would each read all
    # the others' text); a paragraph or a subheading holds no other line. Found in one
    # libxml2 call, not a descendant walk started for each item.
    nested = set(_ITEMS_HOLDING_ITEMS(tree))
    for el in tree.iter(*_BOX_LINES):
        raw = "" if el in nested else el.text_content()
        if _MIN_BOX_LINE_CHARS <= len(raw) <= 2 * _MAX_BOX_CHARS:
            # _folded_line, written out: it runs for every line of the page
            key = " ".join(raw.split()).casefold().rstrip(_LINE_END)
            lines.setdefault(key, []).append(el)
    found: dict[lxml.html.HtmlElement, None] = {}
    texts: dict[lxml.html.HtmlElement, str | None] = {}  # a wrapper's text, read once
    for copies in lines.values():
        if len(copies) < 2:
            continue
        first = copies[0]
        for other in copies[1:_MAX_BOX_COPIES]:
            pair = _box_pair(first, other, texts)
            if pair is not None:
                found.update(dict.fromkeys(pair))
    return list(found)


def _box_pair(
    one: lxml.html.HtmlElement,
    two: lxml.html.HtmlElement,
    texts: dict[lxml.html.HtmlElement, str | None],
) -> tuple[lxml.html.HtmlElement, lxml.html.HtmlElement] | None:
    """The highest pair of wrappers above two copies of a line whose whole texts are equal and
    hold two lines or more (None: the copies stand in different surroundings)."""
    best = None
    a, b = one, two
    for _ in range(_BOX_LEVELS):
        a, b = a.getparent(), b.getparent()
        if a is None or b is None or a is b or a.tag in _NOT_CLOUDS or b.tag in _NOT_CLOUDS:
            break
        for el in (a, b):
            if el not in texts:
                texts[el] = _box_text(el)
        if texts[a] is None or texts[a] != texts[b]:
            break
        if sum(1 for _ in islice(a.iter(*_BOX_LINES), 2)) >= 2:
            best = (a, b)
    if best is None or any(next(el.iter(*_BOX_BARS), None) is not None for el in best):
        return None
    # A caption printed twice (inline and in a lightbox) is the pictures' to read.
    if any(a.tag in CAPTION_TAGS for el in best for a in (el, *el.iterancestors())):
        return None
    return best


def _box_text(el: lxml.html.HtmlElement) -> str | None:
    """An element's text as compared, or None when it is longer than a box."""
    if not _text_within(el, _MAX_BOX_CHARS):
        return None
    return _folded_line(el.text_content())


def _folded_line(text: str) -> str:
    """Text as compared: white space and case folded, a closing stop left out."""
    return " ".join(text.split()).casefold().rstrip(_LINE_END)


def _other_pages(page_url: str) -> Callable[[str | None], bool]:
    """_other_page for one page, remembering each address asked about. A link to another path
    of this site ("/sport/") or to another site is told without parsing it: menus are hundreds
    of links, and a full reading of each was most of the time a page took here."""
    seen: dict[str | None, bool] = {}
    parts = split_url(page_url) if page_url else None
    page_path = parts.path.rstrip("/") if parts is not None else ""
    host = (parts.hostname or "") if parts is not None else ""
    page_host = host.lower().removeprefix("www.")

    def other(href: str | None) -> bool:
        known = seen.get(href)
        if known is None:
            known = seen[href] = _quick_other(href or "", page_path, page_host) or _other_page(
                href, page_url
            )
        return known

    return other


# Characters that make a host part more than a plain name (a port, credentials, an IPv6 address).
_PLAIN_HOST = frozenset("?#@:%\\[]")


def _quick_other(href: str, page_path: str, page_host: str) -> bool:
    """A link plainly to another page: a root-relative link to another path, or an absolute one
    to another host (False: not plain, the full reading decides)."""
    link = href.strip()
    # URL parsing drops tabs and line breaks inside an address (an href wrapped in the HTML):
    # such a link, and a host of other characters than ASCII, is left to the full reading.
    if not page_host or not link.isascii() or "\t" in link or "\r" in link or "\n" in link:
        return False
    if link[:1] == "/" and link[1:2] != "/":
        path = link.partition("#")[0].partition("?")[0]
        return "/." not in path and path.rstrip("/") != page_path
    if link[:7].lower() == "http://" or link[:8].lower() == "https://":
        rest = link.split("//", 1)[1]
        host, slash, tail = rest.partition("/")
        if not host or not _PLAIN_HOST.isdisjoint(host):
            return False
        if host.lower().removeprefix("www.") != page_host:
            return True
        path = (slash + tail).partition("#")[0].partition("?")[0]
        return "/." not in path and path.rstrip("/") != page_path
    return False


def _letters_within(el: lxml.html.HtmlElement, limit: float) -> bool:
    """Whether el's letters (white space left out) are at most limit; reads no further."""
    letters = 0
    for piece in el.itertext():
        for start in range(0, len(piece), _CHUNK):
            letters += _letters(piece[start : start + _CHUNK])
            if letters > limit:
                return False
    return True


def _letters(text: str) -> int:
    """Characters of text that are not white space."""
    return sum(map(len, text.split()))


def _is_paragraph(el: lxml.html.HtmlElement) -> bool:
    """A <p>, or a <div> written as one (text and inline elements only, at any depth)."""
    if el.tag == "p":
        return True
    return all(not isinstance(d.tag, str) or d.tag in INLINE_TAGS for d in el.iterdescendants())


def _is_pointer(p: lxml.html.HtmlElement, other: Callable[[str | None], bool]) -> bool:
    """A short paragraph that is links to other pages, after at most a label."""
    text = _spaced(p.text_content())
    if not _MIN_LINK_PARAGRAPH_CHARS <= len(text) <= _MAX_LINK_PARAGRAPH_CHARS:
        return False
    links = [_spaced(a.text_content()) for a in p.iter("a") if other(a.get("href"))]
    links = [t for t in links if t]
    if not links or sum(len(t.split()) for t in links) < _MIN_LINK_WORDS:
        return False
    # A link starting in lower case continues a sentence ("The ministry said: <a>the harbour
    # will close…</a>"); a pointer's link is a headline.
    if any(t[0].islower() for t in links):
        return False
    if sum(map(len, links)) < _MIN_POINTER_SHARE * len(text):
        return False
    label, _, rest = text.partition(links[0])
    for link in links[1:]:
        rest = rest.replace(link, " ", 1)
    # Between and after the links, separators and tags ("[INSIGHT]|") only, not sentence words.
    if len(_WORD.findall(rest)) > _MAX_REST_WORDS * len(links):
        return False
    label = label.strip()
    if not label:
        return True
    bold = " ".join(_spaced(b.text_content()) for b in p.iter("b", "strong"))
    return len(label.split()) <= _MAX_LABEL_WORDS and (label[-1] in _LABEL_ENDS or label in bold)


def _spaced(text: str) -> str:
    """Text with its runs of white space as one space, stripped."""
    return " ".join(text.split())


def _link_chars(el: lxml.html.HtmlElement, other: Callable[[str | None], bool]) -> int:
    """Characters of el's text in links to other pages."""
    return sum(len(_spaced(a.text_content())) for a in el.iter("a") if other(a.get("href")))


def _is_prose(p: lxml.html.HtmlElement, other: Callable[[str | None], bool]) -> bool:
    """A paragraph of written text: long, little of it links."""
    chars = len(_spaced(p.text_content()))
    return chars >= _PROSE_CHARS and _link_chars(p, other) <= _MAX_PROSE_LINK_SHARE * chars


def _block_link(a: lxml.html.HtmlElement) -> bool:
    """A link around a block of text: a card's title written as <a><div>…</div></a> (a link
    around a heading is read by the heading)."""
    return any(
        isinstance(c.tag, str)
        and c.tag in _TITLE_BLOCKS
        and len(c.text_content().split()) >= _MIN_TITLE_WORDS
        for c in a
    )


def _linked_headline(heading: lxml.html.HtmlElement, other: Callable[[str | None], bool]) -> bool:
    """A heading of a few words that is, nearly all of it, a link to another page."""
    text = " ".join(heading.text_content().split())
    if len(text.split()) < _MIN_HEADLINE_WORDS:
        return False
    linked = 0
    for a in heading.iter("a"):
        if other(a.get("href")):
            linked += len(" ".join(a.text_content().split()))
    return linked >= _MIN_LINK_SHARE * len(text)


def _other_page(href: str | None, page_url: str) -> bool:
    """A link to a web page other than this one (not an anchor, a script, mail or phone; this
    page with another scheme, a trailing slash or tracking parameters is this page)."""
    href = (href or "").strip()
    if not href or href.startswith(NOT_PAGE_LINKS):
        return False
    if not page_url:
        # The page's address unknown: a link to a place in a page (a live blog's entry, "…/live
        # #post-3") is taken for one to this page; teasers link to whole pages.
        return "#" not in href and url_scheme(href) in ("", "http", "https")
    target = join_url(page_url, href)
    if target is None or url_scheme(target) not in ("", "http", "https"):
        return False
    return page_address(target) != page_address(page_url)


def _outermost(
    lists: list[list[lxml.html.HtmlElement]],
) -> list[list[lxml.html.HtmlElement]]:
    """The lists without cards inside another list's card (a list of lists is removed at its
    top), in document order. A card holding another is short, so it is looked for a few levels
    up only (a page's nesting can be hundreds deep)."""
    chosen = {card for cards in lists for card in cards}
    kept = [
        [c for c in cards if not any(a in chosen for a in islice(c.iterancestors(), _NESTING))]
        for cards in lists
    ]
    kept = [cards for cards in kept if cards]
    if not kept:
        return []
    return sorted(kept, key=lambda cards: _position(cards[0]))
