"""Session 32's mends, each from a probe set written by a helper who had not seen the rules:
the form that failed at first sight, and the story text beside it that must stay."""

from __future__ import annotations

import pytest

from tests._helpers_pure import STORY, clean, clean_items, clean_with_line
from wirecopy.tasks.cleaning.credits import split_credit_text, split_credits
from wirecopy.tasks.formats.wiretext import html_tree, tree_figures
from wirecopy.tasks.html.extract import extract_html

# -- agency copy: lines the line rules now know, wherever they stand -------------------------


@pytest.mark.parametrize("where", ["mid", "end"])
@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # The embedded video's label, in capitals as often.
        ("POGLEDAJTE VIDEO", "player_label"),
        ("Watch the video", "player_label"),
        # "Read also" in capitals before its full stop; Khmer's label and colon.
        ("LEES OOK. Havenbedrijf zoekt nieuwe directeur", "related_link"),
        ("អត្ថបទទាក់ទង៖ កំពង់ផែថ្មីបើកដំណើរការ", "related_link"),
        # A picture's note that it illustrates only, in more languages.
        ("Ảnh minh họa", "illustration_note"),
        ("கோப்புப்படம்", "illustration_note"),
        ("자료사진", "illustration_note"),
        # An English summary under its label; a Korean tip line.
        ("Content Highlight: Harbour council to add evening ferry crossings", "summary_label"),
        ("하버뉴스 제보하기: 카카오톡 '하버제보' 채널 추가, 전화 02-555-0100", "tip_line"),
        # The outlet's statement that it follows the press council's code.
        (
            "Satamalehti noudattaa Julkisen sanan neuvoston Journalistin ohjeita. Virheellisistä "
            "tiedoista voi lähettää oikaisupyynnön toimitukselle.",
            "ethics_note",
        ),
        (
            "Havneavisen arbeider etter Vær Varsom-plakatens regler for god presseskikk.",
            "ethics_note",
        ),
        # Rights: the word then its holders; the formula between its word and its terms.
        ("Copyright: Hafenblatt Digitale Medien GmbH / Hafenblatt GmbH", "copyright_line"),
        (
            "Copyright by HBN(https://harbour.example) and HBN Content Co., Ltd. All Rights "
            "Reserved. 무단 전재, 재배포 및 AI학습 이용 금지",
            "rights_reserved",
        ),
        # Calls: Marathi's WhatsApp, Arabic's X platform, Turkish
        # "click to follow", Amharic "subscribe", Thai "every day at", a purpose's lead-in.
        ("ताज्या बातम्यांसाठी 'बंदर'चे व्हॉट्सॲप चॅनल फॉलो करा", "platform_call"),
        ("تابعوا آخر الأخبار عبر حساب «المرفأ» في منصة إكس", "platform_call"),
        ("LİMAN'ı Google News'te takip etmek için tıklayın.", "platform_call"),
        ("ለተጨማሪ መረጃ የወደብ ቲቪን የዩቲዩብ ቻናል ሰብስክራይብ ያድርጉ።", "platform_call"),
        ("ติดตามข่าวท่าเรือได้ทุกวันที่ www.harbour.example", "platform_call"),
        ("Para sa iba pang balita, i-follow ang Daungan sa Facebook at Twitter.", "platform_call"),
        # "After the materials of", its label and a name; the blog engine's Italian footer.
        ("По материалам: УНИАН", "sources_note"),
        ("L’articolo Porto, nuovi orari dei traghetti proviene da Agenzia Porto.", "feed_footer"),
        ("לכל הכתבות באתר נמל היום", "related_link"),
    ],
)
def test_clean_drops_lines_of_the_session32_forms(line: str, rule: str, where: str) -> None:
    article = clean_with_line(line, where)
    assert line not in article.body_text
    assert rule in {f.rule for f in article.removed if f.text == line}


