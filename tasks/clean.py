"""Clean stage: a ParsedDocument → an Article (boilerplate out, captions and credits split, ids).

Pure: records in, records out. Every fragment taken from the body is kept as a RemovedFragment.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from wirecopy.schemas.records import (
    Article,
    Block,
    Caption,
    Image,
    ParsedDocument,
    Reject,
    RemovedFragment,
    StageResult,
)
from wirecopy.tasks.credits import split_credits
from wirecopy.tasks.dates import parse_datetime
from wirecopy.tasks.orchestration import task
from wirecopy.tasks.rules import (
    COPYRIGHT_HOLDER,
    HEADLINE_MAX_CHARS,
    PHOTO_CREDIT_HINT,
    PUBLISHED_LABEL,
    SECTION_LABEL_MAX_WORDS,
    WIRE_TAG,
    match_line_rule,
)


class CleanError(Exception):
    """A parsed document with nothing left to load; the message is the reject reason."""


# Front-matter keys mapped to article columns; every other key is kept in `metadata`.
FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "article_id": ("code", "id", "article_id"),
    "origin_url": ("origin_url", "url", "canonical_url", "link"),
    "lead_image": ("image", "image_url", "og_image"),
    "title": ("title", "headline"),
    "description": ("description", "summary", "excerpt"),
    "category": ("category", "section", "categories"),
    "language": ("language", "lang"),
    "published_at": ("date", "published", "published_at", "pubdate", "datetime"),
    "modified_at": ("modified", "updated", "modified_at", "updated_at"),
    "authors": ("author", "authors", "byline"),
    "wire": ("wire", "agency"),
}
# Query parameters that never change which article a URL points at.
_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|src)$", re.I)
# Longest credit tail seen in wire copy is ~100 characters (a credit plus a truncated duplicate).
_CREDIT_TAIL_CHARS = 300
_SENTENCE_END = re.compile(r"[.!。]$")
_WS = re.compile(r"\s+")


@dataclass(slots=True)
class _Work:
    """Mutable state while cleaning one document."""

    removed: list[RemovedFragment] = field(default_factory=list)
    published_label: datetime | None = None
    copyright_wire: str | None = None

    def drop(self, kind: str, rule: str, text: str) -> None:
        if text.strip():
            self.removed.append(RemovedFragment(kind, rule, text.strip()))


def normalise_url(url: str) -> str:
    """Lower-case scheme and host, no www., no fragment, no tracking params, no trailing slash."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING_PARAMS.match(k)])
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(((parts.scheme or "https").lower(), host, path, query, ""))


def publisher_of(url: str | None) -> str | None:
    """The host of a URL without `www.`: 'https://www.bangkokpost.com/x' → 'bangkokpost.com'."""
    if not url or not url.startswith(("http://", "https://")):
        return None
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    return host or None


def derive_article_id(code: object, url: str | None, title: str | None, body: str) -> str:
    """The front-matter code; else a hash of the normalised URL; else a hash of the content."""
    if code is not None and str(code).strip():
        return str(code).strip()
    if url and url.startswith(("http://", "https://")):
        return "url-" + hashlib.sha256(normalise_url(url).encode()).hexdigest()[:20]
    content = f"{title or ''}\n{body}".encode()
    return "sha-" + hashlib.sha256(content).hexdigest()[:20]


def _norm(text: str) -> str:
    """Comparison key: NFKC, case-folded, quotes folded, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(str.maketrans("‘’‚“”„«»", '\'\'\'"""""'))
    return _WS.sub(" ", text).strip()


def _first(meta: dict[str, Any], field_name: str) -> Any:
    for key in FIELD_KEYS[field_name]:
        value = meta.get(key)
        if value not in (None, "", []):
            return value
    return None


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v)
    text = str(value).strip()
    return text or None


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [p.strip() for p in re.split(r";|\band\b|,", str(value)) if p.strip()]


