"""Session 30's mends, each from a probe set written by a helper who had not seen the rules:
the form that failed at first sight, and the story text beside it that must stay."""

from __future__ import annotations

import json

import pytest

from tests._helpers_pure import STORY, clean, clean_items, clean_with_line
from wirecopy.tasks.cleaning.credits import split_credits
from wirecopy.tasks.html.extract import extract_html

URL = "https://news.example.org/2025/03/12/harbour-ferry"

# -- agency copy: rights, reuse and distribution notices, stamps ------------------------------


@pytest.mark.parametrize("where", ["mid", "end"])
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # Urdu and Persian hold the holder inside the formula, in either yeh.
        ("جملہ حقوق بحق آئي اين پي محفوظ ہيں", "rights_reserved"),
        ("کلیه حقوق این سایت محفوظ است.", "rights_reserved"),
        # Korean: "this press release was distributed through …", the other word order.
        (
            "※ 이 보도자료는 대한민국 정책브리핑(www.korea.kr)을 통해 배포되었습니다.",
            "syndication_notice",
        ),
        # The paper's name and its day, after a dash.
        ("ΕΛΕΥΘΕΡΟΤΥΠΙΑ - 21/03/2007", "timestamp_line"),
        # Le Monde's see-also after a bar, and Lao "related news".
        (
            "Lire aussi | Article réservé à nos abonnés Dans les Alpes, les petites lignes "
            "de car rurales menacées",
            "related_link",
        ),
        ("ຂ່າວທີ່ກ່ຽວຂ້ອງ: ນະຄອນຫຼວງວຽງຈັນ ກະກຽມແຜນແກ້ໄຂນ້ຳຖ້ວມຂັງໃນລະດູຝົນ", "related_link"),
        # "That is all", closing a Japanese release.
        ("以上", "end_mark"),
        # A picture's label and an office's name in lower-case words (Vietnamese, Thai, Lao).
        (
            "Ảnh: Ban QLDA đầu tư xây dựng các công trình giao thông TP Đà Nẵng",
            "caption_paragraph",
        ),
        ("ขอบคุณภาพจาก : สำนักงานประชาสัมพันธ์จังหวัดเชียงใหม่", "caption_paragraph"),
        ("ພາບ: ພະແນກໂຍທາທິການ ແລະ ຂົນສົ່ງ ນະຄອນຫຼວງວຽງຈັນ", "caption_paragraph"),
        ("Find The Irish Times on WhatsApp and stay up to date", "platform_call"),
        (
            "Mời bạn đọc theo dõi Báo Pháp Luật TP.HCM trên Google News để cập nhật tin tức "
            "nhanh nhất.",
            "platform_call",
        ),
        ("انڈپینڈنٹ اردو کے وٹس ایپ چینل کو فالو کرنے کے لیے یہاں کلک کریں", "platform_call"),
        ("మరిన్ని తాజా వార్తల కోసం వార్త వెబ్‌సైట్‌ను ఫాలో అవ్వండి", "platform_call"),
        ("欢迎下载上观新闻客户端，获取更多上海本地资讯", "platform_call"),
        ("本文系上观新闻原创，转载请注明出处", "rights_reserved_cjk"),
        ("This article does not constitute investment advice.", "advice_disclaimer"),
        (
            "ข่าวนี้เป็นการเผยแพร่ข้อมูลเพื่อประกอบการตัดสินใจลงทุนเท่านั้น มิใช่การชี้นำให้ซื้อหรือขายหลักทรัพย์",
            "advice_disclaimer",
        ),
        (
            "Ezt is ajánljuk: Aszály sújtja az Alföldet, a kukoricatermés fele odaveszhet",
            "related_link",
        ),
        ("ဆက်စပ်သတင်း - မန္တလေးတွင် သွေးလှူဒါန်းပွဲ ကျင်းပ", "related_link"),
        ("Новини партнерів", "ad_marker"),
        ("Ämnen i artikeln: Stockholm, Bad, Kommunpolitik", "tags_line"),
        ("REDACCIÓN BOGOTÁ", "newsroom_signoff"),
    ],
)
def test_clean_drops_lines_of_the_session30_forms(line: str, rule: str, where: str) -> None:
    article = clean_with_line(line, where)
    assert line not in article.body_text
    assert rule in {f.rule for f in article.removed if f.text == line}