@pytest.mark.parametrize("where", ["mid", "end"])
@pytest.mark.parametrize(
    "line",
    [
        # A story's video, copyright case, press council ruling, tip received and figures.
        "Watch the video the coastguard released on Tuesday showing the rescue at sea.",
        "Copyright lawyers said the ruling would change how ferries play music on board.",
        "Julkisen sanan neuvosto antoi Satamalehdelle huomautuksen Journalistin ohjeiden "
        "rikkomisesta.",
        "경찰은 시민의 전화 제보를 받고 현장에 출동했다.",
        "LEES OOK de brief van de burgemeester, zei de raadsheer.",
        "Ảnh minh họa cho thấy cây cầu mới sẽ nối hai bờ sông vào năm 2026.",
        "For more details the council will publish its plan in May.",
        "Каждый пассажир заплатит на 20 рублей больше, сообщил перевозчик.",
    ],
)
def test_clean_keeps_story_lines_like_the_session32_forms(line: str, where: str) -> None:
    assert line in clean_with_line(line, where).body_text


@pytest.mark.parametrize(
    "line",
    [
        # A tip line after the reader's question; "here you reach us".
        "Imate važnu priču? Javite nam se putem WhatsAppa ili Vibera.",
        "Vill du tipsa Hamnbladet? Här når du oss dygnet runt.",
        # A newsletter call after a condition without its comma; "sign up here" closing it.
        "Se vuoi restare aggiornato sulle notizie del porto iscriviti gratis alla newsletter "
        "di Porto Oggi. Arriva ogni giorno alle 7. Basta cliccare qui.",
        "Hafen heute – der Newsletter: Was die Stadt bewegt, jeden Werktag um 7 Uhr in Ihrem "
        "Postfach. Hier kostenlos anmelden.",
        # Free access behind a sign-up form, after two short sentences to the reader.
        "Gratis onbeperkt toegang tot alle verhalen van Havenblad? Dat kan! Vul hieronder je "
        "e-mailadres in en maak meteen een account aan.",
        # Appeals resting on the outlet's independence or the reader's money.
        "Nezávislá žurnalistika něco stojí. Pokud chcete, aby Přístav mohl dál psát, staňte se "
        "naším předplatitelem.",
        "بندر رسانه‌ای مستقل است و بدون همراهی خوانندگانش نمی‌تواند به کار خود ادامه دهد.",
        "Каждый ваш перевод — это еще один текст, который мы сможем для вас написать.",
        "Bądź na bieżąco i zostań jednym z obserwujących nasz fanpage - polub Port na Facebooku.",
        # Hungarian Google News, the call after the reason and its dash.
        "Ne maradjon le a legfrissebb hírekről – kövesse a Kikötőt a Google Hírekben is!",
        # A funder's note in Somali; a tip line in Tajik; Greek and Armenian reuse terms.
        "Warbixintan waxaa lagu diyaariyay taageero ka timid mashruuca warbaahinta madaxa bannaan.",
        "Агар шумо дар бораи ин мавзӯъ маълумоти бештар доред, ба мо нависед: port@harbour.example",
        "Πηγή: harbour.example Απαγορεύεται η αναδημοσίευση χωρίς την άδεια του εκδότη.",
        "Նյութերի ամբողջական կամ մասնակի օգտագործման դեպքում հղումը harbour.am-ին պարտադիր է։",
        "--- www.harbour.example",
    ],
)
def test_clean_drops_the_session32_closing_notes(line: str) -> None:
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert article.body_text.endswith(STORY[-1])


@pytest.mark.parametrize(
    "line",
    [
        "Se vuoi restare aggiornato sulle notizie del porto iscriviti gratis alla newsletter "
        "di Porto Oggi. Arriva ogni giorno alle 7. Basta cliccare qui.",
        "Hafen heute – der Newsletter: Was die Stadt bewegt, jeden Werktag um 7 Uhr in Ihrem "
        "Postfach. Hier kostenlos anmelden.",
    ],
)
def test_clean_drops_the_session32_notes_inside_the_copy(line: str) -> None:
    """Inside the copy a note needs three features: the call, its channel, its here or voice."""
    assert line not in clean_with_line(line, "mid").body_text


@pytest.mark.parametrize(
    "line",
    [
        # Independence without the readers, readers without independence: a story's words.
        "The club, funded by its members, has no advertising on its shirts.",
        "Гаванский музей — независимое издание, сообщил директор.",
        "Se vuoi restare in città devi pagare di più, ha detto il sindaco.",
    ],
)
def test_clean_keeps_story_lines_like_the_session32_notes(line: str) -> None:
    assert line in clean_with_line(line, "end").body_text


