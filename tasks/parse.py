"""Parse stage: raw bytes → a ParsedDocument (format detected by content, metadata, body blocks).

Pure: bytes in, records out. No network, no database; the only clock is each input's time
budget (tasks/budget.py), which turns a page built to be slow into a reject.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from wirecopy.schemas.records import (
    InputFormat,
    ParsedDocument,
    RawDocument,
    Reject,
    RemovedFragment,
    StageResult,
)
from wirecopy.tasks import budget
from wirecopy.tasks.formats.base import ParseError
from wirecopy.tasks.formats.decoding import decode_text
from wirecopy.tasks.formats.digest import digest_parts, story_keys
from wirecopy.tasks.formats.html import parse_html
from wirecopy.tasks.formats.mail import is_mail, read_mail
from wirecopy.tasks.formats.markdown import (
    FRONT_MATTER_START,
    MD_SIGNALS,
    parse_markdown,
    split_metadata_lines,
)
from wirecopy.tasks.formats.text import parse_text
from wirecopy.tasks.formats.wire_documents import wire_documents

__all__ = [
    "ParseError",
    "decode_text",
    "detect_format",
    "parse_batch",
    "parse_document",
    "parse_input",
]

# (comments read possessively, each to its own end: a lazy body spanning "-->" let a run of
# a hundred comments backtrack for minutes — fuzz seed 369, input 18694)
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--(?:(?!-->).)*+-->\s*)*+(?:<!doctype\s+html|<html\b|<head\b|<body\b|"
    r"<article\b|<meta\b|<title\b)",
    re.IGNORECASE | re.DOTALL,
)


# Metadata lines are read from the head of the text only (40 lines of a key and a value).
_META_HEAD_CHARS = 8192


def detect_format(text: str) -> InputFormat:
    """Markdown (front matter or Markdown syntax), HTML (a tag first) or plain text."""
    if FRONT_MATTER_START.match(text) or split_metadata_lines(text[:_META_HEAD_CHARS]):
        return "markdown"
    if _HTML_START.match(text[:4096]):
        return "html"
    if MD_SIGNALS.search(text):
        return "markdown"
    return "text"


def parse_input(raw: RawDocument) -> list[ParsedDocument]:
    """Parse one input: a wire file's items, else one document; ParseError when unreadable.

    Wire formats are detected on the bytes, before decode_text: their declared encodings are
    read by the XML decoder, and IPTC 7901 / ANPA control characters are structure, not binary.
    """
    if is_mail(raw.data):
        return parse_mail(raw)
    docs = wire_documents(raw)
    if docs is not None:
        return docs
    text = decode_text(raw.data, raw.encoding)
    fmt = detect_format(text)
    if fmt == "text" and (stories := parse_digest(raw, text)):
        return stories
    return [_parse_text(raw, text, fmt)]


def parse_mail(raw: RawDocument) -> list[ParsedDocument]:
    """E-mailed copy: its text part parsed as plain copy (or a page; a bulletin of several
    stories as each of them), its headers as fields."""
    mail = read_mail(raw.data)
    body = RawDocument(raw.source_uri, mail.body.encode(), raw.sha256, raw.size, raw.mtime_ns)
    stories = None if mail.html else parse_digest(body, mail.body)
    # A release mailed as text is agency copy, whatever Markdown-like bullets it has.
    docs = stories or [parse_html(body, mail.body) if mail.html else parse_text(body, mail.body)]
    fields = {
        # (a bulletin's Subject names the bulletin, not each story)
        "subject": None if stories else mail.subject,
        "date": mail.date,
        "language": mail.language,
        "mail_from": mail.sender,
        "message_id": mail.message_id,
    }
    for doc in docs:
        for key, value in fields.items():
            if value and not doc.metadata.get(key):
                doc.metadata[key] = value
        doc.metadata["delivery"] = "e-mail"
    # A mailed page's <title> names the newsletter ("파이낸셜뉴스 뉴스레터"); its Subject, after
    # the sender's name in brackets ("[파이낸셜뉴스] 금융위, …"), is the story's headline.
    if mail.html and mail.subject and not stories and (m := _SUBJECT_TAG.match(mail.subject)):
        headline = mail.subject[m.end() :].strip()
        # (… when the page shows it: "[EXTERNAL] Fwd: …" over another page's <h1> is no
        # headline of the page)
        if _squeezed(headline) in _squeezed(_page_text(mail.body)):
            docs[0].metadata.setdefault("title", headline)
    if mail.signature:
        docs[0].removed.append(RemovedFragment("signature", "mail_signature", mail.signature))
    return docs


def _page_text(html: str) -> str:
    """The text a mailed page shows (its <body>'s), "" when it does not parse."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    body = root.find(".//body")
    return str((body if body is not None else root).text_content())


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


# The sender's name in brackets opening a Subject, then a headline of some length.
_SUBJECT_TAG = re.compile(r"^\s*[\[【［][^\]】］]{1,30}[\]】］]\s*(?=\S.{7,})")


def parse_digest(raw: RawDocument, text: str) -> list[ParsedDocument] | None:
    """A digest's stories, each a document of plain copy keyed by its headline and time line
    (tasks/formats/digest.py); its banner and footer are recorded with the first. None when
    the text is no digest."""
    parts = digest_parts(text)
    if parts is None:
        return None
    stories, rest = parts
    docs = []
    for story, key in zip(stories, story_keys(stories), strict=True):
        doc = parse_text(raw, _head_lines_apart(story))
        doc.metadata["code"] = key
        docs.append(doc)
    docs[0].removed.extend(RemovedFragment("digest", "digest_banner", part) for part in rest)
    return docs


def _head_lines_apart(story: str) -> str:
    """The story with the lines of its first block (its headline, its time line) as blocks
    of their own: the headline is one line, whatever stands under it."""
    head, sep, rest = story.partition("\n\n")
    lines = [line for line in head.split("\n") if line.strip()]
    if len(lines) > _DIGEST_HEAD_LINES:
        return story
    return "\n\n".join(lines) + sep + rest


# A story's head block: its headline, time line and a label at most.
_DIGEST_HEAD_LINES = 3


def parse_document(raw: RawDocument) -> ParsedDocument:
    """Parse one Markdown, text or HTML document; ParseError with a reason when unreadable."""
    return _parse_text(raw, decode_text(raw.data, raw.encoding))


def _parse_text(raw: RawDocument, text: str, fmt: InputFormat | None = None) -> ParsedDocument:
    """The decoded text as the format its content says (fmt, when known already): a page,
    Markdown or plain copy."""
    fmt = fmt or detect_format(text)
    if fmt == "html":
        return parse_html(raw, text)
    if fmt == "markdown":
        return parse_markdown(raw, text)
    return parse_text(raw, text)


def parse_batch(docs: list[RawDocument]) -> StageResult:
    """Parse a batch; each failure becomes a reject and the batch goes on."""
    result = StageResult()
    for raw in docs:
        try:
            with budget.time_budget(budget.PARSE_SECONDS):
                items = parse_input(raw)
            result.items.extend(items)
        except budget.OverBudget:
            result.rejects.append(
                Reject(
                    raw.source_uri,
                    "parse",
                    "too slow to parse",
                    f"parsing stopped after {budget.PARSE_SECONDS:g} s: a page this slow to read "
                    "is hostile or broken (most take milliseconds)",
                )
            )
        except ParseError as exc:
            result.rejects.append(Reject(raw.source_uri, "parse", exc.reason, exc.detail))
        except Exception as exc:  # a parser bug must not stop the run: keep it as a reject
            result.rejects.append(
                Reject(
                    raw.source_uri,
                    "parse",
                    "unexpected parse error",
                    f"{type(exc).__name__}: {exc}",
                    retryable=True,  # tried again: the next release may fix the bug
                )
            )
    return result
