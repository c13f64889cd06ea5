"""Split photo credits out of caption text: rules are named data, one pattern per credit form.

>>> split_credits("Troops march on Monday. (Photo: Reuters)")
CreditSplit(caption='Troops march on Monday.', credits=('Reuters',))
>>> split_credits("A photo of the crowd on Monday.").credits
()
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from wirecopy.schemas.agencies import AGENCY_ALIASES, CAPITALS_ONLY, canonical_agency
from wirecopy.schemas.records import CreditSplit
from wirecopy.tasks.cleaning.shapes import CJK
from wirecopy.tasks.rule_switches import fire, is_on, register, rules_off

# Agencies and picture desks whose name alone (or as a "Name/Agency" tail) marks a credit.
# Case-insensitive names are long enough that no caption word collides with them.
_AGENCIES_ANYCASE = (
    "Getty Images",
    "Getty",
    "Reuters",
    "Imago",
    "Shutterstock",
    "Xinhua",
    "Keystone",
    "Belga",
    "picture alliance",
    "picture-alliance",
    "iStockphoto",
    "iStock",
    "Bloomberg",
    "Anadolu Agency",
    "Anadolu",
    "NurPhoto",
    "Alamy",
    "Yonhap",
    "Kyodo",
    "Sputnik",
    "Ritzau Scanpix",
    "Scanpix",
    "Europa Press",
    "Unsplash",
    "Pexels",
    "Pixabay",
    "Wikimedia Commons",
    "Handout",
    # Korean agencies (Yonhap, Newsis, News1), written in Hangul in Korean captions.
    "연합뉴스",
    "뉴시스",
    "뉴스1",
    # Agencies as Japanese captions name them (Reuters, Kyodo, Jiji, Xinhua, Yonhap, Getty),
    # after "＝" or in brackets: "…警察官ら＝ロイター", "（共同）".
    "ロイター",
    "共同通信",
    "共同",
    "時事通信",
    "時事",
    "新華社",
    "聯合ニュース",
    "ゲッティ",
    # Chinese-language agencies as Chinese captions name them (Xinhua, China News Service,
    # Taiwan's Central News Agency): "（中央社）", "（新华社发）".
    "新华社",
    "中新社",
    "中通社",
    "中央社",
    # The national news agencies of other countries, by the names their credits print (a
    # closed class: one agency per country or two, each a proper name no caption word shares).
    "Associated Press",
    "Agence France-Presse",
    "Agence France Presse",
    "Press Association",
    "Canadian Press",
    "Jiji Press",
    "Kyodo News",
    "Lehtikuva",
    "Bernama",
    "Ukrinform",
    "Interfax",
    "RIA Novosti",
    "РИА Новости",
    "ТАСС",
    "Agência Brasil",
    "Agencia Brasil",
    "Télam",
    "Notimex",
    "Prensa Latina",
    "Agerpres",
    "Tanjug",
    "Adnkronos",
    "LaPresse",
    "Imagoeconomica",
    "Fotogramma",
    "Ritzau",
    # Agencies as Arabic captions name them (Reuters, AFP, AP, Anadolu, Xinhua, EPA, Getty).
    "رويترز",
    "أ.ف.ب",
    "أ ف ب",
    "فرانس برس",
    "أسوشيتد برس",
    "الأناضول",
    "شينخوا",
    "إي بي إيه",
    "غيتي",
)
# Short acronyms: matched with their exact case so "Ap" or "epa" inside prose never counts.
_AGENCIES_EXACT = (
    "AP Photo",
    "AP",
    "AFP",
    "EPA-EFE",
    "EPA",
    "EFE",
    "dpa",
    "DPA",
    "PA Wire",
    "PA Images",
    "PA",
    "AAP",
    "APA",
    "ANP",
    "ANSA",
    "TASS",
    "SIPA",
    "Sipa",
    "ZUMA",
    "WENN",
    "NTB",
    "KEYSTONE",
    # National agencies by their acronyms (Poland, Czechia, India, Portugal, Indonesia,
    # Malaysia, Ukraine, Iran, North Korea, Switzerland, Italy), exact case.
    "PAP",
    "ČTK",
    "CTK",
    # (… Slovakia's, Slovenia's)
    "TASR",
    "STA",
    "PTI",
    "IANS",
    "LUSA",
    "Lusa",
    "ANTARA",
    "Antara",
    "BERNAMA",
    "UNIAN",
    "IRNA",
    "KCNA",
    "Keystone-SDA",
    "Ansa",
)
# Acronyms of agencies that are also other things' short names (Alcoholics Anonymous, the Audi
# TT, a nursing assistant): agencies in brackets, in a slash credit or after a label, never as
# a bare word closing a caption ("… sizes AAA / AA"). Hungary, Sweden, Finland, India,
# Bulgaria, Croatia, the Baltics, Palestine, Qatar, the Emirates, Turkey, Switzerland, Taiwan,
# the Philippines, Vietnam.
_AGENCIES_EXACT_SHORT: tuple[str, ...] = (
    "MTI",
    "TT",
    "STT",
    "ANI",
    "BTA",
    "HINA",
    "LETA",
    "ELTA",
    "BNS",
    "WAFA",
    "QNA",
    "WAM",
    "AA",
    "DHA",
    "İHA",
    "IHA",
    "SDA",
    "ATS",
    "CNA",
    "PNA",
    "VNA",
    # (Morocco's Maghreb Arabe Presse: "… le 13 octobre. Crédit: MAP")
    "MAP",
)
# … and every other acronym the alias table knows as an agency in capitals only (North
# Macedonia's MIA, Albania's ATA, Catalonia's ACN, Slovenia's STA …): one list for both.
_AGENCIES_EXACT_SHORT += tuple(
    sorted({a.upper() for a in CAPITALS_ONLY} - {a.upper() for a in _AGENCIES_EXACT_SHORT})
)
# Every spelling the rules read as a known agency (schemas/agencies.py names each one).
KNOWN_AGENCIES: tuple[str, ...] = _AGENCIES_ANYCASE + _AGENCIES_EXACT + _AGENCIES_EXACT_SHORT


def _agency_pattern(exact: tuple[str, ...]) -> str:
    """The agencies as one alternation, longest first so "Getty Images" wins over "Getty" and
    "AP Photo" over "AP"."""
    return "(?:{}|(?i:{}))".format(
        "|".join(re.escape(a) for a in sorted(exact, key=len, reverse=True)),
        "|".join(re.escape(a) for a in sorted(_AGENCIES_ANYCASE, key=len, reverse=True)),
    )


_AGENCY = _agency_pattern(_AGENCIES_EXACT + _AGENCIES_EXACT_SHORT)
_AGENCY_ALONE = re.compile(_AGENCY)
# A bare agency word closing a caption: the names no other short name shares.
_AGENCY_BARE = _agency_pattern(_AGENCIES_EXACT)
# "Jane Doe/AFP via Getty Images", "Reuters photo": an agency with its usual suffixes.
_AGENCY_SUFFIXES = rf"(?:\s+via\s+{_AGENCY})?(?:\s+(?i:photo|images|wire))?"
_AGENCY_TAIL = rf"{_AGENCY}{_AGENCY_SUFFIXES}"
_AGENCY_BARE_TAIL = rf"{_AGENCY_BARE}{_AGENCY_SUFFIXES}"
# "— Reuters pic", "— Bernama pix": Malaysian and Singaporean papers' word for the picture
# after the agency; a label, not part of the name, so the credit ends before it.
_PIC_SUFFIX = r"(?:\s+(?i:pic|pix|pics))?"

# "NASA via AP": whoever handed the picture to the agency that sent it out, a name.
_VIA_SOURCE = r"[A-Z][^()\[\]\n,;|]{0,40}?"
# The same outside brackets, after a sentence end: capitalised words only ("U.S. Navy via AP"),
# so a short caption ending "… in Paris via AFP" is no credit.
# A dot inside a token ("R.Schmitt") or after an initial ("Kevin S."), never a sentence end;
# the two forms exclude each other (before a non-space; before a space or the end):
# overlapping, "A.A.A.A-A.A" backtracked for a minute.
# (… an Arabic or Hebrew initial's dot too: "ي. بن علي")
_INNER_DOT = (
    r"\.(?=\S)|(?<=\b[A-ZÀ-ÞЀ-ЯΑ-Ω])\.(?!\S)|(?<=(?<!\w)[\u0590-\u06ff])\.(?=\s)"
    # … an Indic initial of one to three signs ("ഫോട്ടോ: എൻ.ആർ. സുധർമ്മദാസ്").
    r"|(?<=[.\s][\u0900-\u0dff])\.(?=\s)|(?<=[.\s][\u0900-\u0dff]{2})\.(?=\s)"
    r"|(?<=[.\s][\u0900-\u0dff]{3})\.(?=\s)"
    # … and the dot of "Dok."/"Doc." (documentation: "Foto: Dok. Pemprov DKI Jakarta", the
    # picture from the institution's files, as Indonesian and Malay papers credit it)
    r"|(?<=(?<!\w)[Dd]o[kc])\.(?=\s)"
)
_VIA_WORD = rf"(?:[^\s.!?()\[\]|]|{_INNER_DOT})"
_VIA_NAME = rf"[A-Z0-9]{_VIA_WORD}{{0,20}}(?:\s+[A-Z0-9&]{_VIA_WORD}{{0,20}}){{0,3}}"
# "(NASA via AP, File)": AP's mark of an archive picture, which says when it was taken, not
# who took it.
_FILE_QUALIFIER = r"\s*,\s*(?i:file)"

# A picture source by its name: a known agency, or a name ending in a word that names a news
# or picture organisation ("The Yomiuri Shimbun", "Associated Press", "Jane Doe Photography").
_SOURCE_NAME = re.compile(
    rf"(?:^|\s|/)(?:{_AGENCY}|(?:Shimbun|Press|News|Agency|Photos?|Photography|Images|Pictures"
    r"|Wire|Archives?|Studios?|SHIMBUN|PRESS|NEWS|AGENCY|PHOTOS?|PHOTOGRAPHY|IMAGES|PICTURES"
    r"|WIRE|ARCHIVES?|STUDIOS?))\.?$"
)
# Label words that introduce a credit ("Photo:", "Foto:", "Bild:", "Credit:", "Photo by" ...).
_LABEL_WORDS = (
    # (… in capitals too: "STAFF PHOTO BY X", "FILE PHOTO: X")
    r"(?:File |Archive |Handout |Cover |Staff |FILE |ARCHIVE |HANDOUT |STAFF )?"
    r"(?i:photo(?:graph)?s?|photographer)",
    # "File picture: X", "Archive image: X" (the Irish papers' file credit).
    r"(?:File|Archive) (?i:picture|image)",
    r"(?i:(?:photo|image|picture) credits?)",
    # "Photo illustration by X", "Illustration: X"; capitalised only, as a credit line opens:
    # "… in an illustration by Leonardo" is caption text.
    r"(?:Photo [Ii]llustration|Illustration)",
    r"(?i:credits?|crédits?|créditos?)",
    r"(?i:images?|pictures?|pics?)",
    # (… and the Turkish and Azerbaijani plural, "Fotolar: X")
    r"(?i:fotos?|fotolar|fotografie|fotograf|bild(?:er)?|quelle|kuva|zdjęcie|фото|imaxe|imatge"
    # (… Turkish "visual")
    r"|görsel)",
    # (Kinyarwanda photo, Hebrew illustration)
    r"(?i:ifoto|איור)",
    # German credit headings: picture source, picture/photo credits, picture rights, and
    # "Symbolfoto: X" / "Archivbild: X" (a symbolic or archive picture by X).
    r"(?i:bildquelle|bildnachweis|fotonachweis|bildrechte|(?:symbol|archiv)(?:foto|bild))",
    # … and the Nordic papers' archive picture ("Arkivfoto: X", "Arkivbild: X", "Arkivbilde").
    r"(?i:arkiv(?:foto|bild|bilde))",
    r"(?i:copyright)",
    # Source, collage, infographic and illustration (Russian, Ukrainian) and picture (Zulu)
    # labels.
    r"(?i:источник|коллаж|инфографика|інфографіка|иллюстрация|ілюстрація|isithombe)",
    # The photo or picture label in the other languages captions are written in: Dutch,
    # Spanish, Portuguese, Hungarian, Turkish, Malay and Indonesian, Icelandic, Greek,
    # Bulgarian, Hebrew, Vietnamese ("Beeld: X", "Fotó: MTI/X", "Ảnh: Reuters").
    r"(?i:beeld|fotó|fotoğraf(?:lar)?|llun|gambar|(?:ljós)?mynd|(?:φωτογραφία|φωτο)(?:\s+αρχείου)?"
    r"|снимка|хаартыска|сурет|צילום|انځור|צילום אילוסטרציה|צילום ארכיון|ພາບ|sary|פֿאָטאָ|તસ્વીર|છાયા"
    r"|छाया|гэрэл зургийг"
    r"|ảnh(?: minh họa)?"
    # (… Kurmanji and Sorani Kurdish "picture": "(Wêne: Xwebûn)")
    r"|wêne|وێنە"
    # (… Armenian "the photo(s)", Sinhala "photos")
    r"|լուսանկար(?:ը|ները)?|සේයාරූ)",
    # Norwegian "Bilde:", Czech "Snímek:", Croatian and Serbian "Snimio:"/"Snimila:"
    # (photographed by).
    r"(?i:bilde|snímek|snimi(?:o|la))",
    # A graphic's or an illustration's credit, as the Nordic, Dutch and Iberian papers label
    # it ("Grafik: X", "Grafiikka: X", "Illustrasjon: X", "Ilustración: X").
    r"(?i:grafik|grafikk|grafiikka|grafika|infografik|illustrasjon|illustratie|ilustración"
    # (Finnish "illustration", an architect's rendering: "Havainnekuva: Arkkitehtitoimisto X")
    r"|havainnekuva"
    r"|ilustração|ilustracja|kuvitus)",
    # … and a map's, a chart's, a graphic's or a video's maker ("Chart: The Line",
    # "Infographie : Les Echos", "Video: Tafelberg-kabelkar"); a title after the label
    # ("Chart: Sales fell in May") is the graphic's (_graphic_title).
    # ("Graphic: Y" after a photo credit is a role of the shoot: role_credits.)
    # (… Polish "chart", "map": "Wykres: OKO.press", "Mapa: X")
    r"(?i:map|chart|infographics?|infographie|infograf[ií]a|infografica|video|vídeo|wykres|mapa"
    # (… an architect's visualisation: "Visualiseering: Zaha Hadid Architects")
    r"|visuali[sz]ation|visualisierung|visualiseering|visualisering|wizualizacja|vizualizace"
    # (… Latvian, Lithuanian, South Slavic, Hungarian, Italian, Spanish, Portuguese)
    r"|vizualizācija|vizualizacija|vizualizácia|vizualizáció|visualizzazione|visualización"
    r"|visualização|tölvuteikning|il·lustració"
    # (… Bulgarian and Russian, Ukrainian, Macedonian and Serbian)
    r"|визуализация|візуалізація|визуализација)",
    # Thai "thanks for the picture", Hindi "graphics", Korean "graphic" and "photo provided",
    # with their separator only.
    # (… "thanks for the picture from": "ขอบคุณภาพจาก : เพจ …")
    r"(?:ขอบคุณภาพ(?:\s?จาก)?|ग्राफिक्स|그래픽|사진\s?제공)(?=\s*[:=：＝ःઃ៖])",
    # Japanese and Chinese "photographed" as a label, with its colon only ("撮影：西﨑進也";
    # Macau's and Hong Kong's one character, "（攝：林曉晴）").
    r"(?:撮影|摄影|攝影|攝|摄)(?=\s*[:：])",
    # (… Urdu "courtesy" with its colon: "… — بشکریہ: اسٹیٹ آرکائیوز")
    r"بشکریہ(?=\s*[:：])",
    # Hindi, Thai, Persian and Arabic photo labels, with their colon only: each is also a
    # common word of the caption's own text ("ภาพ" is any picture).
    # ("फोटो सौजन्य", photo courtesy, as Marathi and Hindi papers credit a handout)
    # ("छायाचित्र", photograph, Marathi's word, with a spaced dash too: "(छायाचित्र – X)")
    # (… Thai "picture from", "picture by": "ภาพจาก: เพจเทศบาล …")
    r"(?:(?:फोटो|फ़ोटो|छायाचित्र)(?:\s+(?:साभार|सौजन्य))?|ภาพ(?:จาก|โดย)?|عکس|تصوير|صورة)"
    r"(?=\s*[:=：＝ःઃ៖]|-\s|\s[–—-]\s)",
    # … and in more of the wires' languages, with their colon only too: Belarusian, Kazakh,
    # Mongolian, Nepali and Hindi, Bengali, Urdu, Georgian, Amharic, Burmese, Khmer, Tamil,
    # Somali and Swahili ("Фота: БелТА", "Гэрэл зургийг: МОНЦАМЭ", "Sawirka: SONNA").
    # (Bengali "picture courtesy": "ছবি সৌজন্য: X")
    r"(?:(?i:фота|сурет|гэрэл\s+зураг\w*|sawir\w*|picha)|(?:तस्बिर|तस्वीर)(?:\s+सौजन्य)?|તસવીર"
    r"|ছবি(?:\s+সৌজন্যে?)?|تصویر|منبع عکس|أرشيفية"
    r"|فوٹو|ფოტო|ፎቶ"
    r"|ဓာတ်ပုံ|រូបថត|படம்"
    # (… Assamese, Sorani Kurdish, Dhivehi, Khmer "picture" and Chichewa)
    r"|ফটো|وێنە|ފޮޓޯ|រូបភាព|(?i:chithunzi))(?=\s*[:=：＝ःઃ៖]|\s-\s)|ፎቶ(?=\s*[፡፦])",
    # Greek "source", Shona, Greenlandic and Papiamentu "picture", Persian "photographer", with
    # their colon only.
    r"(?:(?i:πηγή|mufananidzo|assi|potrèt)|عکاس)(?=\s*[:：])",
    # … and Armenian ("Լուսանկարը՝ X", its comma-like separator), Basque, Welsh, Catalan and
    # the other Romance "fotografia", Thai "picture source", with their separator only.
    # (their forms as labels only: "Լուսանկարում՝ X", "Argazkian: X" say who is in the photo)
    # (… Armenian "the graphic", Estonian "drawing", "illustration")
    r"(?:(?i:լուսանկար(?:ը|ները)?|լուսանկարի\s+հեղինակ|(?:ինֆո)?գրաֆիկ(?:ը)?|joonis|illustratsioon"
    r"|argazkia|argazkiak|llun|lluniau"
    r"|fotografia)|ที่มาภาพ|ที่มา)(?=\s*[:=：＝՝])",
    # Spanish and Portuguese "image" with its colon only: "Imagen de X" is what it shows.
    r"(?i:imagen|imagem)(?=\s*[:=：＝ःઃ៖])",
    # Irish "photograph" and "picture", Filipino "picture", Thai "picture credit", with their
    # separator only; Filipino "taken by" ("Kuha ni X") and "picture from" ("Larawan mula sa").
    r"(?:(?i:grianghraf|pictiúr|larawan|dealbh)|เครดิตภาพ)(?=\s*[:=：＝ःઃ៖])",
    # (Scottish Gaelic "picture by": "(Dealbh le Ruairidh MacIlleathain)")
    r"(?-i:Dealbh)(?=\s+le\s+[A-ZÀ-Þ])",
    # Hausa and Maltese "photo" (and "photos"), Sorani Kurdish "picture", with their colon only.
    # (… Northern Sami and Samoan "picture": "Govva: Sámediggi", "Ata: Savali")
    r"(?:(?i:hoto|ritratti?|govva|ata)|وێنە)(?=\s*[:=：＝ःઃ៖])",
    # A picture sent with a release, its caption after the label: "Fotografia em anexo: …",
    # "Photo attached: …", "Foto en adjunto: …" (its credit after the caption).
    r"(?i:(?:fotografia|foto|imagem|imagen|photo|picture)s?\s+(?:em anexo|en adjunto|adjunta|"
    r"attached|ci-jointe?|in allegato|im anhang))(?=\s*[:=：])",
    # "Photo/video: X" (Georgian "ფოტო/ვიდეო: შსს", Russian "Фото/видео: …"): the credit of both.
    r"(?i:photo|foto|фото|ფოტო)\s?/\s?(?i:video|видео|відео|ვიდეო)(?=\s*[:=：＝])",
    # … and the photo, picture or screenshot label of more languages, with their colon only:
    # Sinhala, Malayalam, Kannada, Telugu, Gujarati, Punjabi, Odia, Marathi, Dhivehi, Pashto,
    # Persian ("photo by"), Arabic ("infographic"), Kyrgyz, Tajik, Turkmen, Uzbek and Russian
    # ("screenshot"), Māori ("Whakaahua: X"); Sindhi and Kurdish photo, Khmer picture and
    # source, Uzbek "the photos' author", "Photo courtesy:".
    # (… Kannada "picture courtesy", ಚಿತ್ರ ಕೃಪೆ)
    r"(?:ಚಿತ್ರ ಕೃಪೆ|ಫೋಟೋ ಕೃಪೆ|ඡායාරූප(?:ය)?|ഫോട്ടോ|ചിത്രം|ಚಿತ್ರ|ಫೋಟೋ|ఫోటో|చిత్రం|તસવીર|ફોટો|ਫੋਟੋ|ਤਸਵੀਰ|ଫଟୋ|छायाचित्र"
    r"|ފޮޓޯ|انځور|عکس\s+از|إنفوجرافيك|فوٽو|فۆتۆ|រូបភាព|ប្រភព"
    r"|(?i:сүрөт|акс|suratlar\s+muallifi|surat\s+muallifi|surat|skrinshot|скриншот|whakaahua"
    r"|(?:photo|picture|image)\s+courtesy"
    r"|argazkia|autor(?:ka)?\s+(?:zdjęcia|zdjęć|fotografie|fotografií|fotografiei|foto)))"
    r"(?=\s*[:=：＝ःઃ៖])",
    # Swahili "picture by" ("Picha na X", capitalised where a credit line starts: "akipiga
    # picha na wanafunzi" is taking a picture with them), Thai "picture by" ("ภาพโดย X").
    # (… in capitals too, as the credit in brackets is set: "(PICHA NA OFISI YA WAZIRI MKUU)")
    r"(?<![^\W\d_]\s)(?-i:Picha(?=\s+na\s+[A-Z])|PICHA(?=\s+NA\s+[A-Z]))|ภาพโดย(?=\s)",
    # Kazakh "the picture taken by" ("Суретті түсірген Ерлан Омаров"), French papers' "Ph :"
    # (photo) with its colon only.
    r"(?-i:Суретті түсірген)(?=\s+[А-ЯЁӘҒҚҢӨҰҮҺІ])|(?-i:Ph)(?=\s*:)",
    # Sinhala's photo label, with the spaced dash its papers set after it ("ඡායාරූපය - X").
    r"ඡායාරූප(?:ය)?(?=\s[-–]\s)",
    r"(?i:kuha(?=\s+ni\s)|larawan(?=\s+mula\s+sa\s))",
    # Korean, Japanese and Chinese ("사진=연합뉴스", "写真：共同", "图片来源：新华社"): no spaces
    # between words, so the picture-source compounds are words of their own.
    # (… and a chart's or a map's maker: "制图：财新数据通", "製圖：X")
    # (… "사진 출처 : X", the photo's source, as KBS sets it under a picture)
    r"(?:사진\s?출처|사진|写真提供|写真|図版|圖片來源|图片来源|图片|圖片|摄影|攝影|图源|制图|製圖|照片提供|圖片提供"
    r"|图片提供|照片來源)",
)
_LABEL_WORD = r"(?:{})".format("|".join(_LABEL_WORDS))
# "Sursa foto:", "Fonte foto:": a source word before a picture label (ro, it, pt, es, pl, cs).
_SOURCE_BEFORE_LABEL = r"(?i:sursa|fonte|fuente|źródło|zdroj)\s+"
# "Crédit photo :", "Foto credit:": a label may be two label words.
_LABEL = rf"(?:{_SOURCE_BEFORE_LABEL})?{_LABEL_WORD}(?:\s+{_LABEL_WORD})?"
# A role in a shoot's credits ("Styling", "Haare", "Make-up", "Grafik"): one capitalised word,
# not itself a credit or source label.
_ROLE = (
    rf"(?!{_LABEL}\s*:|(?i:sources?|quellen?|fuentes?)\s*:)"
    r"[A-ZÀ-ÖØ-Þ][^\W\d_]{1,20}(?:-[^\W\d_]{1,12})?"
)
# "Photo: X", "Photo by X", "Foto von X" (Albanian "Foto nga X", Indonesian "Foto oleh X"),
# "[Photo = X]", "Credit…X" (The New York Times' own ellipsis after its credit label): a label
# with its separator.
_LABEL_SEP = (
    r"(?:\s*[:=：＝՝៖]|[ःઃ](?=\s)|(?<=ፎቶ)\s*[፡፦]|\s+(?i:by|von|par|di|de|nga|oleh)\b(?![-‐])|(?<=[Cc]redit|CREDIT)(?:\.{3}|…)(?=\S)"
    # Swahili "na" (by) after "Picha"; a space after Thai's "ภาพโดย" (picture by).
    r"|(?<=[Pp]icha)\s+na\b|(?<=PICHA)\s+NA\b|(?<=[Ll]lun)\s+gan\b|(?<=ภาพโดย)\s|(?<=түсірген)\s(?=[А-ЯЁӘҒҚҢӨҰҮҺІ])"
    # Filipino "ni" (by) after "Kuha", "mula sa" (from) after "Larawan".
    r"|(?<=[Kk]uha)\s+ni\b|(?<=[Ll]arawan)\s+mula\s+sa\b"
    # (… Scottish Gaelic "le" (by) after "Dealbh")
    r"|(?<=Dealbh)\s+le\b"
    # A hyphen then a space after a label of a script without case ("फोटो- विवेक शर्मा", as
    # Hindi papers print it); "Foto- und Videoaufnahmen" is a German compound.
    r"|(?<=[^\x00-\u024f])-(?=\s)"
    # … or a spaced dash after a Sinhala, Burmese, Khmer or Tamil label ("ඡායාරූපය - X",
    # "ဓာတ်ပုံ - X", as their papers print it; "… की तस्वीर - मुंबई" is a caption's word for
    # picture and a place).
    r"|(?<=[\u0d80-\u0dff\u1000-\u109f\u1780-\u17ff\u0b80-\u0bff])\s[-–](?=\s)"
    # (… and after Marathi's "photograph" and "courtesy", a word no caption ends with)
    r"|(?<=छायाचित्र)\s[-–—](?=\s)|(?<=सौजन्य)\s[-–—](?=\s)"
    # "Image via X", "Photo via X": whom the picture came through (Mothership's form).
    r"|(?<=[Ii]mage|[Pp]hoto)\s+via\b"
    # Set off by a space (the label in a <span> of its own): capitalised, opening the text or
    # after a sentence end, before a name ("tax credit... Officials say" is a sentence).
    r"|(?:(?<=^Credit)|(?<=^CREDIT)|(?<=[.!?)\]] Credit)|(?<=[.!?)\]] CREDIT))"
    r"(?:\.{3}|…)\s+(?=[A-Z]))"
)
# Inside brackets a pipe separates a label too: "(Photo | PTI)".
# … and a hyphen: "(फोटो- पीटीआई)" (Hindi papers).
_BRACKET_SEP = rf"(?:{_LABEL_SEP}|\s*\||\s?-\s+)"
# "(Dok.X)", "(Dok: X)", "(Dokumentasi: X)": documentation, the Indonesian and Malay label of a
# picture's source, abbreviated with its full stop as separator. Only inside brackets: the
# Dutch "dok" (dock) may end a sentence.
_BRACKET_ONLY_LABEL = r"(?:(?i:dok(?:umentasi)?)(?:\.|\s*:)|ภาพจาก\s*)"
# "Fot. PAP/Jan Kowalski" (Polish), "Nuotr. Jonas Jonaitis" (Lithuanian), "Φωτ.: X" (Greek):
# a photo label cut short with a full stop. Only where a credit line starts (the caption's
# start, after a sentence end, in brackets): inside a sentence "fot." is a Swedish foot.
# (Icelandic "Ljósm.", ljósmynd: photograph)
_ABBREVIATED_LABEL = r"(?:[Ff]ot|FOT|[Nn]uotr|NUOTR|[Φφ]ωτ|ΦΩΤ|[Ll]jósm|LJÓSM)\.(?:\s*:)?"

# A Creative Commons licence in brackets after the credit ("Jan Polák (CC BY-SA 4.0)"): the
# credit's, as printed.
_LICENCE = r"(?:\s*\((?:CC|cc)[\w .-]{1,20}\))"
# … and the agency's desk code in capitals in brackets ("Ива Бонева/БТА (ПК)": BTA's).
# (… an agency's short name in mixed case too: "(UzA)", "(KazTAG)")
_DESK_CODE = (
    r"(?:\s*\((?-i:[A-ZА-ЯЁΑ-Ω]{2,4}"
    r"|[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]{1,5}[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]{0,3})\))"
)
# One character of credit text: no sentence end (CJK ones too), bracket or pipe; a dot only
# as _INNER_DOT allows.
_C = rf"(?:[^.!?()\[\]|\n/。！？]|{_INNER_DOT})"
# Credit text that may hold slashes ("SN/APA/KEYSTONE/CYRIL ZINGARO").
_CS = rf"(?:{_C}|/)"
# A part of a slash credit starts like a name: a capital, a digit or a lower-case agency.
# Greek and Cyrillic capitals too ("EUROKINISSI/ΓΙΑΝΝΗΣ ΠΑΝΑΓΟΠΟΥΛΟΣ", "ТАСС/Иван Петров").
_PART_START = rf"(?:[A-Z0-9À-ÖØ-ÞΆ-ΏΑ-ΩЀ-Я]|{_AGENCY})"
# "REUTERS/Jane Doe", "Scott Peterson/Getty Images", "picture alliance / dpa".
_SLASH = rf"{_PART_START}{_C}{{0,60}}(?:/\s*{_PART_START}{_C}{{0,60}}){{1,6}}"
# Credit text of a source line, which names institutions: an abbreviated word's full stop
# before a particle ("Natl Inst. for Space Research", "Univ. of Oslo") ends no sentence, and an
# acronym in brackets ("(INPE)") is part of the name.
_CSRC = (
    rf"(?:{_CS}|(?<=[a-z])\.(?=\s+(?:of|for|and|de|des|du|für)\s)"
    r"|\s*\([A-Z][A-Za-z]{1,9}\)(?=[\s,;]|\s*\.?\s*$))"
)
# Text inside a labelled bracket, which may hold one bracketed short form of the name
# ("(Photo: Agencia Brasil (ABr))", "(Source: Statistics Canada (StatCan))"); a nested bracket
# opens with "(" that the single characters exclude, so matching stays linear.
_NESTED = r"(?:[^()\[\]\n]|\([^()\[\]\n]{1,20}\))"
# Where a free-standing credit may start: the text start, or after a sentence end.
_AFTER_SENTENCE = r"(?:^|(?<=[.!?\"”’»)؛])\s+|(?<=[。！？]))"
# The same without the text's start: a sentence of the caption stands before ("Kamala Harris
# (AP)" alone is whom the picture shows, with AP's credit).
_SENTENCE_BEFORE = r"(?:(?<=[.!?\"”’»)])\s+|(?<=[。！？]))"
# A label word without its colon before a credit: "Photo", "Foto", "Picture" or "Image" set
# off by a slash ("Photo / X", "[Photo/Xinhua]" as Chinese papers print it; "BILD / X" names a
# paper, "Photos / Video" two media), or any
# label right before a known agency ("Beeld ANP", "Foto ANP / X"). Not before any name:
# "Picture alliance", "Image Source/Getty Images" and "Images of Africa/Alamy" are names.
# Words saying where a picture stands on the page, after a picture label in brackets.
_POSITION_WORDS = (
    r"(?i:mitte|oben|unten|links|rechts|left|right|above|below|top|bottom|centre|center|"
    r"gauche|droite|haut|bas|izquierda|derecha|arriba|abajo|sinistra|destra)"
)
# One word of any script as a label (a capital or a caseless letter first, no digit).
_ONE_WORD_LABEL = r"(?:[^\W\d_a-z][^\W\d_]{1,13}|[\u0900-\u0dff][\u0900-\u0dff]{1,13})"
# Words before a colon that are no credit's label: positions, media, notes, headings.
_NOT_CREDIT_LABELS = (
    rf"(?:{_POSITION_WORDS}|(?i:video|audio|watch|listen|read|more|update|updated|note|"
    r"editor|caption|pictured|inset|file|map|graphic|chart|see|also|related|live|breaking|"
    r"exclusive|opinion|analysis|interview|venue|where|when|date|time|location|place|"
    r"speaker|guest|host|title|category|tags?|lire|voir|siehe|ver|vea|leia|veja|video|"
    r"vídeo|ort|datum|lugar|fecha|luogo|data|autor|autora|author|auteur|"
    # "Pictured" in the languages that say it in one word ("… Kuvassa: Sanna Marin").
    r"kuvassa|képen|resimde|pildil|attēlā|nuotraukoje)"
    # (… a chart's unit or its data's source period in Chinese and Japanese: "（单位：万辆）")
    r"|单位|單位|単位)"
)
_SPACED_LABEL = (
    # "圖／X", "資料照／X" (Taiwan's picture and file-picture labels) too.
    # (… "（攝影／林家緯）": photographed by, in Taiwan's brackets)
    rf"(?:(?:Photo|Foto|Picture|Image|PHOTO|FOTO|Ljósmynd|Mynd|Kuva|Fotó|Фото|圖|图|資料照|资料照"
    r"|攝影|摄影|圖片|图片|照片提供|圖片提供|图片提供)"
    r"\s*[/／]\s*"
    rf"|{_LABEL_WORD}\s+(?={_AGENCY}(?![\w-]))"
    # … or before a name in capitals closing the caption ("… semalam. – Foto HARAKAHDAILY"):
    # a desk or a paper signs so.
    r"|(?-i:Photo|Foto|Picture|Image|Bild|Beeld|Gambar|PHOTO|FOTO|GAMBAR|ILLUSTRATION)\s+"
    # (not a kind of picture or a pointer: "GAMBAR HIASAN", "FOTO ILUSTRASI", "FOTO ARSIP",
    # "PHOTO ESSAY", "PHOTO BELOW")
    r"(?!(?-i:HIASAN|ILUSTRASI|ILLUSTRATION|ARSIP|ARCHIVE|ARCHIV|ARCHIVO|FAIL|FILE|DOKUMENTASI"
    r"|DOK|ESSAY|BELOW|ABOVE|LEFT|RIGHT|INSET|TOP|BOTTOM|GALLERY|GALERI|SYMBOL|SIMBOL)\b)"
    r"(?=(?:[A-ZÀ-Þ]{3,}|DR)(?:[ .&-][A-ZÀ-Þ]{2,}){0,2}\s*\.?\s*$)"
    # … or a Cyrillic picture label before a name in the genitive closing it ("… під скляним
    # перекриттям. Фото Олександра Ляшенка": photo of, by the photographer).
    r"|(?-i:Фото|Фота|Світлина)\s+(?=[А-ЯЁІЇЄҐЎ][а-яёіїєґў'’-]+\s+[А-ЯЁІЇЄҐЎ][а-яёіїєґў'’-]+\s*\.?\s*$"
    # … or before the outlet's web address ("Фото Kaktus.media").
    r"|[\w-]{2,30}\.[a-z]{2,6}\s*$))"
)
# "Source" in other languages (es, it/pt, nl, cs/sk, hu, tr, pl, ro, da/no, sv, fi, zh).
_SOURCE_WORDS = (
    r"fuente|fonte|bron|zdroj|forrás|kaynak|źródło|sursa|kilde|källa|lähde|nguồn|sumber|"
    r"来源|來源|"
    # … Georgian, Armenian, Ukrainian, Hebrew, Arabic and Mongolian.
    r"წყარო|աղբյուր|джерело|מקור|المصدر|эх\s+сурвалж|"
    # … South Slavic, Slovenian, Albanian, Baltic, Estonian and Persian.
    r"izvor|vir|burimi|avots|šaltinis|allikas|منبع"
)
# "Courtesy of" as the wires' languages write it (es, pt, it, fr, de).
_COURTESY = (
    r"(?:(?:(?:Photo|Picture|Pic|Image)\s+)?(?i:courtesy)(?:\s+of)?|(?i:cortes[ií]a)\s+de|(?i:cedid[ao]s?)\s+por"
    # Malay "ihsan" (courtesy: "Gambar ihsan PDRM", Kosmo's "IHSAN JBPM"), after its picture
    # word or in capitals only: "Ihsan" is a given name too.
    r"|(?:(?i:foto|gambar)\s+(?i:ihsan)|IHSAN)"
    r"|(?i:per gentile concessione)\s+di|(?i:avec l['’]aimable autorisation)\s+de"
    # Argentina's and Uruguay's "Gentileza X" (courtesy of X).
    r"|(?-i:Gentileza)(?:\s+(?i:de))?"
    r"|(?i:mit freundlicher genehmigung)(?:\s+(?:von|der|des))?"
    # "(Submitted by Dana Oickle)", "(Supplied by the family)": a reader's or a family's
    # picture, handed in: the same kind of credit.
    r"|(?:Submitted|Supplied|Provided|SUBMITTED|SUPPLIED|PROVIDED)\s+(?i:by)"
    # (Hebrew "by courtesy of", Yiddish "with permission of", Urdu "courtesy")
    r"|באדיבות|מיט דערלויבעניש פֿון|بشکریہ)"
)
# A person's name: two to five capitalised words or initials (particles between them), no
# sentence end inside ("Berlin. Jane Doe" is two lines).
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ](?:[\w'’-]+|\.)"
# A word of a credit in any script, capitalised or caseless ("Đoàn", "CFM"): the rule's
# max_lower rejects the lower-case ones.
_CREDIT_WORD = r"[^\W\d_][\w'’&.-]{0,30}"
# (… a nickname in quotes among them: "Ramón “Tonito” Zayas")
_PERSON_NAME = (
    rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|[“\"«]{_NAME_WORD}[”\"»]|van|von|der|den|de|da|di|del|la"
    r"|le|og|och|y|e)){1,5}"
)
# One to three capitalised words naming a paper or a desk ("ST", "Express", "Korea Times").
_OUTLET_WORDS = r"(?:[A-Z][\w&'’-]{0,15}\s+){1,3}"
# An acronym (what a name in brackets may spell out), the capitalised words or word parts
# before it, and how far back they are read.
_ACRONYM = re.compile(r"[A-ZÀ-ÖØ-ÞČŠŽ]{2,6}")
_NAME_PARTICLES = frozenset({"of", "e", "de", "del", "la", "and", "und", "for", "the"})
_ACRONYM_WORDS_CHARS = 80
# A capital of a cased script (Latin, Greek, Cyrillic) opening a name.
_CASED_CAPITAL = r"[A-ZÀ-ÖØ-ÞĀ-ŽΆ-ΏΑ-ΩЀ-Я]"
# A trailing full stop after the credit belongs to the credit form, not to the caption.
_END = r"\s*\.?\s*$"


@dataclass(frozen=True, slots=True)
class CreditRule:
    """A named pattern matching one credit form at the end of a caption (group 'credit')."""

    name: str
    pattern: re.Pattern[str]
    # Lower-case words (other than particles) allowed in the credit: unlabelled forms get none.
    max_lower: int = 2
    # A part of the pattern every match holds (a label's separator, a slash): where the tail
    # holds none, the rule cannot match and is not tried. Most tails searched are captions
    # without a credit (the rules run once more after the last cut), on which the slowest
    # rules cost most.
    hint: re.Pattern[str] | None = None


def _rule(
    name: str, pattern: str, max_lower: int = 2, hint: re.Pattern[str] | None = None
) -> CreditRule:
    return CreditRule(name, re.compile(pattern + _END), max_lower, hint)


# The hints: parts of the rules' patterns that every match of theirs holds.
_SEPARATOR_HINT = re.compile(_LABEL_SEP)
_SLASH_HINT = re.compile("/")
# The year (or years) after a copyright sign, before the holder's name: the notice's ("© 2025
# Merdeka.com/X", "© 2020-2024 X", "© 2024–25 X", "© 2024/Jane Doe").
_COPYRIGHT_YEAR = (
    r"(?:(?:19|20)\d{2}(?:\s?[-–]\s?(?:(?:19|20)\d{2}|\d{2}))?(?:,?\s+|\s?/\s?)(?=[^\W\d_]))?"
)
# The copyright sign, and the circled letter Korean captions print for it ("ⓒ 김철수").
_COPYRIGHT_HINT = re.compile(r"[©ⓒⒸ]|\([cC]\)|（[CcＣｃ]）")
_SOURCE_HINT = re.compile("[:：＝]")
_ANY_LABEL_HINT = re.compile("[:：፡]")
_ABBREVIATED_HINT = re.compile(_ABBREVIATED_LABEL)
_KOREAN_REPORTER_HINT = re.compile("기자|제공")
_PHOTOGRAPHED_HINT = re.compile("撮影|摄|攝|图|圖")

# The known agencies' spellings in scripts other than Latin ("كونا", "ایرنا", "ТАСС").
_SCRIPT_AGENCIES = "|".join(
    sorted((re.escape(a) for a, _ in AGENCY_ALIASES if not a.isascii()), key=len, reverse=True)
)

# Tried in order on the caption's tail; the first match whose credit looks like a credit wins,
# then the rules run again on what is left, so "(Photo by X) (X/Get)" loses both tails.
CREDIT_RULES: tuple[CreditRule, ...] = (
    # "… Great Wall. ST PHOTO: JANE DOE", "(Express photo by Jane Doe)", "… Korea Times photo
    # by X": the paper's (or desk's) name before the photo label, where a credit line starts
    # (after a sentence end, in brackets): the name is part of the label, not the caption. Not
    # after a word run: "… the White House Photo: X" keeps the caption's last words; at the
    # caption's start, the name in capitals ("ST PHOTO: X"; "Die Brücke Foto: X" is a caption
    # of two words and its credit).
    _rule(
        "outlet_photo_label",
        rf"(?:{_SENTENCE_BEFORE}|[(\[]\s*|^(?=(?:[A-Z][A-Z&'’.-]{{0,15}}\s+){{1,3}}))"
        rf"(?!FILE\b|File\b){_OUTLET_WORDS}"
        rf"(?i:photo(?:graph)?|pic|foto)(?:\s*[:=：＝]|\s+(?i:by|von)\b)\s*"
        rf"(?P<credit>{_CS}{{1,120}}?)\s*[)\]]?",
        hint=_SEPARATOR_HINT,
    ),
    # "(Photo: Reuters)", "(File photo: Reuters)", "(Photo by X)", "[Photo = X]": explicit label.
    _rule(
        "bracket_label",
        # (… Korean broadcasters' angle brackets too: "〈사진=연합뉴스〉")
        rf"[(\[（〈]\s*(?:{_LABEL}{_BRACKET_SEP}|{_BRACKET_ONLY_LABEL}|{_ABBREVIATED_LABEL}"
        # "(foto Marchetti)": in brackets the label needs no colon before a capitalised name.
        # Not a position in the page: "(Bild Mitte)", "(Photo Left)" say which picture.
        rf"|{_SPACED_LABEL}|(?i:foto|photo|fotó|bild|kuva|фото)\s+(?=[A-ZÀ-ÞЀ-Я])"
        # (… Arabic papers' "(تصوير عبدالله الخلف)": photographed by, no colon; Japanese
        # sports papers' "（カメラ・中島 傑）": camera, then the photographer)
        r"|(?:تصوير|عدسة)\s+|カメラ・"
        # (… French "Ph." in its brackets only, as West African papers sign: "(Ph. Burkina24)";
        # "Ph. Martin, président" after a sentence is Philippe Martin)
        r"|Ph\.\s+(?!D\b)(?=[A-ZÀ-Þ])"
        rf"(?!{_POSITION_WORDS}\b))\s*"
        rf"(?P<credit>{_NESTED}{{1,150}}?)\s*[)\]）〉]",
    ),
    # "(© X)": copyright sign in brackets.
    _rule(
        "bracket_copyright",
        rf"[(\[]\s*(?:[©ⓒⒸ]|\([cC]\))\s*{_COPYRIGHT_YEAR}(?P<credit>[^()\[\]\n]{{1,150}}?)\s*[)\]]",
    ),
    # "… am Rigi. Urs Flueeler (Keystone)", "… a mano alzada. Jane Doe (EFE)": a photographer's
    # name and the agency in brackets after it, where a credit line starts (after a sentence
    # end): the two are one credit, as printed. "The mayor met Jane Doe (Reuters)" is a
    # sentence, whose credit is the agency alone.
    _rule(
        "name_bracket_agency",
        rf"{_SENTENCE_BEFORE}(?P<credit>{_PERSON_NAME}\s*\({_AGENCY_TAIL}\))",
        max_lower=0,
    ),
    # "(AFP)", "(Getty Images)", "(AP Photo)", "(Xinhua photo)", "（共同）": an agency alone in
    # brackets (fullwidth ones too), named as it names itself ("AP Photo" is AP's credit line;
    # "photo" after others is not).
    # "(CP Images)", "(Star Photos)": a picture service's name in brackets closing the caption,
    # its capitalised Images or Photos saying so (an agency the table lacks).
    _rule(
        "bracket_picture_service",
        r"[(\[]\s*(?P<credit>[A-Z][\w&.'’-]{0,20}(?:\s+[A-Z][\w&.'’-]{0,20}){0,2}"
        r"\s+(?:Images|IMAGES|Photos|PHOTOS|Pictures))\s*[)\]]",
        max_lower=0,
    ),
    _rule(
        "bracket_agency",
        # A capitalised "Photo" is part of the credit line as printed ("(AA Photo)", "(AP
        # Photo)"); "(Xinhua photo)" in lower case says what the picture is.
        rf"[(\[（]\s*(?P<credit>(?:{_VIA_SOURCE}\s+via\s+)?{_AGENCY}(?:\s+via\s+{_AGENCY})?"
        rf"(?:\s+(?:Photos?|PHOTOS?|Images|IMAGES|Wire|WIRE))?)"
        rf"(?:\s+(?i:photos?|images|wire))?(?:{_FILE_QUALIFIER})?\s*[)\]）]",
    ),
    # "(FotoSchicchi)", "(FotoGiada)": a picture agency whose name is the photo word and its
    # own, glued, in brackets.
    _rule("bracket_glued_photo", r"[(\[]\s*(?P<credit>Foto[A-Z][\w'’-]{2,30})\s*[)\]]"),
    # "(Jane Doe photo)": a name followed by the word photo, in brackets.
    _rule(
        "bracket_name_photo",
        r"[(\[]\s*(?P<credit>[^()\[\]\n]{1,60}?)\s+(?i:photos?|foto)\s*[)\]]"
        # … and a known agency's name before the picture word of its script ("(ایرنا عکس)";
        # "(архивное фото)" says what the picture is).
        rf"|[(\[]\s*(?P<named>(?i:{_SCRIPT_AGENCIES}))\s+(?:انځور|عکس|صورة|фото|ფოტო|तस्वीर|ছবি)"
        r"\s*[)\]]",
    ),
    # "… in May. (Christie's)", "(Bespoke Real Estate)": a short capitalised name in brackets
    # closing a sentence-ended caption.
    _rule(
        "bracket_name_after_sentence",
        # "(Le Soleil, Erick Labbé)": the paper and the photographer, a comma between — two
        # words or more after it ("(Caracas, Venezuela)" says where).
        # (… a nickname in quotes among the words: "(Ramón “Tonito” Zayas)")
        r"(?<=[.!?\"”’])\s*\((?P<credit>(?:[A-Z]|\d(?=\w*[A-Za-z]))[\w'’&.-]*"
        r"(?:\s+(?:[A-Z][\w'’&.-]*|[“\"«][A-Z][\w'’&.-]*[”\"»])){0,3}"
        r"(?:,\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){1,2})?)\)",
        max_lower=0,
    ),
    # "… in April. [Elvis Ogina, Standard]", "[File, Standard]", "[Courtesy]": the Kenyan papers'
    # credit in square brackets, the photographer and the paper parted by a comma.
    _rule(
        "square_bracket_name_after_sentence",
        r"(?<=[.!?\"”’])\s*\[(?P<credit>[A-Z][\w'’&.-]*(?:,?\s+[A-Z][\w'’&.-]*){0,4})\]",
        max_lower=0,
    ),
    # "… الكورنيش. (واس)": a short name in brackets after an Arabic caption's sentence.
    _rule(
        "arabic_bracket_after_sentence",
        r"(?<=[.!؟])\s*\((?P<credit>[\u0621-\u064a]{2,15}(?:\s[\u0621-\u064a]{2,15}){0,2})\)",
    ),
    # "… على الخط الرابع (و.م.ع)": an agency's Arabic initials with their dots in brackets
    # closing the caption: MAP's "و.م.ع", AFP's "أ.ف.ب", AP's "أ.ب", dpa's "د.ب.أ", QNA's
    # "ق.ن.أ" (other initials name bodies: "(م.ت.ف)" is the PLO).
    _rule(
        "arabic_initials_bracket",
        r"\s*\((?P<credit>و\.م\.ع|[أا]\.ف\.ب|[أا]\.ب|د\.ب\.[أا]|ق\.ن\.[أا]|و\.[أا]\.ف)\.?\)",
    ),
    # "… بعد إعادة افتتاحها (بلال بنسالم/فرانس برس)": a photographer's name and a known agency
    # in its own script, a slash between, in brackets closing an Arabic caption.
    _rule(
        "arabic_bracket_name_agency",
        rf"[(（]\s*(?P<credit>[\u0621-\u064a]{{2,15}}(?:\s[\u0621-\u064a]{{2,15}}){{1,2}}\s*/\s*"
        rf"(?:{_SCRIPT_AGENCIES}))\s*[)）]",
    ),
    # "… عقب افتتاحها (كونا)", "…（ایرنا）": a known agency spelled in its own script, in
    # brackets closing the caption, with or without a sentence end before it.
    _rule(
        "script_agency_bracket",
        rf"[(（]\s*(?P<credit>(?i:{_SCRIPT_AGENCIES}))\s*[)）]",
    ),
    # "… خلال افتتاح المهرجان - واس": the same after a spaced dash closing the caption.
    _rule(
        "script_agency_dash",
        rf"\s[-–—]\s*(?P<credit>(?i:{_SCRIPT_AGENCIES}))\s*$",
    ),
    # "選果場で箱詰めされる夏秋トマト＝21日、阿蘇市一の宮町（松永大輔）": the Japanese papers'
    # caption of what, "＝", when and where, then the photographer's name in brackets (a
    # handout's "（X提供）" and "（資料写真）" say where the picture came from and stay; a
    # place's or a body's name ends in its kind: 市, 町, 県, 社 …).
    _rule(
        "japanese_photographer_bracket",
        # (a name of kanji: "（多重露光）", an exposure, "（本社ヘリから）", whence, "（米国）", a
        # country's two, are none)
        r"(?<=[\u3040-\u30ff\u4e00-\u9fff\d])（(?!多重露光|長時間露光|空撮|合成)"
        r"(?P<credit>[\u4e00-\u9fff]{3,5}(?<![提供資料写真撮影市町村県区都府道社局省庁館校園港駅国]))）$",
    ),
    # "… la urbanización. / Ayuntamiento de Bilbao": a name after a slash closing the
    # caption's last sentence (El Correo's form); the slash may touch it ("… 2025. /CFM").
    _rule(
        "slash_after_sentence",
        r"(?<=[.!?])\s+/\s*(?P<credit>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|de|del|la|of|the|"
        r"da|do|di)){0,5})",
        max_lower=0,
    ),
    # "(Scott Peterson/Getty)", "(Name/Photographer: Name/Get)": a slash credit in brackets.
    _rule("bracket_slash", rf"[(\[]\s*(?P<credit>{_SLASH})\s*[)\]]", max_lower=0),
    # "… Rabu (10/12/2025). (Pradita Utama/detikcom)": a photographer's name and the outlet's
    # brand in lower case after the slash, in brackets closing the caption.
    _rule(
        "bracket_name_brand",
        r"[(\[]\s*(?P<credit>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+){1,3}/[a-z][a-z0-9.-]{2,20})"
        r"\s*[)\]]\s*$",
    ),
    # "… martedì mattina (ansa)": a known agency's acronym in lower case, as some papers print
    # it, in brackets closing the caption.
    _rule(
        "bracket_lower_agency",
        r"[(\[]\s*(?P<credit>(?:"
        + "|".join(sorted({a.lower() for a in _AGENCIES_EXACT if len(a) >= 3 and a.isalpha()}))
        + r"))\s*[)\]]\s*$",
    ),
    # … with the desk's initials in lower case closing it ("(ANTARA FOTO/Jane Doe/nym)"): the
    # one word in lower case it may hold.
    _rule(
        "bracket_slash_desk",
        rf"[(\[]\s*(?P<credit>{_SLASH}/[a-z]{{2,4}})\s*[)\]]",
        max_lower=1,
        hint=_SLASH_HINT,
    ),
    # "… on Tuesday. Patti Sapone | NJ Advance Media for NJ.com": a photographer's name and
    # whom they shot for, a pipe between, after the caption's last sentence: one credit as
    # printed (the Advance papers' form).
    _rule(
        "name_pipe_tail",
        rf"(?<=[.!?])\s+(?P<credit>{_PERSON_NAME}\s+\|\s+[A-Z]{_C}{{1,80}})",
        max_lower=2,
    ),
    # "Fontano purkštukai (1/3) / Julius Kalinskas/LRT": a gallery's counter, then the credit
    # after a slash; the counter goes with the credit, as neither is the caption.
    _rule(
        "counter_slash_tail",
        rf"(?<!\s)\s*\(\d{{1,3}}\s*/\s*\d{{1,3}}\)\s*/\s*(?P<credit>{_PART_START}{_CS}{{1,100}})",
        max_lower=3,
        hint=_SLASH_HINT,
    ),
    # "… Terminal 1 | dpa", "… | picture alliance / Jan Hofmeister": a known agency (and a
    # photographer slashed to it) after a pipe; as a picture's title text writes its credit
    # too, it is read there as well as in a caption.
    _rule(
        "pipe_agency_tail",
        rf"\s+\|\s+(?P<credit>{_AGENCY}(?:\s*/\s*{_PART_START}{_C}{{0,40}})?"
        rf"|{_PART_START}{_C}{{0,40}}?\s*/\s*{_AGENCY})",
        max_lower=1,
    ),
    # "Name (Keystone)" is handled by the bracket rules; "… | Photo: X", "… | AFP": pipe tail.
    _rule("pipe_tail", rf"\s*\|\s*(?:{_LABEL}{_LABEL_SEP})?\s*(?P<credit>{_CS}{{1,120}})"),
    # "Foto: Jane Doe. Styling: X. Haare: Y. Make-up: Z", "Photo: X. Graphic: Y": a photo
    # label, then its credit and the other roles of the shoot, each a capitalised word and a
    # colon before names: the credit runs to the end, as printed. A second credit label
    # ("… Photo: X. Source: Y") is a second credit, not a role.
    _rule(
        "role_credits",
        rf"(?:^|(?<=\s)|(?<=[.!?。]))(?<!FILE )(?<!File ){_LABEL}{_LABEL_SEP}\s*"
        rf"(?P<credit>{_CS}{{1,60}}(?:\.\s+{_ROLE}\s*:\s*{_CS}{{1,60}}){{1,5}})",
        hint=_SEPARATOR_HINT,
    ),
    # "Photo: AP", "Foto: dpa/Imago", "Credit: X", "Bild: SN/APA": a label then the credit.
    _rule(
        "label_tail",
        # (… or glued to the caption by a slash: "হাতিরঝিলে নতুন অ্যাম্ফিথিয়েটার/ছবি: জাগো নিউজ";
        # or to the dash setting it off: "… ടെർമിനലിൽ -ഫോട്ടോ: X")
        rf"(?:^|(?<=\s)|(?<=[.!?。])|(?<=\s[-–—])|(?<=[^\W\d_]/)(?<!\.[a-z]{{2}}/)(?<!\.[a-z]{{3}}/))"
        r"(?<!FILE )(?<!File )"
        rf"{_LABEL}{_LABEL_SEP}\s*(?P<credit>{_CS}{{1,120}}{_LICENCE}?{_DESK_CODE}?)",
        hint=_SEPARATOR_HINT,
    ),
    # … a press office's name in a language that writes it in lower case ("… marosimi. Foto:
    # Toshkent shahar hokimligi matbuot xizmati"): after the caption's last sentence and the
    # label, four such words at most ("Foto: Protesta para pedir justicia" alone is a caption).
    _rule(
        "label_tail_lower",
        rf"(?<=[.!?。])\s+{_LABEL}{_LABEL_SEP}\s*(?P<credit>{_C}{{1,80}})",
        max_lower=4,
        hint=_SEPARATOR_HINT,
    ),
    # A label of any language, one word and its colon, before a name where a credit line
    # starts: in brackets closing the caption ("(Ifoto: MINICOM)", "(Πηγή: Δήμος
    # Θεσσαλονίκης)") or after its last sentence or a dash ("… — Mufananidzo: Tinai Nyadzayo",
    # "… wọle. Fọto: Ọlawale Ajao"). The credit must read as names (no lower-case word), and the
    # label be no position, medium or note ("(Left: Jane Doe)", "Watch: …", "Update: …"); at
    # the caption's start a word and a colon are a speaker's or a kicker's ("Minister: …").
    # (… in brackets the label may be in lower case: "(fòto: Joan Ramon)"; its colon an
    # Ethiopic one: "(ምስል፡ ማኅበራዊ ሚዲያ)". A quote after the colon is someone's words, no
    # credit: "תושבים: "חיכינו לזה שנים"" is what residents said.)
    _rule(
        "any_label_bracket",
        rf"[(\[（]\s*(?!{_NOT_CREDIT_LABELS}\b)(?:{_ONE_WORD_LABEL}|[a-zà-ÿ]{{2,14}})\s*[:：፡]\s*"
        rf"(?P<credit>(?![\s\"“„«'])[^()\[\]（）\n:：]{{1,60}}?)\s*[)\]）]",
        max_lower=1,
        hint=_ANY_LABEL_HINT,
    ),
    _rule(
        "any_label_tail",
        # (… or opening a caption that is only the label and the credit: "Piksa: Morobe
        # Provinsel Gavman", "Tekning: Henning Larsen Architects")
        rf"(?:(?<=[.!?。।])\s+(?:[–—-]\s+)?|\s+[–—]\s+|^)(?!{_NOT_CREDIT_LABELS}\b)"
        rf"{_ONE_WORD_LABEL}\s*[:：፡]\s*(?P<credit>(?![\s\"“„«']){_C}{{1,60}})",
        max_lower=0,
        hint=_ANY_LABEL_HINT,
    ),
    # "… straat. Beeld ANP", "… Foto ANP / Remko de Waal", "… Photo / Jane Doe": a label
    # without its colon where a credit line starts, right before a known agency or set off
    # by a slash (Dutch and New Zealand papers print their credits so).
    _rule(
        "spaced_label",
        # (… or after a dash set after the sentence: "… Shah Alam. - Foto Bernama")
        rf"{_AFTER_SENTENCE}(?:[-–—]\s+)?{_SPACED_LABEL}(?P<credit>{_CS}{{1,120}})",
        max_lower=0,
    ),
    # "… ulicą. Fot. PAP/Jan Kowalski": an abbreviated label where a credit line starts.
    _rule(
        "abbreviated_label",
        # (… Polish "fot." in lower case after a caption without its stop: "Joanna Koroniewska
        # i Maciej Dowbor fot. AKPA", or capitalised: "… w Krakowie Fot. Tomasz Wilk/RMF FM")
        # (… then an agency in capitals or a name closing the caption: "sin fot. Jan Svensson
        # var med" is a Swedish foot)
        # (… or after a bar: "… dyżuru | fot. Marta Nowicka")
        rf"(?:{_AFTER_SENTENCE}|(?<=\s\|)\s+|(?<=\w)\s+(?=[Ff]ot\.\s*(?:[A-ZÀ-Þ]{{2,}}(?:\s*/\s*[^/]{{1,40}})*"
        rf"|[A-ZÀ-Þ][\w'-]+\s+[A-ZÀ-Þ][\w'-]+(?:\s*/\s*[^/]{{1,40}})?)\s*$))"
        rf"{_ABBREVIATED_LABEL}\s*(?P<credit>{_CS}{{1,120}})",
        hint=_ABBREVIATED_HINT,
    ),
    # "© X", "(c) X", "Copyright X": the copyright sign or word then the credit.
    _rule(
        "copyright_tail",
        # (… glued to a caption of a script without spaces, the sign in full-width brackets:
        # "…高尾山の山頂（Ｃ）日刊ゲンダイ", as Japanese papers print it)
        rf"(?:^|(?<=\s)|(?<=[.!?])|(?<=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]))"
        # (the letter in brackets not before a short word in lower case: "Johanna Erlandsson
        # (C) på Järntorget" names a party, as Nordic captions do: (C), (S), (M))
        # (… its year after the sign is the notice's, not the credit's: "© 2025 Merdeka.com/X")
        rf"(?:[©ⓒⒸ]|\([cC]\)(?!\s*[a-zà-ÿ]{{1,3}}\b)|（[CcＣｃ]）)\s*{_COPYRIGHT_YEAR}"
        rf"(?P<credit>{_CS}{{1,120}})",
        hint=_COPYRIGHT_HINT,
    ),
    # "Source: Statistics Canada" only after a sentence end (or alone) and short: a data credit;
    # capitalised after a caption without its full stop ("… po otvorení Zdroj: TASR/X").
    _rule(
        "source_tail",
        rf"(?:(?:{_AFTER_SENTENCE}(?i:sources?|{_SOURCE_WORDS})|\s(?:来源|來源|出典)"
        rf"|(?<=[^\W\d_])\s+(?=[A-ZÀ-ÞĐ])(?i:source|{_SOURCE_WORDS}))\s*[:：]\s*"
        rf"(?P<credit>{_CSRC}{{1,100}})"
        # (… Japanese magazines' "出典＝X" and "撮影＝X" (source, shot by) after a space)
        rf"|\s(?:出典|撮影)\s*[＝=]\s*(?P<jp>{_CSRC}{{1,60}}))",
        hint=_SOURCE_HINT,
    ),
    # "… nesta quarta-feira - Reginaldo Pimenta / Agência O Dia": the photographer and the
    # paper's agency after a spaced dash, the agency named by its word.
    _rule(
        "dash_name_agency",
        rf"(?<=\w)\s+[-–—]\s+(?P<credit>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}\s*/\s*"
        r"(?:Ag[êe]ncia|Agency|Agence|Agentur)\s[^/\n]{2,40})",
        max_lower=1,
    ),
    # "… dự án. (Nguồn: UBND thành phố Đà Nẵng)": the source in brackets closing the caption.
    _rule(
        "bracket_source",
        # (… or square ones: "… Nadi River. [Source: Ministry of Waterways]")
        rf"\s*[(（\[]\s*(?i:sources?|{_SOURCE_WORDS})\s*[:：]\s*"
        r"(?P<credit>[^()（）\[\]\n]{1,80}?)\s*[)）\]]\s*$",
        hint=_SOURCE_HINT,
    ),
    # "… persimpangan Harmoni. tirto.id/Bhagas Aditya": the outlet's domain, a slash and the
    # photographer after the caption's sentence (Indonesian sites sign so); the domain says
    # it is a credit.
    _rule(
        "domain_name",
        rf"{_SENTENCE_BEFORE}(?P<credit>[a-z0-9][a-z0-9-]{{1,30}}\.(?:[a-z]{{2,6}}\.)?[a-z]{{2,6}}"
        r"\s?/\s?[A-ZÀ-Þ][\w'’.-]*(?:\s[A-ZÀ-Þ][\w'’.-]*){0,3})\s*$",
    ),
    # "… Ilustrasi halte bus (unsplash.com/Rizky Hidayat)": the domain and the photographer
    # in brackets closing the caption.
    _rule(
        "bracket_domain_name",
        r"\s*[(（](?P<credit>[a-z0-9][a-z0-9-]{1,30}\.(?:[a-z]{2,6}\.)?[a-z]{2,6}\s?/\s?"
        r"[A-ZÀ-Þ][\w'’.-]*(?:\s[A-ZÀ-Þ][\w'’.-]*){0,3})\s*[)）]\s*$",
    ),
    # "… durante l'ultima revisione (foto ufficio stampa Provincia)": the picture's word
    # without its colon opening the brackets, then who took or gave it, in lower case too.
    _rule(
        "bracket_photo_word",
        # (a note on the picture is no one: "(foto d'archivio)", "(zdjęcie ilustracyjne)")
        r"\s*[(（]\s*(?:foto|photo|fotó|bild|kuva|zdjęcie|fotografia)\s+"
        r"(?!(?:di|de|del|of)\s|d['’]|(?i:archiv|arkiv|ilustra|illustra|simbol|symbol|repertorio"
        r"|file\b|stock\b|generic|ricostruzione))"
        r"(?P<credit>[^()（）\n:：]{3,60}?)\s*[)）]\s*$",
        max_lower=4,
    ),
    # "… สายเหนือ-ใต้ ภาพจาก เทศบาลนครขอนแก่น": Thai's "picture from" (or "by") after a space,
    # no colon, closing the caption: its holder.
    _rule(
        "thai_picture_from",
        r"\s(?:ขอบคุณ)?ภาพ(?:จาก|โดย)\s+(?P<credit>[^\s:：][^:：]{1,60}?)\s*$",
    ),
    # "… nitong Huwebes. Rico Alvarado, ABS-CBN News": the photographer, a comma and the
    # outlet named by its word for news, after the caption's sentence.
    _rule(
        "name_comma_outlet",
        rf"{_SENTENCE_BEFORE}(?P<credit>{_PERSON_NAME},\s+[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){{0,3}}"
        # (a picture agency's "Photos" closes a story's sentence too: "… Robert Capa, Magnum
        # Photos" under the exhibition's story)
        r"\s(?:News|Press|TV|Agency))\s*$",
    ),
    # "… Taman Kalimas. (Humas Pemkot Surabaya for JawaPos.com)", "(Louise Tanaka for KFF
    # Health News)": who took the picture for which outlet, in brackets closing the caption.
    _rule(
        "bracket_for_outlet",
        r"\s*[(](?P<credit>(?:[A-ZÀ-Þ][\w.'’-]+\s){2,4}for\s[A-ZÀ-Þ][\w.'’&-]*"
        r"(?:\s[A-ZÀ-Þ][\w.'’&-]*){0,4})[)]\s*$",
    ),
    # "… in The Hague. Courtesy of the ICJ", "… de 2025. Cedida por la Plataforma X": whoever
    # lent the picture, after a sentence end; "courtesy of" stays part of the credit, as it is
    # printed.
    # The label's own lower-case words ("cedida por", "photo courtesy of the") count too.
    _rule(
        "courtesy_tail",
        # … after a dash too ("… rosak. – IHSAN JBPM", "… on Monday. — Picture courtesy of X").
        # (… or a spaced dash alone: "… نقشہ — بشکریہ محکمہ …", "… map — Courtesy of X")
        rf"(?:{_AFTER_SENTENCE}(?:[–—-]\s+)?|\s+[–—]\s+)(?P<credit>{_COURTESY}\s+{_CS}{{1,100}})",
        max_lower=3,
    ),
    # "… in Karnal. -Tribune photo", "… किसान। -ट्रिब्यून फोटो": the paper's own picture, its
    # name then "photo" after a dash closing the caption (a file's, staff's or stock picture
    # names no one).
    _rule(
        "outlet_photo_tail",
        r"\s+[–—-]\s*(?P<credit>(?!(?i:file|staff|stock|archive|representational|illustrative"
        r"|representative|screen|group|team|family|class|official|aerial|drone|symbolic|old"
        rf"|cover|profile|passport|wedding)\s){_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}\s+(?i:photo)"
        # (… Hindi "symbolic", "file", "representative" photos name no one)
        r"|(?!प्रतीकात्मक|सांकेतिक|फाइल|फ़ाइल|प्रतिनिधि)[^\W\d_]\S{1,30}\s(?:फोटो|फ़ोटो))\s*$",
        max_lower=1,
    ),
    # "… لسوق واقف - تصوير - عمر الحسن": Arabic's "photography" between dashes or before a
    # colon, then the photographer.
    _rule(
        "arabic_photo_tail",
        r"\s+[-–—]\s+(?:تصوير|عدسة)\s*[-–—:]\s*(?P<credit>[^\s\d][^-–—:.!?\d]{1,40}?)\s*$",
        max_lower=0,
    ),
    # "… at the zoo. (Courtesy of ZooTampa)", "(Photo courtesy of the family)": in brackets.
    _rule(
        "bracket_courtesy",
        rf"[(\[]\s*(?P<credit>{_COURTESY}\s+[^()\[\]\n]{{1,100}}?)\s*[)\]]",
        max_lower=3,
    ),
    # "… mercredi. Photo Léa Fabre", "… op te heffen. Foto Marcel Israel": a photo label without
    # its colon and a person's name (two or three capitalised words) after the caption's last
    # sentence. Without the label a name there may be whom or where the picture shows
    # ("… the final. Manchester United", "Supporters cheer for Sen. Elizabeth Warren").
    _rule(
        "name_after_sentence",
        r"(?<=[.!?])\s+(?:Photo|Foto|Bild|Beeld|Kuva)\s+"
        rf"(?P<credit>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}(?:\s+[-–—]\s+[A-Z][\w.-]{{1,20}})?)",
        max_lower=0,
    ),
    # "… главного входа. Фото АКИpress", "… di Como. Foto ANSA": the label without its colon
    # and one name in capitals or with capitals inside after the caption's last sentence (an
    # agency's or a desk's name; "Фото Києва" is a photo of Kyiv, "Photo ID" an identity card).
    _rule(
        "word_after_sentence",
        r"(?<=[.!?])\s+(?:Photo|Foto|Fotó|Фото|Фота|Gambar|Zdjęcie|Bild|Kuva)\s+"
        rf"(?P<credit>(?=\S*[A-ZА-ЯЁІЇЄ]\S*[A-ZА-ЯЁІЇЄ]){_CASED_CAPITAL}[\w'’-]{{3,30}})",
        max_lower=0,
    ),
    # "… 점검하고 있다. [ 경기신문 = 김민지 기자 ]": the paper and its photographer in brackets.
    _rule(
        "korean_bracket_reporter_tail",
        r"\s*\[\s*(?P<credit>[^\[\]=\n]{1,20}=\s*[가-힣]{2,5}\s?기자)\s*\]",
        max_lower=3,
    ),
    # "… 버스에 오르고 있다. /사진=제주일보 자료사진": Korean papers' slash and "picture=" label.
    _rule(
        "korean_picture_label_tail",
        r"\s*/\s*(?:사진|그래픽|자료사진)\s*=\s*(?P<credit>[^/=\n]{1,60}?)",
        max_lower=3,
    ),
    # "… Denpasar Selatan, Minggu (9/6). -NOPI": a hyphen glued to a name in capitals after
    # the caption's last sentence (Indonesian papers' photographer's or source's tag).
    _rule(
        "glued_dash_caps_tail",
        r"(?<=[.!?)])\s+-(?P<credit>[A-Z][A-Z0-9&.]{1,15}(?:\s[A-Z][A-Z0-9&.]{1,15}){0,3})",
        max_lower=0,
    ),
    # "… بعد التطوير (الصورة من بلدية مسقط)": Arabic "the picture from X" in brackets.
    _rule(
        "arabic_picture_from_bracket",
        r"\s*\((?:الصورة|صورة|الصور) من (?P<credit>[^()\n]{2,50})\)",
        max_lower=4,
    ),
    # "… dari seberang Sungai Sarawak. — Gambar Mohd Alif Noni": a dash, then the label without
    # its colon, then the credit, after the caption's last sentence (Malaysian papers' form).
    _rule(
        "dash_then_label_tail",
        r"(?<=[.!?])\s+[-–—]\s*(?:Gambar|Foto|Photo|Фото|Fotó|Bild|Pic|Pix)\s+"
        rf"(?P<credit>{_CASED_CAPITAL}[^()\[\]\n.!?]{{1,60}})",
        max_lower=0,
    ),
    # "… pendant 45 jours. (Photo : Nary Ravo": the credit's bracket left open at the end.
    _rule(
        "open_bracket_label_tail",
        r"\s*[(\[]\s*(?:Photo|Foto|Фото|Fotó|Crédit photo|Photo credit)\s*:\s*"
        rf"(?P<credit>{_CASED_CAPITAL}[^()\[\]\n:]{{1,60}}?)",
        max_lower=1,
    ),
    # "… ceste. Foto – TASR", "… Photo – Jane Doe": the label set off by a dash, not a colon,
    # after the caption's last sentence.
    _rule(
        "label_dash_tail",
        # (… the Cyrillic label too: "… на вулиці Київській. Фото — Олександр Гуменюк")
        rf"(?<=[.!?])\s+(?:Photo|Foto|Bild|Kuva|Fotó|Фото|Фота|Світлина)\s+[-–—]\s+"
        rf"(?P<credit>{_CS}{{1,80}})",
        max_lower=0,
    ),
    # "… d'ouverture. Ph. Bouchaib Sadiq", "Ph. DR", "… Kinshasa. Ph. Droits tiers": the French
    # papers' "Ph." closing the caption before a name of a few words, no comma ("Ph. Martin,
    # président" is Philippe Martin).
    _rule(
        "ph_label_tail",
        r"(?:^|(?<=[.!?])\s+)Ph\.(?:\s*:)?\s+(?P<credit>[A-ZÀ-Þ][\w'’-]+(?:\s[\w'’-]+){0,3}"
        r"|D\.?R\.?)\s*$",
        max_lower=2,
    ),
    # "… el recorrido de supervisión. Foto @GobCDMX": the label, then the account the picture
    # came from.
    _rule(
        "label_handle_tail",
        r"(?<=[.!?])\s+(?:Photo|Foto|Fotos|Fotó|Фото|Imagen|Image|Bild)\s+(?P<credit>@\w{2,30})\s*$",
    ),
    # "… со стороны ЦУМа. Фото пресс-службы мэрии Бишкека": the picture of the press service
    # of a body (Russian, Ukrainian, Belarusian), in the genitive after the label.
    _rule(
        "press_service_tail",
        r"(?<=[.!?])\s+(?:Фото|Фота|Світлина)\s+(?P<credit>(?i:пресс-служб|прес-служб)\w*"
        r"(?:\s+[^\s.!?()]{1,30}){0,5})\s*$",
    ),
    # "… poco prima delle 7 - foto Ansa", "… - foto IPA/Fotogramma": a spaced dash, then the
    # photo label without its colon (lower case, as Italian broadcasters print it) and a name
    # or an agency closing the caption.
    _rule(
        "dash_label_tail",
        rf"(?<=\w)\s+[-–—]\s+(?:foto|photo)\s+(?P<credit>[A-ZÀ-Þ]{_CS}{{1,60}})",
        max_lower=0,
    ),
    # "… in Pasig City. Photo from Pasig City PIO", "… Photo courtesy of X": whose picture it
    # is, after the caption's last sentence.
    _rule(
        "photo_from_tail",
        r"(?<=[.!?])\s+(?:(?i:photo|image|picture)\s+(?:from|courtesy(?:\s+of)?)\s+"
        rf"(?P<credit>[A-Z]{_CS}{{1,80}})"
        # French: "… 2020. Photo d'archives AFP", "Photo fournie par le musée Sursock".
        r"|Photo\s+(?:d['’]archives?|fournie\s+par|transmise\s+par|prêtée\s+par)\s+"
        rf"(?:(?:le|la|les)\s+|l['’])?(?P<fr>{_C}{{1,80}}))",
    ),
    # "… النيل - صورة من الهيئة": Arabic "picture from" after a dash closing the caption, a
    # name of a few words ("تصوير" alone is also "filming": only with its colon, as a label).
    _rule(
        "arabic_photo_from",
        r"\s[-–—]\s*(?:صورة|الصورة)\s+من\s+(?P<credit>[^\s.()\[\]|:]+(?:\s+[^\s.()\[\]|:]+){0,5})",
    ),
    # "… oleh warga. - Istimewa": the Indonesian papers' handout credit ("courtesy") after a
    # dash or in brackets closing the caption.
    _rule(
        "handout_tail",
        r"(?:(?<=[.!?])\s+[–—-]\s*|\s*[(]\s*)(?P<credit>(?i:istimewa))\s*[)]?\s*$",
    ),
    # "… no Largo do Arouche – Divulgação/Prefeitura de São Paulo", "… – Reprodução/Instagram":
    # the Brazilian papers' handout and screen-grab credits after a spaced dash, maybe with
    # their source after a slash, the French (Canadian) courtesy and the archive words there
    # ("… la promenade. - Gracieuseté", "- Archives"); "… da Ribeira D.R." (droits réservés).
    _rule(
        "handout_dash_tail",
        r"(?:(?<=[\w.!?)])\s+[–—-]\s+(?P<credit>(?:Divulgação|Reprodução|Gracieuseté|Archives|Arquivo"
        r"|Archivo|Archivio)(?:\s*/\s*[^/\s][^/]{0,60}){0,3})"
        r"|(?<=\w)\s+(?P<dr>D\.\s?R\.))\s*$",
    ),
    # "… on Sunday afternoon. - Contributed": a spaced dash after the caption's last sentence,
    # then the handout's word alone, closing it (SaltWire, Postmedia). (A name there may be a
    # place, a team or a ship's as often as the photographer's: "… - Hong Kong".)
    _rule(
        "dash_name_after_sentence",
        r"(?<=[.!?])\s+[–—-]\s+(?P<credit>Contributed|Submitted|Supplied|Handout)",
        max_lower=0,
    ),
    # "… ziabogan. (Unai BEITIA | FOKU)": a photographer and an agency in capitals parted by a
    # pipe, in brackets closing the caption ("(Labour Party | Green Party)" names parties).
    _rule(
        "bracket_pipe_tail",
        r"\s*[(](?P<credit>[A-ZÀ-Þ][\w.'’-]+(?:\s[A-ZÀ-Þ][\w.'’-]+){1,3}\s\|\s"
        r"[A-ZÀ-Þ0-9][A-ZÀ-Þ0-9&.'’-]+(?:\s[A-ZÀ-Þ0-9&.'’-]+){0,2})[)]\s*$",
    ),
    # "… before the first ferry. INQUIRER FILE PHOTO": an outlet's archive picture, in capitals
    # (… or its pictures' service: "… Barangay Ginebra. PBA IMAGES").
    _rule(
        "file_photo_tail",
        r"(?<=[.!?])\s+(?P<credit>[A-Z][A-Z&'’.-]*(?:\s+[A-Z][A-Z&'’.-]*){0,3}\s+"
        r"(?:FILE\s+PHOTO|IMAGES))$",
    ),
    # "… along Jalan Penang. — ZHAFARAN NASIB/The Star": a slash credit after a dash closing the
    # caption's last sentence; "… speaks to the media. — APP": a known agency there (an
    # outlet's own initials, "— KT", are its mark, not the picture's credit).
    _rule(
        "dash_slash_tail",
        rf"(?<=[.!?])\s+[–—-]\s+(?P<credit>{_SLASH}|{_AGENCY})",
        max_lower=0,
    ),
    # "… the Hanoi line. — VNS Photo Đoàn Tùng", "— Xinhua Photo": an outlet's name and its
    # photo word, then maybe the photographer, after a dash closing the caption's last sentence.
    _rule(
        "dash_outlet_photo",
        rf"(?<=[.!?])\s+[–—-]\s+(?P<credit>{_OUTLET_WORDS}(?:Photo|Foto|Pic|Pix)"
        rf"(?:\s+{_CREDIT_WORD}){{0,4}})",
        max_lower=0,
    ),
    # "… at Tsuruga Station. (Kyodo) ==Kyodo": Kyodo's mark, a double equals sign before the
    # source's name closing the caption (no sentence holds one).
    _rule(
        "double_equals_tail",
        rf"\s*={{2}}\s*(?P<credit>{_CREDIT_WORD}(?:\s+{_CREDIT_WORD}){{0,3}})",
        max_lower=0,
    ),
    # "… on Thursday, June 27, 2024. Jack Gruber, USA TODAY": the photographer and the paper in
    # capitals (two words or more, or a known agency) after the caption's last sentence, as the
    # USA TODAY Network's papers print it; "… Jane Doe, CEO" is a title.
    _rule(
        "name_outlet_tail",
        rf"(?<=[.!?])\s+(?P<credit>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}},\s+"
        rf"(?:[A-Z][A-Z&'’.-]+(?:\s+[A-Z][A-Z&'’.-]+){{1,3}}|{_AGENCY}))",
        max_lower=0,
    ),
    # "Un tren de l'R2 Sud a l'estació de Bellvitge / Sergi Alcàzar": a caption without its
    # full stop, a spaced slash, then a person's name or a known agency closing it (El
    # Nacional's and other Catalan and Spanish papers' form); the caption four words at least,
    # so "Biden / Trump" and "(Paris / London)" stay.
    _rule(
        "slash_name_tail",
        rf"(?<=[^\W\d_])\s/\s(?P<credit>{_NAME_WORD}"
        rf"(?:\s+(?:(?:de|del|la|di|da|von|van|dos|das)\s+)?{_NAME_WORD}){{1,3}}|{_AGENCY})",
        max_lower=0,
        hint=_SLASH_HINT,
    ),
    # "Name / BNS nuotr.", "Name nuotr.": Lithuanian credits close with "nuotr." (photo).
    _rule(
        "lithuanian_photo",
        # (each name a word or an initial, so a sentence's last word is not the credit's first:
        # "Keltas Smiltynėje. Vytauto Liaudanskio nuotr."; or the line's first)
        # (… an institution's name in the genitive, its later words in lower case: "Trakų
        # istorijos muziejaus nuotr.")
        # (… not an illustration's or the archive's: "Asociatyvi nuotr.", "Archyvo nuotr.")
        r"(?:^|(?<=[\w.!?)])\s+)(?!(?i:asociatyv\w*|iliustracin\w*|archyvo)\s+nuotr)"
        r"(?P<credit>[A-ZĄČĘĖĮŠŲŪŽ](?:[\w-]+|\.)"
        r"(?:\s+(?:[A-ZĄČĘĖĮŠŲŪŽ](?:[\w-]+|\.)|[a-ząčęėįšųūž][\w-]+)){0,3}"
        r"(?:\s*/\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})?)\s+nuotr\.",
        max_lower=3,
    ),
    # "… Rabu 19 Juni 2024. /Pikiran Rakyat/Novan Kurnia": the Indonesian papers open the
    # credit line with its slash after the caption's sentence (read before the slash tail,
    # which takes "… 2024./X/Y" whole as one credit).
    _rule(
        "leading_slash_tail",
        rf"(?:{_SENTENCE_BEFORE}|(?<=[.!?]))/\s?"
        rf"(?P<credit>[A-ZÀ-Þ][^/\n]{{0,40}}/\s?[A-ZÀ-Þ][^/\n]{{1,60}})",
        max_lower=0,
        hint=_SLASH_HINT,
    ),
    # "… on Monday. REUTERS/Jane Doe", "AP Photo/Name", "X/Getty Images" after a sentence end.
    _rule("slash_tail", rf"{_AFTER_SENTENCE}(?P<credit>{_SLASH})", max_lower=0, hint=_SLASH_HINT),
    # "… κατάσβεση της φωτιάς - INTIME NEWS": a photo agency's name in capitals after a spaced
    # dash closing the caption, as Greek and Balkan sites credit (the words a caption closes
    # with in capitals, "- VIDEO", "- ARCHIVE", are none).
    _rule(
        "dash_caps_tail",
        r"\s[-–—]\s+(?!(?:VIDEOS?|ARCHIVE|ARCHIV|ARCHIVO|FILE|PHOTOS?|FOTOS?|UPDATED?|LIVE|"
        r"EXCLUSIVE|GALLERY|WATCH|ΒΙΝΤΕΟ|ΦΩΤΟ\w*|ΑΡΧΕΙΟΥ|ВИДЕО|ФОТО)\b)"
        # (… a picture agency's word among its words: "- EURO 2024", "- GENERAL STRIKE",
        # "- ΤΕΜΠΗ" name the event)
        r"(?=[^\n]*\b(?:NEWS|PRESS|PHOTOS?|FOTOS?|IMAGES?|PICTURES|MEDIA|AGENCY|AGENCIA|"
        r"AGENZIA|AGENCE|ΦΩΤΟ\w*|ΕΙΔΗΣΕΙΣ)\b)"
        r"(?P<credit>(?-i:[A-ZΑ-ΩА-Я][A-ZΑ-ΩА-Я0-9.&'’]+(?:[\s-][A-ZΑ-ΩА-Я0-9][A-ZΑ-ΩА-Я0-9.&'’]*)"
        r"{0,3}))",
        max_lower=0,
    ),
    # "… in May 2014. (Orlando Sentinel file)": a paper's own file picture, in its brackets.
    _rule(
        "bracket_file",
        # (a paper's name of two words at least, or an agency: "(Data file)" names none)
        rf"[(\[]\s*(?P<credit>(?:[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){{1,4}}|{_AGENCY})"
        r"\s+file(?:\s+photo)?)\s*[)\]]",
    ),
    # "… entering the country AP Photo/Edgar H. Clemente": agency-led slash credit, no full stop.
    _rule(
        "agency_slash_tail",
        rf"(?:^|(?<=\s))(?P<credit>{_AGENCY}(?:\s+(?i:photo|foto))?\s*/\s*{_PART_START}{_C}{{0,60}}"
        rf"(?:/\s*{_PART_START}{_C}{{0,60}}){{0,4}})"
        # The desk's initials after the credit ("ANTARA FOTO/Jane Doe/app/YU."): not a name.
        r"(?:/[a-z]{2,4}(?:/[A-Za-z]{2,3})?)?",
        max_lower=0,
        hint=_SLASH_HINT,
    ),
    # "…있다. 연합뉴스", "…있다. 인천=연합뉴스", "…있다. 홍길동 기자": a Korean caption closed by an
    # agency (after the place it wrote from) or by the photographer's name and "reporter"; the
    # full stop before goes with the credit.
    _rule(
        "korean_tail",
        r"(?<=[가-힣])\.\s*(?:[가-힣]{1,8}\s*=\s*)?"
        r"(?P<credit>연합뉴스|뉴시스|뉴스1|[가-힣]{2,5}(?=\s+기자))(?:\s+기자)?",
    ),
    # "…걷고 있다. 2025.10.28 한지훈 기자": the reporter after the picture's date, which stays
    # the caption's.
    # "…오르고 있다. [연합]", "… 대상작이다. [서울시 제공]", "[게티이미지뱅크]": a Korean
    # caption closed by its source in square brackets (an agency's short name, a stock
    # library, whoever provided it).
    _rule(
        "korean_bracket_tail",
        # (a kind of picture or story in its brackets is none: "[자료사진]" file photo,
        # "[그래픽]", "[영상]", "[단독]" exclusive, "[일러스트]", "[캡처]")
        r"(?:(?<=[가-힣.])\s*|^)\[(?![^\]]*(?:사진|그래픽|영상|단독|일러스트|캡처|캡쳐|속보|종합|포토)\])"
        r"(?P<credit>[가-힣A-Za-z0-9]{2,12}(?:\s제공)?)\]",
    ),
    _rule(
        "korean_dated_tail",
        r"(?<=\d{4}\.\d{2}\.\d{2})\s+(?P<credit>[가-힣]{2,5})\s+기자\s*$",
    ),
    # "…모습. 동아일보DB", "… 뉴스1 DB": a Korean paper's archive ("DB", its picture database)
    # after the caption's full stop, which goes with it (as korean_tail takes it).
    _rule(
        "korean_archive_tail",
        r"(?<=[가-힣])\.\s*(?P<credit>[가-힣A-Za-z0-9]{1,12}\s?DB)",
    ),
    # "…있다. /연합뉴스", "…모습. /사진=국토교통부", "…노선도. /그래픽=이서연": Korean papers
    # set the credit after the caption's full stop (which stays the caption's) and a slash,
    # a label and "=" before a name or a source.
    _rule(
        "korean_slash_tail",
        r"(?:(?<=[가-힣]\.)\s*/(?:(?:사진|그래픽|자료|제공)\s*=\s*)?"
        # With its label the slash needs no full stop before it ("… 전경 /사진=게티이미지뱅크").
        r"|(?<=[가-힣])\s*/(?:사진|그래픽|자료|제공)\s*=\s*)"
        r"(?P<credit>[가-힣A-Za-z][가-힣A-Za-z0-9·]{0,14}(?:\s(?:기자|제공))?)",
    ),
    # "（政府新聞處圖片）": X's picture, in Chinese, in brackets.
    # "（資料圖片）" is a file picture, "（示意圖片）" an illustration: no one's credit.
    _rule(
        "chinese_picture_of",
        r"[（(]\s*(?!資料|资料|示意|檔案|档案)(?P<credit>[^（）()\n由]{2,15}?)(?:圖片|图片)\s*[）)]",
    ),
    # "（圖由台北市捷運工程局提供）", "（图片由X提供）": a picture provided by X, in Chinese.
    _rule(
        "chinese_provided",
        r"[（(]\s*(?:圖|图|圖片|图片|照片|相片)?由\s*(?P<credit>[^（）()\n]{1,30}?)\s*提供\s*[）)]",
    ),
    # "…游客。（海峡时报）": a paper's name in brackets after the caption's last sentence.
    # ("（警視庁提供）", provided by, stays in the caption: the dev truths keep it there.)
    _rule(
        "cjk_bracket_source",
        r"(?:(?<=[。！？])|^)\s*[（(]\s*(?P<credit>[\u4e00-\u9fff]{1,8}(?:时报|時報|日报|日報|晚报"
        r"|晚報|新闻|新聞|周刊|週刊|通讯社|通訊社|电视台|電視台))\s*[）)]",
        hint=re.compile("[（(]"),
    ),
    # "(Adobe Stock)": a caption that is only a name in brackets is the picture's credit.
    _rule(
        "bracketed_name_only",
        r"^\s*[(（]\s*(?P<credit>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){1,3})\s*[)）]",
        max_lower=0,
        hint=re.compile("^\\s*[(（]"),
    ),
    # "… 公園設有寵物公園。政府新聞處圖片", "港鐵圖片": whose picture it is, a name and "圖片"
    # after the caption's last sentence (Hong Kong's form; "資料圖片", a file picture, is a kind).
    _rule(
        "chinese_whose_picture",
        # (a note on the picture is none: "圖為資料圖片", "此為示意圖片", "這些圖片")
        r"(?<=[。！？])\s*(?P<credit>(?![\u4e00-\u9fff]*(?:資料|资料|示意|圖為|图为|此為|此为|這些|这些"
        r"|以上|相關|相关|更多|下列))[\u4e00-\u9fff]{2,10}(?:圖片|图片))",
    ),
    # "… the levee trail route. Provided photo", "Submitted photo": the US local papers' word
    # for a handout, after the caption's last sentence.
    _rule(
        "handout_photo_tail",
        r"(?<=[.!?])\s+(?P<credit>(?:Provided|Submitted|Contributed|Courtesy)\s+(?:photo|image|graphic))",
        max_lower=1,
    ),
    # "… 内部效果图 广州地铁供图", "… 受访者供图": whoever supplied the picture, "供图" closing
    # a Chinese caption after a space.
    _rule(
        "chinese_supplied",
        r"(?<=\S)\s+(?P<credit>[\u4e00-\u9fff·]{2,14}(?:供图|供圖))",
    ),
    # "[Keystone - Jean-Christophe Bott]", "[Keystone - archive]": the agency first, a dash,
    # then the photographer or its archive, in brackets.
    _rule(
        "bracket_agency_dash_name",
        rf"[(\[]\s*(?P<credit>{_AGENCY}\s+[-–—]\s+[\w.’'-]+(?:\s+[\w.’'-]+){{0,3}})\s*[)\]]",
        max_lower=1,
    ),
    # "… Selasa (14/5). (BP/eka)": a paper's code and its photographer's initials in lower
    # case, slashed, in brackets closing the caption (Indonesian papers' form); a unit per
    # unit ("(USD/bbl)", "(EUR/kg)", "(BPS/ton)") or one word twice ("(PSG/psg)") is none.
    _rule(
        "bracket_desk_initials",
        r"(?<=[.!?)])\s*\((?P<credit>(?P<code>[A-Z]{2,5})/(?!(?i:(?P=code))\))"
        r"(?!(?:bbl|barrel|kg|g|t|ton|tons|tonne|km|m|kwh|mwh|gwh|l|ltr|liter|litre|unit|pcs|yr|ha|oz"
        r"|lb|mt|m2|m3|sqm|day|month|year|share|kapita|orang|jiwa)\))[a-z]{2,5})\)",
        max_lower=1,
    ),
    # "(Emre Kılıçaslan - Anadolu Ajansı)": the photographer and the agency, a dash between,
    # in brackets: one credit as printed.
    _rule(
        "bracket_name_dash_agency",
        rf"[(\[]\s*(?P<credit>{_PERSON_NAME}\s+[-–—]\s+{_AGENCY}(?:[\s-]+[\w.’'-]+){{0,2}})\s*[)\]]",
        max_lower=1,
    ),
    # "… by 4 pm. – Rappler.com": the site's own address after a dash closing the caption's
    # last sentence ("… speaks at a conference - Amazon.com" names a company).
    _rule(
        "dash_site_tail",
        r"(?<=[.!?])\s[-–—]\s(?P<credit>[A-Z][\w-]{1,30}\.(?:com|net|org|co|news|[a-z]{2})"
        r"(?:\.[a-z]{2})?)",
        max_lower=0,
    ),
    # Korean captions: "…있다. 한지윤 기자 jiyun@hani.co.kr" (the reporter after a sentence or
    # with the address; "… 질문하는 외신 기자" is whom it shows), "… 위치도 서울시 제공"
    # (provided by X); "[OSEN=정다은 기자] …" opening it is read by _KOREAN_HEAD.
    _rule(
        "korean_reporter_tail",
        r"(?:(?<=다\.)\s+(?P<credit>[가-힣]{2,5}\s?기자)(?:\s+[\w.+-]+@[\w-]+\.[\w.]+)?"
        r"|\s(?P<mailed>[가-힣]{2,5}\s기자)\s+[\w.+-]+@[\w-]+\.[\w.]+"
        # "X 제공": a source's name (not a word with its object particle: "정보를 제공" is a
        # verb phrase, "provides information").
        r"|(?<=[가-힣.])\s+(?P<provided>[가-힣A-Za-z]{1,11}(?<![을를에])\s?제공)"
        # "… 살펴보고 있다. [한주형 기자]": the photographer in square brackets (Maeil Business).
        r"|\s\[(?P<bracketed>[가-힣]{2,5}\s기자)\]\s*$"
        # "… 시연 모습. <대구 수성구청 제공>": provided by X in angle brackets (Yeongnam's).
        r"|(?<=[.다])\s*[<〈‹](?P<angled>[가-힣A-Za-z][가-힣A-Za-z\s]{0,20}\s?제공)[>〉›]\s*$)",
        hint=_KOREAN_REPORTER_HINT,
    ),
    # Taiwanese captions: "…合影。記者林佩君／攝影", "…示意圖。圖／台北市捷運局提供",
    # "…典禮。圖／中央社".
    _rule(
        "chinese_slash_credit",
        # (… its label's colon too, and the taker's or giver's word after a slash kept:
        # "圖：黃啟宏/攝", "圖：台中市政府／提供", as Newtalk prints them)
        r"(?<=[。！？])\s*(?:(?:圖|图|照片|相片)\s*[／/：:]\s*(?!文)"
        r"(?P<credit>[^。／/（）()：:]{2,20}(?:\s*[／/]\s*(?:攝影|摄影|攝|摄|提供))?)"
        r"|(?P<reporter>(?:記者|记者)[\u4e00-\u9fff]{2,4})\s*[／/]\s*(?:攝影|摄影|攝|摄))",
    ),
    # "(ဓာတ်ပုံ – CJ)", "(Гэрэл зургийг Д.Ганзориг)", "(تصویر بشکریہ: X)", "(լուսանկարը` X)": a
    # picture label of Burmese, Sinhala, Khmer, Tamil, Mongolian, Urdu or Armenian captions and
    # its separator (a spaced dash, a colon, the Armenian comma typed as a backtick; after
    # Mongolian's accusative "photo", a space) in brackets closing the caption.
    _rule(
        "bracket_script_label",
        r"\s*[(（]\s*(?:(?:ဓာတ်ပုံ|ඡායාරූපය|រូបថត|រូបភាព|படம்|تصویر(?:\s+بشکریہ)?|[Լլ]ուսանկարը)"
        # (… or a minus sign for the dash: "(ဓာတ်ပုံ − SHAN)")
        r"\s*(?:[:：՝`]|\s[–—−-](?=\s))|Гэрэл\s+зургийг(?=\s))\s*"
        r"(?P<credit>[^()（）:：\n]{1,60}?)\s*[)）]",
    ),
    # "…週年。（圖／中央社）", "…満室に（写真／共同通信社）", "（撮影／小倉雄一郎）": a picture or
    # shot label and a slash in brackets closing a Chinese or Japanese caption.
    _rule(
        "cjk_bracket_label",
        r"\s*[（(](?:圖|图|照片|相片|写真|撮影)\s*[／/：:]\s*(?P<credit>[^（）()／/：:]{2,20})[）)]",
    ),
    # Japanese captions closed by "、共同" or "、X提供" after the date of their circumstances
    # ("＝東京都新宿区で2024年5月13日、共同"; the place and date stay the caption's).
    _rule(
        "japanese_comma_credit",
        rf"(?<=[日分時頃])、\s*(?P<credit>{_AGENCY}|[^、＝\sをにでがは]{{2,15}}提供)",
    ),
    # "… on Monday. AFP", "… AFP via Getty Images", "… NASA via AP": a bare agency (and who
    # handed it the picture) after a sentence end.
    _rule(
        "agency_tail",
        rf"{_AFTER_SENTENCE}(?P<credit>(?:{_VIA_NAME}\s+via\s+)?{_AGENCY_BARE_TAIL}){_PIC_SUFFIX}",
    ),
    # "… Representational image. ANI", "… on Monday. DHA": an agency whose short name is
    # another thing's too, alone after the caption's last full stop (not after its start or a
    # bracket, where "AA" or "TT" may be the caption's own word).
    _rule(
        "short_agency_after_stop",
        rf"(?<=[.!?])\s+(?P<credit>{_agency_pattern(_AGENCIES_EXACT_SHORT)})",
        max_lower=0,
    ),
    # "… in New York – Getty Images", "… in Wien - APA", "… / dpa": a known agency set off by a
    # dash or slash between spaces at the caption's end (a name after a dash may be a caption's
    # last word: only the agencies' own names are read so).
    _rule("dash_agency_tail", rf"\s+[-–—/]\s+(?P<credit>{_AGENCY_BARE_TAIL}){_PIC_SUFFIX}"),
    # "Anadolu Ajansı", "Xinhua News Agency": a whole caption that is an agency and a word or
    # two (its own name for itself, in any language) is the credit, not a caption.
    _rule("agency_only", rf"^\s*(?P<credit>{_AGENCY}(?:[\s-]+[\w.’'-]+){{1,2}})", max_lower=1),
    # "…（ソウルで、３日）＝ＡＰ": a Japanese caption closed by "＝" and a Latin agency name.
    # "…＝ロイター", "…＝AFP時事" (AFP's picture through Jiji): a known agency after "＝" too.
    _rule(
        "japanese_equals_agency",
        rf"＝\s*(?P<credit>[A-ZＡ-Ｚ][A-Za-zＡ-Ｚａ-ｚ .]{{1,20}}(?:時事)?|{_AGENCY})",
    ),
    # "…首相=共同": the same with an ASCII "=" after a CJK caption, for known agencies only.
    _rule(
        "japanese_ascii_equals",
        rf"(?<=[\u3040-\u30ff\u4e00-\u9fff）])=\s*(?P<credit>{_AGENCY}(?:時事)?)\s*$",
    ),
    # "…霞ケ関で（山田太郎撮影）": "photographed by X" in Japanese brackets; Chinese captions
    # write it "（新华社记者 李鑫 摄）" (simplified) or "攝" (traditional).
    _rule(
        "japanese_photographed",
        # (… not how it was shot: "（小型無人機で撮影）", with a drone, the particle of means)
        # (… "にて", "から", "より": where from, "（本社ヘリから撮影）")
        r"[（(]\s*(?P<credit>[^（）()\n]{1,20}?)(?<![でにへ])(?<!にて)(?<!から)(?<!より)\s*(?:撮影|摄|攝)"
        # … with the day it was taken after it ("（中央社記者王飛華攝 113年5月14日）").
        r"(?:\s+[\d年月日./ ]{1,20})?\s*[）)]"
        # "（撮影・山田太郎）": the label first. ("、東京都内で撮影" closing a caption says where or
        # when it was taken, not by whom: no credit.)
        r"|[（(]\s*撮影\s*[・:：]\s*(?P<named>[^（）()\n]{1,20}?)\s*[）)]"
        # "＝5月14日、東京都千代田区、佐藤花子撮影": a full name (three to five kanji) alone
        # before "撮影" closing the caption. A place says where with a kana particle
        # ("東京都内で"); how it was taken is a word of two kanji or of katakana ("水中",
        # "記念", "代表", "ドローン") or an exposure ("長時間露光").
        r"|、\s*(?P<shot>[\u4e00-\u9fff]{3,5})(?<!露光)撮影\s*$"
        # "…正在用餐。陈晓燕 摄", "。记者王鹏摄": a Chinese name (after the reporter's title)
        # after the sentence, then "摄" (攝); "拍摄" is the verb ("无人机拍摄": shot by drone).
        # Any outlet's reporter before the name ("中新网记者 李晨韵 摄"): the name is the credit.
        # … or after a space, a caption without its full stop ("…游人如织 新民晚报记者 王凯 摄").
        # (… the outlet and its desk maybe parted by a middle dot: "大河报·豫视频记者 李明轩 摄")
        # (… a correspondent's after the reporter's name: "记者 王海欣 通讯员 李楠 摄", both read)
        # (… its name may hold figures or Latin letters: "21世纪经济报道记者 林汐 摄")
        r"|(?:(?<=[。！？])|(?<=[\u4e00-\u9fff]\s))\s*(?:[\u4e00-\u9fff·・/／0-9A-Za-z]{0,14}?(?:记者|記者)\s*"
        r"|(?:通讯员|通訊員)\s*)?"
        # "资料照片 摄" is a file photo, no one's.
        r"(?!资料|照片|图片|圖片)(?P<zh_shot>(?:[\u4e00-\u9fff]{2,4}\s+(?:通讯员|通訊員)\s*)?"
        r"[\u4e00-\u9fff]{2,4})(?<![拍記记])\s*[摄攝]\s*$"
        # "…堤岸。 受访者供图": supplied the picture (as "제공" and "提供" are kept).
        r"|(?<=[。！？])\s*(?P<zh_supplied>[\u4e00-\u9fff]{2,12}[供提]图)\s*$"
        # (… or in brackets closing the caption: "…效果图（广州地铁供图）")
        r"|[（(]\s*(?P<zh_supplied_b>[\u4e00-\u9fff]{2,16}供[图圖])\s*[）)]\s*$"
        # "…工程。（图取自槟州政府脸书）": the picture taken from a source.
        r"|[（(]\s*[图圖](?:取自|源自|源[:：])\s*(?P<zh_from>[^（）()\n]{2,20}?)\s*[）)](?=\s*$)"
        # "…试运行。 澎湃新闻记者 周启明 图": a reporter's name, a space, then "图" (picture by);
        # "线路示意图" is a diagram (no space before 图).
        r"|(?<=[。！？])\s*(?P<zh_pic>(?:[\u4e00-\u9fff]{2,8}(?:记者|記者)\s*)?"
        r"[\u4e00-\u9fff]{2,4})\s+[图圖]\s*$",
        hint=_PHOTOGRAPHED_HINT,
    ),
)

# A labelled credit opening the caption, before its text: "(Photo: AFP) The president …",
# "FOTO: EFE/Juan Pérez. El presidente …", "© Reuters – The president …". Only with a label's
# colon or a copyright sign, and only before caption text opening with a letter: a credit line
# that opens a caption is set off by its bracket, a full stop or a dash. What follows a label
# there may as well be whom the picture shows ("Photo: Lionel Messi - The Argentine …"), so
# the credit must name a source by itself (_names_source_by_form).
# … or a credit of its own form in brackets, unlabelled: a name and its source parted by a pipe
# or a slash ("(Marco Delacruz | The Salt Lake Tribune) Sailboats …", the Tribune's form).
_HEAD_CREDIT = re.compile(
    rf"^\s*(?:[(\[]\s*(?:{_LABEL}\s*[:=：＝]|[©ⓒⒸ])\s*(?P<bracketed>{_CS}{{1,80}})\s*[)\]]"
    r"|[(\[]\s*(?P<formed>[^()\[\]\n|/]{2,60}(?:\s*\|\s*|/)[^()\[\]\n|/]{2,60})\s*[)\]]"
    rf"|(?:{_LABEL}\s*[:=：＝]|[©ⓒⒸ])\s*(?P<credit>{_CS}{{1,80}})(?:\.\s+|\s+[|–—-]\s+))"
    r"\s*(?=[^\W\d_])"
)
# "[OSEN=정다은 기자] 14일 오후 …": a Korean outlet and its photographer opening the caption.
# "[서울=뉴시스] 김근수 기자 = 14일 …" (Newsis, News1; Yonhap in round brackets): the place and
# agency in brackets, the photographer, an equals sign, then the caption.
_KOREAN_HEAD = re.compile(
    r"^\s*\[[^\]=\n]{1,12}=\s*(?P<credit>[가-힣]{2,5}\s기자)\]\s*(?=\S)"
    r"|^\s*[\[(][^\]()=\n]{1,12}=[^\]()=\n]{1,12}[\])]\s*(?P<agency>[가-힣]{2,5}\s기자)\s*=\s*(?=\S)"
)
_MAIL_CHARS = 200
# The caption text after a leading credit: at least this many words.
_HEAD_MIN_WORDS = 3

register("credit", [rule.name for rule in CREDIT_RULES])
register("credit", ("label_head",))  # "(Photo: AFP) The president …": a credit opening it
register(
    "credit",
    (
        "photo_type_not_credit",  # "(Archivbild)", "Symbolfoto": the kind of picture, not a credit
        "acronym_not_credit",  # "Alcoholics Anonymous (AA)": an acronym the words before spell out
        "date_not_credit",  # "November 19, 2019, 9:02 AM", "© 2019": a date names no one
        "usage_not_credit",  # "(PHOTO NOT FOR SALE)", "EDITORIAL USE ONLY": terms, not a name
        "caption_scrub",  # a credit found anywhere is cut from the caption's ends
        "dangling_label",  # a credit label with nothing after it goes from the caption's end
        "word_label_needs_name",  # "Foto de familia", "Foto von oben": a phrase, not a credit
        "labelled_archive",  # "Снимка: Архив": the archive named in the credit's field is it
    ),
)
# A label joined to its credit by a word, not a colon ("Photo by", "Foto von", "Foto de"): the
# same words open phrases ("Foto de familia" is a group photo, "Foto von oben" one from above),
# so what follows is a credit only with a capital or a digit in it (a name, "iStock") or as a
# known agency ("Foto von dpa").
_WORD_SEP_END = re.compile(r"\s(?i:by|von|par|di|de|nga|oleh)\s*$")
_KNOWN_LOWER = frozenset(a.casefold() for a in KNOWN_AGENCIES)
# Rules whose match carries a label ("Photo:", "©", "Foto von"): the only credits taken from
# an image's alt or title text, where prose after a sentence end is common.
LABELLED_RULES = frozenset(
    {
        "bracket_label",
        "bracket_copyright",
        "label_tail",
        "label_tail_lower",
        "abbreviated_label",
        "ph_label_tail",
        "copyright_tail",
        "label_head",
        "pipe_agency_tail",
    }
)
# Words naming the kind of picture (archive, symbol, montage, screenshot), not its author:
# "(Archivbild)" closes a caption the way a credit does.
_PHOTO_TYPES = re.compile(
    r"(?i:(?:file|archive|stock|symbol|library)(?:\s+(?:photo|image|picture)s?)?|archiv(?:bild|foto)?"
    r"|symbol(?:bild|foto)|(?:bild)?montage|illustration|grafik|graphic|screenshot|handout photo"
    r"|foto\s+de\s+archivo|imagen\s+de\s+archivo|photo\s+d['’]archives"
    # Other media beside the photo ("(Photo | Video)", "[Photo/Gallery]"): no one's name.
    r"|videos?|galler(?:y|ies)|galerie|galer[ií]a|audio|slideshow|podcast|archivo"
    # "Archive" in the other languages captions mark a file picture with ("(Arşiv)").
    r"|arquivo|archivio|archief|arkiv|arşiv|архив|арх[іи]в"
    # … and in the scripts without case: Arabic, Persian, Hebrew, Hindi, Chinese, Japanese
    # ("(أرشيفية)", "(फाइल फोटो)", "（档案照）", "（資料写真）").
    r"|(?:صورة\s+)?[أا]رشيفي[ةه]|آرشیو|ארכיון|फ़?ाइल\s+फ़?ोटो|फाइल\s+फोटो|档案照|檔案照|資料写真|资料图)"
)
# The agencies' terms of use of a picture, printed where a credit stands ("… (PHOTO NOT FOR
# SALE) (Yonhap)", "EDITORIAL USE ONLY. NO RESALES."): they name no one.
_USAGE_NOTES = re.compile(
    r"(?i:(?:(?:photo|image|picture)\s+)?not\s+for\s+(?:sale|resale)|(?:for\s+)?editorial\s+use"
    r"\s+only|no\s+(?:re)?sales?|no\s+archives?|mandatory\s+credit)"
)
# Words of a date or a time ("Nov. 19, 2019, 9:02 AM", "Di 3. März"): a credit made of these
# and numbers names no one (a publish date beside a byline, a copyright year), whatever its
# position or mark. Months and weekdays, full and short, in the languages of the corpus.
_DATE_TEXT = """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday mon tue tues wed thu thur thurs fri sat sun am pm a.m p.m utc gmt est edt
    cet cest pst pdt bst mo di mi do fr sa so
    januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag
    freitag samstag sonntag uhr janvier février mars avril juin juillet août septembre octobre
    novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche enero febrero marzo
    abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles
    jueves viernes sábado domingo gennaio febbraio aprile maggio giugno luglio settembre ottobre
    dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica januari februari maart mei
    augustus oktober
