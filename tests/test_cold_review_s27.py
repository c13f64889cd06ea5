"""Session 27's cold review: faults a reviewer who had not written the change found in its
rules, each reproduced here (these tests fail on the code before the mends) beside the case
the rule was written for. They fail at 8f566e5 (the change reviewed) and pass at b35fa39: the
faults were the change's."""

from __future__ import annotations

import hashlib

import pytest

from tests._helpers_pure import clean
from wirecopy.schemas.records import RawDocument
from wirecopy.tasks.clean import clean_document
from wirecopy.tasks.cleaning.credits import split_credits
from wirecopy.tasks.cleaning.rules import match_line_rule
from wirecopy.tasks.html.extract import extract_html
from wirecopy.tasks.parse import parse_input

URL = "https://news.example.net/2024/06/01/quay"
PROSE = "<p>" + "The council met on Monday to discuss the harbour works. " * 6 + "</p>"
OPENING = (
    "PORT ALDER, March 12 (Harbour Wire) - The river is expected to burst its banks on Friday."
)
LAST = "The mayor said the new flood wall would be finished in May."


def _story(*paragraphs: str) -> str:
    return "\n\n".join(["Council warns of floods", OPENING, *paragraphs, LAST]) + "\n"


def _raw(data: bytes, uri: str) -> RawDocument:
    return RawDocument(uri, data, hashlib.sha256(data).hexdigest(), len(data))


def test_a_wrapped_line_naming_a_platform_is_no_call_of_its_own() -> None:
    para = (
        "The council urged residents living near the river to\n"
        "join its WhatsApp group for flood alerts, which already has\n"
        "4,000 members, and to keep sandbags ready."
    )
    assert "join its WhatsApp group" in clean(_story(para)).body_text


@pytest.mark.parametrize(
    "line",
    [
        "Follow-up checks on the Telegram channel found the posts had been deleted by Friday.",
        "Download numbers for the app fell by a third after the ban, the company said.",
        "Folge der Sperrung von Telegram in Spanien war ein sprunghafter Anstieg der VPN-Nutzung.",
        "Volg de rechtszaak live via YouTube, zei de rechter vrijdag tegen de advocaten.",
        "Đăng ký qua ứng dụng VNeID, người dân có thể nhận trợ cấp trong vòng 3 ngày.",
    ],
)
def test_a_sentence_opening_like_a_call_is_no_platform_call(line: str) -> None:
    found = match_line_rule(line)
    assert found is None or found.name != "platform_call"


@pytest.mark.parametrize(
    "line",
    [
        "Best supporting actress: Da'Vine Joy Randolph for The Holdovers",
        "Maria Lopez – a teacher at the village school who had lived there all her life",
        "What happens next: the council votes on the plan in June",
        "Wahlkreis Nord: CDU-Kandidat gewinnt knapp vor der SPD",
    ],
)
def test_a_story_line_with_a_label_is_no_see_also_line(line: str) -> None:
    assert line in clean(_story("The storm ran for more than three hours.", line)).body_text


def test_the_agencys_own_name_opening_a_sentence_is_no_call() -> None:
    line = "Reuters could not independently verify the Telegram posts."
    text = (
        _story("Videos of the flood were shared widely.").replace("(Harbour Wire)", "(Reuters)")
        + f"\n{line}\n"
    )
    assert line in clean(text).body_text


def test_a_section_break_is_no_end_mark_after_which_the_copy_goes() -> None:
    tail = "Three months later, the quay was busy every morning before dawn."
    article = clean(_story("Fishing boats were the first to moor there.", "* * *", tail))
    assert tail in article.body_text


def test_a_story_with_a_dated_timeline_stays_one_story() -> None:
    text = (
        b"Storm batters the coast\n\n"
        b"A storm with gusts of 140 km/h battered the coast for two days, cutting power.\n\n"
        b"How the storm unfolded:\n\n"
        b"12.03.2024 18:00\nRed warning issued\n\n"
        b"Forecasters issued a red warning for the whole coast on Tuesday evening.\n\n"
        b"13.03.2024 06:30\nCoast road closed\n\n"
        b"Police closed the coast road after trees fell across it overnight.\n"
    )
    assert len(parse_input(_raw(text, "file:///in/storm.txt"))) == 1


