"""A tenth hand-written gold set for `redact_quality`: realistic multi-line records, written to measure and tune the
redaction detector. This is a DEVELOPMENT set: rules may be tuned on its misses.

Records come in 14 styles, in roughly equal numbers: help-desk tickets with quoted mail and agent notes
(`support_ticket`), clinic, ward-handover, outpatient and triage notes (`clinical_note`), HR mail with From/To/CC
lines and meeting minutes (`hr_email`), Slack, WhatsApp, Zalo, Telegram, IRC, SMS and family chats (`chat_log`),
application, sshd, sudo, postfix, access, Windows audit, DHCP, VPN and firewall logs with user fields
(`ops_log`), CSV, TSV and pipe-separated rows with headers (`csv_rows`), address blocks as written on envelopes and
labels (`postal_block`), KYC, AML, fraud-call, mortgage and wire-recall notes (`bank_note`), sales and account
notes (`crm_note`), forum, Reddit, classified-ad and bug-report posts (`forum_post`), GP and consultant referral
letters (`referral_letter`), card, direct-debit, SEPA, ACH, CLABE and wallet changes (`payment_update`), tax
returns and forms (`tax_form`) and security, health-and-safety, police, aviation and lab incident reports
(`incident_report`); plus PII-free look-alikes (`pii_free`: dishes, diseases, books and furniture named after
people, eponyms, named storms, flowers, words that are also given names, version numbers shaped like IP
addresses and product codes shaped like phone numbers).

The text is written the way staff write: terse notes, abbreviations (pt, c/o, w/, mob, cust, acc, ref), typos
and missing capitals. People are English, Irish, Scottish, Welsh, American, Canadian, Australian, Indian (Hindi,
Tamil, Telugu, Bengali, Gujarati, Punjabi), Pakistani, Nigerian, Ghanaian, Kenyan, South African, Chinese,
Vietnamese, Filipino, Korean, Japanese, Polish, Romanian, Ukrainian, German, French, Spanish, Portuguese,
Brazilian, Italian, Dutch, Turkish, Arabic, Persian and Greek. They appear by full name, by surname after a
title or role ("Mr Adeyemi", "Sister Okafor", "the tenant Kowalczyk", "Cllr Hughes"), by given name alone in
mid-sentence, in "Present:" lists and From/To/CC lines, as initials ("JB", "A.K."), in lower case in chats, as
user names and handles, in airline order (SURNAME/GIVEN), with possessives, in Cyrillic, Vietnamese and Japanese
script, and with given names that are also words (Grace, Will, Mark, Hope, Faith, Rose, Joy, Dawn, Sunny, Ray,
Guy, Bill, Frank, Victor, Penny, Sandy, Iris). Addresses follow the formats of the UK, Ireland (Eircodes), the
US, Canada, Australia, India, Germany, France, Spain, Italy, the Netherlands, Poland, Brazil, Mexico, Nigeria,
Kenya (P.O. boxes), South Africa, the UAE, the Philippines, Japan, Greece, Vietnam and Ukraine. A few Unicode
oddities of real exports occur: no-break spaces inside a card number and a phone number, a zero-width space inside
an e-mail address, curly quotes and an emoji.

Every value (names, streets, postcodes, phones, e-mails, identifiers, IP addresses) was invented for this file;
none comes from the other gold sets, Faker, presidio-evaluator or configs/, and pipeline/ never reads it.
Identifiers whose scheme publishes a check digit carry a valid one, computed for this file (Luhn: payment cards,
Canadian SIN, South African ID; IBAN mod 97 with the length of its country; NHS number (mod 11), Aadhaar
(Verhoeff), German Steuer-ID (ISO 7064 mod 11,10), French NIR, Spanish DNI, Italian codice fiscale, Dutch BSN
(11-proof), Polish PESEL, Brazilian CPF, US ABA routing number and Mexican CLABE); tests/test_redact_dev10.py
checks each of them. The others (US SSN, UK NINO, UTR, PAN, passports, ID cards, MRNs, hospital numbers,
Medicare, RAMQ, member numbers, account numbers, sort codes, RFC, TIN, BVN) only have the shape of real ones.

Markup as in redact_dev.py: `{P:...}` PERSON (handles and user names built from a name included; titles such as
"Mr", "Dr", "Nurse", "Sister", "Cllr", "Herr", "Frau", "Mme", "Sra", "Shri", "Smt" stand outside, and so does a
possessive 's), `{A:...}` ADDRESS (street line, flat, unit, floor or building line, P.O. box and postcode, each
marked separately), `{E:...}` EMAIL_ADDRESS (a name inside an address is part of it; role addresses too),
`{T:...}` PHONE_NUMBER, `{I:...}` ID (national, tax and health identifiers, cards, IBANs, account numbers, sort
codes, passports, medical record and member numbers), `{B:...}` DATE_OF_BIRTH (only a date next to a birth cue),
`{N:...}` IP_ADDRESS (IPv4 and IPv6) and `{C:...}` a town, city or district (neutral). Countries, regions,
organisations, products, order and ticket numbers and ordinary dates are not marked.
"""

from __future__ import annotations

from benchmarks.redact_data import Labelled
from benchmarks.redact_dev import parse_marked

