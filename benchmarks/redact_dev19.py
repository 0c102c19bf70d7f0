"""A nineteenth hand-written gold set for `redact_quality`, built around person names that English-language name lists
rarely hold. This is a DEVELOPMENT set written by a nineteenth hand: rules may be tuned on its misses.

Records come in 13 styles, many of them 4-10 lines long: helpdesk and customer tickets (`support_ticket`); GP,
ward, clinic and midwife notes (`clinical_note`); onboarding, leave, payroll and offer mail (`hr_mail`); chat
transcripts with "Name: message" speaker lines, handles and mentions (`chat_transcript`); sshd, VPN, SSO, web,
database and CI output (`ops_log`); CSV exports with a header row (`csv_rows`); postal and delivery address blocks
(`postal_block`); bank, KYC, remittance and AML notes (`kyc_note`); school, college and university admin mail
(`school_admin`); NGO and field-mission reports (`ngo_report`); freight, courier and warehouse notes
(`logistics_note`); call-centre transcripts (`call_centre`); and PII-free look-alikes (`pii_free`): place names,
organisations, products, project code names, weekdays, months, headings and technical terms, with no personal data
at all (towns aside).

People are Thai, Lao, Khmer, Burmese, Indonesian (mononyms among them), Malay (bin and binti), Mongolian, Kazakh,
Uzbek, Kyrgyz, Tajik, Georgian, Armenian, Ethiopian (Amharic, Oromo, given name plus father's name), Eritrean
(Tigrinya), Hausa, Fulani, Wolof, Malagasy (very long names), Zulu, Xhosa, Sotho, Tswana, Shona, Ugandan (Luganda),
Rwandan (Kinyarwanda), Swahili, Amazigh, Kurdish, Pashtun, Baloch, Sinhala, Nepali, Bengali, Assamese, Tibetan,
Uyghur, Samoan, Fijian, Tongan, Māori, Inuit, Sámi, Faroese, Basque, Breton, Albanian, Maltese, Latvian, Lithuanian,
Estonian, Hungarian (surname first), Slovak, Slovene, Croatian, Bosnian, Bulgarian, Belarusian, Chechen, Yakut,
Quechua, Aymara, Guaraní, Haitian and Jamaican; and people whose names are ordinary English words (Hope, Grace, Joy
Baker, Rich Stone, Summer Field, Bill Price, Mark Wood, Faith, Precious, Blessing, Lucky, Prince, Sunday, Patience).
They appear in full, surname first, with capitalised surnames (GANBOLD Tsetseg), as initials (T. Ganbold), as lone
given names in greetings and sign-offs, as lower-case chat handles and user names (tsetseg.b, @aigerim_k,
user=nurlan.abenov), inside e-mail local parts, repeated later in a record, and with a possessive 's.

Every value (names, streets, postcodes, phones, e-mails, identifiers, IP addresses) was invented for this file; none
comes from the other gold sets, Faker, presidio-evaluator or configs/, and pipeline/ never reads it. Identifiers only
have the shape of real ones (no check digits are computed). tests/test_redact_dev19.py checks that the set parses.

Markup as in redact_dev.py: `{P:...}` PERSON (user names, handles and logins built from a name included; titles such
as "Mr", "Ms", "Dr", "Prof", "Ato", "Wzo", "Pak", "Ibu", "Khun", "Daw", "U", "Encik", "Puan" and "Nana" stand outside,
and so do a possessive 's and an "@" before a handle), `{A:...}` ADDRESS (street line, flat, building, P.O. box and
postcode, each marked separately), `{E:...}` EMAIL_ADDRESS (the whole address; no-reply and bot addresses are not
marked), `{T:...}` PHONE_NUMBER, `{I:...}` ID (passport, national ID, employee, student, patient, member and account
numbers after a cue), `{B:...}` DATE_OF_BIRTH (only a date next to a birth cue or in a birth-date column), `{N:...}`
IP_ADDRESS and `{C:...}` a town, city or district (neutral). Countries, regions, organisations, products, job titles,
ticket and order numbers, ordinary dates and times are not marked. A mark never contains a brace.
"""

from __future__ import annotations

from benchmarks.redact_data import Labelled
from benchmarks.redact_dev import parse_marked

