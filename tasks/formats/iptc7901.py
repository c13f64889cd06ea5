"""IPTC 7901 and ANPA 1312: plain-text wire copy whose control characters are its structure.

A transmission is SOH, the header line (source/number, priority, category, word count, ...), STX,
the text (slug/keyword line, headline, byline, dateline paragraph, body), ETX, a trailer (the
transmission date) and EOT; one file may hold several. ANPA marks head lines with `^`, line ends
with `<` and byline ends with `=`; dpa-style 7901 ends head lines with `=`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from wirecopy.schemas.agencies import canonical_agency
from wirecopy.schemas.wire import WireFile, WireFormat, WireItem
from wirecopy.tasks.dates import MONTH_ABBREVIATIONS as _MONTH_NAMES
from wirecopy.tasks.dates import month_number
from wirecopy.tasks.formats.bylines import authors_from_byline
from wirecopy.tasks.formats.errors import WireFormatError
from wirecopy.tasks.formats.nitf import KILL_NOTE
from wirecopy.tasks.formats.wiretext import clean, scrub

SOH, STX, ETX, EOT = "\x01", "\x02", "\x03", "\x04"
# Other C0 controls (SYN padding, DLE, ...) carry no text.
_NOISE = re.compile(r"[\x00\x05-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Header lines. ANPA 1312: service letter + 4-digit number, priority, category, keyword (slug),
# optional version, MM-DD date, word count:
# "a0123 r a BC-Harbour-Budget 1stLd-Writethru 11-20 0512".
ANPA_HEADER = re.compile(
    r"^(?P<service>[A-Za-z])(?P<number>\d{4})\s+(?:(?P<selector>\S{2,8})\s+)??"
    r"(?P<priority>[A-Za-z1-5])\s+(?P<category>[A-Za-z])\s+(?P<slug>\S+)"
    r"(?:\s+(?P<version>.*?))??\s+(?P<date>\d{2}-\d{2})\s+(?P<words>\d{3,5})\s*$"
)
# IPTC 7901: source id + message number, priority digit, category, word count, then optional
# information: "dpa0123 4 pl 345 dpa 0555".
IPTC_HEADER = re.compile(
    r"^(?P<source>[A-Za-z]{2,6})\s*(?P<number>\d{2,6})\s+(?P<priority>[1-8])\s+"
    r"(?P<category>[A-Za-z]{1,3})\s+(?P<words>\d{1,5})(?:\s+(?P<info>.*))?$"
)
# ANPA priority letters → IPTC urgency (1 = flash ... 8 = lowest).
ANPA_URGENCY = {"f": 1, "b": 2, "u": 3, "r": 5, "d": 6, "a": 7}

# Head lines before the body, each kind by its first words.
# A correction's word in the wires' languages, opening the desk's note on what a version fixes.
_CORRECTION_WORDS = (
    r"corrige|corrigé|correction|corrected|corrección|correccion|correção|correcao|rettifica|"
    r"correzione|"
    r"korrektur|berichtigung|oikaisu|korjaus|rättelse|rettelse|korrigering|correctie|"
    r"sprostowanie|helyesbítés|исправление|виправлення|düzeltme|"
    # (… Croatian, Bosnian and Serbian, Slovenian, Czech and Slovak, Romanian, Greek)
    r"ispravak|ispravka|исправка|popravek|oprava|corectură|corectura|erată|errata|διόρθωση|"
    # (… Estonian, Latvian, Lithuanian, Icelandic)
    r"parandus|labojums|pataisymas|leiðrétting"
)
_CORRECTION_WORDS_CAPS = "|".join(w.upper() for w in _CORRECTION_WORDS.split("|"))
_CORRECTION_OPENING = re.compile(rf"^(?:{_CORRECTION_WORDS})\b", re.IGNORECASE)
ED_NOTE = re.compile(
    r"^(?:eds?|editors?|note to editors|achtung|note|nota|avis|huom|aten[ţțt]ie)\b\s*[:.]"
    # A note to the desks that print the copy ("AVIS AUX RÉDACTIONS:", "Hinweis an die
    # Redaktionen:", "Nota para las redacciones:").
    r"|^(?:avis|note|notice|hinweis|nota|aviso)\s+(?:aux|to|an|a|à|para|per|für|alle)\s+"
    r"(?:the\s+|les\s+|die\s+|las\s+|le\s+)?(?:rédactions?|editors?|desks?|redaktion\w*|"
    r"redacci\w+|redazion\w+|redaç\w+)\s*:"
    # The embargo line above the headline ("EMBARGO: NOT FOR USE BEFORE 1800 HRS CAT …"): in
    # capitals or with its colon ("Embargo on oil tightened" is a headline).
    r"|^(?-i:EMBARGO(?:ED)?|HOLD FOR RELEASE)\b|^(?:embargo(?:ed)?|sperrfrist)\s*:"
    # A note in brackets before the headline ("(Korrigierte Fassung: Im 3. Absatz richtig …)").
    r"|^\([^()]{3,200}:[^()]{3,400}\)$"
    # ANPA's advance release and its notes on use and art in brackets ("ADVANCE FOR SUNDAY,
    # MARCH 13", "(For use by Newhouse News Service clients only)", "(ART ADV: Photos …)").
    r"|^(?-i:(?:ADVANCE FOR|FOR RELEASE)\s+(?:[A-Z]+DAY|WEEKEND|AM|PM|RELEASE|AT|ON|AFTER|UNTIL|"
    r"\d)|ADV\d{1,2})\b"
    r"|^\((?:for use|art adv|adv\b|for release|eds?\b|editors?\b)[^()]{0,200}\)$"
    # (… and the desk's note on what this version changes: "(CORRECTS export figure in 3rd
    # para …)", "(Updates with minister's comment)", "(Repeats to more subscribers)")
    r"|^\((?:corrects?|corrected|correcting|repeats?|updates?|recasts?|adds|fixes)\b[^()]{0,200}\)$"
    # (… or the correction's word opening the line, with its colon or in capitals before the
    # note in lower case: "OIKAISU: korjattu liikevaihdon …", "CORRIGE cifra de escuelas …";
    # "CORRECTION OFFICERS STRIKE" is a headline in capitals)
    rf"|^(?:{_CORRECTION_WORDS})\s*:\s*\S"
    # (… and its request to use this version: "Palume kasutada seda versiooni.", "Please use
    # this version.", "Bitte diese Fassung verwenden.")
    r"|^(?:please use this version|palume kasutada seda versiooni|käyttäkää tätä versiota"
    r"|bitte (?:verwenden sie )?diese fassung(?: verwenden)?|utilisez cette version"
    r"|använd (?:denna|den här) version(?:en)?|bruk denne versjonen|brug denne version"
    r"|gebruik deze versie|usare questa versione|use esta versión)\b"
    rf"|^(?-i:(?:{_CORRECTION_WORDS_CAPS}))\s+(?-i:(?=[^\n]*[a-zà-ÿ])[^A-ZÀ-Þ\s])",
    re.IGNORECASE,
)
# A label of a few words wholly in brackets, no sentence ("(Money column)", "(Kolumne)").
_BRACKETED_LABEL = re.compile(r"^\([^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2}\)$")
# A head line opening with a one-word label and its colon ("ПОВЛЕКУВАЊЕ: …", "WYCOFANE: …").
_LABEL_OPENING = re.compile(r"^\W*[^\W\d_]+\s*:")
BYLINE = re.compile(
    r"^(?:(?:by|von|par|por|di|av|door|af|kirjoittanut)\s+\S"
    # (… Romanian "de" in lower case before a capitalised name: "de Corina Dumitrescu")
    r"|(?-i:de)\s+(?-i:[A-ZĂÂÎȘŞȚŢ])\w+\s+(?-i:[A-ZĂÂÎȘŞȚŢ]))",
    re.IGNORECASE,
)
# Under the headline, the writer and the agency parted by a pipe ("Julie Ménard | Agence
# QMI"): capitalised names on the left, a news organisation's word on the right.
_PIPED_BYLINE = re.compile(
    r"^(?:[A-ZÀ-Þ][\w.'’-]+\s){1,3}[A-ZÀ-Þ][\w.'’-]+\s*\|\s*"
    # … the agency's name: capitalised words, no figure ("Powell Speaks | Press conference at
    # 2:30 pm" is a subheadline).
    r"(?=(?:\S+\s){0,4}\S*\b(?i:agen\w+|ag[êe]ncia|press\w*|news|wire|service|nachrichten)\b)"
    r"[A-ZÀ-Þ][\w.'’&-]*(?:\s[A-ZÀ-Þ][\w.'’&-]*){0,4}$"
)
# A byline's second line: the writer's title ("Associated Press Writer").
BYLINE_TITLE = re.compile(r"\b(?:writer|correspondent|reporter|editor|korrespondent\w*)$", re.I)
# A slug/keyword line: AP's "BC-..." or a dpa-style "Place/Topic/" keyword line.
SLUG = re.compile(r"^(?:BC-\S+.*|[^\s/]+(?:/[^\s/]*){1,6}/?)$")
# The dateline that opens the first paragraph: "HARBOURTON, Wash. (AP) _ " or "Berlin (dpa) - ".
DATELINE = re.compile(
    # (… or a full stop, as the German services write it: "Kamenz (dapd-lsc). Die …")
    r"^(?P<dateline>[^\n()]{2,80}?\s*\((?P<agency>[^()]{1,30})\))\s*(?:[-_–—:]+|--|(?P<dot>\.))\s+"
    # After a dated dateline the agency may stand without a dash ("New Delhi, Nov 27 (PTI) …")
    # or without brackets ("SAPPORO, Nov. 27 Kyodo - …").
    r"|^(?P<dated>[A-Z][^\n()]{1,40}?,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2},?\s*"
    r"(?:\((?P<agency2>[A-Z][\w.&-]{1,20}(?:\s[A-Z][\w.&-]{1,20})?)\)\s+(?=[A-Z\"“])"
    r"|(?P<agency3>[A-Z][A-Za-z]{1,14})\s+[-_–—]+\s+)"
    # A numeric date there too, the agency in brackets ("Wien, 04.06.2024 (KAP) Die …"; dpa's
    # agenda "Berlin, 14.06. Bundestag - …" names an event, not an agency).
    r"|[A-Z][^\n()]{1,40}?,\s*\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?\s*"
    r"\((?P<agency5>[A-Z][\w.&-]{1,20})\)\s+(?=[A-Z\"“]))"
    # The agency first, in capitals or as a short name, then its place and date ("(AGI) -
    # Roma, 14 mag. - Un …"; "(ANALYSIS) - …" is a kind of story).
    # A longer name in capitals only before a place and a day ("(AGENPARL) - Roma, 12 nov -"),
    # and only with evidence that it names an agency (see _dateline).
    r"|^(?P<led>\((?:(?P<agency4>[A-Z]{2,6}|[A-Z][a-z]{2,5})"
    r"|(?P<agency6>[A-Z]{7,10})(?=\)\s*[-–—]\s+[A-Z][^\n(),]{1,30},\s*\d{1,2}\s))"
    r"\)\s*[-–—]\s+[A-Z][^\n()]{1,40}?\s[-–—]\s+)"
    # The agency between slashes after a dated place, then a dash ("Bucureşti, 22 mar /Rompres/
    # - …", "WASHINGTON, Oct. 5 /U.S. Newswire/ -- …").
    r"|^(?P<slashdated>[^\W\d_][^\n()/,]{1,40},\s*[^\n()/]{0,12}?\d[^\n()/]{0,8}?\s*"
    r"/(?P<agency7>[^\W\d_][\w .&'-]{0,24}[\w.])/\s*(?:--|[-–—])\s+)"
)
_DOTTED_PLACE_WORDS = 4
# A long word in capitals names an agency by its shape: an agency's word opening or closing it
# ("AGENPARL", "ANSAPRESS", "ITARNEWS"); "(ANALYSIS)", "(EXCLUSIVE)", "(CORRECTED)" name a kind of
# story and have none (nor the item's source's letters, see _dateline).
_AGENCY_WORD = re.compile(r"^(?:AGEN|AGENZ)|(?:PRESS|PRESSE|NEWS|WIRE|PARL|AGENCY|NACHRICHTEN)$")
# The header's source ("ANS0231 4 pl …": "ANS", ANSA's and its services' "ANSAMED").
_HEADER_SOURCE = re.compile(r"[A-Za-z]{3,6}(?=\d)")


def _dateline(text: str, header: str = "") -> re.Match[str] | None:
    """The dateline opening a paragraph; a long word in capitals before its place and day is
    an agency's name only with evidence: an agency's word in it (_AGENCY_WORD), or the item's
    header's source opening it ("ANS0231 …" and "(ANSAMED) - Roma, 12 nov -")."""
    m = DATELINE.match(text)
    if m is not None and m.group("dot"):
        # (after a full stop only an agency's code in lower case, "dpa", "dapd-lsc", or a
        # known agency: "The minister (CDU). He said …" is a sentence)
        # (… after a place of a few words: "… auf 6,4 Prozent gesunken (vorlaeufig). Das …"
        # is a sentence and its remark)
        agency = m.group("agency").strip()
        place = m.group("dateline")[: m.start("agency") - m.start("dateline")].rstrip(" (")
        if len(place.split()) > _DOTTED_PLACE_WORDS or not place[:1].isupper():
            return None
        lower_code = re.fullmatch(r"[a-z][a-z0-9]{1,9}(?:[-/][a-z0-9]{1,9})?", agency)
        return m if lower_code or canonical_agency(agency)[1] else None
    if m is None or (word := m.group("agency6")) is None:
        return m
    source = _HEADER_SOURCE.match(header.strip())
    # (… or an agency the alias table knows: "AGERPRES", "ADNKRONOS", "INTERFAX", "BERNAMA")
    if (
        _AGENCY_WORD.search(word)
        or canonical_agency(word)[1]
        or (source and word.startswith(source.group().upper()))
    ):
        return m
    return None


