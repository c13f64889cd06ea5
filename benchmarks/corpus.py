"""Synthetic wire corpus for the pipeline benchmark: N documents in the three input shapes.

Roughly equal thirds of front-matter Markdown (a quarter of them saved as `.txt`, as agencies
do), plain agency copy and HTML article pages, in nested day directories (`DIR/2026-11-20/…`).
Each document carries 2–8 KB of invented text, 0–3 photos with captions and credits in the
forms wirecopy splits, boilerplate lines and a wire tag; HTML pages add the head, JSON-LD,
navigation, ads, teaser lists, scripts and footer of a real publisher page (~20–60 KB).

Deterministic: document i depends only on (seed, i), so a smaller N is a prefix of a larger one.
All text is invented from a small word list; names, places and outlets are fictional (only the
photo agencies in credits are real names, because the credit rules key on them).

    python benchmarks/corpus.py /tmp/corpus -n 300          # write 300 documents
    python benchmarks/corpus.py /tmp/corpus --modify 0.1     # append a paragraph to 10 %
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from html import escape
from pathlib import Path
from typing import Literal

Shape = Literal["markdown", "text", "html"]
SHAPES: tuple[Shape, ...] = ("markdown", "text", "html")

# Day directories hold this many documents: a busy wire desk files a few hundred items a day.
DOCS_PER_DAY = 250
LAST_DAY = date(2026, 11, 20)
# Text per document (characters of body copy), and total size of an HTML page.
TEXT_CHARS = (2_000, 8_000)
HTML_PAGE_CHARS = (20_000, 60_000)
# Share of Markdown documents saved with a .txt extension (format is detected by content).
MD_AS_TXT = 0.25

# Plain English words; none is a boilerplate or credit trigger ("photo", "advertisement",
# "podcast", an agency name) nor a junk-image word ("logo", "icon", "author", "flag", …).
_WORD_TEXT = (
    "the a an of to in on for with at by from about after before over under between across "
    "council city port valley river harbour market budget plan vote residents workers union "
    "company shares prices growth quarter report officials police court judge hearing case "
    "school teachers students hospital doctors patients water power grid station line service "
    "train bus road bridge tunnel airport flight weather storm rain frost heat season harvest "
    "farmers growers orchard wine fish boats coast island village district region province "
    "minister government parliament election candidate party campaign voters poll survey data "
    "rate inflation bank loan savings housing rent tenants landlords builders project contract "
    "museum library festival concert theatre team match season coach players fans stadium "
    "record year month week day morning evening night said told added noted warned expected "
    "agreed rejected approved delayed opened closed raised cut doubled fell rose reached held "
    "new old large small early late local national public private first second third final "
    "several many few most some other more less higher lower longer shorter major minor "
    "because while although since until when where which that this those these its their "
    "would could should might will may must can has have had was were is are been being "
    "people families children drivers passengers visitors shoppers owners operators managers "
    "talks offer deal payment raise fee tax fund grant support costs losses profits sales "
    "north south east west central northern southern eastern western upper lower inner outer"
)
_TITLE_TEXT = (
    "Council Approves Budget Harbour Bridge Reopens Rail Strike Called Off Valley Orchards "
    "Frost Cuts Harvest Solar Farm Doubles Port Alder Ferry Operators Count Cost Grid Fees Rise "
    "Library Hours Extended Storm Warning Issued Tenants Win Rent Case Airport Expansion Delayed "
    "Fishing Quotas Raised School Repairs Funded Market Hall Sold Festival Returns Tram Line Opens"
)
_WORDS = _WORD_TEXT.split()
_TITLE_WORDS = _TITLE_TEXT.split()
_FIRST = "Ana Lena Tomas Mira Jon Eva Karl Nora Ivo Sara Paul Rita Owen Lina Emil Dora Femi Yuki"
_LAST = "Ortiz Holt Pak Brenner Ruiz Lindqvist Moreau Okafor Tanaka Varga Novak Hale Quint Sato"
_FIRST_NAMES = _FIRST.split()
_LAST_NAMES = _LAST.split()
_PLACES = ("PORT ALDER", "NORTHWICK", "LAKESIDE", "VELMORE", "ASHFORD BAY", "KESTREL POINT")
_WIRES = ("Meridian News", "Northwind Press", "Harbour Wire", "Coastline Press", "Alder Times")
_SECTIONS = ("Business", "Politics", "City", "Agriculture", "Transport", "Sport", "Culture")
_SITES = (
    ("Harbour Daily", "harbourdaily.example"),
    ("Valley Courier", "valleycourier.example"),
    ("Northwick Post", "northwickpost.example"),
    ("Lakeside Herald", "lakesideherald.example"),
)


@dataclass(frozen=True, slots=True)
class Photo:
    """One picture: where it is, what the caption says and the credit as printed."""

    url: str
    caption: str
    credit_tail: str  # appended to the caption: "(Photo: Reuters)", "REUTERS/Ana Ruiz", …
    credit_span: str | None  # HTML only: credit in its own <span class="credit">


@dataclass(frozen=True, slots=True)
class Generated:
    """One written document: its path and its shape."""

    path: Path
    shape: Shape


class _Writer:
    """Invented copy for one document, from a generator seeded by (seed, index)."""

    def __init__(self, seed: int, index: int) -> None:
        self.rng = random.Random(f"wirecopy-bench-{seed}-{index}")
        self.index = index

    def name(self) -> str:
        return f"{self.rng.choice(_FIRST_NAMES)} {self.rng.choice(_LAST_NAMES)}"

    def sentence(self, lo: int = 8, hi: int = 24) -> str:
        words = [self.rng.choice(_WORDS) for _ in range(self.rng.randint(lo, hi))]
        if self.rng.random() < 0.3:  # a figure now and then, as real copy has
            words.insert(self.rng.randrange(len(words)), f"{self.rng.randint(2, 980)}")
        if self.rng.random() < 0.2:
            words.insert(self.rng.randrange(len(words)), self.name())
        text = " ".join(words)
        if self.rng.random() < 0.15:
            return f'"{text[0].upper()}{text[1:]}," {self.name()} said.'
        return f"{text[0].upper()}{text[1:]}."

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 5)))

    def paragraphs(self) -> list[str]:
        """Body paragraphs adding up to 2–8 KB of text."""
        target = self.rng.randint(*TEXT_CHARS)
        out: list[str] = []
        while sum(len(p) + 2 for p in out) < target:
            out.append(self.paragraph())
        return out

    def headline(self) -> str:
        words = [self.rng.choice(_TITLE_WORDS) for _ in range(self.rng.randint(5, 10))]
        return f"{' '.join(words)} {self.index}"

    def caption(self) -> str:
        words = " ".join(self.rng.choice(_WORDS) for _ in range(self.rng.randint(6, 14)))
        return f"{words[0].upper()}{words[1:]} on {self.rng.choice(_WEEKDAYS)}."

    def photos(self, base: str, html: bool = False) -> list[Photo]:
        """0–3 pictures, credited in the forms the credit rules split."""
        out: list[Photo] = []
        for k in range(self.rng.randint(0, 3)):
            who = self.name()
            form = self.rng.randrange(4)
            tail, span = {
                0: ("(Photo: Reuters)", None),
                1: (f"(Photo by {who}/Getty Images)", None),
                2: (f"REUTERS/{who}", None),
                # A figcaption credit span on pages; agency copy has no spans, so a label there.
                3: ("", f"Photo: {who}/{self.rng.choice(_WIRES)}")
                if html
                else (f"(Photo: {who}/AFP)", None),
            }[form]
            out.append(Photo(f"{base}/{self.index}-{k}.jpg", self.caption(), tail, span))
        return out

    def when(self, day: date) -> datetime:
        return datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(
            minutes=self.rng.randrange(24 * 60)
        )


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]


def _caption_line(photo: Photo) -> str:
    return f"{photo.caption} {photo.credit_tail}".strip()


def _boilerplate(w: _Writer, wire: str) -> dict[str, str]:
    """The promo and teaser lines the cleaning rules remove."""
    return {
        "ad": "ADVERTISEMENT",
        "earlier": f"Earlier: {w.headline()}",
        "podcast": f"Subscribe to the {wire} Morning podcast on any podcast app.",
        "newsletter": "Sign up for our morning newsletter to get city news in your inbox.",
        "follow": "Follow us on social media for more updates.",
    }


def _splice(paragraphs: list[str], extras: list[str], rng: random.Random) -> list[str]:
    """Insert extra lines at random places after the first paragraph."""
    out = list(paragraphs)
    for extra in extras:
        out.insert(rng.randint(1, max(1, len(out) - 1)), extra)
    return out


def markdown_document(w: _Writer, day: date) -> str:
    """YAML front matter + Markdown body: inline images with the caption repeated under them."""
    _, host = w.rng.choice(_SITES)
    title = w.headline()
    wire = w.rng.choice(_WIRES)
    section = w.rng.choice(_SECTIONS)
    photos = w.photos(f"https://img.{host}/photos/{day:%Y/%m}")
    paras = w.paragraphs()
    paras[0] = f"{w.rng.choice(_PLACES)} ({wire}) -- {paras[0]}"
    # Links and emphasis the parser renders away.
    paras[1 % len(paras)] = paras[1 % len(paras)].replace(" the ", " **the** ", 1)
    paras[-1] = f"{paras[-1]} [More on this](https://{host}/{section.lower()}/{w.index})."
    bp = _boilerplate(w, wire)
    extras = [bp["ad"], bp["earlier"], bp["podcast"]]
    if len(paras) > 3:
        extras.append(f"## {w.headline()}")
    for photo in photos:
        line = _caption_line(photo)
        extras.append(f"![{line}]({photo.url})\n\n{line}")
    body = _splice(paras, extras, w.rng)
    body.append(f"©{day.year} {wire} Agency")
    lead = f"https://img.{host}/photos/{day:%Y/%m}/{w.index}-lead.jpg"
    front = {
        "code": f"BENCH{w.index:07d}",
        "origin_url": f"https://www.{host}/{section.lower()}/{w.index}/{_slug(title)}?utm_source=wire",
        "image": lead if w.rng.random() < 0.5 else None,
        "title": title,
        "description": w.sentence(10, 20),
        "category": section.upper(),
        "language": "en",
        "date": w.when(day).isoformat(),
        "author": w.name(),
        "wire": wire,
        "desk": w.rng.choice(("metro", "national", "world")),
    }
    yaml = "\n".join(f"{k}: {json.dumps(v)}" for k, v in front.items() if v is not None)
    return f"---\n{yaml}\n---\n\n" + "\n\n".join(body) + "\n"


def text_document(w: _Writer, day: date) -> str:
    """Plain agency copy: markers, section, headline, Published: label, captions, wire tag."""
    wire = w.rng.choice(_WIRES)
    photos = w.photos(f"https://img.{_slug(wire)}.example/photos")
    paras = w.paragraphs()
    paras[0] = f"({wire}) -- {paras[0]}"
    bp = _boilerplate(w, wire)
    body = _splice(paras, [bp["earlier"], bp["podcast"], bp["follow"], bp["ad"]], w.rng)
    head = [
        "ADVERTISEMENT",
        w.rng.choice(_SECTIONS),
        w.headline(),
        f"Published: {w.when(day):%B %d, %Y}",
        *(_caption_line(p) for p in photos),
    ]
    return "\n\n".join([*head, *body, f"©{day.year} {wire} Agency"]) + "\n"


def _figure(photo: Photo, lead: bool) -> str:
    credit = f' <span class="credit">{photo.credit_span}</span>' if photo.credit_span else ""
    tail = f" {photo.credit_tail}" if photo.credit_tail else ""
    return (
        f'<figure class="{"lead-media" if lead else "inline-media"}"><picture>'
        f'<source type="image/webp" srcset="{photo.url[:-4]}.webp 1200w">'
        f'<img src="{photo.url}" alt="{photo.caption}" width="1200" height="800" '
        f'loading="lazy"></picture><figcaption>{photo.caption}{tail}{credit}</figcaption>'
        "</figure>"
    )


def _links(w: _Writer, host: str, n: int, cls: str = "") -> str:
    items = "".join(
        f'<li{cls}><a href="https://www.{host}/{w.rng.choice(_SECTIONS).lower()}/'
        f'{w.rng.randint(1000, 9999)}">{w.headline()}</a></li>'
        for _ in range(n)
    )
    return f"<ul>{items}</ul>"


def _filler_script(w: _Writer, chars: int) -> str:
    """An inline app-state script of about `chars` characters, as single-page publishers ship."""
    items: list[str] = []
    size = 0
    while size < chars:
        slot = " ".join(w.rng.choice(_TITLE_WORDS) for _ in range(6))
        item = f'"module_{len(items)}":{{"id":{w.rng.getrandbits(48)},"slot":"{slot}","on":true}}'
        items.append(item)
        size += len(item) + 1
    return f"<script>window.__APP_STATE__ = {{{','.join(items)}}};</script>"


def html_document(w: _Writer, day: date) -> str:
    """A publisher's article page: head/meta/JSON-LD, chrome, ads, figures, teasers, footer."""
    site, host = w.rng.choice(_SITES)
    title = w.headline()
    section = w.rng.choice(_SECTIONS)
    author = w.name()
    published = w.when(day)
    url = f"https://www.{host}/{section.lower()}/{day:%Y/%m/%d}/{w.index}/{_slug(title)}"
    photos = w.photos(f"https://cdn.{host}/photos/{day:%Y/%m}", html=True)
    paras = w.paragraphs()
    if w.rng.random() < 0.5:
        wire = w.rng.choice(_WIRES)
        paras[0] = f"{w.rng.choice(_PLACES)} ({wire}) — {paras[0]}"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": published.isoformat(),
        "dateModified": (published + timedelta(hours=2)).isoformat(),
        "author": {"@type": "Person", "name": author},
        "articleSection": section,
        "image": [p.url for p in photos],
        "publisher": {"@type": "Organization", "name": site, "logo": f"https://{host}/logo.png"},
        "mainEntityOfPage": url,
    }
    if w.rng.random() < 0.25:  # some publishers repeat the whole body in JSON-LD
        ld["articleBody"] = "\n\n".join(paras)
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": f"https://{host}/"},
            {"@type": "ListItem", "position": 2, "name": section, "item": f"https://{host}/s"},
        ],
    }
    tags = [w.rng.choice(_TITLE_WORDS) for _ in range(5)]
    head = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title} | {site}</title>\n"
        f'<link rel="canonical" href="{url}">\n'
        f'<link rel="stylesheet" href="https://static.{host}/css/main.{w.index % 97}.css">\n'
        f'<link rel="preconnect" href="https://cdn.{host}">\n'
        f'<meta name="description" content="{escape(w.sentence(10, 20))}">\n'
        f'<meta property="og:title" content="{title}">\n'
        f'<meta property="og:site_name" content="{site}">\n'
        f'<meta property="og:url" content="{url}">\n'
        '<meta property="og:type" content="article">\n'
        + (f'<meta property="og:image" content="{photos[0].url}">\n' if photos else "")
        + f'<meta property="article:published_time" content="{published.isoformat()}">\n'
        f'<meta property="article:section" content="{section}">\n'
        + "".join(f'<meta property="article:tag" content="{t}">\n' for t in tags)
        + f'<meta name="author" content="{author}">\n'
        '<meta name="twitter:card" content="summary_large_image">\n'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>\n'
        f'<script type="application/ld+json">{json.dumps(crumbs)}</script>\n'
        "<style>body{margin:0;font-family:serif}.ad-slot{min-height:250px}"
        ".site-header{position:sticky;top:0}.article-body p{line-height:1.6}</style>\n"
        "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'pageType':'article',"
        f"'section':'{section}','articleId':'{w.index}'}});</script>\n"
        "</head>\n"
    )
    body_parts: list[str] = []
    for i, para in enumerate(paras):
        if i == 2:
            body_parts.append(
                f'<div class="ad-slot" id="ad-inline-{i}"><span>Advertisement</span>'
                f'<div id="gpt-ad-{w.index}-{i}"></div></div>'
            )
        if i == 3 and len(paras) > 5:
            body_parts.append(f"<h2>{w.headline()}</h2>")
        if i == 4:
            body_parts.append(
                f'<aside class="related"><h3>Related stories</h3>{_links(w, host, 4)}</aside>'
            )
        body_parts.append(f"<p>{para}</p>")
    figures = [_figure(p, lead=k == 0) for k, p in enumerate(photos)]
    for k, fig in enumerate(figures[1:], start=1):
        body_parts.insert(min(len(body_parts), 2 * k + 1), fig)
    body_parts.append(
        '<div class="newsletter-signup"><p>Get the Morning Briefing in your inbox every '
        'weekday.</p><form><input type="email"><button>Sign up</button></form></div>'
    )
    nav = _links(w, host, 30, ' class="nav-item"')
    body = (
        '<body class="article-page">\n'
        '<div class="cookie-banner" id="cookie-consent">We use cookies to improve your '
        "experience. <button>Accept all cookies</button></div>\n"
        f'<header class="site-header"><div class="top-ad ad-slot"><span>Advertisement</span>'
        f'</div><nav class="main-nav">{nav}</nav></header>\n'
        f'<div class="breadcrumbs"><a href="/">Home</a> › <a href="/s">{section}</a></div>\n'
        "<main>\n<article>\n"
        f"<h1>{title}</h1>\n"
        f'<div class="byline">By <a href="/people/{_slug(author)}">{author}</a> '
        f'<time datetime="{published.isoformat()}">{published:%B %d, %Y}</time></div>\n'
        '<div class="share-bar"><a href="#">Share on X</a><a href="#">Share by email</a></div>\n'
        + (figures[0] + "\n" if figures else "")
        + '<div class="article-body">\n'
        + "\n".join(body_parts)
        + "\n</div>\n"
        + f'<div class="tags-list">{"".join(f"<a>{t}</a>" for t in tags)}</div>\n'
        "</article>\n"
        f'<aside class="most-read"><h3>Most read</h3>{_links(w, host, 10)}</aside>\n'
        "</main>\n"
        f'<section class="comments"><h3>Comments</h3><p>{w.sentence()}</p></section>\n'
        f'<footer class="site-footer">{_links(w, host, 24)}'
        f"<p>© {day.year} {site}. All rights reserved.</p></footer>\n"
    )
    scripts = "".join(
        f'<script async src="https://static.{host}/js/chunk-{k}.{w.index % 89}.js"></script>\n'
        for k in range(8)
    )
    page = head + body + scripts
    target = w.rng.randint(*HTML_PAGE_CHARS)
    filler = _filler_script(w, max(0, target - len(page) - 40))
    return f"{page}{filler}\n</body>\n</html>\n"