RECORDS: list[tuple[str, str]] = [
    # --- support_ticket --------------------------------------------------------------------------------------
    ("support_ticket",
     "Ticket #48213 \u2014 login loop\n"
     "Cust: {P:Deepak Raghunathan} <{E:deepak.r1987@fastmail.in}>\n"
     "mob {T:+91 98450 31762}\n"
     "says he reset pw twice, still bounced back to login. last seen from {N:49.207.18.113}\n"
     "assigned to {P:Grace} (L2), cc {P:Tomasz Wrona}"),
    ("support_ticket",
     "Subject: RE: refund not received (order 7712-AB)\n"
     "Hi {P:Siobh\u00e1n},\n"
     "per our call the refund is queued. full card on file {I:4532 0184 7305 6274} - pls mask before fwd!!\n"
     "If no joy by Fri ring {T:0161 496 0832} and quote ref RF-20931.\n"
     "Thanks, {P:Mark} @ billing"),
    ("support_ticket",
     "priority: P3\n"
     "reporter: {P:hyejin.park}\n"
     "email: {E:hyejin.park@korvane.co.kr}\n"
     "issue: app crashes on upload when file > 2GB, repro on win11 build 4.18.2\n"
     "user IP {N:211.45.172.9}, tel {T:+82 10-4829-3361}\n"
     "{P:Hyejin} ok w/ us remoting in tmrw am KST"),
    ("support_ticket",
     "From: {P:Olumide Bankole} <{E:o.bankole@zentrix-mail.ng}>\n"
     "To: {E:helpdesk@parcelwise.co.uk}\n"
     "Delivery to {A:12 Adeola Odeku Street}, {C:Victoria Island}, {C:Lagos} failed 3x, courier says gate locked.\n"
     "pls call my wife {P:Funmilayo} on {T:+234 803 417 2295} before next attempt, she is home all day\n"
     "{P:Olumide}"),
    ("support_ticket",
     "#TCK-5530 | Status: waiting on customer\n"
     "Acc holder: Mrs {P:Rosalind Pryce-Evans}, DOB {B:07/11/1958}\n"
     "Address on acc: {A:3 Heol y Nant}, {C:Pontypridd}, {A:CF37 4RW}\n"
     "She wants paper statements again. Verified w/ last 4 of acc + DOB.\n"
     "\u2014 {P:JB}"),
    ("support_ticket",
     "ticket 20931 / delivery address change\n"
     "customer: {P:Haruto Sakamoto} ({P:\u5742\u672c \u967d\u6597})\n"
     "new addr: {A:2-14-7 Dogenzaka}, {C:Shibuya-ku}, {C:Tokyo} {A:150-0043}\n"
     "tel {T:090-3318-7724}\n"
     "old addr in {C:Osaka} to be removed from profile. {P:Aiko} handling"),
    ("support_ticket",
     "escalated by {P:Will Hargreaves}\n"
     "cust {P:Frank Delacroix} says he was debited twice from {I:FR92 3000 4028 3700 0104 7293 856}\n"
     "bank confirms one debit only, 2nd is a pre-auth that drops off in 5d\n"
     "Mr {P:Delacroix}'s email {E:f.dela\u200bcroix@laposte-mail.fr} bounced (pasted w/ hidden char?)\n"
     "next: call {T:+33 6 12 48 90 37}"),
    ("support_ticket",
     "Ticket 88120 - address change\n"
     "Name: {P:Priya Venkatesan}\n"
     "Old: {A:1540 Rue Sherbrooke O}, {A:App. 1204}, {C:Montr\u00e9al} QC {A:H3G 1L7}\n"
     "New: {A:27 Lakeshore Rd E}, {C:Mississauga} ON {A:L5G 1C8}\n"
     "says her SIN {I:463-918-276} was asked for by a 'rep' on the phone \u2014 not us, flagged as phishing"),
    ("support_ticket",
     "#44721\n"
     "user: {P:jmdelarosa} ({P:Jose Miguel dela Rosa})\n"
     "concern: cant verify number {T:+63 917 482 0391}, OTP never arrives\n"
     "last login {N:112.198.74.26}\n"
     "he works nights so best contact 9am Manila time. pass to {P:Rhea} if she's back"),
    ("support_ticket",
     "Ticket 6612 (phone)\n"
     "caller: {P:Bill Okonkwo-Hart}\n"
     "wants to cancel the subscription of his late mother {P:Margaret Hart}, born {B:2 April 1939}\n"
     "asked him to send death cert to {E:bereavement@streamly-support.co.uk}\n"
     "return call {T:07700 900 418} after 5pm"),
    # --- clinical_note ---------------------------------------------------------------------------------------
    ("clinical_note",
     "Pt {P:Ram\u00f3n Echeverr\u00eda Ib\u00e1\u00f1ez}, 58M, DOB {B:14.02.1967}\n"
     "MRN {I:HUV-0048213}\n"
     "admitted via ED w/ CP radiating to L arm. trop neg x2.\n"
     "wife {P:Pilar} at bedside, tel {T:+34 612 48 30 97}\n"
     "r/v by Dr {P:Nakashima}, plan stress echo am"),
    ("clinical_note",
     "NHS no. {I:485 729 3161}\n"
     "{P:Eilidh MacAskill} seen in clinic today w/ her daughter {P:Morag}.\n"
     "c/o worsening SOB on exertion, ankle swelling ++\n"
     "lives alone at {A:7 Strathmore Place}, {C:Inverness} {A:IV2 3JQ}\n"
     "d/w Sister {P:Okafor} re DN visits. \u2014 {P:AK}"),
    ("clinical_note",
     "ward 4B handover 07:30\n"
     "bed 3: {P:Nguyen Thi Lan} 71F, # NOF post DHS day 2, pain controlled\n"
     "bed 5: Mr {P:Adeyemi}, NBM from midnight, son {P:Tunde} to bring meds list\n"
     "bed 7: {P:Hope Mensah} 34F, hyperemesis, IV fluids, hosp no {I:K2290471}\n"
     "Nurse {P:Dawn} on till 8pm, bleep 4471"),
    ("clinical_note",
     "OPD slip\n"
     "Name: {P:Lakshmi Narayanan}   Age/Sex: 63/F\n"
     "UHID {I:AIMS-2024-0731942}   Aadhaar {I:4720 1938 5612}\n"
     "c/o joint pain, DM2 x10y on metformin\n"
     "attender: son {P:Karthik} ({T:98401 27735})\n"
     "Ref by Dr {P:S. Ramaswamy}"),
    ("clinical_note",
     "Aufnahmebefund\n"
     "Pat.: {P:J\u00fcrgen Hoffmeister}, geb. {B:03.09.1949}\n"
     "Versichertennr. {I:K482917305}\n"
     "wohnhaft {A:Lindenstra\u00dfe 42}, {A:10969} {C:Berlin}\n"
     "Ehefrau, Frau {P:Hoffmeister}, telefonisch informiert ({T:030 2849 1736}).\n"
     "V.a. Pneumonie, R\u00f6-Thorax angemeldet."),
    ("clinical_note",
     "Community MH note\n"
     "seen {P:Danny O'Rourke} at home, {A:Flat 2}, {A:41 Cabra Road}, {C:Dublin 7}\n"
     "mood low, sleeping poorly since losing job at the depot\n"
     "partner {P:Niamh} present & supportive\n"
     "plan: r/v 2/52 w/ Dr {P:Fitzgerald}, crisis line given. hosp no {I:SJH 772104}"),
    ("clinical_note",
     "Triage 14:12\n"
     "{P:Sanne de Vries-Bakker}, geb. {B:22-06-1991}, BSN {I:284719031}\n"
     "klachten: hoofdpijn, misselijk sinds gisteren\n"
     "huisarts: dr. {P:Van der Linden}, {C:Utrecht}\n"
     "contactpersoon: {P:Joost} (partner) {T:06 2849 1733}"),
    ("clinical_note",
     "Karta informacyjna\n"
     "Pacjent: {P:Agnieszka Wr\u00f3blewska}, PESEL {I:85072314680}\n"
     "ur. {B:23.07.1985}\n"
     "adres: {A:ul. Mickiewicza 14/6}, {A:31-120} {C:Krak\u00f3w}\n"
     "rozpoznanie: zapalenie oskrzeli\n"
     "lekarz prowadz\u0105cy: dr {P:Marek Zieli\u0144ski}"),
    ("clinical_note",
     "Progress note - {P:Tyrone Jackson} (MRN {I:00481273})\n"
     "52yo M w/ HTN presents for f/u. BP 152/94.\n"
     "ins member id {I:XKJ918273604}\n"
     "lives w/ sister {P:Raylene} in {C:Baton Rouge}\n"
     "spoke to pt's PCP Dr {P:Hollis} - will titrate amlodipine\n"
     "-- {P:M. Reyes}, NP"),
    ("clinical_note",
     "Maternity review\n"
     "{P:Akosua Boateng} G2P1 at 32/40, DOB {B:1994-10-05}\n"
     "BP stable, SFH appropriate\n"
     "husband {P:Kwabena} unreachable on {T:+233 24 481 7730}; try his brother {P:Yaw}\n"
     "midwife {P:Joy Wanjiru} to review Tues"),
    # --- hr_email --------------------------------------------------------------------------------------------
    ("hr_email",
     "From: {P:Charlotte Beaumont} <{E:c.beaumont@harrowgate-logistics.co.uk}>\n"
     "To: {P:Imran Qureshi}\n"
     "CC: {P:Sandy Mackintosh}; {E:payroll@harrowgate-logistics.co.uk}\n"
     "Subject: starter paperwork\n"
     "{P:Imran}, could you chase {P:Bartosz} for his NI number? he put {I:JT 52 81 49 C} on the form but "
     "payroll say it doesn't match HMRC.\n"
     "thx, {P:Charlotte}"),
    ("hr_email",
     "Hi all,\n"
     "Please welcome {P:Adaeze Nwosu} who joins the data team Monday. She'll sit w/ {P:Rajesh} and {P:Victor} "
     "on the 3rd floor.\n"
     "Her start pack was posted to {A:Flat 9, Cedar House}, {A:118 Holloway Road}, {C:London} {A:N7 8JE} - "
     "if anyone sees it in the post room pls shout.\n"
     "{P:Penny} (People Ops)"),
    ("hr_email",
     "Subject: sick leave - {P:K. Rahman}\n"
     "{P:Kamal}'s GP note covers him to the 14th. RTW meeting booked w/ his manager {P:Faith Adjei}.\n"
     "Please don't discuss details on the team channel.\n"
     "HR ref: EMP-20931\n"
     "{P:Noor}"),
    ("hr_email",
     "De: {P:Luc\u00eda Mart\u00edn Calvo} <{E:lucia.martin@grupo-arenal.es}>\n"
     "Para: RRHH\n"
     "Adjunto mi DNI ({I:48271936L}) y la cuenta para la n\u00f3mina: {I:ES07 0049 1827 3602 1048 3759}.\n"
     "Fecha de nacimiento: {B:09/03/1993}\n"
     "Mi direcci\u00f3n nueva es {A:C/ de Balmes, 188}, {A:3\u00ba 2\u00aa}, {A:08006} {C:Barcelona}.\n"
     "Gracias, {P:Luc\u00eda}"),
    ("hr_email",
     "From: {P:Meenakshi Iyer} <{E:meenakshi.iyer@tessaract-it.com}>\n"
     "To: {P:Guy Templeton}\n"
     "{P:Guy} - re the visa letter for {P:Ravi Shankar}: passport {I:Z4829173}, DOB {B:17-Aug-1988}.\n"
     "He needs it by the 20th for his appointment at the consulate in {C:Chennai}.\n"
     "cheers, {P:Meena}"),
    ("hr_email",
     "Von: {P:Katharina Brandt}\n"
     "An: Personalabteilung\n"
     "Betreff: Steuer-ID neuer Mitarbeiter\n"
     "Hallo zusammen, die Steuer-ID von Herrn {P:Emre Y\u0131ld\u0131r\u0131m} lautet {I:47 120 935 464}, "
     "geb. {B:12.05.1990} in {C:Duisburg}.\n"
     "Anschrift: {A:Kaiserstra\u00dfe 118}, {A:47051} {C:Duisburg}.\n"
     "LG {P:Kathi}"),
    ("hr_email",
     "Subject: grievance meeting notes\n"
     "Present: {P:Ray Dunmore} (chair), {P:Anita Desai-Lowe} (HR), {P:Chidi Eze} (employee), {P:Will Turnbull} "
     "(union rep)\n"
     "{P:Chidi} stated that his supervisor {P:Gareth} had changed his shifts without notice three times.\n"
     "Mr {P:Dunmore} asked for the rota history; {P:Anita} to pull it from the system.\n"
     "Next meeting in 2 wks."),
    ("hr_email",
     "Hi {P:Wei},\n"
     "thanks for sending the relocation form. a couple of gaps:\n"
     "- home address in {C:Shenzhen} is missing the unit no.\n"
     "- emergency contact: you put {P:Li Mei} but no phone\n"
     "my direct line is {T:+44 20 7946 0321}.\n"
     "{P:Hannah Kowalski}, Mobility team"),
    ("hr_email",
     "To: {E:k.mensah-bonsu@aurelia-health.com}\n"
     "Cc: {P:Rose Achterberg}\n"
     "Dear {P:Kofi},\n"
     "your probation review with Dr {P:Iyer} is moved to Thursday. {P:Rose} will send the invite.\n"
     "Regards,\n"
     "{P:Sunny Baptiste}\n"
     "HR Business Partner"),
    ("hr_email",
     "Assunto: admiss\u00e3o - {P:Thiago Albuquerque}\n"
     "CPF {I:284.719.306-50}, nascido em {B:03/12/1996}\n"
     "conta para sal\u00e1rio: ag. 0305 c/c {I:10482937-1}\n"
     "endere\u00e7o {A:Rua Augusta, 1508}, {A:apto 72}, {C:S\u00e3o Paulo} - SP, {A:01304-001}\n"
     "qualquer d\u00favida falar com a {P:Juliana} do DP"),
    # --- chat_log --------------------------------------------------------------------------------------------
    ("chat_log",
     "[09:14] {P:tomasz}: anyone seen the keys for van 3?\n"
     "[09:15] {P:karina_v}: {P:dimitra} had them last\n"
     "[09:15] {P:tomasz}: {P:dimitra} pls answer ur phone lol\n"
     "[09:17] {P:dimitra.k}: sorry!! in the yard, ring {T:07811 402 396}\n"
     "[09:18] {P:karina_v}: ok passing to {P:tomasz}"),
    ("chat_log",
     "12/03/24, 21:40 - {P:Ifeoma}: mummy says send the form to {E:ifeomaokoro92@gmail.com} not the old one\n"
     "12/03/24, 21:41 - {P:Chuks}: ok. what's her hospital no again\n"
     "12/03/24, 21:43 - {P:Ifeoma}: {I:LUTH/22/00817} and her DOB is {B:19/06/1951}\n"
     "12/03/24, 21:44 - {P:Chuks}: \U0001f44d will tell uncle {P:Emeka}"),
    ("chat_log",
     "agent {P:Joy}: hi, how can I help today?\n"
     "customer: hi its {P:sunny liu}, my parcel went to the wrong address\n"
     "agent {P:Joy}: sorry to hear! can you confirm the address pls\n"
     "customer: {A:5/17 Brunswick St} {C:Fitzroy} VIC {A:3065}\n"
     "agent {P:Joy}: thanks {P:Sunny}, and a contact number?\n"
     "customer: {T:0412 583 906}"),
    ("chat_log",
     "#ops-payments\n"
     "{P:aleksandra.nowak}: @{P:vikram} the refund for Mr {P:Oyelaran} bounced, IBAN "
     "{I:GB40 HLFX 1105 2748 3916 02} closed\n"
     "{P:vikram}: ugh. ask him for a new one via secure msg not email\n"
     "{P:aleksandra.nowak}: ok. {P:faith} says sort code {I:11-05-27} is right tho\n"
     "{P:vikram}: then acc no changed, ask anyway"),
    ("chat_log",
     "mom: did u call grandpa\n"
     "me: not yet whats his number again\n"
     "mom: {T:(512) 555-0147}\n"
     "mom: and tell him aunt {P:rosie} is coming sat\n"
     "me: k. is he still at {A:2209 Pecan Hollow Dr}\n"
     "mom: yes in {C:round rock}"),
    ("chat_log",
     "[Zalo] {P:Tr\u1ea7n Minh Qu\u00e2n}: ch\u1ecb {P:Hoa} \u01a1i, em g\u1eedi s\u1ed1 t\u00e0i kho\u1ea3n: "
     "{I:0071000482937} Vietcombank\n"
     "[Zalo] {P:Nguy\u1ec5n Thu Hoa}: ok em, t\u00ean ch\u1ee7 tk?\n"
     "[Zalo] {P:Tr\u1ea7n Minh Qu\u00e2n}: {P:TRAN MINH QUAN}\n"
     "[Zalo] {P:Nguy\u1ec5n Thu Hoa}: \u0111\u00e3 chuy\u1ec3n nh\u00e9, c\u00f3 g\u00ec g\u1ecdi {T:0903 418 527}"),
    ("chat_log",
     "<{P:marek_k}> lol who let {P:jenna} host again\n"
     "<{P:jenna_plays}> rude\n"
     "<{P:bigRay77}> ip of the server is {N:51.38.112.74} port 25565\n"
     "<{P:jenna_plays}> dont post that here {P:ray}\n"
     "<{P:mod_hannah}> deleted. {P:ray} pls read the rules"),
    ("chat_log",
     "{P:\u041e\u043a\u0441\u0430\u043d\u0430 \u041c\u0435\u043b\u044c\u043d\u0438\u043a}: "
     "{P:\u0410\u043d\u0434\u0440\u0456\u044e}, \u0441\u043a\u0438\u043d\u044c \u0430\u0434\u0440\u0435\u0441\u0443 "
     "\u0434\u043b\u044f \u043f\u043e\u0441\u0438\u043b\u043a\u0438\n"
     "{P:\u0410\u043d\u0434\u0440\u0456\u0439 \u041a\u043e\u0432\u0430\u043b\u0435\u043d\u043a\u043e}: "
     "{A:\u0432\u0443\u043b. \u0425\u0440\u0435\u0449\u0430\u0442\u0438\u043a, 22}, "
     "{A:\u043a\u0432. 41}, {C:\u041a\u0438\u0457\u0432}, {A:01001}\n"
     "{P:\u041e\u043a\u0441\u0430\u043d\u0430 \u041c\u0435\u043b\u044c\u043d\u0438\u043a}: "
     "\u0434\u044f\u043a\u0443\u044e! \u0456 \u0442\u0435\u043b\u0435\u0444\u043e\u043d?\n"
     "{P:\u0410\u043d\u0434\u0440\u0456\u0439 \u041a\u043e\u0432\u0430\u043b\u0435\u043d\u043a\u043e}: "
     "{T:+380 67 482 1930}"),
    ("chat_log",
     "From: {T:+44 7700 900 281}\n"
     "Hi its {P:Gethin} from the garage, ur car is ready. ask for {P:Bryn} at the desk\n"
     "From: {T:+44 7700 900 281}\n"
     "sorry - that msg was meant for Mr {P:Pritchard} not you!"),
    ("chat_log",
     "[10:02] {P:minji.choi}: is director {P:Park} joining?\n"
     "[10:03] {P:seo-jun}: yes + {P:Hiroshi} from the {C:Osaka} office\n"
     "[10:03] {P:minji.choi}: dial-in {T:+82 2 3149 7720} pin 4471\n"
     "[10:04] {P:seo-jun}: thx {P:minji}"),
    # --- ops_log ---------------------------------------------------------------------------------------------
    ("ops_log",
     "2024-03-12T08:14:22Z INFO auth login ok user={P:r.castellanos} src={N:10.42.7.118}\n"
     "2024-03-12T08:14:25Z WARN mfa push timeout user={P:r.castellanos}\n"
     "2024-03-12T08:15:01Z INFO auth login ok user={E:nadia.farouk@meridianbank.ae} src={N:94.200.17.63}\n"
     "2024-03-12T08:15:44Z ERROR ldap bind failed dn=cn={P:Sven Oldenburg},ou=staff,dc=corp"),
    ("ops_log",
     "Mar 12 03:12:09 bastion-2 sshd[4821]: Failed password for invalid user admin from {N:185.220.101.47} "
     "port 51122 ssh2\n"
     "Mar 12 03:12:11 bastion-2 sshd[4821]: Failed password for {P:gkaramanlis} from {N:185.220.101.47} "
     "port 51124 ssh2\n"
     "Mar 12 03:14:40 bastion-2 sshd[4830]: Accepted publickey for {P:ade.ogun} from "
     "{N:2a01:4b00:8e1f:2200::17} port 60211 ssh2\n"
     "Mar 12 03:14:52 bastion-2 sudo: {P:ade.ogun} : TTY=pts/0 ; PWD=/home/{P:ade.ogun} ; USER=root ; "
     "COMMAND=/usr/bin/systemctl restart nginx"),
    ("ops_log",
     "level=info evt=profile_update uid=882013 email={E:hoa.pham@lumenwave.vn} ip={N:113.161.40.92}\n"
     "level=info evt=address_change uid=882013 city={C:\u0110\u00e0 N\u1eb5ng}\n"
     "level=warn evt=phone_verify_fail uid=882013 phone={T:+84 905 318 472} attempts=3\n"
     "level=info evt=ticket_open uid=882013 agent={P:lien.tran}"),
    ("ops_log",
     "{N:88.97.14.203} - {P:mkowalczyk} [12/Mar/2024:10:22:31 +0000] \"GET /account/statements HTTP/1.1\" "
     "200 5123\n"
     "{N:88.97.14.203} - {P:mkowalczyk} [12/Mar/2024:10:22:35 +0000] \"POST /account/contact HTTP/1.1\" 302 -\n"
     "{N:88.97.14.203} - - [12/Mar/2024:10:22:36 +0000] \"GET /static/app.js HTTP/1.1\" 304 -\n"
     "{N:66.249.70.12} - - [12/Mar/2024:10:23:02 +0000] \"GET /robots.txt HTTP/1.1\" 200 68"),
    ("ops_log",
     "EventID=4625 An account failed to log on.\n"
     "  Account Name: {P:JHALVORSEN}  Account Domain: CORP  Workstation Name: LT-0482\n"
     "  Source Network Address: {N:172.16.40.19}  Failure Reason: bad password\n"
     "EventID=4624 An account was successfully logged on.\n"
     "  Account Name: {P:p.oyelowo}  Source Network Address: {N:172.16.40.23}"),
    ("ops_log",
     "postfix/smtp[2291]: 4F2A81C0: to=<{E:bongani.dlamini@ubuntu-freight.co.za}>, "
     "relay=mx1.ubuntu-freight.co.za[{N:41.185.22.130}]:25, status=sent\n"
     "postfix/smtp[2291]: 7B11C9A2: to=<{E:lerato.m@ubuntu-freight.co.za}>, status=bounced (mailbox full)\n"
     "postfix/qmgr[1102]: 7B11C9A2: from=<{E:noreply@ubuntu-freight.co.za}>, size=4410, nrcpt=1\n"
     "postfix/smtpd[2301]: connect from unknown[{N:197.242.88.5}]"),
    ("ops_log",
     "2024-05-01 12:00:04 DEBUG KycService payload name='{P:Chinonso Obi}' dob='{B:1989-02-28}' "
     "bvn={I:22419837605}\n"
     "2024-05-01 12:00:04 WARN KycService name mismatch: bureau has '{P:OBI CHINONSO M}'\n"
     "2024-05-01 12:00:05 INFO KycService manual review assigned to {P:tobi.adeleke}\n"
     "2024-05-01 12:00:05 INFO KycService client ip {N:102.89.33.214}"),
    ("ops_log",
     "dhcpd: DHCPDISCOVER from 3c:22:fb:91:0e:4a (iPhone-de-{P:Aur\u00e9lie}) via eth1\n"
     "dhcpd: DHCPACK on {N:192.168.12.57} to 3c:22:fb:91:0e:4a (iPhone-de-{P:Aur\u00e9lie}) via eth1\n"
     "dhcpd: DHCPREQUEST for {N:192.168.12.61} from f0:18:98:2a:77:c1 (MacBook-de-{P:Guillermo}) via eth1\n"
     "dhcpd: DHCPACK on {N:192.168.12.61} to f0:18:98:2a:77:c1 via eth1"),
    ("ops_log",
     "[2024-06-03 02:00:01] export job 'crm_contacts' owner={P:Jun Watanabe}\n"
     "[2024-06-03 02:00:07] wrote 18221 rows to s3://exports/crm/\n"
     "[2024-06-03 02:00:07] sample row: {P:Fatemeh Rahimi};{E:f.rahimi@parsnet.ir};{T:+98 912 417 3820}\n"
     "[2024-06-03 02:00:08] WARN row 442 missing postcode\n"
     "[2024-06-03 02:00:09] notify {E:jun.watanabe@kitsune-data.jp}"),
    ("ops_log",
     "Jun 03 14:22:10 fw01 kernel: DROP IN=eth0 SRC={N:45.146.164.110} DST={N:81.2.69.142} PROTO=TCP DPT=3389\n"
     "Jun 03 14:22:11 fw01 kernel: DROP IN=eth0 SRC={N:45.146.164.110} DST={N:81.2.69.142} PROTO=TCP DPT=22\n"
     "Jun 03 14:25:40 vpn01 openvpn[911]: {P:mhughes}/{N:86.14.201.77}:51820 peer authenticated\n"
     "Jun 03 14:25:41 vpn01 openvpn[911]: {P:mhughes} assigned pool address {N:10.8.0.14}"),
    # --- csv_rows --------------------------------------------------------------------------------------------
    ("csv_rows",
     "name,email,phone,city\n"
     "{P:Ngozi Adebayo},{E:ngozi.adebayo@yahoo.co.uk},{T:07923 418 550},{C:Leicester}\n"
     "{P:Callum Reid},{E:callumreid84@btinternet.com},{T:01382 447 219},{C:Dundee}\n"
     "{P:Anjali Mehta},{E:anjali.m@outlook.com},{T:+44 7481 220 903},{C:Slough}"),
    ("csv_rows",
     "nazwisko;imie;data_urodzenia;pesel;miasto\n"
     "{P:Kowalski};{P:Piotr};{B:1977-11-04};{I:77110459138};{C:Gda\u0144sk}\n"
     "{P:Wr\u00f3bel};{P:Zofia};{B:2002-04-16};{I:02241605826};{C:\u0141\u00f3d\u017a}\n"
     "{P:D\u0105browski};{P:Jan Pawe\u0142};{B:1969-03-18};{I:69031874512};{C:Pozna\u0144}"),
    ("csv_rows",
     "ID,Name,Address,Postcode,Town\n"
     "1041,{P:Bethan Lloyd},{A:22 Stryd y Castell},{A:LL55 2AY},{C:Caernarfon}\n"
     "1042,{P:P\u00e1draig \u00d3 S\u00failleabh\u00e1in},{A:4 Bridge Street},{A:P75 XK20},{C:Bantry}\n"
     "1043,{P:Hamish Drummond},{A:9 Lochside Crescent},{A:PH1 3DG},{C:Perth}"),
    ("csv_rows",
     "emp_id,name,nino,sort_code,account\n"
     "E1102,{P:Oluwaseun Afolabi},{I:JK 40 28 17 B},{I:20-45-77},{I:41938270}\n"
     "E1103,{P:Victoria Chen-Mills},{I:PB 71 93 04 A},{I:40-12-09},{I:70334819}\n"
     "E1104,{P:Gurpreet Sandhu},{I:NE 38 22 61 D},{I:30-98-14},{I:12870443}"),
    ("csv_rows",
     "first_name,last_name,ssn,dob,state\n"
     "{P:Marisol},{P:Gutierrez},{I:512-38-7740},{B:04/22/1986},TX\n"
     "{P:DeShawn},{P:Whitaker},{I:228-61-9043},{B:11/02/1979},VA\n"
     "{P:Kaitlyn},{P:O'Brien},{I:401-77-3128},{B:08/30/1992},KY"),
    ("csv_rows",
     "Timestamp,Full name,Email,Mobile,Dietary\n"
     "2024-02-11 09:14,{P:Sandy Fernandes},{E:sandyf@rediffmail.com},{T:+91 99200 48317},veg\n"
     "2024-02-11 09:20,{P:Iris van Dijk},{E:iris.vandijk@ziggo.nl},{T:+31 6 4829 1176},none\n"
     "2024-02-11 09:31,{P:Mehmet Ayd\u0131n},{E:m.aydin@turknet.com.tr},{T:+90 532 418 2093},halal"),
    ("csv_rows",
     "txn_id|cardholder|pan|exp|amount\n"
     "88120|{P:FRANCESCA BONACCI}|{I:5398 7104 2683 1502}|09/27|42.10\n"
     "88121|{P:L MORETTI}|{I:3718 492056 37144}|03/26|118.00\n"
     "88122|{P:GIULIA ROSSETTI}|{I:4982316504782198}|11/28|9.99"),
    ("csv_rows",
     "unit,tenant,move_in,phone,notes\n"
     "{A:Apt 4B},{P:Kowalczyk},2022-09-01,{T:(617) 555-0182},late x2\n"
     "{A:Apt 5A},{P:Okafor-Reyes},2023-01-15,{T:(617) 555-0139},\n"
     "{A:Apt 6C},vacant,,,\n"
     "all units: {A:310 Dorchester Ave},{C:South Boston} MA {A:02127}"),
    ("csv_rows",
     "student_no;name;guardian;guardian_email\n"
     "{I:S20931};{P:Aarav Patel};{P:Nisha Patel};{E:nisha.patel73@gmail.com}\n"
     "{I:S20932};{P:Zainab Hussain};{P:Tariq Hussain};{E:t.hussain@brightmail.pk}\n"
     "{I:S20933};{P:Mateus Costa};{P:Rita Costa};{E:ritacosta@sapo.pt}"),
    ("csv_rows",
     "customer_id,email,last_ip,signup_country\n"
     "C-77120,{E:ana.ionescu84@yahoo.ro},{N:178.223.40.19},RO\n"
     "C-77121,{E:huang.yiting@qq.com},{N:223.104.63.8},CN\n"
     "C-77122,{E:mbali.ndlovu@webmail.co.za},{N:105.233.17.250},ZA"),
    # --- postal_block ----------------------------------------------------------------------------------------
    ("postal_block",
     "Ship to:\n"
     "{P:Marcus Bellweather}\n"
     "{A:4417 Larchmont Ave}\n"
     "{A:Apt 3B}\n"
     "{C:Dayton}, OH {A:45419}\n"
     "USA"),
    ("postal_block",
     "An\n"
     "Frau {P:Ingrid Sch\u00e4fer-Lorenz}\n"
     "c/o Familie {P:Lorenz}\n"
     "{A:Am M\u00fchlbach 7}\n"
     "{A:79098} {C:Freiburg im Breisgau}\n"
     "DEUTSCHLAND"),
    ("postal_block",
     "M. {P:Youssef El Amrani}\n"
     "{A:B\u00e2t. C, R\u00e9sidence Les Tilleuls}\n"
     "{A:17 rue des Tanneurs}\n"
     "{A:67000} {C:Strasbourg}\n"
     "FRANCE"),
    ("postal_block",
     "Gent.ma Sig.ra {P:Carla Monteleone}\n"
     "{A:Via Garibaldi 27}\n"
     "{A:40124} {C:Bologna} (BO)\n"
     "Italia"),
    ("postal_block",
     "To,\n"
     "Shri {P:Harish Chandra Joshi}\n"
     "{A:H.No. 14-2-117, Gandhi Nagar}\n"
     "Near Hanuman Mandir\n"
     "{C:Secunderabad}, Telangana - {A:500003}\n"
     "Mob: {T:+91 94405 27318}"),
    ("postal_block",
     "Dhr. {P:R.J. Verhoeven}\n"
     "{A:Prinsengracht 512-II}\n"
     "{A:1017 KH} {C:Amsterdam}\n"
     "Nederland"),
    ("postal_block",
     "Sra. {P:Guadalupe Herrera Casta\u00f1eda}\n"
     "{A:Calle Durango 214}, {A:Int. 5}\n"
     "Col. {C:Roma Norte}, {A:06700}\n"
     "{C:Ciudad de M\u00e9xico}, CDMX\n"
     "M\u00c9XICO"),
    ("postal_block",
     "{P:Wanjiku Kamau}\n"
     "{A:P.O. Box 48213-00100}\n"
     "{C:Nairobi}\n"
     "KENYA\n"
     "tel {T:+254 722 481 093}"),
    ("postal_block",
     "Attn: {P:Hamad Al Mansoori}\n"
     "{A:Villa 18, Street 24b}\n"
     "{C:Al Barsha 2}, {C:Dubai}\n"
     "{A:PO Box 52817}\n"
     "United Arab Emirates\n"
     "{T:+971 50 418 2273}"),
    ("postal_block",
     "{P:Maria Consuelo Bautista}\n"
     "{A:Blk 7 Lot 22 Sampaguita St}\n"
     "{C:Brgy. San Isidro}, {C:Para\u00f1aque City}\n"
     "{A:1700} Metro Manila\n"
     "Philippines"),
    ("postal_block",
     "{P:Thandeka Mokoena}\n"
     "{A:41 Jan Smuts Avenue}\n"
     "{C:Parktown}\n"
     "{C:Johannesburg}\n"
     "{A:2193}\n"
     "South Africa"),
    # --- bank_note -------------------------------------------------------------------------------------------
    ("bank_note",
     "KYC refresh - {P:Obinna Chukwuemeka}\n"
     "BVN ok. passport {I:A09482173} exp 2029.\n"
     "utility bill shows {A:27 Admiralty Way}, {C:Lekki Phase 1}, {C:Lagos} - matches.\n"
     "SoF: salary (oil services) + occasional transfers from brother {P:Ikenna} in {C:Houston}.\n"
     "RM: {P:Grace Oduya}"),
    ("bank_note",
     "Call note 14/05: Mrs {P:Bernadette Quinlan} rang re suspicious txn on acc {I:41827730}, s/c {I:93-11-52}\n"
     "she did not authorise \u00a3840 to payee {P:R Hollis}\n"
     "card {I:4229\u00a00481\u00a07365\u00a00322} blocked, replacement to home addr\n"
     "callback {T:028 9024 1187}\n"
     "\u2014 {P:DM}"),
    ("bank_note",
     "Kontoer\u00f6ffnung {P:Friederike Vogel}\n"
     "IBAN {I:DE34 3705 0198 0472 9183 56}\n"
     "geb. {B:21.01.1983}, Ausweis-Nr. {I:L01X4RT97}\n"
     "Anschrift {A:Schillerstra\u00dfe 9}, {A:50968} {C:K\u00f6ln}\n"
     "Berater: Herr {P:Aksoy}"),
    ("bank_note",
     "Loan file - {P:Sanjay Bhattacharya}\n"
     "PAN {I:AKRPB4821L}, Aadhaar {I:8364 7029 1549}\n"
     "co-applicant: wife Smt {P:Rituparna Bhattacharya}\n"
     "residence: {A:Flat 5C, Ananda Apartments}, {A:17 Lake Road}, {C:Kolkata} {A:700029}\n"
     "CIBIL 781, sanction recommended. \u2014 {P:A. Ghosh}"),
    ("bank_note",
     "Alert #AML-3391\n"
     "customer {P:Reza Karimi Tabrizi} made 6 cash deposits under \u00a310k in 9 days at the {C:Wembley} branch\n"
     "linked party {P:Navid Karimi} (brother?) acc {I:73019482}\n"
     "outbound IBAN {I:AE16 0260 0010 1482 9370 145}\n"
     "escalated to MLRO {P:Penelope Stroud}"),
    ("bank_note",
     "Cliente {P:Ana Beatriz Nogueira}, CPF {I:530.182.647-62}\n"
     "solicitou portabilidade de sal\u00e1rio para {I:BR78 0036 0305 0000 1048 2937 110C 1}\n"
     "chave Pix: {E:anabia.nogueira@uol.com.br}\n"
     "tel {T:(21) 98417-3302}\n"
     "atendente: {P:Rodrigo}"),
    ("bank_note",
     "Mortgage arrears note\n"
     "Borrowers: {P:Se\u00e1n} and {P:Orla Gallagher}\n"
     "property {A:14 Ard na Gr\u00e9ine}, {C:Ennis}, Co. Clare {A:V95 T2P8}\n"
     "repayment acc {I:IE39 BOFI 9001 2748 2910 55}\n"
     "spoke w/ {P:Orla}, husband out of work since Jan. 3-month moratorium agreed. \u2014 {P:C. Whelan}"),
    ("bank_note",
     "FICA docs recd for {P:Sipho Mthembu}\n"
     "SA ID {I:9104025084089} (born {B:2 April 1991})\n"
     "proof of res: {A:23 Vilakazi Street}, {C:Orlando West}, {C:Soweto}, {A:1804}\n"
     "employer letter from Mr {P:Naidoo} (HR) attached\n"
     "all ok - {P:LvdM}"),
    ("bank_note",
     "Wire recall req.\n"
     "Originator: {P:Gregory Lindqvist}, acct {I:000482917305}, ABA {I:026310473}\n"
     "Benef: {P:Hope Adeyinka}, {A:88 Chestnut St}, {C:Newark} NJ {A:07105}\n"
     "cust says he was scammed by someone posing as his grandson {P:Tyler}.\n"
     "Fraud team ({P:Victor Salas}) notified."),
    ("bank_note",
     "Notatka: klient {P:Krzysztof Lewandowski-B\u0105k} zg\u0142asza kradzie\u017c karty "
     "{I:5103 8729 4061 5385}\n"
     "konto {I:PL61 1090 1014 0000 0712 1981 2874}\n"
     "kontakt {T:+48 601 284 773}\n"
     "karta zablokowana, nowa wys\u0142ana na {A:ul. Piotrkowska 112}, {A:m. 9}, {A:90-006} "
     "{C:\u0141\u00f3d\u017a}"),
    # --- crm_note --------------------------------------------------------------------------------------------
    ("crm_note",
     "Acct: Halvorsen Marine Ltd\n"
     "Contact: {P:Ingrid Halvorsen} (MD), mob {T:+47 912 48 203}\n"
     "met at trade show, wants demo of fleet module. her ops guy {P:Mark} is the real decision maker tbh\n"
     "next step: {P:Olu} to send proposal by Fri"),
    ("crm_note",
     "2024-04-09 call w/ Dr {P:Priyanka Rao} (head of procurement)\n"
     "- unhappy w/ renewal price\n"
     "- mentioned {P:Vasquez} from a competitor visited last wk\n"
     "- prefers email: {E:priyanka.rao@medisphere.in}\n"
     "owner: {P:Bill Tennant}"),
    ("crm_note",
     "lead: {P:Selin \u00d6zt\u00fcrk}, {C:\u0130zmir}\n"
     "source: webinar\n"
     "said her colleague {P:Burak} handles IT budgets\n"
     "email {E:selin.ozturk@egeyazilim.com.tr} tel {T:+90 232 418 77 20}\n"
     "follow up after the holiday per {P:Selin}"),
    ("crm_note",
     "contact merged: {P:Jon Smyth} + {P:Jonathan Smythe} -> same person (same mob {T:07700 900 732})\n"
     "kept {E:jsmythe@kestrelpartners.co.uk}\n"
     "address {A:Suite 4, 2nd Floor}, {A:15 Queen Street}, {C:Edinburgh} {A:EH2 1JE}\n"
     "merged by {P:rk}"),
    ("crm_note",
     "visited Mr and Mrs {P:Tanaka} at their shop in {C:Kichijoji}.\n"
     "{P:Yumiko} does the books; her husband {P:Kenji} signs off anything over 100k yen.\n"
     "they want invoices to {E:tanaka.shoten@nifty-mail.jp}\n"
     "{P:Kenji}'s nephew {P:Daisuke} may take over next yr"),
    ("crm_note",
     "Renewal risk HIGH\n"
     "champion {P:Aoife Brennan} has left the company (LinkedIn). new contact {P:Declan Murtagh}, no rel. yet\n"
     "{P:Declan}: {T:+353 87 419 2286}, {E:declan.murtagh@corrib-foods.ie}\n"
     "CSM {P:Ray} to intro himself"),
    ("crm_note",
     "Complaint handled\n"
     "caller {P:Dimitrios Papadakis} angry re missed install at {A:Ermou 42}, {A:105 63} {C:Athens}\n"
     "tech {P:Yiannis} was off sick; rebooked Thursday.\n"
     "offered 1 month free, cust accepted (grudgingly)"),
    ("crm_note",
     "note by {P:Vusi}: Ms {P:Pillay} from {C:Durban} wants to upgrade to business plan\n"
     "her PA {P:Charmaine} will send company docs\n"
     "call back on {T:031 492 7718}"),
    ("crm_note",
     "Meeting w/ Sheikh {P:Khalid bin Saeed Al Qasimi}'s office \u2014 their CFO {P:Tariq Haddad} attended\n"
     "Action: send NDA to {E:t.haddad@qasimi-holdings.ae}\n"
     "next mtg at their office, {A:Level 32, Al Maqam Tower}, {C:Abu Dhabi}\n"
     "owner {P:Frank}"),
    ("crm_note",
     "2024-06-12 {P:Shirin Farahani} ({C:Vancouver})\n"
     "asked to be removed from marketing. done.\n"
     "also asked us to stop calling her husband {P:Kian} at {T:+1 604 555 0193}\n"
     "CASL flag set by {P:N. Kowalczyk}"),
    # --- forum_post ------------------------------------------------------------------------------------------
    ("forum_post",
     "Re: landlord won't return deposit\n"
     "posted by {P:sarah_j_1990}\n"
     "my landlord (a Mr {P:Hollingsworth}) keeps saying the carpet was damaged. I have photos!!\n"
     "lived at {A:Flat 3}, {A:22 Moseley Road}, {C:Birmingham} for 2 yrs and never had an issue.\n"
     "anyone used the deposit scheme dispute thing?"),
    ("forum_post",
     "[SOLVED] cant ssh into my pi\n"
     "{P:kwame_dev} wrote:\n"
     "> tried ssh pi@{N:192.168.0.41} and get connection refused\n"
     "turns out the router gave it {N:192.168.0.44} after a reboot. thanks {P:ray_t} and {P:Iris}!"),
    ("forum_post",
     "Genealogy board \u2014 Sicily\n"
     "My dad {P:Giuseppe} was born in {C:Palermo} ({B:4 settembre 1947} on his carta d'identit\u00e0).\n"
     "Is anyone else researching the {P:Lo Bianco} family from that area? His mother was {P:Concetta Lo Bianco}.\n"
     "email me at {E:lobianco.genealogy@libero.it}"),
    ("forum_post",
     "For sale: 2014 Golf, 92k miles, FSH\n"
     "collection from {C:Swindon}. text {P:Dave} on {T:07700 900 563}, no timewasters\n"
     "edit: sold to {P:markyboy88}, sorry all"),
    ("forum_post",
     "regex to validate email not working\n"
     "I have `^[a-z]+@[a-z]+\\.com$` and it rejects {E:priya.k-sharma@infotech-solutions.in}\n"
     "what am I missing?\n"
     "\u2014 {P:priyaks}"),
    ("forum_post",
     "does anyone know Mrs {P:Adebisi} at the {C:Peckham} primary?\n"
     "my son {P:Tobi} is in her class and keeps saying she shouts.\n"
     "not trying to start drama, just want to know if its just him\n"
     "posted by {P:funmi.a}"),
    ("forum_post",
     "LOST DOG \u2014 {C:Ballarat}\n"
     "Staffy called Rosie, brown w/ white chest, very friendly\n"
     "last seen near {A:14 Lydiard St North} on Tuesday arvo\n"
     "if found call {P:Shane} {T:0423 519 870} or {P:Kylie} {T:0438 102 664}"),
    ("forum_post",
     "u/{P:jonah_miller_}:\n"
     "my bank (won't name them) sent my statements to {A:42 Elm Street} but I live at {A:42 Elm Road} lol\n"
     "both in {C:Portland}. customer service guy {P:Kevin} said \u201csystem error\u201d and hung up\n"
     "is this a data breach or am I overreacting?"),
    ("forum_post",
     "Bug: signup form leaks data\n"
     "steps: enter name \u201c{P:Zo\u00eb Ashworth-Kim}\u201d, date of birth {B:1996-02-29}, submit.\n"
     "the confirmation page shows another user\u2019s email ({E:h.lindgren@telia-post.se})\n"
     "reported by {P:zoe_ak}"),
    ("forum_post",
     "We stayed at a homestay in {C:H\u1ed9i An} run by Mrs {P:Lien} \u2014 amazing food\n"
     "book direct on {T:+84 235 391 2048} or {E:lienhomestay.hoian@gmail.com}, ask for her son {P:Tu\u1ea5n}\n"
     "address is {A:52 Nguy\u1ec5n Th\u00e1i H\u1ecdc}, 5 min walk to the old town\n"
     "\u2014 {P:Bea} & {P:Olly}"),
    # --- referral_letter -------------------------------------------------------------------------------------
    ("referral_letter",
     "Dear Dr {P:Fairbairn},\n"
     "Re: {P:Thomas Kieran Doyle}, DOB {B:12/05/1954}, NHS {I:603 918 2741}\n"
     "{A:18 Brackenwood Drive}, {C:Wirral} {A:CH49 4NE}\n"
     "I would be grateful if you could see this gentleman with 3 months of progressive dysphagia and wt loss.\n"
     "Yours sincerely,\n"
     "Dr {P:Amara Nwachukwu}, GP"),
    ("referral_letter",
     "To: Cardiology, {C:Cleveland}\n"
     "Re: {P:Lorraine Whitfield} (DOB {B:March 3, 1961}; MRN {I:MCH-2209184})\n"
     "Insurance: Medicare {I:3KR7-VN2-WE48}\n"
     "Dear Dr {P:Okonjo},\n"
     "Ms {P:Whitfield} has new AF on ECG. Her daughter {P:Tamsin} (HCP) can be reached at {T:216-555-0164}.\n"
     "{P:R. Castellano}, MD"),
    ("referral_letter",
     "To\n"
     "Dr {P:Meenakshi Sundaram}, Consultant Nephrologist, {C:Madurai}\n"
     "Ref: Mr {P:Pandian Murugesan}, 58/M, Aadhaar {I:5619-3820-7463}\n"
     "kindly evaluate for CKD stage 3b, creat 2.1\n"
     "pt's son {P:Senthil} will accompany, ph {T:+91 94431 58206}\n"
     "Dr {P:V. Kannan}, MBBS"),
    ("referral_letter",
     "Cher confr\u00e8re,\n"
     "je vous adresse Mme {P:H\u00e9l\u00e8ne Marchetti}, n\u00e9e le {B:14 septembre 1995} \u00e0 {C:Lyon}, "
     "NIR {I:2 95 09 69 381 027 14},\n"
     "domicili\u00e9e {A:12 rue Victor Hugo}, {A:69002} {C:Lyon}, pour avis concernant des c\u00e9phal\u00e9es "
     "r\u00e9sistantes.\n"
     "Bien confraternellement,\n"
     "Dr {P:Beno\u00eet Garnier}"),
    ("referral_letter",
     "Egregio Collega,\n"
     "invio alla Sua attenzione il Sig. {P:Francesco Bonacci}, nato il {B:14/03/1982}, "
     "C.F. {I:BNCFNC82C14L736X},\n"
     "residente in {A:Viale Monza 140}, {A:20127} {C:Milano}, per valutazione ortopedica (gonalgia dx).\n"
     "Cordiali saluti,\n"
     "Dott.ssa {P:Chiara Esposito}"),
    ("referral_letter",
     "Estimado Dr. {P:S\u00e1ez}:\n"
     "Remito a D.\u00aa {P:Roc\u00edo Fern\u00e1ndez Gallego}, DNI {I:07194382-M}, fecha de nacimiento "
     "{B:02/11/1969},\n"
     "domicilio {A:Avda. de la Constituci\u00f3n, 34}, {A:5\u00ba B}, {A:41001} {C:Sevilla}, por disnea "
     "progresiva.\n"
     "Tel. {T:954 21 88 40}.\n"
     "Atentamente, Dra. {P:Inmaculada Rold\u00e1n}"),
    ("referral_letter",
     "Re: {P:Rhys ap Gwilym}, d.o.b. {B:30.01.2001}, NHS {I:916 420 5738}, hosp no {I:W402917}\n"
     "lives with mum {P:Ceri} at {A:5 Heol Dewi Sant}, {C:Aberystwyth} {A:SY23 1LN}\n"
     "please see re first-episode psychosis. CPN {P:Gareth Pugh} is aware and visiting weekly.\n"
     "Dr {P:Eluned Rowlands}"),
    ("referral_letter",
     "Dear Dr {P:Nguyen},\n"
     "thank you for seeing {P:Jack Brennan-Walsh}, DOB {B:14 Nov 2016}, Medicare {I:2947 18306 1}\n"
     "{P:Jack}'s mum {P:Kirsten} reports recurrent tonsillitis x6 this yr.\n"
     "They live at {A:9 Wattle Grove}, {C:Toowoomba} QLD {A:4350}, mob {T:0407 318 552}.\n"
     "Regards, Dr {P:Sam Whitlock}"),
    ("referral_letter",
     "Dear Consultant,\n"
     "RE: Master {P:Chibuike Okafor}, 6yrs, hosp no {I:UNTH/PAED/4471}, DOB {B:21-03-2018}\n"
     "kindly review this boy with sickle cell crisis x3 this year.\n"
     "Mother: Mrs {P:Ngozi Okafor}, {A:No. 14 Ogui Road}, {C:Enugu}. Tel {T:0803 552 1947}.\n"
     "Dr {P:Emeka Nwankwo}"),
    ("referral_letter",
     "Re: {P:Marie-\u00c8ve Tremblay}, DOB {B:1978-08-19}, RAMQ {I:TREM 7858 1912}\n"
     "{A:2210 Chemin Sainte-Foy}, {C:Qu\u00e9bec} QC {A:G1V 1S2}\n"
     "Please assess for sleep apnoea. Partner {P:Luc} reports loud snoring and witnessed pauses.\n"
     "Dr {P:Aditya Khanna}, {C:L\u00e9vis}"),
    # --- payment_update --------------------------------------------------------------------------------------
    ("payment_update",
     "Payment method updated\n"
     "Account holder: {P:Naveen Reddy}\n"
     "New card: {I:6011 5284 9302 7167} exp 08/29\n"
     "Billing addr: {A:1120 Brickell Bay Dr}, {A:Unit 2304}, {C:Miami} FL {A:33131}\n"
     "changed by user from {N:73.152.48.201}"),
    ("payment_update",
     "Direct Debit mandate - new\n"
     "Name: {P:Eleanor Whitcombe}\n"
     "Sort code {I:20-18-44}  Acc no {I:63920157}\n"
     "Ref: DD-88201, confirmation sent to {E:ellie.whitcombe@gmail.com}\n"
     "(set up by {P:Ellie} over the phone w/ agent {P:Shabnam})"),
    ("payment_update",
     "SEPA-Lastschriftmandat\n"
     "Kontoinhaber: {P:Maximilian Gro\u00dfmann}\n"
     "IBAN: {I:DE26700100800384192765}  BIC: PBNKDEFFXXX\n"
     "Anschrift: {A:Goethestra\u00dfe 27}, {A:80336} {C:M\u00fcnchen}\n"
     "Unterschrift liegt vor, Tel. {T:+49\u00a0151\u00a02284\u00a07716}"),
    ("payment_update",
     "wijziging rekeningnummer\n"
     "naam: {P:Femke Janssen}\n"
     "nieuw IBAN {I:NL88 RABO 0318 2947 56}\n"
     "e-mail {E:femke.janssen@kpnmail.nl}\n"
     "verwerkt door {P:Pieter}"),
    ("payment_update",
     "Aggiornamento pagamento\n"
     "intestatario: {P:Luca Moretti}\n"
     "IBAN {I:IT07 X054 2811 1010 0000 0472 931}\n"
     "cell. {T:+39 347 218 4093}\n"
     "nota: il vecchio conto era cointestato con la moglie {P:Serena}"),
    ("payment_update",
     "ACH authorization\n"
     "Name on account: {P:Jasmine Okafor-Reyes}\n"
     "Routing {I:261184590} / Account {I:7730 1948 22}\n"
     "$1,250.00 monthly rent for {A:Apt 5A}, {A:310 Dorchester Ave}\n"
     "IP at signing {N:24.61.190.18}"),
    ("payment_update",
     "Hi {P:Priscila},\n"
     "the card ending 1721 on your account was replaced with the new one you gave {P:Marcos} on the phone.\n"
     "full PAN got logged in the notes by mistake: {I:4027-1835-0964-1721} \u2014 pls purge\n"
     "Thanks, {P:Yasmin} (billing)"),
    ("payment_update",
     "Actualizaci\u00f3n de pago\n"
     "Cliente: {P:Alejandro Ruiz Villase\u00f1or}\n"
     "CLABE {I:012180004829173608}\n"
     "RFC {I:RUVA850317KJ4}\n"
     "tel {T:55 4129 8830}, correo {E:a.ruizv@prodigy-mail.mx}"),
    ("payment_update",
     "Refund to original method\n"
     "cust: {P:Oksana Hrytsenko}\n"
     "card {I:2223 0184 7562 9407}, amount \u20ac64.90\n"
     "ordered from {N:91.214.136.40}, shipped to {A:vul. Sumska 18}, {A:kv. 7}, {C:Kharkiv} {A:61002}"),
    ("payment_update",
     "Payout details updated\n"
     "Payee: {P:Rowena Santos Villanueva}\n"
     "GCash no. {T:0917 204 8836}, BDO acct {I:0042 1873 9920}\n"
     "TIN {I:418-920-337-000}\n"
     "updated by {E:rowena.villanueva@yahoo.com.ph} from {N:49.145.8.211}"),
    # --- tax_form --------------------------------------------------------------------------------------------
    ("tax_form",
     "Self Assessment - SA100 notes\n"
     "Name: {P:Alistair Fenwick}\n"
     "UTR {I:48213 90572}   NINO {I:SH 20 47 19 A}\n"
     "Date of birth {B:22/07/1970}\n"
     "Address {A:The Old Rectory}, {A:Church Lane}, {C:Little Snoring}, {A:NR21 0HR}\n"
     "Agent: {P:Gemma Lister}, {E:gemma@listerandco-accounts.co.uk}"),
    ("tax_form",
     "Form W-9\n"
     "Name: {P:Hector Villalobos}\n"
     "Business name: HV Landscaping LLC\n"
     "SSN {I:577-40-2189}\n"
     "Address {A:9021 Mesa Verde Blvd}, {C:Albuquerque}, NM {A:87120}\n"
     "signed 3/14/24"),
    ("tax_form",
     "Einkommensteuererkl\u00e4rung 2023\n"
     "Steuerpflichtige Person: {P:Anneliese Kr\u00fcger}\n"
     "IdNr. {I:86024173928}, geb. am {B:30.03.1961}\n"
     "Ehemann: {P:Horst Kr\u00fcger}\n"
     "Wohnsitz {A:Am Stadtgraben 3}, {A:48143} {C:M\u00fcnster}"),
    ("tax_form",
     "ITR-1 details\n"
     "Name: {P:Gurpreet Kaur Dhillon}\n"
     "PAN: {I:BQLPD7302H}   DOB: {B:05-10-1987}\n"
     "Aadhaar: {I:9305 1742 8669}\n"
     "Address: {A:House No. 221, Sector 15-A}, {C:Chandigarh} {A:160015}\n"
     "Mobile {T:98140 22761}"),
    ("tax_form",
     "T1 2023 \u2014 {P:Olivia Chen}\n"
     "SIN {I:710 528 613}   DOB {B:1990-12-04}\n"
     "spouse: {P:Daniel Ho}\n"
     "{A:3301 - 1288 W Georgia St}, {C:Vancouver} BC {A:V6E 4R3}\n"
     "prepared by {P:Baljit Grewal}, CPA"),
    ("tax_form",
     "D\u00e9claration des revenus 2023\n"
     "D\u00e9clarant 1 : {P:Jean-Marc Lefebvre}, n\u00e9 le {B:19/07/1984} \u00e0 {C:Paris}\n"
     "NIR {I:1 84 07 75 123 418 95}\n"
     "num\u00e9ro fiscal {I:30 12 482 917 305}\n"
     "adresse {A:8 all\u00e9e des Peupliers}, {A:33600} {C:Pessac}"),
    ("tax_form",
     "Modelo 100 - IRPF\n"
     "Contribuyente: {P:Javier Ortega N\u00fa\u00f1ez}, NIF {I:53028164P}\n"
     "fecha nac. {B:28/02/1975}\n"
     "c\u00f3nyuge: {P:Marta Salas}\n"
     "domicilio {A:C/ Mayor, 12}, {A:2\u00ba izq.}, {A:28013} {C:Madrid}"),
    ("tax_form",
     "Modello 730\n"
     "Contribuente: {P:Giulia Rossetti}, C.F. {I:RSSGLI91T52F205V}\n"
     "nata a {C:Milano} il {B:12/12/1991}\n"
     "residenza {A:Corso Buenos Aires 44}, {A:20124} {C:Milano}\n"
     "tel {T:02 8942 1173}"),
    ("tax_form",
     "Aangifte IB 2023\n"
     "naam: {P:Bram Hendriks}\n"
     "BSN: {I:610392840}   geboortedatum: {B:11-04-1982}\n"
     "fiscale partner: {P:Lotte Visser} (BSN {I:173559207})\n"
     "adres: {A:Oudegracht 211}, {A:3511 NH} {C:Utrecht}"),
    ("tax_form",
     "Declara\u00e7\u00e3o IRPF 2024\n"
     "Titular: {P:Camila Ferreira Duarte}, CPF {I:641.093.827-69}\n"
     "Data de nascimento: {B:17/06/1988}\n"
     "Dependente: {P:Lucas Duarte}, CPF {I:940.182.736-22}\n"
     "Endere\u00e7o: {A:Av. Sete de Setembro, 3200}, {A:apto 1101}, {C:Salvador} - BA, {A:40130-001}"),
    # --- incident_report -------------------------------------------------------------------------------------
    ("incident_report",
     "INC-20931 Phishing\n"
     "reported by: {P:Gwen Aldridge} ({E:g.aldridge@northvale-council.gov.uk})\n"
     "sender spoofed Cllr {P:Hughes}, asked finance to change supplier bank details\n"
     "link clicked from {N:10.20.4.77}; payload host {N:193.36.119.52}\n"
     "affected: {P:Gwen}'s mailbox only. pw reset by {P:T. Marsh}"),
    ("incident_report",
     "Incident: slip in warehouse aisle 7\n"
     "Injured: {P:Kwame Asante}, forklift driver\n"
     "Witnesses: {P:Rosa Lindqvist}, {P:Guy Fairweather}\n"
     "first aid by {P:Faith}. taken to hospital in {C:Milton Keynes} by Mr {P:Asante}'s wife\n"
     "NOK tel {T:07700 900 614}"),
    ("incident_report",
     "Security incident SI-044\n"
     "laptop stolen from the car of Dr {P:Farid Haddadi} outside {A:Carrer de Mallorca 401}, {C:Barcelona}\n"
     "unencrypted spreadsheet held names, DOBs and NHS nos of ~40 pts incl. {P:J. Pereira} ({I:7291048354})\n"
     "DPO {P:Leila Moradi} informed; ICO notification drafted by {P:Ines}"),
    ("incident_report",
     "Occurrence 24-118203\n"
     "Complainant: {P:Deborah-Ann Thibodeaux}, born {B:1967-09-14}\n"
     "Address: {A:1708 Esplanade Ave}, {C:New Orleans} LA {A:70116}\n"
     "suspect described as white male, 40s, called himself '{P:Ray}'\n"
     "Officer: Sgt. {P:Ruiz}"),
    ("incident_report",
     "P1 INC-7712 VPN down\n"
     "start 08:02, detected by {P:Sunita}\n"
     "root cause: cert expired on vpn-gw-02 ({N:10.0.12.5})\n"
     "~400 users affected; Mr {P:Kaplan} escalated to the board\n"
     "fixed by {P:Leon} & {P:Dimitra} 09:47"),
    ("incident_report",
     "ATO case #3391\n"
     "victim: {P:Lerato Mahlangu} {E:lerato.mahlangu@webmail.co.za}\n"
     "attacker logins from {N:41.13.252.98} and {N:196.25.1.200}\n"
     "changed phone to {T:+27 82 417 3390} (not hers; hers is {T:+27 71 520 8841})\n"
     "her SA ID {I:8803140127084} was used in the reset flow \u2014 leaked?"),
    ("incident_report",
     "Incident log - academy, {C:Leeds}\n"
     "pupil {P:Aaliyah Begum} (Y8) hurt her arm in PE. teacher Mr {P:Rowbotham} present.\n"
     "parent (Mrs {P:Begum}) contacted on {T:0113 496 0712}, collected 14:20\n"
     "recorded by {P:H. Clarke}"),
    ("incident_report",
     "Passenger disturbance report\n"
     "flight XX411 LHR-DXB, pax {P:ABDULLAH/OMAR} MR seat 34C, passport {I:FA4729183}\n"
     "crew: {P:Svetlana}, {P:Jun-ho}\n"
     "restrained by crew + pax {P:O'Connell}, handed to {C:Dubai} police on arrival"),
    ("incident_report",
     "Flood report - {A:Flat 12, Riverside Mill}, {A:3 Clyde Street}, {C:Glasgow} {A:G1 4LH}\n"
     "reported by the tenant {P:Kowalczyk} at 07:10; water from flat above (Mr {P:Byrne}'s bathroom)\n"
     "contractor {P:Aidan} attended 09:30\n"
     "landlord {P:Fiona MacLeod} notified {T:0141 496 0288}"),
    ("incident_report",
     "Deviation DEV-0932\n"
     "sample mix-up: tubes for {P:Okonkwo, Chiamaka} (MRN {I:558201}) and {P:Okonkwo, Chinedu} "
     "(MRN {I:558207}) swapped\n"
     "detected by BMS {P:Patel}\n"
     "both pts recalled; {P:Chiamaka}'s DOB {B:03/04/1999} confirmed at redraw"),
    # --- pii_free --------------------------------------------------------------------------------------------
    ("pii_free", "Release notes v10.4.2.1\n- fixed crash when importing CSV with BOM\n"
     "- grace period for renewals is now 14 days"),
    ("pii_free", "Today's menu: Eggs Benedict, Caesar salad, Beef Wellington, Peach Melba and Victoria sponge."),
    ("pii_free", "Parkinson's disease and Alzheimer's disease are covered by the neuro pathway;\n"
     "see the Crohn's guidance for IBD."),
    ("pii_free", "Room booking\nRoom: Churchill (3rd floor)\nTue 14:00-15:00, quarterly planning, finance team"),
    ("pii_free", "Storm Kathleen is expected on Saturday; amber warning for coastal areas until Sunday 06:00."),
    ("pii_free", "Product codes: DE-44-7712, SKU 4400-1289-7731, part no. 3326-118-09 (see catalogue p. 12)"),
    ("pii_free", "Helpdesk stats week 12\nopened 412, closed 398\nmedian first reply 3h12m\nP1 incidents: 0"),
    ("pii_free", "Version 2.10.0.1 needs Python 3.11; see RFC 5322 for address syntax and ISO 8601 for dates."),
    ("pii_free", "Book club list: Pride and Prejudice, Great Expectations, Things Fall Apart, "
     "The Remains of the Day."),
    ("pii_free", "Grace, hope and faith were the themes of the sermon; joy and peace closed the service."),
    ("pii_free", "Invoice INV-2024-00417\nTotal: \u00a31,284.50\nDue: 30 days\nPayment terms: BACS only"),
    ("pii_free", "In the border: iris, rose, sweet william, black-eyed susan and forget-me-not."),
    ("pii_free", "Maintenance window Sat 02:00-04:00 UTC\nservices: api, web, batch\nexpected downtime 15 min"),
    ("pii_free", "Shift pattern: 4 on, 4 off; nights start 19:00; handover at 07:00 in the day room."),
    ("pii_free", "Bestsellers this month: the Hudson sofa, the Marlowe armchair and the Florence dining table."),
    ("pii_free", "Error 0x80070005: access denied.\nRetry, or contact your administrator."),
    ("pii_free", "Ticket template:\nSummary:\nSteps to reproduce:\nExpected:\nActual:"),
    ("pii_free", "Newton's laws, the Pythagorean theorem and the Hippocratic oath are on the syllabus this term."),
    ("pii_free", "Fridge 2 temperature log: 4.1, 3.9, 4.3, 4.0 \u00b0C \u2014 all within the 2-8 range."),
    ("pii_free", "Order #77120 shipped via tracked 48, est. delivery Thursday.\nLines open 8-8 Mon-Fri."),
    ("pii_free", "Mark the box if you agree. Will you attend? Bill to: company account.\nSandy soil drains fast."),
    ("pii_free", "Dawn patrol meets at the slipway at 05:30; ray sightings reported near the buoy, "
     "so keep clear."),
    ("pii_free", "Build 192.168.1 was withdrawn; use 10.0.4 instead.\nCall volume peaked at 1,204 on Monday."),
    ("pii_free", "Minutes: the committee agreed the budget, the AGM date and the new logo.\nNo other business."),
]


def dev10_records() -> list[Labelled]:
    """The tenth hand-written development records, parsed (gold spans on field `text`)."""
    return [parse_marked(kind, marked) for kind, marked in RECORDS]
