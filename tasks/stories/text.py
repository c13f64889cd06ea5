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

# Characters per shingle, measured by `benchmarks/stories.py accuracy` (held-out recall at equal
# precision: 8 everywhere 0.958, 12 everywhere 0.938, 8 for similarity and 12 for LSH 0.970).
# An edit disturbs the fewest 8-character shingles; unrelated texts share far fewer
# 12-character ones (a chance candidate pair among corpus.py's small-vocabulary texts: 1 % with
# 8, 0.001 % with 12), so the night's LSH lookups stay cheap even on templated copy.
VERIFY_CHARS = 8
BAND_CHARS = 12
_TABLE_SIZE = 0x10000  # the Basic Multilingual Plane; see codepoints()
_SPACE = 32
# Odd 64-bit multiplier (the golden ratio, as in splitmix64) combining the words.
_BASE = np.uint64(0x9E3779B97F4A7C15)
_MIX = np.uint64(0xBF58476D1CE4E5B9)  # splitmix64's finaliser multiplier
U16 = npt.NDArray[np.uint16]


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
def _table() -> U16:
    """UTF-16 code unit → normalised character for the whole BMP (built once, ~20 ms)."""
    folded = (_fold(chr(cp)) for cp in range(_TABLE_SIZE))
    # A few compatibility forms fold beyond the BMP: those keep their own code unit.
    return np.fromiter(
        (f if f < _TABLE_SIZE else cp for cp, f in enumerate(folded)), np.uint16, _TABLE_SIZE
    )


def codepoints(text: str) -> U16:
    """The normalised text as UTF-16 code units: folded, punctuation to spaces, spaces
    collapsed and trimmed.

    Characters beyond the BMP (emoji, rare CJK extensions) are surrogate pairs, which the table
    maps to spaces: they carry little of a story's text.
    """
    raw = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    folded = _table().take(raw)
    space = folded == _SPACE
    keep = ~space
    keep[1:] |= keep[:-1]  # a space survives right after a non-space
    out = folded[keep]
    end = out.size - 1 if out.size and out[-1] == _SPACE else out.size
    return out[:end]


def normalise(text: str) -> str:
    """The text as similarity sees it.

    >>> normalise("The U.S. “criticised” Zürich’s plan — again!")
    'the u s criticised zurich s plan again'
    """
    return codepoints(text).tobytes().decode("utf-16-le")


def _mix(h: U64) -> U64:
    """Spread the combined words over all 64 bits (xor-shift, multiply, xor-shift): a bare
    xor of the halves cost 2.7 points of held-out recall (bins and minima correlate)."""
    h = h ^ (h >> np.uint64(31))
    h *= _MIX
    h ^= h >> np.uint64(29)
    return h


def shingle_hashes(text: str, k: int | None = None) -> U64:
    """64-bit hashes of the text's overlapping k-character shingles (with repeats, in order).

    A text shorter than k characters is one shingle (zero-padded); an empty text has none.
    """
    return shingle_sets(text, (k or VERIFY_CHARS,))[0]


def shingle_sets(text: str, lengths: tuple[int, ...]) -> list[U64]:
    """Shingle hashes of one text for several shingle lengths at once (one normalisation).

    Characters are folded to 16 bits, so four of them are one unaligned 64-bit word read
    straight from the buffer: a k-character shingle costs ceil(k / 4) multiply-xor passes over
    the text instead of k, and lengths that are multiples of 4 extend one another. A final mix
    spreads every character over all bits (the bin comes from the top bits, the minimum from
    the low 32).
    """
    if min(lengths) < 4:
        raise ValueError(f"shingles are at least 4 characters long, not {min(lengths)}")
    cps = codepoints(text)
    if cps.size == 0:
        return [np.zeros(0, dtype=np.uint64) for _ in lengths]
    longest = max(lengths)
    m = max(1, cps.size - min(lengths) + 1)  # positions of the shortest length
    chars = np.zeros(m + longest + 3, dtype=np.uint16)  # zero padding past the end of the text
    chars[: cps.size] = cps
    # Four characters per 64-bit word, one word starting at every character (a contiguous copy
    # of the unaligned view: the passes below then run at memory speed).
    words = np.ndarray((m + longest - 1,), np.uint64, chars.data, 0, (2,)).copy()
    out: dict[int, U64] = {}
    with np.errstate(over="ignore"):
        h = words[:m] * _BASE
        covered = 4
        for k in sorted(set(lengths)):
            while covered + 4 <= k:
                h ^= words[covered : covered + m]
                h *= _BASE
                covered += 4
            last = h
            if covered < k:  # 1–3 more characters: a masked word, on a copy
                tail = words[covered : covered + m] & np.uint64((1 << (16 * (k - covered))) - 1)
                last = (h ^ tail) * _BASE
            last = last[: max(1, cps.size - k + 1)]
            out[k] = _mix(last)
    return [out[k] for k in lengths]
