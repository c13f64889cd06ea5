"""IPTC 7901 and ANPA 1312: control characters as structure, head lines, dateline, trailer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests.wire_helpers import fixture, only_item
from wirecopy.tasks.formats.wire import parse_wire


def test_anpa_1312_story() -> None:
    item = only_item(fixture("anpa_harbour_budget.txt"))
    assert item.format == "anpa1312"
    assert item.item_id == "BC-Harbour-Budget"
    assert item.version == "1stLd-Writethru"
    assert item.headline == "Harbourton council approves ferry budget after late-night vote"
    assert item.authors == ("Margit Ellenberg",)
    assert item.ed_note == "Eds: UPDATES with vote count, quote from mayor."
    assert item.dateline == "HARBOURTON, Wash. (AP)"
    assert item.provider == "AP"
    assert item.urgency == 5  # priority "r" (routine)
    assert item.version_created == datetime(
        2024, 11, 20, 7, 12, tzinfo=timezone(timedelta(hours=-5))
    )
    assert item.paragraphs[0].startswith("HARBOURTON, Wash. (AP) _ The Harbourton city council")
    assert item.paragraphs[0].endswith("ending a month of dispute over fares for island residents.")
    assert item.paragraphs[-1] == "The new timetable takes effect on Jan. 6."
    assert len(item.paragraphs) == 4
    assert item.extra["trailer"] == ["(END)", "AP-NY-11-20-24 0712EST"]
    assert not any(c in p for p in item.paragraphs for c in "\x01\x02\x03\x04^<=")


def test_iptc_7901_story() -> None:
    item = only_item(fixture("iptc7901_lawinen.txt"))
    assert item.format == "iptc7901"
    assert item.slugline == "Wetter/Alpen/Lawinen/"
    assert item.headline == "Lawinenwarnstufe in Tirol auf vier erhöht"
    assert item.subheadline == "Neuschnee und Sturm: Wanderer sollen Hänge meiden"
    assert item.authors == ("Katrin Obermeier",)
    assert item.provider == "dpa"
    assert item.urgency == 4
    assert item.version_created == datetime(2024, 11, 21, 14, 55, tzinfo=UTC)
    assert item.paragraphs[0].startswith("Innsbruck (dpa) - Nach starken Schneefällen")
    assert item.paragraphs[-1] == "Die Bergrettung meldete bislang keine Einsätze."
    assert item.extra["trailer"] == ["dpa kob xx"]


def test_several_messages_in_one_file_and_kill() -> None:
    one = (
        "\x01a0001 b a BC-Dam-Warning 11-20 0040\r\n\x02^Dam warning lifted<\r\n"
        "   RIVERTON (AP) _ The flood warning was lifted.<\r\n\x03\x04"
    )
    kill = (
        "\x01a0002 f a BC-Dam-Warning Kill 11-20 0020\r\n\x02^KILL: Dam warning story<\r\n"
        "   RIVERTON (AP) _ Editors: the story is withdrawn.<\r\n\x03\x04"
    )
    wire = parse_wire((one + kill).encode("latin-1"))
    assert wire is not None and len(wire.items) == 2
    first, second = wire.items
    assert first.headline == "Dam warning lifted" and not first.killed and first.urgency == 2
    assert second.killed and second.urgency == 1
    assert first.item_id == second.item_id == "BC-Dam-Warning"


SOH, STX, ETX = "\x01", "\x02", "\x03"


def _message(header: str, *lines: str, trailer: str = "281943 GMT NOV 24") -> bytes:
    return (f"{SOH}{header}\r\n{STX}" + "\r\n".join(lines) + f"\r\n{ETX}{trailer}").encode()


def test_head_lines_above_indented_paragraphs_are_read_one_by_one() -> None:
    # A keyword line, the agency, a version, the headline and the byline, each on its own line
    # above the indented paragraphs; the end mark closes the last paragraph's lines.
    wire = parse_wire(
        _message(
            "pa0617 3 hea 0151 PA",
            "HEALTH Flu 2ndLead",
            "PA",
            "2nd Lead",
            "Flu jab uptake falls to five-year low",
            "By Eleanor Barraclough, PA Health Correspondent",
            "  Uptake of the flu vaccine has fallen to its lowest level in five",
            "years, according to new figures.",
            "  Hospital admissions rose by 18% in the past week.",
            "ENDS",
        )
    )
    item = only_item(wire)
    assert item.headline == "Flu jab uptake falls to five-year low"
    assert item.authors == ("Eleanor Barraclough",)
    assert item.paragraphs[-1] == "Hospital admissions rose by 18% in the past week."


def test_a_dated_dateline_names_its_agency_without_brackets_or_dash() -> None:
    for opening, agency in (
        ("SAPPORO, Nov. 27 Kyodo - ", "Kyodo"),
        ("New Delhi, Nov 27 (PTI) ", "PTI"),
    ):
        wire = parse_wire(
            _message(
                "kyo0233 4 gen 0171",
                "SKI-HOKKAIDO",
                "    Ski resort opens two weeks early",
                "",
                f"    {opening}A ski resort opened on Wednesday.",
                "    About 1,200 skiers lined up.",
                "    MORE",
            )
        )
        item = only_item(wire)
        assert item.headline == "Ski resort opens two weeks early"
        assert item.provider == agency
        assert item.paragraphs[-1] == "About 1,200 skiers lined up."


def test_a_kill_advisory_under_keyword_lines_is_a_kill() -> None:
    wire = parse_wire(
        _message(
            "pti0415 1 adv 0038",
            "DEL31",
            "KILL KILL KILL",
            "KILL: DEL19 STATES-FLOOD",
            "   Editors are requested to kindly KILL DEL19 STATES-FLOOD.",
            "     PTI RSN",
            "RSN",
            "11271442",
            "NNNN",
        )
    )
    item = only_item(wire)
    assert item.headline == "KILL: DEL19 STATES-FLOOD" and item.killed
    assert item.paragraphs == ("Editors are requested to kindly KILL DEL19 STATES-FLOOD.",)


def test_nothing_indented_one_line_per_paragraph_and_desk_codes_in_the_trailer() -> None:
    # A keyword, the headline, the dateline's paragraph, one line per paragraph, nothing
    # indented; the trailer's desk codes after the agency's bracketed name.
    wire = parse_wire(
        _message(
            "HRV0217 4 gsp 162",
            "promet-Zagreb-most",
            "Zagreb: bridge works narrow traffic from Monday",
            "ZAGREB, March 12 (Hina) - Works on the bridge will narrow traffic to one lane.",
            "The works should last six weeks.",
            "Trams will run as usual.",
            "(Hina) mk ds",
        )
    )
    item = only_item(wire)
    assert item.headline == "Zagreb: bridge works narrow traffic from Monday"
    assert item.provider == "Hina"
    assert item.paragraphs[1:] == ("The works should last six weeks.", "Trams will run as usual.")


def test_an_anpa_trailer_of_rules_copyright_and_stamp_leaves_the_last_paragraph() -> None:
    text = (
        "\x16\x16\x01a0417  r BC-Storm 03-12 0300\x02\n^Storm closes schools<\n"
        "\tOMAHA, Neb., March 12 (UPI) -- A storm closed schools on Tuesday.\n"
        "\tSchools in Omaha canceled classes for the day.\n_ _ _\n"
        "Copyright 2024 by United Press International. All Rights Reserved.\n"
        "UPI-DC-03-12-24 1437E\n\x03"
    )
    item = only_item(parse_wire(text.encode()))
    assert item.paragraphs[-1] == "Schools in Omaha canceled classes for the day."


@pytest.mark.parametrize(
    "headline",
    ["SKI RESORT OPENS TWO WEEKS EARLY", "国务院召开常务会议", "Путин провел переговоры с Си"],
)
def test_a_headline_in_capitals_or_without_case_is_the_headline(headline: str) -> None:
    wire = parse_wire(
        _message(
            "kyo0233 4 gen 0171",
            "SKI-HOKKAIDO",
            headline,
            "    SAPPORO, Nov. 27 Kyodo - A ski resort opened on Wednesday.",
            "    About 1,200 skiers lined up.",
        )
    )
    assert only_item(wire).headline == headline


def test_a_first_paragraph_written_flush_above_an_indented_one_stays_whole() -> None:
    # The review's case: the dateline paragraph hard-wrapped and flush, a later one indented.
    wire = parse_wire(
        _message(
            "dpa0231 4 pl 173 dpa",
            "Innsbruck (dpa) - Nach starken Schneefällen hat der Lawinenwarndienst in Tirol die",
            "Gefahrenstufe für weite Teile des Landes auf vier erhöht.",
            '   "Es ist gefährlich", sagte ein Sprecher.',
        )
    )
    paragraphs = only_item(wire).paragraphs
    assert paragraphs[0].endswith("Gefahrenstufe für weite Teile des Landes auf vier erhöht.")
    assert len(paragraphs) == 2


def test_the_agency_first_dateline_ends_the_head_above_indented_paragraphs() -> None:
    # AGI's form: the headline flush, then "(AGI) - Roma, 14 mag. -" opening the story flush,
    # the later paragraphs indented.
    wire = parse_wire(
        _message(
            "AGI0342 3 CRO 0 R01 /",
            "Incendi: a fuoco deposito rifiuti a Pomezia",
            "(AGI) - Roma, 14 mag. - Un vasto incendio e' divampato nel pomeriggio.",
            "   Sul posto sono al lavoro sei squadre dei vigili del fuoco.",
        )
    )
    item = only_item(wire)
    assert item.headline == "Incendi: a fuoco deposito rifiuti a Pomezia"
    assert item.provider == "AGI"
    assert item.paragraphs[-1] == "Sul posto sono al lavoro sei squadre dei vigili del fuoco."


def test_a_numeric_dated_dateline_and_a_bracketed_note_above_the_headline() -> None:
    wire = parse_wire(
        _message(
            "kap0118 4 kir 0241",
            "Kirche/Soziales/Caritas",
            "(Korrigierte Fassung: Im 3. Absatz richtig: 38 Stellen, nicht 36)",
            "",
            "Caritas: Mehr Menschen suchen Hilfe",
            "",
            "Wien, 04.06.2024 (KAP) Die Caritas verzeichnet mehr Erstkontakte.",
            "",
            "Die Caritas betreibt 38 Stellen.",
        )
    )
    item = only_item(wire)
    assert item.headline == "Caritas: Mehr Menschen suchen Hilfe"
    assert item.provider == "KAP"
    assert item.paragraphs[0].startswith("Wien, 04.06.2024 (KAP) Die Caritas")


@pytest.mark.parametrize(
    ("head", "first", "headline"),
    [
        # dpa's agenda names an event after the date; "(ANALYSIS)" is a kind of story.
        (
            "Bundestag stimmt ab",
            "Berlin, 14.06. Bundestag - Zweite und dritte Lesung.",
            "Bundestag stimmt ab",
        ),
        ("Oil outlook", "(ANALYSIS) - Oil prices - the outlook darkens.", "Oil outlook"),
    ],
)
def test_an_event_or_a_kind_of_story_is_no_agency(head: str, first: str, headline: str) -> None:
    wire = parse_wire(_message("dpa0101 4 wi 0100", head, "", first, "", "Later text follows."))
    item = only_item(wire)
    assert item.provider not in ("Bundestag", "ANALYSIS")
    assert item.headline == headline


def test_a_bracketed_line_alone_above_the_story_is_its_headline() -> None:
    wire = parse_wire(
        _message(
            "kap0120 4 kir 0200",
            "(Interview: Kardinal Schönborn über die Zukunft der Pfarren)",
            "",
            "Wien, 04.06.2024 (KAP) Der Kardinal sprach über die Pfarren.",
            "",
            "Das Gespräch fand in Wien statt.",
        )
    )
    assert (
        only_item(wire).headline == "(Interview: Kardinal Schönborn über die Zukunft der Pfarren)"
    )


@pytest.mark.parametrize(("trailer", "hours"), [("03-12-24 1452EDT", -4), ("03-12-24 1452VET", -4)])
def test_an_anpa_date_and_time_trailer_without_the_ap_prefix_dates_the_story(
    trailer: str, hours: int
) -> None:
    wire = parse_wire(
        _message(
            "a0233 r u BC-Religion 03-12 0450",
            "   Churches open their halls to shelter families.",
            "   The shelters stay open until April.",
            trailer=trailer,
        )
    )
    item = only_item(wire)
    assert item.version_created == datetime(
        2024, 3, 12, 14, 52, tzinfo=timezone(timedelta(hours=hours))
    )


def test_an_anpa_time_trailer_in_lower_case_inside_the_text_leaves_the_last_paragraph() -> None:
    # Scripps Howard's copy: the date and time line indented before ETX, its zone in lower case.
    wire = parse_wire(
        _message(
            "a0318  4 l  BC-RETIREES-COLLEGE-SHNS 03-08 0712",
            "\tCINCINNATI -- Retirees fill community college classrooms.",
            "\tDemand has grown as the first baby boomers retire.",
            "\t",
            "\t03-08-11 1535est",
            trailer="",
        )
    )
    item = only_item(wire)
    assert item.paragraphs[-1] == "Demand has grown as the first baby boomers retire."
    assert item.version_created == datetime(
        2011, 3, 8, 15, 35, tzinfo=timezone(timedelta(hours=-5))
    )


def test_undeclared_cyrillic_copy_is_read_in_its_code_page() -> None:
    # 7901 declares no charset: Serbian copy in Windows-1251 reads as Cyrillic, not as the
    # Western letters Windows-1252 would make of the same bytes.
    headline = "Бањалука: Почиње изградња новог моста"
    paragraph = (
        "  Изградња новог моста преко Врбаса почеће у априлу, а радови ће трајати годину дана."
    )
    text = _message("srna0231 3 pol 0231 SRNA", headline, paragraph, "ENDS").decode()
    item = only_item(parse_wire(text.encode("cp1251")))
    assert item.headline == headline
    assert item.paragraphs == (paragraph.strip(),)
    # Western copy stays Western.
    western = _message("apa0112 3 kul 0112", "Zürcher Oper eröffnet", "  Die Oper öffnet wieder.")
    item = only_item(parse_wire(western.decode().encode("cp1252")))
    assert item.headline == "Zürcher Oper eröffnet"


def test_an_embargo_line_above_the_headline_is_no_headline() -> None:
    text = _message(
        "zns0067 3 eco 0141 ZANIS",
        "EMBARGO: NOT FOR USE BEFORE 1800 HRS CAT TUESDAY MARCH 12",
        "Power cuts shortened to eight hours",
        "  LUSAKA, March 12 (ZANIS) -- The utility will cut load-shedding from Monday.",
    )
    item = only_item(parse_wire(text))
    assert item.headline == "Power cuts shortened to eight hours"
    assert item.ed_note is not None and item.ed_note.startswith("EMBARGO")
    plain = _message("zns0068 3 eco 0142 ZANIS", "Embargo on copper exports lifted", "  Text.")
    assert only_item(parse_wire(plain)).headline == "Embargo on copper exports lifted"


@pytest.mark.parametrize(
    ("note", "headline"),
    [
        ("KILL KILL KILL", "ПОВЛЕКУВАЊЕ: Битола - нов пазар во населбата Јени Маале"),
        ("mkf0415", "ПОВЛЕКУВАЊЕ: Битола - нов пазар во населбата Јени Маале"),
        ("mkf0415", "WYCOFANE: Nowy targ w Bitoli"),
        ("ANULOWANIE", "ANULUJEMY: Pożar hali magazynowej w Koninie"),
        ("mkf0415", "ANULUJEMY: Pożar hali magazynowej w Koninie"),
    ],
)
def test_a_kill_note_anywhere_in_the_head_or_in_a_slavic_wording_is_a_kill(
    note: str, headline: str
) -> None:
    wire = parse_wire(
        _message(
            "MKF0415 1 MAK 0034",
            note,
            headline,
            "   Ве молиме да не ја користите веста.",
            "NNNN",
        )
    )
    assert only_item(wire).killed


@pytest.mark.parametrize(
    "headline", ["Anulada la multa al alcalde", "ANULAN LA CONDENA DEL EXPRESIDENTE"]
)
def test_a_cancellation_word_opening_a_headline_is_no_kill(headline: str) -> None:
    wire = parse_wire(_message("efe0233 4 gen 0171", headline, "   LIMA (EFE) - Texto."))
    assert not only_item(wire).killed


def test_an_anpa_message_with_a_numeric_priority_an_editors_note_and_a_piped_byline() -> None:
    # ANPA 1312 with its priority as a digit; above the headline an advisory to the desks
    # that ends a sentence (the head's, not a flush paragraph); the byline under the headline
    # is the writer and the agency parted by a pipe.
    data = (
        "\x16\x16\x01a0413 3 a BC-QMI-SHERBROOKE-AUTOBUS 03-12 0388\x02\r\n"
        "BC-QMI-SHERBROOKE-AUTOBUS,0388\r\n"
        "AVIS AUX RÉDACTIONS: EMBARGO jusqu’à 6 h (HAE), le mercredi 13 mars 2024.\r\n"
        "Sherbrooke: la STS ajoutera 12 autobus électriques\r\n"
        "Julie Ménard | Agence QMI\r\n\r\n"
        "   SHERBROOKE | La Société de transport de Sherbrooke mettra en service 12\r\n"
        "autobus électriques d’ici la fin de l’automne.\r\n"
        "   La STS prévoit électrifier toute sa flotte d’ici 2040.\r\n"
        "\x03"
    ).encode("cp1252")
    wire = parse_wire(data)
    assert wire is not None and wire.format == "anpa1312"
    item = only_item(wire)
    assert item.headline == "Sherbrooke: la STS ajoutera 12 autobus électriques"
    assert item.ed_note is not None and item.ed_note.startswith("AVIS AUX RÉDACTIONS")
    assert item.authors == ("Julie Ménard",)
    assert item.paragraphs[-1] == "La STS prévoit électrifier toute sa flotte d’ici 2040."


@pytest.mark.parametrize(
    ("headline", "subheadline"),
    [
        ("Troops leave the border region", "Withdrawal of troops to be completed by September"),
        ("Отозваны лицензии трёх банков", "Центробанк назвал причины"),
        ("Advisory: Boil-water notice for three suburbs", "Residents told to boil water"),
    ],
)
def test_news_in_the_head_that_reads_like_a_kill_or_a_note_stays_news(
    headline: str, subheadline: str
) -> None:
    item = only_item(
        parse_wire(
            _message(
                "MKF0415 1 MAK 0034",
                headline,
                subheadline,
                "   The council met on Monday to discuss the plan for the harbour.",
                "NNNN",
            )
        )
    )
    assert not item.killed
    assert item.headline == headline


def test_a_pipe_in_a_subheadline_is_no_byline() -> None:
    item = only_item(
        parse_wire(
            _message(
                "a0413 3 a BC-POWELL 03-12 0388",
                "Powell speaks on rates",
                "Powell Speaks | Press conference at 2:30 pm",
                "   The Fed chair will speak to reporters on Tuesday afternoon.",
            )
        )
    )
    assert item.authors == ()


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        # The desk's sign-off and its time line, the day first, in the sender's zone.
        (("PPI/ZA", "12-03-2024 14:30 PKT"), datetime(2024, 3, 12, 9, 30, tzinfo=UTC)),
        (("Росбалт", "12.03.2024 15:47 МСК"), datetime(2024, 3, 12, 12, 47, tzinfo=UTC)),
        # A date-time group with a Spanish month.
        (("DyN", "121541 ABR 16"), datetime(2016, 4, 12, 15, 41, tzinfo=UTC)),
    ],
)
def test_a_senders_closing_time_line_is_the_items_time(
    closing: tuple[str, ...], expected: datetime
) -> None:
    item = only_item(
        parse_wire(
            _message(
                "PPI0112 2 GEN 0235",
                "SINDH-SOLAR",
                "Sindh cabinet approves solar power for schools",
                "   KARACHI, Mar 12 (PPI): The Sindh cabinet on Tuesday approved the scheme.",
                "",
                *closing,
                "NNNN",
                trailer="",
            )
        )
    )
    assert item.version_created == expected


def test_a_keyword_in_capitals_over_a_headline_and_paragraphs_parted_by_blank_lines() -> None:
    # The desk's keyword of two words in capitals over the headline; flush paragraphs parted
    # by blank lines, a line ending a sentence inside one; the desk's initials and the time
    # closing the copy, each a line of its own.
    wire = parse_wire(
        _message(
            "hbr0154 3 eko 0096",
            "HARBOURTON-FERRY TERMINAL",
            "Harbourton opens a tender for its new ferry terminal",
            "",
            "HARBOURTON (HNA) - The port authority opened a tender for the new ferry",
            "terminal on the north quay.",
            "Bids are due by the end of July.",
            "",
            "The terminal will have six berths and a car park for 300 vehicles.",
            "",
            "(AK/EY)",
            "03.07.2024 10:15",
            trailer="",
        )
    )
    item = only_item(wire)
    assert item.slugline == "HARBOURTON-FERRY TERMINAL"
    assert item.headline == "Harbourton opens a tender for its new ferry terminal"
    assert item.paragraphs[:2] == (
        "HARBOURTON (HNA) - The port authority opened a tender for the new ferry terminal on "
        "the north quay. Bids are due by the end of July.",
        "The terminal will have six berths and a car park for 300 vehicles.",
    )
    assert "(AK/EY)" in item.paragraphs[2:]


def test_a_headline_in_capitals_with_a_hyphen_stays_the_headline() -> None:
    # No headline in upper and lower case under it: the line in capitals is the headline.
    wire = parse_wire(
        _message("hbr0155 3 pol 0080", "US-CHINA TALKS RESUME IN GENEVA", "  Talks resumed.")
    )
    assert only_item(wire).headline == "US-CHINA TALKS RESUME IN GENEVA"


def test_marked_head_lines_an_unmarked_note_among_them_and_a_marked_contact_at_the_end() -> None:
    # ANPA head lines marked with "^" and closed by "@<"; an editors' note unmarked among
    # them; the writer's contact line marked at the story's end is no head line: the story
    # stands between them. The trailer's date is month first ("09-18-07": no month 18).
    wire = parse_wire(
        _message(
            "c0121\x1fcnssd",
            "^BC-Ferry-Budget (Corrected),0548<",
            "^(Eds: Corrects amount in 1st graf.)",
            "^Council adds $6 million to ferry budget@<",
            "^By LAURA HOLLIS@<",
            "\t   HARBOURTON -- The council on Tuesday added $6 million to the ferry",
            "budget.<",
            "\t   The money keeps the night crossing running until March.<",
            "^Laura Hollis: (555) 555-0142<",
            "^(END)<",
            trailer="\r\n09-18-07 1242PDT\r\n",
        )
    )
    item = only_item(wire)
    assert item.headline == "Council adds $6 million to ferry budget"
    assert item.authors == ("Laura Hollis",)
    assert item.paragraphs[:2] == (
        "HARBOURTON -- The council on Tuesday added $6 million to the ferry budget.",
        "The money keeps the night crossing running until March.",
    )
    assert item.version_created == datetime(
        2007, 9, 18, 12, 42, tzinfo=timezone(timedelta(hours=-7))
    )


def test_a_headline_in_capitals_over_its_deck_stays_the_headline() -> None:
    # The session's cold review: words in capitals with spaces and no hyphen are a headline.
    wire = parse_wire(
        _message(
            "hbr0156 3 pol 0090",
            "PRESIDENT RESIGNS OVER SCANDAL",
            "Leader quits after months of pressure from his own party",
            "  HARBOURTON (HNA) - The president resigned on Tuesday.",
        )
    )
    assert only_item(wire).headline == "PRESIDENT RESIGNS OVER SCANDAL"


def test_one_blank_line_before_the_credits_parts_no_flat_paragraphs() -> None:
    # Flat copy, a paragraph a line; a blank line only before the closing credit line.
    wire = parse_wire(
        _message(
            "hbr0157 3 spo 0120",
            "Harbourton win the cup",
            "HARBOURTON (HNA) - Harbourton won the cup on Saturday.",
            "The winning goal came in the last minute.",
            "Fans celebrated on the quay until midnight.",
            "",
            "(Reporting by Jane Doe)",
        )
    )
    paragraphs = only_item(wire).paragraphs
    assert "The winning goal came in the last minute." in paragraphs


def test_a_teleprinters_capture_without_control_characters_is_read_message_by_message() -> None:
    # "ZCZC" opens each message, the header line under it, "NNNN" closes it: the controls
    # left out of the capture. The embargo note above the headline dates its release; the
    # desk's slashed codes and the day-first time line close the copy, not the story.
    capture = "\r\n".join(
        [
            "ZCZC",
            "HNA0087 3 GEN 0221",
            "HARBOUR-HEALTH-MATERNITY",
            "",
            "New maternity ward opens at the harbour hospital",
            "",
            "HARBOURTON, May 14 (HNA) - A new 40-bed maternity ward opened on Monday.",
            "",
            "The hospital recorded more than 3,100 deliveries last year.",
            "",
            "HNA/MTK/JSB",
            "14-05-2024 1130 GMT",
            "NNNN",
            "",
            "ZCZC",
            "HNA0088 2 GEN 0147",
            "HARBOUR-EDUCATION-EMBARGOED",
            "EMBARGOED: NOT FOR PUBLICATION BEFORE 1000 GMT THURSDAY, MAY 16, 2024",
            "",
            "Exam results out on Thursday",
            "",
            "HARBOURTON, May 14 (HNA) - The results will be released on Thursday.",
            "",
            "HNA/JSB",
            "14-05-2024 1210 GMT",
            "NNNN",
        ]
    )
    first, second = parse_wire(capture.encode()).items
    assert first.headline == "New maternity ward opens at the harbour hospital"
    assert first.paragraphs[-1] == "The hospital recorded more than 3,100 deliveries last year."
    assert first.version_created == datetime(2024, 5, 14, 11, 30, tzinfo=UTC)
    assert first.embargoed_until is None
    assert second.headline == "Exam results out on Thursday"
    assert second.embargoed_until == datetime(2024, 5, 16, 10, 0, tzinfo=UTC)
    # Plain copy naming a telex word is no capture.
    assert parse_wire(b"ZCZC is how a telex message starts.\n\nNNNN ends it.\n") is None


def test_a_keyword_of_short_parts_over_the_headline_in_a_script_without_case() -> None:
    # SUNA's keyword line: short parts apart by spaced dashes, over a headline of more words
    # (which may hold a spaced dash itself); and its desk's initials closing the copy.
    text = _message(
        "sna0231 3 gen 0214",
        "صحة - تطعيم - البحر الأحمر",
        "",
        "البحر الأحمر تدشن حملة لتطعيم الأطفال ضد شلل الأطفال والحصبة",
        "",
        "بورتسودان 11-9-2024 (سونا) - دشنت وزارة الصحة بولاية البحر الأحمر اليوم حملة التطعيم.",
        "",
        "ودعا المواطنين إلى التعاون مع فرق التطعيم.",
        "",
        "ع ف/ م ع",
        "11/9/2024 11:25 GMT",
    )
    item = only_item(parse_wire(text))
    assert item.headline == "البحر الأحمر تدشن حملة لتطعيم الأطفال ضد شلل الأطفال والحصبة"
    assert item.slugline == "صحة - تطعيم - البحر الأحمر"
    assert item.paragraphs[-1] == "ودعا المواطنين إلى التعاون مع فرق التطعيم."


def test_an_anpa_advance_with_its_notes_copyright_line_and_end_advance() -> None:
    # Newhouse's ANPA copy: an advance line, notes on use and art in brackets, the byline and
    # the copyright line over flush paragraphs; "END ADVANCE FOR …" and the bracketed note on
    # the writer close it. The advance dates the release in the copy's year.
    text = (
        "\x16\x16\x01a0112  r f  BC-SALMON-ADV13-HNS 03-10 0788\x02\r\n"
        "BC-SALMON-ADV13-HNS\r\n"
        "ADVANCE FOR SUNDAY, MARCH 13\r\n"
        "(For use by Harbour News Service clients only)\r\n"
        "Tribal hatchery bets on wild salmon genes\r\n"
        "(ART ADV: Photos are being sent to HNS photo clients.)\r\n"
        "By KAREN ASHWORTH\r\n"
        "c.2005 Harbour News Service\r\n\r\n"
        "WARM SPRINGS, Ore. -- For most of the last century the chinook came from hatcheries.\r\n"
        "\r\n"
        "Tribal biologists plan to release 250,000 young chinook raised from wild fish.\r\n\r\n"
        "(Karen Ashworth is a staff writer. Contact her at kashworth(at)harbour.example.)\r\n"
        "\r\nEND ADVANCE FOR SUNDAY, MARCH 13\r\n\r\n03-10-05 1442est\r\n\x03"
    )
    item = only_item(parse_wire(text.encode()))
    assert item.headline == "Tribal hatchery bets on wild salmon genes"
    assert item.authors == ("Karen Ashworth",)
    assert item.paragraphs[0].startswith("WARM SPRINGS, Ore. --")
    assert item.embargoed_until == datetime(2005, 3, 13, tzinfo=UTC)
    assert not any("END ADVANCE" in p for p in item.paragraphs)


def test_a_date_time_group_with_its_month_in_french_closes_the_copy_and_dates_it() -> None:
    # Gabon's AGP: the desk's codes and "181540 GMT JUIN 24" after the last paragraph.
    wire = parse_wire(
        _message(
            "AGP0214 3 POL 0241 AGP",
            "GABON-ASSEMBLEE-LFR",
            "Gabon : l'Assemblée adopte la loi de finances rectificative",
            "",
            "LIBREVILLE, 18 juin (AGP) - Les députés ont adopté mardi le projet de loi.",
            "",
            "Le texte sera transmis au Sénat dans les prochains jours.",
            "",
            "AGP/ME/PNN",
            "181540 GMT JUIN 24",
            trailer="",
        )
    )
    item = only_item(wire)
    assert item.paragraphs[-1] == "Le texte sera transmis au Sénat dans les prochains jours."
    assert item.version_created == datetime(2024, 6, 18, 15, 40, tzinfo=UTC)


def test_a_long_agency_name_first_then_its_place_and_day_is_the_dateline() -> None:
    # Agenparl: "(AGENPARL) - Roma, 12 nov - …" hard-wrapped right under the headline.
    wire = parse_wire(
        _message(
            "APL0321 3 POL /R01 /ITA",
            "Piccoli comuni: Camera approva ddl su sportelli postali",
            "(AGENPARL) - Roma, 12 nov - L'Aula della Camera ha approvato in prima",
            "lettura il disegno di legge. Il testo passa ora al Senato.",
            "",
            "Il provvedimento istituisce un fondo da 30 milioni di euro.",
        )
    )
    item = only_item(wire)
    assert item.headline == "Piccoli comuni: Camera approva ddl su sportelli postali"
    assert item.paragraphs[0].startswith("(AGENPARL) - Roma, 12 nov - L'Aula")
    assert item.provider == "AGENPARL"
