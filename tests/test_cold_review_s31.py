"""A cold review of session 31's diff (41706e0..2c0067f) by a reader who had not written it:
each fault it reproduced, as the input that showed it and what must happen instead."""

from __future__ import annotations

import base64
import json

import pytest

from tests._helpers_pure import STORY, clean, clean_items, clean_with_line
from wirecopy.tasks.cleaning.credits import split_credits
from wirecopy.tasks.cleaning.shapes import staff_credit
from wirecopy.tasks.html.extract import extract_html

URL = "https://news.example.org/2025/03/12/harbour-ferry"


@pytest.mark.parametrize("where", ["mid", "end"])
@pytest.mark.parametrize(
    "line",
    [
        # R1: a daily programme in a story, a presenter, a reader of no plug.
        "Chaque matin à 6h, la radio du village diffuse une émission en direct sur la crue.",
        "Sie moderiert jeden Morgen um 6 Uhr die Sendung im WDR und ist seit 1998 beim Sender.",
        "Every morning at 6 am you could hear the broadcast from the minaret, residents recalled.",
        # R2: an error and an address in the news, someone's appeal reported.
        "The error affected about 3,000 taxpayers, who can claim a refund by writing to "
        "corrections@revenue.example before June 30.",
        "Der Fehler betraf rund 3000 Steuerzahler; Betroffene können sich per E-Mail an "
        "fehler@finanzamt.example wenden.",
        "Voters who spot a mistake on the electoral register should let us know by Friday, the "
        "returning officer told reporters.",
        # R4: a sentence opening with the print view's verbs.
        "Printed copies of the report can be ordered at https://www.gov.example/budget-2024",
        "Downloaded 2 million times in a week, the app is available at https://covid.example",
        # R5: leaving a service, no mail named.
        "Wer sein Auto abmelden will, muss nicht mehr zur Zulassungsstelle: hier reicht ein "
        "Online-Antrag.",
        "Patients who do not want their records shared can opt out of the scheme at "
        "www.nhs.example/your-data before June 23.",
        # R6: a history line, a sponsor in the news.
        "Originally published as a pamphlet in 1848, the manifesto has since been translated.",
        "The sponsor of the series, Allianz, said on Tuesday it would not renew its contract.",
        "Partner der Serie ist seit 2019 der Autobauer Porsche, der den Vertrag verlängert hat.",
        # R13: a reported appeal before a borrowed verb (Urdu).
        "پولیس نے شہریوں سے اپیل کی ہے کہ وہ ٹریفک کی تازہ صورتحال کے لیے سیف سٹی کے فیس بک پیج "
        "کو فالو کریں۔",
    ],
)
def test_story_lines_the_review_found_taken_stay(line: str, where: str) -> None:
    assert line in clean_with_line(line, where).body_text


@pytest.mark.parametrize(
    "line",
    [
        # R8: advice and fundraisers closing a story, a police appeal.
        "Residents can check whether their home is affected at floodmap.example. Follow the "
        "instructions there.",
        "The ministry published guidance at gov.example/flood-warnings. Sign up for alerts.",
        "The campaign has raised $2 million from 40,000 donors. Donate to the fund at "
        "gofundme.com/ferry.",
        "Har du sett något? Mejla polisen på tips@polisen.example eller ring 114 14.",
        # R9: money and independence in a story, no call.
        "The club, owned and funded by its members, is one of the few in Europe with no "
        "advertising on its shirts.",
        "Fundacja, niezależna od rządu, utrzymuje się dzięki darczyńcom.",
        # R10: past tenses of "subscribe" and "join".
        "اشترك في الاستطلاع الذي نشرته وزارة الصحة على موقعها moh.gov.sa أكثر من 5 آلاف شخص.",
        "הצטרפו לעצומה שפורסמה באתר change.org יותר מ-10,000 איש עד יום שלישי.",
        # R11: a late call and an inbox, no outlet.
        "The advice from police is simple: read every message in your inbox carefully.",
        # R12: a court's ban on a website.
        "The court banned republication of the video on any website without permission.",
        # R14: a serial's and a transcript's closing words.
        "(To be continued)",
        "(Fortsetzung folgt)",
        "(Applause)",
        # R15: a helpline's number.
        "116123",
        # The review's close variants that stay: a modal appeal for the army is news.
        "Підтримати ЗСУ можна через фонд «Повернись живим» за посиланням savelife.in.ua.",
    ],
)
def test_closing_story_lines_the_review_found_taken_stay(line: str) -> None:
    article = clean_with_line(line, "end")
    assert article.body_text.endswith(line)


def test_a_one_word_crosshead_is_no_release_trailer_without_contacts() -> None:
    """R3: "Kontakty" heading a story's part on relations with Russia keeps its part."""
    part = [
        "Ministr uvedl, že kontakty s ruskou stranou zůstávají omezené na konzulární úroveň.",
        "Podle diplomatů se situace v nejbližších měsících nezmění.",
    ]
    text = "\n\n".join(["Česko omezí kontakty s Ruskem", *STORY, "Kontakty", *part]) + "\n"
    article = clean(text)
    assert article.body_text.endswith(part[-1])
    assert "Kontakty" in article.body_text