def test_a_bare_dash_line_between_a_mails_items_is_no_signature() -> None:
    text = (
        "Council briefs\n\nHarbour opens new quay\nThe harbour office opened the new quay.\n--\n"
        "Library extends opening hours\nThe central library will stay open until 9 pm on"
        " weekdays from April, the council said.\n"
    )
    mail = (
        "From: desk@harbourwire.example\nSubject: Council briefs\nDate: Fri, 07 Sep 2012 14:20:05"
        " +0000\nContent-Type: text/plain; charset=utf-8\n\n" + text
    ).encode()
    articles = [clean_document(d) for d in parse_input(_raw(mail, "file:///in/briefs.eml"))]
    assert any("central library" in a.body_text for a in articles)


def test_a_tools_hidden_panel_stays_out_of_the_body() -> None:
    inner = (
        "<p>As a subscriber you have 10 gift articles to give each month. Anyone can read what"
        " you share, no subscription needed. Copy the link below and send it.</p>"
    )
    html = (
        "<html><body><article><h1>Quay</h1><div class='tools'>"
        "<button aria-controls='gift' aria-expanded='false'>Gift this article</button>"
        f"<div id='gift' hidden>{inner}</div></div><div class='body'>{PROSE}</div>"
        "</article></body></html>"
    )
    assert not any("gift articles" in p for p in extract_html(html, URL).paragraphs)


@pytest.mark.parametrize("cls", ["article-body no-comments", "article-body comments-closed"])
def test_a_story_classed_as_without_comments_stays(cls: str) -> None:
    story = "".join(
        f"<p>The harbour office opened the new quay on Monday after two years of building work,"
        f" the council said in item {n} of its statement on the works.</p>"
        for n in range(4)
    )
    body = f"<div class='{cls}'>{story}</div>"
    html = f"<html><body><article><h1>Quay</h1>{body}</article></body></html>"
    assert len(extract_html(html, URL).paragraphs) >= 4


def test_a_paragraph_ending_in_the_agencys_mark_after_a_picture_is_the_storys() -> None:
    line = "Jernbaneverket åpner den nye strekningen i august med seks nye stasjoner. © NTB"
    html = (
        f"<html><body><article><h1>Ny jernbane</h1>{PROSE}"
        f"<p><img src='https://img.example.net/a.jpg'></p><p>{line}</p>{PROSE}"
        "</article></body></html>"
    )
    assert any("Jernbaneverket" in p for p in extract_html(html, URL).paragraphs)


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Fotografías: Juan Pérez", "Juan Pérez"),
        ("Fotky: Jan Novák", "Jan Novák"),
        ("Bildautor: Max Muster", "Max Muster"),
        ("Archivbild: Feuerwehr Köln/privat", "Feuerwehr Köln/privat"),
        ("Archivbild: Stadtarchiv Köln, unbekannter Fotograf", "Stadtarchiv Köln"),
    ],
)
def test_picture_labels_of_more_forms_and_archive_credits_credit(caption: str, credit: str) -> None:
    assert (
        credit in " / ".join(split_credits(caption).credits)
        or credit in split_credits(caption).credits
    )


@pytest.mark.parametrize("note", ["（敬称略）", "（肩書は当時）", "（つづく）", "（テレビ朝日）"])
def test_a_japanese_closing_note_in_brackets_is_no_author(note: str) -> None:
    text = (
        "遊覧船が運航再開\n\n諏訪湖の遊覧船が１１月１日から運航を再開する。\n\n"
        f"運航会社は「景色を楽しんでほしい」と話している。\n\n{note}\n"
    )
    assert clean(text).authors == []


@pytest.mark.parametrize(
    "caption",
    ["A boy at the clinic. - Representational Image", "Commuters on Monday. - Hong Kong"],
)
def test_a_kind_or_a_place_after_a_dash_is_no_credit(caption: str) -> None:
    assert split_credits(caption).credits == ()


@pytest.mark.parametrize(
    "note",
    [
        "This article was updated on March 12 to include comments from the mayor.",
        "Updated at 14:20 with the council's statement.",
        "Dieser Artikel wurde am 12. März aktualisiert.",
    ],
)
def test_an_editors_note_under_the_picture_is_no_caption(note: str) -> None:
    html = (
        "<html><body><article><h1>Quay</h1><p><img src='https://img.example.net/a.jpg'></p>"
        f"<p style='text-align:center'><em>{note}</em></p>{PROSE}{PROSE}</article></body></html>"
    )
    assert [i.caption for i in extract_html(html, URL).images] == [None]
