"""Contact details by their place (pipeline/contacts.py, pipeline/address_blocks.py): address blocks next to a
town, the parts of a block that have no shape of their own, phone numbers after a cue."""

from __future__ import annotations

import pytest

from pipeline.address_blocks import block_spans
from pipeline.address_units import unit_finder
from pipeline.contacts import address_finder
from pipeline.name_fields import NAME_COLUMNS
from pipeline.name_lists import NameLists, Words
from pipeline.phones import phone_cue_finder
from pipeline.tables import column_finder, csv_cells

# Every value here is hand-written for these tests: none comes from the redact_quality gold set or its sources
# (presidio-evaluator's FakeNameGenerator file, benchmarks/redact_gold.py), so the tests cannot fit the rules to it.


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in address_finder()(text)]


@pytest.mark.parametrize(("text", "parts"), [
    ("She lives at Hafnargata 14, 415 Bolungarvik.", ["Hafnargata 14", "415"]),  # Icelandic, 3-digit postcode
    ("Ship to:\nKatalin Bódi\nRákóczi út 118.\n7624 Pécs\nHU", ["Rákóczi út 118.", "7624"]),  # Hungarian
    ("to be sent to 2207 Linden Avenue, Dover 19904", ["2207 Linden Avenue", "19904"]),  # US, no state
    ("til Kristian Augusts gate 9, 0164 Oslo.", ["Kristian Augusts gate 9", "0164"]),  # Norwegian
    ("Flat 2A, 41 Brigade Road, 560001 Bengaluru", ["41 Brigade Road", "560001"]),  # Indian 6-digit PIN
    ("Drottninggatan 53, 2 tr, 111 21 Stockholm", ["Drottninggatan 53, 2 tr", "111 21"]),  # Swedish floor
    ("7 bis, rue des Tanneurs, 31000 Toulouse", ["7 bis, rue des Tanneurs", "31000"]),  # French bis
    ("Am Mühlbach 7a, 79098 Freiburg", ["Am Mühlbach 7a", "79098"]),  # German "Am <Name> 12b"
    ("P.O. Box 317, 3911 Sisimiut", ["P.O. Box 317"]),
    ("House No. 48, Sector 9-C, 160009 Chandigarh", ["House No. 48", "Sector 9-C"]),
])
def test_address_blocks_of_many_countries(text: str, parts: list[str]):
    found = _found(text)
    assert all(part in found for part in parts), found


@pytest.mark.parametrize("text", [
    "Upgrade to Windows 10, 2024 Edition", "We have 3 rooms, 120 Euro each", "Section 4, 2019 Annual Report",
    "Meet at Gate 12, 1400 hours", "Release 4.2 ships on Monday, 14 March",
])
def test_numbers_in_prose_are_not_addresses(text: str):
    assert _found(text) == []


@pytest.mark.parametrize(("text", "phone"), [
    ("Phone: 8134 5520", "8134 5520"), ("my number is 645 219 807", "645 219 807"),
    ("ruft Sie morgen unter (31) 508-274 an", "(31) 508-274"), ("Tel. 93 481156", "93 481156"),
])
def test_local_phone_numbers_after_a_cue(text: str, phone: str):
    assert [text[s:e] for s, e, _ in phone_cue_finder()(text)] == [phone]


def test_numbers_after_a_cue_word_that_are_not_phones():
    assert list(phone_cue_finder()("ring 3 of the stadium, call me on Monday")) == []


@pytest.mark.parametrize(("text", "phone"), [
    ("can you call me at 318 227 604 tonight", "318 227 604"), ("You can call 8842 1170", "8842 1170"),
    ("nobody is answering at (31) 508-274", "(31) 508-274"), ("stop sending messages to 614 209 337", "614 209 337"),
    ("no text on my registered 48 213 76 50. Why?", "48 213 76 50"), ("call me on 41-27-63-58 later", "41-27-63-58"),
    ("Ilse Brandt\n44 18 90 office\n", "44 18 90"), ("0612 44 90 18-Fax, 0612 44 90 19-Mobile", "0612 44 90 18"),
])
def test_phone_numbers_after_call_and_message_cues_and_before_a_label(text: str, phone: str):
    assert [text[s:e] for s, e, _ in phone_cue_finder()(text)][:1] == [phone]


@pytest.mark.parametrize("text", [
    "call me on 12.05.2031", "messages from 2031-05-12 are lost", "we sent 1200 messages to 35 users",
    "the function is called 1 000 000 times", "version 10.2.3 office", "3 500 000 office workers",
])
def test_dates_counts_and_versions_near_phone_words_are_not_phones(text: str):
    assert list(phone_cue_finder()(text)) == []


def test_csv_columns_by_header_with_an_unquoted_comma_in_the_name():
    text = "id,name,street,postcode,city,phone\n7,DAHL, Sigrid,Calle Prat 4120,80455,Villa Alegre,9350 2216"
    cells = {header: text[s:e] for header, s, e in csv_cells(text, NAME_COLUMNS)}
    assert cells == {"id": "7", "name": "DAHL, Sigrid", "street": "Calle Prat 4120", "postcode": "80455",
                     "city": "Villa Alegre", "phone": "9350 2216"}
    assert [text[s:e] for s, e, _ in column_finder("ADDRESS", NAME_COLUMNS)(text)] == ["Calle Prat 4120", "80455"]
    assert [text[s:e] for s, e, _ in column_finder("PHONE_NUMBER", NAME_COLUMNS)(text)] == ["9350 2216"]


