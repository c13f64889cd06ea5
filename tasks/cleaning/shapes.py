"""The shape of a promo or disclaimer line, read from its form rather than its words (issue 16).

A list of phrases is always one phrase short; the form of a promo is not: it points somewhere
else (a link, an address, a handle), speaks to the reader (second person), names its own outlet,
wears a label ("WATCH:") or brackets, is no sentence, or sits at an edge of the copy. One such
feature is common in real text too, so tasks/cleaning/repetition.py asks for two (or one strong
one plus repetition); these are evidence, never a verdict on their own.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from wirecopy.schemas.agencies import canonical_agency
from wirecopy.tasks.dates import parse_datetime

# Somewhere else to go: a URL, a bare domain with a common or two-letter country TLD, an
# e-mail address, a social handle or a hashtag.
LINK = re.compile(
    r"https?://|\bwww\.|\b[\w.+-]+@[\w-]+\.[a-z]{2,}\b|(?<![\w@])@[A-Za-z_]\w{1,}|"
    r"(?<![\w&])#[^\W\d]\w+|"
    r"\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|info|io|co|news|tv|fm|app|[a-z]{2})"
    r"(?:/[^\s)]*)?(?![\w.-]*\w)",
    re.IGNORECASE,
)
# Speaking to the reader: second-person pronouns, a closed grammatical class (English, German,
# French, Spanish, Portuguese, Dutch); ambiguous forms (German "Sie", Dutch "u") are left out.
_YOU = (
    r"you|your|yours|yourself|yourselves|you're|you'll|you've|you'd|dich|dir|dein|deine|"
    r"deinen|deinem|deiner|euch|euer|eure|vous|votre|vos|toi|usted|ustedes|você|vocês|jij|jouw"
)
# In lower case anywhere, capitalised only where a sentence or a quote starts: mid-sentence
# "Vos", "Dir", "Toi" are people's names ("(Reporting by Anneke Vos; …)").
ADDRESS = re.compile(rf"\b(?:{_YOU})\b|(?:^|(?<=[.!?:;] )|(?<=[\"“(\[]))(?i:{_YOU})\b")
# "WATCH:", "Editor's note:", "MORE FROM US:": a short label opening the line.
_LABEL = re.compile(r"^(?P<label>[^\W\d][^:.!?\n]{0,38}?)\s*:\s+\S")
LABEL_MAX_WORDS = 4
# The whole line in brackets or Markdown emphasis.
ENCLOSED = re.compile(r"^(\(.*\)|\[.*\]|\*.*\*|_.*_)$", re.DOTALL)
# A sentence ends in a full stop, ! or ? (a closing quote or bracket may follow).
# Other scripts' full stops too (Indic danda, Burmese, Ethiopic, Khmer, Urdu, Armenian).
_SENTENCE_END = re.compile(r"[.!?…。！？।॥။።។۔։][\"'”’»)\]]*$")
# "WASHINGTON (Reuters) -", "KYIV, Ukraine (AP) —", "NEW DELHI:": a dateline opening the copy.
_DATELINE = re.compile(r"^[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3}(?:,|\s*[-–—:(])")

_NOT_WORD = re.compile(r"[\W_]+")


def is_sentence(text: str) -> bool:
    """True when the line ends like a sentence.

    >>> is_sentence("He said it was over."), is_sentence("WATCH: Floods in the valley")
    (True, False)
    """
    # The end is in the last few characters: searching only those keeps this O(1).
    return bool(_SENTENCE_END.search(text.rstrip()[-8:]))


# The desk's sign-off closing agency copy: editors' initials and the agency's short name,
# joined by slashes or set between the wires' marks ("vrb/kš", "JNF ■ kfa/jl", "— ABT ◆",
# "（华东社 完）", "—— ПП ——"): short pieces, no digits, no sentence. What splits the pieces:
_SIGN_OFF_SPLIT = re.compile(r"[\s/■◆✦◇•·|।–—=＝()（）【】\[\]_*~-]+")
# What makes a line of short pieces a sign-off rather than a short line of text: a slash between
# two pieces or two around one ("/ع.م/ واحة"), a spaced one after a dashed opening ("-- الرافد
# -- ر ع / م ح"; "CDU / CSU" is a party), a bracket around it all, a desk's name between
# full-width equals signs ("＝白樺通信運動部＝"), the wire's marks on both sides or between.
_SIGN_OFF_MARKS = re.compile(
    r"\S/\S|^--\s.*\S\s/\s\S|(?:^|\s)/\S+/|^[(（【\[].*[)）】\]]$|^＝.*(?:部|社|局|通信|共同|時事)＝$"
    r"|^[–—■◆✦◇-].*[–—■◆✦◇-]$|\s[■◆✦◇।|]\s|[■◆✦◇]$|\s//\s"
    # A rule of marks, then the desk's initials ("================ ح.ع", NNA; joined to them:
    # "==========ع.ش"); dotted initials around a spaced slash ("س.ع / ع.ح", BNA's desk).
    r"|^[=_*~-]{3,}\s?(?=[^\W\d_])|^[^\W\d_](?:\.[^\W\d_]){1,2}(?:\s/\s[^\W\d_](?:\.[^\W\d_]){1,2})+$"
    # Each piece closed by its slash ("mdk/ mhr/", PAP's desk); initials in capitals alone
    # ("NHA NHA RAJ": Bernama's desk).
    r"|^(?:[^\W\d_]{1,6}/\s*){2,}$|^(?-i:[A-Z]{2,4})(?:\s+(?-i:[A-Z]{2,4})){1,4}$"
)
SIGN_OFF_MAX_CHARS = 40
# One word between slashes closing the copy: the Arab agencies' end mark ("/واس/", "/كونا/").
_ENCLOSED_WORD = re.compile(r"/\s?\S{2,24}\s?/")
# "… 1915", "BSS/AAS/MAS/1345 hrs": the time the copy moved, after a space or a slash, maybe
# its day before it ("VENPRES/mgr/ja 14-06-01 1542", "ROMPRES 22.03.2006 13:07").
TRAILING_STAMP = re.compile(
    r"(?:\s+|/)(?:\d{1,4}[-./]\d{1,2}[-./]\d{1,4}\s+)?(?:\d{3,10}|\d{1,2}:\d{2})"
    r"(?:\s*(?i:hrs?|gmt|utc))?$"
)
_STAMP_ROOM = 20
# The agency's own name may add this many characters to a sign-off.
_OWN_NAME_ROOM = 40
SIGN_OFF_MAX_PIECES = 5
# Initials and short names; a slash line may carry a word of six ("Kuura/ML/tj", "mwisho").
_SIGN_OFF_PIECE = 4
_SIGN_OFF_SLASHED_PIECE = 6
_SIGN_OFF_CJK_PIECE = 8
# A name of a few words alone in brackets closing the copy: the outlet or agency it came from
# ("(العربي الجديد)", "(Interfax-Ukraine)"), its words as long as a name's.
_SIGN_OFF_BRACKETED_PIECES = 3
_SIGN_OFF_BRACKETED_PIECE = 12
# Chinese, Japanese or Korean text (kana, ideographs, Hangul): words without spaces between.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CJK_RUN = re.compile(CJK.pattern + "+")


def is_sign_off(text: str, own: tuple[str, ...] = ()) -> bool:
    """True for the desk's sign-off that closes agency copy (initials, short name, marks); the
    agency's own name (`own`) may stand in it at any length ("WRENFIELD WIRE // DESK // sw").

    >>> is_sign_off("JNF ■ kfa/jl"), is_sign_off("（华东社 完）")
    (True, True)
    >>> is_sign_off("(Avec le bureau de Toulon)")
    False
    """
    line = text.strip()
    if len(line) > SIGN_OFF_MAX_CHARS + _OWN_NAME_ROOM + _STAMP_ROOM:
        return False  # checked first: the patterns below are read on short lines only
    # The time the copy moved may close a desk's line after the agency's name ("UNI PKS SSP
    # 1915", "PTI RSN MR 11271430").
    stamped = TRAILING_STAMP.sub("", line)
    if stamped != line and any(
        stamped.casefold().startswith((f"{n.casefold()} ", f"{n.casefold()}/")) for n in own if n
    ):
        line = stamped
    if (
        not line
        or len(line) > SIGN_OFF_MAX_CHARS + _OWN_NAME_ROOM
        or any(c.isdigit() for c in line)
    ):
        return False
    named = line
    for name in own:  # as written, any case (a sign-off is short: no word holds it by chance)
        named = re.sub(re.escape(name), " ", named, flags=re.IGNORECASE) if name else named
    # A mark opening the line counts beside the agency's own name ("■ Agência Ipê"), and so
    # does the name itself opening a line of initials or, in a script without case, short
    # names ("PTI ABC NR", "भाषा सलीम नरेश": PTI's desk).
    opened = named != line and line[:1] in "■◆✦◇–—-"
    led = named != line and any(
        name and line.casefold().startswith(name.casefold() + " ") for name in own
    )
    if led and not all(
        p.isupper() or not any(c.isupper() or c.islower() for c in p) for p in named.split()
    ):
        led = False
    if named != line and _OUTLET_HOST.fullmatch(named.strip(" –—-|,/·•")):
        return True  # the agency's name and its site ("Víkurfréttir – vf.is")
    if _ENCLOSED_WORD.fullmatch(line) and all(
        unicodedata.category(c)[0] in "LM" for c in line.strip("/ ")
    ):
        return True  # the agency's word between slashes ("/العُمانية/", "/كونا/")
    if is_sentence(line) or not (
        _SIGN_OFF_MARKS.search(line)
        or opened
        or led
        or _lower_initials(named)
        or _spaced_lower_initials(line)
    ):
        return False
    if len(named) > SIGN_OFF_MAX_CHARS:
        return False
    pieces = [p for p in _SIGN_OFF_SPLIT.split(named) if p]
    if named != line and not pieces:
        return True  # the agency's name between the wires' marks ("■ Agência Ipê")
    if not 0 < len(pieces) <= SIGN_OFF_MAX_PIECES:
        return False
    longest = _SIGN_OFF_SLASHED_PIECE if "/" in line else _SIGN_OFF_PIECE
    if (
        line[:1] in "(（"
        and line[-1:] in ")）"
        and len(pieces) <= _SIGN_OFF_BRACKETED_PIECES
        and _bracketed_name(pieces)
    ):
        longest = _SIGN_OFF_BRACKETED_PIECE  # the outlet's name in brackets: "(العربي الجديد)"
    if _CJK_RUN.fullmatch("".join(pieces)):
        longest = _SIGN_OFF_CJK_PIECE  # a desk's name in characters ("＝白樺通信運動部＝")
    # Letters (with their combining marks: Devanagari vowel signs) and the dots of initials.
    return all(
        len(p) <= longest
        and all(c == "." or unicodedata.category(c)[0] in "LM" for c in p)
        and any(c.isalpha() for c in p)
        for p in pieces
    )


def _bracketed_name(pieces: list[str]) -> bool:
    """Pieces that read as an outlet's name: of a script without case, or two capitalised or
    its site ("Interfax-Ukraine", "(NAN)(www.nannews.ng)"); "(Applause)", "(Fortsetzung
    folgt)", "(To be continued)" are none."""
    caseless = all(not any(c.isupper() or c.islower() for c in p) for p in pieces)
    return caseless or (len(pieces) >= 2 and all(p[:1].isupper() or "." in p for p in pieces))


# Editors' initials in lower case, spaced ("jk mf", TASR; "epd lnw kfr dba"): two to five
# pieces of two or three letters, most of them without a vowel, so no run of short words ("in
# de stad", "na trg", "ok thx") is read as one.
_LOWER_INITIAL = re.compile(r"[a-z]{2,3}")
_VOWELS = frozenset("aeiouy")


def _spaced_lower_initials(line: str) -> bool:
    """Editors' initials in lower case between spaced slashes ("mw / mz"), in any script, at
    least half of them without a vowel ("and / or" are words); in capitals the form is a
    party's or a pair's name ("CDU / CSU")."""
    pieces = line.split(" / ")
    return (
        2 <= len(pieces) <= SIGN_OFF_MAX_PIECES
        and line == line.lower()
        and all(0 < len(p) <= _SIGN_OFF_PIECE and p.isalpha() for p in pieces)
        and any(c.islower() for c in line)
        and 2 * sum(1 for p in pieces if not _ANY_VOWELS & set(p)) >= len(pieces)
    )


# Vowels of the Latin, Cyrillic and Greek alphabets ("да / нет" are words, not initials).
_ANY_VOWELS = frozenset("aeiouyаеёиоуыэюяіїєαεηιουωάέήίόύώ")


def _lower_initials(line: str) -> bool:
    """A line of editors' initials in lower case (see _LOWER_INITIAL), or of single letters of
    a script without case ("ع خ", the Arabic desks')."""
    pieces = line.split()
    if not 2 <= len(pieces) <= SIGN_OFF_MAX_PIECES:
        return False
    if all(len(p) == 1 and p.isalpha() and not p.isupper() and not p.islower() for p in pieces):
        return True
    if not all(_LOWER_INITIAL.fullmatch(p) for p in pieces):
        return False
    return 2 * sum(1 for p in pieces if not _VOWELS & set(p)) > len(pieces)


def is_dateline(text: str) -> bool:
    """True when the line opens with a dateline (an upper-case place, then a comma or dash).

    >>> is_dateline("KYIV, Ukraine (AP) — Russia said"), is_dateline("Kyiv said on Monday")
    (True, False)
    """
    return bool(_DATELINE.match(text.strip()))


def label_of(text: str) -> str | None:
    """The short label opening a line ("MORE FROM US" in "MORE FROM US: Floods …"), or None.

    >>> label_of("MORE FROM US: Floods hit the valley"), label_of("He said: no")
    ('MORE FROM US', None)
    """
    m = _LABEL.match(text.strip())
    if m is None:
        return None
    label = m["label"].strip()
    words = label.split()
    # "He said: …" is speech, not a label: a label is a name or a capitalised word run.
    if len(words) > LABEL_MAX_WORDS or not (label.isupper() or words[0][:1].isupper()):
        return None
    if len(words) > 1 and not label.isupper() and words[-1].casefold() in _SPEECH:
        return None
    return label


# Verbs of speech that make "X said: …" a quote rather than a label.
_SPEECH = frozenset({"said", "says", "added", "told", "asked", "wrote", "warned", "stated"})


def names_itself(text: str, names: tuple[str, ...]) -> bool:
    """True when the line names its own outlet (names compacted: 'bangkokpost')."""
    if not names:
        return False
    compact = _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())
    return any(name in compact for name in names)


def shape_score(text: str, edge: bool, names: tuple[str, ...]) -> int:
    """Promo/disclaimer evidence of a line: 2 for a link or reader address, 1 for each of
    its own outlet's name, a label, brackets or emphasis, no sentence, a place at an edge of
    the copy (`edge`: right after the opening paragraph or at the end).

    >>> shape_score("Get our digest in your inbox: example.com/digest", False, ())
    5
    >>> shape_score("The company did not respond to a request for comment.", True, ())
    1
    """
    line = text.strip()
    score = 2 * bool(LINK.search(line)) + 2 * bool(ADDRESS.search(line))
    score += names_itself(line, names)
    score += label_of(line) is not None
    score += bool(ENCLOSED.match(line))
    score += not is_sentence(line)
    score += edge
    return score


# -- the outlet's notes to its readers (agency copy's closing paragraphs) --------------------
# Story text reports in the third person about the world; a promo or a disclaimer is the outlet
# speaking about itself, its copy or its channels. Each feature below is a closed class of
# words or a form, not a phrase list; two of them in one short closing paragraph are the note.

