"""Session 36's mends: Markdown's closing notes in emphasis, Chinese title marks in the copy."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests._helpers_pure import STORY, STORY_HEAD, clean, clean_with_line, has_removed
from wirecopy.tasks.cleaning.blocks import stamp_time
from wirecopy.tasks.cleaning.credits import split_credits
from wirecopy.tasks.cleaning.shapes import is_cross_link, note_features
from wirecopy.tasks.formats.markdown import markdown_blocks
from wirecopy.tasks.html.extract import extract_html

_FRONT = '---\ntitle: "Ferry timetable approved"\ndate: 2024-03-12T10:00:00Z\n---\n\n'
_STORY = (
    "The council approved the new ferry timetable on Tuesday after a two-hour debate.\n\n"
    "The timetable adds three evening crossings and takes effect in May.\n\n"
)
_MD_URI = "file:///wire/in/story.md"

# -- a paragraph set wholly in emphasis under Markdown copy is the editor's note --------------


@pytest.mark.parametrize(
    ("chunk", "emphasis"),
    [
        ("*Hery R.*", True),
        ("_Esta [reportagem](https://x.org/a_b) pode ser republicada._", True),
        ("*two\nlines*", True),
        ("**Kontakt:**", False),  # bold: a label
        ("*a* and *b*", False),  # two spans, text between
        ("* * *", False),  # a thematic break
        ("* an item", False),  # a list item
    ],
)
def test_markdown_marks_a_paragraph_wholly_in_emphasis(chunk: str, emphasis: bool) -> None:
    blocks = markdown_blocks(f"Story.\n\n{chunk}")
    assert blocks[0].emphasis is False
    assert any(b.emphasis for b in blocks) is emphasis


@pytest.mark.parametrize(
    "note",
    [
        "*Ságat er en uavhengig dagsavis. Saken kan ikke gjengis uten tillatelse.*",
        "_Nā Radio Waatea – 603AM, te reo o Te Manukau._",
        "*LDR is local body journalism co-funded by RNZ and NZ On Air.*",
    ],
)
def test_an_emphasised_paragraph_closing_markdown_copy_goes(note: str) -> None:
    article = clean(_FRONT + _STORY + note + "\n", _MD_URI)
    text = note.strip("*_")
    assert text not in article.body_text
    assert has_removed(article, "promo", "emphasised_note", text)
    assert "three evening crossings" in article.body_text


def test_an_emphasised_paragraph_inside_markdown_copy_stays() -> None:
    note = "*The ferry company declined to comment on the fares.*"
    data = _FRONT + "The council approved the timetable.\n\n" + note + "\n\n" + _STORY
    article = clean(data, _MD_URI)
    assert "declined to comment on the fares" in article.body_text


def test_markdown_copy_wholly_in_emphasis_keeps_its_text() -> None:
    only = "*The council approved the new ferry timetable on Tuesday.*\n"
    article = clean(_FRONT + only, _MD_URI)
    assert "approved the new ferry timetable" in article.body_text


def test_an_emphasised_quote_closing_markdown_copy_stays() -> None:
    quote = '*"We will keep the evening crossings as long as people use them," she said.*'
    article = clean(_FRONT + _STORY + quote + "\n", _MD_URI)
    assert "as long as people use them" in article.body_text


# -- the Chinese book-title marks are no arrow to another story -------------------------------


def test_a_title_in_chinese_book_marks_is_no_see_also_arrow() -> None:
    line = (
        "台灣國際勞工協會表示，家事移工目前不適用《勞動基準法》，沒有法定工時與休假的保障，"
        "多數人一週工作超過七十小時。"
    )
    assert not is_cross_link(line)
    assert note_features(line) == frozenset()


def test_a_see_also_arrow_in_chinese_still_points_to_another_story() -> None:
    assert is_cross_link("延伸閱讀》台股收盤大漲 外資買超百億")
    assert is_cross_link("相關新聞》《經濟日報》：台股再創新高 市值破表")


def test_chinese_story_paragraphs_quoting_a_law_stay_inside_the_copy() -> None:
    story = (
        "苦勞網記者林詩涵報導\n\n"
        "數十名家事移工及勞工團體成員今日上午前往勞動部陳情，要求儘速制定《家事服務法》。\n\n"
        "台灣國際勞工協會表示，家事移工目前不適用《勞動基準法》，沒有法定工時與休假的保障。\n\n"
        "勞動部官員表示，《家事勞工保障法》草案已在行政院審查中，部內會持續與各方溝通。\n\n"
        "團體則批評，相關草案已延宕十餘年，政府不應再拖延。\n"
    )
    article = clean("家事移工全年無休 團體赴勞動部要求立法保障\n\n" + story)
    assert "不適用《勞動基準法》" in article.body_text
    assert "草案已在行政院審查中" in article.body_text


# -- agency notes (first wave: agency_ay) -----------------------------------------------------

# The outlet's closing notes in the forms agency_ay brought (each family in more languages
# than the probe's): its independence and the reader's money, a funder's note naming the
# piece, a call to follow its news on a channel, the reuse terms beside the piece naming
# itself, a tip line, a paper's schedule, a subscription note, a share call.
_NOTES_AT_THE_END = [
    "Apache is onafhankelijk, advertentievrij en leeft van zijn abonnees. "
    "Word vandaag nog abonnee.",
    "CIPER es un medio sin fines de lucro. Nuestro trabajo es posible gracias al aporte de "
    "nuestros lectores: hazte socio de CIPER.",
    "Este artículo puede ser reproducido libremente citando a CIPER como fuente.",
    "Sie möchten diesen Artikel auf Ihrer Website veröffentlichen? Unter Nennung von CORRECTIV "
    "ist eine Übernahme kostenlos möglich.",
    "CORRECTIV ist spendenfinanziert. Damit wir weiter unabhängig recherchieren können, brauchen "
    "wir Ihre Unterstützung.",
    "Dag og Tid er ei uavhengig riksavis på nynorsk. Prøv avisa i åtte veker for 99 kroner.",
    "Høyr journalisten fortelje meir om saka i siste episode av vekesamtalen.",
    "Meydan TV müstəqil media platformasıdır. Jurnalistikamızın davam etməsini "
    "istəyirsinizsə, bizə dəstək olun.",
    "Xəbərləri ilk öncə izləmək üçün Telegram kanalımıza qoşulun.",
    "YENİDÜZEN'i Google Haberler'de takip ederek gelişmelerden anında haberdar olabilirsiniz.",
    "تابعوا آخر الأخبار والمستجدات عبر حساباتنا على منصات التواصل الاجتماعي.",
    "Հետեւեցէք «Ազդակ»ի լուրերուն նաեւ Ֆէյսպուքի վրայ։",
    "تازہ ترین خبروں کیلئے انقلاب کا واٹس ایپ چینل فالو کیجئے۔",
    "செய்திகளை உடனுக்குடன் அறிந்துகொள்ள எமது வட்ஸ்அப் குழுவில் இணைந்துகொள்ளுங்கள்.",
    "欢迎订阅《联合早报》WhatsApp频道，第一时间掌握东南亚重要新闻。",
    "Bạn đọc có thể gửi tin bài, hình ảnh về Báo Nghệ An qua email: toasoan@baonghean.vn",
    "Ai informații despre un subiect de interes public? Ne poți scrie la ponturi@recorder.ro.",
    "Ábendingar um fréttir má senda á vf@vf.is",
    "Víkurfréttir koma út alla fimmtudaga og er blaðinu dreift frítt inn á öll heimili.",
    "Ο «Νέος Κόσμος» κυκλοφορεί κάθε Δευτέρα και Πέμπτη σε όλη την Αυστραλία.",
    "高知新聞のご購読のお申し込みは、お近くの販売所または本社読者局まで。",
    "정기구독으로 〈시사IN〉의 독립 언론을 지켜주세요.",
    "ร่วมสนับสนุนสื่ออิสระของคนอีสาน สมัครเป็นสมาชิกได้แล้ววันนี้",
    "സ്വതന്ത്ര മാധ്യമപ്രവർത്തനത്തെ പിന്തുണയ്ക്കൂ, അഴിമുഖം സബ്സ്ക്രൈബ് ചെയ്യൂ.",
    "Hlídací pes je nezávislý a nekomerční projekt. Pokud chcete, abychom mohli dál pracovat, "
    "podpořte nás libovolnou částkou.",
    "Recorder este o publicație independentă, finanțată de cititori. Dacă vrei să ne ajuți, "
    "devino susținător Recorder.",
    "Project Multatuli adalah organisasi jurnalisme nirlaba. Dukung kerja kami dengan menjadi "
    "Kawan M.",
    "Megjelenik a Bethlen Gábor Alapkezelő Zrt. támogatásával.",
    "Цей матеріал створено за підтримки Європейського Союзу.",
    "התחקיר נעשה בתמיכת קרן לעיתונות חוקרת מקומית.",
    "รายงานชิ้นนี้ได้รับการสนับสนุนจากกองทุนพัฒนาสื่อปลอดภัยและสร้างสรรค์",
    "यो सामग्री नागरिक सचेतना कार्यक्रमअन्तर्गत तयार पारिएको हो ।",
    "Суреттер ашық дереккөздерден алынды.",
    "Materiały promocyjne partnera",
    "ይህንን ዜና ለወዳጆችዎ ያጋሩ።",
    "Teilen Sie diesen Artikel mit Ihren Freunden.",
]
# … and wherever they stand, the see-also lines.
_NOTES_ANYWHERE = [
    "ተዛማጅ ዜና፦ የኮሪደር ልማቱ ወጪ ስንት ነው?",
    "À lire aussi Ehpad privés : la course aux marges continue malgré les promesses",
]
# Story lines beside the new forms: a reported call, advice, a paper's story, a question.
_STAY = [
    "This post first appeared on Facebook on March 1 and has been shared 5,000 times.",
    "Hükümet sözcüsü, vatandaşların gelişmeleri resmi kanallardan takip edebileceğini söyledi.",
    "Die Übernahme des Konzerns durch den Investor soll im Mai abgeschlossen sein.",
    "Die Stadt beteiligt sich an den Kosten, teilte der Bürgermeister mit.",
    "Der Verein lebt von Spenden, sagte die Vorsitzende.",
    "Wer zahlt die Rechnung?",
    "The magazine's editor said sales had fallen by a third since the spring.",
]


@pytest.mark.parametrize(
    "note",
    [
        "Este reportaje fue realizado en alianza con medios regionales y contó con el apoyo del "
        "Fondo para el Periodismo de Investigación.",
        "Diese Recherche ist in Zusammenarbeit mit dem Netzwerk CORRECTIV.Lokal entstanden.",
        "Liputan ini merupakan hasil kolaborasi Project Multatuli dengan jurnalis lokal dan "
        "didukung oleh Dana Hibah Liputan Pesisir 2024.",
    ],
)
def test_a_funders_note_naming_the_piece_over_the_story_goes(note: str) -> None:
    article = clean(STORY_HEAD + "\n\n" + note + "\n\n" + "\n\n".join(STORY) + "\n")
    assert note not in article.body_text
    assert has_removed(article, "promo", "head_outlet_note", note)
    assert article.body_text.startswith("PORT ALDER, March 12")
    assert STORY[1] in article.body_text


def test_a_lead_naming_a_report_and_its_funder_is_no_note_without_the_piece_naming_itself() -> None:
    lead = "The report, funded by the European Union, found that 40% of rivers were polluted."
    article = clean(STORY_HEAD + "\n\n" + lead + "\n\n" + "\n\n".join(STORY) + "\n")
    assert lead in article.body_text


# -- credits and pictures (first wave: images_be) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "caption", "credits"),
    [
        ("Farmers in Karnal. -Tribune photo", "Farmers in Karnal.", ("Tribune photo",)),
        ("करनाल जिले के एक गांव में किसान। -ट्रिब्यून फोटो", "करनाल जिले के एक गांव में किसान।",
         ("ट्रिब्यून फोटो",)),
        ("Air quality map of Lahore — Courtesy of Punjab EPD", "Air quality map of Lahore",
         ("Courtesy of Punjab EPD",)),
        ("لاہور کا نقشہ — بشکریہ محکمہ تحفظ ماحولیات پنجاب", "لاہور کا نقشہ",
         ("بشکریہ محکمہ تحفظ ماحولیات پنجاب",)),
        ("Така ще изглежда мостът. Визуализация: Община Варна", "Така ще изглежда мостът.",
         ("Община Варна",)),
        ("Vilniaus eglė. Jono Jonaičio nuotr.", "Vilniaus eglė.", ("Jono Jonaičio",)),
    ],
)  # fmt: skip
def test_split_credits_reads_the_session36_credit_forms(
    text: str, caption: str, credits: tuple[str, ...]
) -> None:
    split = split_credits(text)
    assert (split.caption, split.credits) == (caption, credits)


@pytest.mark.parametrize(
    "text",
    [
        "The old bridge - File photo",
        "The team celebrates - a photo",
        "Vilniaus eglė. Asociatyvi nuotr.",
        "Asociatyvi nuotr.",
    ],
)
def test_split_credits_reads_no_credit_in_the_session36_look_alikes(text: str) -> None:
    assert split_credits(text).credits == ()


_LEAD = "<p>The council approved the new solar park on Tuesday after a long debate.</p>"
_TAIL = "<p>Work starts in May and ends next year, the council said in a statement.</p>"


def _pictures(figure: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    page = extract_html(
        f"<html><body><article>{_LEAD}{figure}{_TAIL}</article></body></html>",
        "https://x.example/story",
    )
    return [(i.url.rsplit("/", 1)[-1], i.caption, i.credits) for i in page.images]


def test_a_caption_classed_legenda_after_its_credit_span_is_read() -> None:
    figure = (
        '<div class="foto-interna"><img src="https://x.example/inmet.jpg" width="900" alt="">'
        '<span class="credito">Foto: Divulgação/Inmet</span>'
        '<span class="legenda">Estação meteorológica do Inmet</span></div>'
    )
    assert _pictures(figure) == [
        ("inmet.jpg", "Estação meteorológica do Inmet", ("Divulgação/Inmet",))
    ]


def test_a_credit_field_beside_a_caption_field_is_read() -> None:
    figure = (
        '<div class="field--name-field-image"><img src="https://x.example/mavrovo.jpg" '
        'width="1000" alt="Маврово"></div>'
        '<div class="field field--name-field-image-caption">Жичарницата „Бистра“</div>'
        '<div class="field field--name-field-image-source">Фото: МИА</div>'
    )
    assert _pictures(figure) == [("mavrovo.jpg", "Жичарницата „Бистра“", ("МИА",))]


def test_a_centred_line_in_a_div_under_a_centred_picture_is_its_caption() -> None:
    # (the line in the page's own language and script: the story's paragraphs around it)
    before = (
        "<p>به گزارش برترین ها، محور کرج - چالوس که از بامداد چهارشنبه به دلیل بارش سنگین برف "
        "مسدود شده بود، عصر امروز بازگشایی شد.</p>"
    )
    after = (
        "<p>سازمان هواشناسی نیز برای روزهای پنجشنبه و جمعه هشدار سطح نارنجی صادر کرده و از "
        "احتمال بارش برف در ارتفاعات خبر داده است.</p>"
    )
    figure = (
        '<div style="text-align: center;"><img src="https://x.example/tunnel.jpg" '
        'alt="تونل" style="width: 700px;"></div>'
        '<div style="text-align: center;"><span style="font-size:12px;">ورودی تونل کندوان، '
        "۲۸ آبان ۱۴۰۴</span></div>"
    )
    page = extract_html(
        f'<html><body><div class="body">{before}{figure}{after}</div></body></html>',
        "https://x.example/story",
    )
    assert [(i.url.rsplit("/", 1)[-1], i.caption) for i in page.images] == [
        ("tunnel.jpg", "ورودی تونل کندوان، ۲۸ آبان ۱۴۰۴")
    ]


def test_a_print_sales_link_after_the_credit_is_no_credit() -> None:
    figure = (
        '<figure><img src="https://x.example/skate.jpg" width="1200" alt="Skaters">'
        "<figcaption>Skaters circle the ribbon. "
        '<span class="credit">(Maren Holt/The Spokesman-Review)</span> '
        '<a class="buy-photo" href="https://x.example/buy">Buy this photo</a></figcaption></figure>'
    )
    assert _pictures(figure) == [
        ("skate.jpg", "Skaters circle the ribbon.", ("Maren Holt/The Spokesman-Review",))
    ]


def test_an_ad_sized_picture_and_a_qr_code_are_no_article_pictures() -> None:
    figure = (
        '<div class="td-a-rec"><img src="https://x.example/up/dangote-300x250.jpg" alt="" '
        'width="300" height="250"></div>'
        '<div class="article-qrcode"><img src="https://x.example/app_qrcode.png" width="120">'
        "</div>"
    )
    assert _pictures(figure) == []


def test_a_captioned_picture_at_an_ad_size_with_words_for_it_stays() -> None:
    figure = (
        '<figure><img src="https://x.example/mayor.jpg" alt="The mayor" width="300" '
        'height="250"><figcaption>The mayor at the site.</figcaption></figure>'
    )
    assert _pictures(figure) == [("mayor.jpg", "The mayor at the site.", ())]


# -- wire forms (first wave: wire_as) --------------------------------------------------------


def test_a_title_label_in_the_wires_languages_leaves_the_headline() -> None:
    for label in ("標題：", "Başlık: ", "Titel: ", "Заголовок: "):
        article = clean(
            f"{label}Harbour council approves new ferry timetable\n\n" + "\n\n".join(STORY)
        )
        assert article.title == "Harbour council approves new ferry timetable"


def test_a_stamp_in_a_place_named_chinese_zone_is_read_on_its_clock() -> None:
    assert stamp_time("發稿時間：2009-03-05 03:12（太平洋時間）") == datetime(
        2009, 3, 5, 11, 12, tzinfo=UTC
    )
    # (… summer time and all: US Eastern in July is four hours behind)
    assert stamp_time("發稿時間：2009-07-05 09:40（美東時間）") == datetime(
        2009, 7, 5, 13, 40, tzinfo=UTC
    )


def test_a_reporters_label_over_the_story_names_the_writer() -> None:
    data = "Deniz taksi dönemi başlıyor\n\nMuhabir: Elif Kaya\n\n" + "\n\n".join(STORY)
    article = clean(data)
    assert list(article.authors) == ["Elif Kaya"]
    assert "Muhabir" not in article.body_text


@pytest.mark.parametrize(
    "line", ["Gorenjski glas, torek, 16. septembra 2014", "(DV/mcs) 14/08/96 15:42"]
)
def test_a_senders_closing_place_date_or_desk_stamp_goes(line: str) -> None:
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert article.body_text.endswith(STORY[-1])


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("[Photo caption: The minister announces three new routes. (BIS Photo/Anthony Knowles)]",
         ("BIS Photo/Anthony Knowles",)),
        ("[Bild: Solpaneler vid testanläggningen i Lycksele. Foto: Norrskensenergi]",
         ("Norrskensenergi",)),
    ],
)  # fmt: skip
def test_a_caption_line_in_square_brackets_is_a_picture(
    line: str, credits: tuple[str, ...]
) -> None:
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert [c.credit for c in article.captions] == [", ".join(credits)] or [
        c.credits for c in article.captions
    ] == [credits]


# -- agency notes (second wave: agency_az) ----------------------------------------------------

_SECOND_WAVE_AT_THE_END = [
    "Bağımsız gazetecilik okurlarının desteğiyle ayakta kalır. Artı Gerçek'e abone olarak "
    "habercilik yapmaya devam etmemize katkı sunabilirsiniz.",
    "Απαγορεύεται η αναδημοσίευση του κειμένου χωρίς αναφορά στην πηγή.",
    "Hear more about Hawaii Island's water woes on this week's episode of The Other 808.",
    "Civil Beat's coverage of Hawaii Island is supported in part by a grant from the Hawaii "
    "Community Foundation.",
    "Civil Beat is a nonprofit newsroom. Gifts from readers like you are what make stories "
    "like this one possible.",
    "Escucha este artículo",
    "El periodismo independiente en el exilio existe gracias a sus lectores. Con tu aporte "
    "mensual, CONFIDENCIAL puede seguir informando desde afuera.",
    "Archivado como: Costa Rica, Migración, Remesas",
    "Irekiako edukiak Creative Commons Aitortu 3.0 Espainia lizentziaren pean daude.",
    'Pārpublicēšanas gadījumā atsauce uz "Kurzemes Vārdu" obligāta.',
    "/수원시 제공",
    "Karanta wannan: Gwamnatin Kano za ta raba ingantaccen iri ga manoma 20,000",
    "Ku kasance tare da mu a shafukanmu na Facebook, X da Instagram domin samun labarai.",
    "Рубрика працює завдяки читачам. Станьте частиною спільноти, яка підтримує журналістику.",
    "Wil je op de hoogte blijven van het laatste nieuws uit Hengelo? Download dan de app van "
    "Tubantia.",
    "Холбоотой мэдээ: Нийслэлд 2025 онд 40 мянган айлын орон сууц барина",
    "Мэдээ, мэдээллийг эх сурвалжийг заалгүйгээр хуулбарлан нийтлэхийг хориглоно.",
    "Мы продолжаем работать, пока нас читают и поддерживают. Помочь «Вёрстке» можно с любой суммы.",
    "Fehler gefunden? Jetzt melden.",
    "Gabinete de Comunicación da Consellería do Mar",
    "推荐阅读：广州今夏将迎来多轮高温天气 市民出行注意防暑",
]
_SECOND_WAVE_STAY = [
    "The club's coverage of travel costs is supported by its members, the treasurer said.",
    "Hear the full debate at the council's meeting next week, the clerk advised.",
    "Residents can download the app to report potholes, the council said.",
    "Sales of the album passed 20,000 copies in its first week.",
    "January – 97 thousand, February – 89 thousand",
    "The minister met the editors of the paper on Tuesday.",
]


@pytest.mark.parametrize("line", ["Rariya", "Tubantia"])
def test_a_bare_name_closing_the_copy_goes_and_inside_it_stays(line: str) -> None:
    assert line not in clean_with_line(line, "end").body_text
    assert line in clean_with_line(line, "mid").body_text


# -- wire forms (second wave: wire_at) --------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Źródło informacji: PAP",
        "本新聞文字、照片、影片專供個人使用，著作權屬新頭殼所有，未經同意請勿轉載。",
        "לכתבות נוספות במדור חדשות בארץ: www.nrg.co.il",
        "लोकसत्ता आता टेलीग्रामवर आहे. आमचं चॅनेल जॉइन करण्यासाठी येथे क्लिक करा आणि ताज्या बातम्या मिळवा.",
        "Kloop жаңылыктарын Telegram каналыбыздан окуңуз.",
    ],
)
def test_session36_wire_notes_closing_the_copy_go(line: str) -> None:
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert article.body_text.endswith(STORY[-1])


def test_a_court_ruling_on_reprinting_stays_in_chinese_copy() -> None:
    line = "法院认为，未经许可不得转载他人作品，被告的行为构成侵权。"
    assert line in clean_with_line(line, "end").body_text


def test_greek_month_abbreviations_date_a_7901_trailer() -> None:
    from wirecopy.tasks.dates import month_number

    assert [month_number(m) for m in ("ΟΚΤ", "Οκτωβρίου", "ΜΑΪ", "Ιουνίου", "Ιουλίου")] == [
        10,
        10,
        5,
        6,
        7,
    ]


def test_a_marathi_desk_title_is_no_author() -> None:
    from wirecopy.tasks.formats.bylines import is_staff_title

    assert is_staff_title("लोकसत्ता प्रतिनिधी")
    assert is_staff_title("ڪاوش رپورٽ")
    assert not is_staff_title("राहुल साळुंखे")


# -- credits (second wave: images_bf) --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "caption", "credits"),
    [
        ("Projenin tanıtım görseli (Görsel: İBB)", "Projenin tanıtım görseli", ("İBB",)),
        ("جانب من أجنحة المعرض - تصوير - عمر الحسن", "جانب من أجنحة المعرض", ("عمر الحسن",)),
        ("新能源汽车。21世纪经济报道记者 林汐 摄", "新能源汽车。", ("林汐",)),
    ],
)  # fmt: skip
def test_split_credits_reads_the_second_waves_credit_forms(
    text: str, caption: str, credits: tuple[str, ...]
) -> None:
    split = split_credits(text)
    assert (split.caption, split.credits) == (caption, credits)


def test_a_charts_unit_in_brackets_is_no_credit() -> None:
    assert split_credits("南沙港区近五年汽车滚装出口量（单位：万辆）").credits == ()


def test_an_illustration_label_before_its_maker_leaves_the_credit() -> None:
    from wirecopy.tasks.cleaning.credits import split_credit_text

    assert split_credit_text("Illustration Ville de Cognac") == ("Ville de Cognac",)
    # (a graphic's label stays part of its credit, as the truths print it)
    assert split_credit_text("Infographie Le Soir") == ("Infographie Le Soir",)


# -- agency notes and wire forms (third wave: agency_ba, wire_au) -------------------------------

_THIRD_WAVE_AT_THE_END = [
    "صورة أرشيفية (عرب 48)",
    "اقرأ/ي أيضًا | الناصرة: تراجع حادّ في عدد السيّاح خلال الموسم الماضي",
    "Imagen referencial | Agencia Uno",
    "Retrouvez toute l'actualité de La Réunion sur Clicanoo et dans l'édition numérique du JIR.",
    "রাজ্যের সব খবর পেতে চোখ রাখুন দৈনিক স্টেটসম্যানের ফেসবুক পেজে।",
    "לקבלת עדכונים שוטפים הצטרפו לערוץ הווטסאפ של 'המבשר'",
    "Legia era: Mustér vul ina nova halla da sport",
    "Quest artitgel è vegnì realisà cun il sustegn da la Fundaziun Medias Rumantschas.",
    "Акс: бойгонии «Садои мардум»",
    "Ҳангоми истифодаи мавод истинод ба «Садои мардум» ҳатмист.",
    "阿波おどりの写真特集は徳島新聞電子版でご覧いただけます。",
    "Bixwîne: Nivîskarên kurd li Stenbolê li ser wergera edebî civiyan",
    "«Збруч» існує завдяки вам. Кожен внесок допомагає нам і далі писати про Галичину.",
    "ነፃና ገለልተኛ ሚዲያ እንዲቀጥል የእርስዎ እገዛ ወሳኝ ነው።",
    "Redaksia e Telegrafit",
    "Η Σύνταξη",
    "K. Š.",
]
_THIRD_WAVE_STAY = [
    "The newsroom was evacuated after the alarm, the editor said.",
    "Die Redaktion hat den Bericht am Montag korrigiert.",
    "Retrouvez le parcours complet du marathon sur le site de la mairie, a précisé l'organisateur.",
]


def test_a_liveblogs_entries_in_a_list_are_read_as_sections() -> None:
    entries = "".join(
        f"<li><time>15:4{n}</time><h3>Entry headline {n}</h3><p>The first paragraph of entry {n} "
        f"tells what happened at the airport this afternoon.</p><p>The second paragraph of entry "
        f"{n} adds what the union said about the strike.</p></li>"
        for n in range(3)
    )
    page = extract_html(
        f'<html><body><article><h1>Live</h1><ol class="liveblog">{entries}</ol></article>'
        "</body></html>",
        "https://x.example/live",
    )
    paragraphs = page.paragraphs
    assert "Entry headline 1" in paragraphs
    assert any(p.startswith("The second paragraph of entry 2") for p in paragraphs)


# -- every wave's notes and story lines -------------------------------------------------------


@pytest.mark.parametrize(
    "line", _NOTES_AT_THE_END + _NOTES_ANYWHERE + _SECOND_WAVE_AT_THE_END + _THIRD_WAVE_AT_THE_END
)
def test_session36_agency_notes_closing_the_copy_go(line: str) -> None:
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert article.body_text.endswith(STORY[-1])


@pytest.mark.parametrize("line", _NOTES_ANYWHERE)
def test_session36_see_also_lines_inside_the_copy_go(line: str) -> None:
    article = clean_with_line(line, "mid")
    assert line not in article.body_text
    assert all(p in article.body_text for p in STORY[1:])


@pytest.mark.parametrize("line", _STAY + _SECOND_WAVE_STAY + _THIRD_WAVE_STAY)
@pytest.mark.parametrize("where", ["mid", "end"])
def test_session36_story_lines_beside_the_new_forms_stay(line: str, where: str) -> None:
    assert line in clean_with_line(line, where).body_text


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("Wêne: Xwebûn", ("Xwebûn",)),
        ("Լուսանկարը՝ Երևանի քաղաքապետարան", ("Երևանի քաղաքապետարան",)),
    ],
)
def test_a_kurdish_or_armenian_photo_line_alone_is_a_picture_credit(
    line: str, credits: tuple[str, ...]
) -> None:
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert article.body_text.endswith(STORY[-1])
    assert [c.credit for c in article.captions] == [credits[0]]