def test_a_headline_in_capitals_opening_with_a_cancellation_word_is_news() -> None:
    """R7: "ОТМЕНА ВИЗОВОГО РЕЖИМА …" is a headline, not a kill."""
    text = (
        "ZCZC\r\n\x01TSS0412 4 pol 210 TASS\r\n\x02\r\n"
        "   ОТМЕНА ВИЗОВОГО РЕЖИМА С ГРУЗИЕЙ ВСТУПИЛА В СИЛУ\r\n\r\n"
        "   МОСКВА, 10 мая. /ТАСС/. Безвизовый режим вступил в силу в среду.\r\n"
        "   Решение принято в апреле.\r\n\r\n\x03\r\nNNNN\r\n"
    )
    (article,) = clean_items(text.encode("utf-8"), "file:///wire/in/tass.txt")
    assert not article.release.withdrawn


@pytest.mark.parametrize(
    "text",
    [
        # R16: an event or a word in capitals after the dash names no credit.
        "Greece's players celebrate after beating Spain in Athens - EURO 2024",
        "Protesters march through central Athens - GENERAL STRIKE",
        "Χιλιάδες πολίτες στο συλλαλητήριο για τα Τέμπη - ΤΕΜΠΗ",
        # R20: Qena, the governorate, is no agency.
        "محافظ قنا يتفقد أعمال تطوير معبد دندرة - قنا",
        "محافظ قنا يتفقد أعمال تطوير معبد دندرة (قنا)",
    ],
)
def test_captions_the_review_found_credited_keep_their_words(text: str) -> None:
    assert split_credits(text).credits == ()


def test_an_earlier_version_in_json_ld_replaces_no_shown_paragraph() -> None:
    """R17: the articleBody's paragraphs open as the page's but tell older figures."""
    shown = [
        f"Paragraph {n}: the death toll rose to 4,300 on Tuesday, the disaster agency said, as "
        "rescue teams kept searching the rubble in the cold."
        for n in range(1, 4)
    ]
    stale = [p.replace("4,300 on Tuesday", "1,500 on Monday") for p in shown] + [
        "An older paragraph the page no longer shows, about the first night after the quake.",
        "Another older paragraph the page no longer shows, about the first aid convoys.",
    ]
    ld = {"@type": "NewsArticle", "headline": "Quake", "articleBody": "\n".join(stale)}
    html = (
        "<html><head><title>Quake</title>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body><article>"
        "<h1>Quake</h1>"
        + "".join(f"<p>{p}</p>" for p in shown)
        + "<p>READ MORE: Aid pledges</p><div class='paywall'><p>Subscribe to keep reading. "
        "Unlimited access for $1 a week in your first year of membership.</p></div>"
        "</article></body></html>"
    )
    assert extract_html(html, URL).paragraphs[:3] == shown


def test_a_forwarded_subject_does_not_replace_a_mailed_pages_headline() -> None:
    """R18: "[EXTERNAL] Fwd: …" over a page that shows another headline."""
    html = (
        "<html><head><title>Harbour newsletter</title></head><body>"
        "<h1>Port authority adds three night ferries</h1>"
        "<p>The port authority said on Wednesday it would add three night ferries from May, "
        "after a year of complaints from commuters.</p>"
        "<p>The new timetable starts on the first Monday of May, the authority said.</p>"
        "</body></html>"
    )
    subject = base64.b64encode(b"[EXTERNAL] Fwd: Budget vote moved to Thursday").decode()
    mail = (
        f"From: news@harbour.example\nSubject: =?utf-8?b?{subject}?=\n"
        "Date: Wed, 08 Jul 2015 15:02:36 +0900\nContent-Type: text/html; charset=utf-8\n\n"
        + html
        + "\n"
    )
    (article,) = clean_items(mail.encode(), "file:///wire/in/fwd.eml")
    assert article.title == "Port authority adds three night ferries"


@pytest.mark.parametrize(
    "line",
    ["객원기자 guest@hani.example", "사진기자 photo@yna.example", "객원 기자 guest@hani.example"],
)
def test_a_kind_of_reporter_is_no_name(line: str) -> None:
    """R19: "객원기자" is a guest reporter, not a reporter named 객원."""
    assert staff_credit(line) in (None, ())


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # R21: the close variants the change had missed.
        (
            "Si detecteu algun error en aquesta informació, ens ho podeu fer saber escrivint a "
            "lectors@harbour.example",
            "typo_prompt",
        ),
        ("——————————————", "rule_line"),
        ("Illustration photo", "illustration_note"),
        ("Фото для иллюстрации", "illustration_note"),
    ],
)
def test_close_variants_the_review_found_missed_go(line: str, rule: str) -> None:
    article = clean_with_line(line, "mid")
    assert line not in article.body_text
    assert rule in {f.rule for f in article.removed if f.text == line}


def test_czech_you_can_support_us_beside_independence_goes() -> None:
    line = "Nezávislou žurnalistiku můžete nás podpořit na harbour.cz/podpora."
    article = clean_with_line(line, "end")
    assert article.body_text.endswith(STORY[-1])


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        (
            "Suasana Teras Cihampelas, Rabu 19 Juni 2024./Pikiran Rakyat/Novan Kurnia",
            "Pikiran Rakyat/Novan Kurnia",
        )
    ],
)
def test_a_leading_slash_credit_glued_to_the_stop(text: str, credit: str) -> None:
    assert split_credits(text).credits == (credit,)
