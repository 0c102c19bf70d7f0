"""An eighth hand-written gold set for `redact_quality`: realistic multi-line records, written to measure and tune the
redaction detector. This is a DEVELOPMENT set: rules may be tuned on its misses.

Records come in 14 styles, in roughly equal numbers: help-desk tickets exported from Zendesk, Freshdesk, Zoho Desk,
Spiceworks and ServiceNow with their fields (`helpdesk_ticket`), discharge summaries, clinic, triage and therapy
notes (`clinical_note`), HR memos and case notes (`hr_memo`), Slack, Teams, Discord, Mattermost, IRC, WhatsApp and
Google Chat exports, much of it in lower case (`team_chat`), application and server logs (JSON lines, logfmt,
syslog and sshd, nginx and Apache, postfix, Kubernetes events, database audit lines with user and customer fields;
`app_log`), CRM, billing, payroll and patient exports as CSV, TSV and pipe tables, with and without a header and
with "Last, First" cells (`csv_export`), envelopes, shipping labels and return addresses (`address_label`), KYC,
AML, fraud, SWIFT and SEPA notes (`bank_memo`), CRM activity and call logs (`crm_activity`), forum threads with
quoted replies, signatures and user names (`forum_thread`), referral letters (`referral_letter`), bills and
payment reminders (`billing_notice`), tax-return form lines (`tax_return`) and complaint letters
(`complaint_letter`); plus PII-free look-alikes (`pii_free`: shops and brands named after people, eponymous
diseases, laws and prizes, saints' days, famous streets used as places in prose, Title Case headings, product and
plant names, named storms, months and weekdays, empty form templates, version numbers shaped like IP addresses,
order and lot numbers shaped like phone numbers, job titles and departments).

People come mainly from the cultures that the customers of a Western European, North American or Indian company
have: English (UK, US, Canada, South Africa, New Zealand), Irish, Scottish Gaelic and Welsh, Spanish, Mexican,
Colombian, Argentine and Catalan, Portuguese and Brazilian, French, Québécois, Belgian, Haitian and Congolese,
German, Swiss and Austrian, Italian, Dutch and Flemish, Danish, Norwegian and Finnish, Polish, Czech, Hungarian,
Romanian, Russian, Ukrainian and Belarusian, Greek, Turkish, Kurdish, Persian and Afghan, Arabic (Saudi, Lebanese,
Egyptian, Moroccan; bin and bint), Indian (Hindi, Marathi, Tamil, Kannada, Malayalam, Bengali,
Punjabi Sikh), Sri Lankan, Bangladeshi, Nepali and Tibetan, Chinese (pinyin and characters), Vietnamese, Thai,
Korean, Japanese, Indonesian (single names), Filipino, Maori, Nigerian, Ghanaian, Somali, Ethiopian, Eritrean and
Jamaican. Names appear in the forms real data has: `SURNAME, Given`, `SURNAME/GIVEN MS`, `SURNAME Given`,
family name first, all capitals, initials, particles (Ó, Ní, Nic, Mac, de la, y, dos, da, von, zu, van den, ter,
bin, Al-, El-, Abu), lone given names in greetings, sign-offs and mid-sentence, lower-case names in chat and log
fields, names repeated later in another form or case, possessives, names in e-mail addresses, user names and
handles, and given names that are also English words (Faith, Hope, Grace, Summer, April, June, May, Rose, Ruby,
Pearl, Crystal, Dawn, Sunny, Hunter, Chase, Wade, Dean, Guy, Ray, Glen, Lance, Rocky). Addresses follow the real
formats of the UK, Ireland, the US, Canada (Québec too), Mexico, Colombia, Argentina, Brazil, Portugal, Spain,
France, Belgium, the Netherlands, Denmark, Norway, Finland, Switzerland, Germany, Austria, Czechia, Hungary,
Romania, Greece, Turkey, Lebanon, Egypt, Morocco, Saudi Arabia, India, Nepal, Sri Lanka, Bangladesh, China, Japan,
Thailand, Vietnam, Indonesia, the Philippines, South Africa, Nigeria, Ghana, Australia and New Zealand. Unicode
oddities of real exports occur: no-break spaces inside a card and a phone number, thin spaces inside a card number, a
zero-width space inside an e-mail address, a full-width ＠, curly quotes, a soft hyphen inside a name and mojibake
names ("FranÃ§ois").

Every value (names, streets, house numbers, postcodes, phones, e-mails, identifiers, IP addresses) was invented
for this file, typed record by record; none comes from the other gold sets, Faker, presidio-evaluator or configs/,
and pipeline/ never reads it. Identifiers whose scheme publishes a check digit carry a valid one, computed for this
file: payment cards, Canadian SIN, Greek AMKA and South African ID (Luhn); IBANs (mod 97, with the length of their
country); NHS number, Irish PPSN, Aadhaar (Verhoeff), French NIR, German Steuer-ID (ISO 7064 mod 11,10), Belgian
national number, Dutch BSN (11-proof), Portuguese NIF, Czech rodné číslo, Hungarian TAJ, Romanian CNP, Turkish TC
Kimlik, Brazilian CPF, Mexican CURP, PRC resident ID, Danish CPR, Norwegian fødselsnummer, Finnish HETU and Spanish
DNI; tests/test_redact_dev8.py checks each of them. The others (US SSN and ITIN, UK NINO, PAN, passports, driving
licences, MRNs, health plan and member numbers, sort codes, BSB and account numbers, Nigerian TIN, Ghana Card) only
have the shape of real ones.

Markup as in redact_dev.py: `{P:...}` PERSON (handles and user names built from a name included; titles such as
"Mr", "Mrs", "Dr", "Herr", "Frau", "Mme", "M.", "D.ª", "Shri", "Smt", "MUDr.", "Bapak", "Bu" stand outside),
`{A:...}` ADDRESS (street line, flat, unit, floor or building line, P.O. box, postcode, each part marked separately),
`{E:...}` EMAIL_ADDRESS (a name inside the address is part of it), `{T:...}` PHONE_NUMBER, `{I:...}` ID (national, tax
and health identifiers, cards, IBANs, bank accounts and sort codes, passports, licences, MRNs, member numbers),
`{B:...}` DATE_OF_BIRTH (the date only, next to a birth cue), `{N:...}` IP_ADDRESS, `{C:...}` a town, city or
district (neutral). Countries, regions and states, organisations, products, order and ticket numbers and ordinary
dates are not marked. Some JSON log lines keep their braces; the markup never uses a brace otherwise.
"""

from __future__ import annotations

from benchmarks.redact_data import Labelled
from benchmarks.redact_dev import parse_marked

