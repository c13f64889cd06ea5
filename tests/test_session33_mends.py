"""Session 33's mends, each from a probe set written by a helper who had not seen the rules:
the form that failed at first sight, and the story text beside it that must stay."""

from __future__ import annotations

import pytest

from tests._helpers_pure import STORY, STORY_HEAD, clean, clean_items, clean_with_line, mail_message

# -- e-mailed copy sheets: the slip above the headline, the pictures listed after ENDS -------

_SHEET = (
    "HARBOUR PICTURES (01632 960123)\nHarbour News & Picture Agency\n\n"
    "STORY: FERRY BELL\nWORDS: 240\nPICS: 2 attached\n\n"
    "FOR IMMEDIATE USE\n\n"
    "Ferry bell rescued from the harbour floor after 90 years\n\n"
    "By Ann Kerr\n\n" + "\n\n".join(STORY) + "\n\nENDS\n\n"
    "PICTURE CAPTIONS:\n\n"
    "BELL_01.jpg: The bell on the quay at Port Alder. Picture: Harbour Museum/HNPA\n"
    "BELL_02.jpg: Divers lifting the bell on Tuesday. Picture: HNPA\n\n"
    "Ann Kerr\nHNPA\nUnit 4, Quay Road, Port Alder\nNewsdesk: 01632 960123\n\n"
    "Copy and pictures remain the copyright of HNPA and may not be syndicated without "
    "permission.\n"
)


def test_a_copy_sheets_slip_above_the_headline_is_its_header() -> None:
    article = clean(_SHEET)
    assert article.title == "Ferry bell rescued from the harbour floor after 90 years"
    assert article.authors == ["Ann Kerr"]
    assert article.body_text.startswith("PORT ALDER")
    slip = {f.text for f in article.removed if f.rule == "header_slip"}
    assert "FOR IMMEDIATE USE" in slip
    assert any(t.startswith("STORY: FERRY BELL") for t in slip)


def test_what_follows_ends_goes_and_the_listed_pictures_are_captions() -> None:
    article = clean(_SHEET)
    assert article.body_text.endswith(STORY[-1])
    assert "PICTURE CAPTIONS" not in article.body_text
    assert "Newsdesk" not in article.body_text
    assert [(c.caption_text, c.credit) for c in article.captions] == [
        ("The bell on the quay at Port Alder.", "Harbour Museum/HNPA"),
        ("Divers lifting the bell on Tuesday.", "HNPA"),
    ]


def test_a_first_paragraph_above_the_byline_is_no_slip() -> None:
    """A sentence above the byline: the copy opens with its headline as before."""
    text = (
        "Harbour council approves new ferry timetable\n\n"
        "Council approves timetable\n\n"
        "The council approved the new timetable on Tuesday.\n\n"
        "By Ann Kerr\n\n" + "\n\n".join(STORY[1:]) + "\n"
    )
    article = clean(text)
    assert article.title == "Harbour council approves new ferry timetable"
    assert "The council approved the new timetable on Tuesday." in article.body_text
    assert not any(f.rule == "header_slip" for f in article.removed)


def test_a_paragraph_naming_a_picture_file_in_the_story_stays() -> None:
    line = "The museum posted bell.jpg: a photo of the bell, on its website on Tuesday."
    article = clean_with_line(line, "end")
    assert line in article.body_text


# -- terms of reuse, sign-offs and the writer's notes ------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # Ukrainian "All rights reserved" in its other form, then the terms.
        "Усі права захищено. Використання матеріалів Гавань.UA дозволяється за умови "
        "посилання (для інтернет-видань — гіперпосилання) на Гавань.UA.",
        # Armenian: the copy's name and "partial or full" before the word of use.
        "Harbour.am-ի նյութերի մասնակի կամ ամբողջական օգտագործման դեպքում հղումը պարտադիր է։",
        # An agency's name set between dashes; the word for agency and its quoted name.
        "- Harbour News -",
        "საინფორმაციო სააგენტო „ნავსადგური“",
    ],
)
def test_clean_drops_the_session33_closing_lines(line: str) -> None:
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert article.body_text.endswith(STORY[-1])


@pytest.mark.parametrize(
    "line",
    [
        "Використання матеріалів справи дозволяється лише суду, сказав адвокат.",
        "- Maria Lopez -",
        "Ministry of Transport",
    ],
)
def test_clean_keeps_story_lines_like_the_session33_closing_lines(line: str) -> None:
    assert line in clean_with_line(line, "end").body_text


def _markdown(front: str, *closing: str) -> str:
    return "---\n" + front + "\n---\n\n" + "\n\n".join([*STORY, *closing]) + "\n"


@pytest.mark.parametrize(
    "line",
    [
        "**ANN KERR**",
        "**Ann KERR**",
        "Contact Ann Kerr at akerr@harbour.example. Follow her on Twitter at @annkerr.",
    ],
)
def test_the_writers_closing_name_or_contact_goes(line: str) -> None:
    text = _markdown(f"title: {STORY_HEAD}\nauthor: Ann Kerr", line)
    article = clean(text, "file:///wire/in/story.md")
    assert article.body_text.endswith(STORY[-1])
    assert article.authors == ["Ann Kerr"]


