"""Assignment rules: which story a new or changed article joins, and in which role.

- **Match**: the similarity of two sketches is the larger of the estimated Jaccard similarity
  of their whole texts (copies, edited copies, write-throughs) and of their leads, the first
  ~600 characters (a trimmed copy, a brief, or an update with paragraphs added below keeps the
  lead while the whole-text similarity drops with the length difference). Exact duplicates
  (same normalised text) score 1. Containment (|A ∩ B| / min(|A|, |B|)) is not used: estimated
  from signatures it made a short brief plus an outlet's boilerplate lines "contained" in any
  long article of that outlet (benchmarks/stories.py measured the loss of precision).
- **Short texts**: under `MIN_SHINGLES` (about 100 characters) an article is a story of its
  own and never a candidate.
- **Story**: an article joins the story of its best earlier match whose similarity reaches
  `threshold` (ties: the earlier match), else it founds a new story. Matches are never merged:
  a copy that borrows a background paragraph from another story still joins only its best.
- **Role**: `original` for the article that founded the story; `update` when an earlier member
  has the same source (publisher, else wire): the outlet or the agency re-filing, with changes;
  `copy` otherwise (another outlet running the story).
- **Story id**: `st-` + 16 hex of a hash of the founder's article id, so re-runs, reprocess
  and a rebuild in the same order give the same ids; a founder that leaves its story (its text
  changed enough) founds a story whose id also hashes its text, and the old story keeps its id.
"""

from __future__ import annotations

import hashlib
from collections.abc import Container, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

from wirecopy.tasks.stories.sketch import EMPTY, U32, Sketch

Role = Literal["original", "copy", "update"]

# Shingles (about characters) a text needs to join or found a shared story: an empty body
# (a photo item, a failed extraction) or a one-line stub would otherwise match every other
# one. Shorter texts are always stories of their own and are never candidates.
MIN_SHINGLES = 100


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The decision threshold: every leave-publisher-out fold of `benchmarks/stories.py
    accuracy` chose 0.30 from 0.25–0.70 (copies score above, unrelated texts of one language
    below 0.05; an outlet's boilerplate around two short briefs reached 0.32)."""

    threshold: float = 0.30


DEFAULT = Thresholds()


@dataclass(frozen=True, slots=True)
class Member:
    """An indexed article: its sketch, story and source."""

    article_id: str
    story_id: str
    source: str | None
    sketch: Sketch


@dataclass(frozen=True, slots=True)
class Candidates:
    """Earlier articles to compare with, in index order, with their signatures stacked."""

    article_ids: list[str]
    story_ids: list[str]
    full: U32  # (n, BINS)
    lead: U32  # (n, BINS)
    exact: npt.NDArray[np.uint64]

    @classmethod
    def of(cls, members: Sequence[Member]) -> Candidates:
        """Stack the members' sketches."""
        empty = np.zeros((0, 0), dtype=np.uint32)
        return cls(
            [m.article_id for m in members],
            [m.story_id for m in members],
            np.stack([m.sketch.full for m in members]) if members else empty,
            np.stack([m.sketch.lead for m in members]) if members else empty,
            np.array([m.sketch.exact for m in members], dtype=np.uint64),
        )


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where one article went: story, role, best match and its similarity."""

    article_id: str
    story_id: str
    role: Role
    matched: str | None
    similarity: float  # to the best match (1 for an original)
    first_similarity: float  # to the story's founder (1 for an original)


def similarities(
    sketch: Sketch, full: U32, lead: U32, exact: npt.NDArray[np.uint64]
) -> npt.NDArray[np.float64]:
    """Similarity of a sketch to each row of stacked signatures (see the module docstring)."""
    if not len(exact):
        return np.zeros(0)
    sims = np.maximum(_estimate(sketch.full, full), _estimate(sketch.lead, lead))
    return np.where(exact == np.uint64(sketch.exact), 1.0, sims)


def _estimate(sig: U32, rows: U32) -> npt.NDArray[np.float64]:
    """Jaccard estimates of one signature against stacked ones: equal bins among the bins not
    empty in both (sketch.jaccard, vectorised)."""
    both_empty = (rows == EMPTY) & (sig == EMPTY)
    used = sig.size - np.count_nonzero(both_empty, axis=1)
    equal = np.count_nonzero((rows == sig) & ~both_empty, axis=1)
    return np.divide(equal, used, out=np.zeros(len(rows)), where=used > 0)


def similarity(a: Sketch, b: Sketch) -> float:
    """Similarity of two sketches in [0, 1]."""
    return float(similarities(a, b.full[None], b.lead[None], np.array([b.exact], np.uint64))[0])


def story_id_for(article_id: str, sketch: Sketch, taken: Container[str] = ()) -> str:
    """The id of a story founded by this article: a hash of its article id, so a rebuild gives
    the same ids; when that id is taken (a founder whose text changed enough left its story,
    which keeps the id) a hash of its article id and its text."""
    story_id = f"st-{hashlib.sha256(article_id.encode()).hexdigest()[:16]}"
    if story_id in taken:
        digest = hashlib.sha256(f"{article_id}\n{sketch.exact:x}".encode()).hexdigest()
        story_id = f"st-{digest[:16]}"
    return story_id


def best_match(
    sketch: Sketch, candidates: Candidates, thresholds: Thresholds = DEFAULT
) -> tuple[int, float] | None:
    """The candidate with the highest similarity at or above the threshold (the first of
    equal ones), with that similarity; None when none reaches it."""
    if sketch.n_shingles < MIN_SHINGLES:
        return None
    sims = similarities(sketch, candidates.full, candidates.lead, candidates.exact)
    if not sims.size:
        return None
    best = int(np.argmax(sims))
    return (best, float(sims[best])) if sims[best] >= thresholds.threshold else None


def decide(
    article_id: str,
    source: str | None,
    sketch: Sketch,
    match: tuple[str, str, float] | None,
    story_sources: dict[str, set[str]],
    founders: dict[str, Member],
    new_story: str,
) -> Assignment:
    """The assignment for a best match (story id, matched article, similarity), or for none:
    then the article founds `new_story`."""
    if match is None:
        return Assignment(article_id, new_story, "original", None, 1.0, 1.0)
    story_id, matched, sim = match
    seen = story_sources.get(story_id, set())
    role: Role = "update" if source is not None and source in seen else "copy"
    founder = founders.get(story_id)
    first = similarity(sketch, founder.sketch) if founder is not None else sim
    return Assignment(article_id, story_id, role, matched, sim, first)


def assign(
    article_id: str,
    source: str | None,
    sketch: Sketch,
    candidates: Candidates,
    story_sources: dict[str, set[str]],
    founders: dict[str, Member],
    thresholds: Thresholds = DEFAULT,
    taken: Container[str] = (),
) -> Assignment:
    """Assign one article given its candidates (earlier articles, in index order), each
    story's sources and founders, and the story ids in use."""
    found = best_match(sketch, candidates, thresholds)
    match = None
    if found is not None:
        k, sim = found
        match = (candidates.story_ids[k], candidates.article_ids[k], sim)
    new_story = story_id_for(article_id, sketch, taken)
    return decide(article_id, source, sketch, match, story_sources, founders, new_story)
