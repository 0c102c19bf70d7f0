"""A BLIND test set for `redact_quality`: only its aggregate scores are ever printed; its misses are never shown
and nothing (no rule, list or threshold) is tuned on it, so it measures how the detector generalises.

It was written by hand without reading the detector (pipeline/), its name lists (configs/names/) or any other
gold or development set; every name, street, postcode, phone, e-mail and identifier was invented for this file.

Records imitate the data of a European/US/UK/Indian company: support tickets, clinical notes, HR mail, chat logs,
ops logs, CSV rows, postal blocks, bank, CRM and referral notes, forum posts, payment updates, tax forms and
customer reviews, plus PII-free look-alikes (brands and eponyms that look like people, dishes, storms, famous
streets in prose, Title Case headings, version numbers shaped like IP addresses, empty templates). People come
from some two dozen cultures (English, Irish, Scottish, Spanish and Latin American, Portuguese and Brazilian,
French, German, Italian, Dutch, Polish, Russian and Ukrainian, Turkish, Arabic, Persian, several Indian
languages, Chinese, Vietnamese, Korean, Japanese, Filipino, Nigerian, Ghanaian, Kenyan, Greek) and are written as
real data writes them: `SURNAME, Given`, `SURNAME/GIVEN MR`, family name first, capitals, initials, particles and
diacritics, lone given names, lower-case chat names and user names, possessives, given names that are also words.
Addresses follow the formats of the UK, Ireland, the US, Canada, Germany, France, Spain, Italy, the Netherlands,
Poland, Turkey, India, Pakistan, the UAE, Nigeria, Kenya, Brazil, Mexico, Japan, Vietnam, the Philippines and
Australia. Identifiers whose scheme has a check digit carry a valid one (tests/test_redact_blind9.py checks
them): payment cards and the Canadian SIN and Emirates ID (Luhn), IBANs (mod 97), NHS and CHI numbers, Aadhaar
(Verhoeff), German Steuer-ID, French NIR, Spanish DNI/NIE, Italian codice fiscale, Dutch BSN, Polish PESEL,
Turkish TC Kimlik, Brazilian CPF, Irish PPSN and the German health-insurance number; SSNs, NINOs, PANs,
passports, driving licences, MRNs, member and account numbers have none. A few Unicode oddities (no-break
spaces, a zero-width space, a full-width at sign, curly quotes) occur as real text has them.

Markup (that of benchmarks/redact_dev.py): `{P:...}` PERSON (titles stay outside; user names built from a name
are PERSON; a name inside an e-mail address belongs to the e-mail span), `{A:...}` ADDRESS (each part
separately: street line, flat/building line, postcode), `{E:...}` EMAIL_ADDRESS, `{T:...}` PHONE_NUMBER,
`{I:...}` ID, `{B:...}` DATE_OF_BIRTH (only a date next to a birth cue), `{N:...}` IP_ADDRESS, `{C:...}` a town,
city or district (neutral). Countries, regions, organisations, products, order numbers and ordinary dates are
not marked.
"""

from __future__ import annotations

from benchmarks.redact_data import Labelled
from benchmarks.redact_dev import parse_marked

