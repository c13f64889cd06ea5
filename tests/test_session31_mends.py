"""Session 31's mends, each from a probe set written by a helper who had not seen the rules:
the form that failed at first sight, and the story text beside it that must stay."""

from __future__ import annotations

import base64
import json

import pytest

from tests._helpers_pure import STORY, clean, clean_items, clean_with_line
from wirecopy.tasks.cleaning.credits import split_credits
from wirecopy.tasks.html.extract import extract_html

# -- agency copy: lines the line rules and the tail now know ---------------------------------


@pytest.mark.parametrize("where", ["mid", "end"])
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # An invitation to report an error, the newsroom's first person or address.
        (
            "Si detectes algun error en aquesta informació, ens ho pots fer saber escrivint a "
            "rectificacions@harbour.example",
            "typo_prompt",
        ),
        ("Fehler gefunden? Schreiben Sie uns an leserdialog@harbour.example", "typo_prompt"),
        # A print view's footer: when and where the page was retrieved.
        (
            "Aufgerufen am 14.06.2024 um 08:12 auf https://www.harbour.example/chronik/a-1588",
            "source_link",
        ),
        # A series' sponsor; more news at the outlet; Urdu's polite "read more".
        ("Partnerem cyklu „Zdrowie w portach” jest Fundacja Przystań", "syndication_notice"),
        ("Más noticias en HARBOUR DAILY", "related_link"),
        ("Przeczytaj także: Rolnicy z Mazowsza czekają na deszcz", "related_link"),
        ("Lexo më shumë: Prokuroria ngre aktakuzë për tenderin e portit", "related_link"),
        ("延伸閱讀｜地震後的第一個颱風季：花蓮邊坡的考驗", "related_link"),
        # A picture's note that it illustrates only.
        ("Borítóképünk illusztráció", "illustration_note"),
        ("Фото ілюстративне", "illustration_note"),
        ("Photo d'illustration", "illustration_note"),
        ("ภาพประกอบข่าว", "illustration_note"),
        # Tags in Finnish; India's agency-inputs note; a picture's label alone before its source.
        ("Asiasanat: asiakasmaksut, hyvinvointialueet, kotihoito", "tags_line"),
        ("(With inputs from agencies)", "sources_note"),
        ("(एजेंसी इनपुट के साथ)", "sources_note"),
        ("Beeld: ANP / Hollandse Hoogte", "caption_paragraph"),
        ("الصورة: أرشيف مرفأ", "caption_paragraph"),
        # Calls in Urdu, Nepali, Kannada and Thai, closing their sentence.
        (
            "92 نیوز کا یوٹیوب چینل سبسکرائب کریں اور تازہ ترین خبروں سے باخبر رہیں۔",
            "platform_call",
        ),
        ("हिमालखबरलाई फेसबुक र एक्समा पछ्याउनुहोस्।", "platform_call"),
        ("ಹೊಸ ದಿಗಂತ ವಾಟ್ಸಾಪ್ ಚಾನೆಲ್‌ಗೆ ಸೇರಿ, ಕ್ಷಣಕ್ಷಣದ ಸುದ್ದಿ ಪಡೆಯಿರಿ.", "platform_call"),
        ("ติดตามข่าวสารหนังสือพิมพ์บ้านเมืองได้ทุกช่องทางออนไลน์", "platform_call"),
        (
            "Segwi lil Newsbook.com.mt fuq Facebook u Instagram għall-aħbarijiet kollha.",
            "platform_call",
        ),
        # A Hebrew syndication note; a Korean licence note.
        ("הכתבה מתפרסמת במקביל באנגלית במגזין +972", "syndication_notice"),
        (
            "뉴스타파의 모든 콘텐츠는 크리에이티브 커먼즈 저작자표시-비영리-변경금지 라이선스에 "
            "따라 이용할 수 있습니다.",
            "licence_note",
        ),
        # A mailing list's note on leaving it.
        (
            "To unsubscribe from this list, click here: https://harbour.example/u",
            "unsubscribe_note",
        ),
    ],
)
def test_clean_drops_lines_of_the_session31_forms(line: str, rule: str, where: str) -> None:
    article = clean_with_line(line, where)
    assert line not in article.body_text
    assert rule in {f.rule for f in article.removed if f.text == line}


