"""Typed records passed between the pipeline stages (fetch → parse → clean → load)."""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # the HTTP attempt record lives with the fetcher that makes it
    from wirecopy.tasks.http.models import FetchOutcome

# Where an input was rejected; "transform" is a parse/clean worker process that died on it.
Stage = Literal["discover", "fetch", "parse", "clean", "transform", "load"]
ImageRole = Literal["lead", "inline"]
# "wire": one item of an agency wire file (NITF, NewsML, ninjs, IPTC 7901, feeds).
InputFormat = Literal["markdown", "text", "html", "wire"]


@dataclass(frozen=True, slots=True)
class SourceRef:
    """One input found by discovery: an absolute path or URL, with file stats when local."""

    uri: str
    size: int | None = None
    mtime_ns: int | None = None


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Bytes read from one input, with the hash used for change detection."""

    source_uri: str
    data: bytes
    sha256: str
    size: int
    mtime_ns: int | None = None
    # Charset from the HTTP response (or None: decoded by content, UTF-8 else cp1252).
    encoding: str | None = None


@dataclass(frozen=True, slots=True)
class Reject:
    """Why one input did not become an article; the run goes on."""

    source_uri: str
    stage: Stage
    reason: str
    detail: str = ""
    # True when a later run may succeed (timeouts, 5xx); False when it will not (404, bad YAML).
    retryable: bool = False


@dataclass(frozen=True, slots=True)
class RemovedFragment:
    """A piece of text taken out of the body, with the rule that took it."""

    kind: str
    rule: str
    text: str
    # Rule repeated-line (tasks/cleaning/repetition.py): seen in `seen_docs` of `source_docs`
    # documents of the article's source. None for every other rule.
    seen_docs: int | None = None
    source_docs: int | None = None


@dataclass(frozen=True, slots=True)
class CreditSplit:
    """A caption with its photo credits split out."""

    caption: str
    credits: tuple[str, ...] = ()

    @property
    def credit(self) -> str | None:
        """All credits as one display string, or None."""
        return "; ".join(self.credits) if self.credits else None


@dataclass(frozen=True, slots=True)
class CreditPart:
    """One photo credit split into who took the picture and the agency it came from."""

    credit: str
    photographer: str | None = None
    # The agency the publisher got the picture from (for "X via Getty Images": Getty Images).
    agency: str | None = None
    # The agency that took it, when another distributes it ("AFP via Getty Images": AFP).
    origin_agency: str | None = None


@dataclass(slots=True)
class Image:
    """An image of an article: lead (front matter / og:image) or inline, in page order."""

    url: str
    role: ImageRole = "inline"
    alt_text: str | None = None
    caption: str | None = None
    credits: tuple[str, ...] = ()


@dataclass(slots=True)
class Caption:
    """A photo caption with its credit; image_url is None when no image is linked."""

    caption_text: str
    credit: str | None = None
    image_url: str | None = None
    credits: tuple[str, ...] = ()
    # Filled by the clean stage from `credits` (tasks/cleaning/credit_parts.py).
    photographer: str | None = None
    agency: str | None = None
    parts: tuple[CreditPart, ...] = ()


@dataclass(frozen=True, slots=True)
class Release:
    """Where a wire item stands among its agency's versions: withdrawn, embargoed, which version.

    Inputs that are not wire items have none of it (all defaults).
    """

    withdrawn: bool = False
    pub_status: str | None = None  # IPTC pubStatus: usable, withheld or canceled
    embargoed_until: datetime | None = None
    version: str | None = None  # the agency's version (G2 version, NewsML 1 revision, ...)
    version_created: datetime | None = None


@dataclass(slots=True)
class HtmlPage:
    """Everything the HTML extractor reads from one page (one parse, shared by all extractors)."""

    title: str | None = None
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    published_at: datetime | None = None
    modified_at: datetime | None = None
    language: str | None = None
    section: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    removed: list[RemovedFragment] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


BlockKind = Literal["para", "heading", "image"]


@dataclass(slots=True)
class Block:
    """One block of a text or Markdown body: a paragraph, a heading, or an image."""

    text: str
    kind: BlockKind = "para"
    image: Image | None = None
    # Markdown set the whole paragraph in emphasis ("*Ságat er en uavhengig dagsavis …*"): the
    # form an editor's note takes under the story.
    emphasis: bool = False


@dataclass(slots=True)
class ParsedDocument:
    """A document after parse: metadata and body blocks, before the cleaning rules run."""

    source_uri: str
    sha256: str
    format: InputFormat
    metadata: dict[str, Any]
    title: str | None
    blocks: list[Block]
    images: list[Image] = field(default_factory=list)
    removed: list[RemovedFragment] = field(default_factory=list)
    html: HtmlPage | None = None
    release: Release | None = None  # wire items only


@dataclass(frozen=True, slots=True)
class LineKeys:
    """What one article adds to its source's line counts (cleaning/repetition.py, line_stats.py)."""

    source: str  # publisher (host or agency), else wire
    story: int  # hash of the normalised headline: a story counts once
    lines: tuple[int, ...]  # hashes of its distinct candidate paragraphs (and teaser labels)


