"""NewsML-G2: multi-item messages, item classes, pictures linked to text, kills, inline bodies."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from tests.wire_helpers import dev, fixture, needs_wire_dev, only_item


def test_message_links_picture_to_text_and_rejects_video() -> None:
    wire = fixture("newsml_g2_message.xml")
    item = only_item(wire)
    assert item.item_id == "urn:newsml:northwind.example:20241120:lighthouse"
    assert item.version == "3"
    assert item.headline == "Island lighthouse relit after 40 years in the dark"
    assert item.subheadline == "Volunteers spent three summers restoring the lamp"
    assert item.authors == ("Rhona MacAulay",)
    assert item.slugline == "UK-LIGHTHOUSE/RESTORATION"
    assert item.located == "Skerryvane, United Kingdom"
    assert item.language == "en-GB"
    assert item.provider == "Northwind Agency"
    assert item.first_created == datetime(2024, 11, 20, 5, 40, tzinfo=UTC)
    assert item.version_created == datetime(2024, 11, 20, 7, 58, tzinfo=UTC)
    assert item.signals == ("sig:update",)
    assert item.subjects[0].code == "medtop:20000297"
    assert len(item.paragraphs) == 3
    assert item.paragraphs[-1].startswith('"I never thought I would see it turn again,"')
    (image,) = item.images
    assert image.url == "https://img.example.org/nwa/skerryvane-hires.jpg"
    assert image.caption == "The Skerryvane lighthouse lamp is lit for the first time since 1984."
    assert image.credit == "NWA/Eilidh Grant"
    assert image.item_id == "urn:newsml:northwind.example:20241120:lighthouse-photo"
    assert ("picture", image.item_id) in item.associations
    (video,) = wire.non_articles
    assert video.item_class == "video" and video.reason == "non-article item class: video"
    assert wire.extra["transmitId"] == "NWA-TX-000912"


def test_canceled_item_is_killed() -> None:
    item = only_item(fixture("newsml_g2_kill.xml"))
    assert item.pub_status == "canceled" and item.killed
    assert item.ed_note == "KILL: This story has been withdrawn. Do not use."


def test_html_escaped_as_text_becomes_plain_paragraphs() -> None:
    item = only_item(fixture("newsml_g2_escaped_html.xml"))
    assert item.paragraphs == (
        "The Old Mill bakery in Kettleby won the national sourdough prize on Monday.",
        "Its rye loaf & seeded bloomer were judged best of 212 entries.",
    )


@needs_wire_dev
def test_listing_2_text_document_with_inline_nitf() -> None:
    item = only_item(dev("g2-LISTING_2_NewsML-G2_Text_Document.xml"))
    assert item.headline == 'Fed to halt QE to avert "bubble"'
    assert item.authors == ("Meredith Jameson",)
    assert item.item_id == "urn:newsml:acmenews.com:20161121:US-FINANCE-FED"
    assert item.first_created == datetime(
        2016, 11, 21, 15, 21, 6, tzinfo=timezone(timedelta(hours=-5))
    )
    assert len(item.paragraphs) == 2
    assert item.paragraphs[0].startswith("(New York, NY - October 21) Et, sent luptat luptat")
    assert item.paragraphs[1].endswith("esto cons dolutpat, si.")
    assert item.copyright_holder == "Acme News and Media LLC"
    assert item.extra["sources"] == ["Associated Press"]


@needs_wire_dev
def test_listing_1_embargo_ednote_and_located() -> None:
    item = only_item(dev("g2-LISTING_1_A_NewsML-G2_News_Item.xml"))
    assert item.headline == 'Fed to halt QE to avert "bubble"'
    assert item.embargoed_until == datetime(2018, 10, 23, 12, 0, tzinfo=UTC)
    assert item.ed_note is not None and item.ed_note.startswith("Note to editors: STRICTLY")
    assert not item.killed
    assert item.located == "Berlin, Germany"
    assert item.provider == "REUTERS"
    assert item.paragraphs == ()  # the example's inlineXML holds only comments


@needs_wire_dev
def test_listing_22_sports_story() -> None:
    item = only_item(dev("g2-LISTING_22_Sports_story_in_NewsML-G2NITF.xml"))
    assert item.headline == (
        "Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05 p.m."
    )
    assert item.slugline == "AAV!PREVIEW-ARI-PHI"
    assert len(item.paragraphs) == 6
    assert item.paragraphs[0].startswith("(Sports Network) - A pair of teams")
    assert item.paragraphs[-1].endswith("over his last six starts.")
    assert item.summary is not None and item.summary.startswith("A pair of teams coming off")


@needs_wire_dev
def test_receiver_view_urgency_and_byline() -> None:
    item = only_item(dev("g2-Receiver_View.xml"))
    assert item.urgency == 5
    assert item.byline == "By Meredith Jameson"
    assert item.paragraphs[-1].startswith("Ugiating ea feugait utat")


@needs_wire_dev
def test_sportsml_body_is_not_turned_into_text() -> None:
    item = only_item(dev("g2-LISTING_21_A_complete_sample_SportsML-G2_document.xml"))
    assert item.headline is not None and item.headline.startswith("Troy Tulowitzki singled")
    assert item.paragraphs == ()
    assert item.extra["content_type"] == "application/sportsml+xml"


@needs_wire_dev
def test_other_item_classes_are_named() -> None:
    expected = {
        "g2-LISTING_3_Photo_in_NewsML-G2.xml": "picture",
        "g2-LISTING_4_Multiple_Renditions_of_a_Video_in_NewsML-G2.xml": "video",
        "g2-LISTING_6_Simple_NewsML-G2_Package.xml": "composite",
        "g2-LISTING_10_Abstract_Concept_conveyed_in_a_NewsML-G2_Concept_Item.xml": "concept",
        "g2-LISTING_13_Complete_Catalog_Item.xml": "catalog",
        "g2-LISTING_17_Planning_Item_a_CCL.xml": "newscoverage",
        "g2-LISTING_16_A_Set_of_Events_carried_in_a_News_Item.xml": "composite",
    }
    for name, cls in expected.items():
        wire = dev(name)
        assert wire.items == (), name
        (other,) = wire.non_articles
        assert other.item_class == cls, name
        assert cls in other.reason
    photo = dev("g2-LISTING_3_Photo_in_NewsML-G2.xml").non_articles[0]
    assert photo.reason == "picture item not linked to a text item"


def _message(*items: str) -> bytes:
    return (
        '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>'
        + "".join(items)
        + "</itemSet></newsMessage>"
    ).encode()


TEXT_XHTML = (
    '<newsItem guid="t1" version="2"><itemMeta><itemClass qcode="ninat:text"/></itemMeta>'
    "<contentMeta><headline>Harbour reopens</headline><by>By Ada Lund and Piet Vos</by>"
    "</contentMeta><contentSet><inlineXML contenttype='application/xhtml+xml'>"
    '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Harbour reopens</title></head>'
    "<body><p>The harbour reopened on Monday.</p><p>Ferries run <b>hourly</b>.</p></body></html>"
    "</inlineXML></contentSet></newsItem>"
)


def _picture(guid: str, width: int) -> str:
    return (
        f'<newsItem guid="{guid}"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta>'
        f"<contentMeta><description role='drol:caption'>Caption {guid}</description></contentMeta>"
        f'<contentSet><remoteContent href="https://img.example.org/{guid}.jpg" width="{width}"/>'
        "</contentSet></newsItem>"
    )


def test_xhtml_body_and_untied_pictures_of_a_one_story_message() -> None:
    from wirecopy.tasks.formats.wire import parse_wire

    wire = parse_wire(_message(TEXT_XHTML, _picture("p1", 800), _picture("p2", 600)))
    assert wire is not None
    item = only_item(wire)
    assert item.paragraphs == ("The harbour reopened on Monday.", "Ferries run hourly.")
    assert item.authors == ("Ada Lund", "Piet Vos")
    assert [im.item_id for im in item.images] == ["p1", "p2"]
    assert [im.role for im in item.images] == ["lead", "inline"]
    assert wire.non_articles == ()


def test_pictures_of_a_two_story_message_need_a_tie() -> None:
    from wirecopy.tasks.formats.wire import parse_wire

    second = TEXT_XHTML.replace('guid="t1"', 'guid="t2"').replace(
        "<itemMeta>", '<itemMeta><link rel="irel:seeAlso" residref="p1"/>', 1
    )
    wire = parse_wire(_message(TEXT_XHTML, second, _picture("p1", 800), _picture("p2", 600)))
    assert wire is not None
    first, linked = wire.items
    assert first.images == ()
    assert [im.item_id for im in linked.images] == ["p1"]
    (untied,) = wire.non_articles
    assert untied.item_id == "p2" and untied.reason == "picture item not linked to a text item"


def _g2_with_subjects(subjects: str) -> bytes:
    ns = 'xmlns="http://iptc.org/std/nar/2006-10-01/"'
    return (
        f'<newsItem {ns} guid="urn:t:subjects" version="1"><itemMeta>'
        '<itemClass qcode="ninat:text"/></itemMeta><contentMeta>'
        f"<headline>Mayor opens the new harbour ferry line</headline>{subjects}</contentMeta>"
        '<contentSet><inlineXML contenttype="application/xhtml+xml">'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body>'
        "<p>The mayor opened the ferry line on Monday.</p></body></html>"
        "</inlineXML></contentSet></newsItem>"
    ).encode()


def test_people_places_and_organisations_never_name_the_category() -> None:
    from wirecopy.schemas.records import RawDocument
    from wirecopy.tasks.cleaning.canonical import canonical_category
    from wirecopy.tasks.formats.wire_documents import wire_documents

    subjects = (
        '<subject type="cpnat:person" literal="p1"><name>Ana Sato</name></subject>'
        '<subject type="cpnat:geoArea" qcode="geo:1"><name>Kettleby</name></subject>'
        '<subject type="http://cv.iptc.org/newscodes/cpnature/organisation" literal="o1">'
        "<name>Kettleby Council</name></subject>"
        '<subject type="cpnat:abstract" qcode="medtop:20000297"><name>transport</name></subject>'
    )
    data = _g2_with_subjects(subjects)
    (doc,) = wire_documents(RawDocument("/s.xml", data, "h", len(data))) or []
    assert doc.metadata["category"] == "transport"
    kinds = [s.get("kind") for s in doc.metadata["subjects"]]
    assert kinds == ["person", "geoArea", "organisation", "abstract"]
    # Only an organisation among the subjects: no category rather than the organisation's name.
    only_org = '<subject type="cpnat:organisation" literal="o1"><name>Acme Inc</name></subject>'
    data = _g2_with_subjects(only_org)
    (doc,) = wire_documents(RawDocument("/s.xml", data, "h", len(data))) or []
    assert canonical_category(doc.metadata.get("category"), doc.metadata["subjects"]) is None
    # A subject of no stated kind still names the category (most formats say no kind).
    data = _g2_with_subjects("<subject><name>Maritime</name></subject>")
    (doc,) = wire_documents(RawDocument("/s.xml", data, "h", len(data))) or []
    assert doc.metadata["category"] == "Maritime"
