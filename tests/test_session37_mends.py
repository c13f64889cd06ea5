"""Session 37's mends: print-issue pointers, subscription offers, funders' and reuse notes in
more languages, corrected-copy labels, Thai source lines, gallery counts, Taiwanese reminders."""

from __future__ import annotations

import pytest

from tests._helpers_pure import STORY, clean, clean_with_line, has_removed
from wirecopy.tasks.cleaning.credits import split_credits
from wirecopy.tasks.cleaning.notes import copy_note
from wirecopy.tasks.cleaning.shapes import (
    closing_signature,
    is_reuse_notice,
    note_features,
    staff_credit,
)
from wirecopy.tasks.formats.bylines import byline_of
from wirecopy.tasks.formats.jsonfeed import parse_json_feed
from wirecopy.tasks.formats.wiretext import fix_mojibake, html_tree, tree_figures, tree_paragraphs

# -- notes closing agency copy: each goes, the story before it stays -------------------------

_NOTES_AT_THE_END = [
    # the print issue pointed to (Greek, Dutch, Faroese, Icelandic, German)
    "Περισσότερα στην έντυπη έκδοση της «Νέας Ημέρας» που κυκλοφορεί αύριο.",
    "Dit artikel verscheen in de papieren editie van De Havenkrant van zaterdag 3 mei.",
    "Les meira í Havnarblaðnum, sum kemur út hósdagin.",
    "Fréttin birtist fyrst í Vesturlandsblaðinu sem kom út á miðvikudag.",
    "Mehr dazu lesen Sie in der gedruckten Ausgabe vom Samstag.",
    # a subscription offered at its price, or where to subscribe
    "Sie wollen den Hafenboten täglich lesen? Das E-Paper-Abo gibt es ab 9,90 Euro im Monat.",
    "Want the paper every morning? A digital subscription is $4.99 a month.",
    "Sadamalehte saab tellida toimetuses või postkontoris.",
    "Naročite se na Obalni tednik in ga vsak petek prejmite v vaš nabiralnik.",
    # an appeal to support the outlet (Spanish, Basque, Persian)
    "Apoya el periodismo independiente del puerto. Haz tu aporte a La Voz del Muelle.",
    "Egin zaitez harpidedun: Portuko Hitza irakurleen babesari esker argitaratzen da.",
    "بندر امروز یک رسانه مستقل است. برای ادامه کار، از ما حمایت مالی کنید.",
    # a funder's note (Armenian, Hungarian, Lithuanian)
    "Նյութը պատրաստվել է «Նավահանգիստ» հիմնադրամի ֆինանսական աջակցությամբ։ Բովանդակության "
    "համար պատասխանատու է միայն Port.am-ը։",
    "A médiaprojektum Zenta Község társfinanszírozásával készült. A támogatott "
    "médiaprojektumban kifejtett nézetek nem feltétlenül tükrözik a támogató álláspontját.",
    "Projektą „Uosto žinios – arčiau skaitytojo“ remia Medijų rėmimo fondas. Skirta suma – "
    "4 200 eurų.",
    # reuse forbidden (Bulgarian, Montenegrin)
    "Копирането на материали от Pristanishte.bg без писменото съгласие на редакцията е забранено.",
    "Zabranjeno preuzimanje sadržaja bez navođenja izvora i linka ka Luka.me.",
    # Thai source credit, a gallery's count, a Taiwanese reminder, a LINE friend call
    "ขอบคุณข้อมูลจาก สถานีข่าวท่าเรือ",
    "ขอบคุณภาพจาก สำนักงานเขตท่าเรือ",
    "Galería 14 fotos",
    "《港灣日報》提醒您：酒後不開車，安全有保障。",
    "▼港湾新聞公式LINEを友だち登録すると、毎朝のニュースをお届けします",
    # a held story's end mark
    "END EMBARGOED STORY",
    # (wire_av) follow the news on the messengers, on the site and app; the full version there
    "برای دریافت سریع‌ترین اخبار بندر، کانال بندر امروز را در پیام‌رسان‌ها دنبال کنید.",
    "Sigue toda la actualidad del puerto en radiopuerto.es y en la app de Radio Puerto.",
    "Повну версію звіту читайте на сайті ради: port.gov.ua",
    "欢迎关注“港城发布”政务微博、微信公众号，获取更多权威信息。",
    "Éist le nuacht an chuain gach maidin ag raidiochuain.ie.",
    "Fylgstu með Hafnarfréttum á Facebook til að sjá nýjustu fréttirnar.",
    "Tuilleadh nuachta: Scoil nua ag an gcé",
    "（港务局新闻办公室 供稿）",
    # (agency_bc, wire_aw) more languages' appeals, follows, pointers and notes
    "यदि आप हमारा सहयोग करना चाहते हैं, तो हमारी स्वतंत्र पत्रकारिता को सदस्यता लेकर मज़बूत करें।",
    "Gosta do nosso jornalismo? Faça a sua assinatura: este artigo é de acesso livre.",
    "Sigue a Radio Muelle en Google News para no perderte nada.",
    "Segwu lil Port News fuq Facebook, Instagram u YouTube.",
    "Hægt er að gerast áskrifandi að blaðinu á hafnarfrettir.is.",
    "Prenumerera på Hamnbladet och få lokala nyheter varje morgon.",
    "Cijeli tekst pročitajte u tiskanom izdanju od petka.",
    "Dit persbericht is ook in het Engels beschikbaar op haven.nl/en.",
    "Artiklen er opdateret med nye tal fra havnen.",
    "请浏览港口网 www.gangkou.example 获取更多新闻",
    "Be raštiško sutikimo draudžiama panaudoti „Uosto žinių“ informaciją.",
    "PORTU Creative Commons lizentziapean argitaratzen da (CC BY-SA 4.0).",
    "Lagundu kazetaritza independentea: harpidetu PORTUra.",
    "Projektą „Uosto krašto kultūra ir turizmas“ remia Medijų rėmimo fondas. Skirta suma – 9 €.",
    "END HARBOUR FERRY",
    "Lennit ivez : Kentelioù war ar porzh",
    "ഈ വാര്‍ത്ത കൂടി വായിക്കൂ തുറമുഖം: പുതിയ ബോട്ട് സര്‍വീസ്",
    "อ่านข่าวเพิ่มเติม",
    "Gambar oleh Siti Aminah Harun",
    "Luc'hskeudenn : Yann Kerrien",
    # (third wave: agency_bd, wire_ax)
    "Още новини от пристанището четете на pristan.bg/region/varna",
    "Gerstu áskrifandi: Hafnarblaðið er í eigu lesenda sinna.",
    "Fai a túa achega: Porto.gal é un medio sen ánimo de lucro.",
    "Harpidetu Portu.eus-en: komunikazio independentea euskaraz.",
    "Endelea kufuatilia habari za bandari kwenye YouTube channel ya Redio Bandari.",
    "Eñ soñki haberlerni «Liman» gazetasınıñ Facebook saifesinde oquñız.",
    "Daugiau naujienų – mūsų „Facebook“ paskyroje „Uosto balsas“.",
    "Abonner i dag på Hamnavisa, avisa for kysten!",
    "Har du et tip til os? Send en mail til nyheder@havneavisen.example",
    "Arxivat a: Ferrocarril, Tarragona, Mobilitat",
    "«Айлақ» газетінің материалын көшіріп басқанда сілтеме міндетті.",
    "A entrada O porto abre a nova terminal apareceu primeiro en Porto Galego.",
    "M.K./T.R.",
    "Naročite se na e-novice in vsak petek prejmite novice Obalnega tednika.",
    "How did you feel after reading this article?",
    "यो खबर पढेर तपाईंलाई कस्तो महसुस भयो ?",
    "ماتېرىياللارنى كۆچۈرۈپ بېسىشتا «پورت» گېزىتىگە سىلتەمە بېرىش شەرت.",
]

