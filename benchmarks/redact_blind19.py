"""A nineteenth hand-written gold set for `redact_quality`, kept BLIND: engineers see only its aggregate scores, so
nothing in pipeline/ or configs/ may be tuned on its records.

About 250 multi-line records in 14 styles of about 18 each: help-desk tickets from Zendesk, Jira, Freshdesk,
ServiceNow, OTRS, Gorgias, Zoho Desk, LiveChat and booking extranets (`support_ticket`); triage, ward-chat,
home-visit, SMS-reminder, ED, OPD, physiotherapy, dental and student-health notes in English, Finnish, Dutch,
Spanish, French, Norwegian, Polish, Chinese, Danish and Belgian French (`clinical_note`); HR mail with From/To/Cc
headers, display names in "SURNAME, Given" order, forwarded messages, quoted replies and minutes (`hr_mail`);
WhatsApp, Slack, Telegram, WeChat, LINE, KakaoTalk, Discord, IRC, SMS, Zoom, Teams, Signal, Messenger, Viber and
iMessage exports (`chat_log`); sshd, sudo, git, nginx, LDAP, OpenVPN, DHCP, Kubernetes audit, Windows security,
postfix, Okta, Jenkins, cron, CloudTrail, GitHub audit, Docker, AD and firewall logs (`ops_log`); CSV, TSV,
semicolon and pipe exports with and without headers, JSON arrays and key=value dumps (`csv_rows`); envelope and
label blocks (`postal_block`); KYC, fraud, wire-recall, AML, mortgage, bereavement, power-of-attorney, chargeback
and scam notes (`bank_note`); HubSpot, Salesforce, Pipedrive, Intercom, Zoho, Dynamics, Odoo and other CRM records
(`crm_note`); Reddit, GitHub, Stack Overflow, Mastodon, Hacker News, Mumsnet, gutefrage, Discourse, PistonHeads,
Quora, 5ch-style, Forocoches, LinkedIn, Nextdoor, Habr, Whirlpool and Nairaland posts (`forum_post`); GP,
consultant, therapy and safeguarding referrals (`referral_letter`); card, direct debit, SEPA, ACH, UPI, M-PESA,
Pix, Swish, payout and webhook changes (`payment_update`); tax forms of the US, the UK, Germany, India, France,
Canada, Australia, Japan, the Netherlands, Italy, Portugal, Belgium, Chile, China, Turkey, Sweden, Poland and
Norway (`tax_form`); and PII-free look-alikes (`pii_free`: bots and service accounts, storms named like people,
eponyms, dishes, drugs, brands, template placeholders, config keys, SKUs shaped like phone numbers, versions
shaped like IP addresses, ISBNs and error codes).

People come from West Africa (Yoruba, Igbo, Hausa, Akan, Wolof), East Africa (Kikuyu, Luo, Kalenjin, Swahili,
Amharic, Somali, Ganda, Kinyarwanda), Southern Africa (Zulu, Ndebele, Shona, Sotho), the Middle East (Emirati,
Saudi, Egyptian, Lebanese, Israeli, Persian, Turkish, Armenian, Georgian), Central Asia (Kazakh, Uzbek, Kyrgyz),
South Asia (Tamil, Punjabi, Bengali, Hindi, Marathi, Sinhala, Nepali, Sherpa, Tibetan), Southeast Asia
(Vietnamese, Thai, Filipino, Indonesian, Malay, Burmese, Khmer), East Asia (Chinese, Japanese, Korean, Mongolian),
Eastern Europe (Polish, Czech, Hungarian, Romanian, Ukrainian, Russian, Lithuanian, Latvian, Croatian, Serbian,
Greek), Western and Northern Europe (English, Scottish Gaelic, Welsh, Irish, Dutch, Flemish, German, Austrian,
Swiss, French, Breton, Basque, Catalan, Spanish, Portuguese, Italian, Swedish, Norwegian, Danish, Finnish,
Greenlandic), Latin America (Mexican, Nahua, Colombian, Peruvian Quechua and Aymara, Chilean Mapuche, Argentine,
Brazilian, Kaingang) and the Pacific (Māori, Tongan, Fijian, Hawaiian), with Navajo (Diné), Lakota and
Yolŋu names. They appear in full, as given names alone in greetings, vocatives and sign-offs, surname first and in
capitals ("SURNAME, Given", "SURNAME/GIVEN", East Asian order), in Chinese, Japanese, Korean, Cyrillic and Hebrew
script contexts, with particles (van den, de los, dos, bint, a/l, binti, ap, Ó, Ní, von, de la) and diacritics,
hyphenated, as initials, as lower-case handles, logins, LDAP uids, home directories and host names, repeated in a
record in different cases, and as names that are ordinary words (Sunday, Blessing, Memory, Gift, Patience,
Precious, Faith, Grace, Bob, Hunter, Summer, Destiny, Luz). Addresses follow local formats of the UK, Ireland,
the US, Canada, Germany, Switzerland, the Netherlands, Belgium, France, Portugal, Italy, Poland, Sweden, Norway,
Finland, Hungary, Lithuania, Turkey, Russia, Israel, the UAE, India, Singapore, Japan,
Vietnam, Thailand, Myanmar, Kenya (P.O. boxes), Nigeria, Ghana (digital addresses), Rwanda, South Africa,
Australia, New Zealand, Mexico, Colombia, Brazil, Chile, Armenia and Georgia, each with its postcode format.

Every value (names, streets, postcodes, phones, e-mails, identifiers, IP addresses) was invented for this file;
none comes from the other gold sets, Faker, presidio-evaluator or configs/, and pipeline/ never reads it.
Identifiers whose scheme publishes a check digit carry a valid one, computed for this file and verified in
tests/test_redact_blind19.py: Luhn (payment cards, Canadian SIN, Emirates ID, South African ID, Ontario health
number), IBAN mod 97 with the length of its country, NHS number (mod 11), Aadhaar (Verhoeff), Dutch BSN
(11-proof), Polish PESEL and NIP, Swedish personnummer, Finnish henkilötunnus, Norwegian fødselsnummer, Danish CPR,
Spanish DNI and NIE letters, Brazilian CPF, French NIR (key 97) and numéro fiscal (mod 511), Italian codice
fiscale, Belgian national number (mod 97), Portuguese NIF (mod 11), German Steuer-ID (ISO 7064 mod 11,10), Turkish
T.C. Kimlik No, Chilean RUT, Chinese resident ID (ISO 7064 mod 11-2), Singapore NRIC, Japanese My Number, US ABA
routing numbers, Australian TFN and Medicare, Austrian social-insurance number, New Zealand NHI, UK UTR and
Mexican CURP. The others (US SSN, UK NINO, KRA PIN, BVN, PAN, passports, MRNs, member and account numbers, sort
codes, plates) only have the shape of real ones. Where an identifier encodes a birth date and a date of birth
stands beside it, the two agree.

Markup as in redact_dev.py: `{P:...}` PERSON (handles, logins and paths built from a name included; titles such as
"Mr", "Dr", "Mrs", "Herr", "Frau", "Mme", "Shri", "Ratu", "Khun", "Pak" stand outside, and so do a possessive 's, an
"@" before a handle and honorifics such as "さん", "様" or "야"), `{A:...}` ADDRESS (street line, flat, unit, floor or
building line, P.O. box and postcode, each marked separately), `{E:...}` EMAIL_ADDRESS (role addresses too),
`{T:...}` PHONE_NUMBER, `{I:...}` ID (national, tax and health identifiers, cards, IBANs, account numbers, sort
codes, passports, medical record, member, student and badge numbers, plates after a cue), `{B:...}` DATE_OF_BIRTH
(only a date next to a birth cue or in a birth-date column), `{N:...}` IP_ADDRESS (IPv4 and IPv6, private ones too)
and `{C:...}` a town, city or district (neutral). Countries, regions, organisations, products, drugs, eponyms,
bots, service accounts, masked card fragments, order, ticket and invoice numbers, amounts and ordinary dates are
not marked; pii_free records carry no mark at all. JSON snippets keep their braces; a mark never contains one.
"""

from __future__ import annotations

from benchmarks.redact_data import Labelled
from benchmarks.redact_dev import parse_marked

