"""Signatures: one-permutation MinHash (OPH) with densification, and LSH band keys.

Classic MinHash hashes every shingle once per permutation (128 × the shingles); one-permutation
hashing hashes it once and splits the hash range into `BINS` bins, keeping each bin's minimum,
so a signature costs one pass. Empty bins (short texts) borrow the next non-empty bin's value,
re-hashed with the distance ("rotation" densification, Shrivastava & Li 2014), which keeps the
share of equal bins an unbiased estimate of the Jaccard similarity of the two shingle sets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from wirecopy.tasks.stories.text import BAND_CHARS, U64, VERIFY_CHARS, shingle_batch

U32 = npt.NDArray[np.uint32]

# Bins per signature: the Jaccard estimate's standard error is sqrt(J(1-J)/BINS), 0.04 at 0.5.
BINS = 128
_BIN_SHIFT = np.uint64(64 - 7)  # top 7 bits of a shingle hash choose its bin (2**7 == BINS)
# LSH bands: a pair becomes a candidate when all rows of one band agree. 32 bands of 3 rows
# (96 of the 128 bins): a pair at J = 0.5 is a candidate with probability 0.99, at J = 0.3
# with 0.58 (a story's other copies give more chances), at J = 0.01 with 0.00003. The whole
# text's and the lead's 12-character signatures are banded: 64 keys per article. 42 bands gave
# the same held-out recall with 31 % more rows; 21 bands or 4 rows lost 4–7 points.
BANDS = 32
ROWS = 3
# Shingles in the lead signature (they start in about the first 600 characters, two short
# paragraphs): a trimmed copy, a brief or an update with paragraphs added below keeps its lead
# even when the Jaccard similarity of the whole texts is low.
LEAD_CHARS = 600
_EMPTY = np.uint32(0xFFFFFFFF)


@dataclass(frozen=True, slots=True)
class Sketch:
    """What the index keeps of one text: signatures, LSH keys, shingle count and exact hash."""

    full: U32  # OPH signature of the whole text's 8-character shingles
    lead: U32  # the same for the lead
    keys: U32  # LSH bucket keys: bands of the 12-character signatures, whole text then lead
    n_shingles: int
    exact: int  # hash of the whole normalised text: exact duplicates score 1


def _densify(sigs: U32) -> U32:
    """Fill each row's empty bins from its next non-empty bin (circular), re-hashed by the
    distance; rows with no shingle at all stay empty."""
    empty = sigs == _EMPTY
    if not empty.any():
        return sigs
    n = sigs.shape[1]
    cols = np.where(empty, 2 * n, np.arange(n))
    # Next non-empty column at or after each column, over the row twice (wrapping around).
    ahead = np.minimum.accumulate(np.concatenate([cols, cols + n], axis=1)[:, ::-1], axis=1)
    nxt = ahead[:, ::-1][:, :n]
    ok = empty & (nxt < 2 * n)
    rows, at = np.nonzero(ok)
    src = nxt[rows, at]
    with np.errstate(over="ignore"):
        mixed = sigs[rows, src % n].astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        mixed += (src - at).astype(np.uint64)
    out = sigs.copy()
    out[rows, at] = (mixed >> np.uint64(32)).astype(np.uint32)
    return out


def signatures(hashes: U64, rows: npt.NDArray[np.intp], n_rows: int) -> U32:
    """OPH signatures: row r holds the BINS minima of the hashes whose `rows` entry is r."""
    sig = np.full(n_rows * BINS, _EMPTY, dtype=np.uint32)
    bins = (hashes >> _BIN_SHIFT).astype(np.intp) + rows * BINS
    np.minimum.at(sig, bins, (hashes & np.uint64(0xFFFFFFFE)).astype(np.uint32))
    return _densify(sig.reshape(n_rows, BINS))


def signature(hashes: U64) -> U32:
    """The OPH signature of one set of shingle hashes."""
    return signatures(hashes, np.zeros(hashes.size, dtype=np.intp), 1)[0]


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


# Characters of text sketched per batch: numpy's per-call cost is paid once per batch, and the
# buffers stay in the CPU caches. Measured on this 2-core machine (min of 25 runs of 100
# corpus.py texts, interleaved): 8 K characters 1.5× faster than one text at a time; 16 K and
# 64 K slower than one at a time (their temporaries leave the caches).
BATCH_CHARS = 1 << 13


def _sketch_batch(texts: Sequence[str]) -> list[Sketch]:
    """Sketch a few texts with one call per numpy operation."""
    n = len(texts)
    batch = shingle_batch(texts, (VERIFY_CHARS, BAND_CHARS))
    parts, rows = [], []
    # Signature rows per text: 0 verify, 1 band, 2 verify lead, 3 band lead.
    for kind, (k, lead) in enumerate(
        ((VERIFY_CHARS, False), (BAND_CHARS, False), (VERIFY_CHARS, True), (BAND_CHARS, True))
    ):
        counts = batch.counts[k]
        owner = np.repeat(np.arange(n), counts)
        hashes = batch.hashes[k]
        if lead:
            offset = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
            keep = offset < LEAD_CHARS
            hashes, owner = hashes[keep], owner[keep]
        parts.append(hashes)
        rows.append(owner * 4 + kind)
    sigs = signatures(np.concatenate(parts), np.concatenate(rows), 4 * n).reshape(n, 4, BINS)
    keys = band_keys(sigs[:, [1, 3]].reshape(2 * n, BINS), np.tile(_SALTS, n)).reshape(n, -1)
    verify, counts = batch.hashes[VERIFY_CHARS], batch.counts[VERIFY_CHARS]
    first = np.cumsum(counts) - counts
    with np.errstate(over="ignore"):
        # Exact-text hash: the shingle hashes weighted by position, xor-ed per text.
        weighted = verify * (np.arange(verify.size) - np.repeat(first, counts) + 1).astype(
            np.uint64
        )
    exact = np.zeros(n, dtype=np.uint64)
    has = counts > 0
    if has.any():
        exact[has] = np.bitwise_xor.reduceat(weighted, first[has])
    return [
        Sketch(sigs[i, 0], sigs[i, 2], keys[i], int(counts[i]), int(exact[i])) for i in range(n)
    ]


def sketch_many(texts: Sequence[str]) -> list[Sketch]:
    """Sketch clean body texts (in batches of about BATCH_CHARS characters)."""
    out: list[Sketch] = []
    start, size = 0, 0
    for end, text in enumerate(texts, 1):
        size += len(text)
        if size >= BATCH_CHARS or end == len(texts):
            out.extend(_sketch_batch(texts[start:end]))
            start, size = end, 0
    return out


def sketch(text: str) -> Sketch:
    """Sketch one clean body text."""
    return _sketch_batch([text])[0]


def jaccard(a: U32, b: U32) -> float:
    """Estimated Jaccard similarity of the two shingle sets (share of equal bins)."""
    return float(np.count_nonzero(a == b)) / a.size
