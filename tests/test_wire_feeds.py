"""Atom and RSS: full-content entries become items; link-only feeds become URLs to fetch."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests._helpers_pure import raw_doc
from tests.wire_helpers import fixture
from wirecopy.schemas.records import Article
from wirecopy.tasks.clean import clean_document
from wirecopy.tasks.formats.wire import parse_wire
from wirecopy.tasks.parse import parse_input


def test_atom_html_and_xhtml_content() -> None:
    wire = fixture("atom_full.xml")
    assert wire.fetch_urls == ()
    bridge, choir = wire.items
    assert bridge.headline == "Bridge repairs finish early"  # html title without its tags
    assert bridge.origin_url == "https://news.example.org/2024/11/20/bridge-repairs"
    assert bridge.first_created == datetime(2024, 11, 20, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    assert bridge.authors == ("Maren Holt",)
    assert bridge.language == "en"
    assert bridge.paragraphs == (
        "Repairs to the old stone bridge at Tollmere finished a week early, the county said on "
        "Wednesday.",
        "The bridge reopens to cars on Friday.",
    )
    assert choir.paragraphs[-1] == "Forty pupils rehearse twice a week."
    assert choir.authors == ("Northwind Agency",)  # the feed's author stands in


def test_rss_content_encoded_with_media() -> None:
    (item,) = fixture("rss_full.xml").items
    assert item.headline == "Harbour seals return to the estuary"
    assert item.origin_url == "https://news.example.org/2024/11/19/harbour-seals"
    assert item.first_created == datetime(2024, 11, 19, 16, 45, tzinfo=UTC)
    assert item.authors == ("Oona Pike",)
    assert item.paragraphs == (
        "Harbour seals have returned to the Lune estuary for the first time in a decade, wardens "
        "said on Tuesday.",
        "Counts this autumn found 23 seals on the sandbanks.",
    )
    (image,) = item.images
    assert image.url == "https://img.example.org/nwa/seals.jpg"
    assert image.credit == "NWA/Oona Pike"


def test_link_only_rss_yields_urls_to_fetch() -> None:
    wire = fixture("rss_links.xml")
    assert wire.items == ()
    assert wire.fetch_urls == (
        "https://news.example.org/2024/11/20/gritting-routes",
        "https://news.example.org/2024/11/20/library-hours",
    )


def test_a_description_of_three_short_paragraphs_is_the_story() -> None:
    # A broadcaster's feed: each item's description holds its whole brief in three <p>s.
    paragraphs = [
        "Heavy snow disrupted trains in the north on Tuesday.",
        "Up to 60 centimeters could fall by Wednesday morning, forecasters said.",
        "Operators urged passengers to check before setting out.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    feed = (
        "<rss version='2.0'><channel><title>News</title><item><title>Snow</title>"
        "<link>https://broadcaster.example/news/1</link>"
        f"<description><![CDATA[{body}]]></description></item></channel></rss>"
    )
    wire = parse_wire(feed.encode())
    assert wire is not None and [i.paragraphs for i in wire.items] == [tuple(paragraphs)]


def test_atom_content_beside_media_content_and_rss_yandex_full_text() -> None:
    # Media RSS's <media:content url=…> shares the local name of Atom's <content>: the story is
    # the one without a URL; Yandex feeds carry it in <yandex:full-text>, in plain text.
    atom = (
        '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">'
        "<title>Agencia</title><entry><title>Vuelos récord</title><id>n1</id>"
        '<link rel="alternate" href="https://agencia.example/n1"/>'
        '<media:content url="https://agencia.example/n1.jpg" medium="image"/>'
        '<content type="html">&lt;p&gt;Ushuaia espera 14 vuelos diarios.&lt;/p&gt;'
        "&lt;p&gt;Las reservas superan el 85%.&lt;/p&gt;</content></entry></feed>"
    )
    (entry,) = parse_wire(atom.encode()).items
    assert entry.paragraphs == ("Ushuaia espera 14 vuelos diarios.", "Las reservas superan el 85%.")
    rss = (
        '<rss version="2.0" xmlns:yandex="http://news.yandex.ru" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Agency</title>'
        "<item><title>Bridge opens</title><link>https://agency.example/1</link>"
        "<description>A teaser.</description><dc:language>ru</dc:language>"
        "<author>anna@agency.example (Anna Kuznetsova)</author>"
        "<yandex:full-text>The bridge opened on Tuesday.\nIt is 480 metres long.</yandex:full-text>"
        "</item></channel></rss>"
    )
    (item,) = parse_wire(rss.encode()).items
    assert item.paragraphs == ("The bridge opened on Tuesday.", "It is 480 metres long.")
    assert item.language == "ru"
    assert item.authors == ("Anna Kuznetsova",)  # RSS 2.0's "e-mail (Name)"


@pytest.mark.timeout(10)  # a hang guard, not a speed test: overlapping runs in the pattern
def test_an_rss_author_of_many_ats_is_read_once_and_unknown_is_no_name() -> None:
    rss = (
        '<rss version="2.0"><channel><title>Blog</title><item><title>A post</title>'
        "<link>https://blog.example/1</link><author>{author}</author>"
        "<description>&lt;p&gt;The ferry to the island runs again from Monday morning.&lt;/p&gt;"
        "&lt;p&gt;Two boats will share the route until the summer timetable starts.&lt;/p&gt;"
        "&lt;p&gt;Tickets bought before the storm stay valid on every sailing.&lt;/p&gt;"
        "</description>"
        "</item></channel></rss>"
    )
    parse_wire(rss.replace("{author}", "@" * 20000).encode())
    (item,) = parse_wire(rss.replace("{author}", "noreply@blogger.com (Unknown)").encode()).items
    assert item.authors == ()


def test_figures_in_an_entrys_html_content_are_its_pictures() -> None:
    # A broadcaster's RSS: the story's HTML in content:encoded shows its picture in a
    # <figure>, the credit in an element classed so; an Atom entry's XHTML without a credit
    # class leaves the credit in the caption for the credit rules.
    rss = (
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>N</title>'
        "<item><title>Water meters</title><link>https://n.example/1</link><content:encoded>"
        "<![CDATA[<p>Meters go in next year across two suburbs of the city.</p><figure><img "
        'src="https://img.example/main.jpg" alt=""><figcaption><span class="caption">Workers '
        'repair a <b>main</b>.</span> <span class="credit">Photo: RNZ / Mei Lin</span>'
        "</figcaption></figure><p>The trial starts in May and runs for a whole year.</p>]]>"
        "</content:encoded></item></channel></rss>"
    )
    (item,) = parse_wire(rss.encode()).items
    assert [(i.url, i.caption, i.credit, i.role) for i in item.images] == [
        ("https://img.example/main.jpg", "Workers repair a main.", "Photo: RNZ / Mei Lin", "lead")
    ]
    assert not any("Workers" in p for p in item.paragraphs)
    atom = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>R</title><entry>'
        "<id>urn:r:1</id><title>Buses</title><updated>2024-11-20T09:00:00Z</updated>"
        '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Buses run late '
        'into the night from next week on four routes.</p><figure><img src="bus.jpg"/>'
        "<figcaption>A bus in town. Mynd: RÚV</figcaption></figure></div></content></entry></feed>"
    )
    (entry,) = parse_wire(atom.encode()).items
    assert [(i.url, i.caption, i.credit) for i in entry.images] == [
        ("bus.jpg", "A bus in town. Mynd: RÚV", None)
    ]


def test_a_feeds_thumbnail_is_its_figure_in_another_size_and_the_teaser_no_caption() -> None:
    # Dân trí's RSS: <media:thumbnail> of a smaller rendition of the figure the story shows,
    # the item's description a teaser holding the picture's markup: one picture, the figure's
    # caption; a thumbnail alone takes no caption from the teaser.
    def rss(content: str) -> bytes:
        return (
            '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/'
            'modules/content/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>D'
            "</title><item><title>Buses</title><link>https://d.example/1</link><description>"
            '<![CDATA[<a href="https://d.example/1"><img src="https://i.example/thumb_w/640/'
            '2024/07/22/bus-17216.jpg" /></a></br>Three new bus routes open.]]></description>'
            '<media:thumbnail url="https://i.example/thumb_w/640/2024/07/22/bus-17216.jpg"/>'
            f"<content:encoded><![CDATA[<p>Three new bus routes open on Monday in the city.</p>"
            f"{content}<p>Each route has eight buses running every twenty minutes.</p>]]>"
            "</content:encoded></item></channel></rss>"
        ).encode()

    figure = (
        '<figure><img src="https://i.example/2024/07/22/bus-17216.jpg"><figcaption>An electric '
        "bus on the airport route</figcaption></figure>"
    )
    (item,) = parse_wire(rss(figure)).items
    assert [(i.url, i.caption) for i in item.images] == [
        (
            "https://i.example/thumb_w/640/2024/07/22/bus-17216.jpg",
            "An electric bus on the airport route",
        )
    ]
    (alone,) = parse_wire(rss("")).items
    assert [i.caption for i in alone.images] == [None]


@pytest.mark.parametrize(
    ("opening", "dropped"),
    [
        ("Zeb Tamatea, Local Democracy Reporting", True),  # the writer's byline again
        ("By Zeb Tamatea", True),
        ("Zeb Tamatea said the council would vote on the plan in March.", False),  # a sentence
        ("Zebedee Tamatea, harbour master", False),  # another name
    ],
)
def test_a_line_naming_the_items_author_over_the_story_is_its_byline(
    opening: str, dropped: bool
) -> None:
    story = "The walkway upgrade was approved on Tuesday by the district council."
    rss = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>N</title>'
        "<item><title>Walkway</title><link>https://n.example/2</link>"
        "<dc:creator>Zeb Tamatea</dc:creator><content:encoded><![CDATA["
        f"<p>{opening}</p><p>{story}</p><p>Work starts in February next year.</p>"
        "]]></content:encoded></item></channel></rss>"
    )
    (doc,) = parse_input(raw_doc(rss, "file:///wire/in/feed.xml"))
    article = clean_document(doc)
    assert article.authors == ["Zeb Tamatea"]
    assert article.body_text.startswith(story) is dropped, article.body_text


def test_json_feed_items_with_content_links_and_pictures() -> None:
    # JSON Feed 1.1: HTML or plain-text content is the story, the item's image leads and the
    # figures of its HTML follow; an item with only a link is fetched; the feed's own name
    # as its author is no writer.
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Harbour Health News",
        "language": "en-US",
        "authors": [{"name": "Harbour Health News"}],
        "items": [
            {
                "id": "https://h.example/?p=1",
                "url": "https://h.example/clinics",
                "title": "Clinics turn to pharmacists",
                "date_published": "2024-03-12T05:00:00-04:00",
                "authors": [{"name": "Maya Castellanos"}, {"name": "Reed Alvarez"}],
                "image": "https://h.example/lead.jpg",
                "tags": ["Rural Health"],
                "content_html": "<p>Pharmacists now see patients in the town clinic.</p>"
                '<figure><img src="https://h.example/in.jpg"/><figcaption>A pharmacist at work. '
                "(Louise Tanaka for Harbour Health News)</figcaption></figure>"
                "<p>The state law took effect in October.</p>",
            },
            {"id": "2", "title": "Plain", "content_text": "One.\n\nTwo."},
            {"id": "3", "url": "https://h.example/link-only", "title": "Link only"},
        ],
    }
    wire = parse_wire(json.dumps(feed).encode())
    assert wire.format == "jsonfeed"
    clinics, plain = wire.items
    assert clinics.headline == "Clinics turn to pharmacists"
    assert clinics.authors == ("Maya Castellanos", "Reed Alvarez")
    assert clinics.paragraphs == (
        "Pharmacists now see patients in the town clinic.",
        "The state law took effect in October.",
    )
    assert [(i.url, i.role) for i in clinics.images] == [
        ("https://h.example/lead.jpg", "lead"),
        ("https://h.example/in.jpg", "inline"),
    ]
    assert clinics.images[1].caption == (
        "A pharmacist at work. (Louise Tanaka for Harbour Health News)"
    )
    assert clinics.first_created == datetime(2024, 3, 12, 9, 0, tzinfo=UTC)
    assert clinics.language == "en-US" and clinics.origin_url == "https://h.example/clinics"
    assert plain.paragraphs == ("One.", "Two.") and plain.authors == ()
    assert wire.fetch_urls == ("https://h.example/link-only",)


def test_an_atom_authors_affiliation_is_no_author_and_a_company_is_none() -> None:
    # One <author> is one person: the title and institution after the name go. A company's
    # legal form in a press wire's author field names no writer.
    atom = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>C</title><entry>'
        "<id>urn:c:1</id><title>Beaches</title><updated>2024-11-20T09:00:00Z</updated>"
        "<author><name>Hannah Whitfield, Senior Lecturer in Coastal Geomorphology, University "
        "of Newcastle</name></author><author><name>Tomás Reyes, Research Fellow, UNSW "
        "Sydney</name></author><author><name>株式会社ミドリノ</name></author>"
        '<content type="html">&lt;p&gt;Beaches erode faster on the central coast than '
        "anywhere else in the state, the survey found.&lt;/p&gt;</content></entry></feed>"
    )
    (doc,) = parse_input(raw_doc(atom, "file:///wire/in/feed.atom"))
    assert clean_document(doc).authors == ["Hannah Whitfield", "Tomás Reyes"]


def test_a_wordpress_exports_posts_are_articles_and_its_logins_writers() -> None:
    # WXR: the export lists pictures and pages beside posts; an item's dc:creator is a login,
    # which the export's author list names in full.
    wxr = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>U</title>'
        "<wp:author><wp:author_login>lmokoena</wp:author_login><wp:author_display_name>Lerato "
        "Mokoena</wp:author_display_name></wp:author>"
        "<item><title>Springs</title><link>https://u.example/springs</link><dc:creator>lmokoena"
        "</dc:creator><wp:post_type>post</wp:post_type><content:encoded><![CDATA[<p>More than 60 "
        "natural springs still flow beneath the streets of the city, a study found.</p>]]>"
        "</content:encoded></item>"
        "<item><title>spring.jpg</title><link>https://u.example/spring-jpg</link>"
        "<wp:post_type>attachment</wp:post_type></item></channel></rss>"
    )
    wire = parse_wire(wxr.encode())
    (item,) = wire.items
    assert item.authors == ("Lerato Mokoena",)
    assert wire.fetch_urls == ()
    assert [(n.item_class, n.reason) for n in wire.non_articles] == [
        ("attachment", "WordPress export item: attachment")
    ]


def test_a_figure_gives_its_caption_to_the_same_picture_in_media_rss() -> None:
    rss = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>N</title>'
        "<item><title>Bridge</title><link>https://n.example/3</link>"
        '<media:content url="https://img.example/bridge.jpg" medium="image"/>'
        "<content:encoded><![CDATA[<p>The bridge reopened on Monday after two years of work on "
        'its piers.</p><figure><img src="https://img.example/bridge.jpg"><figcaption>'
        '<span class="caption-credit-wrap">The bridge in 2020. <span class="credit">Photo: Jane '
        'Doe/AP</span> <span class="credit">Harbour Archive</span></span></figcaption></figure>'
        "]]></content:encoded></item></channel></rss>"
    )
    (item,) = parse_wire(rss.encode()).items
    assert [(i.url, i.caption, i.credit) for i in item.images] == [
        (
            "https://img.example/bridge.jpg",
            "The bridge in 2020.",
            "Photo: Jane Doe/AP; Harbour Archive",
        )
    ]


def test_two_people_in_one_atom_name_stay_two_authors() -> None:
    atom = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>C</title><entry>'
        "<id>urn:c:2</id><title>Quay</title><updated>2024-11-20T09:00:00Z</updated>"
        "<author><name>Jane Doe, John Smith</name></author>"
        '<content type="html">&lt;p&gt;The quay opened on Monday after two years of building '
        "work on the old harbour wall.&lt;/p&gt;</content></entry></feed>"
    )
    (doc,) = parse_input(raw_doc(atom, "file:///wire/in/feed.atom"))
    assert clean_document(doc).authors == ["Jane Doe", "John Smith"]


def _rdf_item(feed_title: str, creator: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f'<channel rdf:about="https://harbour.example/"><title>{feed_title}</title>'
        "<link>https://harbour.example/</link><dc:language>ja</dc:language></channel>"
        '<item rdf:about="https://harbour.example/a/1"><title>Quay</title>'
        "<link>https://harbour.example/a/1</link><dc:date>2024-03-12T18:05:00+09:00</dc:date>"
        f"<dc:creator>{creator}</dc:creator><content:encoded><![CDATA[<p>The quay opened on "
        "Monday after two years of building work on the old harbour wall.</p><p>Fishing boats "
        "were the first to moor there, the harbour office said.</p>]]></content:encoded>"
        "</item></rdf:RDF>"
    )


@pytest.mark.parametrize(
    ("feed_title", "creator", "authors"),
    [
        # The outlet named as the writer: its feed's title, or that title without the word
        # for its web edition.
        ("Te Ao Māori News", "Te Ao Māori News", []),
        ("河北新報オンライン", "河北新報", []),
        ("Harbour Herald Online", "Harbour Herald", []),
        # A blog named after its writer keeps its writer.
        ("Jane Doe's notes", "Jane Doe", ["Jane Doe"]),
        ("Jane Doe", "Jane Doe", ["Jane Doe"]),
        ("Jane Doe Online", "Jane Doe", ["Jane Doe"]),
        ("Harbour Herald Online", "Jane Doe", ["Jane Doe"]),
        # … one part of the title, or the name then what it is (a news agency), or a paper's
        # company ("琉球新報社"); a department's name with "news" further on is no outlet's.
        ("The Irrawaddy - ဧရာဝတီ", "ဧရာဝတီ", []),
        ("باختر خبري آژانس", "باختر", []),
        ("琉球新報デジタル\u3000地域", "琉球新報社", []),
        ("Bayview Ministry - News releases", "Bayview", ["Bayview"]),
        # A writer's blog whose title holds the writer's name keeps its writer.
        ("Jean-Pierre Dupont – Le blog", "Jean-Pierre Dupont", ["Jean-Pierre Dupont"]),
        ("Ирина Ким — Блог", "Ирина Ким", ["Ирина Ким"]),
        # The site's address names it too: a part of the title written as one, or the words
        # of the item's host (harbour.example) whatever the title's language.
        ("Harbourpress.bg - Новини", "Harbourpress", []),
        ("Harbour Radio - 经济发展", "Harbour", []),
    ],
)
def test_the_feeds_own_name_is_no_author(feed_title: str, creator: str, authors: list[str]) -> None:
    (doc,) = parse_input(raw_doc(_rdf_item(feed_title, creator), "file:///wire/in/feed.rdf"))
    article = clean_document(doc)
    assert article.authors == authors
    # RSS 1.0 keeps the feed's fields in its channel element: its language too.
    assert article.language == "ja"


def test_a_json_feed_items_image_shown_in_its_html_takes_the_figures_caption() -> None:
    # The item's "image" is the picture of the figure in its content_html: one picture, with
    # the figure's caption and credit; an author field naming the agency alone gives way to
    # the closing byline.
    html = (
        '<figure><img src="https://kna.example/avocado.jpg"/><figcaption>Farmers receive '
        "seedlings at Kerugoya. Photo by Wangari Njoroge</figcaption></figure>"
        "<p>More than 2,000 farmers in Kirinyaga County have received avocado seedlings.</p>"
        "<p>The county said the programme would run for three years.</p>"
        "<p>By Wangari Njoroge</p>"
    )
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Kenya News Agency",
        "items": [
            {
                "id": "185432",
                "url": "https://kna.example/avocado/",
                "title": "Kirinyaga farmers receive avocado seedlings",
                "content_html": html,
                "image": "https://kna.example/avocado.jpg",
                "authors": [{"name": "KNA"}],
            }
        ],
    }
    (doc,) = parse_input(raw_doc(json.dumps(feed), "file:///wire/in/feed.json"))
    article = clean_document(doc)
    assert [(c.image_url, c.caption_text, c.credit) for c in article.captions] == [
        (
            "https://kna.example/avocado.jpg",
            "Farmers receive seedlings at Kerugoya.",
            "Wangari Njoroge",
        )
    ]
    assert article.authors == ["Wangari Njoroge"]
    assert article.body_text.endswith("would run for three years.")


def _rss_item(host: str, creator: str, paragraphs: list[str], title: str = "Notes") -> str:
    """An RSS 2.0 feed of one item on host, by creator, its text in content:encoded."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{title}</title><link>https://{host}/</link><item><title>Quay</title>"
        f"<link>https://{host}/p/1</link><dc:creator>{creator}</dc:creator>"
        f"<content:encoded><![CDATA[{body}]]></content:encoded></item></channel></rss>"
    )