@pytest.mark.parametrize(("text", "parts"), [
    # Russian and Ukrainian street lines: the comma after the street name and "д."/"буд." house numbers.
    ("Доставка: пр-т Вернадского, д. 41, корп. 2, кв. 77, 119415 Москва", ["пр-т Вернадского, д. 41, корп. 2, кв. 77",
                                                                          "119415"]),
    ("Адреса: вул. Хрещатик, буд. 22, 01001 Київ", ["вул. Хрещатик, буд. 22", "01001"]),
    ("Почта: 630099, г. Новосибирск, ул. Советская, дом 18", ["630099", "ул. Советская, дом 18"]),
    # A postcode after an address part that has none: the address part makes the number a postcode.
    ("Plot No. 14, Block 7-C, 302017 Jaipur", ["Plot No. 14", "Block 7-C", "302017"]),
    ("Postbox 512, 9170 Uummannaq", ["Postbox 512", "9170"]),
])
def test_cyrillic_street_lines_and_postcodes_after_an_address_part(text: str, parts: list[str]):
    found = _found(text)
    assert all(part in found for part in parts), found


@pytest.mark.parametrize("text", [
    "we shipped 240000 Units in March",  # six digits before a Latin capitalised word: no address part, no postcode
    "Block 12, 4 Players advanced",  # an address-like part, but what follows is no postcode and town
    "Ответ: да, 2 раза в день",  # Cyrillic prose with a number
])
def test_numbers_in_prose_are_no_postcodes(text: str):
    assert not [part for part in _found(text) if part[0].isdigit()], _found(text)


@pytest.mark.parametrize(("text", "parts"), [
    # Postcodes whose shape alone identifies them, and postcodes after a postcode word.
    ("Eircode A45 KX73, see map", ["A45 KX73"]),  # Irish Eircode
    ("Send it on to Halifax NS B3K 1P9 please", ["B3K 1P9"]),  # Canadian
    ("Código: X5000KQP Córdoba", ["X5000KQP"]),  # Argentine CPA
    ("〒 530-0017 大阪市", ["530-0017"]),  # Japanese, after the postal mark
    ("Recife, CEP 50030-230", ["50030-230"]), ("C.P. 44130 Guadalajara", ["44130"]), ("PIN 682016", ["682016"]),
    # Street lines with no suffix the street patterns know.
    ("P.O. Box 7720-00200, Nairobi", ["P.O. Box 7720-00200"]),  # Kenyan box with the post office's code
    ("H.No. 12-5-80/B, Tarnaka", ["H.No. 12-5-80/B"]),  # Indian house number path
    ("No. 8, 2nd Main Road, Indiranagar", ["No. 8, 2nd Main Road"]),  # Indian main road
    ("Apt 7, 21 Dosan-daero 45-gil, Gangnam-gu", ["21 Dosan-daero 45-gil"]),  # Korean road
    ("4-7-2 Nishi-Shinjuku, Shinjuku-ku, Tokyo", ["4-7-2 Nishi-Shinjuku"]),  # Japanese block numbers
    ("東京都港区六本木通7-3", ["東京都港区六本木通7-3"]),  # CJK street line with its numbers
    ("Street: Leoforos Kifisias 118\nCity: Marousi", ["Leoforos Kifisias 118"]),  # an address field's value
    ("Home address: Rose Cottage, Mill Hill", ["Rose Cottage"]),  # a building name as an address value
    # House numbers and units of Austria, the Netherlands, Belgium and Denmark before the postcode.
    ("Gumpendorfer Gasse 9/2/14\n1060 Wien", ["1060"]), ("Keizersgracht 221-II\n1016 DV Amsterdam", ["1016 DV"]),
    ("Meir 18 bus 4\n2000 Antwerpen", ["Meir 18 bus 4", "2000"]), ("Vestergade 7, 2. tv.\n8000 Aarhus", ["8000"]),
    ("1504-221 boulevard Lebeau\nSaint-Laurent QC H4N 1S2", ["H4N 1S2"]),  # Canadian unit-civic number
    ("Hofweg 48bis\n2511 AA Den Haag", ["Hofweg 48bis", "2511 AA"]),  # "bis" glued to the number
    ("Rákóczi út 31. IV/2.\n6722 Szeged", ["6722"]), ("Ady Endre utca 5. 2. em. 7.\n4026 Debrecen", ["4026"]),
    ("Laisvės al. 60, LT-44304 Kaunas", ["LT-44304"]), ("A-6020 Innsbruck", ["A-6020"]),  # country prefixes
    ("Str. Avram Iancu nr. 22, bl. C4, ap. 15", ["Str. Avram Iancu nr. 22, bl. C4, ap. 15"]),  # Romanian
    ("Lale Sok. No:7 D:2, Kadıköy", ["Lale Sok. No:7 D:2"]),  # Turkish
    ("58/3 Soi Ekkamai 10, Watthana", ["58/3 Soi Ekkamai 10"]),  # Thai
    ("Herzl Street 12, Haifa 3303115", ["3303115"]),  # Israeli 7-digit postcode
    ('{"name": "x", "postcode": "7010", "city": "Dunedin"}', ["7010"]),  # JSON-like postcode field
    ("new place is 14 larch close, perth ph1 5xy", ["14 larch close", "ph1 5xy"]),  # typed in lower case
    ("send to 220 n maple st apt 3, boise id 83702", ["220 n maple st apt 3", "83702"]),
    ("Lindahl, Maja|Torggata 9|0181|Oslo|22 33 44 55", ["Torggata 9", "0181"]),  # a row without a header
    ("Vasile Popa;str. Teilor 4;400124;Cluj-Napoca", ["str. Teilor 4", "400124"]),
])
def test_postcode_shapes_and_street_lines_of_more_countries(text: str, parts: list[str]):
    found = _found(text)
    assert all(part in found for part in parts), found


@pytest.mark.parametrize("text", [
    "Address: see the attached letter", "Email address: in the CRM", "Block 4 seminars move to Hall B",
    "The D12 bus leaves at 9", "Model T1 2B8 was discontinued", "We shipped 3-4-25 Monday morning",
    "Apartment 3 of the plan has a balcony", "Villa 2 sleeps six", "Series X-1000 ships soon",
    "we walked 3 long ways round", "order|qty|price\nbolts 4|2000|Brass",  # prose; a row with no street and town
])
def test_address_fields_and_postcode_shapes_need_their_evidence(text: str):
    assert _found(text) == [], _found(text)


