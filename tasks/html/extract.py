"""HTML page -> HtmlPage: one parse shared by the metadata, image and body extractors (pure).

>>> page = extract_html("<html lang='en'><body><article><h1>Hi</h1><p>Hello there.</p></article>"
...                     "</body></html>", "https://example.com/a")
>>> page.title, page.language
('Hi', 'en')
"""

from __future__ import annotations

from wirecopy.schemas.records import HtmlPage, RemovedFragment
from wirecopy.tasks.html.body import (
    extract_paragraphs,
    find_scope,
    page_headlines,
    paywall_prompts,
    placeholder_paragraphs,
    prune_boilerplate,
    strip_captions,
    strip_read_captions,
    unextracted_fragments,
    without_headline,
)
from wirecopy.tasks.html.breaks import break_paragraphs
from wirecopy.tasks.html.comments import drop_declared_comments
from wirecopy.tasks.html.figures import gather_sibling_captions
from wirecopy.tasks.html.images import extract_images, script_images
from wirecopy.tasks.html.joiners import joined_words, restore_joiners
from wirecopy.tasks.html.lead import (
    classed_lead,
    declared_lead,
    lead_not_removed,
    with_declared_lead,
    with_script_lead,
)
from wirecopy.tasks.html.meta import (
    extract_authors,
    extract_canonical,
    extract_dates,
    extract_description,
    extract_language,
    extract_section,
    extract_site_name,
    extract_title,
)
from wirecopy.tasks.html.page import folded, parse_page
from wirecopy.tasks.html.recall import (
    continue_in_twins,
    page_paragraphs,
    reads_in_full,
    recall_net,
    rendered_rest,
    restore_siblings,
    reveal_hidden,
    script_article,
)
from wirecopy.tasks.html.rules import MAX_FRAGMENTS
from wirecopy.tasks.html.stories import drop_other_stories
from wirecopy.tasks.html.tables import unwrap_layout_tables, unwrap_sectioned_lists
from wirecopy.tasks.rule_switches import fire


def extract_html(html: str, url: str | None = None) -> HtmlPage:
    """Extract metadata, body paragraphs, images and the removed boilerplate from one page."""
    bundle = parse_page(html, url)
    published, modified, published_raw = extract_dates(bundle)
    canonical = extract_canonical(bundle)
    if bundle.url is None:
        bundle.url = canonical
    page = HtmlPage(
        title=extract_title(bundle),
        description=extract_description(bundle),
        authors=extract_authors(bundle),
        published_at=published,
        modified_at=modified,
        language=extract_language(bundle),
        section=extract_section(bundle),
        canonical_url=canonical,
        site_name=extract_site_name(bundle),
    )
    if published_raw:
        page.extra["published_raw"] = published_raw
    break_paragraphs(bundle.tree)  # "text<br><br>text" pages are read as the paragraphs shown
    unwrap_layout_tables(bundle.tree)  # a page laid out in a <table> is read as its blocks
    unwrap_sectioned_lists(bundle.tree)  # … and a list of sections (a liveblog's entries)
    gather_sibling_captions(bundle.tree)  # a caption right after a picture's box is its own
    # The next story a page serves below its own, and the reader comments it marks up as
    # such, go before anything weighs the page's text.
    others = drop_other_stories(bundle, page.title)
    drop_declared_comments(bundle.tree, others)
    # Order matters: boilerplate goes first so teaser thumbnails never count as article images;
    # captions go after the images have read them, before the body is taken.
    before = page_paragraphs(bundle.tree)  # read before pruning: what the body may take back
    # (a page that never writes the word holds no prompt: the tree is not walked for one)
    paywalled = "aywall" in html or "egwall" in html  # (a substring test: a regex cost 2 ms)
    prompts = paywall_prompts(bundle.tree) if paywalled else frozenset()
    # Before pruning too: templates class a lead like a teaser.
    lead = declared_lead(bundle) or classed_lead(bundle)
    headlines = page_headlines(bundle.tree)
    # A page that writes its paragraphs as <div>s of text is weighed by those, not its <p>s.
    divs = before.in_divs
    chars = before.all_chars + (before.div_chars if divs else 0)
    page.removed = others.removed + prune_boilerplate(
        bundle.tree, chars, divs, bundle.url, comments_out=others.paragraphs
    )
    page.images = extract_images(bundle, find_scope(bundle.tree, divs))
    page.removed.extend(strip_captions(bundle.tree))
    page.removed.extend(strip_read_captions(bundle))
    blocks, source = extract_paragraphs(bundle, full=reads_in_full(before))
    if source == "trafilatura":
        blocks = continue_in_twins(restore_siblings(blocks, before), before)
        blocks = reveal_hidden(blocks, before)
    # The net may read the unpruned page again: the other stories are left out of that too.
    blocks, source = recall_net(html, bundle.url, blocks, source, before, others.without)
    # (a page whose JSON-LD holds its article body repeats its text there: no state to read)
    declared_body = bool(bundle.article.get("articleBody"))
    # (a paywall's prompt closing the printed part is no paragraph the state continues)
    printed = [b for b in blocks if folded(b) not in prompts] if prompts else blocks
    if (
        source == "trafilatura"
        and not declared_body
        and (rest := rendered_rest(html, bundle.url, printed)) is not None
    ):
        blocks, source = rest, "script"
    blocks = with_declared_lead(blocks, lead)
    # A script-rendered page's lead and pictures are in its state: read from the unpruned page
    # (pruning drops the scripts), parsed once for both.
    unpruned = parse_page(html).tree if source == "script" else None
    if unpruned is not None:
        blocks = with_script_lead(blocks, page.description, unpruned, page.title)
    lead_paragraphs = lead.paragraphs if lead is not None else ()
    page.paragraphs = without_headline(blocks, headlines, page.removed, lead_paragraphs)
    page.paragraphs = restore_joiners(page.paragraphs, joined_words(html))
    if filler := placeholder_paragraphs(page.paragraphs):
        fire("placeholder_text")
        page.paragraphs = [p for p in page.paragraphs if p not in filler]
        page.removed.extend(
            RemovedFragment(kind="hidden", rule="placeholder_text", text=p) for p in filler
        )
    if prompts and (shown := [p for p in page.paragraphs if folded(p) in prompts]):
        fire("paywall_prompt")
        page.paragraphs = [p for p in page.paragraphs if folded(p) not in prompts]
        page.removed.extend(
            RemovedFragment(kind="newsletter", rule="paywall_prompt", text=p) for p in shown
        )
    page.removed = lead_not_removed(page.removed, page.paragraphs, lead)
    if unpruned is not None:  # rendered by script: its pictures are in the same stored article
        page.images = script_images(bundle, page.images, script_article(unpruned))
    page.extra["body_source"] = source
    # What the body extractor itself left out is recorded too, under its own name.
    room = max(0, MAX_FRAGMENTS - len(page.removed))
    page.removed.extend(unextracted_fragments(bundle.tree, page.paragraphs, source)[:room])
    return page
