"""NewsML 1.x (AFP, ANA, Business Wire): NewsItems made of nested NewsComponents.

The story's text sits in the ContentItems of its text components (NITF, XHTML or plain text in
DataContent); photo components become images; style sheets, logos and contact blocks are not body.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lxml import etree

from wirecopy.schemas.wire import NonArticle, PubStatus, Subject, WireFile, WireImage, WireItem
from wirecopy.tasks.formats.bylines import authors_from_byline
from wirecopy.tasks.formats.nitf import KILL_NOTE, story
from wirecopy.tasks.formats.wiredates import wire_datetime
from wirecopy.tasks.formats.wiretext import (
    body_paragraphs,
    clean,
    copyright_holder,
    element_text,
    first_text,
    tree_paragraphs,
)

# Component roles that are not the story's body text (Business Wire, AFP, ANA profiles).
NON_BODY_ROLES = frozenset(
    {"headline", "subheadline", "stylesheet", "logo", "contact", "caption", "photo", "picture",
     "image", "graphic", "video", "audio", "thumbnail", "preview", "byline", "metadata"}
)  # fmt: skip
MEDIA_ROLES = frozenset({"photo", "picture", "image", "graphic"})
_BODY_ROLES = frozenset({"body", "main", "text", "maintext", "bodytext"})
STATUS: dict[str, PubStatus] = {
    "usable": "usable",
    "embargoed": "usable",
    "withheld": "withheld",
    "canceled": "canceled",
    "cancelled": "canceled",
}


def _formal(el: etree._Element | None, path: str) -> str | None:
    found = el.find(path) if el is not None else None
    return clean(found.get("FormalName")) if found is not None else None


def _role(component: etree._Element) -> str:
    return (_formal(component, "Role") or "").lower().replace(" ", "")


def _components(item: etree._Element) -> Iterator[etree._Element]:
    yield from item.iter("NewsComponent")


def _is_media(component: etree._Element) -> bool:
    if _role(component) in MEDIA_ROLES:
        return True
    kinds = {(_formal(ci, "MediaType") or "").lower() for ci in component.findall("ContentItem")}
    return bool(kinds) and kinds <= {"photo", "image", "graphic"}


def _own_lines(component: etree._Element, tag: str) -> list[str]:
    return [t for el in component.findall(f"NewsLines/{tag}") if (t := element_text(el))]


def _content_paragraphs(ci: etree._Element) -> tuple[list[str], Any]:
    """Paragraphs of one ContentItem's DataContent (NITF, XHTML or text) and its NITF story."""
    data = ci.find("DataContent")
    if data is None:
        return [], None
    nitf = data.find(".//nitf")
    if nitf is not None:
        s = story(nitf)
        return s.paragraphs, s
    if len(data):
        body = next(iter(data.iter("body")), data)
        return tree_paragraphs(body), None
    return body_paragraphs(data.text), None


def _text_items(component: etree._Element) -> list[etree._Element]:
    mime = {"text/css", "text/javascript"}
    return [
        ci
        for ci in component.findall("ContentItem")
        if (_formal(ci, "MimeType") or "").lower() not in mime
        and ci.find("DataContent") is not None
    ]


def _is_text(ci: etree._Element) -> bool:
    """A content item of text (its media type or MIME type says so): no picture's data."""
    media = (_formal(ci, "MediaType") or "").lower()
    mime = (_formal(ci, "MimeType") or "").lower()
    return media == "text" or mime.startswith("text/")


