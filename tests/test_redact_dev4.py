"""The hand-written development set benchmarks/redact_dev4.py parses cleanly and its identifiers carry valid check
digits (no model is loaded; the set is never scored here)."""

import re
from collections import Counter

from benchmarks.redact_dev import _MARK
from benchmarks.redact_dev4 import RECORDS, dev4_records
from tests.gold_checks import digits as _digits
from tests.gold_checks import iban_mod97 as _iban
from tests.gold_checks import luhn as _luhn
from tests.gold_checks import weighted as _weighted

_TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Khun|Herrn?|Frau|Sra?|Shri|Chief|Alhaji|Dhr|Pani?|Madame|"
                     r"Deaconess|MUDr)\.?\s", re.IGNORECASE)


def _luhn_value(value: str) -> bool:  # payment cards, Canadian SIN, Israeli ID, Emirates ID
    return _luhn(_digits(value))


def _se_personnummer(value: str) -> bool:  # 10 digits (YYMMDD-NNNC) or 12 (YYYYMMDD-NNNC), Luhn on the last 10
    d = _digits(value)
    if len(d) == 12:
        if d[:2] not in ("19", "20"):
            return False
        d = d[2:]
    return len(d) == 10 and _luhn(d)


def _hetu(value: str) -> bool:  # Finnish henkilötunnus DDMMYY-ZZZQ
    match = re.fullmatch(r"(\d{6})[-+A-F](\d{3})([0-9A-Y])", value)
    return bool(match) and "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(match[1] + match[2]) % 31] == match[3]


def _cpr(value: str) -> bool:  # Danish CPR, mod 11
    d = _digits(value)
    return len(d) == 10 and _weighted(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 == 0


def _fnr(value: str) -> bool:  # Norwegian fødselsnummer, two mod-11 check digits
    d = _digits(value)
    if len(d) != 11:
        return False
    for weights, position in (([3, 7, 6, 1, 8, 9, 4, 5, 2], 9), ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], 10)):
        check = 11 - _weighted(d, weights) % 11
        if (0 if check == 11 else check) != int(d[position]):
            return False
    return True


def _bsn(value: str) -> bool:  # Dutch BSN, 11-test
    d = _digits(value)
    return len(d) == 9 and (_weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) - int(d[8])) % 11 == 0


def _be_national(value: str) -> bool:  # Belgian rijksregisternummer YY.MM.DD-SSS.CC
    d = _digits(value)
    return len(d) == 11 and int(d[9:]) in (97 - int(d[:9]) % 97, 97 - int("2" + d[:9]) % 97)