# -- story lines beside those forms: each stays, in the middle and at the end ----------------

_STAY = [
    "More people now read the print edition than the website, the survey found.",
    "More than 200 people came out to protest on Friday.",
    "Netflix raised its subscription to $15 a month, the company said.",
    "How much is the ferry pass? It costs $15 a month, the operator said.",
    "Uut teenust saab tellida veebis alates märtsist.",
    "Projektą remia Europos Sąjunga, sakė meras.",
    "Sud je zabranio preuzimanje sadržaja sa portala bez dozvole vlasnika, rekao je advokat.",
    "警方提醒您：酒後不開車，違者重罰。",
    "Apoyan el plan del puerto los tres partidos de la oposición.",
    "Sigue abierta la investigación sobre el incendio del muelle, según la policía.",
    "La versión completa del informe está en www.ine.es, dijo el ministro.",
    "网友在微博上转发了这条消息，引发热议。",
    "Sigue a la baja el precio del petróleo en Google News, según analistas.",
    # (the cold review's story lines, each once removed by a draft of this session's rules)
    "More people in the UK now read the print edition of the Sun than the website, Ofcom said.",
    "More than 5,000 people in the town, which came out strongly against the plan, signed it.",
    "There's more in this budget that comes out of the pockets of families than he admits.",
    "This story in the Times that came out on Sunday prompted an inquiry.",
    "Greinin í tímaritinu sem kom út í síðustu viku vakti mikla athygli.",
    "Mehr Menschen in Bayern lesen die gedruckte Ausgabe als das E-Paper, ergab die Studie.",
    "Прес-служба ДСНС: 12.03.2024 у Києві сталася пожежа, загинули двоє людей.",
    "Pressestelle der Polizei: Zeugen werden gebeten, sich unter 0621 174-4444 zu melden.",
    "市は公式LINEの友だち登録者数が10万人を突破したと発表した。",
    "詐欺グループは偽の公式LINEに友だち追加させ、現金をだまし取っていた。",
    "If you have a Netflix subscription, you will pay $2 more per month from May.",
    "Sie haben ein Deutschlandticket-Abo? Ab Januar kostet es 58 Euro im Monat.",
    "Tuotteen voi tilata verkkokaupasta, ja toimitukseen menee kaksi päivää.",
    "Исправлено 12 ошибок в законе о выборах: Госдума приняла поправки во втором чтении.",
    "Opraveno 40 km silnic: kraj dokončil letní opravy před termínem.",
    "Rettet den 1. FC Kaiserslautern: Fans sammeln zwei Millionen Euro.",
    "Naročite se na presejalni pregled, ko vabilo prispe v vaš nabiralnik, svetujejo v programu.",
    "Haz tu aporte al fondo de ayuda para los damnificados por la DANA en www.cruzroja.es.",
    "The full text of the ruling is available at www.supremecourt.gov.",
    "End of story.",
    "（图为市民在湖边散步，市园林局供图）",
    "Още новини: кметът каза, че четете внимателно сайта varna.bg.",
    # (the second cold review's story lines)
    "More news organisations now reach readers on Facebook and TikTok than on television.",
    "Egyre több hírportál jelent meg a Facebookon a választás előtt.",
    "Više vijesti o poplavama građani mogu pratiti na Facebook stranici grada.",
    "Повече новини от региона ще има в YouTube канала на общината от понеделник.",
    "More news outlets read the leaked memo on gov.uk before it was withdrawn.",
    "Още новини за пожара четете в следващите часове, обещаха от общината на varna.bg.",
    "Сот газеттің материалын рұқсатсыз көшіріп басқан сайтқа 500 мың теңге айыппұл салды.",
    "Har du tip til naboen? Mange danskere giver 50 kroner til jul, viser en undersøgelse.",
    "Arxivat a: la jutgessa tanca la causa contra l'exalcalde de Reus",
    "A entrada do porto apareceu primeiro en Vigo Press.",
    "How did you feel after reading this article, the judge asked the witness.",
    "Više od 200 ljudi u tiskanom izdanju čitalo je vijest.",
    "More than 200 readers in the print edition voted for the new ferry.",
]


