"""Clean stage: a ParsedDocument → an Article (boilerplate out, captions and credits split, ids).

Pure: records in, records out. Every fragment taken from the body is kept as a RemovedFragment.
The text rules are in tasks/cleaning/blocks.py, the identity rules in tasks/identity.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from wirecopy.schemas.agencies import canonical_agency
from wirecopy.schemas.records import (
    Article,
    Block,
    Caption,
    HtmlPage,
    Image,
    ParsedDocument,
    Reject,
    Release,
    StageResult,
)
from wirecopy.tasks.cleaning.blocks import (
    HEAD_SEARCH,
    HEADLINE_MARKS,
    SLIP_TIME,
    Work,
    apply_line_rules,
    drop_author_bio,
    drop_author_line,
    drop_dateline_line,
    drop_glued_end_mark,
    drop_inner_see_also,
    drop_outlet_notes,
    drop_part_markers,
    drop_release_trailer,
    drop_tail_promos,
    norm,
    piped_stamp,
    read_header,
    read_wire_tag,
    slip_byline,
    stamp_time,
    strip_wire_tag,
    subject_line,
    take_byline,
    take_captions,
)
from wirecopy.tasks.cleaning.canonical import canonical_category, canonical_language
from wirecopy.tasks.cleaning.credit_parts import with_credit_parts
from wirecopy.tasks.cleaning.credits import split_credit_text
from wirecopy.tasks.cleaning.notes import take_copy_notes
from wirecopy.tasks.cleaning.repetition import (
    NOTHING_REPEATED,
    Repeated,
    apply_repetition,
    self_name,
)
from wirecopy.tasks.cleaning.rules import HEADLINE_LABEL, HEADLINE_SLUG
from wirecopy.tasks.cleaning.shapes import (
    CJK,
    acronym,
    is_news_organisation,
    is_sentence,
    is_stamp_line,
)
from wirecopy.tasks.cleaning.wire import image_captions, item_label, no_body_reason, settle_inputs
from wirecopy.tasks.dates import local_time, parse_datetime
from wirecopy.tasks.formats.bylines import OUTLET_WORD, PERSON_SHAPED, is_staff_title
from wirecopy.tasks.formats.iptc7901 import embargo_time
from wirecopy.tasks.identity import derive_article_id, normalise_url, publisher_of, text_sha256

__all__ = ["CleanError", "clean_batch", "clean_document", "derive_article_id", "normalise_url"]


class CleanError(Exception):
    """A parsed document with nothing left to load; the message is the reject reason."""


# Front-matter keys mapped to article columns; every other key is kept in `metadata`.
FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "article_id": ("code", "id", "article_id"),
    "origin_url": ("origin_url", "url", "canonical_url", "link"),
    "lead_image": (
        *("image", "image_url", "og_image", "heroimage", "hero_image", "cover", "cover_image"),
        *("featured_image", "feature_image", "featuredimage"),
        "images",  # (Hugo's list of the page's pictures: the first is its lead)
    ),
    "title": ("title", "headline"),
    "description": ("description", "summary", "excerpt"),
    "category": ("category", "section", "categories"),
    "language": ("language", "lang", "locale", "languagecode", "inlanguage"),
    # The site generators' spellings too (Astro's "pubDate", Hugo's "publishDate" and
    # "lastmod", Jekyll's "last_modified_at"): keys are read in any case.
    "published_at": (
        *("date", "published", "published_at", "pubdate", "datetime", "publishdate"),
        *("publish_date", "date_published", "datepublished"),
    ),
    "modified_at": (
        *("modified", "updated", "modified_at", "updated_at", "lastmod", "updateddate"),
        *("last_modified_at", "date_modified", "datemodified"),
    ),
    "authors": ("author", "authors", "byline"),
    "wire": ("wire", "agency"),
}
# Where a field comes from, best first: the item's own metadata (front matter), then what its
# text says (the header and labels of agency copy), then the HTML page's metadata (this table:
# article field → HtmlPage attribute).
PAGE_FIELDS: dict[str, str] = {
    "title": "title",
    "description": "description",
    "category": "section",
    "language": "language",
    "published_at": "published_at",
    "modified_at": "modified_at",
    "authors": "authors",
    "origin_url": "canonical_url",
}


def _first(meta: dict[str, Any], field_name: str) -> Any:
    return _first_of(meta, FIELD_KEYS[field_name])


def _first_of(meta: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """The first of keys the metadata holds a value for, its keys read in any case."""
    for key in keys:
        value = meta.get(key)
        if value not in (None, "", []):
            return value
    if any(not k.islower() for k in meta if isinstance(k, str)):
        lowered = {k.lower(): v for k, v in meta.items() if isinstance(k, str)}
        for key in keys:
            value = lowered.get(key)
            if value not in (None, "", []):
                return value
    return None


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v)
    text = str(value).strip()
    return text or None


def _as_raw_category(value: Any) -> str | list[str] | None:
    """A category as given: text, or a list whose first entry is the primary category."""
    if isinstance(value, list):
        return [str(v).strip() for v in value if v is not None and str(v).strip()] or None
    return _as_text(value)


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, dict):
        value = [value]
    if isinstance(value, list):
        return [name for v in value if (name := _person_name(v))]
    return [p.strip() for p in re.split(r";|\band\b|,", str(value)) if p.strip()]


# Roles beside a name in a list of people ("authors: [{name: X, role: editor}]") that say the
# person did not write the copy.
_NOT_WRITING = frozenset({"editor", "producer", "photographer", "translator", "illustrator"})


def _person_name(value: Any) -> str:
    """A list entry's name: the text, or a mapping's name unless its role is not writing."""
    if isinstance(value, dict):
        role = value.get("role")
        roles = role if isinstance(role, list) else [role]
        if any(str(r or "").strip().casefold() in _NOT_WRITING for r in roles):
            return ""
        value = value.get("name") or value.get("full_name") or value.get("display_name")
    return value.strip() if isinstance(value, str) else ""


# An author field naming no person: the agency itself ("BNS", "dts Nachrichtenagentur") or a
# login ("nannews", a feed's dc:creator).
_AGENCY_WORDS = re.compile(
    r"(?i)(?:nachrichtenagentur|news agency|press agency|newswire|agence de presse|"
    r"agencia de noticias|agenzia di stampa|ag[êe]ncia|agenzia|agentur)\b"
    # German institutions are compounds named for what they are ("Statistisches Bundesamt",
    # "Bundesverfassungsgericht", "Pressestelle").
    r"|(?i:\w+(?:amt|gericht|ministerium|behörde|pressestelle))\b|(?i:^pressestelle$)"
    # An acronym alone ("ICRC", "CICR"): an organisation's name, not a writer's.
    r"|^(?-i:[A-Z]{3,6})$"
    # A team or a desk ("The crates.io team", "Web Team", "Redaktionsteam"): no one person.
    r"|(?i:\bteam|\w+team|\bnewsroom|\bnews desk|\bstaff)$"
    # … in Bengali and Hindi: a staff correspondent, a bureau, a desk, a site's name spelled
    # out ("নিজস্ব প্রতিবেদক", "চট্টগ্রাম ব্যুরো", "বিডিনিউজ টোয়েন্টিফোর ডটকম").
    r"|(?:প্রতিবেদক|ব্যুরো|ডেস্ক|ডটকম|संवाददाता|ब्यूरो|डेस्क)$"
    # … a Japanese or Chinese paper's or broadcaster's company ("琉球新報社", "共同通信社").
    r"|(?:新聞社|新報社|通信社|新闻社|日報社|日报社|放送局)$"
    # … an editorial board or desk in the wires' languages, alone or before the outlet's name
    # ("Ritstjórn", "מערכת מקור ראשון", "Redakcja", "Szerkesztőség", "Kisalföld-információ")
    r"|^(?i:ritstjórn|redaksjonen|redaktionen|redaktion|toimitus|szerkesztőség"
    r"|redakcja|redakce|redakcia|uredništvo|редакция|редакція|redacția|מערכת)\b"
    r"|(?i:-információ|-info)$"
)
# … or an institution's name where a writer's stands ("Department for Transport", "Ministry
# of Manpower", "Field Level Media", "Fisheries and Oceans Canada").
_INSTITUTION_WORDS = re.compile(
    r"\b(?i:ministry|ministerio|ministère|ministerium|ministero|department|departamento|"
    r"government|gouvernement|regierung|office|council|commission|authority|agency|media|"
    r"oceans|swyddfa|reporting|unit|greffe|registry|bureau|secretariat|"
    # (… Catalan, Dutch, Italian, Spanish, Portuguese departments, councils and town halls:
    # "Departament d'Acció Climàtica", a government's release signed by its department)
    r"departament|departement|dipartimento|conselleria|consellería|consejería|secretaría|ajuntament|"
    r"ayuntamiento|prefeitura|préfecture|generalitat)\b"
    # … or in Japanese and Chinese, a university's or an office's name ("東北大学 広報室").
    r"|大学|広報|事務局|办公室|新闻中心"
    # (… a bureau's, a section's, an agency's, a committee's or a government's: "都市公園課")
    r"|局|課|庁|委員会|委员会|政府"
)
_LOGIN = re.compile(r"[a-z0-9_.-]{2,30}")


# "Redacción Andina", "Redazione Cronaca Milano", "Newsroom": a desk, not a writer.
_DESK = re.compile(
    r"^(?i:redacci[óo]n|redazione|redaktion|reda[cç][ãa]o|r[ée]daction|redakcja|redakce|"
    r"newsroom|news ?desk|web ?desk|staff(?: writer| reporter)?)\b(?:\s+[a-z]\w*)*"
)
_KOREAN_REPORTER = re.compile(r"(?<=[가-힣])\s*기자$")
# "聯合報 記者陳雨潔": the paper and the word for reporter before a Chinese name.
_CHINESE_REPORTER = re.compile(
    r"^\S{0,8}?\s*(?:記者|记者)\s*(?=[\u4e00-\u9fff]{2,4}$)"
    # … not a desk's or a column's name ("記者綜合報導", "記者手記", "记者观察")
    r"(?![\u4e00-\u9fff]*(?:報導|报道|手記|手记|專訪|专访|觀察|观察|特稿|節)$)"
)
_TITLED_NAME = re.compile(
    r"^(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3})\s+[-–—|]\s+(?P<rest>.+)$"
)
_ROLE_WORDS = re.compile(
    r"(?i)\b(?:rep[óo]rter|reporter|correspondent|correspondente|corresponsal|editor|editora"
    r"|journalist|jornalista|periodista|redaktør|redakteur\w*)\b"
)
# "Li Wen (Xinhua News Agency)": the writer, then the agency in brackets.
_BRACKETED_AGENCY = re.compile(r"(?<!\s)\s*\(([^()]{2,60})\)$")


# Polish "compiled by" before a name or initials ("oprac. AK"), and initials alone.
_COMPILED_BY = re.compile(r"^(?i:oprac\.?|opr\.|przyg\.)\s*(?P<rest>\S.*)$")
_INITIALS_ONLY = re.compile(r"(?:[A-ZÀ-ÞĀ-Ž]\.?\s?){1,4}")
# A site's name as its address ("SR.de", "index.hr"): words joined by dots, a domain's end.
# ("J.Smith" is a writer's initial and name: a domain's end is in lower case)
_SITE_NAME = re.compile(r"[^\W_][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}")


def _people(authors: list[str], wire: str | None, *sources: str) -> list[str]:
    """Authors of agency copy without the agency's own name or a login (see _AGENCY_WORDS),
    nor the name of the source the copy came in (a feed's title: "Te Ao Māori News" is no
    writer); an agency in brackets after a writer's name goes, the writer stays."""
    own = (wire or "").casefold()
    source_names = _source_keys(sources)
    people = []
    for author in authors:
        # "Mariana Tokarski - Repórter da Agência Brasil": the writer, then her title and
        # agency after a dash.
        if (titled := _TITLED_NAME.match(author)) and (
            _names_agency(titled["rest"], own) or _ROLE_WORDS.search(titled["rest"])
        ):
            author = titled["name"]
        m = _BRACKETED_AGENCY.search(author)
        if m and author[: m.start()].strip() and _names_agency(m[1], own):
            author = author[: m.start()].strip()
        author = _KOREAN_REPORTER.sub("", author)  # "김민지 기자": the name, not the title
        author = _CHINESE_REPORTER.sub("", author)
        if desk := _DESK.match(author):
            # "Redaktion: Anna Schmidt", "Staff writer Jane Doe": the writer after the desk,
            # set off by a mark or a role; "Redazione Cronaca Milano" is the desk's name.
            rest = author[desk.end() :]
            parted = rest.lstrip()[:1] in (":", "/", "-", "–", "—", ",") or " " in desk[0]
            author = rest.strip(" :/-–—,")
            if not parted or len(author.split()) < 2:
                continue
        if _is_source_name(author, source_names) or is_staff_title(author):
            continue  # (… or a desk's title: "സ്വന്തം ലേഖകൻ", "సాక్షి వెబ్‌డెస్క్")
        if _SITE_NAME.fullmatch(author.strip()):
            continue  # "SR.de", "Vijesti.me": a site's name, no writer's
        if (compiled := _COMPILED_BY.match(author)) and _INITIALS_ONLY.fullmatch(compiled["rest"]):
            continue  # "oprac. AK": compiled by the desk's initials, no writer named
        if not (_names_agency(author, own) or _LOGIN.fullmatch(author)):
            people.append(author)
    return people


