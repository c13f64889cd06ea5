"""Parse stage: raw bytes → a ParsedDocument (format detected by content, metadata, body blocks).

Pure: bytes in, records out. No network, no database, no clock.
"""

from __future__ import annotations

import codecs
import re
from datetime import date, datetime
from typing import Any

import yaml
from bs4 import BeautifulSoup
from frontmatter.default_handlers import YAMLHandler

from wirecopy.schemas.records import (
    Block,
    Image,
    InputFormat,
    ParsedDocument,
    RawDocument,
    Reject,
    StageResult,
)
from wirecopy.tasks.orchestration import task


class ParseError(Exception):
    """A document that cannot become an article; the message is the reject reason."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


# Bytes that never occur in text files; a few of them in the first 8 KB mean binary.
_CONTROL = bytes(range(0, 9)) + bytes([11, 12]) + bytes(range(14, 32))
_BINARY_SNIFF = 8192
# Share of control bytes above which a file is binary (text files have none; 1% allows noise).
_BINARY_CONTROL_RATIO = 0.01

_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html\b|<head\b|<body\b|"
    r"<article\b|<meta\b|<title\b)",
    re.IGNORECASE | re.DOTALL,
)
_YAML_HANDLER = YAMLHandler()
# The C loader when available: same results, several times faster on large batches.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FRONT_MATTER_START = re.compile(r"^---[ \t]*\n")
_MD_IMAGE_BLOCK = re.compile(
    r"^!\[(?P<alt>(?:[^\[\]]|\[[^\]]*\])*)\]\((?P<url>\S+?)(?:\s+\"[^\"]*\")?\)$"
)
_MD_IMAGE_INLINE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<url>\S+?)(?:\s+\"[^\"]*\")?\)")
_MD_HEADING = re.compile(r"^(?P<hashes>#{1,6})(?:\s+(?P<text>.*?))?\s*#*\s*$")
_MD_SIGNALS = re.compile(r"(^#{1,6}\s)|(!\[[^\]]*\]\()|(\]\(https?://)", re.MULTILINE)

# Inline Markdown rendered away: links keep their text, emphasis and code markers go.
_MD_INLINE_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # [text](url) → text
    (re.compile(r"<(https?://[^>]+)>"), r"\1"),  # autolinks
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # **bold**, __bold__
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *em*
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),  # _em_
    (re.compile(r"~~(.+?)~~"), r"\1"),  # ~~strike~~
    (re.compile(r"`([^`]+)`"), r"\1"),  # `code`
)
# Inline HTML or entities in Markdown (`<em>`, `&amp;`, `&nbsp;`): left to a real HTML parser.
_MD_HTML = re.compile(r"<[A-Za-z/!][^>\n]*>|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);")
_MD_LIST_ITEM = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+\S")
_MD_LINE_PREFIX = re.compile(r"^\s{0,3}(?:>\s?|[-*+]\s+|\d{1,3}[.)]\s+)")


def decode_text(data: bytes, encoding: str | None = None) -> str:
    """Decode a wire file: the HTTP charset if known, else UTF-8 (BOM or not), else cp1252.

    CRLF and CR line ends become LF.
    """
    if not data or not data.strip():
        raise ParseError("empty file", f"{len(data)} bytes, no text")
    sniff = data[:_BINARY_SNIFF]
    if (
        b"\x00" in sniff
        or len(sniff) - len(sniff.translate(None, _CONTROL)) > len(sniff) * _BINARY_CONTROL_RATIO
    ):
        raise ParseError("binary file, not text", "control bytes found in the first 8 KB")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if encoding:
        try:
            return data.decode(encoding, errors="replace").replace("\r\n", "\n").replace("\r", "\n")
        except LookupError:
            pass  # an unknown charset label: decode by content below
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # Legacy agency feeds are Windows-1252; its five undefined bytes are kept as latin-1.
        text = data.decode("cp1252", errors="wirecopy-latin1")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("wirecopy-latin1", _latin1_fallback)


def detect_format(text: str) -> InputFormat:
    """Markdown (front matter or Markdown syntax), HTML (a tag first) or plain text."""
    if _FRONT_MATTER_START.match(text):
        return "markdown"
    if _HTML_START.match(text[:4096]):
        return "html"
    if _MD_SIGNALS.search(text):
        return "markdown"
    return "text"


def parse_document(raw: RawDocument) -> ParsedDocument:
    """Parse one raw document; raises ParseError with a clear reason when it cannot be read."""
    text = decode_text(raw.data, raw.encoding)
    fmt = detect_format(text)
    if fmt == "html":
        return _parse_html(raw, text)
    metadata: dict[str, Any] = {}
    body = text
    if fmt == "markdown" and _FRONT_MATTER_START.match(text):
        metadata, body = _split_front_matter(text)
        # With an origin_url the page at that URL can supply the body (--fetch-origin); clean
        # rejects the item when it still has none.
        if not body.strip() and not metadata.get("origin_url"):
            raise ParseError("front matter has no body", f"keys: {', '.join(sorted(metadata))}")
    blocks = markdown_blocks(body) if fmt == "markdown" else text_blocks(body)
    if not blocks and not metadata:
        raise ParseError("no text in document")
    title = metadata.get("title")
    return ParsedDocument(
        source_uri=raw.source_uri,
        sha256=raw.sha256,
        format=fmt,
        metadata=metadata,
        title=str(title).strip() if title else None,
        blocks=blocks,
    )


def _split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    # Split and load ourselves: frontmatter.loads silently drops YAML that is not a mapping.
    try:
        raw_yaml, content = _YAML_HANDLER.split(text)
        loaded = yaml.load(raw_yaml, Loader=_YAML_LOADER) if raw_yaml.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ParseError("invalid YAML front matter", f"{problem}{where}") from None
    except (ValueError, TypeError) as exc:
        raise ParseError("invalid YAML front matter", str(exc)) from None
    if not isinstance(loaded, dict):
        raise ParseError("invalid YAML front matter", "front matter is not a mapping of keys")
    return {str(k): _plain(v) for k, v in loaded.items()}, content


def _plain(value: Any) -> Any:
    """YAML values made JSON-safe: dates become ISO strings, nested values recurse."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def render_inline_markdown(text: str) -> str:
    """Render inline Markdown to plain text (links keep their text, emphasis markers go)."""
    for pattern, repl in _MD_INLINE_RULES:
        text = pattern.sub(repl, text)
    if _MD_HTML.search(text):
        # BeautifulSoup on lxml decodes entities and drops tags the way a browser would.
        text = BeautifulSoup(text, "lxml").get_text()
    return text


