"""Shared paths and loaders for the wire-format tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FIXTURES, SHARED
from wirecopy.schemas.wire import WireFile, WireItem
from wirecopy.tasks.formats.wire import parse_wire

WIRE_FIXTURES = FIXTURES / "wire"
WIRE_DEV = SHARED / "corpus" / "wire-dev"

needs_wire_dev = pytest.mark.skipif(
    not WIRE_DEV.is_dir(), reason=f"shared wire-dev folder {WIRE_DEV} is absent (a user's clone)"
)


def parse_path(path: Path) -> WireFile:
    """Parse one file that must be a wire format."""
    parsed = parse_wire(path.read_bytes())
    assert parsed is not None, f"{path.name} was not detected as a wire format"
    return parsed


def fixture(name: str) -> WireFile:
    """Parse one of our own fixtures."""
    return parse_path(WIRE_FIXTURES / name)


def dev(name: str) -> WireFile:
    """Parse one of the IPTC example files in wire-dev."""
    return parse_path(WIRE_DEV / name)


def only_item(wire: WireFile) -> WireItem:
    """The single text item of a file."""
    assert len(wire.items) == 1, [i.headline for i in wire.items]
    return wire.items[0]
