"""Session 30's cold review of its own diff (a4320d9..76c04ce), by a helper who had not written
it: each fault reproduced, then mended. Story text the widened rules took must stay; the forms
they were written for still go (tests/test_session30_mends.py)."""

from __future__ import annotations

import pytest

from tests._helpers_pure import STORY, clean, clean_items, clean_with_line
from wirecopy.tasks.cleaning.credits import split_credits
from wirecopy.tasks.html.extract import extract_html

URL = "https://news.example.org/2025/03/12/harbour-ferry"


@pytest.mark.parametrize("where", ["mid", "end"])
@pytest.mark.parametrize(
    "line",
    [
        # R1: someone's appeal to support something, quoted after a colon or inside a sentence.
        "The ferry operator asks passengers to support our crews during the busy summer season.",
        "Le maire a lancé un appel aux habitants : soutenez notre club de football.",
        "Der Verein bittet: Unterstützen Sie unsere Tafel mit Lebensmittelspenden.",
        "Burmistrz zaapelował do mieszkańców: wesprzyj nasze schronisko dla zwierząt.",
        "Supporters chanted: support our independent press!",
        # R2: a story's "how to help" line.
        "Those wishing to donate to the relief fund can visit www.redcross.org.nz.",
        "Residents who wish to make a donation can do so at www.harbourrelief.example.org.",
        "Residents can become a member of the cooperative for $20 at coop.example.org.",
        "The campaign asks readers to donate to independent media outlets in Belarus.",
        # R3: forms that are no imperatives.
        "Gli abbonati possono rinnovare la tessera sul sito www.juventus.com entro venerdì.",
        "El programa apoya a 3.000 familias; más información en www.gob.es.",
        "Premijer je zatražio od parlamenta da podrži nas u ovoj odluci.",
        # R4, R5: a borrowed "follow/join" or an app to download in reported advice.
        "डॉक्टरों ने लोगों से अपील की कि वे कोविड नियमों को फॉलो करें।",
        "मुख्यमंत्री ने युवाओं से अपील की कि वे अग्निवीर योजना जॉइन करें।",
        "মন্ত্রী বলেন, সবাই ট্রাফিক আইন ফলো করুন।",
        "सरकार ने नागरिकों से कहा कि वे आरोग्य सेतु ऐप डाउनलोड करें।",
        "प्रशासन ने किसानों से अपील की कि वे पीएम किसान ऐप से जुड़ें।",
        "Bakan Koca vatandaşlara seslendi: HES uygulamasını indirin.",
        # R6, R7: the rights formula's words in a minister's sentence, two story sentences.
        "رئیس‌جمهور گفت تمامی حقوق ملت ایران در مذاکرات محفوظ است.",
        "وزیر کار تاکید کرد که کلیه حقوق کارگران محفوظ است.",
        "وأكد الوزير أن جميع الحقوق محفوظة للعمال. وأضاف أن الحكومة ستدفع الرواتب كاملة.",
        "The label said all rights reserved by the estate would revert to the family. "
        "The deal was signed Monday.",
        # R9, R10, R11: a court's ©, a notice quoted as a noun, Armenian rules and responsibility.
        "A judge ruled that reproduction of the © Getty Images photos without permission was "
        "unlawful.",
        "“Reproduction prohibited” signs went up across the gallery.",
        "«Перепечатка материалов запрещена» — такое объявление появилось на сайте газеты после "
        "скандала.",
        "Դիմակների օգտագործումը պարտադիր է փակ տարածքներում։",
        "Վթարի համար պատասխանատվություն է կրում ընկերության տնօրենը, որի հետ կարելի է կապվել "
        "info@company.am հասցեով։",
        # R13: an agenda's label and date.
        "Election day – 21.04.2024",
        "Second round - 05/05/2024",
        "Final - 12.05.2024 20:45",
    ],
)
def test_clean_keeps_story_lines_the_widened_rules_took(line: str, where: str) -> None:
    assert line in clean_with_line(line, where).body_text


