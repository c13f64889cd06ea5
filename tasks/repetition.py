"""Boilerplate by repetition: a paragraph that recurs in many documents of one source is template.

Pure (issue 16): the evidence comes in — counts from earlier runs (tasks/line_stats.py reads them
before a run) and the counts of the batch being cleaned — and each article carries out the keys
of its paragraphs, which the load stage adds to the counts. The more of a source's documents a
paragraph is seen in, the less promo or disclaimer shape (tasks/shapes.py) it needs to go
(SHARE_NEEDS). Guards keep real text: short lines are left to the named rules, the opening
paragraph and dateline paragraphs stay, and at most MAX_REMOVED_SHARE of a body's words go.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from wirecopy.schemas.records import Article, LineKeys, RemovedFragment
from wirecopy.tasks.identity import text_sha256
from wirecopy.tasks.shapes import is_dateline, is_sentence, label_of, shape_score

# Lines under 4 words ("Advertisement", "Share", "Read more") are the named rules' job, and a
# 3-word line recurs in real text too ("He said Tuesday."). Longer than 80 words is a story
# paragraph: the longest disclaimer in the synthetic and seed copy is ~45 words.
LINE_MIN_WORDS = 4
LINE_MAX_WORDS = 80
# A source needs this many documents (in the window or the batch) before its counts mean
# anything, and a line this many of them; below, the named rules act alone (first sight).
MIN_SOURCE_DOCS = 20
MIN_LINE_DOCS = 4
# The more often a line recurs, the less promo or disclaimer shape (tasks/shapes.py) it needs:
# (share of the source's documents, shape score needed), the share read as the lower end of
# a one-sided 95 % interval (Wilson, z = 1.645), so that 18 of 30 documents is not "over half"
# by chance. In half of a source's documents a line is template whatever it says; a running
# story's background sentence (a third of an agency's stories in benchmarks/agency_copy.py)
# stays unless it has shape; a line in one story of twenty needs a link, an address or two
# weaker features; one in fifty needs a link or an address and two more (a promo under one
# section's stories). Chosen by leave-agency-out in benchmarks/boilerplate.py (8 of 8 folds).
# On real body text (news-dev and aeb-dev truth) 3.1 % of paragraphs reach a score of 3 and
# 0.5 % a score of 4: shape alone is no verdict, only with repetition.
SHARE_NEEDS: tuple[tuple[float, int], ...] = ((0.5, 0), (0.2, 1), (0.05, 2), (0.02, 4))
CONFIDENCE_Z = 1.645
# The lowest share that may count (what tasks/line_stats.py reads back).
SHAPED_SHARE = min(share for share, _ in SHARE_NEEDS)
# Repetition never takes more than 30 % of a body's words: beyond that the document is a
# near-copy of others (a re-sent story under a new headline), not a story wrapped in template.
MAX_REMOVED_SHARE = 0.3
# Days of documents the counts look back over (tasks/line_stats.py).
WINDOW_DAYS = 30

RULE = "repeated-line"
KIND = "repeated"

_NOT_WORD = re.compile(r"[\W_]+")
_DIGIT = re.compile(r"\d")
_LABEL_PREFIX = "\x00label "


def line_text_key(text: str, digits: bool = True) -> str:
    """The normalised form lines are counted by: NFKC, case-folded, no punctuation; digits
    as 0 unless `digits` (a template's "(4 min)" and "(6 min)" are one line).

    >>> line_text_key("Listen to this story (4 min) — it's free!", digits=False)
    'listen to this story 0 min it s free'
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NOT_WORD.sub(" ", text if digits else _DIGIT.sub("0", text)).split())


def hash_key(key: str) -> int:
    """A signed 64-bit hash of a normalised key (blake2b: stable across processes and runs)."""
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def line_hashes(text: str) -> tuple[int, ...]:
    """The keys a paragraph counts under: its text, and its label when it is a teaser line.

    A teaser ("MORE FROM US: <another story>") changes with every document; its label does not.
    """
    sentence = is_sentence(text)
    # A sentence's figures are news ("The index rose 0.4 % to 5,210."): kept in its key. A
    # fragment's are a template's counter ("Audio version (4 min)"): folded.
    keys = [hash_key(line_text_key(text, digits=sentence))]
    if not sentence and (label := label_of(text)) is not None:
        keys.append(hash_key(_LABEL_PREFIX + line_text_key(label, digits=False)))
    return tuple(keys)


def is_candidate(text: str) -> bool:
    """A paragraph repetition may judge: 4 to 80 words."""
    words = len(text.split())
    return LINE_MIN_WORDS <= words <= LINE_MAX_WORDS


def source_key(article: Article) -> str | None:
    """Whose template a paragraph would be: the publisher (host or agency), else the wire."""
    return article.publisher or article.wire or None


def story_key(article: Article) -> int:
    """One count per story: versions and copies of a story share their normalised headline
    (its figures kept: "rates up 25 points" and "up 50 points" are two stories)."""
    return hash_key(line_text_key(article.title or "") or article.article_id)


def paragraphs(body: str) -> list[str]:
    """The body's paragraphs as the clean stage joined them (blank-line separated)."""
    return [p for p in body.split("\n\n") if p.strip()]


def line_keys(article: Article) -> LineKeys | None:
    """What the article adds to its source's counts (None: no source to count under)."""
    source = source_key(article)
    if source is None:
        return None
    hashes = {h for p in paragraphs(article.body_text) if is_candidate(p) for h in line_hashes(p)}
    return LineKeys(source, story_key(article), tuple(sorted(hashes)))


