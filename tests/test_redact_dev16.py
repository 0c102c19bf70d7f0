"""The hand-written development set benchmarks/redact_dev16.py parses cleanly and every identifier whose scheme has
a check digit carries a valid one (no model is loaded; the set is never scored here)."""

import datetime
import re
from collections import Counter

from benchmarks.redact_dev import _MARK
from benchmarks.redact_dev16 import RECORDS, dev16_records
from tests.gold_checks import digits as _digits
from tests.gold_checks import iban_mod97 as _iban_mod97
from tests.gold_checks import luhn as _luhn
from tests.gold_checks import weighted as _weighted

_TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Nurse|Sister|Capt|Herr|Frau|Mme|Sr|Sra|Pani|pt|Auntie|Mama)\.?\s",
                     re.IGNORECASE)

_STYLES = {"support_ticket", "clinical_note", "hr_email", "chat_log", "ops_log", "csv_rows", "postal_block",
           "bank_note", "crm_note", "forum_post", "referral_letter", "payment_update", "tax_form",
           "incident_report"}


# --- check-digit schemes ---------------------------------------------------------------------------------------

def _luhn_value(value: str) -> bool:  # payment cards, Canadian SIN, Emirates ID
    return _luhn(_digits(value))


_IBAN_LENGTHS = {"AE": 23, "BE": 16, "CH": 21, "DE": 22, "DK": 18, "ES": 24, "FI": 18, "GB": 22, "IT": 27,
                 "NO": 15, "PL": 28, "PT": 25, "SE": 24, "TR": 26}


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


def _bsn(value: str) -> bool:  # Dutch BSN, the 11-proof (weights 9..2 and -1)
    d = _digits(value)
    return len(d) == 9 and _weighted(d, [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 == 0


def _pesel(value: str) -> bool:  # Polish PESEL, weights 1-3-7-9
    return len(value) == 11 and value.isdigit() and \
        (10 - _weighted(value[:10], [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10 == int(value[10])


def _personnummer(value: str) -> bool:  # Swedish YYMMDD-NNNC, Luhn over the ten digits
    return bool(re.fullmatch(r"\d{6}[-+]\d{4}", value)) and _luhn(_digits(value))


def _hetu(value: str) -> bool:  # Finnish DDMMYYCZZZQ, check character = nine digits mod 31
    match = re.fullmatch(r"(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])", value)
    return bool(match) and "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(match[1] + match[2]) % 31] == match[3]


def _fnr(value: str) -> bool:  # Norwegian fødselsnummer, two mod 11 check digits
    if len(value) != 11 or not value.isdigit():
        return False
    d = [int(c) for c in value]
    for weights, position in (([3, 7, 6, 1, 8, 9, 4, 5, 2], 9), ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], 10)):
        check = 11 - sum(a * b for a, b in zip(d, weights, strict=False)) % 11
        if check == 10 or (0 if check == 11 else check) != d[position]:
            return False
    return True


def _dni(value: str) -> bool:  # Spanish DNI/NIF: 8 digits and the letter of their remainder mod 23
    match = re.fullmatch(r"(\d{8})-?([A-Z])", value)
    return bool(match) and "TRWAGMYFPDXBNJZSQVHLCKE"[int(match[1]) % 23] == match[2]


def _cpf(value: str) -> bool:  # Brazilian CPF, two mod 11 check digits
    d = [int(c) for c in _digits(value)]
    if len(d) != 11:
        return False
    for n in (9, 10):
        r = sum(a * b for a, b in zip(d[:n], range(n + 1, 1, -1), strict=True)) * 10 % 11
        if (0 if r == 10 else r) != d[n]:
            return False
    return True


def _nir(value: str) -> bool:  # French NIR: key = 97 - (13 digits mod 97)
    compact = value.replace(" ", "")
    return len(compact) == 15 and compact.isdigit() and 97 - int(compact[:13]) % 97 == int(compact[13:])


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23], strict=True))


def _cf(value: str) -> bool:  # Italian codice fiscale
    even = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 65  # noqa: E731
    total = sum(_CF_ODD[ch] if i % 2 == 0 else even(ch) for i, ch in enumerate(value[:15]))
    return len(value) == 16 and chr(65 + total % 26) == value[15]


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


