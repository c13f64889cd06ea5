"""Boilerplate by repetition, the pure side: keys, evidence, both sides of every guard."""

from __future__ import annotations

import doctest
import json
from types import ModuleType

import pytest

from tests._helpers_pure import parse, raw_doc
from wirecopy.schemas.records import Article, LineKeys
from wirecopy.tasks.clean import clean_batch
from wirecopy.tasks.cleaning import repetition, shapes
from wirecopy.tasks.cleaning.repetition import (
    KIND,
    MIN_LINE_DOCS,
    MIN_SOURCE_DOCS,
    RULE,
    Repeated,
    Seen,
    apply_repetition,
    id_namespace,
    line_hashes,
    line_keys,
    needed_score,
)
from wirecopy.tasks.cleaning.shapes import LINK, is_dateline, label_of, shape_score
from wirecopy.tasks.parse import parse_input
from wirecopy.tasks.rule_switches import switched_off

AGENCY = "Quayside Wire"
PROMO = "Hear each new episode of Night Desk wherever you get your audio."
BACKGROUND = "The port has been closed to cargo ships since the storm in early March."
FILLER = (
    "Council officials said {k} families on the harbour road would be moved before the "
    "weekend while engineers inspect the sea wall."
)


def story(k: int, *extra: tuple[int, str], agency: str = AGENCY, paragraphs: int = 5) -> str:
    """Agency copy: headline, dateline paragraph, story paragraphs, `extra` lines at positions."""
    paras = [
        f"The {k}th paragraph of story {k} tells residents {k * 7} new things about the quay "
        f"repairs, item {i} of {k}."
        for i in range(paragraphs)
    ]
    paras[0] = f"PORT ALDER ({agency}) -- Crews worked through the night on story number {k}."
    for at, line in sorted(extra, reverse=True):
        paras.insert(at, line)
    head, tail = f"Harbour Story Number {k} Makes Headlines", f"© 2026 {agency}"
    return "\n\n".join([head, *paras, tail]) + "\n"


def cleaned(texts: list[str], stored: Repeated = repetition.NOTHING_REPEATED) -> list[Article]:
    docs = [parse(t, f"file:///wire/{i}.txt") for i, t in enumerate(texts)]
    result = clean_batch(docs, None, stored)
    assert not result.rejects
    return result.items


def removed_by_repetition(article: Article) -> list[str]:
    return [f.text for f in article.removed if f.rule == RULE]


@pytest.mark.parametrize("module", [repetition, shapes])
def test_docstring_examples_hold(module: ModuleType) -> None:
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


# -- keys ----------------------------------------------------------------------------------


def test_lines_are_counted_by_their_normalised_text() -> None:
    assert line_hashes("Listen to this story (4 min)") == line_hashes(
        "LISTEN to this story — 9 min"
    )
    assert line_hashes("Listen to this story (4 min)") != line_hashes("Listen to this song (4 min)")
    # A sentence's figures are its news: two market closes are two lines.
    assert line_hashes("The index rose 0.4% to 5,210.") != line_hashes(
        "The index rose 0.6% to 5,190."
    )


def test_a_teaser_counts_under_its_label_too_but_a_sentence_does_not() -> None:
    teaser = line_hashes("MORE FROM QUAYSIDE: Ferry fares rise again")
    assert len(teaser) == 2
    assert teaser[1] == line_hashes("MORE FROM QUAYSIDE: Bridge closes for repairs")[1]
    assert len(line_hashes("Editor's note: This story was corrected on Monday.")) == 1


def test_line_keys_hold_the_source_story_and_candidate_paragraphs() -> None:
    article = cleaned([story(1, (2, PROMO), (3, "Short line here"))])[0]
    keys = line_keys(article)
    assert keys is not None and keys.source == AGENCY
    assert line_hashes(PROMO)[0] in keys.lines
    assert line_hashes("Short line here")[0] not in keys.lines  # 3 words: not a candidate
    twin = cleaned([story(1)])[0]  # the same headline: the same story
    assert line_keys(twin) is not None and line_keys(twin).story == keys.story  # type: ignore[union-attr]


# -- evidence ------------------------------------------------------------------------------


