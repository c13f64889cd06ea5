"""E-mailed copy (RFC 5322 and MIME): the message's text part is the copy, its Subject, Date,
sender and Content-Language the copy's fields (pure).

>>> msg = (b"From: Desk <desk@harbour.example>\\nSubject: Ferry times\\nDate: Tue, 12 Mar 2024 "
...        b"12:03:41 +0100\\nMIME-Version: 1.0\\n\\nFerry times\\n\\nThe ferry runs late.\\n")
>>> is_mail(msg), read_mail(msg).subject, read_mail(msg).body
(True, 'Ferry times', 'Ferry times\\n\\nThe ferry runs late.\\n')
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from wirecopy.tasks.formats.base import ParseError
from wirecopy.tasks.formats.decoding import decode_text

# The message's header block opens the file: "Name: value" lines, folded lines indented, then a
# blank line. Read in the first 64 KiB (mail servers' trace lines run long, never that long).
_SNIFF = 65_536
_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]{0,76}:")
# A message names its sender and its subject or date, and a header only mail carries (a
# "From:"/"Subject:" pair opens agency copy pasted from a message too: that is mail as well).
_MAIL_ONLY = frozenset(
    {b"mime-version", b"received", b"return-path", b"message-id", b"x-mailer", b"delivered-to"}
    | {b"content-type", b"content-transfer-encoding", b"reply-to", b"to"}
)
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The signature separator (RFC 3676): "-- " alone on a line; many senders' clients drop its
# space ("--"), which then opens a signature only over a few short lines closing the text.
# (… or a rule over the sender's footer, "-------" above the press office's address: dashes,
# spaced dashes, underscores, equals signs, em or en dashes)
_SIGNATURE = re.compile(r"^(?:-- ?|-{3,}|(?:- ){2,}-|_{3,}|={3,}|[—–]{3,})[ \t]*$", re.M)
_SIGNATURE_LINES = 6
_SIGNATURE_CHARS = 600
_PROSE_WORDS = 12
# A hostile message nests parts without end: its first parts are read, no more.
_MAX_PARTS = 64


def _signature_cut(body: str) -> re.Match[str] | None:
    """The signature's separator line: "-- " (the standard's), else the last "--" with a few
    short lines under it and nothing more."""
    found = None
    for found in _SIGNATURE.finditer(body):
        if found.group() == "-- ":
            return found
    if found is None:
        return None
    tail = body[found.end() :].strip()
    lines = [ln for ln in tail.splitlines() if ln.strip()]
    if len(lines) > _SIGNATURE_LINES or len(tail) > _SIGNATURE_CHARS:
        return None
    # (a signature gives a name, an address, a number; several "--" in the text part items,
    # and a line of prose under it is an item's, not a signature's)
    # (… unless the lines under it give a contact: a signature's confidentiality notice is a
    # long line, "This e-mail and any attachments are confidential …")
    dashes = [m for m in _SIGNATURE.finditer(body) if m.group().strip() == "--"]
    if found.group().strip() == "--" and len(dashes) > 1:
        return None
    # A longer rule (the last one) parts a footer only under the story's paragraphs, and the
    # footer gives an address to write to: an e-mail or a website ("Travel line: 01202 123456"
    # under a rule is a fact box's line; a rule under the headline parts it from the copy).
    if found.group().strip() != "--" and (
        len(_PARAGRAPH_BREAK.findall(body[: found.start()].strip())) < _FOOTER_AFTER_PARAGRAPHS
        or not _footer_contacts(lines)
    ):
        return None
    # (… a contact on a line of its own: a number or a date in the prose line, "call the
    # hotline on 0800 123 4567 until Friday", is the item's)
    prose = [len(ln.split()) > _PROSE_WORDS for ln in lines]
    contact = any(not long and _CONTACT.search(ln) for ln, long in zip(lines, prose, strict=True))
    # (… or a notice: the distributor's disclaimer, its rights, "إخلاء مسؤولية: … © X 2010")
    noticed = any(_NOTICE.search(ln) for ln in lines)
    if any(prose) and not (contact or noticed):
        return None
    return found


# A sender's footer gives an address to write to, or two kinds of contact ("Tel: … | www.…");
# a fact box's website alone ("Tickets: from £10 at www.…") is the story's.
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}\.\w")
_WEBSITE = re.compile(r"\bwww\.\S|https?://\S")
_PHONE = re.compile(r"(?:\+|\b0)\d[\d ()./-]{6,}\d")


def _footer_contacts(lines: list[str]) -> bool:
    """The lines give an e-mail address, or a website and a phone number."""
    text = "\n".join(lines)
    return bool(_EMAIL.search(text)) or bool(_WEBSITE.search(text) and _PHONE.search(text))


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_FOOTER_AFTER_PARAGRAPHS = 2
# A signature's notice: a disclaimer, a confidentiality note, a rights sign.
_NOTICE = re.compile(
    r"©|\([cC]\)|(?i:disclaimer|confidential|haftungsausschluss|avertissement|aviso legal"
    # (… "confidential" in the senders' other languages: German, French, Spanish and
    # Portuguese, Italian, Polish, Czech, Malay, Indonesian)
    r"|vertraulich|confidentiel|confidencial|riservat[oa]|poufn\w+|důvěrn\w+|sulit|rahasia)"
    r"|إخلاء (?:ال)?مسؤولية"
)
# A contact in a signature: an e-mail address or a phone number.
# (… or the sender's website: "Laman sesawang: www.information.gov.bn")
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|(?:\+|\b0)\d[\d ()./-]{6,}\d|\bwww\.\S")


@dataclass(frozen=True, slots=True)
class Mail:
    """What a message carries for the copy: its text, the kind of text and its headers."""

    body: str
    html: bool = False
    subject: str | None = None
    sender: str | None = None
    date: str | None = None
    language: str | None = None
    message_id: str | None = None
    signature: str | None = None


def _header_names(data: bytes) -> set[bytes] | None:
    """The header names of the block opening `data`, or None when it opens no header block."""
    names: set[bytes] = set()
    for line in data[:_SNIFF].splitlines():
        if not line.strip():
            return names if names else None  # the blank line closing the headers
        if line[:1] in (b" ", b"\t"):
            if not names:
                return None
            continue  # a folded line goes on the header above
        m = _HEADER_LINE.match(line)
        if m is None:
            return None
        names.add(m.group(0)[:-1].lower())
    return None


def is_mail(data: bytes) -> bool:
    """True when the bytes are an e-mail message: a header block naming sender and subject."""
    names = _header_names(data.removeprefix(b"\xef\xbb\xbf").lstrip(b"\r\n"))
    return bool(
        names and b"from" in names and ({b"subject", b"date"} & names) and (_MAIL_ONLY & names)
    )


def _text_part(msg: Message) -> Message | None:
    """The copy's part: the first plain-text part not sent as an attachment, else HTML."""
    html: Message | None = None
    for n, part in enumerate(msg.walk()):
        if n >= _MAX_PARTS:
            break
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        kind = part.get_content_type()
        if kind == "text/plain":
            return part
        if kind == "text/html" and html is None:
            html = part
    return html


