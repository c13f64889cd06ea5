"""Decoding (issue 17, point 7): UTF-16/32 text is decoded (files and HTTP), bytes that are not
text are refused, and no real text is: the samples, seeds, fixtures and corpus pages decode as
they are, and again after re-encoding into UTF-16, UTF-32 and Windows-1252."""

from __future__ import annotations

import doctest
import gzip
import hashlib
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, SAMPLES, SEEDS, SHARED, rows
from tests.http_server import (  # noqa: F401 (the fixtures register by being imported)
    Reply,
    ScriptedServer,
    http_server_fixture,
    make_http_server_fixture,
)
from wirecopy.flows.pipeline import run_ingest
from wirecopy.schemas.records import RawDocument
from wirecopy.tasks.formats import decoding
from wirecopy.tasks.http.encoding import decode_body
from wirecopy.tasks.http.fetcher import FetchSettings
from wirecopy.tasks.parse import ParseError, decode_text, parse_batch

STORY = "---\ntitle: Zürich räumt auf\n---\nDie Straßen sind frei, sagt die Stadt — «endlich».\n"
WIDE = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]


def with_bom(text: str, encoding: str) -> bytes:
    """text in a wide encoding with its byte order mark (Python's utf-16/32 write one)."""
    if encoding in ("utf-16", "utf-32"):
        return text.encode(encoding)
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding)
    bom = bom or {"utf-32-le": b"\xff\xfe\x00\x00", "utf-32-be": b"\x00\x00\xfe\xff"}[encoding]
    return bom + text.encode(encoding)


def parsed_title(data: bytes, encoding: str | None = None) -> str | None:
    raw = RawDocument("/in/story.md", data, hashlib.sha256(data).hexdigest(), len(data))
    raw = RawDocument(raw.source_uri, raw.data, raw.sha256, raw.size, None, encoding)
    result = parse_batch([raw])
    assert not result.rejects, result.rejects
    return result.items[0].title


@pytest.mark.parametrize("encoding", WIDE)
def test_wide_files_with_a_byte_order_mark_are_decoded(encoding: str) -> None:
    assert parsed_title(with_bom(STORY.replace("\n", "\r\n"), encoding)) == "Zürich räumt auf"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_wide_text_without_a_bom_is_decoded_when_http_says_so(encoding: str) -> None:
    body = STORY.encode(encoding)
    text, name = decode_body(body, f"text/markdown; charset={encoding}")
    assert text == STORY
    assert parsed_title(body, name) == "Zürich räumt auf"


def test_a_header_saying_utf16_over_utf8_bytes_is_not_believed() -> None:
    # Any even run of UTF-8 bytes decodes as UTF-16 too, into nonsense: NULs are the evidence.
    assert decode_body(STORY.encode(), "text/plain; charset=utf-16") == (STORY, "utf-8")


def random_high_bytes(n: int, seed: int) -> bytes:
    rnd = random.Random(seed)
    return bytes(rnd.randrange(0x80, 0x100) for _ in range(n))


@pytest.mark.parametrize("seed", range(20))
def test_random_high_bytes_are_not_text(seed: int) -> None:
    # Any single-byte code page decodes them; no encoding reads them as text.
    with pytest.raises(ParseError) as caught:
        decode_text(random_high_bytes(4096, seed))
    assert caught.value.reason == "not text"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Москва, 20 ноября. Правительство объявило о новых мерах поддержки фермеров.", "cp1251"),
        (
            "Αθήνα, 20 Νοεμβρίου. Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης για τους αγρότες.",
            "cp1253",
        ),
        ("東京、11月20日。政府は地域の農家に対する新たな支援策を発表した。", "shift_jis"),
        ("Paris, 20 novembre. « Déjà » : l'aide aux agriculteurs arrive — enfin.", "cp1252"),
        (
            "München, 20. November. Die Förderung für Bauern wird erhöht, sagte die Ministerin.",
            "cp1252",
        ),
        # Portuguese and French whose 1250 reading some detector takes for Czech or Hungarian.
        (
            "O governo anunciou nesta terça-feira novas ações para conter a inflação. As "
            "informações são da Agência Brasil. Não há previsão de votação.",
            "cp1252",
        ),
        ("La tête de liste a été désignée lors d'une réunion extraordinaire.", "cp1252"),
        # Central European text: Windows-1252 reads it too ("poveæala"), Windows-1250 better.
        (
            "NIKŠIĆ, 12. mart 2024. (MINA) – Opština Nikšić počela je izgradnju novog vrtića, "
            "a Luka Bar povećala je promet, kazao je Nikola Đurović.",
            "cp1250",
        ),
        # Turkish: Windows-1252 reads it as Icelandic letters ("Ulaþtýrma"), 1254 rightly.
        (
            "İZMİR (AA) – Ulaştırma Bakanlığı, şehirlerarası otobüs terminali için ihale açtı; "
            "teklifler ağustosa kadar toplanacak.",
            "cp1254",
        ),
        # Icelandic keeps Windows-1252, whose þ, ð, ý are its own letters.
        (
            "Reykjavík, 12. mars. Ríkisstjórnin kynnti í dag nýjar aðgerðir til að styðja "
            "þá bændur sem urðu fyrir tjóni í óveðrinu.",
            "cp1252",
        ),
    ],
)
def test_legacy_code_pages_are_text(text: str, codec: str) -> None:
    assert decode_text((text * 3).encode(codec)) == text * 3


