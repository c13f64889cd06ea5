"""No module binds one top-level name twice: a second binding silently replaces the first for
every function that reads it (session 35 found three, one of them its own)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import wirecopy

_PACKAGE = Path(wirecopy.__file__).parent
_MODULES = sorted(
    p for folder in ("flows", "tasks", "schemas") for p in (_PACKAGE / folder).rglob("*.py")
)


def _bound_twice(path: Path) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


def test_the_package_has_modules_to_read() -> None:
    assert len(_MODULES) > 50


@pytest.mark.parametrize("path", _MODULES, ids=lambda p: str(p.relative_to(_PACKAGE)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    assert _bound_twice(path) == []
