"""A twelfth hand-written gold set for `redact_quality`, aimed at false redaction as much as at leaks: long,
realistic multi-line records dense with capitalised words that are not personal data. This is a DEVELOPMENT set:
rules may be tuned on its misses.

About 170 records in 15 styles: help-desk tickets with quoted mail and agent notes (`support_ticket`), ward
handovers, clinic, triage, GP and inpatient notes (`clinical_note`), HR mail and meeting minutes with From/To/CC
lines (`hr_email`), Slack, WhatsApp, Telegram, Teams, SMS, LINE, IRC and Discord chats (`chat_log`), sshd, sudo,
application, firewall, Windows audit, postfix, DHCP/RADIUS, access, JSON audit and OpenVPN logs (`ops_log`), CSV,
TSV, pipe- and semicolon-separated rows and Markdown tables (`csv_rows`), envelope and label address blocks
(`postal_block`), KYC, fraud, AML, mortgage, wire-recall and branch notes (`bank_note`), sales and account notes
(`crm_note`), Reddit, Stack Overflow, Mumsnet, Whirlpool, Gumtree, GitHub, TripAdvisor and Motor-Talk posts
(`forum_post`), GP and consultant referral letters (`referral_letter`), card, SEPA, ACH, UPI and payroll account
changes (`payment_update`), tax returns (`tax_form`: SA100, W-4, ESt 1 A, ITR-1, T1, myTax, Modelo 100, 2042)
and clinical, security, aviation, police, RIDDOR, lab, data-loss and road incident reports (`incident_report`).
About 50 records are PII-free look-alikes (`pii_free`) with no mark at all.

All records, the PII-free ones most of all, are dense with capitalised words that are NOT personal data and must
not be redacted: products and software (Azure DevOps, Jira, SAP Concur, Epic Hyperspace, Kubernetes, Jenkins),
drugs and diseases (Parkinson's, Crohn's, Hodgkin lymphoma, Bell's palsy, Down syndrome, Ménière's, Sjögren's),
eponymous laws, units, prizes, scores and signs, organisations and departments (also those named after people:
Marks & Spencer, Johnson & Johnson, Ford, Dell, Albert Heijn, Koç Holding, Dangote, Mahindra & Mahindra, Hugo Boss),
job titles, hospitals, wings, wards, stations, buildings and meeting rooms (Royal Victoria Infirmary, St Mary's
Wing, Canary Wharf, the Shackleton Room), weekday and month names, Title Case headings, ALL-CAPS form labels and a
blank form, team and meeting names, street-like names of things (the Baker Street project, the Route 9 bus),
storm, flower, furniture, dish and chess-opening names, IKEA product names that are given names, and codes shaped
like phone numbers, dates, postcodes and IP addresses (build 10.4.2.1, part no. 0800-555-210, KB numbers).

People are English, Irish (with Irish-language names), Scottish, Welsh, American, Canadian (incl. Québécois),
Australian, New Zealand (incl. Māori), Indian, Pakistani, Chinese (incl. Hong Kong), Japanese, Korean, Vietnamese,
German, Dutch, Swedish, Norwegian, Danish, Finnish, Icelandic, French, Spanish, Basque, Italian, Polish, Czech,
Greek, Turkish, Afghan, Ghanaian and Nigerian. They appear by full name, by surname after a title or role, by given
name alone in greetings, sign-offs and mid-sentence, surname first (`SURNAME, Given`, airline `SURNAME/GIVEN`),
in East Asian order and in Chinese, Japanese and Korean script, with particles and diacritics (Ní, Ó, Mac, van
der, de la, van 't), as initials, in lower-case chat handles and log user names, in a hostname, and with given
names that are also words (Will, Mark, Grace, Sandy). Addresses follow the formats of the UK, Ireland (Eircodes),
the US, Canada, Australia, New Zealand, India, Pakistan, China, Hong Kong, Japan, Korea, Germany, the Netherlands,
Sweden, Norway, Denmark, Finland, France, Spain, Italy, Poland, Greece, Turkey and Nigeria.

Every value (names, streets, postcodes, phones, e-mails, identifiers, IP addresses) was invented for this file;
none comes from the other gold sets, Faker, presidio-evaluator or configs/, and pipeline/ never reads it.
Identifiers whose scheme publishes a check digit carry a valid one, computed for this file: Luhn (payment cards,
Canadian SIN, Ontario health card, Greek AMKA, Swedish personnummer), IBAN mod 97 with the length of its country
(GB, IE, DE, NL, ES, IT, PL, SE, DK, FI, TR), NHS number (mod 11), Aadhaar (Verhoeff), German Steuer-ID
(ISO 7064 mod 11,10), German KVNR, French NIR and numéro fiscal, Spanish DNI/NIF, Italian codice fiscale, Dutch
BSN (11-proof), Polish PESEL, Finnish HETU, Norwegian fødselsnummer, Chinese resident ID (ISO 7064 mod 11-2),
Korean RRN, Turkish TCKN, Irish PPSN, Australian TFN and Medicare, New Zealand NHI and IRD, Hong Kong HKID and the
US ABA routing number; tests/test_redact_dev12.py checks each of them. The others (US SSN, UK NINO, UTR, PAN,
CNIC, NIN, UAN, passports, MRNs and hospital numbers, member numbers, driving licences, plates, account numbers,
sort codes, BSB and transit numbers, a UPI address) only have the shape of real ones.

Markup as in redact_dev.py: `{P:...}` PERSON (handles and user names built from a name included; titles such as
"Mr", "Dr", "Prof", "Herr", "Frau", "Mme", "Sr", "Engr", "Gda" stand outside, and so does a possessive 's),
`{A:...}` ADDRESS (street line, flat, unit, floor or building line, P.O. box and postcode, each marked separately),
`{E:...}` EMAIL_ADDRESS (role and organisation addresses too), `{T:...}` PHONE_NUMBER (organisations' numbers
too), `{I:...}` ID (national, tax and health identifiers, cards, IBANs, account numbers, sort codes, passports,
medical record and member numbers, licence and plate numbers after a cue), `{B:...}` DATE_OF_BIRTH (only a date
next to a birth cue or in a DOB column), `{N:...}` IP_ADDRESS (IPv4 and IPv6) and `{C:...}` a town, city or
district (neutral) where it is part of an address or of a person's location. Towns named elsewhere, countries,
regions, organisations (and their sites), products, order, ticket, part and tracking numbers and ordinary dates are
not marked, so redacting them counts as false redaction.
"""

from __future__ import annotations

from benchmarks.redact_data import Labelled
from benchmarks.redact_dev import parse_marked

