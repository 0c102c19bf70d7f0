"""The hand-written development set benchmarks/redact_dev7.py parses cleanly and every identifier whose scheme has
a check digit carries a valid one (no model is loaded; the set is never scored here)."""

import re
from collections import Counter

from benchmarks.redact_dev import _MARK
from benchmarks.redact_dev7 import RECORDS, dev7_records
from tests.gold_checks import digits as _digits
from tests.gold_checks import iban_mod97 as _iban_mod97
from tests.gold_checks import luhn as _luhn
from tests.gold_checks import weighted as _weighted

_TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Prof|Herr|Herrn|Frau|Mme|Mlle|Sr|Sra|Shri|Smt|Sig|Sig\.ra|Dott|"
                     r"Dott\.ssa|Dhr|Mevr|Dipl\.-Ing|Gent\.ma|д-р)\.?\s", re.IGNORECASE)

_STYLES = {"support_ticket", "clinical_note", "hr_email", "chat_log", "ops_log", "csv_rows", "postal_block",
           "bank_note", "crm_note", "forum_post", "referral_letter", "payment_update", "tax_form",
           "customer_review"}


# --- check-digit schemes ---------------------------------------------------------------------------------------

def _luhn_value(value: str) -> bool:  # payment cards, Canadian SIN, Emirates ID, Swedish personnummer
    return _luhn(_digits(value))


_IBAN_LENGTHS = {"AE": 23, "BR": 29, "CH": 21, "DE": 22, "ES": 24, "FR": 27, "GB": 22, "GR": 27, "IE": 22,
                 "IT": 27, "NL": 18, "PK": 24, "PL": 28, "PT": 25, "TR": 26}


def _iban(value: str) -> bool:
    compact = value.replace(" ", "")
    return len(compact) == _IBAN_LENGTHS.get(compact[:2], -1) and _iban_mod97(compact)


def _nhs(value: str) -> bool:  # NHS number and Scottish CHI number share the mod 11 check
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


def _aadhaar(value: str) -> bool:  # Verhoeff over all 12 digits
    d = _digits(value)
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return len(d) == 12 and d[0] not in "01" and c == 0


def _steuer_id(value: str) -> bool:  # German Steuer-ID: ISO 7064 MOD 11,10 and one digit repeated in the first 10
    d = _digits(value)
    if len(d) != 11 or d[0] == "0":
        return False
    counts = sorted(Counter(d[:10]).values(), reverse=True)
    if counts[0] not in (2, 3) or counts[1] != 1:
        return False
    product = 10
    for ch in d[:10]:
        total = (int(ch) + product) % 10 or 10
        product = total * 2 % 11
    return (11 - product) % 10 == int(d[10])


def _nir(value: str) -> bool:  # French NIR: key = 97 - (first 13 digits mod 97)
    compact = value.replace(" ", "")
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


def _bsn(value: str) -> bool:  # Dutch BSN, the 11-test (last digit weighted -1)
    d = _digits(value)
    return len(d) == 9 and (_weighted(d[:8], [9, 8, 7, 6, 5, 4, 3, 2]) - int(d[8])) % 11 == 0


