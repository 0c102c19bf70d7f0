"""A seventh hand-written gold set for `redact_quality`: realistic multi-line records of the kind a European, US, UK
or Indian company holds about its customers and staff. This is a DEVELOPMENT set: rules may be tuned on its misses.

Records come in 14 styles, in roughly equal numbers: support tickets in several languages (`support_ticket`),
clinical, discharge, triage and handover notes (`clinical_note`), HR mail about contracts, leave, payroll and visas
(`hr_email`), chat exports (WhatsApp, Slack, Teams, Telegram, Zalo, IRC-style, SMS, live chat; many in lower case;
`chat_log`), logs with user fields (sshd, sudo, nginx access, postfix, logfmt application logs, Windows audit
events, CRM audit trails, OpenVPN, IAM and Asterisk lines; `ops_log`), CSV, TSV, semicolon and pipe exports with and
without a header and with quoted fields (`csv_rows`), postal address blocks (`postal_block`), bank branch, KYC and
fraud notes (`bank_note`), CRM account notes (`crm_note`), forum, Reddit, GitHub and Q&A posts (`forum_post`), GP
and hospital referral letters (`referral_letter`), card, direct debit and IBAN changes (`payment_update`), tax form
extracts (`tax_form`) and online reviews (`customer_review`); plus PII-free look-alikes (`pii_free`: brands that
look like people, eponymous diseases and laws, dishes and products named after people, named storms, famous streets
and landmarks in prose, Title Case headings, months and weekdays, empty form templates, job titles, English words
that are also given names, and version, part and OID numbers shaped like IP addresses and phone numbers).

People come from the mainstream cultures of such a company's data: English (UK, US, Australian), Irish, Scottish,
Welsh, Spanish, Basque, Catalan and Latin American, Portuguese and Brazilian, French, German, Austrian and Swiss,
Italian, Dutch, Polish, Russian and Ukrainian, Turkish, Arabic (Gulf and Levant), Persian, Indian (Hindi, Punjabi,
Gujarati, Bengali, Tamil, Telugu, Kannada, Malayalam), Pakistani, Chinese (pinyin and characters), Vietnamese (full
diacritics), Korean, Japanese, Filipino, Nigerian (Yoruba, Igbo, Hausa), Ghanaian, Kenyan, Ethiopian, Greek and
Swedish. Names appear in the forms real data has: `SURNAME, Given`, `SURNAME Given`, family name first, all
capitals, initials (J. R. Okafor, J.W.M. van den Heuvel), particles (Ó, Ní, Mac, de la, del, dos, da, von, vom, van
der, bin, Al-, El-, Abu), double and hyphenated surnames, lone given names in greetings, sign-offs and mid-sentence,
nicknames (Emeka, Jomar, Baz, Memo), honorific suffixes left outside the span (Hanım, Bey, garu, -san, 经理),
lower-case names in chats and logs, names repeated later in another form or case, possessives, names inside e-mail
addresses and user names or handles, and given names that are also English words (Grace, Hope, Rose, Jade, Amber,
Violet, Will, Mark, Bill, Frank, Art, Rich, Sandy, Victor, Iris, Ivy, Penny, Joy). Addresses follow the real
formats of the UK, Ireland, the US, Canada, Australia, Germany, Austria, Switzerland, France, Spain, Portugal,
Italy, the Netherlands, Poland, Sweden, Greece, Turkey, India, Pakistan, the UAE, Nigeria, Ghana, Kenya, Ethiopia,
Brazil, Mexico, Chile, Japan, China, Vietnam and the Philippines. A few Unicode oddities of real exports occur:
no-break spaces inside a card number, thin spaces inside a phone number, a zero-width space inside an e-mail
address, a full-width ＠, curly quotes and a mojibake name ("JosÃ© IbÃ¡Ã±ez").

Every value (names, streets, house numbers, postcodes, phones, e-mails, identifiers, IP addresses) was invented for
this file; none comes from the other gold sets, Faker, presidio-evaluator or configs/, and pipeline/ never reads
it. Identifiers whose scheme publishes a check digit carry a valid one, computed for this file: payment cards,
Canadian SIN and Emirates ID (Luhn), IBANs (mod 97 and the length of their country), NHS and CHI numbers (mod 11),
Aadhaar (Verhoeff), German Steuer-ID (ISO 7064 mod 11,10), French NIR, Spanish DNI and NIE, Italian codice
fiscale, Dutch BSN (11-test), Polish PESEL, Turkish TC Kimlik, Brazilian CPF, Swedish personnummer (Luhn) and the
Australian Medicare number; tests/test_redact_dev7.py checks each of them. The others (US SSN, UK NINO, Indian PAN
and UAN, passports, driving licences, MRNs and hospital numbers, health plan and member numbers, bank account
numbers, Pakistani CNIC, Nigerian NIN, Kenyan ID and KRA PIN, Medicare MBI) only have the shape of real ones.

Markup as in redact_dev.py: `{P:...}` PERSON (user names and handles built from a name included; titles such as
"Mr", "Dr", "Herr", "Frau", "Mme", "Sr", "Sra", "Shri", "Smt", "Dhr.", "Sig.ra" stand outside), `{A:...}` ADDRESS
(street line, flat, unit, floor or building line, P.O. box, digital address, postcode; each part marked
separately), `{E:...}` EMAIL_ADDRESS (a name inside it is part of the span), `{T:...}` PHONE_NUMBER, `{I:...}` ID
(national, tax and health identifiers, cards, IBANs, bank accounts, passports, licences, MRNs, member numbers),
`{B:...}` DATE_OF_BIRTH (only the date next to a birth cue; the cue stays outside), `{N:...}` IP_ADDRESS and
`{C:...}` a town, city or district (neutral). Countries, regions, organisations, products, order and ticket
numbers and ordinary dates are not marked; PII-free records carry no marks.
"""

from __future__ import annotations

from benchmarks.redact_data import Labelled
from benchmarks.redact_dev import parse_marked

