"""Score wirecopy's HTML extractor on the shared corpus: plain dev, cross-validated, scoreboard.

    python benchmarks/extraction.py                  # 10-fold CV by publisher/site + scoreboard
    python benchmarks/extraction.py --folds 0        # leave-one-publisher/site-out
    python benchmarks/extraction.py --tools          # also the shared tools' own tables
    python benchmarks/extraction.py --json out.json
    python benchmarks/extraction.py --rename-classes # unseen class names: ours vs trafilatura
    python benchmarks/extraction.py --plain-tags     # no HTML5 tags: ours vs trafilatura
    python benchmarks/extraction.py --div-paragraphs # no <p>: ours vs trafilatura
    python benchmarks/extraction.py --bare           # all three at once: ours vs trafilatura
    python benchmarks/extraction.py --br-paragraphs  # "text<br><br>" paragraphs: ours vs traf.
    python benchmarks/extraction.py --page-form      # the page inside one <form>: ours vs traf.
    python benchmarks/extraction.py --lazy-images    # picture URLs under a lazy loader's own name
    python benchmarks/extraction.py --related-class  # the article's container classed "related"
    python benchmarks/extraction.py --unclosed-aside # a sidebar <aside> left open above it all
    python benchmarks/extraction.py --extensionless  # picture URLs without a file extension
    python benchmarks/extraction.py --split-article  # the article in three parts around ads
    python benchmarks/extraction.py --discard-class  # the article's container classed share-tools
    python benchmarks/extraction.py --table-layout   # the page laid out in a <table>
    python benchmarks/extraction.py --next-story     # another story below the page's own
    python benchmarks/extraction.py --noscript-images  # placeholders, the pictures in <noscript>

Plain dev figures are all rules on, all pages. Cross-validated figures: pages are split into
folds of whole publishers (news-dev) or sites (aeb-dev); for each fold the rules' on/off choices
and the tuned settings are decided on the other folds only, then the fold is scored with them.
The scoreboard lists, for every named rule, the pages and publishers it acts on and what each
metric does when it alone is switched off.

`--rename-classes` is a stress test for unseen publishers: every class and id token of every
page is replaced by a meaningless one (the same token always by the same stand-in), so no rule
that reads class names can fire; only structure, text and standard attributes are left. The
shared tools then score wirecopy and trafilatura on those renamed pages. `--plain-tags` is the
same for pages written without HTML5's sectioning and figure elements (article, main, aside,
nav, header, footer, section, figure, figcaption become divs): the rules that read those tags
cannot fire, as on an older publisher's template. `--div-paragraphs` writes every <p> as a <div>
(templates that never use <p>, as Reuters' paragraph divs). `--bare` does all three at once:
what is left is the text, the links, the pictures and the standard attributes.
`--br-paragraphs` writes every <p> as its text followed by "<br><br>" (older templates, blogs and
several Asian CMSs), `--page-form` puts the whole page inside one <form> (ASP.NET WebForms).
`--lazy-images` moves every picture's URL into an attribute no rule names ("data-echo", as a
lazy loader of its own would) and leaves a data: placeholder in src. `--related-class` gives
the article's container (the deepest element holding 60 % of the page's <p> text) the extra
class "related-links", a boilerplate word on the article itself, as some templates write.
`--unclosed-aside` opens `<aside class="sidebar widget-area">` right after <body> and never
closes it (a template's missing end tag): the parser nests the page in it, wholly or up to the
first element that closes it implicitly. `--extensionless` drops the file extension of every
picture URL whose file name has 10 characters or more (image CDNs serve "…/quay-opening?w=960";
the image tool matches shorter names by their whole URL, which the change would break).
`--split-article` cuts the article's container (as for --related-class) into three sibling
parts of its tag and class with an ad slot between each two, as templates insert ads.
`--discard-class` gives the article's container the extra class "share-tools": a word
trafilatura discards elements by and no rule of ours names (where --related-class uses one ours
name). `--table-layout` lays the page out in a <table>, as templates did before CSS layouts: a
row holding what comes before the article's branch of <body> (masthead, menu), then a row with
that branch in one cell and everything after it (sidebar, teasers, footer) in the cell beside.
`--next-story` puts another story (a news-dev page's article container, chosen by the page's
hash, headed by its <h1>) after the page's own story, in a wrapper of the same tag and class
(the smallest element holding the page's article container and its <h1>): pages that load the
next article as the reader scrolls, and serve it in the HTML. `--noscript-images` gives every
<img> a data: placeholder with no URL in its attributes and puts the picture, as it was, in a
<noscript> right after it (a lazy loader's fallback for readers without scripts); a <picture>'s
<source>s keep their srcsets, so the placeholder and its copy may name two sizes.

The adapters below (body, images, meta) are what the tools import, e.g. from the project root:
    PYTHONPATH=.:benchmarks python3 ../shared/corpus/tools/eval_body.py extraction:body
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import lxml.etree
import lxml.html
import trafilatura

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "benchmarks"):
    if str(_path) not in sys.path:  # run as a script: make `wirecopy` and `cv` importable
        sys.path.insert(0, str(_path))

import cv  # noqa: E402

from wirecopy.tasks.html.extract import extract_html  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
# Tool, our adapter, the baselines it runs beside it.
TOOLS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "body": ("eval_body.py", "extraction:body", ("extraction:extracted", "trafilatura", "bs4_p")),
    "images": ("eval_images.py", "extraction:images", ("naive", "trafilatura_images")),
    "meta": ("eval_meta.py", "extraction:meta", ("trafilatura", "naive")),
}
# Columns of the report, per dataset layout.
BODY_COLS: tuple[str, ...] = ("body_f1", "body_p", "body_r", "body_empty")
NEWS_COLS: tuple[str, ...] = (*BODY_COLS, "img_f1", "cap_exact", "cred_exact")
NEWS_COLS += ("cred_spurious", "cred_leak", *cv.META_KEYS)
# Counts, not shares.
COUNT_COLS = frozenset({"body_empty"})
# Lower is better for these: the scoreboard marks a change by whether it helps.
LOWER_BETTER = frozenset({"body_empty", "cred_spurious", "cred_leak"})


def body(html: str, url: str) -> str:
    """Body text as the pipeline stores it: the extracted paragraphs through the clean stage."""
    return cv.body_text(extract_html(html, url or None), url or None)


def extracted(html: str, url: str) -> str:
    """The HTML extractor's paragraphs alone (before the clean stage), for comparison."""
    return cv.extracted_text(extract_html(html, url or None))