def _kvnr(value: str) -> bool:  # German health insurance number: letter as 01-26, eight digits, weights 1-2
    if not re.fullmatch(r"[A-Z]\d{9}", value):
        return False
    number = f"{ord(value[0]) - 64:02d}" + value[1:9]
    total = sum(sum(divmod(int(ch) * (1 if i % 2 == 0 else 2), 10)) for i, ch in enumerate(number))
    return total % 10 == int(value[9])


_NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, no O


def _nhi(value: str) -> bool:  # New Zealand NHI (AAANNNC), mod 11 with weights 7..2
    if not re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", value):
        return False
    numbers = [_NHI_LETTERS.index(ch) + 1 for ch in value[:3]] + [int(ch) for ch in value[3:6]]
    remainder = sum(a * b for a, b in zip(numbers, [7, 6, 5, 4, 3, 2], strict=True)) % 11
    return remainder != 0 and (11 - remainder) % 10 == int(value[6])


def _aba(value: str) -> bool:  # US ABA routing number, weights 3-7-1
    return len(value) == 9 and value.isdigit() and _weighted(value, [3, 7, 1] * 3) % 10 == 0


_SCHEMES = {"luhn": _luhn_value, "iban": _iban, "nhs": _nhs, "aadhaar": _aadhaar, "bsn": _bsn, "pesel": _pesel,
            "personnummer": _personnummer, "hetu": _hetu, "fnr": _fnr, "dni": _dni, "cpf": _cpf, "nir": _nir,
            "cf_it": _cf, "steuer_id": _steuer_id, "kvnr": _kvnr, "nhi": _nhi, "aba": _aba}

# Every identifier in the set that has a published check digit, with its scheme.
CHECKED = {
    # payment cards, Canadian SIN and Emirates ID (Luhn)
    "4513 7602 9184 5536": "luhn", "5358 2190 4736 2184": "luhn", "3742 910583 62719": "luhn",
    "4927-3015-8264-0177": "luhn", "4552\u00a00681\u00a07394\u00a00280": "luhn", "5154 8720 9316 4726": "luhn",
    "6011 4827 3095 1625": "luhn", "527 184 097": "luhn", "613-940-279": "luhn", "784-1987-4417290-3": "luhn",
    # IBANs (mod 97 and the length of their country)
    "SE24 8000 6184 7259 3014 7261": "iban", "GB12 MIDL 4027 1963 0841 57": "iban",
    "TR43 0001 0090 1087 2946 3185 02": "iban", "BE08 0634 1872 9547": "iban", "DE61 7045 0320 1049 3726 15": "iban",
    "ES14 0182 5322 9102 0154 8736": "iban", "PT32 0035 0697 0048 2917 3652 4": "iban",
    "GB87 LOYD 3096 2741 8503 62": "iban", "DE08 1203 0000 1067 3829 45": "iban",
    "CH45 0023 5104 7893 6250 1": "iban", "FI56 4293 0018 2736 45": "iban", "AE84 0260 0010 1582 9374 610": "iban",
    "NO91 1503 6284 719": "iban", "PL36 1020 5561 0000 3602 1948 7312": "iban",
    "IT81 K030 6909 6061 0000 0063 817": "iban", "DK98 3000 4157 3829 16": "iban",
    # national, tax, health and bank identifiers
    "638 291 0473": "nhs", "729 305 1840": "nhs", "402 917 3659": "nhs",
    "4918 7302 5619": "aadhaar", "7360 2948 1539": "aadhaar",
    "318462904": "bsn", "275930142": "bsn",
    "92071403859": "pesel", "03230811475": "pesel", "75122905634": "pesel",
    "880314-5120": "personnummer", "950722-2389": "personnummer",
    "120588-274A": "hetu", "290779-5383": "hetu",
    "16069149808": "fnr",
    "73918406V": "dni", "40271853-A": "dni",
    "381.604.927-31": "cpf", "702.915.384-79": "cpf", "159.372.806-95": "cpf",
    "2 86 04 75 112 048 17": "nir", "1 93 08 69 383 021 92": "nir",
    "MRNLVC93D52F205M": "cf_it", "BSSTTR84M23H501U": "cf_it",
    "58 271 409 354": "steuer_id", "36194027754": "steuer_id",
    "H582019379": "kvnr", "M418203773": "kvnr",
    "ZKP4838": "nhi",
    "261093571": "aba", "044001832": "aba",
}


