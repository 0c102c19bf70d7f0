"""The blind set benchmarks/redact_blind13.py parses cleanly, every identifier whose scheme has a check digit
carries a valid one, and every date of birth is a real date (no model is loaded; the set is never scored here)."""

import datetime
import re
from collections import Counter

from benchmarks.redact_blind13 import RECORDS, blind13_records
from benchmarks.redact_dev import _MARK
from tests.gold_checks import digits as _digits
from tests.gold_checks import iban_mod97 as _iban_mod97
from tests.gold_checks import luhn as _luhn
from tests.gold_checks import weighted as _weighted

_TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Nurse|Sister|Sr|Sra|Mme|M|Madame|Monsieur|Frau|Herr|Pani|Pan|"
                     r"POK|BMS|CSM|Agent|Shri|Smt|Dhr)\.?\s", re.IGNORECASE)

_STYLES = {"support_ticket", "clinical_note", "hr_email", "chat_log", "ops_log", "csv_rows", "postal_block",
           "bank_note", "crm_note", "forum_post", "referral_letter", "payment_update", "tax_form",
           "incident_report"}


# --- check-digit schemes ---------------------------------------------------------------------------------------

def _luhn_value(value: str) -> bool:  # payment and UnionPay cards, Emirates ID
    return _luhn(_digits(value))


_IBAN_LENGTHS = {"BE": 16, "DE": 22, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "IE": 22, "NL": 18, "PL": 28,
                 "PT": 25, "SA": 24, "SE": 24, "TR": 26, "AE": 23}


def _iban(value: str) -> bool:
    compact = re.sub(r"[\s.\-]", "", value)
    return len(compact) == _IBAN_LENGTHS[compact[:2]] and _iban_mod97(compact)


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _pnr(value: str) -> bool:  # Swedish personnummer: YYMMDD-NNNC (+ past 100), or YYYYMMDD-NNNC; Luhn on 10
    match = re.fullmatch(r"(\d{2})?(\d{6})[-+](\d{4})", value)
    if not match:
        return False
    ten = match[2] + match[3]
    century = int(match[1]) if match[1] else 19
    return _luhn(ten) and _real_date(century * 100 + int(ten[:2]), int(ten[2:4]), int(ten[4:6]))


_HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _hetu(value: str) -> bool:  # Finnish HETU: DDMMYY, century sign, 3 digits, mod 31 check character
    match = re.fullmatch(r"(\d{6})([-+A-FU-Y])(\d{3})([0-9A-Y])", value)
    return bool(match) and _HETU_CHARS[int(match[1] + match[3]) % 31] == match[4]


def _nhs(value: str) -> bool:  # NHS number and Scottish CHI: mod 11 with weights 10..2
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


def _be_nn(value: str) -> bool:  # Belgian national number (born before 2000): 97 - (9 digits mod 97)
    d = _digits(value)
    return len(d) == 11 and 97 - int(d[:9]) % 97 == int(d[9:])


def _dni(value: str) -> bool:  # Spanish DNI (8 digits) or NIE (X/Y/Z and 7 digits) and the mod 23 letter
    match = re.fullmatch(r"([XYZ]?)(\d{7,8})-?([A-Z])", value)
    if not match or len(match[1] + match[2]) != 8:
        return False
    number = int(str("XYZ".index(match[1])) + match[2] if match[1] else match[2])
    return "TRWAGMYFPDXBNJZSQVHLCKE"[number % 23] == match[3]


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


def _nif_pt(value: str) -> bool:  # Portuguese NIF, weights 9..2, mod 11
    if len(value) != 9 or not value.isdigit():
        return False
    check = 11 - _weighted(value[:8], [9, 8, 7, 6, 5, 4, 3, 2]) % 11
    return (0 if check >= 10 else check) == int(value[8])


