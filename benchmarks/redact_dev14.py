"""A fourteenth hand-written gold set for `redact_quality`, aimed at FALSE REDACTION: long, realistic multi-line
records in which most words are not personal data. This is a DEVELOPMENT set: rules may be tuned on its misses.

Records come in 14 styles of 10-11 records each: help-desk tickets with quoted mail and agent notes
(`support_ticket`), ward handovers, outpatient, triage, ICU and pharmacy notes (`clinical_note`), HR mail, offer
letters and hearing minutes (`hr_email`), Slack, WhatsApp, Telegram, SMS, Zoom, IRC, Teams, Viber, Messenger,
Discord and Signal chats (`chat_log`), application, sshd, postfix, Django, Windows audit, nginx, DHCP, CloudTrail,
Kubernetes, OpenVPN and payroll-batch logs with user fields (`ops_log`), CSV, TSV, Markdown-table and
semicolon-separated rows (`csv_rows`), envelope and label blocks (`postal_block`), KYC, fraud-call, wire-recall,
mortgage, AML, remittance and estate notes (`bank_note`), sales and account notes (`crm_note`), Reddit, forum,
StackOverflow, classified-ad, review and bug-report posts (`forum_post`), GP and hospital referral letters
(`referral_letter`), card, SEPA, payroll, till, Interac, Verve, Amex and PayPal changes (`payment_update`), tax
returns of New Zealand, Australia, South Africa, Pakistan, Ireland, Canada, the Philippines, Kenya, Ethiopia,
Bangladesh and Jamaica (`tax_form`) and security, safety, police, aviation, lab, breach, fire, injury, traffic and
environmental incident reports (`incident_report`); plus 22 PII-free look-alikes (`pii_free`: release notes,
protocols, menus, travel advisories, lab manuals, quizzes, change records, formularies, asset registers, FAQs).

Around the personal data the text is crowded with look-alikes that must NOT be redacted: organisations and brands
that are surnames (Ford, Dyson, Cadbury, Ferrari, Bosch, Alfa Laval), drugs and devices (Ventolin, Dexcom G7,
Omnipod), eponyms (Parkinson's, Alzheimer's, Hashimoto's, Gram stain, Bunsen burner, Babinski sign, Apgar, Kirby-Bauer),
hospitals and airports named after people (Chris Hani Baragwanath, Sir Charles Gairdner, Aga Khan, Sir Ganga Ram,
Murtala Muhammed, Jomo Kenyatta, Nnamdi Azikiwe), landmarks in prose (Nelson Mandela Square, Mel Lastman Square,
Uriah Butler Highway), rivers, countries and regions, software and versions (Jenkins, Kafka, Cassandra, Django
4.2.11, firmware 10.4.2.1 and other IP-shaped version strings), ticket, order, SKU, invoice and tracking numbers
(some shaped like phone numbers), hashes, amounts, percentages, measurements, weekdays, months and Latin
abbreviations, a bot called Sunny and a business called Mama Njeri's Kitchen. Real personal data appears about 3-6
times per PII record.

People are Māori and Pākehā New Zealanders, Australians, Québécois and other Canadians, Irish (Ó, Ní, Mac, de),
Afrikaans, Zulu and Xhosa South Africans, Yoruba, Igbo and Hausa Nigerians, Kenyans, Ethiopians, Egyptians,
Moroccans, Iranians, Pakistanis, Bangladeshis, Sinhala and Tamil Sri Lankans, Nepalis, Filipinos, Indonesians,
Jamaicans and Trinidadians. They appear by full name, surname after a title ("Dr Naidoo", "Mr Kurfi", "Sen. Const.
Hallett"), given name alone in greetings and sign-offs, in `SURNAME, Given` and airline `SURNAME/GIVEN` order, in
capitals, as lower-case handles and user names, in a family-group title, in host names, and with given names that
are words (Joy, Faith, Precious, Blessing, Hope is a road). Addresses follow local order and postcodes: New Zealand
and Australia (4 digits), Canada (A1A 1A1), Ireland (Eircodes), South Africa (4 digits), Nigeria (6 digits), Kenya
(P.O. boxes with a postal code), India (PIN), Indonesia (5 digits), the Philippines (4 digits), Sri Lanka, Pakistan,
Bangladesh, Morocco, Iran, Ethiopia and Jamaica.

Every value (names, streets, postcodes, phones, e-mails, identifiers, IP addresses) was invented for this file;
none comes from the other gold sets, Faker, presidio-evaluator or configs/, and pipeline/ never reads it.
Identifiers whose scheme publishes a check digit carry a valid one, computed for this file: Luhn (payment cards
including Amex and a 19-digit Verve card, Canadian SIN, South African ID, whose date and sex digits match the date
of birth beside it), IBAN mod 97 with the length of its country (IE, GB, PK, EG), Irish PPSN (mod 23 check letter,
also with the second letter), Australian TFN (weighted mod 11), Australian Medicare (weighted mod 10 check digit;
the issue number after it is free), New Zealand IRD (mod 11, weights 3-2-7-6-5-4-3-2) and NHI (mod 11).
tests/test_redact_dev14.py checks each of them. The others (Pakistani CNIC,
Nigerian NIN and BVN, Kenyan KRA PIN and NHIF, Indonesian NIK, Sri Lankan NIC, Bangladeshi NID and e-TIN, Nepali
citizenship, Moroccan CIN, Philippine TIN, PhilHealth and UMID, Jamaican TRN, RAMQ, passports, MRNs, member,
claim and account numbers, BSB, plates and licences) only have the shape of real ones.

Markup as in redact_dev.py: `{P:...}` PERSON (handles and user names built from a name included; titles such as
"Mr", "Mrs", "Dr", "Dre", "Chief", "Shri", "Ibu", "Sen. Const." and the honorific "Bhai" stand outside, and so
does a possessive 's), `{A:...}` ADDRESS (street line, flat, unit, floor or building line, P.O. box and postcode,
each marked separately), `{E:...}` EMAIL_ADDRESS (role addresses too), `{T:...}` PHONE_NUMBER (organisation
numbers too; bare extensions are not marked), `{I:...}` ID (national, tax and health identifiers, cards, IBANs,
account numbers, BSB, passports, medical record, member and claim numbers, licence and plate numbers after a cue),
`{B:...}` DATE_OF_BIRTH (only a date next to a birth cue), `{N:...}` IP_ADDRESS (every IPv4 and IPv6 address, also
private ones; IP-shaped version strings and OIDs are not marked) and `{C:...}` a town, city, suburb or district
(neutral). Countries, provinces, regions, organisations (also those named after a person), products, order,
ticket, transaction and tracking numbers and ordinary dates are not marked; PII-free records carry no marks at all.
"""

from __future__ import annotations

from benchmarks.redact_data import Labelled
from benchmarks.redact_dev import parse_marked