def test_a_notice_wrapped_over_two_lines_is_read_whole() -> None:
    """A plug hard-wrapped in its block: no line of it a rule's alone, the whole one's."""
    plug = "→続きはハーバー電子版で\nhttps://harbour.example/a/1"
    text = "\n\n".join([*STORY[:2], plug, STORY[2]])
    article = clean("Harbour council approves new ferry timetable\n\n" + text + "\n")
    assert "harbour.example/a/1" not in article.body_text
    assert "source_link" in {f.rule for f in article.removed}


def test_a_wrapped_story_paragraph_stays_whole() -> None:
    wrapped = (
        "The council said the new timetable would\nadd three crossings and follow the\n"
        "summer schedule of the island ferries."
    )
    text = "\n\n".join([*STORY[:2], wrapped, STORY[2]])
    article = clean("Harbour council approves new ferry timetable\n\n" + text + "\n")
    assert "add three crossings and follow the summer schedule" in article.body_text


def test_a_markdown_story_drops_its_closing_reuse_notice() -> None:
    notice = "მასალის გამოყენების შემთხვევაში harbour.ge-ზე მითითება სავალდებულოა."
    text = "---\ntitle: Harbour council approves new timetable\n---\n\n" + "\n\n".join(
        [*STORY, notice]
    )
    article = clean(text + "\n", "file:///wire/in/story.md")
    assert notice not in article.body_text
    assert article.body_text.endswith(STORY[-1])


@pytest.mark.parametrize(
    ("note", "kept_as_headline"),
    [
        ("OIKAISU: korjattu liikevaihdon kasvuprosentti (oli 11,2)", False),
        ("CORRIGE cifra de escuelas en el segundo párrafo (son 214, no 241)", False),
        # A headline in capitals that opens with the word is the headline.
        ("CORRECTION OFFICERS STRIKE OVER PAY", True),
    ],
)
def test_iptc7901_reads_a_correction_note_over_the_headline(
    note: str, kept_as_headline: bool
) -> None:
    text = (
        "ZCZC\r\n\x01HBW0412 3 eco 0069 HBW1\r\nHARBOUR-FERRY\r\n\x02"
        f"   {note}\r\n\r\n"
        "   Harbour council approves new ferry timetable\r\n\r\n"
        "   PORT ALDER, March 12 (Harbour Wire) - The council approved the new\r\n"
        "timetable on Tuesday after a two-hour debate.\r\n"
        "   The timetable adds three evening crossings.\r\n\r\n\x03\r\nNNNN\r\n"
    )
    (article,) = clean_items(text.encode(), "file:///wire/in/hbw.txt")
    want = note if kept_as_headline else "Harbour council approves new ferry timetable"
    assert article.title == want


def test_a_feed_items_picture_then_its_described_caption_is_one_figure() -> None:
    """ "<p class=photo><img></p><p class=photo_desc>caption<br>Фото: X</p>": the picture's
    caption and credit, not the story's first paragraph."""
    rss = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Гавань</title>'
        "<link>https://harbour.example/</link><description>Новости</description><item>"
        "<title>Паром пойдёт по новому расписанию</title>"
        "<link>https://harbour.example/a/1</link><pubDate>Tue, 12 Mar 2024 10:00:00 +0000</pubDate>"
        '<content:encoded><![CDATA[<p class="photo"><img src="https://harbour.example/p.jpg" '
        'alt="Паром у причала" /></p><p class="photo_desc">Паром у причала<br />Фото: УНИАН</p>'
        "<p>Совет утвердил новое расписание паромов во вторник после двухчасовых дебатов.</p>"
        "<p>Расписание добавляет три вечерних рейса с мая.</p>]]></content:encoded></item>"
        "</channel></rss>"
    )
    (article,) = clean_items(rss.encode(), "file:///wire/in/harbour.rss")
    assert article.body_text.startswith("Совет утвердил")
    assert [(c.caption_text, c.credit) for c in article.captions] == [("Паром у причала", "УНИАН")]


# -- pictures: credits and captions the rules now read ---------------------------------------