@pytest.mark.parametrize(("text", "parts"), [
    ("Storgata 41 D\n9008 Tromsø", ["Storgata 41 D", "9008"]),  # Norwegian entrance letter
    ("Kossuth Lajos utca 12/A, 3. em. 4, 6720 Szeged", ["Kossuth Lajos utca 12/A, 3. em. 4", "6720"]),  # Hungarian
    ("Plot 33, Road No. 7, Jubilee Hills", ["Road No. 7"]), ("H.No. 5, Gali No. 11, Karol Bagh", ["Gali No. 11"]),
    ("P.M.B. 2218, Ibadan", ["P.M.B. 2218"]), ("Private Bag 4, Gaborone", ["Private Bag 4"]),  # mail bags
    ("Locked Bag 19, Parramatta", ["Locked Bag 19"]),
    ("1-8-3 Higashiyama\nHigashiyama-ku, Kyoto", ["1-8-3 Higashiyama"]),  # Japanese, the ward on the next line
    ("Ginza 4-chome 6-16, Chuo-ku", ["Ginza 4-chome 6-16"]), ("2-chome-3-1 Marunouchi", ["2-chome-3-1 Marunouchi"]),
    ("45/12 Moo 3, Soi Lat Phrao 71", ["45/12 Moo 3, Soi Lat Phrao 71"]),  # Thai village and soi
    ("88/9 Moo 7, Tambon Nong Prue", ["88/9 Moo 7"]),
    ("Block D, Maple Court, Woodstock", ["Block D, Maple Court"]), ("Ward 14, Lalitpur", ["Ward 14"]),
    ('level=info event=shipped street="Kirkegata 3" zip="0153"', ["Kirkegata 3", "0153"]),  # logfmt fields
    ('"Holm","Erik","Keizersgracht 118-3","1015 CW","Amsterdam"', ["Keizersgracht 118-3", "1015 CW"]),  # quoted row
    ("PT;Rui Costa;Avenida da Liberdade, 210, 2 Esq;1250-147;Lisboa", ["Avenida da Liberdade, 210, 2 Esq",
                                                                     "1250-147"]),  # a unit inside the cell
])
def test_street_lines_and_postcodes_of_logs_rows_and_more_countries(text: str, parts: list[str]):
    found = _found(text)
    assert all(part in found for part in parts), found


@pytest.mark.parametrize("text", [
    "Nursing handover, Ward 4C\nBed 3 stable overnight", "Ward 9, Bed 2: obs stable", "BP 138/86 at rest",
    "Seen today, DOB 14/07/1979, MRN No. 48213", "Block C, Room 12 is free on Fridays",
    "addr=10.2.0.7:8443 address=0x7ffd5e zip=true street=\"unknown\"", '"Order 4411","2024","Shipped"',
])
def test_hospital_wards_readings_and_log_fields_are_not_addresses(text: str):
    assert _found(text) == [], _found(text)


def test_csv_rows_split_on_their_header_delimiter():
    # A comma inside a semicolon-separated cell must not shift the columns.
    text = "ref;cliente;direccion;cp\n4;Olga Peña;Av. Sucre 12, Dpto. 4;170150"
    cells = dict((header, text[s:e]) for header, s, e in csv_cells(text))
    assert cells == {"ref": "4", "cliente": "Olga Peña", "direccion": "Av. Sucre 12, Dpto. 4", "cp": "170150"}
    assert [text[s:e] for s, e, _ in column_finder("ADDRESS", NAME_COLUMNS)(text)] == ["Av. Sucre 12, Dpto. 4",
                                                                                       "170150"]


_LISTS = NameLists(first=frozenset({"ingrid", "tomasz"}), last=frozenset({"berg"}),
                   common=Words({"customer", "relations", "invoice", "team", "the", "to", "road", "lane"}))


def _blocks(text: str, anchors: list[str]) -> list[tuple[str, str]]:
    spans = [(text.index(a), text.index(a) + len(a)) for a in anchors]
    return [(text[s:e], kind) for s, e, kind in block_spans(text, spans, _LISTS)]


