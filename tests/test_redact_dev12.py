"""The hand-written development set benchmarks/redact_dev12.py parses cleanly, its PII-free records carry no mark,
every identifier whose scheme has a check digit carries a valid one and every date of birth is a real date (no
model is loaded; the set is never scored here)."""

import datetime
import re
from collections import Counter

from benchmarks.redact_dev import _MARK
from benchmarks.redact_dev12 import RECORDS, dev12_records
from tests.gold_checks import digits as _digits
from tests.gold_checks import iban_mod97 as _iban_mod97
from tests.gold_checks import luhn as _luhn
from tests.gold_checks import weighted as _weighted

_TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Nurse|Sister|Engr|Gda|Captain|Herr|Frau|Mme|Madame|Monsieur|Sr|"
                     r"Sra|Sig|Dott|Aunty|Auntie|Uncle)\.?\s", re.IGNORECASE)

_STYLES = {"support_ticket", "clinical_note", "hr_email", "chat_log", "ops_log", "csv_rows", "postal_block",
           "bank_note", "crm_note", "forum_post", "referral_letter", "payment_update", "tax_form",
           "incident_report"}


# --- check-digit schemes ---------------------------------------------------------------------------------------

def _luhn_value(value: str) -> bool:  # cards, Canadian SIN, Ontario health card, Greek AMKA, Swedish personnummer
    return _luhn(_digits(value))


_IBAN_LENGTHS = {"DE": 22, "DK": 18, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "IE": 22, "IT": 27, "NL": 18,
                 "PL": 28, "SE": 24, "TR": 26}


def _iban(value: str) -> bool:
    compact = value.replace(" ", "")
    return len(compact) == _IBAN_LENGTHS.get(compact[:2], 0) and _iban_mod97(compact)


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


def _kvnr(value: str) -> bool:  # German Krankenversichertennummer: letter as 01-26, weights 1-2, digit sums, mod 10
    if not re.fullmatch(r"[A-Z]\d{9}", value):
        return False
    number = f"{ord(value[0]) - 64:02d}" + value[1:9]
    total = sum(sum(divmod(int(ch) * (1 if i % 2 == 0 else 2), 10)) for i, ch in enumerate(number))
    return total % 10 == int(value[9])


def _nir(value: str) -> bool:  # French NIR: key = 97 - (13 digits mod 97)
    compact = value.replace(" ", "")
    return len(compact) == 15 and compact.isdigit() and 97 - int(compact[:13]) % 97 == int(compact[13:])


def _spi_fr(value: str) -> bool:  # French numéro fiscal (SPI): 13 digits, the last three are the first ten mod 511
    d = _digits(value)
    return len(d) == 13 and int(d[:10]) % 511 == int(d[10:])


def _dni(value: str) -> bool:  # Spanish DNI/NIF: 8 digits and the letter of their remainder mod 23
    match = re.fullmatch(r"(\d{8})-?([A-Z])", value)
    return bool(match) and "TRWAGMYFPDXBNJZSQVHLCKE"[int(match[1]) % 23] == match[2]


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23], strict=True))


def _cf(value: str) -> bool:  # Italian codice fiscale
    even = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 65  # noqa: E731
    total = sum(_CF_ODD[ch] if i % 2 == 0 else even(ch) for i, ch in enumerate(value[:15]))
    return len(value) == 16 and chr(65 + total % 26) == value[15]


