"""Untrusted YAML front matter: aliases bounded, sizes capped (issue 17, point 1).

A front matter whose aliases expand past the budgets is a reject, found on the node graph
before anything is expanded, and the run goes on with the files beside it.
"""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

from tests.conftest import rows
from wirecopy.flows.pipeline import run_ingest
from wirecopy.schemas.records import RawDocument
from wirecopy.tasks.formats import yamlsafe
from wirecopy.tasks.formats.base import ParseError
from wirecopy.tasks.formats.markdown import split_front_matter
from wirecopy.tasks.parse import parse_batch


def alias_bomb(levels: int, width: int = 9) -> str:
    """The "billion laughs" of YAML: each level (anchors a, b, c, …) lists the one before
    `width` times."""
    names = "abcdefghijklmnopqrstuvwxyz"
    lines = ["a: &a [" + ",".join(["lol"] * width) + "]"]
    for i in range(1, levels + 1):
        lines.append(f"{names[i]}: &{names[i]} [" + ",".join([f"*{names[i - 1]}"] * width) + "]")
    return "---\ntitle: Bomb\n" + "\n".join(lines) + "\n---\nBody text.\n"


def reject_of(text: str) -> tuple[str, str]:
    with pytest.raises(ParseError) as caught:
        split_front_matter(text)
    return caught.value.reason, caught.value.detail


def test_an_alias_bomb_is_refused_before_it_is_expanded() -> None:
    # 9**6 = 531,441 values from 300 bytes: expanded, it took seconds; refused, it takes none.
    assert reject_of(alias_bomb(6)) == (
        "front matter too large",
        "aliases expand to more than 10,000 values",
    )


@pytest.mark.timeout(5)  # a hang guard: the audit's 9 levels took 130 s and 7.3 GB expanded
def test_the_audits_alias_bomb_is_refused_at_once() -> None:
    assert len(alias_bomb(8)) < 400
    assert reject_of(alias_bomb(9))[0] == "front matter too large"


def test_a_wide_bomb_of_two_aliases_per_level_is_refused() -> None:
    # 2**20 values through 20 levels of [*x, *x]: each level alone is tiny.
    assert reject_of(alias_bomb(20, width=2))[0] == "front matter too large"


def test_aliases_within_the_budget_are_expanded_as_yaml_says() -> None:
    text = "---\ntags: &t [a, b]\nalso: *t\nbase: &b {x: 1}\nmerged: {<<: *b, y: 2}\n---\nB\n"
    meta, body = split_front_matter(text)
    assert meta["also"] == ["a", "b"] and meta["merged"] == {"x": 1, "y": 2}
    assert body.strip() == "B"


def test_aliases_expanding_to_too_many_characters_are_refused() -> None:
    # Few values, long ones: 4 KB shared 2**7 times is 512 KB of text once expanded.
    lines = [f"s0: &s0 {'x' * 4096}"] + [f"s{i}: &s{i} [*s{i - 1}, *s{i - 1}]" for i in range(1, 8)]
    assert reject_of("---\n" + "\n".join(lines) + "\n---\nB\n") == (
        "front matter too large",
        "aliases expand to more than 262,144 characters",
    )


def test_one_value_over_64_kb_is_refused() -> None:
    reason, detail = reject_of(f"---\ntitle: T\nnotes: {'y' * 70_000}\n---\nB\n")
    assert reason == "front matter too large"
    assert detail == "a value of 70,000 characters > 65,536 (line 3)"


def test_front_matter_over_256_kb_is_refused_before_parsing() -> None:
    keys = "".join(f"k{i}: {'z' * 60}\n" for i in range(5000))
    assert reject_of(f"---\n{keys}---\nB\n")[0] == "front matter too large"


def test_nesting_deeper_than_64_levels_is_refused() -> None:
    deep = "".join("  " * i + "k:\n" for i in range(80)) + "  " * 80 + "v"
    reason, detail = reject_of(f"---\n{deep}\n---\nB\n")
    assert (reason, detail.split(" (")[0]) == (
        "front matter too large",
        "nested deeper than 64 levels",
    )


@pytest.mark.parametrize(
    ("front_matter", "value"),
    [
        ("x: .nan", "nan"),
        ("x: -.inf", "-inf"),
        ("x: !!binary aGVsbG8=", "aGVsbG8="),
        ("x: !!set {b, a}", ["a", "b"]),
    ],
)
def test_values_without_a_json_form_are_made_json_safe(front_matter: str, value: object) -> None:
    assert split_front_matter(f"---\n{front_matter}\n---\nB\n")[0] == {"x": value}


def test_a_bomb_in_a_batch_is_one_reject() -> None:
    docs = [alias_bomb(8), "---\ntitle: Good\n---\nGood body.\n"]
    raws = [RawDocument(f"/in/{i}.md", d.encode(), str(i), len(d)) for i, d in enumerate(docs)]
    result = parse_batch(raws)
    assert [d.title for d in result.items] == ["Good"]
    assert [(r.source_uri, r.reason, r.retryable) for r in result.rejects] == [
        ("/in/0.md", "front matter too large", False)
    ]


def test_the_run_goes_on_past_a_bomb_and_the_next_run_too(tmp_path: Path, db_path: Path) -> None:
    # The audit's poison pill: the bomb killed every run, and the good file was never loaded.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bomb.md").write_text(alias_bomb(8))
    (folder / "good.md").write_text("---\ntitle: Good\n---\nGood body.\n")
    first = run_ingest([str(folder)], str(db_path), max_reject_ratio=1.0, publish=False)
    assert (first.status, first.counts.new, first.counts.rejected) == ("completed", 1, 1)
    assert rows(db_path, "SELECT title FROM articles") == [("Good",)]
    assert rows(db_path, "SELECT reason FROM rejects WHERE source_uri LIKE '%bomb.md'") == [
        ("front matter too large",)
    ]
    again = run_ingest([str(folder)], str(db_path), max_reject_ratio=1.0, publish=False)
    assert (again.status, again.counts.unchanged) == ("completed", 2)


def test_docstring_examples() -> None:
    result = doctest.testmod(yamlsafe)
    assert result.attempted > 0 and result.failed == 0
