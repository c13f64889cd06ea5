"""Digests: several stories in one e-mail or plain text, each loaded as its own article."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._helpers_pure import raw_doc
from tests.conftest import rows
from wirecopy.flows.pipeline import run_ingest
from wirecopy.tasks.clean import clean_document
from wirecopy.tasks.formats.digest import digest_parts
from wirecopy.tasks.parse import parse_input

BANNER = "Harbour Radio - latest local news\n\n"
FARES = (
    "Ferry fares rise in May\n"
    "12.03.2024 10:05\n\n"
    "HARBOURTON - The ferry company will raise its fares by five percent from the first\n"
    "of May, its director told the council on Tuesday.\n\n"
    "Season tickets keep their price until the end of the year.\n"
)
QUAY = (
    "12.03.2024 09:40\n"
    "New quay opens after two years of work\n\n"
    "HARBOURTON - The harbour office opened the new quay on Monday after two years of\n"
    "building work.\n\n"
    "Fishing boats were the first to moor there.\n"
)
RULE = "=" * 60 + "\n"
FOOTER = "Copyright Harbour Radio. Reproduction with the source named.\n"
DIGEST = BANNER + RULE + FARES + RULE + QUAY + RULE + FOOTER


def _articles(data: bytes, uri: str = "file:///wire/in/bulletin.txt") -> list:
    return [clean_document(doc) for doc in parse_input(raw_doc(data, uri))]


def test_a_plain_text_digest_gives_each_story_as_an_article() -> None:
    fares, quay = _articles(DIGEST.encode())
    assert fares.title == "Ferry fares rise in May"
    assert fares.body_text.startswith("HARBOURTON - The ferry company will raise its fares")
    assert fares.body_text.endswith("Season tickets keep their price until the end of the year.")
    assert quay.title == "New quay opens after two years of work"
    assert quay.body_text.endswith("Fishing boats were the first to moor there.")
    assert fares.article_id != quay.article_id
    # The banner and the footer are no story's, and are recorded, not lost.
    assert "Harbour Radio" not in fares.body_text + quay.body_text
    removed = {(f.kind, f.text) for f in fares.removed}
    assert ("digest", BANNER.strip()) in removed and ("digest", FOOTER.strip()) in removed


def test_the_same_story_in_another_bulletin_is_the_same_article() -> None:
    # Keyed by its headline and time line: the noon bulletin repeating the morning's story
    # updates it, whichever file brought it.
    morning = _articles(DIGEST.encode(), "file:///wire/in/morning.txt")
    noon = _articles((BANNER + RULE + QUAY + RULE + FOOTER + RULE + QUAY).encode(), "file:///n")
    assert morning[1].article_id in {a.article_id for a in noon}


def test_a_banner_above_the_first_story_without_a_rule_is_the_digests() -> None:
    text = BANNER + FARES + RULE + QUAY
    fares, _ = _articles(text.encode())
    assert fares.title == "Ferry fares rise in May"


@pytest.mark.parametrize(
    "text",
    [
        # One story, a rule above its footer.
        pytest.param(FARES + RULE + FOOTER, id="one-story"),
        # A release and its "About us" box set off by a rule: no time line opens the box.
        pytest.param(
            FARES + RULE + "About Harbour Ferries\n\nHarbour Ferries runs six routes across "
            "the bay and carries two million passengers a year.\n",
            id="about-box",
        ),
        # Parts with time lines but no prose: a schedule, not stories.
        pytest.param(
            "Monday\n12.03.2024 10:05\n\nFerry 1\n"
            + RULE
            + "Tuesday\n13.03.2024 10:05\n\nFerry 2\n",
            id="schedule",
        ),
    ],
)
def test_texts_that_are_no_digest_stay_one_document(text: str) -> None:
    assert digest_parts(text) is None
    assert len(parse_input(raw_doc(text.encode(), "file:///wire/in/one.txt"))) == 1


def test_an_e_mailed_bulletin_gives_its_stories_with_the_mails_fields() -> None:
    headers = (
        "From: Harbour Radio <news@harbour.example>\r\nTo: desk@newsroom.example\r\n"
        "Subject: Latest news 12.03.2024\r\nDate: Tue, 12 Mar 2024 10:10:00 +0100\r\n"
        "Message-ID: <bulletin-1@harbour.example>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
    )
    body = DIGEST + "-- \nHarbour Radio news service\nTo unsubscribe, reply STOP.\n"
    fares, quay = _articles(headers.encode() + body.replace("\n", "\r\n").encode(), "file:///m.eml")
    assert (fares.title, quay.title) == (
        "Ferry fares rise in May",
        "New quay opens after two years of work",
    )
    # The Subject names the bulletin, not a story; the sender and the delivery are each's.
    assert fares.metadata.get("subject") is None
    assert fares.metadata["delivery"] == quay.metadata["delivery"] == "e-mail"
    assert "unsubscribe" not in fares.body_text + quay.body_text


def test_a_digest_loads_as_articles_a_rerun_changes_nothing_an_edit_updates_one(
    tmp_path: Path, db_path: Path
) -> None:
    bulletin = tmp_path / "bulletin.txt"
    bulletin.write_text(DIGEST, encoding="utf-8")
    run_ingest([str(bulletin)], str(db_path), publish=False)
    query = "SELECT title, body_text FROM articles ORDER BY title"
    loaded = rows(db_path, query)
    assert [t for t, _ in loaded] == [
        "Ferry fares rise in May",
        "New quay opens after two years of work",
    ]
    again = run_ingest([str(bulletin)], str(db_path), publish=False)
    assert rows(db_path, query) == loaded and again.counts.new == 0
    # The bulletin sent again with one story corrected: that story's row changes, in place.
    bulletin.write_text(DIGEST.replace("five percent", "six percent"), encoding="utf-8")
    run_ingest([str(bulletin)], str(db_path), publish=False)
    now = rows(db_path, query)
    assert len(now) == 2 and "six percent" in now[0][1] and now[1] == loaded[1]


# The session's cold review: texts with rules that are no digest, and digests' edge cases.
LIVE = "".join(
    f"{t}\n\nThe harbour office said the ferry {w} after the storm, as crews checked the quay.\n"
    + RULE
    for t, w in (("10:05 12.03.2024", "waits"), ("10:40 12.03.2024", "sails"))
)
FORWARD = (
    "Please see the release below.\n\n"
    + "_" * 40
    + "\nFrom: Harbour Board <press@harbour.example>\nSent: Tuesday, March 12, 2024 10:05 AM\n"
    "To: Desk\n\n" + FARES
)
SETEXT = (
    "Ferry fares rise in May\n=======================\n12.03.2024 10:05\n\n"
    "The ferry company will raise its fares by five percent from the first of May.\n\n"
    "New quay opens\n==============\n12.03.2024 09:40\n\n"
    "The harbour office opened the new quay on Monday after two years of work.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(LIVE, id="liveblog-entries-without-headlines"),
        pytest.param(FORWARD + RULE + QUAY, id="forwarded-message-headers"),
        pytest.param(SETEXT, id="setext-underlined-headlines"),
    ],
)
def test_rules_that_part_no_stories_leave_one_document(text: str) -> None:
    assert digest_parts(text) is None


def test_items_with_the_same_first_lines_are_two_articles() -> None:
    one = (
        "Politics\n12.03.2024 10:00\n\nThe mayor resigned on Tuesday after a vote of the council.\n"
    )
    other = "Politics\n12.03.2024 10:00\n\nThe council elected a new mayor on Tuesday evening.\n"
    articles = _articles((one + RULE + other).encode())
    assert len({a.article_id for a in articles}) == 2


def test_a_digest_of_more_parts_than_are_read_loses_none() -> None:
    items = [FARES.replace("May", f"May, item {n}") for n in range(210)]
    stories, rest = digest_parts(RULE.join(items))
    text = "\n".join(stories + rest)
    assert "item 209" in text  # the unread tail is one part, a story or the rest


def test_a_bulletins_numbered_items_with_a_clock_time_an_embargo_and_writers_over_the_outlet() -> (
    None
):
    # USU's bulletin: each item opens "1/2  KOTIMAA  klo 13.48" (its number, desk and time),
    # an embargo notice in stars over the headline, then its writers' names over the outlet's.
    item = (
        "{n}/2  KOTIMAA  klo 13.{m}\n"
        "*** JULKAISUVAPAA KESKIVIIKKONA 13.11.2024 KLO 6.00 ***\n\n"
        "{title}\n\n"
        "Anna-Kaisa Rantanen ja Jussi Heikkilä\nSatamasanomat\n\n"
        "Lähes joka kolmas kunta aikoo nostaa kiinteistöveroa ensi vuonna, selviää kyselystä.\n\n"
        "Valtuustot päättävät veroprosenteista marraskuun loppuun mennessä.\n"
    )
    bulletin = (
        "SATAMA-UUTISPALVELU\nTiistai 12.11.2024, lähetys klo 14.05\n"
        + RULE
        + item.format(n=1, m=48, title="Joka kolmas kunta nostaa veroa")
        + RULE
        + item.format(n=2, m=59, title="Polttopuun hinta laski syksyllä")
    )
    first, second = _articles(bulletin.encode())
    assert (first.title, second.title) == (
        "Joka kolmas kunta nostaa veroa",
        "Polttopuun hinta laski syksyllä",
    )
    assert first.authors == ["Anna-Kaisa Rantanen", "Jussi Heikkilä"]
    assert first.body_text.startswith("Lähes joka kolmas kunta")
    assert first.release.embargoed_until is not None
    assert first.release.embargoed_until.date().isoformat() == "2024-11-13"
    # A line with a figure like a time is no time line of an item: one document.
    assert digest_parts("Prices\nUp 13.48 percent\n\n" + FARES.split("\n", 2)[2]) is None


def test_a_bulletins_numbered_items_lose_their_number_and_read_their_byline() -> None:
    # "[1] Headline", "โดย X" (by) and a dated time line closing with an abbreviation's stop.
    item = (
        "[{n}] {title}\nโดย ธนพล ศรีสุข\nวันที่ 2 ก.ค. 2567 เวลา 10:{m} น.\n\n"
        "ชาวบ้านในตำบลริมแม่น้ำมูลกว่า 50 คน ยื่นหนังสือถึงผู้ว่าราชการจังหวัดเมื่อวานนี้.\n"
    )
    bulletin = (
        "Harbour News (www.harbour.example)\n"
        + RULE
        + item.format(n=1, m=15, title="ชาวบ้านริมแม่น้ำมูลยื่นหนังสือ")
        + RULE
        + item.format(n=2, m=40, title="สตง.ตรวจพบโครงการถนนลาดยาง 14 สาย")
    )
    first, second = _articles(bulletin.encode())
    assert (first.title, second.title) == (
        "ชาวบ้านริมแม่น้ำมูลยื่นหนังสือ",
        "สตง.ตรวจพบโครงการถนนลาดยาง 14 สาย",
    )
    assert first.authors == ["ธนพล ศรีสุข"]


def test_a_bulletin_whose_rules_frame_only_its_banner_and_footer_parts_at_each_head() -> None:
    # Kobe Shimbun's mail: full-width rules around the banner and the footer, the stories
    # between them each opening with "■Headline" over its time line in brackets.
    rule = "━" * 30 + "\n"
    story = (
        "■{title}\n（2024/11/20 {time}）\n\n　{first}\n\n　市は「来年度も続けたい」としている。\n\n"
    )
    bulletin = (
        rule
        + "　港町新聞NEXT　ニュースメール　2024年11月20日（水）昼版\n"
        + rule
        + "\n"
        + story.format(
            title="城の夜間公開、12月に4日間",
            time="10:45",
            first="市は19日、世界遺産の城の大天守を12月に夜間特別公開すると発表した。計4日間で、午後6時から入城できる。",
        )
        + story.format(
            title="新バスターミナル、2027年度に開業へ",
            time="09:30",
            first="市は19日、駅の南側で整備を進める新しいバスターミナルについて、2027年度中に一部を開業させる方針を明らかにした。",
        )
        + rule
        + "■このメールは送信専用です。返信はできません。\n"
        + rule
    )
    first, second = _articles(bulletin.encode())
    assert (first.title, second.title) == (
        "城の夜間公開、12月に4日間",
        "新バスターミナル、2027年度に開業へ",
    )
    assert first.body_text.startswith("市は19日、世界遺産の城の大天守を")
    assert "送信専用" not in first.body_text + second.body_text
