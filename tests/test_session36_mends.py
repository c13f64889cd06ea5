"""Session 36's mends: Markdown's closing notes in emphasis, Chinese title marks in the copy."""

from __future__ import annotations

import pytest

from tests._helpers_pure import clean, has_removed
from wirecopy.tasks.cleaning.shapes import is_cross_link, note_features
from wirecopy.tasks.formats.markdown import markdown_blocks

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
        "*Ságat er en uavhengig dagsavis for samiske forhold. Saken kan ikke gjengis uten tillatelse.*",
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
    article = clean(_FRONT + "*The council approved the new ferry timetable on Tuesday.*\n", _MD_URI)
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