@dataclass(frozen=True, slots=True)
class Seen:
    """Evidence for one line: seen in `docs` of `of` documents of its source."""

    docs: int
    of: int

    @property
    def share(self) -> float:
        """The share of the source's documents with the line, at the low end of its interval.

        >>> round(Seen(18, 30).share, 2), round(Seen(180, 300).share, 2), Seen(0, 0).share
        (0.45, 0.55, 0.0)
        """
        if self.of <= 0:
            return 0.0
        z2, p, n = CONFIDENCE_Z**2, self.docs / self.of, self.of
        centre = p + z2 / (2 * n)
        spread = CONFIDENCE_Z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
        return max(0.0, (centre - spread) / (1 + z2 / n))


def needed_score(share: float) -> int | None:
    """The shape score a line seen in this share of its source's documents needs (None: it
    is too rare to go at all)."""
    for floor, score in SHARE_NEEDS:
        if share >= floor:
            return score
    return None


@dataclass(frozen=True, slots=True)
class Repeated:
    """Lines repeated in a source's recent documents: source → (documents, {line hash: docs}).

    Only lines seen in SHAPED_SHARE of the documents or more are kept (tasks/line_stats.py
    reads them), so this is small: a source's template lines, not its text.
    """

    sources: Mapping[str, tuple[int, Mapping[int, int]]] = field(default_factory=dict)

    def seen(self, source: str, key: int) -> Seen | None:
        """The evidence for one line of a source, or None."""
        entry = self.sources.get(source)
        if entry is None or key not in entry[1]:
            return None
        return Seen(entry[1][key], entry[0])

    def __len__(self) -> int:
        return sum(len(lines) for _, lines in self.sources.values())


NOTHING_REPEATED = Repeated()


def batch_repeated(keys: Iterable[LineKeys]) -> Repeated:
    """The same evidence counted over one batch's documents (a source's first night counts too).

    Each story counts once per source, as in the stored counts.
    """
    stories: dict[str, dict[int, tuple[int, ...]]] = {}
    for k in keys:
        stories.setdefault(k.source, {})[k.story] = k.lines
    sources: dict[str, tuple[int, Mapping[int, int]]] = {}
    for source, by_story in stories.items():
        if len(by_story) < MIN_SOURCE_DOCS:
            continue
        counts = Counter(h for lines in by_story.values() for h in lines)
        floor = max(MIN_LINE_DOCS, SHAPED_SHARE * len(by_story))
        sources[source] = (len(by_story), {h: n for h, n in counts.items() if n >= floor})
    return Repeated(sources)


def _evidence(source: str, text: str, known: Sequence[Repeated]) -> Seen | None:
    """The evidence for a paragraph (by its text, or the label of a teaser line): from the
    first of `known` that has it, so the stored counts (the larger sample) win over a batch's.
    """
    for repeated in known:
        found = [repeated.seen(source, key) for key in line_hashes(text)]
        best = max((s for s in found if s is not None), key=lambda s: s.share, default=None)
        if best is not None and best.docs >= MIN_LINE_DOCS:
            return best
    return None


def _names(article: Article) -> tuple[str, ...]:
    """How the source may name itself in its copy ('bangkokpost' for bangkokpost.com)."""
    names = []
    for name in (article.publisher, article.wire):
        if name:
            head = name.split(".")[0] if "." in name and " " not in name else name
            names.append(_NOT_WORD.sub("", head.casefold()))
    return tuple(n for n in names if len(n) >= 3)


def drop_repeated(article: Article, known: Sequence[Repeated]) -> Article:
    """The article without the paragraphs its source repeats (each kept as removed text)."""
    source = source_key(article)
    if source is None or not any(r.sources.get(source) for r in known):
        return article
    paras = paragraphs(article.body_text)
    names = _names(article)
    found: list[tuple[float, int, Seen]] = []
    for i, text in enumerate(paras):
        if not is_candidate(text) or (is_dateline(text) and is_sentence(text)):
            continue  # a dateline opens a paragraph of the story
        if i == 0 and is_sentence(text):
            continue  # the opening paragraph carries the story (unless it is no sentence)
        seen = _evidence(source, text, known)
        need = None if seen is None else needed_score(seen.share)
        if seen is None or need is None:
            continue
        # Template sits at the edges: after the opening paragraph or at the end.
        edge = i <= 1 or i >= len(paras) - 2
        if need == 0 or shape_score(text, edge, names) >= need:
            found.append((seen.share, i, seen))
    if not found:
        return article
    budget = MAX_REMOVED_SHARE * len(article.body_text.split())
    dropped: dict[int, Seen] = {}
    for _, i, seen in sorted(found, key=lambda f: (-f[0], f[1])):
        words = len(paras[i].split())
        if words <= budget:
            budget -= words
            dropped[i] = seen
    if not dropped:
        return article
    body = "\n\n".join(p for i, p in enumerate(paras) if i not in dropped)
    removed = [
        RemovedFragment(KIND, RULE, paras[i], seen.docs, seen.of)
        for i, seen in sorted(dropped.items())
    ]
    return replace(
        article,
        body_text=body,
        word_count=len(body.split()),
        removed=[*article.removed, *removed],
        text_sha256=text_sha256(article.title, body),
    )


def apply_repetition(articles: list[Article], stored: Repeated = NOTHING_REPEATED) -> list[Article]:
    """A batch's articles with repeated paragraphs out, each carrying its keys for the counts.

    Evidence: the `stored` counts (earlier runs) and this batch's own documents.
    """
    keyed = [replace(a, lines=line_keys(a)) for a in articles]
    known = (stored, batch_repeated(a.lines for a in keyed if a.lines is not None))
    if not any(r.sources for r in known):
        return keyed
    return [drop_repeated(a, known) for a in keyed]