@pytest.mark.parametrize("line", _NOTES_AT_THE_END)
def test_session37_agency_notes_closing_the_copy_go(line: str) -> None:
    article = clean_with_line(line, "end")
    assert line not in article.body_text
    assert article.body_text.endswith(STORY[-1])


@pytest.mark.parametrize("line", _STAY)
@pytest.mark.parametrize("where", ["mid", "end"])
def test_session37_story_lines_beside_the_new_forms_stay(line: str, where: str) -> None:
    assert line in clean_with_line(line, where).body_text


@pytest.mark.parametrize(
    ("line", "features"),
    [
        (
            "Sie wollen den Hafenboten lesen? Das E-Paper-Abo gibt es ab 9,90 Euro im Monat.",
            {"channel", "offer"},
        ),
        ("Sadamalehte saab tellida toimetuses või postkontoris.", {"channel", "offer"}),
        ("Netflix raised its subscription to $15 a month, the company said.", set()),
    ],
)
def test_a_subscription_offer_is_a_feature_only_to_the_reader(
    line: str, features: set[str]
) -> None:
    assert features <= note_features(line)
    assert features or "offer" not in note_features(line)


def test_a_quoted_name_with_a_dash_is_a_name_not_a_quote() -> None:
    # Five tokens, four words: the project's name in quotes does not make the note someone's.
    line = (
        "Projektą „Uosto žinios – arčiau skaitytojo“ remia Medijų rėmimo fondas. "
        "Skirta suma – 900 eurų."
    )
    assert line not in clean_with_line(line, "end").body_text
    quoted = "„Uosto žinios – arčiau skaitytojo ir jo šeimos kasdien“, – sakė redaktorė."
    assert quoted in clean_with_line(quoted, "end").body_text


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Korjattu 3.4. kello 9.15: Jutussa kerrottiin aiemmin väärä päivämäärä.", "labelled"),
        ("Javítva: a cikk korábbi változatában tévesen szerepelt a dátum.", "labelled"),
        ("Corrigé le 4 mars : une version précédente donnait un mauvais chiffre.", "labelled"),
        ("Corregido el informe: dijo el ministro.", None),
    ],
)
def test_a_corrected_label_opens_a_copy_note(line: str, label: str | None) -> None:
    assert copy_note(line) == label


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("Копирането на материали от Pristan.bg без съгласие на редакцията е забранено.", True),
        ("Zabranjeno preuzimanje sadržaja bez navođenja izvora i linka ka Luka.me.", True),
        ("Sud je zabranio preuzimanje sadržaja bez dozvole, rekao je advokat.", False),
    ],
)
def test_bulgarian_and_montenegrin_reuse_notices(line: str, notice: bool) -> None:
    assert is_reuse_notice(line) is notice


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("新碼頭正進行第一期工程。（攝：林曉晴）", "林曉晴"),
        ("بندرگاہ کا ایک پرانا منظر — بشکریہ: بندرگاہ آرکائیوز", "بندرگاہ آرکائیوز"),
        ("แบบก่อสร้างท่าเรือใหม่ ภาพจาก: เพจเทศบาลเมือง", "เพจเทศบาลเมือง"),
        ("港を楽しむ市民ら（3日午後2時ごろ、山田花子撮影）", "山田花子"),
        ("Tilts pēc pārbūves. Vizualizācija: Rīgas dome", "Rīgas dome"),
        ("Takto bude vyzerať prístav. Vizualizácia: Mesto Prístav", "Mesto Prístav"),
        ("Svona gæti höfnin litið út. Tölvuteikning: Hafnar arkitektar", "Hafnar arkitektar"),
        ("बन्दरगाहको नक्सा । तस्बिर सौजन्य : बन्दरगाह कार्यालय", "बन्दरगाह कार्यालय"),
        ("ဆိပ်ကမ်းတွင် လှေများ (ဓာတ်ပုံ − ဒေသခံ)", "ဒေသခံ"),
        ("الميناء القديم قبل الترميم. (أرشيفية: الإنترنت)", "الإنترنت"),
    ],
)
def test_a_one_character_chinese_or_an_urdu_courtesy_label_splits_the_credit(
    caption: str, credit: str
) -> None:
    split = split_credits(caption)
    assert split.credits == (credit,)
    assert credit not in split.caption


