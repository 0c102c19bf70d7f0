"""A seventeenth hand-written gold set for `redact_quality`: multi-line records in the layouts real staff, customers
and systems write, with names of many cultures in every form they take. This is a DEVELOPMENT set.

Records come in 13 styles of 17-18 records each: help-desk tickets with requester/assignee fields, change histories,
quoted replies and Japanese LINE and Chinese forms (`support_ticket`), ED triage, handover, GP, home-visit, ward-chat,
SMS-reminder, discharge, antenatal and physio notes in English, German, Swedish, Finnish, French, Spanish, Japanese
(`clinical_note`), HR mail with From/To/Cc headers, Outlook "Surname, Given" display names, forwarded messages,
quoted replies, minutes and calendar invitations (`hr_mail`), WhatsApp, Slack, Telegram, Teams, IRC, SMS, WeChat,
KakaoTalk, Signal, Zoom, Discord, Google Chat, LINE, Mattermost, Messenger and Viber exports (`chat_log`), sshd,
sudo, git, JSON audit, postfix, Windows security, Kubernetes audit, nginx, LDIF, OpenVPN, DHCP, Okta, Jenkins, cron,
Samba, CloudTrail and Tomcat logs with user names and home directories (`ops_log`), CSV, TSV, semicolon, pipe,
JSON-array and key=value exports with and without headers (`csv_rows`), envelope blocks (`postal_block`), KYC,
fraud, mortgage, wire-recall, AML, banking-bot, bereavement and account-opening notes (`bank_note`), Salesforce,
HubSpot, Intercom, Pipedrive, Zoho, Dynamics and Freshsales records (`crm_note`), Reddit, GitHub, Stack Overflow,
Mastodon, Hacker News, Mumsnet, genealogy, Discourse, Quora, car, Steam, Lemmy, Goodreads and Vietnamese forum
threads (`forum_post`), GP, consultant, dental and community referrals (`referral_letter`), card, SEPA, ACH, direct
debit, UPI, Pix, iDEAL, Wise, PayPal, payroll and webhook changes (`payment_update`) and tax forms of the US,
Germany, France, India, Spain, Canada, the UK, Poland, Italy, Sweden, Brazil, the Netherlands, Norway, Portugal,
Turkey, Japan, Belgium and Greece (`tax_form`); plus 20 PII-free look-alikes (`pii_free`: bot and service accounts,
code identifiers, eponyms such as Brugada syndrome and pêche Melba, storms, stations and lines named Victoria or
Hope, rose cultivars, versions shaped like IP addresses and SKUs shaped like phone numbers).

People are Irish (Ó, Ní, Mac names), Welsh, English, American, Hawaiian, Māori, Vietnamese (with tone marks),
Turkish (ğ ş ı İ), Yoruba, Igbo, Hausa, Ghanaian, Kenyan, Ethiopian, Indian (Malayali, Tamil, Kannada, Telugu,
Marathi, Bengali, Punjabi, Gujarati), Chinese, Korean, Japanese, Arabic (Al-, bin, ibn, bint), Persian, Polish,
Hungarian (surname first), Greek, Brazilian, Portuguese, Spanish (double surnames, de la, del), Dutch (van der,
van), Swedish, Norwegian, Danish, Finnish, Filipino (Dela Cruz), Russian, Ukrainian, German, French, Italian,
Belgian, Swiss and Malay. They appear surname first and in capitals (SURNAME, Given; SURNAME/GIVEN; SURNAME Given),
in East Asian order and in Chinese, Japanese, Korean, Greek and Cyrillic script, with initials (J.-P. Ortiz,
K. R. Menon), hyphenated and double surnames, as lone given names in greetings and sign-offs, as lower-case chat
handles, logins, LDAP uids, e-mail-style actors and home directories, several times per record in different cases,
and with given names that are also words (Rose, Hope, Guy, Sunny, Bill, Victoria). Addresses follow local order in
India (house number first, 6-digit PIN), Germany, France (12 bis), the UK, the US, the Netherlands, Japan, Brazil,
Ireland (Eircodes, Irish-language lines), Poland, Turkey, Hungary, New Zealand, Nigeria, Ethiopia (P.O. box), Spain,
Vietnam, China, Korea, Ukraine, Finland, Sweden, Denmark, Norway, Portugal, Italy, Belgium, Canada, the Philippines,
Singapore and Greece. No-break spaces sit in some card numbers, an IBAN and a phone number; curly quotes and em
dashes occur here and there.

Every value (names, streets, postcodes, phones, e-mails, identifiers, IP addresses) was invented for this file.
Identifiers whose scheme publishes a check digit carry a valid one, computed for this file: Luhn (payment cards,
Canadian SIN, Emirates ID, Greek AMKA), IBAN mod 97 with the length of its country (DE, GB, NL, FR, ES, PL, BE,
PT, IE, SE, FI, DK, HU, AT, GR; the national check digits of ES and BE too), NHS number (mod 11), Aadhaar
(Verhoeff), Dutch BSN (11-proof), Polish PESEL, Swedish personnummer, Finnish henkilötunnus, Norwegian
fødselsnummer, Spanish DNI and NIE letters, Brazilian CPF, French NIR (key 97) and numéro fiscal (mod 511),
Italian codice fiscale, German Steuer-ID and Krankenversichertennummer, New Zealand NHI, US ABA routing numbers,
Turkish T.C. Kimlik No, Portuguese NIF, Belgian national number, Chinese resident ID (ISO 7064 mod 11-2), Irish
PPSN, Japanese My Number, UK UTR and Greek AFM; tests/test_redact_dev17.py checks each of them and that the IDs
encoding a birth date agree with the date of birth beside them. The others (US SSN, UK NINO, PAN, passports, MRNs,
BVN, NIN, PhilHealth, TIN, SSS, Cartão SUS, member and badge numbers, account numbers, sort codes, plates) only
have the shape of real ones.

Markup as in redact_dev.py: `{P:...}` PERSON (user names, handles and logins built from a name included; titles
such as "Mr", "Dr", "Mme", "Herr", "Pan", "Smt.", "dhr." and honorifics such as "Bey", "anh", "chị", "様" stand
outside, and so do a possessive 's and an "@" before a handle), `{A:...}` ADDRESS (street line, flat, unit, floor or
building line, P.O. box and postcode, each marked separately), `{E:...}` EMAIL_ADDRESS, `{T:...}` PHONE_NUMBER,
`{I:...}` ID (national, tax and health identifiers, cards, IBANs, account numbers, sort codes, passports, medical
record, member and badge numbers, plates after a cue, a UPI payment address), `{B:...}` DATE_OF_BIRTH (only a date
next to a birth cue or in a birth-date column), `{N:...}` IP_ADDRESS (IPv4 and IPv6, private ones too) and
`{C:...}` a town, city or district (neutral). Countries, regions, organisations, products, bots, service accounts,
order, ticket and invoice numbers, masked last-four digits, amounts, versions and ordinary dates are not marked.
JSON snippets keep their braces; a mark never contains one.
"""

from __future__ import annotations

from benchmarks.redact_data import Labelled
from benchmarks.redact_dev import parse_marked

