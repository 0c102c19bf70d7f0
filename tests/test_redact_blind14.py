"""The blind gold set benchmarks/redact_blind14.py parses cleanly, its styles are balanced, its dates of birth are
real dates and every identifier whose scheme has a check digit carries a valid one (no model is loaded; the set is
never scored here)."""

import datetime
import re
from collections import Counter

from benchmarks.redact_blind14 import RECORDS, blind14_records
from benchmarks.redact_dev import _MARK
from tests.gold_checks import digits as _digits
from tests.gold_checks import iban_mod97 as _iban_mod97
from tests.gold_checks import luhn as _luhn
from tests.gold_checks import weighted as _weighted

_TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Nurse|Sister|Cllr|Sgt|PC|Sr|Sra|Mme|Madame|Monsieur|Frau|Herr|"
                     r"Shri|Smt|Dhr|Sig|Sig\.ra|Dott|Dott\.ssa|Dra|Ing|Fam|Sheikh|Master|BMS|Tío|Chị)\.?\s")

_STYLES = {"support_ticket", "clinical_note", "hr_email", "chat_log", "ops_log", "csv_rows", "postal_block",
           "bank_note", "crm_note", "forum_post", "referral_letter", "payment_update", "tax_form",
           "incident_report"}


# --- check-digit schemes ---------------------------------------------------------------------------------------

def _luhn_value(value: str) -> bool:  # payment cards, Emirates ID
    return _luhn(_digits(value))


def _personnummer(value: str) -> bool:  # Swedish personnummer YYMMDD-NNNC, Luhn over the ten digits
    return bool(re.fullmatch(r"\d{6}[-+]\d{4}", value)) and _luhn(_digits(value))


_IBAN_LENGTHS = {"AT": 20, "BR": 29, "DE": 22, "ES": 24, "FR": 27, "GB": 22, "IE": 22, "NL": 18, "PL": 28,
                 "PT": 25, "SA": 24, "SE": 24, "TR": 26}


def _iban(value: str) -> bool:
    compact = value.replace(" ", "")
    return len(compact) == _IBAN_LENGTHS[compact[:2]] and _iban_mod97(compact)


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


def _nir(value: str) -> bool:  # French NIR: key = 97 - (13 digits mod 97)
    compact = value.replace(" ", "")
    return len(compact) == 15 and compact.isdigit() and 97 - int(compact[:13]) % 97 == int(compact[13:])


def _dni(value: str) -> bool:  # Spanish DNI (8 digits) or NIE (X/Y/Z and 7 digits) and the letter mod 23
    match = re.fullmatch(r"([XYZ]\d{7}|\d{8})([A-Z])", value)
    if not match:
        return False
    number = int(match[1].replace("X", "0").replace("Y", "1").replace("Z", "2"))
    return "TRWAGMYFPDXBNJZSQVHLCKE"[number % 23] == match[2]


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23], strict=True))