@pytest.mark.parametrize("where", ["mid", "end"])
@pytest.mark.parametrize(
    "line",
    [
        # Someone's words, a bill's error, a count's errors: the story's.
        '"If you spot an error on the ballot, let us know," the returning officer told voters.',
        "If you find an error on your bill, contact the utility at billing@utility.example.",
        "Errors in the count were found in three districts, the commission said.",
        "Printed copies are available from https://council.example/plan and libraries.",
        "The partner of the project is the city of Leeds, which will fund half of the cost.",
        "More news on the ferry strike is expected on Friday.",
        "Every morning you can hear the ferry horn across the bay as the first crossing leaves.",
        "Every Friday you can hear the bells of the cathedral, the mayor said.",
        "Beeldhouwer: Henk Visch",
        "Users can unsubscribe from the service at any time, the regulator said.",
        "The museum is funded by its members and a grant from the city, the director said.",
    ],
)
def test_clean_keeps_story_lines_like_the_session31_forms(line: str, where: str) -> None:
    assert line in clean_with_line(line, where).body_text


@pytest.mark.parametrize(
    "line",
    [
        # A programme's plug: when, how it is heard, the outlet's "we" or the reader told to
        # listen.
        "Het verhaal achter het nieuws hoor je elke werkdag om 6 uur in Harbour Elke Dag.",
        "Günün öne çıkan başlıklarını her sabah saat 8.30'da canlı yayında değerlendiriyoruz.",
        # An appeal resting on the readers' money, the call closing it.
        "Dagens Hamn finansieras av sina läsare. Bli prenumerant i dag.",
        "Jesteśmy niezależni dzięki naszym Darczyńcom. Dołącz do nich.",
        "Onze journalistiek wordt mogelijk gemaakt door leden. Word ook lid.",
        "Harbour je na Google Newsu. Pratite nas.",
        "Harbour Press este o publicație independentă. Dacă vrei să ne ajuți să rămânem așa, "
        "susține-ne cu o donație lunară.",
        "Redirecționează 3,5% din impozitul pe venit către Harbour Press.",
        "नवजीवन को सहयोग दें और स्वतंत्र पत्रकारिता को जारी रखने में हमारी मदद करें।",
        # A newsletter or a channel after a question or a lead-in.
        "Sie wollen keine Nachrichten aus Hafenstadt verpassen? Dann folgen Sie dem "
        "Hafenblatt-Kanal bei WhatsApp.",
        "Få Havnebladets daglige nyhedsbrev om sundhedspolitik – tilmeld dig gratis.",
        "Quer receber as notícias do Porto no seu WhatsApp? Entre no nosso canal.",
        # An outlet's name alone in brackets; a news code of Persian digits.
        "(العربي الجديد)",
        "۲۱۶۲۱۶",
        "김선영기자 sykim@harbour.example",
    ],
)
def test_clean_drops_the_outlets_closing_notes(line: str) -> None:
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert article.body_text.endswith(STORY[-1])


def test_clean_drops_a_release_contact_heading_and_its_contact() -> None:
    """ "Kontakt" alone over the press secretary's line closes a government release."""
    contact = "Erik Lindqvist, pressekreterare, telefon 072-555 18 40, e-post erik@harbour.example"
    text = "\n\n".join(["Regeringen ger uppdrag om hamnen", *STORY, "Kontakt", contact]) + "\n"
    article = clean(text)
    assert "Kontakt" not in article.body_text.split("\n\n")
    assert contact not in article.body_text
    assert article.body_text.endswith(STORY[-1])