def test_clean_drops_belarusian_reuse_terms_closing_the_copy() -> None:
    line = "Пры выкарыстанні матэрыялаў спасылка на «Звязду» абавязковая."
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert "reuse_notice" in {f.rule for f in article.removed}


@pytest.mark.parametrize("where", ["mid", "end"])
@pytest.mark.parametrize(
    "line",
    [
        # A court's words about the formula are a story's.
        "عدالت نے کہا کہ جملہ حقوق محفوظ ہونے کے باوجود کمپنی نے گانا استعمال کیا۔",
        "해양수산부는 이 보도자료를 통해 배포된 지원금 내역을 공개했다.",
        # An agenda's date and time stay.
        "15/03/2025 - 18:00",
    ],
)
def test_clean_keeps_story_lines_like_notices(line: str, where: str) -> None:
    assert line in clean_with_line(line, where).body_text


@pytest.mark.parametrize("where", ["mid", "end"])
@pytest.mark.parametrize(
    "line",
    [
        "Watch | the mayor said the plan would go ahead.",  # a sentence after the bar
        "Photo: the mayor at the opening",  # a caption's words, no name
        "Foto: Die Polizei sucht Zeugen. Hinweise an die Wache.",  # sentences
        "居銮：3218人（29个疏散中心）",  # a town's figure: its label is no picture's
        "种植户 王建国：今年水来得及时，我们家种了80亩玉米制种。",  # a farmer speaking
    ],
)
def test_clean_keeps_lines_like_labels(line: str, where: str) -> None:
    assert line in clean_with_line(line, where).body_text


def test_credit_line_keeps_the_caption_it_repeats_apart() -> None:
    """A picture's label before a caption and its credit is no credit of one name."""
    line = "Foto: ICE am Berliner Hauptbahnhof (Archiv), via dts Nachrichtenagentur"
    article = clean_with_line(line, "end")
    assert all(c.credit != line.removeprefix("Foto: ") for c in article.captions)


# -- credits split off captions ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        # Taiwan's brackets: photographed by, after a slash.
        (
            "颱風外圍環流影響，基隆港邊浪花拍岸。（攝影／林家緯）",
            "颱風外圍環流影響，基隆港邊浪花拍岸。",
            "林家緯",
        ),
        # A chart's maker.
        (
            "2024年以来中国汽车月度出口量 制图：财新数据通",
            "2024年以来中国汽车月度出口量",
            "财新数据通",
        ),
        # Swahili "picture by" in capitals, in brackets.
        (
            "Waziri Mkuu akikagua mabanda jana. (PICHA NA OFISI YA WAZIRI MKUU)",
            "Waziri Mkuu akikagua mabanda jana.",
            "OFISI YA WAZIRI MKUU",
        ),
        # The French papers' "Ph." before the photographer.
        (
            "Le public lors de la soirée d'ouverture. Ph. Bouchaib Sadiq",
            "Le public lors de la soirée d'ouverture.",
            "Bouchaib Sadiq",
        ),
        # A known agency in its own script after a spaced dash.
        (
            "أمير منطقة القصيم خلال افتتاح المهرجان - واس",
            "أمير منطقة القصيم خلال افتتاح المهرجان",
            "واس",
        ),
        (
            "Трамваї Tram2000 у депо на вулиці Київській. Фото — Олександр Гуменюк",
            "Трамваї Tram2000 у депо на вулиці Київській.",
            "Олександр Гуменюк",
        ),
        (
            "La jefa de Gobierno durante el recorrido de supervisión. Foto @GobCDMX",
            "La jefa de Gobierno durante el recorrido de supervisión.",
            "@GobCDMX",
        ),
        (
            "Вход в переход со стороны ЦУМа. Фото пресс-службы мэрии Бишкека",
            "Вход в переход со стороны ЦУМа.",
            "пресс-службы мэрии Бишкека",
        ),
        (
            "Banjir rob merendam permukiman warga, Rabu (10/12/2025). (Pradita Utama/detikcom)",
            "Banjir rob merendam permukiman warga, Rabu (10/12/2025).",
            "Pradita Utama/detikcom",
        ),
        (
            "Piazza San Marco allagata martedì mattina (ansa)",
            "Piazza San Marco allagata martedì mattina",
            "ansa",
        ),
    ],
)
def test_split_credits_reads_more_labels(text: str, caption: str, credit: str) -> None:
    split = split_credits(text)
    assert (split.caption, split.credits) == (caption, (credit,))


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe, Ph.D. in chemistry, at the lab.",  # a degree, no label
        "Waziri Mkuu akiwa na picha na wanafunzi wa shule hiyo.",  # taking a picture with them
        "Трамваї у депо. Фото — ілюстративне",  # what the picture is, no one's name
        "Protesters outside the ministry. Photo @ 2pm showed the crowd",  # no handle closing it
        "Il fiume forma un'ampia curva (ansa) prima di entrare in città, verso sud",  # mid-caption
        "Students at the hall (Grade 4/science)",  # a class, not a name and a brand
    ],
)
def test_split_credits_leaves_words_like_labels(text: str) -> None:
    assert split_credits(text).credits == ()


