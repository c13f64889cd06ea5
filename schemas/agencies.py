"""Photo and news agency names: the one alias table that Python (credit split, publisher) and SQL
(the `v_agency_aliases` view, the data checks) both read.

>>> canonical_agency("AFP PHOTO")
('AFP', True)
>>> canonical_agency("Alder Times")
('Alder Times', False)
"""

from __future__ import annotations

import re
import unicodedata

# How a credit names an agency, as its lookup key (see `agency_key`: lower-cased, without a
# trailing "photo", "images", "pictures", "foto" or "wire"), and the name reported for it.
# One entry per spelling; a new agency is one line here plus one case in the tests.
AGENCY_ALIASES: tuple[tuple[str, str], ...] = (
    ("reuters", "Reuters"),
    ("thomson reuters", "Reuters"),
    ("getty", "Getty Images"),
    ("ap", "AP"),
    ("associated press", "AP"),
    ("the associated press", "AP"),
    ("afp", "AFP"),
    ("agence france-presse", "AFP"),
    ("epa", "EPA"),
    # EPA-EFE is EPA's joint service with EFE; counted as EPA, the distributor.
    ("epa-efe", "EPA"),
    ("efe", "EFE"),
    ("xinhua", "Xinhua"),
    ("xinhua news agency", "Xinhua"),
    ("dpa", "dpa"),
    # picture alliance is dpa's picture agency.
    ("picture alliance", "dpa"),
    ("picture-alliance", "dpa"),
    ("imago", "Imago"),
    ("shutterstock", "Shutterstock"),
    ("rex", "Shutterstock"),
    ("bloomberg", "Bloomberg"),
    ("anadolu", "Anadolu"),
    ("anadolu agency", "Anadolu"),
    ("anadolu ajansı", "Anadolu"),
    # Turkish dotless ı upper-cases to I: "ANADOLU AJANSI".
    ("anadolu ajansi", "Anadolu"),
    ("nurphoto", "NurPhoto"),
    ("alamy", "Alamy"),
    ("pa", "PA Media"),
    ("pa media", "PA Media"),
    ("aap", "AAP"),
    ("apa", "APA"),
    ("anp", "ANP"),
    ("ansa", "ANSA"),
    ("kyodo", "Kyodo"),
    ("yonhap", "Yonhap"),
    # Korean agencies as Korean captions write them (Yonhap, Newsis, News1).
    ("연합뉴스", "Yonhap"),
    ("newsis", "Newsis"),
    ("뉴시스", "Newsis"),
    ("news1", "News1"),
    ("뉴스1", "News1"),
    ("keystone", "Keystone"),
    ("belga", "Belga"),
    ("tass", "TASS"),
    ("sipa", "Sipa"),
    ("zuma", "ZUMA Press"),
    ("zuma press", "ZUMA Press"),
    ("istock", "iStock"),
    ("istockphoto", "iStock"),
    ("unsplash", "Unsplash"),
    ("pexels", "Pexels"),
    ("pixabay", "Pixabay"),
    ("europa press", "Europa Press"),
    ("ntb", "NTB"),
    ("tt", "TT"),
    ("ritzau scanpix", "Ritzau Scanpix"),
    ("scanpix", "Ritzau Scanpix"),
    ("sputnik", "Sputnik"),
    # National wire agencies whose copy and credits carry their name or acronym alone
    # ("New Delhi, Nov 5 (PTI)", "Foto: PAP/…", "ANTARA FOTO/…").
    ("pti", "PTI"),
    ("press trust of india", "PTI"),
    ("ians", "IANS"),
    ("bernama", "Bernama"),
    ("antara", "Antara"),
    ("pap", "PAP"),
    ("jiji", "Jiji Press"),
    ("jiji press", "Jiji Press"),
    ("upi", "UPI"),
    ("interfax", "Interfax"),
    ("ria novosti", "RIA Novosti"),
    ("ukrinform", "Ukrinform"),
    ("lusa", "Lusa"),
    ("agerpres", "Agerpres"),
    ("tanjug", "Tanjug"),
    ("irna", "IRNA"),
    ("wenn", "WENN"),
    ("wikimedia commons", "Wikimedia Commons"),
    # Agencies as Japanese captions name them.
    ("ロイター", "Reuters"),
    ("共同", "Kyodo"),
    ("共同通信", "Kyodo"),
    ("時事", "Jiji Press"),
    ("時事通信", "Jiji Press"),
    ("新華社", "Xinhua"),
    ("聯合ニュース", "Yonhap"),
    ("ゲッティ", "Getty Images"),
    # … and as Chinese captions name them, in simplified and traditional script ("（路透）").
    ("路透", "Reuters"),
    ("路透社", "Reuters"),
    ("美联社", "AP"),
    ("美聯社", "AP"),
    ("法新社", "AFP"),
    ("彭博", "Bloomberg"),
    ("彭博社", "Bloomberg"),
    ("韩联社", "Yonhap"),
    ("韓聯社", "Yonhap"),
    ("共同社", "Kyodo"),
    ("塔斯社", "TASS"),
    ("德新社", "dpa"),
    ("欧新社", "EPA"),
    ("歐新社", "EPA"),
    # More national agencies, as their credits print them (the recognisers in
    # tasks/cleaning/credits.py read the same names; a test keeps the two in step).
    ("agence france presse", "AFP"),
    ("press association", "PA Media"),
    ("canadian press", "The Canadian Press"),
    ("the canadian press", "The Canadian Press"),
    ("la presse canadienne", "The Canadian Press"),
    ("kyodo news", "Kyodo"),
    ("lehtikuva", "Lehtikuva"),
    ("stt", "STT"),
    ("риа новости", "RIA Novosti"),
    ("тасс", "TASS"),
    ("agência brasil", "Agência Brasil"),
    ("agencia brasil", "Agência Brasil"),
    ("télam", "Télam"),
    ("notimex", "Notimex"),
    ("prensa latina", "Prensa Latina"),
    ("adnkronos", "Adnkronos"),
    ("lapresse", "LaPresse"),
    # Italian picture agencies ("… (Imagoeconomica)", "foto IPA/Fotogramma").
    ("imagoeconomica", "Imagoeconomica"),
    ("fotogramma", "Fotogramma"),
    # Agencies as Arabic captions name them.
    ("رويترز", "Reuters"),
    ("أ.ف.ب", "AFP"),
    ("أ ف ب", "AFP"),
    ("فرانس برس", "AFP"),
    ("أسوشيتد برس", "AP"),
    ("الأناضول", "Anadolu"),
    ("شينخوا", "Xinhua"),
    ("إي بي إيه", "EPA"),
    ("غيتي", "Getty Images"),
    ("ritzau", "Ritzau"),
    ("mti", "MTI"),
    ("čtk", "ČTK"),
    ("ctk", "ČTK"),
    ("tasr", "TASR"),
    ("ani", "ANI"),
    ("bta", "BTA"),
    ("hina", "HINA"),
    ("leta", "LETA"),
    ("elta", "ELTA"),
    ("bns", "BNS"),
    ("unian", "UNIAN"),
    ("wafa", "WAFA"),
    ("kcna", "KCNA"),
    ("qna", "QNA"),
    ("wam", "WAM"),
    # Anadolu Ajansı signs "AA".
    ("aa", "Anadolu"),
    ("dha", "DHA"),
    ("sda", "Keystone-SDA"),
    ("keystone-sda", "Keystone-SDA"),
    ("ats", "Keystone-ATS"),
    ("keystone-ats", "Keystone-ATS"),
    ("cna", "CNA"),
    ("中央社", "CNA"),
    ("新华社", "Xinhua"),
    ("china news service", "China News Service"),
    ("中新社", "China News Service"),
    # Hong Kong's China News Agency (中國通訊社), as captions there name it.
    ("china news agency", "China News Agency"),
    ("中通社", "China News Agency"),
    # China's picture agencies, as captions there credit them in brackets ("（视觉中国）").
    ("vcg", "VCG"),
    ("视觉中国", "VCG"),
    ("視覺中國", "VCG"),
    ("people visual", "People Visual"),
    ("人民视觉", "People Visual"),
    ("人民視覺", "People Visual"),
    ("oriental ic", "Oriental IC"),
    ("东方ic", "Oriental IC"),
    ("東方ic", "Oriental IC"),
    ("pna", "PNA"),
    ("vna", "VNA"),
    # National agencies of South Asia and the Arab world as their papers credit them.
    ("app", "APP"),
    ("associated press of pakistan", "APP"),
    ("bss", "BSS"),
    ("kuna", "KUNA"),
    ("mena", "MENA"),
    ("petra", "PETRA"),
    ("spa", "SPA"),
    # Greece's ANA-MPA as its copy signs itself ("ΠΗΓΗ: ΑΠΕ-ΜΠΕ"); PTI's Hindi service.
    ("ana-mpa", "ANA-MPA"),
    ("απε-μπε", "ANA-MPA"),
    ("pti-bhasha", "PTI-Bhasha"),
    ("भाषा", "PTI-Bhasha"),
    # More national agencies and their spellings in their own scripts (benchmarks/probe_pages:
    # agency_g), as they sign their copy.
    ("dow jones", "Dow Jones"),
    ("dow jones newswires", "Dow Jones"),
    ("танјуг", "Tanjug"),
    ("танюг", "Tanjug"),
    ("cyprus news agency", "Cyprus News Agency"),
    ("κυπε", "Cyprus News Agency"),
    ("ttxvn", "VNA"),
    ("vietnam news agency", "VNA"),
    ("thai news agency", "TNA"),
    ("สํานักข่าวไทย", "TNA"),
    ("بترا", "PETRA"),
    ("বাসস", "BSS"),
    ("ایرنا", "IRNA"),
    ("إيرنا", "IRNA"),
    ("وام", "WAM"),
    ("واس", "SPA"),
    # (Algeria's APS as Arabic copy and captions name it: "(واج)"; Qatar's "قنا" is Qena too)
    ("algérie presse service", "Algérie Presse Service"),
    ("واج", "Algérie Presse Service"),
    ("وأج", "Algérie Presse Service"),
    # (Palestine's WAFA as Arabic captions sign it: "… بيت أمر - وفا")
    ("وفا", "WAFA"),
    ("map", "MAP"),
    ("nan", "NAN"),
    ("sta", "STA"),
    ("uni", "UNI"),
    ("agi", "AGI"),
    ("sanews", "SAnews"),
    ("andina", "Andina"),
    ("angop", "ANGOP"),
    ("kuwait news agency", "KUNA"),
    ("كونا", "KUNA"),
    ("tna", "TNA"),
    # More national agencies whose copy the wires carry (Ghana, Spain, Brazil, Bosnia, the
    # Republika Srpska, North Macedonia, Mongolia, Kazakhstan, Azerbaijan, Armenia, Belarus,
    # Moldova, Georgia, Iran, Nepal, Sri Lanka, Laos, Cambodia, Myanmar, Uzbekistan, Somalia,
    # Ethiopia, Côte d'Ivoire, Catalonia, Italy, Germany's church agencies, Bahrain, Oman,
    # Syria, Iraq, Albania), each as it signs its copy.
    ("gna", "GNA"),
    ("ghana news agency", "GNA"),
    ("servimedia", "Servimedia"),
    ("estadão conteúdo", "Estadão Conteúdo"),
    ("estadao conteudo", "Estadão Conteúdo"),
    ("agência estado", "Estadão Conteúdo"),
    ("folhapress", "Folhapress"),
    ("fena", "FENA"),
    ("srna", "SRNA"),
    ("срна", "SRNA"),
    ("mia", "MIA"),
    ("миа", "MIA"),
    ("montsame", "Montsame"),
    ("монцамэ", "Montsame"),
    ("kazinform", "Kazinform"),
    ("казинформ", "Kazinform"),
    ("azertac", "AZERTAC"),
    ("azərtac", "AZERTAC"),
    ("armenpress", "Armenpress"),
    ("belta", "BelTA"),
    ("белта", "BelTA"),
    ("moldpres", "Moldpres"),
    ("interpressnews", "Interpressnews"),
    ("isna", "ISNA"),
    ("rss nepal", "RSS Nepal"),
    ("rastriya samachar samiti", "RSS Nepal"),
    ("रासस", "RSS Nepal"),
    ("lanka puvath", "Lanka Puvath"),
    ("kpl", "KPL"),
    ("akp", "AKP"),
    ("mna", "MNA"),
    ("uza", "UzA"),
    ("sonna", "SONNA"),
    ("ena", "ENA"),
    ("aip", "AIP"),
    ("acn", "ACN"),
    ("italpress", "Italpress"),
    ("askanews", "askanews"),
    ("kna", "KNA"),
    ("epd", "epd"),
    ("bna", "BNA"),
    ("ona", "ONA"),
    ("sana", "SANA"),
    ("سانا", "SANA"),
    ("ina", "INA"),
    ("ata", "ATA"),
    ("atsh", "ATA"),
    ("արմենպրես", "Armenpress"),
    # The press-release wires, whose name stands where a writer's would.
    ("accesswire", "ACCESSWIRE"),
    ("globenewswire", "GlobeNewswire"),
    ("globe newswire", "GlobeNewswire"),
    ("pr newswire", "PR Newswire"),
    # İhlas Haber Ajansı (Turkey): its dotted capital İ lower-cases to "i̇" (i and a dot).
    ("i̇ha", "İHA"),
    ("iha", "İHA"),
)

