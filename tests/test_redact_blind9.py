"""The blind set benchmarks/redact_blind9.py parses cleanly and every identifier whose scheme has a check digit
carries a valid one (no model is loaded; the set is never scored here).

The set is blind: assertion messages name records by index and style only, never by their text."""

import re
from collections import Counter

from benchmarks.redact_blind9 import RECORDS, blind9_records
from benchmarks.redact_dev import _MARK
from tests.gold_checks import digits as _digits
from tests.gold_checks import iban_mod97 as _iban_mod97
from tests.gold_checks import luhn as _luhn
from tests.gold_checks import weighted as _weighted

_TITLES_BEFORE = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra|Sig\.ra|Gent\.ma|dott|Mme|Madame|Monsieur|Frau|"
                            r"Herr|Herrn|Pan|Pani|Shri|Smt|Sister|Chief|don|doña|mevrouw|dr|Lola|Chị)\.?\s")
_TITLES_AFTER = re.compile(r"(\s(MR|MRS|MS|MISS|Bey|Hanım|jan)|-san)$")

_STYLES = {"support_ticket", "clinical_note", "hr_email", "chat_log", "ops_log", "csv_rows", "postal_block",
           "bank_note", "crm_note", "forum_post", "referral_letter", "payment_update", "tax_form", "customer_review"}

_MINIMUM = {"PERSON": 300, "ADDRESS": 80, "PHONE_NUMBER": 40, "EMAIL_ADDRESS": 40, "ID": 60, "DATE_OF_BIRTH": 20,
            "IP_ADDRESS": 20, "CITY": 30}


# --- check-digit schemes ---------------------------------------------------------------------------------------

def _compact(value: str) -> str:
    return re.sub(r"[\s\-.\u00a0]", "", value)


def _luhn_value(value: str) -> bool:  # payment cards, Canadian SIN, Emirates ID
    return _luhn(_digits(value))


_IBAN_LENGTHS = {"AE": 23, "BR": 29, "DE": 22, "ES": 24, "FR": 27, "GB": 22, "GR": 27, "IE": 22, "IT": 27,
                 "NL": 18, "PK": 24, "PL": 28, "PT": 25, "TR": 26}


def _iban(value: str) -> bool:
    compact = _compact(value)
    return len(compact) == _IBAN_LENGTHS.get(compact[:2], -1) and _iban_mod97(compact)


def _nhs(value: str) -> bool:  # NHS number and Scottish CHI number: mod 11, weights 10..2
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


def _steuer_id(value: str) -> bool:  # German Steuer-ID: ISO 7064 MOD 11,10; one digit of the first 10 repeats
    d = _digits(value)
    if len(d) != 11 or d[0] == "0":
        return False
    repeats = [n for n in Counter(d[:10]).values() if n > 1]
    if repeats not in ([2], [3]):
        return False
    product = 10
    for ch in d[:10]:
        total = (int(ch) + product) % 10 or 10
        product = 2 * total % 11
    return (11 - product) % 10 == int(d[10])


def _nir(value: str) -> bool:  # French NIR: key = 97 - (13 digits mod 97); Corsica 2A/2B count as 19/18
    compact = value.replace(" ", "").replace("2A", "19").replace("2B", "18")
    return len(compact) == 15 and compact.isdigit() and 97 - int(compact[:13]) % 97 == int(compact[13:])


def _dni(value: str) -> bool:  # Spanish DNI and NIE (X/Y/Z stand for 0/1/2)
    match = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", value)
    if not match or len(match[1] + match[2]) != 8:
        return False
    number = int(str("XYZ".index(match[1])) + match[2] if match[1] else match[2])
    return "TRWAGMYFPDXBNJZSQVHLCKE"[number % 23] == match[3]


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23], strict=True))


def _cf(value: str) -> bool:  # Italian codice fiscale
    if not re.fullmatch(r"[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]", value):
        return False
    total = sum(_CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
                for i, ch in enumerate(value[:15]))
    return chr(65 + total % 26) == value[15]


