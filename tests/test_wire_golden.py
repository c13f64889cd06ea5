"""Wire goldens: each fixture → the expected WireFile JSON, compared field by field per item.

Regenerate with `python tests/golden/regen_wire.py` after an intended change; review the diff.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.golden.regen_wire import GOLDEN_DIR, golden_inputs, wire_json

INPUTS = golden_inputs()


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_fixture_matches_golden(name: str) -> None:
    path = GOLDEN_DIR / f"{name}.json"
    assert path.exists(), f"no golden for {name}: run tests/golden/regen_wire.py"
    expected: dict[str, Any] = json.loads(path.read_text())
    actual = wire_json(INPUTS[name])
    assert sorted(actual) == sorted(expected)
    assert len(actual["items"]) == len(expected["items"]), f"{name}: item count changed"
    for n, (got, want) in enumerate(zip(actual["items"], expected["items"], strict=True)):
        assert sorted(got) == sorted(want), f"{name}: item {n} fields changed"
        for key in want:
            assert got[key] == want[key], f"{name}: item {n} field {key!r} differs from the golden"
    for key in ("format", "non_articles", "fetch_urls", "extra"):
        assert actual[key] == expected[key], f"{name}: {key!r} differs from the golden"


def test_every_golden_has_a_fixture() -> None:
    assert sorted(p.stem for p in GOLDEN_DIR.glob("*.json")) == sorted(INPUTS)
