"""The text rules of the clean stage, on body blocks: boilerplate lines, the header of agency
copy (section label, headline), captions with their credits, and the wire tag.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from string import ascii_letters
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from wirecopy.schemas.agencies import canonical_agency, spellings_of
from wirecopy.schemas.records import Block, Caption, Image, RemovedFragment
from wirecopy.tasks.cleaning.credits import CreditSplit, is_photo_label, split_credits
from wirecopy.tasks.cleaning.rules import (
    COPYRIGHT_MARK,
    HEADLINE_MAX_CHARS,
    PHOTO_CREDIT_HINT,
    PUBLISHED_LABEL,
    SECTION_LABEL_MAX_WORDS,
    WIRE_TAG,
    WIRE_TAG_EAST_ASIAN,
    WIRE_TAG_MAX_CHARS,
    LineRule,
    match_line_rule,
)
from wirecopy.tasks.cleaning.shapes import (
    ADDRESS,
    CJK,
    EMAIL_LINE,
    LINK,
    REPORTED_SPEECH,
    ROLE_LINE,
    STAFF_CREDIT,
    TRAILING_STAMP,
    agency_line,
    bracketed_name,
    closing_signature,
    dated_sign_off,
    has_stamp_word,
    is_agency_stamp,
    is_channel_line,
    is_closing_reuse_notice,
    is_code_line,
    is_cross_link,
    is_dateline,
    is_issuer_date,
    is_labelled_headline,
    is_name_line,
    is_name_shaped,
    is_news_organisation,
    is_place_date,
    is_press_office_line,
    is_reuse_notice,
    is_see_also_label,
    is_sentence,
    is_sign_off,
    is_signature_name,
    is_source_line,
    is_stamp_line,
    is_wire_closing,
    labelled_by_concept,
    link_count,
    names_own,
    note_features,
    plain_digits,
    shape_score,
    slashed_sign_off,
    staff_credit,
)
from wirecopy.tasks.dates import month_number, parse_datetime
from wirecopy.tasks.formats.bylines import (
    OUTLET_WORD,
    PERSON_SHAPED,
    agency_title_line,
    authors_from_byline,
    bare_byline,
    byline_of,
    opens_like_byline,
)
from wirecopy.tasks.formats.iptc7901 import TZ_HOURS
from wirecopy.tasks.formats.wiretext import copyright_holder
from wirecopy.tasks.rule_switches import fire, is_on, register

# Closing paragraphs dropped by their shape alone (drop_tail_promos): a promo is short.
TAIL_PROMO_SCORE = 5
TAIL_PROMO_MAX_WORDS = 60
# ... and few characters: one "word" of 100,000 would cost the link pattern minutes.
TAIL_PROMO_MAX_CHARS = 600
# A staff credit longer than this is a paragraph of the story that names its reporters.
_STAFF_CREDIT_CHARS = 300
# Quotation marks: a paragraph quoting someone is the story's, whatever it points to.
_QUOTES = re.compile(r"[\"“”„«»]")
# Words quoted in single marks ("… asegura que 'nuestra lucha sigue' pese a…").
_SINGLE_QUOTED = re.compile(r"(?:^|\s)['‘‚][^'’]{2,}['’](?=\s|[,.;:!?]|$)")
# Closing paragraphs of agency copy that are the outlet's note to its readers (promo,
# syndication or views disclaimer): short, unquoted, with two of shapes.note_features.
TAIL_NOTE_FEATURES = 2
# A note inside the copy, where story paragraphs stand on both sides, needs one more.
INNER_NOTE_FEATURES = 3
register(
    "text",
    (
        "tail_promo_shape",
        "tail_outlet_note",
        "sign_off",
        "after_end_mark",
        "closing_byline",
        "dateline_line",
        "release_trailer",
        "source_tail",
        "link_line",
        "link_list",
        "name_line",
        "section_marker",
        "code_label",
        "short_rule",
        "author_bio",
        "head_outlet_note",
        "inner_outlet_note",
        "byline_line",
        "agency_line",
        "staff_line",
        "stamp_line",
        "related_list",
        "reuse_notice",
        "menu_line",
        "channel_line",
        "closing_signature",
        "labelled_headline",
        "inner_see_also",
        "own_sign_off",
        "profile_line",
        "press_office_line",
        "emphasised_note",
        "outlet_tagline",
    ),
)
# A byline stands among the first lines of the copy after its headline; the wire tag opens the
# story's first paragraph, which a standfirst or an editor's note may precede.
_BYLINE_SEARCH = 2
_WIRE_TAG_SEARCH = 3
# Before the headline and the byline are read off, the dateline paragraph stands further down:
# headline, a note or two, byline (what the outlet's names and head notes are read from).
HEAD_SEARCH = 5
# The line rules that take a time stamp: at the head, it dates the copy.
_STAMP_RULES = frozenset({"timestamp_line", "meta_line"})
# A stamp the line rules took this near the top stood under the headline.
_HEAD_STAMP_SEARCH = 3

# Longest credit tail seen in wire copy is ~100 characters (a credit plus a truncated duplicate).
_CREDIT_TAIL_CHARS = 300
# The full stops of other scripts too: Devanagari and Bengali danda, Burmese, Ethiopic, Khmer,
# Urdu, Armenian ("… ဖွင့်လှစ်ခဲ့သည်။" is a sentence, not a headline).
_SENTENCE_END = re.compile(r"[.!。।॥။።។۔։]$")
_MAX_EXCLAIMED_HEADLINE_WORDS = 12
# The words of a dateline's place ("PORT-AU-PRINCE", "Berlin/Brüssel").
_PLACE_WORDS = re.compile(r"[^\W\d_]+")


@dataclass(slots=True)
class Work:
    """What cleaning one document collects: removed fragments and what the rules read."""

    removed: list[RemovedFragment] = field(default_factory=list)
    published_label: datetime | None = None
    # The writer a stamp's line at the head names ("Autor: Ivana Marić | Objavljeno: …").
    head_slip_authors: tuple[str, ...] = ()
    copyright_wire: str | None = None
    # The agency a line of its own named ("(PAP)", "Bron: ANP"), read as the copy's wire when
    # no tag names one.
    line_wire: str | None = None
    # The writers a byline closing the copy names ("By Tom Waite, Alliance News senior
    # reporter"), read as its authors when none opens it.
    closing_authors: tuple[str, ...] = ()
    # Where a "see also" heading alone on its line stood ("Más en Andina:"), the line rules
    # having taken it: the headlines listed under it are read by the tail's rules.
    related_heading: int | None = None
    # The blocks right after a "see also" label the line rules took alone on its line, as the
    # kept blocks count (drop_inner_see_also reads the headlines there, mid-copy).
    see_also_after: list[int] = field(default_factory=list)
    # The copy's notes about itself ("Correction: …"), taken out of the body: its `ed_note`.
    notes: list[str] = field(default_factory=list)
    # The paragraph an end mark the line rules took stood under ("ENDS" alone on its line):
    # the tail's rules read what follows the mark as the outlet's additions.
    end_mark_under: str | None = None
    # How many blocks stood above the first rule the line rules took alone on its line, when
    # it stood among the copy's first blocks ("-----" under the masthead and its stamp).
    head_rule: int | None = None
    # … and where a time stamp the line rules took stood among them ("[ 2024年3月12日 14:32 ]"
    # under the headline: what follows it is no part of the header)
    head_stamp: int | None = None
    # … and whether a time stamp they took stood under a bare "完" (the Hong Kong government's
    # releases close "完" over "2024年3月12日（星期二） 香港時間17時30分": "完" is their end)
    stamped_end: bool = False
    # Blocks the line rules joined from three lines or more (a list under its label,
    # "Defenders:" over names): no label and headline, whatever their joined shape.
    joined_lists: set[str] = field(default_factory=set)
    # The names a feed's title parts give its outlet ("ГалІнфо" of "ГалІнфо - новини …"): a
    # source line naming one exactly is the copy's own ("Джерело: ГалІнфо"); as a word in a
    # line they are no evidence (a section's "Berlin | Harbour Wire" names a city too).
    feed_names: tuple[str, ...] = ()

    def drop(self, kind: str, rule: str, text: str) -> None:
        """Record a fragment taken out of the body."""
        if text.strip():
            self.removed.append(RemovedFragment(kind, rule, text.strip()))


# Typographic quotes and the ASCII quote each compares as.
_QUOTE_FOLDS = tuple(zip("‘’‚“”„«»", '\'\'\'"""""', strict=True))


def norm(text: str) -> str:
    """Comparison key: NFKC, case-folded, quotes folded, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    # Each quote replaced where it occurs (as str.translate would, each to an ASCII quote no
    # other replaces): translate reads a non-ASCII text a character at a time, 4x slower.
    for quote, ascii_quote in _QUOTE_FOLDS:
        if quote in text:
            text = text.replace(quote, ascii_quote)
    # str.split() splits on the same Unicode whitespace as r"\s+", at a fraction of the cost.
    return " ".join(text.split())


def apply_line_rules(blocks: list[Block], work: Work) -> list[Block]:
    """Drop boilerplate lines; capture the Published: label and copyright holder on the way."""
    kept: list[Block] = []
    for block in blocks:
        if block.kind == "image":
            kept.append(block)
            continue
        if block.kind == "heading" and not block.text.strip():
            work.drop("heading", "empty_heading", "#")
            continue
        lines: list[str] = []
        block_lines = block.text.split("\n")
        # Each line's rule once: a fact list's dates are weighed against its other lines.
        rules = [match_line_rule(line) for line in block_lines]
        if (joined := _wrapped_notice(block_lines, rules)) is not None:
            work.drop(joined.kind, joined.name, block.text)
            continue
        plain_facts = _plain_facts(block_lines, rules)
        for at, (line, rule) in enumerate(zip(block_lines, rules, strict=True)):
            if (
                rule is not None
                and rule.name in _WHOLE_LINE_RULES
                and _wrapped(block_lines, at, rules)
            ):
                rule = None  # a line of a hard-wrapped sentence, not a call of its own
            if rule and not (plain_facts and _dated_fact(rule.name, line)):
                work.drop(rule.kind, rule.name, line)
                # (a mark of words or figures, "ENDS", "-30-": a section break, "* * *", ends
                # no copy)
                if (
                    rule.name == "end_mark"
                    and len(block_lines) == 1
                    and kept
                    and _WORDED.search(line)
                ):
                    work.end_mark_under = kept[-1].text
                if (
                    rule.name == "rule_line"
                    and len(block_lines) == 1
                    and work.head_rule is None
                    and len(kept) < HEAD_SEARCH
                ):
                    work.head_rule = len(kept)
                if (
                    rule.name == "timestamp_line"
                    and len(block_lines) == 1
                    and work.head_stamp is None
                    and 0 < len(kept) < _HEAD_STAMP_SEARCH
                ):
                    work.head_stamp = len(kept)  # a stamp under the headline parts it off
                if (
                    rule.name in _STAMP_RULES
                    and len(kept) < HEAD_SEARCH
                    and not any(is_sentence(b.text) for b in kept)
                ):
                    # (the first stamp at the head, over the story's first sentence, dates the
                    # copy: "08.10.2014 15:20" under "ЗВЯЗДА :: Культура"; and it may name the
                    # writer. "Anpfiff: 16.03.2024 18:30 Uhr" after a sentence is the story's)
                    work.published_label = work.published_label or stamp_time(line)
                    work.head_slip_authors = work.head_slip_authors or slip_byline([line])
                if rule.name == "timestamp_line" and kept and kept[-1].text.strip() == "完":
                    work.stamped_end = True  # "完" over the release's time: its end mark
                if rule.name == "related_link" and _HEADING_ALONE.search(line):
                    # The headlines start with the next block: this one's, if lines of it
                    # stand before the heading, comes first.
                    work.related_heading = len(kept) + (1 if lines else 0)
                    if len(block_lines) == 1:
                        work.see_also_after.append(len(kept))
                if rule.kind == "copyright" and COPYRIGHT_MARK.match(line.strip()):
                    work.copyright_wire = work.copyright_wire or copyright_holder(line.strip())
                continue
            if block.kind != "heading" and (label := PUBLISHED_LABEL.match(line.strip())):
                published = parse_datetime(label["value"])
                if published is not None or len(line) < 60:
                    work.published_label = work.published_label or published
                    work.drop("label", "published_label", line)
                    continue
            lines.append(line.strip())
        lines = [ln for ln in lines if ln]
        if not kept and block.kind == "para" and len(lines) == 2:
            # The copy's opening block of its headline and its time stamp ("14.05.2010
            # 10:32:15" over it, "2012年06月21日10:25　来源：和讯网" under it): the stamp goes.
            headline = _stamped_headline(Block("\n".join(lines)))
            if headline is not None:
                stamp = lines[1 - lines.index(headline)]
                work.drop("promo", "stamp_line", stamp)
                work.published_label = work.published_label or stamp_time(stamp)
                lines = [headline]
        # "By Jane Doe" over "OSV News": a byline's two lines stay two (take_byline reads them).
        two = len(lines) == 2 and _two_line_byline("\n".join(lines)) is not None
        text = "\n".join(lines) if two else " ".join(lines)
        if len(lines) >= _LIST_LINES:
            work.joined_lists.add(text)
        if text:
            kept.append(Block(text, block.kind, block.image, block.emphasis))
    return kept


_LIST_LINES = 3
# A notice whose address stands on a line of its own under it ("→続きは日経電子版で" over
# "http://www.nikkei.com/article/…") is read whole when neither line is a rule's alone: the
# promo, rights and syndication rules only. (A story paragraph hard-wrapped over lines is not
# read whole: "Para evitar fraudes, siga … no / comparta … por WhatsApp." is advice.)
_WRAPPED_NOTICE_KINDS = frozenset({"promo", "copyright", "syndication"})


def _wrapped_notice(lines: list[str], rules: list[LineRule | None]) -> LineRule | None:
    """The rule a block of a line and an address under it matches read as one line, when
    neither line is a rule's alone."""
    parts = [line.strip() for line in lines if line.strip()]
    if len(parts) < 2 or any(rules):
        return None
    if len(parts) == 2 and (_URL_LINE.fullmatch(parts[1]) or EMAIL_LINE.match(parts[1])):
        rule = match_line_rule(" ".join(parts))
        return rule if rule is not None and rule.kind in _WRAPPED_NOTICE_KINDS else None
    # (… or a sender's address block over a few lines: name and street, phone and web)
    if len(parts) <= _ADDRESS_BLOCK_LINES:
        rule = match_line_rule(" ".join(parts))
        return rule if rule is not None and rule.name == "sender_address" else None
    return None


_ADDRESS_BLOCK_LINES = 4


# Rules read on a line only when it stands as a line of its own, not inside a wrapped sentence.
_WHOLE_LINE_RULES = frozenset({"platform_call"})
_WRAP_END = re.compile(r"[.!?。！？:：…\"”’»)]\s*$")
_WORDED = re.compile(r"\w")


def _wrapped(lines: list[str], at: int, rules: list[LineRule | None]) -> bool:
    """The line continues the one above it, or goes on in the one below: a sentence wrapped
    over lines ("… residents to" / "join its WhatsApp group …, which already has" / …). A
    neighbour a rule takes is a line of its own (calls stacked without full stops)."""
    above = lines[at - 1].strip() if at > 0 and rules[at - 1] is None else ""
    below = lines[at + 1].strip() if at + 1 < len(lines) and rules[at + 1] is None else ""
    continues = bool(above) and not _WRAP_END.search(above)
    goes_on = bool(below) and not _WRAP_END.search(lines[at].strip())
    return continues or goes_on


def _dated_fact(rule: str, line: str) -> bool:
    """A labelled date among other labelled facts of a list ("Perkiraan tanggal efektif: 28
    Maret 2024" in an IPO's schedule): the story's, not the page's time stamp."""
    return rule == "timestamp_line" and _FACT_LINE.match(line.strip()) is not None


def _plain_facts(lines: list[str], rules: list[LineRule | None]) -> bool:
    """Whether the block holds a labelled fact that no rule takes (an item's number under its
    label, "کد خبر: ۳۲۴۱۸۷", is the page's too)."""
    return any(
        rule is None and _FACT_LINE.match(s := line.strip()) and not _NUMBER_VALUE.search(s)
        for line, rule in zip(lines, rules, strict=True)
    )


_NUMBER_VALUE = re.compile(r"[:：][\d\W]+$")


# Agency copy's lines that are no text (its own only: a page prints its sources so, "[CNET]",
# and its phone numbers under labels): a broadcaster's script marks its parts on lines of
# their own ("[앵커]", "[리포트]"), a short label in square brackets; the item's number under
# a label ("کد خبر : ۱۴۸۷۶۲۰", "News ID: 1187654"), digits alone, no date.
_PART_LINES = (
    # (… or in angle brackets, as SBS writes them: "<앵커>", "‹기자>")
    ("section_marker", re.compile(r"\[[^\[\]\d=,]{1,12}\]|[<‹〈][가-힣]{1,6}[>›〉]")),
    # (its label names an id or a number: "Giải đặc biệt: 728416", a lottery's result, stays)
    (
        "code_label",
        re.compile(
            r"(?i:[^:：\d\n]{0,20}(?:\b(?:id|no|nr|nº|code|kod|ref|number|numéro|nummer)\b\.?"
            r"|کد|رقم|번호|编号|番号|№)[^:：\d\n]{0,12})[:：]\s?\d{5,}"
        ),
    ),
    # A short rule between parts of the copy ("___"; on a page the truths keep AP's).
    ("short_rule", re.compile(r"([*=_~#+-])\1{2,}")),
)
_PART_LINE_CHARS = 40