# The outlet's own voice: first person plural ("our app", "email us"); "us", Scandinavian
# "oss" and Indonesian "kami" only in lower case, so "the US" stays a country and "Kami Rita
# Sherpa" a man. Words that are also other words are left out: "nos" (French
# "our", Portuguese "in the"), Swedish "vår" ("our", and "spring": "i vår").
OUTLET_VOICE = re.compile(
    r"\b(?i:our|ours|we|unser(?:e|en|em|er|es)?|uns|notre|nous|nuestr[oa]s?|noss[oa]s?|"
    r"nostr[oaie]|onze|ons|våra|nasz(?:a|e|ego|ej|ym)?)\b|\b(?:us|oss|kami)\b"
    # (… or of itself as its newsroom: "Got a story? Contact the ODT newsroom at …")
    r"|\b(?i:contact|email|e-mail|write to|call) the (?:[A-Z][\w.&'’-]*\s){0,3}newsroom\b"
    # (… Arabic "our accounts, pages, channel, site, app, newsletter": the suffix is "our")
    r"|(?:حساباتنا|صفحاتنا|قناتنا|موقعنا|تطبيقنا|نشرتنا)"
)
# "Our" and "us" in the other languages of the wires (South Slavic, Czech, Russian and
# Ukrainian, Romanian, Turkish and Azerbaijani, Greek, Finnish, Hungarian): story words as
# often ("u našoj zemlji", "в нашей стране", "χώρα μας": our country), so they count as the
# outlet's voice only in a call to action ("Pratite nas na našoj Facebook stranici"). (French
# "nos" is Portuguese "in the", "nam" any dative: "… acompanhe os alertas nos canais
# oficiais" is advice.)
OUTLET_VOICE_IN_CALL = re.compile(
    r"\b(?i:naš(?:a|e|oj|em|eg|ih|im)?|náš|наш(?:а|е|ей|ем|его|ій|им|их)?|noastr[ăe]|nostru|"
    r"bizi|bizim|μας|meidän|meidät|minket|javite nam|pišite nam|vores|meie|mūsu|mūsų)\b"
    r"|\b(?:nas|нас)\b|我们的|我們的"
)
# A call to action opening the paragraph ("Visit our site", "Sign up for …", "For the latest
# news, follow us …"). English verbs are nouns too ("Share prices fell", "Contact with the ship
# was lost", "Track and field"): one counts only before what an imperative sends the reader to
# (a pronoun, an article, a possessive, an address). In the other languages only forms that
# are imperatives alone ("Folgen Sie", "Abonnez-vous", "Síguenos", "Iscriviti", "Prenumerera").
_CTA_VERBS = (
    r"click|tap|visit|follow|join|subscribe|sign up|download|read|watch|listen|get|find|stay|"
    r"catch|share|register|contact|e-?mail|write|send|tell|learn|discover|check out|see|want|"
    r"don't miss|never miss|keep up|track|text|whatsapp|upgrade"
)
_CTA_OBJECTS = (
    r"us|our|your|the|this|these|it|them|more|all|every|each|some|any|here|now|today|up|live|"
    r"a|an|to|for|on|with|"
    r"in touch|updated|informed|tuned|connected|@\w+|(?:https?://|www\.)\S+|[\w-]+\.[a-z]{2,}\S*"
)
_CTA_FOREIGN = (
    r"(?:folgen|abonnieren|laden|lesen|hören|klicken) sie|suivez|abonnez|téléchargez|lisez|"
    r"écoutez|retrouvez|rejoignez|cliquez|inscrivez|s[ií]guenos|suscr[ií]bete|[úu]nete|"
    r"haz clic|siga|assine|baixe|leia|ouça|receba|inscreva|clique|acompanhe|iscriviti|"
    # (Spanish "sigue", which opens a sentence of news too: only before the news it follows,
    # "Sigue toda la actualidad de Andalucía en …")
    r"sigue (?:toda )?(?:la actualidad|las noticias|la información|la última hora)|"
    # (Chinese "welcome to follow", the call of a government's or paper's account)
    r"欢迎关注|歡迎關注|"
    # (Irish "listen to", Icelandic "follow")
    r"éist le|éistigí le|fylgstu með|fylgist með|"
    # (Spanish "follow X" before its name, Maltese "follow", Bulgarian "read")
    r"sigue a(?= (?-i:[A-ZÁÉÍÓÚÑ]))|segwu|segwi|четете|"
    # (Swahili "keep following", Breton "listen")
    r"endelea kufuatilia|selaouit|"
    r"únase|unase|suscríbase|síganos|"
    r"seguici|clicca|volg|luister|abonneer|klik|ladda ner|prenumerera|följ|lyssna|klicka|"
    r"obserwuj|pobierz|słuchaj|subskrybuj|kliknij|zapisz się|scarica|ascolta|junte-se|"
    r"descarga|descargue|anmäl dig|meld je aan|ikuti|unduh|kunjungi|dapatkan|berlangganan|simak|"
    # South Slavic, Russian, Ukrainian, Bulgarian, Romanian, Turkish, Azerbaijani, Albanian,
    # Czech and Slovak, Hungarian, Greek, Finnish, Nordic, Baltic, Vietnamese, Arabic: the
    # imperatives of follow, subscribe, download, read, join.
    r"pratite|pretplatite se|preuzmite|kliknite|подписывайтесь|подпишитесь|следите|скачайте|"
    r"читайте|дивіться|смотрите|"
    r"присоединяйтесь|підписуйтесь|підписуйтеся|стежте|приєднуйтесь|последвайте|"
    r"абонирайте се|urmăriți|urmariti|abonați-vă|descărcați|takip edin|abone olun|"
    r"tıklayın|izləyin|abunə olun|na ndiqni|abonohuni|sledujte|přihlaste se|prihláste sa|"
    # ("tilaa" is also a room, "theo dõi" and "đăng ký" narrate, "تابعوا" and "اشتركوا" are
    # past tenses too: only their forms that are calls alone.)
    r"kövesse|iratkozzon fel|ακολουθήστε|εγγραφείτε|seuraa meitä|følg|abonner|sekite|"
    r"prenumeruokite|sekojiet|abonējiet|تابعونا|"
    # (… Romanian singular "follow", Armenian "visit", Chinese "subscribe")
    r"urmărește|urmareste|այցելեցէք|այցելեք|訂閱|订阅|entre no canal|entre na comunidade|"
    # (… Chinese "welcome to subscribe to, to follow")
    r"欢迎(?:订阅|关注|加入)|歡迎(?:訂閱|關注|加入)|"
    # (… Hebrew "join", "follow us", "sign up", plural imperatives)
    # ("הצטרפו" is also the past "joined": only toward a group or channel)
    r"הצטרפו(?= ל(?:קבוצת|ערוץ|קהילת))|עקבו אחרינו|הירשמו|"
    # (… Hindi, Gujarati, Bengali "download")
    r"डाउनलोड करें|ડાઉનલોડ કરો|ডাউনলোড করুন|"
    # (… Macedonian and Serbian Cyrillic "follow", Croatian and Serbian "read" before where:
    # "Najnovije vijesti … čitajte na X.hr")
    r"следете|пратите|čitajte na|читајте на|"
    # Catalan and Valencian, Polish, Romanian with its cedilla spelling.
    r"segueix|seguiu|subscriu-te|zapisz się|zasubskrybuj|urmăriţi|abonaţi-vă|"
    # (Dutch "send", after a question to the reader: "Wilt u reageren? Stuur dan een brief …")
    r"stuur|mail de redactie|tip de redactie|log in of maak|maak (?:gratis )?een account aan|"
    # (… "to subscribe to X:" before where: Friulian, Italian, French, Spanish, Portuguese,
    # English)
    r"par abonâsi|per abbonarsi|pour (?:vous|s['’])abonner|para suscribirse|para assinar"
    r"|to subscribe(?= to \S)|"
    # (… Danish sign up, Estonian order, Croatian sign up, Italian discover, Greek listen,
    # Albanian report, Spanish receive, Portuguese "enter our channel", Arabic subscribe)
    r"tilmeld dig|telli|prijavite se|scopri (?:le nostre|la nostra|i nostri)|ακούστε|raportoni|"
    r"reciba|"
    # (Arabic "اشترك" and Hebrew "הצטרפו" are past tenses too: only before the outlet's
    # newsletter or community)
    r"entre (?:no|em) (?:nosso|o nosso)|اشترك في (?:نشرتنا|النشرة (?:البريدية|اليومية))|"
    r"הצטרפו ל[^.!?]{0,30}(?:שלנו|התומכים)|"
    # (Romanian "write us", Swedish "e-mail", after the reader's question: "Har du tips?
    # Mejla nyhetsdesken …")
    r"scrie-ne|mejla (?:oss|redaktionen|nyhetsdesken)|"
    # (Icelandic "send us", after the reader's question: "Ertu með ábendingu? Sendu okkur …")
    r"sendu okkur|"
    # (Vietnamese "readers send …", the papers' address to them)
    r"bạn đọc gửi|độc giả gửi|(?:phản ánh\s+)?xin gửi|"
    # (send us: the tip line's call, "Masz newsa …? Prześlij nam …")
    r"prześlij(?:cie)? nam|wyślij(?:cie)? nam|send us|envíanos|envie-nos|schicken sie uns|"
    r"envoyez-nous|inviaci|stuur ons|zapratite|hör|"
    # (… the tip line's "contact us" and "you reach us here" after the reader's question:
    # "Imate važnu priču? Javite nam se …", "Vill du tipsa oss? Här når du oss …")
    r"javite nam se|javite nam|pišite nam|här når du oss|du når oss|ба мо нависед|"
    # (… Polish "like" and "stay up to date"; Dutch "fill in your …" a sign-up form asks;
    # German "sign up here", "subscribe now", a newsletter's closing call)
    r"polub(?:cie)?|bądź(?:cie)? na bieżąco|vul (?:hieronder |hier )?(?:je|uw)|"
    # (… the infinitive closing its sentence: "Jetzt registrieren sich …" is indicative)
    r"(?:hier|jetzt) (?:kostenlos |gratis )?(?:anmelden|abonnieren|registrieren|bestellen)"
    r"(?=\s*(?:[.!:]|$))|"
    # (… Spanish "sign up", French "receive", Finnish "subscribe here", Czech "listen")
    r"apúntate|apúntese|recevez|tilaa (?:tästä|täältä)|poslouchejte|"
    # (… Arabic "follow" before the outlet's own accounts (a past tense too: "they followed"),
    # Armenian "follow", Vietnamese "readers can send")
    r"تابعوا(?=\s[^.!?]{0,60}(?:حساباتنا|صفحاتنا|قناتنا|موقعنا|تطبيقنا))|"
    r"հետեւեցէք|հետևեցեք|հետևեք|հետեւեք|(?:bạn đọc|độc giả) có thể gửi|"
    # (… Hausa "be with us", Dutch "download our, the app")
    r"ku kasance tare da mu|download (?:dan )?(?:onze|de) app|"
    # (… Bengali "keep an eye on", Khmer "please join in following", Hebrew "join the
    # channel", after a lead-in)
    r"[^.!?।]{0,60}চোখ রাখুন|សូមចូលរួមតាមដាន|[^.!?]{0,40}הצטרפו לערוץ"
)
# The call's word ends where no letter follows, but for Chinese "welcome to join, follow,
# subscribe", written against what it calls to ("欢迎加入我们的 …"; "订阅用户数" is a count).
_CALL_END = r"(?:(?<=欢迎加入|欢迎关注|欢迎订阅|歡迎加入|歡迎關注|歡迎訂閱)|(?!\w))"
_CTA = rf"(?:(?:{_CTA_VERBS})\s+(?:{_CTA_OBJECTS})(?!\w)|(?:{_CTA_FOREIGN}){_CALL_END})"
# The call may follow its lead-in: "For the latest news, follow us …"; a question or an
# exclamation to the reader ("Chcesz codziennie otrzymywać …? Zapisz się …", "Ne maradjon le
# …! Iratkozzon fel …") or a clause ("Pour recevoir nos textes, abonnez-vous …") before a
# call that is an imperative alone (after a question the English verbs give advice: "Think
# you have been scammed? Contact your bank …" is the story's).
CALL_TO_ACTION = re.compile(
    rf"^(?:for (?:more|the latest)\b[^,]{{0,60}},\s*"
    # (… "then" after the question: "… verpassen? Dann folgen Sie …")
    # (… or two: "Gratis toegang tot alle verhalen? Dat kan! Vul hieronder …")
    rf"|(?:(?:[^.!?]{{1,100}}[?!]\s+){{1,2}}(?:(?:dann|then|alors|entonces|então|allora|dan)\s+)?"
    rf"|[^,.!?]{{1,80}},\s*"
    # (… or the sender's name in brackets: "【光明日报】欢迎加入我们的WhatsApp频道")
    rf"|[【\[][^】\]\n]{{1,20}}[】\]]\s*"
    # (… or a condition without its comma, as Italian writes it: "Se vuoi restare aggiornato
    # sulle notizie di Milano iscriviti …")
    rf"|(?:se vuoi|se volete|si quieres|si queréis|se quiser|se você quiser|si vous voulez|"
    rf"si vous souhaitez)\s[^,.!?]{{1,100}}?\s"
    # (… the purpose before the call in Hindi, Gujarati, Bengali word order: "देश-दुनिया की ताज़ा
    # ख़बरों के लिए डाउनलोड करें …")
    rf"|[^,.!?।]{{1,80}}\s(?:के लिए|માટે|এর জন্য|-এর জন্য)\s"
    # (… Hebrew "to receive (ongoing) updates" before its call: "לקבלת עדכונים שוטפים הצטרפו …")
    rf"|לקבלת (?:עדכונים|חדשות|התראות)[^,.!?]{{0,40}}?\s"
    rf")(?=(?:{_CTA_FOREIGN}){_CALL_END}))?{_CTA}",
    re.IGNORECASE,
)
# The call after its lead-in, past a colon or a dash ("Every match report, the moment the
# whistle blows: download the … app"); a story's advice reads so too ("The advice is simple:
# get your flu shot"), so it counts only beside the outlet naming itself or its own voice.
LATE_CALL_TO_ACTION = re.compile(rf"^[^:–—]{{0,100}}(?::|\s[–—-])\s+{_CTA}", re.IGNORECASE)
# The copy naming itself ("this story", "this report", "dieser Artikel", "cet article").
SELF_REFERENCE = re.compile(
    r"\bthis (?:story|article|report|content|release|post|piece|dispatch|coverage|copy|item|"
    r"feature)\b|\b(?:dieser|diesen|dieses|diese) (?:artikel|beitrag|text|meldung)\b|"
    r"\bcet article\b|\b(?:este|esta) (?:artículo|nota|información|texto|columna)\b|"
    r"\bthis (?:recap|column)\b|\bdieser bericht\b|\bquest[oa] "
    r"(?:articolo|notizia)\b|\b(?:este artigo|esta matéria)\b|\bdit (?:bericht|artikel)\b|"
    r"\b(?:denna|den här) (?:artikel|artikeln|text|texten)\b"
    # (… Indonesian "this article, news, coverage, piece, report")
    r"|\b(?:artikel|berita|liputan|tulisan|laporan) ini\b"
    # (… German "this investigation", Ukrainian and Russian "this material, publication",
    # Hebrew "the investigation", "the article" opening the note, Thai "this report", Nepali
    # "this material, news, article", Hungarian "(it) appears" opening a paper's funding line)
    r"|\bdiese recherche\b|\b(?:цей|даний) (?:матеріал|текст)\b|\bця публікація\b"
    r"|\b(?:этот|данный) материал\s+(?:был\s+)?(?:подготовлен|создан)\w*\b|\bэта публикация\b"
    # (… Hebrew's "the investigation was made with": the piece's own verb after it)
    r"|^\W*(?:התחקיר|הכתבה)(?:\s+(?:הזה|הזו|זה|זו))?\s+(?:נעשה|נעשתה|נכתב|נכתבה|הופק|הופקה)\s"
    r"|รายงานชิ้นนี้|यो (?:सामग्री|समाचार|लेख)"
    # (… a Hungarian paper's line alone: "Megjelenik a X támogatásával.")
    r"|^\W*megjelenik\s+(?:a|az)\b(?=.{0,80}támogatásával\.?$)"
    # (… Romansh "this article")
    r"|\bquest artitgel\b"
    # (… "this report", "this article" in French, Croatian, Serbian, Swahili, Romanian, Polish,
    # Czech, Portuguese: the piece speaking of itself)
    r"|\bce reportage\b|\b(?:ovaj|taj) (?:članak|tekst|prilog)\b|\bmakala hii?\b|"
    # (… Danish, Norwegian "this article", Catalan "this information")
    r"\bdenne artikel\b|\bdenne artikkelen\b|\baquesta informació\b|"
    # (… Croatian with its verb between: "Ovaj je tekst nastao …")
    r"\bovaj je (?:tekst|članak|prilog)\b|"
    r"\bmakala haya\b|\bacest (?:articol|material)\b|\bten (?:artykuł|materiał|tekst)\b|"
    r"\btento (?:článek|text)\b|\beste (?:conteúdo|contenido|texto|reportaje)\b|\besta reportagem\b"
    # (… Swedish "this is an article from", Estonian "the article, the story was made",
    # Latvian "the material, the article (was) prepared", Lithuanian "the project", its
    # funder's note beside a fund: "Projektą remia X fondas")
    r"|\b(?:detta|det här) är en (?:artikel|text)\b|\b(?:artikkel|lugu) on valminud\b"
    # (… Irish "(for) this report, this article")
    r"|\b(?:an|don|sa) tuairisc seo\b|\ban t-alt seo\b"
    r"|\b(?:materiāls|raksts) (?:ir )?(?:sagatavots|tapis)\b|^\W*projektą remia\b(?=.{0,60}\bfond)"
    # (… Armenian "this publication", "this material", "the article, the material was
    # prepared")
    r"|\bսույն (?:հրապարակում|նյութ)\w*|\bայս (?:հրապարակում|նյութ)\w*"
    r"|^\W*(?:հոդվածը|նյութը|հրապարակումը) պատրաստվել է"
    # (… a project named in quotes opening the line, Lithuanian, Serbian, Hungarian: "Projektą
    # „X“ remia …", "Projekat „X“ je sufinansiran …", "A(z) „X“ projektum …"; and the
    # supported media project, Hungarian and Serbian)
    r"|^\W*(?:projektą|projekat|projekt|проект|projektas)\s+[„\"«]"
    r"|\b(?:a |az )?támogatott médiaprojektum\w*|\bpodržan\w* medijsk\w* projekt\w*"
    r"|^\W*a projektum\b"
    # (… Albanian "this article", Latvian "the material was made")
    r"|\bky artikull\b|\bmateriāls tapis\b"
    r"|\baquest (?:contingut|article|reportatge)\b"
    # (… Somali "this report", "this article")
    r"|^\W*(?:warbixintan|maqaalkan)\b"
    # (… Polish "the article was written")
    r"|\b(?:artykuł|tekst|materiał) powstał\b"
    # (… Korean "this article", Georgian "the article was prepared", "this article")
    r"|이 기사(?:는|의)|\bსტატია მომზადებულია|\bეს სტატია|\bმასალა მომზადებულია|^\W*ဤသတင်း"
    # (… Thai "this article", Hindi "this news", Persian "this report", Slovenian "the paper
    # comes out", Kazakh and Russian "the material" opening the note)
    r"|บทความนี้|ข่าวนี้|यह (?:खबर|ख़बर|समाचार|लेख)|این (?:گزارش|مطلب|خبر)|\bčasopis izhaja\b"
    # (… Khmer "this article", Tatar "the material" opening the note)
    r"|អត្ថបទនេះ|^\W*материал\b"
    # (… Greek "the column «X»", Danish "X's coverage of" opening the note, Polish "the
    # material published")
    r"|^\W*η στήλη\s+[«\"]|^\W*\w+s dækning af\b|^\W*materiał opublikowany\b"
    # (… Arabic "this report", Indonesian "this content")
    r"|هذا التقرير|\bkonten ini\b|इस (?:रिपोर्ट|लेख|ख़बर|खबर)"
    r"|^\W*(?:материал|материалды)\s"
    # (… English "X's coverage of …" opening the note)
    r"|^\W*(?:\S+\s){0,3}\S+['’]s coverage of\b",
    re.IGNORECASE,
)
# Where the copy came from: the vocabulary of syndication ("news agency", "distributed" and
# "feed" are story words too: "state news agency IRNA reported", "animal feed").
PROVENANCE = re.compile(
    r"\b(?:syndicat\w*|auto-?(?:generated|published)|third[- ]party|republish\w*|reprint\w*)\b"
    # (… as Hindi spells the syndicated feed)
    r"|सिंडिकेट(?:ेड)? फ़?फीड",
    re.IGNORECASE,
)
# Copy written by a machine says so with an adverb ("produced automatically", "rédigé
# automatiquement"); a refund is paid automatically too: it counts only beside the copy
# naming itself (_ABOUT_ITSELF).
MACHINE = re.compile(
    r"\b(?:automatically|automatiquement|automatisch|automáticamente|automaticamente|"
    r"automatiskt|secara otomatis|mit maschineller unterstützung|mithilfe künstlicher intelligenz"
    r"|mit hilfe künstlicher intelligenz|ki-gestützt\w*)\b",
    re.IGNORECASE,
)
# The terms of reuse: reproduction and redistribution of the copy ("may not be reproduced",
# "Reprodução proibida"); "reproductive health" is another word.
REUSE_TERMS = re.compile(
    r"\b(?:reproduc(?:e|ed|tion)|reproduç[ãa]o|reproducci[óo]n|riproduzione|reproduktion|"
    # (… German "naming the source": "Unter Nennung von X … ist eine Übernahme möglich")
    r"unter nennung (?:der quelle|von)|"
    r"redistribut\w*|nachdruck|"
    # The reuse terms of the agencies of the former Soviet Union and the Balkans: taking over
    # or reprinting their copy with a hyperlink to the source ("Preluarea materialelor MOLDPRES
    # …", "Преземањето на содржините на МИА …", "AZƏRTAC-ın materiallarından istifadə edərkən
    # istinad mütləqdir"); each counts beside the agency's own name only.
    r"hyperlink\w*|hiperlink\w*|hiperveza|гиперссылк\w*|гіперпосилан\w*|хиперлинк\w*|"
    r"preluarea materialelor|preuzimanje (?:sadržaja|vijesti|tekstova)|"
    r"преземањето на содржините|преузимање (?:садржаја|вести)|перепечатк\w*|передрук\w*|"
    # (Belarusian: "спасылка на «Звязду» абавязковая", a link to the source is required)
    r"spasylk\w*|спасылк\w*|"
    # (… Esperanto "freely reprintable with mention of the source")
    r"represebla\w*|"
    r"istinad (?:mütləqdir|edilməsi mütləqdir))\b",
    re.IGNORECASE,
)
# Disclaiming responsibility ("do not necessarily reflect", "are the author's own").
DISCLAIMER = re.compile(
    r"\b(?:not necessarily|solely responsible|do(?:es)? not (?:necessarily )?reflect|"
    r"are (?:the )?(?:author|writer)'?s?'? own|not affiliated|no responsibility|accepts? no|"
    r"without (?:any )?modifications? to the text|"
    # A funder's note: "… made possible with funding from X. Y keeps full editorial control."
    r"made possible (?:with|by|through)|(?:supported|funded|underwritten) by (?:a )?(?:grants?|"
    r"funding|donations?)|(?:keeps?|retains?|maintains?) (?:full |sole )?editorial "
    # (… Armenian: "… պատասխանատվություն է կրում միայն X", X alone is responsible)
    r"(?:control|independence|responsibility)|պատասխանատվություն(?:ը)? (?:է )?կրում միայն|"
    r"პასუხისმგებელია მხოლოდ|"
    # (… Albanian "the sole responsibility of", Latvian "for the content … answers")
    r"përgjegjësi vetëm e|par (?:materiāla|publikācijas) saturu atbild|"
    r"editorially independent|co-?funded by|"
    # (… not investment advice, in English, Thai and Russian; "has not been edited by X staff"
    # and its Hindi form)
    r"(?:not|no) (?:constitute )?(?:an? )?(?:investment|financial) advice|"
    r"(?:has|have) not been edited by|"
    # (… Arabic "does not necessarily express its opinion")
    r"ولا يعبّر بالضرورة|ولا يعبر بالضرورة|ولا تعبّر بالضرورة|ولا تعبر بالضرورة|"
    # (… Urdu "the institution need not agree with the writer's opinion")
    r"متفق ہونا ضروری نہیں|"
    # (… the fund has no say over the editorial content, Danish, Norwegian, Swedish, English;
    # Polish "the sender answers for the content")
    r"ingen indflydelse på (?:det )?redaktionelle|ingen innflytelse på (?:det )?redaksjonelle|"
    r"inget inflytande över (?:det )?redaktionella|no influence (?:on|over) (?:the )?editorial|"
    r"za treść (?:komunikatu|materiału) odpowiada)\b|(?:มิ|ไม่)ใช่คำแนะนำในการลงทุน"
    r"|не является инвестиционной рекомендацией|संपादित नहीं (?:की|किया) ग(?:ई|या)"
    # (… the Serbian co-financed media project's disclaimer, in Serbian and Hungarian: "Stavovi
    # izneti u podržanom medijskom projektu nužno ne izražavaju stavove …", "… nézetek nem
    # feltétlenül tükrözik …"; Armenian "X alone is responsible for the content"; Lithuanian
    # "the sum allocated", the fund's disclosure)
    r"|nužno ne izražavaju|не изражавају нужно|нужно не изражавају|nem feltétlenül tükröz\w*"
    r"|պատասխանատու է (?:բացառապես|միայն)|\bskirta suma\b",
    re.IGNORECASE,
)
# A piece produced with a fund's support, in the wires' languages: "produced with support
# from", "financé grâce au soutien", "sufinanciran je sredstvima", "kwa ufadhili wa"; a
# story's words too ("Projekt je sufinanciran sredstvima EU"): a disclaimer only beside the
# piece naming itself ("Ce reportage", "Ovaj članak", "This story").
FUNDING_NOTE = re.compile(
    r"\b(?:produced with (?:the )?(?:financial )?support (?:of|from)|financ[ée]e? (?:grâce au|par"
    r"|avec)|financiad[oa] (?:por|con)|finanziat[oa] (?:da|con|dal)|gefördert (?:von|durch)"
    r"|(?:su|co|ko)-?financ\w+|cofinanzia\w+|ufadhili"
    # (Armenian: "… պատրաստվել է Եվրոպական միության ֆինանսական աջակցությամբ", with the
    # financial support of)
    r"|ֆինանսական աջակցությամբ|ფინანსური მხარდაჭერით"
    # (… Albanian and Latvian: "me mbështetjen financiare të …", "ar … finansiālu atbalstu")
    r"|me mbështetjen financiare|finansiālu atbalstu"
    # (… Somali: "… waxaa lagu diyaariyay taageero ka timid …", prepared with support from)
    r"|lagu diyaariyay taageero|lagu sameeyay taageero"
    # (… Polish "with the support of")
    r"|przy (?:finansowym )?wsparciu"
    # (… "with the support of", said of the piece: "Aquest contingut s'ha elaborat amb el suport
    # del Departament de Cultura")
    r"|amb el suport d(?:e|el)|con el apoyo d(?:e|el)|com (?:o )?apoio d[aeo]|avec le soutien d[eu]"
    r"|with (?:the )?support of|mit (?:der )?unterstützung (?:von|der|des)|con il sostegno d\w*)"
    # (… Korean: "이 기사는 지역신문발전기금을 지원받았습니다", supported by the fund, the word
    # inside its compound)
    r"|기금을? 지원받았습니다|기금의 지원을 받아"
    # (… Slovenian "comes out with the contribution of", Kazakh "within the state information
    # policy", the state's order behind the piece)
    r"|izhaja s (?:finančnim )?prispevkom|ақпараттық саясатты жүргізу аясында"
    # (… Danish, Norwegian, Swedish "is supported by", Greek "is supported by")
    r"|er støttet af|støttes af|er støttet av|stöds av|υποστηρίζεται από"
    # (… Arabic "was produced with the support of", Indonesian "is a cooperation of X with")
    r"|(?:أُنجز|أنجز|أعدّ|أعد) هذا التقرير بدعم من|merupakan kerja sama"
    # (… English "supported in part by a grant from")
    r"|(?:supported|funded|made possible)(?: in part| partly| partially)? by a grant"
    # (… Croatian "with the support of")
    r"|uz (?:financijsku )?potporu"
    # (… Estonian "made in cooperation with", Lithuanian "supported by the X fund")
    r"|(?:artikkel|lugu) on valminud koostöös|\bremia\b.{0,60}\bfond\w*"
    # (… Irish "support from the X fund")
    r"|\btacaíocht ó (?:\S+\s){0,3}?(?:chiste|ciste)\b"
    # (… Burmese "with the support of"; Tatar "prepared with the help of", Khmer "under the
    # support of")
    r"|ပံ့ပိုးမှုဖြင့်|ярдәме белән әзерләнде|ярдәмендә әзерләнде|ក្រោមការគាំទ្រពី"
    # (… Dutch "came about with support from", the Spanish, Catalan, French and Portuguese
    # "with the collaboration of", said of the piece: "Este contenido ha sido elaborado con la
    # colaboración de la Diputación …")
    r"|tot stand (?:gekomen )?met (?:de )?(?:financiële )?steun van"
    r"|met (?:financiële )?steun van het"
    r"|con la colaboración d(?:e|el)|amb la col·laboració d(?:e|el)|avec la collaboration d[eu]"
    r"|com a colaboração d[aeo]"
    # (… German "in collaboration with", Indonesian "supported by", "the result of a
    # collaboration", Hebrew "with the support of", "funded by", Thai "received support from",
    # Ukrainian and Russian "with the (financial) support of", Nepali "prepared under",
    # "prepared with the help of", Hungarian "with the support of")
    r"|in zusammenarbeit mit|didukung oleh|hasil kolaborasi|בתמיכת|במימון|ได้รับการสนับสนุนจาก"
    r"|за (?:фінансової )?підтримки|при (?:финансовой )?поддержке|अन्तर्गत तयार|सहयोगमा तयार"
    r"|támogatásával"
    # (… Romansh "with the support of")
    r"|cun il sustegn d(?:a|al|alla)\b"
    # (… Hungarian "with the co-financing of", Serbian "co-financed", Lithuanian "supports")
    r"|társfinanszírozás\w*|sufinansiran\w*|суфинансиран\w*|\bremia\b",
    re.IGNORECASE,
)
# "Necessarily" in the wires' other languages, the core word of their disclaimer formulas; a
# story's word too ("ne veut pas nécessairement dire…"): it counts only beside the copy naming
# itself (_ABOUT_ITSELF).
FOREIGN_DISCLAIMER = re.compile(
    r"\b(?:necesariamente|nécessairement|necessariamente|notwendigerweise|noodzakelijkerwijs|"
    r"nödvändigtvis|nødvendigvis|niekoniecznie)\b",
    re.IGNORECASE,
)
# Pointing at the reader's screen ("click here", "lesen Sie hier"): with a call to action only,
# "here" being a word of any story ("here in the capital").
DEIXIS = re.compile(r"\b(?i:here|hier|ici|aquí|aqui|(?:clicca|cliccare|cliccando) (?:qui|qua))\b")


# The channels an outlet sends its readers to, named alike in every language: messengers,
# social networks, podcast and app stores (transliterated where scripts differ). A story names
# them too ("the ministry's WhatsApp hotline"): they count only beside the outlet's own name.
# Channels named in one line that make it a list of where to follow the outlet.
_LISTED_CHANNELS = 3
PLATFORM = re.compile(
    # (… with an inflection's suffix: Hungarian "Facebookon", Finnish "YouTubessa")
    r"\b(?i:whatsapp\w*|telegram\w*|viber|zalo|kakao\s?talk|wechat|instagram\w*|tiktok\w*|"
    r"youtube\w*|spotify|apple podcasts|google play|app store|podcast\w*|google news\w*|"
    r"google haberler\w*|google noticias|google notícias|google actualités|google nachrichten|"
    # (… Hungarian's Google News, inflected: "a Google Hírekben")
    r"google hírek\w*|google zpráv\w*|google správ\w*|"
    # (… Persian "the messengers", where Iranian outlets keep their channels)
    r"پیام[\u200c ]?رسان\w*|"
    r"naver|"
    r"facebook\w*|twitter\w*)\b|"
    # LINE (the Japanese and Thai messenger) only with its account handle: "LINE @tnamcot".
    r"\b(?i:line)\s?@\w|네이버|"
    r"카카오톡|팟캐스트|微信|公众号|公眾號|微博|应用商店|播客|ポッドキャスト|تيليغرام|تلغرام|بودكاست|"
    # (… Malayalam's WhatsApp, its inflections glued on: "വാട്‌സ്ആപ്പിലും")
    r"വാട്[\u200c\u200d]?സ്[\u200c\u200d]?ആപ്പ്?\S*|"
    # (… Marathi's WhatsApp, its "ॲ" for the English "a"; Arabic "the X platform")
    r"व्हॉट्सॲप|व्हॉट्सअ‍ॅप|منصة\s+(?:إكس|اكس|X\b)|إنستغرام|"
    r"टेलीग्राम|पॉडकास्ट|(?i:подкаст\w*|телеграм\w*|вибер\w*|вајбер\w*)|"
    # … and the same channels as the other scripts spell them (YouTube, Facebook, WhatsApp,
    # Telegram, Instagram, Google News): Devanagari, Bengali, Gujarati, Telugu, Tamil, Arabic,
    # Persian and Pashto, Hebrew, Cyrillic, Thai, Korean, Japanese, Georgian, Ethiopic.
    r"यूट्यूब|फेसबुक|फ़ेसबुक|वॉट्सऐप|व्हाट्सएप|व्हाट्सऐप|इंस्टाग्राम|ইউটিউব|ফেসবুক|ফেচবুক|"
    r"হোয়াটসঅ্যাপ|টেলিগ্রাম|યુટ્યુબ|યૂટ્યૂબ|ફેસબુક|વોટ્સએપ|યુટ્યૂબ|యూట్యూబ్|ఫేస్‌బుక్|వాట్సాప్|"
    r"టెలిగ్రామ్|யூடியூப்|ஃபேஸ்புக்|வாட்ஸ்அப்|டெலிகிராம்|يوتيوب|یوتیوب|یوټیوب|فيسبوك|فیسبوک|"
    r"واتساب|واتس\s?اب|تلگرام|تیلیګرام|تليجرام|تلجرام|انستغرام|اینستاگرام|گوگل\s?نیوز|جوجل\s?نيوز|غوغل\s?نيوز|"
    # (… Iran's own messengers, Eitaa and Rubika)
    r"ایتا|روبیکا|"
    # (… the social networks as Persian and Arabic name them, where the calls say "follow us
    # there"; Hebrew WhatsApp, Telegram, Facebook, Instagram; Chinese Facebook)
    r"شبکه[\u200c ]های (?:اجتماعی|مجازی)|(?:مواقع|وسائل|منصات) التواصل(?: الاجتماعي)?|"
    r"ה?וו?א?טסאפ|ה?טלגרם|פייסבוק|אינסטגרם|脸书|臉書|"
    # (… Urdu WhatsApp, Telegram, YouTube, Facebook; Sri Lankan Tamil WhatsApp; Armenian
    # Facebook; Korean "audio channel")
    r"واٹس\s?ایپ|ٹیلی\s?گرام|یوٹیوب|فیس\s?بک|வட்ஸ்\s?அப்|Ֆէյսպուք\w*|Ֆեյսբուք\w*|오디오 채널|"
    # (… Hebrew's other WhatsApp spelling, Sorani Telegram, Russia's MAX messenger)
    r"טלגרם|יוטיוב|פייסבוק|וואטסאפ|ווטסאפ|אינסטגרם|تێلیگرام|(?i:мессенджер\w* max)|"
    r"(?i:ютуб\w*|фейсбук\w*|вотсап\w*|ватсап\w*|"
    r"инстаграм\w*|вконтакте|дзен\w*)|ยูทูบ|เฟซบุ๊ก|ติ๊กต็อก|유튜브|페이스북|인스타그램|텔레그램|"
    r"ユーチューブ|フェイスブック|インスタグラム|ფეისბუქ\w*|იუთუბ\w*|ტელეგრამ\w*|ፌስቡክ|ዩቲዩብ|ቴሌግራም|"
    # … Malayalam, Kannada, Sindhi and Urdu, Odia, Gurmukhi, Sinhala, Macedonian, Burmese
    # (Malayalam's stems without the closing virama, a case's vowel sign may take its place:
    # "വാട്സ്ആപ്പിൽ", on WhatsApp; Khmer Facebook)
    r"വാട്സ്ആപ്പ|വാട്സാപ്പ|ഫേസ്ബുക്ക|യൂട്യൂബ|ടെലിഗ്രാ|ഇൻസ്റ്റഗ്രാ|ವಾಟ್ಸ್ಆ್ಯಪ್|ವಾಟ್ಸಾಪ್|ហ្វេសប៊ុក|"
    r"ಫೇಸ್‌ಬುಕ್|ಫೇಸ್ಬುಕ್|ಯೂಟ್ಯೂಬ್|ಟೆಲಿಗ್ರಾಂ|ಇನ್‌ಸ್ಟಾಗ್ರಾಂ|واٽس\s?ايپ|واٹس\s?ایپ|فیس\s?بک|یوٹیوب|"
    r"ٽيليگرام|ٹیلی\s?گرام|ହ୍ୱାଟସଆପ|ଫେସବୁକ|ୟୁଟ୍ୟୁବ|ଟେଲିଗ୍ରାମ|ਵਟਸਐਪ|ਫੇਸਬੁੱਕ|ਫ਼ੇਸਬੁੱਕ|ਯੂਟਿਊਬ|ਟੈਲੀਗ੍ਰਾਮ|"
    # (… Sri Lankan Tamil WhatsApp, Tigrinya YouTube)
    r"வட்ஸ்அப்|ዩቱብ|"
    r"වට්ස්ඇප්|ෆේස්බුක්|යූටියුබ්|(?i:фејсбук\w*|јутјуб\w*)|ဖေ့စ်ဘွတ်ခ်|တယ်လီဂရမ်|"
    # … Malayalam's and Nepali's other spellings, Sorani Kurdish, Dhivehi
    r"ടെലഗ്രാ|युट्युब|फेसबुक|فەیسبووک|یوتیوب|ޓެލެގްރާމް|ފޭސްބުކް|وٹس\s?ایپ|"
    # Google News in Bengali, Devanagari, Telugu and Tamil.
    r"গুগল\s?নিউজ|गूगल\s?न्यूज़?|గూగుల్\s?న్యూస్|கூகுள்\s?நியூஸ்"
)
# A promo is a line, not a sentence: "Больше новостей - в Telegram-канале ТАСС", "Theo dõi
# VietnamPlus trên Google News …" end without a full stop (or with a promo's "!": "UzA'ning
# Telegram kanaliga obuna bo'ling!"), in few words; a story's sentence naming a channel ends
# with one ("Videos posted on Telegram showed …, AFP found.").
_UNFINISHED_MAX_WORDS = 16
_FINISHED = re.compile(r"[.?。？…][\"”’»)]*\s*$")


# A sentence's end in any script: the full stops of Devanagari and Bengali, Burmese, Ethiopic,
# Khmer, Urdu and Armenian too, and a question mark (a promo may exclaim).
_SENTENCE_DONE = re.compile(r"[.?。？…।॥။።។۔։؟][\"”’»)]*\s*$")


def is_channel_line(text: str, own: tuple[str, ...] = ()) -> bool:
    """A line of a few words naming a channel and ending without a sentence's end, in any
    script: where to follow the outlet ("Telegram’da Daryo’ga obuna bo‘ling", "Ακολουθήστε την
    Καθημερινή στο Google News"), asked only of the lines closing agency copy. A story's
    sentence naming a channel ends with its full stop ("Videos posted on Telegram showed …")."""
    line = text.strip()
    words = len(line.split())
    # A call may run longer with its "!" ("Последвайте ни и в Google News Showcase, за да
    # научавате най-важното от деня!"); a line of more words without one is a sentence whose
    # stop fell off ("The post by the minister appeared first on Telegram before …").
    # … and so may one naming the channel itself or the outlet's handle ("Cek Berita dan
    # Artikel yang lain di Google News dan WA Channel", "… הצטרפו לערוץ הוואטסאפ של סרוגים").
    # The call ends naming where to go: the channel among its last four words ("Das Video
    # wurde auf dem YouTube-Kanal des Ministeriums am Montag veröffentlicht" goes on).
    tail = " ".join(line.split()[-_CHANNEL_TAIL_WORDS:])
    named = bool(_CHANNEL_WORD.search(tail) or _HANDLE.search(tail))
    most = (
        _UNFINISHED_MAX_WORDS
        if line.endswith(("!", "！"))
        else _NAMED_CHANNEL_WORDS
        if named
        else _CHANNEL_LINE_WORDS
    )
    if not 2 <= words <= most:
        return False
    if _SENTENCE_DONE.search(line) and not _own_channel_call(line, own):
        return False
    # Figures, a quote, or a comma beside one channel (but in a call's "!") say a story's
    # line: a table's row ("WhatsApp 81 percent"), someone's words (a name in quotes is the
    # outlet's: «СЭ»), a title ("X, President of … at Facebook").
    channels = {m.group(0).casefold() for m in PLATFORM.finditer(line)}
    comma = "," in line and len(channels) < 2 and not line.endswith(("!", "！"))
    quoted = _SPEECH_QUOTE.search(line) or any(len(q.split()) > 3 for q in _QUOTED.findall(line))
    if _FIGURE.search(line) or comma or quoted:
        return False
    # Arabic-script copy often ends a sentence without its stop: there, the call's words say
    # it ("تابع …", "اشترك في قناتنا", "زموږ یوټیوب چینل …").
    if _ARABIC_SCRIPT.search(line) and not _ARABIC_CALL.search(line):
        return False
    # Thai and Lao end no sentence with a mark: there, the channel's handle says it
    # ("… ได้ทาง Line @Matichon"; "… ได้ทางเพจเฟซบุ๊กของสำนักงาน…" is the story's).
    if _NO_STOP_SCRIPT.search(line) and not _HANDLE.search(line):
        return False
    # Someone's channel by name ("… on the BBC's YouTube channel") is where the story's
    # interview or source is, not where to follow the outlet.
    found = PLATFORM.search(line)
    return found is not None and not _POSSESSED.search(line[: found.start()])


