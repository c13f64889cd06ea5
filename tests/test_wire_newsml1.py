"""NewsML 1.x: NewsItem/NewsComponent, body components, photos, revision-free ids."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.wire_helpers import dev, fixture, needs_wire_dev, only_item
from wirecopy.tasks.formats.wire import parse_wire


def test_afp_style_item_with_nitf_body_and_photo() -> None:
    item = only_item(fixture("newsml1_afp_style.xml"))
    assert item.item_id == "urn:newsml:northwind.example:20241120:EXP-ORCHARD-77"
    assert item.version == "2"
    assert item.headline == "Late frost spares most of the valley's apple orchards"
    assert item.authors == ("Tomasz Wierzba",)
    assert item.dateline == "ORCHARD VALE, Nov 20"
    assert item.first_created == datetime(2024, 11, 20, 8, 15, tzinfo=UTC)
    assert item.version_created == datetime(2024, 11, 20, 9, 25, tzinfo=UTC)
    assert item.copyright_holder == "Northwind Wire"
    assert item.provider == "Northwind Wire"
    assert item.paragraphs[0].startswith("ORCHARD VALE (NWA) - Growers")
    assert (
        item.paragraphs[-1]
        == "About one orchard in ten reported lost blossom, the growers' cooperative said."
    )
    (image,) = item.images
    assert image.url == "https://img.example.org/nwa/frost-hires.jpg"
    assert image.caption == "Frost on apple blossom near Orchard Vale."
    assert image.credit == "NWA/Kasia Lis"


BUSINESS_WIRE = [
    (
        "ninjs-NewsML-businesswire-newsml-20130515006361.xml",
        "Dell Redefines Workstation Computing Boundaries with Smallest Tower and Most Powerful "
        "Rack Workstations",
        "Dell today announced an expanded and stronger Dell Precision workstation portfolio",
        "Availability of Dell Precision T1700s in Argentina in the coming months",
        "2013-05-16",
    ),
    (
        "ninjs-NewsML-businesswire-newsml-20130605006126.xml",
        "Cambrios被Gartner評選為「最酷供應商」",
        "(美國商業資訊)--為透明及軟性導體市場提供銀奈米線解決方案的領導廠商",
        "免責聲明：本公告之原文版本乃官方授權版本。",
        "2013-06-05",
    ),
    (
        "ninjs-NewsML-businesswire-newsml-20130731006140.xml",
        "Lunch Taking a Toll? Let Applebee’s® Industrial Strength Lunch Decoy Stand In",
        "With more Applebee’s® Lunch Combos than ever",
        "Applebee’s Neighborhood Grill and Bar® (www.applebees.com) is the world’s largest",
        "2013-07-31",
    ),
]


@needs_wire_dev
@pytest.mark.parametrize(("name", "headline", "first", "last", "day"), BUSINESS_WIRE)
def test_business_wire_releases(name: str, headline: str, first: str, last: str, day: str) -> None:
    item = only_item(dev(name))
    assert item.headline == headline
    assert item.paragraphs[0].startswith(first)
    assert item.paragraphs[-1].startswith(last)
    assert item.published_at is not None and item.published_at.date().isoformat() == day
    assert item.provider == "Business Wire"
    assert item.copyright_holder == "Business Wire"
    # The contact block and the logo are not body text or pictures of the story.
    assert all("@" not in p or "www." in p for p in item.paragraphs[:3])
    assert all("Logo" not in (im.url or "") for im in item.images)


@needs_wire_dev
def test_business_wire_photo_and_mojibake_repaired() -> None:
    item = only_item(dev("ninjs-NewsML-businesswire-newsml-20130515006361.xml"))
    assert item.images and item.images[0].url.endswith("/5/00095.jpg")  # widest rendition
    assert item.images[0].caption is not None and "(Photo: Business Wire)" in item.images[0].caption
    assert item.subheadline is not None and "Dell’s leadership" in item.subheadline
    assert item.extra["source"] == "Dell Inc."


def test_the_language_set_on_the_newsml_root_is_the_items() -> None:
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><NewsML Version="1.2" xml:lang="it"><NewsItem>'
        "<Identification><NewsIdentifier><ProviderId>askanews.it</ProviderId><DateId>20240604"
        "</DateId><NewsItemId>00241</NewsItemId><RevisionId>1</RevisionId></NewsIdentifier>"
        "</Identification><NewsComponent><NewsLines><HeadLine>Musei aperti la sera</HeadLine>"
        '</NewsLines><ContentItem><MediaType FormalName="Text"/><DataContent><p>La Galleria apre '
        "la sera.</p><p>Le sale al primo piano sono visitabili.</p></DataContent></ContentItem>"
        "</NewsComponent></NewsItem></NewsML>"
    )
    item = only_item(parse_wire(xml.encode()))
    assert item.language == "it"


@pytest.mark.parametrize("element", ["DateAndTime", "DateAndTimeOfChange"])
def test_an_embargoed_items_release_time_is_read(element: str) -> None:
    # NewsML 1.2: <StatusWillChange><FutureStatus/><DateAndTime>…</DateAndTime>.
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><NewsML Version="1.2"><NewsItem>'
        "<Identification><NewsIdentifier><ProviderId>bgnes.example</ProviderId><DateId>20240312"
        "</DateId><NewsItemId>1120</NewsItemId><RevisionId>1</RevisionId></NewsIdentifier>"
        '</Identification><NewsManagement><NewsItemType FormalName="News"/><FirstCreated>'
        '20240312T111500+0200</FirstCreated><Status FormalName="Embargoed"/><StatusWillChange>'
        f'<FutureStatus FormalName="Usable"/><{element}>20240312T140000+0200</{element}>'
        "</StatusWillChange></NewsManagement><NewsComponent><NewsLines><HeadLine>Quay</HeadLine>"
        '</NewsLines><ContentItem><MediaType FormalName="Text"/><DataContent><p>The quay opens.'
        "</p></DataContent></ContentItem></NewsComponent></NewsItem></NewsML>"
    )
    item = only_item(parse_wire(xml.encode()))
    assert item.pub_status == "usable"
    assert item.embargoed_until == datetime(2024, 3, 12, 12, 0, tzinfo=UTC)


def test_a_main_package_wrapping_its_main_text_and_a_photo_with_its_text_caption() -> None:
    # A "Main" component that only wraps its "Main Text" (plain text in CDATA) and a photo
    # component whose caption is its own text item: the body is the text, not nothing.
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><NewsML Version="1.2"><NewsItem>'
        "<Identification><NewsIdentifier><ProviderId>hpa.example</ProviderId><DateId>20240521"
        "</DateId><NewsItemId>0418</NewsItemId><RevisionId>1</RevisionId></NewsIdentifier>"
        '</Identification><NewsComponent><Role FormalName="Main"/><NewsLines><HeadLine>'
        'Solar desalination plant opens</HeadLine></NewsLines><NewsComponent><Role FormalName="'
        'Main Text"/><ContentItem><MediaType FormalName="Text"/><MimeType FormalName='
        '"text/plain"/><DataContent><![CDATA[PELLA, May 21 (HPA) - The plant opened.\n\n'
        "It serves 8,000 people.]]></DataContent></ContentItem></NewsComponent><NewsComponent>"
        '<Role FormalName="Photo"/><NewsLines><CreditLine>Photo HPA</CreditLine></NewsLines>'
        '<ContentItem Href="https://hpa.example/p/plant.jpg"><MediaType FormalName="Photo"/>'
        '</ContentItem><ContentItem><MediaType FormalName="Text"/><DataContent>The minister at '
        "the plant.</DataContent></ContentItem></NewsComponent></NewsComponent></NewsItem>"
        "</NewsML>"
    )
    item = only_item(parse_wire(xml.encode()))
    assert item.paragraphs == ("PELLA, May 21 (HPA) - The plant opened.", "It serves 8,000 people.")
    assert [(im.url, im.caption) for im in item.images] == [
        ("https://hpa.example/p/plant.jpg", "The minister at the plant.")
    ]