"""
_DATE_WORDS = frozenset(_DATE_TEXT.split())
# Tokens of a date: numbers ("19", "9:02" gives two) and words with their dots kept ("a.m").
_DATE_TOKEN = re.compile(r"\d+|[^\W\d_]+(?:\.[^\W\d_]+)*")

# A credit is a short run of names: at most this many words, and few lower-case words
# (prose like "A man walks past the building" is not a credit even after "Photo:").
_MAX_CREDIT_WORDS = 14
# Lower-case words normal inside credits ("AFP via Getty", "Foto von X", "picture alliance").
_PARTICLES = "via von van der den de del della di da du le la and und et y e for of"
_CREDIT_PARTICLES = frozenset(
    [*_PARTICLES.split(), "photo", "foto", "images", "archiv", "archive", "file"]
) | {w.lower() for a in _AGENCIES_ANYCASE + _AGENCIES_EXACT for w in a.split()}
_WORD = re.compile(r"[^\s/,;]+")
# "Photo:", "Foto:", "Bild:", "©", "Photo by" at the start of a standalone credit element.
_PREFIX = re.compile(
    rf"^\s*(?:(?:[©ⓒⒸ]|\([cC]\)|(?i:copyright)(?=\s))\s*{_COPYRIGHT_YEAR}|{_LABEL}{_LABEL_SEP}\s*"
    rf"|{_ABBREVIATED_LABEL}\s*"
    # "Source: X" in a credit element: the source word with its colon is the label.
    rf"|(?i:sources?|{_SOURCE_WORDS})\s*[:：]\s*|{_SPACED_LABEL}"
    # Dutch papers set their credit element as "Beeld Jane Doe", the label without its colon,
    # and so do others in theirs ("Photo Pierre Rouanet - VDNPQR", "Foto Tomáš Benedikovič").
    # (… Mongolian "the photo [by]": "Гэрэл зургийг Д.Гантулга")
    r"|(?:Beeld|Photo|Foto|Fotó|Bild|Kuva|Фото|Гэрэл зургийг|Гэрэл зургийн"
    # (… an illustration's maker so too: "Illustration Ville de Cognac")
    r"|Illustration)\s+(?=[A-ZÀ-ÞЀ-Я])"
    # (… Arabic "photography" with its dash, "تصوير ـ محمد حسام")
    r"|تصوير\s*[ـ:–—-]\s*"
    # … an archive picture's words before the credit ("Photo d'archives, Agence QMI", "File
    # photo: X", "Foto de archivo / X"), and Indian papers' "Pic/X" (mid-day).
    r"|(?i:photo\s+d['’]archives?|file\s+photo|archive\s+(?:photo|picture|image)|"
    r"foto\s+(?:de\s+archivo|de\s+arquivo|d['’]archivio))\s*[,:/–—-]\s*(?=\S)"
    r"|(?i:pics?)\s*/\s*(?=[A-ZÀ-Þ]))+"
)
# A label alone ("Copyright", "Foto:") is a heading of the credit, not a credit.
_BARE_LABEL = re.compile(rf"(?:{_LABEL}|[©ⓒⒸ])\s*[:=：]?|{_ABBREVIATED_LABEL}")
# A label left with nothing after it at the caption's end ("… (AP Photo/X) - Copyright",
# "… Foto:"): the credit it headed was split off (or sits in its own element), so the label
# goes too. Only after a separator, a sentence end or a closing bracket, or alone: "Watch the
# pictures" ends with a label word that is caption text. Without its colon only the words that
# are never a caption's last word ("Copyright", "Credit", "Photo"): "Rückblick – Bilder" stays.
_SINGLE_PICTURE_LABEL = (
    r"(?i:beeld|bild|bilde|foto|fotó|fotoğraf|kuva|imagen|imagem|gambar|ảnh|צילום|φωτογραφία"
    r"|снимка|фото|picha|사진|写真)"
    # … and the photo labels of the scripts without case ("… സംസാരിക്കുന്നു. ഫോട്ടോ | X": the
    # credit after a pipe cut, its label left behind).
    r"|ഫോട്ടോ|ಫೋಟೋ|ఫోటో|ફોટો|ਫੋਟੋ|ଫଟୋ|फोटो|फ़ोटो|ছবি|ფოტო|ፎቶ|ဓာတ်ပုံ|រូបថត|ඡායාරූපය"
)
_PICTURE_WORD_ALONE = re.compile(_SINGLE_PICTURE_LABEL)
# The full stops of the scripts of India, Burma, Ethiopia and of Urdu.
_OTHER_FULL_STOPS = ("।", "॥", "။", "።", "۔")
_DANGLING_LABEL = re.compile(
    rf"(?:^|(?<=[.!?)\]\"”’»])\s*|\s+[-–—|·•/]\s*)"
    rf"(?:{_LABEL}\s*[:=：]|[©ⓒⒸ]|\([cC]\)|(?i:copyright|credits?|photo|foto))\s*$"
    # After a sentence end a label of one picture, abbreviated too ("… straat. Beeld", "…
    # ulicą. Fot."); a plural ("… vom Fest. Bilder") may be the caption's own last word.
    rf"|(?:^|(?<=[.!?。]))\s*(?:{_SINGLE_PICTURE_LABEL}|{_ABBREVIATED_LABEL})\s*$"
)
# Words of a source's name written in capitals at most (names_a_source).
_MAX_CAPITALS_SOURCE_WORDS = 4
# Credits and dangling labels cut from the end of a caption longer than _LONG_CAPTION_CHARS
# at most (see _split); the longest caption in the news-dev truth has 458 characters, and a
# caption holds one credit or two (a hostile one of ". Fot. X" 285 times took 0.3 s to cut).
_MAX_TAIL_CUTS = 12
_LONG_CAPTION_CHARS = 600
# Every rule is anchored at the caption's end and no credit form spans more than ~500
# characters (a shoot's credits: a label and six roles of 60): the rules read only the last
# _TAIL_WINDOW characters, so each cut costs the same on a caption of any length (a hostile
# 2,000-character caption of ". Fot. X" took 0.3 s, one of "Photo / AP " 5,000 took 2.8 s).
_TAIL_WINDOW = 600
# A credit element's text longer than this is no credit (the longest in news-dev: ~100).
_MAX_CREDIT_TEXT_CHARS = 1000
# Credits listed in one string: "Photo: A; B", "A | B", and a sentence end before the next
# label ("Photo illustration by Slate. Photo by Jane Doe").
# A copyright sign between two names ("Kasper Mølgaard © Ritzau Scanpix": the photographer's,
# the agency's) and a dash before a second label ("AFP - Crédito: X") part credits too.
_CREDIT_SEPARATORS = re.compile(
    rf"\s*[;|]\s*|(?<=[.])\s+(?={_LABEL}{_LABEL_SEP})|(?<=\w)\s+[©ⓒⒸ]\s+(?=\w)"
    rf"|\s+[-–—]\s+(?={_LABEL}{_LABEL_SEP})"
)
# Leftovers at the cut: separators, dashes after a space, empty brackets, unclosed openers.
# Written for the reversed text and matched piece by piece from its start: as one pattern
# anchored at the end, `(?:[,\s]+|…)+$` backtracks exponentially on a run of commas that
# does not reach the end (fuzz bug 15: 30 commas took minutes).
# (The Arabic script's comma and semicolon too: "…کا منظر، فوٹو: آن لائن".)
# (… a slash a credit was glued on by, "… অ্যাম্ফিথিয়েটার/")
# (… a dash glued to the caption's full stop, "… Mountain.—": the credit's opener; Ethiopic's
# comma and semicolon, "… ወቅት፤")
_GLUED_TAIL_CHARS = 200
_GLUED_LABEL = re.compile(
    r"(?:(?<=[a-zß-ÿа-яёіїєґ]{2})|(?<=[“”\"»)\].!?]))"
    r"(?=(?:Photo|Foto|Фото|Снимка|Світлина|Bild|Kuva|Zdjęcie|Fotó)\s*:)"
)
_GLUED_DASH_LABEL = re.compile(r"(?<=[.!?])([–—])(?=(?:Photo|Foto|Picture|Image|Pic)\b)")
_TRAILING_JUNK_REVERSED = re.compile(
    r"[-–—|·•/]+\s+|[–—]+(?=[.!?。])|[\s,;:|·•،؛፤፣]+|\)\s*\(\s*|\]\s*\[\s*|[(\[]\s*"
    r"|/(?=[^\W\d_])"
)
_LEADING_JUNK = re.compile(r"^[\s|·•,;:]+")
_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+")


def _clean_caption(text: str) -> str:
    """Collapse whitespace and drop separators left dangling where a credit was cut."""
    text = _SPACES.sub(" ", text).strip()
    return _LEADING_JUNK.sub("", _strip_trailing_junk(text))


def _strip_trailing_junk(text: str) -> str:
    """text without the separators, dashes and brackets left at its end, in linear time.

    >>> _strip_trailing_junk("Harbour at dawn ( ) -")
    'Harbour at dawn'
    """
    reversed_text, junk = text[::-1], 0
    while (m := _TRAILING_JUNK_REVERSED.match(reversed_text, junk)) and m.end() > junk:
        junk = m.end()
    return text[: len(text) - junk]


def _looks_like_credit(credit: str, max_lower: int) -> bool:
    """Short, name-like text: not a sentence that happens to follow 'Photo:'."""
    words = _WORD.findall(credit)
    if not words or len(words) > _MAX_CREDIT_WORDS or not any(c.isalnum() for c in credit):
        return False
    if _PHOTO_TYPES.fullmatch(credit.strip(" .()[]")) and is_on("photo_type_not_credit"):
        fire("photo_type_not_credit")
        return False
    if _GALLERY_POSITION.fullmatch(credit.strip(" .()[]")):
        return False  # "Photos: 1 of 12": the slideshow's counter after its label, no one's name
    if _is_date(credit) and is_on("date_not_credit"):
        fire("date_not_credit")
        return False
    if _USAGE_NOTES.fullmatch(credit.strip(" .()[]")) and is_on("usage_not_credit"):
        fire("usage_not_credit")
        return False
    caseless = sum(1 for w in words if _caseless(w))
    if 2 * caseless >= len(words):
        # A script without case (Hebrew, Arabic, Devanagari): no lower-case words to count, so
        # a credit is a few words and no sentence ("אמיל סלמן, הארץ"; a caption sentence of
        # six words and a full stop is none).
        return len(words) <= _MAX_CASELESS_CREDIT_WORDS and not _ENDS_SENTENCE.search(credit)
    lower = [
        w
        for at, w in enumerate(words)
        if w[0].islower()
        and w.lower() not in _CREDIT_PARTICLES
        and not _made_for(w, words[at + 1 : at + 2])
    ]
    return len(lower) <= max_lower


_GALLERY_POSITION = re.compile(r"\d{1,3}\s*(?:/|of|von|de|di|av|af|van|sur|z|из)\s*\d{1,3}")
# A credit in a script without case: at most this many words, and no sentence end.
_MAX_CASELESS_CREDIT_WORDS = 8
_ENDS_SENTENCE = re.compile(r"[.!?؟۔।]\s*$")


def _caseless(word: str) -> bool:
    """A word of a script without case (Hebrew, Arabic, Devanagari, Thai), not CJK; Georgian
    too, whose everyday letters Unicode files as lower case (its capitals are for headings)."""
    first = word[0]
    if "\u10d0" <= first <= "\u10ff":
        return True
    return first.isalpha() and not (first.isupper() or first.islower() or _ideograph(first))


def _ideograph(char: str) -> bool:
    """CJK ideographs and kana: their words are not space-separated (a credit is one run)."""
    return CJK.match(char) is not None


# "X pour Libération", "X para EL PAÍS", "X für die SZ": a credit made for an outlet, its name
# after the word ("Protesta para pedir justicia" is a caption: a verb follows).
_MADE_FOR = frozenset({"pour", "para", "für", "voor", "för"})


def _made_for(word: str, after: list[str]) -> bool:
    """`word` is "made for" in a language other than English, before a capitalised name."""
    return word.lower() in _MADE_FOR and bool(after) and after[0][:1].isupper()


def _is_date(credit: str) -> bool:
    """Whether a credit is only a date or a time: numbers, months, weekdays, "AM".

    >>> _is_date("November 19, 2019, 9:02 AM"), _is_date("BILD 15.05.2023")
    (True, False)
    """
    tokens = _DATE_TOKEN.findall(credit)
    return bool(tokens) and all(t.isdigit() or t.casefold() in _DATE_WORDS for t in tokens)


def looks_like_credit(text: str, max_lower: int = 2) -> bool:
    """Whether a credit element's text reads like a credit: a few names, not a sentence.

    max_lower: lower-case words allowed besides particles ("Cedida por la Plataforma").
    >>> looks_like_credit("Photo: Jane Doe/AFP"), looks_like_credit("A man walks to work.")
    (True, False)
    """
    credits = split_credit_text(text)
    # "File | Nation Media Group": the kind of picture beside a credit does not unmake it.
    named = [c for c in credits if not _PHOTO_TYPES.fullmatch(c.strip(" .()[]"))]
    return bool(named) and all(_looks_like_credit(c, max_lower) for c in named)


def names_a_source(text: str) -> bool:
    """Whether a short unlabelled text is a picture source's name: credit-shaped, no sentence,
    and ending in a known agency or in a word naming a news or picture organisation.

    >>> names_a_source("The Yomiuri Shimbun"), names_a_source("Shigeru Ishiba")
    (True, False)
    """
    text = _SPACES.sub(" ", text).strip()
    # In capitals a source is a name or two ("ITV, ASSOCIATED PRESS"); a longer line in
    # capitals is a caption shouting ("CROWDS GATHER OUTSIDE THE TV STUDIOS").
    if text.isupper() and len(text.split()) > _MAX_CAPITALS_SOURCE_WORDS:
        return False
    return bool(_SOURCE_NAME.search(text)) and looks_like_credit(text, max_lower=0)


def is_bare_label(text: str) -> bool:
    """A credit label alone ("Photo credit", "Foto:", "©"): a heading, not a credit.

    >>> is_bare_label("Photo credit"), is_bare_label("Photo: AP")
    (True, False)
    """
    return bool(_BARE_LABEL.fullmatch(text.strip()) or _BARE_SOURCE.fullmatch(text.strip()))


# "Source", "Fuente:", "Quelle": a source word alone heads a credit element's value.
_BARE_SOURCE = re.compile(rf"(?i:sources?|{_SOURCE_WORDS})\s*[:：]?")


def split_credit_text(credit: str) -> tuple[str, ...]:
    """Split a standalone credit string into credits, dropping 'Photo:'/'Foto:'/'©' prefixes.

    >>> split_credit_text("Photo: Jane Doe; AFP")
    ('Jane Doe', 'AFP')
    """
    if len(credit) > _MAX_CREDIT_TEXT_CHARS:
        return ()
    out: list[str] = []
    for part in _CREDIT_SEPARATORS.split(_SPACES.sub(" ", credit).strip()):
        # Prefixes may sit inside brackets ("(Image: X)") or after a separator ("/ X").
        part = _trim_edges(_PREFIX.sub("", _trim_edges(_PREFIX.sub("", part))))
        part = _ILLUSTRATIVE.sub("", _DATED_BRACKET.sub("", _without_short_label(part)))
        part = _PH_LABEL.sub("", part)  # "Ph. Bouchaib Sadiq": the French papers' photo label
        part = _SUFFIX_LABEL.sub("", part) if "otr" in part or "OTR" in part else part
        if part and any("\u4e00" <= c <= "\u9fff" for c in part[:2] + part[-1:]):
            part = _CJK_CREDIT_WORDS.sub("", part)
        # (… or a picture's word alone, "PICHA | HASSANI KINGU": the label before a pipe)
        # ("MAP" after "Crédit:" is Morocco's agency in its capitals, not the map's label)
        agency = part.isupper() and _AGENCY_ALONE.fullmatch(part)
        if (_BARE_LABEL.fullmatch(part) and not agency) or _PICTURE_WORD_ALONE.fullmatch(part):
            continue
        if part and any(c.isalnum() for c in part) and part not in out:
            out.append(part)
    return tuple(out)


# "Pius Amrein (Luzern, 14. 5. 2024)", "Jane Doe (archive, 2019)": where and when the picture
# was taken, in brackets after the credit; a date names no one.
_DATED_BRACKET = re.compile(
    r"(?<!\s)\s*\((?:[^()]{0,40}?[,\s])?(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|(?:19|20)\d{2})\)$"
)


# "Ph. X" opening a credit element: "Ph." is the photo label of the French papers (Le Matin).
# ("Gentileza X", courtesy of X, stays as printed in a credit element, as "Courtesy of X"
# does: the lender's credit in its own words)
_PH_LABEL = re.compile(r"^Ph\.(?:\s*:)?\s+(?=[A-ZÀ-Þ])")
# "Tomo Raginos nuotr.": Lithuanian writes the photo label after the credit ("photo by").
# (… or a Chinese photographer's 攝/摄, photographed, after the name: "黃偉強攝"; and the file
# photo's word before it, "資料照，王秉軒")
_SUFFIX_LABEL = re.compile(r"(?<=[\w)])\s+(?i:nuotr)\.?$")
# … and a Chinese photographer's 攝/摄 (photographed) after the name, "黃偉強攝", and the file
# photo's word before it, "資料照，王秉軒" (read when the part holds a CJK ideograph)
# (… and the day or hour the picture was taken, before the photographer in a Japanese
# caption's brackets: "22日午後5時ごろ、佐藤一郎撮影" → "佐藤一郎")
_CJK_CREDIT_WORDS = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})\s?[攝摄]$|^(?:資料照片?|资料照片?|資料圖片?|资料图片?)\s*[，,、/]\s*(?=\S)"
    r"|^[^、，,]{0,16}?\d[^、，,]{0,16}?[日時]\S{0,6}[、，,]\s*(?=\S)"
)


# "Illustrative/Shutterstock" (The Jerusalem Post's form): the kind of picture, then its source.
_ILLUSTRATIVE = re.compile(r"^(?i:illustrative|illustration)\s*/\s*(?=\S)")


# In a credit element, one or two words before a colon are its label in any language
# ("Autor/allikas: X", "Arkivfoto: X", "ছবি: X", "ফাইল ছবি: X"); an agency's name is not.
# A word, Indic vowel signs too; the branches disjoint, or a run of Indic letters backtracks
# through every split.
_ANY_WORD = r"(?:[^\W\d_\u0900-\u0dff]|[\u0900-\u0dff])+"
_SHORT_LABEL = re.compile(rf"^({_ANY_WORD}(?:[ /]{_ANY_WORD})?)\s*[:：]\s+(?=\S)")
_SHORT_LABEL_CHARS = 20


def _without_short_label(part: str) -> str:
    """A standalone credit without a short label before its colon (see _SHORT_LABEL)."""
    m = _SHORT_LABEL.match(part)
    if m is None or len(m[1]) > _SHORT_LABEL_CHARS or canonical_agency(m[1])[1]:
        return part
    if " " in m[1] and all(w[:1].isupper() for w in m[1].split()):
        return part  # "Jane Doe: …": a name, not a label
    return part[m.end() :]


_INITIAL_END = re.compile(r"(?:^|[\s.])[A-Za-zÀ-Þ]\.$")


def _trim_edges(part: str) -> str:
    """Separators and stray brackets off a credit's ends; a bracket pair the name holds stays.

    >>> _trim_edges("(Statistics Canada (StatCan)). "), _trim_edges("AFP)"), _trim_edges("[AP")
    ('Statistics Canada (StatCan)', 'AFP', 'AP')
    """
    while True:
        before = part
        part = part.strip(" ,:;/|")
        # The dot of an initial closing it stays ("D.R.", droits réservés); others go.
        part = part.lstrip(" .") if _INITIAL_END.search(part) else part.strip(" .,:;/|")
        for opener, closer in ("()", "[]", "（）") if "（" in part else ("()", "[]"):
            if part.startswith(opener) and part.endswith(closer) and _wraps(part, opener, closer):
                part = part[1:-1]
            if part.endswith(closer) and part.count(closer) > part.count(opener):
                part = part[:-1]
            if part.startswith(opener) and part.count(opener) > part.count(closer):
                part = part[1:]
        if part == before:
            return part


def _wraps(text: str, opener: str, closer: str) -> bool:
    """Whether the bracket opening text closes at its very end ("(A (B))", not "(A) (B)")."""
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch == opener) - (ch == closer)
        if depth == 0:
            return i == len(text) - 1
    return False


def _is_truncated_copy(candidate: str, kept: tuple[str, ...]) -> bool:
    """True when every word of a credit is a (possibly cut) word of a credit already found."""
    words = [w.lower() for w in _TOKEN.findall(_PREFIX.sub("", candidate))]
    labels = {"photographer", "photo", "foto", "credit"}
    words = [w for w in words if w not in labels]
    if not words:
        return True
    for other in kept:
        other_words = [w.lower() for w in _TOKEN.findall(other)]
        if all(any(o.startswith(w) for o in other_words) for w in words):
            return True
    return False


_CORRESPONDENT = re.compile(r"\s*(?:通讯员|通訊員)\s*")
# A press office, which some languages name in lower case ("Фото: пресс-служба правительства
# Сахалинской области"): whose picture it is, not what it shows.
_PRESS_OFFICE = re.compile(
    r"(?i:пресс-служб|прес-служб|прэс-служб|press (?:office|service)|biuro prasowe|tiskové"
    r"|oficina de prensa|assessoria de (?:imprensa|comunicação)|servizio stampa|ufficio stampa)"
)


def _match_tail(
    text: str, only: frozenset[str] | None = None
) -> tuple[int, tuple[str, ...]] | None:
    """The first rule matching a credit at the end of text: (cut position, credits)."""
    off = rules_off()
    start = max(0, len(text) - _TAIL_WINDOW)
    hinted: dict[re.Pattern[str], bool] = {}  # rules share hints: each is searched once
    for rule in CREDIT_RULES:
        if rule.name in off or (only is not None and rule.name not in only):
            continue
        if (hint := rule.hint) is not None:
            if hint not in hinted:
                hinted[hint] = hint.search(text, start) is not None
            if not hinted[hint]:
                continue
        m = rule.pattern.search(text, start)
        if m is None:
            continue
        # A rule written as alternatives names each one's credit group apart.
        text_of = m["credit"] or next((v for v in m.groupdict().values() if v), "")
        # (a reporter and a correspondent named in one formula: "王海欣 通讯员 李楠", both)
        credits = tuple(
            name for c in split_credit_text(text_of) for name in _CORRESPONDENT.split(c) if name
        )
        credit_at = next((m.start(g) for g, v in m.groupdict().items() if v == text_of), m.start())
        label = text[m.start() : credit_at]
        named = all(_looks_like_credit(c, rule.max_lower) for c in credits)
        if credits and (named or _labelled_archive(rule.name, label, credits)):
            if not named:
                fire("labelled_archive")
            if rule.name in _ANY_LABEL_RULES and not _photo_label(label, opening=m.start() == 0):
                continue  # "Winner: X", "(Bildmitte: X)": a caption's own field, no credit
            if rule.name == "japanese_photographer_bracket" and "＝" not in text[: m.start()]:
                continue  # "運河公园（档案照）": no "what＝when, where" caption before it
            if rule.name == "slash_name_tail" and _names_parted(text[: m.start()].split()):
                continue  # "… Joe Biden / Donald Trump": two names, no caption and credit
            if (
                rule.name == "label_tail_lower"
                and not credits[0][:1].isupper()
                and not _PRESS_OFFICE.match(credits[0])
            ):
                continue  # "Photo: protesters outside parliament" describes the picture
            if (
                _unnamed_after_word_label(label, credits)
                or _word_label_mid_sentence(text[: m.start()], label)
                or _graphic_title(label, credits)
                or _described_kind(label, credits)
            ):
                fire("word_label_needs_name")
                continue
            if (
                rule.name not in LABELLED_RULES
                and _spelled_out_before(text, m.start(), credits)
                and is_on("acronym_not_credit")
            ):
                fire("acronym_not_credit")
                continue
            fire(rule.name)
            return m.start(), credits
    return None


# "Archive" alone, in the languages of the captions that print it as the credit.
_ARCHIVE_WORD = re.compile(
    r"(?i:archiv|archive|archives|archivo|arquivo|archivio|archief|arkiv|arkivet|arşiv|архив|"
    r"арх[іи]в)"
)


def _labelled_archive(rule: str, label: str, credits: tuple[str, ...]) -> bool:
    """An archive word alone after a credit label and its colon ("Снимка: Архив", "Foto:
    Archivo"): the field names the paper's archive as the picture's source. Alone in brackets
    ("(Arşiv)") the word says what the picture is (_PHOTO_TYPES)."""
    return (
        rule in LABELLED_RULES
        and label.rstrip().endswith((":", "："))
        and all(_ARCHIVE_WORD.fullmatch(c.strip(" .")) for c in credits)
        and is_on("labelled_archive")
    )


_ANY_LABEL_RULES = frozenset({"any_label_bracket", "any_label_tail"})
_SLASH_CAPTION_WORDS = 4


def _names_parted(before: list[str]) -> bool:
    """The words before a spaced slash are no caption of their own (fewer than four) or end in
    a name of capitalised words, which the slash pairs with the one after it."""
    return (
        len(before) < _SLASH_CAPTION_WORDS
        or all(w[:1].isupper() for w in before[-2:])
        or before[-1].isupper()  # "sizes AAA / AA": two codes paired
    )


# A label of any language that says picture: its letters, accents dropped, hold a picture
# word's stem ("Ifoto", "Fọto", "fòto", "Φωτογραφία", "Фотография"), or it is written in a
# script without case beyond Arabic's and Hebrew's (Ethiopic "ምስል", Indic, Kurdish Sorani
# too is Arabic: those scripts' labels are listed); a role ("Winner", "Captain", "Bildmitte")
# is no label of a credit.
_PICTURE_STEM = re.compile(
    r"fot|phot|φωτ|фот|imag|imax|imatg|pict|bild|kuv|zdj|sním|snim|ảnh|anh\b"
)
# … the words themselves, with their endings (accents folded): "foto", "fotografia", "photos",
# "φωτογραφία", "фото", "imagen", "pictures", "bilder", "kuvat", "zdjęcie", "snímek".
_PICTURE_WORD = re.compile(
    r"fot[oó]\w{0,9}|fotk[aiy]|photo\w{0,7}|φωτ\w*|фот\w{0,8}|imag(?:e|es|en|em|ens|ine|enes)"
    r"|pic|pics|pictures?|bild(?:er|erna|et|autor\w*|quelle|nachweis)?|billede|kuva\w{0,3}|imatges?"
    r"|zdj[eę]ci\w{0,2}|sn[ií]m(?:ek|ka|ky)|anh|ảnh"
)
# … or opens with one of the picture, drawing or illustration words that hold none of those
# stems (Hungarian "kép", Czech "obrázek", Slovene "slika", Turkish "resim", Icelandic
# "mynd", Danish "billede", Malay "gambar", Basque "irudia", Tetum "imajen", Luganda
# "ekifaananyi", Nordic "tegning"/"tekning", "illustr-"/"ilustr-"): the label's first word is
# one, with its plural or case ending at most ("Képünkön", in our picture, names who is shown;
# "Képviselő", "Kepolisian", "Obrazovanje", "Lustro" are other words).
_PICTURE_OPENING = re.compile(
    r"(?:kep(?:ek)?|obraz(?:ek|ky|y)?|obr\.?|slik[aeu]?|resim(?:ler)?|mynd(?:ir)?|billed(?:e|er)?"
    r"|gambar|irudia?k?|imajen|(?:eki)?faananyi|te[gk]ning(?:ar|er)?|ill?ustr\w*"
    # Papiamento and Malay "potret", Tok Pisin "piksa", Welsh "llun", Māori "whakaahua".
    r"|potret|piksa|llun|whakaahua"
    # (… Dutch "beeld" alone, "Beeldhouwer" a sculptor; Arabic "الصورة", Tigrinya "ስእሊ", Amharic
    # "ምስል": the picture)
    r"|beeld(?:en)?|(?:ال)?صور[ةه]|ስእሊ|ምስል"
    # (… Hungarian "illustration": "(Illusztráció: Getty Images)")
    r"|illusztraci\w*|عکس|تصویر|تصوير"
    # (… Scottish Gaelic and Irish picture, Filipino picture; Kurmanji picture, Armenian photo)
    r"|dealbh|grianghraf|pictiur|larawan|wene|լուսանկար\w{0,4}"
    # (… Maltese "photo(s)": "Ritratti: X"; Breton "photo": "Luc'hskeudenn : X")
    r"|ritratt[i]?|luc'hskeudenn)"
)
# … and Thai's and Lao's picture labels, read as written (their tone marks are combining):
# "ภาพ", "ขอบคุณภาพจาก" (thanks for the picture from), "ที่มาภาพ", "ພາບ", "ພາບຈາກ".
_PICTURE_LABEL_THAI_LAO = re.compile(
    r"(?:ขอบคุณ|ที่มา|เครดิต)?ภาพ(?:จาก|โดย|ประกอบ)?|(?:ຂອບໃຈ|ທີ່ມາ)?ພາບ(?:ຈາກ|ໂດຍ|ປະກອບ)?"
)
_LISTED_SCRIPTS = re.compile("[\u0590-\u06ff]")
_POSITION_STEM = re.compile(r"mitte|links|rechts|vorn|hinten|oben|unten|left|right|center|centre")


def _photo_label(label: str, *, opening: bool = False, known: bool = False) -> bool:
    """The label (its words before the colon) says picture (see _PICTURE_STEM); opening the
    caption, by its letters only (a caseless script's role opens a caption too: "मंत्री: X");
    `known`: by a picture's word the rules know only, not any caseless word."""
    word = label.strip(" ([（-–—:：፡")
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c)
    )
    first = folded.split()[0] if folded.split() else ""
    # Opening the caption the first word is a picture's word itself, not a word holding its
    # letters ("Bildhauer: Anish Kapoor", "Fotballstjerne: X", "Kuvernööri: X" name the shown).
    stem = _PICTURE_WORD.fullmatch(first) if opening else _PICTURE_STEM.search(folded)
    if stem or _PICTURE_OPENING.fullmatch(first) or _PICTURE_LABEL_THAI_LAO.fullmatch(word):
        return not _POSITION_STEM.search(folded)  # "Bildmitte:", "Bild links:" say who is where
    caseless = word and not any(c.isupper() or c.islower() for c in word)
    return bool(caseless) and not opening and not known and not _LISTED_SCRIPTS.search(word)