AGENCY_BY_KEY: dict[str, str] = dict(AGENCY_ALIASES)
# Acronyms that are also given names or words ("Hina", "Ani", "Leta", "Tt"): an agency only when
# written in capitals, as the agencies sign.
CAPITALS_ONLY = frozenset(
    {"mti", "stt", "ani", "bta", "hina", "leta", "elta", "bns", "wafa", "qna", "wam", "aa"}
    | {"dha", "sda", "ats", "cna", "pna", "vna", "app", "bss", "kuna", "mena", "petra", "spa"}
    | {"map", "nan", "sta", "uni", "agi", "tna", "wenn", "zuma"}
    | {"gna", "fena", "srna", "mia", "kpl", "akp", "mna", "sonna", "ena", "aip", "acn", "kna"}
    | {"bna", "ona", "sana", "ina", "ata", "atsh", "isna", "iha", "i̇ha", "срна", "миа"}
)


def spellings_of(name: str) -> tuple[str, ...]:
    """The alias table's other spellings of a known agency, in scripts other than Latin or of
    five letters or more ("بترا" for PETRA, "ТАСС" for TASS): how its copy may sign itself.

    >>> spellings_of("PETRA")
    ('petra', 'بترا')
    """
    canonical, known = canonical_agency(name)
    if not known:
        return ()
    return tuple(
        alias
        for alias, reported in AGENCY_ALIASES
        if reported == canonical and (not alias.isascii() or len(alias) >= 5)
    )