@pytest.mark.parametrize(("text", "anchors", "expected"), [
    # Postcodes beside their town once the block has an address part.
    ("Plot 9, Sector 4\nKoramangala, Bengaluru - 560034", ["Sector 4"], ("560034", "ADDRESS")),
    ("18 Kowloon Road\nTsuen Wan 999077", ["18 Kowloon Road"], ("999077", "ADDRESS")),
    ("Calle Mayor 4\n2601 Vaduz", ["Calle Mayor 4"], ("2601", "ADDRESS")),
    # Street names without a number and building names inside the block.
    ("Return address: Holly Barn, Quarry Lane, Edge, Stroud GL6 6PE", ["Holly Barn", "GL6 6PE"],
     ("Quarry Lane", "ADDRESS")),
    ("Résidence Les Pins, Bât C\n4 allée Verte\n44000 Nantes", ["4 allée Verte"], ("Résidence Les Pins, Bât C",
                                                                                   "ADDRESS")),
    # Units and plots around a street line.
    ("Av. Colón 1580, piso 3 depto. A", ["Av. Colón 1580"], ("piso 3 depto. A", "ADDRESS")),
    ("Room 402, Block D, 17 Harbour Road", ["17 Harbour Road"], ("Room 402, Block D, ", "ADDRESS")),
    # The addressee: the line above the block's first line, or the part before its first address part.
    ("Ksenia Wolanska-Berg\nFlat 3, 8 Elm Road\nLeeds LS6 2AB", ["Flat 3", "LS6 2AB"],
     ("Ksenia Wolanska-Berg", "PERSON")),
    ("Dr Tomasz Kielbik, Unit 4, 19 Dock Street", ["Unit 4"], ("Tomasz Kielbik", "PERSON")),
    ("Empfänger: Ingrid Halvorsen-Berg, Kirchgasse 4, 8001 Zürich", ["Kirchgasse 4"],
     ("Ingrid Halvorsen-Berg", "PERSON")),  # after a key on the same line
    ("14 Liberation Road\nOsu, Accra\nGA-183-8164", ["14 Liberation Road"], ("GA-183-8164", "ADDRESS")),
    ("résidence des Chênes, apt 4, 2 rue Haute", ["2 rue Haute"], ("résidence des Chênes, apt 4", "ADDRESS")),
    ("MRS INGRID VAN DER BERG\nPO BOX 220\nPAARL", ["PO BOX 220"], ("INGRID VAN DER BERG", "PERSON")),  # capitals
    # Irish and Welsh house and street names; a street found so widens the block to the house name above it.
    ("Teach an Locha\nBóthar na Trá\nCarna, Co. na Gaillimhe\nH91 X2Y3", ["H91 X2Y3"], ("Bóthar na Trá", "ADDRESS")),
    ("Teach an Locha\nBóthar na Trá\nCarna, Co. na Gaillimhe\nH91 X2Y3", ["H91 X2Y3"], ("Teach an Locha", "ADDRESS")),
    ("Tŷ Gwyn\nHeol y Bryn\nLlandeilo SA19 6AB", ["SA19 6AB"], ("Heol y Bryn", "ADDRESS")),
    # Floors and sides of Spanish and Portuguese flats (also as NFKC writes them), Québec apartments.
    ("Calle Toledo 88, 4º dcha.", ["Calle Toledo 88"], ("4º dcha.", "ADDRESS")),
    ("Rua Augusta 15, 2.o Dto.", ["Rua Augusta 15"], ("2.o Dto.", "ADDRESS")),
    ("Calle Toledo 88, 4o izda.", ["Calle Toledo 88, 4o"], ("izda.", "ADDRESS")),
    ("5120, avenue du Parc, app. 12", ["5120, avenue du Parc"], ("app. 12", "ADDRESS")),
    ("Rua Augusta 15, 1100-053 Lisboa", ["Rua Augusta 15"], ("1100-053", "ADDRESS")),  # Portuguese postcode
    ("Khun Somchai Wongsa\n12/4 Moo 2, Soi Sukhumvit 50", ["12/4 Moo 2"], ("Somchai Wongsa", "PERSON")),  # Thai title
    # A postcode ending a question or going on in prose, after its town or alone on its line.
    ("send it to 7 Elm Road\nBALLARAT, VIC 3350?", ["7 Elm Road"], ("3350", "ADDRESS")),
    ("move to 7 Elm Road\nSalzburg\n 5020 for the invoice.", ["7 Elm Road"], ("5020", "ADDRESS")),
    ("ship to 7 Elm Road\nKraków\n 31-042", ["7 Elm Road"], ("31-042", "ADDRESS")),
])
def test_address_blocks_find_the_parts_without_a_shape(text: str, anchors: list[str], expected: tuple[str, str]):
    assert expected in _blocks(text, anchors), _blocks(text, anchors)


@pytest.mark.parametrize(("text", "anchors"), [
    ("Customer Relations\n12 Mill Road\nBath BA1 1AA", ["12 Mill Road"]),  # a department above: ordinary words
    ("Attn: Accounts\nUnit 4, 19 Dock Street", ["Unit 4"]),  # a cue line, not a name
    ("12 Mill Road, Bath\n\nHarbour Lane\nis closed", ["12 Mill Road"]),  # a blank line ends the block
    ("Flat 2, 8 Elm Road. Rent Paid 1450 pounds", ["Flat 2"]),  # a number in mid-part is no postcode
    ("12 Mill Road, Bath\nTeach the class on Monday", ["12 Mill Road"]),  # "Teach" as a verb
    ("Calle Mayor 4, esquina con Arenal", ["Calle Mayor 4"]),  # "esquina" is no side of a landing
    ("Calle Mayor 4, Casa Blanca was shut", ["Calle Mayor 4"]),  # a unit word before a name, not a number
    ("12 Mill Road\nBath 2019 was our year", ["12 Mill Road"]),  # a year in prose after the town
    ("12 Mill Road\n2019 was our year", ["12 Mill Road"]),
])
def test_address_blocks_keep_what_is_no_address(text: str, anchors: list[str]):
    assert _blocks(text, anchors) == [], _blocks(text, anchors)


def test_a_postcode_after_its_town_in_the_comma_chain_of_an_address_in_prose():
    text = "She rents Unit 4, Jacaranda Court, Milnerton, Cape Town 7441 until June."
    assert ("7441", "ADDRESS") in _blocks(text, ["Unit 4, Jacaranda Court"])
    text = "We moved to 12 Oak Street, Leeds, in March 2024 and later to Leeds, September 2025 too"
    assert not any("202" in value for value, _ in _blocks(text, ["12 Oak Street"]))


def _street_patterns(text: str) -> list[str]:
    from pipeline.recognizers import PATTERN_FINDERS

    return [text[start:end] for start, end, _ in PATTERN_FINDERS["ADDRESS"](text)]