RECORDS: list[tuple[str, str]] = [
    # --- support tickets ------------------------------------------------------------------------------------------
    ("support_ticket", """Ticket INC-204817 | Priority P2 | Queue: Azure DevOps / Pipelines
Requester: {P:Siobhán Ní Bhriain} <{E:siobhan.nibhriain@larchfield-analytics.ie}>
Summary: Build agent pool "Dublin-Linux-02" stuck since the 10.4.2.1 agent update, all YAML runs queue forever.

> Hi, since Tuesday none of our Release Pipelines start. Jira integration still works. Can someone look?
> Thanks, {P:Siobhán}

Agent note ({P:Marek W.}, L2): rolled agent back to 10.4.1.9, pool green again. Called {P:Siobhán} on
{T:+353 87 412 9930} to confirm, she says the Nightly Build for the Baker Street project is running.
Status: Resolved. Root cause: Microsoft Hosted Agent image 20240611.1 dropped the Java 8 toolchain."""),
    ("support_ticket", """SAP Concur expense sync failing for one user - HR Shared Services EMEA
User: {P:HOLLINGWORTH, Gareth} - Finance Business Partner, Canary Wharf office
Error on submit: "Report REP-88213 cannot be routed: approver Cost Centre 4410 (Group Treasury) inactive".

{P:Gareth} says his approver used to be {P:Priyanka Raghunathan} who moved to the Leeds hub in May. Updated the
approval flow in Concur to {P:Tobias Lindqvist} (Head of Treasury Ops). Expense report for the Marks & Spencer
client dinner and the Ford Transit hire now routes ok.
Corporate card {I:4998 3505 0359 8703} flagged.
Callback number on file: {T:07700 900 418}. Asked {P:Gareth} to resubmit REP-88213 before Friday's payroll cut-off."""),
    ("support_ticket", """#58213 Epic Hyperspace - In Basket not loading (Ward 14, St Mary's Wing)
Opened by: {P:Aroha Te Whata} (Charge Nurse), ext 4471
Device: Dell OptiPlex 7090, asset RVI-WS-0318, Windows 11 23H2, Citrix Workspace 2311

hi team, since the Monday downtime the In Basket in Hyperspace just spins. Dr {P:Okonkwo} and Dr {P:Haldane} have the
same issue on the COW in bay 3. Chart Review and MAR are fine. pls ring me on the ward or my mobile {T:021 448 3091}
- {P:Aroha}

Resolution: Citrix profile reset for {P:atewhata} and {P:cokonkwo}; Hyperspace 2023 client cache cleared. Dr
{P:Haldane} not yet logged on, left a note. Closed, linked to problem PRB-1120 (Epic SER sync, Cerner interface)."""),
    ("support_ticket", """From: {P:Kenji Watanabe} <{E:k.watanabe@hoshino-seiki.co.jp}>
Subject: RE: Zendesk #77104 - licence key for AutoCAD 2025 not activating

> Dear Mr {P:Watanabe}, could you send the serial from the box (format 0800-555-210-XXXX)?
The serial is 571-81420736, product key 001Q1. The part no. on the box says 0800-555-210 which is maybe the
confusion. We have 12 seats for the Osaka design team, only 9 activated. My direct line is {T:+81 6-6341-2287},
mobile {T:090-4418-2276}. Office: {A:Hoshino Building 4F}, {A:2-7-11 Nishitenma}, {C:Kita-ku}, {C:Osaka}
{A:530-0047}.
Best regards, {P:Watanabe Kenji} / {P:渡辺 健二}"""),
    ("support_ticket", """ServiceNow RITM0049921 - New starter laptop + accounts
For: {P:Chiamaka Eze-Okafor}, Graduate Analyst, Risk & Compliance (starts Monday 2 September)
Requested by: {P:Fergus MacAulay} (line manager)
Items: MacBook Pro 14 M3, Okta, Slack, Confluence, GitHub Enterprise, Salesforce Sales Cloud (read-only)
Delivery: home address for first week as she is in the Aberdeen office only from Wednesday:
  {A:Flat 2/1}, {A:38 Holburn Street}, {C:Aberdeen} {A:AB10 6BT}
Mobile for courier: {T:07911 238 406}
Notes: username {P:ceze-okafor} already taken by a contractor, use {P:chiamaka.ezeokafor}. {P:Fergus} to approve
Salesforce licence (Bloomberg Terminal request rejected - not in Graduate bundle)."""),
    ("support_ticket", """[Freshdesk] Ticket #31190 — "Can't log in to the Patient Portal after password reset"
Contact: {P:Wojciech Zieliński} · {E:w.zielinski84@onet.pl} · {T:+48 601 284 739}
Channel: Web form (Polish) -> auto-translated

"Dzień dobry, after reset on Thursday the portal says Account Locked (error AUTH-0451). I use Chrome 126 on a
Samsung Galaxy A54. My wife {P:Agnieszka} has the same provider and hers is ok."

Agent: verified identity with DOB {B:23.11.1988} and PESEL {I:88112304586}. Unlocked in Okta, MFA re-enrolled with
Microsoft Authenticator. Told Mr {P:Zieliński} that the Android app v5.12 has a known bug (JIRA PP-2207)."""),
    ("support_ticket", """Case 00918273 (Salesforce Service Cloud) - Status: Waiting on Customer
Account: Brightwater Dental Group (Perth WA) - Plan: Enterprise, Xero + MYOB connectors
Contact: {P:Lachlan O'Driscoll}, Practice Manager, {T:0412 388 905}, {E:lachlan@brightwaterdental.com.au}

Issue: invoices from Dentally not pushing to Xero since the 3.18.0 connector release. Error "Contact not found:
Dr Chen Dental P/L". That is the trading name of the clinic, not a person. Dr {P:Mei-Ling Chen} owns it.
Postal for the replacement YubiKey: {A:Unit 5}, {A:118 Stirling Highway}, {C:Nedlands} WA {A:6009}.
Next step: {P:Lachlan} to export the Contacts CSV. Escalated to Tier 3 ({P:Hamish Tautahi})."""),
    ("support_ticket", """GLPI ticket 4402 - imprimante / printer Canon imageRUNNER C3226 "Erreur E000007-0000"
Demandeur : {P:Éloïse Marchand-Delacroix}, Service Comptabilité, bâtiment Pasteur, 3e étage
Tél : {T:06 41 28 83 95} / poste 2214

Bonjour, l'imprimante du couloir (à côté de la salle Marie Curie) affiche l'erreur depuis lundi. Le technicien de
Ricoh est passé mais c'est une Canon... Merci, {P:Éloïse}

Intervention : fuser unit replaced (part FM1-R795-000), firmware 21.03. Test page OK. Note: the "Pasteur" and
"Lavoisier" buildings are names of wings, not people. Closed by {P:jb.nguyen} ({P:Jean-Baptiste Nguyen})."""),
    ("support_ticket", """HELPDESK-7731  Outlook / Exchange Online mailbox full
reporter: {P:Rhys ap Gwilym} (Welsh Language Unit, Cardiff Bay)
"My mailbox is 49.5 of 50 GB and I cannot send. Please archive Archive 2019 folder. My phone {T:029 2087 4419}"

Tech: enabled online archive, retention tag 2Y. Mailbox now 12 GB. {P:Rhys} also asked to add {P:Ffion Prydderch}
as delegate on the "Senedd Committee Papers" shared mailbox - done, ticket linked CHG-3310."""),
    # --- clinical notes -------------------------------------------------------------------------------------------
    ("clinical_note", """WARD 22 HANDOVER - Royal Victoria Infirmary, Leazes Wing - Night -> Early
Bed 4: {P:CARRUTHERS, Dorothy}  DOB {B:14/02/1941}  NHS {I:943 476 5919}  MRN {I:RVI0084127}
  PMH: Parkinson's disease (Hoehn and Yahr 3), AF on Apixaban, Bell's palsy 2019. Madopar 125mg QDS - TIME CRITICAL.
  Overnight: 1x fall attempt 03:10, no injury. Daughter {P:Janice} rang, wants call from Dr {P:Abernethy}.
Bed 5: Mr {P:Imran Ali} 52M, DKA resolving, VRIII off at 02:00, Diabetes Specialist Nurse to see.
Bed 6: {P:Tadhg Ó Súilleabháin} 67M, Crohn's flare, on IV hydrocortisone, Humira held. Stoma output 1.2L.
  NOK: wife {P:Máire} {T:07823 114 650}.
Outstanding: Bed 4 PT/OT review (Movement Disorders Clinic Tues), Bed 6 CRP/U&E 06:00, chase MRI from Freeman."""),
    ("clinical_note", """Haematology Clinic - St James's University Hospital, Bexley Wing, Level 3
Pt: {P:Harpreet Kaur Sandhu}   Hosp no: {I:J4418273}   DOB: {B:09-Jun-1979}   NHS No: {I:401 023 7686}
Dx: classical Hodgkin lymphoma, nodular sclerosis, stage IIA (Ann Arbor). Post ABVD x6, PET-CT Deauville 2.
Also: Hashimoto's thyroiditis on levothyroxine 100mcg, Raynaud's phenomenon.
Seen with her husband {P:Gurpreet}. Discussed Lugano criteria, remission. Follow up Clinic B in 3/12 with CT.
Letter to GP: Dr {P:Nwachukwu}, Chapel Allerton Health Centre. cc Macmillan CNS {P:Bronwen Jeffreys}.
Dictated by Dr {P:S. Venkataraman}, Consultant Haematologist. Typed {P:KL} 14/08."""),
    ("clinical_note", """ED triage - Auckland City Hospital - Te Toka Tumai
Name: {P:Wiremu Rangihau}  NHI: {I:ZKP4811}  DOB {B:03/08/1990}  Ph {T:027 512 8834}
PC: sudden L facial droop, woke with it. ?Bell's palsy vs CVA. FAST negative for arm/speech. Ramsay Hunt
excluded (no vesicles). GCS 15. BP 138/84. Triage cat 3.
Hx: Type 1 DM (Novorapid/Lantus), Graves' disease treated 2015.
Partner {P:Huia} present. Whānau contact: {P:Mere Rangihau} (mum) {T:021 907 4415}.
Plan: prednisone 60mg, eye care, Neurology (Dr {P:Lindgren}) to review. Discharge to GP Dr {P:Ahmadzai}."""),
    ("clinical_note", """Neurology OPD (Charité, Campus Mitte) – Verlaufsnotiz
Patient: {P:Hannelore Brückner-Voß}, Geb. {B:17.03.1952}, Versichertennr. {I:K482917367}
Diagnosen: Morbus Parkinson (ED 2016), Restless-Legs-Syndrom, Z.n. Guillain-Barré-Syndrom 1998.
Medikation: L-Dopa/Benserazid 100/25 4x tgl., Rasagilin 1mg. Tiefe Hirnstimulation (DBS) wird diskutiert.
Begleitung: Ehemann {P:Klaus}. Tel. {T:030 4418 2276}. Anschrift {A:Kastanienallee 61}, {A:10435} {C:Berlin}.
Befund: Rigor re>li, Tremor deutlich, UPDRS III 34. Kein Hinweis auf Lewy-Body-Demenz.
Procedere: Wiedervorstellung Q4, Überweisung Bewegungsstörungen-Ambulanz (Prof. {P:Adomeit}). Gez. Dr. {P:Yıldız}"""),
    ("clinical_note", """PAEDS OUTPATIENTS – Children's Health Ireland at Crumlin, Clinic 4B
Child: {P:Saoirse Mc Gonagle} (4y)  DOB {B:2020-01-27}  MRN {I:CHI-0388214}  PPSN {I:6482917C}
Background: Down syndrome (trisomy 21), AVSD repaired at 6 months, Hirschsprung's excluded. Coeliac screen neg.
Mum {P:Gráinne} reports good progress with Lámh signing and the Early Intervention team in Letterkenny.
Growth on Down syndrome specific chart: 25th centile. Thyroid fx normal (Hashimoto's screen annually).
Address: {A:7 Ard na Gréine}, {C:Letterkenny}, Co. Donegal {A:F92 KX3P}. Mobile {T:086 219 7730}.
Plan: ECHO in 12/12 (Dr {P:Fitzmaurice}), audiology, review with Dr {P:Ó Cearbhaill} in Clinic 4B in Spring."""),
    ("clinical_note", """GP consultation – Bondi Junction Medical Centre (Best Practice 1.11)
Pt {P:Nikolaos Papadimitriou} 58M, Medicare {I:2947 18360 1}, DOB {B:22/10/1965}, mob {T:0433 907 126}
S: 3 wks tinnitus + vertigo episodes, fullness R ear. ?Ménière's disease. Also Sjögren's query from rheum.
O: Dix-Hallpike neg, Rinne/Weber c/w R sensorineural loss. BP 142/90.
A: Probable Ménière's. Hx Addison's disease on hydrocortisone (sick-day rules reviewed), Barrett's oesophagus.
P: betahistine 16mg TDS, ENT referral (Prof {P:Abeysekera}, St Vincent's Clinic), audiogram. Wife {P:Eleni} here.
Next appt Thursday with Dr {P:Kowalczyk-Hart}."""),
    ("clinical_note", """Inpatient note – Seoul National University Hospital, Daehak-ro, Ward 61 (Rheumatology)
환자: {P:박지은} ({P:Park Ji-eun}) F/33, 주민등록번호 {I:910822-2045186}, 생년월일 {B:1991-08-22}
Dx: SLE with lupus nephritis class IV, Sjögren's overlap. Sx of Raynaud's.
Meds: mycophenolate 1g BD, HCQ 200mg, prednisolone taper. Benlysta started last cycle.
Husband {P:Kim Dong-hyun} {T:010-3821-6407} updated on the Cushingoid side effects.
Plan: repeat renal Bx Friday (Dr {P:Lee Seung-woo}); Hangul consent form signed."""),
    ("clinical_note", """Memory clinic - Sunnybrook, Toronto - follow-up
Patient: {P:Margaret-Anne Tremblay} DOB {B:1946-05-30} OHIP version code AB - health card {I:4817 302 963 AB}
Hx: Alzheimer's disease (mild, MoCA 21/30), Type 2 DM, hx of Cushing's syndrome (iatrogenic).
Donepezil 10 mg, metformin. Lives alone at {A:88 Glenholme Ave}, {C:Toronto} ON {A:M6H 3B2}.
Son {P:Denis Tremblay} (POA) attends, {T:416-555-0172}. Neighbour {P:Sandy} helps with Meals on Wheels.
Plan: CCAC/Home & Community Care referral, driving: advised to stop; MTO form completed. Dr {P:Oyelaran-Smith}."""),
    ("clinical_note", """Apollo Hospitals, Greams Road - Cardiology OPD slip
Name: {P:Venkata Subramaniam Iyer}   Age/Sex: 61/M   UHID: {I:APL-CH-2291847}   Aadhaar: {I:7391 8204 6571}
Mob: {T:+91 98450 12763}   Address: {A:Flat 3C, Sai Krupa Apartments}, {A:14 Kasturi Rangan Road},
{C:Alwarpet}, {C:Chennai} {A:600018}
C/o exertional angina, CCS II. Known Tetralogy of Fallot?? - no, that is the grandson ({P:Aarav}), listed wrongly.
Hx: DM2 on Glycomet, HTN on Telma 40. Echo: EF 50%. TMT positive Bruce stage II.
Adv: CAG under Dr {P:Ramasubramanian}. Attender: son {P:Karthik Iyer} {T:94440 38217}."""),
    # --- HR e-mails -----------------------------------------------------------------------------------------------
    ("hr_email", """From: {P:Rebecca Thistlethwaite} <{E:r.thistlethwaite@northgate-logistics.co.uk}>
To: {P:Oluwaseun Adebayo-Grant} <{E:seun.adebayo-grant@northgate-logistics.co.uk}>
CC: HR Business Partners; Payroll (SAP SuccessFactors)
Subject: Flexible Working Request - outcome

Hi {P:Seun},

Following our meeting in the Wellington Room on Thursday, I'm pleased to confirm your request under the Employment
Rights Act 1996 (Flexible Working Regulations) is approved: compressed hours, Mon-Thu, from 1 October.
The Occupational Health referral (Dr {P:Marsh}, Health Assured) re: your Crohn's disease remains open.
Please update your address in Workday if you've moved - we still hold {A:41 Coniston Drive}, {C:Wakefield} {A:WF2 8JT}.

Kind regards,
{P:Rebecca}
People Partner, Operations (Ford & Vauxhall accounts)"""),
    ("hr_email", """Subject: Minutes - Disciplinary Hearing (Stage 2) - CONFIDENTIAL
Date: Wednesday 17 July, Boardroom 2, Canary Wharf (One Canada Square, 28th floor)
Present: {P:Jonathan Pryce-Mortimer} (Chair, Head of Trading Ops), {P:Ayesha Siddiqui} (HR), {P:Colm Breathnach}
(employee), {P:Danielle Okoro} (Unite the Union rep), note taker {P:F. Gallagher}
1. {P:JPM} explained the ACAS Code of Practice and the right to be accompanied.
2. {P:Colm} accepted he shared the Bloomberg login with {P:Tomasz}. The breach of the Market Abuse Regulation
   policy was discussed; no client data (MiFID II records) were exposed.
3. Outcome: final written warning, 12 months. Right of appeal within 5 working days to {P:Ingrid Solberg}, COO.
Actions: {P:AS} to issue letter; IT (Okta) to rotate credentials; {P:DO} to send the union's notes."""),
    ("hr_email", """Von: {P:Anneliese Hofbauer} <{E:a.hofbauer@kranich-werke.de}>
An: Lohnbuchhaltung; {P:Deniz Aydın}
Betreff: Neueinstellung {P:Mustafa Çelik} – Stammdaten für DATEV / SAP HCM

Hallo {P:Deniz},
bitte für den neuen Kollegen im Werk Ingolstadt (Abteilung Qualitätssicherung, Audi-Zulieferteam) anlegen:
Name: {P:Çelik, Mustafa}, geb. {B:04.09.1987}, Steuer-ID {I:65018372546}, IBAN {I:DE52 5001 0517 0648 2937 15}
Anschrift: {A:Friedrich-Ebert-Straße 112}, {A:85055} {C:Ingolstadt}, Tel. {T:0171 4928361}
Krankenkasse: AOK Bayern. Eintritt 1. Oktober, Probezeit 6 Monate, Tarif IG Metall EG 9.
Danke & Gruß
{P:Anneliese}"""),
    ("hr_email", """From: People Team <{E:people@harbourline.co.nz}>
To: {P:Tama Ngata} <{E:tama.ngata@harbourline.co.nz}>
Subject: Your parental leave - Employment Relations Act / Parental Leave and Employment Protection Act 1987

Kia ora {P:Tama},
Congratulations to you and {P:Aroha} on baby {P:Manaia}! As discussed with {P:Jess} in Payroll (MYOB Exo), your
partner's leave runs 2 weeks from Monday 4 March. Please send the IRD number for the payment form - we have
{I:049-091-850} on file but it bounced from Inland Revenue. Ngā mihi,
{P:Priya Chandrasekaran} | People & Culture Advisor | Wellington office, Level 9, Aon Centre"""),
    ("hr_email", """RE: RE: reference check - {P:Lucía Fernández de la Vega}

> From: {P:Matteo Bianchi-Russo} <{E:m.bianchi@studiobianchi.it}>
> {P:Lucia} ha lavorato con noi 2019-2023 come Project Manager sul progetto Porta Nuova. Ottima. Contatto diretto:
> {T:+39 347 218 4490}
Thanks {P:Matteo}. {P:Lucía} accepted the offer this morning. For onboarding (Workday) I need from you, {P:Lucía}:
DNI {I:39481726H} (or NIE), Seguridad Social no., and IBAN. Address we have: {A:Calle de Embajadores 57, 3º B},
{A:28012} {C:Madrid}. Start date Monday 9 Sept at the Torre Picasso office.
{P:Hattie Pemberton-Oakes} | Talent Acquisition EMEA"""),
    ("hr_email", """Subject: Exit interview notes - {P:Sunil Ramaswamy} (Platform Engineering)
Interviewer: {P:Claire Dubois-Hughes}, HRBP   Date: Friday

- Leaving for Atlassian (Jira Cloud team). Reason: wants to work on Confluence search; comp not the issue.
- Feedback on manager {P:Björn Åkesson}: supportive, but the Kubernetes migration ("Project Everest") overloaded
  the team. Named {P:Ngozi} and {P:Rohit} as flight risks.
- Equipment: return Dell XPS + YubiKey to the Reading office, Thames Tower, by courier.
- Personal e-mail for P45 and pension (Aviva): {E:sunil.ramaswamy91@gmail.com}, mobile {T:07412 556 093}.
- Final pay includes 6 days untaken holiday. Non-compete per clause 18 reminded.
- Corporate Amex {I:3700 966812 40693} cancelled; last statement goes to the Reading office."""),
    ("hr_email", """From: {P:Zhang Wei} <{E:zhang.wei@jadeport-tech.cn}>
To: HR Shanghai; {P:Emily Liu}
Subject: 入职资料 / onboarding docs for {P:LIANG Xiaoyu}

{P:Emily}, please find attached for {P:Liang Xiaoyu} ({P:梁晓宇}... sorry, {P:梁小雨}) who joins the
Tencent Cloud partner team on Monday:
- 身份证 {I:440306199207175383} (born {B:1992-07-17})
- 手机 {T:+86 138 1042 7753}
- 地址 {A:上海市徐汇区漕溪北路 398 号 1204 室}, post code {A:200030}
She completed the Huawei HCIA and AWS Solutions Architect certs. Dragon Boat Festival leave already booked.
Thanks, {P:Wei}"""),
    ("hr_email", """Subject: Sick note + phased return - {P:Chukwuemeka Obi}
From: {P:Folasade Adeyemi-Johnson} (HR, Lagos office, Eko Atlantic)
To: Line manager {P:Ifeanyi}; cc: Occupational Health

Dear {P:Ifeanyi},
{P:Emeka}'s doctor at Lagos University Teaching Hospital confirms sickle cell crisis; he was admitted to the Kofo
Abayomi ward. Phased return from Monday, mornings only, no site visits to the Dangote refinery project.
His NIN for the HMO claim (Hygeia): {I:38104927651}. Contact: {T:0803 412 8876}. Home: {A:14 Adeola Odeku Street},
{C:Victoria Island}, {C:Lagos} {A:101241}.
Regards, {P:Folasade}"""),
    ("hr_email", """Från: {P:Karin Sjöberg} <{E:karin.sjoberg@fjallbo.se}>
Till: Lön; {P:Henrik Dahl}
Ämne: Föräldraledighet + ny adress {P:Linnea Bergqvist}

Hej {P:Henrik}! {P:Linnea} (personnummer {I:860927-6145}) går på föräldraledighet från 1 november via
Försäkringskassan. Ny adress: {A:Sankt Eriksgatan 48, 4 tr}, {A:113 34} {C:Stockholm}. Mobil {T:070-418 22 91}.
Hon vill ha lönen på nytt konto, IBAN {I:SE45 5000 0000 0583 9825 7466}. Hälsningar, {P:Karin}
P.S. Skandia pension and Folksam insurance unchanged. Volvo leasing car returned."""),
    # --- chat logs ------------------------------------------------------------------------------------------------
    ("chat_log", """#platform-oncall (Slack)
[09:02] {P:dani.kowalski}: anyone know why the Grafana board for the Route 9 bus tracker is red?
[09:03] {P:rajesh.p}: its the Kafka broker on {N:10.20.4.17} i think, Prometheus alert "BrokerDown" since 08:41
[09:03] {P:dani.kowalski}: ffs. who's on call? PagerDuty says {P:Hiroshi}
[09:05] {P:hiroshi.tanaka}: here. restarting, build 10.4.2.1 of the consumer is fine, it's the broker
[09:11] {P:hiroshi.tanaka}: green. post-mortem in Confluence later. @{P:rajesh.p} can u page {P:Siân} if it flaps
[09:12] {P:rajesh.p}: 👍 her cell is {T:07700 900 731} right?
[09:12] {P:dani.kowalski}: pls dont post numbers in channel lol"""),
    ("chat_log", """WhatsApp · "Fam 🏡"
[18/03, 19:22] Mum: Has anyone got Auntie {P:Nkechi}'s new address for the card?
[18/03, 19:25] {P:Chidi}: {A:22 Oakwood Crescent}, {C:Leyton}, {A:E10 5PQ}
[18/03, 19:25] {P:Chidi}: her new number {T:07958 304 117}
[18/03, 19:31] {P:Adaeze}: Mum the Marks & Spencer voucher is £30 not £50 btw
[18/03, 19:33] {P:Adaeze}: use my card for the flowers, {I:6011 5241 5603 2644} exp 04/27, DON'T forward this
[18/03, 19:40] Mum: ok. Is Uncle {P:Obinna} coming Saturday for Mothering Sunday lunch at the Harvester?
[18/03, 19:41] {P:Chidi}: he's working at Heathrow T5 til 6"""),
    ("chat_log", """Telegram — group "Warszawa expats / Kraków"
{P:Maja N.}: Does anyone know a good dentist near Rondo ONZ? LuxMed wants 3 weeks
{P:Oskar Wiśniewski}: Dr {P:Gajewska} on {A:ul. Marszałkowska 84/92}, tell her {P:Oskar} sent you 😅
{P:Oskar Wiśniewski}: tel {T:22 628 41 90}
{P:Maja N.}: dzięki!! is she NFZ or private
{P:Oskar Wiśniewski}: private, but she takes Medicover and PZU
{P:Tomek}: also Centrum Medyczne Enel-Med at Arkadia is fine, Saturday too"""),
    ("chat_log", """Microsoft Teams – chat with {P:Fionnuala Devereux}
{P:Fionnuala Devereux} 10:14: are you joining the Sprint Review in the Shackleton Room or on Teams?
{P:Arjun Mehta} 10:15: Teams, I'm WFH. Did the Power BI refresh for Q3 Board Pack run?
{P:Fionnuala Devereux} 10:15: yes after I fixed the Snowflake connector. Also {P:Grace} from Finance wants the
Johnson & Johnson rebate numbers by Tuesday
{P:Arjun Mehta} 10:17: ok. btw {P:will} is out so ask {P:Will} directly tomorrow, not today
{P:Fionnuala Devereux} 10:18: lol "{P:will} is out so ask {P:will}". noted
{P:Arjun Mehta} 10:18: 🙃 and if {P:Mark} asks, mark the ticket Done in Azure Boards"""),
    ("chat_log", """SMS thread {T:+44 7452 118 903} <-> Bright Smile Dental (automated)
BrightSmile: Hi {P:Duncan}, reminder: appt with Dr {P:Ferreira} Thu 14:30 at our Deansgate practice. Reply Y/N
{T:+44 7452 118 903}: Y. can i bring my son {P:Callum} too, his brace is loose
BrightSmile: We've noted that. For changes call {T:0161 496 0725} (Mon-Fri). Ref BS-22981
{T:+44 7452 118 903}: cheers, {P:Duncan McAllister}"""),
    ("chat_log", """LINE – {P:佐藤}さんとのトーク
{P:佐藤 美咲}: 明日の会議、品川のカンファレンスルーム「富士」でいいですか？
me: はい！ Zoom link also pls for {P:Nakamura}-san
{P:佐藤 美咲}: OK. {P:中村}さんの携帯 {T:080-2291-4736} です
me: thanks {P:Misaki}! The Toyota Prius pool car is booked, plate {I:品川 300 さ 41-08}
{P:佐藤 美咲}: 了解 👍 Golden Week の前に終わらせましょう"""),
    ("chat_log", """IRC #debian-uk (Libera.Chat)
<{P:gwyn_evans}> anyone else getting GPG errors from the Bookworm mirror at {N:185.73.44.219}?
<{P:mcfarlane_a}> yes, the key rotated. apt-key is deprecated, use signed-by
<{P:gwyn_evans}> ta. also is the Cambridge MiniDebConf on the Saturday?
<{P:kiri_h}> yep, at the Arm office. {P:mcfarlane_a} you giving the Linux Kernel talk again?
<{P:mcfarlane_a}> no, {P:Steve} is, i'm doing Reproducible Builds
* {P:kiri_h} has quit (Ping timeout: 260 seconds)"""),
    ("chat_log", """Discord – server "Hearthstone NZ" #trading
{P:tuihaka_r}: selling my old Nintendo Switch + Zelda, Wellington pick up only
{P:ngaio.p}: how much? i'm in Lower Hutt
{P:tuihaka_r}: $250, text me on {T:022 614 8893} — ask for {P:Rawiri}
{P:ngaio.p}: sweet, can do Sunday at Queensgate
{P:mod_kea}: reminder no personal info in public channels pls, DM each other"""),
    ("chat_log", """WhatsApp – "Sharma Parivaar 🙏"
[21:04] {P:Neha Sharma}: Papa ka appointment Max Hospital Saket mein kal 11 baje hai, Dr {P:Trehan} ke saath
[21:05] {P:Rohan}: ok di. Aadhaar card le jaana, number {I:2846 5031 9279} hai na?
[21:05] {P:Neha Sharma}: haan. aur ECHS card bhi
[21:07] {P:Rohan}: Diwali ke baad Jaipur chalenge? Raj Mandir mein movie
[21:09] {P:Kavita} Aunty: beta {P:Neha} mera new number save karo {T:+91 99580 41276}
[21:10] {P:Neha Sharma}: done aunty 👍"""),
    # --- ops logs -------------------------------------------------------------------------------------------------
    ("ops_log", """Jul 14 03:12:07 bastion-eu1 sshd[22817]: Accepted publickey for {P:okonjo.d} from {N:81.142.77.19}
port 51522 ssh2
Jul 14 03:12:07 bastion-eu1 sshd[22817]: pam_unix(sshd:session): session opened for user {P:okonjo.d}(uid=1043)
Jul 14 03:12:44 bastion-eu1 sudo:  {P:okonjo.d} : TTY=pts/2 ; PWD=/opt/jira ; USER=root ; COMMAND=/bin/systemctl restart
jira.service
Jul 14 03:13:02 bastion-eu1 systemd[1]: Started Atlassian Jira Software 9.12.2 (Data Center).
Jul 14 03:15:31 bastion-eu1 sshd[22990]: Failed password for invalid user admin from {N:45.155.91.203} port 40112 ssh2
Jul 14 03:15:33 bastion-eu1 sshd[22990]: Failed password for invalid user oracle from {N:45.155.91.203} port 40140 ssh2
Jul 14 03:20:00 bastion-eu1 CRON[23101]: (root) CMD (/usr/local/bin/backup.sh --schema 10.4.2.1)"""),
    ("ops_log", """2024-05-02T11:41:09.118Z INFO  [order-svc] build=10.4.2.1 region=eu-west-2 msg="checkout started"
  cart_id=C-991823 user_email={E:marguerite.ashdown@btinternet.com} ship_postcode={A:BS8 4QU}
2024-05-02T11:41:09.402Z WARN  [payment-svc] Stripe 3DS challenge required card_last4=8982 bin=529109
2024-05-02T11:41:09.410Z ERROR [payment-svc] legacy gateway echoed pan={I:5291091786278982} (PCI incident raised)
2024-05-02T11:41:15.990Z INFO  [payment-svc] 3DS ok, amount=GBP 84.50 merchant=Marks & Spencer Food
2024-05-02T11:41:16.204Z ERROR [notify-svc] Twilio SMS failed to={T:+447700900215} code=21610 (unsubscribed)
2024-05-02T11:41:16.310Z INFO  [notify-svc] fallback email sent to={E:marguerite.ashdown@btinternet.com}
2024-05-02T11:41:17.001Z DEBUG [geo-svc] client_ip={N:2a02:c7f:8a31:4e00::1b} resolved=Bristol (MaxMind GeoLite2)"""),
    ("ops_log", """<134>1 2024-09-19T07:55:12+02:00 fw-ams-01 PAN-OS - TRAFFIC -
  src={N:192.168.40.118} dst={N:52.97.183.2} app=ms-office365
  user=corp\\{P:jvanderberg} rule=Allow-O365 action=allow bytes=48211
<134>1 2024-09-19T07:55:40+02:00 fw-ams-01 PAN-OS - THREAT - src={N:192.168.40.131} user=corp\\{P:sdejong}
  threat="Cobalt Strike Beacon(86446)" severity=critical action=reset-both
<134>1 2024-09-19T07:56:02+02:00 fw-ams-01 GlobalProtect - gateway-auth login user={P:sdejong}
  public_ip={N:84.29.140.77} client=GP 6.2.1 os="Windows 10 Enterprise 22H2" result=success
<134>1 2024-09-19T07:58:11+02:00 fw-ams-01 SYSTEM - ha - Peer fw-ams-02 ({N:10.255.0.2}) state changed to Passive"""),
    ("ops_log", """Event ID 4625 - An account failed to log on. (Microsoft-Windows-Security-Auditing)
  Subject: Security ID: NULL SID
  Account For Which Logon Failed: Account Name: {P:m.oconnell}  Account Domain: HSE-NORTHWEST
  Failure Reason: Unknown user name or bad password.  Status: 0xC000006D
  Network Information: Workstation Name: LETTERKENNY-PC114  Source Network Address: {N:10.61.3.88}
Event ID 4740 - A user account was locked out. Account Name: {P:m.oconnell}  Caller: DC02
Event ID 4767 - A user account was unlocked. Target: {P:m.oconnell}  By: HSE-NORTHWEST\\{P:s.mcgettigan}
  Comment: "unlocked for {P:Mairéad O'Connell} after call from Sligo University Hospital, Ward St Brigid's\""""),
    ("ops_log", """Sep  3 14:22:51 mx2 postfix/smtpd[9912]: connect from mail-ej1-f44.google.com[{N:209.85.218.44}]
Sep  3 14:22:52 mx2 postfix/cleanup[9920]: 4WzQ1r0Xk9z: message-id=<CAK8x=Qp1@mail.gmail.com>
Sep  3 14:22:52 mx2 postfix/qmgr[811]: 4WzQ1r0Xk9z: from=<{E:ines.garciamarquez@gmail.com}>, size=48213, nrcpt=2
Sep  3 14:22:53 mx2 postfix/local[9925]: 4WzQ1r0Xk9z: to=<{E:tomas.lindgren@fjordbyra.no}>, status=sent
Sep  3 14:22:53 mx2 postfix/smtp[9926]: 4WzQ1r0Xk9z: to=<{E:beatriz.soto@fjordbyra.no}>, relay=none, status=bounced
  (host fjordbyra.no said: 550 5.1.1 User unknown)
Sep  3 14:23:10 mx2 amavis[3301]: (03301-07) Passed CLEAN RelayedInbound, LOCAL [{N:209.85.218.44}]"""),
    ("ops_log", """dhcpd: DHCPDISCOVER from 3c:22:fb:91:0e:4a (Galaxy-S23-{P:Dimitra}) via eth1
dhcpd: DHCPOFFER on {N:172.19.4.201} to 3c:22:fb:91:0e:4a (Galaxy-S23-{P:Dimitra}) via eth1
dhcpd: DHCPREQUEST for {N:172.19.4.201} from 3c:22:fb:91:0e:4a (Galaxy-S23-{P:Dimitra}) via eth1
dhcpd: DHCPACK on {N:172.19.4.201} to 3c:22:fb:91:0e:4a (Galaxy-S23-{P:Dimitra}) via eth1
radiusd: Login OK: [{P:dimitra.konstantinou}] (from client wlc-athens port 12 cli 3c-22-fb-91-0e-4a)
captive-portal: guest voucher issued to "{P:Dimitra Konstantinou}" mobile {T:694 418 2230}
  room 412, Hotel Grande Bretagne"""),
    ("ops_log", """{N:2001:db8:4f1a:22::7c} - - [11/Mar/2024:22:14:05 +0000]
  "GET /api/v3/patients?surname={P:Okafor} HTTP/2"
  403 128 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 Safari/605.1.15"
{N:86.12.190.4} - {P:l.hernandez} [11/Mar/2024:22:14:09 +0000] "POST /login HTTP/1.1" 302 0 "-" "Firefox/123.0"
{N:86.12.190.4} - {P:l.hernandez} [11/Mar/2024:22:14:11 +0000] "GET /dashboard/Jira-Sync HTTP/1.1" 200 18233
-- note: app_version="10.4.2.1" in the footer is the build tag; node="web-03" behind Cloudflare."""),
    ("ops_log", """{"ts":"2024-10-02T09:18:44Z","svc":"crm-audit","actor":"{P:akua.mensah}","action":"EXPORT_CONTACTS",
 "target":"Segment 'Dell EMEA Renewals'","rows":412,"client_ip":"{N:10.32.8.55}","app":"Salesforce 248.12"}
{"ts":"2024-10-02T09:19:02Z","svc":"crm-audit","actor":"{P:akua.mensah}","action":"VIEW_RECORD",
 "record":{"name":"{P:Torsten Hallgrímsson}","email":"{E:torsten.h@nordurljos.is}","phone":"{T:+354 861 4402}"}}
{"ts":"2024-10-02T09:21:30Z","svc":"dlp","rule":"PII_EXPORT_VOLUME","actor":"{P:akua.mensah}","verdict":"alert",
 "reviewer":"{P:Kwabena Asante}","note":"Marketing Cloud journey 'Black Friday', approved"}"""),
    ("ops_log", """openvpn[1422]: {N:92.40.182.17}:53144 TLS: Username/Password authentication succeeded
  for username '{P:fkaraca}'
openvpn[1422]: {P:fkaraca}/{N:92.40.182.17}:53144 MULTI_sva: pool returned IPv4={N:10.8.0.14}
openvpn[1422]: {P:fkaraca}/{N:92.40.182.17}:53144 SENT CONTROL: 'PUSH_REPLY,redirect-gateway def1,topology subnet'
openvpn[1422]: {N:176.88.31.240}:40991 TLS Auth Error: Auth Username/Password verification failed for peer
openvpn[1422]: {N:176.88.31.240}:40991 user '{P:e.yilmaz}' - account expired (HR leaver list, Istanbul office)"""),
    # --- CSV and table rows ---------------------------------------------------------------------------------------
    ("csv_rows", """employee_id,surname,given_name,department,job_title,site,mobile,dob
E10482,{P:Abernethy},{P:Isla},Finance,Senior Accountant (SAP S/4HANA),Quartermile,{T:07700 900 562},{B:1986-04-09}
E10483,{P:Fong},{P:Winston},IT Service Desk,M365 Administrator,Canary Wharf,{T:07700 900 803},{B:1991-12-30}
E10484,{P:Van der Linde},{P:Pieter},Supply Chain,Category Manager Dell,Rotterdam,{T:06 4182 7390},{B:1979-07-21}
E10485,{P:Nakashima},{P:Yui},R&D,Clinical Scientist (Parkinson's),Cambridge,{T:07700 900 114},{B:1994-02-02}
E10486,{P:O'Sullivan-Reyes},{P:Dara},Legal,Data Protection Officer,Dublin Docklands,{T:087 630 2291},{B:1983-10-15}"""),
    ("csv_rows", """"Customer","Email","Phone","Postcode","Product","Seats"
"{P:Gunnarsdóttir, Sigrún}","{E:sigrun.g@hraunvellir.is}","{T:+354 772 3019}","{A:101}","Jira Software",25
"Ford Motor Credit","{E:procurement@ford-credit.example}","{T:0800 555 218}","{A:CM13 3BW}","Confluence DC",500
"{P:Tanaka, Hiroko}","{E:hiroko.tanaka@minato-clinic.jp}","{T:03-5412-8830}","{A:105-0011}","Jira SM",10
"Dell Technologies UK","{E:renewals@dell.example}","{T:0800 555 291}","{A:RG12 1PQ}","Bitbucket",120
"{P:Baptiste Moreau}","{E:b.moreau@atelier-moreau.fr}","{T:+33 6 72 18 40 93}","{A:69002}","Trello Premium",3"""),
    ("csv_rows", """PatientID|NHSNumber|Surname|Forename|DOB|Postcode|Consultant|Clinic
{I:RX1-004812}|{I:738 201 9462}|{P:Gallacher}|{P:Morag}|{B:12/07/1958}|{A:G41 3DX}|Dr {P:Rennie}|IBD (Crohn's)
{I:RX1-004813}|{I:485 120 3977}|{P:Oyelowo}|{P:Temitope}|{B:03/03/1972}|{A:G12 8QQ}|Dr {P:Baird}|Hodgkin lymphoma f/u
{I:RX1-004814}|-|{P:Mackintosh}|{P:Euan}|{B:29/02/1964}|{A:PA2 6RT}|Prof {P:Chaudhry}|Parkinson's DBS
-- export: TrakCare 2023.1, Queen Elizabeth University Hospital, Gartnavel; clinic names from the Specialty table"""),
    ("csv_rows", """naam;adres;postcode;plaats;telefoon;bsn;iban
{P:Daan de Vries-Bakker};{A:Oudegracht 214};{A:3511 NS};{C:Utrecht};{T:06 1847 2093};{I:317428597};
{I:NL86 INGB 0007 4182 93}
{P:Fenna van 't Hoff};{A:Prinsengracht 663-II};{A:1016 HV};{C:Amsterdam};{T:020 612 4481};{I:520891636};-
{P:Sem Jansen};{A:Kerkstraat 9};{A:5611 GH};{C:Eindhoven};{T:06 2290 4117};{I:193746207};-
bron: AFAS Profit export, afdeling Philips Healthcare account, Efteling-uitje inschrijving"""),
    ("csv_rows", """\tName\tCity\tState\tZIP\tSSN\tPhone\tPlan
1\t{P:Brandon McAllister}\t{C:Columbus}\tOH\t{A:43214}\t{I:529-41-8830}\t{T:(614) 555-0139}\tAetna Gold PPO
2\t{P:LaToya Washington-Reid}\t{C:Decatur}\tGA\t{A:30030}\t{I:611-27-4093}\t{T:(404) 555-0188}\tKaiser HMO
3\t{P:Dmitri Volkov}\t{C:Brooklyn}\tNY\t{A:11215}\t{I:482-90-1176}\t{T:(718) 555-0102}\tEmpire BCBS
4\t{P:Guadalupe Ortiz}\t{C:El Paso}\tTX\t{A:79912}\t{I:507-63-2248}\t{T:(915) 555-0157}\tMedicare Advantage
Source: benefits census for open enrollment (Workday), Johnson & Johnson Vision plan excluded"""),
    ("csv_rows", """emp_code,name,pan,aadhaar,uan,bank_ac,ifsc
TCS-48211,{P:Ananya Krishnamurthy},{I:BKRPK4821L},{I:6103 9472 8502},{I:100482913377},{I:50100248817362},HDFC0001243
TCS-48212,{P:Mohammed Faizan Qureshi},{I:AQZPQ7730M},-,{I:100482913378},{I:912010048221733},UTIB0000009
TCS-48213,{P:Gurleen Dhillon},{I:CDLPD1926K},-,{I:100482913379},{I:1846001500032291},PUNB0184600
# IFSC codes are branch codes (HDFC Bank, Axis Bank, Punjab National Bank), not personal"""),
    ("csv_rows", """Member No,Name,CNIC,Mobile,Address,City
{I:LHR-00912},{P:Zainab Bibi Chaudhry},{I:35202-4817305-2},{T:0300 4512876},"{A:House 17, Street 9, Block C}",{C:Lahore}
{I:LHR-00913},{P:Hamza Tariq Butt},{I:35201-9920461-7},{T:0321 8830514},"{A:Flat 4, Gulberg Heights}",{C:Lahore}
{I:KHI-00451},{P:Sana Mirza},{I:42101-3381907-4},{T:0333 2019948},"{A:Plot 22-C, Khayaban-e-Ittehad}",{C:Karachi}
Club: Lahore Gymkhana squash section; fee via JazzCash / Easypaisa; Quaid-e-Azam Trophy screening on Sunday"""),
    ("csv_rows", """| Navn | Fødselsnummer | Telefon | Adresse | Postnr | Sted |
|---|---|---|---|---|---|
| {P:Ingrid Haugland} | {I:14068849595} | {T:412 88 306} | {A:Thereses gate 22B} | {A:0168} | {C:Oslo} |
| {P:Sindre Bjørnstad} | {I:03090152326} | {T:936 41 270} | {A:Kong Oscars gate 41} | {A:5017} | {C:Bergen} |
| {P:Aurora Eikeland Nilsen} | - | {T:481 20 557} | {A:Fjordgata 7} | {A:7010} | {C:Trondheim} |
Kilde: NAV / Altinn skjema RF-1022, Equinor vendor list (Statoil brand retired)"""),
    # --- postal blocks --------------------------------------------------------------------------------------------
    ("postal_block", """ROYAL MAIL Special Delivery Guaranteed by 1pm   RN 4418 2290 7GB
DELIVER TO:
Mr {P:Alasdair Fraser-Lennox}
{A:Flat 3F2}
{A:17 Marchmont Crescent}
{C:EDINBURGH}
{A:EH9 1HN}
SENDER: Waterstones Online, Customer Services (returns: see packing slip)
CONTENTS: 2x books (The Pelican History of Art; Gray's Anatomy 42nd ed.)"""),
    ("postal_block", """FedEx International Priority - AWB 7742 9103 5518
SHIP TO: {P:Kwame Boateng-Mensah}
c/o Mensah & Daughters Ltd
{A:Suite 1402, Brookfield Place}
{A:181 Bay Street}
{C:Toronto}, ON {A:M5J 2T3}
CANADA   Tel: {T:+1 416-555-0163}
FROM: Hoshino Seiki, {A:2-7-11 Nishitenma}, {C:Kita-ku}, {C:Osaka} {A:530-0047}, JAPAN
Declared: precision bearings, part no. 0800-555-210 (HS 8482.10), value JPY 48,000"""),
    ("postal_block", """Frau
Dr. {P:Ute Schimmelpfennig}
{A:Am Rosengarten 4a}
{A:01309} {C:Dresden}
DEUTSCHLAND

Absender: Sächsische Landesärztekammer, {A:Schützenhöhe 16}, {A:01099} {C:Dresden}
– Fortbildungszertifikat (CME-Punkte)"""),
    ("postal_block", """Madame {P:Léa Rousseau-Benali}
{A:Résidence Les Tilleuls, Bât. C}
{A:12 rue Jean-Jaurès}
{A:69100} {C:VILLEURBANNE}
FRANCE
Lettre recommandée avec AR n° 1A 187 294 5528 3 – objet : résiliation contrat SFR / Orange Livebox"""),
    ("postal_block", """To: {P:Tomasz Wróblewski}
{A:ul. Długa 14/3}
{A:30-415} {C:Kraków}
Poland
tel. {T:+48 12 411 93 07}
---
Return: Amazon EU S.à r.l., Customer Returns, ref D01-4471829-1182201 (Kindle Paperwhite 11th gen)"""),
    ("postal_block", """ATTN: {P:Ngaire Te Rangi-Parata}
{A:PO Box 4412}
{C:Rotorua} {A:3046}
NEW ZEALAND

cc: {P:Hemi Parata}, {A:31 Pukuatua Street}, {C:Rotorua} {A:3010}   mob {T:027 883 1940}
Re: Te Arawa Lakes Trust AGM papers — marae booking for Matariki"""),
    ("postal_block", """Sr. {P:Álvaro Gutiérrez Ibáñez}
{A:Avda. de la Constitución 18, 2º izq.}
{A:41001} {C:Sevilla}
España
Ref. expediente: SEG-SOC 2024/11827 — Tesorería General de la Seguridad Social, Dirección Provincial"""),
    ("postal_block", """〒{A:150-0013}
{C:東京都渋谷区}{A:恵比寿 4-20-3}
{A:恵比寿ガーデンプレイスタワー 18F}
株式会社ヨツバデザイン
{P:鈴木 大輔} 様
TEL {T:03-6721-4408}
ヤマト運輸 宅急便 伝票番号 4418-2290-7731（時間帯指定 14-16時）"""),
    # --- bank notes -----------------------------------------------------------------------------------------------
    ("bank_note", """KYC refresh - Private Banking, Mayfair branch (Berkeley Square) - RM: {P:Olivia Castellano}
Client: {P:Demetrios Argyropoulos} / joint with {P:Katerina Argyropoulou}
DOB {B:05/01/1962}; passport (GR) {I:AK4182907}; AMKA {I:14068304527}
Account {I:41827730}, sort code {I:20-45-77}; IBAN {I:GB69 BARC 2003 8471 9263 05}
Source of wealth: sale of shipping business (Piraeus), verified via Deloitte letter. PEP screen: no match
(World-Check hit was a namesake, {P:Dimitrios Argyropoulos}, Cyprus). Address: {A:Flat 9, Hanover House},
{A:14 Hanover Square}, {C:London} {A:W1S 1HP}. Greek address: {A:Vasilissis Sofias 71}, {A:115 21} {C:Athens}.
Next review: 12 months. Signed off by Compliance ({P:R. Okafor})."""),
    ("bank_note", """Fraud call note - Card Services, Chester contact centre
Caller ID {T:+44 7438 902 116} matched to cust {P:Bethan Llewellyn-Jones}. Reported card {I:4449 6288 2564 0062}
lost at Cardiff Central after the Wales v Ireland Six Nations match. Last genuine txn Greggs, Westgate St.
Disputed: 3x contactless at Tesco Express + Uber (London), total GBP 96.40.
Verified via DOB {B:19/09/1990} and postcode {A:CF24 4HQ}. Card blocked, replacement to {A:27 Richmond Road},
{C:Roath}, {C:Cardiff} {A:CF24 4HQ}. Chargeback raised (Visa reason code 10.4). {P:Bethan} happy with outcome."""),
    ("bank_note", """AML alert #AML-77120 – Retail, Istanbul Levent şubesi
Customer: {P:YILMAZ, Emre Can}  TCKN {I:38475019210}  DOB {B:11.06.1985}  tel {T:0532 418 27 60}
Address: {A:Büyükdere Cad. No: 127 D: 14}, {C:Şişli}, {C:İstanbul} {A:34394}
Pattern: 14 incoming FAST transfers < TRY 50,000 from different senders within 48h, outgoing SWIFT to
IBAN {I:TR33 0006 1005 1978 6457 8413 26} (own acct at İş Bankası). Comment from RM {P:Selin Öztürk}: client sells
used cars (Ford Focus, Renault Clio) on Sahibinden, invoices provided. Recommend close alert, no STR to MASAK."""),
    ("bank_note", """Mortgage application – AIB, Grand Canal Dock – underwriter notes
Applicants: {P:Cillian Mac Giolla Phádraig} & {P:Aoife Nic an tSaoi}
PPSN {I:3019475G} ({P:Cillian}); {P:Aoife}'s to be re-keyed from her P60. DOBs {B:1989-03-14} / {B:1991-11-02}
Property: {A:Apt 22, The Gasworks}, {A:Barrow Street}, {C:Dublin 4} {A:D04 TR29}. Price EUR 485,000, LTV 90%.
Employment: {P:Cillian} - Google (Site Reliability Engineer), {P:Aoife} - St Vincent's University Hospital (Reg.)
Help to Buy approved by Revenue. Salary acct IBAN {I:IE90 AIBK 9311 8274 6503 91}. Valuer: Sherry FitzGerald."""),
    ("bank_note", """Wire recall request - Ops Milano, Piazza Gae Aulenti
Ordering customer: {P:Giulia Ferrara} (CF {I:FRRGNN93R61F839H}), IBAN {I:IT69 X030 6909 6061 0000 0063 417}
Beneficiary (intended): Studio Bianchi-Russo Architetti; actual beneficiary IBAN {I:ES91 2100 0418 4502 0005 1332}
Amount EUR 18,400, value date Monday. Customer says invoice e-mail from "{E:amministrazione@studio-bianchirusso.com}"
was spoofed (real domain studiobianchi.it). Called {P:Giulia} on {T:+39 333 904 1827}; she confirmed via Intesa
app. Recall sent via SWIFT gpi (UETR on file) to CaixaBank. Police report (Carabinieri) filed in Napoli."""),
    ("bank_note", """Asiakasmuistio – Nordea, Aleksanterinkatu (Helsinki)
Asiakas: {P:Väinö Korhonen}, hetu {I:150384-273K} (s. {B:15.03.1984}), puh. {T:040 718 2934}
Osoite: {A:Mannerheimintie 48 B 17}, {A:00260} {C:Helsinki}
Tili: {I:FI40 2142 1820 1036 98}. Asiakas pyysi MobilePay-rajan korotusta ja Visa Debit -kortin uusimista.
Note (EN): customer also asked about the Sibelius Academy scholarship account for daughter {P:Aino} – referred to
branch. Nokia shares in custody unchanged."""),
    ("bank_note", """Call note - Commonwealth Bank, Business Banking (Parramatta)
Customer: {P:Thanh Nguyen-Hoang} (sole trader, Pho Saigon Kitchen)  TFN {I:529 183 060}
Mob {T:0402 117 385}  BSB {I:062-118} Acc {I:1048 2937}
Wants a 2nd EFTPOS terminal (Albert) for the Westfield Parramatta stall; ABN and BAS statements on file.
Spouse {P:Lê Thị Mai} to be added as signatory - needs 100 pts ID (passport {I:PA4471920}). Booked Thursday
with banker {P:Rajiv Menon}. Customer mentioned Tết trading hours."""),
    ("bank_note", """Branch note - Chase, Michigan Ave (Chicago) - new account opening
Customer: {P:Marisol Acevedo-Park}, SSN {I:318-62-9047}, DOB {B:08/24/1988}, DL (IL) {I:A126-4480-9123}
Address: {A:1540 N Milwaukee Ave}, {A:Apt 3R}, {C:Chicago}, IL {A:60622}. Cell {T:(312) 555-0194}
Direct deposit set up from employer Northwestern Medicine; ACH routing {I:072386257}, acct {I:000482291736}
Customer asked about Zelle limits and the Sapphire Preferred card. Referred to Private Client ({P:Darnell Hughes}).
Note: "{P:Park}" is her married name (husband {P:Jae-won Park}), joint account later."""),
    # --- CRM notes ------------------------------------------------------------------------------------------------
    ("crm_note", """HubSpot · Deal "Northwind Health – Epic Hyperspace integration" · Stage: Proposal Sent
Contact: Dr {P:Amara Nwosu-Ellison}, CMIO, {E:amara.nwosu-ellison@northwindhealth.org}, {T:+1 617-555-0143}
Call summary (Tues): They run Epic (Hyperspace + MyChart), Cerner at two legacy sites. Interested in our
Parkinson's remote-monitoring module and the Down syndrome registry export. Budget owner is the CFO,
{P:Gregory Vance}. Competitor: Philips. Next: demo in the Longwood Medical Area on 19 Nov, invite {P:Amara}'s
deputy {P:Luis Carrasco}. Mailing address for the NDA: {A:412 Brookline Ave}, {C:Boston}, MA {A:02215}."""),
    ("crm_note", """Salesforce > Account: Marks & Spencer plc (Paddington, Waterside House) > Activity
Logged by {P:Niamh Doherty} - Account Exec, UK Retail
Met {P:Sebastian Holloway-Grant} (Head of Store Ops) and {P:Farah Qadri} (Procurement). They want Zebra handhelds
for 1,000 Simply Food stores; pilot at Marble Arch and Cheshire Oaks. Price pushback vs Honeywell.
{P:Farah}: {T:07700 900 447}, {E:farah.qadri@mands-procurement.example}. {P:Seb} prefers Teams, not calls.
Follow-up: send SOW v3, ask {P:Jonty} (pre-sales) about SAP EWM integration. Champion: {P:Seb}. Risk: Ocado deal."""),
    ("crm_note", """Zoho CRM – Lead: "{P:Aziz Rahimi}" – Source: LinkedIn Ads (campaign "Dell PowerEdge Q4")
Company: Rahimi Freight GmbH, {A:Hafenstraße 88}, {A:20457} {C:Hamburg}
Phone {T:+49 40 3009 4418} | mobile {T:+49 176 2281 9034} | {E:aziz@rahimi-freight.de}
Notes: 40 trucks (Mercedes Actros, MAN TGX), wants telematics + SAP Business One. Spoke German/Dari.
Brother {P:Farid Rahimi} runs the Bremen depot. Deposit paid by card {I:2221 6945 6391 6617}.
Call back Monday 09:00 CET. Qualified → handed to {P:Jana Novotná}."""),
    ("crm_note", """Pipedrive – Person: {P:Shreya Balasubramanian} (Bain alumni, now COO at Kestrel Biotech)
- Intro via {P:Tom Ashworth} at the Nobel Prize dinner? no, at the Wellcome Trust Sanger reception, Hinxton.
- Kestrel works on Huntington's disease & Tourette syndrome; uses Benchling + Veeva Vault.
- Wants quote for Snowflake data cloud migration; decision in Q1. Board member Prof. {P:Ingeborg Halvorsen}.
- Mobile {T:07700 900 982}; EA is {P:Lottie} ({E:lottie.eames@kestrelbio.co.uk}).
- Personal: runs the Cambridge Half; daughter {P:Meera} at the Perse School. Don't mention Bayer."""),
    ("crm_note", """Dynamics 365 – Case note – Customer: {P:Ji-ho Shin}
Customer phoned re: Samsung Galaxy Tab bundle from our Gangnam flagship; invoice shows wrong address.
Correct: {C:서울특별시 강남구} {A:테헤란로 152}, {A:12층}, {A:06236}. Mobile {T:010-7742-1093}.
Also update e-mail to {E:jiho.shin@kakao.example}. Customer's colleague {P:Choi Min-seo} may collect.
Offered LG Gram as replacement if stock short. Agent: {P:Han Yoo-jin}. Closed - address corrected in SAP."""),
    ("crm_note", """Account review - Johnson & Johnson MedTech (Leeds, Ethicon site) - QBR prep
Attendees: {P:Caroline Ashby} (our CSM), {P:Venkatesh Rao} (J&J IT), {P:Mhairi Buchanan} (J&J Quality)
Usage: 412 Jira seats, 96 in Confluence; Azure DevOps still used by the Depuy Synthes team.
Escalation: Jira Align SSO failure (Okta) last month, RCA delivered by {P:Kofi Asamoah}.
Upsell: Atlassian Guard. {P:Mhairi}'s mobile for QBR logistics: {T:07700 900 671}.
Venue: The Queens Hotel, City Square — Ellington Room, Thursday 10:00."""),
    ("crm_note", """Close.com – lead "Bodega Ruiz de Alarcón" – wine importer (Rioja, Ribera del Duero)
Contacto: {P:Inmaculada Ruiz de Alarcón}, gerente · {T:+34 612 48 39 07} · {E:inma@bodegaruizdealarcon.es}
Dirección fiscal: {A:Calle Mayor 3}, {A:26200} {C:Haro} (La Rioja)
Notes: sells to El Corte Inglés & Mercadona; wants Shopify Plus + Stripe. Her son {P:Íñigo} handles IT.
Mentioned the Premio Nacional de Gastronomía award. Follow up after the Feria de Abril."""),
    ("crm_note", """Copper CRM – Opportunity: Dangote Cement – SAP Ariba rollout (Lagos / Obajana plant)
Champion: {P:Babatunde Oyekunle} (Head of Procurement) {T:+234 803 455 1298} {E:b.oyekunle@dangote-cement.example}
Economic buyer: {P:Hauwa Bello-Abubakar} (CFO). Blocker: Engr. {P:Uchenna Nwankwo} (IT).
Next step: workshop at Eko Hotel, Victoria Island, 14 Nov. Deal size USD 1.2m; SAP S/4HANA Cloud 2402.
{P:Tunde} wants references from MTN Nigeria and Access Bank."""),
    # --- forum posts ----------------------------------------------------------------------------------------------
    ("forum_post", """r/ParkinsonsDisease · Posted by u/{P:margo_hennessy_61} · 4h
Title: Duodopa vs DBS - anyone had both?

My husband {P:Desmond} (dx 2014, young onset) is on Duodopa via the PEG-J at the Walton Centre. The consultant
Prof {P:Radcliffe} now suggests DBS at Salford Royal. Anyone done the switch? Also any tips for the Blue Badge
form, Liverpool council keeps losing it. I'm happy to chat, email me {E:margohennessy61@hotmail.co.uk}
Edit: thanks all, esp. u/{P:kwamena_tremor}. Parkinson's UK helpline was great too."""),
    ("forum_post", """Stack Overflow — "Azure DevOps pipeline fails: 'The user ... is not authorized to access this'"
Asked by {P:Lukas Brandstätter}
My YAML pipeline on Microsoft-hosted agent ubuntu-22.04 (image 20240611.1) fails at the Jira Cloud step. The
service connection was created by my colleague {P:Sofie Vermeulen} who left. Build 10.4.2.1 worked.
  ##[error] TF400813: The user 'aad\\{P:svermeulen}' is not authorized
Answer by {P:Priyank Desai} (✓ accepted, 41 votes): recreate the service connection under a service principal,
not a person. Don't paste tokens; the IP {N:10.1.0.4} in your log is the agent's internal NAT, fine to share."""),
    ("forum_post", """Mumsnet › Am I being unreasonable?
AIBU to refuse to lend my neighbour {P:Janine}'s husband the Ford Focus again?? He brought it back with the
Halfords receipt still on the dash and no petrol. He's called {P:Dean} and lives two doors down. I don't want to
fall out, our kids are at St Michael's C of E together and {P:Janine} does the Brownies. DH says let it go.
Update: {P:Dean} has now texted me from {T:07831 492 006} demanding the spare key. Not a chance."""),
    ("forum_post", """Whirlpool Forums (AU) › Broadband › "NBN HFC dropouts every evening - Telstra"
posted by {P:daz_kowalczyk}
Since the Optus→Telstra switch I'm getting dropouts 7-9pm. Modem is the Smart Modem Gen 3, firmware 10.4.2.1
(yes the version looks like an IP lol). Tech {P:Shane} came out Tuesday, swapped the wall plate.
My address for anyone at Telstra reading: {A:8 Banksia Street}, {C:Wynnum} QLD {A:4178}, acct in {P:Darren Kowalczyk}.
Reply from {P:TelstraMod_Priya}: PM sent, pls don't post your service number here."""),
    ("forum_post", """Classifieds › Gumtree (Glasgow) › "Dell U2723QE monitor, boxed, £220"
Selling as upgraded at work (Barclays campus, Tradeston). Collection from {A:Flat 0/2}, {A:64 Nithsdale Road},
{C:Pollokshields} {A:G41 2AN}, evenings. Cash or PayPal ({E:kirsty.mcgarvey83@gmail.com}).
Text {P:Kirsty} on {T:07954 118 372}. No timewasters. Also have a Logitech MX Keys and a Ford Fiesta roof box."""),
    ("forum_post", """GitHub issue #4417 · kubernetes-sigs/external-dns · "Route53 provider deletes records"
Opened by @{P:haruto-s} ({P:Haruto Saitō})
After upgrading to v0.14.2 my A records for {N:203.0.113.10} get deleted every sync. Config below (redacted).
  --domain-filter=example.jp --aws-zone-type=public --txt-owner-id=tokyo-prod
cc @{P:mkowalski-dev} who wrote the TXT registry. Reproduced on EKS 1.29.
Comment by @{P:annika-lund}: duplicate of #4390, fixed in v0.14.3."""),
    ("forum_post", """TripAdvisor › Santorini › "Transfer from Athinios port - recommendations?"
We used {P:Giorgos} ({P:Giorgos Valvis}) last June, he was brilliant and met us at the Blue Star Ferries gate
with a sign. WhatsApp {T:+30 697 214 8830}. Stayed at Canaves Oia, did the Caldera sunset cruise. Avoid the
Route 9 bus at midday in August, it's packed. Also Lucky's Souvlakis in Fira is a must!
— {P:Hollie} & {P:Ben Ashcroft}, {C:Leeds}"""),
    ("forum_post", """Motor-Talk.de › VW Golf 8 › "Infotainment startet ständig neu (SW 0788)"
Beitrag von {P:Jürgen_Hässler}
Mein Golf (Kennzeichen {I:KA-JH 4471}) hat nach dem Update auf Softwarestand 0788 dauernd Neustarts. Die
Werkstatt (Autohaus Gebrüder Ott, Karlsruhe) sagt, Volkswagen kennt das Problem. Wer hat eine Lösung?
Antwort von {P:Svenja K.}: bei mir hat das Update auf 0792 geholfen, Termin über die We Connect App.
Antwort von {P:Jürgen_Hässler}: danke {P:Svenja}, probiere ich am Montag."""),
    # --- referral letters -----------------------------------------------------------------------------------------
    ("referral_letter", """Chapel Allerton Health Centre, Leeds
Dr {P:Obiageli Nwachukwu} MRCGP

Dear Dr {P:Venkataraman},

Re: Mrs {P:Harpreet Kaur Sandhu}, DOB {B:09/06/1979}, NHS No {I:401 023 7686}
{A:23 Harehills Lane}, {C:Leeds} {A:LS8 4HP}, tel {T:0113 496 0732}

Thank you for seeing this lady back. She completed ABVD for Hodgkin lymphoma last year and now reports night
sweats and a new left supraclavicular node. She also has Hashimoto's and Raynaud's. No B symptoms otherwise.
I would be grateful for an urgent review in your Haematology Clinic at St James's (2WW pathway).

Yours sincerely,
Dr {P:O. Nwachukwu}"""),
    ("referral_letter", """Praxis Dr. med. {P:Friederike Lindemann} · Fachärztin für Allgemeinmedizin
{A:Leopoldstraße 33} · {A:80802} {C:München} · Tel. {T:089 3304 1187}

An: Klinikum rechts der Isar, Neurologische Klinik, Ambulanz für Bewegungsstörungen
Überweisung: Herr {P:Ludwig Steinmetz-Aydın}, geb. {B:02.12.1958}, KVNR {I:L482019376}
Verdachtsdiagnose: idiopathisches Parkinson-Syndrom, DD Essentieller Tremor. Bekannt: Morbus Bechterew,
Hashimoto-Thyreoiditis, Z.n. Fazialisparese (Bell's palsy) 2011.
Fragestellung: DaTSCAN? Therapieeinstellung. Ehefrau {P:Gül} begleitet, Mobil {T:0157 3918 2044}.
Mit freundlichen kollegialen Grüßen, {P:F. Lindemann}"""),
    ("referral_letter", """Hôpital Édouard-Herriot, Pavillon N – Service de Neurologie
Lyon, le 3 mars

Cher Confrère,
Je vous adresse Mme {P:Chloé Fontaine-Mbappé}, née le {B:21/05/1987}, NIR {I:2 87 05 92 350 418 66},
demeurant {A:45 cours Lafayette}, {A:69003} {C:Lyon}, tél. {T:06 18 27 44 90}, pour une paralysie faciale
a frigore (maladie de Bell) récidivante. Antécédents : maladie de Crohn sous Stelara, syndrome de Raynaud.
IRM cérébrale normale. Merci de la revoir en consultation (Pr {P:Lefebvre-Diallo}).
Bien confraternellement, Dr {P:Mathieu Arnaud}"""),
    ("referral_letter", """Whanganui Regional Health Network — Te Awa Medical
To: Paediatric Outpatients, Palmerston North Hospital
Re: {P:Kahurangi Tūhoe-Walker} (DOB {B:16/09/2017}) NHI {I:PLQ2855}
Address: {A:19 Guyton Street}, {C:Whanganui} {A:4500}. Mother {P:Ripeka Walker} {T:027 330 1186}
Kia ora koutou, this 7yo has suspected Tourette syndrome (motor + vocal tics > 12 months), ADHD traits.
Also Kawasaki disease at 3 (no coronary sequelae). Whānau would prefer appointments on Wednesdays.
Ngā mihi, Dr {P:Sophie van Wijk}, GP"""),
    ("referral_letter", """Kokilaben Dhirubhai Ambani Hospital, Andheri West — Dept. of Gastroenterology
Date: 12/02
To Dr {P:Pradeep Kulkarni}, Hinduja Hospital, Mahim

Dear Sir, kindly see Ms {P:Farzana Shaikh}, 34F, DOB {B:30-11-1989}, MRD no. {I:KDAH/24/118273}.
Mob {T:+91 98200 47713}, {A:B-204, Gulmohar CHS}, {A:Linking Road},
{C:Bandra West}, {C:Mumbai} {A:400050}. She has Crohn's disease (ileocolonic), on azathioprine, now with
perianal fistula; kindly evaluate for biologics (Infliximab / Adalimumab biosimilar, Exemptia).
Thanking you, Dr {P:Rustom Wadia}, MD DM"""),
    ("referral_letter", """MASSACHUSETTS GENERAL HOSPITAL – Lunder Building – Department of Neurology
Referral / Consult request (Epic In Basket: "Ref to Neuromuscular")
Patient: {P:O'BRIEN, Patrick J.}   MRN {I:0048-21-7390}   DOB {B:04/17/1969}   Ph {T:(617) 555-0128}
Address: {A:77 Sumner Street}, {C:East Boston}, MA {A:02128}
Reason: progressive weakness, ?Guillain-Barré vs CIDP; hx Lyme disease, Bell's palsy (2008), Charcot-Marie-Tooth
in father. EMG ordered. Insurance: Blue Cross Blue Shield of Massachusetts, member ID {I:XJM902184477}.
Referring: {P:Rachel Goldfarb}, NP, MGH Revere HealthCare Center."""),
    ("referral_letter", """ASL Roma 1 – Medicina Generale – Dott. {P:Stefano Pellegrini}
{A:Via dei Serpenti 104}, {A:00184} {C:Roma} – tel. {T:06 4882 1937}

Gentile Collega, invio il Sig. {P:Luca Martelli}, nato il {B:19/05/1988}, C.F. {I:MRTLCU88E19H501H},
residente in {A:Via Appia Nuova 412}, {A:00181} {C:Roma}, per valutazione reumatologica: sospetta spondilite
anchilosante (morbo di Bechterew), HLA-B27 positivo. In anamnesi malattia di Crohn in remissione, morbo di
Basedow trattato. Policlinico Gemelli o Umberto I, a vostra scelta. Cordiali saluti, {P:S. Pellegrini}"""),
    ("referral_letter", """Hong Kong Sanatorium & Hospital – Happy Valley – Oncology referral
Dear Dr {P:Tsang Ka-wai},
Re: Mr {P:LEUNG Chun-kit} ({P:梁俊傑}), HKID {I:K482913(1)}, DOB {B:1975-08-03}, tel {T:9183 4402}
Address: {A:Flat 12B, Block 3, Taikoo Shing}, {A:18 Tai Koo Shing Road}, {C:Quarry Bay}
He has relapsed Hodgkin lymphoma after ABVD; PET shows mediastinal disease. Also Down syndrome? No – his brother
{P:Chun-hei} has Down syndrome and is his dependant. Please assess for brentuximab / ASCT.
Yours sincerely, Dr {P:Angela Mok}"""),
    # --- payment updates ------------------------------------------------------------------------------------------
    ("payment_update", """Stripe Dashboard › Customers › cus_Q8xT2mLk › Payment methods
Customer: {P:Imogen Fairweather-Lyle} · {E:imogen.fairweather@fastmail.com} · {T:+44 7700 900 386}
Card updated: Amex ending 1009 → new card {I:5195 6891 6055 0731} (Mastercard, exp 09/28) added by customer
Billing address: {A:The Old Rectory}, {A:Church Lane}, {C:Great Shelford}, {C:Cambridge} {A:CB22 5EL}
Subscription: "Adobe Creative Cloud Teams" via reseller, plan price_1P4 GBP 79.99/mo
Note: 3DS passed via the issuer ACS; Radar risk normal (score 12). Invoice INV-0800-555-210 paid."""),
    ("payment_update", """SEPA-Lastschriftmandat – Änderung der Bankverbindung
Mandatsreferenz: M-2024-448120 · Gläubiger: Stadtwerke München GmbH (SWM), Vertragskonto {I:4012 8830 77}
Kontoinhaber: {P:Maximilian Oberhuber} · {A:Sendlinger Straße 28} · {A:80331} {C:München}
Alte IBAN: {I:DE83 1007 0024 0283 7194 65} (Deutsche Bank)
Neue IBAN: {I:DE12701500000010482937} (Stadtsparkasse München), gültig ab 1. des Folgemonats
Hinweis: M-Strom Natur und M-Ökogas bleiben unverändert; Abschlag EUR 84 monatlich.
Unterschrift: {P:M. Oberhuber}, Tel. {T:0176 4471 2093}"""),
    ("payment_update", """ACH / direct deposit change form – Payroll (ADP Workforce Now)
Employee: {P:Tyrone Beauchamp-Okafor}   Location: Atlanta, Ponce City Market office
Old: Wells Fargo checking (account closed)
New: routing {I:264185033}, checking acct {I:7730418825}, 100% net pay
Effective: next pay date (Friday). Verified by phone callback to {T:(404) 555-0176} per SOX control PAY-07.
Approved: {P:Kimberly Nakamura-Ross}, Payroll Manager. Note: employee also enrolled in the Delta Dental plan."""),
    ("payment_update", """Razorpay webhook → payment.method.updated (merchant: Swiggy Instamart store)
customer_name="{P:Divya Raghavendra}" contact="{T:+91 90087 41125}" email="{E:divya.r1992@yahoo.co.in}"
old_method=card card_network=RuPay last4=4402
new_method=upi vpa="{I:divya.raghavendra@okhdfcbank}" status=verified
billing_address="{A:No. 42, 3rd Cross, 5th Block}, {C:Koramangala}, {C:Bengaluru} {A:560095}"
notes: UPI AutoPay mandate for Amazon Prime / Hotstar bundle, max INR 1,499; NPCI ref 4418-2290-7731"""),
    ("payment_update", """Zmiana rachunku do wypłaty – ZUS / pracodawca: Allegro sp. z o.o. (Poznań)
Pracownik: {P:Katarzyna Wójcik-Nowak}, PESEL {I:03261407939}, ur. {B:14.06.2003}
Adres: {A:ul. Półwiejska 32 m. 7}, {A:61-888} {C:Poznań}, tel. {T:601 938 224}
Nowy rachunek: {I:PL61 1090 1014 0000 0712 1981 2874} (Santander Bank Polska)
Poprzedni rachunek w mBank – zamknięty. BLIK i karta Visa Debit bez zmian. Zatwierdził: {P:Piotr Zając} (Kadry)"""),
    ("payment_update", """Moneris / Interac – card on file update – Tim Hortons franchise #4418 payroll
Employee: {P:Gabrielle Lévesque-Nadeau} · SIN {I:518 039 276} · {T:514-555-0149}
Address: {A:4217 rue Saint-Denis, app. 3}, {C:Montréal} QC {A:H2J 2K9}
Old: paper cheque (discontinued by head office); uniform deduction card {I:5579 9028 1024 9158} removed
New: Desjardins transit {I:81530}, institution 815, account {I:0482271}
Approved by {P:Marc-André Gagnon}, franchise owner. Note: Roll Up the Rim promo not payroll related."""),
    ("payment_update", """Betalingsændring – Netflix / Viaplay / TV 2 Play (via Nets Betalingsservice)
Kunde: {P:Mette Kjærgaard Holm} · {A:Jægergårdsgade 64, 2. tv} · {A:8000} {C:Aarhus C}
Mobil {T:+45 28 41 90 37} · e-mail {E:mette.k.holm@outlook.dk}
Ny konto: {I:DK50 0040 0440 1162 43} (Danske Bank), gamle kort {I:4702 8651 1972 3368} slettet
MobilePay Subscriptions aktiveret. Note: LEGO House gift card GC-2290-7731 ikke berørt. Godkendt af {P:Rasmus}."""),
    ("payment_update", """Wallet change – Revolut Business / Wise (Auckland café group payroll)
Staff member: {P:Mereana Tipene-Hall} · IRD {I:073-184-266} · mob {T:021 733 4190}
Old: ANZ account closed → New: Kiwibank account (details in Xero Payroll, verified by a 1c deposit)
Home: {A:15 Ponsonby Road}, {C:Grey Lynn}, {C:Auckland} {A:1011}
Confirmed by call-back; KiwiSaver (Simplicity) and student loan deductions unchanged. Approved: {P:Hemi}."""),
    # --- tax forms ------------------------------------------------------------------------------------------------
    ("tax_form", """HM REVENUE & CUSTOMS – SA100 TAX RETURN – PAGE TR 1
YOUR PERSONAL DETAILS
1 Your date of birth: {B:07 11 1977}
2 Your name and address: {P:Rhiannon Pritchard-Evans}, {A:Tŷ Gwyn}, {A:4 Heol y Parc}, {C:Pontypridd} {A:CF37 2HX}
3 Your phone number: {T:01443 480 219}
4 Your National Insurance number: {I:QH 48 27 61 C}
UTR: {I:48271 93065}   Tax year 6 April 2023 to 5 April 2024
SELF-EMPLOYMENT (SA103S): translator, Welsh/English, clients incl. S4C and Cardiff University
Student Loan Plan 2: yes. Gift Aid: Macmillan Cancer Support, RNLI."""),
    ("tax_form", """Form W-4 (2024) Employee's Withholding Certificate — Department of the Treasury, IRS
Step 1(a) First name and middle initial: {P:Keisha M.}   Last name: {P:Delacroix-Whitfield}
Address: {A:2219 Larchmont Ave}, {A:Apt 4B}   City or town, state, ZIP: {C:Columbus}, OH {A:43214}
Step 1(b) Social security number: {I:612-48-3390}
Step 1(c) [x] Married filing jointly   Step 2: [ ] Multiple jobs   Step 3: Claim dependents $4,000
Employer: Nationwide Mutual Insurance, EIN 31-4177110, One Nationwide Plaza
Employee signature: {P:Keisha Delacroix-Whitfield}  Date: 01/08/2024"""),
    ("tax_form", """Einkommensteuererklärung 2023 – Anlage Hauptvordruck (ESt 1 A) – ELSTER
Zeile 4 Identifikationsnummer: {I:39281704635}  Finanzamt Heidelberg
Zeile 7 Name: {P:Schuster-Nowak}  Vorname: {P:Friedhelm}  Geburtsdatum: {B:23.04.1966}
Zeile 10 Straße: {A:Hauptstraße 41}  Zeile 12 PLZ: {A:69117}  Wohnort: {C:Heidelberg}
Ehegatte: {P:Dorota Schuster-Nowak}, geb. {B:02.08.1970}
Bankverbindung IBAN: {I:DE10672500200048213097}
Anlage N: Arbeitgeber SAP SE, Walldorf; Anlage KAP: Deka-Fonds. Kirchensteuer: rk."""),
    ("tax_form", """ITR-1 (SAHAJ) – Assessment Year 2024-25 – Income Tax Department, Government of India
PAN: {I:AFRPN4419Q}   Aadhaar No.: linked (not printed)
Name: {P:NAIR, Lakshmi Priya}   Date of Birth: {B:12/01/1984}   Mobile: {T:+91 94470 28813}
Flat/Door: {A:T-7, Prestige Shantiniketan}   Road: {A:ITPL Main Road}   Area: {C:Whitefield}
Town: {C:Bengaluru}   PIN: {A:560048}   Employer: Infosys Ltd (TAN BLRI01234F)
Deductions 80C: LIC, PPF, ELSS; 80D: Star Health. Refund to SBI a/c {I:30418827716} IFSC SBIN0004102"""),
    ("tax_form", """T1 GENERAL 2023 – Income Tax and Benefit Return – Canada Revenue Agency
Identification   First name: {P:Siddharth}   Last name: {P:Mukherjee-Leblanc}
Social insurance number (SIN): {I:627 401 854}   Date of birth (YYYY/MM/DD): {B:1983/06/29}
Mailing address: {A:1187 Commercial Drive}, {A:Unit 402}   City: {C:Vancouver}   Prov: BC   Postal code: {A:V5L 3X4}
Email: {E:sid.mleblanc@telus.net}   Marital status: Common-law, spouse {P:Émilie Leblanc}
Line 10100 Employment income: 98,400 (Amazon Development Centre Canada ULC). RRSP: Wealthsimple.
Elections Canada: yes. Climate Action Incentive: BC not applicable."""),
    ("tax_form", """Individual tax return 2024 – Australian Taxation Office (myTax prefill)
Tax file number: {I:274 930 515}   Name: Ms {P:Charlotte Wainwright-Ngata}
Date of birth: {B:04/03/1992}   Phone: {T:0421 556 370}
Home address: {A:2/17 Grey Street}, {C:South Brisbane} QLD {A:4101}
Medicare levy: full; private hospital cover HCF. Employer: Queensland Health (Princess Alexandra Hospital)
Bank (refund): BSB {I:084-004} Account {I:5512 0937 8}
HELP debt: yes. Spouse: {P:Nikau Ngata}."""),
    ("tax_form", """AGENCIA TRIBUTARIA – Modelo 100 IRPF 2023 – Datos identificativos
NIF: {I:71650384W}   Apellidos y nombre: {P:GARCÍA-OLMEDO ZUBIRI, Nerea}
Fecha de nacimiento: {B:18/02/1990}   Teléfono: {T:688 204 917}
Domicilio: {A:C/ Gran Vía 41, 5º dcha.}   C.P. {A:48011}   Municipio: {C:Bilbao}   Provincia: Bizkaia
Cónyuge: {P:Unai Etxeberria Goikoetxea}   Hijos: {P:Ane} (2019)
Rendimientos del trabajo: Iberdrola S.A.; Plan de pensiones BBVA; deducción por maternidad
IBAN para devolución: ver certificado bancario adjunto (Kutxabank)"""),
    ("tax_form", """DÉCLARATION DES REVENUS 2023 – Formulaire 2042 – impots.gouv.fr
Numéro fiscal : {I:30 48 271 930 053}   N° sécurité sociale : {I:1 93 03 69 123 074 96}
Déclarant 1 : {P:BERTRAND, Julien Marc}, né le {B:15/03/1993} à Lyon 3e
Adresse : {A:8 rue de la République}, {A:69002} {C:Lyon}   Tél. {T:07 82 41 19 36}
Déclarant 2 : {P:Amina Bertrand-Haddad}, née le {B:09/07/1994}
Salaires : Sanofi (Gerland) ; dons : Restos du Cœur, Institut Pasteur ; emploi à domicile (CESU)"""),
    # --- incident reports -----------------------------------------------------------------------------------------
    ("incident_report", """DATIX INCIDENT REPORT – W14821 – Royal Victoria Infirmary, Ward 22 (Leazes Wing)
Date/time: Sunday 03:10   Category: Slips, trips and falls   Harm: No harm
Patient: {P:Dorothy Carruthers}, NHS {I:943 476 5919}, DOB {B:14/02/1941}
Description: pt with Parkinson's disease attempted to mobilise to toilet without frame; found sitting on floor
by HCA {P:Precious Moyo}. Madopar dose at 02:00 given late (pharmacy stock, Omnicell fault).
Witness: Staff Nurse {P:Liam Hetherington}. Doctor informed: F2 Dr {P:Yusuf Ahmed} - no injury on exam.
Actions: falls bundle, low bed, bed rails assessment, daughter {P:Janice Carruthers} informed by phone."""),
    ("incident_report", """SECURITY INCIDENT SEC-2024-0417 – Phishing with credential capture
Reported by: {P:Ngozi Okonkwo-Hart} (Service Desk) – Severity: High
Timeline (UTC): 08:41 e-mail "DocuSign: Q3 bonus letter" from {E:hr-notify@docusign-secure.example} to 214 users;
08:52 user {P:r.castellanos} ({P:Raúl Castellanos}) entered credentials at hxxps://login-micros0ft[.]top;
08:55 sign-in from {N:185.220.101.47} (Tor exit, NL) blocked by Conditional Access; 09:02 MFA fatigue, approved;
09:10 mailbox rule "Invoices" created. Account disabled by {P:Tobias Lindqvist} 09:14.
Containment: tokens revoked in Entra ID, Defender for Office 365 ZAP purged 198 messages. Build 10.4.2.1 of the
VPN client not involved. Lessons: number matching in Microsoft Authenticator."""),
    ("incident_report", """AIR SAFETY REPORT (ASR) – Flight EI 152 DUB–LHR – A320neo EI-NSC
Phase: cruise FL340. Event: passenger medical + disruptive behaviour, seat 14C.
PAX: {P:MORIARTY/KEVIN} MR PNR 6KQ2LR, passport {I:PX4418290}, DOB {B:03MAR1986}
Pax became aggressive after alcohol, struck cabin crew member {P:Aisling Brennan} (purser: {P:Dónal Ó Briain}).
Medical: pax {P:SZABO/ANNA} MS in 15D (type 1 diabetic) assisted with glucose; doctor on board Dr {P:Kofi Mensah}.
Captain {P:R. Whitcombe} requested police on arrival, Heathrow T2 stand 224. Met Police ref CAD 4412/17SEP."""),
    ("incident_report", """An Garda Síochána – PULSE incident 2290-7731 – Burglary (dwelling)
Location: {A:12 Ardmore Park}, {C:Bray}, Co. Wicklow {A:A98 K2F6}
Injured party: {P:Pádraig Mac Con Iomaire}, DOB {B:21/08/1958}, mob {T:087 209 4413}
Reported stolen: Dell laptop, Apple Watch, a Claddagh ring, car keys for Ford Kuga reg {I:221-WW-4418}.
Suspect vehicle: silver VW Passat, partial reg 191-D-..., seen on the Dublin Road near the DART station.
Witness: neighbour {P:Bernadette Ní Chonaill}. Investigating Garda: Gda. {P:Cathal Rooney}, Bray Garda Station."""),
    ("incident_report", """RIDDOR report – Amazon fulfilment centre (Dunfermline, DUN4) – over-7-day injury
Injured person: {P:Andrzej Kamiński}, warehouse associate, home {A:9 Pilmuir Street}, {C:Dunfermline} {A:KY12 0LN}
DOB {B:06/04/1979}, NI no. {I:SK 91 40 27 D}, tel {T:07488 301 926}
Event: foot crushed by a Toyota reach truck (fleet no. RT-0800) in aisle 4B, Thursday night shift.
First aider {P:Megan Drummond}; taken to Victoria Hospital Kirkcaldy (A&E) by ambulance.
Reported to HSE under RIDDOR reg 4. Manager on duty: {P:Harjit Gill}. CCTV retained (Hikvision NVR)."""),
    ("incident_report", """Lab incident LI-0912 – Wellcome Sanger Institute, Ogilvie Building, CL3 suite
Reporter: Dr {P:Helga Øverby}  Date: Wednesday   Category: potential exposure (M. tuberculosis culture)
Description: centrifuge bucket seal failed during spin; aerosol contained in the Class I cabinet. Staff present:
{P:Ravi Shankar Pillai}, {P:Ewa Grabowska}. Both sent to Occupational Health (Addenbrooke's). Baseline QuantiFERON.
Equipment: Eppendorf 5810R, serial 5811AB418290. Cleaned with Virkon. Biosafety Officer {P:Gwilym Rees} notified.
Root cause: seal past service date (Thermo Fisher PM overdue since May). No further action for Parkinson's lab."""),
    ("incident_report", """個人情報漏えい報告 / Personal data incident – 株式会社ミナトソフト（港区）
発生日: 月曜日  報告者: {P:高橋 翔太} ({P:Shota Takahashi}), 情報システム部
Summary: a ThinkPad X1 (asset MS-2290) was left on the Yamanote Line near Shinagawa. BitLocker enabled.
Contained a CSV of 41 customers incl. {P:山本 花子} (tel {T:090-7718-3302})
and {P:Kim Soo-ah} ({E:sooah.kim@naver.example}).
Police lost-property ref filed at Shinagawa station. PPC notification: not required (encrypted).
Approver: 部長 {P:伊藤 健一}"""),
    ("incident_report", """Trafik kazası tutanağı / Road traffic collision – Ankara, Kızılay, Atatürk Bulvarı
Driver A: {P:Elif Şahin Demirtaş}, ehliyet no {I:B-0684421}, plaka {I:06 ABR 418}, tel {T:0533 291 47 08}
Driver B: {P:Hüseyin Koç}, plaka {I:34 KLM 2290}, insurer Allianz Sigorta, poliçe 4418-2290-7731
Vehicles: A – Renault Clio (white), B – Ford Transit Custom (Koç Holding fleet, unrelated to the driver's name).
Witness: {P:Zeynep Arslan}, bus driver on the Route 9 (EGO) bus. Police: Trafik Denetleme Şube, memur {P:Kaya}."""),
    # --- PII-free look-alikes -------------------------------------------------------------------------------------
    ("pii_free", """Release Notes – Azure DevOps Server 2022.1 – Build 10.4.2.1
Fixed: Boards query editor crash when a Work Item title contained "Parkinson's" (apostrophe escaping).
Fixed: Pipelines agent 3.236.1 no longer reports version as 10.4.2.1.0 on Windows Server 2019.
Known issue: Jira Cloud connector 5.12 requires TLS 1.2; see KB 0800-555-210.
Deprecated: TFVC check-in policies from Team Foundation Server 2015. Supported browsers: Edge, Chrome, Firefox."""),
    ("pii_free", """WAYFINDING – ROYAL VICTORIA INFIRMARY
Main Entrance (Queen Victoria Road) → Leazes Wing → Lifts B
Level 1: Outpatients A–F, Phlebotomy, Costa Coffee, WHSmith
Level 2: St Mary's Wing – Maternity, Special Care Baby Unit, Nightingale Ward
Level 3: Great North Children's Hospital, Ward 22 (Neurology), Movement Disorders Clinic
Level 4: Freeman Link Bridge (closed Sundays), Chapel, Multi-faith Room
Parking: Car Park 6 (Richardson Road). Route 9 bus stops outside Peacock Hall."""),
    ("pii_free", """Formulary extract – Neurology – Movement Disorders
Co-careldopa (Sinemet) 12.5/50, 25/100 – first line in Parkinson's disease
Co-beneldopa (Madopar) 62.5, 125, 250 – TIME CRITICAL medicine, do not omit
Rasagiline 1mg – MAO-B inhibitor; Ropinirole XL 2mg–24mg
Apomorphine (APO-go) pen – specialist initiation only, Movement Disorders Clinic, Tuesdays
Not for use in Lewy body dementia without consultant review. See also: Huntington's chorea (tetrabenazine)."""),
    ("pii_free", """Eponymous conditions seen on the Gastro & Haem wards this quarter:
- Crohn's disease (ileal, colonic, perianal) – 41 admissions
- Hodgkin lymphoma (classical), non-Hodgkin lymphoma (DLBCL) – 17
- Barrett's oesophagus surveillance – 63 scopes
- Whipple's procedure (pancreaticoduodenectomy) – 6, listed as PPPD in ORMIS
- Hirschsprung's disease (paeds transfers from Great Ormond Street) – 2
Audit lead: Consultant Gastroenterologist. Data source: Epic Clarity, Caboodle."""),
    ("pii_free", """Physics revision – Year 11 – Laws named after people
Ohm's law: V = IR. Hooke's law: F = kx. Boyle's law: pV constant at fixed T. Charles's law, Newton's laws.
Units: newton (N), pascal (Pa), joule (J), watt (W), kelvin (K), hertz (Hz), tesla (T), ampere (A), volt (V).
Kirchhoff's current law at a junction. Snell's law for refraction. Doppler effect – the Route 9 bus siren!
Homework due Friday 14 June; Mock exams in the Faraday Building, Room F2.14."""),
    ("pii_free", """Prize & award shortlist – Faculty newsletter (May)
Congratulations to the Department of Chemistry on the Royal Society's Davy Medal shortlisting and to the
Computer Science group for the ACM Turing Award nomination (for the Kubernetes scheduler paper).
Also: Nobel Prize in Physiology or Medicine lecture – Thursday, Darwin Lecture Theatre; Booker Prize reading
group – Wednesday, Newnham Room; Fields Medal public lecture streamed on Teams. Pulitzer-winning podcast
series to be screened in the Wolfson Hall. Refreshments courtesy of Marks & Spencer Food Hall."""),
    ("pii_free", """CAB MINUTES – Tuesday Change Advisory Board – Week 32
Attendees: Infrastructure, Service Desk, Security Operations, Database Team, Release Management
CHG-2291 Upgrade Jira Data Center 9.12.2 → 9.12.8 (Saturday maintenance window) – APPROVED
CHG-2292 Patch Dell PowerEdge R750 iDRAC firmware 6.10.30.00 – APPROVED with rollback plan
CHG-2293 Baker Street project: migrate SAP Concur SSO to Okta – DEFERRED to Week 34
CHG-2294 Replace Ford Fleet telematics gateway (IP range documented in CMDB) – REJECTED, no test evidence
AOB: Christmas change freeze starts Monday 16 December. Next CAB: Tuesday, Shackleton Room."""),
    ("pii_free", """SKU list – Spare parts (Marks & Spencer store fit-out)
part no. 0800-555-210  | LED panel 600x600, 4000K        | qty 40
part no. 0207-946-0018 | Emergency exit sign, maintained | qty 12
part no. 0161-496-0000 | Cable tray 300mm, galvanised    | qty 85
part no. 0113-496-0450 | Zebra ZT411 label printer head  | qty 3
Order ref PO-4418-2290, supplier: Rexel UK, delivery to Canary Wharf loading bay 3 (Tuesday AM)."""),
    ("pii_free", """Ops digest – Saturday
04:00 nightly backup of Confluence (build 8.5.4) completed in 41 min.
04:12 Grafana alert "DiskPressure" on node k8s-worker-07 cleared.
05:30 Windows Update KB5034441 deferred on Hyper-V hosts (Tuesday Patch Tuesday cycle).
06:00 Certificate for *.intranet renewed by cert-manager v1.14.4 (Let's Encrypt R3).
07:45 Jenkins job "Hudson-legacy-migrate" failed: Maven 3.9.6, Java 21, Gradle 8.7 – known issue JENKINS-71234.
Version strings 2.5.0.0 and 10.4.2.1 in the dashboard are app builds, not hosts."""),
    ("pii_free", """FORM HR-7 – CHANGE OF PERSONAL DETAILS (BLANK TEMPLATE)
SURNAME: ____________________   FORENAME(S): ____________________
DATE OF BIRTH (DD/MM/YYYY): __/__/____   NATIONAL INSURANCE NO.: __ __ __ __ __
HOME ADDRESS: ______________________________________   POSTCODE: ________
TELEPHONE (MOBILE): ______________   EMAIL: ______________________
NEXT OF KIN NAME / RELATIONSHIP: ______________________
Return to: People Services, Level 2, Baker Street project office. Retain for 6 years (GDPR Article 5)."""),
    ("pii_free", """Menu – The Wellington Room (Tuesday Lunch Club)
Starters: Caesar salad; Eggs Benedict; Waldorf salad
Mains: Beef Wellington with Lyonnaise potatoes; Chicken Kiev; Margherita pizza (v)
Desserts: Peach Melba; Pavlova; Bakewell tart; Eton mess
Drinks: Earl Grey, Arnold Palmer (mocktail), Tom Collins, Bloody Mary
Allergens available from the Sodexo team. Bookings via the Facilities page on SharePoint."""),
    ("pii_free", """Clinic template – Bell's palsy pathway (ENT / Neurology)
House-Brackmann grade I–VI documented at each visit. Exclude Ramsay Hunt syndrome, Lyme disease,
Guillain-Barré syndrome (bilateral). Prednisolone 50mg for 10 days within 72 hours of onset.
Eye care: Lacri-Lube at night, tape. Refer to Facial Palsy UK. Review at 3 weeks in Clinic 4B, St Mary's Wing.
Red flags: Horner's syndrome, Bell's phenomenon absent, parotid mass."""),
    ("pii_free", """Down syndrome annual health check – practice protocol (v2.3)
Thyroid function (Hashimoto's risk), hearing, vision (keratoconus), cardiac review if AVSD history,
coeliac screen, sleep apnoea questionnaire, Alzheimer's baseline from age 40 (Down Syndrome Association guide).
Use the Down syndrome growth charts (RCPCH). Makaton / Lámh support noted. Recall every April via EMIS Web.
Codes: SNOMED CT 41040004; Read code PJ0.."""),
    ("pii_free", """Brand usage guide – Partner logos on the Baker Street project hoardings
Approved: Ford (blue oval), Dell Technologies, Marks & Spencer, Johnson & Johnson, Boots, Sainsbury's,
John Lewis & Partners, Cadbury, Kellogg's, Heinz, Dyson, Siemens, Philips.
Do not crop the Mercedes-Benz star or stretch the Ferrari prancing horse. Pantone references in Appendix C.
Sign-off by Brand Governance (Marketing) before Friday's print run at the Canary Wharf site."""),
    ("pii_free", """Team calendar – Platform Engineering
Mon 09:30 Daily Stand-up (Huddle Room "Lovelace")
Tue 14:00 Architecture Review – Kubernetes 1.30 upgrade, Istio 1.22
Wed 11:00 Baker Street project sync with Vendor Management
Thu 16:00 Retro – Sprint 42 ("Everest")
Fri 12:00 Lunch & Learn: Terraform modules, Ansible AWX, Backstage
Public holidays: Good Friday, Easter Monday, May Day, Spring Bank Holiday, August Bank Holiday."""),
    ("pii_free", """Travel update – Route 9 bus and the Victoria line
From Monday, the Route 9 bus (Aldwych – Hammersmith) is diverted via Kensington High Street due to works.
Victoria line: no service between Brixton and Stockwell on Sunday. Elizabeth line via Paddington unaffected.
Use Jubilee line to Canary Wharf; DLR to Bank. Northern line (Charing Cross branch) part closed.
Waterloo & City line runs Monday to Friday only. Contactless and Oyster accepted; Freedom Pass valid after 09:00."""),
    ("pii_free", """Product spec – Dell Latitude 7450
CPU: Intel Core Ultra 7 165U | RAM: 32 GB LPDDR5x | SSD: 1 TB NVMe
BIOS 1.4.2, firmware TB 10.4.2.1, Dock WD22TB4 firmware 01.00.32
Service Tag format: 7 characters (e.g., ABC1234 on the base label)
Express Service Code shaped like 0800 555 210 03 – not a phone number
Warranty: ProSupport Plus, 3 years, next business day."""),
    ("pii_free", """Statistics notes – Week 5
Bayes' theorem, Gaussian (normal) distribution, Student's t-test, Pearson's r, Spearman's rho,
Fisher's exact test, Kaplan-Meier curves, Cox proportional hazards, Bonferroni correction, Wilcoxon signed-rank.
Markov chains and Monte Carlo methods (Metropolis-Hastings). Poisson regression for count data.
Tutorial: Thursday, Turing Room. Software: R 4.4.0, Stata 18, SPSS 29."""),
    ("pii_free", """Storm warning – Met Office
Storm Ciarán: Amber wind warning for Cornwall and Devon, Wednesday 18:00 to Thursday 12:00.
Storm Isha and Storm Jocelyn last January caused rail disruption on the West Coast Main Line.
Hurricane Beryl (Atlantic) weakening. Named storms list for the season: Ashley, Bert, Conall, Darragh.
Ferries: Brittany Ferries and Wightlink cancelled Thursday morning sailings."""),
    ("pii_free", """Chess club – openings for Tuesday
Ruy López (Spanish), Sicilian Najdorf, Caro-Kann, Nimzo-Indian, King's Indian Defence, Queen's Gambit Declined,
Grünfeld, Petrov's Defence, Alekhine's Defence, Evans Gambit. Endgame: Lucena and Philidor positions.
Venue: Room G.04, Tate Building. Rated games under FIDE rules, Fischer increment 30s."""),
    ("pii_free", """Compliance training – mandatory modules (due end of March)
1. Bribery Act 2010 and the Foreign Corrupt Practices Act (FCPA)
2. Sarbanes-Oxley Act (SOX) section 404 controls – Finance only
3. Modern Slavery Act 2015; Equality Act 2010; Health and Safety at Work etc. Act 1974
4. Dodd-Frank Act and MiFID II record keeping – Trading Ops
5. GDPR / Data Protection Act 2018 – all staff
Platform: Workday Learning. Questions to the Compliance Office, Level 28, One Canada Square."""),
    ("pii_free", """IKEA showroom display note – Wembley store, Kitchen & Living zones
BILLY bookcase 80x28x202 (article 002.638.50), KALLAX shelf unit, POÄNG armchair, IVAR storage system,
MALM chest of drawers, HEMNES day-bed, LACK side table, ALEX drawer unit.
Display change Monday 07:00 before opening. Allen keys and cam locks from the Returns desk."""),
    ("pii_free", """Sprint Review – Epic Hyperspace optimisation (Clinical Systems team)
- In Basket load time down from 6.2s to 1.9s after Citrix Workspace 2311 rollout
- Chart Review report "Crohn's disease activity (HBI)" published to Gastro
- MyChart Bedside pilot on Ward 22 and St Mary's Wing postponed to July
- Cerner interface engine (Rhapsody 6.17) retirement: September
- Blocked: Haiku / Canto upgrade waiting on Apple MDM (Jamf Pro 11.4)
Demo recording on Stream; next Sprint Review Thursday in the Nightingale Room."""),
    ("pii_free", """Tax guidance note – Gift Aid, Marriage Allowance and the Personal Allowance (2024/25)
Personal Allowance GBP 12,570; tapers above GBP 100,000. Marriage Allowance transfer GBP 1,260.
Blind Person's Allowance GBP 3,070. Scottish rates: starter, basic, intermediate, higher, advanced, top.
Forms: SA100, SA103S, P60, P11D, P45. Deadline 31 January; payments on account 31 January and 31 July.
HMRC helpline numbers are on GOV.UK; reference codes like 0800-555-210 on leaflets are form stock numbers."""),
    ("pii_free", """Incident review template – Post-Incident Review (PIR)
Title: [Service] degradation – [date]
Impact: customers affected, duration, SLA breach (Y/N)
Timeline (UTC): detection → triage → mitigation → resolution
Root cause: use the 5 Whys or Ishikawa (fishbone) diagram; Swiss cheese model for layered controls
Actions: owner = TEAM (not an individual), due date, Jira ticket
Heinrich's triangle and the Pareto principle for trend analysis. Blameless culture per Google SRE."""),
    ("pii_free", """Carl Zeiss / Leica / Nikon microscope booking – Imaging Core, Hodgkin Building
Zeiss LSM 980 Airyscan: Mon–Wed; Leica SP8 STED: Thu; Nikon Ti2 spinning disk: Fri
Training required: Core induction + Lasers (Class 3B/4). Fiji/ImageJ, Imaris 10.1, Huygens on the analysis PC.
Booking via PPMS; cancellations > 24h. Hodgkin Building Level 2, entrance via the Sanger Walk."""),
    ("pii_free", """Quarterly KPIs – Group Treasury (Canary Wharf)
FX exposure: EUR/GBP hedged 82%, USD/GBP 74%. Liquidity coverage ratio 148%.
Counterparties: Barclays, HSBC, Lloyds, NatWest, Santander UK, J.P. Morgan, Goldman Sachs, Morgan Stanley.
Cost Centre 4410 merged into 4420 from 1 October. SAP S/4HANA Treasury module go-live in February.
Board pack due Monday; Audit Committee Wednesday in Boardroom 2."""),
    ("pii_free", """Route planning – Baker Street project site visits
Depart Baker Street station (Bakerloo, Circle, Hammersmith & City, Jubilee, Metropolitan) 08:15.
Walk via Marylebone Road past Madame Tussauds to the site compound (Gate 3).
PPE: hard hat, hi-vis, steel toe caps. Site induction in the Portakabin, 08:45. Lunch at Regent's Park café.
Return via Edgware Road (Circle). Cab account: Addison Lee, cost code BSP-0800-555."""),
    ("pii_free", """Hospital services directory – Great Ormond Street Hospital & University College Hospital
Departments: Cardiology, Gastroenterology (Crohn's and colitis service), Haematology (Hodgkin and non-Hodgkin
lymphoma), Neurology (Parkinson's, Huntington's, Tourette syndrome clinics), Genetics (Down syndrome, Fragile X,
Marfan syndrome, Ehlers-Danlos), Rheumatology (Sjögren's, Behçet's, Still's disease).
Main reception: Ground floor, Morgan Stanley Clinical Building. Ronald McDonald House for families nearby."""),
    ("pii_free", """Kubernetes events – namespace payments (no user data)
Normal  Scheduled  pod/checkout-7f9c6d-x2kq  Successfully assigned to node-10-4-2-1
Normal  Pulled     pod/checkout-7f9c6d-x2kq  Image "registry/checkout:10.4.2.1" already present
Warning BackOff    pod/ledger-5c8b9-2mzp     Back-off restarting failed container (OOMKilled)
Normal  ScalingReplicaSet deployment/notify   Scaled up replica set notify-6d7f to 4
HPA target CPU 70%; PDB minAvailable 2; Istio sidecar 1.22.1."""),
    ("pii_free", """Japanese supplier list – 取引先一覧（品川オフィス）
トヨタ自動車 (Toyota Motor), 本田技研工業 (Honda), スズキ (Suzuki), ヤマハ (Yamaha), 任天堂 (Nintendo),
マツモトキヨシ (Matsumoto Kiyoshi drugstores), キヤノン (Canon), 富士フイルム (Fujifilm)
会議室: 「富士」「桜」「松」 – 毎週月曜日 10:00 定例会議. Golden Week 休業: 4月27日〜5月6日.
部品番号 090-5521-3384 は電話番号ではありません (part code format)."""),
    ("pii_free", """Deutsche Lieferantenliste – Werk Ingolstadt, Abteilung Einkauf
Siemens Healthineers, Robert Bosch GmbH, Carl Zeiss Meditec, Porsche Consulting, Hugo Boss (Arbeitskleidung),
Mercedes-Benz Trucks, Dr. Oetker (Kantine), Miele Professional, Adolf Würth GmbH & Co. KG
Teilenummer 0171-2206-948 (Dichtung), Normen DIN EN ISO 9001, VDA 6.3. Besprechung: Dienstag, Raum Röntgen.
Feiertage: Fronleichnam, Mariä Himmelfahrt, Tag der Deutschen Einheit."""),
    ("pii_free", """Documentation française – Hôpital de la Pitié-Salpêtrière, bâtiment Babinski
Services : Neurologie (maladie de Parkinson, maladie de Charcot / SLA), Centre de la maladie de Crohn,
Hématologie (lymphome de Hodgkin). Accès : métro Saint-Marcel, ligne 5 ; bus 57 et 91.
Cafétéria Relais H, pavillon Pasteur, amphithéâtre Charcot. Horaires : lundi à vendredi, 8h–18h.
Numéro de formulaire Cerfa 12345*06 (ne pas confondre avec un numéro de téléphone)."""),
    ("pii_free", """Listino prodotti – Italia (Milano, showroom Porta Nuova)
Ferrari Roma, Lamborghini Urus, Maserati Grecale; moda: Prada, Armani, Gucci, Ermenegildo Zegna.
Caffè: Lavazza, Illy, Segafredo. Dolci: Ferrero Rocher, Nutella, Baci Perugina.
Codice articolo 347-905-1162 (scaffale), non è un numero di cellulare. Chiusura per Ferragosto 12–18 agosto."""),
    ("pii_free", """Lista de proveedores – España (Madrid, Torre Picasso)
El Corte Inglés, Mercadona, Zara (Inditex), Telefónica, Iberdrola, Banco Santander, BBVA, CaixaBank.
Estadio Santiago Bernabéu (Real Madrid) y Cívitas Metropolitano – eventos corporativos en mayo.
Premio Princesa de Asturias, Premio Cervantes: patrocinio cultural. Referencia 612-77-05-18 del catálogo interno."""),
    ("pii_free", """Nederlandse leveranciers – Rotterdam kantoor
Albert Heijn (catering), Philips Lighting, ASML, Heineken, Jumbo, HEMA, Van Gogh Museum (bedrijfsuitje),
Efteling (teamdag), Rijksmuseum (Nachtwacht-tour). Vergaderzaal "Erasmus" en "Spinoza".
Postcode-achtige code 3511 NS is hier een magazijnlocatie (rek 35, vak 11, niveau NS)."""),
    ("pii_free", """Svenska leverantörer – Stockholm
Volvo Cars, Ericsson, IKEA, H&M, Spotify, Electrolux, Scania, Alfa Laval, Saab.
Norge: Equinor, Telenor, Norsk Hydro, Kongsberg. Danmark: Maersk, Carlsberg, LEGO, Novo Nordisk, Ørsted.
Möten: måndag 09:00 i rummet "Nobel", tisdag i "Linné". Midsommarafton kontoret stängt."""),
    ("pii_free", """Polish office notes – Warszawa, Rondo ONZ
Lotnisko Chopina (WAW) – transfer to the Kopernik Science Centre for the Marie Skłodowska-Curie Actions event.
Partners: LuxMed, Medicover, PZU, Allegro, Orlen, InPost (Paczkomat lockers), mBank, PKO BP.
Meeting rooms: "Wisła", "Odra", "Tatry". Holidays: Boże Ciało, Wszystkich Świętych (1 listopada)."""),
    ("pii_free", """Ελληνικά – Athens office facilities
Onassis Stegi (cultural venue), Stavros Niarchos Foundation Cultural Center (SNFCC), Acropolis Museum.
Partners: Cosmote, Eurobank, Piraeus Bank, Aegean Airlines, Blue Star Ferries. Metro Line 3 to the airport.
Meeting rooms named after islands: Naxos, Paros, Milos. Office closed 25 March and 28 October."""),
    ("pii_free", """Türkiye office – İstanbul Levent
Koç Holding, Sabancı Holding, Ülker, Turkcell, Türk Telekom, Arçelik, İş Bankası, Garanti BBVA.
Boğaziçi University career fair; Sabancı University MBA partnership. Metro M2 Levent station.
Bayram holidays: Ramazan Bayramı and Kurban Bayramı. Meeting room "Galata" and "Kız Kulesi"."""),
    ("pii_free", """India vendor register – Bengaluru, Whitefield campus
Tata Consultancy Services, Infosys, Wipro, Reliance Jio, Mahindra & Mahindra, Bajaj Auto, Godrej, Hindustan Unilever.
Hospitals on the panel: Apollo Hospitals, Manipal Hospitals, Narayana Health, Fortis.
Festivals (office closed): Diwali, Holi, Eid al-Fitr, Pongal, Onam, Ganesh Chaturthi, Republic Day (26 January).
Cab code 98450-66102 is the Ola corporate account code, not a mobile number."""),
    ("pii_free", """Nigeria market notes – Lagos, Eko Atlantic
Dangote Group (cement, sugar), MTN Nigeria, Airtel, Access Bank, GTBank, Zenith Bank, Jumia, Flutterwave, Paystack.
Lagos–Ibadan Expressway works affect the Sagamu interchange; Third Mainland Bridge closures at weekends.
Public holidays: Democracy Day (12 June), Independence Day (1 October), Eid-el-Kabir."""),
    ("pii_free", """Aotearoa office – Wellington, Level 9, Aon Centre
Te Papa Tongarewa visit for the Matariki celebration; Te Reo Māori classes on Tuesdays (Te Wiki o te Reo Māori in
September). Partners: Fonterra, Air New Zealand, Spark, Xero, Fisher & Paykel Healthcare.
Whānau room on Level 9; kaupapa: manaakitanga, whanaungatanga. Waitangi Day (6 February) office closed."""),
    ("pii_free", """한국 지사 – 서울 강남 (Seoul, Gangnam office)
Partners: 삼성전자 (Samsung Electronics), 현대자동차 (Hyundai Motor), LG전자, SK하이닉스, 카카오 (Kakao),
네이버 (Naver).
Meeting rooms: 한라, 백두, 설악. Holidays: 설날 (Seollal), 추석 (Chuseok), 한글날 (Hangul Day, 9 October).
Part code 010-2294-5518 on the Samsung spares list is a catalogue number."""),
    ("pii_free", """中国办公室 – 上海徐汇 (Shanghai office)
Partners: 华为 (Huawei), 腾讯 (Tencent), 阿里巴巴 (Alibaba), 字节跳动 (ByteDance), 比亚迪 (BYD), 小米 (Xiaomi).
Holidays: 春节 (Spring Festival), 清明节, 端午节 (Dragon Boat Festival), 中秋节, 国庆节 (National Day, 1 October).
Build 10.4.2.1 of the WeChat Work plugin approved by IT Security."""),
    ("pii_free", """Museum furniture catalogue – Decorative Arts gallery
Chesterfield sofa (leather, c. 1890); Windsor chair (comb-back); Davenport writing desk; Murphy bed (1920s, folding);
Chippendale-style mahogany bureau; Biedermeier cabinet; Eames-style lounge chair (replica); Morris chair.
Textiles: Paisley shawls, Harris Tweed, Fair Isle knitwear, Mackintosh raincoat, Wellington boots, Cardigan jacket.
Gallery 12, Level 2 – open Tuesday to Sunday, free entry, donations via the Art Fund."""),
    ("pii_free", """Astronomy club – observing list for August
Halley's Comet (not until 2061!), the Andromeda Galaxy, Messier 13, Saturn's rings, Jupiter's Galilean moons.
Hubble Space Telescope and James Webb Space Telescope image sessions on the projector.
Perseid meteor shower peak 12–13 August. Meeting in the Herschel Room; kit from Celestron and Sky-Watcher."""),
    ("pii_free", """Clinical scoring cheat-sheet (ED)
Glasgow Coma Scale (E4 V5 M6), Apgar score, Wells score for DVT/PE, CURB-65, Centor criteria, Gleason score,
Child-Pugh, Ranson's criteria, Alvarado score, Ottawa ankle rules, NEWS2, Rockall and Glasgow-Blatchford.
Chvostek's and Trousseau's signs for hypocalcaemia; Murphy's sign; Babinski sign; Kernig's and Brudzinski's signs."""),
    ("pii_free", """Sports & social – fixtures
Ryder Cup sweepstake; Davis Cup tie on the big screen; Stanley Cup final (Tuesday 01:00 BST, optional!);
Webb Ellis Cup replica tour visiting the Canary Wharf atrium; Wimbledon ballot opens; FA Cup 3rd round draw.
Five-a-side on Thursdays at Powerleague; netball league Wednesdays, Victoria Park. Grace period for fees: 2 weeks."""),
    ("pii_free", """Garden centre – spring planting list
Black-eyed Susan (Rudbeckia), Sweet William (Dianthus barbatus), Busy Lizzie (Impatiens), Creeping Jenny,
Forget-me-not, Lily of the valley, Rose 'Gertrude Jekyll' and Rose 'Queen Elizabeth', Clematis 'Nelly Moser'.
Sale ends Sunday. Delivery zones by postcode district; codes on the price labels (e.g., SB-0800-555) are SKUs."""),
    ("pii_free", """Weekly status – Finance Systems
SAP Concur: June expense cycle closed Friday; 14 reports pending approval in Cost Centre 4410.
Workday Financials: Period 9 (September) locked. Oracle NetSuite decommission tracked in Jira FIN-2291.
Xero and MYOB connectors: 3.18.1 hotfix deployed. Coupa punch-out to Dell and Lenovo catalogues working.
Risks: Christmas freeze; May and June bank holidays affect the Month-End Close calendar."""),
    ("pii_free", """Accessibility statement – Patient Portal (v5.12)
This website is run by the Digital Services team. We want as many people as possible to use it: zoom to 300%,
navigate with a keyboard, use screen readers (JAWS, NVDA, VoiceOver), Dragon NaturallySpeaking.
Known issues: PDF leaflets on Crohn's disease and Parkinson's disease are not fully accessible; the Hodgkin
lymphoma video lacks captions. WCAG 2.2 AA. Report issues via the form on the Contact Us page."""),
]


def dev12_records() -> list[Labelled]:
    """The twelfth development set, parsed (gold spans on field `text`)."""
    return [parse_marked(kind, marked) for kind, marked in RECORDS]
