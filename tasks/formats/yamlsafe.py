"""The one entry point for untrusted YAML front matter: aliases bounded, sizes capped.

YAML aliases share a node, and every consumer downstream (JSON for the metadata column, the
copies made to keep values JSON-safe) expands them: a 356-byte "billion laughs" of 8 levels
became a value larger than DuckDB's memory limit and killed the run. The document is therefore
composed into its node graph first, without expanding anything, and measured as it would be
expanded; only a document within the budgets is constructed. A cycle (`a: &a [*a]`) is refused
too: expanded, it never ends.

>>> load_yaml("title: x\\ntags: &t [a, b]\\nalso: *t")
{'title': 'x', 'tags': ['a', 'b'], 'also': ['a', 'b']}
>>> try:
...     load_yaml("loop: &r [*r]")
... except ParseError as exc:
...     print(exc.reason, "/", exc.detail)
invalid YAML front matter / an alias contains itself (line 1)
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from wirecopy.tasks.formats.base import ParseError

# The C loader when available: same results, several times faster on large batches.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Budgets far above real front matter (a few dozen keys, a few KB) and far below what hurts:
# values once every alias is expanded, characters of all scalars expanded, one scalar, nesting.
MAX_VALUES = 10_000
MAX_CHARS = 256 * 1024
MAX_VALUE_CHARS = 64 * 1024
MAX_DEPTH = 64

_TOO_LARGE = "front matter too large"


def load_yaml(text: str) -> Any:
    """The YAML document in text, constructed only when it fits the budgets; ParseError if not.

    yaml.YAMLError (syntax) propagates for the caller to report with its position.
    """
    if len(text) > MAX_CHARS:
        raise ParseError(_TOO_LARGE, f"{len(text):,} characters > {MAX_CHARS:,}")
    loader = _LOADER(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        check_expanded_size(node)
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _line(node: Node) -> str:
    mark = getattr(node, "start_mark", None)
    return f"line {mark.line + 1}" if mark is not None else "unknown line"


def check_expanded_size(root: Node) -> tuple[int, int]:
    """(values, characters) of the document with every alias expanded; ParseError beyond a
    budget, on a cycle, or past MAX_DEPTH. Linear in the size of the graph, not of the
    expansion: a node shared by aliases is measured once.
    """
    sizes: dict[int, tuple[int, int]] = {}
    on_path: set[int] = set()
    # (node, depth, children measured): a node is pushed again, marked, after its children.
    stack: list[tuple[Node, int, bool]] = [(root, 0, False)]
    while stack:
        node, depth, measured = stack.pop()
        key = id(node)
        if measured:
            on_path.discard(key)
            values, chars = 1, len(node.value) if isinstance(node, ScalarNode) else 0
            for child in _children(node):
                child_values, child_chars = sizes[id(child)]
                values, chars = values + child_values, chars + child_chars
            if values > MAX_VALUES:
                raise ParseError(_TOO_LARGE, f"aliases expand to more than {MAX_VALUES:,} values")
            if chars > MAX_CHARS:
                raise ParseError(
                    _TOO_LARGE, f"aliases expand to more than {MAX_CHARS:,} characters"
                )
            sizes[key] = values, chars
            continue
        if key in sizes:
            continue  # shared through an alias: measured already
        if key in on_path:
            raise ParseError(
                "invalid YAML front matter", f"an alias contains itself ({_line(node)})"
            )
        if depth > MAX_DEPTH:
            raise ParseError(_TOO_LARGE, f"nested deeper than {MAX_DEPTH} levels ({_line(node)})")
        if isinstance(node, ScalarNode) and len(node.value) > MAX_VALUE_CHARS:
            raise ParseError(
                _TOO_LARGE,
                f"a value of {len(node.value):,} characters > {MAX_VALUE_CHARS:,} ({_line(node)})",
            )
        on_path.add(key)
        stack.append((node, depth, True))
        stack.extend((child, depth + 1, False) for child in reversed(_children(node)))
    return sizes[id(root)]
