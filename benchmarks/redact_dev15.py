"""A fifteenth hand-written gold set for `redact_quality`: realistic multi-line records in the style of the files of
a multinational bank, a hospital group and a public agency. This is a DEVELOPMENT set: rules may be tuned on its
misses.

Records come in 14 styles, twelve of each: help-desk tickets with quoted mail and agent notes (`support_ticket`),
ward-handover, emergency, outpatient, midwife and triage notes (`clinical_note`), HR mail with From/To/CC lines,
hearing minutes and exit interviews (`hr_email`), Slack, WhatsApp, Telegram, Zalo, IRC, SMS and support-widget
chats (`chat_log`), sshd, sudo, cron, postfix, Windows audit, VPN, DHCP, firewall, access and application logs with
user fields (`ops_log`), CSV, TSV, semicolon- and pipe-separated rows with headers (`csv_rows`), envelope and label
address blocks (`postal_block`), KYC, AML, fraud-call, mortgage and wire-recall notes (`bank_note`), sales and
relationship-manager notes (`crm_note`), Reddit, bug-report, classified-ad and help-forum posts (`forum_post`), GP
and hospital referral letters (`referral_letter`), card, direct-debit, SEPA, ACH, CLABE, Pix, Swish and wallet
changes (`payment_update`), tax returns and forms (`tax_form`) and data-breach, health-and-safety, police, aviation,
lab, phishing and security incident reports (`incident_report`); plus 14 PII-free look-alikes (`pii_free`: dishes,
diseases, laws, algorithms, books, furniture and flowers named after people, named storms, eponymous wards, words
that are also given names, version numbers and OIDs shaped like IP addresses, part numbers shaped like phone
numbers).

Text is written the way staff and users write: terse notes, abbreviations (pt, cust, mob, acc, c/o, w/), typos,
missing capitals, quoted replies, tables and logs. People are English, Scottish, Welsh, Irish, American, Canadian
(incl. Québécois), Australian, New Zealand Māori, German, Austrian, Swiss, French, Italian, Spanish, Basque,
Catalan, Mexican, Colombian, Argentine, Portuguese, Brazilian, Dutch, Flemish, Swedish, Norwegian, Danish, Finnish,
Polish, Czech, Romanian, Lithuanian, Greek, Russian, Ukrainian, Kazakh, Turkish, Azerbaijani, Egyptian, Emirati,
Saudi, Iraqi, Israeli, Persian, Afghan, Indian (Hindi, Bengali, Tamil, Telugu, Malayalam, Marathi, Punjabi,
Kannada), Chinese, Taiwanese, Singaporean, Japanese, Korean, Thai, Vietnamese, Filipino, Indonesian, Malay,
Yoruba, Igbo, Akan, Wolof, Kenyan (Kikuyu, Luo, Kalenjin), Swahili, Amharic, Somali, Zulu and Sotho. They appear by
full name, by surname after a title ("Herr", "Mme", "Khun", "Encik", "Bapak", "Shri", "dott.ssa", trailing "様" and
"님" stay outside the mark), by given name alone in greetings and sign-offs, as initials, in SURNAME, Given and
SURNAME/GIVEN order, in East Asian order, in Cyrillic, Greek, Hebrew, Chinese, Japanese and Korean script, as
lower-case handles and log user names, with particles (Ní, Ó, de la, van der, Van den, De, Al-, bin, binti, das),
with possessives (outside the mark) and with given names that are also words (Dawn, Joy, Grace, Hope).
Addresses follow the formats of the UK, Ireland (Eircodes), the US, Canada, Australia, Germany, Austria,
Switzerland, France, Italy, Spain, Portugal, the Netherlands, Belgium, Sweden, Norway, Denmark, Finland, Poland,
Lithuania, Greece, Turkey, Israel, Egypt, Mexico, Colombia, Argentina, Brazil, India, Singapore, Malaysia, the
Philippines, Thailand, Vietnam, China, Japan, Korea, Nigeria, Ghana (GhanaPost GPS), Kenya (P.O. boxes), Somalia
and South Africa. Unicode oddities of real exports occur: no-break spaces inside a card and a phone number, a
full-width space inside a Japanese name, curly quotes and emoji.

Every value (names, streets, postcodes, phones, e-mails, identifiers, IP addresses) was invented for this file;
none comes from the other gold sets, Faker, presidio-evaluator or configs/, and pipeline/ never reads it.
Identifiers whose scheme publishes a check digit carry a valid one, computed for this file: Luhn (payment cards,
Canadian SIN, South African ID, Swedish personnummer, Israeli teudat zehut, Greek AMKA, Emirates ID), IBAN mod 97
with the length of its country (25 countries), NHS number (mod 11), Aadhaar (Verhoeff), German Steuer-ID (ISO 7064
mod 11,10), French NIR, Spanish DNI and NIE, Italian codice fiscale, Dutch BSN (11-proof), Belgian national number,
Polish PESEL, Czech rodné číslo, Romanian CNP, Finnish HETU, Norwegian fødselsnummer, Danish CPR (mod 11),
Portuguese NIF, Turkish TC kimlik, Singapore NRIC, Australian TFN, Swiss AHV number (EAN-13), Chinese resident ID
(ISO 7064 mod 11-2), Argentine CUIT, Brazilian CPF, US ABA routing number and Mexican CLABE;
tests/test_redact_dev15.py checks each of them. The others (US SSN, UK NINO and UTR, Indian PAN, passports, the
Ghana Card, Kenyan ID and KRA PIN, Nigerian BVN and NIN, Indonesian NIK, Malaysian IC, Argentine DNI, RAMQ,
MRNs, hospital and patient numbers, member, employee and staff numbers, account numbers, sort codes, plates) only
have the shape of real ones.

Markup as in redact_dev.py: `{P:...}` PERSON (handles and user names built from a name included), `{A:...}` ADDRESS
(street line, flat, unit, floor or building line, P.O. box and postcode, each marked separately), `{E:...}`
EMAIL_ADDRESS (role addresses too), `{T:...}` PHONE_NUMBER, `{I:...}` ID (national, tax and health identifiers,
cards, IBANs, account numbers, sort codes, passports, medical record, member and employee numbers, plates after a
cue), `{B:...}` DATE_OF_BIRTH (only a date next to a birth cue or in a DOB column), `{N:...}` IP_ADDRESS (IPv4 and
IPv6) and `{C:...}` a town, city or district (neutral). Countries, regions, organisations, products, order,
ticket, claim and mandate references and ordinary dates are not marked.
"""

from __future__ import annotations

from benchmarks.redact_data import Labelled
from benchmarks.redact_dev import parse_marked