RECORDS: list[tuple[str, str]] = [
    # --- support_ticket ---------------------------------------------------------------------------------------
    ("support_ticket",
     "Ticket #48213 | Priority: P2 | Channel: Zendesk web form\n"
     "Requester: {P:Adaeze Okafor-Nwosu} <{E:adaeze.okafor@lagoonfreight.ng}>\n"
     "Subject: Sage 50 licence stuck after Windows 11 update\n"
     "Hi, since Tuesday Sage Accounts v29.1 just says 'Licence Server unreachable'. Our office is at\n"
     "{A:14B Adeola Odeku Street}, {C:Victoria Island}, {C:Lagos} if you need to send an engineer. Call "
     "{T:+234 803 415 2290}.\n"
     "Thanks, {P:Adaeze}"),
    ("support_ticket",
     "[HELP-2291] VPN (GlobalProtect) drops every 20 min\n"
     "Reporter: {P:NGUYEN Thi Thu Ha}   Assignee: {P:Bartek Wróblewski}   Component: Network / Palo Alto\n"
     "Comment ({P:bwroblewski}, 09:14): {P:Ha}, can you zip the logs from "
     "C:\\Users\\{P:ha.nguyen}\\AppData\\Local\\Palo Alto "
     "Networks? Which laptop, asset LT-40921 or the new Dell Latitude 7440?\n"
     "Comment ({P:NGUYEN Thi Thu Ha}, 09:40): the Latitude. logs attached, sorry, was in the {C:Da Nang} sync\n"
     "Status: In Progress -> Waiting for Vendor"),
    ("support_ticket",
     "Freshdesk #77310 — 配送先変更 / change of delivery address\n"
     "From: {P:Takahashi Rin} ({E:rin.t.0412@docomo.ne.jp})\n"
     "Order NT-2024-55816 (Nintendo Switch OLED, Zelda bundle) should go to my new flat please:\n"
     "{A:Sakura Heights 402}, {A:3-12-7 Higashi}, {C:Shibuya-ku}, {C:Tokyo} {A:150-0011}\n"
     "Tel {T:090-4417-2583}. The old address in {C:Yokohama} is not valid anymore.\n"
     "{P:高橋 凜}"),
    ("support_ticket",
     "Case 0093-KE | Safaricom Business Till integration | Opened 12 Jun 2024\n"
     "Customer: {P:Wanjiru Kamau-Mbugua}, Rift Valley Hardware Ltd\n"
     "Postal: {A:P.O. Box 40817}, {A:00100} {C:Nairobi}\n"
     "KRA PIN {I:A004718263P} must be printed on invoice INV-88102 (KES 46,500) - currently shows the old one.\n"
     "Contact {T:0722 418 907}. Escalated to Tier 2 ({P:Otieno}). Asante!"),
    ("support_ticket",
     "Case 00481726 · Allegro Smart! delivery issue · Origin: Email\n"
     "Contact: {P:KOWALCZYK, Agnieszka}\n"
     "Address on file: {A:ul. Piotrkowska 118/4}, {A:90-006} {C:Łódź}\n"
     "Customer writes: 'paczkomat ŁOD12M was full so the courier left it with my neighbour pan {P:Zieliński}, "
     "he says he never got it' - needs InPost claim form, order value 1 249,00 zł.\n"
     "Agent: {P:Dorota S.}"),
    ("support_ticket",
     "INC0042177 | Category: Hardware > Printer | CI: HP LaserJet M507 (FIN-3F-PRN02)\n"
     "Opened by: {P:R. Karthikeyan} (Finance, 3rd floor)\n"
     "Short description: paper jam + 'Error 13.B9.D3' on Tray 2\n"
     "Work notes: spoke with {P:Karthik}, replaced fuser kit per HP doc c05307466. {P:Karthikeyan Ramasamy} confirmed\n"
     "printing OK at 15:20. Resolved by: {P:tmaphosa}"),
    ("support_ticket",
     "TKT-55120 · e& Home fibre · technician visit\n"
     "Name: {P:Mariam bint Khalfan Al Mazrouei}\n"
     "Emirates ID: {I:784-1985-8197369-4}\n"
     "Address: {A:Villa 27}, {A:Street 14}, {C:Al Barsha 2}, {C:Dubai}\n"
     "Mobile: {T:+971 50 318 7742}\n"
     "Issue: Huawei HG8245 router keeps rebooting. Slot Thursday 10:00-12:00 confirmed."),
    ("support_ticket",
     "Gorgias #20931 · Loja Café Aurora\n"
     "Cliente: {P:João Pedro dos Santos Araújo} — {E:jp.araujo81@uol.com.br}\n"
     "Precisa da nota fiscal com CPF {I:322.002.387-89} para o pedido #AU-10447 (2x Moka Bialetti, R$ 389,80).\n"
     "Endereço: {A:Rua Doutor Amâncio de Carvalho, 512}, {A:apto 31}, {C:Vila Mariana}, {C:São Paulo} - SP, "
     "{A:04012-090}\n"
     "Resp.: {P:Lívia} (atendimento)"),
    ("support_ticket",
     "Booking.com extranet · Guest message · Res. 4471902258\n"
     "Guest: {P:LEE Seo-yeon} (Genius level 2)\n"
     "Message: hi we arrive late 23:40 from {C:Incheon} on KE905. my husband {P:Park Ji-hoon} will do check-in, his "
     "phone\n"
     "{T:+82 10-4829-1176}. can you keep the room with the Nespresso machine? thank you\n"
     "Reply ({P:Sinéad}, front desk): Of course {P:Seo-yeon}, noted for Room 512. Safe travels!"),
    ("support_ticket",
     "OTRS Ticket#2024061210000415 — Zugang SAP S/4HANA gesperrt\n"
     "Von: {P:Müller-Lüdenscheidt, Hans-Jürgen} <{E:hj.mueller-luedenscheidt@stadtwerke-hameln.de}>\n"
     "12.06. 08:02  Ticket erstellt (Agent: {P:s.yilmaz})\n"
     "12.06. 08:15  Passwort zurückgesetzt, Benutzer {P:HMUELLER2} entsperrt\n"
     "12.06. 09:30  Rückruf an Herrn {P:Müller-Lüdenscheidt} unter {T:05151 202-4418}: funktioniert wieder\n"
     "12.06. 09:31  Status: erfolgreich geschlossen"),
    ("support_ticket",
     "Zoho Desk #3318 | MTN MoMo checkout failed\n"
     "Contact: {P:Kwabena Ofori-Atta Mensah} | {T:024 771 3056} | Ghana Card {I:GHA-721904836-4}\n"
     "Digital address: {A:GA-184-2279}, {C:Dansoman}, {C:Accra}\n"
     "Notes: paid GHS 1,240.00 twice for order GH-66017 (Samsung Galaxy A15). Refund one via Hubtel.\n"
     "{P:Kwabena} prefers WhatsApp over calls."),
    ("support_ticket",
     "Ticket SOP-7720 · Telcel · portabilidad\n"
     "Titular: {P:María Guadalupe Hernández de la Garza}\n"
     "CURP: {I:HEGG850917MNLRRD07}\n"
     "Domicilio: {A:Av. Constitución 2150 Pte.}, Col. {C:Obispado}, {A:64060} {C:Monterrey}, N.L.\n"
     "Número a portar: {T:81 1934 2267}. Cliente pide cita en el CAC de Galerías Valle Oriente, sábado 10:00."),
    ("support_ticket",
     "support-queue ticket 9934 (Monobank card declined abroad)\n"
     "user: {P:Oleksandra Hrytsenko} / telegram @{P:sasha_hryts}\n"
     "card: {I:5273 7208 2338 8030}\n"
     "said: «картка не проходить у Lidl у {C:Кракові}, вчора ще працювала» — {P:Олександра}\n"
     "action: unblocked foreign e-com + POS, asked her to retry. -- {P:D. Bondarenko}"),
    ("support_ticket",
     "Ärende 55-20418 · Apotek Hjärtat-appen · BankID-inloggning\n"
     "Kund: {P:Henrik Åkesson}, personnr {I:780523-9410}\n"
     "Problem: recepten för Levaxin och Alvedon syns inte efter byte till iPhone 15.\n"
     "Adress: {A:Storgatan 41 B}, {A:252 23} {C:Helsingborg}\n"
     "Handläggare: {P:Elif} / återkoppling senast fredag"),
    ("support_ticket",
     "LiveChat transcript #881203 (GCash wallet)\n"
     "[10:02] Visitor ({P:Ma. Cristina de los Reyes}): hello po, my gcash acct got restricted\n"
     "[10:03] Agent {P:Jomar}: Hi {P:Cristina}! may I have the registered mobile no.?\n"
     "[10:03] Visitor: {T:0917 552 8840}\n"
     "[10:05] Agent {P:Jomar}: salamat po. pls upload a selfie w/ your UMID or PhilSys ID in the app, ref CS-20931."),
    ("support_ticket",
     "Meridian Energy — web enquiry 2024-118804\n"
     "Name: {P:Aroha Te Rangi-Parata}\n"
     "Address: {A:27 Kowhai Road}, {C:Ōtaki} {A:5512}\n"
     "Email: {E:aroha.parata@xtra.co.nz}\n"
     "Message: Kia ora, the smart meter (Landis+Gyr E360) shows 48213 kWh which is way off. Ngā mihi, {P:Aroha}"),
    ("support_ticket",
     "Air Astana customer care · case AA-20240612-0412\n"
     "PAX: {P:NURLANOVA/AIGERIM} MS   Passport: {I:N12804471}   PNR: K7Q2ZT\n"
     "Flight KC 921 {C:Almaty} - {C:London} Heathrow 14JUN, bag tag KC 448127 delayed.\n"
     "Deliver to hotel: Premier Inn, {A:85 York Road}, {C:London} {A:SE1 7NJ}. Contact {T:+7 701 448 2093}."),
    ("support_ticket",
     "eir broadband fault ref 7712044\n"
     "Account holder: {P:Pádraig Ó Súilleabháin}\n"
     "Installation address: {A:Apartment 6}, {A:Seaview House}, {A:Marine Road}, {C:Dún Laoghaire}, Co. Dublin "
     "{A:A96 X2F4}\n"
     "Callback {T:087 219 4460}. ONT light red since the storm on Saturday. Tech {P:Ciarán} booked Mon AM."),
    # --- clinical_note ----------------------------------------------------------------------------------------
    ("clinical_note",
     "EMIS Web · Triage note · 11/06/2024 08:47\n"
     "Pt: {P:Oluwaseun ADEBAYO-COLE}  DOB {B:03/09/1971}  NHS No {I:431 218 9005}\n"
     "PC: SOB on exertion 2/52, ankles swollen. Hx T2DM on Metformin 1g BD, Ramipril 5mg. ?HF\n"
     "Plan: bloods (NT-proBNP, U&E), ECG today, review with Dr {P:Haslam} Thurs. Wife {P:Bisi} aware.\n"
     "Seen by: {P:K. Lindqvist} (ANP)"),
    ("clinical_note",
     "Hoitokertomus · HUS Meilahti · 12.6.2024\n"
     "Potilas: {P:Virtanen-Kallio, Aino}  hetu {I:140287-4686}  synt. {B:14.2.1987}\n"
     "Dg: Crohnin tauti (K50.1), Humira 40 mg s.c. joka toinen viikko, viimeksi 5.6.\n"
     "Omahoitaja {P:Sanna} soitti potilaalle, {T:040 718 2294}. Puoliso {P:Jari Kallio} hakee klo 15."),
    ("clinical_note",
     "ED Provider Note — St. Brigid Regional Medical Center\n"
     "Patient: {P:Tsosie, Darnell K.}   MRN: {I:E0048217}   DOB: {B:1988-11-23}\n"
     "HPI: 35M from {C:Shiprock}, NM, L wrist pain after a fall from a horse. Denies LOC.\n"
     "Imaging: displaced Colles fracture. Ortho (Dr. {P:Whitehorse}) consulted. Toradol 15 mg IV given.\n"
     "Emergency contact: sister {P:Shaylene Tsosie} {T:(505) 368-4127}"),
    ("clinical_note",
     "OPD Slip · Apollo Clinic, {C:Koramangala} · Reg. No {I:24-118392}\n"
     "Name: {P:Shreya Venkataraman}  Age/Sex: 34/F  Aadhaar: {I:6298 5044 2357}\n"
     "Mob: {T:+91 98450 21736}  Addr: {A:#42, 5th Cross, 8th Block}, {C:Koramangala}, {C:Bengaluru} {A:560095}\n"
     "C/o fever x3 days, NS1 antigen ordered. Rx: Dolo 650 TDS, ORS. Review with CBC report.\n"
     "Dr. {P:Farhan Qureshi}, MBBS MD"),
    ("clinical_note",
     "Teams · Ward 7B handover · 19:42\n"
     "{P:ngozi}: bed 4 mr {P:okeke} post-op day 2 lap chole, pain ok on oramorph, mobilising\n"
     "{P:ngozi}: bed 9 mrs {P:dlamini} sats 91% on 2L, chest physio tmrw, daughter {P:Thandi} ringing at 8\n"
     "{P:lukas.b}: got it. is {P:okeke} still NBM?\n"
     "{P:ngozi}: no, light diet since lunch 👍"),
    ("clinical_note",
     "Wijkverpleging · Buurtzorg team Zuid · huisbezoek 12-06-2024\n"
     "Cliënt: mevr. {P:J.M. van den Heuvel-Bakker} ({P:Joke}), BSN {I:223510580}, geb. {B:02-03-1941}\n"
     "Adres: {A:Lindelaan 17}, {A:3572 KD} {C:Utrecht}\n"
     "Wondzorg onderbeen li, Flaminal Forte. NovoRapid volgens schema. Zoon {P:Ruud} gebeld ({T:06 4120 8837}).\n"
     "— {P:Fatima el Amrani}, wijkverpleegkundige"),
    ("clinical_note",
     "SMS enviado 12/06/2024 10:15 a {T:+34 612 40 88 17}\n"
     "Hola {P:Itziar}, le recordamos su cita en Osakidetza C.S. Deusto con la Dra. {P:Goikoetxea} el jueves a las "
     "09:40 "
     "(analítica, en ayunas).\n"
     "Paciente: {P:ITZIAR ETXEBERRIA ARANBURU} · DNI {I:69461269G}\n"
     "Para anular responda NO."),
    ("clinical_note",
     "Compte rendu de consultation · Cabinet de cardiologie, {C:Villeurbanne}\n"
     "Patiente : Mme {P:Nathalie Rousseau-Diallo}, née le {B:04/04/1979}, n° SS {I:2 79 04 69 516 710 59}\n"
     "Motif : palpitations. ECG : FA paroxystique. Début Eliquis 5 mg x2/j et Bisoprolol 2,5 mg.\n"
     "Holter 24 h prévu au CHU Lyon Sud. Copie au Dr {P:Benhamou}.\n"
     "Dr {P:A. Lefèvre-Nguyen}"),
    ("clinical_note",
     "Physiotherapy progress note · Andalusia Rehab, {C:New Cairo} · session 6/10\n"
     "Patient: {P:Yasmin Abdelrahman El-Sayed} (file {I:ARC-55-20417}), DOB {B:22 August 1995}\n"
     "ACL reconstruction R knee (Dr. {P:Hany Soliman}, 2 Apr). ROM 0-115°, quads lag resolved.\n"
     "Home programme updated; husband {P:Omar} to bring the Aircast brace Sunday.\n"
     "Therapist: {P:Nour Haddad}"),
    ("clinical_note",
     "Helseplattformen · Legevakt notat 12.06.2024 kl 02:15\n"
     "Pasient: {P:Eirik Haugland Sæther}, f.nr. {I:21107544175} (f. {B:21.10.1975})\n"
     "Brystsmerter siste 2 t, troponin negativ x2, EKG normalt. Sannsynlig muskulær. Paracet 1 g.\n"
     "Samboer {P:Ingrid} henter. Epikrise sendt fastlege dr. {P:Olsen}.\n"
     "Signert: {P:M. Kaya}, LIS1"),
    ("clinical_note",
     "Karta informacyjna · SOR Szpital Wojewódzki\n"
     "Pacjentka: {P:Małgorzata Wiśniewska-Kruk}, PESEL {I:84031764904}, ur. {B:17.03.1984}\n"
     "Rozpoznanie: kolka nerkowa prawostronna. Ketonal 100 mg i.v., USG: złóg 5 mm.\n"
     "Zalecenia: kontrola w poradni urologicznej, Nospa doraźnie. Tel. do męża ({P:Tomasz}): {T:+48 601 224 917}\n"
     "lek. {P:Jakub Dąbrowski}"),
    ("clinical_note",
     "门诊病历 · 中山大学附属第三医院 · 2024-06-12\n"
     "姓名：{P:陈嘉怡}（{P:Chen Jiayi}）  身份证号：{I:440106199006181540}  出生日期：{B:1990-06-18}\n"
     "主诉：咳嗽两周。诊断：支气管炎。处方：阿莫西林 0.5g tid x7d\n"
     "联系电话：{T:138 2274 9016}  医生：{P:黄志强}"),
    ("clinical_note",
     "Clinic visit · Chris Hani Baragwanath outpatients · 2024/06/12\n"
     "Patient: {P:Nomvula Precious Mahlangu}   ID {I:8908110411085}   DOB {B:1989-08-11}\n"
     "HIV stable on TLD, VL <50 (March). BP 148/92 - start Amlodipine 5 mg. Next bloods September.\n"
     "Cell {T:072 418 3305}; prefers SMS. Seen by Sr {P:Khumalo}."),
    ("clinical_note",
     "Journalnotat · Lægehuset ved Søerne · 12.06.2024\n"
     "Pt. {P:Mette Frederiksen-Holm}, CPR {I:280182-2862}, født {B:28.01.1982}\n"
     "Kontrol af hypothyreose, Eltroxin 100 µg, TSH 2,1. Fortsætter uændret.\n"
     "Henvist til Rigshospitalet endokrinologisk amb. Tlf. {T:+45 28 91 44 07}. /{P:LKJ}"),
    ("clinical_note",
     "Whānau hui note · Counties Manukau Health · 12 June\n"
     "Patient: {P:Sione Tuipulotu Fifita} (NHI {I:XFU5186})\n"
     "Present: wife {P:Mele}, son {P:Tevita}, interpreter (Tongan) {P:'Ana Vea}, CNS {P:Rachel Ng}\n"
     "Discussed dialysis options at Middlemore; whānau prefer home HD. Next meeting after Matariki.\n"
     "Home: {A:8 Hutchinson Avenue}, {C:Māngere} {A:2022}"),
    ("clinical_note",
     "Dental treatment note — Smile Studio, {C:Harrow}\n"
     "Patient: {P:Dilani Wickramasinghe} (DOB {B:30/12/1992}), NHS {I:510 954 9419}\n"
     "UR6 deep caries, LA 2.2 ml Articaine, composite. Advised Duraphat 5000 toothpaste.\n"
     "Next: scale & polish with hygienist {P:Gosia} in 6 months. Tel {T:07700 918 442}."),
    ("clinical_note",
     "Note de suivi · Centre médical Parc Léopold · {C:Bruxelles}\n"
     "Patiente : {P:Lotte Vanderstraeten}, NN {I:86.07.19-868.29}, née le {B:19/07/1986}\n"
     "Grossesse 24 SA, test de O'Sullivan normal. Rhophylac à 28 SA.\n"
     "Conjoint : {P:Karim Benali} ({T:0475 31 82 60}). Gynéco : Dr {P:De Smedt}"),
    ("clinical_note",
     "Opiskeluterveydenhuolto · Tampereen ammattikorkeakoulu · 12.6.2024\n"
     "Opiskelija: {P:Eetu Halonen-Mwale}, hetu {I:090603A377K}\n"
     "Urheiluvamma: nilkan nyrjähdys salibandyssä, kylmähoito + Burana 400 mg. Ei murtumaepäilyä.\n"
     "Äiti {P:Chanda Mwale} ilmoitettu, {T:050 441 2907}. Jatko: Mehiläinen tarvittaessa."),
    # --- hr_mail ----------------------------------------------------------------------------------------------
    ("hr_mail",
     "From: {P:Abebe Girma Tesfaye} <{E:abebe.tesfaye@horizonagro.et}>\n"
     "To: HR Shared Services <{E:hr-ss@horizonagro.et}>\n"
     "Subject: Annual leave 1-19 July (Meskel planning)\n"
     "Dear team, I'd like to book 15 days from 1 July. {P:Selamawit} will cover the Oromia region accounts while I'm "
     "away.\n"
     "Regards,\n{P:Abebe}"),
    ("hr_mail",
     "---------- Forwarded message ---------\n"
     "From: {P:Hodan Warsame} <{E:h.warsame@northgatecare.co.uk}>\n"
     "Date: Mon, 10 Jun 2024 at 16:02\n"
     "Subject: Fwd: reference request\n"
     "To: {P:Gareth Llewellyn} <{E:gareth.llewellyn@northgatecare.co.uk}>\n"
     "{P:Gareth} - can you complete this for {P:Abdirahman}? He was a Senior Carer with us Feb 2021 - May 2024."),
    ("hr_mail",
     "On Tue, 11 Jun 2024, 09:12 {P:Harpreet Kaur Sandhu} <{E:harpreet.sandhu@tatlowlogistics.com}> wrote:\n"
     "> Hi {P:Ravinder}, payroll shows my overtime for May as 0 hrs but I did 14 on the Amazon night shifts.\n"
     "> Employee no. {I:TL-004417}. Thanks\n"
     "Hi {P:Harpreet}, sorry about that - it was the Kronos export. Corrected, it will be in the June run.\n"
     "{P:Ravinder Gill}, Payroll"),
    ("hr_mail",
     "From: \"{P:Rahman, Md. Tanvir}\" <{E:tanvir.rahman@brightlinegarments.com.bd}>\n"
     "To: \"{P:Chowdhury, Farzana}\" <{E:farzana.c@brightlinegarments.com.bd}>\n"
     "Cc: Compliance <{E:compliance@brightlinegarments.com.bd}>\n"
     "Subject: RE: Accord audit - fire drill records\n"
     "Apa, the drill logs for Unit 3 ({C:Gazipur}) are in the Sedex folder. Mr {P:Hossain} signed them on 4 June.\n"
     "- {P:Tanvir}"),
    ("hr_mail",
     "Subject: ยินดีต้อนรับ / Welcome aboard!\n"
     "To: {P:Siriporn Chaiyaporn} <{E:siriporn.ch@gmail.com}>\n"
     "Dear Khun {P:Siriporn},\n"
     "Your first day at Siam Kitchen Group is Monday 1 July, 08:30, {A:88/12 Sukhumvit Soi 31}, {C:Khlong Toei Nuea}, "
     "{C:Bangkok} {A:10110}. Please bring your ID card and bank book (Kasikorn).\n"
     "Best, {P:Nattapong} (People Team)"),
    ("hr_mail",
     "From: {P:Dewi Lestari Wibowo} <{E:dewi.wibowo@nusantaramedia.co.id}>\n"
     "To: {P:Agus Santoso} <{E:agus.s@nusantaramedia.co.id}>\n"
     "Subject: Cuti melahirkan\n"
     "Pak {P:Agus}, HPL saya 20 Agustus, jadi cuti mulai 1 Agustus s.d. 31 Oktober. BPJS Ketenagakerjaan no "
     "{I:24018 3377 015} untuk klaim.\n"
     "Terima kasih, {P:Dewi}"),
    ("hr_mail",
     "Minutes - Disciplinary hearing (CONFIDENTIAL) - 7 June 2024, Room Kinabalu\n"
     "Present: {P:Nurul Aisyah binti Hamzah} (HRBP), {P:Lim Wei Jie} (Line Manager), {P:Ravichandran a/l Muthu} "
     "(employee), {P:Siti} (note taker)\n"
     "1. {P:Ravichandran} accepted the warning re: Grab claims for 12-26 May.\n"
     "2. Next review 7 Sept. Copy to {E:ravichandran.muthu@borneotiles.com.my}."),
    ("hr_mail",
     "Von: {P:Ioana-Maria Popescu} <{E:ioana.popescu@carpatsoft.ro}>\n"
     "An: {P:Bogdan Ionescu} <{E:bogdan.ionescu@carpatsoft.ro}>\n"
     "Betreff: Onboarding {P:Levente Szabó} ({C:Cluj} office)\n"
     "Hallo {P:Bogdan}, {P:Levente} starts 17.06. in {C:Cluj-Napoca}, Jira + GitLab access please, laptop is a MacBook "
     "Pro M3. CNP not needed for the badge.\n"
     "Danke, {P:Ioana}"),
    ("hr_mail",
     "From: {P:Petra Nováková} <{E:petra.novakova@brnosteel.cz}>\n"
     "Sent: Wednesday, June 12, 2024 11:48 AM\n"
     "To: {P:DVOŘÁK Jan} <{E:jan.dvorak@brnosteel.cz}>\n"
     "Subject: Potvrzení o zaměstnání\n"
     "Dobrý den pane {P:Dvořák}, potvrzení pro Komerční banka je v příloze (PDF, 2 strany).\n"
     "S pozdravem {P:Petra}"),
    ("hr_mail",
     "From: {E:noreply@workday.com}\n"
     "To: {P:Konstantinos Papadopoulos} <{E:k.papadopoulos@aegeanshipping.gr}>\n"
     "Subject: Action required: Complete your Performance Review by 30 June\n"
     "Hi {P:Konstantinos}, your manager {P:Eleni Georgiou-Vlachou} has submitted her part. Log in to Workday to add "
     "your "
     "self-assessment (Goals: {C:Piraeus} terminal KPIs)."),
    ("hr_mail",
     "Konu: İşe giriş evrakları\n"
     "Kimden: {P:Zeynep Arslan} <{E:zeynep.arslan@anadolutekstil.com.tr}>\n"
     "Kime: {P:Emre Çelik} <{E:emre.celik94@hotmail.com}>\n"
     "Merhaba {P:Emre} Bey, SGK girişiniz için TC kimlik no ({I:24257448422}) ve ikametgah adresinizi gönderir "
     "misiniz?\n"
     "Adres: {A:Atatürk Cad. No: 112 D: 7}, {C:Nilüfer}/{C:Bursa} {A:16140} şeklinde yazabilirsiniz."),
    ("hr_mail",
     "From: {P:Dariush Karimi-Tehrani} <{E:dariush.karimi@caspianeng.com}>\n"
     "To: {P:Shirin} <{E:shirin.afshar@caspianeng.com}>\n"
     "Subject: Re: Nowruz bonus\n"
     "> {P:Shirin} wrote: is the Nowruz bonus gross or net?\n"
     "Net, paid with the March payroll. {P:Maryam} in Finance can confirm.\n"
     "— {P:D.}"),
    ("hr_mail",
     "De: {P:Catalina Fuentes Huenchullán} <{E:cfuentes@vinaandesur.cl}>\n"
     "Para: Remuneraciones <{E:remuneraciones@vinaandesur.cl}>\n"
     "Asunto: Cambio de AFP y cuenta\n"
     "Hola, me cambié a AFP Modelo desde julio. RUT {I:19.060.204-4}. Cuenta RUT BancoEstado {I:19060204}.\n"
     "Saludos, {P:Cata}"),
    ("hr_mail",
     "From: {P:Kalani Akana-Kamakau} <{E:kalani.akana@islandrental.com}>\n"
     "To: Front Desk Team\n"
     "Subject: shift swap Sat 6/15\n"
     "Aloha all, {P:Leilani} and I are swapping - I'll take the 6am {C:Kahului} airport counter, she takes my Sunday.\n"
     "Mahalo, {P:Kalani}"),
    ("hr_mail",
     "From: {P:Aputsiaq Lyberth} <{E:aputsiaq.lyberth@arcticfish.gl}>\n"
     "To: {P:Nivi Olsen-Kleist} <{E:nivi.ok@arcticfish.gl}>\n"
     "Subject: Sick leave 12-14 June\n"
     "Hi {P:Nivi}, I've got the flu, doctor's note from Dronning Ingrids Hospital attached. Back Monday.\n"
     "{P:Aputsiaq}"),
    ("hr_mail",
     "From: {P:Rhiannon Pryce-Jones} <{E:rhiannon.prycejones@caerffili-leisure.org.uk}>\n"
     "To: {P:Iwan} ; {P:Mair Thomas}\n"
     "Subject: DBS renewal\n"
     "Bore da both, {P:Iwan}'s DBS certificate ({I:001782349561}) expires in August - please renew via the uCheck "
     "portal.\n"
     "Diolch, {P:Rhiannon}"),
    ("hr_mail",
     "Da: {P:Francesca Lombardi} <{E:f.lombardi@studiolegaleverona.it}>\n"
     "A: {P:Giulia Rossetti} <{E:giulia.rossetti88@libero.it}>\n"
     "Oggetto: Contratto di assunzione\n"
     "Gentile dott.ssa {P:Rossetti}, in allegato il contratto CCNL Studi Professionali. Per l'INPS ci serve il codice "
     "fiscale: {I:RSSGLI88P52L219E}. Nata a {C:Torino} il {B:12/09/1988}, giusto?\n"
     "Cordiali saluti, {P:F. Lombardi}"),
    ("hr_mail",
     "From: {P:Thiago Ferreira da Costa} <{E:thiago.costa@lisbonpark.pt}>\n"
     "To: RH <{E:rh@lisbonpark.pt}>\n"
     "Subject: Atualização de dados\n"
     "Bom dia, nova morada: {A:Rua de São Bento 318, 2.º Esq.}, {A:1200-821} {C:Lisboa}. NIF {I:296654256}. IBAN "
     "{I:PT64 4512 5623 2609 6728 7452 7}.\n"
     "Obrigado, {P:Thiago}"),
    # --- chat_log ---------------------------------------------------------------------------------------------
    ("chat_log",
     "[12/06/24, 07:58] {P:Tunde Bakare}: guys the {C:Ikeja} office generator is down again 😩\n"
     "[12/06/24, 07:59] {P:Sunday Okon}: I'll call the Elepaq guy. {P:tunde} do you have his number?\n"
     "[12/06/24, 08:01] {P:Tunde Bakare}: {T:0805 331 9047} - ask for Baba {P:Sule}\n"
     "[12/06/24, 08:02] {P:Blessing}: pls remind him the fuel is with security, not in the Hilux\n"
     "[12/06/24, 08:03] {P:Sunday Okon}: ok {P:Blessing} 👍"),
    ("chat_log",
     "#proj-harare-rollout (Slack)\n"
     "{P:memory.chikwanha} 10:14 AM  @{P:gift.moyo} did the Econet SIMs arrive for the {C:Bulawayo} team?\n"
     "{P:gift.moyo} 10:20 AM  yes 40 pcs, signed by {P:Lovemore} at reception\n"
     "{P:memory.chikwanha} 10:21 AM  great, ping {P:Patience} so she activates them before Friday\n"
     "Jira Bot 10:22 AM  HRE-118 moved to Done"),
    ("chat_log",
     "Telegram · Чат ТСЖ «Северный»\n"
     "{P:Ирина Соколова}: Соседи, кто оставил Volkswagen Polo у шлагбаума? номер {I:А417ВК 178}\n"
     "{P:Дмитрий}: это мой, уже переставил, извините\n"
     "{P:Ирина Соколова}: спасибо, {P:Дима}! Собрание в субботу в 12:00 во дворе"),
    ("chat_log",
     "WeChat · {C:深圳}产品组\n"
     "{P:张伟杰}: 明天 10 点评审 Mate 60 配件方案\n"
     "{P:Lily Zhou}: 好的 我把 {P:Zhou Li} 的 PPT 发群里\n"
     "{P:张伟杰}: @{P:Lily Zhou} 顺便约一下{C:华强北}的供应商，电话 {T:+86 139 2384 1176}\n"
     "{P:Lily Zhou}: 收到👌"),
    ("chat_log",
     "LINE · 経理チーム\n"
     "{P:佐藤 美咲}: 請求書 No.2024-0613 まだ届いていません\n"
     "{P:Yamamoto}: すみません、{P:Misaki}さん、今送ります！\n"
     "{P:佐藤 美咲}: ありがとう。{P:山本}さん、Suica の精算も月末までにお願いします"),
    ("chat_log",
     "KakaoTalk · 마케팅팀\n"
     "{P:김지수}: 내일 올리브영 팝업 몇 시에 셋업해요?\n"
     "{P:최민호}: 9시요. {P:지수}야 배너 챙겨줘\n"
     "{P:김지수}: 넵! {P:Choi} 과장님 주차는 어디에?\n"
     "{P:최민호}: {C:성수동} 공영주차장, 차번호 {I:12가 3456} 등록해뒀어"),
    ("chat_log",
     "Discord · #raid-night · ValorantEU\n"
     "{P:xX_kwame_Xx}: anyone up for ranked? need 2\n"
     "{P:tomasz_pl}: me, after 21 CET\n"
     "{P:xX_kwame_Xx}: nice. @{P:mariana.sky} you in?\n"
     "{P:mariana.sky}: can't, Sims 4 update + exam tmrw lol\n"
     "MEE6: GG {P:tomasz_pl}, you just advanced to level 23!"),
    ("chat_log",
     "*** Joined #debian-pt (Libera.Chat)\n"
     "<{P:rcarvalho}> alguém já viu 'dpkg: error processing package linux-image-6.1.0-21'?\n"
     "<{P:joana_m}> {P:rcarvalho}: corre apt --fix-broken install\n"
     "<{P:rcarvalho}> obrigado {P:joana_m}, resolveu\n"
     "<ChanServ> op granted to {P:nuno-f}"),
    ("chat_log",
     "SMS thread · {T:+44 7823 114 590}\n"
     "Mon 18:02  Hi it's {P:Grace} from Hope Dental, confirming {P:Bob}'s check-up Thurs 3:15. Reply Y or N\n"
     "Mon 18:40  Y. is it still {A:41 Lark Lane}?\n"
     "Mon 18:41  Yes, same place, parking behind Tesco Express. See you Thursday!"),
    ("chat_log",
     "Zoom chat · Sprint 42 review\n"
     "10:03:11 From {P:Ana Lucía Quispe Mamani} to Everyone: can everyone see the Figma?\n"
     "10:03:20 From {P:Rodrigo Huamán} to Everyone: yes 👍\n"
     "10:05:02 From {P:Ana Lucía Quispe Mamani} to {P:Rodrigo Huamán} (direct message): pls mute, theres an echo\n"
     "10:05:44 From {P:Valentina Ríos} to Everyone: demo recording is on the Confluence page 'Sprint 42'"),
    ("chat_log",
     "Teams · Night shift - Warehouse {C:Tilburg}\n"
     "[22:14] {P:Daan de Vries}: forklift 3 is kaput again, Still error E-417\n"
     "[22:15] {P:Kerem Öztürk}: I'll log it, {P:Daan}. {P:Priya} is on the reach truck tonight\n"
     "[22:30] {P:Priya Nair}: ok, dock 7 for the Jumbo trailer?\n"
     "[22:31] {P:Kerem Öztürk}: yes, plate {I:BZ-491-K}"),
    ("chat_log",
     "Signal · Family 🏡\n"
     "Mama: {P:Aigul} did you send the documents to the consulate?\n"
     "{P:Aigul}: yes mama, DHL tracking 4417 2210 83\n"
     "{P:Timur}: I'll pick granny up from {C:Tashkent} airport Saturday\n"
     "Mama: rahmat {P:Timurjon} ❤️"),
    ("chat_log",
     "Messenger · Marketplace: IKEA Kallax 4x4 white\n"
     "{P:Hunter Bradley}: Hi, is this still available?\n"
     "{P:Summer Nguyen-Tran}: yes! $60, pickup only\n"
     "{P:Hunter Bradley}: can I come at 6? address?\n"
     "{P:Summer Nguyen-Tran}: {A:2219 Oak Cliff Dr}, {A:Apt 12}, {C:Garland} TX {A:75041}, text me {T:(469) 318-2270}"),
    ("chat_log",
     "Viber · Suva Rugby Club committee\n"
     "{P:Jone Vakarewa}: Training moved to Albert Park 5pm, Thurston Gardens flooded\n"
     "{P:Litia}: vinaka {P:Jone}. Who has the Powerade crate?\n"
     "Ratu {P:Isikeli Tuinasau}: me, bringing it\n"
     "{P:Jone Vakarewa}: bula 🏉"),
    ("chat_log",
     "WhatsApp · Chacra Los Olmos\n"
     "[9/6 20:11] {P:Martina Etcheverry}: {P:Facu}, llegó el veterinario? la vaca Clarita sigue rara\n"
     "[9/6 20:15] {P:Facundo Giménez}: sí, vino el Dr. {P:Iriarte}, le dio Ivomec\n"
     "[9/6 20:16] {P:Martina Etcheverry}: gracias {P:Facundo}! mañana llevo el Hilux a {C:Tandil}"),
    ("chat_log",
     "Slack DM · {P:priya.deshpande} → {P:anand.kulkarni}\n"
     "{P:priya}: hey, the Razorpay webhook is failing on staging again\n"
     "{P:anand}: on it. was it after {P:Rohan}'s deploy?\n"
     "{P:priya}: yep v2.14.3. also can you add {P:sneha.joshi} to the #payments channel\n"
     "{P:anand}: done ✅"),
    ("chat_log",
     "iMessage · Today 14:22\n"
     "{P:Wiremu}: bro where's the hui tonight\n"
     "Me: marae on {A:Pā Road}, {C:Tūrangi}. {P:Hemi} is bringing the hāngī stuff\n"
     "{P:Wiremu}: sweet as, tell {P:Hemi} I owe him for the Speights 🍺"),
    ("chat_log",
     "Microsoft Teams · Finance {C:Nairobi}\n"
     "{P:Achieng Odhiambo}: @{P:Kiprono} can you approve PO 4500183311 (Dell monitors, KES 312,000)?\n"
     "{P:Kiprono Langat}: approved. also {P:Achieng} remind {P:Njeri} the audit is on Monday\n"
     "{P:Achieng Odhiambo}: sure. PwC team arrives 9am"),
    # --- ops_log ----------------------------------------------------------------------------------------------
    ("ops_log",
     "Jun 12 03:14:07 bastion-01 sshd[48211]: Accepted publickey for {P:oadeyemi} from {N:102.89.34.17} port 51422 "
     "ssh2\n"
     "Jun 12 03:14:09 bastion-01 sudo: {P:oadeyemi} : TTY=pts/2 ; PWD=/home/{P:oadeyemi} ; USER=root ; "
     "COMMAND=/usr/bin/systemctl restart nginx\n"
     "Jun 12 03:20:41 bastion-01 sshd[48302]: Failed password for invalid user admin from {N:45.155.205.233} port "
     "40112\n"
     "Jun 12 03:20:43 bastion-01 sshd[48302]: Connection closed by {N:45.155.205.233} port 40112 [preauth]"),
    ("ops_log",
     "commit 9f3c1e7a2b4d6f80c1e2a3b4c5d6e7f8a9b0c1d2\n"
     "Author: {P:Nguyễn Văn Hùng} <{E:hung.nguyen@saigonpay.vn}>\n"
     "Date:   Wed Jun 12 10:41:22 2024 +0700\n"
     "    fix(checkout): round VND amounts before calling the Momo API (#1182)\n"
     "    Co-authored-by: {P:Trần Minh Khoa} <{E:khoa.tran@saigonpay.vn}>\n"
     "    Reviewed-by: dependabot[bot]"),
    ("ops_log",
     "{N:2a02:1210:4c07:9e00:5d1a:3b7f:e2c4:91aa} - - [12/Jun/2024:08:12:55 +0200] \"GET /api/v3/orders/77120 "
     "HTTP/2.0\" "
     "200 1843 \"-\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5)\"\n"
     "{N:185.34.220.18} - {P:lmartinez} [12/Jun/2024:08:13:02 +0200] \"POST /admin/login HTTP/1.1\" 302 0\n"
     "{N:10.0.4.21} - - [12/Jun/2024:08:13:04 +0200] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\""),
    ("ops_log",
     "dn: uid={P:mkowalska},ou=people,dc=vistula,dc=pl\n"
     "cn: {P:Magdalena Kowalska}\n"
     "sn: {P:Kowalska}\n"
     "mail: {E:magdalena.kowalska@vistula.pl}\n"
     "telephoneNumber: {T:+48 22 619 40 37}\n"
     "homeDirectory: /home/{P:mkowalska}\n"
     "memberOf: cn=grafana-editors,ou=groups,dc=vistula,dc=pl"),
    ("ops_log",
     "2024-06-12 07:55:01 openvpn[1120]: {P:s.rahimi}/{N:5.121.44.208}:51833 MULTI_sva: pool returned "
     "IPv4={N:10.8.0.14}\n"
     "2024-06-12 07:55:01 openvpn[1120]: {P:s.rahimi}/{N:5.121.44.208}:51833 PUSH: Received control message\n"
     "2024-06-12 09:02:17 openvpn[1120]: {P:s.rahimi}/{N:5.121.44.208}:51833 SIGTERM[soft,remote-exit] received, "
     "client-instance exiting"),
    ("ops_log",
     "Jun 12 06:31:44 dhcpd[902]: DHCPREQUEST for {N:192.168.20.57} from 3c:22:fb:91:0a:7e (LAPTOP-{P:AKUA-B}) via "
     "eth1\n"
     "Jun 12 06:31:44 dhcpd[902]: DHCPACK on {N:192.168.20.57} to 3c:22:fb:91:0a:7e (LAPTOP-{P:AKUA-B}) via eth1\n"
     "Jun 12 06:32:10 dhcpd[902]: DHCPACK on {N:192.168.20.61} to f0:18:98:2c:44:d1 (Canon-MF445dw) via eth1"),
    ("ops_log",
     "{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"Metadata\",\"verb\":\"delete\",\n"
     " \"user\":{\"username\":\"{E:chinedu.eze@kestrelcloud.io}\",\"groups\":[\"sre\",\"system:authenticated\"]},\n"
     " \"sourceIPs\":[\"{N:41.203.72.156}\"],\"objectRef\":{\"resource\":\"pods\",\"namespace\":\"payments\","
     "\"name\":\"ledger-7d9f8c-xk2lp\"},\n"
     " \"responseStatus\":{\"code\":200},\"requestReceivedTimestamp\":\"2024-06-12T11:04:37.118Z\"}"),
    ("ops_log",
     "Log Name: Security  Source: Microsoft-Windows-Security-Auditing  Event ID: 4624\n"
     "Account Name: {P:j.okonkwo}   Account Domain: CONTOSO-HQ\n"
     "Workstation Name: WS-FIN-{P:OKONKWO}   Source Network Address: {N:172.16.8.93}\n"
     "Logon Type: 10 (RemoteInteractive)   Process: User32\n"
     "Profile: C:\\Users\\{P:j.okonkwo}\\AppData\\Roaming\\Microsoft\\Teams"),
    ("ops_log",
     "Jun 12 14:22:10 mx2 postfix/smtpd[3310]: connect from mail-ej1-f41.google.com[{N:209.85.218.41}]\n"
     "Jun 12 14:22:11 mx2 postfix/cleanup[3315]: 4W0Xk22bvz: message-id=<CAF3x9@mail.gmail.com>\n"
     "Jun 12 14:22:11 mx2 postfix/qmgr[880]: 4W0Xk22bvz: from=<{E:tamar.levi.83@gmail.com}>, size=48210, nrcpt=1\n"
     "Jun 12 14:22:12 mx2 postfix/lmtp[3320]: 4W0Xk22bvz: to=<{E:avi.benshimon@galilsolar.co.il}>, status=sent (250 "
     "OK)"),
    ("ops_log",
     "2024-06-12T09:41:03Z okta system.authentication.sso SUCCESS actor={E:fatou.diop@teranga-energy.sn} "
     "client.ip={N:196.207.241.10} app=Salesforce\n"
     "2024-06-12T09:41:55Z okta user.mfa.factor.deactivate SUCCESS actor=okta-admin-svc target={P:Fatou Diop}\n"
     "2024-06-12T09:42:07Z okta user.session.start FAILURE actor={E:moussa.ndiaye@teranga-energy.sn} "
     "reason=INVALID_CREDENTIALS client.ip={N:41.82.160.7}"),
    ("ops_log",
     "Started by user {P:Leila Haddad}\n"
     "Running as SYSTEM\n"
     "[Pipeline] git clone https://git.cedarworks.lb/platform/billing.git (branch release/3.8)\n"
     "[Pipeline] sh: ./gradlew test -Pprofile=ci\n"
     "BUILD SUCCESSFUL in 4m 12s — notified {E:leila.haddad@cedarworks.lb} and #ci-billing"),
    ("ops_log",
     "2024-06-12 02:00:01 CRON[22190]: (backup) CMD (/opt/scripts/pg_dump_all.sh > /var/log/pgdump.log)\n"
     "2024-06-12 02:00:01 CRON[22191]: (root) CMD (certbot renew --quiet)\n"
     "2024-06-12 02:17:45 fail2ban.actions [771]: NOTICE [sshd] Ban {N:218.92.0.112}\n"
     "2024-06-12 02:30:00 CRON[22240]: ({P:hkimura}) CMD (python3 /home/{P:hkimura}/jobs/sync_rakuten.py)"),
    ("ops_log",
     "{\"eventTime\":\"2024-06-12T05:19:44Z\",\"eventName\":\"ConsoleLogin\",\"awsRegion\":\"eu-west-1\",\n"
     " \"userIdentity\":{\"type\":\"IAMUser\",\"userName\":\"{P:siobhan.mcgrath}\",\"accountId\":\"482019377541\"},\n"
     " \"sourceIPAddress\":\"{N:86.43.117.209}\",\"responseElements\":{\"ConsoleLogin\":\"Success\"},\n"
     " \"additionalEventData\":{\"MFAUsed\":\"Yes\"}}"),
    ("ops_log",
     "GitHub audit log · org kiwi-dairy-tech\n"
     "2024-06-12 13:05  repo.add_member  actor: {P:hamish-mcd}  user: {P:tamati-w}  repo: milk-vat-iot\n"
     "2024-06-12 13:07  protected_branch.update  actor: {P:hamish-mcd}  branch: main\n"
     "2024-06-12 13:40  repo.access  actor: renovate[bot]  visibility: private"),
    ("ops_log",
     "docker logs crm-api-7 --since 1h\n"
     "INFO  2024-06-12 10:02:44 [http-nio-8080-exec-4] c.a.crm.LeadService - lead 88120 assigned to {P:Bui Thi Mai}\n"
     "WARN  2024-06-12 10:02:45 [http-nio-8080-exec-4] c.a.crm.SmsGateway - retry #2 to {T:+84 912 447 308}\n"
     "ERROR 2024-06-12 10:02:47 [scheduler-1] c.a.crm.SyncJob - HubSpot 429 Too Many Requests, backing off 30s"),
    ("ops_log",
     "AD change log (ADAudit Plus)\n"
     "12-Jun-2024 16:44  User account modified  Target: CN={P:Rasmussen\\, Kasper},OU={C:Aarhus},DC=nordvind,DC=local\n"
     "  Attribute: telephoneNumber  Old: {T:+45 86 12 44 90}  New: {T:+45 22 71 09 38}\n"
     "  Changed by: NORDVIND\\{P:adm-bthorsen}"),
    ("ops_log",
     "May 29 23:58:12 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC={N:103.152.118.44} DST={N:203.0.113.10} PROTO=TCP "
     "DPT=3389\n"
     "May 29 23:58:15 fw01 kernel: [UFW ALLOW] IN=eth0 OUT= SRC={N:49.207.55.190} DST={N:203.0.113.10} PROTO=TCP "
     "DPT=443\n"
     "# {N:49.207.55.190} = {P:Aditya Rao} home connection ({C:Bengaluru}), whitelisted per CHG-2291"),
    ("ops_log",
     "2024-06-12 18:03:55,102 WARNING auth.py:88 login failed user='{P:Ewa.Nowak-Zając}' ip={N:83.25.190.7} "
     "attempts=3\n"
     "2024-06-12 18:04:10,517 INFO  auth.py:61 login ok user='{P:Ewa.Nowak-Zając}' ip={N:83.25.190.7} mfa=totp\n"
     "2024-06-12 18:04:11,002 INFO  audit.py:20 export invoices 2024-05 (FV/2024/05/0001..0413) by "
     "{P:Ewa.Nowak-Zając}"),
    # --- csv_rows ---------------------------------------------------------------------------------------------
    ("csv_rows",
     "employee_id,last_name,first_name,dob,department,start_date\n"
     "E10442,{P:Mwangi},{P:Njoki},{B:1991-04-17},Supply Chain,2019-08-01\n"
     "E10457,{P:Otieno},{P:Baraka},{B:1987-12-02},Finance,2020-01-13\n"
     "E10463,{P:Chebet},{P:Faith},{B:1995-06-30},Customer Care,2023-03-06"),
    ("csv_rows",
     "{P:Sørensen};{P:Astrid};{E:astrid.sorensen@fjordmail.no};{T:+47 913 40 228};Oslo Sporveier;aktiv\n"
     "{P:Haugen};{P:Ola Magnus};{E:olamagnus.h@fjordmail.no};{T:+47 481 22 907};Vy;aktiv\n"
     "{P:Nilsen};{P:Kari};{E:kari.nilsen@fjordmail.no};{T:+47 930 15 611};Ruter;inaktiv"),
    ("csv_rows",
     "member_no|name|city|postcode|plan\n"
     "{I:SG-00418823}|{P:TAN Wei Ling}|{C:Singapore}|{A:560231}|Gold\n"
     "{I:SG-00418824}|{P:Muthusamy Kavitha}|{C:Singapore}|{A:730888}|Silver\n"
     "{I:SG-00418825}|{P:Nur Hidayah Binte Ismail}|{C:Singapore}|{A:520145}|Gold"),
    ("csv_rows",
     "[\n"
     "  {\"id\": 301, \"name\": \"{P:Mohammed Al-Harbi}\", \"phone\": \"{T:+966 55 418 2290}\", \"branch\": "
     "\"{C:Riyadh}\"},\n"
     "  {\"id\": 302, \"name\": \"{P:Noura Al-Qahtani}\", \"phone\": \"{T:+966 50 771 3084}\", \"branch\": "
     "\"{C:Jeddah}\"},\n"
     "  {\"id\": 303, \"name\": \"Walk-in\", \"phone\": null, \"branch\": \"{C:Dammam}\"}\n"
     "]"),
    ("csv_rows",
     "Nachname\tVorname\tGeburtsdatum\tSteuer-ID\tKrankenkasse\n"
     "{P:Schröder}\t{P:Anneliese}\t{B:14.05.1958}\t{I:71250698660}\tAOK Bayern\n"
     "{P:Öztürk}\t{P:Murat}\t{B:02.11.1979}\t{I:44270938544}\tTechniker Krankenkasse"),
    ("csv_rows",
     "\"Order\",\"Customer\",\"Ship to\",\"Total\"\n"
     "\"1003917\",\"{P:Chiara Bianchi}\",\"{A:Via Po 25}, {A:10124} {C:Torino}\",\"€ 84,90\"\n"
     "\"1003918\",\"{P:Marco Coppola}\",\"{A:Via Toledo 256}, {A:80134} {C:Napoli}\",\"€ 212,00\"\n"
     "\"1003919\",\"Ristorante Da Gino\",\"{A:Piazza Navona 12}, {A:00186} {C:Roma}\",\"€ 1.430,50\""),
    ("csv_rows",
     "SURNAME,GIVEN NAME,PASSPORT NO,NATIONALITY,ROOM\n"
     "{P:ABDULLAEV},{P:SHERZOD},{I:FA4417290},UZB,1204\n"
     "{P:KARIMOVA},{P:DILNOZA},{I:FA9023118},UZB,1205\n"
     "{P:OMURBEKOV},{P:AZAMAT},{I:AC2290417},KGZ,1206"),
    ("csv_rows",
     "name=\"{P:Emeka Nwachukwu}\" bvn={I:22419087513} acct={I:0123847719} bank=\"Access Bank\" tier=3\n"
     "name=\"{P:Halima Bello}\" bvn={I:22388104476} acct={I:2047718830} bank=\"GTBank\" tier=2\n"
     "name=\"{P:Chukwuemeka Obi}\" bvn={I:22501733892} acct={I:3119045527} bank=\"Zenith\" tier=3"),
    ("csv_rows",
     "{P:Zhang},{P:Yifan},{E:yifan.zhang@tsinghua-alumni.cn},2018,Computer Science\n"
     "{P:Wang},{P:Ruoxi},{E:wangruoxi@pku-alumni.cn},2019,Economics\n"
     "{P:Ouyang},{P:Ming},{E:ouyang.ming@fudan-alumni.cn},2017,Chemistry"),
    ("csv_rows",
     "patient_id;apellidos;nombre;fecha_nac;dni;centro\n"
     "{I:HC-220413};{P:García Bermúdez};{P:Lucía};{B:1966-09-08};{I:84444402V};C.S. Delicias\n"
     "{I:HC-220414};{P:Ndiaye};{P:Aminata};{B:1990-01-21};{I:X4910632V};C.S. Torrero"),
    ("csv_rows",
     "Date,Driver,Vehicle reg,Route,Miles\n"
     "03/06/2024,{P:Callum MacLeod},{I:SK19 ZRV},{C:Inverness}-{C:Aberdeen},104\n"
     "03/06/2024,{P:Morag Nic an t-Saoir},{I:SV71 KHD},{C:Inverness}-{C:Thurso},112\n"
     "04/06/2024,{P:Callum MacLeod},{I:SK19 ZRV},{C:Inverness}-{C:Fort William},66"),
    ("csv_rows",
     "id,username,email,last_login_ip,role\n"
     "17,{P:aiko.tanaka},{E:aiko.tanaka@kaizen-robotics.jp},{N:153.156.88.21},admin\n"
     "18,{P:kenji.w},{E:kenji.watanabe@kaizen-robotics.jp},{N:126.77.203.4},editor\n"
     "19,ci-deploy,{E:ci@kaizen-robotics.jp},{N:10.1.0.5},service"),
    ("csv_rows",
     "CPF;Nome;Nascimento;Cidade;UF\n"
     "{I:344.898.530-92};{P:Antônia Ferreira Lima};{B:11/02/1974};{C:Fortaleza};CE\n"
     "{I:453.331.478-33};{P:Raimundo Nonato Sousa};{B:25/07/1969};{C:Teresina};PI\n"
     "{I:940.631.165-81};{P:Iracema Tupinambá};{B:03/10/2001};{C:Manaus};AM"),
    ("csv_rows",
     "{P:Rousseau},{P:Émilie},{T:06 12 48 90 37},{A:14 rue des Lilas},{A:33000},{C:Bordeaux}\n"
     "{P:Benali},{P:Yacine},{T:07 81 22 40 19},{A:3 impasse Voltaire},{A:13005},{C:Marseille}\n"
     "{P:Le Gall},{P:Maëlys},{T:06 70 33 81 52},{A:Résidence Ker Avel, bât. B},{A:29200},{C:Brest}"),
    ("csv_rows",
     "ticket,requester,assignee,product,status\n"
     "SR-4471,{P:Roza Zhaksylykova},{P:yerlan.a},Kaspi POS,open\n"
     "SR-4472,{P:Baurzhan Seitkali},{P:yerlan.a},Kaspi QR,closed\n"
     "SR-4473,Halyk Bank (corporate),{P:dana.m},Kaspi POS,pending"),
    ("csv_rows",
     "Ngalan,Edad,Barangay,Telepono\n"
     "{P:Jerome Dimaculangan},42,{C:San Isidro},{T:0918 224 7731}\n"
     "{P:Rowena Bautista-Cruz},37,{C:Poblacion},{T:0927 113 8840}\n"
     "{P:Rodel Magbanua},29,{C:Santo Niño},{T:0935 602 1197}"),
    ("csv_rows",
     "student_number,family_name,given_names,date_of_birth,guardian_phone\n"
     "{I:S2024-0871},{P:Yunupingu},{P:Djalu},{B:2011-03-19},{T:0428 417 902}\n"
     "{I:S2024-0872},{P:Kelly},{P:Taylah Rose},{B:2010-11-04},{T:0411 093 228}\n"
     "{I:S2024-0873},{P:Nguyen},{P:Bao An},{B:2011-07-27},{T:0433 718 640}"),
    ("csv_rows",
     "sku,product,qty,unit_price,warehouse\n"
     "ESP-220,Lavazza Espresso Pack,40,12.50,{C:Reading}\n"
     "KTL-114,Smeg Kettle Cream,6,149.00,{C:Reading}\n"
     "# exported by {P:Oyelaran, Tobi} on 12/06/2024 from NetSuite"),
    # --- postal_block -----------------------------------------------------------------------------------------
    ("postal_block",
     "Royal Mail Tracked 48 · Return to sender if undelivered\n"
     "Mr {P:T. Abernethy-Osei}\n"
     "{A:Flat 3, Kingfisher Court}\n"
     "{A:19 Wellington Street}\n"
     "{C:Stockport}\n"
     "{A:SK1 3RN}"),
    ("postal_block",
     "SHIP TO:\n"
     "{P:DESHAWN MCKINNEY-PARKS}\n"
     "{A:4417 N BROADWAY ST}\n"
     "{A:STE 210}\n"
     "{C:CHICAGO} IL {A:60640-5512}\n"
     "UPS GROUND · 2 of 3 · 18.4 LBS"),
    ("postal_block",
     "{P:Geneviève Tremblay-Ouellet}\n"
     "{A:1287, rue Saint-Denis}, {A:app. 4}\n"
     "{C:Montréal} (Québec) {A:H2X 3J6}\n"
     "CANADA"),
    ("postal_block",
     "Absender: Lichtblick Optik GmbH, {A:Kaiserstraße 48}, {A:60329} {C:Frankfurt am Main}\n"
     "Frau\n"
     "Dr. {P:Hannelore von Wittgenstein-Adebayo}\n"
     "{A:Am Schlossgarten 7}\n"
     "{A:69117} {C:Heidelberg}"),
    ("postal_block",
     "〒{A:604-8005}\n"
     "京都府{C:京都市}{C:中京区}{A:河原町通三条上る恵比須町 534-2}\n"
     "{A:グランドパレス河原町 803号}\n"
     "{P:中村 健太郎} 様"),
    ("postal_block",
     "To,\n"
     "Shri {P:Venkatesh Subramaniam Iyer}\n"
     "{A:Door No. 12/7, 2nd Floor}, {A:Lakshmi Nilayam}\n"
     "{A:Dr. Radhakrishnan Salai}, {C:Mylapore}\n"
     "{C:Chennai} - {A:600004}, Tamil Nadu"),
    ("postal_block",
     "Destinatário: {P:Luana Kaingang de Oliveira}\n"
     "{A:Av. Sete de Setembro, 1840}, {A:Bloco B, ap. 1202}\n"
     "{C:Batel}, {C:Curitiba} - PR\n"
     "CEP {A:80240-000}\n"
     "Correios SEDEX · AR"),
    ("postal_block",
     "Sr. {P:Ignacio Llancaqueo Morales}\n"
     "{A:Pasaje Los Aromos 1433}, {A:depto. 52}\n"
     "{C:Temuco}, Región de La Araucanía\n"
     "{A:4780000} Chile"),
    ("postal_block",
     "Pani\n"
     "{P:Bożena Grzybowska}\n"
     "{A:ul. Księcia Józefa Poniatowskiego 3 m. 14}\n"
     "{A:31-425} {C:Kraków}\n"
     "POLSKA"),
    ("postal_block",
     "Кому: {P:Кузнецов Андрей Павлович}\n"
     "Куда: {A:ул. Ленина, д. 45}, {A:кв. 112}\n"
     "г. {C:Екатеринбург}, Свердловская обл.\n"
     "Индекс: {A:620014}"),
    ("postal_block",
     "{P:Tjarra Jones-Namatjira}\n"
     "{A:Unit 4/22 Smith Street}\n"
     "{C:Alice Springs} NT {A:0870}\n"
     "AUSTRALIA · Australia Post Express"),
    ("postal_block",
     "Deliver to: {P:Sizwe Ndlovu}\n"
     "{A:23 Jacaranda Avenue}\n"
     "{C:Lynnwood}\n"
     "{C:Pretoria}\n"
     "{A:0081}\n"
     "The Courier Guy · waybill TCG90441827"),
    ("postal_block",
     "{P:Hadas Ben-Ami}\n"
     "{A:רחוב הרצל 58}, {A:דירה 9}\n"
     "{C:חיפה} {A:3303326}\n"
     "ISRAEL"),
    ("postal_block",
     "ALICI: {P:Ayşe Nur Karaca}\n"
     "{A:Bağdat Cad. No: 204/6}\n"
     "{C:Caddebostan} Mah., {C:Kadıköy}\n"
     "{A:34728} {C:İstanbul}\n"
     "Yurtiçi Kargo - alıcı ödemeli"),
    ("postal_block",
     "Người nhận: {P:Phạm Thị Hồng Nhung}\n"
     "{A:Số 18 ngõ 42 phố Trần Duy Hưng}\n"
     "Phường {C:Trung Hòa}, Quận {C:Cầu Giấy}, {C:Hà Nội} {A:100000}\n"
     "ĐT: {T:0983 421 776}"),
    ("postal_block",
     "{P:Leticia Xochitl Ramírez Tzompa}\n"
     "{A:Calle 5 de Mayo 318}, {A:Int. 2}\n"
     "Col. {C:Centro}, {A:72000} {C:Puebla}, Pue.\n"
     "MÉXICO"),
    ("postal_block",
     "{P:Birgitta Lindqvist-Mäkinen}\n"
     "{A:Kungsgatan 12}, {A:lgh 1102}\n"
     "{A:411 19} {C:Göteborg}\n"
     "SVERIGE"),
    ("postal_block",
     "RETURN ADDRESS · Swiss Post · PRIORITY\n"
     "Herr {P:Reto Zimmermann-Caflisch}\n"
     "{A:Postfach 418}\n"
     "{A:7000} {C:Chur}\n"
     "Schweiz"),
    # --- bank_note --------------------------------------------------------------------------------------------
    ("bank_note",
     "KYC review · Retail onboarding · case KYC-24-061187\n"
     "Applicant: {P:Olufunmilayo Adeyemi-Briggs}, DOB {B:09/05/1983}, NINO {I:PK 41 27 93 C}\n"
     "Address: {A:62 Coldharbour Lane}, {C:Brixton}, {C:London} {A:SW9 8LF} (3 yrs). Proof: Thames Water bill May "
     "2024.\n"
     "Source of funds: salary, Guy's and St Thomas' NHS Foundation Trust. PEP/sanctions: no match (World-Check).\n"
     "Decision: approved — {P:M. Castellanos}, KYC analyst"),
    ("bank_note",
     "FRAUD ALERT 12/06 14:02 · card {I:4149 1980 2351 2102}\n"
     "3 declined attempts at 'STEAM PURCHASE' (USD 99.99) from {N:91.219.237.4}, card present in {C:Leeds} 1 h "
     "earlier.\n"
     "Called cardholder {P:Imran Chaudhry} on {T:07911 204 386}: did not authorise. Card blocked, new card ordered.\n"
     "Note by {P:Sophie-Anne Kirkpatrick}, Fraud Ops"),
    ("bank_note",
     "Wire recall request · MT192 · ref FTX2406120033\n"
     "Originator: {P:Hiroshi Nakamura} / {I:DE81 0299 2401 1212 0170 76}\n"
     "Beneficiary (as sent): {P:ADEWALE JOHNSON} / {I:GB57 NWBK 9757 0491 4632 40}\n"
     "Amount EUR 18,400.00 value 11.06.2024. Customer says invoice e-mail from 'Shimano Europe' was spoofed.\n"
     "Recall sent to NatWest via SWIFT gpi at 10:14. Follow-up: {P:Jana Horáková}"),
    ("bank_note",
     "AML alert #88412 — structuring pattern\n"
     "Customer {P:Thanh Vo Ngoc} (CIF {I:00471829}), acct {I:10-4471-0093812}\n"
     "9 cash deposits of AUD 9,500 between 2 and 11 June at branches in {C:Cabramatta}, {C:Bankstown} and "
     "{C:Fairfield}.\n"
     "TFN on file {I:372 029 601}. Escalated to FIU; SMR draft by {P:Grace O'Connell}."),
    ("bank_note",
     "Mortgage file note · Application MTG-2024-3318\n"
     "Borrowers: {P:Rafael Gutiérrez Ochoa} (SSN {I:531-74-2086}) & {P:Camila Gutiérrez} (SSN {I:618-20-4471})\n"
     "Property: {A:1908 Cedar Crest Ln}, {C:Round Rock}, TX {A:78664}\n"
     "Routing {I:121066541}, checking {I:004418270193} for autopay. Appraisal by Lone Star Valuations 6/20.\n"
     "LO: {P:Brittany Okafor}"),
    ("bank_note",
     "Bereavement notification · Rabobank · dossier 24-7712\n"
     "Overledene: dhr. {P:Gerrit Jan Hoekstra}, geb. {B:08-11-1939}, BSN {I:889426521}\n"
     "Rekening {I:NL97 ABNA 6900 7476 91} geblokkeerd voor incasso's behalve uitvaart (DELA).\n"
     "Contactpersoon: dochter {P:Wilma Hoekstra-Jansen}, {T:06 2238 4190}, {E:w.hoekstra.jansen@ziggo.nl}"),
    ("bank_note",
     "Account opening · Sucursal {C:Chapinero}, {C:Bogotá}\n"
     "Cliente: {P:Yuliana Andrea Mosquera Palacios}, CC {I:1.077.432.918}\n"
     "Dirección: {A:Calle 63 # 9-41}, {A:Apto 502}\n"
     "Celular {T:+57 312 448 9021}. Producto: Cuenta de Ahorros Nómina. Asesor: {P:Julián}"),
    ("bank_note",
     "Power of attorney registered · HSBC · 12 Jun 2024\n"
     "Donor: {P:Margaret Achterberg} (sort code {I:40-47-19}, acct {I:61882093})\n"
     "Attorneys: {P:Fiona Achterberg-Singh} and {P:Dev Singh}\n"
     "LPA ref {I:M-8820-4417-1290} checked on the OPG register. Branch: Promenade, {C:Cheltenham}."),
    ("bank_note",
     "Chargeback · Visa reason 13.1 (merchandise not received)\n"
     "Card {I:4242 3010 8125 8198} · txn 2024-05-28 'ZARA.COM ES' EUR 129.95\n"
     "Cardholder {P:Inés Ballesteros Quiroga} sent Correos tracking + chat with Zara showing no delivery.\n"
     "Provisional credit issued. Analyst: {P:Pau}"),
    ("bank_note",
     "Skatteverket / Swedbank — kontrolluppgift korrigering\n"
     "Kund: {P:Mikael Lindström}, {I:911204-5332}\n"
     "Konto {I:SE96 3549 6974 7352 0028 1614}: ränta 2023 felrapporterad (1 240 kr, ska vara 2 140 kr).\n"
     "Rättelse skickad 12 juni. Handläggare {P:Saga Eriksson}"),
    ("bank_note",
     "Safe deposit box access log · Branch 0412 ({C:Zürich} Paradeplatz)\n"
     "12.06.2024 10:05 box 1187 opened by {P:Ruth Bernasconi} (ID: passport {I:X4421977})\n"
     "12.06.2024 10:22 closed. Witness: {P:L. Meier}\n"
     "Note: co-holder {P:Alessandro Bernasconi} informed by phone {T:+41 79 412 88 03}"),
    ("bank_note",
     "Scam call report · Nedbank · 11 June\n"
     "Client {P:Thabo Mokoena} (ID {I:7603026608087}) says a 'Nedbank official' asked for his OTP.\n"
     "Cheque acct {I:1187 443 902} blocked at 16:40; Nedbank Money app re-registered on new SIM.\n"
     "Caller's number: {T:+27 61 904 2275}. SAPS case 118/06/2024, {C:Soweto}."),
    ("bank_note",
     "Kredi başvurusu notu · Ziraat Bankası {C:Çankaya} şubesi\n"
     "Müşteri: {P:Hakan Yıldırım}, TCKN {I:38504515270}\n"
     "IBAN: {I:TR93 3926 0147 8291 0677 9712 86}\n"
     "Talep: 250.000 TL ihtiyaç kredisi, 36 ay. Maaş: Aselsan. Onay: {P:Gülşen Aydın}"),
    ("bank_note",
     "Interac e-Transfer dispute · RBC · file 24-44190\n"
     "Client: {P:Priyanka Thiagarajah}, SIN {I:253 168 538}\n"
     "Sent CAD 2,300 to '{P:Kyle Beaumont}' ({E:kyle.beaumont.rentals@outlook.com}) for a rental on "
     "{A:1102 Bay Street} that does not exist. Recipient bank TD notified."),
    ("bank_note",
     "Note de crédit · BNP Paribas agence {C:La Part-Dieu}, {C:Lyon}\n"
     "Client : M. {P:Mehdi Boukhari}, NIR {I:1 90 11 33 479 567 64}\n"
     "IBAN : {I:FR51 6312 9283 2685 2242 4368 865}\n"
     "Prêt immo 210 000 € sur 25 ans, taux 3,45 %. Co-emprunteuse : Mme {P:Sarah Boukhari-Lévy}"),
    ("bank_note",
     "Overdraft hardship note · Bank of Ireland · 12/06/2024\n"
     "Customer {P:Niamh Ní Bhriain} rang re: arrears on {I:IE06 BOFI 3986 4576 5177 10}.\n"
     "Partner {P:Seán} lost job at Intel {C:Leixlip}; agreed 3-month payment break. Callback {T:+353 86 441 2093}.\n"
     "— {P:Declan}"),
    ("bank_note",
     "Joint account application · Bank Pekao · oddział {C:Gdańsk} {C:Wrzeszcz}\n"
     "Wnioskodawca 1: {P:Krzysztof Lewandowski-Maj}, PESEL {I:69072949570}, ur. {B:29.07.1969}\n"
     "Wnioskodawca 2: {P:Oksana Lewandowska}, paszport UA {I:FT204417}\n"
     "Rachunek: {I:PL91 3131 9893 2756 1663 0528 4741}"),
    ("bank_note",
     "Account freeze note · Emirates NBD · {C:Deira} branch\n"
     "Customer: {P:Rashid Mahmood Qureshi}, EID {I:784-1992-9356327-8}\n"
     "Outgoing SAR transfer to {I:SA62 8516 8658 9373 5852 8763} held for review (AED 84,000, purpose 'family "
     "support').\n"
     "RM {P:Anjali Menon} to call {T:+971 55 204 7781}."),
    # --- crm_note ---------------------------------------------------------------------------------------------
    ("crm_note",
     "HubSpot · Contact: {P:Nadia Khoury-Haddad} · Lifecycle: SQL · Owner: {P:Tarek}\n"
     "Company: Levant Pharma SAL · Phone {T:+961 3 418 227}\n"
     "Note 11 Jun: call re: Panadol distribution in the Bekaa. {P:Nadia} wants pricing for 40-ft reefer, "
     "decision after Eid. Next step: send proposal v2 by Thursday."),
    ("crm_note",
     "Salesforce · Opportunity '{C:Kampala} Solar Schools Phase II' · Stage: Negotiation · USD 412,000\n"
     "Primary contact: {P:Nakato Ssemwanga} ({E:nakato.ssemwanga@ugsolar.ug}, {T:+256 772 418 305})\n"
     "Activity: meeting with Eng. {P:Mugisha} and the Ministry of Education team, Victron inverters accepted.\n"
     "Owner: {P:Pieter Claassens}"),
    ("crm_note",
     "Pipedrive · Deal #2291 · Lead source: LinkedIn\n"
     "Person: {P:Zsófia Kertész-Balogh} (Procurement, Richter Gedeon)\n"
     "Org address: {A:Gyömrői út 19-21}, {A:1103} {C:Budapest}\n"
     "Notes: interested in 3 Tesla Model Y fleet leases. {P:Zsófi} prefers e-mail; cc her boss Dr. {P:Farkas}."),
    ("crm_note",
     "Intercom conversation · user {P:ana.kovacevic} · plan: Pro (annual)\n"
     "{P:Ana Kovačević}: Hi, the Shopify sync duplicated 212 products overnight\n"
     "Bot: Thanks! A teammate will reply soon.\n"
     "{P:Luka} (Support): Hey {P:Ana}, rolled back job #55120, all good now. Sorry!"),
    ("crm_note",
     "Zoho CRM · Account: Ararat Brandy House · Contact {P:Armen Petrosyan}, {P:Anahit Hovhannisyan}\n"
     "Billing: {A:Abovyan St 24}, {A:0009} {C:Yerevan}\n"
     "Note: tasting event at Hotel Marriott, 40 guests. {P:Anahit} confirmed the Noy 10yo allocation."),
    ("crm_note",
     "Dynamics 365 · Lead · Topic: Data centre cooling retrofit\n"
     "Name: {P:Batbayar Ganzorig} · Job title: CTO · Company: Steppe Cloud LLC\n"
     "Mobile: {T:+976 9911 4072} · Email: {E:batbayar.g@steppecloud.mn}\n"
     "Comments: met at GITEX; budget approved by board (Mongolian tugrik). Follow up after Naadam (11-13 July)."),
    ("crm_note",
     "Freshsales · Contact: {P:Thiri Aung} · Status: Customer\n"
     "Address: {A:No. 42, Bo Aung Kyaw Street}, {C:Kyauktada} Township, {C:Yangon}\n"
     "Last call ({P:Min Htet}, 10 Jun): renews Microsoft 365 E3 for 55 seats; asks for invoice in MMK.\n"
     "{P:Thiri} is on leave 20-28 June."),
    ("crm_note",
     "CRM note · Account Manager {P:Sokha Chhay}\n"
     "Client: Angkor Craft Beer Co. — owner {P:Sophea Keo} ({T:+855 12 448 901})\n"
     "Visit {C:Siem Reap} 6 June: wants 2 more Alfa Laval tanks; sister-in-law {P:Chanthou} does the books.\n"
     "Send quote Q-2024-0771."),
    ("crm_note",
     "Salesforce · Case comment · Account: Baltic Amber Logistics UAB\n"
     "Contact: {P:Rūta Žemaitytė} · {E:ruta.zemaityte@balticamber.lt} · {T:+370 612 44 908}\n"
     "Delivery address change: {A:Savanorių pr. 178}, {A:LT-03154} {C:Vilnius}\n"
     "Logged by {P:Jānis Bērziņš} ({C:Riga} hub)"),
    ("crm_note",
     "HubSpot timeline · {P:Tenzin Dolkar}\n"
     "06/10 Form submission: 'Book a demo' (UTM: google/cpc/himalaya-trek-software)\n"
     "06/11 Call by {P:Pasang Sherpa}: runs Yeti Trails trekking agency in {C:Thamel}, {C:Kathmandu}; 14 guides, "
     "uses Excel.\n"
     "06/12 Email opened x3 · Deal created 'Yeti Trails - Starter'"),
    ("crm_note",
     "Customer 360 · Loyalty ID {I:LY-7718-2290} · Tier: Platinum\n"
     "Name: {P:Giorgi Beridze} · Spouse: {P:Nino Tsiklauri}\n"
     "Preferences: Georgian wine (Saperavi), no pork. Address {A:Rustaveli Ave 37}, {A:Apt 14}, {C:Tbilisi} {A:0108}\n"
     "Next: anniversary 3 Aug — send Kindzmarauli voucher"),
    ("crm_note",
     "Pipedrive · Person: {P:Nilufar Rashidova}\n"
     "Org: Afrosiyob Silk Road Tours · {C:Samarkand}\n"
     "Note by {P:Javlonbek}: group of 24 from Lufthansa City Center, arrival 14 Sept. Hotel: Registan Plaza.\n"
     "{P:Nilufar} will send the visa letters."),
    ("crm_note",
     "Salesforce · Lead converted · 12/06/2024\n"
     "{P:MUKAMANA, Claudine} — Director, Akagera Coffee Cooperative\n"
     "Phone {T:+250 788 417 290} · {A:KG 7 Ave 19}, {C:Kigali}\n"
     "Interested in Fairtrade certification support + Probat roaster. Owner: {P:Jean-Bosco Habimana}"),
    ("crm_note",
     "Kommo CRM · chat WhatsApp Business · {P:Luiza Andrade}\n"
     "{P:Luiza}: quero trocar o tênis Olympikus 38 por 39\n"
     "Atendente {P:Wellington}: claro! envia o código do pedido?\n"
     "{P:Luiza}: PED-448213. retiro na loja do Shopping Iguatemi"),
    ("crm_note",
     "Close CRM · Call log · 00:07:41 · outcome: Interested\n"
     "Lead: {P:Ikaika Kahananui} (Maui Surf Co.) · {T:(808) 244-1903}\n"
     "Spoke about Stripe Terminal for the {C:Lahaina} rebuild shop. Call back when permits are issued (Sept).\n"
     "Rep: {P:Destiny Marquez}"),
    ("crm_note",
     "Zendesk Sell · Contact: {P:Chidinma Eze-Okoro}\n"
     "Tags: VIP, renewal-Q3\n"
     "Note: {P:Chidinma}'s team moved to {A:Plot 1274 Adetokunbo Ademola Crescent}, {C:Wuse II}, {C:Abuja}. "
     "Update the DHL account. Assistant: {P:Precious} ({T:0809 771 2281})."),
    ("crm_note",
     "HubSpot · Company: Kovač & Partneri d.o.o. · Owner: {P:Marija Horvat}\n"
     "Associated contacts: {P:Ivan Kovač} (CEO), {P:Dragana Petrović} (CFO)\n"
     "Deal stage: Closed won · EUR 48,600 · SAP Business One licences, go-live 1 Sept."),
    ("crm_note",
     "Odoo CRM · Opportunity: Pacific Freight Tonga - cold chain\n"
     "Contact: {P:Siosaia Havili} · {E:siosaia.havili@pft.to} · {T:+676 771 4420}\n"
     "Discussed Carrier reefer units for the {C:Nuku'alofa} wharf. {P:Siosaia} to confirm after board meeting "
     "(Friday)."),
    # --- forum_post -------------------------------------------------------------------------------------------
    ("forum_post",
     "r/LegalAdviceUK · Posted by u/{P:gwen_pritchard88} · 4h\n"
     "Landlord keeping my deposit over a 'damaged' Dyson\n"
     "Tenancy ended 31 May at {A:12 Heol y Deri}, {C:Cardiff}. Deposit was with the DPS. Any advice?\n"
     "  ↳ u/solicitor_not_really: Raise a dispute with DPS, they're free. Don't sign anything from Foxtons."),
    ("forum_post",
     "GitHub · issue #4417 · pandas-dev/pandas\n"
     "@{P:kofi-asante} opened this issue · 2 comments\n"
     "read_csv with engine='pyarrow' drops the last row when the file has no trailing newline (pandas 2.2.2, pyarrow "
     "16.1)\n"
     "@{P:ifeoma-nw} commented: can reproduce on Windows 11 too. cc @{P:kofi-asante}\n"
     "github-actions bot added the label Needs Triage"),
    ("forum_post",
     "Stack Overflow · asked 2 hours ago · viewed 41 times\n"
     "Spring Boot 3.3 - @Transactional not rolling back with Hibernate 6\n"
     "… my datasource is jdbc:postgresql://{N:10.0.0.12}:5432/orders, user {P:rkapoor} …\n"
     "asked by {P:Rohit Kapoor} 1,204 ● 3 ● 14\n"
     "Comment by {P:Ngozi Eze}: Does your class implement an interface? Check the proxyMode."),
    ("forum_post",
     "@{P:mariekeverhoeven}@mastodon.nl · 2u\n"
     "Vanmiddag met {P:Sem} naar de Efteling, Baron 1898 stond 75 min stil 🙄 #efteling #pretpark\n"
     "  ↳ @{P:joost_k}@mastodon.social: haha, wij waren er zaterdag. Python was wel open!"),
    ("forum_post",
     "Hacker News · 214 points by {P:tkristiansen} 5 hours ago | 88 comments\n"
     "Show HN: I built a Rust crate for parsing Norwegian postcodes offline\n"
     "  {P:pbhattacharya} 4h: nice. Does it handle the 0001 {C:Oslo} edge case?\n"
     "  {P:tkristiansen} 3h: yes, see tests/oslo.rs. thanks {P:pbhattacharya}!"),
    ("forum_post",
     "Mumsnet · Talk › Childcare\n"
     "Title: Recommend a childminder in {C:Headingley}?\n"
     "Posted by NoodleSoupQueen · Tue 11-Jun-24 21:04\n"
     "We used {P:Bernadette} ({P:Bernie}) on {A:Cardigan Road} for 3 years, Ofsted Outstanding. Her number is "
     "{T:07852 441 093} if she still has space. Say {P:Hollie}'s mum sent you!"),
    ("forum_post",
     "gutefrage.net · Frage von {P:Lukas_Brandstetter} · 12.06.2024\n"
     "Kann man mit einem Audi A4 (B8) eine Anhängelast von 1.800 kg ziehen?\n"
     "Antwort von {P:HeinzRüdiger61}: Steht im Fahrzeugschein unter O.1. Bei mir 1.700 kg."),
    ("forum_post",
     "Discourse · community.homeassistant.io · Zigbee2MQTT keeps dropping Aqara sensors\n"
     "{P:Ahmad_Farouk} · Jun 12\n"
     "Running HA 2024.6 on a Raspberry Pi 5 with a SONOFF dongle. Logs: 'Device 0x00158d0004 left the network'\n"
     "{P:b_laurent} · Jun 12: move the dongle away from the USB3 port, classic interference issue."),
    ("forum_post",
     "PistonHeads · Classifieds discussion\n"
     "FS: 2016 Porsche Cayman GTS, 41k miles, Guards Red. £48,500 ono.\n"
     "Viewing in {C:Harrogate}, call {P:Alistair} on {T:07768 204 915} (evenings). Reg {I:YK16 PXE}.\n"
     "Reply by {P:CaymanCraig}: full Porsche history? PM'd."),
    ("forum_post",
     "Quora · Answered by {P:Adebola Ogunleye}, Software Engineer at Paystack (2019-present)\n"
     "Q: Is {C:Yaba} a good place for startups?\n"
     "Mostly yes, the CcHUB and Andela ecosystem still helps a lot, but rent has gone up. 1.2K views"),
    ("forum_post",
     "5ch風 掲示板 · 【{C:京都}】ラーメン総合スレ Part 88\n"
     "88 名無しさん 2024/06/12(水) 12:31:07 ID:qK3vX2\n"
     "{C:一乗寺}の天下一品、昼は行列やばい\n"
     "89 {P:たかし}@{C:左京区} 2024/06/12(水) 12:40:55\n"
     "{P:ユウコ}と行ったけど 40分待ち"),
    ("forum_post",
     "Reddit · r/Philippines · u/{P:jhun_m_reyes}\n"
     "PSA: BDO phishing SMS going around again\n"
     "Got one saying my account is locked, link to bdo-secure-verify.com. Don't click! My tita {P:Luz} almost fell "
     "for it.\n"
     "  ↳ u/{P:kuyaRJ}: same, reported to NTC"),
    ("forum_post",
     "Foro Forocoches · Tema: ¿Alguien ha usado Holaluz?\n"
     "Mensaje de {P:Manolo_del_Bierzo}: Yo llevo 2 años, bien. Lo contraté por mi cuñado {P:Javi}.\n"
     "Mensaje de {P:sara.pb}: A mí me subieron la tarifa en enero, me fui a Octopus."),
    ("forum_post",
     "LinkedIn post · {P:Kavya Raghunathan} · Head of Data, Zomato · 1d\n"
     "Thrilled to share that our team won the Snowflake Summit innovation award! 🎉 Huge thanks to {P:Arjun} and "
     "{P:Meenakshi Pillai} for the late nights.\n"
     "#data #snowflake  · 412 reactions · comment by {P:Tobias Fischer}: Congratulations {P:Kavya}!"),
    ("forum_post",
     "Nextdoor · {C:Bernal Heights} · {P:Dolores Apodaca}\n"
     "Lost cat! Grey tabby named Churro, last seen near Cortland Ave & Anderson St on Sunday.\n"
     "Please call or text {T:(415) 902-4471}. Reward offered 🐱"),
    ("forum_post",
     "Habr · Комментарии · статья «PostgreSQL 16: логическая репликация»\n"
     "{P:avolkov} 12.06.2024 в 14:02: а с Patroni это дружит?\n"
     "{P:Sergey_Lebedev} 12.06.2024 в 14:20: @{P:avolkov} да, проверяли на кластере из трёх нод."),
    ("forum_post",
     "Whirlpool forums · NBN › FTTP upgrade stuck\n"
     "User #72204 {P:ozzie_tran} writes…\n"
     "Telstra tech came Monday, NTD installed but no sync. Ref 1-8841932201. Anyone in {C:Parramatta} had the same?\n"
     "User #11890 {P:Bronwyn K} writes… yep, took 2 weeks for us."),
    ("forum_post",
     "Naija forum (Nairaland) · Career and Business\n"
     "Topic: Is the Lekki-Epe expressway toll worth it?\n"
     "Post by {P:OgaEmeka}: e dey save me 40 mins daily\n"
     "Post by {P:Yetunde_A}: @{P:OgaEmeka} how much now? N1,500?"),
    # --- referral_letter --------------------------------------------------------------------------------------
    ("referral_letter",
     "Dear Dr {P:Ramanathan},\n"
     "Re: Mr {P:Kwame Asare-Boateng}, DOB {B:17/02/1958}, NHS {I:589 809 0541}, {A:7 Tennyson Close}, {C:Luton} "
     "{A:LU2 7HG}\n"
     "Thank you for seeing this 66-year-old gentleman with a 3-month history of resting tremor of the right hand. "
     "I suspect early Parkinson's disease. He takes Amlodipine 10 mg and Atorvastatin 20 mg.\n"
     "Yours sincerely,\nDr {P:Helen Marchetti}, Bramingham Park Medical Centre"),
    ("referral_letter",
     "Sehr geehrte Frau Kollegin Dr. {P:Weber},\n"
     "ich überweise Ihnen Frau {P:Elif Demirci-Hofmann}, geb. {B:23.06.1990}, wohnhaft {A:Weserstraße 118}, "
     "{A:12047} {C:Berlin}, zur Abklärung eines Hashimoto-Thyreoiditis-Verdachts (TSH 7,8 mU/l).\n"
     "Mit freundlichen kollegialen Grüßen\nDr. med. {P:J. Brandt}"),
    ("referral_letter",
     "To: Paediatric Speech & Language Therapy, Starship Children's Hospital\n"
     "Child: {P:Mereana Tapsell-Whaanga} (NHI {I:XCR5607}), DOB {B:04/10/2020}\n"
     "Parents: {P:Hine Tapsell} & {P:Jason Whaanga}, {A:16 Pūriri Street}, {C:Rotorua} {A:3010}, {T:021 448 2093}\n"
     "Concern: limited expressive language at 3y8m, hearing test normal (Audiology 2 May). Kōhanga reo kaiako also "
     "concerned.\n"
     "Ngā mihi, Dr {P:Rangi Paewai}, GP"),
    ("referral_letter",
     "Referral — Orthopaedics, Aga Khan University Hospital {C:Nairobi}\n"
     "Patient: {P:Juma Hamisi Mwinyi}, 47 M, IP No {I:AKU-0771842}, DOB {B:1977-01-09}\n"
     "Dx: L knee OA Kellgren-Lawrence grade 3, failed 6 weeks of Celebrex and physio.\n"
     "Kindly review for TKR. Next of kin: {P:Zawadi Mwinyi} {T:+254 733 502 117}.\n"
     "Dr. {P:Wambui Gitau}, Mombasa Road Clinic"),
    ("referral_letter",
     "Lettre d'adressage — Service de neurologie, CHU de {C:Bordeaux}\n"
     "Cher confrère,\n"
     "Je vous adresse M. {P:Jean-Baptiste Kamga Nkoulou}, né le {B:15/03/1969}, pour céphalées inhabituelles et "
     "diplopie. IRM prévue. Traitement : Doliprane, Lamaline. Tél. patient {T:06 44 12 90 38}.\n"
     "Dr {P:Claire Bonnefoy}, {A:22 cours de l'Intendance}, {A:33000} {C:Bordeaux}"),
    ("referral_letter",
     "Referral to Dietitian — Alexandra Hospital, {C:Singapore}\n"
     "Name: {P:Goh Siew Hoon}  NRIC {I:S8898624E}\n"
     "Reason: gestational diabetes at 26/40, HbA1c 6.1%. Prefers Teochew/Mandarin. Husband {P:Lim Kok Wah}.\n"
     "Dr {P:Harjit Singh Gill}, Polyclinic Queenstown"),
    ("referral_letter",
     "Verwijsbrief — GGZ Centraal, {C:Amersfoort}\n"
     "Betreft: {P:Youssef Bouzid}, geb. {B:30-08-1997}, BSN {I:637513800}\n"
     "Geachte collega, graag verwijs ik bovengenoemde patiënt i.v.m. paniekstoornis; Sertraline 50 mg helpt "
     "onvoldoende.\n"
     "Met vriendelijke groet, drs. {P:M. de Boer-Scholten}, huisarts"),
    ("referral_letter",
     "Referral to Community Physiotherapy (MSK) — {C:Swansea} Bay UHB\n"
     "Patient: {P:Dafydd ap Gruffydd}, DOB {B:12/12/1985}, NHS {I:794 402 1766}\n"
     "Address: {A:Ty Gwyn}, {A:4 Heol Hir}, {C:Llandeilo} {A:SA19 6BP}\n"
     "Hx: lumbar disc prolapse L4/5, no red flags. Prefers appointments in Welsh. — Dr {P:Siân Rowlands}"),
    ("referral_letter",
     "Dear Colleague,\n"
     "Referral: {P:Aiyana Yazzie-Begay}, DOB {B:Feb 14, 2004}, MRN {I:IHS-553018}\n"
     "{P:Aiyana} is a 20-year-old student at Diné College referred for evaluation of recurrent syncope. "
     "Echo normal; Holter showed 3 pauses. Insurance: IHS / AHCCCS.\n"
     "Sincerely, {P:Marcus Attakai}, MD, Chinle Comprehensive Health Care Facility"),
    ("referral_letter",
     "Derivación a Dermatología — Hospital Clínico San Carlos\n"
     "Paciente: {P:Rocío Villalobos Ortega}, fecha de nacimiento {B:05/05/1975}, NHC {I:2204178}\n"
     "Motivo: lesión pigmentada en espalda, cambio reciente (ABCDE +). Solicito valoración preferente.\n"
     "Dr. {P:Tomás Iglesias}, C.S. {C:Lavapiés}, {C:Madrid}"),
    ("referral_letter",
     "Subject: Referral – Ophthalmology, Shroff Eye Centre\n"
     "Dear Dr. {P:Mehta},\n"
     "Kindly evaluate Mrs. {P:Sunita Devi Agarwal} (68 F, UHID {I:SEC/24/118302}) for bilateral cataract, "
     "R>L. Diabetic on Glycomet 500. Son {P:Rajesh} will accompany ({T:+91 98110 44217}).\n"
     "Regards, Dr. {P:Anil Khanna}, {A:B-14, Lajpat Nagar II}, {C:New Delhi} {A:110024}"),
    ("referral_letter",
     "Überweisung / Zuweisung — Universitätsklinik Innsbruck, Kardiologie\n"
     "Patient: {P:Florian Oberhollenzer}, geb. {B:01.04.1961}, SV-Nr. {I:4170 010461}\n"
     "Fragestellung: Belastungsdyspnoe, Verdacht auf Aortenstenose. Marcoumar-Patient.\n"
     "Dr. {P:Barbara Pichler-Strolz}, Praxis {C:Schwaz}"),
    ("referral_letter",
     "Referral to Respiratory Clinic — St Vincent's Hospital, {C:Darlinghurst}\n"
     "Re: {P:Mai Phuong Le}, DOB {B:1979-08-19}, Medicare {I:2953 41877 1}\n"
     "Persistent cough 10 weeks, CXR clear, spirometry suggests asthma. On Symbicort 200/6.\n"
     "Interpreter (Vietnamese) required. — Dr {P:Ollie Fitzgerald}"),
    ("referral_letter",
     "Remissão — Consulta de Pneumologia, Hospital de Santa Maria\n"
     "Utente: {P:Maria da Conceição Rebelo Pires}, nasc. {B:22-01-1950}, n.º utente SNS {I:284 117 093}\n"
     "Morada: {A:Travessa do Carvalho 9}, {A:1200-090} {C:Lisboa}\n"
     "DPOC GOLD 3 sob Trimbow. Pede-se avaliação para reabilitação respiratória. — Dr.ª {P:Inês Valadares}"),
    ("referral_letter",
     "Child Protection referral (CONFIDENTIAL) — Children's Social Care\n"
     "Child: {P:Kayden Morrison}, DOB {B:03/03/2015}, Year 4, Holy Trinity CE Primary\n"
     "Referrer: Mrs {P:A. Rahman}, DSL\n"
     "Concern: bruising to left forearm; {P:Kayden} said mum's boyfriend {P:Liam} grabbed him. Mother "
     "{P:Stacey Morrison}, "
     "{A:88 Brindley Road}, {C:Walsall} {A:WS2 9QT}."),
    ("referral_letter",
     "Referral to Oncology — Princess Margaret Cancer Centre\n"
     "Patient: {P:Jasleen Grewal}, DOB {B:1972-06-04}, OHIP {I:4417-290-188-KT}\n"
     "Mammogram BI-RADS 5, core biopsy: invasive ductal carcinoma, ER+/HER2-. Please see urgently.\n"
     "Dr. {P:Natalia Kowalczuk}, Brampton Family Health Team, {T:905-451-2290}"),
    ("referral_letter",
     "紹介状 · 東京大学医学部附属病院 消化器内科 御中\n"
     "患者氏名：{P:鈴木 浩二} 様　生年月日：{B:1968年3月12日}\n"
     "傷病名：胃潰瘍疑い。ネキシウム 20mg 投与中。上部内視鏡検査をお願い致します。\n"
     "{C:世田谷区} さくら内科クリニック 院長 {P:田中 優子}"),
    ("referral_letter",
     "Skierowanie do poradni kardiologicznej\n"
     "Pacjent: {P:Stanisław Pietrzak}, PESEL {I:01310215733}, ur. {B:02.11.2001}\n"
     "Rozpoznanie: WPW w EKG (I45.6). Proszę o konsultację i ewentualną ablację.\n"
     "lek. med. {P:Joanna Sikorska-Wrona}, NZOZ Przychodnia Zdrowie, {C:Poznań}"),
    # --- payment_update ---------------------------------------------------------------------------------------
    ("payment_update",
     "Stripe · customer.updated · cus_Q7x2LmP0aR\n"
     "name: {P:Oyinkansola Fashola}\n"
     "email: {E:oyin.fashola@gmail.com}\n"
     "default_payment_method: card •••• 0780 (Visa, exp 09/27)\n"
     "previous: card •••• 2559 (Mastercard) — removed by customer at 2024-06-12 09:14 UTC\n"
     "metadata.plan: Notion Plus annual"),
    ("payment_update",
     "Direct Debit mandate amended (Bacs AUDDIS 0N)\n"
     "Payer: {P:Callum Fraser-Mbeki}\n"
     "Sort code {I:83-06-08}  Account {I:41778290}\n"
     "Service user: Scottish Power (SUN 275402). First collection 1 July, £84.00 monthly.\n"
     "Confirmation posted to {A:Flat 2/1}, {A:41 Dumbarton Road}, {C:Glasgow} {A:G11 6PS}"),
    ("payment_update",
     "Cambio de domiciliación SEPA · Iberdrola · contrato 001847720\n"
     "Titular: {P:Montserrat Puig i Ferrer}, NIF {I:03936463J}\n"
     "IBAN nuevo: {I:ES13 4407 6122 1227 8926 4122} (anterior terminado en 8841)\n"
     "Firma: {C:Girona}, 12/06/2024"),
    ("payment_update",
     "Adyen webhook AUTHORISATION success=true\n"
     "{\"merchantReference\":\"ORD-2024-118830\",\"amount\":{\"value\":45990,\"currency\":\"EUR\"},\n"
     " \"additionalData\":{\"cardHolderName\":\"{P:LORENZO GALLI}\",\"cardSummary\":\"1012\",\"cardBin\":\"471637\",\n"
     " \"shopperEmail\":\"{E:lorenzo.galli@tiscali.it}\",\"shopperIP\":\"{N:151.38.117.62}\"}}\n"
     "Saved payment method: IBAN {I:IT53 D318 5574 9076 4230 7140 473}"),
    ("payment_update",
     "ACH payee update · Gusto payroll · effective 6/28/2024\n"
     "Employee: {P:DaQuan Whitfield}\n"
     "Bank: Chase · Routing {I:322272299} · Checking {I:8820041173}\n"
     "Old: Wells Fargo routing {I:071028707}, acct ending 4471\n"
     "Changed by: {P:Meredith Kowalski} (HR Admin) from {N:73.162.44.201}"),
    ("payment_update",
     "PayPal · Payout sent · batch 7TQ44198LK\n"
     "Recipient: {P:Anastasia Kuznetsova-Reyes} ({E:nastya.kr@protonmail.com})\n"
     "Amount: USD 1,250.00 · Note: 'Upwork milestone 3 - Figma redesign'\n"
     "Status: UNCLAIMED → reminder sent 12 Jun 2024"),
    ("payment_update",
     "UPI autopay mandate created · NPCI UMN 3f9a22c1\n"
     "Payer: {P:Ravishankar Iyer} · VPA {P:ravishankar.iyer}@okhdfcbank\n"
     "Merchant: Netflix India · ₹649 monthly, next debit 15-Jul-2024\n"
     "Linked a/c {I:50100447182293} (HDFC Bank, IFSC {I:HDFC0001182})"),
    ("payment_update",
     "M-PESA statement note · Till 884120 (Nyama Choma Corner)\n"
     "SGH7K2LQ4P Confirmed. Ksh2,340.00 received from {P:BRIAN KIPCHUMBA} {T:0712 448 091} on 12/6/24 at 1:14 PM.\n"
     "SGH7K2MZ1R Confirmed. Ksh850.00 received from {P:ESTHER WAMBUI} {T:0798 220 417}\n"
     "New M-PESA balance hidden"),
    ("payment_update",
     "Pix · chave cadastrada · Nubank\n"
     "Titular: {P:Luciana Batista Carvalho}\n"
     "Tipo de chave: e-mail · Chave: {E:lu.batista.c@gmail.com}\n"
     "Tipo de chave: celular · Chave: {T:+55 21 99418-2270}\n"
     "Data: 12/06/2024 08:51 · Dispositivo: iPhone 13"),
    ("payment_update",
     "Swish · betalning mottagen\n"
     "Från: {P:Oskar Nyberg} {T:070-418 22 93}\n"
     "Till: Lidingö Tennisklubb (123 441 0972)\n"
     "Belopp: 450 kr · Meddelande: 'Sommarkurs {P:Elsa} v.26'"),
    ("payment_update",
     "Card updater (Visa VAU) batch 2024-06-12\n"
     "old {I:4514 4462 8979 2174} → new {I:4151 6939 2194 7967}  holder {P:WONG KA HO}  exp 11/28\n"
     "old {I:5111 0902 8728 9371} → closed  holder {P:FERNANDES, R.}\n"
     "2 updated · 1 closed · 0 errors"),
    ("payment_update",
     "Wise · Recipient added\n"
     "Name: {P:Aleksi Mäkelä}\n"
     "IBAN: {I:FI04 6320 2078 3764 94}\n"
     "Email: {E:aleksi.makela@elisanet.fi}\n"
     "Address: {A:Hämeenkatu 22 B 17}, {A:33200} {C:Tampere}\n"
     "Added by {P:Kirsten Holm} for invoice 2024-041 (EUR 3,800)"),
    ("payment_update",
     "Shopify Payments · payout account changed\n"
     "Store: Tūī & Co. Ceramics · Owner {P:Anahera Walker}\n"
     "Bank account: {I:12-3140-0418827-00} (ASB), replaces account ending 120-01\n"
     "Verified by SMS to {T:+64 21 330 4419}"),
    ("payment_update",
     "Overboeking aangepast · Belfius · doorlopende opdracht 0017\n"
     "Begunstigde: {P:Wout Janssens-Peeters}\n"
     "Rekening: {I:BE49 7283 7952 7414}\n"
     "Bedrag: € 725,00 maandelijks (huur {A:Vlaamsekaai 41}, {A:bus 3}, {A:2000} {C:Antwerpen})"),
    ("payment_update",
     "Klarna · payment plan changed · order 8841-2290-KL\n"
     "Customer: {P:Jonas Brenner} ({E:jonas.brenner@gmx.at}, {T:+43 664 418 2290})\n"
     "Instalments: 3 → 6 · next €54.99 on 01.07.2024 · pay-in account {I:AT90 9800 1991 0151 1794}"),
    ("payment_update",
     "Recurring card update · Lemonade Insurance policy LP-44817720\n"
     "Policyholder: {P:Takoda Running Bear}\n"
     "New card {I:3782 334693 74301} (Amex) · expires 03/29\n"
     "Previous card {I:6011 8876 1924 5768} (Discover) deleted · updated via iOS app 12 Jun"),
    ("payment_update",
     "Payoneer · withdrawal bank updated\n"
     "Account holder: {P:Tran Quoc Bao}\n"
     "Bank: Vietcombank · account {I:0071001447829} · SWIFT BFTVVNVX\n"
     "Withdrawal of USD 2,118.40 scheduled for 14 Jun (Fiverr earnings)"),
    ("payment_update",
     "MobilePay · abonnement ændret\n"
     "Bruger: {P:Frederik Østergaard}, {T:+45 31 44 20 97}\n"
     "Kort: {I:5388 9973 5350 1602} (Mastercard, udløb 04/27)\n"
     "Konto til udbetaling: {I:DK04 6986 7555 5663 49}\n"
     "Abonnement: Podimo 79 kr/md."),
    # --- tax_form ---------------------------------------------------------------------------------------------
    ("tax_form",
     "Form W-9 (Rev. March 2024) — Request for Taxpayer Identification Number\n"
     "1 Name: {P:Nkechi Amadi-Porter}\n"
     "2 Business name: Kola Nut Studio LLC\n"
     "5 Address: {A:3310 Peachtree Rd NE}, {A:Unit 1804}\n"
     "6 City, state, ZIP: {C:Atlanta}, GA {A:30326}\n"
     "Part I SSN: {I:412-58-9033}   EIN: (none)"),
    ("tax_form",
     "SA100 Tax Return 2023-24 · HMRC\n"
     "Name: MR {P:ALASDAIR J. McTAGGART}\n"
     "UTR: {I:8030485969}   National Insurance number: {I:JT 72 04 18 D}\n"
     "Date of birth: {B:19/08/1966}\n"
     "Address: {A:Braeside}, {A:14 Loch Road}, {C:Oban} {A:PA34 4LW}\n"
     "Box 1 Self-employment income: £41,820 (boat tours, Isle of Mull)"),
    ("tax_form",
     "Anlage N · Einkommensteuererklärung 2023 · Finanzamt {C:Köln}-Altstadt\n"
     "Steuerpflichtige Person: {P:Nguyen, Thi Mai Anh}\n"
     "Identifikationsnummer: {I:16043158928}\n"
     "Straße, Hausnummer: {A:Venloer Straße 312}   PLZ, Wohnort: {A:50825} {C:Köln}\n"
     "Geburtsdatum: {B:07.07.1988}\n"
     "Arbeitgeber: Ford-Werke GmbH · Bruttoarbeitslohn 52.400 €"),
    ("tax_form",
     "ITR-1 (SAHAJ) AY 2024-25 · Income Tax Department\n"
     "Name: {P:MEENAKSHI SUNDARAM PILLAI}\n"
     "PAN: {I:BKRPP4417M}   Aadhaar: {I:9377 8953 1702}   DOB: {B:14/01/1975}\n"
     "Address: {A:Flat 6C, Prestige Shantiniketan}, {A:Whitefield Main Road}, {C:Bengaluru} {A:560048}\n"
     "Mobile {T:+91 99860 44128} · Refund to SBI a/c {I:33014418820}"),
    ("tax_form",
     "Déclaration des revenus 2023 · formulaire 2042\n"
     "Numéro fiscal : {I:22 94 364 837 387}\n"
     "Déclarant 1 : {P:LE BRETON Yannick}, né le {B:30/06/1972} à {C:Quimper}\n"
     "Déclarant 2 : {P:KERVELLA Solenn}, épouse {P:LE BRETON}\n"
     "Adresse : {A:8 rue de la Tour d'Auvergne}, {A:29000} {C:Quimper}\n"
     "Case 1AJ salaires : 38 210 € · Case 7DB emploi à domicile : 2 400 €"),
    ("tax_form",
     "T1 General 2023 — Canada Revenue Agency\n"
     "First name and initial: {P:Oluwadamilare T.}   Last name: {P:Ogunbiyi}\n"
     "SIN: {I:783 526 288}   Date of birth (YYYY-MM-DD): {B:1990-02-11}\n"
     "Mailing address: {A:Apt 1907}, {A:35 Balmuto Street}, {C:Toronto} ON {A:M4Y 0A3}\n"
     "Line 10100 Employment income: 71,240.00 (Shopify Inc.)"),
    ("tax_form",
     "Individual tax return 2024 · ATO myTax summary\n"
     "Taxpayer: {P:Ngaire Bullock-Kennedy}\n"
     "TFN: {I:441 278 840}\n"
     "Home address: {A:5 Banksia Crescent}, {C:Dubbo} NSW {A:2830}\n"
     "Salary (Western Plains Regional Council): $88,412 · Private health: Medibank Gold"),
    ("tax_form",
     "令和5年分 確定申告書 第一表\n"
     "氏名：{P:渡辺 さくら}（フリガナ {P:ワタナベ サクラ}）\n"
     "個人番号：{I:710282251237}\n"
     "住所：〒{A:530-0012} 大阪府{C:大阪市}{C:北区}{A:芝田2-7-18-1203}\n"
     "電話番号：{T:06-6371-4420}  事業所得 4,820,000円（Web制作）"),
    ("tax_form",
     "Aangifte inkomstenbelasting 2023 · Belastingdienst\n"
     "Naam: {P:S.A. de Jong}   Roepnaam: {P:Sanne}\n"
     "BSN: {I:518034380}   Geboortedatum: {B:11-09-1993}\n"
     "Adres: {A:Oudegracht 211}, {A:3511 NK} {C:Utrecht}\n"
     "Box 1: loon ASML 64.812 euro · Hypotheekrente 6.920 euro"),
    ("tax_form",
     "Modello 730/2024 · Agenzia delle Entrate\n"
     "Contribuente: {P:COPPOLA MARCO}\n"
     "Codice fiscale: {I:CPPMRC72B03F839P}   Nato a {C:Napoli} il {B:03/02/1972}\n"
     "Residenza: {A:Via Santa Lucia 98}, {A:80132} {C:Napoli} (NA)\n"
     "Sostituto d'imposta: Leonardo S.p.A. · Spese mediche rigo E1: 1.240 €"),
    ("tax_form",
     "Declaração Modelo 3 IRS 2023 · Autoridade Tributária\n"
     "Sujeito passivo A: {P:Ana Rita Gonçalves Moreira}, NIF {I:247174297}\n"
     "Sujeito passivo B: {P:Tiago Moreira}, NIF {I:147411661}\n"
     "Residência: {A:Rua do Almada 442, 3.º}, {A:4050-036} {C:Porto}\n"
     "Anexo A: rendimentos de trabalho dependente (Sonae, Farfetch)"),
    ("tax_form",
     "Déclaration IPP · exercice d'imposition 2024 · SPF Finances (Tax-on-web)\n"
     "Contribuable : {P:Maxime Dubois-Nzeyimana}, numéro national {I:02.03.25-053.65}\n"
     "Adresse : {A:Rue Haute 144}, {A:boîte 2}, {A:1000} {C:Bruxelles}\n"
     "Code 1250 rémunérations : 31 880 € (Proximus) · code 1384 frais propres"),
    ("tax_form",
     "Formulario 22 · Operación Renta 2024 · SII\n"
     "Contribuyente: {P:Ricardo Antileo Quilaqueo}\n"
     "RUT: {I:25.845.904-0}\n"
     "Domicilio: {A:Av. Alemania 0671}, {A:depto. 402}, {C:Temuco}\n"
     "Honorarios (boletas) $14.220.000 · Retención 13,75% · Cuenta RUT {I:25845904}"),
    ("tax_form",
     "个人所得税年度汇算 · 2023 · 国家税务总局\n"
     "纳税人姓名：{P:刘子轩}\n"
     "证件号码：{I:510104198312072378}  出生日期：{B:1983-12-07}\n"
     "任职受雇单位：腾讯科技（成都）有限公司\n"
     "手机号码：{T:186 0802 4471}  应退税额：2,180.00 元"),
    ("tax_form",
     "Gelir Vergisi Beyannamesi 2023 · Gelir İdaresi Başkanlığı\n"
     "Adı Soyadı: {P:Selin Karakaya-Demir}\n"
     "T.C. Kimlik No: {I:36944152734}\n"
     "İkametgah: {A:Kazım Dirik Mah. 372/8 Sk. No: 14 D: 3}, {C:Bornova}/{C:İzmir} {A:35100}\n"
     "Kira geliri: 186.000 TL ({C:Alsancak} daire)"),
    ("tax_form",
     "Inkomstdeklaration 1 · Skatteverket · 2024\n"
     "Namn: {P:Bengt-Åke Lundgren}\n"
     "Personnummer: {I:650830-7458}\n"
     "Adress: {A:Ringvägen 118}, {A:118 60} {C:Stockholm}\n"
     "Ruta 1.1 lön: 512 400 kr (Ericsson AB) · ROT-avdrag 18 000 kr"),
    ("tax_form",
     "PIT-37 za 2023 r. · Urząd Skarbowy {C:Warszawa}-{C:Mokotów}\n"
     "Podatnik: {P:Grzegorz Wawrzyniak}\n"
     "NIP: {I:566-593-63-30}   Data urodzenia: {B:08.12.1980}\n"
     "Adres: {A:ul. Puławska 142 m. 8}, {A:02-624} {C:Warszawa}\n"
     "Przychód: 164 820,00 zł · 1,5% dla OPP: Fundacja WOŚP"),
    ("tax_form",
     "Skattemelding 2023 · Skatteetaten\n"
     "Navn: {P:Kristian Bjørnstad Oyelowo}, fødselsnummer {I:06049345958}\n"
     "Adresse: {A:Thorvald Meyers gate 54}, {A:0555} {C:Oslo}\n"
     "Lønn fra Equinor ASA 824 300 kr · Renteinntekter DNB 4 118 kr"),
    # --- pii_free ---------------------------------------------------------------------------------------------
    ("pii_free",
     "Jenkins · job billing-nightly #1182 · Started by timer\n"
     "Running as svc-ci on agent build-linux-07 (label: docker && jdk21)\n"
     "[Pipeline] stage Deploy: helm upgrade billing ./chart --set image.tag=4.12.0-rc.3\n"
     "Notified: #release-billing, jenkins-bot · Duration 11 min 42 s · Result: SUCCESS"),
    ("pii_free",
     "Met Office warning update · Thursday 13 June\n"
     "Storm Kathleen remnants bring gusts of 65 mph to Cornwall and the Isles of Scilly; Storm Lilian is named for "
     "Friday.\n"
     "Ferries between Penzance and St Mary's cancelled until 14:00. Yellow warning for rain, Wales and Devon."),
    ("pii_free",
     "Release notes v2.8.1 (2024-06-12)\n"
     "- Replaced the Dijkstra router with A* for large graphs (#2291)\n"
     "- Bloom filter false-positive rate now configurable (bloom.fp_rate=0.01)\n"
     "- Fixed Levenshtein distance on combining diacritics\n"
     "- Dropped support for Python 3.8 and Node 16"),
    ("pii_free",
     "Ward 4 formulary changes from 1 July\n"
     "Ozempic 0.5 mg pens replace Victoza for new starts; Keytruda infusions move to the Macmillan Unit.\n"
     "Reminder: Addison's disease patients on hydrocortisone need sick-day rules; Parkinson's meds are time-critical.\n"
     "Questions to the Pharmacy team, ext. via switchboard."),
    ("pii_free",
     "Sunday lunch menu — The Duke of Wellington\n"
     "Beef Wellington for two £46 · Eggs Benedict £9.50 · Caesar salad £11 · Margherita £12\n"
     "Desserts: Pavlova, Peach Melba, Eton Mess. Ask about our Earl Grey panna cotta.\n"
     "Live jazz from 3pm with the Baker Street Trio."),
    ("pii_free",
     "config/worker.yaml\n"
     "max_retries: 5\nuser_id_header: X-User-Id\nfirst_name_field: given_name\n"
     "redis_host: cache-01.internal\nversion: 10.4.2.1\n"
     "schedule: \"0 3 * * MON\""),
    ("pii_free",
     "Dependabot · Bump lodash from 4.17.20 to 4.17.21 in /frontend\n"
     "Signed-off-by: dependabot[bot]\n"
     "renovate[bot] approved these changes · github-actions[bot]: CI passed (ubuntu-22.04, node 20.x)\n"
     "Merged by merge-queue into main"),
    ("pii_free",
     "Warehouse pick list · wave 17 · 12/06/2024\n"
     "SKU 0800-412-774  Baker Street Gin 70cl  x12  aisle B4\n"
     "SKU 0161-220-908  Penny Lane Oat Biscuits  x40  aisle C1\n"
     "SKU 0207-933-118  Abbey Road Espresso Beans 1kg  x8  aisle A2"),
    ("pii_free",
     "Stats help desk FAQ\n"
     "Use a Mann-Whitney U test when the data are not normal; Student's t-test otherwise.\n"
     "For survival curves use Kaplan-Meier and compare with the log-rank test; report Cox hazard ratios with 95% CI.\n"
     "Bonferroni correction applies to the 12 secondary endpoints."),
    ("pii_free",
     "Train status · Eurostar 9014 London St Pancras → Paris Gare du Nord\n"
     "Delayed 25 min due to a signalling fault near Ashford. Coach 12 quiet zone.\n"
     "Connections: ICE 578 Köln → Hamburg still guaranteed; Thalys/Eurostar Red services unaffected."),
    ("pii_free",
     "Support macro: Refund approved\n"
     "Hi {{first_name}},\n"
     "Your refund of {{amount}} for order {{order_id}} has been processed and will appear within 5-10 business days.\n"
     "Best regards,\nThe Customer Care Team"),
    ("pii_free",
     "NOTAM A1182/24 EGLL\n"
     "RWY 09L/27R CLSD 2300-0530 DAILY DUE TO WIP. TWY ALPHA 2 CLSD.\n"
     "DVR VOR 114.950 U/S. ILS 27L CAT III AVBL.\n"
     "VALID 2406122300 TO 2406300530"),
    ("pii_free",
     "Hotel amenities · Grand Victoria Resort & Spa\n"
     "Marriott Bonvoy and Hilton Honors points cannot be redeemed here. Ferris wheel rides on the pier at "
     "10:00-22:00.\n"
     "Breakfast in the Churchill Room, cocktails at the Hemingway Bar, Wi-Fi network: GV-Guest (no password)."),
    ("pii_free",
     "Lab QC summary — run 2024-06-12-B\n"
     "Bunsen burner #3 out of service; Petri dishes (90 mm) restocked. Gram stain controls passed.\n"
     "Analyser: Beckman Coulter DxH 900, firmware 3.2.1.104. Westgard rules 1-3s and 2-2s: no violations."),
    ("pii_free",
     "Match report · Premier League\n"
     "Aston Villa 2-1 Newcastle United. Villa Park attendance 41,820. Second goal from a corner in the 88th minute.\n"
     "Next fixture: Villa v Brighton & Hove Albion, Saturday 15:00 (BBC Radio WM)."),
    ("pii_free",
     "Error codes you may see in the Windows Update log\n"
     "0x80070005 access denied · 0x800F0922 no space in System Reserved · 0x8024402C proxy issue\n"
     "KB5039212 (June 2024 cumulative update) fixes the Start menu crash on build 22631.3737."),
    ("pii_free",
     "Library new arrivals — June\n"
     "ISBN 978-0-14-312755-0 · The Fibonacci Garden (paperback)\n"
     "ISBN 978-1-78470-188-8 · Halley's Comet and Other Visitors · Dewey 523.6\n"
     "Rubik's cube club meets Wednesdays 16:00 in the Carnegie Room."),
    ("pii_free",
     "Sprint 42 retro (Team Phoenix)\n"
     "Went well: the Kafka consumer rewrite, on-call rota via PagerDuty, Friday demo.\n"
     "To improve: flaky Cypress tests, too many Jira statuses. Action: archive the Atlas board.\n"
     "Owners: Platform squad and the QA guild."),
]


def blind19_records() -> list[Labelled]:
    """The blind set's records, parsed (gold spans on field `text`)."""
    return [parse_marked(kind, marked) for kind, marked in RECORDS]