RECORDS: list[tuple[str, str]] = [
    # --- help-desk tickets -------------------------------------------------------------------------------------
    ("helpdesk_ticket",
     "Ticket #48213 · Status: Open · Priority: High · Channel: Email\n"
     "Requester: {P:Siobhán Ní Dhuibhir} <{E:siobhan.nidhuibhir@eircom-mail.ie}>\n"
     "Assignee: {P:Tadhg Mac Giolla Phádraig} (Tier 2)\n"
     "Subject: Refund not received for order 7734-1190\n"
     "Hi {P:Tadhg}, {P:Siobhán}'s account still shows the charge on the card ending 4471. She can be reached on "
     "{T:+353 87 614 2290} after 5pm.\n"
     "Internal note: address on file {A:Apt 4, Lissadell House}, {A:18 Ballyhooly Road}, {C:Cork} {A:T23 K6P4}."),
    ("helpdesk_ticket",
     "Freshdesk ticket 20931 | Type: Complaint | Group: Field Service\n"
     "Contact: {P:HARGREAVES, Dawn}\n"
     "Email: {E:dawn.hargreaves@btinternet-mail.co.uk} | Phone: {T:07700 918 442}\n"
     "Company: Hargreaves & Lyle Joinery Ltd\n"
     "Description: Boiler service booked for {A:27 Chantry Close}, {C:Harrogate} {A:HG2 7QE} but the engineer never "
     "came. {P:Dawn} says {P:Wade} from your team promised a callback.\n"
     "Tags: missed_visit, callback"),
    ("helpdesk_ticket",
     "Number: INC0048817   State: In Progress   Impact: 2 - Medium\n"
     "Caller: {P:Ravindra Shankar Kulkarni} (user id {P:rkulkarni})\n"
     "Location: {A:Wing C, 4th Floor}, {A:Sahyadri Business Park}, {A:Baner Road}, {C:Pune} {A:411045}\n"
     "Short description: VPN drops every 20 min from {N:10.42.17.208}\n"
     "Work notes: Called {P:Ravindra} on {T:+91 98220 41736}; handed over to {P:Farah} in the network team.\n"
     "Resolved by: {P:A. K. Menon}"),
    ("helpdesk_ticket",
     "#55102 \"Can't log in after password reset\"\n"
     "Requester: {P:Hunter Bjornstad} ({E:hunter.b@prairielink.ca})\n"
     "Organisation: Bjornstad Seed & Feed\n"
     "Last IP: {N:142.165.88.23}   Browser: Firefox 128.0\n"
     "Agent {P:Chase Whitcombe}: verified identity by callback to {T:306-555-0143}.\n"
     "Mailing address: {A:Box 318}, {C:Humboldt}, SK {A:S0K 2A0}\n"
     "Macro applied: reset_mfa"),
    ("helpdesk_ticket",
     "Ticket: FD-77410 | Idioma: es | Prioridad: Media\n"
     "Cliente: {P:María de los Ángeles Cifuentes y Ortega}\n"
     "Correo: {E:mcifuentes.ortega@correo-andino.co}\n"
     "Teléfono: {T:+57 310 448 2916}\n"
     "Dirección: {A:Carrera 43A # 18 Sur-135}, {A:Apto 802}, {C:El Poblado}, {C:Medellín}\n"
     "Nota: la señora {P:Cifuentes} pide la factura a nombre de su esposo, {P:Julián Restrepo Arango}."),
    ("helpdesk_ticket",
     "Zoho Desk · Request #10-4471 · Created 2024-03-04 09:12\n"
     "From: \"{P:KOWALCZYK Agnieszka}\" <{E:a.kowalczyk@poczta-bialystok.pl}>\n"
     "Body: Dzień dobry, the invoice still lists my old address {A:ul. Lipowa 14/7}, {A:15-427} {C:Białystok}. "
     "The new one is {A:ul. Mickiewicza 3 m. 12}, {A:15-213} {C:Białystok}.\n"
     "Reply by {P:Grace Oyelaran-Smith}: Updated, thanks {P:Agnieszka}!\n"
     "CSAT: 5/5"),
    ("helpdesk_ticket",
     "HRC0019023 | Category: Payroll | Opened by: {P:li.wei.chen}\n"
     "Subject person: {P:CHEN Li Wei}\n"
     "Issue: bank details changed, but the March salary went to the old account {I:83920417}, sort code {I:40-12-76}\n"
     "Comment ({P:Ruby Adeyemi}): confirmed by phone with {P:Li Wei} on {T:0161 496 0732}.\n"
     "Resolution: off-cycle payment approved by {P:Glen Tavistock}."),
    ("helpdesk_ticket",
     "Spiceworks ticket 3318 — printer on 2nd floor jammed\n"
     "Submitted by: {E:thanh.huong@hoanglongtrading.vn}\n"
     "Name: {P:Nguyễn Thị Thanh Hương}\n"
     "Desk phone: ext. 2214   Mobile: {T:+84 903 318 447}\n"
     "Comments: {P:Hương} says {P:Bảo} already tried restarting it. Assigned to {P:Trần Quốc Bảo}.\n"
     "Asset: LJ-M404 (S/N VNB3K21907)"),
    ("helpdesk_ticket",
     "Ticket #61877 | Tags: delivery, refund, ksa\n"
     "Requester: {P:Abdulrahman bin Saeed Al-Ghamdi}\n"
     "Phone: {T:+966 55 318 2740}\n"
     "Ship-to: {A:7412 Prince Sultan Road}, {C:Al Olaya}, {C:Riyadh} {A:12244-2931}\n"
     "Refund IBAN: {I:SA02 4500 0000 2081 7364 0019}\n"
     "Agent note: the courier called {P:Abdulrahman} twice; he asked us to deliver to his brother {P:Faisal}."),
    ("helpdesk_ticket",
     "#FS-2291 Laptop replacement — Freshservice\n"
     "Requester: {P:Chukwuemeka Obiora-Nwachukwu} (@{P:emeka_obi})\n"
     "Email: {E:c.obiora@lagosfreightlines.ng}\n"
     "Deliver to: {A:14B Akinwunmi Close}, {C:Victoria Island}, {C:Lagos} {A:101241}\n"
     "Note from {P:Ngozi}: please call {T:0803 417 2956} before arrival."),
    ("helpdesk_ticket",
     "Požadavek č. 7781 | Kanál: telefon | Stav: Vyřešeno\n"
     "Zákazník: {P:Radek Šťastný}, r. č. {I:900304/1487}\n"
     "Účet pro vrácení: {I:CZ16 5500 0000 0027 8361 9401}\n"
     "Adresa: {A:Křižíkova 2148/31}, {A:186 00} {C:Praha 8}\n"
     "Poznámka: pan {P:Šťastný} volal z čísla {T:+420 731 228 904}; předáno {P:Kláře}."),
    # --- clinical notes ------------------------------------------------------------------------------------------
    ("clinical_note",
     "DISCHARGE SUMMARY — Ward 12 (Acute Medicine)\n"
     "Patient: {P:O'SULLIVAN, Bríd}   NHS No: {I:485 777 3406}   DOB: {B:03/11/1952}\n"
     "Address: {A:9 Tennyson Walk}, {C:Wolverhampton} {A:WV3 8LP}\n"
     "Diagnosis: community-acquired pneumonia; background of Crohn's disease.\n"
     "Consultant: Dr {P:Imran Qureshi}   GP: Dr {P:E. Halloran}, Penn Road Surgery\n"
     "Plan: {P:Bríd} to complete 5 days of amoxicillin; her daughter {P:Nuala} will collect the medication."),
    ("clinical_note",
     "OPD Note — Cardiology, 14-02-2024\n"
     "Name: Smt. {P:Lakshmi Venkataraman}   Age/Sex: 61/F   UHID: {I:MRN-2024-0418823}\n"
     "Aadhaar: {I:4918 2736 5013}\n"
     "Addr: {A:Flat 3B, Sree Nivas Apartments}, {A:22/4 Venkatnarayana Lane}, {C:T. Nagar}, {C:Chennai} {A:600017}\n"
     "C/o son {P:Karthik V.} ({T:+91 94440 18273})\n"
     "Seen by Dr {P:S. Raghunathan}. ECG: sinus rhythm. Review in 6 weeks."),
    ("clinical_note",
     "Progress note — Family Medicine\n"
     "Pt: {P:Crystal Dawn Whitaker}   DOB {B:06/22/1987}\n"
     "MRN {I:00731942}   Insurance: Blue Shield member {I:XQW814402736}\n"
     "Lives at {A:2217 Larkspur Ln}, {C:Bakersfield}, CA {A:93306} with partner {P:Rocky}.\n"
     "Reports Raynaud's symptoms in the cold. Called pharmacy at {T:(661) 555-0148}.\n"
     "Signed: {P:J. Ramírez-Holt}, PA-C"),
    ("clinical_note",
     "COMPTE RENDU D'HOSPITALISATION\n"
     "Patiente : Mme {P:Marie-Josée Lefebvre-Dubois}, née le {B:9 mai 1987}\n"
     "N° de sécurité sociale : {I:2 87 05 69 123 045 13}\n"
     "Domicile : {A:14 bis rue des Capucins}, {A:69001} {C:Lyon}\n"
     "Médecin traitant : Dr {P:Hervé Papin-Gaultier}\n"
     "Sortie le 12/03 ; suivie à domicile par l'infirmière {P:Gaëlle}."),
    ("clinical_note",
     "Entlassungsbrief – Klinik für Innere Medizin\n"
     "Patient: Herr {P:Jürgen Weißenböck}, geb. {B:02.08.1961}, Fall-Nr. {I:2024-118734}\n"
     "Anschrift: {A:Am Hang 12b}, {A:83022} {C:Rosenheim}\n"
     "Hausärztin: Dr. med. {P:Annelie von Thadden}, {A:Hauptstr. 4}, {A:83024} {C:Rosenheim}\n"
     "Diagnosen: Morbus Basedow; Hashimoto-Thyreoiditis ausgeschlossen.\n"
     "Mit freundlichen Grüßen\n"
     "Dr. {P:Konstantin Ruß}"),
    ("clinical_note",
     "Emergency Department triage note\n"
     "Patient: {P:MACNEIL, Iain Ruairidh}   MRN {I:H0048217}   DOB: {B:1979-01-30}\n"
     "Arrived by ambulance from {A:88 Kilbride Crescent}, {C:Dartmouth}, NS {A:B2W 3K7}\n"
     "Wife {P:Morag} at bedside, contact {T:902-555-0193}.\n"
     "CTAS 3. Chest pain since 06:00.\n"
     "Triage RN: {P:Lance Abernethy}"),
    ("clinical_note",
     "Resumo de alta — Clínica Médica\n"
     "Paciente: {P:Antônio Carlos dos Santos Ferreira}   CPF: {I:538.104.962-51}\n"
     "Nascimento: {B:07/09/1958}\n"
     "Endereço: {A:Rua Dr. Flores, 233}, {A:apto 41}, {C:Centro}, {C:Porto Alegre} - RS, {A:90020-120}\n"
     "Acompanhante: filha {P:Luana}, tel. {T:(51) 99814-3207}\n"
     "Médico: Dr. {P:Edson Takahashi}"),
    ("clinical_note",
     "Zárójelentés — Belgyógyászati Osztály\n"
     "Beteg neve: {P:Szabó-Kertész Ildikó}\n"
     "TAJ szám: {I:037 819 420}   Születési idő: {B:1966.08.03}\n"
     "Lakcím: {A:1137} {C:Budapest}, {A:Pozsonyi út 41. III/2.}\n"
     "Kezelőorvos: Dr. {P:Halmi Gergely}\n"
     "Hozzátartozó: {P:Kertész Bence} ({T:+36 30 418 2275})"),
    ("clinical_note",
     "Clinical note — Physiotherapy, session 4\n"
     "Client: {P:Wickramasinghe Arachchige Don Nirmala Kumari} (prefers {P:Nimmi})\n"
     "Client no. {I:PHY-0033817}\n"
     "Address: {A:Unit 5/27 Railway Parade}, {C:Granville} NSW {A:2142}\n"
     "Referred by Dr {P:Hemantha Jayasuriya}; her husband {P:Dinesh} drives her to sessions.\n"
     "Progress: shoulder flexion 140°, pain 3/10."),
    ("clinical_note",
     "Behavioral Health — intake\n"
     "Name: {P:PARK Ji-hoon} (goes by {P:Justin})\n"
     "SSN: {I:529-41-7783}   DOB: {B:02-14-1996}\n"
     "Mother: {P:Park Soon-ja}, {T:(213) 555-0172}, {A:3350 W 6th St Apt 1207}, {C:Los Angeles}, CA {A:90020}\n"
     "Pt reports panic episodes at work since January; denies SI."),
    ("clinical_note",
     "Epikrise — Medicinsk afdeling\n"
     "Patient: {P:Signe Østergaard Kjær}   CPR: {I:120589-4124}\n"
     "Adresse: {A:Nørrebrogade 118, 3. tv.}, {A:2200} {C:København N}\n"
     "Pårørende: {P:Mads Kjær} ({T:+45 28 41 93 07})\n"
     "Udskrevet til egen læge, {P:Vibeke Holm}."),
    # --- HR memos ------------------------------------------------------------------------------------------------
    ("hr_memo",
     "MEMO — CONFIDENTIAL\n"
     "To: {P:Pearl Ansah-Mensah}, People Operations\n"
     "From: {P:Guy Whitfield}, Head of Logistics\n"
     "Re: Return-to-work plan for {P:Kwabena Asante}\n"
     "{P:Kwabena} will resume on 3 June on reduced hours. His GP note (Dr {P:Efua Boateng}) is on file. Please update "
     "his address to {A:41 Marlowe Road}, {C:Croydon} {A:CR0 6HS} and his NI number to {I:JT 48 21 93 C}."),
    ("hr_memo",
     "Aktennotiz Personalabteilung\n"
     "Betreff: Elternzeit Frau {P:Franziska Großkurth}\n"
     "Steuer-ID: {I:47192083755}   Geburtsdatum: {B:22.10.1990}\n"
     "Neue Anschrift: {A:Lindenstraße 7}, {A:Hinterhaus}, {A:04229} {C:Leipzig}\n"
     "Die Vertretung übernimmt {P:Moritz zu Solms-Brandt} ab dem 1. Juli.\n"
     "Rückfragen an {P:Heike} (Durchwahl -218)."),
    ("hr_memo",
     "Office Memorandum No. HR/2024/117\n"
     "Subject: Transfer of Shri {P:Gurpreet Singh Dhillon} to the {C:Ludhiana} branch\n"
     "Employee PAN: {I:BKTPD4729L}\n"
     "His wife, Smt. {P:Harleen Kaur}, is also in our employ; her request for a joint posting is noted.\n"
     "Relieving address: {A:House No. 1187, Sector 44-B}, {C:Chandigarh} {A:160047}\n"
     "Approved: {P:R. K. Bhattacharya}, GM (HR)"),
    ("hr_memo",
     "MEMORANDUM\n"
     "TO: Payroll\n"
     "FROM: {P:April Castellanos-Reyes}, HR Generalist\n"
     "RE: W-4 update — {P:Rocco Di Benedetto}\n"
     "{P:Rocco} (SSN {I:318-60-2247}) moved to {A:77 Orchard Hill Rd}, {A:Unit 2}, {C:Stamford}, CT {A:06903}. Please "
     "also add his daughter {P:Summer} as a dependent. Call me at {T:(203) 555-0119} with questions."),
    ("hr_memo",
     "Memo HR – verlofaanvraag\n"
     "Medewerker: {P:Jeroen van den Broek-ter Horst}\n"
     "BSN: {I:174082538}   Geboren: {B:4 februari 1983}\n"
     "Adres: {A:Oudegracht 212-bis}, {A:3511 NV} {C:Utrecht}\n"
     "Salarisrekening: {I:NL82 RABO 0318 4729 56}\n"
     "Leidinggevende {P:Femke de Wit} heeft het verlof goedgekeurd; {P:Jeroen} begint weer op maandag."),
    ("hr_memo",
     "HR Case Note — Grievance GR-0442\n"
     "Complainant: {P:Faith Okonkwo-Lewis}\n"
     "Respondent: {P:Dean Marchbank}\n"
     "Witnesses: {P:May Fenwick}, {P:Ray Tolliver}\n"
     "{P:Faith} states that on 12 March {P:Dean} shouted at her in the Jubilee Room. {P:Ray} confirms; {P:May} was on "
     "leave that day.\n"
     "Next: meeting with {P:Dean} and his rep ({E:l.obrien.unionrep@gmail.com}) on Thursday."),
    ("hr_memo",
     "Note de service — Ressources humaines\n"
     "Objet : changement d'adresse de {P:Mathieu Bouchard-Lévesque}\n"
     "NAS : {I:417 392 859}\n"
     "Nouvelle adresse : {A:4521, rue De Lanaudière}, {A:app. 3}, {C:Montréal} (Québec) {A:H2J 3P9}\n"
     "Courriel personnel : {E:mbouchardlevesque@videotron-mail.qc.ca}\n"
     "Confirmé par {P:Josée Tremblay}, technicienne en paie."),
    ("hr_memo",
     "Comunicação interna – Recursos Humanos\n"
     "Colaboradora: {P:Inês Sofia da Conceição Vaz}\n"
     "NIF: {I:238470199}   Data de nascimento: {B:19/01/1992}\n"
     "Morada: {A:Rua Almirante Reis, 88, 2.º Esq.}, {A:1150-019} {C:Lisboa}\n"
     "IBAN para o salário: {I:PT15 0035 0721 0048 2917 3608 2}\n"
     "Tratado por {P:Rui Mendes}."),
    ("hr_memo",
     "İK Notu — Personel Dosyası\n"
     "Çalışan: {P:Elif Nur Karaosmanoğlu}\n"
     "T.C. Kimlik No: {I:38492057110}\n"
     "Adres: {C:Caddebostan Mah.}, {A:Bağdat Cad. No: 214 D: 9}, {A:34728} {C:Kadıköy}/{C:İstanbul}\n"
     "Acil durumda: eşi {P:Burak Karaosmanoğlu}, {T:0532 418 27 93}."),
    ("hr_memo",
     "Memo: Onboarding — new van drivers, week 22\n"
     "1. {P:Bishnu Prasad Adhikari} — licence {I:ADHIK709145BP9LM}, starts Monday\n"
     "2. {P:Pemba Sherpa} — licence check pending, NI {I:PW719204A}\n"
     "3. {P:Sunny Gurung} — occupational health ref. NHS {I:612 048 3799}\n"
     "Uniform sizes to {P:Hope}; keys from {P:Chase}."),
    ("hr_memo",
     "Déclaration préalable à l'embauche — dossier complet\n"
     "Salarié : {P:Yanis Belkacem}, né le {B:14/04/1992} à {C:Paris}\n"
     "NIR : {I:1 92 04 75 056 118 25}\n"
     "Adresse : {A:31 rue Myrha}, {A:75018} {C:Paris}\n"
     "Téléphone : {T:06 42 18 77 30}\n"
     "Référent : {P:Sandrine Aubry-Lacoste}"),
    # --- team chat -----------------------------------------------------------------------------------------------
    ("team_chat",
     "#support-emea\n"
     "[09:14] {P:priya.raman}: anyone seen the ticket from mr {P:o'brien}? he rang twice\n"
     "[09:15] {P:tomasz.w}: yeah {P:ciarán o'brien}, {C:cork}, the one with the double charge\n"
     "[09:15] {P:priya.raman}: can u dm me his number\n"
     "[09:16] {P:tomasz.w}: {T:087 441 9203} — he said call after lunch\n"
     "[09:17] {P:priya.raman}: ta. @{P:grace.h} can you take the callback, im in training till 12"),
    ("team_chat",
     "Microsoft Teams — chat with {P:Kenji Watanabe}\n"
     "{P:WATANABE Kenji} 10:02\n"
     "the client's new office is {A:3-14-7 Kita-Aoyama}, {C:Minato-ku}, {C:Tokyo} {A:107-0061}\n"
     "{P:Helen Costa} 10:03\n"
     "thanks! is {P:Sato}-san still the contact?\n"
     "{P:WATANABE Kenji} 10:04\n"
     "no, {P:Yui Morimoto} now, {E:y.morimoto@kansai-keiki.co.jp}"),
    ("team_chat",
     "#general\n"
     "<{P:hunter_mcbride}> lol who pinged me\n"
     "<{P:xX_RubyRose_Xx}> me. {P:hunter} ur address for secret santa is still {A:19 Coppice Drive} {C:Solihull} "
     "{A:B91 3TN} right\n"
     "<{P:hunter_mcbride}> ya. send it to my mum {P:fiona} if im out\n"
     "<mod_bot> reminder: no doxxing in #general"),
    ("team_chat",
     "[12/03/2024, 18:42:11] Mamá: mija ya llegó el paquete?\n"
     "[12/03/2024, 18:43:05] {P:Valentina Ochoa}: no todavía, le di la dirección de la tía {P:Rocío}\n"
     "[12/03/2024, 18:43:40] Mamá: cuál? la de {A:Calle 72 #10-34}, {C:Chapinero}?\n"
     "[12/03/2024, 18:44:02] {P:Valentina Ochoa}: sí, y su cel {T:311 502 8847}"),
    ("team_chat",
     "~ops-oncall\n"
     "@{P:dkowalski}: db-replica-2 lagging again, failover from {N:10.20.4.17} to {N:10.20.4.18}?\n"
     "@{P:ngozi.eze}: hold on, {P:sunita} is patching it\n"
     "@{P:sunita.b}: done. ssh from my box {N:172.16.44.9} works now\n"
     "@{P:dkowalski}: thx {P:sunita}, closing INC-2207"),
    ("team_chat",
     "#capetown\n"
     "<{P:mbeki_t}> anyone know a good dentist near {C:rondebosch}?\n"
     "<{P:zanele}> dr {P:naidoo} at {A:43 belmont rd}, his nr is {T:021 685 4172}\n"
     "<{P:mbeki_t}> shot {P:zanele}\n"
     "* {P:lwazi} has joined #capetown"),
    ("team_chat",
     "{P:Abhishek Nair} (External) 3:41 PM\n"
     "pls share aadhaar of the new joinee for BGV\n"
     "{P:Kavitha Subramaniam} 3:44 PM\n"
     "{P:Deepa Menon}'s aadhaar is {I:7362 0519 4827}, PAN {I:AFRPM8316Q} — don't forward to {P:Sanjay} pls\n"
     "{P:Abhishek Nair} (External) 3:45 PM\n"
     "noted, ty {P:kavitha}"),
    ("team_chat",
     "#random\n"
     "{P:june}: is {P:dawn} in today?\n"
     "{P:faith.o}: no, {P:dawn}'s off til thurs\n"
     "{P:june}: ok. anyone have {P:ray}'s mobile? {P:guy} needs it\n"
     "{P:faith.o}: {T:07911 204 338}"),
    ("team_chat",
     "[2024-01-07 21:10] {P:Youssef Benali}: salam khoya, send me the address for the wedding\n"
     "[2024-01-07 21:12] {P:Hamza El Idrissi}: {A:12 Rue Ibn Battouta}, {A:Appt 5}, {C:Agdal}, {C:Rabat} {A:10090}\n"
     "[2024-01-07 21:12] {P:Hamza El Idrissi}: ask for {P:Khadija}, my aunt\n"
     "[2024-01-07 21:13] {P:Youssef Benali}: ok inchallah. my number changed: {T:+212 661 48 27 09}"),
    ("team_chat",
     "#commissions\n"
     "<{P:sakura.tanaka}> ok DM me or email {E:sakura.tanaka\uff20pixelmail.jp}\n"
     "<ohms_law> lol\n"
     "<{P:ivan_petrenko}> mine is {E:ivan.pe\u200btrenko@ukr-post.net}\n"
     "<{P:sakura.tanaka}> got it {P:ivan}, paypal to the same one?"),
    ("team_chat",
     "{P:Nikos Papadimitriou}, 11:02: ο {P:Γιώργος} έστειλε το ΑΜΚΑ της μητέρας του;\n"
     "{P:Eleni Kouri}, 11:05: ναι, {I:14038807526}, γεννήθηκε {B:14/03/1988}\n"
     "{P:Nikos Papadimitriou}, 11:06: ευχαριστώ {P:Ελένη}\n"
     "{P:Eleni Kouri}, 11:06: 👍"),
    # --- application and server logs ----------------------------------------------------------------------------
    ("app_log",
     '{"ts":"2024-05-02T10:14:22Z","level":"info","event":"login_ok","user":"{P:m.oyelaran}",'
     '"ip":"{N:81.152.40.77}"}\n'
     '{"ts":"2024-05-02T10:14:40Z","level":"info","event":"profile_update","customer":{"name":"{P:Moyo Oyelaran}",'
     '"email":"{E:moyo.oyelaran@fastmail-box.com}"}}\n'
     '{"ts":"2024-05-02T10:15:03Z","level":"warn","event":"address_mismatch","billing_postcode":"{A:SE15 4RT}",'
     '"ip":"{N:81.152.40.77}"}\n'
     '{"ts":"2024-05-02T10:15:09Z","level":"info","event":"logout","user":"{P:m.oyelaran}"}'),
    ("app_log",
     'time=2024-06-11T08:01:17Z level=info msg="payment authorised" customer_id=C-30418 '
     'customer_name="{P:Ngozi Adaeze Okeke}" card={I:6011287504391860} ip={N:102.89.34.150}\n'
     'time=2024-06-11T08:01:18Z level=info msg="receipt sent" to={E:ngozi.okeke@zenithmail.ng}\n'
     'time=2024-06-11T08:01:19Z level=debug msg="geo lookup" ip={N:102.89.34.150} city={C:Enugu}\n'
     'time=2024-06-11T08:03:52Z level=error msg="3DS challenge failed" customer_name="{P:Ngozi Adaeze Okeke}" '
     'retry=1'),
    ("app_log",
     "Mar  4 02:11:09 bastion-01 sshd[22871]: Failed password for invalid user {P:rjohansson} from {N:45.133.72.19} "
     "port 51122 ssh2\n"
     "Mar  4 02:11:14 bastion-01 sshd[22880]: Accepted publickey for {P:lfernandes} from {N:195.23.114.8} port 40218 "
     "ssh2\n"
     "Mar  4 02:11:14 bastion-01 sshd[22880]: pam_unix(sshd:session): session opened for user "
     "{P:lfernandes}(uid=1043)\n"
     "Mar  4 02:12:30 bastion-01 sudo: {P:lfernandes} : TTY=pts/2 ; PWD=/home/{P:lfernandes} ; USER=root ; "
     "COMMAND=/usr/bin/systemctl restart nginx"),
    ("app_log",
     '{N:154.160.22.81} - {P:akosua.b} [12/Feb/2024:14:22:01 +0000] "GET /account/profile?email='
     '{E:akosua.badu@greenmail.gh} HTTP/1.1" 200 5123 "-" "Mozilla/5.0"\n'
     '{N:154.160.22.81} - {P:akosua.b} [12/Feb/2024:14:22:09 +0000] "POST /account/address HTTP/1.1" 302 0 "-" '
     '"Mozilla/5.0"\n'
     '{N:2c0f:fe38:2101:4a::17} - - [12/Feb/2024:14:23:44 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"'),
    ("app_log",
     "[Tue Apr 09 11:04:51.213 2024] [php:warn] [pid 8812] [client {N:88.217.140.3}:53011] PHP Warning: Undefined "
     "index 'plz' for user {E:heike.moosbrugger@gmx-post.at}\n"
     "[Tue Apr 09 11:04:52.007 2024] [php:notice] [pid 8812] [client {N:88.217.140.3}:53011] address saved: "
     "{A:Schulgasse 17/3/12}, {A:1180} {C:Wien}\n"
     "[Tue Apr 09 11:05:10.551 2024] [php:notice] [pid 8812] [client {N:88.217.140.3}:53011] "
     "customer={P:MOOSBRUGGER Heike} iban={I:AT21 1420 0200 1837 4659}"),
    ("app_log",
     "LAST SEEN   TYPE      REASON      OBJECT                    MESSAGE\n"
     "2m          Normal    Scheduled   pod/crm-sync-7d9f4-x2kq   Successfully assigned default/crm-sync-7d9f4-x2kq "
     "to worker-3\n"
     "1m          Warning   BackOff     pod/crm-sync-7d9f4-x2kq   Back-off restarting failed container\n"
     "45s         Warning   Failed      pod/crm-sync-7d9f4-x2kq   record 8812 "
     "contact={E:olumide.adebayo@westbridge-law.co.uk} phone={T:+44 7458 220913} rejected\n"
     "30s         Normal    Pulled      pod/crm-sync-7d9f4-x2kq   pulled image {N:10.0.12.5}:5000/crm-sync:2.4.1"),
    ("app_log",
     "2024-03-21 16:40:11 UTC LOG:  connection authorized: user=svc_{P:jbaptiste} database=crm host={N:10.8.0.22}\n"
     "2024-03-21 16:40:12 UTC LOG:  AUDIT: SESSION,14,1,WRITE,UPDATE,TABLE,public.customers,\"UPDATE customers SET "
     "full_name='{P:Ida Dalgaard-Munk}', phone='{T:+45 61 73 08 29}' WHERE id=90312\",<none>\n"
     "2024-03-21 16:41:03 UTC LOG:  AUDIT: SESSION,15,1,READ,SELECT,TABLE,public.customers,\"SELECT * FROM customers "
     "WHERE email='{E:ida.dalgaard@jubii-mail.dk}'\",<none>"),
    ("app_log",
     "2024-07-19T22:03:11+05:30 app=kyc-api level=INFO req=9f31 action=verify_pan pan={I:CQZPS5518H} "
     "name=\"{P:Arulmozhi Senthilnathan}\" result=MATCH\n"
     "2024-07-19T22:03:12+05:30 app=kyc-api level=INFO req=9f31 action=verify_aadhaar aadhaar={I:2847 1936 0250} "
     "otp_to={T:+91 90031 77245}\n"
     "2024-07-19T22:03:58+05:30 app=kyc-api level=WARN req=9f31 action=address_parse input=\"{A:No. 14, 2nd Cross "
     "Street}, {C:Anna Nagar East}, {C:Chennai} {A:600102}\" confidence=0.62\n"
     "2024-07-19T22:04:02+05:30 app=kyc-api level=INFO req=9f31 client_ip={N:49.207.181.66} status=done"),
    ("app_log",
     "Jan 15 07:22:41 mx1 postfix/smtpd[3110]: connect from unknown[{N:185.220.101.47}]\n"
     "Jan 15 07:22:43 mx1 postfix/qmgr[901]: 4TfX2k1Lq: from=<{E:b.ferreira-lima@portoverde.pt}>, size=18231, "
     "nrcpt=1 (queue active)\n"
     "Jan 15 07:22:44 mx1 postfix/smtp[3117]: 4TfX2k1Lq: to=<{E:mariana.castelobranco@sapo-mail.pt}>, "
     "relay=mx.sapo-mail.pt[{N:212.55.154.36}]:25, status=sent (250 ok)\n"
     "Jan 15 07:22:44 mx1 postfix/qmgr[901]: 4TfX2k1Lq: removed"),
    ("app_log",
     "2024-02-08 09:12:44,118 INFO  [order-svc] created order 2024020800177 for customer {P:王秀英} "
     "({P:Wang Xiuying})\n"
     "2024-02-08 09:12:44,120 DEBUG [order-svc] ship_to=\"{C:上海市}{C:浦东新区}{A:张杨路1288号}{A:5栋1202室}\" "
     "zip={A:200122} mobile={T:139 1742 6608}\n"
     "2024-02-08 09:12:45,002 WARN  [risk] id_card={I:440304198809174524} name mismatch, expected {P:王秀英}\n"
     "2024-02-08 09:12:45,310 INFO  [notify] sms queued to {T:139 1742 6608} via gateway {N:116.228.14.93}"),
    ("app_log",
     "<134>1 2024-08-30T13:02:55.004Z lb-02 haproxy 4120 - - {N:77.241.19.8}:60412 [30/Aug/2024:13:02:54.998] "
     "web~ app/srv3 0/0/1/5/6 200 812 - - ---- \"GET /u/{P:ilse.vermeulen}/orders HTTP/1.1\"\n"
     "<134>1 2024-08-30T13:02:57.311Z lb-02 haproxy 4120 - - {N:77.241.19.8}:60413 [30/Aug/2024:13:02:57.302] "
     "web~ app/srv1 0/0/0/9/9 200 155 - - ---- \"POST /api/phone?value={T:%2B32%20479%2018%2022%2063} HTTP/1.1\"\n"
     "<131>1 2024-08-30T13:03:01.770Z app-07 shop 998 - - user={P:ilse.vermeulen} error=\"postcode {A:9000} and "
     "city {C:Gent} do not match street {A:Kortrijksesteenweg 402}\""),
    # --- CSV, TSV and pipe exports --------------------------------------------------------------------------------
    ("csv_export",
     "contact_id,last_name,first_name,email,phone,city\n"
     "10421,\"{P:Ó Ceallaigh}\",{P:Pádraig},{E:padraig.oceallaigh@gaelnet.ie},{T:+353 91 562 481},{C:Galway}\n"
     "10422,\"{P:MacLeòid}\",{P:Mòrag},{E:morag.macleoid@hebrides-mail.scot},{T:01851 704 229},{C:Stornoway}\n"
     "10423,\"{P:de la Cruz Villanueva}\",{P:Rosario},{E:chari.delacruz@gmail.com},{T:+34 644 218 905},{C:Sevilla}\n"
     "10424,{P:Nic an tSaoir},{P:Éabha},,{T:087 330 1946},{C:Letterkenny}"),
    ("csv_export",
     "\"{P:DUBOIS, Théo}\",\"{A:Rue de la Victoire 112}\",\"{A:1060}\",\"{C:Saint-Gilles}\",BE,"
     "\"{I:85.07.30-033.28}\",\"{I:BE68 0634 8291 7635}\"\n"
     "\"{P:PEETERS, Lotte}\",\"{A:Kerkstraat 45 bus 3}\",\"{A:2000}\",\"{C:Antwerpen}\",BE,"
     "\"{I:02.02.14-268.76}\",\"{I:BE30 0017 4283 9105}\"\n"
     "\"{P:EL AMRANI, Soufiane}\",\"{A:Chaussée de Gand 590}\",\"{A:1080}\",\"{C:Molenbeek-Saint-Jean}\",BE,,"),
    ("csv_export",
     "MRN|Patient|DOB|Sex|GP|Postcode\n"
     "{I:RJ1-88203417}|{P:ABDI, Hodan Farah}|{B:1990-07-11}|F|Dr {P:K. Mensah}|{A:LS8 3DQ}\n"
     "{I:RJ1-88211902}|{P:TESFAYE, Selamawit}|{B:1985-12-02}|F|Dr {P:K. Mensah}|{A:LS7 4HR}\n"
     "{I:RJ1-88219355}|{P:GHEBREMEDHIN, Yonas}|{B:1978-03-29}|M|Dr {P:A. Lindqvist}|{A:LS9 6NQ}"),
    ("csv_export",
     "Email Address,First Name,Last Name,Phone,Tags\n"
     "{E:hope.adjei@outlook-mail.com},{P:Hope},{P:Adjei},{T:+233 24 418 7720},\"vip, {C:accra}\"\n"
     "{E:glen.mcallister@shaw-mail.ca},{P:Glen},{P:McAllister},{T:(780) 555-0166},newsletter\n"
     "{E:j.ferreira.dos.reis@uol-mail.com.br},{P:Joana},{P:Ferreira dos Reis},,\"brasil\""),
    ("csv_export",
     "employee;surname;given;sort_code;account;ni_number\n"
     "E0193;{P:Achterberg};{P:Willemijn};{I:20-45-77};{I:53018429};{I:NH 62 81 40 D}\n"
     "E0194;{P:Oyedepo};{P:Tolulope};{I:30-96-18};{I:11842063};{I:SK 90 13 57 B}\n"
     "E0195;{P:Ní Bhriain};{P:Caoimhe};{I:90-17-42};{I:70213385};{I:RE 44 09 21 A}"),
    ("csv_export",
     "pedido,cliente,curp,calle,colonia,cp,ciudad\n"
     "88213,\"{P:Treviño Salcido, Ximena}\",{I:TESX910604MNLRLM04},\"{A:Av. Garza Sada 2501 Sur}\",\"{C:Tecnológico}\","
     "{A:64700},{C:Monterrey}\n"
     "88214,\"{P:Barragán Ochoa, Joaquín}\",{I:BAOJ781123HMNRCQ08},\"{A:Calle Aquiles Serdán 114 Int. 3}\","
     "\"{C:Centro}\",{A:58000},{C:Morelia}\n"
     "88215,\"{P:Pérez de Tagle, Luz Marina}\",,\"{A:Privada Los Fresnos 9}\",\"{C:Jardines del Sur}\",{A:77536},"
     "{C:Cancún}"),
    ("csv_export",
     "{P:Lê Văn Hiếu}\t{T:0912 448 306}\t{A:27 Ngõ 58 Trần Bình}\t{C:Cầu Giấy}\t{C:Hà Nội}\n"
     "{P:Phạm Thị Mỹ Duyên}\t{T:0908 117 452}\t{A:142/9 Lê Văn Sỹ}\t{C:Quận 3}\t{C:TP. Hồ Chí Minh}\n"
     "{P:Somchai Rattanawongsakul}\t{T:081 442 7730}\t{A:99/12 Soi Sukhumvit 49}\t{C:Khlong Tan Nuea}\t"
     "{C:Bangkok} {A:10110}"),
    ("csv_export",
     "Customer Name,Account No,Phone,Card\n"
     "\"{P:Kovács, Zsófia}\",{I:HU31 1040 0023 1840 2719 0000 0000},{T:+36\u00a020\u00a0318\u00a04472},"
     "{I:5472 0931 6628 8400}\n"
     "\"{P:Dumitrescu, Andrei-Mihai}\",{I:RO26 BTRL RONC RT04 9381 7265},{T:+40 722 418 093},{I:4539-7712-0846-3156}\n"
     "\"{P:Wiśniewska, Małgorzata}\",{I:PL10 2490 2000 0071 8340 2756 1938},{T:+48 601 227 384},"
     "{I:4024.0071.9356.2286}"),
    ("csv_export",
     "member_no,name,dob,plan,emergency_contact\n"
     "{I:GYM-004417},{P:Ruby-Mae Tautahi},{B:2001-09-14},annual,\"{P:Wiremu Tautahi} {T:021 447 302}\"\n"
     "{I:GYM-004418},{P:Lance Corrigan},{B:1994-02-08},monthly,\"{P:Pearl Corrigan} {T:027 318 9954}\"\n"
     "{I:GYM-004419},{P:Aroha Ngata-Henare},{B:1989-11-30},off-peak,"),
    ("csv_export",
     "Sl,Name,Father's Name,Mobile,PIN,District\n"
     "1,{P:Suresh Chandra Patil},{P:Chandrakant Patil},{T:98220 61453},{A:413512},{C:Latur}\n"
     "2,{P:Rupali Deshmukh},{P:Vasantrao Deshmukh},{T:90110 28374},{A:431001},{C:Aurangabad}\n"
     "3,{P:Md. Rafiqul Islam},{P:Md. Abdul Karim},{T:+880 1712 448390},{A:1207},{C:Dhaka}"),
    ("csv_export",
     "社員番号,氏名,フリガナ,郵便番号,住所,電話\n"
     "10231,{P:森永 千尋},{P:モリナガ チヒロ},〒{A:530-0011},{C:大阪市北区}{A:大深町4-20},{T:06-6372-1184}\n"
     "10232,{P:三枝 健太郎},{P:サエグサ ケンタロウ},〒{A:460-0008},{C:名古屋市中区}{A:栄3-18-2},{T:090-4418-2276}"),
    # --- address labels -----------------------------------------------------------------------------------------
    ("address_label",
     "Mrs {P:Ffion Pritchard-Evans}\n"
     "{A:Tŷ Gwyn}\n"
     "{A:3 Heol y Nant}\n"
     "{C:Llandeilo}\n"
     "{A:SA19 6BT}"),
    ("address_label",
     "SHIP TO:\n"
     "{P:DEANDRE WASHINGTON-BOYD}\n"
     "{A:1450 N HALSTED ST APT 3F}\n"
     "{C:CHICAGO} IL {A:60642-2218}\n"
     "{T:(312) 555-0184}\n"
     "FROM: {P:Sunny Kwan}, {A:PO Box 4471}, {C:Evanston} IL {A:60204}\n"
     "USPS TRACKING # 9400 1118 9922 3858 0012 44"),
    ("address_label",
     "Expéditeur : {P:Anne-Marie Gagnon}\n"
     "{A:1203, boul. René-Lévesque Ouest}, {A:bureau 410}\n"
     "{C:Montréal} (Québec) {A:H3B 4W8}\n"
     "Destinataire : M. {P:Wilner Jean-Baptiste}\n"
     "{A:58, rue Sainte-Catherine}\n"
     "{C:Saint-Jérôme} QC {A:J7Z 2M6}"),
    ("address_label",
     "Absender: {P:K. Öztürk}, {A:Hauptstr. 4}, {A:71634} {C:Ludwigsburg}\n"
     "\n"
     "Herrn\n"
     "{P:Maximilian Freiherr von Strachwitz}\n"
     "{A:Am Kirchberg 3a}\n"
     "{A:80995} {C:München}"),
    ("address_label",
     "To,\n"
     "Shri {P:Venkatesh Gowda H. R.}\n"
     "{A:#218, 4th Main, 9th Cross}\n"
     "{C:Malleswaram}\n"
     "{C:Bengaluru} - {A:560003}\n"
     "Karnataka\n"
     "Mob: {T:+91 99001 42786}"),
    ("address_label",
     "DELIVER TO\n"
     "Ms {P:Bich Ngoc Tran}\n"
     "{A:Unit 12}, {A:40-44 Victoria Road}\n"
     "{C:Marrickville} NSW {A:2204}\n"
     "Authority to leave: YES\n"
     "Sender: {P:Lachlan O'Dwyer}, {A:PO Box 1183}, {C:Geelong} VIC {A:3220}"),
    ("address_label",
     "Remitente: {P:Lucía Fernández de Córdoba}\n"
     "{A:Av. Corrientes 4812}, {A:Piso 7, Depto. B}\n"
     "{A:C1414AJN} {C:CABA}, Argentina\n"
     "Destinatario: {P:Santiago Iturralde y Goñi}\n"
     "{A:Calle del Pez 21}, {A:3.º izq.}\n"
     "{A:28004} {C:Madrid}, España"),
    ("address_label",
     "ATTN: Mrs. {P:Abena Owusu-Ansah}\n"
     "{A:14 Abafun Crescent}\n"
     "{C:Dzorwulu}, {C:Accra}\n"
     "Digital address: {A:GA-184-9021}\n"
     "Tel: {T:+233 20 714 4318}"),
    ("address_label",
     "DESTINATÁRIO:\n"
     "{P:ROSÂNGELA APARECIDA DE OLIVEIRA}\n"
     "{A:R. JOSÉ BONIFÁCIO, 1.402} - {A:CASA 2}\n"
     "{C:VILA MARIANA}\n"
     "{C:SÃO PAULO} - SP\n"
     "{A:04013-001}"),
    ("address_label",
     "收件人：{P:陈志强}\n"
     "电话：{T:138 0267 4419}\n"
     "地址：广东省{C:深圳市}{C:南山区}{A:科苑南路3099号}{A:海岸城大厦B座1803室}\n"
     "邮编：{A:518057}"),
    ("address_label",
     "{P:Máire Nic Dhonnchadha}\n"
     "{A:Teach na Coille}\n"
     "{A:Bóthar an Chaisleáin}\n"
     "{C:An Spidéal}\n"
     "Co. na Gaillimhe\n"
     "{A:H91 X2C7}"),
    ("address_label",
     "RETURN TO SENDER — addressee unknown\n"
     "{P:Thandeka Mokoena-Dlamini}\n"
     "{A:Unit 4 Jacaranda Mews}\n"
     "{A:27 Rivonia Road}\n"
     "{C:Sandton}\n"
     "{A:2196}"),
    # --- bank memos -----------------------------------------------------------------------------------------------
    ("bank_memo",
     "KYC REVIEW — Enhanced due diligence\n"
     "Customer: {P:ALEKSANDROV, Dmitri Sergeyevich}\n"
     "Passport: {I:538214076} (GBR)   DOB: {B:21 Aug 1979}\n"
     "Address verified: {A:Flat 9}, {A:Kensington Mansions}, {A:41 Cranleigh Gardens}, {C:London} {A:SW5 9LS}\n"
     "Source of funds: sale of a property in {C:Limassol}. Spouse {P:Yelena Aleksandrova} also holds account "
     "{I:GB93 MIDL 4005 1632 9184 75}.\n"
     "Reviewer: {P:Naomi Achterberg}"),
    ("bank_memo",
     ":20:TRF20240412-0071\n"
     ":32A:240412EUR4800,00\n"
     ":50K:/{I:DE80370400440532013841}\n"
     "{P:BRUNHILDE SCHWARZKOPF-UEBEL}\n"
     "{A:ROSENWEG 3}\n"
     "{A:50667} {C:KOELN}\n"
     ":59:/{I:TR140004600173888000294751}\n"
     "{P:MEHMET EMIN YILDIRIMOGLU}\n"
     "{C:IZMIR}\n"
     ":70:SCHULGELD {P:ZEYNEP} 2024"),
    ("bank_memo",
     "FRAUD CASE FR-24-1187\n"
     "Victim: Mme {P:Odile Marchetti-Vasseur}, {A:3 allée des Tilleuls}, {A:44300} {C:Nantes}\n"
     "Card: {I:4916\u00a03380\u00a02754\u00a00615} — 6 transactions, total 2 340 EUR\n"
     "Beneficiary of the SEPA transfer: {I:ES60 0182 4390 8102 0193 8475} ({P:J. A. Robles})\n"
     "Login from {N:91.134.203.58}, not the customer's usual IP.\n"
     "Customer called from {T:06 71 24 88 19}; analyst {P:Kévin Drouet}."),
    ("bank_memo",
     "STR draft — Branch: {C:Indore}\n"
     "Account holder: {P:Rajendra Kumar Agrawal} (PAN {I:AGLPA9031K}, Aadhaar {I:6183 0274 9154})\n"
     "Related party: {P:Sunita Agrawal}, mobile {T:+91 97530 14862}\n"
     "Residence: {A:48-B, Manishpuri}, {C:Indore} {A:452001}\n"
     "Cash deposits of Rs 9.8 lakh were split below the reporting threshold over 11 days.\n"
     "Prepared by {P:Nikhil Joshi}, Branch Compliance"),
    ("bank_memo",
     "Gesprächsnotiz Private Banking\n"
     "Kunde: Herr {P:Reto Zürcher-Haldimann}\n"
     "IBAN: {I:CH06 0076 2458 7391 2004 A}\n"
     "Adresse: {A:Seestrasse 118}, {A:8802} {C:Kilchberg}\n"
     "Herr {P:Zürcher} wünscht eine Überweisung an seine Tochter {P:Nina} in {C:Lausanne}. Rückruf unter "
     "{T:+41 79 418 22 06}."),
    ("bank_memo",
     "Σημείωμα KYC — νέος πελάτης\n"
     "Πελάτης: {P:ΠΑΠΑΔΟΠΟΥΛΟΥ Αικατερίνη}\n"
     "ΑΜΚΑ: {I:27099103189}   Ημ. γέννησης: {B:27/09/1991}\n"
     "Διεύθυνση: {A:Λεωφ. Κηφισίας 212}, {A:115 26} {C:Αθήνα}\n"
     "IBAN: {I:GR93 0172 0460 0000 4829 1736 502}\n"
     "Υπάλληλος: {P:Σ. Μαυρίδης}"),
    ("bank_memo",
     "Ocorrência PIX 2024-0331\n"
     "Cliente: {P:Thiago Henrique Nascimento da Silva}, CPF {I:207.493.816-04}\n"
     "Chave PIX destino: {E:rafa.goulart88@gmail.com} ({P:Rafael Goulart})\n"
     "Conta do cliente: {I:BR02 0000 0000 0106 7000 0317 294C 1}\n"
     "Contato: {T:+55 11 98744-2031}. Analista: {P:Priscila M.}"),
    ("bank_memo",
     "FICA verification\n"
     "Client: {P:Sipho Ndlovu}   ID: {I:8805175241086}\n"
     "Proof of residence: {A:17 Acacia Avenue}, {C:Bryanston}, {C:Johannesburg} {A:2191}\n"
     "Joint account with {P:Lerato Ndlovu} (ID {I:9302210129087}, DOB {B:21 Feb 1993}).\n"
     "Card {I:5105 6643 9027 7115} reissued after the branch visit."),
    ("bank_memo",
     "Alert #77120 — card not present\n"
     "Cardholder: {P:HOLLOWAY/SUMMER} MS\n"
     "PAN: {I:3782\u2009641093\u200955210}\n"
     "Merchant: RUBY TUESDAY 4410\n"
     "Billing ZIP {A:33139} mismatch; device IP {N:73.204.119.62}\n"
     "Spoke to {P:Summer} at {T:(305) 555-0127}; she says the charge is not hers."),
    ("bank_memo",
     "Transfer review — correspondent bank query\n"
     "Ordering customer: {P:Karim Abou Jaoudé}, {A:Rue Gouraud}, {A:Immeuble Haddad, 3e étage}, {C:Gemmayzé}, "
     "{C:Beyrouth}\n"
     "Beneficiary: {P:Mona Abdel-Fattah El-Sayed}, IBAN {I:EG93 0003 0004 0000 0001 8346 7250 1}\n"
     "Purpose: family support. Beneficiary phone {T:+20 100 482 7731}.\n"
     "Checked by {P:Rasha}; cleared by compliance ({P:T. Haddad})."),
    ("bank_memo",
     "Account opening — Irish resident\n"
     "{P:Conchúr Mac Suibhne}, PPSN {I:6381042W}, DOB {B:05/06/1988}\n"
     "{A:22 Bóthar na Trá}, {C:Salthill}, {C:Galway} {A:H91 TK30}\n"
     "IBAN issued: {I:IE20 BOFI 9012 8374 6192 03}; e-mail {E:conchur.macsuibhne@eir-mail.ie}"),
    ("bank_memo",
     "Remittance hold — sanctions name screening\n"
     "Remitter: {P:Hessa bint Abdullah Al-Qahtani}, {C:Dammam}\n"
     "Beneficiary: {P:Nourhan Mostafa Abdelaziz}, {A:14 Shagaret El Dor Street}, {A:Apt 6}, {C:Zamalek}, {C:Cairo} "
     "{A:11211}\n"
     "Possible match on a list entry — false positive: the beneficiary was born {B:03/07/1996}.\n"
     "Released by {P:Aliaksandr Hrynkevich}, screening team."),
    # --- CRM activity ---------------------------------------------------------------------------------------------
    ("crm_activity",
     "Activity: Call — Outbound\n"
     "Contact: {P:Ingrid Vasquez-Lindahl} (Procurement, Nordhavn Logistics AB)\n"
     "Related to: Opp-2024-118 Fleet renewal\n"
     "Notes: {P:Ingrid} confirmed budget; wants a demo with {P:Thabo} next week. Direct line {T:+46 8 517 094 28}, cc "
     "her assistant {P:Malin} ({E:malin.berg@nordhavn-log.se}).\n"
     "Owner: {P:Chase Dunleavy}"),
    ("crm_activity",
     "Note logged by {P:Olamide Bankole} · 14 Mar 2024\n"
     "Met Mr {P:Tanaka} ({P:TANAKA Hiroshi}, Osaka office) at the {C:Düsseldorf} fair.\n"
     "Card: {E:h.tanaka@naniwa-seiki.co.jp}, {T:+81 6 6341 2207}\n"
     "He knows {P:Rose Delacroix} from our {C:Lyon} team. Follow up after Golden Week."),
    ("crm_activity",
     "Phone call — Subject: Renewal of policy\n"
     "Regarding: {P:Fernando Luis Saavedra del Castillo}\n"
     "Description: Spoke with {P:Fernando} and his daughter {P:Carmen}. They are moving to {A:Calle de Velázquez 57}, "
     "{A:4.º B}, {A:28001} {C:Madrid}. Invoices to {E:fsaavedra@castillo-asesores.es} from now on.\n"
     "Next step: {P:Pilar} to send the contract."),
    ("crm_activity",
     "timeline · acct 44081\n"
     "- 09:02 email opened by {E:wojtek.zielinski@interia-mail.pl}\n"
     "- 09:40 call: {P:wojtek} asked about the invoice for {A:ul. Długa 18}, {A:80-827} {C:Gdańsk}\n"
     "- 10:15 task for {P:anna.k}: send corrected invoice\n"
     "- 10:16 note: wife {P:Zofia Zielińska} is co-signer"),
    ("crm_activity",
     "Lead: {P:Tenzin Dolkar}\n"
     "Company: Himalayan Threads Pvt Ltd\n"
     "Phone: {T:+977 984-1327705}\n"
     "Address: {A:Ward No. 3}, {C:Jhamsikhel}, {C:Lalitpur}\n"
     "Description: referred by {P:Karma Lhamo}. Interested in exporting to {C:Toronto}. Prefers WhatsApp.\n"
     "Lead owner: {P:Ravi S.}"),
    ("crm_activity",
     "Activity: LinkedIn InMail\n"
     "To: {P:Marguerite Owusu-Beaumont} (linkedin.com/in/{P:marguerite-owusu-beaumont})\n"
     "Summary: intro from Dr. {P:Femi Ladipo}. She prefers calls on Tue/Thu; mobile {T:+44 7700 900 418}. Lives in "
     "{C:Bath}.\n"
     "Owner: {P:Jasmine Koh}"),
    ("crm_activity",
     "Call log — Account: Al-Mutairi Trading Est.\n"
     "Caller: {P:Nawaf bin Turki Al-Mutairi}\n"
     "Number: {T:+966 50 771 4382}\n"
     "Summary: {P:Nawaf} wants the shipment split between {C:Jeddah} and {C:Dammam}; his cousin {P:Abu Khalid} will "
     "sign in {C:Dammam}.\n"
     "Logged by: {P:Mariam Haddad}"),
    ("crm_activity",
     "Deal: Solar roof — fam. {P:van Dijk}\n"
     "Person: {P:Sanne van Dijk-Mulder}\n"
     "Email: {E:sanne@vandijk-mulder.nl}\n"
     "Activity: site visit at {A:Dorpsstraat 41}, {A:1687 AB} {C:Wognum}\n"
     "Note: her husband {P:Bram} asked about the subsidy; {P:Sanne} will send the energy bill. BSN for the subsidy "
     "form: {I:263918579}"),
    ("crm_activity",
     "Interaction #INT-50218\n"
     "Customer: {P:Sourav Chattopadhyay}\n"
     "Alt contact: {P:Moumita Chattopadhyay} ({T:+91 98310 22746})\n"
     "Visited the showroom at {C:Salt Lake}; wants delivery to {A:P-14, Block B, Lake Town}, {C:Kolkata} {A:700089}.\n"
     "Sales exec: {P:Arindam Ghosh}"),
    ("crm_activity",
     "QBR prep — {P:Maria Concepcion Dela Paz-Reyes}\n"
     "She goes by {P:Connie}; her boss is {P:Rodrigo Magsaysay Jr.}\n"
     "Office: {A:17th Floor, Bonifacio Lane Tower}, {A:32nd Street}, {C:Bonifacio Global City}, {C:Taguig}\n"
     "Phone: {T:+63 917 804 2261}\n"
     "Risk: renewal depends on the {C:Cebu} rollout."),
    ("crm_activity",
     "Attività: visita cliente — 22/05\n"
     "Cliente: {P:Giuseppina Lo Bianco} (titolare, Ottica Lo Bianco)\n"
     "Indirizzo: {A:Via Maqueda 214}, {A:90134} {C:Palermo}\n"
     "IBAN per l'addebito: {I:IT33 R030 6909 4201 0000 0063 718}\n"
     "Note: il figlio {P:Salvatore} gestirà gli ordini; cell. {T:+39 347 221 8830}.\n"
     "Agente: {P:Matteo Ferrandi}"),
    ("crm_activity",
     "Meeting note — distributor visit\n"
     "Attendees: {P:Dilrukshi Senanayake}, {P:Chaminda Perera}, {P:Tasnim Chowdhury}\n"
     "Venue: {A:No. 45/2, Galle Road}, {C:Colombo 03}, Sri Lanka\n"
     "{P:Tasnim} will cover Bangladesh from the new office at {A:House 27, Road 104}, {C:Gulshan 2}, {C:Dhaka} "
     "{A:1212}.\n"
     "Follow-up: {E:dilrukshi.s@lankagoods.lk}"),
    # --- forum threads --------------------------------------------------------------------------------------------
    ("forum_thread",
     "Re: Best way to dispute a council tax band?\n"
     "> Quote from {P:grumpy_gareth}: they ignored my letter for 6 weeks\n"
     "\n"
     "{P:Gareth}, same here. In the end I e-mailed the valuation officer directly ({E:j.pemberton@voa-mail.gov.uk}) "
     "and got a reply from a {P:Janet Pemberton} in two days.\n"
     "--\n"
     "{P:Bev} from {C:Swindon}"),
    ("forum_thread",
     "u/{P:kavya_iyer_92} · 3h\n"
     "> my landlord Mr {P:Kapoor} keeps the whole deposit\n"
     "Same thing happened to me in {C:Koramangala}. Send him a legal notice. My lawyer was advocate {P:Meera Pillai}, "
     "she charged very little.\n"
     "u/{P:kavya_iyer_92}: thanks!! will do"),
    ("forum_thread",
     "Thread: Router keeps dropping — ISP says it's my end\n"
     "{P:lars.henningsen} wrote:\n"
     "> my WAN IP {N:84.238.17.201} changes every hour\n"
     "Reply from {P:Wade_K}: check the DHCP lease; mine at {N:192.168.1.1} is set to 24h.\n"
     "Reply from {P:lars.henningsen}: thanks {P:Wade}, that fixed it.\n"
     "--\n"
     "{P:Lars Henningsen}, {C:Aarhus}"),
    ("forum_thread",
     "Subject: Looking for descendants of {P:Eoghan Mac Cárthaigh} of {C:Skibbereen}\n"
     "Posted by {P:Colleen McCarthy-Rourke}\n"
     "My great-grandmother {P:Honora} married a {P:Patrick Donnelly} in {C:Boston}. If you are related, write to me at "
     "{E:colleen.mccrourke@comcast-mail.net}.\n"
     "> Reply from genealogy_gran: I have a {P:Honora Mac Cárthaigh} in my tree, born {B:14 March 1889}!"),
    ("forum_thread",
     "Konu: {C:Ankara}'da iyi bir çocuk doktoru?\n"
     "{P:ayse_k} yazdı:\n"
     "> Dr. {P:Mehmet Öztürk} çok iyi\n"
     "{P:zeynep.arslan}: evet, kliniği {A:Tunalı Hilmi Cad. No: 88/4}, {C:Çankaya}. Tel {T:0312 418 22 07}\n"
     "{P:ayse_k}: teşekkürler {P:Zeynep}!"),
    ("forum_thread",
     "Re: Re: Selling my old Canon AE-1\n"
     "> Is it still available? — {P:mike.o}\n"
     "Yes {P:Mike}, collection only from {C:Leith}. PM me.\n"
     "--\n"
     "{P:Ailsa Drummond-Hay} | {T:07831 552 904} | \u201cFilm is not dead\u201d"),
    ("forum_thread",
     "Re: Erfahrungen mit Hausverwaltungen?\n"
     "Zitat von {P:schmidti84}:\n"
     "> Unsere Verwaltung sitzt in der {A:Bahnhofstraße 22}, {A:90402} {C:Nürnberg}\n"
     "Ja, Herr {P:Kleinschmidt} dort ist unmöglich. Schreibt lieber Frau Dr. {P:Oberländer} an.\n"
     "Gruß, {P:Uwe}"),
    ("forum_thread",
     "Topic: Living with Ehlers-Danlos — introductions\n"
     "Hi all, I'm {P:Georgia} from {C:Auckland}, diagnosed last year with Ehlers-Danlos and Raynaud's.\n"
     "> welcome {P:Georgia}! — {P:tui_matenga}\n"
     "{P:tui_matenga}: my rheumatologist Dr {P:Hemi Parata} is great if you're ever in {C:Hamilton}."),
    ("forum_thread",
     "[SOLVED] Can't reach NAS from VPN\n"
     "Posted by {P:chidi_nwosu}: NAS at {N:192.168.50.10}, VPN subnet {N:10.8.0.0}/24, gateway {N:10.8.0.1}\n"
     "Reply ({P:ana.sousa}): add a route via {N:192.168.50.1}; also your firmware 4.3.2.1 is ancient\n"
     "{P:chidi_nwosu}: works, obrigado {P:Ana}!"),
    ("forum_thread",
     "Lost cat — {C:Rathmines}\n"
     "Our ginger tom went missing near the canal on Tuesday. Please ring {P:Siún} on {T:086 204 7719} or e-mail "
     "{E:siun.breathnach@iol-mail.ie}.\n"
     "> Reply from {P:declan_b}: saw a ginger cat by the lock last night\n"
     "{P:Siún}: thank you {P:Declan}!!"),
    ("forum_thread",
     "Re: Spouse visa — which documents did you send?\n"
     "> {P:shirin.t} wrote: we sent the nikah certificate and the tenancy for {A:Flat 3}, {A:27 Albion Street}, "
     "{C:Leicester}\n"
     "{P:Ahmad Zia Popalzai}: we also added my wife {P:Zarghona}'s tazkira with a certified translation.\n"
     "{P:rojda_aydin}: don't forget the bank letters, {P:Shirin}! ours came from {P:Berivan}'s account.\n"
     "--\n"
     "{P:Marcia Campbell-Thompson}, volunteer adviser, {T:0116 496 0288}"),
    # --- referral letters -----------------------------------------------------------------------------------------
    ("referral_letter",
     "Dear Dr {P:Adebayo},\n"
     "Re: Mrs {P:Hope Ellington}, DOB {B:17/02/1961}, NHS {I:943 476 5919}\n"
     "{A:5 Coombe Lane}, {C:Truro} {A:TR1 3RH}\n"
     "I would be grateful if you could see this 63-year-old lady with suspected Paget's disease of bone.\n"
     "Yours sincerely,\n"
     "Dr {P:Tomasz Wróblewski}\n"
     "Penhallow Surgery"),
    ("referral_letter",
     "Referral — Physiotherapy\n"
     "Patient: {P:Kulwinder Kaur Sandhu}   DOB: {B:1972-08-19}\n"
     "Address: {A:8841 132 St}, {C:Surrey}, BC {A:V3W 4N5}   Phone: {T:604-555-0152}\n"
     "Referred by: Dr {P:Harpreet Singh Grewal}\n"
     "Please assess Mrs {P:Sandhu} for chronic low back pain. {P:Kulwinder} speaks Punjabi; her son {P:Amandeep} "
     "can interpret."),
    ("referral_letter",
     "To,\n"
     "Dr. {P:Prakash Hegde}, Consultant Nephrologist\n"
     "Re: Mr. {P:Basavaraj Patil}, 58 yrs, UHID {I:KMC-0927714}\n"
     "Kindly evaluate for rising creatinine. The patient lives at {A:No. 42, 3rd Stage}, {C:Vijayanagar}, "
     "{C:Mysuru} {A:570017}; contact {T:0821 241 7730}.\n"
     "Regards,\n"
     "Dr. {P:Shalini Rao}"),
    ("referral_letter",
     "Überweisung an: Dr. med. {P:Beate Schimanski}, Fachärztin für Neurologie\n"
     "Patientin: {P:Leonie Marie Stöckl}, geb. {B:03.12.1998}\n"
     "{A:Marienplatz 9}, {A:94032} {C:Passau}\n"
     "Sehr geehrte Frau Kollegin {P:Schimanski}, ich bitte um Abklärung rezidivierender Kopfschmerzen.\n"
     "Mit kollegialen Grüßen\n"
     "Dr. {P:Wolfram Eichhorn-Nagy}"),
    ("referral_letter",
     "Dear Ms {P:Ntombi Khumalo},\n"
     "Re: Referral of {P:Tshepo Molefe} (DOB {B:2 October 2014}) to child psychology\n"
     "Mother: {P:Palesa Molefe}, {A:48 Mahlangu Street}, {C:Orlando West}, {C:Soweto} {A:1804}\n"
     "Mobile: {T:082 417 3309}\n"
     "Kind regards,\n"
     "{P:Nomvula Dube}, School Counsellor"),
    ("referral_letter",
     "Cher confrère,\n"
     "Je vous adresse M. {P:Jean-Baptiste Ntumba Kabasele}, né le {B:12/01/1979}, pour avis cardiologique.\n"
     "Domicile : {A:Avenue Brugmann 214}, {A:1180} {C:Uccle}\n"
     "N° national : {I:79.01.12-187.52}\n"
     "Bien confraternellement,\n"
     "Dr {P:Anne-Sophie Vanderlinden}"),
    ("referral_letter",
     "REFERRAL — Sleep Medicine\n"
     "To: {P:Wendell Okafor}, MD\n"
     "Patient: {P:YBARRA, Guadalupe M.}   DOB {B:09/30/1966}   Member ID {I:XKW918273645}\n"
     "Address: {A:4410 E Van Buren St}, {A:Apt 221}, {C:Phoenix}, AZ {A:85008}\n"
     "{P:Lupe} snores loudly per her husband {P:Ernesto}; Epworth 16. Please evaluate for OSA.\n"
     "Referring: {P:Dana Whitlock}, NP — {T:(602) 555-0139}"),
    ("referral_letter",
     "A Dhochtúir, / Dear Doctor,\n"
     "Re: {P:Seosamh Ó Gallchobhair}, DOB {B:29/04/1955}, PPSN {I:8812054GA}\n"
     "{A:Baile an Easpaig}, {C:Gaoth Dobhair}, Co. Dhún na nGall {A:F92 H3R6}\n"
     "Progressive dyspnoea; please assess. His son {P:Seán} will accompany him.\n"
     "Le meas,\n"
     "Dr {P:Úna Nic Giolla Bhríde}"),
    ("referral_letter",
     "Žádanka — doporučení ke specialistovi\n"
     "Pacientka: {P:Tereza Dvořáková}, r. č. {I:755411/0212}\n"
     "Bydliště: {A:Vinohradská 1811/42}, {A:130 00} {C:Praha 3}\n"
     "Telefon: {T:+420 602 418 773}\n"
     "Odesílající lékař: MUDr. {P:Ondřej Hrubý}"),
    ("referral_letter",
     "Trimitere către medic specialist\n"
     "Pacient: {P:Ioana-Cristina Mărgineanu}, CNP {I:2860412130479}\n"
     "Domiciliu: {A:Str. Lalelelor nr. 27}, {A:bl. C4, sc. 2, ap. 31}, {C:Constanța} {A:900512}\n"
     "Telefon pacient: {T:0745 227 190}\n"
     "Medic trimițător: Dr. {P:Radu Vasilescu}"),
    ("referral_letter",
     "Dear {P:Rahel},\n"
     "Thank you for seeing {P:Yonatan Gebreyesus Haile} (DOB {B:11 June 2009}) in the paediatric clinic.\n"
     "Family address: {A:Flat 22}, {A:Coleridge House}, {A:9 Holloway Rise}, {C:London} {A:N19 4TJ}\n"
     "His mother {P:Mebrat} prefers Tigrinya; her number is {T:07412 339 806}.\n"
     "Best wishes,\n"
     "{P:Ruth Okwuosa}, Health Visitor"),
    ("referral_letter",
     "Kia ora Dr {P:Tane Whaanga},\n"
     "Re: {P:Mereana Pōtae-Hohaia}, DOB {B:05/03/1948}, hospital no. {I:WDHB-0082217}\n"
     "{A:14 Kowhai Street}, {C:Te Aro}, {C:Wellington} {A:6011}\n"
     "Her mokopuna {P:Ariki} is her main support ({T:022 418 7730}).\n"
     "Ngā mihi,\n"
     "Dr {P:Sarah Lim}"),
    # --- billing notices ------------------------------------------------------------------------------------------
    ("billing_notice",
     "FINAL NOTICE — customer ref 771-204\n"
     "Mr {P:Ciaran Fitzgerald-Boyle}\n"
     "{A:Flat 2}\n"
     "{A:18 Rosemount Terrace}\n"
     "{C:Aberdeen}\n"
     "{A:AB25 2XJ}\n"
     "Your balance of £212.40 is overdue. Pay by Direct Debit from sort code {I:83-91-04}, account {I:10427731}, or "
     "call {T:0345 601 8822}."),
    ("billing_notice",
     "STATEMENT OF ACCOUNT\n"
     "Guarantor: {P:Rosalind Mae Pettigrew}\n"
     "Patient: {P:Hunter Pettigrew} (DOB {B:04/18/2012})\n"
     "{A:PO Box 2291}\n"
     "{C:Asheville} NC {A:28802}\n"
     "Amount due: $340.00 by 05/15/2024. Insurance: Aetna member {I:W218409736}\n"
     "Questions? {T:1-828-555-0161}"),
    ("billing_notice",
     "Rechnung Nr. 2024-04417\n"
     "Frau Dr. {P:Helga Hoffmann-Kirchner}\n"
     "{A:Parkallee 33}\n"
     "{A:20144} {C:Hamburg}\n"
     "Der Betrag von 1.284,00 EUR wird am 30.04. per SEPA-Lastschrift von {I:DE23 1203 0000 1058 8372 66} "
     "eingezogen.\n"
     "Ihre Ansprechpartnerin: {P:Svenja Tiedemann}, {T:040 3861 2207}"),
    ("billing_notice",
     "Bill summary — Postpaid\n"
     "Shri {P:Anand Prakash Tiwari}\n"
     "{A:B-1203, Shanti Vihar CHS}, {A:Film City Road}, {C:Goregaon East}, {C:Mumbai} {A:400065}\n"
     "Mobile no.: {T:98200 41176}   Bill period: 01-31 Mar\n"
     "Pay via UPI before the due date to avoid a late fee."),
    ("billing_notice",
     "AVIS D'ÉCHÉANCE\n"
     "M. {P:Yannick Le Goff}\n"
     "{A:Résidence Les Mouettes, Bât. B}\n"
     "{A:12 rue de Siam}\n"
     "{A:29200} {C:Brest}\n"
     "Prélèvement sur {I:FR94 3000 3012 8700 0481 7265 130} le 15/04. Contact : {T:02 98 44 17 30}"),
    ("billing_notice",
     "Invoice — Property tax instalment 2 of 4\n"
     "{P:Ewan MacKinnon} & {P:Deirdre Ó Murchú}\n"
     "{A:1442 Barrington St}, {A:Suite 6}\n"
     "{C:Halifax} NS {A:B3J 1Z4}\n"
     "Pre-authorized debit from the card ending 2286. Questions: {E:ewan.mackinnon@eastlink-mail.ca}"),
    ("billing_notice",
     "TAX INVOICE — Water & Sewerage\n"
     "Mr {P:Nguyen Van Thanh}\n"
     "{A:7/2 Ferntree Gully Road}\n"
     "{C:Oakleigh East} VIC {A:3166}\n"
     "Direct debit from BSB {I:063-214} account {I:1048 2297} on 28 June.\n"
     "BPAY biller code 7713"),
    ("billing_notice",
     "AVISO DE COBRO\n"
     "D.ª {P:Montserrat Vilaró i Casals}\n"
     "{A:C/ de Provença, 281}, {A:5.º 2.ª}, {A:08037} {C:Barcelona}\n"
     "Domiciliación bancaria: {I:ES19 0081 7344 2900 0186 2371}\n"
     "Importe: 86,40 EUR — vencimiento 05/06"),
    ("billing_notice",
     "Statement — Bin Collection Service\n"
     "{P:Dervla Ní Mhurchú}\n"
     "{A:14 Páirc na Coille}\n"
     "{C:Tralee}, Co. Kerry {A:V92 PX81}\n"
     "Direct debit from {I:IE43 AIBK 9320 8847 1209 34} on 1 May."),
    ("billing_notice",
     "Subject: Payment failed — action needed\n"
     "Hi {P:Rose},\n"
     "We couldn't charge your card {I:5233 8817 4096 0522} for your Pro plan.\n"
     "Billing e-mail on file: {E:rose.kettleborough@protonmail-box.com}\n"
     "Last login from {N:86.12.201.140}. You can update the card under Settings → Billing.\n"
     "— The Billing Team"),
    ("billing_notice",
     "TAGIHAN — No. 2024-05-118\n"
     "Kepada Yth. Bapak {P:Sutrisno}\n"
     "{A:Jl. Kaliurang Km 5,6 No. 12}\n"
     "{A:RT 04/RW 11}, {C:Sleman}, {C:Yogyakarta} {A:55281}\n"
     "Total: Rp 412.500 — jatuh tempo 20 Mei\n"
     "Pertanyaan: hubungi Bu {P:Wulandari} di {T:0812 2734 9915}"),
    # --- tax returns --------------------------------------------------------------------------------------------
    ("tax_return",
     "Form 1040 — U.S. Individual Income Tax Return 2023\n"
     "Your first name and middle initial: {P:Marisol T.}   Last name: {P:Echeverría}\n"
     "Your social security number: {I:071-88-3419}\n"
     "Spouse's first name: {P:Octavio}   Last name: {P:Echeverría}   SSN: {I:532-07-6614}\n"
     "Home address: {A:2719 Magnolia Bend Dr}   Apt. no.: {A:14B}\n"
     "City: {C:San Antonio}   State: TX   ZIP code: {A:78245}\n"
     "Dependent: {P:Jazmín Echeverría}, ITIN {I:912-78-4031}"),
    ("tax_return",
     "SA100 Tax return 2023-24\n"
     "Name: MR {P:RAVI SHANKAR IYENGAR}\n"
     "National Insurance number: {I:WL 27 64 09 C}\n"
     "Date of birth: {B:23 11 1981}\n"
     "Address: {A:Flat 14}, {A:Harcourt House}, {A:60 Tannery Lane}, {C:Reading} {A:RG1 8PQ}\n"
     "Phone: {T:0118 496 0731}"),
    ("tax_return",
     "ITR-1 (SAHAJ) — AY 2024-25\n"
     "Name: {P:MEENAKSHI SUNDARAM}\n"
     "PAN: {I:DJKPS2264R}   Aadhaar No.: {I:3501 9826 4732}\n"
     "Date of Birth: {B:15/08/1976}\n"
     "Flat/Door/Block No.: {A:Flat 7C}   Name of Premises: {A:Lakshmi Residency}\n"
     "Road/Street: {A:Dr. Radhakrishnan Salai}   Area/Locality: {C:Mylapore}\n"
     "Town/City/District: {C:Chennai}   PIN: {A:600004}\n"
     "Mobile: {T:+91 94442 73019}   Email: {E:meenakshi.s1976@rediff-mail.com}"),
    ("tax_return",
     "Einkommensteuererklärung 2023 — Hauptvordruck\n"
     "Steuerpflichtige Person: Name {P:Kaya}, Vorname {P:Derya}\n"
     "Identifikationsnummer: {I:65031829468}   Geburtsdatum: {B:07.03.1985}\n"
     "Straße und Hausnummer: {A:Gartenstraße 18a}   Postleitzahl: {A:45127}   Wohnort: {C:Essen}\n"
     "Ehegatte: {P:Serkan Kaya}, Identifikationsnummer {I:28914065329}\n"
     "IBAN für die Erstattung: {I:DE67 7605 0101 0382 9471 65}"),
    ("tax_return",
     "T1 General 2023\n"
     "First name and initial: {P:Mélodie A.}   Last name: {P:Thibodeau-Singh}\n"
     "Social insurance number (SIN): {I:528 064 173}\n"
     "Date of birth (YYYY/MM/DD): {B:1990/05/02}\n"
     "Mailing address: {A:PO Box 118}   City: {C:Moncton}   Prov.: NB   Postal code: {A:E1C 4K2}\n"
     "Email: {E:melodie.thibodeau@rogers-mail.ca}"),
    ("tax_return",
     "Déclaration des revenus 2042 — revenus 2023\n"
     "Déclarant 1 : {P:BENSAÏD Nadia}, née le {B:08/04/1992}\n"
     "Déclarant 2 : {P:BENSAÏD Karim}, né le {B:19/12/1988}\n"
     "Adresse : {A:Appt 42, Bât. C}, {A:8 avenue de la Libération}, {A:93200} {C:Saint-Denis}\n"
     "Enfant à charge : {P:Inès Bensaïd}\n"
     "Téléphone : {T:07 81 22 46 39}"),
    ("tax_return",
     "Modelo 3 IRS — Rosto\n"
     "Sujeito passivo A: {P:Gonçalo Nuno Pinto de Magalhães}   NIF {I:186023952}\n"
     "Sujeito passivo B: {P:Beatriz Azevedo Magalhães}   NIF {I:271493682}\n"
     "Morada: {A:Travessa do Carregal, 12, 1.º Dto}, {A:4050-160} {C:Porto}\n"
     "IBAN para reembolso: {I:PT38 0010 0000 4718 2639 5015 2}"),
    ("tax_return",
     "FIRS — Personal Income Tax Return (Form A)\n"
     "Taxpayer Name: {P:ADEWALE Babatunde Olusegun}\n"
     "TIN: {I:20718836-0001}   Date of Birth: {B:12/06/1979}\n"
     "Residential Address: {A:No. 7, Ogunlana Drive}, {C:Surulere}, {C:Lagos}\n"
     "Phone: {T:+234 802 771 4183}   Email: {E:b.adewale@yahoo-mail.com.ng}"),
    ("tax_return",
     "Skattemelding 2023\n"
     "Navn: {P:Ingvild Sæther Bråten}   Fødselsnummer: {I:17048449549}\n"
     "Adresse: {A:Kirkeveien 64 B}, {A:0364} {C:Oslo}\n"
     "Ektefelle: {P:Håkon Bråten}, fødselsnummer {I:08119237255}\n"
     "Kontonummer for tilbakebetaling: {I:NO24 1503 8274 619}"),
    ("tax_return",
     "Veroilmoitus 2023 — esitäytetty\n"
     "Nimi: {P:Aino-Kaisa Väisänen}   Henkilötunnus: {I:230587-4328}\n"
     "Osoite: {A:Hämeenkatu 14 B 22}, {A:33100} {C:Tampere}\n"
     "Tilinumero: {I:FI04 4055 1020 0384 17}\n"
     "Puhelin: {T:+358 40 718 2209}"),
    ("tax_return",
     "个人所得税年度汇算 — 2023\n"
     "姓名：{P:刘海涛}\n"
     "身份证号：{I:11010819930302381X}\n"
     "出生日期：{B:1993-03-02}\n"
     "地址：{C:北京市}{C:海淀区}{A:中关村南大街27号}{A:3单元502}\n"
     "联系电话：{T:186 1037 2294}"),
    # --- complaint letters ----------------------------------------------------------------------------------------
    ("complaint_letter",
     "Dear Sir or Madam,\n"
     "I am writing to complain about the delivery to {A:12 Larch Grove}, {C:Didsbury}, {C:Manchester} {A:M20 6RF} on "
     "3 February. Your driver left the parcel with a neighbour, Mr {P:Abernathy}, who denies receiving it.\n"
     "The order was placed under my husband's name, {P:Temitope Bakare}.\n"
     "Yours faithfully,\n"
     "{P:Funmilayo Bakare}\n"
     "{T:07984 221 560}"),
    ("complaint_letter",
     "To: Customer Relations, Evergreen Auto Group\n"
     "From: {P:Wade Hollister}, {A:318 Quarry Rd}, {C:Barre}, VT {A:05641}\n"
     "Re: Service on my 2019 pickup\n"
     "Your service advisor, {P:Kyle}, told me the warranty covered the repair, yet I was charged $1,140. Please "
     "contact me at {E:wade.hollister@myfairpoint-mail.net} or {T:802-555-0174}.\n"
     "Sincerely,\n"
     "{P:Wade Hollister}"),
    ("complaint_letter",
     "Objet : Réclamation — facture n° 88-4471\n"
     "Madame, Monsieur,\n"
     "Je soussignée {P:Françoise N'Diaye-Lambert}, demeurant {A:17 rue Pasteur}, {A:59000} {C:Lille}, conteste la "
     "facture citée. Votre conseiller, M. {P:Olivier}, m'avait promis un avoir.\n"
     "Veuillez agréer mes salutations distinguées.\n"
     "{P:F. N'Diaye-Lambert}\n"
     "{E:francoise.ndiaye@laposte-mail.fr}"),
    ("complaint_letter",
     "Complaint ref CR-2291 (imported from the legacy system)\n"
     "Customer: {P:Fran\u00c3\u00a7ois Lema\u00c3\u00aetre}\n"
     "Text: I was billed twice in March. I rang {T:+32 478 22 19 40} and spoke to {P:Jos\u00c3\u00a9}, who hung up.\n"
     "Reply to: {E:f.lemaitre@skynet-mail.be}\n"
     "Handled by: {P:Anneleen Verstraeten}"),
    ("complaint_letter",
     "Hoja de reclamación\n"
     "Reclamante: {P:Encarnación Jiménez de la Fuente}   DNI: {I:48213377H}\n"
     "Domicilio: {A:Calle Mayor 14}, {A:2.º A}, {A:30001} {C:Murcia}\n"
     "Hechos: el técnico, {P:Rubén}, no se presentó a la cita del 8 de abril ni avisó.\n"
     "Teléfono: {T:+34 968 21 44 70}"),
    ("complaint_letter",
     "Beschwerde über Ihren Außendienst\n"
     "Sehr geehrte Damen und Herren,\n"
     "am 14. März erschien Ihr Monteur, Herr {P:Dragan Ilić}, zwei Stunden zu spät in der {A:Goethestraße 41}, "
     "{A:60313} {C:Frankfurt am Main}. Bitte rufen Sie mich unter {T:069 2741 8830} zurück.\n"
     "Mit freundlichen Grüßen\n"
     "{P:Gisela Ruß-Oberhuber}"),
    ("complaint_letter",
     "To\n"
     "The Nodal Officer, Card Services\n"
     "Subject: Unauthorised debit on card {I:4571 9902 6613 4785}\n"
     "Respected Sir/Madam, I, {P:Pooja Ramaswamy Iyer}, residing at {A:No. 9, Gandhi Bazaar Main Road}, "
     "{C:Basavanagudi}, {C:Bengaluru} {A:560004}, wish to report a debit I did not make. My husband {P:Venkat} "
     "reported it at your branch on 2nd April.\n"
     "Regards,\n"
     "{P:Pooja R. Iyer}\n"
     "Mob: {T:+91 98450 17726}"),
    ("complaint_letter",
     "Subject: Complaint — broken washing machine\n"
     "Hello, my name is {P:Margare\u00adthe Sørensen-Bakke}. Your technician {P:Jonas} left the machine worse than "
     "before.\n"
     "Address: {A:Strandvejen 72, 2. th.}, {A:2900} {C:Hellerup}   Phone: {T:+45 31 72 40 18}\n"
     "Please refund the call-out fee to {I:DK48 3000 0071 8392 64}.\n"
     "Best regards,\n"
     "{P:Margarethe}"),
    ("complaint_letter",
     "Dear Customer Care,\n"
     "RE: POOR SERVICE AT YOUR {C:KUMASI} BRANCH\n"
     "On Friday your staff ({P:Kofi}) refused to update my details. My name is {P:Yaa Asantewaa Boakye}, Ghana Card "
     "{I:GHA-718822491-3}, phone {T:024 771 3390}.\n"
     "Kindly call me back.\n"
     "{P:Y. A. Boakye}"),
    ("complaint_letter",
     "Re: \u201cCustomer service\u201d at your {C:Leeds} store\n"
     "I was told by a manager called \u201c{P:Crystal}\u201d that refunds take 30 days. That is not acceptable.\n"
     "Name: {P:Jamal Abdi Warsame}\n"
     "Address: {A:27 Harehills Lane}, {C:Leeds} {A:LS8 5HS}\n"
     "Email: {E:jamal.warsame@sky-mail.com}"),
    ("complaint_letter",
     "Kính gửi Bộ phận Chăm sóc Khách hàng,\n"
     "Tôi là {P:Đặng Thị Ngọc Ánh}, địa chỉ {A:số 18 ngõ 102 Trường Chinh}, {C:Đống Đa}, {C:Hà Nội}.\n"
     "Đơn hàng của tôi bị giao nhầm cho ông {P:Vũ Minh Tuấn}. Xin liên hệ {T:0983 551 204} hoặc "
     "{E:ngocanh.dang@vnn-mail.vn}.\n"
     "Trân trọng,\n"
     "{P:Ngọc Ánh}"),
    # --- PII-free look-alikes -------------------------------------------------------------------------------------
    ("pii_free",
     "Spring sale now on at Marks & Spencer, Ted Baker and Hobbs — up to 50% off until Sunday.\n"
     "Click & collect from any John Lewis store."),
    ("pii_free",
     "Chapter 4 covers Parkinson's disease and Alzheimer's disease; see also Hodgkin lymphoma, Down syndrome and "
     "Guillain-Barré syndrome."),
    ("pii_free",
     "The Nobel Prize in Physics and the Fields Medal are announced in the autumn.\n"
     "The Turner Prize shortlist follows in May, the Booker Prize in September."),
    ("pii_free",
     "St Patrick's Day falls on a Sunday this year, so the bank holiday moves to Monday.\n"
     "St Andrew's Day is a holiday in Scotland; St George's Day is not."),
    ("pii_free",
     "We met on Oxford Street, walked down Baker Street to Regent's Park and had dinner near Wall Street the next "
     "week on the New York leg of the trip."),
    ("pii_free",
     "Quarterly Business Review\n"
     "Regional Sales Director — Key Accounts\n"
     "Agenda: Pipeline Health, Forecast Accuracy, Hiring Plan, Any Other Business"),
    ("pii_free",
     "Storm Babet and Storm Ciarán brought flooding to the east coast; Hurricane Beryl reached category 5 over the "
     "Caribbean."),
    ("pii_free",
     "Plant 'Gertrude Jekyll' roses beside the 'Bramley' apple, and lift the 'Maris Piper' and 'King Edward' "
     "potatoes in September."),
    ("pii_free",
     "Order no. 020-7946-1182-4 has shipped.\n"
     "Lot numbers 4471-2290-118 and 4471-2290-119 are included in the recall."),
    ("pii_free",
     "Upgraded the controller firmware from 10.2.0.14 to 10.2.1.3; the schema version must be at least 4.1.0.7.\n"
     "Build 2024.04.01.7 is the release candidate."),
    ("pii_free",
     "Name: ______________________\n"
     "Date of birth: __ / __ / ____\n"
     "Address: ______________________\n"
     "Phone: ____________   Email: ____________"),
    ("pii_free",
     "The Hubble telescope measured the Doppler shift, and the Higgs boson was confirmed at CERN; Halley's Comet "
     "returns in 2061."),
    ("pii_free",
     "Opening hours: Monday to Friday, 9am–5pm. Closed in August, on Good Friday and on Boxing Day.\n"
     "Late opening on Thursdays from March to June."),
    ("pii_free",
     "Head of Customer Success, Finance Department, Human Resources Business Partner, Chief Medical Officer and "
     "Data Protection Officer attended the meeting."),
    ("pii_free",
     "Ben & Jerry's, McDonald's and Wendy's all opened new branches in the retail park; Dr. Martens moved next to "
     "Hotel Chocolat."),
    ("pii_free",
     "The Sarbanes-Oxley Act and the Dodd-Frank Act apply to the US entity; Megan's Law and Martyn's Law were "
     "discussed separately."),
    ("pii_free",
     "Staff were trained in the Heimlich manoeuvre; the Glasgow Coma Scale score was 15 and the Apgar score 9."),
    ("pii_free",
     "Shades available this season: Rose, Ruby, Pearl, Hunter Green and Dawn Grey.\n"
     "The Crystal range and the Summer collection arrive in April."),
    ("pii_free",
     "The train from Victoria Station reaches Albert Dock at 10:40; the Elizabeth line was delayed by signal "
     "failure near Paddington."),
    ("pii_free",
     "Annual Report On Customer Satisfaction In The Nordic Region\n"
     "Prepared By The Insights Team For The Executive Committee"),
    ("pii_free",
     "Sales of the Tesla Model Y and the Ford Focus fell; Mercedes-Benz dealers and Louis Vuitton stores reported "
     "record weeks."),
    ("pii_free",
     "SHIP TO:\n"
     "Name:\n"
     "Address line 1:\n"
     "Address line 2:\n"
     "Postcode:\n"
     "Phone:"),
    ("pii_free",
     "Sunny intervals on Wednesday, showers on Friday. Grace period for renewals ends on 31 May; Hope & Glory "
     "festival tickets go on sale in June."),
    ("pii_free",
     "Ticket INC-2024-0417 was reopened by the Service Desk and assigned to the Network Operations team; "
     "priority 2, no customer impact."),
]


def dev8_records() -> list[Labelled]:
    """The eighth hand-written development records, parsed (gold spans on field `text`)."""
    return [parse_marked(kind, marked) for kind, marked in RECORDS]
