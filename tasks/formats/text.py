"""Plain agency copy: paragraphs on blank lines, each block's lines kept for the line rules."""

from __future__ import annotations

import itertools
import re

from wirecopy.schemas.records import Block, ParsedDocument, RawDocument, RemovedFragment
from wirecopy.tasks.formats.base import ParseError, chunks


def parse_text(raw: RawDocument, text: str) -> ParsedDocument:
    """Plain text: paragraph blocks (header, wire tag and boilerplate are clean's job)."""
    metadata: dict[str, str] = {}
    removed: list[RemovedFragment] = []
    if (labelled := labelled_copy(text)) is not None:
        # Copy that labels its headline and its body: the headline is the title, what stands
        # above its label the delivery's header slip.
        headline, body, header = labelled
        metadata["title"] = headline
        removed.extend(RemovedFragment("header", "labelled_header", h) for h in header)
        text = body
    blocks = text_blocks(text)
    if not blocks:
        raise ParseError("no text in document")
    return ParsedDocument(
        source_uri=raw.source_uri,
        sha256=raw.sha256,
        format="text",
        metadata=metadata,
        title=None,
        blocks=blocks,
        removed=removed,
    )


def text_blocks(body: str) -> list[Block]:
    """Split plain agency copy into paragraphs on blank lines; lines inside one are joined."""
    # Lines stay separate inside a block: clean applies its line rules before joining them.
    blocks: list[Block] = []
    for chunk in chunks(body):
        for part in (p for ruled in _ruled_parts(chunk) for p in _indented_paragraphs(ruled)):
            lines = [ln.strip() for ln in part.split("\n") if ln.strip()]
            blocks.append(Block("\n".join(lines)))
    return blocks


# A rule drawn across the copy on a line of its own: one mark repeated ("──────", "====="); the
# line rule `rule_line` reads the same.
RULE_LINE = re.compile(r"^([─━═=_*~#+\-—])\1{9,}$")


def _ruled_parts(chunk: str) -> list[str]:
    """The chunk cut at each rule line, the rule a part of its own: a rule parts a mailed
    bulletin's banner and footer from the story even with no blank line around it."""
    parts: list[list[str]] = [[]]
    for line in chunk.split("\n"):
        if RULE_LINE.match(line.strip()):
            parts.extend(([line], []))
        else:
            parts[-1].append(line)
    return ["\n".join(p) for p in parts if any(ln.strip() for ln in p)]


# Japanese and Chinese copy opens each paragraph with an ideographic space (U+3000; Chinese
# with two), one paragraph a line, no blank line between: such lines start paragraphs.
_IDEOGRAPHIC_INDENT = "\u3000"
_MIN_INDENTED = 2
# A CJK sentence's end, closing quotes and brackets after it.
_CJK_ENDS = ("。", "！", "？", "」", "』", "）", ".")


def _indented_paragraphs(chunk: str) -> list[str]:
    """The chunk cut before each line indented with an ideographic space, when two lines at
    least are (a wrapped paragraph's next lines are not indented, unless the line above
    ends its sentence: "（山田太郎）" under the last paragraph signs it); else the chunk."""
    lines = [ln for ln in chunk.split("\n") if ln.strip()]
    starts = [n for n, ln in enumerate(lines) if ln.startswith(_IDEOGRAPHIC_INDENT)]
    if len(starts) < _MIN_INDENTED:
        return [chunk]
    ended = [
        n for n in range(starts[0] + 1, len(lines)) if lines[n - 1].rstrip().endswith(_CJK_ENDS)
    ]
    cuts = sorted({0, *starts, *ended, len(lines)})
    return ["\n".join(lines[a:b]) for a, b in itertools.pairwise(cuts)]