def test_the_share_is_read_at_the_low_end_of_its_interval() -> None:
    assert Seen(30, 30).share > 0.9
    assert 0.4 < Seen(18, 30).share < 0.5  # 60 % of 30: not surely over half
    assert Seen(180, 300).share > 0.55
    assert needed_score(0.6) == 0 and needed_score(0.3) == 1 and needed_score(0.07) == 2
    assert needed_score(0.03) == 4 and needed_score(0.01) is None


def test_a_line_in_every_story_of_a_batch_goes_with_its_evidence() -> None:
    line = "Audio version of this story, read by our newsroom staff"
    articles = cleaned([story(k, (3, line)) for k in range(MIN_SOURCE_DOCS)])
    for article in articles:
        assert line not in article.body_text.split("\n\n")
        fragment = next(f for f in article.removed if f.rule == RULE)
        assert (fragment.kind, fragment.text) == (KIND, line)
        assert (fragment.seen_docs, fragment.source_docs) == (MIN_SOURCE_DOCS, MIN_SOURCE_DOCS)
        assert article.word_count == len(article.body_text.split())
        assert article.lines is not None and line_hashes(line)[0] in article.lines.lines


def test_copy_signed_by_a_dated_dateline_alone_is_counted_under_its_agency() -> None:
    # "LONDON, Nov 5 (Reuters) - …" and no copyright line: the tag is the only signature.
    line = "Audio version of this story, read by our newsroom staff"
    texts = [
        story(k, (3, line))
        .replace(f"PORT ALDER ({AGENCY}) --", f"PORT ALDER, Nov {k % 28 + 1} ({AGENCY}) -")
        .replace(f"© 2026 {AGENCY}", "")
        for k in range(MIN_SOURCE_DOCS)
    ]
    articles = cleaned(texts)
    for article in articles:
        assert article.lines is not None and article.lines.source == AGENCY
        assert removed_by_repetition(article) == [line]
        assert article.body_text.startswith("PORT ALDER, Nov ")


@pytest.mark.parametrize("with_line", [MIN_LINE_DOCS, MIN_LINE_DOCS - 1])
def test_a_shaped_line_needs_the_minimum_of_documents(with_line: int) -> None:
    # Ten stories: a promo with a link and a reader address in MIN_LINE_DOCS of them goes; in
    # one fewer it is too rare to tell from chance, whatever its shape.
    line = "Hear each new episode of Night Desk at quayside.com/night wherever you get your audio"
    texts = [story(k, *([(3, line)] if k < with_line else [])) for k in range(10)]
    removed = sum(line in removed_by_repetition(a) for a in cleaned(texts))
    assert removed == (with_line if with_line >= MIN_LINE_DOCS else 0)


def test_fewer_stories_than_the_minimum_remove_nothing() -> None:
    line = "Audio version of this story, read by our newsroom staff"
    articles = cleaned([story(k, (3, line)) for k in range(MIN_SOURCE_DOCS - 1)])
    assert all(line in a.body_text for a in articles)
    assert not any(removed_by_repetition(a) for a in articles)


def test_a_recurring_sentence_without_shape_stays_with_shape_goes() -> None:
    """A third of the stories: real background text stays; the same share with a link goes."""
    promo = "Track minute-by-minute coverage of the harbour at quayside.example.com/live"
    texts = [story(k, *([(2, BACKGROUND), (4, promo)] if k % 3 == 0 else [])) for k in range(60)]
    articles = cleaned(texts)
    with_lines = [a for k, a in enumerate(articles) if k % 3 == 0]
    assert all(BACKGROUND in a.body_text for a in with_lines)
    assert all(promo not in a.body_text for a in with_lines)
    assert all(removed_by_repetition(a) == [promo] for a in with_lines)


def test_a_line_in_half_the_stories_by_chance_stays() -> None:
    """18 of 30 stories is 60 %, yet not surely over half: shapeless text needs more."""
    texts = [story(k, *([(2, BACKGROUND)] if k < 18 else [])) for k in range(30)]
    assert all(BACKGROUND in a.body_text for a in cleaned(texts)[:18])
    texts = [story(k, (2, BACKGROUND)) for k in range(30)]
    assert all(BACKGROUND not in a.body_text for a in cleaned(texts))


