"""Mends from the wire_t probe set (session 26): each convention beside the case it must not
change. Inputs are invented here, not copied from the probe files."""

from __future__ import annotations

import hashlib
import json

from wirecopy.schemas.records import RawDocument
from wirecopy.tasks.clean import clean_document
from wirecopy.tasks.formats.bylines import authors_from_byline, with_listed_names
from wirecopy.tasks.formats.digest import digest_parts
from wirecopy.tasks.formats.markdown import parse_markdown
from wirecopy.tasks.formats.text import labelled_copy, parse_text, text_blocks
from wirecopy.tasks.formats.wire import parse_wire
from wirecopy.tasks.parse import parse_input


def _raw(data: bytes, uri: str = "file:///in/copy.txt") -> RawDocument:
    return RawDocument(uri, data, hashlib.sha256(data).hexdigest(), len(data))


# -- byline names as the item's list of people spells them (ninjs people, G2 creators) --


def test_byline_name_cut_to_the_listed_person() -> None:
    assert with_listed_names(("Na Halima Said",), ["Halima Said"]) == ("Halima Said",)
    assert with_listed_names(("Marco Tani - Roma",), ["Marco Tani"]) == ("Marco Tani",)


def test_byline_name_not_listed_is_kept() -> None:
    assert with_listed_names(("Jane Doe",), ["John Smith"]) == ("Jane Doe",)
    # a one-word listed name is no name to cut a byline to
    assert with_listed_names(("Anna Berg Olsen",), ["Anna"]) == ("Anna Berg Olsen",)


def test_ninjs_by_with_people_entry() -> None:
    doc = {
        "uri": "urn:x:1",
        "type": "text",
        "headlines": [{"role": "main", "value": "Bei ya mahindi yashuka"}],
        "bodies": [{"role": "main", "contentType": "text/html", "value": "<p>Bei imeshuka.</p>"}],
        "by": "Na Halima Said",
        "people": [{"name": "Halima Said", "rel": "author"}],
    }
    item = parse_wire(json.dumps(doc).encode()).items[0]  # type: ignore[union-attr]
    assert item.authors == ("Halima Said",)
    del doc["people"]  # without the list, the field's byline is read as before
    item = parse_wire(json.dumps(doc).encode()).items[0]  # type: ignore[union-attr]
    assert item.authors == ("Na Halima Said",)


def _g2(by: str, creator: str) -> bytes:
    return f"""<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:2">
<itemMeta><itemClass qcode="ninat:text"/></itemMeta>
<contentMeta><creator role="crol:author"><name>{creator}</name></creator><by>{by}</by>
<headline>Nuovo orario dei musei</headline></contentMeta>
<contentSet><inlineXML contenttype="application/nitf+xml"><nitf><body><body.content>
<p>I musei aprono alle nove.</p></body.content></body></nitf></inlineXML></contentSet>
</newsItem>""".encode()


def test_g2_by_line_with_place_takes_creator_name() -> None:
    item = parse_wire(_g2("Marco Tani - Roma", "Marco Tani")).items[0]  # type: ignore[union-attr]
    assert item.authors == ("Marco Tani",)


def test_g2_by_line_of_other_writer_unchanged() -> None:
    item = parse_wire(_g2("Giulia Rossi", "Marco Tani")).items[0]  # type: ignore[union-attr]
    assert item.authors == ("Giulia Rossi",)


def test_staff_correspondent_byline_is_no_author() -> None:
    assert authors_from_byline("സ്വന്തം ലേഖകൻ") == ()
    assert authors_from_byline("विशेष संवाददाता") == ()
    # a named writer beside the title stays
    assert authors_from_byline("രാജേഷ് കുമാർ, സ്വന്തം ലേഖകൻ") == ("രാജേഷ് കുമാർ",)
    assert authors_from_byline("ജി. രമേശൻ") == ("ജി. രമേശൻ",)


# -- feeds: an item's creator that is the feed's publisher --