# A feed's title is its outlet's name and a word for its web edition ("河北新報オンライン",
# "Harbour Herald Online"): an author that is the rest is the outlet ("河北新報").
_EDITION_WORD = re.compile(
    r"^[\s:|–—-]*(?:online|news|digital|web|\.com|en ligne|オンライン|デジタル|ニュース|電子版|"
    r"新聞網|新闻网|网|網|온라인|뉴스|онлайн|новости)$",
    re.IGNORECASE,
)


def _is_source_name(author: str, sources: set[str]) -> bool:
    """The author is the source's name, or its name without a web edition's word, and the
    name is an outlet's: a blog named after its writer ("Jane Doe") keeps its writer."""
    written = " ".join(author.split())
    if (PERSON_SHAPED.fullmatch(written) or _reads_as_person(written)) and not OUTLET_WORD.search(
        written
    ):
        return False
    key = written.casefold()
    if not key:
        return False
    # "The Irrawaddy - ဧရာဝတီ": the outlet's name in one of the title's parts; "باختر خبري
    # آژانس": its name, then what it is (news agency).
    parts = {p.strip() for name in sources for p in _TITLE_PARTS.split(name)}
    # "Mediapool.bg - Новини": a part written as the site's address names it too.
    parts |= {p.rsplit(".", 1)[0] for p in parts if _DOMAIN_PART.fullmatch(p)}
    if key in parts or _names_host(written, sources):
        return True
    return any(
        key == name
        or (name.startswith(key) and _EDITION_WORD.match(name[len(key) :]))
        or (name.startswith(key + " ") and _names_what_it_is(name[len(key) :]))
        for name in sources
    )


