"""The hand-written development set benchmarks/redact_dev11.py parses cleanly, every identifier whose scheme has a
check digit carries a valid one, and every date of birth is a real date (no model is loaded; the set is never
scored here)."""

import datetime
import re
from collections import Counter

from benchmarks.redact_dev import _MARK
from benchmarks.redact_dev11 import RECORDS, dev11_records
from tests.gold_checks import digits as _digits
from tests.gold_checks import iban_mod97 as _iban_mod97
from tests.gold_checks import luhn as _luhn
from tests.gold_checks import weighted as _weighted

_TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Dr|Dra|Prof|Nurse|Sister|Sr|Sra|Lic|Ing|Engr|MUDr|Pak|Bapak|Bu|Khun|Pn|En|"
                     r"Doña|Don|Alhaji|Tita|Khalto|Mama|chị|anh|Д-р|นางสาว)\.?\s", re.IGNORECASE)

_STYLES = {"support_ticket", "clinical_note", "hr_email", "chat_log", "ops_log", "csv_rows", "postal_block",
           "bank_note", "crm_note", "forum_post", "referral_letter", "payment_update", "tax_form",
           "incident_report"}


# --- check-digit schemes ---------------------------------------------------------------------------------------

def _luhn_value(value: str) -> bool:  # payment cards, Emirates ID, Saudi ID and iqama
    return _luhn(_digits(value))


_IBAN_LENGTHS = {"BR": 29, "CZ": 24, "SK": 24, "HU": 28, "RS": 22, "HR": 21, "BG": 22, "LT": 20, "LV": 21, "IL": 23,
                 "GB": 22, "SA": 24, "AE": 23}


def _iban(value: str) -> bool:
    compact = value.replace(" ", "")
    return len(compact) == _IBAN_LENGTHS[compact[:2]] and _iban_mod97(compact)


def _cpf(value: str) -> bool:  # Brazilian CPF, two mod 11 check digits
    d = [int(c) for c in _digits(value)]
    if len(d) != 11:
        return False
    for n in (9, 10):
        r = sum(a * b for a, b in zip(d[:n], range(n + 1, 1, -1), strict=True)) * 10 % 11
        if (0 if r == 10 else r) != d[n]:
            return False
    return True


def _rut(value: str) -> bool:  # Chilean RUT: body weighted 2..7 from the right, 11 - sum mod 11 (10 -> K, 11 -> 0)
    match = re.fullmatch(r"([\d.]+)-([\dK])", value)
    if not match:
        return False
    total = sum(int(ch) * (2 + i % 6) for i, ch in enumerate(reversed(_digits(match[1]))))
    check = 11 - total % 11
    return match[2] == {10: "K", 11: "0"}.get(check, str(check))


def _rodne(value: str) -> bool:  # Czech and Slovak rodné číslo (10 digits): the number is divisible by 11
    d = _digits(value)
    return len(d) == 10 and int(d) % 11 == 0