def _rdf(creator: str, publisher: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel rdf:about="https://paper.example/rss"><title>Paper news</title>
<link>https://paper.example/</link><description>x</description>
<dc:publisher>{publisher}</dc:publisher></channel>
<item rdf:about="https://paper.example/a/1"><title>Harbour opens</title>
<link>https://paper.example/a/1</link><dc:creator>{creator}</dc:creator>
<content:encoded><![CDATA[<p>The harbour opened on Monday after two years of work on it.</p>
<p>Ships will call from May.</p>]]></content:encoded></item>
</rdf:RDF>""".encode()


def test_feed_creator_naming_its_publisher_is_no_author() -> None:
    wf = parse_wire(_rdf("北方新聞", "北方新聞社"))
    assert wf is not None and wf.items[0].authors == ()
    wf = parse_wire(_rdf("Harbour Courier", "Harbour Courier Ltd"))
    assert wf is not None and wf.items[0].authors == ()


def test_feed_creator_who_is_a_writer_is_kept() -> None:
    wf = parse_wire(_rdf("Jane Doe", "Harbour Courier Ltd"))
    assert wf is not None and wf.items[0].authors == ("Jane Doe",)


# -- NITF: the pubdata date that only repeats the embargo, or gives a day alone --


def _nitf(status: str, issue: str, release: str | None, publication: str) -> bytes:
    rel = f'<date.release norm="{release}"/>' if release else ""
    return f"""<nitf><head><docdata management-status="{status}">
<date.issue norm="{issue}"/>{rel}</docdata>
<pubdata type="web" date.publication="{publication}"/></head>
<body><body.head><hedline><hl1>Port traffic rises</hl1></hedline></body.head>
<body.content><p>Traffic rose.</p></body.content></body></nitf>""".encode()


def test_nitf_publication_repeating_embargo_gives_issue_time() -> None:
    wf = parse_wire(
        _nitf("embargoed", "20240301T084000-0600", "20240301T100000-0600", "20240301T100000-0600")
    )
    item = wf.items[0]  # type: ignore[union-attr]
    assert item.published_at is not None and item.published_at.isoformat() == (
        "2024-03-01T08:40:00-06:00"
    )
    assert item.embargoed_until is not None


def test_nitf_day_only_publication_gives_issue_time() -> None:
    wf = parse_wire(_nitf("usable", "20240301T053000+0800", None, "20240301"))
    item = wf.items[0]  # type: ignore[union-attr]
    assert item.published_at is not None and item.published_at.isoformat() == (
        "2024-03-01T05:30:00+08:00"
    )


def test_nitf_own_publication_time_kept() -> None:
    wf = parse_wire(_nitf("usable", "20240301T084000+0100", None, "20240301T091500+0100"))
    item = wf.items[0]  # type: ignore[union-attr]
    assert item.published_at is not None and item.published_at.isoformat() == (
        "2024-03-01T09:15:00+01:00"
    )


# -- plain text: ideographic-space indents, labelled headline and body --


def test_ideographic_indent_starts_paragraphs() -> None:
    text = "　港の工事が終わった。\n　船は五月から来る。\n（田中一郎）\n"
    assert [b.text for b in text_blocks(text)] == [
        "港の工事が終わった。",
        "船は五月から来る。",
        "（田中一郎）",
    ]


def test_unindented_lines_stay_one_block() -> None:
    text = "港の工事が\n終わった。\n"
    assert [b.text for b in text_blocks(text)] == ["港の工事が\n終わった。"]
    # one indented line alone (a wrapped paragraph's first) cuts nothing
    text = "　港の工事が\n終わった。\n"
    assert [b.text for b in text_blocks(text)] == ["港の工事が\n終わった。"]


def test_labelled_headline_and_body() -> None:
    text = (
        "北方新聞　配信\n番号：123\n\n【見出し】\n港の工事が完了　五月に開港\n\n"
        "【本文】\n　港の工事が終わった。\n　船は五月から来る。\n"
    )
    found = labelled_copy(text)
    assert found is not None
    headline, _body, header = found
    assert headline == "港の工事が完了　五月に開港"
    assert header == ["北方新聞　配信\n番号：123"]
    doc = parse_text(_raw(text.encode()), text)
    assert doc.metadata["title"] == headline
    assert [b.text for b in doc.blocks] == ["港の工事が終わった。", "船は五月から来る。"]


def test_label_words_without_body_label_change_nothing() -> None:
    text = "【見出し】について\n\n本日の会議では見出しの付け方を話し合った。\n"
    assert labelled_copy(text) is None
    assert parse_text(_raw(text.encode()), text).metadata == {}


# -- digests: a bulletin numbering its stories, no times --

_NUMBERED = (
    "Harbour Radio newsletter\nIssue 12\n==========\n\n"
    "1. Ferry fares rise in May\n\n"
    "The ferry company will raise its fares by five percent from the first of May.\n\n"
    "----------\n\n"
    "2. New quay opens on Monday\n\n"
    "The harbour office opened the new quay on Monday after two years of work.\n\n"
    "----------\nTo unsubscribe, reply with STOP.\n"
)


def test_numbered_bulletin_is_a_digest() -> None:
    parts = digest_parts(_NUMBERED)
    assert parts is not None
    stories, rest = parts
    assert [s.splitlines()[0] for s in stories] == [
        "Ferry fares rise in May",
        "New quay opens on Monday",
    ]
    assert rest == ["Harbour Radio newsletter\nIssue 12", "To unsubscribe, reply with STOP."]
    docs = parse_input(_raw(_NUMBERED.encode()))
    assert [clean_document(d).title for d in docs] == [
        "Ferry fares rise in May",
        "New quay opens on Monday",
    ]


def test_numbered_points_out_of_order_or_sentences_are_no_digest() -> None:
    # numbered 2, 3: not a bulletin's run from 1
    assert digest_parts(_NUMBERED.replace("1. Ferry", "3. Ferry")) is None
    # a list's sentences, not headlines over prose
    text = (
        "1. The company will raise its fares by five percent from the first of May.\n"
        "==========\n"
        "2. The harbour office opened the new quay on Monday after two years of work.\n"
    )
    assert digest_parts(text) is None


# -- Markdown: the post's day from its file name; container fences --


def test_markdown_day_from_file_name() -> None:
    text = "---\ntitle: Survey results\n---\n\nWe asked our users what they want next.\n"
    raw = _raw(text.encode(), "file:///blog/2024-03-05-survey-results.md")
    assert parse_markdown(raw, text).metadata["date"] == "2024-03-05"


def test_markdown_front_matter_date_wins_over_file_name() -> None:
    text = "---\ntitle: Survey\ndate: 2024-03-07T10:00:00Z\n---\n\nWe asked our users.\n"
    raw = _raw(text.encode(), "file:///blog/2024-03-05-survey-results.md")
    assert parse_markdown(raw, text).metadata["date"] != "2024-03-05"
    raw = _raw(text.encode(), "file:///blog/survey-results.md")
    assert "date" in parse_markdown(raw, text).metadata


def test_markdown_container_fences_are_no_text() -> None:
    text = "Intro line.\n\n:::info\n\nBuilds get faster.\n\n:::\n\nClosing line.\n"
    raw = _raw(text.encode(), "file:///blog/post.md")
    assert [b.text for b in parse_markdown(raw, text).blocks] == [
        "Intro line.",
        "Builds get faster.",
        "Closing line.",
    ]
    # a line opening with colons in prose stays
    text = "Intro line.\n\n::: is how a container opens: three colons.\n"
    assert len(parse_markdown(raw, text).blocks) == 2
