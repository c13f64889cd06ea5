"""Reader comments a page declares in schema.org microdata are not its body (a tree transform).

Comment threads are prose: a long thread under a short article reads like more of it, and
whether an extractor leaves it out depends on its class names ("comment-list"), which differ
by template and language. A page that marks its comments up as schema.org microdata (a
`Comment` or `UserComments` item, or the `comment` property of the article) says what they
are in words no template renames; those parts leave the tree before anything reads it. A
marked part that holds the page's headline or its `articleBody` is not a comment: it stays.

>>> import lxml.html
>>> tree = lxml.html.fromstring(
...     "<div><article><h1>Quay opens</h1><p>The story.</p></article>"
...     "<div class='x1'><div itemscope itemtype='https://schema.org/Comment'>"
...     "<p>Great read!</p></div></div></div>")
>>> [el.text_content() for el in declared_comments(tree)]
['Great read!']
"""

from __future__ import annotations

from itertools import chain

import lxml.html
from lxml import etree

from wirecopy.tasks.html.stories import NotTheStory
from wirecopy.tasks.rule_switches import is_on, register

register("body", ("comment_microdata",))  # a part marked as a schema.org Comment is not the body

# The schema.org types of a reader's comment (UserComments is the older name of Comment; its
# subtypes Answer and CorrectionComment are content and are not listed), and the property that
# holds an article's comments.
_COMMENT_TYPES = frozenset({"comment", "usercomments"})
_COMMENT_PROPERTY = "comment"
# Written from the attributes up (their elements are their parents): a predicate on every
# element of the page was 7x slower in libxml2, for the same elements in document order.
_CANDIDATES = etree.XPath(
    "//@itemtype[contains(., 'omment')]/.. | //@itemprop[contains(., 'comment')]/..",
    smart_strings=False,
)
# What a comment never holds: the page's headline or its marked body.
_STORY_MARKS = etree.XPath(
    "//h1 | //*[contains(concat(' ', normalize-space(@itemprop), ' '), ' articleBody ')]"
)
# A paragraph of the story is at least this long (a comment thread's page holds one outside it).
_STORY_PARAGRAPH_CHARS = 80
# The page itself is never a comment (a permalink page of one comment is the page's text).
_NOT_COMMENTS = frozenset({"html", "body"})


def is_marked_comment(el: lxml.html.HtmlElement) -> bool:
    """The element is marked as a comment, or as the comments, by schema.org microdata."""
    types = (el.get("itemtype") or "").split()
    if any(t.rstrip("/").rpartition("/")[2].casefold() in _COMMENT_TYPES for t in types):
        return any("schema.org/" in t.casefold() for t in types)
    return _COMMENT_PROPERTY in (el.get("itemprop") or "").split()


def declared_comments(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The outermost elements marked as reader comments that hold nothing of the story, in
    document order. Linear in the page: the story's holders are marked once, from the
    headline and the marked body up, and a comment's descendants once when it is taken."""
    candidates = [
        el
        for el in _CANDIDATES(tree)
        if el.tag not in _NOT_COMMENTS and el.getparent() is not None and is_marked_comment(el)
    ]
    if not candidates:
        return []
    story: set[lxml.html.HtmlElement] = set()
    for mark in _STORY_MARKS(tree):
        for el in chain((mark,), mark.iterancestors()):
            if el in story:
                break
            story.add(el)
    found: list[lxml.html.HtmlElement] = []
    inside: set[lxml.html.HtmlElement] = set()
    for el in candidates:
        if el in inside or el in story:
            continue
        found.append(el)
        inside.update(el.iterdescendants())
    return found


def drop_declared_comments(tree: lxml.html.HtmlElement, dropped: NotTheStory) -> None:
    """Remove the comments the page declares from its tree in place; record them in dropped.

    Not when they hold every paragraph of prose the page has: a page with nothing to comment
    on beside them has its story marked as a comment (its headline outside the mark).
    """
    if not is_on("comment_microdata"):
        return
    found = declared_comments(tree)
    if not found:
        return
    within: set[lxml.html.HtmlElement] = set()
    for el in found:
        within.update(el.iter("p"))
    if not any(p not in within and _is_prose(p) for p in tree.iter("p")):
        return
    for el in found:
        dropped.drop(el, "comments", "comment_microdata")


def _is_prose(p: lxml.html.HtmlElement) -> bool:
    """A paragraph of some length (read no further than that)."""
    chars = 0
    for piece in p.itertext():
        chars += len(piece.strip())
        if chars >= _STORY_PARAGRAPH_CHARS:
            return True
    return False
