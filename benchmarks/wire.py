"""Wire parsing cost vs the HTML extractor, per byte, measured in the same run.

For each real publisher page of the shared news-dev corpus (size S bytes), an invented wire
story of the same size is written as NITF, as a NewsML-G2 newsItem and as a ninjs item. The
script parses every set R times and prints items/s, MB/s and how many times cheaper a wire
file is than an HTML page of the same size (HTML seconds per MB / wire seconds per MB); then the
same through the pipeline's parse and clean stages (`parse_batch` + `clean_batch`: detection,
the wire documents, cleaning rules, captions), which is what a run pays per input.

    python benchmarks/wire.py                  # 40 pages, 3 rounds
    python benchmarks/wire.py --pages 127 --rounds 5
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections.abc import Callable
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wirecopy.schemas.records import RawDocument  # noqa: E402
from wirecopy.tasks.clean import clean_batch  # noqa: E402
from wirecopy.tasks.formats.wire import parse_wire  # noqa: E402
from wirecopy.tasks.html.extract import extract_html  # noqa: E402
from wirecopy.tasks.parse import parse_batch  # noqa: E402

# Body text of a typical agency story (bytes): a few hundred words.
TYPICAL_STORY = 5_000
DEFAULT_PAGES = ROOT.parent / "shared" / "corpus" / "news-dev"
WORDS = [
    "council",
    "harbour",
    "ferry",
    "budget",
    "vote",
    "river",
    "bridge",
    "school",
    "choir",
    "frost",
    "orchard",
    "turbine",
    "tide",
    "village",
    "museum",
    "glacier",
    "winter",
    "spring",
    "mayor",
    "union",
    "strike",
    "quay",
    "lamp",
    "keeper",
    "volunteers",
    "said",
    "on",
    "Tuesday",
    "the",
    "and",
    "of",
    "to",
    "in",
    "a",
    "for",
    "with",
    "after",
    "before",
    "over",
    "under",
    "about",
    "from",
    "that",
    "which",
]


def _paragraphs(rng: random.Random, size: int) -> list[str]:
    """Invented sentences until the text alone is about `size` bytes."""
    out: list[str] = []
    total = 0
    while total < size:
        words = [rng.choice(WORDS) for _ in range(rng.randint(25, 60))]
        para = " ".join(words).capitalize() + "."
        out.append(para)
        total += len(para) + 10
    return out


def nitf(paras: list[str], i: int) -> bytes:
    body = "".join(f"<p>{escape(p)}</p>\n" for p in paras)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">'
        f'<head><docdata><doc-id id-string="BENCH-{i}"/><date.issue norm="20241120T063000Z"/>'
        "</docdata></head><body><body.head><hedline><hl1>Benchmark story</hl1></hedline>"
        f"<byline>By Ada Lund</byline></body.head><body.content>{body}</body.content></body></nitf>"
    ).encode()


def newsml_g2(paras: list[str], i: int) -> bytes:
    body = "".join(f"<p>{escape(p)}</p>\n" for p in paras)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"'
        f' guid="urn:bench:{i}" version="1"><itemMeta><itemClass qcode="ninat:text"/>'
        "<versionCreated>2024-11-20T06:30:00Z</versionCreated><pubStatus qcode='stat:usable'/>"
        "</itemMeta><contentMeta><headline>Benchmark story</headline><by>By Ada Lund</by>"
        '</contentMeta><contentSet><inlineXML contenttype="application/nitf+xml">'
        '<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.content>'
        f"{body}</body.content></body></nitf></inlineXML></contentSet></newsItem>"
    ).encode()


def ninjs(paras: list[str], i: int) -> bytes:
    item = {
        "uri": f"urn:bench:{i}",
        "type": "text",
        "versioncreated": "2024-11-20T06:30:00Z",
        "headlines": [{"role": "main", "value": "Benchmark story"}],
        "by": "By Ada Lund",
        "bodies": [
            {
                "role": "html",
                "contenttype": "text/html",
                "value": "".join(f"<p>{p}</p>" for p in paras),
            }
        ],
    }
    return json.dumps(item).encode()


def _time(fn: Callable[[bytes], object], docs: list[bytes], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for doc in docs:
            fn(doc)
        best = min(best, time.perf_counter() - start)
    return best


def _table(sets: dict[str, list[bytes]], seconds: dict[str, float]) -> None:
    """Print items/s, MB/s and the per-byte ratio against the HTML set."""
    html_spm = seconds["html"] / (sum(map(len, sets["html"])) / 1e6)
    print(f"{'set':<10} {'MB':>7} {'items/s':>9} {'MB/s':>7} {'cheaper than HTML per byte':>28}")
    for name, docs in sets.items():
        mb = sum(map(len, docs)) / 1e6
        spm = seconds[name] / mb
        ratio = "" if name == "html" else f"{html_spm / spm:.1f}x"
        rate = len(docs) / seconds[name]
        print(f"{name:<10} {mb:>7.2f} {rate:>9.0f} {mb / seconds[name]:>7.2f} {ratio:>28}")


def main(argv: list[str] | None = None) -> int:
    """Print the figures; exit 2 when the HTML pages are missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--pages", type=int, default=40, help="HTML pages (and wire files per format)"
    )
    parser.add_argument("--rounds", type=int, default=3, help="repeats; the best round counts")
    parser.add_argument("--html-dir", type=Path, default=DEFAULT_PAGES)
    args = parser.parse_args(argv)
    pages = sorted(args.html_dir.rglob("*.html.gz"))[: args.pages]
    if not pages:
        print(f"no *.html.gz pages under {args.html_dir}", file=sys.stderr)
        return 2
    html_docs = [gzip.decompress(p.read_bytes()) for p in pages]
    rng = random.Random(12)
    sets = {"html": html_docs}
    builders = {"nitf": nitf, "newsml-g2": newsml_g2, "ninjs": ninjs}
    texts = [_paragraphs(rng, len(doc)) for doc in html_docs]
    for name, build in builders.items():
        sets[name] = [build(paras, i) for i, paras in enumerate(texts)]

    def html(doc: bytes) -> object:
        return extract_html(doc.decode("utf-8", "replace"), "https://example.org/a")

    def wire(doc: bytes) -> object:
        parsed = parse_wire(doc)
        assert parsed is not None and parsed.items and parsed.items[0].paragraphs
        return parsed

    def stages(doc: bytes) -> object:
        raw = RawDocument("https://example.org/a", doc, "0" * 64, len(doc))
        cleaned = clean_batch(parse_batch([raw]).items)
        assert cleaned.items and not cleaned.rejects
        return cleaned

    seconds = {
        name: _time(html if name == "html" else wire, docs, args.rounds)
        for name, docs in sets.items()
    }
    print(f"{len(pages)} pages, {args.rounds} rounds (best), same-size invented wire stories")
    print("parser alone (extract_html vs parse_wire):")
    _table(sets, seconds)
    print("parse + clean stages (parse_batch + clean_batch, as a run does):")
    _table(sets, {name: _time(stages, docs, args.rounds) for name, docs in sets.items()})
    # Per item at real sizes: agency stories run to a few KB of XML/JSON, pages to hundreds.
    typical = {name: [build(_paragraphs(rng, TYPICAL_STORY), i) for i in range(len(pages))]
               for name, build in builders.items()}  # fmt: skip
    html_stages = _time(stages, sets["html"], args.rounds) / len(sets["html"])
    print(f"per item, wire stories of ~{TYPICAL_STORY // 1000} KB text vs the same HTML pages:")
    head = ("parser items/s", "vs a page", "stages items/s", "vs a page")
    print(f"{'set':<10} {head[0]:>15} {head[1]:>10} {head[2]:>15} {head[3]:>10}")
    for name, docs in typical.items():
        per_item = _time(wire, docs, args.rounds) / len(docs)
        html_item = seconds["html"] / len(sets["html"])
        staged = _time(stages, docs, args.rounds) / len(docs)
        print(
            f"{name:<10} {1 / per_item:>15.0f} {html_item / per_item:>9.1f}x "
            f"{1 / staged:>15.0f} {html_stages / staged:>9.1f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