# Head lines that are no headline: the desk's keyword in capitals ("SKI-HOKKAIDO", "DEL27",
# "KILL KILL KILL", "PA"), a version ("2nd Lead", "HEALTH Flu 2ndLead").
# A keyword is one word joined by hyphens or slashes, a code of capitals and digits, or one
# word said again ("KILL KILL KILL"); a headline in capitals or in a script without case
# ("SKI RESORT OPENS TWO WEEKS EARLY", "国务院召开常务会议") is none of these.
_KEYWORD = re.compile(
    # (the word said again may be shouted: "TÖRLÉS! TÖRLÉS! TÖRLÉS!")
    r"^(?:[^\s:]{1,40}[-/][^\s:]{1,40}|(?=[A-Z0-9]*\d)[A-Z0-9]{2,10}|[A-Z]{2,5}"
    # (… or parted by the wires' dashes: "KILL -- KILL -- KILL")
    r"|(\w+)!?(?:\s+(?:-{1,2}\s+)?\1!?)+)$"
)
_VERSION = re.compile(
    r"^(?:[A-Za-z]+\s+){0,2}\d+(?:st|nd|rd|th)\s?(?:lead|ld|add|take|writethru)$", re.I
)
# Trailer blocks after the story: END marks, rules, AP's "AP-NY-11-20-24 1512EST", a 7901
# transmission time "201512 GMT Nov 24" (its month in the sender's language: "181540 GMT JUIN
# 24"), dpa's desk codes "dpa xy yz".
TRAILER = re.compile(
    r"^(?:\(?END\)?|ENDS|ENDE|FIN|SLUT|LOPPU|NNNN|MORE|Enditem|_{3,}|-{3,}|#{1,5}|"
    r"AP-[A-Z]{2}-\d{2}-\d{2}-\d{2,4}\s+\d{4}\w{3}|"
    # … and the date and time alone, as other ANPA senders close ("03-12-24 1452EDT", the zone
    # in lower case too: "03-08-11 1535est").
    # (… after the sender's name, "AccuWeather 11-19-03 1042EST")
    r"(?:[A-Z][A-Za-z.]{1,15}\s+)?\d{2}-\d{2}-\d{2,4}\s+\d{4}[A-Za-z]{2,4}|"
    # (the transmission time: day, hour and minute, a zone, a month and a year of 2 or 4
    # figures; its month word is one (see _is_trailer): "120000 Mann 1945" is a body's line)
    # (the military form glues its zone: "141120Z MAR 24")
    # (… after the desk's slashed codes: "JB/LC/RS 171538 JAN 06", "УН/ОК 031412 бер 11")
    # (… the agency's name before them, of two words too: "AMOS NEWS/cd/ms 141235 apr 09",
    # "EastRussia/еа/ав 091014 мар 16")
    # (… or hyphenated: "DECA-press/vc 111530 SEP 07")
    r"(?:(?:[^\W\d_]{1,12}\s)?[^\W\d_]{1,12}(?:-[^\W\d_]{1,8})?(?:/[^\W\d_]{1,6}){1,4}\s+)?"
    r"(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3]):?[0-5]\d(?:Z\s+|\s+(?:[A-Z]{3,4}\s+)?)"
    r"(?P<month>[^\W\d_]{3,4})\.?\s+(?:\d{4}|\d{2})"
    # (… the desk's slashed codes after it: "141205 Mrz 18 AgE/hk")
    r"(?:\s+[^\W\d_]{1,6}(?:/[^\W\d_]{1,6}){1,4})?|"
    r"[a-z]{2,5}\s+[a-z]{1,4}(?:\s+[a-z]{1,4}){0,3}|"
    # … and in capitals with the transmission's stamp ("PTI RSN MR", "MR", "11271430"), slashed
    # ("arc/yfr") or after the agency's bracketed name ("(Hina) mk ds"); a rule of underscores
    # ("_ _ _"), the copyright line and any agency's AP-style stamp ("UPI-DC-03-12-24 1437E").
    r"[A-Z]{2,5}(?:\s+[A-Z]{2,4}){1,4}|\d{6,10}|[a-z]{2,5}(?:/[a-z]{1,5})+/?|"
    # (… or capitals: "(Public Policy) GIL", the agency's name of two words)
    r"\([A-Za-z]{2,12}(?: [A-Za-z]{2,12})?\)(?:\s+(?:[a-z]{1,4}|[A-Z]{2,4})){1,4}|(?:_\s*){3,}|"
    r"(?i:copyright\s+\d{4}\b.{0,100})|"
    # (… the bureau of three or four letters: "CANA-GEO 08-14-97 1342AST", "TMS-CHI …"; or
    # its city: "FNS-FARGO 06-20-12 1108CDT")
    r"[A-Z]{2,6}-[A-Z]{2,10}[-\s]\d{2}-\d{2}-\d{2,4}\s+\d{4}\w{1,3}|"
    # (… without a desk's code: "CNS-07-14-08 1612EDT", "LATWP-06-22-05 1547EDT")
    r"[A-Z]{2,6}-\d{2}-\d{2}-\d{2,4}\s+\d{4}[A-Za-z]{2,4}|"
    # … in lower case with a zone of four ("nzpa-wn-03-11-10 1432NZDT"), the agency's name in
    # capitals over its desk's initials ("NZPA sm kn"), and a date by name, year first, with
    # its weekday and time ("2024. március 14., csütörtök 10:42").
    r"[a-z]{2,5}-[a-z]{2}-\d{2}-\d{2}-\d{2,4}\s+\d{4}[A-Za-z]{1,4}|"
    r"[A-Z]{2,6}(?:\s+[a-z]{1,4}){1,4}|"
    r"\d{4}\.\s?(?P<month2>[^\W\d_]{3,12})\s\d{1,2}\.,?(?:\s[^\W\d_]{3,12},?)?\s\d{1,2}[:.]\d{2}|"
    # The desk's codes slashed in capitals ("LINA/MTK/JSB") or its initials in a script without
    # case ("ع ف/ م ع", SUNA's), and the date and time alone, day first ("11/9/2024 11:25 GMT",
    # "14-05-2024 1130 GMT"), which close the copy before its end mark.
    r"[A-Z]{2,6}(?:/[A-Z]{1,4}){1,4}|END\s+ADV\w*(?:\s.{0,60})?|"
    # (… the art advisory after it: "(ART ADV: Photos are being sent to NewsCom.)")
    r"\((?:ART|PHOTOS?|GRAPHICS?)\s+ADV\w*:.{0,100}\)|"
    r"[^\W\d_a-zA-Z]{1,2}(?:\s[^\W\d_a-zA-Z]{1,2})?(?:\s?/\s?[^\W\d_a-zA-Z]{1,2}(?:\s[^\W\d_a-zA-Z]{1,2})?)+|"
    r"\d{1,2}[-./]\d{1,2}[-./]\d{4}\s+\d{1,2}[:.]?\d{2}(?:\s+[A-Z]{2,4})?|"
    # … after the agency's name in capitals, or its desk's codes slashed ("ROMPRES 22.03.2006
    # 13:07", "VENPRES/mgr/ja 14-06-01 1542"), each on a line of its own too.
    r"[A-Z]{3,10}(?:/[A-Za-z]{1,5}){0,4}(?:\s+[A-Za-z]{1,4}(?:/[A-Za-z]{1,5}){1,4})?"
    r"\s+\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\s+\d{1,2}[:.]?\d{2}"
    r"(?:\s*[A-Z]{2,4})?|[A-Z]{3,10}(?:/[a-z]{1,5}){1,4}|\d{2}-\d{2}-\d{2}\s+\d{4})$"
)
_DESK_INITIALS = re.compile(r"^[A-Z]{2,4}$")