@dataclass(slots=True)
class Article:
    """One clean article with its child rows, ready to load."""

    article_id: str
    source_uri: str
    origin_url: str | None
    publisher: str | None
    wire: str | None
    title: str | None
    description: str | None
    category: str | None
    language: str | None
    published_at: datetime | None
    body_text: str
    word_count: int
    content_sha256: str
    metadata: dict[str, Any]
    authors: list[str] = field(default_factory=list)
    modified_at: datetime | None = None
    images: list[Image] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    removed: list[RemovedFragment] = field(default_factory=list)
    release: Release = Release()
    # SHA-256 of the clean title and body: the same text from several inputs (not an id).
    text_sha256: str | None = None
    # Its paragraphs' keys for the source's line counts (set by the clean stage).
    lines: LineKeys | None = None


@dataclass(slots=True)
class StageResult:
    """What a batch stage returns: the records that went on, and the rejects."""

    items: list[Any] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)


SourceStatus = Literal["loaded", "rejected", "unchanged", "gone"]
SourceRole = Literal["input", "origin"]


@dataclass(frozen=True, slots=True)
class SourceState:
    """What the database remembers about one input (the `sources` table)."""

    size: int | None
    mtime_ns: int | None
    sha256: str | None
    article_id: str | None
    status: str
    etag: str | None = None
    last_modified: str | None = None
    rules_version: str | None = None
    retryable: bool | None = None


@dataclass(frozen=True, slots=True)
class SourceTouch:
    """An input whose bookkeeping row must be written: stat, hash, outcome, HTTP validators."""

    ref: SourceRef
    sha256: str | None
    status: SourceStatus
    article_id: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    role: SourceRole = "input"
    # Every article the input produced (a wire file may hold several); article_id is the first.
    article_ids: tuple[str, ...] = ()
    # A rejected input whose same bytes may load later (a lost worker), so it is read again.
    retryable: bool = False


@dataclass(slots=True)
class ReadResult:
    """A fetched batch: documents to parse, inputs known unchanged, rejects, HTTP attempts."""

    documents: list[RawDocument] = field(default_factory=list)
    touches: list[SourceTouch] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    fetches: list[FetchOutcome] = field(default_factory=list)
    # HTTP validators of fetched documents, by URI: (etag, last_modified).
    validators: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    # Raw-store writes started at fetch time; the load waits for them before COMMIT.
    landed: list[Future[None]] = field(default_factory=list)


@dataclass(slots=True)
class LoadCounts:
    """Per-input outcome counts of one batch or run."""

    seen: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0

    def add(self, other: LoadCounts) -> None:
        """Accumulate another batch's counts."""
        self.seen += other.seen
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.rejected += other.rejected
