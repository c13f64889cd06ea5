"""Cleaning rules for text and Markdown copy, as named data: one pattern, one kind, one reason.

A new rule is one entry here plus one case in tests/test_rules.py. Rules match a whole line of
copy (after stripping), so a real sentence that merely mentions a newsletter or a podcast stays:
promo rules are anchored at the start, start with an imperative and are length-capped.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from wirecopy.tasks.cleaning.shapes import PLATFORM, RIGHTS_RESERVED_WORDS, STAMP_WORDS
from wirecopy.tasks.formats.text import RULE_LINE
from wirecopy.tasks.html.rules import AD_LABELS

_RIGHTS_RESERVED = RIGHTS_RESERVED_WORDS

RULES_VERSION = "2026.12.02.4"  # the day's fourth change (session 38)


@dataclass(frozen=True, slots=True)
class LineRule:
    """A boilerplate line: what it is (kind), its name (rule) and why it goes."""

    name: str
    kind: str
    pattern: re.Pattern[str]
    why: str
    max_len: int = 300


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# The rights notice of Chinese, Japanese and Korean copy, in the forms of a notice, not of a
# sentence about copyright: the holder's formula opening the line ("寶島社版權所有，…", not "…的
# 版权所有者"), "저작권자" before its sign ("<저작권자(c) X, 무단 전재 금지>"), unauthorised
# reprinting forbidden ("無断転載を禁じます"; "写真を無断転載したとして…" is a story), and
# "무단 전재" only after a copyright sign.
_CJK_RIGHTS = "|".join(
    (
        r"^.{0,12}(?:版权所有|版權所有)(?!者)",
        r"저작권자\s*(?:ⓒ|©|\(c\))",
        r"無断(?:転載|複製).{0,12}禁",
        # "本網站之文字、圖片及影音，非經授權，不得轉載…": reprinting forbidden without licence.
        # The whole line a notice: a few words of its holder at most before it, a few kinds
        # of reuse after ("澎湃新闻，未经授权不得转载", "…，非經授權，不得轉載、公開播送…");
        # "法院认为，未经许可不得转载他人作品，被告…" goes on as a sentence about a ruling.
        # (… in the brackets a paper sets it in: "《本文章為MoneyDJ理財網所有，未經許可，不得
        # 轉載。》")
        r"^[^，,。]{0,20}[，,]?\s*(?:非經|未經|未经|非经)(?:授權|授权|許可|许可|同意)[，,]?.{0,4}"
        r"(?:不得|禁止|严禁|嚴禁)(?:轉載|转载)[^。，,]{0,24}。?[》」』）)】]?$",
        r"(?:ⓒ|©|\(c\)|(?i:copyright)).{0,60}무단\s?(?:전재|복제)",
        # "本文系上观新闻原创，转载请注明出处": reprints must name the source (a short notice).
        r"^.{0,30}(?:转载|轉載)(?:请|請|须|須)?(?:注明|註明|标明|標明)(?:出处|出處|来源|來源)[^。]{0,20}。?$",
        # "此内容为第一财经原创，著作权归第一财经所有。未经…": the copyright belongs to its holder.
        # (… with its terms of reuse on the same line: "法院判决，涉案作品著作权归原告所有，被告
        # 应赔偿损失" is a ruling)
        # (… or the copyright statement under its label: "版权声明：以上内容为X原创作品…")
        r"^(?:版权声明|版權聲明|版权说明|版權說明)\s*[:：]",
        r"^.{0,20}(?:著作权|著作權|版权|版權)(?:归|歸).{1,20}所有(?=[。，,；;]|$)"
        r".{0,80}?(?:未经|未經|非经|非經|转载|轉載|授权|授權)",
    )
)

# A word of a date in any script (a month, a weekday, "AM", Thai "มี.ค." with its dots; the
# combining signs of Thai and the Indic scripts, Persian's zero-width joiner, are letters here).
_DATE_LETTER = r"(?:[^\W\d_]|[\u0900-\u0dff\u0e00-\u0e7f\u0300-\u036f\u200c])"
# (Possessive: a long run of a script without spaces is tried once, not split every way.)
_DATE_WORD = rf"{_DATE_LETTER}{{1,12}}+(?:\.{_DATE_LETTER}{{1,6}}+){{0,2}}\.?"
# A label of up to three words before it, then a colon, a pipe or a spaced dash; a weekday
# only after a label ("Kelvik, 12 March 2024" is a release's place and date, read as such).
_DATE_LABEL = rf"{_DATE_LETTER}++(?:\s+{_DATE_LETTER}++){{0,2}}\s*(?:[:|]|\s[-–—])\s*"
_DASH_LABEL = rf"{_DATE_LETTER}++(?:\s+{_DATE_LETTER}++){{0,2}}\s*(?:\||\s[-–—])\s*"
# The date: a day, the month in a word (a short particle before it: "12 am Màrt 2024"; not
# two words, "12 Angry Men 1957"), the year; or the month first.
_WORD_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:{_DATE_LETTER}{{1,3}}\s+)?{_DATE_WORD},?\s+\d{{4}}"
    rf"|{_DATE_WORD}\s+\d{{1,2}}\s*,?\s+\d{{4}})"
)
# … and its time of day, maybe after a bar or a dash, a weekday or a word ("เวลา"), a meridiem.
_STAMP_TIME = rf"\s*[,|–—-]?\s*(?:{_DATE_WORD}\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*{_DATE_WORD})?"

# The weekdays, full and short, in the languages of the wires ("Selasa", "Pazartesi", "Ma").
_WEEKDAYS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur"
    r"|thurs|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi"
    r"|do|fr|sa|so|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes"
    r"|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lunedì|martedì|mercoledì"
    r"|giovedì|venerdì|sabato|domenica|segunda-feira|terça-feira|quarta-feira|quinta-feira"
    r"|sexta-feira|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|måndag|tisdag"
    r"|onsdag|torsdag|fredag|lördag|söndag|mandag|tirsdag|lørdag|søndag|maanantai|tiistai"
    r"|keskiviikko|torstai|perjantai|lauantai|sunnuntai|poniedziałek|wtorek|środa|czwartek"
    r"|piątek|sobota|niedziela|pondělí|úterý|středa|čtvrtek|pátek|neděle|hétfő|kedd|szerda"
    r"|csütörtök|péntek|szombat|vasárnap|luni|marți|miercuri|joi|vineri|sâmbătă|duminică"
    r"|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|senin|selasa|rabu|kamis|jumat"
    r"|sabtu|minggu|isnin|khamis|jumaat|ahad|понедельник|вторник|среда|четверг|пятница"
    r"|суббота|воскресенье|δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή"
    r"|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد"
    r"|شنبه|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|پنج‌شنبه|جمعه)"
)

# … and the word "date" itself, a stamp's label without its colon ("วันที่ 2 ก.ค. 2567 เวลา
# 10:15 น.", "Tanggal 12 Maret 2024 10:15").
_DATE_NOUNS = r"(?:date|datum|fecha|data|tarih|tanggal|tarikh|วันที่|ngày|日期|날짜|дата|تاريخ|تاریخ)"

# A call to the reader to follow the outlet on a platform, in the words the outlets of the
# wires' languages open it with (the imperative of follow, join, subscribe, download) or, in
# the languages that put the verb last, close it with: the concept, not a phrase ("Segui
# RaiNews anche sul canale WhatsApp: …", "Cumhuriyet'i Google News'te takip edin.").
_CALL_OPENING = (
    # (English "download"/"install" the app: app_prompt's; "Download numbers for the app …")
    # ("find" the outlet on a channel: "Find The Irish Times on WhatsApp and stay up to date")
    r"(?:follow|join|subscribe|sign up|tune in|find|síguenos|suscríbete|únete"
    # (Spanish "sign up": "Apúntate a la newsletter de Heraldo y recibe …"; the formal "join",
    # Northern Sami "follow")
    r"|apúntate|apúntese|inscríbete|regístrate|únase|súmese|suscríbase|čuovo|čuovvu"
    # (Spanish "sigue" continues as often: only before the channel or the account it names)
    r"|sigue (?:el canal|la cuenta|nuestr\w+)"
    r"|descarga|siga|sigam|acompanhe|participe|baixe|inscreva-se|assine|suivez|rejoignez"
    r"|abonnez-vous|téléchargez|retrouvez|inscrivez-vous|seguici|segui|iscriviti|scarica"
    # (Catalan, Albanian and Tagalog follow and download; Catalan "segueix" continues as
    # often: only before the channel, the account or the outlet it names)
    r"|segueix-nos|segueix(?=\s+(?:el canal|el compte|els canals|(?:\S+\s+){1,4}(?:a|al|en)\s+"
    r"(?:el\s+|la\s+)?(?:canal|compte|\S+\s*[.!]?$)))"
    r"|seguiu|subscreva|subscreve|sigui|kurikira|ku soo biir|descarrega|subscriu-te|ndiqni"
    r"|na ndiqni|shkarkoni|i-download|pakua"
    # (Argentine voseo, Macedonian, Armenian, Georgian, Somali, Zulu, Chichewa, Swahili,
    # Haitian Creole, Bislama, Khmer: follow, join, subscribe)
    # (… or before the outlet and the platform it is on: "Segueix ElNacional.cat a WhatsApp, …")
    r"|segueix(?=\s+(?:\S+\s+){1,4}(?:a|al|en)\s+(?:whatsapp|telegram|instagram|facebook|tiktok"
    r"|youtube|google|x)\b)"
    r"|sumate|seguinos|suscribite|следете|претплатете се|придружете се|հետևեք|միացեք"
    r"|բաժանորդագրվեք|გამოიწერეთ|გამოგვყევით|შემოგვიერთდით|nagala soco|landela|joyina"
    r"|lembetsani|tsatirani|jiunge|tufuate|tufuatilie|swiv|abòne|folem|សូមតាមដាន|តាមដាន"
    # (Somali "follow" before the outlet's name: "Kala soco wararka … Horseed Media bogga
    # Facebook iyo X.")
    r"|kala soco"
    # (Afrikaans join: "Sluit aan by Die Burger se WhatsApp-kanaal …")
    r"|sluit aan by"
    # (Maltese follow: "Segwi lil Newsbook.com.mt fuq Facebook …")
    r"|segwi|segwuna"
    r"|unisciti|folgen sie|abonnieren sie|abonniere|volg|abonneer|följ|følg|prenumerera"
    # (German "Folge" with the broadcaster and its platform only: "Folge der Sperrung …" is
    # a consequence)
    r"|folge(?=(?:\s+\S+){1,3}\s+(?:auf|bei|im)\s+\S+\s*[.!]?$)"
    r"|last ned|ladda ner|seuraa|tilaa|lataa|liity|obserwuj|śledź|pobierz|zapisz się|dołącz"
    r"|subskrybuj|sledujte|sleduj|stáhněte|pridajte sa|odoberajte|urmărește|urmăriți"
    r"|abonează-te|descarcă|alătură-te|kövesse|kövess|iratkozz|csatlakozz|pratite|preuzmite"
    r"|pridružite se|prijavite se|sledite|spremljajte|последвайте|последвай|присъединете се"
    r"|абонирайте се|изтеглете|подписывайтесь|подпишитесь|присоединяйтесь|скачайте"
    r"|підписуйтесь|підписуйтеся|підпишіться|стежте|долучайтеся|ακολουθήστε|εγγραφείτε|κατεβάστε|ikuti"
    r"|gabung|unduh|langgan|sertai|i-follow|sundan|mag-subscribe|theo dõi|tham gia|đăng ký"
    r"|tải|กดติดตาม|ติดตาม|تابعوا|تابعونا|اشترك|انضموا|انضم|הצטרפו|עקבו|加入|关注|關注|订阅|訂閱"
    # (… Chinese "download", "welcome to download"; Vietnamese "readers are invited to follow")
    r"|欢迎下载|歡迎下載|下载|下載|mời (?:bạn đọc|quý độc giả|độc giả) theo dõi"
    # (… Czech sign up, Polish like and "stay up to date", Serbian Cyrillic follow, Dutch
    # "turn on notifications", Thai "add as friend" on LINE)
    r"|přihlaste se|polub(?:cie)?|bądź(?:cie)? na bieżąco|пратите|zet (?:de )?meldingen aan"
    # (… Hausa "follow us"; Khmer "please press"; Catalan "sign up"; Paraguayan and Argentine
    # voseo "join"; Irish "follow")
    r"|ku biyo mu|ku bi mu|សូមចុច|apunta['’]t|unite(?= al canal| a nuestro| al grupo)"
    # (… Chinese "click to follow", "click to subscribe")
    r"|点击关注|點擊關注|点击订阅|點擊訂閱"
    r"|lean(?=\s+\S+(?:\s+\S+){0,3}\s+ar\s)"
    r"|เพิ่มเพื่อน)"
)
# What a call says it is for, after the platform: "for", "to get", "so that", "not to miss".
_CALL_PURPOSE = (
    r"for|to (?:get|stay|read|receive|keep|follow)|and (?:get|stay|receive|be)"
    # (… or what the reader will find there: "…, hi trobaràs tota l'actualitat")
    r"|hi trobaràs|hi trobareu|encontrarás|encontrará|trouverez|troverai|you.ll find|finden sie"
    r"|para(?: sa)?|pour|per|um|untuk|agar|supaya|ca să"
    r"|để|щоб|чтобы|за да|kako biste|da biste|aby|abyste|hogy|so that|in order to"
)
# The word for the outlet's app, which such a call names instead of a platform.
_APP_WORDS = (
    r"\bapps?\b|aplicativo|aplicación|\bappli\b|applicazione|aplikasi|aplikacj\w|aplikac\w"
    r"|ứng dụng|แอป|앱|アプリ|приложени\w|застосун\w|uygulama\w*|sovellu\w*"
    # … or its newsletter ("Prijavite se na Delove e-novice …"), or LINE without a handle
    r"|newsletter\w*|nieuwsbrief|boletín|infolettre|uutiskirje|hírlevél\w*|e-novic\w+"
    r"|e-noviny|рассылк\w+|розсилк\w+|뉴스레터|ニュースレター|メルマガ|電子報|电子报"
    r"|(?<![A-Za-z])LINE(?:好友|官方)|(?<![A-Za-z])APP(?![A-Za-z])|ئەپ\w*|апликациј\w*"
    r"|(?<=[\u0e00-\u0e7f] )LINE(?![A-Za-z])|(?<=على )تطبيق|(?<=عبر )تطبيق|تطبيقنا|bản tin"
    # … the app's word as the scripts of India and Sri Lanka write it
    r"|ആപ്പ്|ಆ್ಯಪ್|ଆପ୍|ਐਪ|ऐप|অ্যাপ|ඇප්|ஆப்|செயலி"
    # … or its e-paper ("… ఈ-పేపర్ కోసం ఇక్కడ క్లిక్ చేయండి")
    r"|(?i:e-?paper)|ई-पेपर|ਈ-ਪੇਪਰ|ই-পেপার|ఈ-పేపర్|இ-பேப்பர்|ಇ-ಪೇಪರ್|ഇ-പേപ്പർ|ઈ-પેપર"
    # … and the Chinese papers' "client" (their app)
    r"|客户端|客戶端"
)
_CALL_CLOSING = (
    r"(?:takip edin|abone olun|katılın|indirin|بپیوندید|دنبال کنید|फॉलो करें|जुड़ें|"
    r"ফলো করুন|যুক্ত হোন|구독하세요|팔로우하세요|フォローしてください|登録してください"
    # (… Assamese, Sorani Kurdish and Amharic: join, follow)
    r"|যোগদান কৰক|যোগ দিন|بەدوامان بکەون|ይከተሉ|ይከታተሉ|ይቀላቀሉ|অনুসরণ করুন|ചേരൂ|ਲਾਈਕ ਕਰੋ"
    # (… Sindhi and Urdu join, Uzbek follow; and "click here" as the scripts of India and
    # Sri Lanka write it, closing a call: "… ചാനൽ ഫോളോ ചെയ്യാൻ ഇവിടെ ക്ലിക്ക് ചെയ്യുക"; "do"
    # in the imperative with it: "… जिस पर पीड़ित ने क्लिक किया।" is a story's click)
    r"|جوائن ڪريو|جوائن کریں|kuzatib boring|obuna bo.ling"
    r"|(?:ക്ലിക്ക്|ಕ್ಲಿಕ್|ক্লিক|क्लिक|கிளிக்|క్లిక్|ક્લિક|ਕਲਿੱਕ|ක්ලික්|କ୍ଲିକ୍)\s?"
    # (Malayalam's "ചെയ്യു…" cut short by the copy's ellipsis too; "ചെയ്തു" is the past)
    r"(?:ചെയ്യ\S{0,4}|ಮಾಡಿ|करें|कीजिए|करो|করুন|செய்யவும்|செய்யுங்கள்|చేయండి|કરો|ਕਰੋ"
    r"|කරන්න|କରନ୍ତୁ)"
    r"|ଡାଉନଲୋଡ୍ କରନ୍ତୁ|ഡൗൺലോഡ് ചെയ്യുക|ಡೌನ್‌ಲೋಡ್ ಮಾಡಿ|डाउनलोड करें"
    # (… Tamil download, Sorani Kurdish like, Dhivehi join)
    r"|பதிவிறக்கம் செய்யுங்கள்|பதிவிறக்கம் செய்யவும்|لایک بکەن|ޖޮއިން ކުރައްވާ"
    # (… Urdu "click here")
    r"|(?:یہاں )?کلک کریں"
    # (… Nepali follow, Kannada join, Sorani download)
    r"|पछ्याउनुहोस्|पछ्याउन सक्नुहुन्छ|ಸೇರಿ|دابەزێنە|gönderin|இணையுங்கள்|இணையவும்"
    # (… Turkish "click to follow", Amharic "subscribe", "like" with "do")
    r"|(?:takip etmek|abone olmak|katılmak) için tıklayın|(?:ሰብስክራይብ|ላይክ|ፎሎው) ያድርጉ"
    # (… Turkish "you can follow / subscribe / download": "Halk TV'yi Google Haberler'den takip
    # edebilirsiniz.")
    r"|takip edebilirsiniz|abone olabilirsiniz|indirebilirsiniz|katılabilirsiniz"
    # (… Tajik follow and subscribe, Kyrgyz and Kazakh join and subscribe, Sinhala join,
    # Tigrinya follow)
    r"|пайгирӣ (?:намоед|кунед)|обуна шавед|кошулуңуз|жазылыңыз|қосылыңыз|එක්වන්න|ተኸታተሉ"
    # (… Burmese "can read / watch it there too", closing the outlet's channel line)
    r"|ဖတ်ရှုနိုင်ပါသည်|ဖတ်ရှုနိုင်ပါတယ်|ကြည့်ရှုနိုင်ပါသည်|ကြည့်ရှုနိုင်ပါတယ်)"
)

# "News" in the languages whose calls name an app or a borrowed verb, not a platform: what
# the call is for.
_NEWS_WORDS = (
    r"(?i:news|nachrichten|noticias|notícias|nouvelles|notizie)|खबर|ख़बर|समाचार|খবর|সংবাদ|ଖବର"
    r"|செய்தி|വാർത്ത|వార్త|ಸುದ್ದಿ|સમાચાર|ਖ਼ਬਰ|ਖਬਰ|خبر|اخبار|新闻|新聞|资讯|資訊|뉴스|ニュース"
    r"|(?i:tin tức|haber|berita|новост|новин)|ข่าว"
    # (… Marathi "news", its plural inflected: "ताज्या बातम्यांसाठी")
    r"|बातम्"
    # (… Sorani Kurdish and Dhivehi)
    r"|هەواڵ|ޚަބަރު"
    # (… and the paper's e-paper, "ਈ-ਪੇਪਰ ਨੂੰ ਪੜ੍ਹਨ ਅਤੇ ਐਪ ਨੂੰ ਡਾਊਨਲੋਡ ਕਰਨ …")
    r"|(?i:e-?paper)|ई-पेपर|ਈ-ਪੇਪਰ|ই-পেপার|ఈ-పేపర్|இ-பேப்பர்|ಇ-ಪೇಪರ್|ഇ-പേപ്പർ|ઈ-પેપર"
)
# A channel's word in those scripts ("… च्यानल सब्स्क्राइब गर्नुहोस्").
_CHANNEL_WORDS = r"चैनल|चॅनल|चॅनेल|च्यानल|চ্যানেল|ଚ୍ୟାନେଲ|சேனல்|ചാനൽ|ఛానల్|ಚಾನೆಲ್|ચેનલ|ਚੈਨਲ|پیج|پەیج|صفحه|چینل|ޗެނަލް"
# English's follow, subscribe, join and like as the scripts of South Asia write them
# (Devanagari, Bengali, Odia, Tamil, Malayalam, Telugu, Kannada, Gujarati, Gurmukhi) …
_LOAN_CALL = (
    r"फॉलो|फ़ॉलो|फलो|सब्सक्राइब|सब्स्क्राइब|सबस्क्राइब|जॉइन|जॉईन|ज्वाइन|जोइन|लाइक"
    r"|ফলো|সাবস্ক্রাইব|জয়েন|লাইক|ଫଲୋ|ସବସ୍କ୍ରାଇବ|ଜଏନ|ଜଏନ୍|ଲାଇକ"
    r"|ஃபாலோ|சப்ஸ்கிரைப்|ஜாயின்|லைக்|ഫോളോ|സബ്സ്ക്രൈബ്|ജോയിൻ|ജോയിന്‍|ലൈക്ക്"
    r"|ఫాలో|సబ్‌స్క్రైబ్|సబ్స్క్రైబ్|జాయిన్|లైక్|ಫಾಲೋ|ಸಬ್‌ಸ್ಕ್ರೈಬ್|ಸಬ್ಸ್ಕ್ರೈಬ್|ಜಾಯಿನ್|ಲೈಕ್"
    r"|ફોલો|સબ્સ્ક્રાઇબ|જોઇન|લાઇક|ਫਾਲੋ|ਸਬਸਕ੍ਰਾਈਬ|ਜੁਆਇਨ|ਲਾਈਕ"
    # (… and Urdu; the scripts' "download"; Dhivehi "subscribe")
    r"|سبسکرائب|فالو|جوائن|لائک|فۆڵۆ|डाउनलोड|ডাউনলোড|ଡାଉନଲୋଡ|டவுன்லோட்|డౌన్‌లోడ్|ಡೌನ್‌ಲೋಡ್"
    r"|ડાઉનલોડ|ਡਾਊਨਲੋਡ|ഡൗൺലോഡ്|ސަބްސްކްރައިބް"
    # (… and "click", for the news it brings: "… ಸುದ್ದಿಗಳಿಗಾಗಿ ಇಲ್ಲಿ ಕ್ಲಿಕ್ ಮಾಡಿ")
    r"|क्लिक|ক্লিক|କ୍ଲିକ|கிளிக்|ക്ലിക്ക്|క్లిక్|ಕ್ಲಿಕ್|ક્લિક|ਕਲਿੱਕ"
)
# … and "do" in the imperative after it (Hindi, Nepali, Marathi, Bengali, Odia, Tamil,
# Malayalam, Telugu, Kannada, Gujarati, Punjabi).
_IMPERATIVE_DO = (
    r"करें|करो|कीजिए|गर्नुहोस्|गर्नुस्|करा|করুন|কৰক|କରନ୍ତୁ|செய்யுங்கள்|செய்யவும்|ചെയ്യൂ|ചെയ്യുക"
    r"|చేయండి|ಮಾಡಿ|કરો|ਕਰੋ|అవ్వండి|కండి|کریں|کیجیے|ކުރައްވާ|بکەن"
)

LINE_RULES: tuple[LineRule, ...] = (
    LineRule(
        "ad_marker",
        "ad",
        # The page rules' ad labels too: one closed set of the word in the languages we read.
        _rx(
            r"^[-–—*=\[(]*\s*(advertisement|advertising|sponsored(?: content)?|anzeige|publicidad|"
            r"werbung|publicité|pub|ad|promoted|paid content|reklamm|"
            + "|".join(re.escape(label) for label in sorted(AD_LABELS, key=len, reverse=True))
            + r")\s*[-–—*=\])]*$"
        ),
        "ad-slot labels left behind when the copy was scraped",
    ),
    LineRule(
        "related_link",
        "related",
        _rx(
            # "Related coverage: …" and the desk's "ALSO ON HPA: …" only before a teaser's
            # headline, no sentence ("ALSO ON THE BALLOT: Voters also approved …." and
            # "Related charges: Two workers were charged …." are the story's).
            # (Arabic "for more news of X.. click here": the pointer and its call, a line alone)
            r"^لل?مزيد من (?:أخبار|الأخبار)[^.!?:]{0,60}?\s*(?:\.{1,3}|:|،)?\s*[اإ]ضغط هنا\s*$|"
            # (Hebrew "for more articles in the section X: www…")
            r"^לכתבות נוספות\b[^!?]{0,80}$|"
            r"^(?:(?:related \w+|(?-i:ALSO ON [A-Z][A-Z ]{1,30}))\s*:\s*\S.*(?<![.!?…\"”’])$|"
            # "Read more in Daily Maverick: …": the label naming the outlet, then the teaser.
            r"read more (?:in|on|at|from) (?-i:[A-Z])[^:.!?]{0,40}:\s*\S.*(?<![.!?…])$|"
            # (Bislama "read more news in Bislama every Wednesday in Daily Post")
            r"ridim moa nius\b[^!?]{0,100}$|"
            # (Hebrew "to all the articles on the site X", the preposition glued to its noun)
            r"לכל (?:הכתבות|החדשות|הידיעות)\s+ב(?:אתר|ערוץ|מדור|עמוד)\S*(?:\s+\S+){0,4}(?<![.!?])$|"
            # "Más noticias en EL TIEMPO": more news at the outlet, a label and its name only.
            r"(?:more (?:news|stories)|más noticias|mais not[ií]cias|plus d['’]actualit[ée]s|"
            r"weitere nachrichten|mehr nachrichten|altre notizie|meer nieuws|"
            # (… "go to all the news of Milan", the section's link)
            r"vai a tutte le notizie|see all (?:the )?(?:news|stories)|alle nachrichten|mehr news)"
            r"\s+(?:on|at|from|in|di|aus|"
            r"en|em|no|na|sur|auf|bei|von|su|op)\s+(?-i:[A-ZÀ-Þ])[^.!?]{0,59}$|"
            # (… the label maybe in the brackets Chinese and Japanese papers set it in:
            # "【延伸閱讀】", "［関連記事］")
            r"[\[【［〔]?(earlier|read more|related|also read|read also|see also|more on this|"
            r"recommended|further reading|more from \w+|watch|listen|read next|next|"
            # The same labels as newsrooms write them in German, French, Spanish, Italian,
            # Portuguese and Dutch: a closed set of "read also" headings, not story words.
            r"lesen sie auch|lies auch|mehr zum thema|siehe auch|auch interessant|"
            r"(?:à )?lire (?:aussi|également)|(?:à )?voir (?:aussi|également)|lea también|"
            r"lee también|ver también|mira|"
            r"leggi anche|vedi anche|leia também|veja também|lees ook|zie ook|"
            # … and in the other languages of the wires we read.
            r"baca juga|les også|læs også|läs (?:också|även|mer)|czytaj (?:też|także|również)|"
            r"читайте также|читайте також|xem thêm|đọc thêm|延伸阅读|相关阅读|相关新闻|関連記事|"
            r"관련 ?기사|lesen sie (?:dazu |hier )?(?:auch|mehr)|διαβάστε (?:επίσης|ακόμη)|"
            r"čtěte (?:také|též|i)|čítajte (?:aj|tiež)|lue myös|ये भी पढ़ें|यह भी पढ़ें|"
            r"延伸閱讀|相關閱讀|相關新聞|あわせて読みたい|olvassa el|cite[șş]te [șş]i|"
            r"ayrıca (?:bakınız|okuyun)|"
            r"اقرأ أيضا|اقرأ أيضاً|קראו (?:עוד|גם)(?: ב\S{2,20})?|อ่านเพิ่มเติม|"
            r"pročitajte (?:još|i ovo|i)|"
            r"preberite še|"
            # Serbian and Macedonian Cyrillic, Bulgarian, Belarusian, Bosnian ("recommended"),
            # Georgian, Kazakh, Mongolian, Azerbaijani, Uzbek, Albanian, Baltic, Catalan,
            # Persian, Urdu, Bengali, Gujarati, Occitan, Swahili, Somali, Filipino.
            r"прочитајте (?:још|и)|прочитај(?:те)? повеќе|прочетете (?:още|също)|вижте още|"
            r"чытайце таксама|preporuka|ასევე (?:იხილეთ|წაიკითხეთ|ნახეთ)|"
            r"сондай-ақ оқыңыз|мөн уншаарай|"
            r"həmçinin oxuyun|shuningdek o['‘’]qing|lexo (?:edhe|gjithashtu)|"
            r"(?:taip pat |daugiau )skaitykite|lasiet arī|loe ka|llegiu també|llegeix també|"
            # (… a release's related documents, Catalan, Spanish, English, Italian)
            r"documents relacionats|documentos relacionados|related documents|documenti correlati|"
            # (Polish with the perfective "przeczytaj", Albanian "read more")
            r"przeczytaj (?:też|także|również)|lexo më shumë|"
            r"llig també|legissètz tanben|بیشتر بخوانید|یہ بھی پڑھیں|مزید پڑھیں|আরও পড়ুন|"
            # (Urdu's polite imperative: "مزید پڑھیے", "یہ بھی پڑھیے")
            r"مزید پڑھیے|یہ بھی پڑھیے|"
            r"આ પણ વાંચો|soma pia|soma zaidi|akhri sidoo kale|basahin din|"
            # "Keep reading: …" before another story's headline (es, with Argentina's voseo).
            r"segu[ií] leyendo|sigue leyendo|siga leyendo|le(?:e|a|er) m[aá]s|ilgili haber(?:ler)?|"
            # "You may also like", "related news", "other news" (es, uk, ru, bg, mt).
            r"también te puede interesar|te puede interesar|вас може зацікавити|"
            r"вас также может заинтересовать|свързани новини|aħbarijiet oħra|"
            # Their other spellings: Greek in capitals (no accents), Slovak and Czech with
            # "si", Maltese, Thai "related news", Somali "read", "related news" (es, pt).
            r"διαβαστε (?:επισης|ακομη)|prečítajte si (?:aj|tiež)|přečtěte si (?:také|též|i)|"
            r"aqra (?:wkoll|ukoll)|(?:อ่าน)?ข่าวที่เกี่ยวข้อง|อ่านต่อ|akhriso|noticias relacionadas|"
            # Vietnamese "read on", Uzbek "on the topic".
            r"đọc tiếp|mavzuga oid|tin liên quan|bài liên quan|ተጨማሪ ያንብቡ|akhriso sidoo kale|"
            # (… Urdu "read more national news", Odia "read more")
            r"مزید (?:\S+ )?خبریں(?: پڑھیں)?|ଆହୁରି ପଢ଼ନ୍ତୁ|ଏହା ବି ପଢ଼ନ୍ତୁ|"
            # Catalan "related news", Croatian, Portuguese and Malay "read more", Punjabi "read
            # this too", Khmer "read more", Yoruba "read again", Arabic "recommendations".
            r"notícies relacionades|pročitajte više|leia mais|baca|ਇਹ ਵੀ ਪੜ੍ਹੋ|អានបន្ថែម|ẹ tun ka|"
            r"ترشيحات|"
            # Polish "see also", Romanian's plural, German "link tip", Telugu, Tamil, Kannada,
            # Malayalam, Marathi and Nepali "read this too".
            r"zobacz (?:też|także|również)|citi[țţ]i [șş]i|linktipp|ఇవి కూడా చదవండి|"
            r"இதையும் படிக்க(?:வும்)?|ಇದನ್ನೂ ಓದಿ|ഇതും വായിക്കൂ|हेही वाचा|यो पनि पढ्नुहोस्|"
            # (… Lao "related news", "read more"; Hungarian "we recommend this too"; Burmese
            # "related news")
            r"ຂ່າວທີ່ກ່ຽວຂ້ອງ|ອ່ານຕື່ມ|ອ່ານເພີ່ມເຕີມ|ezt is ajánljuk|ဆက်စပ်သတင်း|"
            # (… German "matching the article", Latvian and Lithuanian "read also/more")
            r"passend zum (?:artikel|thema)|lasi arī|skaitykite (?:daugiau|taip pat)|"
            # (… Kazakh "read on", Icelandic "see also")
            r"оқи отырыңыз|sjá einnig|polecamy|"
            # (… Kyrgyz "read also", Tajik "read also")
            r"ошондой эле окуңуз|инчунин (?:хонед|бихонед)|"
            # (… Irish "read more", Polish "the original material"; Tigrinya "related news",
            # Serbian Cyrillic "look also", Hungarian "this may interest you", German "more news
            # from X": read here)
            r"léigh tuilleadh|léigh níos mó|materiał oryginalny|ተዛማዲ ዜና|погледајте (?:и|још)|"
            r"ez is érdekelheti|"
            # (… Hungarian's familiar "read this too", Catalan "may interest you too", German
            # "read from our offer", "from our Plus offer": the paper's other stories)
            # (… Assamese "read these too", Oromo "related news", Hungarian "related", Telugu
            # "read")
            r"এইবোৰো পঢ়ক|এইটোও পঢ়ক|oduu walqabatu|kapcsolódó(?: cikk(?:ek)?)?|చదవండి|"
            # (… French "to read on the subject", Tatar "read")
            r"à lire (?:aussi )?sur le (?:même )?sujet|укыгыз(?: шулай ук)?|"
            r"(?:ezt is )?olvasd el|(?:també )?et pot interessar|(?:lesen sie )?aus unserem "
            r"(?:plus-?)?angebot|"
            # (… "read also on X:", the outlet named: "Читайте також на \"Цензор.НЕТ\": …")
            r"читайте (?:також|также) на [^:]{2,30}|"
            # (… Icelandic "read also", Kazakh "on the topic", Latvian "more on this topic",
            # Dhivehi "related news", Japanese "related" alone in its brackets, Lao "read the
            # related news"; a photo gallery's pointer in the wires' languages)
            r"les(?:ið|tu) (?:einnig|líka)|тақырыпқа қатысты|(?:vēl )?par šo tēmu|ގުޅޭ ޚަބަރު|"
            # (… Irish, Welsh and Scottish Gaelic "more news"; Thai "read more news", Breton
            # "read also", Malayalam "read this news too")
            r"tuilleadh (?:nuachta|scéalta)|mwy o newyddion|barrachd naidheachdan|"
            r"อ่านข่าวเพิ่มเติม|อ่านเพิ่มเติม|ข่าวที่เกี่ยวข้อง|lennit ivez|"
            r"ഈ വാര്‍?ത്ത(?:യും)? കൂടി വായിക്കൂ|ഇതുകൂടി വായിക്കൂ|"
            r"関連|ອ່ານຂ່າວທີ່ກ່ຽວຂ້ອງ|fotogalerij[ae]|foto ?galerija|photo gallery|"
            r"galerie photos?|fotogalerie|bildergalerie|galería de fotos|galeria de fotos|"
            r"galleria fotografica|fotogaléria|galeria zdjęć|"
            # (… Khmer "related article", Chinese "more of the outlet's reports" heading a list)
            r"អត្ថបទទាក់ទង|更多[\u4e00-\u9fff]{0,8}(?:報導|报道|新聞|新闻)|"
            r"notícias relacionadas)"
            # With its teaser after a colon, or alone on its line as the list's heading; in
            # its brackets the teaser may follow them ("【関連記事】Jリーグニュース一覧>>").
            # (… or after a bar, as Le Monde sets it: "Lire aussi | Article réservé à nos …",
            # a headline: no sentence's end)
            r"(?:\s*(?:[:：៖፡፦]\s*\S|(?:\||｜|\s[-–—])\s*\S(?!.*[.!…။।]\s*$)|(?:[:：៖፡፦]|\.{2,3}|…)?\s*$)"
            r"|[\]】］〕]\s*(?:[:：]\s*)?(?:\S|$)"
            # (… or after its full stop when set in capitals, as HLN does: "LEES OOK. …")
            r"|(?<=(?-i:[A-ZÀ-Þ][A-ZÀ-Þ]))\.\s+\S"
            # (… or after its full stop in French, "Lire aussi. Sécheresse: …", or a space in
            # Korean, "관련기사 전주시, …": a headline follows, no sentence's end)
            r"|(?:(?<=aussi)|(?<=également))\.\s+\S(?!.*[.!?…]\s*$)|(?<=관련기사)\s+\S(?!.*(?:다|[.!?])\s*$)"
            # (… or Malayalam's "read this too", a headline after it: no sentence's end)
            r"|(?<=വായിക്കൂ)\s+\S(?!.*[.!?]\s*$)"
            # (… or a space and a capital after French "on the subject": "À lire sur le sujet Îles
            # du Ponant : …")
            r"|(?<=sujet)\s+(?-i:[A-ZÀ-ÞÎ])(?!.*[.!?…]\s*$)"
            # (… or a space when the label is in capitals: "LEGGI ANCHE Roma, Giubileo: …")
            r"|(?<=(?-i:[A-ZÀ-Þ]{2}))\s+(?-i:[A-ZÀ-Þ])(?!.*[.!?…]\s*$)))"
        ),
        "teaser links to other stories, not part of this one",
    ),
    LineRule(
        "tags_line",
        "related",
        # The copy's tags or keywords listed after their label ("Tags: vacinação, gripe",
        # "Теги: …", "برچسب ها: …", "თეგები: …"): the site's index words, not the story.
        _rx(
            # (… in a wire's brackets: "[TOPICS: M$U$$$,MAUDS$]", MNI's topic codes)
            r"^\[TOPICS?:[^\]]{1,200}\]$|"
            # (… Catalan "archived in", a list after it: "Arxivat a: la jutgessa tanca …" is a
            # headline)
            r"^arxivat (?:a|com)\s*:\s*[^,.:;]{1,40}(?:,\s*[^,.:;]{1,40}){1,8}$|"
            r"^(?:tags?|etiquetas?|etiketler|schlagw[oö]rter|stichw[oö]rter|"
            # (… "filed under", "filed as": "Archivado como: Costa Rica, Migración")
            r"filed (?:under|as)|archivad[oa] (?:como|en)|"
            r"mots[- ]cl[ée]s|"
            r"palavras[- ]chave|parole chiave|trefwoorden|теги|тэги|тагове|ознаке|oznake|tagi|"
            # (… and the topics' word the Nordic and Finnish papers label them with)
            r"címkék|štítky|tunnisteet|aiheet|asiasanat|avainsanat|taggar|topik|"
            r"ämnen(?: i artikeln)?|emner|"
            r"برچسب(?:\s?ها)?|الوسوم|تگ(?:\s?ها)?|თეგები|teqlər|"
            r"标签|標籤|タグ|태그|từ khóa|แท็ก|kata kunci)\s*[:：﹕]\s*\S.{0,200}$"
            # Chinese "related words", "key words" (Hong Kong papers, with a small colon): two
            # words or more in a row ("关键词：新质生产力" alone heads a section of an explainer).
            r"|^(?:相關字詞|相关字词|關鍵字|关键字|關鍵詞|关键词)\s*[:：﹕]\s*"
            r"[^\s、，,;；]{1,20}(?:\s*[\s、，,;；]\s*[^\s、，,;；]{1,20})+$"
        ),
        "the copy's tags listed after their label",
        max_len=250,
    ),
    LineRule(
        "sources_note",
        "syndication",
        # "*Com informações da Secretaria de Saúde", "With information from the police",
        # "Parengta pagal Kauno miesto savivaldybės informaciją.": where the copy's facts came
        # from, a line of its own (a known agency there is agency_line's); "Theo Nhịp sống thị
        # trường" (Vietnamese: after X), a few words without a stop. (A Spanish truth keeps "Con
        # información de la corresponsalía en San Juan." as the story's: not read.)
        _rx(
            # ("(With inputs from agencies)", "(एजेंसी इनपुट के साथ)": India's papers, in
            # brackets)
            # (… and Spanish "with information from", in its brackets only)
            r"^\(\s*(?:with (?:inputs|input) from [^()]{2,40}|[^()]{2,30} इनपुट (?:के साथ|सहित)"
            r"|con información de [^()]{2,70})"
            r"\s*\)$|"
            r"^\*?\s*(?:(?:com informações|with (?:information|reporting)"
            r"|avec des informations|z informacji)"
            r"\s+(?:d[aeo]s?|del?|de la|from|von|der|des|du|od)\b[^.,;:!?]{2,70}\.?"
            r"|parengta pagal\s[^.,;:!?]{2,70}\.?"
            # (… Thai "source: newspaper X, issue of …")
            r"|ที่มา\s*[:：]\s*(?:หนังสือพิมพ์|เว็บไซต์|สำนักข่าว)\S{1,40}(?:\s+\S{1,20}){0,8}"
            # (… Russian and Ukrainian "after the materials of", its label and a name: "По
            # материалам: УНИАН", "За матеріалами: Інтерфакс-Україна")
            # (the source's name in capitals or quotes, no clause: "По материалам следствия, …")
            r"|(?:по материалам|за матеріалами)(?:\s*:\s*|\s+(?=(?-i:[«\"„A-ZА-ЯЁІЇЄ])))"
            r"[^.,;:!?]{2,60}\.?"
            # (Vietnamese only: "Theo" then an outlet's capitalised name, with a Vietnamese
            # letter, an acronym or a .vn address in it; "Theo Hernandez" in a squad list, "Theo
            # dõi …" (follow) and a wrapped line opening with "theo" are no source note.)
            r"|(?-i:Theo(?=(?:\s+\S+){1,5}$)(?=.*(?:[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĐ]"
            r"|\b[A-Z]{3,}\b|\.vn\b))\s+[A-ZĐ]\S*(?:\s+(?!\S*[.,;:!?])\S+){0,4}))$"
        ),
        "a note on the sources the copy was written from",
        max_len=100,
    ),
    LineRule(
        "prev_next_link",
        "related",
        # "上一篇：…", "下一篇：…", "前の記事", "이전 기사", "Previous article: …": the site's
        # links to the stories before and after this one.
        # In the languages with case the words are ordinary ("the next article of the
        # agreement", a profile's "Previous post: Trade minister"): there the label needs its
        # colon, and "post" (a job as often as a blog's entry) is none.
        _rx(
            r"^(?:(?:上一篇|下一篇|上一則|下一則|上一条|下一条|前の記事|次の記事|이전\s?기사|다음\s?기사)"
            r"\s*[:：﹕]?"
            r"|(?:(?:previous|next)\s+(?:article|story)|vorheriger artikel|nächster artikel|"
            r"article (?:précédent|suivant)|artículo (?:anterior|siguiente))\s*[:：﹕])"
            r"\s*\S.{0,150}$"
        ),
        "links to the site's previous and next stories",
        max_len=200,
    ),
    LineRule(
        "podcast_prompt",
        "promo",
        _rx(
            r"^(subscribe|listen|tune in)\b.{0,120}\bpodcast\b"
            # (… or an episode's plug sending the reader wherever they listen: "Veckans avsnitt
            # av Hallå Helsingborg handlar om … – hitta det där du brukar lyssna.")
            # (… an episode or a podcast named in it: "You can hear the birds wherever you
            # listen." is none)
            r"|^(?=.*\b(?:podcast\w*|episode\w*|avsnitt\w*|épisode|folge|aflevering|jakso\w*"
            r"|afsnit\w*|episodio|episódio)\b).{0,200}"
            r"\b(?:wherever you (?:get your podcasts|listen)"
            r"|där du (?:brukar )?lyssnar?"
            r"|der du (?:vanligvis )?lytter|hvor du (?:plejer at )?lytter"
            r"|où vous écoutez (?:vos )?podcasts"
            r"|donde escuch(?:as|es) (?:tus )?podcasts|onde ouve (?:os seus )?podcasts"
            r"|überall,? wo es podcasts gibt|waar je (?:je )?podcasts (?:luistert|beluistert)"
            r"|missä kuuntelet podcasteja)\b[^.!?]{0,40}[.!]?$"
        ),
        "calls to subscribe to a podcast",
        max_len=200,
    ),
    LineRule(
        "newsletter_prompt",
        "promo",
        # "Sign up to our free Breaking News email for the latest headlines": an e-mail is one.
        # "Get-out-the-vote volunteers sent two million emails" is news: e-mails only after a
        # sign-up word.
        _rx(
            r"^(?:(sign up|subscribe|register|get)\s.{0,100}\b(newsletter|briefing|inbox|alerts?)\b"
            r"|(sign up|subscribe|register)\s.{0,100}\be-?mails?\b"
            # Japanese "mail magazine" sign-ups ("河北新報のメルマガ登録はこちら")
            r"|.{0,30}メルマガ(?:の)?(?:登録|購読|配信登録).{0,20}$"
            # … or "our (free) newsletter" opening the line, what it brings after it: "Unser
            # kostenloser Newsletter „Stuttgart am Morgen“ bringt Ihnen werktags …"
            # (no clause set off by commas: "Our newsletter editor, Jane Smith, said …")
            # (… delivering, no clause set off by commas and nothing after its end: "Our
            # newsletter editor, Jane Smith, said …" and "Our newsletter subscribers rose …")
            r"|(?:unser|our|notre|nuestr[ao]|nosso|nossa|il nostro|la nostra|onze|nasz)\s+"
            r"(?:[^\s.!?,]+\s+){0,2}(?:newsletter|nieuwsbrief|infolettre|boletín|e-?mail "
            r"(?:briefing|bulletin))\b(?!\s+(?:editor|team|writer))[^.!?,]{0,60}?\b(?:bringt|brings"
            r"|delivers|liefert|lands|arrives|keeps you|informiert|apporte|vous envoie|te trae"
            r"|te lleva|leva|traz|brengt|porta)\b[^.!?,]{0,120}[.!]?$)"
        ),
        "newsletter sign-up prompts",
        max_len=200,
    ),
    LineRule(
        "app_prompt",
        "promo",
        _rx(r"^(download|get|install)\s+(the|our)\b.{0,60}\bapp\b"),
        "app download prompts",
        max_len=200,
    ),
    LineRule(
        "follow_prompt",
        "promo",
        _rx(
            r"^(?:(?:follow|like|join)\s+us\s+on|folgen\s+sie\s+uns\s+auf|folge\s+uns\s+auf|"
            r"suivez[- ]nous\s+sur|s[ií]guenos\s+en|seguici\s+su|siga[- ]nos\s+n[oa]|"
            r"volg\s+ons\s+op)\s+(social media|facebook|x|twitter|"
            r"instagram|tiktok|linkedin|youtube|threads|bluesky|mastodon|whatsapp|telegram|"
            r"google news)\b"
            # "Follow Harbour Wire on WhatsApp for the latest news.": the channel near the end
            # ("Follow the money on social media, investigators told …" is reported speech).
            r"|^follow\s+(?:\S+\s+){1,3}on\s+(?:facebook|x|twitter|instagram|tiktok|linkedin|"
            r"youtube|threads|bluesky|mastodon|whatsapp|telegram|google news)\b[^,]{0,50}$"
            # "Follow AP's coverage of wildfires at https://…": the agency's hub page.
            r"|^follow\s+\S+['’]s?\s+(?:\w+\s+){0,2}coverage\b"
        ),
        "social follow prompts",
        max_len=200,
    ),
    LineRule(
        "platform_call",
        "promo",
        # … the call's verb opening the line (or closing it), a platform named in it, no
        # quote: "Síguenos en WhatsApp", "Obserwuj Onet Wiadomości w Google News.", "Tải ứng
        # dụng VnExpress …" (a story's line names a platform after its subject: "The
        # ministry said on Telegram.").
        re.compile(
            # (a name in quotes, "«Ъ-Пермь»", is the outlet's; a longer quote is speech)
            # (a quote of 25 characters or more, closed: „Труд“ closes with the "“" English
            # opens with, so a quote is measured to its close)
            r"^(?!.*[\"“„«「][^\"“”»」]{25,}[\"“”»」])"
            # (after the call's purpose and its comma: "Para sa iba pang balita, i-follow ang
            # Abante sa Facebook at Twitter.", "For more news, follow …")
            # (… the news it is for: "For safety reasons, follow the instructions police post on
            # Facebook" is advice)
            r"(?:(?i:for|para(?: sa)?|pour|per|für|untuk|voor|för|dla|za)"
            rf"\s(?=[^,，]{{0,50}}(?:{_NEWS_WORDS}|(?i:balita|actualit|informaç|informaci)))"
            r"[^,，\"“”„«»]{1,50}[,，]\s*"
            # (… or after the reader's question, "Want all the news from Haifa? Join …", a few
            # words' exhortation, "Mis niets: zet …", "Bądź na bieżąco – polub …", or the news
            # it brings, "Najnovije vijesti pratite …", "Usikose habari …, pakua …")
            # (after these lead-ins an English verb gives advice or answers: "Who runs the
            # account? Follow the money …", "Police said: follow the instructions …"; no one
            # said it either, the call's words are the outlet's)
            # (… or after the purpose in Georgian, "to receive …": "… ინფორმაციის მისაღებად
            # გამოიწერეთ …")
            r"|[^,.!?:\"“”„«»]{1,80}მისაღებად\s+"
            r"|(?=[^.!?？]{1,100}[?？]\s+(?!(?i:follow|join|subscribe|sign up|tune in|find)\b))"
            r"[^.!?？\"“”„«»]{1,100}[?？]\s+"
            r"|(?!(?:\S+\s+){0,4}?(?i:said|says|told|stated|wrote|warned|officials?|police)\b)"
            r"(?=(?:[^\W_]+\s+){0,3}[^\W_]+\s*(?::|\s[–—-])\s+"
            r"(?!(?i:follow|join|subscribe|sign up|tune in|find)\b))"
            r"(?:[^\W_]+\s+){0,3}[^\W_]+\s*(?::|\s[–—-])\s+"
            # (the news phrase right before the verb: "Najnovije vijesti pratite …", a few
            # words, or set off by its comma: "Usikose habari motomoto kila siku, pakua …", or by
            # a spaced dash: "Keep up with the news that matters to Otago - sign up to …")
            rf"|[^,.!?:\"“”„«»]{{0,40}}(?:{_NEWS_WORDS}|(?i:habari))[^,.!?:\"“”„«»]{{0,40}}?"
            r"(?:[,，]|\s[–—-])\s*"
            rf"|(?:\S+\s+){{0,1}}\S*(?:{_NEWS_WORDS}|(?i:вијест|vijest|habari))\S*\s+"
            r"(?!(?i:follow|join|subscribe|sign up|tune in|find)\b))?"
            # (no one's words reported after it: "…, the statement said.")
            r"(?!.*\b(?i:said|says|told|stated|replied|wrote|dijo|disse|sagte|a déclaré"
            r"|ha detto)\b)"
            rf"[\W_]{{0,3}}(?i:{_CALL_OPENING})"
            # (after a CJK verb a compound's suffix makes it a noun: 关注度, 加入者, 订阅量)
            # (a Portuguese or Spanish pronoun glued on is the call's: "Acompanhe-nos no …")
            r"(?:(?<=[\u3040-\u30ff\u4e00-\u9fff\u1780-\u17ff])(?![度者量数數率用户戶人])"
            r"|-(?:nos|vos|te|se|me|ne)\b|(?![^\W\d_]|-))"
            # (a colon before a letter is a Finnish ending's: "Tilaa MT:n uutiskirje")
            r"(?:[^,;:，]|:(?=\w)){0,140}?"
            # (… a list may open with X, LinkedIn or Threads: "kuri X, Facebook na YouTube")
            r"(?:(?i:x|linkedin|threads|bluesky)\s*[,，]\s*){0,3}"
            rf"(?:{PLATFORM.pattern}|(?i:{_APP_WORDS}))"
            # (… or a list of platforms: "… on Telegram, WhatsApp, Facebook and X")
            rf"(?:\s*(?:[,，&]|(?i:and|dan|và|и|y|e|et|und|i|ve|og|och|en|na))\s*(?:{PLATFORM.pattern}"
            r"|(?i:linkedin|threads|bluesky|x|zalo|line)\b))*+"
            # (after the platform no clause of its own: "…via YouTube, zei de rechter vrijdag
            # tegen de advocaten." is reported speech, "…VNeID, người dân có thể …" a sentence)
            # (the words after the comma each set off by a space, read possessively: split
            # every way, a run of letters backtracked for seconds)
            r"(?:[^,，]{0,120}|[^,，]{0,60}[,，]\s*[^\s,，]++(?:\s+[^\s,，]++){0,3}\s*"
            # (… but a purpose after it is the call's: "…в Telegram, щоб першими дізнаватися …",
            # "… app para sa pinakabagong balita.")
            # (… and no clause after the purpose's: "…Facebook để lừa đảo, đối tượng đã chiếm
            # đoạt …" is a story's sentence; a list after a comma, "news, analysis and video",
            # is the call's)
            # (a short name in quotes may stand before it: "… на телеграм-канал «Бумаги», чтобы
            # не пропустить …")
            rf"|(?:[^,，\"“”„«»]|[«„“\"][^»“”\"]{{1,24}}[»“”\"]){{0,60}}?[,，]?\s+(?i:{_CALL_PURPOSE})"
            r"\s[^,，\"“”„«»]{0,150}"
            r"(?:[,，]\s*[^\s,，\"“”„«»]++(?:\s+[^\s,，\"“”„«»]++){0,3}\s*){0,4})$"
            # (an app named instead of a platform only for the news it brings and no one's
            # appeal quoted after a colon: "सरकार ने … आरोग्य सेतु ऐप डाउनलोड करें" is a
            # ministry's advice)
            rf"|^(?=[^\"“”„«»「」]{{0,220}}$)(?:.{{0,140}}?(?:{PLATFORM.pattern})"
            rf"|(?=[^:]*$)(?=.*(?:{_NEWS_WORDS}|{_CHANNEL_WORDS})).{{0,140}}?(?i:{_APP_WORDS}))"
            r".{0,80}?"
            # (… and what the call promises after it: "… चैनल को फॉलो करें और पाएं ताजा खबरें.")
            # (… or after a comma: "… ಚಾನೆಲ್‌ಗೆ ಸೇರಿ, ಕ್ಷಣಕ್ಷಣದ ಸುದ್ದಿ ಪಡೆಯಿರಿ.")
            rf"(?i:{_CALL_CLOSING})(?:(?:\s+(?:और|এবং|ଏବଂ|ಮತ್ತು|ഒപ്പം|اور|و)\s|,\s)[^.!?।,]{{0,60}})?"
            r"\s*[.!。।۔።။]?$"
            # (… or, platform named or not, English's follow, subscribe, join or like as the
            # scripts of South Asia borrow it, with "do" in the imperative, closing the call:
            # "ଓଡ଼ିଶା … ଖବର ପାଇଁ ଓଟିଭିକୁ ଫଲୋ କରନ୍ତୁ", "… च्यानल सब्स्क्राइब गर्नुहोस् ।")
            # (… for the news it brings or on a channel: "… कोविड नियमों को फॉलो करें" is advice
            # to follow the rules)
            # (… no one's appeal reported before it: "پولیس نے … اپیل کی ہے کہ وہ … فالو کریں۔",
            # "… कहा कि … फॉलो करें", a clause of "that")
            rf"|^(?!.*\s(?:کہ|कि|যে|ਕਿ|ಎಂದು)\s)"
            # (… or an account's handle: "… X पर @IPRD_Bihar को फॉलो करें।")
            rf"(?=[^\"“”„«»「」]{{0,200}}$)(?=.*(?:{_NEWS_WORDS}|{PLATFORM.pattern}|{_CHANNEL_WORDS}"
            r"|@\w{2,}))"
            rf".{{0,160}}?(?:{_LOAN_CALL})\s?(?:{_IMPERATIVE_DO})"
            r"(?:\s+(?:और|এবং|ଏବଂ|ಮತ್ತು|ഒപ്പം|اور)\s[^.!?।]{0,60})?"
            # (… or the app it asks to download after it: "… ডাউনলোড করুন একুশে টিভি অ্যাপ")
            rf"(?:\s[^.!?।]{{0,40}}(?:{_APP_WORDS}|{_CHANNEL_WORDS}))?\s*[.!।۔]?$"
            # (… and Thai's and Lao's "follow the news … at" an outlet's channel or page:
            # "ติดตามข่าวสารล่าสุดได้ที่ AMARIN TV HD ช่อง 34", "ຕິດຕາມຂ່າວສານ…ໄດ້ທີ່ເພຈ …")
            # (one space at most, before "at": "ติดตามข่าวสารทีนิวส์ ได้ทุกช่องทาง"; "… ทีมชาติไทย
            # ได้ที่ 3 ของกลุ่ม" is a team's place)
            # (… or a short token between, the channel's number: "ติดตามข่าวสารช่องวัน 31 ได้ทุก…")
            # (… or the outlet's name of a few words in Latin letters: "… จาก THE STANDARD ได้ทาง")
            r"|^\W{0,3}(?:ติดตาม|ຕິດຕາມ)(?:ข่าว|ຂ່າວ)\S{0,40}?(?:\s\S{1,4}|(?:\s[A-Z][A-Z0-9.&-]{1,20}){1,3})?"
            r"\s?(?:ได้ที่|ได้ทาง|ได้ทุกช่องทาง"
            r"|ได้ทุกวัน(?:ที่|ทาง)?|ໄດ້ທີ່|ໄດ້ທາງ|ໄດ້ທຸກຊ່ອງທາງ|ໄດ້ທຸກວັນ(?:ທີ່|ທາງ)?)"
            # (… "on every channel" may close it: "ติดตามข่าวสารทีนิวส์ ได้ทุกช่องทาง")
            r"(?:\s*\S.{0,80}|(?<=ช่องทาง)\S{0,12}|(?<=ຊ່ອງທາງ)\S{0,12})$"
            # (… or the platform named in the call's lead-in, the call after its colon: "Regió7
            # al teu WhatsApp: apunta't al nostre canal …")
            # (the outlet's own channel: "our" after the colon, "Police on Telegram: follow the
            # instructions …" is advice)
            r"|^(?![^:]{0,60}\b(?i:wrote|writes|posted|said|says|announced|reported)\b)"
            r"(?=[^:]{0,60}:.{0,60}\b(?:(?i:nostre|nostra|our|nuestro|nuestra|notre|unser\w*|nosso|nossa"
            r"|onze|nasz\w*|naš\w*|наш\w*)\b"
            # (… or the channel of the outlet it names: "… su WhatsApp: iscriviti al canale del
            # Carlino")
            r"|(?i:canal\w*|channel|kanal\w*|канал\w*)\s+(?i:del|della|dello|de|di|do|da|of|von|des|du)"
            r"\s+(?:(?i:the|il|lo|la|el|le|o|a)\s+)?[A-ZÀ-Þ]))"
            rf"(?=[^\"“”„«»]{{0,220}}$)[^:.!?]{{0,40}}(?:{PLATFORM.pattern})[^:.!?]{{0,20}}:\s*"
            rf"[\W_]{{0,3}}(?i:{_CALL_OPENING})(?![^\W\d_]).{{0,160}}$"
            # (… or, no verb, the news and then where: in the outlet's own channel, "Самые
            # важные новости Урала — в нашем Telegram-канале.", "All the news – on our WhatsApp")
            rf"|^(?=[^\"“”„«»]{{0,160}}$)[^.!?:–—]{{0,80}}(?:{_NEWS_WORDS})[^.!?:–—]{{0,60}}"
            r"(?::|\s[–—-])\s*(?i:в|на|у|in|on|en|sur|auf|im|su|no|na|w|op)\s+"
            r"(?i:наш\w*|our|notre|nos|nuestr\w*|unser\w*|nasz\w*|naš\w*|nostr\w*|noss\w*|onze)\s+"
            rf"(?:\S+\s+)?\S*(?:{PLATFORM.pattern}|(?i:канал\w*|channel|kana\w*|canal\w*))\S*\s*[.!]?$"
        ),
        "calls to follow the outlet on a platform",
        max_len=220,
    ),
    LineRule(
        "player_label",
        "label",
        # The audio player's and the embed button's labels left in scraped copy, in the wires'
        # languages: "Listen to this article", "Haberi Dinle", "Ottieni il codice embed".
        _rx(
            r"^(?:listen to (?:this|the) (?:article|story)|haberi dinle|écouter (?:cet|l')article|"
            r"artikel (?:anhören|vorlesen lassen)|escuchar? (?:esta|la) noticia|"
            r"ouvir (?:esta )?(?:not[ií]cia|mat[ée]ria)|ascolta (?:l'articolo|la notizia)|"
            r"ottieni il codice embed|get (?:the )?embed code|"
            # (… a recommended video's label, "VIDEO RECOMENDADO")
            r"v[ií]deo recomendado|recommended video|video consigliato|vidéo recommandée|"
            # (… Swahili "press play below to watch")
            r"bonyeza play(?: hapa)?(?: chini)?(?: kutazama)?|"
            # (… the embedded video's "watch the video" label, in capitals as often:
            # "POGLEDAJTE VIDEO", "Zobacz wideo", "Sehen Sie das Video")
            r"watch (?:the )?video|pogledajte (?:i )?video|pogledaj video|погледајте видео|"
            r"zobacz (?:też )?wideo|sehen sie (?:das|im) video|regardez la vidéo|mira el v[ií]deo|"
            r"assista ao v[ií]deo|guarda il video|bekijk de video|se videon|katso video|"
            r"nézze meg a videót|videoyu izleyin|tonton video|xem video|смотрите видео|"
            r"дивіться відео|"
            # (… a video still being prepared, a bonus video's label, Korean "listen to the
            # audio article")
            r"video se připravuje|video sa pripravuje|бонус видео|bonus video|오디오 기사 듣기)"
            r"\b[^.!?]{0,30}$"
        ),
        "audio-player and embed labels of the page the copy was scraped from",
        max_len=80,
    ),
    LineRule(
        "picture_label_line",
        "caption",
        # The BBC's language services label a picture's source and caption, then a comma
        # ("Image source, Getty Images", "Ffynhonnell y llun, Cyngor Ceredigion", "Fuente de
        # la imagen, …", "Автор фото, …", "مصدر الصورة، …"): copied with the text, the
        # picture's lines, not the story's.
        _rx(
            # (… and as the other services print them: Pidgin, Hausa, Swahili, Turkish,
            # Indonesian, Vietnamese, Brazilian, Chinese, Japanese, Korean, Bengali)
            r"^(?:wia dis foto come from|wetin we call dis foto|asalin hoton|bayanan hoto|"
            r"chanzo cha picha|maelezo ya picha|fotoğraf kaynağı|fotoğraf altı yazısı|"
            r"sumber gambar|keterangan gambar|nguồn hình ảnh|chụp lại hình ảnh|"
            r"图像来源|图像加注文字|圖像來源|圖像加註文字|画像提供|画像説明|사진 출처|사진 설명|"
            r"ছবির উৎস|ছবির ক্যাপশান|"
            r"image source|image caption|fuente de la imagen|pie de foto|legenda da foto|"
            r"автор фото|подпись к фото|джерело фото|підпис до фото|مصدر الصورة|"
            r"التعليق على الصورة|منبع تصویر|توضیح تصویر|ffynhonnell y llun|disgrifiad o['’]r "
            r"llun|इमेज स्रोत|इमेज कैप्शन|تصویر کا ذریعہ|تصویر کا کیپشن)\s*[,،，]\s*\S.{0,300}$"
        ),
        "a picture's source and caption labels copied with the text",
        max_len=400,
    ),
    LineRule(
        "subscriber_label",
        "label",
        # The label over a subscribers-only story, alone on its line ("Tilaajille", "TELLIJALE",
        # "Nur für Abonnenten", "Réservé aux abonnés"): the site's, not the story's.
        _rx(
            r"^(?:for subscribers(?: only)?|subscribers only|subscriber exclusive|"
            r"(?:nur )?für abonnenten|(?:réservé )?(?:pour |aux )les abonnés|réservé aux abonnés|"
            r"solo para suscriptores|exclusivo para (?:assinantes|suscriptores)|"
            r"(?:solo )?per (?:gli )?abbonati|(?:alleen )?voor abonnees|för prenumeranter|"
            r"(?:kun )?for abonnenter|tilaajille|tellijale|dla subskrybentów|"
            r"tylko dla (?:subskrybentów|prenumeratorów)|только для подписчиков|"
            r"для передплатників|abonelere özel|"
            # (… the label alone: "Premium", "Assinantes", "Contenu réservé aux abonnés")
            r"premium|assinantes|suscriptores|abonnenten|contenu réservé aux abonnés|"
            # (… Japanese "this article is for members", "members only", and the login and
            # sign-up controls beside it: "この記事は会員限定です", "ログイン 新規登録")
            r"(?:この記事は)?(?:有料)?会員限定(?:記事)?(?:です)?|"
            r"(?:ログイン|新規登録|会員登録)(?:\s*(?:ログイン|新規登録|会員登録))*|"
            # (… a Japanese paywall's counter: "（ここまで 312文字 / 残り 215文字）")
            r"[（(]?(?:ここまで\s*\d+\s*文字\s*[/／]\s*)?残り\s*\d+\s*文字[）)]?)\s*[.:!]?$"
        ),
        "the label of a subscribers-only story",
        max_len=40,
    ),
    LineRule(
        "subscriber_note",
        "label",
        # The piece saying it is for subscribers, a line alone ("Cet article est réservé aux
        # abonnés", "Questo articolo è riservato agli abbonati", "This story is for subscribers
        # only"): the paywall's label in a sentence's words.
        _rx(
            r"^(?:cet|this|dieser|este|esta|dit|questo|quest[ao]|ce) (?:article|artikel|story|"
            r"artículo|articolo|contenu|content|beitrag|contenido|conteúdo|contenuto|texto) "
            r"(?:est|is|ist|es|é|è)(?: (?:nur|solo|only|exclusivement|exclusivo))? "
            r"(?:(?:réservée?|reserved|riservat[oa]|reservad[oa]) )?"
            r"(?:for subscribers(?: only)?"
            r"|(?:für|pour|aux|agli|para|per|a|aos|for) (?:les |los |gli |die |our )?"
            r"(?:abonnés|abonnenten|abbonati|suscriptores|assinantes|subscribers)"
            r"|exclusivo para (?:assinantes|suscriptores))\s*[.!]?$"
        ),
        "the piece's note that it is for subscribers",
        max_len=80,
    ),
    LineRule(
        "summary_label",
        "label",
        # The English summary the papers of India's languages append to their copy, under its
        # label ("English Summary: …", "Content Highlight: …"): the site's index line, not the
        # story.
        _rx(r"^(?:english summary|summary in english|content highlights?)\s*:\s*\S.{0,250}$"),
        "an English summary appended under its label",
        max_len=300,
    ),
    LineRule(
        "tip_line",
        "promo",
        # Korean outlets' tip line: "제보하기: 카카오톡 …, 전화 02-…", "제보는 카카오톡 채널
        # '…'로 보내주세요": the tip's word as a label or with a request to send it, and where
        # (a messenger, a phone, an e-mail). "경찰은 전화 제보를 받고 출동했다" tells of a tip.
        re.compile(
            # (a contact after the label: "시민 제보: 폭우로 잠긴 도로" is a caption's; a police
            # appeal, "… 제보는 경찰청 전화 182로 해주시기 바랍니다", sends it by phone)
            r"^\W{0,3}(?:[^\s.]{1,12}\s)?(?:\S+\s)?제보(?:하기)?\s*[:：]\s*"
            r"(?=.*(?:카카오톡|이메일|메일|@|\d{2,4}-\d{3,4}-\d{4})).{1,150}$"
            r"|^\W{0,3}(?:\S+\s){0,3}제보(?:는|를)?\s.{0,80}(?:카카오톡|이메일|메일|@|홈페이지)"
            r".{0,40}(?:보내주세요|보내 주세요)\.?$"
            # (… or the broadcasters' labelled channels: "[카카오톡] … [전화] … [메일] …",
            # "▷ 전화 : … ▷ 메일 : …")
            r"|^(?=.*제보)(?=(?:.*?(?:\[(?:카카오톡|전화|메일|이메일)\]|▷\s*(?:카카오톡|전화|메일|이메일)))"
            r"{2}).{0,250}$"
            # (… or the reader asked for a tip, then where to send it: "Har du tips om denne
            # saken? Ring eller send SMS til 55 21 50 00.")
            # (English copy's "Have a news tip? Email us …" is the outlet notes' to read)
            # (the police asking for witnesses is news: "Have a tip? Police asked …")
            r"|^(?!.*(?i:\bpolice\b|\bpoliti|\bpolis\b|\bpolizei))"
            # (Danish "et tip" only to the newsroom: "Har du tip til naboen?" asks of tipping)
            r"(?i:har du (?:et |ett )?tips|har du et tip til (?:os|redaktionen)|vil du tipse"
            r"|vill du tipsa"
            r"|heb je een tip|hebt u een tip"
            r"|onko sinulla (?:uutis)?vinkki|haben sie einen (?:tipp|hinweis)"
            # (… Slovak and Czech "have a tip for us?")
            r"|máte (?:pre nás|pro nás) tip|máš (?:pre nás|pro nás) tip"
            # (… Romanian "have information, a tip …?")
            r"|ai (?:informații|un pont)|aveți (?:informații|un pont))[^?]{0,60}\?\s+"
            r".{0,60}(?:\d{2,}|@|(?i:\bsms\b|\bring\b|mejla|e-?mail|whatsapp)).{0,100}$"
            # (… or the reader who knows of the story asked to write: "Har du viden om sagen,
            # kan du skrive til x@…", Hungarian "… jelezze nekünk!")
            # (… the police asking for witnesses is news: "… kan du kontakte politiet på 114")
            r"|^(?!.*(?i:politi|polis|police))(?i:har du viden om sagen|ved du noget om sagen"
            r"|vet du noe om saken|vet du något om saken)\b.{0,60}(?:@|\d{2,}).{0,40}$"
            r"|^(?i:ha (?:ön|te) is tud)\b.{0,160}(?i:jelezze nekünk|írjon nekünk|írj nekünk)!?$"
            # (… the paper's hotline with its phone and e-mail: "Đường dây nóng Báo X: 0262… –
            # Email: toasoan@…")
            # (… the reader invited to send news to it first: "Mời bạn đọc gửi thông tin, phản ánh
            # về Đường dây nóng của Báo X: 0967… hoặc email …")
            r"|^(?i:(?:mời (?:bạn đọc|quý độc giả|độc giả)[^.!?:]{0,60}?)?đường dây nóng (?:của )?"
            r"(?:báo|tạp chí|tòa soạn))\b[^.!?]{0,60}?\+?\d[\d .()-]{6,}\d"
            r".{0,60}(?:@|(?i:e-?mail)).{0,60}$"
            # (… Hebrew "have information about …? write to us:")
            r"|^(?:יש לכם|יש לך) מידע[^?]{0,80}\?\s*(?:כתבו|שלחו|פנו)(?: לנו| אלינו).{0,80}$"
            # (… Icelandic "news tips may be sent to x@…")
            r"|^(?i:(?:frétta)?ábendingar)\b[^.!?]{0,40}\b(?i:senda|sendist)\b[^.!?]{0,30}@\S+\.?$"
        ),
        "the outlet's tip line",
        max_len=260,
    ),
    LineRule(
        "illustration_note",
        "caption",
        # A picture's note that it only illustrates the story or comes from the archive, alone
        # on its line ("Borítóképünk illusztráció", "Фото иллюстративное", "Symbolbild", "Foto
        # de archivo", "صورة تعبيرية"): about the picture, not the story.
        _rx(
            r"^[(\[（]?(?:[^\W\d_]+\s+)?(?:(?:photo|image|picture|pic)\s+(?:is\s+)?(?:for\s+)?"
            r"illustrat\w*(?:\s+purposes?)?(?:\s+only)?|illustrat(?:ive|ion)\s+(?:photo|image|picture)|"
            r"representational\s+(?:photo|image|picture)|ilustrační (?:foto|snímek)|"
            r"фото для иллюстрации|иллюстрационное фото|"
            r"file (?:photo|picture|image)|stock (?:photo|image)|illusztráció|"
            r"illusztrációs? (?:fotó|kép)|фото\s+иллюстративное|иллюстративное\s+фото|"
            r"ілюстративне\s+фото|фото\s+ілюстративне|(?:foto|imagen|imagem)\s+"
            r"(?:ilustrativa|de archivo|de arquivo|de referencia|referencial)|"
            r"(?:photo|image) d['’]illustration|"
            r"symbolbild|symbolfoto|archivbild|archivfoto|zdjęcie (?:ilustracyjne|poglądowe)|"
            r"(?:foto|immagine) (?:d['’]archivio|di repertorio)|صورة (?:تعبيرية|أرشيفية)|"
            r"(?:תמונת|צילום) אילוסטרציה|illustras?jonsfoto|illustrationsfoto|arkivfoto|arkivbild|"
            r"archieffoto|illustratieve foto|ter illustratie|temsili (?:fotoğraf|görsel)|"
            r"arşiv fotoğrafı|kuvituskuva|arkistokuva|ภาพประกอบ(?:ข่าว)?|ພາບປະກອບ(?:ຂ່າວ)?|"
            # (… Vietnamese, Indonesian, Tamil, Hindi, Bengali, Korean, Chinese, Japanese,
            # Belarusian, Greek: "Ảnh minh họa", "கோப்புப்படம்", "फाइल फोटो", "자료사진", "资料图")
            r"ảnh minh (?:họa|hoạ)|ảnh tư liệu|foto ilustrasi|ilustrasi foto|கோப்புப் ?படம்|"
            r"फाइल फोटो|फ़ाइल फ़ोटो|प्रतीकात्मक (?:तस्वीर|फोटो|चित्र)|ফাইল ছবি|প্রতীকী ছবি|자료 ?사진|"
            r"资料图片?|資料圖片?|示意图|示意圖|資料写真|фота з архіва|φωτογραφία αρχείου"
            # (… Persian "the picture is decorative")
            r"|عکس تزئینی است|تصویر تزئینی است"
            # (… Japanese "the picture is from the files", Tajik "photo from the archive of X")
            r"|写真は資料|акс аз бойгонии\s+\S.{0,30}"
            # (… "photo from open sources" (uk, ru), "archive photos of X" (fr), Arabic "(the
            # picture) from the source", a picture's origin and no one's credit)
            r"|фото (?:з|із) відкритих джерел|фото из открытых источников"
            # (… Lithuanian "illustrative, archive photo")
            r"|(?:asociatyvi|iliustracinė|archyvo)\s+nuotr(?:\.|auka)"
            # (… Kazakh "the pictures were taken from open sources", and its Russian)
            r"|(?:суреттер|фото(?:лар)?)\s+ашық дереккөздерден алын\w*"
            r"|(?:фото|изображения)\s+взяты из открытых источников"
            r"|photos? (?:d['’])?archives?(?:\s+(?-i:[A-Z])[^.!?]{1,40})?"
            r"|(?:الصورة\s+)?(?:من|عن) المصدر"
            # (… a release's note that media are attached, Hebrew "attached: …" (מצ"ב), English
            # "photo attached")
            r"|מצ[\"״]ב\s+\S.{0,40}|(?:photos?|video|pictures?) attached"
            # (… Tajik "photo: from the archive of X")
            r"|акс:\s*бойгонии\s+\S.{0,30})"
            # (… its source after it, bracketed or past a pipe: "صورة أرشيفية (عرب 48)",
            # "Imagen referencial | Agencia Uno")
            r"(?:\s*[(（][^()（）]{1,30}[)）]|\s+\|\s+[^|]{1,30})?[.)\]）]?$"
        ),
        "notes that a picture is an illustration or from the archive",
        max_len=60,
    ),
    LineRule(
        "typo_prompt",
        "promo",
        # The site's prompt to report a typo with Ctrl+Enter ("Якщо ви помітили помилку,
        # виділіть необхідний текст і натисніть Ctrl+Enter …", "Нашли опечатку? …"): the
        # key combination says what it is in any language.
        _rx(
            r"^.{0,200}\bctrl\s*\+\s*enter\b.{0,200}$"
            # The invitation to report an error, the outlet the one to tell ("Si detectes algun
            # error en aquesta informació, ens ho pots fer saber escrivint a …", "Spotted a
            # mistake? Let us know at …"): the error in its opening words, then the newsroom's
            # first person or its corrections address (not in quotes: someone's words; not
            # in the site's menu of links: "Support HKFP | … | Error/typo? | Contact Us").
            r"|^(?![\"“”„«»'‘’])(?!.*\|)(?=(?:[^.!?]{0,200}[.!?]\s+)?"
            # (the reader addressed opening the sentence: "If you …", "Si detectes …", a
            # question, "Spotted …"; "The error affected 3,000 taxpayers …" is a story's)
            r"(?:(?:if you|si |se |wenn sie|jos |als je|als u |jeśli|jeżeli|если|якщо|ha |eğer|"
            r"ако |hai |avez-vous|haben sie|har du|[¿¡]|spotted|found|seen|noticed|see |encontrou|"
            r"ziet u|zie je|"
            r"encontró|viste|nalezli|našli|нашли|знайшли|zauważyłeś|zauważyłaś|fehler gefunden|"
            r"märkasid|leidsid|"
            r"trouvé)"
            r".{0,60}?\b(?:errors?|mistakes?|typos?|inaccurac(?:y|ies)|erreurs?|coquilles?|"
            r"error(?:es)?|errore|refuso|erros?|errata|fehler|fout(?:en)?|błąd|błędy|błędu|"
            r"ошибк\w*|помилк\w*|hat[aâ]\w*|hib[aá]\w*|fel|feil|fejl|virhe\w*|grešk\w*|lỗi|"
            r"kesalahan|грешк\w*|\w*virhe\w*|viga|vea)\b"
            # (… or the error found, as a question: "Fehler gefunden? Schreiben Sie uns …")
            r"|(?:fehler|error|mistake|typo|erreur|errore|erro|fout|błąd|ошибку|помилку)\s+"
            r"(?:gefunden|entdeckt|spotted|found|repérée?|trouvée?|trovato|encontrado|gezien|"
            r"gevonden|znaleziony|нашли|знайшли)\b))"
            r"(?=.{0,300}?(?:\b(?:let us know|tell us|contact us|write to us|e-?mail us|notify us|"
            r"jetzt melden|hier melden|"
            r"escr[ií]benos|av[ií]sanos|h[aá]znoslo saber|cont[aá]ctanos|ens ho pots fer saber|"
            r"escriu-nos|avisa['’]ns|ens ho podeu fer saber|feu-nos-ho saber|avise-nos|escreva-nos|"
            r"informe-nos|fale conosco|contacte-nos|"
            r"signalez-(?:le|la|nous)|[ée]crivez-nous|faites-le-nous savoir|segnalacelo|scrivici|"
            r"faccelo sapere|schreiben sie uns|teilen sie (?:es )?uns|lassen sie es uns wissen|"
            r"melden sie (?:ihn |es |den fehler )?uns|diga-nos|diz-nos|mail de redactie|"
            r"laat het (?:ons )?weten|mail ons|napisz do nas|daj(?:cie)? nam znać|"
            r"напишите нам|сообщите нам|напишіть нам|повідомте нам|bize (?:bildirin|yazın)|"
            r"írjon nekünk|meddela oss|skriv till oss|skriv til os|mejla oss|ни пишете|пишете ни|"
            r"toimitukselle|anna (?:sellest )?teada|kirjuta meile|"
            # (… or the newsroom named: "Escreva para a redação …", "… на редакцията")
            r"(?:escreva|escriba|escribe|écrivez|schreiben sie|napisz|напишите|напишіть|пишете)"
            r"\b.{0,20}(?:redação|redacción|rédaction|redaktion|redakcj\w*|редакци\w*))\b"
            r"|\b(?:corrections?|correcciones|rectificacions|rectificaciones|correcoes|correções|"
            r"errata|fehler|erreurs?|correzioni|rettifiche)@))"
            r".{0,300}$"
            # (… in Chinese and Hebrew: "如有錯誤，歡迎來信指正：…", "מצאתם טעות בכתבה? נשמח
            # שתעדכנו אותנו.", an accuracy pledge maybe before it)
            r"|^(?:[^.!?。]{0,200}[.!?。]\s*)?(?:(?:如有|若有|如發現|如发现|若發現)[^，。]{0,8}?(?:錯誤|错误|錯漏|"
            r"错漏|錯字|错字)[^。]{0,20}?(?:來信|来信|指正|告知|聯繫|联系)"
            r"|(?:מצאתם|ראיתם|מצאת|ראית) (?:טעות|שגיאה)[^.!?]{0,40}[.!?]?\s*(?:נשמח|כתבו|עדכנו|"
            r"ספרו|פנו))"
            r".{0,200}$"
        ),
        "the site's prompt to report an error",
        max_len=400,
    ),
    LineRule(
        "ethics_note",
        "syndication",
        # The outlet's statement that it works by the press council's code ("Iltalehti noudattaa
        # Julkisen sanan neuvoston Journalistin ohjeita.", "… arbeider etter Vær Varsom-plakatens
        # regler …", "… is regulated by IPSO"): the verb of following and the code's name,
        # about the outlet: its name (or "we", "this website") of a few words opening the line,
        # no clause before the verb nor after it ("The Daily Mail, which is regulated by IPSO,
        # said …", "PFU kom fram til at avisen hadde brutt Vær Varsom-plakatens regler …" and
        # "… regulated by IPSO, but the Guardian … are not" are news on the press council).
        _rx(
            r"^(?!.*\b(?:said|says|told|ruled|found|sagte|betonte)\b)"
            # (… after the publisher's line: "X julkaisee X Oy. Päätoimittaja vastaa …")
            r"(?:[^.!?\"“”„«»]{1,80}[.!?]\s+)?"
            r"(?:[^\s,;:\"“”„«»]+\s){1,6}?(?:noudattaa (?:julkisen sanan neuvoston (?:\(jsn\) )?"
            r"|jsn:n )?journalistin ohjeita|on sitoutunut noudattamaan (?:\S+\s){0,5}?"
            r"journalistin ohjeita|vastaa sisällöstä journalistin ohjeiden mukaisesti"
            r"|(?:arbeider|jobber) (?:etter|i tråd med) vær varsom|følger vær varsom"
            r"|(?:följer|arbetar (?:enligt|efter)) (?:de )?(?:pressetiska|publicistiska) "
            r"(?:regler|reglerna)"
            r"|(?:følger|arbejder efter) (?:de )?(?:presseetiske|vejledende) regler"
            r"|(?:hält sich an|halten uns an|verpflichtet sich (?:zur einhaltung|auf)) "
            r"(?:den |dem )?pressekodex"
            r"|(?:is|are) regulated by (?:the )?(?:ipso|independent press standards "
            r"organisation|impress)"
            r"|(?:subscribes?|adheres?|abides?|complies|comply|is committed) (?:to|by|with) "
            r"(?:the )?(?:independent press standards organisation['’]s |ipso['’]s )?"
            r"(?:editors['’]? code|ipso|press council['’]s code)"
            # (… or is a member of it: "The ODT is a member of the New Zealand Media Council.
            # Complaints about this article should be made to the editor …")
            r"|(?:is|are) (?:a )?members? of (?:the )?(?:\S+\s){0,4}?(?:media|press|news media) "
            r"(?:council|complaints commission|ombudsman)(?=\s*\.)"
            # (no clause after it in its sentence; the next sentence may say whom to write to)
            # (… or a member of the publishers' body that keeps it: "X er medlem av Norsk
            # Presseforbund og følger …", "X är medlem i Tidningsutgivarna")
            # (the sentence stops there or goes on to the code: "… og har klaget saken inn for
            # PFU" is news)
            r"|(?:er|är) medlem (?:av|af|i) (?:norsk presseforbund|pressens faglige utvalg"
            r"|tidningsutgivarna|danske medier)(?=\s*(?:\.|$|og følger|og arbeider|og arbejder"
            r"|och följer|och arbetar))"
            r"|houdt zich aan de code van de raad voor de journalistiek)\b[^,;.]{0,200}"
            r"(?:\.(?:\s.{0,300})?)?$"
        ),
        "the outlet's statement that it follows the press council's code",
        max_len=450,
    ),
    LineRule(
        "share_prompt",
        "promo",
        # (… and the reactions widget's question, "How does this make you feel?")
        _rx(
            # (… Welsh "share this page")
            r"^(share (this|on)\b|click (here )?to share\b|share:|share article\b"
            r"|rhannu['’]r (?:dudalen|erthygl|stori) hon\b"
            # (… "share this story with your friends" and its forms: Amharic, French, Spanish,
            # German, Italian, Portuguese, Russian, Ukrainian)
            r"|share this (?:story|article|news|post) with\b|ይህንን (?:ዜና|ጽሑፍ) ለ\S+ ያጋሩ"
            r"|partagez cet article\b|comparte (?:esta noticia|este artículo)\b"
            r"|teilen sie diesen artikel\b|condividi (?:questo articolo|questa notizia)\b"
            r"|compartilhe (?:esta notícia|este artigo)\b|поделитесь (?:этой новостью|с друзьями)"
            r"|поділіться (?:цією новиною|з друзями)"
            r"|how does this (?:story |article )?make you feel\??$)"
        ),
        "share-button labels",
        max_len=120,
    ),
    LineRule(
        "site_tagline",
        "promo",
        # The site's address and its tagline, alone on a line ("Fratmat.info, toute l'actualité
        # de la Côte d'Ivoire", "Harbour.news – all the news from the coast"): its masthead.
        _rx(
            r"^(?:www\.)?[\w-]{2,30}\.[a-z]{2,6}\s*(?:[,:|]|\s[–—-])\s*(?:toute l['’]actualité|"
            r"l['’]actualité|all the news|the latest news|toda la actualidad|todas las noticias|"
            r"todas as notícias|tutte le notizie|alle nachrichten|alle news|het laatste nieuws)"
            r"\b[^.!?]{0,60}\.?$"
        ),
        "a site's address and tagline as its masthead line",
        max_len=120,
    ),
    LineRule(
        "station_line",
        "signoff",
        # A broadcaster's name with its frequency, alone on its line ("Freedom Radio 99.5 FM
        # Kano", "ብስራት ኤፍ ኤም 101.1"): the station signing its copy, no sentence.
        _rx(
            r"^(?:(?-i:[A-ZÀ-Þ])[\w'’&-]*|[^\x00-\u024f\s\d]+)(?:\s+(?:(?-i:[A-ZÀ-Þ])[\w'’&-]*"
            r"|[^\x00-\u024f\s\d]+)){0,3}\s"
            r"(?:\d{2,3}[.,]\d\s?(?:fm|mhz)|(?:fm|ኤፍ ኤም)\s?\d{2,3}[.,]\d)"
            r"(?:\s+(?-i:[A-ZÀ-Þ][\w'’-]+)){0,2}$"
        ),
        "a station's name and frequency signing its copy",
        max_len=70,
    ),
    LineRule(
        "thanks_line",
        "promo",
        # The outlet thanking its reader for reading or for being with it, a line alone
        # ("Thanks for reading.", "Спасибо, что вы с нами!", "ዘወትር፦ ከእኛ ጋር ስላሉ
        # እናመሰግናለን!"): the outlet's voice closing the copy, never the story's.
        _rx(
            r"^(?:\S{1,12}፦\s*)?(?:thanks?(?: you)?(?: so much| very much)? for "
            r"(?:reading|being with us|watching"
            r"|listening|your (?:support|loyalty))"
            r"|merci de (?:nous )?(?:lire|votre (?:lecture|fidélité))"
            r"|gracias por (?:leer(?:nos)?|acompañarnos|estar con nosotros)"
            r"|obrigad[oa] por (?:ler|nos ler|acompanhar|estar conosco)"
            r"|danke (?:fürs lesen|für ihre treue)|grazie per (?:aver letto|la lettura)"
            r"|спасибо,? что (?:читаете|вы с нами)|дякуємо,? що (?:читаєте|ви з нами)"
            r"|(?:okuduğunuz|bizi takip ettiğiniz) için teşekkür\w*"
            r"|شكر[اً]* لمتابعتكم|ከእኛ ጋር ስላሉ እናመሰግናለን)\s*[.!።]*$"
        ),
        "the outlet thanking its reader",
        max_len=80,
    ),
    LineRule(
        "thanks_for_source",
        "syndication",
        # Thai copy closes with whom it thanks for its information, pictures or clip
        # ("ขอบคุณข้อมูลจาก ข่าวช่อง 8", "ขอบคุณข้อมูลและภาพ : X"): the source's credit line,
        # not the story's (the picture's alone, "ขอบคุณภาพจาก X", is a caption's credit).
        re.compile(
            r"^ขอบคุณ(?:ข้อมูล|คลิป|วิดีโอ)(?:\s*(?:และ|,)\s*(?:ข้อมูล|ภาพ|คลิป|วิดีโอ))*"
            r"\s*(?:จาก|โดย)?\s*[:：]?\s*\S[^.!?]{0,80}$"
            # (… the picture's alone, "from" and the name, no colon: "ขอบคุณภาพจาก กรุงเทพมหานคร";
            # with its colon it is a caption's credit line, read as one)
            r"|^ขอบคุณภาพ\s?จาก\s+[^\s:：][^.!?:：]{0,80}$"
        ),
        "the Thai line crediting the copy's sources",
        max_len=120,
    ),
    LineRule(
        "contributed_by",
        "syndication",
        # A Chinese release names who filed it in brackets under the story ("（厦门市人民政府
        # 新闻办公室 供稿）", contributed by): the sender's line, not the story's.
        # (a caption naming who gave the picture, "（图为…，X供图）", is the picture's: not here)
        re.compile(
            r"^[（(](?!\s*(?:图为|圖為))\s*[^（）()]{2,40}?\s*(?:供稿|供图|供圖|來稿|来稿)\s*[)）]$"
        ),
        "the office a Chinese release was contributed by",
        max_len=60,
    ),
    LineRule(
        "press_contact_line",
        "signoff",
        # The sender's contact line under a release: a contact's or press office's label, then
        # a telephone number ("联系人：陈女士 联系电话：0592-…", "Прес-служба КМДА тел.: (044)
        # 202-76-04 … e-mail: press@…"); a story's "call the police on …" has no such label.
        _rx(
            r"^(?:联系人|聯絡人|联系电话|聯絡電話|联系方式|聯絡方式"
            # (English "Media contact:" opens a release's closing section: release_trailer's)
            r"|прес-служба|пресс-служба|pressestelle|service de presse"
            r"|oficina de prensa|biuro prasowe|tiskové oddělení"
            # (… the Austrian releases' "queries to", Japanese "inquiries", Korean "inquiry")
            r"|rückfragehinweis|rückfragen an\s*:|問合せ先|問い合わせ先|お問い合わせ先?|문의처"
            # (… the paper's subscription service: "Abo und Zustellung: Tel. …", "Leserservice:")
            r"|abo(?:service|nnement)?(?: und zustellung)?\s*:|leserservice\s*:|aboservice\s*:"
            r"|kundenservice\s*:|service abonnés\s*:)"
            # (… a telephone's own label before the number: "Прес-служба ДСНС: 12.03.2024 у
            # Києві …" reports; a title's dot on the way: "Mag. Karin Auer Tel.: …")
            r"(?:[^.!?]|(?<=\b[A-Z][a-z]{2})\.){0,100}?"
            r"(?:\b(?:tel|тел|phone|telefon|teléfono|téléphone|telefone)\.?"
            r"|联系电话|聯絡電話|电话|電話)\s*[:：]?"
            r"\s*[+(]?\d[\d ()./-]{6,}[^!?]{0,120}$"
            # (… or a telephone's or an address's line of its own under such a label: "тел.:
            # (044) 202-76-04, 202-79-66", "e-mail: press@kmda.gov.ua")
            r"|^(?:tel|тел|phone|telefon|teléfono|téléphone|telefone|fax|факс|电话|電話|传真|傳真"
            r"|联系电话|聯絡電話)"
            r"\.?\s*[:：]\s*[+(]?\d[\d ()./,-]{6,}$"
            r"|^(?:e-?mail|email|courriel|ел\.\s?пошта|эл\.\s?почта|邮箱|電郵)\s*[:：]\s*"
            r"[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}$"
        ),
        "the sender's contact line under a release",
        max_len=220,
    ),
    LineRule(
        "reaction_prompt",
        "promo",
        # The reaction widget's question left in the copy ("यो खबर पढेर तपाईंलाई कस्तो महसुस
        # भयो ?", "How did you feel after reading this article?"): the page's, not the story's.
        _rx(
            r"^(?:यो (?:खबर|समाचार) पढेर तपाईं?लाई कस्तो महसुस भयो|यह खबर पढ़कर आपको कैसा लगा"
            r"|how did you feel after reading this (?:news|article|story)"
            r"|what (?:did|do) you think of this (?:news|article|story)"
            r"|wie (?:fanden|finden) sie (?:diesen artikel|diese nachricht))\s*[?？।]?$"
        ),
        "a reaction widget's question",
        max_len=80,
    ),
    LineRule(
        "gallery_count",
        "label",
        # A gallery's label and how many pictures it holds, left where the gallery stood
        # ("อัลบั้มภาพ 8 ภาพ", "Galería: 12 fotos", "Bildergalerie (14 Bilder)", "12 photos").
        _rx(
            r"^(?:(?:อัลบั้มภาพ|แกลเลอรี่?|photo gallery|gallery|galería(?: de fotos)?"
            r"|galeria(?: de fotos| zdjęć)?|galerie(?: photos?)?|galleria(?: fotografica)?"
            r"|fotogalerie|bildergalerie|fotogalerij|fotogaléria|fotogalerija|фотогалерея"
            r"|фотогалерија|γκαλερί)\s*[:(（–—-]?\s*)?\d{1,3}\s*(?:ภาพ|photos?|pictures?|images?"
            r"|fotos?|bilder|fotek|fotografií|zdjęć|фото|φωτογραφίες|kuvaa|kép|immagini|foto's)"
            r"\s*[)）]?$"
        ),
        "a gallery's picture count left in the copy",
        max_len=60,
    ),
    LineRule(
        "outlet_reminder",
        "promo",
        # The Taiwanese outlets' standing reminder under a story ("《NOWnews今日新聞》提醒您：
        # 喝酒不開車…", "ETtoday提醒您：…"): the outlet, in its brackets or by a news word of
        # its name, reminding the reader (the police's "警方提醒民眾…" is the story's).
        re.compile(
            r"^(?:《[^《》]{2,24}》|\S{0,16}(?:新聞網?|新闻网?|日報|日报|電視台|电视台|(?i:today|news|tv)))"
            r"\s*(?:關心您|关心您)?\s*提醒(?:您|你)\s*[:：]"
        ),
        "an outlet's standing reminder to its readers",
        max_len=160,
    ),
    LineRule(
        "line_friend_call",
        "promo",
        # The Japanese papers' call to add their official LINE account as a friend ("▼佐賀新聞
        # 公式LINEを友だち追加すると、…お届けします"): the outlet's channel promo.
        # (the call's form: a mark leading it, or the outlet's offer closing it; "詐欺グループは偽
        # の公式LINEに友だち追加させ、…だまし取っていた。" reports)
        re.compile(
            r"^[▼▽■□●◆◇▶►☆★※【]\W{0,2}[^。]{0,30}(?:公式LINE|LINE公式アカウント|公式ライン)"
            r"\S{0,4}?(?:を|に|の)?(?:友だち|友達)(?:追加|登録)[^。]{0,80}。?$"
            r"|^[^。]{0,30}(?:公式LINE|LINE公式アカウント|公式ライン)\S{0,4}?(?:を|に|の)?"
            r"(?:友だち|友達)(?:追加|登録)[^。]{0,80}(?:お届けします|ください|しよう|しましょう"
            r"|できます|受け取れます)。?$"
        ),
        "a call to add the outlet's LINE account",
        max_len=160,
    ),
    LineRule(
        "copyright_line",
        "copyright",
        # "Copyright lawyers said…" is a sentence: the word alone needs a year or a © after it.
        # "Hak cipta ©", "Droits d'auteur ©": the word in other languages, with the mark.
        # A line that opens with the mark is a notice however long its terms of reuse run
        # ("© Riproduzione riservata. I contenuti … non possono essere ripubblicati …"): no
        # story paragraph opens with © (or the circled c Korean papers set: "ⓒ매일신문").
        _rx(
            r"^(?:(?:[©ⓒⒸ]|【(?:版权声明|版權聲明)】|"
            r"(?:copyright|hak cipta|droits d'auteur|derechos de autor|urheberrecht)"
            r"\s*(?:©|\(c\)))\s*(?:\d{4})?.{0,280}|copyright\s+\d{4}\b.{0,120}|"
            # "(c)" before a lower-case word is the third item of a list ("(c) the minister …").
            r"\(c\)\s(?!(?-i:[a-z])).{0,120}"
            # (… or the word as a label before its holders, no sentence: "Copyright: Süddeutsche
            # Zeitung Digitale Medien GmbH / Süddeutsche Zeitung GmbH")
            r"|copyright\s*[:：]\s*(?-i:[A-Z0-9À-Þ\u3040-\u9fff])[^.!?\"“”„«»]{1,150}\.?)$"
        ),
        "copyright notices of the agency or publisher",
        max_len=300,
    ),
    LineRule(
        "rights_reserved",
        "copyright",
        # The legal formula closing the notice, or opening it before the terms of reuse
        # ("Alle rechten voorbehouden. Overname …"), as the languages of the wires word it.
        # (… or opening it, then whose the rights are: "جميع الحقوق محفوظة لشركة أرقام © 2019")
        _rx(
            rf"^(?:.{{0,100}}\b(?:{_RIGHTS_RESERVED})\.?"
            # (… a notice opening with its word, the formula, then its terms: "Copyright by
            # JTBC(…) and JTBC Content Hub Co., Ltd. All Rights Reserved. 무단 전재 … 금지")
            # (AP's "This material may not be published …" after it: reproduction_notice's)
            rf"|(?!.*\bthis (?:material|article|story|content) may not be\b)"
            rf"(?:copyright\s*(?:by\b|©|\(c\)|\d{{4}}|[:：])|[©ⓒ]).{{0,100}}\b(?:{_RIGHTS_RESERVED})"
            rf"\.?\s+\S.{{0,150}}"
            rf"|(?:{_RIGHTS_RESERVED})\.\s+\S.*"
            rf"|(?:{_RIGHTS_RESERVED})\s[^.!?\"“”„«»]{{1,100}}"
            # (… the holder after it, then the terms: "جميع الحقوق محفوظة © الشروق اليومي 2009. يمنع
            # نقل أو نشر المقال دون ذكر المصدر.")
            rf"|(?:{_RIGHTS_RESERVED})\s+[©ⓒ][^.!?\"“”„«»]{{1,80}}[.!]\s+\S.{{0,200}}"
            # (… or a word or two into the notice's first sentence, then its terms: "Autorská
            # práva k obsahu vydání jsou vyhrazena a vykonává je vydavatel …"; no one's words)
            rf"|(?!.*\b(?:said|says|told|dijo|disse|sagte|a déclaré|ha detto)\b)"
            rf"(?:\S+\s){{1,2}}(?:{_RIGHTS_RESERVED})\b.{{0,240}})$"
        ),
        "rights-reserved notices",
        max_len=300,
    ),
    LineRule(
        "copyright_year",
        "copyright",
        # A short line carrying the copyright sign and its year, in any language and digits
        # ("រក្សាសិទ្ធិគ្រប់យ៉ាងដោយ កម្ពុជាថ្មី © ២០២៤"): no story line holds the pair.
        # (a few words after it at most: "The logo © 2019 belongs to the club, he said.")
        _rx(r"^[^\"“”„«»]{0,150}?(?:[©ⓒ]\s*\d{4}|\d{4}\s*[©ⓒ])(?:\s*[^\s\"“”„«»]+){0,3}\s*$"),
        "a line holding the copyright sign and its year",
        max_len=220,
    ),
    LineRule(
        "original_article",
        "syndication",
        # "Read the original article on Daily News.": the syndicator's pointer to its source;
        # "Published in Dawn, June 12th, 2024": the paper's note of its print edition (dated).
        _rx(
            r"^(?:(?:read|view|see) the original (?:article|story|post|version|report)\b"
            r"[^\"“”]{0,80}"
            r"|(?:originally |first )?published (?:in|on) (?=[^.!?]*\d)[^.!?\"“”]{2,60}"
            # (… the piece saying where it first ran, in Persian: "این گزارش در … منتشر شده
            # است."; English "This article was first published in X." is syndication_notice's)
            # (… a newspaper's issue: "در مجله علمی نیچر منتشر شده" names a study's journal)
            # (… the paper's print edition: "Published in the print edition of X", Serbian and
            # Croatian "Објављено у штампаном издању „Политике”")
            r"|(?:published|appeared) in (?:the )?print edition\b[^.!?\"“”]{0,60}"
            r"|објављено у штампаном издању.{0,60}"
            r"|objavljeno u (?:štampanom|tiskanom) izdanju.{0,60}"
            # (… Japanese "this article appeared in X's morning edition of October 1")
            r"|この記事は.{1,40}(?:朝刊|夕刊|紙面|本紙)(?:に|で)掲載(?:された|し)(?:もの)?(?:です)?。?"
            # (… Hebrew "first published in the newspaper X")
            r"|פורסם לראשונה (?:ב|בעיתון |במוסף )\S.{0,60}"
            # (… Nepali "this news is published in today's issue of X")
            r"|यो (?:समाचार|खबर)\s.{0,60}(?:अंकमा|अङ्कमा)\s*प्रकाशित\s*(?:छ|भएको छ)।?"
            r"|این (?:گزارش|مطلب|خبر) در (?=[^.!?]*(?:شماره|روزنامه))[^.!?\"“”]{2,80} منتشر شده"
            r"(?: است)?\.?)$"
        ),
        "pointers to the copy's original publication",
        max_len=160,
    ),
    LineRule(
        "rights_reserved_cjk",
        "copyright",
        re.compile(_CJK_RIGHTS),
        "rights notices of Chinese, Japanese and Korean copy",
        max_len=120,
    ),
    LineRule(
        "editor_line",
        "signoff",
        # Chinese news closes with its desk's editor in brackets: "【责任编辑：王俊峰】",
        # "（編輯：林小明）"; Taiwan's CNA adds the date in the ROC calendar ("…）1140903").
        re.compile(
            r"^[【\[（(]\s*(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s*[:：]\s*[^】\]）)]{1,20}[】\]）)]"
            r"(?:\d{6,8})?$"
        ),
        "the desk editor's line closing Chinese news copy",
        max_len=40,
    ),
    LineRule(
        "desk_reporter_line",
        "signoff",
        # Japanese papers close with the desk and the reporter in brackets ("（北部報道部・比嘉
        # 翔太）", "（社会部・山田太郎）", "（那覇支局・金城純）"): a desk's word ends the first
        # part.
        re.compile(r"^[（(][^（）()・･]{1,12}(?:部|局|社|班|室)[・･][^（）()・･]{1,12}[）)]$"),
        "the desk and the reporter signing Japanese copy",
        max_len=40,
    ),
    LineRule(
        "continues_after_ad",
        "ad",
        # "Artikkel jätkub pärast reklaami", "Tekst wird nach der Werbung fortgesetzt": a short
        # line, no sentence, with a word of the ad's stem, one of going on and one of where
        # ("after", "below"), in any inflection ("Streit um Werbung geht weiter" is a headline;
        # "Reklamacje" are complaints).
        _rx(
            r"^(?=(?:\S+\s+){1,6}\S+$)(?!.*[.!?:。]$)"
            r"(?=.*(?<!\w)(?:reklam(?!acj)|reklaam|reclam|advertisement|ads?\b|anzeig|werbung|publicit"
            r"|publicid|pubblicit|mainos|annons|annonc|iklan|реклам)"
            # … or the video set in the copy, with the words of the text going on ("Dalsza część
            # artykułu pod materiałem wideo"; "Video after the crash continues to circulate" is
            # a crosshead)
            r"|(?=.*(?<!\w)(?:wideo|video|vídeo|відео|видео))"
            r"(?=.*(?<!\w)(?:artyku|artikel|article|articol|artículo|articolo|artigo|članak|článok"
            r"|čl[aá]nek|cikk|text|tekst|teksti|texto|testo|story|stat|материал|текст|стат)))"
            r"(?=.*(?<!\w)(?:after|below|beneath|efter|nach|unter|pärast|alla|después|despues|dopo|après|apres"
            r"|após|apos|abaixo|debajo|sotto|na|po|pod|poniżej|után|alatt|jälkeen|sonra|altında"
            r"|setelah|selepas|sesudah|di\s+bawah|onder|etter|under|после|под|ниже|nakon|ispod)(?!\w))"
            r"(?=.*(?<!\w)(?:jätk|continu|fortgesetzt|weiter|pokrač|ciąg|dalsz|folyt|devam"
            r"|sigue|segue|prosegu|verder|fortsätt|fortsett|fortsæt|jatk|berlanjut|продолж))"
        ),
        "a note that the copy goes on after an ad slot",
        max_len=80,
    ),
    LineRule(
        "advice_disclaimer",
        "syndication",
        # Financial copy's notice that it is no advice to buy or sell ("This article does not
        # constitute investment advice.", "ข่าวนี้เป็นการเผยแพร่ข้อมูล… มิใช่การชี้นำให้ซื้อหรือขาย
        # หลักทรัพย์", "אין לראות באמור לעיל המלצה …", "Keine Anlageberatung."): the advice
        # denied, in the wires' languages, a short paragraph of its own.
        _rx(
            # (no one's words: "… are not a recommendation to buy, analysts noted" is news)
            r"^(?!.*\b(?:said|says|told|noted|added|according to|dijo|sagte|a déclaré)\b)"
            r".{0,200}?(?:(?:is|are|does|do|should|shall) not (?:be )?(?:intended (?:as|to be)|"
            r"constitute|represent|(?:be )?construed as)\s(?:an? )?(?:investment|financial|trading)"
            r" (?:advice|recommendation)|(?:is|are) not (?:an? )?(?:investment|financial) advice"
            r"|(?:is|are) not a recommendation to (?:buy|sell)"
            r"|keine (?:anlageberatung|anlageempfehlung|kauf- oder verkaufsempfehlung)"
            r"|no constituye (?:una )?(?:recomendación|asesoramiento) de (?:inversión|compra)"
            r"|ne constitue (?:pas )?(?:un )?conseil (?:en investissement|d'investissement)"
            r"|non costituisce (?:una )?(?:sollecitazione|consulenza|raccomandazione)"
            r"|มิใช่การชี้นำให้ซื้อหรือขาย|אין לראות באמור (?:לעיל )?(?:המלצה|ייעוץ)"
            r"|投资有风险|不构成投资建议|不構成投資建議|投資勧誘を目的とするものではありません"
            # (… "investing carries risk; study the information first", Thai and English)
            r"|การลงทุนมีความเสี่ยง|investing (?:involves|carries) risks?)"
            r".{0,200}$"
        ),
        "a notice that the copy is no advice to buy or sell",
        max_len=400,
    ),
    LineRule(
        "newsroom_signoff",
        "signoff",
        # A Spanish-language paper's desk signing the copy with its city ("REDACCIÓN BOGOTÁ",
        # "Redacción Madrid"): the word and a place, alone on the line.
        re.compile(
            r"^(?:REDACCIÓN|Redacción|REDACCION|Redaccion)\s+[^\W\d_]+(?:\s[^\W\d_]+){0,2}$"
            # (… and a web desk signing in English, as India's papers do: "Web Desk")
            r"|^(?i:web desk|news desk|web team|digital desk|online desk)$"
        ),
        "the newsroom signing the copy",
        max_len=40,
    ),
    LineRule(
        "transmission_time",
        "signoff",
        # The day, hour and minute the copy moved, its month in capitals and its year, as the
        # Italian and Iberian services close it ("201745 SET 12", "141120Z MAR 24"); kept by a
        # structured format's body, where no 7901 trailer reads it.
        re.compile(
            r"^(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d(?:Z\s+|\s+(?:[A-Z]{3,4}\s+)?)"
            r"[^\W\d_a-z]{3,4}\.?\s+(?:\d{4}|\d{2})$"
        ),
        "the time the copy moved, closing it",
        max_len=30,
    ),
    LineRule(
        "end_mark",
        "signoff",
        # The marks that end a piece of copy on the wire: "-30-", "###", "ENDS", "(END)", and
        # the word "end" alone as the wires of other languages send it ("MWISHO", "КОНЕЦ",
        # "(끝)", "（完）").
        _rx(
            r"^(?:[-–—=]+\s*(?:30|0)\s*[-–—=]+|#{3,}|\*{3,}|(?:\*\s){2,}\*|(?:--\s*){3,}|"
            # ("ENDIT", "ENDALL": the US syndicates' end of the story, of the package; ANPA's
            # "END" and the story's slug in capitals, "END ALGAE BILL"; "END LIEBOWITZ" signs
            # with a writer's name: a sign-off, read as one)
            r"(?-i:END(?: [A-Z0-9][A-Z0-9-]*){2,3})$|"
            # ("END EMBARGOED STORY", "END ADVANCE": the end of a story held for release)
            r"[-–—(\[（/]*\s*(?:(?-i:END(?: OF)?(?: EMBARGOED| ADVANCE| ADV)?(?: STORY| ITEM| COPY)"
            r"|END ADVANCE|END ADV)|"
            r"end|ends|endit|endall|fin|ende|fim|slut|slutt|einde|mwisho|tamat|konec|koniec|"
            r"конец|кінець|край|τέλος|sfârșit|loppu|vége|hết|סוף|انتهى|"
            # Persian "end of message" (ISNA, IRNA) and "end", Pashto "end", Hindi "ended".
            r"انتهای پیام|پایان|پای|समाप्त|"
            # (… Scottish Gaelic and Irish "end", Welsh "end", Maltese "end": "-- Crìoch --")
            r"crìoch|críoch|diwedd|tmiem)"
            # (… and "以上", "that is all", closing a Japanese release on a line of its own)
            r"\s*[-–—)\]）/]*\.?|[(（]\s*(?:끝|完|了)\s*[)）]|以上)$"
        ),
        "end-of-copy marks the wire sends after the story",
        max_len=20,
    ),
    LineRule(
        "disclosure_statement",
        "syndication",
        # The Conversation's disclosure closing every article it syndicates ("X does not work
        # for, consult, own shares in or receive funding from any company …"): its formula.
        _rx(r"\bdoes not work for, consult, own shares in or receive funding from\b"),
        "the authors' standard disclosure of funding and interests",
        max_len=800,
    ),
    LineRule(
        "rule_line",
        "signoff",
        # A line of one mark repeated across the copy ("*****…", "=====…"): a typewriter's
        # rule under the headline or between items (Hong Kong's government releases), no text.
        # (… or drawn with box-drawing lines: "──────", "━━━━━━", Japanese mailed bulletins')
        RULE_LINE,
        "a rule of repeated marks drawn across the copy",
        max_len=200,
    ),
    LineRule(
        "embargo_notice",
        "note",
        # An embargo on the copy, not a trade embargo, a benefit block (Sperrfrist) or a
        # heading: the desk's label in capitals or with its colon, and the time it ends.
        _rx(
            # (… shouted in the wires' other languages: "ΑΥΣΤΗΡΗ ΑΠΑΓΟΡΕΥΣΗ ΔΗΜΟΣΙΕΥΣΗΣ ΠΡΙΝ ΑΠΟ ΤΙΣ
            # 12:00 …", "SPERRFRIST", "NE PAS PUBLIER AVANT", "NO PUBLICAR ANTES")
            # (… set off by stars: "*** JULKAISUVAPAA KESKIVIIKKONA 13.11.2024 KLO 6.00 ***")
            # (… after a word or two in capitals: "MATERIAL SOB EMBARGO ATÉ 12/06/2024")
            r"^[*#]*\s*(?:(?-i:(?:[A-ZÀ-Ý]{2,12}\s){0,2}EMBARGO(?:ED)?|HOLD FOR RELEASE|"
            r"(?:ΑΥΣΤΗΡΗ\s+)?ΑΠΑΓΟΡΕΥΣΗ\s+ΔΗΜΟΣΙΕΥΣΗΣ|"
            r"SPERRFRIST|NE PAS PUBLIER|NO PUBLICAR|NÃO PUBLICAR|NON PUBBLICARE|NIE PUBLIKOWAĆ|"
            r"JULKAISUVAPAA|PUBLICERAS TIDIGAST|MÅ IKKE PUBLISERES FØR)\b|"
            # (… Hebrew and Arabic "embargo", "publication ban")
            r"(?:embargo(?:ed)?|sperrfrist|אמברגו|حظر النشر)\s*:|"
            r"not for (?:publication|release|broadcast)\b[^.]{0,60}\b(?:before|until)\b)"
            r"(?=.{0,120}\d)"
        ),
        "embargo notices to the desks that print the copy",
        max_len=250,
    ),
    LineRule(
        "editors_note",
        "note",
        # The desk's notes to editors, not the story: a paragraph wholly in brackets opening
        # with the desk's verb ("(Adds minister's quotes in paragraphs 4-6)", "(Corrects
        # spelling of name in paragraph 5)"), or one opening with "Eds:" ("Eds: UPDATES with
        # vote count"). An "Editor's note: this story was updated…" is the readers' and stays
        # (two news-dev/aeb-dev truth bodies keep theirs).
        _rx(
            r"^(\((adds|updates|corrects|recasts|changes|removes|fixes|refiles|repeats|"
            r"rewrites|inserts|deletes|clarifies|advances|moves|releases)\b[^()]{0,200}\)"
            r"|eds?\s*:\s*\S.*)$"
        ),
        "notes to editors that open agency copy",
        max_len=600,
    ),
    LineRule(
        "desk_initials",
        "signoff",
        # AFP and other agencies close their copy with the desk's initials ("jmf/abc",
        # "bur-cs/lth"): a line of nothing but lower-case initials joined by slashes or hyphens.
        # (… or a desk's letter and number in brackets, Media Indonesia's: "(Z-9)", "(J-2)")
        # (… or the initials in capitals with their stops, as Romanian desks sign: "A.C./V.S.")
        re.compile(
            r"^[a-z]{2,5}(?:[/-][a-z]{2,5}){1,5}$|^\([A-Z]{1,3}-\d{1,3}\)$"
            r"|^(?:[A-Z]\.){1,3}(?:/(?:[A-Z]\.){1,3}){1,3}$"
        ),
        "editors' initials closing agency copy",
        max_len=40,
    ),
    LineRule(
        "reproduction_notice",
        "copyright",
        # AP's footer runs past the copyright line's length: "Copyright 2024 The Associated
        # Press. All rights reserved. This material may not be published, broadcast, rewritten
        # or redistributed without permission." Alone or after a copyright mark, the sentence
        # forbidding reuse is the notice's, never the story's.
        _rx(
            # (… maybe all in brackets: "(Copyright 2024 Nexstar Media Inc. All rights reserved.
            # This material may not be published, …)")
            r"^\(?((©|\(c\)\s|copyright\b).{0,150}?)?(this (material|article|story|content) )"
            r"may not be (published|reproduced|redistributed|copied|used)\b.{0,150}$"
        ),
        "reproduction notices (rights language) of the agency or publisher",
        max_len=320,
    ),
    LineRule(
        "syndication_notice",
        "syndication",
        _rx(
            r"^(this (article|story|content|(?:press |news )?release|announcement) "
            r"(was |is |has been )?(originally |first )?"
            r"(published|syndicated|distributed|republished)|distributed by\b[^,]{0,60}\.?$|"
            # … in brackets, with the service's site ("(Distributed by Scripps Howard News
            # Service, www.shns.com.)").
            r"\(distributed by\b[^,()]{1,60},\s*(?:www\.)?[\w-]+(?:\.[\w-]+)+\.?\)\.?$|"
            # (… or the distributor alone in its brackets: "(Distributed by Stephens Media LLC)")
            r"\(distributed by\b[^,()]{1,60}\)\.?$|"
            r"syndicated (by|from)\b|republished (with|from|under)\b|"
            # "Ein Artikel aus der «NZZ am Sonntag»": the sister title the piece comes from, its
            # name alone after the words (quoted or capitalised)
            r"(?:ein (?:artikel|beitrag) aus (?:der|dem)|an article from(?: the)?"
            r"|un article (?:du|de la))"
            r"\s+(?-i:[«„\"“A-ZÀ-Þ])[^.!?,;]{1,50}$|"
            # "BT skriver om dette fordi …", "Why we are covering this: …": the outlet's note on
            # why it reports the story
            r"\S{1,12} skriver om (?:dette|detta)(?:,)? (?:fordi|eftersom|för att)\b.{1,250}$|"
            r"why we(?:['’]re| are)? (?:covering|reporting on|writing about) this\b.{0,250}$|"
            r"warum wir (?:darüber|über dieses thema) berichten\b.{0,250}$|"
            # "This article originally appeared in The New York Times.": where, and no more
            # ("This post first appeared on Facebook … and has been shared …" is a fact check's).
            r"(this story|this article|this post) (first |originally )?appeared (in|on) "
            r"[^,;]{1,200}$|"
            # "This article was produced in partnership with Montana Free Press.": the
            # nonprofit newsrooms' co-publication note.
            r"this (article|story|report|piece) (was |is )?(produced|reported|published|"
            r"co-published) (in partnership|in collaboration) with\b.{1,80}$|"
            # "This article is part of an Advox series on …": the series it belongs to.
            r"this (article|story|post|report) is part of (a|an|our|the)\b.{1,80}\bseries\b"
            r".{0,80}$|"
            # "Partnerem cyklu „Zdrowie w regionach” jest …": who sponsors the outlet's series
            # or section (a series, a column: the outlet's; a project's partner is news).
            # (this series, no clause after the sponsor: "The sponsor of the series, Allianz,
            # said …" and "Partner der Serie ist seit 2019 …, der …" are news)
            r"(?:the )?(?:partner|sponsor)s? of (?:this|our) (?:series|column|section)\b"
            r"[^,;]{0,100}$|(?:this|our) (?:series|column|section) is (?:sponsored|supported|"
            r"presented|made possible) by\b[^,;]{0,100}$|partnerem (?:cyklu|serii|działu|rubryki)\b"
            r"[^,;]{0,100}$|partner (?:dieser|unserer) (?:serie|reihe|rubrik)\b[^,;]{0,100}$|"
            r"(?:le )?partenaire de (?:cette|notre) (?:série|rubrique)\b[^,;]{0,100}$|"
            r"партн[её]р(?:ом)? (?:цикла|серии|рубрики)\b[^,;]{0,100}$|"
            r"patrocinador(?:a)? de (?:esta|nuestra) (?:serie|sección)\b[^,;]{0,100}$|"
            # (… "A série Reconstrução tem o apoio da Cooperativa …": the series has its support)
            r"(?:a|esta|la) (?:série|serie)\b[^.]{0,60}\b(?:tem o apoio|conta com o apoio|"
            r"cuenta con el apoyo|tiene el apoyo)\b.{0,100}$|"
            # (… Hebrew: "the article is published in parallel in English in …", "first
            # published in …")
            r"הכתבה (?:מתפרסמת|פורסמה|התפרסמה) (?:במקביל|במקור|לראשונה)\b.{0,80}$|"
            # (… a sponsor's line alone, its name and no more: "Mit freundlicher Unterstützung
            # der Wirtschaftskammer", "With the kind support of X")
            r"(?:mit freundlicher unterstützung|with (?:the )?(?:kind|generous) support|"
            r"avec le (?:généreux |gracieux )?soutien|con il (?:gentile )?sostegno|"
            r"con el (?:generoso )?apoyo|com o (?:generoso )?apoio)\s+(?:of|von|der|des|de|du|"
            r"di|del|della|da|do|dos)\b[^.,;:!?\d]{1,60}$|"
            # "This post is also available in French.": the copy's other languages.
            r"this (post|article|story|page|release) is (also )?available in\b.{0,40}$|"
            # (… in Dutch, Frisian, German: "Dit parseberjocht is ek yn it Nederlânsk beskikber
            # op …")
            r"(?:dit|dat) (?:persbericht|parseberjocht|bericht|artikel|berjocht) is (?:ook|ek) "
            r"(?:in het|yn it) \w+ (?:beschikbaar|beskikber)\b.{0,60}$|"
            r"(?:diese|die) pressemitteilung (?:ist|gibt es) auch auf \w+\b.{0,60}$|"
            # The Canadian Press closes its copy "This report by The Canadian Press was first
            # published Aug. 28, 2025."
            # The Korean press wires' "… distributed through Newswire" ("이 뉴스는 …
            # 뉴스와이어를 통해 배포한 보도자료입니다.") and the government portal's "this
            # reproduces the ministry's press release" ("… 보도자료를 전재하여 제공함을 …").
            r".{0,60}(?:를|을) 통해 배포(?:한|된) 보도자료.{0,20}$|"
            # (… said the other way round: "이 보도자료는 대한민국 정책브리핑(www.korea.kr)을
            # 통해 배포되었습니다.", this press release was distributed through …)
            r"\W{0,3}이 (?:보도자료|기사|뉴스)는 .{1,60}(?:를|을) 통해 배포(?:되었|됐)습니다\.?$|"
            r".{0,60}보도자료를 전재하여 제공.{0,30}$|"
            # "This article first appeared in X" in the other languages republished copy closes
            # with ("Dit artikel verscheen eerder in Kerk & Leven.", "Esta reportagem foi
            # publicada originalmente pela Agência Pública.").
            # (… "Een versie van dit artikel verscheen ook in NRC van 14 maart 2024")
            r"(?:(?:een versie van )?dit (?:artikel|bericht|stuk) verscheen (?:ook |eerder |"
            r"eerst |oorspronkelijk ){1,2}(?:in|op|bij)|"
            r"(?:esta reportagem|este artigo|esta matéria|este texto|esta nota|este artículo) "
            r"(?:foi|fue) (?:publicad[oa] )?(?:originalmente |primeiro |inicialmente )?"
            r"(?:publicad[oa] )?(?:em|na|no|pela|pelo|en|por)|"
            r"cet article a (?:d['’]abord |initialement |originellement )?été publié "
            r"(?:initialement |à l['’]origine )?(?:dans|sur|par)|"
            r"dieser (?:artikel|beitrag|text) erschien (?:zuerst|ursprünglich|bereits) "
            r"(?:in|im|auf|bei)|"
            r"questo articolo è (?:stato )?(?:pubblicato|apparso) "
            r"(?:originariamente |originalmente |per la prima volta )?(?:su|in|da|sul))"
            # … then the outlet's name alone (capitalised words and a name's particles, to the
            # line's end: "… en el Boletín Oficial del Estado el pasado lunes …" goes on), and
            # maybe where to read the original.
            r"\s+(?:(?:el|la|le|il|o|a|der|die|das|het|de)\s+)?"
            r"(?-i:[A-ZÀ-Þ][\w&'’.-]*(?:\s+(?:[A-ZÀ-Þ&][\w&'’.-]*|de|da|do|del|della|di|der|des|du|"
            r"e|y|&)){0,6})\.?"
            # (… its edition's date after it: "… in NRC van 14 maart 2024")
            r"(?:\s+(?:van|vom|du|del|de|of|on|em)\s+\d{1,2}\.?\s+[^\W\d_]{3,12}\.?\s+\d{4})?"
            r"(?:\s+(?:leia|lea|lee|lire|lesen|leggi|lees)\b.{0,40})?$|"
            # "Originally published as <headline>": News Corp's syndication footer.
            # (… a headline after it, no clause: "Originally published as a pamphlet in 1848, the
            # manifesto …" is a story's)
            r"originally published as\b[^,;]{1,200}$|"
            r"this (report|story|article) by\b.{1,60}\bwas (?:first|originally) published\b"
            # … with where, and who translated it ("… in Portuguese on Global Voices em
            # Português. It was translated into English by X.").
            r".{0,160}$)"
        ),
        "syndication notices about where the copy came from",
        max_len=250,
    ),
    LineRule(
        "print_edition_pointer",
        "syndication",
        # The paper pointing from its web copy to its print issue: "More in the print edition
        # of X", "This article appeared in X's print edition of Thursday", "Read more in X,
        # which comes out on Friday": the outlet's note on where the piece (or the rest of it)
        # is, in the languages of the regional press that posts its print pieces online.
        # The pointer's fixed form: "more" right before where ("More people in the UK read the
        # print edition …" counts readers), or the piece or "read more" and a verb or two
        # before it; where, the paper's name at most, then the print issue (its date after it)
        # or the paper's coming out (a day after it): "This story in the Times that came out on
        # Sunday prompted an inquiry" goes on.
        _rx(
            r"^\W{0,3}(?:"
            # "more" alone, right before where
            r"(?:there(?:['’]s| is) )?more|mehr|meer|plus|más|mais|più|περισσότερα|повече"
            r"|больше|подробнее|більше|więcej|více|viac|több|lisää|mer|mere|meira"
            r"|(?:"
            # … or the piece, or a call to read on, and a verb or two (no figure) before where
            r"read more|lesen sie mehr|mehr dazu(?: lesen sie)?|lees meer|lire plus|en savoir plus"
            r"|lea más|leia mais|leggi di più|διαβάστε (?:περισσότερα|ολόκληρο)|les meira"
            r"|lestu meira|lesið meira|this (?:article|story|piece)|dit (?:artikel|stuk)"
            r"|dieser (?:artikel|beitrag)|cet article|este (?:artículo|artigo)|questo articolo"
            r"|το άρθρο|greinin|fréttin|denne artikkelen|denna artikel|denne artikel|tämä juttu"
            r"|artykuł|článek|tekst(?= ukazał)"
            # (… South Slavic "the whole article", "more")
            r"|cijeli (?:članak|tekst)|cijelu (?:priču|vijest)|ceo tekst|celoten članek|opširnije"
            r")(?:\s+[^\s\d]+){0,3}?"
            r")\s+(?:in|im|on|στην|στη|στο|στις|в|у|u|w|v|ve|í|i|dans|en|em|na|no"
            r"|nella|nell['’]|sulla|auf|op|på)\s+(?:"
            # the print issue, in words, after the paper's name at most, then its date at most
            r"(?:\S+\s+){0,4}?(?:print (?:edition|issue)|printed (?:edition|issue)"
            r"|papieren (?:editie|krant)"
            r"|gedruckten? ausgabe|printausgabe|print-ausgabe|zeitungsausgabe|édition (?:papier"
            r"|imprimée)|version papier|edición impresa|edição impressa|versão impressa"
            r"|edizione cartacea|έντυπη έκδοση|печатн\w+ (?:верси|издани|выпуск|номер)\w*"
            r"|друкован\w+ (?:верс|видан|номер)\w*|wydani\w* papierow\w*|papierow\w+ wydani\w*"
            r"|papírové vydání"
            r"|tištěném vydání|tlačenom vydaní|nyomtatott (?:kiadás|lap|szám)\w*"
            r"|tryckta (?:tidningen|upplagan)|papperstidningen|papiravis\w*|paperilehde\w*"
            r"|painetussa lehdessä|prentútgáf\w*|prentaða blað\w*"
            r"|tiskan\w* izdanj\w*|štampan\w* izdanj\w*|tiskan\w* izdaj\w*|tiskan\w* verzij\w*)"
            r"(?:\s+[^\s.!?]+){0,9}"
            # … or the paper's name and its coming out ("… sem kom út á fimmtudag", "… sum kemur
            # út fríggjadagin"), a day at most after it
            r"|(?:\S+\s+){0,2}?\S+,?\s+(?:sem|sum|which|that)\s+(?:kom|kemur|komu|koma|came|comes)"
            r"\s+(?:út|out)(?:\s+[^\s.!?]+){0,3}"
            r")\s*[.!]?$"
        ),
        "the paper pointing to its print issue",
        max_len=200,
    ),
    LineRule(
        "follows_story",
        "promo",
        # The outlet saying it follows the story, by its initials or as "we", "the paper" ("JV
        # følger sagen.", "Vi följer utvecklingen."): its note, not the story's ("Politiet
        # følger sagen" has the police follow it).
        re.compile(
            r"^(?:[A-ZÆØÅ]{2,5}|[Vv]i|Avisen|Avisa|Tidningen|Redaktionen|Redaksjonen) "
            r"(?:følger|følgjer|följer) (?:sagen|saken|saka|fallet|utviklingen|udviklingen"
            r"|utvecklingen)(?: videre| vidare| nøje| tett)?\.?$"
        ),
        "the outlet saying it follows the story",
        max_len=60,
    ),
    LineRule(
        "reporter_cue",
        "signoff",
        # A broadcast script's cue to its reporter's piece, a line alone ("Manx Radio's Alex
        # Corkill reports.", "The station's Jane Doe reports from the quay."): the script's.
        re.compile(
            r"^(?:[A-Z][\w&.'’-]*\s){1,4}?[\w&.-]*['’]s\s(?:[A-Z][\w'’-]+\s){1,3}reports"
            r"(?:\sfrom\s(?:the\s)?[A-Z]?[\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})?\.?$"
        ),
        "a broadcast script's cue to its reporter",
        max_len=120,
    ),
    LineRule(
        "tip_address_line",
        "promo",
        # The newsroom's address for tips under its label, closing a line ("… Uudisvihjed:
        # toimetus@lounaleht.ee", "News tips: tips@example.com"): where readers send news.
        _rx(
            # (after the outlet's short line at most: "X ilmub neljapäeviti. Uudisvihjed: …";
            # "Tips:" alone is a word of advice)
            r"^(?:(?:\S+\s){1,5}?\S+[.!?]\s+)?(?:uudisvihjed|uutisvinkit|vihjeet|news ?tips?"
            r"|story tips?|hinweise an die redaktion|tips till redaktionen|tip de redactie|vinkit)"
            r"\s*[:：]\s*"
            r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,20}){1,4}\.?$"
        ),
        "the newsroom's address for tips",
        max_len=200,
    ),
    LineRule(
        "print_issue_tag",
        "syndication",
        # The paper's name over its print issue of the day, a tag alone ("Diário de Coimbra –
        # Edição impressa de hoje", "X – Printausgabe vom 12. März"): where the piece ran.
        _rx(
            r"^[^.!?:]{2,50}\s[–—|-]\s(?:edição impressa|edición impresa|print edition"
            r"|édition (?:papier|imprimée)|printausgabe|edizione cartacea|wydanie papierowe"
            r"|papieren editie)(?:\s+(?:de hoje|de hoy|of today|du jour|von heute|di oggi"
            r"|(?:de|do|du|vom|del|of|z)\s+\d{1,2}(?:[.\s/-](?:[^.!?]|(?<=\d)\.){1,20})?))?\s*$"
            # (… a Japanese paper's morning or evening edition that carried it: "［X新聞 2021年4月
            # 9日朝刊掲載］")
            r"|^[［\[]?[^［］\[\]]{1,20}\s?\d{4}年\d{1,2}月\d{1,2}日付?(?:朝刊|夕刊)(?:掲載)?[］\]]?$"
        ),
        "the paper's tag naming the print issue the piece ran in",
        max_len=120,
    ),
    LineRule(
        "picture_release_note",
        "credit",
        # A release's note that its pictures are free to print, and where ("Das Foto steht zur
        # honorarfreien Veröffentlichung unter www.… zur Verfügung.", "High-resolution photos
        # are available for download at …"): the sender's, not the story's (a story about a
        # photo archive says who opened it, not that its pictures are free to print).
        _rx(
            # (the fee-free publication said, no second clause: "Die Bilder stehen ab Montag im
            # Rathaus zur Verfügung und zeigen …" is news)
            r"^(?!.*\s(?:und|and)\s)(?:(?:das|die) )?(?:foto|fotos|bild|bilder|pressefoto\w*"
            r"|pressebild\w*) (?:steht|stehen) [^.!?]{0,100}?(?:honorarfrei\w*|zur (?:honorarfreien"
            r" |kostenlosen )?veröffentlichung)(?: [^!?]{0,100})?$"
            r"|^(?!.*,\s*and\s)(?:high[- ]resolution|hi-res) (?:photos?|images?|pictures?)"
            r" (?:is|are) available (?:for (?:free )?(?:download|publication|use)|to download)"
            r"\b[^!?]{0,120}$"
        ),
        "the sender's note that its pictures are free to print",
        max_len=240,
    ),
    LineRule(
        "broadcast_sign_off",
        "signoff",
        # A Korean broadcast script's reporter signing off: the station's news and the name,
        # "this is" ("OBS뉴스 박지훈입니다.", "KBS 뉴스 김민지입니다."): the script's close.
        # (the station by its call sign: "가짜 뉴스 때문입니다." says "it is because of fake news")
        re.compile(r"^[A-Z][A-Z0-9]{1,5}\s?뉴스\s?[가-힣]{2,4}입니다\.?$"),
        "a broadcast reporter's sign-off",
        max_len=40,
    ),
    LineRule(
        "programme_pointer",
        "syndication",
        # A broadcaster's web copy naming its programme that reported the topic too ("Über
        # dieses Thema hat auch die SR 3-Rundschau am 14.03.2023 berichtet.", "Über dieses
        # Thema berichtete der NDR am …"): the fixed form of the German public broadcasters'
        # note, "this topic" opening it and "reported" closing it (a story reporting what another
        # outlet reported names the outlet and the finding, not "this topic").
        _rx(
            # (its fixed shape: "auch", the programme, "am" and the day, a date's dots inside:
            # "am 14.03.2023", "am 3. März"; "Über dieses Thema berichtete zuerst der Spiegel."
            # reports who had it first)
            r"^über dieses thema (?:(?:hat|haben) auch [^.!?]{1,60}? am (?:[^.!?]|(?<=\d)\.){1,30}?"
            r" berichtet|berichtete[nt]? auch [^.!?]{1,60}? am (?:[^.!?]|(?<=\d)\.){1,30}?)"
            r"\s*[.!]?$"
        ),
        "the broadcaster's note on its programme that reported the topic",
        max_len=200,
    ),
    LineRule(
        "licence_note",
        "syndication",
        # The licence republished copy closes with, the copy or its rights named beside it
        # ("Este texto foi originalmente publicado por Agência FAPESP de acordo com a licença
        # Creative Commons CC-BY-NC-ND.", "This article is republished from … under a Creative
        # Commons license.", "Fuente: SINC. Derechos: Creative Commons."): a story about a
        # licence names neither.
        # The licence closes the note's sentence, its name and version at most after it, then
        # maybe where to read the original: "… published under a Creative Commons licence, its
        # authors said, so …" goes on, and a plural ("These articles are …") is about others.
        _rx(
            r"^(?!.*\b(?:said|says|told|dijo|disse|sagte|a déclaré|ha detto)\b)"
            r"(?:(?:this|este|esta|esto|ce|cet|cette|dieser|diese|dieses|questo|questa|"
            r"deze|dit|denne|dette|tento|tato|ten)\s+(?:[\w-]+\s+){0,2}?(?:text\w*|artic\w*|"
            r"artig\w*|artícul\w*|articol\w*|artikel\w*|beitrag|story|material\w*|"
            r"conte[nú]\w*|reportag\w*|mat[ée]ria|report\w*|post|piece|nota|not[íi]cia|work)\b"
            r".{0,200}?|(?:[\w ]{1,20}:\s*[^.:]{1,60}\.\s*)?(?:rights|derechos|direitos|droits|"
            r"diritti|rechte|licen[cs]e|licencia|licença|lizenz|licenza|licentie)\s*:\s*"
            # (Basque sets "this" after its noun: "Artikulu hau Creative Commons … lizentziapean
            # argitaratu da. Berria.eus")
            r"|(?:artikulu|testu|albiste|erreportaje)\w* hau\b.{0,200}?"
            # (… or the site's own contents: "Irekiako edukiak Creative Commons … pean daude",
            # "All content on this site is …"; a museum's collection under a licence is news)
            r"|\w+ko eduki(?:ak|a)\b.{0,200}?"
            r"|(?:all |the )?contents? (?:of|on) (?:this|our) (?:site|website|page)\b.{0,200}?"
            r"|(?:our|nuestros|nos|unsere|nossos) "
            r"(?:contents?|contenidos|contenus|inhalte|conteúdos)\b.{0,200}?"
            # (… Greek "the text is available under …": "Το κείμενο διατίθεται με άδεια …")
            r"|(?:το|αυτό το) (?:κείμενο|άρθρο)\b.{0,200}?)"
            r"\b(?:creative commons|cc[- ]by)\b(?:[^.!?,;]|\.(?=\d)){0,80}[.!?]?"
            r"(?:\s+(?:leia|lea|lee|lire|lesen|leggi|lees|read)\b[^.!?]{0,60}[.!?]?"
            r"|\s+[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})?$"
            # (… Korean: "X의 모든 콘텐츠는 크리에이티브 커먼즈 … 라이선스에 따라 이용할 수
            # 있습니다", all of X's content may be used under the Creative Commons licence)
            r"|^.{0,40}(?:콘텐츠|기사)는 (?:크리에이티브 커먼즈|CC).{0,60}라이선스.{0,40}$"
            # (… the UK government's: "All content is available under the Open Government
            # Licence v3.0, except where otherwise stated")
            r"|^all content is available under the open government licen[cs]e\b.{0,120}$"
            # (… the outlet's name, then its licence: "ARGIA Creative Commons lizentziapean dago:
            # CC BY-SA 3.0. Aipatu iturria eta egilea.")
            r"|^(?-i:[A-ZÀ-Þ]\S*)(?:\s+(?-i:[A-ZÀ-Þ]\S*)){0,3}\s+creative commons\s+(?:lizentzia\w*"
            r"|licen[cs]e\w*|licencia\w*|lizenz\w*)\b[^!?]{0,160}$"
        ),
        "a note on the licence the copy is republished under",
        max_len=400,
    ),
    LineRule(
        "editors_advisory",
        "syndication",
        # The wire's advisory to the editors who receive it, in capitals, above or below the
        # story ("EDITORS: Photo available with this story.", "EDS: Updates with quotes."); an
        # editor's note to readers ("Editor's note: …") is the story's, and so is a kill or
        # withdrawal notice, which is all a kill advisory says.
        # The syndicates' trim marks and art advisories in brackets ("(STORY CAN END HERE.
        # OPTIONAL MATERIAL FOLLOWS.)", "(END OPTIONAL TRIM)", "(ART ADV: Photo is available …)").
        re.compile(
            r"^(?:EDITORS|EDS|NOTE TO EDITORS|ADVISORY)\s*:\s*"
            r"(?!.*\b(?i:kill|withdraw\w*|eliminate|retire|cancel\w*|delete)\b)\S.{0,200}$"
            r"|^\((?:STORY CAN END HERE|(?:BEGIN |END )?OPTIONAL (?:TRIM|MATERIAL|ADD)|"
            r"ART ADV(?:ISORY)?:)[^()]{0,160}\)$"
        ),
        "the wire's advisory to the editors who receive the copy",
    ),
    LineRule(
        "release_header",
        "syndication",
        # A press wire's lines above the release: the distributor's header ("EQS-News: Veltmann
        # Solar AG / Schlagwort(e): …", "DGAP-Adhoc: …"), the issuer's responsibility note
        # ("… The issuer is solely responsible for the content of this announcement.", "Für den
        # Inhalt der Mitteilung ist der Emittent / Herausgeber verantwortlich.") and the legend
        # in capitals ("NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES …").
        re.compile(
            r"^(?:(?:EQS|DGAP|IRW)-(?:News|Ad-hoc|Adhoc|PVR|DD|Press)\s*:\s*\S.{0,200}|"
            r".{0,40}(?i:the issuer is solely responsible for the content of this announcement|"
            r"für den inhalt der mitteilung ist der emittent(?: / herausgeber)? verantwortlich)\.?|"
            r"NOT FOR (?:DISTRIBUTION|DISSEMINATION|RELEASE)[A-Z ,./()-]{10,200}|"
            # (… and a release portal's header over the issuer's text: "Pressemitteilung von:
            # X Veröffentlicht am 04.03.2009 um 09:12 Uhr in der Kategorie: …")
            r"(?i:pressemitteilung von|press release from)\s*:\s*\S.{0,80}"
            r"|(?i:veröffentlicht am)\s+\d{1,2}\.\d{1,2}\.\d{4}.{0,40}"
            r"(?i:in der kategorie)\s*:.{0,60})$"
        ),
        "a press distributor's header, the issuer's responsibility note and legend",
    ),
    LineRule(
        "unsubscribe_note",
        "promo",
        # A mailing list's note on how to leave it, with where ("To unsubscribe, click here:
        # https://…", "※このメールは送信専用です。配信停止・アドレス変更は下記から https://…"):
        # the mail's, not the story's (a story's "users can unsubscribe" points nowhere).
        _rx(
            r"^(?=.{0,200}?(?:unsubscrib\w*|opt[- ]out|manage (?:your )?subscription|"
            r"abbestell\w*|abmelden|désabonn\w*|désinscri\w*|darse de baja|darte de baja|"
            r"descadastr\w*|disiscriv\w*|afmelden|uitschrijven|wypisz|配信停止|配信解除|"
            r"送信専用|退订|取消订阅|取消訂閱|수신\s?거부))"
            r"(?=.*(?:https?://|www\.|\S@\S|下記|こちら|click here|回复|回覆))"
            # (… and the mail or the list named: "Patients can opt out of the scheme at
            # www.nhs.uk/…" is a story's)
            r"(?=.*(?:e-?mail|newsletter|mailing|\bmail|\blist\b|message|メール|邮件|郵件|電郵|电邮|메일|配信|correo|"
            r"courriel|boletín|infolettre|nieuwsbrief|מייל|ניוזלטר|דיוור|רשימת התפוצה)).{0,400}$"
        ),
        "a mailing list's note on leaving it",
        max_len=400,
    ),
    LineRule(
        "feed_footer",
        "syndication",
        # The footer WordPress (and its SEO plug-ins) adds to every feed item: "The post X
        # appeared first on Y.", as its translations write it (de, fr, es, pt, it, nl).
        _rx(
            r"^(?:the post .{1,300}? (?:appeared|was published) first on|"
            r"der beitrag .{1,300}? erschien zuerst auf|l['’]article .{1,300}? est apparu en "
            r"premier sur|la entrada .{1,300}? se public[óo] primero en|o post .{1,300}? apareceu "
            r"primeiro em|het bericht .{1,300}? verscheen eerst op|"
            # (… Galician, Catalan)
            r"a entrada (?:\S+\s+){3}.{0,300}? apareceu primeiro en|"
            r"l['’]entrada (?:\S+\s+){3}.{0,300}? va aparèixer primer a|"
            # (… Italian, Polish, as its translation spells it too, Swedish, Russian)
            # (… their titles of three words at least: "Запись разговора впервые появилась на
            # YouTube" is a recording's news)
            r"l['’]articolo (?:\S+\s+){3}.{0,300}? proviene da|"
            r"wpis (?:\S+\s+){3}.{0,300}? pojawił się po ?raz pierwszy w|"
            r"inlägget (?:\S+\s+){3}.{0,300}? dök först upp på|"
            r"запись (?:\S+\s+){3}.{0,300}? впервые появилась на)"
            # … then the site's name alone: capitalised words, a bracketed short name, a full
            # stop ("… erschien zuerst auf Instagram und wurde gelöscht." goes on with a clause).
            r"\s(?-i:[A-Z0-9(][\w.&'’()-]*(?:\s+(?:[A-Z0-9(|–-][\w.&'’()-]*|of|de|do|da|du|des|"
            r"der|die|la|le|el|the|and|&)){0,7})\.?$"
        ),
        "the footer a blog engine adds to each item of its feed",
        max_len=500,
    ),
    LineRule(
        "subscription_note",
        "promo",
        # The paper's note on how to subscribe or read its editions: its subscription index
        # ("Передплатний індекс — 61985", a Ukrainian or Russian paper's post-office number),
        # its e-edition ("Zapraszamy do lektury e-wydania „Kuriera” …"), its digital service
        # delivering the news ("■山陽新聞デジタル「さんデジ」では、…ニュースを毎日お届け
        # しています。").
        _rx(
            r"^(?=.{0,260}$)(?:.{0,200}\b(?:передплатн\w*|подписн\w*) (?:індекс|индекс)\b.{0,40}"
            # (… the paper named in its quotes: "Передплатити «Голос України» можна в …")
            r"|(?:передплатити|підписатися на|подписаться на|оформить подписку на) "
            r"[«„\"][^»“\"]{2,40}[»“\"] (?:можна|можно)\b.{0,160}"
            # (… the paper on sale every day: "Η εφημερίδα «Ταχυδρόμος» κυκλοφορεί καθημερινά στα
            # περίπτερα …")
            r"|(?:η εφημερίδα|the (?:news)?paper|le journal|die zeitung|el diario|o jornal)\s+"
            r"[«\"„“]?[^»\"“”.!?]{2,40}[»\"“”]?\s+(?:κυκλοφορεί|is on sale|est en vente"
            r"|ist erhältlich|está a la venta|está à venda)\s+(?:καθημερινά|daily|every day"
            r"|chaque jour|tous les jours|täglich|todos los días|todos os dias|diariamente)"
            r"\b.{0,100}"
            r"|zapraszamy do lektury (?:e-wydania|wydania (?:cyfrowego|elektronicznego)|e-gazety)"
            r"\b.{0,160}"
            # (… Japanese "applications to subscribe to X go to your dealer …")
            r"|.{0,30}ご購読の?お申し?込み(?:は|について).{0,120}"
            r"|.{0,30}デジタル.{0,20}(?:では|で)、?.{0,60}(?:ニュース|記事).{0,20}"
            r"(?:お届けしています|配信しています|お届けします)。?)$"
        ),
        "the paper's note on its subscription, editions or digital service",
        max_len=260,
    ),
    LineRule(
        "programme_plug",
        "promo",
        # A broadcaster's plug for its programme or live stream: "Acompanhe este e outros casos
        # esta noite no 'Investigação CM', na CMTV.", "റിപ്പോർട്ടർ ടിവി ലൈവ് കാണാം: …" (watch live):
        # "this (and other stories) tonight on" a programme, or "watch live" before its colon.
        _rx(
            r"^(?:acompanhe|siga|veja|follow|watch|suivez|regardez|sehen sie|segui|guarda|sigue"
            r"|mira)"
            # ("this and other stories": "Watch this year's meteor shower tonight" is advice)
            r"\s+(?:este|esta|this|ce|cette|dieses|diesen|questo|questa)\s+(?:e|and|et|und|y|ed)\s+"
            r"(?:outros|outras|other|others|d['’]autres|andere|otros|otras|altri|altre)\b[^.!?]{0,40}\b"
            r"(?:esta noite|hoje à noite|tonight|this evening|ce soir|heute abend|stasera"
            r"|esta noche)"
            r"\s+(?:no|na|em|on|sur|dans|auf|im|in|su|nel|nella|en)\s[^.!?]{1,60}[.!]?"
            r"|^.{1,40}?\s(?:ലൈവ് കാണാം|ലൈവ് ആയി കാണാം|लाइव देखें|लाइव देखिए|watch (?:it )?live"
            r"|live (?:ansehen|sehen)|en direct ici)\s*[:：]\s*\S.{0,120}$"
        ),
        "a broadcaster's plug for its programme or live stream",
        max_len=200,
    ),
    LineRule(
        "sender_address",
        "signoff",
        # The sender's address block run into one line: its name, street and town, phone (and
        # fax), web or mail address, no sentence ("Universala Esperanto-Asocio, Nieuwe Binnenweg
        # 176, NL-3015 BJ Rotterdam Tel. +31 10 …, fakso …, http://www.uea.org"); a story's line
        # naming a hotline says what to call it for.
        _rx(
            # (its first part a name: capitalised words and their particles, no sentence's
            # words: "Anyone with information should contact Kent Police, quoting …" is news)
            r"^(?=[^\"“”„«»]*$)(?:(?-i:[A-ZÀ-ÞĀ-Ž])[\w'’.&-]*|de|do|da|dos|das|del|of|the|and|für|für|du|des"
            r"|la|le|di|van|der|den|och|og|i|a|am|an)(?:\s+(?:(?-i:[A-ZÀ-ÞĀ-Ž])[\w'’.&-]*|de|do|da|dos"
            r"|das|del|of|the|and|für|du|des|la|le|di|van|der|den|och|og|i|a|am|an|\||[-–]))*"
            r",\s[^,.!?]{0,60}\d[^,.!?]{0,40},?\s[^.!?]{0,60}?"
            r"\b(?:tel|tél|phone|telefon|puh|тел|tfn|fon|t)\b\.?\s*:?\s*\+?\d[\d ()/.-]{5,}"
            r"[^!?]{0,80}?(?:https?://|www\.|\S+@)\S+\s*$"
        ),
        "the sender's address block run into one line",
        max_len=300,
    ),
    LineRule(
        "language_version_note",
        "syndication",
        # The note that the piece is also published in another language ("This content is also
        # available in Welsh", "Mae'r cynnwys hwn hefyd ar gael yn Saesneg"): about the copy.
        _rx(
            r"^(?:this (?:content|page|article|release|story) is (?:also )?available in \w+"
            r"|mae['’]r (?:cynnwys|dudalen|datganiad) hwn (?:hefyd )?ar gael yn \w+"
            r"|ce (?:contenu|communiqué|article) est (?:également |aussi )?disponible en \w+"
            r"|dieser (?:inhalt|artikel|text) ist auch auf \w+ verfügbar"
            r"|este (?:contenido|comunicado) (?:también )?está disponible en \w+)\.?$"
        ),
        "a note that the piece is also published in another language",
        max_len=120,
    ),
    LineRule(
        "mail_disclaimer",
        "syndication",
        # A mail's confidentiality footer ("This email and any files transmitted with it are
        # confidential.", "Esta mensagem e quaisquer anexos podem conter informação confidencial.
        # Se a recebeu por engano, …"): the sender's server's, never the release's.
        _rx(
            r"^(?!.*\b(?:said|says|told|recalled|dijo|disse|sagte|a déclaré|ha detto)\b)"
            # (the notice opens its line: "The minister insisted this email was confidential …"
            # reports one)
            r"(?:(?:tha\s+|the (?:information|contents?) (?:contained )?in\s+)?"
            r"(?:this (?:e-?mail|message)|esta mensagem|este (?:mensaje|correo)"
            r"|ce (?:message|courriel)|diese (?:e-?mail|nachricht)|questo messaggio"
            r"|dit (?:e-?mail)?bericht"
            r"|am post-d seo)\b[^.!?]{0,120}\b(?:confidential|privileged|confidencial|confidentiel"
            r"|vertraulich|riservat[oa]|confidenziale|vertrouwelijk|dìomhair)"
            r"|(?:if you (?:have )?received this (?:e-?mail|message) in error"
            r"|se a recebeu por engano"
            r"|si (?:usted )?(?:ha )?recibido este (?:mensaje|correo) por error"
            r"|si vous avez reçu ce (?:message|courriel) par erreur))\b.{0,400}$"
        ),
        "a mail's confidentiality footer",
        max_len=600,
    ),
    LineRule(
        "original_title_line",
        "syndication",
        # A republished piece's note of its original headline ("原标题：《今年完成…改造》",
        # "（原標題：…）"), the Chinese portals' and papers' syndication mark: not the story.
        re.compile(r"^[(（]?(?:原标题|原標題|原题|原題)\s*[:：]\s*\S.{0,150}?[)）]?$"),
        "a republished piece's note of its original headline",
        max_len=170,
    ),
    LineRule(
        "source_line",
        "syndication",
        # A press wire's "SOURCE Calder Ridge Outdoor" closing a release (PR Newswire), the
        # label in capitals without its colon.
        # (… or the copy's source named as the outlet's newsroom: "Fuente: Redakshon Extra",
        # "Fuente: Redacción El Tiempo")
        re.compile(
            r"^SOURCE\s+[A-Z0-9][^.!?]{1,80}$|^(?i:fuente|source|quelle|fonte|bron|font)\s*:\s*"
            r"(?i:redacci[óo]n|redakshon|reda[çc][ãa]o|redaktion|redazione|r[ée]daction|redactie"
            r"|redacció)\b[^.!?]{0,60}\.?$"
        ),
        "a press wire's line naming the release's source",
        max_len=100,
    ),
    LineRule(
        "support_disclaimer",
        "syndication",
        # "The Associated Press receives support from … The AP is solely responsible for all
        # content.": a funder's note that closes the copy of foundation-funded beats.
        # The sentence closes the line; "users are solely responsible for the content they
        # post, the court heard" goes on and is the story's.
        _rx(
            r"\bis solely responsible for (all |the |this |its )?content\.?$"
            # (… and the European Union's formula in its languages: the Union named, then whose
            # sole responsibility the content is: "Оваа содржина е изработена со поддршка на
            # Европската Унија. Содржината е единствена одговорност на …")
            # (no one's words: "The European Union said the port bears sole responsibility …")
            r"|^(?!.*\b(?:said|says|told|dijo|disse|sagte|a déclaré|ha detto|изјави)\b)"
            r"(?=.*\b(?:european union|europäischen union|union européenne|unión europea|"
            r"unione europea|união europeia|unii europejskiej|evropske unije|evropská unie|"
            r"európai unió|uniunii europene|европската унија|европейского союза|"
            r"европейския съюз|европске уније|bashkimi evropian|bashkimit evropian)\b)"
            r"(?=.*\b(?:sole responsibility of|seule responsabilité|exclusiva responsabilidad|"
            r"responsabilidad exclusiva|esclusiva responsabilità|responsabilidade exclusiva|"
            r"alleinige verantwortung|wyłączną odpowiedzialność|isključiva odgovornost|"
            r"isključivo odgovornost|výhradní odpovědnost|kizárólagos felelősség|"
            r"responsabilitatea exclusivă|единствена одговорност|исключительную ответственность|"
            r"единствена отговорност|искључива одговорност|përgjegjësi e vetme|"
            r"përgjegjësi vetëm))"
        ),
        "funding disclaimers saying who is responsible for the content",
        max_len=400,
    ),
    LineRule(
        "disclaimer_label",
        "syndication",
        # "Disclaimer: The source language text of this announcement is the official…", the
        # translation notice every translated press-wire release closes with, in the languages
        # the wires translate into. A paragraph that opens with the label is the notice itself;
        # a story quoting one has it mid-sentence.
        _rx(
            r"^(disclaimer|haftungsausschluss|avertissement|aviso legal|descargo de "
            r"responsabilidad|exenci[oó]n de responsabilidad|esclusione di responsabilit[aà]|"
            r"clausola di esclusione|isenção de responsabilidade|"
            r"免責聲明|免责声明|免責事項|면책 조항|면책조항)\s*[:：]\s*\S"
            # A self-media platform's notice under each user's post, in Chinese and English:
            # it only stores what its users upload ("特别声明：以上内容…本平台仅提供信息存储
            # 服务。", "Notice: The content above … is uploaded and posted by a user of …").
            r"|^(?:特别声明|特別聲明)\s*[:：].{0,200}(?:信息存储|資訊儲存|仅提供|僅提供)"
            r"|^notice\s*:\s*the content above\b.{0,200}\b(?:uploaded|posted) by a user\b"
            # (… and the comments' or columns' views, not the paper's, as Arabic and Urdu papers
            # print under every piece: "… ولا تعبّر بالضرورة عن رأي الصحيفة.", "ادارے کا مضمون
            # نگار کی رائے سے متفق ہونا ضروری نہیں۔")
            r"|^(?=.{0,80}(?:التعليقات|المقالات|الآراء|المقال))"
            r".{0,120}(?:لا|ولا) (?:يعبّر|تعبّر|يعبر|تعبر|تعكس|يعكس) بالضرورة"
            r" عن (?:رأي|موقف|وجهة نظر)"
            r" (?:الصحيفة|الموقع|الجريدة|القناة|الوكالة)\S*\.?$"
            r"|^ادارے کا .{0,40}(?:رائے|آرا) سے متفق ہونا ضروری نہیں۔?$"
        ),
        "disclaimer notices a press wire appends (the translation notice)",
        max_len=1200,
    ),
    LineRule(
        "source_link",
        "syndication",
        # "View source version on businesswire.com: https://…", "Cision View original content:
        # https://…": the wire's pointer to where the release was first published.
        _rx(
            r"^(?:\w+\s+){0,2}(?:view|see|read)\s+(?:the\s+)?(?:source|original)\b[^:]{0,80}:"
            r"\s*https?://\S+\s*$"
            # … and a Japanese paper's e-mailed item pointing to the rest on its site:
            # "▼記事の続き・写真はこちら https://…" (the rest, the details, the full text "here").
            # (… "詳しくは産経ニュースで https://…", for details, at the paper's site)
            r"|^[▼▽►▶→■◆]?\s*[^\s:：]{0,20}(?:続き|詳細|全文|詳しくは)[^\s]{0,12}"
            r"(?:\s*[:：]?\s*https?://\S+|(?<=こちら))\s*$|^詳しくは\S{1,12}で\s*$"
            # "The full article on the site: https://…" ("לכתבה המלאה באתר: …", "Artículo
            # completo en: …"): where the rest of a mailed excerpt is.
            r"|^(?:(?:read )?(?:the )?full (?:article|story)|artículo completo|matéria completa|"
            r"vollständiger artikel|article complet|לכתבה המלאה)\b[^:]{0,40}:\s*https?://\S+\s*$"
            # The footer a page's print or saved view adds: when and where it was retrieved
            # ("Aufgerufen am 14.06.2024 um 08:12 auf https://…", "Printed from https://…",
            # "Retrieved from https://… on 12 March 2024"): the page's address, not the story.
            # (the verb, then where from, or when then where: "Printed copies … at https://…",
            # "Downloaded 2 million times …, the app is at https://…" are a story's)
            r"|^(?:(?:page|article|story|seite|artikel)\s+)?(?:retrieved|printed|accessed|"
            r"downloaded|aufgerufen|abgerufen|gedruckt|heruntergeladen|consult[ée]e?|imprim[ée]e?|"
            r"consultad[oa]|impres[oa]|stampat[oa]|scaricat[oa]|opgehaald|afgedrukt|pobrano|"
            r"wydrukowano)\s+(?:(?:from|at|auf|von|sur|depuis|de|desde|da|van|z)\s+https?://\S+"
            r"(?:\s+(?:on|am|le|el|em|il|op|dnia)\s+[\w .,:]{4,40})?"
            r"|(?:on|am|le|el|em|il|op|dnia)\s+[\w .,:]{4,40}?\s+"
            r"(?:from|at|auf|von|sur|en|em|su|op|z)\s+https?://\S+)\s*$"
        ),
        "links to the release's original version on the distributing wire",
        max_len=400,
    ),
    LineRule(
        "empty_label",
        "label",
        _rx(r"^(published|updated|posted|date|by|byline|source)\s*:\s*$"),
        "metadata labels with no value",
    ),
    LineRule(
        "timestamp_line",
        "label",
        # A numeric date, maybe a time, after at most a three-word label ("Stand:", "기사입력 :[");
        # "Published: …" is read as the publication date below, not dropped here.
        _rx(
            r"^(?!(?:published|posted|date|updated)\s*:)"
            # (… or a paper's name in capitals before a dash, "ΕΛΕΥΘΕΡΟΤΥΠΙΑ - 21/03/2007"; a
            # label in lower case before a dash is an agenda's: "Second round - 05/05/2024")
            r"(?:[^\W\d_][\w.]*(?:\s+[^\W\d_][\w.]*){0,2}\s*[:|]?\s*"
            r"|(?-i:[A-ZΑ-ΩΆ-ΏА-ЯЁ]{4,}(?:\s[A-ZΑ-ΩΆ-ΏА-ЯЁ]{2,}){0,2})\s[-–—]\s*)?[\[(]?\s*"
            # (… the day's dots spaced, "12. 03. 2024."; the year first, "2024/03/12"; a bar
            # before the time; "15/03/2025 - 18:00" lines are an agenda's, and stay)
            r"(?:\d{1,2}[./]\s?\d{1,2}[./]\s?(?:\d{4}|\d{2})\.?|\d{4}-\d{2}-\d{2}|\d{4}/\d{1,2}/\d{1,2}"
            # (… or the year cut to two figures after an apostrophe, as Japanese papers date a
            # piece: "'09/06/12")
            r"|\d{1,2}-\d{1,2}-\d{4}|['’]\d{2}/\d{1,2}/\d{1,2})"
            r"(?:\s*[,|]?\s*(?:[^\W\d_]{1,4}\s*)?\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?)?"
            r"\s*[\])]?\.?$"
            # … or a date with its month in words, in any language, a weekday before it, a
            # time after it ("Updated Date - Mar 12 , 2024 | 10:15 AM", "12 Am Màrt 2024",
            # "12 มี.ค. 2567 10:15 น.", "تاریخ انتشار: سه‌شنبه ۲۲ اسفند ۱۴۰۲ - ۱۰:۳۰").
            # A label and a colon before it need the time after it ("Born: 12 March 1950",
            # "Deadline: 12 March 2024" are a story's facts); a date alone, or after a label and
            # a dash or a bar ("Comunicato stampa - 12 marzo 2024"), may go without.
            rf"|^(?!(?:published|posted|date|updated)\s*:)"
            rf"(?:{_DATE_LABEL}(?:{_DATE_WORD}\s+)?{_WORD_DATE}{_STAMP_TIME}"
            # (… or without it after a stamp's word: "Posted on: June 7, 2021", "Sidan
            # uppdaterades: 5 november 2024")
            rf"|(?=[^:|]{{0,40}}(?:{STAMP_WORDS})){_DATE_LABEL}{_WORD_DATE}"
            rf"|(?:{_DASH_LABEL}(?:{_DATE_WORD}\s+)?)?{_WORD_DATE}(?:{_STAMP_TIME})?"
            # (… a weekday before it, no label, when its time follows: "Selasa 12 Mar 2024
            # 10:15 WIB"; another word there is an event's: "Premiere 5 May 2024 19:30")
            rf"|(?:{_WEEKDAYS}|{_DATE_NOUNS}|{STAMP_WORDS})\.?,?\s+{_WORD_DATE}{_STAMP_TIME})\s*$"
            # (… or a Chinese or Japanese date, its weekday and time: "2008年8月14日（星期四）
            # 香港時間17時30分")
            # (… in brackets too, "[ 2025年5月20日 17:32 ]")
            r"|^[\[［【(（]?\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:[（(][^)）]{1,4}[)）])?\s*(?:\S{1,4}(?:時間|时间))?\s*"
            r"\d{1,2}(?:時|时|:)\d{2}分?\s*[\]］】)）]?$"
            # (… or its two lines apart: the date with its weekday, then the time after its
            # zone's word, "香港時間17時30分")
            r"|^\d{4}年\d{1,2}月\d{1,2}日\s*[（(](?:星期|週|周)[^)）]{1,2}[)）]$"
            r"|^\S{1,4}(?:時間|时间)\s*\d{1,2}(?:時|时)\d{2}分$"
            # (… or the last update's time alone, "Ultimo aggiornamento: 09:12", or how long ago,
            # "Actualizado hace 2 horas")
            r"|^(?:ultimo aggiornamento|última actualización|última atualização|last updated"
            r"|zuletzt aktualisiert|dernière mise à jour)\s*:?\s*\d{1,2}[:.]\d{2}$"
            r"|^(?:actualizado|atualizado|aggiornato|updated|aktualisiert)"
            r" (?:hace|há|vor )?\s*\d{1,3} "
            r"(?:minutos?|horas?|minuti|ore|minutes?|hours?|minuten|stunden?)(?: fa| ago)?$"
            # (… or a Japanese portal's "10/14(火) 11:05配信", the sender's name maybe before it)
            r"|^(?:\S{1,12}\s+)?\d{1,2}/\d{1,2}\s*[(（][^)）]{1,2}[)）]\s*\d{1,2}:\d{2}\s*(?:配信|更新|発信)$"
        ),
        "a page's or a feed's date and time stamp on a line of its own: metadata, not story text",
        max_len=60,
    ),
    LineRule(
        "reading_time",
        "label",
        # "Reading time: 3 minutes", "4 min read", "Lesedauer: 5 Minuten": how long the copy
        # takes to read, a page's or an app's metadata line, in the corpus' languages.
        _rx(
            r"^(?:(?:estimated )?(?:reading|read|listening) time|lesedauer|lesezeit|"
            r"temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd|"
            r"lästid|lesetid|czas czytania)\s*[:：]?\s*(?:ca\.\s*|about\s*|~\s*)?\d{1,3}\s*"
            r"(?:min\w*|minutes?|minuten?|minut\w*)\.?$|^\d{1,3}\s*(?:min|minutes?|-minute)\s*"
            # (… Persian "reading time: 3 minutes", Persian digits)
            r"(?:read|listen)$|^زمان مطالعه\s*[:：]\s*[\d۰-۹]{1,3}\s*دقیقه$"
            # (… and the comments' counter beside it: "Kommentare (7)", "Comments (12)")
            r"|^(?:comments?|kommentare?|komentarz[ey]?|commentaires?|comentarios?|commenti"
            r"|reacties|kommentarer|коментар[иі]|комментари[ия])\s*\(\d{1,5}\)$"
        ),
        "reading-time lines: metadata of the page or the app, not story text",
        max_len=60,
    ),
    LineRule(
        "empty_heading",
        "heading",
        re.compile(r"^#{1,6}\s*$"),
        "Markdown headings with no text",
    ),
)

# "Published: November 20, 2024": a label whose value is the publication date.
PUBLISHED_LABEL = _rx(r"^(published|posted|date|updated)\s*:\s*(?P<value>.+)$")

# The agency tag opening the copy, after its dateline (a place of up to four words, then after a
# comma a date or a region): "(Bloomberg) -- …", "WASHINGTON (Reuters) - …", "LONDON, Nov 5
# (Reuters) - …", "KYIV, Ukraine (AP) — …", "Berlin (dpa) - …", "Madrid, 5 nov (EFE).- …";
# after a dated dateline also without a dash ("New Delhi, Nov 5 (PTI) The …"), slashed
# ("MOSCOW, November 5. /TASS/. …") or bare ("SYDNEY, Nov 5 AAP - …").
# A place in title case could open any sentence ("Merkel (CDU) - …"): blocks.strip_wire_tag
# takes it only with a known agency or a dated dateline, and a bare or slashed name only when
# it is a known agency.
# A letter in any script: \w leaves out the vowel signs of the Indic scripts ("बीएसवी").
# The two branches are disjoint: a letter matching both made a run of them backtrack through
# every split (a Bengali opening sentence cost seconds per paragraph).
_LETTER = r"(?:[^\W\d_\u0900-\u0dff]|[\u0900-\u0963\u0971-\u0dff])"
WIRE_TAG = re.compile(
    rf"^(?:(?P<place>{_LETTER}+(?:[ /.'’-]{{1,2}}{_LETTER}+){{0,3}}\.?)"
    # The date after a comma, a spaced dash ("الصويرة - 12 يونيو") or a space before a day with
    # its full stop ("Přerov 16. září"; "Arsenal 1 (Saka 34)" is a score, "Paris 2024" a name).
    r"(?P<when>(?:,|\s[-–—](?=\s)|\s(?=\d{1,2}\.\s))[^()\n]{1,40}?)?\s*)?"
    rf"(?:\((?P<wire>{_LETTER}[\w.&' \u0900-\u0dff-]{{0,30}}[\w.\u0900-\u0dff])"
    # A regional desk after a slash ("Passau (dpa/lby) -"): the agency is the name before it.
    r"(?P<desk>(?:/[\w-]{1,12}){1,2})?\)\.?"
    # (slashed, the name may hold dots: "WASHINGTON, Oct. 5 /U.S. Newswire/ --")
    r"|/(?P<slashed>[^\W\d_][\w .]{0,20}\w)/\.?|(?P<bare>[A-Z][A-Za-z]{1,14}))"
    # A day after the tag ("OULU (Kuura) 9.1. –"); Hindi copy closes the tag with a danda.
    r"(?:\s+\d{1,2}\.\d{1,2}\.(?:\d{2,4})?)?"
    # Without a dash the story's first word follows, in any script (not lower case: checked
    # by blocks._tag_wire, as the pattern cannot tell a letter's case in every script).
    r"(?:\s*(?P<dash>--|—|–|-|।)\s+|\s+(?=[^\W\d_]|[\u0900-\u0dff]))"
)
# East Asian agencies' datelines name the agency inside the dateline itself: Korean
# "(부산=한빛통신)" (place=agency), Japanese "【釧路＝東邦通信】", Chinese "华东社杭州6月28日电"
# (agency, place, date, "电" for "wired"). Their form is the evidence; any agency may use it.
# Only an agency's name after "=" counts: a Korean one ends in "news", "wire" or "press"
# ("연합뉴스", "뉴시스", "뉴스1", "한빛통신", "연합인포맥스") or is in Latin letters ("News1",
# "KBS"; "(사진=연합뉴스)" is a photo credit), a Japanese one
# in "wire", "agency" or the two agencies' short names ("【ワシントン＝山田太郎】" is the
# paper's correspondent).
WIRE_TAG_EAST_ASIAN = (
    re.compile(
        r"^\((?!사진|그래픽|자료|제공)(?P<place>[가-힣]{1,10})="
        r"(?P<wire>[가-힣A-Za-z0-9]{0,10}(?:뉴스|뉴시스|뉴스1|통신|통신사|인포맥스)"
        r"|[A-Za-z][A-Za-z0-9]{1,10})\)\s*"
    ),
    re.compile(
        r"^【(?P<place>[^＝=】\d]{1,12})[＝=](?P<wire>[^】\d]{0,10}(?:通信|通信社|共同|時事|社))】\s*"
    ),
    # Kyodo's and Jiji's own: "【ワシントン共同】", "【ソウル時事】".
    re.compile(r"^【(?P<place>[^＝=】\d]{1,12}?)(?P<wire>共同|時事)】\s*"),
    re.compile(
        r"^(?P<wire>[\u4e00-\u9fff]{1,6}社)(?P<place>[\u4e00-\u9fff]{1,8}?)"
        r"(?P<when>\d{1,2}月\d{1,2}日)电\s*"
    ),
    # Taiwan's CNA in brackets, with its reporter's name before the place (one run of
    # characters: the dateline keeps the day only): "（中央社記者陳怡君台北3日電）".
    re.compile(
        r"^[（(](?P<wire>[\u4e00-\u9fff]{1,6}社)(?:記者|记者)?[\u4e00-\u9fff]{0,16}?"
        r"(?P<when>\d{1,2}日)[電电][）)]\s*"
    ),
)
# The wire tag is looked for in the paragraph's opening characters only.
WIRE_TAG_MAX_CHARS = 160

# "©2024 Bloomberg L.P.": a copyright line opening with its mark names the agency (read by
# formats.wiretext.copyright_holder) when no wire tag does; "All rights reserved. © …" does not.
COPYRIGHT_MARK = _rx(r"^(?:©|\(c\)|copyright\b)")

# Credit tails that mark a paragraph as a photo caption rather than a sentence of the story.
PHOTO_CREDIT_HINT = _rx(
    r"\b(photo|photos|photograph|photographer|picture|image|foto|bild|credit|créditos|crédits?|"
    r"getty|reuters/|"
    r"ap photo|afp|epa|xinhua|shutterstock|imago|dpa)\b|©|"
    # The photo's word in the other scripts ("Фото: МИА", "तस्बिर : रासस"), read as label
    # words by the credit rules; outside the word boundaries, which CJK text and Indic vowel
    # signs do not have. Not Korean "사진": the pages' body truths keep "[사진=JTBC]" lines.
    # Words of the scripts with word boundaries are read as words ("بصورة", in a manner, and
    # "φωτιά", fire, are none).
    r"\b(?:фото|фота|снимка|сурет|гэрэл зураг|φωτογρ\w*|φωτ\.|صورة|تصوير|تصویر|عکس|צילום|"
    r"ფოტო|sawir\w*|picha|fotoğraf\w*|fotografi[ae]|argazki\w*|llun|լուսանկար\w*|ảnh|"
    # … and the Nordic, Finnish, Hungarian, Polish, Czech, Maltese and Croatian words.
    r"kuva|bilde|billede|fotó|zdjęcie|snímek|ritratt|slika|"
    # (… Icelandic picture and photograph, Pashto picture, Mongolian "the photo")
    r"mynd|ljósmynd|انځور|гэрэл зургийг)\b|"
    # (… Gujarati and Marathi picture labels, their vowel signs closing them)
    r"તસ્વીર|છબી|छाया\s?[:ः]|"
    r"写真|图片|圖片|摄影|攝影|摄$|攝$|फोटो|फ़ोटो|तस्बिर|तस्वीर|ছবি|ที่มาภาพ|"
    r"ภาพ:|ፎቶ|ဓာတ်ပုံ|រូបថត|படம்|ফটো|وێنە|ފޮޓޯ|រូបភាព|તસવીર|"
    # (Zulu and Chichewa "picture", Polish and Kashubian "Fot.", Lithuanian "nuotr." after
    # the credit)
    r"\b(?:isithombe|chithunzi|fot\.|nuotr\.)"
    # (… Catalan picture, Filipino "picture from", Thai "thanks for the picture")
    r"|\b(?:imatges?|larawan|dealbh|govva)\b|ขอบคุณภาพ|(?<![^\W\d_])ata(?=\s*:)|ფოტო"
    # (… Malay "picture by", Breton "photo")
    r"|\bgambar oleh\b|\bluc'hskeudenn\b"
)

# A standalone line of agency-style text that is only a section label (short, no sentence end).
SECTION_LABEL_MAX_WORDS = 4
# Headlines are one line; longer blocks are paragraphs. Chosen above the longest seed headline x2.
HEADLINE_MAX_CHARS = 200
# The desk's slugs an agency puts before a headline ("UPDATE 2-Fed holds rates", "RPT-",
# "CORRECTED-", "EXCLUSIVE-"): the version and kind of the copy, not its headline. Written
# against the headline with no space, so "US-China talks" or "COVID-19" never match.
HEADLINE_SLUG = re.compile(
    r"^(?:(?:UPDATE|RPT|REFILE|CORRECTED|CORRECTION|EXCLUSIVE|WRAPUP|INSTANT VIEW|BREAKINGVIEWS|"
    r"FACTBOX|EXPLAINER|ANALYSIS|TIMELINE|BRIEF|URGENT|FLASH|PREVIEW|FEATURE|INTERVIEW|POLL)"
    r"(?: \d{1,2})?-)+(?=\S)"
)


# A label naming the headline as such in an e-mailed story ("STORY: Rare map found …",
# "Headline: …"): the desk's form, not the headline's words.
HEADLINE_LABEL = re.compile(
    r"^(?:(?-i:STORY)|headline|hed|title"
    # (… the word "title" in the wires' languages: "標題：華埠30號巴士改道", "Başlık: …")
    r"|titel|titre|t[íi]tulo|titolo|tytuł|název|naslov|заголовок|başlık|otsikko|rubrik"
    r"|overskrift|τίτλος|כותרת|标题|標題|見出し|제목)\s?(?::\s+|：\s*)(?=\S)",
    re.IGNORECASE,
)

# (… or a bullet, an arrow or a box leads it: "▶관련기사 …", "■山陽新聞デジタル「さんデジ」では …")
# (not a list's bullet, "•", "●", "»": "• Sign up for flood alerts …" is a story's advice)
_LEADING_DASH = re.compile(r"^(?:(?:[—–|]|-{3,}|_{3,}|={3,})\s+|[▶►▷■□☞※➜]+\s*)")


def match_line_rule(line: str) -> LineRule | None:
    """The first rule whose pattern matches this whole line, or None."""
    # (a line repeated, a page's boxes of one teaser or a bulletin's rules, is read once: the
    # rules cost ~0.2 ms a line; only short lines are kept, a hostile one costs no memory)
    if len(line) <= _CACHED_LINE_CHARS:
        return _cached_line_rule(line)
    return _line_rule(line)


_CACHED_LINE_CHARS = 400


@functools.lru_cache(maxsize=4096)
def _cached_line_rule(line: str) -> LineRule | None:
    return _line_rule(line)


def _line_rule(line: str) -> LineRule | None:
    """match_line_rule, uncached."""
    # A note set off by a dash ("— This story was first published on …") is the note.
    stripped = _LEADING_DASH.sub("", line.strip())
    if not stripped:
        return None
    for rule in LINE_RULES:
        if len(stripped) <= rule.max_len and rule.pattern.search(stripped):
            return rule
    return META_LINE if _meta_line(stripped) else None


# A page's line of its metadata parts ("Veröffentlicht am 12.03.2024 um 12:04 Uhr – Lesedauer: 2
# Minuten", "Vandaag, 10:12 • Aangepast vandaag, 11:40"): each part a stamp, a reading time, or
# a few words before a date or a time.
META_LINE = LineRule(
    "meta_line",
    "label",
    re.compile(r"(?!)"),  # (read by _meta_line: the parts' rules, not one pattern)
    "a line of the page's metadata parts, stamps and reading times, not story text",
    max_len=160,
)
_META_SEPARATOR = re.compile(r"\s+[•·|–—]\s+")
_DATED_PART = re.compile(
    rf"^(?:{_DATE_LETTER}++\.?,?\s+){{0,3}}"
    rf"(?:(?:{_WORD_DATE}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})(?:,?\s+(?:{_DATE_LETTER}+\s+)?\d{{1,2}}[:.]\d{{2}})?"
    # A time alone by the clock's colon, or its dot with the clock's word ("10.15 Uhr"): a
    # decimal after a name is a result or a price ("Noah Lyles 9.79", "Brent crude 81.50").
    rf"|(?:[01]?\d|2[0-3]):[0-5]\d|(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s*(?i:uhr|h|hrs?|am|pm)\b))"
    rf"(?:\s*{_DATE_WORD})?$"
)
_META_PARTS = 4
_META_PART_CHARS = 60  # a dated part is short; a long one is text (and costs no backtracking)


def _meta_line(line: str) -> bool:
    """Parts of a page's metadata line (see META_LINE): two to four, each a stamp or a reading
    time by its rule or a dated part; a part read by a rule, or bullets between them (a dash
    parts "Monday, 10:00 – Friday, 18:00", opening hours, too)."""
    if len(line) > META_LINE.max_len:
        return False
    parts = _META_SEPARATOR.split(line)
    if not 2 <= len(parts) <= _META_PARTS:
        return False
    ruled = 0
    for part in parts:
        rule = next(
            (r for r in LINE_RULES if len(part) <= r.max_len and r.pattern.search(part)), None
        )
        if rule is not None and rule.kind == "label":
            ruled += 1
        elif len(part) > _META_PART_CHARS or not _DATED_PART.match(part):
            return False
    return ruled > 0 or bool(re.search(r"\s[•·]\s", line))
