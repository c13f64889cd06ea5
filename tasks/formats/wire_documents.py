"""Wire files into the pipeline's records: each text item → one ParsedDocument (format "wire").

The item's fields go into metadata under the keys of clean's field precedence table
(tasks/clean.py `FIELD_KEYS`), so a wire item is cleaned like any other document; everything
else (slugline, urgency, subjects with codes, edNote, version, ...) lands in `articles.metadata`.
A file with no text item is a reject naming the classes it held instead.

>>> from wirecopy.schemas.records import RawDocument
>>> nitf = (b'<nitf><head><docdata><doc-id regsrc="NWA" id-string="0042"/></docdata></head>'
...         b'<body><body.head><hedline><hl1>Hi</hl1></hedline></body.head>'
...         b'<body.content><p>Text.</p></body.content></body></nitf>')
>>> [(d.metadata["code"], d.title) for d in wire_documents(RawDocument("/f", nitf, "h", 1))]
[('NWA:0042', 'Hi')]
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from wirecopy.schemas.records import Block, Image, ParsedDocument, RawDocument, Release
from wirecopy.schemas.wire import NonArticle, WireFile, WireImage, WireItem
from wirecopy.tasks.cleaning.credits import split_credit_text, split_credits
from wirecopy.tasks.formats.base import ParseError
from wirecopy.tasks.formats.errors import WireFormatError
from wirecopy.tasks.formats.wire import parse_wire

__all__ = ["WITHDRAWN_STATUSES", "article_key", "wire_documents"]

# An id that names its own namespace (URI, URN, `tag:` id) is unique by itself; a bare one (an
# NITF doc-id "0042", an RSS guid "12345") is unique only within its sender.
SELF_SCOPED_ID = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:\S")
# Plain-text wire protocols key a story by its slug, which agencies reuse from day to day.
DAY_KEYED_FORMATS = frozenset({"iptc7901", "anpa1312"})
# IPTC pubStatus values that keep an item out of use: canceled (a kill) and withheld.
WITHDRAWN_STATUSES = frozenset({"canceled", "withheld"})


def _host(url: str | None) -> str | None:
    m = re.match(r"^https?://(?:www\.)?([^/:?#]+)", url or "", re.I)
    return m.group(1).lower() if m else None


def article_key(item: WireItem) -> str | None:
    """The agency's id as the article key; bare ids scoped by their sender (None: no id).

    >>> article_key(WireItem("newsml-g2", item_id="urn:newsml:x.org:2024:a"))
    'urn:newsml:x.org:2024:a'
    >>> article_key(WireItem("nitf", item_id="0042", provider="NWA"))
    'NWA:0042'
    """
    ident = item.item_id
    if not ident or ident == item.origin_url:
        return None  # a feed entry known by its link: keyed by the URL, as a URL input is
    if item.format in DAY_KEYED_FORMATS:
        stamp = item.version_created or item.first_created
        day = stamp.date().isoformat() if stamp else item.extra.get("date")
        return ":".join(p for p in (item.provider, ident, day) if p)
    if SELF_SCOPED_ID.match(ident):
        return ident
    scope = item.provider or _host(item.origin_url)
    return f"{scope}:{ident}" if scope else ident


def _image(im: WireImage) -> Image:
    """A wire picture as an image row, its caption and credits split like any other caption."""
    split = split_credits(im.caption) if im.caption else None
    credits = _fullest(
        tuple(
            dict.fromkeys([*split_credit_text(im.credit or ""), *(split.credits if split else ())])
        )
    )
    return Image(
        url=im.url,
        role="lead" if im.role == "lead" else "inline",
        alt_text=im.alt,
        caption=(split.caption if split else None) or None,
        credits=credits,
    )


# A photographer's title beside the name ("박준호 기자", "记者 李鑫"): the same person.
_ROLE_WORD = re.compile(r"\s*(?:기자|記者|记者)\s*")


def _fullest(credits: tuple[str, ...]) -> tuple[str, ...]:
    """The credits without one that another holds whole: a picture's photographer field
    ("Harlan Okafor") beside its caption's credit line ("AP Photo/Harlan Okafor"); the
    caption's "박준호 기자" beside the field's "뉴시스 박준호"."""

    def held(c: str, other: str) -> bool:
        name = _ROLE_WORD.sub(" ", c).strip() or c
        return c != other and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", other) is not None

    return tuple(c for c in credits if not any(held(c, other) for other in credits))


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _skipped(non_articles: tuple[NonArticle, ...]) -> list[dict[str, str]]:
    """The file's items that are not articles, as plain data for articles.metadata."""
    return [
        {
            k: v
            for k, v in (
                ("item_id", n.item_id),
                ("item_class", n.item_class),
                ("reason", n.reason),
                ("headline", n.headline),
            )
            if v
        }
        for n in non_articles
    ]