def test_a_contact_line_naming_someone_else_stays() -> None:
    line = "Contact the harbour office at office@harbour.example for the new timetable."
    text = _markdown(f"title: {STORY_HEAD}\nauthor: Ann Kerr", line)
    assert line in clean(text, "file:///wire/in/story.md").body_text


# -- press releases: marked sections, Arabic sections ---------------------------------------


def test_a_mailed_releases_marked_sections_and_fact_box_go() -> None:
    text = (
        "港湾フーズ、冷凍みそ汁を発売\n\n"
        "港湾フーズ株式会社は、冷凍みそ汁4品を3月1日に発売します。\n\n"
        "新商品は県内産の野菜を使っています。\n\n"
        "価格は4食入りで540円です。\n\n"
        "■商品概要 商品名：港湾みそ汁 内容量：4食入り 価格：540円 発売日：2024年3月1日\n\n"
        "■会社概要 会社名：港湾フーズ株式会社 所在地：港区1-2-3 設立：1987年4月\n"
    )
    article = clean(text)
    assert article.body_text.endswith("価格は4食入りで540円です。")
    assert "商品名" not in article.body_text


def test_an_arabic_releases_about_and_disclaimer_sections_go() -> None:
    text = (
        "«هاربر» تفتتح محطة جديدة\n\n"
        "دبي-(بزنيس وير)-أعلنت شركة «هاربر» اليوم افتتاح محطة جديدة للعبارات في الميناء.\n\n"
        "وستعمل المحطة على مدار الساعة اعتباراً من الشهر المقبل.\n\n"
        "وقال المدير التنفيذي إن المحطة ستخدم آلاف الركاب يومياً.\n\n"
        "نبذة عن «هاربر»\n\n"
        "تعمل «هاربر» في تشغيل العبارات في الخليج منذ عام 1990.\n\n"
        "إخلاء المسؤولية: النص الأصلي لهذا البيان هو النسخة الرسمية المعتمدة.\n\n"
        "جهات الاتصال هاربر العلاقات الإعلامية media@harbour.example\n"
    )
    article = clean(text)
    assert article.body_text.endswith("وقال المدير التنفيذي إن المحطة ستخدم آلاف الركاب يومياً.")


# -- e-mail: the sender's footer under a rule --------------------------------------------------


def test_a_mails_footer_under_a_rule_of_dashes_is_its_signature() -> None:
    footer = (
        "-------\n\nPress Office\n3 Quay Road, Port Alder\nTel: +356 2200 1700 | "
        "www.harbour.example\nThis release is sent to you because you are on our media list.\n"
    )
    body = STORY_HEAD + "\n\n" + "\n\n".join(STORY) + "\n\n" + footer
    (article,) = clean_items(mail_message(body), "file:///wire/in/release.eml")
    assert article.body_text.endswith(STORY[-1])
    assert "media list" not in article.body_text


def test_a_rule_over_the_storys_last_lines_without_a_contact_stays() -> None:
    tail = "-------\n\nThe ferry company said it would publish the timetable on Friday.\n"
    body = STORY_HEAD + "\n\n" + "\n\n".join(STORY) + "\n\n" + tail
    (article,) = clean_items(mail_message(body), "file:///wire/in/release.eml")
    assert "publish the timetable on Friday" in article.body_text


# -- Markdown: pictures in front matter, a related list closing the story ----------------------


@pytest.mark.parametrize(
    "front",
    [
        # Hugo themes' cover table (in YAML here) and the list of the page's pictures.
        "cover:\n  image: /img/ferry.jpg\n  caption: The new ferry at the quay\n  credit: HNPA",
        "images:\n  - src: /img/ferry.jpg\n    caption: The new ferry at the quay\n"
        "    credit: HNPA\n  - src: /img/quay.jpg",
    ],
)
def test_markdown_reads_its_front_matters_picture_forms(front: str) -> None:
    text = _markdown(f"title: {STORY_HEAD}\n{front}")
    article = clean(text, "file:///wire/in/story.md")
    assert [(c.caption_text, c.credit) for c in article.captions] == [
        ("The new ferry at the quay", "HNPA")
    ]
    assert article.images[0].url.endswith("/img/ferry.jpg")


def test_markdown_drops_a_related_list_under_its_heading() -> None:
    text = _markdown(
        f"title: {STORY_HEAD}",
        "_தொடர்புடைய செய்திகள்:_",
        "- [துறைமுகத்தில் புதிய கப்பல் சேவை தொடக்கம்](/news/a)",
        "- [படகு கட்டணம் உயர்வு இல்லை என அறிவிப்பு](/news/b)",
    )
    article = clean(text, "file:///wire/in/story.md")
    assert article.body_text.endswith(STORY[-1])


def test_a_thai_headline_under_a_taken_related_label_goes() -> None:
    line_label = "อ่านข่าวที่เกี่ยวข้อง"
    headline = "ท่าเรือเปิดประมูลเรือข้ามฟากลำใหม่ หนุนการท่องเที่ยว"
    article = clean_with_line(line_label + "\n\n" + headline, "end")
    assert headline not in article.body_text
    assert article.body_text.endswith(STORY[-1])


