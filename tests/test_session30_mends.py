"""Session 30's mends, each from a probe set written by a helper who had not seen the rules:
the form that failed at first sight, and the story text beside it that must stay."""

from __future__ import annotations

import pytest

from tests._helpers_pure import clean_with_line

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
    ],
)
def test_clean_drops_notice_lines(line: str, rule: str, where: str) -> None:
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
    ("line", "rule"),
    [
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
    ],
)
def test_clean_drops_labels_and_credit_lines(line: str, rule: str, where: str) -> None:
    article = clean_with_line(line, where)
    assert line not in article.body_text
    assert rule in {f.rule for f in article.removed if f.text == line}


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
