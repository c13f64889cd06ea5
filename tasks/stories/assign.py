"""Assignment rules: which story a new or changed article joins, and in which role.

- **Match**: the similarity of two sketches is the larger of the estimated Jaccard similarity
  of their whole texts and, when that is at least `min_jaccard`, the estimated overlap
  |A ∩ B| / min(|A|, |B|) (a trimmed copy or an update with added paragraphs contains most of the
  other text), and the lead similarity (the first paragraphs) under the same floor. Exact
  duplicates (same normalised text) score 1.
- **Story**: an article joins the story of its best earlier match whose similarity reaches
  `threshold` (ties: the earlier match), else it founds a new story. Matches are never merged:
  a copy that borrows a background paragraph from another story still joins only its best.
- **Role**: `original` for the article that founded the story; `update` when an earlier member
  has the same source (publisher, else wire): the outlet or the agency re-filing, with changes;
  `copy` otherwise (another outlet running the story).
- **Story id**: `st-` + 16 hex of a hash of the founder's article id and exact-text hash, so a
  re-run or a rebuild in the same order gives the same ids, and a founder that leaves its story
  (its text changed enough) founds a story with a new id.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Literal

from wirecopy.tasks.stories.sketch import Sketch, jaccard, overlap

Role = Literal["original", "copy", "update"]

# Shingles two texts must share (about characters of text) before containment counts: a
# brief of the first paragraph shares more; two or three boilerplate lines share less.
MIN_COMMON = 300


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Decision thresholds: the grid point every leave-publisher-out fold of
    `benchmarks/stories.py accuracy` chose but one (0.40); positives sit above, unrelated texts
    of one language below 0.05."""

    threshold: float = 0.35
    min_jaccard: float = 0.03


DEFAULT = Thresholds()


@dataclass(frozen=True, slots=True)
class Member:
    """An indexed article: its sketch, story and source."""

    article_id: str
    story_id: str
    source: str | None
    sketch: Sketch


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where one article went: story, role, best match and its similarity."""

    article_id: str
    story_id: str
    role: Role
    matched: str | None
    similarity: float  # to the best match (1 for an original)
    first_similarity: float  # to the story's founder (1 for an original)


def similarity(a: Sketch, b: Sketch, thresholds: Thresholds = DEFAULT) -> float:
    """Similarity of two sketches in [0, 1] (see the module docstring)."""
    if a.exact == b.exact:
        return 1.0
    j = jaccard(a.full, b.full)
    lead = jaccard(a.lead, b.lead)
    if j < thresholds.min_jaccard:
        return max(j, lead)
    # Containment counts only when the shared text is at least a short paragraph: a few lines
    # of an outlet's boilerplate inside a short text are not a shared story.
    common = j * (a.n_shingles + b.n_shingles) / (1.0 + j)
    contained = overlap(j, a.n_shingles, b.n_shingles) if common >= MIN_COMMON else 0.0
    return max(j, contained, lead)


def story_id_for(article_id: str, sketch: Sketch) -> str:
    """The id of a story founded by this article with this text."""
    digest = hashlib.sha256(f"{article_id}\n{sketch.exact:x}".encode()).hexdigest()
    return f"st-{digest[:16]}"


def best_match(
    sketch: Sketch, candidates: list[Member], thresholds: Thresholds = DEFAULT
) -> tuple[Member | None, float]:
    """The candidate with the highest similarity at or above the threshold (first wins ties)."""
    best: Member | None = None
    best_sim = 0.0
    for cand in candidates:
        sim = similarity(sketch, cand.sketch, thresholds)
        if sim >= thresholds.threshold and sim > best_sim:
            best, best_sim = cand, sim
    return best, best_sim


def assign(
    article_id: str,
    source: str | None,
    sketch: Sketch,
    candidates: list[Member],
    story_sources: dict[str, set[str]],
    founders: dict[str, Member],
    thresholds: Thresholds = DEFAULT,
) -> Assignment:
    """Assign one article given its candidates (earlier articles), each story's sources and
    founders."""
    match, sim = best_match(sketch, candidates, thresholds)
    if match is None:
        story_id = story_id_for(article_id, sketch)
        return Assignment(article_id, story_id, "original", None, 1.0, 1.0)
    seen = story_sources.get(match.story_id, set())
    role: Role = "update" if source is not None and source in seen else "copy"
    founder = founders.get(match.story_id)
    first = similarity(sketch, founder.sketch, thresholds) if founder is not None else sim
    return Assignment(article_id, match.story_id, role, match.article_id, sim, first)