def _is_trailer(line: str) -> bool:
    """The line is one of the trailer's (TRAILER), a transmission time's month a real month's
    abbreviation ("121541 ABR 16", "181540 GMT JUIN 24"; not "123456 Euro 2024")."""
    m = TRAILER.match(line)
    # (a month in capitals the table lacks is one too: "121541 MRT 24", "121541 KWI 24",
    # "121541 МАР 24"; "120000 Mann 1945" is a body's line)
    month = m.group("month") if m is not None else None
    return (
        m is not None
        and (month is None or month_number(month) is not None or month.isupper())
        and (m.group("month2") is None or month_number(m.group("month2")) is not None)
    )


# Time-zone abbreviations of wire trailers → UTC offsets in hours.
TZ_HOURS = {"GMT": 0, "UTC": 0, "UT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
            "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "CET": 1, "MEZ": 1, "CEST": 2,
            "MESZ": 2, "BST": 1, "EET": 2, "EEST": 3,
            # … and the zones other agencies stamp their copy in, unambiguous ones only.
            "MSK": 3, "МСК": 3, "PKT": 5, "BDT": 6, "WIB": 7, "ICT": 7, "HKT": 8, "SGT": 8,
            "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13, "EAT": 3,
            "WAT": 1, "CAT": 2, "SAST": 2, "ART": -3, "BRT": -3,
            # … and the Andean and River Plate agencies' ("05-14-18 1042VET", AVN).
            "VET": -4, "BOT": -4, "PET": -5, "COT": -5, "UYT": -3,
            }  # fmt: skip