def test_a_maltese_photo_line_alone_is_a_picture_credit() -> None:
    article = clean_with_line("Ritratti: Port News", "end")
    assert "Ritratti" not in article.body_text
    assert [c.credit for c in article.captions] == ["Port News"]


# -- wire_av: a feed's publisher as its author, an end mark glued on, a release's letterhead --


def _json_feed(title: str, author: str) -> dict[str, object]:
    return {
        "version": "https://jsonfeed.org/version/1.1",
        "title": title,
        "authors": [{"name": author}],
        "items": [{"id": "1", "title": "Ferry timetable", "content_text": "The council met."}],
    }


@pytest.mark.parametrize(
    ("title", "author", "authors"),
    [
        ("Radio Harbour 98,4 - News", "Radio Harbour 98,4", ()),
        ("Harbour Post | Sport", "Harbour Post", ()),
        ("Annaberg News", "Anna Berg", ("Anna Berg",)),
        ("Rachel Kim on Tech", "Rachel Kim", ("Rachel Kim",)),
    ],
)
def test_a_json_feeds_publisher_is_no_author_of_its_items(
    title: str, author: str, authors: tuple[str, ...]
) -> None:
    assert parse_json_feed(_json_feed(title, author)).items[0].authors == authors


def test_an_end_mark_glued_to_the_last_sentence_goes() -> None:
    text = "Ferry timetable approved\n\n" + "\n\n".join(STORY) + "***\n"
    article = clean(text)
    assert article.body_text.endswith(STORY[-1])
    assert has_removed(article, "signoff", "end_mark", "***")


