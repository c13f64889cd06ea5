"""NewsML-G2: a newsMessage of several items, a bare newsItem or packageItem, other item kinds.

itemClass decides: text items become WireItems; picture items become images of the text item a
package, a link or the message ties them to; every other class (video, audio, graphic, planning,
event, concept, knowledge, catalog, composite) is a NonArticle whose reason names the class.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from lxml import etree

from wirecopy.schemas.wire import NonArticle, PubStatus, Subject, WireFile, WireImage, WireItem
from wirecopy.tasks.formats.bylines import (
    authors_from_byline,
    is_staff_title,
    with_listed_names,
)
from wirecopy.tasks.formats.nitf import KILL_NOTE, NitfStory, story
from wirecopy.tasks.formats.wiredates import wire_datetime
from wirecopy.tasks.formats.wiretext import (
    body_paragraphs,
    captioned_boxes_as_figures,
    clean,
    element_text,
    first_text,
    tree_figures,
    tree_paragraphs,
)
from wirecopy.tasks.urls import url_host

# Root elements of a NewsML-G2 document and the item class each implies when itemClass is absent.
ITEM_ROOTS = {
    "newsItem": "text",
    "packageItem": "composite",
    "conceptItem": "concept",
    "knowledgeItem": "knowledge",
    "planningItem": "planning",
    "catalogItem": "catalog",
}
ROOTS = frozenset({"newsMessage", *ITEM_ROOTS})
PICTURE_CLASSES = frozenset({"picture", "photo", "image"})
STATUS: dict[str, PubStatus] = {"usable": "usable", "withheld": "withheld", "canceled": "canceled"}
# Description roles that hold a summary of a text item (captions belong to pictures).
SUMMARY_ROLES = ("summary", "abstract", "lead", "teaser", "intro")
# Creator roles that are not the writer of a text (photographers, editors, translators).
NON_AUTHOR_ROLES = ("photo", "editor", "translat", "capwriter", "descrwriter", "producer")
# Signals that mark the item as withdrawn.
KILL_SIGNALS = ("kill", "withdraw", "cancel")


def code_local(qcode: str | None) -> str | None:
    """The code part of a QCode: "ninat:text" → "text", "stat:usable" → "usable"."""
    if not qcode:
        return None
    return qcode.rsplit(":", 1)[-1].strip().lower() or None


def _texts(els: Iterable[etree._Element]) -> list[str]:
    return [t for el in els if (t := element_text(el))]


def _name(el: etree._Element | None) -> str | None:
    """A concept's display name: its <name>, else its qcode/uri/literal."""
    if el is None:
        return None
    return first_text(
        [element_text(el.find("name")), el.get("literal"), el.get("qcode"), el.get("uri")]
    )


def _label(el: etree._Element | None) -> str | None:
    """A human label: the <name>, else the code of a qcode/literal, else the host of a uri."""
    if el is None:
        return None
    name = element_text(el.find("name"))
    if name:
        return name
    code = el.get("qcode") or el.get("literal")
    if code:
        return clean(code.rsplit(":", 1)[-1])
    uri = el.get("uri") or ""
    host = url_host(uri)
    return clean(host.removeprefix("www.")) or clean(uri)


def item_class(item: etree._Element) -> str:
    """The class of an item: itemClass qcode, else the one its root element implies."""
    found = item.find("itemMeta/itemClass")
    cls = code_local(found.get("qcode") or found.get("uri")) if found is not None else None
    return cls or ITEM_ROOTS.get(item.tag, item.tag)


def _subjects(meta: etree._Element) -> tuple[Subject, ...]:
    subjects: list[Subject] = []
    for s in meta.iter("subject"):
        concept = s.find("mainConcept")
        el = concept if concept is not None else s
        code = el.get("qcode") or el.get("uri") or el.get("literal")
        name = element_text(el.find("name"))
        # "cpnat:abstract", "http://cv.iptc.org/newscodes/cpnature/person": the nature alone.
        nature = re.split(r"[:/]", (s.get("type") or el.get("type") or "").strip())[-1]
        if code or name:
            subjects.append(Subject(clean(code), name, nature or None))
    return tuple(subjects)