@pytest.mark.parametrize(("text", "parts"), [
    ("Ship to our office:\n7-3 Honmachi 4-chome, Chuo-ku, Kobe", ["7-3 Honmachi 4-chome"]),  # numbers first
    ("〒150-0002\n東京都渋谷区渋谷2丁目5-8\nメゾン桜 101号室", ["2丁目5-8", "メゾン桜 101号室"]),  # chome, room
    ("Ringstraße 12/Top 4, 1010 Wien", ["Ringstraße 12/Top 4", "1010"]),  # Austrian door
    ("Adresas: Gedimino pr. 9-3, LT-01103 Vilnius", ["Gedimino pr. 9-3", "LT-01103"]),
    ("Delivery: Hse No. 27, Riverside Drive", ["Hse No. 27"]),  # Kenyan house number
    ("Mr Aled Morgan of 12 Heol y Nant spoke", ["12 Heol y Nant"]),  # Welsh street word first
    ("Patient: Siobhán Ní Bhriain, 9 Bóthar an Chnoic, Galway", ["9 Bóthar an Chnoic"]),  # Irish
    ("Our client, of 7, Triq San Pawl, Birkirkara", ["7, Triq San Pawl"]),  # Maltese
    ("the clinic is on kossuth lajos utca 23. ask there", ["kossuth lajos utca 23."]),  # Hungarian, lower case
    ("adresa e str. teilor 9, ap. 3? da", ["str. teilor 9, ap. 3"]),  # Romanian, lower case
    ("validate: street='Lange Nieuwstraat 18-III' postcode='3512 PH'", ["Lange Nieuwstraat 18-III", "3512 PH"]),
    ("Address: Navoiy ko'chasi 14, kv. 7, Toshkent 100011", ["Navoiy ko'chasi 14, kv. 7"]),  # Uzbek
    ("Deliver to Füzuli küç. 45, mənzil 7, Bakı AZ1000", ["Füzuli küç. 45, mənzil 7", "AZ1000"]),  # Azerbaijani
    ("Address: House 12, Street 4, G-9/2, Islamabad", ["House 12, Street 4, G-9/2"]),  # Pakistani sector
    ("Address: #14, St. 271, Toul Kork", ["#14, St. 271"]),  # Phnom Penh numbered street
    ("Roxy lives on Slovenska cesta 14 now.", ["Slovenska cesta 14"]),
    ("User: Λεωφόρος Κηφισίας 120 ΑΘΗΝΑ", ["Λεωφόρος Κηφισίας 120"]),  # Greek street word first
    ("Deliver to 4410 Kaivokatu 8 Suite 12\nLahti", ["4410 Kaivokatu 8 Suite 12"]),  # a unit after the number
    ('{"name":"X","line1":"Kerkstraat 12 bus 3","zip":"9000"}', ["Kerkstraat 12 bus 3"]),  # JSON address line
    ("Bo Lund\n\n12 Storgatan 5\n Malmo\n\n Sweden 21120", ["21120"]),  # a postcode after the country
])
def test_street_lines_and_postcodes_of_still_more_countries(text: str, parts: list[str]):
    found = _found(text)
    assert all(part in found for part in parts), found


@pytest.mark.parametrize(("text", "part"), [
    ("Flat 2C, 22/4 Brigade Cross Road, Ashok Nagar", "22/4 Brigade Cross Road"),  # Indian plot/number
    ("Owner: Tamsin Reid\n7/45 Wattle Parade, Noosa Heads QLD 4567", "7/45 Wattle Parade"),  # Australian unit
    ("Shipping: 91-1002 Kaimalie St, Apt C, Ewa Beach", "91-1002 Kaimalie St, Apt C"),  # Hawaiian range
    ("pour 1280, boul. des Érables, Laval", "1280, boul. des Érables"),  # Quebec abbreviation
    ("Deliver to: vul. Franka 12, kv. 8, Lviv", "vul. Franka 12"),  # Ukrainian, transliterated
    ("visitor: calle luna 55, int. 2, coyoacán", "calle luna 55"),  # Spanish typed in lower case
    ("Please return to 5512 Södra Kungsvägen 8\nNora", "5512 Södra Kungsvägen 8"),  # adjective before the street
    ("We'll meet at 48211 Ctra. de la Sierra 12, Ronda", "48211 Ctra. de la Sierra 12"),
    ("deliver at the gate, Stand 1204, Lobengula Road, Bulawayo.", "Stand 1204"),  # Zimbabwean stand
])
def test_street_patterns_of_more_countries(text: str, part: str):
    assert part in _street_patterns(text), _street_patterns(text)


@pytest.mark.parametrize("text", [
    "Stand 3 of the fair opens at 9", "The tee 4 of the course", "Gate 12 boards at 9, gate 14 at 10",
    "the via 3 route", "Population\nGermany 2024 was a good year", "Oslo had 2019 visitors",
    "Boarding pass for Lange 12 passengers",
])
def test_street_lookalikes_stay(text: str):
    assert _found(text) == [] and _street_patterns(text) == [], (_found(text), _street_patterns(text))


@pytest.mark.parametrize(("text", "anchors", "expected"), [
    ("rented ul. Rakovski 10, et. 3, ap. 9, 1000 Sofia", ["ul. Rakovski 10"], ("et. 3, ap. 9", "ADDRESS")),
    ("Address: Tŷ Coch, Heol y Bryn, Aberaeron SA46 0AB", ["SA46 0AB"], ("Tŷ Coch", "ADDRESS")),  # Welsh house
    ("74 Oak Lane\n suite 310\n Durban", ["74 Oak Lane"], ("suite 310", "ADDRESS")),  # unit on the next line
    ("send to 12 Elm Road\nPreston\n 40213? I am away", ["12 Elm Road"], ("40213", "ADDRESS")),
])
def test_address_blocks_find_units_and_names_of_more_countries(text: str, anchors: list[str],
                                                               expected: tuple[str, str]):
    assert expected in _blocks(text, anchors), _blocks(text, anchors)


