"""Mends of session 27 (wire and agency copy probes): each convention beside the case it must
not change. Inputs are invented here, not copied from the probe files."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests.wire_helpers import only_item
from wirecopy.schemas.records import Article, RawDocument
from wirecopy.tasks.clean import clean_document
from wirecopy.tasks.cleaning.credits import split_credit_text, split_credits
from wirecopy.tasks.cleaning.rules import match_line_rule
from wirecopy.tasks.formats.digest import digest_parts
from wirecopy.tasks.formats.wire import parse_wire
from wirecopy.tasks.html.extract import extract_html
from wirecopy.tasks.parse import parse_document, parse_input


def _raw(data: bytes, uri: str = "file:///in/copy.txt") -> RawDocument:
    return RawDocument(uri, data, hashlib.sha256(data).hexdigest(), len(data))


def _anpa(trailer: str) -> bytes:
    body = (
        "\x16\x16\x01a0412  r a  BC-SCHOOL-GRANTS 02-03 0498\x02"
        "   WASHINGTON -- Colleges will share a new grant fund.\r\n"
        "   The fund opens in the spring.\r\n"
        f"   {trailer}\r\n\x03"
    )
    return body.encode("ascii")


@pytest.mark.parametrize(
    ("trailer", "year"),
    [("02-03-99 1624EST", 1999), ("10-06-97 1412EDT", 1997), ("02-03-24 1624EST", 2024)],
)
def test_an_anpa_two_digit_year_takes_the_century_strptime_gives_it(
    trailer: str, year: int
) -> None:
    # ANPA archives of the 1990s were dated 2097 and 2099; 00-68 stay in the 2000s.
    item = only_item(parse_wire(_anpa(trailer)))
    assert item.version_created is not None and item.version_created.year == year


def _japanese(closing: str) -> str:
    return (
        "諏訪湖の遊覧船、来月から運航再開\n\n"
        "諏訪湖の遊覧船が１１月１日から運航を再開する。\n\n"
        "運航会社は「多くの人に湖の景色を楽しんでほしい」と話している。\n\n"
        f"{closing}\n"
    )


def _clean(text: str) -> Article:
    return clean_document(parse_input(_raw(text.encode("utf-8")))[0])


def test_a_japanese_reporters_name_in_brackets_closing_the_copy_is_its_author() -> None:
    article = _clean(_japanese("（小松原亮）"))
    assert article.authors == ["小松原亮"]
    assert "小松原亮" not in article.body_text


@pytest.mark.parametrize("closing", ["（共同通信）", "（社会部）", "（長野支局）"])
def test_an_agency_or_a_desk_in_brackets_is_no_author(closing: str) -> None:
    article = _clean(_japanese(closing))
    assert closing[1:-1] not in article.authors


def test_a_chinese_name_in_brackets_without_kana_is_no_japanese_signature() -> None:
    text = (
        "湖区游船下月恢复运营\n\n湖区游船将于11月1日恢复运营。\n\n"
        "公司表示游客可以提前预约。\n\n（张国强）\n"
    )
    article = _clean(text)
    assert "张国强" not in article.authors


# -- digests: a dinkus between stories, each a headline over the agency's dated dateline --

AHP_LIKE = (
    "Harbour Wire\nBulletin of 14 March 2024\n\n* * *\n\n"
    "SCHOOLS REOPEN IN PORT ALDER\n\n"
    "Port Alder, 14 March 2024 (HW) - Schools in Port Alder reopened on Monday after three "
    "weeks.\n\nParents asked for more police on the road.\n\n* * *\n\n"
    "RICE PRICES RISE AT THE MARKET\n\n"
    "Harbourton, 14 March 2024 (HW) - The price of rice rose at the central market on "
    "Thursday.\n\nTraders blamed delays at the port.\n\n* * *\n\nHarbour Wire newsroom\n"
)


def test_a_dinkus_parts_stories_that_each_open_with_a_tagged_dateline() -> None:
    stories, rest = digest_parts(AHP_LIKE) or ([], [])
    assert [s.splitlines()[0] for s in stories] == [
        "SCHOOLS REOPEN IN PORT ALDER",
        "RICE PRICES RISE AT THE MARKET",
    ]
    assert rest[-1] == "Harbour Wire newsroom"


def test_a_dinkus_inside_one_story_leaves_it_whole() -> None:
    # a section break of a feature: the part after it opens with no headline and dateline
    text = (
        "Quay opens\n\nPORT ALDER, March 12 (HW) - The new quay opened on Monday.\n\n"
        "Boats moored first.\n\n* * *\n\nLater that day the mayor spoke to the crowd.\n\n"
        "She thanked the engineers.\n"
    )
    assert digest_parts(text) is None


def test_a_headline_alone_above_its_time_line_is_the_first_storys_not_the_banners() -> None:
    text = (
        "Harbour Wire\n\nQuay opens after two years\n\nPublished: 14/03/2024 10:05\n\n"
        "PORT ALDER - The harbour office opened the new quay on Monday after two years.\n\n"
        + "-"
        * 40
        + "\n\nFerry fares rise in May\n\nPublished: 14/03/2024 11:20\n\n"
        "PORT ALDER - The ferry company will raise its fares by five percent in May.\n\n"
        + "-" * 40
        + "\nCopyright Harbour Wire\n"
    )
    stories, rest = digest_parts(text) or ([], [])
    assert [s.splitlines()[0] for s in stories] == [
        "Quay opens after two years",
        "Ferry fares rise in May",
    ]
    assert rest[0] == "Harbour Wire"


# -- 7901 and ANPA trailers of more senders --


def _message(header: str, *lines: str, trailer: str = "") -> bytes:
    return ("\x01" + header + "\r\n\x02" + "\r\n".join(lines) + "\r\n\x03" + trailer).encode(
        "iso8859_2"
    )


STORY = (
    "HARBOUR-QUAY",
    "",
    "New quay opens in Port Alder",
    "",
    "Port Alder, 14 March (HW) - The harbour office opened the new quay on Monday.",
    "",
    "Fishing boats were the first to moor there, followed by a ferry.",
    "",
)


@pytest.mark.parametrize(
    ("closing", "when"),
    [
        # a military date-time group, its zone glued ("141120Z MAR 24")
        (("JN/BB/HW", "141120Z MAR 24"), datetime(2024, 3, 14, 11, 20, tzinfo=UTC)),
        # the agency in capitals over its desk's initials, its stamp in lower case
        (
            ("HW sm kn", "hw-wn-03-11-10 1432NZDT"),
            datetime(2010, 3, 11, 14, 32, tzinfo=timezone(timedelta(hours=13))),
        ),
        # the date by name, year first, with the weekday (Hungarian senders)
        (
            ("hw/kl/vj", "2024. március 14., csütörtök 10:42"),
            datetime(2024, 3, 14, 10, 42, tzinfo=UTC),
        ),
    ],
)
def test_a_senders_closing_lines_are_its_trailer_and_its_time(
    closing: tuple[str, ...], when: datetime
) -> None:
    item = only_item(parse_wire(_message("HW0142 3 POL 0187", *STORY, *closing)))
    assert item.paragraphs[-1] == "Fishing boats were the first to moor there, followed by a ferry."
    assert item.version_created == when


def test_a_shouted_hungarian_deletion_over_the_headline_kills_the_story() -> None:
    item = only_item(
        parse_wire(
            _message(
                "HW0219 1 bel 0062",
                "TÖRLÉS! TÖRLÉS! TÖRLÉS!",
                "",
                "TÖRLÉS: Leégett egy raktárépület",
                "",
                "A hírt töröljük, mert a tűz nem ott ütött ki.",
                "",
            )
        )
    )
    assert item.headline == "TÖRLÉS: Leégett egy raktárépület"
    assert item.killed


def test_undeclared_latin_2_hungarian_keeps_its_double_acute_letters() -> None:
    text = (
        "Júniustól óránként közlekednek a személyvonatok Pécs és Szentlőrinc között, miután "
        "befejeződik a vonalszakasz felújítása. A társaság tájékoztatása szerint a menetidő 28 "
        "percről 21 percre csökken, a megállóhelyeken akadálymentes peronokat és új "
        "utastájékoztató rendszert alakítanak ki. A felújítás 14 milliárd forintba került, a "
        "munkálatokat uniós forrásból finanszírozták, a következő szakasz ősszel kezdődik."
    )
    data = ("Vonat\n\n" + text + "\n\n" + text + "\n").encode("iso8859_2")
    article = clean_document(parse_input(_raw(data))[0])
    assert "Szentlőrinc" in article.body_text and "befejeződik" in article.body_text


# -- agency copy at first sight: see-also lines, calls to follow the outlet, end marks --

OPENING = "PORT ALDER, March 12 (Harbour Wire) - The harbour office opened the new quay on Monday."
MIDDLE = "Fishing boats were the first to moor there, followed by a ferry from the islands."
LAST = "The mayor thanked the engineers and said the old quay would become a public park."


def _copy(*paragraphs: str) -> Article:
    text = "\n\n".join(["Harbour opens new quay", OPENING, *paragraphs]) + "\n"
    return _clean(text)


@pytest.mark.parametrize(
    "line",
    [
        "Nûçeyên têkildar: Li Kobanê festîvala şanoyê ya zarokan bi dawî bû",
        "Oxşar xəbərlər: Qaxda ipəkçilik üzrə yeni tut tinglikləri salınıb",
        "ये भी पढ़ें- वंदे भारत स्लीपर का पहला ट्रायल रन अगले महीने",
    ],
)
def test_a_label_and_another_storys_headline_between_paragraphs_goes(line: str) -> None:
    article = _copy(MIDDLE, line, LAST)
    assert line not in article.body_text and LAST in article.body_text
    assert any(f.rule == "labelled_headline" for f in article.removed)


@pytest.mark.parametrize(
    "line",
    [
        "Embargo: Was die neuen Sanktionen bedeuten",  # a crosshead: one word of topic
        "The minister said: the plan will be ready by June.",  # a sentence
        "Passengers by month: January – 97 thousand, February – 89 thousand",  # figures
        'The mayor told reporters: "We waited two years for this"',  # a quote
    ],
)
def test_a_labelled_story_line_stays(line: str) -> None:
    assert line in _copy(MIDDLE, line, LAST).body_text


def test_a_list_under_its_label_is_no_see_also_line() -> None:
    article = _copy("Defenders:\nJules Kounde\nWilliam Saliba\nDayot Upamecano", LAST)
    assert "William Saliba" in article.body_text


def _nitf(tagline: str) -> Article:
    nitf = f"""<nitf><head><title>Quay opens</title><docdata>
