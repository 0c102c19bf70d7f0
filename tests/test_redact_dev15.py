"""The hand-written development set benchmarks/redact_dev15.py parses cleanly, every identifier whose scheme has a
check digit carries a valid one, identifiers that encode a birth date agree with the date of birth beside them, and
every date of birth is a real date (no model is loaded; the set is never scored here)."""

import datetime
import re
from collections import Counter

from benchmarks.redact_data import NEUTRAL
from benchmarks.redact_dev import _MARK
from benchmarks.redact_dev15 import RECORDS, dev15_records
from tests.gold_checks import digits as _digits
from tests.gold_checks import iban_mod97 as _iban_mod97
from tests.gold_checks import luhn as _luhn
from tests.gold_checks import weighted as _weighted

_TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Dre|Prof|Nurse|Sister|Fr|Sr|Sra|Mme|Madame|Monsieur|Frau|Herr|"
                     r"Herrn|Shri|Smt|Khun|Encik|Puan|Bapak|Pak|dott|dott\.ssa|sig\.ra|mevr|dr|Lic|PC|Officer|"
                     r"Baby|Familie)\.?\s")

_STYLES = {"support_ticket", "clinical_note", "hr_email", "chat_log", "ops_log", "csv_rows", "postal_block",
           "bank_note", "crm_note", "forum_post", "referral_letter", "payment_update", "tax_form",
           "incident_report"}


# --- check-digit schemes (written apart from pipeline/checksums.py, which this test never imports) -------------

def _luhn_value(value: str) -> bool:  # cards, Canadian SIN, SA ID, Swedish personnummer, Israeli ID, AMKA, Emirates ID
    return _luhn(_digits(value))


_IBAN_LENGTHS = {"AE": 23, "BE": 16, "BR": 29, "CH": 21, "CZ": 24, "DE": 22, "DK": 18, "EG": 29, "ES": 24, "FI": 18,
                 "FR": 27, "GB": 22, "GR": 27, "IE": 22, "IL": 23, "IT": 27, "LT": 20, "NL": 18, "NO": 15, "PL": 28,
                 "PT": 25, "RO": 24, "SA": 24, "SE": 24, "TR": 26, "UA": 29}


def _iban(value: str) -> bool:
    compact = value.replace(" ", "")
    return len(compact) == _IBAN_LENGTHS.get(compact[:2], 0) and _iban_mod97(compact)


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


def _dni(value: str) -> bool:  # Spanish DNI (8 digits) and NIE (X/Y/Z = 0/1/2 and 7 digits), letter of mod 23
    match = re.fullmatch(r"([XYZ]?)(\d{7,8})-?([A-Z])", value)
    if not match or len(match[1] + match[2]) != 8:
        return False
    number = int(str("XYZ".index(match[1])) + match[2]) if match[1] else int(match[2])
    return "TRWAGMYFPDXBNJZSQVHLCKE"[number % 23] == match[3]


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23], strict=True))


def _cf(value: str) -> bool:  # Italian codice fiscale
    if not re.fullmatch(r"[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]", value):
        return False
    even = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 65  # noqa: E731
    total = sum(_CF_ODD[ch] if i % 2 == 0 else even(ch) for i, ch in enumerate(value[:15]))
    return chr(65 + total % 26) == value[15]


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


def _hetu(value: str) -> bool:  # Finnish henkilötunnus: DDMMYY, century sign, NNN, mod 31 character
    match = re.fullmatch(r"(\d{6})[-+ABCDEFYXWVU](\d{3})([0-9A-Y])", value)
    return bool(match) and "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(match[1] + match[2]) % 31] == match[3]


def _fnr(value: str) -> bool:  # Norwegian fødselsnummer, two mod 11 check digits
    d = _digits(value)
    if len(d) != 11:
        return False
    for n, weights in ((9, [3, 7, 6, 1, 8, 9, 4, 5, 2]), (10, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])):
        k = (11 - _weighted(d[:n], weights) % 11) % 11
        if k == 10 or k != int(d[n]):
            return False
    return True


