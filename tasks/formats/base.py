"""What every format parser shares: the parse error, and paragraph splitting of plain text."""

from __future__ import annotations

import re

from wirecopy.schemas.records import Block


class ParseError(Exception):
    """A document that cannot become an article; the message is the reject reason."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


def chunks(body: str) -> list[str]:
    """Blocks of text between blank lines."""
    return [c.strip("\n") for c in re.split(r"\n[ \t]*\n", body) if c.strip()]


def flush(para: list[str], blocks: list[Block]) -> None:
    """End a paragraph: its lines joined into one block (then cleared)."""
    text = " ".join(p.strip() for p in para if p.strip())
    if text or para:
        blocks.append(Block(re.sub(r"\s+", " ", text).strip()))
    para.clear()