def _located(meta: etree._Element) -> str | None:
    located = meta.find("located")
    if located is None:
        return None
    parts = [_label(located)] + [_label(b) for b in located.findall("broader")]
    return ", ".join(dict.fromkeys(p for p in parts if p)) or None


def _content(item: etree._Element) -> tuple[NitfStory, dict[str, Any]]:
    """The body of a text item: inline NITF or XHTML, or inline text (HTML escaped as text)."""
    extra: dict[str, Any] = {}
    for inline in item.iterfind("contentSet/inlineXML"):
        extra["content_type"] = inline.get("contenttype")
        nitf = inline.find(".//nitf")
        if nitf is not None:
            return story(nitf), extra
        body = next((el for el in inline.iter("body", "html") if len(el)), None)
        if body is not None or inline.find(".//p") is not None:
            # (a picture in the XHTML body with its caption beside it is the item's picture,
            # its caption no paragraph: "<div class=article_photo><img><p class=caption>…")
            box = captioned_boxes_as_figures(body if body is not None else inline)
            figures = [
                WireImage(url, caption, credit) for url, caption, credit in tree_figures(box)
            ]
            return NitfStory(paragraphs=tree_paragraphs(box), images=figures), extra
    for data in item.iterfind("contentSet/inlineData"):
        extra["content_type"] = data.get("contenttype")
        if paragraphs := body_paragraphs(data.text):
            return NitfStory(paragraphs=paragraphs), extra
    return NitfStory(), extra


def _rights(item: etree._Element) -> tuple[str | None, str | None]:
    holder = item.find("rightsInfo/copyrightHolder")
    notice = element_text(item.find("rightsInfo/copyrightNotice"))
    name = _name(holder) if holder is not None else None
    return name, notice


def _headlines(meta: etree._Element) -> tuple[str | None, str | None]:
    main: str | None = None
    sub: str | None = None
    for h in meta.iterfind("headline"):
        role = (h.get("role") or "").lower()
        text = element_text(h)
        if "sub" in role:
            sub = sub or text
        elif main is None:
            main = text
    return main, sub


def _authors(meta: etree._Element, nitf: NitfStory) -> tuple[str | None, tuple[str, ...]]:
    creators = [
        _name(c)
        for c in meta.iterfind("creator")
        if not any(r in (c.get("role") or "").lower() for r in NON_AUTHOR_ROLES)
    ]
    names = tuple(n for n in creators if n and ":" not in n and not is_staff_title(n))
    by = first_text(_texts(meta.iterfind("by")))
    if by:
        # (the <by> line as its creators spell their names: "X - Place" is X)
        return by, with_listed_names(authors_from_byline(by), list(names))
    if nitf.byline or nitf.authors:
        return nitf.byline, nitf.authors
    return None, names