def _feed_article(rss: str) -> Article:
    (doc,) = parse_input(raw_doc(rss, "file:///wire/in/feed.rss"))
    return clean_document(doc)


# A Taiwanese paper's story: its reporter's line ("reporter X reporting from Y"), then the text.
_TAICHUNG = [
    "台中捷運藍線環境影響評估今天在環保署專案小組會議獲得有條件通過，市府表示，最快明年下半年"
    "動工，預計二○三二年完工通車。",
    "藍線全長約二十四點八公里，共設二十個車站，沿台灣大道興建，其中市區段採地下化。",
    "市府表示，後續將辦理用地取得及細部設計，並於年底前召開地方說明會。",
]


def test_a_chinese_reporters_credit_names_the_writer_and_leaves_the_body() -> None:
    # "聯合報 記者陳雨潔" in the creator field; the body opens with the reporter's line alone.
    rss = _rss_item("udn.example", "聯合報 記者陳雨潔", ["記者陳雨潔／台中報導", *_TAICHUNG])
    article = _feed_article(rss)
    assert article.authors == ["陳雨潔"]
    assert article.body_text.startswith("台中捷運藍線環境影響評估")


@pytest.mark.parametrize(
    ("host", "creator", "authors"),
    [
        # The second review: people whose names are their sites' or their platforms' labels.
        ("billmckibben.substack.com", "Bill McKibben", ["Bill McKibben"]),
        ("emilypost.com", "Emily Post", ["Emily Post"]),
        ("bbc.co.uk", "Co", ["Co"]),
        # … and outlets by their address: an acronym among the words, a name written as one.
        ("news.hb.example", "HB News", []),
        ("www.harbourtimes.org", "Harbourtimes.org", []),
    ],
)
def test_an_author_named_by_the_items_address(host: str, creator: str, authors: list[str]) -> None:
    story = [
        "The quay opened on Monday after two years of building work on the old harbour wall.",
        "Fishing boats were the first to moor there, the harbour office said.",
    ]
    assert _feed_article(_rss_item(host, creator, story)).authors == authors