def _own_channel_call(line: str, own: tuple[str, ...]) -> bool:
    """A call to follow the outlet by its own name, closed by a full stop ("Последвайте ПИК и
    в Telegram."): a few words, the outlet named (`own`: the names the copy goes out under),
    the channel right before the stop. A story's sentence names someone else's channel."""
    words = line.split()
    if len(words) > _OWN_CALL_WORDS or not PLATFORM.search(" ".join(words[-_OWN_CALL_TAIL:])):
        return False
    # The outlet opens the call or is what it asks to follow: among its first words ("The
    # minister told Harbour Wire on Telegram." names it further in, and is the story's). A long
    # name counts by its initials in capitals too ("Информационна агенция ПИК": "ПИК").
    opening = " ".join(words[:_OWN_CALL_OPENING]).casefold()
    names = {n for n in own if len(n) >= _OWN_CALL_NAME_CHARS}
    names |= {w for n in own for w in n.split() if w.isupper() and len(w) >= _OWN_CALL_NAME_CHARS}
    # The outlet as the call's object: after its verb, or first with a case's ending glued
    # on ("Cumhuriyet'i …"); first and bare it is a sentence's subject ("Reuters could not
    # independently verify the Telegram posts.").
    # (… or bare with only a word and the channel after it: "ТАСС в Telegram.", "Harbour Wire
    # on WhatsApp.", the outlet's trailer)
    return any(
        (m := re.search(rf"(?<!\w){re.escape(n.casefold())}(?!\w)", opening)) is not None
        and (
            m.start() > 0
            or opening[m.end() : m.end() + 1] in ("'", "’")
            or len(words) - len(n.split()) <= _OWN_TRAILER_WORDS
        )
        for n in names
    )


_OWN_CALL_WORDS = 8
_OWN_TRAILER_WORDS = 2  # a preposition and the channel
_OWN_CALL_TAIL = 2
_OWN_CALL_OPENING = 2
_OWN_CALL_NAME_CHARS = 2
_POSSESSED = re.compile(r"\w['’]s\s+$")
# "Channel" in the languages outlets call their readers to one in.
_CHANNEL_WORD = re.compile(
    r"(?i:channel|canal|kanal\w*|saluran|kênh|канал\w*)|ערוץ|לערוץ|قناة|قناتنا|چینل|کانال|チャンネル|채널"
    r"|频道|頻道|专页|專頁|קבוצת"
)
_CHANNEL_LINE_WORDS = 10
_NAMED_CHANNEL_WORDS = 12
_CHANNEL_TAIL_WORDS = 4
# A number standing alone ("81 percent"), not one of a name's or a handle's ("N12", "@x36",
# "Digi24.ro": no digit after a letter's digit either).
_FIGURE = re.compile(r"(?<![^\W_])\d+(?![^\W\d_])")
_SPEECH_QUOTE = re.compile('[:：]\\s*["“„«]')
_QUOTED = re.compile('["“„«]([^"“”„«»]*)["”“»]?')
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
# The calls of Arabic, Persian, Pashto and Urdu promos: follow, subscribe, join, download,
# our channel or page, us.
_ARABIC_CALL = re.compile(
    "تابع|تابعوا|تابعونا|اشترك|اشتركوا|انضم|انضموا|حمّل|قناتنا|صفحتنا|زموږ|کړئ|ما را|کانال ما"
    "|دنبال کنید|عضو شوید|ہمارے|ہمیں|فالو|سبسکرائب|سبسکرایب"
)
_NO_STOP_SCRIPT = re.compile("[\u0e00-\u0eff]")
_HANDLE = re.compile(r"(?<!\w)@\w")


def _unfinished(line: str) -> bool:
    """A short line that ends without a sentence's end (see _UNFINISHED_MAX_WORDS)."""
    return len(line.split()) <= _UNFINISHED_MAX_WORDS and not _FINISHED.search(line)


# The wire's codes closing the copy with no letter at all ("3276**2050", IRNA's): a short run
# of digits joined by a code's marks. A score, a ratio, a number, an agenda's date and time, a
# phone number ("2:1", "11.14", "15/03/2025 - 18:00", "+34 915 123 456") are the story's.
_CODE_LINE_CHARS = 24


def is_code_line(text: str) -> bool:
    """A short line of digits and marks only, no score (see _CODE_LINE_CHARS)."""
    line = text.strip()
    return (
        0 < len(line) <= _CODE_LINE_CHARS
        and any(c.isdigit() for c in line)
        and not any(c.isalpha() for c in line)
        and _CODE.match(line) is not None
    )


# Runs of digits joined by a code's marks ("3276**2050"); not a phone number, a sum of scores.
# … or one run alone in Persian or Arabic-Indic digits, an id's length ("۲۱۶۲۱۶": the news
# code Iranian agencies close with; a helpline's "116123" is the story's).
_CODE = re.compile(r"^\d{2,}(?:[*#]{1,3}\d{2,})+$|^[۰-۹٠-٩]{5,12}$")


# The agency's name and the time the copy moved, in local time and GMT ("--SPA 13:05 LOCAL TIME
# 10:05 GMT"): the name, then times and their zone's words only.
_STAMP_TOKEN = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}|\d{3,4}|\d{1,2}([./-])\d{1,2}\1\d{2}(?:\d{2})?|(?i:local|time|gmt|utc|hrs?|am|pm|[a-z]{1,3}[sd]t|cet|cest|msk|"
    r"ist|wib|jst|kst)|[-–—/|,]+)$"
)


_AGENCY_STAMP_CHARS = 60


def is_agency_stamp(text: str, own: tuple[str, ...] = ()) -> bool:
    """The agency's name followed by the copy's times alone (see _STAMP_TOKEN); or a sender's
    name (and desk initials) over the day, the time and its zone, each of them there
    ("Росбалт 12.03.2024 15:30 МСК", "PPI/SH 12-03-2024 14:52 PKT"): a zone in capitals
    after a full date and time is how a sender stamps its copy, not how a story closes."""
    if len(text) > _AGENCY_STAMP_CHARS:
        return False
    tokens = text.strip().lstrip("-–—( ").replace(")", " ").split()
    if len(tokens) < 2 or not any(t[:1].isdigit() for t in tokens[1:]):
        return False
    name = tokens[0]
    if (m := _SENDER_STAMP.match(" ".join(tokens))) and m["zone"].isupper():
        # The sender by its code in capitals ("PPI/SH"), its name in a script other than
        # Latin ("Росбалт"), or a known or its own name: "Anpfiff 15.03.2024 20:45 MEZ"
        # closing a list of fixtures is the story's.
        sender = name.split("/")[0]
        if (
            sender.isupper()
            or not _LATIN_LETTER.match(sender)
            or canonical_agency(sender)[1]
            or any(sender.casefold() == n.casefold() for n in own if n)
        ):
            return True
    # (… or the desk's code and initials, "(DV/mcs) 14/08/96 15:42": the sender signs)
    desk = _DESK_CODE.fullmatch(name) is not None
    if not (
        desk or canonical_agency(name)[1] or any(name.casefold() == n.casefold() for n in own if n)
    ):
        return False
    return all(_STAMP_TOKEN.match(t) for t in tokens[1:])


# A desk's code in capitals and its editors' initials after slashes ("DV/mcs", "PPI/za").
_DESK_CODE = re.compile(r"[A-Z]{2,6}(?:/[a-z]{1,4}){1,3}")


# A letter of the Latin script (with its accented forms): a sender's name in another script
# is no word of a Latin-script story.
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ɏ]")
_SENDER_STAMP = re.compile(
    r"^[^\W\d_][^\W\d_.]{1,15}(?:/[^\W\d_]{1,4})*\s\d{1,2}([./-])\d{1,2}\1\d{2,4}"
    r"\s\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s(?P<zone>[^\W\d_]{2,4})$"
)


# "Fonte: Agência Senado", "Izvor: FoNet", "Burimi: Kosovapress": the copy's source named on
# its own line after "source" in the wires' languages, a name of a few words and nothing else.
_SOURCE_LABEL = (
    r"^(?:(?i:sources?|quelle|fonte|fuente|bron|kilde|källa|lähde|zdroj|źródło(?: informacji)?|"
    r"forrás|sursa|"
    r"kaynak|izvor|burimi|allikas|avots|šaltinis|извор|джерело|источник|πηγή|эх сурвалж)|"
    r"المصدر|منبع|출처|"
    r"来源|來源|出典|文章来源|文章來源)\s*[:：]\s*"
)
# (a digit only glued to a name's letters: "Zdroj: ČT24", not "Fuente: INE 2023")
_SOURCE_LINE = re.compile(
    _SOURCE_LABEL + r"(?P<name>[\"“„«]?[^\W\d_](?:[^:：.!?,;\d]|(?<=[^\W_])\d){0,50}?)"
    # (… the day it ran after the name: "文章来源 : 中國報 2024.05.12")
    r"(?:\s+\d{4}[./-]\d{1,2}[./-]\d{1,2})?\.?$"
)
# … or a site's domain alone ("منبع: the-star.co.ke"): where the copy was taken from.
_SOURCE_DOMAIN = re.compile(_SOURCE_LABEL + r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.I)
_SOURCE_NAME_WORDS = 4


def is_source_line(text: str, own: tuple[str, ...] = ()) -> bool:
    """A line naming the copy's source alone (see _SOURCE_LINE)."""
    if _SOURCE_DOMAIN.match(text.strip()):
        return True
    m = _SOURCE_LINE.match(text.strip())
    if m is None or len(m["name"].split()) > _SOURCE_NAME_WORDS:
        return False
    # An agency's name, not the figures' source ("Fuente: INE") or a sentence ("Fonte: la
    # polizia lo smentisce."): a known agency, the copy's own, or a news organisation's.
    name = m["name"].strip()
    return bool(
        canonical_agency(name)[1]
        or any(name.casefold() == n.casefold() for n in own if n)
        or _NEWS_ORGANISATION.search(name)
    )


# "All rights reserved" in the languages of the wires.
RIGHTS_RESERVED_WORDS = (
    r"all rights reserved|alle rechte vorbehalten|tous droits réservés|"
    # (… Hebrew "all rights reserved")
    r"כל הזכויות שמורות|"
    r"todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|"
    r"alle rechten voorbehouden|alla rättigheter förbehållna|alle rettigheder forbeholdes|"
    r"alle rettigheter reservert|wszelkie prawa zastrzeżone|hak cipta dilindungi undang-undang|"
    # (Czech: "Autorská práva k obsahu vydání jsou vyhrazena")
    r"práva (?:\w+ ){0,4}jsou vyhrazena|"
    # … and as the wires of the other languages word the same formula.
    r"все права защищены|(?:всі|усі) права захищен[іо]|всички права запазени|tüm hakları saklıdır|"
    r"tout dwa rezève|සියලු හිමිකම් ඇවිරිණි|tüm hakları (?:\S+ ){0,4}aittir|"
    # (… Arabic "publishing rights reserved": "حقوق النشر محفوظة لصحيفة …")
    r"حقوق (?:النشر|الطبع) محفوظة|"
    r"všechna práva vyhrazena|všetky práva vyhradené|minden jog fenntartva|vse pravice pridržane|"
    # (Vietnamese "the copyright belongs to")
    r"bản quyền thuộc về|"
    r"kaikki oikeudet pidätetään|toate drepturile rezervate|sva prava (?:pridržana|zadržana)|"
    r"kõik õigused kaitstud|visas tiesības aizsargātas|visos teisės saugomos|"
    # (Thai "copyright reserved")
    r"สงวนลิขสิทธิ์|"
    # (… Kinyarwanda)
    r"uburenganzira bwose burabitswe|"
    r"جميع الحقوق محفوظة|כל הזכויות שמורות|सर्वाधिकार सुरक्षित|"
    # Urdu and Persian put the holder inside the formula ("جملہ حقوق بحق آئی این پی محفوظ ہیں",
    # "کلیه حقوق این سایت محفوظ است"), in either yeh of the legacy code pages; the Persian
    # words are a minister's too ("تمامی حقوق ملت ایران … محفوظ است"): with this site's or
    # agency's rights only, or their "material and moral" ones.
    r"(?:جملہ|جمله)\s+حقوق(?:\s+\S+){0,8}?\s+محفوظ(?:\s+(?:ہیں|ہيں|ہے))?|"
    r"(?:کلیه|کليه|تمامی|تمامي)\s+حقوق\s+(?:(?:مادی|مادي)\s+و\s+(?:معنوی|معنوي)\s+)?"
    r"(?:(?:این|اين)\s+(?:سایت|سايت|وب\S*|پایگاه|پايگاه|خبرگزاری|خبرگزاري|رسانه)\S*"
    r"|(?<=(?:معنوی|معنوي)\s)\S+)(?:\s+\S+){0,4}?\s+محفوظ"
    r"(?:\s+(?:است|می\s?\u200c?باشد|میباشد|ميباشد|مي\s?باشد))?"
)
RIGHTS_RESERVED = re.compile(rf"\b(?:{RIGHTS_RESERVED_WORDS})", re.IGNORECASE)


# The outlet's terms for reusing its copy, closing it in the wires' languages ("Reprodução
# autorizada mediante citação da Agência Minas.", "Queda prohibida la reproducción total o
# parcial …", "Полная перепечатка текста — только для партнёров агентства по договору."): a
# word of reuse and a word of its condition (forbidden, reserved, by permission, citing the
# source), said of the copy itself. Both are a court story's words too ("El tribunal prohibió
# la reproducción de las imágenes sin autorización"): the notice opens with them, as a formula
# does, or speaks of this copy, the agency's news or its subscribers.
_REUSE_WORD = re.compile(
    r"\b(?:reproduc\w*|reprodu[çc][ãa]o|republica\w*|republish\w*|redistribut\w*|reprint\w*|"
    r"riproduzion\w*|riproducibil\w*|utilizzabil\w*|rediffusion|nachdruck\w*|"
    r"vervielfältig\w*|weiterverbreit\w*|przedruk\w*|kopiowani\w*|eftertryck|ettertrykk|"
    r"eftertryk|gjengivelse|gengive[ns]?|gengivelse|kopiering|overname|jäljentä\w*|másolás\w*|átvétel\w*|"
    r"reproducerea|preluarea|preuzimanj\w*|preuzima\w*|prenošenj\w*|"
    r"перепечат\w*|цитирован\w*|цитуванн\w*|передрук\w*|преузимањ\w*|преземањ\w*|"
    r"kullanılamaz|kullanılabilir|mengutip|pengutipan|"
    # (Armenian "when using": "Նյութերն … օգտագործելիս հղումը … պարտադիր է"; Georgian
    # "reprinting", Arabic "republishing")
    # ("… օգտագործման դեպքում", in the case of use; the clause read may end before its noun)
    r"օգտագործելիս|օգտագործման(?=\s+դեպքում|$)|մեջբերելիս|pārpublicēšan\w*|გადაბეჭდვ\w*|"
    r"بإعادة النشر|إعادة النشر|"
    # … the content used or spread, said of the copy ("Las noticias … pueden difundir este
    # despacho citando …", "materijali se smiju koristiti …").
    r"difundir|diffuser|verbreiten|koristiti|використанн\w*|использовани\w*|използван\w*|"
    # (Belarusian: "Пры выкарыстанні матэрыялаў спасылка на … абавязковая")
    r"выкарыстанн\w*|phát hành lại|đăng lại|"
    # (Lithuanian reproduce and spread, Georgian use, Armenian reprint, Mongolian copy)
    r"atgaminti|platinti|panaudoti|გამოყენებ\w*|արտատպ\w*|хуулбарла\w*|kopjim\w*|"
    # (Greek republishing, reproduction)
    r"αναδημοσίευ\w*|αναπαραγωγ\w*|"
    # (Latvian republishing)
    r"pārpublicē\w*|"
    # (Kazakh "copy-printing", the notice's idiom; "көшіру", copying, is a court's word too)
    r"көшіріп басу\w*|көшіріп басқанда|كۆچۈرۈپ بېسىش\w*|"
    # (Russian and Ukrainian copying, Japanese reprinting, Haitian Creole reproduction,
    # Persian "use of the materials")
    r"копировани\w*|копіюванн\w*|копиране\w*|repwodiksyon|استفاده از مطالب|kopyalanamaz|"
    r"alıntılanamaz|"
    # (Persian republishing, Tajik use)
    r"بازنشر|истифода\w*)"
    # (Japanese "reprinting", no word boundary in its script; Chinese, traditional and
    # simplified)
    r"|転載|轉載|转载",
    re.IGNORECASE,
)
_REUSE_CONDITION = re.compile(
    r"\b(?:permission (?:is )?required|required permission|"
    r"without (?:the )?(?:prior )?(?:express )?(?:written )?(?:permission|consent|"
    r"authori[sz]ation)|prohibited|forbidden|not permitted|with attribution|citing|provided "
    r"that|proibid\w*|vedad\w*|autoriza\w*|permitid\w*|mediante|desde que|obrigat[óo]ri\w*|"
    r"prohibid\w*|citando|sin (?:el )?permiso|abonados|vietat\w*|riservat\w*|a condizione|"
    r"citare|autorizzazion\w*|interdit\w*|autoris\w*|citant|sans (?:l'|l’)?accord|untersagt|"
    r"verboten|genehmigung|zustimmung|quellenangabe|zabronion\w*|zgod\w*|wyłącznie|"
    r"förbjud\w*|ikke tillatt|ikke tilladt|tillatelse|tilladelse|niet toegestaan|toestemming|"
    r"bronvermelding|kielletty|luvalla|engedély\w*|tilos|interzis\w*|citarea|aprobat\w*|"
    r"dozvol\w*|zabranjen\w*|navođenje|запрещ\w*|разрешени\w*|согласи\w*|договор\w*|"
    r"заборонен\w*|дозвол\w*|ссылк\w*|посиланн\w*|гіперпосиланн\w*|позоваване|спасылк\w*|"
    # (Armenian: the reference, "հղումը … պարտադիր է"; "… պարտադիր է" alone is any rule's)
    r"kaynak gösteril\w*|izinsiz|izin\w*|dilarang|հղում\w*|ნებადართულ\w*|მითითებ\w*"
    r"|شريطة|بشرط|ذكر المصدر|ghi rõ(?: nguồn)?|draudžiama|sutikim\w*|აკრძალულ\w*|"
    r"ნებართვ\w*|эх сурвалж\w*|απαγορεύεται|χωρίς (?:την )?άδεια|aizliegt\w*|"
    r"bez rakstiskas atļaujas|pa lejen|"
    # (Kazakh permission, consent)
    r"рұқсат\w*|келісім\w*|"
    # (Haitian Creole forbidden, without authorisation; Persian citing the source, no bar;
    # Russian allowed)
    r"entèdi|san otorizasyon|ذکر منبع|بلامانع|разреш\w*|"
    # (Serbian and Macedonian Cyrillic forbidden, citing)
    r"забрањен\w*|забранет\w*|навођењ\w*|"
    # (Bulgarian forbidden, consent)
    r"забранен\w*|забранява\w*|съгласие\w*|"
    # (Latvian mandatory, Mongolian prohibited, Persian allowed, Tajik mandatory)
    r"obligāt\w*|хориглоно|مجاز است|ҳатмист|"
    # (Kazakh mandatory, Uyghur a condition)
    r"міндетті|شەرت)"
    # (Japanese "without permission", "forbidden")
    r"|許諾なし|許可なく|禁じます|禁止"
    # (Chinese "please do not", "without consent", "may not")
    r"|請勿|请勿|未經同意|未经同意|不得",
    re.IGNORECASE,
)
# The copy spoken of: a word for it after a demonstrative ("este despacho", "this article",
# "цей матеріал") or opening the notice ("Tekst je dozvoljeno preuzimati …"), the agency, its
# newsroom, its news or materials, its subscribers and partners.
_COPY_NOUN = (
    r"(?:article|story|text|content|material|report|news|item|despacho|nota|texto|conteúdo|"
    r"contenido|not[íi]ci|matéria|artigo|articolo|notizi|testo|dépêche|texte|contenu|"
    r"meldung|artikel|artikl|beitrag|inhalt|bericht|tekst|treść|artykuł|članak|sadržaj|"
    r"материал|текст|статья|статьи|новость|матеріал|новина|yazı|haber|berita|konten)\w*"
)
_REUSE_SELF = re.compile(
    r"\b(?:(?:this|these|our|este|esta|estes|estas|deste|desta|destes|ce|cet|cette|ces|"
    r"questo|questa|questi|dieser|diese|dieses|dit|deze|tämän|tego|tej|този|тази|"
    r"этот|эта|этого|этой|цей|ця|цього|цієї|bu)\s+" + _COPY_NOUN + r"|" + _COPY_NOUN + r"\s+ini\b)",
    re.IGNORECASE,
)
# … weaker: the agency, its newsroom, its news or materials, its subscribers and partners;
# with the formula's opening only ("Under the court order, the agency is prohibited from
# republishing …" is news).
_REUSE_SERVICE = re.compile(
    r"\b(?:agen(?:cy|cia|zia|ce)\b|agência|агентств\w*|агенци\w*|ajans\w*|kantor berita|"
    r"redak\w*|redacci\w*|redaç\w*|redazione|rédaction|редакц\w*|"
    r"subscri\w*|abonad\w*|abonn\w*|abone\w*|pelanggan|partner\w*|parceir\w*|"
    r"партн[её]р\w*|materials?\b|materiał\w*|materiale\w*|materijal\w*|материал\w*|"
    r"матеріал\w*|матэрыял\w*|նյութ\w*|მასალ\w*|website này|trang web này|мэдээлл\w*|сонин\w*|"
    r"ماتېرىيال\S*|"
    r"informacij\w*|medžiag\w*|materiāl\w*|εκδότ\w*|ιστοσελίδ\w*|κείμεν\w*|κειμέν\w*|άρθρ\w*|"
    r"noticias|"
    # (… the site's content, South Slavic: "Zabranjeno preuzimanje sadržaja bez …")
    r"sadržaj\w*|sadrzaj\w*|садржај\w*|"
    r"notícias|notizie|nouvelles|haberleri|vijesti|вести|новости|новини|مطالب)",
    re.IGNORECASE,
)
_COPY_OPENING = re.compile(r"^\W*(?:\w+\s+)?" + _COPY_NOUN, re.IGNORECASE)
# The formula's opening words: the reuse or its condition first ("Riproduzione riservata",
# "Queda prohibida la reproducción …", "При цитировании …").
_REUSE_OPENING_WORDS = 2
_REUSE_FORMULA_WORDS = 8
_REUSE_CLAUSE_WORDS = 5
# (… after the outlet's materials named first, "partial or full" may stand before it too:
# "Aravot.am-ի նյութերի մասնակի կամ ամբողջական օգտագործման դեպքում …")
_REUSE_MATERIALS_CLAUSE_WORDS = 7
_MATERIALS = re.compile(
    r"\b(?:materials?|материал\w*|матеріал\w*|матэрыял\w*|նյութ\w*|მასალ\w*|materijal\w*|"
    r"materiał\w*|materiale\w*|materiāl\w*|medžiag\w*|мэдээлл\w*|мавод\w*|مطلب)",
    re.IGNORECASE,
)
_REUSE_NOTICE_WORDS = 15
# The piece, named first, "may be reproduced" ("Este artículo puede ser reproducido libremente
# …", "This story may be republished …"): its terms, opening the line ("Segundo este artigo
# da Constituição, o texto não pode ser reproduzido …" is about a law's article).
_MAY_BE_REPRODUCED = re.compile(
    # (… or German's "naming X, taking it over is free": "… Unter Nennung von CORRECTIV und mit
    # Verlinkung ist eine Übernahme kostenlos möglich.")
    r"^.{0,120}?\bunter nennung (?:der quelle|von)\b.{0,60}\b(?:übernahme|übernommen|verwendet"
    r"|nachgedruckt)\b|"
    r"^\W*(?:este|esta|this|questo|questa|cet|cette|ce|dieser|diese|dieses)\s+(?:\w+\s+){1,2}?"
    r"(?:puede|pode|può|may|peut|can|darf|kann)\s+(?:ser|essere|be|être|werden)?\s*(?:libremente\s+"
    r"|livremente\s+|liberamente\s+|freely\s+|librement\s+)?"
    r"(?:reproducid|reproduzid|riprodott|reproduced|reproduit|republished|republicad|republicat"
    r"|ripubblicat)\w*",
    re.IGNORECASE,
)
_LINKED_NOTICE_WORDS = 18
_HYPERLINK = re.compile(r"(?i:гиперссылк|гіперпосилан|hyperlink|hiperlink|hiperveza|hivatkoz)")
_REUSE_NOTICE_CHARS = 450
# A name, then the terms in brackets.
_BRACKETED_TAIL = re.compile(r"^[^()]{1,60}\((?P<terms>[^()]{10,})\)\.?$")
# Someone's words: a quotation opening or a verb of saying ("…," she said).
_SAYING = re.compile(
    r"^[\"“„«]|\b(?:said|says|told|ruled|found|decided|sagte|dijo|disse|a déclaré|ha detto"
    r"|έκρινε|δήλωσε|είπε|ανέφερε"
    # (… and the Slavic and Turkish verbs: "…, сказав адвокат.", "… – powiedział sędzia.")
    r"|сказа\w*|заяви\w*|повідоми\w*|сообщи\w*|rekao|rekla|powiedzia\w*|řekl\w*|dedi"
    # (… Bulgarian "said", "announced", "promised"; Polish "appeals"; Kazakh "said")
    r"|каза\w*|съобщи\w*|обещаха|apeluje|apelował\w*|деді|айтты)\b|دېدى"
    # (… and a court's or a speaker's verb in Chinese: "法院认为，未经许可不得转载…")
    r"|认为|認為|表示|指出|判决|判決|裁定",
    re.I,
)
# A name in quotes opening the notice ("„ბათუმელების“ მასალის გადაბეჭდვა …"), no one's words: a
# few words with no word of the notice itself ("“Reproduction prohibited” signs went up …" quotes
# one).
# (… a case's ending glued to it by a hyphen: "«Իրատես»-ի նյութերը …")
_QUOTED_NAME = re.compile(r"^[\"“„«]([^\"“”„«»]{1,40})[\"”“»](?:-\w{1,6})?\s+\S")
# The holder's mark opening the notice or its sentence, or after a source's label ("Source:
# The Straits Times © SPH Media Limited. Permission …"); "… of the © Getty Images photos …"
# is a sentence's.
_NOTICE_MARK = re.compile(
    r"(?:^|[.!?]\s+|\b(?i:source|fuente|fonte|quelle|źródło|bron|kilde|källa|sumber|nguồn)"
    r"\s*:[^.!?]{0,60}?)\s*©"
)


def is_reuse_notice(text: str) -> bool:
    """A short paragraph setting the terms of reuse of the copy (see _REUSE_WORD), no one's
    words.

    >>> is_reuse_notice("Riproduzione riservata"), is_reuse_notice("Reproducción prohibida.")
    (True, True)
    >>> is_reuse_notice("El tribunal prohibió la reproducción de las imágenes sin autorización.")
    False
    """
    line = text.strip()
    if len(line) > _REUSE_NOTICE_CHARS:
        return False
    quoted = _QUOTED_NAME.match(line)
    named = quoted is not None and not (
        _REUSE_WORD.search(quoted[1]) or _REUSE_CONDITION.search(quoted[1])
    )
    if _SAYING.search(line[quoted.end() - 1 :] if named and quoted else line):
        return False
    if (inner := _BRACKETED_TAIL.match(line)) is not None:
        line = inner["terms"]  # "Agência Senado (Reprodução autorizada …)": the terms
    if _MAY_BE_REPRODUCED.match(line):
        return True  # "Este artículo puede ser reproducido libremente citando a X …"
    if not (_REUSE_WORD.search(line) and _REUSE_CONDITION.search(line)):
        return False
    if _COPY_OPENING.match(line) or _REUSE_SELF.search(line):
        return True  # said of this copy: "Tekst je …", "… de este despacho …"
    if _NOTICE_MARK.search(line) or RIGHTS_RESERVED.search(line):
        # beside its holder's mark or the rights formula: "Source: X © Y Ltd. Permission
        # required for …", "… جميع الحقوق محفوظة لوكالة قدس برس. يسمح بإعادة النشر شريطة …"
        return True
    # A formula opening with the reuse or its condition: short, or said of the agency's
    # service ("Reproduction of the artworks is prohibited without the museum's consent."
    # is news).
    words = line.split()
    opening = " ".join(words[:_REUSE_OPENING_WORDS])
    formula = bool(_REUSE_WORD.search(opening) or _REUSE_CONDITION.search(opening))
    if formula and (len(words) <= _REUSE_FORMULA_WORDS or _REUSE_SERVICE.search(line)):
        return True
    # … or the reuse a few words in, in a short notice of the agency's service ("При полном
    # или частичном использовании материалов ссылка на АКИpress обязательна.").
    clause = " ".join(words[:_REUSE_CLAUSE_WORDS])
    longer = " ".join(words[:_REUSE_MATERIALS_CLAUSE_WORDS])
    reused = _REUSE_WORD.search(clause) or (
        (found := _REUSE_WORD.search(longer)) is not None
        and _MATERIALS.search(longer, 0, found.start()) is not None
    )
    # (a notice asking for a hyperlink may run a few words longer: "Полное или частичное
    # копирование материалов разрешено только с активной гиперссылкой на ИА X")
    most = _LINKED_NOTICE_WORDS if _HYPERLINK.search(line) else _REUSE_NOTICE_WORDS
    return len(words) <= most and bool(reused) and bool(_REUSE_SERVICE.search(line))