def document(seed: int, index: int) -> tuple[Shape, str, str]:
    """Document `index`: (shape, relative path, text). Shapes rotate so thirds are equal."""
    w = _Writer(seed, index)
    shape = SHAPES[index % 3]
    day = LAST_DAY - timedelta(days=index // DOCS_PER_DAY)
    folder = f"{day:%Y-%m-%d}"
    if shape == "markdown":
        ext = "txt" if w.rng.random() < MD_AS_TXT else "md"
        return shape, f"{folder}/story-{index:06d}.{ext}", markdown_document(w, day)
    if shape == "text":
        return shape, f"{folder}/wire-{index:06d}.txt", text_document(w, day)
    return shape, f"{folder}/page-{index:06d}.html", html_document(w, day)


def iter_documents(n: int, seed: int = 1) -> Iterator[tuple[Shape, str, str]]:
    """The first n documents of the corpus for this seed."""
    for index in range(n):
        yield document(seed, index)


def generate(root: Path, n: int, seed: int = 1) -> list[Generated]:
    """Write n documents under root (nested day directories); return what was written."""
    written: list[Generated] = []
    for shape, rel, text in iter_documents(n, seed):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(Generated(path, shape))
    return written


def modify(root: Path, fraction: float = 0.1, seed: int = 1) -> list[Path]:
    """Append a paragraph to every k-th file (k = 1/fraction), as a late correction does."""
    files = sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith("."))
    step = max(1, round(1 / fraction)) if fraction > 0 else len(files) + 1
    changed: list[Path] = []
    for i, path in enumerate(files):
        if i % step:
            continue
        extra = _Writer(seed, -1 - i).paragraph()
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        cut = text.rfind("</article>")
        if cut < 0:
            cut = text.rfind("</body>")
        if cut >= 0:  # HTML: the new paragraph goes inside the article, where a correction sits
            text = f"{text[:cut]}<p>{extra}</p>\n{text[cut:]}"
        else:
            text = f"{text.rstrip()}\n\n{extra}\n"
        path.write_text(text, encoding="utf-8", errors="surrogateescape")
        changed.append(path)
    return changed


def main() -> None:
    """Command line: write a corpus, or modify one in place."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("dir", type=Path, help="output directory (day folders are created inside)")
    ap.add_argument("-n", type=int, default=300, help="number of documents (default 300)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--modify", type=float, metavar="FRACTION", help="modify instead of write")
    args = ap.parse_args()
    if args.modify is not None:
        print(f"modified {len(modify(args.dir, args.modify, args.seed))} file(s)")
        return
    docs = generate(args.dir, args.n, args.seed)
    total = sum(d.path.stat().st_size for d in docs)
    print(f"wrote {len(docs)} documents, {total / 1e6:.1f} MB, under {args.dir}")


if __name__ == "__main__":
    main()