@pytest.mark.parametrize(
    ("text", "caption", "credits"),
    [
        # The copyright's year is the notice's, not the credit's.
        ("Boats at dawn. © 2025 Harbour Press", "Boats at dawn.", ("Harbour Press",)),
        ("© 2020-2024 Harbour.example/Jane Doe", "", ("Harbour.example/Jane Doe",)),
        ("Boats at dawn. (© 2024 Jane Doe)", "Boats at dawn.", ("Jane Doe",)),
        # A Polish chart's label; Thai "thanks for the picture from".
        (
            "Stany wody w latach 2015–2025. Wykres: Port.press",
            "Stany wody w latach 2015–2025.",
            ("Port.press",),
        ),
        ("ขอบคุณภาพจาก : เพจ การท่าเรือ", "", ("เพจ การท่าเรือ",)),
        # WAFA after a dash; China's picture agencies in brackets.
        ("عائلة تعدّ الدبس في بلدة بيت أمر - وفا", "عائلة تعدّ الدبس في بلدة بيت أمر", ("وفا",)),
        ("工作人员在码头种植耐旱植物。（人民视觉）", "工作人员在码头种植耐旱植物。", ("人民视觉",)),
        ("工作人员在码头种植耐旱植物。（视觉中国）", "工作人员在码头种植耐旱植物。", ("视觉中国",)),
    ],
)
def test_split_credits_reads_the_session32_credit_forms(
    text: str, caption: str, credits: tuple[str, ...]
) -> None:
    split = split_credits(text)
    assert (split.caption, split.credits) == (caption, credits)


@pytest.mark.parametrize(
    "text",
    [
        # How it was shot, with a drone: no one's credit.
        "紅葉に囲まれた湖と山＝20日午前、日光市（小型無人機で撮影）",
        # A year alone after the sign names no one; a year closing a caption is its date.
        "Boats at dawn. © 2019",
        "The harbour in 2025",
    ],
)
def test_split_credits_reads_no_credit_in_the_session32_look_alikes(text: str) -> None:
    assert split_credits(text).credits == ()


def test_split_credit_text_drops_the_mongolian_label_without_its_colon() -> None:
    assert split_credit_text("Гэрэл зургийг Д.Гантулга") == ("Д.Гантулга",)


_COLUMN = "<p>" + "The harbour reopened on Monday after two years of building work. " * 2 + "</p>"


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        # The classic editors' caption: a paragraph wholly in italics under its picture, or
        # centred as the picture is.
        ("<p><em>Boats at the new quay on Monday</em></p>", "Boats at the new quay on Monday"),
        (
            '<p style="text-align: center;">Boats at the new quay on Monday</p>',
            "Boats at the new quay on Monday",
        ),
    ],
)
def test_extract_reads_a_line_set_as_the_caption_under_its_picture(line: str, caption: str) -> None:
    centred = ' style="text-align: center;"' if "center" in line else ""
    html = (
        f"<html><body><article><h1>Harbour reopens</h1>{_COLUMN}"
        f'<p{centred}><img src="https://harbour.example/quay.jpg"></p>{line}{_COLUMN}'
        "</article></body></html>"
    )
    page = extract_html(html, "https://harbour.example/a/1")
    assert caption not in page.paragraphs
    assert [i.caption for i in page.images] == [caption]


def test_extract_keeps_an_italic_story_paragraph_that_is_no_caption() -> None:
    """A long italic paragraph after a picture (an editor's note of several sentences) is
    the story's: a caption is one short line."""
    note = (
        "This story was first published in the harbour's weekly paper in 1998. It is "
        "republished here with the author's permission and a few corrections of the figures, "
        "which the port authority checked again this spring."
    )
    html = (
        f"<html><body><article><h1>Harbour reopens</h1>{_COLUMN}"
        f'<p><img src="https://harbour.example/quay.jpg"></p><p><em>{note}</em></p>{_COLUMN}'
        "</article></body></html>"
    )
    assert note in extract_html(html, "https://harbour.example/a/1").paragraphs


def test_a_pictures_box_with_its_described_caption_is_its_figure() -> None:
    """ "<div class=img_center><img><span class=img_desc>…</span></div>": a picture's box and
    its description, as Korean CMSs set it in feeds."""
    tree = html_tree(
        '<div class="img_center"><img src="https://harbour.example/a.jpg" alt="">'
        '<span class="img_desc">Ferries at the new quay</span></div>'
        "<p>The council approved the new timetable on Tuesday after a two-hour debate.</p>"
    )
    assert tree_figures(tree) == [
        ("https://harbour.example/a.jpg", "Ferries at the new quay", None)
    ]