# The names reported for agencies, for the data check that known agencies are spelled one way.
AGENCY_NAMES: tuple[str, ...] = tuple(sorted(set(AGENCY_BY_KEY.values())))

# Trailing words that are part of how an agency signs, not of its name ("Getty Images",
# "AP Photo", "PA Wire", "DPA Images").
_SUFFIX_RE = re.compile(r"\s+(?:photos?|images?|pictures?|foto|wire)$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def agency_key(name: str) -> str:
    """The lookup key of an agency spelling: NFKC, single spaces, lower case, no trailing 'Photo'.

    >>> agency_key("  Getty   Images ")
    'getty'
    >>> agency_key("ＡＰ")
    'ap'
    """
    text = _SPACES.sub(" ", unicodedata.normalize("NFKC", name)).strip()
    return _SUFFIX_RE.sub("", text).lower()


def canonical_agency(name: str) -> tuple[str, bool]:
    """(name to report, known): the alias table's name, else the spelling as written (trimmed).

    >>> canonical_agency("HINA"), canonical_agency("Hina")
    (('HINA', True), ('Hina', False))
    """
    written = _SPACES.sub(" ", unicodedata.normalize("NFKC", name)).strip()
    key = agency_key(written)
    known = AGENCY_BY_KEY.get(key)
    if known is not None and key in CAPITALS_ONLY and not _SUFFIX_RE.sub("", written).isupper():
        known = None  # "Hina", "Ani", "Leta": a photographer's given name
    if known is not None:
        return known, True
    return written, False
