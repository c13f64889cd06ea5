"""Text → shingle hashes for similarity: one codepoint table, character k-grams, all in numpy.

Normalisation is a single lookup per character (built once from `unicodedata`): NFKC for
single-character forms (full-width digits and letters), case folding, Latin accents dropped
(feeds that strip diacritics still match), and every character that is not a letter, digit or
combining mark becomes a space, so curly/straight quotes, dashes and punctuation vanish. Runs of
spaces collapse to one.

Shingles are overlapping character k-grams of that text. A spelling edit ("criticised" /
"criticized") or a short rewording ("the United States" / "the US") changes only the k-grams
that overlap it, so copies keep almost all their shingles without any word list, and scripts
written without spaces (Japanese, Chinese, Thai) need no tokeniser.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import numpy as np
import numpy.typing as npt

U64 = npt.NDArray[np.uint64]

# Characters per shingle. Measured by benchmarks/stories.py (`--compare`): 5 lets unrelated
# texts of one language share many shingles; 12 and more lose recall on edited copies.
SHINGLE_CHARS = 9
# Codepoints at or above this are kept as they are (rare in news text; the table stays small).
_TABLE_SIZE = 0x10000
_SPACE = 32
# Odd 64-bit multipliers (from splitmix64) for the k-gram polynomial and the final mix.
_BASE = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)


def _fold(ch: str) -> int:
    """One character's normalised codepoint (a space for anything that is not part of a word)."""
    if unicodedata.category(ch)[0] not in "LNM":
        return _SPACE
    form = unicodedata.normalize("NFKC", ch).casefold()
    if len(form) != 1:
        return ord(ch.casefold()) if len(ch.casefold()) == 1 else ord(ch)
    base = unicodedata.normalize("NFD", form)
    # Latin letters with accents fold to their base letter; other scripts keep their marks.
    if len(base) > 1 and ord(base[0]) < 0x250 and unicodedata.category(base[1]) == "Mn":
        return ord(base[0])
    if unicodedata.category(form)[0] not in "LNM":
        return _SPACE
    return ord(form)


@cache
def _table() -> npt.NDArray[np.uint32]:
    """Codepoint → normalised codepoint for the Basic Multilingual Plane (built once, ~0.1 s)."""
    return np.fromiter((_fold(chr(cp)) for cp in range(_TABLE_SIZE)), np.uint32, _TABLE_SIZE)


def codepoints(text: str) -> npt.NDArray[np.uint32]:
    """The normalised text as codepoints: folded, punctuation to spaces, spaces collapsed and
    trimmed."""
    raw = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    small = raw < _TABLE_SIZE
    folded = np.where(small, _table()[np.where(small, raw, 0)], raw)
    space = folded == _SPACE
    # Keep a space only when the character before it is not a space (and drop a leading one).
    keep = ~space
    keep[1:] |= space[1:] & ~space[:-1]
    out = folded[keep]
    start = 1 if out.size and out[0] == _SPACE else 0
    end = out.size - 1 if out.size > start and out[-1] == _SPACE else out.size
    return out[start:end]


def normalise(text: str) -> str:
    """The text as similarity sees it.

    >>> normalise("The U.S. “criticised” Zürich’s plan — again!")
    'the u s criticised zurich s plan again'
    """
    return codepoints(text).tobytes().decode("utf-32-le")


def _mix(h: U64) -> U64:
    """splitmix64 finaliser: spreads the polynomial hash over all 64 bits."""
    h = h ^ (h >> np.uint64(30))
    h = h * _MIX1
    h = h ^ (h >> np.uint64(27))
    h = h * _MIX2
    return h ^ (h >> np.uint64(31))


def shingle_hashes(text: str, k: int = SHINGLE_CHARS) -> U64:
    """64-bit hashes of the text's overlapping k-character shingles (with repeats, in order).

    A text shorter than k characters is one shingle; an empty text has none.
    """
    cps = codepoints(text).astype(np.uint64)
    if cps.size == 0:
        return np.zeros(0, dtype=np.uint64)
    n = max(1, cps.size - k + 1)
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(min(k, cps.size)):
            h = h * _BASE + cps[j : j + n]
        return _mix(h + np.uint64(k))
