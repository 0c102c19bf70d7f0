"""Contact details by their place (pipeline/contacts.py): address blocks next to a town, phone numbers after a cue."""

from __future__ import annotations

import pytest

from pipeline.contacts import address_finder, column_finder, csv_cells, phone_cue_finder
from pipeline.name_fields import NAME_COLUMNS

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
