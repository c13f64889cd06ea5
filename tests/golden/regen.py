"""Regenerate the golden JSON files: `python tests/golden/regen.py` (review the diff, then commit).

Each golden is the clean Article produced from one input file (the two shared seeds and the
bundled samples), serialised with datetimes as ISO strings.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from wirecopy.schemas.records import RawDocument  # noqa: E402
from wirecopy.tasks.clean import clean_document  # noqa: E402
from wirecopy.tasks.parse import parse_document  # noqa: E402

GOLDEN_DIR = Path(__file__).resolve().parent
SEEDS_DIR = ROOT.parent / "shared" / "seeds"
SAMPLES_DIR = ROOT / "samples"


def golden_inputs() -> dict[str, Path]:
    """Golden name → input file: the shared seeds (when present) and every bundled sample."""
    inputs: dict[str, Path] = {}
    if SEEDS_DIR.is_dir():
        for path in sorted(SEEDS_DIR.glob("*.txt")):
            inputs[f"seed_{path.stem.split('_')[0]}"] = path
    for path in sorted(p for p in SAMPLES_DIR.rglob("*") if p.is_file()):
        inputs[f"sample_{path.stem}"] = path
    return inputs


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def article_json(path: Path) -> dict[str, Any]:
    """The clean article of one input file as a JSON-ready dict (source_uri made relative)."""
    data = path.read_bytes()
    raw = RawDocument(path.name, data, hashlib.sha256(data).hexdigest(), len(data))
    article = dataclasses.asdict(clean_document(parse_document(raw)))
    result: dict[str, Any] = _jsonable(article)
    return result


def main() -> None:
    """Write one <name>.json per golden input."""
    for name, path in golden_inputs().items():
        out = GOLDEN_DIR / f"{name}.json"
        out.write_text(json.dumps(article_json(path), indent=2, ensure_ascii=False) + "\n")
        print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
