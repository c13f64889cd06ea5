"""Errors of the wire-format parsers: each carries the reject reason and a detail."""

from __future__ import annotations


class WireFormatError(Exception):
    """A wire input that cannot become articles; `reason` is the reject reason."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


class UnsafeXmlError(WireFormatError):
    """Hostile or oversized XML: entity declarations, too many elements, too deep, too big."""


class UnsupportedFormatError(WireFormatError):
    """XML or JSON that is none of the wire formats: `unsupported format: <root element>`."""

    def __init__(self, root: str, detail: str = "") -> None:
        super().__init__(f"unsupported format: {root}", detail)
        self.root = root