def _unflow(text: str, delsp: bool) -> str:
    """format=flowed (RFC 3676): a line ending in a space goes on in the next one."""
    out: list[str] = []
    carry = ""
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]  # space-stuffed
        if line.endswith(" ") and line != "-- ":
            carry += line[:-1] if delsp else line
            continue
        out.append(carry + line)
        carry = ""
    if carry:
        out.append(carry)
    return "\n".join(out)


def _raw_bytes(raw: object) -> bytes:
    """The bytes of a header the parser kept as sent (8-bit bytes in no declared charset)."""
    if isinstance(raw, str):
        return raw.encode("ascii", "surrogateescape")
    chunks = decode_header(raw)  # type: ignore[arg-type]
    return b"".join(c if isinstance(c, bytes) else c.encode() for c, _ in chunks)


_BIDI_CHARSET = re.compile(r"=\?(iso-8859-[68])-[ie]\?", re.IGNORECASE)


def _header_text(raw: object, payload: bytes, charset: str | None) -> str | None:
    """A header's text: RFC 2047 words decoded, raw 8-bit bytes read in the body's code page."""
    if raw is None:
        return None
    if isinstance(raw, str) and "=?" in raw:
        # (Hebrew and Arabic mail names its page "ISO-8859-8-I", logical order, which Python
        # knows as ISO-8859-8: the same bytes)
        raw = _BIDI_CHARSET.sub(r"=?\1?", raw)
        try:
            return " ".join(str(make_header(decode_header(raw))).split()) or None
        except (ValueError, LookupError, UnicodeError):
            pass
    data = b" ".join(_raw_bytes(raw).split())
    if _CONTROL_BYTES.search(data):
        return None  # control bytes are no header's text
    if data.isascii():
        return data.decode("ascii") or None
    # Undeclared 8-bit bytes (an Outlook sending Big5 as is): read beside the body, so the
    # code page is found on enough text.
    # (Bytes no code page reads make no header.)
    try:
        joined = decode_text(data + b"\n" + payload[:4096], charset)
    except ParseError:
        return None
    return joined.split("\n", 1)[0].strip() or None


