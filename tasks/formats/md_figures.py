"""Figures written as markup inside Markdown bodies: a static-site generator's tag (Hugo's
`{{< figure src=… caption=… attr=… >}}`, Jekyll's `{% include figure.html image=… %}`,
Eleventy's `{% figure "src", "caption", "© credit" %}`), Nuxt Content's block components
(`::name` … `::` with their props), WordPress's `[caption]…[/caption]` and raw HTML
(`<figure>`, `<img>`), each read as an image with its caption and credit; other template
tags on a line of their own carry no text."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from wirecopy.schemas.records import Block, Image

# One template tag filling the line: Hugo's shortcodes ({{< … >}}, {{% … %}}) and Liquid's
# tags ({% … %}, Jekyll's includes). Bounded: a line longer than this is text, not a tag.
_TAG_MAX_CHARS = 2000
_TEMPLATE_TAG = re.compile(
    r"^(?:\{\{[<%]-?(?P<hugo>.*?)-?[>%]\}\}|\{%-?(?P<liquid>.*?)-?%\})$", re.S
)
# A tag's arguments in order, without names (Eleventy's and Nunjucks' shortcodes).
_POSITIONAL = re.compile(r"\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'")
# Nuxt Content's block component (MDC): "::name" or "::name{props}" opening the chunk, "::"
# closing it, its props as YAML between "---" lines or in the braces, its slot text between.
_MDC_OPEN = re.compile(r"^::(?P<name>[\w-]+)(?:\{(?P<inline>[^{}\n]*)\})?\s*$")
_MDC_CLOSE = re.compile(r"^::\s*$")
_YAML_PROP = re.compile(r"^(?P<key>[\w-]+)\s*:\s*(?P<value>.*?)\s*$")
# A credit's opening in a value no key names: the copyright sign or a label and a colon.
_CREDIT_OPENING = re.compile(r"^(?:©|\([cC]\)|[^\W\d_]{2,20}\s*[:：])")
_ARG = re.compile(
    r"(?P<key>[\w-]+)\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|(?P<bare>[^\s\"'}%>]+))"
)
# WordPress's caption shortcode around an <img> (or a Markdown image) and its caption text;
# other bracket shortcodes alone on a line ([gallery ids="…"], [embed]…[/embed]) are markup.
_WP_CAPTION = re.compile(r"^\[caption\b(?P<args>[^\]]*)\](?P<inner>.*?)\[/caption\]$", re.S | re.I)
_WP_SHORTCODE = re.compile(
    r"^\[(?P<name>gallery|embed|video|audio|playlist|contact-form[\w-]*|wpforms|ad|adsense)"
    r"\b[^\]]*\](?:.*?\[/(?P=name)\])?$",
    re.S | re.I,
)
_HTML_FIGURE = re.compile(
    r"^(?:<p>\s*)?(?:<figure\b.*</figure>|<img\b[^>]*>)(?:\s*</p>)?$", re.S | re.I
)
_MD_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<url>\S+?)(?:\s+\"[^\"]*\")?\)")
# The argument names the generators' figure tags use (Hugo's figure, Jekyll themes' includes).
_URL_KEYS = ("src", "image", "image_path", "url", "path", "file", "img", "source")
_CAPTION_KEYS = ("caption", "description", "title")
_CREDIT_KEYS = ("attr", "credit", "credits", "copyright", "photographer", "attribution", "byline")
# The arguments a template tag writes text in (callouts, notes, quotes).
_TEXT_KEYS = ("content", "text", "quote", "body", "message")
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg|tiff?)(?:[?#]\S*)?$", re.I)
# A credit element inside a <figcaption> says so in its class.
_CREDIT_CLASS = re.compile(r"credit|copyright|byline|photographer|attribution|source", re.I)


def markup_blocks(chunk: str) -> list[Block] | None:
    """The blocks a chunk of figure or template markup stands for (an image, or none), or None
    when the chunk is text.

    >>> [b.image.credits for b in markup_blocks('{{< figure src="a.jpg" attr="X/AFP" >}}')]
    [('X/AFP',)]
    >>> markup_blocks('{{< youtube w7Ft2ymGmfc >}}'), markup_blocks('He said {{< ref "a" >}}.')
    ([], None)
    """
    text = chunk.strip()
    if not text or len(text) > _TAG_MAX_CHARS:
        return None
    if (component := _mdc_component(text)) is not None:
        return component
    if m := _TEMPLATE_TAG.match(text):
        inner = m["hugo"] if m["hugo"] is not None else m["liquid"]
        if "\n\n" in inner or "}}" in inner or "%}" in inner:
            return None  # two tags with text between: the text is the chunk's
        args = _args(inner)
        if image := _tag_image(args) or _positional_image(inner):
            return [image]
        # A callout's or a quote's text ("{% include note.html content="…" %}") is the story's.
        said = next((args[k] for k in _TEXT_KEYS if args.get(k)), None)
        return [Block(" ".join(said.split()))] if said else []
    lowered = text.lower()
    # One figure a chunk: text between two of them is the story's, read line by line.
    if lowered.count("[caption") == 1 and (m := _WP_CAPTION.match(text)):
        image = _html_image(m["inner"], _args(m["args"]))
        return [image] if image else []
    if _WP_SHORTCODE.match(text):
        return []
    if lowered.count("<figure") <= 1 and lowered.count("<img") <= 1 and _HTML_FIGURE.match(text):
        image = _html_image(text, {})
        return [image] if image else None
    return None


def _args(text: str) -> dict[str, str]:
    """A tag's key="value" arguments, keys in lower case."""
    found: dict[str, str] = {}
    for m in _ARG.finditer(text):
        value = m["dq"] if m["dq"] is not None else m["sq"] if m["sq"] is not None else m["bare"]
        found.setdefault(m["key"].lower(), value.strip())
    return found