# … and the Caribbean's in ANPA's trailers ("CANA-GEO 08-14-97 1342AST": Atlantic time), read
# on ANPA copy only: a Gulf agency's 7901 "AST" is Arabia's (+3).
_ANPA_ZONES = {"AST": -4, "ADT": -3}
# (… any agency's, in either case: "UPI-DC-…", "nzpa-wn-03-11-10 1432NZDT", SportsTicker's
# "TICKER-NJ-05-16-99 1742EDT")
_AP_TRAILER = re.compile(
    # (… the desk a bureau's city: "FNS-FARGO 06-20-12 1108CDT")
    r"\b(?:AP|[A-Za-z]{2,6})-[A-Za-z]{2,10}[-\s](\d{2})-(\d{2})-(\d{2,4})\s+(\d{2})(\d{2})"
    r"([A-Za-z]{2,4})"
)
# (… or without the desk: "CNS-07-14-08 1612EDT", "LATWP-06-22-05 1547EDT")
_AGENCY_TRAILER = re.compile(
    r"\b[A-Z]{2,6}-(\d{2})-(\d{2})-(\d{2,4})\s+(\d{2})(\d{2})([A-Za-z]{2,4})\b"
)
# ANPA senders' trailer without AP's prefix ("03-12-24 1452EDT"): month first, as ANPA writes
# it; read on ANPA copy only (a European 7901 sender writes the day first).
_ANPA_TRAILER = re.compile(
    r"^(?:[A-Z][A-Za-z.]{1,15}\s+)?(\d{2})-(\d{2})-(\d{2,4})\s+(\d{2})(\d{2})([A-Za-z]{2,4})\b"
)
# A 7901 sender's time line closing the copy, the day first: "12-03-2024 14:30 PKT",
# "12.03.2024 15:47 МСК".
_DAY_FIRST_TIME = re.compile(
    r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})\s+(\d{1,2})[:.]?(\d{2})(?:\s+([^\W\d_]{2,4}))?\s*$"
)
_7901_TIME = re.compile(
    # (… the minutes after a colon too: "1114:51 mar 2005", MF-Dow Jones's)
    r"\b(\d{2})(\d{2}):?(\d{2})(?:Z\s+|\s+(?:([A-Z]{2,4})\s+)?)([^\W\d_]{3,6})\.?\s+(\d{2,4})\b"
)
# … and a closing stamp line's other forms: the date in figures after the sender's name, the
# desk's codes after it ("ROMPRES 22.03.2006 13:07", "TDN Finans 22.04.2004 09:31 /kh"), the
# month by name between dashes ("26-SET-17 14:15"), or a two-figure year and a time of four
# figures when the day cannot be a month ("14-06-01 1542": Venpres's 14 June 2001).
# (… the desk's slashed codes between, the year of two figures in a 7901 sender's copy, which
# writes the day first: "PYRESA   MC/jl   12-03-96   13.45")
# (the sender's words each capitalised or its desk's slashed codes: "Rückspiel am 21.05.24
# 20.45" names a match, not the sender)
_NAMED_DAY_FIRST_TIME = re.compile(
    # (… the desk's initials in brackets too: "(DV/mcs) 14/08/96 15:42")
    r"^(?:\(?(?:[A-ZÀ-ÞА-ЯЁ][\w.&/-]{1,15}|[a-z]{1,4}(?:/[a-z]{1,5})+)\)?\s+){1,3}"
    r"(\d{1,2})[-./](\d{1,2})[-./](\d{4}|\d{2})\s+(\d{1,2})[:.]"
    r"(\d{2})(?:\s+/?[^\W\d_]{1,6}(?:/[^\W\d_]{1,6}){0,3})?$"
)
_NAMED_MONTH_TIME = re.compile(
    r"(?:^|\s)(\d{1,2})-([^\W\d_]{3,4})-(\d{2}|\d{4})\s+(\d{1,2})[:.](\d{2})$"
)
_SHORT_DAY_FIRST_TIME = re.compile(r"^(1[3-9]|2\d|3[01])-(\d{2})-(\d{2})\s+(\d{2})(\d{2})$")
# A time line with the month by name, the year first ("2024. március 14., csütörtök 10:42").
_YEAR_FIRST_TIME = re.compile(
    r"^(\d{4})\.\s?([^\W\d_]{3,12})\s(\d{1,2})\.,?(?:\s[^\W\d_]{3,12},?)?\s(\d{1,2})[:.](\d{2})$"
)
# Head lines (slug, headline, notes, byline) come first; a dateline later than this is body text.
MAX_HEAD_BLOCKS = 8


# Share of control characters (besides tab and line ends) above which the bytes are binary, not
# a transmission: a 7901/ANPA message spends 4-6 of them on 100 or more characters of text.
MAX_CONTROL_SHARE = 0.1
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# What may come before a transmission's SOH/STX: whitespace and SYN (0x16) synchronisation bytes.
_PREAMBLE = " \t\r\n\x16"
# … and the teleprinter's start-of-message line.
_ZCZC_LINE = re.compile(r"^ZCZC(?:[ \t][^\r\n\x01\x02]{0,40})?(?:\r?\n|\r)")


