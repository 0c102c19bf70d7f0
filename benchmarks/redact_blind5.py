"""A fifth hand-written gold set for `redact_quality`: a BLIND test of how the redaction detector generalises to
realistic records it was not built from. Only aggregate scores (per-type precision/recall) are ever printed for it;
its records are never shown in miss reports and nothing is ever tuned on it. Written without reading the detector's
rules, its name lists, earlier gold sets' records or any benchmark results.

Records look like the data of many different organisations, in 14 styles with roughly equal counts: support
tickets, clinical notes, HR e-mails, chat logs (including lower-case chats, WhatsApp/Slack/Discord exports and SMS
threads), ops and server logs (web, SSH, firewall, mail, cloud audit, CDR), CSV rows (with and without a header,
comma/semicolon/tab/pipe separated, quoted), postal address blocks, bank notes, CRM notes, forum posts, referral
letters, payment/billing updates, tax forms, and customer reviews/complaints; plus PII-free look-alikes
(`pii_free`: people-like brands such as "Marks & Spencer" or "John Lewis", eponyms such as "Crohn's disease" or
"Bell's palsy", dishes named after people, storm names, famous streets and place names in prose, Title Case
headings, months and weekdays, an empty form template, version numbers shaped like IP addresses).

People come from many cultures: Cornish, Manx, Irish, Scottish Gaelic, Icelandic, Finnish, Estonian, Lithuanian,
Polish, Slovak, Hungarian, Romanian, Croatian, Bosnian, Albanian, Georgian, Armenian, Turkish, Kurdish, Pashto,
Urdu, Kannada, Malayalam, Odia, Assamese, Burmese, Khmer, Hmong, Mongolian, Uyghur, Korean, Japanese, Hokkien,
Cebuano, Maori, Tongan, Wolof, Fula, Tigrinya, Oromo, Kinyarwanda, Shona, Tswana, Berber (Kabyle), Egyptian, Iraqi,
Yemeni, Mexican, Peruvian, Cuban, Puerto Rican, Cajun/Acadian, Appalachian English, Jamaican, Trinidadian, Danish,
Norwegian, Swedish, Dutch, Flemish, German, Austrian, Italian and Portuguese; written in the forms real data has:
`SURNAME, Given`, `SURNAME/GIVEN MS` (PNR order), `SURNAME Given`, East Asian family name first (in Latin script,
Hangul and kanji), all caps, initials, particles (de los, van, ter, Ó, Nic, Mac, bin, bint, El-, Abu, da, della,
Ter-, Der), diacritics, hyphenated surnames, lone given names in greetings and sign-offs, lower-case chat names,
user names and handles built from names, possessives, a name given in full once and later in another form, and
given names that are also English words (Hope, Faith, Sunny, Dawn, Pearl, Colt, Gene, Drew, Ray). Addresses follow
the real formats of the UK, Isle of Man, Ireland, Germany, France, Belgium, the Netherlands, Switzerland, Austria,
Denmark, Sweden, Poland, Lithuania, Slovakia, Croatia, Bosnia, Georgia, Italy, Spain, India, Pakistan,
the US (incl. Puerto Rico), Canada, Mexico, Australia, New Zealand, Japan, South Korea, South Africa, Senegal,
Trinidad and Nigeria. Some exports carry Unicode oddities: a no-break or thin space inside a number, a zero-width
space inside an e-mail address, a full-width at sign, curly quotes.

Every value (names, streets, house numbers, postcodes, phones, e-mails, identifiers, IP addresses) was invented for
this file; none was copied from other files in benchmarks/, from Faker, presidio-evaluator or configs/, and
pipeline/ never reads it. Identifiers whose scheme publishes a check digit carry a valid one, computed for this file
(Luhn: cards, Swedish personnummer, South African ID, Canadian SIN, Mexican NSS; IBAN mod 97; Finnish HETU; Danish
CPR; Norwegian fødselsnummer; Icelandic kennitala; Dutch BSN; Belgian national number; Polish PESEL; Portuguese
NIF; Spanish DNI/NIE; Italian codice fiscale; French NIR; NHS number; Irish PPSN; German Steuer-ID and Croatian OIB
(ISO 7064); German KVNR; Estonian/Lithuanian personal codes; Bosnian JMBG; Turkish TC Kimlik; Slovak birth number;
Hungarian TAJ; Korean RRN; Japanese My Number; Aadhaar (Verhoeff); Australian TFN and Medicare; NZ IRD and NHI;
Mexican CURP; VIN). tests/test_redact_blind5.py checks each of them. Others (US SSN, UK NINO and UTR, CNIC, PAN,
Egyptian national ID, Georgian personal number, Peruvian DNI, Portuguese SNS number, passports, licences, plates,
MRNs, member numbers, bank account numbers) only have the shape of real ones.

Markup as in redact_dev.py: `{P:...}` PERSON (titles such as "Mr", "Dr", "Frau", "Shri", "Daw", "Kuya" stand
outside; a handle's leading "@" or "u/" stands outside), `{A:...}` ADDRESS (street line with its number, flat/unit/
building line, P.O. box, postcode; each part marked separately as it appears), `{E:...}` EMAIL_ADDRESS, `{T:...}`
PHONE_NUMBER, `{I:...}` ID (national and tax IDs, card numbers, IBANs, bank account numbers, passports, medical
record / hospital numbers, health plan member numbers, driver licences, vehicle plates and VINs), `{B:...}`
DATE_OF_BIRTH (only the date next to a birth cue such as "DOB", "born", "geb.", "née le", "nato il" or a `dob`
column; the cue stays outside), `{N:...}` IP_ADDRESS, and `{C:...}` a town, city or district (neutral, not scored as
PII; in `pii_free` records place names are deliberately left unmarked, so redacting them counts as a false
redaction). Countries, states, organisations, products, order/ticket/case/policy numbers, card last-four digits, sort
codes and ordinary dates are not marked; spelled-out numbers do not occur.
"""

from __future__ import annotations

from benchmarks.redact_data import Labelled
from benchmarks.redact_dev import parse_marked

