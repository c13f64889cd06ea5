"""Digests: several stories in one text (a news bulletin sent by e-mail, a plain-text dump of a
service's latest items), parted by rule lines, each story with its headline and time line (pure).

>>> text = (
...     "Harbour Radio - latest news\\n\\n"
...     "Ferry fares rise in May\\n12.03.2024 10:05\\n\\n"
...     "The ferry company will raise its fares by five percent from the first of May.\\n"
...     "==========\\n"
...     "New quay opens\\n12.03.2024 09:40\\n\\n"
...     "The harbour office opened the new quay on Monday after two years of work.\\n"
...     "==========\\n"
...     "Copyright Harbour Radio\\n"
... )
>>> stories, rest = digest_parts(text)
>>> [s.splitlines()[0] for s in stories]
['Ferry fares rise in May', 'New quay opens']
>>> rest
['Harbour Radio - latest news', 'Copyright Harbour Radio']
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import re

from wirecopy.schemas.records import Block
from wirecopy.tasks.cleaning.blocks import read_wire_tag
from wirecopy.tasks.cleaning.shapes import is_sentence, is_stamp_line

# A rule between two stories: one mark said again along the line ("=====", "- - - -", "*****").
# (… or drawn with box-drawing and full-width marks: "━━━━", "＝＝＝＝", Japanese mail's rules)
_RULE = re.compile(
    r"^[ \t]*(?:([=\-*_#~+─━═＝－―])(?:[ \t]?\1){7,}"
    # (… or two marks in turn: "/\/\/\/\", "-=-=-=-=")
    r"|([^\w\s])(?!\2)([^\w\s])(?:\2\3){3,}\2?)[ \t]*$"
)
# … or a dinkus, the section break of print ("* * *", "###", "＊＊＊＊＊"), which parts stories
# only where each part reads as one (its headline over a dated dateline with the agency's tag).
_DINKUS = re.compile(r"^[ \t]*([*#~＊])(?:[ \t\u3000]?\1){2,6}[ \t\u3000]*$")
# A story of a digest carries its time line among its first lines (above or under its
# headline): what tells the items of a bulletin from a release whose "About us" box a rule
# sets off, or a story with a rule above its footer.
_STAMP_SEARCH = 3
# A banner above the first story is a line or two of a few words ("Harbour Radio - latest").
_BANNER_WORDS = 15
# A Setext heading's underline is about as long as its title.
_UNDERLINE_SLACK = 3
# The headers a forwarded or quoted message opens with ("From: …", "Sent: …").
_MAIL_HEADER = re.compile(
    r"^(?:from|sent|to|cc|subject|date|de|von|gesendet|envoyé|enviado|para|asunto|an|betreff)"
    r"\s*:",
    re.IGNORECASE,
)
# A headline is a line of this many words at most.
_HEADLINE_WORDS = 25
# Two stories at least; a hostile text of thousands of rules is read in its first parts only.
_MIN_STORIES = 2
_MAX_PARTS = 200
# A story holds a paragraph of prose: this many words at least (or characters, in scripts
# written without spaces), ending a sentence.
_MIN_PROSE_WORDS = 8
_MIN_PROSE_CHARS = 40


def digest_parts(text: str) -> tuple[list[str], list[str]] | None:
    """The digest's stories and its other parts (a banner, a footer), each as its text; None
    when fewer than two parts between its rules read as stories (see _STAMP_SEARCH)."""
    parts: list[str] = []
    current: list[str] = []
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if (_RULE.match(line) or _DINKUS.match(line)) and not _underlines(current, line):
            parts.append("\n".join(current))
            current = []
            if len(parts) >= _MAX_PARTS:  # the rest is one part: read, not lost
                current = lines[n + 1 :]
                break
        else:
            current.append(line)
    parts.append("\n".join(current))
    ruled = len(parts) > 1
    # Stories between two rules with no rule between them (or in a bulletin with no rule at
    # all, each under its time line): each opens with its head.
    parts = [story for part in parts for story in _by_heads(part)]
    if len(parts) <= 1:
        return None
    if not ruled and _prose_above_time(parts[0]):
        return None  # a story's lead above its dated timeline: one story, not a bulletin
    # The digest's banner may stand above its first story with no rule between: the blocks
    # before the one with the story's time line.
    banner, parts[0] = _banner(parts[0])
    # (A bulletin that numbers its stories "1. Headline", "2. Headline" gives them no time.)
    numbered = _numbered_stories(parts)
    stories = [
        _without_number(part.strip(), n in numbered)
        for n, part in enumerate(parts)
        if n in numbered or _is_story(part)
    ]
    if len(stories) < _MIN_STORIES:
        return None
    rest = [
        part.strip()
        for n, part in enumerate([banner, *parts], start=-1)
        if part.strip() and n not in numbered and not _is_story(part)
    ]
    return stories, rest


def _prose_above_time(part: str) -> bool:
    """A prose block stands above the part's first block opening with a time line (a
    bulletin opening with its first story's time has none above it)."""
    for block in re.split(r"\n[ \t]*\n", part.strip()):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if any(_is_time_line(line) for line in lines[:_STAMP_SEARCH]):
            return False
        if _is_prose(block):
            return True
    return False