def is_photo_label(label: str, *, known: bool = False) -> bool:
    """The label says picture, in any of the languages the credit rules read (see
    _photo_label): "Potret", "ଫଟୋ", not "Fuente" or "Video"; `known`: a picture's word the
    rules know ("Ảnh", "ພາບ"), not any word of a caseless script ("哥打丁宜", a town)."""
    return _photo_label(label, known=known)


def _unnamed_after_word_label(before: str, credits: tuple[str, ...]) -> bool:
    """The label before the credit ends in a word and no credit has a name's capital or digit.

    >>> _unnamed_after_word_label(" Foto de ", ("familia",)), _unnamed_after_word_label(
    ...     " Foto von ", ("dpa",)), _unnamed_after_word_label(" Photo: ", ("staff",))
    (True, False, False)
    """
    if not _WORD_SEP_END.search(before) or not is_on("word_label_needs_name"):
        return False
    return not any(_has_name_mark(c) for c in credits)


_SENTENCE_CLOSE = '.!?…:;)]»"”'
# … and the marks that set a credit line off the caption ("… at dawn — photo by Jane Doe",
# "… all'alba - foto di Mario Rossi", "…, photo by Jane Doe"): no sentence runs on over them.
_CREDIT_LINE_OPENERS = "-–—|,·•/"


