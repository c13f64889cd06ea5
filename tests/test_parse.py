"""Parse stage: format by content, encodings, bad input as rejects, and any bytes → one record."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests._helpers_pure import clean, fixture_doc, parse, raw_doc, removed_as_tuples
from wirecopy.schemas.records import RawDocument
from wirecopy.tasks.clean import clean_batch
from wirecopy.tasks.parse import ParseError, decode_text, parse_batch, parse_document

# --- format detection: by content, never by file extension -------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("fm-markdown-in.txt", "markdown"),  # front matter in a .txt file
        ("plain-markdown.txt", "markdown"),  # Markdown syntax, no front matter
        ("page-doctype.txt", "html"),  # <!DOCTYPE html>
        ("page-bare.txt", "html"),  # <html> first
        ("page-comment.md", "html"),  # a leading comment, then <html>, in a .md file
        ("agency-copy.md", "text"),  # plain agency copy in a .md file
        ("agency-cp1252.txt", "text"),
    ],
)
def test_format_is_detected_from_content(name: str, expected: str) -> None:
    assert parse_document(fixture_doc(name)).format == expected


def test_front_matter_markdown_in_txt_file_reads_metadata() -> None:
    doc = parse_document(fixture_doc("fm-markdown-in.txt"))
    assert doc.metadata["category"] == "City"
    assert doc.metadata["priority"] == 3
    assert not any(b.text.startswith("---") or "origin_url" in b.text for b in doc.blocks)


def test_markdown_without_front_matter_renders_blocks() -> None:
    doc = parse(
        "## Harbour Lights Festival Returns\n\nIt opens with a [parade](https://x.example/p).\n"
    )
    assert doc.format == "markdown"
    assert doc.metadata == {}
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Harbour Lights Festival Returns"),
        ("para", "It opens with a parade."),
    ]


def test_html_page_title_and_paragraphs() -> None:
    article = clean(fixture_doc("page-doctype.txt").data, "file:///wire/in/page-doctype.txt")
    assert article.title == "Tram Line Opens To Riders"
    assert article.body_text.startswith("The new tram line through the old town opened")
    assert "<p>" not in article.body_text


def test_plain_text_is_not_mistaken_for_markdown_or_html() -> None:
    doc = parse("Weather\n\nRain Expected Over Weekend\n\nForecasters said 3 < 4 on Friday.\n")
    assert doc.format == "text"


# --- encodings --------------------------------------------------------------------------------

_STORY = (
    "City\n\nMayor\u2019s \u201cBold\u201d Plan For Caf\u00e9s\n\n"
    "The mayor\u2019s office called the caf\u00e9 plan \u201cready to go\u201d on Monday.\n"
)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(_STORY.encode("utf-8"), id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + _STORY.encode("utf-8"), id="utf-8-bom"),
        pytest.param(_STORY.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
        pytest.param(b"\xef\xbb\xbf" + _STORY.replace("\n", "\r\n").encode(), id="bom-crlf"),
        pytest.param(_STORY.encode("cp1252"), id="cp1252"),
        pytest.param(_STORY.replace("\n", "\r\n").encode("cp1252"), id="cp1252-crlf"),
    ],
)
def test_encodings_decode_to_the_same_words(data: bytes) -> None:
    article = clean(data)
    assert article.title == "Mayor’s “Bold” Plan For Cafés"
    assert article.body_text == "The mayor’s office called the café plan “ready to go” on Monday."
    assert article.category == "city"
    assert "\r" not in article.body_text
    assert "\ufeff" not in (article.title or "") + article.body_text


def test_cp1252_fixture_file_curly_quotes() -> None:
    data = fixture_doc("agency-cp1252.txt").data
    assert b"\x92" in data and b"\x93" in data and b"\x94" in data
    article = clean(data)
    assert "mayor’s" in article.body_text
    assert "“ready to go”" in article.body_text


def test_decode_text_maps_cp1252_punctuation_bytes() -> None:
    assert decode_text(b"It\x92s \x93fine\x94 \x96 caf\xe9") == "It’s “fine” – café"


def test_decode_text_cp1252_with_one_undefined_byte_keeps_curly_quotes() -> None:
    # cp1252 leaves 0x81 undefined; decode_text says such bytes stay latin-1 while the
    # rest of the file is still read as cp1252, so the quotes must not turn into C1 controls.
    text = decode_text(b"The mayor\x92s \x93bold\x94 plan\x81 for caf\xe9s.")
    assert "mayor’s “bold” plan" in text
    assert "\x92" not in text and "\x93" not in text


def test_bom_in_front_matter_file_still_reads_front_matter() -> None:
    data = b"\xef\xbb\xbf---\r\ntitle: Quay Works\r\n---\r\n\r\nWork on the quay starts soon.\r\n"
    doc = parse(data)
    assert doc.format == "markdown"
    assert doc.title == "Quay Works"
    assert [b.text for b in doc.blocks] == ["Work on the quay starts soon."]


def test_toml_front_matter_is_read_as_hugo_writes_it() -> None:
    data = (
        b'+++\ntitle = "Quay Works"\ndate = 2024-06-04T08:30:00-04:00\nlanguage = "en"\n+++\n'
        b"\nWork starts.\n"
    )
    doc = parse(data)
    assert doc.format == "markdown"
    assert doc.title == "Quay Works"
    assert doc.metadata["date"] == "2024-06-04T08:30:00-04:00"
    assert [b.text for b in doc.blocks] == ["Work starts."]


def test_a_zola_pages_extra_table_gives_its_writer_and_picture() -> None:
    # Zola keeps a theme's fields under [extra]: the writer and the header picture with its
    # caption ("image_subtitle"); a field of the same name at the top wins.
    data = (
        b'+++\ntitle = "Jam Results"\ndate = 2025-03-04\n[extra]\nauthor = "Maren Solvik"\n'
        b'image = "jam_winner.png"\nimage_subtitle = "The winning entry"\ntitle = "Other"\n+++\n'
        b"\nThe jam has come to an end, and what a jam it was.\n"
    )
    assert parse(data).title == "Jam Results"
    article = clean(data)
    assert article.authors == ["Maren Solvik"]
    assert [(c.image_url, c.caption_text) for c in article.captions] == [
        ("jam_winner.png", "The winning entry")
    ]


def test_metadata_lines_opening_markdown_are_read_as_pelican_writes_them() -> None:
    data = (
        "Title: Quay Works Start\nDate: 2024-06-04 08:30\nAuthor: Ana Lima\nLang: pt-BR\n"
        "Tags: port,\n    works\n\nWork on the quay starts soon.\n"
    )
    doc = parse(data)
    assert doc.format == "markdown"
    assert doc.title == "Quay Works Start"
    assert doc.metadata["tags"] == "port, works"  # an indented line goes on with the value
    assert [b.text for b in doc.blocks] == ["Work on the quay starts soon."]
    article = clean(data)
    assert article.authors == ["Ana Lima"]
    assert article.language == "pt-BR"
    # A key and a value without a title, or lines of copy, open no metadata.
    assert parse("Venue: Spa\nTime: 14:00\n\nThe race starts.\n").format == "text"
    assert parse("Title: Flood warning\nRivers rise in the north.\n").format == "text"


def test_a_time_without_offset_takes_the_zone_the_front_matter_declares() -> None:
    data = "---\ndate: 2024-06-11T07:42:00\ntimezone: Pacific/Auckland\n---\n\nFerries stop.\n"
    assert parse(data).metadata["date"] == "2024-06-11T07:42:00+12:00"
    for zone in ("Nowhere/Atlantis", "Europe", "x" * 300):
        assert parse(data.replace("Pacific/Auckland", zone)).metadata["date"] == (
            "2024-06-11T07:42:00"
        )
    both = data.replace("date:", "updated_at: 2024-06-11T08:00:00\ndate:")
    assert parse(both).metadata["updated_at"] == "2024-06-11T08:00:00+12:00"
    day = data.replace("2024-06-11T07:42:00", "2024-06-11")
    assert parse(day).metadata["date"] == "2024-06-11"


def test_plain_copy_opening_with_a_plus_rule_is_no_toml() -> None:
    data = (
        "+++\nLiveticker: Krieg in der Ukraine\n+++\n\nKIEW (dpa) - Die Lage bleibt angespannt.\n"
    )
    doc = parse(data)
    assert doc.metadata == {}
    assert "KIEW (dpa) - Die Lage bleibt angespannt." in [b.text for b in doc.blocks]


# --- bad input: ParseError with a clear reason ------------------------------------------------

BAD_INPUTS: list[tuple[str, bytes, str]] = [
    (
        "invalid-yaml",
        b"---\ntitle: ok\n  bad: : indent\n---\n\nBody text.\n",
        "invalid YAML front matter",
    ),
    (
        "unclosed-yaml",
        b'---\ntitle: "Unclosed\ncode: [1, 2\n---\n\nBody.\n',
        "invalid YAML front matter",
    ),
    (
        "png",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06",
        "binary file, not text",
    ),
    ("nul-bytes", b"Harbour copy\x00\x00\x00 with NULs inside", "binary file, not text"),
    ("control-bytes", bytes(range(1, 9)) * 20 + b"some words", "binary file, not text"),
    ("empty", b"", "empty file"),
    ("whitespace-only", b"  \n\t\r\n   \n", "empty file"),
    (
        "front-matter-no-body",
        b"---\ntitle: Only metadata\ncode: X1\n---\n",
        "front matter has no body",
    ),
    (
        "front-matter-blank-body",
        b"---\ntitle: Only metadata\n---\n\n   \n\n",
        "front matter has no body",
    ),
]


@pytest.mark.parametrize(("data", "reason"), [pytest.param(d, r, id=i) for i, d, r in BAD_INPUTS])
def test_bad_input_raises_parse_error_with_reason(data: bytes, reason: str) -> None:
    with pytest.raises(ParseError) as info:
        parse(data)
    assert info.value.reason == reason
    assert str(info.value) == reason


def test_invalid_yaml_detail_names_the_file_line() -> None:
    # Line 3 of the file is "  bad: : indent", where the second colon is the problem.
    with pytest.raises(ParseError) as info:
        parse(b"---\ntitle: ok\n  bad: : indent\n---\n\nBody text.\n")
    assert "line 3" in info.value.detail
    assert "mapping values are not allowed" in info.value.detail


def test_front_matter_that_is_not_a_mapping_is_rejected() -> None:
    # A YAML list as front matter carries no fields; dropping it silently would lose metadata.
    with pytest.raises(ParseError) as info:
        parse(b"---\n- harbour\n- ferry\n---\n\nThe ferry runs late.\n")
    assert info.value.reason == "invalid YAML front matter"
    assert "not a mapping" in info.value.detail


def test_front_matter_no_body_detail_lists_keys() -> None:
    with pytest.raises(ParseError) as info:
        parse(b"---\ntitle: Only metadata\ncode: X1\n---\n")
    assert info.value.detail == "keys: code, title"


def test_parse_batch_turns_each_bad_input_into_a_reject() -> None:
    docs = [raw_doc(d, f"file:///wire/in/{i}.txt") for i, d, _ in BAD_INPUTS]
    good = raw_doc("Quay\n\nWork on the quay starts on Monday.\n", "file:///wire/in/good.txt")
    result = parse_batch([*docs, good])
    assert [d.source_uri for d in result.items] == ["file:///wire/in/good.txt"]
    assert [(r.source_uri, r.stage, r.reason) for r in result.rejects] == [
        (f"file:///wire/in/{i}.txt", "parse", reason) for i, _, reason in BAD_INPUTS
    ]
    assert "line 3" in result.rejects[0].detail


# --- property: any bytes in → exactly one article or one reject out ---------------------------

_FRAGMENTS = [
    b"---\n",
    b"title: Quay\n",
    b"code: [1\n",
    b"\n\n",
    b"# ",
    b"#\n",
    b"![Crowd (Photo: AP)](https://img.example/a.jpg)\n",
    b"(Photo: Reuters)",
    b"(Bloomberg) -- ",
    b"LONDON (Reuters) - ",
    b"Published: ",
    b"November 20, 2024\n",
    b"ADVERTISEMENT\n",
    b"<html>",
    b"<!DOCTYPE html><p>",
    b"<!-- c -->",
    b"The council voted on Monday. ",
    b"\x92\x93\x94",
    b"\xef\xbb\xbf",
    b"\r\n",
    b"\x00",
    b"\xff\xfe",
    b"*",
    b"_",
    b"[",
    b"](",
    b"> ",
    b"- ",
    b"\xc3\xa9",
]
_ANY_BYTES = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.lists(st.sampled_from(_FRAGMENTS), max_size=40).map(b"".join),
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.lists(_ANY_BYTES, min_size=1, max_size=3))
def test_any_bytes_give_one_article_or_one_reject(payloads: list[bytes]) -> None:
    docs = [raw_doc(p, f"file:///fuzz/{i}.txt") for i, p in enumerate(payloads)]
    parsed = parse_batch(docs)
    assert len(parsed.items) + len(parsed.rejects) == len(docs)
    assert all(r.stage == "parse" and r.reason for r in parsed.rejects)
    cleaned = clean_batch(parsed.items)
    assert len(cleaned.items) + len(cleaned.rejects) == len(parsed.items)
    assert all(r.stage == "clean" and r.reason for r in cleaned.rejects)
    outcomes = [a.source_uri for a in cleaned.items]
    outcomes += [r.source_uri for r in parsed.rejects + cleaned.rejects]
    assert sorted(outcomes) == sorted(d.source_uri for d in docs)
    # The catch-all in the batch functions is a safety net, not a reason: no parser/rule bugs.
    unexpected = [r for r in parsed.rejects + cleaned.rejects if r.reason.startswith("unexpected")]
    assert unexpected == []


def test_parse_batch_never_raises_on_a_parser_bug() -> None:
    # str data instead of bytes makes decode_text fail with a TypeError: a reject, not a crash.
    broken = RawDocument("file:///wire/in/broken.txt", "not bytes", "0" * 64, 9)  # type: ignore[arg-type]
    result = parse_batch([broken])
    assert result.items == []
    assert [(r.stage, r.reason) for r in result.rejects] == [("parse", "unexpected parse error")]


def test_inline_html_and_entities_in_markdown_render_to_text() -> None:
    from wirecopy.tasks.formats.markdown import render_inline_markdown

    text = "Tom &amp; Jerry <em>met</em> at [the park](https://x.example) on **Monday**, 3 < 4"
    assert render_inline_markdown(text) == "Tom & Jerry met at the park on Monday, 3 < 4"


@pytest.mark.parametrize(
    ("markup", "url", "caption", "credits"),
    [
        (  # Hugo's figure shortcode: the credit in its own argument
            '{{< figure src="/img/youth.jpg" caption="Delegates plant seedlings." '
            'attr="LWF/Tomas Ndeshi" >}}',
            "/img/youth.jpg",
            "Delegates plant seedlings.",
            ("LWF/Tomas Ndeshi",),
        ),
        (  # Jekyll's include, a theme's argument names
            '{% include figure image_path="/assets/quay.png" alt="Quay" caption=\'The quay.\' '
            "credit='Photo: Jo Bloggs' %}",
            "/assets/quay.png",
            "The quay.",
            ("Jo Bloggs",),
        ),
        (  # WordPress's caption shortcode: the caption after the picture, credit in it
            '[caption id="attachment_7" width="640"]<img src="https://x.example/a.jpg" '
            'alt="Mayor" /> The mayor speaks. (Photo: Bob Smith/Herald)[/caption]',
            "https://x.example/a.jpg",
            "The mayor speaks.",
            ("Bob Smith/Herald",),
        ),
        (  # Eleventy's shortcode: its arguments in order, the credit after its sign
            '{% figure "/img/quay.jpg", "The quay at dawn.", "© Harbour Board / Jo Bloggs" %}',
            "/img/quay.jpg",
            "The quay at dawn.",
            ("Harbour Board / Jo Bloggs",),
        ),
        (  # Nuxt Content's block component, its props in YAML under names of any language
            "::picha-habari\n---\nsrc: /images/quay.jpg\nmaelezo: Mafundi wakifunga taa za "
            "barabarani.\nmpigaPicha: 'Picha: TBC/Joseph Mwakalinga'\n---\n::",
            "/images/quay.jpg",
            "Mafundi wakifunga taa za barabarani.",
            ("TBC/Joseph Mwakalinga",),
        ),
        (  # … or inline, under known names
            '::figure{src="/img/dock.png" caption="The dock." credit="Ann Lee"}\n::',
            "/img/dock.png",
            "The dock.",
            ("Ann Lee",),
        ),
        (  # raw HTML: the credit element in the figcaption
            '<figure><img src="z.jpg" alt="Dock"><figcaption>The dock at dawn. '
            '<span class="credit">Ann Lee/AP</span></figcaption></figure>',
            "z.jpg",
            "The dock at dawn.",
            ("Ann Lee/AP",),
        ),
    ],
)
def test_figure_markup_in_markdown_is_a_picture_with_caption_and_credit(
    markup: str, url: str, caption: str, credits: tuple[str, ...]
) -> None:
    article = clean(f"---\ntitle: Quay works\n---\n\nWork starts.\n\n{markup}\n\nIt ends in May.\n")
    assert article.body_text == "Work starts.\n\nIt ends in May."
    (found,) = article.captions
    assert (found.image_url, found.caption_text, found.credits) == (url, caption, credits)


def test_template_tags_alone_on_a_line_are_markup_and_inline_ones_text() -> None:
    body = (
        '{{< youtube w7Ft2ymGmfc >}}\n\n[gallery ids="4,5"]\n\n{% raw %}\n\n'
        'The route is on {{< ref "map" >}} page two.\n\n{{< notice >}}\nFerries stop.\n'
        "{{< /notice >}}\n"
    )
    doc = parse(f"---\ntitle: Quay\n---\n\n{body}")
    assert [b.text for b in doc.blocks] == [
        'The route is on {{< ref "map" >}} page two.',
        "Ferries stop.",
    ]


def test_nuxt_content_components_are_markup_and_a_callouts_slot_its_text() -> None:
    body = "::mwisho-wa-habari\n::\n\n::alert\nFerries stop at six.\n::\n\nWork starts.\n"
    doc = parse(f"---\ntitle: Quay\n---\n\n{body}")
    assert [b.text for b in doc.blocks] == ["Ferries stop at six.", "Work starts."]


def test_the_front_matters_writer_printed_over_the_story_is_no_paragraph() -> None:
    # "Na" is Swahili's "by": a word for it in any language before the named writer.
    text = (
        "---\ntitle: Taa za barabarani\nauthor:\n  name: Neema Mollel\nlocale: sw\n---\n\n"
        "**Na Neema Mollel, Dodoma**\n\nHalmashauri ya Jiji la Dodoma imezindua mradi.\n"
    )
    article = clean(text)
    assert article.body_text == "Halmashauri ya Jiji la Dodoma imezindua mradi."
    assert article.authors == ["Neema Mollel"]
    assert article.language == "sw"
    # A sentence opening with another name is the story's.
    said = "Juma Ali, mkazi wa Dodoma, alisema mradi ni mzuri."
    other = clean(text.replace("**Na Neema Mollel, Dodoma**", said))
    assert other.body_text.startswith(said)


def test_a_desks_sign_off_closing_markdown_goes_and_an_outlet_note_stays() -> None:
    # A site generator's Markdown carries copy signed by a desk ("LWF/OCS"); notes to the
    # reader stay as on a publisher's page (agency copy's rules read those).
    note = "For the latest news, visit our website."
    article = clean(f"---\ntitle: Quay\n---\n\nWork starts.\n\n{note}\n\n*LWF/OCS*\n")
    assert article.body_text == f"Work starts.\n\n{note}"
    assert ("promo", "sign_off", "LWF/OCS") in removed_as_tuples(article)


def test_site_generators_front_matter_keys_are_read_in_any_case() -> None:
    # Astro's "pubDate", "updatedDate", "heroImage" with its caption and credit beside it.
    text = (
        "---\ntitle: Measles in Darfur\npubDate: 2024-03-12T11:00:00+01:00\n"
        "updatedDate: 2024-03-12T15:20:00+01:00\nheroImage: ../assets/zalingei.jpg\n"
        "heroImageCaption: A nurse vaccinates a child.\nheroImageCredit: 'Photo: A. Abdallah/MSF'\n"
        "---\n\nTeams have treated more than 2,300 children since January.\n"
    )
    article = clean(text)
    assert article.published_at is not None and article.published_at.isoformat() == (
        "2024-03-12T10:00:00+00:00"
    )
    assert article.modified_at is not None and article.modified_at.hour == 14
    (caption,) = article.captions
    assert (caption.image_url, caption.caption_text, caption.credits) == (
        "../assets/zalingei.jpg",
        "A nurse vaccinates a child.",
        ("A. Abdallah/MSF",),
    )


def test_a_markdown_releases_break_and_contact_section_are_no_text() -> None:
    # A thematic break ("---") is no paragraph; a release's contact section closes the copy.
    text = (
        '+++\ntitle = "Rate held"\n+++\n\nThe committee held the policy rate at 4.5 percent.\n\n'
        "Inflation is above target.\n\nThe next decision is published on 3 May.\n\n---\n\n"
        "**Media contacts:**  \nPress office, telephone 22 31 60 00\n"
    )
    article = clean(text)
    assert article.body_text.endswith("The next decision is published on 3 May.")
    assert "release_trailer" in {f.rule for f in article.removed}
    assert [b.text for b in parse(text).blocks][-2:] == [
        "The next decision is published on 3 May.",
        "Media contacts: Press office, telephone 22 31 60 00",
    ]


def test_text_between_two_figures_and_a_notes_text_are_kept() -> None:
    body = (
        '<figure><img src="https://x.org/a.jpg"><figcaption>The bridge before</figcaption>'
        "</figure>\nNo one was hurt in the collapse, the fire brigade said.\n"
        '<figure><img src="https://x.org/b.jpg"><figcaption>The bridge after</figcaption>'
        "</figure>\n\n"
        '{% include note.html content="The council opened a temporary footbridge downstream." %}\n'
    )
    article = clean(f"---\ntitle: Bridge\n---\n\n{body}")
    assert article.body_text == (
        "No one was hurt in the collapse, the fire brigade said.\n\n"
        "The council opened a temporary footbridge downstream."
    )
    assert [c.caption_text for c in article.captions] == ["The bridge before", "The bridge after"]
