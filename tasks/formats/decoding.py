"""Bytes to text for Markdown, plain agency copy and HTML pages.

In order: a byte order mark (UTF-8, UTF-16, UTF-32), the charset the HTTP response declared,
UTF-8, then a legacy code page read from the content. Bytes that are not text are refused:
control bytes (binary files), or bytes that no encoding reads as text (4 KB of random high
bytes decodes "successfully" in any single-byte code page, and loaded as an article).

>>> decode_text("Zürich\\r\\n".encode("utf-16"))
'Zürich\\n'
>>> decode_text("Zürich".encode("cp1252"))
'Zürich'
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from wirecopy.tasks.formats.base import ParseError

# Bytes that never occur in text files; a few of them in the first 8 KB mean binary.
_CONTROL = bytes(range(0, 9)) + bytes([11, 12]) + bytes(range(14, 32))
_CONTROL_CHARS = frozenset(_CONTROL.decode("latin-1"))
_NOISE = _CONTROL + b"\x7f"
# Printable ASCII and whitespace. Text in any script is at least this share ASCII, or a code
# page reads it (Cyrillic, Greek, Thai, CJK pages are found by charset_normalizer): bytes that
# are neither are not text. Measured on the first 64 KB.
_ASCII_TEXT = bytes(range(32, 127)) + b"\t\n\r"
_MIN_ASCII_SHARE = 0.5
_ASCII_SAMPLE = 65536
# Valid multi-byte UTF-8 characters per broken sequence above which damaged bytes are UTF-8.
_UTF8_EVIDENCE = 4
_BINARY_SNIFF = 8192
# Share of control bytes above which a file is binary (text files have none; 1% allows noise).
_BINARY_CONTROL_RATIO = 0.01
# Byte order marks of the wide encodings; UTF-32 LE first, as it starts with the UTF-16 LE one.
_WIDE_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Legacy Western text: when cp1252 is among the plausible readings it wins (as browsers do);
# its five undefined bytes are kept as latin-1. Other code pages (cp1251, Shift JIS, …) are
# taken as detected instead of loading mojibake.
_WESTERN = "cp1252"
# A latin-1 reading is a Windows-1252 one (WHATWG): 0x80-0x9F are quotes, dashes and œ there,
# never the C1 controls latin-1 makes of them.
_LATIN1_LABELS = frozenset({"iso8859-1", "ascii"})
# The letters beyond ASCII of the Central European languages: Croatian, Serbian and Bosnian
# (Latin), Slovene, Czech, Slovak, Polish, Hungarian, Romanian.
_CENTRAL_EUROPEAN_ALPHABETS = tuple(
    frozenset(letters)
    for letters in (
        "čćđšž",
        "čšž",
        "áčďéěíňóřšťúůýž",
        "áäčďéíĺľňóôŕšťúýž",
        "ąćęłńóśźż",
        "áéíóöőúüű",
        "ăâîșşțţ",
    )
)
# The Central European code pages and the languages written in them (charset_normalizer's
# names), whose letters Windows-1252 turns into others ("č" into "è", "ć" into "æ").
_CENTRAL_EUROPEAN_PAGES = frozenset({"cp1250", "iso8859-2"})
_CENTRAL_EUROPEAN_LANGUAGES = frozenset(
    {"Croatian", "Serbian", "Slovene", "Slovak", "Czech", "Polish", "Hungarian", "Romanian"}
)
# … and the Turkish ones, whose "ı", "ş", "ğ", "İ" Windows-1252 reads as Icelandic letters
# ("Ulaþtýrma Bakanlýðý"); Turkish text uses these letters beyond ASCII only.
_TURKISH_PAGES = frozenset({"cp1254", "iso8859-9"})
_TURKISH_ALPHABET = frozenset("çğıöşüâîû")
# Per region: its code pages, its languages, the alphabets a reading must keep to.
_REGIONAL_PAGES: tuple[tuple[frozenset[str], frozenset[str], tuple[frozenset[str], ...]], ...] = (
    (_CENTRAL_EUROPEAN_PAGES, _CENTRAL_EUROPEAN_LANGUAGES, _CENTRAL_EUROPEAN_ALPHABETS),
    (_TURKISH_PAGES, frozenset({"Turkish"}), (_TURKISH_ALPHABET,)),
)


# The East Asian code pages senders declare, and the supersets their bytes are really in (as
# browsers read them, WHATWG's Encoding Standard): a "GB2312" file holds GBK's characters
# (a name's "喆"), "EUC-KR" Windows-949's, "Shift_JIS" Windows-932's, "Big5" HKSCS's.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "euc_kr": "cp949", "shift_jis": "cp932",
              "big5": "big5hkscs"}  # fmt: skip


def superset(encoding: str) -> str:
    """The code page a declared East Asian one is read as (see _SUPERSETS); others as named."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return encoding
    return _SUPERSETS.get(name, encoding)