def _names_host(written: str, sources: set[str]) -> bool:
    """The author's words are the labels of the source's web address: the site, not a
    writer. One word, when the feed's title holds it too ("Mediapool" of mediapool.bg and
    "Mediapool.bg - Новини"); more, with an acronym among them ("UN News" of news.un.org). A
    writer's subdomain on a blog platform, or a name that is a personal site's, is a writer's."""
    words = written.split()
    folded_words = {w.casefold() for w in words}
    acronym_in = any(len(w) >= 2 and w.isupper() for w in words)
    for host in (s.removeprefix("host:") for s in sources if s.startswith("host:")):
        if host.endswith(_BLOG_HOSTS) or not words:
            continue
        if _DOMAIN_PART.fullmatch(written.casefold()) and host.endswith(written.casefold()):
            return True  # "Rappler.com" of www.rappler.com
        labels = set(host.split(".")[:-1]) - _GENERIC_LABELS
        if len(words) == 1 and folded_words <= labels:
            titles = (t for t in sources if not t.startswith("host:"))
            if any(words[0].casefold() in t for t in titles):
                return True
        elif acronym_in and (
            folded_words <= labels or written.casefold().replace(" ", "") in labels
        ):
            return True  # "UN News" of news.un.org, "TVM News" of tvmnews.mt
    return False


# Labels of an address that name no site ("co" of bbc.co.uk, "www"), and blog platforms.
_GENERIC_LABELS = frozenset(
    {"www", "co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"}
)
_BLOG_HOSTS = (
    "substack.com",
    "wordpress.com",
    "medium.com",
    "blogspot.com",
    "tumblr.com",
    "ghost.io",
    "livejournal.com",
    "typepad.com",
)


# A title's part that is a web address without its scheme ("mediapool.bg").
_DOMAIN_PART = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}")


def _names_what_it_is(rest: str) -> bool:
    """The words after an outlet's name in its feed's title, up to the title's next part, are
    a few saying what it is ("خبري آژانس": news agency)."""
    said = _TITLE_PARTS.split(rest.strip(), maxsplit=1)[0]
    return len(said.split()) <= _WHAT_IT_IS_WORDS and is_news_organisation(said)


_WHAT_IT_IS_WORDS = 3


def _reads_as_person(name: str) -> bool:
    """Two to four words of a script with case, each a capital then lower case letters (its
    parts after a hyphen or an apostrophe too: "Jean-Pierre Dupont", "Ирина Ким"), a name's
    particles between them ("Ludwig van Dijk"); no article opening it ("The Irrawaddy")."""
    words = name.split()
    if not 2 <= len(words) <= _PERSON_WORDS or words[0].casefold() in _ARTICLES:
        return False
    return all(
        w in _PERSON_PARTICLES
        or all(p[:1].isupper() and p[1:].islower() for p in re.split(r"[-'’]", w) if p)
        for w in words
    )


_PERSON_WORDS = 4
_PERSON_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "bin"}
)
_ARTICLES = frozenset({"the", "la", "le", "el", "les", "los", "las", "die", "der", "das", "il"})


def _spelled_in(name: str, *where: object) -> bool:
    """The name's letters, run together, stand in one of the values ("New Ziana" in
    "urn:newsml:newziana.co.zw:…", the origin URL of a metadata mapping)."""
    squashed = "".join(c for c in name.casefold() if c.isalnum())
    if len(squashed) < _MIN_SPELLED_CHARS:
        return False
    texts = [w for w in where if isinstance(w, str)]
    texts += [v for w in where if isinstance(w, dict) for v in (w.get("origin_url"),) if v]
    return any(squashed in str(t).casefold() for t in texts)


# A name this short may stand in any address by chance.
_MIN_SPELLED_CHARS = 6


def _source_keys(sources: tuple[str, ...]) -> set[str]:
    """The source names as _is_source_name compares them: folded, spaces collapsed."""
    return {" ".join(s.casefold().split()) for s in sources if s}