RECORDS: list[tuple[str, str]] = [
    # --- support_ticket -----------------------------------------------------------------------------------------------
    ("support_ticket",
     "Ticket #48213 — Laptop won't boot after BIOS update\n"
     "Requester: {P:Caoimhe Ní Bhriain} <{E:caoimhe.nibhriain@glenfarne-insurance.ie}>\n"
     "Assignee: {P:Declan Moorcroft} (Service Desk L2) | Product: ThinkPad T14 Gen 3 | Site: {C:Galway}\n"
     "hi {P:declan}, since the Lenovo update on Tuesday it only shows a black screen. asset tag GI-00417.\n"
     "can you ring me on {T:+353 91 482 7710} before 3? thanks, {P:Caoimhe}"),
    ("support_ticket",
     "[OPS-2291] VPN profile missing for new starter\n"
     "Reporter: {P:j.vandermeulen} · Assignee: {P:Femke Bakker} · Labels: onboarding, GlobalProtect\n"
     "Status changed: Open → In Progress by {P:Femke Bakker} 09:14\n"
     "Comment ({P:Joost van der Meulen}): new hire is {P:Sanne Hoekstra}, starts Monday in the {C:Utrecht} office, "
     "laptop imaged (Win 11 23H2).\n"
     "Comment ({P:Femke Bakker}): profile pushed via Intune, {P:Sanne} logs in as {E:s.hoekstra@kanaalstad.nl}."),
    ("support_ticket",
     "Subject: Re: Sipariş 70-118842 teslim edilmedi\n"
     "From: {P:Ayşegül Yıldırım} <{E:aysegul.yildirim@postakutusu.com.tr}>\n"
     "Merhaba, the app says delivered at 14:02 but nobody came. Address on the order:\n"
     "{A:Bağdat Cad. No: 214 D: 7}\n"
     "{A:34728} {C:Kadıköy}/{C:İstanbul}\n"
     "Tel {T:+90 532 418 27 61}\n"
     "— {P:Ayşegül}"),
    ("support_ticket",
     "INC0091742 | Caller: {P:MENON, Krishnan R.} | Location: {C:Kochi} – Infopark Phase 2, Tower 3\n"
     "Short description: Outlook keeps asking for password (M365, build 2404)\n"
     "Work notes: spoke to {P:K. R. Menon} 10:40 IST, re-registered MFA on Authenticator. User prefers WhatsApp "
     "{T:+91 98470 31562}.\n"
     "Additional comments: {P:Krishnan} confirmed fixed after restart. Resolving.\n"
     "– {P:Anjali Nair}, EUC Kerala"),
    ("support_ticket",
     "お問い合わせフォーム (LINE公式アカウント経由)\n"
     "お名前: {P:山本 葵}（{P:ヤマモト アオイ}）\n"
     "電話番号: {T:090-4821-3376}\n"
     "ご住所: 〒{A:150-0041} 東京都{C:渋谷区}{A:神南1-19-11} {A:パークサイド渋谷 502号室}\n"
     "内容: 注文番号 JP-55210 の Nintendo Switch が届いていません。配送業者はヤマト運輸です。"),
    ("support_ticket",
     "#5128 print queue stuck on 3rd floor (HP LaserJet M507, PRN-03)\n"
     "opened by @{P:tomasz.w} · assigned to @{P:mbekele} · priority: low\n"
     "@{P:mbekele}: restarted the spooler on PRN-03, still stuck. {P:tomasz} can you send a test page?\n"
     "@{P:tomasz.w}: done, came out fine now. thx {P:meskerem}\n"
     "closed by @{P:mbekele} 11:52"),
    ("support_ticket",
     "Case 00418227 – Change of billing address (Premier Checking)\n"
     "Account holder: {P:Tyrone Whitlock}, verified by DOB {B:1986-11-03} and security word\n"
     "Old: {A:4417 Maple Ridge Dr}, {A:Apt 12}, {C:Columbus}, OH {A:43214}\n"
     "New: {A:1290 Crescent Hill Rd}, {C:Worthington}, OH {A:43085}\n"
     "Mr {P:Whitlock} asked that statements also go to {E:tyrone.whitlock84@outlook.com}. Agent: "
     "{P:Shanice Okafor-Briggs}"),
    ("support_ticket",
     "Ticket 2024-KR-0917 · 재무팀\n"
     "요청자: {P:박지훈} ({P:Park Ji-hoon}) · Login: {P:jhpark} · Host: FIN-WS-22 · IP {N:10.42.7.118}\n"
     "SAP GUI 7.70 crashes when opening FB60. Reinstalled, same error. {P:Ji-hoon} says it began after KB5034441.\n"
     "Update 15:20: cleared the SAP cache in C:\\Users\\{P:jhpark}\\AppData\\Roaming\\SAP — works."),
    ("support_ticket",
     "Chamado #77120 — troca de produto (Air Fryer Mondial 4L)\n"
     "Cliente: {P:Luana Ferreira da Silva} · CPF {I:913.446.529-48}\n"
     "Endereço: {A:Rua Doutor Alceu de Campos Rodrigues, 218}, {A:apto 71}\n"
     "{C:Vila Nova Conceição}, {C:São Paulo} - SP, CEP {A:04544-000}\n"
     "Obs.: preferiu contato por WhatsApp {T:+55 11 98231-4470}, falar com a {P:Luana} depois das 18h."),
    ("support_ticket",
     "Re: [Ticket #3391] Không đăng nhập được portal\n"
     "hi {P:dũng}, can you try the new link? the old portal was retired on 1 March. — {P:Yến} (Mekong Freight IT)\n"
     "---\n"
     "On 04/03/2024 09:41, {P:Trần Văn Dũng} <{E:dung.tranvan@mekongfreight.vn}> wrote:\n"
     "> still error 403. my user is {P:dungtv}, branch {C:Hải Phòng}, Chrome 122\n"
     "> {P:Dũng}"),
    ("support_ticket",
     "SR-66019 | Category: Access badge | Site: {C:Muscat} HQ, Tower B\n"
     "Requester: {P:Khalid bin Saeed Al-Harthy} ({P:kalharthy})\n"
     "Badge no. {I:BDG-204117} was deactivated after 30 days unused. Please reactivate.\n"
     "Security ({P:Rania Haddad}): reactivated 08:05; Mr {P:Al-Harthy} to collect the new card from reception, "
     "Level 2."),
    ("support_ticket",
     "Ticket 11842 — refund request (Aegean Blue Suite, 3 nights)\n"
     "Guest: {P:PAPADOPOULOU/ELENI} MS · Booking QX7TPL · Hotel Kallisti, {C:Chania}\n"
     "Guest wrote: “Dear team, the air-con in room 214 never worked and reception said it’s ‘normal’.”\n"
     "Handled by {P:Nikos Stavridis}: refund of 180 EUR approved, returned to the original card."),
    ("support_ticket",
     "Zgłoszenie 2024/05/8812 (Orange Światłowód 1 Gb/s)\n"
     "Abonent: {P:Małgorzata Kaczmarek}, PESEL {I:84110327046}, ur. {B:03.11.1984}\n"
     "Adres instalacji: {A:ul. Mickiewicza 14/3}, {A:30-059} {C:Kraków}\n"
     "Tel. kontaktowy {T:+48 601 274 338}\n"
     "Technik {P:Paweł Szczepański} – wizyta w czwartek 8:00–12:00, router Funbox 6 do wymiany."),
    ("support_ticket",
     "Ticket HI-2207 — Solar inverter offline\n"
     "Customer: {P:Leilani Kealoha}, {A:94-1032 Kaapeha St}, {C:Waipahu}, HI {A:96797} · {T:(808) 671-2294}\n"
     "Tech note: SMA Sunny Boy 5.0 shows error 3501 (insulation fault). Sending {P:Makoa Kauhane} on site Friday.\n"
     "Escalated to {P:Hope Nakanelua} (Tier 3) in case the panel string needs replacing."),
    ("support_ticket",
     "Tiketti #90211 — Sähkölasku väärin (Helen Sähköverkko)\n"
     "Asiakas: {P:Virtanen Aino}\n"
     "Osoite: {A:Mannerheimintie 40 A 12}, {A:00100} {C:Helsinki}\n"
     "Puh. {T:040 718 2296}\n"
     "Käsittelijä {P:Juha Mäkelä}: soitettu asiakkaalle, {P:Aino} pyysi erittelyn marraskuun laskusta."),
    ("support_ticket",
     "工单 #CN-30418  状态: 处理中\n"
     "客户: {P:林志明} ({P:LIN Zhiming})  手机: {T:138 1024 7765}\n"
     "地址: {C:深圳市}{C:南山区}{A:科技园南路88号}{A:2栋1103室}\n"
     "问题: Huawei MateBook 14 无法充电, 订单 JD-88123410, 已申请上门取件。\n"
     "处理人: {P:周子涵}"),
    ("support_ticket",
     "Subject: Generator service request – {C:Lekki} site\n"
     "Hello team,\n"
     "Our Mikano 60kVA generator at {A:Plot 14, Admiralty Way}, {C:Lekki Phase 1}, {C:Lagos} keeps tripping under "
     "load.\n"
     "Please send a technician this week. Contact on site: {P:Chukwuemeka Nwosu} {T:0803 415 2298}.\n"
     "Thanks,\n"
     "— {P:Ngozi}"),
    # --- clinical_note ------------------------------------------------------------------------------------------------
    ("clinical_note",
     "ED triage 02:14 — {P:Ó SÚILLEABHÁIN, Oisín}, MRN {I:CUH-0048812}, DOB {B:14/02/1979}\n"
     "PC: central chest pain radiating to L arm, onset 01:30. Hx: T2DM on metformin 1g BD, HTN on ramipril.\n"
     "NOK: wife {P:Siobhán} {T:087 214 6630}. Seen by Dr {P:Harriet Pennock}.\n"
     "ECG sinus, no ST elevation. Trop pending. Plan: aspirin 300mg, repeat trop at 05:15."),
    ("clinical_note",
     "Ward 7B handover (night → day)\n"
     "Bed 3: {P:Szabó Réka}, 62F, lap chole day 1, obs stable, mobilising with frame.\n"
     "Bed 5: Mr {P:Dawit Tesfaye}, 48M, NBM for OGD tomorrow. Parkinson's disease — Sinemet ON TIME please.\n"
     "Bed 8: {P:HALVORSEN, Sigrid}, 81F, fall at home, #NOF, theatre this pm. Daughter {P:Ingrid} phoning at 10.\n"
     "Handed over by {P:Rowena Bautista} RN to {P:Jericho Villanueva} RN"),
    ("clinical_note",
     "Consultation — {P:Bill Hartnett}, NHS No. {I:778 398 3898}, DOB {B:2 August 1957}\n"
     "S: 3/7 productive cough, green sputum, no haemoptysis. Smoker 20/day.\n"
     "O: T 38.1, RR 22, sats 94% RA, crackles R base. A: CAP, CURB-65 = 1.\n"
     "P: amoxicillin 500mg TDS 5/7, safety-netted, review Monday.\n"
     "{P:Bill}'s wife {P:Rose} will collect the script from Boots in {C:Keighley}."),
    ("clinical_note",
     "Potilas: {P:Järvinen Satu}, hetu {I:051288-2323}, synt. {B:05.12.1988}\n"
     "Käynnin syy: migreeni auralla, 3-4 kohtausta/kk. Lääkitys: sumatriptaani 50 mg tarvittaessa.\n"
     "Hoitaja {P:Eero Koskinen} soittaa laboratoriotulokset numeroon {T:050 318 4427}.\n"
     "Osoite: {A:Hämeenkatu 18 B 24}, {A:33200} {C:Tampere}"),
    ("clinical_note",
     "Home visit — {P:Aroha Ngata}, NHI {I:LLD1815}\n"
     "Address: {A:14 Tui Street}, {C:Ponsonby}, {C:Auckland} {A:1011}\n"
     "Whānau present: son {P:Wiremu} and two mokopuna. BP 148/92, ankles oedematous.\n"
     "Furosemide increased to 80mg mane. Next visit Thursday with kaiāwhina {P:Mere Tawhiri}."),
    ("clinical_note",
     "[Teams · ICU nursing] 07:02 {P:Lakshmi V}: bed 12 (Mr {P:Subramanian}) extubated 06:40, on 2L NP\n"
     "07:03 {P:jericho.v}: 👍 will tell dr {P:ishikawa} at the 8am round\n"
     "07:05 {P:Lakshmi V}: his son {P:Karthik} called twice, wants an update, number is on the whiteboard\n"
     "07:06 {P:jericho.v}: ok, propofol off since 06:10 fyi"),
    ("clinical_note",
     "Entlassbrief – {P:Weißmüller, Jürgen}, geb. {B:17.01.1952}\n"
     "Versichertennr. {I:R190113274} (AOK Baden-Württemberg)\n"
     "Diagnosen: Vorhofflimmern, Z. n. Apoplex 2019. Medikation: Apixaban 5 mg 1-0-1, Bisoprolol 2,5 mg 1-0-0.\n"
     "Anschrift: {A:Am Weiher 12b}, {A:79111} {C:Freiburg im Breisgau}\n"
     "Hausärztin: Dr. {P:Annegret Schöttler}, {C:Kirchzarten}"),
    ("clinical_note",
     "Journalanteckning, Sahlgrenska, Ortopedmottagningen\n"
     "Pat: {P:Lindqvist, Magnus} ({I:790930-8293}), född {B:1979-09-30}\n"
     "Status: svullen höger knä efter fotboll, Lachman positiv. MR beställd.\n"
     "Ansvarig läkare: {P:Astrid Nyström}. Kontakt: {T:070-482 19 55}"),
    ("clinical_note",
     "SMS reminder sent 16:02 to {T:+46 70 311 08 64} ✓ delivered\n"
     "Hej {P:Astrid}! Påminnelse: tid hos tandläkare {P:Bjørn Åkesson} tisdag 14 maj kl 09:30,\n"
     "Folktandvården {C:Majorna}. Svara NEJ för att avboka. Mvh Folktandvården Västra Götaland"),
    ("clinical_note",
     "OPD slip — Apollo Clinic, {C:Jayanagar}\n"
     "Name: {P:Manjunath Gowda}  Age/Sex: 54/M  UHID: {I:APL-BLR-2210457}\n"
     "Address: {A:No. 27, 9th Main, 4th Block}, {C:Jayanagar}, {C:Bengaluru} - {A:560011}\n"
     "c/o giddiness x 2 days. BP 170/100. Rx: Tab. Amlodipine 5 mg OD. Review after 1 week with ECG.\n"
     "Ref. by Dr. {P:Aditi Deshpande}"),
    ("clinical_note",
     "Compte rendu de consultation — Dr {P:Élodie Marchand}, cardiologue\n"
     "Patiente : Mme {P:Pilar de la Cruz Moreno}, née le {B:12/04/1987}, NIR {I:2 87 04 69 123 120 19}\n"
     "Adresse : {A:12 bis, rue des Tanneurs}, {A:69002} {C:Lyon}\n"
     "Motif : palpitations. Holter 24 h : ESV isolées. Pas de traitement, contrôle dans 6 mois."),
    ("clinical_note",
     "Antenatal visit 28/40 — {P:Selamawit Girma}, MRN {I:0731946}\n"
     "G2P1. Fundal height 27 cm, FHR 142. Hb 10.4 → ferrous sulfate 200 mg BD started.\n"
     "Partner {P:Yonas Alemayehu} interpreting (Amharic). Next: OGTT on 3 June.\n"
     "Midwife: {P:Hirut Tadesse}"),
    ("clinical_note",
     "患者氏名: {P:藤原 健太}（{P:フジワラ ケンタ}）\n"
     "生年月日: {B:1985年3月8日}\n"
     "主訴: 腰痛（2週間）。ロキソニン 60mg 1日3回、湿布処方。\n"
     "次回: 2週間後。担当医: {P:石川}"),
    ("clinical_note",
     "Progress note — {P:Victoria Lindgren}, MRN {I:MGH-55807213}\n"
     "Session 6 of CBT for GAD. GAD-7 down from 15 to 9. {P:Victoria} reports better sleep,\n"
     "still avoids the Red Line at rush hour. Plan: continue weekly; sertraline 50 mg per Dr {P:Okonjo}.\n"
     "— {P:Guy Desrochers}, LICSW"),
    ("clinical_note",
     "Informe de urgencias — Hospital Clínic, {C:Barcelona}\n"
     "Paciente: {P:Javier Ruiz de la Fuente}, DNI {I:48805131M}, f. nac. {B:09/10/1968}\n"
     "Motivo: esguince de tobillo derecho jugando al pádel. Rx: sin fractura.\n"
     "Tto: ibuprofeno 600 mg/8h, vendaje, reposo. Acompañante: {P:Lucía Fernández Ortega} {T:+34 612 48 90 37}"),
    ("clinical_note",
     "Clinic notes — {P:DELA CRUZ, Maria Cristina}, PhilHealth No. {I:12-025847163-9}\n"
     "32F, dengue NS1 positive, platelets 98k. Oral fluids, paracetamol only (NO ibuprofen). Repeat CBC tomorrow.\n"
     "Mother {P:Lourdes Pangilinan} at bedside, contact {T:0917 552 8143}. Seen by Dr. {P:Jun Macaraeg}"),
    ("clinical_note",
     "Physio — {P:Kaveh Tehrani} (DOB {B:30 Nov 1975}), L ACL reconstruction, week 6\n"
     "ROM 0–115°, quads lag resolved. Progress to stationary bike and Theraband programme.\n"
     "Next appt with {P:Parisa Rahimzadeh} Tue 16:00 ({P:Kaveh} prefers afternoons)."),
    # --- hr_mail ------------------------------------------------------------------------------------------------------
    ("hr_mail",
     "From: {P:Grzegorz Zieliński} <{E:g.zielinski@vistulasoft.pl}>\n"
     "To: {P:Agnieszka Wójcik} <{E:a.wojcik@vistulasoft.pl}>\n"
     "Cc: HR Team <{E:hr@vistulasoft.pl}>\n"
     "Subject: Umowa – {P:Oksana Bondarenko}, start 1 lipca\n"
     "{P:Aga}, please prepare the contract for {P:Oksana} (Senior QA, B2B). PESEL is not issued yet,\n"
     "she will bring her Ukrainian passport {I:FT427193} on Monday. Thx, {P:Grzegorz}"),
    ("hr_mail",
     "---------- Forwarded message ---------\n"
     "From: {P:Chen Jiahui} <{E:jiahui.chen@harbourline.com.sg}>\n"
     "Date: Mon, 6 May 2024 at 09:12\n"
     "Subject: Leave request 20–24 May\n"
     "To: {P:Rohan Iyer} <{E:rohan.iyer@harbourline.com.sg}>\n"
     "Hi {P:Rohan}, I'd like to take annual leave 20–24 May (Vesak week). {P:Huang Meiling} will cover the Jurong "
     "account.\n"
     "{P:Jiahui}"),
    ("hr_mail",
     "Thanks {P:Sunny}, approved. Please update the rota in Deputy.\n"
     "{P:Bill}\n"
     "\n"
     "On Tue, 14 May 2024 at 17:40, {P:Sunny Oyelaran} <{E:sunny.oyelaran@brightwell.co.uk}> wrote:\n"
     "> Hi {P:Bill}, can I swap my Friday late shift with {P:Declan}? He's agreed.\n"
     "> — {P:Sunny}"),
    ("hr_mail",
     "Minutes – Works Council (Betriebsrat), 16 April\n"
     "Present: {P:Jürgen Weißmüller} (chair), {P:Annelies van Dijk}, {P:Ruud Jansen}, {P:Çağrı Öztürk}\n"
     "Apologies: {P:İlkay Doğan}\n"
     "1. Canteen: Sodexo renewal approved for 2025. 2. Remote work: {P:Ruud} to circulate draft v3 by Friday.\n"
     "3. {P:Çağrı} raised the parking situation at the {C:Eindhoven} site; deferred to May."),
    ("hr_mail",
     "To: {P:Adaeze Chukwu} <{E:adaeze.chukwu@gmail.com}>\n"
     "Subject: Offer of employment – Data Engineer\n"
     "Dear {P:Adaeze},\n"
     "Please sign and return the enclosed contract to our office at {A:Herengracht 182}, {A:1016 BR} "
     "{C:Amsterdam}.\n"
     "Your start date is 2 September; your BSN ({I:842198982}) has been recorded for payroll.\n"
     "Kind regards, {P:Femke Bakker} – Talent Acquisition, Grachtenlab B.V."),
    ("hr_mail",
     "De: {P:Thiago de Souza Lima} <{E:thiago.lima@cafeserra.com.br}>\n"
     "Para: RH Café Serra <{E:rh@cafeserra.com.br}>\n"
     "Assunto: Atestado médico\n"
     "Bom dia, segue em anexo atestado de 3 dias (CID J11). Retorno na quinta-feira.\n"
     "Att., {P:Thiago}\n"
     "{T:(31) 99812-4407}"),
    ("hr_mail",
     'From: "{P:Holmqvist, Lars-Erik}" <{E:lars-erik.holmqvist@nordvatten.se}>\n'
     'To: "{P:Østergaard, Magnus}" <{E:magnus.ostergaard@nordvatten.dk}>\n'
     "Subject: SV: Relocation {C:Göteborg} → {C:Aarhus}\n"
     "Hej {P:Magnus}, the relocation allowance (45 000 SEK) is approved by Group HR.\n"
     "{P:Lars-Erik}"),
    ("hr_mail",
     "Subject: Resignation – {P:Darius Farahani}\n"
     "Hi {P:Shirin},\n"
     "Please accept this as formal notice of my resignation; my last day will be 31 July.\n"
     "I've really enjoyed working with the {C:Tehran} and {C:Dubai} teams.\n"
     "Best, {P:Darius}\n"
     "{T:+971 50 318 2274}"),
    ("hr_mail",
     "Dear Ms {P:Horváth},\n"
     "We are seeking a reference for {P:Bence Kovács}, who we understand worked at Danubia Logistics\n"
     "from 2019 to 2023 as Warehouse Supervisor in {C:Győr}. Could you confirm his dates and reason for leaving?\n"
     "Regards, {P:Eszter Tóth} · People Team · {E:references@alpenfracht.at}"),
    ("hr_mail",
     "Subject: Welcome to the team, {P:Seo-yeon}! 🎉\n"
     "Hi all, please welcome {P:Kim Seo-yeon} ({P:김서연}), who joins Product Design on Monday.\n"
     "{P:Seo-yeon} will sit in the {C:Pangyo} office, 4F, next to {P:Lee Do-hyun}. Say hi on Slack: "
     "@{P:seoyeon.kim}\n"
     "— {P:Choi Min-ji}, People Ops"),
    ("hr_mail",
     "Hi guys,\n"
     "Quick one: {P:Guy Lefebvre-Garnier} from the {C:Lille} plant is covering payroll queries while {P:Théo} is on "
     "leave.\n"
     "Send timesheets to {P:Guy} by Thursday noon, or to {E:paie@nordtextile.fr}. Merci !\n"
     "{P:Élodie}"),
    ("hr_mail",
     "From: {P:Niamh MacGiolla} <{E:niamh.macgiolla@shannonsoft.ie}>\n"
     "To: HR Shared Services <{E:hrss@shannonsoft.ie}>\n"
     "Subject: Maternity leave dates\n"
     "Hi, my due date is 19 October, so I'd like leave to start on 7 October. My PPSN is {I:1162627VA}.\n"
     "I'll keep my work phone {T:+353 87 630 1924} on for handover questions. {P:Niamh}"),
    ("hr_mail",
     "件名: 転勤に伴う住所変更のお知らせ\n"
     "人事部 御中\n"
     "{P:中村 結衣}です。4月1日付で大阪支社へ異動となり、住所が変わりました。\n"
     "新住所: 〒{A:530-0001} 大阪府{C:大阪市北区}{A:梅田2-4-9} {A:ブリーゼタワー 1203}\n"
     "携帯: {T:080-3391-6624}  よろしくお願いいたします。"),
    ("hr_mail",
     "CONFIDENTIAL – Investigation outcome\n"
     "To: {P:Artem Sokolov}\n"
     "Cc: {P:Olena Kovalenko} (HR Business Partner)\n"
     "Following the hearing on 3 June, the allegation about expenses claimed for the {C:Kraków} trip is not "
     "upheld.\n"
     "No further action. Please contact {P:Olena} if you wish to discuss. — {P:Dmytro Shevchuk}, Head of Finance"),
    ("hr_mail",
     "Από: {P:Κατερίνα Βλάχου} <{E:k.vlachou@aigaionfoods.gr}>\n"
     "Προς: {P:Georgios Antoniadis}\n"
     "Θέμα: Άδεια μητρότητας – βεβαίωση ΕΦΚΑ\n"
     "{P:Γιώργο}, στέλνω τη βεβαίωση. ΑΜΚΑ {I:14038702396}. Ευχαριστώ, {P:Κατερίνα}"),
    ("hr_mail",
     "Invitation: 1:1 {P:Folasade} / {P:Ayodele} @ Thu 23 May 2024 15:00 – 15:30 (WAT)\n"
     "Organizer: {P:Ayodele Bamgbose} <{E:ayodele.bamgbose@lagoonpay.ng}>\n"
     "Guests: {P:Folasade Akinwande} <{E:folasade.akinwande@lagoonpay.ng}>\n"
     "Agenda: probation review, Q3 goals, training budget (AWS Solutions Architect)."),
    ("hr_mail",
     "Subject: Payroll – bank details for new joiner\n"
     "Hi Payroll,\n"
     "{P:Aminu Bello} joins the {C:Kano} branch on 1 June; salary to GTBank account {I:0123874519}, name as on "
     "BVN.\n"
     "His emergency contact is his brother {P:Sani Bello}, {T:0806 221 7390}.\n"
     "Thanks, {P:Obinna Eze} – HR Officer"),
    # --- chat_log -----------------------------------------------------------------------------------------------------
    ("chat_log",
     "[12/05/2024, 21:03] {P:Chidi Okeke}: guys the {C:Enugu} reunion is 3rd aug, who's coming\n"
     "[12/05/2024, 21:05] {P:Ifeoma Nwachukwu}: me! {P:chidi} send the venue\n"
     "[12/05/2024, 21:06] {P:Chidi Okeke}: Nike Lake Resort, {C:Enugu}. {P:ify} bring {P:Obiora} too\n"
     "[12/05/2024, 21:09] {P:Ifeoma Nwachukwu}: lol ok. call me {T:0809 552 1187} later"),
    ("chat_log",
     "#infra-alerts  (Slack)\n"
     "{P:priya.k}  9:41 AM  disk on db-prod-2 at 91%, who owns the nightly dump?\n"
     "{P:oguzhan}  9:42 AM  me, sorry. moving it to s3 now\n"
     "{P:priya.k}  9:43 AM  ty {P:oğuzhan} 🙏 also ping {P:Wang Haoran} re the replica lag\n"
     "{P:Wang Haoran}  9:50 AM  lag back to 0s, it was the vacuum job"),
    ("chat_log",
     "Telegram · «{C:Київ} квартира»\n"
     "{P:Олена Коваленко}: {P:Дмитро}, ключі у консьєржа, квартира {A:кв. 47}, {A:вул. Січових Стрільців, 21}\n"
     "{P:Дмитро Шевчук}: дякую! буду о 19:00\n"
     "{P:Олена Коваленко}: мій новий номер {T:+380 67 412 88 03}"),
    ("chat_log",
     "[Teams] Support Tier 1 — Tue 10:14\n"
     "{P:Lourdes P.}: anyone know why Zendesk won't load for me? {P:jun} says it's fine for him\n"
     "{P:Jericho Villanueva}: clear cache. also hi {P:lourdes} welcome back 😊\n"
     "{P:Lourdes P.}: thanks {P:jeri}! ok working now"),
    ("chat_log",
     "<{P:kahananui}> anyone up? build 7.3.1 is failing on the arm64 runner\n"
     "<{P:noelani_a}> yeah saw it, libssl mismatch. {P:keoni} try pinning openssl 3.0.13\n"
     "<{P:kahananui}> that did it, mahalo {P:noelani}\n"
     "* {P:noelani_a} has quit (Quit: brb)"),
    ("chat_log",
     "SMS thread with {T:+44 7700 914 628}\n"
     "> Hi it's {P:Harriet} from Pennock & Rowe Lettings, the plumber is booked for Weds 8-12 at "
     "{A:27 Kelvin Grove Road}\n"
     "< ok thank u. will {P:Tyrone} need to be in?\n"
     "> no, we have a key. Thanks, {P:Harriet}"),
    ("chat_log",
     "WeChat 群聊「{C:杭州}项目组」\n"
     "{P:张雨萱}: @{P:王浩然} 明天的评审改到 10:30\n"
     "{P:王浩然}: 收到。{P:雨萱}，客户那边是{P:陈佳慧}对接吗？\n"
     "{P:张雨萱}: 对，她电话 {T:139 5716 2083}"),
    ("chat_log",
     "카카오톡 대화\n"
     "[{P:박서준}] [오후 7:12] 형 내일 {C:판교} 미팅 몇 시야?\n"
     "[{P:한연우}] [오후 7:14] 2시. {P:서준}아 노트북 꼭 챙겨\n"
     "[{P:박서준}] [오후 7:15] ㅇㅋ 주소 다시 보내줘\n"
     "[{P:한연우}] [오후 7:16] {A:판교역로 235}, {A:에이치스퀘어 N동 6층}"),
    ("chat_log",
     "Signal · 08:55  {P:Babak}: running late, the 44 bus broke down again\n"
     "08:56  {P:Shirin Mohammadi}: np. I told {P:Darius} to start without us\n"
     "08:58  {P:Babak Hosseini}: 👍 save me a seat {P:shirin}"),
    ("chat_log",
     "Zoom chat — Weekly sync (recorded)\n"
     "10:02:11 From {P:Javier Ruiz} to Everyone: can you all see my screen?\n"
     "10:02:40 From {P:María José García-Lozano} to Everyone: yes. {P:javi} the Q2 numbers slide is missing\n"
     "10:03:05 From {P:Álvaro Sánchez del Río} to Everyone: +1, also ping {P:Mariajo} the Salesforce export\n"
     "10:04:12 From {P:Javier Ruiz} to {P:Álvaro Sánchez del Río} (direct message): thanks 🙏"),
    ("chat_log",
     "Discord · #lfg-eu\n"
     "{P:dimitris_st} — today at 21:14: need 2 for ranked, plat+\n"
     "{P:kasia.wisniewska} — today at 21:15: me and {P:bartek} can join\n"
     "{P:dimitris_st} — today at 21:15: nice, add me: {P:dimitris_st}#4471\n"
     "{P:kasia.wisniewska} — today at 21:16: sent. {P:Bartek} says hi"),
    ("chat_log",
     "Google Chat · {P:Aroha} / {P:Hēmi}\n"
     "{P:Hēmi Parata}, 2:14 PM: kia ora {P:aroha}, the marae booking for the 21st is confirmed\n"
     "{P:Aroha Ngata}, 2:16 PM: ka pai! send the invoice to {E:aroha.ngata@tewhanaucare.org.nz}\n"
     "{P:Hēmi Parata}, 2:17 PM: will do, ngā mihi"),
    ("chat_log",
     "LINE トーク履歴\n"
     "2024/04/18(木)\n"
     "12:31 {P:佐藤蓮} 今日の飲み会、{C:渋谷}のハチ公前に19時で\n"
     "12:33 {P:高橋陽翔} 了解！{P:蓮}、{P:結衣}ちゃんも来るって\n"
     "12:35 {P:佐藤蓮} 👍"),
    ("chat_log",
     "Mattermost · ~release-train\n"
     "@{P:v.ramana} 14:02  RC2 tagged, {P:srinivas} pls run the smoke suite on staging\n"
     "@{P:sgollapudi} 14:05  on it. {P:Venkata}, did the Razorpay webhook fix make it in?\n"
     "@{P:v.ramana} 14:06  yes, PR 8812. merged by {P:ritika.b}"),
    ("chat_log",
     "Messenger\n"
     "{P:Mariana Oliveira}: oi {P:rui}!! chegaste bem a {C:Lisboa}?\n"
     "{P:Rui Alves Pinto}: cheguei sim, o voo TAP atrasou 40 min\n"
     "{P:Mariana Oliveira}: ufa. manda beijo à {P:Inês} 😘"),
    ("chat_log",
     "[WhatsApp] 06/06/24 18:22 - {P:Hope Mwangi}: hope you got the parcel!! left it with the guard\n"
     "06/06/24 18:30 - {P:Wanjiru}: got it, asante sana {P:Hope} ❤️\n"
     "06/06/24 18:31 - {P:Hope Mwangi}: karibu. tell {P:Kamau} to call me {T:+254 722 418 093}"),
    ("chat_log",
     "Viber · {P:Tóth} család\n"
     "{P:Tóth Gergely}: {P:Eszti}, holnap elviszem anyát a {C:Szeged}i rendelőbe\n"
     "{P:Horváth Eszter}: jó, köszi {P:Geri}! a beutaló a konyhaasztalon van\n"
     "{P:Tóth Gergely}: 👍"),
    # --- ops_log ------------------------------------------------------------------------------------------------------
    ("ops_log",
     "May 14 03:12:44 bastion-1 sshd[28811]: Accepted publickey for {P:twisniewski} from {N:83.24.117.209} port "
     "51422 ssh2\n"
     "May 14 03:12:45 bastion-1 sshd[28811]: pam_unix(sshd:session): session opened for user "
     "{P:twisniewski}(uid=1043)\n"
     "May 14 03:13:02 bastion-1 sudo: {P:twisniewski} : TTY=pts/2 ; PWD=/home/{P:twisniewski} ; USER=root ; "
     "COMMAND=/bin/systemctl restart nginx\n"
     "May 14 03:20:17 bastion-1 sshd[28811]: pam_unix(sshd:session): session closed for user {P:twisniewski}"),
    ("ops_log",
     "commit 4f1c9a2e7b0d31f5c8e6a9b2d4f07e1c3a5b8d90\n"
     "Author: {P:Folasade Akinwande} <{E:folasade.akinwande@lagoonpay.ng}>\n"
     "Date:   Wed May 15 18:04:12 2024 +0100\n"
     "\n"
     "    fix(payouts): retry NIBSS timeouts with backoff (PAY-1182)\n"
     "\n"
     "    Co-authored-by: {P:Obinna Eze} <{E:obinna.eze@lagoonpay.ng}>"),
    ("ops_log",
     '{"ts":"2024-05-16T07:41:09Z","event":"login.success","user":"{P:r.banerjee}","display":"{P:Ritika Banerjee}",'
     '"ip":"{N:49.36.212.87}","ua":"Chrome/124"}\n'
     '{"ts":"2024-05-16T07:41:55Z","event":"role.grant","actor":"{P:r.banerjee}","target":"{P:s.chattopadhyay}",'
     '"role":"billing-admin"}\n'
     '{"ts":"2024-05-16T07:42:03Z","event":"token.refresh","user":"svc-reporting","ip":"{N:10.8.0.14}"}'),
    ("ops_log",
     "May 16 11:02:31 mx2 postfix/smtpd[9120]: connect from mail-ej1.google.com[{N:209.85.218.44}]\n"
     "May 16 11:02:32 mx2 postfix/cleanup[9124]: 5C1F22A04B: message-id=<CAF8x0a1@mail.gmail.com>\n"
     "May 16 11:02:32 mx2 postfix/qmgr[812]: 5C1F22A04B: from=<{E:gulsen.kilic@gmail.com}>, size=48211, nrcpt=1 "
     "(queue active)\n"
     "May 16 11:02:33 mx2 postfix/local[9126]: 5C1F22A04B: to=<{E:b.sahin@anadolutekstil.com.tr}>, relay=local, "
     "status=sent"),
    ("ops_log",
     "Log Name: Security  Source: Microsoft-Windows-Security-Auditing  Event ID: 4625\n"
     "An account failed to log on.\n"
     "Account Name: {P:o.alfarsi}   Account Domain: GULFCORP\n"
     "Workstation Name: LT-{P:OALFARSI}   Source Network Address: {N:172.16.40.23}\n"
     "Failure Reason: Unknown user name or bad password. Logon Type: 10"),
    ("ops_log",
     '{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"RequestResponse","verb":"delete",\n'
     '"user":{"username":"{E:yuki.nakamura@hoshizora.io}","groups":["system:authenticated","sre"]},\n'
     '"objectRef":{"resource":"pods","namespace":"checkout","name":"checkout-api-7c9f5d-x2kqp"},\n'
     '"sourceIPs":["{N:2001:db8:4a1:2c::17}"],"responseStatus":{"code":200}}'),
    ("ops_log",
     '{N:91.188.44.102} - {P:lmakela} [17/May/2024:09:14:02 +0300] "GET /intranet/hr/payslips/2024-04.pdf HTTP/1.1" '
     '200 81234 "-" "Mozilla/5.0" 0.004\n'
     '{N:91.188.44.102} - {P:lmakela} [17/May/2024:09:14:09 +0300] "GET /intranet/hr/payslips/2024-03.pdf HTTP/1.1" '
     '200 80990 "-" "Mozilla/5.0" 0.004\n'
     '{N:10.0.3.5} - - [17/May/2024:09:15:00 +0300] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" 0.001'),
    ("ops_log",
     "dn: uid={P:gdhillon},ou=people,dc=maplegrid,dc=ca\n"
     "cn: {P:Gurjit Singh Dhillon}\n"
     "givenName: {P:Gurjit}\n"
     "sn: {P:Dhillon}\n"
     "mail: {E:gurjit.dhillon@maplegrid.ca}\n"
     "homeDirectory: /home/{P:gdhillon}\n"
     "telephoneNumber: {T:+1 604 291 7730}"),
    ("ops_log",
     "2024-05-17 22:01:13 openvpn[1402]: {N:186.207.51.90}:49211 TLS: Username/Password authentication succeeded "
     "for username '{P:mariana.santos}'\n"
     "2024-05-17 22:01:13 openvpn[1402]: {P:mariana.santos}/{N:186.207.51.90}:49211 MULTI_sva: pool returned "
     "IPv4={N:10.99.0.42}\n"
     "2024-05-17 23:47:50 openvpn[1402]: {P:mariana.santos}/{N:186.207.51.90}:49211 SIGTERM[soft,remote-exit] "
     "received, client-instance exiting"),
    ("ops_log",
     "May 18 08:30:01 dhcp-core dhcpd[771]: DHCPDISCOVER from 3c:22:fb:91:0e:4d (iPhone-de-{P:Inês}) via eth1\n"
     "May 18 08:30:01 dhcp-core dhcpd[771]: DHCPOFFER on {N:192.168.20.57} to 3c:22:fb:91:0e:4d "
     "(iPhone-de-{P:Inês}) via eth1\n"
     "May 18 08:30:02 dhcp-core dhcpd[771]: DHCPACK on {N:192.168.20.57} to 3c:22:fb:91:0e:4d (iPhone-de-{P:Inês}) "
     "via eth1\n"
     "May 18 08:31:40 dhcp-core dhcpd[771]: DHCPACK on {N:192.168.20.61} to 00:1b:63:84:45:e6 (MacBook-Pro-{P:Rui}) "
     "via eth1"),
    ("ops_log",
     "2024-05-18T12:04:51.220Z INFO  okta.user.session.start actor={E:aisha.rahman@kestrelhealth.org} "
     "client_ip={N:86.12.201.77} outcome=SUCCESS\n"
     "2024-05-18T12:05:13.008Z WARN  okta.user.mfa.factor.deactivate actor={E:aisha.rahman@kestrelhealth.org} "
     "factor=sms\n"
     "2024-05-18T12:05:13.412Z INFO  okta.user.mfa.factor.activate actor={E:aisha.rahman@kestrelhealth.org} "
     "factor=okta_verify"),
    ("ops_log",
     "Started by user {P:Sourav Chattopadhyay}\n"
     "Running as SYSTEM\n"
     "[Pipeline] node: Running on agent-linux-04 in /var/lib/jenkins/workspace/billing-api\n"
     "[Pipeline] sh: + git clone git@github.com:ganga-fintech/billing-api.git\n"
     "[Pipeline] sh: + ./gradlew test  (Gradle 8.7, JDK 21)\n"
     "Finished: SUCCESS (triggered again by dependabot[bot] at 14:22)"),
    ("ops_log",
     "[2024-05-19 02:00:01] CRON[33120]: ({P:hkaur}) CMD (/home/{P:hkaur}/bin/backup_photos.sh >> "
     "/home/{P:hkaur}/logs/backup.log 2>&1)\n"
     "[2024-05-19 02:00:01] CRON[33121]: (root) CMD (run-parts /etc/cron.daily)\n"
     "[2024-05-19 02:14:36] backup_photos.sh: rsync to nas01:/volume1/{P:harpreet}/Photos completed (2,418 files)"),
    ("ops_log",
     "smbd_audit: 2024/05/19 09:12:33 | {N:10.20.4.88} | CORP\\{P:m.kulkarni} | open | ok | r | "
     "Finance/FY24/Budget_v7.xlsx\n"
     "smbd_audit: 2024/05/19 09:12:41 | {N:10.20.4.88} | CORP\\{P:m.kulkarni} | rename | ok | "
     "Finance/FY24/Budget_v7.xlsx|Finance/FY24/Budget_v8.xlsx\n"
     "smbd_audit: 2024/05/19 09:13:02 | {N:10.20.4.91} | CORP\\{P:sanket.k} | open | ok | r | "
     "Users/{P:sanket.k}/Desktop/notes.txt"),
    ("ops_log",
     '{"eventTime":"2024-05-20T06:51:02Z","eventSource":"iam.amazonaws.com","eventName":"CreateAccessKey",\n'
     '"userIdentity":{"type":"IAMUser","userName":"{P:emre.aksoy}",'
     '"arn":"arn:aws:iam::418203773150:user/{P:emre.aksoy}"},\n'
     '"sourceIPAddress":"{N:78.180.12.203}","userAgent":"aws-cli/2.15.40","awsRegion":"eu-central-1"}'),
    ("ops_log",
     "Apr 30 17:45:10 erp-app01 tomcat[2231]: WARN  [LoginFilter] 5 failed logins for user={P:nguyen.bngoc} from "
     "{N:14.161.22.130}, account locked\n"
     "Apr 30 17:52:44 erp-app01 tomcat[2231]: INFO  [AdminAudit] user={P:dangquocbao} action=unlock "
     "target={P:nguyen.bngoc}\n"
     "Apr 30 17:53:10 erp-app01 tomcat[2231]: INFO  [LoginFilter] login ok user={P:nguyen.bngoc} from "
     "{N:14.161.22.130}"),
    ("ops_log",
     "git log --format='%h %an %s' -3\n"
     "a91c04e {P:Satu Järvinen} docs: add Finnish translations for onboarding\n"
     "7d2e5b1 {P:Tuomas Heikkinen} feat: SEPA mandate export (closes #412)\n"
     "0c3f8aa github-actions[bot] chore: bump eslint from 8.57.0 to 9.2.0"),
    # --- csv_rows -----------------------------------------------------------------------------------------------------
    ("csv_rows",
     "employee_id,last_name,first_name,email,date_of_birth,city\n"
     "E1041,{P:Adebayo},{P:Oluwaseun},{E:oluwaseun.adebayo@lagoonpay.ng},{B:1991-07-23},{C:Ibadan}\n"
     "E1042,{P:Ogunleye},{P:Adetokunbo},{E:adetokunbo.ogunleye@lagoonpay.ng},{B:1988-02-11},{C:Abeokuta}\n"
     "E1043,{P:Nwachukwu},{P:Ifeoma},{E:ifeoma.nwachukwu@lagoonpay.ng},{B:1995-10-30},{C:Owerri}"),
    ("csv_rows",
     "{P:NGUYEN THI BICH NGOC};{B:12.09.1990};{T:+84 903 418 275};{A:128 Nguyễn Thị Minh Khai};{C:Quận 3};{C:TP. Hồ "
     "Chí Minh}\n"
     "{P:PHAM MINH KHOI};{B:04.01.1987};{T:+84 912 650 331};{A:45 Trần Hưng Đạo};{C:Hoàn Kiếm};{C:Hà Nội}\n"
     "{P:LE THU HA};{B:27.06.1999};{T:+84 935 207 864};{A:9 Bạch Đằng};{C:Hải Châu};{C:Đà Nẵng}"),
    ("csv_rows",
     "name\tdept\tmobile\tdesk\n"
     "{P:Kovács Bence}\tLogistics\t{T:+36 30 417 2290}\tB2-14\n"
     "{P:Nagy Zsófia}\tFinance\t{T:+36 20 388 0421}\tB2-03\n"
     "{P:Szabó Réka}\tQuality\t{T:+36 70 512 6634}\tC1-11\n"
     "Meeting Room Duna\tFacilities\t\tB2-00"),
    ("csv_rows",
     "| member_no | surname | given | postcode | plan |\n"
     "| {I:HM-0031874} | {P:O'Dwyer} | {P:Ciarán} | {A:T12 X4F8} | Gold |\n"
     "| {I:HM-0031875} | {P:Ní Chonaill} | {P:Róisín} | {A:H91 E2K7} | Silver |\n"
     "| {I:HM-0031876} | {P:Mac Aodha} | {P:Pádraig} | {A:D04 N7W2} | Gold Plus |"),
    ("csv_rows",
     "[\n"
     '  {"id": 771, "name": "{P:Dimitrios Stavridis}", "email": "{E:d.stavridis@olympicmarine.gr}", "role": '
     '"Captain", "vessel": "Aegean Star"},\n'
     '  {"id": 772, "name": "{P:Katerina Vlachou}", "email": "{E:k.vlachou@olympicmarine.gr}", "role": "Purser", '
     '"vessel": "Aegean Star"},\n'
     '  {"id": 773, "name": "ops-bot", "email": "{E:noreply@olympicmarine.gr}", "role": "system", "vessel": null}\n'
     "]"),
    ("csv_rows",
     'user={P:kgirma} uid=2104 shell=/bin/zsh home=/home/{P:kgirma} gecos="{P:Kidist Girma},,,"\n'
     'user={P:dtesfaye} uid=2105 shell=/bin/bash home=/home/{P:dtesfaye} gecos="{P:Dawit Tesfaye},Room 3.14,,"\n'
     'user=postgres uid=114 shell=/bin/bash home=/var/lib/postgresql gecos="PostgreSQL administrator,,,"'),
    ("csv_rows",
     "Nachname;Vorname;Straße;PLZ;Ort;Geburtsdatum;IBAN\n"
     "{P:Schöttler};{P:Annegret};{A:Lindenallee 7};{A:79100};{C:Freiburg};{B:22.03.1964};{I:DE40 3337 1871 9032 "
     "3483 02}\n"
     "{P:Özdemir};{P:Emine};{A:Bahnhofstr. 41a};{A:68159};{C:Mannheim};{B:08.11.1978};{I:DE46 3129 4354 0220 1332 "
     "59}"),
    ("csv_rows",
     "order_id,customer,ship_to,postcode,phone,total_gbp\n"
     "UK-90041,{P:Gwilym Prydderch},{A:3 Heol y Bryn},{A:CF14 6PL},{T:07700 900 582},84.20\n"
     "UK-90042,{P:Shanice Okafor-Briggs},{A:Flat 2, 19 Cromer Terrace},{A:LS2 9JT},{T:07700 900 247},12.99\n"
     "UK-90043,{P:Rose Pemberton},{A:11 Wisteria Close},{A:BH23 4QA},{T:07700 900 318},230.00"),
    ("csv_rows",
     "{P:Takahashi, Haruto},{E:h.takahashi@sakurarail.jp},{C:Tokyo} HQ,Engineering\n"
     "{P:Ishikawa, Mio},{E:m.ishikawa@sakurarail.jp},{C:Osaka},Sales\n"
     "{P:Nakamura, Yui},{E:y.nakamura@sakurarail.jp},{C:Osaka},Sales\n"
     "{P:Fujiwara, Kenta},{E:k.fujiwara@sakurarail.jp},{C:Nagoya},Operations"),
    ("csv_rows",
     '"Nome","CPF","Data de nascimento","Cidade"\n'
     '"{P:João Pedro Carvalho Nogueira}","{I:583.142.114-78}","{B:19/08/1994}","{C:Belo Horizonte}"\n'
     '"{P:Mariana Oliveira dos Santos}","{I:412.684.313-20}","{B:02/12/1989}","{C:Recife}"'),
    ("csv_rows",
     "patient_id|name|dob|nhs_number|gp_practice\n"
     "P-88201|{P:Bill Hartnett}|{B:02/08/1957}|{I:778 398 3898}|Aireborough Family Practice\n"
     "P-88202|{P:Hope Adeyemi-Clarke}|{B:15/05/2001}|{I:129 712 0434}|Kirkstall Health Centre\n"
     "P-88203|{P:Sunny Rahman}|{B:30/01/1969}|{I:462 541 6604}|Kirkstall Health Centre"),
    ("csv_rows",
     "Naam,Adres,Postcode,Woonplaats,BSN\n"
     "{P:Ruud Jansen},{A:Prinsengracht 512-III},{A:1017 KH},{C:Amsterdam},{I:527990334}\n"
     "{P:Annelies van Dijk},{A:Oudegracht 221 bis},{A:3511 NK},{C:Utrecht},{I:755637008}"),
    ("csv_rows",
     "ФИО,Телефон,Email,Город\n"
     "{P:Морозова Евгения Андреевна},{T:+7 916 482-33-17},{E:e.morozova@volgaexpo.ru},{C:Москва}\n"
     "{P:Соколов Артём Игоревич},{T:+7 921 305-74-90},{E:a.sokolov@volgaexpo.ru},{C:Санкт-Петербург}"),
    ("csv_rows",
     "name,handle,joined,karma\n"
     "{P:Liu Yuxuan},@{P:yuxuan_liu},2021-03-04,1840\n"
     "{P:Zhou Zihan},@{P:zihanz},2022-11-19,377\n"
     "Rustacean Weekly,@rustweekly,2019-06-01,99120"),
    ("csv_rows",
     "first,last,title,company,mobile\n"
     "{P:Lars-Erik},{P:Holmqvist},CFO,Nordvatten AB,{T:+46 70 218 44 93}\n"
     "{P:Sigrid},{P:Halvorsen},Head of Procurement,Fjordkraft Industri AS,{T:+47 915 62 408}\n"
     "{P:Magnus},{P:Østergaard},Controller,Nordvatten A/S,{T:+45 28 41 77 06}"),
    ("csv_rows",
     "No.,Name,Aadhaar,PAN,Mobile,PIN\n"
     "1,{P:Karthikeyan Subramanian},{I:3971 2430 4970},{I:BXQPS4417K},{T:98401 27736},{A:600017}\n"
     "2,{P:Lakshmi Venkataraman},{I:8096 0864 8193},{I:CRAPV2093L},{T:94443 18250},{A:600028}"),
    ("csv_rows",
     "ad_soyad,tckn,telefon,il\n"
     "{P:Buğra Şahin},{I:18932119004},{T:0532 771 40 18},{C:Bursa}\n"
     "{P:Gülşen Kılıç},{I:66764900086},{T:0544 302 19 66},{C:İzmir}\n"
     "{P:İlkay Doğan},,{T:0505 918 22 07},{C:Ankara}"),
    # --- postal_block -------------------------------------------------------------------------------------------------
    ("postal_block",
     "To,\n"
     "Shri {P:Venkata Ramana Reddy}\n"
     "{A:H.No. 8-3-214/7, Srinivasa Nagar}, {C:Ameerpet}\n"
     "{C:Hyderabad}, Telangana - {A:500038}\n"
     "Ph: {T:+91 90000 41826}"),
    ("postal_block",
     "Smt. {P:Lakshmi Venkataraman}\n"
     "{A:Flat 4B, Sai Krupa Apartments}\n"
     "{A:42, Kamarajar Salai}, {C:Mylapore}\n"
     "{C:Chennai} {A:600004}, Tamil Nadu, India"),
    ("postal_block",
     "Herrn\n"
     "{P:Jürgen Weißmüller}\n"
     "{A:Am Weiher 12b}\n"
     "{A:79111} {C:Freiburg im Breisgau}\n"
     "DEUTSCHLAND"),
    ("postal_block",
     "Monsieur {P:Jean-Pierre Ortiz}\n"
     "{A:Bâtiment C, Résidence Les Tilleuls}\n"
     "{A:12 bis, rue du Faubourg Saint-Antoine}\n"
     "{A:75011} {C:Paris}\n"
     "(interphone : {P:ORTIZ J.-P.})"),
    ("postal_block",
     "FAO {P:Gwilym Prydderch}\n"
     "{A:Flat 3, Abbotsford House}\n"
     "{A:27 Kelvin Grove Road}\n"
     "{C:Headingley}, {C:Leeds}\n"
     "{A:LS6 2QT}"),
    ("postal_block",
     "{P:Noelani Akana}\n"
     "c/o {P:Keoni Kahananui}\n"
     "{A:1188 Ala Moana Blvd}, {A:Unit 3104}\n"
     "{C:Honolulu}, HI {A:96814}\n"
     "USA"),
    ("postal_block",
     "T.a.v. mevr. {P:A. van der Meulen-Bos}\n"
     "{A:Prinsengracht 512-III}\n"
     "{A:1017 KH}  {C:AMSTERDAM}\n"
     "Nederland"),
    ("postal_block",
     "〒{A:106-0031}\n"
     "東京都{C:港区}{A:西麻布2-14-7}\n"
     "{A:グランメゾン西麻布 301}\n"
     "{P:高橋 陽翔} 様"),
    ("postal_block",
     "Mr {P:Haruto Takahashi}\n"
     "{A:Grand Maison Nishi-Azabu 301}\n"
     "{A:2-14-7 Nishi-Azabu}, {C:Minato-ku}\n"
     "{C:Tokyo} {A:106-0031}, JAPAN"),
    ("postal_block",
     "Ilmo. Sr. {P:Thiago de Souza Lima}\n"
     "{A:Av. Getúlio Vargas, 1420}, {A:sala 805}\n"
     "{C:Funcionários} – {C:Belo Horizonte}/MG\n"
     "CEP {A:30112-021}"),
    ("postal_block",
     "{P:Róisín Ní Chonaill}\n"
     "{A:Teach na Trá}\n"
     "{A:Bóthar na Cille}\n"
     "{C:An Spidéal}, Co. na Gaillimhe\n"
     "{A:H91 E2K7}"),
    ("postal_block",
     "Sz. P. {P:Agnieszka Wójcik}\n"
     "{A:ul. Piotrkowska 118 m. 12}\n"
     "{A:90-006} {C:Łódź}\n"
     "POLSKA"),
    ("postal_block",
     "Sayın {P:Oğuzhan Aksoy}\n"
     "{A:Atatürk Mah. Cumhuriyet Cad. No: 57/9}\n"
     "{A:06420} {C:Çankaya}/{C:Ankara}\n"
     "TÜRKİYE"),
    ("postal_block",
     "{P:Horváth Eszter} részére\n"
     "{C:Budapest}\n"
     "{A:Falk Miksa u. 9. II. em. 4.}\n"
     "{A:1055}"),
    ("postal_block",
     "Attn: {P:Adetokunbo Ogunleye}\n"
     "{A:Block C, Flat 6, Adeniyi Jones Estate}\n"
     "{A:21 Oba Akran Avenue}, {C:Ikeja}\n"
     "{C:Lagos} {A:100271}, Nigeria"),
    ("postal_block",
     "{P:Yonas Alemayehu}\n"
     "{A:P.O. Box 150421}\n"
     "{C:Addis Ababa}, Ethiopia\n"
     "Tel. {T:+251 911 62 0384}"),
    ("postal_block",
     "Sr. D. {P:Álvaro Sánchez del Río}\n"
     "{A:C/ de Alcalá, 214, 3º izda.}\n"
     "{A:28028} {C:Madrid}\n"
     "España"),
    # --- bank_note ----------------------------------------------------------------------------------------------------
    ("bank_note",
     "KYC review – {P:AL-MANSOURI, Yusuf ibn Rashid}\n"
     "Passport {I:P4827713} (UAE), Emirates ID {I:784-1983-4418207-0}, DOB {B:11/06/1983}\n"
     "Source of funds: sale of property in {C:Sharjah}, SPA seen. Risk rating: Medium (PEP screening negative).\n"
     "Reviewer: {P:Huda El-Sayed}, 14 May. Next review due May 2026."),
    ("bank_note",
     "Fraud desk call 09:42 — customer {P:Gülşen Kılıç} reports card {I:4233\u00a01083\u00a09284\u00a08778} used in "
     "{C:Antalya} for 3 x 499 TRY.\n"
     "Card blocked, replacement sent to {A:Kıbrıs Şehitleri Cad. No: 88 D: 3}, {A:35220} {C:Alsancak}/{C:İzmir}.\n"
     "Callback number {T:+90 544 302 19 66}. Dispute ref DSP-2024-04471. Agent {P:Emre Aksoy}"),
    ("bank_note",
     "Mortgage application MA-77310 — joint applicants\n"
     "1) {P:Declan Moorcroft}, NI No. {I:JT 41 27 93 C}, DOB {B:19 March 1985}\n"
     "2) {P:Priya Moorcroft} (née {P:Kulkarni}), NI No. {I:SX 80 15 62 A}, DOB {B:4 October 1987}\n"
     "Property: {A:9 Larkspur Way}, {C:Harrogate} {A:HG2 8RT}. Valuation £385,000, LTV 80%.\n"
     "Broker: {P:Tyrone Whitlock} (Hartley Mortgages)"),
    ("bank_note",
     "Wire recall request — ref WR-55102\n"
     "Beneficiary: {P:Rui Alves Pinto}, IBAN {I:PT92 5708 2236 5039 5315 8668 2}\n"
     "Ordering customer {P:Inês Magalhães} says the amount (€12,400) was sent twice by mistake on 16/05.\n"
     "Please contact {P:Inês} on {T:+351 912 408 771} once the beneficiary bank (Millennium bcp) replies."),
    ("bank_note",
     "AML alert #A-30982 (structuring, 7 cash deposits < 10k in 9 days)\n"
     "Subject: {P:SOKOLOV Artem}, account {I:40817810550004123987}, branch {C:Tver}\n"
     "Deposits made at three ATMs in {C:Tver} and {C:Zelenograd}. Linked party: {P:Morozova Yevgeniya}.\n"
     "Escalated to MLRO {P:Oksana Bondarenko} 17/05, SAR decision pending."),
    ("bank_note",
     "Chat with banking assistant (Nova) — transcript\n"
     "Nova: Hi! I'm Nova, the Kiwibank virtual assistant. How can I help?\n"
     "Customer: hi its {P:mere tawhiri}, my card got eaten by the atm at the mall\n"
     "Nova: Sorry to hear that, {P:Mere}. I've frozen the card ending in 0273 and a new one will arrive in 5 "
     "working days.\n"
     "Customer: thx. can it go to my new address {A:7 Rātā Road}, {C:Rotorua} {A:3010}"),
    ("bank_note",
     "Account opening – sole trader\n"
     "Name: {P:Ayodele Bamgbose} t/a Bamgbose Prints\n"
     "BVN {I:22418307715} · NIN {I:47821093356}\n"
     "Address: {A:15 Awolowo Road}, {C:Ikoyi}, {C:Lagos}\n"
     "Documents: utility bill (EKEDC, April), CAC certificate BN 3318207. Officer: {P:Folasade}"),
    ("bank_note",
     "Dispute note – card {I:5138 3613 3667 8628}\n"
     'Cardholder {P:Hetal Shah} disputes INR 18,499 at "ElectroMart Online" on 2 May (goods not received).\n'
     "Chargeback reason code 13.1 raised. Customer address on file: {A:B-604, Shanti Heights}, {A:Link Road}, "
     "{C:Malad West},\n"
     "{C:Mumbai} {A:400064}. Updated by {P:bhavin.s} 10:12"),
    ("bank_note",
     "Beneficiary added (online banking) – customer {P:Femke Bakker}\n"
     "Name on account: {P:Sanne Hoekstra}\n"
     "IBAN {I:NL82 INGB 8233 9889 47}  BIC INGBNL2A\n"
     "Reference: “huur juni” · confirmed by SMS code to {T:+31 6 4172 9035}"),
    ("bank_note",
     "Bereavement team – estate of the late Mr {P:Stanisław Wiśniewski}\n"
     "Executor: son {P:Tomasz Wiśniewski}, {A:ul. Długa 8/2}, {A:80-827} {C:Gdańsk}\n"
     "Accounts frozen: IBAN {I:PL36 7489 5048 7849 0438 4838 9791}. Death certificate received 13/05.\n"
     "Pan {P:Tomasz} asked for correspondence in Polish."),
    ("bank_note",
     "Credit memo — SME loan LN-2024-0815\n"
     "Borrower: Sunny Side Bakery Ltd, director {P:Sunny Oyelaran}\n"
     "Personal guarantee from {P:Sunny} and {P:Victoria Oyelaran}, {A:44 Hatherley Road}, {C:Cheltenham} "
     "{A:GL51 6EA}\n"
     "Facility £60,000 over 5 years; repayment account sort code {I:20-45-77}, acc {I:41827736}."),
    ("bank_note",
     "Safe deposit box access log, {C:Zürich} Paradeplatz branch\n"
     "Box 1182 · holder Dr. {P:Anna-Lena Brunner}, ID card {I:S0048271}\n"
     "Accompanied by {P:Reto Brunner} (authorised). In 10:02, out 10:19. Staff: {P:M. Keller}"),
    ("bank_note",
     "Standing order set up by branch ({C:Cork}, Patrick St)\n"
     "From: {P:Ciarán O'Dwyer}, IBAN {I:IE46 AIBK 1255 8383 3258 63}\n"
     "To: {P:Caoimhe Ní Bhriain}, IBAN {I:IE55 BOFI 9000 1723 8640 19}\n"
     "€650 monthly on the 1st, ref “rent – June”. Witness: {P:Pádraig}"),
    ("bank_note",
     "Nota interna – {P:Lucía Fernández Ortega} solicita cambio de titularidad\n"
     "Cuenta {I:ES34 3133 5136 3413 4797 5125} pasa a nombre de {P:Lucía} y su hija {P:Carmen Ruiz Fernández}\n"
     "NIE de la hija: {I:X6561345C}. Firmado en oficina {C:Valencia}-Ruzafa, 15/05. Gestor: {P:Pilar}"),
    ("bank_note",
     "Loan officer note (BDO {C:Makati})\n"
     "Applicant: {P:Jericho Villanueva}, TIN {I:418-207-336-000}, SSS {I:34-5821907-4}\n"
     "Co-maker: {P:Rowena Bautista}, {A:Unit 12B, Salcedo Tower}, {A:169 H.V. dela Costa St}, {C:Makati} {A:1227}\n"
     "Purpose: Toyota Vios 1.3 XLE, plate to follow. Approved 250,000 PHP."),
    ("bank_note",
     "Betrugsverdacht – Phishing-SMS\n"
     "Kundin {P:Emine Özdemir} hat TAN am 17.05. an falsche „Sparkasse“-Seite gegeben.\n"
     "Konto {I:DE46 3129 4354 0220 1332 59} gesperrt, Online-Banking neu eingerichtet. Rückruf an "
     "{T:0621 4829 330}.\n"
     "Bearbeiter: {P:Kai-Uwe Brandstätter}"),
    ("bank_note",
     "Kundenbrief retourniert (Empfänger unbekannt)\n"
     "{P:Magnus Østergaard}, {A:Strandvejen 112, 2. tv.}, {A:2900} {C:Hellerup}\n"
     "Kontonr. {I:DK50 0040 0440 1162 43} – ny adresse ukendt, CPR ikke oplyst. Sendt til {P:Mette Kjærgaard} til "
     "opfølgning."),
    ("bank_note",
     "开户审核记录 — 招商银行{C:杭州}分行\n"
     "客户: {P:王浩然}（{P:WANG Haoran}）  身份证号: {I:330106198610090012}  出生日期: {B:1986年10月9日}\n"
     "住址: {C:杭州市}{C:西湖区}{A:文三路477号}{A:华星科技大厦3幢602室}\n"
     "手机: {T:+86 139 5716 4420}  审核人: {P:黄美玲}  结论: 通过"),
    # --- crm_note -----------------------------------------------------------------------------------------------------
    ("crm_note",
     "Salesforce · Opportunity: Fjordkraft Industri – Fleet telematics (NOK 1.2m)\n"
     "Contact: {P:Sigrid Halvorsen} (Head of Procurement) · {E:sigrid.halvorsen@fjordkraft-industri.no} · "
     "{T:+47 915 62 408}\n"
     "Last activity: call 14/05 – {P:Sigrid} wants pricing for 340 units before the board meets in {C:Bergen} on 3 "
     "June.\n"
     "Owner: {P:Lars-Erik Holmqvist} · Stage: Proposal/Price Quote"),
    ("crm_note",
     "HubSpot contact · {P:Rohan Iyer}\n"
     "Company: Harbourline Pte Ltd · Lifecycle: SQL · Lead source: Webinar “APAC freight visibility”\n"
     "Notes: met {P:Rohan} at TOC Asia {C:Singapore}; prefers email, cc his EA {P:Nurul Huda binti Ismail} "
     "({E:nurul.huda@harbourline.com.sg}).\n"
     "Next step: demo of Route Optimizer v4 on 28 May."),
    ("crm_note",
     "Intercom conversation #88213 · user {P:mwilk} ({P:Marta Wilkowska}) · plan: Team\n"
     "{P:Marta}: hi, our invoices show the old VAT number, can you change it to the one in our new KRS extract?\n"
     "Bot (Fin): I can help with billing! Connecting you with a teammate.\n"
     "{P:Kofi} (Support): done {P:Marta}, the next invoice will show it. Anything else?"),
    ("crm_note",
     "Pipedrive · Deal “Café Serra – espresso machines (12)” · R$ 184.000\n"
     "Person: {P:Thiago de Souza Lima} · {T:+55 31 99812-4407}\n"
     "Activity 16/05: visited roastery at {A:Rua Sapucaí, 383}, {C:Floresta}, {C:Belo Horizonte}. {P:Thiago} liked "
     "the La Marzocco Linea.\n"
     "Follow-up: send financing options via Banco Inter."),
    ("crm_note",
     "Zoho CRM · Lead\n"
     "Name: Dr. {P:Kwame Asante-Mensah} · Title: Medical Director · Company: Korle Bu Diagnostics\n"
     "Email: {E:k.asante-mensah@korlebudx.com.gh} · Mobile: {T:+233 24 418 9027}\n"
     "Description: interested in 2 x Siemens Atellica analysers; budget approved by Ghana Health Service."),
    ("crm_note",
     "Dynamics 365 · Case note\n"
     "Customer: {P:Rose Delacroix} (tier Platinum)\n"
     "{P:Rose} called re: the Rose Gold iPhone 15 case she ordered — wrong colour delivered (Midnight).\n"
     "Replacement dispatched to {A:3 Rue Sainte-Catherine}, {A:33000} {C:Bordeaux}. Logged by {P:Théo Lefebvre}"),
    ("crm_note",
     "Freshsales · Account: Anadolu Tekstil A.Ş.\n"
     "Primary contact: {P:Buğra Şahin} (Satınalma Müdürü) · {E:b.sahin@anadolutekstil.com.tr}\n"
     "Secondary: {P:Gülşen Kılıç} · {T:+90 224 441 37 20} (office, {C:Bursa})\n"
     "Note: {P:Buğra} Bey asked for a Turkish-language contract; legal review with {P:İlkay}."),
    ("crm_note",
     "Customer 360 · {P:NGUYEN, Thi Bich Ngoc} · VIP since 2019\n"
     "Preferred name: {P:Ngọc} · Language: vi-VN · Opt-in: SMS yes, email no\n"
     "Purchases: Dyson V15 (2023), Samsung Bespoke fridge (2024)\n"
     "Agent note: chị {P:Ngọc} moving to {C:Đà Nẵng} in July, update delivery zone."),
    ("crm_note",
     "Account notes — Kāpiti Honey Co.\n"
     "{P:Wiremu Te Rangi} (owner) · {T:021 448 102} · {E:wiremu@kapitihoney.co.nz}\n"
     "Visited 12/05 with {P:Hēmi}. Manuka UMF 15+ order of 400 jars for the {C:Tokyo} distributor (Hoshizora "
     "Trading).\n"
     "Invoice to {A:PO Box 318}, {C:Paraparaumu} {A:5254}"),
    ("crm_note",
     "Lead: {P:Srinivas Gollapudi} — CTO, Godavari Analytics ({C:Visakhapatnam})\n"
     "Source: LinkedIn InMail from {P:Ritika Banerjee}. Phone: {T:+91 99490 27164}\n"
     "{P:Srinivas} asked for SOC 2 Type II report and data-residency options (AWS Mumbai region)."),
    ("crm_note",
     "CRM export · {P:BONDARENKO/OKSANA} · loyalty ID {I:LY-7730214}\n"
     "Flights YTD: KBP–WAW (LOT), WAW–LHR. Status: Silver → Gold on 3rd flight.\n"
     "Note from {P:Artem}: customer asked to change name spelling to {P:Oksana Bondarenko-Lewis} after marriage; "
     "passport pending."),
    ("crm_note",
     "Account: Brightwell Care Homes — contact roles\n"
     "• {P:Bill Hartnett} – Finance Director – {E:bill.hartnett@brightwell.co.uk}\n"
     "• {P:Hope Adeyemi-Clarke} – Registered Manager, {C:Kirkstall} – {T:0113 496 0825}\n"
     "• {P:Sunny Oyelaran} – Rota Lead\n"
     "Renewal 1 Sept; {P:Bill} wants a 3-year price lock."),
    ("crm_note",
     "Salesforce · Contact {P:María José García-Lozano}\n"
     "Mailing address: {A:Calle de Serrano, 41, 4º B}, {A:28001} {C:Madrid}\n"
     "Assistant: {P:Pilar de la Cruz} · {T:+34 915 77 30 18}\n"
     "{P:Mariajo} is the signatory for Grupo Lozano; do not contact before 10:00 CET."),
    ("crm_note",
     "Ticket→CRM sync · Contact merged\n"
     "Primary: {P:Park Ji-hoon} <{E:jihoon.park@hanbitfin.co.kr}>\n"
     "Merged: {P:Ji Hoon Park} <{E:jhpark78@naver.com}>, {P:박지훈} ({T:010-4821-7730})\n"
     "Merged by {P:Han Yeon-woo} 2024-05-17 16:02 KST."),
    ("crm_note",
     "Nota CRM — {P:Francesca Gallo} (cliente dal 2018)\n"
     "C.F. {I:GLLFNC81E62L219F}, nata a {C:Torino} il {B:22/05/1981}\n"
     "Indirizzo: {A:Via Po, 17}, {A:10124} {C:Torino}\n"
     "Interessata a polizza casa “Casa Serena Plus”; richiamare giovedì. Operatore: {P:Chiara Bellandi}"),
    ("crm_note",
     "HubSpot · Company: Al Noor Trading LLC ({C:Dubai})\n"
     "Contacts: {P:Omar Al-Farsi} (GM), {P:Layla bint Khalid Al-Qahtani} (Finance)\n"
     "Email thread: {P:Layla} confirmed PO 4500021877 for 40 Lenovo ThinkCentre units, delivery to JAFZA "
     "warehouse.\n"
     "Owner: {P:Darius Farahani}"),
    ("crm_note",
     "Pipedrive note · {P:Tuomas Heikkinen} (Lakeview Saunas Oy)\n"
     "Call 15.5.: {P:Tuomas} wants Harvia heaters in stock before midsummer. Ships to {A:Satamakatu 4}, {A:40100} "
     "{C:Jyväskylä}.\n"
     "Mobile {T:+358 44 518 2071}. Reminder: send price list in EUR."),
    # --- forum_post ---------------------------------------------------------------------------------------------------
    ("forum_post",
     "r/Netherlands · posted by u/{P:femke_bakker_nl} · 6h\n"
     "Landlord in {C:Haarlem} won't return my deposit (€1,850)\n"
     "He says the floor in {A:Kruisweg 77-A} was damaged but it was like that when I moved in. I have photos from "
     "2021.\n"
     "> u/{P:pieter_vdberg}: go to the Huurcommissie, it's cheap and they usually side with tenants"),
    ("forum_post",
     "GitHub · issue #2291 opened by @{P:kmenon-dev}\n"
     "Title: Crash on startup when locale is ml_IN\n"
     "Steps: set LANG=ml_IN.UTF-8, run `toolbox --version` (v2.8.1) → panic in unicode-segmentation.\n"
     "cc @{P:anjali-nair} who reported the same on Fedora 40.\n"
     "@dependabot bumped the crate yesterday, maybe related?"),
    ("forum_post",
     "Stack Overflow · asked 3 hours ago by {P:Dmytro Shevchuk}\n"
     'Why does psycopg2 raise "SSL SYSCALL error: EOF detected" behind PgBouncer 1.22?\n'
     "...connection string is host=db.internal port=6432 user=app_rw sslmode=require\n"
     "Comment by {P:Wang Haoran}: check server_idle_timeout, we saw this with Aurora too. – 2 hours ago"),
    ("forum_post",
     "@{P:aroha_ngata}@mastodon.nz · 14m\n"
     "Huge thanks to {P:Hēmi Parata} and the crew at Ōtaki Kura for the kapa haka workshop today 🌿\n"
     "Next one is at the {C:Porirua} library on 8 June, all welcome. #TeReoMāori #Matariki"),
    ("forum_post",
     "Hacker News · {P:tkoskinen} 4 hours ago | parent | next\n"
     "I worked with {P:Eero} on the original Nokia maps team in {C:Espoo}; the tile format was designed around "
     "2008-era S60 phones.\n"
     "What's described in the article (vector tiles + protobuf) is basically what Mapbox did later."),
    ("forum_post",
     "Mumsnet › Talk › Education\n"
     "Posted by {P:harriet_p}, Tue 14-May-24 21:02\n"
     "DD's teacher Mrs {P:Okafor} is leaving in June and the class is devastated. Any ideas for a leaving gift "
     "under £40?\n"
     "Reply from {P:gwenllian77}: we did a photo book from the class, Ms {P:Pemberton} loved it."),
    ("forum_post",
     'Thread: "Seeking descendants of {P:Giovanni Battista Ferrandi} ({C:Lucca}, b. 1871)"\n'
     "Posted by {P:gferrandi_genealogy} · Ancestry Message Boards\n"
     "My great-grandfather emigrated to {C:São Paulo} in 1896 with his wife {P:Assunta Bertolucci}. Their son "
     "{P:Pietro}\n"
     "married {P:Maria das Dores Nogueira} in 1921. Anyone researching these lines?"),
    ("forum_post",
     "Discourse · community.homelab.dev › Networking\n"
     "{P:ozturk.cagri} · May 15\n"
     "Pi-hole on {N:192.168.1.2} stops resolving after ~20 min, unbound upstream on port 5335.\n"
     "@{P:sgollapudi} suggested lowering cache-size but no luck. Config attached (pihole-FTL 5.25)."),
    ("forum_post",
     "Quora · Answer by {P:Babak Hosseini}, Persian literature teacher in {C:Shiraz}\n"
     "The Hafezieh garden is busiest at sunset. My student {P:Parisa} recites there every Thursday.\n"
     "Don't miss the Vakil Bazaar and the Nasir-ol-Molk mosque in the morning light."),
    ("forum_post",
     "VW Golf Forum › Mk8 › Electrical\n"
     "{P:Bartek_W} wrote: infotainment reboots every 10 min after update 0987. Reg {I:WX 4417K} if any dealer wants "
     "to check history.\n"
     "{P:Kasia Wiśniewska} replied: same on ours, {C:Warszawa} dealer fixed it with a new MIB3 unit under warranty."),
    ("forum_post",
     "Steam · Community › Discussions\n"
     "Posted by {P:hirut.t} :: 18 May @ 1:12am\n"
     "Anyone else stuck on the Ashen Bridge boss in Elden Ring DLC? tried with {P:Yonas} co-op, still dying at "
     "phase 2.\n"
     "Reply by {P:kofi.mensah}: parry the 3rd swing, then summon Mimic Tear."),
    ("forum_post",
     "r/PHJobs · u/{P:jvillanueva_cpa}\n"
     "Got an offer from a BPO in {C:Cebu} IT Park, 38k basic + night diff. Worth leaving my 32k job in {C:Pasig}?\n"
     "Edit: thanks everyone, my friend {P:Rowena} says the HMO there is good, accepting it!"),
    ("forum_post",
     "Gardeners' World forum · re: Black spot on roses\n"
     "{P:Victoria Lindgren} ({C:Scarborough}): try a sulphur spray every 10 days; my 'Gertrude Jekyll' and "
     "'Munstead Wood' are clean this year.\n"
     "Reply from {P:Bill H}: thanks {P:Victoria}, will try on my Iceberg tomorrow."),
    ("forum_post",
     "Lemmy · c/selfhosted · {P:noelani_a}@lemmy.world\n"
     "PSA: Nextcloud 29.0.1 fixes the calendar sync bug. Upgraded on my box at home ({N:2001:db8:77::4}) without "
     "issues.\n"
     "Shout-out to {P:Keoni} for the Docker compose file."),
    ("forum_post",
     "Diễn đàn Otofun › Xe cũ\n"
     "{P:Đặng Quốc Bảo} viết: Cần bán Mazda CX-5 2019, biển số {I:30G-418.27}, đi 48.000 km. Xem xe tại "
     "{C:Cầu Giấy}, {C:Hà Nội}.\n"
     "Liên hệ anh {P:Bảo} {T:0983 204 617}, miễn trung gian."),
    ("forum_post",
     "Goodreads · review by {P:Ingrid Lindqvist} ★★★★☆\n"
     "Read this in one weekend at our cabin near {C:Östersund}. The ending owes a lot to the classic whodunits, but "
     "the Sámi folklore is lovely.\n"
     "{P:Astrid} recommended it — she was right again."),
    ("forum_post",
     "PHP Freaks › PHP Coding Help\n"
     "{P:ng0zi_okonkwo} posted: mysqli_connect(): (HY000/2002) Connection refused\n"
     'My code: $conn = mysqli_connect("localhost", "root", "", "shopdb"); running XAMPP 8.2 on Windows 11.\n'
     "Reply by {P:tuomas_h}: MySQL isn't started, check the XAMPP control panel."),
    # --- referral_letter ----------------------------------------------------------------------------------------------
    ("referral_letter",
     "Dear Dr {P:Subramanian},\n"
     "Re: {P:Hope Adeyemi-Clarke}, DOB {B:15/05/2001}, NHS {I:129 712 0434}\n"
     "{A:Flat 5, Beckett Court}, {A:62 Otley Road}, {C:Leeds} {A:LS16 5AB}\n"
     "Thank you for seeing this 23-year-old with a 6-month history of bloody diarrhoea; faecal calprotectin 640. "
     "?IBD.\n"
     "Yours sincerely, Dr {P:Rose Pemberton}, Kirkstall Health Centre"),
    ("referral_letter",
     "URGENT 2WW – Suspected skin cancer\n"
     "Patient: {P:O'DWYER, Ciarán} · DOB {B:07/01/1962} · NHS {I:462 541 6604}\n"
     "Tel: {T:07700 900 771} (mobile, happy for voicemail)\n"
     "Changing pigmented lesion L shoulder, 9 mm, irregular border (ABCDE 4/5). Photos attached via e-RS.\n"
     "Referrer: Dr {P:Declan Moorcroft} (GP), Chapel Allerton Surgery"),
    ("referral_letter",
     "Sehr geehrte Frau Kollegin {P:Schöttler},\n"
     "ich überweise Herrn {P:Kai-Uwe Brandstätter}, geb. {B:03.09.1971}, KVNR {I:T983099365},\n"
     "wohnhaft {A:Kaiser-Joseph-Str. 244}, {A:79098} {C:Freiburg}, zur Koloskopie (positiver iFOBT).\n"
     "Mit freundlichen Grüßen, Dr. med. {P:Jens Albrecht-Nguyen}"),
    ("referral_letter",
     "Cher confrère,\n"
     "Je vous adresse M. {P:Jean-Pierre Ortiz} ({P:J.-P. Ortiz} sur la carte Vitale), né le {B:14/11/1976},\n"
     "NIR {I:1 76 11 33 063 823 73}, pour avis rhumatologique : lombalgies inflammatoires, HLA-B27 positif.\n"
     "Tél. {T:06\u00a012\u00a048\u00a090\u00a037}. Bien confraternellement, Dr {P:Élodie Marchand}"),
    ("referral_letter",
     "Referral to Community Mental Health – {C:Wellington} DHB\n"
     "Client: {P:Mere Tawhiri}, NHI {I:LLD1815}, DOB {B:21 June 1994}\n"
     "Address: {A:22 Aro Street}, {C:Aro Valley}, {C:Wellington} {A:6021}\n"
     "Presenting: low mood since redundancy in March, PHQ-9 = 17, no active SI. Whānau support: sister {P:Aroha}.\n"
     "Referrer: {P:Wiremu Te Rangi}, Practice Nurse"),
    ("referral_letter",
     "To: Department of Cardiology, Aster Medcity, {C:Kochi}\n"
     "Kindly see Mr {P:Thomas Kurian}, 61 yrs, {A:Kurian Villa}, {A:TC 14/882, Pattom}, {C:Thiruvananthapuram} - "
     "{A:695004}\n"
     "Aadhaar {I:4625 1076 6269}. Known DM/HTN, exertional angina x 1 month, TMT positive at 7 METs.\n"
     "Thanking you, Dr. {P:Anjali Nair} MBBS MD (Cardiology OPD, Tue/Fri)"),
    ("referral_letter",
     "Dear Physiotherapy Team,\n"
     "Re: {P:Guy Fairweather-Ngata} (DOB {B:11 February 1990}), hospital no. {I:RX40218833}\n"
     "Please assess and treat: R rotator cuff tendinopathy, failed 6 weeks of NSAIDs. Works as a scaffolder.\n"
     "{P:Guy} can attend Tue/Thu mornings. Contact {T:027 441 9083}. — Dr {P:Sunita Rao}, {C:Hamilton}"),
    ("referral_letter",
     "Verwijzing – KNO-arts\n"
     "Patiënt: dhr. {P:P. van der Meulen}, geb. {B:30-06-1958}, BSN {I:755637008}\n"
     "Adres: {A:Oudegracht 221 bis}, {A:3511 NK} {C:Utrecht}\n"
     "Klacht: eenzijdig gehoorverlies links sinds 3 maanden, tinnitus. Graag MRI CBH. Met vriendelijke groet, "
     "{P:S. de Graaf}, huisarts"),
    ("referral_letter",
     "Remissa – Neurologmottagningen, Sahlgrenska\n"
     "Pat: {P:Astrid Nyström}, pnr {I:910402-7041}, f. {B:1991-04-02}\n"
     "{A:Storgatan 8 lgh 1102}, {A:411 38} {C:Göteborg}\n"
     "Frågeställning: MS? Synneuritis vä öga feb 2024, parestesier. MR hjärna beställd. /{P:Bjørn Åkesson}, leg. "
     "läkare"),
    ("referral_letter",
     "Lähete – sisätautien poliklinikka\n"
     "Potilas: {P:Koskinen Eero}, hetu {I:080365-7728}, s. {B:08.03.1965}\n"
     "Osoite: {A:Rautatienkatu 21 C 9}, {A:15110} {C:Lahti}\n"
     "Syy: anemia (Hb 98), rautavaje, gastroskopia tehty – normaali. Pyydän kolonoskopiaa. Lääkäri {P:Satu Järvinen}"),
    ("referral_letter",
     "Skierowanie do poradni kardiologicznej\n"
     "Pacjent: {P:Szczepański Paweł}, PESEL {I:72062129836}, ur. {B:21.06.1972}\n"
     "Adres: {A:ul. Grunwaldzka 85 m. 7}, {A:80-244} {C:Gdańsk}\n"
     "Rozpoznanie: I48 migotanie przedsionków napadowe. Lekarz kierujący: lek. {P:Małgorzata Kaczmarek}"),
    ("referral_letter",
     "Encaminhamento – Ortopedia\n"
     "Paciente: {P:Mariana Oliveira dos Santos}, CPF {I:412.684.313-20}, nasc. {B:02/12/1989}\n"
     "Cartão SUS {I:704 8021 3390 6517}\n"
     "Queixa: dor no joelho direito há 4 meses, piora ao subir escadas. Solicito avaliação e RM.\n"
     "Dra. {P:Luana Ferreira}, UBS {C:Boa Viagem}"),
    ("referral_letter",
     "To the Dental Hospital,\n"
     "Please see {P:Sunny Rahman} (DOB {B:30/01/1969}), {A:14 Beeston Road}, {C:Leeds} {A:LS11 6AE}\n"
     "Impacted LL8 with recurrent pericoronitis x3 in 12 months. Warfarin (INR 2.4) – please liaise with anticoag "
     "clinic.\n"
     "{P:Sunny} needs a Bengali interpreter. Regards, {P:K. Subramanian}, BDS"),
    ("referral_letter",
     "Referral – Paediatric Endocrinology, Tawam Hospital\n"
     "Child: {P:Yusuf Al-Mansouri}, DOB {B:2016-09-04}, MRN {I:TWM-2091834}\n"
     "Father: {P:Yusuf ibn Rashid Al-Mansouri}, {T:+971 50 771 2036}\n"
     "Height < 3rd centile, bone age delayed 2 yrs. Please assess for GH deficiency. — Dr {P:Huda El-Sayed}"),
    ("referral_letter",
     "紹介状\n"
     "{C:渋谷区}神南クリニック → {C:新宿区} 東京医科大学病院 消化器内科 御侍史\n"
     "患者: {P:山本 葵} 様（{B:1992年7月14日}生）\n"
     "主訴: 心窩部痛、体重減少 4kg/2か月。上部内視鏡検査をお願いいたします。\n"
     "紹介医: {P:ナカムラ ユイ}"),
    ("referral_letter",
     "Referral to Audiology – Queen's Medical Center, {C:Honolulu}\n"
     "Patient: {P:KEALOHA, Leilani} · DOB {B:1955-03-08} · MRN {I:QMC-00417729}\n"
     "Bilateral progressive hearing loss, wears no aids. Please evaluate for hearing aids.\n"
     "Daughter {P:Noelani Akana} will bring her; call {T:(808) 671-2294}. — {P:Makoa Kauhane}, APRN"),
    ("referral_letter",
     "Derivación a Dermatología – Hospital Universitario La Paz\n"
     "Paciente: {P:Carmen Ruiz Fernández}, NIE {I:X6561345C}, f. nac. {B:17/02/2004}\n"
     "Domicilio: {A:Paseo de la Castellana, 261, 7º A}, {A:28046} {C:Madrid}\n"
     "Acné nodular resistente a doxiciclina 3 meses. Valorar isotretinoína. Dr. {P:Álvaro Sánchez del Río}"),
    # --- payment_update -----------------------------------------------------------------------------------------------
    ("payment_update",
     "Payment method updated · Spotify Premium Family\n"
     "Account: {E:c.okeke.music@gmail.com} ({P:Chidi Okeke})\n"
     "Old card: Visa •••• 8188 · New card: {I:4525\u00a07607\u00a07002\u00a08188} exp 09/28\n"
     "Billing address: {A:7 Zik Avenue}, {C:Uwani}, {C:Enugu} {A:400102}\n"
     "Next charge: ₦4,600 on 1 June."),
    ("payment_update",
     "SEPA-Lastschriftmandat – Mandatsreferenz M-2024-0051873\n"
     "Gläubiger: Stadtwerke {C:Mannheim}, Gläubiger-ID DE84ZZZ00000418273\n"
     "Kontoinhaberin: {P:Emine Özdemir}, {A:Bahnhofstr. 41a}, {A:68159} {C:Mannheim}\n"
     "IBAN: {I:DE46 3129 4354 0220 1332 59}  BIC: COBADEFFXXX\n"
     "Ort, Datum: {C:Mannheim}, 12.05.2024 · Unterschrift: {P:E. Özdemir}"),
    ("payment_update",
     "ACH payout settings changed — Stripe Connect account acct_1P8xQ2\n"
     "Owner: {P:Tyrone Whitlock} ({E:tyrone@whitlockdesign.co})\n"
     "Routing number {I:026009315} · account ending 4471 → routing {I:111025194}, account {I:3849200174471}\n"
     "Change made from IP {N:73.112.48.209} ({C:Columbus}, OH). If this wasn't you, contact support."),
    ("payment_update",
     "Direct Debit Instruction – Brightwell Care Homes (Service user no. 00417729)\n"
     "Name of account holder: {P:Declan Moorcroft} & {P:Priya Moorcroft}\n"
     "Sort code {I:40-27-19} · Account number {I:63084157}\n"
     "Bank: HSBC, {A:27 Briggate}, {C:Leeds} {A:LS1 6HD} · Reference BRW-MOOR-0417"),
    ("payment_update",
     "webhook payment_method.updated\n"
     '{"id":"evt_9Q2x","type":"payment_method.updated","data":{"customer":"cus_Px41","billing_details":\n'
     '{"name":"{P:Sigrid Halvorsen}","email":"{E:sigrid.halvorsen@fjordkraft-industri.no}",'
     '"phone":"{T:+47 915 62 408}",\n'
     '"address":{"line1":"{A:Bryggen 14}","postal_code":"{A:5003}","city":"{C:Bergen}","country":"NO"}},'
     '"card":{"last4":"7423","brand":"mastercard"}}}'),
    ("payment_update",
     "UPI AutoPay mandate created ✅\n"
     "Payer: {P:Sanket Kulkarni} · UPI ID {I:sanket.kulkarni@okhdfcbank}\n"
     "Merchant: Tata Play DTH · ₹399 monthly, max ₹1,000 · valid till 31-May-2026\n"
     "Linked a/c: {I:50100418273641} (HDFC Bank, {C:Pune} {C:Baner} branch)"),
    ("payment_update",
     "Pix – comprovante de alteração de chave\n"
     "Titular: {P:João Pedro Carvalho Nogueira}\n"
     "Chave antiga: CPF {I:583.142.114-78} → Chave nova: e-mail {E:joaopedro.nogueira@icloud.com}\n"
     "Banco: Nubank · Agência 0001 · Conta {I:8821047-3}\n"
     "Data: 16/05/2024 14:22"),
    ("payment_update",
     "Card replaced – Monzo\n"
     "Hi {P:Gwilym}, your new card {I:5505 7703 2241 0074} is on its way to {A:3 Heol y Bryn}, {C:Cardiff} "
     "{A:CF14 6PL}.\n"
     "Your old card ending 3913 has been cancelled. Freeze it in the app if it turns up."),
    ("payment_update",
     "Wise · Recipient details updated\n"
     "Recipient: {P:Ngozi Okonkwo} · GBP account\n"
     "Sort code {I:60-83-71} · Account {I:29418833} → IBAN {I:GB76 NWBK 6214 5503 8626 03}\n"
     "Updated by {P:Chukwuemeka Nwosu} on 17 May 2024, 08:14 BST"),
    ("payment_update",
     "iDEAL terugbetaling verwerkt\n"
     "Ontvanger: {P:A. van Dijk} · IBAN {I:NL82 RABO 6178 0553 58}\n"
     "Bedrag: € 74,95 (retour bestelling 2024-118842, Bol.com) · omschrijving: “retour jas Mt M”\n"
     "Datum 15-05-2024 · transactie-ID 0050001948271"),
    ("payment_update",
     "Billing profile changed — Microsoft 365 Business Standard\n"
     "Admin: {P:Nurul Huda binti Ismail} ({E:nurul.huda@harbourline.com.sg})\n"
     "Card: {I:3708 1779 3385 583} (Amex) replaced {I:3494 9403 2786 423}\n"
     "Sold-to address: {A:18 Cross Street}, {A:#12-01 China Square Central}, {C:Singapore} {A:048423}"),
    ("payment_update",
     "Virement SEPA – modification du RIB fournisseur\n"
     "Fournisseur : Atelier Marchand SARL · contact {P:Élodie Marchand} {T:+33 4 78 42 19 06}\n"
     "Nouvel IBAN : {I:FR25\u00a01027\u00a08072\u00a04100\u00a00204\u00a09186\u00a0342} (Crédit Mutuel {C:Lyon} "
     "{C:Croix-Rousse})\n"
     "Ancien IBAN conservé jusqu’au 30/06. Validé par {P:Théo Lefebvre} après rappel au numéro connu."),
    ("payment_update",
     "Klarna · Your payment plan was updated\n"
     "Hi {P:victoria}, instalment 3 of 4 (£22.50) for ASOS order 20240511-8841 moved to 3 June.\n"
     "Card on file: Visa ending 2130. Questions? Reply here or chat with Klarna."),
    ("payment_update",
     "PayPal · Bank account added\n"
     "{P:Kasia Wiśniewska}, you added a bank account: mBank ••••9791.\n"
     "If you didn't make this change, visit the Help Centre at paypal.com/pl.\n"
     "Account holder on file: {P:Katarzyna Wiśniewska}, {A:ul. Marszałkowska 84/92 m. 115}, {A:00-514} {C:Warszawa}"),
    ("payment_update",
     "Payroll change request – approved\n"
     "Employee: {P:Aino Virtanen} (EMP-4471) · New salary account {I:FI10 5204 3134 1891 58}\n"
     "Old account {I:SE54 6880 9106 7798 2666 8553} (moving back from {C:Stockholm})\n"
     "Effective June payroll. Approver: {P:Tuomas Heikkinen}"),
    ("payment_update",
     "Square Payouts · Bank details verified\n"
     "Business: Hale Kai Shave Ice · Owner {P:Keoni Kahananui}\n"
     "Routing {I:322271041} · Account ending 5519 · Instant transfers to debit card {I:4563 0837 1874 2130}\n"
     "Verification micro-deposits confirmed 05/17."),
    ("payment_update",
     "Ödeme talimatı güncellendi – Turkcell fatura\n"
     "Abone: {P:Oğuzhan Aksoy} · GSM {T:0532 418 27 61}\n"
     "Yeni kart: {I:5391 2916 9240 7423} · Otomatik ödeme her ayın 5'inde\n"
     "Fatura adresi: {A:Atatürk Mah. Cumhuriyet Cad. No: 57/9}, {A:06420} {C:Çankaya}/{C:Ankara}"),
    ("payment_update",
     "Átutalási adatok módosítása – bérszámfejtés\n"
     "Munkavállaló: {P:Nagy Zsófia} (törzsszám 00418)\n"
     "Új számla: {I:HU31 3044 6934 4685 2858 8085 6574} (OTP Bank, {C:Debrecen})\n"
     "Korábbi osztrák számla megszűnik: {I:AT31 8126 6654 6306 6926}. Jóváhagyta: {P:Kovács Bence}, 2024.05.17."),
    # --- tax_form -----------------------------------------------------------------------------------------------------
    ("tax_form",
     "Form W-9 (Rev. March 2024) — Request for Taxpayer Identification Number\n"
     "1 Name: {P:Leilani Kealoha}\n"
     "2 Business name: Kealoha Lei Designs LLC\n"
     "5 Address: {A:94-1032 Kaapeha St}   6 City, state, ZIP: {C:Waipahu}, HI {A:96797}\n"
     "Part I  Social security number: {I:576-41-8830}\n"
     "Signature: {P:Leilani Kealoha}   Date: 05/14/2024"),
    ("tax_form",
     "Anlage N zur Einkommensteuererklärung 2023\n"
     "Steuerpflichtige Person: {P:Annegret Schöttler}, geb. {B:22.03.1964}\n"
     "Identifikationsnummer: {I:95693479026}   Steuernummer (Finanzamt {C:Freiburg}-Stadt): {I:06/153/40827}\n"
     "Anschrift: {A:Lindenallee 7}, {A:79100} {C:Freiburg}\n"
     "Arbeitgeber: Universitätsklinikum {C:Freiburg}, Bruttoarbeitslohn 71.480 €"),
    ("tax_form",
     "Déclaration des revenus 2023 – formulaire 2042\n"
     "Déclarant 1 : {P:LEFEBVRE-GARNIER Théo}, né le {B:08/02/1991} à {C:Roubaix}\n"
     "Numéro fiscal : {I:1982 597 919 190}\n"
     "Déclarant 2 : {P:Camille Lefebvre-Garnier}, née {P:Duhamel}\n"
     "Adresse : {A:41 rue Nationale}, {A:59000} {C:Lille}. Case 1AJ : 38\u202f420 €"),
    ("tax_form",
     "ITR-1 (SAHAJ) – Assessment Year 2024-25\n"
     "Name: {P:KULKARNI SANKET VIJAY}   PAN: {I:AMQPK6620R}   Aadhaar: {I:8096 0864 8193}\n"
     "DOB: {B:19/07/1990}   Mobile: {T:+91 98220 47315}   Email: {E:sanket.kulkarni90@gmail.com}\n"
     "Address: {A:Flat 702, Wing B, Kumar Pebble Park}, {C:Hadapsar}, {C:Pune} - {A:411028}\n"
     "Employer TAN: PNEI04417F · Gross salary ₹14,82,000"),
    ("tax_form",
     "Modelo 100 – IRPF 2023\n"
     "Primer declarante: {P:GARCÍA-LOZANO, María José}   NIF {I:00775126A}\n"
     "Domicilio fiscal: {A:Calle de Serrano, 41, 4º B}, {A:28001} {C:Madrid}\n"
     "Cónyuge: {P:RUIZ DE LA FUENTE, Javier}   NIF {I:48805131M}\n"
     "Tributación conjunta: No. Resultado: a devolver 1.214,37 €"),
    ("tax_form",
     "T1 General 2023 – Identification\n"
     "First name: {P:Gurjit}   Last name: {P:Dhillon}   SIN: {I:528 419 070}\n"
     "Date of birth (YYYY/MM/DD): {B:1984/10/17}\n"
     "Mailing address: {A:6420 Fraser St}, {A:Unit 305}, {C:Vancouver} BC {A:V5W 3A4}\n"
     "Marital status: married – spouse {P:Harpreet Kaur Dhillon}"),
    ("tax_form",
     "SA100 Tax Return 2023-24 (HMRC)\n"
     "Your name: {P:Gwilym Prydderch}   UTR: {I:5214688197}   NINO: {I:PW 62 81 40 B}\n"
     "Address: {A:3 Heol y Bryn}, {C:Cardiff} {A:CF14 6PL}   Phone: {T:029 2041 7752}\n"
     "SA103S self-employment (photography): turnover £31,800, expenses £6,240"),
    ("tax_form",
     "PIT-37 za 2023 r.\n"
     "Podatnik: {P:WÓJCIK Agnieszka}, data urodzenia {B:14.02.2001}, PESEL {I:01221427548}\n"
     "Adres zamieszkania: {A:ul. Piotrkowska 118 m. 12}, {A:90-006} {C:Łódź}\n"
     "Urząd skarbowy: {C:Łódź}-Śródmieście. Przychód 64 210,00 zł; kwota do zwrotu 1 184 zł"),
    ("tax_form",
     "Modello 730/2024 – Contribuente\n"
     "Cognome: {P:RICCI}   Nome: {P:MARCO}   Codice fiscale: {I:RCCMRC69T08F839M}\n"
     "Nato il {B:08/12/1969} a {C:Napoli} (NA)\n"
     "Residenza: {A:Via Toledo, 256}, {A:80134} {C:Napoli}\n"
     "Sostituto d’imposta: Trenitalia S.p.A. · Rimborso 612,00 €"),
    ("tax_form",
     "Inkomstdeklaration 1 – inkomstår 2023 (Skatteverket)\n"
     "{P:Magnus Lindqvist}, {I:790930-8293}\n"
     "{A:Linnégatan 44}, {A:413 08} {C:Göteborg}\n"
     "Lön 612 400 kr · Ränteavdrag 14 800 kr · Beräknad återbetalning 3 217 kr"),
    ("tax_form",
     "Declaração de Ajuste Anual IRPF 2024\n"
     "Contribuinte: {P:Luana Ferreira da Silva}   CPF: {I:913.446.529-48}   Nasc.: {B:28/04/1993}\n"
     "Endereço: {A:Rua Doutor Alceu de Campos Rodrigues, 218}, {A:apto 71}, {C:São Paulo} - SP, CEP {A:04544-000}\n"
     "Dependente: {P:Cauã Ferreira Nogueira}, CPF {I:381.205.667-42}"),
    ("tax_form",
     "Aangifte inkomstenbelasting 2023 – M-biljet\n"
     "Naam: {P:R.H.M. Jansen}   BSN: {I:527990334}\n"
     "Fiscale partner: {P:Annelies van Dijk}, BSN {I:755637008}\n"
     "Woonadres: {A:Prinsengracht 512-III}, {A:1017 KH} {C:Amsterdam}\n"
     "Hypotheekrenteaftrek: € 9.412 · verhuisd per 1 juli 2023"),
    ("tax_form",
     "Skattemelding 2023 – lønnstaker\n"
     "Navn: {P:Halvorsen, Sigrid}   Fødselsnummer: {I:17018240629}\n"
     "Født: {B:17.01.1982}\n"
     "Adresse: {A:Bryggen 14}, {A:5003} {C:Bergen}\n"
     "Formue: bankinnskudd 412 300 kr · Fradrag: fagforeningskontingent 5 850 kr"),
    ("tax_form",
     "Declaração Modelo 3 IRS 2023 (Portal das Finanças)\n"
     "Sujeito passivo A: {P:Rui Alves Pinto}   NIF {I:225344807}\n"
     "Morada: {A:Rua de Santa Catarina, 312, 2.º Esq.}, {A:4000-443} {C:Porto}\n"
     "IBAN para reembolso: {I:PT92 5708 2236 5039 5315 8668 2}"),
    ("tax_form",
     "Yıllık Gelir Vergisi Beyannamesi 2023\n"
     "Mükellef: {P:ŞAHİN Buğra}   T.C. Kimlik No: {I:18932119004}\n"
     "Vergi dairesi: {C:Nilüfer} · İkametgah: {A:Fethiye Mah. Mudanya Yolu Cad. No: 142 D: 11}, {A:16140} "
     "{C:Nilüfer}/{C:Bursa}\n"
     "Kira geliri: 168.000 TL · Telefon {T:0532 771 40 18}"),
    ("tax_form",
     "給与所得者の扶養控除等（異動）申告書 令和6年分\n"
     "氏名: {P:佐藤 蓮}（{P:サトウ レン}）  個人番号: {I:9402 6542 3518}\n"
     "生年月日: {B:1996年11月2日}\n"
     "住所: 〒{A:150-0041} 東京都{C:渋谷区}{A:神南2-3-18}\n"
     "控除対象配偶者: なし"),
    ("tax_form",
     "Déclaration fiscale – Belgique (Tax-on-web) exercice 2024\n"
     "Contribuable : {P:Verhaegen, Pieter-Jan}   N° de registre national : {I:90.08.27-931.11}\n"
     "Né le {B:27/08/1990}   Adresse : {A:Rue de la Loi 155}, {A:1040} {C:Etterbeek}\n"
     "Compte de remboursement : {I:BE07 1458 1986 4166}"),
    ("tax_form",
     "Δήλωση φορολογίας εισοδήματος Ε1 – φορολογικό έτος 2023\n"
     "Υπόχρεος: {P:ΒΛΑΧΟΥ ΑΙΚΑΤΕΡΙΝΗ} του {P:ΓΕΩΡΓΙΟΥ}   ΑΦΜ: {I:181960013}   ΑΜΚΑ: {I:14038702396}\n"
     "Ημ. γέννησης: {B:14/03/1987}   Δ/νση: {A:Λεωφ. Κηφισίας 118}, {A:115 26} {C:Αθήνα}\n"
     "IBAN επιστροφής: {I:GR39 1960 5417 2414 2876 6511 499}"),
    # --- pii_free -----------------------------------------------------------------------------------------------------
    ("pii_free",
     "May 14 02:00:01 build-07 CRON[4410]: (jenkins) CMD (/opt/ci/bin/prune-workspaces.sh --keep 5)\n"
     "May 14 02:00:03 build-07 sudo: svc-backup : TTY=unknown ; PWD=/var/lib/backup ; USER=root ; "
     "COMMAND=/usr/bin/rsync -a /srv /mnt/nas\n"
     "May 14 02:14:40 build-07 systemd[1]: Finished Daily apt upgrade and clean activities."),
    ("pii_free",
     "Release notes – Atlas Gateway 4.12.0 (2024-05-16)\n"
     "* Fixed: retry_count and max_backoff_ms ignored when set via env (ATLAS_RETRY_COUNT)\n"
     "* Changed: default TLS profile is now Mozilla Intermediate v5.7\n"
     "* Version string 10.4.2.118 refers to the firmware, not an address."),
    ("pii_free",
     "Menu du jour – Brasserie du Parc\n"
     "Entrée : velouté Dubarry · Plat : bœuf Stroganoff, pommes Anna · Dessert : pêche Melba ou crêpes Suzette\n"
     "Formule midi 19,50 € · Service du mardi au samedi, 12h–14h30"),
    ("pii_free",
     "Storm Kathleen update (Met Éireann): Status Orange wind warning for {C:Galway}, Mayo and Clare until 21:00.\n"
     "Bus Éireann route 51 suspended; Irish Rail {C:Dublin}–{C:Westport} services running with delays of ~40 min.\n"
     "Next update 18:00."),
    ("pii_free",
     "SKU 0800-555-2291 · Ceramic pour-over set, Sage Green\n"
     "SKU 0800-555-2292 · Ceramic pour-over set, Rose Pink\n"
     "Reorder point 40 units · supplier lead time 21 days · warehouse bin B-12-04"),
    ("pii_free",
     "#eng-platform standup (bot summary)\n"
     "• dependabot opened 7 PRs (eslint, axios, pytest 8.2)\n"
     "• renovate-bot merged the Terraform AWS provider bump to 5.49\n"
     "• github-actions: nightly e2e green on main, flaky test test_checkout_timeout quarantined"),
    ("pii_free",
     "Clinical guideline excerpt – Cardiology\n"
     "Suspect Brugada syndrome if coved ST elevation in V1–V2; exclude Wolff-Parkinson-White on the resting ECG.\n"
     "Hodgkin lymphoma and Crohn's disease patients on anti-TNF need annual review. Apgar score at 1 and 5 min."),
    ("pii_free",
     "Victoria Station → {C:Brighton}: Southern services every 30 min, platform 15–19.\n"
     "Victoria line closed Sat 18 May between {C:Brixton} and Green Park for track work; use the Northern line.\n"
     "Tickets: Anytime Return £32.50, Off-Peak £19.80."),
    ("pii_free",
     "Product backlog – Sprint 24\n"
     "PAY-1182  Retry NIBSS timeouts              5 pts  In review\n"
     "PAY-1190  Add iDEAL 2.0 support             8 pts  To do\n"
     "PAY-1193  Upgrade Stripe SDK to 15.3.0      2 pts  Done"),
    ("pii_free",
     "Hope Valley Line timetable change from 2 June: {C:Sheffield}–{C:Manchester} Piccadilly stopping services "
     "hourly.\n"
     "Guy's and St Thomas' NHS Foundation Trust opens its new day-surgery unit in the autumn.\n"
     "Sunny intervals forecast for {C:Bill Quay} and Victoria Park parkruns on Saturday."),
    ("pii_free",
     "kubectl get pods -n checkout\n"
     "NAME                              READY   STATUS    RESTARTS   AGE\n"
     "checkout-api-7c9f5d-x2kqp         1/1     Running   0          3d\n"
     "checkout-worker-5b8c7f-qq9zt      1/1     Running   2          3d"),
    ("pii_free",
     "Garden centre offers this week:\n"
     "Rosa 'Gertrude Jekyll' 3L pot £14.99 · Clematis 'Nelly Moser' £9.99 · Fuchsia 'Tom Thumb' £3.50\n"
     "Bill hooks and Victorian-style cloches 20% off until Sunday."),
    ("pii_free",
     "Conference agenda – FinOps Summit {C:Lisbon} 2024\n"
     "09:00 Keynote: The state of cloud spend (Track A, Hall Tejo)\n"
     "10:30 Panel: Reserved Instances vs Savings Plans (Track B)\n"
     "12:00 Lunch · 13:30 Workshop: Kubernetes cost allocation with OpenCost 1.110"),
    ("pii_free",
     "Invoice INV-2024-00418 · Due 30/06/2024\n"
     "3 x Lenovo ThinkPad T14 Gen 5 @ €1,349.00\n"
     "1 x Dell UltraSharp U2724D @ €489.00\n"
     "VAT 23% €1,043.28 · Total €5,579.28 · Payment terms: 30 days"),
    ("pii_free",
     "Weather station WS-Tromsø-02: 14:00 UTC temp −3.4 °C, wind 12 m/s NNE, pressure 1002.1 hPa.\n"
     "Sensor firmware 2.3.17; last calibration 2024-03-01 by Meteorologisk institutt.\n"
     "Next maintenance window: week 23."),
    ("pii_free",
     "FAQ – Returns\n"
     "Q: Can I return items bought in the Black Friday sale? A: Yes, within 30 days with the receipt.\n"
     "Q: Do you ship to the Canary Islands? A: Yes, via Correos Express, 5–7 working days.\n"
     "Q: Is the Marco Polo backpack waterproof? A: It is rated IPX4."),
    ("pii_free",
     "Recipe: Pavlova with passion fruit (serves 8)\n"
     "4 egg whites, 250 g caster sugar, 1 tsp white vinegar, 1 tsp cornflour.\n"
     "Bake at 120 °C for 1 h 15 min, cool in the oven. Top with whipped cream and 6 passion fruit."),
    ("pii_free",
     "Network change CHG-2291 (approved by CAB)\n"
     "Move VLAN 40 from core-sw-01 to core-sw-02, uplink Te1/0/48. Rollback: restore config backup "
     "2024-05-15_2300.\n"
     'Monitoring: Zabbix template "Cisco IOS by SNMP" · window Sat 22:00–02:00.'),
    ("pii_free",
     "Museum label: The Raft of the Medusa (study), oil on canvas, c. 1818.\n"
     "On loan from the Louvre for the exhibition “Romanticism and the Sea”, rooms 12–14.\n"
     "Audio guide stop 27 · photography without flash permitted."),
    ("pii_free",
     "ERROR 2024-05-17T09:12:44Z payments-worker: TimeoutError after 30000 ms (attempt 3/5)\n"
     "  at StripeClient.createPaymentIntent (stripe_client.ts:218)\n"
     "  at processQueue (worker.ts:91) · queue=payouts-eu · region=eu-west-1"),
]


def dev17_records() -> list[Labelled]:
    """The hand-written dev17 records, parsed (gold spans on field `text`)."""
    return [parse_marked(kind, marked) for kind, marked in RECORDS]
