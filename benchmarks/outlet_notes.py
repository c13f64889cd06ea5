"""Outlet notes closing agency copy at first sight: how many go, and how many story lines stay.

Each line of benchmarks/closing_lines.json closes a short story of plain agency copy
(one document, no counts from other documents: a source seen for the first time), is cleaned,
and counts as gone when the body no longer holds it. "notes" are the outlet speaking to its
readers (promos, syndication and views disclaimers, tip lines, donation appeals) in words no
rule was written from; "story" are genuine closing paragraphs written with the same words
(visit, follow, feed, syndicated loans, this report, "we" in quotes). Printed per rule, with
the first-sight rules (the outlet note and the promo shape) on and off.

    python benchmarks/outlet_notes.py [--show]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path

from wirecopy.schemas.records import RawDocument
from wirecopy.tasks.clean import clean_document
from wirecopy.tasks.parse import parse_document
from wirecopy.tasks.rule_switches import switched_off

DATA = Path(__file__).resolve().parent / "closing_lines.json"
FIRST_SIGHT_RULES = (
    "tail_outlet_note",
    "tail_promo_shape",
    "head_outlet_note",
    "inner_outlet_note",
)
STORY = (
    "Harbour Bridge Reopens After Storm\n\n"
    "PORT ALDER (Quayside Wire) -- The harbour bridge reopened on Tuesday after crews worked "
    "through the night to clear debris left by the storm.\n\n"
    "Officials said traffic would be limited to one lane in each direction until inspections "
    "are complete later this week.\n\n"
)


def closing_rule(line: str) -> tuple[bool, str | None]:
    """(gone, the rule that took it) for one line closing the story."""
    data = (STORY + line + "\n").encode()
    raw = RawDocument("file:///bench/story.txt", data, hashlib.sha256(data).hexdigest(), len(data))
    article = clean_document(parse_document(raw))
    rule = next((f.rule for f in article.removed if f.text.strip() == line.strip()), None)
    return line.strip() not in article.body_text, rule


def score(lines: list[str]) -> tuple[int, Counter[str], list[tuple[bool, str | None, str]]]:
    """Lines gone, the rules that took them, and each line's outcome."""
    outcomes = [(*closing_rule(line), line) for line in lines]
    rules = Counter(rule or "?" for gone, rule, _ in outcomes if gone)
    return sum(gone for gone, _, _ in outcomes), rules, outcomes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every line's outcome")
    args = parser.parse_args()
    data = json.loads(DATA.read_text(encoding="utf-8"))
    for kind in ("notes", "story"):
        lines = data[kind]
        gone, rules, outcomes = score(lines)
        with switched_off(FIRST_SIGHT_RULES):
            gone_off, _, _ = score(lines)
        print(
            f"{kind:6} {gone:3} of {len(lines)} gone ({gone / len(lines):.0%}); "
            f"without the first-sight shape rules {gone_off} ({gone_off / len(lines):.0%})"
        )
        print("       by rule: " + ", ".join(f"{r} {n}" for r, n in rules.most_common()))
        if args.show:
            for was_gone, rule, line in outcomes:
                print(f"   {'gone' if was_gone else 'left'} {rule or '':18} {line[:100]}")


if __name__ == "__main__":
    main()