# -- credits ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        # Morocco's agency after an explicit credit label, not the map's label.
        ("Le wali lors de l'inauguration, le 13 octobre. Crédit: MAP", None, "MAP"),
        # Poland's "Fot." after a caption without its stop, a name and an outlet after it.
        (
            "Tramwaj na ulicy Basztowej w Krakowie Fot. Tomasz Wilk/RMF FM",
            "Tramwaj na ulicy Basztowej w Krakowie",
            "Tomasz Wilk/RMF FM",
        ),
    ],
)
def test_split_credits_reads_an_agency_and_a_capital_fot(
    text: str, caption: str | None, credit: str
) -> None:
    split = split_credits(text)
    assert split.credits == (credit,)
    assert split.caption == (caption or text.rsplit(" Crédit", 1)[0])


def test_split_credits_keeps_a_map_labelled_in_lower_case() -> None:
    assert split_credits("The route. Credit: Map").credits == ()


# -- wire formats ----------------------------------------------------------------------------


def _anpa(body_lines: list[str], trailer: str) -> bytes:
    head = "\x16\x16\x01a0341 r f BC-CNS-Smoke 07-14 0171\r\n\x02"
    body = "".join(f"\t{line}\r\n" for line in body_lines)
    return (head + "^Smoke prompts air advisory<\r\n" + body + trailer + "\x03\x04").encode()


def test_anpa_trailer_without_a_desk_code_is_the_time_it_moved() -> None:
    """ "CNS-07-14-08 1612EDT" (no desk code) and ANPA's caret lines after the story close it:
    the time is the item's, the advance notes are no paragraphs."""
    paras = [f"CALGARY _ {STORY[0]}", STORY[1], STORY[2]]
    trailer = "^END ADVANCE FOR SUNDAY, JUNE 26<\r\n^(ART ADV: Photos are sent.)<\r\n"
    (article,) = clean_items(
        _anpa(paras, trailer + "CNS-07-14-08 1612EDT<\r\n"), "file:///wire/in/c.txt"
    )
    assert article.body_text.split("\n\n")[-1] == STORY[2]
    assert article.published_at is not None
    assert article.published_at.isoformat() == "2008-07-14T20:12:00+00:00"


def test_iptc7901_reads_a_wrapped_correction_note_as_no_headline() -> None:
    text = (
        "ZCZC\r\n\x01NNI0318 2 eco 0164 NNI2\r\nPAK-ECONOMY-TEXTILE (CORRECTED)\r\n\x02\r\n"
        "   (CORRECTS export figure in 3rd para to 1.12 billion dollars\r\n"
        "   instead of 1.21 billion dollars)\r\n\r\n"
        "   Textile exports grow 9.2 percent in January\r\n\r\n"
        "   ISLAMABAD, Feb 21 (NNI): Pakistan's textile exports grew by 9.2\r\n"
        "percent in January, official data released on Tuesday showed.\r\n"
        "   Total textile exports stood at 1.12 billion dollars.\r\n\r\n"
        "\x03\r\nNNNN\r\n"
    )
    (article,) = clean_items(text.encode(), "file:///wire/in/nni.txt")
    assert article.title == "Textile exports grow 9.2 percent in January"
    assert article.body_text.startswith("ISLAMABAD, Feb 21 (NNI):")


