"""Golden tests: each seed and sample input → the expected clean article, field by field.

Regenerate with `python tests/golden/regen.py` after an intended rule change and review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SEEDS
from tests.golden.regen import (
    GOLDEN_DIR,
    HTML_GOLDEN_DIR,
    NEWS_DEV,
    article_json,
    golden_inputs,
    html_golden_pages,
    page_json,
)

INPUTS = golden_inputs()
SAMPLE_GOLDENS = sorted(p.stem for p in GOLDEN_DIR.glob("sample_*.json"))
SEED_GOLDENS = sorted(p.stem for p in GOLDEN_DIR.glob("seed_*.json"))


def _compare(name: str, path: Path) -> None:
    expected: dict[str, Any] = json.loads((GOLDEN_DIR / f"{name}.json").read_text())
    actual = article_json(path)
    assert sorted(actual) == sorted(expected), "article fields changed"
    for key in expected:
        assert actual[key] == expected[key], f"{name}: field {key!r} differs from the golden"


@pytest.mark.parametrize("name", SAMPLE_GOLDENS)
def test_sample_matches_golden(name: str) -> None:
    assert name in INPUTS, f"golden {name} has no input in samples/"
    _compare(name, INPUTS[name])


def test_every_sample_has_a_golden() -> None:
    samples = sorted(n for n in INPUTS if n.startswith("sample_"))
    assert samples == SAMPLE_GOLDENS


needs_seeds = pytest.mark.skipif(
    not SEEDS.is_dir(), reason=f"shared seeds folder {SEEDS} is absent (a user's clone)"
)


@needs_seeds
@pytest.mark.parametrize("name", SEED_GOLDENS)
def test_seed_matches_golden(name: str) -> None:
    _compare(name, INPUTS[name])


@needs_seeds
def test_seed_001_front_matter_markdown() -> None:
    a = article_json(SEEDS / "001_825882a1aa2c2544.txt")
    assert a["article_id"] == "ART2411200656CLKM87"
    assert a["title"] == "US will provide land mines to Ukraine after approval on missiles"
    assert a["category"] == "world"
    assert a["language"] == "en"
    assert a["published_at"] == "2024-11-20T07:00:34.861000+00:00"
    assert a["publisher"] == "bangkokpost.com"
    images = a["images"]
    assert len(images) == 3
    assert images[0]["role"] == "lead"
    assert images[0]["url"].endswith("1208e850-a0a9-4ee4-a7cf-2d0ce4d94a38")
    assert [i["role"] for i in images[1:]] == ["inline", "inline"]
    assert "d84d388c" in images[1]["url"] and "080926f4" in images[2]["url"]
    caps = a["captions"]
    assert len(caps) == 2
    assert caps[0]["caption_text"].startswith("A serviceman of 24th Mechanised brigade")
    assert caps[0]["caption_text"].endswith(
        "near the town of Chasiv Yar in Donetsk region, Ukraine, on Monday."
    )
    assert caps[0]["credit"] == "Reuters" and "d84d388c" in caps[0]["image_url"]
    assert caps[1]["caption_text"].startswith("US President Donald Trump gestures")
    assert caps[1]["caption_text"].endswith("on June 28, 2019.")
    assert caps[1]["credit"] == "Reuters" and "080926f4" in caps[1]["image_url"]
    body = a["body_text"]
    assert body.startswith("WASHINGTON — The United States will provide Ukraine")
    assert body.endswith("deep into Russia.")
    for leftover in ("(Photo", "A serviceman of 24th", "![", "#", "_Washington Post_"):
        assert leftover not in body
    assert "Washington Post" in body
    assert "threat of a nuclear response to conventional attacks" in body
    assert a["metadata"] == {"layout": "post", "category_raw": "WORLD"}


@needs_seeds
def test_seed_000_plain_agency_copy() -> None:
    a = article_json(SEEDS / "000_0de3a57c507c2a88.txt")
    assert a["title"] == "US Will Provide Land Mines to Ukraine After Approval on Missiles"
    assert a["category"] == "international"
    assert a["published_at"] is None
    assert a["wire"] == "Bloomberg"
    assert a["publisher"] == "Bloomberg"  # the agency's own copy
    assert a["article_id"].startswith("src-")
    assert a["images"] == []
    assert len(a["captions"]) == 1
    cap = a["captions"][0]
    assert cap["caption_text"].startswith(
        "UNSPECIFIED, UKRAINE - JULY 31: A Ukrainian de-mining sapper"
    )
    assert cap["caption_text"].endswith("Crimean Peninsula.")
    assert cap["credit"] == "Scott Peterson/Getty Images"
    assert (cap["photographer"], cap["agency"]) == ("Scott Peterson", "Getty Images")
    assert cap["image_url"] is None
    body = a["body_text"]
    assert body.startswith("The US will provide Ukraine with antipersonnel land mines")
    assert body.endswith("even before taking office.")
    for leftover in (
        "ADVERTISEMENT",
        "Published:",
        "Earlier:",
        "Subscribe to the Bloomberg Daybreak podcast",
        "©2024 Bloomberg L.P.",
        "(Photo by",
        "Photographer:",
        "(Bloomberg) --",
    ):
        assert leftover not in body
    kinds = {(r["kind"], r["rule"]) for r in a["removed"]}
    assert ("ad", "ad_marker") in kinds
    assert ("related", "related_link") in kinds
    assert ("copyright", "copyright_line") in kinds
    assert ("wire_tag", "wire_tag") in kinds


# -- real pages (fundus-style: the page in the shared corpus, the expected JSON here) -----------

HTML_GOLDENS = sorted(p.stem for p in HTML_GOLDEN_DIR.glob("*.json"))
needs_corpus = pytest.mark.skipif(
    not NEWS_DEV.is_dir(), reason=f"shared corpus {NEWS_DEV} is absent (a user's clone)"
)


@needs_corpus
def test_every_chosen_page_has_a_golden() -> None:
    assert sorted(html_golden_pages()) == HTML_GOLDENS
    assert len(HTML_GOLDENS) >= 5


@needs_corpus
@pytest.mark.parametrize("name", HTML_GOLDENS)
def test_page_matches_golden(name: str) -> None:
    path, url = html_golden_pages()[name]
    expected: dict[str, Any] = json.loads((HTML_GOLDEN_DIR / f"{name}.json").read_text())
    actual = page_json(path, url)
    assert sorted(actual) == sorted(expected), "extracted fields changed"
    for key in expected:
        assert actual[key] == expected[key], f"{name}: field {key!r} differs from the golden"
