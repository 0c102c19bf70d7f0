"""The hand-written development set benchmarks/redact_dev17.py parses cleanly and every identifier whose scheme has
a check digit carries a valid one (no model is loaded; the set is never scored here)."""

import datetime
import re
from collections import Counter

from benchmarks.redact_dev import _MARK
from benchmarks.redact_dev17 import RECORDS, dev17_records
from tests.gold_checks import digits as _digits
from tests.gold_checks import iban_mod97 as _iban_mod97
from tests.gold_checks import luhn as _luhn
from tests.gold_checks import weighted as _weighted

_TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Prof|Herr|Frau|Mme|Monsieur|Madame|Sr|Sra|Pan|Pani|Smt|Shri|"
                     r"dhr|mevr|Sayın|Ilmo)\.?\s", re.IGNORECASE)

_STYLES = {"support_ticket", "clinical_note", "hr_mail", "chat_log", "ops_log", "csv_rows", "postal_block",
           "bank_note", "crm_note", "forum_post", "referral_letter", "payment_update", "tax_form"}

# Phrases where a marked name or city is, on purpose, part of a product, organisation or place that is kept.
_KEPT_PHRASES = ("Sunny Side Bakery", "Rose Gold")


# --- check-digit schemes ---------------------------------------------------------------------------------------

def _compact(value: str) -> str:
    return re.sub(r"[\s\u00a0\-./]", "", value)


def _luhn_value(value: str) -> bool:  # payment cards, Canadian SIN, Emirates ID, Greek AMKA
    return _luhn(_digits(value))


_IBAN_LENGTHS = {"AT": 20, "BE": 16, "DE": 22, "DK": 18, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HU": 28,
                 "IE": 22, "NL": 18, "PL": 28, "PT": 25, "SE": 24}


def _iban(value: str) -> bool:
    compact = re.sub(r"[\s\u00a0]", "", value)
    if len(compact) != _IBAN_LENGTHS[compact[:2]] or not _iban_mod97(compact):
        return False
    if compact[:2] == "BE":  # national key: the first ten BBAN digits mod 97 (97 for 0)
        return (int(compact[4:14]) % 97 or 97) == int(compact[14:])
    if compact[:2] == "ES":  # national control digits over bank+branch and over the account
        weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def control(number: str) -> int:
            check = 11 - _weighted(number, weights) % 11
            return {10: 1, 11: 0}.get(check, check)

        return control("00" + compact[4:12]) == int(compact[12]) and control(compact[14:24]) == int(compact[13])
    return True


