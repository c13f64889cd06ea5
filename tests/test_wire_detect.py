"""Format detection by content: every wire family, unsupported XML/JSON, and the old paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SAMPLES, SEEDS
from tests.wire_helpers import WIRE_DEV, WIRE_FIXTURES, needs_wire_dev
from wirecopy.tasks.formats.detect import detect_wire
from wirecopy.tasks.formats.errors import UnsupportedFormatError, WireFormatError
from wirecopy.tasks.formats.xmlsafe import MAX_BYTES

FIXTURE_FORMATS = {
    "nitf_36_embargo.xml": "nitf",
    "nitf_30_latin1.xml": "nitf",
    "newsml_g2_message.xml": "newsml-g2",
    "newsml_g2_kill.xml": "newsml-g2",
    "newsml_g2_escaped_html.xml": "newsml-g2",
    "newsml_g2_misdeclared.xml": "newsml-g2",
    "newsml1_afp_style.xml": "newsml1",
    "ninjs_envelope.json": "ninjs",
    "ninjs_list_v3.json": "ninjs",
    "atom_full.xml": "atom",
    "rss_full.xml": "rss",
    "rss_links.xml": "rss",
    "anpa_harbour_budget.txt": "anpa1312",
    "iptc7901_lawinen.txt": "iptc7901",
}


@pytest.mark.parametrize(("name", "fmt"), sorted(FIXTURE_FORMATS.items()))
def test_fixture_formats(name: str, fmt: str) -> None:
    assert detect_wire((WIRE_FIXTURES / name).read_bytes()) == fmt


def test_extension_does_not_matter(tmp_path: Path) -> None:
    target = tmp_path / "tag_reuters.com,2014_newsml_LYNXMPEA0R0J5"  # no extension at all
    target.write_bytes((WIRE_FIXTURES / "nitf_36_embargo.xml").read_bytes())
    assert detect_wire(target.read_bytes()) == "nitf"


@pytest.mark.parametrize(
    ("data", "root"),
    [
        ((WIRE_FIXTURES / "unsupported_sitemap.xml").read_bytes(), "urlset"),
        ((WIRE_FIXTURES / "unsupported_config.json").read_bytes(), "JSON object"),
        (b"[1, 2, 3]", "JSON array"),
        (b'<?xml version="1.0"?><!-- c --><svg:svg xmlns:svg="urn:svg"/>', "svg"),
    ],
)
def test_xml_or_json_of_no_wire_format_is_unsupported(data: bytes, root: str) -> None:
    with pytest.raises(UnsupportedFormatError) as err:
        detect_wire(data)
    assert err.value.reason == f"unsupported format: {root}"


@pytest.mark.parametrize(
    "data",
    [
        b"---\ntitle: A\n---\nBody text.",
        b"Plain agency copy.\n\nSecond paragraph.",
        b"[Updated] Plain text that starts with a bracket.",
        b"<!DOCTYPE html><html><body><p>Page</p></body></html>",
        b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
        b"",
    ],
)
def test_markdown_text_and_html_stay_on_their_path(data: bytes) -> None:
    assert detect_wire(data) is None


def test_samples_and_seeds_are_not_wire_formats() -> None:
    paths = [p for p in SAMPLES.rglob("*") if p.is_file()]
    paths += sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    assert paths
    for path in paths:
        assert detect_wire(path.read_bytes()) is None, path.name


@needs_wire_dev
def test_every_wire_dev_file_is_detected_or_named_unsupported() -> None:
    counts: dict[str, int] = {}
    unsupported: set[str] = set()
    for path in sorted(WIRE_DEV.iterdir()):
        try:
            fmt = detect_wire(path.read_bytes())
        except UnsupportedFormatError as err:
            unsupported.add(err.root)
            continue
        assert fmt is not None, path.name
        counts[fmt] = counts.get(fmt, 0) + 1
    assert counts == {"newsml-g2": 30, "ninjs": 40, "newsml1": 4}
    # The IPTC guideline fragments (no item around them) are named by their root element.
    assert unsupported == {"contentSet", "contentMeta", "groupSet"}


def test_only_a_large_file_that_looks_like_a_wire_format_is_refused_for_its_size() -> None:
    filler = b"Long paragraph of agency copy. " * (MAX_BYTES // 30)
    assert detect_wire(b"---\ntitle: A\n---\n" + filler) is None
    with pytest.raises(WireFormatError) as err:
        detect_wire(b'\xef\xbb\xbf<?xml version="1.0"?><nitf><body><p>' + filler)
    assert err.value.reason == "wire file too large"


def test_a_stray_control_character_does_not_make_a_page_a_wire_transmission() -> None:
    page = (
        b"<!doctype html><html><head><title>Harbour news</title></head><body><article>"
        b"<h1>Harbour news</h1><p>The ferry \x02resumed service on Monday after repairs to both "
        b"of its engines, the operator said in a statement.</p></article></body></html>"
    )
    assert detect_wire(page) is None
    text = b"Headline of the day\n\nA paragraph with a stray \x02 control byte in it, and more.\n"
    assert detect_wire(text) is None