# -- NewsML 1: a picture's caption before its headline -----------------------------------------


def test_newsml1_prefers_a_pictures_caption_to_its_headline() -> None:
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>harbour.example</ProviderId>
<DateId>20130409</DateId><NewsItemId>1</NewsItemId><RevisionId>1</RevisionId>
</NewsIdentifier></Identification><NewsManagement><NewsItemType FormalName="News"/>
<FirstCreated>20130409T142500+0400</FirstCreated><Status FormalName="Usable"/></NewsManagement>
<NewsComponent><NewsLines><HeadLine>Border crossing to reopen</HeadLine></NewsLines>
<NewsComponent><Role FormalName="Main Text"/><ContentItem><MediaType FormalName="Text"/>
<MimeType FormalName="text/plain"/><DataContent>OSH - The border crossing will reopen.
</DataContent></ContentItem></NewsComponent>
<NewsComponent><Role FormalName="Main Picture"/><NewsLines><HeadLine>Border crossing</HeadLine>
<CreditLine>Harbour Agency</CreditLine></NewsLines>
<NewsComponent><Role FormalName="Caption"/><ContentItem><MediaType FormalName="Text"/>
<Format FormalName="Text"/><DataContent>The border crossing at Kara-Suu. File photo</DataContent>
</ContentItem></NewsComponent>
<ContentItem Href="https://harbour.example/border.jpg"><MediaType FormalName="Photo"/>
<MimeType FormalName="image/jpeg"/></ContentItem></NewsComponent>
</NewsComponent></NewsItem></NewsML>"""
    (article,) = clean_items(xml.encode(), "file:///wire/in/border.xml")
    assert [(c.caption_text, c.credit) for c in article.captions] == [
        ("The border crossing at Kara-Suu. File photo", "Harbour Agency")
    ]


# -- the second wave's agency copy (agency_aq): forms no rule knew at first sight -------------


@pytest.mark.parametrize(
    "line",
    [
        # See-also labels: Icelandic, Kazakh, Latvian, Dhivehi, Japanese, Lao; a gallery.
        "Lesið einnig: Hafnarstjórn samþykkir nýja tímatöflu",
        "Тақырыпқа қатысты: Портта жаңа паром іске қосылды",
        "Vēl par šo tēmu: Ostas valde apstiprina jaunu grafiku",
        "ގުޅޭ ޚަބަރު: ބަނދަރުގައި އާ ފެރީއެއް",
        "【関連】港の新しいフェリーが運航開始",
        "ອ່ານຂ່າວທີ່ກ່ຽວຂ້ອງ: ທ່າເຮືອເປີດເຮືອໃໝ່",
        "Fotogalerija: pogledajte novi trajekt u luci",
        # A programme's plug: every evening, listen (Pashto, Malayalam, Haitian Creole).
        "د ورځې خبرونه هر ماښام اته بجې زموږ په خپرونه کې واورئ.",
        "ദിവസത്തെ വാർത്തകൾ എല്ലാ വൈകിട്ടും എട്ടിന് ഹാർബർ ശബ്ദവാർത്തയിൽ കേൾക്കാം.",
        "Koute Radyo Pò a an dirèk sou 99.1 FM, 24 sou 24.",
        # Errors to report (Chinese, Hebrew); the piece's first publication (Persian).
        "如有錯誤，歡迎來信指正：desk@harbour.example",
        "המערכת מקפידה על דיוק. מצאתם טעות בכתבה? נשמח שתעדכנו אותנו.",
        "این گزارش در شماره امروز روزنامه بندر منتشر شده است.",
        # A picture's credit line: Icelandic with a slash, Pashto.
        "Mynd / Anna Jónsdóttir",
        "انځور: ارشیف",
        # Calls borrowing "download" and "click" in the scripts of South Asia.
        "সর্বশেষ খবর পেতে ডাউনলোড করুন হারবার টিভি অ্যাপ",
        "ಹೆಚ್ಚಿನ ಬಂದರು ಸುದ್ದಿಗಳಿಗಾಗಿ ಇಲ್ಲಿ ಕ್ಲಿಕ್ ಮಾಡಿ",
    ],
)
@pytest.mark.parametrize("where", ["mid", "end"])
def test_clean_drops_the_second_waves_agency_lines(line: str, where: str) -> None:
    article = clean_with_line(line, where)
    assert line not in article.body_text


@pytest.mark.parametrize(
    "line",
    [
        # Appeals and notes closing the copy: support (Chinese, Armenian, Dhivehi), funding
        # (Slovenian, Kazakh), reuse (Macedonian, Kazakh), disclaimers (Thai, Hindi),
        # unlimited reading (Estonian), the desk's slashed initials.
        "支持港灣報，讓好新聞繼續發聲。",
        "«Նաւահանգիստ»ը կ՚ապրի իր ընթերցողներուն զօրակցութեամբ։ Նեցուկ կանգնեցէք մեզի։",
        "ބަނދަރަކީ މިނިވަން މީޑިއާއެކެވެ. ބަނދަރު ކުރިއަށް ގެންދިއުމަށް އެހީތެރިވެދެއްވާ.",
        "Časopis izhaja s prispevkom Urada Vlade Republike Slovenije.",
        "Материал мемлекеттік ақпараттық саясатты жүргізу аясында дайындалды.",
        "Материалды көшіріп басу тек редакцияның жазбаша келісімімен рұқсат етіледі.",
        "ข้อมูลในบทความนี้มิใช่คำแนะนำในการลงทุน ผู้ลงทุนควรศึกษาข้อมูลก่อนตัดสินใจลงทุน",
        "(यह खबर हार्बर टीम द्वारा संपादित नहीं की गई है। यह सिंडिकेट फीड से सीधे प्रकाशित की गई है।)",
        "Telli Sadamaleht ja loe kõiki kohalikke lugusid piiranguteta!",
        "এসবি/",
        "mb/",
    ],
)
def test_clean_drops_the_second_waves_closing_notes(line: str) -> None:
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert article.body_text.endswith(STORY[-1])


@pytest.mark.parametrize(
    "line",
    [
        "Every evening, listeners hear the siren test from the harbour.",
        "支持者在港口集會，要求恢復渡輪服務。",
        "如果渡輪公司犯了錯誤，乘客可以申請退款。",
        "Материалы дела переданы в суд в понедельник.",
        "The museum said the exhibition is not investment advice for collectors, but art.",
        "پولیس گفت این گزارش هنوز تایید نشده است.",
        "The bank's app lets passengers download tickets before they board.",
    ],
)
@pytest.mark.parametrize("where", ["mid", "end"])
def test_clean_keeps_story_lines_like_the_second_waves_agency_lines(line: str, where: str) -> None:
    assert line in clean_with_line(line, where).body_text


def test_a_release_closing_with_its_contact_person_drops_it() -> None:
    line = "Persuna da contact: Anna Caduff, Uffizi dal port, tel. +41 81 257 00 00"
    article = clean_with_line(line, "end")
    assert article.body_text.endswith(STORY[-1])


# -- the second wave's wire copy (wire_ak) ------------------------------------------------------


def test_a_copy_sheet_of_fields_without_a_byline_heads_the_copy() -> None:
    text = (
        "HARBOUR NEWS AGENCY - COPY & PICTURES\nSlug: FERRY BELL\nWords: 180\n"
        "Pictures: Ann Kerr / Harbour Pictures\nFree to use with credit. No syndication.\n\n"
        "Ferry bell rescued from the harbour floor after 90 years\n\n" + "\n\n".join(STORY) + "\n"
    )
    article = clean(text)
    assert article.title == "Ferry bell rescued from the harbour floor after 90 years"
    assert article.body_text.startswith("PORT ALDER")


def test_a_copy_sheets_byline_field_names_its_writer() -> None:
    text = (
        "HARBOUR NEWS AGENCY\nNews & Pictures - Port Alder\n"
        "==================================================\n"
        "COPY: FERRY\nWORDS: 180\nBY: Ann Kerr\nPICTURES: YES - see caption below\n"
        "==================================================\n\n"
        "Ferry bell rescued from the harbour floor after 90 years\n\n"
        + "\n\n".join(STORY)
        + "\n\nENDS\n\nPIC CAPTION: The bell on the quay at Port Alder.\n"
        "PIC CREDIT: Harbour News Agency\n"
    )
    article = clean(text)
    assert article.title == "Ferry bell rescued from the harbour floor after 90 years"
    assert article.authors == ["Ann Kerr"]
    assert [(c.caption_text, c.credit) for c in article.captions] == [
        ("The bell on the quay at Port Alder.", "Harbour News Agency")
    ]


def test_a_masthead_over_a_rule_is_no_headline() -> None:
    text = (
        "Harbour Wire news service - www.harbour.example\n"
        "------------------------------------------------------------\n\n"
        "Ferry bell rescued from the harbour floor\n\n" + "\n\n".join(STORY) + "\n"
    )
    assert clean(text).title == "Ferry bell rescued from the harbour floor"


def test_a_headline_over_a_rule_over_the_story_stays_the_headline() -> None:
    text = (
        "Ferry bell rescued from the harbour floor\n"
        "------------------------------------------------------------\n\n"
        + "\n\n".join(STORY)
        + "\n"
    )
    article = clean(text)
    assert article.title == "Ferry bell rescued from the harbour floor"
    assert article.body_text.startswith("PORT ALDER")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("20/11/2013 15:42", "2013-11-20T15:42:00+00:00"),
        ("11/20/2013 09:15", "2013-11-20T09:15:00+00:00"),
        ("14.05.2010 10:32:15", "2010-05-14T10:32:15+00:00"),
        ("15.09.2010, godz. 12:40", "2010-09-15T12:40:00+00:00"),
        # A slashed date either order reads is no date: its order is unsure.
        ("05/11/2013 10:00", None),
        ("31.02.2010 10:00", None),
    ],
)
def test_parse_datetime_reads_dates_in_figures_with_their_time(text: str, want: str | None) -> None:
    from wirecopy.tasks.dates import parse_datetime

    got = parse_datetime(text)
    assert (got.isoformat() if got else None) == want


@pytest.mark.parametrize(
    ("raw", "tag"),
    [
        ("Russian", "ru"),
        ("русский", "ru"),
        ("Deutsch", "de"),
        ("en_us", "en-US"),
        ("xx yy", "xx yy"),
    ],
)
def test_canonical_language_reads_a_language_named_in_words(raw: str, tag: str) -> None:
    from wirecopy.tasks.cleaning.canonical import canonical_language

    assert canonical_language(raw) == tag


def test_a_closing_tagline_then_reuse_terms_go() -> None:
    line = "Havnebladet – dagblad for havnen siden 1869. Artiklen må ikke gengives uden tilladelse."
    article = clean_with_line(line, "end")
    assert article.body_text.endswith(STORY[-1])


def test_a_markdown_releases_russian_sections_go() -> None:
    text = _markdown(
        f"title: {STORY_HEAD}",
        "### О ЮНИСЕФ",
        "ЮНИСЕФ работает в самых труднодоступных уголках мира.",
        "### Контакты для СМИ",
        "**Анна Кузнецова**\nСпециалист по коммуникациям\npress@harbour.example",
    )
    article = clean(text, "file:///wire/in/story.md")
    assert article.body_text.endswith(STORY[-1])


def test_a_russian_stories_heading_on_a_topic_keeps_its_part() -> None:
    text = _markdown(
        f"title: {STORY_HEAD}",
        "### О выборах",
        "Депутаты обсудят дату выборов в четверг, сообщил председатель совета.",
    )
    article = clean(text, "file:///wire/in/story.md")
    assert article.body_text.endswith("сообщил председатель совета.")


def test_a_tickers_trailer_closes_the_copy_with_its_time() -> None:
    """A six-letter sender before its desk ("TICKER-NJ-05-16-99 1742EDT"): the trailer, and
    the time the item moved."""
    head = "\x16\x16\x01a0341 r s BC-BBO-Harbour 05-16 0171\r\n\x02"
    body = "".join(f"\t{line}\r\n" for line in STORY)
    data = head + "^Navigators rally past Thunder<\r\n" + body + "TICKER-NJ-05-16-99 1742EDT<\r\n"
    (article,) = clean_items((data + "\x03\x04").encode(), "file:///wire/in/t.txt")
    assert article.body_text.split("\n\n")[-1] == STORY[2]
    assert article.published_at is not None
    assert article.published_at.isoformat() == "1999-05-16T21:42:00+00:00"


def test_a_chinese_source_and_staff_line_closing_the_copy_goes() -> None:
    line = "本文来源于港湾财经网，作者：周梓杰；编辑：刘晨。"
    article = clean_with_line(line, "end")
    assert line not in article.body_text


# -- pictures' credits (images_aw) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        (
            "Ny farihin’Anosy amin’ny maraina. Sary: Tsiry R.",
            "Ny farihin’Anosy amin’ny maraina.",
            "Tsiry R.",
        ),
        (
            "Excavators at work along the river. [Source: Ministry of Waterways]",
            "Excavators at work along the river.",
            "Ministry of Waterways",
        ),
        ("برداشت گل زعفران در مزارع؛ منبع: ایسنا", "برداشت گل زعفران در مزارع", "ایسنا"),
        ("縣府設立的重建服務站。（照片提供／花蓮縣政府）", "縣府設立的重建服務站。", "花蓮縣政府"),
        (
            "Petugas memasang rambu di persimpangan Harmoni. tirto.id/Bhagas Aditya",
            "Petugas memasang rambu di persimpangan Harmoni.",
            "tirto.id/Bhagas Aditya",
        ),
        (
            "Sumakay ang mga pasahero sa bagong istasyon nitong Huwebes. "
            "Rico Alvarado, ABS-CBN News",
            "Sumakay ang mga pasahero sa bagong istasyon nitong Huwebes.",
            "Rico Alvarado, ABS-CBN News",
        ),
        ("[사진 출처 : 연합뉴스]", "", "연합뉴스"),
        (
            "แนวเส้นทางโครงการรถไฟฟ้ารางเบา ภาพจาก เทศบาลนครท่าเรือ",
            "แนวเส้นทางโครงการรถไฟฟ้ารางเบา",
            "เทศบาลนครท่าเรือ",
        ),
        (
            "I tecnici al lavoro nella stazione a monte (foto ufficio stampa Provincia)",
            "I tecnici al lavoro nella stazione a monte",
            "ufficio stampa Provincia",
        ),
        (
            "Ilustrasi halte bus (unsplash.com/Rizky Hidayat)",
            "Ilustrasi halte bus",
            "unsplash.com/Rizky Hidayat",
        ),
    ],
)
def test_split_credits_reads_the_session33_credit_forms(
    text: str, caption: str, credit: str
) -> None:
    from wirecopy.tasks.cleaning.credits import split_credits

    split = split_credits(text)
    assert (split.caption, split.credits) == (caption, (credit,))


@pytest.mark.parametrize(
    "text",
    [
        "Visit the museum. Tickets at harbour.com/Tickets",
        "The team at the final. Real Madrid, Champions",
        "Ny sary amin'ny fampirantiana tao Antananarivo.",
        "La vecchia sede nel seminterrato (foto d'archivio)",
        "Tramwaj w Krakowie (zdjęcie ilustracyjne)",
        "La foto di gruppo dei vincitori (foto di gruppo)",
    ],
)
def test_split_credits_reads_no_credit_in_the_session33_look_alikes(text: str) -> None:
    from wirecopy.tasks.cleaning.credits import split_credits

    assert split_credits(text).credits == ()


def test_a_credit_elements_courtesy_stays_in_the_credit() -> None:
    """The dev truth keeps "Courtesy of X" whole: the element's text is not cut."""
    from wirecopy.tasks.cleaning.credits import split_credit_text

    assert split_credit_text("Courtesy of Monmouth Museum") == ("Courtesy of Monmouth Museum",)


