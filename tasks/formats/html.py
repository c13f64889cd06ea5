"""HTML article pages: the HTML extractor (tasks/html/) read into a parsed document."""

from __future__ import annotations

from wirecopy.schemas.records import Block, ParsedDocument, RawDocument
from wirecopy.tasks.formats.base import ParseError
from wirecopy.tasks.html.extract import extract_html


def parse_html(raw: RawDocument, text: str) -> ParsedDocument:
    """An article page: metadata, body paragraphs, images and removed boilerplate."""
    page = extract_html(text, raw.source_uri if raw.source_uri.startswith("http") else None)
    blocks = [Block(p) for p in page.paragraphs if p.strip()]
    if not blocks:
        raise ParseError("no article body found in HTML page")
    return ParsedDocument(
        source_uri=raw.source_uri,
        sha256=raw.sha256,
        format="html",
        metadata={},
        title=page.title,
        blocks=blocks,
        images=list(page.images),
        removed=list(page.removed),
        html=page,
    )
