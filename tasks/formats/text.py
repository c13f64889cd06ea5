"""Plain agency copy: paragraphs on blank lines, each block's lines kept for the line rules."""

from __future__ import annotations

from wirecopy.schemas.records import Block, ParsedDocument, RawDocument
from wirecopy.tasks.formats.base import ParseError, chunks


def parse_text(raw: RawDocument, text: str) -> ParsedDocument:
    """Plain text: paragraph blocks (header, wire tag and boilerplate are clean's job)."""
    blocks = text_blocks(text)
    if not blocks:
        raise ParseError("no text in document")
    return ParsedDocument(
        source_uri=raw.source_uri,
        sha256=raw.sha256,
        format="text",
        metadata={},
        title=None,
        blocks=blocks,
    )


def text_blocks(body: str) -> list[Block]:
    """Split plain agency copy into paragraphs on blank lines; lines inside one are joined."""
    # Lines stay separate inside a block: clean applies its line rules before joining them.
    blocks: list[Block] = []
    for chunk in chunks(body):
        lines = [ln.strip() for ln in chunk.split("\n") if ln.strip()]
        blocks.append(Block("\n".join(lines)))
    return blocks