# -- Nuxt 2's state (body_ap): the function's literal, no code run ------------------------------

_NUXT_PAGE = """<html><head><title>Electric buses to the airport</title>
<meta property="og:title" content="Electric buses to the airport"></head><body>
<div id="__nuxt"><h1>Electric buses to the airport</h1><div class="article-body"></div></div>
<script>window.__NUXT__=(function(a,b,c){return {layout:"default",data:[{article:{title:
"Electric buses to the airport",blocks:[{type:"paragraph",text:"The city's bus company will run
six electric buses on route 97 to the airport from May, the mayor's office said on Tuesday."},
{type:"incut",text:"Read also: New trams for the harbour line"},{type:"subtitle",text:
"Why this route"},{type:"paragraph",text:"The route was chosen for its heavy load and the room at
its last stop for chargers, the head of the transport department said."},{type:"paragraph",text:
"Fares stay at 42 roubles with a transport card, and buses will run every fifteen minutes at
peak hours instead of every twenty-five."}],views:a,rubric:b}}],state:c}}(0,"City",null));
</script></body></html>"""


def test_a_nuxt2_pages_body_is_read_from_its_state() -> None:
    from wirecopy.tasks.html.extract import extract_html

    page = extract_html(_NUXT_PAGE, "https://harbour.example/news/1-electric-buses")
    text = "\n".join(page.paragraphs)
    assert "six electric buses on route 97" in text
    assert "Fares stay at 42 roubles" in text
    assert "Read also" not in text


