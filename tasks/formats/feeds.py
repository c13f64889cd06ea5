"""Atom and RSS (2.0 and 1.0/RDF) feeds: entries with full content are items; others are links.

An entry that carries its article (Atom `content`, RSS `content:encoded`, or a description long
enough to be the article) becomes a WireItem whose origin_url is its link. A feed of links and
teasers yields the links to fetch instead (the `--fetch-origin` semantics).
"""

from __future__ import annotations

import re
from dataclasses import replace

from lxml import etree

from wirecopy.schemas.wire import NonArticle, Subject, WireFile, WireImage, WireItem
from wirecopy.tasks.formats.bylines import OUTLET_WORD, PERSON_SHAPED, authors_from_byline
from wirecopy.tasks.formats.wiredates import wire_datetime
from wirecopy.tasks.formats.wiretext import (
    CAPTION_CLASS_HINT,
    CAPTION_MARK,
    body_paragraphs,
    clean,
    copyright_holder,
    element_text,
    first_text,
    html_tree,
    tree_figures,
    tree_paragraphs,
)
from wirecopy.tasks.html.images import image_key

# A summary/description counts as the full article when it is this long: teasers are one or two
# sentences; feeds that put whole stories in <description> give several paragraphs, a
# broadcaster's brief three short ones (NHK World: ~400 characters).
FULL_TEXT_MIN_PARAGRAPHS = 3
FULL_TEXT_MIN_CHARS = 150
IMAGE_TYPES = ("image/",)


def _text_construct(el: etree._Element | None) -> list[str]:
    """Paragraphs of an Atom text construct (text, html escaped as text, or inline xhtml)."""
    if el is None:
        return []
    kind = (el.get("type") or "text").lower()
    if "xhtml" in kind and len(el):
        return tree_paragraphs(el)
    return body_paragraphs(el.text or "", markup="html" in kind)


def _one_line(el: etree._Element | None) -> str | None:
    return clean(" ".join(_text_construct(el))) if el is not None else None


_RSS_AUTHOR = re.compile(r"^[^\s@()]+@[^\s@()]+\s*\((?P<name>[^()]{2,80})\)$")
# What a blog engine writes there when it knows no name ("noreply@blogger.com (Unknown)").
_NO_NAME = frozenset({"unknown", "admin", "administrator", "editor", "noreply", "anonymous"})


def _content(entry: etree._Element, atom: bool) -> etree._Element | None:
    """The entry's article: Atom's <content> (not Media RSS's <media:content url=…>, whose
    local name is the same), RSS's <content:encoded>, else Yandex's <yandex:full-text> (the
    Russian agencies' and papers' feeds carry the story there, in plain text)."""
    if atom:
        return next((c for c in entry.iterchildren("content") if c.get("url") is None), None)
    found = entry.find("encoded")
    return found if found is not None else entry.find("full-text")


def _is_full(paragraphs: list[str]) -> bool:
    return (
        len(paragraphs) >= FULL_TEXT_MIN_PARAGRAPHS
        and sum(map(_text_weight, paragraphs)) >= FULL_TEXT_MIN_CHARS
    )


def _text_weight(text: str) -> int:
    """Characters, a Chinese, Japanese or Korean one counted as the few a word of a spaced
    script takes (a broadcaster's Korean brief of three short paragraphs is ~100 of them)."""
    return len(text) + (_WIDE_WEIGHT - 1) * len(_WIDE.findall(text))


_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_WIDE_WEIGHT = 3


def _atom_link(entry: etree._Element) -> str | None:
    links = entry.findall("link")
    for link in links:
        if (link.get("rel") or "alternate") == "alternate" and link.get("href"):
            return clean(link.get("href"))
    return clean(links[0].get("href")) if links else None