def test_a_chinese_lede_after_the_reporters_words_stays() -> None:
    # The reporter's line and the lede in one paragraph: the paragraph is the story's.
    lede = "記者陳雨潔／台中報導 台中市長今天出席活動時表示，明年將全面推動長者免費健檢，讓市民安心"
    article = _feed_article(_rss_item("udn.example", "記者綜合報導", [lede, *_TAICHUNG[1:]]))
    assert article.body_text.startswith(lede)
    assert article.authors != ["綜合報導"]


def test_a_broken_origin_url_names_no_host_and_breaks_nothing() -> None:
    # Found by fuzz seed 317: an address urlsplit cannot read ("//]") in the front matter.
    text = "---\norigin_url: //]\n---\n\nThe harbour office opened the new quay on Monday.\n"
    (doc,) = parse_input(raw_doc(text, "file:///wire/in/story.md"))
    assert clean_document(doc).body_text == "The harbour office opened the new quay on Monday."


def test_a_body_that_publishes_news_named_as_the_feeds_author_is_no_writer() -> None:
    # Blogger's Atom: the foundation's own account is the entry's author, the feed's title its
    # name and "News"; a person's entry in the same feed keeps its writer.
    def atom(author: str) -> bytes:
        return (
            '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour '
            "Software Foundation News</title><entry><id>urn:h:1</id><title>Grants</title>"
            f"<updated>2025-01-20T09:00:00Z</updated><author><name>{author}</name></author>"
            '<content type="html">&lt;p&gt;The foundation opened its grants programme for the '
            "spring.&lt;/p&gt;&lt;p&gt;Applications close in March.&lt;/p&gt;</content></entry>"
            "</feed>"
        ).encode()

    (doc,) = parse_input(raw_doc(atom("Harbour Software Foundation"), "file:///wire/in/f.atom"))
    assert clean_document(doc).authors == []
    (doc,) = parse_input(raw_doc(atom("Adaeze Nwosu"), "file:///wire/in/f.atom"))
    assert clean_document(doc).authors == ["Adaeze Nwosu"]


