"""Shared helpers for the pure parse/clean tests: build RawDocuments and run the pure path."""

from __future__ import annotations

import hashlib
from pathlib import Path

from wirecopy.schemas.records import Article, ParsedDocument, RawDocument, RemovedFragment
from wirecopy.tasks.clean import clean_document
from wirecopy.tasks.parse import parse_document

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