def drop_part_markers(blocks: list[Block], work: Work) -> list[Block]:
    """Agency copy without its part markers and item numbers (see _PART_LINES)."""
    kept = []
    for block in blocks:
        text = block.text.strip()
        rule = next(
            (
                name
                for name, pattern in _PART_LINES
                if block.kind != "image"
                and len(text) <= _PART_LINE_CHARS
                and is_on(name)
                and pattern.fullmatch(text)
            ),
            None,
        )
        if rule is None:
            kept.append(block)
            continue
        fire(rule)
        work.drop("label", rule, block.text)
    return kept


def drop_tail_promos(
    blocks: list[Block],
    work: Work,
    agency_copy: bool = False,
    own: tuple[str, ...] = (),
    sign_offs: bool = False,
    page: bool = False,
) -> list[Block]:
    """Drop the promo-shaped paragraphs that close the copy, at first sight of a source.

    The named rules know their phrases; a promo in new words still has the form of one
    (cleaning/shapes.py). Shape alone is weak evidence, so only the paragraphs after the story
    go, and only with much of it: a link or an address to the reader, and more (score 5). On
    the body truth of news-dev and aeb-dev no closing paragraph scores 5 (embedded posts'
    "— Name (@handle) date" lines score 4). In agency copy (`agency_copy`) a closing note of
    the outlet to its readers goes too (_is_outlet_note; `own`: the names the copy goes out
    under, see note_features), and so does the desk's sign-off (is_sign_off: "vrb/kš",
    "— ABT ◆"): short pieces between the wires' marks, in whatever script; with `sign_offs`
    alone (a site generator's Markdown) only those and the terms of reuse. A page's body
    (`page`) loses its closing notes of three features (none among the 4,951 body truth
    paragraphs of news-dev and aeb-dev but two podcast plugs and a menu path), its terms of
    reuse (none there) and its writer's address line ("김철수 기자 kcs@…"; none there):
    benchmarks/truth_tails.py counts them.
    """
    dropped: dict[int, str] = {}
    # The agency's other spellings sign its copy ("--(بترا) س خ/ م ع" from PETRA): read in its
    # short sign-off lines only, where a word of the language ("भाषा") cannot be a sentence's.
    signs = (*own, *(s for name in own for s in spellings_of(name)))
    end = len(blocks)
    while end > 1:
        end -= 1
        block = blocks[end]
        if block.kind == "image":
            continue
        text = block.text
        if is_on("tail_promo_shape") and _is_promo_shaped(text):
            dropped[end] = "tail_promo_shape"
        elif (
            is_on("tail_outlet_note")
            and (agency_copy or page)
            and (_is_outlet_note(text, own) if agency_copy else _is_page_note(text, own))
        ):
            dropped[end] = "tail_outlet_note"
        elif (
            agency_copy
            and is_on("sign_off")
            and (signed_name := bracketed_name(text, blocks[end - 1].text)) is not None
        ):
            dropped[end] = "sign_off"  # "（小松原亮）": the reporter signs
            work.closing_authors = work.closing_authors or (signed_name,)
        elif (
            (agency_copy or sign_offs)
            and is_on("sign_off")
            and (
                is_sign_off(text, signs)
                or is_wire_closing(text, signs)
                or is_code_line(text)
                or is_agency_stamp(text, signs)
                or is_issuer_date(text)
                or is_place_date(text)
            )
        ):
            dropped[end] = "sign_off"
        elif (
            agency_copy
            and is_on("sign_off")
            and (
                bracketed := _BRACKETED_SIGNATURE.fullmatch(text.strip())
                or _MOVED_STAMP.fullmatch(text.strip())
            )
        ):
            # "(Arben Krasniqi / RK) /dn/": the writer and the wire; "(Ольга Щербакова) тс ждн
            # 121447 мар 19": the writer, the desk and the time the copy moved
            dropped[end] = "sign_off"
            if (writer := _bracketed_writer(bracketed["writer"])) is not None:
                work.closing_authors = work.closing_authors or (writer,)
        elif (
            agency_copy
            and is_on("outlet_tagline")
            and end == len(blocks) - 1
            and _OUTLET_TAGLINE.fullmatch(text.strip())
        ):
            dropped[end] = "outlet_tagline"  # "Nya Åland – Ålands största morgontidning"
        elif agency_copy and is_on("agency_line") and (name := agency_line(text, own)):
            dropped[end] = "agency_line"
            work.line_wire = work.line_wire or name
        elif (
            agency_copy
            and is_on("sign_off")
            and end == len(blocks) - 1
            and (
                _lone_initials(text.strip())
                or _SLASHED_INITIALS.fullmatch(text.strip())
                or _DOTTED_INITIALS.fullmatch(text.strip())
                or _DASHED_NAME.fullmatch(text.strip())
                or (_DASH_OPENING.match(text) and names_own(text, own))
                or _BUREAU_LINE.fullmatch(text.strip())
                or _VALEDICTION.match(text.strip())
                or (work.stamped_end and text.strip() == "完")
                or _NEWSROOM_SIGNATURE.fullmatch(text.strip())
            )
        ):
            dropped[end] = "sign_off"  # the desk's initials alone, last ("ЕК", "AB", "мф")
        elif agency_copy and is_on("closing_byline") and (found := byline_of(text)) is not None:
            dropped[end] = "closing_byline"  # the byline at the end, as Alliance News signs
            work.closing_authors = work.closing_authors or found[0]
        elif (
            agency_copy
            and is_on("link_line")
            and _URL_LINE.fullmatch(text.strip().lstrip("-–— "))
            and not _LEADS_IN.search(blocks[end - 1].text)
        ):
            dropped[end] = "link_line"  # a web address alone closing the copy: where to read on
        elif agency_copy and is_on("link_list") and _is_link_list(text):
            dropped[end] = "link_list"  # "Website: https://… Telegram: https://t.me/…"
        elif (
            agency_copy
            and is_on("name_line")
            and end >= _NAME_LINE_AFTER
            and is_name_line(text)
            and not _in_a_list(blocks, end)
        ):
            dropped[end] = "name_line"  # "Agence … du Burkina": the agency signing
        elif agency_copy and is_on("channel_line") and is_channel_line(text, signs):
            dropped[end] = "channel_line"  # "Больше новостей о хоккее — в телеграм-канале «СЭ»"
        elif agency_copy and is_on("menu_line") and _is_menu_line(text):
            dropped[end] = "menu_line"  # "Support X | Policies & Ethics | Contact Us | Apps"
        elif (
            (agency_copy or sign_offs or page)
            and is_on("reuse_notice")
            and (is_reuse_notice(text) or is_closing_reuse_notice(text))
        ):
            dropped[end] = "reuse_notice"  # "Reprodução autorizada mediante citação da fonte."
        elif agency_copy and is_on("source_tail") and is_source_line(text, own + work.feed_names):
            dropped[end] = "source_tail"  # "Izvor: FoNet": where the copy came from
        elif (
            agency_copy
            and is_on("sign_off")
            and (signed := slashed_sign_off(text, signs)) is not None
        ):
            dropped[end] = "sign_off"  # "IAR/ Anna Nowicka/ Gdańsk/ mb": the desk signs
            work.closing_authors = work.closing_authors or signed
        elif (
            agency_copy
            and is_on("closing_signature")
            and end >= _NAME_LINE_AFTER
            and (signed := _signature_at(blocks, end, signs)) is not None
        ):
            # "Corina Munteanu, IPN", "MA / Rojda Aydemir", "Kovács Bence", "(Lena Aichinger,
            # 12.1.2024)": the writer signs the copy (48 of 50 such closing lines are
            # boilerplate in the agency probe truths).
            dropped[end] = "closing_signature"
            work.closing_authors = work.closing_authors or signed
        elif (
            agency_copy
            and is_on("profile_line")
            and _PROFILE_FIELD.match(text.strip()) is not None  # (a field opens it)
            and len(_PROFILE_FIELD.findall(text)) >= _PROFILE_FIELDS
            and not is_sentence(text)
            # (the profile is a company's: its legal form says so; "日時：… 会場：… 入場料：…",
            # "When: … Where: … Tickets: …" are an event's details, the story's; or a
            # quote's figures only, "Price: 42.18, Change: -1.37, Percent Change: -3.15")
            and (_LEGAL_FORM.search(text) is not None or _FIGURES_ONLY.fullmatch(text.strip()))
        ):
            # "商号 ：株式会社月白堂 代表者 ：… 所在地 ：… 設立 ：1952年": the issuer's profile
            # closing a release, its fields run into one paragraph
            dropped[end] = "profile_line"
        elif (
            agency_copy
            and is_on("press_office_line")
            and end == len(blocks) - 1
            and _ISSUER_LINE.fullmatch(text.strip())
        ):
            dropped[end] = "press_office_line"  # "Consejería de Fomento, …": the issuer signs
        elif agency_copy and is_on("press_office_line") and is_press_office_line(text):
            # "Сектор комунікації ГУНП …", "דוברות מד"א": the issuing press office signs
            dropped[end] = "press_office_line"
        elif (agency_copy or sign_offs) and is_on("own_sign_off") and _own_sign_off(text, signs):
            dropped[end] = "own_sign_off"  # "Agence Alakhbar - Nouakchott", "(Patria) A.Ć."
            # (… the writer's name first, before the outlet: "--Mark Hennessy, BridgeNews,
            # (312) 555-0186" signs for Mark Hennessy)
            first = text.strip().lstrip("-–— ").split(",")[0].strip()
            person = PERSON_SHAPED.fullmatch(first) and not OUTLET_WORD.search(first)
            if person and not names_own(first, signs):
                work.closing_authors = work.closing_authors or (first,)
        elif (
            agency_copy
            and is_on("staff_line")
            and (staff := staff_credit(text)) is not None
            and not _in_fact_box(blocks, end)
        ):
            dropped[end] = "staff_line"  # "Pewarta: X | Editor: Y": the desk's credits
            work.closing_authors = work.closing_authors or tuple(
                n for n in staff if not names_own(n, signs)
            )
        elif agency_copy and is_on("staff_line") and EMAIL_LINE.match(text):
            dropped[end] = "staff_line"  # a reporter's address signing off ("sykim@yna.co.kr")
        elif (
            page
            and is_on("staff_line")
            and (EMAIL_LINE.match(text) or _WRITER_ADDRESS.search(text))
            and staff_credit(text) is not None
        ):
            dropped[end] = "staff_line"  # "김철수 기자 kcs@kyeonggi.com" closing a page's body
        elif agency_copy and is_on("stamp_line") and is_stamp_line(text, tail=True):
            dropped[end] = "stamp_line"
        elif (
            (agency_copy or sign_offs)
            and is_on("related_list")
            and (start := _related_list(blocks, end, own) or _listed_after(blocks, end, work))
        ):
            for i in range(start, end + 1):
                dropped[i] = "related_list"
            end = start
        elif (
            agency_copy
            and is_on("after_end_mark")
            and (
                (mark := _end_mark_above(blocks, end, own)) is not None
                or (mark := _under_taken_mark(blocks, end, work.end_mark_under)) is not None
            )
        ):
            # "Kaynak: AA" then AA's notice on its news service: what follows the wire's end
            # mark is not the story, whatever its words.
            for i in range(mark + 1, end + 1):
                if blocks[i].kind != "para" or _is_caption_paragraph(blocks[i].text) is None:
                    dropped[i] = "after_end_mark"  # (a picture's caption is take_captions')
            end = mark + 1
        elif (
            agency_copy
            and is_on("sign_off")
            and end == len(blocks) - 1
            and _bare_name(text, blocks[end - 1].text)
            and not _in_a_list(blocks, end)
        ):
            dropped[end] = "sign_off"  # "Rariya": the outlet's name alone, last
        elif (
            (agency_copy or sign_offs)
            and is_on("emphasised_note")
            and block.emphasis
            and len(text.split()) <= _EMPHASISED_NOTE_WORDS
            and not _speaks(text)
            and _emphasised_note(blocks, end)
        ):
            # "*Ságat er en uavhengig dagsavis … Saken kan ikke gjengis uten tillatelse.*": a
            # paragraph set wholly in emphasis under Markdown copy is the editor's note, whatever
            # its words (39 such closing paragraphs in the wire probes' Markdown, none a story's).
            dropped[end] = "emphasised_note"
        elif agency_copy and _is_caption_paragraph(text) is not None:
            continue  # a picture's credit line ("Foto: X/arhiva") is take_captions'; read on
        elif not (
            agency_copy
            and len(text) <= _STAFF_CREDIT_CHARS
            and (_credits_staff(text) or _signature(text))
        ):
            break
        # A staff credit ("(Reporting by …)", "… contributed to this report.", "Pewarta: X
        # Editor: Y") stays, as the pages' body truths keep them, and the notes after and
        # before it are read on.
    if not dropped:
        return blocks
    for i, rule in sorted(dropped.items()):
        fire(rule)
        work.drop("promo", rule, blocks[i].text)
    return [b for i, b in enumerate(blocks) if i not in dropped]


# The time the copy moved closing it, its day, hour and minute run together, then the month's
# short name and the year ("тс ждн 121447 мар 19"): the desk's initials before it, the writer's
# name in brackets maybe first ("(Ольга Щербакова) тс ждн 121447 мар 19").
_MOVED_STAMP = re.compile(
    r"(?:\((?P<writer>[^()]{3,60})\)\s+)?(?:[^\W\d_]{1,5}[/ ]){0,4}\s*"
    r"(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d\s+[^\W\d_]{3,4}\.?\s+\d{2}$"
)
_MOVED_STAMP_NAME_WORDS = 2


def _bracketed_writer(name: str | None) -> str | None:
    """The writer a sign-off's brackets name: two words at least, a name's shape, no agency's
    ("(Reuters)" names the wire)."""
    if name is None or len(name.split()) < _MOVED_STAMP_NAME_WORDS:
        return None
    name = name.strip()
    return name if is_name_shaped(name) and not canonical_agency(name)[1] else None


# The outlet's name and its tagline, the copy's last line ("Nya Åland – Ålands största
# morgontidning", "Ozon Press – portal za Čačak i Moravički okrug"): a name of a few
# capitalised words, a dash, a word or two and the word for what it is (a paper, a portal, a
# station), a place's phrase after it at most; no sentence. (Read last only: "Ivan Horvat –
# urednik portala" inside the copy lists a jury.)
_OUTLET_TAGLINE = re.compile(
    r"[A-ZÀ-ÞĀ-ŽΑ-ΩА-Я][\w.'’&-]*(?:\s+[A-ZÀ-ÞĀ-ŽΑ-ΩА-Я][\w.'’&-]*){0,3}\s[–—|-]\s"
    r"(?=[^.!?]{3,80}$)(?:(?!(?i:der|die|das|des|the|of|de|del|la|le|el|du)\s)\S+\s+){0,2}?"
    r"\S*(?i:portal\w*|tidning\w*|avis\w*|zeitung|newspaper|news ?site|dagblad\w*|journal"
    r"|gazet\w*|noviny|novine|lehti|diario|jornal|quotidien|giornale|radio|televi\w+"
    r"|webzine|magazin\w*)"
    r"(?:\s+(?i:za|for|in|of|de|du|des|del|da|do|für|i|på|w|na|v|u|dla|pour|para|per)"
    r"\s[^.!?]{1,50})?"
)
# The writer and the agency's short name in brackets closing the copy, the desk's initials
# after them maybe ("(Arben Krasniqi / RK) /dn/", "(Jana Novak / STA)").
_BRACKETED_SIGNATURE = re.compile(
    r"\((?P<writer>[^\W\d_][^()/\d]{2,50}?)\s*/\s*[A-ZÀ-ÞА-Я]{2,6}\)(?:\s*/[^\W\d_]{1,4}/)?"
)
# A government's department signing its release, its name alone on the last line ("Consejería
# de Fomento, Infraestructuras y Ordenación del Territorio"): the body's word opening it.
# (Spanish, Catalan, Galician, Portuguese regional bodies only, no date beside: "Ministry of
# Transport" or "Ministry of Health 12 March 2024" closing English copy is the story's line)
_ISSUER_LINE = re.compile(
    r"(?:Consejería|Conselleria|Consellería|Departament|Departamento|Secretaría|Ayuntamiento"
    r"|Ajuntament|Prefeitura|Diputación) (?:de |del |da |do |d['’])[^.!?:;\d]{2,100}"
)
# A page's closing note needs one feature more than agency copy's (see drop_tail_promos), and
# one of the outlet's own: a blog speaking to its readers as "we" calls them ("If you would
# like to help at the next firing, send us a message.") and is its post's text.
_PAGE_NOTE_FEATURES = 3
_VOICE_ONLY = frozenset({"address", "call_to_action", "outlet_voice"})


def _is_page_note(text: str, own: tuple[str, ...]) -> bool:
    """A page's closing note: three of note_features, one beyond a voice calling the reader."""
    found = _outlet_note_features(text, own)
    return _is_outlet_note(text, own, _PAGE_NOTE_FEATURES) and not found <= _VOICE_ONLY


# An editor's note under the story is a few sentences; a longer paragraph in emphasis is text.
_EMPHASISED_NOTE_WORDS = 120


def _emphasised_note(blocks: list[Block], at: int) -> bool:
    """The emphasised paragraph at `at` closing Markdown copy is the editor's note: story text
    stands above the emphasised run, and does not introduce it with a colon (a poem's stanzas
    or a quote set in italics after "… read the poem aloud:")."""
    start = at
    while start > 0 and blocks[start - 1].emphasis:
        start -= 1
    above = [b for b in blocks[:start] if b.kind == "para"]
    return bool(above) and not above[-1].text.rstrip().endswith((":", "："))