@pytest.mark.parametrize(("text", "phone"), [
    ("Celular: (21) 98765-4321   Conta", "(21) 98765-4321"),  # Brazilian mobile
    ('INVITE from "Anu Rao" <sip:+914422334455@pbx.example>', "+914422334455"),  # SIP URI
    ("Palpitations.\nContact 9127 4410.", "9127 4410"), ("电话: 139 2210 4567", "139 2210 4567"),
    ("> Mi nuevo número es 611 20 33 44, por si", "611 20 33 44"), ("meera: 98123 45678", "98123 45678"),
])
def test_phone_numbers_of_uris_national_shapes_and_more_cues(text: str, phone: str):
    assert phone in [text[s:e] for s, e, _ in phone_cue_finder()(text)]


@pytest.mark.parametrize("text", [
    "Contact 2 people before 5 pm", "Contact us in 2024 about 14 items", "score (21) 12-3 final",
    "sip:alice@pbx.example", "total 12345 67890 units",
])
def test_phone_lookalikes_stay(text: str):
    assert list(phone_cue_finder()(text)) == []


def test_csv_cells_keep_a_quoted_delimiter_in_its_cell():
    text = 'no,name,dob\n7,"Peeters, Jan",1969-08-30'
    assert [(h, text[s:e]) for h, s, e in csv_cells(text)] == [("no", "7"), ("name", "Peeters, Jan"),
                                                               ("dob", "1969-08-30")]


@pytest.mark.parametrize(("text", "part"), [
    ("Dirección: Kale Txiki 9, 2º izda., 20001 Donostia.", "Kale Txiki 9, 2º izda."),  # Basque street, floor
    ("lives at 55 Marine Drive, Hagatna, GU 96910. ok", "55 Marine Drive"),  # US territory before the ZIP
    ("Адреса: вул. Франка, 21, кв. 3, Київ, 01001", "вул. Франка, 21, кв. 3"),  # Ukrainian, no "буд."
    ("Адреса: вул. Франка, 21, кв. 3, Київ, 01001", "01001"),
    ("Адрес: ул. „Витоша“ 12, ет. 2, ап. 5, Пловдив 4000", "ул. „Витоша“ 12, ет. 2, ап. 5"),  # Bulgarian
    ("Адрес: ул. „Витоша“ 12, ет. 2, ап. 5, Пловдив 4000", "4000"),
    ("alamat: Jl. Merdeka Barat No. 9, RT 01/RW 03,", "Jl. Merdeka Barat No. 9"),  # Indonesian
    ("alamat: Jl. Merdeka Barat No. 9, RT 01/RW 03,", "RT 01/RW 03"),
    ("Inmueble: Calle 12 # 34-56, Apto 2, Cali", "Calle 12 # 34-56"),  # Colombian
    ("Inmueble: Calle 7 N° 345, 2° B, Rosario, S2000", "Calle 7 N° 345"),  # Argentine
    ("Inmueble: Calle 7 N° 345, 2° B, Rosario, S2000", "S2000"),
    ("Premises: Flat B, 12/F, Lucky Mansion, 3 Hill Rd", "Flat B, 12/F"),  # Hong Kong
    ("Blk 12 Bedok Ave 3\n#05-221\nSingapore 460012", "#05-221"),  # Singapore unit
    ("pickup at No. 12, Sec. 2, Minquan Rd., Taipei", "No. 12, Sec. 2, Minquan Rd."),  # Taiwan
    ("Nantou County 540. Phone", "540"),
    ("Địa chỉ: Số 15 ngõ 42 Kim Mã, Ba Đình", "Số 15 ngõ 42 Kim Mã"),  # Vietnam
    ("Adresse : 12, 4e Rue, Rouyn-Noranda", "12, 4e Rue"),  # Quebec ordinal street
    ("Bulevar kralja Petra 12/3\n11000 Beograd", "Bulevar kralja Petra 12/3"),  # Serbian
    ("Stan: Ulica Cara Dušana 4, stan 7, 11000 Beograd", "Ulica Cara Dušana 4, stan 7"),
    ("Residence: Villa 9, Street 14C, Jumeirah 1, Dubai", "Street 14C"),  # UAE
    ("JEDDAH 23456 - 7890\nShort address: JDHA1234", "23456 - 7890"),  # Saudi national address
    ("JEDDAH 23456 - 7890\nShort address: JDHA1234", "JDHA1234"),
    ("GhanaPost GPS: GE-231-4412", "GE-231-4412"), ("please fix the postcode to 141700", "141700"),
    ("ul. Abaya 12, office 4, Almaty 050000", "Abaya 12, office 4"),  # office unit
    ("Adrès li se Rue Pavée #12", "Rue Pavée #12"),  # Haitian "#" house number
    ("Cliente: Mcal. López 540 c/ Brasil, Asunción.", "Mcal. López 540 c/ Brasil"),  # Paraguayan corner
    ("c'est au bâtiment D, 2e étage, merci", "bâtiment D, 2e étage"),
    ("toujours Cité 200 Logements, bt 4 à Oran ?", "Cité 200 Logements, bt 4"),  # Algerian estate
])
def test_street_lines_units_and_postcodes_of_yet_more_countries(text: str, part: str):
    assert part in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "Name: R. Rao   Age/Sex: 62/F   UHID: UH-1", "Vehicle: 2021 Honda", "the No. 3 seed, Kansas City 2024.",
    "see Calle 8 for details", "he won 2–1 at home", "Flat rate, 12 items", "release 12.4e beta",
])
def test_lookalikes_of_the_new_street_shapes_stay(text: str):
    assert _found(text) == [], _found(text)


@pytest.mark.parametrize(("text", "anchors", "expected"), [
    ("Ms Rita Borg, of 22, Triq San Pawl, Ħal Balzan BZN 1234, accepts", ["22, Triq San Pawl"],
     ("BZN 1234", "ADDRESS")),  # Maltese postcode
    ("demeurant Résidence du Lac, bât. C, 69003 Lyon, pour", ["69003"], ("Résidence du Lac, bât. C", "ADDRESS")),
])
def test_address_blocks_find_maltese_postcodes_and_french_residences(text: str, anchors: list[str],
                                                                     expected: tuple[str, str]):
    assert expected in _blocks(text, anchors), _blocks(text, anchors)


