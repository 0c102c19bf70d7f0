"""The fourteenth hand-written gold set for `redact_quality`: realistic multi-line records kept BLIND. Only
aggregate scores are ever read from it; no rule may be tuned on its misses and its records are never to be quoted.

Records come in 14 styles of 13 records each (14 postal blocks): help-desk tickets with quoted mail and agent notes
in English, German, Portuguese, Spanish, Turkish, Dutch, Polish, Vietnamese, Japanese and Ukrainian
(`support_ticket`), GP, ward-handover, Arztbrief, triage, outpatient, physio, counselling, home-visit and Swedish
and French clinic notes (`clinical_note`), HR mail with From/To/CC lines, minutes with a "Present:" list, payroll,
onboarding, relocation, visa and reference mails (`hr_email`), Slack, Teams, WhatsApp, Telegram, Zalo, LINE,
Discord, IRC, SMS and live-chat transcripts (`chat_log`), sshd, sudo, web access, postfix, Windows audit, DHCP,
VPN, firewall, application and kubectl logs with user fields (`ops_log`), CSV, semicolon, TSV, pipe and Markdown
rows with headers (`csv_rows`), envelope and label address blocks (`postal_block`), KYC, fraud-call, mortgage, AML,
wire-recall, sanctions, deceased-estate, credit and elder-abuse notes (`bank_note`), sales and account notes
(`crm_note`), Reddit, forum, classified-ad, GitHub and bug-report posts (`forum_post`), GP and consultant referral
letters (`referral_letter`), card, SEPA, ACH, standing-order, direct-debit, wallet and payout changes
(`payment_update`), tax returns and forms of the US, Germany, France, India, Spain, Italy, the Netherlands, the
UK, Brazil, Sweden, Poland and Saudi Arabia (`tax_form`) and security, health-and-safety, police, data-breach,
aviation, lab, fleet, safeguarding and hospital incident reports (`incident_report`); plus 15 PII-free
look-alikes (`pii_free`: release notes, a menu, eponymous diseases, SKUs shaped like phone numbers, named storms,
flower cultivars and plant names that are also given names, OIDs and version numbers shaped like IP addresses,
book titles, lab equipment, a tour itinerary, tool names, drug abbreviations, a product sheet, football results
and a wine list).

The text is written the way staff and users write: terse notes, abbreviations (pt, cust, mob, acc, s/c, NOK, w/),
typos, missing capitals, quoted replies and mixed languages. People come from about 25 cultures of a
multinational's files: English (UK, US, Australia), Irish, Welsh, German, Austrian, Swiss, French, Belgian, Dutch,
Spanish, Basque, Catalan, Mexican, Colombian, Argentine, Peruvian, Portuguese, Brazilian, Italian, Polish, Czech,
Slovak, Russian, Ukrainian, Turkish, Arabic (Gulf, Levant, Maghreb), Persian, Indian (north and south),
Pakistani, Bangladeshi, Chinese (Mainland, Taiwan, Hong Kong), Japanese, Korean, Vietnamese, Filipino, Nigerian,
Ghanaian, Kenyan, Ethiopian, Somali, Sierra Leonean, Zambian, Greek, Romanian, Hungarian and Nordic. They appear
by full name, surname-first and in capitals ("SURNAME, Given", "SURNAME/GIVEN MR", East Asian order), with
particles and diacritics (Ní, Ó, Mac, van der, de la, von, Al-, bin, Dela), by given name alone in greetings and
sign-offs, as initials, as lower-case handles and user names, inside device host names, with possessives, in
Cyrillic, Hangul, Han and kana script, and with given names that are also words (Grace, Mark, Hope, Will, Bill,
Dawn, Faith, Penny, Rose, Iris, Sunny, Ray). Addresses follow the formats of the UK, Ireland (Eircodes), the US,
Australia, Germany, Austria, France, Belgium, the Netherlands, Spain, Italy, Portugal, Poland, Slovakia, Sweden,
Greece, Ukraine, Russia, Turkey, Mexico, Colombia, Peru, Brazil, India, Japan, Korea, Taiwan, Hong Kong, Vietnam,
Nigeria, Ghana, Kenya (P.O. boxes), the UAE and Saudi Arabia, each in local order with local postcodes.

Every value (names, streets, postcodes, phones, e-mails, identifiers, IP addresses) was invented for this file;
none comes from the other gold sets, Faker, presidio-evaluator or configs/, and pipeline/ never reads it.
Identifiers whose scheme publishes a check digit carry a valid one, computed for this file: payment cards and the
Emirates ID (Luhn), Swedish personnummer (Luhn), IBANs (mod 97 with the length of their country: AT, BR, DE, ES,
FR, GB, IE, NL, PL, PT, SA, SE, TR), NHS numbers (mod 11), Aadhaar (Verhoeff), German Steuer-ID (ISO 7064 mod
11,10), French NIR (mod 97 key), Spanish DNI and NIE (mod 23 letter), Italian codice fiscale, Dutch BSN
(11-proof), Polish PESEL, Brazilian CPF and a US ABA routing number; tests/test_redact_blind14.py checks each of
them, and that PESEL, codice fiscale and NIR agree with the date of birth beside them. The others (US SSN and
ITIN, UK NINO, Indian PAN, Pakistani CNIC, Kenyan KRA PIN, Saudi TIN, Peruvian DNI, passports, MRNs, hospital and
case numbers, member numbers, account numbers, sort codes, a UK driving licence and number plates) only have the
shape of real ones.

Markup as in redact_dev.py: `{P:...}` PERSON (handles and user names built from a name included; titles such as
"Mr", "Mrs", "Dr", "PC", "Herr", "Frau", "Mme", "Sra", "Smt", "Dott." stand outside, and so does a possessive 's),
`{A:...}` ADDRESS (street line, flat, unit, floor or building line, P.O. box and postcode, each marked separately),
`{E:...}` EMAIL_ADDRESS (role addresses too), `{T:...}` PHONE_NUMBER, `{I:...}` ID (national, tax and health
identifiers, cards, IBANs, account numbers, sort codes, passports, medical record and member numbers, licence and
plate numbers after a cue), `{B:...}` DATE_OF_BIRTH (only a date next to a birth cue), `{N:...}` IP_ADDRESS (IPv4
and IPv6) and `{C:...}` a town, city or district (neutral). Countries, regions, organisations, products, order
and ticket numbers and ordinary dates are not marked.
"""

from __future__ import annotations

from benchmarks.redact_data import Labelled
from benchmarks.redact_dev import parse_marked

