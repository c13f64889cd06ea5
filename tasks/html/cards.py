"""Lists of teaser cards found by their structure, whatever the template calls them (pure).

"Our Latest Stories", "Most read", "More from the section": a run of short cards, each headed
by a link to another page (a picture, a dek or a date beside it). The class rules catch the
lists templates name in the usual words; on a template that names them otherwise, the structure
still shows: an article's own subheadings are not links, and its sections are not a row of
short items each headed by one.

>>> import lxml.html
>>> card = "<li><h3><a href='/s{0}'>Other story number {0}</a></h3><p>Its dek.</p></li>"
>>> tree = lxml.html.fromstring("<ul>" + "".join(card.format(i) for i in range(3)) + "</ul>")
>>> [el.tag for el in headline_list_cards(tree)]
['li', 'li', 'li']
"""

from __future__ import annotations

import lxml.html

from wirecopy.tasks.rule_switches import register
from wirecopy.tasks.urls import join_url, url_scheme

register("body", ("headline_list",))  # a row of short cards each headed by a link is teasers

# Links that lead nowhere else: the list's own page, a script, mail, a phone number.
NOT_PAGE_LINKS = ("#", "javascript:", "mailto:", "tel:")
# Subheadings that head a card (an <h1> is the page's own headline).
_CARD_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
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
# Levels climbed from a headline to its card: li > article > div > h3 is the deepest seen.
_MAX_CARD_DEPTH = 4


def headline_list_cards(
    tree: lxml.html.HtmlElement, page_url: str | None = None
) -> list[lxml.html.HtmlElement]:
    """The cards of every teaser list in the tree, in document order (links to page_url, a
    live blog's entries linking to themselves, are no teasers)."""
    lengths: dict[lxml.html.HtmlElement, int] = {}

    def chars(el: lxml.html.HtmlElement) -> int:
        if el not in lengths:
            lengths[el] = len(" ".join(el.text_content().split()))
        return lengths[el]

    # Each element that could be a card, under the element that could be its list.
    cards: dict[lxml.html.HtmlElement, set[lxml.html.HtmlElement]] = {}
    for heading in tree.iter(*_CARD_HEADINGS):
        if not _linked_headline(heading, page_url or ""):
            continue
        card = heading
        for _ in range(_MAX_CARD_DEPTH):
            parent = card.getparent()
            if parent is None or chars(card) > _MAX_CARD_CHARS:
                break
            cards.setdefault(parent, set()).add(card)
            card = parent
    found: list[lxml.html.HtmlElement] = []
    for parent, members in cards.items():
        items = [c for c in parent if isinstance(c.tag, str)]
        if len(members) >= _MIN_CARDS and len(members) >= _MIN_CARD_SHARE * len(items):
            found.extend(c for c in items if c in members)
    return _outermost(found)


def _linked_headline(heading: lxml.html.HtmlElement, page_url: str) -> bool:
    """A heading of a few words that is, nearly all of it, a link to another page."""
    text = " ".join(heading.text_content().split())
    if len(text.split()) < _MIN_HEADLINE_WORDS:
        return False
    linked = 0
    for a in heading.iter("a"):
        if _other_page(a.get("href"), page_url):
            linked += len(" ".join(a.text_content().split()))
    return linked >= _MIN_LINK_SHARE * len(text)


def _other_page(href: str | None, page_url: str) -> bool:
    """A link to a web page other than this one (not an anchor, a script, mail or phone)."""
    href = (href or "").strip()
    if not href or href.startswith(NOT_PAGE_LINKS):
        return False
    target = join_url(page_url, href) if page_url else href
    if target is None or url_scheme(target) not in ("", "http", "https"):
        return False
    return target.split("#", 1)[0] != page_url.split("#", 1)[0]


def _outermost(cards: list[lxml.html.HtmlElement]) -> list[lxml.html.HtmlElement]:
    """Cards not inside another card found (a list of lists is removed at its top), in order."""
    chosen = set(cards)
    kept = [c for c in cards if not any(a in chosen for a in c.iterancestors())]
    order = {el: i for i, el in enumerate(kept[0].getroottree().iter())} if kept else {}
    return sorted(kept, key=order.__getitem__)