# The site's links copied with the story: short items between pipes, bullets or middle dots
# ("Support HKFP | Policies & Ethics | Error/typo? | Contact Us"), or hashtags alone
# ("#TeAoMāori #Mātauranga"). A sentence is never one of them.
_MENU_SEPARATOR = re.compile(r"\s+[|•·]\s+")
_MENU_ITEMS = 4
_MENU_ITEM_WORDS = 4
# (… or the outlet's handles: "@tikvahethiopia" alone)
_HASHTAGS = re.compile(r"^(?:[#@][^\W\d_][\w.-]*\s*){1,12}$")


def _is_menu_line(text: str) -> bool:
    """A line of the site's links (see _MENU_SEPARATOR) or of hashtags alone."""
    line = text.strip()
    if len(line) > TAIL_PROMO_MAX_CHARS:
        return False
    if _HASHTAGS.match(line):
        return True
    # (a comment counter in brackets is a link's: "Komentari (23)")
    items = _MENU_SEPARATOR.split(_COUNTER.sub("", line))
    # No full stop ("Error/typo?" is a link's label) and no figure: "Bayern 2 | Dortmund 1" is
    # a table of results. (Three items do when one is a page's action: "Komentari (23) |
    # Pošalji prijatelju | Ispiši", comments, send to a friend, print.)
    enough = len(items) >= _MENU_ITEMS or (
        len(items) >= _MENU_ITEMS - 1 and any(_MENU_ACTION.fullmatch(i.strip()) for i in items)
    )
    return enough and all(
        0 < len(item.split()) <= _MENU_ITEM_WORDS
        and not item.rstrip().endswith(".")
        and not any(c.isdigit() for c in item)
        for item in items
    )


_COUNTER = re.compile(r"\s*\(\d{1,5}\)")
# A page's actions in the wires' languages: print, share, comment, send to a friend.
_MENU_ACTION = re.compile(
    r"(?i:print|ispiši|ispis|imprimir|drucken|imprimer|stampa|tisk(?:nout)?|drukuj|nyomtatás"
    r"|share|podijeli|podeli|compartir|teilen|partager|condividi|udostępnij|megosztás"
    r"|comments?|komentari?|komentáře|kommentare?|commentaires?|comentarios?|commenti|hozzászólások"
    r"|send to a friend|pošalji prijatelju|enviar a un amigo|an einen freund senden"
    r"|envoyer à un ami|invia a un amico)"
)


# A writer's or an editor's initials alone: two or three capitals of any cased script.
# … or with their dots, in any script ("J.D.", "ک.ح").
# An outlet's name of a few capitalised words after a dash, alone closing the copy ("—DZRH
# News", "– KOSMO! ONLINE"): its sign-off.
# (a person's name of two words after a dash is an epigraph's attribution, "— Ernest
# Hemingway", and a name of words may be another outlet's, "--Field Level Media" under
# another holder: a name with a word in capitals, or one word alone, is the outlet's)
_DASHED_NAME = re.compile(
    r"(?:[–—]|--)\s*(?:(?=.*\b[A-ZÀ-Þ]{2,}\b)"
    r"[A-ZÀ-Þ][\w!.'’&-]*(?:\s+[A-ZÀ-Þ][\w!.'’&-]*){0,3}|[A-ZÀ-Þ][\w!.'’&-]*)"
)
# A mail's closing greeting and the sender under it ("З повагою, відділ регіональної
# інформації … тел. …", "Best regards, Press Office"): the message's signature, no story.
_VALEDICTION = re.compile(
    r"(?i:best regards|kind regards|warm regards|warmest regards|regards|sincerely|yours sincerely"
    r"|mit freundlichen grüßen"
    r"|freundliche grüße|cordialement|bien cordialement|saludos cordiales|atentamente"
    r"|atenciosamente|cordiali saluti|met vriendelijke groet|med vänlig hälsning|venlig hilsen"
    r"|med vennlig hilsen|pozdrawiam|z poważaniem|s pozdravem|s poštovanjem|с уважением"
    r"|з повагою|cu stimă|üdvözlettel|saygılarımızla)(?:[,!]|\s*\n|\s*$)(?:\s.{0,300})?$",
    re.DOTALL,
)
_DASH_OPENING = re.compile(r"\s*(?:[–—]|--)\s*\S")


def _bare_name(text: str, above: str) -> bool:
    """A name alone closing the copy under its last sentence ("Rariya"): one capitalised word,
    letters only; the outlet signing ("Amnesty International", "STAR FLYER", "ABCD" close a
    story as its words); in quotation marks, a few words ("«Հայերն այսօր»")."""
    quoted = _QUOTED_NAME_LINE.fullmatch(text.strip())
    words = (quoted[1] if quoted else text).split()
    # (a script without case writes the name as it is: «"النهار"»)
    cased = any(c.isupper() or c.islower() for c in words[0]) if words else False
    return (
        (len(words) == 1 or (quoted is not None and len(words) <= _QUOTED_NAME_WORDS))
        and (
            (words[0][:1].isupper() and any(c.islower() for c in words[0]))
            or (quoted is not None and not cased)
        )
        and len(text.strip()) <= _BARE_NAME_CHARS
        and all(c.isalpha() or c in "-.'’" for w in words for c in w)
        and not is_sentence(text)
        and not text.rstrip().endswith((":", "：", "?", "!"))
        and is_sentence(above)
    )


_BARE_NAME_CHARS = 30
_QUOTED_NAME_LINE = re.compile(r"[«„“\"](.+)[»“”\"]")
# The newsroom signing the copy ("Redaksia e Telegrafit", "Η Σύνταξη", "La Rédaction"): its
# word for itself, maybe with the outlet's name, alone on the last line.
_NEWSROOM_SIGNATURE = re.compile(
    r"(?i:(?:the )?(?:editorial (?:team|board|staff)|newsroom)|la rédaction|la redacción"
    r"|a redação|la redazione|die redaktion|de redactie|redaksia|redakcija|redakcja|redakce"
    r"|uredništvo|η σύνταξη|редакция|редакція)"
    r"(?:\s+(?:e|of|de|du|der|van|di|da)\s+\S.{0,30})?\.?"
)
# A news service's bureau signing its copy, its name alone ("MediaNews Washington Bureau",
# "Scripps Howard News Service").
_BUREAU_LINE = re.compile(
    r"(?:[A-Z][\w&.'’-]*\s+){1,4}(?:Bureau|News Service|Wire Service|Newswire|News Desk)"
)
# (… spaced too: "K. Š.", the desk's initials as Slovenian copy signs)
_DOTTED_INITIALS = re.compile(r"(?:[^\W\d_]\.\s?){1,3}[^\W\d_]\.?")
# … or with the slash the desk writes after them ("ab/", "এসবি/", "mb/jk/").
_SLASHED_INITIALS = re.compile(r"(?:(?:[^\W\d_/]|[\u0900-\u0dff]){1,6}/\s?){1,3}")
_LONE_INITIALS = re.compile(r"(?:[A-ZÀ-ÞА-ЯЁΑ-Ω]){2,3}")
# … in lower case without a vowel ("мф", MAKFAX's desk; "ok" or "да" are words).
# (two Latin letters: "hmm", "brr" close a quote as often as a desk signs)
_LONE_LOWER_INITIALS = re.compile(r"[a-z]{2}|[а-яё]{2,3}")
_CLOSING_DASHES = frozenset({"--", "—", "——", "– –"})
_INITIALS_VOWELS = frozenset("aeiouyаеёиоуыэюя")


def _lone_initials(text: str) -> bool:
    """The desk's initials alone: two or three capitals, or lower-case letters no word holds;
    or the dashes a sender closes with before its signature ("--")."""
    # (… maybe in the brackets Chinese and Japanese copy sets them in: "《KK》", "【AB】")
    if (inner := _INITIALS_BRACKETS.fullmatch(text)) is not None:
        text = inner[1]
    if _LONE_INITIALS.fullmatch(text) or text in _CLOSING_DASHES:
        return True
    return bool(_LONE_LOWER_INITIALS.fullmatch(text)) and not _INITIALS_VOWELS & set(text)


_INITIALS_BRACKETS = re.compile(
    r"[《〈【［\[(（]\s*([^\s《》〈〉【】［］\[\]()（）]{2,3})\s*[》〉】］\])）]"
)


# A paragraph of addresses with a few words around them: where to follow the outlet.
_LINK_LIST_LINKS = 2
_LINK_LIST_SENTENCE_LINKS = 4
# A link after its label ("ፌስቡክ፡- https://…", "Website: www.…"): a channel list's entry.
_LABELLED_LINK = re.compile(r"[:：፦፡]-?\s*(?:https?://|www\.)")
_LINK_LIST_WORDS = 25
_LINK_LIST_CHARS = 1000
# A name alone closes the copy only after a story of this many paragraphs.
_NAME_LINE_AFTER = 3


def _signature_at(blocks: list[Block], at: int, signs: tuple[str, ...]) -> tuple[str, ...] | None:
    """The writers the signature at `at` names (see closing_signature, dated_sign_off), None
    for a line that is none, or one of a list (dated sources, names under a lead-in)."""
    text = blocks[at].text
    if (dated := dated_sign_off(text)) is not None:
        return dated if dated_sign_off(blocks[at - 1].text) is None else None
    signed = closing_signature(text, signs)
    return signed if signed is not None and not _in_a_list(blocks, at) else None


def _in_a_list(blocks: list[Block], at: int) -> bool:
    """A name line is an item of a list the story closes with: the line above leads into it
    (a colon) or is a name line too ("finalists:" then "The Press Democrat", …)."""
    above = blocks[at - 1].text.strip() if at > 0 else ""
    # (… or a list's item set off by its dash: "- ITV News" over "- BBC News")
    dashed = above[:2] in ("- ", "– ", "— ") and blocks[at].text.strip()[:2] in ("- ", "– ", "— ")
    return (
        above.endswith((":", "："))
        or bool(_LEADS_IN.search(above))
        or is_name_shaped(above)
        or dashed
    )


def _is_link_list(text: str) -> bool:
    """Two links or more and few other words ("ეწვიეთ ჩვენს საიტს - https://1tv.ge/ …")."""
    if len(text) > _LINK_LIST_CHARS:
        return False
    links = link_count(text)
    # A sentence naming two or three addresses is the story's ("… at www.who.int."); one of
    # four or more, few words besides, lists the outlet's channels ("… ቴሌግራም፦ https://t.me/…
    # ትዊተር፦ https://twitter.com/… በመወዳጀት ይከታተሉን።").
    if is_sentence(text) and (
        links < _LINK_LIST_SENTENCE_LINKS or len(_LABELLED_LINK.findall(text)) < _LINK_LIST_LINKS
    ):
        return False
    return links >= _LINK_LIST_LINKS and len(text.split()) - links <= _LINK_LIST_WORDS


# The wire's end mark ("(ANI)", "Kaynak: DHA", "(FIN) NDP/JCC", "// انتهى //") closes the story;
# up to this many paragraphs after it, each of few words, are the outlet's additions (a
# syndication note, an app promo, a stamp), and the story before it runs this many at least.
_AFTER_MARK_PARAGRAPHS = 3
_AFTER_MARK_WORDS = 80
_BEFORE_MARK_PARAGRAPHS = 3


def _end_mark_above(blocks: list[Block], last: int, own: tuple[str, ...]) -> int | None:
    """The index of an end mark a few short paragraphs above block `last`, else None."""
    for mark in range(last - 1, max(last - 1 - _AFTER_MARK_PARAGRAPHS, 0), -1):
        after = blocks[mark + 1 : last + 1]
        if any(b.kind != "para" or len(b.text.split()) > _AFTER_MARK_WORDS for b in after):
            return None
        if blocks[mark].kind != "para":
            return None
        text = blocks[mark].text
        # The agency's name alone ("(AFP)", also a digest's story's end) is read apart from
        # the wire's end marks and desk initials ("(FIN) NDP/JCC", "jk mf").
        named = agency_line(text, own)
        closing = not named and (is_wire_closing(text, own) or is_sign_off(text, own))
        if closing or (named and all(_added_note(b.text, own, named) for b in after)):
            story = sum(1 for b in blocks[:mark] if b.kind == "para")
            return mark if story >= _BEFORE_MARK_PARAGRAPHS else None
    return None


def _under_taken_mark(blocks: list[Block], last: int, under: str | None) -> int | None:
    """The index of the paragraph an end mark the line rules took stood under ("ENDS"), when
    only a few short paragraphs follow it up to block `last` (see _end_mark_above)."""
    if under is None:
        return None
    # (the pictures' captions listed after the mark are not counted: take_captions reads
    # them, "PICTURE CAPTIONS:" over "X_01.jpg: … Picture: BNPS" under "ENDS")
    captions = 0
    for mark in range(last - 1, -1, -1):
        if last - mark > _AFTER_MARK_PARAGRAPHS + captions:
            return None
        if blocks[mark].text != under:
            if blocks[mark].kind == "para" and _is_caption_paragraph(blocks[mark].text):
                captions += 1
            continue
        after = [b for b in blocks[mark + 1 : last + 1] if _is_caption_paragraph(b.text) is None]
        if any(b.kind != "para" or len(b.text.split()) > _AFTER_MARK_WORDS for b in after):
            return None
        story = sum(1 for b in blocks[: mark + 1] if b.kind == "para")
        return mark if story >= _BEFORE_MARK_PARAGRAPHS else None
    return None


def _added_note(text: str, own: tuple[str, ...], agency: str) -> bool:
    """After the agency named alone ("(AFP)", which may also close one story of a digest), a
    paragraph the outlet added: no dateline opening another story, and no plain sentence — a
    line, a note's feature or the agency named ("Vanguard News Nigeria", "… AA Haber Akış
    Sistemi (HAS) …"). A digest's next story ("TOKYO - …", "The yen weakened.") stays."""
    if is_dateline(text) or _find_wire_tag([Block(text)], 1) is not None:
        return False
    if not is_sentence(text) or note_features(text, own):
        return True
    return bool(names_own(text, (*own, agency, canonical_agency(agency)[0])))


# Other stories' headlines listed under a heading at the end of the copy ("Más en Andina:",
# "Most Read from Bloomberg", "Вас також можуть зацікавити новини:"): up to this many, each
# a line of a few words with no sentence end.
_RELATED_ITEMS = 6
_HEADLINE_WORDS = (4, 16)  # names ("Anna Schmidt (SPD)") and scores are shorter lists
# A score or a range in a listed line ("Bayern – Dortmund 2:1", "Monday to Friday 9-17"):
# a list of the story's results, not of headlines.
_SCORE = re.compile(r"\d\s*[:–-]\s*\d")
_LIST_HEADING = re.compile(
    r"^(?:most (?:read|popular|viewed|shared)|more (?:from|on)\b|top stories|trending)", re.I
)


def _related_list(blocks: list[Block], last: int, own: tuple[str, ...] = ()) -> int | None:
    """Where a heading and the headlines after it, ending at block `last`, start; else None."""
    first = last
    while first > 0 and last - first < _RELATED_ITEMS and _headline_shaped(blocks[first].text):
        first -= 1
    if first == last or first < 1 or blocks[first].kind == "image":
        return None
    heading = blocks[first].text.strip()
    # The heading says what the list is: a "see also" heading, or one naming the outlet ("Más
    # en Andina:"); "The ministry listed three measures:" heads the story's own list.
    rule = match_line_rule(heading)
    see_also = (rule is not None and rule.name == "related_link") or is_see_also_label(heading)
    named = bool(own) and heading.endswith((":", "：")) and names_own(heading, own)
    return first if see_also or named or _LIST_HEADING.match(heading) else None


# A web address alone on the copy's last lines ("https://www.example.de/membran"); after a
# paragraph leading into it ("… can register at:", "… ist hier abrufbar:") it is the story's.
_LEADS_IN = re.compile(r"(?:[:：]|\b(?:at|unter|en|em|på|sur|su|di|op|w|at the))\s*$")
# An address alone: with its scheme or "www.", or a bare domain ("ertnews.gr").
# (a bare domain in any case, with a path too: "Twitter.com/CThibodeauPM", a writer's handle)
_URL_LINE = re.compile(
    # (a rule of dashes may set it off: "--- www.habarileo.co.tz")
    r"(?:[-–—=_*~]{2,}\s*)?(?:"
    r"(?:https?://|www\.)[^\s<>\"]{3,300}"
    r"|(?i:[a-z0-9-]{2,63}(?:\.[a-z0-9-]{2,63}){0,3}\.[a-z]{2,6})(?:/[^\s<>\"]{0,200})?)"
)
# A "see also" heading with nothing after its label ("Más en Andina:", "Read also").
_HEADING_ALONE = re.compile(r"(?:[:：]|^[^:：]{1,40})\s*$")


# An end mark glued to the copy's last sentence ("… ke trayek lainnya.***", "… said.###"):
# the mark goes, the sentence stays.
_GLUED_END_MARK = re.compile(r"(?<=[.!?。！？…\"”’»)])\s*(?:\*{3,}|#{3,}|-30-)$")


def drop_glued_end_mark(blocks: list[Block], work: Work) -> list[Block]:
    """The last block without an end mark glued to its last sentence."""
    if not blocks or blocks[-1].kind != "para":
        return blocks
    text = blocks[-1].text
    mark = _GLUED_END_MARK.search(text)
    # (the same mark opening it is emphasis around the sentence: "***The ferry runs daily.***")
    if mark is None or text.lstrip().startswith(mark.group(0).strip()):
        return blocks
    work.drop("signoff", "end_mark", mark.group(0).strip())
    return [*blocks[:-1], replace(blocks[-1], text=text[: mark.start()].rstrip())]


