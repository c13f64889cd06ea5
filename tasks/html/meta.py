"""Page metadata from the parsed bundle: title, authors, dates, language, section, description."""

from __future__ import annotations

import copy
import re
from datetime import datetime
from itertools import islice
from typing import Any

import htmldate
from lxml import etree

from wirecopy.schemas.agencies import canonical_agency
from wirecopy.tasks.dates import parse_datetime
from wirecopy.tasks.html.comments import declared_comments
from wirecopy.tasks.html.page import PageBundle, clean_text
from wirecopy.tasks.rule_switches import fire, is_on, register
from wirecopy.tasks.urls import join_url, url_host

register(
    "meta",
    (
        *("title_og", "title_jsonld", "title_twitter", "title_h1", "title_tag"),
        "title_site_strip",  # site-name, date and byline segments leave the title
        "title_declared_prefix",  # a title another declared title opens, then a separator tail
        *("authors_jsonld", "authors_meta", "authors_article_meta", "authors_byline_markup"),
        "authors_not_site",  # a source naming only the site itself yields to one naming people
        "authors_byline_class",  # the first byline-classed element that holds people's names
        *("date_jsonld", "date_meta", "date_time_element", "date_created", "date_url"),
        "date_htmldate",  # no declared date: htmldate's search of the page's text and elements
    ),
)

# "Jane Doe | Site", "Site - Jane": separators between a headline and the site name in <title>.
# A colon is not one: "Guerre en Ukraine : la Russie…" is a kicker, part of the headline.
# Fullwidth "｜" and the Hangul letter "ㅣ" (Korean titles' bar: "제목ㅣ한국일보") are no word's
# letters there, so they separate even when glued.
_TITLE_SEPARATORS = re.compile(r"\s+[|–—·•»*-]\s+|\s+[|·•»]|[|·•»]\s+|\s*[｜ㅣ]\s*")
# The tail after a headline that another of the page's titles declares alone: "Headline -
# National | Globalnews.ca", "Headline：東京新聞デジタル". A colon counts here (the shorter title
# is the evidence that what follows is not the headline's).
_TAIL_SEPARATOR = re.compile(r"\s*[|｜–—·•»:：-]")
# The shorter title must be most of a headline, not a one-word kicker ("Ukraine: …").
_MIN_PREFIX_CHARS = 20
# "By Jane Doe", "Von Jane Doe", "Por …": byline prefixes in front of author names.
_BY_PREFIX = re.compile(
    r"^\s*(?:by|von|por|par|di|da|door|av|af|z|text:?|autor:?|author:?)\s+", re.I
)
# Names in one string: "Jane Doe and John Roe", "Jane Doe, John Roe", "A & B", "A und B".
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\by\b|\bet\b|\be\b|\bi\b|\ben\b|\bog\b)\s*")
# "/2024/05/03/": a date in the URL path, the last resort for the publication day.
_URL_DATE = re.compile(r"/(20\d{2}|19\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|\b)")
# Meta keys for the publication time, best first (Open Graph, Dublin Core, Parse.ly, Sailthru).
PUBLISHED_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
    "article.published",
    "og:published_time",
    "published_time",
)
MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified")


def _names(value: Any) -> list[str]:
    """Names from a JSON-LD author value (str, object or list of either).

    Organizations are kept: a desk or agency byline ("AFP", "Euronews") is the credited author.
    """
    if isinstance(value, list):
        return [n for item in value for n in _names(item)]
    if isinstance(value, dict):
        return _names(value.get("name"))
    return split_names(clean_text(value))


def split_names(text: str) -> list[str]:
    """'By Jane Doe and John Roe' -> ['Jane Doe', 'John Roe']; URLs and e-mails are dropped."""
    text = _BY_PREFIX.sub("", text)
    names = [n.strip(" .:|") for n in _NAME_SPLIT.split(text)]
    return [n for n in names if n and "://" not in n and "@" not in n and len(n) < 80]


def _squash(text: str) -> str:
    """Letters and digits only, case-folded: 'Taipei Times' and 'taipeitimes' compare equal."""
    return "".join(c for c in text.casefold() if c.isalnum())


def _is_site_segment(part: str, sites: set[str]) -> bool:
    """A title segment naming the site, a date, or the byline ('by Jane Doe')."""
    squashed = _squash(part)
    if not squashed or squashed.isdigit() or _BY_PREFIX.match(part):
        return True
    return any(
        s and (squashed == s or (s in squashed and len(squashed) < len(s) + 12)) for s in sites
    )


