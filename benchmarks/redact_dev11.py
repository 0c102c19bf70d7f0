"""An eleventh hand-written gold set for `redact_quality`: realistic short records, written to measure and tune the
redaction detector. This is a DEVELOPMENT set: rules may be tuned on its misses.

Records come in 14 styles, about a dozen each: help-desk tickets with quoted mail and agent notes
(`support_ticket`), clinic, triage, antenatal, emergency and ward-handover notes (`clinical_note`), HR mail with
From/To/CC lines and hearing minutes (`hr_email`), WhatsApp, Slack, IRC, SMS, Zalo, bot-to-agent and family chats
(`chat_log`), sshd, sudo, postfix, Windows audit, DHCP, VPN, access, fail2ban, PostgreSQL and application logs with
user fields (`ops_log`), CSV, TSV, semicolon, quoted and pipe-separated rows with headers (`csv_rows`), envelope and
label address blocks (`postal_block`), KYC, fraud-call, mortgage, AML, wire-recall, PIX and credit notes
(`bank_note`), sales and account notes (`crm_note`), forum, Reddit, Facebook-group, classified-ad, lost-and-found
and bug-report posts (`forum_post`), GP and consultant referral letters (`referral_letter`), card, direct-debit,
ACH, wallet and payroll-card changes (`payment_update`), tax returns and registrations (`tax_form`) and security,
health-and-safety, police, aviation, lab, hotel and safeguarding incident reports (`incident_report`); plus
PII-free look-alikes (`pii_free`: dishes, books, festivals, named storms, eponymous diseases and signs, scientific
eponyms, flowers that are also given names, football clubs, landmarks, a company timeline with full dates and
"born in March 1979", version numbers shaped like IP addresses and part and case numbers shaped like phones).

People are mostly from Latin America (Mexico, Colombia, Peru, Chile, Argentina, Brazil), Southeast Asia
(Indonesia, Malaysia, Thailand, the Philippines, Vietnam), Eastern Europe (Czech, Slovak, Hungarian, Serbian,
Croatian, Bulgarian, Lithuanian, Latvian), West and East Africa (Yoruba, Igbo, Hausa, Akan, Swahili, Kikuyu,
Amharic, Somali) and the Middle East (Arabic, Persian, Hebrew, Kurdish), with some British, Irish and American
people. They appear by full name, surname first (`SURNAME, Given`, Hungarian order, `SURNAME/GIVEN` airline
order), in capitals, with particles and diacritics (bin, binti, Al-, de, Vietnamese, Czech, Lithuanian and Latvian
letters), in Cyrillic and Thai script, after a title or kinship word that stays outside the mark (Mr, Mrs, Ms,
Dr, Dra, Sr, Sra, Lic, Ing, Engr, MUDr, Pak, Bapak, Khun, Pn, En, Doña, Alhaji, Tita, Khalto, chị, anh, Д-р,
นางสาว), after prepositions and verbs ("keys with Dragana", "went with Tuan", "spoke to Mrs Adebayo-Cole"), in
inflected forms (Milice, Dragane, Ivu, Ákos-t), as a lone given name in greetings and sign-offs, as initials, as
lower-case handles and user names, and with given names that are also words (Grace, Hope, Joy, Baby, Sunny).
Addresses follow the formats of Mexico (C.P.), Argentina (CPA), Brazil (CEP), Peru, Chile, Colombia, Indonesia
(RT/RW), Malaysia, Thailand, the Philippines, Vietnam, Czechia, Slovakia, Hungary, Serbia, Croatia, Bulgaria,
Lithuania, Latvia, Nigeria, Ghana (digital address), Kenya (P.O. box), Saudi Arabia, Israel, Iran, the UK and
the US; streets named in prose without a house number ("lives alone on Kingsmere Road", "Vive sola en Calle Los
Olivos") are marked as ADDRESS. Dates of birth are written in many formats (1979-03-10, 10/03/1979, 03/15/1988,
10. 3. 1979, 21.IV.1984, 1983. május 6, 14. srpna 1990, 9 de septiembre de 1985, June 14, 1966, 3rd May 1994,
30-Jun-1988, a Thai Buddhist-era 12/05/2533) and sit beside ordinary appointment, transaction and start dates,
which are not marked. A no-break space occurs inside a card number and a phone number.

Every value (names, streets, postcodes, phones, e-mails, identifiers, IP addresses) was invented for this file;
none comes from the other gold sets, Faker, presidio-evaluator or configs/, and pipeline/ never reads it.
Identifiers whose scheme publishes a check digit carry a valid one, computed for this file: payment cards, the
Emirates ID, the Saudi national ID and iqama and the Israeli teudat zehut (Luhn), IBANs (mod 97, with the length
of their country: BR, CZ, SK, HU, RS, HR, BG, LT, LV, IL, GB, SA, AE), Brazilian CPF, Chilean RUT (mod 11),
Argentine CUIT/CUIL (mod 11), Czech and Slovak rodné číslo (divisible by 11), Lithuanian asmens kodas, Croatian OIB
(ISO 7064 mod 11,10), Bulgarian EGN, Serbian JMBG, Hungarian TAJ, Iranian national code, Thai national ID (mod 11;
its third digit carries weight 11 and so is not covered), NHS number, US ABA routing number and Mexican CLABE;
tests/test_redact_dev11.py checks each of them, and that the birth-date-bearing ones (rodné číslo, asmens kodas,
EGN, JMBG) agree with the date of birth beside them. The others (Mexican CURP and RFC, Colombian cédula, Peruvian
and Argentine DNI, Indonesian NIK, Malaysian MyKad, Philippine SSS, TIN, PhilHealth and UMID, Vietnamese CCCD,
Nigerian NIN, BVN and TIN, Kenyan ID, Ghana Card, Latvian personas kods, US SSN, UK NINO and UTR, passports, MRNs,
hospital numbers, member numbers, account numbers, sort codes and plates) only have the shape of real ones.

Markup as in redact_dev.py: `{P:...}` PERSON, `{A:...}` ADDRESS (street line, flat, unit, floor or building line,
P.O. box and postcode, each marked separately), `{E:...}` EMAIL_ADDRESS (role addresses too), `{T:...}`
PHONE_NUMBER, `{I:...}` ID, `{B:...}` DATE_OF_BIRTH (only a full date next to a birth cue), `{N:...}` IP_ADDRESS
(IPv4 and IPv6) and `{C:...}` a town, city or district (neutral). Countries, regions, organisations, products,
order and ticket numbers and ordinary dates are not marked.
"""

from __future__ import annotations

from benchmarks.redact_data import Labelled
from benchmarks.redact_dev import parse_marked