def drop_inner_see_also(blocks: list[Block], work: Work) -> list[Block]:
    """Another story's headline under a see-also label between the copy's paragraphs ("Baca
    Juga" over "Jalan Sudirman Ditutup …", the story going on below): the label the line rules
    took, or one in the concept's words (is_see_also_label), and one to three headlines, with
    the story's sentences above and a paragraph that is no headline below (the copy's closing
    list is the tail rules')."""
    if not is_on("inner_see_also"):
        return blocks
    taken = set(work.see_also_after)
    dropped: set[int] = set()
    said = False  # a sentence of the story stands above
    for i, block in enumerate(blocks):
        if block.kind != "para" or i in dropped:
            continue
        listed = i in taken
        # (a release's closing section, "For More Information" over its contacts, is the
        # release trailer's to read)
        section = bool(_RELEASE_TRAILER.match(block.text) or _ABOUT_HEADING.match(block.text))
        # (… or right under the headline, the story below: "LEGGI ANCHE" over another story's
        # headline, then the copy's first paragraph)
        if (said or i == 1) and not section and (listed or is_see_also_label(block.text)):
            first = i if listed else i + 1
            end = first
            while (
                end < len(blocks)
                and end - first < _INNER_SEE_ALSO_ITEMS
                and blocks[end].kind == "para"
                and _listed_headline(blocks[end].text)
            ):
                end += 1
            # (the story goes on below: a list closing the copy is the tail rules')
            if end > first and end < len(blocks) and blocks[end].kind == "para":
                dropped.update(range(i, end))
                continue
        said = said or is_sentence(block.text)
    if not dropped:
        return blocks
    fire("inner_see_also")
    for i in sorted(dropped):
        work.drop("promo", "inner_see_also", blocks[i].text)
    return [b for i, b in enumerate(blocks) if i not in dropped]


# Headlines under one see-also label between the story's paragraphs, at most.
_INNER_SEE_ALSO_ITEMS = 3


def _listed_headline(text: str) -> bool:
    """A headline under a see-also label: headline-shaped, or in a script written without
    spaces a line of some length with no sentence end or quote ("花蓮地震後首個颱風季 …")."""
    if _headline_shaped(text):
        return True
    line = text.strip()
    return (
        len(line.split()) < _HEADLINE_WORDS[0]
        and _SPACELESS_HEADLINE_CHARS[0] <= len(line) <= _SPACELESS_HEADLINE_CHARS[1]
        and _SPACELESS_SCRIPT.search(line) is not None
        and not is_sentence(line)
        and not _QUOTES.search(line)
    )


_SPACELESS_HEADLINE_CHARS = (10, 60)
_SPACELESS_SCRIPT = re.compile(
    r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f\u1780-\u17ff]"
)


def _listed_after(blocks: list[Block], last: int, work: Work) -> int | None:
    """Where the headlines listed under a "see also" heading the line rules took start, when
    they run to block `last` (see _related_list)."""
    first = work.related_heading
    if first is None or not 0 < first <= last or last - first >= _RELATED_ITEMS:
        return None
    # (a headline in a script written without spaces counts as one: "กยท.เปิดประมูลยาง…")
    if all(
        blocks[i].kind == "para" and _listed_headline(blocks[i].text)
        for i in range(first, last + 1)
    ):
        return first
    return None


def _headline_shaped(text: str) -> bool:
    """A line of a few words with no sentence end or quote: another story's headline."""
    line = text.strip().lstrip("•·▪►-–— ")
    low, high = _HEADLINE_WORDS
    if not low <= len(line.split()) <= high or is_sentence(line) or _QUOTES.search(line):
        return False
    if line.endswith((":", "：")) or _LIST_HEADING.match(line) or STAFF_CREDIT.search(line):
        return False  # the list's heading, or a staff credit (it stays)
    return not _SCORE.search(line)


