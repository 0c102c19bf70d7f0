"""A thirteenth hand-written gold set for `redact_quality`: realistic multi-line records whose focus is PERSON
NAMES in every form a real file holds. This is a DEVELOPMENT set: rules may be tuned on its misses.

Records come in 14 styles of 11 or 12 records each: help-desk tickets with quoted mail, chat excerpts and agent
notes (`support_ticket`), ward handovers, triage, GP, ICU, physio, antenatal and discharge notes (`clinical_note`),
HR mail with From/To/CC lines and minutes (`hr_email`), Slack, WhatsApp, Telegram, IRC, SMS, KakaoTalk, LINE,
Teams, Discord and Signal chats (`chat_log`), auth, sshd, sudo, audit, Jira, postfix, DHCP, VPN, Windows event,
application, cron and access logs with user and owner fields (`ops_log`), CSV, TSV, semicolon and pipe rows with
headers (`csv_rows`), envelope and label address blocks in local order, some in Japanese, Korean and Greek script
(`postal_block`), KYC, fraud, mortgage, AML, wire-recall, deceased-estate and due-diligence notes (`bank_note`),
account and call notes (`crm_note`), forum, Reddit, classified-ad, Stack Overflow, genealogy and bug-report posts
(`forum_post`), referral letters in English, Irish, Welsh, Finnish, Spanish, Swedish and Catalan settings
(`referral_letter`), card, direct-debit, SEPA, payout and standing-order changes (`payment_update`), tax returns
and forms of many countries (`tax_form`) and security, health-and-safety, police, data-breach, aviation, lab and
school incident reports (`incident_report`); plus 14 PII-free look-alikes (`pii_free`: dishes, furniture, books,
eponymous diseases and laws, cheeses, cultivars named after people, songs, shipping-forecast areas, festival
stages, and version numbers and part numbers shaped like IP addresses and phone numbers).

People are Korean, Japanese, Chinese (pinyin, Hong Kong Cantonese with English given names such as "Kelvin Leung
Ka-wai", Taiwanese Wade-Giles), Mongolian, Kazakh, Uzbek, Georgian, Armenian, Greek, Hungarian (family name
first), Finnish, Icelandic (patronymics and matronymics in -dóttir/-son), Estonian, Latvian, Lithuanian, Albanian,
Maltese, Basque, Catalan, Welsh, Scottish and Irish Gaelic (Mac, Nic, Ó, Ní), Sami, Hawaiian, Samoan, Tongan,
Quechua and Aymara, with a few Vietnamese and Turkish names. They appear by full name, surname-first and in all
caps ("SURNAME, Given", "SURNAME/GIVEN" on passenger lists), in East Asian order and script (Hangul, kanji,
hanzi), in Georgian and Greek script, as initials ("Sefo T.", "N. Magga", "Gunnhildur Ó."), with nicknames in
quotes, hyphenated and double family names, particles (ap, i, Mac, Nic, Ó, Ní, Ter-), diacritics and the Hawaiian
ʻokina, as e-mail display names and in CC lists, as log fields (user=, owner "...", assignee:), as lower-case chat
handles built from names (minh.anh, tkmurata, ERDENE_B, wayra_qm), repeated within a record in different case, as
lone given names in greetings and sign-offs, and with given names that are also ordinary words (Onni, Tamm, Kask,
Fehér, Sade, Aamu, Tähti, Wayra, Illari, Sisa, Hana, Sora, Drita, Bora, Eira, Haf, Ivy). Titles and honorifics
(Mr, Mrs, Dr, dr., Capt., BMS, FO, MR/MS on passenger lists, Bey, -san, aunty, Tata) stand outside the marks, and
so does a possessive 's. Kinship words used as names (엄마, Tūtū) are not marked. Addresses follow the formats of
Japan, Korea, Iceland, Peru, New Zealand, Scotland, Norway, Greece, Malta, Hong Kong, Georgia, Hungary, Finland,
Estonia, Latvia, Lithuania, Albania, Armenia, Kazakhstan, Mongolia, Spain (Basque and Catalan), Wales, Ireland
(Eircodes), Sweden, Tonga and Hawaii.

Every value (names, streets, postcodes, phones, e-mails, identifiers, IP addresses) was invented for this file;
none comes from the other gold sets, Faker, presidio-evaluator or configs/, and pipeline/ never reads it.
Identifiers whose scheme publishes a check digit carry a valid one, computed for this file: payment cards (Luhn),
Greek AMKA (Luhn), IBANs (mod 97 and the length of their country: FI, IS, EE, LV, LT, HU, GE, AL, MT, GR, GB, ES,
KZ, IE), Finnish HETU (mod 31), Icelandic kennitala (mod 11), Estonian isikukood and Lithuanian asmens kodas
(two-pass mod 11), Latvian personas kods (old format, mod 11), Japanese My Number (mod 11), Korean RRN, Chinese
resident ID (ISO 7064 MOD 11-2), Hong Kong ID, Hungarian TAJ, Norwegian fødselsnummer (two mod 11 digits),
Swedish personnummer (Luhn), Spanish DNI letter, NHS number and Scottish CHI number (mod 11), Irish PPSN (mod 23),
New Zealand NHI (old format, mod 11) and the US ABA routing number; tests/test_redact_dev13.py checks each of them.
National check digits inside an IBAN's BBAN were not computed. The others (Mongolian register numbers, Georgian
personal numbers, Peruvian DNI, Maltese ID cards, passports, MRNs, US SSN, UK NINO and UTR, account numbers)
only have the shape of real ones.

Markup as in redact_dev.py: `{P:...}` PERSON, `{A:...}` ADDRESS (street line, flat or building line, P.O. box and
postcode, each marked separately), `{E:...}` EMAIL_ADDRESS, `{T:...}` PHONE_NUMBER, `{I:...}` ID, `{B:...}`
DATE_OF_BIRTH (only a date next to a birth cue or in a birth-date column), `{N:...}` IP_ADDRESS and `{C:...}` a
town, city or district (neutral). Countries, regions, organisations, products, order and ticket numbers and
ordinary dates are not marked.
"""

from __future__ import annotations

from benchmarks.redact_data import Labelled
from benchmarks.redact_dev import parse_marked