RECORDS: list[tuple[str, str]] = [
    # --- support tickets ----------------------------------------------------------------------------------------
    ("support_ticket",
     "Ticket #48213 | Priority: normal | Channel: email\n"
     "Requester: {P:Siobhán Ní Bhriain} <{E:siobhan.nibhriain@eircom-mail.ie}>\n"
     "> hi, my router keeps dropping since the engineer came tuesday. can someone call me back on\n"
     "> {T:087 412 6630}, I'm home after 4. address is {A:14 Bóthar na Trá}, {C:Salthill}, {C:Galway} {A:H91 T2F8}\n"
     "Agent note (dk): line test ok, booked callback. Customer asked for {P:Siobhán} not voicemail."),
    ("support_ticket",
     "Von: {P:Matthias Brandstätter} <{E:m.brandstaetter@posteo-web.de}>\n"
     "Betreff: Lieferung nicht angekommen – Bestellung 2024-118834\n"
     "Guten Tag, das Paket sollte an {A:Lindwurmstraße 83}, {A:Rückgebäude 2. OG}, {A:80337} {C:München} gehen,\n"
     "wurde aber laut Tracking in {C:Sendling} bei einem Nachbarn abgegeben, den ich nicht kenne.\n"
     "Rückruf bitte unter {T:089 5127 4490} oder mobil {T:+49 171 839 2205}.\n"
     "MfG {P:M. Brandstätter}\n"
     "--\n"
     "[internal] 2nd level: Herr {P:Brandstätter} ist Stammkunde, Ersatz ohne Rücksendung freigegeben. /lw"),
    ("support_ticket",
     "#77120 login loop on mobile app\n"
     "user: {P:d.okonkwo} ({P:Daberechi Okonkwo}), acct email {E:daberechi.okonkwo@outlook.com}\n"
     "last good login from {N:102.89.44.17}, failing ones from {N:197.210.53.140}\n"
     "cust says she changed phone number to {T:+234 809 552 7713} last week and OTP goes to old one\n"
     "-> verified 2 security questions, updated MFA number, closed"),
    ("support_ticket",
     "Case 00918273 — Billing dispute\n"
     "Customer: {P:Tyrone Whitfield-Haynes}\n"
     "Service addr: {A:2281 Oakmont Ridge Dr}, {A:Apt 4B}, {C:Columbus}, OH {A:43229}\n"
     "Phone: {T:(614) 338-9021}   Alt: {T:614.772.1048}\n"
     "{P:Tyrone} says he was charged twice for the March plan. Refund of $64.99 issued. Told him 3-5 business days.\n"
     "Supervisor {P:Brenda Kaczmarski} approved the courtesy credit."),
    ("support_ticket",
     "Chamado 55102 - troca de endereço\n"
     "Cliente: Sra. {P:Luíza Carvalho Bragança}   CPF {I:453.331.478-33}\n"
     "Novo endereço: {A:Rua Desembargador Eliseu Guilherme, 412}, {A:apto 73}, {C:Paraíso}, {C:São Paulo} - SP, "
     "CEP {A:04004-030}\n"
     "Tel. {T:(11) 98734-2210}\n"
     "obs: cliente pediu que a entrega seja feita com a portaria, falar com o sr. {P:Edivaldo}"),
    ("support_ticket",
     "Ticket 3391 / Incidencia facturación\n"
     "Nombre: {P:Nerea Etxeberria Goikoetxea}\n"
     "DNI: {I:39174028Z}\n"
     "Dirección: {A:C/ Licenciado Poza 27, 3º izda}, {A:48011} {C:Bilbao}\n"
     "Móvil: {T:+34 688 214 907}\n"
     "La clienta indica que la factura de febrero le llegó a nombre de su ex pareja, {P:Iker Zubizarreta}.\n"
     "Corregido el titular; enviada copia a {E:nerea.etxeb@gmail.com}"),
    ("support_ticket",
     "SR-20931 Can't download invoice\n"
     "From: {P:Nguyen Thi Thu Hang} <{E:thuhang.nguyen88@yahoo.com.vn}>\n"
     "Customer name on account: {P:Nguyễn Thị Thu Hằng}\n"
     "Billing address: {A:Số 18 ngõ 45 phố Trần Quốc Hoàn}, {C:Dịch Vọng Hậu}, {C:Cầu Giấy}, {C:Hà Nội}\n"
     "Phone {T:0912 448 317}\n"
     "Chị {P:Hằng} says PDF opens blank in Safari; sent as attachment instead. resolved."),
    ("support_ticket",
     "Talep No: 60218\n"
     "Müşteri: {P:Gökçe Yıldırımoğlu}\n"
     "Adres: {A:Bağdat Cad. No:214 D:9}, {C:Caddebostan}, {A:34728} {C:Kadıköy}/{C:İstanbul}\n"
     "Tel: {T:0532 418 27 90}\n"
     "Not: {P:Gökçe} Hanım kurulum için hafta sonu randevu istiyor. Teknisyen {P:Serkan Öztürkmen} atandı."),
    ("support_ticket",
     "Re: [#118402] modem retour\n"
     "> Op 12 mrt schreef {P:Sanne van der Heijden} <{E:sanne.vdheijden@ziggo-mail.nl}>:\n"
     "> Ik heb het modem vrijdag teruggestuurd vanaf {A:Biltstraat 166-bis}, {A:3572 BJ} {C:Utrecht}.\n"
     "> Kunt u bevestigen dat het is aangekomen? Bel gerust {T:06-38174225}.\n"
     "Beste {P:Sanne},\n"
     "Het modem is ontvangen, de borg wordt binnen 5 werkdagen teruggestort.\n"
     "Met vriendelijke groet, {P:Joost}"),
    ("support_ticket",
     "INC0048812  KYC document rejected\n"
     "cust: {P:Venkatesh Raghunathan}, mob {T:+91 98451 27730}\n"
     "uploaded aadhaar {I:5224 8077 8235} but name on it reads {P:R. VENKATESH}, mismatch with PAN {I:BQRPR4417K}\n"
     "addr on file: {A:No. 41, 3rd Cross, 8th Main}, {C:Indiranagar}, {C:Bengaluru} {A:560038}\n"
     "asked him to upload the e-aadhaar with full name. pending cust."),
    ("support_ticket",
     "Zgłoszenie #2207 — reklamacja\n"
     "Klientka: {P:Agnieszka Wróblewska}, tel. {T:601 284 937}\n"
     "Adres dostawy: {A:ul. Dietla 64/12}, {A:31-042} {C:Kraków}\n"
     "Pani {P:Wróblewska} zgłasza uszkodzony ekspres, kurier zostawił paczkę w deszczu.\n"
     "Wysłano etykietę zwrotną na {E:a.wroblewska@wp.pl}."),
    ("support_ticket",
     "Ticket 9014 – account merge request\n"
     "Hi team, please merge my two accounts, old one is under {E:takahashi.ren@docomo-mail.jp}, new one\n"
     "{E:ren.t.1991@gmail.com}. Name: {P:TAKAHASHI Ren}.\n"
     "Shipping: 〒{A:153-0064} {C:東京都目黒区}{A:下目黒2丁目14-9} {A:サンハイツ302}\n"
     "tel {T:090-4417-2683}\n"
     "thanks, {P:Ren}\n"
     "-- agent: merged, loyalty points carried over (4,120)."),
    ("support_ticket",
     "Ticket #5530 [escalated]\n"
     "Requester: {P:Oksana Hrytsenko} — {E:oksana.hrytsenko@ukr.net}\n"
     "Caller reports that her late father's account ({P:Mykola Hrytsenko}) is still billed. Death certificate\n"
     "received. She wants final bill sent to {A:вул. Січових Стрільців, 37, кв. 8}, {C:Київ}, {A:04053}.\n"
     "Contact {T:+380 67 403 1189}. Bereavement team to handle, no collections."),
    # --- clinical notes -----------------------------------------------------------------------------------------
    ("clinical_note",
     "GP consultation 09:40\n"
     "Pt: Mrs {P:Oluwaseun Adebanjo-Cole}  DOB {B:14/03/1967}  NHS no. {I:149 375 4459}\n"
     "Addr: {A:27 Coldharbour Lane}, {C:Camberwell}, {C:London} {A:SE5 9NR}\n"
     "S/ 3/52 hx productive cough, no haemoptysis. ex-smoker. husband {P:Femi} present.\n"
     "O/ chest creps R base, sats 95% RA, T 37.9\n"
     "P/ amoxicillin 500mg tds 5/7, safety-netted, CXR if not better. mob {T:07911 482306}"),
    ("clinical_note",
     "HANDOVER – Ward 7B nights\n"
     "Bed 12  Mr {P:Pádraig Ó Súilleabháin}, 78, MRN {I:RH0488213}, DOB {B:02/11/1945}\n"
     "  #NOF R, post-op day 2. mobilised w/ frame x2. pain controlled.\n"
     "  NOK daughter {P:Caitríona} {T:086 771 2049} – wants call if any change\n"
     "Bed 14  Mrs {P:Dolores Fitzmaurice}, 91, MRN {I:RH0491730}\n"
     "  delirium improving, family bringing glasses tmrw"),
    ("clinical_note",
     "Arztbrief – Kurzbericht\n"
     "Pat.: {P:Kronberger-Weiß, Ursula}, geb. {B:02.09.1951}\n"
     "Fall-Nr. {I:2024008813}, Station 4 Innere\n"
     "Wohnhaft: {A:Gumpendorfer Straße 121/6}, {A:1060} {C:Wien}\n"
     "Diagnosen: NSTEMI, Diabetes mellitus Typ 2. Koronarangiographie am 14.5., Stent RIVA.\n"
     "Angehörige: Sohn {P:Florian Kronberger}, Tel. {T:+43 664 218 3057}\n"
     "gez. OA Dr. {P:Reinhilde Auer}"),
    ("clinical_note",
     "Triage ED 23:12\n"
     "Name: {P:Priya Ramaswamy-Iyer}   Age 34F   UHID {I:MH-2291-04417}\n"
     "c/o severe headache since 6pm, photophobia, no trauma. BP 148/92.\n"
     "Pt's brother {P:Karthik} brought her, contact {T:+91 94440 81273}\n"
     "Category 2. seen by Dr {P:Anand Sethuraman} 23:25, CT head requested."),
    ("clinical_note",
     "Outpatient – Dermatology\n"
     "Pt: {P:PARK Ji-hoon} ({P:박지훈})\n"
     "DOB {B:1989-06-27} | Hosp no. {I:SNU-77301842}\n"
     "2nd visit for plaque psoriasis elbows/knees. PASI 8.4 → 5.1 on topical.\n"
     "{P:Jihoon} asks about biologics – not yet indicated. f/u 3 months.\n"
     "contact {T:010-3852-4471}"),
    ("clinical_note",
     "physio note\n"
     "{P:Aoife} – L knee ACL recon wk 6. ROM 0-115. quads lag gone.\n"
     "started single leg press. pt keen to get back to camogie, told her not before month 9.\n"
     "next appt thurs 8am. her mum (Mrs {P:Deirdre Kinsella}) will drive her"),
    ("clinical_note",
     "Journalanteckning – vårdcentral\n"
     "Patient: {P:Linnéa Åkesson}, personnummer {I:870421-5386}\n"
     "Adress: {A:Kungsholmsgatan 38}, {A:112 27} {C:Stockholm}\n"
     "Sökorsak: trötthet, Hb 102. Planeras järnprover och ny kontroll om 4 veckor.\n"
     "Pat. nås på {T:070-482 19 36}. Ssk {P:Oskar Lindberg} tar prover."),
    ("clinical_note",
     "Compte rendu de consultation – gynécologie\n"
     "Patiente : Mme {P:Élodie Marchetti-Rousseau}, née le {B:17/04/1988}\n"
     "N° sécurité sociale : {I:2 88 04 33 063 417 20}\n"
     "Domicile : {A:12 rue Sainte-Catherine}, {A:33000} {C:Bordeaux}\n"
     "Motif : suivi grossesse 22 SA, échographie morphologique normale.\n"
     "Médecin traitant : Dr {P:Hervé Lemarchand}. Tél. patiente {T:06 47 82 19 33}"),
    ("clinical_note",
     "Clinic note – endocrinology, Dubai\n"
     "Patient: Mr {P:Saeed Khalfan Al-Mazrouei}, Emirates ID {I:784-1979-4821936-1}\n"
     "DOB {B:08/05/1979} | MRN {I:DHC-0031877}\n"
     "HbA1c 8.9, was 9.6. Counselled on Ramadan fasting plan. metformin continued.\n"
     "Wife {P:Mariam} attends with him; mob {T:+971 50 318 4472}"),
    ("clinical_note",
     "Session notes (counselling) – confidential\n"
     "Client: {P:Tomasz}. 5th session.\n"
     "Discussed conflict with his manager {P:Ray Pendleton} and sleep problems. Mood 4/10.\n"
     "Safety: denies SI. crisis line details given again.\n"
     "Client asked that we text, not call: {T:+44 7458 210993}"),
    ("clinical_note",
     "LUTH – surgical outpatients\n"
     "NAME: {P:NWACHUKWU-OBI, Chukwuemeka}   HOSP NO: {I:LUTH/18/20471}\n"
     "age 52, M. inguinal hernia R, reducible. listed for mesh repair.\n"
     "address {A:16 Adeniran Ogunsanya Street}, {C:Surulere}, {C:Lagos}\n"
     "phone {T:0803 417 2298}, next of kin {P:Ifeoma Nwachukwu-Obi} (wife)"),
    ("clinical_note",
     "OB ward — progress note\n"
     "Pt {P:Ma. Cristina Dela Rosa-Bautista}, G2P1, 38 wks, admitted for induction\n"
     "Med rec no. {I:SLMC-0092514}\n"
     "VS stable, FHT 142. husband {P:Jomar Bautista} in the waiting area, cp {T:0917 482 3306}\n"
     "Dr {P:Reyes} informed. will start oxytocin per protocol."),
    ("clinical_note",
     "Home visit – community nurse\n"
     "Pt: Mrs {P:Rukhsana Bibi Qureshi}, DOB {B:23.01.1949}, NHS {I:308 312 4082}\n"
     "Lives with son {P:Imran Qureshi} at {A:62 Heaton Road}, {C:Bradford} {A:BD8 8RA}\n"
     "leg ulcer L ankle, dressing changed, smaller than last wk. speaks Punjabi/Urdu, son interprets.\n"
     "Next visit Friday. son's number {T:07723 610448}"),
    # --- HR e-mail ----------------------------------------------------------------------------------------------
    ("hr_email",
     "From: {P:Lucía Benítez Ocampo} <{E:lucia.benitez@northwind-group.com}>\n"
     "To: {P:Rafael Quintero Aldana} <{E:rquintero.aldana@gmail.com}>\n"
     "CC: {E:talent.mx@northwind-group.com}\n"
     "Subject: Oferta de empleo – Analista Sr.\n"
     "Hola {P:Rafael}, adjunto la carta oferta. Fecha de inicio 3 de junio. Por favor confirma tu domicilio:\n"
     "{A:Av. Insurgentes Sur 1602, Int. 804}, Col. {C:Crédito Constructor}, {A:03940} {C:Ciudad de México}\n"
     "Saludos, {P:Lucía}"),
    ("hr_email",
     "From: {E:payroll-se@northwind-group.com}\n"
     "To: {P:Hannah Lindqvist} <{E:hannah.lindqvist@northwind-group.com}>\n"
     "Subject: Ändring av lönekonto bekräftad\n"
     "Hej {P:Hannah}! Vi har registrerat ditt nya konto {I:SE49 8652 5501 8263 3866 5344} från och med\n"
     "lönen i april. Personnummer på filen: {I:920907-2645}. Hör av dig om något inte stämmer.\n"
     "/Lönegruppen"),
    ("hr_email",
     "From: {P:Grace Whitmore} <{E:g.whitmore@harlow-logistics.co.uk}>\n"
     "To: HR Advisory\n"
     "Subject: sickness – {P:Kofi A.}\n"
     "Hi both, just to log that {P:Kofi Acheampong} rang in sick again today (3rd Monday this month).\n"
     "He mentioned a hospital appt for his back. I'd like an OH referral please. His mobile is\n"
     "{T:07842 993 015} if OH need it. thanks, {P:Grace}"),
    ("hr_email",
     "Subject: New joiner docs – {P:Aarav Malhotra} (start 01-Jul)\n"
     "Hi {P:Neha},\n"
     "Attaching scans for BGV. PAN {I:CXKPM8823D}, Aadhaar {I:7243 1725 4005}, DOB {B:19/10/1996}.\n"
     "Current address: {A:Flat 1204, Tower C, Palm Heights}, {A:Sector 54}, {C:Gurugram}, Haryana {A:122011}\n"
     "Emergency contact: {P:Sunita Malhotra} (mother) {T:98110 46327}\n"
     "Regards, {P:Rohit Bansal} | HR Ops"),
    ("hr_email",
     "Minutes – investigation meeting, 14 Feb\n"
     "Present: {P:Deborah Okafor} (HRBP), {P:Liam Gallagher-Byrne} (employee), {P:Sinéad Mac Aodha} (rep),\n"
     "{P:Jürgen Hollmann} (note taker)\n"
     "1. {P:DO} explained the allegation re timesheets on the {C:Swords} site.\n"
     "2. {P:Liam} said shifts were swapped informally with {P:Patrick Ó Dálaigh}.\n"
     "3. Rep asked for the gate logs. {P:JH} to request from security.\n"
     "Next meeting TBC."),
    ("hr_email",
     "From: Global Mobility <{E:mobility@northwind-group.com}>\n"
     "To: {P:Yui Nakamura}\n"
     "Subject: Your move to Amsterdam – BSN & housing\n"
     "Dear {P:Nakamura}-san, your BSN {I:224435206} has been issued. The temporary flat is at\n"
     "{A:Eerste Helmersstraat 74-II}, {A:1054 DK} {C:Amsterdam}; keys from the relocation agent {P:Marloes Bakker}\n"
     "({T:+31 20 794 3318}). Please bring your passport {I:TZ4830192} to the city hall appointment."),
    ("hr_email",
     "Re: reference request\n"
     "> Can you confirm dates of employment for {P:Mark Delaney}, DOB {B:05/08/1983}?\n"
     "Hi, yes – {P:Mark} worked with us as a warehouse supervisor from 2016 to 2022.\n"
     "We only confirm dates and job title per policy.\n"
     "{P:Penny Arkwright}, People Team, {T:01632 960 447}"),
    ("hr_email",
     "Von: Personalabteilung <{E:personal@kessler-maschinenbau.de}>\n"
     "An: {P:Jonas Pfeiffenberger}\n"
     "Betreff: Unterlagen Einstellung\n"
     "Hallo Herr {P:Pfeiffenberger}, für die Lohnabrechnung fehlt noch Ihre Steuer-ID. Die von Ihnen genannte\n"
     "{I:26708695410} konnten wir bestätigen. Bitte senden Sie uns noch die Bankverbindung (IBAN) und Ihre\n"
     "neue Anschrift, falls Sie schon umgezogen sind. Viele Grüße, {P:Katrin Ehlers}"),
    ("hr_email",
     "From: {P:Ewa Dąbrowska-Nowak} <{E:ewa.dabrowska.nowak@onet.pl}>\n"
     "To: {E:hr.pl@northwind-group.com}\n"
     "Subject: świadectwo pracy / adres do korespondencji\n"
     "Dzień dobry, proszę wysłać świadectwo pracy na adres {A:ul. Legnicka 51 m. 19}, {A:53-674} {C:Wrocław}.\n"
     "Mój PESEL: {I:89061403728}, data urodzenia {B:14.06.1989}.\n"
     "Pozdrawiam, {P:Ewa}"),
    ("hr_email",
     "Subject: visa letter – {P:Olumide Fashola-Bankole}\n"
     "To: {E:immigration@lex-partners.co.uk}\n"
     "Hello, please prepare the sponsor letter. Passport {I:A09182736} (Nigeria), born {B:30 Sep 1990}.\n"
     "He currently lives at {A:Flat 3}, {A:88 Wilmslow Road}, {C:Manchester} {A:M14 5TQ}.\n"
     "Line manager: {P:Hope Nkemelu}. Thanks, {P:Will}"),
    ("hr_email",
     "From: {E:benefits@northwind-group.com}\n"
     "To: {P:Ngozi Eze-Williams}\n"
     "Subject: Dependant added to medical plan\n"
     "Dear {P:Ngozi}, we have added your son {P:Chidera Williams} (date of birth {B:2019-02-11}) to your plan.\n"
     "Member number {I:NWG-448102-02}. Cards will be posted to your home address within 10 days."),
    ("hr_email",
     "Da: {P:Serena Gallo} <{E:serena.gallo@studiogallo.it}>\n"
     "A: {E:ufficio.personale@northwind-group.com}\n"
     "Oggetto: dati per assunzione\n"
     "Buongiorno, vi invio i miei dati: codice fiscale {I:GLLSRN90M63F205O}, nata a {C:Milano} il {B:23/08/1990},\n"
     "residente in {A:Via Savona 97}, {A:20144} {C:Milano}. Cell. {T:+39 347 218 4490}.\n"
     "Cordiali saluti, {P:Serena Gallo}"),
    ("hr_email",
     "Subject: Promotion recommendation – {P:Trần Minh Khoa}\n"
     "From: {P:Charlotte Beaumont-Reyes}\n"
     "To: Talent Review Panel\n"
     "I'd like to put forward {P:Khoa} (Data Eng, HCMC office) for Senior. He led the migration with\n"
     "{P:Hiroshi Tanabe}'s team and mentored two grads. {P:Khoa}'s manager {P:Đỗ Thu Trang} agrees.\n"
     "– {P:Charlotte}"),
    # --- chat logs ----------------------------------------------------------------------------------------------
    ("chat_log",
     "[09:14] {P:jess.oconnell}: morning! anyone got the wifi pw for the {C:Leeds} office\n"
     "[09:15] {P:raj_patel}: its on the board by the kitchen\n"
     "[09:15] {P:jess.oconnell}: ta. also is {P:Bill} in today? need him to sign off the PO\n"
     "[09:17] {P:raj_patel}: {P:bill}'s wfh, ping him or call {T:07700 914 226}\n"
     "[09:18] {P:jess.oconnell}: 👍"),
    ("chat_log",
     "WhatsApp – Familia 🏡\n"
     "[12/03 20:41] Mamá: {P:Valentina} mañana pasas por mí? la cita es a las 10 en la clínica\n"
     "[12/03 20:44] {P:Valentina Rojas}: sí ma, a las 9:15 estoy\n"
     "[12/03 20:45] Mamá: la nueva dirección es {A:Carrera 43A #18-95}, {C:El Poblado}, {C:Medellín}\n"
     "[12/03 20:47] Tío {P:Andrés}: yo la recojo de regreso\n"
     "[12/03 20:47] {P:Valentina Rojas}: gracias tío ❤️"),
    ("chat_log",
     "#ops-oncall (Slack)\n"
     "{P:mehmet.aksoy} 02:11 paging @{P:sofia.lindgren} – db replica lag 900s\n"
     "{P:sofia.lindgren} 02:13 on it\n"
     "{P:sofia.lindgren} 02:20 replica on {N:10.40.12.7} stuck on a long txn, killed it\n"
     "{P:mehmet.aksoy} 02:21 ty {P:Sofia} 🙏 going back to bed\n"
     "{P:sofia.lindgren} 02:22 postmortem tmrw, cc {P:Arjun}"),
    ("chat_log",
     "SMS thread\n"
     "{T:+44 7733 508 912}: Hi its {P:Dawn} from the estate agents, viewing for {A:19 Gladstone Terrace} "
     "moved to 4pm, ok?\n"
     "Me: yes fine. is the landlord Mr {P:Holloway} going to be there?\n"
     "{T:+44 7733 508 912}: no just me. see you then! {P:Dawn}"),
    ("chat_log",
     "Telegram — Ремонт квартиры\n"
     "{P:Алексей Воронцов}: {P:Наталья}, мастер придёт в субботу к 11\n"
     "{P:Наталья Воронцова}: хорошо. адрес скажи ему точно: {A:ул. Профсоюзная, д. 93, кв. 214}, подъезд 3\n"
     "{P:Алексей Воронцов}: скинул. его зовут {P:Рустам}, тел {T:+7 916 482-17-33}\n"
     "{P:Наталья Воронцова}: ок 👌"),
    ("chat_log",
     "Teams chat – {P:Fatima Zahra Benali}, {P:Lukas Steiner}\n"
     "{P:Fatima Zahra Benali} 10:02: {P:Lukas}, tu peux m'envoyer le contact du client à {C:Casablanca}?\n"
     "{P:Lukas Steiner} 10:05: klar – {P:Youssef El Idrissi}, {E:y.elidrissi@atlas-froid.ma}, {T:+212 661-448203}\n"
     "{P:Fatima Zahra Benali} 10:05: merci!!\n"
     "{P:Lukas Steiner} 10:06: he prefers french, and dont call before 10 their time"),
    ("chat_log",
     "Discord #general\n"
     "{P:kenji_mori}: who's hosting the lan this time\n"
     "{P:ada_nwosu}: me. {A:41 Crescent Road}, {C:Reading} {A:RG1 5RX}, bring ur own chair lol\n"
     "{P:kenji_mori}: can {P:faith} come too?\n"
     "{P:ada_nwosu}: ofc. tell her its the blue door"),
    ("chat_log",
     "[Zalo] Nhóm lớp 12A1\n"
     "{P:Phạm Quốc Bảo}: ai có số cô {P:Lan} không, mình cần xin giấy xác nhận\n"
     "{P:Lê Ngọc Hân}: {T:0983 217 540} nha\n"
     "{P:Phạm Quốc Bảo}: cảm ơn {P:Hân} 🙏\n"
     "{P:Lê Ngọc Hân}: nhớ gọi giờ hành chính nha {P:Bảo}"),
    ("chat_log",
     "<{P:farid_h}> anyone know a good accountant in {C:Toronto}?\n"
     "<{P:nkechi}> {P:Parisa} at my office, {E:parisa.tehrani@tehraniacct.ca}\n"
     "<{P:farid_h}> does she do corporate returns\n"
     "<{P:nkechi}> yes and personal. her desk line is {T:416-555-0183} ext 2\n"
     "<{P:farid_h}> thanks!"),
    ("chat_log",
     "Live chat transcript #88120\n"
     "Bot: Hi! What's your name?\n"
     "Visitor: {P:amelia wright}\n"
     "Bot: Thanks {P:Amelia}. What's the email on the order?\n"
     "Visitor: {E:millie.wright94@icloud.com}\n"
     "Agent ({P:Sunny}): Hi {P:Amelia}, I can see the parcel is at the depot in {C:Parramatta}. Your address\n"
     "shows {A:Unit 6}, {A:22 Harris Street}, {C:Harris Park} NSW {A:2150} – is that right?\n"
     "Visitor: yep thats me"),
    ("chat_log",
     "WhatsApp\n"
     "Baba: {P:Kamal} beta, send me your new account number, I'll transfer the fees\n"
     "{P:Kamal Hossain}: Abbu it's Dutch-Bangla, acc {I:1121 0500 8834 19}\n"
     "Baba: ok. call your mother, she is worried\n"
     "{P:Kamal Hossain}: will do tonight"),
    ("chat_log",
     "Slack DM\n"
     "{P:wanjiru.k}: hey {P:Tesfaye}, the visa office needs your passport scan again, the last one was blurry\n"
     "{P:tesfaye.g}: ugh ok. number is {I:EP4418230} if they just need that\n"
     "{P:wanjiru.k}: they want the scan 😅 send it to {E:travel.desk@kilimo-tech.co.ke}\n"
     "{P:tesfaye.g}: done"),
    ("chat_log",
     "Line – 家族\n"
     "媽媽: {P:小明}你下週回來嗎\n"
     "{P:林志明}: 回來，週五晚上的高鐵\n"
     "媽媽: 好，記得幫阿嬤帶藥，地址是{C:台中市}{A:西屯區文華路128號5樓}\n"
     "{P:林志明}: 知道了"),
    # --- ops logs -----------------------------------------------------------------------------------------------
    ("ops_log",
     "Mar 11 03:12:44 bastion-02 sshd[21877]: Failed password for {P:hkowalczyk} from {N:185.220.101.47} "
     "port 51622 ssh2\n"
     "Mar 11 03:12:49 bastion-02 sshd[21877]: Failed password for {P:hkowalczyk} from {N:185.220.101.47} "
     "port 51622 ssh2\n"
     "Mar 11 03:13:02 bastion-02 sshd[21880]: Invalid user admin from {N:185.220.101.47} port 51640\n"
     "Mar 11 07:58:10 bastion-02 sshd[22904]: Accepted publickey for {P:hkowalczyk} from "
     "{N:83.27.148.203} port 40112 ssh2"),
    ("ops_log",
     "2024-05-02T14:22:07Z INFO  auth.login ok user={E:marie-claire.dubois@lumenbank.fr} ip={N:90.84.17.226} mfa=totp\n"
     "2024-05-02T14:22:51Z WARN  profile.update field=phone old={T:+33 6 12 40 87 55} new={T:+33 7 68 21 09 44} "
     "user={E:marie-claire.dubois@lumenbank.fr}\n"
     "2024-05-02T14:23:03Z INFO  notify.sms sent to={T:+33 6 12 40 87 55} template=phone_changed"),
    ("ops_log",
     "May 14 09:01:33 fs01 sudo:   {P:abhattacharya} : TTY=pts/3 ; PWD=/home/{P:abhattacharya} ; USER=root ; "
     "COMMAND=/usr/bin/systemctl restart smbd\n"
     "May 14 09:04:10 fs01 sudo:   {P:mkarlsson} : user NOT in sudoers ; TTY=pts/1 ; PWD=/srv/share ; USER=root ; "
     "COMMAND=/bin/chown\n"
     "May 14 09:04:11 fs01 sudo: pam_unix(sudo:auth): authentication failure; logname={P:mkarlsson} uid=1043"),
    ("ops_log",
     "{N:203.0.113.58} - {P:c.mendoza} [21/Apr/2024:10:14:22 +0000] \"GET /portal/payslips/2024-03.pdf "
     "HTTP/1.1\" 200 48213\n"
     "{N:203.0.113.58} - {P:c.mendoza} [21/Apr/2024:10:14:40 +0000] \"GET /portal/profile HTTP/1.1\" 200 9021\n"
     "{N:198.51.100.23} - - [21/Apr/2024:10:15:02 +0000] \"GET /wp-login.php HTTP/1.1\" 404 162\n"
     "{N:2a02:8108:1c0:4e00:9d3:5f1a:e2b0:77c4} - {P:jbauer} [21/Apr/2024:10:16:55 +0000] \"POST "
     "/portal/login HTTP/2\" 302 0"),
    ("ops_log",
     "Jun  3 22:41:17 mx1 postfix/smtpd[9120]: NOQUEUE: reject: RCPT from unknown[{N:45.141.84.19}]: 554 5.7.1 "
     "<{E:zeynep.arslan@baltic-shipping.eu}>: Relay access denied\n"
     "Jun  3 22:41:20 mx1 postfix/qmgr[881]: 4F2A11C03: from=<{E:kwame.ofori-atta@baltic-shipping.eu}>, size=20488\n"
     "Jun  3 22:41:21 mx1 postfix/smtp[9125]: 4F2A11C03: to=<{E:l.moreau@cabinet-moreau.be}>, status=sent (250 OK)"),
    ("ops_log",
     "EventID 4625 An account failed to log on.\n"
     "  Account Name:      {P:svetlana.orlova}\n"
     "  Account Domain:    CORP\n"
     "  Workstation Name:  WS-FIN-014\n"
     "  Source Network Address: {N:10.12.8.144}\n"
     "  Failure Reason:    Unknown user name or bad password.\n"
     "EventID 4740 A user account was locked out. Target: {P:svetlana.orlova}  Caller: DC02"),
    ("ops_log",
     "dhcpd: DHCPACK on {N:192.168.20.57} to 3c:22:fb:91:0e:4a (iPhone-de-{P:Ines}) via eth1\n"
     "dhcpd: DHCPACK on {N:192.168.20.61} to a4:83:e7:12:5c:d0 (Galaxy-S23-{P:Tariq}) via eth1\n"
     "dhcpd: DHCPACK on {N:192.168.20.64} to 00:1b:63:84:45:e6 (printer-3rdfloor) via eth1\n"
     "dhcpd: DHCPREQUEST for {N:192.168.20.70} from 8c:85:90:2a:31:fe (MacBook-Pro-{P:Sigrid}) via eth1"),
    ("ops_log",
     "[vpn] 2024-02-19 08:02:11 session start user={P:nikolaj.holm} src={N:87.61.204.18} assigned={N:172.16.44.9}\n"
     "[vpn] 2024-02-19 08:02:11 geo: {C:Aarhus}, DK\n"
     "[vpn] 2024-02-19 11:47:50 session start user={P:nikolaj.holm} src={N:103.252.118.6} assigned={N:172.16.44.31}\n"
     "[vpn] 2024-02-19 11:47:50 geo: {C:Ho Chi Minh City}, VN  !! impossible travel flagged\n"
     "[vpn] 2024-02-19 11:48:02 session killed by soc_analyst={P:ppereira}"),
    ("ops_log",
     "level=error ts=2024-07-08T05:31:12Z caller=signup.go:212 msg=\"duplicate account\" "
     "email={E:ayesha.siddiqui.92@gmail.com}\n"
     "level=info ts=2024-07-08T05:31:12Z caller=signup.go:230 msg=\"kyc queued\" name=\"{P:Ayesha Siddiqui}\" "
     "phone={T:+92 300 845 1276}\n"
     "level=info ts=2024-07-08T05:31:14Z caller=kyc.go:88 msg=\"document received\" doc=CNIC "
     "number={I:42101-7730418-2}"),
    ("ops_log",
     "fw01 DROP IN=wan OUT= SRC={N:91.240.118.172} DST={N:81.2.69.160} PROTO=TCP SPT=50412 DPT=3389\n"
     "fw01 DROP IN=wan OUT= SRC={N:91.240.118.172} DST={N:81.2.69.160} PROTO=TCP SPT=50418 DPT=3389\n"
     "fw01 ACCEPT IN=lan OUT=wan SRC={N:10.0.5.23} DST={N:142.250.186.78} PROTO=UDP SPT=53211 DPT=443\n"
     "fw01 note: {N:10.0.5.23} = laptop of {P:Enrique Salcedo} (asset HR-LT-0931)"),
    ("ops_log",
     "2024-09-12 16:04:55,118 ERROR [payments-worker-3] CardTokenizer - tokenization failed for customer_id=88123\n"
     "  holder=\"{P:KIM SEO-YEON}\" pan={I:5301 4481 0379 8001} exp=09/27\n"
     "  cause: PAN logged in clear - ticket SEC-4410 raised, log rotated\n"
     "2024-09-12 16:04:55,120 WARN  [payments-worker-3] retry 1/3 for customer_id=88123"),
    ("ops_log",
     "Audit trail – CRM export\n"
     "2024-03-04 11:20 export.contacts by={P:o.adeyemi} rows=4211 dest=s3://crm-exports/q1/\n"
     "2024-03-04 11:21 download by={P:o.adeyemi} from={N:41.58.203.11}\n"
     "2024-03-04 11:35 permission.grant by=admin target={P:b.schaefer} role=crm_export\n"
     "2024-03-04 11:36 export.contacts by={P:b.schaefer} rows=12 dest=local"),
    ("ops_log",
     "kubectl logs api-7f9c8d-x2l4q | grep -i pii\n"
     "W0611 13:02:44 handler.go:77] request body logged: name={P:Giorgos Papadakis} dob={B:1975-12-03}\n"
     "W0611 13:02:44 handler.go:78] request body logged: addr={A:Odos Ermou 44}, {A:105 63} {C:Athens}\n"
     "W0611 13:02:45 handler.go:80] client ip {N:2001:db8:4a1::1f3}"),
    # --- CSV / TSV rows -----------------------------------------------------------------------------------------
    ("csv_rows",
     "employee_id,last_name,first_name,dob,ni_number,postcode\n"
     "E10422,{P:Hargreaves},{P:Eleanor},{B:1984-07-19},{I:JT 48 21 93 C},{A:LS6 2QT}\n"
     "E10431,{P:Mensah},{P:Kwaku},{B:1991-01-05},{I:PX 20 77 41 A},{A:M16 7RH}\n"
     "E10437,{P:O'Rourke},{P:Ciarán},{B:1979-11-30},{I:NR 66 03 18 D},{A:BT9 5EJ}"),
    ("csv_rows",
     "name;email;telefon;stadt\n"
     "{P:Lea Hürlimann};{E:lea.huerlimann@bluewin.ch};{T:+41 79 318 22 46};{C:Zürich}\n"
     "{P:Dominik Egger};{E:d.egger@gmx.at};{T:+43 676 4412 908};{C:Graz}\n"
     "{P:Annika Thielemann};{E:annika.thielemann@web.de};{T:0152 2871 4403};{C:Leipzig}"),
    ("csv_rows",
     "customer\tcard_number\texpiry\tbilling_zip\n"
     "{P:DESAI, Kavita}\t{I:4925 4632 6654 6005}\t11/26\t{A:07302}\n"
     "{P:OKONJO, Emeka}\t{I:3705 708379 58549}\t03/25\t{A:30318}\n"
     "{P:HOLLOWAY, June}\t{I:6011 3017 9095 3794}\t08/27\t{A:98103}"),
    ("csv_rows",
     "| paciente | CPF | nascimento | cidade |\n"
     "|---|---|---|---|\n"
     "| {P:João Pedro Albuquerque Neto} | {I:176.804.560-70} | {B:09/03/1958} | {C:Recife} |\n"
     "| {P:Maria das Graças Teixeira} | {I:932.880.407-86} | {B:27/12/1963} | {C:Belo Horizonte} |"),
    ("csv_rows",
     "id|nom|prenom|adresse|cp|ville|tel\n"
     "301|{P:Lambert}|{P:Noémie}|{A:8 avenue des Tilleuls}|{A:1180}|{C:Uccle}|{T:+32 475 21 60 38}\n"
     "302|{P:Van Damme}|{P:Pieter}|{A:Korenmarkt 21 bus 3}|{A:9000}|{C:Gent}|{T:0486 73 19 02}\n"
     "303|{P:Haddad}|{P:Rami}|{A:12 rue de Namur}|{A:5000}|{C:Namur}|{T:+32 81 22 40 17}"),
    ("csv_rows",
     "member_no,full_name,joined,phone\n"
     "{I:MBR-0041827},{P:Hamid Rezaei},2019-04-02,{T:+98 912 344 8210}\n"
     "{I:MBR-0041830},{P:Shirin Kazemi-Farahani},2019-04-03,{T:0912 770 1593}\n"
     "{I:MBR-0041902},{P:Darius Mohammadi},2019-05-17,{T:+49 1578 3302 611}"),

    ("csv_rows",
     "pesel,nazwisko,imie,data_ur,miasto\n"
     "{I:76120305570},{P:Nowakowski},{P:Zbigniew},{B:1976-12-03},{C:Łódź}\n"
     "{I:03221809164},{P:Kučerová},{P:Tereza},{B:2003-02-18},{C:Poznań}"),
    ("csv_rows",
     "Ticket,Reporter,Reporter email,Assignee\n"
     "HR-2201,{P:Chen Yuxuan},{E:yuxuan.chen@northwind-group.com},{P:Zoltan Farkas}\n"
     "HR-2202,{P:Ólafur Sigurðsson},{E:olafur.sig@northwind-group.com},{P:Zoltan Farkas}\n"
     "HR-2203,{P:Rose McAllister},{E:rose.mcallister@northwind-group.com},{P:Iris Vanterpool}"),
    ("csv_rows",
     "shipment_id,consignee,street,house_no,zip,city,phone\n"
     "SHP88120,{P:Hoàng Văn Đức},{A:Hauptstraße},{A:17},{A:65760},{C:Eschborn},{T:06196 774 201}\n"
     "SHP88121,{P:Beatriz Souto Lameiras},{A:Rua de Cedofeita},{A:311},{A:4050-180},{C:Porto},{T:+351 912 448 730}"),
    ("csv_rows",
     "\"Name\",\"Passport No\",\"Nationality\",\"DOB\"\n"
     "\"{P:AL-HASHIMI, Layla}\",\"{I:K7720418}\",\"Jordan\",\"{B:14 FEB 1987}\"\n"
     "\"{P:MWANGI, Brian Kiprotich}\",\"{I:AK0319275}\",\"Kenya\",\"{B:02 AUG 1995}\"\n"
     "\"{P:TANAKA, Haruka}\",\"{I:TR8841027}\",\"Japan\",\"{B:21 MAY 1992}\""),
    ("csv_rows",
     "acct_holder,iban,bic,amount_eur\n"
     "{P:Frieda Wendland},{I:DE30 0661 3916 1493 0241 71},GENODEF1DRS,49.90\n"
     "{P:Thijs Hoekstra},{I:NL81 ABNA 4810 0691 49},ABNANL2A,49.90\n"
     "{P:Aurélien Castaing},{I:FR38 2133 5299 03E8 7986 6847 276},CCBPFRPPMTG,89.00"),
    ("csv_rows",
     "username,display_name,last_login_ip,role\n"
     "{P:sraghavan},{P:Sowmya Raghavan},{N:49.207.52.113},editor\n"
     "{P:tbergstrom},{P:Tove Bergström},{N:78.69.142.250},admin\n"
     "svc-backup,Backup Service,{N:10.2.0.14},system"),
    ("csv_rows",
     "patient_name,mrn,ward,consultant\n"
     "{P:Abimbola Adeyinka},{I:00482217},Ward 3,Dr {P:Haslam}\n"
     "{P:Gerald Pocklington},{I:00482230},Ward 3,Dr {P:Haslam}\n"
     "{P:Sun-hee Cho},{I:00482251},AMU,Dr {P:Iqbal}"),
    # --- postal blocks ------------------------------------------------------------------------------------------
    ("postal_block",
     "Ms {P:Harriet Quennell-Shaw}\n"
     "{A:The Old Forge}\n"
     "{A:3 Mill Lane}\n"
     "{C:Little Wenham}\n"
     "{C:Colchester}\n"
     "{A:CO7 6PX}"),
    ("postal_block",
     "{P:Cormac Mac Giolla Phádraig}\n"
     "{A:Apt 22, Grand Canal Wharf}\n"
     "{A:South Dock Road}\n"
     "{C:Ringsend}, {C:Dublin 4}\n"
     "{A:D04 K7F2}"),
    ("postal_block",
     "SHIP TO:\n"
     "{P:DeShawn Mitchell-Pryor}\n"
     "{A:4417 N Wolcott Ave}\n"
     "{A:Unit 3R}\n"
     "{C:Chicago} IL {A:60640-2213}\n"
     "{T:(773) 290-4418}"),
    ("postal_block",
     "Frau\n"
     "Dr. {P:Henrike von Eschenbach}\n"
     "c/o Kanzlei Brunner & Partner\n"
     "{A:Theresienstraße 7}\n"
     "{A:80333} {C:München}"),
    ("postal_block",
     "M. et Mme {P:Bertrand Delacroix-Fontaine}\n"
     "{A:Résidence Les Glycines, Bât. B}\n"
     "{A:45 boulevard de la Croix-Rousse}\n"
     "{A:69004} {C:Lyon}"),
    ("postal_block",
     "Sr. D. {P:Álvaro Montesinos de la Vega}\n"
     "{A:Calle de Hortaleza, 58, 2º B}\n"
     "{A:28004} {C:Madrid}\n"
     "NIE titular: {I:Y2085147G}"),
    ("postal_block",
     "Gentile Sig.ra {P:Benedetta Lo Cascio}\n"
     "{A:Via Roma 204}\n"
     "{A:90133} {C:Palermo} (PA)"),
    ("postal_block",
     "Fam. {P:de Groot-Jansen}\n"
     "{A:Dorpsstraat 12A}\n"
     "{A:1851 AK} {C:Heiloo}"),
    ("postal_block",
     "Sz. P. {P:Wojciech Kamiński}\n"
     "{A:os. Piastów 21/84}\n"
     "{A:31-624} {C:Kraków}\n"
     "tel. {T:+48 12 644 19 03}"),
    ("postal_block",
     "Mr. {P:Ignatius Kiplagat Rotich}\n"
     "{A:P.O. Box 40211-00100}\n"
     "{C:Nairobi}\n"
     "Kenya\n"
     "Mob: {T:0722 418 339}"),
    ("postal_block",
     "To: {P:Shreya Bhattacharjee}\n"
     "{A:Flat 5B, Swastik Apartments}\n"
     "{A:27/1 Ballygunge Circular Road}\n"
     "{C:Kolkata} – {A:700019}\n"
     "West Bengal, India\n"
     "Ph: {T:+91 33 2461 8820}"),
    ("postal_block",
     "〒{A:530-0012}\n"
     "{C:大阪府大阪市北区}{A:芝田1丁目6-8}\n"
     "{A:梅田グリーンハイツ1105号}\n"
     "{P:山口 美咲} 様"),
    ("postal_block",
     "{P:Björn Ekström}\n"
     "{A:Storgatan 14 B lgh 1203}\n"
     "{A:903 26} {C:Umeå}\n"
     "SWEDEN"),
    ("postal_block",
     "Sender: {P:Ahmad Fawzi Haddad}\n"
     "{A:Villa 17, Street 28}\n"
     "{C:Al Barsha 2}, {C:Dubai}\n"
     "{A:P.O. Box 118322}\n"
     "UAE  {T:+971 4 399 1207}"),
    # --- bank notes ---------------------------------------------------------------------------------------------
    ("bank_note",
     "KYC refresh – retail\n"
     "Customer: {P:Nasrin Chowdhury}  DOB {B:12/05/1981}\n"
     "Acc no {I:40311876}  sort code {I:20-45-77}\n"
     "Proof of address: council tax bill, {A:118 Green Street}, {C:Forest Gate}, {C:London} {A:E7 8JF}\n"
     "NI number {I:SK 37 40 12 B} confirmed against HMRC letter. Risk: low. – {P:Tom Birtwistle}"),
    ("bank_note",
     "Fraud call 14:20 – inbound\n"
     "Caller claimed to be Mr {P:Harold Pennington} (acct {I:77120493}) but failed DOB check (gave 1951, "
     "file says {B:03/04/1948}).\n"
     "Asked to move £9,800 to a 'safe account' – classic APP script.\n"
     "Genuine customer reached on his landline {T:01223 847 190}: he knows nothing, his card {I:4442 0772 7211 9732}\n"
     "now blocked, new card ordered to {A:9 Hills Avenue}, {C:Cambridge} {A:CB1 7XA}."),
    ("bank_note",
     "Hipoteca – nota del gestor\n"
     "Titulares: {P:Javier Olmedo Sanz} (DNI {I:52860731S}) y {P:Marta Ibarra Lucena} (DNI {I:71403296A})\n"
     "Inmueble: {A:Avda. de la Constitución 19, 4º C}, {A:41001} {C:Sevilla}\n"
     "Cuenta de cargo: {I:ES46 7874 6247 2871 0121 8929}\n"
     "Pendiente tasación. Contacto {P:Marta}: {T:654 902 318}"),
    ("bank_note",
     "AML alert 88213 – structured cash deposits\n"
     "Subject: {P:Reza Jafari-Nejad}, DOB {B:21/09/1976}, passport {I:X84021937}\n"
     "Acct {I:DE95 9874 3220 1750 3675 59}, 11 deposits of €9,500 at branches in {C:Frankfurt} and {C:Offenbach}\n"
     "Linked party: {P:Leyla Jafari} (spouse), acct {I:DE44 5001 0517 5407 3249 31}\n"
     "Escalated to MLRO {P:Annette Vogelsang}."),
    ("bank_note",
     "Wire recall request\n"
     "Originator: {P:Chiamaka Obiora-Lewis}, acct {I:GB82 NWBK 2702 4669 1582 02}\n"
     "Sent USD 12,400 to beneficiary '{P:Alex Kwan}', HK acct {I:012-875-4-003921-7} – customer now says "
     "invoice was fake\n"
     "(supplier e-mail spoofed: {E:accounts@kwan-trading-ltd.com} vs real {E:accounts@kwantrading.com.hk}).\n"
     "Recall sent via SWIFT gpi. Customer mob {T:+44 7984 330 127}"),
    ("bank_note",
     "Abertura de conta – agência 0412\n"
     "Cliente: {P:Thiago Moura Rezende}, CPF {I:690.842.498-79}\n"
     "Nascido em {B:04/11/1993}, {C:Campinas}/SP\n"
     "Endereço: {A:Av. Norte-Sul, 1180}, {A:bloco 2 apto 34}, {C:Cambuí}, CEP {A:13025-320}\n"
     "Renda comprovada via holerite. Gerente: {P:Cláudia Nogueira}"),
    ("bank_note",
     "Call note – card dispute\n"
     "cust {P:Svenja Albrecht} called re 3 txns at 'FASTPAY*GAMES' she doesnt recognise.\n"
     "Card {I:5524 6470 5671 9481} cancelled, chargeback raised. she asked to send letters to her new address\n"
     "{A:Elbchaussee 302}, {A:22609} {C:Hamburg} – updated. tel {T:040 822 19 304}"),
    ("bank_note",
     "Premier relationship review\n"
     "Client: {P:Rajesh Venugopal Nair} & {P:Lakshmi Nair}\n"
     "Joint acct {I:IE07 AIBK 8265 0735 7796 22}\n"
     "{P:Rajesh} wants to open an NRE account for remittances to {C:Kochi}; needs PAN {I:ARHPN7741F}\n"
     "and passport ({I:Z3318420}). Meeting booked for 2 May, RM {P:Conor Flynn}."),
    ("bank_note",
     "Sanctions screening – false positive cleared\n"
     "Payee name: {P:Mohammed Al-Amin bin Yusof}, DOB {B:1968-07-15}\n"
     "Hit: partial match on list entry (different DOB and nationality).\n"
     "Beneficiary acct {I:SA20 2954 1526 4275 2445 6084}. Cleared by {P:Sabine Roux}, 2nd check {P:Yusuf Demirci}."),
    ("bank_note",
     "Deceased estate\n"
     "Account holder {P:Elsie Margaret Thwaite} (d. 2 Jan), born {B:19 June 1931}\n"
     "Acc {I:30144582}, s/c {I:40-12-09}\n"
     "Executor: her nephew {P:Graham Thwaite}, {A:7 Beck Side}, {C:Kendal} {A:LA9 4PD}, {T:01539 720 488}\n"
     "Bereavement pack sent."),
    ("bank_note",
     "Notatka – wniosek kredytowy\n"
     "Wnioskodawca: {P:Paweł Grabowski-Lis}, PESEL {I:84050703571}, ur. {B:07.05.1984}\n"
     "Współwnioskodawczyni: żona {P:Ewa Grabowska-Lis}, PESEL {I:91102204489}, ur. {B:22.10.1991}\n"
     "Adres: {A:ul. Grochowska 227 m. 15}, {A:04-077} {C:Warszawa}\n"
     "Brak zaświadczenia o zarobkach {P:Ewy}. Do wyjaśnienia przez doradcę {P:Marek Sowa}, tel. {T:+48 22 509 41 77}"),
    ("bank_note",
     "Business account onboarding\n"
     "Director: {P:Aylin Kaya Schneider}, DOB {B:09.03.1985}, Steuer-ID {I:92106837525}\n"
     "Company: Kaya Feinkost GmbH, {A:Sonnenallee 148}, {A:12059} {C:Berlin}\n"
     "Director's mobile {T:+49 176 3348 1902}, e-mail {E:aylin@kaya-feinkost.de}\n"
     "IBAN for fees: {I:DE79 1005 0000 0190 3844 12}"),
    ("bank_note",
     "Branch visit – cash withdrawal concern\n"
     "Elderly cust Mrs {P:Wong Siu-ling} wanted to withdraw HK$80,000 in cash, accompanied by a man who\n"
     "said he was her grandson '{P:Kevin}'. She became confused when asked. Teller {P:Rosalind Tse} paused txn\n"
     "and called her daughter {P:Wong Mei-ki} on {T:9472 1836}. Daughter confirmed no grandson called {P:Kevin}."),
    # --- CRM notes ----------------------------------------------------------------------------------------------
    ("crm_note",
     "Account: Brightwater Dental (3 sites)\n"
     "Contact: Dr {P:Imogen Faulkner-Reid}, practice owner – {E:imogen@brightwaterdental.co.uk}, {T:0117 496 0218}\n"
     "Call 12/04: happy with pilot, wants quote for all 3 sites. Decision with her partner {P:Sam Oyelaran}.\n"
     "Next: send proposal by Fri. – {P:JW}"),
    ("crm_note",
     "Lead: {P:Hyun-woo Baek} (CTO, Seoul startup)\n"
     "met at booth, interested in on-prem version. card: {E:hw.baek@dalbit-labs.kr}, {T:+82 10-7734-2089}\n"
     "office: {C:서울특별시} {C:강남구} {A:테헤란로 427}, {A:06159}\n"
     "follow up in Korean via {P:Ji-yeon} from APAC team"),
    ("crm_note",
     "Opp #OPP-22814 – renewal at risk\n"
     "{P:Francesca Moretti} (procurement) says budget cut 20%. champion {P:Luca} left the company.\n"
     "New stakeholder: Dott. {P:Alessandro Ferri}? – actually title is Ing., name {P:Alessandro Ferri}, "
     "{T:02 8734 1190}.\n"
     "Offer 2-yr term w/ 12% discount, needs VP approval ({P:Harmony Clarke})."),
    ("crm_note",
     "Visit report – Lagos distributor\n"
     "Met Mr {P:Babatunde Alabi-Ogundipe} and his daughter {P:Temilade} who now runs ops.\n"
     "Warehouse moved to {A:Plot 14, Block C}, {A:Isolo Industrial Estate}, {C:Isolo}, {C:Lagos}.\n"
     "{P:Temi}'s line: {T:+234 812 009 4471}, email {E:temilade@alabi-distribution.ng}\n"
     "They want 60-day credit terms. escalate to finance."),
    ("crm_note",
     "contact update\n"
     "{P:Óscar Villanueva} moved from Acme Iberia to Grupo Solano, new mail {E:ovillanueva@gruposolano.es}\n"
     "mobile unchanged {T:+34 612 483 905}\n"
     "still based in {C:Valencia}. likes football chat, supports Levante lol"),
    ("crm_note",
     "Key account – Al Noor Hospitals\n"
     "Primary: Dr. {P:Huda Al-Khatib}, Director of Nursing. PA {P:Rania Sabbagh} handles diary: {T:+962 6 550 4412}\n"
     "{E:rania.sabbagh@alnoor-hospitals.jo}\n"
     "{P:Huda} prefers WhatsApp for quick qs but formal quotes by email only."),
    ("crm_note",
     "Note by {P:kdubois} – 03/06\n"
     "Spoke with {P:Anneke Vermeulen} ({C:Rotterdam} office). They're piloting a competitor in Q3.\n"
     "Her boss {P:Ruud Kramer} is the signer. {P:Anneke} asked us to stop calling her mobile, use\n"
     "{E:a.vermeulen@havenlogistiek.nl} only."),
    ("crm_note",
     "Customer 100481 – {P:Tatiana Melnyk}\n"
     "Delivery address changed to {A:Unit 12, 330 Princes Highway}, {C:St Peters} NSW {A:2044}\n"
     "phone {T:0412 883 106}\n"
     "notes: speaks ukrainian & english. prefers afternoon deliveries. daughter {P:Sofiia} can sign."),
    ("crm_note",
     "Churn call – {P:Rahul Deshmukh}\n"
     "reason: moving to {C:Pune}, no coverage at new place ({A:B-704, Kumar Primavera}, {A:Kalyani Nagar}, "
     "{C:Pune} {A:411006})\n"
     "offered partner ISP referral, he agreed. mob {T:+91 90110 54823}. final bill to {E:rahul.d@rediffmail.com}"),
    ("crm_note",
     "Account review: {P:Chloé Marchand} & {P:Noah Bertrand}, Bertrand Architectes\n"
     "– {P:Chloé} handles IT, {P:Noah} signs\n"
     "– site: {A:17 quai des Bateliers}, {A:67000} {C:Strasbourg}\n"
     "– {P:Noah} ({T:03 88 52 17 40}) wants a call after the summer"),
    ("crm_note",
     "Inbound lead (web form)\n"
     "Name: {P:siddharth iyer}\n"
     "Company: Halcyon Foods\n"
     "Email: {E:sid.iyer@halcyonfoods.sg}\n"
     "Phone: {T:+65 9172 4408}\n"
     "Msg: pls call, need 200 seats by sept. ask for {P:Sid}"),
    ("crm_note",
     "{P:Mateus Figueiredo} – Lisbon account\n"
     "new billing contact: {P:Inês Quaresma}, {E:ines.quaresma@litoral-seguros.pt}, {T:+351 213 447 902}\n"
     "invoices to {A:Av. da Liberdade 144, 5.º Esq.}, {A:1250-146} {C:Lisboa}\n"
     "IBAN for refunds {I:PT31 5729 1972 0734 2864 3430 3}"),
    ("crm_note",
     "Call w/ {P:Zhang Wei-Lun} (Taipei) & {P:Lin Pei-Shan}\n"
     "They want Chinese UI. {P:Wei-Lun} will intro us to their HK office ({P:Kelvin Yip}).\n"
     "{P:Pei-Shan}'s ext {T:+886 2 2718 3390 #214}"),
    # --- forum posts --------------------------------------------------------------------------------------------
    ("forum_post",
     "r/LegalAdviceUK – Landlord won't return deposit\n"
     "posted by u/{P:becky_thornton91}\n"
     "Moved out of {A:Flat 2}, {A:41 Cathays Terrace}, {C:Cardiff} {A:CF24 4HS} in Jan. landlord (a Mr "
     "{P:Gethin Pryce})\n"
     "says carpet damage but its the same carpet from 2009 lol. deposit was £950. what do I do?\n"
     "edit: he's now ignoring my texts to {T:07938 221 604} – that's his number if anyone else had him"),
    ("forum_post",
     "Re: Anyone selling a cot in {C:Clontarf}?\n"
     "> Quote from {P:niamh_k}: I have a Mamas & Papas one, barely used\n"
     "Hi {P:Niamh}, would love it! I'm {P:Orla}, can collect Sat. text me {T:085 220 9431}\n"
     "-- {P:orla.brennan}"),
    ("forum_post",
     "[Kleinanzeigen] Verkaufe E-Bike, Cube Kathmandu, 2021\n"
     "VB 1.400 €. Abholung in {C:Köln}-{C:Ehrenfeld}, {A:Venloer Str. 389}.\n"
     "Bei Interesse bitte anrufen: {T:0221 9374 1120} (ab 18 Uhr), fragt nach {P:Uwe}.\n"
     "Kein Versand, keine Tauschangebote!"),
    ("forum_post",
     "Bug #4471: Export crashes when contact name has emoji\n"
     "Reporter: {P:yamamoto.sho}\n"
     "Steps: create contact \"{P:Aiko Matsuda} 🌸\" with phone {T:+81 3-5412-8870}, export to CSV → segfault.\n"
     "Env: v3.2.1 on macOS 14.4. Log attached (redacted my IP {N:126.15.88.201}, sorry forgot to remove)."),
    ("forum_post",
     "Foro > Trámites en España > NIE perdido\n"
     "Hola, soy {P:Camila Ferreyra}, argentina, vivo en {C:Málaga}. Perdí la tarjeta con mi NIE {I:X4719263P}.\n"
     "¿Alguien sabe si puedo pedir el duplicado en cualquier comisaría o tengo que volver a la del centro?\n"
     "Gracias! {P:Cami}"),
    ("forum_post",
     "Posted in: Expats in Dubai\n"
     "Looking for a reliable maid agency. We had a great nanny, {P:Marites Galang}, who is now looking for a new\n"
     "family as we are moving back to {C:Manila}. Highly recommend her! She is on {T:+971 55 204 8813}.\n"
     "— {P:Jennifer Abad-Santos}"),
    ("forum_post",
     "Thread: Stolen bike – {C:Amsterdam Oost}\n"
     "Mijn fiets is gisteren gestolen bij {A:Javaplein 2}. Zwarte Gazelle met rood zadel.\n"
     "Als iemand hem ziet: bel {P:Daan} op {T:06 41 72 93 08}. Beloning!\n"
     "reply {P:wouter_v}: gezien op Marktplaats? link in DM"),
    ("forum_post",
     "AskTheDoctor > Thyroid\n"
     "user {P:meera_s_1990}: My endo Dr {P:Sathyanarayana} at {C:Hyderabad} started me on 50mcg.\n"
     "I'm 34, DOB {B:11/09/1990} if that matters for the calculator someone linked.\n"
     "reply {P:dr_omotayo}: please don't share personal details here, {P:meera}"),
    ("forum_post",
     "Подскажите юриста в {C:Петербурге}\n"
     "Автор: {P:Дмитрий Белозёров}\n"
     "Соседи по адресу {A:ул. Ленская, д. 12, корп. 2}, затопили квартиру. Управляющая компания молчит.\n"
     "Можно писать на {E:d.belozerov@mail.ru}"),
    ("forum_post",
     "GitHub issue: Wrong timezone in scheduler\n"
     "{P:kwabena-osei} commented:\n"
     "repro on server {N:34.118.207.91}, cron fires at 03:00 UTC instead of Africa/Accra.\n"
     "cc @{P:laura-fitzgerald} who wrote the tz module\n"
     "{P:laura-fitzgerald} commented: confirmed, fix in #882"),
    ("forum_post",
     "Classifieds – Room to let\n"
     "Double room in shared house, {A:52 Ashgrove Road}, {C:Ashford} {A:TN24 0EP}. £600 pcm incl bills.\n"
     "Current housemates: {P:Priyanka}, {P:Tom} and {P:Ibrahim}. No smokers.\n"
     "Contact {P:Ibrahim Sesay}: {E:ibrahim.sesay.lets@gmail.com}"),
    ("forum_post",
     "Forum Ekşi > iş yeri\n"
     "{P:ahmetcan_y}: müdürüm {P:Sevgi Çelikkaya} herkesin önünde bağırıyor, ne yapmalıyım\n"
     "{P:ezgi.tuncer}: İK'ya yaz, ama delil topla önce\n"
     "{P:ahmetcan_y}: {P:Ezgi} haklısın, mesajları kaydediyorum"),
    ("forum_post",
     "Stack Overflow: regex for Vietnamese names fails\n"
     "I'm trying to match names like \"{P:Trương Thị Mỹ Duyên}\" and \"{P:Võ Hoàng Yến}\" with [A-Za-z ]+\n"
     "but obviously diacritics break it. Test data is from our own staff list (with consent), e.g.\n"
     "{P:Đặng Quang Huy}, {E:huy.dang@saigon-soft.vn}. Any ideas?"),
    # --- referral letters ---------------------------------------------------------------------------------------
    ("referral_letter",
     "Dear Dr {P:Chakraborty},\n"
     "Re: Mr {P:Desmond Achterberg}, DOB {B:22/06/1958}, NHS {I:143 557 3951}\n"
     "{A:4 Priory Close}, {C:Lichfield} {A:WS13 6LD}\n"
     "Thank you for seeing this 66 yo man with 3 months of progressive dysphagia to solids and 6 kg weight loss.\n"
     "2WW referral. He lives alone; his niece {P:Carol Achterberg} ({T:07855 310 902}) helps with transport.\n"
     "Yours sincerely,\n"
     "Dr {P:Helen Marsh-Okoro}, {C:Lichfield} Health Centre"),
    ("referral_letter",
     "Sehr geehrte Kollegin Dr. {P:Baumgartner},\n"
     "ich überweise Ihnen Frau {P:Gülşen Aydemir}, geb. {B:11.12.1972}, wohnhaft {A:Hafenstraße 9}, "
     "{A:68159} {C:Mannheim},\n"
     "zur Abklärung einer Hypercalcämie. Frau {P:Aydemir} spricht gut Deutsch, ihre Tochter {P:Elif} begleitet sie.\n"
     "Tel. {T:0621 4419 382}.\n"
     "Mit kollegialen Grüßen\n"
     "{P:Jakob Reinhardt}, Facharzt für Allgemeinmedizin"),
    ("referral_letter",
     "Madame, Monsieur,\n"
     "Je vous adresse M. {P:Karim Benyoucef}, né le {B:05/11/1979}, NIR {I:1 79 11 69 387 142 03},\n"
     "demeurant {A:24 rue Duguesclin}, {A:69006} {C:Lyon}, pour avis cardiologique (douleurs thoraciques d'effort).\n"
     "Antécédents : tabagisme 20 PA, père décédé d'IDM à 54 ans.\n"
     "Confraternellement, Dr {P:Solène Gaillard}"),
    ("referral_letter",
     "To: Ophthalmology OPD, Aravind\n"
     "Referral: Smt. {P:Kamala Subramaniam}, 61F, Aadhaar {I:3772 4477 9145}\n"
     "R/o {A:12, Anna Nagar West Extn}, {C:Madurai} {A:625020}\n"
     "Dense cataract both eyes, VA CF 2m. DM on OHA. Kindly evaluate for surgery.\n"
     "Dr {P:P. Thirunavukkarasu} MBBS, {T:0452 253 8814}"),
    ("referral_letter",
     "Dear {P:Maeve},\n"
     "Re: {P:Liam Ó Cuív} (DOB {B:03/03/2011}) – school-age child with suspected ADHD\n"
     "Mum {P:Gráinne Ó Cuív} has noticed difficulties for some years; the school agrees.\n"
     "Home: {A:Carraig Lodge}, {A:Knocknacarra Road}, {C:Galway} {A:H91 X3PK}. Mum's mobile {T:087 331 0482}\n"
     "Kind regards, Dr {P:Fiachra Delaney}"),
    ("referral_letter",
     "Verwijsbrief huisarts\n"
     "Patiënt: dhr. {P:Gerrit-Jan Zwart}, geb. {B:19-08-1955}, BSN {I:719889595}\n"
     "Adres: {A:Lange Nieuwstraat 40}, {A:3512 PJ} {C:Utrecht}\n"
     "Reden: PSA 9,4, vraag urologisch onderzoek.\n"
     "Met collegiale groet, {P:M. de Wit-Verhoeven}, huisarts"),
    ("referral_letter",
     "Dear Dr {P:Kurosawa},\n"
     "Re: Ms {P:Haruka Ishikawa}, born {B:1994-01-30}, MRN {I:KMC-3318042}\n"
     "Please review this young woman with recurrent syncope. ECG attached (QTc 470).\n"
     "She is a PhD student at the university and lives at {A:2-11-4 Hongo}, {C:Bunkyo-ku}, {C:Tokyo} {A:113-0033}.\n"
     "Phone {T:080-2231-7740}. Kind regards, Dr {P:Ahmed Rashidi}"),
    ("referral_letter",
     "Urgent referral – paediatrics\n"
     "Child: {P:Zainab Oyelowo-Hart}, DOB {B:17/07/2022}, NHS {I:124 226 9525}\n"
     "Parents: {P:Funmilayo Oyelowo} and {P:Daniel Hart}, {A:33 Tenby Road}, {C:Swansea} {A:SA1 8LQ}\n"
     "Fever 5 days, conjunctivitis, strawberry tongue – ?Kawasaki. Sent to ED with letter.\n"
     "Dr {P:Rhiannon Pugh}, {T:01792 650 442}"),
    ("referral_letter",
     "Estimado/a colega:\n"
     "Remito a la paciente {P:Rosario Quispe Mamani}, de 47 años, DNI (Perú) {I:40712938}, con nódulo "
     "tiroideo de 2,3 cm.\n"
     "Domicilio: {A:Jr. Junín 448}, {C:Cercado de Lima}. Teléfono {T:+51 987 221 046}.\n"
     "Atentamente, Dra. {P:Milagros Cárdenas}"),
    ("referral_letter",
     "Dear colleague,\n"
     "I would be grateful if you could see {P:Olga Petrenko}, DOB {B:28/10/1966}, hosp no {I:H7720314},\n"
     "recently arrived from {C:Kharkiv}. Known hypertension, now with eGFR 38. Interpreter (Ukrainian) needed.\n"
     "Current address: {A:Room 14, Westgate Hotel}, {A:Bridge Street}, {C:Newport} {A:NP20 4AL}\n"
     "Her son {P:Andriy} speaks English: {T:07391 884 217}\n"
     "Regards, Dr {P:Geraint Price}"),
    ("referral_letter",
     "Egregio Collega,\n"
     "Le invio il sig. {P:Antonio Palmeri}, nato il {B:09/11/1977} a {C:Palermo}, C.F. {I:PLMNTN77S09G273Y},\n"
     "per valutazione gastroenterologica (epigastralgia, Hp positivo). Residente in {A:Via Libertà 112}, "
     "{A:90143} {C:Palermo}.\n"
     "Tel. {T:091 611 4382}. Cordialità, Dr.ssa {P:Carla Bonanno}"),
    ("referral_letter",
     "Remissvar – ortopedi\n"
     "Pat: {P:Mikael Johansson Rask}, pnr {I:750112-8818}\n"
     "Bedömning: ruptur av främre korsband vä knä. Remitteras till fysioterapeut {P:Elin Sjöberg} för rehab.\n"
     "Pat. adress {A:Västra Hamngatan 5}, {A:411 17} {C:Göteborg}. Tel {T:+46 31 712 40 58}"),
    ("referral_letter",
     "Dear Dr {P:Mwangi},\n"
     "Referral: {P:Wanjiku Njoroge}, 29F, ANC card no. {I:ANC/2291}, IP no. {I:KNH-884120}\n"
     "G3P2 at 31/40 with BP 160/105 and proteinuria 2+. Please review for pre-eclampsia management.\n"
     "Contact: husband {P:Peter Kamau} {T:0711 903 224}. {A:P.O. Box 1184-00200}, {C:Nairobi}.\n"
     "Dr {P:Achieng Otieno}, MO i/c"),
    # --- payment updates ----------------------------------------------------------------------------------------
    ("payment_update",
     "Payment method updated – account 55120\n"
     "Holder: {P:Isabella Whitcombe}\n"
     "Old card: {I:4208 1483 5082 2481} (exp 04/24)\n"
     "New card: {I:4668 2135 7441 8046} (exp 04/28)\n"
     "Billing address unchanged: {A:1180 Larkspur Lane}, {C:Boulder}, CO {A:80304}"),
    ("payment_update",
     "SEPA-Lastschriftmandat – Änderung\n"
     "Kontoinhaber: {P:Wendelin Strobl-Huber}\n"
     "Neue IBAN: {I:AT97 2027 7564 3549 4838}\n"
     "Anschrift: {A:Linzer Gasse 31}, {A:5020} {C:Salzburg}\n"
     "Gültig ab 01.07. – bestätigt per Mail an {E:w.strobl-huber@aon-mail.at}"),
    ("payment_update",
     "ACH enrollment form (scanned)\n"
     "Employee: {P:Marisol Gutiérrez-Paz}   SSN {I:529-48-1736}\n"
     "Bank: First Prairie Credit Union  Routing {I:263091458}  Account {I:00048213307}\n"
     "Account type: checking  Signature on file.\n"
     "Questions → {E:payroll@lonestar-freight.com} or {T:(512) 448-2190}"),
    ("payment_update",
     "Cambio de domiciliación\n"
     "Cliente {P:Jordi Puigvert Serra}, DNI {I:68302917R}\n"
     "Cuenta anterior {I:ES66 3058 0997 2120 4331 8856} → nueva {I:ES94 0812 7734 6102 0045 8391}\n"
     "Tel. contacto {T:93 412 77 05}"),
    ("payment_update",
     "Wallet top-up source changed\n"
     "user {P:lina.haddad} ({P:Lina Haddad}), {T:+961 3 448 217}\n"
     "removed: Mastercard {I:5197 5411 3695 5676}\n"
     "added: Visa {I:4465 9001 1406 9702}\n"
     "3DS passed from {N:178.135.44.9}"),
    ("payment_update",
     "Standing order amended\n"
     "From: {P:Callum Fraser-McLeod}, acc {I:GB57 BARC 4629 6423 0775 31}\n"
     "To: {P:Isla McLeod} (daughter, uni rent) sort code {I:83-91-04} acc {I:12047731}\n"
     "Amount £450 monthly from 1 Sept. Ref: {P:ISLA} RENT"),
    ("payment_update",
     "Atualização de dados bancários – fornecedor\n"
     "Favorecido: {P:Rodrigo Antunes Lacerda} ME, CPF do titular {I:272.226.176-63}\n"
     "Nova conta: {I:BR96 8648 3155 6686 5872 7674 448C 1}\n"
     "Chave Pix: {E:rodrigo.lacerda@uol.com.br}\n"
     "Confirmado por telefone com {P:Rodrigo} em {T:(21) 99821-4407}"),
    ("payment_update",
     "Card replaced (lost)\n"
     "cardholder: {P:AMARA OKONKWO-BELL}\n"
     "old pan {I:5267 8353 6170 2869} blocked 09/10 14:02\n"
     "replacement {I:5401 0861 7177 6241} mailed to {A:18 Pemberton Road}, {C:Harringay}, {C:London} {A:N4 1AY}\n"
     "cust phone {T:+44 20 8340 7712}"),
    ("payment_update",
     "Direct debit set up – council tax\n"
     "Account name: Mr {P:S Varghese} & Mrs {P:P Varghese}\n"
     "Sort code {I:30-94-57}, account {I:70234418}\n"
     "Property: {A:21 Elmfield Avenue}, {C:Leicester} {A:LE2 1RD}"),
    ("payment_update",
     "Zmiana rachunku do wypłaty\n"
     "Pracownik: {P:Katarzyna Zielińska}\n"
     "Nowy rachunek: {I:PL75 1586 8705 2421 7069 1300 3461}\n"
     "Potwierdzenie wysłane na {E:k.zielinska@interia.pl}. Kontakt: {T:+48 503 116 842}"),
    ("payment_update",
     "Payout account changed (marketplace seller)\n"
     "seller: {P:emre_kilinc_store} / {P:Emre Kılınç}\n"
     "IBAN {I:TR11 8036 9726 1718 5542 7211 72}\n"
     "login from new device {N:88.241.19.205}, 2FA ok\n"
     "seller phone {T:+90 535 402 18 66}"),
    ("payment_update",
     "Amex added to corporate profile\n"
     "Traveller: {P:NAKASHIMA/KOJI} MR\n"
     "Card {I:3491 588183 11769}\n"
     "Billing: {A:1-9-2 Marunouchi}, {C:Chiyoda-ku}, {C:Tokyo} {A:100-0005}"),
    ("payment_update",
     "Salary account update – Kenya payroll\n"
     "Staff: {P:Abebe Tesfaye Wolde}, KRA PIN {I:A004418290Z}\n"
     "Bank: Equity, acc {I:0180 2914 4736 1}\n"
     "M-Pesa fallback: {T:0722 604 819}\n"
     "Approved {P:Njeri Kamau}, HR"),
    # --- tax forms ----------------------------------------------------------------------------------------------
    ("tax_form",
     "Form W-4 (2024) – Employee's Withholding Certificate\n"
     "1(a) First name and middle initial: {P:Kristen M.}   Last name: {P:Oyelaran-Boyd}\n"
     "1(b) SSN: {I:412-67-3098}\n"
     "Address: {A:9021 Bluebonnet Trail}, {C:Round Rock}, TX {A:78664}\n"
     "1(c) Filing status: Married filing jointly\n"
     "Step 3: dependents 2 x $2,000"),
    ("tax_form",
     "Einkommensteuererklärung 2023 – Mantelbogen\n"
     "Steuerpflichtige Person: {P:Rosenthal}, {P:Miriam}  Geburtsdatum {B:04.07.1980}\n"
     "Identifikationsnummer {I:81540469373}\n"
     "Straße/Hausnummer: {A:Körnerstraße 22}  PLZ/Ort: {A:01099} {C:Dresden}\n"
     "Ehemann: {P:Rosenthal}, {P:Benjamin}, geb. {B:29.01.1978}\n"
     "IBAN Erstattung: {I:DE07 8604 0000 0612 7399 04}"),
    ("tax_form",
     "Déclaration des revenus 2023 – formulaire 2042\n"
     "Déclarant 1 : {P:LEFEBVRE Anaïs}, née le {B:12/07/1993} à {C:Lille}\n"
     "N° de sécurité sociale (pour info) : {I:2 93 07 59 350 028 18}\n"
     "Adresse : {A:6 allée des Peupliers}, {A:59650} {C:Villeneuve-d'Ascq}\n"
     "Salaires 1AJ : 34 820 €  Frais réels : non\n"
     "Courriel : {E:anais.lefebvre93@laposte.net}"),
    ("tax_form",
     "ITR-1 (SAHAJ) AY 2024-25 – acknowledgement\n"
     "Name: {P:MEENAKSHI SUNDARAM PILLAI}\n"
     "PAN: {I:DQXPP5092M}   Aadhaar: {I:5300 0039 5727}\n"
     "Address: {A:Door No. 7/113, Vellalar Street}, {C:Tiruchirappalli} {A:620002}\n"
     "DOB {B:15/08/1962}   Mobile {T:94431 27806}\n"
     "Refund: ₹ 14,220 to a/c ending 3318"),
    ("tax_form",
     "Modelo 100 – IRPF 2023 (borrador)\n"
     "Primer declarante: {P:ORTEGA CASTILLO, INMACULADA}  NIF {I:20485371F}\n"
     "Domicilio fiscal: {A:Plaza del Pilar 8, 1º D}, {A:50003} {C:Zaragoza}\n"
     "Cónyuge: {P:HERRERO VIDAL, FRANCISCO JAVIER}, NIE {I:Z3390418Q}\n"
     "Cuenta devolución: {I:ES42 0182 5093 1402 0184 7762}"),
    ("tax_form",
     "Dichiarazione 730/2024 – frontespizio\n"
     "Contribuente: {P:FERRARESI MARCO}  C.F. {I:FRRMRC84A17H501S}\n"
     "Nato a {C:Roma} il {B:17/01/1984}\n"
     "Residenza: {A:Via Appia Nuova 331}, {A:00181} {C:Roma}\n"
     "Sostituto d'imposta: Tipografia Ostiense srl\n"
     "Tel. {T:06 7812 2405}  e-mail {E:m.ferraresi84@libero.it}"),
    ("tax_form",
     "Aangifte inkomstenbelasting 2023\n"
     "Naam: {P:Fleur Brouwer-Smit}  BSN {I:319640346}\n"
     "Geboortedatum {B:02-02-1986}\n"
     "Adres: {A:Oudegracht 211}, {A:3511 NH} {C:Utrecht}\n"
     "Fiscale partner: {P:Sem Brouwer}\n"
     "Teruggave naar {I:NL37 INGB 8462 1877 86}"),
    ("tax_form",
     "Self Assessment – SA100 notes (accountant)\n"
     "Client: {P:Aled Pritchard-Jones}, NINO {I:WK 81 46 20 C}\n"
     "Addr {A:Ty Gwyn}, {A:Heol y Bont}, {C:Llandeilo} {A:SA19 6BN}\n"
     "Rental income from flat at {A:12 Queen Street}, {C:Carmarthen} – let to {P:Megan Rees}\n"
     "call {P:Aled} on {T:07814 902 336} re missing mortgage interest stmt"),
    ("tax_form",
     "Declaração IRPF 2024 – Recibo\n"
     "Nome do declarante: {P:Ana Beatriz Coutinho Farias}\n"
     "CPF: {I:146.635.749-55}   Data de nascimento: {B:30/06/1989}\n"
     "Endereço: {A:Rua Padre Chagas, 79}, {A:sala 402}, {C:Moinhos de Vento}, {C:Porto Alegre}/RS, "
     "CEP {A:90570-080}\n"
     "Dependente: {P:Lucas Coutinho Farias}, nascido em {B:11/02/2018}"),
    ("tax_form",
     "Inkomstdeklaration 1 – kompletterande uppgifter\n"
     "Namn: {P:Sigrid Halvorsen-Berg}, personnummer {I:810315-2644}\n"
     "Adress: {A:Drottninggatan 71}, {A:111 36} {C:Stockholm}\n"
     "Avdrag för resor till arbetet: 18 400 kr. Kontaktperson för frågor: maken {P:Håkan Berg}, {T:073-590 42 18}"),
    ("tax_form",
     "Form 1040 – Schedule C preparer notes\n"
     "Taxpayer {P:Nguyen, Bao Long} SSN {I:618-20-4477}; spouse {P:Tran, Mai Anh} ITIN {I:912-78-3041}\n"
     "Business: nail salon, {A:4410 Bolsa Ave}, {A:Ste 112}, {C:Westminster}, CA {A:92683}\n"
     "Home {A:15632 Hummingbird Ln}, {C:Garden Grove}, CA {A:92843}\n"
     "Preparer {P:Dwayne Holcombe}, PTIN on file"),
    ("tax_form",
     "Zeznanie PIT-37 za 2023\n"
     "Podatnik: {P:Dąbrowski Jakub}, PESEL {I:95090812358}, data urodzenia {B:08.09.1995}\n"
     "Adres zamieszkania: {A:ul. Piotrkowska 118 lok. 6}, {A:90-006} {C:Łódź}\n"
     "Urząd skarbowy: Łódź-Śródmieście. Zwrot na rachunek podany w e-Urzędzie. Tel. {T:+48 42 630 18 92}"),
    ("tax_form",
     "Tax residency self-certification (CRS)\n"
     "Name: {P:Faisal Abdulrahman Al-Qahtani}  DOB {B:1983-03-22}  Place of birth: {C:Riyadh}\n"
     "Residential address: {A:Building 4471, Al Olaya Street}, {C:Riyadh} {A:12244}\n"
     "Tax residence: Saudi Arabia, TIN {I:3106623480}\n"
     "Passport {I:U20473318}"),
    # --- incident reports ---------------------------------------------------------------------------------------
    ("incident_report",
     "SEC-INC-2024-031 – Phishing leading to account takeover\n"
     "Affected user: {P:Rebecca Lindholm-Hayes} ({E:r.lindholm-hayes@northwind-group.com})\n"
     "Attacker logins from {N:45.95.169.22} and {N:2a0d:5600:24:8::b7}, inbox rule forwarded mail to\n"
     "{E:rlindholm.hayes.nw@proton.me}. Password reset by {P:Kai Sørensen} 11:42, sessions revoked.\n"
     "No evidence of data exfiltration beyond 14 mails."),
    ("incident_report",
     "H&S incident form – slip in warehouse\n"
     "Injured person: {P:Bogdan Popescu-Marin}, agency worker, DOB {B:07/02/1990}\n"
     "Home address: {A:Flat 9}, {A:14 Beaconsfield Road}, {C:Coventry} {A:CV2 4AS}\n"
     "Witness: {P:Shauna Devlin} (team leader)\n"
     "Wet floor by bay 14, no sign. First aid by {P:Musa Kamara}, sent to A&E. RIDDOR: yes (>7 days)"),
    ("incident_report",
     "Police incident log – ref CAD 4471 12/08\n"
     "Caller Mrs {P:Patricia Olumide} of {A:62 Rosebank Avenue}, {C:Wembley} {A:HA0 2TN}, tel {T:020 8902 3371}\n"
     "reports her neighbour's car, blue Ford Focus, reg {I:LK19 XRW}, parked across her drive for 3 days.\n"
     "Vehicle keeper: {P:Darnell Frimpong}. Officer PC {P:Hughes} attended 15:10, words of advice given."),
    ("incident_report",
     "Datenschutzvorfall DSV-2024-07\n"
     "Ein Mitarbeiter ({P:Frank Kühnel}) hat eine Liste mit Kundendaten an die falsche Adresse geschickt:\n"
     "Empfänger {E:f.kuehnel@gmx.net} statt {E:frank.kuehnel@stadtwerke-lahntal.de}.\n"
     "Betroffen u.a.: {P:Irmgard Schüssler}, {A:Bahnhofstraße 6}, {A:35037} {C:Marburg}, samt Zählerständen.\n"
     "Meldung an den DSB (Dr. {P:Petra Langhans}) erfolgt."),
    ("incident_report",
     "Aviation occurrence report (MOR)\n"
     "Flight NW482 {C:Dublin}–{C:Lisbon}, 14 Mar. Disruptive passenger seat 23C: {P:KEARNEY/DECLAN} MR\n"
     "passport {I:PW4410283}, DOB {B:09MAY85}\n"
     "Pax verbally abusive to cabin crew {P:Marta Sequeira} after being refused alcohol. Restrained? no.\n"
     "Met by PSP on arrival. Report by SCCM {P:Tiago Amaral}."),
    ("incident_report",
     "Lab incident LI-088 – sample mislabel\n"
     "Sample for {P:Ahmed Abdelrahman} (MRN {I:00731144}) labelled with DOB of {P:Ahmad Abdulrahman}\n"
     "(MRN {I:00731192}, DOB {B:1961-04-18}). Detected by BMS {P:Keeley Thompson} at reception.\n"
     "Both patients recalled for repeat bloods. Root cause: similar names, manual label."),
    ("incident_report",
     "Incident de sécurité – vol d'ordinateur portable\n"
     "Déclarant : {P:Mathilde Chevalier-Roux}, service juridique, {T:+33 1 44 82 19 07}\n"
     "Vol dans le train {C:Paris}–{C:Rennes}, PC chiffré (BitLocker). Plainte déposée au commissariat.\n"
     "Dernière IP vue : {N:92.184.105.33}. Compte AD de {P:mchevalier} désactivé par {P:Yannick Le Goff}."),
    ("incident_report",
     "Road traffic collision – fleet vehicle\n"
     "Driver: {P:Suleiman Abdi Warsame}, licence no. {I:WARSA805154S99LT}\n"
     "Company van reg {I:YX68 KPU} rear-ended by car reg {I:BD21 OHN} at A38 roundabout, {C:Bristol}.\n"
     "Third party: {P:Joanna Kilbride}, {T:07564 112 983}, insurer details on the exchange form.\n"
     "No injuries. Photos uploaded to fleet portal."),
    ("incident_report",
     "Safeguarding concern – school\n"
     "Pupil: {P:Leah Mwale} (Y8), DOB {B:03/12/2011}\n"
     "Disclosed to TA Mr {P:Andrew Coombes} that an older boy '{P:Jayden}' asked her for photos on "
     "Snapchat ({P:jaydn_x09}).\n"
     "DSL Mrs {P:Farah Iqbal} informed 12:40. Parents contacted: mum {P:Chanda Mwale} {T:07459 220 871}."),
    ("incident_report",
     "Security guard report – {A:Tower B}, {A:Cyberport Road}, {C:Pok Fu Lam}\n"
     "23:40 unknown male tailgated through turnstile behind staff {P:Chan Ka-wai}.\n"
     "Intercepted on 12/F, gave name as {P:Lee Chi-hung}, claimed delivery. Escorted out 23:52.\n"
     "CCTV clip saved. Supervisor {P:Raymond Ho} notified."),
    ("incident_report",
     "Near miss – construction site\n"
     "Reported by: {P:Oluwadamilare Bakare}, site manager\n"
     "Unsecured scaffold board fell from level 3 near {P:Piotr Wiśniewski} (subcontractor, Kowal-Bud).\n"
     "No injury. Toolbox talk held; {P:Piotr}'s emergency contact on file {T:+48 692 471 338}.\n"
     "Site: {A:Plot 7, Riverside Quay}, {C:Salford} {A:M50 3XA}"),
    ("incident_report",
     "Customer complaint escalated to incident\n"
     "Complainant {P:Haruto Sasaki} reports that his order confirmation showed another customer's details:\n"
     "{P:Ivana Horváthová}, {A:Mlynské nivy 44}, {A:821 09} {C:Bratislava}, {T:+421 905 318 447}.\n"
     "Root cause: session cache bug (ticket ENG-9120). {P:Ivana} to be notified by DPO."),
    ("incident_report",
     "Missing person report – hospital\n"
     "Patient {P:Emmanuel Tetteh-Quarshie}, 81, dementia, MRN {I:KBTH-220417}, left Ward C at approx 03:15.\n"
     "Wearing brown cardigan. Lives at {A:House No. 14, Nii Okaiman Street}, {C:Dzorwulu}, {C:Accra}.\n"
     "Son {P:Kwesi Tetteh} ({T:+233 24 418 7702}) informed; police notified 03:50."),
    # --- PII-free look-alikes -----------------------------------------------------------------------------------
    ("pii_free",
     "Release notes v10.4.2.1\n"
     "- Fixed crash in Bernoulli sampler when seed = 0\n"
     "- Upgraded Jackson to 2.17.1, Netty to 4.1.108\n"
     "- Default port is now 8080; the legacy listener on port 8000 was removed\n"
     "- Thanks to the Apache Arrow and Pandas communities"),
    ("pii_free",
     "Menu – Bistro du Marché\n"
     "Eggs Benedict ............ 11.50\n"
     "Caesar salad w/ anchovies .. 9.80\n"
     "Beef Wellington (for two) .. 42.00\n"
     "Peach Melba, Pavlova, Tarte Tatin .. 7.50\n"
     "Earl Grey or Darjeeling .... 3.20"),
    ("pii_free",
     "Neurology teaching session – Thursday\n"
     "Topics: Parkinson's disease vs. Lewy body dementia, Guillain-Barré syndrome, Bell's palsy,\n"
     "Huntington's chorea, and the Babinski sign. Bring your copy of the Oxford Handbook.\n"
     "Room: Lister Lecture Theatre, 2nd floor"),
    ("pii_free",
     "Inventory export – SKU list\n"
     "SKU 0800-555-0199  Hemnes chest of drawers, white stain\n"
     "SKU 0207-946-0321  Billy bookcase 80x28x202\n"
     "SKU 0161-496-0877  Poäng armchair, birch veneer\n"
     "Note: SKU codes follow the supplier's NNNN-NNN-NNNN pattern, not phone numbers."),
    ("pii_free",
     "Weather bulletin\n"
     "Storm Kathleen is expected to bring gusts of 70 mph to the west coast on Saturday, followed by\n"
     "Storm Lilian on Monday. Met Éireann has issued orange warnings for Galway, Mayo and Kerry.\n"
     "Ferries from Holyhead and Fishguard may be cancelled."),
    ("pii_free",
     "Garden centre – spring offers\n"
     "Rose 'Gertrude Jekyll', Clematis 'Nelly Moser', Iris germanica 'Victoria Falls', Daisy mix,\n"
     "Sweet William seeds, Black-eyed Susan, Busy Lizzie trays (x12) – all 3 for 2.\n"
     "Open 9–5, Sunday 10–4."),
    ("pii_free",
     "Network change CHG-20417\n"
     "Move VLAN 240 from core-sw-01 to core-sw-02. Firmware 9.3.12 on both.\n"
     "MIB OID 1.3.6.1.4.1.9 polled every 300 s. Test ping to the documentation range after cut-over.\n"
     "Rollback: revert to config v2.10.0.4. Approver: Change Advisory Board."),
    ("pii_free",
     "Reading list – Year 10 English\n"
     "Of Mice and Men, Jane Eyre, An Inspector Calls, Romeo and Juliet,\n"
     "and the Power and Conflict cluster from the anthology.\n"
     "Essay due: Friday week 6."),
    ("pii_free",
     "Physics lab 3 – equipment\n"
     "Bunsen burners x10, Geiger–Müller tube, Wheatstone bridge, Van de Graaff generator,\n"
     "Petri dishes (for bio, return to Prep Room 2). Ohm's law and Hooke's law worksheets in tray B.\n"
     "Safety briefing by the department at 9:00."),
    ("pii_free",
     "Trip itinerary (group tour)\n"
     "Day 1 Lisbon: Belém Tower, Jerónimos Monastery, tram 28\n"
     "Day 2 Sintra: Pena Palace, Quinta da Regaleira\n"
     "Day 3 Porto: Ribeira, Livraria Lello, port tasting at a Vila Nova de Gaia lodge\n"
     "Coach departs 08:30 from the hotel lobby."),
    ("pii_free",
     "Standup notes – platform team\n"
     "- Kubernetes upgrade to 1.29.4 done in staging\n"
     "- Grafana dashboard for Kafka lag fixed (was using wrong Prometheus job)\n"
     "- Victoria Metrics POC paused; Jenkins to GitHub Actions migration 60%\n"
     "- Blockers: none"),
    ("pii_free",
     "Drug chart abbreviations\n"
     "OD once daily, BD twice daily, TDS three times, QDS four times, PRN as required, STAT immediately.\n"
     "Common: Augmentin, Tazocin, Clexane 40mg SC, Oramorph 2.5-5mg PRN.\n"
     "Refer to BNF 87 for doses."),
    ("pii_free",
     "Product spec sheet\n"
     "Model: Aurora X-300 Pro, part no. 4417-882-1093\n"
     "Input 100-240 V AC, 50/60 Hz; ports: 2x USB-C, HDMI 2.1, RJ45\n"
     "Default admin password printed on the label – change on first login.\n"
     "Made in Shenzhen, assembled in Guadalajara."),
    ("pii_free",
     "Football results – Saturday\n"
     "Everton 2–1 Newcastle, Celtic 3–0 Hearts, Real Sociedad 1–1 Sevilla, Borussia Dortmund 4–2 Werder Bremen.\n"
     "Man of the match awards and VAR reviews on page 14. Kick-off times next week: 12:30, 15:00, 17:30."),
    ("pii_free",
     "Wine list\n"
     "Dom Pérignon 2013, Veuve Clicquot Brut, Château Margaux 2015, Marqués de Riscal Reserva,\n"
     "Penfolds Grange, Cloudy Bay Sauvignon Blanc, Barolo Riserva.\n"
     "Corkage £15. Ask Sommelier for pairings."),
]


def blind14_records() -> list[Labelled]:
    """The blind records, parsed (gold spans on field `text`)."""
    return [parse_marked(kind, marked) for kind, marked in RECORDS]