# A reporter's name alone signing the copy ("Kamran Hüseynov", "JÚLIA BERTOLDI", "Д.Оюунчимэг",
# "رشا محمد"): a few capitalised words (or words of a script without case), no digit, no
# sentence end. Kept, as staff credits are, and read past.
_SIGNATURE_WORDS = 4
_SIGNATURE_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|[.'’-])*$")


# A fact box's line above ("Título: Cien años de soledad" over "Autor: …"): a short label and
# its value.
# (… its label without figures: "Selasa 12 Mar 2024 10:15 WIB" holds a time's colon)
_FACT_LINE = re.compile(r"^[^\W\d_](?:[^\W\d]| ){0,24}\s*[:：]\s*\S.{0,80}$")


def _name_byline(text: str, own: tuple[str, ...]) -> bool:
    """A person's name alone: two to four name words (capitalised, or of a script without
    case), not in capitals, no organisation's or the agency's own name."""
    line = text.strip()
    words = line.split()
    return (
        _NAME_BYLINE_WORDS[0] <= len(words) <= _NAME_BYLINE_WORDS[1]
        and not any(c in line for c in "|/&.")
        and not line.isupper()
        and is_name_shaped(line)
        and not is_news_organisation(line)
        and not _INSTITUTION.search(line)
        and not names_own(line, own)
        # "AP Business Writer": the agency's line under a byline, read with it
        and agency_title_line(line) is None
        and not any(canonical_agency(w)[1] for w in words)
    )


_NAME_BYLINE_WORDS = (2, 4)
# Words of an institution's, a desk's or a section's name, not a person's.
_INSTITUTION = re.compile(
    r"(?i:ministry|ministerio|ministère|council|office|department|university|newsroom|"
    r"redac|redaz|redak|desk|team|staff|press|media|radio|tv|news|nyhetsbyr|byrå|agenc)"
)


def _in_fact_box(blocks: list[Block], end: int) -> bool:
    """The block above is a label's line other than a staff credit: the line is a fact box's
    ("Título: …", "Autor: …", "Editorial: …" closing a book's notice), not the desk's."""
    above = blocks[end - 1].text.strip() if end > 0 else ""
    return bool(_FACT_LINE.match(above)) and staff_credit(above) is None


def _signature(text: str) -> bool:
    """A short name alone on its line (see _SIGNATURE_WORDS)."""
    words = text.split()
    return (
        2 <= len(words) + text.count(".") <= _SIGNATURE_WORDS
        and all(_SIGNATURE_WORD.match(w) and not w[:1].islower() for w in words)
        and not is_sentence(text)
    )


def _credits_staff(text: str) -> bool:
    """A staff credit: "(Reporting by …)", "Edição: Fernando Fraga", "autor: X; redakcja: Y"."""
    return bool(STAFF_CREDIT.search(text) or ROLE_LINE.match(text))


# A profile's field: a short label, its colon, a value ("所在地 ：京都府…", "URL: https://…").
_PROFILE_FIELD = re.compile(r"(?:^|\s)[^\W\d_][^\s:：]{0,7}\s?[:：]\s?(?=\S)")
_PROFILE_FIELDS = 3
# A line of labelled figures only: a market quote's.
_FIGURES_ONLY = re.compile(
    r"(?:[^\W\d_][^\W\d]{0,20}(?: [^\W\d]{1,20}){0,2}\s?[:：]\s?[-+]?\d[\d.,]*%?[,;]?\s*){3,}"
)
# A company's legal form, which names the issuer in its profile.
_LEGAL_FORM = re.compile(
    r"株式会社|有限会社|合同会社|有限公司|股份|주식회사|\(주\)|㈜"
    r"|(?<![^\W\d_])(?:Inc|Ltd|LLC|GmbH|Corp|PLC|S\.A|S\.p\.A|SAS|SARL|Oy|Oyj|ASA|AB|AG|N\.V|B\.V"
    r"|Pty|Tbk|Bhd|ООО|ПАО|АО|ТОВ|Sp\. z o\.o)(?![^\W\d_])"
)


def _own_sign_off(text: str, signs: tuple[str, ...]) -> bool:
    """The copy's last line signed with the outlet's own name and a mark beside it: a place, a
    desk's initials, a reporter and an address ("Agence Alakhbar - Nouakchott", "- News24",
    "cd/nc/APMnews", "NSP통신 정유진 기자 x@nspna.com"): a few words, no sentence, no quote."""
    line = text.strip()
    if not signs or len(line) > _OWN_SIGN_OFF_CHARS + _STAMP_CHARS:
        return False  # (checked first: the stamp is looked for on a short line only)
    # (the time it moved may close it: "(autor: X, editor: Y) ROMPRES 22.03.2006 13:07")
    line = TRAILING_STAMP.sub("", line)
    if (
        len(line) > _OWN_SIGN_OFF_CHARS
        or len(line.split()) > _OWN_SIGN_OFF_WORDS
        or _QUOTES.search(line)
        or (is_sentence(line) and not _INITIALS_END.search(line))
    ):
        return False
    if _medium_named(line, signs):
        return True  # "RTCG portal", "Portal X": the outlet and its medium's word alone
    return _SIGN_MARK.search(line) is not None and names_own(line, signs)


def _medium_named(line: str, signs: tuple[str, ...]) -> bool:
    """The line is one of the outlet's names and its medium's word ("RTCG portal")."""
    for name in signs:
        pattern = rf"(?:(?:{_MEDIUM})\s+{re.escape(name)}|{re.escape(name)}\s+(?:{_MEDIUM}))\.?"
        if re.fullmatch(pattern, line, re.IGNORECASE):
            return True
    return False


# A medium's word beside an outlet's name signing its copy ("RTCG portal", "X online").
_MEDIUM = r"portal|online|web|digital|info|news|tv|radio|redakcija|redakcia|redakce|redaktion"
_OWN_SIGN_OFF_CHARS = 80
# A trailing stamp's characters at most ("22.03.2006 13:07").
_STAMP_CHARS = 24
_OWN_SIGN_OFF_WORDS = 8
# What sets the name apart in a sign-off: a dash, a slash, brackets, a bar, an address.
_SIGN_MARK = re.compile(r"(?:^|\s)[-–—]|/|[()（）《》〈〉\[\]【】|]|@")
# A sign-off's closing initials with their dots ("A.Ć.", "J.D."): no sentence's end.
_INITIALS_END = re.compile(r"(?:^|\s)(?:\w\.){1,3}$")


def _is_promo_shaped(text: str) -> bool:
    """A short paragraph with a link or a reader address and promo shape enough to go alone:
    no sentence (a closing sentence, even one pointing somewhere, is the story's), no quote
    ('"If you want to help, go to redcross.org," she said.')."""
    if len(text) > TAIL_PROMO_MAX_CHARS or len(text.split()) > TAIL_PROMO_MAX_WORDS:
        return False
    if is_sentence(text) or _QUOTES.search(text):
        return False
    if not (LINK.search(text) or ADDRESS.search(text)):
        return False
    return shape_score(text, True, ()) >= TAIL_PROMO_SCORE


def drop_outlet_notes(
    blocks: list[Block], work: Work, own: tuple[str, ...] = (), header: bool = True
) -> list[Block]:
    """Drop the outlet's notes standing before or inside agency copy, at first sight.

    Between the headline and the dateline paragraph the story has not begun: a paragraph with
    two features of a note goes ("For our subscribers only: this article is part of X
    Premium.", `head_outlet_note`). After the opening paragraph, where story paragraphs stand on
    both sides, it takes three ("Our digest lands in your inbox each Friday: x.com/daily",
    `inner_outlet_note`); of the 4,951 body truth paragraphs of news-dev and aeb-dev one has
    three ("Listen here on your chosen podcast platform."). The section label and headline
    (`header`: the copy opens with them), bylines and quoting paragraphs stay.
    """
    start = read_header(blocks, work.head_rule, work.head_stamp)[2] if header else 0
    paras = [i for i in range(start, len(blocks)) if blocks[i].kind == "para"]
    notes: dict[int, str] = {}
    # The agency's name or the copy's time stamp on a line of its own opens no story ("STT",
    # "Publicado em 10/06/2025 - 17:42"): the story opens after them.
    while len(paras) > 1:
        text = blocks[paras[0]].text
        if opens_like_byline(text) or bare_byline(text) is not None:
            # "Luana Figueiredo - Repórter da Agência Brasil" then "Publicado em …": a byline
            # opens no story either (take_byline reads it later).
            paras.pop(0)
            continue
        if (
            is_on("byline_line")
            and len(paras) > 1
            and _name_byline(text, own)
            and is_sentence(blocks[paras[1]].text)
        ):
            # "Ирина Ким", "נועה כהן" under the headline, the story's sentences below: the
            # writer's name alone, a byline without its "By", or a kicker ("Hong Kong",
            # "Climate Change"): no story either way, and no author (a place, a desk's or an
            # outlet's name has the same shape: "Санкт Петербург", "ڕووداو دیجیتاڵ").
            notes[paras[0]] = "byline_line"
            paras.pop(0)
            continue
        if is_on("staff_line") and (staff := staff_credit(text)) is not None:
            # "Edição: Ana Carvalho", "作者：王磊 责编：李娜" above the story: the desk's credits.
            notes[paras[0]] = "staff_line"
            # ("Autor: Beta": the agency's own name is no writer)
            work.closing_authors = work.closing_authors or tuple(
                n for n in staff if not names_own(n, own)
            )
            paras.pop(0)
            continue
        if (
            is_on("head_outlet_note")
            and is_sentence(blocks[paras[1]].text)
            and _outlet_note_features(text, own) >= _OPENING_NOTE
        ):
            # "Este reportaje fue realizado … con el apoyo del Fondo …", "Liputan ini merupakan
            # hasil kolaborasi …" over the story: the piece naming itself and its funder opens
            # no story.
            notes[paras[0]] = "head_outlet_note"
            paras.pop(0)
            continue
        name = agency_line(text, own) if is_on("agency_line") else None
        if name is None and not (is_on("stamp_line") and is_stamp_line(text, head=True)):
            break
        notes[paras[0]] = "agency_line" if name else "stamp_line"
        work.line_wire = work.line_wire or name
        paras.pop(0)
    found = _find_wire_tag(blocks, HEAD_SEARCH)
    opening = found[0] if found is not None else (paras[0] if paras else -1)
    # (the sentences above each paragraph counted as the loop goes: a long text of many short
    # blocks, CJK copy indented line by line, stays linear)
    said = 0
    for at, i in enumerate(paras):
        text = blocks[i].text
        said_above, said = said, said + is_sentence(text)
        if i == opening or opens_like_byline(text):
            continue
        if i < opening and _SINGLE_QUOTED.search(text):
            continue  # a standfirst quoting someone
        if i < opening and is_on("agency_line") and (name := agency_line(text, own)):
            notes[i] = "agency_line"  # "STT" between the headline and the story
            work.line_wire = work.line_wire or name
            continue
        # A stamp above the story, after a standfirst or a byline too: one sentence before it
        # at most, and the stamp saying so or under the byline ("Hearing set for March 12,
        # 2024 10:00 EST" after the opening paragraph is the story's information).
        above = blocks[paras[at - 1]].text if at > 0 else ""
        signed = bool(above) and (
            opens_like_byline(above) or is_name_shaped(above) or staff_credit(above) is not None
        )
        stamped = has_stamp_word(text) or signed
        near_top = i < opening or (at < HEAD_SEARCH and said_above <= 1 and stamped)
        if near_top and is_on("stamp_line") and is_stamp_line(text, head=True):
            notes[i] = "stamp_line"
            if said_above == 0:
                # (over the story it dates the copy and may name its writer: "Autor: Ivana
                # Marić | Objavljeno: 23.09.2008 u 14:35")
                work.published_label = work.published_label or stamp_time(text)
                work.head_slip_authors = work.head_slip_authors or slip_byline([text])
            continue
        if (
            i > opening
            and is_on("labelled_headline")
            and staff_credit(text) is None
            and text not in work.joined_lists
            and is_labelled_headline(text)
            # (a line of a list of them, the lines around it labelled too, is the story's:
            # awards, results, districts; unless the labels are see-also words, two or three
            # links in a row)
            and (
                labelled_by_concept(text)
                or not any(
                    0 <= j < len(blocks) and is_labelled_headline(blocks[j].text)
                    for j in (i - 1, i + 1)
                )
            )
        ):
            notes[i] = "labelled_headline"  # "Oxşar xəbərlər: …": another story's headline
            continue
        rule, need = (
            ("head_outlet_note", TAIL_NOTE_FEATURES)
            if i < opening
            else ("inner_outlet_note", _inner_need(text, own))
        )
        if is_on(rule) and _is_outlet_note(text, own, need):
            notes[i] = rule
    for i, rule in sorted(notes.items()):
        fire(rule)
        work.drop("promo", rule, blocks[i].text)
    return [b for i, b in enumerate(blocks) if i not in notes]


def _inner_need(text: str, own: tuple[str, ...]) -> int:
    """The features a note inside the copy needs: fewer for a call that ends no sentence, a
    line set between the story's paragraphs ("Receba as principais notícias do Paraná pelo
    WhatsApp da X"; a crosshead calls no reader to a channel)."""
    if not is_sentence(text) and "call_to_action" in _outlet_note_features(text, own):
        return TAIL_NOTE_FEATURES
    return INNER_NOTE_FEATURES


# The features of a funder's note naming the piece itself, as it may open the copy.
_OPENING_NOTE = frozenset({"self_reference", "disclaimer"})


def _outlet_note_features(text: str, own: tuple[str, ...]) -> frozenset[str]:
    """note_features of a short unquoted paragraph (none for a long or a quoting one)."""
    if len(text) > TAIL_PROMO_MAX_CHARS or len(text.split()) > TAIL_PROMO_MAX_WORDS:
        return frozenset()
    if (_speaks(text) and not is_cross_link(text)) or REPORTED_SPEECH.search(text):
        return frozenset()
    return note_features(text, own)


def _is_outlet_note(text: str, own: tuple[str, ...] = (), need: int = TAIL_NOTE_FEATURES) -> bool:
    """A short unquoted paragraph with two features of the outlet speaking to its readers:
    'For the latest news, follow us on …' (a call to action, its own voice), '(This story is
    auto-generated from a syndicated feed.)' (brackets, itself, syndication). Agency copy
    reports in the third person: of the 4,951 body truth paragraphs of news-dev and aeb-dev
    27 have two, none of them agency copy (blog posts and reviews speaking to "you" as "we")."""
    # (a quote is a source speaking, unless it is another story's headline, 'see also', or a
    # name of a few words, 'kênh Zalo «TTCL Miền Tây»': _outlet_note_features)
    found = _outlet_note_features(text, own)
    # A link and the reader addressed, and nothing of the outlet, is a sentence that points
    # somewhere ("If you or someone you know is in crisis, call or visit …"): the story's.
    return len(found) >= need and not found <= _POINTERS


_POINTERS = frozenset({"link", "address"})
# A quoted span and the words a name in quotes may have.
_QUOTED = re.compile(r"[\"“„«]([^\"“”„«»]*)[\"”“»]")
_QUOTED_NAME_WORDS = 4
_QUOTED_TITLE_WORDS = 8
_SPEECH_MARKS = re.compile(r"[.,!?;:…]")


def _word_count(text: str) -> int:
    """Words with a letter or digit ("Šiaulių kraštas – arčiau žmogaus": four, not the dash)."""
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


def _quoted_name(quoted: str) -> bool:
    """A span in quotes that names something, not someone's words: a few words, or a few more
    with no stop or comma ("„Anykščių krašto kultūra ir turizmas“", a project's name)."""
    words = _word_count(quoted)
    return words <= _QUOTED_NAME_WORDS or (
        words <= _QUOTED_TITLE_WORDS and not _SPEECH_MARKS.search(quoted)
    )


def _speaks(text: str) -> bool:
    """Whether a paragraph quotes someone: a quotation mark not around a short name."""
    if not _QUOTES.search(text):
        return False
    names = _QUOTED.sub(lambda m: "" if _quoted_name(m[1]) else m[0], text)
    return bool(_QUOTES.search(names))


def _is_headline_line(block: Block) -> bool:
    # A caption line ends in a credit; a headline may name a picture ("AI image of the pope").
    text = block.text
    # "Hilfe, die Fundis kommen!": a short line may exclaim and still be the headline.
    exclaimed = text.endswith("!") and len(text.split()) <= _MAX_EXCLAIMED_HEADLINE_WORDS
    return (
        block.kind == "para"
        and len(text) <= HEADLINE_MAX_CHARS
        and (exclaimed or not _SENTENCE_END.search(text))
        and _is_caption_paragraph(text) is None
    )


# A message's Subject is its headline after a prefix of this many characters at most (the
# release's number or the sender's label: "IP/24/1402 - ", "行政院新聞稿：").
_SUBJECT_PREFIX_CHARS = 60
_SUBJECT_SEPARATOR = re.compile(r"[\s:：\-–—|/\]】)]$")


def subject_line(blocks: list[Block], subject: str) -> tuple[int, int] | None:
    """Where the copy's headline is, among its first blocks: the block its e-mail Subject ends
    with, or that opens with the Subject's end (a subtitle under the headline, in its block),
    as (block index, the headline's number of words); None when no block is."""
    # (a desk's note in brackets closing the Subject is no headline's: "… hospice (with pic)")
    key = _SUBJECT_NOTE.sub("", norm(subject))
    # Where the headline may start in the Subject: its start, or after a separator within
    # the prefix's length ("IP/24/1402 - ", "[뉴스와이어] ").
    starts = [0] + [
        n
        for n in range(1, min(len(key), _SUBJECT_PREFIX_CHARS + 1))
        if _SUBJECT_SEPARATOR.search(key[:n]) and not key[n].isspace()
    ]
    for i, block in enumerate(blocks[:HEAD_SEARCH]):
        if block.kind == "image":
            continue
        text = norm(block.text).lstrip(HEADLINE_MARKS)
        for n in starts:
            line = key[n:]
            if len(line) < _MIN_SUBJECT_LINE:
                continue
            if text == line:
                return i, len(line.split())
            # … or the headline over a subtitle in one block: a short one, no sentence (the
            # lead paragraph opening with the Subject's words is the story's).
            rest = text[len(line) :]
            subtitle = text.startswith(line) and rest[:1] == " " and not is_sentence(text)
            if subtitle and len(rest.split()) <= _SUBTITLE_WORDS:
                return i, len(line.split())
    return None


_MIN_SUBJECT_LINE = 8
# A mark a mailed bulletin sets before its headline ("■東京都、…"), not the headline's.
HEADLINE_MARKS = "■□◆◇●○▲△▼▽►▶★☆ "
_SUBJECT_NOTE = re.compile(r"\s*[(\[][^()\[\]]{1,30}[)\]]$")
_SUBTITLE_WORDS = 30


# The writer's field in a copy sheet's slip: "BY: Hannah Wilkinson", "Byline: …", "Reporter:
# …", the name's capitalised words up to the next field or the block's end.
# (… the writer's label in the wires' other languages: "Autor: Ivana Marić | Objavljeno: …")
_SLIP_BYLINE = re.compile(
    r"(?:^|\s)(?:BY|By|BYLINE|Byline|REPORTER|Reporter|WRITER|Writer|Autor|Autorka|Auteur|Autore"
    r"|Автор|Szerző|Författare|Forfatter|Kirjoittaja|Yazar)\s*:\s+"
)
# The next field's label, or the writer's outlet after a comma, ends the name.
# (a label's words all in capitals or all capitalised: "WORDS:", "Picture Desk:")
_SLIP_NAME_END = re.compile(r",|\s\||\s(?:[A-Z]{2,}|[A-Z][a-z]+(?: [A-Z][a-z]+)?):")
_SLIP_NAME_WORDS = (2, 5)
# A Chinese service's slip: its fields (column, time, source, writer, editor), the time, the
# source or the writer among them.
_CJK_SLIP_FIELD = re.compile(
    r"(?:^|[\s\u3000])(?:栏目|欄目|发布时间|發佈時間|發布時間|时间|時間|来源|來源|作者|编辑|編輯)\s*[：:]"
)
_CJK_SLIP_KEY = re.compile(r"(?:发布时间|發佈時間|發布時間|来源|來源|作者)\s*[：:]")
_CJK_SLIP_BYLINE = re.compile(
    r"(?:^|[\s\u3000])作者\s*[：:]\s*(?:(?:本报|本報|特约|特約|见习|見習)?(?:记者|記者)\s*)?"
    r"(?P<name>[\u4e00-\u9fff·]{2,6}(?:[、，,]\s*[\u4e00-\u9fff·]{2,6})*)(?![\u4e00-\u9fff])"
)
# … and the time it gives ("发布时间：2021-06-15 11:46:32").
SLIP_TIME = re.compile(
    r"(?:发布时间|發佈時間|發布時間)\s*[：:]\s*(?P<time>\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)"
)


def slip_byline(texts: list[str]) -> tuple[str, ...]:
    """The writer a copy sheet's slip names in its byline field ("BY: Hannah Wilkinson",
    "BY: Zoë Ó Briain, Press Association", "BY: Anna van der Berg WORDS: 410", "作者：王晓峰"),
    else ()."""
    for text in texts:
        if (cjk := _CJK_SLIP_BYLINE.search(text)) is not None:
            return tuple(n.strip() for n in re.split(r"[、，,]", cjk["name"]) if n.strip())
        if (m := _SLIP_BYLINE.search(text)) is None:
            continue
        rest = text[m.end() :]
        end = _SLIP_NAME_END.search(rest)
        words = (rest[: end.start()] if end else rest).split()
        low, high = _SLIP_NAME_WORDS
        named = [w for w in words if w[:1].isupper()]
        if low <= len(words) <= high and len(named) >= low and words[0][:1].isupper():
            return (" ".join(words).strip(" .;"),)
    return ()


def read_header(
    blocks: list[Block], rule_at: int | None = None, stamp_at: int | None = None
) -> tuple[str | None, str | None, int]:
    """(section label, headline, blocks consumed) from the short lines opening agency copy
    (`rule_at`: where a rule the line rules took stood among its first blocks; `stamp_at`:
    where a time stamp they took stood, under the headline)."""
    if (at := _slip_headline(blocks, rule_at)) is not None:
        return None, blocks[at].text, at + 1
    # A release's label ("PRESS RELEASE", "הודעה לעיתונות" over its date), first or under the
    # issuer's name: no headline; the header is read under it.
    for j, block in enumerate(blocks[:_RELEASE_LABEL_SEARCH]):
        if block.kind != "para" or not (j == 0 or _label_like(blocks[0].text)):
            break
        # (… or closing the issuer's letterhead in its block: "Київська міська державна
        # адміністрація / Прес-служба / ПРЕС-РЕЛІЗ", a few words and no sentence before it)
        tail = _RELEASE_TAIL.search(block.text)
        # (… the label in capitals under its office, as a letterhead sets it: "Police apologise
        # for misleading press release" is a headline)
        letterhead = (
            tail is not None
            and tail.group(0).isupper()
            and is_press_office_line(block.text[: tail.start()])
            and len(block.text.split()) <= _LETTERHEAD_WORDS
            and not _SENTENCE_END.search(block.text[: tail.start()])
        )
        if _RELEASE_LABEL.match(block.text) or letterhead:
            shift = j + 1
            section, title, used = read_header(
                blocks[shift:],
                rule_at - shift if rule_at is not None and rule_at >= shift else None,
                stamp_at - shift if stamp_at is not None and stamp_at > shift else None,
            )
            return section or block.text, title, used + shift if title else shift
    heads: list[Block] = []
    for block in blocks:
        if block.kind == "heading":
            return None, block.text, len(heads) + 1
        if (
            not _is_headline_line(block)
            or len(heads) == 2
            or byline_of(block.text)
            or staff_credit(block.text) is not None
        ):
            # a byline ends the header: "By Jane Doe, AP", "Muhabir: Elif Kaya" are not the
            # headline
            break
        if heads and len(heads) == stamp_at and not _label_like(heads[0].text):
            break  # the stamp stood under the headline: the story follows it
        heads.append(block)
    if len(heads) == 2 and (
        is_stamp_line(heads[1].text, head=True) or _timed_and_dated(heads[1].text)
    ):
        # A date and time under the headline is its stamp ("2024年03月12日15時10分" under a
        # headline written without spaces, one "word" long), no headline: read past it.
        return None, heads[0].text, 2
    # (a label is short in characters too, or a desk's numbered slug, "ข่าวที่ 1306041432-0217
    # หมวด: …": in a script written without spaces, Thai, a headline is a "word" or three,
    # and the lead under it another line without a stop)
    # (… or the page's breadcrumb the copy was taken from: "Večernji list - vecernji.hr
    # Vijesti > Zagreb" over the headline)
    if len(heads) == 2 and (
        (
            len(heads[0].text.split()) <= SECTION_LABEL_MAX_WORDS
            and (
                len(heads[0].text) <= _SECTION_LABEL_MAX_CHARS or _SLUG_NUMBER.search(heads[0].text)
            )
        )
        or (_BREADCRUMB.search(heads[0].text) and "«" not in heads[0].text)
    ):
        return heads[0].text, heads[1].text, 2

    if heads:
        return None, heads[0].text, 1
    return None, None, 0


_SECTION_LABEL_MAX_CHARS = 40
# (a line with a "«" quotes: French spaced quotes are no crumbs, "« Nous ne céderons pas »")
_BREADCRUMB = re.compile(r"\S\s[>›»]\s\S")
_RELEASE_LABEL_SEARCH = 2
# A release's label in the languages releases come in, alone or with its date or number.
_RELEASE_WORDS = (
    r"(?i:press release|news release|media release|media statement|pressemitteilung"
    r"|presseinformation|communiqué de presse|comunicado de prensa|nota de prensa"
    r"|nota de imprensa|comunicado de imprensa|comunicato stampa|persbericht|pressmeddelande"
    r"|pressemelding|pressemeddelelse|tiedote|lehdistötiedote|informacja prasowa"
    r"|tisková zpráva|tlačová správa|sajtóközlemény|comunicat de presă|прес-реліз|пресс-релиз"
    r"|הודעה לעיתונות|بيان صحفي|بيان صحافي|보도자료|プレスリリース|新闻稿|新聞稿|fios-naidheachd)"
)
_RELEASE_LABEL = re.compile(
    rf"^{_RELEASE_WORDS}"
    # (… then nothing, or its date or number: "Pressemitteilung der Bahn sorgt für Ärger" is a
    # headline)
    r"(?:\s*[:.]?\s*$|\s+(?=[^.!?]{0,50}\d)[^.!?]{0,50}$)"
)
# … closing the issuer's letterhead of this many words at most ("Ministry of X / Press office /
# PRESS RELEASE", one block).
_RELEASE_TAIL = re.compile(rf"\s{_RELEASE_WORDS}\s*[:.]?\s*$")
_LETTERHEAD_WORDS = 12


def _label_like(text: str) -> bool:
    """A section label's shape: a few words, or a short run of a script without spaces."""
    if CJK.search(text):
        return len(text) <= _CJK_LABEL_CHARS
    return len(text.split()) <= SECTION_LABEL_MAX_WORDS


_CJK_LABEL_CHARS = 12
# A copy sheet's slip above the headline: the agency's name and number, the story's slug and
# length, "FOR IMMEDIATE USE"; the byline under the headline says where the slip ends. Looked
# for in the copy's first blocks, of a few words each.
_SLIP_SEARCH = 8
_SLIP_WORDS = 30
# The slip's fields: a label of a word or two, in capitals or capitalised, and its value
# ("STORY: DUNKIRK LETTERS", "WORDS: 410", "Slug: SEAL PUP").
_SLIP_FIELD = re.compile(r"(?:^|\s)[A-Z](?:[A-Z]+|[a-z]+)(?: [A-Z]?[a-z]+| [A-Z]+)?:\s+\S")
_SLIP_FIELDS = 2
# … one of them the story's slug or its length, what a copy sheet always gives ("STORY:",
# "Slug:", "COPY:", "WORDS: 410"); a match report's "Full time: … Scorers: …" gives neither.
_SLIP_KEY = re.compile(r"(?:^|\s)(?i:slug|story|copy|words|length)\s*:\s+\S")


# A service's stamp line: parts between pipes, the last the date and time.
_PIPE = " | "
_PIPED_PARTS = 3


def piped_stamp(text: str) -> datetime | None:
    """The time a piped stamp line gives ("ProUA | Регіони | 14.11.2006 12:37"), else None;
    its parts may stand apart by wide spaces instead, the time among them ("我的钢铁网
    2012-10-16 16:45  建筑钢材 > 市场评述": the service, the time, its channel)."""
    if len(text) > _STAMP_LINE_CHARS:
        return None
    parts = [p.strip() for p in text.split(_PIPE)]
    if len(parts) >= _PIPED_PARTS:
        when = parse_datetime(parts[-1])
        # (in figures alone the stamp names no zone: its copy's clock, naive)
        floating = when is not None and _DATE_AND_TIME.fullmatch(parts[-1])
        return when.replace(tzinfo=None) if when is not None and floating else when
    spaced = [p.strip() for p in _WIDE_SPACE.split(text.strip())]
    if len(spaced) < _PIPED_PARTS:
        return None
    for part in spaced:
        if _DATE_AND_TIME.fullmatch(part) and (when := parse_datetime(part)) is not None:
            return when.replace(tzinfo=None)
    return None


# Parts set apart by two spaces or more (or an ideographic one), and a date in figures with
# its time ("2012-10-16 16:45", "16.10.2012 16:45").
_WIDE_SPACE = re.compile(r"\s{2,}|\u3000+")
_DATE_AND_TIME = re.compile(
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?"
)

# A date in figures and its time anywhere in a stamp line: the year first ("2015/08/12 16:21",
# "2012年06月21日10:25", "2008年11月20日　16:45") or the day first, dotted or slashed, the time
# after a dash or a word ("08.10.2014 15:20", "Lomé, le 14/03/2018 - 11h20").
_YEAR_FIRST_TIME = re.compile(
    r"(?<!\d)(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?!\d)\s*日?"
    r"[\s,T\u3000]*(?P<h>\d{1,2})[:時时](?P<mi>\d{2})(?::(?P<s>\d{2}))?(?!\d)"
)
_DAY_FIRST_TIME = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}),?\s*"
    r"(?:[-–|]|à|um|kl\.?|klo|godz\.|saat|u|у|в|o|às|alle|at)?\s*(?P<h>\d{1,2})[:h.](?P<mi>\d{2})"
    r"(?::(?P<s>\d{2}))?(?!\d)"
)
# … or the month by name, the day first ("14. febrúar 2006 06:00", "12 de marzo de 2024 -
# 10:15"): a month the wires' languages name (month_number).
_WORDED_TIME = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\.?\s+(?:de\s+)?(?P<mon>[^\W\d_]{3,12})\.?,?\s+(?:de\s+)?(?P<y>\d{4}),?"
    r"\s+(?:(?:kl\.?|klo|à|um|at|alle|às|a las|[-–|])\s*)?(?P<h>\d{1,2})[:.h](?P<mi>\d{2})(?!\d)"
)
_STAMP_FIELDS = ("y", "m", "d", "h", "mi", "s")
_MAX_DAY_OF_MONTH = 12  # a slashed date reads day first only when its first figure is no month


