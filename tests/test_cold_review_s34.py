"""Faults a cold review found in session 34's first two waves (0c3a0cb..604092e), each
reproduced before it was mended: story text the new forms took, and the forms' near misses."""

from __future__ import annotations

import time

import pytest

from tests._helpers_pure import STORY, clean, clean_items, clean_with_line

# -- story sentences the new call, sign-off and note forms took -------------------------------

_STORY_MID = [
    # (S1) a news phrase, then a call's verb further in
    "News of the closure led hundreds to join a Facebook group demanding answers.",
    "The news spread quickly and users began to follow the Telegram channel of the protest group.",
    "Latest news from the front suggests soldiers join Telegram groups to share footage with "
    "relatives.",
    # (S2) advice attributed, after a colon or a dash
    "Police said: follow the instructions posted on the force's Telegram channel.",
    "Health officials – follow the advice on the ministry's Facebook page, the statement said.",
    # (S3) a question and its answer
    "Asked what voters should do? Join the Facebook group, he replied.",
    "Who runs the account? Follow the money trail on Telegram and you find a Moscow firm.",
    # (S4) Arabic "implementation", not an app
    "انضم اللاعب إلى النادي بعد تطبيق قواعد اللعب المالي النظيف من قبل الاتحاد الأوروبي.",
    "اشترك أكثر من ألف متطوع في تطبيق خطة الطوارئ الجديدة في المدينة.",
    # (S5) a source's post quoted
    "The brigade wrote on Telegram: join our unit and receive a 50,000 hryvnia bonus.",
    # (S6) frequencies in sentences
    "Emergency updates will be broadcast on 101.1 FM.",
    "The new community station broadcasts on 99.5 FM.",
    "The ship's radio was tuned to 156.8 MHz",
    # (S8) public hotlines
    "Hotline for relatives of passengers: +62 21 2960 8888 or e-mail crisis@garuda.co.id, the "
    "airline said.",
    "Đường dây nóng của Bộ Y tế 1900 9095 hoạt động 24/24, người dân có thể gửi email tới bộ.",
    # (S10) a speaker's thanks
    "Zelensky: Thank you for your support!",
    # (S11) a bill before parliament
    "O texto segue para votação final e revoga o Acordo Ortográfico de 1990.",
    # (S13) event times
    "2025年5月20日（火）開演18時30分",
    "次戦 5/12(日) 14:00",
    # (S14) Amharic lines opening with "በ"
    "በዓሉ በድምቀት ተከበረ",
    # (S15) a Chinese reporter's adverb, no name
    "央视记者现场报道",
    # (S19) a work cited after its author
    'Leo Tolstoy, "Anna Karenina"',
]

_STORY_CLOSING = [
    # (S7) greetings' words and a person after a dash
    "Sincerely held religious beliefs were at the heart of the case, the judge wrote in her "
    "ruling.",
    "Atentamente escucharon los vecinos las explicaciones del alcalde sobre el nuevo horario.",
    "Regards to the victims' families were conveyed by the prime minister in a letter on "
    "Wednesday.",
    "— Ernest Hemingway",
    # (S9) a question, then a newsletter in the answer
    "Was the council told in advance? Minutes show the plan was first mentioned in a union "
    "newsletter last autumn.",
    "Who paid for the study? The figures appeared in the chamber's monthly newsletter in January.",
    # (S12) a sentence naming four addresses
    "The leaked files were mirrored on leakvault.org, datadump.net, filecache.io and archive.ph, "
    "investigators said.",
    "Registration is open at www.harbour.gov, www.port.gov, www.ferry.gov and www.tickets.gov "
    "until Friday.",
]


@pytest.mark.parametrize("line", _STORY_MID)
def test_s34_review_story_lines_stay_mid_copy(line: str) -> None:
    article = clean_with_line(line, "mid")
    assert line in article.body_text


@pytest.mark.parametrize("line", _STORY_CLOSING)
def test_s34_review_closing_story_lines_stay(line: str) -> None:
    assert line in clean_with_line(line, "end").body_text


def test_s34_review_no_author_from_an_amharic_phrase_or_an_adverb() -> None:
    assert clean_with_line("በአዲስ አበባ", "mid").authors == []
    assert clean_with_line("新华社记者独家报道", "mid").authors == []


# -- near misses of the claimed forms (S21) ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Saken oppdateres fortløpende.",
        "Artiklen opdateres løbende.",
        "-- DZRH News",
        "Warm regards, Press Office",
        "Thank you so much for reading.",
    ],
)
def test_s34_review_close_variants_of_the_new_forms_go(line: str) -> None:
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert article.body_text.endswith(STORY[-1])


