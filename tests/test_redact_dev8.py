"""The hand-written development set benchmarks/redact_dev8.py parses cleanly and every identifier whose scheme has
a check digit carries a valid one (no model is loaded; the set is never scored here)."""

import re
from collections import Counter

from benchmarks.redact_dev import _MARK
from benchmarks.redact_dev8 import RECORDS, dev8_records
from tests.gold_checks import digits as _digits
from tests.gold_checks import iban_mod97 as _mod97
from tests.gold_checks import luhn as _luhn
from tests.gold_checks import weighted as _weighted

_TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra|D\.ª|Mme|Madame|Monsieur|M\.|Frau|Herr|Herrn|Hr|Shri|Smt|"
                     r"MUDr|Adv|Advocate)\.?\s", re.IGNORECASE)

_STYLES = {"helpdesk_ticket", "clinical_note", "hr_memo", "team_chat", "app_log", "csv_export", "address_label",
           "bank_memo", "crm_activity", "forum_thread", "referral_letter", "billing_notice", "tax_return",
           "complaint_letter"}


# --- check-digit schemes ---------------------------------------------------------------------------------------

def _luhn_value(value: str) -> bool:  # payment cards, Canadian SIN, Greek AMKA, South African ID
    return _luhn(_digits(value))


_IBAN_LENGTHS = {"AT": 20, "BE": 16, "BR": 29, "CH": 21, "CZ": 24, "DE": 22, "DK": 18, "EG": 29, "ES": 24, "FI": 18,
                 "FR": 27, "GB": 22, "GR": 27, "HU": 28, "IE": 22, "IT": 27, "NL": 18, "NO": 15, "PL": 28, "PT": 25,
                 "RO": 24, "SA": 24, "TR": 26}


def _iban(value: str) -> bool:
    compact = value.replace(" ", "")
    return len(compact) == _IBAN_LENGTHS.get(compact[:2], -1) and compact[2:4].isdigit() and _mod97(compact)


def _nhs(value: str) -> bool:  # NHS number: mod 11, weights 10..2; a remainder giving 10 is never issued
    d = _digits(value)
    check = 11 - _weighted(d[:9], list(range(10, 1, -1))) % 11
    return len(d) == 10 and check != 10 and (0 if check == 11 else check) == int(d[9])


def _ppsn(value: str) -> bool:  # Irish PPSN: 7 digits, check letter, optional second letter weighted 9
    match = re.fullmatch(r"(\d{7})([A-W])([A-Z]?)", value)
    if not match:
        return False
    total = _weighted(match[1], [8, 7, 6, 5, 4, 3, 2]) + (9 * (ord(match[3]) - 64) if match[3] else 0)
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == match[2]


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


def _nir(value: str) -> bool:  # French NIR: key = 97 - (first 13 digits mod 97)
    compact = value.replace(" ", "")
    return len(compact) == 15 and compact.isdigit() and 97 - int(compact[:13]) % 97 == int(compact[13:])


def _steuer_id(value: str) -> bool:  # German Steuer-ID: ISO 7064 MOD 11,10; one digit of the first ten repeats
    if not re.fullmatch(r"[1-9]\d{10}", value):
        return False
    counts = Counter(value[:10]).values()
    if sorted(counts, reverse=True)[:2] not in ([2, 1], [3, 1]):
        return False
    product = 10
    for ch in value[:10]:
        total = (int(ch) + product) % 10 or 10
        product = total * 2 % 11
    return (11 - product) % 10 == int(value[10])


def _be_national(value: str) -> bool:  # Belgian national number: 97 - (9 digits mod 97), "2" prefixed after 1999
    d = _digits(value)
    if len(d) != 11:
        return False
    return int(d[9:]) in (97 - int(d[:9]) % 97, 97 - int("2" + d[:9]) % 97)