def stamp_time(text: str) -> datetime | None:
    """The date and time a stamp line over or under the headline gives, else None ("ЗВЯЗДА ::
    Культура" over "08.10.2014 15:20"): naive when the stamp names no zone (`local_time` reads
    it on the copy's clock), aware when it does ("… 14:35 UTC", "… 2:35 pm EDT"). A slashed
    date whose first two figures could each be the month ("07/02/2018") gives none: London and
    New York read it apart. An update's time is not the copy's ("Aktualisiert am …")."""
    if len(text) > _STAMP_LINE_CHARS:
        return None
    line = plain_digits(text)
    found: list[tuple[int, int, tuple[int, int, int, int, int, int]]] = []
    for worded in _WORDED_TIME.finditer(line):
        if (month := month_number(worded["mon"])) is not None:
            fields = (
                int(worded["y"]),
                month,
                int(worded["d"]),
                int(worded["h"]),
                int(worded["mi"]),
                0,
            )
            found.append((worded.start(), worded.end(), fields))
    for pattern in (_YEAR_FIRST_TIME, _DAY_FIRST_TIME):
        for m in pattern.finditer(line):
            if pattern is _DAY_FIRST_TIME and m["sep"] == "/" and int(m["d"]) <= _MAX_DAY_OF_MONTH:
                continue
            year, month, day, hour, minute, second = (int(m[k] or 0) for k in _STAMP_FIELDS)
            found.append((m.start(), m.end(), (year, month, day, hour, minute, second)))
    for start, end, (year, month, day, hour, minute, second) in sorted(found):
        if _UPDATE_WORD.search(line[max(0, start - _UPDATE_LOOKBACK) : start]):
            continue  # ("Aktualisiert am 14.03.2024 09:15 – Erstellt am …": not this one)
        suffix = _STAMP_SUFFIX.match(line, end)
        ampm = (suffix["ampm"] or "").lower().replace(".", "").replace(" ", "") if suffix else ""
        if ampm == "pm" and hour < _NOON:
            hour += _NOON
        elif ampm == "am" and hour == _NOON:
            hour = 0
        try:
            when = datetime(year, month, day, hour, minute, second)
        except ValueError:
            return None
        zone = suffix["tz"] if suffix else None
        if zone is None:
            # (… or a zone by its place, as Chinese copy names it: "03:12（太平洋時間）")
            named = _NAMED_ZONE.match(line, suffix.end() if suffix else end)
            return _in_named_zone(when, named["zone"]) if named else when
        if (offset := _zone_hours(zone)) is None:
            return when
        return when.replace(tzinfo=timezone(timedelta(hours=offset)))
    return None


def _zone_hours(zone: str) -> float | None:
    """A stamp's zone as hours from UTC ("UTC", "GMT", "+0200", "EDT", "MEZ"), else None."""
    if zone.upper() in ("UTC", "GMT", "Z"):
        return 0
    if (numeric := re.fullmatch(r"([+-])(\d{2}):?(\d{2})", zone)) is not None:
        sign = -1 if numeric[1] == "-" else 1
        return sign * (int(numeric[2]) + int(numeric[3]) / 60)
    hours = TZ_HOURS.get(zone.upper())
    return float(hours) if hours is not None else None


# A zone named by its place in Chinese ("（太平洋時間）" Pacific, "美東時間" US Eastern,
# "北京时间"): its region's clock, summer time and all; its standard offset where the zone data
# is missing.
_NAMED_ZONE = re.compile(
    r"\s*[（(]?\s*(?P<zone>太平洋|美西|美東|美东|美中|北京|台北|臺北|香港|東京|东京|日本|韓國|韩国"
    r"|首爾|首尔|格林威治|格林尼治)(?:標準|标准)?(?:時間|时间)"
)
_NAMED_ZONES: dict[str, tuple[str, int]] = {
    "太平洋": ("America/Los_Angeles", -8),
    "美西": ("America/Los_Angeles", -8),
    "美東": ("America/New_York", -5),
    "美东": ("America/New_York", -5),
    "美中": ("America/Chicago", -6),
    "北京": ("Asia/Shanghai", 8),
    "台北": ("Asia/Taipei", 8),
    "臺北": ("Asia/Taipei", 8),
    "香港": ("Asia/Hong_Kong", 8),
    "東京": ("Asia/Tokyo", 9),
    "东京": ("Asia/Tokyo", 9),
    "日本": ("Asia/Tokyo", 9),
    "韓國": ("Asia/Seoul", 9),
    "韩国": ("Asia/Seoul", 9),
    "首爾": ("Asia/Seoul", 9),
    "首尔": ("Asia/Seoul", 9),
    "格林威治": ("UTC", 0),
    "格林尼治": ("UTC", 0),
}


def _in_named_zone(when: datetime, name: str) -> datetime:
    """A naive stamp on the clock of a zone named by its place (see _NAMED_ZONE)."""
    key, standard = _NAMED_ZONES[name]
    try:
        return when.replace(tzinfo=ZoneInfo(key))
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return when.replace(tzinfo=timezone(timedelta(hours=standard)))


# After a stamp's time: "Uhr", a meridiem, a zone ("14:35 UTC", "2:35 pm EDT", "09:15 Uhr MEZ",
# "(GMT)", "+02:00").
_STAMP_SUFFIX = re.compile(
    r"(?:\s*(?:Uhr|h)\b)?(?:\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?)(?![^\W\d_]))?"
    r"(?:\s*\(?(?P<tz>UTC|GMT|Z|[+-]\d{2}:?\d{2}|[A-ZÄÖÜ]{3,4})\)?(?![^\W\d_]))?"
)
# The words that say the time after them is an update's, in the wires' languages.
_UPDATE_WORD = re.compile(
    r"(?i:updated?|aktualisiert|actualizad[oa]|mis à jour|aggiornat[oa]|bijgewerkt|oppdatert"
    r"|uppdaterad|opdateret|päivitetty|zaktualizowano|aktualizováno|frissítve|actualizat"
    r"|обновлено|оновлено|güncellen\w*|ενημέρωση|עודכן|最終更新|更新|수정)\W{0,12}(?:am|on|le|el|il|op)?\W{0,3}$"
)
_UPDATE_LOOKBACK = 30
_NOON = 12


def _slip_headline(blocks: list[Block], rule_at: int | None = None) -> int | None:
    """Where the headline is under a copy sheet's slip: blocks of the slip's fields ("STORY:
    DUNKIRK LETTERS WORDS: 410 PICS: 2", "Slug: SEAL PUP Words: 203 …", two fields at least)
    or a rule under the masthead (`rule_at`: the blocks above the rule the line rules took,
    "Serwis informacyjny … - www.altair.com.pl" over "-----"), with the agency's name or
    "FOR IMMEDIATE USE" beside them; the headline the first headline-shaped block after them,
    a sentence or a byline under it. None when the copy is not so."""
    fields = 0
    for at, block in enumerate(blocks[:_SLIP_SEARCH]):
        if block.kind != "para":
            return None
        if at == 0 and piped_stamp(block.text) is not None:
            # "ProUA | Регіони | 14.11.2006 12:37": the service, its section and the time the
            # copy moved, over the headline
            nxt = blocks[1] if len(blocks) > 1 else None
            return 1 if nxt is not None and _is_headline_line(nxt) else None
        found = len(_SLIP_FIELD.findall(block.text))
        if found >= _SLIP_FIELDS and _SLIP_KEY.search(block.text):
            fields += found  # (its own sentences too: "Free to use with credit. No syndication.")
            continue
        # (… a Chinese service's fields: "栏目：铜 > 铜市评论 发布时间：2021-06-15 11:46:32
        # 来源：SMM 作者：王晓峰")
        found = len(_CJK_SLIP_FIELD.findall(block.text))
        if found >= _SLIP_FIELDS and _CJK_SLIP_KEY.search(block.text):
            fields += found
            continue
        slipped = fields >= _SLIP_FIELDS or (rule_at is not None and 0 < rule_at == at)
        nxt = blocks[at + 1] if at + 1 < len(blocks) else None
        if (
            slipped
            and _is_headline_line(block)
            and nxt is not None
            and nxt.kind == "para"
            and (is_sentence(nxt.text) or byline_of(nxt.text) is not None)
        ):
            return at
        if byline_of(block.text) is not None:
            # (one block above the headline is a section label: read_header reads it; a
            # section label, a headline and a deck over the byline have no slip's fields)
            if at < 3 or not _is_headline_line(blocks[at - 1]):
                return None
            above = sum(len(_SLIP_FIELD.findall(b.text)) for b in blocks[: at - 1])
            keyed = any(_SLIP_KEY.search(b.text) for b in blocks[: at - 1])
            return at - 1 if above >= _SLIP_FIELDS and keyed else None
        if is_sentence(block.text) or len(block.text.split()) > _SLIP_WORDS:
            return None
    return None


# A stamp line opens with its date and holds a time set off by a space or the line's end
# ("14.05.2010 10:32:15", "2012年06月21日10:25　来源：…"); a headline holding a time reads on
# ("2024年5月14日10:00起全市停水", "Ferry strike called for 14 May 2024 from 06:00").
_TIME_SET_OFF = re.compile(r"(?<!\d)\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?=[\s\u3000]|$)")


def _opens_with_its_time(line: str) -> bool:
    """A stamp line: its date first, a time set off by a space, a stamp by its words."""
    return (
        line[:1].isdigit()
        and _TIME_SET_OFF.search(line) is not None
        and (is_stamp_line(line, head=True) or _timed_and_dated(line))
    )


def _stamped_headline(block: Block) -> str | None:
    """The headline of an opening block of two lines, the other its time stamp, above it or
    under it ("14.05.2010 10:32:15" over "MARMARA TEKSTİL, …"; "2012年06月21日10:25　来源：和讯网"
    under "月末资金面趋紧 …"), else None."""
    lines = [ln.strip() for ln in block.text.split("\n") if ln.strip()]
    if block.kind != "para" or len(lines) != 2:
        return None
    stamps = [_opens_with_its_time(ln) for ln in lines]
    if stamps.count(True) != 1:
        return None
    headline = lines[stamps.index(False)]
    return headline if _is_headline_line(replace(block, text=headline)) else None


# A time of day and a year (Buddhist era too) in a short line under the headline: its stamp,
# whatever words the date is written in ("ថ្ងៃអង្គារ ទី១២ ខែមីនា ឆ្នាំ២០២៤ ម៉ោង ១០:១៥",
# "เผยแพร่: 21 ส.ค. 2562 14:35 ปรับปรุง: …").
_CLOCK_TIME = re.compile(r"(?<!\d)\d{1,2}[:：]\d{2}(?!\d)")
_YEAR = re.compile(r"(?<!\d)(?:19|20|25)\d{2}(?!\d)")
_STAMP_LINE_CHARS = 100
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_DAYS = 31


def _timed_and_dated(text: str) -> bool:
    """A short line, no sentence, holding a time of day, a day of the month and a year: a
    stamp ("Landtagswahl 2024: Wahllokale schließen um 18:00 Uhr" names no day: a headline)."""
    line = plain_digits(text.strip())
    if len(line) > _STAMP_LINE_CHARS or is_sentence(line) or _CLOCK_TIME.search(line) is None:
        return False
    if _YEAR.search(line) is None:
        return False
    rest = _YEAR.sub(" ", _CLOCK_TIME.sub(" ", line))
    return any(1 <= int(n) <= _DAYS for n in _DAY_NUMBER.findall(rest))


_SLUG_NUMBER = re.compile(r"\d{5,}")
# The byline's second line, under "By Jane Doe" in the same block ("OSV News", "Associated
# Press Writer"): a few words, no sentence.
_BYLINE_SECOND_LINE_WORDS = 5


def _two_line_byline(text: str) -> tuple[tuple[str, ...], str | None] | None:
    """("By Jane Doe", "OSV News") written as one block of two lines: the authors of the first
    line, and the agency the second names (a known one, else None); None for other blocks."""
    first, _, second = text.partition("\n")
    second = second.strip()
    if not second or "\n" in second or len(second.split()) > _BYLINE_SECOND_LINE_WORDS:
        return None
    if is_sentence(second):
        return None
    found = byline_of(first)
    if found is None and not is_sentence(first) and len(second.split()) <= _OUTLET_LINE_WORDS:
        # No "By": the writers' names alone over the outlet's ("Anna-Kaisa Rantanen ja Jussi
        # Heikkilä" over "Uutissuomalainen"), the names every one a person's shape.
        names = authors_from_byline(first, line=True)
        if names and all(is_signature_name(n) for n in names) and is_name_shaped(second):
            found = (names, None)
    if found is None or not found[0]:
        return None
    return found[0], found[1] or agency_title_line(second)


# The outlet's line under its writers' names: a name of a few words.
_OUTLET_LINE_WORDS = 4


def take_byline(blocks: list[Block], work: Work) -> tuple[tuple[str, ...], str | None]:
    """Remove the byline line opening the copy (among its first blocks after the header);
    return its authors and the agency it names ("By Jane Doe, Associated Press")."""
    if not is_on("byline_line"):
        return (), None
    paras = [i for i, b in enumerate(blocks) if b.kind == "para"][:_BYLINE_SEARCH]
    for i in paras:
        if (found := _two_line_byline(blocks[i].text)) is not None:
            fire("byline_line")
            work.drop("byline", "byline_line", blocks[i].text)
            del blocks[i]
            return found
        if (found := byline_of(blocks[i].text) or bare_byline(blocks[i].text)) is not None:
            fire("byline_line")
            work.drop("byline", "byline_line", blocks[i].text)
            del blocks[i]
            # "By JANE DOE" then "Associated Press Writer" on a line of its own.
            nxt = blocks[i] if i < len(blocks) else None
            if nxt is not None and nxt.kind == "para" and (agency := agency_title_line(nxt.text)):
                work.drop("byline", "byline_line", nxt.text)
                del blocks[i]
                return found[0], found[1] or agency
            return found
    return (), None


# A byline line is short: a name, a title or an outlet, no sentence.
_AUTHOR_LINE_WORDS = 12


def drop_author_line(blocks: list[Block], work: Work, authors: list[str]) -> None:
    """Remove a line opening the body that names a known author first, after a word for "by"
    in any language at most ("Na Neema Mollel, Dodoma" in Swahili), and says no more than a
    byline does (few words, no sentence end): "Zeb Tamatea, Local Democracy Reporting"."""
    if not is_on("byline_line"):
        return
    paras = [i for i, b in enumerate(blocks) if b.kind == "para"][:_BYLINE_SEARCH]
    for i in paras:
        text = blocks[i].text.strip()
        bare = text.strip("*_ ")  # a Markdown byline in bold: "**Na Neema Mollel, Dodoma**"
        leads = (
            bare,
            _BY_WORD.sub("", bare, count=1),
            _CHINESE_BY.sub("", bare, count=1),
            _BRACKETED_OUTLET.sub("", bare, count=1),  # "[제주일보] 고경호 기자"
        )
        # (names compared without case, Turkish's dotted and dotless i as one: "Serkan AYDIN /
        # İZMİR" for "Serkan Aydın")
        named = any(
            name
            and (
                (
                    _name_fold(lead).startswith(_name_fold(name))
                    and not lead[len(name) : len(name) + 1].isalnum()
                )
                or _inflected_name(lead, name)
            )
            for name in authors
            for lead in leads
        )
        # (a line of a script written without spaces says no more than a byline's characters:
        # "記者陳雨潔／台中報導", not its lede after it)
        short = len(text) <= _CJK_AUTHOR_LINE_CHARS if CJK.search(text) else True
        if named and short and len(text.split()) <= _AUTHOR_LINE_WORDS and not is_sentence(text):
            fire("byline_line")
            work.drop("byline", "byline_line", blocks[i].text)
            del blocks[i]
            return


def _inflected_name(lead: str, name: str) -> bool:
    """The lead opens with the name's words in another case ("Μαρίας Χριστοδούλου" for "Μαρία
    Χριστοδούλου", Greek's genitive after "Της"): each word the name's but for its last
    letter or two (a word of four letters at least; a shorter one as it is)."""
    words, opening = _name_fold(name).split(), _name_fold(lead).split()
    if len(words) < _INFLECTED_NAME_WORDS or len(opening) < len(words):
        return False
    return all(
        got.startswith(want[:-1] if len(want) >= _INFLECTED_STEM else want)
        and len(got) <= len(want) + _INFLECTION_CHARS
        for want, got in zip(words, opening, strict=False)
    )


_INFLECTED_NAME_WORDS = 2
_INFLECTED_STEM = 4
_INFLECTION_CHARS = 2


def _name_fold(text: str) -> str:
    """A name folded for comparison: case, and Turkish's i forms, set aside."""
    return text.casefold().replace("ı", "i").replace("i\u0307", "i")


# The word for "by" before a byline's name, in whatever language: one short word.
# (… its colon after it maybe: "Piše: Amra Hadžić")
_BY_WORD = re.compile(r"^[^\W\d_]{1,12}[:：]?\s+")
_CJK_AUTHOR_LINE_CHARS = 20
# … or the outlet's name in brackets before the name ("[제주일보] 고경호 기자").
_BRACKETED_OUTLET = re.compile(r"^[\[【〔][^\]】〕]{1,20}[\]】〕]\s*")
# … or the word for reporter before a Chinese name, no space between ("記者陳雨潔／台中報導").
_CHINESE_BY = re.compile(r"^(?:記者|记者)\s*")
# A note on the writers is short.
_BIO_WORDS = 80
# … and a note on where to reach the writer shorter, with an address: e-mail or a handle.
_CONTACT_NOTE_WORDS = 30
_WRITER_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.\w|(?:^|\s)@\w{2,}")