def _media_images(entry: etree._Element) -> tuple[WireImage, ...]:
    """Pictures from RSS enclosures and Media RSS (media:content / media:thumbnail)."""
    images: list[WireImage] = []
    seen: set[str] = set()
    for el in entry.iter("enclosure", "content", "thumbnail"):
        url = el.get("url")
        medium = (el.get("medium") or el.get("type") or "image/").lower()
        if not url or url in seen or not (medium.startswith(IMAGE_TYPES) or medium == "image"):
            continue
        seen.add(url)
        # Its own description is its caption; the item's is the story's teaser (and may hold
        # the picture's markup), no caption.
        caption = element_text(el.find("description"))
        images.append(
            WireImage(
                url=url,
                caption=caption if el.tag != "enclosure" else None,
                credit=element_text(el.find("credit")),
                role="lead" if not images else "inline",
            )
        )
    return tuple(images)


_CAPTION_HINT = re.compile(rf"class=[\"'][^\"']*(?:{CAPTION_CLASS_HINT})", re.IGNORECASE)


def _content_figures(content: etree._Element | None, atom: bool) -> tuple[WireImage, ...]:
    """Pictures the entry's HTML content shows in <figure>s, with caption and credit."""
    if content is None:
        return ()
    kind = (content.get("type") or ("html" if not atom else "text")).lower()
    if atom and "xhtml" in kind and len(content):
        tree = content
    elif "html" in kind or content.tag == "encoded":
        markup = element_text_raw(content)
        if (
            "<figure" not in markup.lower()
            and not _CAPTION_HINT.search(markup)
            and not CAPTION_MARK.search(markup)
        ):
            return ()  # (a caption-classed or marked block may make a box a figure: html_tree)
        tree = html_tree(markup)
    else:
        return ()
    return tuple(
        WireImage(url=url, caption=caption, credit=credit, role="inline")
        for url, caption, credit in tree_figures(tree)
    )


# A person's name: two to four capitalised words.
_PERSON = re.compile(r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3}")


_AFFILIATION = re.compile(
    r"\b(?:Professor|Lecturer|Fellow|Researcher|Scientist|University|Institute|School|College"
    r"|Editor|Correspondent|Director|Reporter|Writer|Centre|Center|Department|Faculty)\b"
)


def _person(name: str | None) -> str | None:
    """An Atom author's name without the affiliation after it: one <author> is one person
    ("Hannah Whitfield, Senior Lecturer in Coastal Geomorphology, University of Newcastle")."""
    if not name or "," not in name:
        return name
    first, rest = (part.strip() for part in name.split(",", 1))
    # An affiliation holds a title or an institution, or words in lower case ("Jane Doe,
    # John Smith" are two people).
    affiliation = _AFFILIATION.search(rest) or any(w.islower() for w in rest.split())
    if _PERSON.fullmatch(first) and first[:1].isupper() and affiliation:
        return first
    return name


def _item(
    entry: etree._Element,
    paragraphs: list[str],
    link: str | None,
    feed_author: str | None,
    figures: tuple[WireImage, ...] = (),
) -> WireItem:
    atom = entry.tag == "entry"
    names = [_person(element_text(a.find("name"))) for a in entry.findall("author")] if atom else []
    byline = first_text(
        [
            "; ".join(n for n in names if n),
            element_text(entry.find("creator")),
            element_text(entry.find("author")),
            feed_author,
        ]
    )
    # RSS 2.0 writes its author as "e-mail (Name)": the name is the writer.
    if byline and (m := _RSS_AUTHOR.match(byline)):
        name = m["name"].strip()
        byline = None if name.casefold() in _NO_NAME else name
    title = _one_line(entry.find("title"))
    published = first_text(
        [element_text(entry.find(t)) for t in ("published", "pubDate", "date", "issued")]
    )
    updated = element_text(entry.find("updated")) or element_text(entry.find("modified"))
    summary_el = entry.find("summary") if atom else entry.find("description")
    summary = _one_line(summary_el) if _content(entry, atom) is not None else None
    categories = [c.get("term") or element_text(c) for c in entry.findall("category")]
    return WireItem(
        format="atom" if atom else "rss",
        item_id=element_text(entry.find("id")) or element_text(entry.find("guid")) or link,
        version_created=wire_datetime(updated) or wire_datetime(published),
        first_created=wire_datetime(published),
        headline=title,
        authors=authors_from_byline(byline) if byline else (),
        byline=byline,
        # xml:lang on an Atom entry; Dublin Core's <dc:language> on an RSS item.
        language=clean(entry.get("lang")) or element_text(entry.find("language")),
        summary=summary,
        copyright_holder=element_text(entry.find("rights")),
        subjects=tuple(Subject(None, c) for c in categories if c),
        paragraphs=tuple(paragraphs),
        images=_with_figures(_media_images(entry), figures),
        origin_url=link,
    )