# -- wire files: own names, slashed datelines, trailers ----------------------------------------


def test_clean_reads_the_feeds_title_as_the_outlets_own_name() -> None:
    """An RSS item signed "Джерело: ГалІнфо": its feed is "ГалІнфо - новини …"."""
    rss = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>ГалІнфо - новини Львова та Галичини</title><link>http://galinfo.example/</link>"
        "<item><title>На Сколівщині через негоду знеструмлено 12 сіл</title>"
        "<link>http://galinfo.example/news/1.html</link>"
        "<pubDate>Thu, 18 Nov 2010 12:35:00 +0200</pubDate><content:encoded><![CDATA["
        "<p>Через сильний вітер і мокрий сніг без світла залишилися 12 сіл.</p>"
        "<p>Бригади енергетиків працюють з шостої ранку.</p><p>Джерело: ГалІнфо</p>]]>"
        "</content:encoded></item></channel></rss>"
    )
    (article,) = clean_items(rss.encode(), "file:///wire/in/galinfo.rss")
    assert "Джерело: ГалІнфо" not in article.body_text
    assert article.body_text.endswith("Бригади енергетиків працюють з шостої ранку.")


def test_iptc7901_after_a_zczc_line_keeps_its_slashed_dateline() -> None:
    """ "ZCZC" before the SOH: still a 7901 message; its dateline "/Rompres/" opens the story
    (its wrapped lines were read as head lines) and its trailer closes it."""
    text = (
        "ZCZC\r\n\x01ROM217 4 soc 356 ROMPRES\r\nBUCURESTI-TRAMVAIE\r\n"
        "\x02Primaria va moderniza 40 de statii de tramvai\r\n\r\n"
        "Bucuresti, 22 mar /Rompres/ - Primaria Municipiului Bucuresti va\r\n"
        "moderniza in acest an 40 de statii de tramvai de pe liniile 1,\r\n"
        "21 si 41, a anuntat miercuri directorul Directiei de Transporturi\r\n"
        "din cadrul primariei.\r\n\r\n"
        "Valoarea lucrarilor este estimata la 11,5 milioane de lei.\r\n\r\n"
        "ROMPRES 22.03.2006 13:07\r\n\x03\r\nNNNN\r\n"
    )
    (article,) = clean_items(text.encode("latin-1"), "file:///wire/in/rom217.txt")
    first, *_, last = article.body_text.split("\n\n")
    assert first.startswith("Bucuresti, 22 mar /Rompres/ - Primaria Municipiului")
    assert last == "Valoarea lucrarilor este estimata la 11,5 milioane de lei."