def images(html: str, url: str) -> list[dict[str, Any]]:
    """Images as the image tool reads them: url, caption, credit (a list of credits)."""
    return cv.image_items(extract_html(html, url or None))


def meta(html: str, url: str) -> dict[str, Any]:
    """Title, authors, published (the page's own string when it has a time), language."""
    return cv.meta_fields(extract_html(html, url or None))


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def rename_classes(html: str) -> str:
    """The page with every class and id token replaced by a meaningless stand-in."""
    tree = _tree(html)
    if tree is None:
        return html
    for el in tree.iter():
        for attr in ("class", "id"):
            value = el.get(attr) if isinstance(el.tag, str) else None
            if value:
                tokens = (
                    hashlib.blake2s(t.encode(), digest_size=4).hexdigest() for t in value.split()
                )
                el.set(attr, " ".join(f"c{t}" for t in tokens))
    return lxml.html.tostring(tree, encoding="unicode")


# HTML5's sectioning and figure elements: a page written before them (or by a template that
# does not use them) says "div" for each.
SEMANTIC_TAGS = frozenset(
    {"article", "main", "aside", "nav", "header", "footer", "section", "figure", "figcaption"}
)


def plain_tags(html: str) -> str:
    """The page with every HTML5 sectioning and figure element written as a <div>."""
    tree = _tree(html)
    if tree is None:
        return html
    for el in tree.iter(*SEMANTIC_TAGS):
        el.tag = "div"
    return lxml.html.tostring(tree, encoding="unicode")


def div_paragraphs(html: str) -> str:
    """The page with every <p> written as a <div> (templates that never use <p>)."""
    tree = _tree(html)
    if tree is None:
        return html
    for el in tree.iter("p"):
        el.tag = "div"
    return lxml.html.tostring(tree, encoding="unicode")


def bare(html: str) -> str:
    """The page with classes renamed, HTML5 tags as divs and paragraphs as divs, all at once."""
    return div_paragraphs(plain_tags(rename_classes(html)))


def br_paragraphs(html: str) -> str:
    """The page with every <p> written as its content followed by two line breaks."""
    tree = _tree(html)
    if tree is None:
        return html
    for el in list(tree.iter("p")):
        el.append(el.makeelement("br", {}))
        el.append(el.makeelement("br", {}))
        el.drop_tag()
    return lxml.html.tostring(tree, encoding="unicode")


