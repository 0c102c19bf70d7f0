"""The hand-written development set benchmarks/redact_dev9.py parses cleanly and every identifier whose scheme has
a check digit carries a valid one (no model is loaded; the set is never scored here)."""

import re
from collections import Counter

from benchmarks.redact_dev import _MARK
from benchmarks.redact_dev9 import RECORDS, dev9_records
from tests.gold_checks import digits as _digits
from tests.gold_checks import iban_mod97 as _iban_mod97
from tests.gold_checks import luhn as _luhn
from tests.gold_checks import weighted as _weighted

_TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Nurse|Sister|Matron|Sr|Sra|Mme|Madame|Monsieur|Frau|Herr|Shri|Smt|"
                     r"Pan|Master|Councillor)\.?\s", re.IGNORECASE)

_STYLES = {"support_ticket", "clinical_note", "hr_email", "chat_log", "ops_log", "csv_rows", "postal_block",
           "bank_note", "crm_note", "forum_post", "referral_letter", "payment_update", "tax_form", "meeting_notes"}


# --- check-digit schemes ---------------------------------------------------------------------------------------

def _luhn_value(value: str) -> bool:  # payment cards and South African ID numbers
    return _luhn(_digits(value))


_IBAN_LENGTHS = {"BE": 16, "DE": 22, "ES": 24, "FR": 27, "GB": 22, "IE": 22, "IT": 27, "NL": 18, "PL": 28,
                 "PT": 25, "RO": 24, "SE": 24, "TR": 26}


def _iban(value: str) -> bool:
    compact = value.replace(" ", "")
    return len(compact) == _IBAN_LENGTHS.get(compact[:2], -1) and _iban_mod97(compact)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def _aadhaar(value: str) -> bool:  # Verhoeff over 12 digits, never starting with 0 or 1
    d = _digits(value)
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return len(d) == 12 and d[0] not in "01" and c == 0


def _nhs(value: str) -> bool:  # NHS number and Scottish CHI number, mod 11 with weights 10..2
    d = _digits(value)
    check = 11 - _weighted(d[:9], [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11
    return len(d) == 10 and check != 10 and (0 if check == 11 else check) == int(d[9])


def _nir(value: str) -> bool:  # French NIR: key = 97 - (13 digits mod 97)
    d = _digits(value)
    return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])


