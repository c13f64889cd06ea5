"""Plain agency copy with promos and disclaimers in wordings no rule lists (issue 16).

Each fictional agency gets its own template lines, drawn from a grammar of promo, disclaimer and
teaser wordings; a drawn line that any named rule of tasks/cleaning/rules.py matches is drawn
again, so every template is unlisted. Each line runs at its own rate (every story down to 1 in
14) and place (after the dateline paragraph, mid-story, at the end). Stories also carry text
that recurs and must stay: background sentences of a running story, stock closing lines, and a
sentence naming the agency itself. Listed boilerplate (an ad marker, a related link, the
copyright line) is there too, so "boilerplate left" counts against all boilerplate lines.

Deterministic: agency a, day d, story k depend only on (seed, a, d, k). Used by
benchmarks/boilerplate.py; `python benchmarks/agency_copy.py DIR` writes a corpus to look at."""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import _Writer

from wirecopy.tasks.cleaning.rules import match_line_rule

AGENCIES = (
    "Harbour Wire",
    "Northgate News Agency",
    "Keystone Press",
    "Meridian Newswire",
    "Cobalt Press Service",
    "Tallow Bay Press",
    "Ridgeway News",
    "Osprey Agency",
)
FIRST_DAY = date(2026, 11, 1)
# Rates of an agency's template lines: every story, most, a quarter, one section's stories.
RATES = (1.0, 0.5, 0.25, 0.12, 0.07)
PLACES = ("top", "mid", "end")

_SHOWS = ("Early Edition", "Harbour Lights", "Long Read", "Signal", "Night Desk", "Ledger")
_FUNDERS = ("Alder", "Brightwater", "Calloway", "Dunmore", "Eastbrook", "Fenwick")
_TOPICS = ("the flood", "the port strike", "the budget row", "the bridge inquiry")

# Grammar of template lines: each entry draws one wording (A = agency, S = show, D = domain).
Grammar = Callable[[random.Random, str, str], str]


def _pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


def _audio(rng: random.Random, agency: str, domain: str) -> str:
    return (
        f"{_pick(rng, 'Hear', 'Catch', 'Stream')} {_pick(rng, 'every', 'each new')} episode of "
        f"{rng.choice(_SHOWS)} {_pick(rng, 'wherever you get your audio', 'on your phone')}."
    )


def _digest(rng: random.Random, agency: str, domain: str) -> str:
    return (
        f"{_pick(rng, 'Our', 'The')} {rng.choice(_SHOWS)} digest "
        f"{_pick(rng, 'lands in', 'arrives in')} {_pick(rng, 'your inbox', 'readers inboxes')} "
        f"{_pick(rng, 'every weekday', 'each Friday')}: {domain}/{_pick(rng, 'digest', 'daily')}"
    )


def _tips(rng: random.Random, agency: str, domain: str) -> str:
    return (
        f"{_pick(rng, 'Have', 'Got')} a {_pick(rng, 'tip', 'story idea', 'news tip')}? "
        f"{_pick(rng, 'Email', 'Write to', 'Contact')} {_pick(rng, 'the desk', 'our newsroom')} "
        f"at tips@{domain}."
    )


def _funding(rng: random.Random, agency: str, domain: str) -> str:
    return (
        f"This {_pick(rng, 'report', 'dispatch', 'coverage')} "
        f"{_pick(rng, 'was made possible', 'is supported')} "
        f"{_pick(rng, 'with funding from', 'by a grant from')} the {rng.choice(_FUNDERS)} "
        f"{_pick(rng, 'Foundation', 'Trust')}. {agency} "
        f"{_pick(rng, 'keeps', 'retains')} {_pick(rng, 'sole', 'full')} editorial control."
    )


def _views(rng: random.Random, agency: str, domain: str) -> str:
    return (
        f"{_pick(rng, 'The views', 'Opinions')} expressed {_pick(rng, 'here', 'in this piece')} "
        f"are the {_pick(rng, 'writer', 'author')}'s own and not those of {agency}."
    )


def _live(rng: random.Random, agency: str, domain: str) -> str:
    return (
        f"{_pick(rng, 'Track', 'Keep up with')} {_pick(rng, 'live', 'minute-by-minute')} "
        f"{_pick(rng, 'updates', 'coverage')} at {domain}/live"
    )


def _alerts(rng: random.Random, agency: str, domain: str) -> str:
    return (
        f"{_pick(rng, 'Turn on', 'Switch on')} {_pick(rng, 'alerts', 'notifications')} for "
        f"{agency} {_pick(rng, 'stories', 'updates')} on your phone."
    )


def _minutes(rng: random.Random, agency: str, domain: str) -> str:
    return f"{_pick(rng, 'Hear this story read aloud', 'Audio version of this story')} ({{n}} min)"


def _teaser(rng: random.Random, agency: str, domain: str) -> str:
    label = _pick(rng, f"MORE FROM {agency.upper()}", "ALSO ON THE WIRE", "IN OTHER NEWS")
    return f"{label}: {{headline}}"


GRAMMAR: tuple[Grammar, ...] = (
    _audio,
    _digest,
    _tips,
    _funding,
    _views,
    _live,
    _alerts,
    _minutes,
    _teaser,
)


@dataclass(frozen=True, slots=True)
class Template:
    """One of an agency's boilerplate lines: its wording, rate and place."""

    text: str
    rate: float
    place: str