def _image(component: etree._Element) -> WireImage | None:
    best: tuple[int, str] | None = None
    for ci in component.findall("ContentItem"):
        href = ci.get("Href")
        if not href:
            continue
        width = next(
            (int(p.get("Value", "0")) for p in ci.iter("Property")
             if p.get("FormalName") == "PixelWidth" and (p.get("Value") or "").isdecimal()),
            0,
        )  # fmt: skip
        if best is None or width > best[0]:
            best = (width, href)
    if best is None:
        return None
    # Its caption: the caption line, else the text of its "Caption" component (İLKHA's,
    # Fergana's: a NewsComponent inside the photo's), else the photo component's own text item
    # (its DataContent), else its headline: a picture's headline names it in a few words
    # ("Пункт пропуска «Кара-Суу»") where its caption describes it.
    caption = first_text(
        _own_lines(component, "CaptionLine")
        + [
            " ".join(_content_paragraphs(ci)[0])
            for sub in component.findall("NewsComponent")
            if _role(sub) == "caption"
            for ci in _text_items(sub)
        ]
        + [" ".join(_content_paragraphs(ci)[0]) for ci in _text_items(component) if _is_text(ci)]
        + _own_lines(component, "HeadLine")
    )
    credit = first_text(_own_lines(component, "CreditLine") + _own_lines(component, "ByLine"))
    return WireImage(url=best[1], caption=caption, credit=credit)


def _item_id(item: etree._Element) -> tuple[str | None, str | None]:
    """The revision-independent id (provider:date:item) and the revision number."""
    ident = item.find("Identification/NewsIdentifier")
    if ident is None:
        return None, None
    parts = [element_text(ident.find(t)) for t in ("ProviderId", "DateId", "NewsItemId")]
    revision = element_text(ident.find("RevisionId"))
    if all(parts):
        return "urn:newsml:" + ":".join(p for p in parts if p), revision
    return element_text(ident.find("PublicIdentifier")), revision


