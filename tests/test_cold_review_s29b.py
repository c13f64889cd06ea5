"""The cold review of session 29's own diff (39ee37a..2cad86f, by a helper who had not written
it): each case failed at 2cad86f and asserts what the mend keeps (G01-G08)."""

from __future__ import annotations

import lxml.html
import pytest

from tests._helpers_pure import STORY, STORY_HEAD
from tests._helpers_pure import clean as _clean
from tests._helpers_pure import raw_doc as _raw
from wirecopy.tasks.formats.decoding import legacy_text
from wirecopy.tasks.html.extract import extract_html
from wirecopy.tasks.html.recall import _without_furniture
from wirecopy.tasks.parse import parse_input

HEAD = STORY_HEAD
P1, P2, P3 = STORY


@pytest.mark.parametrize("where", ["mid", "end"])
def test_g01_hindi_fraud_sentence_with_click_is_no_call(where: str) -> None:
    """G01 rules.py:173 _CALL_CLOSING's "click" + any word: a news sentence saying a victim
    clicked a link sent on WhatsApp is removed as a "call to follow" (platform_call)."""
    line = "साइबर ठगों ने व्हाट्सएप पर एक लिंक भेजा, जिस पर पीड़ित ने क्लिक किया।"
    paras = [P1, line, P2, P3] if where == "mid" else [P1, P2, P3, line]
    article = _clean(HEAD + "\n\n" + "\n\n".join(paras) + "\n")
    assert line in article.body_text


def test_g02_cofunded_project_sentence_in_agency_copy_stays() -> None:
    """G02 shapes.py:397 DISCLAIMER's bare "(su|co|ko)-?financ\\w+": an agency story's last
    sentence that a project is EU co-financed, naming the agency, is dropped as an outlet note."""
    last = "Projekt je sufinanciran sredstvima Europske unije, doznaje Hina."
    paras = [
        "ZAGREB, 12. ožujka (Hina) - Vlada je u utorak odobrila nabavu novog trajekta za linije "
        "prema otocima vrijednog 30 milijuna eura.",
        "Trajekt će prevoziti do 600 putnika i 150 automobila, a u promet bi trebao ući 2027. "
        "godine.",
        "U Jadroliniji kažu da će novi brod zamijeniti dva starija plovila.",
        last,
    ]
    article = _clean(
        "Hrvatska dobiva novi trajekt za otočne linije\n\n" + "\n\n".join(paras) + "\n"
    )
    assert last in article.body_text


@pytest.mark.parametrize(
    "icelandic", ["Veðurstofan varar við stormi", "Veðrið verður gott um helgina"]
)
def test_g03_short_icelandic_without_vowel_accents_stays_western(icelandic: str) -> None:
    """G03 decoding.py:211/237 _turkish: Icelandic with ð but no á/é/í/ó/ú reads as Turkish
    ("Veğurstofan varar viğ stormi")."""
    assert legacy_text(icelandic.encode("cp1252")) == icelandic


def test_g04_a_lowercase_word_in_brackets_before_a_full_stop_is_no_dateline() -> None:
    """G04 iptc7901.py:119 the dotted dateline accepts any lower-case word in brackets as an
    agency code: a first sentence ending "(vorlaeufig)." becomes the dateline and the wire."""
    body = (
        "Die Arbeitslosenquote im Euroraum ist im Mai auf 6,4 Prozent gesunken (vorlaeufig). Das"
        "\r\nteilte das Statistikamt Eurostat am Dienstag in Luxemburg mit.\r\n\r\n"
        "Im April hatte die Quote noch bei 6,5 Prozent gelegen."
    )
    data = (
        "ZCZC\r\n\x01hwn0417 3 wi 130 lsc\r\nWirtschaft/Arbeitsmarkt\r\n\x02Arbeitslosigkeit "
        f"im Euroraum sinkt\r\n\r\n{body}\r\n\r\nhwn/kue\r\n141532 Jun 11\r\n\x03\r\nNNNN\r\n"
    ).encode("latin-1")
    [doc] = parse_input(_raw(data, "file:///wire/in/hwn.txt"))
    assert doc.metadata.get("wire") != "vorlaeufig"
    assert not (doc.metadata.get("dateline") or "").startswith("Die Arbeitslosenquote")


