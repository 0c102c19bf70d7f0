"""A fourth hand-written gold set for `redact_quality`: realistic multi-line records of an organisation, written
to measure and tune the redaction detector. This is a DEVELOPMENT set: rules may be tuned on its misses (the
blind set is redact_blind5.py).

Records come in 14 styles, in roughly equal numbers: support tickets, clinical notes, HR e-mails, chat logs (some
all lower case, with handles), ops/server logs (auth, nginx, postfix, sshd, firewall, DHCP, SIP, audit lines), CSV
and TSV rows (with and without a header), postal address blocks, bank notes, CRM notes, forum posts, referral
letters, payment/billing updates, tax forms and meeting minutes; plus PII-free look-alikes (`pii_free`: Title Case
headings, brand names that look like people such as "Tim Hortons" or "Ted Baker", eponyms such as "Hodgkin
lymphoma" or "Gillick competence", storm and cocktail names, plant names such as "Sweet William", place names,
famous streets in prose, months and weekdays, product names, version numbers shaped like IP addresses).

People come from many cultures: Irish, Scottish Gaelic, Welsh, Dutch, Flemish, German, Austrian, Swiss (incl.
Romansh), Polish, Czech, Hungarian, Romanian, Greek, Turkish, Levantine, Gulf and Maghrebi Arabic, Persian, Hebrew,
Hindi, Tamil, Telugu, Bengali, Punjabi, Sinhala, Nepali, Vietnamese, Thai, Filipino, Indonesian, Malay, Korean,
Japanese (romanised and kanji/kana), Chinese (pinyin and Cantonese romanisation, hanzi), Yoruba, Igbo, Hausa,
Amharic, Somali, Swahili, Zulu, Akan, Brazilian, Portuguese, Spanish, Basque, Italian, French, Quebecois, Danish,
Norwegian, Swedish, Finnish, Icelandic and Maori. Names appear in the forms real data has: `SURNAME, Given`,
`SURNAME/GIVEN MR` airline order, `SURNAME Given`, East Asian family name first, all capitals, initials
(`C. N. Obiora`, `R.K.`), particles (van, van der, Ó, Ní, Mac, ap, bin, binti, Al-, ibn, dos, di, Lo), diacritics,
hyphenated double surnames, a lone given name in a greeting or sign-off, lower-case names in chat, a name given in
full and later by one part or in another case, possessives, names inside e-mail addresses, user names and host
names, and given names that are also English words (Hope, Faith, Joy, Grace, Rose, Will, Mark, Bill). Addresses
follow the formats of the UK, Ireland, Germany, Austria, Switzerland, France, the Netherlands, Belgium, Spain,
Portugal, Italy, Poland, Czechia, Hungary, Greece, Finland, Norway, India, the US, Canada, Australia, Japan,
Brazil, Nigeria, Kenya, South Africa and more. A few Unicode oddities of real exports occur: a no-break space
inside a card number and a phone number, a full-width ＠ in an e-mail address, curly quotes, em dashes and one
mojibake name.

Every value (names, streets, postcodes, phones, e-mails, identifiers, IP addresses) was invented for this file;
none comes from redact_gold.py, redact_data.py, redact_templates.py, redact_dev.py, redact_dev2.py,
redact_dev3.py, Faker, presidio-evaluator or configs/, and pipeline/ never reads it. Identifiers whose scheme
publishes a check digit carry a valid one, computed for this file (Luhn: payment cards, Swedish personnummer,
Canadian SIN, Israeli ID, Emirates ID; IBAN mod 97; Finnish HETU, Danish CPR, Norwegian fødselsnummer, Dutch BSN,
Belgian national number, Polish PESEL, Portuguese NIF, NHS number, Aadhaar (Verhoeff), Italian codice fiscale,
Brazilian CPF, Turkish TC Kimlik, French NIR, Korean RRN, Spanish DNI, German KVNR and Steuer-ID, Austrian
social insurance number, Czech birth number, Romanian CNP, Hong Kong ID, Australian Medicare, VIN);
tests/test_redact_dev4.py checks each of them. The others (SSN, NI number, PAN, MyKad, passports, licences,
MRNs, member numbers, account numbers, plates) only have the shape of real ones.

Markup as in redact_dev.py: `{P:...}` PERSON (handles built from a name included; titles such as "Mr", "Dr",
"Frau", "Sra", "Khun", "Cllr", "Chief" stand outside), `{A:...}` ADDRESS (street line, flat/unit/building line,
P.O. box, postcode; each part marked separately), `{E:...}` EMAIL_ADDRESS (role addresses too), `{T:...}`
PHONE_NUMBER, `{I:...}` ID (national and tax IDs, card numbers, IBANs, bank account numbers, passports, medical
record and hospital numbers, health plan member numbers, driver licences, vehicle plates and VINs), `{B:...}`
DATE_OF_BIRTH (only the date next to a cue such as "DOB", "born", "geb.", "né le", "nata il" or a `dob` column;
the cue stays outside), `{N:...}` IP_ADDRESS and `{C:...}` a town, city or district (neutral). Countries, regions,
organisations, products, order/ticket/case numbers, employee numbers and other dates are not marked; spelled-out
numbers do not occur.
"""

from __future__ import annotations

from benchmarks.redact_data import Labelled
from benchmarks.redact_dev import parse_marked