def _pesel(value: str) -> bool:
    return len(value) == 11 and value.isdigit() and \
        (10 - _weighted(value[:10], [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10 == int(value[10])


def _tckn(value: str) -> bool:  # Turkish identity number
    d = [int(ch) for ch in value]
    if len(d) != 11 or d[0] == 0:
        return False
    tenth = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return tenth == d[9] and sum(d[:10]) % 10 == d[10]


def _bsn(value: str) -> bool:  # Dutch BSN, the 11-proof
    return len(value) == 9 and value.isdigit() and \
        (_weighted(value[:8], [9, 8, 7, 6, 5, 4, 3, 2]) - int(value[8])) % 11 == 0


def _cpf(value: str) -> bool:
    d = [int(c) for c in _digits(value)]
    if len(d) != 11:
        return False
    for n in (9, 10):
        r = sum(a * b for a, b in zip(d[:n], range(n + 1, 1, -1), strict=True)) * 10 % 11
        if (0 if r == 10 else r) != d[n]:
            return False
    return True


def _dni(value: str) -> bool:  # Spanish DNI / NIF
    match = re.fullmatch(r"(\d{8})([A-Z])", value)
    return bool(match) and "TRWAGMYFPDXBNJZSQVHLCKE"[int(match[1]) % 23] == match[2]


def _cn_id(value: str) -> bool:  # PRC resident identity card, ISO 7064 mod 11-2
    r = _weighted(value[:17], [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11
    return len(value) == 18 and value[:17].isdigit() and "10X98765432"[r] == value[17]


def _tfn(value: str) -> bool:  # Australian tax file number, weights 1 4 3 7 5 8 6 9 10, mod 11
    d = _digits(value)
    return len(d) == 9 and _weighted(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 == 0


_SCHEMES = {"luhn": _luhn_value, "iban": _iban, "aadhaar": _aadhaar, "nhs": _nhs, "nir": _nir, "pesel": _pesel,
            "tckn": _tckn, "bsn": _bsn, "cpf": _cpf, "dni": _dni, "cn_id": _cn_id, "tfn": _tfn}

# Every identifier in the set that has a published check digit, with its scheme.
CHECKED = {
    # payment cards (Luhn)
    "5426 1309 7742 1585": "luhn", "3566 0048 1927 7353": "luhn", "4539 2017 4886 3012": "luhn",
    "4024 0071 9538 4622": "luhn", "5154\u00a00277\u00a06390\u00a01846": "luhn", "3782 910455 62138": "luhn",
    "6011 3982 7450 1628": "luhn", "2221 0495 8837 2611": "luhn", "4917\u00a00833\u00a06129\u00a04572": "luhn",
    # South African ID numbers (Luhn)
    "9307260184080": "luhn", "7709125301084": "luhn", "9402153187082": "luhn", "8503145123084": "luhn",
    "0111186441080": "luhn",
    # IBANs (mod 97 and the length of their country)
    "GB48 LOYD 3096 2251 8047 36": "iban", "DE62 5001 0517 5193 8244 06": "iban",
    "PL11 1020 1026 0000 0920 1847 3556": "iban", "ES10 2100 0418 4502 0073 9162": "iban",
    "TR18 0006 2001 1900 0006 6723 15": "iban", "IT07 X054 2811 1010 0000 7348 291": "iban",
    "FR66 3000 4008 1700 0729 4158 283": "iban", "IE35 BOFI 9011 8427 5639 10": "iban",
    "NL16 INGB 0006 3829 14": "iban", "BE43 7310 0392 6154": "iban", "RO16 BTRL 0130 1205 B716 34XX": "iban",
    "PT25 0035 0651 0000 7182 9346 5": "iban", "SE45 5000 0000 0583 9825 7466": "iban",
    "ES40 0049 1523 7129 1038 4756": "iban",
    # national, tax and health identifiers
    "7392 0418 5620": "aadhaar", "4881 5027 3916": "aadhaar", "6204 7319 9587": "aadhaar",
    "9173 6405 8128": "aadhaar", "3518 4269 0775": "aadhaar", "8550 2913 7465": "aadhaar",
    "485 917 3023": "nhs", "602 748 1935": "nhs", "731 045 8265": "nhs", "943 108 2756": "nhs",
    "820 573 1462": "nhs", "0210414529": "nhs",
    "1 86 12 13 055 214 18": "nir", "88071403180": "pesel", "01240915831": "pesel",
    "38471059210": "tckn", "52739016418": "tckn", "193847255": "bsn", "260719481": "bsn",
    "418.203.957-23": "cpf", "48291736Q": "dni", "71530924G": "dni",
    "440304198706213519": "cn_id", "310105199203144727": "cn_id", "873 025 161": "tfn", "529 174 039": "tfn",
}


# --- tests -----------------------------------------------------------------------------------------------------

def test_markup_is_balanced_and_every_span_round_trips() -> None:
    records = dev9_records()
    assert len(records) == len(RECORDS) >= 150
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
                assert not value.endswith("'s"), value


def test_styles_are_balanced_and_records_multi_line() -> None:
    counts = Counter(kind for kind, _ in RECORDS)
    assert set(counts) == _STYLES | {"pii_free"}
    assert all(8 <= counts[style] <= 12 for style in _STYLES), counts
    assert counts["pii_free"] >= 20
    lines = [marked.count("\n") + 1 for kind, marked in RECORDS if kind != "pii_free"]
    assert all(3 <= line_count <= 12 for line_count in lines)


def test_pii_free_records_have_no_gold_and_the_rest_do() -> None:
    for record in dev9_records():
        kinds = {g[3] for g in record.gold} - {"CITY"}
        assert (record.kind == "pii_free") == (not kinds), record.record["text"]
        if record.kind == "pii_free":
            assert not record.gold, record.record["text"]


def test_every_gold_type_is_present() -> None:
    kinds = Counter(g[3] for r in dev9_records() for g in r.gold)
    assert set(kinds) == {"PERSON", "ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "ID", "DATE_OF_BIRTH",
                          "IP_ADDRESS", "CITY"}
    assert min(kinds.values()) >= 20, kinds
    assert kinds["PERSON"] >= 350 and kinds["ADDRESS"] >= 60 and kinds["ID"] >= 50, kinds
    assert kinds["PHONE_NUMBER"] >= 30 and kinds["EMAIL_ADDRESS"] >= 30 and kinds["CITY"] >= 30, kinds


def test_unicode_oddities_occur() -> None:
    spans = [(g[3], g[4]) for r in dev9_records() for g in r.gold]
    text = "".join(r.record["text"] for r in dev9_records())
    for oddity in ("\u00a0", "\u200b", "\u201c", "\u201d", "\u2018", "\u2019"):
        assert oddity in text, repr(oddity)
    assert any(kind == "PHONE_NUMBER" and "\u00a0" in value for kind, value in spans)
    assert any(kind == "ID" and "\u00a0" in value for kind, value in spans)
    assert any(kind == "EMAIL_ADDRESS" and "\u200b" in value for kind, value in spans)
    assert any(kind == "PERSON" and "\u200b" in value for kind, value in spans)


def test_identifiers_carry_valid_check_digits() -> None:
    ids = [g[4] for r in dev9_records() for g in r.gold if g[3] == "ID"]
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
            broken = value[:position] + str((int(ch) + 1) % 10) + value[position + 1:]
            assert not _SCHEMES[scheme](broken), (scheme, value, broken)


def test_birth_dates_sit_next_to_a_birth_cue() -> None:
    cue = re.compile(r"(DOB|date of birth|born|geb\.|né le|nascido em|Geboortedatum|dob)\W*$", re.IGNORECASE)
    for record in dev9_records():
        text = record.record["text"]
        for _, start, _, kind, value in record.gold:
            if kind == "DATE_OF_BIRTH":
                line_start = text.rfind("\n", 0, start) + 1
                header = text[:text.find("\n")] if "dob" in text[:text.find("\n")].lower() else ""
                assert cue.search(text[line_start:start]) or header, value
