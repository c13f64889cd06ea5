"""The shape of a promo or disclaimer line, read from its form rather than its words (issue 16).

A list of phrases is always one phrase short; the form of a promo is not: it points somewhere
else (a link, an address, a handle), speaks to the reader (second person), names its own outlet,
wears a label ("WATCH:") or brackets, is no sentence, or sits at an edge of the copy. One such
feature is common in real text too, so tasks/cleaning/repetition.py asks for two (or one strong
one plus repetition); these are evidence, never a verdict on their own.
"""

from __future__ import annotations

import re
import unicodedata

# Somewhere else to go: a URL, a bare domain with a common or two-letter country TLD, an
# e-mail address, a social handle or a hashtag.
LINK = re.compile(
    r"https?://|\bwww\.|\b[\w.+-]+@[\w-]+\.[a-z]{2,}\b|(?<![\w@])@[A-Za-z_]\w{1,}|"
    r"(?<![\w&])#[^\W\d]\w+|"
    r"\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|info|io|co|news|tv|fm|app|[a-z]{2})"
    r"(?:/[^\s)]*)?(?![\w.-]*\w)",
    re.IGNORECASE,
)
# Speaking to the reader: second-person pronouns, a closed grammatical class (English, German,
# French, Spanish, Portuguese, Dutch); ambiguous forms (German "Sie", Dutch "u") are left out.
ADDRESS = re.compile(
    r"\b(you|your|yours|yourself|yourselves|you're|you'll|you've|you'd|dich|dir|dein|deine|"
    r"deinen|deinem|deiner|euch|euer|eure|vous|votre|vos|toi|usted|ustedes|você|vocês|jij|"
    r"jouw)\b",
    re.IGNORECASE,
)
# "WATCH:", "Editor's note:", "MORE FROM US:": a short label opening the line.
_LABEL = re.compile(r"^(?P<label>[^\W\d][^:.!?\n]{0,38}?)\s*:\s+\S")
LABEL_MAX_WORDS = 4
# The whole line in brackets or Markdown emphasis.
ENCLOSED = re.compile(r"^(\(.*\)|\[.*\]|\*.*\*|_.*_)$", re.DOTALL)
# A sentence ends in a full stop, ! or ? (a closing quote or bracket may follow).
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
# "WASHINGTON (Reuters) -", "KYIV, Ukraine (AP) —", "NEW DELHI:": a dateline opening the copy.
_DATELINE = re.compile(r"^[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3}(?:,|\s*[-–—:(])")

_NOT_WORD = re.compile(r"[\W_]+")


def is_sentence(text: str) -> bool:
    """True when the line ends like a sentence.

    >>> is_sentence("He said it was over."), is_sentence("WATCH: Floods in the valley")
    (True, False)
    """
    # The end is in the last few characters: searching only those keeps this O(1).
    return bool(_SENTENCE_END.search(text.rstrip()[-8:]))


def is_dateline(text: str) -> bool:
    """True when the line opens with a dateline (an upper-case place, then a comma or dash).

    >>> is_dateline("KYIV, Ukraine (AP) — Russia said"), is_dateline("Kyiv said on Monday")
    (True, False)
    """
    return bool(_DATELINE.match(text.strip()))


def label_of(text: str) -> str | None:
    """The short label opening a line ("MORE FROM US" in "MORE FROM US: Floods …"), or None.

    >>> label_of("MORE FROM US: Floods hit the valley"), label_of("He said: no")
    ('MORE FROM US', None)
    """
    m = _LABEL.match(text.strip())
    if m is None:
        return None
    label = m["label"].strip()
    words = label.split()
    # "He said: …" is speech, not a label: a label is a name or a capitalised word run.
    if len(words) > LABEL_MAX_WORDS or not (label.isupper() or words[0][:1].isupper()):
        return None
    if len(words) > 1 and not label.isupper() and words[-1].casefold() in _SPEECH:
        return None
    return label


# Verbs of speech that make "X said: …" a quote rather than a label.
_SPEECH = frozenset({"said", "says", "added", "told", "asked", "wrote", "warned", "stated"})


def names_itself(text: str, names: tuple[str, ...]) -> bool:
    """True when the line names its own outlet (names compacted: 'bangkokpost')."""
    if not names:
        return False
    compact = _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())
    return any(name in compact for name in names)


def shape_score(text: str, edge: bool, names: tuple[str, ...]) -> int:
    """Promo/disclaimer evidence of a line: 2 for a link or reader address, 1 for each of
    its own outlet's name, a label, brackets or emphasis, no sentence, a place at an edge of
    the copy (`edge`: right after the opening paragraph or at the end).

    >>> shape_score("Get our digest in your inbox: example.com/digest", False, ())
    5
    >>> shape_score("The company did not respond to a request for comment.", True, ())
    1
    """
    line = text.strip()
    score = 2 * bool(LINK.search(line)) + 2 * bool(ADDRESS.search(line))
    score += names_itself(line, names)
    score += label_of(line) is not None
    score += bool(ENCLOSED.match(line))
    score += not is_sentence(line)
    score += edge
    return score