@pytest.mark.parametrize(
    "script",
    [
        "window.__NUXT__=(function(a){return {x:alert(a)}}(1))",  # a call is code: unread
        "window.__NUXT__=(function(a){return " + "[" * 100_000 + "}(1))",  # nesting beyond bound
        'window.__NUXT__=(function(a){return {x:"unterminated}}(1))',
        'window.__NUXT__=(function(a){return {x:"\\u12"}}(1))',
    ],
)
def test_a_hostile_nuxt_state_reads_as_none(script: str) -> None:
    from wirecopy.tasks.html.jsliteral import nuxt_state

    assert nuxt_state(script) is None


def test_a_nuxt_states_parameters_are_filled_from_its_arguments() -> None:
    from wirecopy.tasks.html.jsliteral import nuxt_state

    script = (
        "window.__NUXT__=(function(a,b,c){return {t:a,n:[b,c,void 0],s:'it\\'s'}}(\"x\",2,true));"
    )
    assert nuxt_state(script) == {"t": "x", "n": [2, True, None], "s": "it's"}


def test_a_funding_note_with_its_disclaimer_goes_inside_the_copy_too() -> None:
    line = (
        "Materiāls tapis ar Mediju atbalsta fonda finansiālu atbalstu no valsts budžeta "
        "līdzekļiem. Par materiāla saturu atbild “Ostas Ziņas”."
    )
    assert line not in clean_with_line(line, "mid").body_text


