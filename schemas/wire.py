"""Typed records for agency wire files (NITF, NewsML-G2, NewsML 1.x, ninjs, IPTC 7901, feeds).

A parser turns one input into a `WireFile`: its text items (each a future article), the items that
are not articles (pictures on their own, video, events, ...) with the reason naming their class,
and for link-only feeds the URLs to fetch. Everything is plain data: no lxml, no JSON trees.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

WireFormat = Literal[
    "nitf", "newsml-g2", "newsml1", "ninjs", "iptc7901", "anpa1312", "atom", "rss", "jsonfeed"
]
# IPTC pubStatus: usable (publish), withheld (hold back for now), canceled (kill/withdrawal).
PubStatus = Literal["usable", "withheld", "canceled"]


@dataclass(frozen=True, slots=True)
class WireImage:
    """A picture that belongs to an item: the best rendition, its caption and credit."""

    url: str
    caption: str | None = None
    credit: str | None = None
    alt: str | None = None
    # "lead" for the first picture of an item, else "inline" (same roles as the images table).
    role: str = "inline"
    # The agency id of the picture item (G2 guid, ninjs uri), when it was a separate item.
    item_id: str | None = None


# Subject kinds that can name a category (None: the format does not say, as most do not).
TOPIC_KINDS = (None, "abstract")


@dataclass(frozen=True, slots=True)
class Subject:
    """A subject code: "scheme:code" (qcode, uri or literal) and its name, either may be absent."""

    code: str | None
    name: str | None
    # What the concept is, when the format says (NewsML-G2 `type`, IPTC concept nature without
    # its scheme: "abstract" for a topic; "person", "organisation", "geoArea", "event", ...).
    kind: str | None = None

    @property
    def is_topic(self) -> bool:
        """A subject that can name a category: a topic, or of no stated kind."""
        return self.kind in TOPIC_KINDS


@dataclass(frozen=True, slots=True)
class WireItem:
    """One text item of a wire file, every field in its own slot, the rest in `extra`."""

    format: WireFormat
    item_id: str | None = None
    version: str | None = None
    version_created: datetime | None = None
    first_created: datetime | None = None
    pub_status: PubStatus = "usable"
    # A kill/withdrawal advisory (pubStatus canceled, "KILL" signals, NITF status); never deleted.
    killed: bool = False
    embargoed_until: datetime | None = None
    item_class: str = "text"
    headline: str | None = None
    subheadline: str | None = None
    authors: tuple[str, ...] = ()
    byline: str | None = None
    slugline: str | None = None
    dateline: str | None = None
    located: str | None = None
    language: str | None = None
    summary: str | None = None
    creditline: str | None = None
    # The delivering agency (provider / source), e.g. "dpa"; becomes articles.wire.
    provider: str | None = None
    copyright_holder: str | None = None
    urgency: int | None = None
    subjects: tuple[Subject, ...] = ()
    keywords: tuple[str, ...] = ()
    ed_note: str | None = None
    signals: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()
    images: tuple[WireImage, ...] = ()
    origin_url: str | None = None
    # Ids of related items (pictures, packages, previous versions) by relation.
    associations: tuple[tuple[str, str], ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def published_at(self) -> datetime | None:
        """When the story was first published: first creation, else this version's time."""
        return self.first_created or self.version_created


@dataclass(frozen=True, slots=True)
class NonArticle:
    """An item of a wire file that is not an article, with the reason naming its class."""

    item_id: str | None
    item_class: str
    reason: str
    headline: str | None = None


@dataclass(frozen=True, slots=True)
class WireFile:
    """Everything parsed from one input: text items, non-article items, URLs to fetch."""

    format: WireFormat
    items: tuple[WireItem, ...] = ()
    non_articles: tuple[NonArticle, ...] = ()
    # Link-only feeds: entry links to fetch (--fetch-origin semantics), in feed order.
    fetch_urls: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
