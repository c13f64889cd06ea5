"""NITF 3.x: docdata, head, byline without title, body blocks, media, embargo; 3.0 and latin-1."""

from __future__ import annotations

from datetime import UTC, datetime

from tests._helpers_pure import raw_doc
from tests.wire_helpers import WIRE_FIXTURES, fixture, only_item
from wirecopy.schemas.records import Article
from wirecopy.tasks.clean import clean_document
from wirecopy.tasks.formats.nitf import parse_nitf
from wirecopy.tasks.formats.wire import parse_wire
from wirecopy.tasks.formats.xmlsafe import parse_xml
from wirecopy.tasks.parse import parse_input


def test_nitf_36_with_namespace_embargo_and_media() -> None:
    item = only_item(fixture("nitf_36_embargo.xml"))
    assert item.format == "nitf"
    assert item.item_id == "NWA-20241120-0042"
    assert item.version == "2"
    assert item.headline == "Tidal turbine array to power coastal town"
    assert item.subheadline == "Twelve seabed turbines will supply 4,000 homes from next spring"
    assert item.authors == ("Imogen Tresize",)
    assert item.byline == "By Imogen Tresize"  # the <byttl> title is not part of it
    assert item.dateline == "PORTHKERRIS, Nov. 20"
    assert item.language == "en-GB"
    assert item.summary == "A tidal array off the Cornish coast has won final approval."
    assert item.urgency == 3
    assert item.copyright_holder == "Northwind Agency"
    assert item.keywords == ("energy", "tidal power")
    assert item.subjects[0].code == "IPTC:06006000"
    assert item.version_created == datetime(2024, 11, 20, 6, 30, tzinfo=UTC)
    assert item.embargoed_until == datetime(2024, 11, 21, 0, 1, tzinfo=UTC)
    assert item.pub_status == "usable" and not item.killed
    assert item.origin_url == "https://news.example.org/tidal-turbine-array"
    assert item.paragraphs[0].startswith("PORTHKERRIS, England (NWA) — Twelve tidal turbines")
    assert item.paragraphs[0].endswith("the harbour trust said on Wednesday.")
    assert "Fishing grounds" not in item.paragraphs  # hl2 subheads inside the body are not text
    assert "Cost: £38 million" in item.paragraphs
    assert item.paragraphs[-1] == "Reporting by Imogen Tresize; editing by Piran Hosking."
    assert not any("A turbine waits" in p for p in item.paragraphs)  # captions leave the body
    (image,) = item.images
    assert image.url == "https://img.example.org/tidal/turbine-large.jpg"  # widest rendition
    assert image.caption == "A turbine waits on a barge in Porthkerris harbour."
    assert image.credit == "Photo: Lowen Carne/NWA"
    assert image.role == "lead"


def test_nitf_30_without_namespace_latin1_doctype_and_caps_byline() -> None:
    item = only_item(fixture("nitf_30_latin1.xml"))
    assert item.headline == "Festival d'été: la ville dévoile sa programmation"
    assert item.authors == ("Jean-Marc Lefèvre", "Odile Marchand")
    assert item.provider == "Agence Évian Nouvelles"
    assert item.published_at is not None and item.published_at.date().isoformat() == "2024-03-05"
    assert item.paragraphs == (
        "ANNECY (AEN) - La ville a présenté mardi les 42 concerts de son festival d'été, dont "
        "une soirée consacrée aux fanfares.",
        "Les billets seront en vente dès le 1er avril — à prix réduit pour les étudiants.",
    )


def test_hl1_directly_in_body_head_and_title_fallback() -> None:
    direct = parse_nitf(
        parse_xml(b"<nitf><body><body.head><hl1>Direct</hl1></body.head></body></nitf>")
    )
    assert direct.headline == "Direct"
    titled = parse_nitf(parse_xml(b"<nitf><head><title>From title</title></head><body/></nitf>"))
    assert titled.headline == "From title"


def test_status_canceled_and_kill_message_mark_the_item_killed() -> None:
    canceled = b'<nitf><head><docdata management-status="canceled"/></head><body/></nitf>'
    assert parse_nitf(parse_xml(canceled)).killed
    kill_note = (
        b'<nitf><head><docdata><ed-msg info="KILL: story withdrawn"/></docdata></head></nitf>'
    )
    assert parse_nitf(parse_xml(kill_note)).killed
    mention = b'<nitf><head><docdata><ed-msg info="Adds quote; no kill"/></docdata></head></nitf>'
    assert not parse_nitf(parse_xml(mention)).killed


def test_superscript_digits_in_numbers_are_not_numbers() -> None:
    # str.isdigit accepts "³" and "²", which int() refuses: an urgency or a width written so is
    # no number, not a crash (the fuzzer found the same in an <img> height).
    data = (WIRE_FIXTURES / "nitf_36_embargo.xml").read_bytes()
    data = data.replace(b'ed-urg="3"', 'ed-urg="³"'.encode())
    parsed = parse_wire(data.replace(b'width="2048"', 'width="²"'.encode()))
    assert parsed is not None
    (item,) = parsed.items
    assert item.urgency is None
    # The rendition whose width is no number counts as width 0: the other one is the widest.
    assert item.images[0].url == "https://img.example.org/tidal/turbine-small.jpg"


def test_html_body_sent_as_cdata_and_the_dateline_sent_again() -> None:
    # A national agency's NITF: body.content holds its HTML as CDATA, the first <p> the
    # dateline that body.head already gives.
    nitf = (
        "<nitf><head><title>Harbour trees</title></head><body><body.head><hedline>"
        "<hl1>Harbour plants 400 trees</hl1></hedline><dateline>PORTO, 27 (HPA)</dateline>"
        "</body.head><body.content><![CDATA[<p>PORTO, 27 (HPA)</p><p>The council approved "
        "the plan.</p><p>Work starts in May.</p>]]></body.content></body></nitf>"
    )
    item = only_item(parse_wire(nitf.encode()))
    assert item.paragraphs == ("The council approved the plan.", "Work starts in May.")


def test_baselang_gives_the_language() -> None:
    nitf = (
        '<nitf baselang="it-IT"><body><body.head><hedline><hl1>Porto</hl1></hedline>'
        "</body.head><body.content><p>Il porto riapre.</p></body.content></body></nitf>"
    )
    assert only_item(parse_wire(nitf.encode())).language == "it-IT"


def test_the_copyright_holders_name_signing_off_the_copy_goes() -> None:
    # The provider's code is "FLM"; the copy closes "--Field Level Media", its full name as
    # the rights line gives it. Under a holder of another name the line stays.
    def nitf(holder: str) -> bytes:
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<nitf><head><docdata><doc-id id-string="FLM-1"/>'
            f'<doc.copyright holder="{holder}"/></docdata></head><body><body.head><hedline>'
            "<hl1>Kraken rally</hl1></hedline><distributor>FLM</distributor></body.head>"
            "<body.content><p>The Kraken scored twice late.</p><p>They won 3-2.</p>"
            "<p>--Field Level Media</p></body.content></body></nitf>"
        ).encode()

    def clean_nitf(data: bytes) -> Article:
        (doc,) = parse_input(raw_doc(data, "file:///wire/in/flm.xml"))
        return clean_document(doc)

    article = clean_nitf(nitf("Field Level Media"))
    assert article.body_text.endswith("They won 3-2."), article.body_text
    assert "--Field Level Media" in clean_nitf(nitf("Harbour Sports Wire")).body_text