RECORDS: list[tuple[str, str]] = [
    # --- support tickets ------------------------------------------------------------------------------------------
    ("support_ticket", "Ticket #48213 - login loop\nReporter: {P:Aoife Ní Bhriain} "
     "<{E:aoife.nibhriain@harbourlane.ie}>\nPhone: {T:+353 87 412 6638}\nHi, every time I sign in from the "
     "{C:Galway} office it bounces me back to the start page.\nLast good login was Monday from {N:86.43.118.207}.\n"
     "Thanks, {P:Aoife}"),
    ("support_ticket", "Subject: Refund not received (order 77-30419)\nFrom: {P:Rahul Deshpande}\nHello team, I "
     "returned the blender on 2 May and still no refund.\nCard used: {I:4539 7182 0463 5170}\nYou can call me on "
     "{T:+91 98220 41573} after 6pm.\nRegards,\n{P:Rahul}"),
    ("support_ticket", "Case 2024-11873\nCustomer: {P:OKONKWO, Chidinma}\nEmail: "
     "{E:chidinma.okonkwo@pelicanmail.ng}\nAddress on file: {A:14 Adeola Odeku Street}, {C:Victoria Island}, "
     "{C:Lagos}\nIssue: parcel marked delivered but nothing arrived. The gateman, {P:Musa}, says no courier came.\n"
     "Agent note: escalated to {P:Tobi} in logistics."),
    ("support_ticket", "[Helpdesk] #90317 Password reset\nRequester: {P:jakub.wrobel} ({E:j.wrobel@vistulasoft.pl})\n"
     "Dzień dobry, I cannot reset my password, the link expires immediately.\nIP in the log: {N:83.24.155.90}\n"
     "Please reply in English or Polish, thank you\n{P:Jakub Wróbel}"),
    ("support_ticket", "Ticket 55120 | Priority: High\nName: {P:Mehmet Yıldırım}\nTel: {T:+90 532 418 27 61}\nKargo "
     "hâlâ gelmedi - the package still has not arrived at my address:\n{A:Bağdat Caddesi No: 241 D: 7}\n{A:34728} "
     "{C:Kadıköy}/{C:İstanbul}\nSigned, {P:M. Yıldırım}"),
    ("support_ticket", "Hi support,\nMy name is {P:Nguyễn Thị Hồng Nhung}, I ordered a phone case but got the wrong "
     "colour.\nMy account email is {E:hongnhung.nguyen@songhuong.vn} and my mobile is {T:+84 903 217 648}.\nCould "
     "{P:Linh} from your {C:Hanoi} branch call me?\nCảm ơn,\n{P:Nhung}"),
    ("support_ticket", "Ticket #71004 - duplicate charge\nCustomer {P:Grace Mensah-Bonsu} reports two charges of "
     "£49.99.\nFull card number read out on the call: {I:2223 1760 4598 8131}\nCallback: {T:07700 914 265}\nHandled "
     "by {P:Will Tennant}, 2nd line.\n{P:Grace} asked that we email {E:g.mensahbonsu@kestrelpost.co.uk} instead of "
     "calling."),
    ("support_ticket", "From: {P:Kenji Watanabe} <{E:kenji.watanabe\uff20akaneko.co.jp}>\nSubject: Invoice address "
     "wrong\nPlease correct the billing address to:\n{A:1-19-11 Jinnan}, {C:Shibuya}-ku, {C:Tokyo} {A:150-0041}\nTel "
     "{T:03-5428-7710}\n{P:Watanabe}"),
    ("support_ticket", "#30981 Account locked\nUser: {P:Fatima Al-Harbi}\nEmail: {E:fatima.alharbi@dunepost.ae}\n"
     "Location: {A:Villa 12, Street 27}, {C:Al Barsha 2}, {C:Dubai}\nShe tried 5 times from {N:94.200.71.38} and "
     "then from {N:2001:8f8:1d23:4a00::19}.\nUnlocked by {P:Hope} at 14:05."),
    ("support_ticket", "Ticket 66412\nContact: {P:Diego Ramírez Oyarzún}\nWhatsApp: {T:+52 55 4183 2906}\nEnvío a: "
     "{A:Calle Río Lerma 187, Int. 4}, Col. {C:Cuauhtémoc}, {A:06500} {C:Ciudad de México}, CDMX\nEl repartidor dejó "
     "el paquete con el vecino, don {P:Ernesto}.\nPlease confirm it was signed for."),
    ("support_ticket", "Ticket #8842 reopened\n{P:Siddharth Iyer} wrote: still failing after the fix.\nHis laptop "
     "({N:10.22.4.131}) cannot reach the print server.\nAsset owner: {P:Priya Venkataraman} (manager), "
     "{T:+44 20 3872 4410} ext 4417\n{P:Siddharth}'s manager approved a loan laptop."),
    # --- clinical notes -------------------------------------------------------------------------------------------
    ("clinical_note", "Patient: {P:McLAUGHLIN, Eilidh}  DOB: {B:02/11/1957}  CHI: {I:0211576247}\nSeen in "
     "{C:Inverness} clinic with her daughter {P:Morag}.\nBP 148/92, on amlodipine 5mg.\nPlan: review in 6 weeks with "
     "Dr {P:Fraser}."),
    ("clinical_note", "Ward 7B handover 07:30\nBed 4 - Mr {P:Tadeusz Kowalczyk}, 81, NHS {I:485 721 0932}\nPost-op "
     "day 2, mobilising with frame. Son {P:Paweł} visiting at 11.\nBed 5 - Mrs {P:Oluwaseun Adebayo-Smith}, DOB "
     "{B:19.04.1964}, MRN {I:RX4471902}\nNBM from midnight. Allergic to penicillin.\nHandover by {P:Rose Kiernan} RN "
     "to {P:Mark}."),
    ("clinical_note", "OPD note - Cardiology\nName: {P:Lakshmi Narayanan}  Age/Sex: 62/F\nUHID: {I:MH-2291-04473}  "
     "Aadhaar: {I:7391 5082 4612}\nAddress: {A:Plot 41, 3rd Cross Street}, {C:Adyar}, {C:Chennai} {A:600020}\nC/o "
     "chest tightness on exertion x 2 weeks. ECG: T inversion V4-V6.\nAdvised TMT. Attendant: son {P:Karthik} "
     "({T:+91 94440 17293})"),
    ("clinical_note", "Arztbrief - Entlassung\nPatientin: {P:Schröder, Annelie}, geb. {B:03.09.1948}\nAnschrift: "
     "{A:Lindenstraße 14}, {A:79098} {C:Freiburg im Breisgau}\nDiagnose: Oberschenkelhalsfraktur links, versorgt mit "
     "DHS.\nNachsorge durch Hausarzt Dr. med. {P:Jörg Hellwig}.\nAngehörige: Tochter {P:Katrin Brückner}, Tel. "
     "{T:0761 4829 317}"),
    ("clinical_note", "SOAP - telehealth\nS: {P:Jomar Dela Cruz}, 34M, c/o cough x5d. Lives with partner {P:Ria} in "
     "{C:Quezon City}.\nO: afebrile on video, RR 18.\nA: likely viral URTI.\nP: fluids, paracetamol PRN; rtc if "
     "worse. PhilHealth no. {I:12-048293716-5}"),
    ("clinical_note", "Clinic letter cc: patient\nRe: {P:Ahmad Reza Tehrani}, born {B:21 March 1971}, Hospital no. "
     "{I:K0938412}\nMr {P:Tehrani} attended with his wife {P:Shirin}. His HbA1c has improved to 54.\nI have asked Dr "
     "{P:Okoro} to review his feet.\nYours sincerely,\n{P:Hannah Goldsworthy}, Diabetes Specialist Nurse"),
    ("clinical_note", "Compte rendu de consultation\nPatient : M. {P:Benoît Lefebvre-Garnier}, né le {B:14/07/1984}\n"
     "N° de sécurité sociale : {I:1 84 07 75 056 231 61}\nAdresse : {A:27 rue des Tanneurs}, {A:59000} {C:Lille}\n"
     "Motif : lombalgie chronique. Kinésithérapie prescrite (10 séances).\nDr {P:Camille Rousseau}"),
    ("clinical_note", "Triage 23:14\n{P:Zhang Wei} (family name Zhang), 45M, chest pain 7/10.\nNOK: wife "
     "{P:Liu Fang} {T:07912 448 306}\nNHS {I:943 760 2182}\nInterpreter (Mandarin) requested - {P:Xiaoming} arrived "
     "23:40.\nTriage nurse: {P:J. Okafor}"),
    ("clinical_note", "Physio note\nPt {P:Park Ji-hoon} (박지훈), R knee ACL recon wk 6.\nROM 0-115. Quads "
     "activation good.\nHe is travelling to {C:Busan} next month - gave him a home programme.\nNext appt with "
     "{P:Seo-yeon} (physio) Thurs 09:00"),
    ("clinical_note", "Informe de urgencias\nPaciente: {P:Itziar Goikoetxea Larrañaga}, DNI {I:30577214W}\nFecha de "
     "nacimiento: {B:11/02/1990}\nDomicilio: {A:Calle Autonomía 33, 4º izq.}, {A:48012} {C:Bilbao}\nContusión en "
     "muñeca derecha tras caída en bicicleta. Rx sin fractura.\nAcompañada por su pareja, {P:Unai}."),
    ("clinical_note", "Maternity record\nMother: {P:Wanjiru Kamau}, 27, G2P1\nNational ID: {I:28471930}\nHusband: "
     "{P:Otieno Ochieng}, phone {T:0722 418 093}\nResidence: {A:Ngong Road, Plot 2207}, {C:Kilimani}, {C:Nairobi}\n"
     "Baby girl delivered 04:12, named {P:Joy Akinyi}.\nMidwife: Sister {P:Mercy}"),
    # --- HR e-mail ------------------------------------------------------------------------------------------------
    ("hr_email", "From: {P:Isabel Marques} <{E:isabel.marques@norteviva.pt}>\nTo: HR Shared Services\nSubject: "
     "Change of bank details\nOlá, please update my salary account to {I:PT19 0035 0073 0000 2918 4756 3}.\nMy new "
     "address is {A:Rua de Santa Catarina 512, 3º Esq.}, {A:4000-447} {C:Porto}.\nObrigada,\n{P:Isabel}"),
    ("hr_email", "Hi {P:Mark},\nQuick one: {P:Olusegun}'s probation review is due on the 14th.\nCould you send me "
     "the objectives you agreed with him? {P:Segun} mentioned he hasn't got a copy.\nThanks\n{P:Deborah}\n--\n"
     "{P:Deborah Fairweather} | People Partner | {T:+44 161 830 2274}"),
    ("hr_email", "Betreff: Lohnsteuer - Steuer-ID fehlt\nHallo Frau {P:Weißgerber},\nfür die Gehaltsabrechnung "
     "benötigen wir noch Ihre Steuer-ID.\n> Meine Steuer-ID lautet {I:47 361 520 487}, geboren am {B:17.06.1993}.\n> "
     "Viele Grüße\n> {P:Sabine Weißgerber}\n> {A:Am Kirchberg 3}, {A:01067} {C:Dresden}"),
    ("hr_email", "Dear {P:Ananya},\nWelcome to the {C:Pune} office! Please bring your PAN card ({I:BQTPS4827K}, name "
     "on card {P:SHARMA ANANYA}) for KYC.\nYour buddy for the first month is {P:Rohit Kulkarni}.\nFor your access "
     "card write to {P:Shweta} at {E:shweta.joshi@kairavtech.in}.\nRegards,\nTalent Acquisition"),
    ("hr_email", "Subject: Sick leave - {P:Tomás Ó Súilleabháin}\n{P:Tomás} phoned in at 07:50, flu, expects to be "
     "off until Thursday.\nHe asked that his manager {P:Niamh Gallagher} is told; she's in {C:Cork} today.\nPPSN for "
     "the illness benefit form: {I:8273049D}\n-- {P:Ciara}"),
    ("hr_email", "Onderwerp: Contractverlenging\nBeste {P:Sanne},\nIn de bijlage vind je het nieuwe contract voor "
     "{P:Daan van der Berg}.\nBSN ter controle: {I:194073622}\nAdres: {A:Prinsengracht 263-2}, {A:1016 GV} "
     "{C:Amsterdam}\nGroet,\n{P:Joost Hendriks}"),
    ("hr_email", "Subject: Onboarding - {P:Agnieszka Zielińska-Nowak}\nStart date 1 September. PESEL {I:88071405243} "
     "(data urodzenia {B:14.07.1988}).\nAddress: {A:ul. Piotrkowska 118 m. 9}, {A:90-006} {C:Łódź}\nLaptop to be "
     "shipped by {P:Kasia} from IT.\nMobile: {T:+48 601 274 938}"),
    ("hr_email", "Hi all,\nPlease welcome {P:Hope Adjei}, who joins Finance on Monday, and say goodbye to {P:Will}, "
     "who moves to {C:Leeds}.\n{P:Hope} previously worked with {P:Kofi Boateng} in {C:Accra}.\nCake in the kitchen "
     "at 3!\n{P:Emma}"),
    ("hr_email", "To: benefits@brandt-hollis.com\nFrom: {P:Tyler Brandt}\nI'm adding my wife {P:Marisol Brandt} (née "
     "{P:Quintanilla}) to my dental plan.\nHer SSN is {I:518-47-2093} and DOB {B:09/23/1986}.\nMailing address: "
     "{A:4418 Maple Grove Ln, Apt 2C}, {C:Columbus}, OH {A:43214}\nThanks, {P:Ty}"),
    ("hr_email", "Dear Mr. {P:Khalid},\nYour visa renewal is in progress. Please send a copy of your passport "
     "({I:P8392041}) and Emirates ID ({I:784-1985-3920147-9}).\nContact {P:Rania Haddad} in Government Relations on "
     "{T:+971 4 389 2210} or {E:rania.haddad@sandgate-hr.ae}.\nBest regards,\n{P:Layla}"),
    ("hr_email", "Konu: Yıllık izin\nMerhaba {P:Ayşe} Hanım,\nizin talebim 12-23 Ağustos arası. Yerime "
     "{P:Burak Öztürk} bakacak.\nT.C. Kimlik No: {I:38492051798}\nSaygılarımla,\n{P:Ebru Çağlayan}"),
    # --- chat logs ------------------------------------------------------------------------------------------------
    ("chat_log", "[09:14] <{P:sam_okeke}> morning! anyone seen {P:dami}?\n[09:15] <{P:lena.h}> she's wfh today i "
     "think\n[09:15] <{P:sam_okeke}> ok will ping her, need the {C:Abuja} numbers\n[09:17] <{P:dami}> here! sending "
     "now\n[09:18] <{P:lena.h}> 👍"),
    ("chat_log", "12/03/24, 18:02 - {P:Carolina Vásquez}: Hola! te paso la dirección para el sábado\n12/03/24, 18:02 "
     "- {P:Carolina Vásquez}: {A:Carrera 43A # 14-109, apto 1502}, {C:El Poblado}, {C:Medellín}\n12/03/24, 18:05 - "
     "{P:Julián}: listo, gracias {P:Caro}\n12/03/24, 18:06 - {P:Carolina Vásquez}: mi cel por si acaso "
     "{T:+57 310 482 7716}"),
    ("chat_log", "Agent ({P:Ifeoma}): Hi, thanks for waiting. Can I take your full name?\nCustomer: its "
     "{P:rajesh kumar pillai}\nAgent ({P:Ifeoma}): Thanks {P:Rajesh}. And the email on the account?\nCustomer: "
     "{E:rkpillai.1979@quickmail.in}\nCustomer: born {B:5th may 1979} if you need it\nAgent ({P:Ifeoma}): perfect, "
     "I've found you."),
    ("chat_log", "{P:anh.tran}  10:41 AM\ncan someone add {P:minh} to #release? his email is "
     "{E:minh.le@orchidlabs.io}\n{P:chris.ob}  10:43 AM\ndone. @{P:anh.tran} you also wanted {P:Grace} right?\n"
     "{P:anh.tran}  10:44 AM\nyes pls 🙏"),
    ("chat_log", "{P:Олег Петренко}: Привіт, скинь адресу для доставки\n{P:Іра}: "
     "{A:вул. Січових Стрільців, 37, кв. 12}, {C:Київ}, {A:04053}\n{P:Олег Петренко}: дякую! і телефон?\n{P:Іра}: "
     "{T:+380 67 482 19 03}"),
    ("chat_log", "[21:03] {P:kwame_asante99}: who's up for ranked\n[21:03] {P:SofiaBelloni}: me, give me 5\n[21:04] "
     "{P:kwame_asante99}: {P:sofia} bring {P:marco} too\n[21:06] {P:Marco_R}: here\n[21:06] {P:SofiaBelloni}: server "
     "is lagging, my ip is {N:151.38.204.77} if u want to whitelist"),
    ("chat_log", "[14:02] {P:Yui Takahashi}: すみません、注文番号 J-88214 の件です\n[14:03] Agent {P:Daniel}: Hi "
     "{P:Takahashi}-san, how can I help?\n[14:04] {P:Yui Takahashi}: I moved. new address {A:2-8-15 Umeda}, "
     "{C:Kita-ku}, {C:Osaka} {A:530-0001}\n[14:05] Agent {P:Daniel}: updated ✔"),
    ("chat_log", "{P:Fiona MacLeod}  3:12 PM\nAre you joining the call with {P:Hamish}?\n{P:Oliver Pryce}  3:12 PM\n"
     "yes, just running late. can you send the dial-in? My mobile is {T:07841 302 957}\n{P:Fiona MacLeod}  3:13 PM\n"
     "sent to {E:oliver.pryce@brackenridge.co.uk}"),
    ("chat_log", "{P:Darius}: Salam {P:Nasrin} jan, did you get the documents?\n{P:Nasrin Karimi}: yes, thanks. "
     "{P:Babak} will pick them up\n{P:Darius}: great. tell him the envelope is at reception\n{P:Nasrin Karimi}: "
     "merci ❤️"),
    ("chat_log", "[8:45 PM] {P:Marites Bautista}: nak, where are you?\n[8:46 PM] {P:Jun-Jun}: still in {C:Makati}, "
     "traffic sa EDSA\n[8:46 PM] {P:Marites Bautista}: ok ingat. ask {P:Joy} to buy pandesal for Lola {P:Caring}\n"
     "[8:47 PM] {P:Jun-Jun}: sige po"),
    ("chat_log", "{P:Eleni P.}: Γεια! I'll be in {C:Thessaloniki} tomorrow\n{P:Giorgos Antoniadis}: great, come to "
     "the office, {A:Tsimiski 45}, 3rd floor\n{P:Eleni P.}: perfect, what's your number again?\n"
     "{P:Giorgos Antoniadis}: {T:+30 694 218 3307}"),
    # --- ops logs -------------------------------------------------------------------------------------------------
    ("ops_log", "2024-05-03T11:42:07Z sshd[2211]: Failed password for {P:mkowalski} from {N:185.220.101.44} port "
     "51522\n2024-05-03T11:42:09Z sshd[2211]: Failed password for {P:mkowalski} from {N:185.220.101.44} port 51530\n"
     "2024-05-03T11:43:15Z sshd[2290]: Accepted publickey for deploy from {N:10.0.8.21} port 40112\n"
     "2024-05-03T11:44:00Z sudo: deploy : TTY=pts/0 ; USER=root ; COMMAND=/bin/systemctl restart nginx"),
    ("ops_log", "{N:92.40.198.11} - - [03/May/2024:09:12:55 +0100] \"POST /login HTTP/1.1\" 302 0\n{N:39.45.117.203} "
     "- - [03/May/2024:09:13:02 +0100] \"GET /reset?user={E:tariq.hussain@fastpost.pk} HTTP/1.1\" 200 512\n"
     "{N:2a02:c7f:5a14:9e00::3b1} - - [03/May/2024:09:13:40 +0100] \"GET /health HTTP/1.1\" 200 2"),
    ("ops_log", "INFO  2024-06-11 08:00:01 order.service created order=55812 customer_id=CUS-00418\nWARN  2024-06-11 "
     "08:00:03 mailer bounce to={E:hatice.sahin@kordonmail.com.tr} reason=mailbox_full\nINFO  2024-06-11 08:00:04 "
     "sms.send to={T:+905334172085} template=otp\nERROR 2024-06-11 08:00:09 kyc.verify failed tckn={I:15930726418} "
     "name=\"{P:Hatice Şahin}\""),
    ("ops_log", "EventID 4625  An account failed to log on.\n  Account Name: {P:j.delacroix}\n  Workstation Name: "
     "LT-PAR-0917\n  Source Network Address: {N:172.16.40.19}\n  Failure Reason: Unknown user name or bad password."),
    ("ops_log", "audit: user={P:priya.natarajan} action=export table=customers rows=1204 ip={N:122.171.20.63}\n"
     "audit: user={P:priya.natarajan} action=download file=customers_2024Q1.csv ip={N:122.171.20.63}\naudit: "
     "user=svc-backup action=snapshot ip={N:10.4.0.5}\nalert: bulk export by {P:priya.natarajan} flagged for review "
     "by {P:Graham Oduya}"),
    ("ops_log", "2024-02-19 14:22:31 WARN  payments-7f9c5 manual review: iban={I:DE44500105175407324931} "
     "holder=\"{P:Lukas Brandstätter}\"\n2024-02-19 14:22:31 DEBUG payments-7f9c5 request from {N:10.244.3.17} via "
     "ingress {N:34.107.55.210}\n2024-02-19 14:22:32 INFO  payments-7f9c5 retry scheduled in 300s"),
    ("ops_log", "postfix/smtp[4412]: 3F2A1C: to=<{E:chiara.benedetti@lagunamail.it}>, "
     "relay=mx.lagunamail.it[{N:212.48.9.37}]:25, status=sent\npostfix/smtpd[4419]: connect from "
     "unknown[{N:45.83.64.201}]\npostfix/smtpd[4419]: NOQUEUE: reject: RCPT from unknown[{N:45.83.64.201}]: 554 "
     "5.7.1 <{E:v.ferraro@lagunamail.it}>: Relay access denied"),
    ("ops_log", "vpn-gw1: user '{P:a.nasser}' connected from {N:5.37.198.102}, assigned {N:10.90.0.44}\nvpn-gw1: "
     "user '{P:e.kowalczyk}' connected from {N:89.64.22.180}, assigned {N:10.90.0.45}\nvpn-gw1: user '{P:a.nasser}' "
     "disconnected after 02:14:09, 1.2 GB"),
    ("ops_log", "sync 03:00:01 upsert contact id=88219 name=\"{P:O'Brien, Saoirse}\" "
     "email={E:saoirse.obrien@gmail.com}\nsync 03:00:02 upsert contact id=88220 name=\"{P:Adeyemi, Folake}\" "
     "phone={T:+2348031947260}\nsync 03:00:02 skip contact id=88221 reason=no_consent\nsync 03:00:03 done upserted=2 "
     "skipped=1"),
    ("ops_log", "DROP IN=eth0 SRC={N:41.90.12.156} DST={N:196.201.214.9} PROTO=TCP DPT=3389\nDROP IN=eth0 "
     "SRC={N:41.90.12.156} DST={N:196.201.214.9} PROTO=TCP DPT=445\nACCEPT IN=eth0 SRC={N:197.248.5.73} "
     "DST={N:196.201.214.9} PROTO=TCP DPT=443"),
    ("ops_log", "commit 4e1f0a2c9b\nAuthor: {P:Nikos Papadimitriou} <{E:nikos.papadimitriou@thermaikos.dev}>\nDate:  "
     " Tue Apr 9 16:20:11 2024 +0300\n\n    Fix null check in address parser (reported by {P:Ayodele})\n\n    "
     "Signed-off-by: {P:Nikos Papadimitriou} <{E:nikos.papadimitriou@thermaikos.dev}>"),
    # --- CSV rows -------------------------------------------------------------------------------------------------
    ("csv_rows", "id,first_name,last_name,email,phone,city\n"
     "1041,{P:Siobhan},{P:Kavanagh},{E:siobhan.kavanagh@eircom.net},{T:+353 1 490 2277},{C:Dublin}\n"
     "1042,{P:Rajat},{P:Mehra},{E:rajat.mehra88@rediffmail.com},{T:+91 98110 52746},{C:New Delhi}\n"
     "1043,{P:Ngozi},{P:Eze},{E:ngozi.eze@yahoo.co.uk},{T:+234 809 225 4107},{C:Enugu}"),
    ("csv_rows", "Nachname;Vorname;Straße;PLZ;Ort;Geburtsdatum\n"
     "{P:Öztürk};{P:Emre};{A:Weserstraße 88};{A:12047};{C:Berlin};{B:04.11.1990}\n"
     "{P:Hoffmann};{P:Lea-Marie};{A:Königsallee 21};{A:40212};{C:Düsseldorf};{B:30.01.2001}\n"
     "{P:Kaminski};{P:Piotr};{A:Hafenstraße 5a};{A:20359};{C:Hamburg};{B:12.08.1975}"),
    ("csv_rows", "EMP0192,\"{P:ABUBAKAR, Ibrahim}\",{I:JT 48 21 93 C},{I:GB55MIDL40512731946208}\n"
     "EMP0193,\"{P:CHEN, Xiaoling}\",{I:NZ739104B},{I:GB84 NWBK 6073 0126 4938 51}\n"
     "EMP0194,\"{P:FERNANDES, Joanna}\",{I:PA620188D},{I:GB33HBUK40112794018366}"),
    ("csv_rows", "ticket_no,attendee,company,email,dietary\nT-0031,Dr. {P:Amara Nwosu},Halden "
     "Bio,{E:amara.nwosu@haldenbio.com},vegetarian\nT-0032,{P:Mark Rose},Rose & Finch LLP,{E:mrose@rosefinch.law},\n"
     "T-0033,{P:Felipe Ávila Souza},Cafezal,{E:felipe.souza@cafezal.com.br},no pork\n"
     "T-0034,{P:Priyanka Bhatt},Tarang Media,{E:priyanka@tarangmedia.in},vegan"),
    ("csv_rows", "nome;cpf;cidade;celular\n"
     "{P:Thiago Albuquerque Lins};{I:391.204.857-60};{C:Recife};{T:(81) 99732-4418}\n"
     "{P:Fernanda Costa e Silva};{I:028.571.946-76};{C:Belo Horizonte};{T:(31) 98245-1037}\n"
     "{P:João Pedro Nascimento};{I:715.843.092-88};{C:Porto Alegre};{T:(51) 99108-2264}"),
    ("csv_rows", "name,street,city,state,zip,phone\n"
     "\"{P:Whitfield, Darnell}\",{A:2207 Oak Hollow Dr},{C:Raleigh},NC,{A:27609},{T:(919) 847-2210}\n"
     "\"{P:Nguyen, Bao Tran}\",{A:88 Sycamore St Apt 4},{C:San Jose},CA,{A:95112},{T:(408) 926-3371}\n"
     "\"{P:Kowalski-Reyes, Ana}\",{A:1503 W Belmont Ave},{C:Chicago},IL,{A:60657},{T:(773) 294-0185}"),
    ("csv_rows", "member_no|name|dob|postcode\n{I:LYL-004829173}|{P:Hannah Bright}|{B:1992-02-29}|{A:BS3 4RT}\n"
     "{I:LYL-004829174}|{P:Babajide Coker}|{B:1985-10-03}|{A:SE15 5DQ}\n"
     "{I:LYL-004829175}|{P:Ewa Sobczak}|{B:1979-06-17}|{A:M14 6HL}"),
    ("csv_rows", "氏名,フリガナ,電話,メール\n"
     "{P:佐藤 健太},{P:サトウ ケンタ},{T:090-4418-2735},{E:k.sato@hoshizora.ne.jp}\n"
     "{P:鈴木 美咲},{P:スズキ ミサキ},{T:080-2276-9041},{E:misaki.suzuki@hoshizora.ne.jp}\n"
     "{P:高橋 大輔},{P:タカハシ ダイスケ},{T:070-3391-5804},{E:d-takahashi@kumo-net.jp}"),
    ("csv_rows", "STT,Họ và tên,Ngày sinh,Số điện thoại\n1,{P:Trần Văn Khải},{B:12/05/1996},{T:0912 384 507}\n"
     "2,{P:Lê Thị Mai Anh},{B:03/09/1999},{T:0987 215 640}\n3,{P:Phạm Quốc Bảo},{B:28/01/1994},{T:0903 662 178}"),
    ("csv_rows", "Auftraggeber;IBAN;Betrag;Verwendungszweck\n"
     "{P:Yılmaz, Serkan};{I:TR770006200019400006297351};-120,00;Miete März\n"
     "{P:Marchetti, Giulia};{I:IT48X0306909606100000072913};-45,90;Rechnung 2024-118\n"
     "{P:de Vries, Anouk};{I:NL48INGB0007261934};+300,00;Rückzahlung"),
    ("csv_rows", "Member,ID No,Phone,Branch\n{P:Achieng Odhiambo},{I:31829405},{T:0733 561 208},{C:Kisumu}\n"
     "{P:Kiprotich Langat},{I:27094183},{T:+254 712 094 631},{C:Eldoret}\n"
     "{P:Nana Ama Owusu},{I:GHA-724819305-6},{T:+233 24 418 7730},{C:Kumasi}"),
    # --- postal blocks --------------------------------------------------------------------------------------------
    ("postal_block", "Mrs {P:Elspeth Carmichael}\n{A:Flat 3/2}\n{A:47 Hyndland Road}\n{C:Glasgow}\n{A:G12 9UX}\n"
     "United Kingdom"),
    ("postal_block", "{P:Pádraig Mac Giolla Phádraig}\n{A:Apartment 14, The Granary}\n{A:Lower Dominick Street}\n"
     "{C:Galway}\n{A:H91 F2X6}\nIreland"),
    ("postal_block", "{P:Marie-Ève Tremblay}\n{A:2155, rue Saint-Denis, app. 8}\n{C:Montréal} (Québec) {A:H2X 3K9}\n"
     "Canada\nTél. : {T:514 283-6690}"),
    ("postal_block", "Madame {P:Sylvie Morel-Dufour}\n{A:Résidence Les Tilleuls, Bât. B}\n{A:14 avenue Jean Jaurès}\n"
     "{A:69007} {C:Lyon}\nFRANCE"),
    ("postal_block", "Sr. {P:Alejandro de la Fuente Marín}\n{A:C/ de Sepúlveda, 148, 3º 2ª}\n{A:08011} "
     "{C:Barcelona}\nEspaña"),
    ("postal_block", "Gent.ma Sig.ra {P:Giulia Benincasa}\n{A:Via dei Serragli 41}\n{A:50124} {C:Firenze} (FI)\n"
     "Italia"),
    ("postal_block", "Pan {P:Zbigniew Wiśniewski}\n{A:ul. Długa 12/4}\n{A:80-827} {C:Gdańsk}\nPolska"),
    ("postal_block", "To,\nShri {P:Venkatesh Rao Gundlapalli}\nS/o {P:G. Ramaiah}\n"
     "{A:H.No. 8-2-293/82/A, Road No. 14}\n{C:Banjara Hills}, {C:Hyderabad} - {A:500034}\nTelangana\nMob: "
     "{T:+91 99490 28317}"),
    ("postal_block", "{P:Muhammad Usman Qureshi}\n{A:House 27, Street 9, F-7/2}\n{C:Islamabad} {A:44000}\nPakistan\n"
     "{T:+92 300 5184 927}"),
    ("postal_block", "Mrs {P:Bolanle Ogunleye}\n{A:Plot 1128, Adetokunbo Ademola Crescent}\n{C:Wuse II}, {C:Abuja}\n"
     "{A:900288}\nFCT, Nigeria"),
    ("postal_block", "{P:Liam O'Connell}\n{A:Unit 5, 22 Beaconsfield Parade}\n{C:St Kilda} VIC {A:3182}\nAustralia"),
    ("postal_block", "{P:Raimunda Ferreira dos Santos}\n{A:Rua Barão de Jaguaribe, 318, apto 402}\n{C:Ipanema}\n"
     "{C:Rio de Janeiro} - RJ\n{A:22421-000}\nBrasil"),
    # --- bank notes -----------------------------------------------------------------------------------------------
    ("bank_note", "KYC refresh - relationship 00418829\nClient: {P:CHOWDHURY/ARIF} MR\nPassport {I:BX0482917} "
     "(Bangladesh), expires 2029; DOB {B:14/07/1980}\nUK driving licence {I:CHOWD807140A99XK}\nResidential: "
     "{A:Flat 12, Sutton Court}, {A:118 Commercial Road}, {C:London} {A:E1 2PQ}\nSource of funds: salary plus rent "
     "from a flat in {C:Sylhet}.\nReviewed by {P:Hannah Oyelaran}; approved {P:R. Castellano}."),
    ("bank_note", "Call note 14/05 - Mrs {P:Beatriz Carvalho}\nCustomer called about a card declined in {C:Madrid}.\n"
     "Verified with date of birth {B:22/03/1968} and the last 4 digits of the card.\nNew card to be sent to "
     "{A:Avenida da Liberdade 190, 5º Dto}, {A:1250-147} {C:Lisboa}.\nCard to cancel: {I:3791 526488 30216}"),
    ("bank_note", "Fraud case FR-22019\nCustomer {P:Dmitri Volkov} disputes 3 transactions on card "
     "{I:5412-0733-9816-2048}.\nHe says his son {P:Artyom} may have used it. Card blocked 16:40.\nContact: "
     "{T:+44 7455 281 930}, {E:d.volkov@arcticline.ru}\n{P:Volkov}'s new card goes to the branch, not home."),
    ("bank_note", "Home loan file note\nApplicant: Smt. {P:Meenakshi Sundaram}\nCo-applicant: {P:S. Arvind} "
     "(husband)\nPAN: {I:AGKPS7391M}  Aadhaar: {I:4862 0391 5776}\nProperty: {A:No. 14, 2nd Main Road}, "
     "{C:Indiranagar}, {C:Bengaluru} {A:560038}\nValuation by {P:Girish Hegde} pending."),
    ("bank_note", "Nota de oficina - {P:FERNÁNDEZ ORTEGA, Nuria}\nNIE del cónyuge: {I:X3948216J} "
     "({P:Mohamed El Amrani})\nCuenta: {I:ES74 2100 0418 4502 0051 9372}\nSolicita cambio de domicilio a "
     "{A:Avda. de la Constitución 8, 2º B}, {A:41004} {C:Sevilla}.\nAtendida por {P:Rocío}."),
    ("bank_note", "Standing order set up 02/04\nFrom: {P:Kwabena Ofori-Atta}, sort code 20-41-77, account "
     "{I:53918246}\nTo: {P:Efua Ofori-Atta} (daughter), {I:GB07 BARC 2031 8754 1903 26}\nAmount £250 monthly, "
     "reference UNI FEES\n{P:Kwabena} confirmed by phone on {T:01632 418 227}."),
    ("bank_note", "Account opening - {C:Lekki} branch\nName: {P:EZEKWESILI Chukwuemeka Ifeanyi}\nBVN: "
     "{I:22184057391}  NIN: {I:40582917362}\nAddress: {A:7 Admiralty Way}, {C:Lekki Phase 1}, {C:Lagos}\nPhone: "
     "{T:0805 331 6042}\nNext of kin: {P:Adaeze Ezekwesili} (wife)"),
    ("bank_note", "Gesprächsnotiz 08.03.\nKunde Herr {P:Wolfgang Rüdiger} bittet um Kontoauszüge für "
     "{I:DE80 1009 0000 0289 4362 17}.\nRückruf unter {T:+49 89 2180 4473}.\nVollmacht für Ehefrau {P:Gisela} liegt "
     "vor.\nBearbeitet: {P:T. Nguyen}"),
    ("bank_note", "Müşteri görüşmesi\nMüşteri: {P:KAYA Zeynep}\nTCKN: {I:62741085340}\nIBAN: "
     "{I:TR98 0001 0002 0194 8372 6500 14}\nAdres: {A:Atatürk Bulvarı No: 112 Daire: 5}, {A:06640} "
     "{C:Çankaya}/{C:Ankara}\nKredi kartı limiti artışı talep etti."),
    ("bank_note", "Remittance to {C:Karachi}\nSender: {P:Imran Siddiqui}, Emirates ID {I:784-1979-6158203-4}\n"
     "Beneficiary: {P:Sadia Siddiqui}, {I:PK91 HABB 0019 2873 4651 0092}\nSender mobile {T:+971 50 418 2293}\n"
     "Purpose: family support"),
    ("bank_note", "Branch note - {P:Reyes, Carmen}\nChecking account {I:483 920 1176} reactivated.\nW-9 on file, SSN "
     "{I:602-31-8845}. ID seen: NJ driver license {I:R4471 82930 04618}.\nAddress {A:77 Hudson St Apt 12F}, "
     "{C:Hoboken}, NJ {A:07030}\nShe asked that her brother {P:Luis} be removed as a joint holder."),
    # --- CRM notes ------------------------------------------------------------------------------------------------
    ("crm_note", "Lead: {P:Rosa María Gutiérrez} (Head of Procurement, Grupo Almendra)\nMet at the {C:Madrid} fair; "
     "wants a demo for her team of 40.\nMobile {T:+34 612 487 903}, email {E:rm.gutierrez@grupoalmendra.es}\n"
     "Follow-up owner: {P:Joe}"),
    ("crm_note", "Account: Brightwater Dental\nContact: Dr {P:Imogen Hale}\nNotes: {P:Imogen} prefers calls before "
     "9. Her PA is {P:Sunny Gill} ({T:0121 448 7720}).\nRenewal due in July; {P:Hale} is unhappy with the price rise."),
    ("crm_note", "Opportunity #4471 - Kansai rollout\nMet {P:Mori Takeshi} (森 武) and {P:Ishikawa Naomi} in "
     "{C:Kyoto}.\n{P:Mori}-san wants the Japanese UI before signing.\nEmail {E:t.mori@kamogawa-seiki.co.jp}, tel "
     "{T:+81 75-212-4408}\nNext step: {P:Rachel} sends a quote."),
    ("crm_note", "Customer {P:Olamide Bankole} called again re: delivery to {A:22 Broad Street}, {C:Ikeja}.\nShe is "
     "polite but frustrated - third missed slot.\nOffered a voucher; {P:Olamide} accepted.\nMobile on file "
     "{T:+234 703 418 2296}"),
    ("crm_note", "Contact updated by {P:pkaur}\nName: {P:Harpreet Kaur Sandhu}\nEmail: "
     "{E:harpreet.sandhu@outlook.com} (was {E:h.k.sandhu@oldmail.co.uk})\nAddress: {A:31 Tudor Road}, {C:Southall} "
     "{A:UB1 1NX}\nPrefers contact in Punjabi or English."),
    ("crm_note", "Churn risk: HIGH\nAccount owner {P:Anton Shevchenko} (ex-{C:Kharkiv} office) says the CFO, "
     "{P:Ruslana Bondar}, is reviewing all vendors.\nDo not contact {P:Ruslana} directly; go through {P:Anton}.\n"
     "Direct line {T:+380 44 593 1820}"),
    ("crm_note", "Note from trade show:\n{P:Hoang Duc Minh} - {E:minh.hoang@saigontech.vn} - interested in the API "
     "tier\n{P:Vo Thi Thu Ha} - {E:thuha.vo@saigontech.vn} - procurement\nBoth based in {C:Ho Chi Minh City}, office "
     "at {A:72 Lê Thánh Tôn}, {C:Bến Nghé}, {C:Quận 1}\nSend the Vietnamese brochure."),
    ("crm_note", "Call log 11:20\nSpoke to {P:Grainne} at reception, {P:Conor Whelan} was out.\n{P:Conor}'s mobile "
     "{T:087 236 4419} - try after lunch.\nThey are moving to {A:Unit 4, Ballybrit Business Park}, {C:Galway}, "
     "{A:H91 KD2R} in May."),
    ("crm_note", "Lead source: web form\nName: {P:Ayesha Khan}\nCompany: Indus Textiles\nCity: {C:Lahore}\nPhone: "
     "{T:+92 42 3577 1904}\nMessage: \u201cPlease ask Mr {P:Rizvi} to call me back about the order, he has my "
     "number.\u201d"),
    ("crm_note", "Account: Vermeulen Logistics\nPrimary contact: {P:Bram Vermeulen}, "
     "{E:bram@vermeulen-logistiek.nl}\nSecondary: {P:Fenna de Jong}, {T:+31 6 2841 7390}\nVisiting address "
     "{A:Waalhaven Zuidzijde 19}, {A:3089 JH} {C:Rotterdam}\n{P:Bram}'s daughter {P:Lotte} may take over next year."),
    ("crm_note", "Visit report - {P:Giovanni Esposito}\nShowroom in {C:Napoli}, {A:Via Toledo 256}, {A:80134}.\n"
     "{P:Esposito} wants exclusive rights for Campania.\nCodice fiscale for the contract: {I:SCRMTT91C14H501U} (his "
     "partner {P:Mattia Scarpellini} signs)\nPhone {T:+39 081 552 4170}"),
    # --- forum posts ----------------------------------------------------------------------------------------------
    ("forum_post", "Re: Router keeps dropping connection\nPosted by {P:gareth_pryce_77} » Tue 14 May\nSame here "
     "since the firmware update. My WAN IP keeps changing, last one was {N:86.157.41.220}.\n@{P:lucyjaneb} did the "
     "factory reset help you?\n--\n{P:Gareth}, {C:Swansea}"),
    ("forum_post", "Title: Recommendation for a plumber in {C:Didsbury}?\nHi all, ours has retired. {P:Bernadette} "
     "next door suggested {P:Kieran Doyle} but I can't find his number.\nAnyone have it? Happy to pay a bit more for "
     "someone reliable.\nThanks, {P:Shona}\nEDIT: found him - {T:07588 203 914}, thanks {P:Bernie}!"),
    ("forum_post", "[Kommentar] von {P:Hans-Jürgen}\nIch hatte das gleiche Problem mit der Lieferung nach "
     "{C:Leipzig}.\nDer Fahrer hat das Paket einfach bei Frau {P:Kühn} im Erdgeschoss abgegeben, ohne Zettel.\nZum "
     "Glück kennt sie mich. @{P:bettina.h} vielleicht ist deins auch beim Nachbarn?\nGruß aus {C:Connewitz}"),
    ("forum_post", "Thread: Lost wallet near the cathedral\nFound a brown wallet on {A:Calle Mayor 14} in "
     "{C:Salamanca} this morning.\nThe ID inside says {P:María José Herrero Blanco}, DNI {I:71920463S}.\nIf you know "
     "her, tell her it is at the bakery on the corner. - {P:pacoverdu}"),
    ("forum_post", "Posted by {P:rohan.k.menon}\nDoes anyone know if the Kochi passport office is open on "
     "Saturdays?\nMy appointment letter says {A:Panampilly Nagar}, {C:Kochi} {A:682036}.\nMy dad {P:Krishnan} went "
     "last year but doesn't remember.\nUpdate: {P:Anjali} from the group says yes, 9-1."),
    ("forum_post", "Re: Best biryani in town?\n{P:zainab_h} wrote:\n> try the place {P:Yusuf} runs near the mosque\n"
     "That's my uncle {P:Yusuf Haddad}'s place lol, {A:41 Coventry Road}, {C:Small Heath}. Tell him {P:Zainab} sent "
     "you."),
    ("forum_post", "Nederlandse expats in {C:Dubai}?\nHoi allemaal, ik ben {P:Marloes} en verhuis volgende maand met "
     "mijn man {P:Sjoerd} naar {C:Jumeirah Lake Towers}.\nWie wil koffie drinken? Mail me op "
     "{E:marloes.bakker@ziggo.nl}\nGroetjes, {P:Marloes Bakker}"),
    ("forum_post", "Moderator note: post edited by {P:Ivan_K}\nReason: user {P:anna_sokolova} posted her phone "
     "number ({T:+7 916 482 30 17}) in a public thread.\n{P:Anna}, please use private messages for that.\nThread "
     "locked."),
    ("forum_post", "Ask the community: selling my car in {C:Mombasa}\nToyota Fielder 2014, 98k km, clean.\nCall or "
     "WhatsApp {P:Baraka} on {T:0711 204 389}.\nViewing at {A:Nyali Road, off Links Road}, {C:Nyali}.\n"
     "{P:Baraka Mwangi}"),
    ("forum_post", "Re: Apartment scam warning\nA \u201clandlord\u201d called {P:Roberto Salinas} asked me for a "
     "deposit for {A:Av. Paulista 1842, apto 91} in {C:São Paulo}.\nHis email was "
     "{E:roberto.salinas.imoveis\u200b@gmail.com} and he sent a fake CPF.\nDon't pay anything! - {P:Luana}"),
    ("forum_post", "Cycling club - Sunday ride\nMeet 8:00 at the café on {A:Rue Sainte-Catherine 104}, "
     "{C:Bordeaux}.\n{P:Thibault} leads the fast group, {P:Chloé Marchand} the social one.\nQuestions to "
     "{P:Thibault} at {T:06 48 21 93 07}.\nÀ dimanche ! {P:Nico}"),
    # --- referral letters -----------------------------------------------------------------------------------------
    ("referral_letter", "Dear Dr {P:Abernethy},\nRe: Mrs {P:Charlotte Pemberton-Hughes}, DOB {B:08/05/1952}, NHS No. "
     "{I:601 284 7394}\n{A:12 Mill Lane}, {C:Bishop's Stortford}, {A:CM23 2HN}\nThank you for seeing this lady with "
     "progressive hearing loss. Her husband {P:Geoffrey} reports she no longer hears the phone.\nYours sincerely,\n"
     "Dr {P:Anil Chaudhary}, GP"),
    ("referral_letter", "Referral - Physiotherapy\nPatient: {P:O'Sullivan, Dermot}\nDate of birth: {B:30 Jan 1961}\n"
     "Address: {A:5 Ashgrove Terrace}, {C:Ballincollig}, Co. Cork, {A:P31 X2E4}\nPPSN: {I:5610392BA}\nLow back pain "
     "after a fall on ice. Please assess and treat.\nReferred by Dr {P:Maeve Cullinane}"),
    ("referral_letter", "Überweisung an: Orthopädie, Dr. {P:Klaus Eberhardt}\nPatient: {P:Yusuf Demir}, geb. "
     "{B:22.10.1979}\nVersicherten-Nr.: {I:D482917362}\nAnschrift: {A:Venloer Straße 301}, {A:50823} {C:Köln}\n"
     "Befund: Gonarthrose rechts. Bitte um Mitbeurteilung.\nMit freundlichen Grüßen, Dr. {P:Petra Lindqvist}"),
    ("referral_letter", "To the Consultant Psychiatrist\nRe: {P:Tunde Bakare} (DOB {B:14/12/1995}, MRN "
     "{I:SLM0048213})\n{P:Tunde} is a 28-year-old student who presents with low mood since his father Chief "
     "{P:Bakare} passed away.\nHe lives with his sister {P:Funmilayo} at {A:Flat 9, Elm House}, {A:201 Peckham Rye}, "
     "{C:London} {A:SE15 4NB}.\nContact {T:07953 118 402}.\nKind regards, Dr {P:Helen Marsh}"),
    ("referral_letter", "Lettre d'adressage\nCher confrère,\nJe vous adresse Mme {P:Fatou Diallo}, née le "
     "{B:03/03/1979}, NIR {I:2 79 03 69 123 047 80},\ndomiciliée {A:8 place Bellecour}, {A:69002} {C:Lyon}, pour "
     "bilan d'une anémie ferriprive.\nBien confraternellement,\nDr {P:Étienne Vasseur}"),
    ("referral_letter", "Referral to Endocrinology - {C:Mumbai}\nPatient: Mr {P:Aniket Patwardhan}, 41/M, born "
     "{B:2 Oct 1982}\nAddress: {A:B-704, Shanti Kunj CHS}, {A:Lokhandwala Complex}, {C:Andheri West}, {C:Mumbai} "
     "{A:400053}\nAadhaar {I:2937 4018 5622}; phone {T:+91 98200 73154}\nT2DM, poorly controlled on metformin.\nDr "
     "{P:Sunita Raghavan}"),
    ("referral_letter", "Riferimento al Centro Cardiologico\nPaziente: {P:Benincasa Giulia}, nata il {B:22/08/1985}\n"
     "C.F. {I:BNNGLI85M62F205X}\nResidente in {A:Corso Buenos Aires 77}, {A:20124} {C:Milano}\nSi richiede "
     "ecocardiogramma. Cordiali saluti, dott. {P:Renato Aiello}"),
    ("referral_letter", "Re: {P:Kim Min-jun}, DOB {B:1990.07.18}\nDear Dr {P:Hargreaves},\nMr {P:Kim} (family name "
     "first) moved here from {C:Seoul} in March and needs ongoing review of his asthma.\nHis wife {P:Lee Su-bin} "
     "will interpret.\nAddress: {A:44 Carlton Avenue}, {C:New Malden}, {A:KT3 4QJ}\n{P:Priya Anand}, Practice Nurse"),
    ("referral_letter", "Verwijsbrief\nGeachte collega,\nHierbij verwijs ik mevrouw {P:Ingrid van den Heuvel-Smit}, "
     "geboren {B:09-11-1966}, BSN {I:273185408},\nwonende {A:Oudegracht 141}, {A:3511 AH} {C:Utrecht}, voor "
     "beoordeling van haar heupklachten.\nMet vriendelijke groet, dr. {P:R. Bouwman}"),
    ("referral_letter", "Skierowanie do poradni neurologicznej\nPacjent: {P:Marek Grabowski}, PESEL {I:92030873473}\n"
     "Data urodzenia: {B:08.03.1992}\nAdres: {A:ul. Świętokrzyska 30/15}, {A:00-116} {C:Warszawa}\nRozpoznanie: "
     "migrena z aurą.\nLekarz kierujący: {P:Joanna Mazur}"),
    ("referral_letter", "Dear Colleague,\nI would be grateful if you could see {P:Aliyu Danjuma} (DOB "
     "{B:17/06/1970}, hospital no. {I:UCH/22/04871}) of {A:12 Bompai Road}, {C:Kano}.\n{P:Aliyu}'s BP remains "
     "uncontrolled on three agents.\nHis son {P:Ibrahim} can be reached on {T:+234 802 776 3140}.\nYours, Dr "
     "{P:Ngozi Achebe-Udeh}"),
    # --- payment updates ------------------------------------------------------------------------------------------
    ("payment_update", "Payment method updated\nCustomer: {P:Callum Baird} <{E:callum.baird@thistlemail.co.uk}>\nNew "
     "card: {I:6011 7392 5048 3168}, exp 09/27\nBilling address: {A:16 Comely Bank Avenue}, {C:Edinburgh} "
     "{A:EH4 1EL}\nUpdated by {P:callum.baird} via the web portal from {N:81.144.27.203}"),
    ("payment_update", "SEPA direct debit mandate\nDebtor: {P:Élodie Garnier}\nIBAN: "
     "{I:FR24 3000 4008 1900 0731 4628 531}\nAddress: {A:5 impasse des Lilas}, {A:44300} {C:Nantes}\nMandate "
     "reference RUM-2024-00913, signed electronically on 02/04/2024.\nQuestions: {E:elodie.garnier@laposte.net}"),
    ("payment_update", "Your payout is on its way\nHi {P:Ashok},\nWe sent ₹18,450.00 to account {I:50100284719362} "
     "(IFSC HDFC0001234).\nAccount holder: {P:ASHOK KUMAR REDDY}\nRegistered mobile: {T:+91 90004 71268}"),
    ("payment_update", "Rücklastschrift\nSehr geehrter Herr {P:Brandl},\ndie Lastschrift von Ihrem Konto "
     "{I:DE53 3704 0044 0532 8719 04} wurde zurückgegeben.\nBitte prüfen Sie Ihre Bankverbindung.\nIhre Anschrift "
     "laut Vertrag: {A:Sonnenstraße 27}, {A:80331} {C:München}"),
    ("payment_update", "Transfer T-88123 completed 11:02\nFrom: {P:Chen Jing} ({E:chenjing.uk@163.com})\nTo: "
     "{P:Wang Lei}, {I:IE90 BOFI 9058 3172 6405 19}\nNote from sender: \u201crent for "
     "{A:Flat 2, 19 Rathmines Road Lower}\u201d\nFee: €1.20"),
    ("payment_update", "Internal: payment retry\nCustomer {P:Joy Nakamura-Ellis} read her card number to agent "
     "{P:Ravi}: {I:4916\u00a09203\u00a07741\u00a08508}\nRetry succeeded, subscription reactivated.\n{P:Joy} asked "
     "for receipts at {E:joy.ne@fastmail.com}"),
    ("payment_update", "Remittance advice\nPaid to: {P:Oksana Melnyk}\nIBAN "
     "{I:PL15 1090 1024 0000 0001 2874 3651}\nAmount: 4 200,00 PLN, invoice FV/03/2024\nAddress: "
     "{A:ul. Mickiewicza 7 lok. 3}, {A:31-120} {C:Kraków}\nContact: {E:o.melnyk@wp.pl}"),
    ("payment_update", "Refund issued\nOrder 302-77119 for {P:Aditi Rao}\n₹2,399 refunded to card "
     "{I:5168 0447 2913 3608}\nShipping address on order: {A:Flat 3B, Lakshmi Residency}, {A:17th Main, HSR Layout}, "
     "{C:Bengaluru} {A:560102}"),
    ("payment_update", "Invoice paid - thank you!\n{P:Khaled Mansour}\n{A:Office 1407, Al Moosa Tower 2}, "
     "{A:Sheikh Zayed Road}, {C:Dubai}\nPaid AED 3,150 from {I:AE15 0260 0010 1573 8294 016}\nReceipt sent to "
     "{E:k.mansour@falconridge.ae}"),
    ("payment_update", "Pix recebido\nVocê recebeu R$ 250,00 de {P:Juliana Ribeiro Prado}\nChave Pix: "
     "{E:ju.prado@uol.com.br}\nConta de origem: {I:BR27 0000 0000 0106 7000 0117 653C 1}\nMensagem: \u201cvaleu pelo "
     "jantar, {P:Rafa}!\u201d"),
    ("payment_update", "Card replaced\nDear Mr {P:Tanaka},\nyour new card {I:3528 4109 7630 9250} is on its way to "
     "{A:4-2-8 Sakae}, {C:Naka-ku}, {C:Nagoya} {A:460-0008}.\nWe will text {T:+81 90-6632-1185} when it ships."),
    ("payment_update", "Direct deposit set up\nEmployee: {P:Nadia Haddad-Laurin}\nSIN {I:527 194 039}\nInstitution "
     "003, transit 01872, account {I:5092847}\n{A:88 Elgin Street, Suite 1204}, {C:Ottawa}, ON {A:K1P 5K7}"),
    # --- tax forms ------------------------------------------------------------------------------------------------
    ("tax_form", "SA100 - Tax return 2023-24\nName: {P:DUNMORE, Jocasta Anne}\nNational Insurance number: "
     "{I:JT 61 09 47 B}\nDate of birth: {B:11/09/1983}\nAddress: {A:The Old Forge}, {A:Church Street}, {C:Ledbury}, "
     "{A:HR8 1DH}\nPhone: {T:01531 632 480}"),
    ("tax_form", "Einkommensteuererklärung 2023 - Hauptvordruck\nName: {P:Kessler}  Vorname: {P:Marlene}\n"
     "Identifikationsnummer: {I:82940716253}\nGeburtsdatum: {B:05.05.1987}\nStraße: {A:Gutenbergstraße 12}\nPLZ/Ort: "
     "{A:70176} {C:Stuttgart}\nEhegatte: {P:Ahmet Kessler}, IdNr. {I:56 018 372 546}"),
    ("tax_form", "Form W-4 (2024)\nFirst name and middle initial: {P:Keisha L.}   Last name: {P:Washington}\nSSN: "
     "{I:233-90-4176}\nAddress: {A:1190 Peachtree Pl NE}\nCity, state, ZIP: {C:Atlanta}, GA {A:30309}\nFiling "
     "status: Single"),
    ("tax_form", "ITR-1 (Sahaj) AY 2024-25\nName: {P:GUPTA NEHA}\nPAN: {I:CRVPG5028H}\nAadhaar: {I:8605 1429 3071}\n"
     "DOB: {B:19/01/1991}\nAddress: {A:House No. 221, Sector 15-A}, {C:Faridabad}, Haryana {A:121007}\nMobile "
     "{T:98104 47236}, email {E:neha.gupta.ca@gmail.com}"),
    ("tax_form", "Modelo 100 - IRPF 2023\nDeclarante: {P:LÓPEZ GARRIDO, Javier}\nNIF: {I:48193027T}\nFecha de "
     "nacimiento: {B:27/04/1976}\nDomicilio: {A:C/ Larios 9, 5º A}, {A:29005} {C:Málaga}\nCónyuge: "
     "{P:Olena Kravets}, NIE {I:Y7051834W}"),
    ("tax_form", "Déclaration des revenus 2023 (n° 2042)\nDéclarant 1 : {P:BERTRAND Hélène}, née le {B:29/11/1991} à "
     "{C:Ajaccio}\nN° de sécurité sociale : {I:2 91 11 2A 004 118 07}\nAdresse : {A:3 cours Napoléon}, {A:20000} "
     "{C:Ajaccio}\nDéclarant 2 : {P:SANTONI Pierre-Marie}"),
    ("tax_form", "Modello 730/2024\nContribuente: {P:FURLANETTO LUCA}\nCodice fiscale: {I:FRLLCU78T05L219E}\nNato il "
     "{B:05/12/1978} a {C:Torino}\nResidenza: {A:Via Nizza 152}, {A:10126} {C:Torino}\nTelefono {T:+39 347 218 4096}"),
    ("tax_form", "Aangifte inkomstenbelasting 2023\nNaam: {P:El Idrissi, Yassine}\nBSN: {I:602513790}\n"
     "Geboortedatum: {B:16-02-1989}\nAdres: {A:Kanaalweg 44-bis}, {A:2903 LR} {C:Capelle aan den IJssel}\nFiscale "
     "partner: {P:Nora Boukhari}"),
    ("tax_form", "PIT-37 za 2023\nPodatnik: {P:KOWALEWSKA Natalia}\nPESEL: {I:01251108941}\nData urodzenia: "
     "{B:11.05.2001}\nAdres: {A:ul. Ogrodowa 3}, {A:61-821} {C:Poznań}\nUrząd Skarbowy: Poznań-Jeżyce"),
    ("tax_form", "KRA iTax - Individual Resident Return\nPIN: {I:A004827193Q}\nName: {P:NJOROGE PETER MWANGI}\nDate "
     "of Birth: {B:03/08/1984}\nPostal Address: {A:P.O. Box 41822-00100}, {C:Nairobi}\nMobile: {T:+254 722 630 418}\n"
     "Email: {E:pmnjoroge@gmail.com}"),
    ("tax_form", "BIR Form 1700\nTIN: {I:284-613-907-000}\nTaxpayer: {P:SANTOS, Maria Luisa Reyes}\nBirthdate: "
     "{B:07/22/1988}\nRegistered address: {A:Unit 1203, Tower 2, Avida Towers}, {A:Sen. Gil Puyat Ave}, "
     "{C:Makati City} {A:1200}\nSpouse: {P:Ramon Santos}"),
    # --- customer reviews -----------------------------------------------------------------------------------------
    ("customer_review", "★★★★★ Great service\n{P:Joanne} at the {C:Harrogate} branch sorted my broken screen in 20 "
     "minutes.\nAsk for her!\n- {P:Rob T.}"),
    ("customer_review", "★★☆☆☆\nDelivery driver ({P:Mike} I think) left my parcel in the rain.\nCalled support, "
     "{P:Aisha} was lovely but no refund yet.\n{P:Paulina Szymańska}, {C:Wrocław}"),
    ("customer_review", "Review by {P:dave_from_cork}\n5/5 - The lads fitted our kitchen in 3 days. {P:Declan} and "
     "{P:Rory} tidied everything.\nWould recommend to anyone in {C:Douglas} or {C:Blackrock}."),
    ("customer_review", "⭐⭐⭐⭐ Çok memnun kaldım\n{P:Gökhan} Bey çok ilgiliydi, ürün ertesi gün {C:Bursa}'ya "
     "geldi.\nKargo biraz geç ama sorun değil.\n- {P:Elif Karaağaç}"),
    ("customer_review", "Muy mal. Pedí una pizza y llegó fría.\nEl repartidor, {P:Kevin}, ni se disculpó.\nPor lo "
     "menos {P:Lucía} en atención al cliente me devolvió el dinero.\n{P:Andrés M.}, {C:Zaragoza}"),
    ("customer_review", "Stayed 3 nights, room 412.\nHuge thanks to {P:Rose} at reception and to {P:Mark} the "
     "concierge, who found us a table at short notice.\nOnly complaint: the wifi dropped constantly.\n- The "
     "{P:Okonjo} family, {C:Port Harcourt}"),
    ("customer_review", "Sehr kompetente Beratung durch Herrn {P:Yılmaz} in der Filiale {C:Mannheim}.\nMein Mann "
     "{P:Thorsten} war auch begeistert.\nGerne wieder!\n{P:Birgit S.}"),
    ("customer_review", "Ordered a saree for my sister {P:Pooja}'s wedding - delivered on time to {C:Jaipur}.\n"
     "Seller {P:Mohit} even called to confirm the colour.\n5 stars. - {P:Kavita Shekhawat}"),
    ("customer_review", "{P:vanessa.obi} rated 3/5\nLove the app but please fix sync between phone and laptop.\n"
     "{P:Chidi} from support said it's in the next update.\nPosted from {C:Birmingham}"),
    ("customer_review", "Best Korean BBQ outside {C:Seoul}!\nMrs {P:Choi} (the owner) remembered us from last time.\n"
     "Our server {P:Hyun-woo} recommended the galbi.\n- {P:Ji-eun} & {P:Tom}"),
    ("customer_review", "Quán phở ngon nhất {C:Đà Nẵng}! Chị {P:Hạnh} chủ quán rất thân thiện.\n(Best pho in Da "
     "Nang, the owner {P:Hanh} was so kind)\n- {P:Matthew Pereira}, visiting from {C:Goa}"),
    ("customer_review", "Amazing taverna in {C:Chania}.\n{P:Kostas} and his mum {P:Despina} cook everything fresh.\n"
     "Ask {P:Kostas} for the raki.\n- {P:Sinéad} & {P:Cian}"),
    # --- PII-free look-alikes -------------------------------------------------------------------------------------
    ("pii_free", "Lunch menu\nEggs Benedict with smoked salmon\nCaesar salad or Beef Wellington\nPeach Melba or "
     "Pavlova for dessert"),
    ("pii_free", "Storm Ciarán is expected to reach the south coast on Thursday.\nAmber warnings are in place; Storm "
     "Babet caused flooding here last year."),
    ("pii_free", "Release notes v4.2.0.17\nBuild 10.0.19045.3693 fixes the installer.\nCompatible with firmware "
     "2.4.1.8 and later."),
    ("pii_free", "Parkinson's disease and Alzheimer's disease are both neurodegenerative.\nThe Glasgow Coma Scale "
     "and the Apgar score are used at the bedside."),
    ("pii_free", "Ford, Tesla and Mercedes-Benz reported higher sales.\nJohnson & Johnson and Procter & Gamble "
     "shares fell slightly."),
    ("pii_free", "Dear [First Name],\nThank you for contacting us about order [Order ID].\nRegards,\n[Agent Name]"),
    ("pii_free", "Name: ____________\nDate of birth: __/__/____\nAddress: ____________________\nSignature:"),
    ("pii_free", "Walking down Oxford Street or the Champs-Élysées at Christmas is quite an experience.\nMany "
     "tourists also visit Wall Street and Abbey Road."),
    ("pii_free", "Quarterly Business Review\nCustomer Success Strategy\nNext Steps And Open Questions"),
    ("pii_free", "Our Victoria sponge and Earl Grey tea are back on the menu.\nTry the Margherita pizza or a Caprese "
     "salad."),
    ("pii_free", "Install with pip install requests==2.31.0\nPython 3.11.4 and NumPy 1.26.2 are required.\nThe "
     "private ranges are listed in RFC 1918."),
    ("pii_free", "The Nobel Prize and the Fields Medal were announced this week.\nHalley's Comet returns in 2061."),
    ("pii_free", "Agenda\n1. Welcome\n2. Budget Review\n3. Any Other Business\nMinutes to be circulated by Friday."),
    ("pii_free", "Ticket #20931 closed automatically after 7 days without a reply.\nPriority: Low\nCategory: Billing"),
    ("pii_free", "Tim Hortons, Dunkin' and Ben & Jerry's opened new outlets at the airport.\nMcDonald's closed two."),
    ("pii_free", "The Fibonacci sequence and Pascal's triangle appear in the exam.\nNewton's laws and Ohm's law are "
     "in chapter 3."),
    ("pii_free", "Hurricane Helene and Typhoon Haikui made landfall this season.\nCyclone Freddy lasted over a month."),
    ("pii_free", "Office hours: Mon-Fri 09:00-17:30\nClosed on public holidays.\nFor urgent issues use the portal."),
    ("pii_free", "Pad thai, chicken tikka masala, shakshuka and bibimbap are popular lunch options.\nSpaghetti alla "
     "carbonara remains a favourite."),
    ("pii_free", "Config loaded: retries=3 timeout=30s schema=1.2.3.4\nchecksum ok, 0 errors"),
    ("pii_free", "Hope you are well. Will you join us on Friday?\nThe grace period ends then, so mark the date.\nJoy "
     "all round."),
    ("pii_free", "Customer ID:\nEmail:\nPhone:\nIBAN:"),
    ("pii_free", "Microsoft Teams and Adobe Acrobat were updated overnight.\nDonations go to the Marie Curie appeal "
     "and the Florence Nightingale Museum."),
    ("pii_free", "Baker Street station is closed for works; use Regent's Park instead.\nThe Darwin Centre reopens in "
     "June."),
]


def blind9_records() -> list[Labelled]:
    """The blind records, parsed (gold spans on field `text`)."""
    return [parse_marked(kind, marked) for kind, marked in RECORDS]
