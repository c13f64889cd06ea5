"""Photographer/agency split on real credits: what it makes of every credit in a corpus.

Reads the credits of the shared news-dev ground truth (fundus' reviewed captions, 27 countries),
splits each with tasks/cleaning/credit_parts.py and prints one line per distinct credit plus a
scoreboard: how many got a known agency, an agency by evidence only, a photographer only, both,
or nothing; and the split's speed. There is no truth for the split itself: read the lines.

    python benchmarks/credit_parts.py [--data ../shared/corpus/news-dev] [--quiet]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from wirecopy.schemas.agencies import AGENCY_NAMES
from wirecopy.tasks.cleaning.credit_parts import split_credit

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news-dev"


def credits_of(data: Path) -> dict[str, str]:
    """Distinct credit → the publisher it first came from."""
    found: dict[str, str] = {}
    for line in (data / "ground-truth.jsonl").read_text(encoding="utf-8").splitlines():
        page = json.loads(line)
        for image in page.get("images") or []:
            for credit in image.get("credits") or []:
                found.setdefault(credit, page["publisher"])
    return found


def outcome(photographer: str | None, agency: str | None) -> str:
    """Which sides the split found."""
    known = agency in AGENCY_NAMES
    if photographer and agency:
        return "photographer + known agency" if known else "photographer + other agency"
    if agency:
        return "known agency only" if known else "other agency only"
    return "photographer only" if photographer else "nothing"


def main() -> None:
    """Print every split and the scoreboard."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--quiet", action="store_true", help="only the scoreboard")
    args = ap.parse_args()
    found = credits_of(args.data)
    board: Counter[str] = Counter()
    for credit, publisher in found.items():
        part = split_credit(credit)
        board[outcome(part.photographer, part.agency)] += 1
        if not args.quiet:
            print(f"{publisher[:14]:14} {credit[:48]:48} → {part.photographer} | {part.agency}")
    print(f"\n{len(found)} distinct credits from {args.data}")
    for name, n in board.most_common():
        print(f"  {name:30} {n:4}  ({n / len(found):.0%})")
    credits = list(found) * max(1, 20_000 // max(1, len(found)))
    start = time.perf_counter()
    for credit in credits:
        split_credit(credit)
    seconds = time.perf_counter() - start
    print(f"speed: {len(credits) / seconds:,.0f} credits/s ({len(credits)} splits)")


if __name__ == "__main__":
    main()
