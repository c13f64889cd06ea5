"""Photographer/agency split of photo credits: every credit form, both sides (no spurious split)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirecopy.schemas.agencies import AGENCY_ALIASES, AGENCY_NAMES, agency_key, canonical_agency
from wirecopy.schemas.records import Caption
from wirecopy.tasks.cleaning.credit_parts import split_credit, split_credit_list, with_credit_parts
from wirecopy.tasks.cleaning.credits import KNOWN_AGENCIES, split_credits

# (credit as written, photographer, agency, origin_agency)
FORMS: list[tuple[str, str | None, str | None, str | None]] = [
    # Name/Agency
    ("Scott Peterson/Getty Images", "Scott Peterson", "Getty Images", None),
    ("Ana Sato/Alder Times", "Ana Sato", "Alder Times", None),  # an agency no table lists
    ("David Kawai/Bloomberg", "David Kawai", "Bloomberg", None),
    ("Tomer Appelbaum/Haaretz", "Tomer Appelbaum", "Haaretz", None),  # a one-word outlet
    ("Andrew Harnik / AP", "Andrew Harnik", "AP", None),
    ("Philipp von Ditfurth/dpa", "Philipp von Ditfurth", "dpa", None),
    # AGENCY/Name
    ("REUTERS/Jane Doe", "Jane Doe", "Reuters", None),
    ("AP Photo/Edgar H. Clemente", "Edgar H. Clemente", "AP", None),
    ("IMAGO/Marius Schwarz", "Marius Schwarz", "Imago", None),
    ("WDR / Biernat", "Biernat", "WDR", None),  # beside a clear agency, a lone name
    ("Harbour Daily/Ana Ruiz", "Ana Ruiz", "Harbour Daily", None),
    # Photo by Name/Getty Images (the label goes)
    ("Photo by Scott Peterson/Getty Images", "Scott Peterson", "Getty Images", None),
    ("Photo: AP", None, "AP", None),
    # Name for Outlet
    ("Jane Doe for The New York Times", "Jane Doe", "The New York Times", None),
    # Agency via Outlet: the distributor is the agency, the other the origin
    ("AFP via Getty Images", None, "Getty Images", "AFP"),
    ("Jane Doe/AFP via Getty Images", "Jane Doe", "Getty Images", "AFP"),
    ("Jane Doe via Getty Images", "Jane Doe", "Getty Images", None),
    ("Pool via REUTERS", None, "Reuters", None),
    # Foto: Name/dpa
    ("Foto: Max Muster/dpa", "Max Muster", "dpa", None),
    ("Bild: SN/APA/KEYSTONE/CYRIL ZINGARO", "CYRIL ZINGARO", "APA", None),
    # © Agency
    ("© Reuters", None, "Reuters", None),
    ("(c) Northwind Press", None, "Northwind Press", None),
    # Agency alone
    ("Xinhua", None, "Xinhua", None),
    ("AFP PHOTO", None, "AFP", None),
    ("BELGA", None, "Belga", None),
    ("Anadolu Agency", None, "Anadolu", None),
    ("Postmedia News", None, "Postmedia News", None),
    ("ＡＰ", None, "AP", None),  # full-width letters
    ("연합뉴스", None, "Yonhap", None),
    # National wire agencies, as their own credits read
    ("ANTARA FOTO/Aditya Pradana Putra", "Aditya Pradana Putra", "Antara", None),
    ("PTI Photo", None, "PTI", None),
    ("PAP/Radek Pietruszka", "Radek Pietruszka", "PAP", None),
    # A photographer alone: no agency invented
    ("Jane Doe", "Jane Doe", None, None),
    ("GHULAM RASOOL", "GHULAM RASOOL", None, None),
    ("Kevin S. Vineys", "Kevin S. Vineys", None, None),
    ("고영권", "고영권", None, None),
    # Brackets, several photographers, markers
    ("Urs Flueeler (Keystone)", "Urs Flueeler", "Keystone", None),
    ("Ana Holt og Lena Pak (Nettavisen)", "Ana Holt; Lena Pak", "Nettavisen", None),
    ("Andreas Seidel/Archiv", "Andreas Seidel", None, None),
    ("HANDOUT / AFP", None, "AFP", None),
    ("Uncredited/AP/dpa", None, "AP", None),
    ("File", None, None, None),
    ("-", None, None, None),
]


@pytest.mark.parametrize(("credit", "photographer", "agency", "origin"), FORMS)
def test_credit_forms_split_into_photographer_and_agency(
    credit: str, photographer: str | None, agency: str | None, origin: str | None
) -> None:
    part = split_credit(credit)
    assert (part.photographer, part.agency, part.origin_agency) == (photographer, agency, origin)
    assert part.credit == credit  # kept as written


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Doe/AFP; John Roe/Reuters", [("Jane Doe", "AFP"), ("John Roe", "Reuters")]),
        ("Jane Doe/AFP, John Roe/Reuters", [("Jane Doe", "AFP"), ("John Roe", "Reuters")]),
        ("Jane Doe/AFP and John Roe/AP", [("Jane Doe", "AFP"), ("John Roe", "AP")]),
        ("Reuters | AFP", [(None, "Reuters"), (None, "AFP")]),
        # One credit with two names, not two credits.
        ("Jane Doe and John Roe/AFP", [("Jane Doe; John Roe", "AFP")]),
        ("Jane Doe, The Associated Press", [("Jane Doe", "AP")]),
    ],
)
def test_several_credits_in_one_line(line: str, expected: list[tuple[str | None, str]]) -> None:
    assert [(p.photographer, p.agency) for p in split_credit_list(line)] == expected


def test_caption_columns_join_the_credits_of_a_caption() -> None:
    split = split_credits("Two views of the port. Photos: Jane Doe/AFP; REUTERS/John Roe")
    caption = with_credit_parts(Caption(split.caption, split.credit, None, split.credits))
    assert caption.credits == ("Jane Doe/AFP", "REUTERS/John Roe")
    assert caption.photographer == "Jane Doe; John Roe"
    assert caption.agency == "AFP; Reuters"
    assert [p.credit for p in caption.parts] == list(caption.credits)
    bare = with_credit_parts(Caption("No credit here."))
    assert (bare.photographer, bare.agency, bare.parts) == (None, None, ())


def test_the_alias_table_names_every_agency_one_way() -> None:
    assert len({a for a, _ in AGENCY_ALIASES}) == len(AGENCY_ALIASES)
    for alias, name in AGENCY_ALIASES:
        assert alias == agency_key(alias), alias  # keys are stored in lookup form
        assert canonical_agency(name) == (name, True)  # a name is its own canonical form
        assert canonical_agency(alias.upper()) == (name, True)
    assert set(AGENCY_NAMES) == {name for _, name in AGENCY_ALIASES}


# (a word that is a company's form, "Llc Aaa", names a company, not a photographer)
_COMPANY_FORMS = frozenset({"llc", "ltd", "inc", "plc", "gmbh", "corp", "sas", "srl", "spa", "bv"})
_NAME = st.from_regex(r"[A-Z][a-z]{2,8} [A-Z][a-z]{2,10}", fullmatch=True).filter(
    lambda name: not _COMPANY_FORMS & {w.lower() for w in name.split()}
)


@given(_NAME, st.sampled_from(sorted({name for _, name in AGENCY_ALIASES})))
def test_a_name_beside_a_known_agency_is_the_photographer_either_way(
    name: str, agency: str
) -> None:
    for credit in (f"{name}/{agency}", f"{agency}/{name}"):
        part = split_credit(credit)
        assert (part.photographer, part.agency) == (name, agency), credit


@given(st.text(max_size=80))
def test_any_text_splits_without_error_into_parts_of_it(text: str) -> None:
    part = split_credit(text)
    for value in (part.photographer, part.agency, part.origin_agency):
        assert value is None or (value.strip() and value == value.strip())


def test_every_agency_the_credit_rules_recognise_has_a_name_in_the_alias_table() -> None:
    # The credit rules read agencies by spelling (tasks/cleaning/credits.py), the credit split and
    # the SQL views by the alias table: a name one knows and the other does not would be a known
    # agency in the caption and an unknown one in `photo_credits`.
    not_agencies = {"Handout"}  # how the picture came, not who sent it (credit_parts' marker)
    recognised = set(KNOWN_AGENCIES) - not_agencies
    assert all(canonical_agency(a)[1] for a in recognised), sorted(
        a for a in recognised if not canonical_agency(a)[1]
    )


def test_an_agency_acronym_that_is_also_a_given_name_counts_only_in_capitals() -> None:
    assert (split_credit("Hina/AFP").photographer, split_credit("Hina/AFP").agency) == (
        "Hina",
        "AFP",
    )
    assert split_credit("HINA/Jane Doe").agency == "HINA"
    assert canonical_agency("Ani") == ("Ani", False)
    assert canonical_agency("ANI") == ("ANI", True)
    assert canonical_agency("HINA Photo ") == ("HINA", True)
