"""The hand-written development set benchmarks/redact_dev10.py parses cleanly and every identifier whose scheme has
a check digit carries a valid one (no model is loaded; the set is never scored here)."""

import datetime
import re
from collections import Counter

from benchmarks.redact_dev import _MARK
from benchmarks.redact_dev10 import RECORDS, dev10_records
from tests.gold_checks import digits as _digits
from tests.gold_checks import iban_mod97 as _iban_mod97
from tests.gold_checks import luhn as _luhn
from tests.gold_checks import weighted as _weighted

_TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Nurse|Sister|Cllr|Sgt|Sr|Sra|Mme|Madame|Monsieur|Frau|Herr|"
                     r"Shri|Smt|Dhr|Sig|Sig\.ra|Dott|Dott\.ssa|Dra|Sheikh|Master|BMS|aunt|uncle)\.?\s",
                     re.IGNORECASE)

_STYLES = {"support_ticket", "clinical_note", "hr_email", "chat_log", "ops_log", "csv_rows", "postal_block",
           "bank_note", "crm_note", "forum_post", "referral_letter", "payment_update", "tax_form",
           "incident_report"}


# --- check-digit schemes ---------------------------------------------------------------------------------------

def _luhn_value(value: str) -> bool:  # payment cards, Canadian SIN, South African ID
    return _luhn(_digits(value))


_IBAN_LENGTHS = {"AE": 23, "BR": 29, "DE": 22, "ES": 24, "FR": 27, "GB": 22, "IE": 22, "IT": 27, "NL": 18,
                 "PL": 28}


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


def _nir(value: str) -> bool:  # French NIR: key = 97 - (13 digits mod 97)
    compact = value.replace(" ", "")
    return len(compact) == 15 and compact.isdigit() and 97 - int(compact[:13]) % 97 == int(compact[13:])


def _dni(value: str) -> bool:  # Spanish DNI: 8 digits and the letter of their remainder mod 23
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


def _cpf(value: str) -> bool:  # Brazilian CPF, two mod 11 check digits
    d = [int(c) for c in _digits(value)]
    if len(d) != 11:
        return False
    for n in (9, 10):
        r = sum(a * b for a, b in zip(d[:n], range(n + 1, 1, -1), strict=True)) * 10 % 11
        if (0 if r == 10 else r) != d[n]:
            return False
    return True


def _aba(value: str) -> bool:  # US ABA routing number, weights 3-7-1
    return len(value) == 9 and value.isdigit() and _weighted(value, [3, 7, 1] * 3) % 10 == 0


def _clabe(value: str) -> bool:  # Mexican CLABE, 18 digits, weights 3-7-1 taken mod 10
    if len(value) != 18 or not value.isdigit():
        return False
    total = sum(int(ch) * w % 10 for ch, w in zip(value[:17], [3, 7, 1] * 6, strict=False)) % 10
    return (10 - total) % 10 == int(value[17])


_SCHEMES = {"luhn": _luhn_value, "iban": _iban, "nhs": _nhs, "aadhaar": _aadhaar, "steuer_id": _steuer_id,
            "nir": _nir, "dni": _dni, "cf_it": _cf, "bsn": _bsn, "pesel": _pesel, "cpf": _cpf, "aba": _aba,
            "clabe": _clabe}

# Every identifier in the set that has a published check digit, with its scheme.
CHECKED = {
    # payment cards (Luhn)
    "4532 0184 7305 6274": "luhn", "4229\u00a00481\u00a07365\u00a00322": "luhn", "5398 7104 2683 1502": "luhn",
    "3718 492056 37144": "luhn", "4982316504782198": "luhn", "5103 8729 4061 5385": "luhn",
    "6011 5284 9302 7167": "luhn", "4027-1835-0964-1721": "luhn", "2223 0184 7562 9407": "luhn",
    # other Luhn numbers: Canadian SIN, South African ID
    "463-918-276": "luhn", "710 528 613": "luhn", "9104025084089": "luhn", "8803140127084": "luhn",
    # IBANs (mod 97 and the length of their country)
    "FR92 3000 4028 3700 0104 7293 856": "iban", "ES07 0049 1827 3602 1048 3759": "iban",
    "GB40 HLFX 1105 2748 3916 02": "iban", "DE34 3705 0198 0472 9183 56": "iban",
    "AE16 0260 0010 1482 9370 145": "iban", "BR78 0036 0305 0000 1048 2937 110C 1": "iban",
    "IE39 BOFI 9001 2748 2910 55": "iban", "PL61 1090 1014 0000 0712 1981 2874": "iban",
    "DE26700100800384192765": "iban", "NL88 RABO 0318 2947 56": "iban", "IT07 X054 2811 1010 0000 0472 931": "iban",
    # national, tax, health and bank identifiers
    "485 729 3161": "nhs", "603 918 2741": "nhs", "916 420 5738": "nhs", "7291048354": "nhs",
    "4720 1938 5612": "aadhaar", "8364 7029 1549": "aadhaar", "5619-3820-7463": "aadhaar",
    "9305 1742 8669": "aadhaar",
    "47 120 935 464": "steuer_id", "86024173928": "steuer_id",
    "2 95 09 69 381 027 14": "nir", "1 84 07 75 123 418 95": "nir",
    "48271936L": "dni", "07194382-M": "dni", "53028164P": "dni",
    "BNCFNC82C14L736X": "cf_it", "RSSGLI91T52F205V": "cf_it",
    "284719031": "bsn", "610392840": "bsn", "173559207": "bsn",
    "85072314680": "pesel", "77110459138": "pesel", "02241605826": "pesel", "69031874512": "pesel",
    "284.719.306-50": "cpf", "530.182.647-62": "cpf", "641.093.827-69": "cpf", "940.182.736-22": "cpf",
    "026310473": "aba", "261184590": "aba", "012180004829173608": "clabe",
}


