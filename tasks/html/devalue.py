"""Nuxt 3's page state (`__NUXT_DATA__`, the devalue format) read back into plain values.

Devalue writes a flat array: the value at index 0 is the root; an object maps its keys to the
indices of its values, an array lists indices, and a few tagged arrays wrap one
(`["Reactive", 1]`, `["Date", "2025-04-10T…"]`, `["Set", 4, 5]`). Bounded: a hostile payload
costs its first values and a depth limit, never a recursion error.

>>> revive([{"a": 1, "b": 2}, "x", [3], "y"])
{'a': 'x', 'b': ['y']}
>>> revive([["Reactive", 1], {"t": 2}, "z"])
{'t': 'z'}
"""

from __future__ import annotations

from typing import Any

# Tagged arrays that wrap the value at their second index (Vue's reactivity wrappers).
_WRAPPERS = frozenset({"Reactive", "ShallowReactive", "Ref", "ShallowRef", "NuxtError"})
_MAX_VALUES = 200_000
_MAX_DEPTH = 64


def is_devalue(value: object) -> bool:
    """A devalue payload: a list whose root is an index map or a wrapped one."""
    if not isinstance(value, list) or len(value) < 2:
        return False
    root = value[0]
    if isinstance(root, list):
        return len(root) == 2 and root[0] in _WRAPPERS and isinstance(root[1], int)
    return isinstance(root, dict) and all(isinstance(v, int) for v in root.values())


def revive(payload: list[Any]) -> Any:
    """The value a devalue payload stands for (None for what it cannot read)."""
    seen: dict[int, Any] = {}
    budget = [_MAX_VALUES]

    def value(index: object, depth: int) -> Any:
        if not isinstance(index, int) or not 0 <= index < len(payload) or depth > _MAX_DEPTH:
            return None  # -1 (undefined), -2 (null) and the like, or too deep
        if index in seen:
            return seen[index]
        budget[0] -= 1
        if budget[0] < 0:
            return None
        raw = payload[index]
        if isinstance(raw, dict):
            out: dict[str, Any] = {}
            seen[index] = out  # a cycle reads back the same object
            for key, at in raw.items():
                out[key] = value(at, depth + 1)
            return out
        if isinstance(raw, list):
            if raw and isinstance(raw[0], str):  # a tagged value
                tag = raw[0]
                if tag in _WRAPPERS and len(raw) == 2:
                    return value(raw[1], depth + 1)
                if tag == "Date" and len(raw) == 2:
                    return raw[1]
                if tag == "Set":
                    return [value(at, depth + 1) for at in raw[1:]]
                return None
            items: list[Any] = []
            seen[index] = items
            items.extend(value(at, depth + 1) for at in raw)
            return items
        return raw

    return value(0, 0)