@pytest.mark.parametrize(
    ("head", "sub"),
    [
        ("Sport", "Champions League final 2024: kick-off moved to 21:00"),
        ("Wahlen", "Landtagswahl 2024: Wahllokale schließen um 18:00 Uhr"),
        (HEAD, "Last crossing moves to 23:30 from May 2025"),
    ],
)
def test_g05_a_headline_with_a_time_and_a_year_is_no_stamp(head: str, sub: str) -> None:
    """G05 blocks.py:1115 _timed_and_dated: any short second header line with a clock time and a
    year is a "stamp": under a section label the real headline is dropped and the label becomes
    the title; under a headline its subheadline is dropped."""
    article = _clean(f"{head}\n\n{sub}\n\n{P1}\n\n{P2}\n")
    assert sub in (article.title or "") or sub in article.body_text


def test_g06_a_story_quoting_lorem_ipsum_keeps_the_paragraph() -> None:
    """G06 body.py:494 is_placeholder_text: a real paragraph reporting that a site showed the
    placeholder text (quoting it) is removed as placeholder_text."""
    story = [
        "The city council on Tuesday approved a plan to extend the number 4 tram line to the "
        "new hospital in the north of the city.",
        "For several hours on Monday the city's new tourism website showed “Lorem ipsum dolor "
        "sit amet, consectetur adipiscing elit” instead of the tram timetable.",
        "A spokeswoman blamed a contractor and said the placeholder text had been replaced by "
        "Tuesday morning.",
        "The opposition voted against the plan, arguing that buses could serve the hospital at "
        "a fraction of the cost.",
    ]
    html = (
        "<html><head><title>Tram</title></head><body><article><h1>Tram plan approved</h1>"
        + "".join(f"<p>{t}</p>" for t in story)
        + "</article></body></html>"
    )
    page = extract_html(html, "https://citynews.example.com/2024/06/04/tram")
    assert story[1] in page.paragraphs


@pytest.mark.parametrize("name", ["佐藤かおる", "高橋ひかる", "中村ひなた", "林さくら"])
def test_g07_a_reporters_kana_given_name_signing_off_is_the_author(name: str) -> None:
    """G07 shapes.py:1236/1241 _BRACKETED_NAME / _NOT_A_NAME_END: given names ending in る/た
    (Kaoru, Hikaru, Hinata) or a one-kanji surname (林) are no longer names: the sign-off is
    dropped but its author is lost ("（佐藤かおり）" still gives one)."""
    text = (
        "港のフェリー、夜間便を増便へ\n\n【横浜】横浜市は１２日、港のフェリーの夜間便を５月から"
        f"増便すると発表した。\n\n市によると、平日の夜に３便を加える。\n\n（{name}）\n"
    )
    assert _clean(text).authors == [name]


def test_g08_a_blockquotes_footer_is_not_the_pages_footer() -> None:
    """G08 recall.py:1871 _without_furniture: on a page without <article>/<main>, the HTML
    <footer> attributing a <blockquote> is taken as the page's last footer and every story
    paragraph after the quote (under 30% of the text) leaves the fallback body."""
    story = [
        "The city council on Tuesday approved a plan to extend the number 4 tram line to the "
        "new hospital in the north of the city.",
        "The extension, about 2.3 kilometres long with four new stops, is expected to cost 48 "
        "million euros and open in 2027.",
        "Mayor Anna Weber said the line would give patients and staff a direct link to the main "
        "station for the first time.",
        "We waited twenty years for this line.",
        "The opposition voted against the plan, arguing that buses could serve the hospital at "
        "a fraction of the cost.",
        "A final vote on the budget is expected in September.",
    ]
    html = (
        "<html><body><div id='header'>City News</div><div class='story'><h1>Tram plan approved"
        "</h1>"
        + "".join(f"<p>{t}</p>" for t in story[:3])
        + f"<blockquote><p>{story[3]}</p><footer>Hospital director Eva Lind</footer></blockquote>"
        + "".join(f"<p>{t}</p>" for t in story[4:])
        + "</div><div id='footer'>© City News</div></body></html>"
    )
    assert _without_furniture(story, lxml.html.fromstring(html)) == story