# A teleprinter's capture without its control characters: each message between "ZCZC" and
# "NNNN" lines, the header line right after "ZCZC" (telex's start and end of message).
def _telex_messages(text: str) -> list[tuple[str, list[str]]]:
    """(header, lines to its "NNNN") of each message of a telex capture, read line by line
    (linear: a pattern searching from each "ZCZC" to an "NNNN" was quadratic in unclosed ones)."""
    messages: list[tuple[str, list[str]]] = []
    lines = text.lstrip(_PREAMBLE).split("\n")
    n = 0
    while n < len(lines):
        if lines[n].strip() != "ZCZC" or n + 1 >= len(lines):
            n += 1
            continue
        header, body = lines[n + 1].rstrip("\r"), []
        n += 2
        while n < len(lines) and lines[n].strip() not in ("NNNN", "ZCZC"):
            body.append(lines[n])
            n += 1
        if n < len(lines) and lines[n].strip() == "NNNN":
            messages.append((header, [*body, lines[n]]))
            n += 1
    return messages


def is_telex_capture(text: str) -> bool:
    """The text opens with a "ZCZC" line (after blanks) and closes a message with "NNNN"."""
    head = text.lstrip(_PREAMBLE)
    first = head.split("\n", 1)[0].strip()
    return first == "ZCZC" and bool(_telex_messages(head[:_TELEX_SNIFF]) or _telex_messages(head))


# A capture's first message is found in this much of it (read whole when it is longer).
_TELEX_SNIFF = 65_536


def with_controls(text: str) -> str:
    """A telex capture (see is_telex_capture) as the transmission it was: SOH, the header,
    STX, the text to its "NNNN", ETX, for each message."""
    # (the capture's own STX before its headline, "^BWeniger Firmenpleiten …", goes: the
    # message's STX is the one put after its header, and a title holds no control character)
    return "".join(
        f"{SOH}{header}\n{STX}" + "\n".join(b.translate(_TRANSMISSION_MARKS) for b in body) + ETX
        for header, body in _telex_messages(text)
    )


_TRANSMISSION_MARKS = dict.fromkeys(map(ord, "\x01\x02\x03\x04"))


def has_structure(text: str) -> bool:
    """True when the text is a 7901/ANPA transmission: it opens with SOH or STX (after at most
    a preamble) and uses the control characters as structure. A stray STX inside an HTML page or
    plain copy is not enough."""
    head = text[:2048]
    if "\x00" in head or len(_CONTROLS.findall(head)) > MAX_CONTROL_SHARE * len(head):
        return False
    # (a teleprinter's "ZCZC" line, maybe with its channel's number, may come before the SOH:
    # "ZCZC ROM217\r\n\x01ROM217 …")
    opening = _ZCZC_LINE.sub("", head.lstrip(_PREAMBLE), count=1).lstrip(_PREAMBLE)
    if not opening.startswith((SOH, STX)):
        return False
    return ETX in text or EOT in text or STX in head


@dataclass(slots=True)
class _Message:
    header: str
    lines: list[str]
    trailer: str
    fields: dict[str, Any] = field(default_factory=dict)