@pytest.mark.parametrize(
    "line", ["201745 SET 12", "《本文章為MoneyDJ理財網所有，未經許可，不得轉載。》"]
)
def test_clean_drops_a_transmission_time_and_a_bracketed_rights_notice(line: str) -> None:
    assert line not in clean_with_line(line, "end").body_text


@pytest.mark.parametrize(
    ("opening", "headline"),
    [
        (
            "14.05.2010 10:32:15\nMARMARA TEKSTIL YENI FABRIKA ICIN 42 MILYON TL YATIRIM YAPACAK",
            "MARMARA TEKSTIL YENI FABRIKA ICIN 42 MILYON TL YATIRIM YAPACAK",
        ),
        (
            "月末资金面趋紧 银行间回购利率全线上涨\n2012年06月21日10:25　来源：和讯网　作者：李明",
            "月末资金面趋紧 银行间回购利率全线上涨",
        ),
    ],
)
def test_clean_reads_the_headline_beside_its_stamp(opening: str, headline: str) -> None:
    article = clean(opening + "\n\n" + "\n\n".join(STORY) + "\n")
    assert article.title == headline
    assert article.body_text.startswith(STORY[0][:20])


def test_clean_keeps_a_two_line_headline_without_a_stamp() -> None:
    article = clean("Harbour council approves\nnew ferry timetable\n\n" + "\n\n".join(STORY) + "\n")
    assert article.title == "Harbour council approves new ferry timetable"


# -- page bodies: script state, a locked half's crossheads, a paywall's buttons -----------------

PROSE = [
    f"Paragraph {n} of the harbour story tells how the council weighed the ferry timetable, "
    "the cost of tickets for students and pensioners, and the evening crossings in May."
    for n in range(1, 6)
]


def _next_page(nodes: list[dict[str, object]]) -> str:
    state = {"props": {"pageProps": {"article": {"headline": "Harbour", "body": nodes}}}}
    return (
        "<html><head><title>Harbour ferry timetable</title></head><body><main>"
        "<h1>Harbour ferry timetable</h1><div class='skeleton'>Loading...</div></main>"
        f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(state)}</script>"
        "</body></html>"
    )


def test_extract_reads_a_state_of_domhandler_text_nodes() -> None:
    """{"type": "p", "children": [{"type": "text", "data": "…"}]} (SCMP's body): the story."""
    nodes = [{"type": "p", "children": [{"type": "text", "data": p}]} for p in PROSE]
    page = extract_html(_next_page(nodes), URL)
    assert page.paragraphs == PROSE


def test_extract_reads_a_states_subheadline_node() -> None:
    nodes: list[dict[str, object]] = [
        {"type": "paragraph", "items": [{"type": "text", "text": p}]} for p in PROSE
    ]
    nodes.insert(2, {"type": "subheadline", "items": [{"type": "text", "text": "The cost"}]})
    page = extract_html(_next_page(nodes), URL)
    assert page.paragraphs == [*PROSE[:2], "The cost", *PROSE[2:]]


def test_extract_keeps_a_locked_halfs_crosshead_and_drops_the_prompts_buttons() -> None:
    html = (
        "<html><body><article><h1>Harbour ferry timetable</h1><div class='article-body'>"
        + "".join(f"<p>{p}</p>" for p in PROSE[:2])
        + "<div class='plus-wall' id='paywall'><h3>Read on with Harbour Plus</h3>"
        "<p>This article is for subscribers.</p><a class='btn' href='/plus'>Try now</a>"
        "<a href='/login'>Already a subscriber? Log in</a></div>"
        "<div class='article-body__plus' style='display:none' aria-hidden='true'>"
        "<h2>Waiting times should fall</h2>"
        + "".join(f"<p>{p}</p>" for p in PROSE[2:])
        + "</div></div></article></body></html>"
    )
    page = extract_html(html, URL)
    assert page.paragraphs == [*PROSE[:2], "Waiting times should fall", *PROSE[2:]]


# -- agency copy: calls, reuse and funding notes in more languages -------------------------------


