"""The hand-written development set benchmarks/redact_dev14.py parses cleanly and every identifier whose scheme has
a check digit carries a valid one (no model is loaded; the set is never scored here)."""

import datetime
import re
from collections import Counter

from benchmarks.redact_dev import _MARK
from benchmarks.redact_dev14 import RECORDS, dev14_records
from tests.gold_checks import digits as _digits
from tests.gold_checks import iban_mod97 as _iban_mod97
from tests.gold_checks import luhn as _luhn
from tests.gold_checks import weighted as _weighted

_TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Dr|Dre|Prof|Nurse|Sister|Chief|Shri|Smt|Ibu|Capt|Sen|Const|Mme|Madame|"
                     r"Bhai)\.?\s", re.IGNORECASE)

_STYLES = {"support_ticket", "clinical_note", "hr_email", "chat_log", "ops_log", "csv_rows", "postal_block",
           "bank_note", "crm_note", "forum_post", "referral_letter", "payment_update", "tax_form",
           "incident_report"}


# --- check-digit schemes ---------------------------------------------------------------------------------------

def _luhn_value(value: str) -> bool:  # payment cards, Canadian SIN, South African ID
    return _luhn(_digits(value))


_IBAN_LENGTHS = {"EG": 29, "GB": 22, "IE": 22, "PK": 24}


def _iban(value: str) -> bool:
    compact = value.replace(" ", "")
    return len(compact) == _IBAN_LENGTHS[compact[:2]] and _iban_mod97(compact)


_PPSN_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"


def _ppsn(value: str) -> bool:  # Irish PPSN: 7 digits, a mod-23 check letter, an optional second letter
    match = re.fullmatch(r"(\d{7})([A-W])([A-Z]?)", value)
    if not match:
        return False
    total = _weighted(match[1], [8, 7, 6, 5, 4, 3, 2])
    if match[3]:
        total += 9 * _PPSN_LETTERS.index(match[3]) if match[3] in _PPSN_LETTERS else 0
    return _PPSN_LETTERS[total % 23] == match[2]


def _tfn(value: str) -> bool:  # Australian tax file number, weights 1-4-3-7-5-8-6-9-10, sum divisible by 11
    d = _digits(value)
    return len(d) == 9 and _weighted(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 == 0


def _medicare(value: str) -> bool:  # Australian Medicare: first digit 2-6, 9th digit = weights 1-3-7-9 mod 10
    d = _digits(value)
    return len(d) == 10 and d[0] in "23456" and _weighted(d[:8], [1, 3, 7, 9, 1, 3, 7, 9]) % 10 == int(d[8])


def _ird(value: str) -> bool:  # New Zealand IRD number, mod 11 (primary then secondary weights)
    d = _digits(value).zfill(9)
    if len(d) != 9 or not 10_000_000 <= int(d) <= 150_000_000:
        return False
    for weights in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        remainder = _weighted(d[:8], weights) % 11
        check = 0 if remainder == 0 else 11 - remainder
        if check != 10:
            return check == int(d[8])
    return False


_NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I and no O


def _nhi(value: str) -> bool:  # New Zealand NHI (old format AAANNNC), mod 11
    match = re.fullmatch(r"([A-HJ-NP-Z]{3})(\d{3})(\d)", value)
    if not match:
        return False
    numbers = [_NHI_LETTERS.index(ch) + 1 for ch in match[1]] + [int(ch) for ch in match[2]]
    remainder = sum(n * w for n, w in zip(numbers, [7, 6, 5, 4, 3, 2], strict=True)) % 11
    return remainder != 0 and (11 - remainder) % 10 == int(match[3])


_SCHEMES = {"luhn": _luhn_value, "iban": _iban, "ppsn": _ppsn, "tfn": _tfn, "medicare": _medicare, "ird": _ird,
            "nhi": _nhi}

# Every identifier in the set that has a published check digit, with its scheme.
CHECKED = {
    # payment cards (Luhn), Amex and a 19-digit Verve card included
    "4539 1723 1713 7551": "luhn", "5128 7459 4547 0736": "luhn", "4026 1071 5018 4005": "luhn",
    "5061 0213 4017 0724 449": "luhn", "3764 180463 31914": "luhn",
    # South African ID numbers and Canadian SINs (Luhn)
    "8706128009085": "luhn", "7909159245088": "luhn", "9302282289082": "luhn", "0111031388080": "luhn",
    "273 492 496": "luhn", "531 299 451": "luhn", "100 763 903": "luhn", "773 976 717": "luhn",
    # IBANs (mod 97 and the length of their country)
    "IE44 BOFI 9085 9982 4228 83": "iban", "IE07 AIBK 9372 4951 9265 06": "iban",
    "EG73 0019 0005 2980 5824 0618 8107 0": "iban", "PK75 MEZN 1738 7458 9860 5803": "iban",
    "PK54 HABB 1086 9095 2703 5516": "iban", "GB18 NWBK 6003 6848 8566 83": "iban",
    # Irish PPSN, Australian TFN and Medicare, New Zealand IRD and NHI
    "7214839Q": "ppsn", "3058162NA": "ppsn", "6620417T": "ppsn",
    "512 942 587": "tfn", "239 220 941": "tfn", "250 047 909": "tfn",
    "2647 76972 3": "medicare", "3046 83659 3": "medicare",
    "132-437-432": "ird", "14-831-738": "ird",
    "MWT9137": "nhi",
}


# --- tests -----------------------------------------------------------------------------------------------------

def test_markup_is_balanced_and_every_span_round_trips() -> None:
    records = dev14_records()
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
                assert not value.endswith(("'s", "\u2019s")), value


def test_styles_are_balanced_and_records_multi_line() -> None:
    counts = Counter(kind for kind, _ in RECORDS)
    assert set(counts) == _STYLES | {"pii_free"}
    assert all(10 <= counts[style] <= 12 for style in _STYLES), counts
    assert 20 <= counts["pii_free"] <= 25, counts
    lines = [marked.count("\n") + 1 for _, marked in RECORDS]
    assert all(2 <= line_count <= 16 for line_count in lines), lines
    assert sum(line_count >= 5 for line_count in lines) >= 0.8 * len(lines)


def test_pii_free_records_have_no_gold_and_the_rest_do() -> None:
    for record in dev14_records():
        kinds = {g[3] for g in record.gold} - {"CITY"}
        assert (record.kind == "pii_free") == (not kinds), record.record["text"]
        if record.kind == "pii_free":
            assert not record.gold, record.record["text"]
        else:
            assert 2 <= len([g for g in record.gold if g[3] != "CITY"]) <= 16, record.record["text"]


def test_every_gold_type_is_present() -> None:
    kinds = Counter(g[3] for r in dev14_records() for g in r.gold)
    assert set(kinds) == {"PERSON", "ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "ID", "DATE_OF_BIRTH",
                          "IP_ADDRESS", "CITY"}
    assert min(kinds.values()) >= 25, kinds
    assert kinds["PERSON"] >= 300 and kinds["ADDRESS"] >= 90 and kinds["ID"] >= 90, kinds
    assert kinds["PHONE_NUMBER"] >= 70 and kinds["EMAIL_ADDRESS"] >= 40 and kinds["IP_ADDRESS"] >= 40, kinds


_CARD = r"4\d{15}|5[1-5]\d{14}|2[2-7]\d{14}|3[47]\d{13}|6011\d{12}|5061\d{15}"


def test_identifiers_carry_valid_check_digits() -> None:
    ids = [g[4] for r in dev14_records() for g in r.gold if g[3] == "ID"]
    for value, scheme in CHECKED.items():
        assert value in ids, value
        assert _SCHEMES[scheme](value), (scheme, value)
    for value in ids:  # anything shaped like an IBAN, a card, an SA ID or a PPSN is in the checked table
        compact = re.sub(r"[\s\-\u00a0]", "", value)
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact) or re.fullmatch(_CARD, compact) \
                or re.fullmatch(r"\d{13}", value) and value[10:12] == "08" or re.fullmatch(r"\d{7}[A-W][A-Z]?", value):
            assert value in CHECKED, value
    assert set(CHECKED.values()) == set(_SCHEMES)