def test_utf8_with_a_broken_byte_stays_utf8() -> None:
    # One corrupt byte in a UTF-8 page is not a Windows-1252 file (mojibake) nor "not text".
    text = "Zürich — die Straße zum Café «Größe» ist frei. " * 20
    damaged = text[:50].encode() + b"\xff" + text[50:].encode()
    assert decode_text(damaged) == text[:50] + "\ufffd" + text[50:]


def test_legacy_text_with_stray_bytes_is_still_text() -> None:
    # A fuzzed agency file: Windows-1252 with two DEL bytes, which put the detector off.
    data = b"Mayor\x7f\x7f\x92s \x93Bold\x94 Plan For Caf\xe9s\n"
    assert decode_text(data) == "Mayor\x7f\x7f\u2019s \u201cBold\u201d Plan For Caf\u00e9s\n"


def test_random_bytes_over_http_are_a_reject(http_server: ScriptedServer, db_path: Path) -> None:
    noise, story = random_high_bytes(4096, 1), with_bom(STORY, "utf-16-le")
    http_server.route("/noise.txt", Reply(body=noise, headers={"Content-Type": "text/plain"}))
    http_server.route("/story.md", Reply(body=story, headers={"Content-Type": "text/markdown"}))
    plain = FetchSettings(respect_robots=False, retries=0, allow_hosts=frozenset({"127.0.0.1"}))
    summary = run_ingest(
        [http_server.url("/noise.txt"), http_server.url("/story.md")],
        str(db_path),
        fetch_settings=plain,
        max_reject_ratio=1.0,
        publish=False,
    )
    assert (summary.counts.new, summary.counts.rejected) == (1, 1)
    assert rows(db_path, "SELECT title FROM articles") == [("Zürich räumt auf",)]
    assert rows(db_path, "SELECT stage, reason FROM rejects") == [("parse", "not text")]


# -- zero false rejects on real text -----------------------------------------------------------


def real_texts() -> Iterator[tuple[str, bytes]]:
    """Every text file the project has: samples, test inputs, seeds and corpus pages."""
    for folder in (SAMPLES, FIXTURES, SEEDS, SHARED / "corpus" / "wire-dev"):
        for path in sorted(folder.rglob("*")):
            if (path.is_file() and path.suffix not in (".gz", ".json")) or path.suffix == ".json":
                yield str(path), path.read_bytes()
    for path in sorted((SHARED / "corpus").glob("*/**/*.html.gz")):
        yield str(path), gzip.decompress(path.read_bytes())


def is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="needs ../shared (seeds, corpus)")


@needs_shared
def test_no_real_text_is_refused_in_any_encoding() -> None:
    checked, refused, changed = 0, [], []
    for name, data in real_texts():
        try:
            text = decode_text(data)
        except ParseError as exc:
            # Binary fixtures exist on purpose (tests of the binary reject): they are not text.
            if exc.reason == "binary file, not text" or exc.reason == "empty file":
                continue
            refused.append((name, "as stored", exc.reason))
            continue
        checked += 1
        for codec in ("utf-16", "utf-32", "utf-16-le+bom", "cp1252"):
            try:
                data2 = (
                    with_bom(text, codec.removesuffix("+bom"))
                    if codec.endswith("+bom")
                    else text.encode(codec)
                )
            except UnicodeEncodeError:
                continue  # not every text fits Windows-1252
            if codec == "cp1252" and is_utf8(data2):
                continue  # mojibake in the text ("worldâ€™s") is UTF-8 again in Windows-1252
            try:
                again = decode_text(data2)
            except ParseError as exc:
                refused.append((name, codec, exc.reason))
                continue
            if again != text:
                changed.append((name, codec))
        # One corrupt byte in the middle: still text (UTF-8 with a U+FFFD where it was).
        middle = len(data) // 2
        try:
            decode_text(data[:middle] + b"\xff" + data[middle:])
        except ParseError as exc:
            refused.append((name, "one corrupt byte", exc.reason))
    assert checked > 300
    assert refused == []
    assert changed == []


def test_docstring_examples() -> None:
    result = doctest.testmod(decoding)
    assert result.attempted > 0 and result.failed == 0


def test_iso_2022_text_is_no_binary_and_is_read() -> None:
    # Japanese e-mail's ISO-2022-JP is 7-bit with escape sequences switching character sets:
    # text, not control bytes.
    story = "姫路城の大天守、12月に初の夜間特別公開。\n\n姫路市は19日、発表した。\n" * 3
    assert decode_text(story.encode("iso2022_jp")) == story


def test_a_declared_east_asian_code_page_is_read_as_its_superset() -> None:
    # "GB2312" declared over GBK bytes (a name's "喆" is outside GB2312): read as GB18030, as
    # browsers do; "EUC-KR" over Windows-949's characters likewise.
    text = "记者林喆报道：新加坡渡轮码头将于明年扩建。"
    assert decode_text(text.encode("gbk"), "gb2312") == text
    korean = "똠방각하 기자가 전했다."  # "똠" is in Windows-949 only
    assert decode_text(korean.encode("cp949"), "euc-kr") == korean
    xml = f'<?xml version="1.0" encoding="GB2312"?><a>{text}</a>'.encode("gbk")
    from wirecopy.tasks.formats.xmlsafe import decode_xml

    assert text in decode_xml(xml)