def _source_names(meta: dict[str, Any]) -> tuple[str, ...]:
    """The names of the source a wire item came in: its feed's title, the site's name."""
    extra = meta.get("wire_extra")
    names = [extra.get("feed_title") if isinstance(extra, dict) else None, meta.get("site_name")]
    # … and the agency's services the item was sent on (NewsML-G2 <service>: "澳廣視新聞").
    services = extra.get("services") if isinstance(extra, dict) else None
    names += services if isinstance(services, list) else []
    # … and the host of the item's address, marked apart (compared by its labels).
    url = meta.get("origin_url")
    try:
        host = urlsplit(url).hostname if isinstance(url, str) and "//" in url else None
    except ValueError:  # a broken address ("//]") names no host
        host = None
    return (*(n for n in names if isinstance(n, str)), *([f"host:{host}"] if host else []))


# A company's legal form names a company, not a writer ("株式会社ミドリノ", "Harbour Ltd",
# "Norrhav Fastigheter AB (publ)").
_COMPANY_FORM = re.compile(
    r"株式会社|有限会社|合同会社|有限公司|股份公司|(?:^|[\s,])(?:Inc|Ltd|LLC|GmbH|Corp|PLC|S\.A|S\.p\.A"
    r"|Oy|Oyj|ASA|N\.V|B\.V|Pty|AB|A/S|AG|ehf|hf|ApS|Kft|Zrt|s\.r\.o|d\.o\.o|SRL|S\.L|Lda)\.?"
    r"(?:\s*\(publ\))?$"
)


_MAX_NAME_CHARS = 200


def _names_agency(name: str, own: str) -> bool:
    """A name that is an agency's or an institution's: a known one, the copy's own, or one
    saying it is one (an institution's word in three words or more, or with "of", "for":
    "Jane Office", "Mario Ministero" are people)."""
    # (a "name" longer than any writer's is a field's garbage: read no further, and cheaply —
    # _AGENCY_WORDS's word-start branches cost seconds on 20,000 characters of one word)
    if len(name) > _MAX_NAME_CHARS:
        return True
    if canonical_agency(name)[1] or name.casefold() == own or _AGENCY_WORDS.search(name):
        return True
    if _COMPANY_FORM.search(name):
        return True
    if not _INSTITUTION_WORDS.search(name):
        return False
    words = name.split()
    if CJK.search(name):
        return True  # no person's name holds those words
    # (… an elided join too: "Departament d'Interior")
    return len(words) >= 3 or any(
        w.casefold() in _INSTITUTION_JOINS or w.casefold().startswith(("d'", "d’")) for w in words
    )


_INSTITUTION_JOINS = frozenset({"of", "for", "and", "de", "du", "des", "für", "del", "della"})


# How a metadata value becomes a column value.
_CONVERT: dict[str, Callable[[Any], Any]] = {
    "title": _as_text,
    "description": _as_text,
    "category": _as_raw_category,
    "language": _as_text,
    "origin_url": _as_text,
    "lead_image": _as_text,
    "wire": _as_text,
    "published_at": parse_datetime,
    "modified_at": parse_datetime,
    "authors": _as_list,
}


def field_value(
    name: str, meta: dict[str, Any], page: HtmlPage | None, from_text: Any = None
) -> Any:
    """A field from the metadata, else from the text (`from_text`), else from the page."""
    for value in (_CONVERT[name](_first(meta, name)), from_text):
        if value not in (None, "", []):
            return value
    if page is not None and name in PAGE_FIELDS:
        value = getattr(page, PAGE_FIELDS[name])
        return list(value) if isinstance(value, list) else value
    return [] if name == "authors" else None


def merge_images(lead: Image | None, inline: list[Image]) -> list[Image]:
    """Lead first, then inline images in order; one row per URL (the first wins, role kept)."""
    merged: list[Image] = []
    seen: dict[str, Image] = {}
    if lead is not None:
        merged.append(lead)
        seen[lead.url] = lead
    for image in inline:
        if (twin := seen.get(image.url)) is not None:
            twin.alt_text = twin.alt_text or image.alt_text
            twin.caption = twin.caption or image.caption
            twin.credits = twin.credits or image.credits
            continue
        seen[image.url] = image
        merged.append(image)
    return merged


@dataclass(slots=True)
class _Body:
    """What the text rules leave of a document: headline, section label, body, pictures."""

    title: str | None
    section: str | None
    text: str
    images: list[Image]
    captions: list[Caption]
    wire: str | None
    authors: tuple[str, ...] = ()


def clean_document(doc: ParsedDocument, origin: ParsedDocument | None = None) -> Article:
    """Apply the cleaning rules to one parsed document (merged with its origin page, if any)."""
    work = Work(removed=list(doc.removed))
    meta, page = doc.metadata, doc.html
    body = _clean_body(doc, work)
    release = doc.release or Release()
    if release.embargoed_until is None and doc.format in ("text", "wire"):
        # Plain copy's embargo notice (its line is out of the body) says when it may run.
        notes = (f.text for f in work.removed if f.rule == "embargo_notice")
        if (until := next(filter(None, map(embargo_time, notes)), None)) is not None:
            release = replace(release, embargoed_until=until)
    # A kill notice may carry no text: it still withdraws the story.
    if not body.text.strip() and origin is None and not release.withdrawn:
        raise CleanError(no_body_reason(doc))
    origin_url = field_value("origin_url", meta, page)
    if origin_url is None and doc.source_uri.startswith(("http://", "https://")):
        origin_url = doc.source_uri
    lead = _lead_image(meta) if page is None else None
    raw_category = field_value("category", meta, page, body.section)
    metadata = _extra_metadata(meta, page)
    if raw_category is not None:
        metadata["category_raw"] = raw_category
    if work.notes:  # beside the note a structured item sent in its own field
        sent = _as_text(metadata.get("ed_note"))
        metadata["ed_note"] = "\n".join([*([sent] if sent else []), *work.notes])
    return Article(
        article_id=derive_article_id(_first(meta, "article_id"), origin_url, doc.source_uri),
        source_uri=doc.source_uri,
        origin_url=origin_url,
        publisher=publisher_of(origin_url) or _agency_publisher(doc, origin_url, body.wire),
        wire=body.wire,
        title=body.title,
        description=field_value("description", meta, page),
        category=canonical_category(raw_category, _as_subjects(meta.get("subjects"))),
        language=canonical_language(field_value("language", meta, page)),
        published_at=field_value(
            "published_at", meta, page, local_time(work.published_label, body.text)
        ),
        body_text=body.text,
        word_count=len(body.text.split()),
        content_sha256=doc.sha256,
        metadata=metadata,
        authors=_authors(doc, meta, page, body),
        modified_at=field_value("modified_at", meta, page),
        images=merge_images(lead, body.images),
        captions=_with_lead_caption(lead, body.captions),
        removed=work.removed,
        release=release,
        text_sha256=text_sha256(body.title, body.text),
    )


