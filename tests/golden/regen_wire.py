"""Regenerate the wire goldens: `python tests/golden/regen_wire.py` (review the diff, commit).

Each golden is the WireFile parsed from one fixture of tests/fixtures/wire (one per format
family), as JSON: datetimes as ISO strings, tuples as lists.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.golden.regen import jsonable  # noqa: E402
from wirecopy.tasks.formats.wire import parse_wire  # noqa: E402

GOLDEN_DIR = Path(__file__).resolve().parent / "wire"
FIXTURE_DIR = ROOT / "tests" / "fixtures" / "wire"
# Fixtures with a golden: every parsed fixture (hostile and unsupported ones are tested apart).
SKIP_PREFIXES = ("hostile_", "unsupported_")


def golden_inputs() -> dict[str, Path]:
    """Golden name → fixture file."""
    return {
        p.stem: p
        for p in sorted(FIXTURE_DIR.iterdir())
        if p.is_file() and not p.name.startswith(SKIP_PREFIXES)
    }


def wire_json(path: Path) -> dict[str, Any]:
    """The parsed WireFile of one fixture as a JSON-ready dict."""
    parsed = parse_wire(path.read_bytes())
    if parsed is None:
        raise ValueError(f"{path.name} is not a wire format")
    result: dict[str, Any] = jsonable(dataclasses.asdict(parsed))
    return result


def main() -> None:
    """Write one <name>.json per fixture."""
    GOLDEN_DIR.mkdir(exist_ok=True)
    for name, path in golden_inputs().items():
        out = GOLDEN_DIR / f"{name}.json"
        out.write_text(json.dumps(wire_json(path), indent=2, ensure_ascii=False) + "\n")
        print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