RECORDS: list[tuple[str, str]] = [
    ("support_ticket",
     "Ticket #48213 - login loop on mobile app\n"
     "Reporter: {P:Tsukamoto Haruka} <{E:h.tsukamoto@kumo-mail.jp}>\n"
     "> hi, since the update i cant get past the 2FA screen, code never arrives on {T:+81 90-4827-3156}\n"
     "Agent note ({P:Ishigami Ren}): verified caller by DOB {B:1991-07-22} + last 4 of phone. {P:Haruka} says "
     "SIM is new.\n"
     "Resent code, works now. Closing. -- {P:Ren}"),
    ("support_ticket",
     "Subject: Re: Re: wrong name on invoice\n"
     "From: \"{P:Kovács-Szabó Enikő}\" <{E:eniko.kovacs.szabo@postafiok.hu}>\n"
     "Hi,\n"
     "the invoice says \"{P:Kovacs Eniko}\" but my name is {P:Kovács-Szabó Enikő} (family name first, "
     "hyphenated, with accents).\n"
     "Please also send it to my husband {P:Fehér Bence}, {A:Rózsa utca 14. 2/7}, {A:1077} {C:Budapest}.\n"
     "Thanks, {P:Enikő}\n"
     "---\n"
     "internal: fixed both, told {P:Enikő} it re-issues tonight. assignee: {P:zsofi.varga}"),
    ("support_ticket",
     "#ST-9920 | prio P3 | assignee: {P:tlahtinen} | requester: {P:Aino Kivelä}\n"
     "\"Hei, the parcel tracker shows the wrong address: it should be {A:Kuusitie 9 B 21}, {A:00270} "
     "{C:Helsinki}\"\n"
     "2nd msg: also my phone changed -> {T:+358 40 718 2265}\n"
     "note from {P:Tuomas}: updated both. {P:Aino} asked for email confirmation at "
     "{E:aino.kivela@sahkoposti.fi}."),
    ("support_ticket",
     "Ticket 7731 (reopened)\n"
     "cust: {P:Hrafnhildur Gunnarsdóttir}, kt. {I:120690-3889}\n"
     "she calls herself \"{P:Hildur}\" — {P:Hildur} is fine in replies.\n"
     "issue: bank transfer to {I:IS10 0133 2604 7927 1206 9037 29} bounced twice\n"
     "escalated to {P:Bjarki Þórsson} (payments). {P:bjarki.th} pls check before Friday"),
    ("support_ticket",
     "From: {P:Ciarán Mac Giolla Bhríde} <{E:ciaran.macgb@iol-post.ie}>\n"
     "Subject: cant update my address\n"
     "Hello, moved house. New one is {A:Apt 3, Teach na Mara}, {A:Bóthar na Trá}, {C:Gaillimh}, {A:H91 X2C7}.\n"
     "Old one was {A:12 Fairhill Road Lower}. Card on file ends 8370 (my card is {I:5528 7301 6492 8370}).\n"
     "Go raibh maith agat, {P:Ciarán}\n"
     "[agent {P:Róisín Ní Bhriain}]: address updated, told customer to never email full card numbers."),
    ("support_ticket",
     "ticket 30051 - duplicate accounts\n"
     "two profiles: \"{P:BAEK HA-EUN}\" and \"{P:Baek Ha-eun}\" (same email {E:haeun.baek95@hanmir.kr})\n"
     "customer prefers {P:Ha-eun}. DOB on both: {B:1995-09-30}.\n"
     "merged into the older one. notified {P:baek ha-eun} via app inbox. handled by {P:Gong Ji-ho}"),
    ("support_ticket",
     "Ticket #6604\n"
     "Caller: Mr {P:Levan Kapanadze}, rang from {T:+995 599 41 28 73}\n"
     "Says his wife {P:Tamar Gvenetadze-Kapanadze} can't log in; account is in her name.\n"
     "Explained we need {P:Tamar} herself on the line. Callback booked. — {P:Nino B.}"),
    ("support_ticket",
     "RE: Locked out (ref 55-1902)\n"
     ">> On Tue, {P:Arbër Kelmendi} wrote:\n"
     ">> my username is {P:arber.k88} and password reset emails go to spam\n"
     "user record: {P:arber.k88} / {E:arber.kelmendi88@postaalb.al}\n"
     "Hi {P:Arbër}, I whitelisted our sender. Try again?\n"
     "Rgds, {P:Blerta} (L2 support)"),
    ("support_ticket",
     "[Zendesk] #12990 Delivery to Malta failing\n"
     "requester: {P:Ġużeppi Camilleri} ({E:guzeppi.camilleri@melitanet.mt})\n"
     "ship-to: {A:23, Triq il-Kbira}, {C:Ħaż-Żebbuġ} {A:ZBG 1306}\n"
     "courier says no such street. {P:Ġużeppi}'s neighbour {P:Marija Abela Farrugia} signed for the last one.\n"
     "assignee: {P:owen.pryce}"),
    ("support_ticket",
     "Ticket 88102 / chat transcript excerpt\n"
     "[10:02] visitor ({P:Wayra Quispe Mamani}): hola, no me llega el código\n"
     "[10:03] agent {P:Illari}: hola {P:Wayra}, confirmas tu DNI?\n"
     "[10:03] visitor: {I:45821937}\n"
     "[10:05] agent: listo, te llega al {T:+51 984 372 615}\n"
     "tagged: peru, sms. owner: {P:illari.condori}"),
    ("support_ticket",
     "Ticket #40177 - refund for cancelled tour\n"
     "From: \"{P:Sione Fifita Taufa}\" <{E:sione.taufa@tonganet.to}>\n"
     "CC: {P:Mele Havili} <{E:melehavili@kalianet.to}>\n"
     "\"Malo e lelei, we booked for 2 but {P:Mele} got sick, please refund to same card\"\n"
     "Card on booking: {I:4126 8375 9201 4639}. Refund issued. agent: {P:kaipo.n}"),
    ("support_ticket",
     "#7002 app crash after language switch to Kazakh\n"
     "reporter {P:Aigerim Seitkali} ({E:a.seitkali@qazpost.kz}), phone {T:+7 701 384 2917}\n"
     "steps from {P:Aigerim}: settings -> language -> қазақша -> crash\n"
     "dev owner: {P:dilnoza.rakhimova}; QA: {P:Sardor Tursunov}"),
    ("clinical_note",
     "Ward 4B handover 07:30\n"
     "Bed 3: {P:Sigrún Hákonardóttir}, kt {I:190557-2279} (DOB {B:19.05.1957}), post-op day 2, obs stable.\n"
     "Son {P:Hrafn Sigrúnarson} visiting pm, NOK phone {T:+354 862 4017}.\n"
     "Bed 5: {P:O'BRIEN-Ó SÚILLEABHÁIN, Pádraig} — confused overnight, falls risk. Seen by Dr {P:Ní Dhomhnaill}."),
    ("clinical_note",
     "Outpatient note — rheumatology\n"
     "Pt: {P:Papadimitriou-Koutra, Eleni}, AMKA {I:14038705829}, born {B:14/03/1987}\n"
     "Address: {A:Odos Kallidromiou 41}, {A:114 73} {C:Athens}\n"
     "Reviewed by Dr {P:Stavros Antonakis}. {P:Eleni} reports morning stiffness ~1h. Plan: bloods, r/v 6/52.\n"
     "cc GP Dr {P:Antigoni Lambrou}"),
    ("clinical_note",
     "Triage 22:14\n"
     "Pt name {P:Kealoha Kahananui}, 34M, brought by partner {P:Leilani Akana}.\n"
     "DOB {B:1990-11-02}. MRN {I:HI-0048213}. Ph {T:(808) 555-0143}\n"
     "c/o chest tightness after surfing. ECG nsr. {P:Kealoha} anxious; {P:Leilani} says no cardiac hx.\n"
     "RN {P:Kaipo Nakoa}"),
    ("clinical_note",
     "GP consult summary\n"
     "Patient: {P:Tavita Faleolo}  NHI {I:ZKT4821}  DOB {B:04.09.1968}\n"
     "Lives w/ daughter {P:Malia Sapolu-Leota} at {A:17 Tui Crescent}, {C:Ōtāhuhu}, {C:Auckland} {A:1062}.\n"
     "T2DM, HbA1c 71. Discussed diet in Samoan with interpreter {P:Lagi}.\n"
     "{P:Tavita} agreeable to metformin increase. — Dr {P:Fono}"),
    ("clinical_note",
     "ICU note (night)\n"
     "pt {P:TSEND-AYUSH Batbayar} (reg. no {I:UB88031204}), 36y, admitted w/ pneumonia\n"
     "wife {P:Otgonbayar Munkhzul} interpreter needed (Mongolian). contact {T:+976 9911 4826}\n"
     "{P:Batbayar} desat to 88% at 02:00, increased FiO2. Reviewed by dr. {P:Gansukh}."),
    ("clinical_note",
     "Physio note\n"
     "Pt {P:Ane Etxeberria Goikoetxea}, DNI {I:72184630G}, fecha de nacimiento {B:03/02/1979}\n"
     "{A:Kale Nagusia 12, 3º izq.}, {A:20003} {C:Donostia}\n"
     "Knee ROM 0-110. {P:Ane} keen to return to pelota. Next: {P:Itziar} (physio) Tue."),
    ("clinical_note",
     "Discharge summary (abridged)\n"
     "Name: {P:Niillas Magga}   Fødselsnummer: {I:23047148375}   Født: {B:23.04.1971}\n"
     "Address: {A:Márkanvegen 6}, {A:9730} {C:Karasjok}\n"
     "Admitted for cellulitis L leg. IV abx 3d then oral. GP {P:Biret Elle Gaup} to review.\n"
     "{P:Niillas}'s sister {P:Sunná Eira Oskal} collecting him."),
    ("clinical_note",
     "antenatal booking\n"
     "{P:Zhang Yuqing} (prefers \"{P:Ivy}\"), 31, G1P0, ID {I:440305198706237218}, DOB {B:1987-06-23}\n"
     "partner {P:Liang Shuyi} present. phone {T:+86 138 2741 9063}.\n"
     "{P:Ivy} works night shifts. bloods today. midwife: {P:H. Lau}"),
    ("clinical_note",
     "Mental health review\n"
     "Client: {P:Onni Rautio}, HETU {I:170388-274X}\n"
     "{P:Onni} reports onni (\"luck\") has run out since job loss; low mood 3/12. no SI.\n"
     "Mother {P:Tähti Rautio} supportive. F/u with {P:K. Lehtonen} 2/52."),
    ("clinical_note",
     "Paediatric clinic\n"
     "Child: {P:Gwenllian ap Rhys} ({P:Gwen}), DOB {B:2016-02-11}, NHS {I:483 920 1757}\n"
     "Attended with mum {P:Eira ap Rhys} and nain {P:Haf Llewelyn-Pryce}.\n"
     "Address {A:2 Heol y Felin}, {C:Caernarfon} {A:LL55 1TQ}\n"
     "{P:Gwen}'s eczema improving. Review 3 months. Dr {P:Dafydd Bowen}"),
    ("clinical_note",
     "Nursing note 14:00\n"
     "{P:Hovhannes Melkumyan} (Mr), 72, passport {I:AM0428193}\n"
     "son {P:Aram Melkumyan} translating (Armenian). wife {P:Lusine Ter-Avetisyan} phone {T:+374 91 482 736}\n"
     "Mr {P:Melkumyan} declined lunch, IV fluids ongoing. {P:Aram} to bring his meds list."),
    ("hr_email",
     "From: {P:Kadri Tamm} <{E:kadri.tamm@lumehelbed.ee}>\n"
     "To: {P:Mart Kask} <{E:mart.kask@lumehelbed.ee}>\n"
     "CC: {P:Ilze Bērziņa}; {P:Rūta Žemaitienė}\n"
     "Subject: Onboarding for {P:Rūta}\n"
     "{P:Mart}, {P:Rūta} starts Monday. Her isikukood isn't relevant (she's LT), asmens kodas {I:48504193713}.\n"
     "Please set up payroll to {I:LT78 7300 0101 3849 2051}. Thanks, {P:Kadri}"),
    ("hr_email",
     "Subject: Leave request - {P:Fekete Dorottya}\n"
     "Hi {P:Zsófi},\n"
     "{P:Fekete Dorottya} (TAJ {I:037 184 269}) asked for 3 days unpaid leave 12-14 June.\n"
     "Her manager {P:Varga Zsófia} approved verbally; HR ({P:Szabó Márton}) to confirm in writing.\n"
     "-- {P:Márton}"),
    ("hr_email",
     "Minutes — disciplinary hearing, 3 March\n"
     "Present: {P:Ruairidh MacAonghais} (chair), {P:Eilidh NicLeòid} (HR), {P:Callum Dubh MacIlleathain} "
     "(employee),\n"
     "{P:Seonag Mhoireach} (union rep)\n"
     "{P:Callum} denied the allegation. {P:Eilidh} to circulate witness statements. Outcome by 10 March."),
    ("hr_email",
     "From: \"{P:Jordi Puigvert i Soler}\" <{E:jpuigvert@correu-coop.cat}>\n"
     "To: nòmines <{E:nomines@correu-coop.cat}>\n"
     "Bon dia, he canviat de banc. Nou IBAN: {I:ES48 2095 2183 9102 0048 7361}\n"
     "DNI {I:39502817H}. Adreça nova: {A:Carrer del Rec Comtal 7, 2n 1a}, {A:08003} {C:Barcelona}.\n"
     "Gràcies,\n"
     "{P:Jordi}"),
    ("hr_email",
     "Subject: RE: reference check\n"
     "> Can you confirm {P:Nguyễn Thị Minh Anh} worked for you 2019-2023?\n"
     "Yes — {P:Minh Anh} (we all called her \"{P:Mia}\") was a senior analyst on {P:Dang Quoc Huy}'s team.\n"
     "Rehire: yes. Sent by {P:Gunnhildur Óskarsdóttir}, HR {C:Reykjavík} office."),
    ("hr_email",
     "From: {P:Yerlan Dzhaksybekov} <{E:y.dzhaksybekov@steppe-logistika.kz}>\n"
     "Sent: 04 April\n"
     "To: HR Team; {P:Aigul Nurlanovna}\n"
     "{P:Aigul}, please update my emergency contact to my brother {P:Daulet Dzhaksybekov}, {T:+7 777 510 2938}.\n"
     "Also new home address: {A:ул. Абая 152, кв. 48}, {C:Almaty} {A:050008}.\n"
     "{P:Yerlan}"),
    ("hr_email",
     "Payroll change notice\n"
     "Employee: {P:KUROKI, Sora}   emp# 40192   My Number {I:4831 0572 9163}\n"
     "New bank: MUFG, acct {I:0482917} (futsuu). Effective next cycle.\n"
     "Approved: {P:Okabe Mio} / checked: {P:Murata Takumi}"),
    ("hr_email",
     "Hi all,\n"
     "please welcome {P:Hemi Tapsell-Faleolo} and {P:'Ana Lupe Vaipulu} to the {C:Suva} office!\n"
     "{P:Hemi} joins ops, {P:'Ana} joins finance under {P:Sefo Tuimavave}.\n"
     "Desk phones: {P:Hemi} x2217, {P:'Ana} x2218.\n"
     "cheers, {P:Losa}"),
    ("hr_email",
     "From: {P:Drita Berisha} <{E:drita.berisha@albtek.al}>\n"
     "To: {P:Bora Shehu}\n"
     "Subject: contract renewal {P:Besnik Gjoka}\n"
     "{P:Bora}, {P:Besnik}'s contract ends 30/06. Passport copy on file ({I:BA4819273}) expires soon — please "
     "ask him.\n"
     "{P:Drita}"),
    ("hr_email",
     "Subject: Exit interview notes\n"
     "Employee {P:Wei Ling \"Winnie\" Tsang} (HK ID {I:K384172(3)}) leaving 31 May.\n"
     "Said manager {P:Dicky Lau Chun-kit} was supportive; issue was commute from {A:Flat 12B, Block 3}, {A:Kwai "
     "Chung Estate}.\n"
     "Forwarding address: {A:18/F, 221 Lockhart Road}, {C:Wan Chai}. {P:Winnie} OK to be contacted.\n"
     "— {P:Crystal Ho}"),
    ("hr_email",
     "To: {P:Anahit Sargsyan}\n"
     "From: {P:Gohar Petrosyan}\n"
     "{P:Anahit} jan, the visa letter for {P:Tigran Hakobyan} needs his DOB — it's {B:11.01.1984} per passport "
     "{I:AN7302946}.\n"
     "Please send to the consulate today. {P:Gohar}"),
    ("chat_log",
     "[09:14] {P:minh.anh}: morning! is {P:huy} in today?\n"
     "[09:15] {P:tkmurata}: he's WFH, ping him on {T:+84 912 483 067}\n"
     "[09:15] {P:minh.anh}: ok ty. also {P:Murata}-san can u review my PR\n"
     "[09:16] {P:tkmurata}: after lunch"),
    ("chat_log",
     "WhatsApp — \"{P:Akana} ʻohana\"\n"
     "{P:Leilani}: aloha! Tūtū wants everyone sat at noon\n"
     "{P:Kaipo}: shoots. is {P:Keola} bringing the poke\n"
     "{P:Leilani}: yes + {P:Pua} bringing haupia\n"
     "{P:Kaipo}: tell aunty {P:Noelani} the address is {A:94-1032 Kaʻaka Street}, {C:Waipahu}"),
    ("chat_log",
     "#ops-mongolia (Slack)\n"
     "{P:ERDENE_B}: shipment to {C:UB} stuck at customs again\n"
     "{P:saran.g}: which one? the one for {P:Ganzorig Tsetsegmaa}?\n"
     "{P:ERDENE_B}: yes. her phone {T:+976 8802 3917} goes to voicemail\n"
     "{P:saran.g}: I'll try her husband {P:Dorj} later"),
    ("chat_log",
     "Telegram\n"
     "{P:Sardor}: salom, {P:Dilnoza} opa, passport nomeringizni yuboring\n"
     "{P:Dilnoza Rakhimova}: {I:AB1938472}\n"
     "{P:Sardor}: rahmat! ticket ertaga keladi"),
    ("chat_log",
     "IRC #finnish-devs\n"
     "<{P:aamu_k}> anyone seen {P:sade}?\n"
     "<{P:tommi-l}> {P:Sade Virtanen} is on leave until 14th\n"
     "<{P:aamu_k}> ok, I'll ask {P:Jussi} then\n"
     "<{P:tommi-l}> {P:jussi} is also off lol"),
    ("chat_log",
     "SMS thread\n"
     "From {T:+353 87 294 1836}: hi its {P:Síle}, running late, tell {P:Pádraig} to start without me\n"
     "To: ok will do. {P:síle} do u have the key for {A:14 Sráid an Droichid}?\n"
     "From: no, {P:Niamh Ní Chonchúir} has it"),
    ("chat_log",
     "Family chat (KakaoTalk)\n"
     "엄마: {P:하은}아 밥 먹었니?\n"
     "{P:Ha-eun}: 네 엄마. {P:Ji-ho} 오빠도 같이\n"
     "엄마: {P:지호}한테 내일 {T:010-4827-3391}로 전화하라고 해\n"
     "{P:Ha-eun}: ㅇㅋ"),
    ("chat_log",
     "Teams - #payroll-emea\n"
     "{P:Gunnhildur Ó.}: Has anyone got {P:Bjarki}'s new kennitala form?\n"
     "{P:Hugh Ellis-Rhys}: {P:bjarki} sent it to {E:payroll@nordvik-group.is} yesterday\n"
     "{P:Gunnhildur Ó.}: found it, thx {P:Hugh}"),
    ("chat_log",
     "discord #quechua-study\n"
     "{P:wayra_qm}: allillanchu! {P:amaru} can u share the vocab doc\n"
     "{P:AmaruTicona}: sure, sending to ur mail {E:wayra.quispe@runasimi-net.pe}\n"
     "{P:wayra_qm}: sulpayki {P:Amaru}!\n"
     "{P:sisa.h}: me too pls"),
    ("chat_log",
     "Signal\n"
     "{P:Nino}: {P:Levan}, did you call the bank?\n"
     "{P:Levan}: yes. {P:Giorgi Lomtadze} there said our card {I:4917 3058 2641 0935} is blocked\n"
     "{P:Nino}: ugh. ok I'll go to the branch on {A:Rustaveli Ave 24}\n"
     "{P:Levan}: 👍"),
    ("chat_log",
     "LINE\n"
     "{P:曾郁萱}: {P:Yu-hsuan} here, new number {T:+886 912 048 375}\n"
     "{P:Pei-chun}: got it!! see u at {P:Hsieh}'s place sat\n"
     "{P:曾郁萱}: ok. {P:佩君} bring the cake"),
    ("chat_log",
     "[14:01] <{P:zeynep.aydogdu}> {P:Şükrü} Bey asked for the {C:Tbilisi} invoices\n"
     "[14:02] <{P:giorgi.l}> which ones, {P:Zeynep}?\n"
     "[14:02] <{P:zeynep.aydogdu}> the ones for {P:Eka Chkheidze}\n"
     "[14:03] <{P:giorgi.l}> on it"),
    ("ops_log",
     "2024-03-11T08:14:22Z auth INFO login ok user={P:hrafnhildur.g} src={N:10.42.8.117} mfa=totp\n"
     "2024-03-11T08:14:40Z auth WARN login failed user={P:bjarki.th} src={N:185.44.201.9} reason=bad_password\n"
     "2024-03-11T08:15:02Z auth INFO login ok user={P:bjarki.th} src={N:185.44.201.9} mfa=push"),
    ("ops_log",
     "Mar 12 02:11:07 bastion01 sshd[31877]: Accepted publickey for {P:tkmurata} from {N:203.0.113.48} port "
     "51022\n"
     "Mar 12 02:11:09 bastion01 sudo: {P:tkmurata} : TTY=pts/2 ; PWD=/home/{P:tkmurata} ; USER=root ; "
     "COMMAND=/bin/systemctl restart nginx\n"
     "Mar 12 02:14:30 bastion01 sshd[31911]: Invalid user {P:ishigami} from {N:198.51.100.77}"),
    ("ops_log",
     "[audit] 2024-05-02 11:20:33 record_update table=patients id=88213 by=\"Dr. {P:Eleni "
     "Papadimitriou-Koutra}\"\n"
     "[audit] 2024-05-02 11:20:33 field=phone old={T:+30 694 418 2735} new={T:+30 697 203 1846}\n"
     "[audit] 2024-05-02 11:21:10 export by=\"{P:Stavros Antonakis}\" ip={N:10.8.0.23} rows=1"),
    ("ops_log",
     "jira: PROJ-4412 assignee changed from \"{P:Ilze Bērziņa}\" to \"{P:Jānis Ozoliņš}\"\n"
     "jira: PROJ-4412 comment by {P:janis.ozolins}: \"waiting on {P:Rūta} for logs\"\n"
     "jira: PROJ-4413 created by {P:mindaugas.p} reporter=\"{P:Mindaugas Petrauskas}\""),
    ("ops_log",
     "postfix/smtpd[2231]: NOQUEUE: reject: RCPT from unknown[{N:91.198.44.12}]: 550 5.1.1 "
     "<{E:anahit.sargsyan@armpost.am}>: Recipient address rejected\n"
     "postfix/smtp[2244]: 4F1A21: to=<{E:h.melkumyan@yerevan-mail.am}>, "
     "relay=mx.yerevan-mail.am[{N:46.241.130.7}], status=sent\n"
     "postfix/cleanup[2240]: 4F1A21: from=<{E:lusine.ter-avetisyan@armpost.am}> owner \"{P:Lusine "
     "Ter-Avetisyan}\""),
    ("ops_log",
     "DHCPACK on {N:192.168.20.54} to a4:83:e7:11:20:9f (LT-FIN-0042) via eth1\n"
     "device owner lookup: hostname LT-FIN-0042 -> owner \"{P:Mart Kask}\" dept=finance\n"
     "DHCPACK on {N:192.168.20.61} to 3c:22:fb:40:18:aa (iPhone-7f2a) owner \"{P:Kadri Tamm}\""),
    ("ops_log",
     "2024-06-18 19:02:55 vpn[882]: session start user={P:MNicDhonnchaidh} assigned={N:10.77.1.14} from "
     "{N:2001:db8:3c4d:15::1a2f}\n"
     "2024-06-18 19:40:12 vpn[882]: session end user={P:MNicDhonnchaidh} bytes_in=48211 bytes_out=991200\n"
     "2024-06-18 19:41:03 vpn[882]: session start user={P:r.obrien} assigned={N:10.77.1.15}"),
    ("ops_log",
     "EventID 4740 A user account was locked out.\n"
     "Account Name: {P:GFALEOLO}   Caller Computer: WS-AKL-0417\n"
     "Subject: {P:Lagi Faleolo} ({P:LAGIF})\n"
     "EventID 4767 unlocked by {P:Malia Sapolu-Leota}"),
    ("ops_log",
     "ERROR order-svc payment declined customer=\"{P:Wei Ling Tsang}\" card={I:2221 0473 8561 9200} "
     "amount=1480.00 HKD\n"
     "INFO  order-svc retry customer=\"{P:Wei Ling Tsang}\" phone={T:+852 9482 7163}\n"
     "INFO  order-svc success after retry txn=TX-88201"),
    ("ops_log",
     "cron[4410]: ({P:ane.etxeberria}) CMD (/usr/local/bin/backup.sh)\n"
     "cron[4410]: ({P:jordi.puigvert}) CMD (/usr/bin/python3 /opt/reports/report.py)\n"
     "kernel: audit: type=1400 comm=\"report.py\" uid=1004 name={P:jordi.puigvert}"),
    ("ops_log",
     "access.log\n"
     "{N:81.23.144.9} - {P:lkapanadze} [12/Apr/2024:10:11:03 +0400] \"GET /account/settings HTTP/1.1\" 200 4821\n"
     "{N:81.23.144.9} - {P:lkapanadze} [12/Apr/2024:10:11:09 +0400] \"POST /account/phone HTTP/1.1\" 302 0\n"
     "{N:81.23.144.12} - {P:ngvenetadze} [12/Apr/2024:10:13:40 +0400] \"GET /login HTTP/1.1\" 200 1022"),
    ("csv_rows",
     "id,family_name,given_name,dob,phone,city\n"
     "101,{P:Tsend-Ayush},{P:Batbayar},{B:1988-03-12},{T:+976 9911 4826},{C:Ulaanbaatar}\n"
     "102,{P:Otgonbayar},{P:Munkhzul},{B:1990-10-01},{T:+976 8810 2274},{C:Darkhan}\n"
     "103,{P:Ganzorig},{P:Tsetsegmaa},{B:1979-05-30},{T:+976 8802 3917},{C:Erdenet}"),
    ("csv_rows",
     "\"name\";\"kennitala\";\"email\"\n"
     "\"{P:Sigrún Hákonardóttir}\";\"{I:190557-2279}\";\"{E:sigrun.hak@postur-net.is}\"\n"
     "\"{P:Bjarki Þórsson}\";\"{I:080874-4139}\";\"{E:bjarki.th@nordvik-group.is}\"\n"
     "\"{P:Katla Bjarkadóttir}\";\"{I:251102-2440}\";\"{E:katla.b@postur-net.is}\""),
    ("csv_rows",
     "surname\tgiven\tHETU\tpostcode\ttown\n"
     "{P:Kivelä}\t{P:Aino}\t{I:050201A6181}\t{A:00270}\t{C:Helsinki}\n"
     "{P:Rautio}\t{P:Onni}\t{I:170388-274X}\t{A:90100}\t{C:Oulu}\n"
     "{P:Lahtinen-Oja}\t{P:Tuomas}\t{I:231276-453R}\t{A:33200}\t{C:Tampere}"),
    ("csv_rows",
     "employee|name|rrn|team\n"
     "E-2201|{P:BAEK Ha-eun}|{I:950930-2405182}|platform\n"
     "E-2202|{P:GONG Ji-ho}|{I:880214-1028379}|platform\n"
     "E-2203|{P:Seo Min-jun}|{I:020611-3829474}|intern"),
    ("csv_rows",
     "Name,Given name,ID,Born,IBAN\n"
     "{P:Tamm},{P:Kadri},{I:48907120276},{B:12.07.1989},{I:EE98 2210 0348 2019 3756}\n"
     "{P:Kask},{P:Mari},{I:60203154274},{B:15.03.2002},\n"
     "note: row 2 is {P:Mari}, {P:Mart Kask}'s daughter; no account yet"),
    ("csv_rows",
     "customer_id,display_name,email,phone\n"
     "C-0091,\"{P:Sione F. Taufa}\",{E:sione.taufa@tonganet.to},{T:+676 771 2049}\n"
     "C-0092,\"{P:Mele Havili}\",{E:melehavili@kalianet.to},{T:+676 884 3310}\n"
     "C-0093,\"{P:'Ofa Tu'ipulotu}\",{E:ofa.tuipulotu@kalianet.to},{T:+676 775 9021}"),
    ("csv_rows",
     "last,first,taj,szül. dátum\n"
     "{P:Fekete},{P:Dorottya},{I:037184269},{B:1984.02.19}\n"
     "{P:Kovács-Szabó},{P:Enikő},{I:129503842},{B:1977.08.30}\n"
     "{P:Fehér},{P:Bence},{I:084621395},{B:1975.12.01}"),
    ("csv_rows",
     "username,full_name,last_login_ip\n"
     "{P:wayra_qm},{P:Wayra Quispe Mamani},{N:190.117.84.22}\n"
     "{P:sisa.h},{P:Sisa Huanca Choque},{N:200.87.14.203}\n"
     "{P:AmaruTicona},{P:Amaru Ticona Apaza},{N:190.117.84.31}"),
    ("csv_rows",
     "rec,patient,chi,dob,gp\n"
     "1,\"{P:MACAONGHAIS, Ruairidh}\",{I:150379 4822},{B:15/03/1979},Dr {P:I. NicLeòid}\n"
     "2,\"{P:Ní Bhriain, Róisín}\",,{B:02/11/1985},Dr {P:C. Ó Murchú}"),
    ("csv_rows",
     "Name;Vorname;PLZ;Ort;Strasse\n"
     "{P:Etxeberria Goikoetxea};{P:Ane};{A:20003};{C:Donostia};{A:Kale Nagusia 12}\n"
     "{P:Puigvert i Soler};{P:Jordi};{A:08003};{C:Barcelona};{A:Carrer del Rec Comtal 7}\n"
     "{P:Urrutia Zubizarreta};{P:Itziar};{A:48005};{C:Bilbo};{A:Done Bikendi kalea 3}"),
    ("csv_rows",
     "id\tname_zh\tname_en\tid_no\n"
     "1\t{P:梁淑怡}\t{P:Liang Shuyi}\t{I:110108199202143628}\n"
     "2\t{P:张雨晴}\t{P:Zhang Yuqing}\t{I:440305198706237218}\n"
     "3\t{P:刘建国}\t{P:Liu Jianguo}\t{I:510107197811050485}"),
    ("csv_rows",
     "email,name,phone\n"
     "{E:gwen.aprhys@cymru-post.co.uk},{P:Gwen ap Rhys},{T:07700 900418}\n"
     "{E:ffion.bowen@cymru-post.co.uk},{P:Ffion Bowen},{T:07700 900562}\n"
     "{E:d.llewelyn-pryce@cymru-post.co.uk},{P:Dafydd Llewelyn-Pryce},{T:07700 900731}"),
    ("postal_block",
     "〒{A:150-0013}\n"
     "{C:東京都渋谷区}{A:恵比寿3-14-9}\n"
     "{A:メゾン恵比寿 402}\n"
     "{P:塚本 遥} 様"),
    ("postal_block",
     "{P:TSUKAMOTO Haruka}\n"
     "{A:Maison Ebisu 402}\n"
     "{A:3-14-9 Ebisu}, {C:Shibuya-ku}\n"
     "{C:Tokyo} {A:150-0013}, JAPAN"),
    ("postal_block",
     "{C:서울특별시 마포구} {A:월드컵북로 21길 17, 302호}\n"
     "{P:백하은} 귀하\n"
     "({A:03967})"),
    ("postal_block",
     "Ms {P:Sigrún Hákonardóttir}\n"
     "{A:Hringbraut 88}\n"
     "{A:101} {C:Reykjavík}\n"
     "Iceland"),
    ("postal_block",
     "{P:Wayra Quispe Mamani}\n"
     "{A:Jr. Los Quipus 318}, {C:Wanchaq}\n"
     "{C:Cusco} {A:08002}\n"
     "PERÚ"),
    ("postal_block",
     "Mr & Mrs {P:Tavita} and {P:Lupe Faleolo}\n"
     "{A:17 Tui Crescent}\n"
     "{C:Ōtāhuhu}\n"
     "{C:Auckland} {A:1062}"),
    ("postal_block",
     "Attn: {P:Ruairidh MacAonghais}\n"
     "{A:Taigh na Creige}\n"
     "{A:4 Sràid a' Chaisteil}\n"
     "{C:Steòrnabhagh}, Isle of Lewis\n"
     "{A:HS1 2BG}"),
    ("postal_block",
     "{P:Niillas Magga}\n"
     "{A:Postboks 114}\n"
     "{A:9735} {C:Karasjok}\n"
     "Norge / Norga"),
    ("postal_block",
     "Φ/Δ: {P:Ελένη Παπαδημητρίου-Κούτρα}\n"
     "{A:Οδός Καλλιδρομίου 41}\n"
     "{A:114 73} {C:Αθήνα}"),
    ("postal_block",
     "To: {P:Marija Abela Farrugia}\n"
     "{A:\"Id-Dar tal-Bajja\", Flat 2}\n"
     "{A:Triq San Pawl}\n"
     "{C:San Pawl il-Baħar} {A:SPB 3412}\n"
     "MALTA"),
    ("postal_block",
     "Sender: {P:Kelvin Leung Ka-wai}\n"
     "{A:Flat 7C, Fu Wah Mansion}\n"
     "{A:33 Shantung Street}\n"
     "{C:Mong Kok}, Kowloon"),
    ("postal_block",
     "{P:Levan Kapanadze}\n"
     "{A:Rustaveli Ave 24, apt 9}\n"
     "{A:0108} {C:Tbilisi}\n"
     "GEORGIA"),
    ("bank_note",
     "KYC review — new account\n"
     "Applicant: {P:Anahit Sargsyan} (née {P:Hakobyan}), born {B:1986-09-14}, passport {I:AN5519036}\n"
     "Address: {A:Tumanyan St 31, apt 12}, {A:0002} {C:Yerevan}\n"
     "Source of funds: salary from employer. Spouse {P:Armen Sargsyan} co-signatory. PEP: no.\n"
     "Reviewer: {P:Gohar Petrosyan}"),
    ("bank_note",
     "Fraud call log 16:40\n"
     "Caller claimed to be {P:Ólafur Steinsson}, could not confirm kt. Real customer {P:Ólafur} contacted on "
     "file no {T:+354 699 2018}\n"
     "— says he never called. Card {I:5354 6201 9384 7569} blocked, new one sent to {A:Laugavegur 61}, {A:101} "
     "{C:Reykjavík}.\n"
     "handled by {P:Katla B.}"),
    ("bank_note",
     "Mortgage file note\n"
     "Borrowers: {P:VARGA Zsófia} and {P:VARGA-NAGY Levente}\n"
     "Property: {A:Kossuth Lajos utca 7.}, {A:4024} {C:Debrecen}\n"
     "Repayment acct: {I:HU87 1177 3016 0491 8237 0000 0000}\n"
     "{P:Zsófia} asked whether {P:Levente} can be removed later. Referred to dr. {P:Kiss Ágota}."),
    ("bank_note",
     "AML alert #A-20931\n"
     "Sender: {P:Sardor Tursunov} (passport {I:FA4410283}) -> Beneficiary: {P:Dilnoza Rakhimova}\n"
     "Amount USD 9,800 x3 in one week. Beneficiary acct {I:KZ85 722C 0000 1938 4756}\n"
     "{P:Tursunov} says it's for his sister's wedding; {P:Rakhimova} is a cousin. Escalated to {P:Aigul N.}"),
    ("bank_note",
     "Wire recall request\n"
     "Customer {P:Kealoha Kahananui} sent payment to wrong beneficiary.\n"
     "From acct {I:0048291736} (routing {I:321073525}) on 12 Feb, intended for {P:Pua Kahananui-Lee}.\n"
     "Contact: {T:808-555-0199}, {E:kealoha.k@aloha-net.us}. Raised with correspondent. — {P:J. Akana}"),
    ("bank_note",
     "Branch note\n"
     "Mr. {P:Giorgi Lomtadze}'s card blocked after 3 wrong PINs.\n"
     "Customer ID verified with personal no. {I:01019046281}. IBAN {I:GE77 BG00 0000 0472 9183 65}.\n"
     "New PIN mailer to {A:Chavchavadze Ave 37}, {C:Tbilisi}. {P:Giorgi} also asked about joint acct w/ {P:Eka "
     "Chkheidze}."),
    ("bank_note",
     "Deceased customer — {P:Tuomas Lahtinen-Oja}\n"
     "HETU {I:231276-453R}. Account {I:FI44 4027 1600 0183 65} frozen.\n"
     "Estate contact: daughter {P:Aamu Lahtinen}, {T:+358 50 329 4718}. Death cert received from {P:Aamu} 3 "
     "June."),
    ("bank_note",
     "SEPA mandate dispute\n"
     "Debtor {P:Blerta Dushku}, IBAN {I:AL69 2021 1009 0000 0004 5839 2716}\n"
     "says creditor {P:Arbër Kelmendi} (landlord) charged twice. {P:Blerta} has screenshots.\n"
     "Agent: {P:Drilon}. Refund 1 x EUR 420."),
    ("bank_note",
     "Customer due diligence — Maltese company director\n"
     "Director: {P:Ġużeppi Camilleri}, ID card {I:0284193M}, DOB {B:22/10/1970}\n"
     "Co-director: {P:Marija Abela Farrugia}, ID card {I:0471882M}\n"
     "Operating acct {I:MT05 VALL 2201 3000 0000 4001 8273 654}. Reviewed {P:C. Zammit}."),
    ("bank_note",
     "Note to file\n"
     "{P:Ha-eun Baek} (aka \"{P:Haeun}\") changed her registered phone to {T:+82 10-5938-2107}.\n"
     "Verified via RRN {I:950930-2405182} + OTP. Previous no. {T:+82 10-4827-3391} removed.\n"
     "Branch: {C:Mapo}. Staff: {P:Shin Yu-jin}"),
    ("bank_note",
     "Joint account opening — {P:Ilze Bērziņa} & {P:Jānis Ozoliņš}\n"
     "personas kods {I:140593-12840} ({P:Ilze}), {I:070778-10354} ({P:Jānis})\n"
     "IBAN assigned {I:LV13 HABA 0551 0382 7491 6}\n"
     "{P:Jānis} wants statements in Latvian, {P:Ilze} in English."),
    ("crm_note",
     "Account: Tundra Outfitters Oy\n"
     "Main contact {P:Sade Virtanen} (procurement), {E:sade.virtanen@tundra-outfit.fi}, {T:+358 44 902 1837}\n"
     "Call w/ {P:Sade} + her boss {P:Jussi Heikkilä}. They want 40 units by Q3. {P:Jussi} is decision maker.\n"
     "Next step: quote from {P:Tommi}."),
    ("crm_note",
     "Lead: {P:Hemi Tapsell-Faleolo}\n"
     "Met at the {C:Suva} expo, very interested in the fleet plan. Prefers WhatsApp {T:+679 992 4170}.\n"
     "{P:Hemi}'s colleague \"{P:Sefo}\" ({P:Sefo Tuimavave}) handles payments.\n"
     "owner: {P:losa.t}"),
    ("crm_note",
     "opp #5521 — renewal at risk\n"
     "contact: {P:Stavros Antonakis}, clinic manager. {P:stavros} complained about support response times\n"
     "spoke to {P:Eleni} (his deputy) too, she's more positive.\n"
     "{P:Antonakis} wants a discount; suggested 8%. — {P:Nikos}"),
    ("crm_note",
     "Customer: {P:Kurosawa-Bell, Mio}\n"
     "Note: goes by \"{P:Mimi}\". Second address for deliveries: {A:2-7-1 Tenjin}, {C:Chūō-ku}, {C:Fukuoka} "
     "{A:810-0001}\n"
     "Birthday gift campaign: born {B:1995-04-09}. {P:Mimi} opted out of SMS."),
    ("crm_note",
     "Call summary (Kazakh distributor)\n"
     "spoke w/ {P:Yerlan Dzhaksybekov} and {P:Aigerim Seitkali}. {P:Yerlan} wants exclusivity for Almaty region.\n"
     "{P:Aigerim} will send the signed NDA from {E:a.seitkali@qazpost.kz}.\n"
     "Follow-up booked by {P:Daria}."),
    ("crm_note",
     "contact card\n"
     "{P:Eilidh NicLeòid} | HR director | {T:01851 704 228} | {E:eilidh.nicleoid@eilean-mail.scot}\n"
     "Assistant: {P:Seonag} ({E:seonag.m@eilean-mail.scot})\n"
     "Notes: Gaelic speaker, prefers e-mail. Knows {P:Ruairidh} from the board."),
    ("crm_note",
     "Prospect: Pacha Tours SAC\n"
     "Owner {P:Amaru Ticona Apaza}; daughter {P:Illari Ticona} runs marketing.\n"
     "{P:Amaru} asked for a Spanish contract. {P:Illari}: {T:+51 951 204 883}\n"
     "Next: demo {P:Sisa} (our rep in {C:Puno})"),
    ("crm_note",
     "Visit report — {C:Reykjavík}\n"
     "Met {P:Gunnhildur Óskarsdóttir} and {P:Hrafn Jónsson}. {P:Gunnhildur} signs off budgets, {P:Hrafn} is "
     "technical.\n"
     "Sent proposal to {E:gunnhildur@nordvik-group.is}. Also CC'd {P:Björk Sverrisdóttir} (finance)."),
    ("crm_note",
     "Account owner change\n"
     "From: {P:Kelvin Chan Ho-yin}  To: {P:Crystal Ho}\n"
     "Reason: {P:Kelvin} moving to {C:Taipei} office. Key contact at client: {P:Dicky Lau}, {T:+852 6172 3048}.\n"
     "{P:Crystal}, pls call {P:Dicky} this week."),
    ("crm_note",
     "Complaint — {P:Besnik Gjoka}\n"
     "{P:Besnik} says installer {P:Arben} never showed up at {A:Rruga e Durrësit 112}, {C:Tiranë} {A:1001}.\n"
     "Rebooked for Thu. Goodwill credit approved by {P:Drita}."),
    ("crm_note",
     "Notes from call with {P:Itziar Urrutia Zubizarreta}\n"
     "- {P:Itziar} ({C:Bilbao} office) wants invoices in Basque and Spanish\n"
     "- her colleague {P:Aitor Arregi} handles logistics, {E:aitor.arregi@itsasontzi.eus}\n"
     "- {P:Urrutia} to confirm volumes by Friday"),
    ("forum_post",
     "Re: Best SIM for tourists in Mongolia?\n"
     "Posted by {P:saran_ganbold}\n"
     "Got a Unitel SIM at the airport. My friend {P:Naran} (he's from {C:Darkhan}) says Mobicom is better in the "
     "Gobi.\n"
     "If anyone wants my spare, msg me at {T:+976 9904 1182}"),
    ("forum_post",
     "[Bug] Diacritics break export — reported by {P:rūta.ž}\n"
     "When the customer name is \"{P:Rūta Žemaitienė}\" the CSV shows \"R?ta ?emaitien?\".\n"
     "Same for \"{P:Mindaugas Petrauskas}\"? no, that works (ASCII only).\n"
     "+1 from {P:jonas_b}: \"{P:Žygimantas Šimkus}\" also breaks"),
    ("forum_post",
     "r/Iceland — help with patronymics on forms\n"
     "My daughter is {P:Katla Bjarkadóttir}, her dad is {P:Bjarki Þórsson}, I'm {P:Sigrún}.\n"
     "The UK school keeps writing her as \"{P:Katla Thorsson}\". Any tips?\n"
     "— {P:u/sigrun_h}\n"
     "reply by {P:u/hrafnk}: tell them {P:Bjarkadóttir} is her surname, full stop."),
    ("forum_post",
     "FOR SALE: kayak, barely used\n"
     "Pickup in {C:Karasjok}, ask for {P:Biret}. call/sms {T:+47 916 48 203}\n"
     "or email {E:biret.gaup@sapmi-post.no}\n"
     "(my brother {P:Ánte} can deliver to {C:Kautokeino})"),
    ("forum_post",
     "Thread: Best pastry in {C:Wan Chai}?\n"
     "{P:winnie_tsang}: the egg tarts on {A:221 Lockhart Road} are amazing\n"
     "{P:DickyLCK}: lol that's your building {P:Winnie}\n"
     "{P:winnie_tsang}: shh {P:Dicky}"),
    ("forum_post",
     "Re: Hawaiian names on airline tickets\n"
     "The ʻokina keeps getting stripped: \"{P:Kaʻiulani Makoa}\" becomes \"{P:KAIULANI MAKOA}\".\n"
     "my tutu {P:Pualani Makoa} had the same problem in the 80s lol\n"
     "-- {P:kaiulani.m}"),
    ("forum_post",
     "Stack Overflow: UnicodeEncodeError with Georgian names\n"
     "I have a customer called \"{P:ნინო ბერიძე}\" ({P:Nino Beridze}) and Python 2 crashes.\n"
     "Edited by {P:giorgi_lomt}: use utf-8, see below.\n"
     "Answer ({P:tamar.gv}): `name.encode('utf-8')`"),
    ("forum_post",
     "Genealogy board: looking for descendants of {P:Seán Mac Giolla Bhríde}\n"
     "from near {C:Gweedore}; he married {P:Máire Ní Ghallchóir}.\n"
     "My grandfather {P:Pádraig Mac Giolla Bhríde} emigrated 1923.\n"
     "Contact {P:Ciarán} at {E:ciaran.macgb@iol-post.ie}"),
    ("forum_post",
     "Tonga rugby fan page\n"
     "Shout out to {P:Viliami 'Aho} for organising the bus! {P:Sione} and {P:Mele} bringing food.\n"
     "Meet at {A:14 Taufa'ahau Road}, {C:Nuku'alofa} 7am. {P:Viliami}: {T:+676 772 1408}"),
    ("forum_post",
     "Re: learning Aymara\n"
     "{P:sisa.h} wrote:\n"
     "> jallalla! anyone in {C:El Alto} want to practice?\n"
     "yes!! I'm {P:Quilla Mamani Choque}, msg me {P:quilla_mch}\n"
     "also ask Tata {P:Wilka}, he teaches at the community centre"),
    ("forum_post",
     "Bug #2231: name field truncates at 30 chars\n"
     "repro: enter \"{P:Lusine Ter-Avetisyan-Melkumyan}\" -> saved as \"{P:Lusine Ter-Avetisyan-Melkumya}\"\n"
     "reported by {P:lusine.ta}, confirmed by {P:hovik_m}"),
    ("referral_letter",
     "Dear Dr {P:Ó Murchú},\n"
     "Re: {P:Róisín Ní Bhriain}, DOB {B:02/11/1985}, PPSN {I:6172049V}\n"
     "{A:7 Ascaill na Coille}, {C:Ráth Cairn}, {A:C15 K7W2}\n"
     "I would be grateful if you could see this 38 year old woman with recurrent migraine. {P:Róisín} has tried "
     "triptans.\n"
     "Her sister {P:Aoife Ní Bhriain} has similar symptoms.\n"
     "Yours sincerely, Dr {P:Ciara Ní Dhomhnaill}"),
    ("referral_letter",
     "To: Respiratory clinic, Ysbyty Gwynedd\n"
     "Patient: {P:Dafydd Llewelyn-Pryce}   NHS no. {I:702 184 6398}   D.O.B. {B:30/06/1958}\n"
     "{A:Tŷ Capel, Ffordd yr Orsaf}, {C:Bethesda}, {A:LL57 3AB}   Tel {T:01248 600 417}\n"
     "Thank you for seeing Mr {P:Llewelyn-Pryce}, a retired slate worker with worsening breathlessness.\n"
     "Welsh is his first language; his wife {P:Ffion} usually attends.\n"
     "Dr {P:Gethin Rowlands}, Meddygfa'r Bont"),
    ("referral_letter",
     "Referral — endocrinology\n"
     "Name: {P:Tsend-Ayush Batbayar} (family/father's name first: {P:Tsend-Ayush})\n"
     "Born: {B:12.03.1988}   Registry: {I:UB88031204}   Phone {T:+976 9911 4826}\n"
     "Dear colleague, {P:Batbayar} has poorly controlled T2DM despite insulin. Interpreter needed.\n"
     "Kind regards, Dr {P:Enkhjargal Dorjsuren}"),
    ("referral_letter",
     "Dear Dr {P:Hukkanen},\n"
     "I am referring {P:Aino Kivelä}, HETU {I:050201A6181}, for assessment of a thyroid nodule.\n"
     "Address {A:Kuusitie 9 B 21}, {A:00270} {C:Helsinki}, puh. {T:040 718 2265}.\n"
     "{P:Aino} is a student; her mother {P:Marjatta Kivelä} may call.\n"
     "Ystävällisin terveisin, {P:Pekka Saarivirta}, LL"),
    ("referral_letter",
     "Dear Orthopaedic team,\n"
     "Re: Ms {P:Kaʻiulani Makoa}, DOB {B:1983-08-17}, MRN {I:HI-0051190}\n"
     "{A:1520 Pensacola St, Apt 804}, {C:Honolulu}, HI {A:96822}\n"
     "{P:Kaʻiulani} injured her shoulder paddling. MRI attached. She prefers morning appointments.\n"
     "{P:Noelani Kaleo}, APRN"),
    ("referral_letter",
     "Referencia — Cardiología\n"
     "Paciente: {P:Amaru Ticona Apaza}, DNI {I:29481736}, nacido el {B:09/12/1961}\n"
     "Domicilio: {A:Av. Ejército 1204}, {C:Arequipa}\n"
     "Estimado Dr. {P:Huamán}: derivo al Sr. {P:Ticona} por dolor torácico atípico. Su hija {P:Illari} lo "
     "acompaña.\n"
     "Atte., Dra. {P:Sisa Huanca Choque}"),
    ("referral_letter",
     "Re: Mrs {P:Mele Havili}, NHI {I:MPQ3173}, DOB {B:21/05/1959}\n"
     "Dear Dr {P:Latu},\n"
     "Thank you for seeing {P:Mele}, who speaks Tongan and limited English; her son {P:Sione Havili} ({T:021 448 "
     "2093}) interprets.\n"
     "Mrs {P:Havili} has had two falls this month.\n"
     "Regards, Dr {P:Anna Fuimaono}"),
    ("referral_letter",
     "Överremiss — hudmottagningen\n"
     "Pat: {P:Biret Elle Gaup}, personnummer {I:860512-2384}, född {B:1986-05-12}\n"
     "Adress: {A:Stationsgatan 4}, {A:981 31} {C:Kiruna}\n"
     "{P:Biret Elle} har misstänkt melanom på vänster skuldra. Samisktalande tolk önskas.\n"
     "Dr {P:Lars-Ola Nutti}"),
    ("referral_letter",
     "Dear Dr {P:Kim},\n"
     "re: {P:SEO Min-jun} (서민준), 22M, RRN {I:020611-3829474}\n"
     "{P:Min-jun} is an exchange student with knee pain after football. Mother {P:Seo Ji-yeon} in {C:Seoul}: "
     "{T:+82 10-7210-4483}.\n"
     "Yours, Dr {P:Katrin Oja}"),
    ("referral_letter",
     "Dear Colleague,\n"
     "{P:Hovhannes Melkumyan}, DOB {B:06.01.1952}, passport {I:AM0428193}, lives with his son {P:Aram}\n"
     "at {A:14 Willow Bank}, {C:Glasgow} {A:G3 6HN}. Mr {P:Melkumyan} has progressive memory loss.\n"
     "Please liaise with {P:Aram Melkumyan} on {T:07700 900244}.\n"
     "Dr {P:Mhairi Mac a' Phearsain}"),
    ("referral_letter",
     "Patient: {P:Jordi Puigvert i Soler}, DNI {I:39502817H}, data de naixement {B:25/04/1972}\n"
     "Benvolgut Dr. {P:Roig},\n"
     "us derivo en {P:Jordi} per hipertensió resistent. La seva parella, {P:Montse Vilaró}, l'acompanyarà.\n"
     "Dra. {P:Núria Casals}"),
    ("payment_update",
     "Card update — customer {P:Batbayar Tsend-Ayush}\n"
     "old card ending 0935 removed; new card {I:4539 0184 7362 5188} exp 09/28\n"
     "billing address {A:Peace Avenue 17, apt 45}, {C:Ulaanbaatar} {A:14200}\n"
     "confirmation sent to {E:batbayar.ts@mongol-post.mn}"),
    ("payment_update",
     "Direct debit instruction changed\n"
     "Payer: {P:Pádraig Ó Súilleabháin}   IBAN {I:IE87 BOFI 9058 3361 8294 70}\n"
     "Previous IBAN {I:GB66 LOYD 3096 2481 0573 16} cancelled at customer's request.\n"
     "Confirmed by phone with {P:Pádraig} on {T:+353 86 419 2287}. Agent {P:Aoife}."),
    ("payment_update",
     "SEPA mandate created\n"
     "Debtor: {P:Rūta Žemaitienė}, {A:Gedimino pr. 20-14}, {A:LT-01103} {C:Vilnius}\n"
     "IBAN: {I:LT78 7300 0101 3849 2051}\n"
     "Creditor ref: GYM-2291. Signed online by {P:Rūta} from {N:88.119.42.7}"),
    ("payment_update",
     "Payout method change request\n"
     "Seller: {P:kaiulani.m} ({P:Kaʻiulani Makoa})\n"
     "Old: PayPal {E:kaiulani.makoa@aloha-net.us}\n"
     "New: bank acct {I:7730194826}, routing {I:321073525}\n"
     "Flagged: change made from new device {N:72.253.18.140}. Call-back to {T:(808) 555-0187} OK."),
    ("payment_update",
     "Gehaltskonto geändert / salary account changed\n"
     "Mitarbeiterin: {P:Varga Zsófia}\n"
     "neues Konto {I:HU87 1177 3016 0491 8237 0000 0000}\n"
     "altes Konto {I:GR88 0110 1250 0000 0004 8291 637} (Griechenland) gelöscht\n"
     "freigegeben: {P:Fekete D.}"),
    ("payment_update",
     "Wallet top-up card replaced\n"
     "user {P:hsieh_peichun} / {P:Hsieh Pei-chun}\n"
     "card {I:3718 402936 51824} -> removed (expired)\n"
     "card {I:6011 4820 3975 6121} -> added, verified by 3DS"),
    ("payment_update",
     "Standing order amended\n"
     "From: {P:Ruairidh MacAonghais}, acct {I:GB41 BARC 2071 4583 6291 04}\n"
     "To: {P:Seonag Mhoireach} (rent), new amount £650 monthly\n"
     "{P:Ruairidh} phoned from {T:07700 900815}."),
    ("payment_update",
     "Refund destination updated for {P:Ane Etxeberria}\n"
     "IBAN {I:ES11 0081 0237 4600 0193 8254}\n"
     "Titular: {P:Ane Etxeberria Goikoetxea}; cotitular {P:Iker Lasa Etxeberria}"),
    ("payment_update",
     "Payment method — {P:Eka Chkheidze}\n"
     "card {I:4917 3058 2641 0935} blocked (see fraud case), replaced with card ending 6121\n"
     "note: {P:Eka} asked to add her husband {P:Giorgi} as authorised user"),
    ("payment_update",
     "Bank details change (supplier)\n"
     "Supplier contact: {P:Losa Tuimavave} ({E:losa@pacific-fleet.fj})\n"
     "new account: ANZ Fiji {I:12948370}, old account {I:11830295} closed\n"
     "approved by {P:Hemi Tapsell-Faleolo} and {P:Sefo T.}"),
    ("payment_update",
     "Auto-pay enrolled\n"
     "Customer: {P:Gunnhildur Óskarsdóttir}, kt. {I:030381-6109}\n"
     "from {I:IS10 0133 2604 7927 1206 9037 29} to invoice ref 2024-118\n"
     "confirmed in app by {P:gunnhildur.o}"),
    ("payment_update",
     "Payout account changed\n"
     "Seller {P:Ġużeppi Camilleri}\n"
     "from {I:MT05 VALL 2201 3000 0000 4001 8273 654}\n"
     "to {I:GB41 MIDL 4005 1772 8304 65}\n"
     "change requested by {P:Ġużeppi} via {E:guzeppi.camilleri@melitanet.mt}"),
    ("tax_form",
     "Form: Annual income declaration (Estonia)\n"
     "Name: {P:KADRI TAMM}   Isikukood: {I:48907120276}\n"
     "Address: {A:Pikk 44-7}, {A:10133} {C:Tallinn}\n"
     "Dependant: {P:Mari Kask} (step-daughter), isikukood {I:60203154274}\n"
     "Refund to IBAN {I:EE98 2210 0348 2019 3756}"),
    ("tax_form",
     "Skattemelding 2023 — vedlegg\n"
     "Skattyter: {P:Niillas Magga}   Fødselsnr: {I:23047148375}\n"
     "Ektefelle: {P:Elle Sofie Magga}   Fødselsnr: {I:11089527173}\n"
     "Adresse: {A:Márkanvegen 6}, {A:9730} {C:Karasjok}\n"
     "Signert: {P:N. Magga}"),
    ("tax_form",
     "Japanese year-end adjustment (年末調整) — summary\n"
     "氏名: {P:黒木 空} ({P:KUROKI Sora})   個人番号: {I:7306 2948 1549}\n"
     "扶養親族: {P:黒木 花} ({P:Hana}), 個人番号 {I:2059 4738 1629}\n"
     "住所: 〒{A:810-0001} {C:福岡市中央区}{A:天神2-7-1}"),
    ("tax_form",
     "Személyi jövedelemadó bevallás — melléklet\n"
     "Adózó neve: {P:Kovács-Szabó Enikő}\n"
     "Születési idő: {B:1977.08.30}   TAJ szám: {I:129 503 842}\n"
     "Lakcím: {A:Rózsa utca 14. 2/7}, {A:1077} {C:Budapest}\n"
     "Kedvezményezett: {P:Fehér Bence}"),
    ("tax_form",
     "Φορολογική δήλωση — στοιχεία\n"
     "Name: {P:Antonakis, Stavros}   AMKA: {I:29099104175}   born {B:29.09.1991}\n"
     "Spouse: {P:Despoina Antonaki}, AMKA {I:06116502383}, born {B:06.11.1965}\n"
     "Address: {A:Leoforos Alexandras 112}, {A:114 71} {C:Athens}"),
    ("tax_form",
     "Self Assessment — supplementary pages\n"
     "Taxpayer: {P:Eilidh NicLeòid}   NINO {I:JR 48 29 17 C}   UTR {I:7294018365}\n"
     "Address: {A:22 Bayhead}, {C:Stornoway} {A:HS1 2DU}\n"
     "Agent: {P:Callum MacIlleathain} CA, tel {T:01851 703 992}"),
    ("tax_form",
     "IRS Form W-4 (worksheet copy)\n"
     "Employee: {P:Kealoha K. Kahananui}   SSN {I:575-81-4029}\n"
     "Address: {A:94-1032 Kaʻaka Street}, {C:Waipahu}, HI {A:96797}\n"
     "Spouse: {P:Leilani Akana-Kahananui}, SSN {I:576-40-2281}"),
    ("tax_form",
     "Declaración de la renta — datos personales\n"
     "Contribuyente: {P:Itziar Urrutia Zubizarreta}   NIF: pendiente\n"
     "Domicilio: {A:Done Bikendi kalea 3}, {A:48005} {C:Bilbo}\n"
     "nota: el NIF {I:72184630G} del borrador es de {P:Ane Etxeberria}, no de {P:Itziar}; corregir"),
    ("tax_form",
     "Latvian VID form — ienākumu deklarācija\n"
     "Vārds, uzvārds: {P:Jānis Ozoliņš}   Personas kods: {I:070778-10354}\n"
     "Dzimšanas datums: {B:07.07.1978}\n"
     "Adrese: {A:Brīvības iela 88-12}, {C:Rīga} {A:LV-1001}\n"
     "Ģimenes loceklis: {P:Ilze Bērziņa} ({I:140593-12840})"),
    ("tax_form",
     "个人所得税 年度汇算 (annual IIT)\n"
     "纳税人: {P:刘建国} / {P:Liu Jianguo}   身份证号: {I:510107197811050485}\n"
     "出生日期: {B:1978-11-05}   联系电话: {T:+86 139 0482 7715}\n"
     "配偶: {P:王秀兰} ({P:Wang Xiulan})"),
    ("tax_form",
     "Islandic tax return — attachments\n"
     "Framteljandi: {P:Hrafnhildur Gunnarsdóttir}, kt. {I:120690-3889}\n"
     "Maki: {P:Ólafur Steinsson}, kt. missing (clerk typed {I:190557-2279}, which is {P:Sigrún Hákonardóttir}'s)\n"
     "Heimili: {A:Hringbraut 88}, {A:101} {C:Reykjavík}"),
    ("tax_form",
     "Suomen verohallinto — esitäytetty veroilmoitus\n"
     "Nimi: {P:RAUTIO Onni Tapani}   Henkilötunnus: {I:170388-274X}\n"
     "Osoite: {A:Isokatu 19 A 4}, {A:90100} {C:Oulu}\n"
     "Puoliso: {P:Tähti Rautio}, henkilötunnus puuttuu\n"
     "huom: lomakkeen tunnus {I:231276-453R} kuuluu henkilölle {P:Tuomas Lahtinen-Oja}"),
    ("incident_report",
     "Security incident SI-2291\n"
     "Laptop stolen from car of {P:Mart Kask} outside {A:Pikk 44}, {C:Tallinn}.\n"
     "Device contained HR exports with names incl. {P:Kadri Tamm} and {P:Rūta Žemaitienė}.\n"
     "Last seen online from {N:90.191.22.140}. Reported to police by {P:Mart}."),
    ("incident_report",
     "H&S near miss — warehouse B\n"
     "Reported by: {P:Sefo Tuimavave}  Witness: {P:Hemi Tapsell-Faleolo}\n"
     "Forklift driven by {P:Viliami 'Aho} reversed without spotter. No injury. {P:Viliami} re-briefed."),
    ("incident_report",
     "Police report summary (translated)\n"
     "Complainant: {P:Arbër Kelmendi}, born {B:1988-05-17}, passport {I:BA7720461}, phone {T:+355 69 482 7193}\n"
     "Address: {A:Rruga e Kavajës 58, ap. 9}, {C:Tiranë}\n"
     "States that {P:Besnik Gjoka} damaged his car on {A:Rruga Myslym Shyri}. Officer: {P:A. Hysa}"),
    ("incident_report",
     "Data breach notification draft\n"
     "Affected: 3 customers — {P:Aigerim Seitkali} ({E:a.seitkali@qazpost.kz}), {P:Yerlan Dzhaksybekov}, "
     "{P:Dilnoza Rakhimova}\n"
     "Cause: email sent to wrong recipient by {P:sardor.t}. Recall failed.\n"
     "DPO {P:Gulnara Abenova} informed."),
    ("incident_report",
     "Aviation occurrence report (cabin)\n"
     "Flight crew: Capt. {P:S. Antonakis}, FO {P:Ingólfur Hafsteinsson}\n"
     "Pax {P:MAGGA/NIILLAS} MR seat 14C fainted; assisted by pax {P:KIVELA/AINO} MS (nurse).\n"
     "Pax passport {I:FN4829173}. Met by paramedics at KEF."),
    ("incident_report",
     "Lab incident — sample mix-up\n"
     "Samples of {P:Zhang Yuqing} (MRN {I:SZ-0918273}) and {P:Zhang Yuting} (MRN {I:SZ-0918274}) swapped.\n"
     "Caught by BMS {P:Liang Shuyi}. {P:Yuqing}'s results reissued. Root cause: similar names, same surname."),
    ("incident_report",
     "IT incident INC-7781\n"
     "Phishing mail spoofing {P:Gohar Petrosyan} <{E:g.petrosyan@armfinance.am}> sent to {P:Anahit Sargsyan} and "
     "{P:Tigran Hakobyan}.\n"
     "{P:Tigran} clicked the link from {N:37.252.66.81}. Password reset forced. Analyst: {P:Vardan}."),
    ("incident_report",
     "Incident: patient fall, Ward 7\n"
     "Patient {P:Pualani Makoa}, 84F, MRN {I:HI-0032775}, found on floor 03:10 by RN {P:Keola Kahale}.\n"
     "Granddaughter {P:Kaʻiulani Makoa} informed by phone {T:(808) 555-0162}. No fracture on x-ray."),
    ("incident_report",
     "Safety report — diving centre\n"
     "Diver {P:Marija Abela Farrugia} surfaced rapidly; buddy {P:Ġużeppi Camilleri} assisted.\n"
     "Instructor {P:Ċensu Grech} administered O2. {P:Marija} transported to Mater Dei."),
    ("incident_report",
     "Incident report #IR-4410 (school trip)\n"
     "Student {P:Gwen ap Rhys} lost in {C:Caernarfon} for 40 min; found by teacher {P:Ffion Bowen}.\n"
     "Parent {P:Eira ap Rhys} notified on {T:07700 900319}. Report by {P:Dafydd Bowen}."),
    ("incident_report",
     "Security log review — suspicious logins\n"
     "account {P:illari.condori} logged in from {N:45.173.2.19} ({C:Lima}) and {N:102.129.14.3} within 5 min\n"
     "owner {P:Illari Condori Quispe} confirmed she was not travelling. MFA reset by {P:wayra_qm}."),
    ("pii_free",
     "Menu — Georgian supper club\n"
     "Khachapuri Adjaruli, Pkhali, Badrijani Nigvzit, Churchkhela for dessert.\n"
     "Wines: Saperavi, Rkatsiteli, Mtsvane. Table 12 seats 8."),
    ("pii_free",
     "Release notes v10.4.2.1\n"
     "- Fixed crash when Hangul IME is active\n"
     "- Bumped libfoo to 2.7.18.3\n"
     "- Support hotline moved to the portal; part number 0800-4410-22 is a cable kit, not a phone"),
    ("pii_free",
     "Reading list\n"
     "Kalevala, Njáls saga, The Tale of Genji, Journey to the West.\n"
     "Also: Hamlet, Kristin Lavransdatter, Gilgamesh."),
    ("pii_free",
     "Differential: Hashimoto thyroiditis vs Graves disease; consider Addison crisis.\n"
     "Hodgkin lymphoma excluded. Apgar 9/10. Parkinson plus syndromes unlikely. Cushing triad absent."),
    ("pii_free",
     "Storage room inventory\n"
     "3x Poäng armchair, 2x Billy bookcase, 1x Malm bed frame, 6x Ektorp cushion.\n"
     "Shelf code 192.168.4 (aisle.rack.bin), not an IP. Lot 1062-4482-19."),
    ("pii_free",
     "Hiking log: Laugavegur trail, day 2\n"
     "Passed Hrafntinnusker, camped near Álftavatn. Weather: Sunny, wind 14 m/s.\n"
     "Next: Emstrur, Þórsmörk. Ferry to the Westman Islands cancelled."),
    ("pii_free",
     "Karaoke setlist\n"
     "Gangnam Style, Dancing Queen, Bohemian Rhapsody, Sukiyaki, Zombie.\n"
     "Duets: Islands in the Stream, Summer Nights."),
    ("pii_free",
     "Astronomy club notes\n"
     "Observed Halley-type comet fragments, Betelgeuse dimming, Andromeda, the Pleiades (Subaru).\n"
     "Scope: Dobsonian 10\", eyepiece Nagler 13mm. Kepler and Tycho craters on the Moon."),
    ("pii_free",
     "Cheese board: Stilton, Gruyère, Manchego, Pecorino Romano, Havarti, Edam.\n"
     "Pairings: Port, Tokaji Aszú, Riesling. Crackers: Carr's, Jacob's."),
    ("pii_free",
     "Garden plan\n"
     "Bed 1: Rose \"Gertrude Jekyll\", Dahlia \"Bishop of Llandaff\", Clematis \"Nelly Moser\".\n"
     "Bed 2: Fuchsia, Begonia, Magnolia, Camellia, Wisteria. Hose fitting 3/4\"."),
    ("pii_free",
     "Build 2024.06.18-1102 failed\n"
     "error: Ninja target 'protobuf' not found; CMake 3.27.9; GCC 13.2.0\n"
     "retry with -j16 on runner linux-x64-07. Checksum 5f:2a:90:11."),
    ("pii_free",
     "Physics revision sheet\n"
     "Newton's laws, Ohm's law, Kirchhoff's rules, Maxwell equations, Planck constant, Bohr model.\n"
     "Units: joule, watt, kelvin, tesla, pascal, hertz."),
    ("pii_free",
     "Sailing forecast: Viking, North Utsire, South Utsire, Forties, Cromarty, Forth, Tyne, Dogger.\n"
     "Southwesterly 5 to 7, occasionally gale 8. Rain, then squally showers. Good, occasionally poor."),
    ("pii_free",
     "Festival lineup (Pacific Arts): Siva Samoa, Lakalaka, Hula Kahiko, Haka, Meke.\n"
     "Stages: Moana, Lagoon, Reef. Gates open 10:00, bus route 094-1032."),
]


def dev13_records() -> list[Labelled]:
    """The thirteenth hand-written development set, parsed (gold spans on field `text`)."""
    return [parse_marked(kind, marked) for kind, marked in RECORDS]