# A section label of labelled copy, in brackets at a line's start ("【見出し】", "［本文］",
# "[제목]", "■標題"): the headline's and the body's, in the languages that send copy so.
_HEAD_WORDS = (
    r"見出し|タイトル|表題|題名|标题|標題|題目|题目|제목|headline|title|titel|titre|título|titolo"
)
_BODY_WORDS = r"本文|正文|본문|기사|body|text|texte|texto|testo"
_LABEL = (
    r"^[ \t\u3000]*(?:【\s*(?:{w})\s*】|［\s*(?:{w})\s*］|\[\s*(?:{w})\s*\]"
    r"|[■◆●▼]\s*(?:{w})(?=\s|$))"
    r"[ \t\u3000:：]*"
)
_HEAD_LABEL = re.compile(_LABEL.format(w=_HEAD_WORDS), re.IGNORECASE)
_BODY_LABEL = re.compile(_LABEL.format(w=_BODY_WORDS), re.IGNORECASE)
_ANY_LABEL = re.compile(_LABEL.format(w=r"[^】］\]\s]{1,12}"))
# The headline's label stands in the copy's head: its first lines.
_LABEL_HEAD_LINES = 40


def labelled_copy(text: str) -> tuple[str, str, list[str]] | None:
    """(headline, body, header blocks) of copy that labels its headline ("【見出し】" over
    it, or before it on its line) and, after it, its body ("【本文】"); None when it labels
    no headline in its head, or no body after it."""
    lines = text.split("\n")
    head = next(
        (n for n, ln in enumerate(lines[:_LABEL_HEAD_LINES]) if _HEAD_LABEL.match(ln)), None
    )
    if head is None:
        return None
    body = next((n for n in range(head + 1, len(lines)) if _BODY_LABEL.match(lines[n])), None)
    if body is None:
        return None
    rest = _HEAD_LABEL.sub("", lines[head], count=1).strip()
    titled = [rest] if rest else []
    at = head + 1
    for line in lines[head + 1 : body]:
        if not line.strip() or _ANY_LABEL.match(line):
            break
        titled.append(line.strip())
        at += 1
    if not titled or len(titled) > _MAX_HEADLINE_LINES:
        return None
    headline = " ".join(titled)
    # Parts labelled between the headline and the body: a lead's sentences ("【リード】" over
    # them) open the body; a field of the slip ("■配信日時" over a date, "■配信企業" over the
    # company's name) is the header's. Their labels go with the header either way.
    labels: list[str] = []
    middle: list[str] = []
    for part in _labelled_parts(lines[at:body]):
        label, text = part
        if label:
            labels.append(label)
        if _SENTENCE_CLOSE.search(text.strip()):
            middle.append(text)
        elif text.strip():
            labels.append(text.strip())
    # (the body label's line may hold the first paragraph: "【本文】　諏訪湖は…")
    after = _BODY_LABEL.sub("", lines[body], count=1)
    first = [after.strip()] if after.strip() else []
    header = [c.strip() for c in chunks("\n".join(lines[:head]))] + labels
    opening = "\n".join(middle).strip()
    parts = [opening, ""] if opening else []
    return headline, "\n".join([*parts, *first, *lines[body + 1 :]]), header


_MAX_HEADLINE_LINES = 3
# A sentence's end, in the scripts labelled copy comes in.
# (… a quotation's closing mark after it too: "… saying: \"It doubles …\"", "…翻一番。”")
_SENTENCE_CLOSE = re.compile(r"[.!?。！？」』)）][\"”’'»]?$|[\"”»]$")


def _labelled_parts(lines: list[str]) -> list[tuple[str, str]]:
    """The (label, text) parts of lines between labels: a label opens each ("" for text
    before the first), its text the rest of its line and the lines under it."""
    parts: list[tuple[str, list[str]]] = []
    for line in lines:
        if (m := _ANY_LABEL.match(line)) is not None:
            parts.append((line[: m.end()].strip(), [line[m.end() :]]))
        elif parts:
            parts[-1][1].append(line)
        else:
            parts.append(("", [line]))
    return [(label, "\n".join(text)) for label, text in parts]
