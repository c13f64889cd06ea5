"""A run of paragraphs a page prints twice is a widget, not its article (pure, on the body).

Templates print their boxes once per screen size (a subscription offer for phones and one for
desktops, a sign-in prompt above and below the text) and a reader sees one of them; a body read
from the HTML holds every copy, whatever class names the boxes have. An article does not say
the same two paragraphs twice in a row twice over: a pull quote repeats one paragraph (which
stays), an interview repeats a question with a different answer (which stays). So every copy
of a run of two or more paragraphs that the body holds more than once goes, unless the copies
are most of the body (the whole article printed twice, as in a print view): then the first
copy stays. Table rows are left alone (a table repeats its header row), and so is a label with
what it introduces ("Specs:", "Temp rating: 15°F": two products may share a figure).

>>> story = "A sentence of the story, and then another one after it."
>>> repeated_paragraphs([story, "Subscribe now", "Cancel any time", story + " More.",
...                      "Subscribe now", "Cancel any time", "Quote.", story, "Quote."])
[1, 2, 4, 5]
"""

from __future__ import annotations

import re
from collections import defaultdict

from wirecopy.schemas.records import RemovedFragment
from wirecopy.tasks.html.rules import MAX_FRAGMENT_CHARS, MAX_FRAGMENTS
from wirecopy.tasks.rule_switches import fire, is_on, register

register("body", ("repeated_block",))  # a run of paragraphs the body holds twice is a widget

# Repeated runs holding more than this share of the body's characters are the article printed
# twice, not a box: the later copies go and the first stays.
_MAX_BOX_SHARE = 0.5
# A table row as the body writes it ("| a | b |"), and a label introducing the next paragraph.
_TABLE_ROW = re.compile(r"\s*\|")
_LABEL_END = ":"
_SPACE = re.compile(r"\s+")
_STOPS = ".!?…。 "


def _key(block: str) -> str:
    """A paragraph as compared: case and spacing folded, and its closing stop (a template's
    copies of a box differ in that: "… with one account." and "… with one account")."""
    return _SPACE.sub(" ", block).strip().casefold().rstrip(_STOPS)


def repeated_paragraphs(blocks: list[str]) -> list[int]:
    """Indexes of the paragraphs that go: every copy of a run repeated in the body (the later
    copies only when the runs are most of the body)."""
    keys = [None if _TABLE_ROW.match(b) else _key(b) or None for b in blocks]
    starts: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
    for i in range(len(keys) - 1):
        first, second = keys[i], keys[i + 1]
        if first is not None and second is not None and not first.endswith(_LABEL_END):
            starts[(first, second)].append(i)
    every = {j for at in starts.values() if len(at) > 1 for i in at for j in (i, i + 1)}
    if not every:
        return []
    share = sum(len(blocks[i]) for i in every) / max(1, sum(map(len, blocks)))
    if share <= _MAX_BOX_SHARE:
        return sorted(every)
    # The article printed twice: each of its paragraphs stays where it is first printed.
    seen: set[str | None] = set()
    later = []
    for i in sorted(every):
        if keys[i] in seen:
            later.append(i)
        seen.add(keys[i])
    return later


def drop_repeated_paragraphs(blocks: list[str], removed: list[RemovedFragment]) -> list[str]:
    """The body without the runs it repeats; each paragraph that went is recorded in removed."""
    if not is_on("repeated_block"):
        return blocks
    gone = set(repeated_paragraphs(blocks))
    if not gone:
        return blocks
    fire("repeated_block")
    room = max(0, MAX_FRAGMENTS - len(removed))
    removed.extend(
        RemovedFragment(kind="repeated", rule="repeated_block", text=blocks[i][:MAX_FRAGMENT_CHARS])
        for i in sorted(gone)[:room]
    )
    return [b for i, b in enumerate(blocks) if i not in gone]
