"""Text helpers of the wire parsers, and the floor: no markup in any paragraph, any bytes safe."""

from __future__ import annotations

import doctest
import re
from datetime import timedelta
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.wire_helpers import WIRE_DEV, WIRE_FIXTURES, needs_wire_dev
from wirecopy.schemas.wire import WireFile
from wirecopy.tasks.formats import bylines, wiretext
from wirecopy.tasks.formats.bylines import authors_from_byline
from wirecopy.tasks.formats.errors import WireFormatError
from wirecopy.tasks.formats.wire import parse_wire
from wirecopy.tasks.formats.wiredates import wire_datetime
from wirecopy.tasks.formats.wiretext import (
    body_paragraphs,
    copyright_holder,
    fix_mojibake,
    text_paragraphs,
)

MARKUP = re.compile(r"</?[A-Za-z][\w:.-]*[^<>]*>|&lt;/?[A-Za-z]|&(?:amp|lt|gt|quot|nbsp);")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Jane Doe, Associated Press Writer", ("Jane Doe",)),
        ("Von Anna Schmidt und Peter Müller, dpa", ("Anna Schmidt", "Peter Müller")),
        ("Por Juan Pérez y María López", ("Juan Pérez", "María López")),
        ("Jean Dupont, envoyé spécial", ("Jean Dupont",)),
        ("Karl Melander/TT", ("Karl Melander",)),
        ("NTB", ("NTB",)),
        ("By Jane Doe, BBC News", ("Jane Doe",)),
        ("Matti Meikäläinen / STT", ("Matti Meikäläinen",)),
        ("par Jean DUPONT", ("Jean DUPONT",)),
        ("di Mario Rossi", ("Mario Rossi",)),
        ("By ASSOCIATED PRESS", ()),
        # An agency or a newspaper credited beside the writers is no author; alone it stays.
        ("By Jane Doe, Reuters", ("Jane Doe",)),
        ("Jane Doe and John Roe, Lehtikuva", ("Jane Doe", "John Roe")),
        ("Jane Doe, The New York Times", ("Jane Doe",)),
        ("Reuters", ("Reuters",)),
        ("By Emily Post", ("Emily Post",)),
        # Hebrew and Arabic "and", a letter before the next name of two words.
        ("כרמית לוי ויואב שמיר", ("כרמית לוי", "יואב שמיר")),
        ("محمد علي وأحمد حسن", ("محمد علي", "أحمد حسن")),
        ("ורד כהן", ("ורד כהן",)),
        # A place in square brackets after the name (Mongabay's "Yohanes Seda [Sikka]").
        ("Yohanes Seda [Sikka]", ("Yohanes Seda",)),
        # Thai "by" before a name of a script without case.
        ("โดย ธนพล ศรีสุข", ("ธนพล ศรีสุข",)),
        ("", ()),
    ],
)
def test_authors_from_byline(byline: str, authors: tuple[str, ...]) -> None:
    assert authors_from_byline(byline) == authors


@pytest.mark.parametrize("module", [bylines, wiretext])
def test_docstring_examples_hold(module: ModuleType) -> None:
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        ("Copyright 2024 Northwind Wire. All rights reserved.", "Northwind Wire"),
        ("Copyright 2019, dpa (www.dpa.de). Alle Rechte vorbehalten", "dpa"),
        ("Copyright 2013 The News Agency, www.tna.org - all rights reserved.", "The News Agency"),
        ("Copyright (c) 1999-2001 Agence France-Presse", "Agence France-Presse"),
        ("(c) Copyright Thomson Reuters 2013", "Thomson Reuters"),
        ("Copyright © 2024 The Associated Press. All rights reserved.", "The Associated Press"),
        ("Copyright 2001 A.P. Moller Group", "A.P. Moller Group"),
        ("© 2024", None),
        ("", None),
    ],
)
def test_copyright_holder_is_the_name_alone(notice: str, holder: str | None) -> None:
    assert copyright_holder(notice) == holder


def test_mojibake_is_repaired_and_real_accents_are_kept() -> None:
    assert fix_mojibake("Dellâ€™s cafÃ© in Zürich") == "Dell’s café in Zürich"
    assert fix_mojibake("Ä°stanbul, Ñandú, ß·") == "Ä°stanbul, Ñandú, ß·"
    # A closing quote's last byte (0x9d) is one cp1252 leaves undefined (Business Wire copy).
    assert fix_mojibake("Fashion,â€\x9d said Ã\x81lvarez") == "Fashion,” said Álvarez"


