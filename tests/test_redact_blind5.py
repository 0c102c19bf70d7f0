"""The blind hand-written gold set benchmarks/redact_blind5.py parses cleanly and its identifiers carry valid check
digits (no model is loaded; the set is never scored here and its records are never printed by a passing run)."""

import re

from benchmarks.redact_blind5 import RECORDS, blind5_records
from tests.gold_checks import digits as _digits
from tests.gold_checks import luhn as _luhn
from tests.gold_checks import weighted as _weighted

_TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Dr|Prof|Herrn?|Frau|Sra?|Shri|Daw|Kuya|Mallam|Ing|Mag|Madame|Mme|M)\.?\s")
_BIRTH_CUE = re.compile(r"dob|birth|born|geb|née|nato", re.IGNORECASE)
_SPACES = re.compile(r"[\s\u00a0\u2009\u200b]")


def _luhn_value(value: str) -> bool:
    return _luhn(_digits(value))


def _se_pnr(value: str) -> bool:  # Swedish personnummer, 10 or 12 digits: Luhn over the last 10
    d = _digits(value)
    return len(d) in (10, 12) and _luhn(d[-10:])


def _iban(value: str) -> bool:
    compact = _SPACES.sub("", value)
    moved = compact[4:] + compact[:4]
    return len(compact) >= 15 and int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def _hetu(value: str) -> bool:  # Finnish henkilötunnus DDMMYYCNNNX
    body, check = value[:6] + value[7:10], value[10]
    return value[6] in "+-A" and "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(body) % 31] == check


def _cpr(value: str) -> bool:  # Danish CPR (modulus 11)
    d = _digits(value)
    return len(d) == 10 and _weighted(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 == 0


def _mod11_digit(digits: str, weights: list[int]) -> int | None:
    check = 11 - _weighted(digits, weights) % 11
    return None if check == 10 else check % 11


def _fnr(value: str) -> bool:  # Norwegian fødselsnummer: two mod-11 check digits
    d = _digits(value)
    k1 = _mod11_digit(d[:9], [3, 7, 6, 1, 8, 9, 4, 5, 2])
    k2 = _mod11_digit(d[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
    return len(d) == 11 and k1 == int(d[9]) and k2 == int(d[10])


def _kennitala(value: str) -> bool:  # Icelandic: 9th digit checks the first 8, 10th is the century
    d = _digits(value)
    return len(d) == 10 and _mod11_digit(d[:8], [3, 2, 7, 6, 5, 4, 3, 2]) == int(d[8]) and d[9] in "890"


def _bsn(value: str) -> bool:  # Dutch BSN (11-test)
    d = _digits(value)
    return len(d) == 9 and (_weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) - int(d[8])) % 11 == 0


def _be_nn(value: str) -> bool:  # Belgian national number, born before or after 2000
    d = _digits(value)
    return len(d) == 11 and int(d[9:]) in (97 - int(d[:9]) % 97, 97 - int("2" + d[:9]) % 97)


def _pesel(value: str) -> bool:
    d = _digits(value)
    return len(d) == 11 and (10 - _weighted(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10 == int(d[10])


def _nif_pt(value: str) -> bool:
    d = _digits(value)
    check = 11 - _weighted(d, list(range(9, 1, -1))) % 11
    return len(d) == 9 and (0 if check >= 10 else check) == int(d[8])


def _dni(value: str) -> bool:  # Spanish DNI and NIE
    number = value[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23] == value[-1]


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23], strict=True))


def _codice_fiscale(value: str) -> bool:
    total = sum(_CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
                for i, ch in enumerate(value[:15]))
    return len(value) == 16 and chr(65 + total % 26) == value[15]


def _nir(value: str) -> bool:  # French social security number: key = 97 - n mod 97
    d = _digits(value)
    return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])


def _nhs(value: str) -> bool:
    d = _digits(value)
    return len(d) == 10 and _mod11_digit(d[:9], list(range(10, 1, -1))) == int(d[9])