RECORDS: list[tuple[str, str]] = [
    # --- support tickets --------------------------------------------------------------------------------------
    ("support_ticket",
     "Ticket #48213 — Priority: High\n"
     "Reporter: {P:Siobhán Ní Bhraonáin} <{E:siobhan.nibhraonain@corrib-logistics.ie}>\n"
     "Subject: Cannot log in after password reset\n"
     "Hi team, since this morning the portal rejects my new password. I tried Chrome and Firefox.\n"
     "Best callback number is {T:+353 87 412 6630}, I'm in the {C:Galway} office until 5.\n"
     "---\n"
     "Agent note: reset MFA token for {P:siobhan.nb}, asked her to retry. Pending confirmation."),
    ("support_ticket",
     "From: {P:Volker Bräutigam}\n"
     "Betreff: Lieferung nicht angekommen / parcel not delivered\n"
     "Order 7731-0042 was meant to go to {A:Am Lindenhügel 12b}, {A:70599} {C:Stuttgart}, but tracking shows it "
     "was returned to the depot.\n"
     "Please re-send; my neighbour Frau {P:Kießling} at no. 14 can accept it.\n"
     "Tel. {T:0711 4638290}\n"
     "Mit freundlichen Grüßen\n"
     "{P:V. Bräutigam}"),
    ("support_ticket",
     "[SUP-2291] Account locked\n"
     "Opened by: helpdesk bot\n"
     "User {P:glukaszczyk} ({P:Grzegorz Łukaszczyk}, Finance) was locked out after 5 failed attempts from "
     "{N:83.24.191.57}.\n"
     "He says he was travelling and the VPN client dropped. Identity verified by callback.\n"
     "Unlocked 09:42. Reminder about the password policy sent to {E:g.lukaszczyk@wisla-trade.pl}."),
    ("support_ticket",
     "Case 55120 | Channel: web form\n"
     "Name: {P:NGUYEN THI BICH NGOC}\n"
     "Email: {E:bichngoc.nguyen88@mailbox.vn}\n"
     "Message: My invoice shows the wrong name, it should be {P:Nguyễn Thị Bích Ngọc} with accents, not all "
     "capitals. Can you fix it before I send it to my company? Thanks, {P:Ngọc}\n"
     "Reply (agent {P:Hamza}): Hi Ms {P:Nguyen}, I updated the billing name, the new PDF is attached."),
    ("support_ticket",
     "Ticket 88-1046\n"
     "Customer: Khun {P:Siriporn Wongsawat}\n"
     "Issue: SIM not activated after porting\n"
     "Old number {T:081\u00a0734\u00a05592}, ported to us on Tuesday. Still shows 'No service'.\n"
     "Alternate contact via LINE id {P:siriporn.w} or e-mail {E:siriporn.wongsawat@thaimail.co.th}.\n"
     "Escalated to the porting desk."),
    ("support_ticket",
     "Rental desk ticket RD-3318\n"
     "Renter {P:Obinna Ezeudu} could not collect the car at {C:Heathrow} T5; the licence check failed.\n"
     "Licence no. on file: {I:EZEUD802195OB9KL}. He read it out over the phone and it matches; the DVLA "
     "lookup service was down.\n"
     "Manual check done, car released 14:10. Mr {P:Ezeudu}'s return flight lands on the 22nd."),
    ("support_ticket",
     "Subject: 請求書の再発行 / invoice reissue\n"
     "From: {P:SHIMAZU Kaede} <{E:k.shimazu@hoshino-denki.co.jp}>\n"
     "Please reissue invoice INV-20931 to our new office:\n"
     "{A:4-11 Shibata 2-chome}, {C:Kita-ku}, {C:Osaka} {A:530-0012}\n"
     "Contact: {P:Shimazu} (Accounting), ext. 2207"),
    ("support_ticket",
     "Hi {P:Iestyn},\n"
     "Following up on ticket 60417: the printer on floor 2 is still jamming. {P:Meinir Pryce} says the tray 3 "
     "sensor is loose.\n"
     "I've booked the engineer for Thursday morning.\n"
     "Diolch,\n"
     "{P:Elin}"),
    ("support_ticket",
     "Ticket: HD-7720 / Hardware\n"
     "Laptop LT-0934 issued to {P:Theodora Kalogeropoulou} is overheating and shutting down.\n"
     "She works from home at {A:Leof. Kifisias 118}, {A:115 26} {C:Athens}; courier pickup arranged for Monday.\n"
     "Mobile: {T:+30 694 512 8837}"),
    ("support_ticket",
     "Incidencia nº 20177\n"
     "Cliente: {P:Rocío Peñalver Ortuño}   DNI: {I:53918472D}\n"
     "Dirección: {A:C/ de la Alhóndiga, 14}, {A:3º B}, {A:41003} {C:Sevilla}\n"
     "Teléfono: {T:654 28 19 37}\n"
     "Motivo: la factura de marzo se cobró dos veces. Se abre reclamación con facturación."),
    ("support_ticket",
     "HK-IT-5521 | VPN\n"
     "{P:Kwok Ka-lok} (Ops) reports VPN disconnects every 20 min when working from home.\n"
     "Home IP {N:219.77.148.3}, client v5.2. Asked {P:Ka-lok} to update to 5.4 and send logs.\n"
     "Cc: {P:Lam Hoi-ching} <{E:hoiching.lam@harbourfreight.hk}>"),
    ("support_ticket",
     "Bejelentés / Ticket 3390-B\n"
     "Submitted by {P:Hajdú-Nagy Erzsébet} — {E:hajdu-nagy.erzsebet@dunaker.hu}\n"
     "The customs declaration form keeps timing out when attaching PDFs above 8 MB.\n"
     "Phone {T:+36 30 418 2276}. Workaround: split the PDF. {P:Erzsébet} confirmed it worked.\n"
     "Cc: {P:Kőrösi Gergő}"),
    # --- clinical notes ---------------------------------------------------------------------------------------
    ("clinical_note",
     "CLINIC NOTE — Dermatology\n"
     "Patient: {P:Ó DUIBHIR, Cathal}   DOB: {B:03/11/1958}   MRN: {I:GH-0048217}\n"
     "Seen today with his daughter {P:Ríona}.\n"
     "Hx: 6-week itchy plaque L forearm. Exam: 2 cm erythematous scaly plaque. Impression: nummular eczema.\n"
     "Plan: potent topical steroid 2/52, review in clinic. Bloods not required.\n"
     "Dr {P:F. Breathnach}, SpR"),
    ("clinical_note",
     "A&E discharge summary\n"
     "Name: {P:Eilidh MacIlleathain}   NHS No: {I:943 476 5838}\n"
     "Date of birth: {B:21 June 1994}\n"
     "Address: {A:2/1}, {A:38 Brachead Street}, {C:Glasgow} {A:G11 6RX}\n"
     "Presented after a fall from her bicycle; X-ray R wrist: undisplaced distal radius fracture. Back slab "
     "applied.\n"
     "GP: Dr {P:Ruairidh MacFhionnlaigh}, Partick Medical Practice. Fracture clinic in 7 days."),
    ("clinical_note",
     "Journalanteckning — vårdcentral\n"
     "Patient: {P:Åsa Kjellberg}, pnr {I:19910228-6136}\n"
     "Kontaktorsak: återkommande huvudvärk sedan 3 mån.\n"
     "Status: neurologiskt u.a., BT 128/82.\n"
     "Bedömning: spänningshuvudvärk. Åtgärd: remiss fysioterapi, återbesök vid behov.\n"
     "Ssk {P:Pirjo Hämäläinen}"),
    ("clinical_note",
     "PROGRESS NOTE\n"
     "Pt: {P:Titilayo Ogunbiyi}, 41F. MRN {I:00719482}. Insurance member ID {I:XKP918274035}.\n"
     "S: f/u type 2 DM. Reports improved adherence, occasional hypoglycemia after evening runs.\n"
     "O: A1c 7.1 (prev 8.0). BMI 29.\n"
     "A/P: reduce glipizide to 2.5 mg; CGM trial. RTC 3 mo.\n"
     "Pt prefers texts to {T:(404) 719-2286}."),
    ("clinical_note",
     "Haematology MDT note\n"
     "{P:Dariush Mohtashami}, born {B:1971-08-30}, hospital no. {I:RX7719304}\n"
     "Diagnosis: classical Hodgkin lymphoma, stage IIA; interim PET after 2 cycles ABVD: Deauville 2.\n"
     "Plan: complete 4 cycles. Mr {P:Mohtashami}'s wife {P:Parisa} asked about fertility — referred to the "
     "fertility clinic."),
    ("clinical_note",
     "Arztbrief (Auszug)\n"
     "Patientin: {P:Henrike Pfisterer}, geb. {B:17.09.1983}\n"
     "Versichertennummer: {I:P483920175}\n"
     "Anschrift: {A:Wacholderstraße 4}, {A:79102} {C:Freiburg im Breisgau}\n"
     "Diagnose: Morbus Crohn, Erstdiagnose 2019. Aktuell in Remission unter Azathioprin.\n"
     "Kontrolle in 3 Monaten."),
    ("clinical_note",
     "OPD slip — Department of ENT\n"
     "Name: {P:Rukmini Bajpai}   Age/Sex: 62/F   UHID: {I:UH-2209-184736}\n"
     "Aadhaar: {I:4718 2093 6512}   Mob: {T:98391 47026}\n"
     "C/O decreased hearing R ear x 2 yrs. Otoscopy: impacted wax.\n"
     "Advised wax softening drops, syringing after 5 days. Attendant: son {P:Harshvardhan}."),
    ("clinical_note",
     "Clinic note — International patient desk\n"
     "{P:BAE Su-ah} (family name first), RRN {I:930512-2048176}\n"
     "Interpreter: Mr {P:Kwon}\n"
     "Reason: annual health check package. ECG normal sinus rhythm; mild iron deficiency.\n"
     "Results to be sent to {E:suah.bae@hanmail.net}."),
    ("clinical_note",
     "ward 7 handover 19:00\n"
     "bed 3 - mrs {P:hodan warsame}, 78, post op day 2 hip, obs stable, pain 3/10\n"
     "bed 5 - {P:abdirahman yusuf hirsi}, dob {B:02/02/1949}, copd, on 2L O2, sats 93%\n"
     "bed 6 - empty, cleaned for admission\n"
     "daughter of bed 3 ({P:ayaan}) will ring tonight, her number is {T:07700 914 382}"),
    ("clinical_note",
     "Ficha clínica — Medicina Dentária\n"
     "Paciente: {P:Leonor Brito Cabral}\n"
     "NIF: {I:238 749 169}   Nº utente SNS: {I:417 382 065}\n"
     "Data de nascimento: {B:09-02-1990}\n"
     "Motivo: dor no dente 36. Rx: cárie profunda; restauração provisória.\n"
     "Marcação para endodontia a 14/05."),
    ("clinical_note",
     "Telehealth session log\n"
     "Clinician: Dr {P:Bhargavi Nallamothu}\n"
     "Patient: {P:Srinivas Gollapudi} (DOB {B:1966-04-12}), joined from {N:49.207.182.91}\n"
     "Video dropped twice; completed by phone on {T:+91 99486 31570}.\n"
     "Discussed statin side effects; switch to rosuvastatin 10 mg, lipids in 8 weeks."),
    ("clinical_note",
     "Huisartsjournaal\n"
     "{P:Sjoerd van Wijngaarden}, BSN {I:273819471}, geb. {B:04-05-1977}\n"
     "S: hoest 3 weken, geen koorts. O: longen schoon. E: postvirale hoest.\n"
     "P: afwachten, terugkomen bij koorts of kortademigheid.\n"
     "Partner {P:Fenna Kuijpers} belt bij verslechtering: {T:06-28471930}"),
    # --- HR e-mails -------------------------------------------------------------------------------------------
    ("hr_email",
     "From: {P:Wiebke Sauerländer} <{E:w.sauerlaender@nordkap-shipping.de}>\n"
     "To: HR Shared Services\n"
     "Subject: Onboarding — new starter 1 March\n"
     "Hallo zusammen,\n"
     "please set up {P:Leopold Hinterberger} (Logistics Planner, {C:Graz} hub). His private address for the "
     "contract is {A:Grieskai 41/Top 7}, {A:8020} {C:Graz}, Sozialversicherungsnummer {I:4815 120386}.\n"
     "Danke,\n"
     "{P:Wiebke}"),
    ("hr_email",
     "Subject: Annual leave request\n"
     "Hi {P:Grace},\n"
     "{P:Hope Mensah} has asked for 12–23 August off; it's approved from my side. Can you update the tracker?\n"
     "{P:Will} is covering her on-call shifts that fortnight.\n"
     "Cheers,\n"
     "{P:Kofi Agyemang-Duah}\n"
     "Team Lead, Service Centre"),
    ("hr_email",
     "From: Payroll <{E:payroll@meridian-hq.co.uk}>\n"
     "Subject: Bank details change — {P:Subhankar Mukhopadhyay}\n"
     "Dear {P:Subhankar},\n"
     "we received your request to pay your salary into {I:GB32 BARC 2091 8473 0165 28}. For security we will "
     "call you on {T:07911 483 206} before the change takes effect.\n"
     "If you did not ask for this, reply to this e-mail immediately.\n"
     "Payroll Team"),
    ("hr_email",
     "Hi {P:Tharushi},\n"
     "could you write a short reference for {P:Nuwan Abeysekara}? He worked with us 2019–2023 as a QA analyst.\n"
     "The agency contact is {P:Dilrukshi Jayawardena} ({E:dilrukshi@lankatalent.lk}, {T:+94 77 318 4452}).\n"
     "Thanks\n"
     "{P:Chaminda}"),
    ("hr_email",
     "CONFIDENTIAL — HR case file\n"
     "Employee: {P:Tuğba Karaağaç}, staff no. 40127\n"
     "TC Kimlik No: {I:38291704666}\n"
     "Meeting held with {P:Tuğba}, her manager {P:Gökhan Ağaoğlu} and HR ({P:Ebru Çelikkaya}).\n"
     "Outcome: informal warning for repeatedly late timesheets. Review in 3 months."),
    ("hr_email",
     "Assunto: Admissão — {P:Thiago Caetano dos Anjos}\n"
     "Olá {P:Lívia},\n"
     "seguem os dados para o cadastro:\n"
     "CPF: {I:417.382.916-77}   Data de nascimento: {B:22/06/1995}\n"
     "Endereço: {A:Rua Desembargador Amílcar Paraíso, 415}, {A:apto 1203}, {C:Belvedere}, {C:Belo Horizonte} - "
     "MG, CEP {A:30320-670}\n"
     "Celular: {T:(31) 99814-2207}   Conta salário: {I:BR87 0000 0000 0283 7001 2846 139C 1}\n"
     "Abraços, {P:Cauã Ferraz}"),
    ("hr_email",
     "Subject: Resignation\n"
     "Dear Mr {P:Grewal},\n"
     "Please accept this as formal notice of my resignation; my last working day will be 30 June.\n"
     "Thank you for your support over the last four years.\n"
     "Kind regards,\n"
     "{P:Manjot Randhawa}\n"
     "{T:+1 604 318 2277}"),
    ("hr_email",
     "To: Global Mobility\n"
     "Subject: Relocation — {P:Maitha Al-Mansoori}\n"
     "Please book temporary housing in {C:Dubai Marina} for {P:Maitha Al-Mansoori} and her son from 3 Sept.\n"
     "Passport {I:N4829176}; Emirates ID to follow. Mobile {T:+971 50 482 7316}.\n"
     "Her line manager {P:Hamad Al-Kuwari} approved the budget.\n"
     "Regards, {P:Noura}"),
    ("hr_email",
     "Subject: Payroll query – overtime February\n"
     "Namaste {P:Sushila} ji,\n"
     "my overtime for February is missing (18 hours). The timesheet was approved by {P:Kiran Maharjan} on "
     "2 March.\n"
     "Employee: {P:Bishnu Prasad Dahal}, {C:Lalitpur} warehouse, PAN {I:601482379}\n"
     "Dhanyabad,\n"
     "{P:Bishnu}"),
    ("hr_email",
     "Subject: Benefits enrollment confirmation\n"
     "Hi {P:Faith},\n"
     "your dental plan enrollment is complete. Member ID: {I:DNT-48201937}. Your dependent {P:Joy Okoro} was "
     "added.\n"
     "We have your SSN as {I:412-73-0958} — please confirm it is correct at your next HR visit.\n"
     "HR Benefits, {C:Houston}"),
    ("hr_email",
     "Subject: Interview schedule — Data Engineer\n"
     "Candidates for Thursday:\n"
     "10:00 {P:Hwang Min-seok} ({C:Seoul}, remote) — {E:minseok.hwang@kakao-mail.kr}\n"
     "11:30 {P:Ogasawara Ren} — {E:ren.ogasawara@gmail.com}\n"
     "14:00 {P:Xie Wanting} — {E:wanting.xie@163.com}\n"
     "Panel: {P:Mark Devlin}, {P:Zhuang Yuqing}. Please send the calendar invites today."),
    ("hr_email",
     "Temat: Zwolnienie lekarskie\n"
     "Dzień dobry Pani {P:Bożeno},\n"
     "w załączniku przesyłam L4 na okres 10–21.03. PESEL: {I:92071403583}.\n"
     "W razie pytań proszę dzwonić: {T:+48 601 238 574}.\n"
     "Pozdrawiam,\n"
     "{P:Małgorzata Szczęsna}"),
    # --- chat logs --------------------------------------------------------------------------------------------
    ("chat_log",
     "[09:02] {P:ruairidh.m}: morning all, anyone seen the Q3 deck?\n"
     "[09:03] {P:eilidh}: it's in the shared drive under /sales/2024\n"
     "[09:05] {P:ruairidh.m}: cheers. also can someone ping {P:catriona} re the invoice for {C:Stornoway}\n"
     "[09:06] {P:eilidh}: she's off today, try her mobile {T:07824 613 905}"),
    ("chat_log",
     "agent: hi, thanks for contacting us! can i take your name?\n"
     "customer: its {P:pedro henrique carvalhal}\n"
     "agent: thanks {P:pedro}. and the email or cpf on the account?\n"
     "customer: {E:ph.carvalhal@bol.com.br} cpf {I:528.019.357-78}\n"
     "agent: found it. the parcel is at the depot in {C:campinas}, delivery tomorrow\n"
     "customer: ok obrigado"),
    ("chat_log",
     "#ops-warehouse\n"
     "{P:@ines.sequeira}: forklift 3 is down again\n"
     "{P:@duarte}: on it. {P:@rui.gaspar} can you call the vendor? number's {T:+351 912 847 306}\n"
     "{P:@rui.gaspar}: called, tech arrives 14h\n"
     "{P:@ines.sequeira}: 👍"),
    ("chat_log",
     "12/03/24, 18:41 - {P:Neema Mwakyusa}: Habari, mzigo umefika?\n"
     "12/03/24, 18:45 - {P:Baraka Kimaro}: Bado. Dereva anasema atafika kesho asubuhi\n"
     "12/03/24, 18:46 - {P:Baraka Kimaro}: Namba yake ni {T:0754 318 226}\n"
     "12/03/24, 18:50 - {P:Neema Mwakyusa}: Sawa, asante {P:Baraka}"),
    ("chat_log",
     "<{P:tomas_zebrowski}> anyone up for the raid tonight\n"
     "<{P:gokhan34}> yes after 21:00\n"
     "<{P:tomas_zebrowski}> {P:gokhan} u still owe me for the server\n"
     "<{P:gokhan34}> paid on revolut lol\n"
     "<{P:selam_g}> count me in"),
    ("chat_log",
     "{P:Ifeoma Nwachukwu-Eze} 10:14\n"
     "Has anyone got {P:Chukwuemeka}'s sign-off on the {C:Lagos} quotation?\n"
     "{P:Kelechi Amadi-Obi} 10:16\n"
     "Not yet. {P:Onwuachi}'s travelling, back Thursday.\n"
     "{P:Ifeoma Nwachukwu-Eze} 10:17\n"
     "OK, I'll email him: {E:c.onwuachi@nwankwo-eng.ng}"),
    ("chat_log",
     "[bot] please share your delivery address\n"
     "[user] {A:flat 9}, {A:22 kinnoull street}\n"
     "[user] {C:perth} {A:ph1 5ew}\n"
     "[bot] thanks! and a phone number for the courier?\n"
     "[user] {T:07563 209 114}\n"
     "[user] name is {P:morag sinclair-urquhart}"),
    ("chat_log",
     "{P:Shirin G.} 14:02: Did the contract for {C:Haifa} get signed?\n"
     "{P:Noam Abarbanel} 14:05: yes, {P:Tamar} signed yesterday, scan is in the folder\n"
     "{P:Shirin G.} 14:06: great, send it to {P:Kourosh} too pls\n"
     "{P:Noam Abarbanel} 14:06: done"),
    ("chat_log",
     "{P:jocelyn}: te {P:connie} nasend mo na yung payslip ko?\n"
     "{P:connie dimaculangan}: oo kanina pa, check mo sa {E:jocelyn.bautista.manalo@yahoo.com}\n"
     "{P:jocelyn}: ay wala pa eh, baka nasa spam\n"
     "{P:connie dimaculangan}: sige resend ko. gcash mo pa rin {T:0917 482 6631}?"),
    ("chat_log",
     "{P:lü_haoran} — Today at 11:20\n"
     "does anyone have the login for the staging db\n"
     "{P:qiu.mx} — Today at 11:22\n"
     "ask {P:wanting}, she rotated it yesterday\n"
     "{P:lü_haoran} — Today at 11:23\n"
     "ok thx. fyi staging is on {N:10.14.2.77} now, not .76"),
    ("chat_log",
     "{P:razvan}: ai trimis factura la {P:sorin}?\n"
     "{P:madalina barsan}: da, pe {E:sorin.capraru@gmail.com}\n"
     "{P:razvan}: mersi. si adresa pt curier e tot {A:str. fagului 48}, {A:ap. 12}?\n"
     "{P:madalina barsan}: da, {C:cluj}"),
    ("chat_log",
     "Agent ({P:Lindiwe}): Sawubona, how can I help?\n"
     "Customer: Hi, I'm {P:Sibusiso Ngcobo}, my prepaid meter isn’t taking the token\n"
     "Agent ({P:Lindiwe}): Sorry about that Mr {P:Ngcobo}. Which property is it?\n"
     "Customer: {A:14 Mthembu Road}, {C:Umlazi}\n"
     "Agent ({P:Lindiwe}): Thanks, resetting it now."),
    # --- ops / server logs ------------------------------------------------------------------------------------
    ("ops_log",
     "2024-05-14T08:12:44Z INFO  auth: login ok user={P:jsobczak} src={N:10.20.31.118}\n"
     "2024-05-14T08:12:51Z WARN  auth: mfa push timeout user={P:jsobczak}\n"
     "2024-05-14T08:13:02Z INFO  auth: login ok user={P:kfiala} src={N:10.20.31.204}\n"
     "2024-05-14T08:15:30Z ERROR api: 502 upstream billing-svc (retry 3/3)"),
    ("ops_log",
     "{N:185.94.118.27} - - [14/May/2024:10:02:11 +0200] \"GET /account/profile HTTP/1.1\" 200 5120\n"
     "{N:185.94.118.27} - - [14/May/2024:10:02:14 +0200] \"POST /account/email?new="
     "{E:radka.dvorackova@seznam.cz} HTTP/1.1\" 302 0\n"
     "{N:2a02:8308:a08f:1c00:5d1e:9a3:41b0:7e2c} - - [14/May/2024:10:03:40 +0200] \"GET /health HTTP/1.1\" 200 2"),
    ("ops_log",
     "May 14 06:31:02 mx1 postfix/smtpd[22817]: connect from unknown[{N:41.203.72.150}]\n"
     "May 14 06:31:03 mx1 postfix/qmgr[1193]: 4F1A22C01B: from=<{E:aminu.gshehu@kanomail.ng}>, size=48213, "
     "nrcpt=1\n"
     "May 14 06:31:04 mx1 postfix/smtp[22820]: 4F1A22C01B: to=<{E:hauwa.kurfi@sahelagro.com}>, status=sent "
     "(250 OK)\n"
     "May 14 06:31:04 mx1 postfix/smtpd[22817]: disconnect from unknown[{N:41.203.72.150}]"),
    ("ops_log",
     "[2024-06-02 14:22:09,381] ERROR checkout.validate - address rejected: street='{A:Korte Zijlstraat 31-II}' "
     "postcode='{A:2011 TK}' city='{C:Haarlem}' customer='{P:Maartje van der Heijden-Bosman}'\n"
     "[2024-06-02 14:22:09,382] DEBUG checkout.validate - rule POSTCODE_FORMAT_NL passed, rule HOUSE_SUFFIX failed\n"
     "[2024-06-02 14:22:10,004] INFO  checkout - fallback to manual review queue"),
    ("ops_log",
     "Jun  3 02:14:55 bastion sshd[4021]: Failed password for invalid user admin from {N:103.145.13.92} port "
     "51120 ssh2\n"
     "Jun  3 02:15:01 bastion sshd[4021]: Failed password for invalid user oracle from {N:103.145.13.92} port "
     "51134 ssh2\n"
     "Jun  3 07:40:12 bastion sshd[5188]: Accepted publickey for {P:vsaxena} from {N:172.16.4.23} port 60522 ssh2\n"
     "Jun  3 07:40:12 bastion sshd[5188]: pam_unix(sshd:session): session opened for user {P:vsaxena} by (uid=0)"),
    ("ops_log",
     "audit | 2024-06-05 11:02 | actor={P:h.alkuwari} | action=EXPORT | object=customers_gcc.xlsx | rows=1840\n"
     "audit | 2024-06-05 11:04 | actor={P:h.alkuwari} | action=SHARE | target={E:khalifa.almuhairi@gulfventures.ae}\n"
     "audit | 2024-06-05 11:30 | actor=system | action=DLP_ALERT | rule=bulk_export | severity=medium"),
    ("ops_log",
     "ts=2024-06-07T19:44:01Z level=info svc=sms-gateway msg=\"queued\" to={T:+254722418903} template=otp_v2\n"
     "ts=2024-06-07T19:44:02Z level=warn svc=sms-gateway msg=\"delivery delayed\" to={T:+254722418903} "
     "carrier=safaricom\n"
     "ts=2024-06-07T19:44:09Z level=info svc=sms-gateway msg=\"delivered\" to={T:+254722418903}\n"
     "ts=2024-06-07T19:45:10Z level=info svc=auth msg=\"otp verified\" account={P:zawadi.mwangi}"),
    ("ops_log",
     "Log Name: Security | Event ID: 4625 | Account Name: {P:mhafizuddin} | Workstation: KUL-LT-0214 | "
     "Source Network Address: {N:192.168.40.61} | Failure Reason: Unknown user name or bad password\n"
     "Log Name: Security | Event ID: 4624 | Account Name: {P:mhafizuddin} | Logon Type: 10 | "
     "Source Network Address: {N:192.168.40.61}\n"
     "Log Name: Security | Event ID: 4634 | Account Name: KUL-LT-0214$ | Logon Type: 3"),
    ("ops_log",
     "backup-02 2024-06-09 03:00:01 starting pg_dump crm_prod\n"
     "backup-02 2024-06-09 03:12:47 WARN row 88213 failed UTF-8 check: name='{P:Zsolt TĂ¶rĹ‘csik}' "
     "city='{C:Debrecen}'\n"
     "backup-02 2024-06-09 03:41:20 dump complete 14.2 GB, uploaded to s3://bk-crm/2024-06-09/"),
    ("ops_log",
     "Jun 10 13:01:44 fw01 kernel: DROP IN=eth0 OUT= SRC={N:91.240.118.172} DST={N:62.171.190.4} PROTO=TCP "
     "SPT=40112 DPT=3389\n"
     "Jun 10 13:01:47 fw01 kernel: DROP IN=eth0 OUT= SRC={N:91.240.118.172} DST={N:62.171.190.4} PROTO=TCP "
     "SPT=40118 DPT=3389\n"
     "Jun 10 13:02:00 fw01 fail2ban: Ban {N:91.240.118.172}"),
    ("ops_log",
     "2024-06-11 09:15:22 sip: INVITE from \"{P:Kavitha Ilangovan}\" <sip:{T:+914428175530}@pbx.local>\n"
     "2024-06-11 09:15:23 sip: 180 Ringing ext 4410\n"
     "2024-06-11 09:17:02 sip: BYE duration=99s\n"
     "2024-06-11 09:17:02 cdr: caller={T:+914428175530} callee=4410 agent={P:senthil.a} queue=chennai-billing"),
    ("ops_log",
     "dhcpd: DHCPACK on {N:10.0.12.45} to 3c:22:fb:91:0e:7a ({P:Thanakorn}-iPhone) via eth1\n"
     "dhcpd: DHCPACK on {N:10.0.12.46} to a4:83:e7:10:5c:d2 (DESKTOP-7HK2Q1) via eth1\n"
     "dhcpd: DHCPREQUEST for {N:10.0.12.45} from 3c:22:fb:91:0e:7a via eth1"),
    # --- CSV / TSV rows ---------------------------------------------------------------------------------------
    ("csv_rows",
     "employee_id,first_name,last_name,email,phone,city\n"
     "E1042,{P:Oluwaseun},{P:Akinsanmi},{E:o.akinsanmi@brightlane.co.uk},{T:+44 7700 318245},{C:Leeds}\n"
     "E1043,{P:Ciarán},{P:Mac Giolla Easpaig},{E:c.macgiollaeaspaig@brightlane.co.uk},{T:+44 7700 318902},"
     "{C:Belfast}\n"
     "E1044,{P:Adebola},{P:Oyewumi},{E:a.oyewumi@brightlane.co.uk},,{C:Leeds}"),
    ("csv_rows",
     "2231;{P:Dvořáčková};{P:Radka};Sales;{A:Masarykova 117/9};{A:602 00};{C:Brno}\n"
     "2232;{P:Šťastný};{P:Vojtěch};Logistics;{A:Nádražní 1543};{A:370 01};{C:České Budějovice}\n"
     "2233;{P:Kratochvílová};{P:Jitka};Sales;{A:U Lesa 8};{A:779 00};{C:Olomouc}"),
    ("csv_rows",
     "customer_no,name,dob,national_no\n"
     "C-5521,\"{P:Vanhoutteghem, Wannes}\",{B:1984-10-07},{I:84.10.07-115.54}\n"
     "C-5522,\"{P:Debrabandere, Lieselot}\",{B:1990-01-29},{I:90.01.29-384.61}\n"
     "C-5523,\"{P:Verstraeten, Jorik}\",{B:1975-05-18},{I:75.05.18-029.71}"),
    ("csv_rows",
     "mrn\tsurname\tgiven\tnhs_no\tgp_practice\n"
     "{I:RVJ4829103}\t{P:AP RHYS}\t{P:GWENLLIAN}\t{I:485 127 0933}\tTreharris Surgery\n"
     "{I:RVJ4830277}\t{P:RHYDDERCH}\t{P:DAFYDD}\t{I:721 905 4378}\tPenylan Group Practice"),
    ("csv_rows",
     "Name,Company,Mobile,Email\n"
     "{P:Ziad Abu-Ghazaleh},Levant Foods,{T:+962 79 648 2215},{E:ziad.ag@levantfoods.jo}\n"
     "{P:Hiba Sawalha},Levant Foods,{T:+962 77 104 8839},{E:h.sawalha@levantfoods.jo}\n"
     "{P:Rania Khoury-Saad},Cedar Print,{T:+961 3 482 197},{E:rania@cedarprint.com.lb}"),
    ("csv_rows",
     "{P:NUR SYAFIQAH BINTI ZULKEFLI}|{I:950314-10-5528}|{T:012-418 3360}|{C:Shah Alam}\n"
     "{P:MOHD HAFIZUDDIN BIN ROSLI}|{I:880921-14-6017}|{T:019-372 8841}|{C:Kuala Lumpur}\n"
     "{P:AMIRUL HAZIQ BIN JAMALUDDIN}|{I:010605-08-0943}|{T:011-2094 7735}|{C:Ipoh}"),
    ("csv_rows",
     "order_id,ship_name,ship_street,ship_city,ship_state,ship_zip\n"
     "100482,{P:Bill Kowalski},{A:4418 Wrenfield Ave Apt 2C},{C:Dayton},OH,{A:45419}\n"
     "100483,{P:Rose Mbatha},{A:77 Larkspur Ln},{C:Asheville},NC,{A:28806}\n"
     "100484,{P:Dagny Thorsrud},{A:1209 N Pinecrest Dr},{C:Fargo},ND,{A:58102}"),
    ("csv_rows",
     "{P:立花 澪},{P:タチバナ ミオ},{T:090-4812-3376},{E:mio.tachibana@docomo-mail.jp}\n"
     "{P:堀之内 紗季},{P:ホリノウチ サキ},{T:080-2297-4105},{E:saki.h@ezweb.ne.jp}"),
    ("csv_rows",
     "shift,volunteer,contact\n"
     "Sat AM,{P:Grace Achieng},{T:0722 504 318}\n"
     "Sat PM,{P:Will Tregenza},{E:will.tregenza@kernowmail.co.uk}\n"
     "Sun AM,{P:Faith Wanjiru Kamau},{T:0733 205 118}\n"
     "Sun PM,TBC,"),
    ("csv_rows",
     "txn_id,cardholder,pan,amount,currency\n"
     "T-88120,{P:R.K. Tiwari},{I:4173 9602 8451 7339},129.00,EUR\n"
     "T-88121,{P:Laleh Nourbakhsh},{I:5428 0731 6294 0035},45.50,EUR\n"
     "T-88122,{P:Yonas Tadesse Haile},************5520,12.99,EUR"),
    ("csv_rows",
     "{P:권해원},{P:Kwon Hae-won},{I:881126-1015639},{T:010-4827-3361},{C:Seongnam}\n"
     "{P:서연우},{P:Seo Yeon-woo},,{T:010-2219-8054},{C:Incheon}"),
    ("csv_rows",
     "id_number,full_name,phone\n"
     "{I:318749207},{P:Eitan Rozenblit},{T:052-718-4493}\n"
     "{I:205731847},{P:Tamar Golan-Mizrahi},{T:054-309-2271}"),
    ("csv_rows",
     "supplier;payee;iban;reference\n"
     "S-014;{P:Donal Mac Suibhne};{I:IE14 BOFI 9013 8372 6150 48};INV 2291\n"
     "S-027;{P:Krystyna Ostrowska-Filipek};{I:PL48 2410 2055 6100 0031 0237 4918 45};FV/03/2024\n"
     "S-031;{P:Tiago Vasconcelos};{I:PT46 0035 0000 0052 8137 0941 1};FT 2024/118\n"
     "S-040;{P:Amélie Duchâteau};{I:BE66 3631 0749 8265};F24-0077"),
    # --- postal address blocks --------------------------------------------------------------------------------
    ("postal_block",
     "Mrs {P:Aoibheann McGlinchey}\n"
     "{A:Flat 4}, {A:Harrowby Court}\n"
     "{A:27 Ravensworth Terrace}\n"
     "{C:Gateshead}\n"
     "{A:NE8 3QP}\n"
     "United Kingdom"),
    ("postal_block",
     "{P:Fiachra Breathnach}\n"
     "{A:Apt 12}, {A:The Granary}\n"
     "{A:Gortnamona Road}\n"
     "{C:Tullamore}\n"
     "Co. Offaly\n"
     "{A:R35 K7X2}"),
    ("postal_block",
     "Herrn\n"
     "{P:Ulrich Kießling}\n"
     "{A:Am Weidengraben 7a}\n"
     "{A:99084} {C:Erfurt}"),
    ("postal_block",
     "Madame {P:Solène Marchetti-Roux}\n"
     "{A:Bâtiment C}, {A:Résidence les Tilleuls}\n"
     "{A:12, rue du Petit-Bourdon}\n"
     "{A:69004} {C:Lyon}\n"
     "FRANCE"),
    ("postal_block",
     "Dhr. {P:J.P. Teunissen}\n"
     "{A:Vossenkamp 118}\n"
     "{A:6717 LD} {C:Ede}\n"
     "Nederland"),
    ("postal_block",
     "Gent.ma Sig.ra {P:Ottavia Lo Presti}\n"
     "{A:Via dei Cimbri Minori 18}, {A:int. 5}\n"
     "{A:80134} {C:Napoli} (NA)\n"
     "Italia"),
    ("postal_block",
     "To,\n"
     "{P:Ananya Khandelwal}\n"
     "{A:Flat 3B}, {A:14/2 Kasturba Cross Road}, {C:Indiranagar}\n"
     "{C:Bengaluru} - {A:560038}\n"
     "Karnataka\n"
     "Ph: {T:+91 98451 27360}"),
    ("postal_block",
     "MS {P:LAKSHMI PRASANNA YARLAGADDA}\n"
     "{A:2207 CAMINO LINDO APT 316}\n"
     "{C:SAN JOSE} CA {A:95125-4410}"),
    ("postal_block",
     "M. {P:Étienne Lévesque-Gauthier}\n"
     "{A:1185, rue des Érables}, {A:app. 4}\n"
     "{C:Trois-Rivières} (Québec)  {A:G9A 2K7}\n"
     "CANADA"),
    ("postal_block",
     "Mr {P:Đặng Minh Triết}\n"
     "{A:Unit 6}, {A:42 Coolabah Crescent}\n"
     "{C:Wagga Wagga} NSW {A:2650}\n"
     "AUSTRALIA"),
    ("postal_block",
     "〒{A:167-0043}\n"
     "東京都{C:杉並区}{C:上荻}{A:3丁目14-7}\n"
     "{A:コーポ荻窪 203号室}\n"
     "{P:松平 浩之} 様"),
    ("postal_block",
     "Pan\n"
     "{P:Przemysław Ćwikliński}\n"
     "{A:ul. Jaśminowa 7/12}\n"
     "{A:31-416} {C:Kraków}"),
    ("postal_block",
     "Chief {P:Musa Bashir Danjuma}\n"
     "{A:22 Babatunde Sowunmi Close}\n"
     "{C:Ikeja GRA}\n"
     "{C:Lagos} {A:100271}\n"
     "Nigeria"),
    ("postal_block",
     "{P:Rehema Mfinanga}\n"
     "{A:P.O. Box 4821-00100}\n"
     "{C:Nairobi}\n"
     "Delivery: {A:Hse No. 14}, {A:Mukoma Close}, {C:Kileleshwa}\n"
     "Tel {T:+254 733 610 482}"),
    # --- bank notes -------------------------------------------------------------------------------------------
    ("bank_note",
     "Branch note — {C:Rotterdam} Centrum\n"
     "Customer {P:Geertruida Hoekstra} (“{P:Trudy}”) visited to close her late husband's account.\n"
     "Account {I:NL89 RABO 0318 2746 59}; the balance goes to her own account {I:NL41 INGB 0007 3918 46}.\n"
     "Death certificate copied. Executor: her son {P:Pieter-Jan Hoekstra}, {T:+31 6 4419 2073}."),
    ("bank_note",
     "FRAUD DESK — case F-20931\n"
     "Card {I:4929\u00a01836\u00a04025\u00a01173} reported stolen by the holder, {P:Ursina Caflisch}, at 07:55.\n"
     "Two contactless payments in {C:Chur} after the theft (CHF 38.50, CHF 72.00). Card blocked, replacement "
     "ordered to {A:Via Calundis 9}, {A:7013} {C:Domat/Ems}.\n"
     "Callback {T:+41 79 318 24 60}."),
    ("bank_note",
     "KYC refresh — Private Banking\n"
     "Client: {P:AL-SUWAIDI, Noura Khalifa}\n"
     "Passport: {I:P7301846}; Emirates ID {I:784-1990-4827316-5}\n"
     "IBAN: {I:AE69 6103 5000 0019 2738 4605 1}\n"
     "Source of wealth: inheritance and salary. Risk: standard. Next review 2026."),
    ("bank_note",
     "Loan officer notes\n"
     "Applicant {P:Ama Serwaa Owusu-Ansah}, trader, {C:Kumasi} Central Market.\n"
     "Ghana Card: {I:GHA-718204935-6}\n"
     "Guarantor {P:Kwabena Asante-Darko} ({T:024 418 2297}) confirmed by phone.\n"
     "Recommend GHS 15,000 over 12 months."),
    ("bank_note",
     "Standing order set up 02/05\n"
     "From: {P:DEVLIN M}   Sort code 30-94-57   Acct {I:41827360}\n"
     "To: Ms {P:S. Ní Chonaill}   Sort code 93-11-52   Acct {I:20837461}\n"
     "Amount GBP 450.00 monthly, ref RENT FLAT 2. Customer confirmed by phone."),
    ("bank_note",
     "Nota de oficina — {C:Bilbao}\n"
     "La clienta {P:Begoña Etxeberria Urkiza} solicita cambio de domicilio a {A:Calle Arrieta Goikoa 52}, "
     "{A:4º izda.}, {A:48007} {C:Bilbao}.\n"
     "Cuenta: {I:ES83 0049 1837 2203 1059 7441}. DNI {I:20847165B} cotejado.\n"
     "Sin más incidencias."),
    ("bank_note",
     "Cheque deposit — {C:Kolkata}, {C:Salt Lake} branch\n"
     "Depositor: {P:Tanusree Basu Mallick}, A/c {I:50100482731926}, PAN {I:BQKPB4821M}\n"
     "Cheque no. 004127 for INR 1,25,000 in favour of {P:Arpita Bhattacharjee}; held for clearing."),
    ("bank_note",
     "Notat — dødsbo\n"
     "Avdøde: {P:Øystein Bjørnstad}, f.nr. {I:23049148755}\n"
     "Arving: datter {P:Ingrid Bjørnstad}, {T:+47 918 42 613}\n"
     "Konto {I:NO16 1503 6283 741} sperret inntil skifteattest foreligger."),
    ("bank_note",
     "Şube notu — {C:Kadıköy}\n"
     "Müşteri {P:Şebnem Yıldırımoğlu} (TCKN {I:16420573918}) kredi kartı limit artışı talep etti.\n"
     "Kart: {I:4532 0173 8846 9028}   IBAN: {I:TR07 0001 5001 5800 7263 8194 02}\n"
     "Gelir belgesi eksik; {T:0532 418 27 93} numarasından arandı."),
    ("bank_note",
     "Kundenotat\n"
     "{P:Jens Dalsgaard} (CPR {I:170872-3912}) ønsker fælleskonto med {P:Mette Krogh-Dalsgaard}, "
     "CPR {I:290566-1070}.\n"
     "Ny konto: {I:DK34 3000 1249 3872 15}. MitID verificeret for begge."),
    ("bank_note",
     "Asiakasmuistio — asuntolaina\n"
     "{P:Mikko Väänänen}, hetu {I:140387-731F}\n"
     "Osoite: {A:Kuusiluodontie 9 B 17}, {A:00200} {C:Helsinki}\n"
     "Tili: {I:FI38 4721 3800 0496 15}\n"
     "Kanssahakija: sisar {P:Aino-Kaisa Väänänen}, hetu {I:050604A2184}"),
    ("bank_note",
     "Ärende: kontoöppning\n"
     "{P:Linnéa Öhrström}, personnummer {I:830917-4822}\n"
     "Telefon {T:070-418 26 93}\n"
     "Konto {I:SE80 3000 0000 0831 7492 5063}. ID kontrollerad mot pass."),
    # --- CRM notes --------------------------------------------------------------------------------------------
    ("crm_note",
     "Account: Hoshino Denki KK\n"
     "Contact: {P:Yanagisawa Chihiro} (procurement)\n"
     "Call 14/05: wants volume pricing for Q3. Prefers e-mail to calls: {E:c.yanagisawa@hoshino-denki.co.jp}.\n"
     "Next step: {P:Mark} to send the proposal by Friday."),
    ("crm_note",
     "Lead source: trade fair, {C:Amman}\n"
     "Met {P:Kamal Haddadin} at the stand; he runs 3 pharmacies in {C:Irbid}. Mobile {T:+962 78 551 0294}.\n"
     "Interested in the cold-chain boxes. Follow up after Eid."),
    ("crm_note",
     "note by {P:agnieszka}: spoke w/ mr {P:o’sullivan-zheng}, unhappy about the renewal price, threatened to "
     "churn. offered 10%.\n"
     "his direct line {T:01 674 2291}\n"
     "will revisit in june"),
    ("crm_note",
     "Contact: {P:Samir Ait Ouarab}\n"
     "Société: Atlas Froid SARL, {C:Casablanca}\n"
     "Tél: {T:+212 661 48 27 03} / {T:05 22 94 18 30}\n"
     "Remarques: souhaite une démo en français. Son associée {P:Imane Belkacem} décide du budget."),
    ("crm_note",
     "Opportunity: ERP migration (Stage 3)\n"
     "{P:Parisa Jahanbakhsh}'s team will run the pilot at the {C:Mississauga} plant.\n"
     "Blocker: {P:Jahanbakhsh} needs IT security sign-off from {P:Ebadi}.\n"
     "Email {E:pjahanbakhsh@northfield-mfg.ca}"),
    ("crm_note",
     "Complaint logged by {P:Thamizhselvi R.}\n"
     "Mr {P:Senthilkumar Arumugam} says the AC unit installed at {A:No. 48, 3rd Cross Street}, {C:Besant Nagar}, "
     "{C:Chennai} {A:600090} still leaks.\n"
     "Technician visit fixed for Saturday. Alt no. {T:044 2491 7735}"),
    ("crm_note",
     "Key account review — {P:Spyridon Mavrogiannis}\n"
     "Annual spend EUR 240k. Relationship owner: {P:Eleftheria Xanthopoulou}.\n"
     "He asked that invoices go to his assistant {P:Konstantinos Tsakiris} ({E:ktsakiris@aegeanmarine.gr}); "
     "refunds to {I:GR43 0172 0380 0050 3817 2944 610}."),
    ("crm_note",
     "Guest profile\n"
     "Name: {P:MUTHUKUMARAN/SARAVANAN} MR\n"
     "Loyalty tier: Gold. Preferences: high floor, no feather pillows.\n"
     "Passport: {I:Z4817263} (IND)\n"
     "Notes: 2023 stay — complained about noise near the lift."),
    ("crm_note",
     "Donor record — {P:Gwilym Prydderch}\n"
     "Gift aid declaration signed 2022. Address: {A:Tŷ Gwyn}, {A:Heol y Felin}, {C:Llandeilo} {A:SA19 6RF}\n"
     "Prefers post, no phone calls. Spouse {P:Eirlys} also gives monthly."),
    ("crm_note",
     "Distributor visit report\n"
     "Met Alhaji {P:Aminu Garba Shehu} at the {C:Kano} depot. Stock of 50 kg bags running low.\n"
     "Contact: {T:0803 512 7764}; his son {P:Yusuf} takes orders on WhatsApp {T:+234 906 118 4430}."),
    ("crm_note",
     "Suivi client — {P:Geneviève Thériault}\n"
     "Appel du 3 juin : veut changer l'adresse de livraison pour {A:450, boul. des Forges}, {C:Sherbrooke} "
     "(Québec) {A:J1H 4Z2}.\n"
     "Courriel : {E:genevieve.theriault@videotron.qc.ca}. Rappeler {P:Maxime Ouellet} pour la soumission."),
    ("crm_note",
     "Servicetermin\n"
     "Kunde: {P:Reto Imhof}, {C:Winterthur}. Fahrzeug VW Golf, VIN {I:WVWZZZ1K39W418273}, Kennzeichen "
     "{I:ZH 418273}.\n"
     "Ansprechpartnerin Buchhaltung: Frau {P:Seraina Tschudi}, Direktwahl {T:+41 52 214 38 70}.\n"
     "Nächster Termin nach den Sommerferien."),
    # --- forum posts ------------------------------------------------------------------------------------------
    ("forum_post",
     "Re: Landlord won't return deposit\n"
     "Posted by {P:dafydd_rhydderch} » Tue 14 May\n"
     "Same happened to me in {C:Cardiff}. My landlord, Mr {P:Howell-Pritchard}, kept £600 for \"cleaning\".\n"
     "Tip: write to the deposit scheme, they sorted it in 3 weeks."),
    ("forum_post",
     "quote from {P:bogi_szoke}: does anyone know a good dentist near {C:újbuda}?\n"
     "try dr {P:gulyás}, the rendelő is on {A:menyecske utca 61}. ask for {P:levente}, he's the nice one"),
    ("forum_post",
     "Title: Postfix rejects mail from one sender only\n"
     "Hi all, our server at {N:91.212.44.130} rejects mail from {E:k.fiala@brnonet.cz} with 554 but accepts "
     "everyone else.\n"
     "SPF passes, DKIM passes. Any idea?\n"
     "— {P:Vojta}"),
    ("forum_post",
     "Judul: Rekomendasi sekolah di {C:Depok}?\n"
     "Halo, saya {P:Dewi Anggraeni}, baru pindah dari {C:Surabaya}. Anak saya kelas 2 SD.\n"
     "Kalau ada info, WA saya di {T:0812-3491-7706} ya. Terima kasih!"),
    ("forum_post",
     "Re: Stolen bike — {C:Utrecht} Centraal\n"
     "{P:sjoerdvw} wrote: Black Gazelle, registered with the police already.\n"
     "My neighbour {P:Kees} saw one being sold on Marktplaats; the seller called himself \"{P:Rinus}\". "
     "Reported it."),
    ("forum_post",
     "Subject: Anyone on Humira for Crohn's?\n"
     "Diagnosed in 2021, started Humira last year. My consultant Dr {P:Folasade Adewuyi} in {C:Leicester} says "
     "the fatigue usually settles.\n"
     "Posted by {P:hopekaranja}"),
    ("forum_post",
     "Re: Moving to {C:Doha} with kids\n"
     "We did it last year. Schools fill up early, register by March. Happy to share our checklist,\n"
     "email me at {E:reem.alkhulaifi@outlook.com}.\n"
     "— {P:Reem}"),
    ("forum_post",
     "Looking for descendants of {P:Pádraig Ó Ceallacháin}, born {B:1884} in {C:Skibbereen}, emigrated to "
     "{C:Boston} 1905.\n"
     "His daughter {P:Nóra} married a {P:Tuohy}. Any info to {P:ríona.tuohy} via PM."),
    ("forum_post",
     "[thread] tìm team leo rank\n"
     "{P:hoangyen.vu}: mình main support, online tối 8h-11h, zalo {T:0938 417 226}\n"
     "{P:trietdang99}: inbox mình nha"),
    ("forum_post",
     "For sale: 2017 Prius, 98k km\n"
     "VIN {I:JTDKB20U173047158}, full service history, plate {I:WX 48213}.\n"
     "Located in {C:Warszawa}-{C:Mokotów}. Call {P:Przemek} on {T:+48 512 904 377}."),
    ("forum_post",
     "Lost dog — {C:Fitzroy North}\n"
     "Our kelpie Rosie slipped her lead near {A:88 Wambool Street} on Sunday evening. Brown with a white chest.\n"
     "Please call {P:Kaia} on {T:0412 388 150}."),
    ("forum_post",
     "Re: Citation format for Dutch surnames\n"
     "As {P:van der Heijden} (2019) notes, the particle is dropped when sorting: '{P:Heijden, M. van der}'.\n"
     "— {P:Lieselot}"),
    # --- referral letters -------------------------------------------------------------------------------------
    ("referral_letter",
     "Dear Dr {P:Pillai-Rowntree},\n"
     "Re: Mrs {P:Venkata Lakshmi Kondapalli}, DOB {B:11/07/1952}, NHS No. {I:650 218 4375}\n"
     "Thank you for seeing this 71-year-old lady with exertional chest tightness for 2 months. ECG shows LBBB.\n"
     "She lives with her son at {A:16 Ashgrove Rise}, {C:Huddersfield} {A:HD2 1QT}; he will bring her.\n"
     "Yours sincerely,\n"
     "Dr {P:Rahim Uddin Chowdhury}"),
    ("referral_letter",
     "Referral to Physiotherapy\n"
     "Patient: {P:Donnchadh Ó Ceallacháin}, {A:4 Bóthar na Trá}, {C:Salthill}, {C:Galway} {A:H91 X2F4}\n"
     "DOB {B:30.01.1981}   Mobile {T:086 713 2940}\n"
     "Chronic low back pain, no red flags. Please assess and treat.\n"
     "Dr {P:Clodagh Tuohy}"),
    ("referral_letter",
     "Mental Health Treatment Plan — referral\n"
     "To: Dr {P:Hemi Tawhiri}, psychologist\n"
     "Patient: {P:Mikaela Sørensen}, born {B:5 October 1999}, Medicare {I:2937 48153 1}\n"
     "Address: {A:Unit 2}, {A:17 Banksia Parade}, {C:Toowong} QLD {A:4066}\n"
     "Low mood and insomnia since being made redundant. K10 = 31. Six sessions requested."),
    ("referral_letter",
     "Doporučení — stomatochirurgie\n"
     "Pacient: {P:Přemysl Kratochvíl}, r.č. {I:790214/0180}\n"
     "Extrakce zubu 38, retinovaný. Prosím o ošetření.\n"
     "MUDr. {P:Jitka Hrubešová}"),
    ("referral_letter",
     "Referral: Adult Social Care\n"
     "Service user: {P:ONWUACHI, Chukwuemeka} (known as {P:Emeka})\n"
     "DOB: {B:14/08/1939}   NI: {I:JT 48 21 07 C}\n"
     "Address: {A:Flat 11}, {A:Marlowe House}, {A:Gascoigne Road}, {C:Barking} {A:IG11 7RP}\n"
     "Reason: increasing falls, lives alone; daughter {P:Ngozi} visits weekly ({T:07940 226 183})."),
    ("referral_letter",
     "Überweisung\n"
     "an: Dr. med. {P:Florian Grubmüller}, Onkologie\n"
     "Patientin: {P:Resi Pichlmayr}, geb. {B:02.12.1948}\n"
     "Diagnose: V.a. Non-Hodgkin-Lymphom, LK-Schwellung zervikal.\n"
     "Bitte um Mitbeurteilung. Tel. Patientin {T:+43 664 218 4739}"),
    ("referral_letter",
     "Referral to School-Based Health Center\n"
     "Student: {P:Faadumo Cilmi Guled}, grade 8, born {B:2011-03-19}\n"
     "Parent: {P:Ayaan Mohamud Guled}, {T:(612) 418-2076} (Somali interpreter needed)\n"
     "Concern: frequent headaches; vision check recommended.\n"
     "Referred by: {P:K. Lindgren}, school nurse"),
    ("referral_letter",
     "Dear Dr {P:Tripathi},\n"
     "I am referring Shri {P:Ramkishore Awasthi}, aged 67, with bilateral cataract, R > L.\n"
     "Aadhaar {I:8390 6124 5771}. Contact: his son {P:Nitin}, {T:+91 94150 38217}.\n"
     "Regards,\n"
     "Dr {P:Alok Pandey-Vats}"),
    ("referral_letter",
     "To the IVF unit, {C:Rehovot}\n"
     "Re: {P:Yael Bar-Lev} and her partner {P:Oded Shtainberg}\n"
     "36 y/o, 2 years trying to conceive. AMH 1.1, partner's semen analysis normal. Please evaluate.\n"
     "Dr {P:Noa Ben-Shimol}"),
    ("referral_letter",
     "Lettre d'adressage — orthophonie\n"
     "Enfant : {P:Yanis Benchekroun}, né le {B:14/02/2019}\n"
     "Parents : {P:Youssef Benchekroun} et {P:Nadia Benslimane}, {A:7, allée des Peupliers}, {A:93200} "
     "{C:Saint-Denis}\n"
     "N° de sécurité sociale (mère) : {I:2 85 07 69 123 456 23}\n"
     "Retard de langage ; bilan demandé. Dr {P:Claire Rouxel-Benhamou}"),
    ("referral_letter",
     "Antenatal booking referral\n"
     "{P:Folake Adeyinka-Bello}, G2P1, EDD 07/12. DOB {B:17/09/1992}. Hospital no. {I:K2284719}.\n"
     "Previous LSCS. Husband {P:Olamide} is the emergency contact.\n"
     "Lives at {A:31 Elmcroft Avenue}, {C:Peckham}, {C:London} {A:SE15 4NR}."),
    ("referral_letter",
     "Referral — Cardiology\n"
     "Patient: {P:CHEUNG Wing-yan} ({P:張詠欣}), HKID {I:K482917(4)}\n"
     "DOB {B:28/05/1963}. Palpitations; Holter showed paroxysmal AF.\n"
     "Contact {T:9481 2276}.\n"
     "Dr {P:Tsang Siu-fung}"),
    # --- payment / billing updates ----------------------------------------------------------------------------
    ("billing_update",
     "Subject: Your payment method was updated\n"
     "Hi {P:Marie-Ève},\n"
     "the card ending 0379 replaced your previous card for your PRO subscription.\n"
     "Billing address: {A:3180, rue des Draveurs}, {C:Gatineau} QC {A:J8T 5K1}\n"
     "If this wasn't you, contact support right away."),
    ("billing_update",
     "LETZTE MAHNUNG — Rechnung 2024-0415\n"
     "Sehr geehrter Herr {P:Korkmazer},\n"
     "die Lastschrift von {I:DE04 4306 0967 0827 3314 00} ist zweimal fehlgeschlagen.\n"
     "Bitte überweisen Sie EUR 214,80 bis 30.06. oder melden Sie sich unter {E:forderungen@stadtwerke-ost.de}."),
    ("billing_update",
     "Update payment details\n"
     "Cardholder name: {P:JEON HA-NEUL}\n"
     "Card number: {I:3530 1728 4619 0379}   Exp 09/27\n"
     "Billing postcode: {A:04527}\n"
     "Email for receipts: {E:haneul.jeon＠naver.com}"),
    ("billing_update",
     "Cambio de titular — suministro eléctrico\n"
     "Nuevo titular: {P:Íñigo Montalbán Sáez}, DNI {I:71604238V}\n"
     "Dirección de suministro: {A:Avda. de los Almendros 27}, {A:2º A}, {A:30008} {C:Murcia}\n"
     "Domiciliación: {I:ES70 2100 6138 4202 0041 8376}"),
    ("billing_update",
     "Bill summary — May\n"
     "{P:Ngozi Anyanwu}, {A:9 Ikorodu-Ososun Close}, {C:Surulere}, {C:Lagos}\n"
     "Line {T:0809 447 2315}: 4.2 GB used, NGN 6,500 due by 20 June."),
    ("billing_update",
     "Refund RF-30918 processed\n"
     "Customer: {P:Zhuo Yiran}\n"
     "Refunded CNY 399 to card {I:6214 8302 7194 6351}.\n"
     "Notification sent to {E:yiran.zhuo@qq.com} and by SMS to {T:+86 139 1742 8065}."),
    ("billing_update",
     "Premium change notice\n"
     "Policyholder: {P:Selamawit Gebremedhin}, member no. {I:HPN-4420917-03}\n"
     "Your monthly premium increases to USD 318.40 from 1 July. Auto-pay from checking account {I:004817239561}.\n"
     "Questions? Your agent {P:Tesfaye Woldemariam}, {T:(240) 718-3392}."),
    ("billing_update",
     "auto-msg: hi {P:juma}, we couldn't charge your m-pesa {T:0712 509 846} for the march bundle (KES 1,500).\n"
     "reply PAY to retry or visit any agent.\n"
     "customer reply: {P:juma salim} here, paid at agent already"),
    ("billing_update",
     "Rechnungsadresse geändert\n"
     "Kunde: {P:Beat Zürcher}, Kd-Nr. 40-2291\n"
     "Alt: {A:Dorfstrasse 12}, {A:3072} {C:Ostermundigen}\n"
     "Neu: {A:Bollwerkweg 5}, {A:3011} {C:Bern}\n"
     "IBAN für Rückerstattungen: {I:CH91 0900 0000 8736 4015 J}"),
    ("billing_update",
     "Receipt #A-77215\n"
     "Billed to {P:Duarte Mascarenhas}, {A:Rua Álvares Fagundes 214}, {A:3º Esq.}, {A:4050-091} {C:Porto}\n"
     "NIF {I:194 620 832}\n"
     "Card: Amex {I:3782 149056 32189}"),
    ("billing_update",
     "Plan de plată aprobat\n"
     "Client: {P:Ioana Țurcanu}, CNP {I:2930821104588}\n"
     "Rate: 6 x 412 RON, din contul {I:RO83 BTRL 0130 4205 N710 49XX}.\n"
     "Consilier: {P:Răzvan Ștefănescu}, {T:0744 318 205}"),
    ("billing_update",
     "Zahlungsmittel aktualisiert\n"
     "Sehr geehrte Frau {P:Aigner-Stöckl},\n"
     "Ihre neue Karte {I:6761 7039 2841 0526} ist ab sofort hinterlegt; die alte Karte ****1052 wurde entfernt.\n"
     "Abbuchungskonto: {I:AT61 2032 0004 7391 0285 61}"),
    ("billing_update",
     "Aggiornamento metodo di pagamento\n"
     "Cliente: {P:Gianmarco Di Stefano}, C.F. {I:DSTGMR86M14H501X}\n"
     "Nuovo IBAN per l'addebito: {I:IT37 X030 6909 6061 0000 0184 273}\n"
     "Telefono: {T:+39 347 218 4406}"),
    # --- tax forms --------------------------------------------------------------------------------------------
    ("tax_form",
     "P60 End of Year Certificate — tax year to 5 April 2024\n"
     "Employee's surname: {P:NICDHÒMHNAILL}   Forenames: {P:CATRÌONA}\n"
     "National Insurance number: {I:NX 93 16 42 A}\n"
     "Pay in this employment: £38,412.00   Tax deducted: £5,180.60\n"
     "Employer PAYE reference: 120/AB48291"),
    ("tax_form",
     "Form W-9 (Rev. March 2024)\n"
     "1 Name: {P:Chidinma Ezenwa}\n"
     "5 Address: {A:3306 Bellflower Ct}\n"
     "6 City, state, and ZIP code: {C:Plano}, TX {A:75025}\n"
     "Part I Social security number: {I:538-20-7146}\n"
     "Signature: {P:C. Ezenwa}   Date: 03/18/2024"),
    ("tax_form",
     "ITR-1 (SAHAJ) — Assessment Year 2024-25\n"
     "Name: {P:HARPREET KAUR DHALIWAL}   PAN: {I:BXKPD3917L}   Aadhaar: {I:6109 2847 3058}\n"
     "Date of Birth: {B:03/04/1986}\n"
     "Address: {A:House No. 1187}, {C:Sector 22-B}, {C:Chandigarh} {A:160022}\n"
     "Mobile: {T:98140 27736}   Email: {E:harpreet.dhaliwal86@rediffmail.com}"),
    ("tax_form",
     "Anlage N — Einkommensteuererklärung 2023\n"
     "Steuerpflichtige Person: {P:Hannelore Dreßler-Özkan}\n"
     "Identifikationsnummer: {I:47193083525}\n"
     "Geburtsdatum: {B:23.06.1979}\n"
     "Anschrift: {A:Am Rosenanger 3}, {A:06114} {C:Halle (Saale)}\n"
     "Bruttoarbeitslohn: 46.820 €"),
    ("tax_form",
     "Aangifte inkomstenbelasting 2023\n"
     "Naam: {P:A.C. van Leeuwaarden-Brink}\n"
     "BSN: {I:164509380}\n"
     "Fiscaal partner: {P:Joost Teunissen}\n"
     "Box 1 inkomen uit werk en woning: € 52.318"),
    ("tax_form",
     "Declaração Modelo 3 IRS — 2023\n"
     "Sujeito passivo A: {P:Inês Sequeira Magalhães}   NIF {I:261043870}\n"
     "Sujeito passivo B: {P:Rui Magalhães Gaspar}   NIF {I:215830946}\n"
     "Morada: {A:Rua do Barreiro Velho, 12}, {A:3.º Dto}, {A:3030-193} {C:Coimbra}"),
    ("tax_form",
     "PIT-37 za rok 2023\n"
     "Podatnik: {P:WOŹNIAK-JABŁOŃSKA ZUZANNA}\n"
     "PESEL: {I:03221708463}\n"
     "Adres zamieszkania: {A:ul. Piastowska 14 m. 3}, {A:50-361} {C:Wrocław}\n"
     "Urząd skarbowy: Wrocław-Krzyki"),
    ("tax_form",
     "T1 General 2023 — Identification\n"
     "First name: {P:Anik}   Last name: {P:Pelletier-Nadeau}\n"
     "Social insurance number (SIN): {I:273 918 649}\n"
     "Date of birth (YYYY-MM-DD): {B:1988-12-09}\n"
     "Mailing address: {A:88, 3e Avenue}, {C:Rouyn-Noranda} QC {A:J9X 2C4}"),
    ("tax_form",
     "Skattemelding 2023 — personlig\n"
     "Navn: {P:Synnøve Aarflot}   Fødselsnummer: {I:11107821408}\n"
     "Adresse: {A:Lyngbakken 31}, {A:5152} {C:Bønes}\n"
     "Formue: NOK 412 000"),
    ("tax_form",
     "Aangifte personenbelasting — aanslagjaar 2024\n"
     "Rijksregisternummer: {I:88.11.04-273.77}\n"
     "Naam en voornaam: {P:Van Steenkiste Jorinde}\n"
     "Adres: {A:Kortrijksesteenweg 412 bus 3}, {A:9830} {C:Sint-Martens-Latem}"),
    ("tax_form",
     "Déclaration des revenus 2023 — formulaire 2042\n"
     "Déclarant 1 : {P:Ahmed Taleb-Mokrani}, né le {B:04/11/1990} à {C:Oran} (Algérie)\n"
     "Numéro fiscal : {I:1372 481 906 215}\n"
     "N° de sécurité sociale : {I:1 90 11 99 352 417 11}\n"
     "Adresse : {A:27 bis, avenue des Platanes}, {A:13008} {C:Marseille}"),
    ("tax_form",
     "Modello 730/2024 — Frontespizio\n"
     "Contribuente: {P:PEZZULLO LUDOVICA}   Codice fiscale: {I:PZZLVC79C52F839H}\n"
     "Nata a {C:Napoli} il {B:12/03/1979}\n"
     "Residenza anagrafica: {A:Traversa Fontanelle 9}, {A:80136} {C:Napoli}\n"
     "Telefono: {T:081 548 2296}"),
    # --- meeting minutes --------------------------------------------------------------------------------------
    ("meeting_minutes",
     "Minutes — Facilities Committee, 14 May\n"
     "Present: {P:A. Ní Dhubhghaill} (chair), {P:T. Ørsted-Lund}, {P:Priyanka Venkataraman}, {P:Rhodri Bevan}\n"
     "Apologies: {P:Joy Adebisi-Cole}\n"
     "1. Car park resurfacing: quote accepted.\n"
     "2. {P:Rhodri} to chase the lift contractor.\n"
     "Next meeting: 11 June, Boardroom B."),
    ("meeting_minutes",
     "BOARD MEETING — MINUTES (DRAFT)\n"
     "Attendees: {P:Khalifa bin Saeed Al-Muhairi} (Chairman), {P:Omar ibn Khalid Al-Harthy}, "
     "{P:Hessa Al-Qasimi}\n"
     "Item 3: {P:Al-Harthy}'s proposal on the {C:Sohar} warehouse was approved 4–1.\n"
     "Item 4: The Chairman asked {P:Hessa} to circulate the audit report before Ramadan."),
    ("meeting_minutes",
     "standup 21/05\n"
     "- {P:kasia}: finished migration script, blocked on db creds\n"
     "- {P:thanh}: reviewing {P:kasia}'s pr, then on-call\n"
     "- {P:arjun}: off sick\n"
     "- action: {P:thanh} to ask mr {P:fitzgerald-osei} about the budget"),
    ("meeting_minutes",
     "Kick-off meeting — Project Sakura Logistics\n"
     "Attendees: {P:Matsudaira Hiroyuki} (sponsor), {P:Kaneshiro Aya}, {P:Daniel Rautenbach}, {P:Ebrahim Patel}\n"
     "Decisions: go-live moved to October. {P:Kaneshiro}-san owns the cut-over plan.\n"
     "Actions: {P:Daniel} to book the {C:Yokohama} site visit."),
    ("meeting_minutes",
     "Acta de reunión — AMPA\n"
     "Asistentes: {P:Nuria Castañeda Villalobos} (presidenta), Sra. {P:Mercedes Ibáñez}, {P:Joaquín Arévalo}\n"
     "Se aprueba la excursión a {C:Toledo}. {P:Mercedes} enviará la circular el lunes.\n"
     "Contacto tesorería: {E:tesoreria.ampa.sanroque@gmail.com}"),
    ("meeting_minutes",
     "Oak Hollow HOA — Minutes, Tue 14 May\n"
     "Owners present: {P:Marisol Figueroa-Banks} (Lot 12), {P:Darnell Whitcombe} (Lot 31)\n"
     "Complaint re: parking outside {A:118 Hollow Creek Dr}. {P:Whitcombe} agreed to move the trailer.\n"
     "Dues reminder to be sent by {P:Grace}."),
    ("meeting_minutes",
     "Lab meeting notes\n"
     "{P:Sohini Dasgupta} presented the qPCR results; Dr. {P:Sai Kondapalli} asked for more replicates.\n"
     "{P:Prasenjit Lahiri}'s poster for the {C:Hyderabad} conference is due Friday.\n"
     "Next presenter: {P:Sohini}."),
    ("meeting_minutes",
     "Minutes of the Welfare Committee\n"
     "Chair: Deaconess {P:Bolanle Ajayi-Ikeji}\n"
     "Treasurer {P:C. N. Obiora} reported a balance of ₦412,000.\n"
     "Agreed to visit Mama {P:Nkechi} in hospital on Saturday."),
    ("meeting_minutes",
     "Meeting minutes — {C:Bangkok} sales team\n"
     "Attendees: {P:Pimchanok Chaiyaporn}, {P:Thanakorn Srisuwan}, Khun {P:Anong}\n"
     "Khun {P:Pimchanok} will call the distributor in {C:Chiang Mai}. Target Q3: 12% growth."),
    ("meeting_minutes",
     "Referat — arbejdsmiljøudvalg\n"
     "Deltagere: {P:Bodil Skaarup}, {P:Søren Kjærgaard-Holm}, {P:Sigrún Þorvaldsdóttir}, {P:Asger}\n"
     "{P:Søren} gennemgik ulykkesrapporten fra lageret i {C:Aarhus}. Ny gennemgang om 3 måneder."),
    ("meeting_minutes",
     "Minutes — Community Council, {C:Aberaeron}\n"
     "Present: Cllr {P:Gwenno Penry-Jones}, Cllr {P:Huw ap Ifan}, Clerk {P:Mererid Lloyd}\n"
     "Public forum: Mr {P:Brychan Lewis} of {A:3 Heol y Bont} raised flooding on the lane.\n"
     "Resolved: the Clerk to write to the county council."),
    ("meeting_minutes",
     "Minutes — Umoja SACCO AGM\n"
     "Secretary: {P:Achieng Awuor Okello}\n"
     "Loan of KES 200,000 approved for member {P:Kiprono Chebet}.\n"
     "Members reminded to update phone numbers; {P:Achieng}'s new line is {T:0701 384 226}."),
    # --- PII-free look-alikes ---------------------------------------------------------------------------------
    ("pii_free",
     "Quarterly Review\n"
     "Revenue grew 8% in the Northern Region; the Tim Hortons and Costa Coffee franchises led the growth.\n"
     "Next step: expand to {C:Saskatoon} in Q4."),
    ("pii_free",
     "Patient Education Leaflet\n"
     "Hodgkin lymphoma and non-Hodgkin lymphoma are different diseases.\n"
     "Ask your nurse about Addison's disease, Crohn's disease or Bell's palsy if you have questions."),
    ("pii_free",
     "Release notes v4.2\n"
     "- Fixed crash when exporting to PDF\n"
     "- Added dark mode\n"
     "- Renamed the 'Grace period' setting to 'Retry window'\n"
     "Known issues: none."),
    ("pii_free",
     "Monday: stock take\n"
     "Tuesday: supplier day\n"
     "May Bank Holiday — closed\n"
     "August opening hours 9-5; June rota to follow."),
    ("pii_free",
     "The walking tour starts on Grafton Street, crosses the Ha’penny Bridge and ends on O’Connell Street.\n"
     "Bring a raincoat."),
    ("pii_free",
     "Menu\n"
     "Caesar salad, Beef Wellington, Eggs Benedict, Peach Melba, Earl Grey tea.\n"
     "All prices include VAT."),
    ("pii_free",
     "Brand Guidelines\n"
     "Use the Ben Sherman and Ted Baker logos on white only.\n"
     "Product line names: Aurora, Stella, Victoria, Jasmine."),
    ("pii_free",
     "Hardware inventory\n"
     "Dell Latitude 7440 x12, Lenovo ThinkPad X1 x4, Apple MacBook Air x6\n"
     "Software: Adobe Acrobat, Jira, Confluence, Salesforce."),
    ("pii_free",
     "Reading list, week 3\n"
     "Mendel's laws, Newton's laws of motion, Boyle's law and the Doppler effect."),
    ("pii_free",
     "Travel advisory\n"
     "Flights from {C:Kuala Lumpur} to {C:Ho Chi Minh City} are delayed due to weather; trains between {C:Hanoi} "
     "and {C:Da Nang} run normally."),
    ("pii_free",
     "FAQ\n"
     "Q: Can I pay with Apple Pay or Google Pay?\n"
     "A: Yes, and with Visa, Mastercard and American Express. We do not accept cheques."),
    ("pii_free",
     "Weather outlook\n"
     "Storm Agnes brings heavy rain to the west on Wednesday; Hurricane Beryl weakened over the Gulf."),
    ("pii_free",
     "Agenda\n"
     "1. Welcome And Introductions\n"
     "2. Minutes Of Last Meeting\n"
     "3. Budget Update\n"
     "4. Any Other Business\n"
     "Chair: Head Of Operations"),
    ("pii_free",
     "Invoice INV-2024-0815 for order 77120-A; case number 4482-19; ticket SR-39102.\n"
     "Amount due 1,240.00 EUR by 30 June 2024."),
    ("pii_free",
     "Museums: Van Gogh Museum, Anne Frank House, Rijksmuseum.\n"
     "The Rembrandt exhibition runs until March."),
    ("pii_free",
     "Maintenance window: Saturday 02:00–04:00 UTC.\n"
     "Affected: mail, wiki, Jenkins, Grafana. Firmware 2.14.0.118 replaces 2.13.9.402."),
    ("pii_free",
     "Plants for the lobby: Monstera deliciosa, peace lily, Sweet William, Black-eyed Susan and Busy Lizzie."),
    ("pii_free",
     "Legal note\n"
     "Consent for under-16s follows Gillick competence; negligence is judged by the Bolam test.\n"
     "See the Equality Act 2010 for the public sector duty."),
    ("pii_free",
     "Job posting: Senior Data Engineer, {C:Berlin} or remote.\n"
     "Stack: Python, Spark, Kafka. Apply via the careers page; no agencies."),
    ("pii_free",
     "Fleet list: Hyundai Santa Fe, Kia Sorento, Ford Mustang, Mercedes-Benz Sprinter, Toyota Camry."),
    ("pii_free",
     "Cocktail list\n"
     "Tom Collins, Bloody Mary, Shirley Temple, Harvey Wallbanger, Moscow Mule."),
    ("pii_free",
     "Holiday calendar: St Patrick's Day, St David's Day, Martin Luther King Jr. Day, Labor Day, Diwali, "
     "Eid al-Fitr and Lunar New Year."),
]


def dev4_records() -> list[Labelled]:
    """The hand-written development records of this set, parsed (gold spans on field `text`)."""
    return [parse_marked(kind, marked) for kind, marked in RECORDS]
