"""Boilerplate, image and caption rules for the HTML extractor: named data, one line per rule.

Rules are generic (tag names, class/id vocabulary, ARIA roles, ad labels); none names a
publisher. A new rule is one entry here plus one fixture case in tests/test_extract_html*.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BoilerplateRule:
    """Elements to drop from the body: by tag, ARIA role or class/id token pattern."""

    name: str
    kind: str
    tags: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    token: re.Pattern[str] | None = None


def _tokens(pattern: str) -> re.Pattern[str]:
    """A pattern over one class/id token (split on spaces), matched whole, case-insensitive."""
    return re.compile(rf"(?:{pattern})", re.IGNORECASE)


# Never text: dropped silently (not recorded) because their content is code, not prose.
SILENT_TAGS = frozenset(
    {"script", "style", "template", "svg", "canvas", "iframe", "object", "embed", "button", "input"}
    | {"select", "textarea", "link", "meta", "head", "dialog"}
)

# Text for screen readers only, hidden from sight by the CSS utility classes every framework
# names so (Bootstrap's sr-only and visually-hidden, WordPress' screen-reader-text, Drupal's
# element-invisible, "off-screen"; inside a template's own token too, "lrv-a-screen-reader-only",
# "Footer_sr-only__6_vb9"; not Tailwind's "not-sr-only", which shows): "Image caption" before
# a caption, "Image source" before its credit. The truth of what a page shows has none of it.
SCREEN_READER_ONLY = (
    # Any characters around the word (a class token has no space): once the word is found the
    # rest matches at once, so a long hostile token costs one pass.
    r"(?!.*not-(?:sr-only|visually-hidden)).*?(?:sr-only|visually-?hidden|screen-?reader"
    r"|off-?screen|element-invisible|assistive-text|a11y-hidden|hidden-visually).*"
)
SCREEN_READER_TOKEN = _tokens(SCREEN_READER_ONLY)

# Tried in order on every element of the body; the first rule that matches names the removal.
# "Comments" in the languages of the templates' class names, plural only (see the rule).
_COMMENT_WORDS = (
    r"comments?|kommentare|kommentarer|kommentit|komentari|komentarze|komentare|komentarji"
    r"|commentaires|commenti|comentarios|comentarii|reacties|yorumlar|hozzaszolasok"
)
BOILERPLATE_RULES: tuple[BoilerplateRule, ...] = (
    # Site chrome: HTML5 sectioning tags that never hold the article itself.
    BoilerplateRule("nav_tag", "nav", tags=frozenset({"nav"}), roles=frozenset({"navigation"})),
    BoilerplateRule(
        "footer_tag", "footer", tags=frozenset({"footer"}), roles=frozenset({"contentinfo"})
    ),
    BoilerplateRule(
        "header_tag", "header", tags=frozenset({"header"}), roles=frozenset({"banner"})
    ),
    BoilerplateRule(
        "aside_tag", "aside", tags=frozenset({"aside"}), roles=frozenset({"complementary"})
    ),
    BoilerplateRule("form_tag", "form", tags=frozenset({"form"}), roles=frozenset({"search"})),
    # Consent layers (CMP vendors use these words in their ids/classes).
    BoilerplateRule(
        "cookie_banner",
        "cookie",
        token=_tokens(r".*(?:cookie|consent|gdpr|onetrust|didomi|usercentrics).*"),
    ),
    # Ad slots: "ad", "ads", "ad-slot", "top-ad", "dfp-…", "gpt-…", "advert…", "sponsored…".
    BoilerplateRule(
        "ad_slot",
        "ad",
        token=_tokens(
            r"ads?|adv|ad[-_].*|.*[-_]ads?|.*[-_]ad[-_].*|advert.*|.*advertis.*|adslot.*|adunit.*"
            r"|dfp.*|gpt[-_].*|.*sponsor.*|banner|.*-banner|taboola.*|outbrain.*|teads.*|.*adsense.*"
            r"|werbung|anzeige|commercial.*|promo|promo[-_].*|.*[-_]promo"
        ),
    ),
    # Newsletter sign-up and subscription boxes ("paywall"/"subscription" classes are left alone:
    # publishers put them on the locked article paragraphs themselves).
    BoilerplateRule(
        "newsletter_box",
        "newsletter",
        token=_tokens(r".*(?:newsletter|subscribe|signup|sign-up|optin|opt-in|premium-teaser).*"),
    ),
    # Related/recommended lists and teaser links.
    BoilerplateRule(
        "related_list",
        "related",
        token=_tokens(
            r".*(?:related|recommend|more-stories|morestories|read-?more|readmore|also-read"
            r"|further-reading|trending|most-read|mostread|most-popular|popular-|next-article"
            r"|recirc|more-from|more-on|you-may-like|see-also|inline-link|tags?-list"
            r"|topics-list|keywords).*|tags|topics"
        ),
    ),
    # Reader comments (… and the word in the plural in other languages: a thread of
    # "komentari", "kommentare", "commentaires"; the singular is an opinion column's name too,
    # a German "Kommentar", a Spanish "comentario").
    BoilerplateRule(
        "comments",
        "comments",
        token=_tokens(
            rf"(?:{_COMMENT_WORDS})|.*[-_](?:{_COMMENT_WORDS})|(?:{_COMMENT_WORDS})[-_].*|disqus.*"
        ),
    ),
    # Breadcrumbs and menus inside the content column.
    BoilerplateRule(
        "menu",
        "nav",
        token=_tokens(
            r"breadcrumbs?|.*[-_]breadcrumbs?|menu|.*[-_]menu|menu[-_].*|navbar|skip-?link.*"
        ),
    ),
    # Bylines, datelines and meta rows: the metadata extractor reads them separately.
    BoilerplateRule(
        "byline",
        "byline",
        token=_tokens(
            r".*byline.*|dateline|article-meta|post-meta|entry-meta|meta-?data|author-?bio"
            r"|author-?box|author-info|about-author|timestamp|publish-date|published-date"
        ),
    ),
    # Print/visually hidden helpers and modal overlays.
    BoilerplateRule(
        "hidden_helper",
        "hidden",
        token=_tokens(rf"{SCREEN_READER_ONLY}|modal"),
    ),
)

RULE_TAGS = frozenset(t for r in BOILERPLATE_RULES for t in r.tags)
RULE_ROLES = frozenset(t for r in BOILERPLATE_RULES for t in r.roles)

# An element nobody sees: styled out of sight or moved off-screen ("left:-9999px"): a tracking
# pixel, or the second half of an article behind a "Read more" button.
STYLE_HIDDEN = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden"
    r"|(?:left|top)\s*:\s*-\d{3,}(?:\.\d+)?px)",
    re.I,
)

# Elements that run inside a line of text: a container of only these (and text) is a paragraph
# to a reader, whatever its tag.
INLINE_TAGS = frozenset(
    {"a", "span", "b", "i", "em", "strong", "small", "sup", "sub", "br", "abbr", "cite", "q"}
    | {"mark", "time", "u", "s", "code", "font", "wbr", "big", "del", "ins"}
)

# Figures and captions leave the body (their text becomes image captions).
CAPTION_TAGS = frozenset({"figure", "figcaption", "picture"})
# The caption's class in the languages publishers write their templates in, not only English:
# "cutline" (US newsrooms), Bildunterschrift/Bildtext (de, sv), bildetekst/billedtekst (no, da),
# kuvateksti (fi), bijschrift/onderschrift (nl), didascalia (it), leyenda/epígrafe (es),
# podpis (pl, cs), popis (cs, sk: "popis", "popisek"), felirat (hu).
CAPTION_TOKEN = _tokens(
    r".*(?:caption|legend|credit|copyright|photographer|cutline|didascal|bildunterschrift"
    r"|bildtext|bildetekst|billedtekst|kuvateksti|bijschrift|onderschrift|leyenda|ep[ií]graf"
    r"|podpis|popis|felirat"
    # A picture's description, as Chinese and other CMSs class it ("image_desc", "pic-desc";
    # "onimage-info" is a teaser's comment count).
    r"|(?<![a-z])(?:img|image|pic|photo|foto)[-_]?desc(?:ription)?(?![a-z])).*"
)

# Short standalone labels marking an ad slot, in the languages of the corpus and beyond.
# A class token naming a picture's caption as a whole word of it ("image-caption", "cutline",
# "wp-caption-text", "img_desc"; not "legendary-quote", "topic-info"), not a switch of one
# ("no-caption", "hide-caption", "has-caption": a story paragraph's class may say so). Read by
# html/figures.py and the feeds' HTML (formats/wiretext.py).
CAPTION_CLASS_TOKEN = re.compile(
    r"(?!(?:no|hide|hidden|has|show|without|toggle)[-_])(?:[\w-]*[-_])?"
    r"(?:caption|cutline|legend|bildunterschrift|bildtext|bildetekst|billedtekst|kuvateksti"
    r"|bijschrift|onderschrift|didascalia|leyenda|ep[ií]grafe|podpis|popis|felirat"
    # (… Portuguese, Italian, Polish, Czech "legenda")
    r"|legenda"
    # A picture's description, as Chinese, Korean and other CMSs class it ("image_desc",
    # "pic-desc"; "image-text" is as often a layout's block of text beside a picture).
    r"|(?:img|image|pic|photo|foto)[-_]?desc(?:ription)?)(?:[-_][\w-]*)?",
    re.IGNORECASE,
)

AD_LABELS = frozenset(
    {
        "advertisement",
        "advertising",
        "ad",
        "sponsored",
        "sponsored content",
        "anzeige",
        "werbung",
        "publicidad",
        "publicité",
        "publicite",
        "pubblicità",
        "advertentie",
        "reklame",
        "reklama",
        "mainos",
        "annonse",
        "annons",
        "annonce",
        "publicidade",
        "publicitate",
        "διαφήμιση",
        "реклама",
        # (partners' news: the sponsored links' heading in Russian and Ukrainian copy; Uzbek
        # "on the rights of advertising"; Telugu "advertisement")
        "новости партнеров",
        "новини партнерів",
        "reklama huquqi asosida",
        "ప్రకటన",
        # (Polish "promotional material (of the partner)", "sponsored article")
        "materiał promocyjny",
        "materiały promocyjne",
        "materiał promocyjny partnera",
        "materiały promocyjne partnera",
        "artykuł sponsorowany",
        "广告",
        "廣告",
        "reklam",
        "hirdetés",
        "iklan",
        "quảng cáo",
        "إعلان",
        "פרסומת",
        "विज्ञापन",
        "oglas",
        "reclamă",
        "διαφημιση",
        "haberin devamı",
        "článok pokračuje pod reklamou",
        "článok pokračuje pod video reklamou",
        "광고",
        "広告",
        "story continues below advertisement",
        "article continues below advertisement",
        "continue reading below",
        "scroll to continue with content",
        "weiterlesen nach der anzeige",
        "artikel wird unter der anzeige fortgesetzt",
        # Amharic, Georgian, Thai and Bengali "advertisement"
        "ማስታወቂያ",
        "რეკლამა",
        "โฆษณา",
        "বিজ্ঞাপন",
        # … and the word in more of the languages we read (the concept, not a phrase): Estonian,
        # Latvian, Albanian, Armenian, Kazakh, Mongolian, Slovenian and Serbian, Icelandic,
        # Welsh, Basque, Catalan, Swahili, Filipino, Persian, Urdu, Kannada, Odia, Tamil,
        # Malayalam, Gujarati, Marathi, Punjabi, Sinhala, Burmese, Lao and Khmer.
        "reklaam",
        "reklāma",
        "reklamë",
        "գովազդ",
        "жарнама",
        "сурталчилгаа",
        "оглас",
        "auglýsing",
        "hysbyseb",
        "iragarkia",
        "publicitat",
        "tangazo",
        "patalastas",
        "تبلیغات",
        "آگهی",
        "اشتہار",
        "ಜಾಹೀರಾತು",
        "ବିଜ୍ଞାପନ",
        "விளம்பரம்",
        "പരസ്യം",
        "જાહેરાત",
        "जाहिरात",
        "ਇਸ਼ਤਿਹਾਰ",
        "දැන්වීම",
        "ကြော်ငြာ",
        "ໂຄສະນາ",
        "ពាណិជ្ជកម្ម",
    }
)

# A class rule leaves an element alone when it holds this much low-link prose: a box of
# boilerplate is short, an article section is not (tuned on the dev corpus).
MAX_BOILERPLATE_PROSE = 400
MAX_BOILERPLATE_LINK_DENSITY = 0.3
# A <p> this long is prose even under a boilerplate class (locked paywall paragraphs).
MIN_PROSE_PARAGRAPH = 150
# A class rule never removes a container holding this share of the page's paragraph text:
# a wrapper named "post-meta-content" must not take the article with it.
MAX_REMOVED_TEXT_SHARE = 0.3
# Removed fragments are kept for review; each is cut to this many characters.
MAX_FRAGMENT_CHARS = 500
MAX_FRAGMENTS = 200

# Images that are never article pictures (matched on URL and alt text, and, for what a picture
# is rather than how it loads, on class and id).
# Words naming a picture that is no photo, read as whole words of its URL ("siteLogo.png",
# "/icons/", "avatar-64.jpg"), never inside another word ("iconic-bridge.jpg", "authorities").
JUNK_IMAGE_WORDS = frozenset(
    {"logo", "icon", "avatar", "sprite", "spacer", "placeholder", "emoji", "gravatar"}
    # (an app's or a channel's QR code: "xhc_app_qrcode.png")
    | {"qrcode"}
)
# Words that name such pictures but also what a news photo shows ("israel-flag.jpg",
# "police-badge.jpg", "front-loader.jpg", "high-profile-trial.jpg"): junk as a folder or host
# of the URL ("/author/", "pixel.wp.com"), in a file name only when it is no photo file.
JUNK_IMAGE_WEAK_WORDS = frozenset(
    {"pixel", "tracking", "badge", "transparent", "loader", "spinner", "beacon", "author"}
    | {"profile", "flag"}
)
# Marks of a non-photo in a URL, as written: a spacer or loading GIF, a 1x1 pixel, an ad
# server's path, a tracking endpoint.
JUNK_IMAGE_MARKS = re.compile(
    # (… an ad server's host, "//ad.tmgrup.com.tr/…", "//ads.example.vn/…", or a banners
    # folder: "/img/banners/volyn-oblenergo-300x600.jpg")
    r"blank\.|loading\.|1x1|/ads?/|doubleclick|googlesyndication|googleadservices|adservice\."
    r"|facebook\.com/tr|thumb-?author"
    r"|//ads?\.|//adserver|/banners?/"
    # (… an ad's creative named by its slot, "ad-300x250-ksrtc.jpg")
    r"|/ads?[-_]\d{2,4}x\d{2,4}"
    # (… a site theme's own pictures, "/wp-content/themes/civilbeat/images/support-….png":
    # the template's, never an upload's)
    r"|/wp-content/themes/|/themes/[\w-]+/(?:assets/)?(?:images?|img)/",
    re.IGNORECASE,
)
# An alt text this short names what the picture is ("Site logo", "Author avatar"); a longer
# one describes a photo ("The Israeli flag flies over the embassy").
JUNK_ALT_MAX_WORDS = 3
# A lazy loader marks the real photo's element while it waits ("id-RatioPlaceholder",
# "bg-transparent", "is-loading"): in a class those words say how it loads, not what it shows.
JUNK_IMAGE_CLASS = re.compile(
    r"logo|icon|avatar|sprite|pixel|spacer|tracking|badge|emoji|gravatar|author|profile|flag"
    r"|qr-?code",
    re.IGNORECASE,
)
# A video player's controls and messages, read in a picture's alt text or caption: the picture
# is the poster frame of a video, not a photo of the story ("Click to play video: …", "Video
# Unavailable", "Media playback is unsupported on your device"). English, German, French,
# Spanish, Italian, Dutch and Portuguese wordings of "play the video".
PLAYER_TEXT = re.compile(
    # At the start of the text only: "Teenagers play video games at the fair" is a caption.
    # No word boundary after the message: players' labels run together ("Video LoadingVideo
    # Unavailable") once their elements' text is joined.
    r"\s*(?:(?:click|tap|press)\s+(?:here\s+)?to\s+(?:play|watch)|play\s+video\b"
    r"|video\s+(?:loading|unavailable|will\s+auto-?play)|media\s+playback"
    r"|video\s+(?:abspielen|starten)\b|lire\s+la\s+vid[ée]o\b"
    r"|reproducir\s+(?:el\s+)?v[ií]deo\b|riproduci\s+(?:il\s+)?video\b"
    r"|video\s+afspelen\b|reproduzir\s+(?:o\s+)?v[ií]deo\b)",
    re.IGNORECASE,
)
# Image attributes that carry the real URL on lazy-loading pages, best first.
LAZY_SRC_ATTRS = (
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-url",
    "data-hi-res-src",
    "src",
)
LAZY_SRCSET_ATTRS = ("data-srcset", "data-lazy-srcset", "srcset")
# Any other data-*srcset / data-*src attribute: lazy loaders name their own
# ("data-lazyimage-srcset", "data-hq-src"); tried after the known names, before a placeholder src.
LAZY_DATA_ATTR = re.compile(r"data-[\w-]*?(?P<kind>srcset|src)", re.IGNORECASE)
# Tags that embed a picture: AMP pages use <amp-img> instead of <img>.
IMAGE_TAGS = ("img", "source", "amp-img")
# Images declared smaller than this (width or height attribute, px) are icons or pixels.
MIN_IMAGE_SIDE = 100

# Elements inside a figure that hold the credit, not the caption. "author" as class names write
# it in other languages: "bildautor", "foto-autor", "autore" (de/es/pt/pl/it), "auteur" (fr/nl).
CREDIT_TOKEN = _tokens(
    r".*(?:credit|copyright|photographer|attribution|rights|source|fotograf|quelle|author|byline"
    r"|autor|auteur|urheber|nachweis|courtesy).*"
    # "Source" in other languages (es, it/pt, cs/sk, da/no, sv, fi, pl): short words, so whole
    # parts of a token only ("foto-fuente", not "fontello").
    r"|(?:.*[-_])?(?:fuente|fonte|zdroj|kilde|k[aä]lla|l[aä]hde|[zź]r[oó]d[lł]o)(?:[-_].*)?"
    # … and "credit" cut short as a last part ("gnt_em_img_cr", the Gannett papers' credit
    # beside "gnt_em_img_cp", its caption part), and "author" so ("v-mdl-fig__ath", Vocento's
    # papers' credit beside "v-mdl-fig__tx", its text).
    r"|.+[-_](?:cr|crd|cred|ath|auth)"
)
# Data attributes naming the caption element ("data-caption", "data-aida-caption"; not the
# credit's "data-captionauthor").
CAPTION_ATTR = re.compile(r"data-(?:[\w-]*-)?caption", re.I)
# Data attributes naming the credit element ("data-captionauthor", "data-photo-credit").
CREDIT_ATTR = re.compile(r"data-[\w-]*(?:credit|copyright|photographer|author)[\w-]*", re.I)
# Text between a credit element and a sibling that continues it ("Photo by X / AP").
CREDIT_JOINERS = frozenset({"", "/", "|", ",", ";", "&", "via"})
# Tags that hold a figure's attribution by HTML semantics ("<figure>…<footer>AP</footer>").
CREDIT_TAGS = frozenset({"cite", "footer"})
CREDIT_ITEMPROPS = frozenset({"copyrightholder", "creator", "author", "copyrightnotice"})
CAPTION_ITEMPROPS = frozenset({"caption", "description"})
