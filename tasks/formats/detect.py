"""Which wire format a file is, by its content (never its name): a root element, JSON keys, or
the control characters of IPTC 7901 / ANPA 1312.

`detect_wire` returns the format, raises UnsupportedFormatError for XML or JSON that is none of
them (never an article with markup as body), and returns None for everything else: Markdown,
plain agency copy and HTML pages stay on their existing path.

>>> detect_wire(b'<?xml version="1.0"?><nitf><body/></nitf>')
'nitf'
>>> detect_wire(b"---\\ntitle: x\\n---\\nBody") is None
True
"""

from __future__ import annotations

import json
import re
from typing import Any

from wirecopy.schemas.wire import WireFormat
from wirecopy.tasks.formats.errors import UnsupportedFormatError, WireFormatError
from wirecopy.tasks.formats.iptc7901 import ANPA_HEADER, has_structure, is_telex_capture
from wirecopy.tasks.formats.jsonfeed import is_json_feed
from wirecopy.tasks.formats.ninjs import find_items, lower_keys
from wirecopy.tasks.formats.xmlsafe import MAX_BYTES, decode_xml

# Root element (local name) → format. NewsML-G2 items of every kind go to the G2 parser, which
# names the class of those that are not articles.
XML_ROOTS: dict[str, WireFormat] = {
    "nitf": "nitf",
    "newsMessage": "newsml-g2",
    "newsItem": "newsml-g2",
    "packageItem": "newsml-g2",
    "conceptItem": "newsml-g2",
    "knowledgeItem": "newsml-g2",
    "planningItem": "newsml-g2",
    "catalogItem": "newsml-g2",
    "NewsML": "newsml1",
    "feed": "atom",
    "rss": "rss",
    "RDF": "rss",
}
# Roots that are HTML pages (XHTML included): the HTML extractor's job, not ours.
HTML_ROOTS = frozenset({"html", "head", "body", "article"})
# The prolog before the root element: declaration, comments, PIs, DOCTYPE (with a subset).
_PROLOG = re.compile(
    r"\A(?:\s+|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)*", re.DOTALL | re.I
)
_ROOT = re.compile(r"<([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)")
_SNIFF = 65536


def root_name(text: str) -> str | None:
    """Local name of the first element after the prolog, or None when the text is not XML."""
    start = _PROLOG.match(text[:_SNIFF])
    rest = text[start.end() if start else 0 : _SNIFF]
    m = _ROOT.match(rest)
    return m.group(2) if m else None


def _json_kind(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None
    except RecursionError:  # a hostile nesting: JSON, but none a wire item is
        raise WireFormatError(
            "JSON nested too deeply", "the document nests beyond the parser's limit"
        ) from None


def detect_text(text: str) -> WireFormat | None:
    """Detect on decoded text; see detect_wire."""
    head = text.lstrip("\ufeff \t\r\n")
    if has_structure(head):
        first = head.lstrip("\x16\x01 ").splitlines()[0] if head.strip("\x16\x01 ") else ""
        return "anpa1312" if ANPA_HEADER.match(first.strip()) or "^" in head[:2048] else "iptc7901"
    if is_telex_capture(head):
        return "iptc7901"  # "ZCZC" … "NNNN": a teleprinter's capture, its controls left out
    if head.startswith("<"):
        name = root_name(head)
        if (
            name is None
            or name.lower() in HTML_ROOTS
            or head[:15].lower().startswith("<!doctype html")
        ):
            return None
        if name in XML_ROOTS:
            return XML_ROOTS[name]
        raise UnsupportedFormatError(name, "XML root element of no known wire format")
    if head.startswith(("{", "[")):
        doc = _json_kind(head)
        if doc is None:
            return None  # not JSON after all: plain text that starts with a bracket
        if is_json_feed(doc):
            return "jsonfeed"
        if find_items(lower_keys(doc)):
            return "ninjs"
        keys = ", ".join(sorted(doc)[:5]) if isinstance(doc, dict) else "list"
        root = "JSON object" if isinstance(doc, dict) else "JSON array"
        raise UnsupportedFormatError(root, f"no ninjs item (keys: {keys})")
    return None


# How a wire file can start (after a BOM, blanks and SYN padding): markup, JSON or 7901 control
# characters; UTF-16/32 files start with their BOM.
_WIRE_START = re.compile(
    rb"^(?:\xef\xbb\xbf|\xff\xfe|\xfe\xff|\x00\x00\xfe\xff|[\s\x16])*[<{\[\x01\x02]"
)


def detect_wire(data: bytes) -> WireFormat | None:
    """The wire format of raw bytes, None when not a wire format (Markdown, text, HTML)."""
    if len(data) > MAX_BYTES:
        if not _WIRE_START.match(data[:4096]):
            return None  # a large Markdown or text file: not ours to refuse
        raise WireFormatError("wire file too large", f"{len(data)} bytes > {MAX_BYTES}")
    return detect_text(decode_xml(data))