def split_messages(text: str) -> list[_Message]:
    """SOH header STX text ETX trailer EOT, repeated; tolerant of missing SOH or EOT."""
    messages: list[_Message] = []
    for chunk in text.split(SOH) if SOH in text else [text]:
        if STX not in chunk:
            continue
        header, _, rest = chunk.partition(STX)
        body, _, trailer = rest.partition(ETX)
        trailer = trailer.split(EOT, 1)[0]
        lines = _NOISE.sub("", body.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
        messages.append(_Message(_NOISE.sub(" ", header).strip(), lines, _NOISE.sub(" ", trailer)))
    return messages


# A bracketed editor's note wraps over this many lines at most.
_NOTE_LINES = 4


def _blocks(lines: list[str], header: str = "") -> list[tuple[str, bool]]:
    """Join hard-wrapped lines into blocks: (text, is a marked head line); the item's header
    line tells its agency's name in a dateline (see _dateline)."""
    blocks: list[tuple[str, bool]] = []
    current: list[str] = []
    head = False

    def flush() -> None:
        nonlocal current, head
        if (text := clean(" ".join(current))) is not None:
            blocks.append((text, head))
        current, head = [], False

    head_end, flat = _head_lines(lines, header)
    # Paragraphs parted by blank lines: a line ending a sentence inside one is wrapped text,
    # unless it is short (the desk's initials, a time closing the copy).
    parted = flat and _blank_parted(lines[head_end:])
    for n, raw in enumerate(lines):
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        # (… but not inside a bracketed note wrapped over indented lines: "   (CORRECTS export
        # figure … dollars" then "   instead of 1.21 billion dollars)"; a note of a few lines,
        # so a long paragraph costs no rescan per line)
        open_note = False
        if current and current[0].startswith("(") and len(current) <= _NOTE_LINES:
            joined = " ".join(current)
            open_note = joined.count("(") > joined.count(")")
        if (line[:1] in (" ", "\t") or line.lstrip().startswith("^") or n <= head_end) and not (
            open_note and line[:1] in (" ", "\t")
        ):
            flush()  # an indented line, a ^ head line or a line of the head starts a block
        head = head or n < head_end
        stripped = line.strip()
        if not current and not blocks and SLUG.match(stripped.lstrip("^").rstrip("<=")):
            head = True  # the keyword line stands alone even without an end marker
            current.append(_END_MARKS.sub("", stripped.lstrip("^")))
            flush()
            continue
        if stripped.startswith("^"):
            head = True
            stripped = stripped[1:]
        ends = stripped.endswith(("<", "="))
        current.append(_END_MARKS.sub("", stripped).rstrip())
        if ends:
            head = head or stripped.endswith("=")
            flush()
        elif (
            flat
            and _SENTENCE_LINE_END.search(stripped)
            and (not parted or len(stripped) <= _CODE_LINE_CHARS)
        ):
            flush()  # nothing indented: a paragraph ends where a line ends a sentence
    flush()
    return blocks


# The marks ending a line of ANPA copy: "<" (end of paragraph), "=" and, before them, "@"
# (some senders' end of a head line: "^By LAURA HOLLIS@<").
_END_MARKS = re.compile(r"@?[<=]+$")
_BLANK_PARTS = 2
# A line this short is no wrapped text of a paragraph.
_CODE_LINE_CHARS = 24


def _blank_parted(lines: list[str]) -> bool:
    """Blank lines stand between the story's lines twice at least: its paragraphs are parted
    so (one blank line before a closing "(Reporting by …)" parts no paragraphs of lines)."""
    seen = blank = False
    parts = 0
    for line in lines:
        if not line.strip():
            blank = seen
        elif blank:
            parts += 1
            blank = False
        else:
            seen = True
    return parts >= _BLANK_PARTS


# A line that ends a sentence (a paragraph's last line where nothing is indented).
_SENTENCE_LINE_END = re.compile(r"[.!?…\"'”’»)\]。！？」』]$")
# Lines of a head: at most this many, each this long at most, none ending a sentence.
_HEAD_LINE_CHARS = 100


def _head_lines(lines: list[str], header: str = "") -> tuple[int, bool]:
    """Where the head ends (its lines are read one by one: keyword, version, headline, byline,
    not a hard-wrapped paragraph) and whether nothing is indented. The head ends at the first
    indented line, else at the dateline's line, else after the short lines opening the
    message that end no sentence."""
    flat = not any(ln[:1] in (" ", "\t") and ln.strip() for ln in lines)
    texts = [ln.strip().lstrip("^").rstrip("<=") for ln in lines[: MAX_HEAD_BLOCKS * 2]]
    dated = next((i for i, t in enumerate(texts) if _dateline(t, header)), None)
    if (
        not flat
        and dated is not None
        and not any(ln[:1] in (" ", "\t") and ln.strip() for ln in lines[:dated])
    ):
        return dated, flat  # the dateline's line opens the story, flush or not
    if not flat:
        first = next(i for i, ln in enumerate(lines) if ln[:1] in (" ", "\t") and ln.strip())
        above = [ln.strip().lstrip("^").rstrip("<=") for ln in lines[:first]]
        # Above the first indented paragraph stand head lines, none ending a sentence; a
        # sentence's end there is a paragraph of the story written flush (hard-wrapped).
        # (An editors' note above the headline ends a sentence and is the head's.)
        said = [t for t in above if _SENTENCE_LINE_END.search(t) and not ED_NOTE.match(t)]
        if len(above) > MAX_HEAD_BLOCKS * 2 or said:
            return 0, flat
        return first, flat
    if dated is not None:
        return dated, flat
    end = run = 0  # run: where the lines since the last blank one after a head line start
    for i, text in enumerate(texts):
        if not text:
            run = i + 1 if end else 0
            continue
        # (a note wholly in brackets ends no sentence of the story: "(For use by … only)")
        bracketed = text.startswith("(") and text.endswith(")") and ED_NOTE.match(text)
        if len(text) > _HEAD_LINE_CHARS or (_SENTENCE_LINE_END.search(text) and not bracketed):
            # A sentence ending lines below a blank one is a hard-wrapped paragraph of the
            # story from its first line ("BONN. Die deutschen Molkereien haben …" wrapped over
            # six lines): the head ends above it.
            if 0 < run < i and _SENTENCE_LINE_END.search(text):
                end = min(end, run)
            break
        end = i + 1
    return end, flat


def _trailer_time(trailer: str, blocks: list[str], anpa: bool = False) -> datetime | None:
    for text in [trailer, *blocks]:
        # ANPA's "09-18-07 1235PDT" (month first) in copy not known for ANPA: when the day
        # cannot come first (no month 18).
        anpa_time = _ANPA_TRAILER.search(text.strip())
        month_first = anpa_time is not None and (anpa or int(anpa_time.group(2)) > _MONTHS_IN_YEAR)
        if (
            (m := _AP_TRAILER.search(text))
            or (m := _AGENCY_TRAILER.search(text))
            or (month_first and (m := anpa_time))
        ):
            month, day, year, hh, mm, tz = m.groups()
            if anpa and tz.upper() in _ANPA_ZONES:  # (the Atlantic's, on ANPA copy only)
                tz = f"{_ANPA_ZONES[tz.upper()]:+03d}00"
            return _make(year, month, day, hh, mm, tz)
        if (m := _7901_TIME.search(text)) and (month := month_number(m.group(5))):
            day, hh, mm, tz, _, year = m.groups()
            return _make(year, str(month), day, hh, mm, tz or "UTC")
        if not anpa and (m := _DAY_FIRST_TIME.match(text.strip())):
            day, month, year, hh, mm, tz = m.groups()
            return _make(year, month, day, hh, mm, tz or "UTC")
        if (m := _YEAR_FIRST_TIME.match(text.strip())) and (month := month_number(m[2])):
            return _make(m[1], str(month), m[3], m[4], m[5], "UTC")
    # (the other stamp lines name no zone: read when no line names one)
    return next(filter(None, (_zoneless_stamp(t, anpa) for t in [trailer, *blocks])), None)


def _zoneless_stamp(text: str, anpa: bool = False) -> datetime | None:
    """The time a sender's stamp line without a zone gives (see _NAMED_DAY_FIRST_TIME), UTC."""
    line = text.strip()
    named = _NAMED_DAY_FIRST_TIME.match(line)
    if named is not None and anpa and len(named[3]) == len("96"):
        named = None  # (ANPA writes the month first: "03-12-24" is March 12)
    m = named or (_SHORT_DAY_FIRST_TIME.match(line) if not anpa else None)
    if m is not None:
        day, month, year, hh, mm = m.groups()
        return _make(year, month, day, hh, mm, "UTC")
    if (m := _NAMED_MONTH_TIME.search(line)) and (month := month_number(m[2])):
        return _make(m[3], str(month), m[1], m[4], m[5], "UTC")
    return None


_MONTHS_IN_YEAR = 12


def _closing_time(body: list[str]) -> datetime | None:
    """The time line a 7901 sender closes the copy with, among its last paragraphs, before the
    end mark ("PPI/ZA" then "12-03-2024 14:30 PKT"): a line of the date and time alone."""
    for text in reversed(body[-_CLOSING_TIME_BLOCKS:]):
        # (its line may be joined to the desk's sign-off above it: "PPI/ZA 12-03-2024 …")
        if len(text) <= _CLOSING_TIME_CHARS and (m := _CLOSING_TIME.search(text.strip())):
            day, month, year, hh, mm, tz = m.groups()
            return _make(year, month, day, hh, mm, tz or "UTC")
        # (… or the desk's sign-off with its stamp when no trailer stands apart: "Startel/tl/ev
        # 221147 huhti 04", "TDN Finans 22.04.2004 09:31 /kh", "(PPN) red/gbr 26-SET-17 14:15")
        if len(text) <= _CLOSING_TIME_CHARS:
            dtg = _7901_TIME.search(text)
            if dtg is not None and (month := month_number(dtg[5])):
                return _make(dtg[6], str(month), dtg[1], dtg[2], dtg[3], dtg[4] or "UTC")
            if (when := _zoneless_stamp(text)) is not None:
                return when
    return None


_CLOSING_TIME_BLOCKS = 3
_CLOSING_TIME_CHARS = 60
_CLOSING_TIME = re.compile(r"(?:^|\s)" + _DAY_FIRST_TIME.pattern.removeprefix("^"))


# An embargo note's time: its date (month by name or in figures, day first) and its time of
# day ("10:00", "1000 GMT", "1800 HRS CAT"), in any order ("NOT FOR PUBLICATION BEFORE 1000 GMT
# THURSDAY, MAY 16, 2024", "Sperrfrist: 12.03.2024, 14.00 Uhr MEZ").
_EMBARGO_WORD = re.compile(
    r"(?:אמברגו|אין לפרסם|حظر النشر)"
    r"|\b(?:embargo\w*|hold for release|advance for|for release|sperrfrist|"
    r"not for (?:publication|release|broadcast)|"
    r"julkaisuvapaa|publiceras tidigast|må ikke publiseres)\b",
    re.I,
)
_NOTE_DATE = re.compile(
    r"\b(?:(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"
    # (… or hyphenated: "14-Mar-2016")
    # (… the month in the wires' other languages and scripts: "14 במרץ 2012")
    r"|(?P<day2>\d{1,2})(?:\.?\s+|-)(?P<mon2>[^\W\d_]{3,12})(?:\.?,?\s+|-)(?P<year2>\d{4})"
    r"|(?P<day3>\d{1,2})[./-](?P<month3>\d{1,2})[./-](?P<year3>\d{4}))\b"
)
# … or without its year, the item's year then ("ADVANCE FOR SUNDAY, MARCH 13"): read when
# no full date is found.
_NOTE_DAY = re.compile(r"\b(?P<mon4>[A-Za-z]{3,9})\.?\s+(?P<day4>\d{1,2})(?!\d|,?\s*\d{4})\b")
_NOTE_TIME = re.compile(
    r"(?<![\d./-])(?:(?P<h>\d{1,2})[:.](?P<mi>\d{2})|(?P<hm>\d{4})(?=\s*(?:HRS?\b|[A-Z]{2,4}\b))"
    r"|(?P<ho>\d{1,2})(?=\s*[AaPp]\.?\s?[Mm]\b))"
    r"(?![\d./-])(?:\s*(?:HRS?|Uhr|h)\b)?"
    # "2:00 P.M. EST", "6 p.m. EDT": the meridiem, then the zone.
    r"(?:\s*(?P<ampm>[AaPp])\.?\s?[Mm]\.?)?(?:\s*(?P<tz>[A-Z]{2,4})\b)?"
)


_PAST_DAYS = 31


def embargo_time(
    note: str | None, year: int | None = None, sent: datetime | None = None
) -> datetime | None:
    """When an embargo note lifts (see _NOTE_DATE, _NOTE_TIME), in the note's zone (UTC when
    it names none), in `year` when it names none; None for a note that is no embargo or gives
    no date."""
    if not note or not _EMBARGO_WORD.search(note):
        return None
    # The first date whose month is one ("mercredi 13" names a weekday, then "13 mars 2024").
    found = (*_NOTE_DATE.finditer(note), *_NOTE_DAY.finditer(note))
    d = next((m for m in found if m.groupdict().get("year3") or _month_of(m)), None)
    if d is None:
        return None
    rest = note[: d.start()] + " " + note[d.end() :]  # the year is no time of day
    t = _NOTE_TIME.search(rest)
    if t is None:
        hh, mm = "0", "0"
    elif t["ho"]:
        hh, mm = t["ho"], "0"
    else:
        hh, mm = (t["h"], t["mi"]) if t["h"] else (t["hm"][:2], t["hm"][2:])
    if t is not None and t["ampm"]:
        hour = int(hh) % 12 + (12 if t["ampm"].lower() == "p" else 0)
        hh = str(hour)
    tz = (t["tz"] if t and t["tz"] and t["tz"].upper() in TZ_HOURS else None) or "UTC"
    parts = d.groupdict()
    if parts.get("year3"):
        return _make(parts["year3"], parts["month3"], parts["day3"], hh, mm, tz)
    month = _month_of(d)
    found_year = parts.get("year") or parts.get("year2") or (str(year) if year else None)
    day = parts.get("day") or parts.get("day2") or parts.get("day4")
    if month is None or found_year is None or day is None:
        return None
    when = _make(found_year, str(month), day, hh, mm, tz)
    # A day without its year is the next one to come: "ADVANCE FOR SUNDAY, JAN. 5" sent on
    # December 30 is in the new year.
    yearless = not (parts.get("year") or parts.get("year2"))
    if when is not None and yearless and sent is not None and when < sent - timedelta(_PAST_DAYS):
        when = _make(str(int(found_year) + 1), str(month), day, hh, mm, tz)
    return when


_NOTE_MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, 1)}