def decode_text(data: bytes, encoding: str | None = None) -> str:
    """Decode a wire file: a BOM, the HTTP charset if known, UTF-8, else a legacy code page.

    CRLF and CR line ends become LF. ParseError for an empty file or one that is not text.
    """
    if not data or not data.strip():
        raise ParseError("empty file", f"{len(data)} bytes, no text")
    wide = _wide_encoding(data, encoding)
    if wide is not None:
        # UTF-16/32 text is full of NUL bytes: judged on its characters, not its bytes.
        text = data.decode(wide, errors="replace")
        if not text.strip():
            raise ParseError("empty file", f"{len(data)} bytes, no text")
        head = text[:_BINARY_SNIFF]
        _refuse_binary(sum(c in _CONTROL_CHARS for c in head), len(head), "\x00" in head)
        return _lines(text)
    sniff = data[:_BINARY_SNIFF]
    # (ISO-2022's escape sequences switch its character sets: Japanese and Korean e-mail's
    # encodings, 7-bit text, not control bytes)
    controls = (
        len(sniff)
        - len(_ISO_2022_ESCAPE.sub(b"", sniff).translate(None, _CONTROL))
        - (len(sniff) - len(_ISO_2022_ESCAPE.sub(b"", sniff)))
    )
    if b"\x1b$)C" in sniff:  # ISO-2022-KR shifts in and out of Korean with SO and SI
        controls -= sniff.count(b"\x0e") + sniff.count(b"\x0f")
    _refuse_binary(controls, len(sniff), b"\x00" in sniff)
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    if encoding:
        try:
            return _lines(data.decode(superset(encoding)))
        except (LookupError, UnicodeDecodeError):
            pass  # an unknown label, or one the bytes do not fit: decode by content below
    if _ISO_2022_ESCAPE.search(data[:_BINARY_SNIFF]):
        korean = b"\x1b$)C" in data[:_BINARY_SNIFF]
        for name in reversed(_ISO_2022_CODECS) if korean else _ISO_2022_CODECS:
            try:
                return _lines(data.decode(name))
            except UnicodeDecodeError:
                continue
    try:
        return _lines(data.decode("utf-8"))
    except UnicodeDecodeError:
        return _lines(_legacy(data))


# ISO-2022-JP's and ISO-2022-KR's switches between character sets ("ESC $ B" … "ESC ( B").
_ISO_2022_ESCAPE = re.compile(rb"\x1b(?:\$[@AB]|\$\([CD]|\([BJI]|\$\)C)")
_ISO_2022_CODECS = ("iso2022_jp_2", "iso2022_kr")


def _wide_encoding(data: bytes, encoding: str | None) -> str | None:
    """UTF-16 or UTF-32, from a byte order mark or (without one) the declared charset."""
    for bom, name in _WIDE_BOMS:
        if data.startswith(bom):
            return name
    try:
        name = codecs.lookup(encoding).name if encoding else ""
    except LookupError:
        return None
    return name if name.startswith(("utf-16", "utf-32")) else None


def _refuse_binary(controls: int, length: int, nul: bool) -> None:
    """ParseError when the start of a file holds a NUL or more than 1% control characters."""
    if nul or controls > length * _BINARY_CONTROL_RATIO:
        raise ParseError("binary file, not text", "control bytes found in the first 8 KB")


def legacy_text(data: bytes) -> str:
    """Bytes that are not UTF-8, in the legacy code page their content reads in."""
    return _legacy(data)


def _legacy(data: bytes) -> str:
    """Text in a legacy code page, found by content; ParseError when none reads it as text."""
    damaged = _mostly_utf8(data)
    if damaged is not None:
        return damaged
    # Without its control characters (SOH/STX of agency copy, a DOS end-of-file mark, DEL): a
    # few of them are allowed in text, but they count as chaos to the detector.
    matches = charset_normalizer.from_bytes(data.translate(None, _NOISE))
    best = matches.best()
    if best is None:
        # Both must say so: no code page reads it, and it is not mostly ASCII text either.
        sample = data[:_ASCII_SAMPLE]
        if len(sample.translate(None, _ASCII_TEXT)) > (1 - _MIN_ASCII_SHARE) * len(sample):
            raise ParseError("not text", "no character encoding reads these bytes as text")
        return data.decode(_WESTERN, errors="wirecopy-latin1")
    western = codecs.lookup(best.encoding).name in _LATIN1_LABELS
    reading = next((m for m in matches if _WESTERN in m.could_be_from_charset), None)
    # Windows-1252 wins among the plausible readings (as browsers do), unless the text is in a
    # Central European or Turkish language its region's page reads better: Croatian in
    # Windows-1250 ("poveæala" in 1252), Turkish in Windows-1254. Other languages keep 1252
    # (German, Portuguese read "better" in Baltic or Latin-2 pages by a hair, and wrongly).
    page = codecs.lookup(best.encoding).name
    region = next((r for r in _REGIONAL_PAGES if page in r[0] and best.language in r[1]), None)
    # (as coherent and cleaner counts too: Hungarian's "ő" and "ű" read in Windows-1252 make
    # "õ" and "û", letters of other languages, which the detector's word lists do not weigh)
    better = (
        reading is not None
        and region is not None
        and (best.coherence, -best.chaos) > (reading.coherence, -reading.chaos)
        and best.chaos <= reading.chaos
    )
    if better and region is not None:
        text = data.decode(best.encoding, errors="replace")
        if _one_alphabet(text, region[2]):
            return text
    if western or reading is not None:
        text = data.decode(_WESTERN, errors="wirecopy-latin1")
        return _hungarian(data, text) or _turkish(data, text) or _romanian(data, text) or text
    return data.decode(best.encoding, errors="replace")


