"""Score wirecopy's HTML extractor with the shared corpus tools, beside their baselines.

    python benchmarks/extraction.py                       # aeb-dev and news-dev, all metrics
    python benchmarks/extraction.py --data ../shared/corpus/news-dev --json out.json

The adapters below (body, images, meta) are what the tools import, e.g. from the project root:
    PYTHONPATH=.:benchmarks python3 ../shared/corpus/tools/eval_body.py extraction:body
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make `tasks` importable
    sys.path.insert(0, str(ROOT))

from wirecopy.tasks.html.extract import extract_html  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
# Tool, our adapter, the baselines it runs beside it; body is scored on both layouts.
TOOLS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "body": ("eval_body.py", "extraction:body", ("trafilatura", "bs4_p")),
    "images": ("eval_images.py", "extraction:images", ("naive", "trafilatura_images")),
    "meta": ("eval_meta.py", "extraction:meta", ("trafilatura", "naive")),
}


def body(html: str, url: str) -> str:
    """Body text: the extracted paragraphs joined by blank lines."""
    return "\n\n".join(extract_html(html, url or None).paragraphs)


def images(html: str, url: str) -> list[dict[str, Any]]:
    """Images as the image tool reads them: url, caption, credit (a list of credits)."""
    return [
        {"url": i.url, "caption": i.caption, "credit": list(i.credits)}
        for i in extract_html(html, url or None).images
    ]


def meta(html: str, url: str) -> dict[str, Any]:
    """Title, authors, published (the page's own string when it has a time), language."""
    page = extract_html(html, url or None)
    raw = page.extra.get("published_raw")
    # The raw string keeps the page's UTC offset, so the local calendar day can be compared.
    published = raw if isinstance(raw, str) and "T" in raw else page.published_at
    return {
        "title": page.title,
        "authors": page.authors,
        "published": published,
        "language": page.language,
    }


def _datasets(data: list[str] | None, corpus: Path) -> list[Path]:
    if data:
        return [Path(d).resolve() for d in data]
    return [corpus / "aeb-dev", corpus / "news-dev"]


def _metrics_for(dataset: Path) -> list[str]:
    """aeb-style data has body truth only; news-style data has everything."""
    return ["body"] if (dataset / "ground-truth.json").is_file() else ["body", "images", "meta"]


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


def main(argv: list[str] | None = None) -> int:
    """Score every dataset with every metric its layout supports."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", action="append", help="dataset dir (repeatable)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="shared corpus root")
    parser.add_argument("--json", type=Path, help="write all results here")
    parser.add_argument("--only", choices=sorted(TOOLS), action="append", help="metrics to run")
    args = parser.parse_args(argv)
    tools_dir = args.corpus / "tools"
    if not tools_dir.is_dir():
        print(f"no corpus tools at {tools_dir}", file=sys.stderr)
        return 2
    results: dict[str, dict[str, Any]] = {}
    for dataset in _datasets(args.data, args.corpus):
        for metric in _metrics_for(dataset):
            if args.only and metric not in args.only:
                continue
            script, ours, baselines = TOOLS[metric]
            print(f"\n== {dataset.name}: {metric}")
            results.setdefault(dataset.name, {})[metric] = run_tool(
                tools_dir / script, dataset, [ours, *baselines]
            )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
