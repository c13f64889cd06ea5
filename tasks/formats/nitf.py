"""NITF 3.x (2.x tolerated): one news story with its docdata, a tree with local names only.

Used on its own (`<nitf>` files) and for the NITF that NewsML-G2 `inlineXML`, NewsML 1.x
`DataContent` and ninjs `bodies` carry.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from lxml import etree

from wirecopy.schemas.wire import PubStatus, Subject, WireImage, WireItem
from wirecopy.tasks.formats.bylines import authors_from_byline
from wirecopy.tasks.formats.wiredates import wire_datetime
from wirecopy.tasks.formats.wiretext import (
    body_paragraphs,
    clean,
    element_text,
    first_text,
    looks_like_html,
    tree_paragraphs,
)

# docdata@management-status and the like → IPTC pubStatus.
STATUS_WORDS: dict[str, PubStatus] = {
    "usable": "usable",
    "embargoed": "usable",  # usable once the embargo lifts; the time is in date.release
    "withheld": "withheld",
    "canceled": "canceled",
    "cancelled": "canceled",
}
# An editorial message that opens with a kill/withdrawal word is a kill advisory (English,
# Spanish, French and German wording); a note that merely mentions one later is not.
KILL_NOTE = re.compile(
    r"^\W*(?:mandatory\s+)?(?:kill|withdraw\w*|elimin\w+|annul\w+|zurückgezogen|storniert)\b"
    # … and the Slavic agencies' withdrawal, shouted or as a label ("ПОВЛЕКУВАЊЕ:",
    # "WYCOFANE: …"); "Отозваны лицензии трёх банков" is a headline.
    r"|^\W*(?:(?-i:ПОВЛЕКУВА\w*|ПОВУЧ\w+|ОТОЗВАН\w*|WYCOFAN\w*|POVUČEN\w*|STAŽEN\w*)\b|"
    r"(?:повлекува\w*|повуч\w+|отозван\w*|wycofan\w*|povučen\w*|stažen\w*|anul\w*)\s*:)"
    # The Polish, Romanian, Spanish and Portuguese cancellation alone on its line, shouted
    # ("ANULOWANIE"), or as a label ("ANULUJEMY: …", above): "ANULAN LA CONDENA …" is news.
    r"|^\W*(?-i:ANUL\w*)\W*$"
    # … and the Hungarian deletion ("TÖRLÉS! TÖRLÉS!", "TÖRLÉS: …"; "törlés" is a word too).
    r"|^\W*(?:(?-i:TÖRLÉS)\b|törlés\s*:)"
    # … and the Ukrainian and Russian cancellation, shouted alone on its line or as a label
    # ("СКАСУВАННЯ: …"; "ОТМЕНА ВИЗОВОГО РЕЖИМА …", a headline in capitals, is news).
    r"|^\W*(?-i:СКАСУВАННЯ|ОТМЕНА)\W*$|^\W*(?:скасування|отмена)\s*:",
    re.IGNORECASE,
)


@dataclass(slots=True)
class NitfStory:
    """What an NITF tree says about its story; the containers fill the rest of WireItem."""

    headline: str | None = None
    subheadline: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()
    dateline: str | None = None
    summary: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    images: list[WireImage] = field(default_factory=list)


def _find(el: etree._Element, *paths: str) -> etree._Element | None:
    for path in paths:
        found = el.find(path)
        if found is not None:
            return found
    return None


def _byline(head: etree._Element) -> tuple[str | None, tuple[str, ...]]:
    """Byline text without its title (byttl); authors from <person> or from the text."""
    texts: list[str] = []
    authors: list[str] = []
    for byline in head.iter("byline"):
        persons = [t for p in byline.iter("person") if (t := element_text(p))]
        trimmed = copy.deepcopy(byline)
        for title in list(trimmed.iter("byttl")):
            # Empty the title but keep its tail: the text after it is still the byline.
            title.text = None
            for child in list(title):
                title.remove(child)
        text = clean((element_text(trimmed) or "").rstrip(" ,;:/"))
        if text:
            texts.append(text)
        authors.extend(persons or authors_from_byline(text))
    return ("; ".join(texts) or None), tuple(dict.fromkeys(authors))


def _media_images(body: etree._Element) -> list[WireImage]:
    images: list[WireImage] = []
    for media in body.iter("media"):
        kind = (media.get("media-type") or "image").lower()
        if kind not in ("image", "photo", "graphic"):
            continue
        refs = [r for r in media.iter("media-reference") if r.get("source")]
        if not refs:
            continue
        best = max(refs, key=_width)
        images.append(
            WireImage(
                url=best.get("source", ""),
                caption=element_text(media.find("media-caption")),
                credit=element_text(media.find("media-producer")),
                alt=clean(best.get("alternate-text")),
                role="lead" if not images else "inline",
            )
        )
    return images


def story(nitf: etree._Element) -> NitfStory:
    """Headline, byline, dateline, abstract, paragraphs and pictures of an NITF tree."""
    body = _find(nitf, "body") if nitf.tag == "nitf" else nitf
    out = NitfStory()
    if body is None:
        return out
    head = _find(body, "body.head") if body.tag == "body" else None
    scope = head if head is not None else body
    out.headline = first_text(element_text(h) for h in scope.iter("hl1"))
    if out.headline is None:
        out.headline = element_text(_find(nitf, "head/title"))
    out.subheadline = first_text(
        element_text(h)
        for h in scope.iter("hl2")
        if h.getparent() is not None and h.getparent().tag == "hedline"
    )
    out.byline, out.authors = _byline(scope)
    out.dateline = element_text(_find(scope, ".//dateline"))
    out.summary = element_text(_find(scope, ".//abstract"))
    content = [c for c in (_find(body, "body.content"), _find(body, "body.end")) if c is not None]
    for part in content or [body]:
        if not any(isinstance(c.tag, str) for c in part) and looks_like_html(part.text or ""):
            out.paragraphs.extend(body_paragraphs(part.text))  # HTML sent as CDATA or escaped
        else:
            out.paragraphs.extend(tree_paragraphs(part))
    if out.paragraphs and out.dateline and out.paragraphs[0] == clean(out.dateline):
        out.paragraphs.pop(0)  # the dateline sent again as a paragraph of its own
    out.images = _media_images(body)
    return out


def _subjects(head: etree._Element) -> tuple[Subject, ...]:
    subjects: list[Subject] = []
    for s in head.iter("tobject.subject"):
        ref = s.get("tobject.subject.refnum")
        name = first_text(
            s.get(a)
            for a in ("tobject.subject.detail", "tobject.subject.matter", "tobject.subject.type")
        )
        code = f"{s.get('tobject.subject.ipr') or 'IPTC'}:{ref}" if ref else None
        subjects.append(Subject(code, name))
    return tuple(subjects)


def _docdata(nitf: etree._Element) -> dict[str, Any]:
    """The fields of head/docdata and head/pubdata as plain values."""
    dd = _find(nitf, "head/docdata")
    pub = _find(nitf, "head/pubdata")
    values: dict[str, Any] = {}
    if dd is not None:
        doc_id = _find(dd, "doc-id")
        if doc_id is not None:
            values["item_id"] = clean(doc_id.get("id-string"))
            values["regsrc"] = clean(doc_id.get("regsrc"))
        values["status"] = (dd.get("management-status") or "").lower()
        values["issued"] = wire_datetime(_attr(dd, "date.issue", "norm"))
        values["release"] = wire_datetime(_attr(dd, "date.release", "norm"))
        values["expire"] = wire_datetime(_attr(dd, "date.expire", "norm"))
        urgency = _attr(dd, "urgency", "ed-urg")
        values["urgency"] = int(urgency) if urgency and urgency.isdecimal() else None
        values["copyright"] = clean(_attr(dd, "doc.copyright", "holder"))
        values["version"] = clean(_attr(dd, "du-key", "version"))
        values["ed_note"] = first_text(m.get("info") or element_text(m) for m in dd.iter("ed-msg"))
        values["keywords"] = tuple(k for kw in dd.iter("keyword") if (k := clean(kw.get("key"))))
        evloc = _find(dd, "evloc")
        if evloc is not None:
            parts = (
                evloc.get(a) for a in ("city", "state-prov", "county-dist", "country", "iso-cc")
            )
            values["located"] = ", ".join(p for p in parts if p) or None
    if pub is not None:
        values["published"] = wire_datetime(pub.get("date.publication"))
        values["published_day"] = bool(_DAY_ONLY.match((pub.get("date.publication") or "").strip()))
        values["published_print"] = (pub.get("type") or "print").strip().lower() == "print"
        values["publication"] = clean(pub.get("name"))
        ref = pub.get("ex-ref") or ""
        values["origin_url"] = ref if ref.startswith(("http://", "https://")) else None
    return values


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _language(nitf: etree._Element) -> str | None:
    """The document's language: NITF's own `baselang` on the root, else xml:lang there or on
    the body."""
    body = nitf.find("body")
    for el in (nitf, body):
        if el is not None:
            for name in ("baselang", _XML_LANG, "lang"):
                if value := clean(el.get(name)):
                    return value
    return None


def _attr(el: etree._Element, child: str, name: str) -> str | None:
    found = el.find(child)
    return found.get(name) if found is not None else None


# A date with no time of day ("20240815", "2024-08-15").
_DAY_ONLY = re.compile(r"^\d{4}-?\d{2}-?\d{2}$")
# An issue time this late is in the next morning's paper.
_EVENING_HOUR = 15


def _first_published(dd: dict[str, Any], embargo: datetime | None) -> datetime | None:
    """The publication's date (pubdata), unless the issue time says more: the pubdata that
    repeats the embargo's lift is when the copy may run, not when it was issued (as docdata
    without pubdata reads: issued, released later); a day without its time is the issue's
    day, or its edition's the day after."""
    published, issued = dd.get("published"), dd.get("issued")
    if published is None or issued is None:
        return published
    if embargo is not None and published == embargo:
        return None
    if dd.get("published_day") and published.date() == issued.date():
        return None
    # (… or the print edition's, the morning after an evening's issue: issued 21:40, in the
    # paper of the 12th; a web item's later day is when it went out)
    evening = issued.astimezone(issued.tzinfo).hour >= _EVENING_HOUR if issued.tzinfo else False
    next_day = (published.date() - issued.date()).days == 1
    if dd.get("published_day") and dd.get("published_print") and next_day and evening:
        return None
    return published