@pytest.mark.parametrize(
    ("feed", "line"),
    [
        (
            "Berlin | Harbour Wire",
            "Die Polizei Berlin bittet um Hinweise unter 030 4664 912345 oder per E-Mail an "
            "hinweise@polizei.berlin.de.",
        ),
        (
            "Business | Harbour Wire",
            "Business owners can apply for the grants at www.gov.uk/grants.",
        ),
    ],
)
def test_clean_reads_no_section_of_a_feeds_title_as_the_outlet(feed: str, line: str) -> None:
    """R8: "Section | Outlet" titles most feeds: the section is no name the copy signs with."""
    rss = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{feed}</title><link>http://harbour.example/</link><item>"
        "<title>Harbour ferry timetable</title><link>http://harbour.example/news/1.html</link>"
        "<pubDate>Thu, 18 Nov 2010 12:35:00 +0200</pubDate><content:encoded><![CDATA["
        + "".join(f"<p>{p}</p>" for p in STORY)
        + f"<p>{line}</p>]]></content:encoded></item></channel></rss>"
    )
    (article,) = clean_items(rss.encode(), "file:///wire/in/feed.rss")
    assert line in article.body_text


@pytest.mark.parametrize(
    "opening",
    [
        "Ferry strike called for 14 May 2024 from 06:00\nUnions reject the latest pay offer",
        "2024年5月14日10:00起全市停水\n自来水公司发布紧急通知",
    ],
)
def test_clean_keeps_a_headline_that_holds_a_time(opening: str) -> None:
    """R12: a headline with its date and time is no stamp; its first line stays in the title."""
    article = clean(opening + "\n\n" + "\n\n".join(STORY) + "\n")
    assert article.title is not None and article.title.startswith(opening.split("\n")[0])


@pytest.mark.parametrize(
    "line",
    [
        "Imagen: Vista aérea de la zona afectada por la DANA",
        "Ảnh: Thủ tướng Phạm Minh Chính phát biểu tại hội nghị",
    ],
)
def test_clean_makes_no_credit_of_a_pictures_description(line: str) -> None:
    """R14: a picture label's line may describe the picture: a caption with no credit."""
    article = clean_with_line(line, "mid")
    assert all(not c.credits for c in article.captions)


@pytest.mark.parametrize(
    "dateline",
    [
        "PORT ALDER, March 12 /Corrected/ - The council approved the timetable after a debate.",
        "Frankfurt, 5. März /Aktualisiert/ – Der Goldpreis stieg am Dienstag deutlich an.",
    ],
)
def test_clean_reads_no_agency_from_a_slashed_word(dateline: str) -> None:
    """R15: a word between slashes in a dateline is an agency's only by its form or words."""
    article = clean("Harbour headline\n\n" + dateline + "\n\nSecond paragraph of the story.\n")
    assert article.wire is None


def _locked(inner: str) -> str:
    prose = "".join(f"<p>{p}</p>" for p in PROSE[:2])
    return (
        "<html><body><article><h1>Harbour ferry timetable</h1><div class='article-body'>"
        + prose
        + "<div class='plus-wall' id='paywall'><h3>Read on with Harbour Plus</h3>"
        "<p>This article is for subscribers.</p><a class='btn' href='/plus'>Try now</a></div>"
        "<div class='article-body__plus' style='display:none' aria-hidden='true'>"
        + inner
        + "</div></div></article></body></html>"
    )


PROSE = [
    f"Paragraph {n} of the harbour story tells how the council weighed the ferry timetable, "
    "the cost of tickets for students and pensioners, and the evening crossings in May."
    for n in range(1, 6)
]