def _with_figures(
    media: tuple[WireImage, ...], figures: tuple[WireImage, ...]
) -> tuple[WireImage, ...]:
    """Media RSS's pictures, then the content's figures that are not among them; the first
    picture leads."""
    # The same picture in both: Media RSS's copy, with the caption and credit the figure gives
    # where it has none.
    # (The same picture by its file too: a feed's thumbnail is a smaller rendition of the
    # figure's, "thumb_w/640/2024/07/22/x.jpg" of "2024/07/22/x.jpg".)
    shown = {_picture_key(f.url): f for f in figures}
    merged = [
        replace(
            m,
            caption=m.caption or shown[_picture_key(m.url)].caption,
            credit=m.credit or shown[_picture_key(m.url)].credit,
        )
        if _picture_key(m.url) in shown
        else m
        for m in media
    ]
    seen = {_picture_key(im.url) for im in media}
    images = [*merged, *(f for f in figures if _picture_key(f.url) not in seen)]
    return tuple(replace(im, role="lead" if i == 0 else "inline") for i, im in enumerate(images))


def _picture_key(url: str) -> str:
    """A picture's identity across its sizes: its file's stem when that names it ("bus-17216"),
    else its URL ("…/abc123/original.jpg" and "…/def456/original.jpg" are two pictures)."""
    key = image_key(url)
    stem = key.rstrip("/").rsplit("/", 1)[-1]
    return key if len(stem) >= _MIN_PICTURE_STEM and stem not in _GENERIC_STEMS else url


_MIN_PICTURE_STEM = 8
_GENERIC_STEMS = frozenset({"original", "thumbnail", "thumb", "image", "photo", "picture"})


# The post types of a WordPress export (WXR) that are articles.
_EXPORT_ARTICLE_TYPES = frozenset({"post"})


def _export_logins(channel: etree._Element) -> dict[str, str]:
    """A WordPress export's writers: their login (its items' dc:creator) → display name."""
    logins: dict[str, str] = {}
    for author in channel.findall("author"):
        login = element_text(author.find("author_login"))
        name = element_text(author.find("author_display_name"))
        if login and name and name != login:
            logins[login] = name
    return logins


# A publisher's company form, after its name: "Ltd", "Inc", Japanese 社 and 株式会社,
# Chinese 公司 ("毎日新聞社" is the newspaper 毎日新聞).
_COMPANY_FORM = re.compile(
    r"(?:[\s,]+(?:ltd|inc|llc|gmbh|ag|plc|s\.?a|corp(?:oration)?|co)\.?|株式会社|有限公司|公司|社)$",
    re.IGNORECASE,
)


def _outlet_key(name: str | None) -> str:
    """A publisher's name compared: without its company form, spaces and case."""
    text = _COMPANY_FORM.sub("", (clean(name) or "").strip(" .")).removeprefix("株式会社")
    return "".join(text.split()).casefold()


def _personal(name: str, holders: frozenset[str]) -> bool:
    """A person's name holding the feed's rights as written, no company's: a one-person feed
    (a newsletter, a columnist's blog) holds its own rights, and its writer is still its
    writer ("Jane Doe"; not "Harbour Herald", nor "Harbour Courier" of "Harbour Courier Ltd")."""
    written = " ".join(name.split())
    return (
        written.casefold() in holders
        and bool(PERSON_SHAPED.fullmatch(written))
        and not OUTLET_WORD.search(written)
    )


def _holder_names(channel: etree._Element) -> frozenset[str]:
    """The feed's publisher and rights holder as written, case aside."""
    return frozenset(" ".join(n.split()).casefold() for n in _publishers(channel) if n)


