"""Untrusted agency XML: honest decoding, and hostile files refused with a reason, bounded."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from typing import ClassVar

import pytest

from tests.wire_helpers import WIRE_FIXTURES, fixture, only_item
from wirecopy.tasks.formats import xmlsafe
from wirecopy.tasks.formats.errors import UnsafeXmlError, WireFormatError
from wirecopy.tasks.formats.wire import parse_wire
from wirecopy.tasks.formats.xmlsafe import decode_xml, parse_xml


def test_declared_latin1_but_utf8_bytes_decode_as_utf8() -> None:
    data = '<?xml version="1.0" encoding="ISO-8859-1"?><a>Noël à l\'église</a>'.encode()
    assert parse_xml(data).text == "Noël à l'église"


def test_real_latin1_bytes_follow_the_declaration() -> None:
    data = '<?xml version="1.0" encoding="ISO-8859-1"?><a>Noël</a>'.encode("latin-1")
    assert parse_xml(data).text == "Noël"


def test_bom_wins_and_utf16_is_read() -> None:
    assert decode_xml(b"\xef\xbb\xbf<a>\xc3\xa9</a>") == "<a>é</a>"
    assert parse_xml("<a>ü</a>".encode("utf-16")).text == "ü"
    assert parse_xml("<a>ü</a>".encode("utf-16-le")).text == "ü"


def test_misdeclared_fixture_has_no_mojibake() -> None:
    item = only_item(fixture("newsml_g2_misdeclared.xml"))
    assert item.headline == "Le marché de Noël déménage près de l'église"
    assert item.authors == ("Hélène Dœuvre",)
    text = " ".join(item.paragraphs)
    assert "« une évidence »" in text
    for mojibake in ("Ã", "Â", "â€"):
        assert mojibake not in text + (item.headline or "")


def test_namespaces_are_dropped_and_html_entities_read() -> None:
    root = parse_xml(b'<n:a xmlns:n="urn:x" xml:lang="fr"><n:b>caf&eacute;&nbsp;&amp;</n:b></n:a>')
    assert root.tag == "a" and root.get("lang") == "fr"
    assert root[0].tag == "b" and root[0].text == "café\xa0&"


@pytest.mark.parametrize("name", ["hostile_billion_laughs.xml", "hostile_xxe.xml"])
def test_entity_declarations_are_refused(name: str) -> None:
    with pytest.raises(UnsafeXmlError) as err:
        parse_wire((WIRE_FIXTURES / name).read_bytes())
    assert err.value.reason == "unsafe XML: entity declarations"


def test_parameter_entities_are_refused() -> None:
    data = b'<!DOCTYPE nitf [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]><nitf/>'
    with pytest.raises(UnsafeXmlError):
        parse_xml(data)


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Recorder.hits.append(self.path)
        body = b'<!ENTITY secret "leaked">'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def dtd_server() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 that records any DTD fetch."""
    _Recorder.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_external_dtd_is_never_fetched(dtd_server: str) -> None:
    data = (
        f'<?xml version="1.0"?><!DOCTYPE nitf SYSTEM "{dtd_server}/nitf.dtd">'
        "<nitf><body><body.head><hedline><hl1>Safe</hl1></hedline></body.head>"
        "<body.content><p>Text.</p></body.content></body></nitf>"
    ).encode()
    item = only_item(parse_wire(data) or pytest.fail("not detected"))
    assert item.headline == "Safe"
    assert _Recorder.hits == []


def test_entity_of_an_unloaded_dtd_is_neither_fetched_nor_kept(dtd_server: str) -> None:
    data = (
        f'<!DOCTYPE nitf SYSTEM "{dtd_server}/x.dtd"><nitf><body><body.content>'
        "<p>Before &secret; after.</p></body.content></body></nitf>"
    ).encode()
    item = only_item(parse_wire(data) or pytest.fail("not detected"))
    assert item.paragraphs == ("Before after.",)
    assert _Recorder.hits == []


@pytest.mark.timeout(30)
def test_very_deep_nesting_is_refused() -> None:
    data = b"<nitf>" + b"<block>" * 50_000 + b"</block>" * 50_000 + b"</nitf>"
    with pytest.raises(UnsafeXmlError) as err:
        parse_wire(data)
    assert err.value.reason == "XML nested too deep"


@pytest.mark.timeout(30)
def test_huge_element_count_is_refused() -> None:
    data = b"<nitf><body>" + b"<p/>" * (xmlsafe.MAX_ELEMENTS + 10) + b"</body></nitf>"
    with pytest.raises(UnsafeXmlError) as err:
        parse_wire(data)
    assert err.value.reason == "XML has too many elements"


def test_too_many_bytes_are_refused_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xmlsafe, "MAX_BYTES", 1000)
    with pytest.raises(UnsafeXmlError) as err:
        parse_xml(b"<nitf>" + b" " * 2000 + b"</nitf>")
    assert err.value.reason == "XML too large"


def test_malformed_xml_is_a_clear_error() -> None:
    with pytest.raises(WireFormatError) as err:
        parse_wire(b"<nitf><body><p>unclosed</body></nitf>")
    assert err.value.reason == "malformed XML"
