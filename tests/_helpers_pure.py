"""Shared helpers for the pure parse/clean tests: build RawDocuments and run the pure path."""

from __future__ import annotations

import hashlib
from pathlib import Path

from wirecopy.schemas.records import Article, ParsedDocument, RawDocument, RemovedFragment
from wirecopy.tasks.clean import clean_document
from wirecopy.tasks.parse import parse_document, parse_input

INPUTS = Path(__file__).parent / "fixtures" / "inputs"


def raw_doc(data: bytes | str, uri: str = "file:///wire/in/story.txt") -> RawDocument:
    """A RawDocument for bytes (or UTF-8 text), with its real hash and size.

    >>> raw_doc("Hi").size
    2
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    return RawDocument(uri, payload, hashlib.sha256(payload).hexdigest(), len(payload))


def fixture_doc(name: str) -> RawDocument:
    """The RawDocument of one file under tests/fixtures/inputs, read as bytes."""
    path = INPUTS / name
    return raw_doc(path.read_bytes(), path.as_uri())


def parse(data: bytes | str, uri: str = "file:///wire/in/story.txt") -> ParsedDocument:
    return parse_document(raw_doc(data, uri))


def clean(data: bytes | str, uri: str = "file:///wire/in/story.txt") -> Article:
    """Parse then clean one input: the whole pure path."""
    return clean_document(parse_document(raw_doc(data, uri)))


def removed_as_tuples(article: Article) -> set[tuple[str, str, str]]:
    """(kind, rule, text) of every fragment cleaning took out."""
    return {(f.kind, f.rule, f.text) for f in article.removed}


def has_removed(article: Article, kind: str, rule: str, text: str) -> bool:
    return RemovedFragment(kind, rule, text) in article.removed


# A short agency story to place a line in: the line's fate is read beside real story text.
STORY_HEAD = "Harbour council approves new ferry timetable"
STORY = (
    "PORT ALDER, March 12 (Harbour Wire) - The council approved the new ferry timetable on "
    "Tuesday after a two-hour debate.",
    "The timetable adds three evening crossings and takes effect in May, the harbour master said.",
    "Opposition members said the plan did not address the cost of tickets for students and "
    "pensioners.",
)


def clean_with_line(line: str, where: str) -> Article:
    """The story cleaned with line placed after its first paragraph ("mid") or last ("end")."""
    first, *rest = STORY
    paras = [first, line, *rest] if where == "mid" else [*STORY, line]
    return clean(STORY_HEAD + "\n\n" + "\n\n".join(paras) + "\n")


def clean_items(data: bytes, uri: str) -> list[Article]:
    """Every item of one input (a wire file may hold several), parsed and cleaned."""
    return [clean_document(doc) for doc in parse_input(raw_doc(data, uri))]


def mail_message(body: str, subject: str = STORY_HEAD) -> bytes:
    """An e-mailed text part: a press office's headers over `body`."""
    head = (
        "From: Press Office <press@harbour.example>\nTo: desk@harbour.example\n"
        f"Subject: {subject}\nDate: Tue, 12 Mar 2024 12:03:41 +0100\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
    )
    return (head + body).encode()