def _strip_site_name(title: str, site_names: list[str]) -> str:
    """Drop site-name (date, byline) segments around the headline: 'Headline | DW | 28.04.2023'."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    sites = {_squash(s) for s in site_names if len(_squash(s)) >= 2}
    keep = [p for p in parts if not _is_site_segment(p, sites)]
    if not keep or len(keep) == len(parts):
        return title
    return title[title.find(keep[0]) : title.rfind(keep[-1]) + len(keep[-1])]


def _names_site(name: str, sites: set[str]) -> bool:
    """A byline that is the site's own name ("STERN.de" for stern.de, "Lesotho Times"), or
    holds its address ("Deutsche Welle (www.dw.com)"); a person whose name holds a host's
    label ("Anna Brandt" on br.de, "Stephen Kenny" on en.…) is no site."""
    squashed = _squash(name)
    named = {s for s in sites if s not in _GENERIC_HOST_LABELS}
    return any(
        squashed in (s, f"{s}de", f"{s}com")
        or f"www{s}" in squashed
        # "SPIEGEL ONLINE", "FOCUS Online Redaktion": the site's name and a word or two.
        or (len(s) >= _MIN_SITE_IN_NAME and s in squashed and len(squashed) < len(s) + 12)
        for s in named
    )


# A site's name this long at least is read inside a byline ("SPIEGEL ONLINE"); a short one
# ("br", "ft") only as the whole byline: "Anna Brandt" on br.de is a person.
_MIN_SITE_IN_NAME = 4


# Host labels that name no site: a language, a mobile or news subdomain.
_GENERIC_HOST_LABELS = frozenset(
    {"www", "en", "de", "fr", "es", "it", "m", "mobile", "amp", "news", "edition", "beta"}
)


def _first(*values: object) -> str:
    for value in values:
        text = clean_text(value)
        if text:
            return text
    return ""


def _site_names(bundle: PageBundle) -> list[str]:
    publisher = bundle.article.get("publisher")
    names = [bundle.meta.get("og:site_name", ""), bundle.meta.get("application-name", "")]
    if isinstance(publisher, dict):
        names.append(clean_text(publisher.get("name")))
    host = url_host(bundle.url or "")
    names.append(host.removeprefix("www."))
    names.append(host.removeprefix("www.").split(".")[0])
    return [n for n in names if n]


def extract_title(bundle: PageBundle) -> str | None:
    """Headline: og:title, JSON-LD headline, the h1, then <title>; site-name segments removed.

    og:title first: it is the title the publisher declares for sharing, while JSON-LD headlines
    and h1s often carry SEO variants or kickers (on the dev corpus: og 95, h1 91, JSON-LD 90
    exact matches of 127).
    """
    h1 = bundle.tree.find(".//h1")
    title_el = bundle.tree.find(".//title")
    candidates = {
        "title_og": bundle.meta.get("og:title"),
        "title_jsonld": bundle.article.get("headline"),
        "title_twitter": bundle.meta.get("twitter:title"),
        "title_h1": h1.text_content() if h1 is not None else None,
        "title_tag": title_el.text_content() if title_el is not None else None,
    }
    title = _first_on(candidates)
    if not title:
        return None
    title = _declared_prefix(title, candidates)
    if not is_on("title_site_strip"):
        return title
    stripped = _strip_site_name(title, _site_names(bundle))
    if stripped != title:
        fire("title_site_strip")
    return stripped


def _declared_prefix(title: str, candidates: dict[str, object]) -> str:
    """The shortest other declared title that opens this one before a separator: the rest is
    the site's or section's name, whatever it says ("Headline - National | Globalnews.ca"
    beside a JSON-LD headline "Headline")."""
    if not is_on("title_declared_prefix"):
        return title
    best = title
    for value in candidates.values():
        other = clean_text(value)
        opens = _MIN_PREFIX_CHARS <= len(other) < len(best) and title.startswith(other)
        if opens and _TAIL_SEPARATOR.match(title, len(other)):
            best = other
    if best != title:
        fire("title_declared_prefix")
    return best


def _first_on(candidates: dict[str, object]) -> str:
    """The first non-empty candidate whose rule is on (the rule that gave it fires)."""
    for name, value in candidates.items():
        text = clean_text(value)
        if text and is_on(name):
            fire(name)
            return text
    return ""


# A class or id token naming a byline or the authors' line ("article-byline", "authors",
# "id-StoryElement-authors"); not an author's biography, picture or page of links.
_BYLINE_TOKEN = re.compile(
    r"(?!.*(?:bio|avatar|image|img|photo|pic|follow|more|link|meta|comment))"
    r".*(?:byline|authors?|autor(?:en|in)?|auteurs?|autore?s?)(?:[-_].*)?",
    re.IGNORECASE,
)
_NOT_BYLINE_TAGS = frozenset({"html", "body", "head", "meta", "link", "script", "style", "img"})
# A byline stands over the story, a standfirst before it at most: it is looked for up to the
# second paragraph of this many characters.
_PROSE_CHARS = 150
_PROSE_BEFORE_BYLINE = 2
# Marks between names that are no part of one: footnote numbers, an ellipsis of a cut list.
_FOOTNOTE_MARKS = re.compile(r"(?:^|\s)(?:\d{1,2}|…|\.\.\.|\*)(?=\s|$)")
# A byline is a line: a handful of names.
_MAX_BYLINE_CHARS = 120
# Byline-classed elements looked at per page (an author list page has hundreds).
_MAX_BYLINE_ELEMENTS = 20
# The label before the names: "Von:", "By", "Autorin/Autor", "Text:", "Written by".
_BYLINE_LABEL = re.compile(
    r"^\s*(?:(?:written\s+)?by|von|por|par|di|door|av|af|text|autor(?:in)?(?:/autor)?|author"
    r"|reporter|redaktion)\s*[:：]?\s+",
    re.IGNORECASE,
)
# Words of a byline that are no part of a person's name: roles, desks, the outlet, the
# controls beside the name, months and weekdays (a date line classed "author-date"). Not the
# months and words that are also names ("April Ryan", "May Bulman", "Emily Post", "Anna Mehr").
_NOT_NAME_TEXT = """
    author authors autor autoren autorin auteur auteurs autore our reporter reporters staff
    correspondent editor editors writer writers contributor contributors team desk redaktion
    newsroom news agency online digital follow share folgen senior this photo photos foto
    video january february september october november december monday tuesday wednesday
    thursday saturday sunday januar februar märz oktober dezember montag dienstag mittwoch
    donnerstag freitag samstag sonntag
