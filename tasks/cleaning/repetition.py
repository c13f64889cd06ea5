"""Boilerplate by repetition: a paragraph that recurs in many documents of one source is template.

Pure (issue 16): the evidence comes in — counts from earlier runs (tasks/line_stats.py reads them
before a run), or for a source they do not know yet, the counts of the batch being cleaned — and
each article carries out the keys of its paragraphs, which the load stage adds to the counts.
The more of a source's documents a paragraph is seen in, the less promo or disclaimer shape
(tasks/cleaning/shapes.py) it needs to go (SHARE_NEEDS). Guards keep real text: short lines are
left to the named rules, the opening paragraph and dateline paragraphs stay, and at most
MAX_REMOVED_SHARE of a body's words go.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from wirecopy.schemas.records import Article, LineKeys, RemovedFragment
from wirecopy.tasks.cleaning.shapes import is_dateline, is_sentence, label_of, shape_score
from wirecopy.tasks.identity import text_sha256

# Lines under 4 words ("Advertisement", "Share", "Read more") are the named rules' job, and a
# 3-word line recurs in real text too ("He said Tuesday."). Longer than 80 words is a story
# paragraph: the longest disclaimer in the synthetic and seed copy is ~45 words.
LINE_MIN_WORDS = 4
LINE_MAX_WORDS = 80
# Longer than this is more than 80 words in any language: not normalised at all.
_MAX_CHARS = 2000
# A source needs this many documents (in the window or the batch) before its counts mean
# anything, and a line this many of them; below, the named rules act alone (first sight). The
# interval on the share (below) already asks more of a small source (at 8 stories a line must
# be in 7 to count as "over half"); `benchmarks/boilerplate.py --small-sources` measured 20 → 8
# at first sight of sources of 8–16 stories: boilerplate left 38 % → 3–7 % on the synthetic
# copy, 44–47 % → 9–25 % on real article text re-filed as copies and updates, and not one
# more story paragraph lost on either; at 6 a source of six stories starts to act, too few to
# tell a running story's background from a template (the synthetic copy loses 0.24 % there).
MIN_SOURCE_DOCS = 8
# 4 → 3 (session 9): a template at one story in eight or fourteen is in 2–4 of a first night's
# 30 stories; with three it goes when its shape says so (night 1 2.7 → 2.2 % left, nights 2–8
# 1.69 → 1.56 %, no story paragraph more lost there nor in the real copies; a batch of 8
# versions of one story loses 5.6 % instead of 5.0 %). Two documents stay chance, whatever shape.
MIN_LINE_DOCS = 3
# The more often a line recurs, the less promo or disclaimer shape (cleaning/shapes.py) it needs:
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
# Repetition never takes more than 30 % of a body's words. A document whose repeated paragraphs
# would take more, or three of which have no promo shape, is a near-copy of others (a story
# re-sent under a new headline: versions count as stories by their headline), not a story
# wrapped in template: its story paragraphs recur because the story does, and of them only
# those shaped like a promo or disclaimer go (a link or a reader address, or two weaker
# features). A batch of one source holding 8 write-throughs of one story (news-dev truth text)
# lost 30 % of its story paragraphs before, 5 % now (those in the second person); the agency
# copy benchmark does not change. A shape score of 3 would lose 2 % and leave more template.
MAX_REMOVED_SHARE = 0.3
NEAR_COPY_SCORE = 2
NEAR_COPY_PARAGRAPHS = 3
# Days of documents the counts look back over (tasks/line_stats.py).
WINDOW_DAYS = 30

RULE = "repeated-line"
# Removed by their shape at the copy's end (cleaning/blocks.py): counted like kept paragraphs.
COUNTED_RULES = frozenset({"tail_promo_shape", "tail_outlet_note"})
KIND = "repeated"

_NOT_WORD = re.compile(r"[\W_]+")
_DIGIT = re.compile(r"\d")
_LABEL_PREFIX = "\x00label "


# ASCII text (most agency copy) is normalised by one bytes.translate, several times faster
# than NFKC and regular expressions: upper case to lower, every other non-alphanumeric byte
# dropped (the key has no spaces: "it's free" and "its free" are one line).
_ASCII_LOWER = bytes(range(128)).lower() + bytes(range(128, 256))
_ASCII_FOLD = _ASCII_LOWER.translate(bytes.maketrans(b"0123456789", b"0000000000"))
_ASCII_DROP = bytes(c for c in range(128) if not chr(c).isalnum())


def line_text_key(text: str, digits: bool = True) -> str:
    """The normalised form lines are counted by: NFKC, case-folded, letters and digits only;
    digits as 0 unless `digits` (a template's "(4 min)" and "(6 min)" are one line).

    >>> line_text_key("Listen to this story (4 min) — it’s free!", digits=False)
    'listentothisstory0minitsfree'
    >>> line_text_key("LISTEN to this story: 9 min - it's free_", digits=False)
    'listentothisstory0minitsfree'
    """
    if text.isascii():
        table = _ASCII_LOWER if digits else _ASCII_FOLD
        return text.encode("ascii").translate(table, _ASCII_DROP).decode("ascii")
    text = unicodedata.normalize("NFKC", text).casefold()
    return _NOT_WORD.sub("", text if digits else _DIGIT.sub("0", text))


def hash_key(key: str) -> int:
    """A signed 64-bit hash of a normalised key (blake2b: stable across processes and runs)."""
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def line_hashes(text: str) -> tuple[int, ...]:
    """The keys a paragraph counts under: its text, and its label when it is a teaser line.

    A teaser ("MORE FROM US: <another story>") changes with every document; its label does not.
    """
    return _keys(text, is_sentence(text), None)


def candidate_keys(text: str) -> tuple[int, ...] | None:
    """The keys of a paragraph repetition may judge (4 to 80 words), else None."""
    if len(text) > _MAX_CHARS:
        return None
    # Words by the spaces between them (the clean stage leaves single spaces): no split.
    if not LINE_MIN_WORDS <= text.strip().count(" ") + 1 <= LINE_MAX_WORDS:
        return None
    sentence = is_sentence(text)
    return _keys(text, sentence, line_text_key(text, digits=sentence))


def _keys(text: str, sentence: bool, key: str | None) -> tuple[int, ...]:
    # A sentence's figures are news ("The index rose 0.4 % to 5,210."): kept in its key. A
    # fragment's are a template's counter ("Audio version (4 min)"): folded.
    keys = [hash_key(key if key is not None else line_text_key(text, digits=sentence))]
    if not sentence and (label := label_of(text)) is not None:
        keys.append(hash_key(_LABEL_PREFIX + line_text_key(label, digits=False)))
    return tuple(keys)


def source_key(article: Article) -> str | None:
    """Whose template a paragraph would be: the publisher (host or agency), else the wire,
    else whoever minted the item's id (a wire item that names no provider)."""
    return article.publisher or article.wire or id_namespace(article.metadata.get("item_id"))


# An item id's minter: the host of a URL id ("http://www.businesswire.com/news/home/2013…",
# as ninjs items use), the authority of a NewsML URN or a tag URI ("urn:newsml:acme.com:…",
# "tag:acme.com,2024:…"; a tag's e-mail authority by its domain). A name that is no host name
# (an IP literal, a user part, a megabyte of letters) and ids without one (a bare number, a
# slug) name no source.
_ID_AUTHORITY = re.compile(
    r"^(?:urn:newsml:(?P<urn>[^:\s]{1,300}):|tag:(?:[^@,\s]{1,64}@)?(?P<tag>[^,:\s]{1,300}),)",
    re.IGNORECASE,
)
_HOST_NAME = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def id_namespace(item_id: object) -> str | None:
    """The host or authority that minted a wire item's id, or None.

    >>> id_namespace("http://www.businesswire.com/news/home/20130605006126/zh")
    'businesswire.com'
    >>> id_namespace("urn:newsml:acmenews.com:20130707:a1"), id_namespace("0042")
    ('acmenews.com', None)
    """
    if not isinstance(item_id, str):
        return None
    text = item_id.strip()[:_MAX_ID_CHARS]
    if text[:8].lower().startswith(("http://", "https://")):
        try:
            host = urlsplit(text).hostname or ""
        except ValueError:
            return None
    elif m := _ID_AUTHORITY.match(text):
        host = (m["urn"] or m["tag"]).casefold()
    else:
        return None
    host = host.removeprefix("www.")
    return host if _HOST_NAME.match(host) else None


# An id is read this far: a URL or a URN names its minter in its first characters.
_MAX_ID_CHARS = 2000


def story_key(article: Article) -> int:
    """One count per story: versions and copies of a story share their normalised headline
    (its figures kept: "rates up 25 points" and "up 50 points" are two stories)."""
    return hash_key(line_text_key(article.title or "") or article.article_id)


def paragraphs(body: str) -> list[str]:
    """The body's paragraphs as the clean stage joined them (blank-line separated)."""
    return [p for p in body.split("\n\n") if p.strip()]


# A body's paragraphs, each with its keys (None: not a candidate), computed once per article.
Keyed = list[tuple[str, tuple[int, ...] | None]]


def keyed_paragraphs(body: str) -> Keyed:
    """The body's paragraphs with the keys of those repetition may judge."""
    return [(p, candidate_keys(p)) for p in paragraphs(body)]


def line_keys(article: Article, keyed: Keyed | None = None) -> LineKeys | None:
    """What the article adds to its source's counts (None: no source to count under)."""
    source = source_key(article)
    if source is None:
        return None
    keyed = keyed_paragraphs(article.body_text) if keyed is None else keyed
    hashes = {h for _, keys in keyed if keys for h in keys}
    # A promo the closing-shape rule took still counts for its source: where it turns up
    # elsewhere in the copy (after the opening paragraph), repetition knows it.
    for fragment in article.removed:
        if fragment.rule in COUNTED_RULES and (keys := candidate_keys(fragment.text)):
            hashes.update(keys)
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


def batch_repeated(keys: Iterable[LineKeys], skip: Container[str] = ()) -> Repeated:
    """The same evidence counted over one batch's documents, for the sources not in `skip`
    (those the stored counts know). Each story counts once per source, as in the stored counts.
    """
    stories: dict[str, dict[int, tuple[int, ...]]] = {}
    for k in keys:
        if k.source not in skip:
            stories.setdefault(k.source, {})[k.story] = k.lines
    sources: dict[str, tuple[int, Mapping[int, int]]] = {}
    for source, by_story in stories.items():
        if len(by_story) < MIN_SOURCE_DOCS:
            continue
        counts = Counter(h for lines in by_story.values() for h in lines)
        floor = max(MIN_LINE_DOCS, SHAPED_SHARE * len(by_story))
        lines = {h: n for h, n in counts.items() if n >= floor}
        if lines:
            sources[source] = (len(by_story), lines)
    return Repeated(sources)


def _evidence(source: str, keys: tuple[int, ...], known: Repeated) -> Seen | None:
    """The evidence for a paragraph: by its text, or by the label of a teaser line."""
    found = [known.seen(source, key) for key in keys]
    best = max((s for s in found if s is not None), key=lambda s: s.share, default=None)
    return best if best is not None and best.docs >= MIN_LINE_DOCS else None


# Second-level labels under a country code (bbc.co.uk, abc.net.au): part of the suffix.
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go"})


def self_name(name: str) -> str:
    """How a source may name itself in its copy, compacted: a host's own label, else the name.

    >>> self_name("news.bbc.co.uk"), self_name("edition.cnn.com"), self_name("Harbour Wire")
    ('bbc', 'cnn', 'harbourwire')
    """
    if "." in name and " " not in name:  # a host: the label before its suffix
        labels = name.casefold().split(".")[:-1]
        if len(labels) >= 2 and labels[-1] in _SECOND_LEVEL:  # co.uk, com.au
            labels = labels[:-1]
        name = labels[-1] if labels else name
    return _NOT_WORD.sub("", name.casefold())


def _names(article: Article) -> tuple[str, ...]:
    names = (self_name(n) for n in (article.publisher, article.wire) if n)
    return tuple(n for n in names if len(n) >= 3)


def drop_repeated(article: Article, known: Repeated, keyed: Keyed | None = None) -> Article:
    """The article without the paragraphs its source repeats (each kept as removed text)."""
    source = source_key(article)
    if source is None or not known.sources.get(source, (0, {}))[1]:
        return article
    keyed = keyed_paragraphs(article.body_text) if keyed is None else keyed
    paras = [p for p, _ in keyed]
    names = _names(article)
    found: list[tuple[float, int, Seen, int]] = []  # share, index, evidence, shape
    for i, (text, keys) in enumerate(keyed):
        if keys is None or (i == 0 and is_sentence(text)):
            continue  # the opening paragraph carries the story (unless it is no sentence)
        seen = _evidence(source, keys, known)
        need = None if seen is None else needed_score(seen.share)
        if seen is None or need is None or (is_dateline(text) and is_sentence(text)):
            continue  # a dateline opens a paragraph of the story
        # Template sits at the edges: after the opening paragraph or at the end.
        edge = i <= 1 or i >= len(paras) - 2
        score = shape_score(text, edge, names)
        if score >= need:
            found.append((seen.share, i, seen, score))
    budget = MAX_REMOVED_SHARE * len(article.body_text.split())
    shapeless = sum(f[3] < NEAR_COPY_SCORE for f in found)
    if shapeless >= NEAR_COPY_PARAGRAPHS or sum(len(paras[f[1]].split()) for f in found) > budget:
        found = [f for f in found if f[3] >= NEAR_COPY_SCORE]  # a near-copy
    if not found:
        return article
    dropped: dict[int, Seen] = {}
    for _, i, seen, _ in sorted(found, key=lambda f: (-f[0], f[1])):
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


def apply_repetition(
    articles: list[Article], stored: Repeated = NOTHING_REPEATED
) -> tuple[list[Article], list[tuple[Article, Exception]]]:
    """A batch's articles with repeated paragraphs out, each carrying its keys for the counts;
    and the articles a bug in these rules failed on (the clean stage rejects them).

    Evidence: the `stored` counts (earlier runs) for the sources they know; for a source they
    do not know yet (its first night), the counts of this batch's own documents. A line new
    at a known source waits for the next night: today's breaking story repeats its background
    in many of today's stories, and the batch alone cannot tell it from a new promo.
    """
    failed: list[tuple[Article, Exception]] = []
    counted: list[tuple[Article, Keyed]] = []
    for article in articles:
        try:
            keyed = keyed_paragraphs(article.body_text)
            counted.append((replace(article, lines=line_keys(article, keyed)), keyed))
        except Exception as exc:  # a rule bug fails its article, not the batch
            failed.append((article, exc))
    batch = batch_repeated((a.lines for a, _ in counted if a.lines is not None), stored.sources)
    if not stored.sources and not batch.sources:
        return [a for a, _ in counted], failed
    known = Repeated({**batch.sources, **stored.sources})
    done: list[Article] = []
    for article, keyed in counted:
        try:
            done.append(drop_repeated(article, known, keyed))
        except Exception as exc:
            failed.append((article, exc))
    return done, failed