def _cpr(value: str) -> bool:  # Danish CPR, the mod 11 rule (weights 4-3-2-7-6-5-4-3-2-1)
    d = _digits(value)
    return len(d) == 10 and _weighted(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 == 0


def _be_nrn(value: str) -> bool:  # Belgian national number (born before 2000): 97 - (9 digits mod 97)
    d = _digits(value)
    return len(d) == 11 and 97 - int(d[:9]) % 97 == int(d[9:])


def _pt_nif(value: str) -> bool:  # Portuguese NIF, weights 9..2 mod 11
    d = _digits(value)
    if len(d) != 9 or d[0] not in "1235689":
        return False
    r = _weighted(d[:8], [9, 8, 7, 6, 5, 4, 3, 2]) % 11
    return (0 if r < 2 else 11 - r) == int(d[8])


def _tc_kimlik(value: str) -> bool:  # Turkish TC kimlik no: two check digits
    if len(value) != 11 or not value.isdigit() or value[0] == "0":
        return False
    d = [int(c) for c in value]
    return (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def _nric(value: str) -> bool:  # Singapore NRIC/FIN, weights 2-7-6-5-4-3-2 and a check letter
    match = re.fullmatch(r"([STFG])(\d{7})([A-Z])", value)
    if not match:
        return False
    r = (_weighted(match[2], [2, 7, 6, 5, 4, 3, 2]) + (4 if match[1] in "TG" else 0)) % 11
    return ("JZIHGFEDCBA" if match[1] in "ST" else "XWUTRQPNMLK")[r] == match[3]


def _tfn(value: str) -> bool:  # Australian tax file number, weights 1-4-3-7-5-8-6-9-10 mod 11
    d = _digits(value)
    return len(d) == 9 and _weighted(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 == 0


def _ahv(value: str) -> bool:  # Swiss AHV/AVS number: 756 and an EAN-13 check digit
    d = _digits(value)
    return len(d) == 13 and d.startswith("756") and (10 - _weighted(d[:12], [1, 3] * 6) % 10) % 10 == int(d[12])


def _cn_rid(value: str) -> bool:  # Chinese resident identity number, ISO 7064 MOD 11-2
    if not re.fullmatch(r"\d{17}[\dX]", value):
        return False
    total = sum(int(ch) * pow(2, 17 - i, 11) for i, ch in enumerate(value[:17]))
    return "10X98765432"[total % 11] == value[17]


def _cuit(value: str) -> bool:  # Argentine CUIT/CUIL, weights 5-4-3-2-7-6-5-4-3-2 mod 11
    d = _digits(value)
    if len(d) != 11:
        return False
    k = 11 - _weighted(d[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
    return k != 10 and (0 if k == 11 else k) == int(d[10])


def _cz_rc(value: str) -> bool:  # Czech rodné číslo (10 digits): the number is divisible by 11
    d = _digits(value)
    return len(d) == 10 and int(d) % 11 == 0


def _cnp(value: str) -> bool:  # Romanian CNP, weights 2-7-9-1-4-6-3-5-8-2-7-9 mod 11 (10 counts as 1)
    if len(value) != 13 or not value.isdigit():
        return False
    r = _weighted(value[:12], [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11
    return (1 if r == 10 else r) == int(value[12])


_SCHEMES = {"luhn": _luhn_value, "iban": _iban, "nhs": _nhs, "aadhaar": _aadhaar, "steuer_id": _steuer_id,
            "nir": _nir, "dni": _dni, "cf_it": _cf, "bsn": _bsn, "pesel": _pesel, "cpf": _cpf, "aba": _aba,
            "clabe": _clabe, "hetu": _hetu, "fnr": _fnr, "cpr": _cpr, "be_nrn": _be_nrn, "pt_nif": _pt_nif,
            "tc_kimlik": _tc_kimlik, "nric": _nric, "tfn": _tfn, "ahv": _ahv, "cn_rid": _cn_rid, "cuit": _cuit,
            "cz_rc": _cz_rc, "cnp": _cnp}

# Every identifier in the set whose scheme has a published check digit, with its scheme.
CHECKED = {
    "4716 6454 9717 7351": "luhn", "4539 5189 7956 0862": "luhn", "5412 2792 0791 9078": "luhn",
    "3530 1929 6295 0505": "luhn", "5573 4164 7066 3042": "luhn", "2221 8070 2823 0008": "luhn",
    "5234 6505 7139 1712": "luhn", "4024\u00a05131\u00a05639\u00a09004": "luhn", "5105 9429 9844 7334": "luhn",
    "4929 9172 0671 2296": "luhn", "6011-7985-1450-1397": "luhn", "3782 177388 93845": "luhn", "262 096 654": "luhn",
    "742-870-728": "luhn", "729710285": "luhn", "9203042535089": "luhn", "8506176316089": "luhn",
    "930728-1965": "luhn", "870214-9173": "luhn", "248867236": "luhn", "310203211": "luhn", "12038840778": "luhn",
    "05079171384": "luhn", "784-1987-4629183-4": "luhn", "784-1992-5183047-9": "luhn",
    "DE36 9535 0014 1987 8779 47": "iban", "NO48 9097 2494 060": "iban", "ES53 9654 9390 8630 3559 5904": "iban",
    "CH23 1700 9514 5731 2360 0": "iban", "UA80 7037 2345 0333 4530 1891 2641 1": "iban",
    "IT79K2586754047769914115184": "iban", "PL89 5756 9426 6887 9332 4811 5669": "iban",
    "CZ15 7045 9804 2228 8844 8847": "iban", "RO83 BTRL 6892 4561 9132 6589": "iban",
    "SA74 8449 6279 2043 6178 2707": "iban", "AE44 6668 5682 8926 8179 590": "iban",
    "CH46 0076 2225 1239 3704 5": "iban", "BE98 6379 1880 7819": "iban", "ES33 2100 0528 5596 6542 5987": "iban",
    "DK23 7601 3637 0058 23": "iban", "IL65 0307 9039 0598 7137 113": "iban",
    "PT46 1317 2300 7668 8867 2864 2": "iban", "PL09 1020 7373 1976 8633 5386 1408": "iban",
    "TR82 4829 2084 4669 3797 7482 22": "iban", "FR46 0514 3782 5112 7562 2210 589": "iban",
    "BR70 7535 2147 5433 1334 0737 511C 1": "iban", "DE28370400443160086993": "iban",
    "SE67 5516 4765 1645 6313 4066": "iban", "GR57 2872 9323 9955 3959 4655 454": "iban",
    "EG06 2519 5934 2351 0046 0916 3910 3": "iban", "DE19 7635 0000 4673 6532 68": "iban",
    "ES88 0182 4717 4292 4741 1667": "iban", "LT44 7300 0086 1793 7541": "iban",
    "443 132 0474": "nhs", "410 354 1237": "nhs",
    "8971 5217 3485": "aadhaar", "4247-2181-1064": "aadhaar", "6969 2195 7559": "aadhaar",
    "9384 6120 1890": "aadhaar", "2346 1977 0504": "aadhaar", "5874 6418 3813": "aadhaar",
    "5298 5785 8320": "aadhaar",
    "89 314 546 073": "steuer_id", "27353316484": "steuer_id",
    "2 88 04 75 974 891 85": "nir", "1 79 11 69 912 450 47": "nir",
    "Y6412838S": "dni", "47684450E": "dni", "16901019-K": "dni",
    "FRRLRT76H12D612Q": "cf_it", "CPPMRA83S58A662X": "cf_it", "SPSGLI90B54F839K": "cf_it",
    "130698362": "bsn", "4471.27.159": "bsn", "791400542": "bsn",
    "81092793500": "pesel", "95031286309": "pesel", "88041528024": "pesel",
    "812.561.718-32": "cpf", "424.249.262-63": "cpf", "916.589.033-74": "cpf", "866.363.035-22": "cpf",
    "070828775": "aba", "021807020": "aba",
    "014180716937407808": "clabe",
    "140582-450R": "hetu", "030903A606H": "hetu",
    "23087500748": "fnr", "11119037583": "fnr",
    "190681-2203": "cpr",
    "86.04.22-453.42": "be_nrn",
    "223 431 222": "pt_nif", "281601062": "pt_nif",
    "64915521722": "tc_kimlik", "64268128456": "tc_kimlik",
    "S8567970H": "nric", "T0337225H": "nric",
    "133 092 755": "tfn", "869 615 421": "tfn",
    "756.1718.7917.01": "ahv",
    "310104198905163462": "cn_rid",
    "27-74933630-2": "cuit",
    "885712/4034": "cz_rc",
    "1840709734904": "cnp",
}

# The identifiers that only have the shape of real ones (their schemes publish no check digit).
SHAPE_ONLY = {
    "4418207736", "521-48-3307", "AKWPG4721M", "22419873051", "0123948876", "K2281934", "0048812673", "CH-00418827",
    "00731829", "EG-551873", "AXA-77201934", "GHA-719238461-3", "00918273", "E0048213", "614-29-8830", "20-41-77",
    "53921886", "28419937", "A008472913K", "0071004829371", "3174052308860004", "70018824", "1441002938471",
    "HR-4410", "HR-4411", "HR-4412", "RX0048123", "RX0048140", "RX0048152", "A18472936", "HXW882013447",
    "HXW882019903", "HXW882024512", "S-3310", "S-3311", "S-3312", "558247193", "JT 48 27 16 C", "AFRPI8832K",
    "22381904716", "48291037512", "34.871.226", "840512-10-5532", "0452 7718 2093", "LEFA 8809 2314", "NH4471823",
    "83-91-26", "40178233", "000281447632", "48812-7", "M-0049182", "84721 93058", "NR 33 41 28 B", "537-71-0284",
    "BQRPB5521H", "P-22817", "SK19 XHT", "A07749213", "HM-3391827", "HM-3391872", "RQ2218840", "KZ-781-P",
    "9-TRN-44", "WL 72 19 03 D",
}

# Numbers that look like a payment card but are not one (Indonesian NIK).
_NOT_CARDS = {"3174052308860004"}


# --- tests -----------------------------------------------------------------------------------------------------

def _gold(kind: str) -> list[str]:
    return [g[4] for r in dev15_records() for g in r.gold if g[3] == kind]


def test_markup_is_balanced_and_every_span_round_trips() -> None:
    records = dev15_records()
    assert len(records) == len(RECORDS) >= 170
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
    assert all(11 <= counts[style] <= 13 for style in _STYLES), counts
    assert 12 <= counts["pii_free"] <= 15, counts
    lines = [marked.count("\n") + 1 for _, marked in RECORDS]
    assert all(2 <= line_count <= 15 for line_count in lines), lines


def test_pii_free_records_have_no_gold_and_the_rest_do() -> None:
    for record in dev15_records():
        kinds = {g[3] for g in record.gold} - {NEUTRAL}
        assert (record.kind == "pii_free") == (not kinds), record.record["text"]
        if record.kind == "pii_free":
            assert not record.gold, record.record["text"]


def test_every_gold_type_is_present() -> None:
    kinds = Counter(g[3] for r in dev15_records() for g in r.gold)
    assert set(kinds) == {"PERSON", "ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "ID", "DATE_OF_BIRTH",
                          "IP_ADDRESS", NEUTRAL}
    assert kinds["PERSON"] >= 400 and kinds["ADDRESS"] >= 250 and kinds["ID"] >= 150, kinds
    assert kinds["PHONE_NUMBER"] >= 90 and kinds["EMAIL_ADDRESS"] >= 45 and kinds["DATE_OF_BIRTH"] >= 50, kinds
    assert kinds["IP_ADDRESS"] >= 20 and kinds[NEUTRAL] >= 100, kinds


def test_unicode_oddities_occur() -> None:
    assert any("\u00a0" in value for value in _gold("PHONE_NUMBER"))
    assert any("\u00a0" in value for value in _gold("ID"))
    assert any("\u3000" in value for value in _gold("PERSON"))
    text = "".join(r.record["text"] for r in dev15_records())
    for oddity in ("\u201c", "\u201d"):
        assert oddity in text, repr(oddity)


def test_every_identifier_is_classified_and_check_digits_are_valid() -> None:
    ids = set(_gold("ID"))
    assert ids == set(CHECKED) | SHAPE_ONLY and not set(CHECKED) & SHAPE_ONLY, ids ^ (set(CHECKED) | SHAPE_ONLY)
    for value, scheme in CHECKED.items():
        assert _SCHEMES[scheme](value), (scheme, value)
    for value in ids:  # anything shaped like an IBAN or a payment card is in the checked table
        compact = re.sub(r"[\s\-\u00a0]", "", value)
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact) or re.fullmatch(r"[2-6]\d{14,15}", compact):
            assert value in CHECKED or value in _NOT_CARDS, value
    assert set(CHECKED.values()) == set(_SCHEMES)
    assert len({v.replace(" ", "")[:2] for v, s in CHECKED.items() if s == "iban"}) >= 20


def test_a_wrong_digit_fails_the_checks() -> None:
    for value, scheme in CHECKED.items():
        for position, ch in enumerate(value):
            if not ch.isdigit():
                continue
            for step in range(1, 10):
                broken = value[:position] + str((int(ch) + step) % 10) + value[position + 1:]
                assert not _SCHEMES[scheme](broken), (scheme, value, broken)


_US_DATES = {"07/22/1990"}  # written month first, on US forms
_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%d %b %Y", "%d %B %Y")


def _birth_date(value: str) -> datetime.date:
    if value in _US_DATES:
        return datetime.datetime.strptime(value, "%m/%d/%Y").date()
    for fmt in _FORMATS:
        try:
            return datetime.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise AssertionError(f"not a date: {value!r}")


def test_dates_of_birth_are_real_dates() -> None:
    dates = [_birth_date(value) for value in _gold("DATE_OF_BIRTH")]
    assert all(datetime.date(1920, 1, 1) <= d <= datetime.date(2024, 12, 31) for d in dates), dates


def _century(yy: int) -> int:
    return 2000 + yy if yy <= 24 else 1900 + yy


_CF_MONTHS = "ABCDEHLMPRST"


def _encoded_birth(value: str, scheme: str) -> tuple[int, int, int | None] | None:
    """(year, month, day) that an identifier encodes, day None where only the month is encoded."""
    d = _digits(value)
    if scheme == "pesel":
        month = int(d[2:4])
        return (1900 + int(d[:2]) + (100 if month > 20 else 0), month % 20, int(d[4:6]))
    if scheme == "hetu":
        return ((2000 if value[6] in "ABCDEF" else 1900) + int(d[4:6]), int(d[2:4]), int(d[:2]))
    if scheme in ("fnr", "cpr"):
        return (_century(int(d[4:6])), int(d[2:4]), int(d[:2]))
    if scheme == "cn_rid":
        return (int(d[6:10]), int(d[10:12]), int(d[12:14]))
    if scheme == "nir":
        return (_century(int(d[1:3])), int(d[3:5]), None)
    if scheme == "cf_it":
        return (_century(int(value[6:8])), _CF_MONTHS.index(value[8]) + 1, int(value[9:11]) % 40)
    if scheme == "luhn" and len(d) == 13 and not value.startswith("784"):  # South African ID
        return (_century(int(d[:2])), int(d[2:4]), int(d[4:6]))
    if scheme == "luhn" and len(d) == 11:  # Greek AMKA
        return (_century(int(d[4:6])), int(d[2:4]), int(d[:2]))
    return None


def test_identifiers_that_encode_a_birth_date_agree_with_the_date_of_birth_beside_them() -> None:
    agreed = 0
    for record in dev15_records():
        births = [_birth_date(g[4]) for g in record.gold if g[3] == "DATE_OF_BIRTH"]
        for value in (g[4] for g in record.gold if g[3] == "ID" and g[4] in CHECKED):
            encoded = _encoded_birth(value, CHECKED[value])
            if encoded is None or not births:
                continue
            year, month, day = encoded
            assert any((b.year, b.month) == (year, month) and day in (None, b.day) for b in births), (value, births)
            agreed += 1
    assert agreed >= 10, agreed
