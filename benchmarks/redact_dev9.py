"""The ninth hand-written gold set for `redact_quality`: realistic multi-line records exported from the systems of
many organisations. This is a DEVELOPMENT set: rules may be tuned on its misses.

Records come in 14 styles, in roughly equal numbers: customer-support tickets and live chats (`support_ticket`),
ward, clinic, pharmacy and triage notes (`clinical_note`), HR e-mails with To/CC lines (`hr_email`), WhatsApp,
Slack, Teams, SMS and Messenger exports, many in lower case (`chat_log`), sshd, sudo, postfix, access, Windows
audit, VPN, Kubernetes and application logs, logfmt and git commits (`ops_log`), CSV, TSV and pipe-separated rows
with and without a header (`csv_rows`), address blocks of the UK, US, India, Nigeria, Germany, Australia, France,
Kenya, Japan, Brazil and Poland (`postal_block`), KYC, fraud, AML and branch notes (`bank_note`), CRM contact
histories (`crm_note`), forum and Reddit posts (`forum_post`), GP and hospital referral letters (`referral_letter`),
card, direct-debit, IBAN and refund notices (`payment_update`), filled tax forms of the UK, US, India, Australia,
Poland, Portugal, the Netherlands, Spain and China (`tax_form`) and meeting minutes (`meeting_notes`); plus PII-free
look-alikes (`pii_free`: people-like brands, eponyms, named dishes and products, saints' days and holidays, famous
streets and stations in prose, Title Case headings made of given names, job titles, months and weekdays, empty
template forms, version strings shaped like IP addresses and error codes shaped like phone numbers).

Names are the hard part. People come from the cultures a UK, US, EU, Indian or Australian company really has:
English, Scottish, Irish, Welsh, Australian, Yoruba, Igbo, Hausa, Akan, Zulu, Xhosa, Afrikaans, Kenyan, Tamil,
Telugu, Marathi, Hindi, Bengali, Punjabi, Malayali, Pakistani, Bangladeshi, Chinese (pinyin and Hong Kong
romanisation), Vietnamese (full diacritics), Filipino, Korean, Japanese, Turkish, Arabic (Al-, El-, bin, bint,
Abu), Polish, Romanian, Ukrainian, Greek, Italian, Spanish, Portuguese and Brazilian, French, German, Austrian,
Dutch, Belgian and Nordic. They appear as lone given names mid-sentence, surnames after a title or a role,
`SURNAME, Given`, `SURNAME Given`, `SURNAME/GIVEN` airline order, all capitals, initials, names in attendee lists
and CC lines, after prepositions, possessives, lower-case chat names, log user names and handles (user=, u/, @),
nicknames, hyphenated given names, double surnames, given names that are English words (Grace, Hope, Joy, Faith,
Will, Mark, Bill, Frank, Sunny, Rose, Ivy, Jade, Amber, Summer, Hunter, Chase, Dean, Drew, Guy, Ray, Lance, Rich,
Patience, Precious, Blessing, Gift, Comfort, Prosper), and names repeated later in another form.

Every value (names, streets, house numbers, postcodes, phones, e-mails, identifiers, IP addresses) was typed for
this file; none comes from the other gold sets, Faker, presidio-evaluator or configs/, and pipeline/ never reads
it. Identifiers whose scheme publishes a check digit carry a valid one (Luhn: payment cards and South African ID
numbers; IBAN mod 97 with the length of its country; Aadhaar (Verhoeff); NHS and Scottish CHI numbers (mod 11);
French NIR; Polish PESEL; Turkish TCKN; Dutch BSN (11-proof); Brazilian CPF; Spanish DNI; PRC resident ID;
Australian TFN); tests/test_redact_dev9.py checks each of them. The others (PAN, NINO, US SSN, Nigerian NIN,
Pakistani CNIC, UTR, passports, MRNs, member numbers, sort codes, BSB and account numbers) only have the shape of
real ones. A few Unicode oddities of real exports occur: no-break spaces inside phone and card numbers, a
zero-width space inside an e-mail address and inside a name, and curly quotes.

Markup as in redact_dev.py: `{P:...}` PERSON (handles built from a name included; titles such as "Mr", "Dr",
"Nurse", "Sister", "Shri", "Frau", "Mme", "Sra" stand outside, and so does a possessive 's), `{A:...}` ADDRESS
(street line, flat, unit, floor or building line, P.O. box, postcode; each part marked separately), `{E:...}`
EMAIL_ADDRESS, `{T:...}` PHONE_NUMBER, `{I:...}` ID, `{B:...}` DATE_OF_BIRTH (only a date next to a birth cue),
`{N:...}` IP_ADDRESS, `{C:...}` a town, city or district (neutral). Countries, regions, organisations, products,
order and ticket numbers and ordinary dates are not marked.
"""

from __future__ import annotations

from benchmarks.redact_data import Labelled
from benchmarks.redact_dev import parse_marked