@dataclass(slots=True)
class Story:
    """One written story with its truth: which of its paragraphs are boilerplate."""

    agency: str
    day: date
    name: str
    text: str
    boilerplate: list[str] = field(default_factory=list)  # lines that must go (each time)
    story: list[str] = field(default_factory=list)  # paragraphs that must stay
    unlisted: list[str] = field(default_factory=list)  # the boilerplate no named rule lists


def _domain(agency: str) -> str:
    return agency.lower().replace(" ", "") + ".com"


# Wordings drawn for one template before the grammar is taken to be listed by the rules.
_MAX_DRAWS = 1000


def templates(agency: str, seed: int) -> list[Template]:
    """An agency's template lines: five grammar entries, each at one rate and place."""
    rng = random.Random(f"agency-{seed}-{agency}")
    kinds = rng.sample(GRAMMAR, len(RATES))
    out = []
    for kind, rate in zip(kinds, RATES, strict=True):
        text = kind(rng, agency, _domain(agency))
        for _ in range(_MAX_DRAWS):
            if match_line_rule(text.replace("{n}", "4").replace("{headline}", "X")) is None:
                break
            text = kind(rng, agency, _domain(agency))  # listed by a rule: draw another wording
        else:  # a rule lists every wording of this kind: no unlisted copy can be drawn
            raise RuntimeError(f"a named rule lists every wording of {kind.__name__}")
        out.append(Template(text, rate, rng.choice(PLACES)))
    return out


def story(
    agency: str, seed: int, day: date, k: int, tmpl: list[Template], copyright: bool = True
) -> Story:
    """Story k of an agency on a day, with its template lines and recurring text; without
    `copyright` the copy is signed by its dateline tag alone, as many agencies send it."""
    w = _Writer(seed, hash((agency, day.toordinal(), k)) % 10**9)
    w.rng = random.Random(f"story-{seed}-{agency}-{day}-{k}")
    paras = w.paragraphs()[:8]
    keep = list(paras)
    # Text that recurs and must stay: a running story's background, stock closers, the
    # agency naming itself in a sentence of the story.
    topic = w.rng.choices(_TOPICS, weights=(6, 2, 1, 1))[0]  # one story dominates the news
    if w.rng.random() < 0.6:
        paras.insert(2, f"The agency has covered {topic} since it began in the spring.")
        keep.append(paras[2])
    if w.rng.random() < 0.15:
        paras.append("The company did not respond to a request for comment.")
        keep.append(paras[-1])
    if w.rng.random() < 0.1:
        paras.insert(3, f"{agency} could not independently verify the reports.")
        keep.append(paras[3])
    if w.rng.random() < 0.05:  # names the agency, at the end: two shape features, yet news
        paras.append(f"{agency} has contacted the ministry for comment.")
        keep.append(paras[-1])
    tag = f"{w.rng.choice(('PORT ALDER', 'NORTHWICK', 'VELMORE'))}, Nov {day.day} ({agency}) - "
    first = paras[0]
    paras[0] = tag + first
    keep[0] = first
    boiler: list[str] = []
    unlisted: list[str] = []
    for t in tmpl:
        if w.rng.random() >= t.rate:
            continue
        line = t.text.replace("{n}", str(w.rng.randint(2, 9))).replace("{headline}", w.headline())
        at = {"top": 1, "mid": w.rng.randint(2, max(2, len(paras) - 1)), "end": len(paras)}
        paras.insert(at[t.place], line)
        boiler.append(line)
        unlisted.append(line)
    listed = ["ADVERTISEMENT", f"Read more: {w.headline()}"]
    for line in listed:
        paras.insert(w.rng.randint(1, len(paras)), line)
    head = [w.rng.choice(("Business", "City", "Politics")), w.headline()]
    signature = [f"© {day.year} {agency}"] if copyright else []
    text = "\n\n".join([*head, *paras, *signature]) + "\n"
    boiler.extend([*listed, *signature])
    name = f"{day:%Y-%m-%d}/{agency.lower().replace(' ', '-')}-{k:03d}.txt"
    return Story(agency, day, name, text, boiler, keep, unlisted)


def stories(
    seed: int = 1,
    days: int = 8,
    per_day: int = 30,
    agencies: tuple[str, ...] = AGENCIES,
    copyright: bool = True,
) -> Iterator[Story]:
    """Every story: day by day, agency by agency."""
    tmpl = {a: templates(a, seed) for a in agencies}
    for d in range(days):
        day = FIRST_DAY + timedelta(days=d)
        for agency in agencies:
            for k in range(per_day):
                yield story(agency, seed, day, k, tmpl[agency], copyright)


def write(root: Path, items: list[Story]) -> None:
    """Write stories under root (day folders)."""
    for s in items:
        path = root / s.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(s.text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--days", type=int, default=8)
    parser.add_argument("--per-day", type=int, default=30)
    args = parser.parse_args()
    items = list(stories(args.seed, args.days, args.per_day))
    write(args.root, items)
    for agency in AGENCIES:
        print(agency)
        for t in templates(agency, args.seed):
            print(f"  {t.rate:4.2f} {t.place:3}  {t.text}")
    print(f"{len(items)} stories under {args.root}")


if __name__ == "__main__":
    main()
