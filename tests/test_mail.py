"""E-mailed copy: the message's text part read as agency copy, its headers as fields."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests._helpers_pure import fixture_doc, raw_doc
from wirecopy.schemas.records import Article
from wirecopy.tasks.clean import clean_document
from wirecopy.tasks.formats.base import ParseError
from wirecopy.tasks.formats.mail import is_mail
from wirecopy.tasks.parse import parse_input

STORY = (
    "Harbour Board - Press release\n\n"
    "Ferry timetable changes from Monday\n\n"
    "Hamburg, 12 March 2024\n\n"
    "The ferry operator said on Tuesday that late sailings will move by ten \n"
    "minutes from Monday.\n\n"
    "Tickets bought before Monday stay valid on every route.\n\n"
    "The change affects three routes across the bay.\n"
)


def _mail(headers: str, body: bytes) -> bytes:
    return headers.replace("\n", "\r\n").encode() + b"\r\n" + body.replace(b"\n", b"\r\n")


def _clean(data: bytes) -> Article:
    (doc,) = parse_input(raw_doc(data, "file:///wire/in/release.eml"))
    return clean_document(doc)


HEADERS = (
    "Return-Path: <desk@harbour.example>\n"
    "From: Harbour Board Press Office <press@harbour.example>\n"
    "To: desk@newsroom.example\n"
    "Subject: =?utf-8?q?PR/24/17_-_Ferry_timetable_changes_from_Monday?=\n"
    "Date: Tue, 12 Mar 2024 12:03:41 +0100\n"
    "Message-ID: <pr-24-17@harbour.example>\n"
    "MIME-Version: 1.0\n"
    "Content-Language: en\n"
    "Content-Type: text/plain; charset=UTF-8; format=flowed\n"
)


def test_mailed_release_reads_as_agency_copy_with_its_headers() -> None:
    article = _clean(_mail(HEADERS, STORY.encode()))
    # The line the Subject ends with is the headline; the release's label above it goes.
    assert article.title == "Ferry timetable changes from Monday"
    assert ("header", "section_label", "Harbour Board - Press release") in {
        (f.kind, f.rule, f.text) for f in article.removed
    }
    paragraphs = article.body_text.split("\n\n")
    # format=flowed: the soft break after "ten " joins the lines; the place and date go.
    assert paragraphs[0] == (
        "The ferry operator said on Tuesday that late sailings will move by ten minutes from "
        "Monday."
    )
    assert paragraphs[-1] == "The change affects three routes across the bay."
    assert article.published_at == datetime(2024, 3, 12, 11, 3, 41, tzinfo=UTC)
    assert article.language == "en"
    assert article.metadata["mail_from"] == "Harbour Board Press Office"
    assert article.metadata["delivery"] == "e-mail"


def test_undeclared_8bit_headers_read_in_the_bodys_code_page() -> None:
    subject = "行政院新聞稿：政院核定離島海底電纜強化計畫"
    body = "行政院新聞傳播處　新聞稿\n\n政院核定離島海底電纜強化計畫\n\n" + (
        "為提升金門、馬祖及澎湖等離島的通訊韌性，行政院今日核定國家發展委員會所提計畫。\n\n" * 3
    )
    headers = (
        f"From: 行政院新聞傳播處 <press@ey.example>\nSubject: {subject}\n"
        "Date: Tue, 12 Mar 2024 17:20:05 +0800\nMIME-Version: 1.0\nContent-Type: text/plain\n"
    )
    data = headers.replace("\n", "\r\n").encode("big5") + b"\r\n" + body.encode("big5")
    article = _clean(data)
    assert article.title == "政院核定離島海底電纜強化計畫"
    assert article.metadata["mail_from"] == "行政院新聞傳播處"
    assert article.body_text.startswith("為提升金門")


def test_the_text_part_of_a_multipart_message_is_read_and_attachments_are_not() -> None:
    boundary = "b1"
    body = (
        f"--{boundary}\nContent-Type: text/plain; charset=ISO-8859-1\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        "Fähre f=E4hrt sp=E4ter\n\nDie F=E4hre f=E4hrt ab Montag zehn Minuten sp=E4ter.\n\n"
        f"--{boundary}\nContent-Type: text/plain\nContent-Disposition: attachment; "
        'filename="notes.txt"\n\nNOT THE STORY\n\n'
        f"--{boundary}--\n"
    )
    headers = (
        "From: desk@harbour.example\nSubject: Fähre\nDate: Tue, 12 Mar 2024 12:00:00 +0100\n"
        f'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="{boundary}"\n'
    )
    article = _clean(_mail(headers, body.encode()))
    assert "Die Fähre fährt ab Montag zehn Minuten später." in article.body_text
    assert "NOT THE STORY" not in article.body_text


def test_a_date_header_with_8bit_bytes_is_no_date_and_no_crash() -> None:
    # Found by the fuzz harness (seed 307): a Date of stray 8-bit bytes comes from the e-mail
    # parser as a Header object, which the date parser cannot split.
    headers = HEADERS.replace("Date: Tue, 12 Mar", "Date: Tue, \u00c3(12 Mar")
    data = headers.replace("\n", "\r\n").encode("latin-1") + b"\r\n" + STORY.encode()
    article = _clean(data)
    assert article.body_text
    assert article.published_at is None


def test_an_html_only_message_is_read_as_a_page() -> None:
    html = (
        "<html><body><h1>Ferry times</h1><p>The ferry operator said on Tuesday that late "
        "sailings will move by ten minutes.</p><p>The change affects three routes across the "
        "bay and starts on Monday.</p></body></html>"
    )
    headers = (
        "From: desk@harbour.example\nSubject: Ferry times\nMIME-Version: 1.0\n"
        "Content-Type: text/html; charset=utf-8\n"
    )
    article = _clean(_mail(headers, html.encode()))
    assert "three routes across the bay" in article.body_text
    assert "<p>" not in article.body_text


def test_a_message_without_text_is_a_parse_error() -> None:
    headers = (
        "From: desk@harbour.example\nSubject: Picture\nMIME-Version: 1.0\n"
        "Content-Type: image/jpeg\nContent-Transfer-Encoding: base64\n"
    )
    with pytest.raises(ParseError, match="e-mail without text"):
        parse_input(raw_doc(_mail(headers, b"/9j/4AAQSkZJRg==\n"), "file:///wire/in/p.eml"))


@pytest.mark.parametrize("depth", [200, 3000])
def test_deeply_nested_parts_are_a_clear_reject(depth: int) -> None:
    # A hostile message nesting parts: its first parts are read, then a reject with a reason
    # (the mail parser recurses once per level: 3,000 levels are past Python's limit).
    parts = "".join(
        f'--b{n}\nContent-Type: multipart/mixed; boundary="b{n + 1}"\n\n' for n in range(depth)
    )
    headers = (
        "From: x@harbour.example\nSubject: Deep\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b0"\n'
    )
    with pytest.raises(ParseError, match="e-mail"):
        parse_input(raw_doc(_mail(headers, parts.encode()), "file:///wire/in/deep.eml"))


@pytest.mark.parametrize(
    "text",
    [
        # Agency copy quoting a sender and a subject is no message: no header only mail has.
        "From: Harbour Board\nSubject: ferries\n\nThe ferry runs late.\n",
        "Ferry times\n\nFrom: the harbour board. Subject: late sailings.\n",
        "Date: 12 March\nFrom: desk\n\nMIME-Version is a header.\n",
    ],
)
def test_copy_that_is_not_mail_is_not_read_as_mail(text: str) -> None:
    assert not is_mail(text.encode())


def test_a_subtitle_under_the_headline_and_the_signature_are_no_paragraphs() -> None:
    body = (
        "Ferry timetable changes from Monday\n- Late sailings move by ten minutes\n\n"
        "The ferry operator said on Tuesday that late sailings will move by ten minutes.\n\n"
        "The change affects three routes across the bay.\n\n-- \nHarbour Wire news feed\n"
        "http://harbour.example\n"
    )
    headers = (
        "From: feed@harbour.example\nSubject: [Harbour Wire] Ferry timetable changes from "
        "Monday\nDate: Tue, 12 Mar 2024 12:00:00 +0100\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n"
    )
    article = _clean(_mail(headers, body.encode()))
    assert article.title == "Ferry timetable changes from Monday"
    assert article.body_text.split("\n\n") == [
        "The ferry operator said on Tuesday that late sailings will move by ten minutes.",
        "The change affects three routes across the bay.",
    ]
    assert ("header", "subheadline", "- Late sailings move by ten minutes") in {
        (f.kind, f.rule, f.text) for f in article.removed
    }


def test_the_release_mail_fixture_reads_as_its_release() -> None:
    # A multipart/alternative message: its quoted-printable, flowed plain text part is read;
    # the subject's number goes, the release's label, its place and date, its contacts and the
    # subscription signature are no text.
    (doc,) = parse_input(fixture_doc("release-mail.eml"))
    article = clean_document(doc)
    assert article.title == "Night ferries return to the island route"
    assert article.body_text.split("\n\n") == [
        "Night ferries will run again between Kelvik and the island from Friday, the harbour "
        "board said on Tuesday, after a winter of repairs to the north pier. Sailings leave at "
        "23:30 and 01:00.",
        "Tickets bought for the day service stay valid at night until the end of April.",
    ]
    assert article.metadata["mail_from"] == "Harbour Board – Press Office"


def test_a_lead_opening_with_the_subjects_words_stays_the_lead() -> None:
    body = (
        "Ferry fares will rise by ten percent from Monday, the council said on Tuesday.\n\n"
        "The increase follows a review of operating costs, officials said.\n"
    )
    headers = "From: desk@council.example\nSubject: Ferry fares\nMIME-Version: 1.0\n"
    article = _clean(_mail(headers, body.encode()))
    assert article.body_text.startswith("Ferry fares will rise by ten percent")


def test_a_plain_rule_line_is_copy_and_the_signature_is_recorded() -> None:
    body = (
        "Ferry times\n\nThe ferry operator said on Tuesday that late sailings will move.\n\n--\n\n"
        "The change affects three routes across the bay.\n\n-- \nHarbour Wire desk\n"
    )
    headers = "From: desk@harbour.example\nSubject: Ferry times\nMIME-Version: 1.0\n"
    article = _clean(_mail(headers, body.encode()))
    assert article.body_text.endswith("The change affects three routes across the bay.")
    assert ("signature", "mail_signature", "Harbour Wire desk") in {
        (f.kind, f.rule, f.text) for f in article.removed
    }


def test_a_header_of_binary_bytes_is_no_header_and_the_message_is_read() -> None:
    data = (
        b"From: \x00\x01\x02\x03 <desk@harbour.example>\nSubject: Ferry times\n"
        b"MIME-Version: 1.0\n\nFerry times\n\nThe ferry operator said on Tuesday that late "
        b"sailings will move by ten minutes.\n"
    )
    article = _clean(data)
    assert article.title == "Ferry times"
    assert "mail_from" not in article.metadata
