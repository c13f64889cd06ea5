"""How many real body paragraphs the page-tail tests would take, on the dev corpus truths.

A page's body loses its closing notes of three features, its terms of reuse and its writer's
address line (tasks/cleaning/blocks.py drop_tail_promos, `page=True`). Each test is asked of
every body truth paragraph of news-dev and aeb-dev (4,951 paragraphs written by the sites as
their articles' text): a paragraph a test takes is one it could take from a real article if it
closed one. Prints the count per test and the first paragraphs each takes.

    python benchmarks/truth_tails.py [--show N]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from pathlib import Path

from wirecopy.tasks.cleaning.blocks import EMAIL_LINE, _is_page_note
from wirecopy.tasks.cleaning.shapes import is_closing_reuse_notice, is_reuse_notice, staff_credit

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def truth_paragraphs(corpus: Path = CORPUS) -> Iterator[tuple[str, str]]:
    """(page id, paragraph) of every body truth paragraph of news-dev and aeb-dev."""
    for line in (corpus / "news-dev" / "ground-truth.jsonl").read_text().splitlines():
        page = json.loads(line)
        for paragraph in page.get("paragraphs", []):
            yield page["id"], paragraph
    aeb = json.loads((corpus / "aeb-dev" / "ground-truth.json").read_text())
    for key, page in aeb.items():
        body = page.get("articleBody") or ""
        for paragraph in body.split("\n"):
            if paragraph.strip():
                yield key, paragraph


TESTS: dict[str, Callable[[str], bool]] = {
    "note of three features": lambda text: _is_page_note(text, ()),
    "terms of reuse": lambda text: is_reuse_notice(text) or is_closing_reuse_notice(text),
    "writer's address line": lambda text: (
        bool(EMAIL_LINE.match(text)) or (staff_credit(text) is not None and "@" in text)
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=5, help="paragraphs shown per test")
    args = parser.parse_args()
    if not (CORPUS / "news-dev").is_dir():
        print(f"no corpus at {CORPUS}: nothing to measure")
        return
    paragraphs = list(truth_paragraphs())
    print(f"{len(paragraphs)} body truth paragraphs (news-dev and aeb-dev)")
    for name, test in TESTS.items():
        taken = [(page, text) for page, text in paragraphs if test(text)]
        print(f"{name:<24} takes {len(taken)}")
        for page, text in taken[: args.show]:
            print(f"    {page[:40]:<40} {text[:90]}")


if __name__ == "__main__":
    main()
