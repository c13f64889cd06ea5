"""One entry point for wire files: detect the format by content, then run its parser (pure).

>>> wf = parse_wire(b'<nitf><body><body.head><hedline><hl1>Hi</hl1></hedline></body.head>'
...                 b'<body.content><p>Text.</p></body.content></body></nitf>')
>>> wf.format, wf.items[0].headline, wf.items[0].paragraphs
('nitf', 'Hi', ('Text.',))
"""

from __future__ import annotations

import json
from collections.abc import Callable

from lxml import etree

from wirecopy.schemas.wire import WireFile, WireFormat
from wirecopy.tasks.formats.detect import detect_wire
from wirecopy.tasks.formats.errors import WireFormatError
from wirecopy.tasks.formats.feeds import parse_feed
from wirecopy.tasks.formats.iptc7901 import parse_iptc7901
from wirecopy.tasks.formats.jsonfeed import parse_json_feed
from wirecopy.tasks.formats.newsml1 import parse_newsml1
from wirecopy.tasks.formats.newsml_g2 import parse_newsml_g2
from wirecopy.tasks.formats.ninjs import parse_ninjs
from wirecopy.tasks.formats.nitf import parse_nitf
from wirecopy.tasks.formats.xmlsafe import decode_xml, parse_xml


def _nitf(root: etree._Element) -> WireFile:
    return WireFile(format="nitf", items=(parse_nitf(root),))


XML_PARSERS: dict[WireFormat, Callable[[etree._Element], WireFile]] = {
    "nitf": _nitf,
    "newsml-g2": parse_newsml_g2,
    "newsml1": parse_newsml1,
    "atom": parse_feed,
    "rss": parse_feed,
}


def parse_as(fmt: WireFormat, data: bytes) -> WireFile:
    """Parse bytes known to be in `fmt`; raises WireFormatError with a reject reason."""
    if fmt in XML_PARSERS:
        return XML_PARSERS[fmt](parse_xml(data))
    text = decode_xml(data)
    if fmt in ("ninjs", "jsonfeed"):
        try:
            doc = json.loads(text)
        except ValueError as exc:
            raise WireFormatError("malformed JSON", str(exc)[:300]) from exc
        except RecursionError:
            raise WireFormatError("JSON nested too deeply", "beyond the parser's limit") from None
        return parse_json_feed(doc) if fmt == "jsonfeed" else parse_ninjs(doc)
    return parse_iptc7901(text, fmt)


def parse_wire(data: bytes) -> WireFile | None:
    """A wire file → WireFile; None when the bytes are no wire format (Markdown, text, HTML)."""
    fmt = detect_wire(data)
    return None if fmt is None else parse_as(fmt, data)
