"""The blind hand-written gold set benchmarks/redact_dev3.py parses cleanly and its identifiers carry valid check
digits (no model is loaded; the set is never scored here)."""

import re

from benchmarks.redact_dev3 import RECORDS, dev3_records
from tests.gold_checks import digits as _digits
from tests.gold_checks import iban_mod97 as _iban
from tests.gold_checks import luhn as _luhn
from tests.gold_checks import weighted as _weighted

_TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Khun|Herrn?|Sr|Shri|Fr|Maître|Ratu|Ko|Daw|Uncle)\.?\s",
                     re.IGNORECASE)


def _baltic(value: str) -> bool:  # Lithuanian asmens kodas / Estonian isikukood
    d = _digits(value)
    check = _weighted(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
    if check == 10:
        check = _weighted(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11 % 10
    return len(d) == 11 and check == int(d[10])


def _iso7064_11_10(value: str) -> bool:  # Croatian OIB, German Steuer-ID
    d, p = _digits(value), 10
    for ch in d[:-1]:
        p = ((int(ch) + p) % 10 or 10) * 2 % 11
    return (11 - p) % 10 == int(d[-1])


def _rnokpp(value: str) -> bool:
    d = _digits(value)
    return len(d) == 10 and _weighted(d, [-1, 5, 7, 9, 4, 6, 10, 5, 7]) % 11 % 10 == int(d[9])


def _rut(value: str) -> bool:
    body, dv = value.replace(".", "").split("-")
    total = sum(int(ch) * (2 + i % 6) for i, ch in enumerate(reversed(body)))
    return {11: "0", 10: "K"}.get(11 - total % 11, str(11 - total % 11)) == dv


def _jmbg(value: str) -> bool:
    d = [int(c) for c in value]
    m = 11 - sum((7 - i) * (d[i] + d[i + 6]) for i in range(6)) % 11
    return (0 if m == 11 else m) == d[12]


def _dni(value: str) -> bool:
    number = value[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23] == value[-1]


def _sk_birth_number(value: str) -> bool:
    d = _digits(value)
    return len(d) == 10 and int(d) % 11 == 0


def _npi(value: str) -> bool:
    return _luhn("80840" + _digits(value))


def _dea(value: str) -> bool:
    d = [int(c) for c in value[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def _kvnr(value: str) -> bool:
    digits, total = f"{ord(value[0]) - 64:02d}" + value[1:9], 0
    for i, ch in enumerate(digits):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return total % 10 == int(value[9])


def _cn_id(value: str) -> bool:
    total = _weighted(value[:17], [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])
    return "10X98765432"[total % 11] == value[17]


def _nric(value: str) -> bool:
    total = _weighted(value[1:8], [2, 7, 6, 5, 4, 3, 2]) + (4 if value[0] in "TG" else 0)
    return "JZIHGFEDCBA"[total % 11] == value[8]


def _kz_iin(value: str) -> bool:
    d = _digits(value)
    check = _weighted(d, list(range(1, 12))) % 11
    if check == 10:
        check = _weighted(d, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) % 11
    return check == int(d[11])


def _cnp(value: str) -> bool:
    check = _weighted(value, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11
    return (1 if check == 10 else check) == int(value[12])


def _curp(value: str) -> bool:
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    total = sum(alphabet.index(ch) * (18 - i) for i, ch in enumerate(value[:17]))
    return (10 - total % 10) % 10 == int(value[17])


def _egn(value: str) -> bool:
    check = _weighted(value, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11
    return (0 if check == 10 else check) == int(value[9])


def _tfn(value: str) -> bool:
    return _weighted(_digits(value), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 == 0


def _taiwan_id(value: str) -> bool:
    code = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))[value[0]]
    total = code // 10 + code % 10 * 9 + _weighted(value[1:], [8, 7, 6, 5, 4, 3, 2, 1, 1])
    return total % 10 == 0


def _thai_id(value: str) -> bool:
    d = _digits(value)
    return (11 - _weighted(d, list(range(13, 1, -1))) % 11) % 10 == int(d[12])


def _ean13(value: str) -> bool:  # Swiss AHV number
    d = _digits(value)
    return sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d)) % 10 == 0


def _vin(value: str) -> bool:
    letters = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
                       strict=True))
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    total = sum((int(c) if c.isdigit() else letters[c]) * w for c, w in zip(value, weights, strict=True)) % 11
    return ("X" if total == 10 else str(total)) == value[8]


def _luhn_value(value: str) -> bool:
    return _luhn(_digits(value))


_SCHEMES = {"luhn": _luhn_value, "npi": _npi, "iban": _iban, "baltic": _baltic, "iso7064": _iso7064_11_10,
            "rnokpp": _rnokpp, "rut": _rut, "jmbg": _jmbg, "dni": _dni, "sk_birth_number": _sk_birth_number,
            "dea": _dea, "kvnr": _kvnr, "cn_id": _cn_id, "nric": _nric, "kz_iin": _kz_iin, "cnp": _cnp,
            "curp": _curp, "egn": _egn, "tfn": _tfn, "taiwan_id": _taiwan_id, "thai_id": _thai_id,
            "ahv": _ean13, "vin": _vin}

# Every identifier in the set that has a published check digit, with its scheme.
CHECKED = {
    "1HGCV1F35MA018372": "vin", "352987110482736": "luhn", "48704120527": "baltic",
    "LT63 7300 0101 4482 9137": "iban", "756.3819.4720.53": "ahv", "8706125134084": "luhn",
    "EG03 0003 0417 0000 0482 7193 0655 1": "iban", "61105080277": "baltic", "3646503860": "rnokpp",
    "17.384.926-5": "rut", "1703985710036": "jmbg", "82641930576": "iso7064",
    "MT06 VALL 2201 3000 0000 4002 8731 594": "iban", "47382916H": "dni", "880714/1035": "sk_birth_number",
    "1847392010": "npi", "BM4829137": "dea", "T482910373": "kvnr", "51010719610921318X": "cn_id",
    "S7634512J": "nric", "4539172048619372": "luhn", "374418205791637": "luhn", "910314301273": "kz_iin",
    "HR02 2484 0083 2160 4772 9": "iban", "36027194V": "dni", "5428103762948177": "luhn",
    "1840723400615": "cnp", "AT85 2011 1827 3449 0516": "iban", "HEOG670314MDFRLR07": "curp",
    "784-1987-5830916-9": "luhn", "7903244686": "egn", "539 182 741": "luhn", "47382917545": "iso7064",
    "PK12 HABB 0017 4200 3881 6205": "iban", "4916382074155265": "luhn", "482 917 367": "tfn",
    "LU20 0019 4172 0658 3300": "iban", "F228391048": "taiwan_id", "2850317401239": "cnp",
    "310115199402276143": "cn_id", "5274190366820147": "luhn", "GE12 BG00 0000 0738 2041 56": "iban",
    "1-1037-00218-34-3": "thai_id",
}


def test_every_span_round_trips() -> None:
    records = dev3_records()
    assert len(records) == len(RECORDS) >= 150
    assert len({r.kind for r in records}) >= 17
    for record in records:
        text = record.record["text"]
        assert "{" not in text.replace('{"', "") or record.kind == "json_log", text
        for path, start, end, kind, value in record.gold:
            assert path == "text" and text[start:end] == value and value.strip() == value, (kind, value)
            if kind == "PERSON":
                assert not _TITLES.match(value), value


def test_pii_free_records_have_no_gold_and_the_rest_do() -> None:
    records = dev3_records()
    assert sum(r.kind == "pii_free" for r in records) >= 20
    for record in records:
        kinds = {g[3] for g in record.gold} - {"CITY"}
        assert (record.kind == "pii_free") == (not kinds), record.record["text"]


def test_every_gold_type_is_present() -> None:
    kinds = {g[3] for r in dev3_records() for g in r.gold}
    assert kinds == {"PERSON", "ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "ID", "DATE_OF_BIRTH", "IP_ADDRESS",
                     "CITY"}


def test_identifiers_carry_valid_check_digits() -> None:
    ids = [g[4] for r in dev3_records() for g in r.gold if g[3] == "ID"]
    for value, scheme in CHECKED.items():
        assert value in ids, value
        assert _SCHEMES[scheme](value), (scheme, value)
    for value in ids:  # anything shaped like an IBAN or a payment card is in the checked table
        compact = value.replace(" ", "").replace("-", "")
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact) or re.fullmatch(r"[2-6]\d{14,15}", compact):
            assert value in CHECKED, value
    assert len(CHECKED) >= 40


def test_a_wrong_digit_fails_the_checks() -> None:
    for value, scheme in CHECKED.items():
        position = max(i for i, ch in enumerate(value) if ch.isdigit())
        broken = value[:position] + str((int(value[position]) + 1) % 10) + value[position + 1:]
        assert not _SCHEMES[scheme](broken), (scheme, broken)
