"""The extraction benchmark's stress tests (classes renamed, HTML5 tags as divs) on a page."""

from __future__ import annotations

import lxml.html

from benchmarks.extraction import (
    SEMANTIC_TAGS,
    bare,
    br_paragraphs,
    discard_class,
    div_paragraphs,
    extensionless,
    lazy_images,
    page_form,
    plain_tags,
    related_class,
    rename_classes,
    split_article,
    unclosed_aside,
)

PAGE = (
    "<html><body><div id='main' class='article-body caption'><p class='caption'>Quay</p>"
    "<span class='credit'>Jane Doe/AFP</span></div></body></html>"
)


def test_every_class_and_id_token_gets_one_meaningless_stand_in() -> None:
    tree = lxml.html.fromstring(rename_classes(PAGE))
    div, p, span = tree.find(".//div"), tree.find(".//p"), tree.find(".//span")
    # The text and the structure stay; no rule word is left in a class or id.
    assert (p.text, span.text) == ("Quay", "Jane Doe/AFP")
    names = " ".join(f"{e.get('class')} {e.get('id') or ''}" for e in (div, p, span))
    assert not any(word in names for word in ("article", "caption", "credit", "main"))
    # The same token always becomes the same stand-in, different tokens different ones.
    assert div.get("class").split()[1] == p.get("class")
    assert len({div.get("id"), *div.get("class").split(), span.get("class")}) == 4


def test_a_page_lxml_cannot_read_is_returned_as_is() -> None:
    assert rename_classes("") == ""


def test_an_xhtml_page_with_an_encoding_declaration_is_renamed_too() -> None:
    page = '<?xml version="1.0" encoding="iso-8859-1"?>' + PAGE.replace("Quay", "Quai Nº 1 – Süd")
    renamed = rename_classes(page)
    assert "caption" not in renamed
    assert (
        "Quai Nº 1 – Süd" in renamed
    )  # the text as decoded, not read again in the declared encoding


def test_plain_tags_writes_html5_sectioning_and_figure_elements_as_divs() -> None:
    page = (
        "<html><body><main><article><header><h1>Quay</h1></header><figure><img src='q.jpg'>"
        "<figcaption>The quay</figcaption></figure><p>Text</p><aside>More</aside></article>"
        "</main><footer>Site</footer></body></html>"
    )
    tree = lxml.html.fromstring(plain_tags(page))
    assert not any(tree.iter(*SEMANTIC_TAGS))
    # Text, headings, pictures and paragraphs stay where they were.
    assert [el.tag for el in tree.iter("h1", "img", "p")] == ["h1", "img", "p"]
    assert tree.text_content() == lxml.html.fromstring(page).text_content()
    assert plain_tags("") == ""


def test_div_paragraphs_writes_every_paragraph_as_a_div() -> None:
    page = (
        "<html><body><article><p>One <a href='/x'>link</a>.</p><p>Two</p></article></body></html>"
    )
    tree = lxml.html.fromstring(div_paragraphs(page))
    assert tree.find(".//p") is None
    assert [d.text_content() for d in tree.iter("div")] == ["One link.", "Two"]


def test_bare_does_the_three_changes_at_once() -> None:
    page = (
        "<html><body><article class='story'><figure><img src='q.jpg'>"
        "<figcaption class='caption'>The quay</figcaption></figure><p>Text</p></article>"
        "</body></html>"
    )
    tree = lxml.html.fromstring(bare(page))
    assert not any(tree.iter("p", *SEMANTIC_TAGS))
    assert "caption" not in lxml.html.tostring(tree, encoding="unicode")
    assert tree.text_content() == lxml.html.fromstring(page).text_content()
    assert tree.find(".//img").get("src") == "q.jpg"


def test_br_paragraphs_writes_paragraphs_as_text_runs_between_line_breaks() -> None:
    page = "<html><body><div><p>One <a href='/x'>link</a>.</p><p>Two</p>End</div></body></html>"
    tree = lxml.html.fromstring(br_paragraphs(page))
    div = tree.find(".//div")
    assert tree.find(".//p") is None
    assert (div.text, [el.tag for el in div]) == ("One ", ["a", "br", "br", "br", "br"])
    assert [br.tail for br in div.iter("br")] == [None, "Two", None, "End"]


def test_page_form_puts_the_whole_body_in_one_form() -> None:
    page = "<html><body>Top<nav>Menu</nav><article><p>Text</p></article></body></html>"
    tree = lxml.html.fromstring(page_form(page))
    body = tree.find("body")
    assert [el.tag for el in body] == ["form"]
    assert body[0].text_content() == lxml.html.fromstring(page).find("body").text_content()