def _word_label_mid_sentence(before: str, label: str) -> bool:
    """A label joined to its credit by a word, inside a sentence: right after an article or a
    short word in lower case ("… will sich ein Bild von der Lage machen", "… shows a photo by
    her father"; "… in the old town Photo by Jane Doe" is a credit line without its stop).

    >>> _word_label_mid_sentence("Der Minister will sich ein ", " Bild von ")
    True
    >>> _word_label_mid_sentence("The house in the old town ", " Photo by ")
    False
    >>> _word_label_mid_sentence("Flut in Passau. ", "Foto von ")
    False
    >>> _word_label_mid_sentence("", "Photo by ")
    False
    """
    if not _WORD_SEP_END.search(label) or not is_on("word_label_needs_name"):
        return False
    word = label.split()[0] if label.split() else ""
    if (
        word[:1].islower()
        and before.strip()
        and before.rstrip()[-1] not in _SENTENCE_CLOSE + _CREDIT_LINE_OPENERS
    ):
        return True  # "Pameran foto oleh …", "Një foto nga Tirana …": a photo of, by whom
    words = before.split()
    last = words[-1] if words else ""
    if not (last.isalpha() and last.islower()):
        return False
    # After a word in lower case: an article ("ein Bild von"), a label in lower case ("shows
    # photos by") or in the plural ("zeigt Bilder von") is the sentence's; a capitalised label
    # in the singular opens a credit line ("… in the old town Photo by Jane Doe").
    plural = word.casefold().endswith(("s", "er", "en"))
    return len(last) <= _ARTICLE_CHARS or word[:1].islower() or plural