def test_a_closing_signature_spelling_the_items_own_code_is_its_agency() -> None:
    # A ninjs item closed by the agency's name alone, which its uri spells: no writer; a
    # writer's name closing another item signs it.
    def ninjs(closing: str) -> bytes:
        item = {
            "uri": "urn:newsml:harbourziana.example:20240715:cotton",
            "type": "text",
            "headline": "Cotton farmers welcome early payments",
            "byline": "Staff Reporter",
            "body_text": "GOKWE - Farmers welcomed early payments on Monday.\n\n"
            "Deliveries rose by a third this season.\n\nBuyers paid within a week.\n\n"
            f"{closing}",
        }
        return json.dumps(item).encode()

    (doc,) = parse_input(raw_doc(ninjs("Harbour Ziana"), "file:///wire/in/n.json"))
    article = clean_document(doc)
    assert article.body_text.endswith("Buyers paid within a week.") and article.authors == []
    (doc,) = parse_input(raw_doc(ninjs("Tendai Moyo"), "file:///wire/in/n.json"))
    assert clean_document(doc).authors == ["Tendai Moyo"]


def test_a_box_of_one_picture_and_its_classed_caption_in_a_feed_body_is_a_figure() -> None:
    body = (
        '<div class="image-area"><div class="imageC"><img src="https://img.example.kr/a.jpg">'
        '</div><p class="caption">Cars queue at the village gate. Photo: City of Jeonju</p></div>'
        "<p>The city will build two car parks near the old village by 2026, it said.</p>"
        "<p>Weekend visitors number 30,000 a day, against 1,000 parking spaces.</p>"
    )
    rss = _rss_item("news.example.kr", "Kim Soyeon", []).replace(
        "<content:encoded><![CDATA[]]>", f"<content:encoded><![CDATA[{body}]]>"
    )
    article = _feed_article(rss)
    assert article.body_text.startswith("The city will build two car parks")
    assert [(c.caption_text, c.credit) for c in article.captions] == [
        ("Cars queue at the village gate.", "City of Jeonju")
    ]


def test_a_json_feed_title_escaped_for_html_is_read_as_text() -> None:
    feed = {
        "version": "https://jsonfeed.org/version/1",
        "title": "Medyascope",
        "items": [
            {
                "id": "1",
                "title": "İstanbul&#8217;da 14 yeni kütüphane &amp; okuma salonu",
                "content_text": "Belediye 14 yeni kütüphane açıyor.\n\nİlki Kadıköy'de.",
            }
        ],
    }
    (item,) = parse_wire(json.dumps(feed).encode()).items
    assert item.headline == "İstanbul’da 14 yeni kütüphane & okuma salonu"
