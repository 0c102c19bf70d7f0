"""The false-redaction gold set benchmarks/redact_dev18.py parses cleanly, its styles are balanced and long, and every
identifier whose scheme has a check digit carries a valid one (no model is loaded; the set is never scored here)."""

import datetime
import re
from collections import Counter

from benchmarks.redact_dev import _MARK
from benchmarks.redact_dev18 import RECORDS, dev18_records
from tests.gold_checks import digits as _digits
from tests.gold_checks import iban_mod97 as _iban_mod97
from tests.gold_checks import luhn as _luhn
from tests.gold_checks import weighted as _weighted

_TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Prof|Sir|Nurse|Sister|Capt|Sgt|Herr|Frau|Mme|M|Sr|Sra|Pani|Av|Uzm|"
                     r"insp|geom|dott|Shri|AB)\.?\s", re.IGNORECASE)

_STYLES = {"incident_report", "weather_ops", "pharmacy_note", "clinical_letter", "retail_support", "legal_notice",
           "finance_memo", "foreign_language", "it_log", "academic_mail", "long_record"}

# Look-alikes the set is built around: none of them may ever sit inside a gold span.
_KEPT = ["Storm Isha", "Hurricane Milton", "Typhoon Yagi", "Crohn's", "Hodgkin", "Apgar", "Glasgow Coma Scale",
         "Tim Hortons", "Ben & Jerry's", "Dr. Martens", "Mercedes", "Hugo Boss", "Jack Daniel's", "John Lewis",
         "Nobel Prize", "Bayes' theorem", "Fermi building", "Katya", "Lucette", "Julius Baer", "Goldman Sachs",
         "dependabot[bot]", "svc-backup", "Bolam test", "Percy Pig", "Sir Wigglesworth", "10.4.18.2"]


# --- check-digit schemes ---------------------------------------------------------------------------------------

def _luhn_value(value: str) -> bool:  # payment cards, Canadian SIN, Emirates ID
    return _luhn(_digits(value))


_IBAN_LENGTHS = {"AT": 20, "BE": 16, "CH": 21, "DE": 22, "ES": 24, "FR": 27, "GB": 22, "IE": 22, "IT": 27, "NL": 18,
                 "PL": 28, "PT": 25, "SE": 24, "TR": 26}
_IBAN_COUNTRIES = set(_IBAN_LENGTHS) | {"AD", "AE", "BG", "CY", "CZ", "DK", "EE", "FI", "GR", "HR", "HU", "IS", "LI",
                                        "LT", "LU", "LV", "MC", "MT", "NO", "RO", "SA", "SI", "SK", "SM"}


def _iban(value: str) -> bool:
    compact = value.replace(" ", "")
    return len(compact) == _IBAN_LENGTHS.get(compact[:2], 0) and _iban_mod97(compact)