def read_mail(data: bytes) -> Mail:
    """The copy and fields of one message; ParseError when it holds no text part."""
    try:
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
    except RecursionError as exc:  # the parser recurses once per nested part
        raise ParseError("malformed e-mail", "its parts are nested too deeply to read") from exc
    part = _text_part(msg)
    if part is None:
        raise ParseError("e-mail without text", "no text/plain or text/html part to read")
    payload = part.get_payload(decode=True)
    payload = payload if isinstance(payload, bytes) else b""
    charset = part.get_content_charset()
    body = decode_text(payload, charset) if payload.strip() else ""
    if part.get_param("format", "", header="content-type") == "flowed":
        delsp = str(part.get_param("delsp", "", header="content-type")).lower() == "yes"
        body = _unflow(body, delsp)
    # The signature after its separator line ("-- ", with its space): the sender's, not the
    # copy's (kept apart, for the record).
    signature = None
    if part.get_content_type() == "text/plain" and (cut := _signature_cut(body)):
        body, signature = body[: cut.start()], body[cut.end() :].strip() or None
    if not body.strip():
        raise ParseError("empty file", "the e-mail's text part is empty")
    sender = _header_text(msg.get("from"), payload, charset)
    named = getaddresses([sender])[0][0] if sender else ""
    language = _header_text(msg.get("content-language"), b"", None) or _html_language(msg)
    return Mail(
        body=body,
        html=part.get_content_type() == "text/html",
        subject=_header_text(msg.get("subject"), payload, charset),
        sender=named or sender,
        # (its text as any header's: a Date with 8-bit bytes comes as a Header object)
        date=_iso_date(_header_text(msg.get("date"), b"", None)),
        language=(language or "").split(",")[0].strip() or None,
        message_id=_header_text(msg.get("message-id"), b"", None),
        signature=signature,
    )


def _html_language(msg: Message) -> str | None:
    """The language an HTML alternative declares on its root (`<html lang="ar">`): the text
    part's too, the same message in another form."""
    for n, part in enumerate(msg.walk()):
        if n >= _MAX_PARTS:
            break
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            head = payload[:_LANG_SEARCH] if isinstance(payload, bytes) else b""
            if (m := _HTML_LANG.search(head)) is not None:
                return m.group(1).decode("ascii")
            return None
    return None


_LANG_SEARCH = 4096
_HTML_LANG = re.compile(
    rb"<html\b[^>]{0,200}?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)", re.I
)


def _iso_date(value: str | None) -> str | None:
    """The Date header as ISO 8601 with its offset, None when it reads as no date."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
