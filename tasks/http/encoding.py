"""Body decoding: BOM, valid UTF-8, HTTP charset, <meta> charset, then detection."""

from __future__ import annotations

import codecs
import re
from email.message import Message

import charset_normalizer

# How far into the document a <meta charset> may sit (the HTML spec's prescan reads 1024 bytes;
# real pages put long <title>/<link> blocks first, so we look a little further).
META_SCAN_BYTES = 4096

# <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""",
    re.IGNORECASE,
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # checked before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Labels that browsers (WHATWG Encoding Standard) decode as windows-1252: servers say
# "iso-8859-1" or "us-ascii" for cp1252 text all the time, and 0x80-0x9F are curly quotes
# and dashes there, not C1 controls.
_WINDOWS_1252_ALIASES = frozenset({"ascii", "iso8859-1"})

# Undeclared single-byte Western text: charset_normalizer often ranks a Baltic/Central European
# code page first on short pages (measured: French news copy came back as cp1257). When cp1252
# produces one of its plausible readings we take cp1252, as browsers do for legacy pages.
_WESTERN_DEFAULT = "cp1252"


def _codec_name(label: str) -> str | None:
    """Python codec name for an encoding label, or None when unknown."""
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None
    return "cp1252" if name in _WINDOWS_1252_ALIASES else name


def header_charset(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header: "text/html; charset=UTF-8" -> "UTF-8"."""
    if not content_type:
        return None
    msg = Message()
    msg["content-type"] = content_type
    charset = msg.get_param("charset")
    return charset if isinstance(charset, str) and charset else None


def meta_charset(body: bytes) -> str | None:
    """The charset declared by a <meta> tag near the top of an HTML document, if any."""
    match = _META_CHARSET.search(body[:META_SCAN_BYTES])
    return match.group(1).decode("ascii", "replace") if match else None


def _try_decode(body: bytes, label: str | None, wide: bool = False) -> tuple[str, str] | None:
    """Strictly decode with label; None when the label is unknown or does not fit the bytes.

    `wide`: UTF-16/32 may be meant (an HTTP header may say so; a <meta> can't truthfully,
    as it would not be readable as ASCII).
    """
    if not label:
        return None
    name = _codec_name(label)
    if name is None:
        return None
    if name.startswith(("utf-16", "utf-32")) and not wide:
        return None
    try:
        return body.decode(name), name
    except UnicodeDecodeError:
        return None


def _detect(body: bytes) -> tuple[str, str]:
    """Guess with charset_normalizer, preferring cp1252 among equally plausible readings."""
    matches = charset_normalizer.from_bytes(body)
    for match in matches:
        if _WESTERN_DEFAULT in match.could_be_from_charset:
            return body.decode(_WESTERN_DEFAULT, errors="replace"), _WESTERN_DEFAULT
    best = matches.best()
    if best is not None:
        name = _codec_name(best.encoding) or best.encoding
        return str(best), name
    # Binary-looking input: keep every byte visible rather than fail.
    return body.decode("utf-8", errors="replace"), "utf-8"


def _valid_utf8(body: bytes) -> str | None:
    """The text when body is non-ASCII and strictly valid UTF-8, else None."""
    if body.isascii():
        return None  # pure ASCII reads the same in any declared ASCII-compatible charset
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


def decode_body(body: bytes, content_type: str | None) -> tuple[str, str]:
    """Decode a response body to text; returns (text, Python codec name used, e.g. "utf-8").

    >>> decode_body("café".encode("cp1252"), "text/html; charset=utf-8")
    ('café', 'cp1252')
    >>> decode_body("café".encode(), "text/html; charset=iso-8859-1")
    ('café', 'utf-8')
    """
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body.decode(name, errors="replace"), name
    # Non-ASCII bytes that happen to form valid UTF-8 are almost never legacy text, while a
    # stale "charset=iso-8859-1" over UTF-8 is common (server defaults): a single-byte charset
    # decodes anything, so trusting it would load mojibake ("cafÃ©"). UTF-8 wins when it fits.
    header = header_charset(content_type)
    # A header that says UTF-16/32 is believed when the body has NUL bytes (UTF-16 text in a
    # Latin script is half NULs, UTF-8 text has none): any even run of UTF-8 bytes would also
    # decode as UTF-16, into nonsense.
    wide = _try_decode(body, header, wide=True) if b"\x00" in body[:4096] else None
    if wide is not None:
        return wide
    utf8 = _valid_utf8(body)
    if utf8 is not None:
        return utf8, "utf-8"
    # A declared charset that fails strict decoding is wrong, so we fall through to the next hint.
    for label in (header, meta_charset(body), "utf-8"):
        decoded = _try_decode(body, label)
        if decoded is not None:
            return decoded
    return _detect(body)