def _bsn(value: str) -> bool:  # Dutch BSN, the 11-proof (weights 9..2 and -1)
    d = _digits(value)
    return len(d) == 9 and _weighted(d, [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 == 0


def _pesel(value: str) -> bool:  # Polish PESEL, weights 1-3-7-9
    return len(value) == 11 and value.isdigit() and \
        (10 - _weighted(value[:10], [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10 == int(value[10])


def _hetu(value: str) -> bool:  # Finnish HETU: DDMMYY, century sign, 3 digits, control character of the 9 digits mod 31
    match = re.fullmatch(r"(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])", value)
    return bool(match) and "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(match[1] + match[2]) % 31] == match[3]


def _fnr(value: str) -> bool:  # Norwegian fødselsnummer: two mod 11 control digits
    if len(value) != 11 or not value.isdigit():
        return False
    for n, weights in ((9, [3, 7, 6, 1, 8, 9, 4, 5, 2]), (10, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])):
        k = 11 - _weighted(value[:n], weights) % 11
        if k == 10 or (0 if k == 11 else k) != int(value[n]):
            return False
    return True


def _cnid(value: str) -> bool:  # Chinese resident identity card: ISO 7064 MOD 11-2 over 17 digits
    if not re.fullmatch(r"\d{17}[\dX]", value):
        return False
    total = _weighted(value[:17], [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])
    return "10X98765432"[total % 11] == value[17]


def _rrn(value: str) -> bool:  # Korean resident registration number, weights 2..9, 2..5
    d = _digits(value)
    return len(d) == 13 and (11 - _weighted(d[:12], [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11) % 10 == int(d[12])


def _tckn(value: str) -> bool:  # Turkish T.C. Kimlik No: two control digits
    if len(value) != 11 or not value.isdigit() or value[0] == "0":
        return False
    d = [int(ch) for ch in value]
    return (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def _ppsn(value: str) -> bool:  # Irish PPSN: 7 digits and a check letter, weights 8..2 mod 23
    match = re.fullmatch(r"(\d{7})([A-W])", value)
    return bool(match) and "WABCDEFGHIJKLMNOPQRSTUV"[_weighted(match[1], [8, 7, 6, 5, 4, 3, 2]) % 23] == match[2]


def _tfn(value: str) -> bool:  # Australian tax file number, weights 1,4,3,7,5,8,6,9,10 mod 11
    d = _digits(value)
    return len(d) == 9 and _weighted(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 == 0


def _medicare_au(value: str) -> bool:  # Australian Medicare: first digit 2-6, 9th digit = weighted 8 mod 10
    d = _digits(value)
    return len(d) in (10, 11) and d[0] in "23456" and \
        _weighted(d[:8], [1, 3, 7, 9, 1, 3, 7, 9]) % 10 == int(d[8])


_NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # I and O are not used


def _nhi(value: str) -> bool:  # New Zealand NHI (AAANNNC): weights 7..2 mod 11, check 11 - r, 10 written as 0
    if not re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", value):
        return False
    numbers = [_NHI_LETTERS.index(ch) + 1 for ch in value[:3]] + [int(ch) for ch in value[3:6]]
    remainder = sum(n * w for n, w in zip(numbers, [7, 6, 5, 4, 3, 2], strict=True)) % 11
    return remainder != 0 and (11 - remainder) % 10 == int(value[6])


def _ird(value: str) -> bool:  # New Zealand IRD number: weights 3,2,7,6,5,4,3,2, then 7,4,3,2,5,2,7,6 if 10
    d = _digits(value).zfill(9)
    if len(d) != 9 or not 10_000_000 < int(d) < 150_000_000:
        return False
    for weights in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        remainder = _weighted(d[:8], weights) % 11
        check = 0 if remainder == 0 else 11 - remainder
        if check != 10:
            return check == int(d[8])
    return False


def _hkid(value: str) -> bool:  # Hong Kong identity card: letter(s), 6 digits, check in brackets, mod 11
    match = re.fullmatch(r"([A-Z]{1,2})(\d{6})\(([\dA])\)", value)
    if not match:
        return False
    letters = match[1].rjust(2)
    total = sum((36 if ch == " " else ord(ch) - 55) * w for ch, w in zip(letters, [9, 8], strict=True))
    total += _weighted(match[2], [7, 6, 5, 4, 3, 2])
    check = (11 - total % 11) % 11
    return ("A" if check == 10 else str(check)) == match[3]


def _aba(value: str) -> bool:  # US ABA routing number, weights 3-7-1
    return len(value) == 9 and value.isdigit() and _weighted(value, [3, 7, 1] * 3) % 10 == 0


_SCHEMES = {"luhn": _luhn_value, "iban": _iban, "nhs": _nhs, "aadhaar": _aadhaar, "steuer_id": _steuer_id,
            "kvnr": _kvnr, "nir": _nir, "spi_fr": _spi_fr, "dni": _dni, "cf_it": _cf, "bsn": _bsn, "pesel": _pesel,
            "hetu": _hetu, "fnr": _fnr, "cnid": _cnid, "rrn": _rrn, "tckn": _tckn, "ppsn": _ppsn, "tfn": _tfn,
            "medicare_au": _medicare_au, "nhi": _nhi, "ird": _ird, "hkid": _hkid, "aba": _aba}

# Every identifier in the set that has a published check digit, with its scheme.
CHECKED = {
    # payment cards (Luhn)
    "4449 6288 2564 0062": "luhn", "5195 6891 6055 0731": "luhn", "5291091786278982": "luhn",
    "3700 966812 40693": "luhn", "6011 5241 5603 2644": "luhn", "4998 3505 0359 8703": "luhn",
    "5579 9028 1024 9158": "luhn", "2221 6945 6391 6617": "luhn", "4702 8651 1972 3368": "luhn",
    # other Luhn numbers: Canadian SIN, Ontario health card, Greek AMKA, Swedish personnummer
    "518 039 276": "luhn", "627 401 854": "luhn", "4817 302 963 AB": "luhn", "14068304527": "luhn",
    "860927-6145": "luhn",
    # IBANs (mod 97 and the length of their country)
    "GB69 BARC 2003 8471 9263 05": "iban", "IE90 AIBK 9311 8274 6503 91": "iban",
    "DE52 5001 0517 0648 2937 15": "iban", "DE83 1007 0024 0283 7194 65": "iban",
    "DE12701500000010482937": "iban", "DE10672500200048213097": "iban", "NL86 INGB 0007 4182 93": "iban",
    "ES91 2100 0418 4502 0005 1332": "iban", "IT69 X030 6909 6061 0000 0063 417": "iban",
    "PL61 1090 1014 0000 0712 1981 2874": "iban", "SE45 5000 0000 0583 9825 7466": "iban",
    "DK50 0040 0440 1162 43": "iban", "FI40 2142 1820 1036 98": "iban", "TR33 0006 1005 1978 6457 8413 26": "iban",
    # national, tax, health and bank identifiers
    "943 476 5919": "nhs", "401 023 7686": "nhs", "738 201 9462": "nhs", "485 120 3977": "nhs",
    "7391 8204 6571": "aadhaar", "2846 5031 9279": "aadhaar", "6103 9472 8502": "aadhaar",
    "65018372546": "steuer_id", "39281704635": "steuer_id",
    "K482917367": "kvnr", "L482019376": "kvnr",
    "2 87 05 92 350 418 66": "nir", "1 93 03 69 123 074 96": "nir", "30 48 271 930 053": "spi_fr",
    "39481726H": "dni", "71650384W": "dni",
    "MRTLCU88E19H501H": "cf_it", "FRRGNN93R61F839H": "cf_it",
    "317428597": "bsn", "520891636": "bsn", "193746207": "bsn",
    "88112304586": "pesel", "03261407939": "pesel",
    "150384-273K": "hetu", "14068849595": "fnr", "03090152326": "fnr",
    "440306199207175383": "cnid", "910822-2045186": "rrn", "38475019210": "tckn",
    "6482917C": "ppsn", "3019475G": "ppsn",
    "529 183 060": "tfn", "274 930 515": "tfn", "2947 18360 1": "medicare_au",
    "ZKP4811": "nhi", "PLQ2855": "nhi", "049-091-850": "ird", "073-184-266": "ird",
    "K482913(1)": "hkid",
    "072386257": "aba", "264185033": "aba",
}

# A cue just before an ID names its scheme; the ID must then be in CHECKED under that scheme.
_CUES = [(re.compile(p, re.IGNORECASE), scheme) for p, scheme in [
    (r"\bNHS\b", "nhs"), (r"aadhaar", "aadhaar"), (r"steuer-id|identifikationsnummer", "steuer_id"),
    (r"KVNR|versichertennr", "kvnr"), (r"\bNIR\b|s[ée]curit[ée] sociale", "nir"), (r"num[ée]ro fiscal", "spi_fr"),
    (r"\b(DNI|NIF)\b", "dni"), (r"\bC\.?F\.?\s", "cf_it"), (r"\bBSN\b", "bsn"), (r"PESEL", "pesel"),
    (r"\bhetu\b", "hetu"), (r"personnummer", "luhn"), (r"TCKN", "tckn"), (r"PPSN", "ppsn"),
    (r"\bTFN\b|tax file number", "tfn"), (r"medicare \{?", "medicare_au"), (r"\bNHI\b", "nhi"),
    (r"\bIRD\b", "ird"), (r"HKID", "hkid"), (r"\bSIN\b", "luhn"), (r"AMKA", "luhn"), (r"身份证", "cnid"),
    (r"주민등록번호", "rrn"), (r"routing", "aba"), (r"\bcard\b|pan=", "luhn"), (r"\bIBAN\b", "iban")]]


# --- tests -----------------------------------------------------------------------------------------------------

def test_markup_is_balanced_and_every_span_round_trips() -> None:
    records = dev12_records()
    assert len(records) == len(RECORDS) >= 160
    for _, marked in RECORDS:
        leftover = _MARK.sub("", marked)
        assert not re.search(r"\{[A-Z]:", leftover), marked  # JSON braces may stay, a broken mark may not
    for record in records:
        text = record.record["text"]
        assert not re.search(r"\{[PAETIBNC]:", text), text
        for path, start, end, kind, value in record.gold:
            assert path == "text" and text[start:end] == value and value.strip() == value, (kind, value)
            if kind == "PERSON":
                assert not _TITLES.match(value), value
                assert not value.endswith(("'s", "\u2019s")), value


def test_styles_are_the_allowed_ones_and_records_are_long() -> None:
    counts = Counter(kind for kind, _ in RECORDS)
    assert set(counts) == _STYLES | {"pii_free"}
    assert all(7 <= counts[style] <= 10 for style in _STYLES), counts
    assert 45 <= counts["pii_free"] <= 55, counts
    lines = [marked.count("\n") + 1 for _, marked in RECORDS]
    assert all(3 <= n <= 16 for n in lines), lines
    assert sum(n >= 5 for n in lines) >= 0.8 * len(lines)


def test_pii_free_records_have_no_gold_and_the_rest_do() -> None:
    for record in dev12_records():
        kinds = {g[3] for g in record.gold} - {"CITY"}
        assert (record.kind == "pii_free") == (not kinds), record.record["text"]
        if record.kind == "pii_free":
            assert not record.gold, record.record["text"]


def test_every_gold_type_is_present() -> None:
    kinds = Counter(g[3] for r in dev12_records() for g in r.gold)
    assert set(kinds) == {"PERSON", "ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "ID", "DATE_OF_BIRTH",
                          "IP_ADDRESS", "CITY"}
    assert kinds["PERSON"] >= 400 and kinds["ADDRESS"] >= 150 and kinds["ID"] >= 100, kinds
    assert kinds["PHONE_NUMBER"] >= 90 and kinds["EMAIL_ADDRESS"] >= 35 and kinds["DATE_OF_BIRTH"] >= 40, kinds
    assert kinds["IP_ADDRESS"] >= 25 and kinds["CITY"] >= 60, kinds


def test_every_occurrence_of_a_marked_value_is_marked() -> None:
    for record in dev12_records():
        text = record.record["text"]
        covered = [(start, end) for _, start, end, _, _ in record.gold]
        for _, _, _, kind, value in record.gold:
            if kind == "CITY" or len(value) < 4:
                continue
            for match in re.finditer(re.escape(value), text):
                assert any(a <= match.start() and match.end() <= b for a, b in covered), (kind, value)


def test_identifiers_carry_valid_check_digits() -> None:
    ids = [g[4] for r in dev12_records() for g in r.gold if g[3] == "ID"]
    for value, scheme in CHECKED.items():
        assert value in ids, value
        assert _SCHEMES[scheme](value), (scheme, value)
    for value in ids:  # anything shaped like an IBAN or a payment card is in the checked table
        compact = re.sub(r"[\s\-\u00a0]", "", value)
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact) or re.fullmatch(r"[2-6]\d{14,15}", compact):
            assert value in CHECKED, value
    assert set(CHECKED.values()) == set(_SCHEMES)


def test_an_id_after_a_scheme_cue_is_checked_under_that_scheme() -> None:
    for record in dev12_records():
        text = record.record["text"]
        for _, start, _, kind, value in record.gold:
            if kind != "ID":
                continue
            previous = [end for _, _, end, _, _ in record.gold if end <= start]
            before = text[max([text.rfind("\n", 0, start) + 1, start - 30, *previous]):start]
            for cue, scheme in _CUES:
                if cue.search(before):
                    assert CHECKED.get(value) == scheme, (before, value, scheme)
                    break


def test_a_wrong_digit_fails_the_checks() -> None:
    for value, scheme in CHECKED.items():
        for position, ch in enumerate(value):
            if not ch.isdigit():
                continue
            if scheme == "medicare_au" and position == len(value) - 1:
                continue  # the issue number after the check digit is not covered by it
            for step in range(1, 10):
                broken = value[:position] + str((int(ch) + step) % 10) + value[position + 1:]
                assert not _SCHEMES[scheme](broken), (scheme, value, broken)


_MONTHS = {m: i for i, m in enumerate(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV",
                                       "DEC"], start=1)}


def _birth(value: str, us: bool) -> datetime.date:
    if match := re.fullmatch(r"(\d{4})[-/](\d{2})[-/](\d{2})", value):
        return datetime.date(int(match[1]), int(match[2]), int(match[3]))
    if match := re.fullmatch(r"(\d{2})[-.]([A-Za-z]{3})[-.](\d{4})|(\d{2})([A-Z]{3})(\d{4})", value):
        day, month, year = (match[1], match[2], match[3]) if match[1] else (match[4], match[5], match[6])
        return datetime.date(int(year), _MONTHS[month.upper()], int(day))
    match = re.fullmatch(r"(\d{2})[./\- ](\d{2})[./\- ](\d{4})", value)
    assert match, value
    first, second, year = int(match[1]), int(match[2]), int(match[3])
    return datetime.date(year, first, second) if us else datetime.date(year, second, first)


_US_RECORDS = ("Form W-4", "Branch note - Chase", "MASSACHUSETTS GENERAL")  # month first in these records


def _births(record) -> list[datetime.date]:
    us = record.record["text"].startswith(_US_RECORDS)
    return [_birth(g[4], us) for g in record.gold if g[3] == "DATE_OF_BIRTH"]


def test_dates_of_birth_are_real_dates() -> None:
    births = [date for record in dev12_records() for date in _births(record)]
    assert len(births) >= 40
    assert all(datetime.date(1900, 1, 1) < date < datetime.date(2024, 1, 1) for date in births), births


def test_ids_that_encode_a_birth_date_match_the_one_beside_them() -> None:
    for record in dev12_records():
        births = set(_births(record))
        for value in (g[4] for g in record.gold if g[3] == "ID"):
            scheme = CHECKED.get(value)
            if scheme == "pesel":
                month = int(value[2:4])
                date = datetime.date(int(value[:2]) + (2000 if month > 20 else 1900), month % 20, int(value[4:6]))
            elif scheme == "cnid":
                date = datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
            elif scheme == "hetu":
                date = datetime.date(1900 + int(value[4:6]), int(value[2:4]), int(value[:2]))
            elif scheme == "cf_it":
                day = int(value[9:11]) % 40
                date = datetime.date(1900 + int(value[6:8]), "ABCDEHLMPRST".index(value[8]) + 1, day)
            else:
                continue
            assert date in births or not births, (value, births)