"""
_NOT_NAME_WORDS = frozenset(_NOT_NAME_TEXT.split())
# A person's name as bylines print it: two to four capitalised words (initials and particles
# allowed), nothing else; an organisation or a date line is not one.
_PERSON = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*|van|von|der|de|da|di|del|la|le"
    r"|bin|al|el)){1,3}"
)

# Bylines marked up as such (outermost only). The attributes are found first (their elements
# are their parents): a predicate on every element of the page was slower in libxml2.
_BYLINES = etree.XPath(
    '(//@rel[.="author"]/.. | //@itemprop[.="author"]/..)[not(ancestor::*[@itemprop="author"])]'
)


def _comment_elements(bundle: PageBundle) -> set[Any]:
    """Every element of the readers' comments the page marks up (their authors are not the
    article's)."""
    comments: set[Any] = set()
    for comment in declared_comments(bundle.tree):
        comments.add(comment)
        comments.update(comment.iterdescendants())
    return comments


def _byline_names(bundle: PageBundle) -> list[str]:
    """Names from rel=author / itemprop=author elements (outermost only), not those of the
    readers' comments the page marks up (a schema.org Comment has an author too)."""
    bylines = _BYLINES(bundle.tree)
    if not bylines:
        return []
    comments = _comment_elements(bundle)
    names: list[str] = []
    for el in bylines:
        if el not in comments:
            names.extend(split_names(clean_text(el.text_content())))
    return names