def test_short_lines_are_left_to_the_named_rules() -> None:
    texts = [story(k, (2, "Tap to listen"), (3, "Listen to this story now")) for k in range(25)]
    for article in cleaned(texts):
        assert "Tap to listen" in article.body_text  # 3 words: never judged by repetition
        assert "Listen to this story now" not in article.body_text


def test_the_opening_paragraph_stays_unless_it_is_no_sentence() -> None:
    opening = "PORT ALDER (Quayside Wire) -- Crews worked through the night on the quay."
    texts = [
        story(k).replace(f"Crews worked through the night on story number {k}.", "X")
        for k in range(25)
    ]
    texts = [t.replace("PORT ALDER (Quayside Wire) -- X", opening) for t in texts]
    for article in cleaned(texts):
        assert "Crews worked through the night on the quay." in article.body_text
    top = "Hear this story read aloud in four minutes"
    texts = [story(k, (0, top)) for k in range(25)]
    for article in cleaned(texts):
        assert removed_by_repetition(article) == [top]


def test_a_repeated_dateline_paragraph_stays() -> None:
    dateline = "NORTHWICK, March 3 (Quayside Wire) - The ferry resumed its winter timetable."
    texts = [story(k, (3, dateline)) for k in range(25)]
    assert all(dateline in a.body_text for a in cleaned(texts))


def test_repetition_takes_at_most_a_third_of_the_words_highest_share_first() -> None:
    always = "Audio version of this story, read by our newsroom staff for you today"
    often = "The views in this story are those of the people quoted, not of the Quayside Wire desk"
    # Mid-copy, before a story paragraph: at the copy's end the two would be notes to the
    # reader that the closing-shape rule takes at first sight.
    texts = [
        story(k, (2, always), *([(3, often)] if k % 4 else []), paragraphs=4) for k in range(40)
    ]
    # Both have three features of a note: first sight would take them inside the copy too.
    with switched_off({"inner_outlet_note"}):
        articles = cleaned(texts)
    for article in articles:
        assert article.body_text.endswith(f"item 3 of {article.title.split()[3]}.")
        words = len(article.body_text.split()) + sum(
            len(t.split()) for t in removed_by_repetition(article)
        )
        assert sum(len(t.split()) for t in removed_by_repetition(article)) <= 0.3 * words
        assert removed_by_repetition(article)[:1] == [always]
        assert len(removed_by_repetition(article)) == 1


def test_versions_of_one_story_keep_their_paragraphs_and_lose_their_promo() -> None:
    # Ten write-throughs of one story under new headlines: each counts as a story, so its
    # paragraphs are "in every document" of the batch; only the shaped promo is template.
    paras = [
        "Crews reopened the harbour road on Tuesday after the storm damage was cleared.",
        "The council said repairs to the sea wall would take another three weeks to finish.",
        "Ferry services were expected to run to their normal timetable from Wednesday morning.",
        "Residents on the lower quay were told they could return to their homes that evening.",
        "Engineers will inspect the older section of the wall again at the end of the month.",
    ]
    promo = "Follow every update on the storm at quayside.com/storm, day and night."
    texts = [
        "\n\n".join([f"Harbour road reopens, update {k}", *paras[:2], promo, *paras[2:]])
        + f"\n\n© 2026 {AGENCY}\n"
        for k in range(10)
    ]
    with switched_off({"inner_outlet_note"}):  # three features: first sight would take it
        articles = cleaned(texts)
    for article in articles:
        assert removed_by_repetition(article) == [promo]
        assert all(p in article.body_text for p in paras)


def test_a_teaser_goes_by_its_repeated_label() -> None:
    texts = [
        story(k, (4, f"ON THE WIRE TONIGHT: Ferry story number {k} in pictures")) for k in range(25)
    ]
    for k, article in enumerate(cleaned(texts)):
        assert removed_by_repetition(article) == [
            f"ON THE WIRE TONIGHT: Ferry story number {k} in pictures"
        ]


