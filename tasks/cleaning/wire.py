"""What the clean stage does differently for wire items (documents of format "wire").

A wire file may hold several items: each is cleaned on its own, then the outcomes are settled per
input, so that every input still ends as loaded (one or more articles) or as exactly one reject.
"""

from __future__ import annotations

from wirecopy.schemas.records import Article, Caption, Image, ParsedDocument, Reject, StageResult

__all__ = ["image_captions", "item_label", "no_body_reason", "settle_inputs"]


def image_captions(images: list[Image]) -> list[Caption]:
    """Caption rows for pictures that carry a caption or a credit (wire items give them apart)."""
    return [
        Caption(im.caption or "", "; ".join(im.credits) or None, im.url, im.credits)
        for im in images
        if im.caption or im.credits
    ]


def item_label(doc: ParsedDocument) -> str:
    """Which item of its input a document is, for a reject's detail ('' when not a wire item)."""
    if doc.format != "wire":
        return ""
    meta = doc.metadata
    return f"item {meta.get('item_id') or meta.get('origin_url') or doc.title or '?'}"


def no_body_reason(doc: ParsedDocument) -> str:
    """The reject reason of a document with no body left."""
    if doc.format == "wire" and doc.metadata.get("link_only"):
        return "link-only feed entry (its page is fetched with --fetch-origin)"
    if doc.format == "wire":
        return "wire item has no body"
    return "front matter has no body" if not doc.blocks else "no article body left after cleaning"


def _skipped(reject: Reject) -> dict[str, str]:
    return {"item": reject.detail, "stage": reject.stage, "reason": reject.reason}


def settle_inputs(result: StageResult) -> StageResult:
    """One outcome per input: its articles (items that failed noted in their metadata), else
    one reject (the first item's reason; the detail names each item and its reason).

    >>> from wirecopy.schemas.records import Article
    >>> a = Article("x", "/f", None, None, None, None, None, None, None, None, "b", 1, "h", {})
    >>> r = StageResult([a], [Reject("/f", "clean", "wire item has no body", "item 2")])
    >>> settled = settle_inputs(r)
    >>> settled.rejects, settled.items[0].metadata["skipped_items"]
    ([], [{'item': 'item 2', 'stage': 'clean', 'reason': 'wire item has no body'}])
    """
    loaded: dict[str, list[Article]] = {}
    for article in result.items:
        loaded.setdefault(article.source_uri, []).append(article)
    by_input: dict[str, list[Reject]] = {}
    for reject in result.rejects:
        by_input.setdefault(reject.source_uri, []).append(reject)
    rejects: list[Reject] = []
    for uri, failed in by_input.items():
        if uri in loaded:
            for article in loaded[uri]:
                skipped = list(article.metadata.get("skipped_items", []))
                article.metadata["skipped_items"] = skipped + [_skipped(r) for r in failed]
        elif len(failed) == 1:
            rejects.append(failed[0])
        else:
            first = failed[0]
            detail = "; ".join(f"{r.detail or '-'}: {r.reason}" for r in failed)
            rejects.append(Reject(uri, first.stage, first.reason, detail[:1000], first.retryable))
    return StageResult(result.items, rejects)