# -- the second wave (agency_ao, wire_ai, images_av) -----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # A tip line: the reader asked for a tip, then where to send it.
        "Har du tips om denne saken? Ring eller send SMS til 55 55 55 55.",
        "Har du tips om en nyhet? Ring 018-555 00 80 eller mejla tips@harbour.example.",
        # Calls to follow, a short name in quotes before their purpose.
        "Подпишитесь на телеграм-канал «Гавани», чтобы не пропустить главные новости.",
        "ติดตามข่าวสารท่าเรือ ได้ทุกช่องทาง",
        # A paywall's counter; an ad label; a desk's code in brackets.
        "（ここまで 312文字 / 残り 215文字）",
        "PUBLICITATE",
        "(Z-9)",
        # Appeals: independence with another adjective; the reader's inbox; a closing call.
        "Jornalismo rigoroso e independente tem um custo. Apoie o Porto.",
        "Las claves del día, cada mañana en tu correo. Apúntate aquí.",
        "Ne manquez aucune actualité : recevez chaque matin l'essentiel dans votre boîte mail.",
        "Předplaťte si Přístav a získejte přístup ke všem článkům na webu i v aplikaci.",
        "Bağımsız gazeteciliğe destek olmak için Liman abonesi olun.",
        "Dziennikarstwo „Portu” jest możliwe dzięki Waszemu wsparciu. Wesprzyjcie nas.",
        "Prenumeruokite „Uostą“ ir skaitykite visus straipsnius be apribojimų.",
        "Najpomembnejše novice vsak dan v vašem e-poštnem predalu. Prijavite se na e-novice.",
        "Každé všední ráno vám řekneme, co je důležité. Poslouchejte Ve zkratce.",
        # Rights and reuse, in Slovenian, Vietnamese, Armenian (a quoted name with its case
        # ending) and Latvian; the UK government's licence; the EU's funding formula.
        "Vse pravice pridržane. Vsebine ni dovoljeno reproducirati brez pisnega dovoljenja.",
        'Bản quyền thuộc về Báo Cảng. Ghi rõ nguồn "Báo Cảng" khi phát hành lại thông tin từ '
        "website này.",
        "«Նավահանգիստ»-ի նյութերը մեջբերելիս հղումը պարտադիր է։",
        "Ostas materiālu pārpublicēšana bez rakstiskas atļaujas ir aizliegta.",
        "All content is available under the Open Government Licence v3.0, except where "
        "otherwise stated",
        "Оваа содржина е изработена со поддршка на Европската Унија. Содржината е единствена "
        "одговорност на Пристаниште.",
        # A sister title's note; why the outlet reports the story; a writer and a quoted outlet.
        "Ein Artikel aus der «Hafen am Sonntag»",
        "HB skriver om dette fordi bybanen er det største samferdselsprosjektet i byen.",
        'Оксана Мельник, "Волинська гавань"',
        "(Copyright 2024 Harbour Media Inc. All rights reserved. This material may not be "
        "published, broadcast, rewritten, or redistributed.)",
    ],
)
def test_clean_drops_the_second_waves_closing_lines(line: str) -> None:
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert article.body_text.endswith(STORY[-1])


@pytest.mark.parametrize(
    "line",
    [
        "Har du tips om hvordan man sparer strøm? Ekspertene anbefaler lavere temperatur.",
        "An article from the council's archive was read aloud at the meeting.",
        "The port's rights are reserved for the city, the court ruled on Tuesday.",
        "Fuente: INE",
        "The European Union said the port bears sole responsibility for the delay, officials said",
    ],
)
def test_clean_keeps_story_lines_like_the_second_waves_forms(line: str) -> None:
    assert line in clean_with_line(line, "end").body_text


def test_a_see_also_label_under_the_headline_goes_with_its_headline() -> None:
    text = "\n\n".join(
        [
            "Harbour council approves new ferry timetable",
            "LEGGI ANCHE",
            "Porto, da lunedì cambiano gli orari di dieci linee bus",
            *STORY,
        ]
    )
    article = clean(text + "\n")
    assert article.title == "Harbour council approves new ferry timetable"
    assert article.body_text.startswith("PORT ALDER, March 12")
    assert "dieci linee" not in article.body_text