def _cf(value: str) -> bool:  # Italian codice fiscale
    if not re.fullmatch(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", value):
        return False
    even = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 65  # noqa: E731
    total = sum(_CF_ODD[ch] if i % 2 == 0 else even(ch) for i, ch in enumerate(value[:15]))
    return chr(65 + total % 26) == value[15]


def _bsn(value: str) -> bool:  # Dutch BSN, the 11-proof (weights 9..2 and -1)
    d = _digits(value)
    return len(d) == 9 and _weighted(d, [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 == 0


def _pesel(value: str) -> bool:  # Polish PESEL, weights 1-3-7-9
    return len(value) == 11 and value.isdigit() and \
        (10 - _weighted(value[:10], [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10 == int(value[10])


def _cpf(value: str) -> bool:  # Brazilian CPF, two mod 11 check digits
    d = [int(c) for c in _digits(value)]
    if len(d) != 11:
        return False
    for n in (9, 10):
        r = sum(a * b for a, b in zip(d[:n], range(n + 1, 1, -1), strict=True)) * 10 % 11
        if (0 if r == 10 else r) != d[n]:
            return False
    return True


def _aba(value: str) -> bool:  # US ABA routing number, weights 3-7-1
    return len(value) == 9 and value.isdigit() and _weighted(value, [3, 7, 1] * 3) % 10 == 0


_SCHEMES = {"luhn": _luhn_value, "personnummer": _personnummer, "iban": _iban, "nhs": _nhs, "aadhaar": _aadhaar,
            "steuer_id": _steuer_id, "nir": _nir, "dni": _dni, "cf_it": _cf, "bsn": _bsn, "pesel": _pesel,
            "cpf": _cpf, "aba": _aba}

# Every identifier in the set that has a published check digit, with its scheme.
CHECKED = {
    # payment cards and the Emirates ID (Luhn)
    "4925 4632 6654 6005": "luhn", "3705 708379 58549": "luhn", "6011 3017 9095 3794": "luhn",
    "5301 4481 0379 8001": "luhn", "4442 0772 7211 9732": "luhn", "5524 6470 5671 9481": "luhn",
    "4208 1483 5082 2481": "luhn", "4668 2135 7441 8046": "luhn", "5197 5411 3695 5676": "luhn",
    "4465 9001 1406 9702": "luhn", "5267 8353 6170 2869": "luhn", "5401 0861 7177 6241": "luhn",
    "3491 588183 11769": "luhn", "784-1979-4821936-1": "luhn",
    # Swedish personnummer (Luhn over YYMMDDNNNC)
    "870421-5386": "personnummer", "920907-2645": "personnummer", "750112-8818": "personnummer",
    "810315-2644": "personnummer",
    # IBANs (mod 97 and the length of their country)
    "SE49 8652 5501 8263 3866 5344": "iban", "DE30 0661 3916 1493 0241 71": "iban",
    "NL81 ABNA 4810 0691 49": "iban", "FR38 2133 5299 03E8 7986 6847 276": "iban",
    "ES46 7874 6247 2871 0121 8929": "iban", "DE95 9874 3220 1750 3675 59": "iban",
    "DE44 5001 0517 5407 3249 31": "iban", "GB82 NWBK 2702 4669 1582 02": "iban",
    "IE07 AIBK 8265 0735 7796 22": "iban", "SA20 2954 1526 4275 2445 6084": "iban",
    "DE79 1005 0000 0190 3844 12": "iban", "PT31 5729 1972 0734 2864 3430 3": "iban",
    "AT97 2027 7564 3549 4838": "iban", "ES66 3058 0997 2120 4331 8856": "iban",
    "ES94 0812 7734 6102 0045 8391": "iban", "GB57 BARC 4629 6423 0775 31": "iban",
    "BR96 8648 3155 6686 5872 7674 448C 1": "iban", "PL75 1586 8705 2421 7069 1300 3461": "iban",
    "TR11 8036 9726 1718 5542 7211 72": "iban", "DE07 8604 0000 0612 7399 04": "iban",
    "ES42 0182 5093 1402 0184 7762": "iban", "NL37 INGB 8462 1877 86": "iban",
    # national, tax, health and bank identifiers
    "149 375 4459": "nhs", "308 312 4082": "nhs", "143 557 3951": "nhs", "124 226 9525": "nhs",
    "5224 8077 8235": "aadhaar", "7243 1725 4005": "aadhaar", "3772 4477 9145": "aadhaar",
    "5300 0039 5727": "aadhaar",
    "26708695410": "steuer_id", "92106837525": "steuer_id", "81540469373": "steuer_id",
    "2 88 04 33 063 417 20": "nir", "1 79 11 69 387 142 03": "nir", "2 93 07 59 350 028 18": "nir",
    "39174028Z": "dni", "52860731S": "dni", "71403296A": "dni", "68302917R": "dni", "20485371F": "dni",
    "Y2085147G": "dni", "X4719263P": "dni", "Z3390418Q": "dni",
    "GLLSRN90M63F205O": "cf_it", "PLMNTN77S09G273Y": "cf_it", "FRRMRC84A17H501S": "cf_it",
    "224435206": "bsn", "719889595": "bsn", "319640346": "bsn",
    "89061403728": "pesel", "76120305570": "pesel", "03221809164": "pesel", "84050703571": "pesel",
    "91102204489": "pesel", "95090812358": "pesel",
    "453.331.478-33": "cpf", "176.804.560-70": "cpf", "932.880.407-86": "cpf", "690.842.498-79": "cpf",
    "272.226.176-63": "cpf", "146.635.749-55": "cpf",
    "263091458": "aba",
}


# --- dates of birth --------------------------------------------------------------------------------------------

_MONTHS = {name: i + 1 for i, name in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                                 "oct", "nov", "dec"])}


def _birth_date(value: str) -> datetime.date:
    """A date of birth as written in the set: ISO, day-first with / . or -, '30 Sep 1990' or '09MAY85'."""
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        return datetime.date(int(match[1]), int(match[2]), int(match[3]))
    if match := re.fullmatch(r"(\d{2})[/.\-](\d{2})[/.\-](\d{4})", value):
        return datetime.date(int(match[3]), int(match[2]), int(match[1]))
    if match := re.fullmatch(r"(\d{1,2}) ?([A-Za-z]{3})[a-z]* ?(\d{2}|\d{4})", value):
        year = int(match[3]) if len(match[3]) == 4 else 1900 + int(match[3])
        return datetime.date(year, _MONTHS[match[2].lower()], int(match[1]))
    raise AssertionError(f"unparsed date of birth {value!r}")


def _births(record) -> list[datetime.date]:
    return [_birth_date(g[4]) for g in record.gold if g[3] == "DATE_OF_BIRTH"]


# --- tests -----------------------------------------------------------------------------------------------------

def test_markup_is_balanced_and_every_span_round_trips() -> None:
    records = blind14_records()
    assert len(records) == len(RECORDS) >= 180
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


def test_styles_are_from_the_allowed_set_and_balanced() -> None:
    counts = Counter(kind for kind, _ in RECORDS)
    assert set(counts) == _STYLES | {"pii_free"}, counts
    assert all(11 <= counts[style] <= 14 for style in _STYLES), counts
    assert 12 <= counts["pii_free"] <= 16, counts
    assert all(marked.count("\n") >= 1 for _, marked in RECORDS)


def test_pii_free_records_have_no_gold_and_the_rest_do() -> None:
    for record in blind14_records():
        kinds = {g[3] for g in record.gold} - {"CITY"}
        assert (record.kind == "pii_free") == (not kinds), record.record["text"]
        if record.kind == "pii_free":
            assert not record.gold, record.record["text"]


def test_every_gold_type_is_present() -> None:
    kinds = Counter(g[3] for r in blind14_records() for g in r.gold)
    assert set(kinds) == {"PERSON", "ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "ID", "DATE_OF_BIRTH",
                          "IP_ADDRESS", "CITY"}
    assert min(kinds.values()) >= 30, kinds


def test_identifiers_carry_valid_check_digits() -> None:
    ids = [g[4] for r in blind14_records() for g in r.gold if g[3] == "ID"]
    for value, scheme in CHECKED.items():
        assert value in ids, value
        assert _SCHEMES[scheme](value), (scheme, value)
    for value in ids:  # anything shaped like a checked scheme is in the checked table
        compact = re.sub(r"[\s\-.\u00a0]", "", value)
        shapes = (r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", r"[2-6]\d{14,15}", r"[XYZ]?\d{7,8}[A-Z]",
                  r"[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]")
        if any(re.fullmatch(shape, compact) for shape in shapes):
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


def test_dates_of_birth_are_real_dates() -> None:
    births = [date for record in blind14_records() for date in _births(record)]
    assert len(births) >= 40
    assert all(datetime.date(1920, 1, 1) <= date <= datetime.date(2024, 12, 31) for date in births), births


def test_identifiers_that_encode_a_birth_date_agree_with_the_one_beside_them() -> None:
    for record in blind14_records():
        births = _births(record)
        for value in (g[4] for g in record.gold if g[3] == "ID"):
            scheme = CHECKED.get(value)
            if scheme == "pesel":
                year, month, day = int(value[:2]), int(value[2:4]), int(value[4:6])
                assert datetime.date(year + (2000 if month > 20 else 1900), month % 20, day) in births, value
            elif scheme == "cf_it" and births:
                day = int(value[9:11]) % 40
                month = "ABCDEHLMPRST".index(value[8]) + 1
                assert any((b.year % 100, b.month, b.day) == (int(value[6:8]), month, day) for b in births), value
            elif scheme == "nir" and births:
                assert any((b.year % 100, b.month) == (int(value[2:4]), int(value[5:7])) for b in births), value
