"""The hand-written development set benchmarks/redact_dev13.py parses cleanly and every identifier whose scheme has
a check digit carries a valid one (no model is loaded; the set is never scored here)."""

import datetime
import re
from collections import Counter

from benchmarks.redact_dev import _MARK
from benchmarks.redact_dev13 import RECORDS, dev13_records
from tests.gold_checks import digits as _digits
from tests.gold_checks import iban_mod97 as _iban_mod97
from tests.gold_checks import luhn as _luhn
from tests.gold_checks import weighted as _weighted

_TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Dr|Prof|Capt|Nurse|Sister|Sr|Sra|Dra|Mme|Frau|Herr|BMS|FO|RN|aunty|Tata)\.?\s",
                     re.IGNORECASE)

_STYLES = {"support_ticket", "clinical_note", "hr_email", "chat_log", "ops_log", "csv_rows", "postal_block",
           "bank_note", "crm_note", "forum_post", "referral_letter", "payment_update", "tax_form",
           "incident_report"}


# --- check-digit schemes ---------------------------------------------------------------------------------------

def _date(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _luhn_value(value: str) -> bool:  # payment cards
    return _luhn(_digits(value))


def _amka(value: str) -> bool:  # Greek AMKA: DDMMYY + 5 digits, Luhn over all 11
    d = _digits(value)
    return len(d) == 11 and _luhn(d) and _date(1900 + int(d[4:6]), int(d[2:4]), int(d[:2]))


def _personnummer(value: str) -> bool:  # Swedish personnummer YYMMDD-NNNC, Luhn over the 10 digits
    match = re.fullmatch(r"(\d{6})[-+](\d{4})", value)
    return bool(match) and _luhn(match[1] + match[2]) and \
        _date(1900 + int(value[:2]), int(value[2:4]), int(value[4:6]))


_IBAN_LENGTHS = {"AL": 28, "EE": 20, "ES": 24, "FI": 18, "GB": 22, "GE": 22, "GR": 27, "HU": 28, "IE": 22, "IS": 26,
                 "KZ": 20, "LT": 20, "LV": 21, "MN": 20, "MT": 31}


def _iban(value: str) -> bool:
    compact = value.replace(" ", "")
    return len(compact) == _IBAN_LENGTHS[compact[:2]] and _iban_mod97(compact)


_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_HETU_CENTURY = {"+": 1800, "-": 1900, "A": 2000}


def _hetu(value: str) -> bool:  # Finnish henkilötunnus DDMMYY C NNN K, K = table[DDMMYYNNN mod 31]
    match = re.fullmatch(r"(\d{2})(\d{2})(\d{2})([-+A])(\d{3})([0-9A-Y])", value)
    return bool(match) and _date(_HETU_CENTURY[match[4]] + int(match[3]), int(match[2]), int(match[1])) and \
        _HETU_CHECK[int(match[1] + match[2] + match[3] + match[5]) % 31] == match[6]


def _kennitala(value: str) -> bool:  # Icelandic kennitala DDMMYY-RRKC: K mod 11 over 8 digits, C century (9, 0)
    d = _digits(value)
    if len(d) != 10 or d[9] not in "890":
        return False
    century = {"8": 1800, "9": 1900, "0": 2000}[d[9]]
    remainder = _weighted(d[:8], [3, 2, 7, 6, 5, 4, 3, 2]) % 11
    check = 0 if remainder == 0 else 11 - remainder
    return check != 10 and check == int(d[8]) and _date(century + int(d[4:6]), int(d[2:4]), int(d[:2]))


def _isikukood(value: str) -> bool:  # Estonian isikukood / Lithuanian asmens kodas: G YYMMDD SSS K, two-pass mod 11
    if len(value) != 11 or not value.isdigit() or value[0] not in "123456":
        return False
    century = 1800 + 100 * ((int(value[0]) - 1) // 2)
    if not _date(century + int(value[1:3]), int(value[3:5]), int(value[5:7])):
        return False
    check = _weighted(value[:10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
    if check == 10:
        check = _weighted(value[:10], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11
        check = 0 if check == 10 else check
    return check == int(value[10])


def _personas_kods(value: str) -> bool:  # Latvian personas kods (old format) DDMMYY-CNNNK
    d = _digits(value)
    if len(d) != 11 or d[6] not in "012":
        return False
    check = (1101 - _weighted(d[:10], [1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return check != 10 and check == int(d[10]) and _date(1800 + 100 * int(d[6]) + int(d[4:6]), int(d[2:4]),
                                                         int(d[:2]))


def _my_number(value: str) -> bool:  # Japanese individual number: 11 digits and a mod 11 check digit
    d = _digits(value)
    if len(d) != 12:
        return False
    total = sum(int(d[11 - n]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    remainder = total % 11
    return (0 if remainder <= 1 else 11 - remainder) == int(d[11])


def _rrn(value: str) -> bool:  # Korean resident registration number YYMMDD-SNNNNNK
    match = re.fullmatch(r"(\d{6})-(\d{7})", value)
    if not match or match[2][0] not in "1234":
        return False
    d = match[1] + match[2]
    century = 1900 if d[6] in "12" else 2000
    check = (11 - _weighted(d[:12], [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11) % 10
    return check == int(d[12]) and _date(century + int(d[:2]), int(d[2:4]), int(d[4:6]))


def _cn_id(value: str) -> bool:  # Chinese resident identity card: 17 digits (birth date at 7-14), ISO 7064 MOD 11-2
    if not re.fullmatch(r"\d{17}[\dX]", value) or not _date(int(value[6:10]), int(value[10:12]), int(value[12:14])):
        return False
    total = sum(int(ch) * (2 ** (17 - i) % 11) for i, ch in enumerate(value[:17]))
    return "10X98765432"[total % 11] == value[17]


def _hkid(value: str) -> bool:  # Hong Kong identity card: letter(s), 6 digits, check in brackets (mod 11, A = 10)
    match = re.fullmatch(r"([A-Z]{1,2})(\d{6})\(([\dA])\)", value)
    if not match:
        return False
    letters = match[1].rjust(2)
    values = [36 if ch == " " else ord(ch) - 55 for ch in letters] + [int(ch) for ch in match[2]]
    check = (11 - sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True)) % 11) % 11
    return "0123456789A"[check] == match[3]


def _taj(value: str) -> bool:  # Hungarian TAJ: 8 digits, weights 3 and 7, sum mod 10
    d = _digits(value)
    return len(d) == 9 and _weighted(d[:8], [3, 7] * 4) % 10 == int(d[8])


def _fnr(value: str) -> bool:  # Norwegian fødselsnummer: DDMMYY NNN K1 K2, two mod 11 digits
    d = _digits(value)
    if len(d) != 11 or not _date(1900 + int(d[4:6]), int(d[2:4]), int(d[:2])):
        return False
    for n, weights in ((9, [3, 7, 6, 1, 8, 9, 4, 5, 2]), (10, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])):
        check = 11 - _weighted(d[:n], weights) % 11
        if check == 10 or (0 if check == 11 else check) != int(d[n]):
            return False
    return True


def _dni(value: str) -> bool:  # Spanish DNI: 8 digits and the letter of their remainder mod 23
    match = re.fullmatch(r"(\d{8})-?([A-Z])", value)
    return bool(match) and "TRWAGMYFPDXBNJZSQVHLCKE"[int(match[1]) % 23] == match[2]


def _nhs(value: str) -> bool:  # NHS number and Scottish CHI number: mod 11 with weights 10..2
    d = _digits(value)
    check = 11 - _weighted(d[:9], [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11
    return len(d) == 10 and check != 10 and (0 if check == 11 else check) == int(d[9])


def _ppsn(value: str) -> bool:  # Irish PPSN: 7 digits, check letter (mod 23, W = 0), optional second letter
    match = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", value)
    if not match:
        return False
    total = _weighted(match[1], [8, 7, 6, 5, 4, 3, 2]) + (9 * (ord(match[3]) - 64) if match[3] not in ("", "W") else 0)
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == match[2]


_NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # I and O are not used


def _nhi(value: str) -> bool:  # New Zealand NHI (old format AAANNNC): weights 7..2, mod 11, 10 -> 0
    if not re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", value):
        return False
    values = [_NHI_LETTERS.index(ch) + 1 for ch in value[:3]] + [int(ch) for ch in value[3:6]]
    remainder = sum(v * w for v, w in zip(values, [7, 6, 5, 4, 3, 2], strict=True)) % 11
    return remainder != 0 and (11 - remainder) % 10 == int(value[6])


def _aba(value: str) -> bool:  # US ABA routing number, weights 3-7-1
    return len(value) == 9 and value.isdigit() and _weighted(value, [3, 7, 1] * 3) % 10 == 0


_SCHEMES = {"luhn": _luhn_value, "amka": _amka, "personnummer": _personnummer, "iban": _iban, "hetu": _hetu,
            "kennitala": _kennitala, "isikukood": _isikukood, "personas_kods": _personas_kods,
            "my_number": _my_number, "rrn": _rrn, "cn_id": _cn_id, "hkid": _hkid, "taj": _taj, "fnr": _fnr,
            "dni": _dni, "nhs": _nhs, "ppsn": _ppsn, "nhi": _nhi, "aba": _aba}

# Every identifier in the set that has a published check digit, with its scheme.
CHECKED = {
    # payment cards (Luhn)
    "4539 0184 7362 5188": "luhn", "5528 7301 6492 8370": "luhn", "4126 8375 9201 4639": "luhn",
    "3718 402936 51824": "luhn", "6011 4820 3975 6121": "luhn", "4917 3058 2641 0935": "luhn",
    "5354 6201 9384 7569": "luhn", "2221 0473 8561 9200": "luhn",
    # IBANs (mod 97 and the length of their country)
    "FI44 4027 1600 0183 65": "iban", "IS10 0133 2604 7927 1206 9037 29": "iban", "EE98 2210 0348 2019 3756": "iban",
    "LV13 HABA 0551 0382 7491 6": "iban", "LT78 7300 0101 3849 2051": "iban",
    "HU87 1177 3016 0491 8237 0000 0000": "iban", "GE77 BG00 0000 0472 9183 65": "iban",
    "AL69 2021 1009 0000 0004 5839 2716": "iban", "MT05 VALL 2201 3000 0000 4001 8273 654": "iban",
    "GR88 0110 1250 0000 0004 8291 637": "iban", "GB66 LOYD 3096 2481 0573 16": "iban",
    "GB41 BARC 2071 4583 6291 04": "iban", "GB41 MIDL 4005 1772 8304 65": "iban",
    "ES11 0081 0237 4600 0193 8254": "iban", "ES48 2095 2183 9102 0048 7361": "iban",
    "KZ85 722C 0000 1938 4756": "iban", "IE87 BOFI 9058 3361 8294 70": "iban",
    # national, tax and health identifiers
    "14038705829": "amka", "29099104175": "amka", "06116502383": "amka",
    "860512-2384": "personnummer",
    "170388-274X": "hetu", "050201A6181": "hetu", "231276-453R": "hetu",
    "120690-3889": "kennitala", "190557-2279": "kennitala", "251102-2440": "kennitala", "080874-4139": "kennitala",
    "030381-6109": "kennitala",
    "48907120276": "isikukood", "60203154274": "isikukood", "48504193713": "isikukood",
    "140593-12840": "personas_kods", "070778-10354": "personas_kods",
    "4831 0572 9163": "my_number", "7306 2948 1549": "my_number", "2059 4738 1629": "my_number",
    "880214-1028379": "rrn", "950930-2405182": "rrn", "020611-3829474": "rrn",
    "440305198706237218": "cn_id", "110108199202143628": "cn_id", "510107197811050485": "cn_id",
    "K384172(3)": "hkid",
    "037 184 269": "taj", "037184269": "taj", "129503842": "taj", "129 503 842": "taj", "084621395": "taj",
    "23047148375": "fnr", "11089527173": "fnr",
    "72184630G": "dni", "39502817H": "dni",
    "483 920 1757": "nhs", "702 184 6398": "nhs", "150379 4822": "nhs",
    "6172049V": "ppsn",
    "ZKT4821": "nhi", "MPQ3173": "nhi",
    "321073525": "aba",
}

# Identifiers that only have the shape of real ones (their schemes have no public check digit, or none is used).
SHAPE_ONLY = {
    "UB88031204", "01019046281", "45821937", "29481736", "0284193M", "0471882M", "AM0428193", "AN5519036",
    "AN7302946", "BA4819273", "BA7720461", "AB1938472", "FA4410283", "FN4829173", "HI-0032775", "HI-0048213",
    "HI-0051190", "SZ-0918273", "SZ-0918274", "575-81-4029", "576-40-2281", "JR 48 29 17 C", "7294018365",
    "0048291736", "7730194826", "0482917", "11830295", "12948370",
}

# Positions that no check digit covers (the kennitala's last digit gives the century).
_UNCOVERED = {"kennitala": {9}}


# --- tests -----------------------------------------------------------------------------------------------------

def test_markup_is_balanced_and_every_span_round_trips() -> None:
    records = dev13_records()
    assert len(records) == len(RECORDS) >= 165
    for _, marked in RECORDS:
        leftover = _MARK.sub("", marked)
        assert "{" not in leftover and "}" not in leftover, marked
    for record in records:
        text = record.record["text"]
        assert "{" not in text and "}" not in text, text
        for path, start, end, kind, value in record.gold:
            assert path == "text" and text[start:end] == value and value.strip() == value, (kind, value)
            if kind == "PERSON":
                assert not _TITLES.match(value), value
                assert not value.endswith(("'s", "\u2019s")), value


def test_styles_are_balanced_and_records_multi_line() -> None:
    counts = Counter(kind for kind, _ in RECORDS)
    assert set(counts) == _STYLES | {"pii_free"}
    assert all(11 <= counts[style] <= 13 for style in _STYLES), counts
    assert 12 <= counts["pii_free"] <= 15, counts
    assert all(marked.count("\n") >= 1 for _, marked in RECORDS)
    assert all(marked.count("\n") <= 15 for _, marked in RECORDS)


def test_pii_free_records_have_no_gold_and_the_rest_do() -> None:
    for record in dev13_records():
        kinds = {g[3] for g in record.gold} - {"CITY"}
        assert (record.kind == "pii_free") == (not kinds), record.record["text"]
        if record.kind == "pii_free":
            assert not record.gold, record.record["text"]


def test_every_gold_type_is_present_and_names_dominate() -> None:
    kinds = Counter(g[3] for r in dev13_records() for g in r.gold)
    assert set(kinds) == {"PERSON", "ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "ID", "DATE_OF_BIRTH",
                          "IP_ADDRESS", "CITY"}
    assert kinds["PERSON"] >= 500, kinds
    assert kinds["ADDRESS"] >= 80 and kinds["ID"] >= 80 and kinds["PHONE_NUMBER"] >= 40, kinds
    assert kinds["EMAIL_ADDRESS"] >= 30 and kinds["DATE_OF_BIRTH"] >= 30 and kinds["IP_ADDRESS"] >= 20, kinds


def test_identifiers_carry_valid_check_digits() -> None:
    ids = {g[4] for r in dev13_records() for g in r.gold if g[3] == "ID"}
    assert not set(CHECKED) & SHAPE_ONLY
    assert ids == set(CHECKED) | SHAPE_ONLY, (ids - set(CHECKED) - SHAPE_ONLY, set(CHECKED) - ids)
    for value, scheme in CHECKED.items():
        assert _SCHEMES[scheme](value), (scheme, value)
    for value in ids:  # anything shaped like an IBAN or a payment card is in the checked table
        compact = re.sub(r"[\s\-\u00a0]", "", value)
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact) or re.fullmatch(r"[2-6]\d{14,15}", compact):
            assert value in CHECKED, value
    assert set(CHECKED.values()) == set(_SCHEMES)


def test_a_wrong_digit_fails_the_checks() -> None:
    for value, scheme in CHECKED.items():
        digit_index = -1
        for position, ch in enumerate(value):
            if not ch.isdigit():
                continue
            digit_index += 1
            if digit_index in _UNCOVERED.get(scheme, set()):
                continue
            for step in range(1, 10):
                broken = value[:position] + str((int(ch) + step) % 10) + value[position + 1:]
                assert not _SCHEMES[scheme](broken), (scheme, value, broken)


def _parse_birth(value: str) -> datetime.date:
    if match := re.fullmatch(r"(\d{4})[-.](\d{2})[-.](\d{2})", value):
        return datetime.date(int(match[1]), int(match[2]), int(match[3]))
    match = re.fullmatch(r"(\d{2})[./](\d{2})[./](\d{4})", value)
    assert match, value
    return datetime.date(int(match[3]), int(match[2]), int(match[1]))


def test_dates_of_birth_are_real_past_dates() -> None:
    births = [g[4] for r in dev13_records() for g in r.gold if g[3] == "DATE_OF_BIRTH"]
    assert births
    for value in births:
        assert datetime.date(1900, 1, 1) < _parse_birth(value) < datetime.date(2024, 1, 1), value


# Identifiers that encode a birth date, with the date of birth written beside them in the same record.
_BORN = {"190557-2279": "19.05.1957", "14038705829": "14/03/1987", "23047148375": "23.04.1971",
         "440305198706237218": "1987-06-23", "48907120276": "12.07.1989", "60203154274": "15.03.2002",
         "150379 4822": "15/03/1979", "UB88031204": "12.03.1988", "860512-2384": "1986-05-12",
         "29099104175": "29.09.1991", "06116502383": "06.11.1965", "070778-10354": "07.07.1978",
         "510107197811050485": "1978-11-05"}


def _encoded_birth(value: str) -> datetime.date:
    d = _digits(value)
    if len(d) == 18:  # Chinese resident ID
        return datetime.date(int(d[6:10]), int(d[10:12]), int(d[12:14]))
    if len(d) == 11 and CHECKED.get(value) == "isikukood":
        return datetime.date(1800 + 100 * ((int(d[0]) - 1) // 2) + int(d[1:3]), int(d[3:5]), int(d[5:7]))
    if value.startswith("UB") or CHECKED.get(value) == "personnummer":  # YYMMDD
        return datetime.date(1900 + int(d[:2]), int(d[2:4]), int(d[4:6]))
    century = 1800 + 100 * int(d[6]) if CHECKED.get(value) == "personas_kods" else 1900
    return datetime.date(century + int(d[4:6]), int(d[2:4]), int(d[:2]))  # DDMMYY


def test_birth_dates_inside_ids_match_the_date_of_birth_beside_them() -> None:
    pairs = set()
    for record in dev13_records():
        values = {g[4] for g in record.gold}
        pairs |= {(value, born) for value, born in _BORN.items() if value in values and born in values}
    assert pairs == set(_BORN.items()), set(_BORN.items()) - pairs
    for value, born in _BORN.items():
        assert _encoded_birth(value) == _parse_birth(born), (value, born)