def text_item(item: etree._Element) -> WireItem:
    """One text newsItem → WireItem."""
    im = item.find("itemMeta")
    cm = item.find("contentMeta")
    im = im if im is not None else etree.Element("itemMeta")
    cm = cm if cm is not None else etree.Element("contentMeta")
    nitf, extra = _content(item)
    headline, sub = _headlines(cm)
    byline, authors = _authors(cm, nitf)
    status_el = im.find("pubStatus")
    status = (
        STATUS.get(code_local(status_el.get("qcode")) or "", "usable")
        if status_el is not None
        else "usable"
    )
    signals = tuple(s for el in im.iterfind("signal") if (s := el.get("qcode") or el.get("uri")))
    ed_note = first_text(_texts(im.iterfind("edNote")))
    killed = (
        status == "canceled"
        or any(k in s.lower() for s in signals for k in KILL_SIGNALS)
        or bool(ed_note and KILL_NOTE.search(ed_note))
    )
    holder, notice = _rights(item)
    provider = im.find("provider")
    links = [
        (code_local(link.get("rel")) or "link", ref)
        for link in im.iterfind("link")
        if (ref := link.get("residref") or link.get("href"))
    ]
    summary = first_text(
        element_text(d)
        for d in cm.iterfind("description")
        if any(r in (d.get("role") or "summary").lower() for r in SUMMARY_ROLES)
    )
    urgency = (element_text(cm.find("urgency")) or element_text(im.find("urgency")) or "").strip()
    fields: dict[str, Any] = {
        "copyright_notice": notice,
        "services": [_name(s) for s in im.iterfind("service")],
        "sources": [_name(s) for s in cm.iterfind("infoSource")],
        "genres": [_name(g) for g in cm.iterfind("genre")],
        "content_created": element_text(cm.find("contentCreated")),
        "content_modified": element_text(cm.find("contentModified")),
        "title": element_text(im.find("title")),
        "nitf_dateline": nitf.dateline,
    }
    for key, value in fields.items():
        value = [v for v in value if v] if isinstance(value, list) else value
        if value:
            extra[key] = value
    language = cm.find("language")
    return WireItem(
        format="newsml-g2",
        item_id=clean(item.get("guid")),
        version=clean(item.get("version")),
        version_created=wire_datetime(element_text(im.find("versionCreated"))),
        first_created=wire_datetime(element_text(im.find("firstCreated")))
        or wire_datetime(element_text(cm.find("contentCreated"))),
        pub_status=status,
        killed=killed,
        embargoed_until=wire_datetime(element_text(im.find("embargoed"))),
        item_class=item_class(item),
        headline=headline or nitf.headline,
        subheadline=sub or nitf.subheadline,
        authors=authors,
        byline=byline,
        slugline=element_text(cm.find("slugline")),
        dateline=element_text(cm.find("dateline")) or nitf.dateline,
        located=_located(cm),
        language=clean(language.get("tag")) if language is not None else clean(item.get("lang")),
        summary=summary or nitf.summary,
        creditline=element_text(cm.find("creditline")),
        provider=_label(provider),
        copyright_holder=holder,
        urgency=int(urgency) if urgency.isdecimal() else None,
        subjects=_subjects(cm),
        keywords=tuple(_texts(cm.iterfind("keyword"))),
        ed_note=ed_note,
        signals=signals,
        paragraphs=tuple(nitf.paragraphs),
        images=tuple(nitf.images),
        associations=tuple(links),
        extra=extra,
    )


def _rendition_url(item: etree._Element) -> str | None:
    """The largest remote rendition of a picture (web URLs before relative file references)."""
    best: tuple[int, int, str] | None = None
    for rc in item.iterfind("contentSet/remoteContent"):
        href = (rc.get("href") or rc.get("residref") or "").strip()
        if not href:
            continue
        width = int(rc.get("width")) if (rc.get("width") or "").isdecimal() else 0
        key = (href.startswith(("http://", "https://")), width, href)
        if best is None or key[:2] > best[:2]:
            best = (key[0], key[1], href)
    return best[2] if best else None


def picture(item: etree._Element) -> WireImage | None:
    """A picture newsItem as an image: best rendition, caption, credit, headline as alt text."""
    url = _rendition_url(item)
    if not url:
        return None
    cm = item.find("contentMeta")
    if cm is None:
        return WireImage(url=url, item_id=clean(item.get("guid")))
    caption = first_text(element_text(d) for d in cm.iterfind("description"))
    photographers = [_name(c) for c in cm.iterfind("creator")]
    credit = (
        element_text(cm.find("creditline"))
        or first_text(_texts(cm.iterfind("by")))
        or first_text(photographers)
    )
    return WireImage(
        url=url,
        caption=caption,
        credit=credit,
        alt=_headlines(cm)[0],
        item_id=clean(item.get("guid")),
    )


