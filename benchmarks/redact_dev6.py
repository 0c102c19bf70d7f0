"""A sixth hand-written gold set for `redact_quality`: realistic multi-line records, written to measure and tune the
redaction detector. This is a DEVELOPMENT set: rules may be tuned on its misses (the blind set is redact_blind5.py).

Records come in 16 styles, in roughly equal numbers: customer-support e-mails with quoted replies
(`support_email`), nursing handover notes (`nursing_handover`), GP and referral letters (`gp_letter`), HR case
files (`hr_case`), SMS, WhatsApp, Telegram and iMessage exports (`chat_export`), Jira and GitHub comments
(`issue_comment`), server and application logs (JSON arrays, logfmt, syslog, sshd, sudo, postfix, access and
error logs with user fields, Windows audit events, SIP and DHCP lines; `server_log`), spreadsheets pasted as CSV
or TSV with and without a header (`spreadsheet`), shipping labels and address blocks (`shipping_label`), KYC and
AML bank notes (`kyc_note`), insurance claim notes (`insurance_claim`), school and university records
(`school_record`), property and tenancy notes (`tenancy_note`), call transcripts (`call_transcript`), survey
free-text answers (`survey_answer`) and online marketplace messages (`marketplace_message`); plus PII-free
look-alikes (`pii_free`: brand names that look like people, eponyms, Title Case headings, place names and famous
streets in prose, product and plant names, months and weekdays, named storms, legal case names without parties,
version and ticket numbers shaped like IP addresses and phone numbers).

People come from many cultures, mostly less common ones: Sámi, Faroese, Icelandic, Frisian, Basque, Catalan,
Galician, Sardinian, Corsican, Luxembourgish, Estonian, Slovene, Serbian, Macedonian, Bulgarian, Romanian,
Belarusian, Ukrainian, Chechen, Circassian, Kazakh, Kyrgyz, Tajik, Azerbaijani, Baloch, Sindhi, Marathi, Konkani,
Tulu, Newar, Tibetan, Karen, Shan, Lao, Vietnamese (Tày), Balinese, Sundanese, Bugis, Ilocano, Chamorro, Palauan,
Fijian, Samoan, Hawaiian, Maori, Aboriginal Australian, Inuit (Canadian and Greenlandic), Cree, Ojibwe, Lakota,
Navajo, Amis and Atayal (Taiwan), Cantonese, Haitian, Garifuna, Afro-Colombian, Quechua, Aymara, Guarani,
Mapuche, Afro-Brazilian, Amazigh, Nubian, Beja, Afar, Sukuma, Chaga, Luganda, Kikuyu, Luo, Ewe, Akan, Sotho,
Venda, Tsonga, Malagasy and Comorian. Names appear in the forms real data has: `SURNAME, Given`,
`SURNAME/GIVEN MR` airline order, `SURNAME Given`, family name first, all capitals, initials, particles (á, í, i,
da, dos, bin, binte), Balinese and Shan name prefixes (I Wayan, Ni Made, Sai, Nang), diacritics, hyphenated and
double surnames, lone given names in greetings, sign-offs and mid-sentence, lower-case names in chat and in log
fields, names repeated later in another form or case (and inflected: Ukrainian vocative, Tajik suffix), possessives,
names inside e-mail addresses, user names, chat handles and host names, and given names that are also English words
(Summer, Autumn, Storm, River, Sky, Bliss, Honor, Chance, Lucky, Major, Royal, Hunter, Mason, Taylor, Cooper).
Addresses follow the real formats of Iceland, the Faroe Islands, Luxembourg, Slovenia, Serbia, Ukraine, Kazakhstan,
Kyrgyzstan, Tajikistan, Belarus, Israel, the UAE, Saudi Arabia, Egypt, Ethiopia, Ghana, Kenya, South Africa,
Madagascar, Argentina, Chile, Colombia, Peru, Bolivia, Paraguay, Haiti, the Philippines, Indonesia, Vietnam,
Thailand, Taiwan, Hong Kong, Singapore, Pakistan, India, Canada (Quebec), the US (incl. Hawaii and Guam), the UK,
Ireland, Spain, Italy, France, the Netherlands, Estonia, Romania, Bulgaria, Fiji and New Zealand. A few Unicode
oddities of real exports occur: no-break spaces inside a card number, a thin space inside a phone number, a
zero-width space inside an e-mail address, a full-width ＠, curly and low-high quotes, and mojibake names
("NÃºria", "GuÃ°rÃºn").

Every value (names, streets, postcodes, phones, e-mails, identifiers, IP addresses) was invented for this file;
none comes from the other gold sets, Faker, presidio-evaluator or configs/, and pipeline/ never reads it.
Identifiers whose scheme publishes a check digit carry a valid one, computed for this file (Luhn: payment cards,
Canadian SIN, South African ID, Israeli ID, Emirates ID, Saudi iqama; IBAN mod 97 with the length of its country;
Spanish DNI and NIE, Italian codice fiscale, French NIR (Corsica), Irish PPSN, Icelandic kennitala, Estonian
isikukood, Romanian CNP, Bulgarian EGN, Chilean RUT, Argentine CUIT, Colombian NIT, Singapore NRIC/FIN, Taiwan ID,
PRC resident ID, Aadhaar (Verhoeff), Luxembourg matricule, Ukrainian RNOKPP and UNZR, Kazakh IIN, JMBG/EMŠO/EMBG,
NHS number, NZ NHI, Brazilian CPF, Hong Kong ID, English UPN, VIN); tests/test_redact_dev6.py checks each of them.
The others (US SSN, passports, licences, MRNs, member numbers, account numbers, plates, Ghana Card, CNIC, Egyptian
national ID) only have the shape of real ones.

Markup as in redact_dev.py: `{P:...}` PERSON (handles built from a name included; titles such as "Mr", "Dr",
"Frau", "Mme", "Pak", "Bli", "Mzee", "Ratu", "Adi", "д-р" stand outside), `{A:...}` ADDRESS (street line, flat,
unit, floor or building line, P.O. box, digital address, postcode; each part marked separately), `{E:...}`
EMAIL_ADDRESS (role addresses too), `{T:...}` PHONE_NUMBER, `{I:...}` ID (national and tax IDs, cards, IBANs,
bank accounts, passports, medical record numbers, health plan and member numbers, driving licences, vehicle
plates and VINs), `{B:...}` DATE_OF_BIRTH (only the date next to a birth cue; the cue stays outside), `{N:...}`
IP_ADDRESS and `{C:...}` a town, city or district (neutral). Countries, regions, islands, organisations, products,
order/ticket/case numbers and other dates are not marked; spelled-out numbers do not occur. PII-free records carry
no marks at all.
"""

from __future__ import annotations

from benchmarks.redact_data import Labelled
from benchmarks.redact_dev import parse_marked

