"""Faults a cold review found in session 35's change (054c8ab..34dd839), each reproduced and
mended: story lines the new rules took, dates from the wrong line or in the wrong zone, credits
from a body's initials, a slow pattern."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests._helpers_pure import STORY, clean, clean_items, clean_with_line
from wirecopy.tasks.cleaning.blocks import stamp_time
from wirecopy.tasks.cleaning.credits import split_credits
from wirecopy.tasks.dates import parse_datetime

# -- story lines the new or widened line rules took (S1-S10) ---------------------------------

_STORY_LINES = [
    # S1: a press office named in a headline or a reported sentence
    "Kremlin press service denies report on president's health",
    "Pressestelle der Polizei warnt vor falschen Polizisten",
    "דוברות המשטרה מסרה כי החשוד נעצר בביתו בחולון",
    # S2: a police appeal with its reference, phone and site
    "Anyone with information should contact Kent Police, quoting reference 46/1234/24, or phone "
    "0800 555 111 or visit www.kent.police.uk",
    # S3: the outlet's news of its own newsletter
    "Our newsletter, which launched in 2019, now reaches 40,000 readers every morning.",
    "Our newsletter subscribers rose to 40,000 this year.",
    # S4: a leaked or privileged message in a story
    "The minister insisted this email was confidential and should never have been shared with "
    "reporters.",
    "Lawyers for the company argued this message was privileged and could not be used as "
    "evidence in court.",
    # S5: a paper's sale as news
    "The newspaper Apple Daily is on sale for the last time today, with a print run of one "
    "million copies.",
    "Le journal satirique Charlie Hebdo est en vente dès mercredi dans les kiosques, avec un "
    "tirage de trois millions d'exemplaires.",
    # S6: advice to watch something tonight
    "Watch this year's Perseid meteor shower tonight in the north-eastern sky after midnight.",
    # S7: a press-council member in the news
    "The newspaper is a member of the Media Council and has appealed the ruling.",
    # S8: "wherever you listen" in any sentence
    "You can hear the birds wherever you listen.",
    # S9: a price or a figure after a name in a caseless script
    "خام برنت 89.5",
    "دوربین مدار بسته 95.3",
    # S10: a story's bulleted advice
    "• Share this information with elderly neighbours and relatives",
    "• Sign up for flood alerts from the Environment Agency",
    "» Sign up for flood alerts from the Environment Agency",
]


@pytest.mark.parametrize("line", _STORY_LINES)
@pytest.mark.parametrize("where", ["mid", "end"])
def test_a_story_line_the_new_rules_read_stays(line: str, where: str) -> None:
    article = clean_with_line(line, where)
    assert line in article.body_text
    assert all(p in article.body_text for p in STORY[1:])


# -- headers (S11, S12) ----------------------------------------------------------------------


def test_a_headline_opening_with_a_release_word_stays_the_headline() -> None:
    headline = "Pressemitteilung der Bahn sorgt für Ärger bei Pendlern"
    article = clean(
        f"{headline}\n\nBERLIN, 12. März (dpa) - Die Bahn hat mit einer Mitteilung über "
        "Verspätungen Ärger ausgelöst.\n\nDie Pendlerverbände kritisierten den Ton.\n"
    )
    assert article.title == headline


def test_a_french_headline_with_its_spaced_quotes_is_no_breadcrumb() -> None:
    headline = "Retraites : « Nous ne céderons pas » affirme Borne"
    article = clean(
        f"{headline}\n\nLe gouvernement maintient sa réforme malgré la grève\n\n"
        "PARIS, 12 mars (AFP) - La Première ministre a répété mardi que la réforme serait "
        "appliquée.\n\nLes syndicats appellent à une nouvelle journée de grève.\n"
    )
    assert article.title == headline


# -- credits (S13) --------------------------------------------------------------------------


def test_a_bodys_arabic_initials_in_brackets_are_no_credit() -> None:
    text = "الرئيس محمود عباس يترأس اجتماع اللجنة التنفيذية لمنظمة التحرير (م.ت.ف)"
    assert split_credits(text).credits == ()
    assert split_credits("عربة على الخط الرابع (و.م.ع)").credits == ("و.م.ع",)


# -- dates (S14-S18) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 listopada 2024", None),  # October in Croatian, November in Polish and Czech
        ("15 lipca 2023", datetime(2023, 7, 15, tzinfo=UTC)),
        ("20 srpna 2024", datetime(2024, 8, 20, tzinfo=UTC)),
        ("3 Meitheamh 2024", datetime(2024, 6, 3, tzinfo=UTC)),
        ("12 lipnja 2024", datetime(2024, 6, 12, tzinfo=UTC)),
    ],
)
def test_a_months_name_another_language_starts_alike_reads_as_its_own(
    text: str, expected: datetime | None
) -> None:
    assert parse_datetime(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2024-03-12 14:35 UTC", datetime(2024, 3, 12, 14, 35, tzinfo=UTC)),
        ("(GMT) 2024-03-12 14:35 (GMT)", datetime(2024, 3, 12, 14, 35, tzinfo=UTC)),
        ("12 June 2024 14:35 EDT", datetime(2024, 6, 12, 18, 35, tzinfo=UTC)),
        ("14.03.2024 09:15 Uhr MEZ", datetime(2024, 3, 14, 8, 15, tzinfo=UTC)),
    ],
)
def test_a_stamp_naming_its_zone_keeps_it(line: str, expected: datetime) -> None:
    when = stamp_time(line)
    assert when is not None and when == expected


def test_a_stamp_in_chinese_copy_naming_utc_is_not_read_on_the_chinese_clock() -> None:
    article = clean(
        "港口渡轮新时刻表获批\n2024-03-12 14:35 UTC\n\n"
        "市议会周二批准了新的渡轮时刻表。\n\n新时刻表将于五月生效。\n"
    )
    assert article.published_at == datetime(2024, 3, 12, 14, 35, tzinfo=UTC)


def test_a_stamps_afternoon_is_read() -> None:
    assert stamp_time("Published 12 March 2024, 2:35 pm") == datetime(2024, 3, 12, 14, 35)


def test_an_update_time_is_not_the_copys() -> None:
    line = "Aktualisiert am 14.03.2024 09:15 – Erstellt am 13.03.2024 18:00"
    assert stamp_time(line) == datetime(2024, 3, 13, 18, 0)
    assert stamp_time("Updated 14.03.2024 09:15") is None


def test_a_kick_off_time_after_the_first_sentence_dates_nothing() -> None:
    article = clean(
        "Derby am Samstag ausverkauft\n\n"
        "Das Derby zwischen den beiden Stadtvereinen ist seit Dienstag ausverkauft.\n\n"
        "Anpfiff: 16.03.2024 18:30 Uhr\n\nDer Verein erwartet 45.000 Zuschauer.\n"
    )
    assert article.published_at is None


def _telex(closing: str) -> bytes:
    return (
        "ZCZC\r\n\x01SID0412 3 spo 69 SID1\r\nFUSSBALL-POKAL\r\n"
        "\x02Derby im Pokal ausgelost\r\n\r\n"
        "   KOELN, 14. Maerz (SID) - Das Derby steht im Viertelfinale an.\r\n\r\n"
        "   Das Hinspiel findet im April statt.\r\n\r\n"
        f"   {closing}\r\n\x03\r\nNNNN\r\n"
    ).encode("latin-1")


def test_a_7901_closing_line_of_a_match_date_is_no_stamp() -> None:
    (article,) = clean_items(_telex("Rueckspiel am 21.05.24 20.45"), "file:///wire/in/sid.txt")
    assert article.published_at is None


def test_a_gulf_agencys_ast_is_not_the_atlantics() -> None:
    from wirecopy.tasks.formats.iptc7901 import _trailer_time

    # (ANPA's "AST" is Atlantic time; in 7901 copy it is read as before, no zone known)
    assert _trailer_time("CANA-GEO 08-14-97 1342AST", [], anpa=True) == datetime(
        1997, 8, 14, 17, 42, tzinfo=UTC
    )
    assert _trailer_time("KUNA/ab 121530 AST MAR 24", []) == datetime(
        2024, 3, 12, 15, 30, tzinfo=UTC
    )


# -- a slow pattern (S19) -------------------------------------------------------------------


@pytest.mark.timeout(10)  # a hang guard, not a speed test: it took 25 s for 2,000 characters
def test_a_bracketed_head_line_without_its_close_is_read_in_linear_time() -> None:
    from wirecopy.tasks.formats.iptc7901 import _BRACKETED_LABEL

    assert _BRACKETED_LABEL.match("(" + "a" * 50_000) is None
    assert _BRACKETED_LABEL.match("(Money column)")