def markdown_blocks(body: str) -> list[Block]:
    """Split a Markdown body into paragraph, heading and image blocks, rendered to plain text."""
    blocks: list[Block] = []
    for chunk in _chunks(body):
        lines = chunk.split("\n")
        if len(lines) == 1 and (m := _MD_HEADING.match(lines[0].strip())):
            blocks.append(Block(render_inline_markdown(m["text"] or "").strip(), "heading"))
            continue
        para: list[str] = []
        for line in lines:
            stripped = line.strip()
            if img := _MD_IMAGE_BLOCK.match(stripped):
                _flush(para, blocks)
                alt = render_inline_markdown(img["alt"]).strip()
                blocks.append(Block(alt, "image", Image(url=img["url"], alt_text=alt or None)))
                continue
            for inline in _MD_IMAGE_INLINE.finditer(stripped):
                alt = inline["alt"].strip()
                blocks.append(Block(alt, "image", Image(url=inline["url"], alt_text=alt or None)))
            stripped = _MD_IMAGE_INLINE.sub("", stripped)
            if m := _MD_HEADING.match(stripped):
                _flush(para, blocks)
                blocks.append(Block(render_inline_markdown(m["text"] or "").strip(), "heading"))
                continue
            if _MD_LIST_ITEM.match(stripped):
                # Each list item stays its own line of the body instead of a run-on paragraph.
                _flush(para, blocks)
                blocks.append(Block(render_inline_markdown(_MD_LINE_PREFIX.sub("", stripped))))
                continue
            para.append(render_inline_markdown(_MD_LINE_PREFIX.sub("", stripped)))
        _flush(para, blocks)
    return blocks


def text_blocks(body: str) -> list[Block]:
    """Split plain agency copy into paragraphs on blank lines; lines inside one are joined."""
    # Lines stay separate inside a block: clean applies its line rules before joining them.
    blocks: list[Block] = []
    for chunk in _chunks(body):
        lines = [ln.strip() for ln in chunk.split("\n") if ln.strip()]
        blocks.append(Block("\n".join(lines)))
    return blocks


def _chunks(body: str) -> list[str]:
    return [c.strip("\n") for c in re.split(r"\n[ \t]*\n", body) if c.strip()]


def _flush(para: list[str], blocks: list[Block]) -> None:
    text = " ".join(p.strip() for p in para if p.strip())
    if text or para:
        blocks.append(Block(re.sub(r"\s+", " ", text).strip()))
    para.clear()


def _parse_html(raw: RawDocument, text: str) -> ParsedDocument:
    from wirecopy.tasks.html.extract import extract_html

    page = extract_html(text, raw.source_uri if raw.source_uri.startswith("http") else None)
    blocks = [Block(p) for p in page.paragraphs if p.strip()]
    if not blocks:
        raise ParseError("no article body found in HTML page")
    return ParsedDocument(
        source_uri=raw.source_uri,
        sha256=raw.sha256,
        format="html",
        metadata={},
        title=page.title,
        blocks=blocks,
        images=list(page.images),
        removed=list(page.removed),
        html=page,
    )


def parse_batch(docs: list[RawDocument]) -> StageResult:
    """Parse a batch; each failure becomes a reject and the batch goes on."""
    result = StageResult()
    for raw in docs:
        try:
            result.items.append(parse_document(raw))
        except ParseError as exc:
            result.rejects.append(Reject(raw.source_uri, "parse", exc.reason, exc.detail))
        except Exception as exc:  # a parser bug must not stop the run: keep it as a reject
            result.rejects.append(
                Reject(
                    raw.source_uri,
                    "parse",
                    "unexpected parse error",
                    f"{type(exc).__name__}: {exc}",
                )
            )
    return result


@task(name="parse")
def parse_task(docs: list[RawDocument]) -> StageResult:
    """Prefect wrapper: parse one batch."""
    return parse_batch(docs)
