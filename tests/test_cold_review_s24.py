"""Session 24's cold review: the faults a reviewer who had not written the change found, each
reproduced here (these tests fail on the code before the mends) with its intended case."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests._helpers_pure import clean
from wirecopy.tasks.cleaning.credits import split_credits
from wirecopy.tasks.cleaning.shapes import closing_signature
from wirecopy.tasks.formats.bylines import authors_from_byline
from wirecopy.tasks.formats.decoding import decode_text
from wirecopy.tasks.formats.digest import digest_parts
from wirecopy.tasks.formats.iptc7901 import embargo_time
from wirecopy.tasks.formats.wire import parse_wire
from wirecopy.tasks.html.extract import extract_html

FIRST = "The ferry operator said on Tuesday that late sailings will move by ten minutes."
MIDDLE = "Tickets bought before Monday stay valid on every route until the end of April."
LAST = "The change affects three routes across the bay."


def _story(*closing: str) -> str:
    dateline = f"HAMBURG, March 5 (Continental Press Agency) - {FIRST}"
    return "\n\n".join(["Ferry Timetable Changes", dateline, MIDDLE, LAST, *closing]) + "\n"


@pytest.mark.parametrize(
    "text",
    [
        "Jane" + " " * 20000 + "x",  # the phone number's pattern backtracked over the spaces
        "राम " + "क" * 30 + "!",  # a name's letters in two alternatives: exponential
    ],
)
def test_a_hostile_closing_line_is_read_in_linear_time(text: str) -> None:
    started = time.perf_counter()
    closing_signature(text)
    clean(_story(text))
    assert time.perf_counter() - started < 2.0


def test_a_capture_of_many_unclosed_telex_messages_is_read_in_linear_time() -> None:
    capture = "ZCZC\nHDR\nHeadline\nThe council approved its budget.\nNNNN\n" + "ZCZC\nh\n" * 10000
    started = time.perf_counter()
    wire = parse_wire(capture.encode())
    assert time.perf_counter() - started < 2.0
    assert wire is not None and [i.headline for i in wire.items] == ["Headline"]


@pytest.mark.parametrize(
    "closing",
    [
        "وسيبدأ الدوام الأسبوع المقبل",  # an Arabic sentence without its stop
        "Amnesty International",
        "Human Rights Watch",
        "New York, USA",
        "Jane Doe, Bad Ischl",
        "(President Joe Biden is expected to sign the bill before the deadline.)",
        "Think you have been scammed? Contact your bank immediately and report it to Action "
        "Fraud at actionfraud.police.uk.",
    ],
)
def test_story_lines_closing_agency_copy_stay_and_name_no_writer(closing: str) -> None:
    article = clean(_story(closing))
    assert article.body_text.endswith(closing)
    assert article.authors == []


def test_a_press_reviews_sources_with_their_dates_stay() -> None:
    sources = ("(Süddeutsche Zeitung, 12.1.2024)", "(Neue Osnabrücker Zeitung, 12.1.2024)")
    article = clean(_story("Die Zeitung schreibt zum Haushalt: Es fehlt an Mut.", *sources))
    assert article.body_text.endswith(sources[1]) and article.authors == []


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("أحمد وليد حسن", ("أحمد وليد حسن",)),  # one man, Walid his second name
        ("דוד ולדימיר כהן", ("דוד ולדימיר כהן",)),
        ("محمد علي وأحمد حسن", ("محمد علي", "أحمد حسن")),  # two writers
    ],
)
def test_a_letter_and_parts_two_names_only(byline: str, authors: tuple[str, ...]) -> None:
    assert authors_from_byline(byline) == authors


@pytest.mark.parametrize(
    "caption",
    [
        "Das Kabinett in Berlin (Bildmitte: Olaf Scholz)",
        "Die Siegerinnen (Siegerin: Lara Gut-Behrami)",
        "The 1500m final in Paris. Winner: Faith Kipyegon",
        "Training before the final. Captain: Harry Kane",
        "Liverpool at Anfield — Coach: Jürgen Klopp",
        "Thousands marched on Sunday. Photo: protesters outside parliament",
    ],
)
def test_a_captions_own_labelled_fields_are_no_credits(caption: str) -> None:
    assert split_credits(caption).credits == ()


def test_a_lead_paragraph_after_a_credit_in_the_pictures_wrapper_stays_the_storys() -> None:
    lead = "The city council approved the new budget on Tuesday after a long debate."
    rest = "".join(
        f"<p>Story paragraph {n} goes on about the harbour and its quay.</p>" for n in range(6)
    )
    page = (
        "<html><body><article><h1>Budget</h1><div class='article-top'><img src='/m/hall-1.jpg' "
        "width='1024'><span class='credit'>Photo: Jane Doe/City News</span>"
        f"<p>{lead}</p></div>{rest}</article></body></html>"
    )
    result = extract_html(page, "https://news.example/budget")
    assert result.paragraphs[0] == lead
    assert [(i.caption, i.credits) for i in result.images] == [(None, ("Jane Doe/City News",))]


def test_a_programmes_days_over_their_times_part_no_digest() -> None:
    release = (
        "Stadtfest Linz: Das Programm steht\n\nLINZ, 12. Juni – Die Stadt feiert am Wochenende "
        "ihr Stadtfest mit Musik, Markt und Feuerwerk an der Donau, teilte das Amt mit.\n\n"
        "Samstag\n10.00 Uhr Eröffnung am Hauptplatz\n\nDer Bürgermeister eröffnet das Fest mit "
        "den Blasmusikkapellen der Stadt, danach beginnt der Markt am Ufer.\n\n"
        "Sonntag\n11.00 Uhr Frühschoppen im Volksgarten\n\nAm Sonntag spielen drei Bands im "
        "Volksgarten, der Eintritt ist an beiden Tagen frei für alle Gäste.\n"
        + "-" * 20
        + "\nRückfragen: Presseamt der Stadt\n"
    )
    assert digest_parts(release) is None


def test_a_headline_opening_with_a_figure_keeps_it_in_a_digest() -> None:
    item = (
        "{title}\n12.03.2024 10:05\n\n"
        "Der Verein trennte sich am Montag von seinem Trainer, teilte er mit.\n"
    )
    bulletin = (
        item.format(title="1. FC Köln trennt sich von Trainer")
        + "=" * 20
        + "\n"
        + item.format(title="3. Liga: Dynamo Dresden gewinnt Spitzenspiel")
    )
    found = digest_parts(bulletin)
    assert found is not None
    assert [s.splitlines()[0] for s in found[0]] == [
        "1. FC Köln trennt sich von Trainer",
        "3. Liga: Dynamo Dresden gewinnt Spitzenspiel",
    ]


def test_embargo_times_keep_their_meridiem_zone_and_the_next_year() -> None:
    assert embargo_time("EMBARGOED UNTIL 2:00 P.M. EST, THURSDAY, MAY 16, 2024") == datetime(
        2024, 5, 16, 19, 0, tzinfo=UTC
    )
    assert embargo_time("EMBARGOED UNTIL 6 P.M. EDT, MAY 16, 2024") == datetime(
        2024, 5, 16, 22, 0, tzinfo=UTC
    )
    sent = datetime(2024, 12, 30, 14, 42, tzinfo=timezone(timedelta(hours=-5)))
    found = embargo_time("ADVANCE FOR SUNDAY, JAN. 5", 2024, sent)
    assert found is not None and found.date().isoformat() == "2025-01-05"


def test_a_headline_opening_for_release_is_no_note() -> None:
    text = (
        "\x01hna0101 3 pol 0120\r\n\x02FOR RELEASE OF HOSTAGES, ISRAEL OFFERS SIX-WEEK PAUSE\r\n"
        "  JERUSALEM (HNA) - Israel offered a six-week pause on Tuesday.\r\n\x03"
    )
    (item,) = parse_wire(text.encode()).items
    assert item.headline == "FOR RELEASE OF HOSTAGES, ISRAEL OFFERS SIX-WEEK PAUSE"
    assert item.ed_note is None


def test_two_pictures_of_one_generic_file_name_stay_two() -> None:
    rss = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/'
        'content/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>N</title><item>'
        "<title>Quay</title><link>https://n.example/1</link>"
        '<media:content url="https://i.example/abc123/original.jpg" medium="image"/>'
        "<content:encoded><![CDATA[<p>The quay opened on Monday after two years of work.</p>"
        '<figure><img src="https://i.example/abc123/original.jpg"><figcaption>The quay'
        '</figcaption></figure><figure><img src="https://i.example/def456/original.jpg">'
        "<figcaption>The ferry</figcaption></figure><p>Boats moored there first.</p>]]>"
        "</content:encoded></item></channel></rss>"
    )
    (item,) = parse_wire(rss.encode()).items
    assert [i.caption for i in item.images] == ["The quay", "The ferry"]


def test_a_photo_components_picture_data_is_no_caption() -> None:
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><NewsML Version="1.2"><NewsItem>'
        "<Identification><NewsIdentifier><ProviderId>hpa.example</ProviderId><DateId>20240521"
        "</DateId><NewsItemId>1</NewsItemId><RevisionId>1</RevisionId></NewsIdentifier>"
        '</Identification><NewsComponent><Role FormalName="Main"/><NewsLines><HeadLine>Quay'
        '</HeadLine></NewsLines><NewsComponent><Role FormalName="Main Text"/><ContentItem>'
        '<MediaType FormalName="Text"/><DataContent>The quay opened.</DataContent></ContentItem>'
        '</NewsComponent><NewsComponent><Role FormalName="Photo"/><ContentItem Href="https://'
        'hpa.example/q.jpg"><MediaType FormalName="Photo"/></ContentItem><ContentItem>'
        '<MediaType FormalName="Photo"/><MimeType FormalName="image/jpeg"/><DataContent '
        'Encoding="base64">/9j/4AAQSkZJRgABAQEASABIAAD</DataContent></ContentItem>'
        "</NewsComponent></NewsComponent></NewsItem></NewsML>"
    )
    (item,) = parse_wire(xml.encode()).items
    assert [im.caption for im in item.images] == [None]


def test_a_logos_heading_finds_no_consent_notice_and_related_summaries_make_no_story() -> None:
    consent = "".join(
        f"<p>Harbour Herald uses cookies to measure its audience, paragraph {n}.</p>"
        for n in range(3)
    )
    teaser = "The council approved the new budget on Tuesday after a long debate."
    related = ",".join(
        f'{{title:"Other story {n}",url:"/s/{n}",summary:"\\u003Cp\\u003EAnother story about '
        f'the harbour and its quay number {n} goes here.\\u003C\\u002Fp\\u003E"}}'
        for n in range(6)
    )
    page = (
        "<html><head><meta property='og:title' content='Council approves new budget for the "
        "harbour'></head><body><header><h1>Harbour Herald</h1></header><article>"
        f"<p>{teaser}</p><p>Subscribe to read more.</p></article>"
        f"<script>var consent = {json.dumps(consent)};</script>"
        f"<script>window.__NUXT__={{data:[{{related:[{related}]}}]}};</script></body></html>"
    )
    paragraphs = extract_html(page, "https://herald.example/budget").paragraphs
    assert teaser in paragraphs
    assert not any("cookies" in p or "Another story" in p for p in paragraphs)


def test_iso_2022_kr_text_is_read() -> None:
    text = "서울 시의회는 12일 새 예산안을 통과시켰다.\n\n시장은 환영했다.\n" * 3
    assert decode_text(text.encode("iso2022_kr")) == text