# Articles and determiners are short: "a", "the", "ein", "une", "el", "das", "een".
_ARTICLE_CHARS = 3


def _graphic_title(label: str, credits: tuple[str, ...]) -> bool:
    """A graphic's label before its title, not its maker: "Grafik: Die Mieten steigen" (a word
    in lower case other than a particle); "Grafik: Line Holmgaard" names one.

    >>> _graphic_title("Grafik: ", ("Die Mieten steigen",))
    True
    >>> _graphic_title("Grafik: ", ("APA/ORF",))
    False
    """
    if not _GRAPHIC_LABEL.search(label):
        return False
    # A title is a phrase with a plain word in lower case; a maker's name may be one lower-case
    # brand ("dpa-infografik", "t-online").
    words = [w for c in credits for w in _WORD.findall(c)]
    plain = (w for w in words if w.isalpha() and w.islower() and w not in _CREDIT_PARTICLES)
    return len(words) >= 2 and any(True for _ in plain)


def _described_kind(label: str, credits: tuple[str, ...]) -> bool:
    """A kind of picture as the label, then a phrase describing it: "Symbolbild: Ein
    Fahrradpiktogramm auf einer Fahrradstraße." (four words or more, one a plain word in
    lower case; "Symbolbild: picture alliance/dpa" names its source).

    >>> _described_kind("Symbolbild: ", ("Ein Fahrradpiktogramm auf einer Fahrradstraße",))
    True
    >>> _described_kind("Symbolbild: ", ("picture alliance/dpa",))
    False
    """
    if not _PHOTO_TYPES.fullmatch(label.strip(" :：-–—")):
        return False
    # (a credit's parts, slashed or listed, or a courtesy, name sources: "Feuerwehr
    # Köln/privat", "Stadtarchiv Köln, unbekannter Fotograf", "courtesy of the museum")
    # (… but a description goes on after a comma too, "Ein Polizeiauto, im Hintergrund die
    # Kirche", "Protesters outside parliament, 2019": two plain words in lower case say so)
    joined = " ".join(credits)
    words = [w for c in credits for w in _WORD.findall(c)]
    plain = [w for w in words if w.isalpha() and w.islower() and w not in _CREDIT_PARTICLES]
    if re.search(r"[/|]|(?i:courtesy|cortesía|cortesia)", joined):
        return False
    if len(credits) > 1 or re.search(r"[,;]", joined):
        # (a name, then a role of a word or two after the comma, "John Smith, staff
        # photographer", is a credit)
        first, *rest = [p.split() for p in re.split(r"[,;]", joined) if p.strip()] or [[]]
        if (
            1 < len(first) <= _NAME_WORDS
            and all(w[:1].isupper() for w in first)
            and all(len(p) <= _ROLE_WORDS for p in rest)
        ):
            return False
        return len(plain) >= _DESCRIBED_PLAIN_WORDS
    return len(words) >= _DESCRIBED_WORDS and bool(plain)