def _banner(part: str) -> tuple[str, str]:
    """The short blocks above the one whose first lines hold a time line, and the rest (""
    and the part when the part holds none, or opens with it, or prose stands above it)."""
    blocks = re.split(r"\n[ \t]*\n", part.strip())
    for i, block in enumerate(blocks[:_STAMP_SEARCH]):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if any(_is_time_line(line) for line in lines[:_STAMP_SEARCH]):
            # A time line opening its block dates the headline alone in the block above it
            # ("Headline" / "تاريخ النشر: 14/03/2024 …"): that block is the story's, not the
            # banner's.
            if i and lines and _is_time_line(lines[0]) and _is_lone_headline(blocks[i - 1]):
                i -= 1
            return "\n\n".join(blocks[:i]), "\n\n".join(blocks[i:])
        # (… or over a bulletin's first story, its headline over a dateline: "NEV - NOTIZIE
        # EVANGELICHE" / "*** EMBARGO … ***" / "HEADLINE" / "Roma (NEV), 10 marzo 2016 - …")
        if i and _headed_story("\n\n".join(blocks[i:])):
            return "\n\n".join(blocks[:i]), "\n\n".join(blocks[i:])
        if len(block.split()) > _BANNER_WORDS:
            break
    return "", part


def _opens_with_wire_tag(line: str) -> bool:
    """The line opens with a dated dateline (the agency's tag after it, or its place in
    capitals before the day: "ЕРЕВАН, 12 мая. НОЯН ТАПАН. …", "ISLAMABAD, Sept 14 (Online):
    …"), and goes on as prose."""
    if not is_sentence(line):
        return False
    m = _CAPITAL_PLACE.match(line)
    if m is not None and m["place"].isupper():
        return True
    return read_wire_tag([Block(line, "para")], 1) is not None


# A place in capitals (any script with case), a comma, and a day within a few words.
_CAPITAL_PLACE = re.compile(
    r"^(?P<place>[^\W\d_]{2,}(?:[ -][^\W\d_]{2,}){0,3})\s*,\s*(?:[^\W\d_]+\.?\s+){0,3}\d{1,2}\b"
)


def _is_lone_headline(block: str) -> bool:
    """A block of one line that reads as a headline."""
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    return len(lines) == 1 and _is_headline(lines[0])


def _underlines(above: list[str], rule: str) -> bool:
    """The rule underlines the line right above it (a Setext heading: "Title" over "=====",
    about as long), rather than parting two stories."""
    if not above or not above[-1].strip() or is_sentence(above[-1].strip()):
        return False
    alone = len(above) == 1 or not above[-2].strip()  # a heading is a paragraph of its own
    return alone and abs(len(above[-1].strip()) - len(rule.strip())) <= _UNDERLINE_SLACK