# -- headers, credits, pages -------------------------------------------------------------------


def test_s34_review_a_stamp_under_a_section_label_keeps_the_headline() -> None:
    """(S16) "POLITICS" over a stamp over the headline: the label and the headline as before."""
    text = (
        "POLITICS\n\nTuesday, March 12, 2024 10:15\n\n"
        "Harbour council approves new ferry timetable\n\n" + "\n\n".join(STORY) + "\n"
    )
    article = clean(text)
    assert article.title == "Harbour council approves new ferry timetable"
    assert not article.body_text.startswith("Harbour council")


def test_s34_review_a_cjk_slips_writer_after_his_role_and_several_writers() -> None:
    """(S17) "作者：本报记者 王晓峰" names 王晓峰; "王晓峰、李明" both."""
    from wirecopy.tasks.cleaning.blocks import slip_byline

    assert slip_byline(
        ["栏目：港口　发布时间：2021-06-15 11:46:32　来源：人民日报　作者：本报记者 王晓峰"]
    ) == ("王晓峰",)
    assert slip_byline(["发布时间：2021-06-15 11:46　作者：王晓峰、李明"]) == ("王晓峰", "李明")


@pytest.mark.parametrize(
    "text",
    [
        "打ち上げ花火＝2日、長岡市（多重露光）",
        "首相官邸＝2日（本社ヘリから）",
        "会談する両首脳＝12日、ワシントン（米国）",
    ],
)
def test_s34_review_a_japanese_brackets_note_is_no_photographer(text: str) -> None:
    """(S18) how or whence a picture was taken, or a country, is no name."""
    from wirecopy.tasks.cleaning.credits import split_credits

    assert split_credits(text).credits == ()


def test_s34_review_a_reporter_and_a_correspondent_are_both_credited() -> None:
    """(S18) "记者 王海欣 通讯员 李楠 摄": both names credited, none left in the caption."""
    from wirecopy.tasks.cleaning.credits import split_credits

    split = split_credits("运河公园一角。 记者 王海欣 通讯员 李楠 摄")
    assert (split.caption, split.credits) == ("运河公园一角。", ("王海欣", "李楠"))


def test_s34_review_a_charts_title_is_no_picture_source() -> None:
    """(S18) "图：各省份人口变化趋势" titles a chart; "图：醒报资料照" names a source."""
    assert "图：各省份人口变化趋势" in clean_with_line("图：各省份人口变化趋势", "mid").body_text
    assert "图：醒报资料照" not in clean_with_line("图：醒报资料照", "mid").body_text


def test_s34_review_a_hostile_style_costs_a_bounded_scan() -> None:
    """(S20) a style repeating "background:" 18,000 times: no rescan to its end for each."""
    from wirecopy.tasks.html.images import _BACKGROUND_URL

    style = "background:" * 18000
    started = time.perf_counter()
    assert _BACKGROUND_URL.search(style) is None
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        (
            "[보도자료] 서울시, 장애인 일자리 확대 (3년간 500명)",
            "서울시, 장애인 일자리 확대 (3년간 500명)",
        ),
        ("新製品発売のお知らせ（第2弾）", "新製品発売のお知らせ（第2弾）"),
        ("[보도자료] 서울시, 공동배송센터 설치 (5.12 조간)", "서울시, 공동배송센터 설치"),
    ],
)
def test_s34_review_a_subjects_own_brackets_stay_in_the_title(subject: str, title: str) -> None:
    """(S22) only a release's timing note in brackets closes the Subject off."""
    from wirecopy.tasks.clean import _subject_title

    assert _subject_title(subject) == title


def test_s34_review_an_amharic_closing_byline_goes_for_the_known_writer() -> None:
    """(S14) the glued "by" before a writer the item names closes the copy; unnamed, it stays."""
    item = (
        '{"uri": "urn:fana:1", "type": "text", "headline": "የአዲስ አበባ ከተማ አውቶቡሶች",'
        ' "by": "አለማየሁ ገረመው", "body_text": "'
        + "\\n\\n".join(["የአዲስ አበባ ከተማ አስተዳደር 30 አዳዲስ አውቶቡሶችን ዛሬ ለአገልግሎት አበቃ።"] * 2)
        + '\\n\\nበአለማየሁ ገረመው"}'
    )
    [article] = clean_items(item.encode(), "file:///wire/in/fana.json")
    assert "በአለማየሁ" not in article.body_text
