"""Labelled set for story clustering: real article text re-filed as syndicated copies.

Each page of a shared corpus (news-dev: truth paragraphs; aeb-dev: annotated bodies) is one
story. Its original is filed by a wire or outlet with that outlet's boilerplate; then 1–4 more
documents follow, each a **copy** (another outlet: quotes and dashes restyled, spelling variants,
names shortened to initials, accents stripped, a wire tag or dateline, the outlet's own
boilerplate, trimmed ending, reordered paragraphs, dropped sentences, re-split paragraphs) or an
**update** (the same outlet re-filing: paragraphs added below, or a write-through with a new lead)
of an earlier document of the story. Some copies carry a background paragraph borrowed from
another story of the same language, as wire copy does; that must not pull the stories together.
Pages of one publisher (and of one topic) are natural negatives.

Every edit is generic (regular expressions over any Latin-script language, character-level
edits elsewhere); nothing is chosen per page. Deterministic for a seed.

    python benchmarks/story_copies.py --out benchmarks/out/story-copies.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

# Outlets that re-run copy; each has its own boilerplate so its copies of different stories
# share those lines (a precision test), and its own house style.
OUTLETS = (
    "Harbour Daily",
    "Valley Courier",
    "Northwick Post",
    "Lakeside Herald",
    "Alder Times",
    "Coast Gazette",
)
WIRES = ("Meridian News", "Northwind Press", "Harbour Wire")
_BOILER = (
    "Sign up for the {o} newsletter to get the day's top stories in your inbox.",
    "Copyright {y} {o}. All rights reserved.",
    "Read more: the latest news from {o} on our website and app.",
    "This article was produced by {o}'s news desk with material from wire agencies.",
    "Follow {o} on social media for live updates.",
)
_NAMES = ("Ana Ortiz", "Karl Holt", "Mira Pak", "Jon Brenner", "Eva Ruiz", "Femi Okafor")
_CITIES = ("LONDON", "BERLIN", "TOKYO", "NEW YORK", "SEOUL", "MADRID", "OSLO")

# Paired spellings as regular expressions on word endings (British ↔ American and similar);
# applied to whatever words happen to end that way, in any language.
_SPELLING = (
    (r"(\w{3,})is(e|ed|es|ing|ation|ations)\b", r"\1iz\2"),
    (r"(\w{3,})iz(e|ed|es|ing|ation|ations)\b", r"\1is\2"),
    (r"(\w{2,})our\b", r"\1or"),
    (r"(\w{3,})tre\b", r"\1ter"),
    (r"(\w{2,})lled\b", r"\1led"),
)
# A run of two to four capitalised words becomes its initials ("United States" → "US").
_NAME_RUN = re.compile(r"\b(?:[A-ZÄÖÜ][a-zäöüß]+ ){1,3}[A-ZÄÖÜ][a-zäöüß]+\b")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "«": '"', "»": '"'})


@dataclass(slots=True)
class Doc:
    """One labelled document of the set."""

    doc_id: str
    story: str  # the page id: documents with the same story are one story
    group: str  # the page's publisher: folds leave whole publishers out
    language: str
    outlet: str
    wire: str | None
    published_at: str
    title: str
    body: str
    kind: str  # original, copy or update
    parent: str | None = None
    edits: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Page:
    """A source page: story id, publisher, script-language tag, title and paragraphs."""

    story: str
    group: str
    language: str
    title: str
    paragraphs: list[str]


def _language(text: str) -> str:
    """A coarse script tag ('latin', 'cjk', 'hangul', 'cyrillic', …) for borrowing paragraphs."""
    counts: dict[str, int] = {}
    for ch in text[:2000]:
        if ch.isalpha():
            name = unicodedata.name(ch, "X").split()[0]
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda k: counts[k]).lower() if counts else "none"


def load_pages(data: str) -> list[Page]:
    """The pages of one corpus (news-dev or aeb-dev) as stories."""
    root = CORPUS / data
    if data == "aeb-dev":
        truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
        pages = []
        for key, item in sorted(truth.items()):
            paras = [p.strip() for p in item["articleBody"].split("\n") if p.strip()]
            host = urlsplit(item["url"]).hostname or key
            pages.append(Page(key[:16], host, _language(item["articleBody"]), "", paras))
        return pages
    pages = []
    for line in (root / "ground-truth.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        paras = [p.strip() for p in row["paragraphs"] if p.strip()]
        text = " ".join(paras)
        # The country stands in for the language (de/at share one, which is what we want).
        lang = f"{_language(text)}-{row['country']}"
        pages.append(Page(row["id"], row["publisher"], lang, row["title"], paras))
    return pages


# --- edits: each takes (paragraphs, rng) and returns new paragraphs ---------------------------

Edit = Callable[[list[str], random.Random], list[str]]


def _restyle_quotes(paras: list[str], rng: random.Random) -> list[str]:
    if rng.random() < 0.5:
        return [p.translate(_QUOTES).replace("—", "-").replace("–", "-") for p in paras]
    curly = [re.sub(r'"(\w)', "“\\1", p) for p in paras]
    return [re.sub(r'"', "”", p).replace("'", "’").replace(" - ", " — ") for p in curly]


def _spelling(paras: list[str], rng: random.Random) -> list[str]:
    pattern, repl = rng.choice(_SPELLING)
    return [re.sub(pattern, repl, p) for p in paras]


def _initials(paras: list[str], rng: random.Random) -> list[str]:
    def short(m: re.Match[str]) -> str:
        return "".join(w[0] for w in m.group(0).split()) if rng.random() < 0.7 else m.group(0)

    return [_NAME_RUN.sub(short, p) for p in paras]


def _strip_accents(paras: list[str], rng: random.Random) -> list[str]:
    def plain(p: str) -> str:
        return "".join(
            c for c in unicodedata.normalize("NFD", p) if unicodedata.category(c) != "Mn"
        )

    # Only scripts where the marks are accents (Hangul and kana decompose too: keep those whole).
    return [plain(p) if _language(p) == "latin" else p for p in paras]


def _numbers(paras: list[str], rng: random.Random) -> list[str]:
    sep = rng.choice(("", ",", ".", " "))
    return [re.sub(r"(\d)[,.](\d{3})\b", rf"\1{sep}\2", p) for p in paras]


def _trim(paras: list[str], rng: random.Random) -> list[str]:
    if len(paras) < 3:
        return paras
    keep = max(2, round(len(paras) * rng.uniform(0.4, 0.8)))
    return paras[:keep]


def _reorder(paras: list[str], rng: random.Random) -> list[str]:
    if len(paras) < 4:
        return paras
    out = list(paras)
    i = rng.randrange(1, len(out) - 1)
    out[i], out[i + 1] = out[i + 1], out[i]
    return out


def _drop_sentences(paras: list[str], rng: random.Random) -> list[str]:
    out = []
    for p in paras:
        sentences = _SENTENCE_END.split(p)
        if len(sentences) > 2 and rng.random() < 0.3:
            del sentences[rng.randrange(1, len(sentences))]
        out.append(" ".join(sentences))
    return out


def _resplit(paras: list[str], rng: random.Random) -> list[str]:
    out: list[str] = []
    for p in paras:
        sentences = _SENTENCE_END.split(p)
        if len(sentences) > 3 and rng.random() < 0.3:
            cut = len(sentences) // 2
            out += [" ".join(sentences[:cut]), " ".join(sentences[cut:])]
        elif out and rng.random() < 0.15:
            out[-1] = f"{out[-1]} {p}"
        else:
            out.append(p)
    return out


def _reword(paras: list[str], rng: random.Random) -> list[str]:
    """A sub-editor's rewording: 5–15 % of the words replaced by other words of the story."""
    words = " ".join(paras).split()
    share = rng.uniform(0.05, 0.15)
    out = []
    for p in paras:
        tokens = p.split()
        if len(tokens) < 3:  # space-less scripts: swap character runs instead
            chars = list(p)
            for _ in range(int(len(chars) * share / 3)):
                i = rng.randrange(len(chars))
                chars[i] = rng.choice(chars)
            out.append("".join(chars))
            continue
        out.append(" ".join(rng.choice(words) if rng.random() < share else t for t in tokens))
    return out