RECORDS: list[tuple[str, str]] = [
    # --- support_ticket -------------------------------------------------------------------------------------
    ("support_ticket", "Ticket #HD-20931 | Priority: P3 | Queue: Laptops\n"
     "Requester: {P:Chanthavong Phommachanh} ({E:c.phommachanh@meklong-trading.la})\n"
     "Hi team, my ThinkPad will not wake from sleep since the BIOS update on Monday.\n"
     "I already tried the Lenovo Vantage reset. Please call me on {T:+856 20 5591 4472}.\n"
     "Thanks, {P:Chanthavong}"),
    ("support_ticket", "Subject: Re: Cannot log in to the Horizon portal\n"
     "Hi {P:Oyunchimeg},\n"
     "Your account {P:oyunchimeg.b} was locked after five failed attempts from {N:202.131.7.88}.\n"
     "I have unlocked it; please reset the password through the self-service page.\n"
     "Regards,\n{P:Batkhuyag Enkhtaivan}\nService Desk, {C:Ulaanbaatar} office"),
    ("support_ticket", "Ticket 55018 - printer on floor 3 jams\n"
     "Raised by {P:Aigerim Nurlanovna Sadykova}, Finance. Ext. {T:4418}.\n"
     "Engineer {P:Yerlan Tokhtarov} visited Tuesday, replaced the fuser on the Kyocera TASKalfa.\n"
     "{P:Sadykova} confirms it prints again. Closing."),
    ("support_ticket", "New ticket from web form\n"
     "Name: {P:Hope Okonkwo-Banks}\nEmail: {E:hopeob@fastmail.fm}\nPhone: {T:07723 418 005}\n"
     "Order: WX-88120\n"
     "Message: The kettle I bought arrived with a cracked lid. Can you send a replacement? {P:Hope}"),
    ("support_ticket", "Escalation note (L2 -> L3)\n"
     "Customer: Ms {P:Tsetsegmaa Ganbold}, account {I:ACC-7719-2204}\n"
     "Issue: duplicate direct debit taken on 1 March.\n"
     "L1 agent {P:Kiri Te Rangi} confirmed both debits in the ledger.\n"
     "Please refund one and reply to {P:T. Ganbold} by e-mail.\n"
     "Owner now: {P:Mikael Sara} (billing)"),
    ("support_ticket", "Jira SUP-3107: VPN drops every 10 minutes\n"
     "Reporter: {P:zurab.kvaratskhelia}\nAssignee: {P:nino.beridze}\n"
     "Comment ({P:Nino Beridze}): logs show the client at {N:10.44.6.201} renegotiating IKE; pushed the new profile.\n"
     "Comment ({P:Zurab Kvaratskhelia}): still dropping from home, works in the {C:Batumi} office.\n"
     "Comment ({P:Nino Beridze}): home router does SIP ALG; asked {P:Zurab} to disable it."),
    ("support_ticket", "Hi Support,\n"
     "I am writing about my subscription. My name is {P:Grace} and the account is under my husband {P:Rich Stone}.\n"
     "We moved to {A:14 Orchard Rise}, {C:Kendal} {A:LA9 6QT}, so please update the delivery address.\n"
     "Best,\n{P:Grace Stone}"),
    ("support_ticket", "Zendesk #771204 - status: pending\n"
     "From: {P:Mahlet Tesfaye} <{E:mahlet.tesfaye@addisweb.et}>\n"
     "Ato {P:Dawit Alemu} from our office says the invoice PDF is blank.\n"
     "Agent reply: Hello {P:Mahlet}, we regenerated INV-30918 and attached it. Kind regards, {P:Sunday Adeyemi}"),
    ("support_ticket", "Ticket #4412 (Field service)\n"
     "Site contact: {P:Rasmus Joensen}, {T:+298 21 77 40}, {C:Tórshavn} harbour office\n"
     "Problem: the ultrasonic flow meter reads zero after the storm.\n"
     "Technician {P:Eyðun Poulsen} booked for Thursday 09:00."),
    ("support_ticket", "[Freshdesk] Ticket 90112 updated\n"
     "Hi {P:Lucky},\n"
     "Thanks for your patience. Our courier partner confirmed the parcel for {P:Lucky Dlamini} was returned to depot.\n"
     "We will resend it to {A:22 Msenge Street}, {C:Soweto}, {A:1804}.\n"
     "Cheers, {P:Xolani}"),
    ("support_ticket", "Ticket SR-6605\n"
     "Caller {P:Ainhoa Etxeberria Goikoetxea} reports the SmartMeter app crashes on Android 14.\n"
     "Device: Pixel 7. App version 5.2.1. Crash ID 8fa1-c3.\n"
     "Linked to bug MOB-221. Workaround sent to {E:ainhoa.etxeberria@euskalnet.net}."),
    ("support_ticket", "Customer complaint - Kiosk 12, Terminal 2\n"
     "Complainant: Mr {P:Phalla Sokhom}, passport {I:N01938847}\n"
     "He was charged twice for the SIM bundle. Staff on shift: {P:Sreymom Chea}, {P:Vannak Ouk}.\n"
     "Refund of USD 12 approved by supervisor {P:Ouk}."),
    # --- clinical_note --------------------------------------------------------------------------------------
    ("clinical_note", "GP consultation note\n"
     "Patient: {P:Ariunaa Dorjsuren}, DOB {B:03/11/1987}, NHS no. {I:612 448 9031}\n"
     "Presenting: 3 days of productive cough, low-grade fever.\n"
     "Chest clear on auscultation. SpO2 97%.\n"
     "Plan: safety-netting advice, review if worse. Seen by Dr {P:Patience Ofori}."),
    ("clinical_note", "Ward round 7 North, 08:30\n"
     "Bed 4: {P:Somchai Wongsakul}, 71, day 3 post-op right hip. Pain controlled.\n"
     "Daughter {P:Pimchanok} visited, asks for update by phone {T:07944 120 338}.\n"
     "Mobilised with physio ({P:Faith Mwangi}). Plan: home Friday if stairs ok.\n"
     "Khun {P:Wongsakul} speaks limited English; book a Thai interpreter."),
    ("clinical_note", "Antenatal booking - midwife {P:Siosaia Fifita}\n"
     "Client: {P:Salote Havili Taufa}, G2P1, born {B:19 June 1995}\n"
     "Address: {A:Flat 3, 41 Kestrel Court}, {C:Otahuhu}, {C:Auckland} {A:1062}\n"
     "Partner: {P:Viliami Taufa}. Next scan week 20.\n"
     "BP 118/72, urine NAD."),
    ("clinical_note", "Clinic letter summary (diabetes)\n"
     "Seen: Mr {P:Rustam Khodjaev}, hospital no. {I:RK0044172}\n"
     "HbA1c 71, up from 64. Started on gliclazide 40 mg.\n"
     "Dietitian {P:Dilnoza Yusupova} to see him in 4 weeks."),
    ("clinical_note", "Triage note A&E 02:14\n"
     "{P:Mark Wood}, 34, fell from ladder at home. GCS 15. Deformity left wrist.\n"
     "Brought in by wife {P:Summer Wood}.\n"
     "X-ray requested. Triage nurse: {P:Blessing Chukwuemeka}."),
    ("clinical_note", "Community mental health review\n"
     "Client {P:Tenzin Dolkar}, MRN {I:CMH-55210}. Lives with sister {P:Pema Yangzom} in {C:Dharamshala}.\n"
     "Mood improved since sertraline increase. Sleeping 6h.\n"
     "No risk concerns today. Next review with Dr {P:Norbu}; see CPN {P:Karma Lhamo}'s notes.\n"
     "{P:Tenzin} asked for a letter for work."),
    ("clinical_note", "Physiotherapy SOAP note\n"
     "S: {P:Tauri Põldma} reports knee pain 4/10 on stairs.\n"
     "O: ROM 0-120, quads lag 5 degrees.\n"
     "A: progressing after ACL reconstruction.\n"
     "P: continue programme; review 2 weeks. Physio: {P:Kadri Ilves}"),
    ("clinical_note", "Discharge summary (paediatrics)\n"
     "Child: {P:Rasoanaivo Andriamanantena Fanomezantsoa}, born {B:2019-08-02}\n"
     "Mother: {P:Hanitra Rasoanaivo}, {T:+261 34 82 117 09}\n"
     "Admitted with bronchiolitis, oxygen for 36h, now feeding well.\n"
     "Follow-up at {C:Antananarivo} paediatric clinic in one week."),
    ("clinical_note", "Dental record\n"
     "Pt: {P:Bakhyt Zhaksylykov}, patient ID {I:DN-30771}\n"
     "UL6 large carious lesion, RCT advised. Pt declined today.\n"
     "Hygienist: {P:Gaukhar Temirbekova}."),
    ("clinical_note", "Outpatient note, rheumatology\n"
     "Mrs {P:Nadia Borg Camilleri} attended with her son {P:Jean Paul Borg}.\n"
     "Morning stiffness 90 minutes, swollen MCPs.\n"
     "Plan: methotrexate 15 mg weekly, bloods in 2 weeks. Dr {P:Borg}'s GP to be copied.\n"
     "Consultant: Prof {P:Ġorġ Zammit}"),
    ("clinical_note", "Telephone consult 11:05\n"
     "Spoke to {P:Precious Moyo} about her mother {P:Tendai Moyo}, born {B:07/04/1950}.\n"
     "Reports confusion since Saturday; likely UTI. Home visit booked.\n"
     "Callback number {T:0161 496 7720}."),
    ("clinical_note", "Memory clinic note\n"
     "Patient: Mr {P:Eneko Zubizarreta}, born {B:30/01/1944}, from {C:Getxo}\n"
     "Accompanied by his niece {P:Itziar Zubizarreta}, {T:+34 688 41 20 97}.\n"
     "MoCA 21/30. Plan: MRI head, review in 6 weeks with Dr {P:Zubizarreta}'s GP letter. Clinician: {P:Ane Urrutia}"),
    # --- hr_mail --------------------------------------------------------------------------------------------
    ("hr_mail", "Subject: Welcome aboard - first day Monday\n"
     "Dear {P:Nyambura Wanjiku},\n"
     "We are delighted to confirm your start as Data Analyst. Your employee number is {I:E-204418}.\n"
     "Please report to reception at 09:00 and ask for {P:Baraka Otieno}, your buddy for the first month.\n"
     "Kind regards,\n{P:Joy Baker}\nPeople Team"),
    ("hr_mail", "Subject: Annual leave request - approved\n"
     "Hi {P:Temuulen},\n"
     "Your leave from 12 to 23 August is approved in Workday.\n"
     "{P:Bolormaa} will cover the Tuesday stand-ups while you are away.\n"
     "Thanks,\n{P:Munkhbat}"),
    ("hr_mail", "Subject: Payroll correction for March\n"
     "Dear Mr {P:Abdulkadir Musa Danjuma},\n"
     "An underpayment of overtime was found on your March payslip (staff no. {I:NG-77310}).\n"
     "The difference will be paid to account {I:0093318842} with the April run.\n"
     "Please contact Ms {P:Hauwa Bello} on {T:+234 803 551 2290} with any questions.\n"
     "Regards, Payroll"),
    ("hr_mail", "From: {E:hr.ops@kuresoft.com}\nTo: {E:zhanar.abenova@kuresoft.com}\n"
     "Subject: Probation review\n"
     "Hi {P:Zhanar},\n"
     "Your six-month review with {P:Nurlan Abenov} is booked for Wednesday 15:00 in room Altai.\n"
     "Please bring your objectives sheet. Best, {P:Madina}"),
    ("hr_mail", "Offer of employment\n"
     "Dear {P:Naledi Mokoena},\n"
     "Following your interview with {P:Thabo Sithole} and {P:Refilwe Molefe}, we are pleased to offer you the role.\n"
     "Start date: 1 July. Salary as discussed.\n"
     "Please return the signed copy with a certified copy of your ID, number {I:9504110238084}.\n"
     "Yours sincerely,\n{P:Bill Price}, HR Director"),
    ("hr_mail", "Subject: Sick note received\n"
     "Hi {P:Dóra},\n"
     "Thanks for sending {P:Kovács Ilona}'s fit note. I have logged absence from 3 to 10 June.\n"
     "{P:Szabó Gergely} will pick up her open tickets.\n"
     "{P:Nagy Eszter}, HR Business Partner"),
    ("hr_mail", "Subject: Referee request for {P:Aroha Ngata}\n"
     "Kia ora {P:Hemi},\n"
     "{P:Aroha} has named you as a referee for a Project Coordinator role with us.\n"
     "Could you call me on {T:+64 21 448 9073} this week?\n"
     "Ngā mihi, {P:Tania Whaanga}"),
    ("hr_mail", "Exit interview notes - confidential\n"
     "Leaver: {P:Gvantsa Lomidze}, employee ID {I:GE-1120}\n"
     "Interviewer: {P:Levan Chkheidze}\n"
     "Reason: relocation to {C:Kutaisi}. Would return.\n"
     "Feedback: praised manager {P:Tamar Gelashvili}; wants clearer promotion criteria."),
    ("hr_mail", "Hello {P:Prince},\n"
     "Just a reminder that your right-to-work check is due. Please upload your passport ({I:P4410239}) scan.\n"
     "If you need help, ask {P:Patience} at the front desk.\n"
     "Thanks,\n{P:Nana Akua Boateng}"),
    ("hr_mail", "Subject: Relocation allowance - {P:Baurzhan Seitkali}\n"
     "Team,\n"
     "{P:Baurzhan Seitkali} transfers from {C:Almaty} to {C:Astana} on 1 September.\n"
     "New address: {A:Kabanbay Batyr Avenue 47, apt 112}, {A:010000}.\n"
     "Approve the allowance in SAP by Friday. {P:Seitkali}'s manager is {P:Dana Iskakova}.\n"
     "{P:Ainur}"),
    ("hr_mail", "Subject: Training places - Excel Advanced\n"
     "The following staff have places on Thursday: {P:Tsegaye Girma}, {P:Meron Haile}, {P:Abebe Kebede}.\n"
     "Trainer: {P:Sunday Nwachukwu}. Venue: Bole training room.\n"
     "Please tell {P:Meron} if you cannot attend."),
    ("hr_mail", "Dear {P:Ásgeir}, dear {P:Jógvan},\n"
     "Your contracts for the summer season are attached.\n"
     "Please sign and return to {E:starvsfolk@nordlysfisk.fo} before 30 April.\n"
     "Vinarliga,\n{P:Sólrun Jacobsen}"),
    # --- chat_transcript ------------------------------------------------------------------------------------
    ("chat_transcript", "[09:02] {P:tsetseg.b}: morning! is the staging db down?\n"
     "[09:03] {P:aigerim_k}: yes, {P:Yerbol} is restoring it\n"
     "[09:05] {P:yerbol.s}: should be up in 10 min\n"
     "[09:20] {P:tsetseg.b}: works now, thanks {P:Yerbol}"),
    ("chat_transcript", "{P:Kanya}: Hi, I ordered the blue sofa, order 44918\n"
     "Agent {P:Rich}: Hi {P:Kanya}, let me check that for you\n"
     "Agent {P:Rich}: It is with the courier, due Thursday\n"
     "{P:Kanya}: great, can the driver call {T:0812 334 907} first?\n"
     "Agent {P:Rich}: noted on the order. Anything else?\n"
     "{P:Kanya}: no, thanks!"),
    ("chat_transcript", "#ops-alerts\n"
     "@{P:daniyar_o} can you look at the queue backlog?\n"
     "{P:daniyar_o}: on it. @{P:sauleh} did you pause the consumer?\n"
     "{P:sauleh}: no, that was {P:Almas} last night\n"
     "{P:almas.zh}: yes sorry, resumed now"),
    ("chat_transcript", "WhatsApp export\n"
     "12/03/2024, 18:44 - {P:Kwame Asante}: Bro, the shipment left {C:Tema}?\n"
     "12/03/2024, 18:47 - {P:Yaw Darko}: yes. {P:Abena} has the bill of lading\n"
     "12/03/2024, 18:50 - {P:Kwame Asante}: send me her number\n"
     "12/03/2024, 18:51 - {P:Yaw Darko}: {T:+233 24 410 7782}"),
    ("chat_transcript", "Teams chat: Budget FY25\n"
     "{P:Sione Tuilagi}: @{P:Mele} did finance sign off?\n"
     "{P:Mele Fonua}: not yet, {P:Losaline} wants the travel line cut\n"
     "{P:Sione Tuilagi}: ok I will call her\n"
     "{P:Losaline Vaipulu}: I am here :) cut 10% and it is fine"),
    ("chat_transcript", "Support chat #88120\n"
     "Bot: Hello! What is your name?\n"
     "Customer: {P:Blessing}\n"
     "Bot: Thanks {P:Blessing}. Please enter your e-mail.\n"
     "Customer: {E:blessing.nnaji77@gmail.com}\n"
     "Agent {P:Summer Field} joined the chat\n"
     "{P:Summer Field}: Hi {P:Blessing}, I see the refund went out yesterday."),
    ("chat_transcript", "Slack #design\n"
     "{P:eneko.arrieta}: pushed the new icons to Figma\n"
     "{P:maialen.ugarte}: lovely. {P:Eneko} can you export the SVGs?\n"
     "{P:eneko.arrieta}: done, in /assets/icons\n"
     "{P:maialen.ugarte}: 🙏"),
    ("chat_transcript", "Discord - server Shutterbugs\n"
     "{P:rahel_tsegay}: anyone going to the {C:Asmara} photo walk on Sunday?\n"
     "{P:filmon.k}: me and {P:Senait}\n"
     "{P:rahel_tsegay}: nice, meet at the cathedral at 8?\n"
     "{P:senait_ghebre}: ok!"),
    ("chat_transcript", "Live chat transcript\n"
     "Visitor ({P:Maile}): hi is the pool open monday\n"
     "Agent {P:Faith}: Hello {P:Maile}, yes from 6am to 9pm.\n"
     "Visitor ({P:Maile}): and can i bring my son {P:Tavita}\n"
     "Agent {P:Faith}: children under 8 need an adult in the water. Enjoy!"),
    ("chat_transcript", "Signal group: night shift\n"
     "{P:Ruslan}: who has the keys to store 2?\n"
     "{P:Zarina}: {P:Akhmed} took them\n"
     "{P:Akhmed Dudaev}: yes, I leave them with security at 6\n"
     "{P:Ruslan}: thanks"),
    ("chat_transcript", "Intercom conversation\n"
     "{P:Laila Mahmoudi}: Bonjour, my invoice shows the wrong company name\n"
     "{P:Itto}: Hi {P:Laila}, which name should it show?\n"
     "{P:Laila Mahmoudi}: Tafsut Design SARL, {C:Rabat}\n"
     "{P:Itto}: updated, new invoice sent to {E:laila@tafsut-design.ma}"),
    ("chat_transcript", "Zoom chat log\n"
     "From {P:Ieva Kazlauskaitė} to Everyone: can you share the slides?\n"
     "From {P:Mindaugas Petrauskas} to Everyone: link in the calendar invite\n"
     "From {P:Ieva Kazlauskaitė} to {P:Mindaugas Petrauskas} (privately): thanks {P:Mindaugas}!"),
    # --- ops_log --------------------------------------------------------------------------------------------
    ("ops_log", "Mar 14 02:11:07 bastion-01 sshd[22014]: Accepted publickey for {P:nurlan.abenov} from {N:10.20.3.44} "
     "port 50122 ssh2\n"
     "Mar 14 02:11:09 bastion-01 sudo: {P:nurlan.abenov} : TTY=pts/1 ; PWD=/home/{P:nurlan.abenov} ; USER=root ; "
     "COMMAND=/bin/systemctl restart nginx\n"
     "Mar 14 02:14:55 bastion-01 sshd[22014]: Disconnected from user {P:nurlan.abenov} {N:10.20.3.44}"),
    ("ops_log", "2024-05-02T08:15:42Z INFO auth login ok user={P:bolat.serikbay} ip={N:91.201.44.17} mfa=totp\n"
     "2024-05-02T08:16:03Z WARN auth login failed user={P:gulshat.k} ip={N:91.201.44.18} reason=bad_password\n"
     "2024-05-02T08:16:20Z WARN auth login failed user={P:gulshat.k} ip={N:91.201.44.18} reason=bad_password\n"
     "2024-05-02T08:16:41Z INFO auth login ok user={P:gulshat.k} ip={N:91.201.44.18} mfa=push"),
    ("ops_log", "GitLab CI pipeline #40981 (main)\n"
     "Triggered by {P:Pasang Sherpa} (@{P:pasang.sherpa})\n"
     "stage build: passed\nstage test: failed - 3 tests in test_billing.py\n"
     "Merge request !712 by {P:Sabitri Gurung}, approved by {P:Bishnu Thapa}"),
    ("ops_log", "Okta System Log\n"
     "user.session.start actor={E:phyu.phyu.win@irrawaddy-tea.mm} client.ip={N:103.25.12.90} result=SUCCESS\n"
     "user.account.lock actor={E:kyaw.zin.htet@irrawaddy-tea.mm} client.ip={N:103.25.12.91} result=FAILURE\n"
     "admin action: unlock by {P:Aung Min Thu}, approved by Daw {P:Khin Sandar}"),
    ("ops_log", "nginx access.log\n"
     "{N:196.45.88.201} - {P:thandeka} [21/Feb/2024:10:04:11 +0200] \"GET /portal/payslips HTTP/1.1\" 200 4412\n"
     "{N:196.45.88.201} - {P:thandeka} [21/Feb/2024:10:04:19 +0200] \"GET /portal/payslips/2024-01.pdf HTTP/1.1\" 200\n"
     "{N:41.13.220.7} - - [21/Feb/2024:10:05:02 +0200] \"GET /wp-login.php HTTP/1.1\" 404 162"),
    ("ops_log", "PostgreSQL log\n"
     "2024-06-11 14:22:01 UTC [8812] {P:dilshod_r}@billing LOG:  duration: 5210.332 ms  statement: SELECT * FROM "
     "invoices\n"
     "2024-06-11 14:22:09 UTC [8820] {P:malika_t}@billing ERROR:  permission denied for table payroll\n"
     "2024-06-11 14:23:40 UTC [8831] postgres@billing LOG:  checkpoint complete"),
    ("ops_log", "Windows Security Event 4624\n"
     "Account Name: {P:pkasa}\nAccount Domain: TUMAINI\n"
     "Workstation Name: LT-{P:PENDO-KASA}\n"
     "Source Network Address: {N:172.16.40.23}\n"
     "Logon Type: 10 (RemoteInteractive)"),
    ("ops_log", "PagerDuty incident #7712 - API latency p99 > 2s\n"
     "03:02 triggered, assigned to {P:Vusumuzi Ndlovu}\n"
     "03:09 acknowledged by {P:Vusumuzi Ndlovu}\n"
     "03:31 escalated to {P:Chipo Mutasa}\n"
     "04:10 resolved by {P:Chipo Mutasa}: rolled back release 4.18.2"),
    ("ops_log", "OpenVPN server log\n"
     "Tue Jan 09 19:44:02 2024 {P:ganbaatar.t}/{N:66.181.161.20}:51022 MULTI: Learn: 10.8.0.14 -> "
     "{P:ganbaatar.t}/{N:66.181.161.20}:51022\n"
     "Tue Jan 09 19:44:02 2024 {P:ganbaatar.t}/{N:66.181.161.20}:51022 SENT CONTROL: PUSH_REPLY"),
    ("ops_log", "Audit trail - HR system\n"
     "2024-04-03 10:12 {P:lwazi.mahlangu} viewed record of {P:Nomvula Zungu} (employee {I:ZA-88031})\n"
     "2024-04-03 10:14 {P:lwazi.mahlangu} exported payslip PDF\n"
     "2024-04-03 10:15 {P:lwazi.mahlangu} logged out"),
    ("ops_log", "git log --format='%h %an <%ae> %s'\n"
     "a41c9e2 {P:Tupac Huaman Condori} <{E:tupac.huaman@andes-dev.pe}> fix currency rounding\n"
     "77b0d13 {P:Killa Mamani} <{E:killa.m@andes-dev.pe}> add Aymara locale strings\n"
     "3e9f8a1 dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com> bump axios"),
    ("ops_log", "Kubernetes audit\n"
     "user.username=\"{E:gulnora.s@silkroute.uz}\" verb=delete resource=pods namespace=payments\n"
     "user.username=\"system:serviceaccount:kube-system:replicaset-controller\" verb=create resource=pods\n"
     "sourceIPs=[\"{N:10.0.14.8}\"]"),
    # --- csv_rows -------------------------------------------------------------------------------------------
    ("csv_rows", "employee_id,full_name,email,office\n"
     "{I:E1041},{P:Sengphet Vongsavath},{E:sengphet.v@lanexang-energy.la},{C:Vientiane}\n"
     "{I:E1042},{P:Souksavanh Keomany},{E:souksavanh.k@lanexang-energy.la},{C:Luang Prabang}\n"
     "{I:E1043},{P:Bounmy Inthavong},{E:bounmy.i@lanexang-energy.la},{C:Pakse}"),
    ("csv_rows", "surname,given_name,date_of_birth,passport_no\n"
     "{P:ORAZBEKOV},{P:Timur},{B:1984-02-17},{I:N12048831}\n"
     "{P:ZHUMABAEVA},{P:Asel},{B:1991-10-05},{I:N13550912}\n"
     "{P:TOKTOGULOV},{P:Ermek},{B:1979-06-30},{I:AC4418207}\n"
     "{P:SYDYKOVA},{P:Nurzhan},{B:2001-12-24},{I:AC5520399}"),
    ("csv_rows", "name,phone,team\n"
     "\"{P:Ntombizodwa Khumalo}\",{T:082 441 7790},Sales\n"
     "\"{P:Sipho Mthembu}\",{T:083 902 1145},Sales\n"
     "\"{P:Lerato Nkadimeng}\",{T:071 338 6002},Support\n"
     "\"{P:Kagiso Motsepe}\",{T:076 510 4428},Support"),
    ("csv_rows", "ticket,opened_by,assignee,status\n"
     "INC-5510,{P:hope.adjei},{P:kofi.mensah},open\n"
     "INC-5511,{P:grace.appiah},{P:kofi.mensah},closed\n"
     "INC-5512,{P:prince.owusu},{P:efua.ansah},pending"),
    ("csv_rows", "student_no;last_name;first_names;city\n"
     "{I:S2024-0381};{P:Bērziņš};{P:Artūrs Jānis};{C:Rīga}\n"
     "{I:S2024-0382};{P:Ozoliņa};{P:Līga};{C:Jelgava}\n"
     "{I:S2024-0383};{P:Kalniņš};{P:Edgars};{C:Liepāja}\n"
     "{I:S2024-0384};{P:Tamm};{P:Kertu};{C:Tartu}"),
    ("csv_rows", "member,joined,plan\n"
     "{P:Fetu Leiataua},2022-03-01,Family\n"
     "{P:Malia Aumua},2022-07-14,Single\n"
     "{P:Taualai Pese},2023-01-09,Family"),
    ("csv_rows", "Name,Mobile,Email,Village\n"
     "Ratu {P:Epeli Vakaloloma},{T:+679 922 4410},{E:epeli.vaka@pacificmail.fj},{C:Namatakula}\n"
     "Adi {P:Litia Qarau},{T:+679 971 0058},,{C:Nabou}\n"
     "{P:Mereoni Tuidraki},{T:+679 836 2231},{E:mtuidraki@yahoo.com},{C:Levuka}"),
    ("csv_rows", "id,customer,ip,last_seen\n"
     "881,{P:Ismoil Rahimov},{N:185.121.34.9},2024-02-01\n"
     "882,{P:Firuza Nazarova},{N:185.121.34.77},2024-02-03\n"
     "883,{P:Shahlo Qodirova},{N:2a02:4780:12::5f},2024-02-03"),
    ("csv_rows", "volunteer,skills,availability\n"
     "{P:Sunday Okafor},first aid,weekends\n"
     "{P:Precious Banda},driving,Mondays\n"
     "{P:Lucky Phiri},Chichewa translation,evenings\n"
     "{P:Patience Zulu},cooking,Fridays"),
    ("csv_rows", "account_no,holder,branch\n"
     "{I:40018833217},{P:Ngarta Mahamat},{C:N'Djamena}\n"
     "{I:40018833225},{P:Oumou Sangaré Diallo},{C:Bamako}\n"
     "{I:40018833233},{P:Mamadou Lamine Ndiaye},{C:Thiès}"),
    ("csv_rows", "sukunimi,etunimi,puhelin\n"
     "{P:Aikio},{P:Niillas},{T:040 771 3308}\n"
     "{P:Guttorm},{P:Máret Ánne},{T:050 448 2019}\n"
     "{P:Näkkäläjärvi},{P:Inga},{T:044 902 1177}"),
    ("csv_rows", "order_id,recipient,postcode,country\n"
     "A-3301,{P:Xhemal Berisha},{A:10000},Kosovo\n"
     "A-3302,{P:Drita Hoxha},{A:1001},Albania\n"
     "A-3303,{P:Besnik Gashi},{A:20000},Kosovo"),
    # --- postal_block ---------------------------------------------------------------------------------------
    ("postal_block", "Deliver to:\n"
     "{P:Sokha Meas}\n"
     "{A:House 27, Street 163}\n"
     "Sangkat Toul Svay Prey 1, Khan {C:Chamkar Mon}\n"
     "{C:Phnom Penh} {A:120101}\n"
     "Cambodia\nTel: {T:+855 12 448 902}"),
    ("postal_block", "Return address\n"
     "Puan {P:Siti Norazlina binti Ahmad}\n"
     "{A:No. 14, Jalan Kenanga 3/2}\n"
     "{A:Taman Sri Muda}\n"
     "{A:40400} {C:Shah Alam}, Selangor"),
    ("postal_block", "{P:Wiremu Tamihana}\n"
     "{A:PO Box 2281}\n"
     "{C:Rotorua} {A:3040}\n"
     "New Zealand"),
    ("postal_block", "Recipient: {P:Jüri Saar}\n"
     "Address: {A:Vana-Posti 9-14}, {A:10146} {C:Tallinn}, Estonia\n"
     "Phone: {T:+372 5581 2094}\n"
     "Signature required."),
    ("postal_block", "Ship to:\n"
     "{P:Jean-Baptiste Pierre-Louis}\n"
     "{A:Rue Capois #42}\n"
     "{C:Pétion-Ville}, Haiti\n"
     "Contact: {T:+509 3744 1820}"),
    ("postal_block", "{P:Nakato Sarah Ssemwanga}\n"
     "{A:Plot 18, Kiira Road}\n"
     "{C:Kamwokya}, {C:Kampala}\n"
     "{A:P.O. Box 7740}\n"
     "Uganda"),
    ("postal_block", "Addressee:\n"
     "Mr {P:Abdirahman Yusuf Warsame}\n"
     "{A:Flat 12, Lindisfarne House}\n"
     "{A:88 Chapel Lane}\n"
     "{C:Birmingham}\n"
     "{A:B12 9RW}"),
    ("postal_block", "Sender:\n"
     "{P:Anahit Hovhannisyan}\n"
     "{A:Tumanyan St. 31, apt. 7}\n"
     "{C:Yerevan} {A:0002}\n"
     "Armenia"),
    ("postal_block", "{P:Marie-Gwenn Le Goff}\n"
     "{A:12 hent Sant-Erwan}\n"
     "{A:29200} {C:Brest}\n"
     "France"),
    ("postal_block", "To: {P:Uzma Bugti}\n"
     "c/o {P:Shahbaz Marri}\n"
     "{A:House 5-C, Jinnah Road}\n"
     "{C:Quetta}, Balochistan\n"
     "Pakistan"),
    ("postal_block", "{P:Anaana Kilabuk}\n"
     "{A:Box 1413}\n"
     "{C:Iqaluit}, NU {A:X0A 0H0}\n"
     "Canada"),
    ("postal_block", "Delivery label\n"
     "{P:Rinchen Wangmo}\n"
     "{A:Room 304, Barkhor Guesthouse}\n"
     "{C:Lhasa}\n"
     "Phone {T:+86 139 0891 4472}"),
    # --- kyc_note -------------------------------------------------------------------------------------------
    ("kyc_note", "KYC review - new personal account\n"
     "Applicant: {P:Ketut Suardana} (single name on KTP: {P:Suardana})\n"
     "National ID (NIK): {I:5171032306880004}\n"
     "Date of birth: {B:23 June 1988}, {C:Denpasar}\n"
     "Proof of address: electricity bill, {A:Jl. Tukad Badung No. 18}\n"
     "Source of funds: salary (hotel manager). Risk: low. Reviewer: {P:Wayan Sudirta}"),
    ("kyc_note", "Enhanced due diligence memo\n"
     "Client: Pak {P:Sutrisno}, mononym, passport {I:B4419027}\n"
     "Introduced by Ibu {P:Ratna Dewi Lestari} (existing client since 2016).\n"
     "Wealth from palm-oil distribution in {C:Pekanbaru}.\n"
     "Pak {P:Sutrisno} declared no PEP links. Sanctions screening: no hit.\n"
     "Approved by {P:Hendra Wijaya}, Head of Compliance."),
    ("kyc_note", "Remittance check\n"
     "Sender: {P:Mohammed Awal Issah}, {C:Tamale}\n"
     "Beneficiary: {P:Zuwaira Awal}, account {I:1002 4418 7730}\n"
     "Purpose: school fees. Amount GHS 4,200.\n"
     "Cleared by analyst {P:Esi Quaye}."),
    ("kyc_note", "Account opening - joint\n"
     "Holder 1: {P:Davron Ergashev}, born {B:02.09.1976}, passport {I:FA2205148}\n"
     "Holder 2: {P:Nodira Ergasheva}, born {B:14.01.1980}, passport {I:FA2205263}\n"
     "Address: {A:Amir Temur ko'chasi 108, xonadon 23}, {C:Tashkent}\n"
     "Phone: {T:+998 90 441 2287}\n"
     "Verified in branch by {P:Feruza Karimova}."),
    ("kyc_note", "Suspicious activity note (internal)\n"
     "Customer {P:Sardor Alimov} received 14 transfers under the threshold from {P:Jasur Tursunov}\n"
     "and {P:Bekzod Umarov} within 5 days. {P:Alimov} says they are car sale instalments.\n"
     "Analyst {P:Hope Mbeki} recommends an SAR. Case AML-2024-118."),
    ("kyc_note", "Periodic review\n"
     "Customer: {P:Tsogtbaatar Ochirbat}, civil ID {I:УБ87041522}\n"
     "Occupation: mining engineer, Oyu Tolgoi. Monthly income unchanged.\n"
     "Contact updated: {E:tsogtoo.o@mongolmail.mn}, {T:+976 9911 4208}\n"
     "Risk rating stays medium. Reviewer {P:Enkhjargal}."),
    ("kyc_note", "Identity check failed\n"
     "Applicant gave name {P:Amanuel Berhane Gebremedhin}, ID card {I:ER-0044127}\n"
     "Selfie does not match the document photo. Applicant asked to visit the {C:Keren} branch.\n"
     "Handled by {P:Yonas}."),
    ("kyc_note", "Beneficial owner declaration - Ikirezi Coffee Ltd\n"
     "UBO 1: {P:Uwimana Claudine}, 60%, national ID {I:1 1985 7 0044187 1 22}\n"
     "UBO 2: {P:Nshimiyimana Jean de Dieu}, 40%\n"
     "Registered office in {C:Huye}. Documents checked by {P:Mugisha Eric}."),
    ("kyc_note", "Loan file note\n"
     "Borrower: {P:Mark Wood}, account {I:22019843}, sort code {I:40-11-62}\n"
     "Guarantor: {P:Joy Wood} (wife)\n"
     "Affordability ok. Offer letter to {A:7 Millbrook Close}, {C:Taunton} {A:TA2 7PN}."),
    ("kyc_note", "Customer due diligence - sole trader\n"
     "Name: {P:Rangi Parata Walker}\n"
     "Trading as: Ahi Kā Carvings, {C:Whakatāne}\n"
     "IRD number {I:094-418-337}, date of birth {B:11/05/1972}\n"
     "Checked by {P:Mereana Hohaia}"),
    ("kyc_note", "PEP screening result\n"
     "Name screened: {P:Aslan Khamzatov}\n"
     "Possible match: regional official (different patronymic, different DOB). Discounted.\n"
     "Customer's DOB: {B:09-03-1990}. Screened by {P:Elena Vasilchenko}."),
    ("kyc_note", "Onboarding call - premium account\n"
     "Spoke with Ms {P:Ingibjörg Dam} and her adviser {P:Heðin Mortensen}.\n"
     "Funds from sale of a fishing vessel in {C:Klaksvík}.\n"
     "Account {I:FO97 9181 0004 4120 33} will receive the proceeds. {P:Dam}'s passport copy on file."),
    # --- school_admin ---------------------------------------------------------------------------------------
    ("school_admin", "Subject: Absence - Year 8\n"
     "Dear Mrs {P:Hakobyan},\n"
     "{P:Narek Hakobyan} (student no. {I:ST-40918}) was absent on Monday and Tuesday without a note.\n"
     "Please contact the attendance office on {T:020 7946 0381}.\n"
     "Regards,\n{P:Mariam Sargsyan}, Head of Year 8"),
    ("school_admin", "Admissions decision\n"
     "Applicant: {P:Oyuunaa Batbayar}, applicant ID {I:UG24-118830}\n"
     "Programme: BSc Environmental Science\n"
     "Decision: conditional offer (IELTS 6.5).\n"
     "Interviewer: Dr {P:Gwenllian Rhys}. Notify {P:Batbayar} by 1 March."),
    ("school_admin", "Hi {P:Kiele},\n"
     "Your timetable clash between Statistics II and Marine Biology is fixed; you are now in group B.\n"
     "If anything else is wrong, e-mail {E:s.aukusitino@unisouth.ac.nz}.\n"
     "{P:Sefo Aukusitino}, Student Services"),
    ("school_admin", "Parents' evening bookings, Thursday\n"
     "16:00 {P:Zodwa Ngcobo} (mother of {P:Lindiwe})\n"
     "16:10 {P:Andile Cele} (father of {P:Sanele} and {P:Sibusiso})\n"
     "16:20 {P:Grace Hope} (guardian of {P:Joy Mbatha})\n"
     "16:30 free\n"
     "Teacher: Mr {P:Mkhize}"),
    ("school_admin", "Subject: Thesis submission extension\n"
     "Dear Prof. {P:Hartmann},\n"
     "I support the request of my PhD student {P:Gulmira Abdrakhmanova} (ID {I:2020-77141}) for a 3-month extension.\n"
     "Her fieldwork in {C:Karakol} was delayed by the road closure.\n"
     "Best wishes,\n{P:Kubanychbek Jumaliev}"),
    ("school_admin", "Scholarship list - Kimberley campus\n"
     "1. {P:Boitumelo Seretse} - Engineering\n"
     "2. {P:Kefilwe Masire} - Nursing\n"
     "3. {P:Onalenna Khama} - Law\n"
     "4. {P:Tshepiso Mogae} - Education\n"
     "Awards presented Friday by the Dean, Prof. {P:Masego Tau}."),
    ("school_admin", "Library fine notice\n"
     "Borrower: {P:Dawa Tshering}, card {I:LIB-008812}\n"
     "Item overdue: Principles of Hydrology (3rd ed.), due 4 February.\n"
     "Fine: 2.40. Pay at the desk or online."),
    ("school_admin", "From: {E:registry@tbilisi-tech.edu.ge}\n"
     "To: {E:ana.tsiklauri@student.tbilisi-tech.edu.ge}\n"
     "Dear {P:Ana},\n"
     "Your transcript request has been processed. Collect it from room 112 or we can post it to\n"
     "{A:Chavchavadze Ave 19}, {C:Tbilisi} {A:0179}.\n"
     "{P:Irakli Mchedlishvili}, Registry"),
    ("school_admin", "Field trip consent - Year 5\n"
     "Pupil: {P:Ihaia Parata}\nParent/guardian: {P:Mere Parata}\n"
     "Emergency contact: {P:Tipene Parata}, {T:027 448 1093}\n"
     "Medical: asthma, carries inhaler.\n"
     "Signed: {P:M. Parata}"),
    ("school_admin", "Exam board minutes (extract)\n"
     "Present: Prof {P:Vytautas Jankauskas} (chair), Dr {P:Rūta Žukauskienė}, Dr {P:Ona Vaitkutė}\n"
     "Item 3: candidate {I:20231187} ({P:Dovydas Stankevičius}) resit approved.\n"
     "Item 4: Dr {P:Žukauskienė} to revise the marking scheme for Module LT204."),
    ("school_admin", "Hi all,\n"
     "Reminder that Sports Day is moved to Wednesday. Helpers so far: {P:Sunday}, {P:Patience} and {P:Mark}.\n"
     "Please tell Ms {P:Faith Adebayo} by Friday if you can help.\nThanks, {P:Bukola}"),
    ("school_admin", "Subject: Accommodation allocation\n"
     "Dear {P:Tigist Bekele},\n"
     "You have a room in Nile Hall, flat 4C, from 21 September. Your student ID is {I:U24001873}.\n"
     "Keys are collected from the porters. Your flatmate will be {P:Hiwot Assefa}.\n"
     "Residential Life"),
    # --- ngo_report -----------------------------------------------------------------------------------------
    ("ngo_report", "Field report - water point assessment, week 14\n"
     "Team: {P:Abdoulaye Sow} (lead), {P:Aissatou Ba}, {P:Hamadou Bah}\n"
     "Village: {C:Dioura}. Chief {P:Ousmane Barry} reports the borehole pump failed in March.\n"
     "Women walk 6 km to the river; {P:Mariama Jallow} (community health worker) notes diarrhoea cases up.\n"
     "Recommendation: replace pump head; train two caretakers.\n"
     "Next visit Thursday with engineer {P:Alpha Diallo}."),
    ("ngo_report", "Distribution log - food parcels\n"
     "Site: {C:Kakuma}, zone 3\n"
     "Beneficiary {P:Nyaluak Gatluak}, ration card {I:KKM-300418}, household of 7\n"
     "Beneficiary {P:Deng Malual Akol}, ration card {I:KKM-300422}, household of 4\n"
     "Complaint from {P:Nyaluak} about missing oil - logged for follow-up.\n"
     "Distribution officer: {P:Wanjiru Kamau}"),
    ("ngo_report", "Monthly narrative - livelihoods project\n"
     "In {C:Kiang West} the women's garden group led by {P:Fatou Ceesay} harvested onions and okra.\n"
     "{P:Ceesay} asked for more drip lines. Youth mentor {P:Lamin Touray} ran two business skills sessions.\n"
     "Budget variance explained in annex B. Reported by {P:Isatou Njie}."),
    ("ngo_report", "Protection incident (anonymised where possible)\n"
     "Survivor referred by caseworker {P:Shler Hawrami} in {C:Duhok} camp 2.\n"
     "Survivor's mother, {P:Nasrin Mahmud}, can be reached on {T:+964 750 441 8230}.\n"
     "Referred to legal aid partner; case worker {P:Rêbaz Kurdî} follows up Sunday."),
    ("ngo_report", "Mission diary - Ulaanbaatar to Khovd\n"
     "Day 1: met governor's office; focal point {P:Erdenebileg Purevsuren}.\n"
     "Day 2: herder households visited: {P:Baasanjav}, {P:Gantulga}, {P:Oyuntsetseg Dashdondog}.\n"
     "Day 3: dzud losses 40-60% of livestock. {P:Baasanjav} lost 180 goats.\n"
     "Driver: {P:Chinzorig}, {T:+976 8810 2237}."),
    ("ngo_report", "Training attendance - cyclone preparedness, {C:Cox's Bazar}\n"
     "Facilitator: {P:Shamima Akter}\n"
     "Participants: {P:Mohammad Rafiqul Islam}, {P:Rokeya Begum}, {P:Nurul Amin}, {P:Sabina Yasmin Chowdhury}\n"
     "Interpreter: {P:Abul Kalam}\n"
     "All participants received the early-warning flag booklet."),
    ("ngo_report", "Nutrition screening summary\n"
     "Health post: {C:Sekota}\n"
     "Children screened 212; SAM 9, MAM 31.\n"
     "SAM cases referred, including {P:Kidist Worku}'s daughter {P:Selam}.\n"
     "Nurse in charge: Wzo {P:Almaz Gebre}. Supervisor: Ato {P:Getachew Mengistu}."),
    ("ngo_report", "Shelter assessment - {C:Jacmel}\n"
     "Household head: {P:Marie-Carmel Jean-Louis}, 5 members, house partly collapsed.\n"
     "Neighbour {P:Wilner Désir} hosts them temporarily.\n"
     "Contact via community leader {P:Fritznel Augustin}, {T:+509 4812 0077}.\n"
     "Priority: high."),
    ("ngo_report", "Quarterly report - microfinance, {C:Morogoro}\n"
     "New groups formed: Upendo (chair {P:Rehema Mwakyusa}), Tumaini (chair {P:Zawadi Kimaro}).\n"
     "Loan officer {P:Juma Hamisi Mfinanga} notes 98% repayment.\n"
     "Member {P:Neema Lyimo} opened a tailoring shop."),
    ("ngo_report", "Volunteer debrief\n"
     "{P:Hope Kabeya} and {P:Blessing Mutombo} completed the vaccination drive in {C:Tshikapa}.\n"
     "{P:Hope} reports cold chain failure on day 2 (fridge 3). {P:Mutombo} recorded all temperatures.\n"
     "Logistician {P:Patrick Ilunga} replaced the solar battery."),
    ("ngo_report", "Beneficiary feedback call\n"
     "Caller: {P:Gulalai Wardak}, from {C:Jalalabad}, beneficiary ID {I:AF-PSN-004412}\n"
     "Did not receive the winter cash grant; her brother {P:Naqibullah} did.\n"
     "Staff {P:Mursal Hotak} confirmed a typing error in the list; corrected."),
    ("ngo_report", "Site visit - school rehabilitation\n"
     "Headteacher Mr {P:Tsvangirai Mapfumo} showed the new latrines.\n"
     "Builder {P:Farai Chiweshe} to finish the roof by 20 May.\n"
     "{P:Mapfumo} asked for desks; forwarded to {P:Rutendo Nyathi}, education officer."),
    # --- logistics_note -------------------------------------------------------------------------------------
    ("logistics_note", "Proof of delivery - consignment GX-448190\n"
     "Delivered to: {A:Unit 6, Ridgeway Trade Park}, {C:Swindon} {A:SN3 4TF}\n"
     "Signed by: {P:Rawiri Kereama}\n"
     "Driver: {P:Tolga Aydın}, van 14\n"
     "Pallets: 3, no damage."),
    ("logistics_note", "Customs hold notice\n"
     "Shipment AWB 176-44018823 for {P:Khurshida Begum Saikia}, {C:Guwahati}\n"
     "Held for missing invoice. Consignee phone {T:+91 94350 41128}.\n"
     "Broker {P:Bhaskar Bora} to upload documents by Tuesday."),
    ("logistics_note", "Warehouse shift handover, night to early\n"
     "Pickers on shift: {P:Zsófia Horváth}, {P:Mátyás Tóth}, {P:Bill Price}\n"
     "Dock 3 door sensor faulty - reported to {P:Kálmán}.\n"
     "Two pallets for Tesco Thurrock short; {P:Horváth} recounted, still short.\n"
     "Handover to {P:Rich Stone} at 06:00."),
    ("logistics_note", "Courier note: driver could not deliver\n"
     "Recipient {P:Aziz Mirzoev} not home at {A:Rudaki Avenue 62, apt 9}, {C:Dushanbe}\n"
     "Neighbour {P:Gulchehra Safarova} refused to sign.\n"
     "Redelivery tomorrow; call {T:+992 93 441 8076}."),
    ("logistics_note", "Booking confirmation - sea freight\n"
     "Shipper: Andes Textiles SAC, contact {P:Wayra Quispe Huanca}\n"
     "Consignee: Nordic Knit AB, contact {P:Ánte Labba}\n"
     "POL {C:Callao}, POD {C:Gothenburg}, ETD 18 July.\n"
     "Questions to {E:wayra.quispe@andestextiles.pe}."),
    ("logistics_note", "Damage report\n"
     "Load 55-901 from {C:Nukuʻalofa} arrived with a wet carton (squash seed).\n"
     "Tallied by {P:Sitani Mahe}; photos sent to the insurer.\n"
     "Supplier contact: {P:Tevita Lolohea}, {T:+676 771 4420}."),
    ("logistics_note", "Route sheet - Van 7, Thursday\n"
     "08:10 Dr {P:Ngozi Eze}, {A:3 Larch Walk}, {C:Luton} - 1 box\n"
     "08:35 {P:Sunday Ibekwe}, {A:Flat 2, 19 Mill Road}, {C:Luton} - 2 boxes, leave with neighbour\n"
     "09:05 {P:Precious Nkomo}, {A:44 Beech Avenue}, {C:Dunstable} - signature\n"
     "Driver: {P:Haroon Baloch}"),
    ("logistics_note", "Cold-chain excursion\n"
     "Reefer container MSKU 4418203, temperature 9 C for 3 hours.\n"
     "Reported by {P:Mahmoud Aït Ouali} at the {C:Tangier} terminal.\n"
     "{P:Aït Ouali} moved the load to reefer plug 22. QA lead {P:Tiziri Amellal} informed."),
    ("logistics_note", "Collection request\n"
     "Please collect 2 pallets from {P:Lasha Japaridze} at {A:Tsereteli Ave 116}, {C:Tbilisi}.\n"
     "Contact {P:Lasha} on {T:+995 599 44 18 07} before arrival.\n"
     "Ready from 10:00 Monday."),
    ("logistics_note", "Driver incident\n"
     "Driver {P:Kuanysh Amanov} reported a flat tyre near {C:Shymkent}.\n"
     "Fleet desk ({P:Saltanat}) sent a roadside unit.\n"
     "{P:Amanov} resumed at 15:20; delivery delayed 2 hours."),
    ("logistics_note", "Returns log\n"
     "RMA 7710 - {P:Uyanga Sükhbaatar}, wrong size, refund\n"
     "RMA 7711 - {P:Ochirbat} (no surname given), damaged, replace\n"
     "RMA 7712 - {P:Grace Field}, changed mind, refund"),
    ("logistics_note", "Air freight pre-alert\n"
     "MAWB 618-22049917, {C:Colombo} to {C:Dubai}\n"
     "Consignee contact: {P:Dilani Wickramasinghe}, {E:dilani.w@ceylonspice.lk}\n"
     "Shipper contact: {P:Chaminda Jayasuriya}, {T:+94 77 418 2290}\n"
     "4 pieces, 312 kg, cinnamon quills."),
    # --- call_centre ----------------------------------------------------------------------------------------
    ("call_centre", "Call transcript 2024-03-19 10:42 (auto-transcribed)\n"
     "Agent: Thank you for calling Northline Energy, my name is {P:Blessing}, how can I help?\n"
     "Caller: Hi, it's {P:Ochieng Odhiambo}, my bill is way higher this month.\n"
     "Agent: I'm sorry to hear that, Mr {P:Odhiambo}. Can you confirm your account number?\n"
     "Caller: {I:NL-4410-2298}.\n"
     "Agent: And the first line of the address?\n"
     "Caller: {A:27 Heron Way}.\n"
     "Agent: Thank you. I can see an estimated reading; could you send a photo of the meter?"),
    ("call_centre", "Agent notes\n"
     "Spoke to {P:Warrick Campbell} (Jamaica), calling about a lost card.\n"
     "Card blocked. Replacement to {A:12 Hope Road}, {C:Kingston} {A:6}.\n"
     "Customer asked for a call back on {T:+1 876 441 2093}. Agent: {P:Shanice}"),
    ("call_centre", "Transcript\n"
     "Agent ({P:Kamila}): Good morning, Turon Telecom.\n"
     "Caller: Hello, I am {P:Shuhrat Nematov}. Internet is down since yesterday.\n"
     "Agent ({P:Kamila}): Sorry about that, {P:Shuhrat}. There is an outage in {C:Samarkand}.\n"
     "Caller: OK, text me on {T:+998 93 702 4418} when it is fixed."),
    ("call_centre", "Call summary\n"
     "Caller: {P:Faith Mokoena}, policy {I:POL-8841207}\n"
     "Reason: claim for a burst geyser at {A:9 Jacaranda Street}, {C:Pretoria}.\n"
     "Assessor {P:Johan Pretorius} booked for Wednesday. {P:Mokoena} to send photos."),
    ("call_centre", "Transcript (excerpt)\n"
     "Agent: You're through to Kestrel Bank, this is {P:Joy}.\n"
     "Caller: Hi {P:Joy}, my name's {P:Rhys Price}, I think my card was cloned.\n"
     "Agent: Sorry to hear that, {P:Rhys}. Can you give me your date of birth?\n"
     "Caller: {B:3rd of May 1986}.\n"
     "Agent: Thanks, Mr {P:Price}. I can see two payments in {C:Lagos}; I'll block the card now."),
    ("call_centre", "Callback queue\n"
     "1. {P:Nomsa Dube} - {T:073 441 2087} - billing\n"
     "2. {P:Tafadzwa Chikore} - {T:074 118 9920} - technical\n"
     "3. {P:Lucky Masondo} - {T:082 330 4471} - cancellation"),
    ("call_centre", "Agent: Good afternoon, Rapa Nui Tours, {P:Teuira} speaking.\n"
     "Caller: Hello, this is {P:Hinemoa Tuhoe}, I booked the island tour for four.\n"
     "Agent: Yes, {P:Hinemoa}, I have the booking. The pickup is at 8 from the {C:Hanga Roa} pier.\n"
     "Caller: Could you e-mail the voucher to {E:hinemoa.t@xtra.co.nz}?\n"
     "Agent: Sent. Have a lovely trip!"),
    ("call_centre", "QA review of call 55120\n"
     "Agent: {P:Aidana Bekova}. Customer: {P:Talgat Mukhametov}.\n"
     "Agent verified identity with passport {I:N09914482} - fail: policy says last 4 digits only.\n"
     "Coaching by team lead {P:Aset Dzhaksybekov}."),
    ("call_centre", "Transcript\n"
     "Agent: Hello, who am I speaking to?\n"
     "Caller: {P:Patience Owusu-Ansah}.\n"
     "Agent: Thanks {P:Patience}, and the postcode?\n"
     "Caller: {A:M14 7BQ}.\n"
     "Agent: Lovely. Your parcel is at the {C:Rusholme} depot."),
    ("call_centre", "Complaint log\n"
     "Customer {P:Ilir Krasniqi} says agent {P:Ardit} was rude on Tuesday.\n"
     "Call recording reviewed by {P:Valbona Shala}; tone acceptable, apology sent.\n"
     "Reply sent to {E:ilir.krasniqi@posta-kos.net}."),
    ("call_centre", "Inbound call, Spanish/Guaraní line\n"
     "Caller: {P:Arami Benítez Ocampo}, from {C:Encarnación}\n"
     "Asks about the pension payment for her father {P:Ñamandu Benítez}, ID {I:CI 2.448.117}.\n"
     "Agent {P:Rocío Giménez} escalated to the benefits team."),
    ("call_centre", "Voicemail transcription\n"
     "\"Hi, this is {P:Sione} from {C:Apia}, calling about my daughter {P:Lagi Tuimavave}'s visa.\n"
     "Please call me back on {T:+685 772 4418}. Thanks.\""),
    # --- pii_free -------------------------------------------------------------------------------------------
    ("pii_free", "Project codenames for FY25\n"
     "Project Tsetserleg - data warehouse migration (Snowflake)\n"
     "Project Altai - mobile app rebuild\n"
     "Project Namib - pricing engine\n"
     "Project Makalu - SSO rollout with Okta\n"
     "Steering review every Wednesday in the Mekong room."),
    ("pii_free", "Office rooms and floors\n"
     "Floor 2: Kilimanjaro, Serengeti, Zambezi\n"
     "Floor 3: Karakoram, Tian Shan, Pamir\n"
     "Floor 4: Atlas, Hoggar, Tibesti\n"
     "Book through Outlook; the Zambezi room has the Poly Studio bar."),
    ("pii_free", "Release notes 4.18.0 (March)\n"
     "New: Khmer and Lao locale packs; Amharic date formats in the Ethiopian calendar.\n"
     "Fixed: Unicode normalisation for Georgian Mkhedruli script in search.\n"
     "Changed: Basque and Breton spell-check dictionaries updated.\n"
     "Known issue: Tibetan stacked letters render badly in the PDF export."),
    ("pii_free", "Menu - Silk Road Kitchen, Friday\n"
     "Plov (Uzbek rice with lamb), Beshbarmak, Lagman noodles, Khachapuri Adjaruli,\n"
     "Injera with Shiro, Jollof Rice, Bobotie, Pad Kra Pao, Laap, Amok Trey, Mohinga,\n"
     "Rendang, Nasi Lemak, Buuz, Momo. Dessert: Baklava or Pastel de Nata."),
    ("pii_free", "Travel advisory summary\n"
     "Flights from {C:Ulaanbaatar} to {C:Almaty} resume on Monday; the {C:Bishkek} route stays closed until June.\n"
     "Road from {C:Lhasa} to {C:Shigatse} open. Ferry {C:Suva} to {C:Levuka} daily except Sunday.\n"
     "Heavy rain expected in {C:Antananarivo} and {C:Toamasina} in January and February."),
    ("pii_free", "Glossary (finance onboarding)\n"
     "Accrual, Amortisation, Basel III, EBITDA, Goodwill, Hedge, IFRS 9, Ledger, Liquidity Coverage Ratio,\n"
     "Netting, SWIFT MT103, Sharia-compliant Murabaha, Sukuk, Hawala (informal transfer system)."),
    ("pii_free", "Agenda - Regional Partners Forum\n"
     "Tuesday: Opening by the Chair; Sahel Resilience Programme update\n"
     "Wednesday: Horn of Africa Drought Response; Great Lakes Cash Working Group\n"
     "Thursday: Pacific Islands Climate Finance panel\n"
     "Friday: Closing; Field visit to the {C:Nairobi} warehouse"),
    ("pii_free", "Product catalogue - outdoor range\n"
     "Everest 40L rucksack, Denali down jacket, Patagonia fleece, Kilimanjaro trekking poles,\n"
     "Sherpa Classic tent, Yeti Rambler bottle, Gobi solar charger, Sahara sun hat.\n"
     "All items ship from the {C:Leeds} warehouse within 2 working days."),
    ("pii_free", "Public holidays we observe\n"
     "Tsagaan Sar (February), Nowruz (March), Songkran (April), Vesak (May), Naadam (July),\n"
     "Meskel (September), Diwali, Loy Krathong and Matariki. Offices close on Christmas Day."),
    ("pii_free", "Incident postmortem: March outage\n"
     "Summary: the Kafka cluster in eu-west-1 lost quorum after a Zookeeper upgrade.\n"
     "Impact: Orders API returned 503 for 42 minutes.\n"
     "Root cause: misconfigured Terraform module; Grafana alert Prometheus-High-Lag fired late.\n"
     "Actions: add Chaos Monkey drills; move to KRaft mode by Q3."),
    ("pii_free", "Languages supported by the call centre\n"
     "English, French, Swahili, Amharic, Tigrinya, Oromo, Somali, Hausa, Yoruba, Igbo, Wolof,\n"
     "Zulu, Xhosa, Sesotho, Setswana, Shona, Luganda, Kinyarwanda, Malagasy, Arabic and Tamazight."),
    ("pii_free", "Grant reporting calendar\n"
     "January: annual narrative to the Gates Foundation\n"
     "April: interim financials to USAID and FCDO\n"
     "July: Wellcome Trust milestone review\n"
     "October: audit with KPMG; UNICEF partnership renewal"),
    ("pii_free", "Warehouse zones\n"
     "Zone Grace (returns), Zone Hope (fragile), Zone Faith (bulk), Zone Summer (seasonal stock).\n"
     "Forklift bays Prince 1 and Prince 2. Loading dock Sunday is closed for repairs."),
    ("pii_free", "Heritage tour itinerary\n"
     "Day 1 {C:Yerevan}: Matenadaran, Cascade. Day 2 Garni Temple and Geghard Monastery.\n"
     "Day 3 {C:Tbilisi}: Narikala Fortress, Sulfur Baths. Day 4 {C:Mtskheta}: Jvari Monastery.\n"
     "Day 5 {C:Kazbegi}: Gergeti Trinity Church."),
    ("pii_free", "Style guide: headings\n"
     "Use Title Case for Section Headings, e.g. Terms And Conditions, Privacy Notice, Cookie Policy.\n"
     "Write Monday, March, Ramadan and Easter with capitals; write spring and autumn in lower case.\n"
     "Product names: Blessing Bank Mobile, Lucky Draw, Precious Metals Desk."),
]


def dev19_records() -> list[Labelled]:
    """The nineteenth hand-written development records, parsed (gold spans on field `text`)."""
    return [parse_marked(kind, marked) for kind, marked in RECORDS]