def _nhs(value: str) -> bool:  # NHS number and Scottish CHI number: mod 11 with weights 10..2
    d = _digits(value)
    check = 11 - _weighted(d[:9], [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11
    return len(d) == 10 and check != 10 and (0 if check == 11 else check) == int(d[9])


_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def _aadhaar(value: str) -> bool:  # 12 digits, first not 0 or 1, Verhoeff check digit
    d = _digits(value)
    state = 0
    for i, ch in enumerate(reversed(d)):
        state = _D[state][_P[i % 8][int(ch)]]
    return len(d) == 12 and d[0] not in "01" and state == 0


def _bsn(value: str) -> bool:  # Dutch BSN, the 11-proof
    d = _digits(value)
    return len(d) == 9 and _weighted(d, [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 == 0


def _pesel(value: str) -> bool:  # Polish PESEL, weights 1-3-7-9
    return len(value) == 11 and value.isdigit() and \
        (10 - _weighted(value[:10], [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10 == int(value[10])


def _personnummer(value: str) -> bool:  # Swedish YYMMDD-NNNC, Luhn over the ten digits
    return bool(re.fullmatch(r"\d{6}[-+]\d{4}", value)) and _luhn(_digits(value))


def _hetu(value: str) -> bool:  # Finnish DDMMYY-ZZZQ, check character from the nine digits mod 31
    match = re.fullmatch(r"(\d{6})[-+A](\d{3})([0-9A-Y])", value)
    return bool(match) and "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(match[1] + match[2]) % 31] == match[3]


def _fnr(value: str) -> bool:  # Norwegian fødselsnummer, two mod 11 check digits
    if not re.fullmatch(r"\d{11}", value):
        return False
    d = [int(c) for c in value]
    for weights, position in (([3, 7, 6, 1, 8, 9, 4, 5, 2], 9), ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], 10)):
        check = 11 - _weighted(value, weights) % 11
        if check == 10 or (0 if check == 11 else check) != d[position]:
            return False
    return True


def _cpr(value: str) -> bool:  # Danish CPR DDMMYY-SSSS, mod 11 with weights 4-3-2-7-6-5-4-3-2-1
    return bool(re.fullmatch(r"\d{6}-\d{4}", value)) and \
        _weighted(_digits(value), [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 == 0


def _be_nn(value: str) -> bool:  # Belgian national number: 97 - (nine digits mod 97), "2" prefixed after 2000
    match = re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{2})-(\d{3})\.(\d{2})", value)
    if not match:
        return False
    nine = "".join(match.groups()[:4])
    born_after_2000 = int(match[1]) <= 24  # no one in this set is over 100, so YY <= 24 means 20YY
    return int(match[5]) == 97 - int(("2" if born_after_2000 else "") + nine) % 97


def _dni(value: str) -> bool:  # Spanish DNI (8 digits) or NIE (X/Y/Z + 7 digits): letter of the number mod 23
    match = re.fullmatch(r"([XYZ]?)(\d{7,8})-?([A-Z])", value)
    if not match or len(match[1] + match[2]) != 8:
        return False
    number = int(str("XYZ".index(match[1])) + match[2] if match[1] else match[2])
    return "TRWAGMYFPDXBNJZSQVHLCKE"[number % 23] == match[3]


def _nif_pt(value: str) -> bool:  # Portuguese NIF, mod 11 with weights 9..2 (10 and 11 give 0)
    if not re.fullmatch(r"\d{9}", value):
        return False
    check = 11 - _weighted(value[:8], [9, 8, 7, 6, 5, 4, 3, 2]) % 11
    return (0 if check >= 10 else check) == int(value[8])


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


def _cf(value: str) -> bool:  # Italian codice fiscale: odd/even tables over 15 characters, letter mod 26
    if not re.fullmatch(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", value):
        return False
    total = sum(_CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
                for i, ch in enumerate(value[:15]))
    return chr(65 + total % 26) == value[15]


def _steuer_id(value: str) -> bool:  # German IdNr: ISO 7064 MOD 11,10; exactly one digit of the first ten repeats
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


def _kvnr(value: str) -> bool:  # German health insurance number: letter as 01-26, eight digits, weights 1-2, digit sums
    if not re.fullmatch(r"[A-Z]\d{9}", value):
        return False
    number = f"{ord(value[0]) - 64:02d}" + value[1:9]
    total = sum(sum(divmod(int(ch) * (1 if i % 2 == 0 else 2), 10)) for i, ch in enumerate(number))
    return total % 10 == int(value[9])


def _ahv(value: str) -> bool:  # Swiss AHV/AVS number 756.XXXX.XXXX.XC, EAN-13 check digit
    if not re.fullmatch(r"756\.\d{4}\.\d{4}\.\d{2}", value):
        return False
    d = _digits(value)
    return (10 - _weighted(d[:12], [1, 3] * 6) % 10) % 10 == int(d[12])


def _medicare(value: str) -> bool:  # Australian Medicare: weights 1-3-7-9, 9th digit the check, 10th the issue
    d = _digits(value)
    return len(d) == 10 and d[0] in "23456" and _weighted(d[:8], [1, 3, 7, 9, 1, 3, 7, 9]) % 10 == int(d[8])


_SCHEMES = {"luhn": _luhn_value, "iban": _iban, "nhs": _nhs, "chi": _nhs, "aadhaar": _aadhaar, "bsn": _bsn,
            "pesel": _pesel, "personnummer": _personnummer, "hetu": _hetu, "fnr": _fnr, "cpr": _cpr, "be_nn": _be_nn,
            "dni": _dni, "nie": _dni, "nif_pt": _nif_pt, "cpf": _cpf, "nir": _nir, "cf_it": _cf,
            "steuer_id": _steuer_id, "kvnr": _kvnr, "ahv": _ahv, "medicare_au": _medicare}

# Every identifier in the set that has a published check digit, with its scheme.
CHECKED = {
    # payment cards, Canadian SIN and Emirates ID (Luhn)
    "4567 5080 3821 8102": "luhn", "5255 5102 2414 2629": "luhn", "3714 256359 67193": "luhn",
    "4733 4254 0976 5703": "luhn", "4156 5035 7104 2610": "luhn", "5482 0684 1688 3307": "luhn",
    "4258 8323 2891 5670": "luhn", "5110 2471 4043 6489": "luhn", "6011 2611 0755 2483": "luhn",
    "2231 0168 0790 1239": "luhn", "463 261 834": "luhn", "272 776 733": "luhn", "784-1979-5520431-4": "luhn",
    # IBANs (mod 97 and the length of their country)
    "GB80 BARC 0402 7531 6696 78": "iban", "GB37 NWBK 9960 4021 9323 89": "iban",
    "FR70 6948 6261 61A3 5215 3770 265": "iban", "ES85 4663 2120 9970 0446 3816": "iban",
    "IE07 AIBK 9851 5220 4811 94": "iban", "DE81 2495 2205 6397 0714 82": "iban",
    "DE57 6178 3099 4907 5166 37": "iban", "AT80 7119 0954 8448 1788": "iban",
    "IT75 X746 8259 4206 5288 0462 626": "iban", "NL42 INGB 6952 0102 16": "iban",
    "SE82 7197 4870 0277 7840 0119": "iban", "CH72 4227 5181 4780 1771 1": "iban",
    "TR54 1858 8036 3786 4504 6327 24": "iban", "PT43 2954 4298 7846 2543 4964 5": "iban",
    "PL26 9680 4168 4161 2180 7034 3976": "iban", "BE41 0072 3847 9928": "iban",
    # national, tax and health identifiers
    "369 959 3754": "nhs", "744 096 2354": "nhs", "597 541 4318": "nhs", "453 331 4783": "nhs",
    "932 880 4078": "nhs", "663 923 3215": "nhs",
    "1408873516": "chi", "2207952843": "chi",
    "6805 3934 4165": "aadhaar",
    "128830529": "bsn", "103565164": "bsn",
    "87041957924": "pesel", "62110334013": "pesel",
    "790825-1346": "personnummer", "910214-8955": "personnummer",
    "070684-8437": "hetu",
    "02127544223": "fnr",
    "110383-1764": "cpr",
    "68.05.21-354.91": "be_nn",
    "82413353Y": "dni", "50610652A": "dni", "Y4821937R": "nie",
    "280722532": "nif_pt", "238576493": "nif_pt",
    "675.474.079-51": "cpf", "672.794.215-39": "cpf",
    "2 79 03 13 055 281 03": "nir", "1 88 10 69 123 047 92": "nir",
    "FRRGLI81E48L219Q": "cf_it", "BNCMRC77T12F839C": "cf_it",
    "71477056394": "steuer_id",
    "K518204733": "kvnr",
    "756.4187.2093.57": "ahv",
    "2953 61286 1": "medicare_au",
}

# The characters a one-digit change is tested on (the rest, such as a Medicare issue number, carry no check).
_CHECKED_PREFIX = {"medicare_au": 10}


# --- tests -----------------------------------------------------------------------------------------------------

def test_markup_is_well_formed_and_every_span_round_trips() -> None:
    records = dev18_records()
    assert 210 <= len(records) == len(RECORDS) <= 235
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
                assert not value.endswith(("'s", "\u2019s", " KC")) and not value.startswith("@"), value


def test_styles_are_balanced_and_records_long() -> None:
    counts = Counter(kind for kind, _ in RECORDS)
    assert set(counts) == _STYLES | {"pii_free"}
    assert all(18 <= counts[style] <= 20 for style in _STYLES), counts
    assert 20 <= counts["pii_free"] <= 30, counts
    lines = {i: marked.count("\n") + 1 for i, (_, marked) in enumerate(RECORDS)}
    assert all(2 <= n <= 16 for n in lines.values())
    assert all(8 <= lines[i] <= 15 for i, (kind, _) in enumerate(RECORDS) if kind == "long_record")
    assert sum(n >= 5 for n in lines.values()) >= 0.7 * len(RECORDS)  # most records are long


def test_pii_free_records_hold_towns_at_most_and_the_rest_hold_personal_data() -> None:
    for record in dev18_records():
        kinds = {g[3] for g in record.gold} - {"CITY"}
        assert (record.kind == "pii_free") == (not kinds), record.record["text"]


def test_every_gold_type_is_present() -> None:
    kinds = Counter(g[3] for r in dev18_records() for g in r.gold)
    assert set(kinds) == {"PERSON", "ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "ID", "DATE_OF_BIRTH",
                          "IP_ADDRESS", "CITY"}
    assert kinds["PERSON"] >= 600 and kinds["ADDRESS"] >= 130 and kinds["ID"] >= 120, kinds
    assert min(kinds.values()) >= 35, kinds


def test_look_alikes_are_present_and_never_marked() -> None:
    records = dev18_records()
    for word in _KEPT:
        hits = [r for r in records if word in r.record["text"]]
        assert hits, word
        for record in hits:
            for match in re.finditer(re.escape(word), record.record["text"]):
                assert not any(s < match.end() and match.start() < e for _, s, e, _, _ in record.gold), \
                    (word, record.record["text"])


def test_every_occurrence_of_a_marked_value_is_marked() -> None:
    for record in dev18_records():
        text = record.record["text"]
        spans = {(start, end) for _, start, end, _, _ in record.gold}
        for _, _, _, kind, value in record.gold:
            if kind == "CITY" or (kind == "PERSON" and len(value) < 4):
                continue
            for match in re.finditer(re.escape(value), text):
                bounded = not (match.start() > 0 and text[match.start() - 1].isalnum()) and \
                    not (match.end() < len(text) and text[match.end()].isalnum())
                if bounded:
                    assert any(s <= match.start() and match.end() <= e for s, e in spans), (kind, value, text)


def test_identifiers_carry_valid_check_digits() -> None:
    ids = [g[4] for r in dev18_records() for g in r.gold if g[3] == "ID"]
    for value, scheme in CHECKED.items():
        assert value in ids, value
        assert _SCHEMES[scheme](value), (scheme, value)
    for value in ids:  # anything shaped like an IBAN or a payment card is in the checked table
        compact = re.sub(r"[\s\-\u00a0]", "", value)
        if (compact[:2] in _IBAN_COUNTRIES and re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact)) or \
                re.fullmatch(r"[2-6]\d{14,15}", compact):
            assert value in CHECKED, value
    assert set(CHECKED.values()) == set(_SCHEMES)


def test_a_wrong_digit_fails_the_checks() -> None:
    for value, scheme in CHECKED.items():
        for position, ch in enumerate(value[:_CHECKED_PREFIX.get(scheme, len(value))]):
            if not ch.isdigit():
                continue
            for step in range(1, 10):
                broken = value[:position] + str((int(ch) + step) % 10) + value[position + 1:]
                assert not _SCHEMES[scheme](broken), (scheme, value, broken)


_MONTHS = {name: number for number, names in enumerate(
    [("january",), ("february",), ("march",), ("april",), ("may",), ("june",), ("july",), ("august",),
     ("september",), ("october",), ("november",), ("december",)], start=1) for name in names}


def _birth(value: str) -> datetime.date:
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        return datetime.date(int(match[1]), int(match[2]), int(match[3]))
    if match := re.fullmatch(r"(\d{2})[./](\d{2})[./](\d{4})", value):  # day first everywhere in this set
        return datetime.date(int(match[3]), int(match[2]), int(match[1]))
    match = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", value)
    assert match, value
    return datetime.date(int(match[3]), _MONTHS[match[2].lower()], int(match[1]))


def test_dates_of_birth_are_real_past_dates() -> None:
    births = [g[4] for r in dev18_records() for g in r.gold if g[3] == "DATE_OF_BIRTH"]
    assert len(births) >= 50
    for value in births:
        assert datetime.date(1900, 1, 1) < _birth(value) < datetime.date(2025, 1, 1), value


def _encoded_birth(value: str, scheme: str) -> tuple[int, int, int | None] | None:
    """(year, month, day) that an identifier encodes; day None where the scheme only gives the month."""
    d = _digits(value)
    if scheme == "pesel":
        month = int(d[2:4])
        return int(d[:2]) + (2000 if month > 20 else 1900), month % 20, int(d[4:6])
    if scheme in ("personnummer", "be_nn"):  # YYMMDD, all in the 1900s here
        return 1900 + int(d[:2]), int(d[2:4]), int(d[4:6])
    if scheme in ("hetu", "fnr", "cpr"):  # DDMMYY
        century = 2000 if scheme == "hetu" and value[6] == "A" else 1900
        return century + int(d[4:6]), int(d[2:4]), int(d[:2])
    if scheme == "nir":
        return 1900 + int(d[1:3]), int(d[3:5]), None
    if scheme == "cf_it":
        day = int(value[9:11])
        return 1900 + int(value[6:8]), "ABCDEHLMPRST".index(value[8]) + 1, day - 40 if day > 40 else day
    return None


def test_ids_that_encode_a_birth_date_match_the_one_beside_them() -> None:
    matched = 0
    for record in dev18_records():
        births = {_birth(g[4]) for g in record.gold if g[3] == "DATE_OF_BIRTH"}
        for value in (g[4] for g in record.gold if g[3] == "ID"):
            encoded = _encoded_birth(value, CHECKED.get(value, ""))
            if encoded is None or not births:
                continue
            year, month, day = encoded
            assert any(b.year == year and b.month == month and day in (None, b.day) for b in births), (value, births)
            matched += 1
    assert matched >= 10