def _is_deck(blocks: list[Block]) -> bool:
    """The first block is a deck: a few words, no sentence, a sentence paragraph under it."""
    if len(blocks) < _DECK_AND_STORY or blocks[0].kind != "para" or blocks[1].kind != "para":
        return False
    words = len(blocks[0].text.split())
    return (
        _DECK_WORDS[0] <= words <= _DECK_WORDS[1]
        and not is_sentence(blocks[0].text)
        and is_sentence(blocks[1].text)
    )


_DECK_WORDS = (4, 40)
_DECK_AND_STORY = 2


def _is_bullet_deck(blocks: list[Block]) -> bool:
    """The first block is a deck set as points: two to five short points, each opening with a
    dash or a bullet and ending no sentence, a sentence paragraph under them."""
    if len(blocks) < _DECK_AND_STORY or blocks[0].kind != "para" or blocks[1].kind != "para":
        return False
    text = blocks[0].text.strip()
    if not _DECK_POINT.match(text) or not is_sentence(blocks[1].text):
        return False
    points = [p for p in _DECK_POINT.split(text) if p.strip()]
    return _DECK_POINTS[0] <= len(points) <= _DECK_POINTS[1] and all(
        len(p.split()) <= _DECK_POINT_WORDS and not is_sentence(p) for p in points
    )


# A point of a deck: a dash or a bullet opening it, the text or a line break before it.
_DECK_POINT = re.compile(r"(?:^|\s)[-–•▪●]\s+")
_DECK_POINTS = (2, 5)
_DECK_POINT_WORDS = 15


# A headline wholly inside lenticular brackets, none within it.
_BRACKETED_HEADLINE = re.compile(r"【([^【】]{4,200})】")