def _lt_ak(value: str) -> bool:  # Lithuanian asmens kodas: weights 1..9,1, then 3..9,1,2,3 on a remainder of 10
    d = [int(c) for c in _digits(value)]
    if len(d) != 11:
        return False
    r = _weighted("".join(map(str, d[:10])), [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
    if r == 10:
        r = _weighted("".join(map(str, d[:10])), [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11
        r = 0 if r == 10 else r
    return r == d[10]


def _oib(value: str) -> bool:  # Croatian OIB: ISO 7064 MOD 11,10
    d = _digits(value)
    if len(d) != 11:
        return False
    product = 10
    for ch in d[:10]:
        product = ((int(ch) + product) % 10 or 10) * 2 % 11
    return (11 - product) % 10 == int(d[10])


def _egn(value: str) -> bool:  # Bulgarian EGN: weights 2,4,8,5,10,9,7,3,6 mod 11 (10 -> 0)
    d = _digits(value)
    r = _weighted(d[:9], [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11
    return len(d) == 10 and (r if r < 10 else 0) == int(d[9])


def _jmbg(value: str) -> bool:  # Serbian JMBG: weights 7..2 twice, 11 - sum mod 11 (10 and 11 -> 0)
    d = _digits(value)
    r = 11 - _weighted(d[:12], [7, 6, 5, 4, 3, 2] * 2) % 11
    return len(d) == 13 and (0 if r > 9 else r) == int(d[12])


def _taj(value: str) -> bool:  # Hungarian TAJ: weights 3,7 alternating on eight digits, mod 10
    d = _digits(value)
    return len(d) == 9 and _weighted(d[:8], [3, 7] * 4) % 10 == int(d[8])


def _il_id(value: str) -> bool:  # Israeli teudat zehut: 9 digits, Luhn
    d = _digits(value)
    return len(d) == 9 and _luhn(d)


def _thai_id(value: str) -> bool:  # Thai national ID: weights 13..2, (11 - sum mod 11) mod 10
    d = _digits(value)
    return len(d) == 13 and (11 - _weighted(d[:12], list(range(13, 1, -1))) % 11) % 10 == int(d[12])


def _cuit(value: str) -> bool:  # Argentine CUIT/CUIL: weights 5,4,3,2,7,6,5,4,3,2; 11 -> 0, 10 is never issued
    d = _digits(value)
    r = 11 - _weighted(d[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
    return len(d) == 11 and r != 10 and (0 if r == 11 else r) == int(d[10])


def _iran(value: str) -> bool:  # Iranian national code: weights 10..2; r < 2 -> r, else 11 - r
    d = _digits(value)
    r = _weighted(d[:9], list(range(10, 1, -1))) % 11
    return len(d) == 10 and (r if r < 2 else 11 - r) == int(d[9])


def _nhs(value: str) -> bool:  # NHS number, mod 11 with weights 10..2
    d = _digits(value)
    check = 11 - _weighted(d[:9], [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11
    return len(d) == 10 and check != 10 and (0 if check == 11 else check) == int(d[9])


def _aba(value: str) -> bool:  # US ABA routing number, weights 3-7-1
    return len(value) == 9 and value.isdigit() and _weighted(value, [3, 7, 1] * 3) % 10 == 0


def _clabe(value: str) -> bool:  # Mexican CLABE, 18 digits, weights 3-7-1 taken mod 10
    if len(value) != 18 or not value.isdigit():
        return False
    total = sum(int(ch) * w % 10 for ch, w in zip(value[:17], [3, 7, 1] * 6, strict=False)) % 10
    return (10 - total) % 10 == int(value[17])


_SCHEMES = {"luhn": _luhn_value, "iban": _iban, "cpf": _cpf, "rut": _rut, "rodne": _rodne, "lt_ak": _lt_ak,
            "oib": _oib, "egn": _egn, "jmbg": _jmbg, "taj": _taj, "il_id": _il_id, "thai_id": _thai_id,
            "cuit": _cuit, "iran": _iran, "nhs": _nhs, "aba": _aba, "clabe": _clabe}

# Every identifier in the set that has a published check digit, with its scheme.
CHECKED = {
    # payment cards, Emirates ID, Saudi national ID and iqama (Luhn)
    "4335 2571 8219 5176": "luhn", "5292 4057 4543 2895": "luhn", "4756-1792-0743-2733": "luhn",
    "4800293652599882": "luhn", "3732 427776 97340": "luhn", "5163\u00a02396\u00a04923\u00a02218": "luhn",
    "2298 5984 8165 2584": "luhn", "6011 7910 2844 2331": "luhn", "4892 3498 0354 9561": "luhn",
    "5243302564156434": "luhn", "4596 5184 4596 2494": "luhn", "6362 8381 8557 1413": "luhn",
    "4324 2777 6973 4166": "luhn", "5323 9649 2322 1986": "luhn",
    "784-1986-3352571-6": "luhn", "1821951728": "luhn", "2924057454": "luhn",
    # IBANs (mod 97 and the length of their country)
    "BR47 0000 0165 1600 0016 5010 865C 6": "iban", "CZ18 6058 4357 5129 1549 0157": "iban",
    "CZ79 3545 7150 4283 8820 6565": "iban", "SK23 5504 3550 3431 6188 6780": "iban",
    "HU66 2485 4520 7592 0462 9295 5238": "iban", "RS47 5319 9050 9694 4957 23": "iban",
    "HR77 4520 4293 5078 3348 4": "iban", "HR84 0835 9264 6141 9690 7": "iban",
    "BG12 BNBG 9661 3093 1029 45": "iban", "LT31 6579 2321 7620 3862": "iban", "LV72 HABA 5293 5797 7430 3": "iban",
    "IL94 1879 9649 8653 4176 456": "iban", "GB49 NWBK 6555 7705 8877 09": "iban",
    "GB35 BARC 8162 7623 0514 72": "iban", "SA23 2500 0071 6852 6691 6641": "iban",
    "AE51 5361 9453 4578 3036 683": "iban",
    # national, tax and health identifiers
    "658.914.719-14": "cpf", "030.298.975-75": "cpf", "46164045851": "cpf", "636.959.223-46": "cpf",
    "432.897.561-73": "cpf", "493.770.663-28": "cpf", "839.129.610-50": "cpf", "561.716.587-90": "cpf",
    "13.472.073-5": "rut", "2.163.473-5": "rut", "13943878-7": "rut", "28.080.009-0": "rut", "17.920.743-5": "rut",
    "795310/1805": "rodne", "930217/2902": "rodne", "850722/4462": "rodne", "925115/4066": "rodne",
    "6804042190": "rodne", "905814/0872": "rodne",
    "48106173099": "lt_ak", "37511029856": "lt_ak", "50102285648": "lt_ak",
    "53136246085": "oib", "34386302651": "oib", "76206932821": "oib", "27380029360": "oib",
    "8309140903": "egn", "0543129299": "egn", "7101308458": "egn",
    "2105988815881": "jmbg", "0309994500601": "jmbg",
    "442 276 216": "taj", "319652860": "taj", "013 344 409": "taj", "001 492 387": "taj", "731581623": "taj",
    "166330043": "il_id", "935624973": "il_id", "210379434": "il_id", "052599883": "il_id", "354792137": "il_id",
    "355285099": "il_id", "992009373": "il_id",
    "1-8868-11130-33-5": "thai_id", "1810392695775": "thai_id", "3-6188-47215-25-0": "thai_id",
    "23177409820": "cuit", "27-31482907-2": "cuit", "20-46446021-8": "cuit",
    "4414089743": "iran", "650-402590-8": "iran",
    "367 790 2606": "nhs", "7963590479": "nhs",
    "304640056": "aba", "072180872027833161": "clabe", "381683674761572255": "clabe",
}

# Identifiers that only have the shape of real ones (no public check digit, or none computed for this file).
SHAPE_ONLY = {
    "45821937", "28714093", "00482917", "64-018273", "A3390182", "XGH418203377", "GARM790310MNLRDR04",
    "12-045281933-7", "LOOX910725KJ3", "810617-14-5832", "1441002958371", "GHA-718204935-6", "1.020.457.893",
    "QH 48 27 19 C", "079094003718", "329471-20586", "548201937", "900115-10-6621", "0451000382917", "Y48210397",
    "RL3390214", "38291047", "3174065203810005", "3273011708900002", "34-5678912-3", "402-118-937-000",
    "34-2210937-8", "417-392-005-000", "33-9021448-1", "211-087-644-000", "19-2000145399/0800", "GYM-004417",
    "GYM-004418", "P00918273", "BEOA680404HJCNLR02", "43.918.270", "BXK-472", "001085012347", "31.482.907",
    "38291047562", "680221-01-5522", "RX4419207", "7120394418", "20-45-77", "53918274", "0111-4827390-6",
    "2401928375/2010", "GHA-720391845-3", "CIPJ720915QX1", "CIPJ720915HDFSRR08", "48201 93756", "SK 71 38 49 D",
    "517-38-2946", "624-11-8093", "318-774-102-000", "23814957-0001", "22184930576", "79.884.203", "KLM482",
    "B50382917", "VN-220194", "VN-220917", "PA4928173",
}

# The Thai ID's third digit has weight 11, which the scheme cannot see; every other digit is covered.
_BLIND = {"thai_id": {2}}


# --- dates of birth --------------------------------------------------------------------------------------------

_MONTHS = {"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
           "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
           "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
           "septiembre": 9, "srpna": 8, "május": 5}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11,
          "xii": 12}


def _birth_dates(value: str) -> set[datetime.date]:
    """Every reading of a written date of birth as a real date between 1900 and 2024 (D/M and M/D both tried)."""
    tokens = [t for t in re.findall(r"\d+|[^\W\d_]+", value.lower()) if t not in {"de", "st", "nd", "rd", "th"}]
    month_word = [i for i, t in enumerate(tokens) if t in _MONTHS or t in _ROMAN]
    if len(tokens) != 3 or len(month_word) > 1:
        return set()
    if month_word:
        i = month_word[0]
        month = _MONTHS.get(tokens[i]) or _ROMAN[tokens[i]]
        rest = [int(t) for j, t in enumerate(tokens) if j != i]
        years = [n for n in rest if n > 31]
        readings = [(years[0], month, next(n for n in rest if n <= 31))] if len(years) == 1 else []
    else:
        a, b, c = (int(t) for t in tokens)
        if len(tokens[0]) == 4:
            readings = [(a, b, c)]
        else:
            year = c + 1900 if len(tokens[2]) == 2 else c
            readings = [(year, b, a), (year, a, b)]
    dates = set()
    for year, month, day in readings:
        year = year - 543 if year > 2400 else year  # Thai Buddhist era
        try:
            date = datetime.date(year, month, day)
        except ValueError:
            continue
        if datetime.date(1900, 1, 1) <= date <= datetime.date(2024, 12, 31):
            dates.add(date)
    return dates


def _births(record) -> set[datetime.date]:
    return set().union(*(_birth_dates(g[4]) for g in record.gold if g[3] == "DATE_OF_BIRTH"))


# --- tests -----------------------------------------------------------------------------------------------------

def test_markup_is_balanced_and_every_span_round_trips() -> None:
    records = dev11_records()
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


def test_styles_are_allowed_and_balanced() -> None:
    counts = Counter(kind for kind, _ in RECORDS)
    assert set(counts) == _STYLES | {"pii_free"}
    assert all(10 <= counts[style] <= 14 for style in _STYLES), counts
    assert 14 <= counts["pii_free"] <= 18, counts
    lines = [marked.count("\n") + 1 for _, marked in RECORDS]
    assert all(1 <= line_count <= 15 for line_count in lines), lines


def test_pii_free_records_have_no_gold_and_the_rest_do() -> None:
    for record in dev11_records():
        kinds = {g[3] for g in record.gold} - {"CITY"}
        assert (record.kind == "pii_free") == (not kinds), record.record["text"]
        if record.kind == "pii_free":
            assert not record.gold, record.record["text"]


def test_every_gold_type_is_present() -> None:
    kinds = Counter(g[3] for r in dev11_records() for g in r.gold)
    assert set(kinds) == {"PERSON", "ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "ID", "DATE_OF_BIRTH",
                          "IP_ADDRESS", "CITY"}
    assert kinds["PERSON"] >= 350 and kinds["ADDRESS"] >= 120 and kinds["ID"] >= 140, kinds
    assert kinds["PHONE_NUMBER"] >= 100 and kinds["DATE_OF_BIRTH"] >= 70 and kinds["EMAIL_ADDRESS"] >= 30, kinds
    assert kinds["IP_ADDRESS"] >= 20 and kinds["CITY"] >= 60, kinds


def test_a_no_break_space_occurs_in_a_card_and_a_phone() -> None:
    gold = [g for r in dev11_records() for g in r.gold]
    assert any("\u00a0" in g[4] for g in gold if g[3] == "PHONE_NUMBER")
    assert any("\u00a0" in g[4] for g in gold if g[3] == "ID")


def test_identifiers_carry_valid_check_digits() -> None:
    ids = [g[4] for r in dev11_records() for g in r.gold if g[3] == "ID"]
    for value, scheme in CHECKED.items():
        assert value in ids, value
        assert _SCHEMES[scheme](value), (scheme, value)
    for value in ids:  # every identifier is either checked or listed as shape-only, never both
        assert (value in CHECKED) != (value in SHAPE_ONLY), value
    for value in SHAPE_ONLY:  # nothing shaped like an IBAN, a CPF, a RUT or a payment card hides among them
        compact = re.sub(r"[\s\-\u00a0]", "", value)
        assert not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{12,30}", compact), value
        assert not re.fullmatch(r"\d{3}\.\d{3}\.\d{3}-\d{2}|\d{1,2}\.\d{3}\.\d{3}-[\dK]", value), value
        assert not (re.fullmatch(r"[2-6]\d{14,15}", compact) and _luhn(compact)), value
    assert set(CHECKED.values()) == set(_SCHEMES)


def test_a_wrong_digit_fails_the_checks() -> None:
    for value, scheme in CHECKED.items():
        positions = [i for i, ch in enumerate(value) if ch.isdigit()]
        for n, position in enumerate(positions):
            if n in _BLIND.get(scheme, set()):
                continue
            for step in range(1, 10):
                ch = value[position]
                broken = value[:position] + str((int(ch) + step) % 10) + value[position + 1:]
                assert not _SCHEMES[scheme](broken), (scheme, value, broken)


def test_dates_of_birth_are_real_dates() -> None:
    for record in dev11_records():
        for value in (g[4] for g in record.gold if g[3] == "DATE_OF_BIRTH"):
            assert _birth_dates(value), value


def _encoded_birth(value: str, scheme: str) -> datetime.date:
    d = _digits(value)
    if scheme == "rodne":
        return datetime.date(1900 + int(d[:2]), int(d[2:4]) % 50, int(d[4:6]))
    if scheme == "lt_ak":
        return datetime.date(1800 + 100 * ((int(d[0]) - 1) // 2) + int(d[1:3]), int(d[3:5]), int(d[5:7]))
    if scheme == "egn":
        month = int(d[2:4])
        return datetime.date((2000 if month > 40 else 1900) + int(d[:2]), month % 20 if month > 40 else month,
                             int(d[4:6]))
    assert scheme == "jmbg", scheme
    return datetime.date(1000 + int(d[4:7]), int(d[2:4]), int(d[:2]))


def test_birth_bearing_identifiers_agree_with_the_date_of_birth_beside_them() -> None:
    seen = 0
    for record in dev11_records():
        for value in (g[4] for g in record.gold if g[3] == "ID"):
            scheme = CHECKED.get(value)
            if scheme in {"rodne", "lt_ak", "egn", "jmbg"} and _births(record):
                assert _encoded_birth(value, scheme) in _births(record), (value, _births(record))
                seen += 1
    assert seen >= 13, seen