def test_a_mailed_bulletins_banner_and_footer_go_and_its_marked_headline_is_the_title() -> None:
    rule, light = "━" * 30, "─" * 30
    body = "\n".join(
        [
            rule,
            "\u3000ハーバーニュース\u3000メール速報",
            "\u30002010年2月18日 15:32 配信",
            rule,
            "",
            "■港湾局、フェリー新ダイヤを発表",
            "",
            "\u3000港湾局は１８日、フェリーの新しいダイヤを発表した。",
            "",
            "\u3000夜の便が３便増える。",
            "",
            light,
            "詳しくはハーバーニュースで",
            "http://harbour.example/",
            "",
            "※このメールは送信専用です。配信停止・アドレス変更は下記から",
            "http://harbour.example/mail/",
            light,
        ]
    )
    mail = (
        "From: news@harbour.example\nSubject: =?utf-8?b?"
        + base64.b64encode("【速報】港湾局、フェリー新ダイヤを発表".encode()).decode()
        + "?=\nDate: Thu, 18 Feb 2010 15:32:41 +0900\nContent-Type: text/plain; charset=utf-8"
        + "\nContent-Transfer-Encoding: 8bit\n\n"
        + body
        + "\n"
    )
    (article,) = clean_items(mail.encode(), "file:///wire/in/bulletin.eml")
    assert article.title == "港湾局、フェリー新ダイヤを発表"
    assert article.body_text.split("\n\n") == [
        "港湾局は１８日、フェリーの新しいダイヤを発表した。",
        "夜の便が３便増える。",
    ]


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        # The Indonesian papers open the credit line with its slash after the sentence.
        (
            "Suasana Teras Cihampelas usai direvitalisasi, Rabu 19 Juni 2024. /Pikiran "
            "Rakyat/Novan Kurnia",
            "Suasana Teras Cihampelas usai direvitalisasi, Rabu 19 Juni 2024.",
            "Pikiran Rakyat/Novan Kurnia",
        ),
        # A paper's own file picture, in its brackets.
        (
            "The first day of service at the station in May 2014. (Harbour Sentinel file)",
            "The first day of service at the station in May 2014.",
            "Harbour Sentinel file",
        ),
        # Hungarian "illustration" and Bengali "picture courtesy" as labels.
        (
            "A hőségben fontos a folyadékpótlás (Illusztráció: Getty Images)",
            "A hőségben fontos a folyadékpótlás",
            "Getty Images",
        ),
        (
            "ট্রামের ভিতরে সাজানো প্রদর্শনী। ছবি সৌজন্য: পশ্চিমবঙ্গ পরিবহণ নিগম",
            "ট্রামের ভিতরে সাজানো প্রদর্শনী।",
            "পশ্চিমবঙ্গ পরিবহণ নিগম",
        ),
    ],
)
def test_split_credits_reads_the_session31_credit_forms(
    text: str, caption: str, credit: str
) -> None:
    split = split_credits(text)
    assert (split.caption, split.credits) == (caption, (credit,))


@pytest.mark.parametrize(
    "text", ["The council opened the file (Data file)", "The route runs from A to B. /and/or C"]
)
def test_split_credits_reads_no_credit_in_words_like_the_new_forms(text: str) -> None:
    assert split_credits(text).credits == ()


PROSE = [
    f"Paragraph {n} of the harbour story tells how the council weighed the ferry timetable, "
    "the cost of tickets for students and pensioners, and the evening crossings in May."
    for n in range(1, 7)
]
URL = "https://news.example.org/2025/03/12/harbour-ferry"


def _paywalled(shown: int, ld_body: list[str]) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour"}
    ld["articleBody"] = "\n".join(ld_body)
    return (
        "<html><head><title>Harbour ferry timetable</title>"
        f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body><article>"
        "<h1>Harbour ferry timetable</h1><div class='story-body'>"
        + "".join(f"<p>{p}</p>" for p in PROSE[:shown])
        + "<p>READ MORE: Heatwave warning for the weekend</p></div><div class='paywall'>"
        "<h3>Subscribe to Harbour Daily to keep reading</h3><p>Unlimited access to all our "
        "stories, puzzles and the digital print edition. $1 a week for your first year.</p>"
        "<a href='/subscribe'>Subscribe now</a></div></article></body></html>"
    )


def test_extract_reads_a_longer_articlebody_holding_the_shown_paragraphs() -> None:
    """The page shows two paragraphs and a paywall's prompt; its JSON-LD body holds them and
    four more (the prompt and teaser kept the shown text near half the body's length)."""
    page = extract_html(_paywalled(2, PROSE), URL)
    assert page.paragraphs == PROSE