def _brief(paras: list[str], rng: random.Random) -> list[str]:
    """A brief: only the first paragraphs run (at least 300 characters, a real brief's length)."""
    keep = rng.randint(1, 2)
    while keep < len(paras) and sum(len(p) for p in paras[:keep]) < 300:
        keep += 1
    return paras[:keep]


COPY_EDITS: dict[str, Edit] = {
    "reword": _reword,
    "brief": _brief,
    "quotes": _restyle_quotes,
    "spelling": _spelling,
    "initials": _initials,
    "accents": _strip_accents,
    "numbers": _numbers,
    "trim": _trim,
    "reorder": _reorder,
    "drop_sentences": _drop_sentences,
    "resplit": _resplit,
}


def new_paragraph(source: list[str], rng: random.Random) -> str:
    """New reporting in the story's own language: its words, shuffled into new sentences.

    Space-less scripts are shuffled by character runs instead of words.
    """
    text = " ".join(source)
    units = text.split() if text.count(" ") > len(text) / 30 else re.findall(r".{1,4}", text)
    rng.shuffle(units)
    joiner = " " if text.count(" ") > len(text) / 30 else ""
    size = rng.randint(25, 60) if joiner else rng.randint(20, 40)
    return joiner.join(units[:size]) + "."


def _boilerplate(outlet: str, rng: random.Random) -> list[str]:
    year = rng.choice((2024, 2025))
    lines = [b.format(o=outlet, y=year) for b in _BOILER]
    # An outlet always uses the same lines, in its own order (seeded by its name).
    random.Random(outlet).shuffle(lines)
    return lines[: 1 + int(hashlib.sha256(outlet.encode()).hexdigest(), 16) % 3]