_BRACKETED_BIO = re.compile(
    r"^\((?:[A-Z][\w'’-]*\.?\s+){1,3}[A-Z][\w'’-]+\s+(?:(?:writes|reports|reported) "
    # (… on what, before whom: "(Helen Dreyfuss writes about family finances for NEA.)")
    r"(?:about [^()]{1,60}? )?(?:for|from)|"
    r"is (?:an?|the) (?:[\w-]+ ){0,3}(?:writer|reporter|correspondent|journalist|columnist|"
    r"contributor|editor|freelancer|photographer)\b)"
    # (an address written out against harvesters may stand in it: "kashworth(at)x.com")
    r"(?:[^()]|\([^()]{0,10}\))+\)\.?$"
)


def drop_author_bio(blocks: list[Block], work: Work, authors: list[str]) -> None:
    """Remove the paragraph closing the copy that opens with a known author's name and a word
    in lower case (a verb: "Lena Bergström is a professor …", "Marta Lindqvist covers …"):
    the note on its writers, not the story; or that is the name alone, the writer signing."""
    if not is_on("author_bio"):
        return
    last = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].kind == "para"), None)
    if last is None or last == 0:
        return
    text = blocks[last].text.strip().lstrip("—– ")  # "— Jane Doe is a reporter …"
    # A syndicated story's note in brackets on whoever wrote it, named or not ("(Patricia L.
    # Weber writes for The Des Moines Register.)").
    if len(text.split()) <= _BIO_WORDS and _BRACKETED_BIO.match(text):
        fire("author_bio")
        work.drop("byline", "author_bio", blocks[last].text)
        del blocks[last]
        return
    if not authors:
        return
    # (… in brackets too: "(Linda Sorensen is a certified financial planner … Write to her …)")
    bare = text[1:] if text.startswith("(") and text.rstrip(".").endswith(")") else text
    for name in {a.strip() for a in authors if a and len(a.split()) >= 2}:
        rest = bare[len(name) :].split(maxsplit=1) if bare.startswith(name) else []
        # … or the writer's name alone, signing the copy ("Tereza Burešová", its surname in
        # capitals: "Լիլիթ ՀՈՎՀԱՆՆԻՍՅԱՆ", "PHẠM THANH TÂM").
        # (… with Amharic's "by" glued on: "በአለማየሁ ገረመው")
        signed = text.rstrip(".").casefold() in (name.casefold(), f"በ{name}".casefold())
        # … or where to reach the writer: "Contact Jordan Ellery at jellery@… Follow her on
        # Twitter at @jordanellery." (a short note naming the writer and an address).
        contact = (
            len(text.split()) <= _CONTACT_NOTE_WORDS
            and name.casefold() in text.casefold()
            and "@" in text
            and _WRITER_ADDRESS.search(text) is not None
            and not _QUOTES.search(text)
        )
        if (
            signed
            or contact
            or (rest and rest[0][:1].islower() and len(text.split()) <= _BIO_WORDS)
        ):
            fire("author_bio")
            work.drop("byline", "author_bio", blocks[last].text)
            del blocks[last]
            return


def _lowered_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The IGNORECASE pattern without the flag, matching ASCII text in lower case wherever
    the pattern matches the text; None where that is not so: a capital, an inline flag or
    group ("(?"), or a character IGNORECASE equates with an ASCII letter ("ſ", "ı")."""
    text = pattern.pattern
    if not pattern.flags & re.IGNORECASE or text.lower() != text or "(?" in text:
        return None
    others = {c for c in text if not c.isascii()}
    if any(re.fullmatch(re.escape(c), a, re.IGNORECASE) for c in others for a in ascii_letters):
        return None
    return re.compile(text, pattern.flags & ~re.IGNORECASE)


# PHOTO_CREDIT_HINT for ASCII text in lower case: the same matches, 3x faster (every
# paragraph is asked).
_LOWER_HINT = _lowered_twin(PHOTO_CREDIT_HINT)


def _photo_hint(text: str, at: int) -> bool:
    """PHOTO_CREDIT_HINT.search(text, at) is not None."""
    # From the character before `at`: a word boundary at `at` is read against it.
    start = max(0, at - 1)
    window = text[start:]
    if _LOWER_HINT is not None and window.isascii():
        return _LOWER_HINT.search(window.lower(), at - start) is not None
    return PHOTO_CREDIT_HINT.search(text, at) is not None


_LABEL_LINE_CHARS = 80
# A label of a word or two and its separator opening a line ("Potret: ", "ඡායාරූපය - ").
# (… of three words at most: "Fotografia em anexo: …", a picture sent with a release)
_LABEL_OPENING = re.compile(
    r"(?P<label>[^\W\d_][^\s:：፦፡՝]{0,20}(?:\s[^\W\d_][^\s:：]{0,20}){0,2})\s*(?:[:：=፦፡՝]|\s[-–]\s)"
)


# A credit line's value (the line is short): one name, no sentence after it, no parts.
_NOT_ONE_NAME = re.compile(r"[.!?。！？]\s+\S|[,，;；]")


def _credit_line(text: str, split: CreditSplit | None = None) -> tuple[str, tuple[str, ...]] | None:
    """A short line of a photo label and its credit alone: ("", credits) or None. The credit
    may be an office's name in lower-case words ("Ảnh: Ban QLDA đầu tư xây dựng các công trình
    giao thông TP Đà Nẵng", "ພາບ: ພະແນກໂຍທາທິການ …"): after a picture's label on a line of its
    own, what follows is who gave the picture."""
    label = _LABEL_OPENING.match(text) if len(text) <= _LABEL_LINE_CHARS else None
    if label is None or not is_photo_label(label["label"]):
        return None  # ("Fuente: INE", "Quelle: …" name a figure's source, the story's)
    split = split or split_credits(text)  # (the caller's, when it split the text already)
    if split.credits and not split.caption:
        return "", split.credits
    if not is_photo_label(label["label"], known=True):
        return None  # ("居銮：3218人", a town's figure; "种植户 王建国：…", a farmer speaking)
    value = text[label.end() :].strip()
    # (a name opens with a capital where the script has them: "Photo: the mayor at the
    # opening" is a caption's words; a comma parts a caption from its credit: "Foto: ICE am
    # Hauptbahnhof (Archiv), via dts Nachrichtenagentur")
    if not value or value[0].islower() or _NOT_ONE_NAME.search(value):
        return None
    # … and no credit is made of it: the value may be an office's name ("Ban QLDA …") as well
    # as what the picture shows ("Vista aérea de la zona afectada"): a caption without a
    # credit, a spurious credit being worse than none.
    return value.rstrip("."), ()


def _is_caption_paragraph(text: str) -> tuple[str, tuple[str, ...]] | None:
    """A paragraph that ends in a photo credit is a caption: (caption, credits) or None."""
    # (… set in square brackets with its label: "[Photo caption: … (BIS Photo/X)]", "[Bild: …
    # Foto: X]", as a release's mail carries its picture's)
    inner = (
        text.strip()[1:-1].strip() if text.strip()[:1] == "[" and text.strip()[-1:] == "]" else ""
    )
    if (
        inner
        and "[" not in inner
        and (_CAPTION_LABEL.match(inner) or _BRACKETED_PICTURE_OPENING.match(inner))
    ):
        return _is_caption_paragraph(inner)
    # (… or one a picture's label in brackets opens, as Japanese, Chinese and Korean copy
    # marks its captions: "〔写真説明〕…", "【画像】…"; or "圖／X", the picture's source alone)
    if (marked := _MARKED_CAPTION.match(text)) is not None:
        split = split_credits(marked["caption"] or marked["labelled"])
        return split.caption, split.credits
    if (source := _PICTURE_SOURCE.match(text)) is not None:
        return "", (source["credit"] or source["named"] or source["glued"] or source["provided"],)
    if (site := _PICTURE_FROM_SITE.match(text)) is not None:
        return "", (site["credit"],)
    # Cheap test first: a caption's credit sits in its last few hundred characters, and every
    # caption needs a photo hint there; the full credit rules cost ~0.3 ms per paragraph.
    if not _photo_hint(text, max(0, len(text) - _CREDIT_TAIL_CHARS)):
        # (… or a short line of a label and a credit, the label one the credit rules know in
        # a language the hint does not: "Potret: Bon Dia Aruba", "ଫଟୋ: ପ୍ରମେୟ")
        return _credit_line(text)
    split = split_credits(text)
    if not split.credits:
        return _credit_line(text, split)
    tail = text[len(split.caption) :] if text.startswith(split.caption) else " ".join(split.credits)
    if not PHOTO_CREDIT_HINT.search(tail) and not PHOTO_CREDIT_HINT.search(" ".join(split.credits)):
        return None
    # (the picture's label opening the caption is no caption's word: "Dealbh: Am bus ùr … (Dealbh
    # le X)", the credit in brackets after it)
    label = _LABEL_OPENING.match(split.caption)
    if label is not None and is_photo_label(label["label"], known=True):
        return split.caption[label.end() :].strip() or split.caption, split.credits
    return split.caption, split.credits


# A picture's own word opening a bracketed caption ("[Bild: …]", "[Picture: …]").
_BRACKETED_PICTURE_OPENING = re.compile(
    r"^(?i:bild|picture|photo|image|foto|kuva|bilde|billede|obrázek|zdjęcie|фото|imagen|imagem)"
    r"\s*:\s+\S"
)
_MARKED_CAPTION = re.compile(
    r"^[〔【［\[]\s*(?:写真説明|写真|画像|사진|圖說|图说|圖片|图片)\s*[〕】］\]]\s*(?P<caption>\S.{0,300})$"
    # (… or its label and colon, a Chinese release's attached picture: "附图：筼筜湖（X 摄）")
    r"|^(?:附图|附圖|图说|圖說|图注|圖註)\s*[:：]\s*(?P<labelled>\S.{0,300})$"
)
# "Фото з сайту Житомирської ОВА": the picture taken from a body's site or page.
_PICTURE_FROM_SITE = re.compile(
    r"^(?:Фото|Фота|Світлина)\s+(?:з|із|с|со)\s+(?:сайту|сайта|сторінки|страницы|"
    r"Facebook|фейсбуку|фейсбука)\s+(?P<credit>[^\s.!?].{1,60}?)\.?$"
)
_PICTURE_SOURCE = re.compile(
    # (… Korean "provided by X" after a slash, a line alone: "/수원시 제공")
    r"^/\s*(?P<provided>\S[^/]{0,20}?\s?제공)$|"
    r"^(?P<open>[（(])?(?:圖|图)\s*(?:[／/]\s*(?P<credit>[^\s，。,（）()]{2,24})"
    r"|[：:]\s*(?P<named>[^\s，。,（）()]{1,20}(?:資料照|资料照|提供|供圖|供图|攝|摄)))(?(open)[）)])$"
    # (… or the Italian papers' "Foto" glued to its photographer's or agency's name, a line
    # alone: "FotoSchicchi", "FotoLaPresse")
    r"|^(?:Foto|FOTO)(?P<glued>[A-Z][a-z][\w'’-]{1,28})$"
)


# A picture's file named before its caption, as agencies list the pictures they send with the
# copy ("DUNKIRK_LETTERS_01.jpg: The letters … Picture: Duke’s/BNPS").
_FILE_NAMED = re.compile(
    r"(?:^|(?<=\s))[\w.-]{1,80}\.(?:jpe?g|png|gif|tiff?|webp|heic)\s*[:：–—-]\s+", re.IGNORECASE
)


# A caption's own label opening it, as agency copy lists its pictures ("PIC CAPTION: …",
# "Caption: …", "Photo caption: …", "Bildtext: …", "Légende : …").
_CAPTION_LABEL = re.compile(
    r"^(?:(?:PIC|PICTURE|PHOTO|Pic|Picture|Photo) ?)?(?:CAPTION|Caption|caption)S?"
    r"\s*(?::|\s[-–—])\s*"
    r"|^(?:Bildtext|Bildunterschrift|Légende|Leyenda|Didascalia|(?:Foto)?[Bb]ijschrift)\s*:\s*"
)


def _filed_captions(text: str) -> list[tuple[str, tuple[str, ...]]] | None:
    """The captions of a paragraph listing pictures by their file names, each ending in its
    credit, as (caption, credits); None when it opens with no file name or a part is no
    caption."""
    starts = list(_FILE_NAMED.finditer(text))
    if not starts or starts[0].start() != 0:
        return None
    ends = [m.start() for m in starts[1:]] + [len(text)]
    found = []
    for named, end in zip(starts, ends, strict=True):
        if (cap := _is_caption_paragraph(text[named.end() : end].strip())) is None:
            return None
        found.append(cap)
    return found


def take_captions(
    blocks: list[Block], images: list[Image], work: Work
) -> tuple[list[Block], list[Caption]]:
    """Image blocks become images; their alt text and the repeated caption line are one caption."""
    body: list[Block] = []
    captions: list[Caption] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind == "image" and block.image is not None:
            image = replace(block.image)  # clean never mutates the parsed document
            images.append(image)
            alt_split = split_credits(block.text) if block.text else None
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            caption_text, credits = (
                (alt_split.caption, alt_split.credits) if alt_split else ("", ())
            )
            if image.caption or image.credits:  # a figure's markup named them
                caption_text, credits = _marked_caption(image.caption or "", image.credits)
            elif nxt is not None and nxt.kind == "para":
                nxt_split = _is_caption_paragraph(nxt.text)
                if block.text and norm(nxt.text) == norm(block.text):
                    work.drop("caption", "repeated_caption", nxt.text)
                    i += 1
                elif nxt_split is not None:
                    caption_text, credits = nxt_split
                    work.drop("caption", "caption_under_image", nxt.text)
                    i += 1
            image.caption, image.credits = caption_text or None, credits
            if caption_text or credits:
                captions.append(
                    Caption(caption_text, "; ".join(credits) or None, image.url, tuple(credits))
                )
            i += 1
            continue
        if block.kind == "para" and (listed := _filed_captions(block.text)):
            work.drop("caption", "caption_paragraph", block.text)
            captions.extend(Caption(c, "; ".join(cr) or None, None, cr) for c, cr in listed)
            i += 1
            continue
        if block.kind == "para" and (cap := _is_caption_paragraph(block.text)):
            work.drop("caption", "caption_paragraph", block.text)
            text = _CAPTION_LABEL.sub("", cap[0], count=1)  # "PIC CAPTION: …": the label goes
            captions.append(Caption(text, "; ".join(cap[1]) or None, None, cap[1]))
            i += 1
            continue
        body.append(block)
        i += 1
    return body, captions


def _marked_caption(caption: str, credits: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """A figure's caption and credit as its markup gave them ("attr", a credit element): the
    credit's label goes ("Photo: X"), and a caption given alone gives up its credit."""
    if not credits:
        split = split_credits(caption)
        return split.caption, split.credits
    named = tuple(c for credit in credits for c in (split_credits(credit).credits or (credit,)))
    return caption, named