@pytest.mark.parametrize("where", ["mid", "end"])
@pytest.mark.parametrize(
    "line",
    [
        # English's follow/subscribe/join as South Asian scripts borrow it, "do" after it.
        "ଓଡ଼ିଶା ଓ ଦେଶବିଦେଶର ସବୁ ଖବର ପାଇଁ ଓଟିଭିକୁ ଫଲୋ କରନ୍ତୁ",
        "रातोपाटीको युट्युब च्यानल सब्स्क्राइब गर्नुहोस् ।",
        "ജന്മഭൂമി വാർത്തകൾ ടെലഗ്രാമിൽ ലഭിക്കാൻ ചാനലിൽ ജോയിൻ ചെയ്യൂ",
        # Thai and Lao "follow the news at", Somali "follow", Kurdish "like", Dhivehi "join",
        # Tamil "download the app".
        "ติดตามข่าวสารล่าสุดได้ที่ AMARIN TV HD ช่อง 34",
        "ຕິດຕາມຂ່າວສານເພີ່ມເຕີມໄດ້ທີ່ເພຈ ໂທລະພາບແຫ່ງຊາດລາວ",
        "Kala soco wararka ugu dambeeyay Horseed Media bogga Facebook iyo X.",
        "بۆ ئاگاداربوون لە دوایین هەواڵەکان، پەیجی PUKmedia لە فەیسبووک لایک بکەن",
        "ވަގުތުގެ ޓެލެގްރާމް ޗެނަލަށް ޖޮއިން ކުރައްވާ",
        "உடனுக்குடன் செய்திகளைப் பெற ஒன்இந்தியா தமிழ் ஆப்-ஐ பதிவிறக்கம் செய்யுங்கள்",
    ],
)
def test_clean_drops_calls_in_more_scripts(line: str, where: str) -> None:
    article = clean_with_line(line, where)
    assert line not in article.body_text
    assert "platform_call" in {f.rule for f in article.removed if f.text == line}


@pytest.mark.parametrize(
    "line",
    [
        "Source: The Straits Times © SPH Media Limited. Permission required for reproduction.",
        "Նյութերն ամբողջությամբ կամ մասնակի օգտագործելիս հղումը factor.am-ին պարտադիր է։",
        "Սույն հրապարակումը պատրաստվել է Եվրոպական միության ֆինանսական աջակցությամբ։ "
        "Բովանդակության համար պատասխանատվություն է կրում միայն Factor.am-ը։",
        "이 기사는 지역신문발전기금을 지원받았습니다.",
        "Wilt u reageren? Stuur dan een brief naar brieven@trouw.nl",
        "სტატია მომზადებულია ევროკავშირის ფინანსური მხარდაჭერით. მის შინაარსზე "
        "პასუხისმგებელია მხოლოდ „გურია ნიუსი“.",
    ],
)
def test_clean_drops_reuse_funding_and_letters_notes_closing_the_copy(line: str) -> None:
    assert line not in clean_with_line(line, "end").body_text


@pytest.mark.parametrize("where", ["mid", "end"])
@pytest.mark.parametrize(
    "line",
    [
        "मंत्री ने कहा कि लोग नियमों का पालन करें।",  # an imperative in reported speech
        "The court said reproduction of the logo © 2019 was prohibited, the judge ruled.",
        "Residents can follow the works on the city's website, the mayor said.",
    ],
)
def test_clean_keeps_story_lines_like_calls(line: str, where: str) -> None:
    assert line in clean_with_line(line, where).body_text


@pytest.mark.parametrize(
    "line",
    [
        "Ha fontosnak tartja a független újságírást, fizessen elő a Népszavára!",
        "Независимой журналистике в России сейчас непросто. Поддержите «Новую газету Европа» — "
        "ваша помощь позволяет нам продолжать работу.",
        "Bağımsız gazetecilik, okurlarının desteğiyle ayakta kalır. Medyascope'a destek olun.",
        "Wyborcza.pl. Dziennikarstwo, któremu możesz zaufać. Dołącz do prenumeratorów.",
        "A 444 az olvasói támogatásokból működik. Ha fontosnak tartod, amit csinálunk, "
        "támogass minket!",
        "Sostieni ilfattoquotidiano.it: mai come in questo momento abbiamo bisogno di te.",
    ],
)
def test_clean_drops_an_appeal_to_pay_closing_the_copy(line: str) -> None:
    """A call to support, subscribe or donate beside independent journalism, the outlet's
    voice, its name or its address."""
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert "tail_outlet_note" in {f.rule for f in article.removed if f.text == line}