def _month_of(date: re.Match[str]) -> int | None:
    """The month a note's date names by its name's first letters, None for another word."""
    parts = date.groupdict()
    name = parts.get("mon") or parts.get("mon2") or parts.get("mon4") or ""
    return _NOTE_MONTHS.get(name.lower()[:3]) or (month_number(name) if parts.get("mon2") else None)


# A two-digit year's century as POSIX strptime reads %y: 69-99 the 1900s, 00-68 the 2000s (ANPA
# time lines of the 1990s, "10-06-97 0212PEDT", are archives, not copy from 2097).
_CENTURY_PIVOT = 69


_NUMERIC_ZONE = re.compile(r"([+-]\d{2})(\d{2})")


def _make(year: str, month: str, day: str, hh: str, mm: str, tz: str) -> datetime | None:
    full_year = int(year)
    if len(year) == 2:
        full_year += 1900 if full_year >= _CENTURY_PIVOT else 2000
    hours: float = TZ_HOURS.get(tz.upper(), 0)
    if (numeric := _NUMERIC_ZONE.fullmatch(tz)) is not None:  # "-0400"
        hours = int(numeric[1]) + int(numeric[2]) / 60 * (1 if int(numeric[1]) >= 0 else -1)
    offset = timezone(timedelta(hours=hours))
    try:
        return datetime(full_year, int(month), int(day), int(hh), int(mm), tzinfo=offset)
    except ValueError:
        return None


def _header(header: str) -> tuple[WireFormat | None, dict[str, Any]]:
    line = header.strip().splitlines()[0] if header.strip() else ""
    if m := ANPA_HEADER.match(line):
        return "anpa1312", {k: v for k, v in m.groupdict().items() if v}
    if m := IPTC_HEADER.match(line):
        return "iptc7901", {k: v for k, v in m.groupdict().items() if v}
    return None, {"header": line} if line else {}


def _marked_head(marks: list[bool]) -> int:
    """Where the marked head lines end: after the last one before the story's first two
    unmarked blocks (an editor's note may stand unmarked among them; a contact line marked
    at the copy's end is the story's close), else after those opening the message."""
    for i, marked in enumerate(marks):
        if not marked and (i + 1 == len(marks) or not marks[i + 1]):
            return max((j + 1 for j in range(i) if marks[j]), default=0)
    return next((i for i, marked in enumerate(marks) if not marked), len(marks))


_JOINED_WORDS = re.compile(r"[^\W\d_][-/][^\W\d_]")


def _caps_over_headline(head: list[str], n: int) -> bool:
    """The head line is in capitals over a headline in upper and lower case of more words:
    the desk's keyword of a few words ("LEFKOŞA-OTOBÜS TERMİNALİ"), not the headline."""
    text, below = head[n], head[n + 1] if n + 1 < len(head) else ""
    return (
        text.isupper()
        # a keyword: one word, or words joined by a hyphen or slash ("PRESIDENT RESIGNS OVER
        # SCANDAL" over its deck is the headline)
        and (len(text.split()) == 1 or _JOINED_WORDS.search(text) is not None)
        and bool(below)
        and not below.isupper()
        and any(c.isupper() for c in below)
        and len(below.split()) > len(text.split())
        and not (BYLINE.match(below) or ED_NOTE.match(below))
    )


# A keyword of short parts set apart by spaced dashes or slashes, no figure ("صحة - تطعيم -
# البحر الأحمر", "Ukraine - Energie"): in a script without case the form alone says it.
_SEGMENTED_KEYWORD = re.compile(
    r"^[^\W\d_]+(?:\s[^\W\d_]+){0,2}(?:\s[-–/]\s[^\W\d_]+(?:\s[^\W\d_]+){0,2})+$"
)


