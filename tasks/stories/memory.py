"""An in-memory story index (LSH buckets in dicts): the reference the DuckDB index must match.

Used by the accuracy benchmark (thousands of threshold trials) and by tests as the oracle.
"""

from __future__ import annotations

from collections import defaultdict

from wirecopy.tasks.stories.assign import (
    DEFAULT,
    MIN_SHINGLES,
    Assignment,
    Candidates,
    Member,
    Thresholds,
    assign,
)
from wirecopy.tasks.stories.sketch import Sketch


class MemoryIndex:
    """Articles assigned one by one, in the order given."""

    def __init__(self, thresholds: Thresholds = DEFAULT, exhaustive: bool = False) -> None:
        self.thresholds = thresholds
        self.exhaustive = exhaustive  # compare with every indexed article (no LSH): a reference
        self.members: dict[str, Member] = {}
        self.buckets: defaultdict[int, list[str]] = defaultdict(list)
        self.sources: defaultdict[str, set[str]] = defaultdict(set)
        self.founders: dict[str, Member] = {}
        self.order: dict[str, int] = {}

    def candidates(self, sketch: Sketch) -> list[Member]:
        """Indexed articles sharing at least one bucket with the sketch (in index order)."""
        if self.exhaustive:
            return [m for m in self.members.values() if m.sketch.n_shingles >= MIN_SHINGLES]
        seen: set[str] = set()
        for key in sketch.keys.tolist():
            seen.update(self.buckets.get(key, ()))
        return [self.members[a] for a in sorted(seen, key=self.order.__getitem__)]

    def add(self, article_id: str, source: str | None, sketch: Sketch) -> Assignment:
        """Assign one article and index it."""
        got = assign(
            article_id,
            source,
            sketch,
            Candidates.of(self.candidates(sketch)),
            self.sources,
            self.founders,
            self.thresholds,
            self.sources.keys() | self.founders.keys(),
        )
        member = Member(article_id, got.story_id, source, sketch)
        self.members[article_id] = member
        self.order[article_id] = len(self.order)
        if got.role == "original":
            self.founders[got.story_id] = member
        if sketch.n_shingles >= MIN_SHINGLES:  # short texts are never candidates
            for key in sketch.keys.tolist():
                self.buckets[key].append(article_id)
        if source is not None:
            self.sources[got.story_id].add(source)
        return got