def _clean_body(doc: ParsedDocument, work: Work) -> _Body:
    """The text rules in order: boilerplate lines, the header, the repeated headline, captions,
    the wire tag (what they take out is recorded in `work`)."""
    meta, page = doc.metadata, doc.html
    # Agency copy (plain text, wire items) closes with the outlet's notes to its readers; a
    # page's body truth keeps such lines as its publisher printed them.
    # (… and a page mailed as the copy: an HTML newsletter closes as agency copy does, with its
    # reporter's line and the sender's notes)
    agency_copy = doc.format in ("text", "wire") or (
        doc.format == "html" and meta.get("delivery") == "e-mail"
    )
    blocks = apply_line_rules(doc.blocks, work)
    if agency_copy:  # (where the line rules' blocks stand: the labels they took are counted so)
        blocks = drop_inner_see_also(blocks, work)
    title: str | None = None
    subject = _as_text(meta.get("subject")) if doc.format == "text" else None
    found = subject_line(blocks, subject) if subject else None
    if found is not None and not field_value("title", meta, page):
        # E-mailed copy: the line the Subject ends with is the headline ("IP/24/1402 - X"
        # over "X"); what stands above it is the release's header ("… - Press release").
        at, words = found
        for block in blocks[:at]:
            work.drop("header", "section_label", block.text)
        headline = blocks[at].text.lstrip(HEADLINE_MARKS).split()
        title, subtitle = " ".join(headline[:words]), " ".join(headline[words:])
        # (a headline set in capitals takes the Subject's own case: "SEIRBHEIS BUS …" under
        # "Fios-naidheachd: Seirbheis bus …")
        cased = " ".join((subject or "").split()[-words:])
        if title.isupper() and not cased.isupper() and norm(cased) == norm(title):
            title = cased
        if subtitle:  # a subtitle under the headline, in its block
            work.drop("header", "subheadline", subtitle)
        blocks = blocks[at + 1 :]
        if _is_bullet_deck(blocks):
            # "- 1.850 Laufmeter Schneebrücken …" / "- Baustart im Juni 2024" under the
            # release's headline, over its first sentence: the release's deck, in points
            work.drop("header", "subheadline", blocks[0].text)
            blocks = blocks[1:]
    if agency_copy:
        blocks = take_copy_notes(blocks, work)
    # A site generator's Markdown may carry a desk's copy or a release too: its sign-off
    # lines and the release's closing sections go.
    signed = agency_copy or doc.format == "markdown"
    if signed:
        blocks = drop_release_trailer(blocks, work)
    if agency_copy:
        blocks = drop_part_markers(blocks, work)
    own = _own_names(meta, blocks, work.copyright_wire) if signed else ()
    work.feed_names = feed_names(meta) if signed else ()
    blocks = drop_tail_promos(
        blocks, work, agency_copy, own, sign_offs=signed, page=doc.format == "html"
    )
    if signed:
        blocks = drop_glued_end_mark(blocks, work)
    if agency_copy:  # plain text opens with its headline; a wire item's is a field
        blocks = drop_outlet_notes(blocks, work, own, header=doc.format == "text" and not title)
    title = field_value("title", meta, page) or title
    if not title and agency_copy and doc.format == "html":
        # A mailed page without a headline of its own: its Subject, without the mail's and the
        # release's labels ("[보도자료] X (5.12 조간)": press release, for the morning papers).
        title = _subject_title(_as_text(meta.get("subject")))
    section: str | None = None
    slip_authors: tuple[str, ...] = ()
    # Agency copy opens with its headline; HTML and wire items say which one theirs is.
    if doc.format not in ("html", "wire") and not title:
        section, title, used = read_header(blocks, work.head_rule, work.head_stamp)
        # (a copy sheet names its writer in a field of its slip: "BY: Hannah Wilkinson"; a
        # service's piped stamp the time the copy moved)
        slip_authors = slip_byline([b.text for b in blocks[:used] if b.text != title])
        if used and (stamped := piped_stamp(blocks[0].text)) is not None:
            work.published_label = work.published_label or stamped
        for block in blocks[:used]:
            if block.text != title and (timed := SLIP_TIME.search(block.text)) is not None:
                when = parse_datetime(timed["time"])  # (figures alone: the copy's clock)
                if work.published_label is None and when is not None:
                    work.published_label = when.replace(tzinfo=None)
        for block in blocks[:used]:
            # (else the first date and time in figures a stamp or slip line of the header gives:
            # "ЗВЯЗДА :: Культура" over "08.10.2014 15:20"; not an embargo's)
            taken = work.published_label is not None or block.text == title
            if not taken and embargo_time(block.text) is None:
                work.published_label = stamp_time(block.text)
        for block in blocks[:used]:
            if block.text not in (section, title) and is_stamp_line(block.text, head=True):
                work.drop("promo", "stamp_line", block.text)  # the stamp under the headline
                continue
            work.drop(
                "header",
                # (a copy sheet's slip above the headline: its agency, slug, length, use)
                "section_label"
                if block.text == section
                else ("headline" if block.text == title else "header_slip"),
                block.text,
            )
        blocks = blocks[used:]
        # A deck under the headline, over the writer's and time's line the notes took: a line
        # of words and no sentence, the story's sentences below it ("Putnici s Dubrave dobit će
        # niskopodne tramvaje, …" between the headline and "Autor: … | Objavljeno: …").
        if used and work.head_slip_authors and _is_deck(blocks):
            work.drop("header", "subheadline", blocks[0].text)
            blocks = blocks[1:]
        title = title or subject  # a message's body without a headline: its Subject
        if title and (slug := HEADLINE_SLUG.match(title)):
            # Versions then share their headline: counted as one story, grouped as one.
            work.drop("header", "headline_slug", slug.group(0))
            title = title[slug.end() :]
        if title and (label := HEADLINE_LABEL.match(title)):
            work.drop("header", "headline_label", label.group(0))
            title = title[label.end() :]
    if title and (bracketed := _BRACKETED_HEADLINE.fullmatch(title.strip())):
        # "【南迴鐵路電氣化後首個春節連假　旅運量創新高】": the headline set in the brackets
        # Chinese and Japanese copy heads its items with.
        title = bracketed[1].strip()
    if title:  # the headline is not repeated inside the body
        key = norm(title)
        repeated = [b for b in blocks if b.kind != "image" and norm(b.text) == key]
        for block in repeated:
            work.drop("header", "headline", block.text)
        blocks = [b for b in blocks if b not in repeated]
    # Agency copy's byline line: its authors, and the agency it names when nothing else does
    # (a page's byline is the HTML rules' and its metadata's; a wire item's is a field, and
    # when it has none, a "By X" line opening its body is one: feeds and ANPA copy send so).
    # (… or when its field names no one _people keeps: a desk, the outlet, the agency itself, a
    # login, "Ritstjórn", "מערכת X"; the byline over its body names the writer)
    # (… the feed's own name too: "Karjalainen" credited for the paper's item)
    copy = doc.format in ("text", "markdown") or (
        doc.format == "wire"
        and not _people(
            _as_list(_first(meta, "authors")),
            _as_text(_first(meta, "wire")),
            *_source_names(meta),
        )
    )
    if doc.format == "markdown" and (named := _as_list(_first(meta, "authors"))):
        # The writer the front matter names, printed again over the story.
        drop_author_line(blocks, work, named)
    authors, byline_agency = take_byline(blocks, work) if copy else ((), None)
    authors = authors or slip_authors or work.head_slip_authors
    if doc.format == "wire" and not copy:
        # The writer the item's field names, printed again over the story ("Zeb Tamatea,
        # Local Democracy Reporting"): the byline line, not its first paragraph.
        named = _as_list(_first(meta, "authors"))
        drop_author_line(blocks, work, [*named, *(_CHINESE_REPORTER.sub("", a) for a in named)])
    # A wire item whose author field names only its agency or a login ("KNA") is signed by
    # its closing byline too ("By Wangari Njoroge").
    named = _as_list(_first(meta, "authors"))
    unsigned = copy or not _people(named, _as_text(_first(meta, "wire")), *_source_names(meta))
    # (A closing signature that spells the item's own address or code is its agency's name:
    # "New Ziana" of urn:newsml:newziana.co.zw:….)
    closing = tuple(
        a for a in work.closing_authors if not _spelled_in(a, _first(meta, "article_id"), meta)
    )
    authors = authors or (closing if unsigned else ())
    if doc.format in ("wire", "text", "markdown"):
        # A commentary's closing note on its writers ("Lena Bergström is a professor …").
        drop_author_bio(blocks, work, [*_as_list(_first(meta, "authors")), *authors])
    images: list[Image] = [replace(im) for im in doc.images]
    if doc.format == "wire":  # pictures come with their caption and credit, apart from the text
        body_blocks, captions = blocks, image_captions(images)
    else:
        body_blocks, captions = take_captions(blocks, images, work)
    if page is not None:
        captions = image_captions(page.images)
    # In agency copy the copyright holder is the agency; on a publisher's page it is not.
    agency = work.copyright_wire if doc.format == "text" else None
    # A wire item's dateline paragraph is body text: kept as sent, its tag read only when the
    # item names no provider ("GROSSETO, Italy (AP) --" in a ninjs item without one).
    alone = drop_dateline_line(body_blocks, work) if doc.format in ("wire", "text") else None
    if doc.format not in ("wire", "html"):
        tag = strip_wire_tag(body_blocks, work) or alone
    else:
        tag = None if meta.get("wire") else (read_wire_tag(body_blocks) or alone)
    return _Body(
        title=title,
        section=section,
        text="\n\n".join(b.text for b in body_blocks if b.text),
        images=images,
        captions=[with_credit_parts(c) for c in captions],
        wire=tag or field_value("wire", meta, None, agency or byline_agency or work.line_wire),
        authors=authors,
    )


