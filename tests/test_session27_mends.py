"""Mends of session 27 (wire and agency copy probes): each convention beside the case it must
not change. Inputs are invented here, not copied from the probe files."""

from __future__ import annotations

import hashlib

import pytest

from tests.wire_helpers import only_item
from wirecopy.schemas.records import Article, RawDocument
from wirecopy.tasks.clean import clean_document
from wirecopy.tasks.formats.wire import parse_wire
from wirecopy.tasks.parse import parse_input


def _raw(data: bytes, uri: str = "file:///in/copy.txt") -> RawDocument:
    return RawDocument(uri, data, hashlib.sha256(data).hexdigest(), len(data))


def _anpa(trailer: str) -> bytes:
    body = (
        "\x16\x16\x01a0412  r a  BC-SCHOOL-GRANTS 02-03 0498\x02"
        "   WASHINGTON -- Colleges will share a new grant fund.\r\n"
        "   The fund opens in the spring.\r\n"
        f"   {trailer}\r\n\x03"
    )
    return body.encode("ascii")


@pytest.mark.parametrize(
    ("trailer", "year"),
    [("02-03-99 1624EST", 1999), ("10-06-97 1412EDT", 1997), ("02-03-24 1624EST", 2024)],
)
def test_an_anpa_two_digit_year_takes_the_century_strptime_gives_it(
    trailer: str, year: int
) -> None:
    # ANPA archives of the 1990s were dated 2097 and 2099; 00-68 stay in the 2000s.
    item = only_item(parse_wire(_anpa(trailer)))
    assert item.version_created is not None and item.version_created.year == year


def _japanese(closing: str) -> str:
    return (
        "諏訪湖の遊覧船、来月から運航再開\n\n"
        "諏訪湖の遊覧船が１１月１日から運航を再開する。\n\n"
        "運航会社は「多くの人に湖の景色を楽しんでほしい」と話している。\n\n"
        f"{closing}\n"
    )


def _clean(text: str) -> Article:
    return clean_document(parse_input(_raw(text.encode("utf-8")))[0])


def test_a_japanese_reporters_name_in_brackets_closing_the_copy_is_its_author() -> None:
    article = _clean(_japanese("（小松原亮）"))
    assert article.authors == ["小松原亮"]
    assert "小松原亮" not in article.body_text


@pytest.mark.parametrize("closing", ["（共同通信）", "（社会部）", "（長野支局）"])
def test_an_agency_or_a_desk_in_brackets_is_no_author(closing: str) -> None:
    article = _clean(_japanese(closing))
    assert closing[1:-1] not in article.authors


def test_a_chinese_name_in_brackets_without_kana_is_no_japanese_signature() -> None:
    text = (
        "湖区游船下月恢复运营\n\n湖区游船将于11月1日恢复运营。\n\n"
        "公司表示游客可以提前预约。\n\n（张国强）\n"
    )
    article = _clean(text)
    assert "张国强" not in article.authors