def _pesel(value: str) -> bool:
    d = _digits(value)
    return len(d) == 11 and (10 - _weighted(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10 == int(d[10])


def _nif_pt(value: str) -> bool:
    d = _digits(value)
    check = 11 - _weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11
    return len(d) == 9 and (0 if check >= 10 else check) == int(d[8])


def _nhs(value: str) -> bool:
    d = _digits(value)
    check = 11 - _weighted(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11
    return len(d) == 10 and check != 10 and (0 if check == 11 else check) == int(d[9])


_VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
               [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
               [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
               [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
               [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
               [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def _aadhaar(value: str) -> bool:  # Verhoeff
    d, c = _digits(value), 0
    for i, ch in enumerate(reversed(d)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return len(d) == 12 and d[0] not in "01" and c == 0


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23], strict=True))


def _codice_fiscale(value: str) -> bool:
    even = {ch: int(ch) if ch.isdigit() else ord(ch) - 65 for ch in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    total = sum(_CF_ODD[ch] if i % 2 == 0 else even[ch] for i, ch in enumerate(value[:15]))
    return len(value) == 16 and chr(65 + total % 26) == value[15]


def _cpf(value: str) -> bool:
    d = [int(c) for c in _digits(value)]
    for n in (9, 10):
        r = sum(a * b for a, b in zip(d[:n], range(n + 1, 1, -1), strict=True)) * 10 % 11
        if (0 if r == 10 else r) != d[n]:
            return False
    return len(d) == 11


def _tckn(value: str) -> bool:  # Turkish TC Kimlik No
    d = [int(c) for c in value]
    return (len(d) == 11 and d[0] != 0 and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
            == d[9] and sum(d[:10]) % 10 == d[10])


def _nir(value: str) -> bool:  # French numéro de sécurité sociale, key = 97 - n mod 97
    d = _digits(value)
    return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])


def _rrn(value: str) -> bool:  # Korean resident registration number
    d = _digits(value)
    check = (11 - _weighted(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11) % 10
    return len(d) == 13 and 1 <= int(d[2:4]) <= 12 and 1 <= int(d[4:6]) <= 31 and check == int(d[12])


def _dni(value: str) -> bool:
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(value[:8]) % 23] == value[8]


def _kvnr(value: str) -> bool:  # German Krankenversichertennummer
    digits, total = f"{ord(value[0]) - 64:02d}" + value[1:9], 0
    for i, ch in enumerate(digits):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return total % 10 == int(value[9])


def _steuer_id(value: str) -> bool:  # German Steuer-ID, ISO 7064 MOD 11,10
    d, p = _digits(value), 10
    for ch in d[:-1]:
        p = ((int(ch) + p) % 10 or 10) * 2 % 11
    return len(d) == 11 and (11 - p) % 10 == int(d[-1])


def _at_sv(value: str) -> bool:  # Austrian Sozialversicherungsnummer: check digit is the 4th
    d = _digits(value)
    check = _weighted(d, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11
    return len(d) == 10 and check != 10 and check == int(d[3])


def _cz_birth_number(value: str) -> bool:
    d = _digits(value)
    return len(d) == 10 and int(d) % 11 == 0


def _cnp(value: str) -> bool:  # Romanian CNP
    check = _weighted(value, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11
    return len(value) == 13 and (1 if check == 10 else check) == int(value[12])


def _hkid(value: str) -> bool:  # Hong Kong identity card, one-letter prefix, check digit in brackets
    match = re.fullmatch(r"([A-Z])(\d{6})\(([0-9A])\)", value)
    if not match:
        return False
    total = 36 * 9 + (ord(match[1]) - 55) * 8 + _weighted(match[2], [7, 6, 5, 4, 3, 2])
    check = (11 - total % 11) % 11
    return ("A" if check == 10 else str(check)) == match[3]


def _medicare(value: str) -> bool:  # Australian Medicare: 8 digits, check digit, issue number (not checked, non-zero)
    d = _digits(value)
    return len(d) == 10 and d[0] in "23456" and _weighted(d, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 == int(d[8]) \
        and d[9] == "1"


def _vin(value: str) -> bool:
    letters = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
                       strict=True))
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    total = sum((int(c) if c.isdigit() else letters[c]) * w for c, w in zip(value, weights, strict=True)) % 11
    return ("X" if total == 10 else str(total)) == value[8]


_SCHEMES = {"luhn": _luhn_value, "se_pnr": _se_personnummer, "iban": _iban, "hetu": _hetu, "cpr": _cpr,
            "fnr": _fnr, "bsn": _bsn, "be_nn": _be_national, "pesel": _pesel, "nif_pt": _nif_pt, "nhs": _nhs,
            "aadhaar": _aadhaar, "cf_it": _codice_fiscale, "cpf": _cpf, "tckn": _tckn, "nir": _nir, "rrn": _rrn,
            "dni": _dni, "kvnr": _kvnr, "steuer_id": _steuer_id, "at_sv": _at_sv, "cz_rc": _cz_birth_number,
            "cnp": _cnp, "hkid": _hkid, "medicare": _medicare, "vin": _vin}

# Every identifier in the set that has a published check digit, with its scheme.
CHECKED = {
    # payment cards (Luhn)
    "4929\u00a01836\u00a04025\u00a01173": "luhn", "4532 0173 8846 9028": "luhn", "4173 9602 8451 7339": "luhn",
    "5428 0731 6294 0035": "luhn", "3530 1728 4619 0379": "luhn", "3782 149056 32189": "luhn",
    "6214 8302 7194 6351": "luhn", "6761 7039 2841 0526": "luhn",
    # other Luhn numbers
    "273 918 649": "luhn", "318749207": "luhn", "205731847": "luhn", "784-1990-4827316-5": "luhn",
    # IBANs
    "GB32 BARC 2091 8473 0165 28": "iban", "IE14 BOFI 9013 8372 6150 48": "iban",
    "DE04 4306 0967 0827 3314 00": "iban", "NL89 RABO 0318 2746 59": "iban", "NL41 INGB 0007 3918 46": "iban",
    "BE66 3631 0749 8265": "iban", "PT46 0035 0000 0052 8137 0941 1": "iban",
    "ES83 0049 1837 2203 1059 7441": "iban", "ES70 2100 6138 4202 0041 8376": "iban",
    "IT37 X030 6909 6061 0000 0184 273": "iban", "PL48 2410 2055 6100 0031 0237 4918 45": "iban",
    "SE80 3000 0000 0831 7492 5063": "iban", "NO16 1503 6283 741": "iban", "DK34 3000 1249 3872 15": "iban",
    "FI38 4721 3800 0496 15": "iban", "TR07 0001 5001 5800 7263 8194 02": "iban",
    "AE69 6103 5000 0019 2738 4605 1": "iban", "CH91 0900 0000 8736 4015 J": "iban",
    "AT61 2032 0004 7391 0285 61": "iban", "RO83 BTRL 0130 4205 N710 49XX": "iban",
    "GR43 0172 0380 0050 3817 2944 610": "iban", "BR87 0000 0000 0283 7001 2846 139C 1": "iban",
    # national and tax IDs
    "19910228-6136": "se_pnr", "830917-4822": "se_pnr",
    "140387-731F": "hetu", "050604A2184": "hetu",
    "170872-3912": "cpr", "290566-1070": "cpr",
    "23049148755": "fnr", "11107821408": "fnr",
    "273819471": "bsn", "164509380": "bsn",
    "84.10.07-115.54": "be_nn", "90.01.29-384.61": "be_nn", "75.05.18-029.71": "be_nn", "88.11.04-273.77": "be_nn",
    "92071403583": "pesel", "03221708463": "pesel",
    "238 749 169": "nif_pt", "194 620 832": "nif_pt", "261043870": "nif_pt", "215830946": "nif_pt",
    "943 476 5838": "nhs", "485 127 0933": "nhs", "721 905 4378": "nhs", "650 218 4375": "nhs",
    "4718 2093 6512": "aadhaar", "8390 6124 5771": "aadhaar", "6109 2847 3058": "aadhaar",
    "PZZLVC79C52F839H": "cf_it", "DSTGMR86M14H501X": "cf_it",
    "417.382.916-77": "cpf", "528.019.357-78": "cpf",
    "38291704666": "tckn", "16420573918": "tckn",
    "2 85 07 69 123 456 23": "nir", "1 90 11 99 352 417 11": "nir",
    "930512-2048176": "rrn", "881126-1015639": "rrn",
    "53918472D": "dni", "20847165B": "dni", "71604238V": "dni",
    "P483920175": "kvnr", "47193083525": "steuer_id", "4815 120386": "at_sv", "790214/0180": "cz_rc",
    "2930821104588": "cnp", "K482917(4)": "hkid", "2937 48153 1": "medicare",
    "WVWZZZ1K39W418273": "vin", "JTDKB20U173047158": "vin",
}

_STYLES = {"support_ticket", "clinical_note", "hr_email", "chat_log", "ops_log", "csv_rows", "postal_block",
           "bank_note", "crm_note", "forum_post", "referral_letter", "billing_update", "tax_form", "meeting_minutes"}


def test_markup_is_balanced_and_every_span_round_trips() -> None:
    records = dev4_records()
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


def test_styles_are_balanced() -> None:
    counts = Counter(kind for kind, _ in RECORDS)
    assert set(counts) == _STYLES | {"pii_free"}
    assert all(10 <= counts[style] <= 15 for style in _STYLES), counts
    assert counts["pii_free"] >= 20
    assert sum("\n" in marked for kind, marked in RECORDS if kind != "pii_free") >= 160


def test_pii_free_records_have_no_gold_and_the_rest_do() -> None:
    for record in dev4_records():
        kinds = {g[3] for g in record.gold} - {"CITY"}
        assert (record.kind == "pii_free") == (not kinds), record.record["text"]


def test_every_gold_type_is_present() -> None:
    kinds = Counter(g[3] for r in dev4_records() for g in r.gold)
    assert set(kinds) == {"PERSON", "ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "ID", "DATE_OF_BIRTH",
                          "IP_ADDRESS", "CITY"}
    assert min(kinds.values()) >= 20, kinds


def test_unicode_oddities_occur() -> None:
    text = "".join(r.record["text"] for r in dev4_records())
    for oddity in ("\u00a0", "＠", "“", "’", "—"):
        assert oddity in text, repr(oddity)


def test_identifiers_carry_valid_check_digits() -> None:
    ids = [g[4] for r in dev4_records() for g in r.gold if g[3] == "ID"]
    for value, scheme in CHECKED.items():
        assert value in ids, value
        assert _SCHEMES[scheme](value), (scheme, value)
    for value in ids:  # anything shaped like an IBAN or a payment card is in the checked table
        compact = re.sub(r"[\s\-]", "", value)
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact) or re.fullmatch(r"[2-6]\d{14,15}", compact):
            assert value in CHECKED, value
    assert len(CHECKED) >= 70


def test_a_wrong_digit_fails_the_checks() -> None:
    for value, scheme in CHECKED.items():
        for position in (i for i, ch in enumerate(value) if ch.isdigit()):
            broken = value[:position] + str((int(value[position]) + 1) % 10) + value[position + 1:]
            assert not _SCHEMES[scheme](broken), (scheme, value, broken)