def _tc_kimlik(value: str) -> bool:  # Turkish T.C. Kimlik No, two check digits
    if len(value) != 11 or not value.isdigit() or value[0] == "0":
        return False
    d = [int(c) for c in value]
    tenth = (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10
    return d[9] == tenth and d[10] == sum(d[:10]) % 10


def _rrn(value: str) -> bool:  # Korean resident registration number, weights 2..9,2..5, mod 11
    d = _digits(value)
    if len(d) != 13:
        return False
    return (11 - _weighted(d[:12], [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11) % 10 == int(d[12])


def _cn_rid(value: str) -> bool:  # Chinese resident ID, ISO 7064 MOD 11-2
    if not re.fullmatch(r"\d{17}[\dX]", value):
        return False
    total = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(value[:17]))
    return "10X98765432"[total % 11] == value[17]


def _my_number(value: str) -> bool:  # Japanese individual number, weights 6..2,7..2 from the left, mod 11
    d = _digits(value)
    if len(d) != 12:
        return False
    r = sum(int(d[10 - n]) * (n + 2 if n < 6 else n - 4) for n in range(11)) % 11
    return (0 if r <= 1 else 11 - r) == int(d[11])


def _ppsn(value: str) -> bool:  # Irish PPSN: 7 digits, check letter (mod 23), optional second letter
    match = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", value)
    if not match:
        return False
    extra = ("WABCDEFGHI".index(match[3]) * 9) if match[3] else 0
    return "WABCDEFGHIJKLMNOPQRSTUV"[(_weighted(match[1], [8, 7, 6, 5, 4, 3, 2]) + extra) % 23] == match[2]


def _kvnr(value: str) -> bool:  # German health-insurance number: letter as 01..26, weights 1-2, cross sums mod 10
    match = re.fullmatch(r"([A-Z])(\d{8})(\d)", value)
    if not match:
        return False
    total = 0
    for i, ch in enumerate(f"{ord(match[1]) - 64:02d}" + match[2]):
        product = int(ch) * (1 if i % 2 == 0 else 2)
        total += product // 10 + product % 10
    return total % 10 == int(match[3])


def _de_dl(value: str) -> bool:  # German driving licence: 9 characters, weights 9..1 mod 11 (X for 10), issue digit
    if not re.fullmatch(r"[A-Z0-9]{9}[0-9X][0-9A-Z]", value):
        return False
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(value[:9], range(9, 0, -1),
                                                                              strict=True)) % 11
    return ("X" if total == 10 else str(total)) == value[9]


def _nuban(value: str, bank: str = "058") -> bool:  # Nigerian NUBAN (GTBank): weights 3-7-3 over bank + serial
    if len(value) != 10 or not value.isdigit():
        return False
    total = _weighted(bank + value[:9], [3, 7, 3] * 4)
    return (10 - total % 10) % 10 == int(value[9])


def _aba(value: str) -> bool:  # US ABA routing number, weights 3-7-1
    return len(value) == 9 and value.isdigit() and _weighted(value, [3, 7, 1] * 3) % 10 == 0


_SCHEMES = {"luhn": _luhn_value, "iban": _iban, "pnr": _pnr, "hetu": _hetu, "nhs": _nhs, "aadhaar": _aadhaar,
            "steuer_id": _steuer_id, "nir": _nir, "be_nn": _be_nn, "dni": _dni, "pesel": _pesel, "cpf": _cpf,
            "nif_pt": _nif_pt, "tc_kimlik": _tc_kimlik, "rrn": _rrn, "cn_rid": _cn_rid, "my_number": _my_number,
            "ppsn": _ppsn, "kvnr": _kvnr, "de_dl": _de_dl, "nuban": _nuban, "aba": _aba}

# Every identifier in the set that has a published check digit, with its scheme.
CHECKED = {
    # payment cards, UnionPay cards and the Emirates ID (Luhn)
    "4963 9544 8855 2279": "luhn", "4963-9544-8855-2279": "luhn", "3526 1942 8202 8877": "luhn",
    "4890 6232 1335 3810": "luhn", "5597 7293 8196 5518": "luhn", "5597.7293.8196.5518": "luhn",
    "4311666640750398": "luhn", "6011468670339574": "luhn", "5103-5474-1093-5170": "luhn",
    "5480.2333.8640.4565": "luhn", "5480 2333 8640 4565": "luhn", "4479\u00a03826\u00a00551\u00a04666": "luhn",
    "4955 8422 1836 2855": "luhn", "3707 677398 88408": "luhn", "4314.4567.7482.8187": "luhn",
    "5216-6060-2201-8041": "luhn", "2221 0939 8242 5849": "luhn",
    "6222 0279 5422 0587 910": "luhn", "6217 8558 9062 7622 305": "luhn", "784-1979-0215736-7": "luhn",
    # IBANs (mod 97 and the length of their country)
    "GB42BARC12807958009367": "iban", "DE32-7291-0389-1611-1953-65": "iban",
    "PL21 5323 7164 7812 9107 5856 5613": "iban", "TR83 0127 4089 1711 3726 4698 82": "iban",
    "ES23 6720 0539 1277 5021 4329": "iban", "DE73 4563 3059 5449 0741 03": "iban",
    "SA84 2279 9630 2107 5339 1246": "iban", "TR40 3066 9070 5871 5021 1072 85": "iban",
    "DE59 6722 0731 3391 1878 63": "iban", "DE59672207313391187863": "iban", "FI67 5526 3874 0421 82": "iban",
    "SE41 8024 3534 5653 7840 0549": "iban", "GB61 NWBK 7406 9387 9900 15": "iban",
    "ES34 2664 7378 2883 0059 6123": "iban", "NL36 INGB 0780 9578 18": "iban",
    "GB45 LOYD 5286 4578 6576 40": "iban", "FR53 0190 9248 0025 7946 7029 167": "iban",
    "FR28-7511-7012-3653-0944-5600-550": "iban", "FR28 7511 7012 3653 0944 5600 550": "iban",
    "FI64 9234 7882 9858 77": "iban", "FI54 4146 4870 9645 83": "iban",
    "PT25.1880.2123.3839.1132.2007.1": "iban", "IE25 BOFI 1270 7189 8399 58": "iban",
    "IE44AIBK20445496670446": "iban", "BE61 5434 8091 7500": "iban",
    # Swedish personnummer and Finnish HETU
    "860923-4524": "pnr", "790302-3310": "pnr", "211105+4793": "pnr", "020814-8817": "pnr",
    "19940617-9326": "pnr",
    "030158-2891": "hetu", "220513A031K": "hetu", "140791-8729": "hetu", "290385Y856N": "hetu",
    # other national, tax, health and bank identifiers
    "484 873 3316": "nhs", "451 197 1811": "nhs", "0708644783": "nhs", "1512991597": "nhs",
    "2699 8339 7628": "aadhaar", "8000 7056 1481": "aadhaar", "9071-2481-0758": "aadhaar",
    "6105 4315 1531": "aadhaar",
    "24225607917": "steuer_id", "56174923828": "steuer_id",
    "2 68 11 69 123 715 79": "nir", "1 93 04 13 055 983 39": "nir", "77.05.06-241.67": "be_nn",
    "60330936G": "dni", "61182895C": "dni", "Y9898224G": "dni",
    "03310811070": "pesel", "90021772189": "pesel",
    "837.067.664-26": "cpf", "501.340.891-11": "cpf", "223982261": "nif_pt",
    "17871560960": "tc_kimlik", "74382930668": "tc_kimlik",
    "930129-1941002": "rrn", "880517-2706659": "rrn",
    "310104198503120363": "cn_rid", "440305199207085787": "cn_rid", "9069 6630 9015": "my_number",
    "5285590M": "ppsn", "2626662QA": "ppsn", "K482917304": "kvnr", "B072RRE2I55": "de_dl",
    "0124488392": "nuban", "044176369": "aba", "151046544": "aba",
}

# Shapes of the schemes above: any gold ID of such a shape must be in CHECKED.
_SHAPES = [r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", r"[2-6]\d{12,18}", r"784\d{12}", r"(\d{2})?\d{6}[-+]\d{4}",
           r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]", r"\d{3}\.\d{3}\.\d{3}-\d{2}", r"[XYZ]?\d{7,8}[A-Z]",
           r"\d{7}[A-W][A-IW]?", r"\d{17}[\dX]", r"\d{6}-\d{7}", r"[12]\d{14}"]


