"""Canonical forms of categories and language codes, so that one value means one thing.

Pure. The category form (documented in the table contract): lower case, single spaces, '&'
written 'and', path levels joined by ' / ' with site roots ('Home', 'News') dropped, a slug's
hyphens read as spaces, and a few obvious synonyms folded. Wire formats that carry IPTC subject
or media-topic codes instead of a category get the name of the code's top-level topic.

>>> canonical_category("  AGRICULTURE ")
'agriculture'
>>> canonical_category("News > World News")
'world'
>>> canonical_category(None, [{"code": "medtop:15000000"}])
'sport'
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from babel import Locale, localedata

from wirecopy.schemas.wire import TOPIC_KINDS

# Levels of a section path: "News > World", "Business / Markets", "Sport › Football".
_LEVELS = re.compile(r"\s*(?:>|›|»|\||\s/\s|/)\s*")
# Root levels every page of a site has; they say nothing about the category.
_ROOTS = frozenset({"home", "homepage", "news", "start", "startseite", "inicio", "accueil"})
# A slug ("real-estate", "us_news"): one word with hyphens or underscores and no spaces.
_SLUG = re.compile(r"^[^\s]+[-_][^\s]+$")
_SPACES = re.compile(r"\s+")
# "World News", "Business News": the word "news" after a section name adds nothing.
_NEWS_SUFFIX = re.compile(r"(?<=\S)\s+news$")
# Obvious synonyms, after folding: the same section under another name.
SYNONYMS: dict[str, str] = {
    "sports": "sport",  # plural and singular both name the sport section
    "tech": "technology",  # the short form of the section name
    "sci tech": "science and technology",
    "science and tech": "science and technology",
    "biz": "business",
    "opinions": "opinion",
    "op ed": "opinion",
    "op eds": "opinion",
}

# IPTC top-level topics by their 8-digit code. Media Topics (medtop:) superseded the Subject
# Codes (subj:) and kept their top-level numbers, so one table serves both; a detailed code
# ("15008000") counts under its top level ("15000000").
IPTC_TOP_LEVEL: dict[str, str] = {
    "01": "arts, culture, entertainment and media",
    "02": "crime, law and justice",
    "03": "disaster, accident and emergency incident",
    "04": "economy, business and finance",
    "05": "education",
    "06": "environment",
    "07": "health",
    "08": "human interest",
    "09": "labour",
    "10": "lifestyle and leisure",
    "11": "politics",
    "12": "religion",
    "13": "science and technology",
    "14": "society",
    "15": "sport",
    "16": "conflict, war and peace",
    "17": "weather",
}
# An IPTC numeric code in any spelling: "medtop:15000000", "subj:15008000", "IPTC:04000000",
# "http://cv.iptc.org/newscodes/mediatopic/11000000".
_IPTC_CODE = re.compile(r"(?:^|[:/])(?P<top>\d{2})\d{6}$")


def _fold_level(level: str) -> str:
    # One step can expose what another removes ("x_'" → "x '"), so the steps repeat until
    # nothing changes: folding a folded category gives it back (a tested property).
    text = level
    for _ in range(8):  # in practice two rounds; bounded all the same
        previous = text
        # Any whitespace (also NEL, NBSP) as a space first, so the quotes and stops around a
        # level are stripped whatever spaces stand between them.
        text = _SPACES.sub(" ", text).strip(" \"'“”‘’.,;:-")
        if _SLUG.match(text):
            text = re.sub(r"[-_]+", " ", text)
        text = _SPACES.sub(" ", text.replace("&", " and ")).strip().lower()
        text = _NEWS_SUFFIX.sub("", text)
        text = SYNONYMS.get(text, text)
        if text == previous:
            break
    return text


def fold_category(raw: str) -> str | None:
    """The canonical form of a category string, or None when nothing is left.

    >>> fold_category("Arts & Entertainment")
    'arts and entertainment'
    >>> fold_category("Home | Business/Markets")
    'business / markets'
    """
    text = unicodedata.normalize("NFKC", raw)
    levels = [_fold_level(level) for level in _LEVELS.split(text)]
    levels = [level for level in levels if level]
    while len(levels) > 1 and levels[0] in _ROOTS:
        levels.pop(0)
    return " / ".join(levels) or None


def iptc_topic(code: str, names: Mapping[str, str] = IPTC_TOP_LEVEL) -> str | None:
    """The top-level topic name of an IPTC subject or media-topic code, if `names` has it."""
    m = _IPTC_CODE.search(code.strip())
    return names.get(m["top"]) if m else None


def _subject_names(subjects: Iterable[Any], names: Mapping[str, str]) -> Iterable[str]:
    """Names of subjects given as codes, {'code', 'name'} mappings or (code, name) pairs."""
    for subject in subjects:
        if isinstance(subject, Mapping):
            if subject.get("kind") not in TOPIC_KINDS:
                continue  # a person, place or organisation the story is about
            code, name = subject.get("code"), subject.get("name")
        elif isinstance(subject, (tuple, list)) and len(subject) == 2:
            code, name = subject
        else:
            code, name = subject, None
        topic = iptc_topic(str(code), names) if code else None
        if topic or name:
            yield str(topic or name)


def canonical_category(
    raw: Any,
    subjects: Iterable[Any] = (),
    names: Mapping[str, str] = IPTC_TOP_LEVEL,
) -> str | None:
    """The category in canonical form: the source's own first, else its first subject's topic.

    `raw` may be a string or a list (the first usable entry is the primary category);
    `subjects` are IPTC codes, and `names` maps a code's top-level number to a topic name.
    """
    candidates = raw if isinstance(raw, list) else [raw]
    for value in candidates:
        if value is not None and (folded := fold_category(str(value))):
            return folded
    for name in _subject_names(subjects or (), names):
        if folded := fold_category(name):
            return folded
    return None


# BCP 47 subtags: language (2-3 letters), optional script (4 letters), region (2 letters or
# 3 digits), then anything else.
_LANGUAGE_TAG = re.compile(
    r"^(?P<lang>[a-z]{2,3})(?:-(?P<script>[a-z]{4}))?(?:-(?P<region>[a-z]{2}|\d{3}))?"
    r"(?P<rest>(?:-[a-z0-9]{1,8})*)$"
)


def canonical_language(raw: Any) -> str | None:
    """A language tag in BCP 47 case ('EN' → 'en', 'en_us' → 'en-US'); else as given.

    >>> canonical_language("pt_br")
    'pt-BR'
    """
    if raw is None:
        return None
    text = str(raw).strip().replace("_", "-")
    # (a name of three letters or more written as a name, "Lao", "Ewe", is the language's name
    # before it is a code; "Ga", two letters, is Irish's tag in capitals)
    if (
        len(text) >= _NAMED_MIN_CHARS
        and text.istitle()
        and (tag := _language_names().get(text.casefold()))
    ):
        return tag
    m = _LANGUAGE_TAG.match(text.lower())
    if m is None:
        # A language named in words, as CMS exports write it ("language: Russian",
        # "lang: Deutsch"): its tag, from the CLDR's names (English and the language's own).
        return _language_names().get(text.casefold()) or text or None
    tag = m["lang"]
    if m["script"]:
        tag += "-" + m["script"].title()
    if m["region"]:
        tag += "-" + m["region"].upper()
    return tag + m["rest"]


_NAMED_MIN_CHARS = 3
# Names the CLDR spells otherwise or not at all, as CMS fields write them.
_OTHER_NAMES = {
    "bengali": "bn",
    "farsi": "fa",
    "bahasa indonesia": "id",
    "bahasa melayu": "ms",
    "kirghiz": "ky",
    "moldavian": "ro",
    "moldovan": "ro",
    "chinese (simplified)": "zh-Hans",
    "chinese (traditional)": "zh-Hant",
    "portuguese (brazil)": "pt-BR",
    "portuguese (portugal)": "pt-PT",
    "spanish (mexico)": "es-MX",
    "simplified chinese": "zh-Hans",
    "traditional chinese": "zh-Hant",
    "brazilian portuguese": "pt-BR",
}


@functools.cache
def _language_names() -> dict[str, str]:
    """Language names, in English and in the language itself, to their tags (built once per
    process, ~0.6 s, the first time a value that is no tag or a capitalised one is read)."""
    names = {
        name.casefold(): code
        for code, name in Locale("en").languages.items()
        if "_" not in code and len(code) <= 3
    }
    for code in set(names.values()):
        if localedata.exists(code) and (own := Locale.parse(code).languages.get(code)):
            names.setdefault(own.casefold(), code)
    return {**names, **_OTHER_NAMES}