def test_extract_keeps_the_shown_body_when_articlebody_is_another_text() -> None:
    """A JSON-LD body that does not hold the shown paragraphs (a summary) replaces nothing."""
    summary = ["The council changed the ferry timetable. " * 6, "Tickets stay valid. " * 12]
    page = extract_html(_paywalled(4, summary), URL)
    assert page.paragraphs[:4] == PROSE[:4]


# -- the second wave's forms (agency_al, wire_af) --------------------------------------------


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Муаллиф: Зарина Раҳимова", "staff_line"),
        ("Rahoton: Aisha Sani Bala", "staff_line"),
        ("Posted By: Harjinder Kaur", "staff_line"),
        (
            "לכתבה המלאה באתר: https://www.harbour.example/local/articles/0,7340,L-38512,00.html",
            "source_link",
        ),
        ("(Con información de la Agencia Cubana de Noticias)", "sources_note"),
        (
            "Originally published as Flood-hit councils to share $48m for road repairs",
            "syndication_notice",
        ),
        ("Een versie van dit artikel verscheen ook in NRC van 14 maart 2024", "syndication_notice"),
        (
            "Read more in Harbour Maverick: Taps could run dry within months, warns hydrologist",
            "related_link",
        ),
        (
            "Το κείμενο διατίθεται με άδεια Creative Commons Αναφορά 4.0 Διεθνές (CC BY 4.0).",
            "licence_note",
        ),
        (
            "Ако откриете грешка в този материал, ни пишете на редакцията, за да я поправим.",
            "typo_prompt",
        ),
        (
            "Encontrou algum erro neste conteúdo? Escreva para a redação pelo nosso formulário.",
            "typo_prompt",
        ),
        ("ਪੰਜਾਬੀ ਜਾਗਰਣ ਦੀਆਂ ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ ਲਈ ਸਾਡਾ ਐਪ ਡਾਊਨਲੋਡ ਕਰੋ", "platform_call"),
        ("下載大公文匯APP，隨時掌握最新資訊", "platform_call"),
        ("Pakua app ya Tanzania Daima upate habari zote papo hapo.", "platform_call"),
    ],
)
def test_clean_drops_closing_lines_of_the_second_wave(line: str, rule: str) -> None:
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert rule in {f.rule for f in article.removed if f.text == line}


@pytest.mark.parametrize(
    "line",
    [
        "Bağımsız gazeteciliğe destek olmak için Liman Gazetesi'ne abone olun.",
        "O Porto é independente e não tem publicidade. Quem sustenta nosso jornalismo são os "
        "leitores.",
        "Ďakujeme, že čítate Prístav. Nezávislú žurnalistiku môžete podporiť predplatným.",
        "Підтримати незалежну журналістику Гавані можна на Patreon.",
        "하버는 독자 여러분의 후원으로 만들어집니다. 좋은 기사를 후원해 주세요.",
        "Mae'r Harbwr yn dibynnu ar ei ddarllenwyr. Cefnogwch ni drwy danysgrifio heddiw.",
        "Абонирайте се за „Пристанище“ и четете всички анализи без ограничения.",
        "Ai o poveste pe care crezi că ar trebui s-o spunem? Scrie-ne la pont@harbour.example",
        "Har du tips? Mejla nyhetsdesken på tips@harbour.example",
        "Síguenos en Google Noticias para mantenerte informado",
        'Ghi rõ nguồn "Báo Cảng" khi phát hành lại thông tin từ website này.',
    ],
)
def test_clean_drops_the_second_waves_appeals_and_notes(line: str) -> None:
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert article.body_text.endswith(STORY[-1])


