"""The blind gold set benchmarks/redact_blind19.py parses cleanly, its styles are balanced, and every identifier whose
scheme has a check digit carries a valid one (no model is loaded; the set is never scored here)."""

import datetime
import re
from collections import Counter

from benchmarks.redact_blind19 import RECORDS, blind19_records
from benchmarks.redact_dev import _MARK
from tests.gold_checks import digits as _digits
from tests.gold_checks import iban_mod97 as _iban_mod97
from tests.gold_checks import luhn as _luhn
from tests.gold_checks import weighted as _weighted

_TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra|Herr|Frau|Mme|Pani|Pan|Khun|Pak|Ratu|Shri|drs|lek)\.?\s",
                     re.IGNORECASE)

_STYLES = {"support_ticket", "clinical_note", "hr_mail", "chat_log", "ops_log", "csv_rows", "postal_block",
           "bank_note", "crm_note", "forum_post", "referral_letter", "payment_update", "tax_form"}


# --- check-digit schemes (written for this test, independent of pipeline/) -----------------------------------

def _luhn_digits(value: str) -> bool:  # payment cards, SIN, Emirates ID, Ontario health number (its 10 digits)
    return _luhn(_digits(value))


def _sa_id(value: str) -> bool:  # South African ID: 13 digits, YYMMDD, Luhn
    return bool(re.fullmatch(r"\d{13}", value)) and _luhn(value)


_IBAN_LENGTHS = {"AT": 20, "BE": 16, "DE": 22, "DK": 18, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "IE": 22, "IT": 27,
                 "NL": 18, "PL": 28, "PT": 25, "SA": 24, "SE": 24, "TR": 26}


def _iban(value: str) -> bool:
    compact = value.replace(" ", "")
    return len(compact) == _IBAN_LENGTHS.get(compact[:2], -1) and _iban_mod97(compact)


def _mod11_check(body: str, weights: list[int]) -> int:  # 11 - weighted sum mod 11, 11 -> 0, 10 -> invalid (-1)
    check = 11 - _weighted(body, weights) % 11
    return 0 if check == 11 else (-1 if check == 10 else check)


def _nhs(value: str) -> bool:
    d = _digits(value)
    return len(d) == 10 and _mod11_check(d[:9], list(range(10, 1, -1))) == int(d[9])


_VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
               [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
               [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
               [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
               [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
               [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def _aadhaar(value: str) -> bool:
    d = _digits(value)
    state = 0
    for i, ch in enumerate(reversed(d)):
        state = _VERHOEFF_D[state][_VERHOEFF_P[i % 8][int(ch)]]
    return len(d) == 12 and d[0] not in "01" and state == 0


def _bsn(value: str) -> bool:
    return bool(re.fullmatch(r"\d{9}", value)) and _weighted(value, [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 == 0


def _pesel(value: str) -> bool:
    if not re.fullmatch(r"\d{11}", value):
        return False
    return (10 - _weighted(value, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10 == int(value[10])


def _nip(value: str) -> bool:  # Polish tax number, weights 6-5-7-2-3-4-5-6-7 mod 11
    d = _digits(value)
    return len(d) == 10 and _weighted(d, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 == int(d[9])


def _personnummer(value: str) -> bool:
    return bool(re.fullmatch(r"\d{6}[-+]\d{4}", value)) and _luhn(_digits(value))


def _hetu(value: str) -> bool:
    match = re.fullmatch(r"(\d{6})[-+A](\d{3})([0-9A-Y])", value)
    return bool(match) and "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(match[1] + match[2]) % 31] == match[3]


def _fnr(value: str) -> bool:
    if not re.fullmatch(r"\d{11}", value):
        return False
    k1 = _mod11_check(value[:9], [3, 7, 6, 1, 8, 9, 4, 5, 2])
    k2 = _mod11_check(value[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
    return k1 == int(value[9]) and k2 == int(value[10])


def _cpr(value: str) -> bool:  # Danish CPR, the classic mod 11 test
    d = _digits(value)
    return len(d) == 10 and _weighted(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 == 0


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _dni(value: str) -> bool:
    match = re.fullmatch(r"(\d{8})([A-Z])", value)
    return bool(match) and _DNI_LETTERS[int(match[1]) % 23] == match[2]


def _nie(value: str) -> bool:
    match = re.fullmatch(r"([XYZ])(\d{7})([A-Z])", value)
    return bool(match) and _DNI_LETTERS[int(str("XYZ".index(match[1])) + match[2]) % 23] == match[3]


def _cpf(value: str) -> bool:
    d = [int(c) for c in _digits(value)]
    if len(d) != 11:
        return False
    for n in (9, 10):
        rest = sum(a * b for a, b in zip(d[:n], range(n + 1, 1, -1), strict=True)) * 10 % 11
        if rest % 10 != d[n]:
            return False
    return True


def _nir(value: str) -> bool:
    compact = value.replace(" ", "")
    return bool(re.fullmatch(r"[12]\d{14}", compact)) and 97 - int(compact[:13]) % 97 == int(compact[13:])


def _fr_nif(value: str) -> bool:  # French numéro fiscal: the last three digits are the first ten mod 511
    compact = value.replace(" ", "")
    return bool(re.fullmatch(r"[0-3]\d{12}", compact)) and int(compact[:10]) % 511 == int(compact[10:])


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23], strict=True))


def _cf_it(value: str) -> bool:
    if not re.fullmatch(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", value):
        return False
    total = sum(_CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
                for i, ch in enumerate(value[:15]))
    return chr(65 + total % 26) == value[15]


def _be_nn(value: str) -> bool:  # Belgian national number: 97 - (first nine mod 97), "2" prefixed after 1999
    d = _digits(value)
    century = "2" if int(d[:2]) <= 24 else ""  # nobody in this set was born before 1925
    return len(d) == 11 and int(d[9:]) == 97 - int(century + d[:9]) % 97


def _pt_nif(value: str) -> bool:
    if not re.fullmatch(r"[1-9]\d{8}", value):
        return False
    rest = _weighted(value[:8], [9, 8, 7, 6, 5, 4, 3, 2]) % 11
    return (0 if rest < 2 else 11 - rest) == int(value[8])


def _steuer_id(value: str) -> bool:
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


def _tckn(value: str) -> bool:  # Turkish T.C. Kimlik No
    if not re.fullmatch(r"[1-9]\d{10}", value):
        return False
    d = [int(c) for c in value]
    tenth = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return tenth == d[9] and sum(d[:10]) % 10 == d[10]


def _rut(value: str) -> bool:  # Chilean RUT, mod 11 with weights 2..7 from the right, K for 10
    match = re.fullmatch(r"([\d.]+)-([\dK])", value)
    if not match:
        return False
    body = match[1].replace(".", "")
    total = sum(int(c) * w for c, w in zip(reversed(body), [2, 3, 4, 5, 6, 7] * 3, strict=False))
    return {11: "0", 10: "K"}.get(11 - total % 11, str(11 - total % 11)) == match[2]


def _cn_rid(value: str) -> bool:  # Chinese resident ID, ISO 7064 mod 11-2
    if not re.fullmatch(r"\d{17}[\dX]", value):
        return False
    total = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(value[:17]))
    return "10X98765432"[total % 11] == value[17]


def _nric(value: str) -> bool:  # Singapore NRIC/FIN
    if not re.fullmatch(r"[STFG]\d{7}[A-Z]", value):
        return False
    total = _weighted(value[1:8], [2, 7, 6, 5, 4, 3, 2]) + (4 if value[0] in "TG" else 0)
    return ("JZIHGFEDCBA" if value[0] in "ST" else "XWUTRQPNMLK")[total % 11] == value[8]


def _my_number(value: str) -> bool:  # Japanese individual number, weights n+1 / n-5 from the right
    if not re.fullmatch(r"\d{12}", value):
        return False
    total = sum(int(ch) * (n + 1 if n <= 6 else n - 5) for n, ch in enumerate(reversed(value[:11]), start=1))
    rest = total % 11
    return (0 if rest <= 1 else 11 - rest) == int(value[11])


def _aba(value: str) -> bool:
    return bool(re.fullmatch(r"\d{9}", value)) and _weighted(value, [3, 7, 1] * 3) % 10 == 0


def _tfn(value: str) -> bool:  # Australian tax file number
    d = _digits(value)
    return len(d) == 9 and _weighted(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 == 0


def _medicare(value: str) -> bool:  # Australian Medicare: 8 digits, check digit, issue number (not checked)
    d = _digits(value)
    return len(d) == 10 and d[0] in "23456" and _weighted(d[:8], [1, 3, 7, 9, 1, 3, 7, 9]) % 10 == int(d[8])


def _sv_at(value: str) -> bool:  # Austrian social-insurance number: serial, check digit, DDMMYY
    d = _digits(value)
    return len(d) == 10 and d[0] != "0" and _weighted(d, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11 == int(d[3])


_NHI_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _nhi(value: str) -> bool:  # New Zealand NHI, old format AAANNNC
    if not re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", value):
        return False
    numbers = [_NHI_ALPHABET.index(ch) + 1 for ch in value[:3]] + [int(ch) for ch in value[3:6]]
    rest = sum(a * b for a, b in zip(numbers, [7, 6, 5, 4, 3, 2], strict=True)) % 11
    return rest not in (0, 1) and 11 - rest == int(value[6])


def _utr(value: str) -> bool:  # UK unique taxpayer reference: the first digit checks the other nine
    return bool(re.fullmatch(r"\d{10}", value)) and \
        "21987654321"[_weighted(value[1:], [6, 7, 8, 9, 10, 5, 4, 3, 2]) % 11] == value[0]


_CURP_VALUES = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def _curp(value: str) -> bool:  # Mexican CURP: weighted sum of 17 characters, weights 18..2, mod 10
    if not re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d", value):
        return False
    total = sum(_CURP_VALUES.index(ch) * (18 - i) for i, ch in enumerate(value[:17]))
    return (10 - total % 10) % 10 == int(value[17])


_SCHEMES = {"card": _luhn_digits, "sin": _luhn_digits, "emirates_id": _luhn_digits, "ohip": _luhn_digits,
            "sa_id": _sa_id, "iban": _iban, "nhs": _nhs, "aadhaar": _aadhaar, "bsn": _bsn, "pesel": _pesel,
            "nip": _nip, "personnummer": _personnummer, "hetu": _hetu, "fnr": _fnr, "cpr": _cpr, "dni": _dni,
            "nie": _nie, "cpf": _cpf, "nir": _nir, "fr_nif": _fr_nif, "cf_it": _cf_it, "be_nn": _be_nn,
            "pt_nif": _pt_nif, "steuer_id": _steuer_id, "tckn": _tckn, "rut": _rut, "cn_rid": _cn_rid,
            "nric": _nric, "my_number": _my_number, "aba": _aba, "tfn": _tfn, "medicare": _medicare,
            "sv_at": _sv_at, "nhi": _nhi, "utr": _utr, "curp": _curp}

# Every identifier in the set whose scheme has a published check digit, with its scheme.
CHECKED = {
    # payment cards (Luhn)
    "5273 7208 2338 8030": "card", "4149 1980 2351 2102": "card", "4242 3010 8125 8198": "card",
    "4514 4462 8979 2174": "card", "4151 6939 2194 7967": "card", "5111 0902 8728 9371": "card",
    "3782 334693 74301": "card", "6011 8876 1924 5768": "card", "5388 9973 5350 1602": "card",
    # other Luhn-checked numbers
    "253 168 538": "sin", "783 526 288": "sin",
    "784-1985-8197369-4": "emirates_id", "784-1992-9356327-8": "emirates_id",
    "4417-290-188-KT": "ohip",
    "8908110411085": "sa_id", "7603026608087": "sa_id",
    # IBANs (mod 97 and the length of their country)
    "DE81 0299 2401 1212 0170 76": "iban", "GB57 NWBK 9757 0491 4632 40": "iban",
    "NL97 ABNA 6900 7476 91": "iban", "SE96 3549 6974 7352 0028 1614": "iban",
    "TR93 3926 0147 8291 0677 9712 86": "iban", "FR51 6312 9283 2685 2242 4368 865": "iban",
    "IE06 BOFI 3986 4576 5177 10": "iban", "PL91 3131 9893 2756 1663 0528 4741": "iban",
    "SA62 8516 8658 9373 5852 8763": "iban", "PT64 4512 5623 2609 6728 7452 7": "iban",
    "ES13 4407 6122 1227 8926 4122": "iban", "IT53 D318 5574 9076 4230 7140 473": "iban",
    "FI04 6320 2078 3764 94": "iban", "BE49 7283 7952 7414": "iban", "AT90 9800 1991 0151 1794": "iban",
    "DK04 6986 7555 5663 49": "iban",
    # national, tax, health and bank identifiers
    "431 218 9005": "nhs", "510 954 9419": "nhs", "589 809 0541": "nhs", "794 402 1766": "nhs",
    "6298 5044 2357": "aadhaar", "9377 8953 1702": "aadhaar",
    "223510580": "bsn", "889426521": "bsn", "637513800": "bsn", "518034380": "bsn",
    "84031764904": "pesel", "69072949570": "pesel", "01310215733": "pesel",
    "566-593-63-30": "nip",
    "780523-9410": "personnummer", "911204-5332": "personnummer", "650830-7458": "personnummer",
    "140287-4686": "hetu", "090603A377K": "hetu",
    "21107544175": "fnr", "06049345958": "fnr",
    "280182-2862": "cpr",
    "69461269G": "dni", "84444402V": "dni", "03936463J": "dni",
    "X4910632V": "nie",
    "322.002.387-89": "cpf", "344.898.530-92": "cpf", "453.331.478-33": "cpf", "940.631.165-81": "cpf",
    "2 79 04 69 516 710 59": "nir", "1 90 11 33 479 567 64": "nir",
    "22 94 364 837 387": "fr_nif",
    "RSSGLI88P52L219E": "cf_it", "CPPMRC72B03F839P": "cf_it",
    "86.07.19-868.29": "be_nn", "02.03.25-053.65": "be_nn",
    "296654256": "pt_nif", "247174297": "pt_nif", "147411661": "pt_nif",
    "71250698660": "steuer_id", "44270938544": "steuer_id", "16043158928": "steuer_id",
    "24257448422": "tckn", "38504515270": "tckn", "36944152734": "tckn",
    "19.060.204-4": "rut", "25.845.904-0": "rut",
    "440106199006181540": "cn_rid", "510104198312072378": "cn_rid",
    "S8898624E": "nric",
    "710282251237": "my_number",
    "121066541": "aba", "322272299": "aba", "071028707": "aba",
    "372 029 601": "tfn", "441 278 840": "tfn",
    "2953 41877 1": "medicare",
    "4170 010461": "sv_at",
    "XFU5186": "nhi", "XCR5607": "nhi",
    "8030485969": "utr",
    "HEGG850917MNLRRD07": "curp",
}

# Digits a scheme does not cover: the Medicare issue number; a CURP's weighted sum mod 10 cannot see every change
# (weights 10 and 5), so it is checked for validity only.
_UNCOVERED = {"medicare": {11}}
_WEAK_SCHEMES = {"curp"}


# --- tests -----------------------------------------------------------------------------------------------------

def test_markup_is_well_formed_and_every_span_round_trips() -> None:
    records = blind19_records()
    assert 240 <= len(records) == len(RECORDS) <= 260
    for _, marked in RECORDS:
        leftover = _MARK.sub("", marked)
        assert not re.search(r"\{[A-Z]:", leftover), marked  # no broken or unknown mark
        assert leftover.count("{") == leftover.count("}"), marked  # only JSON braces and placeholders are left
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
    assert all(16 <= counts[style] <= 20 for style in _STYLES), counts
    assert 15 <= counts["pii_free"] <= 25, counts
    assert all(2 <= marked.count("\n") + 1 <= 8 for _, marked in RECORDS)


def test_pii_free_records_have_no_gold_and_the_rest_do() -> None:
    for record in blind19_records():
        kinds = {g[3] for g in record.gold} - {"CITY"}
        assert (record.kind == "pii_free") == (not kinds), record.record["text"]
        if record.kind == "pii_free":
            assert not record.gold, record.record["text"]


def test_every_gold_type_is_present() -> None:
    kinds = Counter(g[3] for r in blind19_records() for g in r.gold)
    assert set(kinds) == {"PERSON", "ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "ID", "DATE_OF_BIRTH",
                          "IP_ADDRESS", "CITY"}
    assert kinds["PERSON"] >= 500 and kinds["ADDRESS"] >= 150 and kinds["ID"] >= 120, kinds
    assert min(kinds.values()) >= 30, kinds


def test_every_occurrence_of_a_marked_value_is_marked() -> None:
    for record in blind19_records():
        text = record.record["text"]
        spans = [(start, end) for _, start, end, _, _ in record.gold]
        for _, _, _, kind, value in record.gold:
            if kind == "PERSON" and len(value) < 4:
                continue
            for match in re.finditer(re.escape(value), text):
                bounded = not (match.start() > 0 and text[match.start() - 1].isalnum()) and \
                    not (match.end() < len(text) and text[match.end()].isalnum())
                if bounded:
                    assert any(s <= match.start() and match.end() <= e for s, e in spans), (kind, value, text)


def test_identifiers_carry_valid_check_digits() -> None:
    ids = [g[4] for r in blind19_records() for g in r.gold if g[3] == "ID"]
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
        if scheme in _WEAK_SCHEMES:
            continue
        for position, ch in enumerate(value):
            if not ch.isdigit() or position in _UNCOVERED.get(scheme, set()):
                continue
            for step in range(1, 10):
                broken = value[:position] + str((int(ch) + step) % 10) + value[position + 1:]
                assert not _SCHEMES[scheme](broken), (scheme, value, broken)


_MONTHS = {name: number for number, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")], start=1) for name in names}


def _birth(value: str) -> datetime.date:
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        return datetime.date(int(match[1]), int(match[2]), int(match[3]))
    if match := re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", value):  # day first everywhere in this set
        return datetime.date(int(match[3]), int(match[2]), int(match[1]))
    if match := re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", value):
        return datetime.date(int(match[1]), int(match[2]), int(match[3]))
    if match := re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", value):
        return datetime.date(int(match[3]), _MONTHS[match[1].lower()], int(match[2]))
    match = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", value)
    assert match, value
    return datetime.date(int(match[3]), _MONTHS[match[2].lower()], int(match[1]))


def test_dates_of_birth_are_real_past_dates() -> None:
    births = [g[4] for r in blind19_records() for g in r.gold if g[3] == "DATE_OF_BIRTH"]
    assert len(births) >= 40
    for value in births:
        assert datetime.date(1900, 1, 1) < _birth(value) < datetime.date(2024, 6, 1), value


def _encoded_birth(value: str, scheme: str) -> tuple[int | None, int, int | None] | None:
    """(year or two-digit year, month, day or None) that an identifier encodes, or None."""
    d = _digits(value)
    if scheme == "pesel":
        month = int(d[2:4])
        return int(d[:2]) + (2000 if month > 20 else 1900), month % 20, int(d[4:6])
    if scheme == "hetu":
        return {"-": 1900, "A": 2000}[value[6]] + int(value[4:6]), int(value[2:4]), int(value[:2])
    if scheme in ("fnr", "cpr"):
        return int(d[4:6]) % 100, int(d[2:4]), int(d[:2])
    if scheme in ("personnummer", "be_nn", "sa_id"):
        return int(d[:2]), int(d[2:4]), int(d[4:6])
    if scheme == "sv_at":
        return int(d[8:10]), int(d[6:8]), int(d[4:6])
    if scheme == "cn_rid":
        return int(d[6:10]), int(d[10:12]), int(d[12:14])
    if scheme == "nir":
        return int(d[1:3]), int(d[3:5]), None
    if scheme == "cf_it":
        return int(value[6:8]), "ABCDEHLMPRST".index(value[8]) + 1, int(value[9:11]) % 40
    if scheme == "curp":
        return int(value[4:6]), int(value[6:8]), int(value[8:10])
    return None


def test_ids_that_encode_a_birth_date_match_the_one_beside_them() -> None:
    matched = 0
    for record in blind19_records():
        births = [_birth(g[4]) for g in record.gold if g[3] == "DATE_OF_BIRTH"]
        for value in (g[4] for g in record.gold if g[3] == "ID"):
            scheme = CHECKED.get(value)
            encoded = _encoded_birth(value, scheme) if scheme else None
            if encoded is None or not births:
                continue
            year, month, day = encoded
            assert any((b.year == year or b.year % 100 == year) and b.month == month and day in (None, b.day)
                       for b in births), (value, births)
            matched += 1
    assert matched >= 12, matched