def test_a_release_letterhead_block_is_no_headline() -> None:
    text = (
        "Harbour City Council\nPress Office\nPRESS RELEASE\n\n"
        "Ferry timetable approved for the summer\n\n" + "\n\n".join(STORY) + "\n"
    )
    article = clean(text)
    assert article.title == "Ferry timetable approved for the summer"
    assert article.body_text.startswith("PORT ALDER, March 12")  # (its wire tag read off)
    assert "PRESS RELEASE" not in article.body_text


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (
            "Gielda meannuda ášši ođđajagimánus.",
            "Gielda meannuda ášši ođđajagimánus.",
        ),  # Sámi, as written
        ("Dellâ€™s", "Dell’s"),
        ("ä¸­æ–‡", "中文"),
    ],
)
def test_mojibake_repair_leaves_a_latin_words_own_letters(text: str, fixed: str) -> None:
    assert fix_mojibake(text) == fixed


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("（文/王小明 图/李大华）", ("王小明",)),
        ("图/李大华", ()),
        ("（图为市民在湖边散步）", None),
    ],
)
def test_a_chinese_text_and_picture_credit_names_the_writer(
    line: str, writers: tuple[str, ...] | None
) -> None:
    assert staff_credit(line) == writers


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("报道：林美玲", ("林美玲",)),
        ("Texto: Ana Luíza Meireles - Ascom Porto", ("Ana Luíza Meireles",)),
    ],
)
def test_more_staff_credit_forms_name_the_writer(line: str, writers: tuple[str, ...]) -> None:
    assert staff_credit(line) == writers


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("NguSipho Ndlovu", ("Sipho Ndlovu",)),
        ("Ngubane said the works would start", None),
        ("Írta: Kovács-Tóth Réka", ("Kovács-Tóth Réka",)),
        ("Von unserem Korrespondenten Paul Weber", ("Paul Weber",)),
        ("Von unserem Korrespondenten Paul Weber, Brüssel", ("Paul Weber",)),
        ("By Jan Dziennikarski", ("Jan Dziennikarski",)),
    ],
)
def test_a_zulu_byline_glued_to_its_name(line: str, authors: tuple[str, ...] | None) -> None:
    found = byline_of(line)
    assert (found[0] if found else None) == authors


def test_a_press_office_signing_the_copy_is_no_writer() -> None:
    assert closing_signature("Harbour Council Press Office") == ()
    text = (
        "Ferry timetable approved\n\n" + "\n\n".join(STORY) + "\n\nHarbour Council Press Office\n"
    )
    assert not clean(text).authors


def test_a_feeds_paragraph_holding_a_picture_and_its_caption_is_a_figure() -> None:
    tree = html_tree(
        '<p class="photo"><img src="https://x.jp/p/1.jpg" alt=""><br>'
        '<span class="caption">港に入る漁船＝境港市</span></p><p>本文の段落です。</p>'
    )
    assert tree_figures(tree) == [("https://x.jp/p/1.jpg", "港に入る漁船＝境港市", None)]


def test_a_chinese_releases_attached_picture_line_is_a_caption() -> None:
    article = clean_with_line("附图：新码头夜景（王明 摄）", "end")
    assert "附图" not in article.body_text
    assert [c.credit for c in article.captions] == ["王明"]


def test_a_g2_xhtml_bodys_picture_box_is_the_items_picture_not_a_paragraph() -> None:
    from wirecopy.tasks.formats.wire import parse_wire

    body = (
        '<div class="article_photo"><img src="https://img.example.org/ferry.jpg" alt=""/>'
        '<p class="caption">The new ferry at the quay. Photo: Harbour Board</p></div>'
        "<div><p>The harbour reopened on Monday.</p><p>Ferries run hourly.</p></div>"
    )
    xml = (
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="t1" version="1">'
        '<itemMeta><itemClass qcode="ninat:text"/></itemMeta>'
        "<contentMeta><headline>Harbour reopens</headline></contentMeta><contentSet>"
        "<inlineXML contenttype='application/xhtml+xml'>"
        f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>'
        "</inlineXML></contentSet></newsItem>"
    ).encode()
    wire = parse_wire(xml)
    assert wire is not None
    (item,) = wire.items
    assert item.paragraphs == ("The harbour reopened on Monday.", "Ferries run hourly.")
    assert [im.url for im in item.images] == ["https://img.example.org/ferry.jpg"]
    assert item.images[0].caption == "The new ferry at the quay. Photo: Harbour Board"


