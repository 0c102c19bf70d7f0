"""A thirteenth hand-written gold set for `redact_quality`: realistic multi-line records of an organisation's
everyday data. This is a BLIND set: blind: only aggregate scores are printed, never its misses, and no rule is
tuned on it.

Records come in 14 styles, in roughly equal numbers: help-desk tickets with quoted mail, forwards and agent notes
(`support_ticket`), GP, ward-handover, ED, triage, physio, nursing and outpatient notes in English, German,
Finnish, Spanish and Chinese (`clinical_note`), HR mail with From/To/Cc lines, minutes and references
(`hr_email`), Slack, Teams, WhatsApp, Zalo, LINE, Telegram, IRC, SMS, iMessage and live-chat transcripts
(`chat_log`), sshd, sudo, postfix, access, Windows audit, DHCP, VPN, firewall, payment-gateway, KYC-worker and
cron logs with user fields (`ops_log`), CSV, TSV, semicolon and pipe rows with headers, including a passenger
manifest (`csv_rows`), envelope and label address blocks (`postal_block`), KYC, fraud-call, AML, mortgage,
wire-recall, bereavement and power-of-attorney notes (`bank_note`), sales and account notes (`crm_note`),
forum, Reddit, classified-ad, bug-report and neighbourhood posts (`forum_post`), GP and hospital referral letters
(`referral_letter`), card, direct-debit, SEPA, ACH, PIX, RIB, standing-order and payout changes
(`payment_update`), tax returns and forms (W-9, SA100, ITR-1, 2042, Anlage N, PIT-37, Modelo 100, Form 1,
veroilmoitus, inkomstdeklaration, beyanname: `tax_form`) and security, health-and-safety, police, lab, aviation,
data-breach, safeguarding and fraud incident reports (`incident_report`); plus PII-free look-alikes
(`pii_free`: release notes, menus, eponymous diseases, laws, furniture, cocktails and flower cultivars, named
storms, words that are also given names, hotel and room names, firmware and package versions and OIDs shaped like
IP addresses, SKUs and codes shaped like phone numbers).

People are English, Welsh, Irish, Scottish, American, Indian (Tamil, Punjabi, Bengali, Hindi), Chinese,
Japanese, Korean, Vietnamese, Arabic (Saudi, Emirati, Levantine), Turkish, German, French, Spanish and Basque,
Portuguese and Brazilian, Polish, Nigerian (Yoruba, Igbo), Dutch, Swedish and Finnish. They appear by full name,
by surname after a title (titles and honorific suffixes such as -san, Hanım and -bucho stay outside the mark), by
given name alone in greetings, sign-offs and mid-sentence, surname-first (`SURNAME, Given`, `Surname Given` in
Finnish and East Asian order, Chinese, Japanese and Vietnamese script), in airline order (`SURNAME/GIVEN MR`), in
all caps, as initials, in lower-case chat handles and user names built from a name, with particles and
diacritics (Ó, Ní, von der, van der, de la, Al-, bin, Abu-, Vietnamese and Turkish letters), with possessives,
repeated within a record, and with given names that are also words (Will, Mark, Dawn, Grace, Hope, Ray, Bill,
Frank, Sunny, Victor). Addresses follow the formats of the UK, Ireland (Eircodes), the US, India (house number
before a comma and the street, flat and CHS lines, 6-digit PIN codes, also written `560 041`), Germany (`Am
Kirschgarten 12b`), France (`14, rue des Tanneurs`, `7 bis`), Spain, Portugal, Brazil (CEP), Poland, Sweden
(Box addresses), Finland (stairway and flat letters), Belgium, Turkey, Nigeria (P.O. boxes), South Africa, the
UAE, Korea, Japan (〒 and Japanese script), China and Vietnam. Cards and IBANs are written with spaces, dots,
dashes, no-break spaces or no separator; there are quoted replies, emoji and mixed languages.

Every value (names, streets, postcodes, phones, e-mails, identifiers, IP addresses) was invented for this file
and checked against no list; none comes from the other gold sets, Faker, presidio-evaluator or configs/, and
pipeline/ never reads it. Identifiers whose scheme publishes a check digit carry a valid one, computed for this
file: payment cards and UnionPay cards and the Emirates ID (Luhn), IBANs (mod 97, with the length of their
country: DE, FR, ES, GB, IE, PL, SE, FI, PT, TR, SA, AE, NL, BE), Swedish personnummer (Luhn over ten digits),
Finnish HETU (mod 31 check character), NHS and Scottish CHI numbers (mod 11), Aadhaar (Verhoeff), German
Steuer-ID (ISO 7064 mod 11,10), French NIR (mod 97), Belgian national number (mod 97), Spanish DNI and NIE
(mod 23 letter), Polish PESEL, Brazilian CPF, Portuguese NIF, Turkish T.C. Kimlik No, Korean RRN, Chinese
resident ID (ISO 7064 mod 11-2), Japanese My Number, Irish PPSN (mod 23 letter), German health-insurance
number (KVNR) and driving licence, Nigerian NUBAN account number and US ABA routing numbers;
tests/test_redact_blind13.py checks each of them. The others (US SSN, UK NINO and UTR, Indian PAN, passports,
MRNs and hospital numbers, health-plan, insurer and Medicaid member numbers, Vietnamese CCCD, Nigerian BVN,
other account numbers, sort codes, Brazilian agency numbers, licence plates) only have the
shape of real ones. National IDs that encode a birth date agree with the date of birth given for that person.

Markup as in redact_dev.py: `{P:...}` PERSON, `{A:...}` ADDRESS (street line, flat, unit, floor or building
line, P.O. box and postcode, each marked separately), `{E:...}` EMAIL_ADDRESS (role addresses too), `{T:...}`
PHONE_NUMBER, `{I:...}` ID (cue words such as MRN, NHS No, Pnr or the insurer's name stay outside),
`{B:...}` DATE_OF_BIRTH (only a date next to a birth cue or in a DOB column), `{N:...}` IP_ADDRESS (IPv4 and
IPv6) and `{C:...}` a town, city or district (neutral). Countries, regions, states, organisations, products,
order, ticket, case and reference numbers, hostnames not built from a name and ordinary dates are not marked.
"""

from __future__ import annotations

from benchmarks.redact_data import Labelled
from benchmarks.redact_dev import parse_marked

