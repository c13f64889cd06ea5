"""ninjs 1.x, 2.x and 3.x: single objects, lists, and API envelopes that wrap a list of items.

Keys are read case-insensitively (1.x and 2.x write `versioncreated`, 3.x `versionCreated`), and
each field is taken from whichever version's shape is present (`headline` or `headlines[]`,
`body_*` or `bodies[]`, `byline` or `by`, associations as an object or a list).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from wirecopy.schemas.wire import NonArticle, PubStatus, Subject, WireFile, WireImage, WireItem
from wirecopy.tasks.formats.bylines import authors_from_byline, with_listed_names
from wirecopy.tasks.formats.errors import WireFormatError
from wirecopy.tasks.formats.nitf import KILL_NOTE, story
from wirecopy.tasks.formats.wiredates import wire_datetime
from wirecopy.tasks.formats.wiretext import body_paragraphs, clean, copyright_holder, first_text
from wirecopy.tasks.formats.xmlsafe import parse_fragment

Obj = dict[str, Any]

# A ninjs item names itself (uri/guid) and has at least one of these (lower-cased) keys.
ITEM_KEYS = frozenset(
    {"headline", "headlines", "body_text", "body_html", "body_html5", "body_xhtml", "body_nitf",
     "bodies", "versioncreated", "byline", "by", "renditions", "descriptions", "description_text",
     "type"}
)  # fmt: skip
ID_KEYS = ("uri", "guid", "_id", "id", "itemid")
# Envelope keys under which APIs (AP Media API, Reuters, agency feeds) wrap their items.
WRAPPER_KEYS = ("item", "data", "content", "ninjs", "document")
TEXT_TYPES = frozenset({"text", "composite", "article", "story"})
PICTURE_TYPES = frozenset({"picture", "photo", "image", "graphic"})
STATUS: dict[str, PubStatus] = {"usable": "usable", "withheld": "withheld", "canceled": "canceled"}
# Body roles/content types in order of preference: structured markup keeps paragraphs apart.
BODY_PREFERENCE = ("xhtml", "html", "nitf", "text", "plain")
SUMMARY_ROLES = ("summary", "lead", "abstract", "teaser", "text", "description")
# Envelope nesting searched for item lists (data → items → item is three levels).
MAX_ENVELOPE_DEPTH = 4


def lower_keys(value: Any) -> Any:
    """The same JSON with every object key lower-cased (ninjs 3 camelCase → 1.x/2.x keys)."""
    if isinstance(value, dict):
        return {str(k).lower(): lower_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [lower_keys(v) for v in value]
    return value


def is_item(obj: Any) -> bool:
    """True for a dict that looks like one ninjs item (keys already lower-cased)."""
    return (
        isinstance(obj, dict)
        and any(k in obj for k in ID_KEYS[:2])
        and bool(ITEM_KEYS & obj.keys())
    )


def find_items(doc: Any, depth: int = 0) -> list[Obj]:
    """The ninjs items of a document: itself, a list of items, or the list an envelope wraps."""
    if is_item(doc):
        return [doc]
    if depth >= MAX_ENVELOPE_DEPTH:
        return []
    if isinstance(doc, list):
        return [item for entry in doc for item in find_items(entry, depth + 1)]
    if isinstance(doc, dict):
        for value in doc.values():
            if isinstance(value, dict | list) and (found := find_items(value, depth + 1)):
                return found
    return []


def _str(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("value") or value.get("name")
    return clean(value) if isinstance(value, str) else None


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, dict):  # 1.x: {"name": {...}} maps; keep the name inside each value
        return [
            dict(v, name=v.get("name", k)) if isinstance(v, dict) else v for k, v in value.items()
        ]
    return value if isinstance(value, list) else [value]


def _by_role(entries: Iterable[Any], roles: Iterable[str]) -> str | None:
    entries = [e for e in entries if isinstance(e, dict)]
    for role in roles:
        for e in entries:
            if role in str(e.get("role", "")).lower() and (text := _str(e)):
                return text
    return None


def _headlines(obj: Obj) -> tuple[str | None, str | None]:
    headlines = obj.get("headlines")
    if isinstance(headlines, dict):  # {"main": …, "sub": …}: roles as keys (PAP's feed)
        headlines = [
            {**v, "role": v.get("role", k)} if isinstance(v, dict) else {"role": k, "value": v}
            for k, v in headlines.items()
        ]
    entries = [e for e in _list(headlines) if isinstance(e, dict)]
    main = _str(obj.get("headline")) or _by_role(entries, ("main",))
    main = main or first_text(_str(e) for e in entries if "sub" not in str(e.get("role", "")))
    sub = _by_role(entries, ("sub",)) or _str(obj.get("subheadline"))
    return main or _str(obj.get("title")), sub


def _bodies(obj: Obj) -> list[tuple[str, str]]:
    """(kind, value) of each body: body_xhtml/body_html/body_text or bodies[]."""
    out = [
        (key[5:], v)
        # ninjs 1.x names its HTML body "body_html5".
        for key in ("body_xhtml", "body_html", "body_html5", "body_nitf", "body_text")
        if isinstance(v := obj.get(key), str)
    ]
    for b in _list(obj.get("bodies")):
        if isinstance(b, dict) and isinstance(b.get("value"), str):
            out.append((f"{b.get('role', '')} {b.get('contenttype', '')}".lower(), b["value"]))
        elif isinstance(b, str):
            out.append(("text", b))
    return out


def _paragraphs(obj: Obj) -> tuple[list[str], Any]:
    """Paragraphs of the preferred body, and the NITF story when the body was NITF."""
    bodies = _bodies(obj)
    for wanted in BODY_PREFERENCE:
        for kind, value in bodies:
            if wanted not in kind:
                continue
            if "nitf" in kind and (root := parse_fragment(value)) is not None:
                s = story(root)
                if s.paragraphs:
                    return s.paragraphs, s
                continue
            if paragraphs := body_paragraphs(value, markup="html" in kind):
                return paragraphs, None
    for _, value in bodies:  # unknown kinds: only if they read as text or HTML
        if paragraphs := body_paragraphs(value):
            return paragraphs, None
    return [], None


def _renditions(obj: Obj) -> str | None:
    best: tuple[int, str] | None = None
    for r in _list(obj.get("renditions")):
        if not isinstance(r, dict) or not isinstance(r.get("href"), str):
            continue
        width: int = r["width"] if isinstance(r.get("width"), int) else 0
        if best is None or width > best[0]:
            best = (width, r["href"])
    return best[1] if best else None


def _caption(obj: Obj) -> str | None:
    return (
        _str(obj.get("description_text"))
        or first_text(body_paragraphs(obj.get("description_xhtml")) or [None])
        or _by_role(_list(obj.get("descriptions")), ("caption", "text", "summary", ""))
        or _headlines(obj)[0]
    )


def _byline(obj: Obj) -> str | None:
    by = obj.get("byline") if obj.get("byline") is not None else obj.get("by")
    if by is None and isinstance(obj.get("bylines"), list):  # AP: [{"by": "By X", "title": …}]
        by = [b.get("by") if isinstance(b, dict) else b for b in obj["bylines"]]
    elif by is None:
        by = obj.get("bylines")
    if isinstance(by, list):
        return "; ".join(n for b in by if (n := _str(b))) or None
    return _str(by)


def _images(obj: Obj) -> tuple[list[WireImage], list[tuple[str, str]]]:
    images: list[WireImage] = []
    links: list[tuple[str, str]] = []
    for assoc in _list(obj.get("associations")):
        if not isinstance(assoc, dict):
            continue
        kind = str(assoc.get("type", "")).lower()
        name = str(assoc.get("name", "")).lower()
        ref = _str(assoc.get("uri")) or _str(assoc.get("guid"))
        if ref:
            links.append((kind or "association", ref))
        if kind not in PICTURE_TYPES or "logo" in name:
            continue  # press-release logos are branding, not pictures of the story
        url = _renditions(assoc) or (ref if ref and ref.startswith("http") else None)
        if url:
            credit = _byline(assoc) or _str(assoc.get("creditline"))
            role = "lead" if not images else "inline"
            alt = _headlines(assoc)[0]
            images.append(WireImage(url, _caption(assoc), credit, alt, role, ref))
    return images, links


# The roles a ninjs "people" entry's rel gives to whoever made the item; the other entries
# are the people in the news ("subject"), whom a byline never names as its writer.
_CONTRIBUTOR_RELS = frozenset(
    {"author", "creator", "contributor", "writer", "reporter", "correspondent", "byline", "by"}
)


def _contributors(obj: Obj) -> list[str]:
    """The names of the item's people whose rel says they made it ("rel": "author")."""
    return _names(
        [
            e
            for e in _list(obj.get("people"))
            if isinstance(e, dict)
            and str(e.get("rel") or e.get("role") or "")
            .rsplit("/", 1)[-1]
            .rsplit(":", 1)[-1]
            .lower()
            in _CONTRIBUTOR_RELS
        ]
    )


