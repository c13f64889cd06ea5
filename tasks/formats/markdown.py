"""Markdown wire items: YAML front matter (python-frontmatter's split, a safe YAML load) or TOML
front matter (Hugo's `+++`, the standard library's tomllib) and a body rendered to plain-text
paragraph, heading and image blocks.
"""

from __future__ import annotations

import base64
import math
import re
import tomllib
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from bs4 import BeautifulSoup
from frontmatter.default_handlers import YAMLHandler

from wirecopy.schemas.records import Block, Image, ParsedDocument, RawDocument
from wirecopy.tasks.formats.base import ParseError, chunks, flush
from wirecopy.tasks.formats.md_figures import markup_blocks
from wirecopy.tasks.formats.yamlsafe import load_yaml

_YAML_HANDLER = YAMLHandler()
FRONT_MATTER_START = re.compile(r"^(?:---|\+\+\+)[ \t]*\n")
# TOML front matter between "+++" lines (Hugo's, and press wires' Markdown exports).
_TOML_FRONT_MATTER = re.compile(r"^\+\+\+[ \t]*\n(?P<toml>.*?)^\+\+\+[ \t]*$\n?", re.S | re.M)
_MD_IMAGE_BLOCK = re.compile(
    r"^!\[(?P<alt>(?:[^\[\]]|\[[^\]]*\])*)\]\((?P<url>\S+?)(?:\s+\"[^\"]*\")?\)$"
)
_MD_IMAGE_INLINE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<url>\S+?)(?:\s+\"[^\"]*\")?\)")
_MD_HEADING = re.compile(r"^(?P<hashes>#{1,6})(?:\s+(?P<text>.*?))?\s*#*\s*$")
MD_SIGNALS = re.compile(r"(^#{1,6}\s)|(!\[[^\]]*\]\()|(\]\(https?://)", re.MULTILINE)

# Inline Markdown rendered away: links keep their text, emphasis and code markers go.
_MD_INLINE_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # [text](url) → text
    (re.compile(r"<(https?://[^>]+)>"), r"\1"),  # autolinks
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # **bold**, __bold__
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *em*
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),  # _em_
    (re.compile(r"~~(.+?)~~"), r"\1"),  # ~~strike~~
    (re.compile(r"`([^`]+)`"), r"\1"),  # `code`
    # Processing instructions carry no text; `<?xml …?>` also makes bs4 warn that the text
    # looks like an XML document (XMLParsedAsHTMLWarning) when it is inline HTML.
    (re.compile(r"<\?[^>]*>"), ""),
)
# Inline HTML or entities in Markdown (`<em>`, `&amp;`, `&nbsp;`): left to a real HTML parser.
_MD_HTML = re.compile(r"<[A-Za-z/!][^>\n]*>|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);")
_MD_BREAK = re.compile(r"^([-*_])(?:\s*\1){2,}$")
# A custom container's fence (Docusaurus, VuePress and VitePress admonitions, markdown-it-
# container, Pandoc's fenced divs): ":::info", ":::tip Title", "::: {.note}", ":::".
_MD_CONTAINER_FENCE = re.compile(r"^:{3,}(?:\s*[\w{][^:]*)?$")
_MD_LIST_ITEM = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+\S")
_MD_LINE_PREFIX = re.compile(r"^\s{0,3}(?:>\s?|[-*+]\s+|\d{1,3}[.)]\s+)")


# MultiMarkdown's and Pelican's metadata: "Key: value" lines opening the file up to its first
# blank line, a title among them ("Title: …", "Date: 2025-05-02 18:00", "Author: …", "Lang:
# pt-BR"); an indented line goes on with the value above.
_META_LINE = re.compile(r"^(?P<key>[A-Za-z][\w -]{0,24}?)[ \t]*:[ \t]*(?P<value>\S.*)$")
_META_MAX_LINES = 40


def split_metadata_lines(text: str) -> tuple[dict[str, Any], str] | None:
    """The metadata lines' keys (in lower case) and the body after them; None when the text
    opens otherwise (no title among at least two keys, or no blank line after them)."""
    lines = text.split("\n", _META_MAX_LINES + 1)
    meta: dict[str, Any] = {}
    key = None
    for n, line in enumerate(lines[:_META_MAX_LINES]):
        if not line.strip():
            if "title" in meta and len(meta) >= 2:
                return meta, "\n".join(lines[n + 1 :])
            return None
        if key and line[:1] in " \t":
            meta[key] = f"{meta[key]} {line.strip()}"
            continue
        if (m := _META_LINE.match(line.rstrip("\r"))) is None:
            return None
        key = m["key"].strip().lower()
        meta[key] = m["value"].strip()
    return None


