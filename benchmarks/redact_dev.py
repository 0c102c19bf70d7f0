"""A hand-written development set for `redact_quality` (`--sets independent_dev`): multi-line records in the
address formats of ~30 countries and names of many cultures, written for issue 11 once the tuning part of
benchmarks/redact_gold.py had nothing left to teach.

Every value (names, streets, buildings, postcodes, phones, e-mails) was invented for this file; none comes from
redact_gold.py, redact_data.py, presidio-evaluator or configs/names/, and pipeline/ never reads it. Rules may be
tuned on it; the held-out part of redact_gold.py stays the measure.

Markup: `{P:...}` PERSON, `{A:...}` ADDRESS (street line, flat/building line, P.O. box, postcode), `{E:...}`
EMAIL_ADDRESS, `{T:...}` PHONE_NUMBER, `{C:...}` a town or district (neutral: cities are kept on purpose).
Countries are plain text (large areas are kept); titles ("Mrs", "Dr.") stand outside the PERSON span.

Three rounds, written one after the other as the rules caught up: postal blocks of ~30 countries, prose, mail,
forms, chat and PII-free look-alikes (round 1); more countries, logs, letters, bank and forum notes (round 2);
capitals, lower case, tables without headers and JSON-like text (round 3).
"""

from __future__ import annotations

import re

from benchmarks.redact_data import NEUTRAL, Labelled

_KINDS = {"P": "PERSON", "A": "ADDRESS", "E": "EMAIL_ADDRESS", "T": "PHONE_NUMBER", "I": "ID", "B": "DATE_OF_BIRTH",
          "N": "IP_ADDRESS", "C": NEUTRAL}
_MARK = re.compile(r"\{([PAETIBNC]):([^{}]+)\}")