def _names(entries: list[Any]) -> list[str]:
    return [n for e in entries if (n := _str(e.get("name") if isinstance(e, dict) else e))]


def _subjects(obj: Obj) -> tuple[Subject, ...]:
    out: list[Subject] = []
    for s in _list(obj.get("subjects")) + _list(obj.get("subject")):
        if isinstance(s, dict):
            code = s.get("qcode") or s.get("uri") or s.get("literal")
            if not code and s.get("code"):
                code = f"{s.get('scheme', '')}{s['code']}"
            out.append(Subject(clean(str(code)) if code else None, _str(s.get("name"))))
    return tuple(s for s in out if s.code or s.name)


def parse_item(obj: Obj) -> WireItem | NonArticle:
    """One ninjs item (keys lower-cased) → WireItem, or NonArticle for media and events."""
    item_id = next((clean(str(obj[k])) for k in ID_KEYS if obj.get(k)), None)
    kind = str(obj.get("type") or "").lower()
    headline, sub = _headlines(obj)
    paragraphs, nitf = _paragraphs(obj)
    if (kind and kind not in TEXT_TYPES) or not (headline or paragraphs):
        cls = kind or "unknown"
        return NonArticle(item_id, cls, f"non-article item class: {cls}", headline)
    status = str(obj.get("pubstatus") or "usable").lower()
    ed_note = _str(obj.get("ednote"))
    byline = _byline(obj) or (nitf.byline if nitf else None)
    images, links = _images(obj)
    sources = _names(_list(obj.get("infosources")))
    holder = _str(obj.get("copyrightholder")) or copyright_holder(_str(obj.get("copyrightnotice")))
    urgency = obj.get("urgency")
    fields: dict[str, Any] = {
        "copyright_notice": _str(obj.get("copyrightnotice")),
        "usage_terms": _str(obj.get("usageterms")),
        "profile": _str(obj.get("profile")),
        "places": _names(_list(obj.get("places")) + _list(obj.get("place"))),
        "genres": _names(_list(obj.get("genres"))),
        "sources": sources,
        "expires": _str(obj.get("expires")),
        "ninjs_type": kind or None,
    }
    extra = {k: v for k, v in fields.items() if v}
    return WireItem(
        format="ninjs",
        item_id=item_id,
        version=_str(str(obj["version"])) if obj.get("version") is not None else None,
        version_created=wire_datetime(obj.get("versioncreated")),
        first_created=wire_datetime(obj.get("firstcreated"))
        or wire_datetime(obj.get("contentcreated")),
        pub_status=STATUS.get(status, "usable"),
        killed=status == "canceled" or bool(ed_note and KILL_NOTE.search(ed_note)),
        embargoed_until=wire_datetime(obj.get("embargoed")),
        headline=headline or (nitf.headline if nitf else None),
        subheadline=sub,
        authors=with_listed_names(authors_from_byline(byline), _contributors(obj))
        if _byline(obj)
        else (nitf.authors if nitf else ()),
        byline=byline,
        slugline=_str(obj.get("slugline")),
        dateline=_str(obj.get("dateline")) or (nitf.dateline if nitf else None),
        located=_str(obj.get("located")),
        language=_str(obj.get("language")),
        summary=_str(obj.get("description_text"))
        or _by_role(_list(obj.get("descriptions")), SUMMARY_ROLES),
        creditline=_str(obj.get("creditline")),
        # A notice names its holder when no field does ("Copyright 2013 The News Agency, …").
        provider=first_text([*sources, holder]),
        copyright_holder=holder,
        urgency=urgency if isinstance(urgency, int) else None,
        subjects=_subjects(obj),
        keywords=tuple(k for k in _list(obj.get("keywords")) if isinstance(k, str)),
        ed_note=ed_note,
        signals=tuple(str(s) for s in _list(obj.get("signals"))),
        paragraphs=tuple(paragraphs),
        images=tuple(images),
        origin_url=_link(obj),
        associations=tuple(links),
        extra=extra,
    )