def _bsn(value: str) -> bool:  # Dutch BSN: 11-proof, the last digit weighted -1
    if not re.fullmatch(r"\d{9}", value):
        return False
    return (_weighted(value[:8], list(range(9, 1, -1))) - int(value[8])) % 11 == 0


def _nif_pt(value: str) -> bool:  # Portuguese NIF: mod 11, weights 9..2, a check of 10 or 11 written 0
    if not re.fullmatch(r"[1-35-9]\d{8}", value):
        return False
    check = 11 - _weighted(value[:8], list(range(9, 1, -1))) % 11
    return (0 if check >= 10 else check) == int(value[8])


def _rodne_cislo(value: str) -> bool:  # Czech birth number (10 digits since 1954): divisible by 11
    d = _digits(value)
    month = int(d[2:4]) % 50
    return len(d) == 10 and 1 <= month <= 12 and int(d) % 11 == 0


def _taj(value: str) -> bool:  # Hungarian TAJ: 8 digits weighted 3, 7, 3, 7 ... mod 10
    d = _digits(value)
    return len(d) == 9 and _weighted(d[:8], [3, 7] * 4) % 10 == int(d[8])


def _cnp(value: str) -> bool:  # Romanian CNP
    check = _weighted(value[:12], [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11
    return len(value) == 13 and value.isdigit() and (1 if check == 10 else check) == int(value[12])


def _tc_kimlik(value: str) -> bool:  # Turkish TC Kimlik No: two check digits
    if not re.fullmatch(r"[1-9]\d{10}", value):
        return False
    d = [int(ch) for ch in value]
    tenth = (7 * sum(d[0:9:2]) - sum(d[1:8:2])) % 10
    return tenth == d[9] and sum(d[:10]) % 10 == d[10]


def _cpf(value: str) -> bool:  # Brazilian CPF: two mod 11 check digits
    d = [int(c) for c in _digits(value)]
    if len(d) != 11:
        return False
    for n in (9, 10):
        r = sum(a * b for a, b in zip(d[:n], range(n + 1, 1, -1), strict=True)) * 10 % 11
        if (0 if r == 10 else r) != d[n]:
            return False
    return True


_CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def _curp(value: str) -> bool:  # Mexican CURP: 17 characters weighted 18..2, mod 10
    if not re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d", value):
        return False
    total = sum(_CURP_ALPHABET.index(ch) * (18 - i) for i, ch in enumerate(value[:17]))
    return (10 - total % 10) % 10 == int(value[17])


def _cn_id(value: str) -> bool:  # PRC resident identity card, ISO 7064 mod 11-2
    r = _weighted(value[:17], [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11
    return len(value) == 18 and value[:17].isdigit() and "10X98765432"[r] == value[17]


def _cpr(value: str) -> bool:  # Danish CPR (numbers with the modulus-11 check)
    d = _digits(value)
    return len(d) == 10 and _weighted(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 == 0


def _fnr(value: str) -> bool:  # Norwegian fødselsnummer: two mod 11 check digits
    if not re.fullmatch(r"\d{11}", value):
        return False
    for weights, position in (([3, 7, 6, 1, 8, 9, 4, 5, 2], 9), ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], 10)):
        check = 11 - _weighted(value[:position], weights) % 11
        if check == 10 or (0 if check == 11 else check) != int(value[position]):
            return False
    return True


def _hetu(value: str) -> bool:  # Finnish henkilötunnus: DDMMYY, century sign, 3 digits, mod 31 check character
    match = re.fullmatch(r"(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])", value)
    return bool(match) and "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(match[1] + match[2]) % 31] == match[3]


def _dni(value: str) -> bool:  # Spanish DNI: 8 digits and the letter of their remainder mod 23
    match = re.fullmatch(r"(\d{8})([A-Z])", value)
    return bool(match) and "TRWAGMYFPDXBNJZSQVHLCKE"[int(match[1]) % 23] == match[2]


_SCHEMES = {"luhn": _luhn_value, "iban": _iban, "nhs": _nhs, "ppsn": _ppsn, "aadhaar": _aadhaar, "nir": _nir,
            "steuer_id": _steuer_id, "be_national": _be_national, "bsn": _bsn, "nif_pt": _nif_pt,
            "rodne_cislo": _rodne_cislo, "taj": _taj, "cnp": _cnp, "tc_kimlik": _tc_kimlik, "cpf": _cpf,
            "curp": _curp, "cn_id": _cn_id, "cpr": _cpr, "fnr": _fnr, "hetu": _hetu, "dni": _dni}

# Character positions a scheme's check does not cover: the CURP weighs its 9th character (the tens of the day of
# birth) by 10, i.e. by 0 mod 10.
_UNCHECKED = {"curp": {8}}

# Every identifier in the set that has a published check digit, with its scheme.
CHECKED = {
    # payment cards (Luhn), with spaces, dashes, dots, no-break and thin spaces or nothing between the groups
    "6011287504391860": "luhn", "5472 0931 6628 8400": "luhn", "4539-7712-0846-3156": "luhn",
    "4024.0071.9356.2286": "luhn", "4916\u00a03380\u00a02754\u00a00615": "luhn", "5105 6643 9027 7115": "luhn",
    "3782\u2009641093\u200955210": "luhn", "5233 8817 4096 0522": "luhn", "4571 9902 6613 4785": "luhn",
    # other Luhn numbers: Canadian SIN, Greek AMKA, South African ID
    "417 392 859": "luhn", "528 064 173": "luhn", "14038807526": "luhn", "27099103189": "luhn",
    "8805175241086": "luhn", "9302210129087": "luhn",
    # IBANs (mod 97 and the length of their country)
    "SA02 4500 0000 2081 7364 0019": "iban", "CZ16 5500 0000 0027 8361 9401": "iban",
    "NL82 RABO 0318 4729 56": "iban", "PT15 0035 0721 0048 2917 3608 2": "iban", "AT21 1420 0200 1837 4659": "iban",
    "BE68 0634 8291 7635": "iban", "BE30 0017 4283 9105": "iban", "HU31 1040 0023 1840 2719 0000 0000": "iban",
    "RO26 BTRL RONC RT04 9381 7265": "iban", "PL10 2490 2000 0071 8340 2756 1938": "iban",
    "GB93 MIDL 4005 1632 9184 75": "iban", "DE80370400440532013841": "iban", "TR140004600173888000294751": "iban",
    "ES60 0182 4390 8102 0193 8475": "iban", "CH06 0076 2458 7391 2004 A": "iban",
    "GR93 0172 0460 0000 4829 1736 502": "iban", "BR02 0000 0000 0106 7000 0317 294C 1": "iban",
    "EG93 0003 0004 0000 0001 8346 7250 1": "iban", "IE20 BOFI 9012 8374 6192 03": "iban",
    "IT33 R030 6909 4201 0000 0063 718": "iban", "DE23 1203 0000 1058 8372 66": "iban",
    "FR94 3000 3012 8700 0481 7265 130": "iban", "ES19 0081 7344 2900 0186 2371": "iban",
    "IE43 AIBK 9320 8847 1209 34": "iban", "DE67 7605 0101 0382 9471 65": "iban",
    "PT38 0010 0000 4718 2639 5015 2": "iban", "NO24 1503 8274 619": "iban", "FI04 4055 1020 0384 17": "iban",
    "DK48 3000 0071 8392 64": "iban",
    # national, tax and health identifiers
    "485 777 3406": "nhs", "612 048 3799": "nhs", "943 476 5919": "nhs",
    "6381042W": "ppsn", "8812054GA": "ppsn",
    "4918 2736 5013": "aadhaar", "7362 0519 4827": "aadhaar", "2847 1936 0250": "aadhaar",
    "6183 0274 9154": "aadhaar", "3501 9826 4732": "aadhaar",
    "2 87 05 69 123 045 13": "nir", "1 92 04 75 056 118 25": "nir",
    "47192083755": "steuer_id", "65031829468": "steuer_id", "28914065329": "steuer_id",
    "85.07.30-033.28": "be_national", "02.02.14-268.76": "be_national", "79.01.12-187.52": "be_national",
    "174082538": "bsn", "263918579": "bsn",
    "238470199": "nif_pt", "186023952": "nif_pt", "271493682": "nif_pt",
    "900304/1487": "rodne_cislo", "755411/0212": "rodne_cislo",
    "037 819 420": "taj", "2860412130479": "cnp", "38492057110": "tc_kimlik",
    "538.104.962-51": "cpf", "207.493.816-04": "cpf",
    "TESX910604MNLRLM04": "curp", "BAOJ781123HMNRCQ08": "curp",
    "440304198809174524": "cn_id", "11010819930302381X": "cn_id",
    "120589-4124": "cpr", "17048449549": "fnr", "08119237255": "fnr", "230587-4328": "hetu", "48213377H": "dni",
}


# --- tests -----------------------------------------------------------------------------------------------------

def test_markup_is_balanced_and_every_span_round_trips() -> None:
    records = dev8_records()
    assert len(records) == len(RECORDS) >= 160
    for kind, marked in RECORDS:
        leftover = _MARK.sub("", marked)
        assert not re.search(r"\{[A-Z]:", leftover), marked
        if kind != "app_log":  # only JSON log lines keep braces of their own
            assert "{" not in leftover and "}" not in leftover, marked
        assert leftover.count("{") == leftover.count("}"), marked
    for record in records:
        text = record.record["text"]
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
    assert all(3 <= line_count <= 12 for line_count in lines), lines


def test_pii_free_records_have_no_gold_and_the_rest_do() -> None:
    for record in dev8_records():
        kinds = {g[3] for g in record.gold} - {"CITY"}
        assert (record.kind == "pii_free") == (not kinds), record.record["text"]
        if record.kind == "pii_free":
            assert not record.gold, record.record["text"]


def test_every_gold_type_is_present() -> None:
    kinds = Counter(g[3] for r in dev8_records() for g in r.gold)
    assert set(kinds) == {"PERSON", "ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "ID", "DATE_OF_BIRTH",
                          "IP_ADDRESS", "CITY"}
    assert min(kinds.values()) >= 20, kinds
    assert kinds["PERSON"] >= 300 and kinds["ADDRESS"] >= 80 and kinds["ID"] >= 60, kinds
    assert kinds["EMAIL_ADDRESS"] >= 40 and kinds["PHONE_NUMBER"] >= 40 and kinds["CITY"] >= 30, kinds


def test_unicode_oddities_occur() -> None:
    text = "".join(r.record["text"] for r in dev8_records())
    for oddity in ("\u00a0", "\u2009", "\u200b", "\uff20", "\u201c", "\u201d", "\u00ad", "\u00c3"):
        assert oddity in text, repr(oddity)
    spans = {(g[3], ch) for r in dev8_records() for g in r.gold for ch in "\u00a0\u2009\u200b\uff20\u00ad\u00c3"
             if ch in g[4]}
    assert {("ID", "\u00a0"), ("PHONE_NUMBER", "\u00a0"), ("ID", "\u2009"), ("EMAIL_ADDRESS", "\u200b"),
            ("EMAIL_ADDRESS", "\uff20"), ("PERSON", "\u00ad"), ("PERSON", "\u00c3")} <= spans


def test_identifiers_carry_valid_check_digits() -> None:
    ids = [g[4] for r in dev8_records() for g in r.gold if g[3] == "ID"]
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
        skipped = _UNCHECKED.get(scheme, set())
        for position, ch in enumerate(value):
            if not ch.isdigit() or position in skipped:
                continue
            broken = value[:position] + str((int(ch) + 1) % 10) + value[position + 1:]
            assert not _SCHEMES[scheme](broken), (scheme, value, broken)
