"""A second hand-written gold set for `redact_quality` (`--sets independent_dev2`): a fresh, independent measure of
how redaction generalises, written without looking at the detector's rules or name lists.

Records look like the data of a real organisation, in 14 styles (support tickets, clinical notes, HR e-mails,
chat logs, ops/server logs, CSV rows, postal blocks, bank notes, CRM notes, forum posts, referral letters, payment
updates, tax forms, meeting minutes) plus PII-free look-alikes (product names, places, organisations, months, drug
names, job titles, Title Case headings) that measure over-redaction. People come from many cultures and appear in
many forms: `SURNAME, Given`, surname-first order, all caps, initials, particles, diacritics, hyphens, a lone given
name in a greeting or sign-off, lower-case chat handles, possessives, a name repeated later in another form.

Every value was invented for this file; none comes from redact_gold.py, redact_data.py, redact_dev.py, Faker,
presidio-evaluator or configs/names/, and pipeline/ never reads it. National identifiers, card numbers and IBANs
carry valid check digits (Luhn, mod 97, mod 11, Verhoeff, HETU's mod 31 ...), computed for this file, so a
checksum-validating recognizer is not excused by a bad number.

Markup: `{P:...}` PERSON, `{A:...}` ADDRESS (street line, flat/building line, P.O. box, postcode), `{E:...}`
EMAIL_ADDRESS (a name in the local part belongs to the e-mail span), `{T:...}` PHONE_NUMBER, `{I:...}` ID (card
number, IBAN, account number, passport, medical record / health-plan number, SSN, national ID, tax ID), `{B:...}`
DATE_OF_BIRTH (the date next to a cue such as "DOB" or "born"; the cue stays outside), `{N:...}` IP_ADDRESS, and
`{C:...}` a town or district (neutral: cities are kept on purpose). Countries are plain text; titles ("Mr", "Dr.",
"Cllr", "Khun") stand outside the PERSON span; organisations, products and other dates are not marked.
"""

from __future__ import annotations

from benchmarks.redact_data import Labelled
from benchmarks.redact_dev import parse_marked