RECORDS: list[tuple[str, str]] = [
    # --- support_ticket -------------------------------------------------------------------------------------------
    ("support_ticket",
     "Ticket #58213 — login loop on mobile app\n"
     "From: {P:Siobhán Ní Bhriain} <{E:siobhan.nibhriain@eircom-mail.ie}>\n"
     "> hi, since the update i cant get past the PIN screen. my number is {T:087 412 9036} if easier\n"
     "Agent note ({P:Tomasz Wierzbicki}): verified cust via DOB {B:14/02/1987} + eircode {A:D08 X4K2}. reset device "
     "binding.\n"
     "{P:Siobhán} confirmed working 14:10."),
    ("support_ticket",
     "Subject: RE: card not arriving\n"
     "Customer: Mr {P:Kwabena Ofori-Atta}\n"
     "Addr on file: {A:Flat 3}, {A:41 Brindley Street}, {C:Leicester} {A:LE2 7QS}\n"
     "He says the new card went to his old flat. Old addr {A:9 Harrow Mews}, {C:Coventry} {A:CV3 1PB} — removed.\n"
     "Card blocked; full PAN {I:4716 6454 9717 7351} was in the mail body, agents pls dont paste PANs!!\n"
     "Call back on {T:+44 7700 918 264} after 5pm.\n"
     "— {P:Dawn}, Tier 2"),
    ("support_ticket",
     "Ticket 2024-11-0471 | Kategorie: Online-Banking\n"
     "Kundin: Frau {P:Annegret Schwarzenbach-Kühn}, {A:Lindenstraße 14a}, {A:79098} {C:Freiburg im Breisgau}\n"
     "Tel. {T:0761 4829 301}, mobil {T:+49 171 6620943}\n"
     "Problem: TAN-App zeigt \"Gerät nicht registriert\". IBAN {I:DE36 9535 0014 1987 8779 47}.\n"
     "Bearbeitet von {P:j.oberholzer} (2nd level) – Neuregistrierung ausgelöst."),
    ("support_ticket",
     "#40917 address change request\n"
     "Name: {P:TAKAHASHI Mioko} / {P:高橋美桜子}\n"
     "New address (JP order): 〒{A:150-0012} 東京都{C:渋谷区}{A:広尾3丁目8-14} {A:ソレイユ広尾402号室}\n"
     "Romanised: {A:3-8-14 Hiroo}, {C:Shibuya-ku}, Tokyo {A:150-0012}\n"
     "Phone: {T:090-4718-2265}\n"
     "agent {P:Rahul Venkataraman}: updated kanji + romaji, confirmation sent to {E:m.takahashi88@docomo-mail.jp}"),
    ("support_ticket",
     "Zendesk #771203\n"
     "Requester: {P:DeShawn Whitfield-Grant} ({E:dwhitfield.grant@mailbox-us.net})\n"
     "\"hey my direct deposit didnt show up, routing # {I:070828775} acct {I:4418207736}\"\n"
     "Verified SSN {I:521-48-3307} and address {A:2207 Larkspur Ln}, {A:Apt 14B}, {C:Columbus}, OH {A:43215}\n"
     "Escalated to payments. –{P:Marisol}"),
    ("support_ticket",
     "Billet nº 33018 — changement de nom\n"
     "Cliente : Mme {P:Marie-Ève Tremblay-Gagnon} (anciennement {P:Marie-Ève Tremblay})\n"
     "Adresse : {A:4120, rue Saint-Hubert}, {A:app. 6}, {C:Montréal} (Québec) {A:H2J 2W7}\n"
     "Tél. : {T:514-882-0417} · courriel {E:me.tremblaygagnon@videotron-poste.ca}\n"
     "NAS fourni : {I:262 096 654} (vérifié)\n"
     "Traité par {P:Louis-Philippe Desrochers}"),
    ("support_ticket",
     "Chamado #9052 – erro no Pix\n"
     "Cliente: {P:Thiago Albuquerque Nascimento}, CPF {I:812.561.718-32}\n"
     "End.: {A:Rua Doutor Arnaldo, 1188}, {A:apto 72}, {C:Pinheiros}, {C:São Paulo}/SP, CEP {A:05403-000}\n"
     "WhatsApp {T:+55 11 98472-6630}\n"
     "> \"fiz um pix de R$ 450 e sumiu\" — encaminhado p/ {P:Luana Ribeiro} (backoffice)"),
    ("support_ticket",
     "Ticket INC-22871 | KYC re-verification\n"
     "Customer: {P:Venkata Subrahmanyam Gollapudi} (goes by {P:Subbu})\n"
     "Aadhaar {I:8971 5217 3485}, PAN {I:AKWPG4721M}\n"
     "Addr: {A:Flat 302, Sri Sai Residency}, {A:Road No. 12}, {C:Banjara Hills}, {C:Hyderabad} {A:500034}\n"
     "mob {T:+91 98490 27731}\n"
     "note from {P:priya.n}: docs uploaded twice, merged."),
    ("support_ticket",
     "[문의 #3381] card limit increase\n"
     "고객: {P:박서연} ({P:PARK Seo-yeon})\n"
     "연락처 {T:010-4827-1936}\n"
     "address: 서울 {C:강남구} {A:테헤란로 427}, {A:06159}\n"
     "Agent {P:Kim Dohyun}: limit raised; customer asked us NOT to call her office no. {T:02-3471-8820}"),
    ("support_ticket",
     "Ticket #6620 — failed transfer\n"
     "From: {P:Chukwuemeka Obiora Nwachukwu} <{E:emeka.nwachukwu@yahoo-ng.com}>\n"
     "> Good afternoon, I sent 250,000 to my sister {P:Adaeze} and its showing pending since Friday.\n"
     "BVN {I:22419873051}, acct {I:0123948876}\n"
     "Addr: {A:14 Adeola Odeku Street}, {C:Victoria Island}, {C:Lagos}\n"
     "Phone {T:0803 417 2290}\n"
     "Replied by {P:Funmilayo A.}"),
    ("support_ticket",
     "Ärende 2024-0987 — BankID fungerar inte\n"
     "Kund: {P:Linnéa Åkesson Björk}, personnummer {I:930728-1965}\n"
     "Adress: {A:Kungsgatan 37}, {A:lgh 1203}, {A:411 19} {C:Göteborg}\n"
     "Tel {T:070-318 42 96}\n"
     "Handläggare {P:Oskar Lindqvist}: ny BankID-order skickad."),
    ("support_ticket",
     "Job 14427 — online banking locked\n"
     "cust {P:Brendan O'Loughlin}, {A:Unit 4}, {A:27 Wattle Grove}, {C:Fitzroy North} VIC {A:3068}\n"
     "mob {T:0412 883 106}\n"
     "TFN given on call ({I:133 092 755}) — shouldnt have been, noted in coaching for {P:Kylie}\n"
     "unlocked after 2FA. {P:Brendan} happy."),
    # --- clinical_note --------------------------------------------------------------------------------------------
    ("clinical_note",
     "Ward 7B handover 07:30\n"
     "Bed 4: {P:Margaret Olufunke Adebayo-Smith}, 78F, DOB {B:03/09/1946}, NHS {I:443 132 0474}\n"
     "admitted via ED w/ CAP, on IV co-amox. NOK daughter {P:Yetunde} {T:07700 934 118}\n"
     "Bed 6: Mr {P:Gethin Pryce-Llewelyn} DOB {B:21.11.1952} hosp no {I:K2281934} — post TURP, TWOC tomorrow\n"
     "Nurse {P:Aoife Kavanagh} to chase bloods."),
    ("clinical_note",
     "Aufnahme Notaufnahme — 02:14\n"
     "Pat.: {P:Wojciech Zieliński}, geb. {B:17.06.1979}, wohnhaft {A:Hafenstraße 8}, {A:20359} {C:Hamburg}\n"
     "Pat.-ID {I:0048812673}\n"
     "Sturz vom Fahrrad, GCS 15, Platzwunde frontal. CT-Schädel o.B.\n"
     "Ehefrau {P:Katarzyna} informiert, Tel {T:0176 2931 4408}\n"
     "Dr. {P:Henrike Vollmer}"),
    ("clinical_note",
     "Consultation du 12/03 — Dr {P:Benoît Lachaussée}\n"
     "Patiente : {P:Fatoumata Diallo}, née le {B:08/04/1988}, NIR {I:2 88 04 75 974 891 85}\n"
     "Adresse : {A:17 rue des Envierges}, {A:75020} {C:Paris}\n"
     "Motif : céphalées depuis 3 sem. TA 128/82. Pas de signe de focalisation.\n"
     "Tél. portable : {T:06 48 22 91 37}"),
    ("clinical_note",
     "OPD note — Cardiology, 10:40\n"
     "Pt {P:Muthulakshmi Ramasamy}, 61/F, DOB {B:22-07-1963}, UHID {I:CH-00418827}\n"
     "c/o exertional chest tightness x 2/52. ECG: ST depression V4-6.\n"
     "Son {P:Karthikeyan} accompanying, mob {T:+91 94431 60275}\n"
     "Address {A:No. 18, 3rd Cross Street}, {C:Adyar}, {C:Chennai} {A:600020}\n"
     "Plan: TMT, lipid profile. — Dr {P:S. Anandakrishnan}"),
    ("clinical_note",
     "SEH-notitie 23:05\n"
     "Patiënt: {P:Sander van der Heijden-Bos}, geb. {B:1991-03-30}, BSN {I:130698362}\n"
     "Adres: {A:Oudegracht 211 bis}, {A:3511 NK} {C:Utrecht}\n"
     "Enkeldistorsie rechts na voetbal. X-enkel: geen fractuur.\n"
     "Partner {P:Noor El Amrani} (tel {T:06-41872290}) haalt hem op.\n"
     "arts-assistent {P:F. Wijnands}"),
    ("clinical_note",
     "TRIAGE — ESI 3\n"
     "Name: {P:ALVAREZ-CASTILLO, Jazmín}  MRN {I:00731829}  DOB {B:1996-12-05}\n"
     "CC: abd pain RLQ since last pm, N/V x2. LMP 2 wks ago.\n"
     "Lives {A:1450 W Cermak Rd}, {A:Apt 3F}, {C:Chicago}, IL {A:60608}\n"
     "emerg contact mom {P:Rosalba Castillo} {T:(773) 618-2294}\n"
     "RN {P:Tasha M.}"),
    ("clinical_note",
     "Pronto Soccorso – scheda di dimissione\n"
     "Paziente: {P:Alberto Ferrero}, nato il {B:12/06/1976} a {C:Firenze}\n"
     "C.F. {I:FRRLRT76H12D612Q}\n"
     "Residenza: {A:Via dei Serragli 64}, {A:50124} {C:Firenze}\n"
     "Dolore toracico atipico, troponina neg x2. Dimesso con indicazione a ECG da sforzo.\n"
     "Medico: dott.ssa {P:Chiara Benvenuti}"),
    ("clinical_note",
     "Clinic note — Endocrine\n"
     "Pt: {P:Mostafa Abdelrahman El-Sayed}, 44M, DOB {B:09/01/1980}\n"
     "MRN {I:EG-551873}, insurance member no {I:AXA-77201934}\n"
     "HbA1c 8.9 -> start SGLT2i. Wife {P:Heba} asks for Arabic leaflets.\n"
     "contact {T:+20 100 482 7719}, {A:22 Shehab Street}, {C:Mohandessin}, {C:Giza}"),
    ("clinical_note",
     "Polyclinic consult\n"
     "Pt {P:TAN Wei Ling Cheryl} ({P:陈慧玲}), NRIC {I:S8567970H}, DOB {B:14 Aug 1985}\n"
     "{A:Blk 417 Bedok North Ave 2}, {A:#08-1123}, Singapore {A:460417}\n"
     "HTN f/u, BP 138/86 on amlodipine 5mg. cont. same\n"
     "HP {T:+65 9127 4408}"),
    ("clinical_note",
     "Community midwife visit — day 2 postnatal\n"
     "Mother: {P:Akosua Serwaa Boateng} (DOB {B:1994-05-19}), baby boy {P:Kofi} feeding well, cord clean.\n"
     "Address: {A:14 Nii Ayiku Street}, {C:Dzorwulu}, {C:Accra}; GhanaPost GPS {A:GA-183-8164}\n"
     "Ghana Card {I:GHA-719238461-3}\n"
     "Husband {P:Yaw Mensah-Bonsu} {T:024 418 2276}\n"
     "midwife {P:Abena}"),
    ("clinical_note",
     "Psychiatry OP review\n"
     "Client: {P:Shirin Hosseinzadeh-Tehrani}, DOB {B:1990-02-11}, MRN {I:00918273}\n"
     "Lives w/ brother {P:Dariush} at {A:58 Carlton Vale}, {C:London} {A:NW6 5EU}\n"
     "Mood improved on sertraline 100mg, sleep 6h. No SI/SH.\n"
     "Next appt 4/52. GP: Dr {P:Okonjo}"),
    ("clinical_note",
     "Phiếu khám — Khoa Nhi\n"
     "Bệnh nhi: {P:Nguyễn Minh Khôi}, ngày sinh {B:03/10/2019}\n"
     "Mẹ: {P:Trần Thị Thu Hà}, ĐT {T:0903 418 227}\n"
     "Địa chỉ: {A:45 Lê Thánh Tôn}, {C:Phường Bến Nghé}, {C:Quận 1}, {C:TP. Hồ Chí Minh}\n"
     "Sốt 38.9, ho 3 ngày. Chẩn đoán: viêm họng cấp. — BS {P:Lê Quang Vinh}"),
    # --- hr_email -------------------------------------------------------------------------------------------------
    ("hr_email",
     "From: {P:Ingrid Solheim} <{E:ingrid.solheim@nordbank-group.no}>\n"
     "To: {P:Rajesh Krishnamurthy} <{E:r.krishnamurthy@nordbank-group.no}>\n"
     "CC: payroll-oslo\n"
     "Subject: new starter – {P:Magnus Eide Haugland}\n"
     "Hi {P:Rajesh},\n"
     "{P:Magnus} starts Monday in {C:Bergen}. Fødselsnummer {I:23087500748}, account {I:NO48 9097 2494 060}.\n"
     "Home: {A:Nygårdsgaten 91}, {A:5015} {C:Bergen}. Mobile {T:+47 412 83 906}.\n"
     "Thanks, {P:Ingrid}"),
    ("hr_email",
     "Disciplinary hearing – minutes (CONFIDENTIAL)\n"
     "Present: {P:Gráinne McSorley} (HR), {P:Owain Rhys-Davies} (line manager), {P:Bartholomew Achterberg} "
     "(employee),\n"
     "{P:Ngozi Eze} (union rep)\n"
     "{P:Bartholomew} stated he was unaware of the policy. {P:Owain} disagreed.\n"
     "Outcome letter to be posted to {A:12 Cathedral Road}, {C:Cardiff} {A:CF11 9LJ}.\n"
     "Action: {P:GMcS} to draft by Fri."),
    ("hr_email",
     "Von: {P:Dorothea Kaltenbrunner} <{E:d.kaltenbrunner@hausbank-muenchen.de}>\n"
     "An: Lohnbuchhaltung\n"
     "Betreff: Stammdatenänderung {P:Emre Yıldırım}\n"
     "Hallo zusammen,\n"
     "Herr {P:Yıldırım} ist umgezogen, neu: {A:Schleißheimer Str. 212}, {A:80797} {C:München}.\n"
     "Steuer-ID {I:89 314 546 073}, Geburtsdatum laut Personalakte {B:02.05.1989}.\n"
     "Gruß {P:D. Kaltenbrunner}"),
    ("hr_email",
     "From: {P:Kimberly Nakamura-Reyes} <{E:knakamurareyes@halcyonhealth.org}>\n"
     "To: {E:benefits@halcyonhealth.org}\n"
     "Subject: FW: beneficiary form\n"
     "Please update beneficiary for {P:Marcus T. Oyelaran} (emp #{I:E0048213}) to his spouse {P:Imani Oyelaran}, "
     "DOB {B:07/22/1990}.\n"
     "SSN on form: {I:614-29-8830}. Mailing: {A:8815 Cypress Hollow Dr}, {C:Houston}, TX {A:77036}.\n"
     "-{P:Kim}"),
    ("hr_email",
     "De: {P:Lucía Fernández de la Fuente} <{E:lfernandez@ibermed-salud.es}>\n"
     "Para: {P:Iñaki Etxeberria Goikoetxea}\n"
     "Asunto: alta nueva enfermera\n"
     "{P:Iñaki}, te paso los datos de {P:Valentina Rojas Quintero} (colombiana, NIE {I:Y6412838S}):\n"
     "domicilio {A:Calle de Embajadores 143}, {A:3º B}, {A:28045} {C:Madrid}; móvil {T:612 48 93 07}\n"
     "IBAN {I:ES53 9654 9390 8630 3559 5904}\n"
     "Un saludo, {P:Lucía}"),
    ("hr_email",
     "From: {P:Anjali Bhattacharya} <{E:anjali.b@calcuttatrust-bank.in}>\n"
     "To: {P:Sudipto Chakraborty}; {P:Harpreet Kaur Sandhu}\n"
     "Subject: Re: relocation allowance\n"
     "> {P:Sudipto} da, {P:Harpreet}'s papers are pending\n"
     "Her new address: {A:B-14, Ashok Vihar Phase II}, {C:New Delhi} {A:110052}. Aadhaar {I:4247-2181-1064} (for "
     "salary a/c KYC).\n"
     "Regards, {P:Anjali}"),
    ("hr_email",
     "Od: {P:Małgorzata Wiśniewska-Kołodziej}\n"
     "Do: {E:kadry@bank-wschod.pl}\n"
     "Temat: umowa – {P:Joanna Grzegorzewska}\n"
     "Dzień dobry, w załączeniu dane nowej pracownicy:\n"
     "ur. {B:27.09.1981}, PESEL {I:81092793500}\n"
     "adres: {A:ul. Piotrkowska 118 m. 7}, {A:90-006} {C:Łódź}, tel. {T:+48 601 274 833}\n"
     "Pozdrawiam, {P:M. Wiśniewska-Kołodziej}"),
    ("hr_email",
     "Exit interview notes — {P:Olumide Bankole-Coker}\n"
     "Interviewer: {P:Rachel Goldfarb}\n"
     "Reason: moving to {C:Toronto} with partner {P:Jean-Baptiste Mukendi}.\n"
     "Forwarding address: {A:88 Harbour Street}, {A:Suite 2104}, {C:Toronto}, ON {A:M5J 0B2}\n"
     "Personal email for P45: {E:olumide.bankolecoker@gmx.co.uk}\n"
     "Final pay to sort code {I:20-41-77} acc {I:53921886}."),
    ("hr_email",
     "Subject: Leave request – {P:Ma. Cristina Dimaculangan}\n"
     "Hi Ma'am {P:Joy},\n"
     "Requesting 5 days VL Dec 18-22 to go home to {C:Iloilo City}. Contact while away: {T:0917 582 4410}.\n"
     "Backup: {P:Jerome Villanueva}.\n"
     "Salamat po,\n"
     "{P:Tina}"),
    ("hr_email",
     "From: {P:Yael Ben-Haim} <{E:yael.benhaim@galil-medical.co.il}>\n"
     "To: {P:Avi Mizrahi}\n"
     "Subject: תיק עובד – {P:Noa Shapiro-Levi}\n"
     "{P:Avi}, {P:Noa}'s teudat zehut is {I:248867236}; address {A:רחוב הרצל 42}, {C:חיפה} {A:3303342}.\n"
     "phone {T:052-718-4463}. Please open her file before Sunday."),
    ("hr_email",
     "Von: {P:Reto Brändli}\n"
     "An: {P:Chantal Favre-Bonvin}\n"
     "Betreff: Pensionskasse / AHV\n"
     "Liebe {P:Chantal}\n"
     "Die AHV-Nr. von {P:Luca Bernasconi} lautet {I:756.1718.7917.01}. Wohnadresse: {A:Seefeldstrasse 123}, "
     "{A:8008} {C:Zürich}.\n"
     "IBAN für Lohn: {I:CH23 1700 9514 5731 2360 0}.\n"
     "Gruss {P:Reto}"),
    ("hr_email",
     "From: {P:Wanjiru Kamau} <{E:wkamau@savanna-bank.co.ke}>\n"
     "To: HR Nairobi\n"
     "Subject: staff loan – {P:Otieno Omondi Ochieng}\n"
     "Dear team, kindly process the staff loan for {P:Otieno}. ID No. {I:28419937}, KRA PIN {I:A008472913K}.\n"
     "Postal: {A:P.O. Box 48213}-{A:00100}, {C:Nairobi}. Mobile {T:+254 722 418 903}.\n"
     "Regards, {P:Wanjiru}"),
    # --- chat_log -------------------------------------------------------------------------------------------------
    ("chat_log",
     "[09:12] {P:kofi.asante}: morning all, anyone seen the KYC file for Mrs {P:Delacroix-Owusu}?\n"
     "[09:13] {P:léa.marchand}: yes, sent to {P:bongani} yesterday\n"
     "[09:15] {P:bongani.dlamini}: got it, her SA ID is {I:9203042535089} fyi\n"
     "[09:15] {P:kofi.asante}: pls dont paste IDs in slack 🙄"),
    ("chat_log",
     "[12/04/24, 19:02] {P:Gurpreet Dhillon}: Beta send me your new address for the rakhi parcel\n"
     "[12/04/24, 19:05] {P:Simran}: {A:Flat 9, Elmcroft House}, {A:22 Soho Road}, {C:Birmingham} {A:B21 9BH}\n"
     "[12/04/24, 19:05] {P:Simran}: and use my new no {T:07723 561 840}\n"
     "[12/04/24, 19:06] {P:Gurpreet Dhillon}: ok puttar ❤️"),
    ("chat_log",
     "{P:Дмитрий Соколов}: Скинь реквизиты, переведу за квартиру\n"
     "{P:Ольга Бондаренко}: IBAN {I:UA80 7037 2345 0333 4530 1891 2641 1}, получатель "
     "{P:Бондаренко Ольга Викторовна}\n"
     "{P:Ольга Бондаренко}: тел {T:+380 67 418 2293} если что\n"
     "{P:Дмитрий Соколов}: ок, спасибо, {P:Оля}"),
    ("chat_log",
     "SMS from {T:+971 50 418 7726}:\n"
     "“Hi {P:Fatima}, this is {P:Khalid Al-Mansouri} from the {C:Dubai Marina} branch. Your Emirates ID\n"
     "{I:784-1987-4629183-4} expires next month, pls visit w/ passport.”\n"
     "Reply: “ok thx will come thurs — {P:Fatima Al-Zaabi}”"),
    ("chat_log",
     "<{P:jvanderberg}> who owns the box at {N:10.44.18.203}?\n"
     "<{P:nkhumalo}> thats {P:reza}'s test vm\n"
     "<{P:reza_tehrani}> mine, will kill it today\n"
     "<{P:jvanderberg}> ty"),
    ("chat_log",
     "{P:Phạm Quốc Bảo}: Chị ơi em gửi số tài khoản nhé\n"
     "{P:Phạm Quốc Bảo}: STK {I:0071004829371} Vietcombank, tên {P:PHAM QUOC BAO}\n"
     "{P:Đỗ Thị Mai Anh}: ok em, chị chuyển chiều nay\n"
     "{P:Đỗ Thị Mai Anh}: sđt chị {T:0912 374 881} nhé"),
    ("chat_log",
     "{P:Ayşe Gül Çelik} 10:41: {P:Mehmet} bey'in TC kimlik no {I:64915521722}, sisteme girer misin?\n"
     "{P:Mehmet Öztürk} 10:43: tamam, adres de lazım\n"
     "{P:Ayşe Gül Çelik} 10:44: {A:Bağdat Cad. No: 214 D: 9}, {C:Kadıköy}/{C:İstanbul} {A:34728}\n"
     "{P:Mehmet Öztürk} 10:45: 👍"),
    ("chat_log",
     "Visitor ({P:grace_w}): hi can u change my email to {E:grace.wambui@fastmail-ke.com}\n"
     "Agent {P:Hope}: sure, can you confirm dob and postcode?\n"
     "Visitor ({P:grace_w}): dob {B:11 March 1993}, postcode {A:00200}\n"
     "Agent {P:Hope}: done 👍 anything else, {P:Grace}?"),
    ("chat_log",
     "<{P:amaru_quispe}> yo {P:sofi} u still at {A:Av. Corrientes 2145}, {A:piso 3 dto B}?\n"
     "<{P:sofia.lombardi}> ya no jaja me mudé a {C:Palermo}, {A:Gorriti 4820}, {A:C1414} {C:CABA}\n"
     "<{P:amaru_quispe}> pasame tu cel\n"
     "<{P:sofia.lombardi}> {T:+54 9 11 5832-7710}"),
    ("chat_log",
     "{P:Γιώργος Παπαδόπουλος}: {P:Ελένη}, ο ΑΜΚΑ σου είναι {I:12038840778};\n"
     "{P:Ελένη Μαυρίδου}: ναι. ημ. γέννησης {B:12/03/1988} αν σου ζητήσουν\n"
     "{P:Γιώργος Παπαδόπουλος}: οκ, το στέλνω από το {E:gpapadopoulos@otenet-mail.gr}"),
    ("chat_log",
     "[14:02] {P:hiroshi.watanabe}: {P:Dewi}, can you call the client Bapak {P:Agus Setiawan}?\n"
     "[14:03] {P:dewi.lestari}: sure, number?\n"
     "[14:03] {P:hiroshi.watanabe}: {T:+62 812-3491-6620}, NIK {I:3174052308860004}\n"
     "[14:09] {P:dewi.lestari}: done, Pak {P:Agus} confirmed thurs 10am"),
    ("chat_log",
     "SMS log — collections\n"
     "to {T:+251 911 482 307}: Dear {P:Tsegaye Bekele Alemu}, your loan instalment is overdue. Ref 88213.\n"
     "from {T:+251 911 482 307}: I paid by telebirr yesterday, ask {P:Hirut}\n"
     "to {T:+252 61 5527 904}: Dear {P:Abdirahman Warsame Farah}, pls confirm your address "
     "{A:Maka Al-Mukarama Road}, {C:Mogadishu}"),
    # --- ops_log --------------------------------------------------------------------------------------------------
    ("ops_log",
     "Mar 14 03:12:44 bastion-02 sshd[22817]: Failed password for {P:okechukwu.eze} from {N:185.44.219.17} port "
     "51822 ssh2\n"
     "Mar 14 03:12:51 bastion-02 sshd[22817]: Accepted publickey for {P:okechukwu.eze} from {N:185.44.219.17} port "
     "51822 ssh2\n"
     "Mar 14 03:13:02 bastion-02 sudo: {P:okechukwu.eze} : TTY=pts/1 ; PWD=/home/{P:okechukwu.eze} ; USER=root ;\n"
     "COMMAND=/usr/bin/systemctl restart nginx"),
    ("ops_log",
     "2024-06-02T11:04:17Z INFO  auth.login user_id=88213 email={E:malak.haddad@gulfnet-mail.ae} "
     "ip={N:94.200.17.142} result=ok\n"
     "2024-06-02T11:04:19Z WARN  profile.update user_id=88213 field=phone old={T:+971 4 338 2190} "
     "new={T:+971 56 771 0493}\n"
     "2024-06-02T11:04:19Z INFO  profile.update user_id=88213 field=name value=\"{P:Malak Haddad Al-Nuaimi}\""),
    ("ops_log",
     "Jul  3 22:41:09 mx1 postfix/smtpd[4412]: connect from unknown[{N:41.203.88.19}]\n"
     "Jul  3 22:41:10 mx1 postfix/qmgr[901]: 3F2A81C0: from=<{E:adebola.ogunleye@lagoscredit.ng}>, size=18211, "
     "nrcpt=1\n"
     "Jul  3 22:41:11 mx1 postfix/smtp[4420]: 3F2A81C0: to=<{E:ifeoma.okafor@hospital-enugu.ng}>,\n"
     " relay=mail.hospital-enugu.ng[{N:102.89.33.140}]:25, delay=1.2, status=sent (250 OK)"),
    ("ops_log",
     "EventID 4624 | An account was successfully logged on. Account Name: {P:DLAMINI.S} Account Domain: CORPZA\n"
     "Workstation Name: JHB-LT-0441 Source Network Address: {N:10.12.80.55}\n"
     "EventID 4740 | A user account was locked out. Target Account: {P:vdmerwe.pieter} Caller Computer: DC01\n"
     "EventID 4724 | An attempt was made to reset an account's password. Subject: {P:admin.nkosi} Target: "
     "{P:vdmerwe.pieter}"),
    ("ops_log",
     "2024-09-18 07:58:12 vpn-gw1 login ok user={P:margit.horvath} src={N:2a02:ab88:41c2:9e00::1f} "
     "assigned={N:172.16.40.118}\n"
     "2024-09-18 08:30:44 vpn-gw1 login fail user={P:p.novakova} src={N:85.160.12.201} reason=mfa_timeout\n"
     "2024-09-18 08:31:20 vpn-gw1 login ok user={P:p.novakova} src={N:85.160.12.201} assigned={N:172.16.40.131}"),
    ("ops_log",
     "dhcpd: DHCPACK on {N:192.168.10.57} to 3c:22:fb:91:0e:4a ({P:hanwar}-laptop) via eth1\n"
     "dhcpd: DHCPREQUEST for {N:192.168.10.88} from 90:1b:0e:44:aa:03 (iPhone-de-{P:Camille}) via eth1\n"
     "dhcpd: DHCPACK on {N:192.168.10.88} to 90:1b:0e:44:aa:03 (iPhone-de-{P:Camille}) via eth1"),
    ("ops_log",
     "2024-02-11 16:20:03 | AUDIT | agent={P:s.mukherjee} viewed customer {P:Arindam Sengupta} (CIF {I:70018824})\n"
     "2024-02-11 16:21:40 | AUDIT | agent={P:s.mukherjee} exported statement to "
     "{E:arindam.sengupta@rediff-mail.in}\n"
     "2024-02-11 16:22:05 | AUDIT | agent={P:s.mukherjee} changed mobile to {T:+91 98300 41726}"),
    ("ops_log",
     "{N:88.214.31.9} - {P:luisa.fontana} [21/Apr/2024:10:14:02 +0200] \"GET /portale/profilo HTTP/1.1\" 200 5123\n"
     "{N:88.214.31.9} - {P:luisa.fontana} [21/Apr/2024:10:14:09 +0200] \"POST "
     "/portale/iban?v={I:IT79K2586754047769914115184} HTTP/1.1\" 302 0\n"
     "{N:151.38.72.4} - - [21/Apr/2024:10:15:30 +0200] \"GET /favicon.ico HTTP/1.1\" 404 0"),
    ("ops_log",
     "level=error ts=2024-05-09T02:11:43Z msg=\"payout failed\" payee=\"{P:Adwoa Nyarko}\" "
     "account={I:1441002938471}\n"
     "level=info ts=2024-05-09T02:11:44Z msg=\"retry scheduled\" payee=\"{P:Adwoa Nyarko}\" "
     "phone={T:+233 20 771 4385}\n"
     "level=info ts=2024-05-09T02:11:44Z msg=\"notified ops\" to={E:payments-oncall@westafrica-bank.com}"),
    ("ops_log",
     "Nov  2 01:00:01 db-03 CRON[3321]: ({P:zhang.haoran}) CMD (/opt/backup/run.sh)\n"
     "Nov  2 01:07:55 db-03 sudo: {P:liu_yuting} : TTY=pts/0 ; PWD=/srv ; USER=postgres ; COMMAND=/usr/bin/psql\n"
     "Nov  2 01:08:10 db-03 postgres[4410]: LOG: connection authorized: user=app_ro database=crm host={N:10.8.3.22}"),
    ("ops_log",
     "2024-10-01 13:44:09 DENY TCP {N:45.83.64.201}:44123 -> {N:10.20.0.15}:3389 rule=block-rdp\n"
     "2024-10-01 13:44:12 ALLOW TCP {N:10.20.4.77}:52210 -> {N:10.20.0.15}:443 user=CORP\\{P:aoconnell}\n"
     "2024-10-01 13:45:01 ALLOW UDP {N:10.20.4.77}:5353 -> {N:224.0.0.251}:5353 rule=mdns"),
    ("ops_log",
     "[2024-08-14 09:00:12] ticket.assign id=30112 assignee={P:somchai.k} requester=\"{P:Nattaya Srisuwan}\"\n"
     "[2024-08-14 09:03:40] ticket.comment id=30112 author={P:somchai.k} body=\"call cust on {T:081 734 5502}\"\n"
     "[2024-08-14 09:10:02] ticket.close id=30112 by={P:somchai.k}"),
    # --- csv_rows -------------------------------------------------------------------------------------------------
    ("csv_rows",
     "row,full_name,dob,postcode,phone\n"
     "1,{P:Eilidh MacKinnon},{B:1984-07-12},{A:IV2 4JY},{T:07812 440 913}\n"
     "2,{P:Ruairí Ó Conchúir},{B:1979-01-30},{A:H91 E2K7},{T:+353 86 201 4478}\n"
     "3,{P:Bronwyn Tait},{B:1992-10-04},{A:9016},{T:021 448 3107}"),
    ("csv_rows",
     "emp_no\tsurname\tgiven\tiban\tnational_id\n"
     "{I:HR-4410}\t{P:KOWALCZYK}\t{P:Agnieszka}\t{I:PL89 5756 9426 6887 9332 4811 5669}\t{I:95031286309}\n"
     "{I:HR-4411}\t{P:NOVÁKOVÁ}\t{P:Petra}\t{I:CZ15 7045 9804 2228 8844 8847}\t{I:885712/4034}\n"
     "{I:HR-4412}\t{P:POPESCU}\t{P:Andrei Mihai}\t{I:RO83 BTRL 6892 4561 9132 6589}\t{I:1840709734904}"),
    ("csv_rows",
     "MRN | Patient | DOB | Ward | Consultant\n"
     "{I:RX0048123} | {P:Oyelowo, Tomiwa} | {B:02/11/1958} | Ward 12 | Dr {P:Haddad}\n"
     "{I:RX0048140} | {P:Chowdhury, Nusrat Jahan} | {B:17/06/1971} | Ward 12 | Dr {P:Haddad}\n"
     "{I:RX0048152} | {P:Fairweather, Ross} | {B:29/02/1964} | Ward 9 | Dr {P:Mwangi}"),
    ("csv_rows",
     "Name;Vorname;Straße;PLZ;Ort;Geburtsdatum\n"
     "{P:Müller-Lüdenscheidt};{P:Friederike};{A:Am Kupfergraben 6};{A:10117};{C:Berlin};{B:09.12.1967}\n"
     "{P:Oberhuber};{P:Alois};{A:Maximilianstraße 3};{A:6020};{C:Innsbruck};{B:23.04.1955}\n"
     "{P:Gashi};{P:Blerim};{A:Hauptstrasse 71};{A:4051};{C:Basel};{B:30.08.1990}"),
    ("csv_rows",
     "txn_id,cardholder,card_number,exp,email\n"
     "88001,{P:Hannah Okonkwo-Reid},{I:4539 5189 7956 0862},08/27,{E:hannah.or@btmail-uk.com}\n"
     "88002,{P:Santiago Restrepo Londoño},{I:5412 2792 0791 9078},11/26,{E:srestrepo@une-correo.co}\n"
     "88003,{P:Haruto Inoue},{I:3530 1929 6295 0505},03/28,{E:haruto.inoue@ocn-mail.jp}"),
    ("csv_rows",
     "nome,cpf,nascimento,cep,celular\n"
     "{P:Maria das Graças Figueiredo},{I:424.249.262-63},{B:1962-05-14},{A:30130-100},{T:(31) 99821-4470}\n"
     "{P:João Victor Pacheco},{I:916.589.033-74},{B:2001-09-08},{A:40015-970},{T:(71) 98134-2209}"),
    ("csv_rows",
     "henkilötunnus;nimi;osoite;postinumero;kaupunki\n"
     "{I:140582-450R};{P:Aino Häkkinen};{A:Mannerheimintie 44 B 12};{A:00260};{C:Helsinki}\n"
     "{I:030903A606H};{P:Venla Laaksonen};{A:Hämeenkatu 19 A 3};{A:33200};{C:Tampere}"),
    ("csv_rows",
     "sr,name,aadhaar,mobile,pin\n"
     "1,{P:Lakshmi Narayanan Iyer},{I:6969 2195 7559},{T:9840172263},{A:600004}\n"
     "2,{P:Shabnam Begum},{I:9384 6120 1890},{T:+91 70440 18326},{A:700017}\n"
     "3,{P:Rohan Deshmukh},,{T:9822 045 318},{A:411038}"),
    ("csv_rows",
     "ref|name|emirates_id|mobile|area\n"
     "KYC-201|{P:Saeed Obaid Al-Ketbi}|{I:784-1992-5183047-9}|{T:050 771 2264}|{C:Al Barsha}\n"
     "KYC-202|{P:Mariam Yousef Al-Hashimi}|pending|{T:+971 55 230 9917}|{C:Khalifa City}\n"
     "KYC-203|{P:Hussein Kadhim Al-Jubouri}|Iraqi passport {I:A18472936}|{T:+964 770 418 3321}|{C:Deira}"),
    ("csv_rows",
     "claim,member_name,member_id,dob,zip\n"
     "CL-7781,\"{P:Whitaker, Dolores J.}\",{I:HXW882013447},{B:1949-03-22},{A:85016}\n"
     "CL-7782,\"{P:Nguyen, Tuan Anh}\",{I:HXW882019903},{B:1983-11-07},{A:77072}\n"
     "CL-7783,\"{P:Begay, Lorraine}\",{I:HXW882024512},{B:1975-06-18},{A:86515}"),
    ("csv_rows",
     "staff_no,name_native,name_latin,mobile,email\n"
     "{I:S-3310},{P:이준호},{P:LEE Junho},{T:010-2294-8815},{E:junho.lee@hanbit-fin.kr}\n"
     "{I:S-3311},{P:山本 彩花},{P:YAMAMOTO Ayaka},{T:080-2291-7734},{E:ayaka.yamamoto@hanbit-fin.kr}\n"
     "{I:S-3312},{P:黃志明},{P:HUANG Chih-ming},{T:0912-448-306},{E:cm.huang@hanbit-fin.kr}"),
    ("csv_rows",
     "naam;rijksregisternr_of_bsn;adres;postcode;gemeente\n"
     "{P:Wouter De Smedt};{I:86.04.22-453.42};{A:Kouter 17};{A:9000};{C:Gent}\n"
     "{P:Femke Jansen-Visser};{I:4471.27.159};{A:Prinsengracht 630-2};{A:1017 KT};{C:Amsterdam}\n"
     "{P:Yusuf Demirci};onbekend;{A:Vaartstraat 12 bus 3};{A:3000};{C:Leuven}"),
    # --- postal_block ---------------------------------------------------------------------------------------------
    ("postal_block",
     "Mr {P:Callum Fraser-Munro}\n"
     "{A:2/1}, {A:47 Hyndland Road}\n"
     "{C:Glasgow}\n"
     "{A:G12 9UX}"),
    ("postal_block",
     "{P:Caoimhe Ní Dhomhnaill}\n"
     "{A:Apartment 12, The Maltings}\n"
     "{A:Bridge Street}\n"
     "{C:Kilkenny}\n"
     "{A:R95 K7T3}"),
    ("postal_block",
     "{P:ROSALIND ABERNATHY-COLE}\n"
     "{A:4417 N SHERIDAN RD} {A:APT 908}\n"
     "{C:CHICAGO} IL {A:60640-5521}\n"
     "USA"),
    ("postal_block",
     "Herrn Dr. {P:Konstantin Wehrheim}\n"
     "c/o Familie {P:Albrecht}\n"
     "{A:Kastanienallee 29}\n"
     "{A:10435} {C:Berlin}\n"
     "GERMANY"),
    ("postal_block",
     "Madame {P:Solène Abitbol}\n"
     "{A:Résidence Les Tilleuls, Bât. C}\n"
     "{A:8 avenue Jean-Jaurès}\n"
     "{A:69007} {C:Lyon}\n"
     "FRANCE"),
    ("postal_block",
     "Gent.ma Sig.ra {P:Rosaria Lo Giudice}\n"
     "{A:Via Maqueda 318}\n"
     "{A:90134} {C:Palermo} (PA)\n"
     "ITALIA"),
    ("postal_block",
     "C. {P:Guadalupe Itzel Hernández Bautista}\n"
     "{A:Calle Durango 247}, {A:Int. 5}\n"
     "Col. {C:Roma Norte}, {C:Cuauhtémoc}\n"
     "C.P. {A:06700} {C:Ciudad de México}, CDMX"),
    ("postal_block",
     "〒{A:530-0001}\n"
     "大阪府{C:大阪市北区}{A:梅田2丁目4-9}\n"
     "{A:ブリーゼタワー17階}\n"
     "{P:中村 健太郎} 様"),
    ("postal_block",
     "To,\n"
     "Shri {P:Ramchandra Vishwanath Kulkarni}\n"
     "{A:Plot No. 22, Sahyadri Society}\n"
     "{A:Karve Road}, {C:Kothrud}\n"
     "{C:Pune} – {A:411029}\n"
     "Maharashtra"),
    ("postal_block",
     "{P:Thandiwe Mokoena-Ndlovu}\n"
     "{A:Unit 14, Fairview Gardens}\n"
     "{A:31 Jan Smuts Avenue}\n"
     "{C:Parktown North}\n"
     "{C:Johannesburg}\n"
     "{A:2193}"),
    ("postal_block",
     "Sr. {P:Raimundo Nonato Carvalho}\n"
     "{A:Av. Beira Mar, 3120}\n"
     "{A:Bloco B, Apto 1504}\n"
     "{C:Meireles} – {C:Fortaleza}/CE\n"
     "CEP {A:60165-121}"),
    ("postal_block",
     "Fr. {P:Emmanuel Kiprotich Rotich}\n"
     "St. Joseph's Parish\n"
     "{A:P.O. Box 1174}\n"
     "{C:Eldoret}\n"
     "{A:30100}\n"
     "KENYA"),
    # --- bank_note ------------------------------------------------------------------------------------------------
    ("bank_note",
     "KYC review — cust {P:Olawale Babatunde Adeyemi-Jones}\n"
     "DOB {B:1977-08-30}, passport {I:558247193} (GBR), NINO {I:JT 48 27 16 C}\n"
     "Proof of addr: council tax bill, {A:Flat 22}, {A:Wendover Court}, {A:Finchley Road}, {C:London} {A:NW3 6DN}\n"
     "PEP screening: no match. Risk: medium (cash-intensive business).\n"
     "Analyst: {P:Heather McAllister}"),
    ("bank_note",
     "AML alert 2024-3318 — structuring suspected\n"
     "Subject: {P:Abdullah bin Rashid Al-Shamsi}, acct {I:SA74 8449 6279 2043 6178 2707}\n"
     "9 cash deposits of SAR 9,500 over 12 days at {C:Riyadh} & {C:Dammam} branches.\n"
     "Counterparty: {P:Yousef Al-Qahtani}, IBAN {I:AE44 6668 5682 8926 8179 590}\n"
     "Escalated to MLRO {P:Sunita Raghavan}."),
    ("bank_note",
     "Fraud call 14:22 — inbound from {T:0113 288 4109}\n"
     "Caller claimed to be Mrs {P:Pamela Hargreaves}; failed ID&V (could not give DOB or postcode).\n"
     "Genuine cust contacted on registered mob {T:07946 312 870}, confirmed she made no call.\n"
     "Card {I:5573 4164 7066 3042} blocked + reissued to {A:16 Beech Grove}, {C:Harrogate} {A:HG2 0ET}\n"
     "Agent {P:Imran Qureshi}"),
    ("bank_note",
     "Mortgage app #M-55018 — {P:Harjit Singh Grewal} & {P:Mandeep Kaur Grewal}\n"
     "Property: {A:7731 Sunnyside Crescent}, {C:Surrey}, BC {A:V3W 8L2}\n"
     "SIN (Harjit) {I:742-870-728}, DOB {B:1981-04-16}\n"
     "Employer letter ok; {P:Mandeep}'s T4 missing — chase.\n"
     "Broker: {P:Liam Gauthier} {T:604-558-2271}"),
    ("bank_note",
     "Wire recall — sent in error\n"
     "Ordering cust: {P:Hélène Zimmermann-Roux}, IBAN {I:CH46 0076 2225 1239 3704 5}\n"
     "Beneficiary: {P:Kristof Van den Broeck}, {I:BE98 6379 1880 7819} ({C:Antwerpen})\n"
     "EUR 18,400, value date 04/06. Recall sent via gpi.\n"
     "Called cust on {T:+41 22 731 88 04} — she confirmed a typo in the IBAN.\n"
     "Ops: {P:Nadia Berisha}"),
    ("bank_note",
     "Re-KYC — {P:Md. Rafiqul Islam}\n"
     "PAN {I:AFRPI8832K}, Aadhaar {I:2346 1977 0504}\n"
     "Addr: {A:House No. 45, Lane 3}, {A:Rajarhat Main Road}, {C:Kolkata} {A:700136}\n"
     "mob {T:+91 83348 20971}\n"
     "Video KYC done by {P:Deepika Hegde}, face match ok."),
    ("bank_note",
     "New a/c opening — {P:Ngozi Chiamaka Okeke} (maiden name {P:Eze})\n"
     "BVN {I:22381904716}, NIN {I:48291037512}\n"
     "DOB {B:21/09/1990}\n"
     "Address: {A:Plot 17, Ogui Road}, {C:Enugu}\n"
     "Referee: Mr {P:Obinna Udeh}, customer's employer, tel {T:0706 118 4432}"),
    ("bank_note",
     "Nota de cumplimiento — clienta {P:Milagros Gorostiaga}\n"
     "CUIT {I:27-74933630-2}, DNI {I:34.871.226}\n"
     "Domicilio: {A:Av. Santa Fe 3255}, {A:4° C}, {A:C1425BGK} {C:Buenos Aires}\n"
     "Cuenta en España: {I:ES33 2100 0528 5596 6542 5987}\n"
     "Tel {T:+54 11 4826-3310}\n"
     "Oficial: {P:Rocío Benítez}"),
    ("bank_note",
     "KYC-notat — {P:Søren Lykke Mortensen}\n"
     "CPR {I:190681-2203}, født {B:19.06.1981}\n"
     "Adresse: {A:Nørrebrogade 148, 3. tv.}, {A:2200} {C:København N}\n"
     "Konto {I:DK23 7601 3637 0058 23}\n"
     "tlf {T:+45 28 41 77 90}\n"
     "Sagsbeh.: {P:Mette Kjærgaard}"),
    ("bank_note",
     "KYC — 客户 {P:李晓雯} ({P:LI Xiaowen})\n"
     "身份证号 {I:310104198905163462}，出生日期 {B:1989-05-16}\n"
     "地址: {C:上海市徐汇区} {A:漕溪北路398号} {A:12楼1203室}，邮编 {A:200030}\n"
     "手机 {T:+86 139 1742 8806}\n"
     "RM: {P:Vivian Cheung}"),
    ("bank_note",
     "Loan review — {P:Moshe Abergel}, ID {I:310203211}\n"
     "IBAN {I:IL65 0307 9039 0598 7137 113}\n"
     "Address: {A:Rehov Ben Yehuda 87}, {C:Tel Aviv} {A:6343522}\n"
     "Guarantor: {P:Shoshana Peretz}, tel {T:054-336-9021}\n"
     "Officer: {P:Eitan Rosenblatt}"),
    ("bank_note",
     "Nota KYC — {P:Inês Carvalho Sousa Magalhães}\n"
     "NIF {I:223 431 222}, IBAN {I:PT46 1317 2300 7668 8867 2864 2}\n"
     "Morada: {A:Rua de Santa Catarina 512}, {A:3.º Esq.}, {A:4000-446} {C:Porto}\n"
     "Tlm {T:912 448 037}, data de nascimento {B:1986-10-02}\n"
     "Gestor: {P:Rui Fonseca}"),
    # --- crm_note -------------------------------------------------------------------------------------------------
    ("crm_note",
     "Call w/ {P:Gareth Bevan} (FD, Bevan & Sons Ltd) — 15 min\n"
     "wants FX hedging for EUR invoices. Follow up Tues.\n"
     "His PA {P:Lowri} on {T:01792 648 205}; direct {E:gareth.bevan@bevansons-swansea.co.uk}"),
    ("crm_note",
     "Acct: Nakashima Dental Group\n"
     "Contact: Dr {P:Kenji Nakashima-Ruiz}, cell {T:(206) 331-8842}\n"
     "Met at {C:Bellevue} office, {A:10900 NE 8th St}, {A:Suite 1400}, {A:98004}. Interested in practice loan "
     "refi.\n"
     "Assistant {P:Bethany} handles scheduling: {E:bethany@nakashimadental.com}"),
    ("crm_note",
     "Termin mit Herrn {P:Oberbichler} am 12.3. — Thema Baufinanzierung\n"
     "Objekt: {A:Sonnenstraße 17}, {A:83022} {C:Rosenheim}\n"
     "Ehefrau {P:Theresa Oberbichler} möchte Zweitkonto; Tel. {T:08031 22 91 46}\n"
     "Nächster Schritt: Unterlagen per Mail an {E:t.oberbichler@gmx-mail.de}"),
    ("crm_note",
     "Note RDV — M. {P:Mamadou Lamine Ndiaye}\n"
     "Souhaite ouvrir un compte pro pour sa société à {C:Dakar} ; adresse perso : {A:62 rue de la Goutte d'Or}, "
     "{A:75018} {C:Paris}.\n"
     "Tél. {T:+221 77 514 38 20} / {T:07 52 18 44 90}\n"
     "Recommandé par {P:Awa}, cliente depuis 2015."),
    ("crm_note",
     "Acct mgr notes – {P:Rodelio Macaraeg} (aka {P:Jun})\n"
     "Remittance client, sends to wife {P:Marites} in {C:Batangas City} monthly.\n"
     "Wants better FX rate; mobile {T:+63 917 448 2019}\n"
     "PH address: {A:Blk 7 Lot 22, Villa Rosario Subd.}, {C:Lipa}, Batangas {A:4217}"),
    ("crm_note",
     "Meeting note — Khun {P:Pimchanok Wongsawat} (CFO, Siam Orchid Foods)\n"
     "Discussed THB/USD credit line. Her EA {P:Kanokwan} {T:+66 2 254 8810}\n"
     "email {E:pimchanok.w@siamorchid-foods.co.th}\n"
     "Site visit {A:1448 Sukhumvit Road}, {C:Khlong Toei}, {C:Bangkok} {A:10110}"),
    ("crm_note",
     "Lead: Encik {P:Mohd Faizal bin Abdul Rahman}\n"
     "Interested in Islamic home financing, property at {A:No. 12, Jalan SS 2/64}, {A:47300} {C:Petaling Jaya}\n"
     "Call back {T:012-338 4471}; wife Puan {P:Nurul Aini binti Hassan} co-applicant, IC {I:840512-10-5532}"),
    ("crm_note",
     "Call log: {P:Shane McGillivray} rang re business overdraft.\n"
     "Owns a cafe in {C:Fremantle}, {A:54 South Terrace}, WA {A:6160}\n"
     "mob {T:0433 912 085}, wife {P:Leanne} does the books\n"
     "follow up w/ {P:Priyanka} in credit."),
    ("crm_note",
     "VIP 고객 메모 — {P:최민준} 님 ({P:Choi Min-jun})\n"
     "자녀 유학 송금 문의. 연락처 {T:010-7731-2046}, 이메일 {E:minjun.choi@naver-mail.kr}\n"
     "자택: 서울 {C:서초구} {A:반포대로 58}, {A:래미안 103동 1502호}"),
    ("crm_note",
     "Seguimiento — Lic. {P:Ximena Carrasco Villalobos}\n"
     "Interesada en cuenta empresarial; oficina en {A:Av. Paseo de la Reforma 296}, {A:piso 19}, Col. {C:Juárez}, "
     "C.P. {A:06600}\n"
     "Cel {T:55 4139 2087}, correo {E:xcarrasco@grupo-tlaloc.mx}\n"
     "Próxima llamada el jueves; su socio {P:Emiliano} también participa."),
    ("crm_note",
     "Walk-in: {P:Abdul Wahid Noorzai} and son {P:Farhad}\n"
     "Refugee status docs ok; wants basic account. Temp address {A:Flat 5}, {A:33 Stockwell Park Road}, {C:London} "
     "{A:SW9 0DA}\n"
     "Translator {P:Zarmina Habibi} (Dari) {T:07398 114 602}"),
    ("crm_note",
     "Note: {P:Bríd Ní Shúilleabháin} rang complaining about fees again — third call this month.\n"
     "Offered fee refund €25. Prefers email {E:brid.nishuilleabhain@eir-mail.ie}\n"
     "address: {A:Ballyvourney Road}, {C:Macroom}, Co. Cork {A:P12 X2W9}\n"
     "— {P:Declan}"),
    # --- forum_post -----------------------------------------------------------------------------------------------
    ("forum_post",
     "r/UKPersonalFinance · posted by u/{P:rhiannon_pugh}\n"
     "Title: bank closed my account with no reason??\n"
     "my name is literally on the letter ({P:Rhiannon Pugh}, {A:3 Tŷ Coch Lane}, {C:Pontypridd}) and they wont say "
     "why\n"
     "Edit: removed my sort code lol\n"
     "> u/{P:ledger_larry}: file a complaint, they have 8 weeks to answer then go to the FOS"),
    ("forum_post",
     "Title: Export crashes when surname has apostrophe\n"
     "Steps: create customer \"{P:D'Arcy O'Shaughnessy}\" -> export CSV -> HTTP 500\n"
     "Log: name=`{P:D'Arcy O'Shaughnessy}` email={E:darcy.os@testmail-ie.com}\n"
     "Reported by {P:mkowalski} on v4.12.3 (build 2291), Firefox 126"),
    ("forum_post",
     "FOR SALE: cot bed + mattress, £40 ono. collection only from {C:Didsbury} ({A:M20})\n"
     "text {P:Becky} on {T:07854 220 961}\n"
     "no time wasters pls!!"),
    ("forum_post",
     "Hallo zusammen, mein Vermieter Herr {P:Brockmann} will die Kaution nicht zurückzahlen.\n"
     "Wohnung war {A:Talstraße 44}, {A:40217} {C:Düsseldorf}, Auszug am 31.05.\n"
     "Hat jemand Erfahrung? LG {P:Svenja}\n"
     "--\n"
     "Antwort von {P:ra_kleinschmidt}: Schriftlich mahnen, Frist 2 Wochen setzen."),
    ("forum_post",
     "u/{P:anand_iyer_blr}: sharing my experience with \"KYC update\" msgs\n"
     "they asked me to email my Aadhaar ({I:5874 6418 3813}) to a gmail id, obviously a scam: "
     "{E:kyc.update.sbi@gmail.com}\n"
     "Reported to cybercrime portal. My mobile {T:+91 99001 23874} got 5 calls the same day smh"),
    ("forum_post",
     "Asunto: ¿alguien conoce a este arrendador?\n"
     "Me pidió el depósito a Bancolombia ahorros {I:0452 7718 2093} a nombre de {P:Jhon Fredy Ocampo Restrepo},\n"
     "cel {T:+57 310 448 2917}. Nunca entregó el apto en {A:Cra. 43A #18-95}, {C:El Poblado}, {C:Medellín}.\n"
     "Cuidado!! — {P:Daniela_M}"),
    ("forum_post",
     "u/{P:tremblay_jf}: CRA scam call today\n"
     "they called from {T:(416) 847-2290} and said i owed $3,000, guy said his name was \"Officer "
     "{P:Daniel Brooks}\" lol\n"
     "anyway reported it to the CAFC, dont give them anything"),
    ("forum_post",
     "件名: 全角スペースを含む名前で検索できない\n"
     "例: 「{P:佐々木　優子}」で検索すると0件、「{P:佐々木優子}」だとヒットする\n"
     "連絡先: {E:y.sasaki@kanto-dev.jp}\n"
     "環境: v2.8.0 / Chrome 124 / Windows 11\n"
     "報告者: {P:tanaka_ryo}"),
    ("forum_post",
     "Scam alert: fake recruiter\n"
     "Got a LinkedIn msg from \"{P:Olivia Chen-Hartley}\" <{E:olivia.hartley.hr@outlook-jobs.net}> offering remote "
     "work,\n"
     "then she asked for a passport scan. Her \"office\" is {A:41 Lime Yard}, {C:London} {A:EC3M 7BD} (doesnt "
     "exist).\n"
     "Number she used: {T:+44 7418 336 902}. Beware.\n"
     "— posted by {P:m.ogunbiyi}"),
    ("forum_post",
     "Temat: pomyłkowy przelew\n"
     "Przelałem 2000 zł na zły numer konta {I:PL09 1020 7373 1976 8633 5386 1408}, odbiorca "
     "{P:Krzysztof Dąbrowski}.\n"
     "Bank nie chce podać adresu. Ktoś wie co dalej? {P:tomek_zawadzki}\n"
     "> {P:ania.k}: zgłoś reklamację, bank musi wezwać odbiorcę do zwrotu"),
    ("forum_post",
     "Mada: M-Pesa reversal\n"
     "Nilituma Ksh 5,000 kwa namba {T:0722 918 440} kimakosa, jina likaonyesha {P:JUMA ALI HAMISI}.\n"
     "Nimepiga Safaricom mara tatu. Msaada? — {P:mama_baraka}"),
    ("forum_post",
     "Satılık: 2+1 daire, {C:Çankaya}/{C:Ankara}\n"
     "Adres: {A:Tunalı Hilmi Cad. 88/5}, {A:06680}\n"
     "İletişim: {P:Elvin Məmmədov} {T:0532 418 77 20}\n"
     "Emlakçı aramasın!"),
    # --- referral_letter ------------------------------------------------------------------------------------------
    ("referral_letter",
     "Dear Dr {P:Ramanathan},\n"
     "Re: Mrs {P:Philippa Castellanos-Webb}, DOB {B:11/07/1959}, NHS No {I:410 354 1237}\n"
     "{A:27 Orchard Close}, {C:Bath} {A:BA2 5RT}\n"
     "Thank you for seeing this lady with a 3-month history of progressive dysphagia to solids and 4kg weight "
     "loss.\n"
     "I would be grateful for an urgent OGD under the 2WW pathway.\n"
     "Yours sincerely,\n"
     "Dr {P:Alasdair Grieve}"),
    ("referral_letter",
     "Überweisung an: Dr. med. {P:Ulrike Fassbender}, Fachärztin für Neurologie\n"
     "Patient: {P:Jonas Pfeiffer-Ahmadi}, geb. {B:04.02.1993}\n"
     "Anschrift: {A:Goethestraße 61}, {A:60313} {C:Frankfurt am Main}\n"
     "Fragestellung: rez. Kopfschmerzen mit Aura, bitte MRT-Indikation prüfen.\n"
     "Mit freundlichen Grüßen, {P:K. Achterhold}"),
    ("referral_letter",
     "To: Dr {P:Meenakshi Sundaram}, Nephrology\n"
     "Ref: Mr {P:Joseph Varghese Kuriakose}, 58 y, DOB {B:15-03-1966}\n"
     "Address {A:Kuriakose Villa, TC 14/882}, {C:Pattom}, {C:Thiruvananthapuram} {A:695004}\n"
     "S. creatinine 2.8 mg/dl, rising over 3 months. Kindly evaluate. Ph {T:+91 94470 31852}\n"
     "Dr {P:Anoop Nair}"),
    ("referral_letter",
     "Référence — Dre {P:Marguerite Boisvert}, dermatologie\n"
     "Patient : {P:Amaury Lefebvre-Ouellet}, DDN {B:1988-09-23}, RAMQ {I:LEFA 8809 2314}\n"
     "Adresse : {A:1280, boul. René-Lévesque Ouest}, {A:app. 1104}, {C:Québec} {A:G1S 1W2}\n"
     "Lésion pigmentée atypique au dos, ABCDE +. Merci de le voir rapidement.\n"
     "— Dr {P:Pierre-Olivier Simard}"),
    ("referral_letter",
     "Dear Dr {P:Nguyen},\n"
     "I'd be grateful if you could review {P:Kirra Anderson-Walker} (DOB {B:02/06/2001})\n"
     "of {A:12 Banksia St}, {C:Alice Springs} NT {A:0870}\n"
     "re recurrent tonsillitis, 7 episodes in the past 12 months.\n"
     "Mum {P:Jodie} mob {T:0407 338 915}\n"
     "Kind regards, Dr {P:Felicity Wong}"),
    ("referral_letter",
     "Verwijsbrief — aan: dr. {P:E. Groenewegen}, cardioloog\n"
     "Betreft: mevr. {P:Anouk Terpstra}, geb. {B:17-10-1970}, BSN {I:791400542}\n"
     "{A:Lange Nieuwstraat 9}, {A:2611 ER} {C:Delft}\n"
     "Palpitaties, holter: paroxysmaal AF. Graag beoordeling.\n"
     "Met collegiale groet, {P:J.H. de Wit}, huisarts"),
    ("referral_letter",
     "Dear Dr {P:Pillay},\n"
     "Referring Mr {P:Sipho Mthembu}, ID {I:8506176316089}, DOB {B:1985-06-17}, re poorly controlled epilepsy.\n"
     "Address: {A:2287 Mphuthi Street}, {C:Orlando West}, {C:Soweto} {A:1804}\n"
     "Cell {T:072 418 3306}\n"
     "Yours, Dr {P:Nomvula Khumalo}"),
    ("referral_letter",
     "Al collega dott. {P:Gianluca Ferraresi}\n"
     "Invio la sig.ra {P:Mara Coppi}, nata il {B:18/11/1983} a {C:Bari}, C.F. {I:CPPMRA83S58A662X},\n"
     "per valutazione ortopedica (gonalgia dx).\n"
     "Residente in {A:Corso Cavour 211}, {A:70121} {C:Bari}. Tel. {T:340 418 2273}\n"
     "Cordiali saluti, dott.ssa {P:Annalisa Trevisan}"),
    ("referral_letter",
     "Hoja de interconsulta — Neumología\n"
     "Paciente: {P:Rafael Montoya Ibáñez}, DNI {I:47684450E}, f. nac. {B:03/02/1958}\n"
     "Domicilio: {A:C/ de Sant Vicent Màrtir 89}, {A:pta. 12}, {A:46007} {C:València}\n"
     "Motivo: disnea de esfuerzo, sospecha de EPOC. Solicito espirometría.\n"
     "Dra. {P:Montserrat Puigdomènech}"),
    ("referral_letter",
     "Henvisning til ØNH-poliklinikken\n"
     "Pasient: {P:Eirik Aasen Strand}, f.nr. {I:11119037583}, født {B:11.11.1990}\n"
     "Adresse: {A:Thereses gate 14}, {A:0168} {C:Oslo}\n"
     "Problemstilling: ensidig hørselstap venstre øre siden mars.\n"
     "Fastlege {P:Kari Nordahl}"),
    ("referral_letter",
     "Παραπεμπτικό — Καρδιολογικό\n"
     "Ασθενής: {P:Νικόλαος Κωνσταντινίδης}, ημ. γέννησης {B:05/07/1991}, ΑΜΚΑ {I:05079171384}\n"
     "Διεύθυνση: {A:Εγνατίας 112}, {A:546 30} {C:Θεσσαλονίκη}\n"
     "Τηλ. {T:694 218 3307}\n"
     "Ιατρός: {P:Δ. Αλεξίου}"),
    ("referral_letter",
     "Dear Dr {P:Adeyinka},\n"
     "Re: Baby {P:Chidera Okonkwo}, DOB {B:14/01/2024}, hosp no {I:NH4471823}\n"
     "Parents {P:Uchenna} & {P:Amaka Okonkwo}, {A:Flat 6}, {A:19 Lordship Lane}, {C:London} {A:SE22 8HU}\n"
     "Referred with prolonged jaundice at day 21, SBR 212. Stools pale per mum.\n"
     "Dr {P:Clare Whitmore}, ST4 Paediatrics"),
    # --- payment_update -------------------------------------------------------------------------------------------
    ("payment_update",
     "Payment method updated — customer {P:Elif Karaca}\n"
     "New card {I:2221 8070 2823 0008} exp 09/28, billing address {A:Atatürk Blv. No: 45}, {C:Çankaya}, {A:06420} "
     "{C:Ankara}\n"
     "Refund IBAN {I:TR82 4829 2084 4669 3797 7482 22}\n"
     "Confirmation sent to {E:elif.karaca@turkmail-net.com.tr}"),
    ("payment_update",
     "DD mandate set up\n"
     "Payer: {P:Alistair} & {P:Morag Cunningham}\n"
     "Sort code {I:83-91-26}, account {I:40178233}, ref MORT-44182\n"
     "Address: {A:Croft House}, {A:Braemar Road}, {C:Ballater} {A:AB35 5RQ}"),
    ("payment_update",
     "Mandat SEPA modifié\n"
     "Débiteur : {P:Yannick Le Bihan}, {A:14 rue de Siam}, {A:29200} {C:Brest}\n"
     "IBAN : {I:FR46 0514 3782 5112 7562 2210 589}\n"
     "Créancier : Mutuelle Armor Santé\n"
     "Modifié le 03/09 par {P:c.guillou}"),
    ("payment_update",
     "ACH change request\n"
     "Employee: {P:Tremaine Jefferson-Boyd}\n"
     "New routing {I:021807020}, account {I:000281447632}, type: checking\n"
     "Approved by {P:Jennifer Kowalski-Diaz} ({E:jkowalski-diaz@cedarpoint-payroll.com})"),
    ("payment_update",
     "Cambio de cuenta para dispersión\n"
     "Beneficiaria: {P:Ana Sofía Treviño Garza}\n"
     "CLABE {I:014180716937407808}\n"
     "Correo {E:anasofia.trevino@prodigy-mx.net}, cel {T:81 1742 9930}\n"
     "Domicilio fiscal: {A:Av. Constitución 1450 Pte.}, {C:Monterrey}, N.L., C.P. {A:64000}"),
    ("payment_update",
     "GCash wallet linked\n"
     "Account name: {P:JUAN MIGUEL P. SANTOS}\n"
     "Wallet no. {T:0917 220 4481}\n"
     "Linked card {I:5234 6505 7139 1712}\n"
     "Updated by agent {P:rhea.b}"),
    ("payment_update",
     "Atualização de chave Pix\n"
     "Titular: {P:Camila Ferreira Dantas}\n"
     "Chave antiga (e-mail): {E:camila.dantas@uol-mail.com.br}\n"
     "Chave nova (CPF): {I:866.363.035-22}\n"
     "Conta c/c {I:48812-7}, IBAN {I:BR70 7535 2147 5433 1334 0737 511C 1}"),
    ("payment_update",
     "Änderung Bankverbindung\n"
     "Mitglied {P:Hannelore Spießberger}, Mitgliedsnr. {I:M-0049182}\n"
     "neue IBAN {I:DE28370400443160086993}, BIC COBADEFFXXX\n"
     "Anschrift unverändert: {A:Kirchweg 3}, {A:94032} {C:Passau}\n"
     "geändert von {P:fk} am 02.04."),
    ("payment_update",
     "Card replaced — {P:Priyanka Chaudhary-Sethi}\n"
     "new PAN {I:4024\u00a05131\u00a05639\u00a09004} exp 01/29\n"
     "Tokens re-provisioned to Apple Pay on \"{P:Priyanka}'s iPhone\"\n"
     "SMS sent to {T:+44\u00a07911\u00a0204\u00a0583}"),
    ("payment_update",
     "Swish-nummer ändrat\n"
     "Kund: {P:Erik Johansson-Nyberg}, personnr {I:870214-9173}\n"
     "Nytt Swish-nr kopplat till {T:073-412 88 01}\n"
     "Konto {I:SE67 5516 4765 1645 6313 4066}\n"
     "Adress {A:Storgatan 12 B}, {A:852 30} {C:Sundsvall}"),
    ("payment_update",
     "Ενημέρωση τρόπου πληρωμής\n"
     "Πελάτισσα: {P:Σταυρούλα Καραγιάννη}\n"
     "IBAN {I:GR57 2872 9323 9955 3959 4655 454}\n"
     "Κάρτα {I:5105 9429 9844 7334}\n"
     "email {E:s.karagianni@forthnet-mail.gr}"),
    ("payment_update",
     "Salary account change — {P:Youssef Ashraf Mahmoud}\n"
     "IBAN {I:EG06 2519 5934 2351 0046 0916 3910 3}\n"
     "Address {A:14 Mohamed Mazhar St}, {C:Zamalek}, {C:Cairo}\n"
     "Mob {T:+20 122 318 4407}\n"
     "HR contact {P:Nourhan}"),
    # --- tax_form -------------------------------------------------------------------------------------------------
    ("tax_form",
     "SA100 Tax Return 2023-24 — page TR 1\n"
     "Name: {P:Rupert Ashdown-Whyte}   UTR {I:84721 93058}   NINO {I:NR 33 41 28 B}\n"
     "Address: {A:The Old Rectory}, {A:Church Lane}, {C:Little Shelford}, {C:Cambridge} {A:CB22 5HG}\n"
     "Phone: {T:01223 840 617}\n"
     "Agent: {P:Sabrina Okafor} ACA"),
    ("tax_form",
     "Form W-9 (Rev. March 2024)\n"
     "1 Name: {P:Luis Alberto Mendoza Jr.}\n"
     "5 Address: {A:3920 Bonita Vista Dr}\n"
     "6 City, state, ZIP: {C:San Diego}, CA {A:92115}\n"
     "Part I SSN: {I:537-71-0284}\n"
     "Signature: {P:L. A. Mendoza}   Date 01/15/2024"),
    ("tax_form",
     "Einkommensteuererklärung 2023 — Anlage Kind\n"
     "Steuerpflichtige: {P:Sabine Hollerbach}, IdNr {I:27353316484}\n"
     "Kind: {P:Leonie Hollerbach}, geb. {B:14.09.2015}\n"
     "Anschrift: {A:Am Mühlbach 9}, {A:91054} {C:Erlangen}\n"
     "Bankverbindung für Erstattung: {I:DE19 7635 0000 4673 6532 68}"),
    ("tax_form",
     "Déclaration des revenus 2023 (2042)\n"
     "Déclarant 1 : {P:Thibault Marchetti}, né le {B:30/11/1979}, NIR {I:1 79 11 69 912 450 47}\n"
     "Déclarant 2 : {P:Nadège Marchetti-Ouédraogo}\n"
     "Domicile : {A:23 quai Saint-Vincent}, {A:69001} {C:Lyon}\n"
     "Tél. {T:04 78 29 61 14}"),
    ("tax_form",
     "Tax file number declaration\n"
     "1 TFN: {I:869 615 421}\n"
     "2 Name: {P:PARATA, Ngaio Mere}\n"
     "4 Home address: {A:6/18 Kingsford Smith Dr}, {C:Hamilton} QLD {A:4007}\n"
     "6 Date of birth: {B:22/12/1986}\n"
     "Email {E:ngaio.parata@bigpond-mail.com.au}"),
    ("tax_form",
     "ITR-1 (SAHAJ) AY 2024-25\n"
     "Name: {P:Keerthana Reddy Bommireddy}\n"
     "PAN {I:BQRPB5521H}, Aadhaar {I:5298 5785 8320}, DOB {B:07/04/1992}\n"
     "Address: {A:Flat 1102, Aparna Towers}, {C:Kondapur}, {C:Hyderabad} {A:500084}\n"
     "Mobile {T:+91 91000 48273}, e-mail {E:keerthana.bommireddy@gmail.com}"),
    ("tax_form",
     "IRS Modelo 3 — 2023\n"
     "Sujeito passivo A: {P:Duarte Nuno Vasconcelos}, NIF {I:281601062}\n"
     "Morada: {A:Av. da Liberdade 190}, {A:5.º Dto}, {A:1250-147} {C:Lisboa}\n"
     "Dependente: {P:Matilde Vasconcelos}, data de nascimento {B:2012-06-21}"),
    ("tax_form",
     "Form B1 — Year of Assessment 2024\n"
     "Name: {P:Muhammad Irfan bin Zulkifli}\n"
     "NRIC {I:T0337225H}\n"
     "Address: {A:Blk 622 Choa Chu Kang North 6}, {A:#11-240}, Singapore {A:680622}\n"
     "Contact no. {T:8412 7730}"),
    ("tax_form",
     "Modello 730/2024 — frontespizio\n"
     "Contribuente: {P:Giulia Esposito}, C.F. {I:SPSGLI90B54F839K}, nata il {B:14/02/1990} a {C:Napoli}\n"
     "Residenza: {A:Via Toledo 256}, {A:80134} {C:Napoli}\n"
     "Telefono {T:081 552 7419}"),
    ("tax_form",
     "T1 General 2023 — Identification\n"
     "Last name: {P:CHANG}   First name: {P:Wei-Lun}\n"
     "SIN {I:729710285}   Date of birth (YYYY-MM-DD): {B:1979-08-03}\n"
     "Mailing address: {A:1503-1288 W Georgia St}, {C:Vancouver} BC {A:V6E 4R3}\n"
     "Marital status: married — spouse {P:Siew Ling Tan}"),
    ("tax_form",
     "Yıllık Gelir Vergisi Beyannamesi 2023\n"
     "Mükellef: {P:Burak Şahin}, TCKN {I:64268128456}\n"
     "Adres: {A:Kazımdirik Mah. 372. Sok. No: 8 D: 3}, {A:35040} {C:Bornova}/{C:İzmir}\n"
     "Tel {T:0232 388 41 72}, e-posta {E:burak.sahin@ttmail-net.com.tr}"),
    ("tax_form",
     "Modelo 100 IRPF 2023\n"
     "Declarante: {P:Carmen Rosario Albarracín Quiroga}, NIF {I:16901019-K}\n"
     "Cónyuge: {P:Javier Echeverría Sanz}\n"
     "Domicilio: {A:Calle Mayor 41}, {A:2º izda}, {A:31001} {C:Pamplona}\n"
     "Cuenta devolución: {I:ES88 0182 4717 4292 4741 1667}\n"
     "Tel {T:948 22 71 36}"),
    # --- incident_report ------------------------------------------------------------------------------------------
    ("incident_report",
     "Incident INC-9920 — misdirected email\n"
     "On 04/03 {P:Natasha Volkova} (Ops) sent a statement for {P:Andrius Petrauskas} to the wrong recipient\n"
     "({E:a.petrauskas@gmail-lt.com} instead of {E:andrius.petrauskas@takas-mail.lt}).\n"
     "Statement showed IBAN {I:LT44 7300 0086 1793 7541} and address {A:Gedimino pr. 28-14}, {A:LT-01104} "
     "{C:Vilnius}.\n"
     "Recipient asked to delete; DPO {P:Fiona Gallagher} informed."),
    ("incident_report",
     "H&S incident report — slip in staff canteen\n"
     "Injured person: {P:Bogdan Ionescu}, porter, emp no {I:P-22817}\n"
     "Witness: {P:Layla Haddad} {T:020 8835 4470}\n"
     "First aid by {P:Samuel Asamoah-Gyasi}. Minor bruising, returned to work.\n"
     "Wet-floor sign missing — facilities informed."),
    ("incident_report",
     "Crime ref 24/118203 — theft from vehicle\n"
     "Victim: {P:Caitlin Ferguson}, DOB {B:16/04/1990}, {A:8 Marchmont Crescent}, {C:Edinburgh} {A:EH9 1HG}\n"
     "Vehicle reg {I:SK19 XHT}, rear window smashed, laptop taken.\n"
     "Witness Mr {P:Daniyar Seitkali} {T:07488 102 553} saw a male, 20s, dark hoodie.\n"
     "OIC PC {P:Hamish Lennox}"),
    ("incident_report",
     "ASR — cabin crew injury\n"
     "Flight XY482 FRA-LOS, 12 JUN\n"
     "Pax {P:OKORIE/CHINONSO} MR, seat 32C, passport {I:A07749213}\n"
     "Turbulence, hot water spilled onto crew member {P:Katharina Brandl}, burn L forearm.\n"
     "Reported by SCCM {P:M. Schreiber}"),
    ("incident_report",
     "Lab incident — sample mislabel\n"
     "Sample for {P:Ravindra Prasad Tiwari} (MRN {I:HM-3391827}, DOB {B:1956-02-28}) labelled with details of\n"
     "{P:Ravi Tiwari} (MRN {I:HM-3391872}).\n"
     "Detected by BMS {P:Joanna Przybylska} at 14:10; both samples rejected, wards informed."),
    ("incident_report",
     "SEC-2211 phishing click\n"
     "User {P:t.moreau} ({P:Timothée Moreau}) clicked a link from {E:security-alert@micros0ft-verify.com} at 09:41\n"
     "Source IP {N:10.31.7.144}, C2 {N:193.42.118.6}\n"
     "Laptop isolated by {P:Baraka Mwangi}; creds reset, MFA re-enrolled."),
    ("incident_report",
     "Skarga — nieuprawnione ujawnienie danych\n"
     "Skarżąca: {P:Aleksandra Wójcik-Nowak}, {A:ul. Mokotowska 51 m. 12}, {A:00-542} {C:Warszawa}\n"
     "Twierdzi, że konsultant {P:Kamil} odczytał jej PESEL ({I:88041528024}) w obecności sąsiadki.\n"
     "Nagranie rozmowy z nr {T:+48 22 418 73 09} zabezpieczone."),
    ("incident_report",
     "Datix W-4471 — fall on ward\n"
     "Pt {P:Hilda Rosenqvist}, 91, DOB {B:08/08/1932}, hosp no {I:RQ2218840}\n"
     "found on floor by HCA {P:Precious Moyo} 03:20; neuro obs normal, no head injury.\n"
     "Daughter {P:Annika} informed on {T:07401 228 913}"),
    ("incident_report",
     "Security log — tailgating\n"
     "Visitor {P:Arash Karimi-Nejad} (badge V-2291) followed staff member {P:Olga Kuznetsova} through door 3.\n"
     "Stopped by guard {P:Sipho}, escorted to reception. CCTV clip saved."),
    ("incident_report",
     "Schademelding — aanrijding\n"
     "Verzekerde: {P:Liesbeth Vermeulen}, kenteken {I:KZ-781-P}\n"
     "Tegenpartij: {P:Hakan Aydın}, kenteken {I:9-TRN-44}, tel {T:06 2891 4470}\n"
     "Plaats: {C:Amsterdam}-Zuid, 17:45, lichte schade aan bumper."),
    ("incident_report",
     "Incident — ATM skimmer found at {C:Nottingham} branch\n"
     "Affected cards (reissued):\n"
     "cust {P:Trevor Ashworth} {I:4929 9172 0671 2296}\n"
     "cust {P:Gurleen Bains} {I:6011-7985-1450-1397}\n"
     "cust {P:Desmond Achebe-Clarke} {I:3782 177388 93845}\n"
     "Reported by branch mgr {P:Lorraine Oduya}"),
    ("incident_report",
     "Incident report — benefits office, {C:Bradford}\n"
     "Claimant Mr {P:Faisal Mahmood Qureshi}, NINO {I:WL 72 19 03 D}, became aggressive at the counter.\n"
     "Staff member {P:Jo Sutcliffe} pressed the alarm. Police called; no injuries.\n"
     "Claimant address {A:41 Lumb Lane}, {C:Bradford} {A:BD8 7QX}"),
    # --- pii_free -------------------------------------------------------------------------------------------------
    ("pii_free",
     "Menu — Sunday lunch\n"
     "Starter: Caesar salad or Waldorf salad\n"
     "Main: Beef Wellington with Béarnaise, Potatoes Dauphinoise\n"
     "Dessert: Peach Melba, Pavlova, Crêpes Suzette\n"
     "Wine: Château Margaux 2015, Dom Pérignon 2012"),
    ("pii_free",
     "Differentials: Parkinson's disease vs essential tremor; r/o Cushing's syndrome and Addison's disease.\n"
     "Hx Bell's palsy 2019, Raynaud's phenomenon. GCS 15, Babinski negative.\n"
     "Plan: Holter monitor, Doppler of carotids, Apgar chart reviewed for the neonatal unit audit."),
    ("pii_free",
     "Release notes v10.4.2.1\n"
     "- upgraded OpenSSL to 3.0.13 and zlib to 1.3.1\n"
     "- firmware build 4.18.220.7 now default on model RX-200\n"
     "- schema migration 2.10.0.44 (run before 2.10.1.0)\n"
     "- fixed crash on Android 14.0.0.31"),
    ("pii_free",
     "Parts list — kitchen refit\n"
     "Hinge, soft close: part 020-7946-1180 x 12\n"
     "Drawer runner 450mm: part 0161-496-0032 x 6\n"
     "Worktop joint kit: SKU 07700 900 123\n"
     "Delivery slot: Thursday AM"),
    ("pii_free",
     "Met Office summary\n"
     "Storm Agnes brought gusts of 70 mph to western coasts, followed a week later by Storm Babet.\n"
     "Hurricane Florence and Typhoon Haiyan are used as reference cases in the resilience training.\n"
     "Outlook: sunny spells, scattered showers."),
    ("pii_free",
     "Garden plan, border B\n"
     "Rose 'Queen Elizabeth', Iris germanica, Black-eyed Susan, Sweet William, Lily of the valley\n"
     "Clematis 'Nelly Moser', Fuchsia 'Mrs Popple', Dahlia 'Bishop of Llandaff'\n"
     "mulch in March, feed fortnightly."),
    ("pii_free",
     "Showroom order — ref SO-22819\n"
     "2x Chesterfield sofa (oxblood), 1x Davenport writing desk, 1x Ottoman\n"
     "Eames-style lounge chair (replica), Windsor chairs x 4, Tiffany lamp\n"
     "Delivery via Victoria Station goods entrance."),
    ("pii_free",
     "Quarterly reading group\n"
     "Anna Karenina, Jane Eyre, Don Quixote, Oliver Twist, The Count of Monte Cristo\n"
     "Bonus: Moby-Dick. Meeting in the Florence Nightingale room, Mary Seacole wing, 3rd floor."),
    ("pii_free",
     "Engineering notes\n"
     "Moore's law is slowing; Amdahl's law limits the speed-up. Murphy's law applies to the release.\n"
     "Use Dijkstra's algorithm for routing and a Kalman filter for smoothing; Fourier transform on the raw feed.\n"
     "Doxygen docs regenerated; Kubernetes 1.29.4 cluster upgraded."),
    ("pii_free",
     "Config snippet\n"
     "ntp pool: 0.pool.ntp.org 1.pool.ntp.org\n"
     "snmp OID 1.3.6.1.4.1.9.9.13\n"
     "ISBN 978-0-14-044913-6 for the training manual\n"
     "error 0x80070005, code E-4410-2291"),
    ("pii_free",
     "Will we have enough hope left for the new year? Grace period ends Friday.\n"
     "Mark the date in your diary; Faith in the rota is low.\n"
     "Dawn shift moved to 6am, Frank discussion at the huddle, Bill to follow from facilities.\n"
     "Rose gold finish is out of stock."),
    ("pii_free",
     "Card products 2025\n"
     "Visa Platinum, Mastercard World Elite, Amex Gold and UnionPay Diamond remain on sale.\n"
     "SWIFT gpi tracking, ISO 20022 pacs.008 and Basel III liquidity rules apply to all of them.\n"
     "Apple Pay and Google Wallet provisioning for every product."),
    ("pii_free",
     "Travel policy reminder\n"
     "Staff flying to Charles de Gaulle must use terminal 2E; the Kilimanjaro summit trip is not reimbursable.\n"
     "Victoria line closures: use the Jubilee line. Lake Victoria field visit needs sign-off from Compliance."),
    ("pii_free",
     "Ward directory\n"
     "Nightingale Ward (Level 4), Lister Theatre suite, Fleming microbiology lab, Jenner vaccination clinic\n"
     "Switchboard extension list: 2210, 2211, 4471\n"
     "Version 3.2 of the directory, printed 2024."),
]


def dev15_records() -> list[Labelled]:
    """The fifteenth hand-written development set, parsed (gold spans on field `text`)."""
    return [parse_marked(kind, marked) for kind, marked in RECORDS]