def _pesel(value: str) -> bool:
    d = _digits(value)
    return len(d) == 11 and (10 - _weighted(d[:10], [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10 == int(d[10])


def _tckn(value: str) -> bool:  # Turkish TC Kimlik No
    d = [int(ch) for ch in _digits(value)]
    if len(d) != 11 or d[0] == 0:
        return False
    tenth = (7 * sum(d[0:9:2]) - sum(d[1:8:2])) % 10
    return tenth == d[9] and sum(d[:10]) % 10 == d[10]


def _cpf(value: str) -> bool:
    d = [int(c) for c in _digits(value)]
    if len(d) != 11:
        return False
    for n in (9, 10):
        r = sum(a * b for a, b in zip(d[:n], range(n + 1, 1, -1), strict=True)) * 10 % 11
        if (0 if r == 10 else r) != d[n]:
            return False
    return True


def _personnummer(value: str) -> bool:  # Swedish: YYMMDD-NNNC, Luhn over the ten digits
    return bool(re.fullmatch(r"\d{6}[-+]\d{4}", value)) and _luhn(_digits(value))


def _medicare_au(value: str) -> bool:  # 9th digit checks the first 8 (weights 1 3 7 9); the 10th is the issue
    d = _digits(value)
    return len(d) == 10 and d[0] in "23456" and _weighted(d[:8], [1, 3, 7, 9, 1, 3, 7, 9]) % 10 == int(d[8])


_SCHEMES = {"luhn": _luhn_value, "iban": _iban, "nhs": _nhs, "aadhaar": _aadhaar, "steuer_id": _steuer_id,
            "nir": _nir, "dni": _dni, "cf_it": _cf, "bsn": _bsn, "pesel": _pesel, "tckn": _tckn, "cpf": _cpf,
            "personnummer": _personnummer, "medicare_au": _medicare_au}

# Digit positions (counted from the end) a scheme's check does not cover: the Medicare issue number.
_UNCHECKED = {"medicare_au": {-1}}

# Every identifier in the set that has a published check digit, with its scheme.
CHECKED = {
    # payment cards (Luhn)
    "4539 1602 7758 3013": "luhn", "4926-3815-0472-9168": "luhn", "5418730266491577": "luhn",
    "5523.0491.8876.0247": "luhn", "2229\u00a01740\u00a03358\u00a08611": "luhn", "3742 910583 62172": "luhn",
    "6011 2846 3095 1725": "luhn", "4315-8209-4477-1602": "luhn", "5167 4039 2218 8358": "luhn",
    "4983 0561 7742 2909": "luhn", "3560 1294 7738 1522": "luhn", "4710193844562039": "luhn",
    # other Luhn numbers: Canadian SIN, Emirates ID
    "463 291 070": "luhn", "784-1991-4827365-1": "luhn",
    # IBANs (mod 97 and the length of their country)
    "GB46 BARC 2047 1638 2049 17": "iban", "GB52 LOYD 3096 2148 3672 59": "iban",
    "GB33 NWBK 6073 0148 2917 36": "iban", "IE82 BOFI 9058 3741 9258 06": "iban",
    "IE22 AIBK 9311 5248 1937 06": "iban", "DE47 1203 0000 1058 3746 29": "iban",
    "DE98 7002 0270 0015 6847 32": "iban", "DE07 4306 0967 1048 2931 75": "iban",
    "DE38 6605 0101 0218 3749 06": "iban", "FR78 3000 4008 1900 0192 3847 612": "iban",
    "FR11 1027 8060 4100 0204 8391 734": "iban", "ES41 2100 0418 4502 0051 9384": "iban",
    "IT87 X030 6909 6061 0000 0128 374": "iban", "IT28 K020 0802 4800 0010 4937 281": "iban",
    "NL82RABO0318472956": "iban", "PL28 1090 2402 0000 0006 1238 4759": "iban",
    "TR96 0006 2001 1900 0006 2984 31": "iban", "PT98 0035 0065 0001 4837 2910 5": "iban",
    "AE52 0260 0010 1573 8291 604": "iban", "PK19 HABB 0014 7283 9165 0047": "iban",
    "BR16 0000 0000 0106 7000 0117 582C 1": "iban", "GR16 0110 1250 0000 0001 2300 695": "iban",
    "CH97 0076 2162 8473 9100 A": "iban",
    # national, tax and health identifiers
    "491 208 6371": "nhs", "702 613 9487": "nhs", "328 047 1656": "nhs", "2106444877": "nhs",
    "4918 3072 6518": "aadhaar", "7362 0519 8433": "aadhaar", "2857 4610 3925": "aadhaar",
    "6401 9283 7514": "aadhaar", "8352 7164 0948": "aadhaar",
    "47182039469": "steuer_id", "65391872649": "steuer_id", "58309147253": "steuer_id",
    "2 87 09 75 056 142 82": "nir", "1 79 02 13 055 087 37": "nir", "1 85 11 69 387 214 25": "nir",
    "47281936P": "dni", "51093724Y": "dni", "Y3827164R": "dni", "X9402735J": "dni",
    "BRSLVC87P54A944Z": "cf_it", "TRVGMR79B03L407W": "cf_it", "SPSCML68E61F839A": "cf_it",
    "184735208": "bsn", "259016378": "bsn", "118394605": "bsn",
    "88072304572": "pesel", "02241507388": "pesel",
    "38491726550": "tckn", "52703614862": "tckn",
    "318.504.927-60": "cpf", "07294618313": "cpf", "264.813.097-78": "cpf",
    "850314-2385": "personnummer", "921106-7716": "personnummer",
    "2948 31768 1": "medicare_au",
}


# --- tests -----------------------------------------------------------------------------------------------------

def test_markup_is_balanced_and_every_span_round_trips() -> None:
    records = dev7_records()
    assert len(records) == len(RECORDS) >= 160
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
    assert all(9 <= counts[style] <= 12 for style in _STYLES), counts
    assert counts["pii_free"] >= 20
    lines = [marked.count("\n") + 1 for kind, marked in RECORDS if kind != "pii_free"]
    assert all(3 <= line_count <= 12 for line_count in lines)


def test_pii_free_records_have_no_gold_and_the_rest_do() -> None:
    for record in dev7_records():
        kinds = {g[3] for g in record.gold} - {"CITY"}
        assert (record.kind == "pii_free") == (not kinds), record.record["text"]
        if record.kind == "pii_free":
            assert not record.gold, record.record["text"]


def test_every_gold_type_is_present() -> None:
    kinds = Counter(g[3] for r in dev7_records() for g in r.gold)
    assert set(kinds) == {"PERSON", "ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "ID", "DATE_OF_BIRTH",
                          "IP_ADDRESS", "CITY"}
    assert min(kinds.values()) >= 20, kinds
    assert kinds["PERSON"] >= 300 and kinds["ADDRESS"] >= 80 and kinds["ID"] >= 60, kinds
    assert kinds["EMAIL_ADDRESS"] >= 40 and kinds["PHONE_NUMBER"] >= 40 and kinds["CITY"] >= 30, kinds


def test_unicode_oddities_occur() -> None:
    text = "".join(r.record["text"] for r in dev7_records())
    for oddity in ("\u00a0", "\u2009", "\u200b", "\uff20", "\u201c", "\u201d", "\u00c3"):
        assert oddity in text, repr(oddity)


def test_identifiers_carry_valid_check_digits() -> None:
    ids = [g[4] for r in dev7_records() for g in r.gold if g[3] == "ID"]
    for value, scheme in CHECKED.items():
        assert value in ids, value
        assert _SCHEMES[scheme](value), (scheme, value)
    for value in ids:  # anything shaped like an IBAN or a payment card is in the checked table
        compact = re.sub(r"[\s\-.\u00a0\u2009]", "", value)
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact) or re.fullmatch(r"[2-6]\d{14,15}", compact):
            assert value in CHECKED, value
    assert set(CHECKED.values()) == set(_SCHEMES)


def test_a_wrong_digit_fails_the_checks() -> None:
    for value, scheme in CHECKED.items():
        positions = [i for i, ch in enumerate(value) if ch.isdigit()]
        skipped = {positions[p] for p in _UNCHECKED.get(scheme, ())}
        for position in positions:
            if position in skipped:
                continue
            broken = value[:position] + str((int(value[position]) + 1) % 10) + value[position + 1:]
            assert not _SCHEMES[scheme](broken), (scheme, value, broken)


def test_the_medicare_issue_digit_is_the_only_unchecked_one() -> None:
    value = "2948 31768 1"
    assert _medicare_au(value[:-1] + "2") and not _medicare_au("2948 31769 1")
