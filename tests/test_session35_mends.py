"""Session 35's mends: plain copy dated by the stamp at its head, on its script's clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests._helpers_pure import (
    STORY,
    STORY_HEAD,
    clean,
    clean_items,
    clean_with_line,
    mail_message,
)
from wirecopy.tasks.cleaning.blocks import stamp_time
from wirecopy.tasks.cleaning.credits import split_credit_text, split_credits
from wirecopy.tasks.dates import local_time, parse_datetime, script_offset

# -- a stamp in figures at the head of plain copy dates it -----------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("08.10.2014 15:20", datetime(2014, 10, 8, 15, 20)),
        ("2015/08/12 16:21", datetime(2015, 8, 12, 16, 21)),
        ("2012年06月21日10:25\u3000来源：和讯网\u3000作者：李明", datetime(2012, 6, 21, 10, 25)),
        ("2008年11月20日\u300016:45", datetime(2008, 11, 20, 16, 45)),
        ("Lomé, le 14/03/2018 - 11h20", datetime(2018, 3, 14, 11, 20)),
        ("14.05.2010 10:32:15", datetime(2010, 5, 14, 10, 32, 15)),
        (
            "19/11/2009 13:45 | Τελευταία ενημέρωση: 19/11/2009 14:20",
            datetime(2009, 11, 19, 13, 45),
        ),
    ],
)
def test_a_stamp_line_gives_its_date_and_time_without_a_zone(line: str, expected: datetime) -> None:
    assert stamp_time(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("14. febrúar 2006 06:00", datetime(2006, 2, 14, 6, 0)),
        ("Fréttablaðið, 14. febrúar 2006 kl. 06:00", datetime(2006, 2, 14, 6, 0)),
        ("23 سبتمبر 2009 14:20", datetime(2009, 9, 23, 14, 20)),
        ("12 de marzo de 2024 - 10:15", datetime(2024, 3, 12, 10, 15)),
    ],
)
def test_a_stamp_line_with_the_month_by_name_gives_its_time(line: str, expected: datetime) -> None:
    assert stamp_time(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14. febrúar 2006 06:00", datetime(2006, 2, 14, 6, 0, tzinfo=UTC)),
        ("12 de marzo de 2024", datetime(2024, 3, 12, tzinfo=UTC)),
        ("23 سبتمبر 2009", datetime(2009, 9, 23, tzinfo=UTC)),
        ("5 تشرين الأول 2023", datetime(2023, 10, 5, tzinfo=UTC)),
        ("12. März 2024, 14:30 Uhr", datetime(2024, 3, 12, 14, 30, tzinfo=UTC)),
        ("3 de julho de 2023 às 10:15", datetime(2023, 7, 3, 10, 15, tzinfo=UTC)),
        ("14 сентября 2024", datetime(2024, 9, 14, tzinfo=UTC)),
    ],
)
def test_parse_datetime_reads_the_month_by_name_in_the_wires_languages(
    text: str, expected: datetime
) -> None:
    assert parse_datetime(text) == expected


@pytest.mark.parametrize("text", ["31 février 2024", "14 horas 2024", "12 de la 2024"])
def test_parse_datetime_reads_no_date_without_a_month(text: str) -> None:
    assert parse_datetime(text) is None


@pytest.mark.parametrize(
    "line",
    [
        "Imechapishwa: 07/02/2018 10:30",  # the fifth of July or the second of July: none
        "Tarih: 14.05.2009",  # a day without its time
        "31.02.2014 10:00",  # no such day
        "The vote on 05.11.2024 was close.",  # no time
        "x" * 120 + " 08.10.2014 15:20",  # no stamp line this long
    ],
)
def test_a_line_without_a_certain_date_and_time_gives_none(line: str) -> None:
    assert stamp_time(line) is None


def test_plain_copy_under_a_stamp_line_is_dated_by_it() -> None:
    article = clean(
        "ЗВЯЗДА :: Культура\n\n08.10.2014 15:20\n\n"
        "У музеі паказваюць вышыўку з фондаў рэгіянальных музеяў\n\n"
        "У Нацыянальным гістарычным музеі адкрылася выстава «Узоры памяці».\n\n"
        "Выстава будзе працаваць да канца лістапада.\n"
    )
    # Cyrillic is written on many clocks: the stamp stays read as UTC.
    assert article.published_at == datetime(2014, 10, 8, 15, 20, tzinfo=UTC)


def test_chinese_copy_under_its_stamp_is_dated_on_the_chinese_clock() -> None:
    article = clean(
        "2015/08/12 16:21\n恒指收跌262點 失守二萬四千關\n\n"
        "人民幣匯價連續第二日大幅下調，拖累港股全日受壓。恒生指數收報23916點。\n\n"
        "內地股市跌幅收窄，市場憂慮人民幣貶值將加重企業的美元債務負擔。\n"
    )
    assert article.published_at == datetime(2015, 8, 12, 8, 21, tzinfo=UTC)


def test_an_embargo_in_the_header_does_not_date_the_copy() -> None:
    article = clean(
        "AGENCE TOGOLAISE DE PRESSE\nEmbargo jusqu'au 15/03/2018 - 08h00\n\n"
        "Campagne agricole : le gouvernement distribue des engrais\n\n"
        "Lomé - Le gouvernement a lancé mercredi la distribution de 12 000 tonnes d'engrais.\n\n"
        "La campagne se poursuivra jusqu'en mai, selon le ministère.\n"
    )
    assert article.published_at is None or article.published_at.day != 15


# -- the script's clock --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("金管局：本港銀行體系流動性充裕，無需擔心。", 8),
        ("日経平均株価は前日比で大幅に反落した。", 9),
        ("공정거래위원회는 오늘 혁신 방안을 발표했다.", 9),
        ("กรุงเทพมหานครประกาศปิดถนนในวันพรุ่งนี้", 7),
        ("ਲੁਧਿਆਣਾ ਵਿੱਚ ਅੱਜ ਭਾਰੀ ਮੀਂਹ ਪਿਆ", 5.5),
        ("የአዲስ አበባ ከተማ አስተዳደር ዛሬ አስታወቀ", 3),
    ],
)
def test_a_script_written_on_one_clock_gives_its_offset(text: str, hours: float) -> None:
    offset = script_offset(text)
    assert offset is not None and offset.utcoffset(None) == timedelta(hours=hours)


@pytest.mark.parametrize(
    "text",
    [
        "Мэрия Новосибирска не будет повышать цену проезда",  # Cyrillic: many clocks
        "The council met Wednesday in Lagos.",
        "Η Κέρκυρα κλείνει τα σχολεία",  # Greek: summer time, a zone database's work
        "Hong Kong's Hang Seng (恒生) fell 1 per cent on Wednesday as traders sold banks.",
        "ঢাকায় ডেঙ্গু প্রতিরোধে অভিযান",  # Bengali: Dhaka and Kolkata keep other clocks
        "",
    ],
)
def test_a_script_written_on_many_clocks_gives_none(text: str) -> None:
    assert script_offset(text) is None


def test_a_stamp_that_names_its_zone_keeps_it() -> None:
    aware = datetime(2024, 3, 12, 10, 0, tzinfo=UTC)
    assert local_time(aware, "日経平均株価は反落した。") == aware
    assert local_time(None, "日経平均株価は反落した。") is None
    assert local_time(datetime(2024, 3, 12, 10, 0), "The council met.") == aware


# -- a 7901 sender's closing stamp without a zone --------------------------------------------


def _telex(closing: str, encoding: str = "latin-1") -> bytes:
    return (
        "ZCZC\r\n\x01STL0412 3 tal 69 STL1\r\nPOHJOLAN-KULJETUS-Q1\r\n"
        "\x02Kuljetuksen liikevoitto laski\r\n\r\n"
        "   HELSINKI, 22. huhtikuuta (Startel) - Kuljetus Oyj:n liikevoitto laski\r\n"
        "tammi-maaliskuussa 4,1 miljoonaan euroon, yhtiö kertoi torstaina.\r\n\r\n"
        "   Liikevaihto kasvoi 12,1 prosenttia 96,4 miljoonaan euroon.\r\n\r\n"
        f"   {closing}\r\n\x03\r\nNNNN\r\n"
    ).encode(encoding)


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("Startel/tl/ev 221147 huhti 04", datetime(2004, 4, 22, 11, 47, tzinfo=UTC)),
        ("AKAJANS/mt/sy 301645 KAS 04", datetime(2004, 11, 30, 16, 45, tzinfo=UTC)),
        ("GPD/mvd 101415 mrt 09", datetime(2009, 3, 10, 14, 15, tzinfo=UTC)),
        ("Startel Finans 22.04.2004 09:31 /kh", datetime(2004, 4, 22, 9, 31, tzinfo=UTC)),
        ("ROMPRES 22.03.2006 13:07", datetime(2006, 3, 22, 13, 7, tzinfo=UTC)),
        ("(Startel) red/gbr 26-SET-17 14:15", datetime(2017, 9, 26, 14, 15, tzinfo=UTC)),
    ],
)
def test_a_7901_senders_closing_stamp_dates_the_copy(closing: str, expected: datetime) -> None:
    (article,) = clean_items(_telex(closing), "file:///wire/in/stl0412.txt")
    assert article.published_at == expected
    assert closing not in article.body_text


def test_a_7901_closing_stamp_of_two_figure_years_reads_the_day_first() -> None:
    # (7901 is the European wires' format: "12-09-23" is the 12th of September 2023, as Novum
    # sends it; ANPA's month-first copy is read apart)
    (article,) = clean_items(_telex("Novum/RvdB 12-09-23 12:05"), "file:///wire/in/stl0412.txt")
    assert article.published_at == datetime(2023, 9, 12, 12, 5, tzinfo=UTC)


def test_a_bracketed_closing_role_line_names_the_writer_and_leaves_the_body() -> None:
    (article,) = clean_items(
        _telex("(autor: Mihaela Dobre, editor: Radu Ionescu)"), "file:///wire/in/stl0412.txt"
    )
    assert article.authors == ["Mihaela Dobre"]
    assert "autor:" not in article.body_text


# -- agency notes in new words (first wave: agency_aw) ---------------------------------------

_NOTES_GONE = [
    # a bullet or an arrow before a label; a Turkish label in capitals
    "▶관련기사 항만공사, 야간 여객선 증편 검토",
    "İLGİNİZİ ÇEKEBİLİR: Liman idaresi yeni tarifeyi açıkladı",
    # see-also labels: Hungarian familiar, Catalan, German "from our offer"
    "Ezt is olvasd el: Új kompjárat indul a kikötőből",
    "Kapcsolódó: Drágul a kompjegy?",
    "చదవండి: నగరంలో కొత్త ఫెర్రీ సేవలు ప్రారంభం",
    "També et pot interessar: El port amplia l'horari dels ferris",
    "Lesen Sie aus unserem Angebot: Neue Fähren für den Hafen",
    # channel calls: Arabic Google News, Turkish "you can follow", Catalan, Italian after the
    # platform's colon with the outlet's channel
    "تابعوا أخبار الميناء من الصحيفة عبر غوغل نيوز",
    "Liman Haber'i Google Haberler'den takip edebilirsiniz.",
    "Segueix Harbour.cat a Telegram, hi trobaràs tota l'actualitat del port",
    "Le notizie del porto su WhatsApp: iscriviti al canale del Corriere",
    # newsletters: after the news it brings and a dash, Spanish "sign up", "our newsletter"
    "Stay on top of the harbour news - sign up to our free morning newsletter.",
    "Apúntate a la newsletter del Puerto y recibe cada mañana las noticias del muelle.",
    "Unser kostenloser Newsletter „Hafen am Morgen“ bringt Ihnen täglich die Nachrichten.",
    # tip lines, a press council's member, subscriptions, programmes, podcasts
    "Mời bạn đọc gửi thông tin về Đường dây nóng của Báo Cảng: 0912.345.678 hoặc email "
    "toasoan@bao-cang.example",
    "The Harbour Wire is a member of the Media Council. Complaints go to the editor first.",
    "Передплатити «Портові вісті» можна в усіх відділеннях пошти. Передплатний індекс — 12345.",
    "Zapraszamy do lektury e-wydania „Kuriera Portowego” – codziennie od godz. 6.",
    "■港湾新聞デジタルでは、港のニュースを毎日お届けしています。",
    "Acompanhe este e outros casos esta noite no 'Porto Aberto', na HTV.",
    "Harbour TV ലൈവ് കാണാം: തുറമുഖ വാർത്തകൾ തത്സമയം",
    "This week's episode of Harbour Talk is about the ferries – find it wherever you listen.",
    # picture notes and credits: open sources, archives, the source, attachments, labels
    "Фото з відкритих джерел",
    "Photo archives Le Port",
    "الصورة من المصدر",
    '(מצ"ב תיעוד מהזירה)',
    "Imatge: Marta Puig",
    "Larawan mula sa PPA",
    "FotoRossi",
    # Chinese original headline
    "原标题：《港口渡轮新时刻表获批》",
]
_SECOND_WAVE_GONE = [
    # labels, notes, calls, credits
    "À lire sur le sujet Îles du Ponant : les traversées ont battu un record",
    "Укыгыз: Татарстанда яңа мәктәп төзеләчәк",
    "Rhannu'r dudalen hon",
    "Mae'r cynnwys hwn hefyd ar gael yn Saesneg",
    "Únase al canal de WhatsApp de EL PUERTO y reciba las noticias del día.",
    "Čuovo Sámedikki maiddái Facebookas ja Instagramas.",
    "ხელისუფლების ოფიციალური ინფორმაციის მისაღებად გამოიწერეთ სამინისტროს Telegram-არხი.",
    "ဆိပ်ကမ်းသတင်း၏ သတင်းများကို Telegram Channel တွင်လည်း နေ့စဉ် ဖတ်ရှုနိုင်ပါသည်။",
    "विभाग की ताज़ा सूचनाओं के लिए X पर @HarbourDept को फॉलो करें।",
    "Всеки лев от вас помага „Пристанищен фар“ да остане свободен за всички читатели.",
    "この記事は港湾新聞の10月1日付朝刊に掲載されたものです。",
    "Η εφημερίδα «Λιμάνι» κυκλοφορεί καθημερινά στα περίπτερα της πόλης.",
    "Govva: Sámediggi",
    "Ata: Savali",
    "ფოტო/ვიდეო: შსს",
]
_SECOND_WAVE_AT_THE_END = [
    # press offices signing the copy (closing it: a headline names one too)
    "Сектор комунікації Головного управління в Харківській області",
    "सूचना एवं जन-सम्पर्क विभाग, बिहार",
    "ਲੋਕ ਸੰਪਰਕ ਵਿਭਾਗ, ਪੰਜਾਬ",
    'דוברות מד"א',
    "Imetolewa na: Kurugenzi ya Mawasiliano ya Rais, Ikulu",
    "Swyddfa'r Wasg Llywodraeth Cymru: 0300 025 8099",
    "Harbour Council Press Office",
    "Материал Татарстан Республикасы агентлыгы ярдәме белән әзерләнде.",
    "អត្ថបទនេះត្រូវបានផលិតឡើងក្រោមការគាំទ្រពីគម្រោងពង្រឹងប្រព័ន្ធផ្សព្វផ្សាយ។",
    "بندر یک رسانهٔ مستقل است و تنها با همراهی خوانندگانش می‌تواند صدای مردم را بازتاب دهد.",
    "Eanet dieđut: sámediggeráđđelahttu, tel. +47 78 47 40 00",
]
_SECOND_WAVE_STAY = [
    "The press office said the minister would attend the opening.",
    "Data: 12 March",
]
_NOTES_GONE_AT_THE_END = [
    # an English tip line naming the outlet's newsroom (the outlet notes' to read)
    "Got a story? Contact the Harbour Wire newsroom at tips@harbour.example",
    # funding notes (Dutch, Spanish), a Burmese support appeal, Chinese editors' roles
    "Dit artikel kwam tot stand met steun van het Fonds voor de Journalistiek.",
    "Este contenido ha sido elaborado con la colaboración del Ayuntamiento del Puerto.",
    "ဆိပ်ကမ်းသတင်း၏ လွတ်လပ်သော သတင်းလုပ်ငန်းကို ထောက်ပံ့ကူညီလိုပါက အောက်ပါ လင့်ခ်မှတဆင့် လှူဒါန်းနိုင်ပါသည်။",
    "栏目主编：王静 文字编辑：刘晓 图片编辑：苏唯",
]
_STORY_LINES_STAY = [
    "Ezt is olvasd el, mondta a kapitány a matrózoknak.",
    "La polizia su Telegram: seguite le indicazioni del canale della Questura.",
    "Videoları YouTube'dan takip edebilirsiniz dedi bakan.",
    "Our newsletter editor, Jane Smith, said readers had complained.",
    "Have a tip? Police asked anyone with information to call 555-1234.",
    "Police asked witnesses to contact the station at tips@police.example.",
    # (reported calls closing the copy, older than the session: the speaker's, not the outlet's)
    "Segueix el debat a Twitter, va dir el conseller.",
    "Police said: follow the instructions posted on the force's Telegram channel.",
    "The brigade wrote on Telegram: join our unit and defend the city.",
    "The newspaper, which is a member of the Press Council, said it would appeal.",
    "Передплатити газету можна було лише на пошті, згадує мешканець села.",
    "Photo archives show the harbour in 1920.",
    "Гривня 95.3",
    "La obra se realizó con la colaboración de la Diputación, dijo el alcalde.",
]


@pytest.mark.parametrize("line", _NOTES_GONE + _SECOND_WAVE_GONE)
@pytest.mark.parametrize("where", ["mid", "end"])
def test_session35_agency_notes_go_wherever_they_stand(line: str, where: str) -> None:
    article = clean_with_line(line, where)
    assert line not in article.body_text
    assert all(p in article.body_text for p in STORY[1:])


@pytest.mark.parametrize("line", _NOTES_GONE_AT_THE_END + _SECOND_WAVE_AT_THE_END)
def test_session35_agency_notes_closing_the_copy_go(line: str) -> None:
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert article.body_text.endswith(STORY[-1])


@pytest.mark.parametrize("line", _STORY_LINES_STAY + _SECOND_WAVE_STAY)
@pytest.mark.parametrize("where", ["mid", "end"])
def test_session35_story_lines_beside_the_new_forms_stay(line: str, where: str) -> None:
    assert line in clean_with_line(line, where).body_text


# -- wire forms (first wave: wire_aq) --------------------------------------------------------


def test_an_anpa_column_under_its_label_with_a_bureau_of_three_letters() -> None:
    text = (
        "\x16\x16\x01a0512 f BC-HARBOUR-COLUMN-TMS  11-18 0233\r\n\x02"
        "^(Harbour column)<\r\n^Plan ahead for the winter timetable<\r\n^By Ellen Marsh<\r\n"
        "\tFerry riders should check the new winter timetable before the first storm.\r\n"
        "\tThe council said crossings will be cut to four a day from December.\r\n"
        "\t(Ellen Marsh is a transport writer in Port Alder. Write to her at the desk.)\r\n"
        "\tEND ADVANCE FOR SUNDAY, NOV. 25\r\n"
        "HWS-PAL 11-18-01 1412AST<\r\n\x03\x04"
    )
    [article] = clean_items(text.encode(), "file:///wire/in/column.txt")
    assert article.title == "Plan ahead for the winter timetable"
    # (1412 Atlantic time, 4 hours behind UTC)
    assert article.published_at == datetime(2001, 11, 18, 18, 12, tzinfo=UTC)
    assert article.body_text.endswith("four a day from December.")


def test_7901_trailers_after_desk_codes_and_a_correction_request_in_the_head() -> None:
    from wirecopy.tasks.formats.iptc7901 import ED_NOTE, TRAILER, _trailer_time

    assert TRAILER.match("PYRESA   MC/jl   12-03-96   13.45")
    assert _trailer_time("PYRESA   MC/jl   12-03-96   13.45", []) == datetime(
        1996, 3, 12, 13, 45, tzinfo=UTC
    )
    # (ANPA writes the month first: a two-figure year there is read no day first)
    assert _trailer_time("HWS   ab/cd   03-12-96   13.45", [], anpa=True) is None
    assert ED_NOTE.match("PARANDUS: parandatud bussiliinide arv (12, mitte 21).")
    assert ED_NOTE.match("Palume kasutada seda versiooni.")
    assert not ED_NOTE.match("Please use the ferry between the islands.")


def test_a_gaelic_release_mail_ends_at_its_end_mark_and_keeps_its_picture() -> None:
    body = (
        "SEIRBHEIS AISEAG ÙR DON EILEAN\n\n"
        "Bidh seirbheis aiseag ùr a’ tòiseachadh air 29 Giblean, thuirt a’ Chomhairle.\n\n"
        "Bidh an t-aiseag a’ ruith sia latha san t-seachdain.\n\n"
        "Dealbh: An t-aiseag ùr aig a’ chidhe. (Dealbh le Ruairidh MacIlleathain)\n\n"
        "-- Crìoch --\n\n"
        "Notaichean do luchd-deasachaidh: cuiribh fòn gu Oifis nam Meadhanan.\n"
    )
    [article] = clean_items(
        mail_message(body, "Fios-naidheachd: Seirbheis aiseag ùr don eilean"),
        "file:///wire/in/aiseag.eml",
    )
    assert article.title == "Seirbheis aiseag ùr don eilean"
    assert article.body_text.endswith("sia latha san t-seachdain.")
    assert [(c.caption_text, c.credit) for c in article.captions] == [
        ("An t-aiseag ùr aig a’ chidhe.", "Ruairidh MacIlleathain")
    ]


@pytest.mark.parametrize(
    "name", ["സ്വന്തം ലേഖകൻ", "Redakshon Extra", "Redacción El Puerto", "Staff Reporter"]
)
def test_a_desks_title_is_no_author(name: str) -> None:
    from wirecopy.tasks.formats.bylines import authors_from_byline, is_staff_title

    assert is_staff_title(name)
    assert authors_from_byline(name) == ()


def test_a_byline_crediting_the_newsroom_goes_without_an_author() -> None:
    article = clean(STORY_HEAD + "\n\nDoor: Redactie\n\n" + "\n\n".join(STORY) + "\n")
    assert "Redactie" not in article.body_text
    assert article.authors == []


def test_a_senders_address_block_over_two_lines_goes() -> None:
    block = (
        "Harbour Council, 12 Quay Street, PA1 2BB Port Alder\n"
        "Tel. +44 1234 567890, fax +44 1234 567891, http://www.harbour.example"
    )
    article = clean_with_line(block, "end")
    assert "Quay Street" not in article.body_text
    assert article.body_text.endswith(STORY[-1])


# -- pictures: credits (first wave: images_bc) -----------------------------------------------

_CREDITS = [
    # a dash glued to the caption's stop before the label
    ("Hikers rest at the hut.—Photo by Jane Banda", "Hikers rest at the hut.", ("Jane Banda",)),
    # an outlet's pictures' service in capitals after the stop
    ("The players celebrate. PBA IMAGES", "The players celebrate.", ("PBA IMAGES",)),
    # Armenian "the graphic", Estonian "drawing"
    ("Սևանա լիճը. Գրաֆիկը՝ Մեդիամաքս", "Սևանա լիճը.", ("Մեդիամաքս",)),
    ("Pargi eskiis. Joonis: Tallinna linn", "Pargi eskiis.", ("Tallinna linn",)),
    # Ethiopic semicolon before the label goes with the credit
    ("የምረቃ ሥነ ሥርዓቱ፤ ፎቶ፦ የከተማ አስተዳደር", "የምረቃ ሥነ ሥርዓቱ", ("የከተማ አስተዳደር",)),
    # (second wave) an agency's Arabic initials in brackets, Kannada "picture courtesy"
    ("عربة على الخط الرابع (و.م.ع)", "عربة على الخط الرابع", ("و.م.ع",)),
    ("ಸಭಾಂಗಣದ ಸಿದ್ಧತೆ. ಚಿತ್ರ ಕೃಪೆ: ವಿಧಾನಸಭೆ ಸಚಿವಾಲಯ", "ಸಭಾಂಗಣದ ಸಿದ್ಧತೆ.", ("ವಿಧಾನಸಭೆ ಸಚಿವಾಲಯ",)),
    # a caption element's text and its credit element's run together
    (
        "Трамвай по линия 5 „Христо Ботев“Снимка: Иван Стаменов",
        "Трамвай по линия 5 „Христо Ботев“",
        ("Иван Стаменов",),
    ),
]
_NO_CREDIT = [
    "He said. THE IMAGES ARE CLEAR",
    "Joonis näitab, kuidas park muutub.",
    "The end of the race.—Winners were named on Sunday",
    "iPhoto: a program for pictures",
    "قال الوزير إن الخط (الرابع) سيفتح",
]


@pytest.mark.parametrize(("text", "caption", "credits"), _CREDITS)
def test_split_credits_reads_the_session35_credit_forms(
    text: str, caption: str, credits: tuple[str, ...]
) -> None:
    split = split_credits(text)
    assert (split.caption, split.credits) == (caption, credits)


@pytest.mark.parametrize("text", _NO_CREDIT)
def test_split_credits_reads_no_credit_in_the_session35_look_alikes(text: str) -> None:
    assert split_credits(text).credits == ()


# -- wire forms (second wave: wire_ar) -------------------------------------------------------


def test_an_anpa_closing_of_the_writer_the_agency_and_a_phone_names_the_writer() -> None:
    text = (
        "\x16\x16\x01a0318 r c BC-US-FERRY-HARBOUR  06-04 0176\r\n\x02"
        "^BC-US-FERRY-HARBOUR<\r\n^CORRECTED: (Corrects fare in 2nd para)<\r\n"
        "^Harbour ferry fares to rise in July<\r\n"
        "\tPort Alder, June 4 (Harbour Wire) - Ferry fares will rise by 5% in July, the "
        "council said.\r\n\tThe new fare for adults will be $3.15, up from $3.00.\r\n"
        "\t--Jane Marsh, Harbour Wire, (312) 555-0186\r\n"
        "\tSend comments to Internet address: ferries@harbour.example\r\n"
        "END\r\nHWIRE-CHI 06-04-98 1452CDT<\r\n\x03\x04"
    )
    [article] = clean_items(text.encode(), "file:///wire/in/ferry.txt")
    assert article.title == "Harbour ferry fares to rise in July"
    assert article.authors == ["Jane Marsh"]
    assert article.body_text.endswith("up from $3.00.")


def test_a_7901_stamp_with_the_minutes_after_a_colon() -> None:
    from wirecopy.tasks.formats.iptc7901 import TRAILER, _trailer_time

    assert TRAILER.match("1114:51 mar 2005")
    assert _trailer_time("1114:51 mar 2005", []) == datetime(2005, 3, 11, 14, 51, tzinfo=UTC)


def test_romanian_in_its_own_code_page_undeclared_reads_with_its_commas() -> None:
    from wirecopy.tasks.formats.decoding import decode_text

    text = "Chișinăul va primi 30 de troleibuze noi până la sfârșitul anului, a anunțat primăria."
    assert decode_text((text * 3).encode("iso8859_16")) == text * 3


@pytest.mark.parametrize(
    ("credit", "expected"),
    [("（黃偉強攝）", ("黃偉強",)), ("資料照，王秉軒", ("王秉軒",)), ("李明摄", ("李明",))],
)
def test_a_chinese_credit_element_loses_its_photographed_and_file_words(
    credit: str, expected: tuple[str, ...]
) -> None:
    assert split_credit_text(credit) == expected


@pytest.mark.parametrize("name", ["సాక్షి వెబ్\u200cడెస్క్\u200c", "डिजिटल डेस्क"])
def test_a_web_desk_is_no_author(name: str) -> None:
    from wirecopy.tasks.formats.bylines import is_staff_title

    assert is_staff_title(name)


def test_a_hebrew_release_mail_reads_its_subject_its_label_and_its_embargo() -> None:
    mail = (
        "From: Spokesperson <press@uni.example>\n"
        "Subject: =?ISO-8859-8-I?Q?=E0=EE=E1=F8=E2=E5?=\n"
        "Date: Sun, 11 Mar 2012 10:02:37 +0200\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "האוניברסיטה העברית בירושלים\n\nהודעה לעיתונות\n11 במרץ 2012\n\n"
        "*** אמברגו: אין לפרסם לפני יום רביעי, 14 במרץ 2012, בשעה 20:00 ***\n\n"
        "מחקר באוניברסיטה העברית: דבורי בר מגדילות את יבול השקדים\n\n"
        "מחקר חדש של חוקרים מהפקולטה לחקלאות מראה כי נוכחות של דבורי בר מגדילה את היבול.\n\n"
        "החוקרים ממליצים לחקלאים להשאיר רצועות צמחייה טבעית בין שורות העצים.\n"
    ).encode()
    [article] = clean_items(mail, "file:///wire/in/huji.eml")
    assert article.title == "מחקר באוניברסיטה העברית: דבורי בר מגדילות את יבול השקדים"
    assert article.body_text.startswith("מחקר חדש")
    assert article.release.embargoed_until == datetime(2012, 3, 14, 20, 0, tzinfo=UTC)


def test_a_pasted_page_under_its_breadcrumb_gives_its_deck_writer_and_time() -> None:
    text = (
        "Harbour Daily - harbour.example\nVijesti > Luka\n\n"
        "Novi trajekti na liniji 11 od listopada\n\n"
        "Putnici s otoka dobit će nove trajekte, lučka uprava najavljuje gušće polaske\n\n"
        "Autor: Ivana Marić | Objavljeno: 23.09.2008 u 14:35\n\n"
        "Lučka uprava od 1. listopada uvodi nove trajekte na liniju 11.\n\n"
        "Stari trajekti i dalje će ploviti na linijama 4 i 8.\n\n"
        "Komentari (23) | Pošalji prijatelju | Ispiši\n"
    )
    article = clean(text)
    assert article.title == "Novi trajekti na liniji 11 od listopada"
    assert article.authors == ["Ivana Marić"]
    assert article.published_at == datetime(2008, 9, 23, 14, 35, tzinfo=UTC)
    assert article.body_text.startswith("Lučka uprava")
    assert article.body_text.endswith("linijama 4 i 8.")


def test_a_release_mail_closes_with_its_place_and_date_and_its_footer() -> None:
    body = (
        "Lisboa alarga rede de bicicletas\n\n"
        "A Câmara vai instalar 20 novas estações no próximo mês, anunciou a autarquia.\n\n"
        "A rede registou mais de 1,3 milhões de viagens no primeiro semestre.\n\n"
        "Fotografia em anexo: Estação junto ao rio. Créditos: Miguel Figueiredo/CML\n\n"
        "Lisboa, 8 de julho de 2019\n\n"
        "Esta mensagem e quaisquer anexos podem conter informação confidencial. Se a recebeu "
        "por engano, por favor apague-a e informe o remetente.\n"
    )
    [article] = clean_items(mail_message(body, "Lisboa alarga rede de bicicletas"), "file:///m.eml")
    assert article.body_text.endswith("no primeiro semestre.")
    assert [(c.caption_text, c.credit) for c in article.captions] == [
        ("Estação junto ao rio.", "Miguel Figueiredo/CML")
    ]


def test_a_feeds_picture_box_with_its_author_span_is_a_figure() -> None:
    from wirecopy.tasks.formats.wiretext import html_tree, tree_figures, tree_paragraphs

    tree = html_tree(
        '<div class="article-photo"><img src="http://x.example/a.jpg" alt="Tram">'
        '<span class="caption">Трамвай по линия 5</span>'
        '<span class="author">Снимка: Иван Стаменов</span></div>'
        "<p>Столичната община ще купи 20 нови трамвая, реши общинският съвет.</p>"
    )
    assert tree_paragraphs(tree) == [
        "Столичната община ще купи 20 нови трамвая, реши общинският съвет."
    ]
    [(_, caption, _)] = tree_figures(tree)
    assert caption is not None and "Снимка: Иван Стаменов" in caption


def test_a_site_themes_own_picture_is_no_article_picture() -> None:
    from wirecopy.tasks.html.rules import JUNK_IMAGE_MARKS

    assert JUNK_IMAGE_MARKS.search("https://x.example/wp-content/themes/news/images/support.png")
    assert JUNK_IMAGE_MARKS.search("https://x.example/themes/civic/img/donate.jpg")
    assert not JUNK_IMAGE_MARKS.search("https://x.example/wp-content/uploads/2025/12/themes.jpg")


def test_a_credit_inside_a_figure_around_one_picture_is_still_read() -> None:
    # (nested figures that hold figures of their own are read each with its own credit; a
    # figure around one picture and its credit, inside the caption's figure, is read through)
    from wirecopy.tasks.html.extract import extract_html

    page = extract_html(
        "<html><body><article><p>The council approved the new solar park on Tuesday after a "
        "long debate in the chamber.</p><figure><figure>"
        '<img src="https://x.example/panels.jpg" width="1200" alt="Solar panels">'
        '<span class="credit">Photo: Jon Pak</span></figure>'
        "<figcaption>Rows of panels on the hill.</figcaption></figure>"
        "<p>Work starts in May and ends next year, the council said.</p></article></body></html>",
        "https://x.example/story",
    )
    assert [(i.url, i.credits) for i in page.images] == [
        ("https://x.example/panels.jpg", ("Jon Pak",))
    ]