def _is_story(part: str) -> bool:
    """A headline and a time line among its first lines, and a paragraph of prose below
    (a liveblog's entries have a time and no headline; a forwarded message's part opens with
    its headers)."""
    lines = [line.strip() for line in part.split("\n") if line.strip()]
    head = lines[:_STAMP_SEARCH]
    if head and _MAIL_HEADER.match(head[0]):
        return False
    if any(
        _is_headline(lines[n]) and _opens_with_wire_tag(lines[n + 1])
        for n in range(min(_STAMP_SEARCH, len(lines) - 1))
    ):
        # The headline (a section's label above it) over a paragraph opening with the agency's
        # dated dateline ("Pòtoprens, 14 mas 2024 (AHP) - …", "МОСКВА, 14 марта (Постфактум)
        # -- …") dates the story.
        return True
    if _headed_story(part):
        return True
    stamps = [n for n, line in enumerate(head) if _is_time_line(line)]
    if not stamps:
        return False
    if not any(_is_headline(line) for n, line in enumerate(head) if n not in stamps):
        return False
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", part))
    return any(
        (len(p.split()) >= _MIN_PROSE_WORDS or len(p) >= _MIN_PROSE_CHARS) and is_sentence(p)
        for p in paragraphs
    )


# The item's number or bullet in the bulletin opening its first line ("[1] Headline",
# "■Headline").
_ITEM_NUMBER = re.compile(r"^(?:\[\d{1,3}\][ \t]+|[■◆●▶►□◇○][ \t\u3000]*)(?=\S)")
# ("2. Headline" is left as it is: "1. FC Köln …", "3. Liga: …" open headlines with a figure.)
_DATE = re.compile(r"(?:19|20|25)\d{2}|\b\d{1,2}[./]\d{1,2}[./]")


def _by_heads(part: str) -> list[str]:
    """The part cut before each story's head (a headline over its time line, opening a
    paragraph) when it holds two heads or more ("■Headline" over "（2024/11/20 10:45）", the
    stories of a bulletin that rules only its banner and footer off); else the part."""
    lines = part.split("\n")
    if any(_MAIL_HEADER.match(line.strip()) for line in lines):
        return [part]  # a forwarded message's headers: its parts are one message
    heads = [
        n
        for n in range(len(lines) - 1)
        if (n == 0 or not lines[n - 1].strip())
        and lines[n].strip()
        and (
            _headline_over_time(lines[n], lines[n + 1])
            or _time_over_headline(lines, n)
            or _headline_over_dateline(lines, n)
        )
    ]
    heads = _first_heads(lines, heads)
    if len(heads) < _MIN_STORIES:
        return [part]
    cuts = [0, *heads[1:], len(lines)] if heads[0] == 0 else [0, *heads, len(lines)]
    return ["\n".join(lines[a:b]) for a, b in itertools.pairwise(cuts) if a < b]


def _headline_over_time(line: str, below: str) -> bool:
    """A headline over its time line, a date with the time ("Samstag" over "10.00 Uhr
    Eröffnung" is a programme's day)."""
    return (
        _is_headline(line.strip())
        and _is_time_line(below.strip())
        and _DATE.search(below) is not None
    )


def _first_heads(lines: list[str], heads: list[int]) -> list[int]:
    """Each story's head once: a subheadline or a byline under a headline reads as a head
    too, and the heads over one dateline paragraph are one story's (the first counts)."""
    kept: list[int] = []
    targets: set[int] = set()
    for at, n in enumerate(heads):
        # (heads reading the same dateline paragraph below them are one story's; a head reads
        # none past the next head, whose story's it is, unless that is its subheadline right
        # under it)
        # (heads are in order: the first past the subheadline's lines is found by bisection,
        # not a scan of the rest per head)
        nxt = bisect.bisect_right(heads, n + _SUBHEAD_LINES, lo=at + 1)
        stop = heads[nxt] if nxt < len(heads) else len(lines)
        target = next(
            (
                m
                for m in range(n + 1, min(stop, n + 1 + 2 * _STAMP_SEARCH))
                if _opens_with_wire_tag(lines[m].strip())
            ),
            None,
        )
        if target is not None and target in targets:
            continue
        if target is not None:
            targets.add(target)
        kept.append(n)
    return kept