def _apply_line_rules(blocks: list[Block], work: _Work) -> list[Block]:
    """Drop boilerplate lines; capture the Published: label and copyright holder on the way."""
    kept: list[Block] = []
    for block in blocks:
        if block.kind == "image":
            kept.append(block)
            continue
        if block.kind == "heading" and not block.text.strip():
            work.drop("heading", "empty_heading", "#")
            continue
        lines: list[str] = []
        for line in block.text.split("\n"):
            if rule := match_line_rule(line):
                work.drop(rule.kind, rule.name, line)
                if rule.kind == "copyright" and (m := COPYRIGHT_HOLDER.match(line.strip())):
                    work.copyright_wire = work.copyright_wire or m["holder"]
                continue
            if block.kind != "heading" and (label := PUBLISHED_LABEL.match(line.strip())):
                published = parse_datetime(label["value"])
                if published is not None or len(line) < 60:
                    work.published_label = work.published_label or published
                    work.drop("label", "published_label", line)
                    continue
            lines.append(line.strip())
        text = " ".join(ln for ln in lines if ln)
        if text:
            kept.append(Block(text, block.kind, block.image))
    return kept


def _is_headline_line(block: Block) -> bool:
    return (
        block.kind == "para"
        and len(block.text) <= HEADLINE_MAX_CHARS
        and not _SENTENCE_END.search(block.text)
        and not PHOTO_CREDIT_HINT.search(block.text[-60:])
    )


def _read_header(blocks: list[Block]) -> tuple[str | None, str | None, int]:
    """(section label, headline, blocks consumed) from the short lines opening agency copy."""
    heads: list[Block] = []
    for block in blocks:
        if block.kind == "heading":
            return None, block.text, len(heads) + 1
        if not _is_headline_line(block) or len(heads) == 2:
            break
        heads.append(block)
    if len(heads) == 2 and len(heads[0].text.split()) <= SECTION_LABEL_MAX_WORDS:
        return heads[0].text, heads[1].text, 2
    if heads:
        return None, heads[0].text, 1
    return None, None, 0


def _is_caption_paragraph(text: str) -> tuple[str, tuple[str, ...]] | None:
    """A paragraph that ends in a photo credit is a caption: (caption, credits) or None."""
    # Cheap test first: a caption's credit sits in its last few hundred characters, and every
    # caption needs a photo hint there; the full credit rules cost ~0.3 ms per paragraph.
    if not PHOTO_CREDIT_HINT.search(text, max(0, len(text) - _CREDIT_TAIL_CHARS)):
        return None
    split = split_credits(text)
    if not split.credits:
        return None
    tail = text[len(split.caption) :] if text.startswith(split.caption) else " ".join(split.credits)
    if not PHOTO_CREDIT_HINT.search(tail) and not PHOTO_CREDIT_HINT.search(" ".join(split.credits)):
        return None
    return split.caption, split.credits


def _take_captions(
    blocks: list[Block], images: list[Image], work: _Work
) -> tuple[list[Block], list[Caption]]:
    """Image blocks become images; their alt text and the repeated caption line are one caption."""
    body: list[Block] = []
    captions: list[Caption] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind == "image" and block.image is not None:
            image = replace(block.image)  # clean never mutates the parsed document
            images.append(image)
            alt_split = split_credits(block.text) if block.text else None
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            caption_text, credits = (
                (alt_split.caption, alt_split.credits) if alt_split else ("", ())
            )
            if nxt is not None and nxt.kind == "para":
                nxt_split = _is_caption_paragraph(nxt.text)
                if block.text and _norm(nxt.text) == _norm(block.text):
                    work.drop("caption", "repeated_caption", nxt.text)
                    i += 1
                elif nxt_split is not None:
                    caption_text, credits = nxt_split
                    work.drop("caption", "caption_under_image", nxt.text)
                    i += 1
            image.caption, image.credits = caption_text or None, credits
            if caption_text or credits:
                captions.append(
                    Caption(caption_text, "; ".join(credits) or None, image.url, tuple(credits))
                )
            i += 1
            continue
        if block.kind == "para" and (cap := _is_caption_paragraph(block.text)):
            work.drop("caption", "caption_paragraph", block.text)
            captions.append(Caption(cap[0], "; ".join(cap[1]) or None, None, cap[1]))
            i += 1
            continue
        body.append(block)
        i += 1
    return body, captions


