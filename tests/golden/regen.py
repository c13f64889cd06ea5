"""Regenerate the golden JSON files: `python tests/golden/regen.py` (review the diff, then commit).

Each golden is the clean Article produced from one input file (the two shared seeds and the
bundled samples), serialised with datetimes as ISO strings; and, fundus-style, the extraction of
a few real pages of the shared dev corpus (the gzipped page stays in ../shared/corpus, the
expected JSON is here in html/).
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from wirecopy.schemas.records import RawDocument, Release  # noqa: E402
from wirecopy.tasks.clean import clean_document  # noqa: E402
from wirecopy.tasks.html.extract import extract_html  # noqa: E402
from wirecopy.tasks.parse import parse_document  # noqa: E402

GOLDEN_DIR = Path(__file__).resolve().parent
SEEDS_DIR = ROOT.parent / "shared" / "seeds"
SAMPLES_DIR = ROOT / "samples"
NEWS_DEV = ROOT.parent / "shared" / "corpus" / "news-dev"
HTML_GOLDEN_DIR = GOLDEN_DIR / "html"
# Every 16th page of news-dev in id order: chosen by position, not by how well it extracts.
HTML_GOLDEN_STEP = 16


def golden_inputs() -> dict[str, Path]:
    """Golden name → input file: the shared seeds (when present) and every bundled sample."""
    inputs: dict[str, Path] = {}
    if SEEDS_DIR.is_dir():
        for path in sorted(SEEDS_DIR.glob("*.txt")):
            inputs[f"seed_{path.stem.split('_')[0]}"] = path
    for path in sorted(p for p in SAMPLES_DIR.rglob("*") if p.is_file()):
        inputs[f"sample_{path.stem}"] = path
    return inputs


# Filled only when a fragment goes by repetition (evidence of other documents, tasks/
# repetition.py) or by the clean stage's batch: a single input never has them.
_BATCH_ONLY = ("seen_docs", "source_docs", "lines")


def _without_batch_fields(value: Any) -> Any:
    """The record without the repetition fields that one input alone leaves empty."""
    if isinstance(value, dict):
        return {
            k: _without_batch_fields(v)
            for k, v in value.items()
            if not (k in _BATCH_ONLY and v is None)
        }
    if isinstance(value, list):
        return [_without_batch_fields(v) for v in value]
    return value


def jsonable(value: Any) -> Any:
    """Datetimes as ISO strings, tuples as lists, recursively: what json.dumps can write."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def article_json(path: Path) -> dict[str, Any]:
    """The clean article of one input file as a JSON-ready dict (source_uri made relative)."""
    data = path.read_bytes()
    raw = RawDocument(path.name, data, hashlib.sha256(data).hexdigest(), len(data))
    article = dataclasses.asdict(clean_document(parse_document(raw)))
    if article["release"] == dataclasses.asdict(Release()):
        del article["release"]  # wire status only: these inputs are no wire items
    result: dict[str, Any] = jsonable(_without_batch_fields(article))
    return result


def html_golden_pages() -> dict[str, tuple[Path, str]]:
    """Golden name → (gzipped page, its URL) for the chosen news-dev pages (when present)."""
    truth = NEWS_DEV / "ground-truth.jsonl"
    if not truth.is_file():
        return {}
    pages = sorted(
        (json.loads(line) for line in truth.read_text(encoding="utf-8").splitlines() if line),
        key=lambda page: page["id"],
    )
    return {
        page["id"].replace("/", "_"): (NEWS_DEV / page["html"], page["url"])
        for page in pages[::HTML_GOLDEN_STEP]
    }


def fingerprint(text: str | None) -> dict[str, Any] | None:
    """A long text as its start, length and hash: the corpus's article text is not copied here,
    yet any change to it shows in the golden's diff."""
    if text is None:
        return None
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    return {"start": text[:40], "chars": len(text), "sha1": digest}


def page_json(path: Path, url: str) -> dict[str, Any]:
    """What the HTML extractor reads from one page, as a JSON-ready dict (long texts digested)."""
    page = dataclasses.asdict(extract_html(gzip.decompress(path.read_bytes()).decode("utf-8"), url))
    page["description"] = fingerprint(page["description"])
    page["paragraphs"] = [fingerprint(p) for p in page["paragraphs"]]
    page["removed"] = [{**r, "text": fingerprint(r["text"])} for r in page["removed"]]
    page["images"] = [{**im, "caption": fingerprint(im["caption"])} for im in page["images"]]
    result: dict[str, Any] = jsonable(_without_batch_fields(page))
    return result


def main() -> None:
    """Write one <name>.json per golden input and per golden page."""
    for name, path in golden_inputs().items():
        out = GOLDEN_DIR / f"{name}.json"
        out.write_text(json.dumps(article_json(path), indent=2, ensure_ascii=False) + "\n")
        print(f"wrote {out.relative_to(ROOT)}")
    HTML_GOLDEN_DIR.mkdir(exist_ok=True)
    for name, (path, url) in html_golden_pages().items():
        out = HTML_GOLDEN_DIR / f"{name}.json"
        out.write_text(json.dumps(page_json(path, url), indent=2, ensure_ascii=False) + "\n")
        print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