def page_form(html: str) -> str:
    """The page's body inside one <form>, as server-side form frameworks write every page."""
    tree = _tree(html)
    body = tree.find("body") if tree is not None else None
    if tree is None or body is None:
        return html
    form = body.makeelement("form", {"method": "post", "action": "./page.aspx", "id": "form1"})
    form.text, body.text = body.text, None
    form.extend(list(body))
    body.append(form)
    return lxml.html.tostring(tree, encoding="unicode")


# A lazy loader's transparent 1x1 placeholder.
_PLACEHOLDER_GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="


def noscript_images(html: str) -> str:
    """Every <img> a placeholder with no URL, the picture as it was in a <noscript> after it."""
    tree = _tree(html)
    if tree is None:
        return html
    for img in list(tree.iter("img")):
        parent = img.getparent()
        if parent is None or parent.tag == "noscript":
            continue
        copy = lxml.html.fromstring(lxml.html.tostring(img, with_tail=False))
        noscript = img.makeelement("noscript", {})
        noscript.append(copy)
        for attr in [a for a in img.attrib if "src" in a or a.startswith("data-")]:
            del img.attrib[attr]
        img.set("src", _PLACEHOLDER_GIF)
        img.addnext(noscript)
        noscript.tail, img.tail = img.tail, None
    return lxml.html.tostring(tree, encoding="unicode")


def lazy_images(html: str) -> str:
    """The page with every picture URL in data-echo / data-echo-set and a placeholder src."""
    tree = _tree(html)
    if tree is None:
        return html
    for el in tree.iter("img", "source"):
        for attr in [a for a in el.attrib if a in ("src", "srcset") or "src" in a]:
            value = el.attrib.pop(attr)
            if not value.startswith("data:"):
                el.set("data-echo-set" if "set" in attr else "data-echo", value)
        if el.tag == "img":
            el.set("src", _PLACEHOLDER_GIF)
    return lxml.html.tostring(tree, encoding="unicode")


# The container that --related-class labels holds at least this share of the page's <p> text.
_CONTAINER_SHARE = 0.6