def _first(args: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((args[k] for k in keys if args.get(k)), None)


def _tag_image(args: dict[str, str]) -> Block | None:
    """A generator's figure tag as an image block; None when it names no picture."""
    url = _first(args, _URL_KEYS) or next((v for v in args.values() if _IMAGE_FILE.search(v)), None)
    if not url or (not _IMAGE_FILE.search(url) and "/" not in url):
        return None
    return _image_block(
        url, args.get("alt"), _first(args, _CAPTION_KEYS), _first(args, _CREDIT_KEYS)
    )


def _positional_image(inner: str) -> Block | None:
    """A shortcode's unnamed arguments as a picture: its image file first, then its caption,
    and a value opening with a credit's label or sign ("© X") its credit."""
    values = [m["dq"] if m["dq"] is not None else m["sq"] for m in _POSITIONAL.finditer(inner)]
    values = [" ".join(v.split()) for v in values if v.strip()]
    if not values or not _IMAGE_FILE.search(values[0]):
        return None
    rest = values[1:]
    credit = next((v for v in rest if _CREDIT_OPENING.match(v)), None)
    caption = next((v for v in rest if v != credit), None)
    return _image_block(values[0], None, caption, credit)


def _mdc_component(text: str) -> list[Block] | None:
    """A Nuxt Content block component: a picture when its props name one, its slot's text when
    it has some (a callout's), else nothing; None when the chunk is no component."""
    lines = text.split("\n")
    opening = _MDC_OPEN.match(lines[0].strip())
    if opening is None:
        return [] if len(lines) == 1 and _MDC_CLOSE.match(lines[0].strip()) else None
    if len(lines) > 1 and not _MDC_CLOSE.match(lines[-1].strip()):
        return None  # its slot runs on past a blank line: read as text
    body = lines[1:-1] if len(lines) > 1 else []
    props = _args(opening["inline"] or "")
    if body and body[0].strip() == "---" and "---" in (b.strip() for b in body[1:]):
        end = next(i for i in range(1, len(body)) if body[i].strip() == "---")
        for line in body[1:end]:
            if m := _YAML_PROP.match(line.strip()):
                props.setdefault(m["key"].lower(), m["value"].strip("'\" "))
        body = body[end + 1 :]
    image = _tag_image(props)
    if image is None or (image.image and not (image.image.caption or image.image.credits)):
        image = _guessed_image(props) or image  # its caption and credit under other names
    if image is not None:
        return [image]
    slot = " ".join(" ".join(body).split())
    return [Block(slot)] if slot else []


def _guessed_image(props: dict[str, str]) -> Block | None:
    """Props in a language no key list holds ("src", "maelezo", "mpigaPicha"): the image file,
    the value opening with a credit's label its credit, the longest other value its caption."""
    url = next((v for v in props.values() if _IMAGE_FILE.search(v)), None)
    if url is None:
        return None
    rest = [v for v in props.values() if v != url and " " in v.strip()]
    credit = next((v for v in rest if _CREDIT_OPENING.match(v)), None)
    caption = max((v for v in rest if v != credit), key=len, default=None)
    return _image_block(url, None, caption, credit)


def _html_image(html: str, args: dict[str, str]) -> Block | None:
    """An HTML figure (or a WordPress caption's inner markup) as an image block."""
    md = _MD_IMAGE.search(html)
    soup = BeautifulSoup(_MD_IMAGE.sub("", html), "lxml")
    img = soup.find("img")
    url = (img.get("src") or img.get("data-src")) if isinstance(img, Tag) else None
    alt = img.get("alt") if isinstance(img, Tag) else None
    if md is not None:
        url, alt = url or md["url"], alt or md["alt"]
    if not isinstance(url, str) or not url.strip():
        return None
    credit = None
    caption_el = soup.find("figcaption")
    if isinstance(caption_el, Tag):
        for el in caption_el.find_all(class_=_CREDIT_CLASS):
            credit = credit or " ".join(el.get_text().split())
            el.decompose()
        caption = " ".join(caption_el.get_text().split())
    else:
        caption = " ".join(soup.get_text().split())  # WordPress: the text after the picture
    caption = args.get("caption") or caption
    return _image_block(url.strip(), alt if isinstance(alt, str) else None, caption, credit)


def _image_block(url: str, alt: str | None, caption: str | None, credit: str | None) -> Block:
    alt = " ".join(alt.split()) if alt else None
    caption = " ".join(caption.split()) if caption else None
    credit = " ".join(credit.split()) if credit else None
    image = Image(
        url=url, alt_text=alt or None, caption=caption, credits=(credit,) if credit else ()
    )
    return Block(alt or "", "image", image)