@pytest.mark.parametrize(
    "line",
    [
        # Story words beside the new forms: a deputies' vote, a hotline in the news, a
        # newsletter's launch reported.
        "Підтримати ініціативу вирішили двадцять депутатів міської ради.",
        "Readers can find the council's full report at https://council.example/report.",
        "The museum's new app lets visitors hear the guide in six languages, the director said.",
    ],
)
def test_clean_keeps_story_lines_like_the_second_waves_forms(line: str) -> None:
    assert line in clean_with_line(line, "end").body_text


def test_iptc7901_reads_a_desks_slashed_codes_and_a_ukrainian_month_as_its_trailer() -> None:
    text = (
        "ZCZC\r\n\x01UKN0412 4 eco 210 UKRNEWS\r\n\x02\r\n"
        "   Кабмін продовжив квоти на експорт пшениці\r\n\r\n"
        "   КИЇВ, 3 березня (Українські Новини) - Кабінет Міністрів продовжив дію квот.\r\n"
        "   Квоти діятимуть до 1 липня.\r\n\r\n"
        "УН/ОК 031412 бер 11\r\n\x03\r\nNNNN\r\n"
    )
    (article,) = clean_items(text.encode("koi8-u"), "file:///wire/in/ukn.txt")
    assert article.body_text.split("\n\n")[-1] == "Квоти діятимуть до 1 липня."
    assert article.published_at is not None
    assert (article.published_at.month, article.published_at.day) == (3, 3)


def test_iptc7901_reads_a_ukrainian_cancellation_as_a_kill() -> None:
    text = (
        "ZCZC\r\n\x01UKN0431 4 eco 80 UKRNEWS\r\nСКАСУВАННЯ\r\n\x02\r\n"
        "   СКАСУВАННЯ: повідомлення про ціни на хліб\r\n\r\n"
        "   Українські Новини скасовують повідомлення УКН0409, передане о 13:05.\r\n\r\n"
        "\x03\r\nNNNN\r\n"
    )
    (article,) = clean_items(text.encode("koi8-u"), "file:///wire/in/ukn-kill.txt")
    assert article.release.withdrawn


