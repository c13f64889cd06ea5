"""Adapters for the shared corpus tools (placeholder, full CLI below once scores settle)."""

from __future__ import annotations

from typing import Any

from tasks.extract_html import extract_html


def body(html: str, url: str) -> str:
    """Body text: the extracted paragraphs joined by blank lines."""
    return "\n\n".join(extract_html(html, url or None).paragraphs)


def images(html: str, url: str) -> list[dict[str, Any]]:
    """Images as the image tool expects: url, caption, credit (list)."""
    return [
        {"url": i.url, "caption": i.caption, "credit": list(i.credits)}
        for i in extract_html(html, url or None).images
    ]


def meta(html: str, url: str) -> dict[str, Any]:
    """Title, authors, published (raw string with offset when it parses), language."""
    page = extract_html(html, url or None)
    raw = page.extra.get("published_raw")
    return {
        "title": page.title,
        "authors": page.authors,
        "published": raw if raw and "T" in raw else page.published_at,
        "language": page.language,
    }