def _lead_image(meta: dict[str, Any]) -> Image | None:
    """The front matter's picture: a URL, or a mapping of its URL, caption and credit
    ("image: {url: …, caption: …, credit: Jonah Reti/NZN}")."""
    value = _first(meta, "lead_image")
    if isinstance(value, list):  # "images: [{src: …, caption: …}, …]": the first one
        value = value[0]
    if isinstance(value, dict):
        # (Hugo themes' "[cover]" table names its picture "image")
        found = value.get("url") or value.get("src") or value.get("href") or value.get("image")
        url = _as_text(found) if isinstance(found, str) else None
        if url is None:
            return None
        caption = _as_text(value.get("caption"))
        credit = _as_text(value.get("credit") or value.get("copyright") or value.get("source"))
        credits = split_credit_text(credit) if credit else ()
        return Image(url=url, role="lead", caption=caption, credits=credits)
    url = _as_text(value)
    if not url:
        return None
    # Its caption and credit beside it ("heroImage" with "heroImageCaption" and
    # "heroImageCredit", "image" with "image_caption").
    key = next(k for k in FIELD_KEYS["lead_image"] if _first_of(meta, (k,)) is not None)
    # (… Zola themes' "image_subtitle")
    caption = _as_text(
        _first_of(meta, (f"{key}caption", f"{key}_caption", "image_caption", f"{key}_subtitle"))
    )
    credit = _as_text(_first_of(meta, (f"{key}credit", f"{key}_credit", "image_credit")))
    credits = split_credit_text(credit) if credit else ()
    return Image(url=url, role="lead", caption=caption, credits=credits)


def _with_lead_caption(lead: Image | None, captions: list[Caption]) -> list[Caption]:
    """The captions, the front matter picture's first when it has one."""
    if lead is None or not (lead.caption or lead.credits):
        return captions
    if any(c.image_url == lead.url for c in captions):
        return captions
    credit = "; ".join(lead.credits) or None
    lead_caption = Caption(lead.caption or "", credit, lead.url, lead.credits)
    return [with_credit_parts(lead_caption), *captions]


def _authors(
    doc: ParsedDocument, meta: dict[str, Any], page: HtmlPage | None, body: _Body
) -> list[str]:
    """The authors field; for agency copy the people among them, else its byline's."""
    if doc.format not in ("text", "wire", "markdown"):
        return list(field_value("authors", meta, page, list(body.authors)))
    sources = _source_names(meta)
    people = _people(_as_list(_first(meta, "authors")), body.wire, *sources)
    people = people or _people(list(body.authors), body.wire, *sources)
    # An item fetched with its page (--fetch-origin) may name its writers there only.
    return people or list(field_value("authors", {}, page))


def _subject_title(subject: str | None) -> str | None:
    """A mail's Subject as a headline: forwarding and reply marks, a bracketed label opening
    it and a bracketed note of the release's timing closing it (a date or a time) off."""
    if not subject:
        return None
    text = _SUBJECT_MARKS.sub("", subject.strip())
    text = _SUBJECT_LABEL.sub("", text, count=1)
    text = _SUBJECT_TIMING.sub("", text).strip()
    return text or None


_SUBJECT_MARKS = re.compile(r"^(?:(?:re|fwd?|aw|wg|tr|sv|vs)\s*:\s*)+", re.IGNORECASE)
_SUBJECT_LABEL = re.compile(r"^[\[【［]\s*[^\]】］]{1,24}\s*[\]】］]\s*")
# (… a release's timing note: a date with the papers it is for, an embargo's time; "(3년간
# 500명)" and "（第2弾）" are the headline's)
_SUBJECT_TIMING = re.compile(
    r"\s*[(（](?=[^()（）]{0,30}(?:조간|석간|朝刊|夕刊|엠바고|(?i:embargo)|\d{1,2}[:：時]\d{2}))"
    r"[^()（）]{0,20}\d[^()（）]{0,20}[)）]\s*$"
)


def _own_names(
    meta: dict[str, Any], blocks: list[Block], noticed: str | None = None
) -> tuple[str, ...]:
    """The names agency copy goes out under: its provider, else the agency its dateline tag
    names, and the copyright holder and credit line a wire item names ("FLM" signs as "Field
    Level Media"), each long name with its initials ("CPA"); found in the copy as whole words."""
    wire = meta.get("wire")
    first = wire if isinstance(wire, str) and wire.strip() else read_wire_tag(blocks, HEAD_SEARCH)
    names: list[str] = []
    # An author field naming the source the item came in (its feed's title, "The Irrawaddy -
    # ဧရာဝတီ"): the outlet's name, which it may sign the copy with too.
    keys = _source_keys(_source_names(meta))
    outlets = [a for a in _as_list(_first(meta, "authors")) if _is_source_name(a, keys)]
    # … and the name its feed goes out under: the title when it is that name alone
    # ("福島民友ニュース"), else its first or last part when it has a name's marks ("ГалІнфо",
    # "Bankier.pl", "RNZ", "มติชนออนไลน์"); a section's plain word ("Berlin", "Business" of
    # "Berlin | Harbour Wire") is a word of any line (feed_names: exact matches only).
    titled = [t for t in _source_names(meta) if not t.startswith("host:") and _one_part(t)]
    titled += [n for n in feed_names(meta) if _NAME_MARK.search(n) or _caseless(n)]
    # (… and the holder the copy's own copyright line names, `noticed`, as the line rules read
    # it: "(c) 2003 AccuWeather, Inc. All rights reserved." signs for AccuWeather)
    holders = (meta.get("copyright_holder"), meta.get("creditline"), noticed)
    for name in (first, *holders, *outlets, *titled):
        if not isinstance(name, str) or len(self_name(name)) < _MIN_OWN_NAME - _ideographs(name):
            continue
        if name is not first and (len(name.split()) > _OWN_NAME_WORDS or _DIGIT.search(name)):
            continue  # a notice ("© 2024 X. All rights reserved."), not a name
        initials = acronym(name)
        # (… and the holder's name without its company's form: "Víkurfréttir ehf." signs
        # its copy "Víkurfréttir – vf.is")
        bare = _COMPANY_FORM.sub("", name).strip(" ,") if name is not first else None
        for found in (name.strip(), initials, bare):
            if found and found not in names:
                names.append(found)
    return tuple(names)


# The parts of a feed's title: its name, and a tagline or a section after a spaced dash, a
# bar or a colon.
_TITLE_PARTS = re.compile(r"\s+[-–—|·•»:]\s+|\s*[|｜]\s*")
# A name has a few words; a title part longer than this is a tagline.
_TITLE_NAME_WORDS = 4


# A name's marks in a title's part: a capital after its first letter, a digit or a dot.
_NAME_MARK = re.compile(r"^.+?(?:[A-ZÀ-ÞΑ-ΩА-ЯЁІЇЄҐ]|\d|\.\w)")