def test_a_feed_paragraph_of_a_picture_and_its_marked_caption_is_a_figure() -> None:
    tree = html_tree(
        '<p><img src="https://x.my/p/1.jpg" alt="" /><br />码头大排长龙。（摄影：陈志豪）</p>'
        "<p>正文的段落。</p>"
    )
    assert tree_figures(tree) == [("https://x.my/p/1.jpg", "码头大排长龙。（摄影：陈志豪）", None)]
    plain = html_tree(
        '<p><img src="https://x.my/p/2.jpg" alt="" /><br />正文的段落，没有图片说明。</p>'
    )
    assert tree_figures(plain) == []


# -- pages: a members' locked half, a short sentence in it, a state many times the print ----

_FERRY = [
    "The harbour board voted on Tuesday to replace the two old ferries that serve the island, "
    "after a decade of breakdowns and cancelled crossings in winter.",
    "The new ferries will carry 120 passengers each and run on batteries charged at the quay "
    "overnight, the board's chair told the meeting.",
    "Each ferry will cost about four million euros, and the state has agreed to pay half of the "
    "bill from its coastal transport fund this year.",
    "The first ferry is due in the spring of next year; the second will follow six months later "
    "if the yard keeps to its schedule.",
]


def test_a_members_locked_half_and_its_short_sentence_are_the_articles() -> None:
    from wirecopy.tasks.html.extract import extract_html

    html = (
        "<html><head><title>Harbour board buys ferries</title></head><body>"
        '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
        "<article><h1>Harbour board buys two electric ferries</h1>"
        f'<div class="article-body"><p>{_FERRY[0]}</p><p>{_FERRY[1]}</p></div>'
        '<div class="member-only-guide"><p>This article is for members. Log in to read on.</p>'
        '</div><div class="article-body article-body--member" hidden>'
        f"<p>{_FERRY[2]}</p><p>The yard is in Gdańsk.</p><p>{_FERRY[3]}</p></div>"
        "</article><footer><p>© Harbour Post</p></footer></body></html>"
    )
    got = extract_html(html, "https://harbour.example/a").paragraphs
    assert [p for p in got if p in _FERRY] == _FERRY
    assert "The yard is in Gdańsk." in got
    assert got.index("The yard is in Gdańsk.") == got.index(_FERRY[2]) + 1


def test_a_script_state_many_times_the_printed_part_is_read_from_one_paragraph() -> None:
    import json

    from wirecopy.tasks.html.extract import extract_html

    rest = [
        "Islanders welcomed the decision but asked the board to keep the old timetable until "
        "both new ferries are in service.",
        "The board will hold a public meeting on the new timetable in the village hall on the "
        "first Monday of next month.",
        "The old ferries, built in 1987 and 1991, will be sold or scrapped once the new boats "
        "have passed their sea trials.",
    ]
    body = [{"type": "paragraph", "text": t} for t in _FERRY + rest]
    state = {"props": {"pageProps": {"article": {"lead": "Two battery ferries.", "body": body}}}}
    html = (
        "<html><head><title>Harbour board buys ferries</title></head><body>"
        '<header><nav><a href="/">Home</a></nav></header><main><article>'
        "<h1>Harbour board buys two electric ferries for the island route</h1>"
        "<p class='article__lead'>Two battery ferries will replace the old boats next spring.</p>"
        f"<p>{_FERRY[0]}</p></article></main>"
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
        "</body></html>"
    )
    got = extract_html(html, "https://harbour.example/a").paragraphs
    assert all(p in got for p in _FERRY + rest)


def test_a_paragraph_with_its_own_sentence_beside_a_picture_is_no_figure() -> None:
    story = "境港の漁港では、けさも多くの漁船が水揚げのために戻ってきた。" * 3
    tree = html_tree(
        f"<p>{story}</p><p>水揚げは午前６時に始まった。<img src='https://x.jp/p/1.jpg'>"
        "<span class='caption'>港に入る漁船＝境港市</span></p>"
    )
    assert tree_figures(tree) == []
    assert any("水揚げは午前６時に始まった。" in p for p in tree_paragraphs(tree))


