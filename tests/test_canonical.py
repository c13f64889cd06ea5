"""Canonical categories and language tags, and how the clean stage applies them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests._helpers_pure import clean
from wirecopy.tasks.cleaning.canonical import (
    IPTC_TOP_LEVEL,
    canonical_category,
    canonical_language,
    fold_category,
    iptc_topic,
)

BODY = "The ferry operator said on Tuesday that late sailings will move by ten minutes."

CATEGORY_CASES = [
    # (as the source wrote it, canonical)
    ("AGRICULTURE", "agriculture"),
    ("Agriculture", "agriculture"),
    ("  agriculture\t", "agriculture"),
    ("Arts & Entertainment", "arts and entertainment"),
    ("Arts  and   Entertainment", "arts and entertainment"),
    ("Sports", "sport"),
    ("SPORT", "sport"),
    ("Tech", "technology"),
    ("World News", "world"),
    ("News > World", "world"),
    ("Home | Business/Markets", "business / markets"),
    ("Business › Markets", "business / markets"),
    ("real-estate", "real estate"),
    ("us_news", "us"),
    ("News", "news"),  # a root alone is still the category
    ("Wirtschaft", "wirtschaft"),  # a translation is not an obvious synonym
    ("ＳＰＯＲＴ", "sport"),  # full-width letters (NFKC)
]


@pytest.mark.parametrize(("raw", "expected"), CATEGORY_CASES)
def test_category_forms_fold_to_one_value(raw: str, expected: str) -> None:
    assert canonical_category(raw) == expected


@pytest.mark.parametrize("raw", [None, "", "   ", " / ", [], ["", None]])
def test_empty_categories_are_none(raw: object) -> None:
    assert canonical_category(raw) is None


def test_a_list_of_categories_gives_the_first_usable_one() -> None:
    assert canonical_category(["", "Politics", "World"]) == "politics"


@given(st.text(max_size=40))
def test_folding_is_idempotent_and_in_canonical_form(raw: str) -> None:
    once = fold_category(raw)
    if once is not None:
        assert fold_category(once) == once
        assert once == once.lower() == once.strip() and "  " not in once and "&" not in once


@pytest.mark.parametrize(
    ("code", "topic"),
    [
        ("medtop:15000000", "sport"),
        ("subj:15008000", "sport"),  # a detailed subject code counts under its top level
        ("IPTC:04000000", "economy, business and finance"),
        ("http://cv.iptc.org/newscodes/mediatopic/11000000", "politics"),
        ("medtop:99000000", None),  # not a top-level number the table knows
        ("keyword:sport", None),
    ],
)
def test_iptc_codes_map_to_their_top_level_topic(code: str, topic: str | None) -> None:
    assert iptc_topic(code) == topic


def test_subjects_give_the_category_only_when_the_source_has_none() -> None:
    subjects = [{"code": "medtop:17000000", "name": None}, {"code": "medtop:15000000"}]
    assert canonical_category(None, subjects) == "weather"
    assert canonical_category("Local", subjects) == "local"
    assert canonical_category(None, [{"code": None, "name": "Motor Racing"}]) == "motor racing"
    assert canonical_category(None, [("subj:01000000", None)]) == IPTC_TOP_LEVEL["01"]
    # Another mapping of codes to names can be given (e.g. an agency's own scheme).
    assert canonical_category(None, ["x:07000000"], names={"07": "Gesundheit"}) == "gesundheit"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("en", "en"),
        ("EN", "en"),
        ("en_us", "en-US"),
        ("en-gb", "en-GB"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("es-419", "es-419"),
        (" de ", "de"),
        # A language named in words is its tag (the CLDR names); anything else is kept as given
        # (the language check reports it).
        ("English", "en"),
        ("Harbourese", "Harbourese"),
        (None, None),
        ("", None),
    ],
)
def test_language_tags_in_bcp47_case(raw: str | None, expected: str | None) -> None:
    assert canonical_language(raw) == expected


# --- the clean stage ----------------------------------------------------------------------------


def test_clean_stores_the_canonical_category_and_keeps_the_raw_one() -> None:
    upper = clean(f"---\ntitle: Quay Works\ncategory: AGRICULTURE\n---\n\n{BODY}\n")
    mixed = clean(f"---\ntitle: Quay Works\ncategory: Agriculture\n---\n\n{BODY}\n")
    assert upper.category == mixed.category == "agriculture"
    assert (upper.metadata["category_raw"], mixed.metadata["category_raw"]) == (
        "AGRICULTURE",
        "Agriculture",
    )


def test_clean_uses_subject_codes_kept_in_metadata() -> None:
    article = clean(f"---\ntitle: Quay Works\nsubjects: ['medtop:15000000']\n---\n\n{BODY}\n")
    assert article.category == "sport"
    assert article.metadata["subjects"] == ["medtop:15000000"]
    assert "category_raw" not in article.metadata


def test_clean_puts_the_language_tag_in_bcp47_case() -> None:
    assert clean(f"---\ntitle: Quay Works\nlanguage: EN_gb\n---\n\n{BODY}\n").language == "en-GB"


AGENCY_COPY = f"Quay Works\n\n(Reuters) -- {BODY}\n"


def test_the_agency_publishes_its_own_copy() -> None:
    assert clean(AGENCY_COPY).publisher == "Reuters"
    # Spelled as the alias table names it; an agency it does not know keeps its own spelling.
    assert clean(f"---\ntitle: Quay Works\nwire: AFP PHOTO\n---\n\n{BODY}\n").publisher == "AFP"
    assert clean(f"Quay Works\n\n(Riverside Wire) -- {BODY}\n").publisher == "Riverside Wire"


def test_a_publisher_url_wins_over_the_agency() -> None:
    article = clean(
        f'---\ntitle: Quay Works\norigin_url: "https://www.quay.example/a"\n---\n\n'
        f"(Reuters) -- {BODY}\n"
    )
    assert (article.publisher, article.wire) == ("quay.example", "Reuters")


def test_copy_without_an_agency_has_no_publisher() -> None:
    assert clean(f"Quay Works\n\n{BODY}\n").publisher is None