def _strip_wire_tag(blocks: list[Block], work: _Work) -> str | None:
    """Remove '(Bloomberg) -- ' from the first body paragraph; return the agency it names."""
    for idx, block in enumerate(blocks):
        if block.kind != "para":
            continue
        m = WIRE_TAG.match(block.text)
        if not m:
            return None
        work.drop("wire_tag", "wire_tag", m.group(0))
        rest = block.text[m.end() :]
        dateline = (m["dateline"] or "").strip()
        blocks[idx] = Block(f"{dateline} — {rest}" if dateline else rest, block.kind)
        return m["wire"].strip()
    return None


def _merge_images(lead_url: str | None, inline: list[Image]) -> list[Image]:
    """Lead first, then inline images in order; one row per URL (the first wins, role kept)."""
    merged: list[Image] = []
    seen: dict[str, Image] = {}
    if lead_url:
        lead = Image(url=lead_url, role="lead")
        merged.append(lead)
        seen[lead_url] = lead
    for image in inline:
        if (twin := seen.get(image.url)) is not None:
            twin.alt_text = twin.alt_text or image.alt_text
            twin.caption = twin.caption or image.caption
            twin.credits = twin.credits or image.credits
            continue
        seen[image.url] = image
        merged.append(image)
    return merged


def clean_document(doc: ParsedDocument, origin: ParsedDocument | None = None) -> Article:
    """Apply the cleaning rules to one parsed document (merged with its origin page, if any)."""
    work = _Work(removed=list(doc.removed))
    meta = dict(doc.metadata)
    page = doc.html
    blocks = _apply_line_rules(doc.blocks, work)

    title = _as_text(_first(meta, "title")) or (page.title if page else None)
    section: str | None = None
    if doc.format != "html" and not title:
        section, title, used = _read_header(blocks)
        for block in blocks[:used]:
            work.drop(
                "header", "section_label" if block.text == section else "headline", block.text
            )
        blocks = blocks[used:]
    # The headline is not repeated inside the body.
    if title:
        kept = []
        for block in blocks:
            if block.kind in ("para", "heading") and _norm(block.text) == _norm(title):
                work.drop("header", "headline", block.text)
            else:
                kept.append(block)
        blocks = kept

    inline_images: list[Image] = [replace(im) for im in doc.images]
    body_blocks, captions = _take_captions(blocks, inline_images, work)
    if page is not None:
        captions = [
            Caption(im.caption or "", "; ".join(im.credits) or None, im.url, im.credits)
            for im in page.images
            if im.caption or im.credits
        ]
    wire = _strip_wire_tag(body_blocks, work) or _as_text(_first(meta, "wire"))
    if wire is None and doc.format == "text":
        # In agency copy the copyright holder is the agency; on a publisher's page it is not.
        wire = work.copyright_wire

    body_text = "\n\n".join(b.text for b in body_blocks if b.text)
    if not body_text.strip() and origin is None:
        raise CleanError(
            "front matter has no body" if not doc.blocks else "no article body left after cleaning"
        )

    origin_url = _as_text(_first(meta, "origin_url")) or (page.canonical_url if page else None)
    if origin_url is None and doc.source_uri.startswith(("http://", "https://")):
        origin_url = doc.source_uri
    lead_url = _as_text(_first(meta, "lead_image"))
    images = (
        _merge_images(lead_url, inline_images)
        if page is None
        else _merge_images(None, inline_images)
    )
    published = parse_datetime(_first(meta, "published_at")) or work.published_label
    if published is None and page is not None:
        published = page.published_at
    modified = parse_datetime(_first(meta, "modified_at")) or (page.modified_at if page else None)
    mapped = {key for keys in FIELD_KEYS.values() for key in keys}
    extra = {k: v for k, v in meta.items() if k not in mapped}
    if page is not None:
        extra.update({k: v for k, v in page.extra.items() if v not in (None, "", [])})
        if page.site_name:
            extra.setdefault("site_name", page.site_name)

    return Article(
        article_id=derive_article_id(_first(meta, "article_id"), origin_url, title, body_text),
        source_uri=doc.source_uri,
        origin_url=origin_url,
        publisher=publisher_of(origin_url),
        wire=wire,
        title=title,
        description=_as_text(_first(meta, "description")) or (page.description if page else None),
        category=_as_text(_first(meta, "category")) or section or (page.section if page else None),
        language=_as_text(_first(meta, "language")) or (page.language if page else None),
        published_at=published,
        body_text=body_text,
        word_count=len(body_text.split()),
        content_sha256=doc.sha256,
        metadata=extra,
        authors=_as_list(_first(meta, "authors")) or (list(page.authors) if page else []),
        modified_at=modified,
        images=images,
        captions=captions,
        removed=work.removed,
    )