RECORDS: list[tuple[str, str]] = [
    # --- support tickets ----------------------------------------------------------------------------------------
    ("support_ticket",
     "Ticket #CS-204817 | Priority: P3 | Channel: web form\n"
     "Subject: can't reset 2FA after changing phone\n"
     "Requester: {P:Breesha Quilliam} <{E:breesha.q@mona-mail.im}>\n"
     "Old number {T:07624 318 552}, new one is {T:+44 7624 491 036}. She says the SMS never arrives on the new "
     "handset.\n"
     "Agent note: verified identity via last invoice amount. Reset token issued, closing if no reply by Friday."),
    ("support_ticket",
     "#58213 — Account locked (too many attempts)\n"
     "Reported by: {P:HYVÄRINEN, Tuomo}\n"
     "Source IP in auth log: {N:91.152.47.208}, then {N:91.152.47.211} two minutes later.\n"
     "User confirms both were him (home fibre + phone hotspot). Unlocked, advised to set up a passkey.\n"
     "Contact back on {T:+358 40 718 2395} if it recurs."),
    ("support_ticket",
     "Zendesk #771204\n"
     "Hi team, parcel for order 40-118273 came with the box crushed. Customer: {P:Mele Taumoepeau}, delivery to "
     "{A:Unit 6/18 Banksia Parade}, {C:Mullumbimby} NSW {A:2482}.\n"
     "She's asked for a replacement instead of a refund — can we ship from the {C:Brisbane} DC?\n"
     "— {P:Kai}"),
    ("support_ticket",
     "Case 2024-JP-0917\n"
     "Customer name: {P:TSUJIMOTO Ren} (family name first as registered)\n"
     "Phone: {T:090-4827-1653}\n"
     "Issue: firmware update bricked the router; LED stays amber.\n"
     "RMA label sent to {A:3-14-7 Kitazawa}, {C:Setagaya-ku}, {C:Tokyo} {A:155-0031}.\n"
     "{P:Tsujimoto}-san prefers e-mail in English: {E:ren.tsujimoto@kitazawa-lab.jp}"),
    ("support_ticket",
     "Helpdesk ticket 11934 (IT)\n"
     "User: {P:Gintarė Vaitkutė}, Finance, 3rd floor\n"
     "Mail bouncing for {E:gintare.vaitkute\u200b@baltrenta.lt} — looks like someone pasted the address from a PDF.\n"
     "Laptop asset tag LT-0442, static IP {N:10.40.12.77}.\n"
     "Fixed the alias, asked {P:Gintarė} to re-test."),
    ("support_ticket",
     "[VOC-8832] 배송 지연 / delivery delay\n"
     "Name: {P:Gong Min-seo}\n"
     "Address: {A:Apt 1203, Building 105}, {A:42 Olympic-ro 35-gil}, {C:Songpa-gu}, {C:Seoul} {A:05510}\n"
     "Mobile {T:010-4821-7736}\n"
     "Customer says the courier left a note but nobody rang. Rebooked for Saturday AM."),
    ("support_ticket",
     "Ticket 90412 — billing dispute\n"
     "Customer wrote: \"why was i charged twice?? card ending 6276\" and then pasted the full number "
     "{I:4546\u20090731\u20098295\u20096276} into the chat.\n"
     "PAN masked in CRM, original message purged per PCI procedure.\n"
     "Account name: {P:Ottis Ray Caudill}, {C:Hindman}, KY."),
    ("support_ticket",
     "Airline support — PNR QX7T4M\n"
     "{P:MBENGUE/BABACAR} MR   DKR-CDG-YUL   seat 32K\n"
     "{P:THIAW/AMINATA} MS   DKR-CDG-YUL   seat 32J\n"
     "Request: move both to 4 Dec, pax will pay the fare difference. Passport on file for MR: {I:A04827163}.\n"
     "Callback {T:+221 77 418 26 93}"),
    ("support_ticket",
     "Folio 2291-MX | Soporte técnico\n"
     "Cliente: {P:Ximena Ocampo Ruelas} (titular: {P:Maximiliano de los Santos Treviño})\n"
     "Tel. {T:+52 951 514 2837}\n"
     "Dirección de instalación: {A:Calle Jazmines 118}, Col. {C:Reforma}, {A:68050} {C:Oaxaca de Juárez}, Oax.\n"
     "El módem no sincroniza desde la tormenta del martes. Se programa visita técnica."),
    ("support_ticket",
     "Ticket 3318 — outage credit\n"
     "Account holder: {P:Mereana Paewai}, ICP for {A:27 Kowhai Crescent}, {C:Maungatapu}, {C:Tauranga} {A:3112}\n"
     "{P:Mereana}’s medically dependent flag is set — escalate any outage over 4h.\n"
     "Best contact {T:027 473 8620}."),
    ("support_ticket",
     "SR-004471 (library IT)\n"
     "Patron {P:Pa Nhia Vang} can't log in to the e-book app after the migration.\n"
     "Phone on file: {T:(651)\u00a0482-7350}\n"
     "Reset her PIN and sent instructions to {E:panhia.vang@stpaulmail.net}."),
    ("support_ticket",
     "Request #A-1187 — wrong name on certificate\n"
     "The course certificate reads \"{P:Siranush Hakobyan}\" but should be {P:Siranush Hakobjanyan}.\n"
     "Please reissue and e-mail it to {E:s.hakobjanyan@araratsoft.am}. No charge."),
    ("support_ticket",
     "INC0081244 — VPN profile\n"
     "Caller: {P:Ei Phyu Sin} (contractor)\n"
     "Cannot reach the intranet from the {C:Yangon} office, gateway {N:103.25.14.9} times out.\n"
     "Workaround: use the {C:Singapore} gateway. Caller's mobile {T:+95 9 4502 81736}."),
    # --- clinical notes -----------------------------------------------------------------------------------------
    ("clinical_note",
     "ED triage note 02:14\n"
     "Pt: {P:TREVASKIS, Morwenna}   NHS no. {I:486 120 9374}   DOB {B:16/08/1975}\n"
     "PC: R-sided abdominal pain 6h, vomiting x3. Obs: HR 104, BP 118/76, T 37.9.\n"
     "PMH: Crohn's disease (on azathioprine). NOK husband {P:Jory} {T:07841 326 590}.\n"
     "Plan: bloods, CT abdo, surgical review. — {P:S. Penrose}, ED reg"),
    ("clinical_note",
     "Päivystyskäynti / ER visit\n"
     "Potilas: {P:Siiri Laukkanen}, HETU {I:140683-4626}\n"
     "Tulosyy: ankle sprain on ice, Ottawa rules negative, no X-ray.\n"
     "Kontrolli terveysasemalla 1 vk.\n"
     "Lääkäri: {P:Puustinen}"),
    ("clinical_note",
     "OPD Slip — Dept. of Cardiology\n"
     "Name: {P:Aswathy Nambiar}   Age/Sex: 46/F   UHID: {I:KMC-0048271}\n"
     "Addr: {A:TC 14/1182, Kuravankonam Lane}, {C:Thiruvananthapuram} {A:695004}\n"
     "C/o palpitations; ECG: SVT, reverted with adenosine in casualty. Echo normal.\n"
     "Rx: metoprolol 25 mg BD. Review 2/52.\n"
     "Mob: {T:+91 94471 60283}"),
    ("clinical_note",
     "Journalnotat — almen praksis\n"
     "{P:Aksel Bøgh-Nørgaard}, CPR {I:230579-1833}\n"
     "Ses til kontrol af hypertension. BT 142/91. Øger amlodipin til 10 mg.\n"
     "Ny tid om 3 mdr. Tlf. {T:+45 28 41 73 96}"),
    ("clinical_note",
     "GP progress note — Dr {P:Hēmi Rangiwai}\n"
     "Patient: {P:Lupe Vainikolo}, DOB: {B:03.11.1992}, Medicare {I:2741 93868 1}\n"
     "Antenatal visit, 28/40. Fundal height 28 cm, FHR 142. GTT booked.\n"
     "Iron studies low — start ferrous sulfate. Partner {P:Siosaia} present."),
    ("clinical_note",
     "Progress Note — Family Medicine\n"
     "Patient: {P:Txeng Lor}   MRN: {I:00482716}   DOB: {B:1961-07-02}\n"
     "Hmong interpreter {P:Nou Yang} present for the whole visit.\n"
     "A1c 8.9, up from 7.6. Discussed diet and rice portions. Start empagliflozin 10 mg.\n"
     "Insurance: member ID {I:XQH482719306}"),
    ("clinical_note",
     "Huisartsenpost — consult\n"
     "Naam: mevr. {P:F. ter Horst}\n"
     "BSN: {I:316840270}   Geb.datum: {B:22-02-1958}\n"
     "Klacht: koorts en hoesten sinds 4 dagen, saturatie 93%. Verdenking pneumonie, amoxicilline gestart.\n"
     "Morgenochtend terugbellen op {T:06-48213759}."),
    ("clinical_note",
     "Bráðamóttaka — skráning\n"
     "Sjúklingur: {P:Hrafnkell Þorvarðarson}, kt. {I:170992-3779}\n"
     "Datt af reiðhjóli, 3 cm skurður á enni, saumaður x5. Engin meðvitundarskerðing.\n"
     "Faðir hans, {P:Þorvarður Snæbjörnsson}, sótti hann. Sími {T:+354 862 4471}."),
    ("clinical_note",
     "Migrant clinic — new patient\n"
     "Patient: Daw {P:Khin Nyein Chan}, 58, F.   Clinic no. {I:MS-24-07193}\n"
     "Hx: cough 5 wks, night sweats, wt loss 4 kg. Sputum GeneXpert sent.\n"
     "Son {P:Kyaw Zin Htet} translates; phone {T:+66 81 472 6630}."),
    ("clinical_note",
     "Karta informacyjna — SOR\n"
     "Pacjent: {P:Bartłomiej Ząbek}, PESEL {I:91061843271}\n"
     "Rozpoznanie: złamanie dalszej nasady kości promieniowej lewej. Unieruchomienie w gipsie.\n"
     "Adres: {A:os. Złotego Wieku 41/118}, {A:31-616} {C:Kraków}"),
    ("clinical_note",
     "Dietetics clinic — copy to GP\n"
     "Re: Mrs {P:Afrah bint Ali Al-Maqtari}, hospital no. {I:RX4418207}\n"
     "Gestational diabetes; Ramadan fasting plan discussed. Her husband, Mr {P:Al-Maqtari}, asked about metformin "
     "timing around suhoor.\n"
     "Next appointment Tuesday 10:40, Clinic 3."),
    ("clinical_note",
     "Ambuláns lap — fül-orr-gégészet\n"
     "Név: {P:Szőke Benedek}   TAJ: {I:048 271 932}\n"
     "Dg.: J03.9 akut mandulagyulladás. Th.: penicillin V 3x1,5 MNE 10 napig.\n"
     "Tel.: {T:+36 30 418 2763}"),
    ("clinical_note",
     "ANC booking — clinic card\n"
     "Name: {P:Boitumelo Kgosiemang}   ID: {I:9308270145087}\n"
     "G2P1, LMP uncertain, dating scan booked. Hb 10.8 — start iron.\n"
     "HIV test declined today, counselled; offer again next visit.\n"
     "Cell {T:072 418 3306}"),
    ("clinical_note",
     "Hauora clinic — nurse note\n"
     "Patient: {P:Wiremu Tipene}   NHI {I:LMT7393}\n"
     "Diabetes annual review: HbA1c 61, feet and eyes checked, retinal photos booked.\n"
     "His daughter {P:Hinemoa} comes with him and manages the pill organiser.\n"
     "Nurse: {P:Hoàng Ngọc Diễm}, RN"),
    # --- HR e-mails ---------------------------------------------------------------------------------------------
    ("hr_email",
     "From: People Team <{E:people@kelda-robotics.co.uk}>\n"
     "To: {E:dilovan.zebari@gmail.com}\n"
     "Subject: Your offer — Senior Test Engineer\n\n"
     "Dear {P:Dilovan},\n\n"
     "We're delighted to confirm your start date of Monday 3 March. On day one please bring your passport; we have "
     "your National Insurance number as {I:PW 62 08 94 B} — shout if that's wrong.\n\n"
     "Kind regards,\n"
     "{P:Rezan Hawrami}\n"
     "People Partner"),
    ("hr_email",
     "Betreff: Unterlagen Lohnabrechnung\n\n"
     "Hallo Frau {P:Pašalić},\n\n"
     "für die Gehaltsabrechnung brauchen wir noch eine Bestätigung Ihrer Daten. Ist die Steuer-ID {I:58392710438} "
     "aus dem Personalbogen korrekt? Als IBAN haben wir {I:DE56 1203 0000 1048 7295 63} notiert.\n"
     "Ihre neue Anschrift {A:Am Eulenhorst 12b}, {A:79117} {C:Freiburg im Breisgau} ist eingetragen.\n\n"
     "Viele Grüße\n"
     "{P:Malte Osterhaus}\n"
     "Personalabteilung"),
    ("hr_email",
     "Hi {P:Ketevan},\n\n"
     "Just to let you know {P:Levan Chkheidze} called in sick this morning and won't make the client demo. Can you "
     "cover the 11:00 call? His note from the clinic is in the shared HR folder.\n\n"
     "Thanks,\n"
     "{P:Tamar}"),
    ("hr_email",
     "Subject: New starter details — {P:Tashana Blagrove}\n\n"
     "Payroll, please set up:\n"
     "Name: {P:BLAGROVE Tashana}\n"
     "Address: {A:Flat 2}, {A:88 Laurel Grove Road}, {C:Hackney}, {C:London} {A:E5 8RT}\n"
     "Sort code 20-47-16, account {I:83521904}\n"
     "NI number {I:JT 48 27 16 C}\n"
     "Start date 14 April. Line manager: {P:Delroy McFarlane}."),
    ("hr_email",
     "From: {E:hwang.doyun@sanbit-games.kr}\n"
     "To: {E:hr@sanbit-games.kr}\n"
     "Subject: resignation\n\n"
     "Dear HR,\n"
     "I would like to resign with effect from 31 May. Please send my final payslip to my personal address "
     "{E:doyun.hwang.92@naver.com}.\n\n"
     "Best,\n"
     "{P:HWANG Doyun}"),
    ("hr_email",
     "Tere {P:Liisi},\n\n"
     "attached is the calibration sheet. {P:Indrek Kõiv}’s rating moved from 3 to 4 after the panel; {P:Kõiv} has not "
     "been told yet, so please keep it confidential until Thursday.\n\n"
     "— {P:Märten}"),
    ("hr_email",
     "Subject: RE: work permit renewal\n\n"
     "> Could you send a scan of your passport bio page?\n\n"
     "Sure — passport no. {I:AB4827163}, issued in {C:Islamabad}, expires 2031. My CNIC is {I:17301-4826193-8} in "
     "case the embassy asks.\n\n"
     "Regards,\n"
     "{P:Spogmai Mohmand}\n"
     "{T:+92 300 5184726}"),
    ("hr_email",
     "Hi all,\n\n"
     "{P:Onalenna Tshekiso} joins the {C:Pretoria} team from {C:Gaborone} on 1 July. The relocation agent will hand "
     "over the keys at {A:14 Jacaranda Close}, {C:Waterkloof Ridge}, {C:Pretoria}, {A:0181}.\n"
     "Her SA ID isn't issued yet, so use her passport for onboarding until then.\n\n"
     "Cheers, {P:Kagiso}"),
    ("hr_email",
     "Subject: Rota swap request\n\n"
     "{P:Gene}, could you swap your Saturday with {P:Drew Quilliam}? {P:Drew}’s daughter has a recital that "
     "afternoon.\n"
     "If yes, reply all and I'll update the rota.\n\n"
     "Thanks\n"
     "{P:Faith Chigumba}\n"
     "Store Manager, {C:Kirkby} branch"),
    ("hr_email",
     "Objet : dossier du personnel\n\n"
     "Madame {P:Van Cauwenberghe},\n\n"
     "Suite à votre demande, nous avons mis à jour votre numéro de registre national ({I:02.03.11-268.76}) et "
     "votre compte {I:BE51 0635 8271 4936}.\n"
     "Nouvelle adresse : {A:Rue du Moulin à Vent 27 bte 4}, {A:5000} {C:Namur}.\n\n"
     "Cordialement,\n"
     "Service RH"),
    ("hr_email",
     "Subject: Cash advance approval\n\n"
     "Hi Ma'am {P:Rosalinda},\n\n"
     "Approved na ang cash advance ni {P:Junrey Cabahug}. Please release on payday. His GCash is {T:0932 518 4470}.\n\n"
     "Salamat,\n"
     "{P:Dodong Ybañez}\n"
     "HR Officer, {C:Mandaue} plant"),
    ("hr_email",
     "Asunto: alta en la Seguridad Social\n\n"
     "Hola {P:Wilmer}:\n\n"
     "Para darte de alta necesitamos tu NIE ({I:Y3819027Y}) y el número de afiliación. Confírmanos también el "
     "domicilio: {A:C/ dels Salers 18}, {A:3º 2ª}, {A:08003} {C:Barcelona}.\n\n"
     "Un saludo,\n"
     "{P:Rocío Huamanchumo}\n"
     "RRHH"),
    ("hr_email",
     "Tema: darbo sutartis\n\n"
     "Sveiki, {P:Šarūnai},\n\n"
     "prieš pasirašydami sutartį prašome patvirtinti asmens kodą {I:37508114410} ir telefono numerį "
     "{T:+370 612 48 397}. Sutartį atsiųsime el. paštu {E:sarunas.mockus@baltrenta.lt}.\n\n"
     "Pagarbiai\n"
     "{P:Vaidotas Kairys}\n"
     "Personalo skyrius"),
    # --- chat logs ----------------------------------------------------------------------------------------------
    ("chat_log",
     "[09:02] <{P:tpurevsuren}> morning, vpn down again?\n"
     "[09:03] <{P:okakoti}> yep since 8:40. {P:rituparna} from netops is on it\n"
     "[09:05] <{P:tpurevsuren}> ok. @{P:sarnai.a} can you push standup to 9:30\n"
     "[09:05] <{P:sarnai.a}> done"),
    ("chat_log",
     "customer: hi my name is {P:nausheen farooqui} i ordered a sofa and it never came\n"
     "agent: sorry to hear that {P:nausheen}, can you share the order number and address?\n"
     "customer: order 66120, deliver to {A:house 47-b, street 12}, {C:f-10/2}, {C:islamabad}\n"
     "agent: got it. a phone number for the driver?\n"
     "customer: {T:0321-4719283}\n"
     "agent: thanks {P:nausheen}, the driver will call before 5"),
    ("chat_log",
     "[12/03/24, 18:41:07] {P:Tendai Chinyoka}: Guys who has the key for the storeroom\n"
     "[12/03/24, 18:42:55] {P:Nyasha}: {P:Tapiwa} took it home I think\n"
     "[12/03/24, 18:43:10] {P:Tapiwa Mupfumira}: Yes sorry 🙈 will bring tomorrow\n"
     "[12/03/24, 18:44:02] {P:Tendai Chinyoka}: ok. Also pls send your EcoCash numbers for the transport refund\n"
     "[12/03/24, 18:45:30] {P:Nyasha}: {T:+263 77 284 1936}"),
    ("chat_log",
     "{P:Chinmayi Bhat}  10:14 AM\n"
     "@{P:Varun Kamath} the invoice for {P:Sahana}'s trip is wrong, they put your PAN {I:AKXPK4827R} on it\n"
     "{P:Varun Kamath}  10:16 AM\n"
     "ugh. hers is {I:BQTPD5813L}, I'll ask the travel desk to reissue\n"
     "{P:Chinmayi Bhat}  10:16 AM\n"
     "👍"),
    ("chat_log",
     "{P:aroha.tewhaiti}: anyone keen for raids tonight\n"
     "{P:colt_fontenot}: ya after 9 central\n"
     "{P:aroha.tewhaiti}: sweet. {P:colt} ur mic was cooked last time lol\n"
     "{P:colt_fontenot}: new headset came today\n"
     "{P:aroha.tewhaiti}: 🙏"),
    ("chat_log",
     "Live chat transcript — 14:22 to 14:31\n"
     "Visitor: Hello, I can't receive the verification email\n"
     "Agent ({P:Keron}): Could you confirm the address on the account?\n"
     "Visitor: {E:mehret.habtezion＠gmail.com}\n"
     "Agent ({P:Keron}): Looks like a full-width ＠ was typed at sign-up, I'll correct it on our side. And the name?\n"
     "Visitor: {P:Mehret Habtezion}\n"
     "Agent ({P:Keron}): Done, the email is on its way."),
    ("chat_log",
     "sms thread export\n"
     "from {T:+1 337 332 8417}: hey its {P:clothilde}, is the boat still for sale\n"
     "to {T:+1 337 332 8417}: yes ma'am, come by {A:1184 grand anse hwy} saturday\n"
     "from {T:+1 337 332 8417}: ok lemme check with {P:beau}, he'll bring the trailer"),
    ("chat_log",
     "Telegram — group “Uyghur students Munich”\n"
     "{P:Gulnisa Rozi}: Does anyone know a flat near {C:Giesing}? my friend {P:Dilnur} arrives in October\n"
     "{P:Abdurehim Memtimin}: there's a WG room at {A:Tegernseer Landstraße 118}, ask my cousin {P:Ablimit}, "
     "{T:0176 4821 9370}\n"
     "{P:Gulnisa Rozi}: rahmet! 🙏"),
    ("chat_log",
     "#ops-night\n"
     "23:10 {P:vannak.oum}: server room temp alarm again\n"
     "23:11 {P:chanthou.meas}: on my way, 10 min\n"
     "23:11 {P:vannak.oum}: ok call me {T:012 847 391} if the door code dont work\n"
     "23:25 {P:chanthou.meas}: in. aircon 2 tripped, reset it. {P:vannak} ur off the hook"),
    ("chat_log",
     "{P:arbnora}: {P:fatos} do u have {P:dritëro}'s new number\n"
     "{P:fatos lleshi}: {T:+383 44 718 263}\n"
     "{P:arbnora}: faleminderit 😘"),
    ("chat_log",
     "[Support bot] Welcome! Please enter your full name\n"
     "> {P:Nermine Shawky}\n"
     "[Support bot] Thanks {P:Nermine}. Enter your mobile number\n"
     "> {T:010 2847 6619}\n"
     "[Support bot] Enter your national ID (14 digits)\n"
     "> {I:29104150102847}\n"
     "[Support bot] Thank you. An agent will call you within 24 hours."),
    ("chat_log",
     "{P:ray}: yuh reach home?\n"
     "{P:anjanie}: yes girl, traffic on the highway was madness\n"
     "{P:ray}: send me yuh address for the invite nah\n"
     "{P:anjanie}: {A:lp 48 ramdass trace}, {C:penal}\n"
     "{P:ray}: ok. tell {P:keron} i say hi"),
    # --- ops and server logs ------------------------------------------------------------------------------------
    ("ops_log",
     "{N:81.137.204.19} - - [14/Mar/2024:07:12:44 +0000] \"POST /api/login HTTP/1.1\" 401 112 \"-\" \"Mozilla/5.0\"\n"
     "{N:81.137.204.19} - - [14/Mar/2024:07:12:46 +0000] \"POST /api/login HTTP/1.1\" 200 981 \"-\" \"Mozilla/5.0\"\n"
     "{N:2a02:c7c:3f41:8e00:91b4:2d1f:6a0e:47c2} - - [14/Mar/2024:07:13:02 +0000] \"GET /account HTTP/2.0\" 200 5120"),
    ("ops_log",
     "2024-05-02T11:04:19Z INFO auth: password reset requested user={E:oyunchimeg.d@tengerbank.mn} "
     "ip={N:202.131.236.18}\n"
     "2024-05-02T11:04:20Z INFO mailer: queued template=reset to={E:oyunchimeg.d@tengerbank.mn}\n"
     "2024-05-02T11:09:51Z WARN auth: reset token used from a different ip={N:103.57.94.201} user_id=88213\n"
     "2024-05-02T11:09:51Z INFO auth: step-up challenge sent sms={T:+976 9911 4826}"),
    ("ops_log",
     "May  7 03:14:09 bastion-2 sshd[4471]: Failed password for invalid user admin from {N:45.141.87.22} port "
     "50312 ssh2\n"
     "May  7 03:14:12 bastion-2 sshd[4471]: Failed password for invalid user oracle from {N:45.141.87.22} port "
     "50318 ssh2\n"
     "May  7 08:01:55 bastion-2 sshd[5120]: Accepted publickey for {P:mhabtezion} from {N:10.8.0.14} port 61022 ssh2\n"
     "May  7 08:01:55 bastion-2 sshd[5120]: pam_unix(sshd:session): session opened for user {P:mhabtezion}"),
    ("ops_log",
     "ERROR 2024-06-11 16:22:07,331 [payments-worker-3] ValidationError: card rejected by issuer\n"
     "  payload: name=\"{P:Ottavia della Corte}\" pan={I:5324 1890 7265 3107} exp=09/27 cap={A:10122}\n"
     "  at PaymentGateway.authorize(Gateway.java:214)\n"
     "WARN  2024-06-11 16:22:07,332 [payments-worker-3] PII detected in log line, ticket SEC-3091 opened"),
    ("ops_log",
     "Jun 18 09:30:01 fw01 kernel: DROP IN=eth0 SRC={N:185.220.101.7} DST={N:62.210.14.88} PROTO=TCP DPT=3389\n"
     "Jun 18 09:30:14 fw01 dhcpd: DHCPACK on {N:192.168.20.143} to 3c:22:fb:91:0e:7a (LAPTOP-{P:EMEHMEDBASIC}) "
     "via eth1\n"
     "Jun 18 09:31:40 fw01 radiusd: user {P:emir.mehmedbasic} authenticated via EAP-TLS"),
    ("ops_log",
     "eventTime=2024-07-01T22:14:09Z eventName=ConsoleLogin userName={P:kuwahara.sayaka} "
     "sourceIPAddress={N:126.77.204.13} mfa=Yes\n"
     "eventTime=2024-07-01T22:15:47Z eventName=CreateAccessKey userName={P:kuwahara.sayaka}\n"
     "eventTime=2024-07-01T22:16:02Z eventName=PutBucketPolicy bucket=kw-backups-prod"),
    ("ops_log",
     "Aug  2 10:41:03 mx1 postfix/smtpd[9912]: connect from unknown[{N:196.200.84.33}]\n"
     "Aug  2 10:41:04 mx1 postfix/cleanup[9920]: 3F1A2C04: message-id=<20240802.ab91@mail.karoo-ops.co.za>\n"
     "Aug  2 10:41:05 mx1 postfix/qmgr[771]: 3F1A2C04: from=<{E:kagiso.molefhi@karoo-ops.co.za}>, size=18211\n"
     "Aug  2 10:41:06 mx1 postfix/smtp[9933]: 3F1A2C04: to=<{E:tesfalem.ghebrehiwet@gmail.com}>, status=sent"),
    ("ops_log",
     "[sync] 2024-08-19 02:00:03 start batch=2291 rows=4180\n"
     "[sync] 2024-08-19 02:00:41 WARN row 1177 phone normalised {T:0911 482 736} -> {T:+251911482736} "
     "(contact: {P:Gadise Waqo})\n"
     "[sync] 2024-08-19 02:01:12 WARN row 2054 duplicate email {E:obsa.tolera@ethiofarm.et} merged into 88410\n"
     "[sync] 2024-08-19 02:03:55 done ok=4178 warn=2 err=0"),
    ("ops_log",
     "Log Name: Security   Event ID: 4625   An account failed to log on.\n"
     "Account Name: {P:r.chigumba}   Account Domain: CORP\n"
     "Workstation Name: HRE-PC-0417   Source Network Address: {N:172.16.40.219}\n"
     "Failure Reason: Unknown user name or bad password."),
    ("ops_log",
     "2024-09-03T06:20:11Z pod/checkout-7f9c upstream connect error peer=[{N:fd12:3a4b:9c0::1f}]:8443\n"
     "2024-09-03T06:20:12Z pod/checkout-7f9c retry 1/3 customer_email={E:coralys.sfigueroa@prmail.com}\n"
     "2024-09-03T06:20:15Z pod/checkout-7f9c ok order=PR-77120"),
    ("ops_log",
     "/home/{P:gnicdhonncha}/backups/2024-10-01.tar.gz: 4.1G ok\n"
     "/home/{P:rmacphail}/backups/2024-10-01.tar.gz: FAILED (disk quota exceeded)\n"
     "rsync to {N:10.20.0.5}::archive exit 0\n"
     "report mailed to {E:sysadmins@donegal-data.ie}"),
    ("ops_log",
     "CDR 2024-10-14 17:02:51 src={T:+61 2 6684 3172} dst={T:0412 783 519} dur=00:04:12 disp=ANSWERED\n"
     "CDR 2024-10-14 17:09:03 src={T:0412 783 519} dst={T:1300 655 506} dur=00:00:00 disp=BUSY\n"
     "CDR 2024-10-14 17:11:40 src=ext-214 (agent {P:Mirza K.}) dst={T:0412 783 519} dur=00:01:55 disp=ANSWERED"),
    # --- CSV rows -----------------------------------------------------------------------------------------------
    ("csv_row",
     "id,first_name,last_name,email,phone,city\n"
     "1042,{P:Morwenna},{P:Keigwin},{E:morwenna.keigwin@kernowmail.co.uk},{T:01736 798 214},{C:Penzance}\n"
     "1043,{P:Orry},{P:Crellin},{E:orry.crellin@manx.net},{T:01624 852 117},{C:Ramsey}\n"
     "1044,{P:Illiam},{P:Kinvig},,{T:07624 213 908},{C:Peel}"),
    ("csv_row",
     "2291;{P:Šarūnas Mockus};{A:Žalgirio g. 88-14};{A:LT-09303};{C:Vilnius};{T:+370 612 48 397}\n"
     "2292;{P:Rūta Žemaitytė};{A:Kalvarijų g. 204-7};{A:LT-08313};{C:Vilnius};{T:+370 698 21 544}\n"
     "2293;{P:Katarína Šimková};{A:Mlynská 7};{A:040 01};{C:Košice};{T:+421 905 418 276}"),
    ("csv_row",
     "member_no,surname,given,dob,plan\n"
     "{I:HPN-0048213},{P:DASHDORJ},{P:Oyunchimeg},{B:1984-11-02},Gold\n"
     "{I:HPN-0048214},{P:ALTANGEREL},{P:Sarnai},{B:1990-06-30},Silver\n"
     "{I:HPN-0048219},{P:PUREVSUREN},{P:Temuulen},{B:1987-01-17},Gold"),
    ("csv_row",
     "emp\tname\tiban\n"
     "E118\t{P:Tuomo Hyvärinen}\t{I:FI06 4405 2010 3386 57}\n"
     "E121\t{P:Liisi Saarepuu}\t{I:EE70 4710 1022 0063 8819}\n"
     "E133\t{P:Šarūnas Mockus}\t{I:LT04 7300 0108 9247 3316}"),
    ("csv_row",
     "\"ticket\",\"customer\",\"phone\",\"notes\"\n"
     "\"48812\",\"{P:CÁRDENAS LAMADRID, Osmany}\",\"{T:+53 5 284 1736}\",\"wants a callback after 6pm\"\n"
     "\"48813\",\"{P:PORTUONDO, Yusleidys}\",\"{T:+1 305 418 2267}\",\"{C:Hialeah} branch; Spanish only\"\n"
     "\"48815\",\"{P:VÉLEZ IRIZARRY, Jomar}\",\"{T:(787) 418-5520}\",\"duplicate of 48790\""),
    ("csv_row",
     "plate,vin,driver,licence\n"
     "{I:WK68 TRV},{I:WVWZZZ1K48W204617},{P:Jory Polglase},{I:POLGL708230J99TC}\n"
     "{I:FR-MK 4827},{I:5YJ3E1EA1PF418293},{P:Malte Osterhaus},\n"
     "{I:191-G-4827},,{P:Saoirse Ó Briain},"),
    ("csv_row",
     "email,first,consent_date\n"
     "{E:hope.mukamana@gmail.com},{P:Hope},2024-02-11\n"
     "{E:sunny.kaurdhillon@outlook.com},{P:Sunny},2024-02-11\n"
     "{E:pearl.sizemore@windstream.net},{P:Pearl},2024-02-12\n"
     "{E:dawn.arceneaux@cox.net},{P:Dawn},2024-02-14"),
    ("csv_row",
     "A-77120|{P:Sreelakshmi Panicker}|{I:KMC-0051937}|Cardiology|09:40\n"
     "A-77121|{P:Jithin Kuruvilla}|{I:KMC-0051988}|Ortho|10:10\n"
     "A-77124|{P:Subhashree Mohapatra}|{I:KMC-0052004}|ENT|10:30"),
    ("csv_row",
     "고객번호,이름,연락처\n"
     "C-1182,{P:류택진},{T:010-7734-2281}\n"
     "C-1183,{P:서하은},{T:010-2290-4418}\n"
     "C-1187,{P:Ryu Taek-jin},{T:+82 10 7734 2281}"),
    ("csv_row",
     "donor,address,postcode,city,country\n"
     "{P:Mame Diarra Sène},{A:14 bis rue des Tanneurs},{A:67000},{C:Strasbourg},France\n"
     "{P:Hamadou Bocoum},{A:Villa 118},,{C:Dakar},Senegal\n"
     "{P:Djenabou Baldé},{A:27 avenue Jean Jaurès},{A:93300},{C:Aubervilliers},France"),
    ("csv_row",
     "{I:710924-3183};{P:Ingrid Ödmark};{C:Karlstad}\n"
     "{I:198803162745};{P:Malin Fjällström};{C:Umeå}\n"
     "{I:12048844721};{P:Bjørnar Løvås};{C:Ålesund}\n"
     "{I:03089521490};{P:Sølvi Mørkeseth};{C:Molde}"),
    ("csv_row",
     "date,description,amount\n"
     "2024-03-02,FPS IN {P:S ABU TABIKH} RENT MAR,850.00\n"
     "2024-03-04,CARD 6759 TESCO STORES 2291,-42.18\n"
     "2024-03-05,DD OCTOPUS ENERGY,-96.00\n"
     "2024-03-07,FPS OUT {P:KHOO C L} REF DINNER,-35.00"),
    # --- postal address blocks ----------------------------------------------------------------------------------
    ("postal_block",
     "Mr {P:Kenan Trethowan}\n"
     "{A:Flat 3, Penrose House}\n"
     "{A:41 Tregenna Terrace}\n"
     "{C:Truro}\n"
     "Cornwall\n"
     "{A:TR1 4QX}"),
    ("postal_block",
     "{P:Gráinne Nic Dhonncha}\n"
     "{A:12 Ard na Gréine}\n"
     "{C:Knocknacarra}\n"
     "{C:Galway}\n"
     "{A:H91 E2R4}\n"
     "Ireland"),
    ("postal_block",
     "Herrn\n"
     "{P:Massinissa Aït Ouarab}\n"
     "{A:Auf dem Kämpchen 7a}\n"
     "{A:45131} {C:Essen}\n"
     "DEUTSCHLAND"),
    ("postal_block",
     "Madame {P:Tafsut Ouchène}\n"
     "{A:Résidence Les Cèdres, Bât. C}\n"
     "{A:18 allée des Peupliers}\n"
     "{A:69200} {C:Vénissieux}"),
    ("postal_block",
     "Frau\n"
     "{P:Blerta Kuqi}\n"
     "{A:Bahnhofweg 3a}\n"
     "{A:8820} {C:Wädenswil}\n"
     "Schweiz"),
    ("postal_block",
     "Ing. {P:Tvrtko Šoljan}\n"
     "{A:Schottenfeldgasse 61/2/14}\n"
     "{A:1070} {C:Wien}\n"
     "Österreich"),
    ("postal_block",
     "To,\n"
     "Shri {P:Debasis Samantaray}\n"
     "{A:Plot No. 118, Lane 4}\n"
     "{C:Sahid Nagar}\n"
     "{C:Bhubaneswar} – {A:751007}\n"
     "Odisha\n"
     "Mob: {T:94370 28461}"),
    ("postal_block",
     "{P:Bidisha Borthakur}\n"
     "C/o {P:Pranjal Saikia}\n"
     "{A:House No. 23, Bylane 5}\n"
     "{A:Zoo Road}, {C:Tiniali}\n"
     "{C:Guwahati} {A:781024}, Assam"),
    ("postal_block",
     "{P:Zulfiqar Hashmi}\n"
     "{A:House 214-C, Street 7}\n"
     "{C:Model Town}\n"
     "{C:Lahore} {A:54700}\n"
     "Pakistan"),
    ("postal_block",
     "{P:HAZEL DAWN SIZEMORE}\n"
     "{A:1187 CANEY FORK RD}\n"
     "{C:HINDMAN} KY {A:41822-9014}"),
    ("postal_block",
     "Ms {P:Boitumelo Kgosiemang}\n"
     "{A:Stand 4471, Block L}\n"
     "{C:Soshanguve}\n"
     "{A:0152}\n"
     "South Africa"),
    ("postal_block",
     "Mallam {P:Sadiq Dikko}\n"
     "{A:Plot 7, Oyebanjo Close}\n"
     "{C:Anthony Village}\n"
     "{C:Lagos} {A:100252}\n"
     "Nigeria"),
    ("postal_block",
     "〒{A:166-0004}\n"
     "東京都{C:杉並区}{A:阿佐谷南2丁目8-11}\n"
     "{A:ハイツ阿佐谷 305}\n"
     "{P:平沢 みのり} 様"),
    ("postal_block",
     "{P:Magdaleno Valdés Ortega}\n"
     "{A:Privada de los Arquitos 27}\n"
     "Col. {C:Jalatlaco}\n"
     "C.P. {A:68080} {C:Oaxaca de Juárez}, Oax.\n"
     "MÉXICO"),
    # --- bank notes ---------------------------------------------------------------------------------------------
    ("bank_note",
     "Branch memo — cash deposit query\n"
     "Customer {P:Rubina Naqvi} (acct {I:41827365}) queried a £2,000 cash deposit from 9 Jan that was not showing.\n"
     "Teller batch traced; funds credited 11 Jan. Apology letter sent to {A:28 Lindow Fold Drive}, {C:Wilmslow}, "
     "{A:SK9 6DT}."),
    ("bank_note",
     "Outgoing SEPA transfer — manual review\n"
     "Ordering customer: {P:Ottavia della Corte}\n"
     "Debit account: {I:IT16 K030 6909 6061 0000 0127 843}\n"
     "Beneficiary: {P:Inês da Cunha Lobato}\n"
     "Beneficiary IBAN: {I:PT79 0018 0003 2841 9077 6502 3}\n"
     "Amount EUR 1,450.00 — remittance info “renda maio”. Released."),
    ("bank_note",
     "Fraud ops note 22:47\n"
     "Inbound call from {T:020 3481 7726}, caller claimed to be {P:Ruaraidh MacPhail}; failed security questions.\n"
     "Genuine customer reached on registered mobile {T:07788 214 903}, confirms he made no call.\n"
     "Card {I:4917 3820 6154 9388} blocked, replacement to the address on file."),
    ("bank_note",
     "Mortgage application — underwriter notes\n"
     "Applicants: {P:Siosaia Fonua} & {P:Lupe Vainikolo}\n"
     "Security: {A:9 Tawa Street}, {C:Ōtāhuhu}, {C:Auckland} {A:1062}\n"
     "Combined income verified from payslips. IRD numbers {I:041-827-365} / {I:118-472-934} on file.\n"
     "Part of the deposit is gifted by the {P:Vainikolo} family — gift letter required."),
    ("bank_note",
     "Millifærsla — athugasemd\n"
     "Greiðandi: {P:Ásþór Eyþórsson}\n"
     "Viðtakandi: {P:Guðlaug Ástvaldsdóttir}\n"
     "Reikningur: {I:IS13 0133 2600 4182 0709 8251 37}\n"
     "Skýring: leiga október. Upphæð 245.000 kr."),
    ("bank_note",
     "KYC refresh — {P:Tamar Gogichaishvili}\n"
     "Docs received: passport {I:17AB48213}, personal number {I:01027048213}.\n"
     "Address: {A:12 Kostava St, apt 34}, {C:Tbilisi} {A:0108}\n"
     "Account {I:GE90 BG00 0000 0641 8207 39}. Risk rating unchanged (low)."),
    ("bank_note",
     "Cheque return advice\n"
     "Drawer: {P:Karim El-Deeb}\n"
     "Payee: {P:Marwa Abdel-Fattah}\n"
     "Credited back to: {I:EG77 0037 0042 0000 0001 7394 6285 0}\n"
     "Reason: signature mismatch. Customer informed by phone on {T:+20 12 4418 2093}."),
    ("bank_note",
     "Wire hold — compliance\n"
     "Sender {P:Sarmad Abu Tabikh}, {C:Basra}. Beneficiary {P:Shilan Berzinji}, {C:Sulaymaniyah}.\n"
     "Beneficiary IBAN {I:IQ88 RDBA 1540 0027 8136 492}. Purpose stated: wedding gift.\n"
     "Released after EDD call with Mr {P:Abu Tabikh}."),
    ("bank_note",
     "Şube notu\n"
     "Müşteri: {P:Yağmur Karakuş}, TCKN {I:38471052976}\n"
     "Kredi kartı {I:4551 8302 9471 6035} için limit artışı talebi reddedildi (gelir belgesi eksik).\n"
     "Maaş hesabı IBAN {I:TR98 0001 2009 4810 0005 8327 19}"),
    ("bank_note",
     "Bilješka — otvaranje računa\n"
     "Klijentica: {P:Zrinka Matijević}, OIB {I:71936502846}\n"
     "IBAN {I:HR37 2402 0061 1507 3926 8}\n"
     "Adresa: {A:Ulica Ivana Gundulića 22}, {A:21000} {C:Split}"),
    ("bank_note",
     "Promjena podataka\n"
     "Klijentica {P:Amra Hadžiselimović}, JMBG {I:0711986175346}, račun {I:BA79 1610 0000 2874 9315}.\n"
     "Nova adresa: {A:Ferhadija 14}, {A:71000} {C:Sarajevo}. Kartica se šalje poštom."),
    ("bank_note",
     "Poznámka k účtu\n"
     "{P:Ľubomír Ďurica} (r. č. {I:770305/4183}) žiada zrušenie trvalého príkazu z účtu "
     "{I:SK16 1100 0000 0029 4817 6603}.\n"
     "Kontakt {T:0917 284 613}. Vybavené na pobočke."),
    # --- CRM notes ----------------------------------------------------------------------------------------------
    ("crm_note",
     "Call note — 14 Feb\n"
     "Spoke to {P:Clothilde Arceneaux} re: renewal. Happy with the service but wants invoices to go to her son "
     "{P:Landry}: {E:landry.arceneaux@lusfiber.net}.\n"
     "Follow up after Mardi Gras (shop closed that week)."),
    ("crm_note",
     "Account: Kelda Freight Ltd\n"
     "Contact: {P:Wazhma Afridi} (Procurement)\n"
     "Direct: {T:0113 287 4419}\n"
     "Notes: {P:Wazhma} prefers Teams over phone. Decision by end of Q2. Competitor: Hollis & Rowe."),
    ("crm_note",
     "met {P:gul rahman shinwari} at the trade fair stand, interested in 3 units. wants a quote by fri. "
     "his whatsapp {T:+93 70 418 2736}, email {E:g.shinwari@khyber-dryfruit.af}"),
    ("crm_note",
     "顧客メモ / Client memo\n"
     "{P:Ogasawara Kenta} ({P:小笠原}様) — contract renewal. Direct line {T:+81 3-5481-2270}.\n"
     "Decision maker is his manager, {P:Kuwahara}-buchō; send the revised quote to both."),
    ("crm_note",
     "Note commerciale — 12/09\n"
     "RDV avec M. {P:Alhassane Baldé} (DG) et Mme {P:Ramatoulaye Kandé} (achats).\n"
     "Ils veulent une démo sur site le 12. Tél. direct de Mme {P:Kandé} : {T:+221 78 204 71 38}."),
    ("crm_note",
     "Lead: {P:Khoo Chin Leong} ({C:Penang})\n"
     "Source: webinar. Title: Ops Director. Email {E:cl.khoo@butterworth-precision.my}\n"
     "Mr {P:Khoo} asked for pricing in MYR; his colleague Ms {P:Lau Poh Choo} handles purchasing."),
    ("crm_note",
     "Donor CRM — call log\n"
     "{P:Chaltu Gemechu} pledged $50/month. Card on file {I:3476 182953 04712}.\n"
     "Prefers calls after 6pm at {T:(612) 418-7730}. Thank-you card to {A:2818 Cedar Ave S, Apt 4}, "
     "{C:Minneapolis}, MN {A:55407}."),
    ("crm_note",
     "Leasing inquiry\n"
     "{P:Rocío Huamanchumo Ynga} called about the 2BR in Building C. Moving from {C:Trujillo} in August and needs "
     "the lease in her name only. Credit check consent signed.\n"
     "Cell {T:+51 984 718 263}."),
    ("crm_note",
     "Policyholder {P:Virgil Combs} called 3x about the hail claim. Vehicle on policy: plate {I:482 TRB} (KY).\n"
     "Adjuster {P:Pearl} visits Thursday; {P:Combs} asked that she phone ahead on {T:(606) 785-2140}."),
    ("crm_note",
     "{P:Anjanie Maharaj-Persad} — store owner, {C:Maraval}. Pays on 30-day terms.\n"
     "{P:Maharaj-Persad}'s nephew {P:Kern} does the ordering now; his number {T:+1 868 663 2794}."),
    ("crm_note",
     "Partner: Ubumwe Cooperative\n"
     "Contact: {P:Kwizera Olivier Nsengiyumva}, treasurer, {T:+250 788 412 736}\n"
     "Also cc {P:Ineza Uwase} ({E:ineza.uwase@ubumwe.rw}) on every invoice."),
    ("crm_note",
     "Client : {P:Idir Ait Belkacem}, {C:Tizi Ouzou}. Intéressé par la franchise. Tél. {T:+213 550 48 27 16}.\n"
     "Préfère le français; rappeler après le 20."),
    # --- forum posts --------------------------------------------------------------------------------------------
    ("forum_post",
     "Re: Best way to ship a bike to Tonga?\n"
     "Posted by {P:sione_havili} » Tue 3:41 pm\n"
     "I used a freight forwarder in {C:Ōtāhuhu}, cost about $280 door to wharf. Ask for {P:Lani} at the front desk, "
     "she's great."),
    ("forum_post",
     "Lost dog near {C:Strandhill} — please share!\n"
     "Our collie Bran went missing near the beach on Sunday evening. If you see him please ring me, {P:Saoirse}, on "
     "{T:087 214 6639}. He's microchipped and has a blue collar.\n"
     "Thanks all x"),
    ("forum_post",
     "[SOLVED] Fibre modem keeps dropping\n"
     "username: {P:junrey.cabahug}\n"
     "Update: the tech came today. Turns out the fibre was bent behind the cabinet. Kudos to Kuya {P:Dodong}, "
     "fixed in 20 mins."),
    ("forum_post",
     "u/{P:gogi_chkheidze} · 4h\n"
     "my landlord mr {P:gelashvili} wants 3 months deposit for a studio in {C:vake}, is that normal?? first time "
     "renting here"),
    ("forum_post",
     "Title: AIBU — SIL used our baby name\n"
     "Our DD is called {P:Morwenna} (family name, Cornish side) and now SIL has announced her baby is "
     "{P:Morwenna Grace}. DH says let it go. I'm not sure I can!"),
    ("forum_post",
     "Re: Caudill family, Letcher County\n"
     "My great-grandfather was {P:Ottis Ray Caudill}'s brother {P:Elcaney Caudill}, born {B:March 4, 1911} up on "
     "Rockhouse Creek. Anyone have the 1920 census page?\n"
     "— {P:Virgil C.}"),
    ("forum_post",
     "Posted by {P:kadri_põldma}\n"
     "Why does the ID-card app reject my personal code {I:48902275211}? It's printed right on the card.\n"
     "(yes I know I shouldn't post it here, will delete later)"),
    ("forum_post",
     "Thread: Recommend a tuk-tuk driver in {C:Siem Reap}?\n"
     "We used {P:Rathana}, very honest and speaks good English. WhatsApp {T:+855 97 418 2260}.\n"
     "Tell him {P:Sophea} from the {C:Melbourne} group sent you :)"),
    ("forum_post",
     "FOR SALE: 2019 F-150 XLT, 88k miles, one owner\n"
     "VIN {I:1FTFW1E56KFA82741} so you can run the history report. Located in {C:Pikeville}, KY.\n"
     "Call or text {P:Virgil} at {T:(606) 437-1198}. No trades."),
    ("forum_post",
     "Anyone know a good dentist near {C:Kichijōji}? Dr {P:Hirasawa} in the station building was great but has "
     "retired."),
    ("forum_post",
     "Re: Naadam tickets\n"
     "{P:Temuulen}'s cousin sells them, message her on FB ({P:Sarnai Altangerel}). She charged us face value."),
    ("forum_post",
     "posted by {P:zulfi_hashmi_786}\n"
     "bhai anyone going to gaddafi stadium on sunday? have 2 extra tickets, wont sell above face value. dm me"),
    # --- referral letters ---------------------------------------------------------------------------------------
    ("referral_letter",
     "Dear Dr {P:Der Ohanessian},\n\n"
     "Re: Mr {P:Garegin Melikyan}, DOB {B:09/04/1957}, NHS {I:612 835 0747}\n"
     "{A:44 Coldharbour Rise}, {C:Brighton} {A:BN1 6QD}\n\n"
     "Thank you for seeing this 67-year-old gentleman with progressive dysphagia to solids over three months and "
     "5 kg weight loss. I would be grateful for an urgent OGD.\n\n"
     "Yours sincerely,\n"
     "Dr {P:Anahit Ter-Grigoryan}"),
    ("referral_letter",
     "Re: {P:Saoirse Ó Briain}, PPSN {I:4827163KA}, DOB {B:02/11/1989}\n"
     "{A:Apt 12, Harbour View}, {A:Strand Road}, {C:Strandhill}, Co. Sligo {A:F91 K2X8}\n\n"
     "Referred to rheumatology: symmetrical small joint synovitis of both hands, RF positive, CRP 38.\n"
     "Many thanks,\n"
     "Dr {P:Cathal Mac Giolla Bhríde}, GP"),
    ("referral_letter",
     "Überweisung an: Orthopädie\n"
     "Patientin: {P:Lejla Pašalić}, geb. {B:14.02.1990}\n"
     "Versichertennummer: {I:P482719305}\n"
     "Diagnose: Gonarthrose rechts, Belastungsschmerz seit 6 Monaten. Bitte um Mitbeurteilung.\n"
     "Mit kollegialen Grüßen\n"
     "Dr. med. {P:Hanno Fürstenberg}"),
    ("referral_letter",
     "To: The Consultant Nephrologist\n"
     "Ref: Mr {P:Shashank Hegde}, 52 yrs, M\n"
     "Aadhaar: {I:5287 6134 0923}   Mob: {T:+91 98450 13726}\n"
     "Known DM/HTN, creatinine 2.8 and rising. Kindly evaluate for CKD and advise.\n"
     "Dr. {P:Prajwal Nadig}"),
    ("referral_letter",
     "Cher confrère,\n\n"
     "Je vous adresse Mme {P:Tafsut Ouchène}, née le {B:12/06/1983}, n° de sécurité sociale "
     "{I:2 83 06 75 114 062 25}, pour le bilan d'une anémie ferriprive sans cause évidente.\n\n"
     "Confraternellement,\n"
     "Dr {P:Kahina Meziane}"),
    ("referral_letter",
     "Henvisning til ØNH-poliklinikken\n"
     "Pasient: {P:Bjørnar Løvås}, f.nr. {I:12048844721}\n"
     "Tlf: {T:+47 918 42 736}\n"
     "Residiverende tonsillitter, 5 episoder siste år. Ønsker vurdering for tonsillektomi.\n"
     "Hilsen {P:Sølvi Mørkeseth}, fastlege"),
    ("referral_letter",
     "진료의뢰서 / Referral\n"
     "환자: {P:서하은}   주민등록번호 {I:900415-2183740}\n"
     "Dx: thyroid nodule 2.1 cm, TI-RADS 4. FNA 의뢰드립니다.\n"
     "연락처 {T:010-2290-4418}"),
    ("referral_letter",
     "Referral — Noble's Hospital physiotherapy\n"
     "Patient: {P:Aalin Quayle}, DOB {B:21.07.2001}\n"
     "{A:17 Ballabrooie Grove}, {C:Douglas}, {A:IM2 6LT}\n"
     "Six weeks post ACL reconstruction (L). Please continue the rehab protocol.\n"
     "Dr {P:Juan Kermode}"),
    ("referral_letter",
     "Hoja de referencia\n"
     "Paciente: {P:Magdaleno Valdés Ortega}\n"
     "CURP: {I:VAOM861023HOCLRG07}   NSS: {I:41058610472}\n"
     "Motivo: lumbalgia crónica de 8 meses, sin respuesta a AINE. Envío a rehabilitación."),
    ("referral_letter",
     "Re: Miss {P:Lipsa Behera}, hospital no. {I:RX5520913}, DOB {B:30/01/1998}\n"
     "Seen in clinic with migraine with aura while on the combined pill — advised to stop. Referred to neurology.\n"
     "cc: GP, Dr {P:A. Mahanty}"),
    ("referral_letter",
     "{C:Lima}, 4 de marzo\n"
     "Señor Doctor\n"
     "Servicio de Neumología\n\n"
     "Presento a la paciente {P:Yaneth Ccahuana Mamani}, DNI {I:40827163}, de 44 años, con tos crónica y disnea "
     "de esfuerzo.\n\n"
     "Atentamente,\n"
     "Dr. {P:Wilmer Quispecondori}"),
    ("referral_letter",
     "Exmo. Colega,\n\n"
     "Encaminho a Sra. {P:Inês da Cunha Lobato}, NIF {I:247183059}, utente n.º {I:318204759}, para consulta de "
     "Dermatologia por nevo atípico no dorso.\n"
     "Contacto: {T:912 418 736}\n\n"
     "Com os melhores cumprimentos"),
    # --- payment / billing updates ------------------------------------------------------------------------------
    ("billing_update",
     "Subject: Your payment method was updated\n\n"
     "Kia ora {P:Aroha},\n"
     "Your Visa ending 4471 has replaced the Mastercard ending 9259. Next charge: NZ$24.99 on 1 June.\n"
     "Billing address: {A:3 Rimu Lane}, {C:Ngongotahā}, {C:Rotorua} {A:3010}"),
    ("billing_update",
     "Billing ops — manual update\n"
     "Account 7741-22 ({P:Osmany Cárdenas})\n"
     "Old card {I:4265 1093 8472 0612} expired; customer read the new one over the phone: "
     "{I:2387 4196 0251 7386}, exp 11/28.\n"
     "Never store the CVV. Confirmation e-mailed to {E:osmany.cl@nauta.cu}."),
    ("billing_update",
     "Direct Debit Instruction — confirmation\n"
     "Account holder: {P:MACPHAIL R}\n"
     "Sort code: 30-94-72   Account number: {I:61583072}\n"
     "IBAN: {I:GB57 LOYD 3094 7261 5830 72}\n"
     "Collections on the 1st of each month."),
    ("billing_update",
     "SEPA-Lastschriftmandat\n"
     "Kontoinhaber: {P:Massinissa Aït Ouarab}\n"
     "IBAN: {I:DE60 7016 0300 0008 4139 27}\n"
     "Mandatsreferenz: M-2024-00871\n"
     "Anschrift: {A:Auf dem Kämpchen 7a}, {A:45131} {C:Essen}"),
    ("billing_update",
     "hi {P:kenan}, your bill of £38.20 is ready and will be taken from acct ending 2904 on the 14th. "
     "questions? call {T:0800 048 2213}"),
    ("billing_update",
     "Änderung der Zahlungsdaten — Kundennr. 448201\n"
     "Frau Mag. {P:Ottilie Grünwald-Hochreiter}\n"
     "Neue Bankverbindung: {I:AT57 3244 7000 0018 5293}\n"
     "Rechnungsadresse: {A:Lerchenfelder Gürtel 43/7}, {A:1160} {C:Wien}"),
    ("billing_update",
     "Gutschrift\n"
     "Sehr geehrte Frau {P:Kuqi}\n"
     "Die Rückerstattung von CHF 129.00 wird auf Ihr Konto {I:CH15 0483 5047 1829 3600 1} überwiesen.\n"
     "Freundliche Grüsse"),
    ("billing_update",
     "Actualización de domiciliación bancaria\n"
     "Titular: {P:Wilmer Ccahuana Mamani}\n"
     "NIE: {I:Y3819027Y}\n"
     "IBAN: {I:ES51 0081 7011 1400 0327 4816}\n"
     "Efectiva a partir del próximo recibo."),
    ("billing_update",
     "Zmiana danych do faktury\n"
     "Nabywca: {P:Bartłomiej Ząbek}\n"
     "Rachunek: {I:PL66 1140 2004 0000 3402 7518 6039}\n"
     "Adres: {A:os. Złotego Wieku 41/118}, {A:31-616} {C:Kraków}"),
    ("billing_update",
     "Betalingsoplysninger opdateret\n"
     "Kunde: {P:Aksel Bøgh-Nørgaard}, {A:Østerbrogade 112, 3. tv.}, {A:2100} {C:København Ø}\n"
     "Konto: {I:DK18 3000 3612 0827 54}"),
    ("billing_update",
     "Payment received — thank you\n"
     "Customer: {P:Ahmed bin Saleh Ba'abbad}\n"
     "Paid from {I:AE26 0260 0010 1529 4830 6071}, AED 3,150.00 against invoice INV-55120.\n"
     "Contact: {T:+971 50 418 2736} ({C:Dubai}) / {T:+967 777 418 290} ({C:Mukalla} office)"),
    ("billing_update",
     "Nieuwe incassomachtiging\n"
     "Naam: {P:J.W. van Wijnbergen}\n"
     "IBAN {I:NL73 RABO 0318 5504 27}\n"
     "Adres {A:Kievitslaan 43}, {A:6961 AB} {C:Eerbeek}"),
    ("billing_update",
     "カード情報更新のお知らせ / Card update\n"
     "{P:桑原 さやか} 様\n"
     "新しいカード: {I:3538 1620 4397 5211}\n"
     "次回請求日: 6月25日"),
    # --- tax forms ----------------------------------------------------------------------------------------------
    ("tax_form",
     "Form W-9 (excerpt)\n"
     "1 Name: {P:Coralys Santiago Figueroa}\n"
     "3 Federal tax classification: Individual/sole proprietor\n"
     "5 Address: {A:4471 Calle Loíza, Apt 3}\n"
     "6 City, state, and ZIP code: {C:San Juan}, PR {A:00911}\n"
     "Part I — Social security number: {I:582-41-7736}"),
    ("tax_form",
     "SA100 — notes for client file\n"
     "Taxpayer: {P:Tashana Blagrove}   UTR: {I:48213 90576}   NINO: {I:JT 48 27 16 C}\n"
     "Rental income from {A:Flat 4}, {A:19 Ravenswood Rise}, {C:Croydon} {A:CR0 7HL}: £9,600 gross.\n"
     "Allowable expenses per agent statement. Payment on account due 31 January."),
    ("tax_form",
     "Tax file number declaration\n"
     "1 TFN: {I:716 483 027}\n"
     "2 Name: {P:Mele Taumoepeau}\n"
     "4 Date of birth: {B:19/05/1987}\n"
     "5 Home address: {A:Unit 6/18 Banksia Parade}, {C:Mullumbimby} NSW {A:2482}\n"
     "7 Are you an Australian resident for tax purposes? Yes"),
    ("tax_form",
     "ITR-1 acknowledgement\n"
     "Name: {P:SUBHASHREE MOHAPATRA}\n"
     "PAN: {I:CRFPM7402K}   Aadhaar: {I:7390 4158 2615}\n"
     "Address: {A:Flat 4B, Kalinga Residency}, {C:Jaydev Vihar}, {C:Bhubaneswar} {A:751013}\n"
     "Refund of ₹4,820 to bank account {I:30418275563}"),
    ("tax_form",
     "Esitäytetty veroilmoitus\n"
     "{P:Vilhelmiina Rautiainen}\n"
     "Henkilötunnus {I:030704A9187}\n"
     "Veronpalautus tilille {I:FI53 5720 3018 4476 29}"),
    ("tax_form",
     "Inkomstdeklaration 1\n"
     "Personnummer: {I:19880316-2745}\n"
     "Namn: {P:Malin Fjällström}\n"
     "Adress: {A:Kvarngatan 14B lgh 1102}, {A:903 32} {C:Umeå}"),
    ("tax_form",
     "Modello 730 — dati del contribuente\n"
     "Cognome: {P:ALBERONI}   Nome: {P:MIRCO}\n"
     "Codice fiscale: {I:LBRMRC79B14F839P}\n"
     "Nato il {B:14/02/1979} a {C:Napoli}\n"
     "Residenza: {A:Via dei Cristallini 48}, {A:80137} {C:Napoli}"),
    ("tax_form",
     "IRS — Modelo 3, Rosto\n"
     "Sujeito passivo A: {P:Inês da Cunha Lobato}, NIF {I:247183059}\n"
     "Sujeito passivo B: {P:Rui Tavares da Fonseca}, NIF {I:184270391}\n"
     "Tributação conjunta: Sim"),
    ("tax_form",
     "Tax-on-web — aangifte personenbelasting\n"
     "Rijksregisternummer: {I:85.07.30-147.11}\n"
     "Naam: {P:Vanhoutteghem Wouter}\n"
     "Adres: {A:Kapellestraat 88/2}, {A:8400} {C:Oostende}"),
    ("tax_form",
     "Lohnsteuerbescheinigung 2023\n"
     "Identifikationsnummer: {I:29473810526}\n"
     "Name: {P:Osterhaus, Malte}, geboren am {B:22.09.1969}\n"
     "Bruttoarbeitslohn: 58.420,00 EUR   Lohnsteuer: 9.118,00 EUR"),
    ("tax_form",
     "T4 — Statement of Remuneration Paid\n"
     "Employee: {P:GUIDRY, Landry}\n"
     "Social insurance number: {I:527 419 386}\n"
     "Address: {A:118 rue Saint-Pierre Ouest}, {C:Caraquet} NB {A:E1W 1B4}\n"
     "Box 14 employment income: 61,204.33"),
    ("tax_form",
     "IR3 individual tax return\n"
     "IRD number: {I:094-728-150}\n"
     "Name: {P:Wiremu Tipene}\n"
     "Postal address: {A:PO Box 4471}, {C:Kaikohe} {A:0440}"),
    ("tax_form",
     "給与所得の源泉徴収票\n"
     "氏名: {P:小笠原 健太}\n"
     "個人番号: {I:4823 0917 5624}\n"
     "支払金額: 5,840,000円"),
    # --- customer reviews and complaints ------------------------------------------------------------------------
    ("review",
     "★☆☆☆☆ Terrible delivery experience\n"
     "The driver (I think his name was {P:Cosmin}) threw the parcel over the gate. When I rang the depot a man called "
     "{P:Ștefan Mureșanu} said there was nothing he could do. Never again.\n"
     "— {P:Bożena K.}"),
    ("review",
     "5/5 — Lovely stay at the guesthouse in {C:Zakopane}\n"
     "Our host {P:Jadwiga} made pierogi for us on the last night and her husband {P:Tadeusz} drove us to the "
     "station at 5am. Highly recommend!"),
    ("review",
     "Dear Sir/Madam,\n\n"
     "I am writing to complain about the repeated missed bin collections at {A:Chy an Mor, 4 Lower Quay}, "
     "{C:Mousehole}: there was no collection on 3, 10 or 17 October despite three calls to your contact centre.\n\n"
     "Yours faithfully,\n"
     "{P:Demelza Keigwin}\n"
     "{T:01736 731 208}"),
    ("review",
     "⭐⭐ app keeps logging me out. also why does it need my date of birth?? fine it's {B:12/09/1994} whatever, "
     "just fix the bug\n"
     "— {P:sunny_k_dhillon}"),
    ("review",
     "Complaint ref C-88213\n"
     "Customer {P:Ng Siew Ling} says she was charged twice at the {C:Tampines} outlet on 2 Jun; statement shows card "
     "{I:4719 3058 2614 2876} debited S$64.20 twice. Refund of one charge approved by {P:Ong Kah Seng}."),
    ("review",
     "Google review — 1 star\n"
     "{P:Brent Hapeta} from the agency promised three times to fix the mould at {A:9 Tawa Street} and never did. "
     "We moved out in the end. Avoid."),
    ("review",
     "Complaint — delayed baggage, tag TK418273\n"
     "Passenger: {P:GOGICHAISHVILI/TAMAR} MS\n"
     "My bag has still not arrived after 6 days. Please deliver it to {A:Rustaveli Ave 31, apt 9}, {C:Tbilisi}, "
     "and call me on {T:+995 599 41 27 83} before coming."),
    ("review",
     "To the Ward 6 council office:\n"
     "My name is {P:Mai Kou Thao} and I live at {A:1142 Case Ave E}, {C:Saint Paul}. The streetlight outside has "
     "been out for 3 weeks and kids walk home in the dark. Please call me at {T:651-774-2093}."),
    ("review",
     "Reseña ★★☆☆☆\n"
     "Pésimo servicio en la oficina de envíos de {C:Hialeah}. La señora {P:Yusleidys} fue amable, pero el gerente, "
     "un tal {P:Reinier}, ni me miró."),
    ("review",
     "Great guide!\n"
     "{P:Mugisha} picked us up in {C:Musanze} at 5:30 and seemed to know every gorilla by name. Ask for him when "
     "you book — {P:Anouk} & {P:Sven}, {C:Utrecht}"),
    ("review",
     "Formal complaint — claim 77-2041\n"
     "Policyholder: {P:Obsa Tolera}, date of birth {B:1979-12-05}\n"
     "I sent the repair invoice on 4 March and have heard nothing. Please reply to {E:obsa.tolera@ethiofarm.et}."),
    ("review",
     "Trustpilot ★★★★★\n"
     "“{P:Rufaro} at the {C:Leicester} branch sorted our visa photos in ten minutes and re-did them free when my "
     "son blinked.” — {P:Nyasha D.}"),
    # --- PII-free look-alikes -----------------------------------------------------------------------------------
    ("pii_free",
     "Retail Sector Review — Christmas Trading\n"
     "Marks & Spencer and John Lewis both beat expectations, while Sainsbury's and Morrisons reported flat "
     "like-for-like sales. Analysts expect Harvey Nichols to follow in January."),
    ("pii_free",
     "Patient information leaflet: living with Crohn's disease, Addison's disease or Bell's palsy.\n"
     "Sjögren's syndrome and Hashimoto's thyroiditis are covered in a separate booklet from the clinic."),
    ("pii_free",
     "Meeting Notes — Platform Roadmap\n"
     "Attendees: Design, Platform, Data Engineering\n"
     "Actions: move the Jenkins jobs to GitHub Actions; retire the old Jira board; evaluate Ansible Tower."),
    ("pii_free",
     "The walking tour starts on Princes Street, climbs the Royal Mile to the castle and ends in Victoria Street "
     "near the Grassmarket. Allow three hours."),
    ("pii_free",
     "Timesheet reminder: submit by Friday. Bank holidays this year are Good Friday, Easter Monday, the early May "
     "bank holiday, Whit Monday and the last Monday in August."),
    ("pii_free",
     "Brunch Menu\n"
     "Eggs Benedict — Caesar Salad — Beef Wellington — Peach Melba — Pavlova — Earl Grey tea"),
    ("pii_free",
     "Stock list: Ray-Ban Wayfarer, Tommy Hilfiger polo, Calvin Klein jeans, Hugo Boss suit, Ralph Lauren shirt, "
     "Jack Wolfskin rain jacket."),
    ("pii_free",
     "Sunday League Results\n"
     "Hope Valley 2–1 Faith Athletic\n"
     "Sunny Bank Rovers 0–0 Dawn Harriers\n"
     "Pearl Street Wanderers 3–2 Colt Lane"),
    ("pii_free",
     "Physics 101, week 4: Newton's laws, Ohm's law, the Doppler effect, Fourier series and Bayes' theorem."),
    ("pii_free",
     "Weather warning: Storm Ciarán will bring gusts of up to 80 mph to Galway, Cork and Kerry on Tuesday night. "
     "Ferries from Rosslare are cancelled."),
    ("pii_free",
     "Shipping Policy\n"
     "Orders placed on a Saturday or Sunday are dispatched on Monday. The Christmas cut-off is 18 December; "
     "orders after that arrive in January."),
    ("pii_free",
     "Directions: take the A30 past Bodmin, leave at Indian Queens, then follow the signs for St Columb Major and "
     "Newquay airport."),
    ("pii_free",
     "APPLICATION FORM\n"
     "Full name: ______________________\n"
     "Date of birth: __ / __ / ____\n"
     "Address: ________________________\n"
     "Phone: __________   Email: __________"),
    ("pii_free",
     "Release notes\n"
     "Version 10.4.2.1 (build 2024.06.11) fixes the crash on start-up; 10.4.2.0 is withdrawn. Minimum OS: 14.2.1."),
    ("pii_free",
     "2024-06-01T00:00:02Z INFO scheduler: job nightly-reindex started (workers=8)\n"
     "2024-06-01T00:06:54Z INFO scheduler: job nightly-reindex finished in 412s, 0 errors"),
    ("pii_free",
     "Conference venue options: Alexandra Palace, the Barbican, or the hall by Victoria station (Elizabeth line "
     "to Paddington is 15 minutes)."),
    ("pii_free",
     "Afternoon tea at the Savoy, cocktails at the Ritz, and a night at Claridge's — our Mayfair weekend package "
     "from £640."),
    ("pii_free",
     "Café order: two flat whites, one Americano, a Bramley apple pie and a slice of Victoria sponge."),
    ("pii_free",
     "Fleet Update\n"
     "The Ford Transit and the Mercedes Sprinter pass their MOT in June; the Land Rover Defender needs new tyres."),
    ("pii_free",
     "Reading group picks for autumn: “Wolf Hall”, “The Remains of the Day” and “Small Island”. We meet on the "
     "first Wednesday of each month at the Carnegie Library."),
    ("pii_free",
     "Kitchen appliances: Russell Hobbs kettle, KitchenAid mixer, Kenwood Chef, De'Longhi coffee machine and a "
     "Morphy Richards toaster."),
    ("pii_free",
     "Tip: Alt+F4 closes the window; Ctrl+Shift+T reopens a tab. Port 8080 is used by the staging proxy."),
]


def blind5_records() -> list[Labelled]:
    """The fifth hand-written (blind) records, parsed (gold spans on field `text`)."""
    return [parse_marked(kind, marked) for kind, marked in RECORDS]
