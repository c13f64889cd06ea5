"""ninjs 1.x, 2.x and 3.x: single objects, lists and API envelopes; bodies, bylines, pictures."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from tests.wire_helpers import dev, fixture, needs_wire_dev, only_item
from wirecopy.schemas.records import RawDocument
from wirecopy.tasks.formats.wire import parse_wire
from wirecopy.tasks.formats.wire_documents import wire_documents


def test_api_envelope_with_embargo_and_picture_association() -> None:
    wire = fixture("ninjs_envelope.json")
    item = only_item(wire)
    assert item.item_id == "urn:ninjs:northwind.example:ferry-strike"
    assert item.headline == "Ferry crews vote to strike over rota changes"
    assert item.authors == ("Sunniva Dahl", "Ola Brekke")
    assert item.embargoed_until == datetime(2024, 11, 21, 7, 0, tzinfo=UTC)
    assert item.first_created == datetime(2024, 11, 20, 22, 40, tzinfo=UTC)
    assert item.provider == "NWA"
    # The HTML body is preferred; its figure caption is not body text.
    assert item.paragraphs == (
        "BERGEN, Norway (NWA) – Crews on the coastal ferries voted on Wednesday to strike from "
        "Monday.",
        "The union said 87 percent of members backed the walkout.",
    )
    (image,) = item.images
    assert image.url == "https://img.example.org/nwa/ferry-original.jpg"
    assert image.caption == "A coastal ferry leaves Bergen on Tuesday."
    assert image.credit == "NWA/Ivar Lunde"
    (photo,) = wire.non_articles
    assert photo.item_class == "picture"


def test_list_of_ninjs3_items_with_withheld_and_canceled() -> None:
    wire = fixture("ninjs_list_v3.json")
    first, second = wire.items
    assert first.pub_status == "withheld" and not first.killed
    assert first.authors == ("Lea Brunner",)
    assert first.paragraphs[-1] == "Der Bau kostete 14 Millionen Franken."
    assert second.pub_status == "canceled" and second.killed


SIMPLE_TEXT = "Captain of wrecked cruise ship on trial in Italy"
GROSSETO = "GROSSETO, Italy (AP) -- The trial of the captain"


@needs_wire_dev
@pytest.mark.parametrize(
    "name",
    [
        "ninjs-1.4-ninjsExSimpleText1.json",
        "ninjs-1.4-ninjsExMediumText1.json",
        "ninjs-1.4-ninjsExComplex1.json",
        "ninjs-2.1-ninjsExSimpleText_2.json",
        "ninjs-3.0-ninjsExSimpleText_3.json",
    ],
)
def test_cruise_ship_examples_in_every_version(name: str) -> None:
    item = only_item(dev(name))
    assert item.headline == SIMPLE_TEXT
    assert item.authors == ("Paulo Santalucia", "Frances d'Emilio")
    assert item.version_created == datetime(2013, 7, 9, 10, 37, tzinfo=UTC)
    assert item.paragraphs[0].startswith(GROSSETO)
    assert item.paragraphs[-1].endswith("Schettino has denied wrongdoing.")


@needs_wire_dev
def test_complex_example_picture_association() -> None:
    item = only_item(dev("ninjs-1.4-ninjsExComplex1.json"))
    assert len(item.paragraphs) == 4
    assert item.located == "Grossetto, Italy"
    assert (
        item.images[0].url
        == "http://hosted.ap.org/photos/2/2643c588-dc8d-4923-bebd-e3b904edbb3a-big.jpg"
    )
    assert item.images[0].caption is not None
    assert item.images[0].caption.startswith("The Costa Concordia cruise ship lies on its side")


@needs_wire_dev
@pytest.mark.parametrize("version", ["2.1", "3.0"])
def test_dpa_text_html_body_and_german_byline(version: str) -> None:
    item = only_item(dev(f"ninjs-{version}-dpa_text.json"))
    assert item.headline == "Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?"
    assert item.authors == ("Christian Hollmann",)
    assert item.language == "de" and item.provider == "dpa"
    assert (
        item.version_created is not None
        and item.version_created.isoformat() == "2019-05-10T16:02:28+02:00"
    )
    assert len(item.paragraphs) == 9
    assert item.paragraphs[0].startswith("Für Lucien Favre war es «der größte Skandal")
    assert item.paragraphs[-1].endswith("um die richtige Auslegung der Bestimmungen kommen.")


@needs_wire_dev
@pytest.mark.parametrize("version", ["2.1", "3.0"])
def test_tt_text_with_image(version: str) -> None:
    item = only_item(dev(f"ninjs-{version}-tt_text_image_{version[0]}.json"))
    assert item.headline == "Militärövning i jätteformat hålls 2023"
    assert item.paragraphs[0].startswith("Pandemin satte stopp för den stora")
    assert item.paragraphs[-1].endswith("vilka internationella partners som deltar.")
    assert "Försvar TT" not in item.paragraphs and "FörsvarTT" not in item.paragraphs
    assert item.images[0].credit == "Karl Melander/TT"
    assert item.images[0].url.endswith("a001_NormalHires.jpg")


@needs_wire_dev
def test_ntb_text_without_body_keeps_its_lead_as_summary() -> None:
    item = only_item(dev("ninjs-3.0-ntb_text.json"))
    assert item.headline == "Google har kjøpt giganttomt i Skien"
    assert item.paragraphs == ()
    assert item.summary is not None and item.summary.startswith("IT-giganten Google har kjøpt")
    assert item.first_created == datetime(2019, 8, 9, 9, 30, 4, tzinfo=UTC)
    assert item.ed_note == "Noe utvidet."


@needs_wire_dev
def test_nitf_body_inside_ninjs() -> None:
    name = (
        "ninjs-3.0-20231008-anti-doping-measures-at-the-tour-down-under-will-be-the-toughest-ever"
        "-addb-ninjs-nitf.json"
    )
    item = only_item(dev(name))
    assert (
        item.headline == "Anti-doping measures at the 'Tour Down Under' will be the toughest ever"
    )
    assert item.paragraphs[0].startswith(
        "The Australian Sports Anti-Doping Authority (ASADA) today"
    )
    assert len(item.paragraphs) > 5


@needs_wire_dev
@pytest.mark.parametrize(
    ("name", "cls"),
    [
        ("ninjs-2.1-ap_image.json", "picture"),
        ("ninjs-3.0-ap_video.json", "video"),
        ("ninjs-3.0-ap_audio.json", "audio"),
        ("ninjs-3.0-simpleEvent.json", "event"),
        ("ninjs-1.4-ninjsExSimplePhoto1.json", "picture"),
    ],
)
def test_media_and_events_are_not_articles(name: str, cls: str) -> None:
    wire = dev(name)
    assert wire.items == ()
    assert wire.non_articles[0].item_class == cls


@needs_wire_dev
def test_a_copyright_notice_names_the_provider_when_no_field_does() -> None:
    # ninjs 1.4 example: no copyrightholder, only "Copyright 2013 The News Agency, www.tna.org …".
    item = only_item(dev("ninjs-1.4-ninjsExComplex1.json"))
    assert item.copyright_holder == "The News Agency"
    assert item.provider == "The News Agency"


def test_html5_body_and_headlines_keyed_by_role() -> None:
    # ninjs 1.x's "body_html5", and headlines as an object of roles (a national agency's feed).
    doc = {
        "uri": "https://agency.example/ninjs/text/1",
        "type": "text",
        "headlines": {"main": "Harbour crane to be restored", "sub": "Works take two years"},
        "body_html5": "<p>GDANSK - The crane will close in May.</p><p>It reopens in 2027.</p>",
    }
    wire = parse_wire(json.dumps([doc, {**doc, "uri": doc["uri"] + "2"}]).encode())
    assert wire is not None and len(wire.items) == 2
    item = wire.items[0]
    assert item.headline == "Harbour crane to be restored"
    assert item.paragraphs == ("GDANSK - The crane will close in May.", "It reopens in 2027.")


def test_ap_bylines_main_section_and_one_credit_per_picture() -> None:
    # AP's "bylines" list; a body whose story is its "main" section beside the desk's notepad;
    # a picture's photographer field beside the credit its caption ends with.
    doc = {
        "uri": "https://agency.example/ninjs/text/2",
        "type": "text",
        "headline": "Barge strikes lock",
        "bylines": [{"by": "By DELORES VANTREASE", "title": "Associated Press"}],
        "body_html": '<section class="main"><p>A barge struck the lock.</p></section>'
        '<section class="notepad"><h3>Notizblock</h3><ul><li>Orte: Hafen</li></ul></section>',
        "associations": {
            "1": {
                "uri": "https://agency.example/pic/1",
                "type": "picture",
                "byline": "Harlan Okafor",
                "description_text": "A damaged lock gate. (AP Photo/Harlan Okafor)",
                "renditions": {"main": {"href": "https://agency.example/pic/1.jpg"}},
            }
        },
    }
    wire = parse_wire(json.dumps(doc).encode())
    item = only_item(wire)
    assert item.authors == ("Delores Vantrease",)
    assert item.paragraphs == ("A barge struck the lock.",)
    raw = RawDocument("file:///ap.json", json.dumps(doc).encode(), "0" * 64, 1)
    (parsed,) = wire_documents(raw) or []
    assert [im.credits for im in parsed.images] == [("AP Photo/Harlan Okafor",)]


def test_a_fact_box_section_beside_the_main_one_stays() -> None:
    doc = {
        "uri": "https://agency.example/ninjs/text/3",
        "type": "text",
        "headline": "Harbour budget",
        "body_html": '<section class="main"><p>The council passed the budget.</p></section>'
        '<section class="factbox"><p>Budget: 40 million euros.</p></section>',
    }
    item = only_item(parse_wire(json.dumps(doc).encode()))
    assert item.paragraphs == ("The council passed the budget.", "Budget: 40 million euros.")


def test_a_bulletin_package_stands_for_the_stories_it_carries() -> None:
    # A composite with no body of its own (a regional wire's bulletin): each text association
    # with a body is an item, with the package's language and rights; a picture stays one.
    story = {
        "type": "text",
        "headlines": [{"role": "main", "value": "Ferries return to the outer islands"}],
        "bodies": [
            {
                "role": "main",
                "contenttype": "text/plain",
                "value": "SUVA - Ferries sail.\n\nFares stay.",
            }
        ],
    }
    package = {
        "uri": "urn:example:bulletin-1",
        "type": "composite",
        "language": "en",
        "copyrightholder": "Harbour Islands News",
        "headlines": [{"role": "main", "value": "BULLETIN 1: Tuesday"}],
        "associations": [
            {**story, "uri": "urn:example:story-1"},
            {**story, "uri": "urn:example:story-2", "language": "fr"},
            {"uri": "urn:example:pic", "type": "picture", "headlines": [{"value": "Quay"}]},
        ],
    }
    wire = parse_wire(json.dumps(package).encode())
    assert [i.item_id for i in wire.items] == ["urn:example:story-1", "urn:example:story-2"]
    assert [i.language for i in wire.items] == ["en", "fr"]
    assert {i.copyright_holder for i in wire.items} == {"Harbour Islands News"}
    assert wire.items[0].paragraphs == ("SUVA - Ferries sail.", "Fares stay.")
    # A package with a body of its own is one item, whatever it carries.
    package["body_text"] = "The bulletin's own text."
    (item,) = parse_wire(json.dumps(package).encode()).items
    assert item.item_id == "urn:example:bulletin-1"


def test_a_photographers_title_beside_the_credit_field_is_one_credit() -> None:
    # The caption opens with the Korean agency's head ("[서울=뉴시스] 박준호 기자 ="), the
    # credit field says "뉴시스 박준호": one photographer, one credit; the head leaves the caption.
    doc = {
        "uri": "https://agency.example/ninjs/text/9",
        "type": "text",
        "headline": "Han river park",
        "body_text": "Citizens rest by the river.",
        "associations": {
            "1": {
                "uri": "https://agency.example/pic/9",
                "type": "picture",
                "creditline": "뉴시스 박준호",
                "description_text": (
                    "[서울=뉴시스] 박준호 기자 = 4일 오후 시민들이 휴식을 취하고 있다."
                ),
                "renditions": {"main": {"href": "https://agency.example/pic/9.jpg"}},
            }
        },
    }
    raw = RawDocument("file:///n.json", json.dumps(doc).encode(), "0" * 64, 1)
    (parsed,) = wire_documents(raw) or []
    assert [(im.caption, im.credits) for im in parsed.images] == [
        ("4일 오후 시민들이 휴식을 취하고 있다.", ("뉴시스 박준호",))
    ]


def test_a_canceled_or_embargoed_package_holds_its_stories() -> None:
    story = {
        "uri": "urn:story:1",
        "type": "text",
        "headline": "Bridge closes",
        "body_text": "Text.",
    }
    package = {
        "uri": "urn:pkg:1",
        "type": "composite",
        "headline": "Bulletin",
        "pubstatus": "canceled",
        "embargoed": "2099-01-01T00:00:00Z",
        "associations": {"s": story},
    }
    (item,) = parse_wire(json.dumps(package).encode()).items
    assert item.item_id == "urn:story:1"
    assert item.pub_status == "canceled" and item.killed
    assert item.embargoed_until == datetime(2099, 1, 1, tzinfo=UTC)
    # The story sent inside its package and on its own is one item.
    both = parse_wire(json.dumps([package, story]).encode())
    assert [i.item_id for i in both.items] == ["urn:story:1"]