_DESCRIBED_WORDS = 4
_DESCRIBED_PLAIN_WORDS = 2
_NAME_WORDS = 3
_ROLE_WORDS = 2


# The graphic and illustration labels (a graphic is often labelled with its title instead).
_GRAPHIC_LABEL = re.compile(
    r"(?i:grafik|grafikk|grafiikka|grafika|infografik|illustrasjon|illustratie|ilustración"
    # (Finnish "illustration", an architect's rendering: "Havainnekuva: Arkkitehtitoimisto X")
    r"|havainnekuva"
    r"|ilustração|ilustracja|kuvitus|map|chart|graphics?|infographics?|infographie|infograf[ií]a"
    r"|infografica|gr[aá]fico|video|vídeo)"
)


def _has_name_mark(credit: str) -> bool:
    """A capital or a letter of a script without case ("王小明"), a digit, a handle or an
    address ("@janedoe", "shutterstock.com"), or a known agency ("dpa", "dpa-infocom")."""
    if any(ch.isdigit() or (ch.isalpha() and not ch.islower()) for ch in credit):
        return True
    if "@" in credit or "." in credit:
        return True
    return any(part.casefold() in _KNOWN_LOWER for part in re.split(r"[-/\s]+", credit))


def _spelled_out_before(text: str, start: int, credits: tuple[str, ...]) -> bool:
    """The credit is an acronym the words before it spell out: "Pakistan Tehreek-e-Insaf
    (PTI)", "Alcoholics Anonymous (AA)" name a party and a fellowship, not an agency.

    >>> _spelled_out_before("Supporters of Pakistan Tehreek-e-Insaf (PTI)", 39, ("PTI",))
    True
    >>> _spelled_out_before("Imran Khan at a rally (PTI)", 22, ("PTI",))
    False
    """
    if len(credits) != 1 or not _ACRONYM.fullmatch(credits[0]):
        return False
    acronym = credits[0].casefold()
    # The run of capitalised words right before the credit, joined by particles ("of", "e"):
    # a lower-case word or a sentence end before it ends the run ("Trump in Iowa (PTI)").
    initials: list[str] = []
    for word in reversed(text[max(0, start - _ACRONYM_WORDS_CHARS) : start].split()):
        if word.casefold() in _NAME_PARTICLES:
            continue
        if not word[0].isupper() or word[-1] in ".,;:!?":
            break
        initials[:0] = [p[0] for p in word.split("-") if p[:1].isupper()]
        if len(initials) >= len(acronym):
            break
    return "".join(initials).casefold() == acronym