def test_a_labelled_sentence_with_varying_text_stays() -> None:
    texts = [
        story(k, (4, f"Editor's note: This story {k} was corrected on Monday morning."))
        for k in range(25)
    ]
    assert not any(removed_by_repetition(a) for a in cleaned(texts))


def test_one_source_s_template_does_not_touch_another_source() -> None:
    line = "Audio version of this story, read by our newsroom staff"
    texts = [story(k, (3, line)) for k in range(25)] + [story(99, (3, line), agency="Other Wire")]
    articles = cleaned(texts)
    assert line in articles[-1].body_text
    assert articles[-1].publisher == "Other Wire"


def test_stored_counts_speak_for_the_sources_they_know() -> None:
    """The stored counts say 10 %: a lucky batch's 80 % does not decide."""
    source_docs, key = 500, line_hashes(BACKGROUND)[0]
    stored = Repeated({AGENCY: (source_docs, {key: 50})})
    texts = [story(k, *([(2, BACKGROUND)] if k < 24 else [])) for k in range(30)]
    assert all(BACKGROUND in a.body_text for a in cleaned(texts, stored)[:24])
    # Stored counts alone decide a small batch: the line is in 90 % of the source's stories.
    stored = Repeated({AGENCY: (source_docs, {key: 450})})
    article = cleaned([story(1, (2, BACKGROUND))], stored)[0]
    fragment = next(f for f in article.removed if f.rule == RULE)
    assert (fragment.seen_docs, fragment.source_docs) == (450, source_docs)


def test_a_new_line_at_a_known_source_waits_for_the_next_night() -> None:
    """Today's breaking story repeats its background in most of today's copy: a source the
    stored counts know (with no repeated line) is not judged by one batch."""
    texts = [story(k, (2, BACKGROUND)) for k in range(30)]
    assert all(BACKGROUND not in a.body_text for a in cleaned(texts))  # first sight: the batch
    known = Repeated({AGENCY: (500, {})})
    assert all(BACKGROUND in a.body_text for a in cleaned(texts, known))
    other = Repeated({"Other Wire": (500, {})})  # another source's counts change nothing here
    assert all(BACKGROUND not in a.body_text for a in cleaned(texts, other))


def test_cleaning_twice_removes_nothing_more() -> None:
    line = "Audio version of this story, read by our newsroom staff"
    once = cleaned([story(k, (3, line)) for k in range(25)])
    twice, failed = apply_repetition(once)
    assert failed == []
    assert [a.body_text for a in twice] == [a.body_text for a in once]


def _ninjs(k: int, uri: str, first: str, line: str) -> str:
    paras = [
        first,
        *(f"<p>Paragraph {i} of item {k} adds {k * 3 + i} new facts.</p>" for i in range(3)),
    ]
    paras.insert(2, f"<p>{line}</p>")
    return json.dumps(
        {
            "uri": uri,
            "type": "text",
            "headlines": [{"role": "main", "value": f"Item {k} news"}],
            "bodies": [{"role": "xhtml", "value": "".join(paras)}],
        }
    )


@pytest.mark.parametrize(
    ("uri", "opening", "source"),
    [
        # No provider, no tag: the host that minted the item's URL id is the source.
        (
            "http://www.quaysidewire.example/items/{k}",
            "PORT ALDER -- Crews worked on item {k}.",
            "quaysidewire.example",
        ),
        (
            "urn:newsml:quaysidewire.example:2026:{k}",
            "Crews worked on item {k}.",
            "quaysidewire.example",
        ),
        # No provider, a bare id: the dateline's tag names the agency (and fills `wire`).
        ("{k}", "PORT ALDER (AP) -- Crews worked on item {k}.", "AP"),
    ],
)
def test_a_wire_item_naming_no_provider_is_counted_under_its_id_or_its_tag(
    uri: str, opening: str, source: str
) -> None:
    line = "Audio version of this story, read by our newsroom staff"
    texts = [
        _ninjs(k, uri.format(k=k), f"<p>{opening.format(k=k)}</p>", line)
        for k in range(MIN_SOURCE_DOCS)
    ]
    docs = [parse_input(raw_doc(t, f"file:///wire/{k}.json"))[0] for k, t in enumerate(texts)]
    result = clean_batch(docs, None, repetition.NOTHING_REPEATED)
    assert not result.rejects
    articles = result.items
    for k, article in enumerate(articles):
        assert article.lines is not None and article.lines.source == source
        assert removed_by_repetition(article) == [line]
        # The dateline paragraph is the item's body text as sent: its tag stays.
        assert article.body_text.startswith(opening.format(k=k))
    assert {a.wire for a in articles} == ({"AP"} if source == "AP" else {None})