@pytest.mark.parametrize(
    "heads",
    [
        "<a href='/news/fares'><h3>Ferry fares to rise by 8 per cent next year</h3></a>",
        "<h2>Waiting times</h2><h3>By Jane Doe, transport editor</h3>",
    ],
)
def test_extract_puts_back_no_heading_that_heads_no_prose(heads: str) -> None:
    """R16: a linked teaser's heading, or two headings in a row, go back with nothing."""
    page = extract_html(_locked(heads + "".join(f"<p>{p}</p>" for p in PROSE[2:])), URL)
    assert page.paragraphs == PROSE


def test_extract_attaches_no_heading_across_a_line_that_is_no_prose() -> None:
    inner = f"<p>{PROSE[2]}</p><h3>Newsletter</h3><p>Sign up</p>" + "".join(
        f"<p>{p}</p>" for p in PROSE[3:]
    )
    assert "Newsletter" not in extract_html(_locked(inner), URL).paragraphs


def test_split_credits_reads_no_philippe_as_a_photo_label() -> None:
    """R17: "Ph. Martin, président" is Philippe Martin, no photo credit."""
    assert split_credits("Le nouveau bureau du club. Ph. Martin, président").credits == ()


@pytest.mark.parametrize(
    "line",
    [
        "Lire aussi | Faut-il avoir peur de l’intelligence artificielle ?",
        "کلیه حقوق مادی و معنوی این سایت محفوظ می باشد.",
        "【本文章為MoneyDJ理財網所有，未經許可，不得轉載。】",
        "📌 ติดตามข่าวสารล่าสุดได้ที่ AMARIN TV HD ช่อง 34",
        "ताजा खबरों के लिए हमें फॉलो करें और पाएं हर अपडेट",
    ],
)
def test_clean_drops_close_variants_of_the_forms(line: str) -> None:
    """R18: the forms' close variants go too."""
    assert line not in clean_with_line(line, "end").body_text


def test_iptc7901_after_a_zczc_line_with_its_number() -> None:
    """R19: "ZCZC ROM217" before the SOH is the teleprinter's start, still a 7901 message."""
    text = (
        "ZCZC ROM217\r\n\x01ROM217 4 soc 356 ROMPRES\r\nBUCURESTI-TRAMVAIE\r\n"
        "\x02Primaria va moderniza 40 de statii de tramvai\r\n\r\n"
        "Bucuresti, 22 mar (Rompres) - Primaria Municipiului Bucuresti va moderniza in acest an\r\n"
        "40 de statii de tramvai, a anuntat directorul Directiei de Transporturi.\r\n\r\n"
        "Valoarea lucrarilor este estimata la 11,5 milioane de lei.\r\n\x03\r\nNNNN\r\n"
    )
    (article,) = clean_items(text.encode("latin-1"), "file:///wire/in/rom217.txt")
    assert article.title == "Primaria va moderniza 40 de statii de tramvai"
    assert "NNNN" not in article.body_text


@pytest.mark.parametrize(
    "line",
    [
        # (the narrowed forms still take what they were written for)
        "NEWS.am-ի նյութերի ամբողջական կամ մասնակի օգտագործման դեպքում ակտիվ հղումը NEWS.am-ին "
        "պարտադիր է։",
        "ਜਗ ਬਾਣੀ ਈ-ਪੇਪਰ ਨੂੰ ਪੜ੍ਹਨ ਅਤੇ ਐਪ ਨੂੰ ਡਾਊਨਲੋਡ ਕਰਨ ਦੇ ਲਈ ਇੱਥੇ ਕਲਿੱਕ ਕਰੋ",
        "Us ha agradat aquest article? VilaWeb és possible gràcies als subscriptors. "
        "Feu-vos-en subscriptors.",
    ],
)
def test_clean_still_drops_the_forms_the_narrowed_rules_were_for(line: str) -> None:
    assert line not in clean_with_line(line, "end").body_text


def test_split_credits_reads_ph_before_a_few_words() -> None:
    split = split_credits("Une route coupée par une érosion à Kinshasa. Ph. Droits tiers")
    assert split.credits == ("Droits tiers",)