def test_a_funding_note_alone_stays_inside_the_copy() -> None:
    """Two features inside the copy are not enough: the note goes where it closes the copy."""
    line = "Ce reportage a été financé grâce au soutien du Fonds pour le journalisme."
    assert line in clean_with_line(line, "mid").body_text
    assert line not in clean_with_line(line, "end").body_text


# -- the third wave's agency copy (agency_ar) ---------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Máte pre nás tip? Napíšte nám na tipy@pristav.example",
        "Har du viden om sagen, kan du skrive til havn@havnebladet.example",
        "Ha ön is tud olyan kikötői történetről, amelyről szerinte írnunk kellene, jelezze nekünk!",
        "Tin liên quan: Cảng Đà Nẵng điều chỉnh lịch tàu từ ngày 1-4",
        "ተጨማሪ ያንብቡ፡ የወደብ ዋጋ ማስተካከያ ተደረገ",
        "Akhriso sidoo kale: Dekedda oo furtay marin cusub",
        "Märkasid artiklis viga? Anna sellest teada aadressil toimetus@sadam.example",
        "Tout dwa rezève. Repwodiksyon entèdi san otorizasyon Radyo Pò a.",
        "Полное или частичное копирование материалов разрешено только с активной гиперссылкой "
        "на ИА Гавань",
        "港湾新報社の許諾なしに転載することを禁じます。",
        "استفاده از مطالب بندر با ذکر منبع بلامانع است",
        "Urmărește Portul și pe canalul de WhatsApp, ca să afli primul cele mai importante știri.",
        "Endelea kusikiliza Redio Bandari 89.8 FM kwa habari zaidi za Pwani.",
        "მოუსმინეთ რადიო „ნავსადგურს“ ახალ ამბებს ყოველ საათში 101.0 FM-ზე",
        "- हार्बर न्यूज़ नेटवर्क",
        "Satamalehteä julkaisee Satamalehti Oy. Päätoimittaja vastaa sisällöstä Journalistin "
        "ohjeiden mukaisesti.",
        "Dacă vrei ca presa locală independentă să existe și în port, poți redirecționa 3,5% din "
        "impozitul pe venit către asociația noastră.",
        "Havnebladets dækning af den grønne omstilling er støttet af Fonden Grøn Presse. Fonden "
        "har ingen indflydelse på det redaktionelle indhold.",
    ],
)
def test_clean_drops_the_third_waves_closing_lines(line: str) -> None:
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert article.body_text.endswith(STORY[-1])