RECORDS: list[tuple[str, str]] = [
    # --- support tickets ----------------------------------------------------------------------------------------
    ("support_ticket",
     "Ticket #48213 | Priority: normal | Channel: email\n"
     "From: {P:Harriet Quayle} <{E:h.quayle77@btinternet.com}>\n"
     "Subject: Refund for order 55-10482 still not received\n"
     "Hi there, I returned the kettle on 3 March and nothing has come back to my card {I:4539 1602 7758 3013}.\n"
     "Please call me on {T:07700 914 562} after 5pm, not the landline.\n"
     "Regards, {P:Harriet}\n"
     "--- agent note: spoke to Mrs {P:Quayle}, refund re-issued. {P:Sandy Okonkwo-Baird}"),
    ("support_ticket",
     "Case 00719342 - Login locked\n"
     "Customer: {P:Marcus T. Wendell}   Phone: {T:(614) 482-7719}\n"
     "Email on file: {E:mwendell.ohio@gmail.com}\n"
     "Billing: {A:4418 Tamarack Ridge Dr}, {C:Dublin}, OH {A:43017}\n"
     "Verified identity with SSN {I:529-41-7736}, DL {I:RT482917} and DOB {B:08/14/1979}.\n"
     "Unlocked account, advised {P:Marcus} to reset 2FA. -- {P:Ivy} (Tier 1)"),
    ("support_ticket",
     "Ticket IN-22871 (Hindi/English)\n"
     "Name: {P:Ananya Raghunathan}  Mobile: {T:+91 98410 27736}\n"
     "Address: {A:Flat 3B, Sai Krupa Residency}, {A:14 Kamarajar Salai}, {C:Velachery}, {C:Chennai} {A:600042}\n"
     "KYC pending - PAN {I:AKRPR4829L} uploaded but Aadhaar {I:4918 3072 6518} image is blurred.\n"
     "Customer says her brother {P:Karthik} will bring the originals to the branch.\n"
     "Assigned: {P:rohit.bansal} (L2)"),
    ("support_ticket",
     "Anfrage #DE-3391 – Lieferadresse ändern\n"
     "Kunde: Herr {P:Jörg Hüttenbrenner}\n"
     "Neue Adresse: {A:Schwanthalerstraße 112a}, {A:80339} {C:München}\n"
     "Tel. {T:+49 89 41829736}, E-Mail {E:j.huettenbrenner@t-online.de}\n"
     "Bitte SEPA-Mandat auf {I:DE47 1203 0000 1058 3746 29} umstellen.\n"
     "Bearbeitet von {P:Katrin vom Endt}"),
    ("support_ticket",
     "Ticket FR-88104 – colis non livré\n"
     "Client : Mme {P:Marie-Laure Dufresne-Arnoux}\n"
     "Adresse : {A:Bâtiment C, Résidence Les Tilleuls}\n"
     "{A:27 rue Émile-Zola}\n"
     "{A:69100} {C:Villeurbanne}\n"
     "Portable : {T:06 42 18 93 57}\n"
     "Le livreur dit avoir laissé le colis chez la voisine, Mme {P:Benchetrit}. Rappel prévu demain par {P:Loïc}."),
    ("support_ticket",
     "Folio MX-55012 / Cliente: {P:José Luis de la Garza Villarreal}\n"
     "Dirección: {A:Calle Río Pánuco 218}, {A:Int. 4}, Col. {C:Cuauhtémoc}, {A:06500} {C:Ciudad de México}\n"
     "Tel: {T:55 4829 1736}  WhatsApp: {T:+52 1 81 2047 3398}\n"
     "Reporta doble cargo en la tarjeta {I:5418730266491577}.\n"
     "Atendió: {P:Guadalupe Ortiz}; escalado a facturación ({P:Memo Sandoval})"),
    ("support_ticket",
     "問い合わせ番号 JP-7731\n"
     "お名前: {P:渡辺 美咲} ({P:WATANABE Misaki})\n"
     "住所: {A:〒150-0013} 東京都{C:渋谷区}{A:恵比寿4丁目18-7}{A:グランフォート恵比寿302号室}\n"
     "電話: {T:090-4827-1936}\n"
     "カード番号 {I:3560 1294 7738 1522} の二重請求について\n"
     "English note: Ms {P:Watanabe} asked for the invoice in English. Handled by {P:Kenta}."),
    ("support_ticket",
     "Talep #TR-20417\n"
     "Müşteri: {P:Şükrü Yılmazoğlu}, TC Kimlik No {I:38491726550}\n"
     "Adres: {A:Bağdat Cad. No: 214 D: 9}, {C:Kadıköy}/{C:İstanbul} {A:34728}\n"
     "Cep: {T:0532 418 27 96}\n"
     "Kart: {I:5167 4039 2218 8358}. Faturayı eşi {P:Gülşen} Hanım ödeyecek.\n"
     "Not alan: {P:Ş. Yılmazoğlu} ile görüşüldü, {P:İlkay} tarafından kapatıldı."),
    ("support_ticket",
     "Ticket NG-4410 | Airtime top-up failed\n"
     "Customer: {P:Chukwuemeka Obiageli-Nwankwo}, {T:0803 418 2297}, NIN {I:48291730564}\n"
     "Says he paid twice from the app. Prefers to be called {P:Emeka}.\n"
     "Address: {A:Plot 9, Ajayi Bamgbose Close}, {C:Ikeja GRA}, {C:Lagos} {A:100271}\n"
     "Escalated to {P:Funmilayo} in payments; {P:Abubakar Sani Danladi} approved the refund."),
    ("support_ticket",
     "Chamado BR-6021 – segunda via de boleto\n"
     "Cliente: {P:Thiago dos Santos Figueiredo}, CPF {I:318.504.927-60}\n"
     "Endereço: {A:Rua Jerônimo Lemos, 455}, {A:apto 82}, {C:Vila Mariana}, {C:São Paulo} - SP, CEP {A:04118-030}\n"
     "Telefone {T:(11) 98427-3619}; e-mail {E:thiago.figueiredo@uol.com.br}\n"
     "Atendente: {P:Grace Kelly Nunes}"),
    ("support_ticket",
     "Yêu cầu #VN-3318\n"
     "Khách hàng: {P:Nguyễn Thị Thu Hằng}\n"
     "Địa chỉ: {A:Số 27 ngõ 142 phố Khâm Thiên}, {C:Đống Đa}, {C:Hà Nội} {A:115620}\n"
     "SĐT: {T:091 482 7736}; email {E:hangnguyen\u200b1988@gmail.com}\n"
     "Chị {P:Hằng} muốn đổi sang gói cước khác; anh {P:Tuấn} (CSKH) đã gọi lại."),

    # --- clinical notes -----------------------------------------------------------------------------------------
    ("clinical_note",
     "CLINIC LETTER – Respiratory outpatients\n"
     "Patient: {P:HARTIGAN, Siobhán}  NHS No: {I:491 208 6371}  DOB: {B:02/11/1954}\n"
     "Address: {A:9 Larkhill Mews}, {C:Stockport} {A:SK4 3RJ}\n"
     "Seen with daughter {P:Aoife}. COPD stable; inhaler technique reviewed.\n"
     "Plan: spirometry in 6 weeks. GP: Dr {P:R. Bhattacharjee}\n"
     "Dictated by Dr {P:Olusegun Adeyemi-Cole}, Consultant"),
    ("clinical_note",
     "ED TRIAGE NOTE\n"
     "Pt: {P:Rich Vanterpool}, 58M, MRN {I:00482917}, DOB {B:1966-04-30}\n"
     "CC: chest tightness x2h. Wife ({P:Lorraine}) at bedside, cell {T:312-482-0917}.\n"
     "Ins: BCBS member ID {I:XOF482917305}\n"
     "PMH: Bell's palsy 2019, no Parkinson's.\n"
     "RN: {P:jmcallister}; attending Dr {P:Priyanka Deshpande}"),
    ("clinical_note",
     "Arztbrief – Innere Medizin\n"
     "Patientin: Frau {P:Ursula Kleinschmidt-Oberhauser}, geb. {B:17.03.1948}\n"
     "{A:Am Lindenhain 4}, {A:34121} {C:Kassel}\n"
     "Patienten-ID {I:PID-2204817}\n"
     "Angehörige: Tochter {P:Sabine}, {T:0561 4827193}\n"
     "Befund: Morbus Crohn bekannt, aktuell Remission.\n"
     "Dr. med. {P:Felix von Brühl}, Oberarzt"),
    ("clinical_note",
     "OPD Slip – Sanjeevani Multispeciality Hospital\n"
     "Patient: Smt. {P:Lakshmi Venkataraman}, 67 F, UHID {I:SMH/22/0048291}\n"
     "Attendant: son {P:Venkat}, {T:98220 41763}\n"
     "Address: {A:B-204, Gokul Heights}, {A:Survey No. 48, Baner Road}, {C:Baner}, {C:Pune} {A:411045}\n"
     "Complaints: fever 3 days, joint pain. Dengue NS1 sent.\n"
     "Seen by Dr {P:Harpreet Kaur Sandhu} (Medicine)"),
    ("clinical_note",
     "INFORME DE ALTA – Servicio de Traumatología\n"
     "Paciente: {P:María del Carmen Ruiz de Alarcón}  DNI: {I:47281936P}\n"
     "Fecha de nacimiento: {B:22/06/1961}  NHC: {I:0871342}\n"
     "Domicilio: {A:C/ Sierra de Gata 17}, {A:3º B}, {A:28031} {C:Madrid}\n"
     "Acompañada por su marido, {P:Paco}.\n"
     "Firmado: Dra. {P:Nerea Etxeberria}"),
    ("clinical_note",
     "Verpleegkundige overdracht – afdeling Cardiologie\n"
     "Dhr. {P:Pieter van der Wiel}, BSN {I:184735208}, geb. {B:09-12-1950}\n"
     "Woont {A:Kastanjelaan 38-2}, {A:3571 KB} {C:Utrecht}\n"
     "Contactpersoon: dochter {P:Femke van der Wiel-Bos}, {T:06-41827396}\n"
     "Nachtdienst {P:Joy} meldt rustige nacht. Overdracht aan {P:Mark}."),
    ("clinical_note",
     "Clinic visit – Family Medicine, {C:Al Barsha}\n"
     "Patient: {P:Abdulrahman bin Khalid Al-Mazrouei}\n"
     "Emirates ID: {I:784-1991-4827365-1}   DOB: {B:19 Jan 1991}\n"
     "Mobile {T:+971 50 482 7193}\n"
     "Insurance: Daman member {I:DMN-7730-48291}\n"
     "Follow-up with Dr {P:Hala El-Sayed} in 2 weeks."),
    ("clinical_note",
     "Karta informacyjna – Oddział Neurologii\n"
     "Pacjent: {P:Krzysztof Wróblewski-Nowak}, PESEL {I:88072304572}\n"
     "Data urodzenia: {B:23.07.1988}\n"
     "Adres: {A:ul. Piotrkowska 141 m. 12}, {A:90-434} {C:Łódź}\n"
     "Rozpoznanie: zespół Guillain-Barré, w trakcie leczenia IVIG.\n"
     "Lekarz prowadzący: dr {P:Agnieszka Szczęsna}"),
    ("clinical_note",
     "Nursing handover 19:30 – Ward 6B\n"
     "Bed 4: {P:Kwabena Asante-Darko}, 71, post-op day 2 (hip). NHS {I:702 613 9487}.\n"
     "Obs stable, pain 3/10. Grandson {P:Kofi} visiting, wants updates on {T:07958 336 104}.\n"
     "Bed 5: {P:O'DONNELL-FEENEY, Bridget} (Mrs), 84, delirium screen positive.\n"
     "Handed over by {P:Violet} to {P:Art Lindqvist}."),
    ("clinical_note",
     "门诊病历 Outpatient record\n"
     "患者：{P:陈志强} ({P:CHEN Zhiqiang})  男 52岁\n"
     "联系电话：{T:138 2047 6193}\n"
     "住址：{C:上海市}{C:徐汇区}{A:漕溪北路398弄12号1502室}\n"
     "Seen with interpreter {P:Lily Zhou}. Hypertension, amlodipine started.\n"
     "医生：{P:王慧敏}"),
    ("clinical_note",
     "Выписка из амбулаторной карты\n"
     "Пациентка: {P:Соколова Ирина Владимировна}, дата рождения {B:04.02.1972}\n"
     "Адрес: {A:ул. Садовая-Кудринская, д. 24}, {A:кв. 57}, {C:Москва}, {A:123001}\n"
     "Телефон: {T:+7 916 482-19-37}\n"
     "Направлена к неврологу, д-р {P:Ахмедов Р. Ш.}\n"
     "Со слов дочери ({P:Марина}), жалобы с января."),

    # --- HR e-mail ----------------------------------------------------------------------------------------------
    ("hr_email",
     "From: {E:people-ops@brightwell-logistics.co.uk}\n"
     "To: {P:Callum Brierley} <{E:callum.brierley@brightwell-logistics.co.uk}>\n"
     "Subject: Your contract change from 1 April\n"
     "Hi {P:Callum},\n"
     "As discussed with {P:Penny}, your hours move to 30/week. Payroll has your NI number as {I:TK 48 21 67 C}.\n"
     "Your new address ({A:22 Ravensworth Terrace}, {C:Gateshead} {A:NE8 1QT}) is now on file.\n"
     "Best, {P:Rebecca Oyelaran-Smith}\n"
     "People Partner"),
    ("hr_email",
     "Subject: Onboarding – documents needed\n"
     "Dia duit {P:Seán},\n"
     "Welcome aboard! Salary will be paid to {I:IE82 BOFI 9058 3741 9258 06} as per your form.\n"
     "We have you as {P:Seán Ó Murchú}, {A:Apt 14, The Granary}, {A:Mill Street}, {C:Cork} {A:T12 X8K7}.\n"
     "Your buddy will be {P:Niamh Ní Bhriain}; her mobile is {T:087 418 2297}.\n"
     "Go raibh maith agat,\n"
     "{P:Órla}"),
    ("hr_email",
     "From: {P:Frank DeLuca} <{E:fdeluca@harbormillsupply.com}>\n"
     "To: HR Benefits\n"
     "Subject: Add dependent\n"
     "Please add my daughter {P:Hope Marie DeLuca}, born {B:03/22/2021}, to my dental plan. My SSN is "
     "{I:318-62-0495}.\n"
     "Her mom {P:Tasha}'s coverage ended last month.\n"
     "Thanks,\n"
     "{P:Frank}\n"
     "{T:(856) 431-7720}"),
    ("hr_email",
     "Subject: Relieving letter – {P:Venkata Subba Rao Gollapudi}\n"
     "Dear {P:Subba Rao} garu,\n"
     "Please find attached your relieving letter. Final settlement will be credited to a/c {I:50100248193746}.\n"
     "For the PF transfer please share your UAN {I:100482917365}; passport {I:Z4827361} is on record.\n"
     "Regards,\n"
     "{P:Meenakshi Iyer}\n"
     "HR Operations, {C:Hyderabad}"),
    ("hr_email",
     "Betreff: Lohnsteuer – Steuer-ID\n"
     "Hallo Frau {P:Öztürk},\n"
     "vielen Dank, Ihre Steuer-ID {I:47182039469} ist jetzt in der Gehaltsabrechnung hinterlegt.\n"
     "Bitte bestätigen Sie noch Ihre Anschrift: {A:Kolonnenstraße 8}, {A:10827} {C:Berlin}.\n"
     "Viele Grüße\n"
     "{P:Till Reinhardt-Sommer}\n"
     "Personalabteilung"),
    ("hr_email",
     "Subject: Re: leave request (Jan 8–15)\n"
     "Hi {P:Ma. Cristina},\n"
     "Approved. Enjoy your trip home to {C:Iloilo}! Please leave an emergency contact: {P:Rommel Dela Cruz} (husband),"
     " {T:0917 482 3319}.\n"
     "> On Tue, {P:Cristina Bautista-Dela Cruz} wrote:\n"
     "> May I take leave to visit my Lola in {C:Jaro}?\n"
     "Thanks, {P:Bill}"),
    ("hr_email",
     "Subject: Grievance meeting notes – CONFIDENTIAL\n"
     "Attendees: {P:Dariusz Kowalczyk} (employee), {P:Amber Holloway} (HR), {P:Will Treadgold} (manager)\n"
     "{P:Dariusz} said {P:Will} had moved his shifts without notice. {P:Amber} took notes.\n"
     "Companion: {P:Jadwiga} from the union. Licence on file: {I:KOWAL703115DK9HT}.\n"
     "Next meeting: 14 May, {C:Reading} office."),
    ("hr_email",
     "Objet : Attestation employeur\n"
     "Bonjour {P:Jean-Baptiste},\n"
     "Voici votre attestation. N° de sécurité sociale indiqué : {I:1 85 11 69 387 214 25}.\n"
     "Le salaire de mars sera versé sur {I:FR11 1027 8060 4100 0204 8391 734}.\n"
     "Adresse : {A:14 bis avenue du Prado}, {A:13008} {C:Marseille}.\n"
     "Cordialement,\n"
     "{P:Maëlle Le Goff}\n"
     "Ressources humaines"),
    ("hr_email",
     "Subject: Visa sponsorship – {P:Park Ji-hoon}\n"
     "Team, {P:Ji-hoon}'s passport ({I:M48291736}) expires in June; please start the renewal letter.\n"
     "He lives at {A:Flat 5}, {A:31 Cranbrook Road}, {C:Ilford} {A:IG1 4PL}.\n"
     "Contact: {E:jihoon.park.uk@outlook.com}\n"
     "— {P:Iris}, Global Mobility"),
    ("hr_email",
     "Subject: Παραίτηση / Resignation\n"
     "Dear Mr {P:Papadakis},\n"
     "I hereby resign with effect from 30 June. My personal e-mail is {E:eleni.karamanli\uff20gmail.com}.\n"
     "Please send my final documents to {A:Ermou 56}, {A:105 63} {C:Athina}.\n"
     "Kind regards,\n"
     "{P:Eleni Karamanli}\n"
     "{T:+30 694 418 2735}"),
    ("hr_email",
     "Subject: Payslip query\n"
     "Hi {P:Wanjiru},\n"
     "Your KRA PIN {I:A004829173K} was missing on the March payslip; this is now fixed.\n"
     "Your M-Pesa number {T:0722 481 936} stays as the backup payout.\n"
     "Regards,\n"
     "{P:Otieno Ouma}\n"
     "Payroll, {C:Nairobi}"),

    # --- chat logs ----------------------------------------------------------------------------------------------
    ("chat_log",
     "[12/03/2024, 21:14:07] {P:Priya Nair}: hey did you get the keys from {P:Rohan}?\n"
     "[12/03/2024, 21:15:33] {P:Jade}: yeah he left them at {A:42 Elmstead Avenue}, under the pot\n"
     "[12/03/2024, 21:15:51] {P:Priya Nair}: ok my new number is {T:+44 7412 093 856}, delete the old one\n"
     "[12/03/2024, 21:16:02] {P:Jade}: done x. tell aunty {P:Sudha} i said hi\n"
     "[12/03/2024, 21:16:40] {P:Priya Nair}: <Media omitted>"),
    ("chat_log",
     "{P:joão}: alguém sabe o número da {P:bia}?\n"
     "{P:rafa_costa}: {T:912 483 176}\n"
     "{P:joão}: valeu. e o email dela?\n"
     "{P:rafa_costa}: {E:beatriz.dacosta.lx@sapo.pt}\n"
     "{P:joão}: ela mudou p/ {A:rua do benformoso 114}, {A:2º esq}, {C:lisboa} né?"),
    ("chat_log",
     "#ops-oncall\n"
     "{P:kenji.tanaka} 09:02 @{P:daniela.rojas} the refund for Mr {P:Abernethy} is stuck again\n"
     "{P:daniela.rojas} 09:04 on it. his card is {I:4926-3815-0472-9168}?\n"
     "{P:kenji.tanaka} 09:05 yes, and pls don't paste cards here next time\n"
     "{P:daniela.rojas} 09:06 sorry! deleting. cc @{P:grace.obi}"),
    ("chat_log",
     "{P:Mehta, Arjun} 10:41 AM\n"
     "Can someone call Frau {P:Lindner} back? Her number: {T:+43 664 4821937}\n"
     "{P:Haider, Leonie} 10:43 AM\n"
     "I'll do it. The ticket says {A:Annenstraße 29/4}, {A:8020} {C:Graz}, right?\n"
     "{P:Mehta, Arjun} 10:44 AM\n"
     "yes thx {P:Leonie}"),
    ("chat_log",
     "SMS from {T:+1 (917) 482-0375} (3/14 8:12 PM):\n"
     "hi its {P:rose} from the dentist, dr. {P:farahani} asked me to confirm ur appt thurs 10am\n"
     "Reply: who is this?\n"
     "SMS: sorry! {P:Rose Abernathy-Quist}, {C:Hoboken} Family Dental. appt is for {P:Tomás}?\n"
     "Reply: yes thats my son, thanks {P:Rose}"),
    ("chat_log",
     "[WhatsApp] {P:Yousef Al-Harthy}: salam {P:abu omar}, the shipment for {C:Sharjah} is ready\n"
     "[WhatsApp] {P:Abu Omar}: wa alaikum salam. send it to {A:Warehouse 7}, {A:Street 22},"
     " {C:Al Qusais Industrial Area 4}, {C:Dubai}\n"
     "[WhatsApp] {P:Yousef Al-Harthy}: ok, driver {P:Imran} will call from {T:055 418 2736}\n"
     "[WhatsApp] {P:Abu Omar}: 👍"),
    ("chat_log",
     "{P:neha}: bhai {P:sunny} ka number de\n"
     "{P:aman_gill}: {T:98150 27364}\n"
     "{P:neha}: aur uska pata? parcel bhejna hai\n"
     "{P:aman_gill}: {A:house no 1187}, {A:sector 21b}, {C:chandigarh} {A:160022}\n"
     "{P:neha}: thanks {P:aman} veere"),
    ("chat_log",
     "{P:Олександр Бондаренко}, [05.04.2024 18:22]\n"
     "{P:Дмитро}, скинь адресу для {P:Оксани}\n"
     "{P:Dmytro Kravets}, [05.04.2024 18:25]\n"
     "{A:вул. Хрещатик, 32}, {A:кв. 14}, {C:Київ}, {A:01001}\n"
     "тел {T:+380 67 418 2293}"),
    ("chat_log",
     "Chat transcript – 2024-02-09\n"
     "Agent ({P:Bree}): G'day, who am I speaking with?\n"
     "Visitor: {P:Lachlan McIver}, i moved to {A:Unit 4/17 Banksia St}, {C:Toowong} QLD {A:4066}\n"
     "Agent ({P:Bree}): no worries {P:Lachlan}, can I get the mobile on the account?\n"
     "Visitor: {T:0412 839 560}\n"
     "Agent ({P:Bree}): cheers, updated."),
    ("chat_log",
     "<{P:emre_kaplan}> {P:selin} yarın gelemiyor\n"
     "<{P:selin.ozdemir}> evet, {C:İzmir}'deyim, dönünce yazarım\n"
     "<{P:emre_kaplan}> tamam. bu arada {P:Çağatay}'ın yeni maili {E:cagatay.uysal@yandex.com.tr}\n"
     "<{P:selin.ozdemir}> 👍 {P:ÇAĞATAY}'a selam söyle"),
    ("chat_log",
     "{P:Trần Minh Khôi}: {P:Linh} ơi, gửi anh địa chỉ mới nhé\n"
     "{P:Phạm Ngọc Linh}: {A:118/3 Nguyễn Trãi}, {C:Phường 2}, {C:Quận 5}, {C:TP.HCM}\n"
     "{P:Trần Minh Khôi}: ok, số {T:0903 418 276} vẫn dùng chứ?\n"
     "{P:Phạm Ngọc Linh}: dạ vẫn dùng ạ"),

    # --- ops logs -----------------------------------------------------------------------------------------------
    ("ops_log",
     "Mar 14 02:17:43 bastion-2 sshd[48213]: Failed password for invalid user admin from {N:185.73.201.44} port "
     "51822 ssh2\n"
     "Mar 14 02:17:49 bastion-2 sshd[48213]: Accepted publickey for {P:okwame} from {N:86.147.22.109} port 60414\n"
     "Mar 14 02:18:02 bastion-2 sudo:   {P:okwame} : TTY=pts/1 ; PWD=/home/{P:okwame} ; USER=root ; "
     "COMMAND=/bin/systemctl restart nginx\n"
     "Mar 14 02:20:11 bastion-2 sshd[48297]: Accepted password for {P:lfernandez} from {N:10.44.7.201} port 40022"),
    ("ops_log",
     '{N:81.152.37.204} - {P:hannah.whitcombe} [14/Mar/2024:09:12:44 +0000] "GET /account/profile HTTP/1.1" 200 5120\n'
     '{N:2a02:c7c:4d18:9b00::1e} - - [14/Mar/2024:09:12:45 +0000] "POST /login HTTP/1.1" 302 0\n'
     '{N:103.48.197.32} - {P:sk.verma} [14/Mar/2024:09:13:02 +0000] "GET /invoice?email='
     '{E:sanjay.verma@rediffmail.com} HTTP/1.1" 200 881'),
    ("ops_log",
     "Apr  2 11:04:17 mx1 postfix/smtpd[2231]: connect from unknown[{N:41.203.66.17}]\n"
     "Apr  2 11:04:18 mx1 postfix/qmgr[990]: 4F2A81C0: from=<{E:adaeze.okonkwo@yahoo.co.uk}>, size=18320, nrcpt=1\n"
     "Apr  2 11:04:19 mx1 postfix/smtp[2240]: 4F2A81C0: to=<{E:ikenna.eze@stjudes-clinic.ng}>, "
     "relay=mail.stjudes-clinic.ng[{N:197.210.54.8}]:25, status=sent\n"
     "Apr  2 11:05:02 mx1 postfix/smtpd[2231]: NOQUEUE: reject: RCPT from unknown[{N:41.203.66.17}]: 550 "
     "<{E:bisi.adewale@lagosfreight.com}>: Recipient address rejected"),
    ("ops_log",
     "ts=2024-05-06T14:02:11Z level=info event=login user={P:mrossi} ip={N:93.45.120.7}\n"
     'ts=2024-05-06T14:02:40Z level=warn event=profile_update user={P:mrossi} field=phone new="{T:+39 347 218 9054}"\n'
     'ts=2024-05-06T14:03:05Z level=info event=address_change user={P:mrossi} street="{A:Via Nizza 45}" '
     "cap={A:10126} city={C:Torino}\n"
     "ts=2024-05-06T14:05:19Z level=error event=payment_failed user={P:gbianchi82} ip={N:151.38.7.220} "
     "reason=card_declined"),
    ("ops_log",
     "4624 An account was successfully logged on. Account Name: {P:WKAMAU} Account Domain: CORP "
     "Source Network Address: {N:172.19.240.8}\n"
     "4625 An account failed to log on. Account Name: {P:j.otieno} Source Network Address: {N:172.19.240.15}\n"
     "4720 A user account was created. Target Account: {P:akinyi.mwangi} Subject Account: {P:WKAMAU}\n"
     "4738 A user account was changed. Target Account: {P:akinyi.mwangi} Display Name: {P:Akinyi Mwangi}"),
    ("ops_log",
     "2024-06-11 08:15:02,331 INFO  [orders] created order 7781204 for customer '{P:Ewa Zielińska}' "
     "ship_to='{A:ul. Długa 17/3}, {A:80-831} {C:Gdańsk}'\n"
     "2024-06-11 08:15:02,517 WARN  [fraud] score=0.82 billing_ip={N:89.64.12.198}\n"
     "2024-06-11 08:15:02,519 DEBUG [fraud] raw card={I:4710193844562039} (masking disabled!)\n"
     "2024-06-11 08:15:03,002 INFO  [mail] sent confirmation to {E:ewa.zielinska@wp.pl}\n"
     "2024-06-11 08:16:40,118 ERROR [sms] delivery failed to {T:+48 601 482 739}: timeout"),
    ("ops_log",
     'AUDIT 2024-01-22 16:40:11 actor={P:lmoreau} action=EXPORT object=Contact subject="{P:Gaspard Lemaire-Roux}"\n'
     'AUDIT 2024-01-22 16:41:03 actor={P:lmoreau} action=VIEW field=IBAN '
     'value="{I:FR78 3000 4008 1900 0192 3847 612}"\n'
     "AUDIT 2024-01-22 16:45:57 actor={P:lmoreau} action=LOGOUT src={N:92.184.105.61}"),
    ("ops_log",
     "[2024-07-02 03:11:45] DEBUG UserService.lookup email={E:tom.hallworth@ntlworld.com} -> id=55120\n"
     '[2024-07-02 03:11:45] DEBUG payload: name="{P:Tom Hallworth}", dob="{B:1983-10-09}", postcode="{A:LS6 2QE}"\n'
     "[2024-07-02 03:11:46] INFO  request from {N:10.2.14.77} completed in 42ms\n"
     "[2024-07-02 03:11:47] WARN  retrying webhook for user {P:thallworth}"),
    ("ops_log",
     "2024-03-30 22:41:07 vpn-gw01 openvpn: {P:rajesh.pillai}/{N:49.207.183.90}:51544 MULTI: primary virtual IP "
     "for {P:rajesh.pillai}: {N:10.8.0.14}\n"
     "2024-03-30 23:58:12 vpn-gw01 openvpn: {P:ana.sofia.moura}/{N:188.81.44.203}:60021 TLS Auth Error\n"
     "2024-03-30 23:58:40 vpn-gw01 openvpn: {P:ana.sofia.moura}/{N:188.81.44.203}:60022 Peer Connection Initiated"),
    ("ops_log",
     "2024-08-19 10:02 [IAM] password reset requested by {P:zhang.weiming} from {N:116.228.91.40}\n"
     "2024-08-19 10:03 [IAM] MFA phone changed for {P:zhang.weiming}: {T:+86 139 1047 8362}\n"
     "2024-08-19 10:05 [IAM] approved by {P:LIU Fang} (IT Security)\n"
     "2024-08-19 10:05 [IAM] ticket closed"),
    ("ops_log",
     "[Sep 10 14:22:01] NOTICE[3312] chan_sip.c: Registration from '\"{P:Sinéad Gallagher}\" <sip:1042@pbx>' "
     "failed for '{N:109.76.33.181}:5060' - Wrong password\n"
     "[Sep 10 14:23:17] VERBOSE[3350] pbx.c: Called SIP/trunk/{T:00353214829173}\n"
     "[Sep 10 14:23:41] VERBOSE[3350] app_voicemail.c: voicemail left for {P:sgallagher}"),

    # --- CSV, TSV and pipe rows ---------------------------------------------------------------------------------
    ("csv_rows",
     "id,first_name,last_name,email,phone,city\n"
     "1041,{P:Olamide},{P:Bankole},{E:olamide.bankole@gmail.com},{T:+234 802 418 3397},{C:Abuja}\n"
     "1042,{P:Grace},{P:Achterberg},{E:g.achterberg@ziggo.nl},{T:+31 6 4821 7739},{C:Haarlem}\n"
     "1043,{P:Raúl},{P:Domínguez Peña},{E:rdominguezp@telefonica.net},{T:+34 612 48 29 73},{C:Sevilla}\n"
     "1044,{P:Mai},{P:Hoshino},{E:mai.hoshino@docomo.ne.jp},{T:+81 80-4829-1736},{C:Sapporo}"),
    ("csv_rows",
     "{P:Brandstätter};{P:Lukas};{A:Mariahilfer Straße 77/12};{A:1060};{C:Wien};{T:+43 1 4829173}\n"
     "{P:Gruber-Lenz};{P:Anna Maria};{A:Herrengasse 4};{A:8010};{C:Graz};{T:+43 676 3812940}\n"
     "{P:Schaller};{P:Reto};{A:Seefeldstrasse 212};{A:8008};{C:Zürich};{T:+41 79 482 17 36}"),
    ("csv_rows",
     "emp_no\tname\tni_number\tiban\n"
     "E0192\t{P:SOWERBUTTS Mark}\t{I:JP 71 93 05 B}\t{I:GB46 BARC 2047 1638 2049 17}\n"
     "E0193\t{P:KHAN Ayesha}\t{I:NY 63 08 42 A}\t{I:GB52 LOYD 3096 2148 3672 59}\n"
     "E0194\t{P:NWOSU Chidinma}\t{I:WL 20 58 14 D}\t{I:GB33 NWBK 6073 0148 2917 36}"),
    ("csv_rows",
     '"patient"|"dob"|"mrn"|"phone"\n'
     '"{P:Ó Súilleabháin, Dónal}"|"{B:1949-08-02}"|"{I:RX-7731904}"|"{T:021 482 7736}"\n'
     '"{P:Mac Giolla Phádraig, Máire}"|"{B:1962-01-19}"|"{I:RX-7731955}"|"{T:086 204 9917}"\n'
     '"{P:McLaughlin, Rory}"|"{B:2001-11-30}"|"{I:RX-7732018}"|"{T:+353 91 482 603}"'),
    ("csv_rows",
     "Name,Address,City,State,ZIP,Phone\n"
     '"{P:Washington, Tamika}","{A:1180 Peachtree St NE}, {A:Apt 2210}",{C:Atlanta},GA,{A:30309},{T:404-482-9173}\n'
     '"{P:Nguyen, Bao}","{A:9021 Bellaire Blvd}, {A:Ste 118}",{C:Houston},TX,{A:77036},{T:(713) 418-2296}\n'
     '"{P:O\'Hara, Victor}","{A:PO Box 4471}",{C:Boise},ID,{A:83711},{T:208.482.6630}'),
    ("csv_rows",
     "sl,customer,mobile,aadhaar,pin\n"
     "1,{P:Rajinder Singh Grewal},{T:9878041362},{I:7362 0519 8433},{A:141001}\n"
     "2,{P:Bhavna Patel},{T:9825431076},{I:2857 4610 3925},{A:380015}\n"
     "3,{P:Suresh Kumar},{T:9443018275},,{A:641002}\n"
     "4,{P:Mousumi Chakraborty},{T:9831402758},,{A:700029}"),
    ("csv_rows",
     "Nom;Prénom;Adresse;CP;Ville;NIR\n"
     "{P:LEFEBVRE};{P:Anne-Sophie};{A:8 impasse des Glycines};{A:59000};{C:Lille};{I:2 87 09 75 056 142 82}\n"
     "{P:N'DIAYE};{P:Moussa};{A:112 boulevard de Strasbourg};{A:76600};{C:Le Havre};\n"
     "{P:DA SILVA};{P:Inês};{A:3 allée Jean-Moulin};{A:33600};{C:Pessac};"),
    ("csv_rows",
     "2024-04-01,{P:Valentina Herrera Quispe},{E:vale.herrera.q@hotmail.com},{T:+51 987 412 306},{C:Arequipa}\n"
     "2024-04-01,{P:Santiago Restrepo},{E:srestrepo@une.net.co},{T:+57 310 482 1937},{C:Medellín}\n"
     "2024-04-02,{P:Camila Fernández del Valle},{E:camifdv@gmail.com},{T:+54 9 11 4829-1736},{C:Rosario}"),
    ("csv_rows",
     "姓名\t电话\t邮箱\n"
     "{P:李娜}\t{T:186 1047 2839}\t{E:lina.bj@163.com}\n"
     "{P:黄伟杰}\t{T:+852 9482 1736}\t{E:wkwong88@netvigator.com}\n"
     "{P:周晓梅}\t{T:139 2836 4710}\t{E:xiaomei.zhou@qq.com}"),
    ("csv_rows",
     "namn|personnummer|ort\n"
     "{P:Elin Åkesson}|{I:850314-2385}|{C:Göteborg}\n"
     "{P:Mikael Lindqvist-Haddad}|{I:921106-7716}|{C:Malmö}\n"
     "{P:Sanna Koivisto}||{C:Uppsala}"),

    # --- postal blocks ------------------------------------------------------------------------------------------
    ("postal_block",
     "Mr {P:O. J. Pennock}\n"
     "{A:Flat 3}\n"
     "{A:221B Haverstock Hill}\n"
     "{C:London}\n"
     "{A:NW3 4QG}\n"
     "United Kingdom"),
    ("postal_block",
     "{P:Pádraig Mac Cárthaigh}\n"
     "{A:Cnoc na Gréine}\n"
     "{A:Ballinlough Road}\n"
     "{C:Ballinlough}\n"
     "Co. Cork\n"
     "{A:T12 KX20}"),
    ("postal_block",
     "{P:AMBER-LYNN KOWALCZYK}\n"
     "{A:7720 W CACTUS RD APT 1143}\n"
     "{C:PEORIA} AZ {A:85381-4417}\n"
     "USA"),
    ("postal_block",
     "{P:Geneviève Tremblay-Ouellet}\n"
     "{A:4520, rue Saint-Denis}, {A:app. 3}\n"
     "{C:Montréal} (Québec)  {A:H2J 2L3}\n"
     "Canada"),
    ("postal_block",
     "{P:Bronwyn Tregenza}\n"
     "{A:PO Box 1187}\n"
     "{C:Fremantle} WA {A:6959}\n"
     "Australia"),
    ("postal_block",
     "Frau Dr. {P:Hannelore Wüstenfeld}\n"
     "{A:c/o Praxis am Markt}\n"
     "{A:Marktplatz 3–5}\n"
     "{A:74072} {C:Heilbronn}\n"
     "DEUTSCHLAND"),
    ("postal_block",
     "To,\n"
     "Shri {P:Ramachandra Hegde}\n"
     "{A:Flat 3B, Shanti Kunj Apartments}\n"
     "{A:Plot 27, Sector 14}\n"
     "{C:Vashi}, {C:Navi Mumbai} – {A:400703}\n"
     "Maharashtra\n"
     "Mob: {T:+91 99204 17386}"),
    ("postal_block",
     "{P:Muhammad Usman Chaudhry}\n"
     "{A:House 47-B, Street 12}\n"
     "{A:Block F, Gulberg III}\n"
     "{C:Lahore} {A:54660}\n"
     "Pakistan\n"
     "CNIC: {I:35202-4829173-5}"),
    ("postal_block",
     "Sra. {P:Luíza Gonçalves da Rocha}\n"
     "{A:Av. Sete de Setembro, 1820}\n"
     "{A:Bloco B, Apto 504}\n"
     "{C:Salvador} – BA\n"
     "CEP {A:40080-002}"),
    ("postal_block",
     "Mr {P:Hiroshi KOBAYASHI}\n"
     "{A:Room 1204, Sakura Tower}\n"
     "{A:2-15-8 Minamisenba}, {C:Chuo-ku}\n"
     "{C:Osaka} {A:542-0081}\n"
     "JAPAN"),
    ("postal_block",
     "{P:Njeri Kamau-Omondi}\n"
     "{A:P.O. Box 30917-00100}\n"
     "{C:Nairobi}\n"
     "Kenya"),
    ("postal_block",
     "Gent.ma Sig.ra {P:Ludovica Bersanetti}\n"
     "{A:Via Saragozza 118/2}\n"
     "{A:40135} {C:Bologna} (BO)\n"
     "Italia"),

    # --- bank notes ---------------------------------------------------------------------------------------------
    ("bank_note",
     "KYC review – Personal current account\n"
     "Customer: {P:ABIODUN, Oluwaseun Michael}\n"
     "DOB {B:11/05/1990} | NI {I:RZ 39 17 52 B} | Passport {I:538294716}\n"
     "Proof of address: council tax bill, {A:61 Cobden Street}, {C:Luton} {A:LU2 0NG}\n"
     "Source of funds: salary. Sister {P:Temitope} is joint signatory on the savings account.\n"
     "Reviewed by {P:Shirin Mohammadzadeh}, approved by {P:G. Szymańska}"),
    ("bank_note",
     "Kontoeröffnung – Notiz\n"
     "Herr {P:Maximilian Freiherr von Lützow}\n"
     "IBAN {I:DE98 7002 0270 0015 6847 32}, Steuer-ID {I:65391872649}\n"
     "Legitimation per Reisepass Nr. {I:C4J7R2X9L}\n"
     "Wohnhaft {A:Leopoldstraße 41}, {A:80802} {C:München}\n"
     "Rückfragen an Ehefrau {P:Clara von Lützow}, {T:0171 4829 376}"),
    ("bank_note",
     "Notitie klantcontact\n"
     "Mevr. {P:Sanne de Vries-Bakker} belde over een onbekende incasso op {I:NL82RABO0318472956}.\n"
     "BSN {I:259016378} geverifieerd.\n"
     "Adres: {A:Prinsengracht 514-III}, {A:1017 KH} {C:Amsterdam}\n"
     "Terugbellen op {T:+31 20 482 9173} door {P:Daan}."),
    ("bank_note",
     "Branch note – home loan application\n"
     "Applicant: {P:Gurpreet Singh Dhillon}, PAN {I:BGTPD7316N}\n"
     "Co-applicant: wife {P:Simran Kaur}, Aadhaar {I:6401 9283 7514}\n"
     "Property: {A:House No. 2231, Phase 10}, {A:Sector 64}, {C:Mohali} {A:160062}\n"
     "Salary a/c {I:31840219573}\n"
     "Visited by {P:Navdeep}, field officer."),
    ("bank_note",
     "Nota de sucursal\n"
     "Cliente: {P:Oksana Melnyk}, NIE {I:Y3827164R}\n"
     "Cuenta: {I:ES41 2100 0418 4502 0051 9384}\n"
     "Domicilio: {A:Av. del Puerto 233}, {A:5º 2ª}, {A:46022} {C:València}\n"
     "Solicita tarjeta adicional para su hijo {P:Taras}, nacido el {B:14/02/2006}."),
    ("bank_note",
     "Nota filiale – apertura conto\n"
     "Cliente: {P:Gianmarco Trevisiol}, C.F. {I:TRVGMR79B03L407W}\n"
     "Nato a {C:Treviso} il {B:03/02/1979}\n"
     "IBAN {I:IT28 K020 0802 4800 0010 4937 281}\n"
     "Residenza: {A:Viale della Repubblica 71}, {A:31100} {C:Treviso}\n"
     "Delegata: la compagna {P:Chiara Dal Molin}"),
    ("bank_note",
     "Fraud ops note\n"
     "Cardholder {P:Kimberly-Ann Rutherford} disputes $1,240 at a merchant in {C:Reno}.\n"
     "Card {I:5523.0491.8876.0247} blocked; new card mailed to {A:318 Sycamore Hollow Ln}, {C:Knoxville}, TN "
     "{A:37919}.\n"
     "Verified via SSN {I:604-27-1138} and DOB {B:07/04/1973}.\n"
     "Callback: {T:865-482-0196}. Spoke with husband {P:Dale} first; cardholder then confirmed."),
    ("bank_note",
     "Şube notu\n"
     "Müşteri {P:Zeynep Karaçay}, TCKN {I:52703614862}\n"
     "IBAN {I:TR96 0006 2001 1900 0006 2984 31}\n"
     "Adres: {A:Atatürk Bulvarı No: 118 Daire 7}, {C:Çankaya}/{C:Ankara} {A:06680}\n"
     "Vekil: kardeşi {P:Oğuz Karaçay}, {T:0505 482 17 39}"),
    ("bank_note",
     "Account maintenance\n"
     "Title: {P:SYED ALI RAZA NAQVI}\n"
     "IBAN {I:PK19 HABB 0014 7283 9165 0047}\n"
     "Address: {A:Flat 12, Al-Noor Heights}, {A:Block 13-D, Gulshan-e-Iqbal}, {C:Karachi} {A:75300}\n"
     "Mobile {T:0300 482 1937}\n"
     "Nominee: son {P:Hasnain}"),
    ("bank_note",
     "Atendimento – chave PIX\n"
     "Titular: {P:Francisca Aparecida dos Reis}\n"
     "CPF {I:07294618313}, chave PIX = e-mail {E:francisca.reis@bol.com.br}\n"
     "Conta internacional: {I:BR16 0000 0000 0106 7000 0117 582C 1}\n"
     "Cliente informou que a filha {P:Rosângela} faz as transações pelo app."),
    ("bank_note",
     "Account opening – {C:Halifax} branch\n"
     "Client: {P:Mackenzie Doucette-Paul}\n"
     "SIN {I:463 291 070} verified against last year's T4.\n"
     "Address: {A:2291 Gottingen St}, {A:Unit 3}, {C:Halifax} NS {A:B3K 3B7}\n"
     "Mobile {T:(902) 482-1937}\n"
     "Opened by {P:Ravi Sehgal}."),

    # --- CRM notes ----------------------------------------------------------------------------------------------
    ("crm_note",
     "Account: Bramley & Finch Ltd\n"
     "Contact: {P:Saoirse Flanagan} (Procurement)\n"
     "{E:saoirse.flanagan@bramleyfinch.co.uk} | {T:020 3482 9176}\n"
     "Met at the {C:Birmingham} trade show. Decision maker is her boss, {P:Rich Habgood}.\n"
     "Next step: send samples to {A:Unit 9, Kingsway Trade Park}, {C:Runcorn} {A:WA7 1RX}.\n"
     "Owner: {P:Tomasz}"),
    ("crm_note",
     "Oportunidad: renovación licencias 2025\n"
     "Contacto: Sr. {P:Íñigo Aranguren Goikoetxea}, CTO\n"
     "{E:iaranguren@lantegi-soft.eus} / {T:+34 944 82 17 36}\n"
     "Oficina: {A:Alameda de Mazarredo 47}, {A:3ª planta}, {A:48009} {C:Bilbao}\n"
     "Prefiere reuniones los jueves. Su asistente {P:Itziar} gestiona la agenda."),
    ("crm_note",
     "Call log – 2024-05-14\n"
     "Spoke to {P:Art Vandermolen} at the {C:Grand Rapids} office, {T:(616) 482-3390} ext. 12.\n"
     "He referred me to {P:Joy Kessler-Amadi} in finance ({E:jkessleramadi@lakeshoremfg.com}).\n"
     "{P:Art}'s team uses Salesforce today; contract ends in October.\n"
     "Follow up after Labor Day. — {P:Bill}"),
    ("crm_note",
     "Lead: Shreeji Textiles, {C:Surat}\n"
     "Contact: {P:Hiteshbhai Chimanlal Patel}, proprietor, {T:+91 98250 41836}\n"
     "Factory: {A:Plot 112, GIDC Sachin}, {C:Surat} {A:394230}\n"
     "His son {P:Parth} handles the WhatsApp orders.\n"
     "Visited by {P:Deepa Krishnamoorthy}"),
    ("crm_note",
     "Compte : Boulangerie Le Fournil d'Or\n"
     "Gérante : Mme {P:Aurore Delacroix-Benali}\n"
     "Tél. {T:04 78 42 91 36}, port. {T:07 81 48 29 17}\n"
     "Livraison : {A:19 rue Mercière}, {A:69002} {C:Lyon}\n"
     "Son mari {P:Karim} passe les commandes le lundi."),
    ("crm_note",
     "Firma: Hütter Maschinenbau GmbH\n"
     "Ansprechpartner: Dipl.-Ing. {P:Wolfgang Ebersberger}, Einkaufsleiter\n"
     "Durchwahl {T:+49 731 48291-36}, mobil {T:0160 9482 7731}\n"
     "Werk: {A:Industriestraße 14–18}, {A:89079} {C:Ulm}\n"
     "Kollegin Frau {P:Yıldırım} aus der Buchhaltung übernimmt ab März."),
    ("crm_note",
     "Account: Kanda Seimitsu K.K.\n"
     "Contact: {P:SUZUKI Takeshi} ({P:鈴木 健}), Purchasing Manager\n"
     "{E:t-suzuki@kanda-seimitsu.co.jp}, {T:+81 3-4829-1736}\n"
     "Visited HQ at {A:3-7-2 Kanda Nishikicho}, {C:Chiyoda-ku}, {C:Tokyo} {A:101-0054}\n"
     "{P:Suzuki}-san prefers e-mail in English."),
    ("crm_note",
     "Account: Oinos Estate\n"
     "Contact: {P:Dimitris Papadogiannis} ({P:Δημήτρης Παπαδόγιαννης})\n"
     "{T:+30 210 482 9173}, {E:d.papadogiannis@oinos-estate.gr}\n"
     "Cellar: {A:Leoforos Kifisias 112}, {A:151 25} {C:Marousi}\n"
     "Daughter {P:Eleftheria} takes over exports next year."),
    ("crm_note",
     "Account: Akwaaba Foods (Ghana)\n"
     "Contact: {P:Efua Mensah-Bonsu}, MD, {T:+233 24 482 9173}\n"
     "Office: {A:14 Kofi Annan Street}, {C:Airport Residential Area}, {C:Accra}, digital address {A:GA-182-4471}\n"
     "Her cousin {P:Yaw} in {C:Kumasi} wants a separate quote."),
    ("crm_note",
     "Account: Bayanihan Print Co.\n"
     'Contact: {P:Jose Maria Villanueva} ("{P:Jomar}")\n'
     "{T:+63 917 482 1936}, {E:jomar.villanueva@bayanihanprint.ph}\n"
     "Shop: {A:Unit 5, 2/F Rialto Building}, {A:1129 España Blvd}, {C:Sampaloc}, {C:Manila} {A:1008}\n"
     "Prefers Viber. Wife {P:Marivic} signs the POs."),
    ("crm_note",
     "Imported contact (encoding error)\n"
     "Name: {P:Jos\u00c3\u00a9 Ib\u00c3\u00a1\u00c3\u00b1ez}\n"
     "Email: {E:jose.ibanez@correo-tecnico.es}\n"
     "City: {C:M\u00c3\u00a1laga}\n"
     "Note: re-import as UTF-8; {P:José Ibáñez} confirmed by phone {T:+34 652 48 19 37}."),

    # --- forum posts --------------------------------------------------------------------------------------------
    ("forum_post",
     "r/LegalAdviceUK · Posted by u/{P:gemma_hartigan88}\n"
     "Landlord won't return deposit\n"
     "My landlord (a Mr {P:Emyr Pryce-Llewelyn}) says I damaged the carpet at {A:14 Albion Row}, {C:Hebden Bridge}.\n"
     "My partner {P:Lewis} thinks we should go to the small claims court. Anyone done this?\n"
     "Edit: thanks everyone, esp. u/{P:sandy_mcgregor}!"),
    ("forum_post",
     "Title: Regex to validate IBAN fails for Polish accounts\n"
     "I'm testing with my own account {I:PL28 1090 2402 0000 0006 1238 4759} (it's closed) and it fails.\n"
     "Code below. Any idea? — {P:Bartek}\n"
     "Comment by {P:hope_nakamura}: PL IBANs are 28 chars, your pattern allows 26.\n"
     "Comment by {P:Bartłomiej Wiśniewski}: that was it, thanks {P:Hope}!"),
    ("forum_post",
     "Issue #2211: Crash when name contains apostrophe\n"
     "Reported by @{P:dmitri-volkov}\n"
     "Steps: create a user \u201c{P:Siobhán O'Rourke}\u201d with e-mail {E:siobhan.orourke@eircom.net}, then Save.\n"
     "I spoke to {P:Dmitri} yesterday and he can reproduce it on 3.2.1.\n"
     "@{P:lucia-ferraro} can you take a look?"),
    ("forum_post",
     "Re: Moving to {C:Leeds} – schools?\n"
     "Posted by {P:jade_pemberton}\n"
     "We're at {A:3 Moorfield Close}, {C:Headingley}, and my son's teacher Mrs {P:Achterberg-Lowe} was brilliant.\n"
     "PM me if you want her e-mail, or text {T:07833 104 927}.\n"
     "x {P:Jade}"),
    ("forum_post",
     "Thread: For sale – 2014 Hilux SR5, {C:Ballarat}\n"
     "Selling my dad's ute. Call {P:Baz} on {T:0438 201 775} or email {E:barry.kettleworth@bigpond.com}.\n"
     "Inspection at {A:27 Lydiard St North}, {C:Ballarat} VIC {A:3350}.\n"
     "No tyre kickers. Cheers, {P:Barry Kettleworth}"),
    ("forum_post",
     "Betreff: Nachbar parkt ständig vor meiner Einfahrt\n"
     "Hallo zusammen, mein Nachbar Herr {P:Gründlinger} ({A:Birkenweg 7}) parkt seit Wochen vor unserer Einfahrt "
     "in {C:Rosenheim}.\n"
     "Meine Frau {P:Steffi} hat schon mit ihm geredet.\n"
     "Gruß, {P:Andi} (aka {P:andreas_h_84})"),
    ("forum_post",
     "Konu: Kargo firması paketi kaybetti\n"
     "Merhaba, {P:Ayşegül} ben. {A:Cumhuriyet Mah. 1203 Sok. No: 5/3}, {C:Bornova}/{C:İzmir} adresine gelen paketim "
     "kayboldu.\n"
     "Kurye {P:Mehmet} Bey aradı ama numarası {T:0544 218 37 90} artık kapalı.\n"
     "Bana yazın: {E:aysegul.demirkol@hotmail.com}"),
    ("forum_post",
     "Topic: Living with Hashimoto's – diet tips?\n"
     "Hi all, {P:Ngozi} here from {C:Enugu}. Diagnosed last year. Dr {P:Eze} says selenium might help.\n"
     "Has anyone tried the Mediterranean diet? My sister {P:Chiamaka Eze-Okafor} swears by it.\n"
     "Also, does Graves' disease run in families?"),
    ("forum_post",
     "Topic: Property registration at the sub-registrar, {C:Whitefield}\n"
     "Posted by {P:venkatesh_r}: Seller Mr. {P:K. S. Narasimhamurthy} insists on cash. The plot is at "
     "{A:No. 48, 3rd Cross}, {A:5th Main}, {C:Whitefield}, {C:Bengaluru} {A:560066}.\n"
     "Reply by {P:ShilpaRao}: Don't. Insist on a DD. My uncle {P:Prakash} got burned.\n"
     "Reply by {P:venkatesh_r}: thanks {P:Shilpa}"),
    ("forum_post",
     "标题：求推荐{C:杭州}的租房中介\n"
     "楼主：{P:小王}（{P:王磊}）\n"
     "我现在住在{C:西湖区}{A:文三路259号}，想换到滨江。联系我：{T:158 6829 4417}\n"
     "回复 {P:lily_chen}：找{P:赵}经理，人很靠谱。"),
    ("forum_post",
     "Topic: Sending money to Addis – which app?\n"
     "Posted by {P:Selamawit Tesfaye}\n"
     "My brother {P:Dawit} in {C:Addis Ababa} needs birr every month. He lives off {A:Bole Road}, {C:Woreda 03}, "
     "{A:House No. 1247}.\n"
     "Reply by {P:Abebe G.}: I use a card-to-wallet app, works fine."),

    # --- referral letters ---------------------------------------------------------------------------------------
    ("referral_letter",
     "{C:Thornbury} Medical Practice, {A:27 Castle Street}, {C:Thornbury} {A:BS35 1HQ}\n"
     "Dear Dr {P:Mahalingam},\n"
     "Re: Ms {P:Penny Farrimond}, DOB {B:14/01/1986}, NHS {I:328 047 1656}\n"
     "{A:Flat 2}, {A:9 Grovesend Road}, {C:Thornbury} {A:BS35 2DF}\n"
     "Thank you for seeing this 38-year-old with suspected Raynaud's phenomenon.\n"
     "Yours sincerely,\n"
     "Dr {P:Angharad Wyn Prosser}"),
    ("referral_letter",
     "REFERRAL – Cardiology\n"
     "To: {P:J. R. Okafor}, MD – Lakeside Heart Group\n"
     "Patient: {P:Mendez, Rosa Isela}  DOB: {B:09/17/1958}  MRN: {I:LH-00391827}\n"
     "Phone: {T:(559) 482-0137}  Address: {A:2718 N Fresno St}, {C:Fresno}, CA {A:93703}\n"
     "Medicare MBI {I:1EG4-TE5-MK72}. Spanish-speaking; daughter {P:Marisol} interprets.\n"
     "Referring: {P:Victor Haldane}, PA-C"),
    ("referral_letter",
     "Referral to Nephrology, {C:Vellore}\n"
     "Respected Sir,\n"
     "Kindly see Mr. {P:Thirumalai Selvaraj}, 54/M, UHID {I:CMC-4829173}, a known diabetic with rising creatinine.\n"
     "Resides at {A:No. 12, Kamaraj Nagar 2nd Street}, {C:Katpadi} {A:632007}. Mobile {T:94430 18276}.\n"
     "His wife {P:Selvi} accompanies him.\n"
     "Dr {P:A. Rajasekaran}, MD"),
    ("referral_letter",
     "Überweisung an: Dr. med. {P:Kathrin Ziegenbalg}, Neurologie\n"
     "Patient: {P:Dragan Petrović}, geb. {B:30.09.1967}\n"
     "Anschrift: {A:Weidenstraße 22}, {A:04317} {C:Leipzig}\n"
     "Fragestellung: V. a. Morbus Parkinson, Ruhetremor rechts.\n"
     "Mit kollegialen Grüßen\n"
     "{P:M. Hoffmann-Yilmaz}"),
    ("referral_letter",
     "Gentile Dott.ssa {P:Bianchi},\n"
     "le invio la sig.ra {P:Ludovica Bersanetti}, C.F. {I:BRSLVC87P54A944Z}, nata il {B:14/09/1987}, per visita "
     "dermatologica.\n"
     "Recapito: {T:+39 051 482 9173}, {E:ludo.bersanetti@libero.it}\n"
     "Cordiali saluti,\n"
     "Dott. {P:Enrico Saltarelli}"),
    ("referral_letter",
     "Cher confrère,\n"
     "Je vous adresse Mme {P:Anne-Sophie Lefebvre}, née le {B:05/09/1987}, pour le bilan d'une sclérose en plaques.\n"
     "Elle habite {A:8 impasse des Glycines}, {A:59000} {C:Lille} ; tél. {T:06 71 48 29 30}.\n"
     "Bien confraternellement,\n"
     "Dr {P:Yannick Le Bihan}"),
    ("referral_letter",
     "Referral – Physiotherapy\n"
     "Dear {P:Hamish},\n"
     "Please assess Mr {P:Nguyễn Văn Phúc} (Medicare {I:2948 31768 1}), L knee ACL repair 6/52 ago.\n"
     "He lives at {A:8/112 Hopkins St}, {C:Footscray} VIC {A:3011}, mobile {T:0423 918 407}.\n"
     "Kind regards,\n"
     "Dr {P:Sunita Raghavan}"),
    ("referral_letter",
     "Hoja de interconsulta\n"
     "Paciente: {P:GARCÍA-MORENO, Alba}, DNI {I:51093724Y}, F. nac. {B:02/03/1995}\n"
     "Domicilio: {A:Calle Mayor 8}, {A:2º izda}, {A:50001} {C:Zaragoza}\n"
     "Motivo: valoración por Psiquiatría.\n"
     "Dr. {P:Jordi Vilaró Serra}"),
    ("referral_letter",
     "Referral to ENT clinic\n"
     "Name: {P:Achieng' Atieno Odhiambo}, F, 29\n"
     "ID No. {I:28471936}, NHIF {I:R4829173}\n"
     "Residence: {A:Othaya Road}, {A:Apt 7C}, {C:Kileleshwa}, {C:Nairobi}\n"
     "Tel {T:0711 482 936}\n"
     "Referred by: Dr. {P:Kiprotich Langat}"),
    ("referral_letter",
     "Dear Dr {P:MacAulay},\n"
     "I would be grateful if you could see Mr {P:Ruairidh MacLennan}, DOB {B:21.06.1944}, CHI {I:2106444877}.\n"
     "{A:Tigh na Mara}, {A:12 Shore Road}, {C:Oban} {A:PA34 4LY}\n"
     "His wife {P:Morag} is his main carer; {P:Ruairidh} is hard of hearing.\n"
     "Yours, Dr {P:Eilidh Sutherland}"),

    # --- payment updates ----------------------------------------------------------------------------------------
    ("payment_update",
     "Billing system – payment method change\n"
     "Customer: {P:Violet Ashdown-Pryce} ({E:violet.ap@icloud.com})\n"
     "Old card: {I:4983 0561 7742 2909}\n"
     "New card: {I:3742 910583 62172}\n"
     "Changed by agent {P:ngozi.eze} after a call from {T:+44 7700 482 193}"),
    ("payment_update",
     "Direct Debit mandate amendment\n"
     "Payer: {P:Cormac Ó Briain}\n"
     "New IBAN: {I:IE22 AIBK 9311 5248 1937 06}\n"
     "Address: {A:41 Páirc na Coille}, {C:Galway} {A:H91 E2R7}\n"
     "Confirmed by phone {T:+353 87 418 2037}."),
    ("payment_update",
     "Änderung Zahlungsdaten\n"
     "Kontoinhaberin: {P:Leonie Baumgärtner}\n"
     "Neue IBAN: {I:DE07 4306 0967 1048 2931 75}\n"
     "Anschrift: {A:Hauptstraße 112}, {A:69117} {C:Heidelberg}\n"
     "Telefon: {T:06221 482917}"),
    ("payment_update",
     "Payment update – refund to bank\n"
     "Holder: {P:Aditya Bhattacharya}, A/c {I:0482019173645} (Canara Bank)\n"
     "Registered mobile {T:+91 90070 41825}\n"
     "Address: {A:14/2 Sultan Alam Road}, {C:Tollygunge}, {C:Kolkata} {A:700033}\n"
     "Requested by his father {P:Subrata Bhattacharya} on the same call."),
    ("payment_update",
     "Actualización de método de pago\n"
     "Titular: {P:Ximena Valdivia Rocha}\n"
     "Tarjeta nueva: {I:4315-8209-4477-1602}\n"
     "Correo: {E:ximena.valdivia@gmail.com} · Tel: {T:+56 9 8482 1736}\n"
     "Dirección de facturación: {A:Av. Providencia 2133}, {A:depto. 708}, {C:Providencia}, {C:Santiago}"),
    ("payment_update",
     "Zahlungsänderung\n"
     "Kundin: {P:Corinne Wälchli-Imboden}\n"
     "IBAN {I:CH97 0076 2162 8473 9100 A}\n"
     "Adresse: {A:Spitalgasse 28}, {A:3011} {C:Bern}\n"
     "Tel. {T:+41 31 482 91 73}"),
    ("payment_update",
     "ACH update confirmation\n"
     "Payee: {P:DeShawn M. Whitaker}\n"
     "Account {I:4829173605}; backup card {I:6011 2846 3095 1725}\n"
     "Mailing address: {A:PO Box 2281}, {C:Jackson}, MS {A:39225}\n"
     "Updated per call; spoke with {P:DeShawn} and his accountant {P:Penny Lusk}."),
    ("payment_update",
     "Zmiana karty płatniczej\n"
     "Klientka: {P:Małgorzata Dąbrowska-Kuś}\n"
     "Nowa karta: {I:2229\u00a01740\u00a03358\u00a08611}\n"
     "Adres rozliczeniowy: {A:al. Jana Pawła II 27/114}, {A:00-867} {C:Warszawa}\n"
     "Telefon: {T:+48\u2009512\u2009483\u2009907}"),
    ("payment_update",
     "Payment update\n"
     "Customer: {P:KONSTANTINOS ALEXIOU}\n"
     "IBAN: {I:GR16 0110 1250 0000 0001 2300 695}\n"
     "Address: {A:Tsimiski 84}, {A:546 22} {C:Thessaloniki}\n"
     "Requested by his wife {P:Vasiliki}; {P:Konstantinos} confirmed by e-mail."),
    ("payment_update",
     "Atualização de débito direto\n"
     "Titular: {P:Rui Manuel dos Santos Pires}\n"
     "IBAN: {I:PT98 0035 0065 0001 4837 2910 5}\n"
     "Morada: {A:Rua de Cedofeita 402}, {A:3.º Dto}, {A:4050-174} {C:Porto}\n"
     "Contacto: {T:+351 934 820 176}"),
    ("payment_update",
     "Payment update\n"
     "Customer: {P:Fatima Al-Suwaidi}\n"
     "IBAN: {I:AE52 0260 0010 1573 8291 604}\n"
     "Address: {A:Villa 18}, {A:Street 27B}, {C:Al Warqa 3}, {C:Dubai}; {A:P.O. Box 482193}\n"
     "Mobile {T:+971 56 418 2937}"),

    # --- tax forms ----------------------------------------------------------------------------------------------
    ("tax_form",
     "Form W-9 (summary)\n"
     "Name: {P:Victor J. Oyelowo-Hart}\n"
     "Business name: —\n"
     "SSN: {I:671-20-4835}\n"
     "Address: {A:5510 Juniper Ave}, {C:Lakewood}, CO {A:80226}\n"
     "Signed: {P:V. Oyelowo-Hart}   Date: 01/15/2024"),
    ("tax_form",
     "SA100 – Personal details\n"
     "Name: MR {P:A P GOVINDARAJAN}\n"
     "National Insurance number: {I:SH 47 20 81 A}\n"
     "Address: {A:The Old Forge}, {A:Church Lane}, {C:Little Haddon}, {A:CB21 6LX}\n"
     "Date of birth: {B:23 08 1971}\n"
     "Phone: {T:01223 482917}"),
    ("tax_form",
     "ITR-1 acknowledgement\n"
     "Name: {P:RAMESH KUMAR YADAV}   PAN: {I:AFHPY4719K}\n"
     "Aadhaar: {I:8352 7164 0948}\n"
     "Address: {A:Flat 704, Tower C}, {A:Gaur Saundaryam, Sector 4}, {C:Greater Noida West} {A:201306}\n"
     "DOB: {B:12/10/1982}\n"
     "Email: {E:rkyadav1982@yahoo.in}"),
    ("tax_form",
     "Einkommensteuererklärung 2023 – Hauptvordruck\n"
     "Steuerpflichtige: {P:Ayşe Öztürk}, Identifikationsnummer {I:47182039469}\n"
     "Geburtsdatum: {B:17.06.1984}\n"
     "Ehegatte: {P:Murat Öztürk}, IdNr. {I:58309147253}\n"
     "Anschrift: {A:Kolonnenstraße 8}, {A:10827} {C:Berlin}\n"
     "IBAN für die Erstattung: {I:DE38 6605 0101 0218 3749 06}"),
    ("tax_form",
     "Déclaration des revenus – extrait\n"
     "Déclarant : {P:LEMAIRE-ROUX Gaspard}, NIR {I:1 79 02 13 055 087 37}\n"
     "Né le {B:12/02/1979} à {C:Marseille}\n"
     "Adresse : {A:Appartement 12}, {A:47 rue Paradis}, {A:13006} {C:Marseille}\n"
     "Conjointe : {P:Inès Lemaire-Roux}"),
    ("tax_form",
     "Modelo 100 – datos del declarante\n"
     "NIF: {I:X9402735J}\n"
     "Apellidos y nombre: {P:MOKHTARI BENALI, YOUSSEF}\n"
     "Domicilio: {A:Carrer de Sant Pau 71}, {A:4t 1a}, {A:08001} {C:Barcelona}\n"
     "Teléfono: {T:+34 634 82 91 07}\n"
     "Fecha de nacimiento: {B:30/11/1990}"),
    ("tax_form",
     "Aangifte inkomstenbelasting – persoonsgegevens\n"
     "Naam: {P:J.W.M. van den Heuvel}\n"
     "BSN: {I:118394605}   Geboortedatum: {B:04-04-1963}\n"
     "Adres: {A:Dorpsstraat 112}, {A:5261 AE} {C:Vught}\n"
     "Fiscaal partner: {P:Marieke van den Heuvel-Smits}"),
    ("tax_form",
     "PIT-37 – dane podatnika\n"
     "Nazwisko: {P:KAMIŃSKA}\n"
     "Imię: {P:Zofia}\n"
     "PESEL: {I:02241507388}   Data urodzenia: {B:15.04.2002}\n"
     "Adres: {A:ul. Grunwaldzka 45/8}, {A:31-524} {C:Kraków}"),
    ("tax_form",
     "Modello 730 – frontespizio\n"
     "Contribuente: {P:ESPOSITO Carmela}\n"
     "Codice fiscale: {I:SPSCML68E61F839A}\n"
     "Nata a {C:Napoli} il {B:21/05/1968}\n"
     "Residenza: {A:Via Toledo 256}, {A:80134} {C:Napoli}\n"
     "IBAN per il rimborso: {I:IT87 X030 6909 6061 0000 0128 374}"),
    ("tax_form",
     "Declaração IRPF 2024 – identificação\n"
     "Nome: {P:Thiago dos Santos Figueiredo}   CPF: {I:318.504.927-60}\n"
     "Data de nascimento: {B:27/08/1989}\n"
     "Endereço: {A:Rua Jerônimo Lemos, 455}, {A:apto 82}, {C:São Paulo}/SP, {A:04118-030}\n"
     "Cônjuge: {P:Larissa Mendes Figueiredo}, CPF {I:264.813.097-78}"),
    ("tax_form",
     "Inkomstdeklaration 1 – inkomstår 2023\n"
     "Namn: {P:Åkesson, Elin}\n"
     "Personnummer: {I:850314-2385}\n"
     "Adress: {A:Linnégatan 14 lgh 1102}, {A:413 04} {C:Göteborg}\n"
     "Telefon: {T:070-482 19 37}"),

    # --- customer reviews ---------------------------------------------------------------------------------------
    ("customer_review",
     "★★★★★ {P:Sandra K.}, {C:Leicester}\n"
     "Absolutely brilliant service. {P:Mark} in the {C:Oadby} branch sorted my phone in 20 minutes.\n"
     "Will definitely be back!"),
    ("customer_review",
     "★☆☆☆☆ {P:grumpy_geoff}\n"
     "Courier left my parcel at number 14 instead of {A:41 Hazelmere Road}. The driver (I think his name was "
     "{P:Kieran}) didn't even knock.\n"
     "Reply from Swiftline: Sorry {P:Geoff}, we've raised it with the depot."),
    ("customer_review",
     "{P:Sabine W.} · DE · 3 Bewertungen\n"
     "Sehr freundliche Beratung durch Herrn {P:Kowalski}. Die Lieferung nach {C:Bremen} hat aber 2 Wochen gedauert.\n"
     "Antwort des Unternehmens: Liebe {P:Sabine}, danke für Ihr Feedback!"),
    ("customer_review",
     "{P:Karthikeyan Subramaniam}\n"
     "Local Guide · 48 reviews\n"
     "Good biryani but service was slow. Manager Mr. {P:Joseph} apologised. Parking on Anna Salai is a nightmare.\n"
     "Owner reply: Thank you {P:Karthikeyan} sir, we will improve."),
    ("customer_review",
     "Opinión de {P:Marisa Luengo}, {C:Valladolid}\n"
     "El hotel genial. La recepcionista, {P:Rocío}, nos cambió de habitación sin problema.\n"
     "Respuesta del hotel: ¡Gracias {P:Marisa}! Se lo diremos a {P:Rocío}."),
    ("customer_review",
     "Title: Crashes on login\n"
     "By {P:mei_ling_tan}, 2 Feb\n"
     "App crashes every time. Support ({P:Hope}) asked for my email, sent it: {E:meiling.tan89@gmail.com}, no reply.\n"
     "1/5"),
    ("customer_review",
     "Avis de {P:Hélène Marchetti-Dubois}\n"
     "Achat vérifié. Produit reçu cassé, et le livreur l'a laissé devant le {A:12 rue des Acacias} au lieu du 21.\n"
     "Service client ({P:Rachid}) très réactif, remboursement en 48h."),
    ("customer_review",
     "Review by {P:Yuki}\n"
     "Stayed at {P:Frank}'s place in {C:Bristol}. {P:Frank} was a great host and even drove us to Temple Meads.\n"
     "Only minus: the flat at {A:58 Cotham Brow} has steep stairs."),
    ("customer_review",
     "{P:Tamara J.} – {C:Oakland}, CA\n"
     "Dr {P:Okonjo} and his hygienist {P:Crystal} were amazing. Front desk ({P:Rich}) even called me at "
     "{T:510-482-3170} to remind me.\n"
     "5 stars."),
    ("customer_review",
     "{P:Burak Ç.} – 5/5\n"
     "{C:Beşiktaş} şubesinde {P:Elif} Hanım çok yardımcı oldu. Telefonumu aynı gün tamir ettiler.\n"
     "Teşekkürler {P:Elif}!"),
    ("customer_review",
     "{P:김민준} ★★★★☆\n"
     "배송 빨랐어요. 기사님 ({P:이성호}) 친절하셨습니다.\n"
     "판매자 답변: 감사합니다 {P:민준}님!"),

    # --- PII-free look-alikes -----------------------------------------------------------------------------------
    ("pii_free",
     "Parkinson's disease: early signs\n"
     "Tremor, slow movement and stiffness are the main features.\n"
     "See also Alzheimer's disease and Huntington's chorea."),
    ("pii_free",
     "Menu – Spring\n"
     "Eggs Benedict with hollandaise\n"
     "Beef Wellington for two\n"
     "Pavlova with passion fruit"),
    ("pii_free",
     "Release notes 4.12.0.3\n"
     "Fixed a crash introduced in build 10.2.1.44.\n"
     "Minimum Android version: 8.1.0."),
    ("pii_free",
     "Storm Ciarán brought gusts of 90 mph to the south coast on Thursday.\n"
     "Storm Henk followed in January, and Storm Isha a week later."),
    ("pii_free",
     "Our Mission\n"
     "Customer First\n"
     "Quality Without Compromise\n"
     "Built By Hand Since 1921"),
    ("pii_free",
     "Name: ____________________\n"
     "Date of birth: __/__/____\n"
     "Address: ______________________________\n"
     "Phone: (   )    -\n"
     "Email: __________@__________"),
    ("pii_free",
     "Open roles\n"
     "Head of People\n"
     "Senior Account Manager\n"
     "Chief Medical Officer\n"
     "Director, Risk & Compliance"),
    ("pii_free",
     "Ben & Jerry's, Tommy Hilfiger and Ralph Lauren all posted higher sales.\n"
     "Marks & Spencer opened two stores while John Lewis closed one."),
    ("pii_free",
     "Calendar\n"
     "Monday 6 May – bank holiday\n"
     "Wednesday: stand-up moved to 10:30\n"
     "June and August are the busiest months; April is quiet."),
    ("pii_free",
     "The Wall Street Journal ran a piece on Fifth Avenue rents.\n"
     "Downing Street declined to comment."),
    ("pii_free",
     "Part number 07-4482-1930 replaces 07-4482-1929.\n"
     "Spec ISO 9001:2015, EN 1090-2.\n"
     "Serial range 100.200.300.400 is reserved."),
    ("pii_free",
     "Newton's laws, the Doppler effect and Ohm's law are covered in week 3.\n"
     "Students then apply Bernoulli's principle to pipe flow."),
    ("pii_free",
     "Specials: Margherita pizza, Caesar salad, Peach Melba and Beef Stroganoff.\n"
     "Dessert of the day: Eton mess."),
    ("pii_free",
     "Typhoon Haiyan and Hurricane Katrina remain the benchmarks for insurers.\n"
     "Cyclone Freddy lasted more than a month."),
    ("pii_free",
     "Shopping list: Earl Grey tea, Granny Smith apples, Bloody Mary mix, a Tom Collins glass.\n"
     "Also a bottle of Captain Morgan and some Jack Daniel's."),
    ("pii_free",
     "Will you grant a grace period? We hope so. Mark the invoice as paid and bill the rest in May.\n"
     "Rose gold and jade green are the new colours; violet and amber are sold out.\n"
     "Frank feedback is welcome, and art prints are 20% off."),
    ("pii_free",
     "Annual General Meeting\n"
     "Terms And Conditions Of Sale\n"
     "Frequently Asked Questions\n"
     "Privacy Notice For Customers"),
    ("pii_free",
     "IBAN: ____ ____ ____ ____ ____\n"
     "Sort code: __-__-__\n"
     "Account holder: [Full Name]\n"
     "Signature: ____________ Date: ________"),
    ("pii_free",
     "The advert shows runners on Abbey Road, the Champs-Élysées and Las Ramblas.\n"
     "The Golden Gate Bridge appears in the final shot."),
    ("pii_free",
     "Upgrade from 2.14.3.1 to 2.15.0.7 before Windows build 10.0.19045 is retired.\n"
     "The OID 1.2.840.113549 identifies RSA."),
    ("pii_free",
     "Conditions covered: Crohn's disease, Graves' disease, Tourette syndrome and Asperger's.\n"
     "Tests: Glasgow Coma Scale, Apgar score."),
    ("pii_free",
     "Nobel Prize, Pulitzer Prize, Victoria Cross and Davis Cup results are on page 4."),
    ("pii_free",
     "Queue stats\n"
     "Ticket 48213 closed\n"
     "Order 55-10482 shipped\n"
     "Invoice INV-2024-0917 paid\n"
     "Average handle time 4:12"),
]


def dev7_records() -> list[Labelled]:
    """The seventh hand-written development records, parsed (gold spans on field `text`)."""
    return [parse_marked(kind, marked) for kind, marked in RECORDS]