def parse_nitf(nitf: etree._Element) -> WireItem:
    """One NITF document → one WireItem."""
    s = story(nitf)
    head = _find(nitf, "head")
    dd = _docdata(nitf)
    issued, release = dd.get("issued"), dd.get("release")
    status = STATUS_WORDS.get(dd.get("status", ""), "usable")
    embargo = (
        release
        if release and (status == "usable" and (issued is None or release > issued))
        else None
    )
    killed = status == "canceled" or bool(dd.get("ed_note") and KILL_NOTE.search(dd["ed_note"]))
    distributor = element_text(_find(nitf, "body/body.head/distributor"))
    extra = {
        k: v
        for k, v in {
            "publication": dd.get("publication"),
            "expires": dd["expire"].isoformat() if dd.get("expire") else None,
            "byline_raw": s.byline,
            "nitf_version": nitf.get("version") or nitf.get("change.version"),
        }.items()
        if v
    }
    return WireItem(
        format="nitf",
        item_id=dd.get("item_id"),
        version=dd.get("version"),
        version_created=issued,
        first_created=_first_published(dd, embargo),
        pub_status=status,
        killed=killed,
        embargoed_until=embargo,
        headline=s.headline,
        subheadline=s.subheadline,
        authors=s.authors,
        byline=s.byline,
        dateline=s.dateline,
        located=dd.get("located"),
        language=_language(nitf),
        summary=s.summary,
        provider=distributor or dd.get("regsrc") or dd.get("copyright"),
        copyright_holder=dd.get("copyright"),
        urgency=dd.get("urgency"),
        subjects=_subjects(head) if head is not None else (),
        keywords=dd.get("keywords", ()),
        ed_note=dd.get("ed_note"),
        paragraphs=tuple(s.paragraphs),
        images=tuple(s.images),
        origin_url=dd.get("origin_url"),
        extra=extra,
    )


def _width(ref: Any) -> int:
    """A rendition's declared width, 0 when it is no number ("²" is a digit int() refuses)."""
    width = ref.get("width") or ""
    return int(width) if width.isdecimal() else 0