RECORDS: list[tuple[str, str]] = [
    # --- customer-support e-mails with quoted replies ---------------------------------------------------------
    ("support_email",
     "From: {P:Sólja Poulsen} <{E:soljap@olivant.fo}>\n"
     "To: {E:help@northwindgear.example}\n"
     "Subject: Re: Refund for order 58213-KX\n"
     "\n"
     "Hi again, still nothing back on my card {I:4716 2093 8841 0767}. You said 5 working days on the 3rd.\n"
     "Address unchanged: {A:Undir Heygum 7}, {A:FO-100} {C:Tórshavn}, Faroe Islands.\n"
     "\n"
     "> On 3 Mar 2024, at 14:12, {P:Hunter} (Northwind Support) wrote:\n"
     "> Hi {P:Sólja}, the refund was issued today and should reach you within 5 working days.\n"
     "> Kind regards,\n"
     "> {P:Hunter Baines}"),
    ("support_email",
     "Asunto: Cambio de titular del contrato 4471920\n"
     "Buenos días:\n"
     "Soy {P:Aitziber Etxeberria Goikoetxea}, DNI {I:72483915J}. Quiero pasar la fibra a nombre de mi pareja,\n"
     "{P:Unai Zubizarreta Agirre}. Dirección de instalación: {A:Kale Nagusia 14}, {A:3º izda.}, {A:20120} "
     "{C:Hernani}.\n"
     "Teléfono de contacto: {T:+34 943 58 21 07}\n"
     "Eskerrik asko,\n"
     "{P:Aitziber}\n"
     "\n"
     "-----Mensaje original-----\n"
     "De: Atención al cliente <{E:clientes@fibranorte.example}>\n"
     "Para el cambio a nombre de {P:Unai} necesitamos también copia de su DNI y una factura reciente."),
    ("support_email",
     "Objet : TR: Facture en double – compte 7741-203\n"
     "Bonjour,\n"
     "Je reçois deux factures depuis janvier. Mon nom : {P:Tanis Okemaw}, {A:2145, rue Beaubien Est}, {A:app. 3},\n"
     "{C:Montréal} (Québec) {A:H2G 1M3}. On peut me joindre au {T:514 482-7719} après 17 h.\n"
     "Merci,\n"
     "{P:T. Okemaw}\n"
     "\n"
     "> Le 12 févr. 2024, Service à la clientèle <{E:soutien@hydrovolt.example}> a écrit :\n"
     "> Madame {P:Okemaw}, pourriez-vous nous confirmer votre NAS pour retrouver le dossier?\n"
     "\n"
     "NAS : {I:274 819 309}"),
    ("support_email",
     "Subject: can't log in after password reset\n"
     "Hey, the reset link keeps going to my old email {E:cironcloud77@yahoo.com} instead of\n"
     "{E:chance.ironcloud@gmail.com}. Account name is {P:Chance Iron Cloud}, billing address\n"
     "{A:1207 Slim Buttes Rd}, {C:Pine Ridge}, SD {A:57770}. Cell {T:(605) 867-2294}. Thanks\n"
     "\n"
     "> Hi {P:Chance}, for your security please reply from the address on file and we'll update it.\n"
     "> — {P:Mason}, Tier 1 Support"),
    ("support_email",
     "Van: {P:W. Bosma} <{E:wytske.bosma@ziggo.nl}>\n"
     "Onderwerp: Re: Re: Bezorging mislukt\n"
     "\n"
     "Het pakket stond op jullie site als 'niemand thuis', maar ik was de hele dag thuis. Adres is nog steeds\n"
     "{A:Wâldwei 41}, {A:9104 BK} {C:Damwâld}. Bel gerust: {T:06 41 82 93 57}.\n"
     "Groetnis, {P:Wytske}\n"
     "\n"
     "Op di 9 apr. schreef Klantenservice:\n"
     "> Beste mevrouw {P:Bosma},\n"
     "> de bezorger heeft om 11:42 aangebeld. We plannen een nieuwe poging in.\n"
     "> Met vriendelijke groet,\n"
     "> {P:Sjoerd Hylkema}"),
    ("support_email",
     "Subject: Return request TW-88213 (rice cooker)\n"
     "Hello, the inner pot is cracked. Please arrange pickup at {A:No. 218, Sec. 3, Zhongshan Rd.},\n"
     "{C:Ji'an Township}, Hualien County {A:973}. Phone {T:0912 604 385}.\n"
     "Your form rejects my email so writing it here: {E:panay.kumod＠gmail.com}\n"
     "{P:Panay Kumod}\n"
     "\n"
     "> Dear Ms {P:Kumod}, thank you. A courier will contact you within 2 working days.\n"
     "> {P:Cooper} | After-sales"),
    ("support_email",
     "From: {P:NÃºria VilarÃ³} <{E:nuria.vilaro@telefonica.net}>\n"
     "Subject: =?UTF-8?Q?Baixa_subscripci=C3=B3?=\n"
     "\n"
     "Bon dia, vull donar de baixa la subscripció. Sóc {P:Núria Vilaró i Rovira}, {A:Carrer de la Riera 52},\n"
     "{A:2n 1a}, {A:08301} {C:Mataró}.\n"
     "Gràcies, {P:Núria}\n"
     "\n"
     "> El dl., 4 de març, {P:Oriol Bosch} (Facturació) va escriure:\n"
     "> Hola {P:Núria}, per seguretat confirma'ns el correu i el codi postal del compte."),
    ("support_email",
     "Objet : Remboursement par virement\n"
     "Bonjour,\n"
     "Merci de rembourser la commande 7730-MG sur mon compte : {I:MG46 0000 5000 1204 8291 7301 511},\n"
     "titulaire {P:RAKOTOMALALA Haingo}.\n"
     "Adresse : {A:Lot IVG 125 Bis}, {C:Antsahavola}, {A:101} {C:Antananarivo}\n"
     "Tél. {T:+261 34 07 482 19}\n"
     "Misaotra,\n"
     "{P:Haingo}\n"
     "\n"
     "> Madame {P:Rakotomalala}, le remboursement a été validé par {P:Fanja} au service comptable."),
    ("support_email",
     "Subject: Name correction – booking Q7XK2M\n"
     "Talofa, the booking shows {P:FALEOLO/TAVITA MR} but my passport reads {P:FA'ALOGO/TAVITA MR},\n"
     "passport {I:LK093518}. Flight to {C:Apia} on 14 June. Mobile {T:021 048 3317}.\n"
     "Fa'afetai,\n"
     "{P:Tavita}\n"
     "\n"
     "> Hi {P:Tavita}, a 1-letter fix is free; a surname change needs a copy of the passport.\n"
     "> {P:Royal Tuimavave}, Reservations"),
    ("support_email",
     "Subject: Fwd: invoice copy INV-2024-1183\n"
     "Please resend the invoice to {E:accounts.kahananui\u200b@hawaiiantel.net}, the other one bounced.\n"
     "It was paid with {I:4485\u00a07730\u00a01296\u00a05834}. Ship-to stays {A:94-1032 Kaiahi St}, {C:Waipahu}, "
     "HI {A:96797}.\n"
     "Mahalo, {P:Keoni}\n"
     "\n"
     "---------- Forwarded message ---------\n"
     "From: {P:Leilani Kealoha} <{E:lkealoha@pualanitours.example}>\n"
     "{P:Keoni} – the vendor needs the billing email updated before they reissue."),

    # --- nursing handover notes -------------------------------------------------------------------------------
    ("nursing_handover",
     "Ward 7 handover 19:00\n"
     "Bed 4 – {P:Mereana TIPENE}, NHI {I:ZKM4829}, DOB {B:03/11/1958}. Day 2 post lap chole, obs stable.\n"
     "Whānau: son {P:Rāwiri} on {T:027 481 0936}, wants a call before discharge.\n"
     "Bed 6 – {P:Hēmi Pōtae}, NHI {I:TRH3702}. Fasting from midnight for scope. Hearing aid in top drawer.\n"
     "{P:Mereana} asked again about her glasses – in the bag under bed 4.\n"
     "Night RN: {P:Storm Whitaker}"),
    ("nursing_handover",
     "MEDICAL WARD B – AM handover\n"
     "Rm 3: {P:Lowanna Garrawurra} 46F, DOB {B:17.08.1978}, MRN {I:RDH0048213}. IV abx day 3, afebrile.\n"
     "Yolŋu Matha interpreter {P:Kirra Wanambi} booked 1000 for family meeting.\n"
     "Sister {P:Tanya} staying at the hostel, contact {T:0438 915 207}.\n"
     "Plan: renal review, ?home to {C:Galiwin'ku} Friday on the mail plane."),
    ("nursing_handover",
     "Bay 2 handover (nights -> days)\n"
     "B2-4 {P:SHETTY, Sudhakar} 71M NHS {I:617 304 8299}\n"
     "  - NSTEMI, on heparin infusion, next APTT 08:00\n"
     "  - wife {P:Rashmi} visiting 2pm; updates via daughter {P:Kavya Bangera} {T:07700 914 362}\n"
     "B2-5 {P:River Ashdown} 34F, self-discharged 03:10, Datix done\n"
     "Handover given by {P:A. Reyes} RN"),
    ("nursing_handover",
     "HANDOFF 0700 – 4 West\n"
     "Rm 412 {P:Kaimana Nāone} 82M DOB {B:1942-05-09} MRN {I:00731846}\n"
     "S: c/o SOB overnight, 2L NC\n"
     "B: CHF, T2DM\n"
     "A: crackles bilat bases, +2 edema\n"
     "R: daughter {P:Pualani} ({T:808-295-3418}) asks for MD call re goals of care\n"
     "Off-going: {P:Makana Akana} RN"),
    ("nursing_handover",
     "Übergabe Station 3B – Frühdienst\n"
     "Zi. 12/1: Fr. {P:Umarova, Malika}, geb. {B:14.02.1991}, 2. postop. Tag nach Sectio, mobil, stillt.\n"
     "Dolmetscherin (Tschetschenisch) Fr. {P:Dzhabrailova}, Tel. {T:0176 4829 1173}, kommt um 11 Uhr.\n"
     "Ehemann {P:Zelimkhan} bringt den Mutterpass mit.\n"
     "Zi. 14/2: Hr. {P:Eldarkhanov}, nüchtern ab 6 Uhr für Gastro."),
    ("nursing_handover",
     "Relevo turno noche – Planta 4ª\n"
     "Hab. 412-A: {P:Uxía Vilariño Seoane}, 84 a., DNI {I:35920478K}, NHC {I:0418275}. Desorientada a ratos.\n"
     "Su hija {P:Antía} pide que la llamen al {T:650 21 84 93} si hay cambios.\n"
     "Hab. 415: {P:Breixo Castro Lema}, sonda vesical, diuresis 1.200 ml.\n"
     "Enfermera saliente: {P:X. Carballo}"),
    ("nursing_handover",
     "ENDORSEMENT 11-7 SHIFT – Ward 3\n"
     "Bed 8: {P:BUMANGLAG, Rodelio A.}, 67/M, Hosp. No. {I:2024-018372}, PhilHealth {I:01-050482917-3}\n"
     "Dx: CAP; O2 @ 2 lpm, for CXR in AM\n"
     "Wife {P:Marivic} at bedside, contact {T:0917 805 2264}\n"
     "Endorsed by: {P:J. Dumlao}, RN   Received by: {P:A. Agustin}, RN"),
    ("nursing_handover",
     "ENTREGA DE TURNO – MEDICINA B\n"
     "Cama 15: {P:QUISPE CONDORI, Killa}, 29 a., DNI {I:45817263}, HC {I:338172}. Fiebre 38,4 a las 02 h.\n"
     "Habla quechua; el sobrino {P:Wayra Ccahuana} traduce ({T:984 216 570}).\n"
     "Procede de {C:Ocongate} (prov. Quispicanchi).\n"
     "Cama 16: {P:Inti Huamán}, alta mañana, falta receta."),
    ("nursing_handover",
     "Ward 5 female medical – night report\n"
     "1. {P:Akinyi Onyango} 34yrs, IP No. {I:IP/24/08173}, DKA resolving, insulin sliding scale.\n"
     "   Husband {P:Ochieng Owino} called twice ({T:0722 604 118}).\n"
     "2. {P:Wambui Gathoni} 61yrs, stable. SHA member no. {I:SHA-2718-4409-31} verified.\n"
     "Reported by Sr. {P:Odhiambo}"),
    ("nursing_handover",
     "Boarding home / ward liaison note\n"
     "Pt {P:Ningiuk Ishulutak}, DOB {B:1961-12-02}, NU health card {I:100482917}, escort {P:Pitseolak Qaunaq}.\n"
     "Return flight to {C:Pangnirtung} via {C:Iqaluit} booked Thu.\n"
     "Inuktitut interpreter needed for discharge teaching – call {T:(867) 979-4826}.\n"
     "Handover to {P:Siqiniq}"),

    # --- GP and referral letters ------------------------------------------------------------------------------
    ("gp_letter",
     "Dear Dr {P:Pemberton},\n"
     "Re: Mrs {P:Sonam Wangmo}, DOB {B:22/06/1964}, NHS No. {I:392 018 4750}\n"
     "{A:14 Alder Grove}, {C:Keswick}, {A:CA12 4QT}\n"
     "Thank you for seeing this 60-year-old lady with a 3-month history of dyspepsia and 4 kg weight loss.\n"
     "Her son {P:Tenzin} usually interprets ({T:07700 918 264}).\n"
     "Yours sincerely,\n"
     "Dr {P:Honor Whitfield}, GP"),
    ("gp_letter",
     "Re: Mr {P:Ayaz Shar}, DOB {B:01/09/1979}, PPSN {I:3391826P}\n"
     "Address: {A:Apt 22}, {A:Block C}, {A:Hansfield Wood}, {C:Ongar}, {C:Dublin 15}, {A:D15 K2X8}\n"
     "Dear Colleague,\n"
     "I would be grateful if you could review Mr {P:Shar} in clinic. Morning stiffness > 1 h, raised CRP.\n"
     "He works nights and asks to be contacted on {T:087 264 1189}.\n"
     "Kind regards,\n"
     "Dr {P:Sorath Jatoi}"),
    ("gp_letter",
     "Cher confrère,\n"
     "Je vous adresse Mme {P:Ghjulia Peretti}, née le {B:17/04/1991}, n° SS {I:2 91 04 2A 004 187 20},\n"
     "demeurant {A:Résidence Les Salines}, {A:bât. B}, {A:20090} {C:Ajaccio}, pour avis sur des palpitations.\n"
     "ECG joint. Pas d'antécédent familial connu. Elle est joignable au {T:06 12 48 71 03}.\n"
     "Confraternellement,\n"
     "Dr {P:Orsu Santucci}"),
    ("gp_letter",
     "Gentile collega,\n"
     "invio la sig.ra {P:Tonina Pirastru}, nata a {C:Nuoro} il {B:21/07/1983}, C.F. {I:PRSTNN83L61F979O},\n"
     "residente in {A:Via Lamarmora 118}, {A:08100} {C:Nuoro}, per ecografia tiroidea.\n"
     "Recapito: {T:347 482 1930}.\n"
     "Cordiali saluti,\n"
     "dott. {P:Efisio Melis}"),
    ("gp_letter",
     "HENVISNING – poliklinikk\n"
     "Pasient: {P:Ánde Somby}, f. {B:04.10.1957}\n"
     "Adresse: {A:Bajásgeaidnu 14}, {A:9520} {C:Guovdageaidnu}\n"
     "Tlf.: {T:+47 917 48 263}\n"
     "Problemstilling: økende dyspné, ønsker vurdering hos lungelege. {P:Ánde} foretrekker samisk tolk.\n"
     "Med vennlig hilsen\n"
     "{P:Elle-Márjá Guttorm}, fastlege"),
    ("gp_letter",
     "REFERRAL LETTER\n"
     "To: Medical Outpatients\n"
     "Re: Ms {P:Rudzani Netshiavha}, ID {I:9009230381081}, DOB {B:23/09/1990}\n"
     "{A:Stand 1142}, {C:Thohoyandou Block F}, {A:0950}\n"
     "Cell {T:072 614 3908}\n"
     "Known hypertensive, BP 172/104 despite amlodipine and HCTZ. Please assess for secondary causes.\n"
     "Dr {P:N. Mudau}"),
    ("gp_letter",
     "To,\n"
     "Dr. {P:Omkar Kulkarni}, Consultant Endocrinologist\n"
     "Re: Smt. {P:Mrunal Patwardhan}, 58 F, Aadhaar {I:5739 2014 8263}\n"
     "{A:Flat 7}, {A:Shantikunj Society}, {A:Karve Road}, {C:Kothrud}, {C:Pune} {A:411038}\n"
     "Mob. {T:+91 98220 46137}\n"
     "Kindly see this patient with uncontrolled T2DM (HbA1c 9.8%). Her husband Shri {P:Tejas} will come too.\n"
     "Dr {P:A. Gokhale}"),
    ("gp_letter",
     "НАПРАВЛЕНИЕ на консультацию кардиолога\n"
     "Пациентка: {P:Абенова Жанар Ермековна}, дата рождения {B:30.10.1987}, ИИН {I:871030401833}\n"
     "Адрес: г. {C:Алматы}, мкр. {C:Самал-2}, {A:д. 58}, {A:кв. 17}\n"
     "Тел.: {T:+7 701 482 05 39}\n"
     "Жалобы на перебои в работе сердца. ЭКГ прилагается.\n"
     "Врач ВОП: {P:Тохтаров А. С.}"),
    ("gp_letter",
     "Dear Dr. {P:Camacho}:\n"
     "I am referring Mr. {P:Jesus Taitano Cruz} (DOB {B:04/18/1949}, MRN {I:GMH-0072813}) for evaluation of\n"
     "progressive CKD. He lives at {A:172 Chalan Kanton Tasi}, {C:Yigo}, GU {A:96929}. His niece,\n"
     "{P:Tina Quitugua}, manages his appointments ({T:671-687-4413}).\n"
     "Sincerely,\n"
     "{P:Francisco San Nicolas}, MD"),
    ("gp_letter",
     "МЕДИЦИНСКО НАПРАВЛЕНИЕ\n"
     "Пациент: {P:Цветелина Димитрова Петкова}, ЕГН {I:8802194737}\n"
     "Адрес: {A:ул. „Шипка“ 34}, {A:ет. 3}, {A:ап. 9}, {C:София} {A:1504}\n"
     "Тел.: {T:+359 88 614 2037}\n"
     "Насочва се към ендокринолог по повод нодозна струма.\n"
     "Общопрактикуващ лекар: д-р {P:Радослав Христов}"),

    # --- HR case files ----------------------------------------------------------------------------------------
    ("hr_case",
     "HR case HR-2291 – grievance (confidential)\n"
     "Employee: {P:MAMMADOVA, Aytan} (emp. 40417), Finance\n"
     "Line manager: {P:Rashad Babayev}\n"
     "Summary: {P:Aytan} reports that in the 12 Feb team meeting {P:Elvin Huseynov} mocked her accent.\n"
     "Witness named: {P:Gunel Rzayeva}.\n"
     "Contact preference: personal mobile {T:+994 50 318 27 46}, personal e-mail {E:aytan.m@mail.az}.\n"
     "Next step: investigation meeting, chaired by {P:Nigar Abbasova}."),
    ("hr_case",
     "New starter – {P:Aizhan Toktogulova}\n"
     "Start date: 01.07.2024   Position: QA analyst\n"
     "Date of birth: {B:08.03.1996}\n"
     "Passport: {I:AC4829173}\n"
     "Home address: {A:ul. Toktogula 125}, {A:kv. 14}, {C:Bishkek} {A:720001}\n"
     "Emergency contact: {P:Bakyt Asanbekov} (brother) {T:+996 555 918 402}\n"
     "Laptop to be sent by courier; IT contact {P:nurbek.s}"),
    ("hr_case",
     "Dossier RH – mise à jour des données\n"
     "Salariée : {P:HOFFMANN-SCHMIT Mireille}\n"
     "Matricule national : {I:1983 0722 123 69}\n"
     "Nouvelle adresse : {A:27, rue de la Gare}, {A:L-3236} {C:Bettembourg}\n"
     "IBAN salaire : {I:LU51 0194 6000 7318 2003}\n"
     "Tél. privé : {T:+352 691 482 173}\n"
     "Validé par {P:Jos Kremer}, RH"),
    ("hr_case",
     "Case note – residence visa renewal\n"
     "Employee: {P:Hammal Bizenjo}, warehouse supervisor\n"
     "Emirates ID {I:784-1988-4729163-4}, passport {I:BX4829173}\n"
     "Residence: {A:Villa 14}, {A:Street 23B}, {C:Al Barsha 2}, {C:Dubai}\n"
     "Mobile {T:+971 55 204 8317}\n"
     "WPS salary account {I:AE54 0331 0482 7391 6500 201}\n"
     "Medical test booked 3 June; {P:Hammal} asked whether his wife {P:Banuk} can be added as a dependant."),
    ("hr_case",
     "Investigation notes – stock variance (confidential)\n"
     "Present: {P:Souksavanh Phommachanh} (employee), {P:Vilayvanh K.} (HR), {P:Taylor Brooks} (union rep)\n"
     "{P:Souksavanh} said the shortage at the {C:Vientiane} warehouse was noticed before his shift:\n"
     "\u201cask {P:Bounmy}, he did the count on Friday\u201d.\n"
     "{P:Taylor} asked for the CCTV log to be preserved.\n"
     "Outcome: no case to answer, pending {P:Bounmy Sisouphanthong}'s statement."),
    ("hr_case",
     "Offer – personal details form\n"
     "Full name: {P:Elikem Agbenyega}\n"
     "Residential address: {A:Hse No. 14}, {A:Nii Amugi St}, {C:Dzorwulu}, {C:Accra}\n"
     "GhanaPost GPS: {A:GA-183-8164}\n"
     "Ghana Card: {I:GHA-718204936-2}   SSNIT: {I:C018304820173}\n"
     "Phone: {T:024 418 3927}\n"
     "Next of kin: {P:Sena Agbenyega} (mother)"),
    ("hr_case",
     "LEAVE REQUEST – FMLA (intermittent)\n"
     "Employee: {P:Jean-Baptiste, Wisly}   SSN: {I:512-38-7406}   FL DL: {I:J512-481-79-306-0}\n"
     "Home: {A:1187 NW 119th St}, {C:North Miami}, FL {A:33168}\n"
     "Reason: care of spouse ({P:Mirlande Dorvil}) after surgery.\n"
     "Certification received from Dr. {P:Exantus} 04/22. Approved by {P:Hunter Greaves} (HRBP).\n"
     "Note: {P:Wisly} prefers calls in Haitian Creole; interpreter line ext. 4410."),
    ("hr_case",
     "Exit interview – {P:Bárður Joensen}, Operations, last day 31 May\n"
     "Reason for leaving: moving back to {C:Klaksvík} to work on the family boat.\n"
     "Feedback: well supported by {P:Turið á Lakjuni}; rota changes by {P:Rannvá} were often last-minute.\n"
     "Forwarding address: {A:Biskupsstøðgøta 6}, {A:FO-700} {C:Klaksvík}. Mobile {T:+298 21 84 37}.\n"
     "Final pay to {I:FO35 6460 0001 6318 29}.\n"
     "Interviewer: {P:Eyðun í Skála}"),
    ("hr_case",
     "Töölepingu andmed / employment data check\n"
     "Name: {P:Kaja Õunapuu}\n"
     "Isikukood: {I:48903142743}\n"
     "Address: {A:Vanemuise 14-6}, {A:51004} {C:Tartu}\n"
     "Bank: {I:EE57 2200 2210 4829 1736}\n"
     "E-mail: {E:kaja.ounapuu@mail.ee}\n"
     "Checked by {P:Sky Raudsepp} – isikukood matches the ID card, DOB {B:14.03.1989}."),
    ("hr_case",
     "Premestitev / relocation – {P:Urška Kovačič}\n"
     "From the {C:Maribor} office to {C:Ljubljana} from 1 September.\n"
     "New address: {A:Tržaška cesta 88}, {A:1000} {C:Ljubljana}\n"
     "EMŠO: {I:1206985505714}\n"
     "Salary account: {I:SI56 0510 0801 2473 998}\n"
     "Allowance approved by {P:Rok Potočnik}; {P:Urška}'s partner {P:Nejc Horvat} joins later."),

    # --- SMS / WhatsApp / Telegram exports --------------------------------------------------------------------
    ("chat_export",
     "[14/03/2024, 21:07:13] {P:Tiziri Aït Ouali}: azul ! tu passes demain ?\n"
     "[14/03/2024, 21:08:40] {P:Massinissa}: oui vers 10h, c'est toujours {A:Cité 500 Logements}, {A:bt 12} à "
     "{C:Tizi Ouzou} ?\n"
     "[14/03/2024, 21:09:02] {P:Tiziri Aït Ouali}: oui, 3e étage, sonne chez {P:Ouhadj}\n"
     "[14/03/2024, 21:09:30] {P:Massinissa}: ok. au fait mon nouveau num c'est le {T:0550 48 21 93}\n"
     "[14/03/2024, 21:10:11] {P:Tiziri Aït Ouali}: \u2764\ufe0f"),
    ("chat_export",
     "{P:Taras Melnychuk}, [02.05.24 09:14]\n"
     "{P:соломіє}, скинь реквізити для оплати за квартиру\n"
     "\n"
     "{P:Solomiia Kovalchuk}, [02.05.24 09:16]\n"
     "{I:UA08 3052 9900 0002 6204 8739 1520 6}\n"
     "отримувач {P:Ковальчук Соломія Андріївна}, РНОКПП {I:3447003825}\n"
     "\n"
     "{P:Taras Melnychuk}, [02.05.24 09:17]\n"
     "дякую, скину до вечора 👍"),
    ("chat_export",
     "SMS backup – thread with {T:+254 722 481 937} ({P:Wanjiru Kamau})\n"
     "2024-06-02 07:58  IN   Niko stage ya {C:Kiambu}, utanichukua?\n"
     "2024-06-02 08:01  OUT  Ndio, nakuja. Mwambie {P:Njoroge} akuletee ile box\n"
     "2024-06-02 08:03  IN   Sawa. Pia tuma pesa kwa {T:0711 309 664} ni ya {P:Kariuki}\n"
     "2024-06-02 08:04  OUT  Poa"),
    ("chat_export",
     "[09:12, 5/6/2024] {P:sky tuimavave}: who's picking up {P:lagi} from touch tonight\n"
     "[09:13, 5/6/2024] {P:Malia Leota}: me. {P:sky} can u do thursday\n"
     "[09:13, 5/6/2024] {P:sky tuimavave}: yep. coach {P:sione} moved training to {A:14 Fitzherbert Ave}\n"
     "[09:15, 5/6/2024] {P:Malia Leota}: in {C:Ōtāhuhu}? ok\n"
     "[09:20, 5/6/2024] {P:Lagi}: i'm literally in this chat 🙄"),
    ("chat_export",
     "Chat: соседи 🏠\n"
     "[18:02] {P:Yerlan B.}: Ребят, кто-нибудь знает {P:Динару} из 47-й? У неё вода течёт к нам\n"
     "[18:05] {P:Askar Tokhtarov}: Это {P:Динара Сарсенбаева}, вот её номер {T:+7 747 315 82 09}\n"
     "[18:06] {P:Yerlan B.}: спасибо, {P:Аскар}\n"
     "[18:11] {P:Zhanar}: я ей уже написала в whatsapp"),
    ("chat_export",
     "Messages – {P:Shandiin Begay} ↔ {P:Darrell}\n"
     "{P:Shandiin}: grandma's mail goes to {A:PO Box 2217}, {C:Chinle}, AZ {A:86503} now, not the {C:Many Farms} "
     "one\n"
     "{P:Darrell}: ok i'll send the chapter forms there. her census # is still {I:245781}?\n"
     "{P:Shandiin}: yes. and call {P:nizhoni} at {T:(928) 674-2018} if the clinic asks\n"
     "{P:Darrell}: 👍"),
    ("chat_export",
     "[20/01/24 19.02] {P:Ni Made Ayu Suwitri}: Bli {P:Wayan}, besok jadi ke {C:Gianyar}?\n"
     "[20/01/24 19.05] {P:I Wayan Sudarsana}: jadi. alamat upacaranya di mana?\n"
     "[20/01/24 19.06] {P:Ni Made Ayu Suwitri}: {A:Jl. Raya Goa Gajah No. 18}, {C:Bedulu}. telp {P:Ketut} aja\n"
     "[20/01/24 19.06] {P:Ni Made Ayu Suwitri}: {T:0813-3748-2196}\n"
     "[20/01/24 19.07] {P:I Wayan Sudarsana}: siap 🙏"),
    ("chat_export",
     "WhatsApp Chat with {P:Guerda Saint-Fleur}\n"
     "03/02/24, 10:41 - {P:Guerda Saint-Fleur}: Bonjou {P:Wilner}, mwen voye lajan an sou MonCash "
     "{T:+509 3748 2193}\n"
     "03/02/24, 10:44 - {P:Wilner Exantus}: Mèsi anpil! Map pase lakay {P:Ti Gé} nan {C:Pétion-Ville} demen\n"
     "03/02/24, 10:45 - {P:Guerda Saint-Fleur}: Adrès la se {A:Rue Lamarre #23}\n"
     "03/02/24, 10:46 - {P:Wilner Exantus}: <Media omitted>"),
    ("chat_export",
     "[7/4/24 22:15:09] {P:Nayra Ticona}: hermanito ya te mandé la dirección del tío {P:Willka}\n"
     "[7/4/24 22:15:31] {P:Nayra Ticona}: {A:Av. Juan Pablo II 2840}, zona {C:Villa Adela}, {C:El Alto}\n"
     "[7/4/24 22:16:02] {P:Mallku Apaza}: ya. su cel sigue siendo {T:71482936}?\n"
     "[7/4/24 22:16:40] {P:Nayra Ticona}: no, ahora es {T:+591 67205318}\n"
     "[7/4/24 22:17:12] {P:Mallku Apaza}: jallalla 🙌"),
    ("chat_export",
     "{P:Farrukh Rahimov}, [11.09.23 20:31]\n"
     "{P:Парвина}, рақами нави {P:Дилшод}ро фирист\n"
     "\n"
     "{P:Parvina Sharipova}, [11.09.23 20:33]\n"
     "{T:+992 93 418 27 56}. Ӯ ҳоло дар {C:Хуҷанд} аст\n"
     "\n"
     "{P:Farrukh Rahimov}, [11.09.23 20:34]\n"
     "раҳмат 🙏"),

    # --- Jira / GitHub comments -------------------------------------------------------------------------------
    ("issue_comment",
     "**Describe the bug**\n"
     "CSV export drops everything after the apostrophe in surnames, e.g. `{P:Ng'wanamashimba}` becomes `Ng`.\n"
     "**To reproduce**\n"
     "1. Create user `{P:doto.masanja}` with email `{E:doto.masanja@vodamail.co.tz}`\n"
     "2. Set surname to `{P:Ng'wanamashimba}`\n"
     "3. Export -> the row is truncated\n"
     "@{P:kulwa-shija} can you reproduce on 3.8?"),
    ("issue_comment",
     "[~{P:rmaharjan}] the customer ({P:Sushila Tuladhar}, {E:sushila.t@wlink.com.np}) still gets the OTP on\n"
     "her old number {T:+977 980-1736284} although the profile shows {T:+977 981-2049573}.\n"
     "Can you check the SMS gateway cache? Assigning back to {P:Bikash Bajracharya}.\n"
     "— {P:Prabin}"),
    ("issue_comment",
     "Seeing this after the upgrade:\n"
     "```\n"
     "2024-05-02T10:11:09Z WARN auth login failed user={P:giommaria.piras} ip={N:151.38.204.77} reason=mfa\n"
     "2024-05-02T10:11:41Z INFO auth login ok user={P:giommaria.piras} ip={N:151.38.204.77}\n"
     "```\n"
     "@{P:gpiras} is that you? If so it's just the MFA timeout being 30s now.\n"
     "cc @{P:bachisio-murgia}"),
    ("issue_comment",
     "Data fix request – CRM-7731\n"
     "Customer {P:Khamzat Bisultanov} (account 882017): date of birth should be {B:19.07.1989}; the importer\n"
     "swapped day and month. Source: scan of passport {I:4519 738264} uploaded by {P:Turpal-Ali M.} on 3 May.\n"
     "Please also fix the postcode to {A:364024} ({C:Grozny})."),
    ("issue_comment",
     "> fixtures/customers.yaml line 42\n"
     "nit: this fixture has a real-looking person, `{P:Aslan Kardanov}`, `{T:+7 866 242 19 37}`,\n"
     "`{E:aslan.kardanov@yandex.ru}`. Can we switch to obviously fake data? cc @{P:sataney-k}\n"
     "Otherwise LGTM."),
    ("issue_comment",
     "Customer {P:Tsiry Andrianarisoa} reports card {I:5391 0476 2285 1381} charged twice for order 77-3018.\n"
     "Gateway shows 2 captures from {N:41.188.44.130} 4 seconds apart.\n"
     "Refund 1 and link to INC-4410.\n"
     "@{P:mamy.rasoanaivo} please confirm with the acquirer."),
    ("issue_comment",
     "Name parsing splits Shan names wrongly: `{P:Nang Hom Kham}` is stored as first=`{P:Nang}`\n"
     "last=`{P:Hom Kham}`, so letters go out as \u201cDear Ms {P:Hom Kham}\u201d.\n"
     "Same for `{P:Sai Murng}`. Suggest a single `full_name` field, see also #1182.\n"
     "— {P:sky-ngiraked}"),
    ("issue_comment",
     "Address validator rejects valid HDB addresses. Example from ticket 5521 (customer {P:Saw Eh Doh},\n"
     "FIN {I:G5829173R}, consent given):\n"
     "```\n"
     "{A:Blk 456 Ang Mo Kio Ave 10}\n"
     "{A:#08-1234}\n"
     "Singapore {A:560456}\n"
     "```\n"
     "The `#` in the unit number breaks the regex. /cc @{P:hunter.lim}"),
    ("issue_comment",
     "Label printer cuts the 2nd line for HK addresses:\n"
     "    {P:CHAN Siu Ming}\n"
     "    {A:Flat 12B}, {A:18/F}\n"
     "    {A:Block 3}, {A:Kwun Tong Garden Estate}\n"
     "    {A:45 Hip Wo Street}, {C:Kwun Tong}, Kowloon\n"
     "    Tel {T:+852 9482 1736}\n"
     "Expected: 4 lines of 40 chars. Assigning to @{P:ttmaluleke}"),
    ("issue_comment",
     "Geocoder returns the wrong ward for:\n"
     "{A:Số 27 ngõ 68 Cầu Giấy}, Phường {C:Quan Hoa}, Quận {C:Cầu Giấy}, {C:Hà Nội}\n"
     "Customer {P:Nông Thị Hoa}, phone {T:0912 482 937}, order VN-55102. It maps to {C:Dịch Vọng} instead.\n"
     "[~{P:lo.bounmy}] is this the same bug as the {C:Đà Nẵng} one?"),

    # --- server and application logs --------------------------------------------------------------------------
    ("server_log",
     '["2024-04-11T08:02:17.114Z","INFO","auth","login_ok","{P:aroha.terangi}","{N:122.58.204.19}"]\n'
     '["2024-04-11T08:02:19.530Z","INFO","profile","update","{P:aroha.terangi}",'
     '"email={E:aroha.terangi@xtra.co.nz}"]\n'
     '["2024-04-11T08:03:02.008Z","WARN","billing","card_declined","{P:aroha.terangi}","{N:122.58.204.19}"]\n'
     '["2024-04-11T08:05:44.911Z","INFO","auth","logout","{P:aroha.terangi}","{N:122.58.204.19}"]'),
    ("server_log",
     "Apr 11 03:14:07 bastion-2 sshd[48213]: Accepted publickey for {P:tkahananui} from {N:10.44.7.19} port 51822\n"
     "Apr 11 03:14:07 bastion-2 sshd[48213]: pam_unix(sshd:session): session opened for user {P:tkahananui}\n"
     "Apr 11 03:20:55 bastion-2 sudo: {P:tkahananui} : TTY=pts/1 ; PWD=/home/{P:tkahananui} ; USER=root ;\n"
     "    COMMAND=/usr/bin/systemctl restart nginx\n"
     "Apr 11 03:41:12 bastion-2 sshd[48213]: Disconnected from user {P:tkahananui} {N:10.44.7.19} port 51822"),
    ("server_log",
     '{N:41.90.218.7} - {P:wkamau} [11/Apr/2024:10:22:31 +0300] "GET /portal/payslips/2024-03.pdf HTTP/1.1" 200\n'
     '{N:41.90.218.7} - {P:wkamau} [11/Apr/2024:10:22:33 +0300] "GET /portal/profile HTTP/1.1" 200 3120\n'
     '{N:105.163.2.94} - {P:achieng.otieno} [11/Apr/2024:10:24:02 +0300] "POST /portal/login HTTP/1.1" 401\n'
     '{N:105.163.2.94} - - [11/Apr/2024:10:24:09 +0300] "POST /portal/reset?u={E:achieng.otieno%40gmail.com} '
     'HTTP/1.1" 302 0'),
    ("server_log",
     "May  3 06:12:44 mx1 postfix/qmgr[1190]: 4F1A2C0: from=<{E:noreply@rentals.example}>, size=18233, nrcpt=1\n"
     "May  3 06:12:45 mx1 postfix/smtp[2211]: 4F1A2C0: to=<{E:ayelen.huenchumilla@gmail.com}>,\n"
     "    relay=gmail-smtp-in.l.google.com[{N:142.250.27.26}]:25, delay=1.2, status=sent (250 2.0.0 OK)\n"
     "May  3 06:12:47 mx1 postfix/smtp[2213]: 7B22D41: to=<{E:rayen.catrileo@uc.cl}>, status=bounced (quota)"),
    ("server_log",
     "2024-03-02 11:04:55,118 WARNING crm.import row 412: name='{P:GuÃ°rÃºn JÃ³nsdÃ³ttir}' "
     "kt={I:021192-4579}\n"
     "2024-03-02 11:04:55,119 WARNING crm.import row 413: name='{P:ÃžÃ³rÃ°ur Einarsson}' kt={I:140586-3749}\n"
     "2024-03-02 11:04:55,240 INFO crm.import 2 rows re-decoded as UTF-8: {P:Guðrún Jónsdóttir}, "
     "{P:Þórður Einarsson}"),
    ("server_log",
     "2024-02-19T07:58:31Z EventID=4624 LogonType=10 TargetUserName={P:c.mamytova} TargetDomainName=KGFIN\n"
     "    WorkstationName=KG-FIN-07 IpAddress={N:172.16.40.23}\n"
     "2024-02-19T08:03:12Z EventID=4625 LogonType=3 TargetUserName={P:u.dzhumabaev} FailureReason=%%2313\n"
     "    IpAddress={N:172.16.40.88}\n"
     "2024-02-19T08:03:15Z EventID=4740 TargetUserName={P:u.dzhumabaev} CallerComputerName=KG-DC-01"),
    ("server_log",
     'ts=2024-06-30T22:41:07Z level=error svc=payments msg="card declined" customer="Ratu {P:Semesa Vakacegu}"\n'
     "    pan={I:4917836250147387} ip={N:2407:7000:8a21:3c00::17} code=05\n"
     'ts=2024-06-30T22:41:52Z level=info svc=payments msg="retry ok" customer="Ratu {P:Semesa Vakacegu}"\n'
     "    ip={N:2407:7000:8a21:3c00::17}\n"
     'ts=2024-06-30T22:42:10Z level=info svc=mailer msg="receipt sent" to={E:semesa.v@connect.com.fj}'),
    ("server_log",
     "2024/05/14 16:20:03 [error] 3112#3112: *88124 upstream timed out, client: {N:203.144.82.19},\n"
     '    server: shop.example, request: "POST /checkout?email={E:sai.hsengkham@hotmail.co.th}'
     '&card={I:6011483092751645} HTTP/2.0"\n'
     "2024/05/14 16:20:41 [warn] 3112#3112: *88131 client {N:203.144.82.19} sent invalid header\n"
     '    "X-User: {P:Sai Hseng Kham}"'),
    ("server_log",
     "[2024-01-08 09:15:22] NOTICE[4412] chan_sip.c: Call from '{P:Khamla Vongphachanh}' <sip:1043@pbx.local>\n"
     "    to extension '{T:+85620 5518 3047}' rejected\n"
     '[2024-01-08 09:15:40] VERBOSE[4415] pbx.c: Executing Dial("SIP/1043", "SIP/trunk/{T:0066814603927}")\n'
     "[2024-01-08 09:16:02] NOTICE[4412] chan_sip.c: Registration from '\"{P:Bounmy}\" <sip:1051@pbx.local>'\n"
     "    failed for '{N:192.168.88.41}:5060' - Wrong password"),
    ("server_log",
     "Jun  4 02:11:09 gw01 sshd[9921]: Failed password for invalid user {P:odhiambo} from {N:196.201.214.88}\n"
     "Jun  4 02:11:12 gw01 sshd[9921]: Failed password for invalid user {P:ouma} from {N:196.201.214.88}\n"
     "Jun  4 02:11:15 gw01 sshd[9921]: Connection closed by {N:196.201.214.88} port 40112 [preauth]\n"
     "Jun  4 08:30:41 gw01 dhcpd[771]: DHCPACK on {N:192.168.20.57} to 3c:22:fb:7a:10:c4 "
     "({P:Tenzin-Dolkar}-iPhone) via eth1"),

    # --- spreadsheets pasted as CSV / TSV ---------------------------------------------------------------------
    ("spreadsheet",
     "member_id,surname,given_name,dob,mobile,email\n"
     "1041,{P:Agcaoili},{P:Marivic},{B:1979-04-02},{T:+63 917 204 8813},{E:marivic.agcaoili@yahoo.com.ph}\n"
     "1042,{P:Bumanglag},{P:Rodelio},{B:1957-10-30},{T:+63 918 552 0471},\n"
     "1043,{P:Pacis},{P:Honeylyn},{B:1995-01-17},,{E:honeylyn.pacis@gmail.com}\n"
     "1044,{P:Dumlao},{P:Junjun},,{T:+63 927 310 6648},"),
    ("spreadsheet",
     "{P:Sunná Kitti}\t{T:+47 948 21 637}\t{C:Kárášjohka}\tgoallostan 12\n"
     "{P:Nils-Ánte Eira}\t{T:+47 415 60 382}\t{C:Guovdageaidnu}\t\n"
     "{P:Iŋgá Magga}\t{T:+46 70 318 44 29}\t{C:Jokkmokk}\tsearvi\n"
     "{P:Ájlin Balto}\t\t{C:Unjárga}\tmeld. 3.5"),
    ("spreadsheet",
     "ime;prezime;JMBG;IBAN;grad\n"
     "{P:Miloš};{P:Stefanović};{I:2702990713040};{I:RS35 1605 4200 1038 7291 95};{C:Beograd}\n"
     "{P:Ognen};{P:Janevski};{I:0311979452182};{I:MK07 2501 2048 3716 213};{C:Skopje}\n"
     "{P:Vesna};{P:Radulović-Jakšić};;;{C:Novi Sad}"),
    ("spreadsheet",
     "RUT\tNombre\tComuna\tTeléfono\n"
     "{I:14.382.506-K}\t{P:Millaray Ancalao Catrileo}\t{C:Temuco}\t{T:+56 9 8452 1937}\n"
     "{I:17.482.913-6}\t{P:Lautaro Painemal}\t{C:Padre Las Casas}\t{T:+56 9 6120 4478}\n"
     "{I:12.903.547-1}\t{P:Rayen Huenchumilla}\t{C:Nueva Imperial}\t"),
    ("spreadsheet",
     "{P:Summer Hollis},{E:summer.hollis@outlook.com},{T:0412 883 920},volunteer,Sat AM\n"
     "{P:Lucky Ngata},{E:lucky.ngata@gmail.com},{T:0421 307 516},volunteer,Sun\n"
     "{P:Major Tremblay},,{T:0433 902 174},driver,Sat PM\n"
     "{P:Bliss Waqa},{E:bliss.waqa@icloud.com},,first aid,Sat\n"
     "{P:Autumn Cooper},{E:acooper88@bigpond.com},{T:0487 115 630},volunteer,Sun"),
    ("spreadsheet",
     "Sl\tName\tAadhaar\tMobile\tVillage\n"
     "1\t{P:Pramod Poojary}\t{I:9318 4726 5032}\t{T:94481 62037}\t{C:Udyavara}\n"
     "2\t{P:Rashmi Kotian}\t{I:2846 1093 5723}\t{T:99013 48271}\t{C:Kapu}\n"
     "3\t{P:Vinay Salian}\t\t{T:82775 10943}\t{C:Katapady}"),
    ("spreadsheet",
     '"ФИО","ИИН","Телефон","Город"\n'
     '"{P:Баймуханов Ерлан Серикович}","{I:930624302766}","{T:+7 702 418 93 05}","{C:Астана}"\n'
     '"{P:Сарсенбаева Динара}","{I:010217604390}","{T:+7 747 315 82 09}","{C:Алматы}"\n'
     '"{P:Абенова Ж. Е.}","","","{C:Алматы}"'),
    ("spreadsheet",
     '"Name","Address","Phone"\n'
     '"{P:Kealoha, Leilani}","{A:45-210 Kaneohe Bay Dr}, {C:Kaneohe}, HI {A:96744}","{T:(808) 247-3019}"\n'
     '"{P:Kamakau, Pualani K.}","{A:PO Box 1182}, {C:Hilo}, HI {A:96721}","{T:(808) 935-6642}"\n'
     '"{P:Akana, Makana}","{A:1550 Wilder Ave Apt 2C}, {C:Honolulu}, HI {A:96822}",""'),
    ("spreadsheet",
     "Reg#\tLast\tFirst\tDOB\tIsland\tPhone\n"
     "0017\t{P:Aguon}\t{P:Rosalinda}\t{B:1984-02-11}\tGuam\t{T:+1 671 632 4810}\n"
     "0018\t{P:Rengulbai}\t{P:Kazuko}\t{B:1990-07-23}\tPalau\t{T:+680 488 2193}\n"
     "0019\t{P:Ngiraked}\t{P:Ulai}\t{B:2001-12-05}\tPalau\t\n"
     "0020\t{P:Camacho}\t{P:Kiko S.}\t\tSaipan\t{T:+1 670 287 5531}"),
    ("spreadsheet",
     "emp_no,name,bank,account_no,nssf_no\n"
     'UG-0412,"{P:SSEBUNYA Joseph}",Stanbic,{I:9030018274615},{I:NS0048271936}\n'
     'UG-0413,"{P:NAKATO Harriet}",dfcu,{I:01283746150},{I:NS0048302217}\n'
     'UG-0414,"{P:MUKASA Kato}",Centenary,{I:3100284719},'),

    # --- shipping labels and address blocks -------------------------------------------------------------------
    ("shipping_label",
     "SHIP TO:\n"
     "{P:Bjarki Þórðarson}\n"
     "{A:Fífuhjalli 9}\n"
     "{A:200} {C:Kópavogur}\n"
     "ICELAND\n"
     "Tel: {T:+354\u2009862\u20094193}\n"
     "Ref: 0048213-IS   Weight 2.4 kg"),
    ("shipping_label",
     "Til / To:\n"
     "{P:Heðin Dalsgaard}\n"
     "{A:Niðri við Á 3}\n"
     "{A:FO-430} {C:Hvalvík}\n"
     "Føroyar / Faroe Islands\n"
     "Frá: Nordlys Webshop ApS, {A:Havnegade 12}, {A:6700} {C:Esbjerg}, DK"),
    ("shipping_label",
     "PRIMALAC:\n"
     "{P:JOVIĆ Dragana}\n"
     "{A:Bulevar oslobođenja 45/12}\n"
     "{A:21000} {C:Novi Sad}\n"
     "SRBIJA\n"
     "Tel. {T:+381 64 218 3947}\n"
     "Pošiljalac: {P:D. Ćirić}, {A:Takovska 19}, {A:11000} {C:Beograd}"),
    ("shipping_label",
     "DELIVER TO\n"
     "{P:Musa Hamid Ohaj}\n"
     "{A:8228 Imam Ali Ibn Abi Talib Rd}\n"
     "{C:Al Nuzha Dist.}\n"
     "{C:RIYADH} {A:13231 - 4418}\n"
     "Saudi Arabia\n"
     "Short address: {A:RHMA8228}\n"
     "Mobile {T:+966 55 218 4730}   COD: no"),
    ("shipping_label",
     "To: {P:Halima Fakki Haggag}\n"
     "{A:Apartment 6}, {A:22 Mohamed Mazhar St}\n"
     "{C:Zamalek}, {C:Cairo} {A:11211}\n"
     "EGYPT\n"
     "Phone: {T:+20 100 482 1936}\n"
     "Contents: books (used), value USD 40"),
    ("shipping_label",
     "Attn: {P:Fatuma Hanfare Daud}\n"
     "{A:House No. 1145}, {C:Woreda 03}\n"
     "{C:Bole}, {C:Addis Ababa}\n"
     "{A:P.O. Box 8123}\n"
     "ETHIOPIA\n"
     "Tel {T:+251 91 148 2937} / {T:011 552 8419}"),
    ("shipping_label",
     "DESTINATARIO: {P:GIMÉNEZ, Yvoty}\n"
     "{A:Av. Corrientes 3456}, {A:Piso 7 Dto. B}\n"
     "{A:C1194AAJ} {C:CABA}\n"
     "ARGENTINA\n"
     "CUIT/CUIL: {I:27-35092714-5}\n"
     "Cel.: {T:+54 9 11 4827-1936}"),
    ("shipping_label",
     "{P:Sai Hseng Kham}\n"
     "{A:99/123 Moo 4}, {A:Soi Wat Umong}\n"
     "Tambon {C:Suthep}, Amphoe {C:Mueang Chiang Mai}\n"
     "{C:Chiang Mai} {A:50200}\n"
     "THAILAND\n"
     "{T:+66 81 604 2719}"),
    ("shipping_label",
     "CONSIGNEE: {P:AGBAYANI, AURELIO}\n"
     "{A:Unit 12B Tower 2}, {A:Sampaguita Residences}\n"
     "{A:34 Sampaguita St.}, Brgy. {C:San Antonio}\n"
     "{C:Pasig City} {A:1605}, Metro Manila\n"
     "Mobile {T:0917 482 1936}\n"
     "Declared: clothing, PHP 2,500"),
    ("shipping_label",
     "Kepada Yth.\n"
     "{P:Andi Tenri Ajeng}\n"
     "{A:Jl. Sultan Hasanuddin No. 47}, {A:RT 02/RW 05}\n"
     "Kel. {C:Mangkura}, Kec. {C:Ujung Pandang}\n"
     "{C:Makassar} {A:90114}\n"
     "Sulawesi Selatan\n"
     "HP {T:0812-4182-9370}"),

    # --- KYC / AML bank notes ---------------------------------------------------------------------------------
    ("kyc_note",
     "KYC review – new retail account\n"
     "Customer: {P:KHODJAEVA Manizha}   DOB: {B:1990-11-26}   Nationality: TJ\n"
     "Passport: {I:401827365} (exp. 2031-04-09)\n"
     "Address: {A:pr. Rudaki 64}, {A:kv. 31}, {C:Dushanbe} {A:734025}\n"
     "Phone: {T:+992 93 507 18 24}\n"
     "Screening: 1 partial hit ({P:Manizha Khodzhaeva}, different DOB) – discounted.\n"
     "Reviewer: {P:R. Kurbonov}"),
    ("kyc_note",
     "AML alert 2024-0381 – possible structuring\n"
     "Subject: {P:Orkhan Mirzayev}, account {I:AZ71 NABZ 0000 0000 1370 1000 4827}\n"
     "9 cash deposits of AZN 9,800 in 11 days at the {C:Sumqayıt} and {C:Bakı} branches.\n"
     "Onward transfer to {P:Sevinj Hajiyeva}, {I:GE31 TB70 4829 1736 0040 18}.\n"
     "Analyst: {P:t.quliyev}. Recommendation: file STR."),
    ("kyc_note",
     "Enhanced due diligence – non-resident\n"
     "Name: {P:Ales Karpovich} ({P:Алесь Карповіч})\n"
     "Residence: {A:vul. Kalinouskaha 17}, {A:kv. 203}, {C:Minsk} {A:220086}\n"
     "Account held abroad: {I:BY20 ALFA 3014 0000 0482 9173 0027}\n"
     "Passport: {I:MP4829173}\n"
     "Source of funds: IT contracting; invoices to a {C:Vilnius} client reviewed by {P:Palina Shumskaya}."),
    ("kyc_note",
     "Onboarding – SME owner\n"
     "Beneficial owner: {P:Yerlan Baimukhanov}, IIN {I:930624302766}\n"
     "Registered address: {A:ul. Kenesary 40}, {A:office 12}, {C:Astana} {A:010000}\n"
     "Settlement account: {I:KZ97 601K ZT04 8291 7365}\n"
     "Contact: {E:y.baimukhanov@steppe-logistics.kz}, {T:+7 702 418 93 05}\n"
     "Documents verified in branch by {P:Aigerim Nurlanovna}."),
    ("kyc_note",
     "KYC refresh – periodic review\n"
     "Client: {P:Zaur Teuvazhev}, Teudat Zehut {I:304827157}\n"
     "Address: {A:Rehov HaRishonim 12}, {C:Kfar Kama} {A:1523800}\n"
     "Account: {I:IL56 0108 2600 0000 4827 391}\n"
     "Mobile: {T:+972 52-614-8830}\n"
     "Employer letter confirms salary; spouse {P:Nafset Teuvazheva} is joint holder (ID {I:209173640})."),
    ("kyc_note",
     "Remittance customer – KYC\n"
     "Name: {P:OHAJ, Musa Hamid}   Iqama: {I:2482917362}\n"
     "Employer: Al Safwa Contracting, {C:Riyadh}\n"
     "Own account: {I:SA92 8000 0000 6080 1048 2913}\n"
     "Regular beneficiary: {P:Hadab Adarob}, {C:Port Sudan}, mobile {T:+249 912 408 317}\n"
     "Limit review: monthly SAR 6,000 consistent with salary."),
    ("kyc_note",
     "Account opening note – {C:Aswan} branch\n"
     "Customer {P:Idris Kheir Dongolawi}, national ID {I:28503172801345}, born {B:17/03/1985}\n"
     "Address: {A:12 Corniche El Nil St}, {C:Gharb Soheil}, {C:Aswan}\n"
     "IBAN issued: {I:EG38 0019 0005 0000 0000 2631 8000 2}\n"
     "Mobile {T:+20 122 604 8173}. Introduced by existing client {P:Aziza Fakki}."),
    ("kyc_note",
     "CDD note – home remittance account\n"
     "Title: {P:SHAHDAD RIND}   CNIC: {I:52203-4829173-5}\n"
     "Father's name: {P:Jalal Rind}\n"
     "Address: {A:House 14}, {A:Street 3}, {C:Jinnah Town}, {C:Quetta}\n"
     "IBAN: {I:PK64 MEZN 0002 4801 0482 9173}\n"
     "Phone {T:+92 300 482 1937}"),
    ("kyc_note",
     "Análise cadastral – abertura de conta MEI\n"
     "Titular: {P:Dandara Oliveira da Conceição}, CPF {I:482.193.756-55}, nascida em {B:13/05/1992}\n"
     "Endereço: {A:Rua do Curuzu 118}, {C:Liberdade}, {C:Salvador} – BA, {A:40365-000}\n"
     "Conta: {I:BR94 0036 0305 0482 1004 8273 916P 1}\n"
     "Celular {T:(71) 98248-1936}\n"
     "Sócia indicada: {P:Benedita dos Anjos}."),
    ("kyc_note",
     "Verificare client – credit de nevoi personale\n"
     "Nume: {P:VLĂDESCU Smaranda}\n"
     "CNP: {I:2920805124832}\n"
     "Adresa: {A:Str. Memorandumului 21}, {A:ap. 4}, {C:Cluj-Napoca} {A:400114}\n"
     "Telefon: {T:+40 722 481 903}\n"
     "Verificat de {P:Ioana D.}; extrasul de cont al doamnei {P:Vlădescu} este atașat."),
    ("kyc_note",
     "Non-resident account – document check\n"
     "Applicant: {P:Tenzin Dolkar}, PRC resident ID {I:540102198604123029}\n"
     "Spouse: {P:Lobsang Dorjee}, ID {I:540102197903022119}\n"
     "Joint applicant withdrawn: {P:Aidana Serikqyzy} ({I:654002199508211641})\n"
     "Initial funding card: UnionPay {I:6282 5017 3946 2052}\n"
     "Address: {A:No. 42 Beijing Middle Road}, {C:Chengguan District}, {C:Lhasa}\n"
     "Reviewer note: names match passports; ask {P:Dolkar} for a proof of address."),

    # --- insurance claim notes --------------------------------------------------------------------------------
    ("insurance_claim",
     "Tjónstilkynning / motor claim 24-11873\n"
     "Policyholder: {P:Þórður Einarsson}, kt. {I:140586-3749}\n"
     "Vehicle: {I:RX 482} (Nissan X-Trail), VIN {I:JN1TANT37U0037164}\n"
     "Collision with a sheep on Route 1 near {C:Vík}. Third party: none.\n"
     "Payout account: {I:IS26 0133 2600 4821 1405 8637 49}\n"
     "Adjuster: {P:Sigurlaug Hrafnsdóttir}"),
    ("insurance_claim",
     "Denuncio de siniestro N° 7731029\n"
     "Asegurado: {P:Lautaro Painemal}, RUT {I:17.482.913-6}\n"
     "Patente: {I:KHTR-84}\n"
     "Choque por alcance en {A:Av. Alemania 0671}, {C:Temuco}.\n"
     "Tercero: {P:Nahuel Quilapán}, fono {T:+56 9 7413 2086}\n"
     "Liquidador asignado: {P:Hunter Vidal}"),
    ("insurance_claim",
     "Заява про страхову подію – поліс HOME-448213\n"
     "Страхувальник: {P:Ткачук Богдан Миколайович}, УНЗР {I:19861103-14752}, РНОКПП {I:3171814750}\n"
     "Адреса: {A:вул. Січових Стрільців, 17}, {A:кв. 42}, {C:Львів}, {A:79000}\n"
     "Подія: залиття квартири з верхнього поверху (сусід {P:Шевчук М.}).\n"
     "Телефон: {T:+380 67 482 19 37}"),
    ("insurance_claim",
     "Life claim LC-2024-0093 – beneficiary details\n"
     "Insured (deceased): {P:Radoslav Yordanov}, DOB {B:30.07.1991}, EGN {I:9107302044}\n"
     "Beneficiary: brother {P:Boyko Yordanov}, EGN {I:0346115286}\n"
     "Payout IBAN: {I:BG72 UBBS 8002 1048 2917 36}\n"
     "Contact: {T:+359 88 240 7719}, {E:boyko.yordanov@abv.bg}\n"
     "Handler: {P:Summer Lane}"),
    ("insurance_claim",
     "Dental claim – pre-authorization\n"
     "Subscriber: {P:Winona Two Bulls}   Member ID: {I:XQP482917305}   Group: 77120\n"
     "Patient: {P:Hunter Two Bulls} (dependent), DOB {B:06/14/2012}\n"
     "Provider: Dr. {P:Begay}, {A:412 Main St}, {C:Rapid City}, SD {A:57701}\n"
     "Procedure D2740, tooth 8. Call the subscriber at {T:605-341-8830} with the decision."),
    ("insurance_claim",
     "TRAVEL CLAIM – medical expenses abroad\n"
     "Claimant: {P:Nyiko Chauke}, SA ID {I:8401075713083}\n"
     "Incident: fractured wrist, {C:Maputo}, 12 March\n"
     "Treating doctor: Dr {P:Tsakani Maluleke}\n"
     "Refund to account {I:62814930275} (FNB, branch 250655)\n"
     "Postal: {A:Stand 2281}, {C:Giyani Section E}, {A:0826}"),
    ("insurance_claim",
     "Cyclone damage claim – HOME/FJ/20931\n"
     "Insured: {P:Litia Naivalu}, {A:Lot 12}, {A:Ratu Sukuna Road}, {C:Nasese}, {C:Suva}\n"
     "Phone {T:+679 948 2193}\n"
     "Roof sheets lifted during the cyclone on 17 Feb. Assessor {P:Jone Rokotuiwai} visited 20 Feb.\n"
     "Neighbour {P:Mereoni Tuivaga} confirmed the tree fell from the council reserve."),
    ("insurance_claim",
     "Hospitalisation claim – IP/SG/66120\n"
     "Life assured: {P:Nur Aisyah binte Rahmat}, NRIC {I:S7931842F}\n"
     "Admitted 2 Apr, discharged 5 Apr. Premium card on file: {I:2221 0384 5517 6296}\n"
     "Address: {A:Blk 318 Tampines St 33}, {A:#11-207}, Singapore {A:520318}\n"
     "Mobile {T:9482 6031}\n"
     "Payee: {P:Rahmat bin Osman} (father), per the nomination form."),
    ("insurance_claim",
     "Claim note – outpatient surgery\n"
     "Insured: {P:Yuraw Watan}, national ID {I:V129304817}\n"
     "Hospital in {C:Taitung City}; receipts NT$18,420\n"
     "Beneficiary account: {I:0480-1927-3650}\n"
     "Contact: {T:+886 912 482 193}; wife {P:Hana} can answer in Mandarin."),
    ("insurance_claim",
     "Parte de siniestro hogar – póliza 0093-HG-44721\n"
     "Tomador: {P:Nadjati Soilihi}, NIE {I:Y4829163M}\n"
     "Domicilio: {A:Carrer de Sant Pau 19}, {A:4t 2a}, {A:08001} {C:Barcelona}\n"
     "Daños por agua procedentes del piso de {P:Ahmed Mzé}.\n"
     "Teléfono {T:+34 612 48 21 93}\n"
     "Cuenta para la indemnización: {I:ES53 2085 0176 3603 0482 9173}"),

    # --- school and university records ------------------------------------------------------------------------
    ("school_record",
     "Pupil record – Year 4\n"
     "Name: {P:Autumn Kealoha-Price}   UPN: {I:V888210423017}\n"
     "DOB: {B:11/02/2016}\n"
     "Address: {A:7 Heron Close}, {C:Lancaster}, {A:LA1 4QX}\n"
     "Contacts: {P:Storm Kealoha} (parent) {T:07700 920 377}\n"
     "Notes: twin brother {P:Taylor} in 4B; {P:Autumn}'s reading age 10.2."),
    ("school_record",
     "Studieresultat / transcript extract\n"
     "Student: {P:Guttorm, Sunná Elle}   Student no. 618203\n"
     "Born: {B:1999-08-14}\n"
     "SAM-1012 Davvisámegiella 2 – A\n"
     "SAM-2040 Duodji ja árbevierru – B\n"
     "Supervisor: {P:Áile Sara}"),
    ("school_record",
     "Enrolment form – Junior Infants 2024\n"
     "Child: {P:Flavia Fernandes}   PPSN: {I:4619273HA}   DOB: {B:30/06/2019}\n"
     "Parent/guardian: {P:Valentino Fernandes}, {T:086 418 2937}, {E:valentino.fernandes@eircom.net}\n"
     "Address: {A:12 Ashgrove Park}, {C:Ballincollig}, Co. Cork {A:P31 W6K2}\n"
     "Fees by direct debit from {I:IE31 AIBK 9311 5227 3849 10}\n"
     "Languages at home: Konkani, English"),
    ("school_record",
     "Student information – Grade 7\n"
     "Student: {P:Nodin Kakegamic}   DOB: {B:2011-09-03}\n"
     "Tribal enrollment #: {I:RL-04827}\n"
     "Guardian: {P:Ziigwan Keeshig} (aunt), cell {T:(218) 679-3042}\n"
     "Address: {A:PO Box 118}, {C:Red Lake}, MN {A:56671}\n"
     "IEP meeting with counselor Ms. {P:Cooper} on Tuesday."),
    ("school_record",
     "Form 137 – Learner's Permanent Record\n"
     "LRN: {I:108342150027}\n"
     "Name: {P:DUMLAO, Angelica Pacis}\n"
     "Date of Birth: {B:March 3, 2009}\n"
     "Address: {A:Purok 4}, Brgy. {C:Bacsil}, {C:Laoag City}, Ilocos Norte\n"
     "Parent: {P:Marites Dumlao}, {T:0918 302 7716}"),
    ("school_record",
     "Expediente académico – 2º ESO\n"
     "Alumna: {P:Dihya Amrouche Ourahmoune}   NIE: {I:X8371945Z}\n"
     "Fecha de nacimiento: {B:05/12/2010}\n"
     "Tutor legal: {P:Yuba Amrouche}, tel. {T:634 820 173}\n"
     "Domicilio: {A:C/ Doctor Fleming 22}, {A:1º B}, {A:30800} {C:Lorca}\n"
     "Observaciones: necesita apoyo en castellano; habla tamazight y francés."),
    ("school_record",
     "Relevé de notes – Hiver 2024\n"
     "Étudiant : {P:Wapass, Dwayne}   Code permanent : {I:WAPD 1503 0412}\n"
     "Né le {B:15 mars 2004}\n"
     "Programme : Baccalauréat en travail social\n"
     "Adresse : {A:318, 3e Avenue}, {C:Val-d'Or} (Québec) {A:J9P 1S4}\n"
     "Courriel : {E:dwayne.wapass@uqat.example}"),
    ("school_record",
     "Admission register – Form 1\n"
     "Adm. No. 4417  {P:OUMA Odhiambo Brian}  KCPE index {I:27506104019}\n"
     "  DOB {B:14/01/2010}  Parent: {P:Achieng' Ouma}  Tel {T:0733 908 215}\n"
     "  Home: {C:Nyalenda B}, {C:Kisumu}, {A:P.O. Box 3281-40100}\n"
     "Adm. No. 4418  {P:WANJIKU Faith Muthoni}\n"
     "  DOB {B:02/07/2009}  Parent: {P:Peter Kariuki}  Tel {T:0722 416 530}"),
    ("school_record",
     "學籍資料 / Student record\n"
     "Student: {P:Kumod, Panay}   Student ID: 411082317\n"
     "National ID: {I:U221048377}\n"
     "Born: {B:2003-05-21}\n"
     "Dept: Indigenous Languages and Communication\n"
     "Advisor: Prof. {P:Lin Mei-hua}"),
    ("school_record",
     "Student particulars – Sec 4 Express\n"
     "Name: {P:Haziq Andi Baso}   NRIC: {I:T0412857A}   DOB: {B:12 Aug 2004}\n"
     "Parent: {P:Andi Baso Makkulau}, {T:9173 2048}, {E:andibaso.m@singnet.com.sg}\n"
     "Address: {A:Blk 27 Marine Crescent}, {A:#05-118}, Singapore {A:440027}\n"
     "CCA: Malay dance; form teacher Mdm {P:Royal Tan}."),

    # --- property / tenancy notes -----------------------------------------------------------------------------
    ("tenancy_note",
     "Tenancy file – {A:Flat 3}, {A:41 Mowbray Road}, {C:Sheffield} {A:S6 2QB}\n"
     "Tenants: {P:Mason Rengiil} and {P:Pema Tsering}. Deposit £1,150 protected (DPS cert 448-2913).\n"
     "Rent paid from {I:GB60 NWBK 6016 2848 2019 37}.\n"
     "Guarantor: {P:Lobsang Tsering}, {A:9 Clover Way}, {C:Leeds} {A:LS8 3PX}, {T:07700 931 588}\n"
     "Inspection 14/05: mould in bathroom reported by {P:Pema}; contractor {P:Cooper} booked."),
    ("tenancy_note",
     "Договір оренди – нотатки\n"
     "Орендодавець: {P:Гриценко Оксана Петрівна}, тел. {T:097 315 60 28}\n"
     "Орендар: {P:Ярина Савчук}\n"
     "Об'єкт: {A:вул. Шевченка, 14}, {A:кв. 8}, {C:Львів}, {A:79005}\n"
     "Оплата готівкою до 5 числа. Ключі передала {P:Оксана} 1 березня."),
    ("tenancy_note",
     "Ugovor o zakupu stana – beleška\n"
     "Zakupodavac: {P:Dragan Stojanović}, lična karta br. {I:008214937}\n"
     "Zakupac: {P:Bojana Trajkovska}\n"
     "Stan: {A:Ulica Kneza Miloša 7}, {A:stan 14}, {A:11000} {C:Beograd}\n"
     "Kirija 450 EUR, depozit 450 EUR; kontakt zakupca {T:+381 64 509 2718}"),
    ("tenancy_note",
     "Contrato de locación – datos\n"
     "Locador: {P:Arami Benítez}, CUIT {I:23-33481926-4}\n"
     "Locatario: {P:Tupã Ocampos}, CUIT {I:20-28947315-8}\n"
     "Inmueble: {A:Calle 49 N° 812}, {A:3° A}, {C:La Plata}, {A:B1900}\n"
     "Garante: {P:Yerutí Ocampos}, {T:+54 9 221 508-3316}"),
    ("tenancy_note",
     "Contrato de arrendamiento – resumen\n"
     "Arrendador: {P:Deiby Mosquera Palacios}, NIT {I:1077482913-8}\n"
     "Arrendataria: {P:Yohana Guity Bernárdez}, C.C. {I:1.128.403.517}\n"
     "Inmueble: {A:Calle 45 # 23-67}, {A:Apto 301}, {C:Teusaquillo}, {C:Bogotá}\n"
     "Canon: $1.850.000; administración incluida.\n"
     "Codeudor: {P:Milton Arzú}, cel. {T:310 482 1937}"),
    ("tenancy_note",
     "Tenancy agreement – summary\n"
     "Landlord: {P:LEUNG Ka Wai}, HKID {I:R482917(3)}\n"
     "Tenant: {P:Dawa Lhamo}, HKID {I:Y305816(4)}\n"
     "Premises: {A:Flat C}, {A:9/F}, {A:Kam Fung Mansion}, {A:88 Shau Kei Wan Road}, {C:Sai Wan Ho}\n"
     "Deposit paid by card {I:3569 1042 7738 5024}; stamp duty paid 2 May.\n"
     "Agent: {P:Royal Chan}, {T:9482 7160}"),
    ("tenancy_note",
     "Bail – notes du gestionnaire\n"
     "Locataire : {P:Kaya Kakakaway}\n"
     "Logement : {A:4512, avenue de Lorimier}, {A:app. 6}, {C:Montréal} (Québec) {A:H2H 2A9}\n"
     "Loyer 1\u00a0240 $; avis de hausse envoyé le 28 févr., réponse de Mme {P:Kakakaway} attendue.\n"
     "Tél. {T:438 204-9917}"),
    ("tenancy_note",
     "Hợp đồng thuê nhà – ghi chú\n"
     "Bên cho thuê: {P:Trần Văn Lộc}\n"
     "Bên thuê: {P:Hoàng Thị Mai}, SĐT {T:0983 217 406}\n"
     "Địa chỉ: {A:Số 14 ngõ 102 Trường Chinh}, Phường {C:Phương Mai}, Quận {C:Đống Đa}, {C:Hà Nội}\n"
     "Tiền cọc 2 tháng; chị {P:Mai} trả tiền điện riêng."),
    ("tenancy_note",
     "Tenancy ledger note – Kilimani Court\n"
     "{A:Unit B7}, {A:Kilimani Court}, {A:Argwings Kodhek Rd}, {C:Kilimani}, {C:Nairobi}\n"
     "Tenant: {P:Kulwa Shija}, ID {I:28471936}\n"
     "Rent KES 65,000 via M-Pesa from {T:0722 817 304}; March paid late.\n"
     "Caretaker {P:Mwangi} to fix the geyser."),
    ("tenancy_note",
     "Contrato de alquiler – observaciones\n"
     "Arrendadora: {P:Sumaq Ccori Huamán}, DNI {I:40827193}\n"
     "Arrendatario: {P:Willka Chambi}\n"
     "Inmueble: {A:Jr. Huallaga 345}, {A:Dpto. 201}, {C:Cercado de Lima}, {A:15001}\n"
     "Renta S/ 1,400. Se devolvió la garantía a {P:Willka} el 2 de abril. Contacto: {T:987 482 193}"),

    # --- call transcripts -------------------------------------------------------------------------------------
    ("call_transcript",
     "[00:00:03] Agent: Thank you for calling, my name is {P:Desi}. Can I have your full name?\n"
     "[00:00:07] Caller: {P:Tsvetelina Dimitrova}.\n"
     "[00:00:09] Agent: And your date of birth, please?\n"
     "[00:00:12] Caller: {B:19 February 1988}.\n"
     "[00:00:20] Agent: Thanks, {P:Tsvetelina}. The new card {I:5204 7391 8260 4419} was sent on Monday.\n"
     "[00:00:31] Caller: OK. And my number changed, it's {T:0887 614 203}."),
    ("call_transcript",
     "AGENT: Kia ora, you're through to Mobile Support, this is {P:Chance}.\n"
     "CUSTOMER: Kia ora {P:Chance}, it's {P:Wiremu Tamihana}, my sim stopped working.\n"
     "AGENT: No worries {P:Wiremu}, what's the number?\n"
     "CUSTOMER: {T:022 407 1859}.\n"
     "AGENT: And the address on the account?\n"
     "CUSTOMER: {A:18 Kahikatea Drive}, {C:Ōpōtiki} {A:3122}.\n"
     "AGENT: Perfect, I'll send a new sim there."),
    ("call_transcript",
     "Operadora: Buenas tardes, le atiende {P:Jasy}. ¿Con quién hablo?\n"
     "Cliente: Con {P:Yvoty Ayala Martínez}, cédula {I:4.827.193}.\n"
     "Operadora: ¿Dirección del suministro?\n"
     "Cliente: {A:Tte. Fariña 1182 c/ EE.UU.}, {C:Asunción}.\n"
     "Operadora: Gracias, señora {P:Ayala}. El técnico le llama al {T:0981 482 193}.\n"
     "Cliente: Aguyje."),
    ("call_transcript",
     "Nurse line – call summary (auto-transcribed)\n"
     "Caller: {P:Lerato Mokoena} calling for her son {P:Tšepo}, DOB {B:2020-01-09}.\n"
     "Symptoms: fever 39.2 since last night, drinking fluids.\n"
     "Nurse ({P:Palesa Letsie}): advised paracetamol by weight, clinic visit if not improving.\n"
     "Callback number: {T:+27 72 604 3318}. Caller is in {C:Thaba Nchu}."),
    ("call_transcript",
     "Agent: Habari, naitwa {P:Neema}. Naongea na nani?\n"
     "Caller: Naitwa {P:Elifuraha Massawe}.\n"
     "Agent: Namba ya polisi na ya leseni ya udereva?\n"
     "Caller: MTR-448213, leseni {I:4001827364}. Gari ni {I:T 482 DKQ}.\n"
     "Agent: Ajali ilitokea wapi?\n"
     "Caller: {C:Moshi}, karibu na Soko Kuu. Dereva mwingine ni {P:Urio}, simu {T:0754 482 193}.\n"
     "Agent: Asante Mzee {P:Massawe}."),
    ("call_transcript",
     "[Agent] Reservations, {P:Taylor} speaking.\n"
     "[Caller] Hi, it's about booking ZK4T9P for {P:SHAKYA/SANJEEV MR} and {P:SHAKYA/RUBINA MRS}.\n"
     "[Agent] I have it, {C:Kathmandu} to {C:Doha}. What do you need, Mr {P:Shakya}?\n"
     "[Caller] My wife's passport says {P:Maharjan}, not {P:Shakya}. Passport {I:PA0482913}.\n"
     "[Agent] Please send a copy to {E:changes@skyways.example}. Paying the fee by card?\n"
     "[Caller] Yes, {I:3714 582930 17464}. My mobile is {T:+977 980-1482193}."),
    ("call_transcript",
     "Transcription appel – livraison 7K2-44821\n"
     "Livreur : Allô, madame {P:Attoumane} ? Je suis devant le {A:14 boulevard National}, pas de nom.\n"
     "Cliente : Oui, c'est au {A:bâtiment C}, {A:3e étage}, sonnez chez {P:Msaidié}.\n"
     "Livreur : D'accord. C'est bien {C:Marseille}, {A:13003} ?\n"
     "Cliente : Oui. Sinon appelez mon fils {P:Ibrahim} au {T:06 51 48 27 19}."),
    ("call_transcript",
     "Pharmacist: Good morning, Kamat Medicals, {P:Shilpa} here.\n"
     "Caller: Hello, this is {P:Anant Sardesai}, calling for my mother {P:Sushila Sardesai}.\n"
     "Pharmacist: Date of birth of the patient?\n"
     "Caller: {B:12-08-1946}.\n"
     "Pharmacist: Her prescription from Dr {P:Prabhu} is ready. Delivery to {A:H. No. 221}, "
     "{C:Fontainhas}, {C:Panaji}?\n"
     "Caller: Yes, and call {T:98220 17346} when you leave."),
    ("call_transcript",
     "IT helpdesk call 2024-02-07 09:12\n"
     "Tech: Service desk, this is {P:Hunter}. Who am I speaking with?\n"
     "User: {P:Migizi Benaise}, in Finance. My account's locked, username {P:mbenaise}.\n"
     "Tech: Thanks {P:Migizi}. I see 5 failed logins from {N:10.20.14.77}. Is that your desk PC?\n"
     "User: Yes. I'm on extension 4471, or my cell {T:(807) 737-2916}.\n"
     "Tech: Reset done, temp password sent to {E:migizi.benaise@northshore-council.example}."),
    ("call_transcript",
     "Fraud desk recording – transcript\n"
     "Agent: Am I speaking with {P:Nalubega Sarah}?\n"
     "Customer: Yes, {P:Sarah Nalubega}.\n"
     "Agent: We saw UGX 4,800,000 going to {P:Ssemakula Ronald}, account {I:3100482917}. Was that you?\n"
     "Customer: No! I only know a {P:Ronald} from church.\n"
     "Agent: We've frozen it and will SMS you on {T:+256 772 604 193}.\n"
     "Customer: Webale nnyo."),

    # --- survey free-text answers -----------------------------------------------------------------------------
    ("survey_answer",
     "Q7. Is there anything else you would like to tell us about your stay?\n"
     "The night nurse, {P:Bliss} I think, was so kind to my dad. Please pass it on.\n"
     "Q8. If you'd like to be entered in the prize draw, leave your details.\n"
     "{P:Kaimana Keawe}, {E:kaimana.keawe@gmail.com}, {T:808-938-2417}"),
    ("survey_answer",
     "Response #5521 (free text)\n"
     "Staff member {P:Kato} at the {C:Entebbe} branch sorted my mobile money issue in 10 minutes.\n"
     "The lady at the desk before, I think {P:Namuli}, told me to come back tomorrow.\n"
     "Contact me: {T:0772 918 403}"),
    ("survey_answer",
     "Avis client – séjour du 12 au 19 août\n"
     "Très bel accueil par {P:Ghjuvan Battista}, qui nous a conseillé les plages près de {C:Porto-Vecchio}.\n"
     "Petit bémol : la chambre 14 donnait sur le parking.\n"
     "Nom (facultatif) : {P:Ange-Mathieu Casanova}\n"
     "E-mail (facultatif) : {E:amcasanova@orange.fr}"),
    ("survey_answer",
     "Evaluación docente – Derecho Indígena (2º semestre)\n"
     "P3. Comentarios: las clases de la profesora {P:Catrileo} fueron excelentes; el ayudante {P:Nahuel}\n"
     "responde rápido los correos.\n"
     "P4. ¿Algo por mejorar? Que suban las grabaciones. Contacto: {E:m.ancalao@alumnos.ufro.cl}"),
    ("survey_answer",
     "NPS 9/10\n"
     "Pourquoi ? Livraison rapide à {C:Toamasina}, le livreur ({P:Mamy}) a appelé avant.\n"
     "Dommage que le suivi en ligne ne marche pas.\n"
     "Voulez-vous être recontacté ? Oui – {P:Fanja Razafindrakoto}, {T:034 18 207 64}"),
    ("survey_answer",
     "Employee pulse survey – Q4 (anonymous, but some people sign)\n"
     "\"Atasan saya, Pak {P:Asep Sunandar}, selalu mendengarkan. Tapi shift malam di gudang {C:Cimahi}\n"
     "terlalu panjang.\" – {P:Euis K.}\n"
     "\"Tolong {P:Ujang} dari HR balas email saya.\""),
    ("survey_answer",
     "Patient experience survey – free text\n"
     "Q: What could we do better?\n"
     "A: Waiting time was 4 hours. {P:Sainiana} at the front desk was helpful though.\n"
     "My name is Adi {P:Vasemaca Ravuvu} if you want to follow up, {T:+679 927 4810},\n"
     "{A:Lot 6}, {A:Vunivivi Hill}, {C:Nausori}."),
    ("survey_answer",
     "Q: Which staff member helped you today?\n"
     "A: It was {P:Major} at the returns desk. Lovely bloke.\n"
     "Q: Any other comments?\n"
     "A: My wife {P:Honor} still hasn't got the refund for order 55120. Her email is "
     "{E:honor.pellerin@videotron.ca}."),
    ("survey_answer",
     "Анкета пациента – ответ 118\n"
     "Что понравилось: врач {P:Мамытова Чолпон} всё объяснила по-кыргызски.\n"
     "Что улучшить: регистратура в {C:Оше} не отвечает на звонки.\n"
     "Контакты: {P:Улан}, {T:+996 700 418 293}"),
    ("survey_answer",
     "Spørgeskema / survey – {C:Nuuk} library\n"
     "Q5: Any comments? Thanks to {P:Aviaja} for helping me print my forms. Please open on Sundays.\n"
     "Name: {P:Nuka Lynge}   Phone: {T:+299 48 21 93}\n"
     "Email: {E:nuka.lynge@greennet.gl}"),

    # --- online marketplace messages --------------------------------------------------------------------------
    ("marketplace_message",
     "OLX – повідомлення щодо «Велосипед Author, 2021»\n"
     "{P:Mykola}: Добрий день, ще актуально? Можу забрати сьогодні.\n"
     "{P:Bohdan Tkachuk}: Так. Я на {A:вул. Городоцька, 112}, {C:Львів}. Дзвоніть {T:+380 93 418 20 57}.\n"
     "{P:Mykola}: Ок, буду о 19:00."),
    ("marketplace_message",
     "Авито · Диван угловой, 15 000 ₽\n"
     "Покупатель: Здравствуйте, доставка в {C:Баксан} возможна?\n"
     "{P:Азамат Бештоков}: Да, брат {P:Тембот} привезёт в субботу.\n"
     "Покупатель: Отлично. Адрес: {A:ул. Ленина, 214}\n"
     "{P:Азамат Бештоков}: Номер для связи {T:+7 928 704 12 39}"),
    ("marketplace_message",
     "Mercado Libre – Preguntas al vendedor\n"
     "P: ¿Hacen envío a {C:Quibdó}? Mi dirección es {A:Carrera 4 # 26-35}, barrio {C:Yesca Grande}.\n"
     "R ({P:deiby.mosquera}): Sí, {P:Deiby} aquí. Llega en 3 días hábiles.\n"
     "P: Gracias, me llamo {P:Keyla Palacios}, cel {T:314 602 8831}."),
    ("marketplace_message",
     "Vinted – conversation avec {P:ghjulia_peretti}\n"
     "{P:ghjulia_peretti}: bonjour, la veste est toujours dispo ? je peux payer par virement\n"
     "Toi: Oui, voici mon IBAN : {I:FR76 2004 1010 1204 8291 7303 045}\n"
     "{P:ghjulia_peretti}: ok, envoie en point relais à {C:Bastia}, au nom de {P:G. Peretti}\n"
     "Toi: Ça marche, je l'envoie demain."),
    ("marketplace_message",
     "Carousell chat – Nintendo Switch OLED\n"
     "{P:kaho.wong}: still available? can meet at {C:Mong Kok} MTR exit E2\n"
     "{P:dawa.lhamo}: yes 7pm ok. I'm {P:Dawa}, whatsapp {T:5108 2937}\n"
     "{P:kaho.wong}: ok see u, I'll pay FPS"),
    ("marketplace_message",
     "Shopee – Chat dengan Penjual\n"
     "Pembeli ({P:cucu_rohaeti}): kak, alamat saya ganti ya: {A:Jl. Cihampelas No. 112}, {A:RT 03/RW 07},\n"
     "Kel. {C:Cipaganti}, {C:Bandung} {A:40131}\n"
     "Penjual: siap kak, atas nama siapa?\n"
     "Pembeli: {P:Cucu Rohaeti}, HP {T:0857-2204-8173}"),
    ("marketplace_message",
     "Marketplace · Surfboard 7'2\" funboard – $250\n"
     "{P:Keahi Nāone}: Is this still available?\n"
     "{P:River Makoa}: Yes! I'm in {C:Kailua}, can meet at the beach park.\n"
     "{P:Keahi Nāone}: Sweet, text me {T:808-262-4419}\n"
     "{P:River Makoa}: 👍 I'm {P:River}, see you Sat"),
    ("marketplace_message",
     "Jiji.com.gh – Message about \"Samsung Galaxy A14\"\n"
     "Buyer: Hello, I'm in {C:Kumasi}, {C:Adum}. Can you deliver?\n"
     "Seller ({P:Kwabena O.}): Yes, GHS 30 delivery. Send your digital address\n"
     "Buyer: {A:AK-039-5512}, near {C:Kejetia}. Name {P:Efua Boateng}, {T:055 204 8317}"),
    ("marketplace_message",
     "Etsy conversation – order 3318204 (duodji knife sheath)\n"
     "Buyer {P:Cooper Lindqvist}: Hi! Could you engrave \u201c{P:Ánde}\u201d? It's for my father-in-law.\n"
     "Seller ({P:Máret Somby}): Buorre beaivi! Yes, engraving is free. Ship to {A:Storgatan 18}, {A:981 31} "
     "{C:Kiruna}?\n"
     "Buyer: Yes, that's right. Phone for the courier {T:+46 70 418 26 93}."),
    ("marketplace_message",
     "Kufar · Каляска 2-у-1, 250 р.\n"
     "{P:Паліна}: Добры дзень! Яшчэ прадаецца?\n"
     "{P:Siarhei Lukashevich}: Так. Можна паглядзець на {A:вул. Якуба Коласа, 41}, {C:Мінск}.\n"
     "{P:Siarhei Lukashevich}: Тэлефон {T:+375 29 418-20-37}\n"
     "{P:Паліна}: Дзякуй, буду ў 18:30."),

    # --- PII-free look-alikes ---------------------------------------------------------------------------------
    ("pii_free",
     "Q3 Release Notes\n"
     "Version 10.4.2.1 ships on Tuesday. Build 2024.11.0.3 fixes the Dijkstra routing regression\n"
     "and the Levenshtein fuzzy match. Error 0x80070005 is now logged as WARN."),
    ("pii_free",
     "Weather update\n"
     "Storm Babet and Storm Ciarán closed the ferry for 3 days; Cyclone Freddy was the longest-lived on record.\n"
     "Expect gales again in November."),
    ("pii_free",
     "Differential: Hashimoto thyroiditis, Addison's disease, Cushing syndrome.\n"
     "Bell's palsy excluded; Babinski sign negative; Glasgow Coma Scale 15.\n"
     "Plan: repeat TFTs in 6 weeks."),
    ("pii_free",
     "Precedents cited\n"
     "The Cassis de Dijon judgment, the Factortame litigation and Case C-131/12 (Google Spain).\n"
     "The Hague Convention applies; see also the Brussels I Regulation."),
    ("pii_free",
     "Wishlist\n"
     "Dr. Martens boots, a Calvin Klein coat, Jimmy Choo heels and a Ralph Lauren polo.\n"
     "Lunch from Wendy's or Papa John's; coffee at Costa."),
    ("pii_free",
     "Quarterly Review Of Warehouse Safety\n"
     "Action Items For Autumn Planning\n"
     "Summer Shutdown Schedule\n"
     "Major Incidents And Lucky Escapes"),
    ("pii_free",
     "Rota notes\n"
     "May and June are busy; April is quiet. Will the team cover Friday? Chance of rain on Sunday.\n"
     "The August bank holiday falls on a Monday."),
    ("pii_free",
     "Route ideas\n"
     "The Karakoram Highway climbs from Kashgar to Gilgit; Ruta 40 runs the length of Argentina;\n"
     "the Ring Road circles Iceland past Akureyri and Egilsstaðir."),
    ("pii_free",
     "Compatible devices: Galaxy Note 20, Surface Pro 9, Pixel 8, iPhone 15 Pro.\n"
     "Also tested in a Corolla Cross and a Model Y.\n"
     "Firmware 3.2.1.0 required."),
    ("pii_free",
     "Border planting\n"
     "Black-eyed Susan, Creeping Charlie, Jacob's ladder, Lady's mantle and Virginia creeper.\n"
     "Water the Busy Lizzie daily in July."),
    ("pii_free",
     "Brunch menu\n"
     "Eggs Benedict, Caesar salad, Beef Wellington, Pavlova, Margherita pizza.\n"
     "Drinks: Bloody Mary, Tom Collins, Arnold Palmer."),
    ("pii_free",
     "Lab safety sheet\n"
     "Force in newtons, pressure in pascals, temperature in kelvin.\n"
     "The Tesla coil demo runs inside a Faraday cage; keep the Bunsen burner off."),
    ("pii_free",
     "Reading group shortlist\n"
     "Booker Prize winners, a Pulitzer novel and the Nobel lecture; the Fields Medal talk is optional.\n"
     "Meeting on the first Thursday in December."),
    ("pii_free",
     "Walking tour\n"
     "Nevsky Prospekt, the Champs-Élysées, Abbey Road and Lombard Street.\n"
     "No bookings needed; meet at the fountain."),
    ("pii_free",
     "Ticket INC-0048213 merged into CHG-2024-118.\n"
     "Order 7730-1182-4419 shipped; SKU 400-218-3391 back in stock.\n"
     "Router firmware 4.19.168.2 withdrawn."),
    ("pii_free",
     "Office closures\n"
     "Easter Monday, St Patrick's Day, Diwali, Nowruz and Saint-Jean-Baptiste.\n"
     "Cover is arranged by the Operations Team."),
    ("pii_free",
     "Methods\n"
     "Kalman filter, Fourier transform, Bayes' theorem, Monte Carlo simulation,\n"
     "a Gauss–Newton solver and Huffman coding."),
    ("pii_free",
     "Rail and sea trips\n"
     "The Glacier Express, the Ghan, the Hurtigruten coastal voyage\n"
     "and the Trans-Siberian to Vladivostok."),
    ("pii_free",
     "Results\n"
     "Real Sociedad 2–1 Athletic Club; Inter Miami drew with Orlando City;\n"
     "Aston Villa won at St James' Park."),
    ("pii_free",
     "Dear Customer,\n"
     "Thank you for contacting Support. Dear Sir or Madam, please find the form attached.\n"
     "Kind regards,\n"
     "The Accounts Team"),
    ("pii_free",
     "Screening leaflet\n"
     "Down syndrome, Tourette syndrome, Crohn's disease and Alzheimer's disease.\n"
     "Ask about the Apgar score and the Heimlich manoeuvre at the desk."),
    ("pii_free",
     "Stock check\n"
     "Hunter wellies, Mason jars, Jack Daniel's, Johnnie Walker and Captain Morgan.\n"
     "Ben & Jerry's tubs are in freezer 2."),
]


def dev6_records() -> list[Labelled]:
    """The hand-written development records of this set, parsed (gold spans on field `text`)."""
    return [parse_marked(kind, marked) for kind, marked in RECORDS]