def _covered(value: str, scheme: str) -> list[int]:
    """Positions of the digits the check digit protects (a 12-digit personnummer leaves its century out, a German
    driving licence its issue digit)."""
    positions = [i for i, ch in enumerate(value) if ch.isdigit()]
    if scheme == "pnr" and re.match(r"\d{8}-", value):
        return positions[2:]
    return positions[:-1] if scheme == "de_dl" else positions


# --- tests -----------------------------------------------------------------------------------------------------

def test_markup_is_balanced_and_every_span_round_trips() -> None:
    records = blind13_records()
    assert len(records) == len(RECORDS) >= 180
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
    assert all(11 <= counts[style] <= 14 for style in _STYLES), counts
    assert 14 <= counts["pii_free"] <= 18
    lines = [marked.count("\n") + 1 for _, marked in RECORDS]
    assert all(2 <= line_count <= 15 for line_count in lines), lines


def test_pii_free_records_have_no_gold_and_the_rest_do() -> None:
    for record in blind13_records():
        kinds = {g[3] for g in record.gold} - {"CITY"}
        assert (record.kind == "pii_free") == (not kinds), record.record["text"]
        if record.kind == "pii_free":
            assert not record.gold, record.record["text"]


def test_every_gold_type_is_present() -> None:
    kinds = Counter(g[3] for r in blind13_records() for g in r.gold)
    assert set(kinds) == {"PERSON", "ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "ID", "DATE_OF_BIRTH",
                          "IP_ADDRESS", "CITY"}
    assert kinds["PERSON"] >= 350 and kinds["ADDRESS"] >= 120 and kinds["ID"] >= 120, kinds
    assert kinds["PHONE_NUMBER"] >= 60 and kinds["EMAIL_ADDRESS"] >= 40 and kinds["DATE_OF_BIRTH"] >= 40, kinds
    assert kinds["IP_ADDRESS"] >= 25 and kinds["CITY"] >= 80, kinds


