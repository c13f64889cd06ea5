"""Signatures: one-permutation MinHash (OPH) and LSH band keys.

Classic MinHash hashes every shingle once per permutation (128 × the shingles); one-permutation
hashing hashes it once and splits the hash range into `BINS` bins, keeping each bin's minimum,
so a signature costs one pass. A bin no shingle fell into stays `EMPTY`; the Jaccard estimate
counts equal bins among those not empty in both texts (Li, Owen & Zhang 2012), which needs no
densification and stays unbiased for short texts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from wirecopy.tasks.stories.text import BAND_CHARS, U64, VERIFY_CHARS, shingle_sets

U32 = npt.NDArray[np.uint32]

# Bins per signature: the Jaccard estimate's standard error is sqrt(J(1-J)/BINS), 0.04 at 0.5.
BINS = 128
_BIN_SHIFT = np.uint32(32 - 7)  # top 7 bits of a shingle hash choose its bin (2**7 == BINS)
# LSH bands: a pair becomes a candidate when all rows of one band agree. 32 bands of 3 rows
# (96 of the 128 bins): a pair at J = 0.5 is a candidate with probability 0.99, at J = 0.3
# with 0.58 (a story's other copies give more chances), at J = 0.01 with 0.00003. The whole
# text's and the lead's 12-character signatures are banded: 64 keys per article. 42 bands gave
# the same held-out recall with 31 % more rows; 21 bands or 4 rows lost 4–7 points.
BANDS = 32
ROWS = 3
# Shingles in the lead signature (they start in about the first 600 characters, two short
# paragraphs): a trimmed copy, a brief or an update with paragraphs added below keeps its lead
# even when the Jaccard similarity of the whole texts is low. 1,000 lost 7 points of held-out
# recall (a 300-character brief is then a small part of its original's lead).
LEAD_CHARS = 600
EMPTY = np.uint32(0xFFFFFFFF)  # a bin no shingle fell into


@dataclass(frozen=True, slots=True)
class Sketch:
    """What the index keeps of one text: signatures, LSH keys, shingle count and exact hash."""

    full: U32  # OPH signature of the whole text's 8-character shingles
    lead: U32  # the same for the lead
    keys: U32  # LSH bucket keys: bands of the 12-character signatures, whole text then lead
    n_shingles: int
    exact: int  # hash of the whole normalised text: exact duplicates score 1


def signatures(sets: Sequence[U64]) -> U32:
    """OPH signatures, one row of BINS uint32 minima per set of 64-bit shingle hashes."""
    sig = np.full((len(sets), BINS), EMPTY, dtype=np.uint32)
    for row, hashes in zip(sig, sets, strict=True):
        halves = hashes.astype("<u8", copy=False).view("<u4")  # low, high, low, high, …
        np.minimum.at(row, halves[1::2] >> _BIN_SHIFT, halves[0::2])
    return sig


def signature(hashes: U64) -> U32:
    """The OPH signature of one set of shingle hashes."""
    return signatures([hashes])[0]


def band_keys(sigs: U32, salts: U64) -> U32:
    """32-bit LSH keys: one per band of each signature row, band number and the row's salt
    mixed in, so one column holds them all.

    32 bits keep the bucket table small; a chance collision only adds a candidate that the
    similarity check rejects (0.2 % of keys against 100,000 indexed articles).
    """
    rows = sigs[:, : BANDS * ROWS].reshape(len(sigs), BANDS, ROWS)
    rows = rows.astype(np.uint64)
    key = np.arange(BANDS, dtype=np.uint64) * np.uint64(0x100000001B3) + salts[:, None]
    with np.errstate(over="ignore"):
        for r in range(rows.shape[2]):
            key = (key ^ rows[:, :, r]) * np.uint64(0x9E3779B97F4A7C15)
            key ^= key >> np.uint64(29)
    return (key >> np.uint64(32)).astype(np.uint32).ravel()


_SALTS = np.array([0, 1], dtype=np.uint64)  # whole-text and lead keys never collide


def sketch_many(texts: Sequence[str]) -> list[Sketch]:
    """Sketch clean body texts (band keys for all of them in one call)."""
    if not texts:
        return []
    sigs, counts, exact = [], [], []
    for text in texts:
        verify, band = shingle_sets(text, (VERIFY_CHARS, BAND_CHARS))
        sigs.append(signatures([verify, band, verify[:LEAD_CHARS], band[:LEAD_CHARS]]))
        counts.append(verify.size)
        with np.errstate(over="ignore"):
            # Exact-text hash: the shingle hashes weighted by position, xor-ed together.
            weights = np.arange(1, verify.size + 1, dtype=np.uint64)
            exact.append(int(np.bitwise_xor.reduce(verify * weights)) if verify.size else 0)
    stacked = np.stack(sigs)  # rows per text: verify, band, verify lead, band lead
    n = len(texts)
    keys = band_keys(stacked[:, [1, 3]].reshape(2 * n, BINS), np.tile(_SALTS, n)).reshape(n, -1)
    return [Sketch(stacked[i, 0], stacked[i, 2], keys[i], counts[i], exact[i]) for i in range(n)]


def sketch(text: str) -> Sketch:
    """Sketch one clean body text."""
    return sketch_many([text])[0]


def jaccard(a: U32, b: U32) -> float:
    """Estimated Jaccard similarity of the two shingle sets: equal bins among the bins not empty
    in both (0 for two empty sets)."""
    both_empty = (a == EMPTY) & (b == EMPTY)
    used = a.size - int(np.count_nonzero(both_empty))
    return float(np.count_nonzero((a == b) & ~both_empty)) / used if used else 0.0


def _rows(width: int) -> U32:
    return np.zeros((0, width), dtype=np.uint32)


@dataclass(frozen=True, slots=True)
class Sketches:
    """A batch's sketches stacked, keyed by the text hash of each article (what a parse/clean
    worker sends back with its articles: ~1.3 KB each, three arrays per batch to pickle).

    Keyed by `Article.text_sha256`, not by article id: a batch may hold several versions of one
    article, and equal text hashes mean equal bodies, hence equal sketches.
    """

    keys_by: tuple[str, ...] = ()
    full: U32 = field(default_factory=lambda: _rows(BINS))
    lead: U32 = field(default_factory=lambda: _rows(BINS))
    keys: U32 = field(default_factory=lambda: _rows(2 * BANDS))
    n_shingles: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, np.int64))
    exact: npt.NDArray[np.uint64] = field(default_factory=lambda: np.zeros(0, np.uint64))

    @classmethod
    def of(cls, texts: dict[str, str]) -> Sketches:
        """Sketch texts given by key (text hash → body text)."""
        if not texts:
            return cls()
        return cls.stack(list(texts), sketch_many(list(texts.values())))

    @classmethod
    def stack(cls, names: Sequence[str], sketches: Sequence[Sketch]) -> Sketches:
        """Stack sketches under their keys."""
        if not sketches:
            return cls()
        return cls(
            tuple(names),
            np.stack([s.full for s in sketches]),
            np.stack([s.lead for s in sketches]),
            np.stack([s.keys for s in sketches]),
            np.array([s.n_shingles for s in sketches], dtype=np.int64),
            np.array([s.exact for s in sketches], dtype=np.uint64),
        )

    @classmethod
    def concat(cls, parts: Iterable[Sketches]) -> Sketches:
        """One batch's sketches from its chunks'."""
        parts = [p for p in parts if p.keys_by]
        if len(parts) < 2:
            return parts[0] if parts else cls()
        return cls(
            tuple(k for p in parts for k in p.keys_by),
            np.concatenate([p.full for p in parts]),
            np.concatenate([p.lead for p in parts]),
            np.concatenate([p.keys for p in parts]),
            np.concatenate([p.n_shingles for p in parts]),
            np.concatenate([p.exact for p in parts]),
        )

    def as_dict(self) -> dict[str, Sketch]:
        """Each key's sketch."""
        return {
            key: Sketch(
                self.full[i],
                self.lead[i],
                self.keys[i],
                int(self.n_shingles[i]),
                int(self.exact[i]),
            )
            for i, key in enumerate(self.keys_by)
        }