def merge_origin(wire: Article, page: Article) -> Article:
    """Front-matter values win for the fields they set; the origin page fills what is missing."""
    merged = replace(wire, metadata=dict(wire.metadata), removed=list(wire.removed))
    for name in ("title", "description", "category", "language", "published_at", "modified_at"):
        if getattr(merged, name) in (None, ""):
            setattr(merged, name, getattr(page, name))
    merged.publisher = merged.publisher or page.publisher
    merged.authors = merged.authors or list(page.authors)
    if not merged.body_text.strip():
        merged.body_text, merged.word_count = page.body_text, page.word_count
        merged.removed.extend(page.removed)
    has_lead = any(im.role == "lead" for im in merged.images)
    seen = {im.url for im in merged.images}
    images = list(merged.images)
    for im in page.images:
        if im.url not in seen:
            seen.add(im.url)
            images.append(replace(im, role="inline") if has_lead and im.role == "lead" else im)
    merged.images = images
    captioned = {c.image_url for c in merged.captions if c.image_url}
    merged.captions = merged.captions + [
        c for c in page.captions if c.image_url is None or c.image_url not in captioned
    ]
    merged.metadata["origin_page"] = {
        "url": page.source_uri,
        "canonical_url": page.origin_url,
        "sha256": page.content_sha256,
    }
    return merged


def _clean_origin(origin: ParsedDocument | None) -> Article | None:
    """The origin page as an article, or None when there is none or it has no usable body."""
    if origin is None:
        return None
    try:
        return clean_document(origin)
    except CleanError:
        return None


def clean_batch(
    docs: list[ParsedDocument], origins: dict[str, ParsedDocument] | None = None
) -> StageResult:
    """Clean a batch (merging origin pages by origin_url); a failure becomes a reject."""
    result = StageResult()
    for doc in docs:
        origin = (origins or {}).get(str(doc.metadata.get("origin_url") or "").strip())
        try:
            page = _clean_origin(origin)
            article = clean_document(doc, origin if page else None)
            result.items.append(merge_origin(article, page) if page else article)
        except CleanError as exc:
            result.rejects.append(Reject(doc.source_uri, "clean", str(exc)))
        except Exception as exc:  # a rule bug must not stop the run: keep it as a reject
            result.rejects.append(
                Reject(
                    doc.source_uri,
                    "clean",
                    "unexpected clean error",
                    f"{type(exc).__name__}: {exc}",
                )
            )
    return result


@task(name="clean")
def clean_task(
    docs: list[ParsedDocument], origins: dict[str, ParsedDocument] | None = None
) -> StageResult:
    """Prefect wrapper: clean one batch."""
    return clean_batch(docs, origins)