def _package_groups(package: etree._Element) -> list[list[str]]:
    """The residrefs of each group of a package (a group with its nested groupRefs)."""
    groups = {g.get("id"): g for g in package.iter("group")}

    def refs(group: etree._Element, seen: set[str]) -> list[str]:
        out: list[str] = []
        for child in group:
            if child.tag == "itemRef" and child.get("residref"):
                out.append(child.get("residref", ""))
            elif (
                child.tag == "groupRef"
                and (gid := child.get("idref")) in groups
                and gid not in seen
            ):
                seen.add(gid)
                out.extend(refs(groups[gid], seen))
        return out

    return [refs(g, {g.get("id") or ""}) for g in groups.values()] or [
        [r.get("residref", "") for r in package.iter("itemRef")]
    ]


def _link_pictures(
    texts: list[WireItem], pictures: dict[str, WireImage], packages: list[etree._Element]
) -> tuple[list[WireItem], set[str]]:
    """Attach pictures to text items by link, by package group, or as the message's only text."""
    by_id = {t.item_id: i for i, t in enumerate(texts) if t.item_id}
    attached: dict[int, list[str]] = {i: [] for i in range(len(texts))}
    used: set[str] = set()

    def attach(text_index: int, pic_id: str) -> None:
        if pic_id in pictures and pic_id not in used:
            attached[text_index].append(pic_id)
            used.add(pic_id)

    for i, t in enumerate(texts):
        for _, ref in t.associations:
            attach(i, ref)
    for package in packages:
        for refs in _package_groups(package):
            text_refs = [by_id[r] for r in refs if r in by_id]
            for ref in refs:
                if text_refs:
                    attach(text_refs[0], ref)
    if len(texts) == 1:  # one story in a message: its pictures are the story's pictures
        for pic_id in pictures:
            attach(0, pic_id)
    linked: list[WireItem] = []
    for i, t in enumerate(texts):
        extra_images = [pictures[p] for p in attached[i]]
        images = list(t.images) + extra_images
        images = [
            WireImage(
                im.url, im.caption, im.credit, im.alt, "lead" if n == 0 else "inline", im.item_id
            )
            for n, im in enumerate(images)
        ]
        assoc = t.associations + tuple(
            ("picture", p) for p in attached[i] if ("picture", p) not in t.associations
        )
        linked.append(replace(t, images=tuple(images), associations=assoc))
    return linked, used


def parse_newsml_g2(root: etree._Element) -> WireFile:
    """A NewsML-G2 document (message or single item) → WireFile."""
    if root.tag == "newsMessage":
        item_set = root.find("itemSet")
        members = list(item_set) if item_set is not None else []
    else:
        members = [root]
    texts: list[WireItem] = []
    pictures: dict[str, WireImage] = {}
    packages: list[etree._Element] = []
    others: list[NonArticle] = []
    for item in members:
        if not isinstance(item.tag, str) or item.tag not in ITEM_ROOTS:
            continue
        cls = item_class(item)
        guid = clean(item.get("guid"))
        if item.tag == "newsItem" and cls == "text":
            texts.append(text_item(item))
        elif item.tag == "newsItem" and cls in PICTURE_CLASSES and (pic := picture(item)):
            pictures[guid or pic.url] = pic
        elif item.tag == "packageItem" and root.tag == "newsMessage":
            packages.append(item)
        else:
            headline = element_text(item.find("contentMeta/headline")) or element_text(
                item.find("itemMeta/title")
            )
            others.append(NonArticle(guid, cls, f"non-article item class: {cls}", headline))
    linked, used = _link_pictures(texts, pictures, packages)
    for pic_id, pic in pictures.items():
        if pic_id not in used:
            reason = "picture item not linked to a text item"
            others.append(NonArticle(pic.item_id, "picture", reason, pic.alt))
    extra: dict[str, Any] = {}
    if root.tag == "newsMessage":
        header = root.find("header")
        if header is not None:
            extra = {
                k: v
                for k in ("sent", "sender", "transmitId")
                if (v := element_text(header.find(k)))
            }
    return WireFile(
        format="newsml-g2", items=tuple(linked), non_articles=tuple(others), extra=extra
    )