def test_identifiers_carry_valid_check_digits() -> None:
    ids = [g[4] for r in blind13_records() for g in r.gold if g[3] == "ID"]
    for value, scheme in CHECKED.items():
        assert value in ids, value
        assert _SCHEMES[scheme](value), (scheme, value)
    for value in ids:  # anything shaped like one of the checked schemes is in the checked table
        compact = re.sub(r"[\s.\-\u00a0]", "", value)
        if any(re.fullmatch(shape, form) for shape in _SHAPES for form in (value, compact)):
            assert value in CHECKED, value
    assert set(CHECKED.values()) == set(_SCHEMES)


def test_a_wrong_digit_fails_the_checks() -> None:
    for value, scheme in CHECKED.items():
        for position in _covered(value, scheme):
            ch = value[position]
            for step in range(1, 10):
                broken = value[:position] + str((int(ch) + step) % 10) + value[position + 1:]
                assert not _SCHEMES[scheme](broken), (scheme, value, broken)


_MONTHS = {"janvier": "January", "février": "February", "mars": "March", "avril": "April", "mai": "May",
           "juin": "June", "juillet": "July", "août": "August", "septembre": "September", "octobre": "October",
           "novembre": "November", "décembre": "December"}
_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%d %b %Y", "%d %B %Y", "%d-%b-%Y"]


def _birth_dates(value: str) -> set[datetime.date]:
    """Every reading of a written date of birth (day-first and month-first where both are real)."""
    if match := re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", value):
        return {datetime.date(int(match[1]), int(match[2]), int(match[3]))}
    for french, english in _MONTHS.items():
        value = value.replace(french, english)
    dates = set()
    for fmt in _FORMATS:
        try:
            dates.add(datetime.datetime.strptime(value, fmt).date())
        except ValueError:
            continue
    return dates


def test_dates_of_birth_are_real_dates() -> None:
    births = [g[4] for r in blind13_records() for g in r.gold if g[3] == "DATE_OF_BIRTH"]
    for value in births:
        dates = _birth_dates(value)
        assert dates, value
        assert all(datetime.date(1900, 1, 1) < d < datetime.date(2024, 12, 31) for d in dates), value


def _encoded_birth(value: str, scheme: str) -> tuple[int, int, int | None] | None:
    """(year, month, day) a national ID encodes; day is None where only the month is encoded."""
    d = _digits(value)
    if scheme == "pnr":
        if len(d) == 12:
            return int(d[:4]), int(d[4:6]), int(d[6:8])
        return (1800 if "+" in value else 1900) + int(d[:2]), int(d[2:4]), int(d[4:6])
    if scheme == "hetu":
        century = {"+": 1800, "-": 1900, "Y": 1900, "A": 2000}[value[6]]
        return century + int(value[4:6]), int(value[2:4]), int(value[:2])
    if scheme == "nhs" and not value.startswith(("4", "5")):  # CHI numbers start with the DDMMYY
        return 1900 + int(d[4:6]), int(d[2:4]), int(d[:2])
    if scheme == "pesel":
        month = int(d[2:4])
        return (2000 if month > 20 else 1900) + int(d[:2]), month % 20, int(d[4:6])
    if scheme == "rrn":
        return (1900 if d[6] in "12" else 2000) + int(d[:2]), int(d[2:4]), int(d[4:6])
    if scheme == "cn_rid":
        return int(d[6:10]), int(d[10:12]), int(d[12:14])
    if scheme == "nir":
        return 1900 + int(d[1:3]), int(d[3:5]), None
    if scheme == "be_nn":
        return 1900 + int(d[:2]), int(d[2:4]), int(d[4:6])
    return None


def test_ids_that_encode_a_birth_date_agree_with_the_record() -> None:
    compared = 0
    for record in blind13_records():
        births = {d for g in record.gold if g[3] == "DATE_OF_BIRTH" for d in _birth_dates(g[4])}
        for value in (g[4] for g in record.gold if g[3] == "ID" and g[4] in CHECKED):
            encoded = _encoded_birth(value, CHECKED[value])
            if encoded is None or not births:
                continue
            year, month, day = encoded
            assert any(b.year == year and b.month == month and day in (None, b.day) for b in births), value
            compared += 1
    assert compared >= 10


def test_the_chi_numbers_and_hetu_encode_real_dates() -> None:
    for value, scheme in CHECKED.items():
        encoded = _encoded_birth(value, scheme)
        if encoded and encoded[2] is not None:
            assert _real_date(*encoded), value