def test_a_wrong_digit_fails_the_checks() -> None:
    for value, scheme in CHECKED.items():
        positions = [i for i, ch in enumerate(value) if ch.isdigit()]
        if scheme == "medicare":
            positions = positions[:-1]  # the trailing issue number carries no check
        for position in positions:
            for step in range(1, 10):
                ch = value[position]
                broken = value[:position] + str((int(ch) + step) % 10) + value[position + 1:]
                assert not _SCHEMES[scheme](broken), (scheme, value, broken)


_MONTHS = {name: number for number, names in enumerate(
    [("jan", "january", "janvier"), ("feb", "february", "février"), ("mar", "march", "mars"),
     ("apr", "april", "avril"), ("may", "mai"), ("jun", "june", "juin"), ("jul", "july", "juillet"),
     ("aug", "august", "août"), ("sep", "sept", "september", "septembre"), ("oct", "october", "octobre"),
     ("nov", "november", "novembre"), ("dec", "december", "décembre")], start=1) for name in names}


def _birth(value: str) -> datetime.date:
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        return datetime.date(int(match[1]), int(match[2]), int(match[3]))
    if match := re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", value):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        if second > 12:  # the one US-style (month first) form on a Philippine BIR form
            first, second = second, first
        return datetime.date(year, second, first)
    match = re.fullmatch(r"(\d{1,2}) (\w+) (\d{4})", value)
    assert match, value
    return datetime.date(int(match[3]), _MONTHS[match[2].lower()], int(match[1]))


def test_dates_of_birth_are_real_dates() -> None:
    births = [g[4] for r in dev14_records() for g in r.gold if g[3] == "DATE_OF_BIRTH"]
    assert len(births) >= 25
    for value in births:
        date = _birth(value)  # raises on an impossible date such as 31/02
        assert datetime.date(1900, 1, 1) < date < datetime.date(2024, 12, 31), value


def test_the_south_african_ids_encode_the_date_of_birth_beside_them() -> None:
    for record in dev14_records():
        births = [_birth(g[4]) for g in record.gold if g[3] == "DATE_OF_BIRTH"]
        for value in (g[4] for g in record.gold if g[3] == "ID" and re.fullmatch(r"\d{13}", g[4]) and g[4] in CHECKED):
            year = int(value[:2])
            date = datetime.date(year + (2000 if year < 25 else 1900), int(value[2:4]), int(value[4:6]))
            assert value[10] == "0" and value[11] == "8", value  # citizen
            if births:
                assert date in births, (value, births)