def parse_item(item: etree._Element, envelope: etree._Element | None) -> WireItem | NonArticle:
    """One NewsItem → a WireItem, or a NonArticle when it carries no text."""
    item_id, revision = _item_id(item)
    comps = list(_components(item))
    text_comps = [
        c
        for c in comps
        if not _is_media(c) and not any(_is_media(a) for a in c.iterancestors("NewsComponent"))
    ]

    def lines(tag: str) -> list[str]:
        return [t for c in text_comps for t in _own_lines(c, tag)]

    # The body's component by its role ("Main", "Body", "Main Text"), of those that hold text:
    # a package's "Main" may only wrap its "Main Text" and its photo.
    body_comps = [c for c in text_comps if _role(c) in _BODY_ROLES and _text_items(c)] or [
        c for c in text_comps if _role(c) not in NON_BODY_ROLES
    ]
    paragraphs: list[str] = []
    nitf_story = None
    for comp in body_comps:
        for ci in _text_items(comp):
            paras, s = _content_paragraphs(ci)
            paragraphs.extend(paras)
            nitf_story = nitf_story or s
    subhead = first_text(
        [" ".join(p for ci in _text_items(c) for p in _content_paragraphs(ci)[0])
         for c in text_comps if _role(c) == "subheadline"] + lines("SubHeadLine")
    )  # fmt: skip
    images = [im for c in comps if _is_media(c) and _role(c) != "logo" and (im := _image(c))]
    images = [
        WireImage(im.url, im.caption, im.credit, None, "lead" if n == 0 else "inline")
        for n, im in enumerate(images)
    ]
    mgmt = item.find("NewsManagement")
    status_word = (_formal(mgmt, "Status") or "usable").lower()
    instruction = (_formal(mgmt, "Instruction") or "").lower()
    headline = first_text(lines("HeadLine")) or (nitf_story.headline if nitf_story else None)
    item_type = (_formal(mgmt, "NewsItemType") or "news").lower()
    if not paragraphs and not headline:
        cls = "photo" if images else item_type
        return NonArticle(item_id, cls, f"non-article item class: {cls}", None)
    byline = first_text(lines("ByLine")) or (nitf_story.byline if nitf_story else None)
    authors = (
        authors_from_byline(byline)
        if first_text(lines("ByLine"))
        else (nitf_story.authors if nitf_story else ())
    )
    subjects = tuple(
        Subject(f"{s.get('Scheme') or 'IptcSubjectCodes'}:{s.get('FormalName')}", None)
        for c in comps
        for s in c.iterfind("DescriptiveMetadata/SubjectCode/*")
        if s.get("FormalName")
    )
    keywords = tuple(
        dict.fromkeys(
            [*lines("KeywordLine")]
            + [
                v
                for p in item.iter("Property")
                if "keyword" in (p.get("FormalName") or "").lower() and (v := clean(p.get("Value")))
            ]
        )
    )
    provider = first_text(
        [
            element_text(item.find(".//AdministrativeMetadata/Provider/Party"))
            or _formal(item, ".//AdministrativeMetadata/Provider/Party"),
            _formal(envelope, "SentFrom/Party"),
            _formal(envelope, "NewsService"),
            element_text(item.find("Identification/NewsIdentifier/ProviderId")),
        ]
    )
    ed_note = first_text(element_text(n) for n in item.iter("EditorialNote"))
    urgency = _formal(mgmt, "Urgency") or _formal(envelope, "Priority")
    embargo = None
    if status_word == "embargoed" and mgmt is not None:
        # NewsML 1.2 names the time "DateAndTime" (an older draft "DateAndTimeOfChange").
        change = mgmt.find("StatusWillChange/DateAndTime")
        if change is None:
            change = mgmt.find("StatusWillChange/DateAndTimeOfChange")
        embargo = wire_datetime(element_text(change))
    extra = {
        k: v
        for k, v in {
            "newsml_version": item.getparent().get("Version")
            if item.getparent() is not None
            else None,
            "item_type": item_type,
            "copyright_line": first_text(lines("CopyrightLine")),
            "source": _formal(item, ".//AdministrativeMetadata/Source/Party"),
            "genre": _formal(item, ".//DescriptiveMetadata/Genre"),
            "contact": first_text(
                " ".join(p for ci in _text_items(c) for p in _content_paragraphs(ci)[0])
                for c in text_comps
                if _role(c) == "contact"
            ),
        }.items()
        if v
    }
    return WireItem(
        format="newsml1",
        item_id=item_id,
        version=revision,
        version_created=wire_datetime(
            element_text(mgmt.find("ThisRevisionCreated")) if mgmt is not None else None
        ),
        first_created=wire_datetime(
            element_text(mgmt.find("FirstCreated")) if mgmt is not None else None
        ),
        pub_status=STATUS.get(status_word, "usable"),
        killed=status_word.startswith("cancel")
        or "kill" in instruction
        or bool(ed_note and KILL_NOTE.search(ed_note)),
        embargoed_until=embargo,
        headline=headline,
        subheadline=subhead,
        authors=authors,
        byline=byline,
        slugline=first_text(lines("SlugLine")),
        dateline=first_text(lines("DateLine")) or (nitf_story.dateline if nitf_story else None),
        language=_formal(item, ".//DescriptiveMetadata/Language") or _inherited_lang(item),
        creditline=first_text(lines("CreditLine")),
        provider=provider,
        copyright_holder=copyright_holder(first_text(lines("CopyrightLine"))),
        urgency=int(urgency) if urgency and urgency.isdecimal() else None,
        subjects=subjects,
        keywords=keywords,
        ed_note=ed_note,
        paragraphs=tuple(paragraphs),
        images=tuple(images),
        extra=extra,
    )


def parse_newsml1(root: etree._Element) -> WireFile:
    """A NewsML 1.x document → WireFile (one WireItem per NewsItem with text)."""
    envelope = root.find("NewsEnvelope")
    items: list[WireItem] = []
    others: list[NonArticle] = []
    for news_item in root.iter("NewsItem"):
        parsed = parse_item(news_item, envelope)
        if isinstance(parsed, WireItem):
            items.append(parsed)
        else:
            others.append(parsed)
    sent = element_text(envelope.find("DateAndTime")) if envelope is not None else None
    return WireFile(
        format="newsml1",
        items=tuple(items),
        non_articles=tuple(others),
        extra={"sent": sent} if sent else {},
    )


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _inherited_lang(el: etree._Element) -> str | None:
    """xml:lang on the item or the nearest element above it (askanews sets it on <NewsML>)."""
    for node in (el, *el.iterancestors()):
        for name in (_XML_LANG, "lang"):
            if value := clean(node.get(name)):
                return value
    return None