# The sections a press release closes with, after the news: the company's boilerplate ("About
# Harbourline Inc. …"), the legal notes ("Forward-Looking Statements …", "Safe Harbor"), the
# contacts ("Media contact:", "For further information, please contact:", "Pressekontakt"),
# the exchange's and the distributor's lines. Each opens its paragraph.
_RELEASE_TRAILER = re.compile(
    r"^(?:About (?:the )?[A-Z][\w&.,'’-]*|Über (?:die |den |das )?[A-Z]\w*|À propos d['e’ ]|"
    r"Acerca de [A-Z]|Sobre (?:a |o |la |el )?[A-Z][\w&.-]+ (?:[A-Z]|[\w&.-]+ (?:is|es|é|ist)\b)|"
    r"Forward[- ]Looking (?:Statements?|Information)|Cautionary (?:Note|Statement)|"
    r"Safe Harbou?r|"
    r"(?:Media|Press|Investor|Company) (?i:contacts?|relations|enquiries|inquiries)\b|"
    r"Contacts?\s*:|(?i:For (?:further|more|additional) information)|Kontakt\s*:|Pressekontakt|"
    # The heading alone ("Contact information", "Further information", "Contacts pour la
    # presse") and Japanese universities' "（報道に関すること）" (about the press) contacts.
    r"(?:(?i:Contact information)|Further information|Contacts? (?:pour|de) (?:la )?presse"
    # (… the contact person, Swiss and Italian cantons' releases in their languages)
    r"|Contact person|Kontaktperson|Ansprechperson|Persona di contatto|Personne de contact"
    r"|Persona de contacto|Persuna da contact"
    r"|Notes? (?:to|for) editors)\s*(?::|$)|Kontakt für|Pour (?:de )?plus (?:amples )?"
    r"(?:informations|d['’]informations)|"
    # (… further information and who gives it, in the Nordic and other languages: "Nánari
    # upplýsingar veitir X", "Lisätietoja antaa X", "Más información:")
    r"(?:Nánari upplýsingar|Lisätietoja|Ytterligare information|Yderligere oplysninger|"
    r"Mer informasjon|Mer information|Weitere Informationen|Más información|Mais informações|"
    r"Ulteriori informazioni|Více informací|Więcej informacji|"
    # (… Northern Sami, Welsh, Swahili)
    r"Eanet dieđut|Rhagor o wybodaeth|Taarifa zaidi|"
    # (… "For more information, contact:" in the Nordic languages and Dutch)
    r"(?i:för (?:mer|ytterligare) information(?:,? (?:vänligen )?kontakta)?"
    r"|for (?:mer|ytterligere) informasjon(?:,? (?:vennligst )?kontakt)?"
    r"|for (?:mere|yderligere) information(?:,? (?:venligst )?kontakt)?"
    r"|voor meer informatie(?:,? (?:neem contact op met|contact)| kunt u contact opnemen met)?))"
    r"(?:\s*:|\s+(?:veit\w*|antaa|antavat|"
    r"lämnas|gives|ved|hos)\b)|"
    r"[（(](?:報道|研究|取材|本件)に関すること[）)]|"
    r"Neither the TSX|ON BEHALF OF THE BOARD|To view the source version|End of News|"
    # (… Polish releases' "About the company:", "Media contact:", the distributor's line)
    r"O firmie\s*:|Kontakt dla mediów\s*:|Materiał opublikowany za pośrednictwem|"
    r"Ende der Mitteilung|Disclaimer\s*:|"
    # (… the Austrian releases' contacts heading, "queries to", and the Japanese inquiries
    # heading without its brackets)
    r"Rückfragehinweise?\s*:|Rückfragen (?:bitte )?an\s*:|問合せ先(?:\s|$)|問い合わせ先(?:\s|$)|"
    # Japanese and Chinese releases: the inquiries heading in lenticular brackets, the
    # company overview ("【本件に関するお問い合わせ先】", "会社概要", "会社名：", "媒体联系").
    r"【[^】]{0,20}(?:問い?合わ?せ|問合せ|会社概要|联系)[^】]{0,10}】|会社概要|会社名\s*[:：]|"
    r"(?:媒体|新闻)联系|(?:媒體|新聞)聯(?:絡|繫)|"
    # … and Arabic releases' disclaimer and contacts with their details ("إخلاء المسؤولية:",
    # "جهات الاتصال … media@…"; the words alone open a story's sentence too)
    r"إخلاء المسؤولية\s*[:：]|جهات الاتصال\s.{0,160}?(?:\S@\S|\+?\d[\d ()-]{6,}\d)|"
    # … and Korean releases' website and contacts ("웹사이트: https://…", "연락처").
    r"웹사이트\s*[:：]|연락처(?:\s|$)|문의\s*[:：]"
    # (… and Hebrew "for media inquiries:")
    r"|לפניות (?:תקשורת|עיתונאים)\s*[:：]|לפרטים נוספים\s*[:：]|מצורפות תמונות\s"
    # (… Thai "more information, contact:", Vietnamese and Indonesian, with the details)
    r"|(?:ข้อมูลเพิ่มเติม\s*)?ติดต่อ(?:สอบถาม)?\s*[:：].{0,160}?(?:\S@\S|\+?\d[\d ()-]{6,}\d)"
    r"|(?:Thông tin liên hệ|Liên hệ|Informasi lebih lanjut|Kontak media)\s*[:：]"
    # (… a company's name in capitals with its legal form, alone: a release's signature,
    # "POHJOLAN SÄHKÖVERKOT OYJ" over its CEO's name)
    r"|[A-ZÀ-Þ][A-ZÀ-Þ0-9&.'’ -]{1,60}\s(?:OYJ|OY|AB|ASA|A/S|AG|GMBH|SE|S\.A\.|SPA|S\.P\.A\."
    r"|N\.V\.|PLC|LTD|INC\.?|CORP\.?|LLC)\s*$)"
)
# "About X" as a heading of its own in the languages releases are sent in ("Om Lunda Energi",
# "Über die Stadtwerke", "Sobre a Embraer"): a short line, no sentence ("Om vädret tillåter, …"
# is one).
_ABOUT_HEADING = re.compile(
    r"^(?:Om|Über|À propos d['e’]|À propos de|Acerca de|Sobre|Informazioni su|O firmie|"
    r"O společnosti|Tietoja|О|Об|Про)\s+(?:(?:a|o|la|el|die|den|das|der|le|les|l['’])\s*)?"
    # … then the company's name, capitalised ("Über 300 Verletzte", "Sobre la mesa, …" are
    # the story's).
    r"[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ][^.!?:,]{0,60}$"
    # (… Arabic "a brief on X", a script without capitals)
    r"|^نبذة عن\s+\S[^.!?:,،]{0,60}$"
)
_ABOUT_HEADING_WORDS = 6
_CYRILLIC_ABOUT = re.compile(r"^(?:О|Об|Про)\s")
# The "about" headings that head a story's background section too (Russian "О МКС", Arabic "نبذة
# عن الراحل", an obituary's): a release's only when contacts close it.
_WEAK_ABOUT = re.compile(r"^(?:О|Об|Про|نبذة عن)\s")
_ABOUT_NAMED_WORDS = 8
# "Contact" alone over the contacts, in the languages releases are sent in (the Swedish
# government's "Kontakt", "Contatti", "Yhteystiedot", "Контакты"): a trailer only with an
# address or a phone number below it ("Kapcsolat", "Kontakty" head a story's part too).
_CONTACT_HEADING = re.compile(
    r"^(?:Contacts?|Kontakt(?:er|person|personer)?|Contactos?|Contatos?|Contatti|Yhteystiedot|"
    r"Kontakty|Контакты|Контакти|Kapcsolat)(?:\s+(?:для СМИ|для ЗМІ|за медиите))?\s*$"
)
_CONTACT_BLOCKS = 3  # the contact's name, role, then the address may take a block each
_CONTACT_DETAILS = re.compile(r"\S@\S|\+?\d[\d ()-]{6,}\d")
# The news runs this many paragraphs at least before its trailer, and the trailer this many at
# most (one or two sections of the company's text, the notes, the contacts).
_BEFORE_TRAILER = 3
_TRAILER_PARAGRAPHS = 12


def drop_release_trailer(blocks: list[Block], work: Work) -> list[Block]:
    """Drop a press release's closing sections (see _RELEASE_TRAILER) in agency copy."""
    if not is_on("release_trailer"):
        return blocks
    # (a Markdown release's sections are headings: "### О ЮНИСЕФ", "### Контакты для СМИ")
    paras = [i for i, b in enumerate(blocks) if b.kind in ("para", "heading")]
    for n, i in enumerate(paras):
        if n < _BEFORE_TRAILER or len(paras) - n > _TRAILER_PARAGRAPHS:
            continue
        # (a mailed release marks its sections: "■会社概要 会社名：…")
        text = blocks[i].text.lstrip(HEADLINE_MARKS)
        heading = _ABOUT_HEADING.match(text) and len(text.split()) <= _ABOUT_HEADING_WORDS
        # (a heading, or a weak "about", heads a release's trailer only with the contacts after
        # it: a Markdown story's "## Sobre o Mercosul" heads its background)
        weak = blocks[i].kind == "heading" or bool(_WEAK_ABOUT.match(text))
        if weak and not _contacts_after(blocks, i):
            continue
        if heading and _CYRILLIC_ABOUT.match(text):
            # (Russian and Ukrainian "О/Об/Про X" heads a story's part too, "О выборах": the
            # release's section describes X, named in the paragraph under it)
            name = text.split(maxsplit=1)[1].strip('«»"“” ')
            nxt = blocks[i + 1].text if i + 1 < len(blocks) else ""
            heading = name.casefold() in " ".join(nxt.split()[:_ABOUT_NAMED_WORDS]).casefold()
        below = " ".join(b.text for b in blocks[i + 1 : i + 1 + _CONTACT_BLOCKS])
        contacts = _CONTACT_HEADING.match(text) and _CONTACT_DETAILS.search(below)
        if (_RELEASE_TRAILER.match(text) or heading or contacts) and not _QUOTES.match(text):
            # The trailer closes the release: a story's prose stands above it ("Contact: …" in
            # a release's head, above the story's first sentence, is no trailer).
            if not _prose_chars(blocks[:i]):
                continue
            # A sentence opening like a section ("Über die Pläne hatte zuerst … berichtet.")
            # with more of the story's prose after it than before is the story's; a heading's
            # few words ("Über Norcrest Lithium Corp.") are the section's.
            # (the prose after it up to the next section, not its own: "About Norcrest …
            # Norcrest is a Vancouver-based …" run into one paragraph, then "Forward-Looking
            # Information: …", closing a short release is the section)
            after = list(
                itertools.takewhile(lambda b: not _RELEASE_TRAILER.match(b.text), blocks[i + 1 :])
            )
            if len(text.split()) > _ABOUT_HEADING_WORDS and _prose_chars(after) > _prose_chars(
                blocks[:i]
            ):
                continue
            # The release's fact boxes right above its trailer go with it: a marked label
            # over fields ("■商品概要 商品名：… 内容量：… 価格：…"), no sentence.
            while i > paras[_BEFORE_TRAILER - 1] + 1 and _fact_box(blocks[i - 1]):
                i -= 1
            fire("release_trailer")
            for block in blocks[i:]:
                if block.kind != "image":
                    work.drop("promo", "release_trailer", block.text)
            return [*blocks[:i], *(b for b in blocks[i:] if b.kind == "image")]
    return blocks


def _contacts_after(blocks: list[Block], at: int) -> bool:
    """A contact closes the copy after block `at`: an address or a number, or a contacts
    heading ("Контакты для СМИ")."""
    return any(
        _CONTACT_DETAILS.search(b.text) or _CONTACT_HEADING.match(b.text) for b in blocks[at + 1 :]
    )


def _fact_box(block: Block) -> bool:
    """A paragraph of fields under a marked label ("■商品概要 商品名：… 価格：…")."""
    text = block.text.strip()
    return (
        block.kind == "para"
        and text[:1] in HEADLINE_MARKS.strip()
        and len(_PROFILE_FIELD.findall(text)) >= _PROFILE_FIELDS
        and not is_sentence(text)
    )


def _prose_chars(blocks: list[Block]) -> int:
    """The characters of the paragraphs that end a sentence (Thai and Lao end none with a
    mark: there, a paragraph of some length)."""
    return sum(
        len(b.text)
        for b in blocks
        if b.kind == "para"
        and (
            is_sentence(b.text)
            or (len(b.text) >= _UNSTOPPED_PROSE_CHARS and _UNSTOPPED_SCRIPT.search(b.text))
        )
    )


_UNSTOPPED_PROSE_CHARS = 80
_UNSTOPPED_SCRIPT = re.compile("[\u0e00-\u0eff]")


# A dateline alone on the line that opens the story ("MADRID, 04 (SERVIMEDIA)", "BERLIN, 5.
# Juni (dpa) -"): the place, maybe a date, the agency in brackets, nothing after.
_DATELINE_LINE = re.compile(
    r"^(?P<place>[^\W\d_][^()\n.!?]{0,40}?)\s*\((?P<wire>[^\W\d_][^()\n]{1,30})\)\.?\s*[-–—:]*$"
)


def drop_dateline_line(blocks: list[Block], work: Work) -> str | None:
    """Remove a dateline standing alone before the story's first paragraph; return the agency
    it names (a known one, or one written in capitals)."""
    paras = [i for i, b in enumerate(blocks) if b.kind == "para"][:2]
    if len(paras) < 2 or not is_on("dateline_line"):
        return None
    m = _DATELINE_LINE.match(blocks[paras[0]].text.strip())
    if m is None:
        return None
    wire, place = m["wire"].strip(), m["place"].strip()
    if not canonical_agency(wire)[1]:
        return None  # "Berlin (Reuters staff)": not an agency's tag alone
    if not (place.isupper() or any(c.isdigit() for c in place)):
        return None  # "Friedrich Merz (CDU)": a name and a party, no dateline
    fire("dateline_line")
    work.drop("wire_tag", "dateline_line", blocks[paras[0]].text)
    del blocks[paras[0]]
    return wire


def strip_wire_tag(blocks: list[Block], work: Work) -> str | None:
    """Remove '(Bloomberg) -- ' from the paragraph that opens the story (the first, or after
    a standfirst or an editor's note); return the agency it names."""
    found = _find_wire_tag(blocks)
    if found is None:
        return None
    idx, m, wire = found
    work.drop("wire_tag", "wire_tag", m.group(0).strip())
    rest = blocks[idx].text[m.end() :]
    parts = m.groupdict()  # the Korean and Japanese forms have no date group
    dateline = f"{parts.get('place') or ''}{parts.get('when') or ''}".strip(" .")
    blocks[idx] = Block(f"{dateline} — {rest}" if dateline else rest, blocks[idx].kind)
    return wire


def read_wire_tag(blocks: list[Block], search: int = _WIRE_TAG_SEARCH) -> str | None:
    """The agency the opening paragraph's wire tag names, the text left as it is (a wire
    item's dateline paragraph is body text as sent); looked for in the first `search`
    paragraphs."""
    found = _find_wire_tag(blocks, search)
    return found[2] if found else None


def _find_wire_tag(
    blocks: list[Block], search: int = _WIRE_TAG_SEARCH
) -> tuple[int, re.Match[str], str] | None:
    paras = [i for i, b in enumerate(blocks) if b.kind == "para"][:search]
    for idx in paras:
        opening = blocks[idx].text[:WIRE_TAG_MAX_CHARS]
        m = WIRE_TAG.match(opening)
        # A name in brackets alone, with no place and no dash, tags only the first paragraph
        # ("(Map) The route …" further down is a picture's label).
        alone = m is not None and m["place"] is None and m["dash"] is None and idx != paras[0]
        if m is not None and not alone and (wire := _tag_wire(m)) is not None:
            return idx, m, wire
        for form in WIRE_TAG_EAST_ASIAN:
            if (m := form.match(opening)) is not None:
                return idx, m, m["wire"].strip()
    return None


# A word naming a news service in a slashed tag's name ("U.S. Newswire", "Business Wire").
_SERVICE_WORD = re.compile(
    r"(?i:news\w*|wire|press\w*|agency|agence|agencia|agência|agenzia|agentur|nachrichten)\b"
)


def _tag_wire(m: re.Match[str]) -> str | None:
    """The agency a tag names after its place, or None when it is no tag: a known agency, or a
    name in capitals after an upper-case place ("PORT ALDER (Harbour Wire)") or a dated
    dateline ("Lisboa, 5 nov (Lusa)"); without a dash, slashed or bare, only after a dated
    dateline, and bare only a known agency, slashed a known one, initials or a news service's
    name before a dash ("Galați, 11 martie /ARSD/ —", "/U.S. Newswire/ --"). A place in a
    script without case counts as capitalised, not as written in capitals; a name with digits
    is a known agency's only."""
    place, when = m["place"], m["when"] or ""
    wire = (m["wire"] or m["slashed"] or m["bare"] or "").strip()
    if place is not None and not all(_capital(w) for w in _PLACE_WORDS.findall(place)):
        return None  # "The operator (Tidewater Lines) - …" opens a sentence
    # In the tag's brackets an agency may write its short name in lower case ("(sda)", "(ats)"):
    # there it is no given name ("Hina", "Ani" are known only in capitals elsewhere).
    bracketed = m["wire"] is not None
    # "(sda)" and "(ats)": written in lower case, the agency's own style; "(Map)" in title
    # case is a word.
    lowered = bracketed and wire.islower()
    known = canonical_agency(wire)[1] or (lowered and canonical_agency(wire.upper())[1])
    if m["desk"] is not None and not known:
        return None  # "(CDU/CSU) –" is a party; a regional desk follows an agency's name
    if any(c.isdigit() for c in wire) and not known:
        return None  # "Arsenal 1 (Saka 34)": a scorer and his minute
    dated = place is not None and any(c.isdigit() for c in when)
    if m["dash"] is None and m.string[m.end() : m.end() + 1].islower():
        return None  # no dash and a lower-case word after it: a sentence's brackets
    if m["wire"] is None:  # "/TASS/." or "AAP -": a known agency after a dated dateline
        # (… or a name between slashes before the dash that says it is a news service:
        # "WASHINGTON, Oct. 5 /U.S. Newswire/ --"; "/Corrected/", "/Jane Doe/" are none)
        slashed = (
            m["slashed"] is not None
            and m["dash"] is not None
            and (wire.isupper() or _SERVICE_WORD.search(wire) is not None)
        )
        return wire if (known or slashed) and dated and (m["dash"] or m["slashed"]) else None
    if (
        m["dash"] is None
        and not dated
        and not (known and _news_agency(wire) and (place is None or _own_style(wire)))
    ):
        # "(PTI) The …" with no dash: only after a dated dateline, or a news agency's name
        # opening the paragraph alone ("(sda) Die Schweizer …", "(Belga) Het …"; "(Getty)
        # Protesters …" is a picture's credit), or as the agency writes it, in capitals or in
        # lower case, after its place ("Madrid (SERVIMEDIA) El …", "Hannover (epd). Die …";
        # "Washington (Reuters) The …" may be a name and a credit).
        return None
    if known or (_capital(wire) and (place is None or _upper(place) or dated)):
        return wire
    return None


# Picture agencies: their name in brackets credits a picture, never tags a story.
_PICTURE_AGENCIES = frozenset(
    {"Getty Images", "Shutterstock", "Imago", "Alamy", "iStock", "Unsplash", "Pexels", "Pixabay",
     "NurPhoto", "ZUMA Press", "Sipa", "WENN", "Wikimedia Commons", "Ritzau Scanpix", "Lehtikuva"}
)  # fmt: skip


# An agency's name in capitals this long is its own style ("SERVIMEDIA"); shorter capitals in
# brackets after a place are as often a party or a government ("Tripoli (GNA) Forces …").
_STYLED_CAPITALS = 5


def _own_style(name: str) -> bool:
    """The agency's name as only it writes it: lower case ("epd") or long capitals."""
    return name.islower() or (name.isupper() and len(name) >= _STYLED_CAPITALS)


def _news_agency(name: str) -> bool:
    """A known agency that sends news copy, not only pictures."""
    return (
        canonical_agency(name if not name.islower() else name.upper())[0] not in _PICTURE_AGENCIES
    )


def _capital(word: str) -> bool:
    """A word opening with a capital, or in a script without case."""
    return word[:1].isupper() or not word[:1].islower()


def _upper(text: str) -> bool:
    """Text in capitals ("OULU"); a script without case has none, so its datelines need a date
    ("المتحدث باسم الوزارة (أحمد) -" opens a sentence)."""
    return text.isupper()