def _with_boilerplate(paras: list[str], outlet: str, rng: random.Random) -> list[str]:
    lines = _boilerplate(outlet, rng)
    head, tail = lines[:1], lines[1:]
    return (head + paras + tail) if rng.random() < 0.5 else (paras + lines)


def _wire_tag(paras: list[str], wire: str, rng: random.Random) -> list[str]:
    tag = rng.choice((f"({wire}) -- ", f"{rng.choice(_CITIES)} ({wire}) - ", f"({wire}) — "))
    return [tag + paras[0], *paras[1:]]


def _headline(title: str, rng: random.Random) -> str:
    style = rng.randrange(3)
    if style == 0:
        return title.title()
    if style == 1:
        return title[:1].upper() + title[1:].lower()
    return title.upper()


def story_documents(page: Page, pages: list[Page], rng: random.Random) -> Iterator[Doc]:
    """The original and 1–4 later documents of one story."""
    when = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(60 * 24 * 30))
    wire = rng.choice(WIRES)
    base = list(page.paragraphs)
    docs: list[tuple[list[str], str, str | None]] = []  # clean paragraphs, outlet, wire

    def emit(
        paras: list[str],
        outlet: str,
        kind: str,
        parent: str | None,
        edits: list[str],
        dt: datetime,
        wire_of: str | None,
    ) -> Doc:
        n = len(docs)
        docs.append((paras, outlet, wire_of))
        body = _with_boilerplate(paras, outlet, rng) if rng.random() < 0.7 else paras
        return Doc(
            doc_id=f"{page.story}#{n}",
            story=page.story,
            group=page.group,
            language=page.language,
            outlet=outlet,
            wire=wire_of,
            published_at=dt.isoformat(),
            title=_headline(page.title, rng) if n else page.title,
            body="\n\n".join(body),
            kind=kind,
            parent=parent,
            edits=edits,
        )

    yield emit(base, wire, "original", None, [], when, wire)
    same_lang = [p for p in pages if p.language == page.language and p.story != page.story]
    for _ in range(rng.randint(1, 4)):
        parent_index = rng.randrange(len(docs))
        paras, outlet, _w = docs[parent_index]
        when += timedelta(minutes=rng.randint(3, 600))
        parent = f"{page.story}#{parent_index}"
        if rng.random() < 0.3:  # update: the same outlet re-files
            extra = [new_paragraph(page.paragraphs, rng) for _ in range(rng.randint(1, 3))]
            if rng.random() < 0.4 and len(paras) > 2:
                new = [extra[0], *paras[1:], *extra[1:]]
                edits = ["write_through"]
            else:
                at = rng.randint(1, len(paras))
                new = paras[:at] + extra + paras[at:]
                edits = ["add_paragraphs"]
            yield emit(new, outlet, "update", parent, edits, when, _w)
            continue
        names = rng.sample(sorted(COPY_EDITS), rng.randint(2, 5))
        new = list(paras)
        for name in names:
            new = COPY_EDITS[name](new, rng) or new
        copier = rng.choice(OUTLETS)
        if rng.random() < 0.5:
            new = _wire_tag(new, wire, rng)
            names.append("wire_tag")
        if same_lang and rng.random() < 0.25 and len(new) >= 4:
            # A background paragraph from another story, small beside the copy's own text.
            other = rng.choice(same_lang)
            budget = sum(len(p) for p in new) // 4
            fits = [p for p in other.paragraphs if len(p) <= budget]
            if fits:
                new.insert(rng.randint(1, len(new)), rng.choice(fits))
                names.append(f"borrowed:{other.story}")
        yield emit(new, copier, "copy", parent, names, when, wire)


def build(data: str = "news-dev", seed: int = 15) -> list[Doc]:
    """Every document of the labelled set for one corpus."""
    pages = load_pages(data)
    out: list[Doc] = []
    for page in pages:
        rng = random.Random(f"{seed}-{page.story}")
        out.extend(story_documents(page, pages, rng))
    return out


def main() -> None:
    """Write the set as JSON lines and print its counts."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", default="news-dev", choices=("news-dev", "aeb-dev"))
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--out", type=Path, default=Path("benchmarks/out/story-copies.jsonl"))
    args = ap.parse_args()
    docs = build(args.data, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(asdict(doc), ensure_ascii=False) + "\n")
    kinds = {k: sum(d.kind == k for d in docs) for k in ("original", "copy", "update")}
    langs = len({d.language for d in docs})
    print(f"{len(docs)} documents, {kinds}, {langs} scripts → {args.out}")


if __name__ == "__main__":
    main()