def test_three_letter_states_are_no_maltese_postcodes():
    text = "Unit 4, 12 George St\nSydney NSW 2000\n"
    assert ("NSW 2000", "ADDRESS") not in _blocks(text, ["12 George St"])


@pytest.mark.parametrize(("text", "phone"), [
    ("Su hijo pide que lo llamen al 611 22 33 44 si", "611 22 33 44"),  # Spanish 3-2-2-2
    ("su cel sigue siendo 76543210?", "76543210"),  # a verb between cue and number
    ('Executing Dial("SIP/trunk/0044201234567")', "0044201234567"),  # Asterisk dial string
    ("Parent: Ana Lim, 9123 4567, ana@example.sg", "9123 4567"),  # SG/HK 4-4 after a name
    ("el sobrino traduce (987 654 321).", "987 654 321"),  # Peruvian mobile in brackets
])
def test_phone_numbers_of_more_national_shapes_and_cues(text: str, phone: str):
    assert phone in [text[s:e] for s, e, _ in phone_cue_finder()(text)]


@pytest.mark.parametrize("text", [
    "Total 1234 5678, ok", "between 123 456 789 and more", "SIP/trunk/abc failed", "Rooms: 12, 2024 edition",
])
def test_lookalikes_of_the_new_phone_shapes_stay(text: str):
    assert list(phone_cue_finder()(text)) == []


@pytest.mark.parametrize(("text", "parts"), [
    ("Location: Wing C, 5th Floor, Tapovan Tech Park, Aundh Road, Pune 411007\nIssue: VPN",
     ["Wing C", "5th Floor", "Tapovan Tech Park", "Aundh Road", "Pune 411007"]),
    ("She lives off Megenagna Road, Woreda 08, House No. 2291.", ["Megenagna Road", "Woreda 08", "House No. 2291"]),
    ("Address: B-17, Gulmohar Residency, 9 Thiruvalluvar Salai, Adyar, Chennai 600020",
     ["B-17", "Gulmohar Residency", "9 Thiruvalluvar Salai", "Chennai 600020"]),
])
def test_every_part_after_an_address_label(text: str, parts: list[str]):
    from pipeline.address_labels import label_chain_finder

    found = [text[start:end] for start, end, _ in label_chain_finder()(text)]
    assert all(part in found for part in parts), found


@pytest.mark.parametrize("text", ["She lives in Lisbon, Portugal.", "Location: Maharashtra, India",
                                  "Address: see the attached form"])
def test_an_address_label_before_towns_and_words_takes_nothing(text: str):
    from pipeline.address_labels import label_chain_finder

    assert list(label_chain_finder()(text)) == []


@pytest.mark.parametrize(("text", "parts"), [
    ("Tariq Mehmood\nHouse 12-C, Street 7\nBlock D, Model Town\nLahore 54700", ["House 12-C", "Street 7",
                                                                                "Block D, Model Town"]),
    ("Merhaba, adresim Kazımdirik Mah. 372 Sok. No: 14/2, Bornova", ["Kazımdirik Mah. 372 Sok. No: 14/2"]),
    ("Strasse: Lindenweg 4   Postleitzahl: 34117   Wohnort: Kassel", ["34117"]),
    ("ts=4 event=move user=lbianchi street=\"Via Po 12\" cap=10124 city=Torino", ["Via Po 12", "10124"]),
])
def test_more_address_shapes_and_labels(text: str, parts: list[str]):
    found = _found(text)
    assert all(part in found for part in parts), found


@pytest.mark.parametrize(("text", "parts"), [
    ("Shri Anand Tiwari\nB-1203, Shanti Vihar CHS, Film City Road, Goregaon East, Mumbai 400065",
     ["B-1203", "Shanti Vihar CHS", "Film City Road"]),  # a comma chain that ends in a town and its PIN
    ("Lindenstra\u00dfe 47a\nHinterhaus, 3. OG\n04177 Leipzig", ["Hinterhaus, 3. OG"]),  # a German floor
    ("Home address: 2719 Magnolia Bend Dr   Apt. no.: 14B", ["14B"]),  # a form's flat number
])
def test_address_chains_floors_and_flat_fields(text: str, parts: list[str]):
    from pipeline.address_labels import label_chain_finder

    found = [text[start:end] for start, end, _ in label_chain_finder()(text)]
    assert all(part in found for part in parts), found


def test_prose_before_an_address_chain_is_no_part():
    from pipeline.address_labels import label_chain_finder

    text = "Our offices are located at 12 Quay Street, Harbour View, Leeds LS1 4AP"
    found = [text[start:end] for start, end, _ in label_chain_finder()(text)]
    assert "12 Quay Street" in found and not any("offices" in part for part in found), found


@pytest.mark.parametrize(("text", "parts"), [
    ("Ask the driver to stop at the corner of Harju 21 St. and Zinovy Glens St.", ["Harju 21 St.", "Zinovy Glens St"]),
    ("He lives on the north side of Kivimäentie 14.", ["Kivimäentie 14"]),
    ("I now live in Oriel Creek Drive\n Suite 244", ["Oriel Creek Drive"]),
])
def test_street_corners_and_where_someone_lives(text: str, parts: list[str]):
    from pipeline.address_labels import label_chain_finder

    found = [text[start:end] for start, end, _ in label_chain_finder()(text)]
    assert all(part in found for part in parts), found


@pytest.mark.parametrize("text", ["She lives in Bristol and likes it.", "The Address: see the Way forward section",
                                  "the corner of the market and the school"])
def test_towns_and_prose_after_those_cues_stay(text: str):
    from pipeline.address_labels import label_chain_finder

    assert list(label_chain_finder()(text)) == []