def test_lazy_images_moves_picture_urls_to_an_unnamed_attribute() -> None:
    page = (
        "<html><body><picture><source srcset='/a.jpg 1x'><img src='/a.jpg' data-src='/b.jpg'>"
        "</picture></body></html>"
    )
    tree = lxml.html.fromstring(lazy_images(page))
    source, img = tree.find(".//source"), tree.find(".//img")
    assert dict(source.attrib) == {"data-echo-set": "/a.jpg 1x"}
    assert img.get("src", "").startswith("data:image/gif") and img.get("data-echo") in (
        "/a.jpg",
        "/b.jpg",
    )
    assert "data-src" not in img.attrib


def test_related_class_labels_the_deepest_container_of_most_paragraph_text() -> None:
    story = "".join(f"<p>Paragraph {i} of the story about the quay.</p>" for i in range(6))
    page = (
        f"<html><body><nav><p>Menu</p></nav><div id='page'><div class='story'>{story}</div>"
        "<aside><p>A teaser</p></aside></div></body></html>"
    )
    tree = lxml.html.fromstring(related_class(page))
    assert [el.get("class") for el in tree.iter("div")] == [None, "story related-links"]


def test_unclosed_aside_nests_the_page_in_a_sidebar() -> None:
    page = "<html><body class='x'><article><p>Story text.</p></article></body></html>"
    tree = lxml.html.fromstring(unclosed_aside(page))
    aside = tree.find("body/aside")
    assert aside.get("class") == "sidebar widget-area"
    assert aside.find(".//article/p").text == "Story text."
    assert unclosed_aside("<p>No body tag</p>") == "<p>No body tag</p>"


def test_extensionless_drops_picture_extensions_of_long_file_names_only() -> None:
    page = (
        '<img src="https://x.org/m/quay-opening-800x600.jpg?w=1" '
        'srcset="/m/quay-opening-big.webp 2x, /m/quay-opening-small.PNG 1x">'
        '<img src="/m/5000.jpg"><a href="/m/quay-opening-full.jpeg#z">full</a>'
        "<p>The file quay.jpg and /m/a-long-page-name.html stay.</p>"
    )
    assert extensionless(page) == (
        '<img src="https://x.org/m/quay-opening-800x600?w=1" '
        'srcset="/m/quay-opening-big 2x, /m/quay-opening-small 1x">'
        '<img src="/m/5000.jpg"><a href="/m/quay-opening-full#z">full</a>'
        "<p>The file quay.jpg and /m/a-long-page-name.html stay.</p>"
    )


def test_discard_class_adds_share_tools_to_the_article_container() -> None:
    story = "".join(f"<p>Paragraph {i} of the story about the quay.</p>" for i in range(6))
    page = f"<html><body><nav><p>Menu</p></nav><div class='story'>{story}</div></body></html>"
    tree = lxml.html.fromstring(discard_class(page))
    assert [el.get("class") for el in tree.iter("div")] == ["story share-tools"]


def test_split_article_cuts_the_container_in_three_parts_around_ad_slots() -> None:
    story = "".join(f"<p>Paragraph {i} of the story about the quay.</p>" for i in range(6))
    page = f"<html><body><div id='s' class='story'>{story}</div><nav>Menu</nav></body></html>"
    body = lxml.html.fromstring(split_article(page)).find("body")
    assert [(el.tag, el.get("class"), el.get("id")) for el in body] == [
        ("div", "story", "s"),
        ("div", "ad-slot", None),
        ("div", "story", None),
        ("div", "ad-slot", None),
        ("div", "story", None),
        ("nav", None, None),
    ]
    assert [len(el.findall("p")) for el in body if el.get("class") == "story"] == [2, 2, 2]
    assert split_article("<p>No container</p>") == "<p>No container</p>"


def test_every_stress_adapter_runs_as_the_shared_tools_call_it() -> None:
    # The tools call an adapter with (html, url) when its signature takes a second argument.
    import inspect

    import benchmarks.extraction as extraction

    page = "<html><body><article><p>" + "The quay opened on Monday. " * 20 + "</p></article>"
    for names in extraction.STRESS.values():
        for name in (n.split(":")[1] for extractors in names.values() for n in extractors):
            adapter = getattr(extraction, name)
            takes_url = len(inspect.signature(adapter).parameters) > 1
            args = (page, "https://example.com/a") if takes_url else (page,)
            adapter(*args)  # raises if the adapter cannot run as called
