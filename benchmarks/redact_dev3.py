"""A third hand-written gold set for `redact_quality` (`--sets independent_dev3`), written blind, without reading
the detector's rules, name lists or earlier miss reports. It was scored blind once (12.4% in-scope leak) and has
been tuned on since, so it is a development set now (the blind set is redact_blind5.py).

Records look like the data of a real organisation, in 16 styles that differ from redact_dev2's: insurance claims,
school and university admin, court and legal case notes, pharmacy and lab reports, airline/hotel/rental bookings,
recruitment and CV snippets, lower-case multi-turn customer chats, Slack/Teams exports with handles, call-centre
transcripts with speaker labels, e-commerce order notes, tenancy letters, donation receipts, volunteer rosters
(tables), incident reports, e-mail threads with quoted replies and signatures, and JSON log lines; plus PII-free
look-alikes (people-like brand names such as "Ben & Jerry's" or "Dr Pepper", eponyms such as "Parkinson's disease"
or "Student's t-test", drug names, place names such as "Alice Springs", famous streets in prose, case names, Title
Case headings, months and weekdays). People come from many cultures (Ukrainian, Russian, Lithuanian, Latvian,
Estonian, Serbian, Croatian, Slovene, Slovak, Bulgarian, Macedonian, Albanian, Armenian, Azerbaijani, Kazakh, Uzbek,
Mongolian, Tibetan, Bhutanese, Burmese, Khmer, Lao, Hmong, Javanese, Chinese, Taiwanese, Singaporean, Malayali,
Marathi, Gujarati, Pakistani, Afghan, Kurdish, Egyptian, Sudanese, Eritrean, Congolese, Angolan, Ugandan, Shona,
Ndebele, Xhosa, Sesotho, Afrikaans, Malagasy, Senegalese, Sierra Leonean, Ewe, Haitian, Jamaican, African-American,
Mexican, Colombian, Argentine, Chilean, Navajo, Inuit, Cree, Aboriginal Australian, Samoan, Fijian, Hawaiian,
Faroese, Sámi, Frisian, Breton, Alsatian, Romansh, Galician, Catalan, Basque, Maltese, Neapolitan, Luxembourgish,
Belarusian ...) and in the forms real data has: surname first, all caps, `SURNAME/GIVEN` PNR order, initials,
particles (`von`, `du`, `i`, `á`, `Ní`), diacritics, lone given names in greetings and sign-offs, lower-case chat
names and handles, possessives, names in lists and tables, a name repeated later in another form.

Every value was invented for this file; none comes from redact_gold.py, redact_data.py, redact_dev.py,
redact_dev2.py, Faker, presidio-evaluator or configs/names/, and pipeline/ never reads it. Identifiers whose
scheme publishes a check digit carry a valid one (Luhn: cards, IMEI, SIN, South African ID, Emirates ID, NPI; IBAN
mod 97; Lithuanian/Estonian personal codes, OIB and Steuer-ID (ISO 7064), JMBG, EGN, CNP, Kazakh IIN, Ukrainian
RNOKPP, Chinese resident ID, Singapore NRIC, Taiwan ID, Thai ID, CURP, Chilean RUT, Spanish DNI, Slovak birth
number, Swiss AHV, German KVNR, Australian TFN, US DEA, VIN), computed for this file; tests/test_redact_dev3.py
checks each of them. The others (SSN, NI number, CNIC, Mongolian register number, passports, licences, MRNs,
student IDs) only have the shape of real ones.

Markup as in redact_dev2.py: `{P:...}` PERSON (chat handles included; titles such as "Mr", "Maître", "Ratu", "Ko",
"Daw", "Fr", "Uncle" stand outside), `{A:...}` ADDRESS (street line, flat/building/plot line, postcode), `{E:...}`
EMAIL_ADDRESS (role addresses too), `{T:...}` PHONE_NUMBER, `{I:...}` ID (national and tax IDs, card numbers,
IBANs, account numbers, passports, medical record / hospital numbers, student IDs, licence numbers, vehicle VIN
and registration, IMEI, frequent-flyer numbers), `{B:...}` DATE_OF_BIRTH (the date next to a cue such as "DOB",
"born", "geb.", "née le" or a `dob` column; the cue stays outside), `{N:...}` IP_ADDRESS, and `{C:...}` a town or
district (neutral). Countries, organisations, products, order/ticket/claim/case numbers and other dates are not
marked; spelled-out numbers are out of scope and do not occur.
"""

from __future__ import annotations

from benchmarks.redact_data import Labelled
from benchmarks.redact_dev import parse_marked

