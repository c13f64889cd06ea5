"""Other stories served on the page below its own are not its body (a tree transform).

Pages that load the next article as the reader scrolls often serve the first one or two in the
HTML: each story in a wrapper of its own, headed by its own <h1>, written like the page's story.
Read as one page, the body runs on into the next story, and an extractor may even take the
next story for the article. A page's story is the one headed by a title it declares (og:title,
JSON-LD headline, <title>), or failing that by its first <h1>; another part of the page headed
by an <h1> of another title, holding paragraphs of its own, is another story and leaves the
tree before anything reads it. Nothing is done unless the page's own headline heads a part of
the page that holds its paragraphs: an article that uses <h1> for its sections (as HTML5's
outline allowed) has its title alone in its header, and its sections stay.

>>> import lxml.html
>>> text = "<p>A sentence of the story that goes on and on.</p>" * 12
>>> story = "<div><h1>{}</h1>" + text + "</div>"
>>> tree = lxml.html.fromstring(story.format("Quay opens") + story.format("Budget passes"))
>>> [el.find("h1").text for el in other_stories(tree, ["Quay opens"])]
['Budget passes']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

import lxml.html

from wirecopy.schemas.records import RemovedFragment
from wirecopy.tasks.html.body import paragraph_text_chars, record_removed
from wirecopy.tasks.html.page import PageBundle, folded
from wirecopy.tasks.rule_switches import fire, is_on, register

register("body", ("other_stories",))  # a part headed by another story's <h1> is not the body

# A story holds at least this many characters of paragraphs (<p>) besides its headline: a
# teaser or a box headed by an <h1> ("Most read") holds less.
_MIN_STORY_CHARS = 500
# The elements whose text a reading of the page writes as a block of its own.
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption")
# Headlines this short (folded) say too little to tell one story from another.
_MIN_HEADLINE_CHARS = 8
# A headline is the declared title when one holds the other and the shorter is at least this
# share of the longer (a kicker before it, a site name after it), or when they share at least
# this many words and this share of the longer one's (an SEO variant of the title).
_MIN_TITLE_SHARE = 0.6
_MIN_SHARED_WORDS = 3
_MIN_WORD_SHARE = 0.8
# More <h1>s than this: an index or a hostile page, not a story with the next one below it.
_MAX_HEADS = 50
_WORD = re.compile(r"\w+")


def declared_titles(bundle: PageBundle, title: str | None) -> tuple[list[str], list[str]]:
    """The headlines the page declares for itself: those of its <head> (the extracted title,
    og:title, twitter:title, <title>), then its JSON-LD headline, which a page serving several
    stories may declare for each (an <h1> often prints an SEO variant of one of them)."""
    title_el = bundle.tree.find(".//head/title")
    heads = [
        title,
        bundle.meta.get("og:title"),
        bundle.meta.get("twitter:title"),
        title_el.text_content() if title_el is not None else None,
    ]
    structured = [bundle.article.get("headline")]
    return _texts(heads), _texts(structured)


def _texts(values: list[object]) -> list[str]:
    """The non-blank strings among values."""
    return [v for v in values if isinstance(v, str) and v.strip()]


def other_stories(
    tree: lxml.html.HtmlElement, titles: Iterable[str], structured: Iterable[str] = ()
) -> list[lxml.html.HtmlElement]:
    """The parts of the page holding other stories than its own, in order.

    The page's own story is headed by one of its declared titles (those of its <head> first,
    then its structured data's); when no <h1> prints one, it is the first <h1> of the page, if
    that heads a part holding paragraphs, and the other stories are only parts of the same tag
    and class as it (the same template serving the next article). Inside one <article> with
    the page's story, too, only such a repeated part is another story: a part of its own kind
    there is a section of the article (an <h1> per section, as HTML5's outline allowed). A part
    headed by a title of the page's <head> is the page's and stays. A page of more than
    _MAX_HEADS headlines is no story page.
    """
    page_titles = _headlines(titles)
    heads = [h for h in tree.iter("h1") if len(folded(h.text_content())) >= _MIN_HEADLINE_CHARS]
    if not 2 <= len(heads) <= _MAX_HEADS:
        return []
    # How many headlines each element holds: a story's part holds its own alone.
    held: dict[lxml.html.HtmlElement, int] = {}
    for head in heads:
        for el in (head, *head.iterancestors()):
            held[el] = held.get(el, 0) + 1
    parts = [(_part(head, held), _Headline.of(head.text_content())) for head in heads]
    own: lxml.html.HtmlElement | None = None
    for want in (*page_titles, *_headlines(structured)):
        titled = {part for part, headline in parts if headline.prints(want)}
        if len(titled) > 1:
            return []  # two parts headed by the page's title: nothing tells them apart
        if titled:
            own = titled.pop()
            break
    alike = own is None
    own = parts[0][0] if own is None else own
    if paragraph_text_chars(own) < _MIN_STORY_CHARS:
        return []
    return [
        part
        for part, headline in parts
        if part is not own
        and not any(headline.prints(want) for want in page_titles)
        and (_same_template(own, part) or not (alike or _one_article(own, part)))
        and paragraph_text_chars(part) >= _MIN_STORY_CHARS
    ]


@dataclass(frozen=True, slots=True)
class _Headline:
    """A headline as compared: its letters and digits, and its set of words."""

    letters: str
    words: frozenset[str]

    @classmethod
    def of(cls, text: str) -> _Headline:
        """The headline of a text."""
        words = frozenset(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))
        return cls(folded(text), words)

    def prints(self, title: _Headline) -> bool:
        """One holds the other (a kicker before, a site name after it), or they share most of
        their words (an SEO variant: "Julian Assange: Sweden drops rape investigation")."""
        short, long = sorted((self.letters, title.letters), key=len)
        if short and short in long and len(short) >= _MIN_TITLE_SHARE * len(long):
            return True
        shared = len(self.words & title.words)
        most = max(len(self.words), len(title.words))
        return shared >= _MIN_SHARED_WORDS and shared >= _MIN_WORD_SHARE * most


def _headlines(titles: Iterable[str]) -> list[_Headline]:
    """The titles long enough to tell one story from another."""
    found = [_Headline.of(t) for t in titles]
    return [h for h in found if len(h.letters) >= _MIN_HEADLINE_CHARS]


def _same_template(own: lxml.html.HtmlElement, part: lxml.html.HtmlElement) -> bool:
    """Two parts of one tag and class: the template that serves the page's story, repeated."""
    return (part.tag, part.get("class")) == (own.tag, own.get("class"))


def _one_article(own: lxml.html.HtmlElement, part: lxml.html.HtmlElement) -> bool:
    """Both parts are inside one <article>: sections of it, not two stories."""
    around = set(own.iterancestors())
    common = next((a for a in part.iterancestors() if a in around), None)
    return common is not None and any(a.tag == "article" for a in (common, *common.iterancestors()))


def _part(
    head: lxml.html.HtmlElement, held: dict[lxml.html.HtmlElement, int]
) -> lxml.html.HtmlElement:
    """The largest part of the page holding this headline and no other."""
    part = head
    for el in head.iterancestors():
        if held.get(el, 0) > 1 or el.tag in ("body", "html"):
            break
        part = el
    return part


@dataclass(slots=True)
class NotTheStory:
    """What left the tree as not the page's story (another story, reader comments): the
    fragments to record, and their blocks (folded), which a reading of the unpruned page (the
    recall net's fallback) must leave out too."""

    removed: list[RemovedFragment] = field(default_factory=list)
    paragraphs: set[str] = field(default_factory=set)

    def drop(self, part: lxml.html.HtmlElement, kind: str, rule: str) -> None:
        """Record a part of the page and its blocks, and remove it from the tree."""
        fire(rule)
        record_removed(self.removed, kind, rule, part)
        self.paragraphs.update(folded(el.text_content()) for el in part.iter(*_BLOCKS))
        self.paragraphs.discard("")
        part.drop_tree()

    def without(self, blocks: list[str]) -> list[str]:
        """The blocks that are not paragraphs of a part that left the page."""
        if not self.paragraphs:
            return blocks
        return [b for b in blocks if folded(b) not in self.paragraphs]


def drop_other_stories(bundle: PageBundle, title: str | None) -> NotTheStory:
    """Remove the other stories from the page's tree in place; say what went."""
    dropped = NotTheStory()
    if not is_on("other_stories"):
        return dropped
    for part in other_stories(bundle.tree, *declared_titles(bundle, title)):
        dropped.drop(part, "related", "other_stories")
    return dropped
