"""Faults a cold review found in session 36's change (2b57965..4d4d56c), each reproduced."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from tests._helpers_pure import STORY, clean, clean_items, clean_with_line
from wirecopy.tasks.cleaning.credits import split_credits
from wirecopy.tasks.formats.markdown import markdown_blocks
from wirecopy.tasks.html.extract import extract_html

# -- story lines the new rules took (R1-R10, R12-R14) -----------------------------------------

_STORY_LINES = [
    # R1: a route's arrow in a sentence citing a paper in book-title marks
    "据《人民日报》报道，京沪高铁北京→上海方向的车票已全部售罄。",
    # R2, R3: a piece's coverage, "this information", a canal
    "The BBC's coverage of the coronation on its main channel drew 20 million viewers in Britain.",
    "Según esta información, el tráfico por el Canal de Panamá cayó un 30 % en el último "
    "trimestre.",
    # R4: "reproduced" as played, a law's article
    "Según esta información, el vídeo fue reproducido más de un millón de veces en las redes "
    "sociales.",
    "Segundo este artigo da Constituição, o texto não pode ser reproduzido sem autorização do "
    "Congresso.",
    # R6, R7: funders of a decree, an army's inquiry, a report's data
    "Megjelent a kormányrendelet: a debreceni vasútállomás felújítása az Európai Unió "
    "támogatásával valósul meg.",
    "התחקיר של הצבא נערך בתמיכת משרד הביטחון ופורסם ביום שלישי.",
    "Этот материал следствие получило при поддержке ФСБ, уточнили в ведомстве.",
    "Laporan ini didukung oleh data Badan Pusat Statistik yang menunjukkan kemiskinan turun.",
    # R8: a bus line's timetable, an index's schedule
    "Η νέα λεωφορειακή γραμμή κυκλοφορεί κάθε Δευτέρα και Πέμπτη από τις 7 το πρωί.",
    "The index is published every Monday by the statistics office.",
    # R9: a scam's "click here"
    "The fake text messages urge recipients to click here to claim an unpaid parcel fee.",
    "ठगों के मैसेज में लिखा होता है कि इनाम पाने के लिए यहां क्लिक करें और बैंक विवरण भरें।",
    # R10: a reported call, another body's account
    "محکمہ موسمیات نے شہریوں سے کہا ہے کہ موسم کی تازہ ترین خبروں کے لیے محکمے کا واٹس ایپ چینل "
    "فالو کریں۔",
    "Vatandaşlar, kesintilerle ilgili gelişmelerden belediyenin Instagram hesabından haberdar "
    "olabilirsiniz.",
    # R12: a licence in the news
    "Its contents will be available under Creative Commons licences from May.",
    "All content in the museum's online collection is now available under a Creative Commons "
    "licence.",
    # R13: a speaker's label and a spaced Chinese sentence
    "专家提醒：高温天气持续 市民出行注意防暑降温",
    # R14: a ship's name in capitals
    "STAR FLYER",
]


@pytest.mark.parametrize("line", _STORY_LINES)
@pytest.mark.parametrize("where", ["mid", "end"])
def test_story_lines_the_review_found_taken_stay(line: str, where: str) -> None:
    assert line in clean_with_line(line, where).body_text


@pytest.mark.parametrize(
    "lead",
    [
        "Laporan ini, yang didukung oleh Bank Dunia, menunjukkan angka kemiskinan di Indonesia "
        "turun menjadi 9,0 persen pada Maret 2024.",
        "Dieser Bericht, in Zusammenarbeit mit der OECD erstellt, zeigt einen Rückgang der Armut "
        "in Europa um drei Prozent.",
    ],
)
def test_a_lead_on_a_reports_findings_stays_over_the_story(lead: str) -> None:
    # R5: "this report" beside its supporter is a study's story when it says what it shows
    article = clean("Armut sinkt\n\n" + lead + "\n\n" + "\n\n".join(STORY[1:]) + "\n")
    assert lead in article.body_text


# -- Markdown's emphasis (R11, R18) ------------------------------------------------------------

_FRONT = '---\ntitle: "Ferry names"\ndate: 2024-03-12T10:00:00Z\n---\n\n'


def test_emphasised_stanzas_after_a_colon_stay() -> None:
    body = (
        "BERGEN (NTB) – The new ferries were named on Tuesday at the quay in Bergen.\n\n"
        "The mayor read the poem aloud in both languages:\n\n"
        "*It is that dream we carry with us, that something wonderful will happen*\n\n"
        "*that time will open, that the heart will open*\n"
    )
    article = clean(_FRONT + body, "file:///wire/in/story.md")
    assert "that time will open" in article.body_text
    assert "something wonderful will happen" in article.body_text


def test_markdown_link_targets_on_hostile_input_stay_linear() -> None:
    # R18: "](" repeated read each link target to the end of the paragraph (quadratic)
    started = time.perf_counter()
    markdown_blocks("Story.\n\n" + "](" * 25000)
    assert time.perf_counter() - started < 1.0


# -- credits and pictures (R15, R16) ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Delegates of the farmers' unions pose before the talks in Karnal - Group photo",
        "The squad at Lord's - Team photo",
        "गेहूं की फसल काटते किसान - प्रतीकात्मक फोटो",
    ],
)
def test_a_kind_of_photo_after_a_dash_is_no_credit(text: str) -> None:
    assert split_credits(text).credits == ()


def test_a_story_photo_at_an_ad_slots_size_stays() -> None:
    page = extract_html(
        "<html><body><article><p>The council approved the new solar park on Tuesday after a "
        'long debate.</p><p><img src="https://news.example.com/img/karnal-farmers-march.jpg" '
        'width="300" height="250" alt=""></p><p>Work starts in May and ends next year, the '
        "council said in a statement.</p></article></body></html>",
        "https://news.example.com/story",
    )
    assert [i.url.rsplit("/", 1)[-1] for i in page.images] == ["karnal-farmers-march.jpg"]


# -- NITF's web pubdata (R17) -----------------------------------------------------------------


def test_a_web_items_next_day_pubdata_is_its_publication() -> None:
    nitf = (
        b'<?xml version="1.0"?><nitf><head><title>Bridge</title><docdata>'
        b'<date.issue norm="20240301T083000+0100"/></docdata>'
        b'<pubdata type="web" date.publication="20240302"/></head><body><body.head><hedline>'
        b"<hl1>Bridge reopens</hl1></hedline></body.head><body.content><p>The bridge reopened "
        b"on Saturday after repairs.</p></body.content></body></nitf>"
    )
    (article,) = clean_items(nitf, "file:///wire/in/bridge.xml")
    assert article.published_at == datetime(2024, 3, 2, tzinfo=UTC)