# A subheadline stands on the line under its headline, or the one after a blank line.
_SUBHEAD_LINES = 2


def _headline_over_dateline(lines: list[str], n: int) -> bool:
    """A headline (a subheadline under it, maybe) over the paragraph that opens with the
    agency's dated dateline ("Vatican Observatory to Host …" / "" / "CASTEL GANDOLFO, Italy,
    MARCH 18, 2009 (Zenit.org).- …")."""
    if not _is_headline(lines[n].strip()) or _is_time_line(lines[n].strip()):
        return False
    if _is_crosshead(lines[n].strip()):
        return False  # "Germany" over "COLOGNE, March 3 - …": a round-up's part, no story
    below = [ln.strip() for ln in lines[n + 1 : n + 1 + 2 * _STAMP_SEARCH] if ln.strip()][:2]
    return any(_opens_with_wire_tag(ln) for ln in below) and not _opens_with_wire_tag(lines[n])


def _is_crosshead(line: str) -> bool:
    """A crosshead naming a part of one story ("Germany", "Switzerland", "New Zealand"), not
    another story's headline ("Storm warning", "Ferries cancelled"): one word of a cased
    script, or two capitalised ones (a name); a few characters in a script without case."""
    words = line.split()
    if len(words) > _CROSSHEAD_WORDS:
        return False
    if not any(c.isupper() or c.islower() for c in line):
        return len(words) == 1 and len(line) < _CROSSHEAD_CHARS
    return len(words) == 1 or all(w[:1].isupper() for w in words)


_CROSSHEAD_WORDS = 2
_CROSSHEAD_CHARS = 8  # one word of a script without spaces this long is a headline


def _time_over_headline(lines: list[str], n: int) -> bool:
    """A dated time line over the headline, the agency's dated dateline opening the next
    paragraph ("07.09.2012 13:52" / "Headline" / "" / "ВЛАДИВОСТОК, 7 сентября, ИА …")."""
    line = lines[n].strip()
    if not (_is_time_line(line) and _DATE.search(line)):
        return False
    # (a blank line may part them: "稿號：… 發稿時間：2009-10-20 16:42" / "" / "Headline")
    below = [ln.strip() for ln in lines[n + 1 : n + 1 + 2 * _STAMP_SEARCH] if ln.strip()]
    if len(below) < 2 or not _is_headline(below[0]) or _is_time_line(below[0]):
        return False
    return _opens_with_wire_tag(below[1]) or _is_prose(below[1])


def _without_number(story: str, numbered: bool = False) -> str:
    """The story without the bulletin's number of it opening its first line."""
    return (_NUMBERED_HEAD if numbered else _ITEM_NUMBER).sub("", story, count=1)


# A numbered bulletin's story head: "1. Headline" alone in its paragraph, prose under it.
_NUMBERED_HEAD = re.compile(r"^[ \t]*(?P<n>\d{1,2})[.)][ \t]+(?=\S)")


def _numbered_stories(parts: list[str]) -> set[int]:
    """The parts that are a bulletin's numbered stories: two at least, numbered 1, 2, 3 … in
    their order, each opening with its headline alone in its paragraph ("2. Headline", not a
    list's sentence) over a paragraph of prose; the empty set when the parts are not."""
    found: list[tuple[int, int]] = []
    for n, part in enumerate(parts):
        paragraphs = [p.strip() for p in re.split(r"\n[ \t]*\n", part.strip()) if p.strip()]
        m = _NUMBERED_HEAD.match(paragraphs[0]) if paragraphs else None
        if m is None or "\n" in paragraphs[0]:
            continue
        headline = paragraphs[0][m.end() :]
        if _is_headline(headline) and any(_is_prose(p) for p in paragraphs[1:]):
            found.append((n, int(m["n"])))
    numbers = [number for _, number in found]
    if len(found) < _MIN_STORIES or numbers != list(range(1, len(found) + 1)):
        return set()
    return {n for n, _ in found}


