"""Contact details by their place (pipeline/contacts.py): address blocks next to a town, phone numbers after a cue."""

from __future__ import annotations

import pytest

from pipeline.contacts import address_finder, column_finder, csv_cells, phone_cue_finder
from pipeline.name_fields import NAME_COLUMNS


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in address_finder()(text)]


@pytest.mark.parametrize(("text", "parts"), [
    ("She lives at Eyrarodda 6, 425 Flateyri.", ["Eyrarodda 6", "425"]),  # Icelandic, 3-digit postcode
    ("Ship to:\nZsófia Szőke\nNánási út 66.\n8693 Pusztaberény\nHU", ["Nánási út 66.", "8693"]),  # Hungarian
    ("to be sent to 1481 Maud Street, Wilmington 19801", ["1481 Maud Street", "19801"]),  # US, no state
    ("au Tom Wilhelmsens vei 83, 3120 Nøtterøy.", ["Tom Wilhelmsens vei 83", "3120"]),  # Norwegian
    ("Flat 4B, 27 Residency Road, 560025 Bengaluru", ["27 Residency Road", "560025"]),  # Indian 6-digit PIN
    ("Vasagatan 16, 3 tr, 411 24 Göteborg", ["Vasagatan 16, 3 tr", "411 24"]),  # Swedish floor
    ("14 bis, rue des Lilas, 69003 Lyon", ["14 bis, rue des Lilas", "69003"]),  # French bis
    ("Am Lindenhof 12b, 53117 Bonn", ["Am Lindenhof 12b", "53117"]),  # German "Am <Name> 12b"
    ("P.O. Box 108, 3971 Qaanaaq", ["P.O. Box 108"]),
    ("House No. 221, Sector 15-A, 160015 Chandigarh", ["House No. 221", "Sector 15-A"]),
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
    ("Phone: 9761 1722", "9761 1722"), ("my number is 768 478 173", "768 478 173"),
    ("ruft Sie morgen unter (26) 472-899 an", "(26) 472-899"), ("Tel. 96 277723", "96 277723"),
])
def test_local_phone_numbers_after_a_cue(text: str, phone: str):
    assert [text[s:e] for s, e, _ in phone_cue_finder()(text)] == [phone]


def test_numbers_after_a_cue_word_that_are_not_phones():
    assert list(phone_cue_finder()("ring 3 of the stadium, call me on Monday")) == []


def test_csv_columns_by_header_with_an_unquoted_comma_in_the_name():
    text = "id,name,street,postcode,city,phone\n7,HOLM, Ingrid,Misiones 6199,80007,Juan Soler,9197 5829"
    cells = {header: text[s:e] for header, s, e in csv_cells(text, NAME_COLUMNS)}
    assert cells == {"id": "7", "name": "HOLM, Ingrid", "street": "Misiones 6199", "postcode": "80007",
                     "city": "Juan Soler", "phone": "9197 5829"}
    assert [text[s:e] for s, e, _ in column_finder("ADDRESS", NAME_COLUMNS)(text)] == ["Misiones 6199", "80007"]
    assert [text[s:e] for s, e, _ in column_finder("PHONE_NUMBER", NAME_COLUMNS)(text)] == ["9197 5829"]


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