def _caseless(name: str) -> bool:
    """Written in a script without case (Thai, Arabic, CJK …): no plain word of a section."""
    return any(c.isalpha() for c in name) and not any(c.isupper() or c.islower() for c in name)


def _one_part(title: str) -> bool:
    """The title is a name of a few words, no parts ("福島民友ニュース", not "X - Section")."""
    return len(_TITLE_PARTS.split(title)) == 1 and len(title.split()) <= _TITLE_NAME_WORDS


def feed_names(meta: dict[str, Any]) -> tuple[str, ...]:
    """The names a feed's or a site's title of parts may give its outlet: its first and last
    part, each of a few words ("ГалІнфо - новини Львова та Галичини": "ГалІнфо"); read only
    where a line names one of them exactly (a host, "host:…", gives none)."""
    names: list[str] = []
    for title in _source_names(meta):
        if title.startswith("host:") or _one_part(title):
            continue
        parts = [p.strip() for p in _TITLE_PARTS.split(title) if p.strip()]
        names += [p for p in parts[:1] + parts[1:][-1:] if len(p.split()) <= _TITLE_NAME_WORDS]
    return tuple(names)


# A copyright holder or credit line longer than this, or with a year, is a notice.
_OWN_NAME_WORDS = 6
_DIGIT = re.compile(r"\d")
# A name shorter than this (letters and digits) names nothing to look for: "AP"; a name of
# ideographs is one shorter ("東邦", "共同": two characters are a name, not a word's letters).
_MIN_OWN_NAME = 3


def _ideographs(name: str) -> int:
    """1 for a name written in Chinese characters, kana or Hangul, else 0."""
    return int(CJK.search(name) is not None)


def _agency_publisher(doc: ParsedDocument, origin_url: str | None, wire: str | None) -> str | None:
    """For an agency's own copy (no URL, not a publisher's page) the publisher is the agency."""
    if origin_url or doc.format == "html" or not wire:
        return None
    return canonical_agency(wire)[0]


def _as_subjects(value: Any) -> list[Any]:
    """IPTC subject codes kept in metadata (a list, or one code)."""
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _extra_metadata(meta: dict[str, Any], page: HtmlPage | None) -> dict[str, Any]:
    """Metadata keys that are not columns, and what the page adds (site name, JSON-LD extras)."""
    mapped = {key for keys in FIELD_KEYS.values() for key in keys}
    extra = {k: v for k, v in meta.items() if k not in mapped}
    if page is not None:
        extra.update({k: v for k, v in page.extra.items() if v not in (None, "", [])})
        if page.site_name:
            extra.setdefault("site_name", page.site_name)
    return extra


def merge_origin(wire: Article, page: Article) -> Article:
    """Front-matter values win for the fields they set; the origin page fills what is missing."""
    merged = replace(wire, metadata=dict(wire.metadata), removed=list(wire.removed))
    for name in ("title", "description", "category", "language", "published_at", "modified_at"):
        if getattr(merged, name) in (None, ""):
            setattr(merged, name, getattr(page, name))
    if "category_raw" not in merged.metadata and "category_raw" in page.metadata:
        merged.metadata["category_raw"] = page.metadata["category_raw"]
    merged.publisher = merged.publisher or page.publisher
    merged.authors = merged.authors or list(page.authors)
    if not merged.body_text.strip():
        merged.body_text, merged.word_count = page.body_text, page.word_count
        merged.removed.extend(page.removed)
    has_lead = any(im.role == "lead" for im in merged.images)
    seen = {im.url for im in merged.images}
    images = list(merged.images)
    for im in page.images:
        if im.url not in seen:
            seen.add(im.url)
            images.append(replace(im, role="inline") if has_lead and im.role == "lead" else im)
    merged.images = images
    captioned = {c.image_url for c in merged.captions if c.image_url}
    merged.captions = merged.captions + [
        c for c in page.captions if c.image_url is None or c.image_url not in captioned
    ]
    merged.text_sha256 = text_sha256(merged.title, merged.body_text)
    merged.metadata["origin_page"] = {
        "url": page.source_uri,
        "canonical_url": page.origin_url,
        "sha256": page.content_sha256,
    }
    return merged


def _clean_origin(origin: ParsedDocument | None) -> Article | None:
    """The origin page as an article, or None when there is none or it has no usable body."""
    if origin is None:
        return None
    try:
        return clean_document(origin)
    except CleanError:
        return None


def clean_batch(
    docs: list[ParsedDocument],
    origins: dict[str, ParsedDocument] | None = None,
    repeated: Repeated = NOTHING_REPEATED,
) -> StageResult:
    """Clean a batch (merging origin pages by origin_url); a failure becomes a reject.

    Then the paragraphs each source repeats go (tasks/cleaning/repetition.py): `repeated` holds the
    counts of earlier runs, and the batch's own documents are counted too.
    """
    result = StageResult()
    for doc in docs:
        origin = (origins or {}).get(str(doc.metadata.get("origin_url") or "").strip())
        try:
            page = _clean_origin(origin)
            article = clean_document(doc, origin if page else None)
            result.items.append(merge_origin(article, page) if page else article)
        except CleanError as exc:
            # An item that waits for its origin page (a run without --fetch-origin) may load in
            # a run with it: its reject is tried again, not skipped as settled.
            waits = origin is None and bool(
                doc.metadata.get("origin_url") or doc.metadata.get("link_only")
            )
            result.rejects.append(
                Reject(doc.source_uri, "clean", str(exc), item_label(doc), retryable=waits)
            )
        except Exception as exc:  # a rule bug must not stop the run: keep it as a reject
            result.rejects.append(
                Reject(
                    doc.source_uri,
                    "clean",
                    "unexpected clean error",
                    f"{item_label(doc)} {type(exc).__name__}: {exc}".strip(),
                    retryable=True,  # tried again: the next release may fix the bug
                )
            )
    articles, failed = apply_repetition(result.items, repeated)
    result.items = articles
    result.rejects.extend(_unexpected(a.source_uri, exc) for a, exc in failed)
    return settle_inputs(result)  # a wire file's items: one outcome per input


def _unexpected(uri: str, exc: Exception) -> Reject:
    """The reject of an article a repetition-rule bug failed on (tried again next run)."""
    detail = f"repetition {type(exc).__name__}: {exc}"
    return Reject(uri, "clean", "unexpected clean error", detail, retryable=True)
