"""Rule switches: off, traced and re-tuned by name; a rule that does not act changes nothing."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from wirecopy.tasks.html.extract import extract_html
from wirecopy.tasks.rule_switches import (
    REGISTRY,
    TUNABLES,
    fire,
    is_on,
    rules_off,
    setting,
    settings,
    switched_off,
    tracing,
)

FIXTURES = Path(__file__).parent / "fixtures" / "html"
URL = "https://news.example.org/local/2024/05/03/harbour-reopens"
FULL = (FIXTURES / "article_full.html").read_text(encoding="utf-8")


def test_production_has_every_rule_on_and_nothing_traced() -> None:
    assert rules_off() == frozenset()
    assert all(is_on(name) for name in REGISTRY)
    fire("nav_tag")  # not tracing: a no-op, not an error
    assert setting("net_prose_share", 0.3) == 0.3


def test_switches_nest_and_reset() -> None:
    with switched_off({"nav_tag"}):
        assert not is_on("nav_tag") and is_on("footer_tag")
        with switched_off({"footer_tag"}):
            assert is_on("nav_tag") and not is_on("footer_tag")
        assert not is_on("nav_tag")
    assert is_on("nav_tag")
    with settings({"net_prose_share": 0.5}):
        assert setting("net_prose_share", 0.3) == 0.5
    assert setting("net_prose_share", 0.3) == 0.3


def test_rule_families_and_tunables_are_declared() -> None:
    assert set(REGISTRY.values()) == {"body", "image", "credit", "meta", "text"}
    for default, candidates in TUNABLES.values():
        assert default in candidates


def _run(off: frozenset[str] = frozenset()) -> tuple[dict[str, object], set[str]]:
    with switched_off(off), tracing() as fired:
        page = extract_html(FULL, URL)
    return dataclasses.asdict(page), set(fired)


def test_traced_rules_are_registered_names() -> None:
    _, fired = _run()
    assert fired <= set(REGISTRY)
    assert {"nav_tag", "footer_tag", "cookie_banner", "title_og"} <= fired


def test_a_rule_that_does_not_act_changes_nothing_when_off() -> None:
    """The benchmark skips re-running pages a rule never acted on: that must be exact."""
    baseline, fired = _run()
    for name in sorted(set(REGISTRY) - fired):
        assert _run(frozenset({name}))[0] == baseline, name


@pytest.mark.parametrize("name", ["nav_tag", "footer_tag", "cookie_banner", "comments"])
def test_a_rule_switched_off_no_longer_removes(name: str) -> None:
    page, fired = _run(frozenset({name}))
    assert name not in fired
    assert all(r["rule"] != name for r in page["removed"])  # type: ignore[union-attr]