# A post's file name opening with its day, then its slug ("2024-11-20-survey-results.md").
_FILE_NAME_DAY = re.compile(
    r"^(?P<day>(?:19|20)\d{2}-[01]\d-[0-3]\d)[-_][^/]*\.(?:md|markdown|mdx)$"
)
# The keys a front matter dates its post with (clean's FIELD_KEYS "published_at").
_DATE_KEYS = frozenset(
    {"date", "published", "published_at", "pubdate", "datetime", "publishdate", "publish_date"}
    | {"date_published", "datepublished"}
)


def parse_markdown(raw: RawDocument, text: str) -> ParsedDocument:
    """A Markdown document, with or without front matter (or metadata lines)."""
    metadata: dict[str, Any] = {}
    body = text
    if not FRONT_MATTER_START.match(text) and (found := split_metadata_lines(text)):
        metadata, body = found
        metadata = _in_declared_zone(metadata)
    elif FRONT_MATTER_START.match(text):
        try:
            metadata, body = split_front_matter(text)
        except ParseError:
            if not text.startswith("+++"):
                raise
            # A "+++" line may open plain copy as a rule does ("+++ Liveticker +++"): what
            # is no TOML is read as the body.
            metadata, body = {}, text
        metadata = _in_declared_zone(metadata)
        # With an origin_url the page at that URL can supply the body (--fetch-origin); clean
        # rejects the item when it still has none.
        if not body.strip() and not metadata.get("origin_url"):
            raise ParseError("front matter has no body", f"keys: {', '.join(sorted(metadata))}")
    metadata = _with_site_fields(metadata)
    if not _DATE_KEYS & {str(k).lower() for k in metadata} and (
        day := _FILE_NAME_DAY.match(raw.source_uri.rsplit("/", 1)[-1])
    ):
        # A site generator's post dated by its file's name alone ("2024-11-20-title.md": Jekyll,
        # Docusaurus, Hugo, Eleventy): that day.
        metadata["date"] = day["day"]
    blocks = markdown_blocks(body)
    if not blocks and not metadata:
        raise ParseError("no text in document")
    title = metadata.get("title")
    return ParsedDocument(
        source_uri=raw.source_uri,
        sha256=raw.sha256,
        format="markdown",
        metadata=metadata,
        title=str(title).strip() if title else None,
        blocks=blocks,
    )


# The tables a site generator keeps a theme's own fields in (Zola's [extra], Hugo's params).
_SITE_FIELD_TABLES = ("extra", "params")


def _with_site_fields(metadata: dict[str, Any]) -> dict[str, Any]:
    """The front matter with the fields of its generator's own tables ("[extra] author = …")
    where it has none of the same name at the top."""
    tables = [metadata[k] for k in _SITE_FIELD_TABLES if isinstance(metadata.get(k), dict)]
    if not tables:
        return metadata
    out = dict(metadata)
    for table in tables:
        for key, value in table.items():
            out.setdefault(str(key), value)
    return out


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Front-matter keys (JSON-safe values) and the body after it."""
    if text.startswith("+++"):
        return _split_toml(text)
    # Split and load ourselves: frontmatter.loads silently drops YAML that is not a mapping.
    try:
        raw_yaml, content = _YAML_HANDLER.split(text)
        # Aliases bounded and sizes capped before anything is built (tasks/formats/yamlsafe.py).
        loaded = load_yaml(raw_yaml) if raw_yaml.strip() else {}
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


# Keys of times the front matter may write without an offset, and keys naming the time zone
# they are in ("date: 2024-06-11T07:42:00" with "timezone: Pacific/Auckland").
_TIME_KEYS = (
    *("date", "published", "published_at", "pubdate", "datetime"),
    *("modified", "updated", "modified_at", "updated_at"),
)
_ZONE_KEYS = ("timezone", "time_zone", "tz")


def _in_declared_zone(metadata: dict[str, Any]) -> dict[str, Any]:
    """Times without an offset given the offset of the zone the front matter declares."""
    name = next((metadata[k] for k in _ZONE_KEYS if isinstance(metadata.get(k), str)), None)
    if name is None:
        return metadata
    try:
        zone = ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError, OSError):
        # Not a zone this machine knows ("Europe" is a directory of them, a long name no
        # file's): the times stay as written.
        return metadata
    out = dict(metadata)
    for key in _TIME_KEYS:
        value = out.get(key)
        if not isinstance(value, str) or ":" not in value:
            continue  # a date alone names a day, in whatever zone
        try:
            when = datetime.fromisoformat(value.strip())
        except ValueError:
            continue
        if when.tzinfo is None:
            out[key] = when.replace(tzinfo=zone).isoformat()
    return out


def _split_toml(text: str) -> tuple[dict[str, Any], str]:
    """TOML front matter's keys (JSON-safe values) and the body after its closing "+++"."""
    m = _TOML_FRONT_MATTER.match(text)
    if m is None:
        raise ParseError("invalid TOML front matter", "no closing +++ line")
    try:
        loaded = tomllib.loads(m["toml"])
    except tomllib.TOMLDecodeError as exc:
        raise ParseError("invalid TOML front matter", str(exc)) from None
    return {str(k): _plain(v) for k, v in loaded.items()}, text[m.end() :]