def _byline_class_names(bundle: PageBundle) -> list[str]:
    """People's names from the first element classed as a byline or author line whose short
    text is names ("<div class=article-byline>", "<p class=…-authors><span>Von: </span>…"),
    outside the readers' comments. A template that names its byline so and marks up nothing
    else: no schema.org, no meta tag."""
    comments = _comment_elements(bundle)
    sites = {_squash(s) for s in _site_names(bundle) if len(_squash(s)) >= 2}
    seen = prose = 0
    for el in bundle.tree.iter():
        if not isinstance(el.tag, str) or el in comments or el.tag in _NOT_BYLINE_TAGS:
            continue
        if el.tag == "p" and len(el.text_content()) >= _PROSE_CHARS:
            prose += 1
            if prose >= _PROSE_BEFORE_BYLINE:
                break  # a byline stands over the story: an author box after it, teasers too
        tokens = f"{el.get('class') or ''} {el.get('id') or ''}".split()
        if not any(_BYLINE_TOKEN.fullmatch(t) for t in tokens) or _in_page_chrome(el):
            continue
        seen += 1
        if seen > _MAX_BYLINE_ELEMENTS:
            break
        text = clean_text(" ".join(el.itertext()))
        if not text or len(text) > _MAX_BYLINE_CHARS:
            continue
        # Names in elements of their own, with no separator between ("<span>Jane Doe</span>
        # <span>John Roe</span>"): each text of the line is a name; else the line is read.
        texts = [t for t in (clean_text(t) for t in el.itertext()) if t]
        names = _people(_not_outlets(texts, sites)) if len(texts) > 1 else []
        names = names or _people(_not_outlets(split_names(_BYLINE_LABEL.sub("", text)), sites))
        if names:
            return names
    return []


def _not_outlets(names: list[str], sites: set[str]) -> list[str]:
    """The names without the agency or the site a byline credits beside its writers ("By Jane
    Doe, Reuters", "Jane Doe, The Associated Press")."""
    return [n for n in names if not canonical_agency(n)[1] and not _names_site(n, sites)]


def _people(names: list[str]) -> list[str]:
    """The names, without footnote marks, if every one is shaped like a person's and holds no
    word a person's name never does ("Our Authors", "Senior Reporter", "Monday November",
    "Jane Doe Follow"); else []."""
    names = [n for n in (_FOOTNOTE_MARKS.sub(" ", n).strip() for n in names) if n]
    if not names or not all(_PERSON.fullmatch(n) for n in names):
        return []
    words = {w.casefold() for n in names for w in n.split()}
    return [] if words & _NOT_NAME_WORDS else names


def _in_page_chrome(el: Any) -> bool:
    """el sits in the page's navigation, a sidebar, or the site's own header or footer: a
    menu's "Our Authors", a teaser's byline. Inside an <article> or <main> everything is the
    article's (its meta <aside>, its <header>), and so is a header holding the headline."""
    ancestors = list(el.iterancestors())
    if any(a.tag in ("article", "main") or a.get("role") == "main" for a in ancestors):
        return False
    for anc in ancestors:
        if anc.tag in ("nav", "aside") or anc.get("role") in _CHROME_ROLES:
            return True
        if anc.tag in ("header", "footer") and anc.find(".//h1") is None:
            return True
    return False


_CHROME_ROLES = frozenset({"navigation", "complementary", "banner", "contentinfo"})


def extract_authors(bundle: PageBundle) -> list[str]:
    """Author names: JSON-LD author, meta author, article:author, marked-up bylines, then a
    byline-classed line; a source naming only the site itself waits for one naming people."""
    names: list[str] = []
    chosen: list[str] | None = None
    site: list[str] = []  # the first source's names when they name the site itself
    sites = {_squash(s) for s in _site_names(bundle) if len(_squash(s)) >= 2}
    for name, source in (
        ("authors_jsonld", lambda: _names(bundle.article.get("author"))),
        ("authors_meta", lambda: split_names(bundle.meta.get("author", ""))),
        ("authors_article_meta", lambda: split_names(bundle.meta.get("article:author", ""))),
        ("authors_byline_markup", lambda: _byline_names(bundle)),
        ("authors_byline_class", lambda: _byline_class_names(bundle)),
    ):
        names = source() if is_on(name) else []
        # "STERN.de", "Lesotho Times", "Deutsche Welle (www.dw.com)": the site signing its own
        # page is what a template writes when it knows no author; a later source may name the
        # people who wrote it, and if none does, the site's name stands.
        if names and all(_names_site(n, sites) for n in names) and is_on("authors_not_site"):
            site = site or names
            continue
        if names:
            fire(name)
            chosen = names
            break
    if chosen is None:
        names = site
    elif site:
        fire("authors_not_site")
        names = chosen
    seen: list[str] = []
    for name in names:
        if name.casefold() not in (s.casefold() for s in seen):
            seen.append(name)
    return seen[:10]