RECORDS: list[tuple[str, str]] = [
    # --- support_ticket ----------------------------------------------------------------------------------------
    ("support_ticket", """Ticket 44102 | Priority: normal | Channel: web form
Customer: {P:Chidinma Okonkwo-Eze} <{E:chidinma.oe@brightmail.co.uk}>
Phone on file: {T:07723 418 092}
Message: my parcel went to {A:12 Haddon Rise} instead of {A:21 Haddon Rise}, {C:Northampton} {A:NN3 6TW}.
Agent note: spoke to Chidinma, the neighbour Mr {P:Pruett} has it. Re-ship approved.
Escalated to {P:Kwabena} in dispatch; he will check the driver scan."""),
    ("support_ticket", """Subject: Re: refund not received (case 5519-A)
> On Tue, {P:Dhruv Malhotra} wrote:
> I was charged twice for the same order, please help.
Hi {P:Dhruv},
{P:Sunny} from billing confirmed the duplicate. The refund goes to {I:GB48 LOYD 3096 2251 8047 36} within 5 working \
days.
Regards,
{P:Marguerite Lavallée}
Customer Care"""),
    ("support_ticket", """[Zendesk #77310] Login loop on mobile app
Requester: {P:TRẦN Thị Bích Ngọc} ({E:bichngoc.tran@saigonmail.vn})
Last IP seen: {N:113.161.72.208}
Device: Pixel 7, app 4.18.2
Internal: {P:Ngọc} says her husband {P:Lê Minh Khoa} shares the account.
Asked {P:Will} to reset MFA; waiting on {P:Ngọc}'s reply before closing."""),
    ("support_ticket", """Case 3021 - warranty claim (kettle)
Name: {P:Hamza bin Tariq Al-Mansoori}
Address: {A:Villa 14, Street 22B}, {C:Al Barsha}, {C:Dubai}
Mobile: {T:+971 50 318 4472}
Customer says the base melted. Photos sent by his son {P:Yousef}.
Replacement approved by {P:Grace} (team lead). Mr {P:Al-Mansoori} prefers WhatsApp."""),
    ("support_ticket", """Ticket ISP-20931 opened by {P:mjarvelainen}
Customer {P:Mikko Järveläinen} reports no sync since firmware 2.4.1.
CPE WAN address {N:85.76.144.19}, gateway {N:85.76.144.1}
Callback on {T:+358 40 712 9384}.
He asked for {P:Hope} again as she handled it last time."""),
    ("support_ticket", """Hello Support,
I'm writing on behalf of my wife, {P:Nomvula Dlamini-Mthembu}, who can't log in.
Her account e-mail is {E:nomvula.mthembu@webmail.co.za} and her ID number is {I:9307260184080}.
Address: {A:27 Jacaranda Crescent}, {C:Pinetown}, {A:3610}
Thanks, {P:Sipho}
--- Agent: {P:Sipho Mthembu} verified; handed to {P:Precious} for the unlock."""),
    ("support_ticket", """Live chat #99120
10:02 visitor: hi its {P:ravi shankar iyer}, order not delivered
10:03 agent {P:Joy}: hi {P:Ravi}, can you confirm the postcode?
10:03 visitor: {A:HA9 8QF}, {A:Flat 22, Wembley Point}
10:05 agent {P:Joy}: thanks, the courier left it with Mrs {P:Varghese} at flat 21
10:06 visitor: ok i'll ask her. my number is {T:07931 552 804}"""),
    ("support_ticket", """Freshdesk ticket 61877
Contact: {P:Kowalczyk-Nowak, Agnieszka}
Email: {E:a.kowalczyk-nowak@o2.pl}
{P:Agnieszka} reports the invoice shows her old address {A:ul. Piękna 48 m. 12}, {A:00-672} {C:Warszawa}.
Correct one: {A:ul. Zielna 7/3}, {A:30-014} {C:Kraków}.
Assigned to {P:Drew}; CC {P:Frank Oduya}."""),
    ("support_ticket", """[SUP-4412] Customer cannot add payee
Reporter: {P:Gift Mahlangu}
Payee {P:Lindiwe Khumalo}, account {I:62839104755}, bank code {I:250655}
Logged in from {N:196.22.148.73}, error PAYEE_409.
Comment ({P:Chase Whitfield}): reproduced; {P:Gift}, please retry after 17:00."""),
    ("support_ticket", """Email ticket #30551
From: \u201c{P:Saoirse Ní Bhriain}\u201d <{E:saoirse.nibhriain@eircom.net}>
Hi there, the engineer ({P:Declan}, I think) never arrived at {A:4 Glenview Park}, {C:Ballincollig}, Co. Cork, {A:P31 \
X2K8}.
Please call me on {T:+353 87 214 6630} before Thursday.
Go raibh maith agat,
{P:Saoirse}"""),
    # --- clinical_note -----------------------------------------------------------------------------------------
    ("clinical_note", """Pt: {P:OKAFOR, Chukwuemeka Ifeanyi}   DOB: {B:03/11/1968}   NHS No: {I:485 917 3023}
Seen in clinic with daughter {P:Adaeze}. BP 152/94, HbA1c 61.
Plan: increase amlodipine to 10 mg. Nurse {P:Bamgbose} to recheck BP in 2/52.
{P:Chukwuemeka} asked for a letter for work.
Dr {P:Venkataraman}"""),
    ("clinical_note", """Ward 7B handover 19:30
Bed 4 - Mrs {P:Anjali Deshpande}, 72, post-op day 2, MRN {I:RFH0048217}.
  Son {P:Rohan} visiting, contact {T:07456 903 118}.
Bed 6 - Mr {P:Tomasz Wiśniewski}, NBM from midnight. Sister {P:Achterberg} aware.
Bed 9 - {P:Faith Wanjiru Kamau}, DOB {B:22.06.1991}, awaiting CT.
  {P:Faith} anxious; please ask {P:Rose} from chaplaincy to pop in."""),
    ("clinical_note", """Patient: {P:Lakshmi Narayanan}, born {B:1959-08-14}, Aadhaar {I:7392 0418 5620} (for \
insurance form)
Address: {A:Flat 2A, Sri Lakshmi Apartments}, {A:14, 2nd Main Road, Kasturba Nagar}, {C:Adyar}, {C:Chennai} {A:600020}
Accompanied by husband {P:R. Narayanan}.
Complains of exertional breathlessness for 3 months.
Referred to Dr {P:Subramaniam} for echo."""),
    ("clinical_note", """ED TRIAGE 02:14
Pt {P:HUANG Wei-Ling} (MRN {I:E7730192}), F, DOB {B:09/04/1987}
PC: central chest pain since 23:00.
NOK: husband {P:Chan Ka-Ho}, {T:+852 9184 3307}
Seen by Dr {P:Ferreira-Lopes}; troponin sent. Cantonese interpreter booked via {P:Mei}."""),
    ("clinical_note", """Physio review - {P:Bartholomew O'Sullivan} (goes by {P:Barty})
Mobilising 20 m with frame, SpO2 stable.
Wife {P:Rosalind} asks about home adaptations at {A:7 Tŷ Gwyn Close}, {C:Aberystwyth} {A:SY23 3LQ}.
OT referral sent to {P:Ceri Pritchard}.
{P:Barty} keen to get home for his granddaughter {P:Ivy}'s christening."""),
    ("clinical_note", """Care coordinator note
Client: {P:Jamal Abu-Haidar}, DOB {B:17 Feb 1996}
{P:Jamal} attended with his brother {P:Samir}; mood improved on sertraline.
Lives at {A:Flat 9, Caledon House}, {A:88 Leith Walk}, {C:Edinburgh} {A:EH6 5HB}.
Next review with Dr {P:McAllister} on 3 May. Crisis line numbers given."""),
    ("clinical_note", """Pharmacy note - repeat Rx query
Patient {P:Precious Nwachukwu} (NHS {I:602 748 1935}) phoned from {T:0161 496 0732}.
Says Dr {P:Hallworth} stopped the metformin in March.
Spoke to {P:Guy} at the surgery; confirmed, record updated.
Delivery to {A:33 Carrington Lane}, {C:Sale} {A:M33 5NW} on Friday."""),
    ("clinical_note", """Progress note, Ward 3 West
{P:Lachlan McGuinness}, Medicare {I:2953 71843 1}, DOB {B:05/12/1979}
Day 3 cellulitis L leg, improving on IV fluclox.
{P:Lachlan}'s partner {P:Tayla} called from {T:0412 337 906}.
Discharge planned to {A:16 Banksia Parade}, {C:Toowong} QLD {A:4066}.
Reviewed with Dr {P:Nguyễn}."""),
    ("clinical_note", """Stationsnotiz: Pat. {P:Schröder, Hannelore}, geb. {B:12.09.1948}
Versichertennr. {I:K283019475}
Sturz zu Hause, Röntgen Hüfte o.B.
Tochter {P:Birgit} informiert ({T:+49 171 4482093}).
Herr Dr. {P:Yılmaz} übernimmt ab Montag."""),
    ("clinical_note", """Clinic: Outpatients, Block C
Name: {P:ADEYEMI Oluwakemi Bolanle}   Hosp No: {I:LUTH/24/118093}   DOB: {B:30-01-1984}
Husband Mr {P:Adeyemi} present. NIN {I:40281736519} recorded for NHIS.
{P:Kemi} reports daily headaches; BP 148/96.
Referred to Dr {P:Umar Farouk Danjuma}, neurology."""),
    # --- hr_email ----------------------------------------------------------------------------------------------
    ("hr_email", """From: {P:Priyanka Rao} <{E:priyanka.rao@northgate-hr.com}>
To: {P:Tunde Bakare} <{E:t.bakare@northgate-hr.com}>
CC: {P:Ruth Abernethy}; {P:Dean Kowalski}
Subject: Offer letter - {P:Lwazi Ndlovu}
{P:Tunde}, {P:Lwazi} accepted and starts on 2 June. His NINO is {I:QT 48 19 27 C}.
Payroll needs his bank details: sort code {I:20-41-77}, account {I:73815092}.
Thanks, {P:Priyanka}"""),
    ("hr_email", """Subject: Confidential - grievance meeting
Hi {P:Mark},
{P:Blessing Ogunleye} has raised a grievance against her line manager, {P:Gareth Pugh-Jones}.
Meeting with {P:Blessing}, {P:Gareth} and {P:Comfort Asante} (HR) on Thursday at 10.
{P:Blessing}'s home address for the letter: {A:5 Penrhyn Street}, {C:Cardiff} {A:CF24 3JH}.
- {P:Siân}"""),
    ("hr_email", """Hi team,
{P:Kwame} is off sick until Friday. Please route his tickets to {P:Ama Serwaa Boateng} or {P:Yaw}.
His emergency contact (sister, {P:Akosua Mensah}): {T:+233 24 418 7730}.
Fit note filed under employee {I:EMP-004817}.
Thanks, {P:Hope}"""),
    ("hr_email", """Subject: Form 16 correction - {P:Siddharth Kulkarni}
Dear Ms {P:Banerjee},
{P:Siddharth}'s PAN on file is wrong: it should read {I:ABKPK4827M}.
Please also update his address to {A:B-1104, Lodha Amara}, {A:Kolshet Road}, {C:Thane West} {A:400607}.
Waiting on {P:Siddharth} for the signed copy.
Regards, {P:Anand Joshi}, Payroll"""),
    ("hr_email", """Dear Mr {P:Halvorsen},
We would like a reference for {P:Ingrid Sæther}, who worked for you from 2019 to 2023.
Please reply to {E:references@talentbridge.io} or call {P:Will Ashworth} on {T:020 7946 0815}.
{P:Ingrid} has consented to this request.
Kind regards, {P:Olamide Fashola}"""),
    ("hr_email", """Subject: Onboarding - {P:Elif Şahin}
Hi {P:Burak}, {P:Elif} starts Monday in the Istanbul office.
TCKN {I:38471059210} for the SGK filing; date of birth {B:14.07.1994}.
She'll sit with {P:Hunter} and {P:Mehmet Can Özdemir}.
Laptop shipped to {A:Bağdat Cd. No:214 D:7}, {C:Kadıköy}, {A:34728} {C:İstanbul}."""),
    ("hr_email", """Subject: Contract renewal
Dag {P:Joris},
Can you countersign {P:Femke van der Laan-Bosma}'s contract? Her BSN {I:193847255} is on the form.
New address: {A:Keizersgracht 612-2}, {A:1017 EP} {C:Amsterdam}.
Questions to {E:femke.vdlaan@ziggo.nl}.
Groet, {P:Rich}"""),
    ("hr_email", """Exit interview notes - {P:Muhammad Faizan Qureshi}
Interviewer: {P:Amber Lockwood}
{P:Faizan} is leaving for a role in Lahore; praised the mentoring from {P:Zainab}.
CNIC {I:35202-4817362-9} noted on the asset return form.
Forward the P45 to {A:House 41, Street 9, Sector F-7/2}, {C:Islamabad} {A:44000}."""),
    ("hr_email", """From: {P:Dana Whitcombe} <{E:dwhitcombe@lakeshorelogistics.com}>
Subject: I-9 / W-4 for new hire
{P:Jesús Ramírez Ortega} starts 6/9. SSN {I:529-47-8163}, DOB {B:11/23/1990}.
Address: {A:4417 N Kedzie Ave}, {A:Apt 3R}, {C:Chicago}, IL {A:60625}
Please loop in {P:Lance} for the badge.
- {P:Dana}"""),
    ("hr_email", """Re: visa sponsorship - {P:Park Ji-hoon} and {P:Haruka Inoue}
Hi {P:Patience}, both need letters by Friday.
{P:Ji-hoon}'s passport is {I:M48219037}; {P:Haruka}'s is {I:TR7730412}.
{P:Haruka} prefers e-mail ({E:haruka.inoue@mailbox.jp}); {P:Ji-hoon} asked for a call on {T:+82 10 4821 3307}.
Thanks - {P:Summer}"""),
    # --- chat_log ----------------------------------------------------------------------------------------------
    ("chat_log", """[14/03/2024, 09:12] {P:kemi}: morning!! did {P:chidi} send the invoice
[14/03/2024, 09:13] {P:Tobi Alabi}: not yet, ask {P:ngozi} she has the file
[14/03/2024, 09:15] {P:kemi}: ok. also copy {E:accounts@fola-events.ng}
[14/03/2024, 09:20] {P:Tobi Alabi}: done. {P:chidi}'s number is {T:0803 418 2291} if you need him"""),
    ("chat_log", """#ops-uk
{P:jade.m}  10:41  who's on call tonight?
{P:rhys}  10:42  me till 22:00 then @{P:lwazi}
{P:jade.m}  10:42  cool, can you tell Mr {P:Fenwick} the db box is {N:10.40.12.7} now
{P:rhys}  10:44  will do, {P:lwazi} already knows"""),
    ("chat_log", """{P:Banerjee, Rituparna}  11:02
can you share the deck with {P:Arjun} and {P:Soumya}?
{P:Ghosh, Ananya}  11:04
sure. {P:Arjun}'s out till Monday though
{P:Banerjee, Rituparna}  11:05
ok then just {P:soumya}"""),
    ("chat_log", """SMS thread with {T:+44\u00a07700\u00a0914\u00a0226}
> hi its {P:faith}, running 10 min late, tell {P:grace}
< no worries. is {P:will} coming too?
> yes him and {P:sunny}. we're parking on {A:Ardgowan Street}
< ok see u at the door"""),
    ("chat_log", """{P:Đặng Thùy Linh}: chị ơi, em gửi địa chỉ nhé
{P:Đặng Thùy Linh}: {A:Số 18 ngõ 42 Trần Duy Hưng}, {C:Cầu Giấy}, {C:Hà Nội}
{P:Phạm Thu Hà}: ok em, sđt của anh {P:Tuấn} là gì?
{P:Đặng Thùy Linh}: {T:091 428 3367}"""),
    ("chat_log", """[21:04] {P:priya}: has anyone heard from {P:dev}?
[21:05] {P:rohit}: he's at {P:sanjana}'s place i think
[21:05] {P:priya}: can someone send me {P:dev}'s new number
[21:07] {P:rohit}: {T:98451 20937}
[21:07] {P:priya}: thanks. tell {P:bhavna} aunty i'll come saturday"""),
    ("chat_log", """@{P:ewa.przybylska} can you approve PR 1182?
{P:ewa.przybylska}: looking now. @{P:florin_dumitrescu} did you run the migration on {N:172.20.4.31}?
{P:florin_dumitrescu}: yes, and {P:Andrei} checked the replica {N:172.20.4.32}
{P:ewa.przybylska}: thanks both, merging"""),
    ("chat_log", """{P:bazza}: mate u coming to {P:shaz}'s bbq sat
{P:Liam}: yeah whats the address again
{P:bazza}: {A:42 Warrigal Rd}, {C:Oakleigh}. ring {P:kylie} on {T:0433 820 471} if the gate's locked
{P:Liam}: sweet, bringing {P:jayden}"""),
    ("chat_log", """{P:Omar Abdelrahman}  09:30
{P:Layla}, did {P:Abu Faisal} confirm the Riyadh visit?
{P:Layla El-Sayed}  09:34
yes, he wants to meet Dr {P:Rashid} first.
his assistant {P:Noura bint Saleh} will email from {E:noura.saleh@qalamcapital.sa}"""),
    ("chat_log", """from {T:0722 581 406}: habari {P:wanjiku}, ni {P:otieno}. send the mpesa to {P:baraka} not me
to {T:0722 581 406}: sawa. or to mama {P:njeri}?
from {T:0722 581 406}: no, {P:baraka}. asante"""),
    ("chat_log", """{P:Maricel Dela Cruz}: ate, padala mo na lang sa {A:Blk 7 Lot 12 Phase 2}, {A:Villa Verde Subd.}, \
{C:Dasmariñas}, Cavite
{P:Joy Bautista}: sige. kay {P:Jun-jun} ko ibibigay?
{P:Maricel Dela Cruz}: oo, or kay tita {P:Baby}
{P:Joy Bautista}: ok noted"""),
    # --- ops_log -----------------------------------------------------------------------------------------------
    ("ops_log", """Mar 14 02:11:07 bastion-1 sshd[21873]: Accepted publickey for {P:akmenon} from {N:92.40.178.15} \
port 52144 ssh2
Mar 14 02:11:09 bastion-1 sudo: {P:akmenon} : TTY=pts/0 ; PWD=/home/{P:akmenon} ; USER=root ; COMMAND=/bin/systemctl \
restart nginx
Mar 14 02:14:51 bastion-1 sshd[21901]: Failed password for invalid user {P:jpventer} from {N:41.203.66.110} port \
40022 ssh2
Mar 14 02:14:53 bastion-1 sshd[21901]: Connection closed by {N:41.203.66.110} port 40022 [preauth]"""),
    ("ops_log", """ts=2024-05-02T08:14:55Z level=info msg="login ok" user={P:n.oyelaran} ip={N:102.89.34.211} \
ua="Android 14"
ts=2024-05-02T08:15:02Z level=warn msg="profile update" user={P:n.oyelaran} field=email \
new={E:nifemi.oyelaran@gmail.com}
ts=2024-05-02T08:15:40Z level=info msg="address changed" user={P:n.oyelaran} line1="{A:17 Admiralty Way}" \
city="{C:Lekki}"
ts=2024-05-02T08:16:03Z level=info msg="session closed" user={P:n.oyelaran}"""),
    ("ops_log", """May  7 11:02:13 mx2 postfix/smtp[3321]: 4F2A81C03: to=<{E:h.vogelsang@stadtwerke-kassel.de}>, \
relay=mx.stadtwerke-kassel.de[{N:185.17.204.9}]:25, status=sent
May  7 11:02:14 mx2 postfix/qmgr[990]: 4F2A81C03: from=<{E:bernd.kraemer@hofmann-logistik.de}>, size=18422, nrcpt=1
May  7 11:03:40 mx2 postfix/smtpd[3330]: NOQUEUE: reject: RCPT from unknown[{N:45.143.221.87}]: 554 5.7.1 \
<{E:dieter.h@kasselnet.de}>: Relay access denied
May  7 11:03:41 mx2 postfix/smtpd[3330]: disconnect from unknown[{N:45.143.221.87}]"""),
    ("ops_log", """{N:86.14.201.77} - {P:ruthie_k} [02/Jun/2024:13:55:04 +0100] "GET /account/settings HTTP/1.1" 200 \
5123
{N:86.14.201.77} - {P:ruthie_k} [02/Jun/2024:13:55:31 +0100] "POST /account/phone HTTP/1.1" 302 0
audit: user={P:ruthie_k} changed phone from {T:07812 604 339} to {T:07812 604 393}
{N:10.8.0.14} - - [02/Jun/2024:13:56:00 +0100] "GET /health HTTP/1.1" 200 2"""),
    ("ops_log", """EventID=4624 LogonType=10 TargetUserName={P:swanepoel.jp} TargetDomainName=CORP \
IpAddress={N:10.12.40.118}
EventID=4625 TargetUserName={P:h.kapoor} Status=0xC000006A IpAddress={N:154.72.19.6}
EventID=4625 TargetUserName={P:h.kapoor} Status=0xC000006A IpAddress={N:154.72.19.6}
EventID=4740 TargetUserName={P:h.kapoor} CallerComputerName=DC02 note="locked after 5 attempts, ticket to {P:Ray}\""""),
    ("ops_log", """2024-06-11 10:22:31,044 ERROR sync.contacts - upsert failed for contact {P:Ioana Constantinescu} \
(id=88123): bad phone '{T:+40 721 384 906}'
2024-06-11 10:22:31,045 WARN  sync.contacts - retrying with E.164 for {E:ioana.constantinescu@yahoo.ro}
2024-06-11 10:22:32,118 INFO  sync.contacts - ok, owner={P:Dumitru Petrescu}
2024-06-11 10:22:32,120 INFO  sync.contacts - batch 14 done (212 rows)"""),
    ("ops_log", """vpn-gw01 openvpn[1441]: {P:sveinung.aas}/{N:37.191.140.66}:51820 MULTI: Learn: {N:10.8.0.22} -> \
{P:sveinung.aas}
vpn-gw01 openvpn[1441]: {P:karolina.lindqvist}/{N:83.233.17.104}:60411 TLS: Username/Password authentication succeeded
vpn-gw01 openvpn[1441]: {P:karolina.lindqvist}/{N:83.233.17.104}:60411 SIGTERM received, client-instance exiting
vpn-gw01 openvpn[1441]: MULTI: multi_create_instance called"""),
    ("ops_log", """[2024-07-01 16:40:12] payments.WARN card declined acct={I:ACC-5510-2291} holder="{P:PILLAI/SREEJA} \
MRS"
[2024-07-01 16:40:13] payments.INFO 3DS challenge sent to {T:+91 98470 33125}
[2024-07-01 16:41:02] payments.INFO retry ok ref=TX99812 ip={N:117.206.55.41}
[2024-07-01 16:41:02] payments.INFO receipt queued for {E:sreeja.pillai@rediffmail.com}"""),
    ("ops_log", """commit 8f3c1e2a9d
Author: {P:Oisín Mac Giolla Phádraig} <{E:oisin.mgp@devmail.ie}>
Date:   Tue Apr 9 14:02:11 2024 +0100

    fix: mask card numbers in CSV export (reported by {P:Niamh})

Co-authored-by: {P:Rahul Bhattacharjee} <{E:rahulb@users.noreply.github.com}>"""),
    ("ops_log", """level=info user={P:zhang.yuqing} verb=delete resource=pods ns=billing src={N:10.244.3.19}
level=info user={P:zhang.yuqing} verb=get resource=secrets ns=billing src={N:10.244.3.19}
level=warn user=system:serviceaccount:ci:deployer verb=patch resource=deployments ns=billing
level=info user={P:adebayo.o} verb=exec resource=pods ns=billing src={N:10.244.1.7}"""),
    # --- csv_rows ----------------------------------------------------------------------------------------------
    ("csv_rows", """name,email,phone,city
{P:Oyelaran Folasade},{E:fola.oyelaran@hotmail.co.uk},{T:07944 180 226},{C:Croydon}
{P:Ruairí Ó Dónaill},{E:ruairi.odonaill@gmail.com},{T:+353 86 448 2107},{C:Galway}
{P:Thandeka Zulu},{E:thandeka.z@mweb.co.za},{T:082 557 3019},{C:Durban}"""),
    ("csv_rows", """last_name;first_name;dob;aadhaar
{P:MENON};{P:Aravind};{B:19/04/1982};{I:4881 5027 3916}
{P:IYENGAR};{P:Sowmya};{B:02/12/1990};{I:6204 7319 9587}
{P:GILL};{P:Harpreet Kaur};{B:27/08/1975};{I:9173 6405 8128}"""),
    ("csv_rows", """member_no\tfull_name\tpostcode\tjoined
{I:M-204817}\t{P:Bridget Ní Chonaill}\t{A:BT48 7LP}\t2019-03-02
{I:M-204818}\t{P:Kojo Antwi\u200b-Boasiako}\t{A:SE15 4RL}\t2019-03-04
{I:M-204822}\t{P:Małgorzata Szczepańska}\t{A:LE4 6HG}\t2019-03-11"""),
    ("csv_rows", """88121,2024-05-02,{P:Hannah Featherstonehaugh},{A:3 Quarry Bank},{C:Keswick},{A:CA12 4HT},42.10
88122,2024-05-02,{P:Ikechukwu Nnamdi},{A:Flat 5},{A:19 Brixton Hill},{C:London},{A:SW2 1RS},18.00
88123,2024-05-03,{P:Zhou Xinyi},{A:27 Rathbone Street},{C:Liverpool},{A:L1 4BQ},7.99"""),
    ("csv_rows", """emp_id,surname,given,id_number,bank
E1043,{P:Van der Merwe},{P:Pieter},{I:7709125301084},Capitec
E1044,{P:Khoza},{P:Zanele},{I:9402153187082},FNB
E1051,{P:Mahlaba},{P:Sibusiso},{I:8503145123084},Absa"""),
    ("csv_rows", """rsvp,guest,plus_one,diet
yes,{P:hope mwangi},{P:kevin otieno},veg
no,{P:prosper chikwanha},,
yes,{P:ivy tan},{P:rose tan},halal
maybe,{P:Blessing Adeyinka-Cole},,none"""),
    ("csv_rows", """user,ip,added_by
{P:lmarchetti},{N:151.38.220.14},{P:g.rinaldi}
{P:acosta.b},{N:190.12.88.203},{P:g.rinaldi}
{P:tkfung},{N:112.118.40.9},system"""),
    ("csv_rows", """Donor,Address,Town,Postcode,Gift
{P:Mairéad Fitzgerald},{A:11 Church View},{C:Tullamore},{A:R35 F6C2},50
{P:Callum MacLeòid},{A:Taigh na Mara},{C:Stornoway},{A:HS1 2QR},25
Dr {P:Eilidh Rennie},{A:4 Bank Street},{C:Alyth},{A:PH11 8DB},100"""),
    ("csv_rows", """cust_id|name|pan|mobile
C-3391|{P:Sandeep Chatterjee}|{I:CQRPC6193L}|{T:+91 98300 41772}
C-3392|{P:Vandana Mahajan}|{I:BNZPM7350K}|{T:98110 27465}
C-3393|{P:Mohammed Irfan Shaikh}|{I:AFHPS2291D}|{T:+91 90040 58813}"""),
    ("csv_rows", """id,name_en,name_local,phone
1,{P:LIU Yang},{P:刘洋},{T:+86 138 1047 2265}
2,{P:Tanaka Yuki},{P:田中 優希},{T:090-4418-2037}
3,{P:Cheung Siu-Ming},{P:張兆明},{T:+852 6133 7092}"""),
    # --- postal_block ------------------------------------------------------------------------------------------
    ("postal_block", """Mr {P:Aled Wyn Roberts}
{A:Tŷ Capel}
{A:Heol y Felin}
{C:Llanidloes}
Powys
{A:SY18 6HN}"""),
    ("postal_block", """SHIP TO:
{P:LATOYA WASHINGTON-BRIGGS}
{A:2210 MAGNOLIA AVE}
{A:UNIT 4B}
{C:SAVANNAH} GA {A:31404}
{T:(912) 555-0148}"""),
    ("postal_block", """To,
Shri {P:Ramesh Chandra Tiwari}
{A:H.No. 2-14/B, Gandhi Nagar Colony}
{A:Near Hanuman Mandir}
{C:Kanpur}, Uttar Pradesh {A:208012}
Mob: {T:94150 38827}"""),
    ("postal_block", """Mrs {P:Ngozi Chukwuma-Obi}
{A:Plot 14, Adebayo Doherty Road}
{C:Lekki Phase 1}, {C:Lagos}
{A:P.O. Box 73015}, {C:Victoria Island}
{T:+234 809 552 1183}"""),
    ("postal_block", """Frau Dr. {P:Katharina Bräuer-Lindholm}
{A:Lindenstraße 47a}
{A:Hinterhaus, 3. OG}
{A:04177} {C:Leipzig}
DEUTSCHLAND"""),
    ("postal_block", """Attn: Mr {P:Bradley Thornycroft}
{A:Unit 12/88 Beach Road}
{C:Noosa Heads} QLD {A:4567}
AUSTRALIA"""),
    ("postal_block", """Mme {P:Amandine Lefèvre-Castagné}
{A:Résidence Les Tilleuls, Bât. C}
{A:14 rue du Général Leclerc}
{A:69003} {C:Lyon}
FRANCE"""),
    ("postal_block", """Mr. {P:Kiprotich Cheruiyot}
c/o {P:Wambui Njoroge}
{A:Argwings Kodhek Road, Hse 27}
{A:P.O. Box 4417} - {A:00100}
{C:Nairobi}, KENYA"""),
    ("postal_block", """{P:SATO Haruto} sama
{A:2-14-7 Shibuya}, {C:Shibuya-ku}
{C:Tokyo} {A:150-0002}
JAPAN"""),
    ("postal_block", """Sra. {P:Luciana Albuquerque dos Santos}
{A:Rua Conselheiro Brotero, 1284, apto 52}
{C:Higienópolis}, {C:São Paulo} - SP
CEP {A:01232-010}"""),
    ("postal_block", """Pan {P:Grzegorz Przybylski}
{A:ul. Długa 15 lok. 4}
{A:80-831} {C:Gdańsk}
POLSKA"""),
    # --- bank_note ---------------------------------------------------------------------------------------------
    ("bank_note", """KYC review - customer {P:Oluwadamilare Ogunbiyi}
DOB {B:09/10/1988}; passport {I:A09384712} (NGA); NIN {I:72910384652}
Proof of address: utility bill for {A:Flat 3}, {A:61 Moss Lane East}, {C:Manchester} {A:M16 7PT}.
Source of funds explained by his brother {P:Femi}.
Approved by {P:Bill Hargreaves}."""),
    ("bank_note", """Fraud note 11:42 - card {I:5426 1309 7742 1585} reported stolen by Mrs {P:Fiona Drummond}
She called from {T:01382 604 117}; last genuine transaction at a Tesco in {C:Broughty Ferry}.
Replacement card to {A:22 Strathern Road}, {C:Dundee} {A:DD5 1PP}.
{P:Fiona} asked that {P:Alasdair} (husband) is not told about the new card."""),
    ("bank_note", """Payment instruction - urgent
Beneficiary: {P:Giorgos Karamanlidis}, {I:DE62 5001 0517 5193 8244 06}
Ordering customer: {P:Eleni Vasilakou}, account {I:41092273}, sort code {I:30-96-22}
Call-back done to {T:+30 694 218 3307} ({P:Eleni}).
Checked by {P:Ray}; released 14:05."""),
    ("bank_note", """Suspicious activity note
Customer {P:Volodymyr Kovalenko} received 9 transfers from {P:Oksana Hrytsenko} and {P:Taras Melnyk} in 3 days.
Login IPs {N:91.214.85.130} and {N:176.36.19.204}.
Account {I:PL11 1020 1026 0000 0920 1847 3556}.
Escalated to the MLRO, {P:Kateryna}."""),
    ("bank_note", """Mortgage application - joint applicants {P:Arun Pillai} and {P:Deepa Arun}
Property: {A:9 Willowbrook Close}, {C:Milton Keynes} {A:MK14 6DS}
{P:Arun}'s NINO {I:JM602517A}; {P:Deepa}'s {I:NX 73 40 16 B}.
Broker: {P:Chase Okoro} ({E:chase@okoromortgages.co.uk})."""),
    ("bank_note", """Branch note, {C:Pune} Camp branch
Customer {P:Vaishali Gokhale-Patwardhan} requested a KYC update.
PAN {I:DLSPG4417R}; Aadhaar {I:3518 4269 0775}.
New mobile {T:+91 77091 48826}.
Verified in person by Shri {P:Dattatray Bhosale}."""),
    ("bank_note", """Account note - {P:Jarrah Whitlock}
BSB {I:062-914}, account {I:10482735}; TFN {I:873 025 161} supplied for interest withholding.
Phone {T:+61 403 882 175}; joint holder {P:Mele Whitlock}.
{P:Jarrah} wants statements sent to {A:PO Box 218}, {C:Fremantle} WA {A:6959}."""),
    ("bank_note", """Branch note - {P:María José Fernández de la Vega}
DNI {I:48291736Q}; IBAN {I:ES10 2100 0418 4502 0073 9162}
Daughter {P:Lucía} will call from {T:+34 612 480 335} to confirm the power of attorney.
Handled by Sra. {P:Quintana}."""),
    ("bank_note", """Dispute note
Customer {P:Zeynep Aydoğan} disputes a transfer to {I:TR18 0006 2001 1900 0006 6723 15}.
TCKN {I:52739016418}.
Her husband {P:Emre} made the transfer himself from IP {N:88.235.141.72}; dispute declined."""),
    ("bank_note", """Remittance note
Sender {P:Wong Ka-Yan} ({P:Karen}), card {I:3566 0048 1927 7353}
Receiver {P:Lin Jiahao}, resident ID {I:440304198706213519}
Contact {E:karen.wkyan@netvigator.com}; {P:Karen} asked for the SWIFT copy."""),
    # --- crm_note ----------------------------------------------------------------------------------------------
    ("crm_note", """Account: Hollins & Greave Ltd
Contact: {P:Ffion Haworth}, procurement
Call 12/03: {P:Ffion} wants a quote by Friday; her director, Mr {P:Greave}, signs anything over 10k.
Next step: {P:Drew} to send pricing to {E:f.haworth@hollinsgreave.co.uk}, cc {P:Rachel Obi}."""),
    ("crm_note", """Lead: {P:Tendai Moyo} (inbound, webinar)
Mobile {T:+27 71 884 2093}, e-mail {E:tendai@moyo-agri.co.za}
Met {P:Tendai} and his partner {P:Pieter-Jan Smit} at the {C:Stellenbosch} expo.
Interested in 40 seats. Owner: {P:Jade Ferreira}. Follow up after {P:Tendai}'s board meeting."""),
    ("crm_note", """Opportunity #4471 - renewal
Decision maker: {P:Sakura Nakamura-Hughes}; champion: {P:Olusegun}
Blocker: their IT lead, {P:Brennan}, wants SSO first.
Left voicemail on {T:+44 113 496 0571}; {P:Sakura} replied by e-mail ({E:s.nakamura-hughes@fernleaf.co.uk}).
Next: demo with {P:Brennan} on the 14th."""),
    ("crm_note", """Customer: {P:Ahmed El-Khatib}
Address: {A:Apartment 1203, Marina Heights}, {A:Al Sufouh Road}, {C:Dubai}
Prefers Arabic; his assistant {P:Rania} books all calls.
Spoke to {P:Ahmed} 3 Apr: wants the invoice re-issued to {E:accounts@elkhatib-trading.ae}.
Account manager: {P:Dean Fairbrother}"""),
    ("crm_note", """Contact history - {P:Bogdan Ionescu-Stan}
02/05 call: unhappy with delivery times to {C:Cluj-Napoca}.
06/05 email from {E:bogdan.ionescu.stan@gmail.com}: asks for a discount.
08/05 {P:Guy} offered 5 %; {P:Bogdan} accepted. Ship to {A:Str. Memorandumului 21, ap. 7}, {A:400114} \
{C:Cluj-Napoca}."""),
    ("crm_note", """Key account: Sunrise Dental Group
Primary: Dr {P:Kavitha Ramaswamy} ({T:+61 2 9145 7738})
Secondary: practice manager {P:Hayley Brookes}
{P:Kavitha}'s new clinic opens at {A:Level 2, 118 Pacific Highway}, {C:North Sydney} NSW {A:2060}.
Rep: {P:Prosper Mlambo} to visit in June."""),
    ("crm_note", """Call log 15/07 10:20 - spoke to Mr {P:Chinedu Anyanwu}'s office
{P:Chinedu} is travelling; his PA {P:Patience Eze} took the message.
Callback requested on {T:+234 703 118 4492} after 4pm WAT.
Logged by {P:Frank}."""),
    ("crm_note", """Note by {P:sophie.dubois} - 21 Mar
Client {P:Étienne Marchand-Roux} confirmed the site visit at {A:27 avenue Jean Jaurès}, {A:33000} {C:Bordeaux}.
{P:Étienne} will bring his colleague {P:Nadia Benali}.
Send the NDA to {E:e.marchand@vignoble-roux.fr} before Thursday."""),
    ("crm_note", """Lead source: referral from {P:Gurpreet Sandhu}
Prospect: {P:Harjit Singh Dhillon}, owns two pharmacies in {C:Southall}
{P:Harjit} asked for a call with {P:Gurpreet} present. Mobile {T:07862 230 417}.
Owner: {P:Amber}. Stage: discovery."""),
    ("crm_note", """Support escalation summary for {P:Kristiina Mäkelä}
Raised by {P:Ville} (CSM). Customer wants a named engineer, preferably {P:Hunter Cole}.
{P:Kristiina}'s office: {A:Hämeentie 34 B}, {A:00530} {C:Helsinki}.
Contact {T:+358 50 443 2817}."""),
    # --- forum_post --------------------------------------------------------------------------------------------
    ("forum_post", """Posted by u/{P:dmitri_volkov88} in r/HomeNetworking
My ISP gave me {N:78.25.133.40} as a static IP but the router still shows {N:100.72.14.9}.
Is that CGNAT? My flatmate {P:Yusuf} says call them again.
Edit: thanks u/{P:kaiyang_lim}, it was CGNAT."""),
    ("forum_post", """Re: Best GP surgery near {C:Headingley}?
Quote from {P:bridie_mcc}:
> Dr {P:Oduwole} at the Cardigan Road practice is lovely
Agree with {P:bridie_mcc}. Avoid asking for Dr {P:Steele} though, always booked.
- {P:LeedsLass_Aisha}"""),
    ("forum_post", """Thread: Lost dog - {C:Ballarat} area
Our kelpie Rusty ran off near {A:Sturt Street} last night.
If found please call {P:Narelle} on {T:0427 118 506} or my husband {P:Craig}.
We live at {A:9 Lydiard Street North}. Thanks everyone, esp. {P:Tash} who shared it."""),
    ("forum_post", """[Mumsnet] AIBU to report my neighbour?
The woman at number 14, {P:Gail}, keeps parking across our drive on {A:Ferndale Avenue}.
My DH {P:Neil} spoke to her son {P:Kieran} but nothing changed.
Posted by ThreeBoysAndAPug"""),
    ("forum_post", """by {P:xu_zhiwei} » Tue Feb 13, 2024 8:14 pm
I'm getting 'permission denied' when I ssh to {N:192.168.88.14} as {P:zhiwei}.
@{P:m.oconnell} suggested checking authorized_keys, still no luck.
Log says "Authentication refused: bad ownership or modes for directory /home/{P:zhiwei}\""""),
    ("forum_post", """Re: Landlord won't return deposit
@{P:Temi_Ade} same happened to us in {C:Peckham}. Email the agent ({E:lettings@harbourandhale.co.uk}) and
quote the TDS reference. Our agent {P:Marcus} only moved after we copied in Councillor {P:Begum}.
Good luck {P:Temi}!"""),
    ("forum_post", """Selling: 2 tickets for Saturday
PM me or text {P:Sunny} on {T:07395 660 218}.
Collection from {A:14 Moorland Road}, {C:Bath} {A:BA2 3PW} or I can post.
Cheers, {P:sunny_b}"""),
    ("forum_post", """Posted by {P:Farhan Chowdhury} in Bangladeshi Students UK
Anyone travelling to {C:Sylhet} in July? My mum needs someone to take a small parcel to my uncle,
{P:Abdul Karim Miah}, in {C:Zindabazar}. I'll cover the extra baggage. WhatsApp {T:+44 7418 339 602}.
Thanks {P:Rezwana} for sharing!"""),
    ("forum_post", """Re: Ciao, cerco casa a {C:Bologna}
{P:GiuliaR_92} ha scritto:
> Prova a chiedere a {P:Matteo Lombardini}, affitta in {A:Via del Pratello 41}
Grazie {P:Giulia}! Ho scritto a {P:Matteo} ieri."""),
    ("forum_post", """Topic: Who remembers Mrs {P:Oyinlola}'s chemistry class?
She taught at our school in {C:Ibadan} in the 90s. {P:Chuka} and {P:Ifeoma} from my set are organising a reunion.
Reply here or e-mail {E:reunion.kings94@gmail.com}. - {P:Adewale Ogundipe} (\u2018{P:Wale}\u2019)"""),
    # --- referral_letter ---------------------------------------------------------------------------------------
    ("referral_letter", """Dear Dr {P:Abernathy},
Re: Mrs {P:Olufunmilayo Adekunle}, DOB {B:21/03/1955}, NHS {I:731 045 8265}
{A:18 Prince of Wales Road}, {C:Norwich} {A:NR1 1LB}
Thank you for seeing this lady with a six-month history of dysphagia.
Her daughter {P:Toyin} (tel {T:01603 772 418}) will accompany her.
Yours sincerely,
Dr {P:Hemalatha Sivakumar}, GP"""),
    ("referral_letter", """To: Cardiology, Royal Infirmary
From: Dr {P:Calum Strachan}, Birkhill Medical Practice, {C:Dundee}
Patient: {P:DOCHERTY, Agnes Mary}   born {B:2 October 1941}   CHI {I:0210414529}
Mrs {P:Docherty} has new AF. Lives alone at {A:3/2, 41 Clepington Road}, {A:DD3 7BQ}.
Neighbour {P:Isobel} holds a key.
Please contact me on {T:01382 833 917}."""),
    ("referral_letter", """Dear Colleague,
I would be grateful if you could review Master {P:Aarav Gupta} (date of birth {B:09/08/2017}).
{P:Aarav} has recurrent tonsillitis, 7 episodes this year.
Parents: {P:Nikhil} and {P:Shreya Gupta}, {A:52 Wentworth Drive}, {C:Harrow} {A:HA1 4PJ}.
Mobile {T:07721 403 566}. NHS number {I:943 108 2756}.
Kind regards, Dr {P:O. Adebayo-Smith}"""),
    ("referral_letter", """Referral - physiotherapy (MSK)
Name: {P:Siobhán Ní Mhurchú}    DOB: {B:30/06/1983}    MRN: {I:BHSCT-7720193}
Address: {A:12 Lisburn Avenue}, {C:Belfast} {A:BT9 7FX}
Lumbar disc prolapse L4/5, improving. {P:Siobhán} works as a nurse and wants a phased return.
Referrer: Dr {P:Kieran Mulholland}"""),
    ("referral_letter", """Dear Dr {P:Nair},
Re: {P:Mohan Krishnamurthy}, 61 y, born {B:15-04-1963}, UHID {I:AIMS/2024/55812}
Known T2DM; now proteinuria 1.2 g/day. Kindly evaluate for diabetic nephropathy.
He lives with his son {P:Vignesh} at {A:TC 27/1198, Pattom Palace Road}, {C:Thiruvananthapuram} {A:695004}.
Contact {T:+91 94470 82215}.
Regards, Dr {P:Sreelakshmi Menon}"""),
    ("referral_letter", """Sehr geehrter Herr Kollege {P:Brandstätter},
wir überweisen Herrn {P:Lukas Hinterberger}, geb. {B:03.03.1970},
wohnhaft {A:Mariahilfer Straße 88/14}, {A:1070} {C:Wien}, zur Abklärung einer Anämie.
Ehefrau {P:Sabine} ist telefonisch unter {T:+43 664 2183 447} erreichbar.
Mit freundlichen Grüßen, Dr. {P:Anja Rüdiger}"""),
    ("referral_letter", """Dear Dr {P:Whitfield},
Re: {P:Lwandle Mbatha} (DOB {B:2001-11-18}), SA ID {I:0111186441080}
{P:Lwandle} is a student at the university, staying at {A:Room 214, Kopano Residence}, {C:Braamfontein}.
He presents with haemoptysis; sputum sent. His mother, {P:Nokuthula}, is on {T:+27 83 602 1187}.
Please see him urgently.
Yours, Dr {P:Riaan du Plessis}"""),
    ("referral_letter", """Referral to memory clinic
Patient: {P:Kazimierz Zieliński}, date of birth {B:08/01/1938}, NHS {I:820 573 1462}
Lives with wife {P:Halina} at {A:Flat 4, Sobieski House}, {A:70 Ealing Road}, {C:Brentford} {A:TW8 0LF}.
{P:Halina} reports he got lost walking to church twice this month.
Dr {P:Jennifer Okoye}, Brentford Health Centre"""),
    ("referral_letter", """Dear Dr {P:Tran},
I'm referring {P:Nguyễn Thị Hương}, born {B:19/05/1972}, Medicare {I:4107 52931 2}.
{P:Hương} speaks limited English; her son {P:Duy} interprets ({T:0419 224 675}).
Address: {A:7/31 Hopkins Street}, {C:Footscray} VIC {A:3011}.
Regards, Dr {P:Amelia Grant}"""),
    ("referral_letter", """Re: {P:Karim Boudiaf}, né le {B:12/12/1986}
Adresse : {A:5 impasse des Lilas}, {A:13008} {C:Marseille}
Cher confrère, je vous adresse M. {P:Boudiaf} pour avis dermatologique.
Numéro de sécurité sociale {I:1 86 12 13 055 214 18}.
Bien confraternellement, Dr {P:Claire Vasseur}"""),
    # --- payment_update ----------------------------------------------------------------------------------------
    ("payment_update", """Payment method updated
Account holder: {P:Grace Achieng Odhiambo}
Old card: {I:4539 2017 4886 3012} (expired 04/24)
New card: {I:4024 0071 9538 4622}, billing postcode {A:E17 9JH}
Changed from {N:82.132.219.48} at 19:42. Confirmation sent to {E:grace.odhiambo@outlook.com}."""),
    ("payment_update", """Direct Debit instruction - confirmation
Payer: {P:Ceridwen Llewellyn-Price}
Bank: sort code {I:40-12-76}, account {I:58203914}
Address: {A:2 Maes yr Eglwys}, {C:Carmarthen} {A:SA31 1PT}
First collection: 1 August. Questions? Call {T:0330 088 4127} and ask for {P:Bethan}."""),
    ("payment_update", """Hi {P:Thabo},
Your subscription renewed. We charged the card {I:5154\u00a00277\u00a06390\u00a01846}.
If {P:Lerato} (the second user on the plan) has left, remove her under Settings.
Billing address: {A:14 Protea Street}, {C:Parkhurst}, {C:Johannesburg} {A:2193}
Team {P:Ilse}, billing"""),
    ("payment_update", """Payee change request - supplier 0092
Supplier contact: {P:Giovanni Esposito-Ruggiero}
New IBAN: {I:IT07 X054 2811 1010 0000 7348 291}
Previous: {I:FR66 3000 4008 1700 0729 4158 283}
Requested from {E:g.esposito@ruggiero-tessuti.it}; verified by phone ({T:+39 081 554 7720}) by {P:Mark Tiernan}."""),
    ("payment_update", """Refund issued
Customer: {P:Aoife Kavanagh}
Amount: EUR 129.00 to {I:IE35 BOFI 9011 8427 5639 10}
Reason: parcel lost between {C:Athlone} and {C:Mullingar}.
Processed by {P:Prosper} on behalf of {P:Ciarán}."""),
    ("payment_update", """Card on file changed (member {I:GYM-77180})
{P:DeShawn Marcus Whitaker} replaced {I:3782 910455 62138} with {I:6011 3982 7450 1628}.
Home club: {C:Atlanta} Midtown. Phone {T:(404) 555-0193}.
Note from {P:Kayla}: {P:DeShawn} asked us not to email his work address."""),
    ("payment_update", """Wire received
From: {P:Hendrik Jan de Groot}, {I:NL16 INGB 0006 3829 14}
To: {P:Sofie Verbeke}, {I:BE43 7310 0392 6154}
Reference: deposit {A:Kerkstraat 44}, {A:9000} {C:Gent}
{P:Sofie} confirmed receipt by SMS from {T:+32 478 21 93 06}."""),
    ("payment_update", """Dear {P:Anca},
We received your payment from {I:RO16 BTRL 0130 1205 B716 34XX}.
Your next invoice goes to {E:anca.\u200bmoldovan@gmail.com}.
For card payments we keep {I:2221 0495 8837 2611} on file.
Best, {P:Sorin Vlădescu}"""),
    ("payment_update", """Salary payment change - employee {P:Ana Beatriz Carvalho}
Old: {I:PT25 0035 0651 0000 7182 9346 5}
New: {I:SE45 5000 0000 0583 9825 7466} (moved to {C:Malmö})
CPF {I:418.203.957-23} kept for the Brazilian pension.
Approved by {P:Björn Ekström} and {P:Faith}."""),
    ("payment_update", """Instalment plan set up for {P:Rukhsana Begum}
Card {I:4917\u00a00833\u00a06129\u00a04572}, 6 x 45.00
Address {A:71 Coventry Road}, {A:Small Heath}, {C:Birmingham} {A:B10 0RX}
Her son {P:Imran} is authorised to call on her behalf ({T:0121 496 0583})."""),
    # --- tax_form ----------------------------------------------------------------------------------------------
    ("tax_form", """SELF ASSESSMENT - page TR1
Name: {P:Matthew Okonjo-Hale}
UTR: {I:84127 30596}      NI number: {I:PB918264D}
Date of birth: {B:06/05/1979}
Address: {A:Flat 11, Belvedere Court}, {A:201 Upper Richmond Road}, {C:Putney}, {C:London} {A:SW15 6SQ}
Phone: {T:020 8785 4410}"""),
    ("tax_form", """Form W-9 (Rev. March 2024)
1 Name: {P:Nguyen Thanh Binh}
3 Federal tax classification: individual/sole proprietor
5 Address: {A:9810 Bellaire Blvd}, {A:Suite 118}
6 City, state, ZIP: {C:Houston}, TX {A:77036}
Part I TIN - SSN: {I:604-38-2917}
Signature: {P:Binh Nguyen}   Date: 03/04/2024"""),
    ("tax_form", """ITR-1 (Sahaj) - AY 2024-25
Name: {P:KULKARNI VIKRAM ANANT}
PAN: {I:AJTPK3308F}   Aadhaar: {I:8550 2913 7465}
Date of Birth: {B:11/09/1986}
Flat/Door: {A:Flat 7, Shantiniketan Society}   Road: {A:Karve Road}
Town: {C:Kothrud}, {C:Pune}   PIN: {A:411038}
Email: {E:vikram.kulkarni86@gmail.com}   Mobile: {T:+91 98220 17364}"""),
    ("tax_form", """TFN declaration
1 TFN: {I:529 174 039}
2 Name: Ms {P:Chloe Papadakis}
3 Previous family name: {P:Lambrou}
4 Home address: {A:3/27 Glenhuntly Road}, {C:Elwood} VIC {A:3184}
6 Date of birth: {B:25/02/1993}
Payee's signature: {P:C. Papadakis}"""),
    ("tax_form", """PIT-37 (2023) - dane podatnika
Nazwisko: {P:WÓJCIK}   Imię: {P:Katarzyna}
PESEL: {I:88071403180}
Adres: {A:ul. Mickiewicza 22/5}, {A:60-833} {C:Poznań}
Współmałżonek: {P:Paweł Wójcik}, PESEL {I:01240915831}"""),
    ("tax_form", """Declaração IRS - Anexo A
Sujeito passivo A: {P:João Pedro Marques Tavares}
Sujeito passivo B: {P:Inês Tavares}
Morada: {A:Rua de Santa Catarina 512, 3.º Esq.}, {A:4000-446} {C:Porto}
Dependente: {P:Tomás}, nascido em {B:02/07/2015}"""),
    ("tax_form", """Aangifte inkomstenbelasting - partner
Naam: {P:Mustafa El Idrissi}
BSN: {I:260719481}
Geboortedatum: {B:17-10-1984}
Adres: {A:Van Speijkstraat 118-3}, {A:1057 HD} {C:Amsterdam}
Partner: {P:Samira Bouzid}"""),
    ("tax_form", """Modelo 100 - IRPF
Declarante: {P:Álvaro Santiago Gutiérrez Mora}, NIF {I:71530924G}
Domicilio: {A:C/ Fuencarral 123, 4º B}, {A:28010} {C:Madrid}
Cónyuge: {P:Nerea Etxeberria}
Cuenta para devolución: {I:ES40 0049 1523 7129 1038 4756}
Teléfono: {T:+34 915 44 27 81}"""),
    ("tax_form", """Form 1040 - dependent worksheet
Taxpayer: {P:Olayinka R. Adebisi}, SSN {I:418-72-9036}
Spouse: {P:Temitope Adebisi}
Dependent: {P:Zion Adebisi}, DOB {B:08/14/2016}
Address: {A:612 Willow Creek Dr}, {C:Plano}, TX {A:75023}
Preparer: {P:Dwight Carmody}, PTIN {I:P01837462}"""),
    ("tax_form", """Personal income tax return - annex
Taxpayer: {P:CHEN Meiling}   ID: {I:310105199203144727}
Spouse: {P:Zhao Jun}
Address: {A:Room 1502, Building 3}, {A:388 Changning Road}, {C:Changning District}, {C:Shanghai}
Mobile {T:+86 139 1822 4057}"""),
    # --- meeting_notes -----------------------------------------------------------------------------------------
    ("meeting_notes", """Weekly ops sync - 12 March
Attendees: {P:Tunde}, {P:Priya}, {P:Lwazi} and {P:Mei}
Apologies: {P:Hamish Drummond-Guthrie}
1. {P:Tunde} to chase the courier contract.
2. {P:Priya} and {P:Mei} to finish the DPIA by Friday.
3. {P:Lwazi} raised the outage on {N:10.20.0.5}; root cause still open."""),
    ("meeting_notes", """Minutes - residents' association, {C:Walthamstow}
Present: {P:Joyce Ellington} (chair), {P:Kwabena Asamoah}, {P:Dorota Kaczmarek}, {P:Rich Palmer}
{P:Dorota} reported fly-tipping behind {A:48 Hoe Street}.
{P:Kwabena} will e-mail the council from {E:hoestreet.residents@gmail.com}.
Next meeting at {P:Joyce}'s house."""),
    ("meeting_notes", """1:1 {P:Chiara}/{P:Kenji}
- {P:Kenji Watanabe} wants to move to the platform team; {P:Chiara} supportive.
- Talk to {P:Bronwyn} about headcount.
- {P:Kenji} on leave 3-10 June.
Notes by {P:Chiara Benedetti}"""),
    ("meeting_notes", """Project Falcon - kickoff
Client side: {P:Sven Åkerlund}, {P:Märta Lindgren}
Our side: {P:Joy Adeleke}, {P:Dean}, {P:Ravindra Kumar Sharma}
Actions:
- {P:Joy} to send SOW to {E:sven.akerlund@nordvagen.se}
- {P:Ravindra} to set up VPN for {P:Märta} (allow {N:194.68.45.201})"""),
    ("meeting_notes", """Case conference - family support
Present: SW {P:Lorraine McBride}, HV {P:Amina Yusuf}, Mrs {P:Holloway} (teacher)
Child: {P:Kayden Mitchell}, DOB {B:14/12/2019}
Mum ({P:Shannon}) attended; dad ({P:Lee}) did not.
Home: {A:22 Brunswick Terrace}, {C:Hartlepool} {A:TS24 8HL}"""),
    ("meeting_notes", """Board call notes (Teams)
Chair: Dr {P:Adaora Nwosu}
Present: Mr {P:Yiannis Christodoulou}, Ms {P:Ritu Agarwal}, {P:Hope Mensah-Bonsu}
{P:Adaora} asked {P:Yiannis} to circulate the audit letter.
{P:Ritu} will brief the auditors ({P:Frank} and {P:Grace} from KPMG)."""),
    ("meeting_notes", """Standup 09:15
{P:ayesha}: finished the importer, blocked on creds from {P:marek}
{P:marek}: will send today, sorry
{P:tomás}: reviewing {P:ayesha}'s PR; deploy to {N:10.0.14.22} after lunch
{P:summer}: off tomorrow, {P:jade} covering"""),
    ("meeting_notes", """Interview panel - Senior Nurse, Ward 12
Panel: Matron {P:Eilidh Baxter}, Dr {P:Sandeep Walia}, {P:Comfort Owusu} (HR)
Candidates: {P:Rosemary Achterberg}, {P:Jun Hao Tan}, {P:Blessing Umeh}
Preferred: {P:Jun Hao}. {P:Comfort} to phone him on {T:07419 226 580}."""),
    ("meeting_notes", """Site visit - {A:Unit 4, Riverside Trading Estate}, {C:Rotherham} {A:S60 1BZ}
With {P:Gavin Roebuck} (landlord's agent) and {P:Hasan Demir} (our facilities)
{P:Gavin} to send the dilapidations schedule; {P:Hasan} to check the roof.
Follow-up call with {P:Gavin} on {T:01709 442 118}."""),
    ("meeting_notes", """Retro - sprint 41
Went well: {P:Ngozi}'s test harness; {P:Bill} fixed the flaky login test
To improve: handover to {P:Wei}'s team in {C:Shenzhen}
Actions: {P:Ngozi} + {P:Siddharth} pair on the cache bug; {P:Ivy} books the next retro.
Shout-out to {P:Lance} for covering on-call."""),
    # --- pii_free look-alikes ----------------------------------------------------------------------------------
    ("pii_free", """Menu - Thursday
Eggs Benedict with hollandaise
Beef Wellington, Caesar salad, Peach Melba
Earl Grey or a Bloody Mary for brunch"""),
    ("pii_free", """Release notes 10.4.2.118
Fixed a crash when the Ford Transit profile was selected.
Build 2024.07.15 replaces 2024.06.30; config schema 3.1.4.1 is unchanged."""),
    ("pii_free", """Parkinson's disease and Alzheimer's disease clinic
Referral criteria follow the Glasgow Coma Scale and the Apgar score where relevant.
Tuesday and Friday mornings only."""),
    ("pii_free", """Opening hours over the holidays
St Patrick's Day: closed
St David's Day and Good Friday: 10:00-14:00
Easter Monday: normal hours"""),
    ("pii_free", """Job advert: Senior Data Engineer
Reports to: Head of Platform
Team: Data Reliability, Payments Engineering
Location: hybrid, two days in the office"""),
    ("pii_free", """Name: ____________________
Date of birth: __ / __ / ____
Address: ______________________________
Phone: ______________   E-mail: ______________"""),
    ("pii_free", """The walk starts at Abbey Road, crosses Baker Street and ends near Carnaby Street.
Allow two hours; the route is step-free except at Regent's Park."""),
    ("pii_free", """Product catalogue
Johnnie Walker Black Label, Jack Daniel's Old No. 7
Ben & Jerry's Cookie Dough, Tim Hortons Double Double
Dr Martens 1460 boots (size guide inside)"""),
    ("pii_free", """Q3 Roadmap
Grace Period Extension for late payments
Hope Street Office Refit
Will Writing Service Launch
Mark as Read button in the inbox"""),
    ("pii_free", """Support line opening times: Monday to Friday 8am-6pm, Saturday 9am-1pm.
Closed on Sundays, Christmas Day, Boxing Day and New Year's Day.
Call volumes peak in January and September."""),
    ("pii_free", """Garden centre offers this week
Rose 'Queen Elizabeth', Ivy 'Goldchild', Sweet William, Black-eyed Susan
Jade plants and Amber lilies half price"""),
    ("pii_free", """Firmware 192.168.1.1 is not an address here: it is the version string of the old bootloader.
Upgrade path: 4.4.0.2 -> 4.5.0.0 -> 5.0.1.12."""),
    ("pii_free", """Reading list for the seminar
Newton's laws, Ohm's law, Murphy's law and the Doppler effect
Bayesian inference with Markov chains; the Fibonacci sequence in plants"""),
    ("pii_free", """Hotel Chain Comparison
Hilton Garden Inn vs Marriott Courtyard vs Holiday Inn Express
Breakfast, parking and Wi-Fi included at all three"""),
    ("pii_free", """Error codes
E-0207-555-0100: timeout talking to the tariff service
E-0800-123-4567: template not found
Both are internal error identifiers, not phone numbers."""),
    ("pii_free", """Dishes of the world evening
Chicken Tikka Masala, Pad Thai, Bánh Mì, Jollof rice, Bobotie, Pierogi, Moussaka
Bring a plate, labels provided"""),
    ("pii_free", """Job titles in the new structure
Chief Executive Officer, Finance Director, Head of People
Clinical Nurse Specialist, Staff Nurse, Healthcare Assistant"""),
    ("pii_free", """Summer Sale ends Sunday
Autumn range arrives in August; Winter coats in October.
Free delivery on orders over fifty pounds."""),
    ("pii_free", """Training rooms
Turing Room (level 2), Lovelace Room (level 3), Hopper Suite (level 4)
Booking via the intranet; no food in the Turing Room."""),
    ("pii_free", """The Victoria line is closed between King's Cross and Brixton this weekend.
Replacement buses run from Oxford Circus; the Elizabeth line is unaffected."""),
    ("pii_free", """Template - leave request
Employee name:
Manager:
Dates requested:
Reason:"""),
    ("pii_free", """Tournament draw
Manchester United v Real Madrid, Ajax v Celtic, Benfica v Galatasaray
Kick-off times announced on Wednesday"""),
    ("pii_free", """Our fleet: Tesla Model 3, Mercedes-Benz Sprinter, Rolls-Royce Trent engines on the demo rig.
Ask the front desk for the Porsche Experience voucher."""),
]


def dev9_records() -> list[Labelled]:
    """The ninth hand-written development records, parsed (gold spans on field `text`)."""
    return [parse_marked(kind, marked) for kind, marked in RECORDS]