# Hungarian's "ő" and "ű" are Windows-1252's "õ" and "û" (bytes 0xF5, 0xFB): the detector's
# language guess on a short text may miss them (Swedish, by its word lists). Read in the
# Central European page, a text whose letters beyond ASCII are all Hungarian's is Hungarian:
# Portuguese ("ã" is "ă" there), Estonian ("ä") and French ("è" is "č") are not.
_HUNGARIAN = frozenset("áéíóöőúüű")
_HUNGARIAN_TELLS = frozenset("õûÕÛ")


def _hungarian(data: bytes, western: str) -> str | None:
    """The text in Windows-1250 when its Windows-1252 reading has Hungarian's letters in
    another language's form and the 1250 reading has Hungarian's letters only; else None."""
    if not _HUNGARIAN_TELLS.intersection(western):
        return None
    text = data.decode("cp1250", errors="replace")
    return text if _one_alphabet(text, (_HUNGARIAN,)) else None


# Romanian's "ș", "ț", "Ș", "Ț" in ISO-8859-16 (its own page; "ă" is 0xE3 there as in Latin-2)
# are Windows-1252's "º", "þ", "ª", "Þ" ("Chiºinãu"): a short text the detector did not place.
_ROMANIAN = frozenset("ăâîșțşţĂÂÎȘȚŞŢ")
_ROMANIAN_TELLS = re.compile(r"(?<=[^\W\d_])[ºª]|[ºª](?=[^\W\d_])")


def _romanian(data: bytes, western: str) -> str | None:
    """The text in ISO-8859-16 when its Windows-1252 reading has "º" or "ª" inside words and
    the 8859-16 reading has Romanian's letters only; else None."""
    if not _ROMANIAN_TELLS.search(western):
        return None
    text = data.decode("iso8859_16", errors="replace")
    return text if _one_alphabet(text, (_ROMANIAN,)) else None


# Turkish's "ı", "ş", "ğ", "İ", "Ş", "Ğ" are Windows-1252's Icelandic "ý", "þ", "ð", "Ý", "Þ",
# "Ð" (bytes 0xFD, 0xFE, 0xF0, 0xDD, 0xDE, 0xD0): a short text the detector did not place.
_TURKISH_TELLS = frozenset("ýþðÝÞÐ")


def _turkish(data: bytes, western: str) -> str | None:
    """The text in Windows-1254 when its Windows-1252 reading has those letters and the 1254
    reading Turkish letters only (Icelandic keeps "á", "é", "æ": not Turkish's); else None."""
    if not _TURKISH_TELLS.intersection(western):
        return None
    # (Turkish writes its dotless "ı" more than its "ğ"; Icelandic's "ð" comes without "ý" as
    # often: "Veðurstofan varar við stormi" stays Western)
    dotless = western.count("ý") + western.count("Ý")
    if dotless == 0 or dotless < western.count("ð") + western.count("Ð"):
        return None
    text = data.decode("cp1254", errors="replace")
    return text if _one_alphabet(text, (_TURKISH_ALPHABET,)) else None


def _one_alphabet(text: str, alphabets: tuple[frozenset[str], ...]) -> bool:
    """The text's letters beyond ASCII all belong to one of these alphabets (Portuguese read
    in Windows-1250 mixes Romanian "ă", Hungarian "ő" and Polish "ę")."""
    letters = {c for c in text.lower() if c.isalpha() and not c.isascii()}
    return any(letters <= alphabet for alphabet in alphabets)


def _mostly_utf8(data: bytes) -> str | None:
    """The text, with U+FFFD for the broken bytes, of UTF-8 damaged in a few places.

    Valid multi-byte sequences do not occur by chance in legacy text ("é" in Windows-1252 is a
    lone byte): when they outnumber the invalid ones many times over, the file is UTF-8 with
    a corrupt byte or a truncated character, not Windows-1252.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - broken
    return text if multibyte >= _UTF8_EVIDENCE * broken else None


def _lines(text: str) -> str:
    """CRLF and CR line ends as LF."""
    if "\r" not in text:  # most files: one scan for a character, not two replace passes
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("wirecopy-latin1", _latin1_fallback)