def test_a_headline_ending_in_press_release_stays_the_headline() -> None:
    text = "Police apologise for misleading press release\n\n" + "\n\n".join(STORY) + "\n"
    assert clean(text).title == "Police apologise for misleading press release"


def test_a_hidden_half_after_a_paywall_prompt_is_the_articles() -> None:
    from wirecopy.tasks.html.extract import extract_html

    html = (
        "<html><head><title>Harbour board buys ferries</title></head><body>"
        '<header><nav><a href="/">Home</a></nav></header><article>'
        "<h1>Harbour board buys two electric ferries</h1>"
        f'<div class="contenu-article"><p>{_FERRY[0]}</p><p>{_FERRY[1]}</p>'
        '<div class="ad-slot"><span>Publicité</span></div>'
        '<div class="paywall-teaser">This article is for subscribers.</div>'
        f'<div class="article-paid" style="display:none"><p>{_FERRY[2]}</p><p>{_FERRY[3]}</p>'
        "</div></div></article><footer><p>© Harbour Post</p></footer></body></html>"
    )
    got = extract_html(html, "https://harbour.example/a").paragraphs
    assert [p for p in got if p in _FERRY] == _FERRY


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Juttua muokattu 3.4. klo 9.15: Korjattu laiturin pituus.", "labelled"),
        ("Juttua muokattu paljon viime vuosina: lehti kertoo.", None),
    ],
)
def test_a_finnish_edited_label_opens_a_copy_note(line: str, label: str | None) -> None:
    assert copy_note(line) == label


def test_a_wire_items_desk_author_gives_way_to_the_byline_over_its_body() -> None:
    from tests._helpers_pure import raw_doc
    from wirecopy.tasks.clean import clean_document
    from wirecopy.tasks.parse import parse_input

    xml = (
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="t1" version="1">'
        '<itemMeta><itemClass qcode="ninat:text"/></itemMeta>'
        "<contentMeta><headline>Harbour reopens</headline><creator><name>Ritstjórn</name>"
        "</creator></contentMeta><contentSet><inlineXML contenttype='application/xhtml+xml'>"
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Von unserem Korrespondenten Paul '
        "Weber</p><p>The harbour reopened on Monday after a month of repairs to the quay.</p>"
        "<p>Ferries run hourly again.</p></body></html></inlineXML></contentSet></newsItem>"
    ).encode()
    (doc,) = parse_input(raw_doc(xml, "file:///wire/in/item.xml"))
    article = clean_document(doc)
    assert list(article.authors) == ["Paul Weber"]
    assert article.body_text.startswith("The harbour reopened")


def _hidden_after(before: str, box_class: str) -> list[str]:
    from wirecopy.tasks.html.extract import extract_html

    html = (
        "<html><head><title>Harbour board buys ferries</title></head><body>"
        '<header><nav><a href="/">Home</a></nav></header><article>'
        "<h1>Harbour board buys two electric ferries</h1>"
        f'<div class="contenu-article"><p>{_FERRY[0]}</p><p>{_FERRY[1]}</p>{before}'
        f'<div class="{box_class}" style="display:none"><p>{_FERRY[2]}</p><p>{_FERRY[3]}</p>'
        "</div></div></article><footer><p>© Harbour Post</p></footer></body></html>"
    )
    return list(extract_html(html, "https://harbour.example/a").paragraphs)


def test_a_neutral_hidden_box_after_a_paywall_prompt_is_the_articles() -> None:
    got = _hidden_after('<div class="paywall-teaser">For subscribers only.</div>', "rest")
    assert [p for p in got if p in _FERRY] == _FERRY


def test_a_hidden_box_after_a_staff_card_stays_hidden() -> None:
    card = '<div class="staff-member-card"><p>Maria Lopez</p></div>'
    got = _hidden_after(card, "bio")
    assert _FERRY[2] not in got and _FERRY[3] not in got


def test_hostile_long_fields_are_read_no_further() -> None:
    # A note to readers is short and a writer's name is too: longer input is read no further
    # (the patterns behind them cost seconds on 20,000 characters of one mark).
    from wirecopy.tasks.clean import _people

    assert note_features("A." * 10000 + "/") == frozenset()
    assert note_features("Follow us on Telegram for the latest news. " * 30) == frozenset()
    assert _people(["x" * 20000], None) == []
    assert _people(["Jane Doe"], None) == ["Jane Doe"]
