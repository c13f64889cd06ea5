"""Signatures: one-permutation MinHash (OPH) with densification, LSH band keys, estimates.

Classic MinHash hashes every shingle once per permutation (128 × the shingles); one-permutation
hashing hashes it once and splits the hash range into `BINS` bins, keeping each bin's minimum,
so a signature costs one pass. Empty bins (short texts) borrow the next non-empty bin's value,
re-hashed with the distance ("rotation" densification, Shrivastava & Li 2014), which keeps the
share of equal bins an unbiased estimate of the Jaccard similarity of the two shingle sets.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from wirecopy.tasks.stories.text import U64, shingle_hashes

U32 = npt.NDArray[np.uint32]

# Bins per signature: the Jaccard estimate's standard error is sqrt(J(1-J)/BINS), 0.04 at 0.5.
BINS = 128
_BIN_SHIFT = np.uint64(64 - 7)  # top 7 bits of a shingle hash choose its bin (2**7 == BINS)
# LSH bands: a pair becomes a candidate when all rows of one band agree. 42 bands of 3 rows
# (126 of the 128 bins): a pair at J = 0.4 is a candidate with probability 0.93, at J = 0.2
# with 0.29, at J = 0.02 (unrelated texts of one language, 99th percentile) with 0.0003. Both
# the full and the lead signature are banded; benchmarks/stories.py compares 32×4 and 64×2.
BANDS = 42
# Characters of normalised text in the lead signature (about the first two paragraphs): a
# trimmed copy or an update with paragraphs added below keeps its lead even when the Jaccard
# similarity of the whole texts is low.
LEAD_CHARS = 600
_EMPTY = np.uint32(0xFFFFFFFF)


@dataclass(frozen=True, slots=True)
class Sketch:
    """What the index keeps of one text: full and lead signatures, shingle count, exact hash."""

    full: U32
    lead: U32
    n_shingles: int
    exact: int  # hash of the whole normalised text: exact duplicates skip every estimate


def _densify(sig: U32) -> U32:
    """Fill empty bins from the next non-empty bin (circular), re-hashed by the distance."""
    empty = sig == _EMPTY
    if not empty.any() or empty.all():
        return sig
    filled = np.flatnonzero(~empty)
    idx = np.arange(sig.size)
    nxt = np.searchsorted(filled, idx) % filled.size
    src = filled[nxt]
    dist = (src - idx) % sig.size
    out = sig[src].astype(np.uint64)
    with np.errstate(over="ignore"):
        out = (out * np.uint64(0x9E3779B97F4A7C15) + dist.astype(np.uint64)) >> np.uint64(32)
    return np.where(empty, out.astype(np.uint32), sig)


def signature(hashes: U64) -> U32:
    """The OPH signature (BINS uint32 minima) of a set of 64-bit shingle hashes."""
    sig = np.full(BINS, _EMPTY, dtype=np.uint32)
    if hashes.size:
        bins = (hashes >> _BIN_SHIFT).astype(np.intp)
        np.minimum.at(sig, bins, (hashes & np.uint64(0xFFFFFFFE)).astype(np.uint32))
    return _densify(sig)


def sketch(text: str) -> Sketch:
    """Sketch one clean body text."""
    hashes = shingle_hashes(text)
    lead = shingle_hashes(text[: LEAD_CHARS + LEAD_CHARS // 2])[:LEAD_CHARS]
    exact = int(np.bitwise_xor.reduce(hashes * np.arange(1, hashes.size + 1, dtype=np.uint64)))
    return Sketch(signature(hashes), signature(lead), int(hashes.size), exact)


def band_keys(sig: U32, salt: int = 0, bands: int = BANDS) -> U64:
    """One 64-bit key per band (band number and salt mixed in, so one column holds them all)."""
    rows = sig[: bands * (sig.size // bands)].reshape(bands, -1).astype(np.uint64)
    key = np.arange(bands, dtype=np.uint64) * np.uint64(0x100000001B3) + np.uint64(salt)
    with np.errstate(over="ignore"):
        for r in range(rows.shape[1]):
            key = (key ^ rows[:, r]) * np.uint64(0x9E3779B97F4A7C15)
            key ^= key >> np.uint64(29)
    return key


def jaccard(a: U32, b: U32) -> float:
    """Estimated Jaccard similarity of the two shingle sets (share of equal bins)."""
    return float(np.count_nonzero(a == b)) / a.size


def overlap(j: float, n_a: int, n_b: int) -> float:
    """Estimated |A ∩ B| / min(|A|, |B|) from the Jaccard estimate and the set sizes.

    |A ∩ B| = J (|A| + |B|) / (1 + J); a trimmed copy scores near 1 against its original.
    """
    if min(n_a, n_b) <= 0:
        return 0.0
    return min(1.0, j * (n_a + n_b) / ((1.0 + j) * min(n_a, n_b)))