def test_newsml1_reads_a_photos_caption_component() -> None:
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>harbour.example</ProviderId>
<DateId>20191002</DateId><NewsItemId>1</NewsItemId><RevisionId>1</RevisionId>
</NewsIdentifier></Identification><NewsManagement><NewsItemType FormalName="News"/>
<FirstCreated>20191002T101500+0300</FirstCreated><Status FormalName="Usable"/></NewsManagement>
<NewsComponent><NewsLines><HeadLine>Pamuk hasadı başladı</HeadLine></NewsLines>
<NewsComponent><Role FormalName="Main"/><ContentItem><MediaType FormalName="Text"/>
<MimeType FormalName="text/plain"/><DataContent>DİYARBAKIR (HLK) - Pamuk hasadı başladı.
</DataContent></ContentItem></NewsComponent>
<NewsComponent><Role FormalName="Supporting"/><NewsLines><CreditLine>HLK</CreditLine></NewsLines>
<NewsComponent><Role FormalName="Caption"/><ContentItem><MediaType FormalName="Text"/>
<Format FormalName="Text"/><DataContent>Pamuk toplayan tarım işçileri.</DataContent>
</ContentItem></NewsComponent>
<ContentItem Href="https://harbour.example/pamuk.jpg"><MediaType FormalName="Photo"/>
<MimeType FormalName="image/jpeg"/></ContentItem></NewsComponent>
</NewsComponent></NewsItem></NewsML>"""
    (article,) = clean_items(xml.encode(), "file:///wire/in/hlk.xml")
    assert [(c.caption_text, c.credit) for c in article.captions] == [
        ("Pamuk toplayan tarım işçileri.", "HLK")
    ]


def test_a_mailed_html_newsletters_subject_is_its_headline_and_it_closes_as_copy() -> None:
    html = (
        "<html><head><title>하버뉴스 뉴스레터</title></head><body>"
        "<div class='news_title'>항만청, 여객선 야간 운항 3편 늘린다</div><div class='news_body'>"
        "<p>[하버뉴스] 항만청이 여객선 야간 운항을 3편 늘리기로 했다고 8일 밝혔다.</p>"
        "<p>새 시간표는 다음 달부터 적용된다고 항만청은 밝혔다.</p>"
        "<p>김서연 기자 <a href='mailto:ksy@harbour.example'>ksy@harbour.example</a></p>"
        "</div></body></html>"
    )
    subject = base64.b64encode("[하버뉴스] 항만청, 여객선 야간 운항 3편 늘린다".encode()).decode()
    mail = (
        f"From: news@harbour.example\nSubject: =?utf-8?b?{subject}?=\n"
        "Date: Wed, 08 Jul 2015 15:02:36 +0900\nContent-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n" + html + "\n"
    )
    (article,) = clean_items(mail.encode(), "file:///wire/in/letter.eml")
    assert article.title == "항만청, 여객선 야간 운항 3편 늘린다"
    assert (
        article.body_text.split("\n\n")[-1] == "새 시간표는 다음 달부터 적용된다고 항만청은 밝혔다."
    )


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        # Algeria's agency as Arabic captions name it, in brackets (Qatar's "قنا" is Qena too:
        # the cold review's R20).
        ("البيت الزجاجي الكبير بعد ترميمه (واج)", "البيت الزجاجي الكبير بعد ترميمه", "واج"),
        # A photo agency's name in capitals after a spaced dash.
        (
            "Η καμένη πλαγιά τον Ιούλιο, λίγες ώρες μετά την κατάσβεση - INTIME NEWS",
            "Η καμένη πλαγιά τον Ιούλιο, λίγες ώρες μετά την κατάσβεση",
            "INTIME NEWS",
        ),
    ],
)
def test_split_credits_reads_the_second_waves_credit_forms(
    text: str, caption: str, credit: str
) -> None:
    split = split_credits(text)
    assert (split.caption, split.credits) == (caption, (credit,))


@pytest.mark.parametrize(
    "text",
    ["Protesters outside parliament - VIDEO", "Fans at the stadium - UEFA", "Ferry route - Map"],
)
def test_split_credits_reads_no_credit_in_a_short_or_plain_dashed_tail(text: str) -> None:
    assert split_credits(text).credits == ()


def test_extract_reads_a_caption_line_broken_before_its_credit() -> None:
    """<em>caption<br>Sursa foto: X</em> under the picture: the break parts the two."""
    html = (
        "<html><body><article><h1>Harbour benches</h1>"
        f"<p>{PROSE[0]}</p><p style='text-align:center'><img src='/images/a.jpg' alt=''></p>"
        "<p style='text-align:center'><em>Old concrete benches were removed last week<br>"
        f"Sursa foto: Primăria Portului</em></p><p>{PROSE[1]}</p></article></body></html>"
    )
    page = extract_html(html, URL)
    assert [(i.caption, i.credits) for i in page.images] == [
        ("Old concrete benches were removed last week", ("Primăria Portului",))
    ]


# -- the third wave's forms (agency_am) ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Tilaajille", "subscriber_label"),
        ("Réservé aux abonnés", "subscriber_label"),
        ("Web Desk", "newsroom_signoff"),
        ("VIDEO RECOMENDADO", "player_label"),
        ("Lire également: Le Léman n'a jamais été aussi chaud en septembre", "related_link"),
        ("MIRA: Tráfico en la Carretera Central: conoce los desvíos por obras", "related_link"),
        ("A série Reconstrução tem o apoio da Cooperativa Vale do Porto.", "syndication_notice"),
        (
            "Autorská práva k obsahu vydání jsou vyhrazena a vykonává je vydavatel. Jakékoliv "
            "užití bez písemného souhlasu vydavatele je zakázáno.",
            "rights_reserved",
        ),
        (
            "Harbour noudattaa Journalistin ohjeita. Jos huomaat jutussa asiavirheen, ilmoita "
            "siitä toimitukselle.",
            "typo_prompt",
        ),
        ("(તસવીર: પ્રવીણ સેદાણી)", "caption_paragraph"),
        ('انضموا إلى قناة "المرفأ" على واتساب لمتابعة آخر الأخبار', "platform_call"),
        ("هاربور نيوز لە فەیسبووک و تێلیگرام فۆڵۆ بکەن", "platform_call"),
        ("बाह्रखरीलाई फेसबुक, एक्स र युट्युबमा पनि पछ्याउन सक्नुहुन्छ।", "platform_call"),
        ("విశాలాంధ్ర ఈ-పేపర్ కోసం ఇక్కడ క్లిక్ చేయండి", "platform_call"),
    ],
)
def test_clean_drops_the_third_waves_lines(line: str, rule: str) -> None:
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert rule in {f.rule for f in article.removed if f.text == line}


@pytest.mark.parametrize(
    "line",
    [
        # A later sentence's call to follow, a lead-in clause before it, a tip line's "send us".
        "Die Hafenzeitung ist jetzt auch auf WhatsApp. Folgen Sie unserem Kanal, um keine "
        "Nachrichten zu verpassen.",
        "Hafen list možete pratiti i na WhatsAppu. Zapratite naš kanal i budite prvi informirani.",
        "Cet article vous est offert. Pour soutenir un journalisme de qualité, abonnez-vous au "
        "Port dès 1 franc le premier mois.",
        "Masz newsa, zdjęcie lub filmik? Prześlij nam przez dziejesie.hafen.pl",
        "Haberinizi WhatsApp ihbar hattı üzerinden Liman'a gönderin, gündeme taşıyalım.",
        # Today's episode, the reader told to listen; every contribution helps; without limits.
        "Hör vår reporter berätta om natten på kajen i dagens avsnitt av Hamnen Daily.",
        "Підтримайте незалежну аналітику «Гавані» — кожен внесок допомагає нам.",
        "Si vols continuar llegint El Port sense límits, fes-te subscriptor.",
        "Aquest contingut s'ha elaborat amb el suport del Departament de Cultura.",
    ],
)
def test_clean_drops_the_third_waves_notes(line: str) -> None:
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert article.body_text.endswith(STORY[-1])


@pytest.mark.parametrize(
    "line",
    [
        # Someone's words with a call inside, attributed in the present (Nordic quotes).
        "– Vi vet at dette rammer folk hardt. Følg oss i appen for sanntidsinformasjon, sier "
        "driftssjef Ingrid Haugland.",
        "– Det här drabbar många. Följ oss i appen för besked om turerna, säger driftchefen.",
        # A rights formula's words inside a story's sentence.
        "Nach dem Urteil sind alle Rechte vorbehalten, so das Gericht in seiner Begründung.",
    ],
)
def test_clean_keeps_quotes_and_story_lines_like_the_third_waves_notes(line: str) -> None:
    assert line in clean_with_line(line, "end").body_text


def test_a_rights_line_inside_a_mailed_signature_block_leaves_the_block_whole() -> None:
    """The signature's block (`---`, the agency, its rights formula, its site) goes as one:
    its middle line is not taken on its own, leaving the rest joined as a paragraph."""
    text = "\n\n".join(
        [
            *STORY,
            "---\nHarbour Press International - London\n"
            "جميع الحقوق محفوظة لوكالة هاربور. يسمح بإعادة النشر شريطة ذكر المصدر.\n"
            "www.harbour.example",
        ]
    )
    mail = (
        "From: desk@harbour.example\nSubject: Ferry timetable\n"
        "Date: Thu, 20 Oct 2016 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
        + text
        + "\n"
    )
    (article,) = clean_items(mail.encode(), "file:///wire/in/sig.eml")
    assert article.body_text.split("\n\n")[-1] == STORY[-1]
