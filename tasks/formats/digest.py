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

import hashlib
import re

from wirecopy.tasks.cleaning.shapes import is_sentence, is_stamp_line

# A rule between two stories: one mark said again along the line ("=====", "- - - -", "*****").
_RULE = re.compile(r"^[ \t]*([=\-*_#~+])(?:[ \t]?\1){7,}[ \t]*$")
# A story of a digest carries its time line among its first lines (above or under its
# headline): what tells the items of a bulletin from a release whose "About us" box a rule
# sets off, or a story with a rule above its footer.
_STAMP_SEARCH = 3
# A banner above the first story is a line or two of a few words ("Harbour Radio - latest").
_BANNER_WORDS = 15
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
    for line in text.split("\n"):
        if _RULE.match(line):
            parts.append("\n".join(current))
            current = []
            if len(parts) >= _MAX_PARTS:
                break
        else:
            current.append(line)
    parts.append("\n".join(current))
    if len(parts) <= 1:
        return None
    # The digest's banner may stand above its first story with no rule between: the blocks
    # before the one with the story's time line.
    banner, parts[0] = _banner(parts[0])
    stories = [part.strip() for part in parts if _is_story(part)]
    if len(stories) < _MIN_STORIES:
        return None
    rest = [part.strip() for part in (banner, *parts) if part.strip() and not _is_story(part)]
    return stories, rest


def _banner(part: str) -> tuple[str, str]:
    """The short blocks above the one whose first lines hold a time line, and the rest (""
    and the part when the part holds none, or opens with it, or prose stands above it)."""
    blocks = re.split(r"\n[ \t]*\n", part.strip())
    for i, block in enumerate(blocks[:_STAMP_SEARCH]):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if any(is_stamp_line(line, head=True) for line in lines[:_STAMP_SEARCH]):
            return "\n\n".join(blocks[:i]), "\n\n".join(blocks[i:])
        if len(block.split()) > _BANNER_WORDS:
            break
    return "", part


def _is_story(part: str) -> bool:
    """A time line among its first lines, and a paragraph of prose below."""
    lines = [line.strip() for line in part.split("\n") if line.strip()]
    if not any(is_stamp_line(line, head=True) for line in lines[:_STAMP_SEARCH]):
        return False
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", part))
    return any(
        (len(p.split()) >= _MIN_PROSE_WORDS or len(p) >= _MIN_PROSE_CHARS) and is_sentence(p)
        for p in paragraphs
    )


def story_key(story: str) -> str:
    """An item's key: its first lines (headline and time line), wherever the digest that
    carries it comes from (the same item in the morning's and the noon's bulletin is one)."""
    head = "\n".join(line.strip() for line in story.split("\n") if line.strip())
    head = "\n".join(head.split("\n")[:2])
    return "digest-" + hashlib.sha256(head.encode()).hexdigest()[:20]