def test_iptc7901_reads_a_flush_wrapped_first_paragraph_as_the_story() -> None:
    """A flush 7901 story whose first paragraph is hard-wrapped below a blank line: the
    paragraph is the story's (it was read as head lines and lost), the trailer's time too."""
    text = (
        "\x01hbw0412 4 mar 298 HbW\r\nHAFEN/Fahrplan\r\n\x02\r\n"
        "Neuer Fahrplan für die Fähren\r\n\r\n"
        "HAFENSTADT. Der Rat hat den neuen Fahrplan für die Fähren am Dienstag\r\n"
        "nach zweistündiger Debatte beschlossen. Er bringt drei zusätzliche\r\n"
        "Abendfahrten.\r\n\r\n"
        "Die Opposition kritisierte die Preise für Schüler und Rentner.\r\n\r\n"
        "HbW\r\n141205 Mrz 18 HbW/hk\r\n\x03"
    )
    (article,) = clean_items(text.encode("latin-1"), "file:///wire/in/hbw.txt")
    assert article.title == "Neuer Fahrplan für die Fähren"
    assert article.body_text.startswith("HAFENSTADT. Der Rat hat den neuen Fahrplan")
    assert article.body_text.endswith("Schüler und Rentner.")


@pytest.mark.parametrize(
    ("text", "caption", "credits"),
    [
        (
            "Restauratoriai tiria plytas. Trakų istorijos muziejaus nuotr.",
            "Restauratoriai tiria plytas.",
            ("Trakų istorijos muziejaus",),
        ),
        (
            "Keltas Smiltynėje. Vytauto Liaudanskio nuotr.",
            "Keltas Smiltynėje.",
            ("Vytauto Liaudanskio",),
        ),
        (
            "Promet luke od 2015. do 2024. Izvor: Lučka uprava Rijeka",
            "Promet luke od 2015. do 2024.",
            ("Lučka uprava Rijeka",),
        ),
        ("بسته‌بندی خرما در شهرستان بم (منبع: ایسنا)", "بسته‌بندی خرما در شهرستان بم", ("ایسنا",)),
        (
            "Selline peaks terminal olema. Visualiseering: Harbour Architects",
            "Selline peaks terminal olema.",
            ("Harbour Architects",),
        ),
        # A Chinese handout's "supplied the picture" in brackets closing the caption.
        ("效果图（广州地铁供图）", "效果图", ("广州地铁供图",)),
    ],
)
def test_split_credits_reads_the_second_waves_credit_forms(
    text: str, caption: str, credits: tuple[str, ...]
) -> None:
    split = split_credits(text)
    assert (split.caption, split.credits) == (caption, credits)


# -- the third wave (agency_ap) ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Оқи отырыңыз: Ұлытау облысында киіктердің жаппай төлдеуі басталды",
        "Sjá einnig: Lundastofninn í Eyjum hefur ekki verið sterkari í áratug",
        "Sluit aan by Die Hawe se WhatsApp-kanaal vir die jongste nuus uit die Wes-Kaap.",
        "Ertu með ábendingu? Sendu okkur póst á abending@harbour.example",
        "Har du fundet en fejl i artiklen? Skriv til os – Havnebladet retter altid faktuelle fejl.",
        "Mainos (artikkeli jatkuu alla)",
        "Topik: Harga Cabai, Inflasi, Pangan",
        "Noot voor de redactie: voor meer informatie kunt u contact opnemen met de woordvoerder.",
        "Esta reportagem foi produzida com apoio do Instituto Porto, que não tem ingerência "
        "sobre o conteúdo editorial.",
        "Ndalohet rreptësisht kopjimi i përmbajtjes pa lejen e redaksisë.",
    ],
)
def test_clean_drops_the_third_waves_lines(line: str) -> None:
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert article.body_text.endswith(STORY[-1])


@pytest.mark.parametrize(
    "line",
    [
        "Apoye el periodismo local, pidió el alcalde a los empresarios, que financian la radio.",
        "Esta reportagem de 2019 foi citada pelo tribunal na decisão desta terça-feira.",
        "Ndalohet hyrja në port pa lejen e kapitenit, tha zyrtari.",
    ],
)
def test_clean_keeps_story_lines_like_the_third_waves_forms(line: str) -> None:
    assert line in clean_with_line(line, "end").body_text