def _nhs(value: str) -> bool:  # NHS number, mod 11 with weights 10..2
    d = _digits(value)
    check = 11 - _weighted(d[:9], [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11
    return len(d) == 10 and check != 10 and (0 if check == 11 else check) == int(d[9])


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def _aadhaar(value: str) -> bool:  # 12 digits, not starting with 0 or 1, Verhoeff check digit
    d = _digits(value)
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return len(d) == 12 and d[0] not in "01" and c == 0


def _bsn(value: str) -> bool:  # Dutch BSN, the 11-proof (weights 9..2 and -1)
    d = _digits(value)
    return len(d) == 9 and _weighted(d, [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 == 0


def _pesel(value: str) -> bool:  # Polish PESEL, weights 1-3-7-9
    return len(value) == 11 and value.isdigit() and \
        (10 - _weighted(value[:10], [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10 == int(value[10])


def _personnummer(value: str) -> bool:  # Swedish YYMMDD-NNNC, Luhn over the ten digits
    return bool(re.fullmatch(r"\d{6}[-+]\d{4}", value)) and _luhn(_digits(value))


def _hetu(value: str) -> bool:  # Finnish DDMMYYCZZZQ, check character = nine digits mod 31
    match = re.fullmatch(r"(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])", value)
    return bool(match) and "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(match[1] + match[2]) % 31] == match[3]


def _fnr(value: str) -> bool:  # Norwegian fødselsnummer, two mod 11 check digits
    if len(value) != 11 or not value.isdigit():
        return False
    d = [int(c) for c in value]
    for weights, position in (([3, 7, 6, 1, 8, 9, 4, 5, 2], 9), ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], 10)):
        check = 11 - sum(a * b for a, b in zip(d, weights, strict=False)) % 11
        if check == 10 or (0 if check == 11 else check) != d[position]:
            return False
    return True


def _dni(value: str) -> bool:  # Spanish DNI (8 digits) or NIE (X/Y/Z and 7 digits) and the letter mod 23
    match = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", value)
    if not match or len(match[1] + match[2]) != 8:
        return False
    number = str("XYZ".index(match[1])) + match[2] if match[1] else match[2]
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23] == match[3]


def _cpf(value: str) -> bool:  # Brazilian CPF, two mod 11 check digits
    d = [int(c) for c in _digits(value)]
    if len(d) != 11:
        return False
    for n in (9, 10):
        r = sum(a * b for a, b in zip(d[:n], range(n + 1, 1, -1), strict=True)) * 10 % 11
        if (0 if r == 10 else r) != d[n]:
            return False
    return True


def _nir(value: str) -> bool:  # French NIR: key = 97 - (13 digits mod 97)
    compact = value.replace(" ", "")
    return len(compact) == 15 and compact.isdigit() and 97 - int(compact[:13]) % 97 == int(compact[13:])


def _fr_spi(value: str) -> bool:  # French numéro fiscal (SPI): 13 digits, the last three = first ten mod 511
    compact = value.replace(" ", "")
    return len(compact) == 13 and compact.isdigit() and compact[0] in "0123" and \
        int(compact[:10]) % 511 == int(compact[10:])


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23], strict=True))


def _cf(value: str) -> bool:  # Italian codice fiscale
    def even(ch: str) -> int:
        return int(ch) if ch.isdigit() else ord(ch) - 65

    if not re.fullmatch(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", value):
        return False
    total = sum(_CF_ODD[ch] if i % 2 == 0 else even(ch) for i, ch in enumerate(value[:15]))
    return chr(65 + total % 26) == value[15]


def _steuer_id(value: str) -> bool:  # German IdNr: ISO 7064 MOD 11,10; one digit of the first ten repeats
    d = _digits(value)
    if len(d) != 11 or d[0] == "0":
        return False
    repeats = [n for n in Counter(d[:10]).values() if n > 1]
    if len(repeats) != 1 or repeats[0] > 3:
        return False
    product = 10
    for ch in d[:10]:
        product = 2 * ((int(ch) + product) % 10 or 10) % 11
    return (11 - product) % 10 == int(d[10])


def _kvnr(value: str) -> bool:  # German health insurance number: letter as 01-26, eight digits, weights 1-2
    if not re.fullmatch(r"[A-Z]\d{9}", value):
        return False
    number = f"{ord(value[0]) - 64:02d}" + value[1:9]
    total = sum(sum(divmod(int(ch) * (1 if i % 2 == 0 else 2), 10)) for i, ch in enumerate(number))
    return total % 10 == int(value[9])


_NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, no O


def _nhi(value: str) -> bool:  # New Zealand NHI (AAANNNC), mod 11 with weights 7..2
    if not re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", value):
        return False
    numbers = [_NHI_LETTERS.index(ch) + 1 for ch in value[:3]] + [int(ch) for ch in value[3:6]]
    remainder = sum(a * b for a, b in zip(numbers, [7, 6, 5, 4, 3, 2], strict=True)) % 11
    return remainder not in (0, 1) and 11 - remainder == int(value[6])


def _aba(value: str) -> bool:  # US ABA routing number, weights 3-7-1
    return len(value) == 9 and value.isdigit() and _weighted(value, [3, 7, 1] * 3) % 10 == 0


def _tckn(value: str) -> bool:  # Turkish T.C. Kimlik No: two check digits
    if not re.fullmatch(r"[1-9]\d{10}", value):
        return False
    d = [int(c) for c in value]
    return (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def _nif_pt(value: str) -> bool:  # Portuguese NIF: mod 11 over weights 9..2
    if not re.fullmatch(r"[1-35-9]\d{8}", value):
        return False
    check = 11 - _weighted(value[:8], [9, 8, 7, 6, 5, 4, 3, 2]) % 11
    return (0 if check >= 10 else check) == int(value[8])


def _be_nn(value: str) -> bool:  # Belgian national number: 97 - (9 digits mod 97), a 2 prefixed after 1999
    d = _digits(value)
    return len(d) == 11 and int(d[9:]) in (97 - int(d[:9]) % 97, 97 - int("2" + d[:9]) % 97)


def _cn_id(value: str) -> bool:  # Chinese resident ID: ISO 7064 MOD 11-2 over 17 digits
    if not re.fullmatch(r"\d{17}[\dX]", value):
        return False
    total = _weighted(value[:17], [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])
    return "10X98765432"[total % 11] == value[17]


def _ppsn(value: str) -> bool:  # Irish PPSN: 7 digits, check letter mod 23, optional second letter weighted 9
    match = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", value)
    if not match:
        return False
    letters = "WABCDEFGHIJKLMNOPQRSTUV"
    total = _weighted(match[1], [8, 7, 6, 5, 4, 3, 2]) + (9 * letters.index(match[3]) if match[3] else 0)
    return letters[total % 23] == match[2]


def _my_number(value: str) -> bool:  # Japanese individual number: 12 digits, mod 11 check digit
    d = _digits(value)
    if len(d) != 12:
        return False
    total = sum(int(p) * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(reversed(d[:11]), start=1))
    check = 0 if total % 11 <= 1 else 11 - total % 11
    return check == int(d[11])


def _utr(value: str) -> bool:  # UK Unique Taxpayer Reference: the first digit checks the other nine
    return bool(re.fullmatch(r"\d{10}", value)) and \
        "21987654321"[_weighted(value[1:], [6, 7, 8, 9, 10, 5, 4, 3, 2]) % 11] == value[0]


def _afm(value: str) -> bool:  # Greek AFM: powers of two over eight digits, mod 11 mod 10
    return bool(re.fullmatch(r"\d{9}", value)) and \
        sum(int(ch) * 2 ** (8 - i) for i, ch in enumerate(value[:8])) % 11 % 10 == int(value[8])


_SCHEMES = {"luhn": _luhn_value, "iban": _iban, "nhs": _nhs, "aadhaar": _aadhaar, "bsn": _bsn, "pesel": _pesel,
            "personnummer": _personnummer, "hetu": _hetu, "fnr": _fnr, "dni": _dni, "cpf": _cpf, "nir": _nir,
            "fr_spi": _fr_spi, "cf_it": _cf, "steuer_id": _steuer_id, "kvnr": _kvnr, "nhi": _nhi, "aba": _aba,
            "tckn": _tckn, "nif_pt": _nif_pt, "be_nn": _be_nn, "cn_id": _cn_id, "ppsn": _ppsn,
            "my_number": _my_number, "utr": _utr, "afm": _afm}

# Every identifier in the set that has a published check digit, with its scheme.
CHECKED = {
    # payment cards (two with no-break spaces), Canadian SIN, Emirates ID and Greek AMKA (Luhn)
    "4233\u00a01083\u00a09284\u00a08778": "luhn", "5138 3613 3667 8628": "luhn",
    "4525\u00a07607\u00a07002\u00a08188": "luhn", "5505 7703 2241 0074": "luhn", "3708 1779 3385 583": "luhn",
    "3494 9403 2786 423": "luhn", "4563 0837 1874 2130": "luhn", "5391 2916 9240 7423": "luhn",
    "528 419 070": "luhn", "784-1983-4418207-0": "luhn", "14038702396": "luhn",
    # IBANs (mod 97, the length of their country, and the national key of BE and ES)
    "DE40 3337 1871 9032 3483 02": "iban", "DE46 3129 4354 0220 1332 59": "iban",
    "PT92 5708 2236 5039 5315 8668 2": "iban", "NL82 INGB 8233 9889 47": "iban", "NL82 RABO 6178 0553 58": "iban",
    "PL36 7489 5048 7849 0438 4838 9791": "iban", "IE46 AIBK 1255 8383 3258 63": "iban",
    "IE55 BOFI 9000 1723 8640 19": "iban", "ES34 3133 5136 3413 4797 5125": "iban",
    "DK50 0040 0440 1162 43": "iban", "GB76 NWBK 6214 5503 8626 03": "iban",
    "FR25\u00a01027\u00a08072\u00a04100\u00a00204\u00a09186\u00a0342": "iban", "FI10 5204 3134 1891 58": "iban",
    "SE54 6880 9106 7798 2666 8553": "iban", "BE07 1458 1986 4166": "iban",
    "HU31 3044 6934 4685 2858 8085 6574": "iban", "AT31 8126 6654 6306 6926": "iban",
    "GR39 1960 5417 2414 2876 6511 499": "iban",
    # national, tax and health identifiers
    "778 398 3898": "nhs", "129 712 0434": "nhs", "462 541 6604": "nhs",
    "3971 2430 4970": "aadhaar", "8096 0864 8193": "aadhaar", "4625 1076 6269": "aadhaar",
    "842198982": "bsn", "527990334": "bsn", "755637008": "bsn",
    "84110327046": "pesel", "72062129836": "pesel", "01221427548": "pesel",
    "790930-8293": "personnummer", "910402-7041": "personnummer",
    "051288-2323": "hetu", "080365-7728": "hetu",
    "17018240629": "fnr",
    "48805131M": "dni", "00775126A": "dni", "X6561345C": "dni",
    "913.446.529-48": "cpf", "583.142.114-78": "cpf", "412.684.313-20": "cpf", "381.205.667-42": "cpf",
    "2 87 04 69 123 120 19": "nir", "1 76 11 33 063 823 73": "nir",
    "1982 597 919 190": "fr_spi",
    "GLLFNC81E62L219F": "cf_it", "RCCMRC69T08F839M": "cf_it",
    "95693479026": "steuer_id",
    "R190113274": "kvnr", "T983099365": "kvnr",
    "LLD1815": "nhi",
    "026009315": "aba", "111025194": "aba", "322271041": "aba",
    "18932119004": "tckn", "66764900086": "tckn",
    "225344807": "nif_pt",
    "90.08.27-931.11": "be_nn",
    "330106198610090012": "cn_id",
    "1162627VA": "ppsn",
    "9402 6542 3518": "my_number",
    "5214688197": "utr",
    "181960013": "afm",
}


# --- tests -----------------------------------------------------------------------------------------------------

def test_markup_is_well_formed_and_every_span_round_trips() -> None:
    records = dev17_records()
    assert 230 <= len(records) == len(RECORDS) <= 250
    for _, marked in RECORDS:
        leftover = _MARK.sub("", marked)
        assert not re.search(r"\{[A-Z]:", leftover), marked  # no broken or unknown mark
        assert leftover.count("{") == leftover.count("}"), marked  # only JSON braces are left
    for record in records:
        text = record.record["text"]
        for path, start, end, kind, value in record.gold:
            assert path == "text" and text[start:end] == value and value.strip() == value, (kind, value)
            assert "{" not in value and "}" not in value, value
            if kind == "PERSON":
                assert not _TITLES.match(value), value
                assert not value.endswith(("'s", "\u2019s")) and not value.startswith("@"), value


def test_styles_are_balanced_and_records_multi_line() -> None:
    counts = Counter(kind for kind, _ in RECORDS)
    assert set(counts) == _STYLES | {"pii_free"}
    assert all(16 <= counts[style] <= 19 for style in _STYLES), counts
    assert 15 <= counts["pii_free"] <= 25, counts
    assert all(1 <= marked.count("\n") <= 7 for _, marked in RECORDS)


def test_pii_free_records_have_no_personal_gold_and_the_rest_do() -> None:
    for record in dev17_records():
        kinds = {g[3] for g in record.gold} - {"CITY"}
        assert (record.kind == "pii_free") == (not kinds), record.record["text"]


def test_every_gold_type_is_present() -> None:
    kinds = Counter(g[3] for r in dev17_records() for g in r.gold)
    assert set(kinds) == {"PERSON", "ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "ID", "DATE_OF_BIRTH",
                          "IP_ADDRESS", "CITY"}
    assert kinds["PERSON"] >= 500 and kinds["ADDRESS"] >= 150 and kinds["ID"] >= 100, kinds
    assert min(kinds.values()) >= 25, kinds


def test_every_occurrence_of_a_marked_value_is_marked() -> None:
    for record in dev17_records():
        text = record.record["text"]
        spans = [(start, end) for _, start, end, _, _ in record.gold]
        kept = [(m.start(), m.end()) for phrase in _KEPT_PHRASES for m in re.finditer(re.escape(phrase), text)]
        for _, _, _, kind, value in record.gold:
            if kind == "PERSON" and len(value) < 4:
                continue
            for match in re.finditer(re.escape(value), text):
                bounded = not (match.start() > 0 and text[match.start() - 1].isalnum()) and \
                    not (match.end() < len(text) and text[match.end()].isalnum())
                inside = any(s <= match.start() and match.end() <= e for s, e in spans + kept)
                assert inside or not bounded, (kind, value, text)


def test_identifiers_carry_valid_check_digits() -> None:
    ids = [g[4] for r in dev17_records() for g in r.gold if g[3] == "ID"]
    for value, scheme in CHECKED.items():
        assert value in ids, value
        assert _SCHEMES[scheme](value), (scheme, value)
    for value in ids:  # anything shaped like an IBAN or a payment card is in the checked table
        compact = re.sub(r"[\s\-\u00a0]", "", value)
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact) or re.fullmatch(r"[2-6]\d{14,15}", compact):
            assert value in CHECKED, value
    assert set(CHECKED.values()) == set(_SCHEMES)


def test_a_wrong_digit_fails_the_checks() -> None:
    for value, scheme in CHECKED.items():
        for position, ch in enumerate(value):
            if not ch.isdigit():
                continue
            for step in range(1, 10):
                broken = value[:position] + str((int(ch) + step) % 10) + value[position + 1:]
                assert not _SCHEMES[scheme](broken), (scheme, value, broken)


_MONTHS = {name: number for number, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")], start=1) for name in names}


def _birth(value: str) -> datetime.date:
    if match := re.fullmatch(r"(\d{4})[-/](\d{2})[-/](\d{2})", value):
        return datetime.date(int(match[1]), int(match[2]), int(match[3]))
    if match := re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", value):
        return datetime.date(int(match[1]), int(match[2]), int(match[3]))
    if match := re.fullmatch(r"(\d{2})[./-](\d{2})[./-](\d{4})", value):  # day first everywhere in this set
        return datetime.date(int(match[3]), int(match[2]), int(match[1]))
    match = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", value)
    assert match, value
    return datetime.date(int(match[3]), _MONTHS[match[2].lower()], int(match[1]))


def test_dates_of_birth_are_real_past_dates() -> None:
    births = [g[4] for r in dev17_records() for g in r.gold if g[3] == "DATE_OF_BIRTH"]
    assert len(births) >= 40
    for value in births:
        assert datetime.date(1900, 1, 1) < _birth(value) < datetime.date(2024, 1, 1), value


def _encoded_birth(value: str, scheme: str) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) that an identifier encodes; month and day are None where it only encodes the year."""
    d = _digits(value)
    if scheme == "pesel":
        month = int(d[2:4])
        return int(d[:2]) + (2000 if month > 20 else 1900), month % 20, int(d[4:6])
    if scheme == "hetu":
        return {"-": 1900, "A": 2000}[value[6]] + int(value[4:6]), int(value[2:4]), int(value[:2])
    if scheme == "personnummer":
        return 1900 + int(d[:2]), int(d[2:4]), int(d[4:6])  # everyone here was born in the 1900s
    if scheme == "fnr":
        return 1900 + int(d[4:6]), int(d[2:4]), int(d[:2])  # individual numbers 000-499: the 1900s
    if scheme == "cf_it":
        day = int(value[9:11])
        return 1900 + int(value[6:8]), "ABCDEHLMPRST".index(value[8]) + 1, day - 40 if day > 40 else day
    if scheme == "be_nn":
        return 1900 + int(d[:2]), int(d[2:4]), int(d[4:6])
    if scheme == "cn_id":
        return int(d[6:10]), int(d[10:12]), int(d[12:14])
    if scheme == "nir":
        return 1900 + int(d[1:3]), int(d[3:5]), None
    if value.startswith("784-"):  # Emirates ID: 784-YYYY-...
        return int(d[3:7]), None, None
    return None


def test_ids_that_encode_a_birth_date_match_the_one_beside_them() -> None:
    compared = 0
    for record in dev17_records():
        births = {_birth(g[4]) for g in record.gold if g[3] == "DATE_OF_BIRTH"}
        for value in (g[4] for g in record.gold if g[3] == "ID"):
            encoded = _encoded_birth(value, CHECKED.get(value, ""))
            if encoded is None or not births:
                continue
            year, month, day = encoded
            assert any(b.year == year and month in (None, b.month) and day in (None, b.day) for b in births), \
                (value, births)
            compared += 1
    assert compared >= 12