@pytest.mark.parametrize(("text", "phone"), [
    ("mi nro nuevo es 11 4823-1947", "11 4823-1947"),  # Argentine mobile, no cue the rules know
    ("Volejte 777 204 918, Radek.", "777 204 918"),  # Czech, a verb of calling in Czech
    ("Dovydas | 50102285648 | 8 612 93 377", "8 612 93 377"),  # Lithuanian, in a table
])
def test_grouped_local_numbers_without_a_known_cue(text: str, phone: str):
    assert phone in [text[s:e] for s, e, _ in phone_cue_finder()(text)]


@pytest.mark.parametrize("text", [
    "boxes 23 08 1971 ticked", "part no. 4471 220 118", "total 12 500 000 EUR", "about 1 250 000 people",
    "order 1234 5678 90 shipped",
])
def test_dates_amounts_and_references_are_no_grouped_phones(text: str):
    assert not list(phone_cue_finder()(text)), text


@pytest.mark.parametrize(("text", "street"), [
    ("fall at home, lives alone on Kingsmere Road - son to bring meds", "Kingsmere Road"),
    ("I dey Allen Avenue near the bank.", "Allen Avenue"),
    ("new flat is on Wasfi Al-Tal Street near the bakery", "Wasfi Al-Tal Street"),
    ("vivo en Calle Hidalgo cerca del mercado", "Calle Hidalgo"),
    ("She lives on bul. Vitosha now", "bul. Vitosha"),
    ("Elveszett a kutyánk a Fő utca környékén", "Fő utca"),
])
def test_streets_without_a_number_in_prose(text: str, street: str):
    assert street in _found(text), _found(text)


@pytest.mark.parametrize("text", ["The Oxford Street branch closes at 6pm", "meet at the Baker Street station",
                                  "in our Park Avenue collection"])
def test_streets_that_name_a_thing_are_no_addresses(text: str):
    assert not _found(text), _found(text)


def test_postcode_cells_of_a_persons_row_without_a_header():
    text = "1,Suresh Chandra Patil,98220 61453,413512,Latur\n88121,2024-05-02,Hannah Fox,42.10,Keswick"
    found = _found(text)
    assert "413512" in found and "88121" not in found and not any("42" in f for f in found), found


def test_a_wider_header_replaces_a_title_line_but_not_a_header_with_rows():
    text = "Visitor log - reception, week 24\ndate,visitor,passport\n10/06,Ana Lopez,EP4829173"
    assert {h: text[s:e] for h, s, e in csv_cells(text)} == {"date": "10/06", "visitor": "Ana Lopez",
                                                              "passport": "EP4829173"}
    text = "name,city\nAna Lopez,Madrid\nHOLM, Ingrid,Oslo"
    assert [(h, text[s:e]) for h, s, e in csv_cells(text, NAME_COLUMNS)][-2:] == [("name", "HOLM, Ingrid"),
                                                                                  ("city", "Oslo")]


@pytest.mark.parametrize(("text", "parts"), [
    ("Khadija: oui, Appt 6, 2ème étage", ["Appt 6", "2ème étage"]),  # a flat and a floor the French way
    ("App. 5\nBahnhofstrasse 12", ["App. 5"]),
    ("서울특별시 마포구 월드컵북로 21길 17, 302호", ["월드컵북로 21길 17", "302호"]),  # a Korean road and unit
    ("New PIN mailer to Chavchavadze Ave 37, Tbilisi.", ["Chavchavadze Ave 37"]),  # the number after the street word
    ("Teach na Trá\nBóthar an Chalaidh\nAn Spidéal", ["Teach na Trá", "Bóthar an Chalaidh"]),  # Gaelic lines
    ("Adrese: Brīvības iela 88-12, Rīga LV-1001", ["LV-1001"]),
    ("Kilpauk, Chennai – 600 020", ["600 020"]),  # an Indian PIN after its town
])
def test_local_units_floors_streets_and_postcodes(text: str, parts: list[str]):
    assert [text[s:e] for s, e, _ in unit_finder()(text)] == parts


@pytest.mark.parametrize("text", [
    "next appt 6 weeks; meeting on the 2nd floor", "Revenue grew – 600 000 users", "Abbey Road 1969 album",
    "Main Street 5 km north", "Top 10 tips",
])
def test_appointments_counts_years_and_distances_are_no_address_parts(text: str):
    assert list(unit_finder()(text)) == []


def test_german_form_street_field_and_dotted_logfmt_postcodes():
    text = "Straße, Hausnr.: Am Lindenhof 15  PLZ 30171 Ort Hannover"
    assert "Am Lindenhof 15" in _found(text)
    text = "billing_address.line1=7 Ocean Parade billing_address.postal_code=2095"
    assert "2095" in _found(text)


@pytest.mark.parametrize(("text", "parts"), [
    ("Morada: Rua de Santa Catarina 512, 3.º Esq., 4000-446 Porto", ["3.º Esq."]),
    ("Av. Corrientes 2145, piso 3 dto B?", ["piso 3 dto B"]),
    ("자택: 서울 서초구 반포대로 58, 래미안 103동 1502호", ["반포대로 58", "103동 1502호"]),
    ("ブリーゼタワー17階 ソレイユ広尾402号室", ["17階", "402号室"]),
    ("address רחוב הרצל 42, חיפה", ["רחוב הרצל 42"]),
])
def test_floors_sides_and_asian_and_hebrew_street_forms(text: str, parts: list[str]):
    assert [text[s:e] for s, e, _ in unit_finder()(text)] == parts


def test_vital_signs_are_no_street_lines_or_postcodes():
    text = "Overnight: SpO2 91% on 2 L NC, BP 142/88, HR 96, K+ 5.4\nObs: HR 110, BP 118/72, RR 20, T 36.9 °C"
    assert _found(text) == []
    assert _found("Hafnargata 14, 415 Bolungarvik.") == ["Hafnargata 14", "415"]
