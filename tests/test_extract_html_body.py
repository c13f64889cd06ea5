"""Body rules of the HTML extractor: list markers, JSON-LD paragraph breaks, extractor removals."""

from __future__ import annotations

import json

import lxml.html

from wirecopy.tasks.html.body import (
    _clean_start,
    _fragment_text,
    _split_at_anchors,
    _strip_list_markers,
    _token_rule,
    prune_boilerplate,
    text_blocks,
    unextracted_fragments,
)
from wirecopy.tasks.html.extract import extract_html
from wirecopy.tasks.html.page import clean_text
from wirecopy.tasks.html.rules import BOILERPLATE_RULES, MAX_FRAGMENT_CHARS
from wirecopy.tasks.rule_switches import switched_off

URL = "https://news.example.net/local/2024/06/01/story"
SENTENCES = [
    "The harbour office opened the new quay on Monday after two years of work.",
    "Fishing boats were the first to moor there, followed by a ferry from the islands.",
    "The mayor thanked the engineers and said the old quay would become a park.",
    "Residents can visit the quay on Saturday, when the harbour holds an open day.",
]


def _page(article: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><article>{article}</article></body></html>"


def test_list_items_lose_the_marker_but_quote_dashes_stay() -> None:
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    html = _page(
        f"{paragraphs}<p>- Yes, we are glad to have the quay back, said a fisherman.</p>"
        "<ul><li>Ferries restart on Friday at noon from pier two.</li>"
        "<li>Parking near the quay stays closed until July.</li></ul>"
    )
    body = extract_html(html, URL).paragraphs
    assert "Ferries restart on Friday at noon from pier two." in body
    assert "- Ferries restart on Friday at noon from pier two." not in body
    assert "- Yes, we are glad to have the quay back, said a fisherman." in body


def test_strip_list_markers_needs_a_matching_item() -> None:
    tree = lxml.html.fromstring("<div><ul><li>Ferries restart on Friday at noon.</li></ul></div>")
    blocks = ["- Ferries restart on Friday at noon.", "- A quote that opens with a dash."]
    assert _strip_list_markers(tree, blocks) == [
        "Ferries restart on Friday at noon.",
        "- A quote that opens with a dash.",
    ]


def test_unbroken_jsonld_body_is_cut_where_the_page_blocks_start() -> None:
    text = " ".join(SENTENCES)
    assert _split_at_anchors(text, SENTENCES) == SENTENCES


def test_anchor_inside_a_word_does_not_cut() -> None:
    text = "Overtime pay rose. Timetables change in June and July this year."
    blocks = ["Overtime pay rose.", "time pay rose. Timetables change"]
    assert _split_at_anchors(text, blocks) == [text]


def test_jsonld_body_without_breaks_gets_paragraphs() -> None:
    body = " ".join(SENTENCES)
    head = (
        '<script type="application/ld+json">'
        + json.dumps({"@type": "NewsArticle", "headline": "Quay opens", "articleBody": body})
        + "</script>"
    )
    html = _page("".join(f"<p>{s}</p>" for s in SENTENCES), head)
    page = extract_html(html, URL)
    assert page.extra["body_source"] == "jsonld"
    assert page.paragraphs == SENTENCES


def test_jsonld_html_body_keeps_its_paragraphs() -> None:
    body = "".join(f"<p>{s}</p>" for s in SENTENCES)
    head = (
        '<script type="application/ld+json">'
        + json.dumps({"@type": "NewsArticle", "headline": "Quay opens", "articleBody": body})
        + "</script>"
    )
    page = extract_html(_page(body, head), URL)
    assert page.paragraphs == SENTENCES


def test_body_string_drops_its_captions_and_template_placeholders() -> None:
    # A script-rendered page's stored article: a picture with a caption-classed <div>, and the
    # CMS's marker for the ad slot the page fills in.
    caption = "<div class='editor-img-box'><img src='/q.jpg'><div class='caption'><p>Boats "
    caption += "moor at the new quay. Jane Doe</p></div></div>"
    body = f"<p>{SENTENCES[0]}</p>{caption}$$ARTICLEAD$$<p>{SENTENCES[1]}</p>{{{{AD_SLOT_2}}}}"
    assert text_blocks(body) == SENTENCES[:2]
    # A caption-classed wrapper of the whole story is no caption; TeX stays, so does money.
    story = "".join(f"<p>{s}</p>" for s in SENTENCES * 3)
    assert len(text_blocks(f"<div class='caption-wrap'>{story}</div>")) == 12
    assert text_blocks("<p>It costs $$5 or $$x$$ in TeX.</p>") == ["It costs $$5 or $$x$$ in TeX."]


def _jsonld_page(lead: str, body: list[str]) -> str:
    head = (
        '<script type="application/ld+json">'
        + json.dumps({"@type": "NewsArticle", "articleBody": "\n\n".join(body)})
        + "</script>"
    )
    return _page(f"<h1>Quay opens</h1>{lead}" + "".join(f"<p>{s}</p>" for s in body), head)


LONG_BODY = [f"{s} It was day {i} of the works." for i, s in enumerate(SENTENCES * 3)]


def test_lead_shown_above_a_jsonld_body_goes_before_it() -> None:
    # articleBody leaves out the standfirst the page prints above the story's first paragraph.
    lead = "The new quay is open: boats moor there from today, two years after the works began."
    page = extract_html(_jsonld_page(f"<p>{lead}</p>", LONG_BODY), URL)
    assert page.extra["body_source"] == "jsonld"
    assert page.paragraphs == [lead, *LONG_BODY]


def test_label_or_byline_above_a_jsonld_body_is_not_a_lead() -> None:
    page = extract_html(_jsonld_page("<p>By Jane Doe</p><p>Updated 2 June</p>", LONG_BODY), URL)
    assert page.extra["body_source"] == "jsonld"
    assert page.paragraphs == LONG_BODY


def test_paragraphs_the_extractor_leaves_out_are_recorded() -> None:
    teaser = "Read also: how the island ferries changed their timetable for the summer season."
    tree = lxml.html.fromstring(
        "<div>" + "".join(f"<p>{s}</p>" for s in SENTENCES) + f"<p>{teaser}</p><p>Short.</p></div>"
    )
    removed = unextracted_fragments(tree, SENTENCES, "trafilatura")
    assert [(r.kind, r.rule, r.text) for r in removed] == [("extractor", "trafilatura", teaser)]


def test_kept_paragraphs_are_not_recorded() -> None:
    page = extract_html(_page("".join(f"<p>{s}</p>" for s in SENTENCES)), URL)
    assert not [r for r in page.removed if r.kind == "extractor"]


def test_fragment_text_is_the_cleaned_text_cut_to_the_limit() -> None:
    # Long runs of indentation, entities and no-break spaces around the cut: the prefix shortcut
    # must give exactly what normalising the whole text and cutting it gives.
    words = [f"w{i}&amp;amp;x" if i % 7 == 0 else f"word{i}" for i in range(400)]
    for pad in ("", " ", "\n" + " " * 40, "\xa0\xa0", " " * 700):
        items = "".join(f"<li>{pad}{w}{pad}</li>" for w in words)
        el = lxml.html.fromstring(f"<nav><ul>{items}</ul><p>{pad}tail</p></nav>")
        expected = clean_text(" ".join(el.itertext()))[:MAX_FRAGMENT_CHARS]
        assert _fragment_text(el) == expected
        for chars in (1, 20, 40, 499, 500, 501, 2000):
            text = " ".join(el.itertext())
            assert _clean_start(text, chars) == clean_text(text)[:chars]


def test_rule_lookup_ignores_case_and_agrees_with_the_rule_patterns() -> None:
    tokens = ["Cookie-Banner", "AD-slot", "ad", "headline", "ReadMore", "post-81234", "Ärger-ad"]
    tokens += ["SHARE_bar", "Kommentare", "comments", "ſhare", "byline", "K-menu", "\u212a-ad"]
    for token in tokens:
        expected = next(
            (i for i, r in enumerate(BOILERPLATE_RULES) if r.token and r.token.fullmatch(token)),
            len(BOILERPLATE_RULES),
        )
        assert _token_rule(token) == expected, token
    # The fast path compiles the patterns without IGNORECASE: they must be written in lower case.
    for rule in BOILERPLATE_RULES:
        assert rule.token is None or rule.token.pattern == rule.token.pattern.lower()


def test_ad_labels_padded_with_no_break_spaces_and_colons_are_removed() -> None:
    body = "".join(f"<p>{s}</p>" for s in SENTENCES)
    indented = "\n" + " " * 70  # template indentation around the label
    labels = "<div>\xa0 Anzeige:\xa0</div><span>Advertisement</span>"
    labels += f"<div>{indented}Werbung{indented}</div>"
    page = extract_html(_page(f"{body}{labels}"), URL)
    assert [r.rule for r in page.removed if r.kind == "ad"] == ["ad_label"] * 3
    assert not any(w in p for p in page.paragraphs for w in ("Anzeige", "Advertisement", "Werbung"))


def test_a_table_in_a_figure_stays_in_the_body_without_its_caption() -> None:
    # WordPress wraps every table in <figure class="wp-block-table">: the table is the story's
    # content, not a picture's wrapper; its caption still leaves the body.
    rows = "".join(
        f"<tr><td>Ferry to {place}</td><td>{time}</td></tr>"
        for place, time in (
            ("the islands", "07:15"),
            ("the old town", "08:40"),
            ("the coast", "10:05"),
        )
    )
    table = f"<figure class='wp-block-table'><table>{rows}</table>"
    table += "<figcaption>Timetable</figcaption></figure>"
    photo = (
        "<figure><img src='/media/quay.jpg'><figcaption>The new quay at dawn</figcaption></figure>"
    )
    body = "".join(f"<p>{s}</p>" for s in SENTENCES)
    page = extract_html(_page(f"{body}{table}{photo}"), URL)
    text = " ".join(page.paragraphs)
    assert "Ferry to the islands" in text and "07:15" in text
    assert "Timetable" not in text and "The new quay at dawn" not in text


def test_an_article_container_kept_as_prose_loses_the_class_words_that_named_it() -> None:
    # "story related-links": the related rule matches, the prose guard keeps the element, and
    # the matched word goes, or trafilatura (which discards "related" elements too) deletes the
    # article and the page's about box becomes part of the body. Other words stay.
    story = "".join(f"<p>{s} {s}</p>" for s in SENTENCES)
    about = (
        "<div class='about'><p>The Harbour News is the town's paper since 1901, owned by its "
        "readers and written by them for everyone in the valley.</p></div>"
    )
    html = f"<html><body><div class='story related-links' id='related-1'>{story}</div>{about}"
    page = extract_html(html + "</body></html>", URL)
    assert page.paragraphs == [f"{s} {s}" for s in SENTENCES]
    # (The words trafilatura discards by go from wrappers of much of the page's text too.)
    with switched_off({"spared_unlabelled", "discard_words_dropped"}):
        assert "Harbour News" in extract_html(html, URL).paragraphs[-1]  # what it is for
    tree = lxml.html.fromstring(html)
    prune_boilerplate(tree)
    kept = tree.find(".//div")
    assert (kept.get("class"), kept.get("id")) == ("story", None)
    # Reader comments go by their class, prose or not (a thread may be longer than a short
    # story, its words not trafilatura's in every language: "komentari"; its items may be
    # classed "item" or "entry": session 28, after session 27 had kept such a thread), unless
    # the class says there are none ("no-comments": a story's).
    comments = lxml.html.fromstring(f"<div><div class='comments-list'>{story}</div></div>")
    prune_boilerplate(comments)
    assert comments.find("div") is None
    items = "".join(f"<div class='comment'>{s} {s}</div>" for s in SENTENCES)
    thread = lxml.html.fromstring(f"<div><div class='comments-list'>{items}</div></div>")
    prune_boilerplate(thread)
    assert thread.find("div") is None
    wrapper = lxml.html.fromstring(
        f"<div><div class='comments-list'><h1>Quay opens</h1>{story}</div></div>"
    )
    prune_boilerplate(wrapper)
    assert wrapper.find("div").get("class") == "comments-list"


def test_a_wrapper_of_the_article_loses_the_words_trafilatura_discards_by() -> None:
    # "story share-tools" inside the <article> trafilatura reads: no rule of ours names the word,
    # trafilatura deletes elements by it, and the body would be the little it left. The
    # article's parts of the same kind lose it too; a small share box keeps it.
    story = "".join(f"<p>{s} {s}</p>" for s in SENTENCES)
    more = "Ferry tickets for the opening weekend are free, the harbour office said on Monday."
    part = f"<div class='story share-tools'><p>{more}</p></div>"
    share = "<div class='share-tools'><a href='/share'>Share</a> <a href='/mail'>Mail</a></div>"
    note = (
        "<p>The Harbour News is the town's paper since 1901, owned by its readers and written "
        "by them for everyone in the valley.</p>"
    )
    html = f"<html><body><article><div class='story share-tools'>{story}</div>{part}{note}"
    html += "</article></body></html>"
    body = [*(f"{s} {s}" for s in SENTENCES), more]
    assert extract_html(html, URL).paragraphs[: len(body)] == body
    with switched_off({"discard_words_dropped"}):
        # What it is for: the article's parts named by the word are lost (the recall net
        # brings back the run trafilatura left, not the part beside it).
        assert more not in extract_html(html, URL).paragraphs
    tree = lxml.html.fromstring(html.replace("</article>", f"{share}</article>"))
    prune_boilerplate(tree)
    assert [div.get("class") for div in tree.iter("div")] == ["story", "story", "share-tools"]


def _teaser_cards(n: int) -> str:
    return "".join(
        f"<li><a href='/local/2024/05/{n + i}/other'><h3>Another harbour story {i}</h3>"
        f"<p>The council met again on the {i}th to discuss the ferry timetable and the fees the"
        " fishing boats pay for a berth at the quay through the summer.</p></a></li>"
        for i in range(n)
    )


def test_link_around_a_headline_and_a_paragraph_is_a_teaser_card() -> None:
    # "You might also like" cards with no class a rule names: each a link around a headline
    # and a summary paragraph; the article's text is never inside a link.
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    html = (
        f"<html><body><div class='content'><h1>Quay opens</h1>{paragraphs}"
        f"<div class='box'><h2>You might also like</h2><ul>{_teaser_cards(4)}</ul></div>"
        "</div></body></html>"
    )
    page = extract_html(html, URL)
    assert page.paragraphs[-len(SENTENCES) :] == SENTENCES
    assert not any("ferry timetable" in p for p in page.paragraphs)
    assert [f.rule for f in page.removed].count("link_card") == 4
    with switched_off(["link_card"]):  # what the body extractor takes without the rule
        assert any("ferry timetable" in p for p in extract_html(html, URL).paragraphs)


def test_article_inside_a_link_left_unclosed_stays() -> None:
    # A link the template never closed wraps the article: the text-share guard keeps it.
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    html = f"<html><body><a href='/'><h1>Quay opens</h1>{paragraphs}</body></html>"
    page = extract_html(html, URL)
    assert [p for p in page.paragraphs if p in SENTENCES] == SENTENCES
    assert "link_card" not in [f.rule for f in page.removed]


def test_body_opening_with_the_headline_loses_it() -> None:
    # The <h1> worded otherwise than the declared title (which the clean stage removes): the
    # headline is a field of its own, never the body's first paragraph.
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    head = '<meta property="og:title" content="Harbour town opens quay">'
    html = _page(f"<h1>The harbour opens its new quay</h1>{paragraphs}", head)
    assert extract_html(html, URL).paragraphs == SENTENCES
    with switched_off(["headline_block"]):
        assert extract_html(html, URL).paragraphs[0] == "The harbour opens its new quay"
    # A body that is only that block keeps it; an <h1> wrapping a whole paragraph is no headline.
    assert extract_html(_page("<h1>The harbour opens its new quay</h1>"), URL).paragraphs == [
        "The harbour opens its new quay"
    ]
    long_h1 = " ".join(SENTENCES)
    page = extract_html(_page(f"<h1>{long_h1}</h1>{paragraphs}"), URL)
    assert page.paragraphs[0] == long_h1


def test_headline_shown_in_an_h2_leaves_the_body_but_a_lead_in_one_stays() -> None:
    # Templates with an SEO <h1> (visually hidden) show the headline, a kicker and a title in
    # two spans, in an <h2>.
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    h2 = "<h2><span>Harbour</span><span>Quay opens after two years</span></h2>"
    html = _page(f"<h1 class='visually-hidden'>Quay opens | Harbour News</h1>{h2}{paragraphs}")
    page = extract_html(html, URL)
    assert page.paragraphs == SENTENCES
    assert ("header", "headline_block") in [(f.kind, f.rule) for f in page.removed]
    # An <h2> that prints the page's declared description is its lead: it stays.
    lead = "The new quay is open and the old one becomes a park for the whole town."
    head = f'<meta property="og:description" content="{lead}">'
    page = extract_html(_page(f"<h1>Quay opens</h1><h2>{lead}</h2>{paragraphs}", head), URL)
    assert page.paragraphs == [lead, *SENTENCES]


def _component_page() -> str:
    story = "".join(f"<p>{s}</p>" for s in SENTENCES)
    teasers = "".join(
        f'<p><a href="/local/{i}">Harbour teaser number {i} leads to another story</a></p>'
        for i in range(3)
    )
    return (
        "<html><body><site-header><p>Harbour Gazette: News Sport Weather Opinion Jobs Obituaries"
        " Puzzles Newsletters and the rest of the menu</p></site-header>"
        f"<main><story-body>{story}</story-body>"
        f"<related-stories>{teasers}</related-stories></main>"
        "<site-footer><p>Harbour Gazette Ltd, 1 Quay Street, Port Alder. Contact, privacy and"
        " terms of use for every reader of this site.</p></site-footer></body></html>"
    )


def test_a_web_component_is_read_by_its_name_as_by_its_class() -> None:
    # <site-header>, <related-stories>, <site-footer>: custom elements whose names say what
    # they are, as class names and tags do; <story-body> names no chrome and stays (nor does
    # <share-bar>, as no class rule reads "share": img-share is a shareable photo).
    assert extract_html(_component_page(), URL).paragraphs == SENTENCES
    with switched_off(["custom_element_name"]):
        unread = " ".join(extract_html(_component_page(), URL).paragraphs)
    assert "Harbour teaser number" in unread  # read as an unknown tag, the list leaks


def test_a_web_component_name_maps_to_the_rule_its_words_name() -> None:
    from wirecopy.tasks.html.body import _rule_index

    def rule(tag: str) -> str | None:
        index = _rule_index(tag, "", "", "", frozenset())
        return BOILERPLATE_RULES[index].name if index < len(BOILERPLATE_RULES) else None

    assert [rule(t) for t in ("site-footer", "main-nav", "consent-banner", "ad-slot")] == [
        "footer_tag",
        "nav_tag",
        "cookie_banner",
        "ad_slot",
    ]
    # Names of content, and a word inside the name rather than at its end, name no rule.
    assert [rule(t) for t in ("story-body", "header-image", "amp-img")] == [None, None, None]


def test_zero_width_joiners_of_the_page_are_kept_in_the_body() -> None:
    # Persian spells words with a zero-width non-joiner ("سه‌شنبه", Tuesday); the text
    # extraction keeps printable characters only, and without it the word is another.
    first = (
        "استانداری تهران روز سه\u200cشنبه اعلام کرد که مدارس شهر روز چهارشنبه نیز "
        "به\u200cصورت مجازی برگزار خواهد شد."
    )
    second = (
        "شاخص کیفیت هوا در برخی ایستگاه\u200cها از ۱۸۰ فراتر رفته است و شهروندان از "
        "سفرهای غیرضروری پرهیز کنند."
    )
    body = f"<article><h1>هوا</h1><p>{first}</p><p>{second}</p></article>"
    page = extract_html(f"<html><body>{body}</body></html>", "https://fa.example/a")
    assert page.paragraphs == [first, second]
    # As an entity too.
    entities = body.replace("\u200c", "&zwnj;")
    page = extract_html(f"<html><body>{entities}</body></html>", "https://fa.example/b")
    assert page.paragraphs == [first, second]


def test_a_small_box_around_an_e_mail_field_is_a_newsletters_sign_up() -> None:
    # No class any rule knows ("buletina"), no <form>: the field for an address says it.
    story = "".join(f"<p>{s}</p>" for s in SENTENCES)
    box = (
        "<div class='buletina'><h3>Goiena Albistaria</h3><p>Jaso egunero bailarako albisteak "
        "zure posta elektronikoan.</p><input type='email'><button>Harpidetu</button></div>"
    )
    html = f"<html><body><article><div class='testua'>{story}</div>{box}</article></body></html>"
    page = extract_html(html, URL)
    assert page.paragraphs == SENTENCES
    assert [f.rule for f in page.removed if f.kind == "newsletter"] == ["signup_box"]
    with switched_off({"signup_box"}):  # what the rule is for
        assert "Goiena Albistaria" in extract_html(html, URL).paragraphs


def test_an_e_mail_field_inside_the_articles_text_takes_no_paragraph_with_it() -> None:
    # The field's containers hold the story's paragraphs: more text than a sign-up box has.
    story = "".join(f"<p>{s}</p>" for s in SENTENCES)
    html = (
        f"<html><body><article><div class='testua'>{story}<input type='email'></div>"
        "</article></body></html>"
    )
    assert extract_html(html, URL).paragraphs == SENTENCES


def test_a_briefs_paragraph_beside_a_sign_up_field_stays() -> None:
    # The second review: a brief whose last line holds the field; the brief is no box.
    brief = (
        "The harbour office opened the new quay on Monday after two years of building work, "
        "and the first ferry moored there within the hour, the office said."
    )
    html = (
        f"<html><body><article><h1>Quay</h1><div><p>{brief}</p>"
        "<p>Sign up for alerts <input type='email'></p></div></article></body></html>"
    )
    page = extract_html(html, URL)
    assert brief in page.paragraphs
    assert not any(brief in f.text for f in page.removed if f.rule == "signup_box")


NOTES = [
    "The scheme opened in 2023 as part of the rural policy and is reviewed every year.",
    "The largest grant this year was 150,000 euro, and applicants paid a tenth themselves.",
]


def _accordion(panel: str, button: str = "button", where: str = "article") -> str:
    opener = f'<{button} aria-expanded="false" aria-controls="notes">Notes to editors</{button}>'
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    notes = "".join(f"<p>{s}</p>" for s in NOTES)
    accordion = f"<h2>{opener}</h2><div id='notes' {panel}>{notes}</div>"
    if where == "nav":  # the opener in the site's menu, the panel inside the article
        menu = f"<body><nav><h2>{opener}</h2></nav>"
        return _page(paragraphs + f"<div id='notes' {panel}>{notes}</div>").replace("<body>", menu)
    return _page(paragraphs + accordion)


def test_a_hidden_panel_a_disclosure_button_opens_is_the_articles() -> None:
    # gov.ie's "Notes to editors", a government newsroom's FAQ: a click away, not out of sight.
    html = _accordion("hidden")
    assert extract_html(html, URL).paragraphs[-2:] == NOTES
    assert extract_html(_accordion('hidden="until-found"'), URL).paragraphs[-2:] == NOTES


def test_a_hidden_element_no_button_opens_stays_out() -> None:
    html = _accordion("hidden").replace('aria-controls="notes"', 'aria-controls="other"')
    assert not set(NOTES) & set(extract_html(html, URL).paragraphs)


def test_a_panel_a_menu_button_opens_stays_hidden() -> None:
    # the site's navigation opens its own hidden panels: no article text in them
    html = _accordion("hidden", where="nav")
    assert not set(NOTES) & set(extract_html(html, URL).paragraphs)


def test_the_rest_of_a_story_behind_read_more_is_the_articles() -> None:
    # UCT's Drupal: the last paragraphs in a "readmore-wrapper" of no height, opened by a
    # button naming it; its class reads like a list of links to read more.
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES[:2])
    rest = "".join(f"<p>{s}</p>" for s in SENTENCES[2:])
    html = _page(
        f"{paragraphs}<div class='readmore-wrapper collapsed' id='more-1' "
        f"style='max-height:0;overflow:hidden'>{rest}</div>"
        "<button class='readmore-toggle' aria-controls='more-1'>Read more</button>"
    )
    assert extract_html(html, URL).paragraphs == SENTENCES
    links = "".join(f"<a href='/story-{n}'>Another story number {n} to read</a>" for n in range(8))
    menu = _page(
        f"{paragraphs}{rest}<div class='readmore-links' id='more-2'>{links}</div>"
        "<button aria-controls='more-2'>More</button>"
    )
    assert not any("Another story" in p for p in extract_html(menu, URL).paragraphs)