def _headed_story(part: str) -> bool:
    """A headline alone in its paragraph (a byline under it, maybe) over two paragraphs of
    prose at least, the first opening with a dateline that dates or tags the story ("Roma
    (NEV), 10 marzo 2016 - …", "Servindi, 23 de mayo, 2011.- …", "لاہور(آئي اين پي) …"): a
    bulletin's story between its rules, with no time line of its own."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n[ \t]*\n", part.strip())]
    paragraphs = [p for p in paragraphs if p]
    if len(paragraphs) < _HEADED_MIN_PARAGRAPHS or not _is_headline(paragraphs[0]):
        return False
    if "\n" in part.strip().split("\n\n", 1)[0].strip():
        return False  # a headline is one line
    lead = next((n for n, p in enumerate(paragraphs[1:3], 1) if _is_prose(p)), None)
    if lead is None or sum(_is_prose(p) for p in paragraphs[lead:]) < _HEADED_MIN_PROSE:
        return False
    return _DATELINE_LEAD.match(paragraphs[lead][:_DATELINE_CHARS]) is not None


_HEADED_MIN_PARAGRAPHS = 3
_HEADED_MIN_PROSE = 2
# A dateline opening a lead: a place of a few capitalised words (any script without case)
# and the agency's short name in brackets, a comma or the text after it ("Roma (NEV), …",
# "لاہور(آئي اين پي) شہر …"; "The ministry (MoE) said" opens a sentence), or a place or a
# name, its comma, and a few words closing on a year before the dateline's dash ("Servindi, 23
# de mayo, 2011.- …", "IQALUIT, Nunavut (September 23, 2015) – …"; "In the spring of 2015 –
# the year the river rose" has no place's comma before it).
_DATELINE_LEAD = re.compile(
    r"^(?![^\W\d_]*[a-z])[^\W\d_]+(?:[ -][^\W\d_]+){0,3}[ \t]?\([^()\d\n]{2,30}\)"
    r"(?:,|[ \t](?![a-z]))"
    r"|^[^\W\d_][^\n,]{0,40},\s[^\n]{0,40}?(?<!\d)(?:19|20)\d{2}\)?[ \t]?(?:[-–—]{1,2}|\.-)"
)
_DATELINE_CHARS = 100


def _is_prose(paragraph: str) -> bool:
    """A paragraph of prose: enough words (or characters) ending a sentence."""
    p = " ".join(paragraph.split())
    return (len(p.split()) >= _MIN_PROSE_WORDS or len(p) >= _MIN_PROSE_CHARS) and is_sentence(p)


def _is_time_line(line: str) -> bool:
    """A time line: a stamp (see is_stamp_line), or a short line holding a time of day, the
    item's number and desk beside it ("1/2  KOTIMAA  klo 13.48")."""
    # (With a year beside the time its full stop is an abbreviation's: Thai "เวลา 10:15 น.")
    return is_stamp_line(line, head=True) or (
        len(line.split()) <= _CLOCK_LINE_WORDS
        and _CLOCK.search(line) is not None
        and (not is_sentence(line) or _YEAR.search(line) is not None)
    )


# A time of day, by the clock ("13.48", "9:05"), not a decimal of a figure ("1.5").
_CLOCK = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.,%])")
_CLOCK_LINE_WORDS = 8
_YEAR = re.compile(r"(?<!\d)(?:19|20|25)\d{2}(?!\d)")


def _is_headline(line: str) -> bool:
    """A line of a few words that ends no sentence."""
    return len(line.split()) <= _HEADLINE_WORDS and not is_sentence(line.rstrip("!?"))


def story_keys(stories: list[str]) -> list[str]:
    """Each item's key: its first lines (a section label, its time line, its headline),
    wherever the digest that carries it comes from (the same item in the morning's and the
    noon's bulletin is one); items of one digest with the same first lines are told apart by
    their place in it."""
    keys: list[str] = []
    for story in stories:
        head = [line.strip() for line in story.split("\n") if line.strip()][:_STAMP_SEARCH]
        key = "digest-" + hashlib.sha256("\n".join(head).encode()).hexdigest()[:20]
        keys.append(key if key not in keys else f"{key}-{len(keys)}")
    return keys
