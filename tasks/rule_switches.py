"""Named extraction rules that a measurement can switch off, trace or re-tune (benchmarks only).

Production never sets anything here: every rule is on, nothing is traced, every setting has
its default. `benchmarks/extraction.py` uses it for the rule scoreboard and cross-validation.

>>> register("demo", ("demo_rule",))
>>> is_on("demo_rule")
True
>>> with switched_off({"demo_rule"}):
...     is_on("demo_rule")
False
>>> with tracing() as fired:
...     fire("demo_rule")
>>> sorted(fired)
['demo_rule']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from types import MappingProxyType

# A context variable, not a parameter: the switches reach rules deep in the extractors without
# widening every signature, and reading one costs ~50 ns (one lookup per rule check).
_OFF: ContextVar[frozenset[str]] = ContextVar("wirecopy_rules_off", default=frozenset())
_FIRED: ContextVar[set[str] | None] = ContextVar("wirecopy_rules_fired", default=None)
_SETTINGS: ContextVar[Mapping[str, float]] = ContextVar(
    "wirecopy_rule_settings", default=MappingProxyType({})
)

# Every switchable rule name -> its family ("body", "image", "credit", "meta").
REGISTRY: dict[str, str] = {}
# Every tunable setting -> (default, the values a measurement may try).
TUNABLES: dict[str, tuple[float, tuple[float, ...]]] = {}


def register(family: str, names: Iterable[str]) -> None:
    """Declare rule names of a family (modules call this at import)."""
    for name in names:
        REGISTRY[name] = family


def tunable(name: str, default: float, candidates: tuple[float, ...]) -> None:
    """Declare a tuned constant and the alternatives a cross-validation may choose among."""
    TUNABLES[name] = (default, candidates)


def rules_off() -> frozenset[str]:
    """Names switched off in this context (empty in production)."""
    return _OFF.get()


def is_on(name: str) -> bool:
    """True unless a measurement switched this rule off."""
    return name not in _OFF.get()


def fire(name: str) -> None:
    """Note that a rule acted on the current page (only while tracing)."""
    fired = _FIRED.get()
    if fired is not None:
        fired.add(name)


def setting(name: str, default: float) -> float:
    """A tuned constant, or the value a measurement put in its place."""
    return _SETTINGS.get().get(name, default)


@contextmanager
def switched_off(names: Iterable[str]) -> Iterator[None]:
    """Run the block with these rules off."""
    token = _OFF.set(frozenset(names))
    try:
        yield
    finally:
        _OFF.reset(token)


@contextmanager
def tracing() -> Iterator[set[str]]:
    """Collect the names of the rules that act inside the block."""
    fired: set[str] = set()
    token = _FIRED.set(fired)
    try:
        yield fired
    finally:
        _FIRED.reset(token)


@contextmanager
def settings(values: Mapping[str, float]) -> Iterator[None]:
    """Run the block with these tuned constants replaced."""
    token = _SETTINGS.set(MappingProxyType(dict(values)))
    try:
        yield
    finally:
        _SETTINGS.reset(token)
