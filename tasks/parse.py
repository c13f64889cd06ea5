"""Parse stage: raw bytes → a ParsedDocument (format detected by content, metadata, body blocks).

Pure: bytes in, records out. No network, no database, no clock.
"""

from __future__ import annotations

import codecs
import re

from wirecopy.schemas.records import InputFormat, ParsedDocument, RawDocument, Reject, StageResult
from wirecopy.tasks.formats.base import ParseError
from wirecopy.tasks.formats.html import parse_html
from wirecopy.tasks.formats.markdown import FRONT_MATTER_START, MD_SIGNALS, parse_markdown
from wirecopy.tasks.formats.text import parse_text
from wirecopy.tasks.formats.wire_documents import wire_documents

__all__ = [
    "ParseError",
    "decode_text",
    "detect_format",
    "parse_batch",
    "parse_document",
    "parse_input",
]

# Bytes that never occur in text files; a few of them in the first 8 KB mean binary.
_CONTROL = bytes(range(0, 9)) + bytes([11, 12]) + bytes(range(14, 32))
_BINARY_SNIFF = 8192
# Share of control bytes above which a file is binary (text files have none; 1% allows noise).
_BINARY_CONTROL_RATIO = 0.01

_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html\b|<head\b|<body\b|"
    r"<article\b|<meta\b|<title\b)",
    re.IGNORECASE | re.DOTALL,
)


def decode_text(data: bytes, encoding: str | None = None) -> str:
    """Decode a wire file: the HTTP charset if known, else UTF-8 (BOM or not), else cp1252.

    CRLF and CR line ends become LF.
    """
    if not data or not data.strip():
        raise ParseError("empty file", f"{len(data)} bytes, no text")
    sniff = data[:_BINARY_SNIFF]
    if (
        b"\x00" in sniff
        or len(sniff) - len(sniff.translate(None, _CONTROL)) > len(sniff) * _BINARY_CONTROL_RATIO
    ):
        raise ParseError("binary file, not text", "control bytes found in the first 8 KB")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if encoding:
        try:
            return data.decode(encoding, errors="replace").replace("\r\n", "\n").replace("\r", "\n")
        except LookupError:
            pass  # an unknown charset label: decode by content below
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # Legacy agency feeds are Windows-1252; its five undefined bytes are kept as latin-1.
        text = data.decode("cp1252", errors="wirecopy-latin1")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("wirecopy-latin1", _latin1_fallback)


def detect_format(text: str) -> InputFormat:
    """Markdown (front matter or Markdown syntax), HTML (a tag first) or plain text."""
    if FRONT_MATTER_START.match(text):
        return "markdown"
    if _HTML_START.match(text[:4096]):
        return "html"
    if MD_SIGNALS.search(text):
        return "markdown"
    return "text"


def parse_input(raw: RawDocument) -> list[ParsedDocument]:
    """Parse one input: a wire file's items, else one document; ParseError when unreadable.

    Wire formats are detected on the bytes, before decode_text: their declared encodings are
    read by the XML decoder, and IPTC 7901 / ANPA control characters are structure, not binary.
    """
    docs = wire_documents(raw)
    return [parse_document(raw)] if docs is None else docs


def parse_document(raw: RawDocument) -> ParsedDocument:
    """Parse one Markdown, text or HTML document; ParseError with a reason when unreadable."""
    text = decode_text(raw.data, raw.encoding)
    fmt = detect_format(text)
    if fmt == "html":
        return parse_html(raw, text)
    if fmt == "markdown":
        return parse_markdown(raw, text)
    return parse_text(raw, text)


def parse_batch(docs: list[RawDocument]) -> StageResult:
    """Parse a batch; each failure becomes a reject and the batch goes on."""
    result = StageResult()
    for raw in docs:
        try:
            result.items.extend(parse_input(raw))
        except ParseError as exc:
            result.rejects.append(Reject(raw.source_uri, "parse", exc.reason, exc.detail))
        except Exception as exc:  # a parser bug must not stop the run: keep it as a reject
            result.rejects.append(
                Reject(
                    raw.source_uri,
                    "parse",
                    "unexpected parse error",
                    f"{type(exc).__name__}: {exc}",
                    retryable=True,  # tried again: the next release may fix the bug
                )
            )
    return result
