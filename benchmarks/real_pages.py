"""A folder of real article pages for the pipeline benchmark (`pipeline.py --input DIR`).

The pages of the shared dev corpus (news-dev and aeb-dev, decompressed), repeated until there are
N of them. Each repetition gets its own canonical URL (`?copy=k` on the page's canonical link and
og:url), so that every file is its own article, as on a real night, not an update of another.

    python benchmarks/real_pages.py /tmp/real --n 1100
    python benchmarks/pipeline.py --input /tmp/real --work /tmp/bench-real
"""

from __future__ import annotations

import argparse
import gzip
import re
from itertools import count
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
# The page's own URL in <link rel="canonical" href=…> and <meta property="og:url" content=…>.
_OWN_URL = re.compile(
    r"""(<link\b[^>]*\brel=["']canonical["'][^>]*\bhref=["']|"""
    r"""<meta\b[^>]*\bproperty=["']og:url["'][^>]*\bcontent=["'])([^"'#?]+)""",
    re.IGNORECASE,
)


def corpus_pages(corpus: Path = CORPUS) -> list[Path]:
    """Every gzipped page of news-dev and aeb-dev, in a stable order."""
    pages = sorted((corpus / "news-dev").rglob("*.html.gz"))
    pages += sorted((corpus / "aeb-dev" / "html").glob("*.html.gz"))
    return pages


def write_pages(out: Path, n: int, corpus: Path = CORPUS) -> int:
    """Write n real pages into out (repeating the corpus); returns how many were written."""
    pages = corpus_pages(corpus)
    if not pages:
        raise SystemExit(f"no corpus pages under {corpus}")
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for copy in count():
        for page in pages:
            if written == n:
                return written
            html = gzip.decompress(page.read_bytes()).decode("utf-8", errors="replace")
            if copy:
                html = _OWN_URL.sub(lambda m, k=copy: f"{m[1]}{m[2]}?copy={k}", html)
            name = page.name.removesuffix(".html.gz")
            target = out / f"{page.parent.name}-{name}-{copy}.html"
            target.write_text(html, encoding="utf-8")
            written += 1
    return written


def main() -> None:
    """Command line: the folder and the number of pages."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--n", type=int, default=1100)
    args = parser.parse_args()
    print(f"wrote {write_pages(args.out, args.n)} pages to {args.out}")


if __name__ == "__main__":
    main()