# --- tests -----------------------------------------------------------------------------------------------------

def test_markup_is_well_formed_and_every_span_round_trips() -> None:
    records = dev16_records()
    assert 160 <= len(records) == len(RECORDS) <= 185
    for _, marked in RECORDS:
        leftover = _MARK.sub("", marked)
        assert not re.search(r"\{[A-Z]:", leftover), marked  # no broken or unknown mark
        assert leftover.count("{") == leftover.count("}"), marked  # only JSON braces are left
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
    assert all(10 <= counts[style] <= 13 for style in _STYLES), counts
    assert 15 <= counts["pii_free"] <= 20, counts
    assert all(marked.count("\n") >= 1 for _, marked in RECORDS)
    assert all(marked.count("\n") <= 15 for _, marked in RECORDS)


def test_pii_free_records_have_no_gold_and_the_rest_do() -> None:
    for record in dev16_records():
        kinds = {g[3] for g in record.gold} - {"CITY"}
        assert (record.kind == "pii_free") == (not kinds), record.record["text"]
        if record.kind == "pii_free":
            assert not record.gold, record.record["text"]


def test_every_gold_type_is_present() -> None:
    kinds = Counter(g[3] for r in dev16_records() for g in r.gold)
    assert set(kinds) == {"PERSON", "ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "ID", "DATE_OF_BIRTH",
                          "IP_ADDRESS", "CITY"}
    assert kinds["PERSON"] >= 400 and kinds["ADDRESS"] >= 100 and kinds["ID"] >= 60, kinds
    assert min(kinds.values()) >= 25, kinds


def test_every_occurrence_of_a_marked_value_is_marked() -> None:
    for record in dev16_records():
        text = record.record["text"]
        spans = {(start, end) for _, start, end, _, _ in record.gold}
        for _, _, _, kind, value in record.gold:
            if kind == "PERSON" and len(value) < 4:
                continue
            for match in re.finditer(re.escape(value), text):
                bounded = not (match.start() > 0 and text[match.start() - 1].isalnum()) and \
                    not (match.end() < len(text) and text[match.end()].isalnum())
                if bounded:
                    assert any(s <= match.start() and match.end() <= e for s, e in spans), (kind, value, text)


def test_identifiers_carry_valid_check_digits() -> None:
    ids = [g[4] for r in dev16_records() for g in r.gold if g[3] == "ID"]
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
    if match := re.fullmatch(r"(\d{2})[./-](\d{2})[./-](\d{4})", value):  # day first everywhere in this set
        return datetime.date(int(match[3]), int(match[2]), int(match[1]))
    match = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", value)
    assert match, value
    return datetime.date(int(match[3]), _MONTHS[match[2].lower()], int(match[1]))


def test_dates_of_birth_are_real_past_dates() -> None:
    births = [g[4] for r in dev16_records() for g in r.gold if g[3] == "DATE_OF_BIRTH"]
    assert len(births) >= 30
    for value in births:
        assert datetime.date(1900, 1, 1) < _birth(value) < datetime.date(2025, 1, 1), value


def test_ids_that_encode_a_birth_date_match_the_one_beside_them() -> None:
    for record in dev16_records():
        births = {_birth(g[4]) for g in record.gold if g[3] == "DATE_OF_BIRTH"}
        for value in (g[4] for g in record.gold if g[3] == "ID"):
            scheme = CHECKED.get(value)
            if scheme == "pesel":
                month = int(value[2:4])
                encoded = datetime.date(int(value[:2]) + (2000 if month > 20 else 1900), month % 20, int(value[4:6]))
            elif scheme == "hetu":
                century = {"-": 1900, "A": 2000}[value[6]]
                encoded = datetime.date(century + int(value[4:6]), int(value[2:4]), int(value[:2]))
            else:
                continue
            assert encoded in births, (value, births)