RECORDS: list[tuple[str, str]] = [
    ("support_ticket", "Ticket #48213 – cannot log in to portal\n"
                       "From: {E:valentina.quispe.h@correo-andino.pe}\n"
                       "Hola, soy {P:Valentina Quispe Huamán}, mi usuario es {P:vquispe} y desde ayer no "
                       "puedo entrar.\n"
                       "Mi celular es {T:+51 987 402 615} por si necesitan llamarme.\n"
                       "--- agent note: verified via DNI {I:45821937}, reset link sent. – {P:Bogdan}"),
    ("support_ticket", "> On Tue, {P:Nkechi Okonkwo-Eze} <{E:nkechi.oe@mailbox.ng}> wrote:\n"
                       "> the replacement router never came. address is {A:14 Adeola Hopewell Street}, "
                       "{C:Victoria Island}, Lagos\n"
                       "Hi {P:Nkechi}, courier says they left it with a neighbour. could you check with Mr "
                       "{P:Balogun} next door?\n"
                       "Regards, {P:Tomás}\n"
                       "(Support, tier 1)"),
    ("support_ticket", "Požadavek 2024-118: změna fakturační adresy\n"
                       "Zákazník: {P:Kateřina Dvořáková}, r.č. {I:795310/1805}, nar. {B:10. 3. 1979}\n"
                       "Nová adresa: {A:Vinohradská 1843/27}, {A:120 00} {C:Praha 2}\n"
                       "Tel. {T:+420 602 481 739}\n"
                       "Vyřizuje: {P:Jiří Novotný}"),
    ("support_ticket", "Tiket: paket belum sampai\n"
                       "Nama pelanggan: {P:Siti Rahayu Wulandari}\n"
                       "Alamat kirim: {A:Jl. Kenanga No. 17}, {A:RT 03/RW 05}, {C:Kebayoran Baru}, Jakarta "
                       "Selatan {A:12140}\n"
                       "WA: {T:0812-3391-4720}\n"
                       "Catatan CS: sudah saya hubungi, katanya paket dititip ke Pak {P:Joko} satpam komplek."),
    ("support_ticket", "Subject: Refund not received (order 77-10293)\n"
                       "Customer {P:DELA CRUZ, Maria Theresa} called from {T:0917-482-3306}, says refund of "
                       "PHP 4,200 still pending since 02/14.\n"
                       "She went to the branch with {P:Jun-jun} (her son) and they told her to email us: "
                       "{E:mtdelacruz82@yahoo.com.ph}\n"
                       "Next step: escalate to {P:Arvin}."),
    ("support_ticket", "#5521 Re: számla hiba\n"
                       "{P:Horváth Eszter} írta: \"a TAJ számomat rosszul rögzítették, a helyes: {I:442 276 216}\"\n"
                       "Telefon: {T:+36 30 418 2957}\n"
                       "A kártyát is cseréltük: {I:2298 5984 8165 2584}\n"
                       "– javítva, {P:Kiss Bence} (ügyfélszolgálat)"),
    ("support_ticket", "Ticket 3391 – Account locked\n"
                       "User: {P:a.alharbi} ({P:Abdulrahman Al-Harbi})\n"
                       "Phone on file {T:+966 50 318 7724}, national ID {I:1821951728}\n"
                       "He says he spoke to Ms {P:Noor} yesterday and she unlocked it, but it locked again "
                       "after 3 tries.\n"
                       "Called back 14:20, no answer. left voicemail. -{P:kwame.a}"),
    ("support_ticket", "[Zendesk] Yêu cầu #90211\n"
                       "Khách: {P:Nguyễn Thị Thu Hằng} – SĐT {T:090 418 2735}\n"
                       "Địa chỉ: {A:Số 18 ngõ 42 phố Trần Quang Diệu}, {C:Đống Đa}, Hà Nội\n"
                       "Khách báo máy lọc nước lỗi sau 3 ngày. Đã hẹn kỹ thuật viên {P:Tuấn} đến ngày 12/06."),
    ("support_ticket", "Chamado 00482 - cobrança duplicada\n"
                       "Cliente: {P:João Pedro Albuquerque Sá} CPF {I:658.914.719-14}\n"
                       "Cartão: {I:5292 4057 4543 2895}\n"
                       "e-mail {E:jp.albuquerque@uol.com.br} tel {T:(21) 99847-3310}\n"
                       "Obs: estorno solicitado por {P:Larissa} em 03/05, aguardando retorno da adquirente."),
    ("support_ticket", "Ticket #KE-2231: M-Pesa payment not reflecting\n"
                       "Customer: {P:Wanjiru Njoroge}, ID No. {I:28714093}, phone {T:0712 604 381}\n"
                       "She says she paid from her brother {P:Kamau}'s line {T:+254 733 918 204}\n"
                       "Told her to forward the M-Pesa SMS to {E:malipo@huduma-support.co.ke}"),
    ("support_ticket", "Prijava kvara br. 7713\n"
                       "Korisnik {P:Dragan Petrović}, {A:Bulevar kralja Aleksandra 86}, {A:11000} {C:Beograd}\n"
                       "Kontakt: {T:064 281 7390}, {E:dragan.petrovic77@gmail.com}\n"
                       "Napomena: majstor dolazi u četvrtak, ključ je kod komšinice {P:Milice}."),
    ("support_ticket", "hi this is {P:maryam}, actually its my husbands account, he is {P:Rashid Karimi}\n"
                       "we moved, pls change address to {A:Flat 2B}, {A:19 Crescent Grove}, {C:Bristol} {A:BS6 7LP}\n"
                       "my number {T:07723 104 558}\n"
                       "thx {P:Maryam}"),
    ("clinical_note", "Pt: {P:Adebayo-Cole, Folasade}  DOB: {B:03/11/1962}  MRN: {I:00482917}\n"
                      "Seen in clinic with her daughter {P:Tolu}. c/o dizziness x2/52.\n"
                      "BP 158/94. Plan: ambulatory BP, bloods, r/v 2 wks.\n"
                      "Spoke to Mrs {P:Adebayo-Cole} re: home readings; she will call {T:07812 334 019} if worse.\n"
                      "Dr {P:R. Menon}"),
    ("clinical_note", "Ficha clínica\n"
                      "Paciente: {P:Catalina Andrea Fuentes Araya}  RUT {I:13.472.073-5}\n"
                      "Fecha de nacimiento: {B:22-08-1978}\n"
                      "Control de diabetes tipo 2. HbA1c 7,9 (lab del 14-05-2024).\n"
                      "Vive en {A:Pasaje Los Aromos 1187}, {C:Maipú}. Acompañada por su esposo {P:Rodrigo}.\n"
                      "Próximo control en 3 meses. -- Dra. {P:Pizarro}"),
    ("clinical_note", "OPD note – HN {I:64-018273}\n"
                      "Name: Mr {P:Somchai Wongsakul}, Thai ID {I:1-8868-11130-33-5}, born {B:4 Feb 1986}\n"
                      "Cx: fever 3 days, dengue NS1 pending. plt 88.\n"
                      "Wife ({P:Ploy}) at bedside, contact {T:081 264 3307}.\n"
                      "Admit ward 7, recheck CBC q12h."),
    ("clinical_note", "Priėmimo skyrius, 2024-03-02 21:40\n"
                      "Pacientė {P:Rūta Kazlauskienė}, a.k. {I:48106173099}, gim. {B:1981-06-17}\n"
                      "Skundai: pilvo skausmas nuo vakar. Atvežė vyras {P:Mindaugas}.\n"
                      "Tel. {T:+370 612 48 305}\n"
                      "Gyd. {P:L. Petrauskas}"),
    ("clinical_note", "Bay 3 handover 19:30\n"
                      "bed 1 {P:Hassan Abdi Warsame} 71y, DOB {B:1953-01-09}, NHS {I:367 790 2606} - post "
                      "TURP, catheter draining well\n"
                      "bed 2 Mrs {P:Efua Mensah-Bonsu} 84y, fall at home, lives alone on {A:Kingsmere Road} "
                      "- son {P:Kofi} to bring meds\n"
                      "bed 3 empty\n"
                      "bed 4 {P:IVANOVA, Desislava} - for discharge am, TTOs ready\n"
                      "nurse in charge: {P:Grace}"),
    ("clinical_note", "Outpatient cardiology\n"
                      "Patient: {P:Mohammad-Reza Karimi Tabrizi}\n"
                      "Date of birth: {B:1968-04-21}  National code: {I:4414089743}\n"
                      "Echo: EF 40%. Started ramipril 2.5 mg. Daughter {P:Shirin} interpreting; her mob "
                      "{T:+44 7423 819 006}.\n"
                      "Review with Dr {P:Farahani} in 6/52."),
    ("clinical_note", "Hitna služba, 14.02.2024.\n"
                      "Pacijentica: {P:Ivana Babić}, OIB {I:53136246085}, rođ. {B:07.09.1990}.\n"
                      "Pala s bicikla u {A:Ilici}, ogrebotine lakta, RTG bez prijeloma.\n"
                      "Pratnja: partner {P:Luka Horvat}, {T:091 384 2270}.\n"
                      "Dr. {P:M. Kovačević}"),
    ("clinical_note", "Triage 02:15\n"
                      "Name: {P:Tigist Alemayehu Bekele}  DOB {B:12/29/1991}  MRN {I:A3390182}\n"
                      "Pt speaks Amharic, interpreter via phone. Came with husband {P:Dawit}.\n"
                      "Pain 8/10 RLQ. Surg consult paged. ins member ID {I:XGH418203377}\n"
                      "addr {A:1148 W Hollis Ave}, {A:Apt 3C}, {C:Chicago} IL {A:60614}"),
    ("clinical_note", "Nota de evolución\n"
                      "{P:GARZA RODRÍGUEZ, María Fernanda} – CURP {I:GARM790310MNLRDR04}\n"
                      "Fecha de nac.: {B:10/03/1979}\n"
                      "Refiere cefalea de 5 días. Vive sola en {A:Calle Los Olivos}, {C:San Pedro Garza "
                      "García}; la vecina Doña {P:Chayo} tiene llave.\n"
                      "Tel. {T:81 8356 2290}"),
    ("clinical_note", "Antenatal booking\n"
                      "Name: {P:Chiamaka Obi}, 27, G2P1. EDD 19/09.\n"
                      "Born {B:5 April 1997}. husband {P:Emeka Obi} ({T:0803 417 2296}).\n"
                      "Hb 10.2 - start iron. Next visit with midwife {P:Halima}."),
    ("clinical_note", "Consult note — Dr {P:Ramon Villanueva}\n"
                      "Pt {P:Ma. Luisa Bautista-Reyes}, 58/F, PhilHealth {I:12-045281933-7}, bday {B:June 14, 1966}\n"
                      "c/o cough 3 weeks, for CXR and sputum AFB. Accompanied by grandson {P:Migs}."),
    ("hr_email", "From: {P:Natalia Herrera} <{E:n.herrera@grupoandesmx.com}>\n"
                 "To: {P:Diego Salazar} <{E:diego.salazar@grupoandesmx.com}>\n"
                 "CC: nómina\n"
                 "Subject: alta de personal – {P:Ximena Lozano Ortiz}\n"
                 "{P:Diego}, ya firmó contrato. Datos: RFC {I:LOOX910725KJ3}, fecha de nacimiento "
                 "{B:25/07/1991}, CLABE {I:072180872027833161}.\n"
                 "Inicia el lunes 3 de junio. Saludos, {P:Naty}"),
    ("hr_email", "From: HR Shared Services\n"
                 "To: {P:Nurul Aisyah binti Kamarudin}\n"
                 "Subject: EPF nomination form\n"
                 "Dear {P:Nurul},\n"
                 "Please resubmit the form. MyKad on file {I:810617-14-5832} doesn't match the copy you sent.\n"
                 "Your nominee {P:Ahmad Faizal bin Rosli} must also sign. Questions: {T:03-2141 8890} ext 221.\n"
                 "Thanks, {P:Mei Ling}"),
    ("hr_email", "Disciplinary hearing – minutes\n"
                 "Present: {P:Oluwaseun Adeyemi} (chair), {P:Gabriela Mendes}, {P:Tariq Al-Rashidi} (HR), "
                 "{P:Abebe} (note-taker)\n"
                 "Employee: {P:Darius Rahimi}, accompanied by union rep {P:Marek Horák}.\n"
                 "{P:DR} stated that he spoke to Ms {P:Kovács} before leaving early on 2 May.\n"
                 "Outcome to follow in writing by 14 June."),
    ("hr_email", "From: {E:akosua.boateng@kumasitextiles.com.gh}\n"
                 "To: {E:hr@kumasitextiles.com.gh}\n"
                 "Subject: change of bank details\n"
                 "Hi, please update my salary account to {I:1441002958371} (GCB, Adum branch). Ghana Card "
                 "{I:GHA-718204935-6}.\n"
                 "My new address is {A:House No. 7, Abotsi Lane}, {A:AK-039-5521}, {C:Kumasi}.\n"
                 "{P:Akosua}"),
    ("hr_email", "От: {P:Петя Иванова}\n"
                 "До: ТРЗ\n"
                 "Относно: данни за нов служител\n"
                 "Служител: {P:Георги Стоянов Димитров}, ЕГН {I:8309140903}, роден на {B:14.09.1983}\n"
                 "Адрес: {A:ул. „Цар Асен“ 41}, {A:ет. 3, ап. 9}, {C:София} {A:1000}\n"
                 "IBAN {I:BG12 BNBG 9661 3093 1029 45}\n"
                 "Поздрави, {P:Петя}"),
    ("hr_email", "From: {P:Yael Ben-David} <{E:yael.bd@netivtech.co.il}>\n"
                 "To: {P:Omer Shapira}\n"
                 "Subject: Re: relocation paperwork\n"
                 "> {P:Omer} wrote: did {P:Avi} send you the teudat zehut copy?\n"
                 "Yes — ID {I:166330043}. he also needs the bank form, IBAN {I:IL94 1879 9649 8653 4176 456}.\n"
                 "He's moving to {A:Rehov HaPalmach 19}, {A:apt 6}, {C:Haifa} next month.\n"
                 "– {P:Yael}"),
    ("hr_email", "De: Talento Humano\n"
                 "Para: {P:Andrés Felipe Cárdenas Mejía}\n"
                 "Asunto: certificado laboral\n"
                 "{P:Andrés}, adjunto certificado. Cédula {I:1.020.457.893}.\n"
                 "Por favor confirme su dirección: {A:Carrera 15 # 93-47}, {A:Apto 502}, {C:Bogotá}.\n"
                 "Si tiene dudas hable con {P:Paola} al {T:(601) 482 3391} o al {T:310 482 9317}."),
    ("hr_email", "From: {P:Hannah Whitcombe}\n"
                 "To: {P:Jerome Baptiste}; {P:Li Wei}\n"
                 "Subject: referee details – {P:Kwabena Ofori-Atta}\n"
                 "Referee 1: Dr {P:Sarah Linfield}, {E:s.linfield@brookhaven-college.ac.uk}, {T:0113 496 2281}\n"
                 "Referee 2: his previous manager {P:Tunde}, mob {T:+234 809 552 1473}\n"
                 "candidate DOB {B:1989-02-17} (for the DBS check), NI {I:QH 48 27 19 C}"),
    ("hr_email", "From: {P:Trần Minh Khoa} <{E:khoa.tran@saigonlogistics.vn}>\n"
                 "To: hr-vn\n"
                 "Subject: xin nghỉ phép\n"
                 "Chị {P:Lan} ơi, em xin nghỉ 3 ngày (15–17/7) để về quê. Em đi cùng {P:Tuấn} nên bàn giao "
                 "việc cho anh {P:Phúc}.\n"
                 "Số CCCD của em: {I:079094003718}, SĐT {T:0903 718 224}."),
    ("hr_email", "From: {P:Ilze Bērziņa}\n"
                 "To: {P:Jānis Ozols}\n"
                 "Subject: FW: new contractor\n"
                 "{P:Jānis}, the contractor's details: {P:Artūrs Kalniņš}, personas kods {I:329471-20586},\n"
                 "{A:Brīvības iela 118-7}, {A:LV-1001} {C:Rīga}, tel. {T:+371 2614 8390}.\n"
                 "Payment to {I:LV72 HABA 5293 5797 7430 3}.\n"
                 "{P:Ilze}"),
    ("hr_email", "From: {E:recruitment@harbourcare.org.uk}\n"
                 "To: {P:Hodan Yusuf Abdi}\n"
                 "Subject: interview confirmed\n"
                 "Dear {P:Hodan}, we look forward to seeing you on Thursday 11 July at 10:00.\n"
                 "Please bring your passport (no. {I:548201937} on your form) and proof of address.\n"
                 "If you need to rearrange, call {P:Fiona} on {T:0161 496 0732}."),
    ("chat_log", "[12/04 21:03] {P:Flor Gutiérrez}: che, le dejaste las llaves a {P:Dragana}?\n"
                 "[12/04 21:04] {P:Nico}: si, se las di a ella y a {P:Tuan} cuando salimos\n"
                 "[12/04 21:05] {P:Flor Gutiérrez}: ok. mañana paso por {A:Av. Corrientes 3847}, {A:5° B}, a las 10\n"
                 "[12/04 21:05] {P:Nico}: dale. mi nro nuevo es {T:11 4823-1947}\n"
                 "[12/04 21:06] {P:Flor Gutiérrez}: y pasame tu CUIT para la factura\n"
                 "[12/04 21:07] {P:Nico}: {I:23177409820}"),
    ("chat_log", "#ops-jakarta\n"
                 "**{P:budi.santoso}** 09:12\n"
                 " anyone seen {P:putri}? she has the VPN token\n"
                 "**{P:rizky_h}** 09:14\n"
                 " she went with {P:Tuan} to the client site, back after lunch\n"
                 "**{P:budi.santoso}** 09:15\n"
                 " ok. {P:Rizky} can u ping her on {T:+62 813-2290-4471}"),
    ("chat_log", "{P:marko_j}: jel si pitao {P:Ivu} za auto?\n"
                 "{P:ana.k}: jesam, kaže da je ključ kod {P:Dragane}\n"
                 "{P:marko_j}: ok javi joj na {T:091 556 2043}\n"
                 "{P:ana.k}: 👍"),
    ("chat_log", "From {T:+234 803 901 7742}:\n"
                 "Bros abeg tell {P:Chinedu} say I don reach. I dey {A:Allen Avenue} near the bank.\n"
                 "From {T:0806 211 5930}:\n"
                 "ok. {P:Ngozi} go come pick you by 6."),
    ("chat_log", "<{P:lukas_b}> who broke the staging build again\n"
                 "<{P:svetlana.k}> prob {P:Tomáš}, he pushed v2.14.3 at 2am\n"
                 "<{P:lukas_b}> lol. {P:tomas_h} you there?\n"
                 "<{P:tomas_h}> reverting now, sorry. 10.20.30.1 was the old runner, ignore the alerts"),
    ("chat_log", "Mama: {P:Layla} habibti did you call Khalto {P:Samira}?\n"
                 "{P:Layla}: yes she said come Friday, she moved, new flat is on {A:Wasfi Al-Tal Street} "
                 "near the bakery\n"
                 "Mama: send me her number\n"
                 "{P:Layla}: {T:+962 79 418 2036}\n"
                 "Mama: and tell {P:Omar} to bring the card, {I:5323 9649 2322 1986}, i need to pay the school"),
    ("chat_log", "[Bot] Hi! What's your name?\n"
                 "[User] {P:Tan Wei Jie}\n"
                 "[Bot] Thanks {P:Wei Jie}. Your IC number please?\n"
                 "[User] {I:900115-10-6621}\n"
                 "[Agent {P:Farah}] Hi {P:Wei Jie}, I see the parcel is going to {A:No. 23, Jalan SS 2/64}, "
                 "{A:47300} {C:Petaling Jaya}. Correct?\n"
                 "[User] yes. pls call {T:012-318 4470} when rider reach"),
    ("chat_log", "{P:Hằng}: a ơi em gửi số tk nhé: {I:0451000382917} Vietcombank\n"
                 "{P:Phạm Quốc Bảo}: ok em, tên tk là {P:NGUYEN THI THU HANG} đúng ko\n"
                 "{P:Hằng}: dạ đúng r a"),
    ("chat_log", "{P:Joy Akinyi}: is {P:Hope} coming tonight?\n"
                 "{P:Baraka}: yes with {P:Amani}, they're taking a matatu from {C:Westlands}\n"
                 "{P:Joy Akinyi}: tell {P:Hope} to bring the speaker lol\n"
                 "{P:Baraka}: her number changed btw {T:0722 915 384}"),
    ("chat_log", "{P:noa_levi}: did you get the form from {P:Eitan}?\n"
                 "{P:dsabag}: yep, he also sent his ID {I:935624973} — should i not post that here lol\n"
                 "{P:noa_levi}: delete it!!"),
    ("chat_log", "{P:Rebin}: kaka, I'm at {A:60 Meter Street}, near the mall\n"
                 "{P:Hawre Aziz}: ok wait there, {P:Shno} is coming with the car\n"
                 "{P:Rebin}: her phone is off, call {T:0750 318 4429}?"),
    ("chat_log", "[WhatsApp] {P:Yaw}: Charley, I've sent the keys with {P:Efya}. she's on {A:Oxford Street} now\n"
                 "[WhatsApp] {P:Kojo Mensah}: ok. her number?\n"
                 "[WhatsApp] {P:Yaw}: {T:024 412 3356}"),
    ("ops_log", "Mar  3 02:14:07 bastion-2 sshd[4122]: Failed password for {P:tnguyen} from "
                "{N:186.84.12.203} port 52214 ssh2\n"
                "Mar  3 02:14:11 bastion-2 sshd[4122]: Accepted publickey for {P:tnguyen} from "
                "{N:186.84.12.203} port 52214 ssh2\n"
                "Mar  3 02:15:40 bastion-2 sudo:  {P:tnguyen} : TTY=pts/1 ; PWD=/home/{P:tnguyen} ; "
                "USER=root ; COMMAND=/bin/systemctl restart nginx"),
    ("ops_log", "2024-05-12T08:31:22Z INFO signup user_id=88213 email={E:tomas.vesely@seznam.cz} "
                "name=\"{P:Tomáš Veselý}\" phone=\"{T:+420 731 905 448}\" ip={N:89.24.117.203}\n"
                "2024-05-12T08:31:23Z WARN kyc_pending user_id=88213 doc=rodne_cislo value={I:930217/2902}\n"
                "2024-05-12T08:31:24Z DEBUG payment_method card={I:4800293652599882} exp=0927"),
    ("ops_log", "May 12 10:02:11 mx1 postfix/smtpd[2231]: connect from unknown[{N:102.89.34.201}]\n"
                "May 12 10:02:12 mx1 postfix/cleanup[2240]: 4F2A11C3: message-id=<20240512100212.4F2A11C3@mx1>\n"
                "May 12 10:02:12 mx1 postfix/qmgr[901]: 4F2A11C3: from=<{E:adaeze.nwosu@lagosbuild.ng}>, "
                "size=18220, nrcpt=1\n"
                "May 12 10:02:13 mx1 postfix/smtp[2244]: 4F2A11C3: to=<{E:hamza.yusuf@kanohealth.org}>, "
                "relay=mx.kanohealth.org[{N:197.210.54.12}]:25, status=sent"),
    ("ops_log", "EventID 4625 An account failed to log on.\n"
                "  Account Name: {P:s.rahmani}\n"
                "  Account Domain: CORP\n"
                "  Workstation Name: TEH-LT-0231\n"
                "  Source Network Address: {N:10.42.8.117}\n"
                "EventID 4624 An account was successfully logged on.\n"
                "  Account Name: {P:s.rahmani}\n"
                "  Source Network Address: {N:10.42.8.117}"),
    ("ops_log", "2024-06-01 07:55:03 DHCPACK on {N:192.168.14.52} to 3c:22:fb:91:0e:7a "
                "(iPhone-de-{P:Camila}) via eth0\n"
                "2024-06-01 07:58:41 DHCPACK on {N:192.168.14.61} to a4:83:e7:10:2b:c9 (DESKTOP-7HQ2LM) via eth0\n"
                "2024-06-01 08:02:10 DHCPACK on {N:192.168.14.73} to f0:18:98:44:aa:01 (Galaxy-{P:Amara}) via eth0"),
    ("ops_log", "vpn-gw01 2024-02-19 23:41:07 user={P:ahmed.elsayed} assigned={N:172.16.40.12} "
                "public={N:196.153.22.84} geo=EG\n"
                "vpn-gw01 2024-02-19 23:58:55 user={P:ahmed.elsayed} disconnected bytes_in=2.1M\n"
                "vpn-gw01 2024-02-20 00:03:12 user={P:vkovacevic} auth=FAIL reason=otp public={N:93.139.210.5}"),
    ("ops_log", "{N:2a02:8108:1c40:9e00::3f2} - - [14/Jun/2024:11:03:55 +0000] \"GET "
                "/account?email={E:lina.haddad@outlook.com} HTTP/1.1\" 200 5123\n"
                "{N:41.215.163.8} - {P:mwangi_j} [14/Jun/2024:11:04:02 +0000] \"POST /api/v2/profile "
                "HTTP/1.1\" 204 0\n"
                "{N:41.215.163.8} - {P:mwangi_j} [14/Jun/2024:11:04:09 +0000] \"GET /static/app.3.2.1.js "
                "HTTP/1.1\" 304 0"),
    ("ops_log", "[audit] 2024-04-03 16:22:10 actor={P:r.silva} action=UPDATE_PHONE customer=\"{P:Beatriz "
                "Nogueira Lima}\" old={T:(11) 3345-2281} new={T:(11) 98730-5512}\n"
                "[audit] 2024-04-03 16:22:41 actor={P:r.silva} action=UPDATE_DOC customer=\"{P:Beatriz "
                "Nogueira Lima}\" cpf={I:030.298.975-75}\n"
                "[audit] 2024-04-03 16:23:02 actor=system action=NOTIFY channel=sms status=queued"),
    ("ops_log", "2024-07-07 03:10:22 fail2ban.actions [812]: NOTICE [sshd] Ban {N:185.220.101.43}\n"
                "2024-07-07 03:10:22 fail2ban.actions [812]: NOTICE [sshd] Ban {N:45.155.204.19}\n"
                "2024-07-07 03:12:09 sshd[9912]: Invalid user {P:oksana} from {N:185.220.101.43}\n"
                "2024-07-07 03:12:11 sshd[9914]: Invalid user admin from {N:45.155.204.19}"),
    ("ops_log", "ERROR 2024-03-21 14:02:55 sync.contacts: duplicate key for contact \"{P:Oyelaran, Bisola}\" "
                "({E:bisola.oyelaran@gmail.com}) phone {T:+234 705 338 1196}\n"
                "ERROR 2024-03-21 14:02:55 sync.contacts: address too long: \"{A:Plot 22, Admiralty Way}, "
                "{C:Lekki Phase 1}\" for contact id 55102\n"
                "WARN  2024-03-21 14:02:56 sync.contacts: retry 3/5"),
    ("ops_log", "2024-08-30 10:11:02 UTC [3321] {P:zsofia_nagy}@billing LOG:  connection authorized from "
                "{N:10.8.0.34}\n"
                "2024-08-30 10:11:05 UTC [3321] {P:zsofia_nagy}@billing LOG:  statement: SELECT * FROM "
                "customers WHERE taj = '{I:319652860}'\n"
                "2024-08-30 10:11:09 UTC [3321] {P:zsofia_nagy}@billing LOG:  statement: UPDATE customers "
                "SET phone = '{T:+36 1 234 8812}' WHERE id = 4410"),
    ("ops_log", "Jun 14 09:21:44 web-03 app[2210]: login ok user={P:pwongsakul} src={N:124.120.88.15}\n"
                "Jun 14 09:22:01 web-03 app[2210]: password reset requested for "
                "{E:pimchanok.w@thaimail.co.th} by {P:pwongsakul}\n"
                "Jun 14 09:22:03 web-03 app[2210]: sms otp sent to {T:+66 89 771 2034}"),
    ("csv_rows", "id,full_name,dob,cpf,phone,city\n"
                 "1001,{P:Ana Beatriz Moura},{B:1994-11-03},{I:46164045851},{T:+55 31 98422-1037},{C:Belo "
                 "Horizonte}\n"
                 "1002,{P:Thiago Ferreira Costa},{B:1987-05-29},{I:636.959.223-46},{T:(85) 3221-4409},{C:Fortaleza}\n"
                 "1003,{P:Rafaela Souza},{B:2001-01-17},{I:432.897.561-73},{T:11 97714-6630},{C:São Paulo}"),
    ("csv_rows", "rut\tnombre\tfecha_nac\tcomuna\tfono\n"
                 "{I:2.163.473-5}\t{P:Hernán Espinoza Rojas}\t{B:04/06/1949}\t{C:Ñuñoa}\t{T:+56 9 8123 4067}\n"
                 "{I:13943878-7}\t{P:Javiera Muñoz}\t{B:1982-12-30}\t{C:Valparaíso}\t{T:+56 32 268 4410}\n"
                 "{I:28.080.009-0}\t{P:Wilmer Duarte Paz}\t{B:17.08.1999}\t{C:Estación Central}\t{T:9 6621 3390}"),
    ("csv_rows", "| Employee | Nationality | DOB | Passport | Start |\n"
                 "|---|---|---|---|---|\n"
                 "| {P:KARIMI, Arash} | IR | {B:21.IV.1984} | {I:Y48210397} | 2024-02-01 |\n"
                 "| {P:EL-AMIN, Rania} | LB | {B:08.XII.1990} | {I:RL3390214} | 2024-02-15 |\n"
                 "| {P:SHALOM, Dvir} | IL | {B:1979/07/02} | {I:38291047} | 2024-03-04 |"),
    ("csv_rows", "név;születési dátum;TAJ;telefon;cím\n"
                 "{P:Szabó Réka};{B:1979.03.10};{I:013 344 409};{T:06 30 552 1804};{A:Petőfi utca 8.}, "
                 "{A:1052} {C:Budapest}\n"
                 "{P:Tóth Gergely};{B:1992.11.21};{I:001 492 387};{T:+36 20 917 3302};{A:Rákóczi út 41. "
                 "2/5}, {A:4024} {C:Debrecen}"),
    ("csv_rows", "nik,nama,tgl_lahir,hp,alamat\n"
                 "{I:3174065203810005},{P:Dewi Lestari Putri},{B:12-03-1981},{T:081233914720},\"{A:Jl. "
                 "Cempaka Putih Raya No. 45}, {C:Jakarta Pusat}\"\n"
                 "{I:3273011708900002},{P:Agus Setiawan},{B:17-08-1990},{T:0857 2210 4498},\"{A:Gg. Melati "
                 "III No. 9}, {C:Bandung}\""),
    ("csv_rows", "Name,Phone,Email,Amount (NGN),Date\n"
                 "{P:Ifeoma Chukwuemeka},{T:08091437752},{E:ifeoma.c@gmail.com},25000,2024-06-03\n"
                 "{P:Musa Ibrahim Danjuma},{T:+2348125530019},{E:musa.danjuma@yahoo.com},10000,2024-06-03\n"
                 "{P:Yetunde Alabi-Johnson},{T:0701 882 4410},{E:yetty.alabi@outlook.com},50000,2024-06-04"),
    ("csv_rows", "Vardas Pavardė | Asmens kodas | Gimimo data | Telefonas\n"
                 "{P:Tomas Jankauskas} | {I:37511029856} | {B:1975-11-02} | {T:+370 655 20 418}\n"
                 "{P:Dovydas Žukauskas} | {I:50102285648} | {B:2001.02.28} | {T:8 612 93 377}"),
    ("csv_rows", "EMP_NO,LAST_NAME,FIRST_NAME,BIRTHDATE,SSS_NO,TIN,MOBILE\n"
                 "E-2201,{P:SANTOS},{P:JOSE "
                 "MIGUEL},{B:03/15/1988},{I:34-5678912-3},{I:402-118-937-000},{T:09174823306}\n"
                 "E-2202,{P:MACARAEG},{P:KRISTINE "
                 "JOY},{B:11/02/1995},{I:34-2210937-8},{I:417-392-005-000},{T:0928 331 4407}\n"
                 "E-2203,{P:DIMAGIBA},{P:ROWENA},{B:07/30/1979},{I:33-9021448-1},{I:211-087-644-000},{T:+63 "
                 "915 672 0193}"),
    ("csv_rows", "patient,dob,appt_date,appt_time,clinic\n"
                 "{P:Mehmet Yıldız},{B:1960-09-12},2024-07-01,09:30,Cardio\n"
                 "{P:Fatuma Hassan Omar},{B:1983-02-07},2024-07-01,10:15,Diabetes\n"
                 "{P:Yaw Asante},{B:19/10/1975},01/07/2024,11:00,Renal\n"
                 "{P:Sunny Okafor},{B:1999-06-30},2024-07-02,08:45,Ortho"),
    ("csv_rows", "Datum;Protiúčet;Název protiúčtu;Částka;VS\n"
                 "2024-05-02;{I:CZ79 3545 7150 4283 8820 6565};{P:Petra Horáková};-4500,00;20240502\n"
                 "2024-05-03;{I:SK23 5504 3550 3431 6188 6780};{P:Martin Kováč};12000,00;\n"
                 "2024-05-07;{I:19-2000145399/0800};{P:Lucie Šimková};-890,00;7781"),
    ("csv_rows", "customer_id | name | teudat_zehut | birth_date | mobile\n"
                 "C-0193 | {P:Mahmoud Khatib} | {I:210379434} | {B:1977-04-09} | {T:052-418-3306}\n"
                 "C-0194 | {P:Tamar Rosen-Levi} | {I:052599883} | {B:03/01/1993} | {T:054 772 1940}"),
    ("csv_rows", "\"Member\",\"Member No\",\"Date of birth\",\"Joined\"\n"
                 "\"{P:Ahmadi, Kaveh}\",\"{I:GYM-004417}\",\"{B:30-Jun-1988}\",\"12-Jan-2023\"\n"
                 "\"{P:Soroush Tehrani}\",\"{I:GYM-004418}\",\"{B:1 Dec 1979}\",\"12-Jan-2023\""),
    ("postal_block", "Lic. {P:Rosa Elena Castañeda Villarreal}\n"
                     "{A:Calle Los Olivos 214}, Col. {C:Del Valle}\n"
                     "C.P. {A:03100}, {C:Benito Juárez}, CDMX\n"
                     "Tel. {T:55 4821 9035}"),
    ("postal_block", "Sr. {P:Ezequiel Martín Bianchi}\n"
                     "{A:Av. Rivadavia 6120}, {A:piso 5 dto. B}\n"
                     "{A:C1406GLQ} {C:Ciudad Autónoma de Buenos Aires}\n"
                     "ARGENTINA"),
    ("postal_block", "À Sra. {P:Luciana Prates de Oliveira}\n"
                     "{A:Rua das Acácias, 318}, {A:apto 42}\n"
                     "{C:Vila Mariana} – {C:São Paulo} – SP\n"
                     "CEP {A:04101-300}"),
    ("postal_block", "Señor(a): {P:Hugo Mamani Condori}\n"
                     "{A:Av. Arequipa 2450}, {A:Dpto. 301}\n"
                     "{C:Lince}, Lima {A:15046}\n"
                     "Ref.: frente al parque"),
    ("postal_block", "Kepada Yth.\n"
                     "Bapak {P:Hendra Wijaya Kusuma}\n"
                     "{A:Jl. Diponegoro No. 88}, {A:RT 002/RW 007}\n"
                     "Kel. {C:Menteng}, Kec. {C:Menteng}\n"
                     "{C:Jakarta Pusat} {A:10310}"),
    ("postal_block", "To: Khun {P:Ananya Srisuk}\n"
                     "{A:99/12 Moo 4}, {A:Soi Sukhumvit 71}\n"
                     "{C:Phra Khanong Nuea}, {C:Watthana}\n"
                     "Bangkok {A:10110}\n"
                     "Tel {T:+66 81 402 7735}"),
    ("postal_block", "Engr. {P:Rolando P. Dimaculangan}\n"
                     "{A:Unit 1204, Tower B, Avida Residences}\n"
                     "{A:45 Mabini St.}, Brgy. {C:San Roque}\n"
                     "{A:1109} {C:Quezon City}, Metro Manila"),
    ("postal_block", "Příjemce: Ing. {P:Pavel Procházka}\n"
                     "{A:Masarykova 412/18}\n"
                     "{A:602 00} {C:Brno}\n"
                     "tel.: {T:+420 737 118 920}"),
    ("postal_block", "Mr {P:Olumide Fashola-Grant}\n"
                     "{A:Flat 3}\n"
                     "{A:27 Kingsmere Road}\n"
                     "{C:Leeds}\n"
                     "{A:LS6 2QT}"),
    ("postal_block", "Mr. {P:Faisal Al-Qahtani}\n"
                     "{A:7421 Al Olaya St}, {A:Unit 5}\n"
                     "{C:Al Olaya}, Riyadh {A:12244}\n"
                     "Mobile {T:+966 55 207 3318}"),
    ("postal_block", "{P:Wairimu Kamau-Otieno}\n"
                     "{A:P.O. Box 47211-00100}\n"
                     "{C:Nairobi}\n"
                     "Kenya"),
    ("postal_block", "{P:Милош Јовановић}\n"
                     "{A:Булевар ослобођења 54}, {A:стан 12}\n"
                     "{A:21000} {C:Нови Сад}\n"
                     "Србија"),
    ("bank_note", "KYC review – {P:Rashid Omar Farah}\n"
                  "Somali passport {I:P00918273}; UK address {A:41 Cheetham Hill Road}, {C:Manchester} {A:M8 8PD}\n"
                  "Source of funds: remittances from brother {P:Abdirahman} in {C:Minneapolis}. Phone "
                  "{T:+252 61 5128840}.\n"
                  "Nothing adverse. -{P:KL}"),
    ("bank_note", "Fraud call 14:05 – cust {P:Bankole Ajayi} reports card {I:4335 2571 8219 5176} used in Jakarta.\n"
                  "Verified DOB {B:02 Nov 1970} and postcode.\n"
                  "He says he gave the card to his driver {P:Sule} last week. Card blocked, replacement to "
                  "{A:5 Ogunlana Drive}, {C:Surulere}."),
    ("bank_note", "Hypotéka – poznámka\n"
                  "Žadatel: {P:Ondřej Kolář}, nar. {B:22.7.1985}, RČ {I:850722/4462}\n"
                  "Spolužadatelka: {P:Lenka Kolářová}\n"
                  "Účet pro splátky: {I:CZ18 6058 4357 5129 1549 0157}\n"
                  "Zástava: byt {A:Korunní 2569/108}, {A:101 00} {C:Praha 10}"),
    ("bank_note", "Alerta AML #2219\n"
                  "Cliente {P:Arturo Benítez Olvera}, CURP {I:BEOA680404HJCNLR02}, depósitos en efectivo repetidos.\n"
                  "Beneficiario frecuente: {P:Yesenia Trujillo}, CLABE {I:381683674761572255}.\n"
                  "Se llamó al cliente al {T:33 3615 8872}; dijo que es por su negocio en {A:Av. Vallarta "
                  "1520}, {C:Guadalajara}."),
    ("bank_note", "Wire recall request\n"
                  "Remitter: {P:Khalid bin Saeed Al-Mansoori}, Emirates ID {I:784-1986-3352571-6}\n"
                  "Debit a/c {I:AE51 5361 9453 4578 3036 683}; beneficiary {P:Hussein Mahdi Karim} IBAN "
                  "{I:SA23 2500 0071 6852 6691 6641}\n"
                  "Reason: wrong beneficiary. Client contact {T:+971 50 228 9174}."),
    ("bank_note", "Ügyfél: {P:Nagy-Balogh Krisztina}\n"
                  "Születési dátum: {B:1983. május 6}.\n"
                  "Anyja neve: {P:Balogh Erzsébet}\n"
                  "IBAN {I:HU66 2485 4520 7592 0462 9295 5238}\n"
                  "Telefon {T:06 1 234 5678}"),
    ("bank_note", "Nota de crédito – cliente {P:Luz Dary Ospina}, CC {I:43.918.270}\n"
                  "Tel {T:+57 300 614 2287}. Pide refinanciación; trabaja con su hermano {P:Yeison} en un "
                  "taller en {A:Calle 44 # 65-12}, {C:Medellín}.\n"
                  "Próxima cita: 18 de julio."),
    ("bank_note", "Klijentica {P:Marija Jurić}, OIB {I:34386302651}\n"
                  "Prijenos na {I:HR77 4520 4293 5078 3348 4}, opunomoćenik {P:Stjepan Jurić} (sin).\n"
                  "Kontakt {T:+385 98 441 2076}"),
    ("bank_note", "Call log — caller claimed to be {P:Vytautas Mickevičius}, failed security: gave DOB "
                  "{B:11/05/1966} (on file: {B:1966-05-12}).\n"
                  "Account {I:LT31 6579 2321 7620 3862} frozen pending ID check. Real customer reachable on "
                  "{T:+370 686 41 920}."),
    ("bank_note", "Account opening – {P:Rania Haddad-Nasser}\n"
                  "Teudat zehut {I:354792137}; date of birth {B:19.10.1986}\n"
                  "Address {A:Derech Yafo 33}, {C:Haifa}; introduced by her colleague {P:Shira}."),
    ("bank_note", "Contestação PIX – cliente {P:Marcos Vinícius Teixeira}, CPF {I:493.770.663-28}\n"
                  "Chave destino: celular {T:+55 21 97233-8104} (conta de {P:Wesley Andrade})\n"
                  "Conta do cliente {I:BR47 0000 0165 1600 0016 5010 865C 6}"),
    ("crm_note", "Call w/ Mrs {P:Adebayo-Cole} (procurement) – wants pricing for 40 seats.\n"
                 "Her PA {P:Funmi} will send the PO. direct line {T:+234 1 271 4483}."),
    ("crm_note", "Met {P:Jakub Černý} at the Prague expo, interested in fleet plan (12 vans).\n"
                 "Follow up {E:jakub.cerny@autoceska.cz}. Lives in {C:Plzeň}, prefers calls after 5 on "
                 "{T:+420 608 227 415}."),
    ("crm_note", "Lead: {P:Kittipong Charoenrat} (K. {P:Tong}) – owner of 3 cafés in {C:Chiang Mai}. Wants "
                 "POS + QR payments.\n"
                 "LINE id {P:tong.kittipong}, phone {T:089 771 2034}\n"
                 "KYC: Thai ID {I:1810392695775}"),
    ("crm_note", "Account: Al Noor Trading LLC\n"
                 "Contact {P:Mariam Al-Mazrouei}, procurement. {P:Mariam} prefers WhatsApp {T:+971 56 330 1187}.\n"
                 "Escalated pricing question to {P:Yousef}."),
    ("crm_note", "Gọi cho chị {P:Hoa} ({P:Lê Thị Hoa}) – muốn nâng cấp gói doanh nghiệp.\n"
                 "Hẹn gặp tại {A:số 25 đường Nguyễn Trãi}, {C:Quận 1} lúc 3h chiều thứ Sáu."),
    ("crm_note", "Client {P:Dimitar Kolev} asked to move the contract to his wife {P:Milena Koleva}.\n"
                 "She lives on {A:bul. Vitosha} now, new flat. Mob {T:+359 88 742 1903}."),
    ("crm_note", "Visited {P:Neema Mollel}'s duka in {C:Arusha}. Wants 20 solar kits, pays in 3 instalments.\n"
                 "Husband {P:Baraka} handles money; M-Pesa {T:+255 754 208 331}."),
    ("crm_note", "Reunión con {P:Sebastián Ibáñez}. Nos derivó a {P:Camila Rojas Vidal} (compras), "
                 "{E:crojas@minerapampa.cl}, {T:+56 2 2948 3310}.\n"
                 "Oficina en {A:Av. Apoquindo 4501}, {A:piso 12}, {C:Las Condes}."),
    ("crm_note", "Note: {P:Parisa Moradi} unhappy with renewal price. Spoke to Mr {P:Jafari} (her manager).\n"
                 "Send revised quote to {E:p.moradi@arianpars.ir} by Fri."),
    ("crm_note", "{P:Jhun} from Tita {P:Baby}'s catering called re: order for 200 pax, 15 June.\n"
                 "Pick-up at {A:Aguirre Ave}, {C:BF Homes}, {C:Parañaque}. Contact {T:0998 214 7731}."),
    ("crm_note", "Zákazníčka {P:Zuzana Hudecová} – reklamácia práčky. Volala z {T:0905 318 447}.\n"
                 "Adresa {A:Obchodná 14}, {A:811 06} {C:Bratislava}. RČ {I:925115/4066}, nar. {B:15.01.1992}."),
    ("forum_post", "r/mexico – alguien sabe de un plomero bueno?\n"
                   "vivo en {A:Calle Hidalgo} cerca del mercado en {C:Coyoacán}. el que me recomendó Doña "
                   "{P:Lupe} no contesta ({T:55 3921 0478}).\n"
                   "gracias!!"),
    ("forum_post", "Title: App crashes on profile save (v3.14.2)\n"
                   "Steps: open Profile, enter name \"{P:Ngozi Eze-Okoro}\", tap Save -> crash.\n"
                   "Device: Samsung A52, Android 13. Reporter: {P:hakimi_dev}\n"
                   "Logs attached. If you need more, my email is {E:m.hakimi.dev@proton.me}"),
    ("forum_post", "SE VENDE Renault Kwid 2019, 48.000 km, único dueño. Placa {I:BXK-472}.\n"
                   "Interesados llamar a {P:Wilfredo} al {T:987 220 416}. Se puede ver en {A:Jr. Junín 318}, "
                   "{C:Trujillo}."),
    ("forum_post", "Anyone used the clinic on {A:Jalan Telawi} in {C:Bangsar}? Dr {P:Lim Siew Ling} was "
                   "recommended by my neighbour {P:Priya}\n"
                   "but the wait is 3 weeks. Any alternatives near Mid Valley?"),
    ("forum_post", "Sziasztok! Elveszett a kutyánk a {A:Fő utca} környékén, {C:Szentendre}. Fekete tacskó, "
                   "Bodza a neve.\n"
                   "Ha látjátok, hívjátok {P:Ákos}t a {T:+36 20 441 8832} számon. Köszi!"),
    ("forum_post", "My landlord Alhaji {P:Garba} wants to increase rent by 40%. The house is on {A:Ahmadu "
                   "Bello Way}, {C:Kaduna}.\n"
                   "Anybody know a good lawyer? pls DM {P:musa_kd}"),
    ("forum_post", "Prodám zimní pneu 205/55 R16, Praha 4. Volejte {T:777 204 918}, {P:Radek}."),
    ("forum_post", "Posting for my friend {P:Liron Azoulay}, she lost her bag on bus 480 from {C:Jerusalem} "
                   "last night.\n"
                   "If found pls call her on {T:050-772-3316}. thanks!!"),
    ("forum_post", "Cần tìm chủ nhân ví: tên trên CCCD là {P:ĐỖ VĂN HÙNG}, số {I:001085012347}.\n"
                   "Ai biết liên hệ mình {T:0912 448 203} nhé."),
    ("forum_post", "Rasti raktai prie {A:Gedimino pr.}, šalia kavinės. Kreiptis į {P:Aistė}, {T:+370 699 12 408}."),
    ("forum_post", "Salam all, my cousin {P:Yousra Benali} is looking for a flatmate near {A:Al Rigga Road}, "
                   "{C:Deira}. Female only.\n"
                   "Contact her on insta @{P:yousra.benali}"),
    ("forum_post", "ugh, got charged twice on my card {I:6011 7910 2844 2331} for the same order. support "
                   "says wait 10 days??\n"
                   "(yes i know i shouldn't post the number, it's cancelled now) -- {P:dimitrova_v}"),
    ("referral_letter", "Dear Dr {P:Okonjo},\n"
                        "Re: Mr {P:Kofi Asamoah-Mensah}, DOB {B:17/08/1958}, NHS No {I:7963590479}\n"
                        "{A:12 Wellington Close}, {C:Croydon} {A:CR0 6NP}\n"
                        "I would be grateful if you could see this 66-year-old gentleman with exertional "
                        "chest pain.\n"
                        "He lives with his daughter {P:Abena}, who can be contacted on {T:07946 218 304}.\n"
                        "Yours sincerely,\n"
                        "Dr {P:Emily Hartwell}"),
    ("referral_letter", "Estimado Dr. {P:Lombardi}:\n"
                        "Derivo a la paciente {P:Milagros Soledad Acosta}, DNI {I:31.482.907}, CUIL "
                        "{I:27-31482907-2}, nacida el {B:9 de septiembre de 1985},\n"
                        "por hipotiroidismo de difícil control. Domicilio: {A:Av. Rivadavia 4120}, {A:3° A}, "
                        "{C:Caballito}. Tel. {T:+54 9 11 5532-0814}.\n"
                        "Saludos cordiales, Dra. {P:Verónica Páez}"),
    ("referral_letter", "Vážená paní doktorko,\n"
                        "posílám pacienta {P:Miroslav Dušek}, nar. {B:4. 4. 1968}, r. č. {I:6804042190}, s "
                        "podezřením na fibrilaci síní.\n"
                        "Bydliště {A:Husova 27}, {A:370 01} {C:České Budějovice}. Doprovází ho manželka {P:Jana}.\n"
                        "MUDr. {P:Alena Kratochvílová}"),
    ("referral_letter", "Направление\n"
                        "Пациент: {P:Виктория Николова Петрова}, ЕГН {I:0543129299}, родена на {B:12.03.2005}\n"
                        "Придружава я майка ѝ {P:Нели Петрова}, тел. {T:0887 412 905}.\n"
                        "Д-р {P:Ст. Колев}"),
    ("referral_letter", "To: Dr {P:Galit Friedman}, Rheumatology\n"
                        "Re: {P:Yosef Mizrahi}, ID {I:355285099}, born {B:1958-11-30}\n"
                        "Please assess for PMR. He is accompanied by his son {P:Amit} ({T:+972 52-611-4038}).\n"
                        "Dr {P:Nadav Peretz}"),
    ("referral_letter", "Referral: Lagos University Teaching Hospital\n"
                        "Name: Alhaji {P:Usman Bello Kazaure}, age 63, DOB {B:1961-01-14}\n"
                        "Address: {A:No. 18, Sultan Road}, {C:Kano}. NIN {I:38291047562}.\n"
                        "Referred for urology review. NOK: son {P:Abubakar} {T:0803 611 2294}.\n"
                        "Dr {P:C. Nwachukwu}"),
    ("referral_letter", "Dear Dr. {P:Wong},\n"
                        "Kindly review Pn. {P:Rohana binti Ismail}, IC {I:680221-01-5522}, D.O.B. "
                        "{B:21/02/1968}, for a diabetic foot ulcer.\n"
                        "Her husband En. {P:Zulkifli} can be reached at {T:019-775 3120}.\n"
                        "Thank you, Dr {P:Siti Hajar}"),
    ("referral_letter", "Re: Ms {P:Niloufar Sadeghi}, DOB {B:3rd May 1994}, hospital no. {I:RX4419207}\n"
                        "Lives at {A:Flat 9, Harcourt House}, {A:88 Selhurst Road}, London {A:SE25 6LH}.\n"
                        "Please note she has moved; her old address on {A:Whitehorse Lane} should be removed "
                        "from your system."),
    ("referral_letter", "Referral to: Dr. {P:Carmelita Ong-Santiago}, Pedia Neuro\n"
                        "Patient: {P:Gabriel Luis Tan Reyes}, 6 y.o., born {B:2018-02-09}\n"
                        "Mother: {P:Joanna Reyes}, {T:0917 802 3315}\n"
                        "Address: {A:Blk 12 Lot 7, Phase 2, Camella Homes}, {C:Bacoor}, Cavite"),
    ("referral_letter", "Dear colleague,\n"
                        "I am referring {P:Faadumo Cali Xasan} (DOB recorded as {B:01/01/1980}) with a "
                        "2-month history of weight loss.\n"
                        "She does not have a phone; contact via her nephew {P:Cabdi} on {T:+254 722 401 883}.\n"
                        "Dr {P:Achieng Odhiambo}"),
    ("referral_letter", "Uputnica – {P:Nikola Marić}, rođen {B:17.VI.1972}, OIB {I:76206932821}\n"
                        "Upućuje se na pregled kardiologa zbog palpitacija.\n"
                        "Adresa: {A:Ulica kralja Zvonimira 41}, {A:21000} {C:Split}.\n"
                        "dr. {P:Tea Perić}"),
    ("payment_update", "Card update: cust {P:Rahmat Hidayat} changed default card to {I:4892 3498 0354 9561} "
                       "(exp 09/27).\n"
                       "Old card {I:5243302564156434} removed. Confirmation SMS sent to {T:+62 821-4430-9917}."),
    ("payment_update", "Trajni nalog / direct debit mandate\n"
                       "Dužnik: {P:Ivan Marković}, IBAN {I:RS47 5319 9050 9694 4957 23}\n"
                       "Potpisano 04.06.2024, prva naplata 15.06.2024."),
    ("payment_update", "ACH update for {P:Carlos Mendoza Ríos}: routing {I:304640056}, account "
                       "{I:7120394418}, checking.\n"
                       "Requested by phone from {T:(214) 739-2281}; callback verified by {P:Dana K.}"),
    ("payment_update", "Atualização de cartão: {P:Gustavo Henrique Lopes} – novo cartão {I:6362 8381 8557 "
                       "1413} (Elo), CPF {I:839.129.610-50}.\n"
                       "Débito automático mantido para o dia 10."),
    ("payment_update", "DD change for Mrs {P:Abiola Coker}: sort code {I:20-45-77} acc {I:53918274}.\n"
                       "IBAN for the SEPA leg: {I:GB35 BARC 8162 7623 0514 72}. Effective from next billing cycle."),
    ("payment_update", "GCash number updated from {T:0917 220 4415} to {T:0956 381 7720} for {P:Rhea Mae Pascual}.\n"
                       "Verified via UMID CRN {I:0111-4827390-6}. Requested by her sister {P:Joy}."),
    ("payment_update", "Změna účtu pro výplatu: {P:Veronika Malá}, nový účet {I:2401928375/2010}.\n"
                       "Původní účet zrušen. Zadala {P:Hana} z mzdové účtárny."),
    ("payment_update", "Standing order update: {P:Eliyahu Cohen-Tzedek}, new card {I:4596 5184 4596 2494}.\n"
                       "Monthly donation ILS 180 continues on the 1st."),
    ("payment_update", "MoMo wallet change: {P:Kwesi Appiah} {T:024 412 7730} → {T:055 918 2044}. Ghana Card "
                       "{I:GHA-720391845-3}.\n"
                       "Approved by {P:Esi} (branch ops)."),
    ("payment_update", "Payment card replaced: {P:Līga Kalniņa} — {I:5163\u00a02396\u00a04923\u00a02218}\n"
                       "Billing address {A:Krišjāņa Barona iela 56-12}, {A:LV-1011} {C:Rīga}. Phone "
                       "{T:+371\u00a02938\u00a01147}"),
    ("payment_update", "Salary card for {P:Abdullah Saleh Ba-Wazir}, iqama {I:2924057454}, card {I:4324 2777 "
                       "6973 4166}.\n"
                       "Old payroll card to be destroyed; HR contact {E:payroll.ksa@sahrawi-contracting.com}"),
    ("payment_update", "{P:Oren Katz}: Amex {I:3732 427776 97340} expired, new expiry 11/28 entered by agent "
                       "{P:Meital}."),
    ("payment_update", "Promjena računa: {P:Ante Šarić}, OIB {I:27380029360}, novi IBAN {I:HR84 0835 9264 "
                       "6141 9690 7}.\n"
                       "Kontakt za potvrdu {T:+385 91 702 3348}."),
    ("tax_form", "Declaración anual 2023\n"
                 "Nombre: {P:Jorge Alberto Cisneros Paredes}\n"
                 "RFC: {I:CIPJ720915QX1}  CURP: {I:CIPJ720915HDFSRR08}\n"
                 "Fecha de nacimiento: {B:15/09/1972}\n"
                 "Domicilio fiscal: {A:Av. Insurgentes Sur 1602}, {A:Int. 8}, Col. {C:Crédito Constructor}, "
                 "C.P. {A:03940}"),
    ("tax_form", "IRPF 2024 – Dados do titular\n"
                 "Nome: {P:Fernanda Cristina Ribeiro}\n"
                 "CPF: {I:561.716.587-90}  Data de nascimento: {B:28/02/1976}\n"
                 "Endereço: {A:Av. Sete de Setembro, 1450}, {A:ap. 901}, {C:Salvador}/BA, CEP {A:40080-001}\n"
                 "Dependente: {P:Pedro Ribeiro Alves} – nasc. {B:11/11/2010}"),
    ("tax_form", "Formulario 22 – Renta\n"
                 "RUT contribuyente: {I:17.920.743-5}\n"
                 "Nombre: {P:Matías Ignacio Vergara Soto}\n"
                 "Domicilio: {A:Calle Almirante Barroso 472}, {C:Santiago Centro}\n"
                 "Fecha nac.: {B:1989-10-30}\n"
                 "Teléfono: {T:+56 9 7342 0158}"),
    ("tax_form", "Monotributo – alta\n"
                 "CUIT: {I:20-46446021-8}\n"
                 "Apellido y nombre: {P:FERREYRA, Lautaro Gabriel}\n"
                 "Fecha de nacimiento: {B:06/11/2004}\n"
                 "Domicilio: {A:Calle 12 N° 1345}, {C:La Plata}, CP {A:B1900}"),
    ("tax_form", "SZJA bevallás – 23SZJA\n"
                 "Adózó neve: {P:Fekete Zoltán}\n"
                 "TAJ szám: {I:731581623}\n"
                 "Születési idő: {B:1984.12.04}\n"
                 "Lakcím: {A:1055} {C:Budapest}, {A:Alkotmány utca 21. III/5}"),
    ("tax_form", "Daňové přiznání k dani z příjmů fyzických osob – 2023\n"
                 "Jméno: {P:Eliška Marešová}\n"
                 "Rodné číslo: {I:905814/0872}, datum narození {B:14. srpna 1990}\n"
                 "Adresa: {A:Palackého 1128}, {A:530 02} {C:Pardubice}\n"
                 "Telefon: {T:+420 466 310 228}"),
    ("tax_form", "SA100 – Tax return 2023-24\n"
                 "Name: {P:Oyinkansola Bamidele}\n"
                 "UTR: {I:48201 93756}   NI number: {I:SK 71 38 49 D}\n"
                 "DOB: {B:14/01/1983}\n"
                 "Address: {A:8 Harrowgate Mews}, {C:Birmingham} {A:B15 3TG}\n"
                 "Phone: {T:0121 496 0358}"),
    ("tax_form", "Form 1040 – 2023\n"
                 "Your first name and middle initial: {P:Samira K.}   Last name: {P:Haddad}\n"
                 "Your social security number: {I:517-38-2946}\n"
                 "Spouse: {P:Tariq Haddad}, SSN {I:624-11-8093}\n"
                 "Home address: {A:4417 Maple Ridge Dr}, {C:Dearborn}, MI {A:48126}\n"
                 "Phone {T:(313) 582-0417}"),
    ("tax_form", "แบบ ภ.ง.ด.90\n"
                 "ชื่อผู้มีเงินได้: นางสาว {P:พิมพ์ชนก ศรีวงศ์}\n"
                 "เลขประจำตัวผู้เสียภาษี: {I:3-6188-47215-25-0}\n"
                 "วันเกิด: {B:12/05/2533}\n"
                 "ที่อยู่: {A:123/45 ถนนพหลโยธิน}, {C:จตุจักร}, กรุงเทพฯ {A:10900}"),
    ("tax_form", "BIR Form 1902\n"
                 "Taxpayer Name: {P:VILLAROMAN, ANGELICA MAE D.}\n"
                 "TIN: {I:318-774-102-000}\n"
                 "Date of Birth: {B:1997-08-21}\n"
                 "Registered Address: {A:Lot 4 Blk 9, Sampaguita St.}, Brgy. {C:Pinagbuhatan}, {C:Pasig "
                 "City} {A:1602}\n"
                 "Contact: {T:0927 718 4403}"),
    ("tax_form", "TIN registration (FIRS)\n"
                 "Name: {P:Ebuka Nnamdi Okafor}\n"
                 "TIN: {I:23814957-0001}   BVN: {I:22184930576}\n"
                 "Date of birth: {B:1990-07-19}\n"
                 "Address: {A:12B Ogui Road}, {C:Enugu}\n"
                 "Email: {E:ebuka.okafor@naijamail.com}"),
    ("tax_form", "Tax residency certificate request\n"
                 "Name: {P:Zahra Hosseini-Nejad}, national code {I:650-402590-8}, born {B:1984-05-04}\n"
                 "Address: {A:Vali Asr St, Golestan Alley, No. 12}, {C:Tehran}, postal code {A:1968713451}"),
    ("incident_report", "Incident IR-2024-0417 – lost laptop\n"
                        "Reported by: {P:Onyinye Uchenna}\n"
                        "Laptop left in a taxi on {A:Jalan Sudirman} after a client meeting; it holds a "
                        "customer export.\n"
                        "Witness: driver Pak {P:Darto}, {T:0813 9920 4471}.\n"
                        "Reported to {C:Jakarta} police, report no. LP/B/2231/V/2024."),
    ("incident_report", "Доклад за трудова злополука – склад Б, 03.04.2024 07:40\n"
                        "Пострадала: {P:Мариана Георгиева}, ЕГН {I:7101308458}, родена {B:30.01.1971}\n"
                        "Подхлъзване на мокър под. Първа помощ: {P:Светла}.\n"
                        "Докладва: {P:Иво Тодоров}, тел. {T:+359 89 330 7142}"),
    ("incident_report", "Informe – hurto de vehículo\n"
                        "Denunciante: {P:MORALES PINEDA, Luis Eduardo}, cédula {I:79.884.203}, fecha de "
                        "nacimiento {B:1968/03/22}\n"
                        "Vehículo placa {I:KLM482}, estacionado en la {A:Carrera 7} cerca de {C:Chapinero}.\n"
                        "Testigo: {P:Sandra Liliana Gómez} ({T:+57 315 770 2291})."),
    ("incident_report", "ASR 88/2024 – unruly passenger\n"
                        "Flight XY204 LOS-LHR, seat 32C: {P:ADEYEMI/OLUWATOSIN} MR, passport {I:B50382917}\n"
                        "Crew involved: SCCM {P:J. Holloway}, CC {P:Amara Diallo}.\n"
                        "Pax assaulted: {P:NWOSU/CHIDINMA} MRS, seat 32B. Police met the aircraft."),
    ("incident_report", "Lab incident – mislabelled sample\n"
                        "Sample labelled {P:Phạm Thị Mai} (MRN {I:VN-220194}) actually belonged to {P:Phạm "
                        "Thị Mại} (MRN {I:VN-220917}).\n"
                        "Detected by {P:Linh} at 14:10. Both patients recalled; Dr {P:Hồ} informed."),
    ("incident_report", "Phishing report: user {P:n.mohammadi} forwarded mail from \"Dr. {P:Reza Tavakoli}\" "
                        "<{E:r.tavakoli.secure@mail-verif.co}>\n"
                        "asking for card details. She had replied with {I:4756-1792-0743-2733} before "
                        "reporting; card cancelled.\n"
                        "Sender IP {N:91.92.109.44}. 4 other users got it, incl. {P:Golnaz Ebrahimi}."),
    ("incident_report", "Misdirected email: statement for {P:Adwoa Frimpong} sent to "
                        "{E:adwoa.frimpong1@gmail.com} instead of {E:adwoa.frimpong@gmail.com}.\n"
                        "Contained IBAN {I:GB49 NWBK 6555 7705 8877 09} and address {A:22 Portland Rise}, "
                        "{C:Sheffield} {A:S10 2HX}.\n"
                        "Recipient contacted, confirmed deletion."),
    ("incident_report", "Zapisnik o incidentu – požar u kuhinji\n"
                        "Lice: {P:Jelena Stanković}, JMBG {I:2105988815881}, rođena {B:21.05.1988}\n"
                        "Adresa: {A:Njegoševa 12}, {A:11000} {C:Beograd}\n"
                        "Svedok: {P:Stefan Nikolić}, JMBG {I:0309994500601}, datum rođenja {B:03.09.1994}, "
                        "tel. {T:063 442 119}"),
    ("incident_report", "Guest Mr {P:Liam O'Sullivan}, room 1207, slipped by the pool at 16:30. Passport "
                        "{I:PA4928173}.\n"
                        "Taken to hospital by staff member {P:Nok}. Wife {P:Siobhán} notified on {T:+353 87 "
                        "412 9930}."),
    ("incident_report", "Incident: verbal threat at reception, 11:20\n"
                        "Visitor gave his name as {P:Samer Abu-Hamad}, ID {I:992009373}, said he was looking "
                        "for {P:Dana}.\n"
                        "Security officer {P:Moti Elbaz} escorted him out."),
    ("incident_report", "Safeguarding concern raised by teacher {P:Selamawit Girma} about pupil {P:Kidus} "
                        "(DOB {B:2015-03-02}).\n"
                        "Parent: Mr {P:Tesfaye Kebede}, {T:+251 91 120 4478}, lives on {A:Bole Road}."),
    ("pii_free", "Menú del día: Milanesa a la Napolitana, Ensalada César, Pollo a la Brasa, Tacos al Pastor.\n"
                 "Postre: Tres Leches o Flan. Reservas para grupos de 8+ hasta el viernes."),
    ("pii_free", "Firmware 10.2.14.7 for router model TP-4820-3391 is out.\n"
                 "Changelog: Dijkstra routing fix, Bellman-Ford fallback, NTP sync against 0.3.12.240 mirror list."),
    ("pii_free", "Reading list: Don Quixote, Pedro Páramo, Things Fall Apart, The Master and Margarita, Hopscotch.\n"
                 "Book club meets at the Cervantes Institute on the second Tuesday."),
    ("pii_free", "Tropical Storm Florence and Typhoon Hagupit expected to weaken; signal no. 2 over Bicol. "
                 "Monsoon trough near Mindanao."),
    ("pii_free", "Parts: hinge kit 0800-224-1190 (rev. B), gasket 64-281-7930, bracket 0912-448-2031. Ship "
                 "to Warehouse 4."),
    ("pii_free", "Differential: Graves disease, Hashimoto thyroiditis, Addison disease, Cushing syndrome.\n"
                 "Check Chvostek sign; note Kussmaul breathing if acidotic. Apgar 9 at 5 min."),
    ("pii_free", "Festival programme: Día de los Muertos altar contest, Loy Krathong lanterns, Songkran "
                 "water fights, Timkat procession."),
    ("pii_free", "Plant Rose, Jasmine, Lily, Daisy, Iris and Violet in the south bed; Magnolia by the gate. "
                 "Prune the Camellia in March."),
    ("pii_free", "pip install django==4.2.11 celery==5.3.6; PostgreSQL 15.4; nginx 1.25.3\n"
                 "build id 4.12.200.17, docker tag 3.9.10.1-slim"),
    ("pii_free", "Boca Juniors 2–1 River Plate; Red Star Belgrade drew with Dinamo Zagreb; Kaizer Chiefs v "
                 "Orlando Pirates on Sunday."),
    ("pii_free", "Company timeline: founded 10 March 1979, IPO on 2004-06-15, rebrand 12.III.2015.\n"
                 "The brand was born in March 1979 in a garage in Monterrey."),
    ("pii_free", "Nasi Lemak, Pad Thai, Phở bò, Bánh mì, Adobo, Jollof rice, Injera with Doro Wat, "
                 "Shakshuka, Sarma, Ćevapi, Gulyás."),
    ("pii_free", "Hike log: Lake Titicaca loop, Kilimanjaro (Machame route), Mount Kinabalu, Ha Long Bay "
                 "kayak, Atacama salt flats."),
    ("pii_free", "Reference 20240315-7781-42, case 602-481-7339, batch 11.04.1979-B. Tracking +420-LOT-77."),
    ("pii_free", "Kepler 452b, Halley comet, Fibonacci heap, Bayesian prior, Markov chain, Euler angle, "
                 "Gaussian blur, Turing test."),
    ("pii_free", "Hotfix 2.0.0.1 rolled back; see KB 4820-9931. Doppler radar, Geiger counter and Bunsen "
                 "burner moved to Lab 3."),
]


def dev11_records() -> list[Labelled]:
    """The eleventh development set, parsed (gold spans on field `text`)."""
    return [parse_marked(kind, marked) for kind, marked in RECORDS]