def test_bodies_as_html_escaped_html_and_wrapped_text() -> None:
    assert body_paragraphs("&amp;lt;p&amp;gt;Twice escaped.&amp;lt;/p&amp;gt;") == [
        "Twice escaped."
    ]
    assert body_paragraphs('{"body": "json"}') == []
    assert text_paragraphs("A line wrapped\nin the middle.\nNext paragraph.") == [
        "A line wrapped in the middle.",
        "Next paragraph.",
    ]
    assert body_paragraphs("Plain line one\nline two", markup=True) == ["Plain line one line two"]


def test_wire_dates() -> None:
    assert wire_datetime("20130605T210000+0000") is not None
    assert wire_datetime("Tue, 19 Nov 2024 16:45:00 +0000") is not None
    assert wire_datetime("2024-11-20") is not None
    assert wire_datetime("not a date") is None
    assert wire_datetime("18991231") is None


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Wed, 12 Jun 2024 15:30:00 GMT+7", 7),
        ("Wed, 12 Jun 2024 15:30:00 GMT+07:00", 7),
        ("Wed, 12 Jun 2024 15:30:00 UTC-3", -3),
        ("Wed, 12 Jun 2024 15:30:00 GMT", 0),
    ],
)
def test_an_rfc_822_date_with_its_zone_as_an_offset_from_gmt(text: str, hours: int) -> None:
    # Some CMSs write the zone as an offset from GMT: the same instant as "+0700".
    when = wire_datetime(text)
    assert when is not None and when.utcoffset() == timedelta(hours=hours)
    assert (when.hour, when.minute) == (15, 30)


def _all_text(wire: WireFile) -> list[str]:
    texts: list[str] = []
    for item in wire.items:
        texts += list(item.paragraphs)
        texts += [t for t in (item.headline, item.subheadline, item.summary, item.byline) if t]
        texts += [t for im in item.images for t in (im.caption, im.credit) if t]
    return texts


def _wire_files() -> list[Path]:
    files = sorted(
        p for p in WIRE_FIXTURES.iterdir() if not p.name.startswith(("hostile", "unsupported"))
    )
    return files + (sorted(WIRE_DEV.iterdir()) if WIRE_DEV.is_dir() else [])


@needs_wire_dev
def test_no_markup_or_json_in_any_text_of_any_wire_file() -> None:
    checked = 0
    for path in _wire_files():
        try:
            wire = parse_wire(path.read_bytes())
        except WireFormatError:
            continue
        assert wire is not None, path.name
        for text in _all_text(wire):
            assert not MARKUP.search(text), (path.name, text[:120])
            assert not text.lstrip().startswith(("{", "[{")), (path.name, text[:120])
            checked += 1
    assert checked > 300  # 344 texts in the fixtures and wire-dev when written


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300).map(lambda t: ("<nitf><body><p>" + t).encode()),
        st.text(max_size=300).map(lambda t: ('{"uri": "x", "headline": ' + t).encode()),
        st.text(max_size=300).map(lambda t: ("\x01a0001 r a BC-X 11-20 0010\r\n\x02" + t).encode()),
    )
)
def test_any_bytes_give_a_wire_file_none_or_a_reject(data: bytes) -> None:
    try:
        result = parse_wire(data)
    except WireFormatError as err:
        assert err.reason
        return
    assert result is None or isinstance(result, WireFile)


def test_a_desk_title_before_the_writers_names_is_no_name() -> None:
    from wirecopy.tasks.formats.bylines import byline_of

    assert byline_of("by Xinhua writers Li Wen, Zhou Meng") == (("Li Wen", "Zhou Meng"), None)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # First names that are also "by" in another language stay names in an author field.
        ("Oleh Sentsov", ("Oleh Sentsov",)),
        ("Na Li", ("Na Li",)),
        ("Gan Kim Yong", ("Gan Kim Yong",)),
        # … and introduce the name in lower case, in capitals or before a colon.
        ("ni Jennifer B. Gabasa", ("Jennifer B. Gabasa",)),
        ("NA HALIMA MWERU", ("Halima Mweru",)),
        ("Oleh: Rina Kusumawati", ("Rina Kusumawati",)),
    ],
)
def test_a_first_name_that_is_by_elsewhere_stays_a_name(
    byline: str, authors: tuple[str, ...]
) -> None:
    assert authors_from_byline(byline) == authors


def test_a_zero_width_space_goes_inside_a_word_and_stays_as_a_spaceless_scripts_word_break() -> (
    None
):
    assert wiretext.clean("fore\u200bcast") == "forecast"
    khmer = "ក្រសួង\u200bអប់រំ\u200bនឹង\u200bសាងសង់"
    assert wiretext.clean(khmer) == khmer