<doc.copyright year="2024" holder="Информационна агенция ПИК"/></docdata></head>
<body><body.head><hedline><hl1>Quay opens</hl1></hedline></body.head>
<body.content><p>{OPENING}</p><p>{MIDDLE}</p><p>{LAST}</p></body.content>
<body.end><tagline>{tagline}</tagline></body.end></body></nitf>"""
    return clean_document(parse_input(_raw(nitf.encode(), "file:///in/quay.xml"))[0])


def test_a_call_to_follow_the_outlet_by_its_name_closed_by_a_full_stop_goes() -> None:
    # the agency's initials in its rights holder's name ("Информационна агенция ПИК")
    assert _nitf("Последвайте ПИК и в Telegram.").body_text.endswith(LAST)
    said = "The minister told ПИК on Telegram."
    assert _nitf(said).body_text.endswith(said)


def test_the_outlets_additions_after_an_end_mark_go() -> None:
    article = _copy(
        MIDDLE,
        LAST,
        "ENDS",
        "Pictures available - contact the picture desk.",
        "Harbour Wire Newsdesk: 0131 000 4476 newsdesk@harbourwire.example",
    )
    assert article.body_text.endswith(LAST)
    # (the newsdesk's line may go by its own shape first: a phone and an address)
    assert "after_end_mark" in [f.rule for f in article.removed]


def test_a_headline_labelled_as_the_story_loses_its_label() -> None:
    text = f"STORY: Harbour opens new quay\n\n{OPENING}\n\n{MIDDLE}\n"
    assert _clean(text).title == "Harbour opens new quay"


@pytest.mark.parametrize("label", ["Reklaam", "ಜಾಹೀರಾತು", "==广告==", "ពាណិជ្ជកម្ម"])
def test_the_word_advertisement_alone_in_more_languages_is_an_ad_marker(label: str) -> None:
    found = match_line_rule(label)
    assert found is not None and found.name == "ad_marker"


# -- pages: credits, captions, leads and collapsed panels --


def _picture(figure: str, head: str = "") -> tuple[str | None, tuple[str, ...]]:
    prose = "<p>" + "The council met on Monday to discuss the harbour works. " * 6 + "</p>"
    html = f"<html><head>{head}</head><body><article>{prose}{figure}{prose}</article></body></html>"
    image = extract_html(html, "https://news.example.net/2024/06/01/quay").images[0]
    return image.caption, image.credits


def test_a_vocento_author_span_in_the_figcaption_is_the_credit() -> None:
    figure = (
        '<figure><img src="https://img.example.net/regata.jpg"><figcaption>'
        '<span class="v-mdl-fig__tx">La trainera en la ciaboga.</span> '
        '<span class="v-mdl-fig__ath">Iñigo Larrañaga</span></figcaption></figure>'
    )
    assert _picture(figure) == ("La trainera en la ciaboga.", ("Iñigo Larrañaga",))


def test_the_handouts_word_after_the_last_sentence_and_a_dash_is_its_credit() -> None:
    found = split_credits("Father Luc blesses the fleet on Sunday. - Contributed")
    assert found.credits == ("Contributed",)
    # a name there is a place, a team or a ship's as often (the review of session 27)
    for caption in (
        "Commuters wait on Monday morning. - Hong Kong",
        "A ferry leaves. - Harbour Queen",
    ):
        assert split_credits(caption).credits == ()


def test_a_quotes_attribution_after_a_dash_is_no_credit() -> None:
    assert split_credits("“We are ready.” - Jane Doe").credits == ()


@pytest.mark.parametrize(
    ("credit", "name"),
    [("Photo d'archives, Agence QMI", "Agence QMI"), ("Pic/Kiran Bhalerao", "Kiran Bhalerao")],
)
def test_an_archive_label_or_pic_slash_before_the_credit_is_no_part_of_it(
    credit: str, name: str
) -> None:
    assert split_credit_text(credit) == (name,)


def test_the_printed_caption_going_on_past_the_declared_one_is_read() -> None:
    url = "https://img.example.net/algae.jpg"
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "image": {"@type": '
        f'"ImageObject", "url": "{url}", "caption": "Algae at the shore in Ballyronan"}}}}'
        "</script>"
    )
    figure = (
        f'<figure><img src="{url}"><figcaption>Algae at the shore in Ballyronan, on Tuesday. '
        "Picture by Ciarán Devlin</figcaption></figure>"
    )
    assert _picture(figure, head) == (
        "Algae at the shore in Ballyronan, on Tuesday.",
        ("Ciarán Devlin",),
    )


def test_a_comment_thread_longer_than_the_story_goes_by_its_class_in_any_language() -> None:
    story = "".join(f"<p>{s}</p>" for s in (OPENING, MIDDLE, LAST))
    comment = "I have lived by this harbour all my life and never saw the quay this busy before. "
    thread = "".join(
        f"<div class='komentar'><div class='kom_text'>{comment * 3}</div></div>" for _ in range(6)
    )
    html = (
        f"<html><body><h1>Quay opens</h1><div class='clanak'>{story}</div>"
        f"<div class='komentari'><h3>KOMENTARI (6)</h3>{thread}</div></body></html>"
    )
    paragraphs = extract_html(html, "https://news.example.net/2024/06/01/quay").paragraphs
    assert paragraphs[-1] == LAST and not any("lived by this harbour" in p for p in paragraphs)
    # … and a wrapper of the story "with-comments" (it holds the headline) stays
    wrapped = (
        "<html><body><div class='article-with-comments'><h1>Quay opens</h1>"
        f"{story}</div></body></html>"
    )
    assert LAST in extract_html(wrapped, "https://news.example.net/2024/06/01/quay").paragraphs


def test_the_hidden_rest_of_a_japanese_story_behind_its_button_is_the_articles() -> None:
    # Japanese paragraphs of 60-70 characters are prose: a character of a dense script counts
    # twice against the prose length, as the net's other weights count it.
    shown = [
        "ＪＲ東日本は十八日、只見線の冬季臨時列車の利用者が延べ約四千二百人となったと発表した。",
        "前年度と比べて約一・三倍に増えた。交流サイトで雪景色の写真が広く拡散されたとみられる。",
        "臨時列車は土日祝日を中心に計二十四日間運行した。乗客が一斉に窓際に集まる姿が見られた。",
    ]
    hidden = [
        "沿線の金山町によると、期間中に町内の宿泊施設を利用した観光客は前年の約一・五倍だった。",
        "観光協会の担当者は「これだけ多くの人が来てくれたのは初めてだ」と話している。来年も続く。",
        "ＪＲ東日本は来年度も臨時列車を運行する方向で検討しており、車両の増結を進めるとしている。",
    ]
    html = (
        "<html><body><h1>雪見列車</h1><div class='news_body'>"
        + "".join(f"<p>{s}</p>" for s in shown)
        + "<div id='more' style='display:none'>"
        + "".join(f"<p>{s}</p>" for s in hidden)
        + "</div><p class='btn_more'><a onclick=\"show('more')\">続きを読む</a></p>"
        "</div></body></html>"
    )
    paragraphs = extract_html(html, "https://news.example.jp/2025/03/19/train").paragraphs
    assert paragraphs == [*shown, *hidden]


# -- e-mailed digests and releases (wire_w) --


def test_a_bulletin_of_stories_under_their_time_lines_and_a_bare_signature_splits() -> None:
    text = (
        "Harbour Wire\nNews feed, 07.09.2012 14:20\n\n\n"
        "07.09.2012 13:52\nFerries add evening sailings\n\n"
        "PORT ALDER, September 7 - The ferry company will add two evening sailings from"
        " October, its director said on Friday.\n\nTickets go on sale next week.\n\n\n"
        "07.09.2012 14:11\nStorm warning for the weekend\n\n"
        "PORT ALDER, September 7 - Forecasters warned of heavy rain and gusts on the coast"
        " over the weekend.\n\nResidents were asked to stay off the quays.\n\n\n"
        "--\nReprint only with a link to Harbour Wire.\nHarbour Wire, tel. 000-00-00\n"
    )
    mail = (
        "From: desk@harbourwire.example\nSubject: News feed\nDate: Fri, 07 Sep 2012 14:20:05"
        " +1100\nContent-Type: text/plain; charset=utf-8\n\n" + text
    ).encode()
    articles = [clean_document(d) for d in parse_input(_raw(mail, "file:///in/feed.eml"))]
    assert [a.title for a in articles] == [
        "Ferries add evening sailings",
        "Storm warning for the weekend",
    ]
    assert articles[-1].body_text.endswith("Residents were asked to stay off the quays.")


def test_a_contact_line_in_a_releases_head_does_not_take_the_story_with_it() -> None:
    story = [
        "Researchers collected hair samples from 112 dogs and their owners over two periods.",
        "Dogs with irregular walking times had cortisol levels 27 percent higher on average.",
        "The team now plans to test whether simple scheduling changes can lower the levels.",
    ]
    text = (
        "EMBARGOED FOR RELEASE: 14-Mar-2016 3:00 PM EDT\n\nDogs pick up owners' stress\n\n"
        "Contact: Media Relations, press@lakeshore.example, 555-0199\n\n"
        + "\n\n".join(story)
        + "\n\nAbout the Lakeshore College\n\nThe college trains veterinarians.\n"
    )
    article = _clean(text)
    assert all(s in article.body_text for s in story)
    assert "trains veterinarians" not in article.body_text
    assert article.release.embargoed_until == datetime(
        2016, 3, 14, 15, 0, tzinfo=timezone(timedelta(hours=-4))
    )


@pytest.mark.parametrize(
    ("caption", "credits"),
    [
        # a kind of picture as the label, then the picture described: no credit
        ("Symbolbild: Ein Fahrradpiktogramm auf einer Fahrradstraße.", ()),
        ("Symbolbild: picture alliance/dpa", ("picture alliance/dpa",)),
        # a party's letter in brackets before a short word in lower case is no copyright sign
        ("Kommunalrådet Johanna Erlandsson (C) på Järntorget.", ()),
        ("The quay at dawn. (c) Jane Doe", ("Jane Doe",)),
        # a short agency name alone after the caption's last full stop
        ("Representational image. ANI", ("ANI",)),
        ("The car is an Audi TT", ()),
    ],
)
def test_session_27_caption_tails(caption: str, credits: tuple[str, ...]) -> None:
    assert split_credits(caption).credits == credits


def test_a_figures_data_credit_attribute_is_the_pictures_credit() -> None:
    figure = (
        '<figure data-credit="Rui Tavares Gomes"><img src="https://img.example.net/sines.jpg">'
        "<figcaption>O terminal de contentores de Sines.</figcaption></figure>"
    )
    assert _picture(figure) == ("O terminal de contentores de Sines.", ("Rui Tavares Gomes",))


def test_a_page_printing_the_beginning_of_its_state_article_is_read_whole() -> None:
    # Arc XP Fusion with partial server rendering: three paragraphs printed, all in the state
    paragraphs = [
        "The city confirmed that the new cable car will open in December, three months late.",
        "The line is 2.8 kilometres long and links four stations on the hills with the portal.",
        "The operator said the journey that takes an hour by bus today will take 13 minutes.",
        "The delay came from work on the anchors of two towers on a very steep slope, she said.",
        "The fare will be the same as on the buses, with free transfers to the trunk lines.",
    ]
    state = json.dumps(
        {
            "globalContent": {
                "content_elements": [{"type": "text", "content": f"<p>{p}</p>"} for p in paragraphs]
            }
        }
    )
    printed = "".join(f"<p>{p}</p>" for p in paragraphs[:3])
    html = (
        "<html><body><h1>Cable car opens in December</h1>"
        f"<article><div class='body'>{printed}</div></article>"
        f"<script>Fusion.globalContent={state};</script></body></html>"
    )
    assert extract_html(html, "https://news.example.net/2024/06/01/cable").paragraphs == paragraphs


def test_a_bulletin_ruled_by_two_marks_in_turn_with_datelines_in_capitals_splits() -> None:
    # no time line, no tag in brackets: the place in capitals and the day open each story
    story = (
        "{head}\n\n{place}, 14 Sept. HARBOUR WIRE. The council approved the plan on Wednesday"
        " after a long debate.\n\nWork starts next month, the mayor said.\n\n"
    )
    text = (
        "HARBOUR WIRE\nDaily bulletin\n\n/\\/\\/\\/\\/\\/\\/\\/\\\n\n"
        + story.format(head="NEW BRIDGE FOR THE OLD TOWN", place="PORT ALDER")
        + "/\\/\\/\\/\\/\\/\\/\\/\\\n\n"
        + story.format(head="FERRY FARES FROZEN UNTIL MAY\n\nBy Staff Reporter", place="ИРКУТСК")
    )
    stories, _ = digest_parts(text) or ([], [])
    assert [s.splitlines()[0] for s in stories] == [
        "NEW BRIDGE FOR THE OLD TOWN",
        "FERRY FARES FROZEN UNTIL MAY",
    ]


def test_a_slips_fields_between_labelled_headline_and_body_are_its_header() -> None:
    copy = (
        "■タイトル\n新しいストローを導入\n\n■配信日時\n2012/01/24 14:00\n\n"
        "■配信企業\n株式会社ノース\n\n"
        "■本文\n\n株式会社ノースは、新しいストローを開発した。\n\n今後は全国で販売する予定です。\n"
    )
    article = clean_document(parse_document(_raw(copy.encode())))
    assert article.title == "新しいストローを導入"
    assert article.body_text.startswith("株式会社ノースは、新しいストローを開発した。")