RECORDS: list[tuple[str, str]] = [
    # --- postal blocks, by country ----------------------------------------------------------------------------
    ("postal_uk", "Deliver to:\nMrs {P:Gwendolyn Ashcombe}\n{A:Flat 7, Marlowe Court}\n{A:23 Pennyfield Road}\n"
                  "{C:Harrogate}\n{A:HG2 8QT}"),
    ("postal_uk", "Return address: {A:Ivy Cottage}, {A:Bramble Lane}, {C:Little Wenlock}, {C:Telford} {A:TF6 5BN}."),
    ("postal_uk", "{P:Hamish MacAskill}\n{A:2F1, 14 Marchmont Crescent}\n{C:Edinburgh}\n{A:EH9 1HN}\nScotland"),
    ("postal_uk", "Invoice to {P:Rhiannon Pryce-Evans}, {A:Unit 4 Glanrafon Business Park}, {C:Aberystwyth} "
                  "{A:SY23 3JQ}"),
    ("postal_ie", "{P:Caoimhe Ní Dhonnchadha}\n{A:Apartment 12, The Maltings}\n{A:Bridge Street}\n{C:Carlow}\n"
                  "{A:R93 X2E7}"),
    ("postal_ie", "Please post the cheque to {P:Pádraig Ó Cinnéide}, {A:Cnoc na Gréine}, {C:Baile an Fheirtéaraigh}, "
                  "Co. Kerry, {A:V92 H6TY}."),
    ("postal_us", "Ship to: {P:Delbert Okonkwo-Haynes}\n{A:4418 Tamarack Ridge Dr Apt 3B}\n{C:Boise}, ID {A:83704}"),
    ("postal_us", "Mail checks to {A:PO Box 2231}, {C:Taos}, NM {A:87571}. Questions: {T:(575) 758-2914}"),
    ("postal_us", "{P:Loretta Vanderslice}\n{A:RR 2 Box 145}\n{C:Milford}, IA {A:51351}"),
    ("postal_us", "Our tenant {P:Marcus Teague} moved out of {A:1172 W Belden Ave, Unit 2R}, {C:Chicago}, IL "
                  "{A:60614} on March 3."),
    ("postal_ca", "{P:Geneviève Thibodeau-Landry}\n{A:1207-455 rue Saint-Urbain}\n{C:Montréal} QC  {A:H2X 2M5}"),
    ("postal_ca", "Send the replacement card to {A:RR 3, Site 12, Comp 8}, {C:Okotoks} AB {A:T1S 1A2}, attn "
                  "{P:Bryce Halvorsen}."),
    ("postal_de", "{P:Jürgen Pfaffenrath}\n{A:Lindenbühlstraße 14a}\n{A:79102} {C:Freiburg im Breisgau}"),
    ("postal_de", "An\n{P:Annegret Stöcklein}\nc/o {P:Familie Renner}\n{A:Am Krautgarten 3}\n{A:91054} {C:Erlangen}"),
    ("postal_at", "Mag. {P:Florian Wiesinger}\n{A:Schottenfeldgasse 27/4/12}\n{A:1070} {C:Wien}\nÖsterreich"),
    ("postal_ch", "{P:Sibylle Aeschbacher}, {A:Rue du Simplon 8}, {A:CH-1006} {C:Lausanne}"),
    ("postal_ch", "Firma Brunnhofer AG, {A:Postfach 412}, {A:8021} {C:Zürich}\nz. H. {P:Reto Gubelmann}"),
    ("postal_fr", "{P:Élodie Vaillancourt}\n{A:Résidence Les Tilleuls, Bât B}\n{A:17 allée des Glycines}\n"
                  "{A:33600} {C:Pessac}"),
    ("postal_fr", "Merci d'écrire à M. {P:Jean-Baptiste Lemarquis}, {A:BP 113}, {A:13702} {C:La Ciotat} Cedex."),
    ("postal_be", "{P:Wouter Verbruggen}\n{A:Kortrijksesteenweg 212 bus 5}\n{A:9000} {C:Gent}"),
    ("postal_be", "Adresse : {A:Rue des Bouchers 41 bte 3}, {A:1000} {C:Bruxelles}. Contact : {P:Nathalie Dujardin}"),
    ("postal_nl", "{P:Maarten van der Voort}\n{A:Prinsengracht 418-III}\n{A:1016 JK} {C:Amsterdam}"),
    ("postal_nl", "Stuur het formulier naar {A:Postbus 2071}, {A:3500 GB} {C:Utrecht}, t.a.v. {P:Els de Wilde}."),
    ("postal_es", "{P:María Dolores Ybarra Quintanilla}\n{A:C/ de Sant Pere Més Alt, 27, 3º 2ª}\n{A:08003} "
                  "{C:Barcelona}"),
    ("postal_es", "Envíenlo a {A:Avda. de la Constitución 15, 4º B}, {A:41001} {C:Sevilla}, a nombre de "
                  "{P:Íñigo Arrizabalaga}."),
    ("postal_pt", "{P:Conceição Magalhães}\n{A:Rua Dr. Alfredo Magalhães, 118 - 2º Esq.}\n{A:4000-061} {C:Porto}"),
    ("postal_pt", "Morada: {A:Travessa do Fala-Só 9}, {A:1250-109} {C:Lisboa} ({P:João Pedro Figueiredo})"),
    ("postal_it", "Gentile {P:Ornella Scarpellini}\n{A:Via Giuseppe Mazzini 44, int. 6}\n{A:40137} {C:Bologna} BO"),
    ("postal_it", "Spedire a {P:Gianluca Bertolazzi}, {A:Piazza Santo Stefano 3/B}, {A:20122} {C:Milano} (MI)"),
    ("postal_se", "{P:Agneta Lindqvist-Rudbeck}\n{A:Tegnérgatan 31, 2 tr}\n{A:113 59} {C:Stockholm}"),
    ("postal_no", "{P:Torbjørn Åsheim}\n{A:Thorvald Meyers gate 61B}\n{A:0552} {C:Oslo}"),
    ("postal_dk", "Modtager: {P:Sørine Kjærgaard}, {A:Nørrebrogade 184, 3. th.}, {A:2200} {C:København} N"),
    ("postal_fi", "{P:Eeva-Liisa Räsänen}\n{A:Hämeenkatu 12 B 34}\n{A:33100} {C:Tampere}"),
    ("postal_is", "{P:Sigrún Hallgrímsdóttir}, {A:Laugavegur 58}, {A:101} {C:Reykjavík}"),
    ("postal_pl", "{P:Grzegorz Wąsowicz}\n{A:ul. Świętokrzyska 30 m. 48}\n{A:00-116} {C:Warszawa}"),
    ("postal_pl", "Proszę o wysyłkę na adres: {A:os. Bohaterów Września 12/4}, {A:31-620} {C:Kraków}, odbiorca "
                  "{P:Małgorzata Przybyłek}."),
    ("postal_cz", "{P:Jiřina Dvořáková}\n{A:Vinohradská 1511/230}\n{A:100 00} {C:Praha} 10"),
    ("postal_cz", "Odesílatel: {P:Vojtěch Kratochvíl}, {A:Nádražní 417}, {A:686 01} {C:Uherské Hradiště}"),
    ("postal_in", "{P:Priyanka Raghunathan}\n{A:Flat No. 402, Shanti Kunj Apartments}\n{A:Plot 17, Sector 21}\n"
                  "{C:Kharghar}, {C:Navi Mumbai} {A:410210}"),
    ("postal_in", "Courier to {P:Venkataraman Subramaniam}, {A:No. 14, 3rd Cross}, {C:Jayanagar} 4th Block, "
                  "{C:Bengaluru} - {A:560011}. Mob: {T:98450 31267}"),
    ("postal_in", "Address: {A:H.No. 6-3-1109/A}, {A:Raj Bhavan Road}, {C:Somajiguda}, {C:Hyderabad} - {A:500082}"),
    ("postal_jp", "{P:Hasegawa Rintarō}\n{A:Sunny Heights 302}, {A:2-8-11 Higashi-Nakano}, {C:Nakano-ku}\n"
                  "{C:Tokyo} {A:164-0003}"),
    ("postal_jp", "〒{A:604-8005}\n{C:京都市中京区}{A:河原町通三条上る恵比須町534-40}\n{P:吉沢 清美} 様"),
    ("postal_kr", "{P:Bae Seung-hyun}\n{A:Apt 104-1203}, {A:55 Olympic-ro 35-gil}, {C:Songpa-gu}\n{C:Seoul} "
                  "{A:05510}"),
    ("postal_cn", "Attn: {P:Liang Wenjing}\n{A:Room 1806, Block B, Jinqiao Plaza}\n{A:88 Zhangjiang Road}, "
                  "{C:Pudong New Area}\n{C:Shanghai} {A:201203}"),
    ("postal_cn", "Please forward to {P:Zhou Xiaoming} at {A:No. 27 Wenhua Road}, {C:Tianhe District}, "
                  "{C:Guangzhou} {A:510075}."),
    ("postal_br", "{P:Thiago Albuquerque Nogueira}\n{A:Rua Padre Chagas, 342, apto 51}\n{C:Moinhos de Vento}, "
                  "{C:Porto Alegre} - RS\nCEP {A:90570-080}"),
    ("postal_br", "Entregar em: {A:Av. Boa Viagem, 4120, Bloco C, Apto 1702}, {C:Recife} - PE, {A:51021-000}"),
    ("postal_mx", "{P:Guadalupe Ocampo Treviño}\n{A:Calle Río Lerma 176, Int. 4}, Col. {C:Cuauhtémoc}\n{A:06500} "
                  "{C:Ciudad de México}, CDMX"),
    ("postal_mx", "Domicilio fiscal: {A:Av. Hidalgo 1450 Pte.}, Col. {C:Centro}, C.P. {A:64000} {C:Monterrey}, N.L."),
    ("postal_ar", "{P:Facundo Etcheverry}\n{A:Av. Corrientes 3247, piso 5 depto. B}\n{A:C1193AAE} {C:CABA}"),
    ("postal_za", "{P:Thandeka Mthembu}\n{A:Unit 14, Protea Gardens}\n{A:27 Jan Smuts Avenue}\n{C:Rosebank}\n"
                  "{C:Johannesburg}\n{A:2196}"),
    ("postal_za", "Remit to {P:Pieter du Plessis}, {A:PO Box 4410}, {C:Durbanville} {A:7551}"),
    ("postal_ng", "{P:Chukwuemeka Onyekachi}\n{A:Plot 1123, Adeola Odeku Street}\n{C:Victoria Island}, {C:Lagos} "
                  "{A:101241}"),
    ("postal_ng", "Deliver to {P:Aminu Danjuma}, {A:No. 15, Okigwe Road}, {C:Owerri}, Imo State."),
    ("postal_ke", "{P:Wanjiru Kamau}\n{A:P.O. Box 30197-00100}\n{C:Nairobi}"),
    ("postal_ke", "Mr {P:Otieno Ochieng}, {A:House No. 9, Muthithi Road}, {C:Westlands}, {C:Nairobi}"),
    ("postal_au", "{P:Lachlan Brierley}\n{A:Unit 5/27 Kingsley Parade}\n{C:Clovelly} NSW {A:2031}"),
    ("postal_au", "Property: {A:Lot 9 Bungendore Road}, {C:Wamboin} NSW {A:2620}. Owner: {P:Delphine Kouris}"),
    ("postal_au", "Post to {A:PO Box 318}, {C:Fremantle} WA {A:6959}"),
    ("postal_nz", "{P:Aroha Te Whata}\n{A:Flat 2, 41 Ōtaki Street}\n{C:Kaiwharawhara}\n{C:Wellington} {A:6035}"),
    ("postal_nz", "{P:Callum Strachan-Reid}, {A:1894 State Highway 50}, {A:RD 3}, {C:Hastings} {A:4173}"),
    ("postal_sg", "{P:Tan Wei Ling}\n{A:Blk 523 Ang Mo Kio Ave 5 #08-1123}\n{C:Singapore} {A:560523}"),
    ("postal_sg", "Office: {A:10 Anson Road}, {A:#27-15 International Plaza}, {C:Singapore} {A:079903}. "
                  "Ask for {P:Goh Boon Keat}."),
    ("postal_ae", "{P:Khalid bin Saeed Al Mazrouei}\n{A:Villa 27, Street 14}, {C:Al Safa} 2\n{C:Dubai}"),
    ("postal_ae", "{P:Noura Al-Shamsi}, {A:Office 1204, Marina Plaza}, {C:Dubai Marina}, {A:PO Box 450321}, "
                  "{C:Dubai}"),
    # --- addresses and names inside running prose ---------------------------------------------------------------
    ("prose", "Hi, I'm {P:Ffion Llewellyn}. Please send the forms to {A:58 Willowbrook Lane}, {C:Taunton} "
              "{A:TA1 4PZ} before Friday, my landlord is strict."),
    ("prose", "We moved to {A:Kastanienallee 12} last spring, so the old {A:Prenzlauer Allee 190} address is gone. "
              "— {P:Henrike Albrecht-Özdemir}"),
    ("prose", "The parcel for {P:Dmitri Voloshenko} was left at {A:Apt 9C, 301 East 94th Street}, {C:New York}, NY "
              "{A:10128}, but nobody answered."),
    ("prose", "My daughter {P:Isabelle Fournier-Gagnon} now lives at {A:88 Heron Bay Road}, {C:Halifax} NS "
              "{A:B3M 4J7}, can you update her file?"),
    ("prose", "Driver note: gate code 4471, drop at {A:Building 3, Kingfisher Business Park}, {A:Hawthorn Road}, "
              "{C:Bootle} {A:L20 6PF}. Signed {P:Tobias Wren}"),
    ("prose", "Customer {P:Ngozi Okafor-Bassey} says her new address is {A:Flat 3B, Block 7, Ikota Villa "
              "Estate}, {C:Lekki}, {C:Lagos}."),
    ("prose", "The notice went to {A:Calle de Almagro 31, 2º izquierda}, {A:28010} {C:Madrid}, instead of the "
              "office; {P:Remedios Catalán} never got it."),
    ("prose", "Ticket 55120: {P:Sebastián Quiroga} asks us to ship to his parents at {A:Av. Providencia 1208, "
              "depto 1502}, {C:Providencia}, {C:Santiago}."),
    ("prose", "Neighbour dispute at {A:12 Rata Street}, {C:Naenae}, {C:Lower Hutt} {A:5011}: {P:Mereana "
              "Tūhoe-Kingi} called twice."),
    ("prose", "Please collect from reception at {A:Level 14, 120 Collins Street}, {C:Melbourne} VIC {A:3000}. "
              "Thanks, {P:Sunita Parekh}"),
    # --- e-mails, sign-offs, greetings ---------------------------------------------------------------------------
    ("email", "Dear Ms {P:Oyelaran},\n\nThank you for your letter. We have noted the change of address.\n\n"
              "Kind regards,\n{P:Bartholomew Finch}\nCustomer Relations"),
    ("email", "Hello {P:Anneliese},\n\nthe keys are with the concierge.\n\nBest,\n{P:Kasimir}"),
    ("email", "Hi team,\n\nplease add {P:Wojciech Szczęsny-Mazur} ({E:w.szczesny@przyklad.pl}) to the call.\n\n"
              "Cheers,\n{P:Rosalind}"),
    ("email", "Bonjour {P:Maëlle},\n\nLe dossier de M. {P:Théophile Garnier-Duplessis} est complet.\n\n"
              "Cordialement,\n{P:Hélène Rocheteau}"),
    ("email", "Sehr geehrte Frau {P:Kleinschmidt},\n\nanbei die Unterlagen.\n\nMit freundlichen Grüßen\n"
              "Dr. {P:Konstantin Ebersbach}"),
    ("email", "From: {P:Aisling Breathnach} <{E:aisling.breathnach@postmail.ie}>\nTo: billing\n"
              "Subject: wrong name on invoice\n\nIt says {P:Ashling Brennan}, should be {P:Aisling Breathnach}."),
    ("email", "Namaste {P:Harpreet ji},\n\nYour parcel was delivered.\n\nRegards\n{P:Devika Iyengar}"),
    ("email", "Thanks {P:Siyabonga}! talk soon\n-- {P:Lindiwe Ndlovu-Mokoena}"),
    # --- forms, CRM, clinical ----------------------------------------------------------------------------------
    ("form", "Name: {P:YILDIRIMOĞLU, Gökhan}\nDOB: 1979-04-22\nAddress: {A:Bağdat Caddesi No: 214/7}, "
             "{C:Kadıköy}, {A:34728} {C:İstanbul}"),
    ("form", "Surname: {P:Papadakis}\nGiven names: {P:Stavros Emmanouil}\nStreet: {A:Odos Ermou 45}\n"
             "Postcode: {A:10563}\nCity: {C:Athens}"),
    ("form", "Patient: {P:TRẦN Thị Bích Ngọc}\nNext of kin: {P:Trần Văn Hải} (husband), {T:0912 345 778}"),
    ("form", "Account holder: {P:Oluwaseyi Adeyemi-Bello}\nResidential address: {A:14 Ogunlana Drive}, "
             "{C:Surulere}, {C:Lagos}"),
    ("form", "Emergency contact ..... {P:Kiyomi Yoshizawa} (sister)\nPhone .......... {T:090-4471-2286}"),
    ("crm", "Call with {P:jang min-seo} re refund. {P:Min-seo} prefers Korean. Spoke to {P:JANG MIN-SEO} "
            "again on 3/4."),
    ("crm", "Lead: {P:Facundo}, owner of a bakery; {P:facundo} said to call after 5."),
    ("clinical", "Seen today: Mr. {P:Kwabena Asante-Mensah}, 58. Lives alone at {A:9 Cotswold Rise}, {C:Swindon} "
                 "{A:SN3 6LX}. {P:Kwabena} reports chest tightness."),
    ("clinical", "Referral from Dr. {P:Ifeoma Nwachukwu} for {P:Sipho Dlamini}. Pt {P:Dlamini} is diabetic."),
    ("chat", "[09:14] {P:lukas.brandt}: is the van going to {A:Sonnenallee 221}?\n[09:15] {P:mira_k}: yes, "
             "{A:12059} {C:Berlin}\n[09:15] {P:lukas.brandt}: ok"),
    ("chat", "{P:bongani}: anyone seen {P:thabo}?\n{P:ayanda}: he's off till monday"),
    ("csv", "id;nombre;direccion;cp;ciudad\n17;{P:Ximena Valdivieso};{A:Jr. Huallaga 455, Of. 302};{A:15001};"
            "{C:Lima}\n18;{P:Renato Aguirre Sotomayor};{A:Calle Los Cedros 118};{A:15074};{C:San Isidro}"),
    ("csv", "customer,address_line1,postcode,town\n{P:Ewan Drummond},{A:3/2 41 Hyndland Road},{A:G12 9UX},"
            "{C:Glasgow}"),
    # --- second round: more countries in one-line and block forms -----------------------------------------------
    ("postal_hu", "{P:Kovács Eszter}\n{A:Kossuth Lajos utca 12. II/4.}\n{A:1052} {C:Budapest}"),
    ("postal_gr", "Αποστολή: {P:Eleftheria Panagiotopoulou}, {A:Leoforos Alexandras 84}, {A:114 73} {C:Athina}"),
    ("postal_is", "{P:Guðmundur Þórðarson}\n{A:Hafnarstræti 5}\n{A:600} {C:Akureyri}"),
    ("postal_lt", "Ship to {P:Rūta Petrauskienė}, {A:Gedimino pr. 9-14}, {A:LT-01103} {C:Vilnius}"),
    ("postal_ro", "{P:Ioana Constantinescu}\n{A:Str. Mihai Eminescu nr. 14, bl. A2, sc. 1, ap. 7}\n{A:010512} "
                  "{C:București}"),
    ("postal_hr", "Primatelj: {P:Zvonimir Horvatinčić}, {A:Ilica 242}, {A:10000} {C:Zagreb}"),
    ("postal_tr", "{P:Şükrü Karaağaç}\n{A:Atatürk Cad. No:45 D:3}\n{C:Çankaya}/{C:Ankara} {A:06690}"),
    ("postal_ph", "{P:Ma. Cristina Dimaculangan}\n{A:Unit 1203, 88 Ayala Avenue}\n{C:Makati City} {A:1226}"),
    ("postal_id", "Kirim ke {P:Bambang Sutrisno}, {A:Jl. Sudirman No. 45}, {C:Jakarta Pusat} {A:10220}"),
    ("postal_my", "{P:Nurul Aisyah binti Kamaruddin}\n{A:Lot 2-3, Jalan Bukit Bintang}\n{A:55100} {C:Kuala Lumpur}"),
    ("postal_vn", "Người nhận: {P:Phạm Quốc Huy}, {A:Số 12 Ngõ 45 Phố Huế}, {C:Hai Bà Trưng}, {C:Hà Nội}"),
    ("postal_th", "{P:Somchai Wongsakul}\n{A:99/12 Soi Sukhumvit 31}\n{C:Khlong Toei Nuea}, {C:Bangkok} {A:10110}"),
    ("postal_il", "{P:Yael Ben-Ami}, {A:Rehov Dizengoff 118}, {C:Tel Aviv} {A:6433222}"),
    ("postal_eg", "{P:Mostafa Abdel-Rahman}\n{A:17 El Gomhoreya Street}\n{C:Garden City}, {C:Cairo} {A:11451}"),
    ("postal_ma", "{P:Salma El Idrissi}, {A:23, Rue Ibn Batouta}, {A:20250} {C:Casablanca}"),
    ("postal_gh", "{P:Kwame Ofori-Atta}\n{A:House No. 14, Ring Road East}\n{C:Osu}, {C:Accra}\n{A:GA-065-4832}"),
    ("postal_us", "{P:Tamika Washington-Boyd}\n{A:8802 Old Farm Rd}\n{C:Fort Wayne} IN {A:46815-2207}"),
    ("postal_us", "Billing: {A:3100 Peachtree Pkwy Ste 410}, {C:Suwanee}, GA {A:30024}"),
    ("postal_uk", "{P:Declan O'Rourke-Hughes}\n{A:The Old Rectory}\n{A:Church Street}\n{C:Much Wenlock}\n{A:TF13 6AE}"),
    ("postal_de", "Lieferadresse: {P:Svenja Großkopf}, {A:Hinterm Holzhof 5}, {A:28195} {C:Bremen}"),
    ("postal_se", "Leveransadress: {P:Björn Tjärnström}, {A:Kungsgatan 44 lgh 1102}, {A:411 19} {C:Göteborg}"),
    ("postal_nl", "{P:Femke Jansen-Bakker}\n{A:Oudegracht 211bis}\n{A:3511 NH} {C:Utrecht}"),
    ("postal_fr", "Expéditeur : {P:Guillaume Dufresne}, {A:résidence du Parc, apt 12}, {A:8 rue Pasteur}, {A:69300} "
                  "{C:Caluire-et-Cuire}"),
    ("postal_in", "To,\nShri {P:Ramesh Chandra Tiwari}\n{A:Flat 5B, Tower 3, Supertech Capetown}\n{A:Sector 74}, "
                  "{C:Noida} {A:201301}\nUttar Pradesh"),
    ("postal_in", "Deliver at {A:Door No. 4/118, Gandhi Street}, {C:Tambaram}, {C:Chennai} {A:600045}"),
    ("postal_au", "{P:Siobhan McGillicuddy}\n{A:42 Wattle Grove}\n{C:Ballarat East} VIC {A:3350}"),
    # --- second round: names in logs, letters, chat and notes ---------------------------------------------------
    ("ops_log", "2026-11-03T10:22:19Z auth WARN login failed for {P:nguyen.thanh.tam} from 10.20.3.4\n"
                "2026-11-03T10:22:41Z auth INFO password reset by {P:Órlaith Mac Giolla Phádraig}"),
    ("ops_log", "job 8812 owner={P:akosua.boateng} status=failed; paged {P:Emeka Eze} at 03:10"),
    ("bank", "Payment of 240.00 EUR to {P:Bożena Kiełbasińska} returned: beneficiary name mismatch "
             "({P:Bozena Kielbasinska})."),
    ("bank", "Standing order for {P:ABDULRAHMAN AL-HARBI} cancelled at the customer's request."),
    ("forum", "Thanks to {P:giorgos_papadimitriou} for the fix! {P:Giorgos}, can you post the config?"),
    ("forum", "Re: lost parcel\n> posted by {P:hamza.benali}\nSame here, mine went to the wrong depot."),
    ("referral", "Dear Dr {P:Achterberg},\nI would be grateful if you could see Mrs {P:Fatou Sow Diallo} "
                 "(DOB 03/02/1961).\nYours sincerely,\nDr {P:Rohan Deshpande}"),
    ("tax", "Taxpayer: {P:GARCÍA-MÁRQUEZ, Ana Lucía}\nSpouse: {P:Joaquín Ferrer Vidal}\nDependants: 2"),
    ("letter_fr", "Madame {P:Lefebvre},\nSuite à votre appel, M. {P:Karim Benhaddou} passera mardi.\n"
                  "Bien à vous,\n{P:Solène Marchetti}"),
    ("letter_de", "Hallo {P:Birte},\nich habe mit Herrn {P:Obermüller} gesprochen, er meldet sich.\n"
                  "Viele Grüße\n{P:Jannik}"),
    ("letter_sv", "Hej {P:Ylva}!\nJag pratade med {P:Per-Olof Sjöberg} igår om avtalet.\nMvh\n{P:Linnéa Åkesson}"),
    ("chat", "{P:ngozi}: did {P:chidi} send the invoice?\n{P:femi}: yes, {P:Chidi} sent it this morning"),
    ("crm", "Caller said her name is {P:Thi Hong Nhung Vo} but the account is under {P:Vo Thi Hong Nhung}."),
    ("clinical", "Pt {P:Yusuf Demirtaş} (58) seen with wife {P:Elif}. Mr {P:Demirtaş} reports dizziness."),
    ("hr", "Offer letter for {P:Aiyana Redcloud} approved by {P:Mateus Carvalho da Silva}; start 1 Feb."),
    ("hr", "Exit interview: {P:Liesbeth Van Damme} (team lead), interviewer {P:Ruairí Ó Briain}."),
    ("pii_free", "Main Street Bakery and Church Lane Deli both use the 2 kg flour sacks from Mill Road Foods."),
    ("pii_free", "The Old Rectory Gin and Manor House Ale are listed under Spirits, items 12 and 14."),
    ("pii_free", "Sector 5 results improved; Phase 2 starts in Q3 with Block B of the training budget."),
    ("pii_free", "Apartment 3 of the floor plan template has 2 bedrooms; Villa 1 has 4 and a pool."),
    ("pii_free", "Shipping to Canada, Ireland and Japan takes 5 to 9 days; Singapore 3 days."),
    # --- third round: capitals, lower case, tables without headers --------------------------------------------
    ("caps", "DELIVER TO: {P:OKONJO-IWEALA, CHIAMAKA}\n{A:FLAT 12B, 44 ST JOHNS WOOD TERRACE}\n{C:LONDON}\n"
             "{A:NW8 6LS}"),
    ("caps", "{P:MR HENDRIK JOHANNES VAN WYK}\n{A:PO BOX 1187}\n{C:STELLENBOSCH}\n{A:7599}"),
    ("caps", "SHIP TO {P:LUCÍA FERNÁNDEZ OTERO}, {A:CALLE DEL PEZ 14, 2º DCHA}, {A:28004} {C:MADRID}"),
    ("lower", "hi, my new address is {A:27 cedar grove}, {C:dundee} {A:dd2 1pq} - thanks {P:morag}"),
    ("lower", "pls send to {A:flat 4, 9 oakfield road}, {C:cork}, {A:t12 x8pv}. {P:niamh o'sullivan}"),
    ("lower", "deliver to {A:1832 w olive ave apt 7}, {C:fresno} ca {A:93728}, ask for {P:rosa}"),
    ("table", "{P:Haugland, Tor Einar}|{A:Bryggen 17}|{A:5003}|{C:Bergen}|{T:+47 55 31 02 88}"),
    ("table", "{P:Wiśniewska Agnieszka};{A:ul. Lipowa 8/3};{A:20-020};{C:Lublin}"),
    ("table", "{P:Dimitrov, Stoyan},{A:bul. Vitosha 61},{A:1000},{C:Sofia},{E:s.dimitrov@example.bg}"),
    ("json", '{"customer": "{P:Rangi Parata}", "street": "{A:55 Tui Street}", "postcode": "{A:3015}", '
             '"city": "{C:Rotorua}"}'),
    ("prose", "I'm staying with my aunt {P:Efua Mensah-Bonsu} at {A:Apartment 6, Ocean View Court}, "
              "{A:Beach Road}, {C:Sea Point}, {C:Cape Town} {A:8005} until May."),
    ("prose", "Our new office: {A:Suite 1402, Level 14, 1 Farrer Place}, {C:Sydney} NSW {A:2000}."),
    ("prose", "Contact {P:J. K. Ramaswamy} or {P:Ramaswamy, J.} at the {C:Pune} branch."),
    ("prose", "{P:Nkechi} and {P:Obinna Chukwu} asked about the lease; {P:nkechi} will sign."),
    ("pii_free", "Regent Park Road closure: buses 24 and 31 divert via Camden Town until 6 June."),
    ("pii_free", "FLAT RATE SHIPPING ON ORDERS OVER 50 EUR, CODE SUMMER24."),
    ("pii_free", "in the kitchen: 2 flat whites, 1 long black and 4 croissants for table 9"),
    # --- PII-free records with look-alike words ----------------------------------------------------------------
    ("pii_free", "The Oxford Street branch closes at 6pm on Sundays; the Regent Street one stays open until 8."),
    ("pii_free", "Our Park Avenue collection comes in 3 colours: Rose Gold, Midnight and Sage."),
    ("pii_free", "Release 4 adds Lane Assist and fixes the Route 66 map tile bug reported on build 2031."),
    ("pii_free", "Security desk is in Building 7; Block 3 exams start at 9.30 in Hall 2."),
    ("pii_free", "Tours run from Rome, Paris and Lisbon; the Dublin leg was cancelled for 2027."),
    ("pii_free", "Victoria Sponge, Eton Mess and Bakewell Tart are on the dessert menu at table 12."),
    ("pii_free", "Section 14 of the Act applies to Level 2 permits; see Chapter 9 for appeals."),
    ("pii_free", "Ship 40 units of Model 5 Lite to the Lagos and Nairobi warehouses by week 12."),
    ("pii_free", "Abbey Road edition vinyl, 2 LP, remastered in 2019 at the Camden studio."),
    ("pii_free", "The hotel is close to Central Station and the Grand Canal; checkout is at 11."),
    ("pii_free", "Ticket 4417: Windows 11 update failed on 3 laptops in Room 204, Floor 2."),
    ("pii_free", "Please bring form 27B and your receipt to the counter; opening hours are Mon-Fri 8-16."),
    ("pii_free", "The Sunset Boulevard and Baker Street tote bags are back in stock, 25 EUR each."),
    ("pii_free", "Mount Kenya and Table Mountain hikes need a guide; Kilimanjaro treks start in Moshi."),
    ("pii_free", "Our Hamburg, Zürich and Wien offices switch to the new VPN on 14 May."),
]


def parse_marked(kind: str, marked: str) -> Labelled:
    """A record written with `{K:value}` marks (the markup above) as plain text plus its gold spans."""
    text, gold, position, cursor = [], [], 0, 0
    for match in _MARK.finditer(marked):
        plain = marked[cursor:match.start()]
        text.append(plain)
        position += len(plain)
        value = match.group(2)
        gold.append(("text", position, position + len(value), _KINDS[match.group(1)], value))
        text.append(value)
        position += len(value)
        cursor = match.end()
    text.append(marked[cursor:])
    return Labelled({"text": "".join(text)}, gold, kind)


def dev_records() -> list[Labelled]:
    """The hand-written development records, parsed (gold spans on field `text`)."""
    return [parse_marked(kind, marked) for kind, marked in RECORDS]