def _publishers(channel: etree._Element) -> tuple[str | None, str | None]:
    """The feed's Dublin Core publisher and the holder its rights line names."""
    rights = element_text(channel.find("rights")) or element_text(channel.find("copyright"))
    return element_text(channel.find("publisher")), copyright_holder(rights)


def _outlet_names(channel: etree._Element) -> frozenset[str]:
    """The feed's publisher, as its Dublin Core publisher and its rights line name it."""
    return frozenset(k for n in _publishers(channel) if (k := _outlet_key(n)))


def parse_feed(root: etree._Element) -> WireFile:
    """An Atom or RSS document → WireFile (items with full content, links to fetch)."""
    atom = root.tag == "feed"
    # RSS 2.0 and RSS 1.0 (RDF) keep the feed's fields in a channel element, Atom in its root.
    channel = root.find("channel") if root.tag in ("rss", "RDF") else root
    channel = channel if channel is not None else root
    entries = root.findall("entry") if atom else channel.findall("item") or root.findall("item")
    feed_author = element_text(root.find("author/name")) if atom else None
    language = clean(root.get("lang")) or element_text(channel.find("language"))
    items: list[WireItem] = []
    urls: list[str] = []
    others: list[NonArticle] = []
    logins = _export_logins(channel)
    outlets = _outlet_names(channel)
    holders = _holder_names(channel)
    for entry in entries:
        # A WordPress export (WXR) lists the site's pictures, pages and menus beside its posts.
        kind = element_text(entry.find("post_type"))
        if kind and kind not in _EXPORT_ARTICLE_TYPES:
            title = _one_line(entry.find("title"))
            others.append(NonArticle(None, kind, f"WordPress export item: {kind}", title))
            continue
        link = _atom_link(entry) if atom else element_text(entry.find("link"))
        if not link and not atom:
            guid = entry.find("guid")
            text = element_text(guid)
            link = (
                text
                if text
                and text.startswith("http")
                and (guid.get("isPermaLink") or "true") == "true"
                else None
            )
        content = _content(entry, atom)
        paragraphs = (
            _text_construct(content)
            if atom
            else body_paragraphs(
                element_text_raw(content), markup=content is not None and content.tag == "encoded"
            )
        )
        figured = [content]  # (the pictures are read where the story's text is, and in content)
        if not paragraphs:
            teaser_el = entry.find("summary") if atom else entry.find("description")
            teaser = (
                _text_construct(teaser_el) if atom else body_paragraphs(element_text_raw(teaser_el))
            )
            paragraphs = teaser if _is_full(teaser) else []
            figured.append(teaser_el if paragraphs else None)
        if paragraphs:
            figures = tuple(f for el in figured for f in _content_figures(el, atom))
            item = _item(entry, paragraphs, link, feed_author, figures)
            if item.byline in logins:  # the export's login of a writer it names in full
                name = logins[item.byline]
                item = replace(item, byline=name, authors=authors_from_byline(name))
            if (
                item.authors
                and {_outlet_key(a) for a in item.authors} <= outlets
                and not all(_personal(a, holders) for a in item.authors)
            ):
                # The item's creator is the feed's publisher (a newspaper's feed crediting its
                # items to the paper): no writer's name; the copy's sign-off may give one.
                item = replace(item, authors=())
            if item.language is None and language:
                item = replace(item, language=language)
            items.append(item)
        elif link:
            urls.append(link)
        else:
            title = _one_line(entry.find("title"))
            others.append(NonArticle(None, "entry", "feed entry without content or link", title))
    return WireFile(
        format="atom" if atom else "rss",
        items=tuple(items),
        non_articles=tuple(others),
        fetch_urls=tuple(dict.fromkeys(urls)),
        extra={"feed_title": _one_line(root.find("title")) or element_text(channel.find("title"))},
    )


def element_text_raw(el: etree._Element | None) -> str:
    """The text of an element as written (HTML in RSS descriptions arrives escaped or as CDATA)."""
    if el is None:
        return ""
    if len(el):  # unescaped XHTML children inside an RSS element
        return etree.tostring(el, encoding="unicode", with_tail=False)
    return el.text or ""
