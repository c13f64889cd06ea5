"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): a feed's items with full content
become items (HTML or plain text), items with only a link become URLs to fetch, like RSS."""

from __future__ import annotations

import html
import html.entities
import re
from typing import Any

from wirecopy.schemas.wire import NonArticle, Subject, WireFile, WireImage, WireItem
from wirecopy.tasks.formats.bylines import authors_from_byline
from wirecopy.tasks.formats.errors import WireFormatError
from wirecopy.tasks.formats.wiredates import wire_datetime
from wirecopy.tasks.formats.wiretext import (
    body_paragraphs,
    clean,
    html_tree,
    text_paragraphs,
    tree_figures,
)

VERSION_PREFIX = "https://jsonfeed.org/version/"
# A summary counts as the article when it is this long (the feeds' rule, tasks/formats/feeds.py).
_FULL_PARAGRAPHS = 2
_FULL_CHARS = 150


def is_json_feed(doc: Any) -> bool:
    """True for a JSON Feed document: its version URL and a list of items."""
    return (
        isinstance(doc, dict)
        and str(doc.get("version", "")).startswith(VERSION_PREFIX)
        and isinstance(doc.get("items"), list)
    )


def _str(value: Any) -> str | None:
    """A text value; a number as its digits (JSON Feed's ids are strings, some feeds send
    numbers)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    return clean(value) or None if isinstance(value, str) else None


# A character reference in a plain-text field ("İstanbul&#8217;da": WordPress's feed plugins
# escape the title for HTML), complete only: its semicolon written ("&notit;" and "Tom &amp
# Jerry" are text, where html.unescape reads HTML's legacy "&not" and "&amp" without one).
_CHAR_REF = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|([A-Za-z][A-Za-z0-9]{1,31}));")


def _resolved(ref: re.Match[str]) -> str:
    """A complete character reference's character(s); an unknown name stays as written."""
    name = ref.group(1)
    if name is not None:
        return html.entities.html5.get(f"{name};", ref.group())
    return html.unescape(ref.group())  # a number: HTML's rules (U+FFFD for 0 or a surrogate)


def _plain(value: Any) -> str | None:
    """A plain-text field (the title), its complete HTML character references resolved."""
    text = _str(value)
    return clean(_CHAR_REF.sub(_resolved, text)) if text and _CHAR_REF.search(text) else text


def _authors(obj: dict[str, Any]) -> list[str]:
    """Names of 1.1's `authors` list, else 1.0's one `author` object."""
    entries = obj.get("authors")
    if not isinstance(entries, list):
        entries = [obj.get("author")]
    return [n for e in entries if isinstance(e, dict) and (n := _str(e.get("name")))]


def _paragraphs(item: dict[str, Any]) -> tuple[list[str], tuple[WireImage, ...]]:
    """The item's text (HTML preferred) and the pictures its HTML shows in figures."""
    html = item.get("content_html")
    if isinstance(html, str) and html.strip():
        figures = tuple(
            WireImage(url=url, caption=caption, credit=credit)
            for url, caption, credit in (tree_figures(html_tree(html)) if "<figure" in html else [])
        )
        if paragraphs := body_paragraphs(html, markup=True):
            return paragraphs, figures
    text = item.get("content_text")
    if isinstance(text, str) and text.strip():
        return text_paragraphs(text), ()
    summary = body_paragraphs(_str(item.get("summary")) or "")
    full = len(summary) >= _FULL_PARAGRAPHS and sum(map(len, summary)) >= _FULL_CHARS
    return (summary if full else []), ()


def _item(item: dict[str, Any], feed: dict[str, Any], feed_authors: list[str]) -> WireItem | None:
    paragraphs, figures = _paragraphs(item)
    if not paragraphs:
        return None
    lead = _str(item.get("image")) or _str(item.get("banner_image"))
    pictures = [WireImage(url=lead)] if lead else []
    for figure in figures:
        if figure.url == lead:  # the item's image shown in its HTML: its caption and credit
            pictures[0] = WireImage(lead, figure.caption, figure.credit)
        else:
            pictures.append(figure)
    names = _authors(item) or feed_authors
    authors = tuple(a for name in names for a in authors_from_byline(name))
    published = wire_datetime(item.get("date_published"))
    tags = item.get("tags")
    tags = tags if isinstance(tags, list) else []
    return WireItem(
        format="jsonfeed",
        item_id=_str(item.get("id")) or _str(item.get("url")),
        version_created=wire_datetime(item.get("date_modified")) or published,
        first_created=published,
        headline=_plain(item.get("title")),
        authors=authors,
        byline="; ".join(names) or None,
        language=_str(item.get("language")) or _str(feed.get("language")),
        summary=_str(item.get("summary")),
        subjects=tuple(Subject(None, t) for t in tags if isinstance(t, str) and t.strip()),
        paragraphs=tuple(paragraphs),
        images=tuple(
            WireImage(p.url, p.caption, p.credit, role="lead" if i == 0 else "inline")
            for i, p in enumerate(pictures)
        ),
        origin_url=_str(item.get("url")) or _str(item.get("external_url")),
    )


# What parts a publication's name from its section's in a feed's title ("X - News", "X | Sport");
# a space alone does not ("Rachel Kim on Tech" is hers).
_TITLE_SEPARATOR = re.compile(r"\s*[-|–—:·]")


def _names_the_feed(author: str, title: str) -> bool:
    """The author is the feed's title, or the publication's name opening it before a
    separator ("Radio 100,7" of "Radio 100,7 - Aktualitéit"; not "Anna" of "Annaberg News")."""
    name = author.strip().casefold()
    return bool(name) and (
        title == name
        or (title.startswith(name) and _TITLE_SEPARATOR.match(title, len(name)) is not None)
    )


def parse_json_feed(doc: Any) -> WireFile:
    """A JSON Feed document → WireFile (items with content, links to fetch)."""
    if not is_json_feed(doc):
        raise WireFormatError("not a JSON Feed", "no version URL and items list")
    # The feed's own author is often the publication itself ("KFF Health News"; "Radio 100,7"
    # of the feed "Radio 100,7 - Aktualitéit", its name before the section's): no writer.
    title = (_str(doc.get("title")) or "").casefold()
    feed_authors = [a for a in _authors(doc) if not _names_the_feed(a, title)]
    items: list[WireItem] = []
    urls: list[str] = []
    others: list[NonArticle] = []
    for entry in doc["items"]:
        if not isinstance(entry, dict):
            continue
        parsed = _item(entry, doc, feed_authors)
        link = _str(entry.get("url"))
        if parsed is not None:
            items.append(parsed)
        elif link and link.startswith(("http://", "https://")):
            urls.append(link)
        else:
            reason = "feed item without content or link"
            others.append(
                NonArticle(_str(entry.get("id")), "item", reason, _str(entry.get("title")))
            )
    return WireFile(
        format="jsonfeed",
        items=tuple(items),
        non_articles=tuple(others),
        fetch_urls=tuple(dict.fromkeys(urls)),
        extra={"feed_title": _str(doc.get("title"))},
    )