def _ppsn(value: str) -> bool:  # Irish PPSN: 7 digits, check letter, optional second letter
    total = _weighted(value[:7], list(range(8, 1, -1))) + (9 * (ord(value[8]) - 64) if len(value) > 8 else 0)
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == value[7]


def _iso7064_11_10(value: str) -> bool:  # German Steuer-ID, Croatian OIB
    d, p = _digits(value), 10
    for ch in d[:-1]:
        p = ((int(ch) + p) % 10 or 10) * 2 % 11
    return len(d) == 11 and (11 - p) % 10 == int(d[-1])


def _kvnr(value: str) -> bool:  # German health insurance number
    digits, total = f"{ord(value[0]) - 64:02d}" + value[1:9], 0
    for i, ch in enumerate(digits):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return total % 10 == int(value[9])


def _baltic(value: str) -> bool:  # Estonian isikukood, Lithuanian asmens kodas
    d = _digits(value)
    check = _weighted(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
    if check == 10:
        check = _weighted(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11 % 10
    return len(d) == 11 and check == int(d[10])


def _jmbg(value: str) -> bool:
    d = [int(c) for c in _digits(value)]
    m = 11 - sum((7 - i) * (d[i] + d[i + 6]) for i in range(6)) % 11
    return len(d) == 13 and m != 10 and (0 if m == 11 else m) == d[12]


def _tc_kimlik(value: str) -> bool:
    d = [int(c) for c in _digits(value)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return len(d) == 11 and d[0] != 0 and d10 == d[9] and sum(d[:10]) % 10 == d[10]


def _sk_birth_number(value: str) -> bool:
    d = _digits(value)
    return len(d) == 10 and int(d) % 11 == 0


def _taj(value: str) -> bool:  # Hungarian social security number
    d = _digits(value)
    return len(d) == 9 and _weighted(d, [3, 7, 3, 7, 3, 7, 3, 7]) % 10 == int(d[8])


def _rrn(value: str) -> bool:  # Korean resident registration number
    d = _digits(value)
    return len(d) == 13 and (11 - _weighted(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11) % 10 == int(d[12])


def _my_number(value: str) -> bool:  # Japanese individual number
    d = _digits(value)
    p = [int(x) for x in reversed(d[:11])]
    remainder = sum(p[n - 1] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12)) % 11
    return len(d) == 12 and (0 if remainder <= 1 else 11 - remainder) == int(d[11])


_VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
               [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
               [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
               [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
               [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
               [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def _aadhaar(value: str) -> bool:  # Verhoeff
    d, c = _digits(value), 0
    for i, ch in enumerate(reversed(d)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return len(d) == 12 and d[0] not in "01" and c == 0


def _tfn(value: str) -> bool:  # Australian tax file number
    d = _digits(value)
    return len(d) == 9 and _weighted(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 == 0


def _medicare(value: str) -> bool:  # Australian Medicare: 9th digit checks the first 8; 10th is the issue number
    d = _digits(value)
    return len(d) == 10 and d[0] in "23456" and _weighted(d, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 == int(d[8])


def _ird(value: str) -> bool:  # New Zealand IRD number
    d = _digits(value).zfill(9)
    remainder = _weighted(d, [3, 2, 7, 6, 5, 4, 3, 2]) % 11
    check = 0 if remainder == 0 else 11 - remainder
    if check == 10:
        remainder = _weighted(d, [7, 4, 3, 2, 5, 2, 7, 6]) % 11
        check = 0 if remainder == 0 else 11 - remainder
    return 10_000_000 < int(d) < 150_000_000 and check == int(d[8])


def _nhi(value: str) -> bool:  # New Zealand National Health Index, AAANNNC
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    values = [alphabet.index(ch) + 1 if ch.isalpha() else int(ch) for ch in value[:6]]
    remainder = sum(v * w for v, w in zip(values, [7, 6, 5, 4, 3, 2], strict=True)) % 11
    return remainder != 0 and (11 - remainder) % 10 == int(value[6])


def _curp(value: str) -> bool:
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    total = sum(alphabet.index(ch) * (18 - i) for i, ch in enumerate(value[:17]))
    return (10 - total % 10) % 10 == int(value[17])


def _vin(value: str) -> bool:
    letters = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
                       strict=True))
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    total = sum((int(c) if c.isdigit() else letters[c]) * w for c, w in zip(value, weights, strict=True)) % 11
    return ("X" if total == 10 else str(total)) == value[8]


_SCHEMES = {"luhn": _luhn_value, "se_pnr": _se_pnr, "iban": _iban, "hetu": _hetu, "cpr": _cpr, "fnr": _fnr,
            "kennitala": _kennitala, "bsn": _bsn, "be_nn": _be_nn, "pesel": _pesel, "nif_pt": _nif_pt, "dni": _dni,
            "codice_fiscale": _codice_fiscale, "nir": _nir, "nhs": _nhs, "ppsn": _ppsn, "iso7064": _iso7064_11_10,
            "kvnr": _kvnr, "baltic": _baltic, "jmbg": _jmbg, "tc_kimlik": _tc_kimlik,
            "sk_birth_number": _sk_birth_number, "taj": _taj, "rrn": _rrn, "my_number": _my_number,
            "aadhaar": _aadhaar, "tfn": _tfn, "medicare": _medicare, "ird": _ird, "nhi": _nhi, "curp": _curp,
            "vin": _vin}

# Every identifier in the set whose scheme has a published check digit, with its scheme.
CHECKED = {
    # payment cards (one with thin spaces between the groups)
    "4546\u20090731\u20098295\u20096276": "luhn", "5324 1890 7265 3107": "luhn", "4917 3820 6154 9388": "luhn",
    "4551 8302 9471 6035": "luhn", "3476 182953 04712": "luhn", "4265 1093 8472 0612": "luhn",
    "2387 4196 0251 7386": "luhn", "3538 1620 4397 5211": "luhn", "4719 3058 2614 2876": "luhn",
    # other Luhn schemes: South African ID, Canadian SIN, Mexican NSS, Swedish personnummer
    "9308270145087": "luhn", "527 419 386": "luhn", "41058610472": "luhn",
    "710924-3183": "se_pnr", "198803162745": "se_pnr", "19880316-2745": "se_pnr",
    # IBANs
    "DE56 1203 0000 1048 7295 63": "iban", "BE51 0635 8271 4936": "iban", "FI06 4405 2010 3386 57": "iban",
    "EE70 4710 1022 0063 8819": "iban", "LT04 7300 0108 9247 3316": "iban", "IT16 K030 6909 6061 0000 0127 843": "iban",
    "PT79 0018 0003 2841 9077 6502 3": "iban", "IS13 0133 2600 4182 0709 8251 37": "iban",
    "GE90 BG00 0000 0641 8207 39": "iban", "EG77 0037 0042 0000 0001 7394 6285 0": "iban",
    "IQ88 RDBA 1540 0027 8136 492": "iban", "TR98 0001 2009 4810 0005 8327 19": "iban",
    "HR37 2402 0061 1507 3926 8": "iban", "BA79 1610 0000 2874 9315": "iban", "SK16 1100 0000 0029 4817 6603": "iban",
    "GB57 LOYD 3094 7261 5830 72": "iban", "DE60 7016 0300 0008 4139 27": "iban", "AT57 3244 7000 0018 5293": "iban",
    "CH15 0483 5047 1829 3600 1": "iban", "ES51 0081 7011 1400 0327 4816": "iban",
    "PL66 1140 2004 0000 3402 7518 6039": "iban", "DK18 3000 3612 0827 54": "iban",
    "AE26 0260 0010 1529 4830 6071": "iban", "NL73 RABO 0318 5504 27": "iban", "FI53 5720 3018 4476 29": "iban",
    # national, tax and health identifiers
    "140683-4626": "hetu", "030704A9187": "hetu", "230579-1833": "cpr", "12048844721": "fnr", "03089521490": "fnr",
    "170992-3779": "kennitala", "316840270": "bsn", "02.03.11-268.76": "be_nn", "85.07.30-147.11": "be_nn",
    "91061843271": "pesel", "247183059": "nif_pt", "184270391": "nif_pt", "Y3819027Y": "dni",
    "LBRMRC79B14F839P": "codice_fiscale", "2 83 06 75 114 062 25": "nir", "486 120 9374": "nhs",
    "612 835 0747": "nhs", "4827163KA": "ppsn", "58392710438": "iso7064", "29473810526": "iso7064",
    "71936502846": "iso7064", "P482719305": "kvnr", "48902275211": "baltic", "37508114410": "baltic",
    "0711986175346": "jmbg", "38471052976": "tc_kimlik", "770305/4183": "sk_birth_number", "048 271 932": "taj",
    "900415-2183740": "rrn", "4823 0917 5624": "my_number", "5287 6134 0923": "aadhaar",
    "7390 4158 2615": "aadhaar", "716 483 027": "tfn", "2741 93868 1": "medicare", "041-827-365": "ird",
    "118-472-934": "ird", "094-728-150": "ird", "LMT7393": "nhi", "VAOM861023HOCLRG07": "curp",
    # vehicle identification numbers
    "WVWZZZ1K48W204617": "vin", "5YJ3E1EA1PF418293": "vin", "1FTFW1E56KFA82741": "vin",
}

# Where the check digit sits (index among the value's digits) when it is not the last digit.
_CHECK_DIGIT = {"kennitala": 8, "medicare": 8}
# The first digit the check covers when it is not the first one (the century of a 12-digit personnummer is not).
_FIRST_COVERED = {"se_pnr": -10}


def test_every_span_round_trips() -> None:
    records = blind5_records()
    assert len(records) == len(RECORDS) >= 180
    assert len({r.kind for r in records}) == 15
    for record in records:
        text = record.record["text"]
        assert "{" not in text and "}" not in text, record.kind
        for path, start, end, kind, value in record.gold:
            assert path == "text" and text[start:end] == value and value.strip() == value, (kind, value)
            if kind == "PERSON":
                assert not _TITLES.match(value), value
            if kind == "DATE_OF_BIRTH":
                assert _BIRTH_CUE.search(text[:start]), value
    assert sum("\n" in r.record["text"] for r in records if r.kind != "pii_free") >= 0.9 * len(records) - 22


def test_pii_free_records_have_no_gold_and_the_rest_do() -> None:
    records = blind5_records()
    assert sum(r.kind == "pii_free" for r in records) >= 20
    for record in records:
        kinds = {g[3] for g in record.gold} - {"CITY"}
        assert (record.kind == "pii_free") == (not kinds), record.kind
        if record.kind == "pii_free":
            assert not record.gold, record.kind


def test_every_gold_type_is_present() -> None:
    kinds = {g[3] for r in blind5_records() for g in r.gold}
    assert kinds == {"PERSON", "ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "ID", "DATE_OF_BIRTH", "IP_ADDRESS",
                     "CITY"}


def test_identifiers_carry_valid_check_digits() -> None:
    ids = [g[4] for r in blind5_records() for g in r.gold if g[3] == "ID"]
    for value, scheme in CHECKED.items():
        assert value in ids, value
        assert _SCHEMES[scheme](value), (scheme, value)
    for value in ids:  # anything shaped like an IBAN or a payment card is in the checked table
        compact = _SPACES.sub("", value).replace("-", "")
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact) or re.fullmatch(r"[2-6]\d{14,15}", compact):
            assert value in CHECKED, value
    assert len(CHECKED) >= 80


def _change_digit(value: str, index: int) -> str:
    positions = [i for i, ch in enumerate(value) if ch.isdigit()]
    at = positions[index]
    return value[:at] + str((int(value[at]) + 1) % 10) + value[at + 1:]


def test_a_wrong_digit_fails_the_checks() -> None:
    for value, scheme in CHECKED.items():
        for index in (_FIRST_COVERED.get(scheme, 0), _CHECK_DIGIT.get(scheme, -1)):
            broken = _change_digit(value, index)
            assert not _SCHEMES[scheme](broken), (scheme, broken)