def is_closing_reuse_notice(text: str) -> bool:
    """A paragraph whose last sentence is a reuse notice (is_reuse_notice) after a few words
    of the outlet's own ("Flensborg Avis – dagblad for danske i Sydslesvig siden 1869.
    Artiklen må ikke gengives uden tilladelse.")."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    if len(sentences) < 2 or _SAYING.search(text):
        return False
    before = " ".join(sentences[:-1])
    # (the outlet's tagline: its name, a dash, what it is; "The exhibition opens on Friday."
    # before the terms is a story's sentence)
    return (
        len(before.split()) <= _REUSE_TAGLINE_WORDS
        and _TAGLINE.match(before) is not None
        and is_reuse_notice(sentences[-1])
    )


_REUSE_TAGLINE_WORDS = 12
_TAGLINE = re.compile(r"^[^\W\d_][^.!?–—]{0,40}\s[–—-]\s\S")


# A newsletter in the wires' languages (a promo's object beside a call to action).
NEWSLETTER = re.compile(
    # (… Slovenian "e-news")
    r"\b(?i:e-novic\w+|newsletter\w*|nyhetsbrev\w*|nyhedsbrev\w*|nieuwsbrief|infolettre|boletín|bülten\w*|"
    r"uutiskirje\w*|uudiskir\w*|النشرة (?:البريدية|اليومية)|"
    r"hírlev[eé]l\w*|рассылк\w*|розсилк\w*|бюлетин\w*|buletin\w*)"
)


# A pointer to another story: a label, then a headline ending in its date in brackets ("Aiheesta
# aiemmin: Oulun uimahallit ennätyksessä (Kuura 14.11.)", "Sur le même sujet : « Le leu au plus
# bas » (2 juillet).", "▶ 华东社此前报道：《…》（6月3日）"), in any language: the form says it.
_OPENING_LABEL = re.compile(r"^[^:：.!?。]{2,60}[:：]\s*\S")
# "Veja também → X", "Le puede interesar ➜ X", "ALSO ON THE WIRE >> X", "相關新聞》X": a label of
# a few words, one arrow, another story's headline of a few words (no sentence, no second
# arrow: "Route Berlin → Hamburg → München" is a route).
_ARROW_LINK = re.compile(
    r"^[^\W\d][^.!?。:：→➜►▶»》>]{1,40}?\s*(?:→|➜|►|▶|>>|》)[^→➜►▶»》>]*[^\s→➜►▶»》>][^→➜►▶»》>]*$"
)
_ARROWS = ("→", "➜", "►", "▶", ">>", "》")


def _arrow_link(line: str) -> bool:
    """_ARROW_LINK on a line of one arrow (counted first: with a second one the pattern would
    try every split of the text between them)."""
    if _FIGURE_ARROW.search(line):
        return False  # "40円→50円": a figure changed, in a sentence of the story
    if line.rstrip().endswith(("。", "！", "？")):
        return False  # "…京沪高铁北京→上海方向的车票已全部售罄。": a sentence, a route in it
    line = _TITLE_MARKS.sub("", line)
    return sum(line.count(a) for a in _ARROWS) == 1 and bool(_ARROW_LINK.match(line))


# A title in the Chinese book-title marks ("《勞動基準法》"): its closing mark is no arrow.
_TITLE_MARKS = re.compile(r"《[^《》]{0,80}》")


# An arrow between two figures ("41億円→46億円", "7.3% → 20.4%"): a change of value.
_FIGURE_ARROW = re.compile(r"\d\S{0,3}\s?[→➜]\s?\d")


_ARROW_LABEL_WORDS = 5
_ARROW_HEADLINE_WORDS = 3
# The date in the brackets as numbers ("14.11.", "10/7", "6月3日", "2024-05-03"), a source's name
# before it ("Kuura 14.11."); a month's name ("2 juillet", "Aug 7") only after a quoted
# headline: "(14 titres)", "(Terminal 2)" are no dates, and month names are a list per language.
_NUMERIC_DATE = r"\d{1,2}[./]\s?\d{1,2}\.?(?:\s?\d{2,4})?|\d{1,2}月\d{1,2}日|\d{4}-\d{2}-\d{2}"
_MONTH = r"(?:[^\W\d_\u0900-\u0dff]|[\u0900-\u0dff]){3,12}"  # a word, Indic signs too
_WORD_DATE = rf"\d{{1,2}}\.?\s{_MONTH}\.?(?:\s\d{{4}})?|{_MONTH}\.?\s\d{{1,2}}\.?(?:,?\s\d{{4}})?"
_SOURCE_BEFORE = r"(?:[^()（）\d]{1,20}[\s,]\s*)?"
_DATED_TAIL = re.compile(rf"[(（]{_SOURCE_BEFORE}(?:{_NUMERIC_DATE})\s*[)）]\s*[.。]?$")
_QUOTED_DATED_TAIL = re.compile(
    rf"[»”“\"'’》」]\s*[(（]{_SOURCE_BEFORE}(?:{_WORD_DATE})\s*[)）]\s*[.。]?$"
)


# A player's label: the clip's running time in brackets closing its label or the line ("Clip
# (2:05): …", "… Ballószögön (1:40)"; a time of day stands inside a sentence) or a player's
# glyph opening the line ("▶ …", "🎧 …"); beside a label it is the player, not story.
MEDIA = re.compile(r"^[▶▷►🎧🎥🎬📹🔊]")
# A listening label in words with its length in minutes ("Audio version of this story (3
# min)", "Hear this story read aloud (9 min)", "Artikel anhören (4 Min.)"): a player's.
_LISTEN = re.compile(
    r"\b(?i:audio|listen|hear|read aloud|anhören|vorlesen|écouter|écoutez|escuchar|escucha|"
    r"ascolta|ouvir|ouça|"
    r"luister|lyssna|lytt|kuuntele|posłuchaj|poslechněte)\b"
)
_LISTEN_WORDS = 12
_PLAYER_LABEL_WORDS = 5
# Japanese "can be seen, read in the digital edition": the paper's pointer to it.
_EDITION_CALL = re.compile(r"電子版(?:で|にて)(?:ご覧|お読み|お楽しみ)(?:いただけます|ください)")
# What a report shows, found, reveals: a story about a study, not the piece's funder.
_FINDINGS = re.compile(
    r"\b(?i:shows?|showed|found|finds|reveals?|revealed|zeigt|zeigte|ergab|ergibt|menunjukkan"
    r"|mengungkap\w*|muestra|mostró|revela|révèle|montre|mostra|mostrou|rivela|показал\w*"
    r"|показывает|свідчить|показує|wykazał\w*|pokazuje|ukazuje|kimutat\w*)\b"
)
# "Click here" in the outlet's languages: the reader sent to a link, no story's words.
_CLICK_HERE = re.compile(
    r"\b(?i:click here|klicken sie hier|cliquez ici|haga clic aquí|haz clic aquí|clique aqui"
    r"|clicca qui|klik hier|kliknij tutaj)\b|येथे क्लिक करा|यहां क्लिक करें|यहाँ क्लिक करें"
    r"|এখানে ক্লিক করুন|இங்கே கிளிக் செய்य|اضغط هنا"
    # (… Malayalam "click": "… ക്ലിക്ക് ചെയ്യൂ"; Chinese "please browse", "please log on to")
    r"|ക്ലിക്ക് ചെയ്യൂ|请浏览|請瀏覽|请登录|請登入"
)
_LISTEN_LEAD_WORDS = 3
_DURATION_END = re.compile(
    r"[(（]\s*\d{1,3}\s*(?i:min|mins|minutes?|minuten|minutos?|minuti|mn)\.?\s*[)）]\s*$"
)
RUNNING_TIME = re.compile(r"[(（]\s*\d{1,2}[:：]\d{2}\s*[)）]\s*(?:[:：]|$)")


# A label of a few words, its colon (Khmer's "៖" too) or a spaced dash, then another story's
# headline: the "see also" line in words no list holds ("Nûçeyên têkildar: …", "Inkuru
# bijyanye: …", "Oxşar xəbərlər: …", "ये भी पढ़ें- …").
_LABELLED_LINE = re.compile(
    # (… or a spaced pipe: "اقرأ/ي أيضًا | الناصرة: …")
    r"^(?P<label>[^\W\d_][^:：៖՝፦|\d\n]{0,30}?)\s*(?:[:：៖՝፦]|\s?[-–—]\s|\s\|\s)\s*(?P<rest>\S.*)$"
)
_LABELLED_LABEL_WORDS = 3
# Words of a see-also label's concept (read, see, more, also, related, news), as word starts.
_SEE_ALSO_WORD = re.compile(
    r"(?:^|(?<=[\s\-]))(?:read|lire|lea|leer|leggi|leia|lies|lees|läs|les\b|czytaj|čtěte|čítajte"
    r"|čitajte|pročitajte|preberite|preberi|karanta|li tou|citeste|citește|oku|baca|basahin"
    r"|đọc|faitau|darllen|see\b|voir|vea"
    r"|vedi|siehe|zie\b|zobacz|viz\b|vezi|bkz|lihat|xem|related|connexe|relacionad|correlat"
    r"|verwandt|gerelateerd|relaterad|relatert|powiązan|související|súvisiac|kapcsolódó|ilgili"
    r"|terkait|berkaitan|liên quan|têkildar|bijyanye|oxşar|benzer|similar|more\b|plus\b|más\b"
    r"|più\b|mais\b|mehr\b|meer\b|mer\b|więcej|více|viac|több|daha|lagi|thêm|also|aussi"
    r"|también|anche|também|auch\b|ook\b|också|też|tiež|také|juga|din\b|cũng|news|nouvelles"
    r"|noticias|notizie|notícias|nachrichten|nieuws|nyhet|wiadomości|zprávy|správy|hírek|haber"
    r"|berita|balita|tin\b|nûçe|inkuru|xəbər|smotrite|смотр|читай|прочит|связан|пов.язан|также"
    r"|також|ещё|більше|новост|новин|вижте|прочетете|още|ראו|קרא|עוד|גם|חדשות|اقرأ|إقرأ|شاهد"
    r"|ذات صلة|أيضا|المزيد|أخبار|بخوان|مرتبط|بیشتر|اخبار|पढ़|देख|संबंधित|ख़बर|खबर|পড়|সম্পর্কিত"
    r"|খবর|อ่าน|ข่าว|អាន|ព័ត៌មាន|ተዛማጅ|ዜና|関連|読|閱讀|阅读|相关|相關|延伸|新聞|新闻|관련|기사|뉴스"
    # … and the labels that point to another story by its topic or the reader's interest ("Zum
    # Thema", "По теме", "Te recomendamos", "Potrebbe interessarti", "Don't miss", "Top
    # stories", "Zum Weiterlesen", "İlginizi çekebilir"), as the phrases' own forms: the
    # nouns alone head a story's parts ("Recomendaciones", "Thema: …", "Miss Universe: …",
    # "Draft picks", "Success stories", "Interessenkonflikt")
    r"|zum thema\b|по теме\b|на тему\b|по темі\b|recomendamos|recomendad[oa]s?\b"
    r"|raccomandat[io]\b|interessarti|interessar\b|interesar\b|don.?t miss\b|do not miss\b"
    r"|(?:editor.?s|our|top|staff) picks\b|(?:top|other|more|latest|trending|featured) stories\b"
    r"|weiterlesen|ilginizi|i̇lginizi"
    # … and "read also" in Aragonese, Kashubian, Bislama, Māori, Zulu, Armenian, Georgian
    r"|leye\b|tamién|czëtôj|téż|rid tu|pānuitia|hoki\b|funda\b|futhi\b|կարդաց|նաև|წაიკითხ"
    # … Papiamento, Malagasy, Swahili and Kinyarwanda, Javanese read; Mongolian related, news
    r"|ასევე|lesa\b|vakio\b|soma\b|waca\b|холбоотой|мэдээ"
    # … Kurmanji and Romansh read
    r"|bixwîne|legia\b"
    # … and related, read and news in the Dravidian scripts and Sinhala, Gujarati, Punjabi
    r"|தொடர்புடைய|படிக்க|செய்திகள்|సంబంధిత|చదవండి|ಸಂಬಂಧಿತ|ಓದಿ|ബന്ധപ്പെട്ട|വായിക്കുക|අදාළ|"
    r"කියවන්න|સંબંધિત|વાંચો|ਸਬੰਧਤ|ਪੜ੍ਹੋ)"
)
_LABELLED_HEADLINE_WORDS = 4
# The see-also phrases printed without a colon before the headline's capital.
_UNSEPARATED_SEE_ALSO = re.compile(
    r"^((?i:à lire aussi|a lire aussi|lire aussi|à voir aussi|see also|read also|lesen sie auch"
    r"|leia também|lea también|leggi anche))\s+(?=[A-ZÀ-ÞА-ЯΑ-Ω])"
)
_LABELLED_HEADLINE_CHARS = 15  # in a script written without spaces
_LABELLED_MAX_CHARS = 220
_LABELLED_NUMBERS = 2  # a row of figures ("January – 97 thousand, February – 89 …") is data
_ANY_QUOTE = re.compile('["“”„«»「」『』]')
_NUMBER = re.compile(r"\d+(?:[.,]\d{3})*")


# A see-also label alone on its line, as the pages print it over another story's headline
# ("Kapcsolódó", "KAUGNAY NA BALITA", "আরো পড়ুন", "Още по темата"): a few words in the
# concept's words, or an in-depth or video pointer's ("Approfondimento", "Featured Video Of
# The Day"), no sentence, no figure.
_SEE_ALSO_LABEL_WORDS = 5
_SEE_ALSO_LABEL_CHARS = 40
# (the video word whole: "Videobeweis", "Videoüberwachung" head a story's parts)
_POINTER_WORD = re.compile(r"(?i:approfond|(?<!\w)(?:video|vídeo|видео|відео|ویدیو|فيديو)s?(?!\w))")


def is_see_also_label(text: str) -> bool:
    """A see-also label alone on its line (its headline on the next).

    >>> is_see_also_label("Kapcsolódó"), is_see_also_label("More trouble ahead for the club.")
    (True, False)
    """
    line = " ".join(text.split()).rstrip(":：")
    if (
        not line
        or len(line) > _SEE_ALSO_LABEL_CHARS
        or len(line.split()) > _SEE_ALSO_LABEL_WORDS
        or is_sentence(line)
        or any(c.isdigit() for c in line)
    ):
        return False
    return _concept_label(line.casefold()) or _POINTER_WORD.search(line) is not None


_CASELESS_LABEL_CHARS = 4
# A concept word's stem this long may take an ending ("relacionad|as", "powiązan|e"); a
# shorter one is the word itself ("read", not "Reading:"; "news", not "Newsom:").
_CONCEPT_STEM_CHARS = 6


def _concept_label(label: str) -> bool:
    """The (case-folded) label holds a see-also concept's word: whole, or a long stem's."""
    for m in _SEE_ALSO_WORD.finditer(label):
        end = m.end()
        word_end = end
        while word_end < len(label) and label[word_end].isalnum():
            word_end += 1
        if word_end == end or end - m.start() >= _CONCEPT_STEM_CHARS:
            return True
    return False


def labelled_by_concept(text: str) -> bool:
    """The line's label is a see-also concept's (see _concept_label): a list of such lines is
    the outlet's links, not the story's labelled facts."""
    m = _LABELLED_LINE.match(" ".join(text.split()))
    return m is not None and _concept_label(m["label"].strip().casefold())


def is_labelled_headline(text: str) -> bool:
    """A line that is a label and another story's headline, no sentence: what agency copy
    links to between its paragraphs ("Oxşar xəbərlər: Qaxda ipəkçilik …"). A quote, figures,
    a sentence's end, or a script written without full stops (Thai, Lao) say the story's.

    >>> is_labelled_headline("Nûçeyên têkildar: Li Kobanê festîvala şanoyê bi dawî bû")
    True
    >>> is_labelled_headline("The minister said: the plan will be ready by June.")
    False
    """
    # (a bullet or an arrow may lead the label: "▶ 관련 기사: …")
    line = " ".join(text.split()).lstrip("▶►▷•→➜» ")
    # (… a headline may ask: "ተዛማጅ ዜና፦ … ስንት ነው?", after a see-also label only)
    question = line.endswith(("?", "？"))
    if (
        len(line) > _LABELLED_MAX_CHARS
        or (is_sentence(line) and not question)
        or _NO_STOP_SCRIPT.search(line)
    ):
        return False
    # (… the label without its colon, as French pages print it: "À lire aussi Ehpad privés : …")
    line = _UNSEPARATED_SEE_ALSO.sub(r"\1: ", line, count=1)
    m = _LABELLED_LINE.match(line)
    if m is None or len(m["label"].split()) > _LABELLED_LABEL_WORDS:
        return False
    label = m["label"].strip()
    # The label says what the line is by its words: read, see, more, also, related, news (in
    # the wires' languages: the concept, not a phrase) or a picture's; a label of other words
    # is a story's own ("Best supporting actress: X", "Wahlkreis Nord: …", a crosshead).
    # (in a script without case a label is rarer as a crosshead's, and the concept's words are
    # many: such a label stands as it is)
    # (… one word of a caseless script four characters long at least, "延伸閱讀", "관련기사":
    # "外交部：", "背景：", "مصر:" are a crosshead's or an attribution's)
    caseless = not any(c.isupper() or c.islower() for c in label if c.isalpha())
    one_word = len(label.split()) < 2
    # (Turkish capitals fold with a dot above each i: "İLGİNİZİ" reads as "ilginizi")
    concept = _concept_label(label.casefold().replace("i\u0307", "i"))
    if not (
        (caseless and (not one_word or len(label) >= _CASELESS_LABEL_CHARS))
        or concept
        or _PICTURE_LABEL.match(label)
    ) or (question and not concept):
        return False
    rest = m["rest"]
    # (a quote after a label of other words is a speaker's; after "read also" a name in
    # quotes is the headline's: "Կարդացեք նաև՝ Մետրոյի «Աջափնյակ» կայարանի …")
    # (… a row of figures under a label of other words is data: "January – 97 thousand, …")
    if (_ANY_QUOTE.search(rest) or len(_NUMBER.findall(rest)) >= _LABELLED_NUMBERS) and not concept:
        return False
    # Another story's headline opens with a capital (or in a script without case): "What
    # happens next: the council votes …" and "Maria Lopez – a teacher …" go on a sentence.
    first = next((c for c in rest if c.isalpha()), "")
    if first.islower():
        return False
    words = rest.split()
    spaceless = len(words) < _LABELLED_HEADLINE_WORDS and not re.search(
        r"\s", rest[:_LABELLED_HEADLINE_CHARS]
    )
    # (… or its clauses spaced apart, as Chinese headlines are: "广州今夏将迎来多轮高温天气
    # 市民出行注意防暑")
    caseless_letters = sum(c.isalpha() and not (c.isupper() or c.islower()) for c in rest)
    cjk_concept = concept or _CJK_SEE_ALSO.search(label) is not None
    return (
        len(words) >= _LABELLED_HEADLINE_WORDS
        or (spaceless and len(rest) >= _LABELLED_HEADLINE_CHARS)
        or (cjk_concept and caseless_letters >= _LABELLED_HEADLINE_CHARS)
    )


# The see-also words of Chinese and Japanese labels, inside their compounds ("推荐阅读").
_CJK_SEE_ALSO = re.compile(r"阅读|閱讀|推荐|推薦|延伸|相关|相關|关联|關聯|精选|精選|热门|熱門|関連")


def is_cross_link(text: str) -> bool:
    """True for a 'see also' line: a label, then another story's headline and its date.

    >>> is_cross_link("Aiheesta aiemmin: Oulun uimahallit ennätyksessä (Kuura 14.11.)")
    True
    >>> is_cross_link("The council voted on Tuesday (12 to 3).")
    False
    """
    line = text.strip()
    if _arrow_link(line):
        label, _, headline = re.split(r"(→|➜|►|▶|>>|》)", _TITLE_MARKS.sub("", line), maxsplit=1)
        return (
            not is_sentence(line)
            and len(label.split()) <= _ARROW_LABEL_WORDS
            and len(headline.split()) >= _ARROW_HEADLINE_WORDS
        ) or bool(CJK.search(headline) and len(headline) >= _ARROW_HEADLINE_WORDS * 2)
    if not _OPENING_LABEL.match(line):
        return False
    tail = line[-60:]
    return bool(_DATED_TAIL.search(tail) or _QUOTED_DATED_TAIL.search(tail))


# A line that only names the agency the copy came from, as the wires close or open their copy:
# "(PAP)", "/ritzau/", "(©NTB)", "TT", "(APA, 24.4.2025)", "Bron: ANP", "ΠΗΓΗ: ΑΠΕ-ΜΠΕ",
# "Quelle: sda", "（共同通信）", "Press Association 2025": brackets, slashes, the copyright
# mark, a date and a one-word label around a name that is a known agency or the copy's own.
_AGENCY_LINE_MAX_CHARS = 60
_AGENCY_LINE_LABEL = re.compile(r"^([^\W\d_]{2,12})\s*[:：]\s*")
_AGENCY_LINE_WRAP = re.compile(r"^[\s(（\[【/©–—-]+|[\s)）\]】/.。|,–—-]+$")
# A date, a time or both after the name ("(APA, 24.4.2025)", "STA | 4. 3. 2025, 14:32").
_AGENCY_LINE_DATE = re.compile(
    r"[,|\s]+(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}|\d{1,2}[:.]\d{2}(?::\d{2})?)$"
)
# "Avec MAP", "With AFP", "Con EFE": the agency the copy was written with; or its material
# ("Mit Material von dpa", "Con información de EFE", "Com informações da Agência Brasil").
_AGENCY_LINE_WITH = re.compile(
    r"^(?:with|avec|con|com|mit|met|z|med)\s+(?:(?:material|materiaal|informa\w{0,6}|info)"
    r"\s+(?:von|from|of|de|del|da|do|des|du|di|della|van|från|fra)\s+)?",
    re.IGNORECASE,
)
# "SAnews.gov.za": the agency's site for its name.
_AGENCY_LINE_SITE = re.compile(r"\.(?:gov\.|com?\.|org\.)?[a-z]{2,4}$")
# A picture's label before the name is its credit ("Foto: ANP"), read with the captions.
_PICTURE_LABEL = re.compile(
    r"^(?:photos?|fotos?|fotó|bild|kuva|zdjęcie|φωτ\w*|фото|фота|снимка|image|picture|credit|"
    r"crédito|sawir\w*|picha|сурет|तस्बिर|तस्वीर|फोटो|ছবি|ფოტო|صورة|تصوير|عکس)$",
    re.IGNORECASE,
)


# The copy's staff credits: "(Reporting by …; Editing by …)", "Associated Press writers …
# contributed to this report." — neither story nor a note to readers (a page's truth keeps
# them); the notes around them are read past them.
STAFF_CREDIT = re.compile(
    r"^\(?(?:(?:additional )?reporting|writing|editing|edited|compiled) by\b"
    r"|\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?\)?$",
    re.IGNORECASE,
)
# A reporter's e-mail address alone on the last line (Yonhap's "sykim@yna.co.kr"), or after
# the desk's "Write to" (Dow Jones: "Write to Megan Holloway at megan.holloway@wsj.com").
EMAIL_LINE = re.compile(
    # (… or after a short label of its own and its colon: "לתגובות: news@…", for responses)
    r"^(?:[^\W\d_][^\W\d_ ]{1,15}(?: [^\W\d_]{1,15})?\s?[:：]\s*)?"
    r"\(?(?:(?:write to|contact|e-?mail)\s+[^@\n]{1,60}?\s+at\s+"
    # (… "Send comments to Internet address: grains@bridge.com", BridgeNews's)
    r"|send (?:comments|questions|feedback|tips|story ideas)\b[^@\n]{0,40}?[:\s]\s*)?"
    # … the address written out against harvesters too ("(Contact X at x(at)shns.com.)").
    r"[\w.+-]{1,40}(?:@|\s?[(\[]at[)\]]\s?)[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}\.?\)?\.?$",
    re.IGNORECASE,
)
# A desk's role and a name closing the copy ("Edição: Fernando Fraga", "autor: Magdalena Dąbek",
# "Pewarta: Yohanes Wadu"): its sign-off in words, in the wires' languages (a closed set).
_ROLES = (
    r"autor(?:ka|es|a)?|author|editor(?:a|ial)?|edi[çc][ãa]o|edici[óo]n|redakce|redakcja|texto|"
    r"redaktor(?:ka)?|toimittaja|pewarta|penulis|reporter|rep[óo]rter|reportero|redacci[óo]n|"
    r"reda[cç][ãa]o|редактор|редакция|автор|аутор(?:ка)?|编辑|編輯|记者|記者"
    r"|(?:栏目|欄目|文字|图片|圖片|视频|視頻)?(?:主编|主編|编辑|編輯)"
)
# One role and name or several in a row, maybe closed by the agency's copyright ("Pewarta: X
# Editor: Y COPYRIGHT © ANTARA 2024").
ROLE_LINE = re.compile(
    rf"^(?:(?:{_ROLES})\s*[:：]\s*[^\W\d_][^:：.!?\d©;]{{1,40}}?\s*;?\s*){{1,4}}"
    r"(?:(?:copyright\s*)?©.{1,40})?$",
    re.IGNORECASE,
)


# The staff a closing line credits, by role: the writers' roles (whose names are the copy's
# authors when nothing else names one) and the editors' ("Autor: Ivana Perić", "Pewarta: X |
# Editor: Y", "Reportagem – X Edição – Y", "责任编辑：李桐", "Mhariri: X"); the label then a
# colon, or a spaced dash.
_WRITER_ROLES = (
    r"autor(?:ka|es|a)?|author|penulis|pewarta|wartawan|reporter|rep[óo]rter|reportero|texto|"
    r"reportagem|reportaje|jornalista|periodista|giornalista|journalist|автор|аутор(?:ка)?|記者|"
    r"συντάκτης|συντάκτρια|"
    r"记者|mwandishi|"
    # (Tajik "author", Hausa "report", a CMS's "Posted By")
    r"муаллиф|rahoto(?:n)?|posted by|"
    # Chinese "text/" (文／X, a byline), Thai "news" (ข่าว : X)
    r"作者|文(?=\s*[/／])|ข่าว|报道|報導|报导|"
    # Republika's "Rep: X/ Red: Y" (reporter, redaktur)
    r"rep(?=\s*:)|"
    # (… "correspondent" and Turkish, Azerbaijani, Uzbek "reporter": "Muhabir: Elif Kaya")
    r"muhabir|müxbir|muxbir|correspondent|corresponsal|correspondente|corrispondente|szerző|"
    # (… Finnish, Polish and Norwegian "text": "Teksti: Minna Karvonen")
    r"teksti|tekst|"
    r"korrespondent|корреспондент|кореспондент"
)
_EDITOR_ROLES = (
    r"editor(?:a)?|edit[óo]r|edi[çc][ãa]o|edici[óo]n|redakce|redakcja|redaktor(?:ka)?|"
    r"redacci[óo]n|reda[cç][ãa]o|редактор|(?:责任|責任)?(?:编辑|編輯)|责编|責編|校对|校對|mhariri|เรียบเรียง|"
    # (… a Chinese paper's column, text, picture and video editors: "栏目主编：X 文字编辑：Y")
    r"(?:栏目|欄目|文字|图片|圖片|视频|視頻|美术|美術)?(?:主编|主編|编辑|編輯)|"
    r"redaktur|red(?=\s*:)"
    # (… the picture's maker beside the writer, Chinese "图/X": "（文/林晓燕 图/郑志鹏）")
    r"|[图圖](?=\s*[/／])"
    # (… Polish "text editing", Czech and Slovak "editing", English "edited by")
    r"|edycja(?: tekstu)?|redakcja tekstu|úprava textu|editace|edited by"
    # (… a Korean broadcast's camera and video editors: "<영상취재 : X / 영상편집 : Y>")
    r"|영상취재|영상편집|촬영기자|그래픽"
)
_STAFF_ROLE = re.compile(
    rf"(?:^|(?<=[\s|;,/]))(?:(?P<writer>{_WRITER_ROLES})|(?:{_EDITOR_ROLES}))"
    r"\s*(?:[:：]|\s[–—-](?=\s)|(?<=[文图圖])\s*[/／])\s*",
    re.IGNORECASE,
)
_STAFF_LINE_CHARS = 160
_STAFF_NAME_WORDS = 5
_STAFF_NAME_CHARS = 40
_STAFF_NAME_PARTICLES = frozenset(
    {"de", "da", "do", "dos", "das", "del", "van", "von", "bin", "binti"}
)
# Several names after one role: "Autor: X, Y", "Pewarta: X dan Y"; a name's desk or outlet
# after a slash is no name ("Mwandishi: Salma Mkalibala/DW Zanzibar").
_STAFF_NAMES = re.compile(r"\s*(?:[,&]|\s(?:e|y|i|dan|and|und|et)\s)\s*")
_NAME_DESK = re.compile(r"/|\s[-–—]\s")


_CHINESE_SOURCE_CLAUSE = re.compile(
    r"^(?:本文)?(?:来源|來源)(?:于|於|自)?[:：]?[^，,；;：:]{1,20}[，,]\s*(?=\S)"
)
# … and the source's clause after the credits: "Autor: Petra Šimková, Zdroj: ČT24, ČTK".
_SOURCE_CLAUSE_END = re.compile(
    r"[,;|]\s*(?i:zdroj|izvor|źródło|forrás|quelle|fonte|fuente|source|kaynak|джерело|источник"
    r"|извор)\s*:\s*[^:]{1,60}$"
)


def staff_credit(text: str) -> tuple[str, ...] | None:
    """The writers a line of staff roles and names credits (() when it names editors only);
    None for any other line.

    >>> staff_credit("Pewarta: Rina Kusuma | Editor: Bambang Hartono")
    ('Rina Kusuma',)
    >>> staff_credit("责任编辑：李桐")
    ()
    >>> staff_credit("Editor: the ministry did not comment."), staff_credit("Autor der Studie: X")
    (None, None)
    """
    line = text.strip()
    if len(line) > _STAFF_LINE_CHARS:
        return None
    if line[:1] == "<" and line[-1:] == ">":
        line = line[1:-1].strip()  # "<박지혜 기자 jhpark@…>": the credit in angle brackets
    elif line[:1] in "(（" and line[-1:] in ")）" and not set("(（") & set(line[1:]):
        line = line[1:-1].strip()  # "(autor: Mihaela Dobre, editor: Radu Ionescu)": Rompres's
    if (korean := _KOREAN_REPORTER_LINE.fullmatch(line)) is not None:
        return (korean["name"],)  # "대전=김민수 기자 minsu@etnews.com"
    # "本文来源于智通财经网，作者：X；编辑：Y。": the source's clause before the credits goes,
    # and Chinese punctuation parts them as ASCII does.
    line = _CHINESE_SOURCE_CLAUSE.sub("", line, count=1).rstrip("。").replace("；", "; ")
    line = _SOURCE_CLAUSE_END.sub("", line, count=1)
    # "文/陳怡君 | 2025-05-08發表": the credit, then when it was published.
    while " | " in line and any(c.isdigit() for c in line.rsplit(" | ", 1)[1]):
        line = line.rsplit(" | ", 1)[0].rstrip()
    marks = list(_STAFF_ROLE.finditer(line))
    if not marks or marks[0].start() != 0:
        return None
    writers: list[str] = []
    for m, after in zip(marks, [*marks[1:], None], strict=True):
        named = line[m.end() : after.start() if after else len(line)].strip(" |;,/")
        # (a name's full stop closing the line is the line's: "Autor: Ivana Perić.")
        # (… or after a spaced dash: "Texto: Ana Meireles - Ascom Sedap", her press office)
        names = [_NAME_DESK.split(n)[0].strip().rstrip(".") for n in _STAFF_NAMES.split(named) if n]
        if not names or not all(_is_staff_name(n) for n in names):
            return None
        if m["writer"]:
            writers.extend(n for n in names if not canonical_agency(n)[1])
    return tuple(writers)


def slashed_sign_off(text: str, own: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    """The writer a desk's slashed sign-off names (() when none), None for any other line: the
    agency first, the desk's initials last, short pieces between ("IAR/ Anna Nowicka/ Gdańsk/
    mb", "IAR/ dyżur/ mb"); a first piece between of two or more capitalised words is the
    writer.

    >>> slashed_sign_off("IAR/ Anna Nowicka/ Gdańsk/ mb", ("IAR",))
    ('Anna Nowicka',)
    >>> slashed_sign_off("Gdańsk/ Sopot/ Gdynia", ("IAR",))
    """
    line = text.strip()
    if len(line) > _SLASHED_SIGN_OFF_CHARS or line.count("/") < 2:
        return None
    pieces = [p.strip() for p in line.split("/")]
    if pieces[-1] == "":
        pieces.pop()
    if len(pieces) < 3 or not _agency_piece(pieces[0], own):
        return None
    if not _LOWER_DESK_INITIALS.fullmatch(pieces[-1]):
        return None
    middle = pieces[1:-1]
    if not all(
        p and len(p.split()) <= _SLASHED_PIECE_WORDS and not any(c.isdigit() for c in p)
        for p in middle
    ):
        return None
    first = middle[0].split() if middle else []
    if len(first) >= 2 and all(_is_name_word(w) for w in first):
        return (middle[0],)
    return ()


def _agency_parts(parts: list[str], own: tuple[str, ...], *, strict: bool) -> list[str]:
    """The parts of a signature that name an agency (see _agency_piece)."""
    return [
        p
        for p in parts
        if (_agency_piece(p, own, strict=strict) and p not in _PLACE_CODES) or names_own(p, own)
    ]


def _agency_piece(piece: str, own: tuple[str, ...], *, strict: bool = False) -> bool:
    """The piece names the copy's own agency, a known one or an agency's code in capitals
    (strict: a bureau's code of three letters, own or known)."""
    return bool(piece) and (
        any(piece.casefold() == n.casefold() for n in own if n)
        or canonical_agency(piece)[1]
        or bool(_AGENCY_CODE.fullmatch(piece))
        or bool(
            (bureau := _AGENCY_BUREAU.fullmatch(piece))
            and (not strict or _bureau_code(bureau["code"], own))
        )
        or bool(_OUTLET_HOST.fullmatch(piece))
        # (… or an outlet's name in quotes, as Slavic copy writes it: 'Оксана Мельник,
        # "Волинські новини"')
        or bool(_QUOTED_OUTLET.fullmatch(piece))
    )


_QUOTED_OUTLET = re.compile(r"[«\"„“][^«»\"„“”\d]{2,40}[»\"“”]")


# The outlet by its web address ("wien.ORF.at", "Rappler.com"): a host of two labels or more,
# its top-level domain in one case ("St.Louis" is a place).
_OUTLET_HOST = re.compile(r"(?:[\w-]{1,30}\.){1,3}(?:[a-z]{2,6}|[A-Z]{2,6})")


# An agency's code in capitals and its bureau's place ("HPN Cap-Haïtien", "AIP Bouaké").
_AGENCY_BUREAU = re.compile(r"(?P<code>[A-Z]{3,6})\s+[A-ZÀ-Þ][\w'’]+(?:[ -][A-ZÀ-Þ][\w'’]+)?")
# Longer than an agency's code of three letters, the capitals may be a surname ("TRAORE
# Moussa", "KONE Ali", as West African copy signs) unless they name the copy's own or a known
# agency.
_BUREAU_CODE_CHARS = 3


def _bureau_code(code: str, own: tuple[str, ...]) -> bool:
    """The capitals before a place name an agency: a code's three letters, own or known."""
    return (
        len(code) <= _BUREAU_CODE_CHARS
        or any(code.casefold() == n.casefold() for n in own if n)
        or bool(canonical_agency(code)[1])
    )


_AGENCY_CODE = re.compile(r"[A-ZА-ЯЁΑ-Ω]{2,6}")


# A Japanese paper's reporter signs the copy with the name alone in brackets, last ("（小松原亮）",
# "【山田太郎】"): three to six kanji or kana; a name ending in an agency's or a desk's word is
# the source ("（共同通信）", "（時事）" is two) or the desk, not a writer.
# (a name is written in kanji: "（つづく）", "（肩書は当時）", "（テレビ朝日）" are notes and
# outlets; so are "（敬称略）", "（文中敬称略）" by their endings)
# (… or a surname in kanji and a given name in hiragana: "（山田さくら）")
_BRACKETED_NAME = re.compile(
    r"^[（(【]\s*([\u3400-\u9fff]{3,6}|[\u3400-\u9fff]{1,3}[\u3041-\u309f]{2,4})\s*[）)】]$"
)
# (… and a given name in kana ends in no verb's or ending's kana: "（次回につづく）",
# "（続きます）", "（終わり）"; "かおる", "ひなた" are names)
_NOT_A_NAME_END = re.compile(
    r"(?:通信|新聞|社|部|局|班|室|電|版|報|網|台|共同|時事|完|了|終|略|当時|抜粋|要約|続"
    r"|く|ます|です|わり)$"
)
_KANA = re.compile(r"[\u3040-\u30ff]")


def bracketed_name(text: str, story: str) -> str | None:
    """The reporter's name a Japanese story closes with in brackets ("（小松原亮）"), None
    for any other line or a story with no kana (Chinese copy's "（新华社）" is its agency).

    >>> bracketed_name("（小松原亮）", "…と話している。"), bracketed_name("（共同通信）", "…た。")
    ('小松原亮', None)
    """
    m = _BRACKETED_NAME.match(text.strip())
    if m is None or _NOT_A_NAME_END.search(m[1]) or not _KANA.search(story):
        return None
    return m[1]


def closing_signature(text: str, own: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    """The writers a line signing agency copy names: a person's name alone ("Kovács Bence",
    "कृष्ण थापा"), names joined by a dash ("Bảo Kỳ - Minh Tâm"), or a name beside the agency
    after or before a separator ("Corina Munteanu, IPN", "MA / Rojda Aydemir", "Сардана
    Егорова, ЯСИА"); the agency its own name, a known one or a code in capitals. None for any
    other line: a sentence, figures, words in lower case ("Kein Kommentar" is two names'
    shape, and is read so only where it closes the copy).

    >>> closing_signature("Corina Munteanu, IPN"), closing_signature("MA / Rojda Aydemir")
    (('Corina Munteanu',), ('Rojda Aydemir',))
    >>> closing_signature("The mayor said no."), closing_signature("Police Chief, AP")
    (None, None)
    """
    line = text.strip()
    if len(line) > _SIGNATURE_CHARS + _PHONE_CHARS:
        return None  # checked first: the patterns below are read on short lines only
    if is_press_office_line(line):
        return ()  # "Прес-служба КМДА": the office signs, no writer
    # (… the writer's phone number after the name: "Johan Ekström +46 8 519 179 14")
    line = _PHONE_TAIL.sub("", line)
    if not line or len(line) > _SIGNATURE_CHARS or any(c.isdigit() for c in line):
        return None
    if _SENTENCE_DONE.search(line) and not _INITIAL_END.search(line):
        return None
    parts = [p.strip() for p in _SIGNATURE_SEPARATOR.split(line)]
    if not 1 <= len(parts) <= _SIGNATURE_PARTS or not all(parts):
        return None
    # A bureau's longer capitals are a surname beside another agency ("TRAORE Moussa / AIP"),
    # an agency's code with no other beside it ("Rakotomalala Haja / ANTA Boeny").
    agencies = _agency_parts(parts, own, strict=True) or _agency_parts(parts, own, strict=False)
    people = [p for p in parts if p not in agencies]
    # "red, wien.ORF.at": the desk's code in lower case beside the outlet signs for no one.
    desk = people and all(p.islower() and _DESK_CODE_WORDS.fullmatch(p) for p in people)
    if len(agencies) == 1 and desk:
        return ()
    if len(agencies) > 1 or not people or not all(is_signature_name(p) for p in people):
        return None
    if not agencies:
        # A name alone, with no agency beside it: in capitals it is a line shouting ("MORE
        # RAIN EXPECTED"), naming a thing a law's or a place's ("Coastal Protection Act"), in
        # Arabic script a sentence without its stop (as that copy often ends one); two names
        # only joined by a dash ("Bảo Kỳ - Minh Tâm": "Jane Doe, Bad Ischl" is a place).
        if line.isupper() or _THING_WORDS.search(line) or _ARABIC_SCRIPT.search(line):
            return None
        if len(people) > 1 and not _DASHED_NAMES.search(line):
            return None
    return tuple(people)


# Country and bloc codes in capitals after a comma are a place, not an agency ("New York, USA").
_PLACE_CODES = frozenset({"USA", "US", "UK", "UAE", "EU", "UN", "NATO", "GB", "DRC", "PRC"})
_DASHED_NAMES = re.compile(r"\s[-–—]\s")


def dated_sign_off(text: str) -> tuple[str, ...] | None:
    """The writer a bracketed sign-off with its date names (() for a desk's code), None for
    any other line: "(Lena Aichinger, 12.1.2024)", "(red, 12.1.2024)" (derStandard's), "[jd
    emb apr 08/03/2024 14:20]" (a desk's initials and when it moved).

    >>> dated_sign_off("(Lena Aichinger, 12.1.2024)"), dated_sign_off("(red, 12.1.2024)")
    (('Lena Aichinger',), ())
    >>> dated_sign_off("(The vote was held on 12.1.2024.)") is None
    True
    """
    m = _DATED_SIGN_OFF.match(text.strip())
    if m is None:
        return None
    who = m["who"].strip(" ,")
    if _NEWS_ORGANISATION.search(who) or _OFFICE_WORDS.search(who):
        return None  # "(Neue Osnabrücker Zeitung, 12.1.2024)": a press review's source
    if is_signature_name(who):
        return (who,)
    return () if _DESK_CODE_WORDS.fullmatch(who) else None


# In brackets: a name or a desk's code, then a date (day first) and maybe a time, no more.
_DATED_SIGN_OFF = re.compile(
    r"^[(\[](?P<who>[^()\[\]\d]{2,40}?)[,\s]+\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}"
    r"(?:\s+\d{1,2}[:.]\d{2})?\s*[)\]]$"
)
# A desk's code: a few short words in lower case or capitals ("red", "jd emb apr", "APA").
_DESK_CODE_WORDS = re.compile(r"(?:[a-z]{1,5}|[A-Z]{1,5})(?:\s(?:[a-z]{1,5}|[A-Z]{1,5})){0,3}")


def is_signature_name(name: str) -> bool:
    """Two to four name words (capitalised or of a script without case), no title or office."""
    words = name.split()
    return (
        len(name) <= _SIGNATURE_CHARS
        and 2 <= len(words) <= _SIGNATURE_NAME_WORDS
        and all(_is_name_word(w) and _NAME_WORD_CHARS.fullmatch(w) for w in words)
        and not _NEWS_ORGANISATION.search(name)
        and not _OFFICE_WORDS.search(name)
    )


_PHONE_CHARS = 30
_PHONE_TAIL = re.compile(r"(?<=[^\W\d_])\s*,?\s+(?i:tel\.?:?\s*)?\+?\d[\d ()/-]{6,}\d$")
# A signature is short: a name or two and the agency's.
_SIGNATURE_CHARS = 80
_SIGNATURE_PARTS = 3
_SIGNATURE_NAME_WORDS = 4
# (… a line break too: "Jean-Robert Desrosiers" over "HPN Cap-Haïtien" are two parts)
_SIGNATURE_SEPARATOR = re.compile(r"\s*[,/|\n]\s*|\s+[-–—]\s+")
# (One class: a letter of the Indic block in two alternatives made a failing match try every
# split of a word, exponential in its length.)
_NAME_WORD_CHARS = re.compile(
    r"[^\W\d_][^\W\d_.'’\-\u0900-\u0dff]*(?:[.'’\-\u0900-\u0dff][^\W\d_\u0900-\u0dff]*)*\.?"
)
# A name's initial closing it ("Jane D.") is no sentence's end.
_INITIAL_END = re.compile(r"(?<![^\W\d_])[^\W\d_]\.$")
# The words that make a short line of capitalised words a thing's name, not a person's.
_THING_WORDS = re.compile(
    r"\b(?i:act|law|bill|code|treaty|accord|agreement|plan|programme|program|project|fund|"
    r"park|street|road|avenue|square|bridge|river|lake|island|museum|festival|award|cup|"
    r"league|party|union|company|day|week|month|year|season|centre|center|hall|station)\b"
)
# Titles and offices a short line of capitalised words may be ("Police Chief", "Press Office").
_OFFICE_WORDS = re.compile(
    r"\b(?i:chief|office|officer|president|minister|director|manager|spokes\w*|press|"
    r"department|ministry|council|police|team|staff|desk|editor\w*|newsroom|redac\w*|"
    r"international|watch|rights|foundation|association|institute|society|union|committee|"
    r"federation|organi[sz]ation|group|bank|fund|agency|bureau|zeitung|gazette|times|"
    r"rédaction|redaktion|redazione|reda[cç][ãa]o|uredništvo|редакция|редакція)\b"
)


_SLASHED_SIGN_OFF_CHARS = 80
_SLASHED_PIECE_WORDS = 3
_LOWER_DESK_INITIALS = re.compile(r"[^\W\d_A-Z]{1,4}")


# A Korean reporter closing the copy: the place, an equals sign, the name and 기자 ("reporter"),
# the address after it.
_KOREAN_REPORTER_LINE = re.compile(
    # (the name apart from 기자: "객원기자", "수습기자" are kinds of reporter, no one's name)
    # (… the place before a slash too: "전주/김소연 기자 soyeon@hani.co.kr", Hankyoreh's form)
    # (… joined to 기자 before the address: "김선영기자 sykim@inews24.com")
    # (not a kind of reporter then the address: "객원기자 guest@…", "사진기자 photo@…")
    r"(?:[가-힣]{1,8}\s?[=/]\s?)?(?!(?:객원|수습|사진|영상|취재|인턴|전문|선임|수석|편집|명예|시민|특파"
    r"|기획|온라인|디지털)\s?기자)(?P<name>[가-힣]{2,4})(?:\s기자|기자(?=\s+[\w.+-]{1,40}@))"
    r"(?:\s+[\w.+-]{1,40}@[\w.-]{3,60})?"
)


def _is_name_word(word: str) -> bool:
    """A name's word: capitalised, or in a script without case."""
    return word[:1].isupper() or (word[:1].isalpha() and not word[:1].islower())


def _is_staff_name(name: str) -> bool:
    """A person's or a desk's short name: capitalised words (a caseless script's too), no digits
    and no sentence."""
    words = name.split()
    # In a script with case a name is two words or more: "Reporter: Thanks." is a reply.
    least = 2 if any(c.isupper() for c in name) else 1
    return (
        least <= len(words) <= _STAFF_NAME_WORDS
        and len(name) <= _STAFF_NAME_CHARS
        and not any(c.isdigit() or c in ".!?:：" for c in name.replace(". ", " ").rstrip("."))
        and all(_is_name_word(w) or w in _STAFF_NAME_PARTICLES for w in words)
    )


# A date and time stamp of the copy on its own line, in any language: "Publié le 13/07/2025 à
# 18:42, mis à jour le …", "Publicado em 10/06/2025 - 17:42", "First Published: Mar 05 2025 |
# 3:41 PM IST", "2025/06/03 10:21 송고": a date, maybe a time, and a few words of label.
_STAMP_DATE = re.compile(
    # Digits may follow a label's last letter with no space ("입력2025.03.04.").
    r"(?<!\d)\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\d)|\b\d{1,2}\.?\s[^\W\d_]{3,12}\.?,?\s\d{4}\b"
    r"|\b[^\W\d_]{3,12}\.?\s\d{1,2},?\s?\d{4}\b"
    # "12 de marzo de 2025" (es, pt), "2025년03월12일" (ko), "2025年3月12日" (ja, zh).
    r"|\b\d{1,2}\s+de\s+[^\W\d_]{3,12}\s+de\s+\d{4}\b"
    r"|\d{4}\s?[년年]\s?\d{1,2}\s?[월月]\s?\d{1,2}\s?[일日]"
    # Hungarian: year, month, day ("2024. március 12."); Sinhala too ("2024 මාර්තු 12").
    r"|\b\d{4}\.\s?[^\W\d_]{3,12}\s\d{1,2}\.(?!\d)|^\d{4}\s[^\W\d_]{3,12}\s\d{1,2}$"
)
_STAMP_TIME = re.compile(
    # (its seconds too: "2024-03-12 14:35:20")
    r"(?<![\d.:])\d{1,2}[:h.]\d{2}(?::\d{2})?(?:\s*(?:am|pm|a\.\s?m\.|p\.\s?m\.|uhr|h)(?!\w))?"
    r"(?:\s+(?-i:[A-Z]{2,4})\b)?"
    # Japanese and Chinese "10時00分".
    r"|\d{1,2}\s?[時时]\s?\d{1,2}\s?分",
    re.IGNORECASE,
)
_STAMP_MAX_CHARS = 90
_MERIDIEM_END = re.compile(r"(?<!\s)\s*[ap]\.\s?m\.$", re.IGNORECASE)
_STAMP_LABEL_WORDS = 8
# At the end of the copy a stamp needs its word ("Публикувана в 14:32 часа на 04.03.2025",
# "2025/06/03 10:21 송고"): "Kick-off: 12/03/2025, 19:30" closing a story is its information.
_TAIL_STAMP_LABEL_WORDS = 4
_BARE_STAMP_WORDS = 2
# A release's place and date on a line of their own ("Brussels, 12 March 2024", "Den Haag,
# 12.03.2024"): a place of capitalised words, a comma, the date closing the line.
_PLACE_DATE = re.compile(
    r"^(?P<place>(?:[^\W\d_][\w.'’-]*\s?){1,3}),\s*(?:\d{1,2}\.?\s[^\W\d_]{3,12}\.?\s\d{4}|"
    r"[^\W\d_]{3,12}\.?\s\d{1,2},?\s\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\.?$"
)
# Above the story a timed stamp's label may be words of any language and length.
_HEAD_STAMP_LABEL_WORDS = 4
# The words a page or a copy stamps its time with (published, updated, …, in the languages
# we read); rules.py reads them in a labelled date too.
STAMP_WORDS = (
    r"(?i:published|posted|updated|first published|last updated|publié|mis à jour|publicado|"
    r"actualizado|atualizado|pubblicato|aggiornato|veröffentlicht|aktualisiert|gepubliceerd|"
    r"bijgewerkt|publicerad|uppdaterad|publisert|oppdatert|offentliggjort|julkaistu|päivitetty|"
    r"opublikowano|zaktualizowano|publikováno|aktualizováno|publikované|közzétéve|frissítve|"
    r"publicat|actualizat|objavljeno|ažurirano|публикувана|обновена|опубликовано|обновлено|"
    r"опубліковано|оновлено|δημοσιεύθηκε|ενημερώθηκε|yayınlanma|güncelleme|diterbitkan|"
    r"diperbarui|dipublikasikan|cập nhật)|송고|입력|수정|등록|配信|更新|发布|發布|نشر|تحديث"
    # (Thai "last updated", "published", "revised"; Bengali "published"; Persian "published")
    r"|פורסם|עודכן|प्रकाशित|อัปเดตล่าสุด|อัปเดต|เผยแพร่|ปรับปรุง|প্রকাশিত|منتشر شده"
)
_STAMP_WORDS = re.compile(STAMP_WORDS)


# The press or communications office issuing the copy, named alone on its line ("Сектор
# комунікації ГУНП в Харківській області", "सूचना एवं जन-सम्पर्क विभाग, बिहार", "דוברות מד"א",
# "Imetolewa na: Kurugenzi ya Mawasiliano ya Rais, Ikulu", "Swyddfa'r Wasg Llywodraeth Cymru:
# 0300 …"): the sender's signature closing the copy, no sentence ("The press office said …"
# is one, and so is a headline naming one: "Kremlin press service denies report …").
PRESS_OFFICE_LINE = re.compile(
    r"^(?=[^.!?。:]{2,140}$|[^.!?。]{2,80}:\s*\+?\d[\d ()/-]{6,}$"
    r"|(?:issued by|imetolewa na)\s*:)"
    r"(?!.*\b(?:said|says|told|announced|reported)\b)"
    r"(?:(?:issued by|released by|imetolewa na)\s*:?\s*)?[^.!?。]{0,60}?"
    r"(?:\bpress (?:office|service|secretariat)\b|\bcommunications? (?:unit|department"
    r"|office|directorate|sector|service)\b"
    r"|\bpublic relations (?:department|office|unit|division)\b"
    r"|\bmedia (?:and|&) information\b|\bspokesperson['’]?s? (?:office|unit)\b"
    r"|прес-?служба|пресс-?служба|сектор комунікац\w*|відділ комунікац\w*"
    r"|управління комунікац\w*|отдел по связям с общественностью"
    r"|जन-?सम्पर्क विभाग|जनसंपर्क विभाग|ਲੋਕ ਸੰਪਰਕ ਵਿਭਾਗ|فەرمانگەی میدیا|المكتب الإعلامي"
    r"|דוברות|հասարակայնության հետ կապերի|олон нийттэй харилцах|kurugenzi ya mawasiliano"
    r"|swyddfa['’]r wasg|pressestelle|service de presse|bureau de presse|oficina de prensa"
    r"|gabinete de (?:imprensa|comunicação|comunicación|prensa)|departamento de comunicación"
    r"|ufficio stampa|persbureau|pressetjeneste"
    r"|pressavdelning|biuro prasowe|tiskové oddělení|sajtóiroda)[^.!?。]{0,80}$",
    re.IGNORECASE,
)
# A press office's line is a name: a few words, no verb of reporting.
_PRESS_OFFICE_WORDS = 10
_REPORTING_VERB = re.compile(
    r"(?i:\b(?:said|says|told|announced|reported|denies|denied|warns|warned|confirms|confirmed"
    r"|teilt\w*|warnt|meldet|dementiert|a déclaré|annonce|dément|informa|desmiente|informou"
    r"|сообщ\w*|заяв\w*|повідом\w*|опроверг\w*))|מסר|מסרה|אמר|אמרה|הודיע|הודיעה"
)


def is_press_office_line(text: str) -> bool:
    """True for a press office's name alone (PRESS_OFFICE_LINE), a few words, no reporting;
    or its name and address run into one line closing on its telephone ("Xunta de Galicia.
    Consellería do Mar. Gabinete de Comunicación. San Caetano s/n, … Tel. 981 544 000").

    >>> is_press_office_line("Harbour Council Press Office")
    True
    >>> is_press_office_line("Kremlin press service denies report on president's health")
    False
    """
    line = text.strip()
    if _REPORTING_VERB.search(line):
        return False
    if len(line.split()) <= _PRESS_OFFICE_WORDS and PRESS_OFFICE_LINE.match(line) is not None:
        return True
    return (
        len(line.split()) <= _PRESS_OFFICE_ADDRESS_WORDS
        and _OFFICE_ADDRESS_END.search(line) is not None
        and _PRESS_OFFICE_PART.search(line) is not None
    )


_PRESS_OFFICE_ADDRESS_WORDS = 30
# A telephone's label and number closing the line.
_OFFICE_ADDRESS_END = re.compile(
    r"\b(?i:tel|tlf|phone|telefon|teléfono|téléphone|telefone|тел)\.?\s*[:：]?"
    r"\s*\+?\d[\d ()./-]{6,}$"
)
# A part of the line, between its full stops, naming a press office.
_PRESS_OFFICE_PART = re.compile(
    r"(?:^|\.\s)(?i:gabinete de (?:imprensa|comunicação|comunicación|prensa)|press office"
    r"|pressestelle|service de presse|oficina de prensa|ufficio stampa|departamento de comunicación"
    r"|communications? (?:unit|department|office))(?=\.|,|$)"
)


def is_place_date(text: str) -> bool:
    """True for a release's closing line of its place and date alone ("Lisboa, 8 de julho de
    2019", "Hamburg, den 12. März 2024"): where and when it was issued.

    >>> is_place_date("Lisboa, 8 de julho de 2019"), is_place_date("Paris, a city of light")
    (True, False)
    """
    m = _CLOSING_PLACE_DATE.match(text.strip())
    return m is not None and parse_datetime(m["date"].rstrip(".")) is not None


_CLOSING_PLACE_DATE = re.compile(
    r"^[^\W\d_][^\d,.!?:;]{1,30},\s+(?:(?:le|den|am|em|el|il|on|a)\s+)?"
    # (… the weekday between: "Gorenjski glas, torek, 16. septembra 2014")
    r"(?:[^\W\d_]{2,15},\s+)?(?P<date>\d[^!?]{5,30})$"
)


def is_issuer_date(text: str) -> bool:
    """True for a release's closing line: its issuer in capitals, then the date alone.

    >>> is_issuer_date("MINISTRY OF MANPOWER 12 MARCH 2024")
    True
    >>> is_issuer_date("PARIS 12 MARCH 2024"), is_issuer_date("Ministry of Health 12 March 2024")
    (False, False)
    """
    line = text.strip()
    if len(line) > _STAMP_MAX_CHARS or is_sentence(line) or not (date := _STAMP_DATE.search(line)):
        return False
    if line[date.end() :].strip(" .") or any(c.isdigit() for c in line[: date.start()]):
        return False
    issuer = line[: date.start()]
    words = re.findall(r"[^\W\d_]+", issuer)
    # An institution's name in capitals ("MINISTRY OF MANPOWER"): a place ("NEW YORK 12 MARCH
    # 2024") or a notice ("APPLICATIONS CLOSE ON 31 MARCH 2025") names none.
    return (
        1 <= len(words) <= _ISSUER_WORDS
        and all(w.isupper() for w in words)
        and _ISSUER.search(issuer) is not None
    )


_ISSUER_WORDS = 8
_ISSUER = re.compile(
    r"\b(?:MINISTRY|MINISTER|DEPARTMENT|OFFICE|AGENCY|COUNCIL|COMMISSION|AUTHORITY|BUREAU"
    r"|GOVERNMENT|SECRETARIAT|BOARD|COURT|BANK|POLICE|UNIVERSITY|EMBASSY|PARLIAMENT|SENATE"
    r"|MINISTÈRE|MINISTERIO|MINISTERIUM|MINISTERO|KEMENTERIAN)\b"
)


def has_stamp_word(text: str) -> bool:
    """The line says it was published or updated (see _STAMP_WORDS)."""
    return bool(_STAMP_WORDS.search(text))


def plain_digits(line: str) -> str:
    """The line with other scripts' digits as ASCII ones and without combining marks, which
    the patterns' letter classes do not hold ("প্রকাশিত: ১০:১৫ এএম, ১২ মার্চ ২০২৪")."""
    if line.isascii():
        return line
    out = []
    for c in line:
        if c.isdigit() and not c.isascii():
            out.append(str(unicodedata.digit(c, 0)))
        elif unicodedata.category(c) not in ("Mn", "Mc"):
            out.append(c)
    return "".join(out)


def is_stamp_line(text: str, tail: bool = False, head: bool = False) -> bool:
    """True for a line that is the copy's date and time stamp with a few words of label.

    Above the story (`head`: after the headline, before the dateline paragraph) the date alone
    is one too ("MAR 12, 2024", "Publié le 12 mars 2024"), and a timed stamp may carry a label
    in words no list holds ("Nuashonraithe Dé Máirt, 12 Márta 2024 15:02").

    >>> is_stamp_line("Publicado em 10/06/2025 - 17:42"), is_stamp_line("2025/06/03 10:21 송고", 1)
    (True, True)
    >>> is_stamp_line("The vote on 05.11.2024 was close."), is_stamp_line("Termin: 12.03.2025", 1)
    (False, False)
    >>> is_stamp_line("MAR 12, 2024", head=True), is_stamp_line("Wahl am 23.02.2025", head=True)
    (True, False)
    """
    line = text.strip()
    if len(line) > _STAMP_MAX_CHARS:
        return False  # checked first: the patterns below are read on short lines only
    line = plain_digits(line)
    # "… 3:45 p. m.": the time's full stop ends no sentence.
    if is_sentence(_MERIDIEM_END.sub("", line)) or not _STAMP_DATE.search(line):
        return False
    undated = _STAMP_DATE.sub(" ", line)
    timed = bool(_STAMP_TIME.search(undated))
    rest = _STAMP_TIME.sub(" ", undated)
    words = re.findall(r"[^\W\d_]+", rest)
    # The words of a stamp say it was published or updated, in the wires' languages; without
    # them only a word or two may stand beside the date and time.
    stamped = bool(_STAMP_WORDS.search(rest))
    if any(c.isdigit() for c in rest):
        return False
    if head and not timed:  # the date alone, or with its stamp's word, no dated headline
        return (
            not words
            or (stamped and len(words) <= _BARE_STAMP_WORDS)
            # … or with its weekday before it ("Martes 12 de marzo de 2024")
            or (len(words) == 1 and line.startswith(words[0]) and words[0][0].isupper())
            or bool((m := _PLACE_DATE.match(line)) and m["place"][0].isupper())
        )
    if head and timed and len(words) <= _HEAD_STAMP_LABEL_WORDS:
        return True
    if not timed:
        return False  # a date alone is a dated headline or a day's line ("Wahl am 23.02.2025: …")
    if tail:
        return stamped and len(words) <= _TAIL_STAMP_LABEL_WORDS
    limit = _STAMP_LABEL_WORDS if stamped else _BARE_STAMP_WORDS
    return len(words) <= limit and all(len(w) <= 12 for w in words)


# The wire's closing slug line: an end mark with the desk's initials, the agency's name and
# the time the copy moved ("(ANSA). GM 27-NOV-24 07:52 NNNN", "PTI RSN MR MR 11271430 NNNN",
# "(Schluss) sbr/cri", "Enditem"). The end mark is the evidence; nothing but these may stand.
# An end mark joined by a slash to the day and time the copy was issued (Hong Kong's
# government: "Ends/Tuesday, March 12, 2024 Issued at HKT 15:30").
_END_THEN_STAMP = re.compile(
    r"^(?i:ends?)\s*/\s*\S.{0,80}(?:19|20)\d{2}\b.{0,40}\d{1,2}[:.]\d{2}\s*$"
)
_END_WORDS = re.compile(
    r"^(?:nnnn|ends?|enditem|schluss|fin|fine|ende|fim|slut|slutt|einde|(?-i:MORE)|پایان|پای|انتهى)$",
    re.IGNORECASE,
)
_CLEAR_END = re.compile(r"^(?:NNNN|ENDS?|Enditem|Schluss|FIN|FINE|ENDE|FIM|MORE|پایان|پای|انتهى)$")
# … and the item's sequence and part numbers beside them ("(RADIOCOR) 12-03-24 10:45:12 (0245)
# 3 NNNN"): with the end mark there, digits alone are the slug's.
_SLUG_TIME = re.compile(
    r"^(?:\d{1,2}[-./ ]?(?:[^\W\d_]{3}|\d{1,2})[-./ ]?\d{2,4}|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"|\d{6,10})$"
)
_SLUG_NUMBER = re.compile(r"^\d{1,5}$")
# The sender's name in capitals between brackets ("(RADIOCOR)"), read beside a clear end mark.
_BRACKETED_SENDER = re.compile(r"\(([A-Z][A-Z0-9]{1,11})\)")
# Initials of one to four letters, a zero-width non-joiner between them too ("ن‌ع", Persian
# desks'): the joiner is read as no letter.
_SLUG_INITIALS = re.compile(r"^[^\W\d_]{1,4}(?:/[^\W\d_]{1,4})*/?$")
_SLUG_MAX_CHARS = 60


def is_wire_closing(text: str, own: tuple[str, ...] = ()) -> bool:
    """True for the wire's closing slug line: an end mark beside initials, names and times.

    >>> is_wire_closing("(ANSA). GM 27-NOV-24 07:52 NNNN"), is_wire_closing("(Schluss) sbr/cri")
    (True, True)
    >>> is_wire_closing("The end."), is_wire_closing("Ende der Saison: Bayern gewinnt 2:1")
    (False, False)
    """
    line = text.strip()
    if _END_THEN_STAMP.match(line):
        return True  # "Ends/Tuesday, March 12, 2024 Issued at HKT 15:30": the end, then when
    if not line or len(line) > _SLUG_MAX_CHARS or (is_sentence(line) and " " in line.strip(" .")):
        return False  # "A distribuição decorre até ao fim do mês." is the story's
    tokens = [t.strip("()（）[].,;:-–—") for t in re.split(r"[\s/]+", line)]
    tokens = [t for t in tokens if t]
    if not tokens or not any(_END_WORDS.match(t) for t in tokens):
        return False
    if len(tokens) == 1 and not (tokens[0].isupper() or tokens[0] in ("Enditem", "Schluss")):
        return False  # "Fine." alone closes a quote as often as Italian copy (line rules')
    # "Fin de año", "Fim do ano": an end word among lower-case words is a phrase; the desk's
    # lower-case codes stand slashed ("sbr/cri") or after an unambiguous mark.
    if not any(_CLEAR_END.match(t) for t in tokens) and any(
        t.islower() and "/" not in t for t in tokens if not _END_WORDS.match(t)
    ):
        return False
    clear = any(_CLEAR_END.match(t) for t in tokens)
    senders = set(_BRACKETED_SENDER.findall(line)) if clear else set()
    rest = [
        t
        for t in tokens
        if not (
            _END_WORDS.match(t)
            or _SLUG_TIME.match(t)
            or (clear and (_SLUG_NUMBER.match(t) or t in senders))
        )
    ]
    if rest and agency_line(" ".join(rest), own) is not None:
        return True  # "(END) Dow Jones Newswires"
    if tokens[0] in ("END", "ENDS") and len(tokens) == 2 and line.isupper():
        return True  # "END LIEBOWITZ": the end, then its writer's surname in capitals
    return all(
        agency_line(t, own) is not None
        or (
            _SLUG_INITIALS.match(t.replace("\u200c", "")) is not None
            and (t.isupper() or t.islower() or _caseless(t))
        )
        for t in rest
    )


_NAME_LINE_WORDS = 6
_NAME_LINE_CHARS = 60


def is_name_shaped(text: str) -> bool:
    """True for a line that is a name alone, in a script with case: capitalised words (names
    parted by a pipe, a slash or "&"), no digits, no sentence.

    >>> is_name_shaped("Júlia Moura | Agência X"), is_name_shaped("Houston Public Media")
    (True, True)
    >>> is_name_shaped("Work starts in May."), is_name_shaped("Bayern 2, Dortmund 1")
    (False, False)
    """
    line = text.strip()
    if len(line) > _NAME_LINE_CHARS or is_sentence(line) or any(c.isdigit() for c in line):
        return False
    # Names parted by a pipe, a slash or "&"; a dash between names pairs them ("Bayern –
    # Dortmund"), a fixture, not a signature.
    words = [w for w in re.split(r"[\s|/&]+", line) if w]
    if not 0 < len(words) <= _NAME_LINE_WORDS or any(c in line for c in ':：?!,;"“”«»()'):
        return False
    named = 0
    for word in words:
        bare = re.sub(r"^[dl][’']", "", word)  # "d'Information"
        if bare.casefold() in _NAME_PARTICLES:
            continue
        if _caseless(bare) and all(unicodedata.category(c)[0] in "LM" for c in bare):
            named += 1  # a script without case: letters and their marks ("हिन्दुस्थान")
            continue
        if not bare[:1].isupper() or not all(c.isalpha() or c in ".’'-" for c in bare):
            return False
        named += 1
    return named > 0


def is_name_line(text: str) -> bool:
    """A news organisation's name alone (see is_name_shaped), with its writer's maybe, closing
    the copy: the agency signing. A person's name alone stays (a reporter's signature is kept
    as the pages' truths keep it), and so do other names ("CDU / CSU").

    >>> is_name_line("Agence d'Information du Burkina"), is_name_line("Júlia Moura | Agência X")
    (True, True)
    >>> is_name_line("Jane Doe"), is_name_line("CDU / CSU")
    (False, False)
    >>> is_name_line("हिन्दुस्थान समाचार"), is_name_line("रमेश कुमार"), is_name_line("共同通信")
    (True, False, True)
    """
    # (set between dashes, "- හිරු පුවත් -"; its own name quoted after the word for agency,
    # "საინფორმაციო სააგენტო „სარკე“", "агентство «Фергана»")
    line = _DASHED.sub(r"\1", text.strip())
    if (named := _QUOTED_OWN_NAME.search(line)) is not None and _NEWS_ORGANISATION.search(
        line[: named.start()]
    ):
        line = line[: named.start()] + " " + named[1]
    return is_name_shaped(line) and _NEWS_ORGANISATION.search(line) is not None


_DASHED = re.compile(r"^[-–—]\s+(.{1,60}?)(?:\s+[-–—])?$")
_QUOTED_OWN_NAME = re.compile(r"[«„“\"]([^«»„“”\"]{1,30})[»“”\"]$")


def link_count(text: str) -> int:
    """How many words of a line are links (addresses, domains, handles)."""
    return sum(1 for word in text.split() if LINK.search(word))


def _caseless(word: str) -> bool:
    """A word of a script without case (Arabic, Persian, Hebrew, the Indic scripts; Georgian,
    whose letters Unicode files as lower case, written without capitals)."""
    return not any(
        c.isupper() or (c.islower() and not _GEORGIAN <= c <= _GEORGIAN_END) for c in word
    )


_GEORGIAN, _GEORGIAN_END = "\u10d0", "\u10ff"


def agency_line(text: str, own: tuple[str, ...] = ()) -> str | None:
    """The agency a line names when that is all it says ("(PAP)", "Bron: ANP"), else None.

    >>> agency_line("(APA, 24.4.2025)"), agency_line("Quelle: sda"), agency_line("/ritzau/")
    ('APA', 'Keystone-SDA', 'Ritzau')
    >>> agency_line("Foto: ANP"), agency_line("The PAP said so."), agency_line("(Harbour)")
    (None, None, None)
    """
    line = text.strip()
    if not line or len(line) > _AGENCY_LINE_MAX_CHARS:
        return None
    if label := _AGENCY_LINE_LABEL.match(line):
        if _PICTURE_LABEL.match(label[1]):
            return None
        line = line[label.end() :]
    # "Kuwait News Agency (KUNA)": the name and its initials in brackets.
    if named := _NAME_AND_INITIALS.match(line.rstrip(". ")):
        name, initials = named[1].strip(), named[2]
        by_name = _agency_named(name, own)
        # Initials that spell the name before them are that name's ("Alcoholics Anonymous
        # (AA)"): an agency only if the name is one.
        spelled = "".join(w[0] for w in name.split() if w[:1].isupper()) == initials
        # A person's name before them is a byline ("Par Jean Dupont (AFP)"): the name must
        # be an organisation's.
        if by_name or spelled or not _NEWS_ORGANISATION.search(name):
            return by_name
        return _agency_named(initials, own)
    before = None
    while before != line:  # "(APA, 24.4.2025)": the brackets, then the date, then what is left
        before = line
        line = _AGENCY_LINE_DATE.sub("", _AGENCY_LINE_WRAP.sub("", line))
        line = _AGENCY_LINE_SITE.sub("", _AGENCY_LINE_WITH.sub("", line))
    if not line:
        return None
    # "Katolicka Agencja Informacyjna" closing KAI's copy: a name (capitalised words alone,
    # no sentence: "Tallow Bay Press has contacted the ministry." is one) its initials spell.
    words = line.split()
    a_name = len(words) <= _ACRONYM_NAME_WORDS and all(
        w[:1].isupper() or w in _NAME_PARTICLES for w in words
    )
    # … and a news organisation's name ("Coastal Protection Act", "Carla Pereira Alves" spell
    # CPA too).
    a_name = a_name and _NEWS_ORGANISATION.search(line) is not None
    initials = acronym(line) if a_name and not is_sentence(line) else None
    if initials is not None and any(initials == n for n in own if n):
        return line
    # "(TTXVN/Vietnam+)": the agency, then the service that carries it.
    first, _, service = line.partition("/")
    if service and len(service.split()) > 1:  # "(AAP Image/Jordan Reid)" is a credit
        return None
    return _agency_named(first.strip(), own)


_ACRONYM_NAME_WORDS = 6
# Lower-case words a name may hold ("Agence d'Information du Burkina", "Ursula von der Leyen").
_NAME_PARTICLES = frozenset(
    {"of", "de", "da", "do", "di", "der", "la", "le", "and", "und", "y", "e", "du", "des"}
    | {"dos", "das", "del", "della", "van", "von", "den", "i", "für"}
)
_NAME_AND_INITIALS = re.compile(r"^([^()]{3,50}?)\s*\(([A-Z]{2,6})\)$")
_NEWS_ORGANISATION = re.compile(
    r"\b(?:agency|agence|agencia|agência|agenzia|agentur|agencja|news|press|presse|prensa|"
    r"service|wire|nachrichten|haber|uutis\w*|ajansı)\b"
    # … and the words for news, agency and press in the other scripts ("हिन्दुस्थान समाचार",
    # "وكالة الأنباء", "Агентство Москва", "共同通信", "연합뉴스").
    r"|समाचार|সংবাদ|বার্তা|وكالة|أنباء|خبرگزاری|агентств\w*|агенци\w*|агенці\w*|новост\w*|"
    r"новин\w*|πρακτορείο|通讯社|通訊社|新闻社|新聞社|通信|통신|뉴스|สำนักข่าว|thông tấn|آژانس|"
    r"kantor berita|"
    # (Georgian agency, Sinhala and Tamil news, Armenian news, Amharic news)
    r"სააგენტო|პრესა|පුවත්|செய்தி|լուր\w*|ዜና"
    # (… and a newspaper by its word after its quoted name: "«Өнөөдөр» сонин", Mongolian)
    r"|(?<=[\"”»“]\s)(?:сонин|газета|gazete|gazeta|zeitung|newspaper)"
    # … and "news" as the other scripts spell the English word in outlets' names ("株探ニュース",
    # "طلوع نیوز", "ज़ी न्यूज़")
    r"|ニュース|نیوز|نيوز|न्यूज़|न्यूज|নিউজ|ньюс"
    # (… a Chinese paper's name closing on "paper", "daily": "中國報", "星洲日报")
    r"|[\u4e00-\u9fff]{2,}(?:日报|日報|晚报|晚報|报|報)$",
    re.IGNORECASE,
)


def _agency_named(line: str, own: tuple[str, ...]) -> str | None:
    """The agency a bare name is: one the copy goes out under, or a known one."""
    if any(name and line.casefold() == name.casefold() for name in own):
        return line
    # A short name in lower case is the agency's own style ("sda", "ritzau"); in title case it
    # is a word or a given name ("Spa", "Petra", "Uni"), known only as written.
    for written in (line, line.upper()) if line.islower() else (line,):
        name, known = canonical_agency(written)
        if known:
            return name
    return None


def names_own(line: str, own: tuple[str, ...]) -> bool:
    """The line names one of the outlet's own names as whole words: a name of capitals or of
    four letters or fewer as written ("EFE" names itself, "efectivos" and "jefe" do not), a
    longer one in any case, its words apart by spaces or punctuation."""
    # (accents apart: a name in capitals drops them, "ΕΛΕΥΘΕΡΟΤΥΠΙΑ" for "Ελευθεροτυπία")
    plain = _unaccented(line) if not line.isascii() else line
    return any(_own_name_pattern(name).search(plain) for name in own)


def _unaccented(text: str) -> str:
    """The text without its combining accents (NFD, marks dropped, NFC again)."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", kept)


@functools.lru_cache(maxsize=256)
def _own_name_pattern(name: str) -> re.Pattern[str]:
    name = _unaccented(name) if not name.isascii() else name
    words = re.findall(r"\w+", name)
    body = r"\W{0,3}".join(re.escape(w) for w in words)
    exact = name.isupper() or len("".join(words)) <= _CASED_NAME_CHARS
    return re.compile(rf"(?<!\w){body}(?!\w)", 0 if exact else re.IGNORECASE)


# A name this short is a word in some language unless written as the agency writes it.
_CASED_NAME_CHARS = 4


# Reported speech closing the paragraph ("Join us on the picket line, the union leader told
# the crowd."): agency copy quotes without quotation marks, and what a source says is story.
REPORTED_SPEECH = re.compile(
    r"[,;:]\s+(?:[^,;:]{0,80}\s)?(?:said|says|told|added|asked|wrote|warned|stated|urged|"
    r"reported|reports|showed|shows|according to|sagte|sagt|erklärte|berichtete|meldete|laut|"
    r"zufolge|a déclaré|a dit|selon|dijo|afirmó|según|disse|segundo|ha detto|secondo|zei|sa|"
    r"skriver|powiedział\w*|"
    # (… Slovenian and Croatian "said": "…, je povedal urednik.")
    r"je povedal\w*|je dejal\w*|je rekao|je rekla|je izjavi\w*|"
    # … and the other verbs agencies attribute with ("a-t-il ajouté", "explicó el ministro",
    # "fügte er hinzu", "acrescentou", "ha aggiunto", "voegde hij toe", "tillade").
    r"a-t-(?:il|elle) \w+|a (?:ajouté|expliqué|précisé|souligné|estimé|indiqué|affirmé)|"
    r"ajoute|explique|précise|explicó|añadió|agregó|señaló|indicó|aseguró|declaró|"
    r"(?:fügte|fügt) \w+ hinzu|betonte|erläuterte|acrescentou|afirmou|explicou|declarou|"
    r"ha (?:aggiunto|spiegato|dichiarato|sottolineato)|voegde \w+ toe|verklaarde|tillade|"
    r"förklarade|uttalade|"
    # (… and in the present, as the Nordic, Finnish, Dutch and Romance agencies quote: "…,
    # sier driftssjef X", "säger", "siger", "sanoo", "zegt", "dice", "diz", "dit")
    r"sier|säger|siger|segir|sanoo|kertoo|zegt|sagt|dice|diz|dit|mówi|kaže|říká|"
    # (… and the appeals reported: "…, poručili su iz policije", "…, apelują ratownicy",
    # "…, напомнили в ЦБ")
    r"poručili|poručuju|rekli|kazali|apelują|apeluje|apelowali|напомнили|сообщили|заявили|"
    # (… Catalan "said", "added", "explained")
    r"va dir|va afegir|va explicar|va assegurar|ha dit)\b"
    r"[^,;:]{0,60}$"
    # … or the speaker and the verb before the colon that opens what was said or written
    # ("Police said: follow the instructions …", "The brigade wrote on Telegram: join …")
    r"|^[^:\"“”„«»]{0,60}\b(?:said|says|wrote|writes|posted|announced|warned|urged|told \w+)\b"
    r"[^:]{0,40}:\s",
    re.IGNORECASE,
)

# "Каждый ваш перевод — это …": the reader's every transfer, addressed as what the outlet's work
# rests on (an appeal and the readers' money at once: read by SUPPORT_CALL and READER_FUNDED);
# "Каждый ваш перевод на сумму свыше …" is a bank's rule.
_EVERY_TRANSFER = (
    r"(?i:(?:каждый|кожен) ваш (?:перевод|переказ|донат|взнос|внесок)\s*(?:—|–|-|это|це))"
)

# The reader asked to pay for the outlet: the imperatives of support, donate, subscribe and
# become a member (the forms that are imperatives only: "supports", "podrška" are not), in
# the wires' languages. A story quotes such calls too ("Support Ukraine!", he shouted): a
# quote or a verb of saying keeps the paragraph the story's (_is_outlet_note).
SUPPORT_CALL = re.compile(
    r"\b(?:support us|support our|donate (?:now|today|to us)|make a (?:donation|contribution)"
    r"|become a (?:member|subscriber|supporter|patron)"
    r"|sostieni(?:ci)?|abbonati|fai una donazione|apóyanos"
    r"|hazte (?:socio|suscriptor|miembro)|súmate|dona ara|fes-te(?:'n|’n)? (?:subscriptor|soci)"
    r"|ajuda'ns|ajuda’ns|feu-vos(?:-en|'n|’n)? (?:subscriptors|socis)"
    r"|apoie|faça uma doação|soutenez(?:-nous)?|faites un don"
    r"|unterstützen sie|spenden sie|werden sie mitglied|steun ons"
    r"|stöd oss|støtt oss|støt os|bli (?:medlem|prenumerant)"
    r"|word (?:vandaag (?:nog )?|ook |nu )?(?:lid|abonnee|donateur)"
    # (… "we need your support" as outlets close: German, English; Azerbaijani "support us",
    # Romanian "become a supporter", Indonesian "support our work", Norwegian "try the paper")
    r"|(?:brauchen|benötigen) wir (?:ihre|deine|eure) unterstützung|we need your support"
    r"|dəstək olun|devino (?:susținător|abonat|membru)|dukung (?:kerja )?kami|prøv avis(?:a|en)"
    # (… Haitian Creole "needs your support to keep informing", Bulgarian "every lev from you
    # helps", Nepali "your small support too helps us")
    r"|bezwen sipò (?:w|ou|nou) pou l kontinye|всеки лев от вас|तपाईंको (?:सानो )?सहयोग\S*"
    # (… Czech and Slovak "become our subscriber"; "every transfer of yours", the reader's
    # money addressed: "Каждый ваш перевод — это ещё один текст …")
    r"|staňte se (?:naším )?(?:předplatitel\w*|člen\w*|podporovatel\w*|dárc\w*)"
    r"|staňte sa (?:naším )?(?:predplatiteľ\w*|člen\w*|podporovateľ\w*)"
    rf"|{_EVERY_TRANSFER}"
    # (… Polish "support us" in the plural, Turkish "be its subscriber")
    r"|wesprzyjcie|abonesi olun|üyesi olun|suportahan|apoye (?:el|al|a|nuestro)|suscríbase a"
    r"|atbalsti(?:et)? mūs"
    r"|paremkite|susține-ne|susțineți-ne|join from|dołącz do (?:nas|nich)|langgan"
    r"|सहयोग दें|हमारी मदद करें|ساهم في استمرار|תמכו בנו|abone olun|cefnogwch ni"
    # (… Korean "please sponsor")
    r"|후원해 ?주세요"
    # (… the share of income tax a reader may give the outlet: "Redirecționează 3,5% din
    # impozitul pe venit către X", "Skirkite 1,2 proc. GPM paramos X", "Przekaż 1,5% podatku")
    r"|redirecționează \d|skirkite \d|przekaż 1[,.]5|wesprzyj|wspieraj|dołącz do prenumeratorów"
    r"|zostań patronem|podpořte|podporte|předplaťte si|támogass(?:on)?|fizessen elő|fizess elő"
    r"|susține(?:ți)?|sustine(?:ti)?|donează|abonează-te|поддержите|поддержи|пожертвуйте"
    r"|підтримайте|підтримай|подкрепете|podržite|destek olun|destek ol|bağış yapın"
    r"|στηρίξτε|υποστηρίξτε|ادعمونا|ادعموا|حمایت کنید|समर्थन करें|सहयोग करें)(?!\w)"
    # (… Sinhala "support", Amharic "to support": "ස්වාධීන … සහාය වන්න", "ኢሳትን … ለመደገፍ")
    r"|සහාය වන්න|ለመደገፍ"
    # (… Chinese "support X, let …", "please support us"; Armenian "stand by us", "support
    # us"; Dhivehi "please help")
    r"|^支持[^，,。]{1,10}[，,](?:讓|让)|請支持|请支持|支持我們|支持我们|贊助我們|赞助我们"
    # (… Chinese "become a member", Korean "please cheer X on", Bulgarian "you can support",
    # Arabic "help us go on"; Hebrew "הצטרפו" is "join!" and "they joined" alike)
    r"|成為\S{0,6}會員|成为\S{0,6}会员|응원해\s?주세요|можете да подкрепите|ساعدونا"
    r"|sumarte como soci[oa]|hacete soci[oa]|redirecționa \d"
    r"|նեցուկ կանգնեցէք|աջակցեք մեզ|աջակցեցէք|އެހީތެރިވެދެއްވާ"
    # (… Icelandic "support" in the imperative, Burmese "please help support")
    r"|^styrktu\b|^styrkið\b|ကူညီထောက်ပံ့ပေးကြပါ|ထောက်ပံ့ပေးကြပါ"
    # (… Rioplatense voseo "support": "Sostené el periodismo independiente: …")
    r"|^(?:sostené|apoyá|bancá)\b"
    # (… Malayalam "support", "subscribe"; Thai "join in supporting", "apply as a member";
    # Korean "please protect")
    r"|പിന്തുണയ്ക്കൂ|സബ്സ്ക്രൈബ് ചെയ്യൂ|^ร่วมสนับสนุน|สมัครเป็นสมาชิก|지켜\s?주세요"
    # (… Turkish "you can contribute", Ukrainian "become part of the community", Russian "one
    # can help X")
    r"|katkı sunabilirsiniz|destek olabilirsiniz|станьте частиною (?:спільноти|команди)"
    # (… "every contribution helps us", "your help is crucial": the appeal in Ukrainian,
    # Russian, English, Amharic)
    r"|кожен внесок допомагає|каждый взнос помогает|every contribution helps"
    r"|your (?:support|help) is (?:crucial|vital|essential)|እገዛ ወሳኝ ነው"
    r"|помочь\s+«[^»]{1,30}»\s+можно"
    # (… Spanish "make your contribution", "support the …" opening the line in the familiar
    # form; Basque "become a member, a subscriber"; Persian "support financially"; Slovenian
    # "subscribe to")
    # (… to a paper or a name: "Haz tu aporte al fondo de ayuda …" is a charity's appeal
    # reported, "Naročite se na presejalni pregled" books a screening)
    r"|ha(?:z|ga|cé) (?:tu|su|un) aporte (?:al|a)\s(?-i:[A-ZÁÉÍÓÚÑ])"
    r"|^apoya (?:el|al|a|nuestro|nuestra)\b"
    r"|egin zaitez (?:bazkide|harpidedun|lagun)|حمایت مالی کنید"
    r"|naroči(?:te)? se na (?:\S+\s+){0,2}?(?:tednik|časnik|dnevnik|revij\w*|list|e-novice"
    r"|novičnik)\b|abonner (?:i dag|nå)(?!\w)"
    # (… Portuguese "take out your subscription", Icelandic "one can become a subscriber",
    # Breton "subscribe")
    r"|faça (?:já )?a sua assinatura|assine já|hægt er að gerast áskrifandi|gerstu áskrifandi"
    r"|koumanantit|harpidetu|prenumerera på|abonner på"
    # (… Galician "take out your subscription", "make your contribution")
    r"|fai a túa (?:subscrición|achega)",
    re.IGNORECASE,
)
# "You can support" in Slovak and Czech, Ukrainian and Russian "to support … one can": an
# appeal only beside the outlet's independence ("Підтримати ЗСУ можна через фонд …" is news).
SUPPORT_MODAL = re.compile(
    r"\b(?:môžete (?:nás )?podporiť|můžete (?:nás )?podpořit|підтримати\b[^.!?]{0,60}\bможна"
    r"|поддержать\b[^.!?]{0,60}\bможно"
    # (… Burmese "if you wish to support")
    r"|ထောက်ပံ့ကူညီလိုပါက|ကူညီထောက်ပံ့လိုပါက|ထောက်ပံ့လိုပါက"
    # (… Basque "help (to make) independent journalism": "… lagundu … kazetaritza independentea")
    r"|\blagundu\b"
    # (… Hindi "if you want to support us", English and Spanish too)
    r"|(?:अगर|यदि) आप (?:हमें|हमको|हमारा) (?:सपोर्ट|समर्थन|सहयोग) करना चाहते"
    r"|if you (?:want|wish|would like) to support us|si (?:quieres|deseas) apoyarnos)",
    re.IGNORECASE,
)
# Independent or quality journalism, the outlet's word for what the reader's money buys; a
# press-freedom story's words too: they count beside a call to pay only.
INDEPENDENT_PRESS = re.compile(
    r"\b(?:independent (?:journalism|media|press|newsroom|reporting)|journalism you can trust"
    r"|quality journalism|periodisme de qualitat|mitjà independent|informazione libera"
    r"|medio independente|medio independiente|xornalismo independente"
    r"|giornalismo (?:libero|indipendente)|periodismo (?:independiente|de calidad)"
    r"|jornalismo independente|journalisme indépendant|unabhängige[nr]? journalismus"
    r"|onafhankelijke journalistiek|oberoende journalistik|uavhengig journalistikk"
    r"|niezależn\w* dziennikarstw\w*|dziennikarstwo, któremu|nezávisl\w* žurnalistik\w*"
    r"|független újságírás\w*|jurnalism\w* independent|независим\w* журналистик\w*"
    r"|незалежн\w* (?:журналістик|аналітик|медіа|видання)\w*|nezavisn\w* novinarstv\w*"
    r"|bağımsız gazetecili\w*|journalisme de qualité|giornalismo di qualità|qualitätsjournalismus"
    r"|jornalismo de qualidade"
    # (… with another adjective before it: "Jornalismo rigoroso e independente")
    r"|jornalismo \w+ e independente|periodismo \w+ e independiente|giornalismo \w+ e indipendente"
    r"|journalisme \w+ et indépendant"
    # (… Filipino "free press", "a free newspaper")
    r"|malayang pamamahayag|malayang pahayagan\w*"
    r"|ανεξάρτητη δημοσιογραφία|الصحافة المستقلة|روزنامه‌نگاری مستقل|လွတ်လပ်သော သတင်း"
    r"|رسانه(?:ٔ|\u200cای|ای)? مستقل|स्वतन्त्र रहन|да остане свободен"
    # (… the outlet as independent or non-profit in its own words: "an independent,
    # award-winning investigative journalism co-operative", "o publicație independentă",
    # "bezpeļņas organizācija", "עיתונות עצמאית", "مؤسسة صحفية مستقلة", "非營利網路媒體")
    r"|independent,? (?:[\w-]+ ){0,3}journalism|non-?partisan newsroom|non-?profit newsroom"
    r"|publicați\w* independent\w*|nepriklausom\w*"
    r"|bezpeļņas organizācija|niezależn\w*|onafhankelijk\w*|עיתונות עצמאית"
    # (… or without advertising: "não tem publicidade", "sin publicidad", "광고나 협찬 없이")
    r"|não tem publicidade|sem publicidade|sin publicidad|no advertising|without advertising"
    r"|ohne werbung|sans publicité"
    r"|(?:مؤسسة صحفية|صحافة|وسيلة إعلام) مستقلة|رسانه(?:\u200c|\s)?(?:ای|ی)? مستقل)\b"
    r"|非營利\w{0,8}媒體|非营利\w{0,8}媒体"
    r"|광고나 협찬 없이"
    # (a vowel sign closes the Hindi: no word boundary after it)
    r"|स्वतंत्र पत्रकारिता"
    r"|ස්වාධීන මාධ්‍ය|ነፃ\S*(?:\s\S+)?\sሚዲያ"
    # (… Chinese "good news" kept speaking, "independent media"; Dhivehi and Armenian
    # independent media)
    r"|好新聞|好新闻|獨立媒體|独立媒体|މިނިވަން މީޑިއާ|անկախ լրատվ\w*"
    # (… Bulgarian, Arabic, Hindi independent journalism or platform; Korean readers' support)
    r"|независимата журналистика|منصة مستقلة|स्वतंत्र पत्रकारिता|독자 여러분의 후원"
    # (… a self-managed medium taking no official advertising, Argentina; an independent
    # daily, Norwegian; the independent local press, Romanian)
    r"|medio autogestivo|no recibimos pauta|uavhengig (?:\w+)?avis"
    # (… free of advertising, Dutch, German, English; German "investigate independently";
    # Spanish non-profit medium; Hebrew independent media outlet; Czech and Slovak
    # independent project, medium, newsroom; Azerbaijani independent media; Indonesian
    # non-profit; Korean independent press; Thai independent media; Malayalam independent
    # journalism)
    r"|advertentievrij|reclamevrij|werbefrei|ad-free|unabhängig (?:recherchieren|berichten)"
    r"|medio sin fines de lucro|כלי תקשורת עצמאי"
    r"|nezávisl\w* (?:a \w+ )?(?:projekt|médi\w*|redakc\w*|server|web)|nekomerční"
    r"|müstəqil (?:media|jurnalist\w*)|nirlaba|독립 언론|สื่ออิสระ|സ്വതന്ത്ര മാധ്യമ"
    r"|pres[aă] (?:local[aă] )?independent[aă]|kazetaritza independente\w*"
    # (… Basque independent communication, Galician non-profit medium)
    r"|komunikazio independente\w*|medio sen ánimo de lucro"
    # (… Icelandic local or independent media, Burmese independent news media)
    r"|(?:staðbundn|sjálfstæð)\w* fjölmiðl\w*|လွတ်လပ်သော\s?(?:သတင်း)?\s?မီဒီယာ"
    # (… Ukrainian and Russian "journalism" the reader supports)
    r"|підтримує журналістику|поддерживает журналистику",
    re.IGNORECASE,
)

# The outlet paid for by its readers, members or donors, in its own words ("Dagens ETC
# finansieras av sina läsare.", "Onze journalistiek wordt mogelijk gemaakt door leden.",
# "뉴스타파는 … 오직 회원들의 후원으로 운영됩니다", "你的支持，讓我們能持續深度報導"): what an
# appeal rests on. A story's words too ("the museum is funded by its members"): it counts as a
# feature beside the outlet's independence or a call only.
READER_FUNDED = re.compile(
    r"\b(?i:(?:funded|financed|supported|paid for|made possible) by (?:our |its )?(?:readers|"
    r"members|subscribers|donors|supporters)|(?:member|reader|listener|viewer)-(?:supported|"
    r"funded)|finansieras av (?:sina|våra) läsare|"
    r"mogelijk gemaakt door (?:onze )?(?:leden|lezers)|vive (?:solo )?grazie a chi lo legge|"
    r"grazie ai (?:suoi |nostri )?lettori|gracias al apoyo de (?:los |sus |nuestros )?(?:miembros|"
    r"lectores|socios)|se sostiene gracias a sus lectores|graças aos (?:seus |nossos )?leitores|"
    r"grazas ás súas (?:socias|lectoras)|(?:financé|soutenu) par (?:ses|nos) lecteurs|"
    r"grâce à (?:ses|nos) lecteurs|dank (?:unserer|ihrer|seiner) (?:leser\w*|mitglieder)|"
    r"dzięki (?:naszym )?(?:darczyńcom|czytelnikom)|dzięki (?:waszemu|twojemu) wsparciu|"
    r"lasītāju ziedojum\w*|"
    r"благодаря (?:нашим )?читателям|на (?:деньги|пожертвования) читателей|"
    r"susținut\w* de cititori|sizin desteğinizle)"
    r"|ממומנ(?:ת|ים|ות)? על ידי (?:ה)?קורא(?:ות|ים)|회원들의 후원으로|후원회원|你的支持|您的支持"
    r"|독자 여러분의 후원으로|(?i:dibynnu ar ei ddarllenwyr|sustenta\w* (?:o )?nosso jornalismo)"
    # (… every contribution helps: "кожен внесок допомагає нам …")
    r"|(?i:кожен внесок|каждый взнос|every contribution|each donation|chaque don|cada aporte"
    r"|ogni contributo|jeder beitrag hilft|всеки лев от вас|всяко дарение)"
    # (… Nepali "journalism goes on with its readers", Dari and Persian "only with the company
    # of its readers can …")
    r"|पाठकको साथमा चल्छ|(?:تنها|فقط) با (?:همراهی|حمایت|کمک)\s+(?:خوانندگان|مخاطبان)\S*"
    rf"|{_EVERY_TRANSFER}"
    r"|بدعم (?:من )?(?:قرائها|القراء)"
    # (… Persian: "cannot go on without the company of its readers")
    r"|بدون (?:همراهی|حمایت|کمک)\s+(?:خوانندگان|مخاطبان)\S*"
    # (… Armenian "lives by its readers' support", Eastern and Western spelling)
    r"|ընթերցող\w* (?:զօրակցութեամբ|աջակցությամբ|աջակցութեամբ)"
    # (… Chinese "runs on its members' support", Arabic "funded by its readers", Hebrew "the
    # partners who fund it")
    r"|依靠會員支持|依靠会员支持|يموّلها قرّاؤها|يمولها قراؤها|שמממנים אותו"
    # (… Dutch "lives off its subscribers", German "funded by donations, by readers", Spanish
    # "thanks to our readers' contribution", Romanian "financed by readers")
    r"|(?i:leeft van (?:zijn|haar|onze) (?:abonnees|lezers|leden)|spendenfinanziert|leserfinanziert"
    # (… "readers like you", Spanish "thanks to its readers", Turkish "with its readers'
    # support", Ukrainian "works thanks to readers", Russian "as long as we are read")
    r"|(?:gifts|donations|support|contributions) from readers like you"
    r"|gracias a (?:sus|nuestros) (?:lectores|lectoras)|okurlarının desteğiyle"
    r"|працює завдяки читачам|працюємо завдяки читачам|работает благодаря читателям"
    r"|пока нас читают"
    # (… "exists thanks to you")
    r"|існує завдяки вам|існуємо завдяки вам|существует благодаря вам|exists thanks to you"
    r"|gracias al aporte de (?:nuestros |sus )?(?:lectores|lectoras|socios)"
    r"|finanțat\w* de cititori)"
    # (… Basque "made thanks to the citizens', readers', members' support", Persian "relies
    # on its readers' support")
    r"|(?i:(?:herritarren|irakurleen|bazkideen|harpidedunen) babesari esker)"
    # (… Icelandic "owned by its staff and readers")
    r"|(?i:í eigu (?:starfsfólks (?:og|sín og) )?lesenda)"
    r"|(?:به )?حمایت (?:خوانندگان|مخاطبان)\S* متکی"
)
# The news delivered to the reader's inbox: a verb of receiving, then the inbox ("recevez
# chaque matin l'essentiel … dans votre boîte mail"); "read every message in your inbox" is
# advice.
_DELIVERY = re.compile(
    r"\b(?i:recevez|receive|reciba|recibe|receba|ricevi|erhalten sie|ontvang|prejmite|"
    r"prejemajte)\b[^.!?]{0,100}\b(?i:boîte (?:mail|e-mail|de réception|aux lettres)|inbox|"
    r"correo|bandeja|caixa de (?:e-?mail|entrada)|casella|postfach|mailbox|predal\w*)"
)
# The reader addressed, or the newsletter free: what a promo's answer to its question says.
_READER_OR_FREE = re.compile(
    r"\b(?i:you|your|je|jij|jouw|u|uw|dein\w*|ihre[mn]?|vous|votre|tu|seu|sua|free|gratis"
    r"|kostenlos"
    r"|gratuit\w*|ücretsiz|darmowy|ingyenes)\b"
)
# The reader's own inbox: "your inbox" in the wires' languages.
_YOUR_INBOX = re.compile(
    r"(?i:your inbox|votre boîte (?:mail|e-mail|de réception)|ihr(?:em|en)? postfach"
    r"|tu (?:correo|bandeja)|sua caixa de (?:e-?mail|entrada)|je inbox|uw inbox|din inkorg"
    r"|e-posta kutunuz\w*|twoj(?:ą|ej) skrzynk\w*"
    # (… Slovenian "in your mailbox", the paper delivered: "… vsak četrtek v vašem nabiralniku")
    r"|v vaš(?:em|) nabiralnik\w*)"
)
# A subscription, the noun (a paper's, an e-paper's: "Das E-Paper-Abo gibt es …"), and its
# price for a period ("ab 99 N$ im Monat", "for $4.99 a month"): the offer of a paper to its
# reader, beside the reader addressed or asked only ("Netflix raised its subscription to
# $15 a month" is news).
_SUBSCRIPTION_NOUN = re.compile(
    r"(?i:\b(?:\w+-)?(?:abo|abos|abonnement\w*|subscriptions?|suscripci\w+|assinatura\w*"
    r"|abbonament\w*|prenumeration\w*|tilau\w*|tellimus\w*|előfizetés\w*|prenumerat\w*"
    r"|předplatn\w*|predplatn\w*|pretplat\w*|naročnin\w*|abonament\w*|подписк\w*"
    r"|передплат\w*)\b|\b(?:e-paper|epaper)\b)|購読|구독"
)
# The full version of the piece, in the wires' languages.
_FULL_VERSION = re.compile(
    r"(?i:\bfull (?:version|story|text|release)\b|\bповн\w* верс\w*|\bполн\w* верс\w*"
    r"|\bpełn\w* wersj\w*|\bplnou verzi\b|\búplnú verziu\b|\bversion complète\b"
    r"|\bversión completa\b|\bversão completa\b|\bversione completa\b|\bvollständige\w* (?:version"
    r"|fassung)\b|\bvolledige versie\b|\bfullständiga versionen\b|\bteljes verzió\w*"
    r"|\bversi lengkap\b|\btam metn\w*)"
)
# "Read", the imperative a pointer to the full version says ("… читайте на …", "Read the
# full story at …"); "The full text of the ruling is available at …" points to a source.
_READ_CALL = re.compile(
    r"(?i:\b(?:read|lesen sie|lisez|lea|lee|leia|leggi|lees|czytaj|przeczytaj|čtěte|olvassa el"
    r"|okuyun|читайте|прочитайте|четете|прочетете|читай|чытайце|pročitajte|preberite|čitajte"
    r"|читајте)\b)"
)
# "More news" opening the line, then where within a few words, after a dash or a colon or
# with "read" ("Още новини от Пловдив четете на 24chasa.bg/…", "Daugiau … naujienų – „X“
# „Facebook“ paskyroje"); "More news organisations now reach readers on Facebook …" goes on.
_MORE_NEWS = re.compile(
    r"^\W*(?i:more news|mehr nachrichten|още новини|повече новини|больше новостей|більше новин"
    r"|vi[šs]e vijesti|więcej wiadomości|daugiau (?:\S+\s+){0,2}naujienų"
    # (… "the latest news" in Croatian, Serbian, Polish, Russian, Ukrainian)
    r"|najnovije vij?esti|najnowsze wiadomości|последние новости|останні новини)"
    r"(?:\s+[^\s\d]+){0,4}?(?:\s*[–—:]\s|\s(?i:четете|прочетете|czytaj|читайте|чытайце"
    r"|pročitajte|preberite|lesen sie|čitajte|читајте)\s)"
)
# The paper to be had by subscription, said with "can" ("Hiiu Lehte saab tellida Kärdlas
# toimetuses …", "Газету можно выписать в любом отделении почты"): where to subscribe, beside
# the paper or its newsroom only ("The service can be ordered online" is a story's).
_SUBSCRIBE_MODAL = re.compile(
    r"(?i:\bsaab tellida|\bможно (?:подписаться|оформить подписку|выписать)|\bможна передплатити"
    r"|\blze předplatit|\bmožno predplatiť|\bmożna (?:zamówić|zaprenumerować)"
    r"|\bkann (?:man )?(?:abonnieren|abonniert werden)|\bvoi tilata|\bkan (?:abonneres"
    r"|prenumereras)|\bse puede suscribir|\bpode ser assinad[oa]|\bmožete se pretplatiti"
    r"|\bse lahko naročite)"
)
_NEWSROOM_WORD = re.compile(
    r"(?i:\b(?:toimetus\w*|redakci\w*|redakcj\w*|redaktion\w*|rédaction"
    r"|redacción|redação|redazione|редакци\w*|редакці\w*|uredništv\w*|newsroom)\b)"
)
# (an offer is a line or two: longer text is read no further for one)
_OFFER_MAX_CHARS = 300
_PER_PERIOD = re.compile(
    r"\d[^.!?]{0,20}?(?i:\b(?:im|pro|per|a|al|par|por|i|på|в|на|za)\s+(?:monat|month|mes|mois"
    r"|mês|mese|måned|månad|månaden|měsíc|mesiac|miesiąc|месяц|mjesec|mesec)\b"
    r"|\b(?:monatlich|mensual|mensuel|mensal|mensile|havonta|miesięcznie|měsíčně|mesačne"
    r"|mjesečno|mesečno|kuus|kuussa|ежемесячно)\b|/\s?(?:month|monat|mes|mois|mês|mese)\b)"
)
# An outlet's going on resting on its readers: it cannot go on without them.
_CANNOT_GO_ON = re.compile(
    r"نمی[\u200c ]?تواند|(?i:cannot|can['’]t|could not) (?:continue|survive|exist|go on)"
    r"|(?i:no (?:puede|podría|pode|poderia) (?:seguir|continuar|existir)"
    r"|ne (?:peut|pourrait) (?:pas )?(?:continuer|exister)|kann nicht (?:weiter|bestehen)"
    r"|не (?:может|сможет|зможе|може) (?:продолжать|существовать|працювати|існувати))"
    # (… Turkish "its going on is possible with your support")
    r"|(?i:sürmesi|devam etmesi|ayakta kalması)\s.{0,40}desteğiniz\w*\s+mümkün"
    # (… Dari and Persian "can … only with the company of its readers")
    r"|(?:تنها|فقط) با (?:همراهی|حمایت|کمک)"
    # (… what makes the stories possible, what lets it keep reporting)
    r"|(?i:make[s]? (?:stories like this(?: one)?|this (?:story|reporting|journalism|work))"
    r" possible|(?:puede|podemos|pueda) seguir (?:informando|publicando|existiendo))"
)
# The independence of a medium, in its words: journalism, media, the press, a newsroom.
_MEDIA_WORD = re.compile(
    r"(?i:journalis|media|médi|press|prensa|newsroom|journalist|periodis|giornalis|jornalis"
    r"|dziennikar|novinar|žurnalist|újságír|gazetecil|журналист|медіа|медиа|δημοσιογραφ)"
    r"|رسانه|روزنامه|صحاف|إعلام|עיתונות|媒體|媒体|पत्रकारिता|මාධ්‍ය|ሚዲያ"
)
# A call after the paragraph's reason ("Telegram je na Google Newsu. Pratite nas.", "… auf
# WhatsApp. Folgen Sie unserem Kanal …"): a later sentence an imperative opens; a last one of
# this many words at most may be an appeal to pay the outlet ("… Atbalsti mūs!").
_CLOSING_CALL_WORDS = 6
# … to follow, join, subscribe or pay (English "Read the original article." closing a
# republication note is its pointer, "Email the desk" an address): imperatives alone.
_CLOSING_CTA = re.compile(
    # (English to the outlet only: "Follow the instructions there.", "Sign up for alerts.",
    # "Donate to the fund at …" are a story's advice)
    rf"^(?:(?:follow|join|support) us\b|(?:subscribe|sign up|donate)(?: (?:to|for) (?:us|our)\b"
    rf"| (?:today|now)\b|[.!]?$)"
    # (… the foreign imperatives after a clause's lead-in too: "Pour soutenir un journalisme
    # de qualité, abonnez-vous …")
    rf"|(?:[^,.!?]{{1,80}},\s*)?(?:{_CTA_FOREIGN})(?!\w))",
    re.IGNORECASE,
)
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S)")
# The paper's digital edition ("l'édition numérique du JIR", "電子版でご覧いただけます").
_EDITION = re.compile(
    r"(?i:\b(?:édition numérique|edición digital|edição digital|edizione digitale|digitale ausgabe"
    r"|e-paper|epaper|e-edition|digital edition)\b)|電子版"
)
# The outlet's own app, named so ("de app van Tubantia", "our app", "unsere App").
_OWN_APP = re.compile(
    r"\b(?i:(?:de app van|onze app|our app|the \S+ app|unsere[nr]? app|notre application"
    r"|nuestra app|nossa app|la nostra app))\b"
)
# A call in another language than English opening the line (its forms are imperatives alone).
_FOREIGN_CALL = re.compile(rf"^\W{{0,3}}(?:{_CTA_FOREIGN})(?!\w)", re.IGNORECASE)
# The imperatives of follow, join, subscribe closing the sentence in the verb-final languages
# (Urdu, Azerbaijani and Turkish, Tamil, Hindi, Bengali, Japanese, Korean), and the Turkish
# "you can be informed" a follow call closes with.
_CLOSING_FOLLOW = re.compile(
    r"(?:(?:فالو|سبسکرائب|جوائن) (?:کیجئے|کیجیے|کریں)|qoşulun|abunə olun|izləyin|takip edin"
    # (… Kyrgyz "read", "subscribe", "join")
    r"|окуңуз|жазылыңыз|катталыңыз|кошулуңуз"
    # (… Odia "follow")
    r"|ଫଲୋ କରନ୍ତୁ(?:\s+\S+){0,3}"
    r"|abone olun|haberdar ol(?:abilirsiniz|un)|இணைந்து\s?கொள்ளுங்கள்|பின்தொடருங்கள்"
    r"|फ़?फॉलो करें|सब्सक्राइब करें|ফলো করুন|সাবস্ক্রাইব করুন|フォローしてください"
    r"|구독해\s?주세요|팔로우해\s?주세요"
    # (… Persian "follow", Crimean Tatar "read")
    r"|دنبال کنید|oquñız|oqunız)\s*[.!।۔。]?\s*$",
    re.IGNORECASE,
)
# The news, the word a follow call names, in the wires' languages (as word starts).
_NEWS_WORD = re.compile(
    r"(?i:\b(?:news|noticias|notícias|nachrichten|nouvelles|notizie|nieuws|nyheter|haber|"
    r"gelişme|xəbər|новост|новин|лур|լուր|ლურ|ዜና"
    # (… the Nordic, Baltic, Central European and Balkan words: "fáðu fréttirnar", "uutiset")
    r"|frétt|tíðindi|uutis|uudis|ziņ|naujien|wiadomoś|zpráv|správ|hírek|vijest|novic|știri"
    r"|ειδήσ|lajm))|خبر|اخبار|ख़बर|खबर|খবর|செய்தி|குழு|"
    r"新闻|新聞|ニュース|뉴스|ข่าว|labarai|жаңылык|बातम्या|बातमी"
    # (… Chinese "information", "news items": "获取更多权威信息", "第一时间资讯")
    r"|信息|资讯|資訊|消息"
)
# A call reported, in the verb-final languages ("… نے کہا ہے کہ …", "… dedi", "… istedi").
_REPORTED_CALL = re.compile(
    r"کہا ہے کہ|نے کہا کہ|سے کہا|اپیل کی|ہدایت کی|\b(?:dedi|söyledi|belirtti|istedi|açıkladı)\b"
    r"|\b(?:dedi|деді|айтты|деп)\b"
)
# Another body's account named before the platform, Turkish's genitive ("belediyenin
# Instagram hesabı", the municipality's): no outlet's own.
_OTHERS_ACCOUNT = re.compile(
    r"\b(?!için\b|üçün\b)[a-zçğıöşü]{2,}(?:nin|nın|nun|nün|in|ın|un|ün)\s+(?i:instagram|facebook|x|youtube"
    r"|telegram|whatsapp|tiktok)\b"
)
# A paper's verb of coming out, in the wires' languages.
_COMES_OUT = re.compile(
    r"\b(?i:koma út|kemur út|κυκλοφορεί|erscheint|paraît|parait|esce|verschijnt|ukazuje się"
    r"|vychází|vychádza|izhaja|выходит|виходить|utkommer|kommer ut|udkommer|ilmestyy|megjelenik"
    r"|comes out|is published)\b"
)
_COMES_OUT_WORDS = 6
# A paper, the word ("blaðinu", "the newspaper", "die Zeitung", "η εφημερίδα").
_PAPER_WORD = re.compile(
    r"(?i:\b(?:newspaper|paper|magazine|zeitung|zeitschrift|journal|revista|jornal|periódico"
    r"|diario|krant|tidning\w*|avis\w*|lehti|leht|lehte|újság|gazet\w*|noviny|časopis|газет\w*"
    r"|журнал\w*)\b"
    r"|blað\w*|εφημερίδ\w*|περιοδικ\w*)"
)
# A name in quotes opening the line ("Ο «Νέος Κόσμος» κυκλοφορεί …"): the paper's.
_QUOTED_NAME_OPENING = re.compile(r"^\W*(?:\w+\s+)?[«\"„“][^»\"”“]{2,40}[»\"”“]")


def _closing_call(line: str) -> str | None:
    """A sentence after the paragraph's first that opens with a call to follow, join,
    subscribe or pay ("… auf WhatsApp. Folgen Sie unserem Kanal, um …"); the last one may be
    a short appeal too (see _CLOSING_CALL_WORDS). None when no sentence is."""
    parts = _LAST_SENTENCE.split(line.strip())
    for n, part in enumerate(parts[1:], 1):
        if _CLOSING_CTA.match(part):
            return part
        short = n == len(parts) - 1 and len(part.split()) <= _CLOSING_CALL_WORDS
        # (… to the outlet: "Atbalsti mūs!"; "Donate to the fund at …" is a story's)
        voiced = OUTLET_VOICE.search(part) or OUTLET_VOICE_IN_CALL.search(part)
        if short and SUPPORT_CALL.match(part) and voiced:
            return part
    return None


# The share of income tax a reader may give to the outlet, after a call: a percentage, then the
# tax ("3,5% din impozitul pe venit", "1,2 proc. GPM paramos", "1,5% podatku").
TAX_SHARE = re.compile(
    r"\d(?:[,.]\d+)?\s?(?:%|proc\.?|procent\w*)\s(?:\S+\s){0,2}?"
    r"(?i:impozit\w*|gpm|podatk\w*|dane|daně|income tax)"
)
# Reading without limits, what a subscription buys ("unlimited access", "без ограничения").
UNLIMITED = re.compile(
    r"\b(?i:unlimited|без ограничения|без ограничений|без обмежень|sem limites|ilimitad\w*|"
    r"unbegrenzt\w*|sans limite\w*|senza limiti|bez limitu|bez obmedzen\w*|korlátlan\w*|"
    r"sense límits|sin límites|onbeperkt\w*|obegränsa\w*|ubegrenset|ubegrænset|rajaton\w*|"
    r"nieograniczon\w*|bez ograniczeń|be apribojimų|piiranguteta|takmarkalaus\w*|bez ograničenja|"
    # (… or every article: "získejte přístup ke všem článkům", "access to all our articles")
    r"přístup ke všem článkům|access to all (?:our |of our )?(?:articles|stories)|"
    r"acceso a todos los artículos|accès à tous les articles|zugang zu allen artikeln|"
    r"dostęp do wszystkich artykułów|"
    # (… or this piece free to read, the others not: "Esta notícia é de acesso livre.")
    r"de acesso livre|de acceso libre|en accès libre|ad accesso libero|free to read)"
)
# A call to follow or join a channel ("folgen Sie dem X-Kanal"; "Watch the interview on the
# BBC's YouTube channel" sends the reader to one video).
_CHANNEL_CALL = re.compile(
    r"\b(?i:folgen|follow|join|subscribe to|abonnieren|abonnez-vous à|suivez|rejoignez|síguenos|"
    r"sigue|únete a|segui|entre no|zapratite|pratite|приєднуйтесь|приєднуйтеся|підписуйтесь|"
    r"підписуйтеся|"
    r"присоединяйтесь|подписывайтесь)\b.{0,60}(?i:channel|kanal|canal|канал)"
)

# A mailing's notice of why the reader gets it ("You are receiving this bulletin because you
# subscribed …"): the sender's footer, whatever else the paragraph says.
_RECEIVING = re.compile(
    r"\b(?i:you(?: are|['’]re) receiving this|you received this|sie erhalten diese"
    r"|vous recevez ce|recibes este|usted recibe este|você está recebendo este"
    # (… Hungarian "you got this letter because")
    r"|ezt a levelet azért kapta|azért kapja ezt a levelet)\b"
)

_NOTE_FEATURES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("receiving", _RECEIVING),
    ("link", LINK),
    ("address", ADDRESS),
    ("outlet_voice", OUTLET_VOICE),
    ("self_reference", SELF_REFERENCE),
    ("provenance", PROVENANCE),
    ("disclaimer", DISCLAIMER),
)
# Where an imperative to the reader stands in its sentence: opening it, after a clause and its
# comma or a dash ("If you value what we do, support us!"), or closing it, its object a few
# words at most ("… fizessen elő a Népszavára!", "Medyascope'a destek olun."). Not after a
# colon (someone's appeal quoted: "Der Verein bittet: Unterstützen Sie …") nor inside a
# sentence ("… asks passengers to support our crews during the season.", "Gli abbonati …").
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?]\s+|[,–—]\s*|\s-\s|[。！？，])\W{0,2}$")
_SENTENCE_CLOSE = re.compile(r"^(?:\s+\S+){0,3}\s*[.!?…।။።։。]?[\"”»)]*\s*$")


# A programme's plug in a sentence, no platform named ("Het verhaal achter het nieuws hoor je
# elke werkdag om 6 uur in …", "Günün öne çıkan başlıklarını her sabah saat 8.30'da canlı
# yayında değerlendiriyoruz."): when it is on, how it is heard, and the outlet or its reader
# (a story's "Every morning, listeners hear the siren test." has neither).
_SCHEDULE = re.compile(
    r"\b(?i:(?:every|each)\s+(?:day|morning|evening|night|weekday|week|weekend|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)|weekdays at|"
    r"(?:elke|iedere)\s+(?:dag|ochtend|avond|werkdag|week|maandag|dinsdag|woensdag|donderdag|"
    r"vrijdag|zaterdag|zondag)|jeden\s+(?:tag|morgen|abend|werktag|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag)|jede woche|werktags|"
    r"chaque\s+(?:jour|matin|soir|semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|"
    r"tous les (?:jours|matins|soirs)|cada\s+(?:día|dia|mañana|manhã|noche|semana|lunes|viernes)|"
    r"todos (?:los|os) (?:días|dias)|todas (?:las|as) (?:mañanas|manhãs|noches|noites|tardes)|"
    r"ogni\s+(?:giorno|mattina|sera|settimana|lunedì|venerdì)|tutte le mattine|"
    r"her\s+(?:sabah|akşam|gün|hafta|pazartesi|cuma)|codziennie|co tydzień|"
    r"каждое утро|каждый (?:день|вечер|будний день)|каждую (?:неделю|пятницу)|по будням|"
    r"varje\s+(?:dag|morgon|vecka|vardag|fredag)|hver\s+(?:dag|morgen|uke|uge)|"
    # (… today's or this week's episode)
    r"(?:today['’]s|this week['’]s) episode|(?:dagens|veckans) avsnitt|(?:dagens|ugens) afsnit|"
    # (… Breton every morning, evening, week, day)
    r"bep (?:mintin|noz|sizhun)|bemdez|"
    r"každ[éý] (?:všední )?(?:ráno|den|týden)|"
    r"in der heutigen folge|de aflevering van (?:vandaag|deze week)|"
    # (… Haitian Creole, around the clock "24 sou 24"; Pashto every evening, morning, day;
    # Malayalam every day, evening, morning)
    r"chak (?:jou|maten|aswè)|24 sou 24|هر (?:ماښام|سهار|ورځ)|"
    # (… this week's episode in Norwegian; Georgian "every hour")
    r"denne ukas episode|ukens episode|ყოველ საათში|"
    # (… the latest episode; Icelandic "every Thursday" (plural of the day), Greek "every
    # Monday")
    r"(?:siste|nyaste|nyeste|latest|newest) episode|"
    r"alla (?:mánudaga|þriðjudaga|miðvikudaga|fimmtudaga|föstudaga|laugardaga|sunnudaga)|"
    r"κάθε (?:δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή)|"
    r"എല്ലാ (?:ദിവസവും|വൈകിട്ടും|രാവിലെയും))(?!\w)"
)
_BROADCAST = re.compile(
    r"\b(?i:listen|hear|episodes?|on air|broadcast|hoor|hoort|luister\w*|beluister\w*|"
    r"aflevering|uitzending|hören|anhören|sendung|écoute\w*|émission|épisode|en direct|"
    r"escucha\w*|episodio|en directo|en vivo|ouvir|ouça|episódio|ao vivo|ascolta\w*|puntata|"
    r"in diretta|dinle\w*|canlı yayın\w*|posłuchaj|odcinek|na żywo|слушайте|выпуск|в эфире|"
    r"lyssna|avsnitt|lytt|poslouchej\w*|podcast\w*|"
    # (Haitian Creole listen, live; Pashto programme, listen; Malayalam audio news: its "can
    # hear" is any sentence's, songs heard from a temple)
    r"koute|an dirèk|خپرون\w*|واورئ|ശബ്ദവാർത്ത\w*|"
    # (Swahili listen, Georgian listen, Norwegian podcast and episode)
    r"kusikiliza|sikiliza|მოუსმინეთ|მოისმინეთ|podkast\w*|episode|"
    # (Breton listen)
    r"selaou\w*)(?!\w)"
)
# … the outlet's "we" (Turkish in its verb: "değerlendiriyoruz"), or the reader told to listen
# in the forms a plug uses and a story does not ("hoor je elke werkdag om 6 uur", Dutch's
# verb before "you"; "Every morning you can hear the ferry horn", "Sie moderiert jeden Morgen
# …" are a story's).
# The reader told what they can do: "poți", "możesz", "můžete", "you can".
_READER_CAN = re.compile(r"\b(?i:poți|puteți|poti|puteti|możesz|możecie|můžete|môžete|you can)\b")
_FM_FREQUENCY = re.compile(r"\b\d{2,3}[.,]\d\s?(?:FM|MHz)\b")
_PROGRAMME_WE = re.compile(r"\b\w+[ıiuü]yoruz\b")
_READER_LISTENS = re.compile(
    r"\b(?i:hoor je|hoort u|luister je|beluister je|te beluisteren in uw)\b"
    # (… the reader's imperative or "can hear": Haitian Creole, Pashto, Malayalam)
    r"|^(?i:koute|hør|høyr|endelea kusikiliza|sikiliza|hear more)\b|واورئ|കേൾക്കാം|მოუსმინეთ"
)


def _support_call(line: str) -> bool:
    """An appeal to pay for the outlet (SUPPORT_CALL) standing where an imperative does."""
    for m in SUPPORT_CALL.finditer(line):
        before = line[: m.start()]
        sentence = re.split(r"[.!?]\s+", before)[-1]
        if ":" in sentence:
            continue  # "The mayor appealed: support our club."
        if _SENTENCE_OPEN.search(before) or _SENTENCE_CLOSE.match(line[m.end() :].split(". ")[0]):
            return True
    return False


# A name of a few words opening the line, then "is a/the" in the wires' languages.
_ABOUT_ITSELF = re.compile(
    r"^((?:\S+\s){1,5}?)(?:(?:is|are|est|es|é|ist|è|er|is een)\s+(?:a|an|the|la|le|l['’]|el|un|"
    r"une|uma|um|o|a|die|der|das|ein|eine|una|uno|il|lo|het|de|en|et)|(?:is|are) part of|"
    r"forma parte de|fait partie d[eu]|faz parte d[aeo]|ist Teil de[rs])\s",
    re.IGNORECASE,
)


def is_news_organisation(text: str) -> bool:
    """The words say a news organisation ("the news service of …", "a nonprofit newsroom")."""
    return bool(_NEWS_ORGANISATION.search(text) or _NEWSROOM.search(text))


_NEWSROOM = re.compile(r"\b(?:newsroom|news network|redacci[óo]n|rédaction|redaktion)\b", re.I)
# What the outlet's own name counts beside (note_features).
_NAME_COMPANIONS = frozenset(
    {
        "outlet_voice",
        "call_to_action",
        "address",
        "disclaimer",
        "provenance",
        "reuse_terms",
        "machine",
        "foreign_disclaimer",
        "platform",
        "cross_link",
        "label",
        "support_call",
    }
)


def acronym(name: str) -> str | None:
    """The initials of a name of three or more capitalised words, as outlets shorten theirs.

    >>> acronym("Continental Press Agency"), acronym("Agencia de Noticias del Sur"), acronym("Lusa")
    ('CPA', 'ANS', None)
    """
    words = [w for w in name.split() if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 3 else None


_NOTE_FEATURES_MAX_CHARS = 1000
# "Our" right before a platform's name names the outlet's account there; the other languages'
# "our" (Estonian, Danish, Latvian, Lithuanian, Slavic, Chinese) counts here, before one only.
_OWN_ACCOUNT = re.compile(
    r"\b(?i:our|vores|meie|mūsu|mūsų|unser(?:e|em|er)?|notre|nuestr[oa]s?|noss[oa]s?|nostr[oaie]"
    r"|onze|nasz(?:a|ej|ym|ego)?|naš(?:a|oj|em|eg)?|наш(?:а|ей|ем|ого|ій|ому)?)\s+|我们的|我們的"
)
_OWN_ACCOUNT_GAP = 12  # characters between "our" and the platform ("our official X")
# A handle closing the line after a colon or a dash: "…: @farhikhtegandaily".
_HANDLE_END = re.compile(r"[:：–—-]\s*@[\w.]{2,40}\s*$")
# The word "app" in Hindi, Gujarati, Bengali, whole ("એપ્રિલ" is April), read beside a call
# to download it opening the line ("… માટે ડાઉનલોડ કરો X એપ"; "सरकार ने … ऐप डाउनलोड करें।"
# reports what the government asked).
_INDIC_APP = re.compile(r"(?:ऐप|એપ|অ্যাপ)(?![\u0900-\u0dff])")
# "Download" in the calls to get an outlet's app.
_DOWNLOAD_WORD = re.compile(
    r"(?i:download|descarg\w+|baix[ea]|scarica|téléchargez|herunterladen|pobierz|unduh|stáhněte)"
    r"|डाउनलोड|ડાઉનલોડ|ডাউনলোড|下载|下載|ダウンロード|다운로드"
)
# … said of the outlet's news or stories ("X'in haberlerine … ulaşabilirsiniz"): "On Instagram
# you can find thousands of videos of the stunt" tells where the videos are.
_NEWS_OBJECT = re.compile(
    r"(?i:haber\w*|news|nachrichten|noticias|notícias|actualit\w+|uudis\w*|uudised|zpráv\w*"
    r"|wiadomości|новост\w*|stories|articles|artikel\w*|sõnum\w*)"
)
# The reader's "you can reach, follow, read" (the outlet's news somewhere): Turkish, English,
# German, French, Spanish, Portuguese, Estonian, Czech, Polish, Russian.
_READER_CAN_REACH = re.compile(
    r"(?i:ulaşabilirsiniz|takip edebilirsiniz|okuyabilirsiniz"
    r"|you can (?:also )?(?:follow|find|read)"
    r"|können sie (?:uns )?(?:auch )?(?:folgen|lesen|finden)"
    r"|vous pouvez (?:aussi )?(?:nous )?(?:suivre|retrouver|lire)"
    r"|puede(?:s)? (?:también )?(?:seguirnos|leer)"
    r"|pode(?:s)? (?:também )?"
    r"(?:seguir|ler)|saad (?:lugeda|jälgida)|můžete (?:nás )?(?:sledovat|číst)"
    r"|możesz (?:nas )?(?:śledzić|czytać)|можете (?:нас )?(?:читать|следить))"
)


def _names_account(line: str, at: int) -> bool:
    """A platform's name opens within a few characters of `at` ("our" a canal's or a TV
    channel's is no account: "nuestro canal de riego")."""
    found = PLATFORM.search(line, at) or _CJK_CHANNEL.search(line, at)
    return found is not None and found.start() - at <= _OWN_ACCOUNT_GAP


# A channel, page or account in Chinese, written against the platform's name before it
# ("我们的WhatsApp频道": no word boundary there for the platform's name).
_CJK_CHANNEL = re.compile("频道|頻道|专页|專頁|公众号|公眾號")
# … and the outlet's group or channel a call sends to, Chinese or Hebrew ("לקבוצת הווטסאפ
# של X"); "Watch the interview on the BBC's YouTube channel" sends the reader to one video.
_CALLED_CHANNEL = re.compile(f"{_CJK_CHANNEL.pattern}|לקבוצת|לערוץ")


def note_features(text: str, own: tuple[str, ...] = ()) -> frozenset[str]:
    """The features of an outlet's note to its readers a paragraph has; `own` holds the names
    its copy goes out under (as written, and initials as acronym makes them).

    Some features are story words too and count only beside the copy speaking of itself:
    the terms of reuse beside its own name, a machine's adverb or a foreign "necessarily"
    beside its name or "this story", a call after its lead-in beside its name or its own
    voice. Its name counts beside its voice, a call, the reader addressed or the words of a
    disclaimer, syndication or reuse, its full name beside a link too (initials beside a link
    are another body's: "The CPA published the figures at cpa.org."), never beside "this
    report" alone: "Reuters could not independently verify this report." is the story's.

    >>> sorted(note_features("For the latest news, follow us on our channel."))
    ['call_to_action', 'outlet_voice']
    >>> sorted(note_features("The US said the talks would go on."))
    []
    >>> sorted(note_features("Have a tip? Email the CPA desk; we reply.", ("CPA",)))
    ['names_itself', 'outlet_voice']
    >>> sorted(note_features("Reuters could not independently verify this report.", ("Reuters",)))
    ['self_reference']
    """
    line = text.strip()
    # (a note to readers is a few sentences: a longer text is the story's, and read no further
    # — some feature patterns cost seconds on 20,000 characters of one mark)
    if len(line) > _NOTE_FEATURES_MAX_CHARS:
        return frozenset()
    found = {name for name, pattern in _NOTE_FEATURES if pattern.search(line)}
    # (… not a report's findings: "Laporan ini, didukung oleh Bank Dunia, menunjukkan …")
    if "self_reference" in found and FUNDING_NOTE.search(line) and not _FINDINGS.search(line):
        found.add("disclaimer")  # "Ce reportage a été financé grâce au soutien du Fonds …"
        # (… with the fund's disclaimer of its own too, "Par materiāla saturu atbild X", a
        # third feature: the note goes inside the copy as well)
        if DISCLAIMER.search(FUNDING_NOTE.sub(" ", line)):
            found.add("funding")
    if SUPPORT_MODAL.search(line) and INDEPENDENT_PRESS.search(line):
        found.add("support_call")  # "Nezávislú žurnalistiku môžete podporiť predplatným."
    if _support_call(line):
        # (the call's own "support our" is no second feature: its voice counts apart from it)
        found.add("support_call")
        rest = SUPPORT_CALL.sub(" ", line)
        if not OUTLET_VOICE.search(rest):
            found.discard("outlet_voice")
        if OUTLET_VOICE_IN_CALL.search(rest):
            found.add("outlet_voice")  # "… támogass minket!", support us
    closing = _closing_call(line)
    if closing is not None:
        found.add("call_to_action")
        if OUTLET_VOICE_IN_CALL.search(closing):
            found.add("outlet_voice")  # "Pratite nas."
        if DEIXIS.search(closing):
            found.add("deixis")  # "… in Ihrem Postfach. Hier kostenlos anmelden."
    funded = READER_FUNDED.search(line) is not None
    if ("support_call" in found or closing or CALL_TO_ACTION.match(line)) and (
        INDEPENDENT_PRESS.search(line)
    ):
        found.add("independent_press")  # what the money is asked for
    # (the readers' money beside a call or the outlet's voice: "The club, funded by its members,
    # … no advertising on its shirts" is a story's)
    if funded and (found & {"support_call", "outlet_voice"} or closing):
        found.add("reader_funded")
    # … or beside the outlet's independence in its own words ("زمانه رسانه‌ای مستقل است و
    # بدون همراهی خوانندگانش نمی‌تواند …"); not beside "no advertising" alone, a club's too.
    # (… the outlet's own: "independent media", not "a foundation independent of the state";
    # and its going on resting on them: "… cannot continue without its readers" — "Mediapart,
    # an independent newsroom funded by its readers" describes another)
    independent = INDEPENDENT_PRESS.search(line) if funded else None
    if independent and _MEDIA_WORD.search(independent[0]) and _CANNOT_GO_ON.search(line):
        found.update(("reader_funded", "independent_press"))
    if (CALL_TO_ACTION.match(line) or "support_call" in found) and UNLIMITED.search(line):
        found.add("paywall")  # "Абонирайте се за „Капитал“ и четете … без ограничения."
    if "support_call" in found and TAX_SHARE.search(line):
        found.add("tax_share")  # "Redirecționează 3,5% din impozitul pe venit către X."
    # A call after its lead-in to a newsletter ("Få Altingets daglige nyhedsbrev … – tilmeld
    # dig gratis.") or to a platform's channel ("… Dann folgen Sie dem X-Kanal bei WhatsApp.").
    called = CALL_TO_ACTION.match(line) or closing or LATE_CALL_TO_ACTION.match(line)
    if called and _DELIVERY.search(line):
        found.update(("call_to_action", "channel"))  # "… recevez chaque matin … boîte mail"
    channel = PLATFORM.search(line) and _CHANNEL_CALL.search(line)
    # (… or the subscription call itself toward a newsletter: "Naročite se na e-novice X …")
    if (called or "support_call" in found) and (NEWSLETTER.search(line) or channel):
        found.update(("call_to_action", "channel"))
    # (… or the newsletter and the reader's own inbox, no verb: "Diken bülteni ile günün öne
    # çıkan haberleri her sabah e-posta kutunuzda.")
    if (NEWSLETTER.search(line) or "support_call" in found) and _YOUR_INBOX.search(line):
        found.update(("channel", "address"))
    # (… or a subscription's price for the reader asked or addressed: "Sie möchten die AZ
    # jeden Tag lesen? Das E-Paper-Abo gibt es schon ab 99 N$ im Monat.")
    # (… a paper's, an e-paper's or the outlet's own: "If you have a Netflix subscription, you
    # will pay $2 more per month" is consumer news)
    papers = bool(
        _PAPER_WORD.search(line) or _EDITION.search(line) or (own and names_own(line, own))
    )
    if (
        len(line) <= _OFFER_MAX_CHARS
        and papers
        and _SUBSCRIPTION_NOUN.search(line)
        and _PER_PERIOD.search(line)
        and ("?" in line or ADDRESS.search(line) or "support_call" in found)
        and not _SAYING.search(line)
    ):
        found.update(("channel", "offer"))
    if (
        _SUBSCRIBE_MODAL.search(line)
        and (papers or _NEWSROOM_WORD.search(line))
        and not _SAYING.search(line)
    ):
        found.update(("channel", "offer"))  # "Hiiu Lehte saab tellida Kärdlas toimetuses …"
    # (… or after the reader's question: "Elke ochtend het belangrijkste nieuws uit je buurt?
    # Dat krijg je met de gratis nieuwsbrief van HBvL.")
    # (a menu's "Error/typo? | … | Newsletter" asks nothing)
    asked = line.find("?")
    if (
        0 < asked < len(line) - 1
        and "|" not in line
        and NEWSLETTER.search(line, asked)
        and _READER_OR_FREE.search(line, asked)
    ):
        found.update(("channel", "address"))
    # (… or a station's frequency and the reader told to listen: "Endelea kusikiliza Radio X
    # 89.8 FM kwa habari zaidi")
    if _FM_FREQUENCY.search(line) and _BROADCAST.search(line) and _READER_LISTENS.search(line):
        found.update(("schedule", "broadcast", "outlet_voice"))
    # (… a share of income tax asked of the reader for the independent press: "Dacă vrei ca
    # presa locală independentă să existe …, poți redirecționa 3,5% din impozit"; taxpayers
    # who can give it, reported, are news)
    if TAX_SHARE.search(line) and INDEPENDENT_PRESS.search(line) and _READER_CAN.search(line):
        found.update(("tax_share", "independent_press"))
    if (
        _SCHEDULE.search(line)
        and _BROADCAST.search(line)
        and (
            "outlet_voice" in found
            or _PROGRAMME_WE.search(line)
            or _READER_LISTENS.search(line)
            # (… or told so in a closing sentence: "… Poslouchejte Ve zkratce.")
            or closing
            # (… or the reader told to listen: "Hör vår reporter … i dagens avsnitt av …")
            or CALL_TO_ACTION.match(line)
        )
    ):
        found.update(("schedule", "broadcast", "outlet_voice"))
    if CALL_TO_ACTION.match(line):
        found.add("call_to_action")
        if DEIXIS.search(line):
            found.add("deixis")
    if ENCLOSED.match(line):
        found.add("enclosed")
    if _EDITION_CALL.search(line):
        found.update(("call_to_action", "channel"))  # "…は徳島新聞電子版でご覧いただけます。"
    if (
        (_FULL_VERSION.search(line) or _MORE_NEWS.match(line))
        and _READ_CALL.search(line)
        and "link" in found
        and not _SAYING.search(line)
    ):
        # The full version of the piece elsewhere, and where ("Повну версію новини та фото
        # читайте на офіційному порталі: kievcity.gov.ua"): the sender's pointer.
        found.add("call_to_action")
    if (
        (own_account := _OWN_ACCOUNT.search(line))
        and _names_account(line, own_account.end())
        and (CALL_TO_ACTION.match(line) or _READER_CAN_REACH.search(line))
        and not _SAYING.search(line)
    ):
        # The outlet's own account on a platform ("… saad lugeda ka meie Facebooki lehel",
        # "我们的WhatsApp频道"): its voice and its channel.
        found.update(("outlet_voice", "channel"))
    if (
        _CHANNEL_WORD.search(line)
        and PLATFORM.search(line)
        and _HANDLE_END.search(line)
        and len(line.split()) <= _CHANNEL_LINE_WORDS
        and not _SAYING.search(line)
    ):
        # The outlet's channel on a platform, its handle closing the line ("کانال X در ایتا و
        # بله: @x", "Our Telegram channel: @x"): where to follow it.
        found.update(("channel", "link"))
    if (
        CALL_TO_ACTION.match(line)
        and _DOWNLOAD_WORD.search(line)
        and (PLATFORM.search(line) or _INDIC_APP.search(line))
    ):
        found.update(("call_to_action", "channel"))  # "… डाउनलोड करें X ऐप": get the app
    if CALL_TO_ACTION.match(line) and PLATFORM.search(line) and _CALLED_CHANNEL.search(line):
        found.update(("call_to_action", "channel"))  # "欢迎关注X脸书专页", the outlet's page
    if (
        _READER_CAN_REACH.search(line)
        and _NEWS_OBJECT.search(line)
        and PLATFORM.search(line)
        and not _SAYING.search(line)
    ):
        # The reader told where the outlet's news is to be had ("X'in haberlerine Google
        # Haberler üzerinden ulaşabilirsiniz."): a call in the reader's "you can".
        found.update(("call_to_action", "channel"))
    if (asked := line.find("?")) > 0 and (
        SUPPORT_CALL.search(line, asked) or _FOREIGN_CALL.match(line[asked + 1 :].lstrip())
    ):
        # A question to the reader, then the call ("Líbí se vám naše zpravodajství? Podpořte
        # X libovolnou částkou."): the promo's own turn.
        found.add("asked")
    if _MORE_NEWS.match(line) and PLATFORM.search(line) and not _SAYING.search(line):
        # "Daugiau … naujienų – „X“ „Facebook“ paskyroje": more news on the outlet's channel
        found.update(("call_to_action", "channel"))
    if _CLICK_HERE.search(line):
        # "… जॉइन करण्यासाठी येथे क्लिक करा …" (alone one feature: a scam's "click here" is news)
        found.add("call_to_action")
    # A player's label in words: listen and the piece naming itself, a few words ("Escucha
    # este artículo", "Listen to this story", "Écoutez cet article").
    if (
        "self_reference" in found
        and len(line.split()) <= _PLAYER_LABEL_WORDS
        and _LISTEN.search(" ".join(line.split()[:_LISTEN_LEAD_WORDS]))
    ):
        found.update(("media", "label"))
    opening = _OPENING_LABEL.match(line)
    if is_cross_link(line):
        found.update(("label", "cross_link"))  # a label, and another story's dated headline
        if _arrow_link(line):
            found.add("arrow")  # pointed to by an arrow, no sentence: inside the copy too
    elif (
        _LISTEN.search(" ".join(line.split()[:_LISTEN_LEAD_WORDS]))
        and _DURATION_END.search(line)
        and len(line.split()) <= _LISTEN_WORDS
    ):
        # A player's label in words: the listening word opening it, the minutes closing it
        # ("Fans could hear the chants after Smith's goal (89 min)." is a sentence).
        found.update(("media", "running_time"))
    elif opening or _arrow_link(line):
        # A player's label: its glyph and its running time, each a feature beside the label.
        timed = RUNNING_TIME.search(line)
        if MEDIA.search(line) or timed:
            found.update(("label", "media"))
        if MEDIA.search(line) and timed:
            found.add("running_time")
    named = bool(own) and names_own(line, own)
    if named and opening and names_own(opening[0][:-1], own):
        found.add("label")  # "Kapcsolódó THÜ-anyagaink: …": the label names the agency
    # A channel beside the agency's name is its promo with an address or after a lead-in
    # ("… no Viber: αναζητήστε …"); "Videos posted on Telegram showed…, AFP found" is news.
    if named and PLATFORM.search(line) and ("link" in found or opening or _unfinished(line)):
        found.add("platform")
    # Where to follow the outlet, listed: three channels, or two and an address ("… у
    # Telegram, Viber та WhatsApp."); news names one ("Videos posted on Telegram showed …").
    # Only in a call or beside its name: "The hoax spread on TikTok, Instagram and YouTube"
    # is news.
    channels = {m.group(0).casefold() for m in PLATFORM.finditer(line)}
    listed = len(channels) >= _LISTED_CHANNELS or (len(channels) >= 2 and "link" in found)
    if listed and ("call_to_action" in found or named):
        found.add("platforms")
    # A call to action toward a channel or a newsletter ("Pretplatite se na N1 newsletter.",
    # "Únase a nuestro canal de WhatsApp …"): the call's object says it is a promo.
    if "call_to_action" in found and OUTLET_VOICE_IN_CALL.search(line):
        found.add("outlet_voice")
    # … a newsletter always; a channel only beside the outlet's name or voice ("Follow the
    # Money, an activist group with 2 million followers on Twitter, …" is news).
    voiced = named or "outlet_voice" in found
    if "call_to_action" in found and (
        NEWSLETTER.search(line)
        or (voiced and PLATFORM.search(line))
        or _OWN_APP.search(line)
        or _EDITION.search(line)
    ):
        found.add("channel")  # (… or its app: "Download dan de app van Tubantia …")
    # … or a call that is an imperative alone, opening the line or closing it as verb-final
    # languages put it ("Հետեւեցէք … լուրերուն … Ֆէյսպուքի վրայ։", "… واٹس ایپ چینل فالو
    # کیجئے۔"), toward the news on a channel: the reader sent there, whoever's it is ("Siga as
    # instruções no WhatsApp da prefeitura" is advice).
    # (… not a call reported, nor toward another body's account: "محکمہ … نے شہریوں سے کہا ہے
    # کہ … فالو کریں", "… belediyenin Instagram hesabından …")
    if (
        PLATFORM.search(line)
        and (_FOREIGN_CALL.match(line) or _CLOSING_FOLLOW.search(line) or _CLICK_HERE.search(line))
        and (_CHANNEL_WORD.search(line) or _NEWS_WORD.search(line))
        and not _REPORTED_CALL.search(line)
        and not _OTHERS_ACCOUNT.search(line)
    ):
        found.update(("call_to_action", "channel"))
    # The paper's own schedule, its verb among the opening words ("Víkurfréttir koma út alla
    # fimmtudaga …", "Ο «Νέος Κόσμος» κυκλοφορεί κάθε Δευτέρα …").
    # (… the paper named as one, by its name in quotes or its own name: "The index is published
    # every Monday", a bus line that "κυκλοφορεί κάθε Δευτέρα", are a story's)
    lead_words = " ".join(line.split()[:_COMES_OUT_WORDS])
    paper = _PAPER_WORD.search(line) or _QUOTED_NAME_OPENING.match(line) or named
    if _COMES_OUT.search(lead_words) and _SCHEDULE.search(line) and paper:
        found.update(("schedule", "issue"))
    itself = named or "self_reference" in found
    if named and REUSE_TERMS.search(line):
        found.add("reuse_terms")
    if itself and MACHINE.search(line):
        found.add("machine")
    if itself and FOREIGN_DISCLAIMER.search(line):
        found.add("foreign_disclaimer")
    if (named or "outlet_voice" in found) and LATE_CALL_TO_ACTION.match(line):
        found.add("call_to_action")
    # The outlet describing itself ("Baptist Press is the news service of the Southern Baptist
    # Convention.", "X es la agencia de noticias de …"): its name opening, then what it is.
    about = _ABOUT_ITSELF.match(line) if named else None
    if about and names_own(about[1], own) and is_news_organisation(line[about.end() :]):
        found.update(("about_itself", "names_itself"))
    if named and found & _NAME_COMPANIONS:
        found.add("names_itself")
    elif "link" in found and names_own(line, tuple(n for n in own if not n.isupper())):
        found.add("names_itself")  # its full name and where to find it ("… at harbour.example")
    return frozenset(found)