RECORDS: list[tuple[str, str]] = [
    # --- support tickets ------------------------------------------------------------------------------------------
    ("ticket", "Ticket HD-40917 | Priority: P2\nReporter: {P:Oluwaseun Adeyemi-Bakare} "
               "<{E:o.adeyemibakare@lagosfreight.ng}>\nCallback: {T:+234 803 417 2290}\n\n"
               "Hi team, the label printer at our {C:Ikeja} depot jams on every third waybill. Firmware 4.2.1.\n\n"
               "Thanks,\n{P:Oluwaseun}"),
    ("ticket", "#58213 opened via web form\nName: {P:NGUYEN Thi Thu Thuy}\nEmail: {E:thuy.nguyen88@postmail.vn}\n"
               "Phone: {T:0903 612 478}\nIssue: Cannot reset my password after the move to the new SSO. "
               "I tried Chrome and Firefox.\n-- {P:Thuy}"),
    ("ticket", "Zendesk #77104 - Refund request\nRequester: {P:Park Ji-hoon} ({E:jihoon.park@hanbit-media.co.kr})\n"
               "Order 2024-KR-55812 was charged twice on 3 March. {P:Park}'s card ending 4417 shows both charges.\n"
               "Agent note: escalated to billing; customer prefers e-mail over {T:+82 10-4829-3156}."),
    ("ticket", "Subject: VPN drops every 20 minutes\nFrom: {P:Małgorzata Wróblewska-Kędzior} "
               "<{E:m.wroblewska@kedzior-logistyka.pl}>\nTel. {T:+48 601 238 947}\n\n"
               "Dzień dobry, since Monday's update the client disconnects. Laptop tag LT-0932.\n\n"
               "Pozdrawiam,\n{P:Małgorzata}"),
    ("ticket", "INC0048817 | caller: {P:Eilidh NicLeòid} | site: {C:Portree} office\n"
               "Short description: shared mailbox not syncing\n"
               "Work notes: spoke to {P:Eilidh} on {T:01478 612 093}, asked her to re-add the account. "
               "Her colleague {P:Ruairidh MacAonghais} has the same fault."),
    ("ticket", "Ticket 2291 - Hardware\nSubmitted by: {P:Tigist Haile Mariam}\n"
               "Location: {A:Bole Sub-City, Woreda 03, House No. 1147}, {C:Addis Ababa}\n"
               "Contact: {T:+251 911 482 306}\nThe battery on the field tablet is swelling. Please arrange a "
               "replacement; the courier should call {P:Tigist} first."),
    ("ticket", "Case 00391822\nCustomer: {P:TAKAHASHI Haruka}\nShipping: {A:2-14-7 Dogenzaka}, {C:Shibuya-ku}, "
               "{C:Tokyo} {A:150-0043}\nMessage: The replacement charger arrived without the plug adapter. "
               "Please send it to the address above.\nReply to {E:haruka.t@kumo-design.jp}"),
    ("ticket", "Help desk request from {P:Keoni Kahananui}: the badge reader at Building C rejects his card since "
               "Friday. Manager {P:Leilani Akana-Ferreira} approved a temporary badge. Contact ext. 4471 or "
               "{T:(808) 539-2174}."),
    ("ticket", "Talep No: TR-11872\nAd Soyad: {P:Şükrü Öztürkmen}\nE-posta: {E:sukru.ozturkmen@gmail.com}\n"
               "GSM: {T:0532 417 88 09}\nAçıklama: the invoice address must change to "
               "{A:Bağdat Caddesi No: 214 D: 7}, {C:Kadıköy}, {A:34728} {C:İstanbul}."),
    ("ticket", "[Freshdesk] #30418 Re: delayed payout\n\nHi {P:Maricel},\n\nWe've confirmed the payout to your "
               "account was released today. If it hasn't arrived by Thursday, reply here or call "
               "{T:+63 917 804 2231}.\n\nBest,\n{P:Jerome Dimaculangan}\nPartner Support\n\n"
               "> On Mon, {P:Maricel Bautista-Lacson} <{E:maricel.lacson@yahoo.com.ph}> wrote:\n"
               "> still nothing in my account"),
    ("ticket", "Bejelentő / Reporter: {P:Kovácsné Szabó Enikő}\nTicket: IT-7730\nThe scanner on the 3rd floor "
               "sends blank PDFs. {P:Enikő} can be reached at {T:+36 30 418 2759}."),
    ("ticket", "Travel desk ticket TD-2207\nPNR K7QX2L\nPax 1: {P:ABERNETHY/FERGUS} MR\n"
               "Pax 2: {P:RAJAPAKSE/DILHANI} MS\nPassport (pax 2): {I:N3920417}\n"
               "Request: move both to the 07:40 to Colombo; {P:Dilhani} needs a "
               "wheelchair at arrival."),

    # --- clinical notes -------------------------------------------------------------------------------------------
    ("clinical", "Clinic note 14/05/2024\nPt: {P:Chukwuemeka Obi-Nwosu}, DOB {B:02/11/1979}, MRN {I:00731846}\n"
                 "S: 3 days productive cough, no fever.\nO: SpO2 97%, chest clear.\n"
                 "P: Amoxicillin 500 mg TDS x5 days. Review if worse. Wife {P:Adaeze} to collect the prescription."),
    ("clinical", "Patient: {P:Marijke van den Heuvel}\nBSN: {I:273918461}\nGeboortedatum / DOB: {B:1968-09-23}\n"
                 "Presenting: fall from bicycle, left wrist pain. X-ray ordered.\nGP: Dr. {P:Sander de Wit}, "
                 "{C:Utrecht}"),
    ("clinical", "Discharge summary\nName: {P:Karthikeyan Subramaniam}   Age: 58   MRN: {I:MH-2291743}\n"
                 "Admitted with NSTEMI, stent to LAD. Discharged on aspirin, ticagrelor, atorvastatin 80 mg.\n"
                 "Follow-up: cardiology clinic in 6 weeks.\nNext of kin: {P:Lakshmi Karthikeyan} (wife), "
                 "{T:+91 98410 27365}"),
    ("clinical", "Potilas / Patient: {P:Virtanen-Kärkkäinen Aino}\nHenkilötunnus: {I:040582-3170}\n"
                 "Allergy: penicillin (rash).\nSeen for migraine, started propranolol 40 mg BD. {P:Aino} will keep "
                 "a headache diary; review in 8 weeks."),
    ("clinical", "Nursing handover, Ward 6B\nBed 12: Mr {P:Abdulrahman bin Saeed Al-Qahtani}, 71, post-op day 2 "
                 "hip replacement. Pain controlled. Son {P:Faisal} visiting at 18:00, prefers updates on "
                 "{T:+966 55 318 4720}.\nBed 14: Mrs {P:Noura Al-Harbi}, awaiting physio review."),
    ("clinical", "Telehealth note\nPatient {P:Lee Seo-yeon} (DOB {B:1991.07.14}), RRN {I:910714-2194836}\n"
                 "Reports low mood for 2 months; PHQ-9 = 14. Discussed sertraline; patient prefers CBT first. "
                 "Referral sent. {P:Seo-yeon} agreed to a safety plan."),
    ("clinical", "Physiotherapy progress\n{P:PAPADOPOULOU Eleni-Marina}, born {B:3 March 1956}\n"
                 "Knee ROM 0-105°, improving. Home exercises reviewed. Daughter {P:Katerina Papadopoulou} drives "
                 "her to sessions; contact {E:katpapad@otenet.gr}."),
    ("clinical", "Community nursing visit - {P:Aroha Te Whatu}, NHI {I:ZKM4829}\n"
                 "{A:17 Kōwhai Street}, {C:Ōtaki} {A:5512}\nLeg ulcer dressing changed, healing well. "
                 "{P:Aroha}'s mokopuna {P:Tama} was present and will ring {T:06 364 8127} if the pain returns."),
    ("clinical", "Antenatal booking\nName: {P:Nusrat Jahan Chowdhury}\nDate of birth: {B:11 Jan 1995}\n"
                 "NHS number: {I:485 193 7261}\nG2P1, EDD 02/10. Husband {P:Tanvir Chowdhury} interprets; phone "
                 "{T:07700 918 264}."),
    ("clinical", "Nota clínica - consultorio {C:Cusco}\nPaciente: {P:Wayta Quispe Mamani}, DNI {I:43872916}\n"
                 "Fecha de nacimiento: {B:08/06/1987}\nHypertension follow-up, BP 142/91. Continue enalapril 10 mg. "
                 "Sister {P:Killa Quispe} accompanies."),
    ("clinical", "Dermatology: Dr. {P:Yael Ben-Ami} saw {P:Moshe Rosenzweig-Katz} (MRN {I:IL-5503817}) for a "
                 "changing naevus on the upper back. Excision booked. {P:ROSENZWEIG-KATZ} to phone "
                 "{T:+972 52-418-3370} with any bleeding."),
    ("clinical", "A&E attendance\nName: {P:Fenella Mountstephen-Hughes}\nNHS: {I:943 175 6811}\nDOB: {B:19.06.1948}\n"
                 "Address: {A:2 Chapel Row}, {C:St Just}, {A:TR19 7HT}\nFall at home; lives alone. Neighbour "
                 "Mr {P:J. K. Trebilcock} has a key."),

    # --- HR e-mails -----------------------------------------------------------------------------------------------
    ("hr_mail", "From: {P:Ngozi Eze-Okafor} <{E:ngozi.eze-okafor@brightwell-hr.com}>\nTo: Payroll\n"
                "Subject: Starter - Monday 3 June\n\nHi all,\n\nPlease set up {P:Emeka Nnamdi Okonjo} (Senior "
                "Analyst, Finance). His NI number is {I:JK 48 27 93 C}, date of birth {B:17/08/1990}. Home address: "
                "{A:Flat 3, 41 Cranbourne Road}, {C:Bristol} {A:BS6 7JL}.\n\nThanks,\n{P:Ngozi}"),
    ("hr_mail", "Subject: Leave request - {P:Putu Ayu Wulandari}\n\nDear Pak {P:Hendra},\n\nI would like to take "
                "annual leave from 12 to 23 August for a family ceremony in {C:Denpasar}. {P:Wayan Suardana} has "
                "agreed to cover my accounts.\n\nSalam,\n{P:Putu}"),
    ("hr_mail", "HR case note (confidential)\nEmployee: {P:Siriporn Chaiyawat}\nManager: {P:Thanakorn Wongsakul}\n"
                "Khun {P:Siriporn} raised concerns about the night shift pattern. Agreed: trial of fixed days, "
                "review in 4 weeks with {P:Thanakorn}."),
    ("hr_mail", "Hi {P:Gurpreet},\n\nThe offer letter for {P:Harjinder Singh Sandhu} is attached. Please confirm "
                "his start date and send the signed copy to {E:recruitment@maplegrove-foods.ca}. He gave "
                "{T:(604) 817-3392} as his mobile.\n\nKind regards,\n{P:Simranjeet Kaur Gill}\nTalent Acquisition"),
    ("hr_mail", "Věc: Změna bankovního účtu / bank account change\n\nDobrý den,\nplease pay my salary from July "
                "into {I:CZ76 0800 0000 0019 4283 7465}.\n\nDěkuji,\n{P:Jiří Dvořáček}\n"
                "{A:Vinohradská 1843/27}, {A:130 00} {C:Praha 3}"),
    ("hr_mail", "To: {E:payroll@nordurljos.is}\nSubject: kennitala on payslip\n\nHello,\nmy kennitala on the April "
                "payslip is wrong; the right one is {I:150384-2739}.\n\nKveðja,\n{P:Sigríður Þórhallsdóttir}"),
    ("hr_mail", "Re: Reference for {P:Adebayo Olufemi Akinwande}\n\nDear Ms {P:Hollingsworth},\n\nI confirm that "
                "Mr {P:Akinwande} worked with us from 2019 to 2023 as a warehouse supervisor. {P:Adebayo} was "
                "reliable and well liked by his team.\n\nYours sincerely,\n{P:Folasade Ogunleye}\n"
                "Operations Manager"),
    ("hr_mail", "Asunto: Baja por maternidad\n\nHola {P:Ximena},\n\nconfirmamos la baja de "
                "{P:María de los Ángeles Ruiz-Tagle Echeverría} (DNI {I:48217936T}) desde el 1 de septiembre.\n\n"
                "Un saludo,\n{P:Íñigo Goikoetxea Arrieta}\nRRHH"),
    ("hr_mail", "From: {P:Golnaz Rahimzadeh}\nSubject: Emergency contact update\n\nPlease change my emergency "
                "contact to my brother {P:Kourosh Rahimzadeh}, {T:+49 1578 2239046}, {A:Am Lindenhof 12b}, "
                "{A:60433} {C:Frankfurt am Main}.\n\nThanks, {P:Golnaz}"),
    ("hr_mail", "Subject: Probation review - {P:Tamsin Yeoward}\n\n{P:Lettice},\n\nNotes from today: {P:Tamsin} "
                "met all objectives and I recommend confirming her. {P:Yeoward}'s line manager "
                "{P:Barnaby Quarrington} agrees.\n\n{P:Hephzibah}"),
    ("hr_mail", "Dear {P:Venkata Sai Krishna Pothuri},\n\nWelcome aboard! Your PAN ({I:BQRPP4827K}) and Aadhaar "
                "({I:3847 2916 0533}) are verified. The joining kit will be couriered to "
                "{A:Flat 402, Sri Sai Residency}, {A:Road No. 12}, {C:Banjara Hills}, {C:Hyderabad} {A:500034}.\n\n"
                "HR Team"),

    # --- chat logs ------------------------------------------------------------------------------------------------
    ("chat", "[09:14] <{P:Ikechukwu}> morning, did the Lagos shipment clear customs?\n"
             "[09:15] <{P:Chiamaka Nwachukwu}> yes, {P:Obinna} signed for it\n"
             "[09:15] <{P:Ikechukwu}> great, tell him thanks"),
    ("chat", "{P:Mele Tuilagi}  10:02 AM\n@{P:sione.fifita} can you send me the rota?\n"
             "{P:Sione Fifita}  10:05 AM\nsent it to {E:mele.tuilagi@pacificlinen.co.nz}"),
    ("chat", "[12/03/24, 18:42] {P:Anh Tuấn}: em ơi, anh gửi số của chị {P:Hạnh} nhé: {T:0912 385 704}\n"
             "[12/03/24, 18:43] {P:Minh Châu}: ok anh, cảm ơn"),
    ("chat", "{P:Yuki Matsumoto-Clarke}: is {P:Shinji} in today?\n{P:Oisín Breathnach}: he's WFH, call him on "
             "{T:+353 87 214 9031}\n{P:Yuki Matsumoto-Clarke}: thanks {P:Oisín}"),
    ("chat", "Visitor (Guest 4821): hi my order never came\nAgent {P:Rukhsana}: Sorry to hear that! Can I have your "
             "name and postcode?\nVisitor: {P:Bronwen Tregaskis}, {A:TR18 4QJ}\nAgent {P:Rukhsana}: thanks "
             "{P:Bronwen}, I can see it's stuck at the {C:Penzance} depot."),
    ("chat_lower", "<{P:kwame_asante}> anyone seen {P:abena}'s laptop charger\n<{P:dimitris}> check meeting room 2\n"
                   "<{P:kwame_asante}> found it, thx {P:dimitris}"),
    ("chat_lower", "{P:priya}: hey can u send me {P:rohan}'s number\n{P:meera}: {T:98450 31762}\n{P:priya}: ty"),
    ("chat_lower", "[discord] {P:tomasz.kowalczyk}: ok who broke the build\n[discord] {P:bao_tran}: not me lol\n"
                   "[discord] {P:tomasz.kowalczyk}: {P:bao} it literally says your commit\n"
                   "[discord] {P:bao_tran}: ...fine"),
    ("chat_lower", "<{P:hinemoa}> restart done\n<{P:lucas_ferreira}> thanks {P:hinemoa}, {P:joão} says the queue "
                   "is draining now"),
    ("chat_lower", "me: r u coming\n{P:faisal}: yes 10 min. tell {P:layla} to wait\nme: k. {P:layla} says hurry"),
    ("chat_lower", "mod log: {P:siobhan_mc} muted {P:jarrah88} for spam. appeals to "
                   "{E:siobhan.mccarthy.mod@proton.me}"),

    # --- ops / server logs ----------------------------------------------------------------------------------------
    ("ops_log", "2024-05-14T08:12:44Z auth-svc INFO login ok user={E:d.oyelaran@kestrelbank.com} "
                "src={N:81.147.22.19} mfa=totp\n2024-05-14T08:12:51Z auth-svc WARN password expires in 3 days "
                "user={E:d.oyelaran@kestrelbank.com}"),
    ("ops_log", "May 14 09:01:17 mail01 postfix/smtp[28817]: 4F2A11C03: to=<{E:hyun-woo.choi@seoulmetrics.kr}>, "
                "relay=mx.seoulmetrics.kr[{N:203.241.18.77}]:25, delay=1.2, status=sent (250 OK)"),
    ("ops_log", "[ERROR] 2024-06-02 14:33:09 billing.worker: card declined for customer_id=88217 "
                "name=\"{P:Thandiwe Mthembu}\" pan={I:4539176240815373} reason=insufficient_funds"),
    ("ops_log", "level=warn ts=2024-06-02T11:02:19Z msg=\"address validation failed\" "
                "customer=\"{P:Ólafur Ragnarsson}\" street=\"{A:Laugavegur 58}\" postcode=\"{A:101}\" "
                "city=\"{C:Reykjavík}\""),
    ("ops_log", "{N:2a02:c7f:4821:9e00::1b} - - [14/May/2024:10:22:03 +0000] \"GET /account/profile?email="
                "{E:wanjiru.kamau@gmail.com} HTTP/1.1\" 200 5120 \"-\" \"Mozilla/5.0\""),
    ("ops_log", "10:44:58.201 DEBUG SmsSender - sending OTP to {T:+44 7911 482 630} for user "
                "{P:Ffion Llewelyn-Pugh} (id 551820)\n10:44:58.733 DEBUG SmsSender - provider response 202"),
    ("ops_log", "cron@backup02: rsync of /home/{P:rkhadka} completed (2.1 GB) in 00:04:11\n"
                "cron@backup02: rsync of /home/{P:mbhattarai} failed: permission denied"),
    ("ops_log", "audit 2024-03-19 16:20:07 UPDATE contact SET phone='{T:+90 212 318 44 70}' WHERE id=4471; "
                "-- by {E:admin.yilmaz@ozkan-tekstil.com.tr}"),
    ("ops_log", "payroll-export-7d9f5 wrote /exports/2024-04/{P:Rasmussen_Freja}_payslip.pdf\n"
                "payroll-export-7d9f5 WARN cpr={I:110379-4184} does not match birth date on file for "
                "{P:Freja Rasmussen}"),
    ("ops_log", "Sentry PAY-3K1 KeyError: 'bic'\nrequest.body = {\"holder\": \"{P:Ioana Popescu-Vrânceanu}\", "
                "\"iban\": \"{I:RO39 RNCB 0082 0447 8392 0001}\", \"amount\": 1500}"),
    ("ops_log", "Jun  3 02:14:55 bastion sshd[4471]: Accepted publickey for {P:akinyi} from {N:196.201.214.38} "
                "port 52114 ssh2"),

    # --- CSV rows -------------------------------------------------------------------------------------------------
    ("csv_header", "employee_id,full_name,email,phone,start_date\n"
                   "10442,{P:Adwoa Mensah-Bonsu},{E:adwoa.mensah@tamarind.io},{T:+233 24 418 7720},2023-01-09\n"
                   "10443,{P:Luíza Cavalcanti Barros},{E:luiza.barros@tamarind.io},{T:+55 11 98437-2216},2023-02-01"),
    ("csv_header", "Nachname;Vorname;Straße;PLZ;Ort;Geburtsdatum\n"
                   "{P:Hölscher-Brandt};{P:Hannelore};{A:Am Krähenberg 7a};{A:45479};{C:Mülheim an der Ruhr};"
                   "{B:12.04.1951}\n{P:Öztürk};{P:Emine};{A:Kaiserstraße 118};{A:76133};{C:Karlsruhe};{B:30.09.1983}"),
    ("csv_header", "name,email,plan,amount\n\"{P:ABUBAKAR, Hauwa}\",{E:hauwa.abubakar@yahoo.com},Premium,49.00\n"
                   "\"{P:OKONKWO, Chidi}\",{E:chidiokonkwo77@gmail.com},Basic,9.00"),
    ("csv_header", "patient_no\tsurname\tgiven\tdob\tpostcode\n"
                   "{I:MRN448192}\t{P:NAKASHIMA}\t{P:Aiko}\t{B:1972-11-30}\t{A:M14 6HF}\n"
                   "{I:MRN448207}\t{P:OYELOWO}\t{P:Damilola}\t{B:2001-03-08}\t{A:M16 0RP}"),
    ("csv_header", "id,customer,card_number,expiry\n7781,{P:Rafael Albuquerque Nogueira},{I:5528 3319 0467 2186},"
                   "09/27\n7782,{P:Iolanthe Brimblecombe},{I:4058732190647314},02/26"),
    ("csv_noheader", "{P:Szabó Levente},{E:levente.szabo@invitel.hu},{T:+36 1 467 2290},{C:Budapest}\n"
                     "{P:Horváth Zsófia},{E:zsofi.horvath@gmail.com},{T:+36 70 318 4452},{C:Debrecen}"),
    ("csv_noheader", "4471|{P:KIM MIN-JUN}|{T:010-7284-3391}|{A:427 Teheran-ro}|{C:Gangnam-gu}|{C:Seoul}\n"
                     "4472|{P:YOON SO-HEE}|{T:010-3318-2096}|{A:55 Jong-ro 3-gil}|{C:Jongno-gu}|{C:Seoul}"),
    ("csv_noheader", "\"{P:de Vries}\",\"{P:Anneke}\",\"{A:Prinsengracht 263-2}\",\"{A:1016 GV}\",\"{C:Amsterdam}\","
                     "\"{I:164782035}\""),
    ("csv_noheader", "2024-04-01,{P:Kalani Makoa},{A:45-218 Kamehameha Hwy},{C:Kāneʻohe},HI,{A:96744},"
                     "{T:808-247-1193}"),
    ("csv_noheader", "BR;{P:João Pedro dos Santos Ribeiro};{I:318.574.926-09};"
                     "{A:Rua Professor Tupinambá Lobato, 1190, apto 52};{A:04544-030};{C:São Paulo}"),
    ("csv_noheader", "{P:AL-SAYED Mariam},{B:1988-02-17},{I:P7734102},UAE,{E:mariam.alsayed@emiratesmail.ae}\n"
                     "{P:HADDAD Youssef},{B:1979-12-05},{I:N2290417},Lebanon,{E:y.haddad@cedarnet.lb}"),

    # --- postal blocks --------------------------------------------------------------------------------------------
    ("postal_europe", "{P:Ingrid Solheim}\n{A:Kalfarlien 9 C}\n{A:5018} {C:Bergen}\nNorway"),
    ("postal_europe", "Mgr. {P:Zdeňka Procházková}\n{A:Masarykova 418/22}\n{A:602 00} {C:Brno}\nCzech Republic"),
    ("postal_europe", "Sr. D. {P:Joaquín Etxeberria Larrañaga}\n{A:Calle de Zurbano 47, 3º izda.}\n{A:28010} "
                      "{C:Madrid}"),
    ("postal_europe", "{P:Síle Ní Bhriain}\n{A:Teach na Coille}\n{A:Bóthar an Chnoic}\n{C:An Spidéal}, "
                      "Co. na Gaillimhe\n{A:H91 E2K6}"),
    ("postal_europe", "Familie {P:Janßen}\n{A:Am Sonnenhang 12b}\n{A:29664} {C:Walsrode}"),
    ("postal_asia_africa", "To,\nShri {P:Rameshwar Prasad Tiwari}\n{A:House No. 27, Gali No. 4}\n"
                           "{C:Shastri Nagar}\n{C:Meerut}, Uttar Pradesh {A:250004}"),
    ("postal_asia_africa", "{P:S. Meenakshi Sundaram}\n{A:No. 14, 3rd Cross Street}\n{C:Mylapore}, {C:Chennai} - "
                           "{A:600004}\nPh: {T:044 2498 3317}"),
    ("postal_asia_africa", "{P:Ishikawa Ren} sama\n{A:3-22-5 Kitashirakawa}\n{C:Sakyo-ku}, {C:Kyoto} {A:606-8267}\n"
                           "Japan"),
    ("postal_asia_africa", "Chief (Mrs) {P:Ifeoma Okeke}\n{A:Plot 17, Ogui Road}\n{A:P.M.B. 01294}\n{C:Enugu}, "
                           "Enugu State\nNigeria"),
    ("postal_asia_africa", "{P:Wanjiru Njoroge}\n{A:P.O. Box 48217-00100}\n{C:Nairobi}\nKenya"),
    ("postal_asia_africa", "{P:Ma. Cristina Dela Cruz-Santos}\n{A:Blk 7 Lot 22, Sampaguita St.}\n"
                           "{C:Brgy. San Isidro}\n{C:Antipolo City}, Rizal {A:1870}"),
    ("postal_asia_africa", "Khun {P:Ratchanee Srisuwan}\n{A:99/145 Moo 5, Soi Ramkhamhaeng 24}\n{C:Hua Mak}, "
                           "{C:Bang Kapi}, {C:Bangkok} {A:10240}"),
    ("postal_americas_oceania", "{P:Thaddeus Wigglesworth-Ames}\n{A:118 Old Quarry Rd, Apt 2}\n{C:Brattleboro}, VT "
                                "{A:05301}"),
    ("postal_americas_oceania", "{P:Mathieu Tremblay-Gagnon}\n{A:4512, rue Saint-Denis, app. 3}\n{C:Montréal} "
                                "(Québec) {A:H2J 2L3}"),
    ("postal_americas_oceania", "{P:Sumaq Huamán Ccori}\n{A:Jr. Huáscar 315}\n{C:Cusco} {A:08002}\nPerú"),
    ("postal_americas_oceania", "Attn: {P:Ngaire Matenga}\n{A:PO Box 3318}\n{C:Rotorua} {A:3046}\nNew Zealand"),
    ("postal_americas_oceania", "{P:Bartholomew Crouchley}\n{A:Unit 5/27 Grevillea Crescent}\n{C:Toowong} QLD "
                                "{A:4066}\nAustralia"),
    ("postal_americas_oceania", "{P:Maria Eduarda Figueiredo Lins}\n{A:Rua das Acácias, 42, Bloco B, apto 303}\n"
                                "{C:Boa Viagem}, {C:Recife} - PE\nCEP {A:51020-210}"),
    ("postal_americas_oceania", "{P:Puanani Kealoha}\n{A:1520 Liholiho St #804}\n{C:Honolulu}, HI {A:96822}"),

    # --- bank notes -----------------------------------------------------------------------------------------------
    ("bank", "Branch memo - KYC refresh\nCustomer: {P:Bolanle Adeyinka-Johnson}\nDOB: {B:22/02/1974}\n"
             "Passport: {I:A07391842} (Nigeria), expires 2029\nIBAN: {I:GB10 BARC 2045 1783 9206 15}\n"
             "Verified in person at the {C:Peckham} branch by {P:D. Ashworth}."),
    ("bank", "Fraud note 18/04: customer {P:Hoang Minh Khoa} reports card {I:4916 0473 8829 3157} used in three "
             "online shops he does not know. Card blocked; replacement to {A:27 Linden Avenue}, {C:Leicester} "
             "{A:LE2 3PT}. Callback {T:0116 270 4418}."),
    ("bank", "Overdraft review\nAccount holder: {P:Siobhán Nic Giolla Phádraig}\nIBAN {I:IE08 BOFI 9000 1719 3847 26}"
             "\nAgreed a €500 buffer until October; {P:Siobhán} will set up a standing order."),
    ("bank", "Kundanteckning: {P:Linnéa Åkesson} ({I:870314-4827}) asked to add her partner {P:Joel Nordqvist} as "
             "second holder on account {I:SE67 8000 0810 3400 9762 3816}."),
    ("bank", "Hesap sahibi: {P:Ayşegül Kaya Demirci}, TC kimlik no {I:38417290554}\n"
             "IBAN {I:TR33 0006 1005 1978 6457 8413 26}\nRequested a higher card limit; income proof pending."),
    ("bank", "Wniosek kredytowy / loan application: {P:Bartłomiej Szczepański}, PESEL {I:88071543721}, monthly "
             "income 11 400 PLN, account {I:PL08 1240 0000 0015 3084 7291 6358}."),
    ("bank", "Wire recall request\nOriginator: {P:Cordelia Fairweather-Ng}\nSSN on file: {I:412-73-5096}\n"
             "Beneficiary: {P:Alistair Thrupp}, acct {I:4471830925}\nReason: duplicate payment."),
    ("bank", "Ügyfél: {P:Nagy-Baranyi Réka}, számla {I:HU71 1070 0900 5040 2917 3628 0000}; requested a new debit "
             "card to {A:Váci út 78/B, 4. em. 12}, {A:1133} {C:Budapest}."),
    ("bank", "Customer {P:Eetu Mäkeläinen} (HETU {I:190901A8462}) opened a savings account, "
             "IBAN {I:FI58 4006 0071 5388 29}. {P:Mäkeläinen} declined the credit card offer."),
    ("bank", "Remittance note: sender {P:Mohammed Abdelkader Benali}, beneficiary {P:Fatima-Zahra Benali} in "
             "{C:Oujda}, sender passport {I:UZ4819273}."),
    ("bank", "Chargeback CB-20931: cardmember {P:Ebenezer Pennycuick}, Amex {I:3714 629031 58379}, disputes 2 "
             "charges at a hotel in Lisbon."),
    ("bank", "SEPA return: debtor {P:Wout Claeys}, IBAN {I:BE68 5390 0754 7034}, reason AC04 (account closed). "
             "Letter to {A:Kortrijksesteenweg 219 bus 3}, {A:9000} {C:Gent}."),
    ("bank", "Klientnotat: {P:Mads Kjærgaard Holm}, CPR {I:170485-4931}, konto {I:DK72 3000 4016 8254 37}. "
             "{P:Mads} asked for statements in English."),

    # --- CRM notes ------------------------------------------------------------------------------------------------
    ("crm", "Account: Harbourline Ceramics\nContact: {P:Mereana Walker-Tipene}\nCalled 11:20, {P:Mereana} wants a "
            "quote for 400 units by Friday. Prefers e-mail: {E:mereana@harbourline.co.nz}. Follow up with her CFO "
            "{P:Rawiri Paewai}."),
    ("crm", "Lead: Dr. {P:Ashkan Farahani} (Head of Imaging, Northgate Clinic)\nMet at RSNA. Interested in the 3T "
            "upgrade. {P:Farahani}'s assistant {P:Shirin} books his diary: {T:+1 312 448 9017}."),
    ("crm", "Opportunity note - {P:Kowalczyk-Nowak, Agnieszka}, procurement at Wisła Foods. Budget approved for "
            "Q3. Next step: demo with {P:Agnieszka} and {P:Piotr Zieliński} on 9 July."),
    ("crm", "Logged call with {P:Sakura Inoue} re renewal. {P:Inoue}-san moves to the Osaka office next month; "
            "new direct line {T:06-6341-7728}."),
    ("crm", "Customer: {P:Zhang Weiming} (张伟明), purchasing manager, Shenzhen Lianhe Electronics.\n"
            "WeChat: {P:zhangwm_sz}  Mobile: {T:+86 138 2651 9047}\n{P:ZHANG} asked for samples of the 12 V "
            "module."),
    ("crm", "Visit report: met {P:Ahmad Fauzi bin Ismail} and {P:Nur Aisyah binti Rahman} at their {C:Shah Alam} "
            "plant. They want the 12-month service plan; {P:Aisyah} will send the PO."),
    ("crm", "Note: {P:Avigail Shapira} (ext. 204) asked us to stop calling {P:Itamar}'s mobile; use "
            "{E:avigail@shapira-law.co.il} only."),
    ("crm", "Churn risk: {P:Baraka Mwakyusa} from {C:Arusha} says the router keeps dropping. Offered one month "
            "free. Tel {T:+255 754 218 930}."),
    ("crm", "Cliente: {P:Inês Magalhães Sequeira}, NIF {I:237518643}, morada {A:Rua da Boavista, 812, 3.º Esq.}, "
            "{A:4050-112} {C:Porto}. Pediu fatura com NIF."),
    ("crm", "{P:Nino Beridze} and {P:Levan Gogichaishvili} from the Tbilisi branch joined the pilot. {P:Levan} is "
            "the technical lead; {P:Beridze} signs off."),
    ("crm", "{P:Hodan Abdirahman Warsame} called about a late delivery to {A:Flat 12, Tarling House}, "
            "{A:42 Bigland Street}, {C:London} {A:E1 2NG}. Redelivery booked; {P:Hodan} to be home after 2pm."),
    ("crm", "Key account: Fadahunsi & Sons. Spoke to {P:A. O. Fadahunsi} (MD) and his daughter {P:Morenike}. "
            "They pay by transfer from {I:GB92 HBUK 4012 7638 2910 54}."),

    # --- forum posts ----------------------------------------------------------------------------------------------
    ("forum", "Re: Best laptop for CAD under $1500?\nPosted by {P:tunde_bakare} » Tue Mar 12, 2024 9:41 pm\n"
              "I got the ThinkPad P16 last month, no regrets. If anyone in {C:Ibadan} wants to try it, DM me.\n--\n"
              "{P:Tunde}"),
    ("forum", "Posted by {P:MoanaKealamakia} on 04/02/2024\nAloha all, my tūtū {P:Leimomi Kahale} still has her "
              "1960s Singer. Anyone know a repair shop on Oahu?"),
    ("forum", "Thread: Lost dog near {C:Carrigaline}\nOur collie Bran went missing Sunday. Call {P:Niamh} on "
              "{T:086 417 2293} or email {E:niamh.odriscoll@eircom.net}. Reward!"),
    ("forum", "[{P:emre.yildirim}] wrote: anyone tried the new firmware on the X200?\n[{P:cansu_aydin}] yes, "
              "bricked mine. the support guy {P:Kerem} sent a fix."),
    ("forum", "throwaway account\nMy ex ({P:Dariusz}) still has access to our joint account and keeps moving money "
              "out. The bank says {P:Dariusz Wróbel} has to sign too. What can I do?"),
    ("forum", "Review by {P:Ayesha Siddiqua Rahman} ★★★★☆\nGreat biryani, slow service. Our waiter {P:Ravi} was "
              "lovely though."),
    ("forum", "Kirjoittaja: {P:jukka_hamalainen}\nDoes anyone know if the Tampere ice rink is open in May? My son "
              "{P:Eino} wants to practise."),
    ("forum", "Re: Genealogy - looking for descendants of {P:Guðmundur Jónsson} (b. {B:1889}, Ísafjörður). My "
              "grandmother {P:Ásdís Guðmundsdóttir} emigrated to Winnipeg in 1912."),
    ("forum", "Üdv! Selling my old bike in Szeged, 40 000 Ft. Contact {P:Bence} at {T:06 30 219 4478}."),
    ("forum", "Publicado por {P:Macarena Olaizola}: ¿alguien sabe cómo renovar el DNI en {C:Bilbao}? Mi cita era "
              "con {P:Arantxa} de la oficina y no contestan."),

    # --- referral letters -----------------------------------------------------------------------------------------
    ("referral", "Dear Dr {P:Okafor},\n\nRe: Mrs {P:Folake Adesanya}, DOB {B:09/12/1961}, NHS No. {I:612 047 3858}\n"
                 "{A:14 Ashgrove Terrace}, {C:Leeds} {A:LS6 1AQ}\n\nThank you for seeing this lady with a six-month "
                 "history of progressive dysphagia.\n\nYours sincerely,\nDr {P:Helena Strachan-Voss}\n"
                 "GP, Headingley Medical Practice"),
    ("referral", "Henvisning / Referral\nPasient: {P:Sindre Haugland}, fødselsnummer {I:02079312684}\n"
                 "Adresse: {A:Storgata 41}, {A:9008} {C:Tromsø}\nRefer to orthopaedics for recurrent shoulder "
                 "dislocation. {P:Haugland} plays handball."),
    ("referral", "Referral to Nephrology\nPatient: Mrs. {P:Annapurna Venkataraman}, 64/F, UHID {I:UH-2024-0118273}\n"
                 "Referred by: Dr. {P:Prakash Iyer}, {A:Plot 9, 2nd Main Road}, {C:Adyar}, {C:Chennai} {A:600020}\n"
                 "eGFR 28, rising creatinine."),
    ("referral", "Kære {P:Mette},\n\njeg henviser {P:Oskar Dahl-Jørgensen}, CPR {I:230891-2747}, til fysioterapi "
                 "efter knæoperation.\n\nVenlig hilsen\n{P:Rasmus Thygesen}, læge"),
    ("referral", "Referral for extraction under sedation\nName: {P:Toby Orrell-Manning}, born {B:4 July 2012}\n"
                 "Parent: {P:Imogen Orrell} {T:07822 419 306}\nReason: anxious patient, two carious molars."),
    ("referral", "Dear Dr {P:Kwame Owusu-Ansah},\n\nI would be grateful if you could review Ms "
                 "{P:Kirra Coulthard-Reyes}, Medicare {I:2428 77813 1}, date of birth {B:21/10/1983}, who has "
                 "had two syncopal episodes.\n\nKind regards,\nDr {P:Sunita Raghunathan}"),
    ("referral", "Referral note: {P:CHOI Eun-ji}, F, 37, health insurance no. {I:NHIS 5-2291-470183}\n"
                 "To: ENT clinic. Persistent tinnitus, normal audiogram. Ms {P:Choi} requests an interpreter."),
    ("referral", "To the Community Mental Health Team,\n\nI am referring {P:Noa Levi-Tsur} (DOB {B:1999-05-30}), a "
                 "student living at {A:Flat 2, 9 Marchmont Street}, {C:London} {A:WC1N 1AP}. {P:Noa} consents to "
                 "contact on {T:07491 203 557}."),
    ("referral", "Encaminhamento\nPaciente: {P:Thiago Araújo Bezerra}, CPF {I:604.219.837-87}, nascido em "
                 "{B:17/10/1984}\nEncaminho para gastroenterologia. Att., Dra. {P:Luana Cordeiro}"),
    ("referral", "Re: Mr {P:Liu Zhenyu} (刘振宇), MRN {I:HK-7720318}\nDear Dr {P:Tse},\nPlease see this 52-year-old "
                 "man with haematuria. {P:Liu}'s wife {P:Chan Mei-ling} will attend with him."),

    # --- payment updates ------------------------------------------------------------------------------------------
    ("payment", "Payment received: £1,240.00 from {P:ASHWORTH-BEAUMONT, Clementine}, ref INV-20931. "
                "Card ending 2186."),
    ("payment", "stripe webhook charge.succeeded amount=4900 currency=eur billing_details.name=\"{P:Zuzana Horáková}\""
                " billing_details.email=\"{E:zuzana.horakova@seznam.cz}\""),
    ("payment", "Direct debit mandate updated\nPayer: {P:Kaveh Mirzaei}\nNew IBAN: {I:DE65 5001 0517 0648 2981 37}\n"
                "First collection: 1 July 2024"),
    ("payment", "Paid ₹2,450 to {P:Ananya Bhattacharjee} via UPI {I:ananya.bh@oksbi}. UPI ref 4172 0938 1162."),
    ("payment", "PayPal: You sent $85.00 USD to {P:Kiri Tawhiri} ({E:kiri.tawhiri@xtra.co.nz}).\n"
                "Note: 'for the kapa haka costumes'"),
    ("payment", "Refund processed for order #88213 - customer {P:Dang Thi Mai Anh}, Mastercard "
                "{I:5356 2201 9476 8308}, amount 1.250.000 VND."),
    ("payment", "Pix recebido: R$ 320,00 de {P:Raimundo Nonato Sousa}, chave Pix {I:729.340.615-07}"),
    ("payment", "Remittance advice\nSupplier: Kāpiti Honey Co.\nAttention: {P:Hemi Ngata}\n"
                "Paid into account {I:12-3140-0318274-00}, invoice 7731, NZD 2,318.40"),
    ("payment", "BACS payment failed for {P:Wilhelmina Cattermole}: account {I:31926819} closed. Please ask her for "
                "new details at {E:w.cattermole@btinternet.com}."),
    ("payment", "Invoice 2024-118 paid by {P:Abimbola Sowemimo} with Discover {I:6011 0385 7264 1953}; receipt "
                "sent to {E:bimbo.sowemimo@outlook.com}"),
    ("payment", "Bonifico ricevuto da {P:Giuseppina Lo Cascio}, IBAN {I:IT24 K030 6909 6061 0000 0063 291}, causale "
                "'affitto giugno'."),
    ("payment", "Lastschrift zurückgegeben: {P:Florian Stadlmayr}, IBAN {I:AT26 2011 1829 0147 6302}. Bitte "
                "Herrn {P:Stadlmayr} unter {T:+43 664 318 2207} kontaktieren."),
    ("payment", "Card updated for subscriber {P:Eleftheria Tsakalidou}: Mastercard {I:2221 0038 4721 6598} "
                "replaces the card ending 8308.\nBilling e-mail: {E:e.tsakalidou@forthnet.gr}"),

    # --- tax forms ------------------------------------------------------------------------------------------------
    ("tax_form", "Form W-9\nName: {P:Delphine Marchetti-Oyelowo}\nBusiness name: DMO Translations LLC\n"
                 "Address: {A:2207 Larkspur Lane}\nCity, state, ZIP: {C:Tulsa}, OK {A:74105}\nSSN: {I:529-18-4437}"),
    ("tax_form", "Self Assessment SA100\nName: {P:Crispin Ravenhill}\nNational Insurance number: {I:SN 71 40 56 B}\n"
                 "UTR: {I:23918 26450}\nDate of birth: {B:28/01/1966}"),
    ("tax_form", "Aangifte inkomstenbelasting 2023\nNaam: {P:Jeroen van 't Hof}\nBSN: {I:318259473}\n"
                 "Geboortedatum: {B:14-02-1977}\nAdres: {A:Keizersgracht 402 huis}, {A:1016 GC} {C:Amsterdam}"),
    ("tax_form", "Declaração IRS - Modelo 3\nSujeito passivo A: {P:Beatriz Monteiro Vasconcelos}, NIF "
                 "{I:184920370}\nSujeito passivo B: {P:Duarte Vasconcelos}, NIF {I:258304197}"),
    ("tax_form", "PIT-37\nPESEL: {I:75110309477}\nNazwisko: {P:WIŚNIEWSKA}\nPierwsze imię: {P:KATARZYNA}\n"
                 "Data urodzenia: {B:03.11.1975}\nAdres: {A:ul. Piotrkowska 148 m. 12}, {A:90-063} {C:Łódź}"),
    ("tax_form", "ITR-1 Sahaj\nName: {P:Mohd. Irfan Qureshi}\nPAN: {I:AKQPQ7391L}\nDate of Birth: {B:05/08/1986}\n"
                 "Aadhaar: {I:5291 8374 6200}\nAddress: {A:H.No. 4-1-912, Tilak Road}, {C:Abids}, {C:Hyderabad} "
                 "{A:500001}"),
    ("tax_form", "Inkomstdeklaration 1\nPersonnummer: {I:19751122-9135}\nNamn: {P:Björn Lindqvist}\n"
                 "Adress: {A:Götgatan 71 lgh 1203}, {A:116 62} {C:Stockholm}"),
    ("tax_form", "Skattemelding 2023 - {P:Marit Aasen Brekke}, fødselsnr. {I:14116038219}, bank account "
                 "{I:NO45 1503 7204 816}"),
    ("tax_form", "T1 General 2023\nFirst name: {P:Nnenna}  Last name: {P:Uzoma-Ekwueme}\nSIN: {I:462 183 591}\n"
                 "Mailing address: {A:3301 Bathurst Street, Apt 611}, {C:Toronto} ON {A:M6A 2B5}"),
    ("tax_form", "BIR Form 1902\nTaxpayer: {P:DIMAGIBA, Rowena Pascual}\nTIN: {I:418-207-395-000}\n"
                 "Date of Birth: {B:June 19, 1992}\nAddress: {A:21 Kalayaan Avenue}, {C:Diliman}, {C:Quezon City} "
                 "{A:1101}"),
    ("tax_form", "Veroilmoitus 2023 - {P:Nieminen Lauri Olavi}, henkilötunnus {I:271266-052T}, tilinumero "
                 "{I:FI15 7944 0052 6138 07}"),

    # --- meeting minutes ------------------------------------------------------------------------------------------
    ("minutes", "Minutes - Facilities Committee, 4 April 2024\nPresent: {P:Adaeze Okonkwo} (chair), "
                "{P:Ravindra Jayasuriya}, {P:Hanna Nieminen}, {P:Tomás Ó Briain}\nApologies: {P:Chen Xiaoling}\n"
                "1. Car park: {P:Ravindra} to get quotes for resurfacing.\n2. Kitchen rota: {P:Hanna} and "
                "{P:Tomás} will draft one.\nNext meeting: 2 May."),
    ("minutes", "Item 5 - Appointment of auditors. Proposed by Ms {P:Kirsi Laaksonen}, seconded by "
                "{P:Gerrit-Jan Oosterhuis}. Carried unanimously. {P:Laaksonen} to inform the firm."),
    ("minutes", "Standup 14/05\n- {P:Dũng}: finished the export job, blocked on QA\n- {P:Pham Thu Trang}: on leave "
                "until Thursday\n- {P:Wiremu}: pairing with {P:Dũng} on the flaky test\n"
                "Action: {P:Trang} to update the release checklist when back."),
    ("minutes", "Parish council: Cllr {P:Bryony Entwistle} reported a blocked drain outside {A:7 Mill Lane}; "
                "Mr {P:Ivor Penhaligon} had written twice. Clerk to contact Mr {P:Penhaligon} on "
                "{T:01326 574 218}."),
    ("minutes", "PTA meeting: {P:Oyinkansola}, {P:Siddharth} and {P:Marisol Quintero-Paz} volunteered for the "
                "summer fair. Treasurer {P:Gheorghe Munteanu} reported €1,180 in the account."),
    ("minutes", "Ethics Review Panel\nAttendees: Prof. {P:Abebe Bekele}, Dr {P:Ruth Haddad}, {P:Sun Yuhan}\n"
                "Application ER-2024-17 ({P:Bekele}) approved with minor changes; Dr {P:Haddad} to check the "
                "consent form."),
    ("minutes", "Sprint 42 retro\nWent well: {P:kaito} fixed the login bug fast\nTo improve: handovers between "
                "{P:Aarav} and {P:Zeynep}\nActions: {P:ZEYNEP} to write a handover template"),
    ("minutes", "AGM of the Tenants' Association, {A:Block C, Rosewood Estate}\nChair {P:Precious Dlamini} welcomed "
                "23 members. Secretary {P:Sibusiso Ndlovu} read the minutes. The complaint from flat 41 "
                "({P:Nomvula Khumalo}) about the lift will be raised with the council."),
    ("minutes", "Hui minutes - Ngā Tāngata Trust\nKarakia: {P:Matiu Rāwiri}\nPresent: {P:Tania Hēnare}, "
                "{P:Hōhepa Kereama}, {P:Anahera Pōtae}\nResolved: {P:Tania} to apply for the Lottery grant."),
    ("minutes", "Supplier meeting notes: {P:Ji-woo} and {P:Mathilde Lefebvre} met the salmon supplier. "
                "{P:Lefebvre} to circulate the minutes to {E:ops@kirkwall-salmon.co.uk}."),

    # --- PII-free look-alikes -------------------------------------------------------------------------------------
    ("pii_free", "Release notes 5.3: Aurora Sync now supports Jasmine Cloud and Falcon Edge. Phoenix Dashboard "
                 "loads 30% faster."),
    ("pii_free", "Quarterly Review: sales in Lagos, Hanoi and Porto grew; Manila stayed flat. Next review in "
                 "September."),
    ("pii_free", "Formulary update: metformin, Lantus, Ozempic and Januvia remain first line; Victoza moves to "
                 "tier 3."),
    ("pii_free", "Job titles in scope: Senior Data Engineer, Head of People, Chief Medical Officer, Principal Nurse "
                 "Practitioner."),
    ("pii_free", "Agenda\n1. Welcome and Apologies\n2. Health and Safety Update\n3. Budget Forecast for May and "
                 "June\n4. Any Other Business"),
    ("pii_free", "Our partners: Grace Hospital Trust, St Mary's Academy, Wellington Rugby Club and the Victoria "
                 "Foundation."),
    ("pii_free", "Shipping to Jordan, Georgia, Chad and Israel resumes on Monday; the Florence and Victoria "
                 "warehouses close for Easter."),
    ("pii_free", "The Mercedes Sprinter and Toyota Corolla leases end in April; Hilux replacements arrive in "
                 "August."),
    ("pii_free", "Dosage table: Ibuprofen 400 mg, Paracetamol 1 g, Amoxicillin 500 mg, Atorvastatin 20 mg."),
    ("pii_free", "Course list: Introduction to Python, Advanced Excel, Leadership for New Managers, Welsh for "
                 "Beginners."),
    ("pii_free", "Server inventory: jupiter-01, ceres-02, athena-db and hermes-mq patched on 12 June; odin-backup "
                 "pending."),
    ("pii_free", "Weather: Storm Agnes brings gusts to Galway and Cork; Storm Bert reaches Aberdeen by Friday."),
    ("pii_free", "Menu: Caesar Salad, Eggs Benedict, Beef Wellington, Peach Melba, Earl Grey tea."),
    ("pii_free", "Conference rooms Darwin, Curie, Turing and Lovelace are booked for training on Tuesday."),
    ("pii_free", "Holiday calendar: Diwali, Hanukkah, Eid al-Fitr, Lunar New Year and Matariki are floating days."),
    ("pii_free", "Bestsellers this week: The Midnight Library, Circe, Shuggie Bain and Pachinko."),
]


def dev2_records() -> list[Labelled]:
    """The second hand-written development records, parsed (gold spans on field `text`)."""
    return [parse_marked(kind, marked) for kind, marked in RECORDS]