# What a package's stories take from it when they do not say themselves.
_INHERITED = ("language", "copyrightholder", "copyrightnotice", "usageterms", "infosources")


def package_stories(obj: Obj) -> list[Obj]:
    """A package with no body of its own (a bulletin's "composite") stands for the text items
    it carries with their bodies, each taking the package's language and rights; any other
    item stands for itself."""
    if _paragraphs(obj)[0]:
        return [obj]
    stories = [
        _with_package_state({**{k: obj[k] for k in _INHERITED if k in obj}, **assoc}, obj)
        for assoc in _list(obj.get("associations"))
        if isinstance(assoc, dict)
        and str(assoc.get("type") or "text").lower() in TEXT_TYPES
        and _paragraphs(assoc)[0]
    ]
    return stories or [obj]


def _with_package_state(story: Obj, package: Obj) -> Obj:
    """A story with its package's hold on it: a canceled or withheld package holds its stories
    too, and its embargo and editor's note stand where theirs are missing."""
    held = str(package.get("pubstatus") or "").lower()
    if held in ("canceled", "withheld") and str(story.get("pubstatus") or "").lower() != "canceled":
        story["pubstatus"] = held
    for key in ("embargoed", "ednote", "expires"):
        if package.get(key) and not story.get(key):
            story[key] = package[key]
    return story


def _link(obj: Obj) -> str | None:
    for key in ("link", "url", "web_url", "canonical_url"):
        if isinstance(v := obj.get(key), str) and v.startswith(("http://", "https://")):
            return v
    return None


def parse_ninjs(doc: Any) -> WireFile:
    """A parsed JSON document holding ninjs → WireFile."""
    objects = find_items(lower_keys(doc))
    if not objects:
        raise WireFormatError("no ninjs item found", "JSON without uri + headline/body keys")
    items: list[WireItem] = []
    others: list[NonArticle] = []
    seen: set[str] = set()
    for obj in (one for found in objects for one in package_stories(found)):
        ident = next((str(obj[k]) for k in ID_KEYS if obj.get(k)), None)
        if ident is not None and ident in seen:
            continue  # a story sent both inside its package and on its own
        if ident is not None:
            seen.add(ident)
        parsed = parse_item(obj)
        if isinstance(parsed, WireItem):
            items.append(parsed)
        else:
            others.append(parsed)
    return WireFile(format="ninjs", items=tuple(items), non_articles=tuple(others))