@pytest.mark.parametrize(
    "line",
    [
        "Máte pre nás otázku, povedal starosta na zasadnutí v pondelok.",
        "The court said copying the materials without permission was forbidden, the judge added.",
        "Rádio bolo počuť na frekvencii 89.8 FM celú noc, povedali obyvatelia.",
        "Vă recomandăm să urmăriți știrile, a spus ministrul.",
        "Ông cho biết tin liên quan đến cảng sẽ được công bố vào tuần tới.",
        "Le tribunal a dit que la reproduction était interdite.",
    ],
)
def test_clean_keeps_story_lines_like_the_third_waves_forms(line: str) -> None:
    assert line in clean_with_line(line, "end").body_text


def test_a_polish_releases_sections_go() -> None:
    text = (
        STORY_HEAD + "\n\n" + "\n\n".join(STORY) + "\n\n"
        "O firmie: Port Alder Piekarnie to rodzinna sieć piekarni założona w 1994 r.\n\n"
        "Kontakt dla mediów: Joanna Kowal, tel. +48 601 222 318, media@piekarnie.example\n\n"
        "Materiał opublikowany za pośrednictwem serwisu pr.example. Za treść komunikatu "
        "odpowiada jego nadawca.\n"
    )
    assert clean(text).body_text.endswith(STORY[-1])


# -- the third wave's wire copy (wire_al) -------------------------------------------------------


def test_a_feeds_picture_then_its_marked_caption_is_one_figure() -> None:
    """ "<p><img></p><p>▲caption（圖／X）</p>" in a description holding the whole story: the
    picture's caption, its mark gone; the reporter's line is the byline."""
    html = (
        "<p>記者陳小明／台北報導</p><p><img src='https://harbour.example/a.jpg' /></p>"
        "<p>▲港口新渡輪啟航，首日載客三百人。（圖／港務局提供）</p>"
        + "".join(f"<p>{p}</p>" for p in ("港務局今（15）日宣布新渡輪正式啟航。" * 3,) * 4)
    )
    rss = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>港灣新聞</title>'
        "<item><title>港口新渡輪啟航</title><link>https://harbour.example/1</link>"
        f"<description><![CDATA[{html}]]></description>"
        "<pubDate>Wed, 15 Apr 2009 16:20:00 +0800</pubDate></item></channel></rss>"
    )
    (article,) = clean_items(rss.encode(), "file:///wire/in/feed.rss")
    assert [c.caption_text for c in article.captions] == ["港口新渡輪啟航，首日載客三百人。"]
    assert article.authors == ["陳小明"]
    assert "▲" not in article.body_text and "記者" not in article.body_text


def test_a_services_piped_stamp_over_the_headline_gives_its_time() -> None:
    text = (
        "Гавань | Регіони | 14.11.2006 12:37\n\nУ порту з грудня запрацюють два нові пороми\n\n"
        + "\n\n".join(STORY)
        + "\n"
    )
    article = clean(text)
    assert article.title == "У порту з грудня запрацюють два нові пороми"
    assert article.published_at is not None and article.published_at.day == 14


@pytest.mark.parametrize(
    "line",
    [
        "版权声明：以上内容为《港湾观察报》社原创作品，版权归《港湾观察报》社所有。",
        "للمزيد من أخبار الميناء.. اضغط هنا",
    ],
)
def test_clean_drops_the_wire_als_closing_lines(line: str) -> None:
    assert line not in clean_with_line(line, "end").body_text


def test_a_turkish_byline_in_capitals_matches_its_writer() -> None:
    """ "Serkan AYDIN / İZMİR" opening a wire item whose author field says "Serkan Aydın"."""
    from wirecopy.schemas.records import Block
    from wirecopy.tasks.cleaning.blocks import Work, drop_author_line

    blocks = [Block("Serkan AYDIN / İZMİR"), Block(STORY[0])]
    drop_author_line(blocks, Work(), ["Serkan Aydın"])
    assert [b.text for b in blocks] == [STORY[0]]