RECORDS: list[tuple[str, str]] = [
    # --- support tickets -------------------------------------------------------------------------------------
    ("support_ticket", """Ticket #88217 | Priority: P3 | Channel: email
From: {E:harriet.coldicott@westmoor-lettings.co.uk}
Subject: cant log in after password reset

Hi, I reset my password yesterday and now the portal says my account is locked. My username is {P:hcoldicott}.
Can someone call me on {T:07700 914 382}? Thanks, {P:Harriet}

-- agent note ({P:dmellership}): unlocked, asked cust to clear cookies. {P:Dawn}"""),
    ("support_ticket", """#TKT-40913  status=pending-customer
Customer: {P:ÓFLOINN, Cathal}   acct {I:IE-CUS-0048812}
> On Tue, {P:Cathal Ó Floinn} <{E:cathal.ofloinn@eircom.net}> wrote:
> the router you sent is going to the old address, I moved to {A:Apt 12, Lansdowne Quay}, {C:Ballsbridge},
> {C:Dublin 4}, {A:D04 X2K7}. please update
Updated delivery address. Told {P:Cathal} it ships Thurs."""),
    ("support_ticket", """Case 2024-11-0387 (Billing)
Caller said her card {I:4963 9544 8855 2279} was charged twice for the March invoice.
Name on account: {P:LaToya Brinson}, callback {T:(865) 302-7741}, alt {T:865.555.0193}
Verified via last 4 + zip {A:37919}. Refund raised, ref RF-22918.
- {P:Tanner}, Tier 1"""),
    ("support_ticket", """Subject: RE: [JIRA] SD-7731 Dienstwagen-App stürzt ab
Hallo Herr {P:Wiesenthal},
wir haben das Problem reproduziert (App 4.12.0 auf Android 14). Bitte schicken Sie uns die Logdatei an
{E:support-de@fleetmate.example}.
Mit freundlichen Grüßen
{P:Henrike Baumgärtner}
Fleetmate Kundendienst | {T:+49 69 2578 3310}"""),
    ("support_ticket", """ticket 55120 -- password reset request
requester: {P:takeda.haruka} ({P:TAKEDA Haruka}), {C:Osaka} office
card on file {I:3526 1942 8202 8877} flagged as expired, cust wants to keep the subscription.
phone: {T:+81 6-6345-2291} / mobile {T:090-4417-8823}
note: {P:Takeda}-san prefers english by email, {E:h.takeda@kansai-logi.jp}"""),
    ("support_ticket", """Ticket #30194
From: {P:Venkatesh Subbarayan} <{E:venkat.s1978@rediffmail.com}>
Sub: Wrong PIN code on shipment

Dear team, my parcel is stuck because you printed {A:560043} but correct PIN is {A:560034}.
Address: {A:No. 14, 2nd Main Road, 1st Block}, {C:Koramangala}, {C:Bengaluru} {A:560034}
Regards,
{P:Venkatesh}"""),
    ("support_ticket", """[Zendesk] #71102 Loyalty points missing
Requester: {P:Gülşen Yıldırım}
Email: {E:gulsen.yildirim@superonline.com.tr}
Tel: {T:+90 532 418 27 95}
Agent ({P:Emre}): points from order 7731-A re-credited. Told {P:Gülşen} Hanım to allow 48h."""),
    ("support_ticket", """INC0098213 - VPN keeps disconnecting
Opened by: {P:Pieter van der Kolk} ({P:pvanderkolk})
Work notes:
  09:14 assigned to {P:Rocío Santamaría}
  09:40 {P:Rocío}: asked user for client version, user says 5.1.3
  10:02 user's home IP {N:83.87.144.219}, ISP Ziggo, no packet loss on our side
  10:30 resolved - MTU change. {P:Pieter} confirmed working."""),
    ("support_ticket", """Ticket 11873 Lost parcel

hi, i ordered the blue rain jacket 3 weeks ago and nothing arrived. it was sent to {A:ul. Kwiatowa 17/4},
{A:60-813} {C:Poznań}. my number is {T:+48 601 284 937}.
{P:Małgorzata Chmielewska}

internal: courier says delivered to neighbour at no 17/2. called Pani {P:Chmielewska}, she will check. {P:gs}"""),
    ("support_ticket", """#9921 Account merge
Two accounts for the same person: {E:aino.kettunen@elisanet.fi} and {E:akettunen91@gmail.com}.
Customer {P:Aino Kettunen} confirmed both by phone ({T:040 718 2294}). Merge done, kept the elisa one."""),
    ("support_ticket", """Subject: Fwd: Warranty claim - cracked screen
---------- Forwarded message ---------
From: {P:Chukwuemeka Obiora} <{E:emeka.obiora@yahoo.com}>
Phone: {T:0803 417 2265}
Serial: SN-77Q2-1184-XB, bought at Ikeja City Mall.
Deliver replacement to {A:14 Adeniran Ogunsanya Street}, {C:Surulere}, {C:Lagos}.

{P:Emeka}"""),
    ("support_ticket", """Ticket #66012 (chat transcript attached)
Customer: {P:Nguyễn Thị Thu Hằng}
email {E:thuhang.nguyen@vnn.vn}, SĐT {T:0912 384 771}
Issue: app shows the name as "{P:Nguyen Thi Thu Hang}" without diacritics on the invoice. Escalated to dev.
{P:Hằng} asks if invoice can be reissued."""),

    # --- clinical notes ----------------------------------------------------------------------------------------
    ("clinical_note", """Pt: {P:HOLMQVIST, Linnea}  Pnr {I:860923-4524}  DOB {B:1986-09-23}
S: 3/7 hx of productive cough, fever 38.6. no SOB.
O: chest clear L, few creps R base. SpO2 97% RA.
A: ?CAP. P: amoxicillin 500mg TDS 5/7, safety-net advice. review if not better 48h.
Dr {P:Wennerström}"""),
    ("clinical_note", """WARD 7B HANDOVER 19:30
Bed 4 - Mr {P:Rob Tranter}, 71, NHS {I:484 873 3316}, post-op day 2 R TKR. obs stable, mobilising w/ frame.
Bed 5 - {P:Ishbel Laird}, 88, CHI {I:0708644783}? no - thats her old CHI, scottish transfer. DOB {B:07/08/1964}??
        >> checked: pt is 60 not 88, wrong notes in folder!! Sister {P:Drummond-Kerr} informed.
Bed 6 - empty
Handed over by {P:Callum} to {P:Eilidh}"""),
    ("clinical_note", """Ambulanz / Notaufnahme
Patient: {P:Jörg Wiesenthal}, geb. {B:14.02.1975}
Versichertennr.: {I:K482917304}   Kasse: TK
Anamnese: Sturz vom Fahrrad, Schmerz li. Handgelenk.
Befund: Schwellung, Druckschmerz Tabatière. Rö: Verd. a. Scaphoidfraktur.
Procedere: Gips, Kontrolle in 10 Tagen. Dr. {P:Baumgärtner}"""),
    ("clinical_note", """OUTPATIENT DIABETES CLINIC
Name: {P:Folasade Adebanjo}     MRN: {I:00728134}     D.O.B: {B:22 Mar 1969}
HbA1c 71 (prev 78). On metformin 1g BD + gliclazide.
Feet: monofilament intact. Eyes: screening due.
Plan: add empagliflozin, see DSN. {P:Folasade} happy with plan.
Next appt 3 months. Letter to GP cc pt."""),
    ("clinical_note", """triage 02:14  ED
{P:yoon jae-hyuk} 31M, walk-in, c/o chest pain since 23:00, sharp, worse lying flat
hx: viral illness last wk. obs HR 104 BP 128/80 T 37.9
ECG: widespread ST elev, PR depression -> ?pericarditis
RRN given by pt for registration: {I:930129-1941002} (korean national, visiting)
Seen by Dr {P:Han}"""),
    ("clinical_note", """Potilas: {P:Räsänen Veikko}  HETU {I:030158-2891}
Käynnin syy: verenpaineen kontrolli.
RR 148/92, pulssi 76. Lääkitys: ramipriili 5 mg.
Jatko: kotimittaukset 2 vk, puhelinaika hoitajalle.
Laatija: {P:Sanna Heikkilä}, sh"""),
    ("clinical_note", """Paediatric ED - {P:Eeli Mäkelä} (HETU {I:220513A031K}), DOB {B:22.5.2013}
Accompanied by mother {P:Aino}. Visiting from Finland, EHIC seen.
Fall from scooter, small laceration L eyebrow, glued. No LOC.
Head injury advice given in English, mum speaks well.
{P:F. Adebanjo}, ANP"""),
    ("clinical_note", """Physio note 12/03
{P:Grace Pennington-Lowe} (DOB {B:3/11/1958}) - L shoulder adhesive capsulitis
ROM improved, flex 130 deg. {P:Grace} says sleeping better.
HEP updated. Next: 2/52.
Member no. BUPA {I:44817203-01} - 6 sessions authorised, 4 used."""),
    ("clinical_note", """Consulta de enfermería - CS Delicias
Paciente: {P:María José Echeverría Landa}, DNI {I:60330936G}, fecha nac. {B:12/05/1980}
TA 132/84, glucemia capilar 104.
Se refuerza dieta, cita en 3 meses. Tel. contacto {T:654 21 87 39}.
Enf. {P:R. Santamaría}"""),
    ("clinical_note", """Psych liaison - seen on AMU
Mr {P:Dakota Pruett}, 44, brought in after OD of paracetamol (~16g), staggered.
Lives alone at {A:4418 Cedar Hollow Dr}, {A:Apt 2B}. Sister {P:Hope Pruett} is NOK, {T:(423) 719-0382}.
Denies ongoing intent, but poor protective factors. Plan: stays in, 1:1 obs, reassess am.
{P:LB}/psych"""),
    ("clinical_note", """门诊记录
姓名: {P:陈美玲}  性别: 女  出生日期: {B:1985年3月12日}
身份证号: {I:310104198503120363}
主诉: 反复头痛2周。
处理: 布洛芬, 1周后复诊。
医生: {P:徐志强}"""),
    ("clinical_note", """GP telephone consult
pt {P:Siobhán Ní Bhriain}, dob {B:19/10/1992}, PPSN {I:5285590M}, mob {T:087 314 9920}
c/o UTI sx 2 days, no fever no loin pain. not pregnant.
Rx nitrofurantoin 100mg MR BD x3d, script sent to pharmacy.
{P:Siobhán} to ring back if worse."""),

    # --- HR e-mails --------------------------------------------------------------------------------------------
    ("hr_email", """From: {P:Priyanka Raghunathan} <{E:priyanka.raghunathan@corvant.com}>
To: {E:payroll@corvant.com}
Cc: {P:Arjun Mehrotra}
Subject: Bank details change - effective April

Hi team, please update my salary account: {I:GB42BARC12807958009367}. Old account can be closed.
My PAN for the Indian tax side is {I:BQRPR4718K}, Aadhaar {I:2699 8339 7628}.
Thanks, {P:Priyanka}"""),
    ("hr_email", """Von: {P:Friederike von der Heydt}
An: Personalabteilung
Betreff: Neue Bankverbindung + Adresse

Liebe Kolleginnen und Kollegen,
ab 1. Mai wohne ich {A:Am Kirschgarten 12b}, {A:65929} {C:Frankfurt am Main}.
Neue IBAN: {I:DE32-7291-0389-1611-1953-65}. Steuer-ID bleibt {I:24225607917}.
Viele Grüße
{P:Friederike}"""),
    ("hr_email", """Subject: Onboarding - new starter Monday
Hi {P:Will},
{P:Oskar Wennerström} starts in the {C:Gothenburg} team on Monday. Details for IT/payroll:
  personnummer: {I:790302-3310}
  address: {A:Västra Hamngatan 9}, {A:411 17} {C:Göteborg}
  mobile: {T:+46 70 418 22 91}
Please set up {P:owennerstrom} in AD. Cheers, {P:Dawn}"""),
    ("hr_email", """From: {E:m.chmielewska@corvant.pl}
To: {P:Grzegorz Ścibor}
Subject: umowa - {P:Tomasz Przybylski}

Grzesiu, w załączniku umowa dla {P:Tomka}. PESEL {I:03310811070}, ur. {B:08.11.2003}.
Konto do wynagrodzenia: {I:PL21 5323 7164 7812 9107 5856 5613}.
Pozdrawiam, {P:Gosia}"""),
    ("hr_email", """Subject: RE: sick leave
> {P:Mark}, I won't be in for the rest of the week, fit note attached. {P:Folasade}
Hi {P:Folasade}, thanks for letting me know and get well soon. I've logged it in the system.
Please don't worry about the Harrow project, {P:Babatunde} will cover.
{P:Mark Albers}
People Partner"""),
    ("hr_email", """MEETING MINUTES - Disciplinary hearing, 14 Feb
Present: {P:Harriet Coldicott} (chair), {P:Rob Tranter} (HR), {P:Gareth Pennington-Lowe} (employee),
{P:Aoife McGillycuddy} (union rep)
1. {P:Gareth} accepted the timesheet discrepancies for w/c 8 Jan.
2. {P:Aoife} raised mitigating circumstances (caring responsibilities).
Outcome: first written warning, 6 months. {P:GPL} informed of right of appeal."""),
    ("hr_email", """Expense claim query
{P:Sudipta}, the hotel in {C:Lyon} was paid twice: once on the corporate card {I:4890 6232 1335 3810} and once
on your personal card. Please send the folio and we'll refund the personal one.
-- {P:Lakshmi Iyengar}, Finance Ops"""),
    ("hr_email", """Kimden: {P:İlkay Demirtaş} <{E:ilkay.demirtas@corvant.com.tr}>
Kime: İK
Konu: maaş hesabı

Merhaba, maaşımın yeni hesaba yatırılmasını rica ederim:
{I:TR83 0127 4089 1711 3726 4698 82}
T.C. Kimlik No: {I:17871560960}
Saygılarımla, {P:İlkay}"""),
    ("hr_email", """To: all-staff-dublin
From: {P:Donnacha Breathnach}
Subject: Welcome {P:Aoife}!

Please give a warm welcome to {P:Aoife McGillycuddy} who joins Facilities today.
You can reach her on ext 4471 or {T:+353 1 662 0918}. {P:Aoife} sits on the 3rd floor by the Liffey windows.
{P:Donnacha}"""),
    ("hr_email", """Reference request
Dear Ms {P:Albuquerque},
we are pleased to confirm that {P:João Pedro Figueiredo} (CPF {I:837.067.664-26}) worked with us as a
Senior Analyst from 2019 to 2023. {P:João} was reliable and well liked.
Kind regards,
{P:Conceição Valadares}, RH, {C:São Paulo}"""),
    ("hr_email", """Subject: visa paperwork for {P:Park Seo-yeon}
Hi {P:Ray},
for the relocation file I need {P:Seo-yeon}'s passport no. ({I:M48291736}) and her date of birth
({B:1988-05-17}). Her RRN {I:880517-2706659} is on the Korean payroll already.
Home address in {C:Seoul}: {A:Teheran-ro 87-gil 24}, {A:1203-ho}, {C:Gangnam-gu}, {A:06164}
Thanks {P:Sunny}"""),
    ("hr_email", """From: {P:Khalid bin Saeed Al-Mazrouei}
To: HR Shared Services
Subject: Emirates ID renewal

Dear HR, please find my renewed Emirates ID {I:784-1979-0215736-7} attached.
Mobile {T:+971 50 318 4472}, {A:P.O. Box 11823}, {C:Dubai}.
Regards, {P:Khalid}"""),

    # --- chat logs ---------------------------------------------------------------------------------------------
    ("chat_log", """[09:02] {P:tanner.k}: morning all
[09:03] {P:latoya_b}: morning! {P:tanner} did u get the file from {P:Dakota}?
[09:05] {P:tanner.k}: nope, ping him, his cell is {T:423-719-0382} i think
[09:05] {P:latoya_b}: thats his sisters number lol
[09:06] {P:hope.pruett}: it is, stop calling me 😂"""),
    ("chat_log", """WhatsApp - "Familia {P:Echeverría}"
12/03/24, 21:14 - Mamá: {P:Iñaki} has mandado ya los papeles del banco?
12/03/24, 21:20 - {P:Iñaki Goikoetxea}: si ama, la cuenta es {I:ES23 6720 0539 1277 5021 4329}
12/03/24, 21:21 - {P:María José}: no pongas eso aquí por dios
12/03/24, 21:21 - {P:Iñaki Goikoetxea}: jaja vale, borrado"""),
    ("chat_log", """#it-helpdesk (Slack)
{P:rocio.s} 10:41  anyone know who owns 10.4.22.0/24 ?
{P:p.vanderkolk} 10:42  thats the printers vlan. {N:10.4.22.17} is the one on floor 3
{P:rocio.s} 10:42  ta. {P:pieter} can you reboot it, {P:Rocío} out"""),
    ("chat_log", """Zalo - {P:Phạm Minh Khôi}
{P:Khôi}: chị {P:Hằng} ơi, em gửi địa chỉ giao hàng nhé
{P:Khôi}: {A:Số 18 ngõ 72 Tôn Thất Tùng}, {C:Đống Đa}, {C:Hà Nội}
{P:Khôi}: sđt em {T:0983 117 452}
{P:Thu Hằng}: ok em, mai chị gửi"""),
    ("chat_log", """SMS thread with {T:+46 70 418 22 91}
Me: Hi {P:Oskar}, its {P:Linnea} from the clinic, your results are fine
{P:Oskar}: tack! do I need to come in?
Me: no, just repeat bloods in 6 months"""),
    ("chat_log", """<{P:grzesiek_s}> ktoś ma numer do {P:Tomka}?
<{P:m_chmielewska}> {T:512 904 338}
<{P:grzesiek_s}> dzięki
<{P:tprzybylski}> jestem tu przecież xD"""),
    ("chat_log", """Teams chat - {P:Arjun Mehrotra}, {P:Lakshmi Iyengar}
{P:Arjun}: {P:Lakshmi} can u share the vendor's bank details, they're asking again
{P:Lakshmi}: pls check the PO, I don't want to paste it here
{P:Arjun}: ok. btw {P:Sudipta}'s new no. is {T:+91 98301 44729}
{P:Lakshmi}: 👍"""),
    ("chat_log", """Telegram | group: Berlin Flat Hunters
{P:emre_cakiroglu}: anyone seen the flat in {C:Neukölln}? {A:Weserstraße 41}, 3. OG
{P:henrike_b}: yes viewed it, landlord is Herr {P:Dreyling}, asks for Schufa + passport copy
{P:emre_cakiroglu}: ugh ok. his number?
{P:henrike_b}: {T:0157 3892 4410}"""),
    ("chat_log", """[LINE] {P:森本 結衣}
{P:結衣}: 明日の打ち合わせ、{P:石川}さんも来ますか?
{P:石川 蓮}: 行きます!10時に{C:渋谷}駅で
{P:結衣}:了解です"""),
    ("chat_log", """live chat - site: shop.example
Visitor 5521: hi my name is {P:Ngozi Eze-Okafor}, order not delivered
Agent {P:Bill}: sorry {P:Ngozi}! can you confirm the postcode?
Visitor 5521: {A:SE15 4QN}
Agent {P:Bill}: thanks, I can see it's at the depot. email for updates?
Visitor 5521: {E:ngozi.ezeokafor@outlook.com}"""),
    ("chat_log", """iMessage
{P:Callum}: mum whats the card number again for the flights
Mum: {I:5597 7293 8196 5518} exp 09/27
Mum: and DELETE this after
{P:Callum}: ok ok"""),
    ("chat_log", """#ops-oncall
<{P:jyrki.o}> paged again, disk full on db-replica-2
<{P:sanna_h}> on it
<{P:sanna_h}> ok cleared 40G of old WAL. {P:jyrki} go back to sleep
<{P:jyrki.o}> kiitos 🙏"""),

    # --- ops logs ----------------------------------------------------------------------------------------------
    ("ops_log", """Mar 14 03:12:08 bast1 sshd[22941]: Failed password for {P:hcoldicott} from {N:81.152.207.44}
Mar 14 03:12:11 bast1 sshd[22941]: Failed password for {P:hcoldicott} from {N:81.152.207.44} port 52218
Mar 14 03:12:15 bast1 sshd[22941]: Accepted publickey for {P:hcoldicott} from {N:81.152.207.44} port 52218
Mar 14 03:14:40 bast1 sudo: {P:hcoldicott} : TTY=pts/2 ; PWD=/home/{P:hcoldicott} ; USER=root ;
    COMMAND=/bin/systemctl"""),
    ("ops_log", """2024-05-02T10:44:31.118Z INFO  auth-svc login ok user={E:t.przybylski@corvant.pl} ip={N:89.64.11.203}
2024-05-02T10:44:31.502Z INFO  auth-svc mfa=totp user={E:t.przybylski@corvant.pl}
2024-05-02T10:47:02.006Z WARN  profile-svc update phone user_id=88213 new={T:+48 512 904 338}
2024-05-02T10:47:02.010Z INFO  audit actor={P:tprzybylski} action=PROFILE_UPDATE"""),
    ("ops_log", """{N:2a02:8109:9c40:1e00:5d1:3f2a:b8c4:11e7} - - [02/Jun/2024:18:22:01 +0200] "GET /account" 200 5123
{N:2a02:8109:9c40:1e00:5d1:3f2a:b8c4:11e7} - - [02/Jun/2024:18:22:09 +0200] "POST /account/address" 302 0
{N:91.64.3.118} - {P:fvdheydt} [02/Jun/2024:18:23:44 +0200] "GET /admin HTTP/2" 403 211"""),
    ("ops_log", """payment-gw ERROR 2024-04-18 22:01:14 tokenise failed, raw PAN logged pan={I:4311666640750398}
   exp=1126 name="{P:S HEIKKILA}" merchant=MX-2231
payment-gw WARN  2024-04-18 22:01:14 PCI: masking filter bypassed in legacy path, see SEC-412"""),
    ("ops_log", """Event ID 4625: An account failed to log on.
Account Name: {P:a.mcgillycuddy}
Account Domain: CORVANT
Workstation Name: DUB-LT-0442
Source Network Address: {N:10.31.8.77}
Failure Reason: Unknown user name or bad password."""),
    ("ops_log", """Jun  3 07:55:12 mx1 postfix/smtpd[1182]: NOQUEUE: reject: RCPT from unknown[{N:185.220.101.47}]:
    554 5.7.1 <{E:folasade.adebanjo@corvant.co.uk}>: Relay access denied; from=<{E:promo@bestdeals-now.example}>
Jun  3 07:55:13 mx1 postfix/smtpd[1182]: disconnect from unknown[{N:185.220.101.47}]"""),
    ("ops_log", """DHCPACK on {N:192.168.40.112} to 3c:22:fb:1a:09:7e (iPhone-{P:Lakshmi}) via eth1
DHCPACK on {N:192.168.40.118} to a4:83:e7:55:c0:21 ({P:ARJUN-MEHROTRA}-LT) via eth1
DHCPACK on {N:192.168.40.9} to 00:1b:63:84:45:e6 (HP-LaserJet-M404) via eth1"""),
    ("ops_log", """[vpn] 2024-02-11 08:01:55 user '{P:seoyeon.park}' connected from {N:211.36.142.90} (KR)
[vpn]   assigned {N:172.20.4.31}
[vpn] 2024-02-11 11:48:03 user '{P:seoyeon.park}' disconnected, 1.2 GB rx
[vpn] 2024-02-11 11:50:17 user 'svc-backup' connected from {N:10.0.0.14}"""),
    ("ops_log", """crm-sync job 7712 failed on record 44120
  payload: name="{P:Omar Abu-Zaid}" email="{E:omar.abuzaid@gmail.com}" mobile="{T:+966 55 482 1937}"
  error: duplicate key value violates unique constraint "contacts_email_key"
  retry 3/3 exhausted"""),
    ("ops_log", """2024-07-21 14:02:11,093 DEBUG [kyc-worker-3] verifying document for customer {P:Thaís Albuquerque}
2024-07-21 14:02:11,240 DEBUG [kyc-worker-3] CPF={I:501.340.891-11} status=REGULAR
2024-07-21 14:02:12,871 INFO [kyc-worker-3] address ok: {A:Rua Doutor Alceu de Campos Rodrigues, 418}, {A:apto 73}
2024-07-21 14:02:12,872 INFO  [kyc-worker-3] done in 1779 ms"""),
    ("ops_log", """firewall: DENY TCP {N:203.0.113.77}:44120 -> {N:10.8.0.21}:3389 (rdp) rule=block-ext-rdp
firewall: ALLOW TCP {N:10.8.3.140}:51002 -> {N:10.8.0.21}:3389 user={P:jwiesenthal} rule=staff-rdp
firewall: DENY UDP {N:198.51.100.23}:123 -> {N:10.8.0.1}:123 rule=default"""),
    ("ops_log", """[2024-09-30 23:59:58] cron.daily: backup ok (14.2 GB)
[2024-10-01 00:00:03] mailer: sent password-expiry notice to {E:gulsen.yildirim@corvant.com.tr}
[2024-10-01 00:00:03] mailer: sent password-expiry notice to {E:ilkay.demirtas@corvant.com.tr}
[2024-10-01 00:00:04] mailer: bounce from {E:e.cakiroglu@corvant.com.tr} (mailbox full)"""),

    # --- CSV rows ----------------------------------------------------------------------------------------------
    ("csv_rows", """id,first_name,last_name,email,phone,dob
1041,{P:Maja},{P:Sjöberg},{E:maja.sjoberg@telia.se},{T:+46 73 552 18 04},{B:1994-06-17}
1042,{P:Elias},{P:Nyqvist},{E:elias.nyqvist02@gmail.com},{T:070-331 87 62},{B:2002-08-14}
1043,{P:Sven-Åke},{P:Lindgård},,{T:031-18 44 02},{B:1921-11-05}"""),
    ("csv_rows", """customer_no;name;street;postcode;city;iban
K-20391;{P:Baumgärtner, Henrike};{A:Hauptstraße 143};{A:69117};{C:Heidelberg};{I:DE73 4563 3059 5449 0741 03}
K-20392;{P:von der Heydt, Friederike};{A:Am Kirschgarten 12b};{A:65929};{C:Frankfurt am Main};
K-20393;{P:Albers, Mark};{A:Lindenallee 7};{A:20259};{C:Hamburg};"""),
    ("csv_rows", """emp_id\tname\tnational_id\tbank_card
E0912\t{P:Chen Meiling}\t{I:310104198503120363}\t{I:6222 0279 5422 0587 910}
E0913\t{P:Liu Xiaoyan}\t{I:440305199207085787}\t{I:6217 8558 9062 7622 305}
E0914\t{P:Xu Zhiqiang}\t\t"""),
    ("csv_rows", """"Patient","MRN","DOB","Ward","Consultant"
"{P:TRANTER, Robert}","{I:H4417290}","{B:02/01/1953}","7B","Dr {P:Okonjo}"
"{P:LAIRD, Ishbel}","{I:H3390184}","{B:07/08/1964}","7B","Dr {P:Okonjo}"
"{P:PRUETT, Dakota}","{I:H5512093}","{B:30/11/1979}","AMU","Dr {P:Lim}\""""),
    ("csv_rows", """account|holder|card|status
ACC-77120|{P:Folasade Adebanjo}|{I:6011468670339574}|active
ACC-77121|{P:Babatunde Olaniyan}||closed
ACC-77122|{P:Chukwuemeka Obiora}||active"""),
    ("csv_rows", """Name,Role,Extension,Mobile
{P:Gareth Pennington-Lowe},Analyst,4102,{T:07811 390 226}
{P:Dawn Mellership},Service Desk Lead,4110,{T:07943 118 057}
{P:Will Ashdown},Facilities,4471,
Reception,,4000,"""),
    ("csv_rows", """sale_id,date,buyer,buyer_email,ship_to,zip,amount
99120,2024-03-02,{P:Hope Vandergriff},{E:hvandergriff@comcast.net},{A:1172 Sycamore Ridge Rd},{A:30605},42.50
99121,2024-03-02,{P:Ray Okafor},{E:ray.okafor77@gmail.com},{A:88 Bleecker St Apt 4F},{A:10012},18.00
99122,2024-03-03,{P:Frank Delacroix-Ames},{E:frank@delacroixames.example},{A:PO Box 3318},{A:97208},130.99"""),
    ("csv_rows", """nro;nimi;henkilötunnus;puhelin;osoite
1;{P:Kettunen Aino};{I:140791-8729};{T:040 718 2294};{A:Satakunnankatu 18 A 7}, {A:33100} {C:Tampere}
2;{P:Räsänen Veikko};{I:030158-2891};{T:050 448 1290};{A:Hämeenkatu 22 B 14}, {A:33200} {C:Tampere}
3;{P:Heikkilä Sanna};{I:290385Y856N};;"""),
    ("csv_rows", """roll_no,student_name,guardian,guardian_mobile,aadhaar
21,{P:Ananya Raghunathan},{P:Priyanka Raghunathan},{T:98450 23117},{I:8000 7056 1481}
22,{P:Kabir Sandhu},{P:Harpreet Kaur Sandhu},{T:+91-98140-66213},{I:9071-2481-0758}
23,{P:Meera Iyengar},{P:Lakshmi Iyengar},{T:9962011845},"""),
    ("csv_rows", """No.,Ad Soyad,TC Kimlik,Telefon,Şehir
1,{P:Şükrü Öztürk},{I:74382930668},{T:0544 217 83 90},{C:İzmir}
2,{P:Gülşen Yıldırım},,{T:0532 418 27 95},{C:İstanbul}"""),
    ("csv_rows", """name,passport_no,nationality,date_of_birth,seat
{P:OKAFOR/NGOZI} MRS,{I:A09182734},NGA,{B:04-Sep-1983},14C
{P:ISHIKAWA/REN} MR,{I:TR8812047},JPN,{B:21-Jan-1990},14D
{P:AL-HARBI/YOUSEF} MR,{I:P04417726},SAU,{B:09-Dec-1975},15A"""),
    ("csv_rows", """id,user,last_login_ip,last_login
501,{P:jyrki.oksanen},{N:87.95.201.16},2024-06-01 08:11
502,{P:sanna.heikkila},{N:62.78.144.203},2024-06-01 08:40
503,svc-report,{N:10.20.0.5},2024-06-01 00:00"""),

    # --- postal blocks -----------------------------------------------------------------------------------------
    ("postal_block", """{P:Aurélie Desrosiers}
{A:Résidence Les Tilleuls, Bât. C}
{A:14, rue des Tanneurs}
{A:69003} {C:Lyon}
FRANCE"""),
    ("postal_block", """Frau
{P:Henrike Baumgärtner}
{A:Hauptstraße 143}
{A:69117} {C:Heidelberg}"""),
    ("postal_block", """Mr & Mrs {P:S. Subbarayan}
{A:Flat 302, Shreeji Heights}
{A:12, Kanakapura Main Road}
{C:Jayanagar 4th Block}, {C:Bengaluru} - {A:560 041}
Karnataka, India
Ph: {T:080-2663 4471}"""),
    ("postal_block", """Ms {P:Dawn Mellership}
{A:Flat 4}
{A:19 Kestrel Mews}
{C:Headingley}
{C:Leeds}
{A:LS6 2QT}"""),
    ("postal_block", """To: {P:Callum MacAskill}
{A:27/3 Bruntsfield Crescent}
{C:Edinburgh}
{A:EH10 4HB}
Scotland"""),
    ("postal_block", """Sr. {P:Iñaki Goikoetxea}
{A:C/ de Sagasta, 27, 3º Izq.}
{A:28004} {C:Madrid}
España"""),
    ("postal_block", """〒{A:150-0012}
{C:東京都渋谷区}{A:広尾3丁目14-2}
{A:広尾ガーデンヒルズ502号}
{P:森本 結衣} 様"""),
    ("postal_block", """{P:Maja Sjöberg}
c/o {P:Holmqvist}
{A:Box 2231}
{A:103 16} {C:Stockholm}
SWEDEN"""),
    ("postal_block", """Dr. {P:Babatunde Olaniyan}
{A:P.O. Box 2204}
{C:Garki}, {C:Abuja}
FCT, Nigeria"""),
    ("postal_block", """{P:Zofia Wróblewska}
{A:ul. Bolesława Prusa 5 m. 12}
{A:00-493} {C:Warszawa}"""),
    ("postal_block", """SHIP TO:
{P:Şükrü Öztürk}
{A:Bağdat Cad. No: 214 D: 9}
{C:Kadıköy} / {C:İstanbul} {A:34728}
TÜRKİYE  tel {T:0544 217 83 90}"""),
    ("postal_block", """{P:Thaís Albuquerque}
{A:Rua Doutor Alceu de Campos Rodrigues, 418}, {A:apto 73}
{C:Vila Nova Conceição} - {C:São Paulo} - SP
CEP {A:04544-000}"""),
    ("postal_block", """Return to sender - addressee unknown
{P:Frank Delacroix-Ames}
{A:PO Box 3318}
{C:Portland}, OR {A:97208}"""),

    # --- bank notes --------------------------------------------------------------------------------------------
    ("bank_note", """KYC review - periodic (high risk jurisdiction)
Customer: {P:Yousef Al-Harbi}   DOB {B:09/12/1975}   Passport {I:P04417726} (SAU)
Acct {I:SA84 2279 9630 2107 5339 1246}
Source of funds: salary + rental income {C:Riyadh}. Docs ok, EDD complete.
Analyst: {P:Layla Haddad}"""),
    ("bank_note", """Fraud call 14:22 - inbound
Caller states card {I:5103-5474-1093-5170} was used in {C:Lisbon}, she has not travelled.
ID&V passed (DOB {B:21 April 1961}, postcode {A:BT9 6FH}). Name Mrs {P:Moira Gilliland}.
Card blocked, replacement to home address. Disputed txns x3 logged. {P:RT}"""),
    ("bank_note", """Mortgage application notes
Applicants: Mr {P:Donnacha Breathnach} & Ms {P:Aoife McGillycuddy}
Property: {A:22 Seaview Terrace}, {C:Clontarf}, {C:Dublin 3}, {A:D03 K7W2}
PPSN (app 1) {I:2626662QA}. Both employed, joint income €142k.
Valuation booked for Thurs. Solicitor: {P:Niamh Ó Ceallaigh}, {T:01 833 4019}"""),
    ("bank_note", """AML alert 2024-0612 - structuring?
Subject {P:Emre Çakıroğlu} made 9 cash deposits of EUR 9,500 in 12 days into
{I:TR40 3066 9070 5871 5021 1072 85}, then same-day transfers out to {I:DE59 6722 0731 3391 1878 63}.
Customer ({P:Emre}) says it's proceeds from selling his car. No docs provided.
Escalated to MLRO. {P:L. Haddad}"""),
    ("bank_note", """Wire recall request
Beneficiary {P:Veikko Räsänen}, {I:FI67 5526 3874 0421 82}, amount EUR 4,200
Customer ({P:Jyrki Oksanen}) says invoice was fake, e-mail from "{E:veikko.rasanen@kirjanpito-oy.example}"
looked genuine. Recall sent via SWIFT gpi. Told {P:Jyrki} success not guaranteed."""),
    ("bank_note", """Branch visit - {C:Sandton}
{P:Ngozi Eze-Okafor} opened savings acc {I:1048 2291 73}, ID: Nigerian passport {I:A09182734},
BVN {I:22148873019}. Proof of address: utility bill for {A:Unit 5, 11 Rivonia Road}, {C:Sandton}.
{P:Ngozi} also wants online banking, activation code sent to {T:+27 82 441 9032}."""),
    ("bank_note", """Call note: customer {P:Linnea Holmqvist} (pnr {I:860923-4524}) asked why her salary from
Region Skåne hasn't arrived to {I:SE41 8024 3534 5653 7840 0549}. Payment is on hold for sanction screening
(name match). Released 11:40 after check. {P:Oskar} in back office confirmed."""),
    ("bank_note", """Sort code {I:74-06-93}  Acc {I:87990015}
Acct holder: {P:Gareth Pennington-Lowe}
IBAN {I:GB61 NWBK 7406 9387 9900 15}
Note: overdraft extended to £1,500 until 30/06. {P:Gareth} aware of fees."""),
    ("bank_note", """Deceased customer - bereavement team
Estate of {P:Sven-Åke Lindgård} (pnr {I:211105+4793}), d. 02/02/2024.
Executor: son {P:Per Lindgård}, {T:+46 31 18 44 02}, {A:Aschebergsgatan 32}, {A:411 27} {C:Göteborg}
Accounts frozen, death cert seen."""),
    ("bank_note", """Card dispute - {P:CHEN Meiling}
UnionPay card {I:6222 0279 5422 0587 910} charged twice by hotel in {C:Zurich}.
Cust. contact {T:+86 139 1644 2870}, email {E:meiling.chen85@163.com}
Chargeback filed. Also updated her address to {A:Room 1802, Building 3}, {A:No. 88 Tianlin Road},
{C:Xuhui District}, {C:Shanghai} {A:200233}."""),
    ("bank_note", """Notas de cuenta
Titular: {P:Rocío Santamaría Peñalver}, DNI {I:61182895C}
IBAN anterior {I:ES34 2664 7378 2883 0059 6123} cerrado - nuevo: ver expediente.
Tarjeta {I:5480.2333.8640.4565} bloqueada por pérdida, reposición enviada.
{P:J. Echeverría}, gestor"""),
    ("bank_note", """Probate / POA registered
Donor: Mrs {P:Ishbel Laird} (DOB {B:07.08.1964})
Attorney: {P:Eilidh Drummond-Kerr}, {A:8 Canongate Row}, {C:Edinburgh}, {A:EH8 8BN}, tel {T:0131 556 2871}
POA ref OPG-77120 verified. Both to be contacted by post only."""),

    # --- CRM notes ---------------------------------------------------------------------------------------------
    ("crm_note", """Account: Kansai Logistics KK
Contact: {P:Takeda Haruka} (Procurement) - {E:h.takeda@kansai-logi.jp}, {T:+81 6-6345-2291}
Met at LogiMAT. Interested in 40 scanners, wants Japanese manuals.
Next step: {P:Arjun} to send quote by Fri. Decision maker is her boss {P:Ishikawa}-bucho."""),
    ("crm_note", """Lead: {P:Layla Haddad} - Haddad Trading LLC ({C:Dubai})
mob {T:+971 55 720 1184} | office {T:04 338 2290}
card on file for deposit: {I:4479\u00a03826\u00a00551\u00a04666}
Notes: very price sensitive, compare w/ Zebra. Follow up after Eid."""),
    ("crm_note", """Opportunity #2291 - Renewal (Corvant Nordic)
Champion: {P:Maja Sjöberg} ({E:maja.sjoberg@corvant.se})
Blocker: CFO {P:Elias Nyqvist}, thinks we're too expensive
{P:Maja} says he can be convinced with a 3-year deal. Lunch booked 12th at Operakällaren."""),
    ("crm_note", """Contact updated by {P:ldavies}:
Old: {P:Aurélie Desrosiers}, {A:8, place Bellecour}, {A:69002} {C:Lyon}
New: {P:Aurélie Desrosiers}, {A:14, rue des Tanneurs}, {A:69003} {C:Lyon}
Phone {T:+33 6 71 42 88 19} (unchanged)"""),
    ("crm_note", """Call log - {P:Hope Vandergriff} ({C:Athens}, GA)
- 3/4 left VM on {T:706-541-2290}
- 3/6 {P:Hope} called back, happy w/ product, asked about referral bonus for her brother {P:Wade}
- 3/6 sent referral link to {E:hvandergriff@comcast.net}"""),
    ("crm_note", """Kunde: {P:Wiesenthal, Jörg} / Wiesenthal Elektro GmbH
Ansprechpartner Einkauf: Frau {P:Kübra Aydın}, {T:0621 4479 2031}, {E:k.aydin@wiesenthal-elektro.de}
Besuch am 12.06. in {C:Mannheim}, {A:Augustaanlage 54}. Angebot 24-0931 nachfassen.
- {P:HB}"""),
    ("crm_note", """Customer since 2016. {P:Omar Abu-Zaid} called to complain about late delivery (3rd time).
Offered 15% voucher, accepted. Prefers WhatsApp {T:+966 55 482 1937}.
Flag: VIP. Owner: {P:Layla}"""),
    ("crm_note", """acct #5520117 {P:Babatunde Olaniyan}
- switched plan Gold -> Platinum
- paid with Verve card, last 4 only on file
- wife {P:Funmilayo} is secondary user, {E:funmi.olaniyan@gmail.com}
- address: {A:Plot 17, Adebayo Doherty Road}, {C:Lekki Phase 1}, {C:Lagos}"""),
    ("crm_note", """Visita comercial - {P:Conceição Valadares} (Grupo Valadares)
Tel {T:+55 11 98724-3361}; email {E:conceicao@grupovaladares.com.br}
Quer proposta p/ 3 filiais. {P:João Pedro} vai montar a proposta até 5a feira.
Endereço p/ amostra: {A:Av. Brigadeiro Faria Lima, 2232, cj. 81}, {C:São Paulo}, {A:01451-000}"""),
    ("crm_note", """Note from {P:Will Ashdown}:
spoke to {P:Mark} at the {C:Leeds} office re: the broken lockers. He's going to get {P:Rob} to sign off.
{P:Mark}'s direct line {T:0113 496 0772}. Also CC'd {P:Grace} from procurement."""),
    ("crm_note", """Hồ sơ khách hàng: {P:Trần Quốc Bảo}
CCCD: {I:001089024417}
ĐT: {T:+84 90 318 2214}
Đ/c: {A:Tầng 9, Tòa nhà Sông Hồng}, {A:23 Phan Chu Trinh}, {C:Hoàn Kiếm}, {C:Hà Nội}
Ghi chú: anh {P:Bảo} muốn nhận báo giá bằng tiếng Anh."""),
    ("crm_note", """Dealer feedback - {P:Park Seo-yeon}, {C:Seoul} distributor
"{P:Jae-hyuk} from our team visited, very helpful" - asked for Korean price list.
Her email {E:sy.park@hanbit-dist.co.kr}, phone {T:010-4482-7719}."""),

    # --- forum posts -------------------------------------------------------------------------------------------
    ("forum_post", """Re: landlord kept my deposit - what can I do?
Posted by {P:kestrel_dawn}

Same thing happened to me in {C:Leeds}. The agent (Mr {P:Hollis} at Westmoor Lettings) just ignored emails.
I went to the deposit scheme and got it all back in 6 weeks. PM me if you want the template letter.
edit: don't post your address like the OP did lol"""),
    ("forum_post", """[SOLD] Bosch dishwasher, collection only
Collection from {A:Lindenallee 7}, {A:20259} {C:Hamburg} ({C:Eimsbüttel}), ring bell "{P:Albers}".
Call/text {P:Mark} {T:0176 2241 8830} after 6pm. No time wasters pls!!"""),
    ("forum_post", """Re: How do I read the Finnish HETU?
> my sons is {I:220513A031K}, what does the A mean?
The A means born in 2000s. Please dont post real ones here, mods pls edit.
-- {P:jyrki_o}"""),
    ("forum_post", """Thread: Scammer alert - "Mr {P:Victor Ansah}" on Marketplace
He asked me to pay deposit to NL36 INGB... i mean {I:NL36 INGB 0780 9578 18} for a camper van in {C:Utrecht}.
Phone he used: {T:+31 6 4418 2297}. Never pay before seeing the van!!
- {P:Frank Delacroix-Ames}"""),
    ("forum_post", """Bug #4471: Export fails when surname contains an apostrophe
Steps: create contact "{P:Siobhán O'Riordan-Ní Bhriain}", click Export CSV.
Expected: file downloads. Actual: 500. Stack trace in attached log.
Reported by {P:cathal.ofloinn} (v3.8.2, Chrome 124)"""),
    ("forum_post", """r/Bangalore - Warning about PG on 2nd Main
The owner {P:Ravi Gowda} kept 2 months deposit. Address: {A:No. 58, 2nd Main Road}, {C:BTM Layout}, {A:560076}.
if anyone has his number pls DM. my friend {P:Kabir} is also affected.
posted by u/{P:harpreet_sandhu91}"""),
    ("forum_post", """Re: ¿Alguien conoce buen fisio en {C:Madrid}?
Yo voy con {P:Lucía Ferrándiz}, tiene consulta en {A:C/ de Ponzano, 41}, {C:Madrid}. Tel {T:915 344 208}.
Muy recomendable, me arregló la rodilla. Saludos, {P:Iñaki}"""),
    ("forum_post", """Lost dog - {C:Kadıköy}
Golden retriever "Pamuk" kayboldu, {C:Moda} civarında. Bulan olursa {P:Şükrü} {T:0544 217 83 90}.
Ödül verilecektir. 🙏"""),
    ("forum_post", """Re: Best way to send money to Nigeria?
I use wise, cheaper than WU. my mum (Mrs {P:Eze}) receives into her GTB account {I:0124488392} no issues.
{P:ngozi_eo}"""),
    ("forum_post", """Forum: Elternforum Ortsgruppe
Hallo zusammen, wir suchen eine Tagesmutter im Raum {C:Heidelberg}-{C:Handschuhsheim}.
Bitte meldet euch bei mir: {P:Henrike} ({E:henrike.baumgaertner@posteo.de}) oder {T:06221 48 73 90}.
LG {P:H.B.}"""),
    ("forum_post", """Re: [HELP] Windows activation error 0xC004F074
Tried everything. My laptop (hostname {P:ISHIKAWA-REN}-PC) keeps failing. KMS server is {N:10.12.0.40}.
Thanks in advance - {P:Ren}"""),
    ("forum_post", """Neighbourhood watch - {C:Clontarf}
Silver Golf, reg {I:231-D-41872}, parked outside {A:22 Seaview Terrace} for 3 nights, two men inside.
Gardaí informed. If its yours pls move it. - {P:Donnacha}"""),

    # --- referral letters --------------------------------------------------------------------------------------
    ("referral_letter", """Dear Dr {P:Okonjo},
Re: Mrs {P:Folasade Adebanjo}, DOB {B:22/03/1969}, NHS No {I:451 197 1811}
{A:31 Larkspur Way}, {C:Harrow}, {A:HA2 0PN}
Thank you for seeing this 55 year old lady with poorly controlled T2DM despite triple therapy.
Recent HbA1c 78. She would value a discussion about injectables.
Yours sincerely,
Dr {P:Gareth Lloyd-Evans}, GP"""),
    ("referral_letter", """Överremiss - Geriatrik
Pat: {P:Sven-Åke Lindgård}, {I:211105+4793}
Adress: {A:Aschebergsgatan 32}, {A:411 27} {C:Göteborg}
102-årig man med tilltagande kognitiv svikt, fall x2 senaste månaden.
Anhörig: son {P:Per}, tel {T:031-18 44 02}.
Hälsningar, {P:Linnea Holmqvist}, leg. läk."""),
    ("referral_letter", """Cher confrère,
Je vous adresse Mme {P:Solène Barbier}, née le {B:14 novembre 1968}, NIR {I:2 68 11 69 123 715 79},
demeurant {A:7 bis, avenue Jean-Jaurès}, {A:69007} {C:Lyon}, pour avis cardiologique
(palpitations, ECG joint). Merci de la convoquer au {T:06 12 84 37 90}.
Bien confraternellement, Dr {P:Grégoire de la Fontenelle}"""),
    ("referral_letter", """Überweisung an: Orthopädie
Patient: {P:Jörg Wiesenthal}, geb. am {B:14.02.1975}
Anschrift: {A:Am Weinberg 3a}, {A:69469} {C:Weinheim}
Diagnose: Scaphoidfraktur li., konservativ. Bitte um Weiterbehandlung.
Mit kollegialen Grüßen
Dr. med. {P:Henrike Baumgärtner}"""),
    ("referral_letter", """To: Consultant Rheumatologist, {C:Edinburgh}
Re: {P:Callum MacAskill}  CHI {I:1512991597}  DOB {B:15/12/1999}
{A:27/3 Bruntsfield Crescent}, {A:EH10 4HB}
24M, 6 month hx of inflammatory back pain, early morning stiffness >1h. HLA-B27 pending.
Kind regards, Dr {P:Ishbel Laird}"""),
    ("referral_letter", """Referral - Physiotherapy (private)
Patient: {P:Grace Pennington-Lowe}, born {B:03/11/1958}
Insurer: Bupa, member {I:44817203-01}, pre-auth AUTH-5581902
Tel {T:01273 604 118}, {A:41 Hova Villas}, {C:Hove}, {A:BN3 3DH}
Frozen shoulder, please assess and treat. Dr {P:R. Tranter}"""),
    ("referral_letter", """Dear Colleague,
I would be grateful if you could see Mr {P:Venkatesh Subbarayan} (DOB {B:1978-07-02}), a 46 y/o with
exertional chest tightness for 3 months. Father had MI at 52. ECG attached, TMT not done.
Address: {A:Flat 302, Shreeji Heights}, {A:12, Kanakapura Main Road}, {C:Bengaluru} {A:560041}
Regards, Dr {P:Sudipta Bhattacharjee}"""),
    ("referral_letter", """Skierowanie do poradni neurologicznej
Pacjentka: {P:Zofia Wróblewska}, PESEL {I:90021772189}, ur. {B:17.02.1990}
Adres: {A:ul. Bolesława Prusa 5 m. 12}, {A:00-493} {C:Warszawa}
Rozpoznanie: migrena z aurą, nawracające epizody. Prośba o konsultację.
lek. {P:Małgorzata Chmielewska}"""),
    ("referral_letter", """Lähete: kardiologian poliklinikka
{P:Veikko Räsänen}, {I:030158-2891}
{A:Hämeenkatu 22 B 14}, {A:33200} {C:Tampere}, puh. {T:050 448 1290}
Hypertensio, uusi eteisvärinä. Pyydän arviota antikoagulaatiosta.
{P:Jyrki Oksanen}, LL"""),
    ("referral_letter", """Dear Dr {P:Lim},
re: {P:Dakota Pruett}, DOB {B:11/30/1979}, MRN {I:H5512093}, Medicaid ID {I:TN0048821733}
Please see for outpatient psychiatry follow up after admission for intentional overdose.
Address {A:4418 Cedar Hollow Dr}, {A:Apt 2B}, {C:Knoxville}, TN {A:37919}. Sister {P:Hope} is supportive.
{P:Tanner Kowitz}, LCSW"""),
    ("referral_letter", """Sevk yazısı - Göğüs Hastalıkları
Hasta: {P:Şükrü Öztürk}, T.C. {I:74382930668}, doğum tarihi {B:02.03.1961}
Adres: {A:Bağdat Cad. No: 214 D: 9}, {C:Kadıköy}/{C:İstanbul}
KOAH şüphesi, SFT önerilir.
Dr. {P:Gülşen Yıldırım}"""),
    ("referral_letter", """Dear Dr {P:Nakamura},
Re: {P:ISHIKAWA Ren} (石川 蓮), DOB {B:21 January 1990}, passport {I:TR8812047}
Japanese national working in our {C:Dublin} office. Health insurance via employer: member no. VHI {I:3301-8842-17}.
He has recurrent kidney stones and would prefer a Japanese-speaking urologist in {C:Tokyo} when home.
Yours, Dr {P:Aoife McGillycuddy}"""),

    # --- payment updates ---------------------------------------------------------------------------------------
    ("payment_update", """Direct debit mandate - change of bank
Payer: {P:Gareth Pennington-Lowe}
New sort code {I:30-94-57}, account {I:52864578} ({I:GB45 LOYD 5286 4578 6576 40})
Old: {I:74-06-93} / {I:87990015}
Effective from next collection (1st). Confirmation sent to {E:g.penningtonlowe@btinternet.com}."""),
    ("payment_update", """SEPA-Lastschriftmandat geändert
Kontoinhaberin: {P:Henrike Baumgärtner}
alt: {I:DE73 4563 3059 5449 0741 03}
neu: {I:DE59672207313391187863}
Mandatsreferenz M-2024-11873 bleibt bestehen."""),
    ("payment_update", """card updated on subscription sub_8812
holder: {P:HOPE VANDERGRIFF}
new card: {I:4955 8422 1836 2855} exp 04/28
billing zip {A:30605}
prev card ending 0071 removed"""),
    ("payment_update", """Changement de RIB
Client : M. {P:Jean-Baptiste Lemaire-Duval}
Ancien IBAN : {I:FR53 0190 9248 0025 7946 7029 167}
Nouvel IBAN : {I:FR28-7511-7012-3653-0944-5600-550}
Adresse de facturation : {A:3, impasse des Glycines}, {A:44300} {C:Nantes}
Traité par {P:Aurélie}"""),
    ("payment_update", """Payout method changed (marketplace seller)
Seller: {P:thais.albuq} / {P:Thaís Albuquerque}
PIX key (CPF): {I:501.340.891-11}
Bank: Itaú, ag. {I:0341}, c/c {I:48821-7}
Changed from IP {N:177.92.14.205}"""),
    ("payment_update", """Amex on file replaced
Member: {P:Yousef Al-Harbi}
New: {I:3707 677398 88408}
Billing address: {A:Villa 27, Street 14}, {C:Al Barsha 2}, {C:Dubai}
Authorised by phone {T:+971 50 771 2048}"""),
    ("payment_update", """ACH update - vendor 40122
Payee: {P:Frank Delacroix-Ames} dba Ames Carpentry
Routing {I:044176369}  Account {I:7781002934}
Previous routing {I:151046544} acct {I:3320019847} - deactivated
Requested by {E:frank@delacroixames.example}, verified by callback to {T:(503) 288-4417}."""),
    ("payment_update", """Maksutiedot päivitetty
Asiakas: {P:Jyrki Oksanen}
Tili: {I:FI64 9234 7882 9858 77} -> uusi tili vahvistettu
Kortti {I:4314.4567.7482.8187} poistettu
Käsittelijä: {P:sanna.h}"""),
    ("payment_update", """Mudança de conta - fornecedor
Nome: {P:João Pedro Figueiredo}
IBAN: {I:PT25.1880.2123.3839.1132.2007.1}
NIF: {I:223982261}
Morada: {A:Rua do Almada, 212, 2.º Esq.}, {A:4050-032} {C:Porto}"""),
    ("payment_update", """wallet top-up card changed
user {P:ngozi_eo} ({P:Ngozi Eze-Okafor})
old card {I:5216-6060-2201-8041}
new card {I:2221 0939 8242 5849}
3DS passed, OTP sent to {T:+234 803 417 9921}"""),
    ("payment_update", """Salary split request - {P:Şükrü Öztürk}
60% to his Ziraat account, 40% to Garanti - IBANs only on the signed form, not in this ticket.
Employee mobile {T:0544 217 83 90}. Please don't process until {P:İlkay} confirms."""),
    ("payment_update", """Standing order set up
From: {P:Aoife McGillycuddy} {I:IE25 BOFI 1270 7189 8399 58}
To: {P:Donnacha Breathnach} {I:IE44AIBK20445496670446}
EUR 650 monthly, ref "rent Seaview" """),

    # --- tax forms ---------------------------------------------------------------------------------------------
    ("tax_form", """Form W-9 (Rev. March 2024)
1 Name: {P:Tanner J. Kowitz}
3 Federal tax classification: Individual/sole proprietor
5 Address: {A:2907 Magnolia Bend Ct}
6 City, state, ZIP: {C:Maryville}, TN {A:37803}
Part I SSN: {I:412-68-3390}
Signature: {P:T. Kowitz}   Date: 02/14/2024"""),
    ("tax_form", """Anlage N - Einkommensteuererklärung 2023
Steuerpflichtige Person: {P:Friederike von der Heydt}
Identifikationsnummer: {I:24225607917}
Geburtsdatum: {B:27.09.1983}
Straße, Hausnummer: {A:Am Kirschgarten 12b}   PLZ, Wohnort: {A:65929} {C:Frankfurt am Main}
Ehegatte: {P:Konstantin von der Heydt}, IdNr. {I:56174923828}"""),
    ("tax_form", """SELF ASSESSMENT SA100 2023-24
Name: {P:Dawn Mellership}   UTR {I:71548 20933}   NI number {I:JR 41 88 20 C}
Date of birth {B:04/06/1981}
Address: {A:Flat 4}, {A:19 Kestrel Mews}, {C:Leeds}, {A:LS6 2QT}
Phone {T:07943 118 057}"""),
    ("tax_form", """Déclaration des revenus 2023 - formulaire 2042
Déclarant 1 : {P:LEMAIRE-DUVAL Jean-Baptiste}, né le {B:13/04/1993} à {C:Marseille}
N° fiscal : {I:1 93 04 13 055 983 39}
Déclarant 2 : {P:BARBIER Solène}, née le {B:14/11/1968}
Adresse : {A:3, impasse des Glycines}, {A:44300} {C:Nantes}
Virement remboursement : {I:FR28 7511 7012 3653 0944 5600 550}"""),
    ("tax_form", """Inkomstdeklaration 1 - 2023
Namn: {P:Oskar Wennerström}
Personnummer: {I:790302-3310}
Adress: {A:Västra Hamngatan 9}, {A:411 17} {C:Göteborg}
Ränteavdrag: 18 400 kr. Underskrift {P:O. Wennerström}"""),
    ("tax_form", """ITR-1 (SAHAJ) AY 2024-25
Name: {P:ARJUN MEHROTRA}   PAN: {I:AKWPM3381Q}   DOB: {B:11/09/1987}
Aadhaar No.: {I:6105 4315 1531}
Address: {A:B-1104, Vasant Vihar CHS}, {A:Pokhran Road No. 2}, {C:Thane West}, {C:Thane} - {A:400610}
Mobile: {T:+91 98200 41763}  Email: {E:arjun.mehrotra87@gmail.com}"""),
    ("tax_form", """Modelo 100 - IRPF 2023
NIF: {I:Y9898224G}   Apellidos y nombre: {P:HADDAD, LAYLA}
Domicilio: {A:Av. de la Albufera, 118, 5º B}, {A:28038} {C:Madrid}
Fecha nacimiento: {B:30/01/1986}
Cuenta devolución: {I:ES34 2664 7378 2883 0059 6123}"""),
    ("tax_form", """PIT-37 za 2023
Podatnik: {P:PRZYBYLSKI TOMASZ}
PESEL: {I:03310811070}
Adres: {A:ul. Głogowska 102/14}, {A:60-243} {C:Poznań}
Urząd Skarbowy: Poznań-Grunwald"""),
    ("tax_form", """Form 1 - Income Tax Return 2023 (Revenue)
PPSN: {I:2626662QA}   Name: {P:Donnacha Breathnach}
Spouse: {P:Aoife McGillycuddy}, PPSN {I:5285590M}?? -- NO, wrong person, see note
Address: {A:22 Seaview Terrace}, {C:Clontarf}, {C:Dublin 3}, {A:D03 K7W2}
Note from preparer ({P:N. Ó Ceallaigh}): spouse PPSN to be confirmed with client."""),
    ("tax_form", """Veroilmoitus 2023 - esitäytetty
Nimi: {P:Heikkilä Sanna Maria}
Henkilötunnus: {I:290385Y856N}
Osoite: {A:Pispalan valtatie 61 C 18}, {A:33250} {C:Tampere}
Tilinumero palautukselle: {I:FI54 4146 4870 9645 83}"""),
    ("tax_form", """Belastingaangifte / Déclaration - non-resident
Name: {P:Pieter van der Kolk}, date of birth {B:6 May 1977}
Belgian national number {I:77.05.06-241.67}
Refund account {I:BE61 5434 8091 7500}
Address {A:Rue Américaine 44}, {A:1060} {C:Saint-Gilles}"""),
    ("tax_form", """Yıllık Gelir Vergisi Beyannamesi 2023
Adı Soyadı: {P:İlkay Demirtaş}
T.C. Kimlik No: {I:17871560960}
Doğum Tarihi: {B:19.08.1990}
Adres: {A:Şehit Nevres Bulvarı No: 12 D: 4}, {C:Alsancak}, {C:İzmir} {A:35220}"""),

    # --- incident reports --------------------------------------------------------------------------------------
    ("incident_report", """SECURITY INCIDENT SI-2024-031 - phishing
Reporter: {P:Will Ashdown}, Facilities
Summary: {P:Will} received a fake DocuSign email from "{E:docs@corvant-sign.example}" and entered his creds.
Sign-in seen from {N:45.137.21.9} 3 mins later. Password reset by {P:dmellership}, MFA re-enrolled.
No data accessed per audit. Closed."""),
    ("incident_report", """Accident/near-miss report (H&S)
Injured person: {P:Babatunde Olaniyan}, warehouse operative
Home address: {A:Flat 9, Orchard House}, {A:61 Coldharbour Lane}, {C:Brixton}, {A:SW9 8LF}
Slipped on wet floor in aisle 14, bruised hip. First aid by {P:Dawn M.}
Witness: {P:Chidi Nwachukwu}, {T:07598 331 402}"""),
    ("incident_report", """Polizeibericht - Verkehrsunfall
Beteiligte 1: {P:Jörg Wiesenthal}, geb. {B:14.02.1975}, amtl. Kennzeichen {I:HD-JW 417}
Beteiligte 2: {P:Emre Çakıroğlu}, geb. {B:05.11.1989}, Führerschein-Nr. {I:B072RRE2I55}
Unfallort: {A:Bergheimer Straße 88}, {C:Heidelberg}
Sachschaden, keine Verletzten. Aufgenommen: POK {P:Dreyling}"""),
    ("incident_report", """Data breach log #DB-17
Misdirected email: payslip of {P:Tomasz Przybylski} (PESEL {I:03310811070}) sent to
{E:tomasz.przybylski@gmail.com} instead of {E:t.przybylski@corvant.pl} - wrong {P:Tomasz}, external.
Recipient contacted, confirmed deletion. DPO ({P:Zofia Wróblewska}) assessed: not reportable."""),
    ("incident_report", """LAB INCIDENT - sample mislabel
Sample labelled {P:ELIAS NYQVIST} pnr {I:020814-8817} contained blood of another patient
(pnr {I:19940617-9326}, {P:Maja Sjöberg}). Detected at crossmatch. Both redrawn.
Reported by BMS {P:Linnea H.}"""),
    ("incident_report", """Customer complaint escalated to incident
Card {I:2221 0939 8242 5849} of {P:Ngozi Eze-Okafor} was shown in full on a printed receipt at the
{C:Peckham} store, till 3. Receipt found by another customer (Mr {P:Ray Okafor}, no relation).
Till software patched. Apology letter to {A:SE15 4QN}."""),
    ("incident_report", """Aviation safety report (ASR) 2024/118
Flight XY412 DXB-DUB, seat 15A pax {P:AL-HARBI/YOUSEF} MR, passport {I:P04417726}
Unruly passenger next to him ({P:MULLEN/DECLAN} MR) restrained by cabin crew.
Police met aircraft at {C:Dublin}. Crew: CSM {P:Orla Fitzgibbon}."""),
    ("incident_report", """Rapport d'incident - agression verbale à l'accueil
Agent : {P:Aurélie Desrosiers}
Usager : M. {P:Grégoire Lemoine}, né le {B:3 mars 1962}, tél. {T:06 45 18 22 73}
L'usager a menacé l'agente suite au refus de son dossier. Vigile ({P:Karim Bensaïd}) intervenu.
Main courante déposée au commissariat de {C:Lyon 7e}."""),
    ("incident_report", """IT incident INC-5512 - lost laptop
Owner: {P:Priyanka Raghunathan} ({P:praghunathan})
Laptop left in a taxi in {C:Mumbai}, BitLocker on. Last seen online from {N:49.36.112.84}.
Remote wipe issued. Police complaint no. 0448/2024 at {C:Andheri} PS."""),
    ("incident_report", """Fraud incident FR-889
Chargeback pattern: {I:5480 2333 8640 4565}, {I:4963-9544-8855-2279} and {I:5597.7293.8196.5518} all used from
{N:102.89.33.14} within 4 minutes, shipping to {A:Plot 17, Adebayo Doherty Road}, {C:Lekki Phase 1}.
Account {P:b.olaniyan77} suspended pending review."""),
    ("incident_report", """Safeguarding concern - school
Pupil: {P:Kabir Sandhu}, DOB {B:12-Feb-2015}
Parent: {P:Harpreet Kaur Sandhu}, {T:07412 559 083}
{P:Kabir} disclosed being left alone overnight. DSL (Mr {P:Hollis}) informed 10:05, MASH referral made.
Recorded by Ms {P:Iyengar}"""),
    ("incident_report", """事故報告書
報告者: {P:森本 結衣}
発生日時: 2024年6月3日 14:20
内容: 顧客 {P:石川 蓮} 様の個人番号 {I:9069 6630 9015} が記載された書類を誤って別の顧客へ郵送。
対応: 回収済み。再発防止策を検討中。"""),

    # --- PII-free look-alikes ----------------------------------------------------------------------------------
    ("pii_free", """Release notes - Harbour Scanner 7.4.0.112
- Fixed crash on Android 14 when Bluetooth LE is off
- Parkinson Mode (high-tremor scanning) now on by default
- Minimum firmware 10.2.1.44; see KB 0800-2291-17 for the upgrade path"""),
    ("pii_free", """Menu - Trattoria Da Porto
Caesar salad 9.50 | Eggs Benedict 11.00 | Beef Wellington 24.00
Pavlova with passion fruit 7.50 | Peach Melba 7.00
Allergen hotline on the back of the menu. Service not included."""),
    ("pii_free", """Ward 7B teaching session, Thursday
Topics: Alzheimer's vs Lewy body dementia, Cushing's syndrome, Bell's palsy, Graves' disease.
Bring the Glasgow Coma Scale handout and the Braden score sheet.
Room: Florence Nightingale Suite, 2nd floor."""),
    ("pii_free", """Grace period for renewals is 30 days. Will the new pricing apply? Mark your calendars:
the Hope Street depot closes 24 Dec and reopens 2 Jan. Faith in the roadmap is high, says the steering group.
Sunny spells expected for the Rose Garden open day."""),
    ("pii_free", """Network change CHG-4471
Move the core switch stack to firmware 16.12.4.1 (was 16.9.8.2). OSPF area 0.0.0.0 unchanged.
SNMP OID 1.3.6.1.4.1.9.9.13 for temperature alerts. Rollback plan in section 4.2.1.
Approval: CAB, Tuesday."""),
    ("pii_free", """Book club - this month
"Wuthering Heights" vs the new Netflix version - discuss! Chapter 1-12 for Tuesday.
Next month: "Murder on the Orient Express". Bring snacks, the Earl Grey is on us."""),
    ("pii_free", """Product catalogue extract
SKU 0161-445-2290  Morris chair, oak, 2-seat
SKU 0207-118-3355  Chesterfield sofa, oxblood leather
SKU 0113-400-7791  Davenport desk, walnut
Prices excl. VAT. Delivery 3-5 working days within the UK."""),
    ("pii_free", """Storm Ciarán update: the Met Office has issued amber warnings for Cornwall and Devon.
Ferries from Plymouth to Roscoff are cancelled until Friday. Hurricane Helene remnants may follow.
Check the Highways England feed for the A30 and M5."""),
    ("pii_free", """Lab QC log
Westgard rules 1-2s, 2-2s, R-4s applied. Levey-Jennings chart attached.
Lot 4471-22-09 of Gram stain reagent expired; replaced with lot 4479-11-03.
Coulter counter calibration due 06/2025. Petri dishes reordered."""),
    ("pii_free", """Hotel shortlist for the offsite
Hilton Garden Inn, Marriott Courtyard, Radisson Blu, Mandarin Oriental
Conference room "Van Gogh" seats 40, "Rembrandt" 12. Rates from EUR 149 incl. breakfast.
Shuttle from Schiphol every 20 min."""),
    ("pii_free", """Docker build failed
Step 7/12 : RUN pip install torch==2.3.1 numpy==1.26.4
ERROR: Could not find a version that satisfies the requirement cuda-toolkit==12.4.131
Base image: python:3.11.9-slim-bookworm. Retry with --index-url mirror."""),
    ("pii_free", """Horticulture order
Clematis 'Nelly Moser' x3, Rosa 'Gertrude Jekyll' x2, Magnolia x soulangeana x1, Fuchsia 'Lady Boothby'.
Begonias and dahlias for the Jubilee bed. Delivery to the walled garden gate."""),
    ("pii_free", """Physics revision sheet
Ohm's law, Newton's second law, Boyle's law, the Doppler effect, Hooke's law.
Units: Joule, Watt, Pascal, Kelvin, Tesla. Past paper 2019 Q4-Q7."""),
    ("pii_free", """Meeting room booking
Room: Shannon 3.14 | Time 14:00-15:30 | Attendees: 8 | VC: Teams
Catering: tea/coffee, Victoria sponge. AV code 2024-0917-33 for the projector.
Please leave the room tidy for the Lagos and Mumbai teams at 16:00."""),
    ("pii_free", """Cocktail list
Bellini, Margarita, Bloody Mary, Tom Collins, Negroni, Shirley Temple (alcohol-free)
Happy hour 17:00-19:00. Ask for the Sommelier's pick."""),
    ("pii_free", """Audit finding AF-12
Control ISO 27001 A.8.24 (cryptography) partially met; TLS 1.2 still enabled on 3 load balancers.
Recommendation: disable by Q3, cipher suite list per NIST SP 800-52 Rev. 2.
Owner: Security Architecture. Due 30/09."""),
]


def blind13_records() -> list[Labelled]:
    """The blind records, parsed (gold spans on field `text`)."""
    return [parse_marked(kind, marked) for kind, marked in RECORDS]
