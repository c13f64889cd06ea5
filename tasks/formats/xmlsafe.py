"""The one entry point for untrusted agency XML: decode honestly, refuse hostile input, bound size.

Agency XML is untrusted input. No entity expansion, no DTD or network fetches, and a bounded
tree: a file that declares entities, nests too deep or holds too many elements is rejected with
a reason before it costs memory. Decoding trusts the bytes over the declaration: a file that
declares ISO-8859-1 but is valid UTF-8 is UTF-8 (real agency files do this; honouring the
declaration turns every accent into mojibake).

>>> root = parse_xml('<?xml version="1.0" encoding="ISO-8859-1"?><a>café</a>'.encode())
>>> root.text
'café'
"""

from __future__ import annotations

import codecs
import html.entities
import re

from lxml import etree

from wirecopy.tasks.formats.base import ParseError
from wirecopy.tasks.formats.decoding import legacy_text, superset
from wirecopy.tasks.formats.errors import UnsafeXmlError, WireFormatError

# Caps sized well above real wire files (NewsML messages run to a few MB and a few thousand
# elements) and far below what would hurt a 2-core worker.
MAX_BYTES = 25_000_000
MAX_ELEMENTS = 200_000
# Nesting is capped by libxml2 itself (256 levels without huge_tree); deeper files are refused.
MAX_DEPTH = 256
# Bytes fed to the pull parser at a time: events are checked between chunks, so a hostile
# file is stopped after at most this much extra work.
_CHUNK = 64 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARATION = re.compile(r"^\s*<\?xml\b[^>]*\?>", re.IGNORECASE)
_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)""")
# An internal DTD subset that declares entities is how billion-laughs and XXE files work; real
# agency files never need one (NITF's DOCTYPE names an external DTD we never load).
_ENTITY_DECL = re.compile(r"<!ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(r"<!DOCTYPE\b", re.IGNORECASE)
# HTML named entities (&nbsp;, &eacute;) that NITF and XHTML copy uses without declaring them:
# XML knows only five, so the rest become characters before parsing instead of failing the file.
_NAMED_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})
# Labels that mean "Western single-byte": the bytes are read as cp1252 (as browsers do), whose
# 0x80-0x9F are quotes and dashes rather than C1 control characters.
_LATIN1_LABELS = frozenset({"iso8859-1", "latin-1", "ascii"})


def decode_xml(data: bytes) -> str:
    """Decode XML bytes: BOM, else UTF-8 when the bytes are valid UTF-8, else the declaration."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace")
    if data[:2] in (b"<\x00", b"\x00<"):  # UTF-16 without a BOM: "<" is one of two bytes
        return data.decode("utf-16-le" if data[0] == 0x3C else "utf-16-be", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_ENCODING.match(data[:200])
    codec = _codec(declared.group(1).decode("ascii")) if declared else None
    if codec and not codec.startswith("utf-"):
        return data.decode(codec, errors="replace")
    # Undeclared: the code page the content reads in (Cyrillic 7901 copy in Windows-1251),
    # Windows-1252 whenever that is among the plausible readings.
    try:
        return legacy_text(data)
    except ParseError:
        return data.decode("cp1252", errors="replace")


def _codec(label: str) -> str | None:
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "cp1252" if name in _LATIN1_LABELS else superset(name)


def _named_entities_to_chars(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in _XML_ENTITIES:
            return match.group(0)
        char = html.entities.html5.get(name + ";")
        if char is None:
            return match.group(0)
        return {"<": "&lt;", "&": "&amp;"}.get(char, char)

    return _NAMED_ENTITY.sub(replace, text)


def check_prolog(text: str) -> None:
    """Refuse an internal DTD subset that declares entities (billion laughs, XXE)."""
    doctype = _DOCTYPE.search(text, 0, 4096)
    if doctype and _ENTITY_DECL.search(text, doctype.start()):
        raise UnsafeXmlError("unsafe XML: entity declarations", "DOCTYPE declares entities")


def _parser() -> etree.XMLPullParser:
    # resolve_entities=False + load_dtd=False + no_network=True: nothing outside the bytes is
    # read; huge_tree stays off so libxml2 keeps its own limits on text and depth as well.
    return etree.XMLPullParser(
        events=("start",),
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        strip_cdata=True,
        encoding="utf-8",
    )


def parse_xml(data: bytes | str) -> etree._Element:
    """Parse untrusted XML into a tree with local names only; raise a WireFormatError if unfit."""
    if len(data) > MAX_BYTES:
        raise UnsafeXmlError("XML too large", f"{len(data)} bytes > {MAX_BYTES}")
    text = data if isinstance(data, str) else decode_xml(data)
    check_prolog(text)
    # The text is re-encoded as UTF-8, so the declaration must not claim anything else.
    body = _named_entities_to_chars(_DECLARATION.sub("", text, count=1)).encode("utf-8")
    parser = _parser()
    elements = 0
    try:
        for start in range(0, len(body), _CHUNK):
            parser.feed(body[start : start + _CHUNK])
            elements += sum(1 for _ in parser.read_events())
            if elements > MAX_ELEMENTS:
                raise UnsafeXmlError("XML has too many elements", f"> {MAX_ELEMENTS}")
        root = parser.close()
    except etree.XMLSyntaxError as exc:
        if "Excessive depth" in str(exc):  # libxml2's own depth limit, hit within one chunk
            detail = f"depth > {MAX_DEPTH}: {str(exc)[:200]}"
            raise UnsafeXmlError("XML nested too deep", detail) from exc
        raise WireFormatError("malformed XML", str(exc)[:300]) from exc
    if b"xmlns" in body:
        strip_namespaces(root)
    if b"&" in body:
        _drop_entity_references(root)
    return root


def _drop_entity_references(root: etree._Element) -> None:
    """Remove references to entities nobody defined (left unexpanded), keeping the text after."""
    for ref in list(root.iter(etree.Entity)):
        parent = ref.getparent()
        if parent is None:
            continue
        previous = ref.getprevious()
        if ref.tail:
            if previous is not None:
                previous.tail = (previous.tail or "") + ref.tail
            else:
                parent.text = (parent.text or "") + ref.tail
        parent.remove(ref)


def strip_namespaces(root: etree._Element) -> None:
    """Rename every element and attribute to its local name (agencies use namespaces or none)."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if "}" in el.tag:
            el.tag = el.tag.rsplit("}", 1)[1]
        for key in [k for k in el.attrib if "}" in k]:
            value = el.attrib.pop(key)
            local = key.rsplit("}", 1)[1]
            if local not in el.attrib:
                el.attrib[local] = value
    etree.cleanup_namespaces(root)


def parse_fragment(markup: str) -> etree._Element | None:
    """Parse an XML fragment found inside another document (ninjs NITF body); None if not XML."""
    try:
        return parse_xml(markup)
    except UnsafeXmlError:
        raise
    except WireFormatError:
        return None
