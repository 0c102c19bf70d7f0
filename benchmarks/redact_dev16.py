"""A sixteenth hand-written gold set for `redact_quality`: conversational and machine layouts, where names hide
without titles or capitals. This is a DEVELOPMENT set: rules may be tuned on its misses.

Records come in 14 styles of 10-12 records each: help-desk tickets with reporter/assignee fields, change
histories, quoted replies and Japanese LINE forms (`support_ticket`), triage, handover, ward-chat, home-visit,
SMS-reminder and Finnish and French notes (`clinical_note`), HR mail with From/To/Cc headers and display names,
forwarded messages, quoted replies ("On Mon, ... wrote:") and minutes (`hr_email`), WhatsApp, Telegram, Slack,
Discord, IRC, SMS, Zoom, WeChat, KakaoTalk, Teams and Signal exports with romanised and native-script speakers
(`chat_log`), sshd, sudo, git log, JSON, postfix, Windows audit, Kubernetes audit, nginx, LDAP, OpenVPN and DHCP
logs with user names, home directories and profile paths (`ops_log`), CSV, TSV, semicolon and pipe exports
with and without headers, JSON arrays and key=value dumps (`csv_rows`), envelope and label blocks
(`postal_block`), KYC, fraud, mortgage, wire-recall, AML, banking-bot and dispute notes (`bank_note`), CRM,
HubSpot, Salesforce, Intercom and Pipedrive records (`crm_note`), forum, Reddit, GitHub, Stack Overflow,
Mastodon and Hacker News threads (`forum_post`), GP and consultant referrals (`referral_letter`), card, direct
debit, SEPA, ACH, payout and webhook changes (`payment_update`), tax forms of the US, Germany, France, India,
Spain, Canada, the UK, Poland, Italy, Sweden and Brazil (`tax_form`) and phishing, safety, police, breach,
aviation, lab, SIEM, workplace, tenancy, on-call and safeguarding reports (`incident_report`); plus PII-free
look-alikes (`pii_free`: bot and service accounts such as jenkins, dependabot, svc-backup and root, team and
product names, code identifiers such as user_id and max_retries, host names, eponyms, dishes, storms, version
strings shaped like IP addresses and SKUs and codes shaped like phone numbers).

People are Nigerian (Yoruba, Igbo), Ghanaian, Kenyan, South African, Sierra Leonean, Ethiopian, Moroccan,
Malagasy, Senegalese, Zimbabwean, English, Irish (with Ó/Ní names and Irish-language addresses), Scottish, Welsh,
American, Canadian, Hawaiian, Māori, Tongan, Polish, Czech, Hungarian, German, Austrian, Swiss, Dutch, Belgian,
French, Spanish, Portuguese, Italian, Scandinavian, Finnish, Baltic, Ukrainian, Russian, Serbian, Greek, Turkish,
Arabic, Israeli, Persian, Uzbek, Pakistani, Indian, Bangladeshi, Nepali, Chinese, Taiwanese, Japanese, Korean,
Vietnamese, Malay, Peruvian, Chilean, Mexican-American and Brazilian. They appear as display names and chat
speakers, in lower case ("ask tomasz", "thx priya"), as vocatives ("ok Dilnoza, sent"), as user names, handles,
login fields, LDAP uids, e-mail local parts, home directories (/home/lkrejci, C:\\Users\\m.rossi) and device
names, in git Author lines, surname first and in capitals (SURNAME, Given; SURNAME/GIVEN; East Asian order), in
Chinese, Japanese and Korean script, with particles and diacritics, and with given names that are also words
(Hope, Joy, Grace, Will, Frank, Bill, Rain, Summer, Sunny, Gift, Precious, Blessing, Destiny, Patience, Ruby,
Jade, Dawn, Mark, Victor). Addresses follow local order in Ireland, the UK, the US, Japan, Peru, Poland,
Singapore, Kenya (P.O. boxes), the Netherlands, France, Israel, India, Spain, Turkey, China, Germany, Finland,
Hungary, Sweden, Ghana, Brazil, New Zealand, Australia, Switzerland and Canada.

Every value (names, streets, postcodes, phones, e-mails, identifiers, IP addresses) was invented for this file;
none comes from the other gold sets, Faker, presidio-evaluator or configs/, and pipeline/ never reads it.
Identifiers whose scheme publishes a check digit carry a valid one, computed for this file: Luhn (payment cards,
Canadian SIN, Emirates ID), IBAN mod 97 with the length of its country (DE, GB, ES, IT, PL, BE, CH, SE, NO, FI,
DK, PT, TR, AE), NHS number (mod 11), Aadhaar (Verhoeff), Dutch BSN (11-proof), Polish PESEL (matching the date
of birth beside it), Swedish personnummer (Luhn), Finnish henkilötunnus (mod 31), Norwegian fødselsnummer (two
mod 11 digits), Spanish DNI/NIF letter, Brazilian CPF, French NIR (key 97), Italian codice fiscale, German
Steuer-ID (ISO 7064 mod 11,10), German Krankenversichertennummer, New Zealand NHI and US ABA routing numbers;
tests/test_redact_dev16.py checks each of them. The others (US SSN, UK NINO and UTR, PAN, passports, MRNs,
hospital and member numbers, badge numbers, account numbers, sort codes, plates) only have the shape of real ones.

Markup as in redact_dev.py: `{P:...}` PERSON (handles and user names built from a name included; titles such as
"Mr", "Dr", "Mrs", "Herr", "Mme", "capt." stand outside, and so do a possessive 's, an "@" before a handle and
honorifics such as "-san" or Korean "아"), `{A:...}` ADDRESS (street line, flat, unit, floor or building line,
P.O. box and postcode, each marked separately), `{E:...}` EMAIL_ADDRESS (role addresses too), `{T:...}`
PHONE_NUMBER, `{I:...}` ID (national, tax and health identifiers, cards, IBANs, account numbers, sort codes,
passports, medical record, member and badge numbers, plates after a cue), `{B:...}` DATE_OF_BIRTH (only a date
next to a birth cue or in a birth-date column), `{N:...}` IP_ADDRESS (IPv4 and IPv6, private ones too) and
`{C:...}` a town, city or district (neutral). Countries, regions, organisations, products, bots, service
accounts, order and ticket numbers and ordinary dates are not marked. JSON snippets keep their braces; a mark
never contains one.
"""

from __future__ import annotations

from benchmarks.redact_data import Labelled
from benchmarks.redact_dev import parse_marked

