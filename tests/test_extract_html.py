"""extract_html on small hand-written fixtures: metadata, body, images and removed boilerplate."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from wirecopy.schemas.records import HtmlPage
from wirecopy.tasks.html.extract import extract_html
from wirecopy.tasks.rule_switches import switched_off

FIXTURES = Path(__file__).parent / "fixtures" / "html"
FULL_URL = "https://news.example.org/local/2024/05/03/harbour-reopens"
META_URL = "https://riverside.example.com/news/bridge/story.html"


@pytest.fixture(scope="module")
def full() -> HtmlPage:
    return extract_html((FIXTURES / "article_full.html").read_text(encoding="utf-8"), FULL_URL)


@pytest.fixture(scope="module")
def meta_only() -> HtmlPage:
    html = (FIXTURES / "article_meta_only.html").read_text(encoding="utf-8")
    return extract_html(html, META_URL)


def test_metadata_from_jsonld_and_meta(full: HtmlPage) -> None:
    assert full.title == "Harbour reopens after storm"
    assert full.authors == ["Jane Doe", "John Roe"]
    assert full.published_at == datetime(2024, 5, 3, 7, 15, tzinfo=UTC)
    assert full.modified_at == datetime(2024, 5, 3, 9, 0, tzinfo=UTC)
    assert full.extra["published_raw"] == "2024-05-03T09:15:00+02:00"
    assert full.language == "en-GB"
    assert full.section == "Local"
    assert full.site_name == "Example Gazette"
    assert full.canonical_url == FULL_URL
    assert full.description == "The harbour reopened on Monday after a week of repairs."


def test_body_keeps_article_blocks(full: HtmlPage) -> None:
    body = "\n".join(full.paragraphs)
    assert any(p.startswith("The harbour of Westport reopened") for p in full.paragraphs)
    assert "Repairs ahead of schedule" in full.paragraphs  # headings inside the article stay
    assert "Ferry services restart on Friday." in body  # lists stay
    assert "We are glad to have the harbour back" in body  # blockquotes stay
    assert "Engineers finished the work two days early" in body


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Advertisement",
        "Storm hits coast",
        "morning briefing",
        "cookies",
        "All rights reserved",
        "Share on Facebook",
        "Great news for the town",
        "Boats return to the harbour on Monday",
        "By Jane Doe",
        "Sport",
    ],
)
def test_body_drops_boilerplate(full: HtmlPage, boilerplate: str) -> None:
    assert all(boilerplate not in p for p in full.paragraphs)


@pytest.mark.parametrize(
    ("kind", "rule", "snippet"),
    [
        ("ad", "ad_slot", "Advertisement"),
        ("aside", "aside_tag", "Storm hits coast"),
        ("newsletter", "newsletter_box", "morning briefing"),
        ("cookie", "cookie_banner", "cookies"),
        ("footer", "footer_tag", "All rights reserved"),
        ("comments", "comments", "Great news"),
        ("caption", "figure_tag", "The repaired quay wall"),
        ("byline", "byline", "By Jane Doe"),
        ("nav", "nav_tag", "Sport"),
    ],
)
def test_removed_fragments_name_their_rule(
    full: HtmlPage, kind: str, rule: str, snippet: str
) -> None:
    assert any(r.kind == kind and r.rule == rule and snippet in r.text for r in full.removed)


def test_removed_fragments_are_bounded_and_non_empty(full: HtmlPage) -> None:
    assert all(r.text and len(r.text) <= 500 for r in full.removed)


def test_lead_image_first_and_merged_with_inline_copy(full: HtmlPage) -> None:
    lead = full.images[0]
    assert lead.role == "lead"
    assert lead.url == "https://news.example.org/media/harbour-1200x630.jpg"
    # The inline copy (srcset 640w/1600w of the same picture) merged into the lead.
    assert sum("harbour" in i.url for i in full.images) == 1
    # The printed caption goes on past the JSON-LD one ("… on Monday."): the fuller is read
    # (session 27; the JSON-LD caption fills a caption the page does not print).
    assert lead.caption == "Boats return to the harbour on Monday."
    # The credit the page shows beats the JSON-LD creditText, which only fills gaps.
    assert lead.credits == ("Reuters",)
    assert lead.alt_text == "Fishing boats in the harbour"


def test_inline_image_caption_and_credit_split(full: HtmlPage) -> None:
    inline = [i for i in full.images if i.role == "inline"]
    assert [i.url for i in inline] == ["https://news.example.org/media/quay-wall.jpg"]
    assert inline[0].caption == "The repaired quay wall."
    assert inline[0].credits == ("John Roe",)


def test_logos_and_pixels_dropped(full: HtmlPage) -> None:
    assert not any("logo" in i.url or "pixel" in i.url for i in full.images)


def test_meta_only_page(meta_only: HtmlPage) -> None:
    assert meta_only.title == "Council approves new bridge"
    assert meta_only.authors == ["Maria Rossi"]
    assert meta_only.published_at == datetime(2023, 4, 28, 22, 30, tzinfo=UTC)
    assert meta_only.extra["published_raw"] == "2023-04-28T18:30:00-04:00"
    assert meta_only.language == "it_IT"
    assert len(meta_only.paragraphs) >= 3
    assert meta_only.paragraphs[-1].startswith("Residents of both banks")


def test_relative_srcset_resolved_and_merged_with_og_image(meta_only: HtmlPage) -> None:
    assert len(meta_only.images) == 1
    image = meta_only.images[0]
    assert image.role == "lead"
    assert image.url == "https://cdn.example.com/img/bridge_w1200.jpg"
    assert image.caption == "A model of the planned bridge."
    assert image.credits == ("dpa/Imago",)


def test_relative_image_resolved_without_og_image() -> None:
    html = (
        "<html><body><article><p>" + "Some words of prose here. " * 20 + "</p>"
        '<figure><img src="../img/a-photo.jpg"><figcaption>A photo. © Jane Doe</figcaption>'
        "</figure></article></body></html>"
    )
    page = extract_html(html, "https://example.com/news/story/index.html")
    assert [i.url for i in page.images] == ["https://example.com/news/img/a-photo.jpg"]
    assert page.images[0].caption == "A photo."
    assert page.images[0].credits == ("Jane Doe",)


def test_title_site_suffix_removed_from_title_tag() -> None:
    html = "<html><head><title>Storm damage | DW | 28.04.2023</title></head><body></body></html>"
    assert extract_html(html, "https://www.dw.com/en/a").title == "Storm damage"


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        # Korean titles' bar is the Hangul letter "ㅣ", glued or spaced; CJK ones a fullwidth bar.
        ("윤 대통령 비상계엄 선포ㅣ한국일보", "한국일보", "윤 대통령 비상계엄 선포"),
        ("윤 대통령 비상계엄 선포 ㅣ 한경닷컴", "한경닷컴", "윤 대통령 비상계엄 선포"),
        ("首相が会見｜東京新聞", "東京新聞", "首相が会見"),
        # Without the site's name on the other side the bar stays part of the title.
        ("윤 대통령ㅣ비상계엄 선포", "한국일보", "윤 대통령ㅣ비상계엄 선포"),
    ],
)
def test_title_site_name_after_a_cjk_bar_goes(title: str, site: str, expected: str) -> None:
    html = (
        f'<html><head><title>{title}</title><meta property="og:site_name" content="{site}">'
        "</head><body></body></html>"
    )
    assert extract_html(html, "https://news.example.kr/a").title == expected


def _titled(og: str, headline: str | None = None, h1: str | None = None) -> str | None:
    ld = f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{headline}"}}'
    head = f'<meta property="og:title" content="{og}">' + (ld + "</script>" if headline else "")
    body = f"<h1>{h1}</h1>" if h1 else ""
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return extract_html(html, "https://news.example.org/a").title


@pytest.mark.parametrize(
    ("og", "headline", "h1", "title"),
    [
        # Another declared title opens the og:title before a separator: the rest is the
        # section's and site's names, whatever they say.
        (
            "Storm hits the harbour town - National | Globalnews.ca",
            "Storm hits the harbour town",
            None,
            "Storm hits the harbour town",
        ),
        (
            "嵐で港の町が大きな被害を受けた、市長は警視庁逮捕へ：東京新聞デジタル",
            None,
            "嵐で港の町が大きな被害を受けた、市長は警視庁逮捕へ",
            "嵐で港の町が大きな被害を受けた、市長は警視庁逮捕へ",
        ),
        # A short kicker is not the headline: "Ukraine" opening "Ukraine: …" stays with it.
        (
            "Ukraine: Russia strikes the harbour",
            None,
            "Ukraine",
            "Ukraine: Russia strikes the harbour",
        ),
        # No separator after it: the shorter title is a cut of the headline, not the headline.
        (
            "Storm hits the harbour town again",
            "Storm hits the harbour town",
            None,
            "Storm hits the harbour town again",
        ),
    ],
)
def test_title_tail_after_a_declared_headline_goes(
    og: str, headline: str | None, h1: str | None, title: str
) -> None:
    assert _titled(og, headline, h1) == title


def test_date_from_url_when_page_has_none() -> None:
    page = extract_html("<html><body><p>Text.</p></body></html>", "https://x.org/2024/05/03/a")
    assert page.published_at == datetime(2024, 5, 3, tzinfo=UTC)


@pytest.mark.parametrize(
    "html", ["", "<p>fragment", "not html at all", "<?xml version='1.0'?><a/>"]
)
def test_odd_inputs_do_not_raise(html: str) -> None:
    page = extract_html(html)
    assert isinstance(page, HtmlPage)


def test_pure_same_input_same_output(full: HtmlPage) -> None:
    again = extract_html((FIXTURES / "article_full.html").read_text(encoding="utf-8"), FULL_URL)
    assert again == full


def test_a_fact_check_without_an_article_object_is_dated_by_its_claim_review() -> None:
    # Fact-checkers (the agencies' among them) describe the page by a ClaimReview only.
    ld = (
        '{"@context": "https://schema.org", "@type": "ClaimReview", "datePublished": '
        '"2026-05-13 15:44", "claimReviewed": "The virus was made in a lab", '
        '"author": {"@type": "Organization", "name": "Harbour Fact Check"}}'
    )
    story = "<p>" + "The claim spread on social media this week, but it is false. " * 4 + "</p>"
    html = f'<html><head><script type="application/ld+json">{ld}</script></head>'
    html += f"<body><article><h1>No, the virus was not made in a lab</h1>{story}</article>"
    page = extract_html(html + "</body></html>", "https://factcheck.example.org/doc/123")
    assert page.published_at == datetime(2026, 5, 13, 15, 44, tzinfo=UTC)
    assert page.authors == ["Harbour Fact Check"]


_STORY = (
    "<p>" + "The council met on Monday to discuss the harbour works and the budget. " * 3 + "</p>"
)


def _authored(head: str, byline: str, after: str = "") -> list[str]:
    html = f"<html><head>{head}</head><body><article><h1>Harbour works</h1>{byline}"
    html += f"{_STORY * 3}{after}</article></body></html>"
    return extract_html(html, "https://www.harbourtimes.example.org/2026/11/30/works").authors


def test_a_byline_classed_element_over_the_story_names_its_authors() -> None:
    byline = '<p class="story-authors"><span>Von: </span><a href="/a/1">Jane Doe</a></p>'
    assert _authored("", byline) == ["Jane Doe"]
    # A list of names with footnote marks and a cut-short list's ellipsis.
    listed = (
        '<ul class="article-author-list"><li>Jane Doe 1,</li><li>John Roe &amp;</li>'
        "<li>… Ann Lee</li></ul>"
    )
    assert _authored("", listed) == ["Jane Doe", "John Roe", "Ann Lee"]
    # Names in elements of their own, nothing between them.
    spans = '<div class="article-byline"><span>Jane Doe</span> <span>John Roe</span></div>'
    assert _authored("", spans) == ["Jane Doe", "John Roe"]
    # Not a byline: an author box after the story, a line that is no person's name.
    box = '<div class="author-box">Jane Doe</div>'
    assert _authored("", "", after=box) == []
    assert _authored("", '<div class="byline">Updated 30 November 2026</div>') == []
    with switched_off({"authors_byline_class"}):
        assert _authored("", byline) == []


def test_the_site_signing_its_own_page_yields_to_the_people_its_byline_names() -> None:
    head = '<meta name="author" content="Harbour Times">'
    head += '<meta property="og:site_name" content="Harbour Times">'
    byline = '<div class="byline">By Jane Doe</div>'
    assert _authored(head, byline) == ["Jane Doe"]
    # With no one else named, the site's name stands (a desk's or an agency's copy).
    assert _authored(head, "") == ["Harbour Times"]


def test_a_page_declaring_no_date_is_dated_by_the_day_its_text_gives() -> None:
    # No JSON-LD, meta tag, <time> or dated URL: the day printed beside the story (as DW prints
    # "Datum 28.04.2023") is found by htmldate, the last source.
    html = (
        "<html><body><article><h1>Harbour works</h1>"
        '<ul class="facts"><li><strong>Datum</strong> 28.04.2023</li></ul>'
        f"{_STORY * 3}</article></body></html>"
    )
    page = extract_html(html, "https://news.example.org/story/harbour-works")
    assert page.published_at == datetime(2023, 4, 28, tzinfo=UTC)
    assert page.extra["published_raw"] == "2023-04-28"
    with switched_off({"date_htmldate"}):
        assert (
            extract_html(html, "https://news.example.org/story/harbour-works").published_at is None
        )
    # A page with no date anywhere has none.
    undated = f"<html><body><article><h1>Harbour works</h1>{_STORY * 3}</article></body></html>"
    assert (
        extract_html(undated, "https://news.example.org/story/harbour-works").published_at is None
    )


def test_a_huge_page_declaring_no_date_is_not_searched_for_one() -> None:
    # The search costs time in the page's size: a hostile page of 60,000 elements is left
    # undated rather than read for most of a second.
    card = '<div class="card"><a href="/x">Story</a><p>Teaser of 12.03.2021</p></div>'
    html = f"<html><body>{card * 8000}</body></html>"
    assert extract_html(html, "https://news.example.org/list").published_at is None
    small = f"<html><body>{card * 10}</body></html>"
    assert extract_html(small, "https://news.example.org/list").published_at is not None


@pytest.mark.parametrize(
    "page_part",
    [
        # A menu's link to the authors' pages, in the site's navigation or its header.
        '<nav><ul><li class="menu-authors"><a href="/authors">Our Authors</a></li></ul></nav>',
        '<header class="site"><a class="nav-autoren" href="/autoren">Alle Autoren</a></header>',
        # A teaser's byline in a sidebar before the article.
        '<aside><span class="teaser-author">John Roe</span></aside>',
        # Lines classed as the author's that are a role, a date or a control.
        '<div class="author-role">Senior Reporter</div>',
        '<div class="author-date">Monday November</div>',
        '<div class="byline"><a href="/a/1">Jane Doe</a> <span>Follow</span></div>',
    ],
)
def test_lines_classed_as_bylines_that_name_no_author_of_the_story_are_not_read(
    page_part: str,
) -> None:
    html = f"<html><body>{page_part}<article><h1>Harbour works</h1>{_STORY * 3}</article>"
    page = extract_html(html + "</body></html>", "https://news.example.org/2026/11/30/works")
    assert page.authors == []


def test_a_person_whose_name_holds_a_host_label_is_no_site() -> None:
    # "Jane Newsom" on news.example.org: the "news" of the host names no site.
    ld = '{"@context": "https://schema.org", "@type": "NewsArticle", "author": "Jane Newsom"}'
    head = f'<script type="application/ld+json">{ld}</script>'
    html = f"<html><head>{head}</head><body><article><h1>Harbour works</h1>"
    html += f'<div class="byline">By John Roe</div>{_STORY * 3}</article></body></html>'
    page = extract_html(html, "https://news.example.org/2026/11/30/works")
    assert page.authors == ["Jane Newsom"]


@pytest.mark.parametrize(
    ("page", "authors"),
    [
        # A header holding the headline is the article's, whatever element wraps it.
        (
            '<div class="post"><header><h1>Harbour works</h1><p class="author">Jane Doe</p>'
            f"</header>{_STORY * 3}</div>",
            ["Jane Doe"],
        ),
        # Inside the <article>, its meta <aside> is the article's too.
        (
            '<article><h1>Harbour works</h1><aside class="article-meta"><div class="byline">'
            f"By Jane Doe</div></aside>{_STORY * 3}</article>",
            ["Jane Doe"],
        ),
        # Months and words that are also people's names.
        (
            f'<article><h1>Harbour works</h1><div class="byline">By April Ryan</div>{_STORY * 3}'
            "</article>",
            ["April Ryan"],
        ),
        (
            f'<article><h1>Harbour works</h1><div class="byline">May Bulman</div>{_STORY * 3}'
            "</article>",
            ["May Bulman"],
        ),
    ],
)
def test_a_byline_in_the_articles_own_header_or_aside_is_read(
    page: str, authors: list[str]
) -> None:
    html = f"<html><body>{page}</body></html>"
    assert extract_html(html, "https://news.example.org/2026/11/30/works").authors == authors


def test_the_sites_name_with_a_word_more_yields_to_the_byline() -> None:
    ld = '{"@context": "https://schema.org", "@type": "NewsArticle", "author": "SPIEGEL ONLINE"}'
    head = f'<script type="application/ld+json">{ld}</script>'
    head += '<meta property="og:site_name" content="DER SPIEGEL">'
    html = f"<html><head>{head}</head><body><article><h1>Harbour works</h1>"
    html += f'<div class="byline">Von Jane Doe</div>{_STORY * 3}</article></body></html>'
    page = extract_html(html, "https://www.spiegel.de/politik/harbour-works")
    assert page.authors == ["Jane Doe"]


@pytest.mark.parametrize(
    "byline",
    ["By Jane Doe, Reuters", "Jane Doe, The Associated Press", "Von Jane Doe, Harbour Times"],
)
def test_the_agency_or_site_a_byline_credits_beside_its_writer_is_no_author(byline: str) -> None:
    head = '<meta property="og:site_name" content="Harbour Times">'
    html = f"<html><head>{head}</head><body><article><h1>Harbour works</h1>"
    html += f'<div class="byline">{byline}</div>{_STORY * 3}</article></body></html>'
    page = extract_html(html, "https://www.harbourtimes.example.org/2026/11/30/works")
    assert page.authors == ["Jane Doe"]