def split_credits(text: str) -> CreditSplit:
    """Split trailing photo credits off a caption; the caption left is clean and has none.

    >>> split_credits("Photo: AP")
    CreditSplit(caption='', credits=('AP',))
    """
    return _split(text, None)


def split_labelled_credits(text: str) -> CreditSplit:
    """split_credits with labelled forms only ("Photo: X", "© X"), for alt and title text.

    >>> split_labelled_credits("A meteorite in a garden. Foto: Jane Doe").credits
    ('Jane Doe',)
    >>> split_labelled_credits("A meteorite in a garden. Jane Doe/AFP").credits
    ()
    """
    return _split(text, LABELLED_RULES)


def _drop_dangling_label(caption: str) -> str:
    """caption without a credit label left at its end with no credit after it.

    >>> _drop_dangling_label("Refinery at dawn. (AP Photo/Jane Doe) - Copyright")
    'Refinery at dawn. (AP Photo/Jane Doe)'
    """
    m = _DANGLING_LABEL.search(caption, max(0, len(caption) - _TAIL_WINDOW))
    if m is None or not is_on("dangling_label"):
        return caption
    fire("dangling_label")
    return _clean_caption(caption[: m.start()])


def _head_credit(caption: str, only: frozenset[str] | None) -> tuple[str, tuple[str, ...]]:
    """The caption without a labelled credit opening it, and that credit (or none)."""
    if (only is not None and "label_head" not in only) or not is_on("label_head"):
        return caption, ()
    if (korean := _KOREAN_HEAD.match(caption)) is not None:
        fire("label_head")
        return _clean_caption(caption[korean.end() :]), (korean["credit"] or korean["agency"],)
    m = _HEAD_CREDIT.match(caption)
    if m is None:
        return caption, ()
    rest = caption[m.end() :]
    if m["formed"] and not _FORMED_HEAD.fullmatch(m["formed"].strip()):
        return caption, ()  # "(Paris/London) Leaders met …": places, not a name and source
    credits = split_credit_text(m["bracketed"] or m["formed"] or m["credit"])
    if (
        len(rest.split()) < _HEAD_MIN_WORDS
        or not rest[0].isupper()
        or not credits
        or not all(_looks_like_credit(c, 2) for c in credits)
        or not (
            m["formed"]
            or any(_names_source_by_form(c) for c in credits)
            or _photographer_head(caption, m, credits)
        )
    ):
        return caption, ()
    fire("label_head")
    return rest, credits