def _plain(value: Any) -> Any:
    """YAML values made JSON-safe: dates become ISO strings, nested values recurse.

    `.nan`, `!!binary` and `!!set` have no JSON form: they become "nan", base64 text and a
    sorted list (a set's order would change from run to run).
    """
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, set):
        return [_plain(v) for v in sorted(value, key=str)]
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
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
    for chunk in chunks(body):
        before = len(blocks)
        _chunk_blocks(chunk, blocks)
        added = blocks[before:]
        if len(added) == 1 and added[0].kind == "para" and _emphasised(chunk):
            added[0].emphasis = True
    return blocks


# A paragraph wholly in emphasis, one asterisk or underscore around it and none inside
# ("**Kontakt:**", bold, is a label; "*a* and *b*" two spans); a link's address may hold any.
_EMPHASISED = re.compile(r"\*(?![*\s])[^*]+(?<![*\s])\*|_(?![_\s])[^_]+(?<![_\s])_")
# (a target holds no "(" or "]": each try stops at the next "](", linear on "](" repeated)
_LINK_TARGET = re.compile(r"\]\([^)\s(\]]*\)")


def _emphasised(chunk: str) -> bool:
    return _EMPHASISED.fullmatch(_LINK_TARGET.sub("]", chunk.strip())) is not None


def _chunk_blocks(chunk: str, blocks: list[Block]) -> None:
    """The blocks of one chunk of a Markdown body, appended to `blocks`."""
    if (markup := markup_blocks(chunk)) is not None:
        blocks.extend(markup)  # a figure's picture, or a template tag with no text
        return
    lines = chunk.split("\n")
    if len(lines) == 1 and (m := _MD_HEADING.match(lines[0].strip())):
        blocks.append(Block(render_inline_markdown(m["text"] or "").strip(), "heading"))
        return
    para: list[str] = []
    for line in lines:
        stripped = line.strip()
        if (markup := markup_blocks(stripped)) is not None:
            flush(para, blocks)
            blocks.extend(markup)
            continue
        if _MD_BREAK.match(stripped) or _MD_CONTAINER_FENCE.match(stripped):
            # a thematic break ("---", "* * *"), a container's fence (":::info"): no text
            flush(para, blocks)
            continue
        if img := _MD_IMAGE_BLOCK.match(stripped):
            flush(para, blocks)
            alt = render_inline_markdown(img["alt"]).strip()
            blocks.append(Block(alt, "image", Image(url=img["url"], alt_text=alt or None)))
            continue
        for inline in _MD_IMAGE_INLINE.finditer(stripped):
            alt = inline["alt"].strip()
            blocks.append(Block(alt, "image", Image(url=inline["url"], alt_text=alt or None)))
        stripped = _MD_IMAGE_INLINE.sub("", stripped)
        if m := _MD_HEADING.match(stripped):
            flush(para, blocks)
            blocks.append(Block(render_inline_markdown(m["text"] or "").strip(), "heading"))
            continue
        if _MD_LIST_ITEM.match(stripped):
            # Each list item stays its own line of the body instead of a run-on paragraph.
            flush(para, blocks)
            blocks.append(Block(render_inline_markdown(_MD_LINE_PREFIX.sub("", stripped))))
            continue
        para.append(render_inline_markdown(_MD_LINE_PREFIX.sub("", stripped)))
    flush(para, blocks)