RECORDS: list[tuple[str, str]] = [
    # --- insurance claims -----------------------------------------------------------------------------------------
    ("insurance", "FNOL - Auto  |  Claim AU-2024-118304\nPolicyholder: {P:Itzel Ibarra Zamudio}\nDOB: {B:1984-07-22}\n"
                  "Vehicle: 2021 Honda Accord, VIN {I:1HGCV1F35MA018372}, plate {I:8KXR217} (CA)\n"
                  "Loss description: insured was stopped at a red light near the Civic Center in {C:San Francisco} "
                  "when the other vehicle struck her from behind. Other driver {P:Trevor Akinyemi-Price} admitted "
                  "fault at the scene.\nBest contact: {T:(415) 638-2904} / {E:itzel.ibarra@calmail.net}"),
    ("insurance", "Home contents claim HC/77-20418\nInsured: Mr {P:Delroy Fitzgerald Campbell-Lindo}\n"
                  "Risk address: {A:Flat 9, Cedar Court}, {A:112 Brixton Hill}, {C:London} {A:SW2 1QN}\n"
                  "Items stolen in burglary of 2 March: laptop, watch, iPhone 14 (IMEI {I:352987110482736}).\n"
                  "Crime ref. 01/44817/24. Loss adjuster {P:Shravani Deshmukh} visited on 6 March; Mr "
                  "{P:Campbell-Lindo} showed receipts for the laptop only."),
    ("insurance", "Žalos byla / Claim file TRV-5521\nApdraustasis: {P:Giedrė Kazlauskienė}, a.k. {I:48704120527}\n"
                  "Adresas: {A:Žirmūnų g. 68-14}, {A:LT-09124} {C:Vilnius}\nTrip Vilnius - Barcelona, 3-10 June; "
                  "checked bag lost at El Prat. Pay the settlement to {I:LT63 7300 0101 4482 9137}."),
    ("insurance", "Leistungsabrechnung Krankenversicherung\nVersicherte Person: {P:Curdin Bühlmann-Casutt}\n"
                  "AHV-Nr.: {I:756.3819.4720.53}\nGeburtsdatum: {B:09.03.1971}\n{A:Quaderstrasse 17}, "
                  "{A:7000} {C:Chur}\nLeistung: Physiotherapie, 9 Sitzungen, verordnet von Dr. med. "
                  "{P:Annina Caflisch}. Kostengutsprache erteilt."),
    ("insurance", "Pet claim #PC-30917\nPet: Biscuit (cavoodle, 4 y)\nOwner: {P:Marlee Watego}\n"
                  "{A:4/22 Banksia Parade}, {C:Cairns North} QLD {A:4870}\nVet: Trinity Beach Animal Hospital, Dr "
                  "{P:Torquil Ferrier}\nCondition: cruciate ligament tear. {P:Marlee} asked for the benefit to go to "
                  "the vet directly. Ph {T:0438 216 905}."),
    ("insurance", "Beneficiary nomination - policy LF-0093318\nLife assured: {P:Athenkosi Mgqweto}, ID "
                  "{I:8706125134084}\nNew beneficiary: {P:Zintle Mgqweto} (spouse), 100%\nPostal: "
                  "{A:14 Protea Road}, {C:Claremont}, {C:Cape Town}, {A:7708}\nSigned and witnessed by "
                  "{P:Nomonde Fikeni}."),
    ("insurance", "Agric. insurance field visit - Mukono\nFarmer: {P:SSEBUNYA Ronald Kizito}\nFarm: "
                  "{A:Plot 44, Block 12}, {C:Nama} sub-county\nCrop: coffee, 3 acres, hail damage est. 40%.\n"
                  "Mobile money payout to {T:+256 772 418 903}. Assessor: {P:Nansubuga Harriet}."),
    ("insurance", "Déclaration de sinistre auto\nAssurée : {P:Gwenaëlle Le Goff}, née le {B:12/05/1979}\n"
                  "Adresse : {A:8 rue de Siam}, {A:29200} {C:Brest}\nVéhicule : Peugeot 208 immatriculé {I:GH-472-KT}\n"
                  "Tiers : M. {P:Yann-Erwan Kerbrat}, assuré chez Armor Mutuelle.\nTél. {T:06 48 21 73 09}"),
    ("insurance", "Claim note 2024-05-19 (adjuster {P:S. Haddadin}): spoke with the insured {P:Mahmoud Fathy "
                  "Soliman} about water damage at {A:14 Shehab Street}, {C:Mohandessin}, {C:Giza}. He will send "
                  "photos. Settlement account {I:EG03 0003 0417 0000 0482 7193 0655 1}."),

    # --- school / university admin --------------------------------------------------------------------------------
    ("school", "Puudumise teatis / absence note\nÕpilane: {P:Kertu Tamm}, 7.b klass\nIsikukood: {I:61105080277}\n"
               "Puudus 12.-16.02 (gripp). Lapsevanem {P:Priit Tamm}, {T:+372 5384 2917}."),
    ("school", "UNDERGRADUATE ADMISSIONS - applicant 2024-UG-38817\nName: {P:Tenzin Dolkar}\nDate of birth: "
               "{B:14 August 2005}\nSchool: Tibetan Children's Village, {C:Dharamsala}\nPersonal email: "
               "{E:tenzin.dolkar05@gmail.com}\nNote: {P:Tenzin} qualifies for the refugee fee waiver; "
               "confirm with {P:Karma Lhamo Tsering} in Finance."),
    ("school", "Pastoral log - Year 9 - Thu\nIncident in the lunch queue between {P:Arbër Krasniqi} and "
               "{P:Dua Berisha}. Both spoken to by Mrs {P:Pennington}. {P:Arbër}'s mother {P:Valbona Krasniqi} "
               "rang back on {T:07938 402 115}; {P:Dua}'s family to be called tomorrow."),
    ("school", "Dear {P:Bolormaa},\n\nWe are pleased to confirm the scholarship for {P:Ganbaatar Bolormaa} "
               "(register no. {I:УБ99032718}) for the 2024/25 academic year. The stipend letter was posted to "
               "{A:Khoroo 11, Building 47, Apt 18}, {C:Bayanzürkh} District, {C:Ulaanbaatar}.\n\n"
               "Sincerely,\n{P:D. Oyunchimeg}\nInternational Office"),
    ("school", "Exam access arrangements 2024\nCandidate: {P:Pa Nhia Vang}   Student ID: {I:ST-0048213}\n"
               "Extra time 25%, separate room.\nParent/guardian: {P:Tou Xiong}, {T:(651) 488-2071}, "
               "{A:1187 Payne Ave}, {C:Saint Paul}, MN {A:55130}"),
    ("school", "Запит на академічну довідку / Transcript request\nStudent: {P:Kovalchuk Oksana Mykolaivna}\n"
               "Date of birth: {B:02.11.1999}\nRNOKPP: {I:3646503860}\nDeliver to: "
               "{A:vul. Shevchenka 41, kv. 17}, {C:Lviv}, {A:79005}"),
    ("school", "Hi {P:Aigerim},\n\n{P:Nurlan} left his PE kit in the changing room again - it's in lost property "
               "by the office. Also a reminder that the trip to the science museum is on Friday, 8:15 sharp.\n\n"
               "Best wishes,\nMs {P:Hatherley}\nYear 4 teacher"),
    ("school", "Doctoral progress review\nCandidate: {P:Valentina Ferraro Giménez} (RUT {I:17.384.926-5})\n"
               "Supervisors: Prof. {P:Ignacio Lazcano Ureta}, Dr. {P:Camila Vergara}\nOutcome: satisfactory. "
               "{P:Ferraro} to submit chapter 3 by 30 September."),
    ("school", "Promjena grupe: {P:Aleksandar Petrović} (JMBG {I:1703985710036}) prelazi iz grupe B2 u "
               "C1 od ponedjeljka. Otac {P:Dragan Petrović} potpisao suglasnost."),

    # --- court / legal case notes ---------------------------------------------------------------------------------
    ("legal", "Dossier RG 24/01873 - Conseil de prud'hommes de {C:Lyon}\nDemandeur : {P:Gaspard Lemaire-Dufour}, "
              "{A:23 avenue Jean Jaurès}, {A:69007} {C:Lyon}\nDéfendeur : Pneumatiques Rhône SARL\n"
              "Conseil du demandeur : Maître {P:Clémence Vautrin}\nAudience de conciliation le 14 novembre."),
    ("legal", "Intake - asylum / withholding\nClient: {P:Hamid Wardak}\nDOB: {B:03/09/1992}\nA-Number: "
              "{I:A214-837-906}\nCountry: Afghanistan (Pashto, some Dari)\nInterpreter booked: {P:Farida Noorzai}.\n"
              "Client's brother {P:Sayed Wardak} is in {C:Sacramento} and can be reached at {T:(916) 507-3318}."),
    ("legal", "Family Court - case note\nIn re the minor {P:J.-M.D.} (aged 7)\nMother: {P:Mirlande Thélusma}\n"
              "Father: {P:Wilner Désir}\nSupervised contact continues every other Saturday at the family centre; Ms "
              "{P:Thélusma} consents to the order."),
    ("legal", "Optužni prijedlog / charge sheet\nOkrivljenik: {P:Ivan Barišić}, OIB {I:82641930576}, rođen "
              "{B:17.02.1988} u {C:Splitu}\nAdresa: {A:Ulica Domovinskog rata 31}, {A:21000} {C:Split}\n"
              "Branitelj: odvjetnica {P:Vesna Jurić Perković}"),
    ("legal", "WITNESS STATEMENT\nI, {P:Faʻamanu Tuiasosopo Leiataua}, of {A:27 Tennyson Street}, {C:Ōtāhuhu}, "
              "{C:Auckland} {A:1062}, say:\n1. I was working the night shift when {P:Sefo} came into the "
              "warehouse.\n2. I know {P:Sefo Lauina} from church.\nSigned: {P:F. T. Leiataua}"),
    ("legal", "Without prejudice\n\nDear Sirs,\n\nOur client, Ms {P:Marija Camilleri Grech}, of {A:14, Triq il-Kbira}, "
              "{C:Ħ'Attard} {A:ATD 1010}, accepts the sum of €4,500 in full settlement, payable to "
              "{I:MT06 VALL 2201 3000 0000 4002 8731 594}.\n\nYours faithfully,\nDr {P:Kevin Azzopardi}\nAdvocate"),
    ("legal", "Demanda de desnonament\nPart actora: {P:Jordi Puigdevall i Roca}, DNI {I:47382916H}\n"
              "Domicili: {A:Carrer de Mallorca 401, 3r 2a}, {A:08013} {C:Barcelona}\nPart demandada: "
              "{P:Oriol Vilaseca Sabaté}, llogater de l'habitatge des de 2019."),
    ("legal", "Daily cause list - Courtroom 4 - Tuesday\n10:00  R v {P:DOHERTY-WALSH, Ciarán}  (plea)\n"
              "10:30  R v {P:ABDULLAHI, Mustafa Ibrahim}  (sentence)\n11:15  {P:Kamara} v Tower Lettings Ltd  "
              "(directions)\n14:00  R v {P:PETROVA, Desislava Georgieva}  (trial, day 2)"),
    ("legal", "Plnomocenstvo\nSplnomocniteľ: {P:Marek Hudák}, rod. č. {I:880714/1035}, bytom {A:Hlavná 42}, "
              "{A:040 01} {C:Košice}\nSplnomocnenec: {P:Lucia Hudáková}, manželka\nna zastupovanie pri predaji "
              "bytu."),

    # --- pharmacy and lab reports ---------------------------------------------------------------------------------
    ("pharmacy_lab", "Rx #4821930   Fill date 05/02/2024\nPatient: {P:Darnell Whitfield}   DOB: {B:04/17/1962}\n"
                     "Prescriber: {P:Anjali Menon}, MD   NPI {I:1847392010}   DEA {I:BM4829137}\n"
                     "Lisinopril 20 mg tablet, #90, sig: 1 PO daily, refills: 3\nCounselled on dizziness. "
                     "Walgreens #11823."),
    ("pharmacy_lab", "CLINICAL BIOCHEMISTRY REPORT\nPatient: {P:PULIKKAL, Aleyamma Varghese}   MRN: {I:KL-0038291}\n"
                     "DOB: {B:23/06/1958}   Sex: F   Ward: Diabetes OPD\nHbA1c 8.1 % (H)  Creatinine 112 umol/L  "
                     "eGFR 54\nValidated by: {P:R. Nambiar}, Clinical Biochemist"),
    ("pharmacy_lab", "Apotheke - Rückfrage beim Arzt\nPatientin: {P:Frauke Oltmanns}, geb. {B:11.01.1947}\n"
                     "Versichertennummer: {I:T482910373}\nPhenprocoumon + Ibuprofen 600 verordnet - "
                     "Interaktion. Telefonat mit Dr. {P:Wiebke Hinrichs} ({C:Aurich}): Ibuprofen durch Paracetamol "
                     "ersetzt."),
    ("pharmacy_lab", "MICROBIOLOGY - final\nSpecimen: MSU  Hospital no. {I:RX7734920}\nPatient: {P:Osman Ahmed "
                     "Suleiman}  Age 46\nGrowth: E. coli > 10^5 CFU/mL, sensitive to nitrofurantoin, resistant to "
                     "trimethoprim.\nResult phoned to Dr {P:Gallagher} at 14:20 by {P:Thuli}."),
    ("pharmacy_lab", "处方笺 Prescription\n患者 Patient: {P:王秀英} ({P:Wang Xiuying}), 女, 63\n身份证号: "
                     "{I:51010719610921318X}\n电话: {T:138 1047 2953}\nR: 氨氯地平 amlodipine 5 mg qd x 28 "
                     "days\n医师: {P:刘建国}"),
    ("pharmacy_lab", "PRE-DEPARTURE PCR TEST CERTIFICATE\nName: {P:TAN SOCK HUI}\nNRIC/FIN: {I:S7634512J}\n"
                     "Date of Birth: {B:19 Nov 1976}\nResult: SARS-CoV-2 RNA NOT DETECTED\nIssued by: Raffles Medical, "
                     "{A:Blk 201 Tampines St 21, #01-1123}, {C:Singapore} {A:520201}"),
    ("pharmacy_lab", "SMS log - pharmacy refill reminders\n09:00 to {T:+380 67 418 2903}: Dear {P:Taras}, your "
                     "prescription is ready for collection.\n09:00 to {T:+380 93 207 5516}: Dear {P:Halyna}, please "
                     "call us about your insulin order."),
    ("pharmacy_lab", "Lab report - Calmette Diagnostic\nPatient: {P:CHHIM Sokhom}, M, 52\nAddress: {A:#27, St. 310}, "
                     "{C:Boeung Keng Kang}, {C:Phnom Penh}\nTest: dengue NS1 antigen POSITIVE; platelets 88 x10^9/L.\n"
                     "Please review urgently - Dr {P:Sovann Chea}"),
    ("pharmacy_lab", "Medication review\nPatient {P:Geraldine Fairbrass}, 78, Parkinson's disease on co-careldopa "
                     "(Sinemet) 25/100 QDS, plus amitriptyline at night. Daughter {P:Philippa} reports more "
                     "confusion. Suggested stopping amitriptyline; letter to GP Dr {P:Imelda Kettering}."),

    # --- airline / hotel bookings ---------------------------------------------------------------------------------
    ("booking", "BOOKING CONFIRMED - Reference Q8ZT4M\nPassengers:\n 1. {P:KOVALENKO/OLENA} MRS\n 2. "
                "{P:KOVALENKO/MAKSYM} MSTR\nLO 752  14MAR  WAW-LHR  07:35 10:10  Economy\nContact: "
                "{E:olena.kovalenko@ukr.net} / {T:+380 50 271 8834}\nPayment: Visa {I:4539172048619372}"),
    ("booking", "Hotel Thon Kautokeino - reservation 88213\nGuest: {P:Máret Ánne Sara}\nArrival: 3 February, 2 "
                "nights, double room\nPhone: {T:+47 917 38 204}\nNote: guest arrives after 23:00, please keep the "
                "key at reception. {P:Máret Ánne} requested a quiet room."),
    ("booking", "Reserva confirmada #AR-55910\nHuésped: {P:Chloé Marchand}\nAnfitrión: {P:Benicio Bertolotti}\n"
                "Dirección: {A:Av. Corrientes 1847, piso 3 depto B}, {A:C1045AAC} {C:Buenos Aires}\nCheck-in desde "
                "las 15 h. {P:Benicio} los recibe en la puerta."),
    ("booking", "Vehicle rental agreement RA-118270\nRenter: Ratu {P:Jone Vakacegu}\nDriver licence: "
                "{I:DL482917}\nPick-up: Nadi International Airport, 6 July 10:00\nMobile: {T:+679 992 4817}\n"
                "Second driver: {P:Adi Litia Vakacegu}"),
    ("booking", "Rooming list - Baltic Data Summit, Riga\nRoom 412: {P:Jānis Bērziņš} / {P:Ilze Kalniņa}\n"
                "Room 415: {P:Andrius Petrauskas}\nRoom 417: {P:Kadri Mägi}\nRoom 420: {P:Mārtiņš Ozoliņš} "
                "(arrives late)"),
    ("booking", "SSR WCHR requested\nPNR 7HKQ2D   {P:TESFAMARIAM/SENAIT} MS\nPassport {I:P01837264} (Eritrea), DOB "
                "{B:12APR87}\nFlight ET 713 ASM-ADD-FRA\nContact in {C:Asmara}: {P:Yonas Tesfamariam} "
                "{T:+291 7 118 4203}"),
    ("booking", "Tour booking TB-2209 - Eje Cafetero, 4 days\nLead traveller: {P:Andrés Felipe Cardona Duque}, cédula "
                "{I:1.020.384.771}\nAddress: {A:Carrera 7 # 72-41, Apto 502}, {C:Bogotá}\nTravelling with: "
                "{P:Mariana Cardona} and {P:Samuel Cardona} (children)"),
    ("booking", "Booking.com: New reservation!\nGuest name: {P:Suwarno}\nEmail: {E:suwarno.jkt@gmail.com}\n"
                "Check-in Fri 9 Aug, check-out Sun 11 Aug, 1 x Deluxe Twin\nGuest message: 'Please, can my "
                "wife {P:Siti Rahayu} check in first?'"),
    ("booking", "E-TICKET RECEIPT\nPassenger: {P:NAKAMURA-SILVA/ERIKA} MS\nFrequent flyer: {I:JL 402183756}\n"
                "Form of payment: Amex {I:374418205791637}\nItinerary: GRU-NRT via DOH, 22 Oct"),

    # --- recruitment / CV snippets --------------------------------------------------------------------------------
    ("recruitment", "{P:ARMEN HOVHANNISYAN}\nSenior Backend Engineer\n{A:12 Tumanyan St, apt 8}, {C:Yerevan} "
                    "{A:0001}, Armenia\n{T:+374 91 482 317} | {E:armen.hovhannisyan@mail.am}\n\nEXPERIENCE\n"
                    "2019-now  Payments platform lead (Go, Kafka, PostgreSQL)"),
    ("recruitment", "Recruiter screen - 21/05\nCandidate: {P:Tafadzwa Mutasa}, applied for Site Reliability "
                    "Engineer\nCurrently in {C:Harare}, relocating in Q3; notice period 1 month.\nSalary "
                    "expectation within band. Referee: {P:Rudo Chikwanha} (former manager), "
                    "{E:rudo.chikwanha@econet.co.zw}.\n{P:Tafadzwa} prefers WhatsApp: {T:+263 77 318 4092}"),
    ("recruitment", "Interview feedback - Data Scientist (req 4471)\nPanel: {P:Rahul Kulkarni}, {P:Claire "
                    "Fontaine}, {P:Ole-Kristian Sæther}\nCandidate: {P:Yerlan Dzhaksybekov}\nStrong on "
                    "statistics, weaker on SQL. {P:Claire} recommends a second round; {P:Kulkarni} agrees."),
    ("recruitment", "APPLICATION FORM\nFull name: {P:Zarmina Khan Durrani}\nCNIC: {I:35202-4817293-4}\nDate of "
                    "birth: {B:06-03-1994}\nAddress: {A:House 17, Street 9, F-7/3}, {C:Islamabad}\nMobile: "
                    "{T:0300 5182 947}\nPosition applied for: Finance Officer"),
    ("recruitment", "Lebenslauf\n{P:Friederike von Bülow-Hartmann}\ngeboren am {B:23. Mai 1988} in {C:Lübeck}\n"
                    "{A:Schlüterstraße 64}, {A:10625} {C:Berlin}\n{E:f.vonbuelow@posteo.de}\n\nBerufserfahrung\n"
                    "2016-2023 Projektleiterin, Stadtwerke"),
    ("recruitment", "Subject: Reference - {P:Hasina Andrianarivelo Rakotondrabe}\n\nDear Mr {P:Okello},\n\n"
                    "{P:Hasina} worked in our {C:Antananarivo} office from 2018 to 2023 as an accountant. I would "
                    "rehire her without hesitation. My direct line is {T:+261 34 48 217 09}.\n\nRegards,\n"
                    "{P:Rakotomalala Voahangy}\nDAF, Madagascar Épices SA"),
    ("recruitment", "Offer summary\nCandidate: {P:Seitkali Dauren Abenovich}\nIIN: {I:910314301273}\n"
                    "Start: 1 September, Almaty office\nHiring manager: {P:Aliya Zhaksylykova}\n{P:Dauren} has "
                    "accepted verbally; send the contract to {E:d.seitkali@inbox.kz}."),
    ("recruitment", "Shortlist - Product Designer (ranked)\n1. {P:Mbaye, Aminata} - 9/10, portfolio excellent\n"
                    "2. {P:Rossi, Chiara} - 8/10\n3. {P:Nikolaidis, Lefteris} - 7/10, needs visa\n"
                    "Next: {P:Aminata} and {P:Chiara} to the on-site round."),
    ("recruitment", "Background check authorization\nI, {P:Gaurav Hasmukhlal Mehta}, authorize Verity Screening "
                    "to obtain consumer reports.\nSSN: {I:612-40-3857}   Date of birth: {B:11/29/1987}\n"
                    "Current address: {A:3407 Oak Lawn Ave, Unit 1205}, {C:Dallas}, TX {A:75219}\nSignature: "
                    "{P:G. H. Mehta}"),

    # --- customer chat transcripts (lower-case, multi-turn) -------------------------------------------------------
    ("chat_support", "visitor: hola, my parcel says delivered but it's not here\nagent ({P:mia}): sorry about that! "
                     "can i have your name and order number?\nvisitor: {P:ana lucía herrera}, order 55102937\n"
                     "agent ({P:mia}): thanks {P:ana lucía}. what's the delivery address?\nvisitor: "
                     "{A:calle río lerma 143, int. 4}, {C:cuauhtémoc}, {A:06500} {C:cdmx}\nagent ({P:mia}): got it, "
                     "i'll open a trace with the courier."),
    ("chat_support", "customer: hi my internet is down since morning\nbot: please share the number on the account\n"
                     "customer: {T:0788 341 902}\nagent {P:eric}: hello, is this {P:uwase aline}?\ncustomer: yes\n"
                     "agent {P:eric}: there is an outage in {C:kicukiro}, fixed by 4pm. sorry {P:aline}"),
    ("chat_support", "me: can u change my payout account\nsupport: sure, what's the new iban?\nme: "
                     "{I:HR02 2484 0083 2160 4772 9}\nsupport: and the account holder name?\nme: "
                     "{P:petra kovačević}\nsupport: done {P:petra}, takes 1-2 days. will you need an invoice?\n"
                     "me: no thx"),
    ("chat_support", "[app chat] order #D-77120\nrider: hi im outside, which door?\ncustomer: blue door next to the "
                     "bakery, flat 3\nrider: ok coming\ncustomer: thanks {P:jakub}!\nrider: no problem {P:zuzka}, "
                     "enjoy :)"),
    ("chat_support", "user: i cant log in\nagent: what email is on the account?\nuser: "
                     "{E:kasia_and_radek@wp.pl} but it was my husband who made it\nagent: no problem. what's "
                     "his name?\nuser: {P:radek}. tell him to bill it to the company card pls, and mark it "
                     "urgent\nagent: will do!"),
    ("chat_support", "guest: hello, can i add a late checkout?\nfront desk ({P:turið}): hi! what's the booking "
                     "name?\nguest: {P:jógvan á lakjuni}\nfront desk ({P:turið}): found it, mr {P:á lakjuni}. 1pm "
                     "is fine\nguest: great, thanks {P:turið}"),
    ("chat_support", "customer: sabaidee, i ordered 2 bags of rice\nagent: name pls\ncustomer: "
                     "{P:souksavanh phommachanh}\nagent: ok {P:souksavanh}, delivery to {A:ban sisavad, unit 12, "
                     "house 88}, {C:chanthabouly}?\ncustomer: yes\nagent: tomorrow morning, driver {P:khamla} will "
                     "call you on {T:020 5581 3374}"),
    ("chat_support", "client: bonsoir, ma carte est bloquée\nconseiller: bonsoir, votre nom svp ?\nclient: "
                     "{P:moussa diallo}\nconseiller: merci m. {P:diallo}. votre date de naissance ?\nclient: "
                     "{B:04/10/1991}\nconseiller: c'est débloqué. bonne soirée {P:moussa}"),
    ("chat_support", "user123: hey is the shop open on sunday?\nstaff ({P:keala}): yes 10-4!\nuser123: cool, "
                     "can i pick up an order for {P:leota}? its under {P:faleolo}\nstaff ({P:keala}): sure, bring "
                     "id"),

    # --- Slack / Teams exports ------------------------------------------------------------------------------------
    ("slack_teams", "#ops-emea  2024-04-09\n[10:14] @{P:rania.khoury}: who's on call tonight?\n[10:15] "
                    "@{P:goran.stojanovski}: me until 2am, then @{P:ivana.markovska}\n[10:15] @{P:rania.khoury}: "
                    "thanks {P:Goran} :pray:"),
    ("slack_teams", "{P:Novak, Špela}  09:41\nCan someone cover the Ljubljana customer call at 11?\n"
                    "{P:Kranjc, Matej}  09:43\nI can. What's their contact again?\n{P:Novak, Špela}  09:44\n"
                    "{P:Tjaša Zupančič}, {T:+386 41 528 317}"),
    ("slack_teams", "[#people-team]\nHR Bot  APP  9:00 AM\n:tada: Please welcome {P:Edem Kwasi Agbodeka} "
                    "(Marketing, {C:Manchester})! His onboarding buddy is @{P:selorm.dzokoto}. Say hi in the "
                    "thread.\n@{P:lottie.brandreth}: welcome {P:Edem}!!"),
    ("slack_teams", "thread in #incident-2291\n{P:Aleksei Morozov}  2:14 AM\nprimary db failover done, replication "
                    "lag 40s\n{P:Nadia Belkacem}  2:16 AM\ncustomer {P:Gérald Fontenot} reported the outage via "
                    "{E:gfontenot@bayouhvac.com}, I replied\n{P:Aleksei Morozov}  2:17 AM\nthx {P:Nadia}"),
    ("slack_teams", "Microsoft Teams - chat export\n[3/12/2024 4:02 PM] {P:Aroon Chanthavong}: did legal sign "
                    "the NDA?\n[3/12/2024 4:05 PM] {P:Sarah-Jane Whitmore}: yes, {P:Ioannou} from their side "
                    "countersigned\n[3/12/2024 4:05 PM] {P:Aroon Chanthavong}: great, I'll tell {P:Bounmy}"),
    ("slack_teams", "#random\n@{P:kalinda}: happy birthday @{P:tjapaltjarri.r}!! :cake:\n@{P:tjapaltjarri.r}: "
                    "thank you all! cake in the kitchen\n@{P:noah.yazzie}: saving a slice for {P:Begay}"),
    ("slack_teams", "{P:Vikram Raghavan} (he/him)  11:02 AM\n@{P:Ebru} the customer's new address is "
                    "{A:Büyükdere Cad. No: 185, Kat 7}, {C:Levent}, {A:34394} {C:İstanbul}\n{P:Ebru Yalçınkaya}  "
                    "11:03 AM\nupdated, thx {P:Vikram}"),
    ("slack_teams", "Slack export (channel: support-latam)\n{\"user\": \"U04LZ7Q1\", \"real_name\": \"{P:Renata "
                    "Okumura Faria}\", \"text\": \"cliente {P:Joaquim} pediu retorno no {T:+55 21 99418-3072}\"}"),
    ("slack_teams", "Direct message\n{P:Thiri Aung}  3:40 PM\ncan you send me Ko {P:Zaw Min Htut}'s number? the "
                    "Yangon printer needs him\n{P:Min Khant Kyaw}  3:42 PM\n{T:+95 9 421 830 577}. tell him Daw "
                    "{P:Khin Myat Noe} says hi"),

    # --- call-centre transcripts ----------------------------------------------------------------------------------
    ("call_centre", "[00:00:03] AGENT: Thank you for calling Northway Energy, my name is {P:Shanice}, how can I "
                    "help?\n[00:00:07] CALLER: Hi, I'm moving house and need to close my account.\n[00:00:11] "
                    "AGENT: Of course. Can I take your full name?\n[00:00:13] CALLER: {P:Oluwadamilare Fashola}.\n"
                    "[00:00:20] AGENT: And the new address?\n[00:00:22] CALLER: {A:56 Hawthorn Drive}, {C:Solihull}, "
                    "{A:B91 3TT}.\n[00:00:31] AGENT: Thanks {P:Oluwadamilare}, that's done."),
    ("call_centre", "SPEAKER 1 (agent): Servicio al cliente, le atiende {P:Rocío}.\nSPEAKER 2: Buenas, llamo por una "
                    "factura duplicada.\nSPEAKER 1: ¿Me dice su nombre y DNI?\nSPEAKER 2: {P:Xosé Manuel Outeiriño "
                    "Lamas}, {I:36027194V}.\nSPEAKER 1: Gracias, don {P:Xosé Manuel}. Veo dos cargos; "
                    "le devolvemos uno."),
    ("call_centre", "Call summary (auto-generated)\nCaller: {P:Kamala Wijewardena}\nCallback number: "
                    "{T:+94 77 318 2046}\nTopic: roaming charges in {C:Dubai}\nOutcome: credited LKR 4,200. Agent "
                    "{P:Dinuk} to call back on Monday."),
    ("call_centre", "A: Good morning, Prairie Mutual, this is {P:Kyle}.\nC: Yeah hi, it's {P:Gabriel Nanook} "
                    "calling about my claim.\nA: Sure, can I verify your date of birth?\nC: {B:March 3, 1979}.\n"
                    "A: Thanks. And is {T:867-979-4410} still the best number?\nC: Yes, or my wife {P:Elisapie}'s "
                    "cell."),
    ("call_centre", "[Agent] Bonjour, service client Ligne Azur, {P:Kévin} à l'appareil.\n[Client] Oui bonjour, "
                    "c'est Mme {P:Schaeffer}, {P:Odile Schaeffer}. J'ai déménagé au {A:17 rue des Tanneurs}, {A:67000} "
                    "{C:Strasbourg}.\n[Agent] Très bien madame {P:Schaeffer}, je mets à jour l'adresse."),
    ("call_centre", "Transcript - queue BILLING\nAGENT ({P:Mandla}): you're through to billing, can I have the account "
                    "holder's name?\nCUSTOMER: it's under my late husband, {P:Teboho Moloi}. I'm {P:Palesa}.\n"
                    "AGENT ({P:Mandla}): I'm sorry for your loss, Mrs {P:Moloi}. Please send the death certificate "
                    "to {E:bereavement@northway.co.za}."),
    ("call_centre", "AGENT: Can you confirm the email on the account?\nCUSTOMER: It's {E:b.ahmadzai71@hotmail.com}.\n"
                    "AGENT: And the last four of the card?\nCUSTOMER: 4471.\nAGENT: Thank you Mr {P:Ahmadzai}, "
                    "I've reset the password."),
    ("call_centre", "Line 1 - 14:22\nOperator: 999 emergency, which service?\nCaller: Ambulance. My neighbour "
                    "Mrs {P:Gwilym} has fallen, she's not answering.\nOperator: What's the address?\nCaller: "
                    "{A:4 Heol y Nant}, {C:Pontypridd}, {A:CF37 2DQ}. I'm {P:Rhodri} from next door.\n"
                    "Operator: Stay on the line, {P:Rhodri}."),
    ("call_centre", "IVR note + agent\nANI: {T:+1 305 418 2290}\nAGENT: Hola, habla {P:Yuleisy}. ¿Con quién tengo el "
                    "gusto?\nCLIENTE: Con {P:Anaïs Pierre-Louis}, llamo por el envío a {C:Port-au-Prince}.\n"
                    "AGENT: Perfecto, señora {P:Pierre-Louis}, el paquete sale el jueves."),

    # --- e-commerce order notes -----------------------------------------------------------------------------------
    ("ecommerce", "Order #100-4471829  |  Gift order\nShip to: {P:Ljubica Tomašević}\n{A:Knez Mihailova 12/3}\n"
                  "{A:11000} {C:Beograd}, Serbia\nGift message: 'Srećan rođendan, {P:Ljubo}! - {P:Nenad}'\n"
                  "Buyer phone: {T:+381 64 218 3390}"),
    ("ecommerce", "Customer note on order 2024-55190: 'Als er niemand opendoet, graag afgeven bij de buren, "
                  "mevrouw {P:Hoekstra}. Niet aanbellen, baby slaapt.'\nCustomer: {P:Anouk Bijlsma}, "
                  "{T:06 48 21 90 37}\nCourier note: left with {P:Hoekstra}, photo attached."),
    ("ecommerce", "Shopify order #8821\nCustomer: {P:Hoku Kamakau-Lindsey}\nShipping: {A:75-5660 Kopiko St, "
                  "Apt B}, {C:Kailua-Kona}, HI {A:96740}\nNote from customer: 'my auntie {P:Pualani} will sign "
                  "for it'\nPaid with Mastercard {I:5428103762948177}"),
    ("ecommerce", "RMA-30918 return received\nCustomer: {P:Bogdan Ionescu-Vlad}, CNP {I:1840723400615} "
                  "(needed for the tax invoice)\nItem: Dyson V15, unopened. Refund to original card. Inspected by "
                  "{P:Ramona}."),
    ("ecommerce", "Marketplace seller message\nBuyer: {P:Aziz Karimov}\nAddress: {A:Amir Temur ko'chasi 108, "
                  "kv. 45}, {C:Toshkent} {A:100084}\nBuyer wrote: 'Please call before delivery, "
                  "{T:+998 90 318 72 46}. If I'm out, give it to my son {P:Timur}.'"),
    ("ecommerce", "Fraud review - order 77-201938\nBilling name: {P:Keisha Thompson-Blake}\nShipping name: "
                  "{P:K. Blake}\nBilling: {A:14 Constant Spring Road}, {C:Kingston 10}, Jamaica\nIP: {N:72.252.18.194}"
                  "\nEmail: {E:keishatr@flowja.com}\nDecision: approved after callback to {T:876-924-1187}."),
    ("ecommerce", "Wholesale order note: deliver to Mr {P:Vusumuzi Ndebele-Khoza} at the back gate, "
                  "{A:Stand 4471, Mahatma Gandhi Road}, {C:Bulawayo}. He pays cash on delivery; call "
                  "{T:+263 71 205 8834} first."),
    ("ecommerce", "Order 5566-AF | Personalised engraving: \"{P:Leyla} & {P:Rustam} 12.06.2024\"\nCustomer: "
                  "{P:Leyla Mammadova}, {E:leyla.mammadova@box.az}\nDeliver to {A:Nizami küç. 203, mənzil 18}, "
                  "{C:Bakı} {A:AZ1010}"),
    ("ecommerce", "Click & collect - store 214\nCollector: {P:Sinéad Ní Mhurchú} (ID checked)\nOrder placed by: "
                  "{P:Colm Ó Murchú}\nPick-up code 4481"),

    # --- property / tenancy letters -------------------------------------------------------------------------------
    ("tenancy", "NOTICE OF RENT INCREASE\n\nTo: {P:Abdirizak Abdi Farah} and {P:Ayaan Mohamud Hussein}\nProperty: "
                "{A:Flat 22, Kestrel House}, {A:9 Shadwell Gardens}, {C:London} {A:E1 2QG}\n\nFrom 1 October the "
                "rent will be £1,650 per month.\n\nSigned,\n{P:Graham Bellingham}, on behalf of the landlord"),
    ("tenancy", "Mietvertrag - Übergabeprotokoll\nMieter: {P:Dimitrios Karagiannis}, {P:Chrysoula Karagianni}\n"
                "Wohnung: {A:Mariahilfer Straße 88/2/14}, {A:1070} {C:Wien}\nZählerstand Strom 48217 kWh.\n"
                "Kaution auf {I:AT85 2011 1827 3449 0516} eingegangen. Vermieterin: "
                "{P:Ingeborg Pfandl}"),
    ("tenancy", "Dear {P:Ngaio},\n\nThank you for your application for {A:3/118 Flinders Lane}, {C:Melbourne} VIC "
                "{A:3000}. We would like to offer you the lease from 1 July. Please sign and return the "
                "agreement; your TFN is not required.\n\nKind regards,\n{P:Bree Castellano}\nProperty Manager"),
    ("tenancy", "Letter before action\n\nDear Mr {P:Sesay},\n\nRe: {A:41 Gladstone Street}, {C:Derby} "
                "{A:DE23 6PF}\n\nRent arrears of £2,310 remain unpaid. If payment is not received within 14 days "
                "we may apply to the court.\n\nYours sincerely,\n{P:Yasmin Bhatti-Hart}\nHartwell Lettings\n"
                "cc: {P:Foday Sesay Jr}, guarantor"),
    ("tenancy", "Inspection report - unit 5C, {A:880 Bloor Street West}, {C:Toronto} ON {A:M6G 1L9}\nTenant: "
                "{P:Shilan Baban}\nSmoke alarm OK, bathroom fan broken, carpet stained.\nTenant {P:Shilan} "
                "present; her partner {P:Dilshad Barzani} signed the report."),
    ("tenancy", "Contrato de arrendamiento\nArrendador: {P:Graciela Hernández Olvera}, CURP "
                "{I:HEOG670314MDFRLR07}\nArrendatario: {P:Emiliano Tapia Canseco}\nInmueble: {A:Calle "
                "Durango 210, depto 3}, {C:Roma Norte}, {A:06700} {C:Ciudad de México}\nRenta mensual: $14,500 MXN"),
    ("tenancy", "Maintenance request #MR-4419\nFrom: {P:Anjali Kurup} <{E:anjali.kurup@rediffmail.com}>\n"
                "Unit: {A:Apartment 1204, Al Nahda Tower 2}, {C:Al Nahda}, {C:Sharjah}\nThe AC in the master "
                "bedroom leaks. I'm home after 6pm; my husband {P:Sreejith} can also open the door. Emirates ID "
                "for the building pass: {I:784-1987-5830916-9}"),
    ("tenancy", "Reference for a tenant\n\nTo whom it may concern,\n\n{P:Mihail Dobrev} rented {A:ul. Vitosha 23, "
                "et. 2, ap. 5}, {A:1000} {C:Sofia} from me from 2020 to 2024. He always paid on time. EGN for the "
                "agency: {I:7903244686}.\n\n{P:Tsvetanka Ilieva}"),
    ("tenancy", "Council housing - repairs log\n14/03 Tenant {P:Bernadette Mulcahy} ({A:27 St Brendan's Park}, "
                "{C:Tralee}) reports damp in bedroom. Inspector {P:Cormac} booked for 21/03.\n15/03 {P:Mulcahy} "
                "rang again, {T:066 712 4830}."),

    # --- donation receipts ----------------------------------------------------------------------------------------
    ("donation", "OFFICIAL DONATION RECEIPT - Charitable reg. no. 11892 4471 RR0001\nReceipt #: 2023-04417\n"
                 "Donor: {P:Marie-Ève Ouellet-Bouchard}\n{A:1450, boulevard René-Lévesque Ouest, bureau 1204}\n"
                 "{C:Montréal} (QC) {A:H3G 0E3}\nAmount: $500.00   Date received: 12 December 2023\nSIN (for "
                 "planned giving file): {I:539 182 741}"),
    ("donation", "Dear {P:Dieudonné},\n\nThank you for your gift of $120 to the Kinshasa Clean Water Appeal. "
                 "Your tax receipt TR-44190, made out to {P:Dieudonné Mbuyi Kabasele}, is attached.\n\nWarmly,\n"
                 "{P:Grâce Nsimba Lukusa}\nDonor Care"),
    ("donation", "Zuwendungsbestätigung\nName und Anschrift des Zuwendenden: {P:Hans-Jörg Käßmann}, "
                 "{A:Lindenstraße 3}, {A:37073} {C:Göttingen}\nBetrag: 250,00 EUR\n"
                 "Steuer-ID: {I:47382917545}"),
    ("donation", "Gift Aid declaration\nI want to Gift Aid my donation of £40 to Harbour Hospice.\nFull name: "
                 "{P:Theodora Pappas-Whitlock}\nHome address: {A:2 Quay Cottages}, {C:Mousehole}\nPostcode: "
                 "{A:TR19 6SA}\nDate: 03/04/2024"),
    ("donation", "Zakat receipt #Z-2024-0391\nReceived from: {P:Abdul Basit Siddiqui} on behalf of his late "
                 "father {P:Abdul Ghaffar Siddiqui}\nAmount: PKR 150,000\nPaid from "
                 "{I:PK12 HABB 0017 4200 3881 6205}"),
    ("donation", "Recurring gift updated\nDonor ID: D-088173\nName: {P:Hyun-ju Ahn-Castellanos}\nCard: Visa "
                 "{I:4916382074155265}, monthly $25\nPreferred name in newsletters: {P:Juju}"),
    ("donation", "Receipt for tax purposes (Australia)\nDonor: {P:Warrick Goolagong-Hayes}\nTFN quoted: "
                 "{I:482 917 367}\nDonation: $1,000 to the Arnhem Land Literacy Fund\nReceipted by "
                 "{P:Yolanda Marika}, treasurer"),
    ("donation", "Querida {P:Oyuki}:\n\nGracias por tu donativo a la Biblioteca de Semillas de Oaxaca. Adjuntamos "
                 "el recibo deducible.\n\nCon gratitud,\n{P:Citlali Pérez Ramírez} y el equipo"),
    ("donation", "Donation log (parish office)\nDate   Name                       Env.  Amount\n"
                 "07/04  {P:Danutė Vaitkevičienė}      #114  €20\n07/04  {P:Aurelio} & {P:Pina Scognamiglio}    "
                 "#087  €50\n14/04  anonymous                  -     €10\n"
                 "14/04  {P:Maricruz Mendoza Pacheco}       #131  €15\n"
                 "(counted by {P:Danutė} and Fr {P:Aloysius})"),

    # --- volunteer rosters (tables) -------------------------------------------------------------------------------
    ("roster", "FOOD BANK ROSTER - week 15\n| Day | Shift | Volunteer | Phone |\n|---|---|---|---|\n"
               "| Mon | 09:00-13:00 | {P:Grażyna Tran} | {T:0412 339 871} |\n"
               "| Mon | 13:00-17:00 | {P:Bilal Haidari} | {T:0433 018 552} |\n"
               "| Tue | 09:00-13:00 | {P:Rowan O'Halloran-Tuala} | {T:0401 227 946} |\n"
               "| Tue | 13:00-17:00 | *unfilled* | |"),
    ("roster", "Harbour 10k - marshal roster\nWater station 1 (km 3): {P:Ilse Vermeulen}, {P:Kobus Pretorius}\n"
               "Water station 2 (km 7): {P:Zanele Mabuza}, {P:Riaan du Toit}\nFinish funnel: {P:Anri}, "
               "{P:Marthinus}\nFirst aid: St John team; lead {P:Charmaine van Wyk} {T:082 441 3907}"),
    ("roster", "nome\tcognome\tturno\temail\n{P:Giovanna}\t{P:Esposito}\tlunedì mattina\t"
               "{E:giovanna.esposito@libero.it}\n{P:Salvatore}\t{P:Russo Iannone}\tmercoledì sera\t"
               "{E:s.russoiannone@tiscali.it}\n{P:Benedetta}\t{P:Caputo}\tsabato\t{E:bene.caputo@gmail.com}"),
    ("roster", "Troop 418 summer camp - adult leaders\nName | Role | Emergency contact\n"
               "{P:Darlene Tsosie} | camp director | {P:Harold Tsosie} {T:(928) 871-4402}\n"
               "{P:Lionel Yellowhorse} | waterfront | {P:Renee Yellowhorse} {T:(928) 729-3185}\n"
               "{P:Lorraine Benally} | cook | -"),
    ("roster", "Polling station 12 - staff list\nPresiding officer: {P:Karma Wangchuk}\nPoll clerks: "
               "{P:Pema Choden}, {P:Sonam Dorji}, {P:Ugyen Lhamo}\nRelief (after 14:00): {P:Tshering}"),
    ("roster", "soup kitchen rota (whiteboard photo transcribed)\nMON  {P:Bridie} + {P:Seamus}\nTUE  {P:J.P.}\n"
               "WED  {P:Mags} / {P:Tadhg}\nTHU  ???\nFRI  {P:Bridie}"),
    ("roster", "name,dob,badge,role\n{P:Kaito Fujiwara},{B:2001-08-19},S-014,steward\n{P:Emilija Jankauskaitė},"
               "{B:1998-12-02},S-015,steward\n{P:Oluwatobi Ajayi-Bankole},{B:1995-05-27},S-016,team lead"),
    ("roster", "Interpreter roster - Welcome Centre\nLanguage | Interpreter | Mobile\n"
               "Tigrinya | {P:Yohannes Gebremedhin} | {T:07412 093 118}\nDari | {P:Wahida Rahimi} | "
               "{T:07851 330 472}\nArabic (Sudanese) | {P:Hiba Elamin} | {T:07702 614 209}\nUkrainian | "
               "{P:Oleksandra Hnatiuk} | {T:07397 218 660}"),
    ("roster", "Library reading buddies - spring term\nTue 15:30  {P:Winifred Tregear} with {P:Arjun} (Y3) "
               "and {P:Sofía} (Y2)\nThu 15:30  {P:Bao Ngoc Lam} with {P:Idris} (Y4)\nDBS checks cleared for both; "
               "queries to {E:library.volunteers@stmichaelsprimary.org.uk}"),

    # --- incident reports -----------------------------------------------------------------------------------------
    ("incident", "WORKPLACE INCIDENT REPORT IR-2024-031\nInjured person: {P:Adilson Kiluange Sebastião}\nRole: "
                 "forklift operator, {C:Viana} warehouse\nDescription: pallet slipped from the racking and struck "
                 "his left shoulder. First aid by {P:Neusa Tavares}. Taken to clinic by supervisor "
                 "{P:Osvaldo}.\nWitnesses: {P:Lourenço Kapinga}, {P:Luzia Fernandes}"),
    ("incident", "Security incident SEC-1187 (phishing)\nReporter: {P:Siarhei Kavaliou} "
                 "<{E:s.kavaliou@vitebskdairy.by}>\nThe message came from {E:payroll-update@micros0ft-mail.com}; "
                 "the link resolved to {N:185.220.101.47}. {P:Siarhei} entered his password before reporting. "
                 "Login from {N:2001:db8:3c4d:15::a1} blocked."),
    ("incident", "Store 0417 - incident log\n16:40 Customer {P:LaToya Greene} slipped near the freezer aisle "
                 "(wet floor sign was up). Team member {P:DeShawn Robinson} helped her up; no visible injury. "
                 "Ms {P:Greene} declined an ambulance. Contact {T:(404) 627-1930}."),
    ("incident", "Lost property report LP-88231\nPassenger: {P:ŠIMUNOVIĆ Tena}\nItem: grey Samsonite cabin bag "
                 "left at gate B7\nDeliver to: {A:Ilica 187}, {A:10000} {C:Zagreb}\nPhone: {T:+385 91 447 2310}"),
    ("incident", "Personal data breach - internal record\nData subject: {P:Gilles Wagner-Hoffmann}\nAddress: "
                 "{A:12, rue de la Gare}, {A:L-4131} {C:Esch-sur-Alzette}\nWhat happened: his statement was "
                 "e-mailed to {P:Gilles Wagner} (another customer) by mistake; it showed "
                 "{I:LU20 0019 4172 0658 3300}.\nDPO informed: {P:Sandrine Kieffer}"),
    ("incident", "Datix incident 55120 - medication error\nPatient: {P:Ravinesh Chand}, hospital no. "
                 "{I:K4471902}\nEnoxaparin given twice at 08:00 and 10:00. Reported by staff nurse "
                 "{P:Leigh-Anne Kitching}; doctor {P:Tupou} informed, no harm."),
    ("incident", "Road traffic collision report\nDriver 1: {P:Bishnu Raj Adhikari}, licence {I:01-06-00493817}\n"
                 "Driver 2: {P:Kaylee-Ann Boshoff}\nLocation: junction outside the bus station, {C:Pokhara}\n"
                 "Statement: Mr {P:Adhikari} says the other vehicle reversed into him. Ms {P:Boshoff}, a "
                 "tourist, says he was on his phone."),
    ("incident", "IT incident INC-77310\nAlert: impossible travel for {E:mthembeni.zungu@kagiso-mining.co.za} - "
                 "logins from {N:41.13.252.9} ({C:Johannesburg}) and {N:103.86.99.2} within 14 minutes.\n"
                 "Action: session revoked; {P:Mthembeni} confirmed the second login was not him."),
    ("incident", "Safeguarding concern (confidential)\nChild: {P:A.B.} (Year 2)\nConcern raised by: Miss "
                 "{P:Quaresma} (class teacher)\n{P:A.B.} arrived with bruising on the forearm and said 'Uncle "
                 "{P:Gennady} did it'. DSL {P:Hannah Zielke} informed at 09:20; referral made. Mother "
                 "{P:Svetlana Orlova} to be contacted by the DSL only."),

    # --- e-mail threads with quoted replies and signatures --------------------------------------------------------
    ("email_thread", "Hi {P:Magnus},\n\nThat works for us - Thursday at 2 in the Tórshavn office.\n\n{P:Rannvá}\n\n"
                     "--\n{P:Rannvá Joensen} | Account Manager | Norðlýsi Seafood\nM {T:+298 218 447}\n\n"
                     "On Tue, 9 Apr 2024 at 10:12, {P:Magnus Hansen} <{E:magnus.hansen@kaldbak.fo}> wrote:\n"
                     "> Hi {P:Rannvá}, could we move the review to Thursday?\n> {P:Magnus}"),
    ("email_thread", "From: {P:Ali Reza Hosseini} <{E:a.r.hosseini@kabulaid.org}>\nSent: Monday, 3 June 2024 "
                     "08:14\nTo: {P:Sophie Verhaegen}\nSubject: RE: visa letter\n\nDear {P:Sophie},\nAttached is "
                     "the passport copy ({I:P03381726}).\nBest,\n{P:Ali Reza}\n\n-----Original Message-----\n"
                     "From: {P:Sophie Verhaegen} <{E:sophie.verhaegen@ulb-events.be}>\nCan you send the passport "
                     "page for the invitation letter?"),
    ("email_thread", "Re: Re: invoice 2291\n\nThanks {P:Inge}, paid today.\n\n> {P:Inge Dijkstra-Rooij} wrote:\n"
                     "> > {P:Wessel}, the invoice is still open - can you check?\n> Sorry, I'll ask {P:Tjeerd}.\n\n"
                     "{P:Wessel Hiemstra}\nFinance | Fryslân Dairy\n{T:+31 58 284 9127}"),
    ("email_thread", "On 2024-05-02 17:40, {P:Lin Yu-ting} wrote:\n> Dear Prof. {P:Kuo},\n> my ID number is "
                     "{I:F228391048}; I still need the enrolment letter.\n\nDear {P:Yu-ting},\n"
                     "the letter is ready at the department office.\n\n{P:Kuo Ming-hsien}\nDept. of Civil "
                     "Engineering"),
    ("email_thread", "Subject: Fwd: new starter paperwork\n\n---------- Forwarded message ---------\nFrom: "
                     "{P:Olamide Ogunbiyi} <{E:olamide.ogunbiyi@gmail.com}>\nTo: {E:people@brackenridge.co.uk}\n\n"
                     "Hi, attached are my right-to-work documents. My NI number is {I:PZ 48 21 93 D} and my "
                     "salary account is {I:41839206}.\n\n{P:Olamide}\n\n{P:Nikhil}, see above - can you set up the "
                     "laptop? {P:Navneet}"),
    ("email_thread", "Hola {P:Pilar},\n\nTe reenvío lo de {P:Iker}.\n\n{P:Amaia}\n\nEl 4 jun 2024, a las 9:02, "
                     "{P:Iker Zubizarreta Olano} <{E:iker.zubizarreta@euskalnet.net}> escribió:\n> Mi nuevo "
                     "número es {T:688 42 17 90}, por si {P:Pilar} me necesita.\n\n--\n{P:Amaia Urkiola Goñi}\n"
                     "Coordinadora, Itsasoa Kooperatiba"),
    ("email_thread", "Bună ziua,\n\nConfirm primirea.\n\n{P:Radu}\n\n> De la: {P:Liliana Dumitrescu} "
                     "<{E:liliana.dumitrescu@yahoo.ro}>\n> Trimis: 12 martie 2024\n> Vă trimit CNP-ul pentru "
                     "contract: {I:2850317401239}. Telefon: {T:0744 318 206}\n\n--\n"
                     "{P:Radu-Ștefan Mihăilescu}\nJurist, {C:Cluj-Napoca}"),
    ("email_thread", "Dear {P:Ihaia},\n\nI have updated the contact sheet. {P:Moana Tuhiwai} has left; her "
                     "replacement is {P:Arapeta Wihongi} ({E:arapeta.wihongi@tekura.school.nz}).\n\nNgā mihi,\n"
                     "{P:Kahurangi}\n\n> On Fri, {P:Ihaia Tapsell} wrote:\n> Who is the new contact at Te Kura?"),
    ("email_thread", "Good afternoon {P:Svetlana Igorevna},\n\nplease find the signed act attached.\n\n"
                     "{P:Morozov D.V.}\nChief Accountant\n{T:+7 495 318-27-40}\n\n> {P:Svetlana Ivanova} "
                     "<{E:s.ivanova@uralsteel.ru}> wrote:\n> {P:Dmitry Vladimirovich}, we still need the signed "
                     "reconciliation act."),

    # --- JSON-ish log lines ---------------------------------------------------------------------------------------
    ("json_log", "{\"ts\":\"2024-05-14T08:12:44.118Z\",\"level\":\"info\",\"msg\":\"signup\",\"user\":{\"name\":"
                 "\"{P:Oyelade Temitope}\",\"email\":\"{E:temi.oyelade@zmail.ng}\"},\"ip\":\"{N:102.89.34.17}\"}"),
    ("json_log", "{\"level\":\"error\",\"service\":\"kyc\",\"err\":\"document mismatch\",\"applicant\":\"{P:Qian "
                 "Jiahui}\",\"doc_no\":\"{I:310115199402276143}\",\"dob\":\"{B:1994-02-27}\"}"),
    ("json_log", "{\"event\":\"order.created\",\"order_id\":88120,\"shipping\":{\"name\":\"{P:Wannes "
                 "Verstraeten}\",\"line1\":\"{A:Meir 34 bus 2}\",\"zip\":\"{A:2000}\",\"city\":\"{C:Antwerpen}\"},"
                 "\"phone\":\"{T:+32 478 21 39 04}\"}"),
    ("json_log", "{\"ts\":1715677200,\"lvl\":\"WARN\",\"msg\":\"rate limited\",\"client_ip\":"
                 "\"{N:2a01:4f8:c17:b8f::2}\",\"api_key_owner\":\"{E:dev@sunshine-tours.ae}\"}"),
    ("json_log", "{\"type\":\"payment_failed\",\"card\":{\"holder\":\"{P:SALOMÉ GOGOBERIDZE}\",\"number\":"
                 "\"{I:5274190366820147}\"},\"iban\":\"{I:GE12 BG00 0000 0738 2041 56}\"}"),
    ("json_log", "{\"audit\":\"patient.view\",\"by\":\"{E:n.lindgren-aho@helsinkiclinic.fi}\",\"patient\":"
                 "{\"name\":\"{P:Aatu Lindholm}\",\"mrn\":\"{I:HC-00918273}\"},\"from\":\"{N:10.40.12.77}\"}"),
    ("json_log", "{\"msg\":\"sms sent\",\"to\":\"{T:+66 81 734 2290}\",\"template\":\"otp\",\"user\":\"{P:Kittipong "
                 "Rattanakorn}\",\"thai_id\":\"{I:1-1037-00218-34-3}\"}"),
    ("json_log", "{\"ts\":\"2024-06-01T22:14:09Z\",\"event\":\"login\",\"username\":\"{P:bilal.nadeem}\","
                 "\"ip\":\"{N:39.48.211.6}\",\"ua\":\"okhttp/4.9\",\"result\":\"ok\"}"),
    ("json_log", "{\"level\":\"debug\",\"msg\":\"contact merged\",\"kept\":{\"name\":\"{P:Tanis Cardinal}\","
                 "\"email\":\"{E:tanis.cardinal@sasktel.net}\"},\"dropped\":{\"name\":\"{P:T. Cardinal}\","
                 "\"phone\":\"{T:+1 306 764 2281}\"}}"),

    # --- PII-free look-alikes -------------------------------------------------------------------------------------
    ("pii_free", "Freezer restock: Ben & Jerry's Cookie Dough, Häagen-Dazs Salted Caramel, Magnum Classic and "
                 "Carte d'Or vanilla. Order again on Wednesday."),
    ("pii_free", "Clinic leaflet: living with Parkinson's disease, Crohn's disease and Hashimoto's thyroiditis. "
                 "Ask about the Heimlich manoeuvre course in June."),
    ("pii_free", "Bar stock count: Johnnie Walker Black, Jack Daniel's, Jim Beam, Captain Morgan, Baileys and "
                 "Tia Maria - 2 bottles each short."),
    ("pii_free", "Results were analysed with Student's t-test and Fisher's exact test; survival is shown as "
                 "Kaplan-Meier curves with a Cox model."),
    ("pii_free", "Formulary changes: Eliquis and Xarelto preferred over warfarin; Keytruda, Humira and Dupixent "
                 "need prior authorisation; Wegovy is not covered."),
    ("pii_free", "Hotel shortlist for the offsite: Victoria Falls, Alice Springs, Port Elizabeth, San Sebastián "
                 "and Santa Cruz. Charlotte and Austin were rejected on cost."),
    ("pii_free", "Walking tour notes: we start on Wall Street, cross to Abbey Road for the photo, then end on "
                 "Baker Street by the museum. Downing Street is closed to visitors."),
    ("pii_free", "Quarterly Business Review\nExecutive Summary\nCustomer Retention Strategy\nRisk Register and "
                 "Mitigation Plan\nNext Steps"),
    ("pii_free", "Shift pattern: Monday to Friday 7-3, alternate Saturdays; no shifts on Good Friday, Easter "
                 "Monday or St Patrick's Day. Rota for April, May and June to follow."),
    ("pii_free", "Retail partners: Marks & Spencer, Sainsbury's, John Lewis, Tim Hortons, Wendy's and "
                 "McDonald's franchisees."),
    ("pii_free", "Drinks fridge: Dr Pepper, Irn-Bru, Lipton Ice Tea, San Pellegrino, Mountain Dew."),
    ("pii_free", "Car pool: Ford Transit, Tesla Model Y, Rolls-Royce Ghost (CEO only), Harley-Davidson for the "
                 "courier, Land Rover Defender."),
    ("pii_free", "Fashion returns this week: Tommy Hilfiger polos, Calvin Klein jeans, Ralph Lauren shirts, Hugo "
                 "Boss suits and Louis Vuitton wallets."),
    ("pii_free", "Algorithms course: Dijkstra's algorithm, the Kalman filter, Bayes' theorem, Fourier transforms "
                 "and the Gauss-Seidel method."),
    ("pii_free", "Diagnosis codes on the form: Bell's palsy, Down syndrome, Tourette syndrome, Alzheimer's "
                 "disease, Hodgkin lymphoma, Asperger's (historic)."),
    ("pii_free", "please mark the invoice as paid, the bill will go out with grace period 30 days. will "
                 "check again on monday."),
    ("pii_free", "Awards night: the Nobel Prize lecture, Pulitzer finalists and the Turing Award panel are on "
                 "Thursday in the Newton Room and the Darwin Suite."),
    ("pii_free", "Route planning: Mount Kilimanjaro, Lake Titicaca, Santiago de Compostela and St. Petersburg "
                 "are on next year's list."),
    ("pii_free", "Pantry order: Uncle Ben's rice, Kellogg's Corn Flakes, Heinz beans, Cadbury Dairy Milk, "
                 "Hershey's Kisses, Campbell's soup."),
    ("pii_free", "Office kit list: Nespresso machine, Smeg fridge, Dualit toaster, Herman Miller chairs and a "
                 "Bosch dishwasher for the Friday Room."),
    ("pii_free", "Calendar: Valentine's Day falls on a Wednesday; Mother's Day in March; the August bank holiday "
                 "is Monday the 26th."),
]


def dev3_records() -> list[Labelled]:
    """The third hand-written (blind) records, parsed (gold spans on field `text`)."""
    return [parse_marked(kind, marked) for kind, marked in RECORDS]