# --- tests -----------------------------------------------------------------------------------------------------

def test_markup_is_balanced_and_every_span_round_trips() -> None:
    records = dev10_records()
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
                assert not value.endswith(("'s", "\u2019s")), value


def test_styles_are_balanced_and_records_multi_line() -> None:
    counts = Counter(kind for kind, _ in RECORDS)
    assert set(counts) == _STYLES | {"pii_free"}
    assert all(8 <= counts[style] <= 12 for style in _STYLES), counts
    assert counts["pii_free"] >= 20
    lines = [marked.count("\n") + 1 for kind, marked in RECORDS if kind != "pii_free"]
    assert all(3 <= line_count <= 12 for line_count in lines), lines


def test_pii_free_records_have_no_gold_and_the_rest_do() -> None:
    for record in dev10_records():
        kinds = {g[3] for g in record.gold} - {"CITY"}
        assert (record.kind == "pii_free") == (not kinds), record.record["text"]
        if record.kind == "pii_free":
            assert not record.gold, record.record["text"]


def test_every_gold_type_is_present() -> None:
    kinds = Counter(g[3] for r in dev10_records() for g in r.gold)
    assert set(kinds) == {"PERSON", "ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "ID", "DATE_OF_BIRTH",
                          "IP_ADDRESS", "CITY"}
    assert min(kinds.values()) >= 20, kinds
    assert kinds["PERSON"] >= 350 and kinds["ADDRESS"] >= 80 and kinds["ID"] >= 60, kinds
    assert kinds["PHONE_NUMBER"] >= 40 and kinds["EMAIL_ADDRESS"] >= 40 and kinds["DATE_OF_BIRTH"] >= 25, kinds
    assert kinds["CITY"] >= 30


def test_unicode_oddities_occur() -> None:
    gold = [g for r in dev10_records() for g in r.gold]
    assert any("\u00a0" in g[4] for g in gold if g[3] == "PHONE_NUMBER")
    assert any("\u00a0" in g[4] for g in gold if g[3] == "ID")
    assert any("\u200b" in g[4] for g in gold if g[3] == "EMAIL_ADDRESS")
    text = "".join(r.record["text"] for r in dev10_records())
    for oddity in ("\u201c", "\u201d", "\u2019"):
        assert oddity in text, repr(oddity)


def test_identifiers_carry_valid_check_digits() -> None:
    ids = [g[4] for r in dev10_records() for g in r.gold if g[3] == "ID"]
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


def _births(record) -> list[datetime.date]:
    dates = []
    for value in (g[4] for g in record.gold if g[3] == "DATE_OF_BIRTH"):
        if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
            dates.append(datetime.date(int(match[1]), int(match[2]), int(match[3])))
        elif match := re.fullmatch(r"(\d{2})\.(\d{2})\.(\d{4})", value):
            dates.append(datetime.date(int(match[3]), int(match[2]), int(match[1])))
    return dates


def test_the_pesel_encodes_the_date_of_birth_beside_it() -> None:
    for record in dev10_records():
        for value in (g[4] for g in record.gold if g[3] == "ID" and CHECKED.get(g[4]) == "pesel"):
            year, month, day = int(value[:2]), int(value[2:4]), int(value[4:6])
            date = datetime.date(year + (2000 if month > 20 else 1900), month % 20, day)
            assert date in _births(record), (value, _births(record))


def test_the_south_african_ids_encode_a_real_date_and_sex() -> None:
    born = {"9104025084089": (datetime.date(1991, 4, 2), "M"), "8803140127084": (datetime.date(1988, 3, 14), "F")}
    for value, (date, sex) in born.items():
        assert datetime.date(1900 + int(value[:2]), int(value[2:4]), int(value[4:6])) == date
        assert ("M" if int(value[6:10]) >= 5000 else "F") == sex and value[10] == "0"  # citizen