def _bsn(value: str) -> bool:  # Dutch BSN, the 11-proef
    d = _digits(value)
    return len(d) == 9 and _weighted(d, [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 == 0


def _pesel(value: str) -> bool:  # Polish PESEL, weights 1-3-7-9
    return len(value) == 11 and value.isdigit() and \
        (10 - _weighted(value[:10], [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10 == int(value[10])


def _tckn(value: str) -> bool:  # Turkish TC Kimlik No: two check digits
    if not re.fullmatch(r"[1-9]\d{10}", value):
        return False
    d = [int(ch) for ch in value]
    tenth = (7 * sum(d[0:9:2]) - sum(d[1:8:2])) % 10
    return d[9] == tenth and d[10] == sum(d[:10]) % 10


def _cpf(value: str) -> bool:  # Brazilian CPF: two mod 11 check digits
    d = [int(c) for c in _digits(value)]
    if len(d) != 11:
        return False
    for n in (9, 10):
        r = sum(a * b for a, b in zip(d[:n], range(n + 1, 1, -1), strict=True)) * 10 % 11
        if r % 10 != d[n]:
            return False
    return True


def _ppsn(value: str) -> bool:  # Irish PPSN: 7 digits, check letter, optional second letter weighted 9
    match = re.fullmatch(r"(\d{7})([A-W])([A-Z]?)", value)
    if not match:
        return False
    total = _weighted(match[1], [8, 7, 6, 5, 4, 3, 2]) + (9 * (ord(match[3]) - 64) if match[3] else 0)
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == match[2]


def _kvnr(value: str) -> bool:  # German health insurance number: letter as 01-26, then Luhn-like weights 1-2
    if not re.fullmatch(r"[A-Z]\d{9}", value):
        return False
    number = f"{ord(value[0]) - 64:02d}" + value[1:9]
    total = sum(sum(divmod(int(ch) * (1 + i % 2), 10)) for i, ch in enumerate(number))
    return total % 10 == int(value[9])


_SCHEMES = {"luhn": _luhn_value, "iban": _iban, "nhs": _nhs, "aadhaar": _aadhaar, "steuer_id": _steuer_id,
            "nir": _nir, "dni": _dni, "cf_it": _cf, "bsn": _bsn, "pesel": _pesel, "tckn": _tckn, "cpf": _cpf,
            "ppsn": _ppsn, "kvnr": _kvnr}

# Every identifier in the set whose scheme has a published check digit, with its scheme.
CHECKED = {
    # payment cards, Canadian SIN and Emirates IDs (Luhn)
    "4539 7182 0463 5170": "luhn", "2223 1760 4598 8131": "luhn", "3791 526488 30216": "luhn",
    "5412-0733-9816-2048": "luhn", "6011 7392 5048 3168": "luhn", "4916\u00a09203\u00a07741\u00a08508": "luhn",
    "5168 0447 2913 3608": "luhn", "3528 4109 7630 9250": "luhn", "527 194 039": "luhn",
    "784-1985-3920147-9": "luhn", "784-1979-6158203-4": "luhn",
    # IBANs (mod 97 and the length of their country), spaced and compact
    "PT19 0035 0073 0000 2918 4756 3": "iban", "DE44500105175407324931": "iban", "GB55MIDL40512731946208": "iban",
    "GB84 NWBK 6073 0126 4938 51": "iban", "GB33HBUK40112794018366": "iban", "TR770006200019400006297351": "iban",
    "IT48X0306909606100000072913": "iban", "NL48INGB0007261934": "iban", "ES74 2100 0418 4502 0051 9372": "iban",
    "GB07 BARC 2031 8754 1903 26": "iban", "DE80 1009 0000 0289 4362 17": "iban",
    "TR98 0001 0002 0194 8372 6500 14": "iban", "PK91 HABB 0019 2873 4651 0092": "iban",
    "FR24 3000 4008 1900 0731 4628 531": "iban", "DE53 3704 0044 0532 8719 04": "iban",
    "IE90 BOFI 9058 3172 6405 19": "iban", "PL15 1090 1024 0000 0001 2874 3651": "iban",
    "AE15 0260 0010 1573 8294 016": "iban", "BR27 0000 0000 0106 7000 0117 653C 1": "iban",
    # health, national and tax identifiers
    "0211576247": "nhs", "485 721 0932": "nhs", "943 760 2182": "nhs", "601 284 7394": "nhs",
    "7391 5082 4612": "aadhaar", "4862 0391 5776": "aadhaar", "2937 4018 5622": "aadhaar",
    "8605 1429 3071": "aadhaar",
    "47 361 520 487": "steuer_id", "82940716253": "steuer_id", "56 018 372 546": "steuer_id",
    "1 84 07 75 056 231 61": "nir", "2 79 03 69 123 047 80": "nir", "2 91 11 2A 004 118 07": "nir",
    "30577214W": "dni", "71920463S": "dni", "48193027T": "dni", "X3948216J": "dni", "Y7051834W": "dni",
    "SCRMTT91C14H501U": "cf_it", "BNNGLI85M62F205X": "cf_it", "FRLLCU78T05L219E": "cf_it",
    "194073622": "bsn", "273185408": "bsn", "602513790": "bsn",
    "88071405243": "pesel", "92030873473": "pesel", "01251108941": "pesel",
    "38492051798": "tckn", "15930726418": "tckn", "62741085340": "tckn",
    "391.204.857-60": "cpf", "028.571.946-76": "cpf", "715.843.092-88": "cpf",
    "8273049D": "ppsn", "5610392BA": "ppsn", "D482917362": "kvnr",
}


# --- tests -----------------------------------------------------------------------------------------------------

def test_markup_is_balanced_and_every_span_round_trips() -> None:
    records = blind9_records()
    assert len(records) == len(RECORDS) >= 170
    for index, (_, marked) in enumerate(RECORDS):
        leftover = _MARK.sub("", marked)
        assert "{" not in leftover and "}" not in leftover, index
    for index, record in enumerate(records):
        text = record.record["text"]
        assert "{" not in text and "}" not in text, index
        for path, start, end, kind, value in record.gold:
            assert path == "text" and text[start:end] == value, (index, kind)
            assert value and value.strip() == value, (index, kind)
            if kind == "PERSON":
                assert not _TITLES_BEFORE.match(value) and not _TITLES_AFTER.search(value), (index, kind)


def test_styles_are_balanced_and_records_multi_line() -> None:
    counts = Counter(kind for kind, _ in RECORDS)
    assert set(counts) == _STYLES | {"pii_free"}
    assert all(8 <= counts[style] <= 12 for style in _STYLES), counts
    assert counts["pii_free"] >= 20
    for index, (kind, marked) in enumerate(RECORDS):
        if kind != "pii_free":
            assert 3 <= marked.count("\n") + 1 <= 12, (index, kind)


def test_pii_free_records_have_no_gold_and_the_rest_do() -> None:
    for index, record in enumerate(blind9_records()):
        kinds = {g[3] for g in record.gold} - {"CITY"}
        assert (record.kind == "pii_free") == bool(not kinds), (index, record.kind)
        if record.kind == "pii_free":
            assert not record.gold, index


def test_every_gold_type_is_present_in_number() -> None:
    kinds = Counter(g[3] for r in blind9_records() for g in r.gold)
    assert set(kinds) == set(_MINIMUM)
    assert min(kinds.values()) >= 20, kinds
    for kind, minimum in _MINIMUM.items():
        assert kinds[kind] >= minimum, (kind, kinds[kind])


def test_unicode_oddities_occur_inside_spans() -> None:
    spans = [(g[3], g[4]) for r in blind9_records() for g in r.gold]
    text = "".join(r.record["text"] for r in blind9_records())
    for oddity in ("\u201c", "\u201d"):
        assert oddity in text, repr(oddity)
    assert any(kind == "ID" and "\u00a0" in value for kind, value in spans)
    assert any(kind == "EMAIL_ADDRESS" and "\u200b" in value for kind, value in spans)
    assert any(kind == "EMAIL_ADDRESS" and "\uff20" in value for kind, value in spans)


def test_identifiers_carry_valid_check_digits() -> None:
    ids = [g[4] for r in blind9_records() for g in r.gold if g[3] == "ID"]
    for position, (value, scheme) in enumerate(CHECKED.items()):
        assert value in ids, (position, scheme)
        assert _SCHEMES[scheme](value), (position, scheme)
    for position, value in enumerate(ids):  # anything shaped like an IBAN or a payment card is in the table
        compact = _compact(value)
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact) or re.fullmatch(r"[2-6]\d{14,15}", compact):
            assert value in CHECKED, position
    assert set(CHECKED.values()) == set(_SCHEMES)


def test_a_wrong_digit_fails_the_checks() -> None:
    for position, (value, scheme) in enumerate(CHECKED.items()):
        for i, ch in enumerate(value):
            if ch.isdigit():
                broken = value[:i] + str((int(ch) + 1) % 10) + value[i + 1:]
                assert not _SCHEMES[scheme](broken), (position, scheme, i)


def test_the_pesel_numbers_encode_a_date_of_birth_of_their_record() -> None:
    for index, record in enumerate(blind9_records()):
        births = {g[4] for g in record.gold if g[3] == "DATE_OF_BIRTH"}
        for value in (g[4] for g in record.gold if g[3] == "ID" and CHECKED.get(g[4]) == "pesel"):
            month = int(value[2:4])
            century = 1900 if month <= 12 else 2000
            date = f"{value[4:6]}.{month % 20:02d}.{century + int(value[:2])}"
            assert date in births, index