RECORDS: list[tuple[str, str]] = [
    # --- support tickets: histories, reporter/assignee fields, quoted mail -------------------------------------
    ("support_ticket", "Ticket #48213 | Status: Pending | Priority: P3\n"
                       "Reporter: {P:Oluwaseun Adebanjo} <{E:seun.adebanjo@gmail.com}>\n"
                       "Assignee: {P:mkaczmarek}\n"
                       "---\n"
                       "{P:seun}: printer on 3rd floor still offline, tried the reset thing twice\n"
                       "{P:mkaczmarek}: ok {P:Oluwaseun}, can u send a pic of the label on the back?"),
    ("support_ticket", "Re: [SUP-7712] cannot log in after password reset\n"
                       "On Tue, 4 Mar 2025 at 09:12, {P:Kalani Makoa} <{E:kmakoa@pukalani-surf.com}> wrote:\n"
                       "> still getting 'account locked' on the portal, my cell is {T:+1 808-555-0147}\n"
                       "> pls call before 5pm HST\n"
                       "hi {P:Kalani}, unlocked now, try again in 10 min. rgds, {P:bea}"),
    ("support_ticket", "SD-20931  change history\n"
                       "2025-02-11 08:02  reporter: {P:ahmet.yildirim}  created issue\n"
                       "2025-02-11 08:40  assignee: unassigned -> {P:ngozi.eze}\n"
                       "2025-02-11 09:15  {P:ngozi.eze} commented: called {P:Ahmet} on {T:0532 418 77 19}, vpn profile "
                       "re-pushed\n"
                       "2025-02-12 10:01  status: Resolved  by {P:ngozi.eze}"),
    ("support_ticket", "Requester: {P:HOLLOWAY, Brennan}\n"
                       "Email: {E:b.holloway77@outlook.com}\n"
                       "Ship replacement to: {A:4417 Larkspur Ave}, {C:Boise}, ID {A:83705}\n"
                       "Agent note ({P:zara}): cust says old unit arrived cracked, photos in attachment.\n"
                       "macro used: RMA-standard"),
    ("support_ticket", "Betreff: AW: Zugang gesperrt\n"
                       "Von: {P:Friederike Holzapfel} <{E:f.holzapfel@holzbau-kramer.de}>\n"
                       "An: servicedesk\n"
                       "Hallo {P:Dragan}, leider klappt es immer noch nicht. Rückruf bitte unter {T:0151 2847 6309}.\n"
                       "Gruß {P:Friederike}\n"
                       "-- intern: {P:dragan.petrovic} hat AD-Konto am 14.02. entsperrt"),
    ("support_ticket", "[Zammad] #100482 Wi-Fi keeps dropping\n"
                       "customer: {P:Lương Minh Khoa}  ({E:khoa.luong@vnmail.vn})\n"
                       "router WAN ip {N:113.161.48.209}, firmware 2.0.14\n"
                       "{P:khoa} says it dies every night ~23h. asked {P:tomasz} to check the line\n"
                       "update: {P:tomasz} - line ok, swapped the ONT"),
    ("support_ticket", "From: \"{P:Ní Bhriain, Siobhán}\" <{E:siobhan.nibhriain@corcaigh-design.ie}>\n"
                       "Subject: invoice address wrong\n"
                       "pls change billing addr to {A:Unit 4, Glasheen Business Park}, {A:Glasheen Road}, {C:Cork} "
                       "{A:T12 XK2P}\n"
                       "thanks, {P:Siobhán}\n"
                       "> agent {P:rhys}: done, next invoice will show it"),
    ("support_ticket", "ticket 5531 notes\n"
                       "- caller gave name as {P:Hope Mwangi}, account holder is her brother {P:Baraka Mwangi}\n"
                       "- {P:Hope} wants the router moved to {A:P.O. Box 41877}, {C:Nairobi} {A:00100}\n"
                       "- told her {P:Baraka} must confirm himself, cb {T:+254 722 418 093}\n"
                       "- pending customer"),
    ("support_ticket", "#4471 laptop won't boot\n"
                       "opened by: {P:yusuf.demirci}\n"
                       "user profile C:\\Users\\{P:y.demirci} is corrupted, backup to \\\\fs02\\home$\\{P:ydemirci}\n"
                       "reassigned to {P:Chidimma}. {P:chidi} pls reimage tomorrow\n"
                       "closed by svc-helpdesk (auto)"),
    ("support_ticket", "Ticket: INC0088123\n"
                       "Caller: {P:Frank Osei-Bonsu}   Phone: {T:(020) 7946 0318}\n"
                       "Short desc: Outlook asks for pw every 5 min\n"
                       "Work notes: spoke w/ {P:Frank}, cleared cred manager. {P:frank.oseibonsu} still on old MFA "
                       "device - asked {P:Will} from IAM to re-register\n"
                       "{P:Will}: done"),
    ("support_ticket", "LINE公式アカウント問い合わせ #2207\n"
                       "お名前: {P:竹内 春香}（{P:Takeuchi Haruka}）\n"
                       "電話: {T:090-4127-3385}\n"
                       "住所: 〒{A:150-0041} {C:渋谷区}{A:神南2-14-7}\n"
                       "内容: 商品が届かない。担当 {P:斉藤}"),
    # --- clinical notes ------------------------------------------------------------------------------------------
    ("clinical_note", "ED triage 03:40\n"
                      "pt {P:Amara Nwachukwu}, DOB {B:1987-11-02}, MRN {I:MRN-4481902}\n"
                      "c/o chest tightness since 01:00, came by taxi with sister {P:Chiamaka}\n"
                      "NOK: {P:Chiamaka Nwachukwu} {T:07700 918 442}\n"
                      "obs stable, ECG to dr {P:Farouk} for review"),
    ("clinical_note", "handover ward 7B (night -> day)\n"
                      "bed 3 - {P:GRZEGORZ Lewandowski}, NHS {I:638 291 0473}, post-op day 2, mobilising\n"
                      "bed 4 - Mrs {P:Dolores Penhaligon}\n"
                      "bed 5 - {P:Kwame}, pain 6/10, oramorph given 04:10\n"
                      "ask {P:sunita} re bloods for bed 3"),
    ("clinical_note", "Teams chat - #ward-9-nurses\n"
                      "[07:02] {P:Joy Abernethy}: pt in side room 2 (Mr {P:Callum Rae}) pulled his cannula again\n"
                      "[07:03] {P:Rafael Quintero}: ok {P:joy} I'll re-site after rounds\n"
                      "[07:05] {P:Joy Abernethy}: thx {P:rafa}. his wife {P:Morag} calling at 9, number on board: "
                      "{T:07842 310 566}"),
    ("clinical_note", "Hausbesuch 12.03.\n"
                      "Pat.: {P:Hildegard Obermaier}, geb. {B:04.09.1938}\n"
                      "KV-Nr.: {I:H582019379}\n"
                      "Adresse: {A:Lindenstraße 22}, {A:84028} {C:Landshut}\n"
                      "Tochter ({P:Veronika}) anwesend, RR 150/90, Furosemid erhöht"),
    ("clinical_note", "clinic note - diabetes review\n"
                      "{P:Raghunathan, Priya} / DOB {B:22/06/1979} / NHS {I:729 305 1840}\n"
                      "hba1c 61, up from 54. discussed diet, pt's husband {P:Venkat} does the cooking\n"
                      "plan: add gliclazide, rv 3/12. cc Dr {P:Imelda Sandoval} (GP)"),
    ("clinical_note", "SMS thread w/ pt (saved to record)\n"
                      "clinic: Hi {P:Dilnoza}, reminder of your scan tmrw 10:15 at Radiology, reply Y to confirm\n"
                      "{T:+44 7391 504 218}: Y thanks. can my husband {P:Rustam} come in with me?\n"
                      "clinic: yes that's fine {P:Dilnoza}\n"
                      "patient: {P:Dilnoza Yusupova}, MRN {I:RX0093187}"),
    ("clinical_note", "Triage form (Finland)\n"
                      "Nimi: {P:Aino-Maria Kettunen}\n"
                      "Henkilötunnus: {I:120588-274A}\n"
                      "Syntymäaika: {B:12.05.1988}\n"
                      "Osoite: {A:Hämeenkatu 31 B 14}, {A:33200} {C:Tampere}\n"
                      "reason: sprained ankle, x-ray neg"),
    ("clinical_note", "ICU progress 14:00\n"
                      "pt {P:Tevita Fifita}\n"
                      "intubated day 3, sedation weaned. family meeting w/ wife {P:Mele} and son {P:Sione} at 16:00\n"
                      "interpreter (Tongan) booked via {P:Lavinia Taufa} {T:021 448 3017}\n"
                      "- dr. {P:Oyelaran}"),
    ("clinical_note", "outpt physio\n"
                      "{P:Summer Blackwood}, 34, referred by Dr {P:Anil Bhattacharjee}\n"
                      "L knee ACL recon 8/52 ago. ROM 0-115. {P:summer} keen to return to netball\n"
                      "home ex sheet emailed to {E:summerb.netball@gmail.com}\n"
                      "next appt w/ {P:Grace}"),
    ("clinical_note", "Dossier: {P:LEFEBVRE Maëlle}, née le {B:17/04/1986}\n"
                      "NIR {I:2 86 04 75 112 048 17}\n"
                      "consultation: toux depuis 3 sem, pas de fièvre. vu avec Dr {P:Benali}\n"
                      "ordonnance envoyée à {E:maelle.lefebvre86@laposte.net}"),
    # --- hr mail -------------------------------------------------------------------------------------------------
    ("hr_email", "From: {P:Ingrid Solberg} <{E:ingrid.solberg@fjordlys.no}>\n"
                 "To: {P:Ravi Chandrasekaran} <{E:ravi.c@fjordlys.no}>\n"
                 "Cc: {E:hr-nordic@fjordlys.no}\n"
                 "Subject: start date\n"
                 "Hi {P:Ravi}, contract attached. For payroll we still need your fødselsnummer and account.\n"
                 "/{P:Ingrid}"),
    ("hr_email", "> On Mon, 3 Feb, {P:Kofi Boateng} wrote:\n"
                 "> can we move my 1:1 with {P:Leticia} to thursday?\n"
                 "sure {P:Kofi}, thursday 11:00 works. I'll tell {P:Leticia Rocha}.\n"
                 "-- \n"
                 "{P:Mark Feeney} | People Partner | {T:+353 1 492 8817}"),
    ("hr_email", "Subject: New starter - {P:Dàvid Szabó-Kerekes}\n"
                 "Name: {P:Szabó-Kerekes Dávid}\n"
                 "Date of birth: {B:1994-03-27}\n"
                 "Home: {A:Bartók Béla út 74}, {A:1114} {C:Budapest}\n"
                 "Private mail: {E:szkdavid94@freemail.hu}\n"
                 "Manager: {P:Orsolya}, please order laptop"),
    ("hr_email", "Fwd: sick note\n"
                 "---------- Forwarded message ---------\n"
                 "From: {P:Precious Dlamini} <{E:precious.dlamini@webmail.co.za}>\n"
                 "Date: Wed, 12 Mar 2025\n"
                 "hi {P:Thandeka}, doctor booked me off until Friday. note attached\n"
                 "{P:thandeka}: logged in BambooHR, fyi {P:Pieter}"),
    ("hr_email", "Exit interview - minutes\n"
                 "Present: {P:Nasrin Farahani} (HR), {P:Joel Ackerley}, {P:Bo-ra Kang} (line mgr)\n"
                 "{P:Joel} leaving for a role in {C:Leeds}; would return. {P:Bo-ra} to hand over the SAP keys.\n"
                 "Forwarding addr: {A:18 Cardigan Terrace}, {C:Leeds} {A:LS4 2LQ}\n"
                 "P45 to {E:joel.ackerley@btinternet.com}"),
    ("hr_email", "Von: Personalabteilung\n"
                 "An: {P:Mehmet Karaca}\n"
                 "Sehr geehrter Herr {P:Karaca},\n"
                 "für die Lohnabrechnung fehlt Ihre Steuer-ID. Bitte bestätigen Sie: {I:58 271 409 354}\n"
                 "Ihre Adresse laut Akte: {A:Wittelsbacherring 9}, {A:95444} {C:Bayreuth}\n"
                 "MfG {P:S. Brandl}"),
    ("hr_email", "To: all-staff\n"
                 "From: {P:Dawn Pemberton}\n"
                 "Please welcome {P:Ifeanyi Okoro} (Finance) and {P:Milagros Huamán} (Ops) who join monday!\n"
                 "{P:Ifeanyi} sits with {P:dawn}'s team on floor 2.\n"
                 "Cake at 3."),
    ("hr_email", "Subject: RE: relocation package\n"
                 "{P:Anjali}, confirmed: we cover the move from {C:Pune} to {C:Rotterdam}.\n"
                 "BSN aanvraag loopt, voorlopig nr: {I:318462904}\n"
                 "Tijdelijk adres: {A:Westersingel 118-C}, {A:3015 LD} {C:Rotterdam}\n"
                 "Kind regards, {P:Joost van der Heijden}"),
    ("hr_email", "From: \"{P:Tran, Bao Ngoc}\" <{E:bngoc.tran@saigonlogix.com}>\n"
                 "Subject: bank details update\n"
                 "Dear Ms {P:Carvalho}, please pay my salary to the new acc:\n"
                 "IBAN {I:PT32 0035 0697 0048 2917 3652 4}\n"
                 "tks, {P:Ngọc}"),
    ("hr_email", "Meeting notes - grievance (confidential)\n"
                 "Attendees: {P:Efua Mensah-Bonsu}, {P:Gareth Pryce} (union rep), {P:Yara Haddad} (HR)\n"
                 "{P:Efua} states {P:Gareth}'s predecessor ignored two complaints. {P:Yara} to pull the file.\n"
                 "Next meeting 2 Apr, room Lovelace"),
    # --- chat logs -------------------------------------------------------------------------------------------------
    ("chat_log", "[12/03/2025, 21:14] {P:Tomasz Wierzbicki}: who has the key to the allotment shed?\n"
                 "[12/03/2025, 21:15] {P:Priya}: ask {P:tomasz}'s neighbour lol\n"
                 "[12/03/2025, 21:15] {P:Tomasz Wierzbicki}: I AM {P:tomasz}\n"
                 "[12/03/2025, 21:16] {P:Ewa K}: {P:priya} 😂\n"
                 "[12/03/2025, 21:20] {P:Priya}: ok ok it's with {P:gerry}, {T:07813 662 904}"),
    ("chat_log", "Telegram export - chat \"Flat 5 tenants\"\n"
                 "{P:Dilnoza Rahimova}, [03.02.2025 18:40]\n"
                 "boiler is off again, landlord not answering\n"
                 "{P:Arslan}, [03.02.2025 18:42]\n"
                 "ok {P:Dilnoza}, sent him an email. his number is {T:+44 20 3807 1194} btw\n"
                 "{P:Dilnoza Rahimova}, [03.02.2025 18:43]\n"
                 "thx {P:arslan}"),
    ("chat_log", "#infra-oncall  (Slack)\n"
                 "{P:kemi.adeyemi}  9:02 AM\n"
                 "@{P:lukas.brenner} is the backup job yours? svc-backup failed at 03:00\n"
                 "{P:lukas.brenner}  9:05 AM\n"
                 "yes, disk full on backup-02. {P:kemi} can you ping {P:Rosa} for more quota?\n"
                 "jenkins  9:06 AM\n"
                 "Build #4471 SUCCESS (main)"),
    ("chat_log", "Discord - server: retro-modding / #trades\n"
                 "{P:marisol_v} — today at 14:22\n"
                 "selling the GBA shell, ship from {C:Valencia}. paypal is {E:marisol.vidal.r@gmail.com}\n"
                 "{P:kenji_oka} — today at 14:25\n"
                 "@{P:marisol_v} dm'd you. {P:marisol} pls send to {A:Calle del Doctor Sumsi 41}, {A:3º B}, {A:46005}\n"
                 "MEE6 — today at 14:25\n"
                 "GG @{P:kenji_oka}, you just advanced to level 12!"),
    ("chat_log", "IRC #linux-help on libera\n"
                 "<{P:fbouchard}> anyone know why /home/{P:fbouchard}/.ssh is world-readable after rsync?\n"
                 "<ChanServ> [#linux-help] be patient, paste logs to a pastebin\n"
                 "<{P:nadia_h}> {P:fbouchard}: rsync -a keeps perms from source, check source dir\n"
                 "<{P:fbouchard}> ty {P:nadia}"),
    ("chat_log", "SMS\n"
                 "{T:+1 (415) 555-0192}: hey is this still {P:Ashwin}? it's {P:Rain} from the climbing gym\n"
                 "me: yes! hi {P:rain}\n"
                 "{T:+1 (415) 555-0192}: can u lend me ur rope sat? i'll bring it back to {A:2286 Folsom St} sunday\n"
                 "me: sure"),
    ("chat_log", "Zoom chat - weekly sync\n"
                 "09:31:04 From {P:Gabriela Montes de Oca} to Everyone: can everyone see the slide?\n"
                 "09:31:20 From {P:Obinna Eze} to Everyone: yes\n"
                 "09:32:11 From {P:Sven Lindqvist} to {P:Gabriela Montes de Oca} (Direct Message): pls send deck to "
                 "{E:sven.lindqvist@norrvik.se}\n"
                 "09:33:40 From Otter.ai to Everyone: Otter is transcribing this meeting"),
    ("chat_log", "WeChat 聊天记录\n"
                 "{P:周文杰} 10:02  {P:建国}，明天的货到了吗？\n"
                 "{P:李建国} ({P:Jianguo Li}) 10:05  到了，放在{A:浦东新区张江路1288号}仓库\n"
                 "{P:周文杰} 10:05  ok 我让{P:小王}去拿，电话{T:138 1762 4093}\n"
                 "{P:Zhou Wenjie} 10:06  thanks {P:jianguo}"),
    ("chat_log", "카카오톡 대화 - 동아리 총무\n"
                 "[{P:박서연}] [오후 7:12] 회비 입금 계좌 알려줘\n"
                 "[{P:Minjun Choi}] [오후 7:13] 국민 {I:471802-01-339265} {P:최민준}\n"
                 "[{P:박서연}] [오후 7:13] ㅇㅋ 고마워 {P:민준}아\n"
                 "[{P:seoyeon}] [오후 7:15] sent!"),
    ("chat_log", "Teams - 1:1 chat\n"
                 "{P:Hamza Al-Rashidi} 16:40\n"
                 "can you cover my shift thursday? my mum's flight lands at 6\n"
                 "{P:Bill Kowalski} 16:52\n"
                 "np {P:hamza}. tell {P:Victor} so he updates the rota\n"
                 "{P:Hamza Al-Rashidi} 16:53\n"
                 "legend, thanks {P:bill}"),
    ("chat_log", "Signal - family group\n"
                 "Mama: {P:Kwabena} did u send the money for grandma's rent?\n"
                 "{P:Kwabena Boadu}: yes mama, sent to Auntie {P:Esi}'s MoMo {T:024 771 3058}\n"
                 "{P:Abena}: she said she got it\n"
                 "Mama: God bless u {P:kobby}"),
    ("chat_log", "WhatsApp chat with {P:Gökhan}\n"
                 "[08:14] {P:Gökhan Öztürkmen}: abi adres {A:Bağdat Cad. No:212 D:7}, {C:Kadıköy}/{C:İstanbul}\n"
                 "[08:15] {P:Gökhan Öztürkmen}: kapı kodu 2580\n"
                 "[08:31] You: tamam {P:gökhan}, kargo yarın gelir\n"
                 "[08:31] You: ‎<attached: IMG-20250314-WA0007.jpg>"),
    # --- ops logs --------------------------------------------------------------------------------------------------
    ("ops_log", "Mar 14 02:11:07 bastion-01 sshd[22817]: Accepted publickey for {P:lkrejci} from {N:185.44.201.73} "
                "port 51622 ssh2\n"
                "Mar 14 02:11:09 bastion-01 sudo:  {P:lkrejci} : TTY=pts/3 ; PWD=/home/{P:lkrejci} ; USER=root ; "
                "COMMAND=/usr/bin/systemctl restart nginx\n"
                "Mar 14 02:15:44 bastion-01 sshd[22817]: pam_unix(sshd:session): session closed for user "
                "{P:lkrejci}"),
    ("ops_log", "commit 8f3c2a1e9b7d40c6a5f1e2d3c4b5a69788e7f6d5\n"
                "Author: {P:Adaeze Okonkwo} <{E:adaeze.okonkwo@users.noreply.github.com}>\n"
                "Date:   Thu Mar 13 17:42:10 2025 +0100\n"
                "\n"
                "    fix max_retries off-by-one in retry_policy\n"
                "\n"
                "    Co-authored-by: {P:Mateus Figueiredo} <{E:mateus.fig@ondaweb.com.br}>\n"
                "    Reviewed-by: dependabot[bot]"),
    ("ops_log", "2025-03-12T08:14:55.201Z INFO  auth.login user=\"{P:rosa.delgado}\" src={N:10.24.7.118} "
                "result=success mfa=totp\n"
                "2025-03-12T08:15:02.877Z WARN  auth.login user=\"{P:rdelgado}\" src={N:10.24.7.118} "
                "result=fail reason=unknown_user\n"
                "2025-03-12T08:15:40.004Z INFO  auth.login user=\"svc-reporting\" src={N:10.0.0.5} result=success"),
    ("ops_log", "{\"ts\":\"2025-03-10T11:02:33Z\",\"level\":\"error\",\"msg\":\"payment declined\",\n"
                " \"customer\":{\"name\":\"{P:Bilal Qureshi}\",\"email\":\"{E:bilal.q@proton.me}\","
                "\"phone\":\"{T:+92 300 4187 265}\"},\n"
                " \"ip\":\"{N:39.48.112.17}\",\"retry\":2,\"service\":\"checkout-api\"}"),
    ("ops_log", "postfix/smtp[4412]: 4D2F81C0A: to=<{E:hanne.lykke@fiskerhuset.dk}>, relay=mx.fiskerhuset.dk[{N:"
                "194.182.70.41}]:25, status=sent (250 OK)\n"
                "postfix/qmgr[1180]: 4D2F81C0A: from=<{E:noreply@billing.example}>, size=18833, nrcpt=1\n"
                "postfix/smtp[4413]: 7A1E00B22: to=<{E:s.mukherjee@kolkatatextiles.in}>, status=deferred "
                "(mailbox full)"),
    ("ops_log", "Windows Security Log\n"
                "EventID 4625  An account failed to log on.\n"
                "  Account Name:   {P:m.rossi}\n"
                "  Account Domain: CORP\n"
                "  Workstation:    LT-0447\n"
                "  Source Address: {N:172.16.40.22}\n"
                "  Profile path:   C:\\Users\\{P:m.rossi}"),
    ("ops_log", "k8s audit: verb=delete resource=pods ns=payments user=\"{E:oksana.hrytsenko@finhub.io}\"\n"
                "k8s audit: verb=get resource=secrets ns=payments user=\"system:serviceaccount:payments:default\"\n"
                "k8s audit: verb=patch resource=deploy ns=payments user=\"{P:oksana.h}\" sourceIPs=[\"{N:"
                "2a02:8108:1c40:5e00::2f}\"]"),
    ("ops_log", "nginx access\n"
                "{N:81.170.33.204} - {P:jdoyle} [11/Mar/2025:22:01:17 +0000] \"GET /admin/export?user_id=4471 "
                "HTTP/1.1\" 200 5531\n"
                "{N:81.170.33.204} - {P:jdoyle} [11/Mar/2025:22:01:19 +0000] \"GET /admin/users/{P:aoife.brennan}/"
                "edit HTTP/1.1\" 200 918\n"
                "{N:10.0.0.9} - - [11/Mar/2025:22:01:20 +0000] \"GET /healthz HTTP/1.1\" 200 2"),
    ("ops_log", "ldap audit\n"
                "modify dn=\"uid={P:tnguyen},ou=people,dc=corp,dc=example\" by \"uid=admin\"\n"
                "  replace cn: {P:Thanh Nguyen} -> {P:Nguyễn Văn Thành}\n"
                "  replace mobile: {T:+84 912 408 573}\n"
                "  replace homeDirectory: /home/{P:tnguyen}"),
    ("ops_log", "app.log\n"
                "[2025-03-09 13:00:01] cron: job cleanup_tmp started by root\n"
                "[2025-03-09 13:04:12] user {P:Sandeep Gill} ({P:sgill}) exported report Q1-revenue.xlsx\n"
                "[2025-03-09 13:04:12] mail sent to {E:sandeep.gill@northgate-foods.co.uk}\n"
                "[2025-03-09 13:10:55] user_id=88123 name=\"{P:Chanel Baptiste}\" action=password_reset "
                "ip={N:86.242.19.130}"),
    ("ops_log", "VPN (OpenVPN) status\n"
                "CLIENT_LIST,{P:ana.ferreira},{N:89.180.211.46}:51820,{N:10.8.0.14},2025-03-14 07:58\n"
                "CLIENT_LIST,{P:yusupov_r},{N:95.46.12.199}:40211,{N:10.8.0.15},2025-03-14 08:02\n"
                "CLIENT_LIST,build-agent-3,{N:10.1.4.20}:1194,{N:10.8.0.16},2025-03-14 08:03"),
    ("ops_log", "dhcpd: DHCPACK on {N:192.168.1.47} to 3c:22:fb:9a:01:7e (iPhone-de-{P:Lucia}) via eth0\n"
                "dhcpd: DHCPACK on {N:192.168.1.52} to a4:83:e7:10:2c:5d (Galaxy-S23-{P:Nnamdi}) via eth0\n"
                "dhcpd: DHCPACK on {N:192.168.1.60} to b8:27:eb:44:91:aa (raspberrypi) via eth0"),
    # --- csv exports -----------------------------------------------------------------------------------------------
    ("csv_rows", "id,first_name,last_name,email,phone,city\n"
                 "1041,{P:Chukwuemeka},{P:Obi},{E:c.obi@lagosmail.ng},{T:+234 803 417 2290},{C:Lagos}\n"
                 "1042,{P:Yui},{P:Matsuda},{E:yui.matsuda@kakehashi.jp},{T:080-3391-7724},{C:Osaka}\n"
                 "1043,{P:Patience},{P:Amankwah},{E:patience.amk@yahoo.com},{T:+233 24 418 9071},{C:Kumasi}"),
    ("csv_rows", "cognome,nome,data_nascita,codice_fiscale,comune\n"
                 "{P:Marangon},{P:Ludovica},{B:12/04/1993},{I:MRNLVC93D52F205M},{C:Milano}\n"
                 "{P:Bassanelli},{P:Ettore},{B:23/08/1984},{I:BSSTTR84M23H501U},{C:Roma}\n"
                 "{P:Quaglia},{P:Tiziana},{B:02/11/1970},,{C:Torino}"),
    ("csv_rows", "user\temail\tlast_login\trole\n"
                 "{P:asmith}\t{E:alys.smith@cwmbran-college.ac.uk}\t2025-03-13\tstaff\n"
                 "{P:ojimenez}\t{E:octavio.jimenez@cwmbran-college.ac.uk}\t2025-03-12\tstaff\n"
                 "svc-moodle\t{E:moodle-noreply@cwmbran-college.ac.uk}\t2025-03-14\tservice\n"
                 "{P:hope.w}\t{E:hope.williams22@cwmbran-college.ac.uk}\t2025-02-28\tstudent"),
    ("csv_rows", "\"Nachname\";\"Vorname\";\"Geburtsdatum\";\"Straße\";\"PLZ\";\"Ort\"\n"
                 "\"{P:Schwarzkopf}\";\"{P:Benedikt}\";\"{B:19.02.1965}\";\"{A:Am Mühlbach 3a}\";\"{A:79098}\";"
                 "\"{C:Freiburg}\"\n"
                 "\"{P:Yılmaz}\";\"{P:Elif}\";\"{B:07.07.1990}\";\"{A:Kaiserstr. 140}\";\"{A:76133}\";"
                 "\"{C:Karlsruhe}\""),
    ("csv_rows", "[\n"
                 "  {\"uid\": 77, \"display\": \"{P:Sunny Okafor}\", \"login\": \"{P:sokafor}\",\n"
                 "   \"tz\": \"Africa/Lagos\"},\n"
                 "  {\"uid\": 78, \"display\": \"{P:Mei-Ling Hsu}\", \"login\": \"{P:mlhsu}\",\n"
                 "   \"tz\": \"Asia/Taipei\"},\n"
                 "  {\"uid\": 79, \"display\": \"Release Bot\", \"login\": \"release-bot\", \"tz\": \"UTC\"}\n"
                 "]"),
    ("csv_rows", "member_no|surname|given|dob|postcode\n"
                 "{I:GYM-204418}|{P:O'SULLIVAN}|{P:CIARÁN}|{B:1999-01-30}|{A:D08 W9R4}\n"
                 "{I:GYM-204419}|{P:NÍ CHONAILL}|{P:ÉABHA}|{B:2001-06-14}|{A:D06 F2K7}\n"
                 "{I:GYM-204420}|{P:KHUMALO}|{P:SIPHO}|{B:1985-10-09}|{A:D04 HN73}"),
    ("csv_rows", "order_id,customer,ship_to,zip,card_last4\n"
                 "A-99120,\"{P:Delgado, Ramona}\",\"{A:1520 W Cermak Rd} {A:Apt 3}\",{A:60608},4417\n"
                 "A-99121,\"{P:Abernathy, Colt}\",\"{A:88 Juniper Hollow Ln}\",{A:37064},0925\n"
                 "A-99122,\"{P:Phan, Thi Lan}\",\"{A:3421 Bellaire Blvd}\",{A:77036},7712"),
    ("csv_rows", "nr,imie_nazwisko,pesel,data_ur,telefon\n"
                 "1,{P:Bartosz Zieliński},{I:92071403859},{B:1992-07-14},{T:601 284 337}\n"
                 "2,{P:Szymon Wrona},{I:03230811475},{B:2003-03-08},{T:+48 512 990 416}\n"
                 "3,{P:Leszek Makowiecki},{I:75122905634},{B:1975-12-29},{T:22 614 08 92}"),
    ("csv_rows", "{P:fatima.zahra.b},{E:fz.benali@menara.ma},{T:+212 661 24 88 17},Casablanca-Settat\n"
                 "{P:youssef.idrissi},{E:y.idrissi@menara.ma},{T:+212 670 93 41 05},Rabat-Salé-Kénitra\n"
                 "{P:amine_t},{E:amine.tazi@menara.ma},,Fès-Meknès"),
    ("csv_rows", "key=value dump from form-service\n"
                 "applicant.name={P:Rahel Tesfaye}\n"
                 "applicant.email={E:rahel.tesfaye@ethionet.et}\n"
                 "applicant.phone={T:+251 911 408 276}\n"
                 "applicant.dob={B:1996-09-21}\n"
                 "form.version=3.2.1\n"
                 "max_retries=5"),
    # --- postal blocks ---------------------------------------------------------------------------------------------
    ("postal_block", "{P:Oisín Ó Duinnín}\n"
                     "{A:Apt 12, Cois Abhann}\n"
                     "{A:Bóthar na Trá}\n"
                     "{C:Gaillimh} / {C:Galway}\n"
                     "{A:H91 E2P8}"),
    ("postal_block", "SHIP TO:\n"
                     "{P:NAKASHIMA/RYOTA}\n"
                     "{A:2-8-15 Kitahama}, {C:Chuo-ku}\n"
                     "{C:Osaka} {A:541-0041}\n"
                     "JAPAN\n"
                     "TEL {T:+81 6 4708 2291}"),
    ("postal_block", "Sr. {P:Aurelio Benavides Quispe}\n"
                     "{A:Av. Javier Prado Este 4120}, {A:Dpto. 902}\n"
                     "{C:Santiago de Surco}, {C:Lima} {A:15023}\n"
                     "Perú"),
    ("postal_block", "Pani\n"
                     "{P:Agnieszka Stępień-Wojtas}\n"
                     "{A:ul. Piotrkowska 201 m. 14}\n"
                     "{A:90-451} {C:Łódź}"),
    ("postal_block", "c/o {P:Faizal bin Rahmat}\n"
                     "{A:Blk 418 Ang Mo Kio Ave 10}\n"
                     "{A:#07-1123}\n"
                     "{C:Singapore} {A:560418}"),
    ("postal_block", "To: {P:Wanjiru Kamau}\n"
                     "{A:P.O. Box 2291-40100}\n"
                     "{C:Kisumu}\n"
                     "Kenya\n"
                     "mob {T:0733 418 902}"),
    ("postal_block", "Familie {P:Bakker-de Vries}\n"
                     "{A:Prinsengracht 455-II}\n"
                     "{A:1016 HN}  {C:Amsterdam}"),
    ("postal_block", "M. et Mme {P:Kouassi}\n"
                     "{A:Résidence Les Tilleuls, Bât. C}\n"
                     "{A:14 rue de la Croix-Nivert}\n"
                     "{A:75015} {C:Paris}"),
    ("postal_block", "RETURN TO SENDER - moved\n"
                     "{P:Deshawn Holloway-Price}\n"
                     "{A:1187 Magnolia Bend Dr}\n"
                     "{C:Jackson}, MS {A:39211-4402}"),
    ("postal_block", "Attn: {P:Tamar Ben-Ami}\n"
                     "{A:Rehov Ha-Nevi'im 37}\n"
                     "{C:Haifa} {A:3310401}\n"
                     "ISRAEL"),
    ("postal_block", "{P:Vikram Sethupathi}\n"
                     "{A:No. 14, 3rd Cross}, {C:Indiranagar 2nd Stage}\n"
                     "{C:Bengaluru} - {A:560038}\n"
                     "Ph: {T:+91 98450 27316}"),
    # --- bank notes ------------------------------------------------------------------------------------------------
    ("bank_note", "KYC refresh - case 88214\n"
                  "cust: {P:Erik Johansson Lindahl}, personnummer {I:880314-5120}\n"
                  "addr: {A:Vasagatan 17}, {A:lgh 1203}, {A:411 24} {C:Göteborg}\n"
                  "IBAN on file {I:SE24 8000 6184 7259 3014 7261}\n"
                  "ok, docs verified by {P:hkarlsson}"),
    ("bank_note", "fraud call 14:22\n"
                  "caller claimed to be {P:Adwoa Sarpong}, failed 2 of 3 security q's\n"
                  "real {P:Adwoa} reached on registered no. {T:+233 20 774 1950}, confirms she did not call\n"
                  "card {I:4513 7602 9184 5536} blocked, new card to {A:House No. 12, Abelenkpe Road}, {C:Accra}\n"
                  "- {P:ntiwari}"),
    ("bank_note", "Mortgage file note\n"
                  "applicants: {P:HASSAN, Layla} & {P:HASSAN, Omar}\n"
                  "DOB {B:03/09/1988} / {B:15/01/1985}\n"
                  "current rent at {A:Flat 2}, {A:41 Moseley Road}, {C:Birmingham} {A:B12 9AH}\n"
                  "salary acc {I:GB12 MIDL 4027 1963 0841 57}\n"
                  "broker {P:Neil} to send payslips"),
    ("bank_note", "wire recall req\n"
                  "originator: {P:Ferhat Aydoğan}  IBAN {I:TR43 0001 0090 1087 2946 3185 02}\n"
                  "beneficiary: {P:Jonas Vermeulen}  IBAN {I:BE08 0634 1872 9547}\n"
                  "amt EUR 4,800, sent in error (wrong invoice). {P:Ferhat} called twice, {T:+90 532 708 14 26}\n"
                  "sent MT192 to KBC, waiting"),
    ("bank_note", "AML alert #A-55102\n"
                  "acct holder {P:Svetlana Moroz} ({P:s.moroz}), acc no {I:40817810099910004312}\n"
                  "12 cash deposits under threshold in 9 days at branches in {C:Riga} and {C:Jūrmala}\n"
                  "linked: {P:Artūrs Kalniņš} (same phone {T:+371 2941 7730})\n"
                  "escalated to MLRO"),
    ("bank_note", "chat transcript - mobile banking\n"
                  "Bot: Hi! I'm Penny, your virtual assistant 🙂\n"
                  "{P:Kwame Ofori-Darko}: need to change my address\n"
                  "Bot: transferring you to an agent\n"
                  "Agent {P:Lucy}: hi {P:Kwame}, what's the new address?\n"
                  "{P:Kwame Ofori-Darko}: {A:27 Alder Way}, {C:Milton Keynes} {A:MK10 9GT}"),
    ("bank_note", "Kundennotiz\n"
                  "{P:Wolfgang Reindl-Huber}, geb. {B:11.11.1959}\n"
                  "Konto {I:DE61 7045 0320 1049 3726 15}\n"
                  "ruft an wg. Vollmacht für Sohn {P:Tobias}; Termin Filiale {C:Rosenheim} am Do.\n"
                  "RR {T:08031 408 227}"),
    ("bank_note", "joint acct opening\n"
                  "1) {P:Ana Paula Cordeiro}  CPF {I:381.604.927-31}  nasc. {B:08/05/1990}\n"
                  "2) {P:Rodrigo Cordeiro Lima}  CPF {I:702.915.384-79}  nasc. {B:21/12/1987}\n"
                  "end.: {A:Rua Harmonia 812}, {A:apto 33}, {C:São Paulo} - SP, CEP {A:05435-001}\n"
                  "gerente: {P:Thaís}"),
    ("bank_note", "card dispute\n"
                  "{P:Ibrahim Sesay} disputes 3 txns on {I:5358 2190 4736 2184} (merchant NETFLIXX.COM)\n"
                  "says phone was stolen in {C:Freetown}, wife {P:Mariama} reported it\n"
                  "provisional credit issued. cb {T:+232 76 418 903}"),
    ("bank_note", "Nota interna\n"
                  "cliente {P:Mariela de la Fuente Ortiz}, DNI {I:73918406V}\n"
                  "cambio de domicilio a {A:C/ Sierpes 48}, {A:2º izq.}, {A:41004} {C:Sevilla}\n"
                  "cuenta {I:ES14 0182 5322 9102 0154 8736}\n"
                  "atendida por {P:Javi}"),
    ("bank_note", "Telegram bot log (bank_notify_bot)\n"
                  "to @{P:olena_hrytsai}: Payment of 1 250 UAH received from {P:Bohdan Melnyk}\n"
                  "to @{P:olena_hrytsai}: New login from {N:176.37.92.140} ({C:Lviv})\n"
                  "to @ops_channel: daily report ready"),
    # --- crm notes -------------------------------------------------------------------------------------------------
    ("crm_note", "Account: Harrow & Finch Joinery\n"
                 "Contact: {P:Marcus Ellery-Thorne}, MD, {T:01632 960 417}\n"
                 "spoke w/ {P:marcus}, wants quote for 40 seats. his PA {P:Blessing Ugwu} handles POs\n"
                 "({E:blessing@harrowfinch.co.uk})\n"
                 "next: demo w/ {P:Dana} on 21st"),
    ("crm_note", "HubSpot activity\n"
                 "Email opened by {P:Rania Khoury} <{E:rania.khoury@levantgrain.com}>\n"
                 "Call logged by {P:tobias.weiss}: {P:Rania} out until 2 Apr, speak to {P:Elias Haddad} meanwhile\n"
                 "Deal stage: Proposal -> Negotiation\n"
                 "Owner: {P:Tobias Weiß}"),
    ("crm_note", "Salesforce - Lead\n"
                 "Name: {P:KIM Do-hyun}\n"
                 "Company: Hanbit Robotics\n"
                 "Mobile: {T:010-4718-2236}\n"
                 "Email: {E:dohyun.kim@hanbit-robotics.kr}\n"
                 "Notes: met at booth 4C, {P:do-hyun} asked for API docs; send via {P:Jade}"),
    ("crm_note", "call notes\n"
                 "- {P:gift} from Mthunzi Logistics rang, unhappy with delivery times\n"
                 "- wants to talk to {P:Sizwe} only\n"
                 "- {P:Sizwe Ndlovu} cb on {T:082 417 6690} before 3\n"
                 "- ref ORD-55821"),
    ("crm_note", "Kontakt: {P:Małgorzata Pawlak-Ostrowska}\n"
                 "tel. {T:+48 694 210 837}\n"
                 "mail: {E:m.pawlak@ostrowscy-meble.pl}\n"
                 "uwagi: {P:Gosia} prosi o fakturę na adres {A:ul. Grunwaldzka 12/4}, {A:80-236} {C:Gdańsk}"),
    ("crm_note", "Zendesk Sell - deal note by {P:ravi.m}\n"
                 "{P:Ngozi} (buyer) loops in {P:Chinedu Obiora} from procurement.\n"
                 "{P:chinedu} pushes for 90-day terms. Budget approved by Mrs {P:Okeke}\n"
                 "send redlines to {E:procurement@zenithfoods.ng}"),
    ("crm_note", "Intercom conversation #77120\n"
                 "User: {P:lucas.bernardes} ({E:lucas.bernardes@gmail.com})\n"
                 "Location: {C:Porto Alegre}, Brazil · IP {N:177.92.41.208}\n"
                 "Message: oi, meu plano renovou sem aviso\n"
                 "Assigned to {P:Camila} · tag: refund"),
    ("crm_note", "visit report - {C:Bordeaux}\n"
                 "saw {P:Hélène Garnier-Roussel} (achats) and her boss {P:Thibault}\n"
                 "{P:Hélène} wants samples by friday, ship to {A:ZA du Phare}, {A:12 rue Cantelaudette}, {A:33310} "
                 "{C:Lormont}\n"
                 "mobile {T:06 71 48 23 90}"),
    ("crm_note", "Pipedrive person record\n"
                 "Name: {P:Matías Echeverría}\n"
                 "Label: Hot lead\n"
                 "Phone: {T:+56 9 8417 2036}\n"
                 "Owner: {P:Valentina R.}\n"
                 "Note: {P:matias} referred by {P:Joaquín Soto}"),
    ("crm_note", "churn risk\n"
                 "{P:Sakura Ishikawa} ({E:s.ishikawa@hoshizora.co.jp}) says competitor is 20% cheaper\n"
                 "{P:Ishikawa}-san will decide end of month; CSM {P:Ruby} to offer 2-yr deal\n"
                 "tel {T:03-6418-2297}"),
    # --- forum posts -----------------------------------------------------------------------------------------------
    ("forum_post", "Re: router keeps rebooting\n"
                   "Quote from {P:nightowl_kofi}:\n"
                   "> same here since fw 2.1.7\n"
                   "@{P:nightowl_kofi} downgrade fixed it for me. if anyone near {C:Leicester} wants my spare, email "
                   "{E:dan.hutchins83@gmail.com}\n"
                   "-- {P:Dan}"),
    ("forum_post", "r/LegalAdviceUK · Posted by u/{P:siobhan_mcg}\n"
                   "Landlord ({P:Gerald Whitcombe}) keeping deposit for 'repainting'\n"
                   "We rented {A:14b Ashgrove Road}, {C:Bristol} {A:BS7 8HR} for 3 years. {P:Gerald} never did an "
                   "inventory.\n"
                   "Edit: thanks u/{P:rhys_ap_owen}, filed with the DPS"),
    ("forum_post", "GitHub issue #2291: crash on startup with non-ASCII home dir\n"
                   "{P:kübra-aksoy} opened this issue · 3 comments\n"
                   "Traceback mentions C:\\Users\\{P:Kübra Aksoy}\\AppData\\Local\\app\\config.yaml\n"
                   "{P:miguel-santana} commented: repro on /home/{P:msantana} with ñ in path\n"
                   "github-actions bot added label needs-triage"),
    ("forum_post", "Selling: baby stroller, barely used\n"
                   "pickup in {C:Brampton}, near {A:Sandalwood Pkwy}\n"
                   "text {P:Harpreet} {T:647-555-0173}\n"
                   "or my husband {P:Gurjit} if no answer"),
    ("forum_post", "Stack Overflow comment thread\n"
                   "@{P:AmaraO} your regex misses the + prefix – {P:Lars Eriksen} 2 hours ago\n"
                   "@{P:Lars Eriksen} good catch, edited – {P:AmaraO} 1 hour ago\n"
                   "this still fails for user_name with dots – {P:bishnu.thapa} 40 mins ago"),
    ("forum_post", "[Hilfe] Nachbar parkt ständig vor meiner Einfahrt\n"
                   "Gepostet von {P:Katrin_W}\n"
                   "Es geht um {A:Kastanienallee 8}, {C:Leipzig}. Der Typ heißt wohl {P:Ronny Seidel}, fährt "
                   "einen grauen Passat, Kennzeichen {I:L-RS 4471}\n"
                   "Antwort von Mods_Sachsen: Bitte keine Kennzeichen posten!"),
    ("forum_post", "Lost dog! 🐕\n"
                   "Our beagle Biscuit ran off near {A:Oak Hollow Dr} in {C:Plano} tonight.\n"
                   "If found call {P:Destiny} {T:(972) 555-0148} or {P:Marcus} {T:(972) 555-0166}\n"
                   "shared by {P:Carla Jimenez}"),
    ("forum_post", "Re: Re: best Japanese tutor online?\n"
                   "> {P:Yusuke} is great, {E:yusuke.tutor.jp@gmail.com}\n"
                   "+1 for {P:yusuke}. also try {P:Aiko Fujimura}'s group class on saturdays\n"
                   "posted by {P:learner_pham}"),
    ("forum_post", "Mastodon\n"
                   "{P:Nokuthula Zwane} @{P:nokuzwane}@mastodon.social\n"
                   "thanks @{P:thabo_m} for the lift to the {C:Durban} meetup! next one at the central library\n"
                   "boosted by @{P:lindiwe}"),
    ("forum_post", "Hacker News\n"
                   "{P:dkowal} 3 hours ago | parent | next\n"
                   "We did exactly this at my last job. {P:grace_h} wrote the migration in a weekend.\n"
                   "  {P:grace_h} 2 hours ago\n"
                   "  ha, it was two weekends {P:dkowal}"),
    # --- referral letters ------------------------------------------------------------------------------------------
    ("referral_letter", "Dear Dr {P:Ó Súilleabháin},\n"
                        "Re: {P:Niamh Fitzgerald-Burke}, DOB {B:09/02/1972}, {A:3 Sráid an Mhuilinn}, {C:Tralee} "
                        "{A:V92 K7T3}\n"
                        "Thank you for seeing this lady with a 6-month hx of hoarse voice. {P:Niamh} is a teacher and "
                        "non-smoker.\n"
                        "Her daughter {P:Clodagh} ({T:087 418 2290}) will bring her.\n"
                        "Yours sincerely, Dr {P:Fionnuala Breathnach}"),
    ("referral_letter", "e-Referral\n"
                        "From: Dr {P:Kamal Haque} <{E:kamal.haque@nhs.net}>\n"
                        "To: Cardiology, St Aldhelm's Hospital\n"
                        "Patient: {P:CHOWDHURY, Rehana}  NHS {I:402 917 3659}  born {B:30 March 1961}\n"
                        "AF with rapid rate, on bisoprolol. please see within 2/52.\n"
                        "contact pt's son {P:Imran} on {T:07956 104 382} (pt speaks Sylheti)"),
    ("referral_letter", "Überweisung an: Neurologie Dr. med. {P:Kraushaar}\n"
                        "Patient: {P:Jovana Stojanović}, geb. am {B:02.12.1983}\n"
                        "Anschrift: {A:Hohenzollernstraße 51}, {A:45128} {C:Essen}\n"
                        "Diagnose: rez. Kopfschmerz, Sehstörung\n"
                        "mit freundl. Grüßen, {P:Anke Dierksmeier}"),
    ("referral_letter", "Referral - physiotherapy\n"
                        "pt name: {P:Tawhiri Ngata}\n"
                        "NHI: {I:ZKP4838}\n"
                        "address: {A:22 Kowhai Street}, {C:Rotorua} {A:3010}\n"
                        "ph {T:027 418 3306}\n"
                        "Kia ora {P:Mereana}, could you see {P:Tawhiri} for post-op shoulder rehab? ngā mihi, {P:Ben}"),
    ("referral_letter", "Dear colleague\n"
                        "I would be grateful if you could review Mr {P:Oluwadamilare Ajayi} (DOB {B:1990-06-18}, "
                        "hosp no {I:K4481920})\n"
                        "He lives at {A:Flat 9}, {A:Ravenscourt House}, {A:52 Lordship Lane}, {C:London} {A:SE22 8HJ}\n"
                        "{P:Dami} reports intermittent palpitations; Holter attached.\n"
                        "Dr {P:Priyanka Venkataraman}"),
    ("referral_letter", "Lettre d'adressage\n"
                        "Cher confrère, je vous adresse Mme {P:Awa Diallo-Sy}, née le {B:14/10/1979}\n"
                        "domiciliée {A:27 avenue Jean Jaurès}, {A:69007} {C:Lyon}, tél. {T:06 48 17 22 05}\n"
                        "pour avis dermatologique. Confraternellement, Dr {P:Laurent Mazeaud}"),
    ("referral_letter", "Referral note (tele-consult)\n"
                        "pt: {P:Lakshmi Narayanaswamy}, 62F, Aadhaar {I:4918 7302 5619}\n"
                        "DOB {B:04-08-1962}; r/o {A:12/3 Bazullah Road}, {C:T. Nagar}, {C:Chennai} {A:600017}\n"
                        "k/c/o DM2, HTN; referred to ophthal for retinopathy screening\n"
                        "- Dr {P:S. Ramakrishnan}"),
    ("referral_letter", "To: Dr. {P:Hendrikus Mulder}, Maasstad Ziekenhuis\n"
                        "Betreft: {P:Fenna de Boer-Visser}, geb. {B:22-07-1968}, BSN {I:275930142}\n"
                        "Adres: {A:Kerkstraat 14}, {A:3341 LM} {C:Hendrik-Ido-Ambacht}\n"
                        "Graag beoordeling van knieklachten. Met collegiale groet, {P:M. Yildiz}, huisarts"),
    ("referral_letter", "Dear Dr {P:Sandhu},\n"
                        "Thank you for referring Mrs {P:Blessing Chikwanha}, born {B:11 Jan 1958}.\n"
                        "I saw {P:Blessing} with her husband {P:Tendai} today. MRI arranged.\n"
                        "cc: patient, {A:19 Hawthorn Close}, {C:Swindon} {A:SN3 4QT}\n"
                        "{P:Rosalind Achterberg}, Consultant Neurologist"),
    ("referral_letter", "Referral - Finland (työterveys)\n"
                        "Potilas: {P:Eetu Väisänen}\n"
                        "HETU {I:290779-5383}, syntynyt {B:29.07.1979}\n"
                        "lähete fysiatrille, selkäkipu 3 kk\n"
                        "Lääkäri {P:Riikka Saarinen}"),
    ("referral_letter", "From: {E:dermatology-bookings@oakfield-clinic.co.uk}\n"
                        "To: {P:Liam Castellanos} <{E:liam.castellanos@gmail.com}>\n"
                        "Hi {P:Liam}, your GP (Dr {P:Odunsi}) referred you to us. Please book via the link\n"
                        "or call {T:0118 496 0732}. Ref: DER-44180"),
    # --- payment updates -------------------------------------------------------------------------------------------
    ("payment_update", "Stripe webhook: customer.updated\n"
                       "name={P:Yasmin El-Amin} email={E:yasmin.elamin@outlook.com}\n"
                       "default_source=card_1Px... brand=amex last4=2719\n"
                       "card: {I:3742 910583 62719}\n"
                       "billing_address.line1={A:7 Ocean Parade} billing_address.postal_code={A:2095}"),
    ("payment_update", "Direct Debit change\n"
                       "Payer: {P:Alistair McCandless}\n"
                       "old: sort code {I:30-96-27} acc {I:41850362}\n"
                       "new: IBAN {I:GB87 LOYD 3096 2741 8503 62}\n"
                       "confirmed by {P:alistair} via app, {T:07712 093 481}"),
    ("payment_update", "SEPA mandate\n"
                       "Kontoinhaber: Dr. {P:Anneliese Vogt}\n"
                       "IBAN: {I:DE08 1203 0000 1067 3829 45}\n"
                       "Mandatsreferenz: M-2025-00411\n"
                       "Anschrift: {A:Goethestr. 3}, {A:04109} {C:Leipzig}"),
    ("payment_update", "ACH setup\n"
                       "vendor contact: {P:Dwayne Fitzpatrick} ({E:dwayne@fitzpatrick-hvac.com})\n"
                       "routing {I:261093571}  account {I:004417290381}\n"
                       "secondary routing {I:044001832} (credit union)\n"
                       "approved by {P:maria.ocampo}"),
    ("payment_update", "WhatsApp to accounts\n"
                       "[10:14] {P:Nikolaos Papadakis}: new card for the subscription pls\n"
                       "[10:14] {P:Nikolaos Papadakis}: {I:4927-3015-8264-0177} exp 09/28\n"
                       "[10:20] Accounts: thanks {P:Niko}, updated. pls don't send card nos on chat next time 🙏"),
    ("payment_update", "Zahlungsänderung (CH)\n"
                       "Kunde: {P:Reto Gschwend}\n"
                       "neue IBAN {I:CH45 0023 5104 7893 6250 1}\n"
                       "Adresse: {A:Seestrasse 214}, {A:8810} {C:Horgen}\n"
                       "bestätigt telefonisch {T:+41 44 718 23 09}"),
    ("payment_update", "payout method changed\n"
                       "user: {P:hanna.virtanen} ({P:Hanna Virtanen})\n"
                       "from PayPal {E:hanna.v@kolumbus.fi} to IBAN {I:FI56 4293 0018 2736 45}\n"
                       "ip {N:84.249.63.17}, device: Pixel 8"),
    ("payment_update", "Card on file replaced\n"
                       "cust {P:Rashid Al-Mazrouei}, Emirates ID {I:784-1987-4417290-3}\n"
                       "old {I:4552\u00a00681\u00a07394\u00a00280} -> new {I:5154 8720 9316 4726}\n"
                       "salary IBAN {I:AE84 0260 0010 1582 9374 610}"),
    ("payment_update", "recurring donation update\n"
                       "donor: {P:Marit Haugland}, fnr {I:16069149808}\n"
                       "konto: {I:NO91 1503 6284 719}\n"
                       "beløp: 200 kr/mnd. thanks sent to {E:marit.haugland@online.no}"),
    ("payment_update", "refund to original card\n"
                       "order 81203 - {P:Jae-won Seo}\n"
                       "card {I:6011 4827 3095 1625}\n"
                       "cust asked via Kakao ({P:jaewon_s}), refund ETA 5-7 days"),
    ("payment_update", "Przelew - zmiana rachunku\n"
                       "dostawca: {P:Krzysztof Bąk} (jednoosobowa działalność)\n"
                       "nowy rachunek: {I:PL36 1020 5561 0000 3602 1948 7312}\n"
                       "tel. kontaktowy {T:+48 508 117 462}, potwierdzone przez {P:Ulę}"),
    # --- tax forms -------------------------------------------------------------------------------------------------
    ("tax_form", "Form W-9 (summary)\n"
                 "Name: {P:Kenneth Okafor-Hale}\n"
                 "SSN: {I:412-58-7301}\n"
                 "Address: {A:905 Brookhaven Terrace}\n"
                 "City/State/ZIP: {C:Decatur}, GA {A:30030}"),
    ("tax_form", "Einkommensteuererklärung 2024 - Mantelbogen\n"
                 "Steuerpflichtige Person: {P:Kübra Aydın-Schulte}\n"
                 "Identifikationsnummer: {I:36194027754}\n"
                 "Geburtsdatum: {B:26.01.1982}\n"
                 "Straße, Hausnr.: {A:Am Lindenhof 15}  PLZ {A:30171} Ort {C:Hannover}"),
    ("tax_form", "Déclaration 2042 - pièce jointe\n"
                 "Déclarant 1: {P:RAKOTOMALALA Hery}, né le {B:08/08/1993}\n"
                 "NIR {I:1 93 08 69 383 021 92}\n"
                 "adresse: {A:5 place Bellecour}, {A:69002} {C:Lyon}"),
    ("tax_form", "ITR-1 acknowledgement\n"
                 "Name: {P:ANIRUDH KESHAVAMURTHY}\n"
                 "PAN: {I:BKRPK4417M}  Aadhaar: {I:7360 2948 1539}\n"
                 "DOB: {B:14/02/1991}\n"
                 "e-filed from IP {N:49.207.182.56}"),
    ("tax_form", "Modelo 100 - datos personales\n"
                 "NIF: {I:40271853-A}\n"
                 "Apellidos y nombre: {P:GARCÍA DE LA TORRE, Inmaculada}\n"
                 "Fecha de nacimiento: {B:31/05/1977}\n"
                 "Domicilio: {A:Avda. de la Constitución 22}, {A:5ºA}, {A:18012} {C:Granada}"),
    ("tax_form", "T1 slip request (CRA)\n"
                 "SIN: {I:527 184 097}\n"
                 "Name: {P:Thibodeau-Nakamura, Élise}\n"
                 "Date of birth: {B:1989-10-03}\n"
                 "Spouse: {P:Kenta Nakamura}, SIN {I:613-940-279}"),
    ("tax_form", "Self Assessment - online form fields\n"
                 "title=Ms first_name={P:Chloe} surname={P:Adebayo-Clarke}\n"
                 "nino={I:JT 41 88 27 C} utr={I:4418 72931 0}\n"
                 "dob={B:1995-04-19} phone={T:07405 226 819}\n"
                 "agent_ref=AG-7731 submitted_by=svc-hmrc-gateway"),
    ("tax_form", "Deklaracja PIT-37 - dane podatnika\n"
                 "Nazwisko: {P:Wrona}  Imię: {P:Szymon}\n"
                 "PESEL: {I:03230811475}\n"
                 "Data urodzenia: {B:08.03.2003}\n"
                 "Adres: {A:ul. Mickiewicza 7/19}, {A:31-120} {C:Kraków}"),
    ("tax_form", "Imposta - 730 precompilato\n"
                 "Contribuente: {P:Ettore Bassanelli}\n"
                 "Codice fiscale: {I:BSSTTR84M23H501U}\n"
                 "Residenza: {A:Via dei Volsci 88}, {A:00185} {C:Roma}\n"
                 "IBAN rimborso: {I:IT81 K030 6909 6061 0000 0063 817}"),
    ("tax_form", "Inkomstdeklaration - kontrolluppgift\n"
                 "Namn: {P:Linnea Ahlgren}\n"
                 "Personnummer: {I:950722-2389}\n"
                 "Adress: {A:Storgatan 8 B}, {A:903 26} {C:Umeå}\n"
                 "e-post {E:linnea.ahlgren@telia.se}"),
    ("tax_form", "Declaração IRPF - dependentes\n"
                 "titular: {P:Thaís Albuquerque Nunes}, CPF {I:159.372.806-95}\n"
                 "dependente: {P:Heitor Nunes}, nascimento {B:17/09/2015}\n"
                 "endereço: {A:Rua Padre Chagas 415}, {C:Porto Alegre}/RS, CEP {A:90570-080}"),
    # --- incident reports ------------------------------------------------------------------------------------------
    ("incident_report", "SEC-INC-2025-031 phishing\n"
                        "reporter: {P:ayodele.bankole}\n"
                        "mail from \"IT Support\" <{E:it-helpdesk@micros0ft-verify.co}> to {E:j.mbeki@tembalaw.co.za}\n"
                        "{P:Jabulani Mbeki} clicked the link from {N:41.13.254.90}, creds reset by {P:ayodele}\n"
                        "IOC: hxxp://login-verify[.]co/a, sha256 9f2c...e71a"),
    ("incident_report", "H&S incident form\n"
                        "Injured person: {P:Patrick Nwosu-Hale}\n"
                        "Witness: {P:Sunny Tran}, {T:0412 338 907}\n"
                        "Location: loading bay 2, {A:45 Fairbank Rd}, {C:Clayton South} VIC {A:3169}\n"
                        "{P:Patrick} slipped on hydraulic oil; first aid by {P:Gail}"),
    ("incident_report", "Police - incident log 2503/0419\n"
                        "informant {P:Ruth Abernathy-Cole} (tel {T:07488 219 065}) reports car broken into\n"
                        "vehicle reg {I:GY19 KPX}, parked outside {A:62 Clarendon Street}, {C:Nottingham}\n"
                        "suspect descr: male, 20s, grey hoodie, called \"{P:Deano}\" by mate\n"
                        "OIC PC {P:Harwood} 4471"),
    ("incident_report", "Data breach assessment\n"
                        "export from CRM emailed in error to {E:rkapoor.personal@gmail.com} by {P:Rohan Kapoor}\n"
                        "file contained {P:Anita Sørensen} ({E:anita.sorensen@hvidbjerg.dk}, IBAN "
                        "{I:DK98 3000 4157 3829 16}) and 41 other rows\n"
                        "{P:Rohan} deleted the mail; DPO {P:Mirela Constantinescu} informed"),
    ("incident_report", "Aviation occurrence report\n"
                        "crew: capt. {P:Bjørn Aasland}, F/O {P:Tomás Herrera}\n"
                        "pax seat 14C {P:AL-SAADI/HUDA} MRS reported smoke from PED\n"
                        "passport {I:A17429603}, contact {T:+966 55 418 2207}\n"
                        "ref ASR-2025-0092"),
    ("incident_report", "Lab incident (spill)\n"
                        "who: dr. {P:Anh Phạm}, {P:Quang}\n"
                        "badge ids: {I:EMP-44182}, {I:EMP-44219}\n"
                        "{P:Quang} knocked over 50 ml ethidium bromide; area cordoned by {P:Seren Davies}\n"
                        "no exposure"),
    ("incident_report", "Security log excerpt (SIEM)\n"
                        "alert=impossible_travel user={E:takumi.oda@kansai-steel.jp}\n"
                        "login1 {N:133.242.18.7} ({C:Osaka}) 08:02, login2 {N:102.89.44.161} ({C:Lagos}) 08:19\n"
                        "analyst {P:rfernandes}: confirmed with {P:Oda}-san, phone was his, VPN on"),
    ("incident_report", "Bericht - Arbeitsunfall\n"
                        "Verletzte Person: {P:Dariusz Nowicki}, geb. {B:05.06.1976}\n"
                        "Wohnort: {A:Bahnhofstr. 12}, {A:09111} {C:Chemnitz}\n"
                        "Ersthelfer: {P:Rüdiger}\n"
                        "Krankenkasse-Nr.: {I:M418203773}"),
    ("incident_report", "Incident #7781 - tenant dispute\n"
                        "complainant: {P:Oksana Lytvynenko}, {A:Flat 3B}, {A:77 Holloway Road}\n"
                        "neighbour {P:Terrence 'Tel' Baines} allegedly threatened her; she has his texts from "
                        "{T:07960 441 208}\n"
                        "housing officer {P:Priya}"),
    ("incident_report", "On-call postmortem\n"
                        "timeline: 02:14 pagerduty paged {P:emeka.n}; 02:20 {P:emeka} escalated to {P:lin.yao}\n"
                        "root cause: expired cert on api-gw-3 (v2.14.1)\n"
                        "customer impact: Mrs {P:Grace Otieno} unable to pay, called {T:+254 711 490 388}"),
    ("incident_report", "Safeguarding concern\n"
                        "child: {P:Amelia-Rose Kirkby}, DOB {B:2016-09-12}\n"
                        "reported by teacher Mr {P:Owusu}, mum {P:Stacey Kirkby} informed\n"
                        "home {A:21 Bramble Court}, {C:Wakefield} {A:WF2 7PL}"),
    # --- PII-free look-alikes --------------------------------------------------------------------------------------
    ("pii_free", "#deploys (Slack)\n"
                 "jenkins  10:02 AM\n"
                 "Deploy of checkout-api v3.18.240.7 to prod-eu-west finished\n"
                 "dependabot  10:05 AM\n"
                 "Bump lodash from 4.17.20 to 4.17.21 in /frontend"),
    ("pii_free", "Mar 14 03:00:01 backup-02 CRON[9912]: (svc-backup) CMD (/opt/backup/run.sh --full)\n"
                 "Mar 14 03:00:02 backup-02 sudo: root : TTY=unknown ; USER=postgres ; COMMAND=/usr/bin/pg_dumpall\n"
                 "Mar 14 03:41:17 backup-02 backup[9913]: wrote 148 GB to s3://archive-eu/nightly, max_retries=3"),
    ("pii_free", "config.yaml\n"
                 "user_id_field: user_id\n"
                 "display_name_attr: displayName\n"
                 "default_user: nobody\n"
                 "admin_group: wheel\n"
                 "ldap_base: ou=people,dc=corp,dc=example"),
    ("pii_free", "Release notes - Marigold 2.4\n"
                 "- Hope Street theme renamed to Harbour\n"
                 "- Faster Fourier transforms in the Gauss module\n"
                 "- Dropped support for Windows 7 and Python 3.8\n"
                 "- Thanks to all contributors!"),
    ("pii_free", "Team Apollo standup\n"
                 "Atlas: migration to Postgres 16 done\n"
                 "Hermes (notifications): retry queue drained\n"
                 "Blocked: Orion waits for the Jira board cleanup"),
    ("pii_free", "git log --oneline\n"
                 "a41f9c2 Merge pull request #4471 from feature/grace-period\n"
                 "7d0e3b8 Fix Levenshtein distance for empty strings\n"
                 "c19a77e Revert \"Use Dijkstra for routing\"\n"
                 "0ff3e12 chore(deps): renovate[bot] update node to 20.11.1"),
    ("pii_free", "Menu - Thursday\n"
                 "Caesar salad, Beef Wellington, Eggs Benedict\n"
                 "Peach Melba or Victoria sponge\n"
                 "allergens: call ext. 0800 or see board"),
    ("pii_free", "Weather service bulletin\n"
                 "Storm Henrietta expected to reach the coast Friday; gusts 110 km/h.\n"
                 "Ferries on the southern routes suspended. Next update 18:00 UTC."),
    ("pii_free", "Inventory export\n"
                 "sku,name,qty\n"
                 "0161-555-0199,Victorian oak bench,12\n"
                 "4471-2290-88,Tiffany lamp replica,3\n"
                 "192.168.1.1-KIT,Router wall mount,40"),
    ("pii_free", "Discord - #bot-commands\n"
                 "MEE6 — today at 09:12\n"
                 "Welcome to the server! Read #rules first.\n"
                 "Dyno — today at 09:13\n"
                 "Auto-mod: message removed (link spam)"),
    ("pii_free", "Kubernetes events\n"
                 "Normal  Scheduled  pod/worker-7c9f  Successfully assigned default/worker-7c9f to node-10-0-3-17\n"
                 "Warning BackOff    pod/worker-7c9f  Back-off restarting failed container\n"
                 "image: registry.local/worker:1.22.3.4"),
    ("pii_free", "Reading list\n"
                 "Alzheimer's and Parkinson's: a review, chapter 3\n"
                 "Notes on the Turing machine and the Church thesis\n"
                 "Bring the Murphy bed brochure to the Friday meeting"),
    ("pii_free", "Hardware ticket template\n"
                 "Model: ThinkPad X1 Carbon Gen 11\n"
                 "Serial: PF-3XK8L2\n"
                 "Warranty: until 2027-03-31\n"
                 "Firmware: 10.24.7.118 (do not downgrade)"),
    ("pii_free", "Bugzilla #88120\n"
                 "Product: Firefox  Component: Networking\n"
                 "Reporter: triage-bot (auto)\n"
                 "Summary: IPv6 literal [::1]:8080 not parsed in about:config"),
    ("pii_free", "SMS from service\n"
                 "SKYWAY: your verification code is 448-102. Do not share it.\n"
                 "SKYWAY: parcel DX-8812-44 is out for delivery today 08:00-12:00"),
    ("pii_free", "Lunch & learn schedule\n"
                 "Mon: Kubernetes basics (Platform team)\n"
                 "Wed: Intro to Rust ownership (Compiler guild)\n"
                 "Fri: Bayesian A/B testing, room Hopper"),
    ("pii_free", "env dump\n"
                 "HOME=/root\n"
                 "USER=jenkins\n"
                 "PATH=/usr/local/bin:/usr/bin\n"
                 "JAVA_OPTS=-Xmx4g\n"
                 "BUILD_TAG=jenkins-main-4471"),
]


def dev16_records() -> list[Labelled]:
    """The sixteenth hand-written development set, parsed (gold spans on field `text`)."""
    return [parse_marked(kind, marked) for kind, marked in RECORDS]
