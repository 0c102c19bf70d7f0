"""The hand-written development set benchmarks/redact_dev6.py parses cleanly and every identifier whose scheme has
a check digit carries a valid one (no model is loaded; the set is never scored here)."""

import datetime
import re
from collections import Counter

from benchmarks.redact_dev import _MARK
from benchmarks.redact_dev6 import RECORDS, dev6_records
from tests.gold_checks import digits as _digits
from tests.gold_checks import luhn as _luhn

_TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Dr|Prof|Sr|Sra|Mme|Madame|Monsieur|Frau|Herr|Hr|Fr|Pak|Bli|Mzee|Shri|Smt|"
                     r"dott|Ratu|Adi|д-р)\.?\s", re.IGNORECASE)

_STYLES = {"support_email", "nursing_handover", "gp_letter", "hr_case", "chat_export", "issue_comment",
           "server_log", "spreadsheet", "shipping_label", "kyc_note", "insurance_claim", "school_record",
           "tenancy_note", "call_transcript", "survey_answer", "marketplace_message"}


# --- check-digit schemes ---------------------------------------------------------------------------------------

def _dot(digits: str, weights) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True))


def _luhn_value(value: str) -> bool:  # payment cards, Canadian SIN, Israeli ID, SA ID, Emirates ID, Saudi iqama
    return _luhn(_digits(value))


def _iban(value: str) -> bool:
    compact = value.replace(" ", "")
    if len(compact) != _IBAN_LENGTHS[compact[:2]]:
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


_IBAN_LENGTHS = {"AE": 23, "AZ": 28, "BG": 22, "BR": 29, "BY": 28, "EE": 20, "EG": 29, "ES": 24, "FO": 18,
                 "FR": 27, "GB": 22, "GE": 22, "IE": 22, "IL": 23, "IS": 26, "KZ": 20, "LU": 20, "MG": 27,
                 "MK": 19, "PK": 24, "RS": 22, "SA": 24, "SI": 19, "UA": 29}


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
    even = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 65  # noqa: E731
    total = sum(_CF_ODD[ch] if i % 2 == 0 else even(ch) for i, ch in enumerate(value[:15]))
    return len(value) == 16 and chr(65 + total % 26) == value[15]


def _nir(value: str) -> bool:  # French NIR: key = 97 - (13 digits mod 97); Corsica 2A/2B count as 19/18
    compact = value.replace(" ", "").replace("2A", "19").replace("2B", "18")
    return len(compact) == 15 and compact.isdigit() and 97 - int(compact[:13]) % 97 == int(compact[13:])


def _ppsn(value: str) -> bool:  # Irish PPSN: 7 digits, check letter, optional second letter weighted 9
    match = re.fullmatch(r"(\d{7})([A-W])([A-Z]?)", value)
    if not match:
        return False
    total = _dot(match[1], [8, 7, 6, 5, 4, 3, 2]) + (9 * (ord(match[3]) - 64) if match[3] else 0)
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == match[2]


def _kennitala(value: str) -> bool:  # Icelandic: mod 11 over the first 8 digits; the 10th is the century
    d = _digits(value)
    check = 11 - _dot(d[:8], [3, 2, 7, 6, 5, 4, 3, 2]) % 11
    return len(d) == 10 and check != 10 and (0 if check == 11 else check) == int(d[8]) and d[9] in "890"