def _article_container(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The deepest element holding _CONTAINER_SHARE of the page's <p> text (None if none)."""
    chars: dict[lxml.html.HtmlElement, int] = {}
    for p in tree.iter("p"):
        n = len(p.text_content())
        for el in p.iterancestors():
            chars[el] = chars.get(el, 0) + n
    body = tree.find("body")
    total = chars.get(body, 0) if body is not None else 0
    inside = [el for el, n in chars.items() if n >= _CONTAINER_SHARE * total > 0]
    if not inside:
        return None
    # The deepest: the one with the most ancestors among those holding the share.
    return max(inside, key=lambda el: sum(1 for _ in el.iterancestors()))


def _classed(html: str, word: str) -> str:
    """The page with the article's container also classed word."""
    tree = _tree(html)
    container = _article_container(tree) if tree is not None else None
    if tree is None or container is None:
        return html
    container.set("class", f"{container.get('class') or ''} {word}".strip())
    return lxml.html.tostring(tree, encoding="unicode")


def related_class(html: str) -> str:
    """The page with the article's container also classed "related-links"."""
    return _classed(html, "related-links")


def discard_class(html: str) -> str:
    """The page with the article's container also classed "share-tools"."""
    return _classed(html, "share-tools")


# --split-article: the article's container becomes this many sibling containers of its kind,
# with an ad slot between each two.
_SPLIT_PARTS = 3
_AD_BETWEEN = '<div class="ad-slot"><span>Advertisement</span></div>'


def split_article(html: str) -> str:
    """The page with the article's container split into sibling parts around ad slots."""
    tree = _tree(html)
    container = _article_container(tree) if tree is not None else None
    parent = container.getparent() if container is not None else None
    if tree is None or container is None or parent is None or len(container) < _SPLIT_PARTS:
        return html
    children = list(container)
    size = -(-len(children) // _SPLIT_PARTS)
    at = parent.index(container)
    for k in range(_SPLIT_PARTS - 1, 0, -1):  # from the end, so the first part keeps its place
        part = container.makeelement(container.tag, dict(container.attrib))
        part.attrib.pop("id", None)  # an id names one element: the first part keeps it
        part.extend(children[k * size : (k + 1) * size])
        if len(part):
            parent.insert(at + 1, part)
            parent.insert(at + 1, lxml.html.fragment_fromstring(_AD_BETWEEN))
    return lxml.html.tostring(tree, encoding="unicode")


def table_layout(html: str) -> str:
    """The page laid out in a <table>, as older templates build one: a row with what comes before
    the article's branch of <body> (masthead, menu), then a row with that branch in one cell and
    what follows it (sidebar, teasers, footer) in a cell beside it."""
    tree = _tree(html)
    container = _article_container(tree) if tree is not None else None
    body = tree.find("body") if tree is not None else None
    if tree is None or body is None or container is None or container is body:
        return html
    branch = next(a for a in (container, *container.iterancestors()) if a.getparent() is body)
    children = list(body)
    at = children.index(branch)
    table = lxml.html.fragment_fromstring(
        "<table width='100%' border='0' cellpadding='0' cellspacing='0'><tr><td colspan='2'></td>"
        "</tr><tr><td valign='top' width='75%'></td><td valign='top'></td></tr></table>"
    )
    head, main, side = table.iter("td")
    head.text, body.text = body.text, None
    head.extend(children[:at])
    main.append(branch)
    side.extend(children[at + 1 :])
    body.append(table)
    return lxml.html.tostring(tree, encoding="unicode")


# --next-story: the stories appended below a page's own (news-dev's, one per page): headline and
# the children of its article container, loaded once.
_NEXT_STORIES: list[tuple[str, list[str]]] = []


def _next_stories() -> list[tuple[str, list[str]]]:
    """Every news-dev page's headline and article container children, as HTML strings."""
    if not _NEXT_STORIES:
        root = DEFAULT_CORPUS / "news-dev"
        for line in (root / "ground-truth.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            with gzip.open(root / rec["html"], "rt", encoding="utf-8", errors="replace") as fh:
                tree = _tree(fh.read())
            container = _article_container(tree) if tree is not None else None
            if container is not None and rec.get("title"):
                parts = [lxml.html.tostring(el, encoding="unicode") for el in container]
                _NEXT_STORIES.append((rec["title"], parts))
    return _NEXT_STORIES


def next_story(html: str) -> str:
    """The page with another story after its own, in a wrapper of the same tag and class headed
    by its <h1>, as pages that load the next article on scrolling serve it. The page's story
    wrapper is the smallest element holding both its article container and its first <h1>
    (the article container's branch of <body> when only <body> holds both)."""
    tree = _tree(html)
    container = _article_container(tree) if tree is not None else None
    body = tree.find("body") if tree is not None else None
    stories = _next_stories()
    if tree is None or body is None or container is None or container is body or not stories:
        return html
    h1 = tree.find(".//h1")
    around = set(h1.iterancestors()) if h1 is not None else set()
    wrapper = next((a for a in container.iterancestors() if a in around), body)
    if wrapper is body or wrapper.tag == "html":
        wrapper = next(a for a in (container, *container.iterancestors()) if a.getparent() is body)
    # Another page's story: the page's own (news-dev holds it too) would be no other story.
    own = f"{tree.findtext('.//title') or ''} {h1.text_content() if h1 is not None else ''}"
    own = own.casefold()
    start = zlib.crc32(html.encode("utf-8", "replace"))
    title, parts = next(
        stories[(start + k) % len(stories)]
        for k in range(len(stories))
        if stories[(start + k) % len(stories)][0].casefold() not in own
    )
    story = wrapper.makeelement(wrapper.tag, dict(wrapper.attrib))
    story.attrib.pop("id", None)
    heading = story.makeelement("h1", {})
    heading.text = title
    story.append(heading)
    for part in parts:
        try:
            pieces = lxml.html.fragments_fromstring(part)
        except (ValueError, lxml.etree.ParserError):
            continue
        for piece in pieces:  # an element, and the text after it (its tail) as a string
            if isinstance(piece, str):
                last = story[-1] if len(story) else None
                if last is not None:
                    last.tail = (last.tail or "") + piece
            else:
                story.append(piece)
    for extra in list(story.iter("h1"))[1:]:
        extra.drop_tree()  # the story's own headline is the one above
    parent = wrapper.getparent()
    parent.insert(parent.index(wrapper) + 1, story)
    return lxml.html.tostring(tree, encoding="unicode")


_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.IGNORECASE)


def unclosed_aside(html: str) -> str:
    """The page with a sidebar <aside> opened right after <body> and never closed."""
    m = _BODY_OPEN.search(html)
    if m is None:
        return html
    aside = '<aside class="sidebar widget-area" id="secondary"><div>Site name</div>'
    return html[: m.end()] + aside + html[m.end() :]


# A picture file's extension where a URL's path ends (before its query, fragment, the next
# srcset candidate or the closing quote), after a file name of 10 characters or more: the
# image tool matches shorter names ("5000.jpg") by their whole URL, which dropping would change.
_PICTURE_EXTENSION = re.compile(
    r"(?<=/)([^/?#\"'\s,()<>]{10,}?)\.(?:jpe?g|png|webp|gif|avif)(?=[?#\"'\s,)&]|$)",
    re.IGNORECASE,
)


def extensionless(html: str) -> str:
    """The page with every picture URL's file extension dropped, as image CDNs serve them."""
    return _PICTURE_EXTENSION.sub(r"\1", html)


def _tree(html: str) -> lxml.html.HtmlElement | None:
    """The page's tree, or None when lxml cannot read it."""
    try:
        # lxml refuses a str that carries an XML encoding declaration (XHTML pages); the text
        # is decoded already, so the declaration says nothing any more.
        return lxml.html.fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (ValueError, lxml.etree.ParserError):
        return None


def _trafilatura(html: str, url: str = "") -> str | None:
    """The shared tool's trafilatura baseline (which reads no URL: `url` is ignored)."""
    return trafilatura.extract(html, include_comments=False)


# The stress tests: how each changes a page (see the module docstring).
TRANSFORMS: dict[str, Callable[[str], str]] = {
    "renamed": rename_classes,
    "plain_tags": plain_tags,
    "div_paragraphs": div_paragraphs,
    "bare": bare,
    "br_paragraphs": br_paragraphs,
    "page_form": page_form,
    "lazy_images": lazy_images,
    "related_class": related_class,
    "unclosed_aside": unclosed_aside,
    "extensionless": extensionless,
    "split_article": split_article,
    "discard_class": discard_class,
    "table_layout": table_layout,
    "next_story": next_story,
    "noscript_images": noscript_images,
}
ADAPTERS: dict[str, Callable[..., Any]] = {
    "body": body,
    "trafilatura": _trafilatura,
    "images": images,
    "meta": meta,
}


def _on_changed_pages(adapter: Callable[..., Any], transform: Callable[[str], str]) -> Any:
    """adapter run on the page as the transform changes it (what the shared tools import)."""

    def changed(html: str, *url: str) -> Any:
        return adapter(transform(html), *url)

    changed.__doc__ = f"{adapter.__name__.strip('_')}() of the page after {transform.__name__}()."
    return changed


# body_renamed, trafilatura_plain_tags, images_div_paragraphs, …: module attributes, since the
# shared tools import adapters by name ("extraction:body_renamed").
for _stress, _transform in TRANSFORMS.items():
    for _name, _adapter in ADAPTERS.items():
        globals()[f"{_name}_{_stress}"] = _on_changed_pages(_adapter, _transform)


# Per stress test and metric: our adapter as published, on the changed pages, and the
# baselines that run on them too.
STRESS: dict[str, dict[str, tuple[str, ...]]] = {
    stress: {
        "body": (
            "extraction:body",
            f"extraction:body_{stress}",
            f"extraction:trafilatura_{stress}",
        ),
        "images": ("extraction:images", f"extraction:images_{stress}"),
        "meta": ("extraction:meta", f"extraction:meta_{stress}"),
    }
    for stress in TRANSFORMS
}
STRESS_LABELS = {
    "renamed": "renamed class names",
    "plain_tags": "HTML5 tags as divs",
    "div_paragraphs": "paragraphs as divs",
    "bare": "renamed, no HTML5 tags, no <p>",
    "br_paragraphs": "paragraphs as <br><br> runs",
    "page_form": "page inside a <form>",
    "lazy_images": "picture URLs in data-echo",
    "related_class": "article's container classed related",
    "unclosed_aside": "a sidebar <aside> left open",
    "extensionless": "picture URLs without extension",
    "split_article": "article split around ad slots",
    "discard_class": "article's container classed share-tools",
    "table_layout": "page laid out in a <table>",
    "next_story": "another story below the page's own",
    "noscript_images": "pictures in <noscript> after placeholders",
}


# ------------------------------------------------------------------ the shared tools, as is


def run_tool(tool: Path, dataset: Path, extractors: list[str]) -> dict[str, Any]:
    """Run one shared tool in a subprocess (its own timing), print its table, return its JSON."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT), str(ROOT / "benchmarks"), env.get("PYTHONPATH", "")]
    )
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        cmd = [sys.executable, str(tool), "--data", str(dataset), *extractors, "--json", str(out)]
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        print(proc.stdout, end="")
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            return {"error": proc.stderr.strip().splitlines()[-1:] or ["failed"]}
        return json.loads(out.read_text(encoding="utf-8")) if out.is_file() else {}


def run_tools(datasets: list[Path], tools_dir: Path, stress: str | None = None) -> dict[str, Any]:
    """Every metric each dataset's layout supports, with the tools' own baselines.

    stress (a key of TRANSFORMS): our adapters and trafilatura on the
    pages changed so, beside our adapters on the pages as published.
    """
    results: dict[str, dict[str, Any]] = {}
    for dataset in datasets:
        metrics = ["body"] if (dataset / "ground-truth.json").is_file() else list(TOOLS)
        for metric in metrics:
            script, ours, baselines = TOOLS[metric]
            extractors = list(STRESS[stress][metric]) if stress else [ours, *baselines]
            label = STRESS_LABELS[stress] if stress else "shared tool"
            print(f"\n== {dataset.name}: {metric} ({label})")
            results.setdefault(dataset.name, {})[metric] = run_tool(
                tools_dir / script, dataset, extractors
            )
    return results


# ------------------------------------------------------------------ report


def _fmt(value: float | None, col: str = "") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return f"{value:.0f}" if col in COUNT_COLS else f"{value:.3f}"


def _spread(values: list[float]) -> str:
    values = [v for v in values if not math.isnan(v)]
    if len(values) < 2:
        return "—"
    return f"{statistics.mean(values):.3f}±{statistics.stdev(values):.3f}"


def _row(name: str, cells: list[str], width: int = 13) -> str:
    return f"{name:<24}" + "".join(f"{c:>{width}}" for c in cells)


def report_quality(
    tools: cv.Tools,
    pages: list[cv.Page],
    ours: dict[str, cv.Score],
    cv_scores: dict[str, cv.Score],
    theirs: dict[str, cv.Score],
    fold_ids: list[list[str]],
) -> dict[str, Any]:
    """Per dataset: plain dev, CV (pooled, and mean±sd over folds), trafilatura the same way."""
    out: dict[str, Any] = {}
    for dataset in sorted({p.dataset for p in pages}):
        ids = [p.id for p in pages if p.dataset == dataset]
        has_meta = any(p.meta_case is not None for p in pages if p.dataset == dataset)
        cols = NEWS_COLS if has_meta else BODY_COLS
        print(f"\n== {dataset}: {len(ids)} pages")
        print(_row("", list(cols)))
        rows: dict[str, dict[str, float]] = {}
        for name, scores in (("wirecopy dev", ours), ("wirecopy CV", cv_scores)):
            rows[name] = cv.metrics(tools, [scores[i] for i in ids])
            print(_row(name, [_fmt(rows[name].get(c), c) for c in cols]))
            if name == "wirecopy CV":
                print(_row("  folds mean±sd", _fold_cells(tools, scores, ids, fold_ids, cols)))
        rows["trafilatura"] = cv.metrics(tools, [theirs[i] for i in ids])
        print(_row("trafilatura", [_fmt(rows["trafilatura"].get(c), c) for c in cols]))
        print(_row("  folds mean±sd", _fold_cells(tools, theirs, ids, fold_ids, cols)))
        out[dataset] = rows
    return out


def _fold_cells(
    tools: cv.Tools,
    scores: dict[str, cv.Score],
    ids: list[str],
    fold_ids: list[list[str]],
    cols: tuple[str, ...],
) -> list[str]:
    wanted = set(ids)
    per_fold = [
        cv.metrics(tools, [scores[i] for i in fold if i in wanted])
        for fold in fold_ids
        if wanted.intersection(fold)
    ]
    return [_spread([m.get(c, float("nan")) for m in per_fold]) for c in cols]


def scoreboard(
    runner: cv.Runner, pages: list[cv.Page], folds_off: dict[str, int], n_folds: int
) -> list[dict[str, Any]]:
    """For every rule: where it acts, the metric changes when it alone is off, the verdict."""
    tools = runner.tools
    all_ids = [p.id for p in pages]
    sets = {d: [p.id for p in pages if p.dataset == d] for d in sorted({p.dataset for p in pages})}
    cols = [("aeb", "body_f1"), *[("news", c) for c in NEWS_COLS if c not in ("body_p", "body_r")]]
    base = {d: cv.metrics(tools, [runner.run(i) for i in ids]) for d, ids in sets.items()}
    header = ["pages", "groups", *[f"{d[:1]}:{c}" for d, c in cols], "+grp", "-grp", "cv-off"]
    print("\n== rule scoreboard: change when the rule alone is off (+ = the rule helps)")
    print(f"{'rule':<26}{'fam':<7}" + "".join(f"{h:>10}" for h in header) + "  verdict")
    rows: list[dict[str, Any]] = []
    for rule, family in cv.rule_families().items():
        fired = [i for i in all_ids if rule in runner.run(i).fired]
        groups = {runner.pages[i].group for i in fired}
        verdict = cv.judge(runner, rule, all_ids)
        cells: list[str] = []
        changes: dict[str, float] = {}
        for dataset, col in cols:
            ds = next((d for d in sets if d.startswith(dataset)), None)
            if ds is None or not fired:
                cells.append("")
                continue
            off = cv.metrics(tools, [runner.under(i, frozenset({rule})) for i in sets[ds]])
            gain = base[ds].get(col, math.nan) - off.get(col, math.nan)
            gain = -gain if col in LOWER_BETTER else gain
            changes[f"{ds}:{col}"] = gain
            cells.append("" if math.isnan(gain) or abs(gain) < 5e-4 else f"{gain:+.3f}")
        word = "keep" if verdict.evidence else "DROP"
        word += " (pinned: kept)" if rule in cv.PINNED else ""
        extra = [str(verdict.helped), str(verdict.hurt), f"{folds_off.get(rule, 0)}/{n_folds}"]
        print(
            f"{rule:<26}{family:<7}{len(fired):>10}{len(groups):>10}"
            + "".join(f"{c:>10}" for c in [*cells, *extra])
            + f"  {word}"
        )
        rows.append(
            {
                "rule": rule,
                "family": family,
                "pages": len(fired),
                "groups": len(groups),
                "changes": changes,
                "helped_groups": verdict.helped,
                "hurt_groups": verdict.hurt,
                "objective_delta_off": verdict.delta,
                "keep": verdict.keep,
                "evidence_keep": verdict.evidence,
                "folds_off": folds_off.get(rule, 0),
            }
        )
    return rows


def run_cv(datasets: list[Path], tools_dir: Path, k: int) -> dict[str, Any]:
    """Plain dev, cross-validated and trafilatura figures, speed, and the rule scoreboard."""
    tools = cv.load_tools(tools_dir)
    pages = cv.load_pages(tools, datasets)
    runner = cv.Runner(tools, pages)
    ours = {p.id: runner.run(p.id) for p in pages}
    theirs = cv.baseline_scores(tools, pages)
    our_ms, their_ms = cv.speed(tools, pages)
    fold_ids = cv.folds(pages, k)
    rules = list(cv.rule_families())
    results = cv.cross_validate(runner, fold_ids, rules)
    cv_scores = {i: s for r in results for i, s in r.scores.items()}
    n_groups = len({p.group for p in pages})
    print(f"\n{len(pages)} pages, {n_groups} publishers/sites, {len(fold_ids)} folds of groups")
    quality = report_quality(tools, pages, ours, cv_scores, theirs, fold_ids)
    ours_median, theirs_median = statistics.median(our_ms), statistics.median(their_ms)
    print(
        "\nspeed, ms/page median (mean), interleaved page by page: "
        f"wirecopy extract_html {ours_median:.1f} ({statistics.mean(our_ms):.1f}), "
        f"trafilatura.extract {theirs_median:.1f} ({statistics.mean(their_ms):.1f}); "
        f"ratio of medians {ours_median / theirs_median:.2f}"
    )
    folds_off: dict[str, int] = {}
    for r in results:
        for rule in r.off:
            folds_off[rule] = folds_off.get(rule, 0) + 1
    settings_chosen = [dict(r.tune) for r in results]
    print(f"settings chosen per fold: {settings_chosen}")
    board = scoreboard(runner, pages, folds_off, len(fold_ids))
    print(f"\n{runner.runs} extractions in all")
    return {
        "quality": quality,
        "speed_ms_median": {"wirecopy": ours_median, "trafilatura": theirs_median},
        "folds": len(fold_ids),
        "fold_settings": settings_chosen,
        "scoreboard": board,
    }


def main(argv: list[str] | None = None) -> int:
    """Cross-validated figures and the scoreboard; the shared tools' tables with --tools."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", action="append", help="dataset dir (repeatable)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="shared corpus root")
    parser.add_argument("--folds", type=int, default=10, help="folds of whole groups (0: one each)")
    parser.add_argument("--tools", action="store_true", help="also run the shared tools as is")
    parser.add_argument(
        "--rename-classes",
        action="store_true",
        help="only the stress test: every class/id renamed, wirecopy vs trafilatura",
    )
    parser.add_argument(
        "--plain-tags",
        action="store_true",
        help="only the stress test: HTML5 tags (article, aside, figure…) as divs, vs trafilatura",
    )
    parser.add_argument(
        "--div-paragraphs",
        action="store_true",
        help="only the stress test: every <p> written as a <div>, vs trafilatura",
    )
    parser.add_argument(
        "--bare",
        action="store_true",
        help="only the stress test: the three above at once, vs trafilatura",
    )
    parser.add_argument(
        "--br-paragraphs",
        action="store_true",
        help="only the stress test: every <p> written as text and <br><br>, vs trafilatura",
    )
    parser.add_argument(
        "--page-form",
        action="store_true",
        help="only the stress test: the whole page inside one <form>, vs trafilatura",
    )
    parser.add_argument(
        "--lazy-images",
        action="store_true",
        help="only the stress test: picture URLs under an attribute no rule names",
    )
    parser.add_argument(
        "--related-class",
        action="store_true",
        help="only the stress test: the article's container also classed related-links",
    )
    parser.add_argument(
        "--unclosed-aside",
        action="store_true",
        help="only the stress test: a sidebar <aside> opened after <body>, never closed",
    )
    parser.add_argument(
        "--extensionless",
        action="store_true",
        help="only the stress test: picture URLs without a file extension (image CDNs)",
    )
    parser.add_argument(
        "--split-article",
        action="store_true",
        help="only the stress test: the article's container split in three around ad slots",
    )
    parser.add_argument(
        "--discard-class",
        action="store_true",
        help="only the stress test: the article's container also classed share-tools",
    )
    parser.add_argument(
        "--table-layout",
        action="store_true",
        help="only the stress test: the page laid out in a <table> (masthead; article | sidebar)",
    )
    parser.add_argument(
        "--next-story",
        action="store_true",
        help="only the stress test: another story below the page's own (infinite scroll)",
    )
    parser.add_argument(
        "--noscript-images",
        action="store_true",
        help="only the stress test: placeholders, each picture in a <noscript> after its own",
    )
    parser.add_argument("--json", type=Path, help="write all results here")
    args = parser.parse_args(argv)
    tools_dir = args.corpus / "tools"
    if not tools_dir.is_dir():
        print(f"no corpus tools at {tools_dir}", file=sys.stderr)
        return 2
    datasets = [Path(d).resolve() for d in args.data or []] or [
        args.corpus / "aeb-dev",
        args.corpus / "news-dev",
    ]
    chosen = {
        "renamed": args.rename_classes,
        "plain_tags": args.plain_tags,
        "div_paragraphs": args.div_paragraphs,
        "bare": args.bare,
        "br_paragraphs": args.br_paragraphs,
        "page_form": args.page_form,
        "lazy_images": args.lazy_images,
        "related_class": args.related_class,
        "unclosed_aside": args.unclosed_aside,
        "extensionless": args.extensionless,
        "split_article": args.split_article,
        "discard_class": args.discard_class,
        "table_layout": args.table_layout,
        "next_story": args.next_story,
        "noscript_images": args.noscript_images,
    }
    stresses = [stress for stress, on in chosen.items() if on]
    if stresses:
        stressed = {s: run_tools(datasets, tools_dir, stress=s) for s in stresses}
        if args.json:
            args.json.write_text(json.dumps(stressed, indent=2, default=str), encoding="utf-8")
        return 0
    results: dict[str, Any] = {"cv": run_cv(datasets, tools_dir, args.folds)}
    if args.tools:
        results["tools"] = run_tools(datasets, tools_dir)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