def _photographer_head(caption: str, m: re.Match[str], credits: tuple[str, ...]) -> bool:
    """A photo's own label, a person's name and a dash open the caption ("ΦΩΤΟ: Γιάννης
    Γιαννόπουλος – Οι εργασίες τον Μάρτιο"): the photographer, whom "Photo:" names."""
    return (
        m["credit"] is not None
        and _PHOTO_HEAD_LABEL.match(caption) is not None
        and _DASH_AFTER.search(m.group(0)) is not None
        and all(_CASED_NAME.fullmatch(c) for c in credits)
    )


_PHOTO_HEAD_LABEL = re.compile(
    r"^\s*(?i:photo|foto|fotó|φωτο|φωτογραφία|фото|снимка|zdjęcie|fot\.?|kuva|bild)\s*[:：]"
)
_DASH_AFTER = re.compile(r"\s[–—-]\s*$")
# A person's name: two to four words, each opening with a cased script's capital.
_CASED_NAME = re.compile(rf"{_CASED_CAPITAL}[\w'’.-]+(?:\s+{_CASED_CAPITAL}[\w'’.-]+){{1,3}}")


# An unlabelled credit opening the caption in brackets: a person's name, then its source after
# the pipe or slash, a known agency or a paper's or picture service's name ("The Salt Lake
# Tribune"): "(New York/Los Angeles) …", "(Joe Biden / Donald Trump) …" name no source.
_FORMED_HEAD = re.compile(
    rf"{_PERSON_NAME}\s*(?:\||/)\s*(?:{_AGENCY}|(?:The\s+)?(?:{_NAME_WORD}\s+){{0,4}}"
    r"(?:Tribune|Times|News|Press|Post|Herald|Journal|Gazette|Daily|Chronicle|Star|Observer"
    r"|Courier|Mail|Telegraph|Guardian|Examiner|Record|Register|Standard|Express|Review|Photos?"
    r"|Images|Agency|Media|Radio|TV|Television|Staff|Getty|Reuters|Pool))"
)


def _names_source_by_form(credit: str) -> bool:
    """A known agency, a news or picture organisation's name, or a Name/Agency slash credit:
    a credit by its own form, not a person or a place a caption could be about."""
    return "/" in credit or names_a_source(credit)


# A photographer's e-mail address closing the caption after its last sentence ("… 2024.05.14.
# ks@newsis.com"): a contact, neither caption nor credit.
_MAIL_TAIL = re.compile(r"(?<=[.!?。])\s+[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$")


# "Photo by X, used with permission.": the terms a credit was given under, not its name.
_PERMISSION_TAIL = re.compile(
    r",\s*(?:used|reproduced|published|printed|shared)\s+with\s+(?:kind\s+)?permission\.?$",
    re.IGNORECASE,
)


def _split(text: str, only: frozenset[str] | None) -> CreditSplit:
    # (a dash glued between the caption's stop and the credit's label sets the credit off:
    # "… on Mulanje Mountain.—Photo by X", as The Nation prints it)
    # (… and a label glued to the caption's last word or quote, two elements' texts run
    # together: "… „Христо Ботев“Снимка: Иван Стаменов"; read in the caption's tail only,
    # where a credit stands: a page's nested figures make captions of thousands of words)
    cut = max(0, len(text) - _GLUED_TAIL_CHARS)
    tail = text[cut:]
    if ":" in tail or "—" in tail or "–" in tail:
        glued = _GLUED_LABEL.sub(" ", _GLUED_DASH_LABEL.sub(r" \1 ", tail))
        if glued != tail:
            text = text[:cut] + glued
    caption, head = _head_credit(_clean_caption(text), only)
    if "ermission" in caption[-40:] and (terms := _PERMISSION_TAIL.search(caption)):
        caption = caption[: terms.start()]
    if "@" in caption[-_MAIL_CHARS:] and (
        mail := _MAIL_TAIL.search(caption, len(caption) - _MAIL_CHARS)
    ):
        caption = caption[: mail.start()]
    found: list[tuple[str, ...]] = []
    # Each cut searches the caption again: a caption ends in a credit or two (a truncated copy,
    # a label left over), never in hundreds; a hostile one of 2,000 took 15 s. A caption of a
    # normal length is cut to the end (splitting it again finds nothing more).
    limit = _MAX_TAIL_CUTS if len(caption) > _LONG_CAPTION_CHARS else len(caption)
    cuts = 0
    while caption and cuts < limit:
        # Labels can stand in a row ("© ©" once an empty bracket went): drop them all.
        while cuts < limit and (shorter := _drop_dangling_label(caption)) != caption:
            caption, cuts = shorter, cuts + 1
        hit = _match_tail(caption, only)
        if hit is None and caption.endswith(_OTHER_FULL_STOPS):
            # "… টান। ছবি: দেবাশিস রায়।": a credit closed by a script's full stop, read
            # without it (kept where no credit is cut)
            hit = _match_tail(caption.rstrip("".join(_OTHER_FULL_STOPS) + " "), only)
        if hit is None:
            break
        cut, credits = hit
        found.append(credits)
        caption, cuts = _clean_caption(caption[:cut]), cuts + 1
    if head:  # the credit opening the caption is its earliest
        found.append(head)
    # Tails were found last-first; the earliest credit is the real one, later copies are dropped.
    kept: tuple[str, ...] = ()
    for credits in reversed(found):
        for credit in credits:
            if credit not in kept and not _is_truncated_copy(credit, kept):
                kept += (credit,)
    return CreditSplit(caption=caption, credits=kept)


def scrub_credits(caption: str, credits: tuple[str, ...]) -> str:
    """Cut credits found elsewhere (a credit element, alt text) from the caption's ends.

    A caption must not keep a credit it was split from, with its label or brackets:
    >>> scrub_credits("Boats in the harbour. (Photo: Jane Doe/AFP)", ("Jane Doe/AFP",))
    'Boats in the harbour.'
    >>> scrub_credits("Jane Doe: boats in the harbour", ("Jane Doe",))
    'Jane Doe: boats in the harbour'
    """
    if not caption or not credits or not is_on("caption_scrub"):
        return caption
    text = caption
    folded = caption.casefold()
    for credit in credits:
        words = credit.split()
        # Most captions do not hold their credit at all, or not at an end where it is cut: no
        # pattern is built for them (building one costs milliseconds).
        if not words or words[-1].casefold() not in folded:
            continue
        at_end = folded.rstrip(" .)]）").endswith(words[-1].casefold().rstrip(" .)]）"))
        at_start = words[0].casefold() in folded[: len(credit) + _SCRUB_HEAD_CHARS]
        if not (at_end or at_start):
            continue
        tail, head = _scrub_patterns(credit)
        cut = head.sub("", tail.sub("", text))
        if cut != text:
            fire("caption_scrub")
            text = _clean_caption(cut)
    return text


# Labels before a credit opening a caption take at most this many characters ("Foto: Bild: ").
_SCRUB_HEAD_CHARS = 60


@lru_cache(maxsize=4096)
def _scrub_patterns(credit: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns for one credit at the end or start of a caption, with its label or brackets."""
    core = r"\s*".join(re.escape(w) for w in credit.split())
    label = (
        rf"(?:(?:[©ⓒⒸ]|\([cC]\)|(?i:copyright)(?=\s))\s*{_COPYRIGHT_YEAR}|{_LABEL}{_LABEL_SEP}\s*"
        rf"|{_ABBREVIATED_LABEL}\s*|{_LABEL_WORD}\s+(?:/\s+)?)"
    )
    marked = rf"(?:[(\[（]\s*{label}?{core}\s*[)\]）]?|{label}{core})"
    # Bare, the credit must stand apart from the sentence (after a stop, comma, dash or
    # separator): in "… a lander by Tyvak Systems" the name is what the caption says.
    bare = rf"(?<=[.,;:|/–—\-!?»”\"')])\s*{core}"
    tail = re.compile(rf"(?:(?:^|(?<=[\s.,;:|/–—。-])){marked}|^{core}|{bare})\s*\.?\s*$", re.I)
    # At the start a label is required ("Jane Doe: boats…" names who is pictured); after a
    # label or two ("Foto: Bild: X The mayor…", the credit line above the caption) a space ends it.
    head = re.compile(rf"^\s*{label}{{1,2}}{core}(?:\s*[|/–—-]\s*|\s+|$)")
    return tail, head
