"""Inputs for benchmarks/fuzz.py: seed files, token dictionaries and mutations.

Input i depends only on (seed, i): a worker rebuilds any input from its index, so a finding is
reproduced with `fuzz.py --reproduce I --seed S` and nothing but indices crosses processes.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from wirecopy.schemas.records import RawDocument

ROOT = Path(__file__).resolve().parents[1]
# Inputs are cut to this size: larger ones only slow the run (the parser caps nothing itself,
# but a 10 MB limit sits before it; big pages are covered by the corpus seeds).
MAX_INPUT = 256 * 1024

# Seed groups and how often an input starts from each (weights; "generated" builds from tokens).
# Wire copy, Markdown and small pages are cheap (~1 ms) and where the format detection and rules
# branch; real publisher pages cost 15-35 ms each, so they get a small share.
GROUPS: dict[str, tuple[float, tuple[str, ...]]] = {
    "wire": (0.40, ("samples/wire/**/*", "tests/fixtures/inputs/*", "../shared/seeds/*")),
    "html": (0.17, ("samples/pages/*", "tests/fixtures/html/*")),
    "formats": (0.15, ("../shared/corpus/wire-dev/*", "tests/fixtures/wire*/**/*")),
    "pages": (0.03, ("../shared/corpus/news-dev/*/*.html.gz", "../shared/corpus/aeb-dev/html/*")),
    "generated": (0.25, ()),
}
# Corpus pages kept as seeds (the first N by name in each folder pattern): enough variety.
MAX_PAGES = 24

# Front-matter lines that stress YAML loading and clean's field mapping: wrong types for mapped
# keys, tags, impossible dates, non-string keys, merge keys, aliases (small) and recursion.
YAML_LINES: tuple[str, ...] = (
    "title: [a, b]",
    "title: {x: 1}",
    "title: 123",
    "title: .nan",
    "title: null",
    "title: ''",
    "title: !!binary aGVsbG8=",
    "title: !!set {a, b}",
    "title: !!omap [a: 1]",
    'title: "\\x00\\x07\\ud7ff\\U0010FFFF"',
    "title: |\n  multi\n  line",
    "date: 2026-13-45",
    "date: 2026-02-30",
    "date: 0001-01-01",
    "date: 9999-12-31T23:59:59Z",
    "date: 2026-11-20 25:61:61",
    "date: 2026-11-20T07:00:00+23:59",
    "date: 1e400",
    "date: -1",
    "date: 99999999999999999999",
    "date: [2026-11-20]",
    "date: {y: 2026}",
    "published: 'Nov 31, 2026 13:99 PM'",
    "published: 'Fri, 32 Nov 2026 99:00:00 +9999'",
    "published: '31.02.2026'",
    "modified: 'September 99, 0000'",
    "updated: '2026-11-20T07:00:00.9999999999Z'",
    "code: 0",
    "code: [1, 2]",
    "code: {a: b}",
    "code: true",
    "code: 1e999",
    "id: !!float nan",
    "origin_url: 12",
    "origin_url: [http://a]",
    "origin_url: 'http://[::1'",
    "origin_url: 'http://a:99999/x'",
    "origin_url: 'https://ex ample.com/a b?c=d&e'",
    "url: 'http://%zz/'",
    "url: 'https://'",
    "link: 'javascript:alert(1)'",
    "image: {url: 3}",
    "image: [1, 2]",
    "image: 'http://[x/'",
    "author: [null, 1, [a]]",
    "authors: {a: 1}",
    "byline: 'A and B; C, and and'",
    "wire: [1]",
    "agency: {a: b}",
    "language: 42",
    "category: [[a]]",
    "? [complex, key]\n: value",
    "? {a: b}\n: value",
    "1: int key",
    "null: null key",
    "true: bool key",
    "1.5: float key",
    "<<: {title: merged}",
    "base: &a {title: x}\nother: *a",
    "b0: &b0 [x, x, x, x, x, x, x, x, x]\nb1: &b1 [*b0, *b0, *b0, *b0, *b0, *b0, *b0, *b0]\n"
    "b2: [*b1, *b1, *b1, *b1, *b1, *b1, *b1, *b1]",
    "recursive: &r [*r]",
    "mapping: &m {self: *m}",
    "title: *undefined",
    "title: @reserved",
    "\ttitle: tab",
    "title: 'unterminated",
    "  - dash",
    "%YAML 1.1",
    "--- !!map",
)

# Markdown and HTML constructs the parsers branch on, plus broken and hostile variants.
MARKUP_TOKENS: tuple[str, ...] = (
    "# ",
    "###### ",
    "####### x",
    "> ",
    ">>>> ",
    "- ",
    "* ",
    "999. ",
    "1) ",
    "![",
    "![]()",
    "![alt](",
    '![a](b "t")',
    "![a](http://[::1/x)",
    "[x](y)",
    "[x](",
    "](",
    "<http://a>",
    "**",
    "__",
    "~~",
    "`",
    "```",
    "***bold***",
    "<em>",
    "</p>",
    "<p",
    "<br/>",
    "<img src=x>",
    "<img src='http://[::1'>",
    "<img srcset='a 1x, , b 99999999999w'>",
    "<a href='javascript:x'>",
    "<script>",
    "</script>",
    "<style>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<?xml version='1.0'?>",
    "<!DOCTYPE html>",
    "<html>",
    "<head>",
    "<body>",
    "<article>",
    "<figure>",
    "<figcaption>",
    "</figure>",
    "<meta charset='utf-16'>",
    "<meta charset='x-bogus'>",
    "<meta property='og:image' content='http://[x'>",
    "<meta property='article:published_time' content='2026-99-99T99:99'>",
    "<meta name='author' content=''>",
    "<link rel='canonical' href='http://a:99999/'>",
    "<base href='javascript:'>",
    "<title>",
    "</title>",
    "<table><tr><td>",
    "<svg><foreignObject>",
    "<math>",
    "<template>",
    "<noscript>",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "&#x110000;",
    "&#99999999999;",
    "&nbsp;",
    "&bogus;",
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":[1,2],'
    '"image":{"url":3},"datePublished":"x","author":[null,{"name":[]}]}</script>',
    '<script type="application/ld+json">{"@graph":[[[]]],"@type":["NewsArticle"],'
    '"articleBody":{}}</script>',
    '<script type="application/ld+json">{</script>',
    '<script type="application/ld+json">[1,"a",null]</script>',
    '<script type="application/ld+json">{"@type":"NewsArticle","image":[{"@type":"ImageObject",'
    '"url":null,"caption":{"x":1},"author":7}]}</script>',
)

# Lines the agency-copy rules key on (labels, credits, wire tags, promos), some malformed.
TEXT_TOKENS: tuple[str, ...] = (
    "ADVERTISEMENT",
    "Published: ",
    "Published: Nov 31, 2026 at 25:61 PM",
    "Updated: yesterday",
    "By ",
    "(Photo: )",
    "(Photo: Reuters)",
    "(Photo by /Getty Images)",
    "REUTERS/",
    "\u00a9",
    "\u00a92026 ",
    "(AP) -- ",
    "WASHINGTON (AP) \u2014 ",
    "(Reuters) - ",
    " -- ",
    "Related:",
    "Read more: ",
    "Follow us on Twitter",
    "Subscribe to our podcast",
    "Photo: ",
    "Credit: ",
    "NEWS",
)

# Bytes that decoders and splitters trip on: BOMs, NUL, lone CR, C1/Unicode line breaks, broken
# and overlong UTF-8, surrogates, bidi overrides, combining marks, case-folding expanders.
BYTE_TOKENS: tuple[bytes, ...] = (
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
    codecs.BOM_UTF32_BE,
    b"\x00",
    b"\r",
    b"\x85",
    "\u2028".encode(),
    "\u2029".encode(),
    b"\x0c",
    b"\x1b[31m",
    b"\x7f",
    b"\xc3",
    b"\xc3\x28",
    b"\xed\xa0\x80",
    b"\xf4\x90\x80\x80",
    b"\xc0\xaf",
    "\u202e".encode(),
    "\u200b".encode(),
    "\ufeff".encode(),
    "\u0301".encode(),
    "\U0001f600".encode(),
    "\u00df\u0130\ufb01".encode(),
    "\u00a0".encode(),
    b"\t",
    b"---\n",
    b"\n---\n",
    b"...\n",
)

# Charsets an input may be re-encoded in, and labels a fetch may pass down as its encoding.
CODECS = ("utf-16", "utf-16-le", "utf-32", "cp1252", "latin-1", "shift_jis", "gb18030", "utf-7")
LABELS = ("utf-8", "iso-8859-1", "cp1252", "utf-16", "shift_jis", "x-unknown", "", "ascii")
SOURCES = (
    "https://news.example.com/2026/11/20/story.html",
    "http://example.org/a/b/c?id=7&utm_source=x",
    "https://example.com",
    "/srv/wire/2026-11-20/item.txt",
)


@dataclass(frozen=True, slots=True)
class FuzzInput:
    """One generated input and how it was made."""

    index: int
    raw: RawDocument
    recipe: str  # seed file and mutators, e.g. "wire:samples/wire/…/a.txt + splice + flip"


def load_seeds(root: Path = ROOT) -> dict[str, list[tuple[str, bytes]]]:
    """Seed files per group, read once (gzip pages decompressed); missing folders are skipped."""
    groups: dict[str, list[tuple[str, bytes]]] = {}
    for group, (_weight, patterns) in GROUPS.items():
        files: list[tuple[str, bytes]] = []
        for pattern in patterns:
            found = sorted(p for p in root.glob(pattern) if p.is_file())
            if group == "pages":
                found = found[:MAX_PAGES]
            for path in found:
                data = path.read_bytes()
                if path.suffix == ".gz":
                    data = gzip.decompress(data)
                files.append((os.path.relpath(path, root), data[:MAX_INPUT]))
        groups[group] = files
    return groups


class InputMaker:
    """Builds input i from (seed, i): a seed file (or tokens) and 1-4 stacked mutations."""

    def __init__(self, seed: int, seeds: dict[str, list[tuple[str, bytes]]]) -> None:
        self.seed = seed
        self.seeds = {g: files for g, files in seeds.items() if files or g == "generated"}
        self._groups = list(self.seeds)
        self._weights = [GROUPS[g][0] for g in self._groups]
        # Splice partners: every seed but the big publisher pages (they would dominate the time).
        self._all = [d for g, files in self.seeds.items() if g != "pages" for _n, d in files]

    def make(self, index: int) -> FuzzInput:
        """Input number index."""
        rng = random.Random(f"{self.seed}:{index}")
        group = rng.choices(self._groups, self._weights)[0]
        if group == "generated" or not self.seeds[group]:
            name, make = rng.choice(GENERATORS)
            data, steps = make(rng), [f"generated:{name}"]
        else:
            path, data = rng.choice(self.seeds[group])
            steps = [f"{group}:{path}"]
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4))):
            name, mutate = rng.choice(MUTATORS)
            data = mutate(rng, data, self._all)[:MAX_INPUT]
            steps.append(name)
        encoding = rng.choice(LABELS) if rng.random() < 0.1 else None
        source = rng.choice(SOURCES) if rng.random() < 0.3 else f"fuzz://{index}"
        raw = RawDocument(source, data, hashlib.sha256(data).hexdigest(), len(data), None, encoding)
        return FuzzInput(index, raw, " + ".join(steps))


# -- generators: inputs from nothing ------------------------------------------------------------


def _random_bytes(rng: random.Random) -> bytes:
    return rng.randbytes(rng.randint(0, 2048))


def _high_bytes(rng: random.Random) -> bytes:
    # 4 KB of bytes >= 0x80: no control bytes, so not "binary" to a control-byte sniff.
    return bytes(rng.randint(0x80, 0xFF) for _ in range(4096))


def _token_soup(rng: random.Random) -> bytes:
    pool = MARKUP_TOKENS + TEXT_TOKENS + YAML_LINES
    parts = [
        rng.choice(pool) + rng.choice((" ", "\n", "\n\n", "")) for _ in range(rng.randint(5, 60))
    ]
    return "".join(parts).encode()


def _front_matter(rng: random.Random) -> bytes:
    head = "\n".join(rng.choice(YAML_LINES) for _ in range(rng.randint(1, 8)))
    body = _token_soup(rng).decode() if rng.random() < 0.5 else "Body text.\n\nSecond paragraph."
    return f"---\n{head}\n---\n{body}\n".encode()


def _html_page(rng: random.Random) -> bytes:
    head = "".join(rng.choice(MARKUP_TOKENS) for _ in range(rng.randint(0, 8)))
    paras = "".join(
        f"<p>{rng.choice(TEXT_TOKENS)} words {rng.choice(MARKUP_TOKENS)} more words.</p>"
        for _ in range(rng.randint(0, 12))
    )
    figure = "<figure><img src='/a.jpg'><figcaption>Caption (Photo: X)</figcaption></figure>"
    return (
        f"<!doctype html><html><head>{head}</head><body><article>{figure}{paras}</article>".encode()
    )


GENERATORS: tuple[tuple[str, Callable[[random.Random], bytes]], ...] = (
    ("random_bytes", _random_bytes),
    ("high_bytes", _high_bytes),
    ("token_soup", _token_soup),
    ("front_matter", _front_matter),
    ("front_matter", _front_matter),
    ("html_page", _html_page),
)


# -- mutators: bytes in, bytes out ------------------------------------------------------------

Mutator = Callable[[random.Random, bytes, list[bytes]], bytes]


def _pos(rng: random.Random, data: bytes) -> int:
    return rng.randint(0, len(data))


def _line_start(rng: random.Random, data: bytes) -> int:
    """A random line start (where line rules, headings and YAML keys are recognised)."""
    starts = [0] + [i + 1 for i, b in enumerate(data[:65536]) if b == 0x0A]
    return rng.choice(starts)


def _flip_bits(rng: random.Random, data: bytes, _all: list[bytes]) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)) if buf else ():
        buf[rng.randrange(len(buf))] ^= 1 << rng.randrange(8)
    return bytes(buf)


def _insert_bytes(rng: random.Random, data: bytes, _all: list[bytes]) -> bytes:
    at = _pos(rng, data)
    return data[:at] + rng.choice(BYTE_TOKENS) * rng.choice((1, 1, 2, 50)) + data[at:]


def _insert_token(rng: random.Random, data: bytes, _all: list[bytes]) -> bytes:
    token = rng.choice(MARKUP_TOKENS + TEXT_TOKENS + YAML_LINES).encode()
    at = _line_start(rng, data) if rng.random() < 0.7 else _pos(rng, data)
    return data[:at] + token + rng.choice((b"", b" ", b"\n")) + data[at:]


def _delete_range(rng: random.Random, data: bytes, _all: list[bytes]) -> bytes:
    a = _pos(rng, data)
    return data[:a] + data[a + rng.randint(1, max(1, len(data) // 4)) :]


def _duplicate_range(rng: random.Random, data: bytes, _all: list[bytes]) -> bytes:
    a = _pos(rng, data)
    chunk = data[a : a + rng.randint(1, 256)]
    return data[:a] + chunk * rng.choice((2, 10, 300)) + data[a:]


def _truncate(rng: random.Random, data: bytes, _all: list[bytes]) -> bytes:
    return data[: _pos(rng, data)]


def _splice(rng: random.Random, data: bytes, every: list[bytes]) -> bytes:
    other = rng.choice(every) if every else b""
    return data[: _pos(rng, data)] + other[_pos(rng, other) :]


def _reencode(rng: random.Random, data: bytes, _all: list[bytes]) -> bytes:
    text = data.decode("utf-8", errors="replace")
    return text.encode(rng.choice(CODECS), errors=rng.choice(("replace", "ignore")))


def _line_endings(rng: random.Random, data: bytes, _all: list[bytes]) -> bytes:
    return data.replace(b"\n", rng.choice((b"\r\n", b"\r", b"\n\n", b"\x85", b"\n \n")))


def _front_matter_wrap(rng: random.Random, data: bytes, _all: list[bytes]) -> bytes:
    head = "\n".join(rng.choice(YAML_LINES) for _ in range(rng.randint(1, 5)))
    return f"---\n{head}\n---\n".encode() + data


def _shuffle_lines(rng: random.Random, data: bytes, _all: list[bytes]) -> bytes:
    lines = data.split(b"\n")
    rng.shuffle(lines)
    return b"\n".join(lines)


MUTATORS: tuple[tuple[str, Mutator], ...] = (
    ("flip", _flip_bits),
    ("bytes", _insert_bytes),
    ("token", _insert_token),
    ("token", _insert_token),
    ("delete", _delete_range),
    ("dup", _duplicate_range),
    ("truncate", _truncate),
    ("splice", _splice),
    ("reencode", _reencode),
    ("eol", _line_endings),
    ("yaml", _front_matter_wrap),
    ("shuffle", _shuffle_lines),
)