def _time_element(bundle: PageBundle) -> str:
    el = bundle.tree.find(".//time[@datetime]")
    return el.get("datetime", "") if el is not None else ""


def _url_date(url: str | None) -> str:
    m = _URL_DATE.search(url or "")
    return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}" if m else ""


_MAX_DATE_SEARCH_ELEMENTS = 20_000


def _found_date(bundle: PageBundle) -> str:
    """The publication day htmldate finds in the page ("" if none): the day a dateline, a
    "Datum 28.04.2023" or a script's "2026.01.29 18:40" gives, when no element declares one.
    It reads a copy: its cleaning removes elements from the tree it is given. A page of more
    elements than _MAX_DATE_SEARCH_ELEMENTS is not searched (the largest dev page has 4,098; a
    hostile one of 60,000 took 0.8 s)."""
    if next(islice(bundle.tree.iter(), _MAX_DATE_SEARCH_ELEMENTS, None), None) is not None:
        return ""
    try:
        found = htmldate.find_date(
            copy.deepcopy(bundle.tree),
            url=bundle.url,
            original_date=True,
            # The extensive search reads dates printed in the text ("Datum 28.04.2023"); a date
            # its own patterns cannot parse goes to dateparser, which costs 3.5 s and ~60 MB
            # once per process the first time (only such pages reach it).
            extensive_search=True,
            outputformat="%Y-%m-%d",
        )
    except Exception:  # a third-party heuristic: no date is the safe answer
        return ""
    return found or ""


def extract_dates(bundle: PageBundle) -> tuple[datetime | None, datetime | None, str]:
    """(published UTC, modified UTC, the published string as written, offset included)."""
    raw_candidates = [
        ("date_jsonld", lambda: [clean_text(bundle.article.get("datePublished"))]),
        ("date_meta", lambda: [bundle.meta.get(k, "") for k in PUBLISHED_KEYS]),
        ("date_time_element", lambda: [_time_element(bundle)]),
        ("date_created", lambda: [clean_text(bundle.article.get("dateCreated"))]),
        ("date_url", lambda: [_url_date(bundle.url)]),
        ("date_htmldate", lambda: [_found_date(bundle)]),
    ]
    published, raw = None, ""
    for name, values in raw_candidates:
        if not is_on(name):
            continue
        for candidate in values():
            published = parse_datetime(candidate) if candidate else None
            if published is not None:
                raw = candidate
                fire(name)
                break
        if published is not None:
            break
    modified = None
    for candidate in (
        clean_text(bundle.article.get("dateModified")),
        *(bundle.meta.get(k, "") for k in MODIFIED_KEYS),
    ):
        modified = parse_datetime(candidate) if candidate else None
        if modified is not None:
            break
    return published, modified, raw


def extract_language(bundle: PageBundle) -> str | None:
    """Language tag: <html lang>, og:locale, then JSON-LD inLanguage ('de-DE', 'en_US' kept)."""
    value = _first(
        bundle.tree.get("lang"),
        bundle.meta.get("og:locale"),
        bundle.article.get("inLanguage"),
        bundle.meta.get("content-language"),
    )
    return value or None


def extract_canonical(bundle: PageBundle) -> str | None:
    """Canonical URL: <link rel=canonical>, then og:url; made absolute."""
    for link in bundle.tree.iter("link"):
        if (link.get("rel") or "").strip().lower() == "canonical" and link.get("href"):
            return join_url(bundle.url or "", link.get("href", "").strip())
    og_url = bundle.meta.get("og:url")
    return join_url(bundle.url or "", og_url) if og_url else None


def extract_section(bundle: PageBundle) -> str | None:
    """Section: JSON-LD articleSection (first if a list), then article:section."""
    section = bundle.article.get("articleSection")
    if isinstance(section, list):
        section = section[0] if section else None
    return _first(section, bundle.meta.get("article:section")) or None


def extract_site_name(bundle: PageBundle) -> str | None:
    """Site name: og:site_name, then JSON-LD publisher.name."""
    publisher = bundle.article.get("publisher")
    name = publisher.get("name") if isinstance(publisher, dict) else None
    return _first(bundle.meta.get("og:site_name"), name) or None


def extract_description(bundle: PageBundle) -> str | None:
    """Description: og:description, meta description, then JSON-LD description."""
    return (
        _first(
            bundle.meta.get("og:description"),
            bundle.meta.get("description"),
            bundle.article.get("description"),
        )
        or None
    )
