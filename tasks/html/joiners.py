"""Zero-width joiners the text extraction drops, put back ("سه‌شنبه", not "سهشنبه").

trafilatura keeps printable characters only, and the zero-width non-joiner (U+200C) and joiner
(U+200D) are not: Persian, Kurdish and the Indic scripts spell words with them, and without
one a word becomes another (the shingles of the body's words change too). The page's own
words that hold a joiner are looked up by their letters and written back as the page has them.
"""

from __future__ import annotations

import html
import re

_JOINERS = "\u200c\u200d"
# A word of the page holding a joiner, as printed (the joiner as a character or an entity).
_JOINED_WORD = re.compile(r"\w+(?:[\u200c\u200d]+\w+)+")
_WORD = re.compile(r"\w+")
_JOINER_ENTITY = re.compile(r"&(?:zwn?j|#x?200[cdCD]|#820[45]);")
# The words looked up in a page at most: a page of text in these scripts holds a few hundred.
MAX_JOINED_WORDS = 20_000


def joined_words(page_html: str) -> dict[str, str]:
    """The page's words that hold a joiner, keyed by their letters alone; a key that is also a
    word of the page without a joiner, or that two spellings share, is left out."""
    if not any(j in page_html for j in _JOINERS) and not _JOINER_ENTITY.search(page_html):
        return {}
    text = html.unescape(page_html) if "&" in page_html else page_html
    found: dict[str, str | None] = {}
    for n, m in enumerate(_JOINED_WORD.finditer(text)):
        if n >= MAX_JOINED_WORDS:
            break
        word = m.group(0)
        key = word.translate(_DROP)
        found[key] = word if found.get(key, word) == word else None
    if not found:
        return {}
    plain = {w for w in _WORD.findall(text) if w in found}
    return {k: v for k, v in found.items() if v is not None and k not in plain}


_DROP = str.maketrans("", "", _JOINERS)


def restore_joiners(blocks: list[str], words: dict[str, str]) -> list[str]:
    """The blocks with each word the extraction ran together written as the page has it."""
    if not words:
        return blocks
    return [_WORD.sub(lambda m: words.get(m.group(0), m.group(0)), block) for block in blocks]