def _isikukood(value: str) -> bool:  # Estonian, two-stage mod 11
    if len(value) != 11 or not value.isdigit():
        return False
    r = _dot(value[:10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
    if r == 10:
        r = _dot(value[:10], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11 % 10
    return r == int(value[10])


def _cnp(value: str) -> bool:  # Romanian CNP
    check = _dot(value[:12], [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11
    return len(value) == 13 and (1 if check == 10 else check) == int(value[12])


def _egn(value: str) -> bool:  # Bulgarian EGN
    return len(value) == 10 and _dot(value[:9], [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11 % 10 == int(value[9])


def _rut(value: str) -> bool:  # Chilean RUT, mod 11, K for 10
    body, check = value.replace(".", "").split("-")
    total = sum(int(ch) * [2, 3, 4, 5, 6, 7][i % 6] for i, ch in enumerate(reversed(body)))
    r = 11 - total % 11
    return {11: "0", 10: "K"}.get(r, str(r)) == check


def _cuit(value: str) -> bool:  # Argentine CUIT/CUIL
    d = _digits(value)
    r = 11 - _dot(d[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
    return len(d) == 11 and r != 10 and (0 if r == 11 else r) == int(d[10])


def _nit(value: str) -> bool:  # Colombian NIT, DIAN prime weights from the right
    body, check = value.replace(".", "").split("-")
    weights = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]
    r = sum(int(ch) * w for ch, w in zip(reversed(body), weights, strict=False)) % 11
    return (r if r < 2 else 11 - r) == int(check)


def _nric(value: str) -> bool:  # Singapore NRIC / FIN (S, T, F, G series)
    match = re.fullmatch(r"([STFG])(\d{7})([A-Z])", value)
    if not match:
        return False
    r = (_dot(match[2], [2, 7, 6, 5, 4, 3, 2]) + (4 if match[1] in "TG" else 0)) % 11
    return ("JZIHGFEDCBA" if match[1] in "ST" else "XWUTRQPNMLK")[r] == match[3]


_TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))


def _tw_id(value: str) -> bool:  # Taiwan national ID
    if not re.fullmatch(r"[A-Z][12]\d{8}", value):
        return False
    code = _TW_LETTERS[value[0]]
    return (code // 10 + code % 10 * 9 + _dot(value[1:], [8, 7, 6, 5, 4, 3, 2, 1, 1])) % 10 == 0


def _cn_id(value: str) -> bool:  # PRC resident identity card, ISO 7064 mod 11-2
    r = _dot(value[:17], [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11
    return len(value) == 18 and "10X98765432"[r] == value[17]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def _verhoeff(digits: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def _aadhaar(value: str) -> bool:
    d = _digits(value)
    return len(d) == 12 and d[0] not in "01" and _verhoeff(d)


def _lu_matricule(value: str) -> bool:  # Luxembourg: YYYYMMDD + 3 digits, a Luhn digit, then a Verhoeff digit
    d = _digits(value)
    return len(d) == 13 and _luhn(d[:12]) and _verhoeff(d[:11] + d[12])


def _rnokpp(value: str) -> bool:  # Ukrainian taxpayer number; the first 5 digits count days from 1899-12-31
    d = value
    return len(d) == 10 and _dot(d[:9], [-1, 5, 7, 9, 4, 6, 10, 5, 7]) % 11 % 10 == int(d[9])


def _unzr(value: str) -> bool:  # Ukrainian UNZR YYYYMMDD-NNNNC, weights 7-3-1
    d = _digits(value)
    return len(d) == 13 and sum(int(ch) * (7, 3, 1)[i % 3] for i, ch in enumerate(d[:12])) % 10 == int(d[12])


def _iin(value: str) -> bool:  # Kazakh IIN, two-stage mod 11
    if len(value) != 12:
        return False
    r = _dot(value[:11], range(1, 12)) % 11
    if r == 10:
        r = _dot(value[:11], [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) % 11
    return r != 10 and r == int(value[11])


def _jmbg(value: str) -> bool:  # JMBG / EMŠO / EMBG
    d = [int(ch) for ch in value]
    if len(d) != 13:
        return False
    k = 11 - sum((7 - i) * (d[i] + d[i + 6]) for i in range(6)) % 11
    return (0 if k > 9 else k) == d[12]


def _nhs(value: str) -> bool:
    d = _digits(value)
    check = 11 - _dot(d[:9], [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11
    return len(d) == 10 and check != 10 and (0 if check == 11 else check) == int(d[9])


_NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _nhi(value: str) -> bool:  # New Zealand NHI, old AAANNNC format
    if not re.fullmatch(rf"[{_NHI_LETTERS}]{{3}}\d{{4}}", value):
        return False
    values = [_NHI_LETTERS.index(ch) + 1 for ch in value[:3]] + [int(ch) for ch in value[3:6]]
    r = sum(v * w for v, w in zip(values, [7, 6, 5, 4, 3, 2], strict=True)) % 11
    return r != 0 and (11 - r) % 10 == int(value[6])


def _cpf(value: str) -> bool:
    d = [int(c) for c in _digits(value)]
    for n in (9, 10):
        r = sum(a * b for a, b in zip(d[:n], range(n + 1, 1, -1), strict=True)) * 10 % 11
        if (0 if r == 10 else r) != d[n]:
            return False
    return len(d) == 11


def _hkid(value: str) -> bool:
    match = re.fullmatch(r"([A-Z])(\d{6})\(([0-9A])\)", value)
    if not match:
        return False
    check = (11 - (36 * 9 + (ord(match[1]) - 55) * 8 + _dot(match[2], [7, 6, 5, 4, 3, 2])) % 11) % 11
    return ("A" if check == 10 else str(check)) == match[3]


def _upn(value: str) -> bool:  # English Unique Pupil Number: check letter, then 12 digits weighted 2..13
    return bool(re.fullmatch(r"[A-Z]\d{12}", value)) and \
        "ABCDEFGHJKLMNPQRTUVWXYZ"[_dot(value[1:], range(2, 14)) % 23] == value[0]


def _vin(value: str) -> bool:
    letters = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
                       strict=True))
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    total = sum((int(c) if c.isdigit() else letters[c]) * w for c, w in zip(value, weights, strict=True)) % 11
    return ("X" if total == 10 else str(total)) == value[8]


_SCHEMES = {"luhn": _luhn_value, "iban": _iban, "dni": _dni, "cf_it": _cf, "nir": _nir, "ppsn": _ppsn,
            "kennitala": _kennitala, "isikukood": _isikukood, "cnp": _cnp, "egn": _egn, "rut": _rut, "cuit": _cuit,
            "nit": _nit, "nric": _nric, "tw_id": _tw_id, "cn_id": _cn_id, "aadhaar": _aadhaar,
            "lu_matricule": _lu_matricule, "rnokpp": _rnokpp, "unzr": _unzr, "iin": _iin, "jmbg": _jmbg,
            "nhs": _nhs, "nhi": _nhi, "cpf": _cpf, "hkid": _hkid, "upn": _upn, "vin": _vin}

# Digit positions (counted from the end) a scheme's check does not cover: the kennitala's last digit only names
# the century, and the IIN's first pass weighs its 11th digit by 11, i.e. by 0 mod 11.
_UNCHECKED = {"kennitala": {-1}, "iin": {-2}}

# Every identifier in the set that has a published check digit, with its scheme.
CHECKED = {
    # payment cards (Luhn)
    "4716 2093 8841 0767": "luhn", "5391 0476 2285 1381": "luhn", "3714 582930 17464": "luhn",
    "6011483092751645": "luhn", "6282 5017 3946 2052": "luhn", "3569 1042 7738 5024": "luhn",
    "4485\u00a07730\u00a01296\u00a05834": "luhn", "2221 0384 5517 6296": "luhn", "5204 7391 8260 4419": "luhn",
    "4917836250147387": "luhn",
    # other Luhn numbers: Canadian SIN, SA ID, Israeli ID, Emirates ID, Saudi iqama
    "274 819 309": "luhn", "9009230381081": "luhn", "8401075713083": "luhn", "304827157": "luhn",
    "209173640": "luhn", "784-1988-4729163-4": "luhn", "2482917362": "luhn",
    # IBANs (mod 97 and the length of their country)
    "IS26 0133 2600 4821 1405 8637 49": "iban", "FO35 6460 0001 6318 29": "iban",
    "LU51 0194 6000 7318 2003": "iban", "SI56 0510 0801 2473 998": "iban", "RS35 1605 4200 1038 7291 95": "iban",
    "MK07 2501 2048 3716 213": "iban", "UA08 3052 9900 0002 6204 8739 1520 6": "iban",
    "KZ97 601K ZT04 8291 7365": "iban", "IL56 0108 2600 0000 4827 391": "iban",
    "AE54 0331 0482 7391 6500 201": "iban", "SA92 8000 0000 6080 1048 2913": "iban",
    "EG38 0019 0005 0000 0000 2631 8000 2": "iban", "ES53 2085 0176 3603 0482 9173": "iban",
    "FR76 2004 1010 1204 8291 7303 045": "iban", "BG72 UBBS 8002 1048 2917 36": "iban",
    "GB60 NWBK 6016 2848 2019 37": "iban", "IE31 AIBK 9311 5227 3849 10": "iban",
    "EE57 2200 2210 4829 1736": "iban", "AZ71 NABZ 0000 0000 1370 1000 4827": "iban",
    "GE31 TB70 4829 1736 0040 18": "iban", "BR94 0036 0305 0482 1004 8273 916P 1": "iban",
    "PK64 MEZN 0002 4801 0482 9173": "iban", "MG46 0000 5000 1204 8291 7301 511": "iban",
    "BY20 ALFA 3014 0000 0482 9173 0027": "iban",
    # national, tax, health and school identifiers
    "72483915J": "dni", "35920478K": "dni", "Y4829163M": "dni", "X8371945Z": "dni",
    "PRSTNN83L61F979O": "cf_it", "2 91 04 2A 004 187 20": "nir", "3391826P": "ppsn", "4619273HA": "ppsn",
    "140586-3749": "kennitala", "021192-4579": "kennitala", "48903142743": "isikukood", "2920805124832": "cnp",
    "8802194737": "egn", "9107302044": "egn", "0346115286": "egn",
    "14.382.506-K": "rut", "17.482.913-6": "rut", "12.903.547-1": "rut",
    "23-33481926-4": "cuit", "20-28947315-8": "cuit", "27-35092714-5": "cuit", "1077482913-8": "nit",
    "S7931842F": "nric", "T0412857A": "nric", "G5829173R": "nric", "U221048377": "tw_id", "V129304817": "tw_id",
    "540102198604123029": "cn_id", "540102197903022119": "cn_id", "654002199508211641": "cn_id",
    "5739 2014 8263": "aadhaar", "9318 4726 5032": "aadhaar", "2846 1093 5723": "aadhaar",
    "1983 0722 123 69": "lu_matricule", "3447003825": "rnokpp", "3171814750": "rnokpp",
    "19861103-14752": "unzr", "871030401833": "iin", "930624302766": "iin", "010217604390": "iin",
    "2702990713040": "jmbg", "0311979452182": "jmbg", "1206985505714": "jmbg",
    "392 018 4750": "nhs", "617 304 8299": "nhs", "ZKM4829": "nhi", "TRH3702": "nhi",
    "482.193.756-55": "cpf", "R482917(3)": "hkid", "Y305816(4)": "hkid", "V888210423017": "upn",
    "JN1TANT37U0037164": "vin",
}


# --- tests -----------------------------------------------------------------------------------------------------

def test_markup_is_balanced_and_every_span_round_trips() -> None:
    records = dev6_records()
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


def test_styles_are_balanced_and_records_multi_line() -> None:
    counts = Counter(kind for kind, _ in RECORDS)
    assert set(counts) == _STYLES | {"pii_free"}
    assert all(8 <= counts[style] <= 12 for style in _STYLES), counts
    assert counts["pii_free"] >= 20
    lines = [marked.count("\n") + 1 for kind, marked in RECORDS if kind != "pii_free"]
    assert all(line_count >= 3 for line_count in lines)
    assert sum(3 <= line_count <= 12 for line_count in lines) >= 0.9 * len(lines)


def test_pii_free_records_have_no_gold_and_the_rest_do() -> None:
    for record in dev6_records():
        kinds = {g[3] for g in record.gold} - {"CITY"}
        assert (record.kind == "pii_free") == (not kinds), record.record["text"]
        if record.kind == "pii_free":
            assert not record.gold, record.record["text"]


def test_every_gold_type_is_present() -> None:
    kinds = Counter(g[3] for r in dev6_records() for g in r.gold)
    assert set(kinds) == {"PERSON", "ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "ID", "DATE_OF_BIRTH",
                          "IP_ADDRESS", "CITY"}
    assert min(kinds.values()) >= 20, kinds


def test_unicode_oddities_occur() -> None:
    text = "".join(r.record["text"] for r in dev6_records())
    for oddity in ("\u00a0", "\u2009", "\u200b", "＠", "\u201c", "\u201e", "Ã"):
        assert oddity in text, repr(oddity)


def test_identifiers_carry_valid_check_digits() -> None:
    ids = [g[4] for r in dev6_records() for g in r.gold if g[3] == "ID"]
    for value, scheme in CHECKED.items():
        assert value in ids, value
        assert _SCHEMES[scheme](value), (scheme, value)
    for value in ids:  # anything shaped like an IBAN or a payment card is in the checked table
        compact = re.sub(r"[\s\-\u00a0]", "", value)
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact) or re.fullmatch(r"[2-6]\d{14,15}", compact):
            assert value in CHECKED, value
    assert len(set(CHECKED.values())) == len(_SCHEMES)


def test_a_wrong_digit_fails_the_checks() -> None:
    for value, scheme in CHECKED.items():
        positions = [i for i, ch in enumerate(value) if ch.isdigit()]
        skipped = {positions[p] for p in _UNCHECKED.get(scheme, ())}
        for position in positions:
            if position in skipped:
                continue
            broken = value[:position] + str((int(value[position]) + 1) % 10) + value[position + 1:]
            assert not _SCHEMES[scheme](broken), (scheme, value, broken)


def test_the_rnokpp_encodes_the_date_of_birth() -> None:
    born = {"3447003825": datetime.date(1994, 5, 17), "3171814750": datetime.date(1986, 11, 3)}
    for value, date in born.items():
        assert datetime.date(1899, 12, 31) + datetime.timedelta(days=int(value[:5])) == date