def test_an_id_without_a_minter_names_no_source() -> None:
    assert id_namespace("0042") is None and id_namespace(None) is None
    assert id_namespace("tag:Acme.example,2026:story-1") == "acme.example"
    assert id_namespace("https://www.acme.example:8443/x") == "acme.example"
    # The host, not a user part; a tag's e-mail authority by its domain; no IP literal, no
    # bare label, no megabyte of letters as a source key.
    assert id_namespace("http://user:pw@host.example/x") == "host.example"
    assert id_namespace("tag:jane@acme.example,2024:x") == "acme.example"
    assert [id_namespace(i) for i in ("http://[::1]/x", "http://www./x", "http://localhost/")] == [
        None,
        None,
        None,
    ]
    assert id_namespace("urn:newsml:" + "a" * 1_000_000 + ".com:1") is None


def test_an_article_without_a_source_is_not_counted() -> None:
    article = Article("x", "/f", None, None, None, None, None, None, None, None, "b", 1, "h", {})
    assert line_keys(article) is None
    assert apply_repetition([article])[0][0].lines is None
    assert isinstance(LineKeys("s", 1, ()), LineKeys)


# -- shapes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Read it at harbourwire.com/digest", True),
        ("Write to tips@harbourwire.com.", True),
        ("Follow @harbourwire for more", True),
        ("Trending under #harbourstorm tonight", True),
        ("https://example.org/a is the address", True),
        ("The U.S. economy grew 3.5 percent.", False),
        ("Shares rose 1.2bn in St. Louis on Tuesday.", False),
        ("He scored in the 90th minute, 2-1.", False),
    ],
)
def test_link_shape(text: str, link: bool) -> None:
    assert bool(LINK.search(text)) is link


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("WATCH: The flood in pictures", "WATCH"),
        ("Editor's note: this was updated", "Editor's note"),
        ("He said: we will win", None),
        ("The minister said: we will win", None),
        ("a lower-case start: not a label", None),
        ("This line is far too long to be a label at all: no", None),
    ],
)
def test_label_shape(text: str, label: str | None) -> None:
    assert label_of(text) == label


def test_datelines_and_shape_scores() -> None:
    assert is_dateline("WASHINGTON (Reuters) - The Fed held rates.")
    assert is_dateline("NEW DELHI: The government said on Monday")
    assert not is_dateline("Washington said on Monday it would act.")
    names = ("quaysidewire",)
    disclaimer = "Quayside Wire keeps full editorial control of this report."
    assert shape_score(disclaimer, False, names) == 1
    assert shape_score(disclaimer, True, names) == 2
    assert shape_score(BACKGROUND, True, names) == 1
    assert shape_score(PROMO, False, names) == 2


def test_a_bug_in_these_rules_rejects_its_article_not_the_batch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    line = "Audio version of this story, read by our newsroom staff"
    texts = [story(k, (3, line)) for k in range(25)]

    def broken(article: Article, known: Repeated, keyed: object = None) -> Article:
        if article.title and "Number 7 " in article.title:
            raise ValueError("boom")
        return real(article, known, keyed)  # type: ignore[arg-type]

    real = repetition.drop_repeated
    monkeypatch.setattr(repetition, "drop_repeated", broken)
    docs = [parse(t, f"file:///wire/{i}.txt") for i, t in enumerate(texts)]
    result = clean_batch(docs)
    assert [(r.source_uri, r.reason, r.retryable) for r in result.rejects] == [
        ("file:///wire/7.txt", "unexpected clean error", True)
    ]
    assert "ValueError: boom" in result.rejects[0].detail
    assert len(result.items) == 24 and all(line not in a.body_text for a in result.items)