def _metadata(item: WireItem, wf: WireFile) -> dict[str, Any]:
    """Column fields under clean's FIELD_KEYS names; the rest kept for articles.metadata."""
    # A person, organisation or place among the subjects is what the story is about, not its
    # section: only topics (or subjects of no stated kind) name the category.
    named = [s.name for s in item.subjects if s.name and s.is_topic]
    modified = item.version_created if item.version_created != item.published_at else None
    meta: dict[str, Any] = {
        # -- columns (clean.FIELD_KEYS) --
        "code": article_key(item),
        "origin_url": item.origin_url,
        "title": item.headline,
        "description": item.summary,
        "category": named[0] if named else None,
        "language": item.language,
        "published_at": item.published_at,
        "modified_at": modified,
        "authors": list(item.authors),
        "wire": item.provider,
        # -- metadata --
        "wire_format": item.format,
        "item_id": item.item_id,
        "version": item.version,
        "version_created": _iso(item.version_created),
        "first_created": _iso(item.first_created),
        "pub_status": item.pub_status,
        "embargoed_until": _iso(item.embargoed_until),
        "slugline": item.slugline,
        "dateline": item.dateline,
        "located": item.located,
        "subheadline": item.subheadline,
        "urgency": item.urgency,
        "subjects": [
            {"code": s.code, "name": s.name} | ({"kind": s.kind} if s.kind else {})
            for s in item.subjects
        ],
        "keywords": list(item.keywords),
        "ed_note": item.ed_note,
        "signals": list(item.signals),
        "copyright_holder": item.copyright_holder,
        "creditline": item.creditline,
        "associations": [{"rel": rel, "id": ref} for rel, ref in item.associations],
        "wire_extra": {**wf.extra, **item.extra},
        "skipped_items": _skipped(wf.non_articles),
    }
    return {k: v for k, v in meta.items() if v not in (None, "", [], {})}


def _release(item: WireItem) -> Release:
    return Release(
        withdrawn=item.killed or item.pub_status in WITHDRAWN_STATUSES,
        pub_status=item.pub_status,
        embargoed_until=item.embargoed_until,
        version=item.version,
        version_created=item.version_created,
    )


def _document(raw: RawDocument, item: WireItem, wf: WireFile) -> ParsedDocument:
    paragraphs = item.paragraphs or ((item.summary,) if item.summary else ())
    return ParsedDocument(
        source_uri=raw.source_uri,
        sha256=raw.sha256,
        format="wire",
        metadata=_metadata(item, wf),
        title=item.headline,
        blocks=[Block(p) for p in paragraphs if p.strip()],
        images=[_image(im) for im in item.images],
        release=_release(item),
    )


def _link(raw: RawDocument, url: str, wf: WireFile) -> ParsedDocument:
    """A link-only feed entry: its page is the article (fetched with --fetch-origin)."""
    meta = {"origin_url": url, "wire_format": wf.format, "wire_extra": wf.extra, "link_only": True}
    return ParsedDocument(
        source_uri=raw.source_uri,
        sha256=raw.sha256,
        format="wire",
        metadata={k: v for k, v in meta.items() if v},
        title=None,
        blocks=[],
        # Marked as a wire item (pub_status set) like any other: keyed by its URL, it stays
        # when it rolls off the feed.
        release=Release(pub_status="usable"),
    )


def _nothing_reason(wf: WireFile) -> str:
    """The reject reason of a wire file without a text item: the classes it held instead."""
    classes = sorted({n.item_class for n in wf.non_articles})
    return f"not an article: {', '.join(classes)}" if classes else f"no item in {wf.format} file"


def wire_documents(raw: RawDocument) -> list[ParsedDocument] | None:
    """The documents of a wire file; None when the input is no wire format (Markdown, text, HTML).

    Raises ParseError (the reject) for hostile or malformed wire files, XML/JSON of no known
    format (`unsupported format: <root>`) and files with no text item.
    """
    try:
        wf = parse_wire(raw.data)
    except WireFormatError as exc:
        raise ParseError(exc.reason, exc.detail) from None
    if wf is None:
        return None
    docs = [_document(raw, item, wf) for item in wf.items]
    docs += [_link(raw, url, wf) for url in wf.fetch_urls]
    if not docs:
        detail = "; ".join(f"{n.item_id or '-'}: {n.reason}" for n in wf.non_articles)
        raise ParseError(_nothing_reason(wf), detail[:500])
    return docs