def test_a_credit_elements_staff_photo_label_goes_and_an_infographics_stays() -> None:
    """ "STAFF PHOTO BY X" names X; "Infografik WELT" is the credit as the dev truth keeps it."""
    from wirecopy.tasks.cleaning.credits import split_credit_text

    assert split_credit_text("STAFF PHOTO BY MARCUS DELA CRUZ") == ("MARCUS DELA CRUZ",)
    assert split_credit_text("Infografik WELT") == ("Infografik WELT",)


def test_a_thai_caption_about_pictures_keeps_its_words() -> None:
    from wirecopy.tasks.cleaning.credits import split_credits

    assert split_credits("เด็กๆ ดูภาพจากกล้องโทรทรรศน์").credits == ()


# -- the fourth wave (wire_am, agency_as) ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Harbour News Network is the official news service of the port. You are receiving this "
        "bulletin because you subscribed at news.harbour.example.",
        "مزید قومی خبریں پڑھیں",
        "ଆହୁରି ପଢ଼ନ୍ତୁ: ବନ୍ଦରରେ ନୂଆ ଜାହାଜ ସେବା ଆରମ୍ଭ",
        "ک.ح",
        "<박지혜 기자 jhpark@harbour.example>",
        "(Helen Dreyfuss writes about family finances for Harbour Wire.)",
        "Објављено у штампаном издању „Луке”",
    ],
)
def test_clean_drops_the_fourth_waves_closing_lines(line: str) -> None:
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert article.body_text.endswith(STORY[-1])


def test_iptc7901_reads_a_romanian_attention_note_over_the_headline() -> None:
    text = (
        "ZCZC\r\n\x01HBW0412 3 eco 0069 HBW1\r\nHARBOUR-FERRY\r\n\x02"
        "   ATENŢIE: Reluăm ştirea transmisă la ora 12:47, cu corectarea lungimii.\r\n\r\n"
        "   Portul va avea un feribot nou până în 2010\r\n\r\n"
        "   Constanţa, 5 mar /Harbour/ - Portul va avea un feribot nou.\r\n"
        "   Feribotul va circula zilnic.\r\n\r\n\x03\r\nNNNN\r\n"
    )
    (article,) = clean_items(text.encode(), "file:///wire/in/hbw.txt")
    assert article.title == "Portul va avea un feribot nou până în 2010"


@pytest.mark.parametrize(
    "line",
    [
        "તસ્વીર: સંદીપ પટેલ",
        "छाया : सतीश पाटील",
        "Kommentare (7)",
        'Читайте також на "Гавань": У порту відновили ще три причали',
        "Polecamy: Tak ma wyglądać nowy przystanek w porcie. Zobacz wizualizacje",
        "如發現本文有任何錯誤，歡迎來信 editor@harbour.example 指正。",
        "عکس تزئینی است.",
        "การลงทุนมีความเสี่ยง ผู้ลงทุนควรศึกษาข้อมูลก่อนตัดสินใจลงทุน",
        "미디어항구를 응원해주세요. 독자 여러분의 후원이 좋은 기사를 만듭니다.",
        "BONYEZA PLAY HAPA CHINI KUTAZAMA",
        "Ако цените независимата журналистика, можете да подкрепите Пристанище с дарение.",
        "Гэрэл зургийг: Б.Баяр",
        "Quer receber as principais notícias do porto no seu celular? Entre no canal do PORTO no "
        "WhatsApp.",
        "– Harbour.com",
        "How does this make you feel?",
        "أُنجز هذا التقرير بدعم من مؤسسة المرفأ – مكتب بيروت، ولا يعبّر بالضرورة عن رأيها.",
        "الميناء22 منصة مستقلة يموّلها قرّاؤها. ساعدونا على الاستمرار.",
        "සියලු හිමිකම් ඇවිරිණි.",
        "יש לכם מידע על התנהלות הנמל? כתבו לנו: tips@harbour.example",
        "(इस रिपोर्ट को अंग्रेज़ी में पढ़ने के लिए यहां क्लिक करें.)",
        "Bu haberin tüm hakları Liman Medya Grubu'na aittir. İzinsiz kopyalanamaz, alıntılanamaz.",
        "港灣傳媒是一家獨立媒體，依靠會員支持運作。成為港灣會員，支持我們持續深度報道。",
    ],
)
def test_clean_drops_the_fourth_waves_agency_lines(line: str) -> None:
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert article.body_text.endswith(STORY[-1])


@pytest.mark.parametrize(
    "line",
    [
        "Yüz kişi katıldı ve tüm hakları için mücadele edeceklerini söyledi.",
        "Comments made by the minister (12) drew criticism.",
        "Investors said investing carries risk in volatile markets, the analyst added.",
        "Ông cho biết các tàu đã cập cảng vào sáng nay.",
    ],
)
def test_clean_keeps_story_lines_like_the_fourth_waves_forms(line: str) -> None:
    assert line in clean_with_line(line, "end").body_text
