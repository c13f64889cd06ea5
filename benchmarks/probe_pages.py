"""Hand-written pages of layouts the dev corpus lacks: body, images, captions and credits.

benchmarks/probe_pages/ holds small invented article pages (no real article text), each beside
its truth, written for this benchmark by helpers who had not seen the rules (session 15):

  body/      40 layouts (blog engines, docs, forums, Q&A, liveblogs, web components, tables,
             old markup, several scripts); truth: the body paragraphs
  images_a/  45 pages of image, caption and credit markup (figure and wrapper forms, lazy
             loading, lightboxes, credit conventions of many agencies)
  images_b/  40 pages imitating named publishers' CMSs (Arc XP, NYT, BBC, AP, Reuters, Spiegel,
             Xinhua, Al Jazeera, Gannett …), written after images_a's mends: the fresher set
  images_c/  40 more publishers and site builders (session 16: ABC, CBC, Times of India, Dawn,
             Kompas, VnExpress, Asahi, Le Figaro, FAZ, Haaretz, News24, Clarín, Ghost, Medium,
             Jetpack, Elementor, Hugo …), 140 pictures
  body_c/    40 more layouts (session 16: ad-split bodies, collapsed and paywalled halves, embeds,
             teaser articles, table and <br> layouts, Draft.js, a dozen more scripts)
  agency/    40 plain-text agency stories of 15 invented agencies in 9 languages (session 16),
             each .txt beside a .json naming its boilerplate paragraphs (start, middle, end):
             promos, disclaimers, rights lines, end marks in wordings no rule was written from
  agency_b/  40 more (15 agencies, 12 languages incl. Tagalog, Turkish, Polish, Norwegian),
             written after the session's agency rules: their out-of-sample check
  body_d/    40 news publishers' templates the dev corpus lacks (session 17), truth with
             `must_not` snippets: visible chrome an extractor must not output
  body_e/    40 long-tail article pages (local TV, trade press, clubs, councils, company
             newsrooms, static-site blogs, e-mail archives; session 17), with `must_not`
  body_f/    40 long-tail pages of the German-speaking web and neighbours (TYPO3, Contao,
             Joomla, Jimdo, club and council sites, forums; session 17), with `must_not`
  body_g/    40 more, news and long tail in 19 languages (session 17, after its body mends)
  images_d/  40 more publishers and CMSs (session 17)
  images_e/  40 more publishers, 154 pictures (session 17, after its credit mends)
  agency_c/  40 more agency stories (15 agencies, 19 languages; session 17)
  agency_d/  40 more (15 agencies, 19 languages; after session 17's first agency mends)
  agency_e/  40 more (15 agencies, 15 languages; after all of session 17's agency mends)
  agency_f/  40 stories of 35 REAL agencies and their republishers, 24 languages, the
             boilerplate in the forms those agencies really use (session 18)
  agency_g/  40 more of 38 other real agencies, 27 languages (after agency_f's mends)
  body_h/    40 pages, 27 languages, layouts that cost recall (session 18)
  images_f/  40 more publishers and CMSs, 157 pictures (session 18)
  images_g/  40 more (session 18, after its credit mends)
  wire_a/    30 wire files imitating 30 agencies' NITF, NewsML-G2, NewsML 1, ninjs 1-3, IPTC
             7901, ANPA 1312, RSS and Atom deliveries; truth per item (FILE.truth.json)
  wire_b/    30 more agencies' deliveries (session 18, after wire_a's mends)
  agency_h/  40 stories of 40 more real agencies and republishers, 31 languages (session 19)
  agency_i/  40 more (real agencies, nonprofit newsrooms' republication notices, 28 languages;
             session 19, after agency_h's mends)
  wire_c/    30 more agencies' and distributors' deliveries (PR wires, Yandex and WordPress
             feeds, TOML front matter, UTF-16, legacy code pages; session 19)
  wire_d/    25 more (session 19, after wire_c's mends)
  body_i/    40 republishers' pages carrying agency copy, 8 of them one story (session 19)
  images_h/  40 more publishers, 153 pictures (session 19)
  images_i/  40 more regional publishers (session 19, after images_h's mends)
  body_j/    40 more publishers' templates, 30 languages (session 19, written at its end)
  agency_j/  40 more agencies, wires and republishers, 27 languages (session 19, at its end)
  wire_e/    25 more deliveries: governments, broadcasters, church and sports wires (session
             19, at its end)
  images_j/  40 more publishers, 151 pictures (session 19, at its end)
  agency_k/  40 stories of 40 more real agencies and broadcasters, 35 languages, 18 scripts
             (session 20)
  wire_f/    25 more deliveries: JSON Feed, RDF, undeclared code pages, packages (session 20)
  images_k/  40 more publishers, 119 pictures, 35 languages (session 20)
  body_k/    40 more publishers' templates, 33 languages, 3 script-rendered (session 20)
  agency_l/  40 more agencies, local services and PR wires, 33 languages, 16 scripts (session
             20, after its first mends)
  wire_g/    25 more deliveries: WordPress export, Shift_JIS RDF, Superdesk, Astro and Zola
             front matter (session 20, after its first mends)
  images_l/  40 more publishers, 123 pictures, 29 languages (session 20, after its first mends)
  body_l/    40 more publishers, 29 languages, liveblogs, AMP, 3 script-rendered (session 20,
             after its first mends)
  agency_m/  40 more agencies and broadcasters, 38 languages, 13 scripts (session 20, at its
             end)
  wire_h/    25 more deliveries: courts, central banks, statistics offices, syndicates (session
             20, at its end)
  images_m/  40 more publishers, 96 pictures, 30 languages (session 20, at its end)
  body_m/    40 more publishers, 31 languages, 3 script-rendered (session 20, at its end)
  agency_n/  40 stories of 40 more agencies and broadcasters, 40 languages, 15 scripts
             (session 21)
  wire_i/    25 more deliveries: e-mailed releases, Nuxt Content and Eleventy Markdown, RDF in
             Shift_JIS and EUC-KR, UTF-16 NewsML 1 (session 21)
  images_n/  40 more publishers, 150 pictures, 39 languages (session 21)
  body_n/    40 more publishers, 36 languages, 6 script-rendered (session 21)
  agency_o/  40 more agencies, 39 languages, 17 scripts (session 21, after its first mends)
  wire_j/    25 more deliveries: undeclared Windows-1250/KOI8-R/EUC-KR/Big5 e-mail and 7901,
             ANPA with a numeric priority, kills in Macedonian (session 21, after its first
             mends)
  images_o/  40 more publishers, 148 pictures, 39 languages (session 21, after its first mends)
  body_o/    40 more publishers, 36 languages, 6 script-rendered: Apollo, Nuxt 3 devalue,
             Quintype (session 21, after its first mends)
  agency_p/  40 more agencies, broadcasters, PR wires and portals, 39 languages, 19 scripts
             (session 21, at its end)
  wire_k/    25 more deliveries: KOI8-R 7901, Latin-1 ANPA, EUC-KR NewsML 1, Big5 and
             Windows-1250 e-mail, Hugo and Jekyll Markdown (session 21, at its end)
  images_p/  40 more publishers, 155 pictures, 38 languages (session 21, at its end)
  body_p/    40 more publishers, 36 languages, 5 script-rendered (session 21, at its end)
  agency_q/  40 more agencies, broadcasters, government and PR services, 40 languages, 17
             scripts (session 22)
  wire_l/    25 more deliveries: Pelican metadata lines, UTF-16 and Big5 XML, KOI8-R 7901,
             e-mailed bulletins (session 22)
  images_q/  40 more publishers, 128 pictures, 38 languages (session 22)
  body_q/    40 more publishers, 40 languages, 6 script-rendered (session 22)
  agency_r/  40 more agencies, broadcasters, government information services, 39 languages,
             17 scripts (session 22, after its first mends)
  wire_m/    25 more deliveries: UTF-16 NewsML-G2, Windows-1251 NewsML 1, KOI8-R e-mail, Big5
             digest, Shift_JIS RDF, Docusaurus Markdown (session 22, after its first mends)
  images_r/  40 more publishers, 106 pictures, 39 languages (session 22, after its first mends)
  body_r/    40 more publishers, 35 languages, 5 script-rendered (session 22, after its first
             mends)
  agency_s/  40 more agencies, broadcasters and republishers, 39 languages, 21 scripts
             (session 23)
  wire_n/    25 more deliveries: Windows-1254 7901, ANPA kills, KOI8-R e-mailed digest, UTF-16
             NewsML, JSON Feed, MDX (session 23)
  images_s/  40 more publishers of Europe, the Americas and Africa, 130 pictures, 38 languages
             (session 23)
  images_t/  40 more publishers of Asia, Oceania and the Middle East, 146 pictures, 36
             languages (session 23)
  body_s/    40 more publishers, 40 languages, 5 script-rendered (session 23)
  agency_t/  40 more agencies, broadcasters and PR wires, 37 languages, 15 scripts (session
             23, after its first mends and its review's)
  wire_o/    25 more deliveries: windows-1256 NITF, UTF-16 Atom, Big5 and windows-1251 RDF,
             Shift_JIS and KOI8-R e-mail (session 23, after its first mends)
  images_u/  40 more publishers, 100 pictures, 40 languages (session 23, after its first
             mends)
  body_t/    40 more publishers, 34 languages, 4 script-rendered (session 23, after its first
             mends)
  agency_u/  40 more agencies, government and PR wires, 39 languages, 14 scripts (session 24)
  wire_p/    25 more deliveries: printable 7901 telex capture, UTF-16 NewsML-G2, Big5 package,
             NewsML 1.2 with a photo's text, TIS-620 and ISO-8859-15 e-mail, EUC-JP and KOI8-U
             RDF, TOML front matter (session 24)
  images_v/  40 more publishers, 24 of Asia, Africa and the Middle East, 147 pictures, 39
             languages (session 24)
  images_w/  40 more publishers, 28 of Latin America, Eastern Europe and Central Asia, 146
             pictures, 36 languages (session 24)
  body_u/    40 more publishers, 40 languages, 5 script-rendered (session 24)
  agency_v/  40 more agencies, business, religious and PR wires, 38 languages, 20 scripts
             (session 24, second wave)
  wire_q/    25 more deliveries: GBK declared GB2312 NITF, UTF-16LE NewsML-G2, windows-1256
             7901, ISO-2022-JP and ks_c_5601-1987 e-mail, SPIP RSS (session 24, second wave)
  images_x/  40 more publishers, 31 of Asia, Africa and the Middle East, 140 pictures, 40
             languages (session 24, second wave)
  images_y/  40 large national publishers, 143 pictures, 29 languages (session 24, second
             wave)
  body_v/    40 more publishers, 38 languages, 5 script-rendered (session 24, second wave)
  body_w/    40 large national publishers, 18 languages, 6 script-rendered (session 24, second
             wave)
  agency_w/  40 more agencies, broadcasters and republishers, 38 languages, 15 scripts
             (session 25)
  wire_r/    25 more deliveries of every format (session 25)
  images_z/  40 more publishers, mostly small and regional, 133 pictures (session 25)
  images_aa/ 40 more agencies' photo desks, sports sites and broadcasters, 145 pictures
             (session 25)
  body_x/    40 more publishers' templates (session 25)
  agency_x/  40 more agencies, 40 languages (session 25, second wave)
  wire_s/    25 more deliveries: RDF, plain text, every other format (session 25, second wave)
  images_ab/ 40 large national publishers of Europe and the Americas, 122 pictures (session
             25, second wave)
  images_ac/ 40 more publishers of Asia, Africa, the Middle East and the Caucasus, 133
             pictures (session 25, second wave)
  body_y/    40 more publishers, 6 script-rendered (session 25, second wave)
  body_z/    40 large national publishers, 7 script-rendered (session 25, second wave)
  agency_y/  40 more agencies, government, religious and business services, 37 languages, 16
             scripts (session 26)
  wire_t/    25 more deliveries: Shift_JIS e-mail with labelled headline and body, KOI8-R
             digest, UTF-16BE NewsML 1.2, Big5-HKSCS RSS (session 26)
  images_ad/ 40 more small and regional publishers of Europe, Africa, the Americas and
             Oceania, 142 pictures, 35 languages (session 26)
  images_ae/ 40 large national publishers, 133 pictures, 20 languages (session 26)
  body_aa/   40 more publishers, 39 languages, 5 script-rendered (session 26)
  agency_z/  40 more agencies, broadcasters and wires, 39 languages, 16 scripts (session 26,
             second wave)
  wire_u/    25 more deliveries of every format, 19 languages (session 26, second wave)
  images_af/ 40 more publishers of Asia, the Middle East, Africa and Latin America, 133
             pictures, 37 languages (session 26, second wave)
  images_ag/ 40 more large national publishers, 130 pictures, 20 languages (session 26,
             second wave)
  agency_aa/ 30 more agencies, religious, business and PR wires, 30 languages, 17 scripts
             (session 26, third wave: after all of its mends)
  images_ah/ 30 more large national and second-tier publishers, 104 pictures, 20 languages
             (session 26, third wave)
  agency_ab/ 40 more agencies, broadcasters, portals and PR wires, 39 languages, 16 scripts
             (session 27)
  wire_v/    25 more deliveries: digests parted by a dinkus, Latin-2 7901, KOI8-R e-mail, GBK
             flashes, Big5 RSS (session 27)
  images_ai/ 40 more large national and regional publishers, 129 pictures (session 27)
  body_ab/   40 more publishers, 37 languages, 5 script-rendered (session 27)
  agency_ac/ 40 more large national agencies, papers and broadcasters, 35 languages, 13
             scripts (session 27, second wave)
  wire_w/    25 more deliveries: e-mailed digests, TIS-620, KOI8-U 7901, EUC-KR, Shift_JIS
             NewsML 1.2 (session 27, second wave)
  images_aj/ 40 more of the largest national publishers (session 27, second wave)
  body_ac/   40 more of the largest national publishers' templates, 6 script-rendered
             (session 27, second wave)
  agency_ae/ 40 more agencies, papers and services, 35 languages, 13 scripts (session 28)
  wire_y/    25 more deliveries: KOI8-R 7901, windows-874 and Big5 copy without a charset,
             EUC-KR NewsML-G2, GBK NITF, ninjs 2 and 3 (session 28)
  images_al/ 40 more large national and regional publishers, 130 pictures (session 28)
  body_ae/   40 more publishers, 36 languages, 5 script-rendered (session 28)
  agency_af/ 40 more, 38 languages, 18 scripts (session 28, second wave)
  wire_z/    25 more deliveries: KOI8-R mail, TIS-620 NewsML-G2, Big5 RSS, GBK NITF, kills,
             embargoes (session 28, second wave)
  images_am/ 40 more large national and regional publishers (session 28, second wave)
  body_af/   40 more news publishers, 38 languages, liveblogs, 4 script-rendered (session 28,
             second wave)
  agency_ag/ 40 more agencies, papers and services, 40 languages, 22 scripts (session 29)
  wire_aa/   25 more deliveries: telex captures with their own STX, Big5-HKSCS copy, KOI8-U
             and ISO-2022-JP mail, windows-1255 RSS, JSON Feed, TOML front matter (session 29)
  images_an/ 40 more large national and regional publishers, 31 languages (session 29)
  body_ag/   40 more news publishers, 40 languages, 8 script-rendered (session 29)
  agency_ah/ 40 more papers and broadcasters, 40 languages, 20 scripts (session 29, second
             wave)
  wire_ab/   25 more deliveries: GB18030 and Shift_JIS NewsML-G2, windows-1255 NewsML 1.2,
             ks_c_5601-1987 and windows-1256 mail, undeclared windows-1251 and -1254 copy
             (session 29, second wave)
  images_ao/ 40 more national and regional publishers of every continent (session 29, second
             wave)
  body_ah/   40 more news publishers, 40 languages, paywalled halves (session 29, second wave)
  agency_ai/ 40 more papers, broadcasters, wires and a government office, 40 languages
             (session 30)
  wire_ac/   25 more deliveries: EUC-KR NITF, Big5 NewsML 1.2, TIS-620 RSS, EUC-JP RDF,
             windows-1257 and base64 mail, a ZCZC 7901 capture, ANPA (session 30)
  images_ap/ 40 more national and regional publishers, 40 languages (session 30)
  body_ai/   40 more news publishers, 40 languages, paywalled and state-only bodies (session 30)
  agency_aj/ 40 more papers, broadcasters and a ministry, 40 languages, 23 scripts (session 30,
             second wave)
  wire_ad/   25 more deliveries: GB18030 NITF, ISO-8859-9 7901 kill, Big5-HKSCS NewsML 1.2,
             KOI8-U digest, ISO-2022-JP mail, windows-1256 mail (session 30, second wave)
  images_aq/ 40 more national and regional publishers, 39 languages (session 30, second wave)
  body_aj/   40 more news publishers, 36 languages, 6 state-only (session 30, second wave)
  agency_ak/ 40 more outlets, independent and reader-funded ones among them, 40 languages
             (session 31)
  wire_ae/   25 more deliveries: ANPA with art advisories, a 7901 correction, a mailed
             ISO-2022-JP bulletin, NewsML-G2 packages, Big5-HKSCS plain copy (session 31)
  images_ar/ 40 more publishers, 40 languages (session 31)
  body_ak/   40 more news publishers, 40 languages, a paywall over JSON-LD (session 31)
  agency_al/ 40 more outlets and press services, 39 languages, 18 scripts (session 31, second
             wave)
  wire_af/   25 more deliveries: KOI8-U 7901 kill, an HTML newsletter by mail, Big5 NewsML 1.2
             (session 31, second wave)
  images_as/ 40 more publishers, 40 languages (session 31, second wave)
  body_al/   40 more news publishers, 40 languages, state-only bodies (session 31, second wave)
  agency_am/ 40 more outlets, 40 languages (session 31, third wave)
  wire_ag/   25 more deliveries: Shift_JIS NITF, EUC-KR NewsML 1.2, ISO-8859-3 mail, Yiddish
             Markdown (session 31, third wave)
  images_at/ 40 more publishers, 40 languages (session 31, third wave)
  body_am/   40 more news publishers, 40 languages (session 31, third wave)
  agency_an/ 40 more outlets, 40 languages, broadcasters among them (session 32)
  wire_ah/   25 more deliveries: a correction in ANPA and 7901, Big5 NITF, EUC-KR NewsML 1.2,
             TOML Markdown, a WordPress feed's footer (session 32)
  images_au/ 40 more publishers, 40 languages (session 32)
  body_an/   40 more news publishers, 40 languages, a liveblog, state-only bodies (session 32)
  agency_ao/ 40 more outlets and press services, 40 languages, 15 scripts (session 32, second
             wave)
  wire_ai/   25 more deliveries: flush 7901 messages, a kill in ANPA, EUC-JP RSS, mail with
             pictures attached (session 32, second wave)
  images_av/ 40 more publishers, 40 languages (session 32, second wave)
  body_ao/   40 more news publishers, 40 languages, 6 state-only (session 32, second wave)
  agency_ap/ 40 more outlets, a government's release among them, 40 languages, 17 scripts
             (session 32, third wave)
  wire_aj/   25 more deliveries: a kill in ANPA, Shift_JIS RDF, Romansh Atom, a NewsML-G2
             correction, a UK agency's e-mailed copy sheet (session 32, third wave; mended in
             session 33)
  agency_aq/ 40 more outlets, 40 languages, 26 scripts (session 33)
  wire_ak/   25 more deliveries: copy sheets of UK agencies, EUC-JP RDF, Big5 mail, TIS-620
             NITF, a Russian Markdown release (session 33)
  images_aw/ 40 more publishers, 40 languages (session 33)
  body_ap/   40 more news publishers, 38 languages, 6 state-only, a Nuxt 2 page (session 33)
  agency_ar/ 40 more outlets and press services, 40 languages, 17 scripts (session 33, second
             wave)
  wire_al/   25 more deliveries: Big5 RSS with whole stories, KOI8-U plain copy, GB18030 NITF,
             a King Features ANPA feature (session 33, second wave)
  images_ax/ 40 more publishers (session 33, second wave)
  body_aq/   40 more news publishers (session 33, second wave)
  agency_as/ 40 more outlets, 40 languages, 20 scripts (session 33, third wave)
  wire_am/   25 more deliveries: EUC-JP NewsML 1.2, a withheld G2 item, a canceled ninjs item,
             Big5 mail (session 33, third wave)
  images_ay/ 40 more publishers, 35 languages (session 33, third wave)
  agency_at/ 40 more outlets, 40 languages, 20 scripts (session 34)
  wire_an/   25 more deliveries: a kill in NITF 3.2, Shift_JIS NewsML 1.2, a Korean government
             release mailed in CP949, a GBK plain-text market report (session 34)
  images_az/ 40 more publishers, 32 languages (session 34)
  body_ar/   40 more news publishers, 40 languages, 6 state-only (session 34)
  agency_au/ 40 more outlets, 40 languages, 19 scripts (session 34, second wave)
  wire_ao/   25 more deliveries: KOI8-R 7901, a Slavic mailed release, a Chinese service's slip
             (session 34, second wave)
  images_ba/ 40 more publishers (session 34, second wave)
  body_as/   40 more news publishers, 34 languages (session 34, second wave)
  agency_av/ 40 more outlets, 40 languages, 17 scripts (session 34, third wave)
  wire_ap/   25 more deliveries (session 34, third wave)
  images_bb/ 40 more publishers (session 34, third wave)
  body_at/   40 more news publishers (session 34, third wave)
  agency_aw/ 40 more outlets, 40 languages, 23 scripts (session 35)
  wire_aq/   25 more deliveries: Esperanto, Inuktitut, Gaelic mail, Bislama JSON Feed, a
             CANA ANPA kill, PYRESA 7901 (session 35)
  images_bc/ 40 more publishers, 38 languages (session 35)
  body_au/   40 more news publishers, 40 languages, 5 state-only (session 35)
  agency_ax/ 40 more outlets and press offices, 40 languages, 22 scripts (session 35, second
             wave)
  wire_ar/   25 more deliveries: ISO-8859-16 7901, ISO-8859-8-I mail, BridgeNews ANPA (session
             35, second wave)
  images_bd/ 40 more publishers (session 35, second wave)
  body_av/   40 more news publishers, 36 languages, 6 state-only (session 35, second wave)
  agency_ay/ 40 more outlets, 40 languages, 16 scripts (session 36)
  wire_as/   25 more deliveries: Big5 digests parted by "＊＊＊＊＊", KOI8-R 7901, a NITF
             print edition, ANPA advances (session 36)
  images_be/ 40 more publishers (session 36)
  body_aw/   40 more news publishers, 40 languages, 6 state-only (session 36)
  agency_az/ 40 more outlets and press offices, 40 languages, 16 scripts (session 36, second
             wave)
  wire_at/   25 more deliveries: Greek 7901, TIS-620 mail, a G2 package (session 36, second
             wave)
  images_bf/ 40 more publishers (session 36, second wave)
  body_ax/   40 more news publishers, 40 languages (session 36, second wave)
  agency_ba/ 40 more outlets, 40 languages (session 36, third wave)
  wire_au/   25 more deliveries: ACAN-EFE 7901, GB18030 NITF, a G2 package (session 36, third
             wave)
  agency_bb/ 40 more outlets, 40 languages, 16 scripts (session 37)
  wire_av/   25 more deliveries: UTF-16 G2 messages, a KILL after ANPA copy, Sámi Atom, a
             GB18030 release mailed under embargo (session 37)
  images_bg/ 40 more publishers, 40 languages (session 37)
  body_ay/   40 more publishers, 39 languages, Arc Fusion and Next.js state-only halves (session
             37)
  agency_bc/ 40 more outlets, 40 languages, 15 scripts (session 37, second wave)
  wire_aw/   25 more deliveries: EUC-JP and GB2312 feeds, e-mailed digests, ANPA withholds
             (session 37, second wave)
  images_bh/ 40 more publishers, 40 languages (session 37, second wave)
  body_az/   40 more publishers, 40 languages, Angular, Nuxt and Next.js states, a forum
             (session 37, second wave)
  agency_bd/ 40 more outlets, 40 languages, 16 scripts (session 37, third wave)
  wire_ax/   25 more deliveries: UTF-16 NewsML 1, KOI8-R base64 mail, a Maltese kill, desks
             as authors (session 37, third wave)
  images_bi/ 40 more publishers, 39 languages (session 37, third wave)
  body_ba/   40 more publishers, 38 languages, 29 on one simple skeleton (session 37, third
             wave)
  agency_be/ 40 more outlets, 40 languages, 12 scripts (session 38)
  wire_ay/   25 more deliveries: KOI8-R 7901 with moved times, EUC-KR broadcast scripts, a
             UTF-16 G2 release (session 38)
  images_bj/ 40 more publishers, 36 languages, 38 on one generated skeleton (session 38)
  body_bb/   40 more publishers, 39 languages, pages 21-40 on one skeleton (session 38)
  agency_bf/ 40 more outlets, 38 languages (session 38, second wave)
  wire_az/   25 more deliveries: a Big5 feed, Greenlandic, Tigrinya, a kill in 7901 (session
             38, second wave)
  images_bk/ 14 publishers, no two on one skeleton (session 38, second wave)
  body_bc/   12 publishers, no two on one skeleton (session 38, second wave)
  agency_bg/ 40 more outlets, 40 languages, 13 scripts (session 38, third wave)
  wire_ba/   25 more deliveries: Sakha, Ladin, Burmese, Pashto, a Windows-1255 mail (session
             38, third wave)
  images_bl/ 27 publishers, 26 languages, no two on one skeleton (session 38, third wave)
  body_bd/   12 publishers, no two on one skeleton (session 38, third wave)
Scored with the shared corpus tools (eval_body's word-4-gram P/R, eval_images' score), wirecopy
beside trafilatura; wire sets by the share of items whose field is right (`-v` lists misses).
The first run of each set (before the mends the probes led to) is reported
in benchmarks/README.md; since then the sets are in-sample for those mends.

    python benchmarks/probe_pages.py              # every set
    python benchmarks/probe_pages.py wire_e -v    # the named sets; -v lists the wire misses
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TOOLS = HERE.parents[1] / "shared" / "corpus" / "tools"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(TOOLS))

import eval_body  # noqa: E402
import eval_images  # noqa: E402
from extraction import body, images  # noqa: E402

PAGES = HERE / "probe_pages"
# Staff credit lines, which one probe's truth marks as boilerplate and another's as story (the
# aeb-dev truth keeps Reuters' "(Reporting by …; Editing by …)"; the Chinese desk's
# "（編輯：X）" goes by the editor_line rule): not scored either way.
_STAFF_CREDIT = re.compile(
    # … and a desk's roles and names ("autor: X; redakcja: Y", "Edição: X"), which one truth
    # marks as the story's and another as boilerplate: wirecopy keeps them as staff credits.
    r"^\(?(?:reporting|reportagem|reportaje|additional reporting|compiled by|pewarta)\b"
    r"|^(?:autor|author|editor|edição|edición|redakcja|redakce|reporter|repórter|muhabir)\s*[:：]"
    r"|^[（(【\[]\s*(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s*[:：]",
    re.I,
)
# A boilerplate line shorter than this is looked for as a paragraph of the body, not inside one.
_SHORT_LINE = 25
# A byline line ("By Jane Doe", "Por …"): read into the authors, not lost.
_BYLINE = re.compile(r"^(?:by|por|di|av|af|von|par|oleh)\s+\S+\s+\S+", re.I)


def _pages(folder: Path) -> list[tuple[str, str, dict[str, Any]]]:
    """(name, html, truth) of each page of a folder, by name."""
    return [
        (p.stem, p.read_text(encoding="utf-8"), json.loads(p.with_suffix(".json").read_text()))
        for p in sorted(folder.glob("*.html"))
    ]


def score_body(folder: Path) -> dict[str, dict[str, float]]:
    """Word-4-gram precision, recall and F1 of wirecopy and trafilatura on a body folder."""
    counts: dict[str, list[tuple[int, int, int]]] = {"wirecopy": [], "trafilatura": []}
    for _, html, truth in _pages(folder):
        gold = "\n\n".join(truth["paragraphs"])
        counts["wirecopy"].append(eval_body.page_counts(gold, body(html, truth["url"])))
        counts["trafilatura"].append(eval_body.page_counts(gold, eval_body.ex_trafilatura(html)))
    return {name: eval_body.aggregate(c) for name, c in counts.items()}


def _words(text: str) -> str:
    """Text as a string of casefolded words, each between spaces, for snippet lookups."""
    return " " + " ".join(re.findall(r"\w+", text.casefold())) + " "


def score_snippets(folder: Path) -> dict[str, dict[str, float]]:
    """Snippet precision and recall (trafilatura's own evaluation style): the first eight words
    of each truth paragraph must appear, each `must_not` snippet must not."""
    counts = {"wirecopy": [0, 0, 0], "trafilatura": [0, 0, 0]}  # found, missed, leaked
    for _, html, truth in _pages(folder):
        wanted = [_words(" ".join(p.split()[:8])) for p in truth["paragraphs"]]
        unwanted = [_words(s) for s in truth.get("must_not", [])]
        for name, text in (
            ("wirecopy", body(html, truth["url"])),
            ("trafilatura", eval_body.ex_trafilatura(html)),
        ):
            seen = _words(text or "")
            found = sum(w in seen for w in wanted)
            counts[name][0] += found
            counts[name][1] += len(wanted) - found
            counts[name][2] += sum(u in seen for u in unwanted)
    out = {}
    for name, (found, missed, leaked) in counts.items():
        precision = found / (found + leaked) if found + leaked else 0.0
        recall = found / (found + missed) if found + missed else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[name] = {"precision": precision, "recall": recall, "f1": f1}
    return out


def score_images(folder: Path) -> dict[str, dict[str, Any]]:
    """eval_images.score of wirecopy and trafilatura's images on an image folder."""
    cases, html_of = [], {}
    for name, html, truth in _pages(folder):
        gt = [
            {"urls": im["urls"], "caption": im.get("caption"), "credit": im.get("credits") or []}
            for im in truth["images"]
        ]
        cases.append({"id": name, "url": truth["url"], "gt": gt})
        html_of[name] = html
    out = {}
    for label, extract in (("wirecopy", images), ("trafilatura", eval_images.trafilatura_images)):
        preds = {c["id"]: extract(html_of[c["id"]], c["url"]) for c in cases}
        out[label] = eval_images.score(cases, preds)
    return out


def score_agency(folder: Path) -> dict[str, float]:
    """Boilerplate paragraphs left and story paragraphs lost when each story is cleaned alone
    (first sight of its agency: no repetition counts)."""
    from wirecopy.schemas.records import RawDocument
    from wirecopy.tasks.clean import clean_document
    from wirecopy.tasks.parse import parse_document

    boiler = left = story = lost = 0
    for txt in sorted(folder.glob("*.txt")):
        data = txt.read_bytes()
        raw = RawDocument(
            f"file:///probe/{txt.name}", data, hashlib.sha256(data).hexdigest(), len(data)
        )
        body_text = clean_document(parse_document(raw)).body_text
        body = " ".join(body_text.split())
        # A short line ("TT", "(PAP)") is left when a paragraph is that line, not when the
        # story names the agency ("… skriver myndigheten i ett svar till TT.").
        body_paragraphs = {" ".join(b.split()) for b in body_text.split("\n\n")}
        marked = {
            " ".join(b.split())
            for b in json.loads(txt.with_suffix(".json").read_text())["boilerplate"]
        }
        chunks = [c for c in re.split(r"\n\s*\n", data.decode()) if c.strip()]
        # A paragraph is boilerplate when it is marked whole, or each of its lines is
        # ("Contacts" over "Media: Erin Lahti, …").
        whole = [
            all(" ".join(ln.split()) in marked for ln in c.splitlines() if ln.strip())
            for c in chunks
        ]
        paragraphs = [" ".join(c.split()) for c in chunks]
        for p, all_marked in list(zip(paragraphs, whole, strict=True))[1:]:  # headline: the title
            if p in marked or all_marked:
                if not _STAFF_CREDIT.match(p):
                    boiler += 1
                    left += p in body_paragraphs or (len(p) >= _SHORT_LINE and p in body)
            elif not (_BYLINE.match(p) and len(p) < 60) and not _STAFF_CREDIT.match(p):
                story += 1
                lost += p[-40:] not in body  # its end: the dateline's tag is taken off its start
    return {
        "boilerplate_left": left / max(boiler, 1),
        "story_lost": lost / max(story, 1),
        "boilerplate": boiler,
        "story": story,
    }


def _norm(text: str | None) -> str:
    """Text with its white space collapsed, for exact comparisons."""
    return " ".join((text or "").split())


def _wire_articles(path: Path) -> list[Any]:
    """Every article a wire file gives through parse and clean (an exception: none)."""
    from wirecopy.schemas.records import RawDocument
    from wirecopy.tasks.clean import clean_document
    from wirecopy.tasks.parse import parse_input

    data = path.read_bytes()
    raw = RawDocument(path.as_uri(), data, hashlib.sha256(data).hexdigest(), len(data))
    try:
        docs = parse_input(raw)
    except Exception as exc:  # a reject: every field of the file's items counts as missed
        print(f"  {path.name}: {type(exc).__name__}: {str(exc)[:120]}")
        return []
    articles = []
    for doc in docs:  # one item's reject (a feed's link to fetch) leaves the others
        try:
            articles.append(clean_document(doc))
        except Exception as exc:
            print(f"  {path.name}: {type(exc).__name__}: {str(exc)[:120]}")
    return articles


def _instant(value: str | None) -> Any:
    """An ISO 8601 time as an aware datetime (None stays None)."""
    from datetime import datetime

    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


# The dateline's end: plain copy writes "CHENGDU, Nov. 27 (Xinhua) -- …" as "CHENGDU, Nov. 27 — …".
_DATELINE_END = re.compile(r"^.{0,80}?\s(?:--|—|–|-)\s")


def _after_dateline(text: str) -> str:
    """A first paragraph from its dateline's dash on (the whole of it when it has none)."""
    m = _DATELINE_END.match(text)
    return text[m.end() :] if m else text


def _same_picture(got: tuple[str, str], truth: tuple[str, str]) -> bool:
    """The same caption and credit; a truth caption may still hold its credit at its end
    ("… on Wednesday. (AP Photo/X)"), which wirecopy splits off into the credit."""
    caption, credit = got
    if credit != truth[1]:
        return False
    if caption == truth[0]:
        return True
    rest = truth[0][len(caption) :] if caption and truth[0].startswith(caption) else ""
    return bool(rest) and bool(credit) and credit in rest and len(rest) <= len(credit) + 12


def wire_checks(item: dict[str, Any], article: Any) -> dict[str, bool]:
    """Which of a truth item's fields one article gets right."""
    paragraphs = [_norm(p) for p in article.body_text.split("\n\n") if p.strip()]
    truth_images = sorted(
        (_norm(i["caption"]), _norm(i.get("credit"))) for i in item.get("images", [])
    )
    got_images = sorted((_norm(c.caption_text), _norm(c.credit)) for c in article.captions)
    # A kill advisory is withdrawn copy whatever status its format declares; usable copy under
    # an embargo is what some truths call "embargoed" (others "usable").
    declared = article.release.pub_status or "usable"
    status = "canceled" if declared == "usable" and article.release.withdrawn else declared
    statuses = {status}
    if status == "usable" and article.release.embargoed_until is not None:
        statuses.add("embargoed")
    checks = {
        "title": _norm(article.title) == _norm(item["title"]),
        "first_paragraph": bool(paragraphs)
        and _after_dateline(paragraphs[0]) == _after_dateline(_norm(item["first_paragraph"])),
        "last_paragraph": bool(paragraphs) and paragraphs[-1] == _norm(item["last_paragraph"]),
        "paragraphs": len(paragraphs) == item["paragraphs"],
        # Names compare in any case: wirecopy writes "DELORES VANTREASE" as "Delores Vantrease".
        "authors": sorted(_norm(a).casefold() for a in article.authors)
        == sorted(_norm(a).casefold() for a in item.get("authors", [])),
        "status": item.get("status", "usable") in statuses,
        "images": len(got_images) == len(truth_images)
        and all(_same_picture(g, t) for g, t in zip(got_images, truth_images, strict=True)),
    }
    if item.get("published") is not None:
        truth = item["published"]
        # A truth of a date alone ("2025-03-04": the file gives no time) is met by that day,
        # as the corpus's eval_meta compares a date as written (session 24; before, it could
        # never be met: 7 items of the wire sets).
        if len(truth) == len("2025-03-04"):
            got = article.published_at
            checks["published"] = got is not None and got.date().isoformat() == truth
        else:
            checks["published"] = article.published_at == _instant(truth)
    if item.get("language"):
        got = (article.language or "").lower()
        checks["language"] = got.split("-")[0] == item["language"].lower().split("-")[0]
    return checks


def score_wire(folder: Path, verbose: bool = False) -> dict[str, float]:
    """Share of wire items whose field wirecopy gets exactly right, per field; a truth item is
    matched to the article with the same headline, else to the one at its position."""
    right: dict[str, list[bool]] = {}
    for truth_path in sorted(folder.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        source = truth_path.with_name(truth_path.name.removesuffix(".truth.json"))
        found = [p for p in folder.iterdir() if p.stem == source.name and p != truth_path]
        articles = _wire_articles(found[0]) if found else []
        right.setdefault("items", []).append(len(articles) == len(truth["items"]))
        for n, item in enumerate(truth["items"]):
            same = [a for a in articles if _norm(a.title) == _norm(item["title"])]
            article = same[0] if same else (articles[n] if n < len(articles) else None)
            checks = wire_checks(item, article) if article is not None else {}
            for key in (
                "title",
                "first_paragraph",
                "last_paragraph",
                "paragraphs",
                "authors",
                "status",
                "images",
                "published",
                "language",
            ):
                if key in checks or article is None:
                    right.setdefault(key, []).append(checks.get(key, False))
            if verbose:
                wrong = [k for k, ok in checks.items() if not ok] if article else ["missing"]
                if wrong:
                    print(f"  {source.name} #{n}: {', '.join(wrong)}")
    return {key: sum(v) / len(v) for key, v in right.items()} | {
        "files": len(right.get("items", []))
    }


def _folders(prefix: str) -> list[str]:
    """The probe folders whose names start with a prefix (body, body_c …), in order; only
    those named on the command line when any are."""
    named = [a for a in sys.argv[1:] if not a.startswith("-")]
    return sorted(
        p.name
        for p in PAGES.iterdir()
        if p.is_dir() and p.name.startswith(prefix) and (not named or p.name in named)
    )


def main() -> None:
    for folder in _folders("body"):
        for name, m in score_body(PAGES / folder).items():
            figures = "  ".join(f"{k} {m[k]:.3f}" for k in ("precision", "recall", "f1"))
            print(f"{folder:9} {name:12} {figures}")
        if folder in ("body", "body_c"):
            continue
        for name, m in score_snippets(PAGES / folder).items():
            figures = "  ".join(f"{k} {m[k]:.3f}" for k in ("precision", "recall", "f1"))
            print(f"{folder:9} {name:12} {figures}  (snippets)")
    keys = ("img_F1", "cap_exact", "cred_exact", "cred_spurious", "cred_leak")
    for folder in _folders("images"):
        for name, m in score_images(PAGES / folder).items():
            figures = "  ".join(f"{k} {m.get(k, float('nan')):.3f}" for k in keys)
            print(f"{folder:9} {name:12} {figures}")
    for folder in _folders("agency"):
        m = score_agency(PAGES / folder)
        print(
            f"{folder:9} wirecopy     boilerplate left {m['boilerplate_left']:.3f} of "
            f"{m['boilerplate']}  story lost {m['story_lost']:.3f} of {m['story']}"
        )
    for folder in _folders("wire"):
        m = score_wire(PAGES / folder, verbose="-v" in sys.argv)
        figures = "  ".join(f"{k} {v:.3f}" for k, v in m.items() if k != "files")
        print(f"{folder:9} wirecopy     {m['files']} files  {figures}")


if __name__ == "__main__":
    main()