def _segments_over_headline(head: list[str], n: int) -> bool:
    """The head line is a keyword of short parts (see _SEGMENTED_KEYWORD) over a line of more
    words, the headline."""
    text, below = head[n], head[n + 1] if n + 1 < len(head) else ""
    words = len(_SEGMENT_SEPARATOR.sub(" ", text).split())
    return (
        bool(_SEGMENTED_KEYWORD.match(text))
        and bool(below)
        and len(below.split()) > words
        and not (BYLINE.match(below) or ED_NOTE.match(below))
    )


_SEGMENT_SEPARATOR = re.compile(r"\s[-–/]\s")
_COPYRIGHT_LINE = re.compile(r"^(?:c\.|©|\(c\)|copyright)\s*(?:19|20)\d{2}\b", re.IGNORECASE)


def _sender_alone(line: str, header: str) -> bool:
    """The line is a word of the message's header alone (the sender's name, "AgE", over the
    trailer's time): the trailer's, not the story's."""
    return bool(_SENDER_WORD.fullmatch(line)) and line in header.split()


_SENDER_WORD = re.compile(r"[^\W\d_]{2,6}")


def parse_message(msg: _Message, default: WireFormat) -> WireItem:
    """One transmission → WireItem."""
    fmt, head = _header(msg.header)
    fmt = fmt or default
    lines = list(msg.lines)
    trailer: list[str] = []
    while lines and (
        not lines[-1].strip()
        # (ANPA's caret opening a line is its format code: "^END ADVANCE FOR SUNDAY<")
        or _is_trailer(last := lines[-1].strip().rstrip("<=").lstrip("^"))
        # Initials alone ("RSN") belong to a trailer already begun (an end mark, a stamp
        # below them); closing the story, "USA" is its last wrapped line.
        or (trailer and (_DESK_INITIALS.match(last) or _sender_alone(last, msg.header)))
    ):
        if line := lines.pop().strip().rstrip("<="):
            trailer.insert(0, line)
    blocks = _blocks(lines, msg.header)
    texts = [t for t, _ in blocks]
    start = next(
        (i for i, t in enumerate(texts[:MAX_HEAD_BLOCKS]) if _dateline(t, msg.header)), None
    )
    if start is None:  # no dateline: the marked head lines, else the first block, are the head
        opening = _marked_head([h for _, h in blocks])
        start = opening if opening else min(1, len(texts))
        # … and past keywords opening it ("TÖRLÉS! TÖRLÉS!" over the killed story's
        # headline): the headline is the first block that is none, prose follows it.
        while (
            not opening
            and start < min(len(texts) - 1, MAX_HEAD_BLOCKS)
            and (_KEYWORD.match(texts[start - 1]) and not _SENTENCE_LINE_END.search(texts[start]))
        ):
            start += 1
    slug = ed_note = byline = headline = subheadline = None
    head_texts = texts[:start]
    for n, text in enumerate(head_texts):
        # A bracketed note is the editor's only above a headline ("(Korrigierte Fassung: …)"
        # then the headline); alone it is the headline ("(Interview: Kardinal X über …)").
        # (… and so is a correction's note: "OIKAISU: …" over the headline; over a byline
        # or a deck it is the headline: "Corrigé : les sujets du bac …" over "Par X, AFP")
        noted = text.startswith("(") or _CORRECTION_OPENING.match(text)
        bracketed_note = noted and ED_NOTE.match(text)
        if bracketed_note and not text.startswith("(") and headline is None:
            following = head_texts[n + 1 : n + 2]
            if following and (BYLINE.match(following[0]) or _PIPED_BYLINE.match(following[0])):
                headline = text
                continue
        if bracketed_note and headline is None and n == len(head_texts) - 1:
            headline = text
        elif slug is None and headline is None and (SLUG.match(text) or text == head.get("slug")):
            slug = text
        elif headline is None and (
            _KEYWORD.match(text)
            or _VERSION.search(text)
            or _caps_over_headline(head_texts, n)
            or _segments_over_headline(head_texts, n)
        ):
            slug = slug or text
        elif ED_NOTE.match(text):
            ed_note = f"{ed_note} {text}" if ed_note else text
        elif _COPYRIGHT_LINE.match(text):
            continue  # "c.2005 Newhouse News Service": the copy's rights under the byline
        elif BYLINE.match(text) or (headline is not None and _PIPED_BYLINE.match(text)):
            byline = text
        elif byline and BYLINE_TITLE.search(text):
            continue
        elif headline is None and _BRACKETED_LABEL.match(text) and n < len(head_texts) - 1:
            slug = slug or text  # "(Money column)" over the headline: the column's label
        elif headline is None:
            headline = text
        elif subheadline is None:
            subheadline = text
    body = scrub(texts[start:])
    dateline = _dateline(body[0], msg.header) if body else None
    dateline_text = dateline and (
        dateline.group("dateline") or dateline.group("dated") or dateline.group("led")
    )
    tag_agency = dateline and (
        dateline.group("agency")
        or dateline.group("agency2")
        or dateline.group("agency3")
        or dateline.group("agency4")
        or dateline.group("agency6")
        or dateline.group("agency5")
    )
    version = head.get("version") or ""
    # A kill note in capitals or as a label anywhere in the head ("KILL KILL KILL",
    # "ПОВЛЕКУВАЊЕ: …" over the withdrawn headline); in the headline or the editor's note in
    # any case. A subheadline opening "Withdrawal of troops …" is news.
    shouted = [t for t in head_texts if t.isupper() or _LABEL_OPENING.match(t)]
    killed = bool(re.search(r"\bkill\b", version, re.I)) or any(
        KILL_NOTE.search(t) for t in (headline, ed_note, *shouted) if t
    )
    priority = head.get("priority", "")
    urgency = int(priority) if priority.isdecimal() else ANPA_URGENCY.get(priority.lower())
    provider = tag_agency or head.get("source")
    extra = {"header": msg.header.splitlines()[0] if msg.header else None, "trailer": trailer}
    extra.update({k: head[k] for k in ("number", "category", "words", "date", "info") if k in head})
    created = _trailer_time(msg.trailer, trailer, anpa=fmt == "anpa1312") or _closing_time(body)
    return WireItem(
        format=fmt,
        item_id=head.get("slug") or slug,
        version=version or None,
        version_created=created,
        killed=killed,
        headline=headline,
        subheadline=subheadline,
        authors=authors_from_byline(byline),
        byline=byline,
        slugline=head.get("slug") or slug,
        dateline=clean(dateline_text) if dateline_text else None,
        provider=provider,
        urgency=urgency,
        ed_note=ed_note,
        embargoed_until=embargo_time(ed_note, created.year if created else None, created),
        paragraphs=tuple(body),
        extra={k: v for k, v in extra.items() if v},
    )


def parse_iptc7901(text: str, fmt: WireFormat = "iptc7901") -> WireFile:
    """A file of one or more 7901/ANPA transmissions → WireFile."""
    if not has_structure(text) and is_telex_capture(text):
        text = with_controls(text)
    messages = split_messages(text)
    if not messages:
        raise WireFormatError("no wire message found", "control characters but no STX ... ETX")
    items = tuple(parse_message(m, fmt) for m in messages)
    return WireFile(format=items[0].format, items=items)