@pytest.mark.parametrize(
    "line",
    [
        '"Support independent journalism," the leader of the union told the crowd there.',
        "Press freedom groups urged governments to support independent journalism in the region.",
        "The fund will support independent journalism in the region for three years.",
    ],
)
def test_clean_keeps_a_storys_words_on_independent_journalism(line: str) -> None:
    assert line in clean_with_line(line, "end").body_text


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "Artikulu hau Creative Commons Aitortu-PartekatuBerdin 4.0 lizentziapean "
            "argitaratu da. Berria.eus",
            "licence_note",
        ),
        ("„ბათუმელების“ მასალის გადაბეჭდვა ნებადართულია მხოლოდ წყაროს მითითებით.", "reuse_notice"),
        (
            "--- قدس برس إنترناشيونال للأنباء - لندن جميع الحقوق محفوظة لوكالة قدس برس. "
            "يسمح بإعادة النشر شريطة ذكر المصدر.",
            "reuse_notice",
        ),
    ],
)
def test_clean_drops_licence_and_reuse_notes_of_more_languages(line: str, rule: str) -> None:
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert rule in {f.rule for f in article.removed if f.text == line}


@pytest.mark.parametrize(
    "line",
    [
        '"Justice" was the word on every banner in the square that day.',
        "The company said all rights reserved to the state were protected by the contract, "
        "and its lawyers would appeal the ruling before the supreme court in the spring.",
    ],
)
def test_clean_keeps_a_named_quote_and_a_storys_rights_words(line: str) -> None:
    assert line in clean_with_line(line, "end").body_text


@pytest.mark.parametrize("where", ["mid", "end"])
@pytest.mark.parametrize(
    "line",
    [
        "The company said its shares are not a recommendation to buy, analysts noted.",
        '"Find the suspect on Facebook," the police chief told reporters.',
        "Watch - the mayor said the plan would go ahead.",
        "Redacción y corrección del texto estuvieron a cargo de la universidad.",
    ],
)
def test_clean_keeps_story_lines_like_agency_aj_forms(line: str, where: str) -> None:
    assert line in clean_with_line(line, where).body_text


def test_extract_reads_an_apollo_list_block() -> None:
    """{"__typename": "ListBlock", "items": [...]}: the list's lines, in their place."""
    nodes: list[dict[str, object]] = [{"type": "paragraph", "text": p} for p in PROSE]
    items = ["free travel for residents over 70,", "half fares for pupils and students."]
    nodes.insert(3, {"__typename": "ListBlock", "ordered": False, "items": items})
    page = extract_html(_next_page(nodes), URL)
    assert page.paragraphs == [*PROSE[:3], *items, *PROSE[3:]]


def test_extract_reads_the_states_rest_past_a_paywall_prompt() -> None:
    """The printed beginning closes with a paywall's prompt; the state holds the whole story."""
    state = {"content_elements": [{"type": "text", "content": p} for p in PROSE]}
    html = (
        "<html><head><title>Harbour ferry timetable</title></head><body><article>"
        "<h1>Harbour ferry timetable</h1><div class='news-body'>"
        + "".join(f"<p>{p}</p>" for p in PROSE[:2])
        + "</div><div class='paywall'><p>Continue reading with unlimited access</p>"
        "<a href='/subscribe'>Subscribe for 1.90 in the first month</a>"
        "<a href='/login'>Already a subscriber? Log in</a></div></article>"
        f"<script>Fusion.globalContent={json.dumps(state)};</script></body></html>"
    )
    page = extract_html(html, URL)
    assert page.paragraphs == PROSE