RECORDS: list[tuple[str, str]] = [
    # --- support tickets --------------------------------------------------------------------------------------
    ("support_ticket",
     "TICKET #INC-2291847 | Priority: P3 | Queue: Field Services APAC\n"
     "Subject: Dyson V15 Detect – charging dock not recognised after firmware 2.14.0.7\n"
     "Customer: {P:Aroha Ngātai} ({E:aroha.ngatai@kowhaimail.co.nz}), mob {T:+64 21 448 3907}\n"
     "Ship-to: {A:14B Kōwhai Street}, {C:Kelston}, {C:Auckland} {A:0602}\n"
     "Notes: cust says the unit worked fine until Tuesday's OTA push. Serial DY-V15-7741-0093 (not under recall).\n"
     "Tried: reset via MyDyson app v5.3.1, swapped the 21.6 V battery from demo stock, no change.\n"
     "Next step: courier a replacement dock (SKU 970-402-01) via NZ Post, ETA 3-5 business days.\n"
     "-- {P:Tama} @ Tier 2"),
    ("support_ticket",
     "Ticket 55-0192-AX re: Ford Ranger XLT infotainment (SYNC 4, build 22.45.1180)\n"
     "> On Mon 3 Jun, {P:Geneviève Thibodeau-Marchand} wrote:\n"
     "> bonjour, l'écran reste noir depuis la mise à jour. j'ai un RDV samedi à {C:Laval}?\n"
     "Agent reply: Bonjour Mme {P:Thibodeau-Marchand}, the dealer on boul. Saint-Martin can do Saturday 09:30.\n"
     "Confirm callback number {T:(450) 682-4419} and the address on file:\n"
     "{A:2217, rue des Érables}, {C:Laval} QC {A:H7N 3K5}\n"
     "VIN ends ...4XK21 (not stored here per policy). Parts order PO-88410 raised, CAD 0.00 under warranty.\n"
     "Tags: SYNC, Québec, French-language, callback"),
    ("support_ticket",
     "[HELPDESK] #771203 – VPN drops every 15 min on Windows 11 23H2\n"
     "Reporter: {P:kasun.jayawardhana} (Finance, {C:Colombo} office)\n"
     "Device: Lenovo ThinkPad T14 Gen 3, GlobalProtect 6.1.4, Intel AX211 driver 22.250.0.2\n"
     "Public IP seen on the gateway: {N:112.134.88.209}\n"
     "He says it only happens on the Dialog 4G dongle, not on the SLT fibre at home.\n"
     "Workaround given: disable IPv6 on the adapter, set MTU 1380. {P:Kasun} to report back Thursday.\n"
     "Escalated to NetOps (CHG-40211). SLA clock paused 12:40-14:05 IST."),
    ("support_ticket",
     "From: {E:o.ogundele1984@zmail.ng}\n"
     "Subject: refund for order #NG-48102-77 (Samsung Galaxy A15, ₦189,500)\n"
     "Good afternoon,\n"
     "I paid with my card ending 4471 and the phone came with a cracked screen. Please refund or replace.\n"
     "My name is {P:Oluwaseun Ògúndélé}, delivery was to {A:Plot 23, Admiralty Way}, {C:Lekki} Phase 1, {C:Lagos} "
     "{A:106104}.\n"
     "You can call me on {T:0803 417 2290} anytime after 4pm.\n"
     "Thanks, {P:Seun}\n"
     "---\n"
     "Agent note: RMA-3309 created; DHL pickup booked for Friday. Photo evidence attached (IMG_2207.HEIC)."),
    ("support_ticket",
     "Case 00483911 | Product: Cadbury Dairy Milk gift hamper (SKU CDM-HAMP-24) | Channel: web chat\n"
     "Customer {P:Hannelie Steenkamp-Joubert} reports the hamper arrived melted – courier left it in the sun at 34°C.\n"
     "Delivery address: {A:18 Protea Crescent}, {C:Die Hoewes}, {C:Centurion} {A:0157}\n"
     "Contact: {T:082 553 9014} / {E:hannelie.sj@vinkpos.co.za}\n"
     "Offered R 450,00 voucher; she prefers a resend before Heritage Day. Resend approved by team lead.\n"
     "Root cause: courier hub in {C:Midrand} ran without aircon on 14 Sept (see OPS-2201)."),
    ("support_ticket",
     "#TKT-10294  Status: Pending customer  Assignee: L2-Billing\n"
     "Subject: \"Double charge\" on Spotify Family – PHP 279.00 ×2\n"
     "Hi, it's {P:Jericho Macaraeg}. I got charged twice on 1 August, screenshots attached.\n"
     "Registered email is {E:jerichom.bautista@mailbox.ph} and my number is {T:+63 917 305 8821}.\n"
     "Agent: confirmed duplicate auth from the GCash wallet, ref GC-7719-2044-01 (not a card). Reversal raised.\n"
     "Please allow 7–10 banking days. Closing note sent 2 Aug 16:22 PHT."),
    ("support_ticket",
     "ZENDESK #330917 — Kettle recall enquiry (Breville BKE820, batch 2023-W41)\n"
     "Requester: {P:Siobhán Mac Giolla Rua} <{E:siobhan.macgr@eircommail.ie}>\n"
     "\"hi i think my kettle is on the recall list, the lid wont lock. what do i do?\"\n"
     "Reply sent with the Safety Notice PDF. Collection booked for {A:Apt 4, Cois Abhann}, {A:Dock Road}, "
     "{C:Limerick} {A:V94 K2T8}.\n"
     "Phone on account {T:087 219 6643}. Refund of €89.99 to original payment after inspection.\n"
     "Note: the River Shannon flood warning may delay An Post collections this week."),
    ("support_ticket",
     "Ticket: HD-2024-06-1183\n"
     "Opened by: {P:tharshini.s} via the self-service portal\n"
     "Issue: cannot open Oracle Hyperion Planning 11.2.15 from Citrix Workspace 2311. Error 0x80070005.\n"
     "{P:Tharshini} is based in the {C:Jaffna} satellite office, desk ext. 4412.\n"
     "Mobile for callback: {T:+94 77 318 2046}\n"
     "Workstation WS-JAF-0042, last seen IP {N:10.41.8.77}. Profile reset scheduled 18:00 SLST.\n"
     "KB articles: KB0012457, KB0019330."),
    ("support_ticket",
     "Support ref. 2024/AU/88231 – NBN connection (FTTP) keeps dropping, Telstra Smart Modem Gen 3\n"
     "Account holder: {P:Brodie Castellane}, {A:Unit 6}, {A:41 Wattle Grove Rd}, {C:Ringwood} VIC {A:3134}\n"
     "Ph {T:0417 882 306}, email {E:brodie.castellane@outlook.com.au}\n"
     "Line test 11:02 AEST: sync OK, 1000/50 Mbps; drops correlate with the Netgear Orbi mesh reboots.\n"
     "Advised to update Orbi firmware to V7.2.6.21 and disable band steering. Follow-up on Monday."),
    ("support_ticket",
     "Ticket #KE-77102 (M-Pesa bill payment not reflecting)\n"
     "Customer {P:Wanjiru Kamau-Njoroge} paid KSh 3,450 to Paybill 888880 for KPLC tokens on Friday 21:14.\n"
     "Transaction code SGL7H2K9QX (M-Pesa reference, not PII). Account no. on her KPLC meter: {I:37184520916}.\n"
     "Reach her on {T:0722 418 350}; alt email {E:wanjiru.kn@safmail.co.ke}.\n"
     "Escalated to KPLC partner desk, expected reversal within 24 hrs. {P:Wanjiru} notified by SMS."),
    ("support_ticket",
     "#TT-2291  Subject: WiFi router stuck on orange light (Huawei HG8145V5)\n"
     "From {P:Shernelle Ramkissoon-Baptiste} – \"the router just blinking since the blackout on Independence Day\"\n"
     "Service address: {A:LP 47 Jasmine Trace}, {C:Chaguanas}\n"
     "Tel {T:1-868-671-4032}\n"
     "L1: ONT power-cycled remotely at 08:15 AST, ping to {N:192.168.100.1} from the ONT OK. Tech visit booked.\n"
     "{P:Shernelle} asked that the tech call before coming; note left for Dispatch ({C:Couva} depot)."),
    # --- clinical notes ---------------------------------------------------------------------------------------
    ("clinical_note",
     "WARD 7B – HANDOVER (night → day), Chris Hani Baragwanath Academic Hospital\n"
     "Bed 12: {P:Sibusiso Mthembu}, 54M, MRN {I:CHB-0482917}, DOB {B:14/03/1970}\n"
     "Dx: decompensated HF, hx of T2DM on metformin 850 mg b.i.d., Parkinson's disease on co-careldopa.\n"
     "Overnight: SpO2 91% on 2 L NC, BP 142/88, HR 96, K+ 5.4 mmol/L → repeat U&E at 06:00.\n"
     "Furosemide 40 mg IV given 02:10. Gram stain of sputum pending (Gram-positive cocci?).\n"
     "NOK: wife {P:Nomvula Mthembu} {T:072 661 0438}.\n"
     "Plan: echo today, cardio review (Dr {P:Pretorius}), daily weights, fluid restrict 1.5 L."),
    ("clinical_note",
     "OUTPATIENT NEUROLOGY – Aga Khan University Hospital, {C:Nairobi}\n"
     "Pt: {P:Otieno Odhiambo Okumu}  Hosp no. {I:AKU-7719204}  born {B:02 Feb 1961}\n"
     "Ref by Dr {P:Chebet Kiprotich} ({C:Kisumu}) for tremor ?essential vs early Parkinson's.\n"
     "O/E: resting tremor R>L, cogwheel rigidity R wrist, UPDRS-III 18. No Babinski sign. MMSE 28/30.\n"
     "Imp: idiopathic Parkinson disease, Hoehn & Yahr stage 1.5.\n"
     "Plan: start levodopa/carbidopa 100/25 mg t.d.s., DaTscan not available locally – discuss Q2.\n"
     "Review 8/52. Letter cc GP."),
    ("clinical_note",
     "ED TRIAGE — Groote Schuur Hospital, 23:47\n"
     "Name: {P:Lwazi Mgqweto}   ID no. {I:8706128009085}   DOB {B:1987-06-12}\n"
     "PC: MVA, driver, restrained. GCS 15/15, C-spine cleared per NEXUS criteria.\n"
     "Obs: HR 110, BP 118/72, RR 20, T 36.9 °C, glucose 6.2 mmol/L. FAST negative.\n"
     "Abrasions L forearm; tetanus toxoid given. Apgar/Glasgow etc. n/a. Triage cat: Orange (SATS).\n"
     "Contact: brother {P:Thando} {T:+27 73 402 8816}. Police case no. CAS 412/06/2024 (Mowbray SAPS)."),
    ("clinical_note",
     "Mater Misericordiae University Hospital – Diabetes Day Centre\n"
     "Pt {P:Caoimhe Ní Bhraonáin}, DOB {B:09/11/1994}, PPSN {I:7214839Q}\n"
     "T1DM since age 12, on Dexcom G7 + Omnipod 5. HbA1c 58 mmol/mol (was 64 in March).\n"
     "TIR 68%, TBR 3%. Hashimoto's thyroiditis – levothyroxine 75 mcg od, TSH 2.1.\n"
     "Discussed Libre 3 vs G7 – pt prefers to stay. Dietitian review re: carb ratio 1:10 at breakfast.\n"
     "Next appt September. {P:Caoimhe} to email CGM data to the DDC shared inbox."),
    ("clinical_note",
     "PAEDIATRIC WARD NOTE – Lagos University Teaching Hospital (LUTH), {C:Idi-Araba}\n"
     "Child: {P:Chidinma Okwuosa-Eze}, 4 yrs, F, hosp no. {I:LUTH/PAED/22817}, DOB {B:17 May 2020}\n"
     "Mother: {P:Ngozi Okwuosa-Eze}, tel {T:0809 552 7134}\n"
     "Severe malaria (P. falciparum 4+), Hb 7.1 g/dL. IV artesunate 2.4 mg/kg at 0, 12, 24 h.\n"
     "Transfused 15 mL/kg packed cells. Blantyre coma score 5/5 this morning.\n"
     "Plan: switch to oral ACT (Coartem) when tolerating feeds; G6PD assay; mosquito net counselling."),
    ("clinical_note",
     "Community Health Visit – Kathmandu Valley outreach (Patan Hospital team)\n"
     "Pt {P:Sunita Gurung Thapa}, 31F, G2P1, 28/40. Citizenship no. {I:27-01-74-05821}\n"
     "BP 128/84, urine dipstick protein trace, fundal height 27 cm, FHR 144 (Doppler).\n"
     "Hb 10.2 → continue iron/folic acid 60 mg/400 mcg od. Td booster given (2nd dose).\n"
     "Husband {P:Bishnu Thapa} reachable on {T:+977 9841 227 309}.\n"
     "Next ANC at 32 weeks; referred for anomaly USG (missed at 20/40 due to Dashain holidays)."),
    ("clinical_note",
     "PHARMACY MEDICATION REVIEW – St Vincent's Hospital Sydney\n"
     "Patient: {P:KOVACEVIC-NGUYEN, Linh}   Medicare {I:2647 76972 3}   DOB {B:21/08/1948}\n"
     "Current: apixaban 5 mg bd, atorvastatin 40 mg nocte, Ventolin MDI prn, Alzheimer's – donepezil 10 mg.\n"
     "Interactions: none significant. eGFR 48 → apixaban dose OK (Cockcroft-Gault CrCl 52).\n"
     "Webster-pak requested from Priceline Pharmacy Darlinghurst. Carer daughter {P:Mai} {T:0433 187 290}.\n"
     "Pharmacist: {P:R. Halloran}, Clinical Pharmacy (pager 4471)"),
    ("clinical_note",
     "DERMATOLOGY CLINIC — Shaukat Khanum Memorial Cancer Hospital, {C:Lahore}\n"
     "Pt: {P:Ayesha Tariq Bhatti}, F, CNIC {I:35202-8714365-3}, DOB {B:03-04-1979}\n"
     "Lesion 9 mm, L shoulder, ABCDE: asymmetry +, border irregular, colour variegated. Breslow pending.\n"
     "Excision biopsy done under 1% lignocaine, 4-0 Prolene × 3. Histo to lab (specimen S-24-11827).\n"
     "Advised SPF 50+, avoid midday sun. Contact {T:+92 321 448 0917} for results in 10 days."),
    ("clinical_note",
     "ICU progress note – Tikur Anbessa Specialized Hospital, {C:Addis Ababa}\n"
     "Pt {P:Mekdes Tesfaye Woldu}, 45F, MRN {I:TASH-0219384}\n"
     "Day 3 post laparotomy (perforated PUD). Sepsis improving: lactate 3.8 → 1.6, off noradrenaline since 04:00.\n"
     "Ceftriaxone 2 g od + metronidazole 500 mg t.i.d. H. pylori stool Ag positive → triple therapy later.\n"
     "Ventilator: SIMV, FiO2 35%, PEEP 5. SBT planned at 10:00.\n"
     "Family spokesperson: son {P:Yonas Gebreegziabher} {T:+251 911 402 875}."),
    ("clinical_note",
     "Teleconsult note (WhatsApp video), Philippine General Hospital – OPD IM\n"
     "Pt: {P:DELA CRUZ-VILLANUEVA, Ma. Cristina}, 62F, PhilHealth {I:12-049183726-5}\n"
     "Hx HTN, dyslipidemia, s/p CABG 2019. Currently losartan 50 mg od, rosuvastatin 20 mg.\n"
     "Home BP log avg 138/86. Mild ankle edema, no orthopnea. Advised low-salt diet (no patis/bagoong!).\n"
     "Labs next week at the {C:Ermita} branch. Daughter {P:Joy} assisted with the call – contact {T:0918 224 6031}.\n"
     "Follow-up after Holy Week."),
    # --- HR e-mails -------------------------------------------------------------------------------------------
    ("hr_email",
     "From: People Operations <people-ops@tarakihi-logistics.co.nz>\n"
     "To: {P:Hēmi Te Awa-Rangi} <{E:hemi.teawarangi@tarakihi-logistics.co.nz}>\n"
     "Subject: Kia ora – your IRD number & KiwiSaver form\n"
     "Kia ora {P:Hēmi},\n"
     "Welcome to the {C:Wellington} depot! Before payroll closes on Wednesday we still need your IRD number.\n"
     "You gave us {I:132-437-432} on the offer form – please confirm it's correct (the system flagged a typo).\n"
     "KiwiSaver: default rate 3%; choose your provider (Simplicity, Milford, ANZ) on the form.\n"
     "Ngā mihi,\n"
     "{P:Mereana}\n"
     "People & Culture Advisor | Tarakihi Logistics | Level 3, {C:Te Aro}"),
    ("hr_email",
     "Subject: RE: Sick leave – week 23\n"
     "From: {P:Rafiqul Islam Bhuiyan} <{E:rafiqul.bhuiyan@padmatextiles.com.bd}>\n"
     "To: HR {C:Dhaka}; CC: Line Manager – Knitting Unit 2\n"
     "> Dear {P:Rafiq}, please send the medical certificate from Square Hospital by Thursday. – HR\n"
     "Dear Madam,\n"
     "Attached the certificate (dengue, NS1 positive). I will rejoin on Sunday if the platelet count is OK.\n"
     "My mobile {T:+880 1712-408 396} is on during office hours.\n"
     "Regards, {P:Rafiqul}\n"
     "Knitting Supervisor, Padma Textiles Ltd., {C:Gazipur}"),
    ("hr_email",
     "MINUTES – Disciplinary hearing (confidential)\n"
     "Date: Wed 12 March, 14:00, Boardroom 4 ({C:Sandton} office)\n"
     "Present: {P:Thandiwe Nqweniso} (HRBP), {P:Marnus Botha} (Ops Manager), {P:Sipho Radebe} (employee), "
     "{P:Zanele Khumalo} (NUMSA shop steward)\n"
     "Allegation: breach of the Fleet Safety Policy v3.2 (Ford Transit cameras disabled on 3 occasions).\n"
     "Mr {P:Radebe} stated the DVR units (MiX Telematics) were faulty; IT ticket INC-5521 supports this in part.\n"
     "Outcome: final written warning withheld pending IT report. Next sitting 26 March.\n"
     "Minutes taken by {P:T. Nqweniso}."),
    ("hr_email",
     "From: recrutement@boreal-aero.ca\n"
     "À: {P:Jean-Sébastien Lacroix-Dufour} <{E:js.lacroixdufour@videotron.ca}>\n"
     "Objet : Offre d'emploi – Technicien(ne) d'entretien d'aéronefs (Bombardier CRJ900)\n"
     "Bonjour {P:Jean-Sébastien},\n"
     "Suite à votre entrevue de jeudi à l'aéroport Montréal-Trudeau (YUL), nous avons le plaisir de vous offrir "
     "le poste.\n"
     "Salaire : 38,50 $/h, quart de soir, début le lundi 2 septembre. Licence AME M1 requise.\n"
     "Pour la paie, merci de nous transmettre votre NAS : {I:273 492 496} et un spécimen de chèque.\n"
     "Cordialement, {P:Mélodie Bourassa}, Conseillère RH"),
    ("hr_email",
     "Subject: Onboarding – relocation to Perth (Sir Charles Gairdner campus project)\n"
     "Hi {P:Tigist},\n"
     "Great to have you! A few items before your visa grant (subclass 482):\n"
     "1) Your TFN declaration – we have {I:512 942 587}, please sign page 2.\n"
     "2) Temporary address for payroll: {A:Unit 12}, {A:88 Hay Street}, {C:Subiaco} WA {A:6008}\n"
     "3) Emergency contact form (we have {P:Dawit Haile} {T:+61 438 190 552}).\n"
     "Induction is Monday 08:30 AWST, Level 2, Harry Perkins Institute – bring photo ID.\n"
     "Cheers, {P:Kirsty Malloway} | HR Coordinator\n"
     "To: {P:Tigist Alemayehu} <{E:tigist.alemayehu@gmail.com}>"),
    ("hr_email",
     "From: HR Shared Services\n"
     "To: All Staff – {C:Karachi} & {C:Islamabad}\n"
     "Subject: Eid ul-Adha holidays + payroll cut-off\n"
     "Dear colleagues,\n"
     "Offices will be closed from Monday 17 June to Wednesday 19 June. Salaries will be credited on Friday 14 June.\n"
     "For payroll queries contact {P:Muhammad Usman Qureshi} (Payroll Lead) at {E:usman.qureshi@indusfoods.pk} or "
     "ext. 2204.\n"
     "Reminder: update your emergency contacts in SAP SuccessFactors by 30 June. No action needed for EOBI.\n"
     "Eid Mubarak!"),
    ("hr_email",
     "Subject: Reference check – {P:Delroy McFarlane}\n"
     "From: {P:Paulette Ainsworth-Grant} <{E:p.ainsworthgrant@bluemountaincoffee.com.jm}>\n"
     "To: talent@caribshipping.tt\n"
     "Hi, happy to give a reference for {P:Delroy}. He worked as Warehouse Supervisor at our {C:Kingston} roastery "
     "2017–2023.\n"
     "Reliable, good with SAP WM and the Ferrari-red forklifts we all joked about (Linde H25).\n"
     "Reason for leaving: relocated to Trinidad. I'd rehire him.\n"
     "Feel free to call me on {T:876-927-4410} (office) Mon–Fri.\n"
     "{P:Paulette}"),
    ("hr_email",
     "Subject: Payslip query – overtime June\n"
     "From: {E:ngozi.anyaegbu@frontierbrew.ng}\n"
     "To: payroll@frontierbrew.ng\n"
     "Hello payroll, my June payslip shows 12 h overtime but I did 20 h (see roster for {C:Onitsha} depot, shifts "
     "B/C).\n"
     "Also my BVN on file is wrong – correct one is {I:22184719305}. Pension PIN PEN100482917365 (Stanbic IBTC).\n"
     "Thank you,\n"
     "{P:Ngozi Anyaegbu}\n"
     "Quality Assurance Officer"),
    ("hr_email",
     "To: {P:Parisa Hosseinzadeh}; {P:Kourosh Tavakoli-Nejad}\n"
     "CC: HR – {C:Toronto}\n"
     "Subject: Performance review calibration – Q3\n"
     "Hi {P:Parisa}, {P:Kourosh},\n"
     "Calibration session is Thursday 10:00 EDT in \"Lake Ontario\" room (3rd floor) / MS Teams link in invite.\n"
     "Please bring the Workday summaries for the Data Platform team (Kafka, Airflow, dbt squads).\n"
     "Ratings must follow the 20/70/10 guidance. Don't share drafts outside HR + managers.\n"
     "Thanks, {P:Gwen} – HR Business Partner"),
    ("hr_email",
     "From: {P:Youssef Benkirane-Alaoui} <{E:y.benkirane@atlasphosphate.ma}>\n"
     "To: DRH Casablanca\n"
     "Objet : Attestation de travail + CIN\n"
     "Bonjour,\n"
     "Merci de préparer une attestation de travail pour mon dossier de visa Schengen (rendez-vous chez VFS Global "
     "le 4 juillet).\n"
     "Mon numéro de CIN est {I:BK482917}. Poste : Ingénieur procédés, site Jorf Lasfar.\n"
     "Adresse actuelle : {A:27, Rue Ibn Battouta}, Maârif, {C:Casablanca} {A:20330}.\n"
     "Cordialement, {P:Youssef}"),
    # --- chat logs --------------------------------------------------------------------------------------------
    ("chat_log",
     "#proj-kahawa (Slack)\n"
     "[09:14] {P:wanjiku.m}: morning! Jenkins build #4471 failed again on the Kafka consumer tests\n"
     "[09:15] {P:otieno_dev}: yeah it's the Cassandra 4.1.3 container, flaky on the M1 runners\n"
     "[09:16] {P:wanjiku.m}: can u ping {P:Amani} from SRE? her number is {T:0733 902 418} if slack is down lol\n"
     "[09:18] {P:otieno_dev}: done. also the Grafana board for Mombasa Road DC shows 92% disk\n"
     "[09:20] {P:amani.wekesa}: on it, rotating logs on kafka-broker-03 now\n"
     "[09:21] {P:wanjiku.m}: asante 🙏"),
    ("chat_log",
     "WhatsApp – \"Family {P:Ogundimu} 🇳🇬\"\n"
     "[12/06, 19:02] Mummy: Did you people see the new Shoprite at Ikeja City Mall?\n"
     "[12/06, 19:05] {P:Tolu}: Yes ma. {P:Femi}, send Mummy the address of the new flat abeg\n"
     "[12/06, 19:07] {P:Femi Ogundimu}: {A:Flat 3B, Block 12}, {A:Adeniyi Jones Avenue}, {C:Ikeja}\n"
     "[12/06, 19:07] {P:Femi Ogundimu}: gate code is 4471# (don't share)\n"
     "[12/06, 19:10] Mummy: God bless you. I will come on Sunday after service\n"
     "[12/06, 19:11] {P:Blessing}: Mummy use Bolt not Uber, it's cheaper from {C:Surulere}"),
    ("chat_log",
     "Telegram · Tehran–Toronto expats\n"
     "{P:kourosh_t}: anyone know a good persian bakery near Yonge & Finch? craving nan-e barbari\n"
     "{P:parisa.hz}: Khorak Supermarket! also they have sangak on Fridays\n"
     "{P:kourosh_t}: merci 😄 btw my new number {T:+1 647 218 9034}, the iranian one (0912…) is off now\n"
     "{P:shirin_m_1990}: welcome back {P:Kourosh}. Nowruz party at Mel Lastman Square on March 20th?\n"
     "{P:parisa.hz}: yes!! I'll bring haft-sin stuff"),
    ("chat_log",
     "SMS thread (exported)\n"
     "From {T:+61 412 907 334}: Hi its {P:Tane} from the Toyota dealer, ur Hilux is ready for pickup. $389.50 inc GST\n"
     "To {T:+61 412 907 334}: Thanks {P:Tane}, can I come Saturday morning?\n"
     "From {T:+61 412 907 334}: Sat we close 12pm. Ask for {P:Aroha} at service desk, bay 4\n"
     "To {T:+61 412 907 334}: Sweet as, see u then\n"
     "From {T:+61 412 907 334}: Also ur WOF/rego reminder: plate {I:KTR482} due Aug"),
    ("chat_log",
     "Zoom chat – Sprint 42 retro (Jakarta + Manila)\n"
     "09:01:12 From {P:Rahmat Budiono Sasongko} to Everyone: selamat pagi, starting in 2 min\n"
     "09:02:40 From {P:Jericho Macaraeg} to Everyone: good morning! Angular 17 upgrade demo after\n"
     "09:05:03 From {P:Sri Wahyuni} to Everyone: link ke Jira board: PLAT-1182 .. PLAT-1204\n"
     "09:07:55 From {P:Rahmat Budiono Sasongko} to Everyone: pls update Confluence page \"Release 3.10.2.4\"\n"
     "09:09:30 From {P:Jericho Macaraeg} to {P:Rahmat Budiono Sasongko} (direct): can u send me ur gmail? "
     "drive share broken\n"
     "09:10:02 From {P:Rahmat Budiono Sasongko} to {P:Jericho Macaraeg} (direct): {E:rahmat.sasongko88@gmail.com}"),
    ("chat_log",
     "IRC #ubuntu-za (Libera.Chat)\n"
     "<{P:riaan_dup}> anyone running Ubuntu 24.04 LTS on a Dell XPS 13 9340? wifi keeps dropping\n"
     "<{P:lwazi_m}> {P:riaan_dup}: yes, kernel 6.8.0-31 fixed it for me. also disable power_save in iwlwifi\n"
     "<{P:riaan_dup}> thanks {P:lwazi}. my box is at {N:196.22.141.38} if you want to ssh in and look, pw in PM\n"
     "<ChanServ> [#ubuntu-za] Please don't share credentials in channel.\n"
     "<{P:lwazi_m}> lol no thanks. paste `dmesg | grep iwl` to termbin instead"),
    ("chat_log",
     "Teams chat – Ops Dublin\n"
     "{P:Oisín Ó Fearghail} 10:32\n"
     "Can someone cover my Thursday shift? GP appointment in {C:Swords} at 2\n"
     "{P:Pádraig de Búrca} 10:35\n"
     "I can, swap for Sat? Also {P:Oisín} the new Eircode for the {C:Kilkenny} site is {A:R95 W2X7}\n"
     "{P:Oisín Ó Fearghail} 10:36\n"
     "grand, thanks {P:Pádraig} 👍 I'll update Workday"),
    ("chat_log",
     "Viber – {C:Dhanmondi} flat owners group\n"
     "[8:41 PM] {P:Tahmina Akter Chowdhury}: WASA water supply off tomorrow 9am–3pm, pls store water\n"
     "[8:43 PM] {P:Rafiq} Bhai: thanks apa. generator tank also needs diesel, 40 L = ৳4,400\n"
     "[8:44 PM] {P:Tahmina Akter Chowdhury}: bKash the money to me {T:01819-473 206}\n"
     "[8:50 PM] Caretaker {P:Jashim}: lift servicing by Otis on Friday after Jumma\n"
     "[8:52 PM] {P:Rafiq} Bhai: ok 👍"),
    ("chat_log",
     "Messenger (support bot handoff)\n"
     "Bot: Hi! I'm Sunny, the Globe virtual assistant. How can I help?\n"
     "User {P:Carmelita Panganiban-Reyes}: my prepaid load not credited, 599 pesos GoSURF\n"
     "Bot: Please share your mobile number.\n"
     "User: {T:0915 782 3046}\n"
     "Agent {P:Rhea}: Hi {P:Carmelita}, checking now… reference GLB-20240611-88319. Load will reflect in 30 mins.\n"
     "User: salamat po!"),
    ("chat_log",
     "Discord – #jamaica-devs\n"
     "{P:dmcfarlane876}: yow who going to the AWS Summit in {C:Miami}? company paying 😅\n"
     "{P:shan.r.baptiste}: me! flight BW 482 from Piarco Thursday\n"
     "{P:dmcfarlane876}: bless. DM me ur email so I can add u to the Google Calendar\n"
     "{P:shan.r.baptiste}: {E:shanbaptiste.dev@proton.me}\n"
     "{P:dmcfarlane876}: sent. also check Node 20.11.1, Next.js 14.2 talk at 3:30pm EST"),
    ("chat_log",
     "Signal – Casablanca hiking club\n"
     "{P:Khadija El Ouazzani}: Samedi 6h départ, Toubkal via {C:Imlil}. Bring 3 L water + crampons si neige\n"
     "{P:Youssef}: Je passe te prendre ? tu es toujours au {A:14 Rue Al Moutanabi}, {C:Rabat} ?\n"
     "{P:Khadija El Ouazzani}: oui, {A:appt 6, 2ème étage}\n"
     "{P:Ilyas Berrada}: moi je viens en Dacia Duster depuis {C:Marrakech}, 4 places libres\n"
     "{P:Khadija El Ouazzani}: parfait. Météo: -2°C at Refuge du Toubkal"),
    # --- ops logs ---------------------------------------------------------------------------------------------
    ("ops_log",
     "2024-06-11T03:12:44.118Z INFO  auth-svc[7741] login ok user={E:thandiwe.n@ubuntu-fin.co.za} ip={N:41.13.208.77} "
     "mfa=totp\n"
     "2024-06-11T03:12:45.002Z INFO  auth-svc[7741] session=9f8c1e2ab44d ttl=3600 region=af-south-1\n"
     "2024-06-11T03:13:02.671Z WARN  api-gw[221] rate limit 429 path=/v2/payments client_id=mobile-android-5.4.1\n"
     "2024-06-11T03:13:09.390Z INFO  auth-svc[7741] login ok user={E:sibusiso.mthembu@ubuntu-fin.co.za} "
     "ip={N:105.245.12.190} mfa=push\n"
     "2024-06-11T03:14:00.000Z INFO  cron[1] job=reconcile-zar status=done duration=41.2s rows=18823\n"
     "2024-06-11T03:15:27.845Z ERROR db-pool[93] timeout host={N:10.20.1.14}:5432 (pgbouncer)"),
    ("ops_log",
     "Jun 12 22:41:07 bastion-ke-01 sshd[30211]: Accepted publickey for {P:okumu} from {N:197.232.61.14} port 51422 "
     "ssh2: ED25519 SHA256:q9Xb3kL0...\n"
     "Jun 12 22:41:08 bastion-ke-01 sudo:    {P:okumu} : TTY=pts/2 ; PWD=/home/{P:okumu} ; USER=root ; "
     "COMMAND=/usr/bin/systemctl restart nginx\n"
     "Jun 12 22:43:55 bastion-ke-01 sshd[30290]: Failed password for invalid user admin from {N:45.155.205.211} port "
     "39120\n"
     "Jun 12 22:44:10 bastion-ke-01 fail2ban.actions[812]: NOTICE [sshd] Ban {N:45.155.205.211}\n"
     "Jun 12 22:50:31 bastion-ke-01 systemd[1]: nginx.service: Started A high performance web server (1.24.0)."),
    ("ops_log",
     "# postfix maillog excerpt – mx2.lanka-tea.lk\n"
     "Mar  4 07:02:19 mx2 postfix/smtpd[4410]: connect from mail-yw1.google.com[{N:209.85.128.41}]\n"
     "Mar  4 07:02:20 mx2 postfix/cleanup[4415]: 3F1A22C09E: message-id=<CAF8x@mail.gmail.com>\n"
     "Mar  4 07:02:20 mx2 postfix/qmgr[812]: 3F1A22C09E: from=<{E:nadeeka.senanayake@gmail.com}>, size=48210, nrcpt=1\n"
     "Mar  4 07:02:21 mx2 postfix/local[4418]: 3F1A22C09E: to=<{E:k.ratnasingam@lanka-tea.lk}>, relay=local, "
     "status=sent\n"
     "Mar  4 07:05:44 mx2 postfix/anvil[4412]: statistics: max connection rate 3/60s for (smtp:{N:209.85.128.41})"),
    ("ops_log",
     "[2024-05-30 14:02:11,533] INFO  django.request: GET /api/v3/orders/ORD-77120 200 41ms user_id=88217\n"
     "[2024-05-30 14:02:13,001] INFO  audit: profile.update actor={P:dewi.kusumaningrum} fields=[phone,address]\n"
     "[2024-05-30 14:02:13,002] DEBUG audit: new.phone={T:+62 812-3407-9921} "
     "new.address=\"{A:Jl. Kenanga No. 17}, {C:Bandung} {A:40132}\"\n"
     "[2024-05-30 14:02:15,778] WARN  celery.worker: task send_sms retry 2/5 (Twilio 21614)\n"
     "[2024-05-30 14:02:19,204] INFO  gunicorn: worker pid=2210 booted, Python 3.11.9, Django 4.2.11"),
    ("ops_log",
     "EventID 4625  An account failed to log on.  2024-04-02 08:11:37  DC01.corp.sahelagro.ng\n"
     "  Account Name: {P:a.kurfi}   Account Domain: SAHELAGRO\n"
     "  Workstation Name: KAN-FIN-LT22   Source Network Address: {N:10.12.40.55}\n"
     "  Failure Reason: Unknown user name or bad password.  Logon Type: 3 (Network)\n"
     "EventID 4740  A user account was locked out.  2024-04-02 08:12:05\n"
     "  Target Account: {P:a.kurfi} ({P:Abubakar Danladi Kurfi})  Caller: KAN-FIN-LT22\n"
     "Ticket auto-raised: SEC-3301 (lockout threshold 5, policy GPO-Lockout-v2)"),
    ("ops_log",
     "nginx access.log – shop.kiwikai.co.nz\n"
     "{N:122.57.214.9} - - [18/Jul/2024:10:21:04 +1200] \"GET /products/manuka-honey-umf-15 HTTP/2.0\" 200 18311\n"
     "{N:122.57.214.9} - - [18/Jul/2024:10:21:39 +1200] \"POST /checkout?email={E:mereana.kahui@xtramail.co.nz} "
     "HTTP/2.0\" 302 0\n"
     "{N:2407:7000:9a1c:4400::3b} - - [18/Jul/2024:10:22:10 +1200] \"GET /robots.txt HTTP/1.1\" 200 67\n"
     "{N:10.0.0.5} - - [18/Jul/2024:10:22:11 +1200] \"GET /healthz HTTP/1.1\" 200 2 \"kube-probe/1.29\""),
    ("ops_log",
     "DHCP lease table – branch router PK-LHR-GULBERG (RouterOS 7.14.3)\n"
     "ADDRESS        MAC                HOST-NAME              EXPIRES\n"
     "{N:192.168.88.21}  3C:22:FB:41:9A:07  {P:USMAN-QURESHI}-HP       09:41:12\n"
     "{N:192.168.88.34}  B8:27:EB:10:22:5F  raspberrypi-cctv       22:10:55\n"
     "{N:192.168.88.40}  F4:5C:89:AA:01:3E  {P:Ayesha}s-iPhone        03:02:09\n"
     "{N:192.168.88.52}  00:1B:44:11:3A:B7  PRINTER-HP-M404        never\n"
     "WAN: PTCL fiber, public {N:39.45.188.203}"),
    ("ops_log",
     "CloudTrail event (redact before sharing!)\n"
     "eventTime: 2024-02-19T11:48:02Z  eventName: ConsoleLogin  awsRegion: ap-southeast-2\n"
     "userIdentity.arn: arn:aws:iam::481920336712:user/{P:brodie.castellane}\n"
     "sourceIPAddress: {N:203.219.77.145}  userAgent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)\n"
     "additionalEventData.MFAUsed: Yes   responseElements.ConsoleLogin: Success\n"
     "requestID: 7c1e0f4a-22b9-4c4e-9d83-5a10bb2e7f11 (not PII)"),
    ("ops_log",
     "Kubernetes – ingress-nginx logs, namespace payments-eg, cluster eks-me-central-1\n"
     "I0615 09:12:44.231  controller.go:190] \"Reloading NGINX\" version=1.10.1\n"
     "{N:156.211.43.90} - {P:nourhan.fathy} [15/Jun/2024:09:13:01 +0300] \"POST /v1/wallet/topup\" 201 312 "
     "amount=EGP 1,250.00\n"
     "{N:156.211.43.90} - {P:nourhan.fathy} [15/Jun/2024:09:13:02 +0300] \"GET /v1/wallet/balance\" 200 88\n"
     "W0615 09:13:05.772  endpoints.go:88] service payments-eg/fawry-adapter has no ready endpoints"),
    ("ops_log",
     "VPN (OpenVPN 2.6.8) status log – gw-mel-02\n"
     "CLIENT_LIST,{P:linh.kovacevic},{N:110.175.29.63}:50211,{N:10.8.0.14},48211992,10923344,2024-03-11 08:02:19\n"
     "CLIENT_LIST,{P:tane.whaanga},{N:49.224.133.7}:61022,{N:10.8.0.22},1022931,300221,2024-03-11 08:40:51\n"
     "CLIENT_LIST,svc-backup,{N:10.1.1.9}:1194,{N:10.8.0.2},99102331,2211,2024-03-01 00:00:03\n"
     "ROUTING_TABLE,{N:10.8.0.14},{P:linh.kovacevic},{N:110.175.29.63}:50211,2024-03-11 09:15:02\n"
     "GLOBAL_STATS,Max bcast/mcast queue length,4"),
    ("ops_log",
     "2024-08-01 06:00:01 [batch-payroll-ca] INFO  Loaded 412 employee records from Workday export v2.3\n"
     "2024-08-01 06:00:02 [batch-payroll-ca] WARN  Invalid SIN for employee_id=E-10293 "
     "({P:Mélodie Bourassa}): value {I:531 299 451} flagged by upstream (false positive, Luhn OK)\n"
     "2024-08-01 06:00:02 [batch-payroll-ca] INFO  Province QC → RAMQ/QPP deductions applied (rate 6.40%)\n"
     "2024-08-01 06:00:05 [batch-payroll-ca] INFO  Direct deposit file CPA-005 written (checksum 9e1f44a0)\n"
     "2024-08-01 06:00:05 [batch-payroll-ca] INFO  Done in 4.2 s, exit code 0"),
    # --- CSV rows ---------------------------------------------------------------------------------------------
    ("csv_rows",
     "employee_id,full_name,dept,location,mobile,email,tfn\n"
     "AU-1001,{P:Brodie Castellane},Logistics,{C:Melbourne},{T:0417 882 306},{E:b.castellane@wattleco.com.au},"
     "{I:239 220 941}\n"
     "AU-1002,{P:Tigist Alemayehu},Research,{C:Perth},{T:0438 551 207},{E:t.alemayehu@wattleco.com.au},{I:250 047 "
     "909}\n"
     "AU-1003,VACANT – Senior Analyst,Finance,{C:Sydney},,,\n"
     "# total headcount 3 (FY24 Q4), exported from Employment Hero 2024-07-01"),
    ("csv_rows",
     "order_no;sku;product;qty;unit_price;customer;delivery_pc\n"
     "ZA-7710231;FRR-488-RED;Ferrari SF90 1:18 model;1;R 2 499,00;{P:Marnus van der Westhuizen};{A:7530}\n"
     "ZA-7710232;LGO-42143;LEGO Technic Ferrari Daytona;2;R 6 999,00;{P:Zanele Khumalo};{A:2196}\n"
     "ZA-7710233;DYS-V8-ABS;Dyson V8 Absolute;1;R 7 299,00;{P:Precious Dlamini-Nkosi};{A:4001}\n"
     "ZA-7710234;CDB-BAR-80G;Cadbury Top Deck 80g;48;R 21,99;Spar Franchise 0441 (store);{A:0081}\n"
     "-- note: delivery_pc = South African postal code"),
    ("csv_rows",
     "patient_id\tname\tdob\tward\tconsultant\tallergies\n"
     "{I:KNH-204817}\t{P:Chebet Kiprotich}\t{B:1985-09-30}\tWard 5D\tDr {P:A. Mwangi} (Ortho)\tPenicillin\n"
     "{I:KNH-204822}\t{P:Wanjiru Kamau}\t{B:1992-01-14}\tWard 5D\tDr {P:A. Mwangi} (Ortho)\tNKDA\n"
     "{I:KNH-204833}\t{P:Abdirahman Hassan Gedi}\t{B:1978-07-02}\tICU\tDr {P:Onyango} (Anaesth.)\tLatex\n"
     "# exported from Kenyatta National Hospital FunSoft HMIS v7.1 – handle per SOP-IG-004"),
    ("csv_rows",
     "| Name | Role | City | Phone | Email |\n"
     "|------|------|------|-------|-------|\n"
     "| {P:Kasun Prabath Jayawardhana} | Head of Finance | {C:Colombo} | {T:+94 71 448 2093} | "
     "{E:kasun.j@ceylonspice.lk} |\n"
     "| {P:Tharshini Sivakumaran} | Accounts Payable | {C:Jaffna} | {T:+94 21 222 4718} | "
     "{E:tharshini.s@ceylonspice.lk} |\n"
     "| Dilmah Tea (supplier) | Vendor | {C:Peliyagoda} | {T:011 482 2000} (switchboard) | orders@ (vendor portal) |"),
    ("csv_rows",
     "\"CNIC\",\"Name\",\"Father/Husband Name\",\"District\",\"Mobile\"\n"
     "\"{I:35202-8714365-3}\",\"{P:Ayesha Tariq Bhatti}\",\"{P:Tariq Mehmood Bhatti}\",\"{C:Lahore}\","
     "\"{T:0321-4480917}\"\n"
     "\"{I:61101-4471289-7}\",\"{P:Muhammad Usman Qureshi}\",\"{P:Abdul Rauf Qureshi}\",\"{C:Islamabad}\","
     "\"{T:0300-5129384}\"\n"
     "\"{I:42101-6620184-1}\",\"{P:Hina Baloch}\",\"{P:Naseer Ahmed Baloch}\",\"{C:Karachi "
     "East}\",\"{T:0333-2719043}\""),
    ("csv_rows",
     "Date,Description,Ref,Debit (PHP),Credit (PHP),Balance\n"
     "2024-05-02,Meralco bill,MER-88123947,4,210.55,,31,904.12\n"
     "2024-05-03,InstaPay to {P:JERICHO B MACARAEG},IP2405030881,2,500.00,,29,404.12\n"
     "2024-05-05,Salary – Accenture Inc.,PAY-0505,,58,200.00,87,604.12\n"
     "2024-05-06,PESONet from {P:MA CRISTINA DELA CRUZ},PN-44102,,1,000.00,88,604.12\n"
     "(format not CSV-safe: thousands separators break columns – export bug BNK-2291)"),
    ("csv_rows",
     "nin,surname,first_name,middle_name,lga,state,phone\n"
     "{I:48291736051},{P:OKWUOSA-EZE},{P:Chinedu},{P:Ikenna},{C:Nnewi North},Anambra,{T:08034172290}\n"
     "{I:70315928446},{P:YAKASAI},{P:Zainab},{P:Hauwa},{C:Nassarawa},Kano,{T:08065513021}\n"
     "{I:21847390655},{P:ADÉBÁYỌ̀},{P:Olúwafúnmilọ́lá},,{C:Ibadan North},Oyo,{T:07019923840}\n"
     "# NIMC verification batch 2024-07-19, 3 of 3 matched"),
    ("csv_rows",
     "ticket,opened,requester,device,ip,status\n"
     "INC-30211,2024-03-01 09:02,{P:h.teawarangi},MacBook Pro 14\" M3,{N:10.60.4.18},Resolved\n"
     "INC-30212,2024-03-01 09:40,{P:m.kahui},Surface Laptop 5,{N:10.60.4.91},Open\n"
     "INC-30213,2024-03-01 10:15,svc-jenkins,build-agent-07,{N:10.60.9.7},Open\n"
     "INC-30214,2024-03-01 10:22,{P:t.whaanga},iPhone 15 (Intune),{N:49.224.133.7},Pending"),
    ("csv_rows",
     "member_no,name,plan,start,phone,postcode\n"
     "{I:MBR-0048291},{P:Geneviève Thibodeau-Marchand},Famille Plus,2023-01-01,{T:450-682-4419},{A:H7N 3K5}\n"
     "{I:MBR-0048292},{P:Jean-Sébastien Lacroix-Dufour},Solo,2023-04-15,{T:514-903-2281},{A:H2T 1S6}\n"
     "{I:MBR-0048293},{P:Élodie Tremblay-Gagnon},Étudiant,2024-09-01,{T:418-557-0392},{A:G1R 4P5}\n"
     "# plans: Solo CAD 39.99/mo, Famille Plus CAD 74.99/mo; taxes TPS/TVQ extra"),
    ("csv_rows",
     "id,nama,nik,alamat,kota,kode_pos,telp\n"
     "1,{P:Sri Wahyuni Kusumaningrum},{I:3174054712890003},{A:Jl. Melati Raya No. 8},{C:Jakarta Selatan},{A:12430},"
     "{T:0812-9930-4471}\n"
     "2,{P:Rahmat Budiono Sasongko},{I:3578012003850007},{A:Jl. Darmo Permai III/21},{C:Surabaya},{A:60226},"
     "{T:0813-3121-8804}\n"
     "-- sumber: sistem CRM v2.8.1 (export 2024-06-30), jangan dibagikan"),
    ("csv_rows",
     "Visitor log – Embassy reception, week 24\n"
     "date,time_in,visitor,passport,company,host\n"
     "10/06,09:12,{P:GEBREMARIAM/DAWIT},{I:EP4829173},Ethiopian Airlines,Trade Section\n"
     "10/06,10:40,{P:EL-SAWY/MOHAMED ABDELRAHMAN},{I:A28193746},Orascom,Consular\n"
     "11/06,14:05,{P:NGUYEN/LINH},{I:PA9021837},Qantas Freight,Trade Section\n"
     "# passports checked against VIS; badges BDG-001..BDG-040 returned"),
    # --- postal blocks ----------------------------------------------------------------------------------------
    ("postal_block",
     "FRAGILE – THIS WAY UP\n"
     "To: {P:Mereana Kāhui}\n"
     "{A:27 Pōhutukawa Drive}\n"
     "{C:Ōtūmoetai}\n"
     "{C:Tauranga} {A:3110}\n"
     "NEW ZEALAND\n"
     "From: Kiwikai Honey Ltd (return address on the back flap)"),
    ("postal_block",
     "Ship to:\n"
     "Mme {P:Élodie Tremblay-Gagnon}\n"
     "{A:App. 5}\n"
     "{A:1184, avenue Cartier}\n"
     "{C:Québec} (Québec) {A:G1R 4P5}\n"
     "CANADA\n"
     "Tél. : {T:418-557-0392}  |  Colis Postes Canada, suivi 7023 4481 9920 3317 (tracking)"),
    ("postal_block",
     "{P:Pádraig de Búrca}\n"
     "{A:Teach na Trá}\n"
     "{A:Bóthar an Chalaidh}\n"
     "{C:An Spidéal}\n"
     "Co. na Gaillimhe\n"
     "{A:H91 X4K2}\n"
     "Éire / Ireland"),
    ("postal_block",
     "REGISTERED MAIL – SIGNATURE REQUIRED\n"
     "Mr {P:Sipho Radebe}\n"
     "{A:4512 Vilakazi Street}\n"
     "{C:Orlando West}, {C:Soweto}\n"
     "{C:Johannesburg}\n"
     "{A:1804}\n"
     "(Do not confuse with the Mandela House museum down the road – deliver to the yellow gate)"),
    ("postal_block",
     "Deliver to:\n"
     "Chief {P:Emeka Anyaegbu}\n"
     "{A:No. 14, Ozumba Mbadiwe Street}\n"
     "{C:GRA}, {C:Enugu} {A:400102}\n"
     "Enugu State, Nigeria\n"
     "GSM: {T:+234 803 552 0193}\n"
     "Waybill GIG-2207193 (GIG Logistics)"),
    ("postal_block",
     "{P:Wanjiru Kamau-Njoroge}\n"
     "{A:P.O. Box 40512}-{A:00100}\n"
     "{C:Nairobi}\n"
     "KENYA\n"
     "Via: Kenya Airways Cargo, JKIA (Jomo Kenyatta International Airport), AWB 706-48291033"),
    ("postal_block",
     "To,\n"
     "Shri {P:Kumaravel Ratnasingam}\n"
     "{A:Door No. 18/4, 2nd Cross Street}\n"
     "{C:Gandhi Nagar}, {C:Adyar}\n"
     "{C:Chennai} – {A:600 020}\n"
     "Tamil Nadu, India\n"
     "Mob: {T:+91 98410 22731}"),
    ("postal_block",
     "Sender: PT Nusantara Batik, {C:Yogyakarta}\n"
     "Penerima:\n"
     "Ibu {P:Sri Wahyuni Kusumaningrum}\n"
     "{A:Jl. Melati Raya No. 8, RT 004/RW 011}\n"
     "Kel. {C:Cipete Utara}, Kec. {C:Kebayoran Baru}\n"
     "{C:Jakarta Selatan} {A:12150}\n"
     "HP {T:0812-9930-4471}"),
    ("postal_block",
     "AIRMAIL – PAR AVION\n"
     "{P:Ma. Cristina Dela Cruz-Villanueva}\n"
     "{A:Unit 1204, Tower 2, Avida Residences}\n"
     "{A:34 Sen. Gil Puyat Avenue}\n"
     "{C:Makati City} {A:1209}\n"
     "Metro Manila, PHILIPPINES"),
    ("postal_block",
     "Return to sender if undeliverable:\n"
     "{P:Delroy McFarlane}\n"
     "{A:22 Hope Road}\n"
     "{C:Kingston 6}\n"
     "JAMAICA W.I.\n"
     "Customs declaration CN22: 2 × Blue Mountain coffee 250 g, value USD 38.00"),
    ("postal_block",
     "Recipient: {P:Kourosh Tavakoli-Nejad}\n"
     "{A:No. 41, Golestan 3rd Alley}, {A:Shariati Street}\n"
     "{C:Tehran}\n"
     "Postal code: {A:19689-13751}\n"
     "IRAN\n"
     "Tel: {T:+98 912 408 3317}"),
    # --- bank notes -------------------------------------------------------------------------------------------
    ("bank_note",
     "KYC REVIEW – Retail onboarding (Bank of Ireland, Grand Canal branch)\n"
     "Applicant: {P:Caoimhe Ní Bhraonáin}   PPSN {I:7214839Q}   DOB {B:09/11/1994}\n"
     "Address proof: ESB bill dated 02 May, {A:Apt 12, The Malthouse}, {A:Grand Canal Street Upper}, "
     "{C:Dublin 4}, {A:D04 Y8R3}\n"
     "Sanctions/PEP screening (World-Check): no match. Source of funds: salary (Intel Ireland, {C:Leixlip}).\n"
     "New account IBAN {I:IE44 BOFI 9085 9982 4228 83} opened; debit card to follow by An Post.\n"
     "Reviewer: {P:C. Ó Súilleabháin}, Compliance Officer"),
    ("bank_note",
     "FRAUD CALL NOTE – 14:22, inbound, verified by security questions (3/3)\n"
     "Caller {P:Otieno Odhiambo Okumu} reports card {I:4539 1723 1713 7551} used at \"AMZN Mktp UK\" for GBP 412.00.\n"
     "Cust was at home in {C:Kisumu} the whole day; card in his possession.\n"
     "Action: card blocked, dispute DSP-2024-11872 raised (Visa reason code 10.4), replacement to branch.\n"
     "Mobile on file {T:+254 722 904 118} confirmed. SMS alerts switched on.\n"
     "Agent: {P:Faith Wairimu} (Card Services, {C:Upper Hill})"),
    ("bank_note",
     "Wire recall request – SWIFT MT192 sent 11:05 CET\n"
     "Originator: {P:Mohamed Abdelrahman El-Sawy}, IBAN {I:EG73 0019 0005 2980 5824 0618 8107 0}\n"
     "Beneficiary (suspected mule): \"Golden Falcon Trading FZE\", Emirates NBD, {C:Deira}\n"
     "Amount: USD 18,400.00, value date 03/06, UETR 4f1d2c8a-77b0-4c1e-a2b3-9d0e11f4c6a7\n"
     "Customer says he was tricked via a fake DHL invoice e-mail from {E:billing@dhl-express-eg.support}.\n"
     "Callback to {T:+20 100 482 9137} at 15:30 {C:Cairo} time. CIB Fraud Ops ref FR-EG-4471."),
    ("bank_note",
     "Mortgage file note – Standard Bank Home Loans\n"
     "Applicants: {P:Marnus van der Westhuizen} (ID {I:7909159245088}) and {P:Annelie van der Westhuizen} "
     "(ID {I:9302282289082})\n"
     "Property: {A:9 Fynbos Lane}, {C:Somerset West} {A:7130}\n"
     "Purchase price R 3 450 000; LTV 90%; prime − 0.25% (11.50%). Valuation by Lightstone AVM OK.\n"
     "Both salaried (Distell / Woolworths). Bond attorney: Smith Tabata Buchanan Boyes ({C:Cape Town}).\n"
     "Next: grant letter Thursday; FICA docs complete."),
    ("bank_note",
     "AML alert #AML-2024-0921 (rule TM-07: structuring below PKR 2m)\n"
     "Customer: {P:Hina Baloch}, CNIC {I:42101-6620184-1}, a/c {I:PK75 MEZN 1738 7458 9860 5803}\n"
     "Pattern: 9 cash deposits of PKR 1,950,000 at {C:Clifton}, {C:Saddar} and {C:DHA} branches within 6 days.\n"
     "RM comment: family business (textiles, {C:Karachi}). Docs requested (NTN certificate, sales tax returns).\n"
     "Decision: escalate to MLRO; STR to FMU if no docs by 30 Sept."),
    ("bank_note",
     "Branch visit – Commercial Bank of Ceylon, {C:Kandy}\n"
     "Customer {P:Nadeeka Senanayake} requested a standing order LKR 45,000 monthly to her son's account "
     "{I:8002417739} (Sampath Bank).\n"
     "ID verified: NIC {I:199234501872}. Address updated to {A:No. 52/3, Peradeniya Road}, {C:Kandy} {A:20000}.\n"
     "She also asked about the Vesak Poya holiday cut-off – informed the SO will run next working day.\n"
     "Officer: {P:D. Wickramasinghe}"),
    ("bank_note",
     "Note on account (Westpac) – deceased estate\n"
     "Account holder {P:Linh Kovacevic-Nguyen} passed away 02/04. Executor: daughter {P:Mai Kovacevic} "
     "(ph {T:0433 187 290}).\n"
     "Accounts: Choice {I:032-118 482 917}, eSaver {I:032-118 482 925}. Freeze applied, DDs to Origin Energy & "
     "Optus stopped.\n"
     "Certified copy of death certificate + probate (NSW Supreme Court) required before release.\n"
     "Do not send correspondence to {A:4/17 Bayswater Road}, {C:Potts Point} NSW {A:2011} – redirect to executor."),
    ("bank_note",
     "Call log – Tiered KYC upgrade (GCash → bank account), BPI\n"
     "{P:Jericho Bautista Macaraeg}, DOB {B:1996-02-29}, TIN {I:482-197-305-000}\n"
     "Valid ID: UMID CRN {I:0111-2048371-9}. Selfie liveness passed (score 0.97).\n"
     "Employer: Accenture ({C:BGC} {C:Taguig}). Monthly income PHP 58,200.\n"
     "Approved for savings account; e-mail confirmation to {E:jericho.macaraeg@mailbox.ph}."),
    ("bank_note",
     "Dormant account reactivation – RBC Royal Bank, {C:Montréal}\n"
     "Client: {P:Geneviève Thibodeau-Marchand}, SIN {I:100 763 903}, born {B:1983-10-21}\n"
     "Last activity 2019. Reactivated after ID check (permis de conduire Québec {I:T1534-211083-07}).\n"
     "Transit 06211, account {I:5102948}. Interest adjustment CAD 12.48 credited.\n"
     "Client declined the Avion Visa offer; prefers paper statements to {A:2217, rue des Érables}, {C:Laval}."),
    ("bank_note",
     "Remittance investigation – Western Union / UBA, {C:Kano}\n"
     "Receiver {P:Zainab Yakasai} did not receive MTCN 8204-117-352 (USD 600) sent by {P:Abubakar Kurfi} from "
     "{C:Jeddah}.\n"
     "Receiver ID: NIN {I:70315928446}; phone {T:0806 551 3021}.\n"
     "Found: payout blocked by compliance (name mismatch '{P:YAKASAI}' vs '{P:YAKASSAI}'). Released after review "
     "16:40 WAT.\n"
     "Mr {P:Kurfi} informed via e-mail {E:abubakar.kurfi@sahelagro.ng}."),
    # --- CRM notes --------------------------------------------------------------------------------------------
    ("crm_note",
     "Account: Kahurangi Freight Ltd (Enterprise tier, ARR NZ$184,000)\n"
     "Contact: {P:Tane Whaanga}, Head of IT – {E:tane.whaanga@kahurangi-freight.co.nz}, {T:+64 27 601 3382}\n"
     "Meeting Tue: they want SSO with Okta + SCIM, and Power BI connector before the Matariki long weekend.\n"
     "Competitor: Salesforce + MuleSoft quote ~15% cheaper. {P:Tane} says budget owner is the CFO ({P:Rangi Paewai}).\n"
     "Next step: send SOC 2 Type II report & DPA v4.1; POC kickoff 8 July.\n"
     "Opportunity OPP-20931, stage 3 (Solution fit), close date 30/09."),
    ("crm_note",
     "HubSpot note – Lead: Ethio Coffee Exporters PLC\n"
     "Spoke with {P:Yonas Gebreegziabher} (Export Manager) – {T:+251 911 402 875}. He handles Yirgacheffe and Sidamo "
     "grade 1 lots.\n"
     "Interested in our cold-chain IoT loggers (model TL-20, firmware 3.2.1.5) for shipments via Djibouti.\n"
     "Wants pricing in USD FOB; volume ~240 units/yr. Sent brochure to {E:yonas.g@ethiocoffeexp.et}.\n"
     "Follow up after Meskel (late Sept)."),
    ("crm_note",
     "Customer success call – {C:Kumasi}? no: {C:Karachi} account \"Indus Foods (Pvt) Ltd\"\n"
     "Attendees: {P:Usman Qureshi} (Payroll Lead), {P:Sana Mirza} (HRIS), our CSM {P:Gwen Hartigan}\n"
     "Issues: EOBI report export fails for >5,000 rows; Urdu payslip font (Jameel Noori Nastaleeq) renders badly.\n"
     "Agreed: hotfix 8.4.2 by 20 June; {P:Sana} to share sample files via SFTP (not e-mail).\n"
     "Health score 62 → amber. Renewal Dec, PKR 9.6m."),
    ("crm_note",
     "Dealer CRM – Toyota Tsusho, {C:Nairobi} Showroom (Uhuru Highway)\n"
     "Prospect {P:Chebet Kiprotich}, wants a Land Cruiser Prado TX-L 2.8D, trade-in Subaru Forester plate "
     "{I:KDK 482M}.\n"
     "Finance via NCBA, 20% deposit KSh 2.1m. Test drive Saturday 10am (salesperson {P:Brian Otieno}).\n"
     "Phone {T:0711 205 938}; prefers WhatsApp.\n"
     "Note: she asked for the Kikuyu-speaking sales rep – no preference recorded per policy."),
    ("crm_note",
     "Salesforce Activity – Opportunity: Rainbow Chicken x ColdLink SA\n"
     "Met {P:Riaan du Plessis} and {P:Nokuthula Zungu} at the {C:Durban} ICC (AgriTech Expo, Hall 2B).\n"
     "They run 14 Hisense and Bosch cold rooms; want predictive alerts integrated with SAP S/4HANA.\n"
     "Budget R 1.2m capex FY25. Decision maker: {P:Nokuthula}. {P:Riaan} is the champion.\n"
     "{P:Riaan du Plessis} mob {T:083 774 2106}, {E:riaan.duplessis@rainbowchicken.co.za}"),
    ("crm_note",
     "Zoho CRM – Contact update\n"
     "Name: {P:Dilrukshi Wickramasinghe}   Company: Ceylon Biscuits Ltd (Munchee)\n"
     "Title: Procurement Manager, {C:Pannipitiya} plant\n"
     "New mobile {T:077 903 4481}; old one disconnected. E-mail unchanged ({E:dilrukshi.w@cbl.lk}).\n"
     "Interested in our SKU labelling printers (Zebra ZT411, ZT231). Quote Q-44102 sent: LKR 2,350,000.\n"
     "Next call after Poson Poya."),
    ("crm_note",
     "Account notes: Bourassa Électrique inc. ({C:Trois-Rivières})\n"
     "Owner {P:Luc Bourassa} called re: Milwaukee M18 tool warranty; 12 units from invoice INV-88203.\n"
     "Prefers French. Callback {T:819 371-4408} after 15h. Shipping address {A:3390, boul. des Forges}, "
     "{C:Trois-Rivières} QC {A:G8Z 1V2}.\n"
     "Upsell: DeWalt FlexVolt bundle promo ends 31 août. Ask about Hydro-Québec rebates."),
    ("crm_note",
     "Lead notes – Bangladesh garments\n"
     "Visited {C:Ashulia} factory (Padma Textiles): 3,200 workers, 18 Juki lines, uses Gerber AccuMark 13.\n"
     "Contact {P:Tahmina Akter Chowdhury}, Compliance Head, {E:tahmina.chowdhury@padmatextiles.com.bd}.\n"
     "Also met GM {P:Md. Harunur Rashid} – prefers calls on {T:+880 1711-552 904}.\n"
     "RFQ for 400 RFID tags/day; certs needed: OEKO-TEX, BSCI. Follow-up after Eid."),
    ("crm_note",
     "Intercom conversation summary (auto) + agent note\n"
     "Visitor from {C:Lagos} (IP {N:102.89.34.17}) asked about Paystack vs Flutterwave integration on our Shopify "
     "app.\n"
     "Identified as {P:Adaeze Nwachukwu}, CTO at Kòkò Foods, {E:adaeze@kokofoods.ng}.\n"
     "Plan: Growth (USD 79/mo). Trial until 15 July. Wants NGN invoices & VAT 7.5%.\n"
     "Agent: Lead qualified, book demo with {P:Adaeze} Thursday 2pm WAT."),
    ("crm_note",
     "Pipedrive deal: Trini Rum Distillers – bottling line upgrade\n"
     "Contact {P:Kavita Ramkissoon}, Ops Director, {T:+1 868 662 7719}. Site: {A:Lot 7, Eastern Main Road}, "
     "{C:Arima}.\n"
     "Current: Krones Modulfill 2009, Sidel blow-moulder. Pain: downtime during Carnival season peak.\n"
     "Proposal v2 sent (TTD 4.8m). Competitors: KHS, Tetra Pak (n/a for glass).\n"
     "Next: site visit with our engineer {P:Marco Ferrari} (yes, really) on 12 Feb."),
    # --- forum posts ------------------------------------------------------------------------------------------
    ("forum_post",
     "r/newzealand · Posted by u/{P:kahui_mereana} · 6h\n"
     "Anyone else get a scam text \"NZTA: your plate has an unpaid toll\"??\n"
     "It came from {T:021 445 7108} and linked to nzta-tolls-pay.com (NOT the real site, that's nzta.govt.nz).\n"
     "Reported to 7726. Drove the Waikato Expressway yesterday so it nearly got me lol\n"
     "Edit: mods pls don't remove, it's a PSA. Also the Auckland Harbour Bridge toll isn't even a thing.\n"
     "💬 312 comments"),
    ("forum_post",
     "MyBroadband Forum › Fibre › Vumatel slow speeds in {C:Soweto}?\n"
     "Posted by {P:Sibu_M}:\n"
     "Since the Vumatel Key upgrade my 50/50 line is doing 8/40. Router: TP-Link Archer C6 v3.20, firmware "
     "1.2.14 Build 20230414.\n"
     "Speedtest to Teraco JB1 shows ping 38 ms. Support ticket VUM-448271 open for 9 days.\n"
     "If any Vumatel tech reads this, my install is at {A:1123 Mphuthi Street}, {C:Protea Glen} – pls help 🙏\n"
     "Reply from {P:JoziGeek_Lindiwe}: mine was the ONT PSU, ask them to swap it."),
    ("forum_post",
     "Nairaland › Travel › UK Visa denied 3 times – need advice\n"
     "by {P:Chinedu_Okwuosa}: 9:14am On Jun 12\n"
     "Applied for Standard Visitor at VFS {C:Lagos} ({C:Ikoyi}). Refused under V 4.2 (a)+(c). Bank statement from "
     "GTBank "
     "showed ₦14m.\n"
     "Do I reapply or go for the Schengen (Germany) route? My travel agent is Wakanow.\n"
     "Please no DM scammers. I can be reached at {E:chinedu.okwuosa.eze@yahoo.com} for serious answers only."),
    ("forum_post",
     "StackOverflow: pandas read_csv drops leading zeros in Philippine ZIP codes\n"
     "Asked by {P:jmacaraeg}\n"
     "I'm loading addresses like \"{A:1209}\" ({C:Makati}) and \"{A:0900}\" ({C:Manila}) and pandas 2.2.1 strips the "
     "leading zero.\n"
     "```df = pd.read_csv('addr.csv')  # dtype issue```\n"
     "Answer ({P:Wendell_Ong}, 1.2k rep): pass dtype=dict(zip=str). Same trick for phone columns like 0917.\n"
     "Tags: python, pandas, csv, dtype"),
    ("forum_post",
     "Whirlpool Forums › Cars › Ford Ranger PX3 vs Toyota Hilux – towing a Jayco Swan\n"
     "{P:brodie_c} writes:\n"
     "Towing 1,450 kg ATM van from {C:Melbourne} to Uluru via the Stuart Hwy. Ranger 3.2 (Euro 5) or Hilux 2.8?\n"
     "Fuel use on the Hilux was 14.2 L/100 km loaded. Ranger's auto had the 6R80 shudder at 60k.\n"
     "Reply by {P:TopEnd_Kirsty}: Ranger, but get an Ultragauge + Redarc BCDC1225D for the fridge.\n"
     "Reply by {P:brodie_c}: cheers {P:Kirsty}, ordered from Repco (order RP-88102)."),
    ("forum_post",
     "Classifieds – {C:Kandy} / {C:Peradeniya}: Room for rent (female students)\n"
     "Near the University of Peradeniya, 5 min walk to {C:Galaha} junction. LKR 18,000/month incl. water, not CEB.\n"
     "Contact owner Mrs. {P:Wijeratne} – no, call {P:Nadeeka} on {T:0812 388 407} (evenings).\n"
     "Address: {A:No. 14, Hindagala Road}, {C:Peradeniya} {A:20400}\n"
     "Available from Sinhala & Tamil New Year (April). No pets, no cooking after 10 pm 😊"),
    ("forum_post",
     "Bug report – GitHub issue #4471 on open-source \"mpesa-sdk-python\"\n"
     "Title: STK push fails with 'Invalid Access Token' on v2.1.0 (Safaricom Daraja sandbox)\n"
     "Reported by @{P:otieno-okumu}\n"
     "Steps: 1) pip install mpesa-sdk==2.1.0  2) set shortcode 174379  3) call "
     "stk_push(phone=os.environ['TEST_MSISDN'])\n"
     "Note: the sandbox MSISDN comes from the Daraja docs (not mine), see PR #4402.\n"
     "Stack trace attached; works on 2.0.8. Python 3.12.3, Ubuntu 22.04.\n"
     "cc @{P:wanjiku-m} who wrote the token cache"),
    ("forum_post",
     "Reddit r/Iran · u/{P:parisa_hz_toronto}\n"
     "PSA for anyone renewing their Iranian passport in Canada: the Interests Section in {C:Ottawa} is closed, use "
     "the {C:Washington DC} one.\n"
     "Took me 5 months. Fee was USD 140. Bring the old passport + shenasnameh copy.\n"
     "If you need the form in English, I translated it – DM me or email {E:parisa.hosseinzadeh@proton.me}.\n"
     "(no, I'm not an agent, just tired of the Telegram groups charging $$$)"),
    ("forum_post",
     "TripAdvisor review – Hotel Atlas Asni, {C:Marrakech} ★★☆☆☆\n"
     "by {P:Khadija E.} ({C:Rabat}, 18 contributions)\n"
     "Stayed 3 nights in June. Room 214 AC broken (Daikin unit dripping). Breakfast OK, msemen great.\n"
     "Manager Mr {P:Tazi} promised a refund of MAD 600 – still waiting, booking ref BK-2291-7741.\n"
     "Location is good: 10 min to Jemaa el-Fnaa, near Majorelle Garden (Yves Saint Laurent museum)."),
    ("forum_post",
     "Jamaica Gleaner comments · \"JPS bills too high\"\n"
     "{P:DelroyMcF}: my bill jump from $9,800 to $21,450 JMD and nothing change. acct no. {I:JPS-00482219}\n"
     "{P:Sherine_Campbell}: same here in {C:Portmore}. Call OUR (Office of Utilities Regulation)\n"
     "{P:DelroyMcF}: call them already, ref OUR-2024-3311. Anybody have a lawyer? WhatsApp me {T:876-881-3047}\n"
     "{P:yaad_rasta_45}: Solar is the way, Jinko panels + Growatt inverter, done"),
    ("forum_post",
     "Kaskus › Otomotif › Honda Brio vs Toyota Agya untuk ojol?\n"
     "TS: {P:agus_budiono_sby}\n"
     "Gan, mau daftar Grab Car di {C:Surabaya}. Pilih Brio Satya E CVT atau Agya 1.2 GR Sport? Cicilan ~Rp 3,9 "
     "jt/bulan.\n"
     "Konsumsi Brio 16 km/L dalam kota. Agya lebih enak buat tol Waru–Juanda.\n"
     "Yang mau COD sparepart bisa WA saya {T:0813-3121-8804} ({C:Rungkut} area).\n"
     "Reply {P:dewi_k88}: ambil Brio gan, resale value bagus."),
    # --- referral letters -------------------------------------------------------------------------------------
    ("referral_letter",
     "Kelston Medical Centre, {C:Auckland}\n"
     "Dear Dr {P:Whaanga},\n"
     "Re: {P:Hēmi Te Awa-Rangi}, DOB {B:05/07/1979}, NHI {I:MWT9137}\n"
     "Thank you for seeing this 45-year-old man with suspected gout vs septic arthritis of the R knee.\n"
     "CRP 88, urate 0.52 mmol/L, afebrile. On allopurinol 100 mg, colchicine started Monday.\n"
     "Hx: T2DM (HbA1c 61), CKD 3a. No known allergies. Lives with partner in {C:Henderson}.\n"
     "Contact {T:022 418 9035}. I'd appreciate an aspiration and Gram stain.\n"
     "Ngā mihi, Dr {P:Aroha Paewai}, GP"),
    ("referral_letter",
     "GP REFERRAL – Orthopaedics, Beaumont Hospital\n"
     "Patient: {P:Oisín Ó Fearghail}   DOB {B:22 Jan 1990}   PPSN {I:3058162NA}\n"
     "Address: {A:31 Ashgrove Lawn}, {C:Swords}, Co. Dublin, {A:K67 P3D9}\n"
     "Dear Colleague, this 34 yo hurler (Kilkenny senior panel until 2021) has a 6/12 hx of R knee instability.\n"
     "Lachman +, McMurray equivocal. MRI (Hermitage Clinic) shows complete ACL tear + medial meniscus bucket-handle.\n"
     "Requesting surgical opinion. Medical card holder. Mobile {T:086 302 7749}.\n"
     "Yours sincerely, Dr {P:Niamh Ní Chonaill}, MICGP"),
    ("referral_letter",
     "Netcare Milpark Hospital – Cardiology\n"
     "Ref: Ms {P:Precious Dlamini-Nkosi}, ID no. {I:0111031388080}, born {B:2001-11-03}\n"
     "Dear Dr {P:Naidoo},\n"
     "Kindly assess this 22-year-old with recurrent syncope and a QTc of 492 ms on ECG (no QT-prolonging drugs).\n"
     "Family history: maternal uncle died suddenly at 30 (?long QT). Holter booked via Lancet Labs.\n"
     "Medical aid: Discovery Health, member no. {I:DH-48291730}. Cell {T:071 904 2285}.\n"
     "Regards, Dr {P:Thandiwe Nqweniso}, {C:Rosebank}"),
    ("referral_letter",
     "To: The Consultant Endocrinologist, Sir Ganga Ram Hospital, {C:Lahore}\n"
     "From: Dr {P:Farah Siddiqui}, Family Clinic, {C:Model Town}\n"
     "Re: {P:Hina Baloch}, 38F, DOB {B:12/08/1986}, CNIC {I:42101-6620184-1}\n"
     "Kindly see this patient with a 2 cm thyroid nodule (TI-RADS 4), TSH 0.9, FNAC Bethesda III.\n"
     "Also PCOS and vit D deficiency (12 ng/mL) – on cholecalciferol 50,000 IU weekly.\n"
     "She can be contacted at {T:0333-2719043}. Thank you."),
    ("referral_letter",
     "Referral – Tropical Medicine, Mater Hospital Brisbane\n"
     "Pt: {P:Ikaika Tuilagi-Brown}   DOB {B:30/06/1988}   Medicare {I:3046 83659 3}\n"
     "Returned from {C:Port Moresby} (PNG) 10 days ago; fevers, rigors, thrombocytopenia (plt 64).\n"
     "Malaria RDT negative ×2, dengue NS1 negative. ?Rickettsial – started doxycycline 100 mg bd.\n"
     "Address: {A:8 Jacaranda Close}, {C:Indooroopilly} QLD {A:4068}. Ph {T:0401 227 918}.\n"
     "Please review urgently. – Dr {P:K. Malloway}, Toowong Family Practice"),
    ("referral_letter",
     "Apollo Clinic, {C:Colombo 7}\n"
     "To Dr {P:Sivakumaran}, Consultant Nephrologist, National Hospital of Sri Lanka\n"
     "Dear Sir,\n"
     "Re: Mr {P:Kumaravel Ratnasingam}, 58M, NIC {I:661234567V}\n"
     "CKDu suspected (paddy farmer from the North Central Province, {C:Anuradhapura} district); eGFR 34, ACR 42 "
     "mg/mmol.\n"
     "No DM/HTN. Requesting renal biopsy assessment. Tel {T:+94 25 222 7184}.\n"
     "Yours faithfully, Dr {P:N. Jayasuriya}"),
    ("referral_letter",
     "CLSC Plateau-Mont-Royal – Demande de consultation\n"
     "Destinataire : Clinique de la mémoire, Hôpital Notre-Dame (CHUM)\n"
     "Patient : {P:Luc Bourassa}, né le {B:14 mars 1951}, RAMQ {I:BOUL 5103 1411}\n"
     "Motif : troubles cognitifs progressifs depuis 18 mois, MoCA 21/30. ?Alzheimer vs démence vasculaire.\n"
     "TDM cérébrale : leucoaraïose modérée. Épouse : {P:Monique Gagnon} {T:514 527-3308}.\n"
     "Merci, Dre {P:Anne-Sophie Lacroix}"),
    ("referral_letter",
     "Kenyatta National Hospital – Oncology Referral\n"
     "Name: {P:Abdirahman Hassan Gedi}   IP no. {I:KNH-204833}   DOB {B:1978-07-02}\n"
     "Referred from Garissa County Referral Hospital.\n"
     "Dx: oesophageal SCC (mid-third), biopsy-proven; CT staging T3N1M0. Dysphagia grade 3, weight loss 11 kg.\n"
     "Please consider neoadjuvant chemoradiotherapy (CROSS protocol). NHIF no. {I:NHIF-1047218}.\n"
     "Next of kin: {P:Halima Gedi} {T:0722 519 004}."),
    ("referral_letter",
     "Referral to Paediatric Neurology, Philippine Children's Medical Center\n"
     "Patient: {P:Gabriel Panganiban-Reyes}, 7M, DOB {B:2016-12-08}\n"
     "Mother: {P:Carmelita Panganiban-Reyes}, contact {T:0915 782 3046}\n"
     "Hx: absence seizures ×3/day, EEG: 3 Hz spike-and-wave. Started ethosuximide 250 mg od.\n"
     "Kindly evaluate and co-manage. School (Ateneo de Manila Grade School) requests a medical certificate.\n"
     "Dr {P:Rhea Villamor}, Pediatrics, {C:Quezon City}"),
    ("referral_letter",
     "Ayder Comprehensive Specialized Hospital, {C:Mekelle} – Referral slip\n"
     "Patient: {P:Tigist Alemayehu Bekele}, 29F, card no. {I:ACSH-338102}\n"
     "To: St. Paul's Hospital Millennium Medical College, {C:Addis Ababa} (Obstetrics)\n"
     "Reason: G3P2 at 34 wks, placenta praevia major, Hb 8.9. Needs tertiary NICU.\n"
     "Husband {P:Dawit Haile} accompanies, phone {T:+251 914 773 208}.\n"
     "Referring: Dr {P:Hagos Gebremedhin}"),
    ("referral_letter",
     "Dear Dr {P:Ramkissoon},\n"
     "Re: {P:Delroy Ainsworth McFarlane}, DOB {B:17/02/1975}, TRN {I:118-402-937}\n"
     "Thank you for seeing this gentleman, recently moved from {C:Kingston} to {C:San Fernando}.\n"
     "Known sickle cell disease (HbSC), on hydroxyurea 500 mg daily; two vaso-occlusive crises this year.\n"
     "Previous care at the University Hospital of the West Indies (Sickle Cell Unit, {C:Mona}).\n"
     "He can be reached on {T:1-868-353-9021}. Kind regards, Dr {P:Shernelle Baptiste}"),
    # --- payment updates --------------------------------------------------------------------------------------
    ("payment_update",
     "Payment method changed – Netflix Premium (NZD 29.99/mo)\n"
     "Account: {E:tane.whaanga@gmail.com}\n"
     "Old card: Visa •••• 4471   New card: {I:5128 7459 4547 0736} exp 09/27 (Mastercard, ASB Bank)\n"
     "Billing name: {P:TANE WHAANGA}, billing postcode {A:3204}\n"
     "Changed from IP {N:49.224.133.7} on 2024-03-11 08:44 NZDT. If this wasn't you, visit netflix.com/security."),
    ("payment_update",
     "Direct debit mandate (SEPA) – Electric Ireland\n"
     "Debtor: {P:Siobhán Mac Giolla Rua}\n"
     "IBAN: {I:IE07 AIBK 9372 4951 9265 06}   BIC: AIBKIE2D\n"
     "Mandate ref: EI-MND-0048213  Creditor ID: IE98ZZZ300022 (Electric Ireland)\n"
     "Collection: 15th of each month, est. €142.50 (bi-monthly bill split). Starts 15 August.\n"
     "Confirmation sent to {E:siobhan.macgr@eircommail.ie}."),
    ("payment_update",
     "Payroll bank change request – Wattle & Co. (AU)\n"
     "Employee: {P:Kirsty Malloway}  Emp ID AU-1044\n"
     "BSB {I:063-019}  Account {I:1048 2937}  (CommBank, {C:Perth} CBD)\n"
     "Effective pay run: 18 July (fortnightly). Super unchanged: AustralianSuper member no. {I:410293847}.\n"
     "Approved by Payroll Officer {P:D. Haile} 12/07 16:02 AWST."),
    ("payment_update",
     "M-Pesa Till change notice (Business)\n"
     "Merchant: Mama Njeri's Kitchen (sole prop. {P:Njeri Wambui Gachanja})\n"
     "Old Till 5528103 → New Till 7731904 (Lipa na M-Pesa, not personal numbers)\n"
     "Settlement to Equity Bank a/c {I:0180294773119}, KRA PIN {I:A014829375K}\n"
     "Owner phone {T:0712 388 540}. Effective Monday 1 July."),
    ("payment_update",
     "Card update – Careem Plus (EGP 99/mo)\n"
     "User {P:Nourhan Fathy Al-Masri} replaced card ending 0736 with {I:4026 1071 5018 4005} (CIB Visa)\n"
     "3-D Secure OTP sent to {T:+20 122 407 5518} – verified.\n"
     "Device: iPhone 13, app 14.22.0, IP {N:156.211.43.90}. Fraud score 0.04 (low)."),
    ("payment_update",
     "Supplier bank details change – VERIFY BY CALLBACK (BEC risk!)\n"
     "Vendor: Ceylon Spice Exports (Pvt) Ltd, vendor no. V-20931\n"
     "Requested by {P:Kasun Jayawardhana} via e-mail {E:kasun.j@ceylonspice.lk} on Tuesday.\n"
     "New account: HNB, branch 041, a/c {I:041020394417}\n"
     "Callback done to the number on file {T:+94 71 448 2093} (NOT the number in the e-mail) – confirmed by "
     "{P:Kasun}.\n"
     "Change approved by AP lead; first payment LKR 1,245,000 on 5 June."),
    ("payment_update",
     "Interac e-Transfer autodeposit registered\n"
     "Name: {P:Élodie Tremblay-Gagnon}\n"
     "Email: {E:elodie.tgagnon@sympatico.ca}\n"
     "Deposit account: Desjardins, transit 30241, institution 815, account {I:0492817}\n"
     "Registered 2024-09-02 19:40 EDT from {N:70.52.114.208}. Reference CA4xyz7QpR (Interac)."),
    ("payment_update",
     "Verve card linked – Paystack checkout\n"
     "Customer: {P:Olúwafúnmilọ́lá Adébáyọ̀}\n"
     "Card: {I:5061 0213 4017 0724 449} (Verve, GTBank)   BVN match: yes\n"
     "Amount: ₦25,000.00 (DSTV Compact Plus renewal), ref PSK_7H2K9QXA11\n"
     "Phone {T:0701 992 3840}; receipt to {E:funmi.adebayo@zmail.ng}"),
    ("payment_update",
     "Recurring donation updated – Pakistan Flood Relief 2024 (Edhi / Alkhidmat)\n"
     "Donor: {P:Muhammad Usman Qureshi}\n"
     "From IBAN {I:PK54 HABB 1086 9095 2703 5516} (HBL) – PKR 5,000 monthly, day 1\n"
     "Zakat deduction: not applicable (declaration CZ-50 on file).\n"
     "Receipt e-mail: {E:usman.qureshi@indusfoods.pk}"),
    ("payment_update",
     "Apple Pay card added – Wallet (Amex)\n"
     "Cardholder {P:Parisa Hosseinzadeh}, card {I:3764 180463 31914}\n"
     "Device: iPad Air (5th gen), iPadOS 17.5.1. Verification via SMS to {T:+1 647 209 3381}.\n"
     "Billing address: {A:1803-25 Greenview Ave}, {C:North York} ON {A:M2M 0A5}"),
    ("payment_update",
     "PayPal – withdrawal bank changed (UK)\n"
     "Account: {E:shan.baptiste.tt@gmail.com}\n"
     "New bank: {I:GB18 NWBK 6003 6848 8566 83} (NatWest), holder {P:Shanice Baptiste}\n"
     "Old: Republic Bank TT (removed). 2FA via authenticator app; login IP {N:86.12.201.44}.\n"
     "Withdrawals over £2,000 held 24h for review (policy PP-UK-17)."),
    # --- tax forms --------------------------------------------------------------------------------------------
    ("tax_form",
     "IR3 Individual income tax return 2024 (Inland Revenue – Te Tari Taake)\n"
     "1  IRD number: {I:14-831-738}\n"
     "2  Name: {P:Mereana Kāhui}\n"
     "3  Postal address: {A:27 Pōhutukawa Drive}, {C:Ōtūmoetai}, {C:Tauranga} {A:3110}\n"
     "4  Date of birth: {B:03/04/1986}\n"
     "17 Overseas income (Australia): NZ$4,210.00   18 Rental income: NZ$0.00\n"
     "29 Residual income tax: NZ$1,892.44   Refund to bank account {I:12-3140-0482917-00}"),
    ("tax_form",
     "AUSTRALIAN TAXATION OFFICE – Individual tax return 2023–24 (myTax summary)\n"
     "Tax file number: {I:239 220 941}\n"
     "Name: {P:CASTELLANE, Brodie}\n"
     "Home address: {A:Unit 6}, {A:41 Wattle Grove Rd}, {C:Ringwood} VIC {A:3134}\n"
     "Item 1 Salary/wages $98,430 (Wattle & Co.)  Item D5 WFH 67c method: 612 h = $410.04\n"
     "Medicare levy 2% ; Private health: Bupa, 12 months ; HELP debt: Y\n"
     "Estimated refund $1,204.18 (processing 2 weeks)"),
    ("tax_form",
     "SARS ITR12 – Return of Income (2024 year of assessment)\n"
     "Taxpayer: {P:Annelie van der Westhuizen}   Identity number: {I:9302282289082}\n"
     "Income tax reference no.: {I:0482917365}\n"
     "Residential address: {A:9 Fynbos Lane}, {C:Somerset West} {A:7130}\n"
     "Source code 3601 (income) R 612 400; 3697 (travel allowance) R 48 000; 4005 medical aid credits 12 months.\n"
     "Retirement annuity (Allan Gray RA): R 36 000. eFiling submission ID 2024-ITR12-771203."),
    ("tax_form",
     "FBR – Income Tax Return (Salaried) Tax Year 2024, IRIS portal\n"
     "Registration No. (CNIC): {I:61101-4471289-7}\n"
     "Name: {P:Muhammad Usman Qureshi}   Father's name: {P:Abdul Rauf Qureshi}\n"
     "Address: {A:House 22, Street 14}, {A:Sector F-7/2}, {C:Islamabad} {A:44000}\n"
     "Salary PKR 4,860,000; tax deducted at source PKR 602,500 (Sec 149).\n"
     "Wealth statement: Suzuki Cultus 2021, plot in Bahria Town ({C:Rawalpindi})."),
    ("tax_form",
     "Revenue – Form 12 (PAYE worker) 2023\n"
     "PPS No.: {I:6620417T}\n"
     "Surname: {P:MAC GIOLLA RUA}   First name: {P:Siobhán}\n"
     "Address: {A:Apt 4, Cois Abhann}, {A:Dock Road}, {C:Limerick} {A:V94 K2T8}\n"
     "Panel B: Flat rate expenses (Nurses, general) €733; Health expenses (Med 1): €1,480.\n"
     "Rent Tax Credit claimed: €500. Signed: {P:S. Mac Giolla Rua}, 14/02/2024"),
    ("tax_form",
     "CRA – T1 General 2023 (Québec residents also file TP-1 with Revenu Québec)\n"
     "Social insurance number: {I:773 976 717}\n"
     "First name {P:Kourosh}  Last name {P:Tavakoli-Nejad}  Date of birth {B:1987-09-23}\n"
     "Mailing address: {A:1803-25 Greenview Ave}, {C:North York} ON {A:M2M 0A5}\n"
     "Line 10100 Employment income: $112,540.00   Line 21900 Moving expenses: $3,210.00\n"
     "Foreign property (T1135): Y (> CAD 100,000, Iran). Line 48400 refund $842.11"),
    ("tax_form",
     "BIR Form 2316 – Certificate of Compensation Payment / Tax Withheld (Philippines)\n"
     "Employee TIN: {I:482-197-305-000}   Employee name: {P:MACARAEG, JERICHO BAUTISTA}\n"
     "Registered address: {A:Blk 12 Lot 7, Phase 2, Sampaguita St.}, {C:Pasig City} {A:1600}\n"
     "Date of birth: {B:02/29/1996}\n"
     "Employer: Accenture Inc., TIN 004-554-871-000 (employer TIN – corporate)\n"
     "Gross compensation PHP 698,400.00; 13th month & other benefits (non-taxable, ≤90k) PHP 58,200.00"),
    ("tax_form",
     "Kenya Revenue Authority – iTax Return (ITR for Residents, Individual) 2023\n"
     "PIN: {I:A014829375K}\n"
     "Taxpayer name: {P:NJERI WAMBUI GACHANJA}\n"
     "Employer PIN P051099287X (Safaricom PLC – corporate PIN)\n"
     "Income from business (Mama Njeri's Kitchen): KSh 1,420,000; turnover tax paid 3% monthly.\n"
     "Mortgage interest relief: nil. Insurance relief (Jubilee Life): KSh 12,500.\n"
     "Acknowledgement receipt KRA202404117339201"),
    ("tax_form",
     "Ethiopian Ministry of Revenues – Schedule 'C' business profit return (EFY 2016)\n"
     "TIN: {I:0048291736}\n"
     "Name: {P:Yonas Gebreegziabher}   Business: Ethio Coffee Exporters PLC (sole agent)\n"
     "Address: {C:Bole} Sub-City, Woreda 03, {A:House No. 1147}, {C:Addis Ababa}\n"
     "Gross income ETB 9,420,000; deductible expenses ETB 7,010,500; tax rate 30% (PLC).\n"
     "Filed at Medium Taxpayers Branch Office on Hamle 30."),
    ("tax_form",
     "Income Tax Return – Bangladesh (IT-11GA), Assessment Year 2024-25\n"
     "e-TIN: {I:482917365014}   NID: {I:4617283950}\n"
     "Name of Assessee: {P:Tahmina Akter Chowdhury}\n"
     "Father: {P:Abdul Karim Chowdhury}   Mother: {P:Rokeya Begum}\n"
     "Present address: {A:House 12, Road 7/A}, {C:Dhanmondi}, {C:Dhaka} {A:1209}\n"
     "Total income ৳1,860,000; investment rebate on Sanchayapatra ৳90,000. Circle-114, Zone-6."),
    ("tax_form",
     "Jamaica Tax Administration – IT01 Individual Income Tax Return 2023\n"
     "TRN: {I:118-402-937}\n"
     "Name: {P:McFARLANE, Delroy Ainsworth}   Date of Birth: {B:17/02/1975}\n"
     "Address: {A:22 Hope Road}, {C:Kingston 6}\n"
     "Employment income J$3,820,000; NIS contributions J$114,600; NHT 2%; Education Tax 2.25%.\n"
     "Refund by direct deposit to NCB account {I:354018297}."),
    # --- incident reports -------------------------------------------------------------------------------------
    ("incident_report",
     "SECURITY INCIDENT REPORT SIR-2024-017 (CONFIDENTIAL)\n"
     "Summary: credential-stuffing against the customer portal, 03:10–03:55 SAST, ~18k attempts from 412 IPs.\n"
     "Compromised accounts: 2 – {E:thandiwe.n@ubuntu-fin.co.za}, {E:riaan.duplessis@rainbowchicken.co.za}\n"
     "Top source: {N:185.220.101.47} (Tor exit), {N:41.13.208.77} (legit user, false positive – unblocked).\n"
     "Containment: forced reset, Cloudflare WAF rule 1000231, MFA enforced. POPIA notification to the Information "
     "Regulator filed Thursday.\n"
     "Owner: SecOps ({P:M. Botha}). Severity: High. CVE n/a."),
    ("incident_report",
     "HEALTH & SAFETY – Near miss report #HS-4471\n"
     "Site: Jorf Lasfar phosphate plant, Sulphuric Acid Unit 3\n"
     "Reported by: {P:Youssef Benkirane-Alaoui} (Process Engineer), ext. 3391\n"
     "At 14:20 a flange gasket on line SA-3-112 wept acid (98%) near the Alfa Laval heat exchanger. No injuries.\n"
     "Operator {P:Mustapha Ait Lahcen} isolated valves V-221/V-222 within 2 min; PPE worn (Dräger face shield).\n"
     "Root cause: wrong gasket grade (PTFE vs Garlock 3504). CAPA-2291 raised."),
    ("incident_report",
     "POLICE INCIDENT – {C:Ringwood} Police Station, Victoria Police\n"
     "Event no. 240611-0934 | Offence: theft from motor vehicle\n"
     "Victim: {P:Brodie Castellane}, DOB {B:14/09/1991}, {A:41 Wattle Grove Rd}, {C:Ringwood}\n"
     "Vehicle: Ford Ranger Wildtrak, rego {I:1XY4KD}. Items: Makita drill kit, Bosch laser level (~$1,800).\n"
     "CCTV requested from Eastland shopping centre carpark Level 2. Witness: {P:Jarrah Nguyen} {T:0422 309 117}.\n"
     "Reporting member: Sen. Const. {P:Hallett} #38211"),
    ("incident_report",
     "AVIATION OCCURRENCE REPORT (MOR) – Kenya Airways KQ 532, B787-8 5Y-KZD\n"
     "Date: 09 May, NBO → LOS. Phase: cruise FL390 over Cameroon.\n"
     "Event: smoke smell in aft galley; oven G4 isolated; no diversion.\n"
     "Crew: Capt {P:Otieno Okumu}, F/O {P:Mekonnen Asfaw}; SCCM {P:Chebet Kiprotich}.\n"
     "Pax affected: seat 34C {P:OGUNDELE/OLUWASEUN MR} reported headache, treated with O2.\n"
     "Tech log entry TL-88210; oven P/N 4471-0093-02 replaced at {C:Lagos} (Murtala Muhammed)."),
    ("incident_report",
     "LAB INCIDENT – Biosafety Level 2, Microbiology, Aga Khan University Hospital Karachi\n"
     "Date/time: Tuesday 10:45. Reporter: {P:Sana Mirza} (Lab Technologist II)\n"
     "A tube of Mycobacterium tuberculosis culture (MGIT) cracked in the centrifuge (Eppendorf 5810R, rotor A-4-62).\n"
     "Centrifuge left closed 30 min, disinfected with 5% phenol. Bunsen burner area unaffected.\n"
     "Staff exposed: {P:Sana Mirza}, {P:Imran Shah} – baseline IGRA drawn. No symptoms.\n"
     "Reported to Biosafety Officer Dr. {P:Farah Siddiqui} → ISO 15189 NC-2024-09."),
    ("incident_report",
     "DATA BREACH LOG – Privacy Office (Philippines, NPC Circular 16-03)\n"
     "Incident: misdirected e-mail with payslip PDF (not encrypted) – 1 data subject.\n"
     "Data subject: {P:Jericho Bautista Macaraeg}, TIN {I:482-197-305-000}\n"
     "Wrong recipient: {E:jericho.macaraeg@mailbox.com} (typo, .com instead of .ph). Recall failed; recipient "
     "confirmed deletion.\n"
     "Notified data subject via {T:+63 917 305 8821}. NPC notification not required (low risk). Ref DBN-0042."),
    ("incident_report",
     "FIRE INCIDENT – {C:Kaduna} refinery tank farm (summary for insurers)\n"
     "Time: 02:35 WAT. Tank T-14 (PMS) rim seal fire, extinguished by 03:20 with Angus foam.\n"
     "Shift supervisor: {P:Abubakar Danladi Kurfi}, staff no. {I:NNPC-0048271}\n"
     "Injured: 1 (smoke inhalation) – {P:Hauwa'u Sani Bello}, treated at 44 Nigerian Army Reference Hospital.\n"
     "Lightning strike suspected (NiMet reported thunderstorms). Loss estimate ₦240m. Claim CLM-NG-7731."),
    ("incident_report",
     "IT INCIDENT – P1 – Lost laptop (MacBook Air M2, asset AST-22918)\n"
     "Owner: {P:Dilrukshi Wickramasinghe}, lost in a PickMe taxi from Bandaranaike International Airport to "
     "{C:Nugegoda}.\n"
     "FileVault: on. Last check-in to Jamf 21:14 from {N:112.134.91.22}. Remote lock sent 22:02.\n"
     "Police complaint CIB/NUG/4471/24 filed at {C:Nugegoda} station. Contact {T:077 903 4481}.\n"
     "Risk: low (encrypted). Close after device wipe confirmation."),
    ("incident_report",
     "WORKPLACE INJURY – WorkSafe NZ notifiable event\n"
     "Employer: Tarakihi Logistics, {C:Wellington} depot\n"
     "Injured worker: {P:Wiremu Parata}, DOB {B:11/12/1969}, forklift operator (Crown RR 5700)\n"
     "Event: crush injury L foot when pallet (Fisher & Paykel fridges, 3 × 98 kg) toppled. ACC claim {I:ACC 40218 "
     "337}.\n"
     "Taken to Wellington Regional Hospital by Wellington Free Ambulance. Supervisor {P:Hēmi Te Awa-Rangi} notified "
     "WorkSafe 11:05."),
    ("incident_report",
     "ROAD TRAFFIC ACCIDENT – Trinidad & Tobago Police Service, {C:Chaguanas} Division\n"
     "Location: Uriah Butler Highway (southbound), near the {C:Chaguanas} overpass\n"
     "Driver 1: {P:Kavita Ramkissoon}, DP {I:DP 482917}, vehicle {I:PDK 4471} (Nissan Tiida)\n"
     "Driver 2: {P:Marlon Joseph-Charles}, {T:1-868-488-2130}, vehicle {I:TCJ 2098} (Toyota Hiace maxi-taxi)\n"
     "No serious injuries. Both vehicles towed to {C:Couva}. Statement taken by PC {P:Ramdial} #14230."),
    ("incident_report",
     "ENVIRONMENTAL INCIDENT – Buriganga River discharge (DoE {C:Dhaka})\n"
     "Reporter: {P:Rafiqul Islam Bhuiyan}, ETP operator, Padma Textiles, {C:Gazipur}\n"
     "ETP bypass for 40 min (pump P-2 failure, Grundfos CR 32). pH at outfall 10.2, colour 410 Pt-Co.\n"
     "DoE inspector notified by phone; sample IDs ENV-24-0611-A/B. Contact {T:+880 1712-408 396}.\n"
     "Corrective: standby pump installed, SOP-ETP-07 rev C."),
    # --- PII-free look-alikes ---------------------------------------------------------------------------------
    ("pii_free",
     "RELEASE NOTES – Kahawa Platform 4.19.112.3 (build 20240611.7)\n"
     "- Upgraded Django to 4.2.11, Celery 5.3.6, Pandas 2.2.1; dropped Python 3.8.\n"
     "- Fixed: Kafka consumer lag alert misfired when Cassandra compaction ran (KAH-4471).\n"
     "- Jenkins pipeline now caches Gradle 8.7; Grafana dashboards moved to folder \"Ops / Mombasa Road DC\".\n"
     "- Known issue: firmware 10.4.2.1 on the Cisco Catalyst 9300 drops LLDP; workaround in KB0012457.\n"
     "Checksums: sha256 9f8c1e2ab44d7c0e51a3b2f0c4d1e6a7…  Signed by the Release Engineering team."),
    ("pii_free",
     "WARD PROTOCOL – Parkinson's disease medication timing (Rev. 3, approved by Pharmacy & Therapeutics)\n"
     "Levodopa doses must be given within 30 min of the prescribed time (\"Get It On Time\" campaign).\n"
     "Avoid haloperidol and metoclopramide; use domperidone 10 mg t.d.s. if antiemetic needed.\n"
     "Screen for Lewy body features; use the Hoehn & Yahr scale and the MDS-UPDRS Part III.\n"
     "Escalate to the Movement Disorders CNS via bleep 4471. Review date: March next year."),
    ("pii_free",
     "Menu – Saturday Brunch at The Grand Hotel Nairobi\n"
     "Eggs Benedict with hollandaise · Caesar salad · Beef Wellington (for two) · Pavlova with passion fruit\n"
     "Peach Melba · Waldorf salad · Chicken à la King · Nyama choma platter KSh 2,450\n"
     "Drinks: Tusker Lager, Kenyan AA coffee (Kiambu estate), Earl Grey tea, Bloody Mary KSh 850\n"
     "Prices include 16% VAT and 2% catering levy. Served 10:00–14:30, Sundays till 15:00."),
    ("pii_free",
     "Travel advisory – Nigerian airports\n"
     "Murtala Muhammed International (LOS) Terminal 2 is under renovation until August.\n"
     "Nnamdi Azikiwe International (ABV) has new e-gates; Mallam Aminu Kano International (KAN) is open 24/7.\n"
     "Allow 3 hours for check-in on Arik Air, Air Peace and Ibom Air. FAAN hotline details are on faan.gov.ng.\n"
     "Currency: ₦1,500 airport charge paid in cash; Visa and Mastercard accepted at most Duty Free shops."),
    ("pii_free",
     "Lab manual – Microbiology practical 4 (BSc Biomedical Science, Year 2)\n"
     "1. Prepare a Gram stain of the E. coli and S. aureus cultures; heat-fix with the Bunsen burner.\n"
     "2. Inoculate MacConkey and blood agar plates; incubate 37 °C for 18–24 h.\n"
     "3. Perform the Kirby-Bauer disc diffusion test (Mueller-Hinton agar, 0.5 McFarland standard).\n"
     "4. Record zone diameters (mm) using the EUCAST v14.0 breakpoint table.\n"
     "Petri dishes, Pasteur pipettes and Erlenmeyer flasks go into the yellow autoclave bags."),
    ("pii_free",
     "Car park notice – Dealership Open Day, Saturday 10am–4pm\n"
     "Test drives: Ford Ranger Raptor, Ferrari Roma (by appointment), Toyota Land Cruiser 300, Mahindra Scorpio-N\n"
     "Finance partners: Westpac, ANZ, Macquarie. Rates from 7.49% p.a. (comparison rate 8.12%).\n"
     "Free Dyson Airwrap draw for every test drive; Cadbury chocolates at reception.\n"
     "Stock code FRD-RNG-2024-0417 · Parts desk open 8am–6pm AEST"),
    ("pii_free",
     "Geography quiz – Round 3 (answers)\n"
     "Q1 Longest river in Africa? The Nile (White Nile + Blue Nile meet at the confluence near the capital).\n"
     "Q2 Highest mountain in New Zealand? Aoraki / Mount Cook (3,724 m).\n"
     "Q3 Which strait separates Sri Lanka and India? The Palk Strait (Adam's Bridge / Rama Setu).\n"
     "Q4 Victoria Falls lies on which river? The Zambezi, between Zambia and Zimbabwe.\n"
     "Q5 Lake Titicaca vs Lake Victoria – which is larger? Lake Victoria (68,800 km²)."),
    ("pii_free",
     "Network change CHG-40211 – approved by CAB (Tuesday)\n"
     "Upgrade core switches from NX-OS 9.3.10 to 10.2.6; ESXi hosts to 8.0.2.22380479.\n"
     "OID 1.3.6.1.4.1.9.9.13 monitored via SNMPv3; SNMP trap port 162.\n"
     "Maintenance window 22:00–02:00 local; rollback image nxos64-cs.10.2.5.M.bin.\n"
     "VLANs 110, 120 and 4094 unchanged. Ticket queue: Infra-Network. No customer impact expected."),
    ("pii_free",
     "Museum guide – Nelson Mandela Square and surrounds\n"
     "The 6 m bronze statue was unveiled in 2004. From there, walk past the Michelangelo Towers to the Gautrain "
     "station.\n"
     "Nearby: the Apartheid Museum (Gold Reef City), Constitution Hill and Liliesleaf Farm.\n"
     "Opening hours Tuesday–Sunday 09:00–17:00; adults R 150, students R 95.\n"
     "Audio guide available in English, isiZulu, isiXhosa, Afrikaans and Sesotho."),
    ("pii_free",
     "Formulary update – Q3 (Therapeutic Goods Administration approvals)\n"
     "Added: semaglutide (Ozempic) 0.25 mg pen, tirzepatide (Mounjaro) 2.5 mg, Dexcom G7 sensors (PBS listed).\n"
     "Removed: ranitidine (all strengths). Restricted: Augmentin Duo Forte – ID consult required.\n"
     "Alzheimer's agents: donepezil, galantamine, rivastigmine patch 4.6 mg/24 h.\n"
     "Eponyms reminder: Hashimoto's, Graves', Addison's and Cushing's are diagnoses, not patient names."),
    ("pii_free",
     "Recipe card – Lamingtons (makes 24)\n"
     "Sponge: 250 g butter, 1 cup caster sugar, 4 eggs, 2 cups self-raising flour (White Wings), 1/2 cup milk.\n"
     "Icing: 500 g icing sugar, 1/3 cup Cadbury Bournville cocoa, 1 tbsp Western Star butter, 1/2 cup milk.\n"
     "Coat in desiccated coconut. Pair with a Pavlova or an Anzac biscuit for Australia Day.\n"
     "Oven 180 °C fan-forced, 30 min. Keeps 4 days in an airtight Tupperware."),
    ("pii_free",
     "IT Asset register extract\n"
     "AST-22918  MacBook Air M2 13\"  Serial C02XR4471Q6L  macOS 14.5  Jamf enrolled  Status: Retired\n"
     "AST-22919  Dell Latitude 7440   Service tag 9KJ2T43   Win 11 23H2 Intune      Status: Spare\n"
     "AST-22920  Cisco IP Phone 8845  MAC 00:1B:44:11:3A:B7  Ext 4412 (pool)        Status: Stores\n"
     "AST-22921  Zebra ZT411 printer  FW V92.21.19Z         Label queue LBL-03     Status: In use\n"
     "Depreciation: 3 years straight-line; residual value 10%."),
    ("pii_free",
     "Bangla calendar note for the head office\n"
     "Pohela Boishakh (14 April) and Victory Day (16 December) are public holidays.\n"
     "Friday prayers: office closes 12:30–14:30. Eid ul-Fitr dates depend on moon sighting.\n"
     "Courier cut-off for Sundarban and SA Paribahan is 16:00. DHL Express pick-up at 17:00.\n"
     "Power backup: Cummins 250 kVA generator, tested every Thursday."),
    ("pii_free",
     "Forum sticky – r/PersonalFinanceNZ FAQ\n"
     "KiwiSaver: compare Simplicity, Kernel, Milford and Generate on fees (0.25%–1.2%).\n"
     "PIE tax rates: 10.5%, 17.5%, 28%. Use the IRD calculator, not random spreadsheets.\n"
     "Term deposits: ASB, BNZ, Kiwibank currently 5.6% for 12 months.\n"
     "Do NOT post your IRD number, bank account or address here – mods will remove it."),
    ("pii_free",
     "Product spec – SKU 021-555-0192-XL (Hi-vis vest, Class D/N)\n"
     "Standard AS/NZS 4602.1:2011; fabric 120 gsm polyester; reflective tape 3M Scotchlite 8910.\n"
     "Sizes S–5XL; carton qty 50; barcode EAN 9 312345 678901.\n"
     "Reorder via Bunnings Trade portal, supplier code BT-4471-20. Lead time 2–3 weeks.\n"
     "Warranty 12 months; wash at 40 °C max."),
    ("pii_free",
     "Meeting agenda – Québec regional sales kick-off\n"
     "09:00 Mot de bienvenue – Vice-présidence Ventes\n"
     "09:30 Bilan T2 : Montréal-Trudeau cargo volumes +12%, Port de Québec +4%\n"
     "10:15 Nouveaux produits : Bombardier Global 7500 service kits, Desjardins partnership\n"
     "11:00 Atelier Salesforce (Sales Cloud, Einstein) – salle Saint-Laurent\n"
     "12:00 Dîner (poutine, tourtière, tarte au sucre)"),
    ("pii_free",
     "Safety data sheet (excerpt) – Sulphuric acid 98%, UN 1830, Class 8\n"
     "Section 4: skin contact – flush with water for 15 min; remove contaminated clothing.\n"
     "Section 8: PPE – Dräger face shield, Ansell AlphaTec gloves, Tyvek suit.\n"
     "Section 14: transport via Jorf Lasfar port; IMDG code 8, packing group II.\n"
     "Emergency (24 h): CHEMTREC – see the contact list on the site noticeboard.\n"
     "Revision 5.1, 2024-02-01."),
    ("pii_free",
     "Cricket commentary notes – Second Test, Day 2\n"
     "Tea: Sri Lanka 284/6 (88 ov). Partnership 112 for the 7th wicket. Run rate 3.22.\n"
     "Ground: R. Premadasa Stadium. Pitch offering turn from the Khettarama End.\n"
     "DRS: 2 reviews remaining. Hawk-Eye shows the ball clipping leg stump.\n"
     "New ball due in 2 overs; Duckworth–Lewis–Stern not needed, forecast clear."),
    ("pii_free",
     "Tenancy FAQ – Residential Tenancies Board (RTB), Ireland\n"
     "Rent Pressure Zones: increases capped at 2% per year. Deposits: max 1 month's rent.\n"
     "Notice periods depend on tenancy length (28 to 224 days). Register at rtb.ie.\n"
     "Dispute types: rent arrears, deposit retention, anti-social behaviour. Fee €15 online.\n"
     "Eircode lookups: use finder.eircode.ie – never share someone else's Eircode without consent."),
    ("pii_free",
     "Weekly ops summary – Week 24\n"
     "Uptime 99.982% (SLO 99.9%). P1 incidents: 0. P2: 2 (INC-30211, INC-30213).\n"
     "Top alerts: disk >90% on kafka-broker-03; TLS cert expiry for api.example.internal in 14 days.\n"
     "Deployments: 37 (Argo CD), 2 rollbacks (release 3.10.2.4 → 3.10.2.3).\n"
     "Cost: AWS ap-southeast-2 USD 18,204 (−6% WoW). Next review Monday 09:30 AEST."),
    ("pii_free",
     "Wedding hall booking terms – Punjab venues\n"
     "Mehndi, Barat and Walima packages: PKR 2,500 per head (min 300 guests), 10 pm closing per Punjab rules.\n"
     "Menu: chicken karahi, mutton biryani, seekh kebab, kheer, gajar ka halwa.\n"
     "Decor add-ons: fresh roses, jasmine strings (motia), LED stage.\n"
     "Advance 30% via bank transfer; balance 7 days before event. Ref format WH-YYYY-NNNN."),
    ("pii_free",
     "Museum label – the \"Star of Africa\" replica (Cullinan I)\n"
     "Cut from the Cullinan diamond found at the Premier Mine in 1905; 530.2 carats.\n"
     "The original is set in the Sovereign's Sceptre with Cross, Tower of London.\n"
     "Replica made of cubic zirconia by the Gemological Institute workshop, catalogue no. GIA-0412-907.\n"
     "Photography permitted without flash."),
]


def dev14_records() -> list[Labelled]:
    """The fourteenth hand-written development records, parsed (gold spans on field `text`)."""
    return [parse_marked(kind, marked) for kind, marked in RECORDS]
