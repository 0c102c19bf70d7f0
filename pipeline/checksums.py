"""Check-digit and format validators for the numeric identifiers of pipeline/recognizers.py.

Each takes the matched text (separators allowed), keeps what matters and returns True for a number that could
have been issued. Sources: ISO 13616 (IBAN), ISO/IEC 7812 (Luhn), NHS Data Dictionary, BZSt (Steuer-ID),
INSEE (NIR), Ministerio del Interior (DNI/NIE), Agenzia delle Entrate (codice fiscale), SSA, Skatteverket
SKV 704 (personnummer), DVV (henkilötunnus), CPR-kontoret, Skatteetaten (fødselsnummer), Logius (BSN
"elfproef"), Rijksregister, MSWiA (PESEL), Autoridade Tributária (NIF), 49 CFR 565 (VIN), Þjóðskrá (kennitala),
NVİ (T.C. kimlik no), Receita Federal (CPF), UIDAI (Aadhaar, Verhoeff), Income Tax Department (PAN), the Korean
resident registration law, ESDC (SIN), HMRC (UTR), Services Australia (Medicare), RENIEC (DNI).
"""

from __future__ import annotations

import re

_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # Feb 29 allowed: the century is often unknown


def digits(text: str) -> str:
    """Only the ASCII digits of `text` (a working copy is NFKC-normalised, so other digits are rare)."""
    return "".join(ch for ch in text if "0" <= ch <= "9")


def date_ok(day: int, month: int) -> bool:
    """A calendar day and month (any year)."""
    return 1 <= month <= 12 and 1 <= day <= _DAYS[month - 1]


def luhn_ok(number: str) -> bool:
    """True when the digits of `number` pass the Luhn check."""
    total = 0
    for index, ch in enumerate(reversed(digits(number))):
        digit = int(ch)
        if index % 2 == 1:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def card_ok(value: str) -> bool:
    """12-19 digits, a real issuer prefix and the Luhn check.

    Prefixes: Visa 4, Mastercard 51-55/2221-2720, Maestro 50/56-69 (also 12 digits, the only issuer that short),
    Amex 34/37, Discover and UnionPay 6, JCB/Diners 3, Mir 2200-2204, and the 15-digit JCB 2131/1800 and UATP 1
    numbers.
    """
    number = digits(value)
    if not 12 <= len(number) <= 19:
        return False
    if len(number) == 12:
        issuer = number[:2] == "50" or "56" <= number[:2] <= "69"
    else:
        issuer = (number[0] in "3456" or 2200 <= int(number[:4]) <= 2204 or 2221 <= int(number[:4]) <= 2720
                  or (len(number) == 15 and (number[0] == "1" or number[:4] == "2131")))
    return issuer and luhn_ok(number)


# ISO 13616 register: IBAN length per country.
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27, "BR": 29,
    "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
    "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
    "HN": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29,
    "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24,
    "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    "YE": 30,
    # Countries that use IBANs nationally without being in the SWIFT registry (mostly Francophone Africa).
    "AO": 25, "BF": 28, "BJ": 28, "CF": 27, "CG": 27, "CI": 28, "CM": 27, "CV": 25, "DZ": 26, "GA": 27, "GQ": 27,
    "GW": 25, "IR": 26, "KM": 27, "MA": 28, "MG": 27, "ML": 28, "MZ": 25, "NE": 28, "SN": 28, "TD": 27, "TG": 28,
}


def iban_ok(value: str) -> bool:
    """A complete IBAN with the right length for its country and a valid mod-97 checksum (separators ignored)."""
    compact = re.sub(r"[^A-Za-z0-9]", "", value).upper()
    return IBAN_LENGTHS.get(compact[:2]) == len(compact) and iban_mod97_ok(compact)


def iban_mod97_ok(value: str) -> bool:
    """An IBAN-shaped value of a registered country, 15-34 characters, with a valid mod-97 checksum, whatever its
    length for that country (separators ignored)."""
    compact = re.sub(r"[^A-Za-z0-9]", "", value).upper()
    if compact[:2] not in IBAN_LENGTHS or not 15 <= len(compact) <= 34 or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def ssn_ok(value: str) -> bool:
    """SSA never-issued rules only: area not 000/666, group not 00, serial not 0000.

    Area 9xx (ITINs, and the advertising/specimen block 987-65-4320..4329) passes on purpose: those strings
    look exactly like an SSN to a reader and to a model.
    """
    number = digits(value)
    area, group, serial = number[:3], number[3:5], number[5:]
    return len(number) == 9 and area not in ("000", "666") and group != "00" and serial != "0000"


def nhs_ok(value: str) -> bool:
    """NHS mod 11: weights 10..2 over the first nine digits; check = 11 - sum mod 11 (11 -> 0, 10 invalid)."""
    number = digits(value)
    if len(number) != 10:
        return False
    check = 11 - sum(int(d) * w for d, w in zip(number[:9], range(10, 1, -1), strict=True)) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(number[9])


def de_tax_id_ok(value: str) -> bool:
    """ISO 7064 MOD 11,10 check digit over the first ten digits, plus the rule that one digit repeats."""
    number = digits(value)
    if len(number) != 11 or number[0] == "0":
        return False
    product = 10
    for digit in number[:10]:
        total = (int(digit) + product) % 10 or 10
        product = (total * 2) % 11
    check = (11 - product) % 10
    counts = sorted((number[:10].count(d) for d in set(number[:10])), reverse=True)
    return check == int(number[10]) and counts[0] in (2, 3)


def nir_ok(value: str) -> bool:
    """Key = 97 - (first 13 characters as a number mod 97), Corsica 2A/2B counted as 19/18 (with a shift)."""
    compact = re.sub(r"\s", "", value).upper()
    body, key = compact[:13], compact[13:]
    if len(compact) != 15 or not key.isdigit():
        return False
    if "A" in body:
        number = int(body.replace("A", "0")) - 1_000_000
    elif "B" in body:
        number = int(body.replace("B", "0")) - 2_000_000
    else:
        number = int(body)
    return 97 - number % 97 == int(key)


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_id_ok(value: str) -> bool:
    """DNI (8 digits) or NIE (X/Y/Z + 7 digits) whose letter is the number mod 23 in the official table."""
    compact = value.replace("-", "").upper()
    head = compact[:-1]
    if head[:1] in ("X", "Y", "Z"):
        head = str("XYZ".index(head[0])) + head[1:]
    return head.isdigit() and len(head) == 8 and _DNI_LETTERS[int(head) % 23] == compact[-1]


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                    14, 16, 10, 22, 25, 24, 23], strict=True))


def it_cf_ok(value: str) -> bool:
    """Check character: odd positions via the official table, even positions as 0-25, sum mod 26 -> letter."""
    code = value.upper()
    total = 0
    for index, ch in enumerate(code[:15]):
        if index % 2 == 0:
            total += _CF_ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - ord("A")
    return chr(ord("A") + total % 26) == code[15]


def se_personnummer_ok(value: str) -> bool:
    """SE personnummer / samordningsnummer (day + 60): YYMMDD-NNNC or YYYYMMDD-NNNC, Luhn over the 10 digits."""
    number = digits(value)
    if len(number) == 12:
        if number[:2] not in ("18", "19", "20"):
            return False
        number = number[2:]
    if len(number) != 10:
        return False
    day = int(number[4:6])
    return date_ok(day - 60 if day > 60 else day, int(number[2:4])) and luhn_ok(number)


_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
HETU_CENTURY_MARKS = "+-ABCDEFYXWVU"  # 1800: +; 1900: - Y X W V U; 2000: A B C D E F (DVV, 2023 reform)


def fi_hetu_ok(value: str) -> bool:
    """FI henkilötunnus DDMMYYCZZZQ: a valid date, a century mark, Q = DDMMYYZZZ mod 31 in DVV's table."""
    code = value.upper()
    if len(code) != 11 or code[6] not in HETU_CENTURY_MARKS or not (code[:6] + code[7:10]).isdigit():
        return False
    if not date_ok(int(code[:2]), int(code[2:4])) or int(code[7:10]) < 2:
        return False
    return _HETU_CHECK[int(code[:6] + code[7:10]) % 31] == code[10]


def dk_cpr_date_ok(value: str) -> bool:
    """DK CPR DDMMYY-SSSS: a valid day and month (the mod-11 rule was dropped in 2007, see `dk_cpr_mod11_ok`)."""
    number = digits(value)
    return len(number) == 10 and date_ok(int(number[:2]), int(number[2:4]))


def dk_cpr_mod11_ok(value: str) -> bool:
    """The pre-2007 CPR modulus-11 rule (weights 4 3 2 7 6 5 4 3 2 1), which most issued numbers still pass."""
    number = digits(value)
    return sum(int(d) * w for d, w in zip(number, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1), strict=True)) % 11 == 0


def _mod11_digit(number: str, weights: tuple[int, ...]) -> int:
    check = 11 - sum(int(d) * w for d, w in zip(number, weights, strict=False)) % 11
    return 0 if check == 11 else check  # 10 means "no valid number"


def no_fodselsnummer_ok(value: str) -> bool:
    """NO fødselsnummer (D-number: day + 40, H-number: month + 40) with its two mod-11 check digits."""
    number = digits(value)
    if len(number) != 11:
        return False
    day, month = int(number[:2]), int(number[2:4])
    if not date_ok(day - 40 if day > 40 else day, month - 40 if month > 40 else month):
        return False
    k1 = _mod11_digit(number[:9], (3, 7, 6, 1, 8, 9, 4, 5, 2))
    k2 = _mod11_digit(number[:10], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
    return k1 == int(number[9]) and k2 == int(number[10])


def nl_bsn_ok(value: str) -> bool:
    """NL burgerservicenummer: 9 digits (8 with a leading zero dropped), the "elfproef" 9..2 and -1 weights."""
    number = digits(value).zfill(9)
    if len(number) != 9 or number == "000000000":
        return False
    return (sum(int(d) * w for d, w in zip(number[:8], range(9, 1, -1), strict=True)) - int(number[8])) % 11 == 0


def be_national_number_ok(value: str) -> bool:
    """BE rijksregisternummer YY.MM.DD-SSS.CC: CC = 97 - (9 digits mod 97), with a leading 2 for 2000+ births.

    Month and day may be 0 (unknown) and the month + 20/+ 40 marks a bis number.
    """
    number = digits(value)
    if len(number) != 11:
        return False
    month, day = int(number[2:4]) % 20, int(number[4:6])
    if month > 12 or day > 31:
        return False
    check = int(number[9:])
    return check in (97 - int(number[:9]) % 97, 97 - int("2" + number[:9]) % 97)


def pl_pesel_ok(value: str) -> bool:
    """PL PESEL YYMMDDZZZXQ: month + 80/0/20/40/60 by century, a valid day, weights 1 3 7 9 ... mod 10."""
    number = digits(value)
    if len(number) != 11:
        return False
    if not date_ok(int(number[4:6]), int(number[2:4]) % 20):
        return False
    total = sum(int(d) * w for d, w in zip(number[:10], (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=True))
    return (10 - total % 10) % 10 == int(number[10])


def pt_nif_ok(value: str) -> bool:
    """PT NIF / NIPC: 9 digits, a real first digit, check = 11 - (weights 9..2 sum mod 11), 10 and 11 -> 0."""
    number = digits(value)
    if len(number) != 9 or number[0] not in "1235689" and number[:2] not in ("45", "70", "71", "72", "74", "75",
                                                                                 "77", "79"):
        return False
    remainder = sum(int(d) * w for d, w in zip(number[:8], range(9, 1, -1), strict=True)) % 11
    return (0 if remainder < 2 else 11 - remainder) == int(number[8])


_VIN_VALUES = {**{str(d): d for d in range(10)},
               **dict(zip("ABCDEFGH", range(1, 9), strict=True)), **dict(zip("JKLMN", range(1, 6), strict=True)),
               "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_ok(value: str) -> bool:
    """North-American VIN check digit (position 9, mod 11, 10 -> X); European VINs often carry none."""
    vin = value.upper()
    if len(vin) != 17 or any(ch not in _VIN_VALUES for ch in vin):
        return False
    remainder = sum(_VIN_VALUES[ch] * w for ch, w in zip(vin, _VIN_WEIGHTS, strict=True)) % 11
    return vin[8] == ("X" if remainder == 10 else str(remainder))


def is_kennitala_ok(value: str) -> bool:
    """IS kennitala DDMMYY-RRCM: a valid date (companies: day + 40), mod 11 with weights 3 2 7 6 5 4 3 2 over the
    first eight digits and the check digit C (weight 1), century mark M 9 (1900s), 0 (2000s) or 8 (1800s)."""
    number = digits(value)
    if len(number) != 10 or number[9] not in "089":
        return False
    day = int(number[:2])
    if not date_ok(day - 40 if day > 40 else day, int(number[2:4])):
        return False
    return sum(int(d) * w for d, w in zip(number[:9], (3, 2, 7, 6, 5, 4, 3, 2, 1), strict=True)) % 11 == 0


def tr_kimlik_ok(value: str) -> bool:
    """TR T.C. kimlik no: 11 digits, no leading zero; d10 = (7 x odd-place sum - even-place sum of d1..d9) mod 10,
    d11 = (d1 + ... + d10) mod 10."""
    number = digits(value)
    if len(number) != 11 or number[0] == "0":
        return False
    d = [int(ch) for ch in number]
    return (7 * sum(d[0:9:2]) - sum(d[1:8:2])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def br_cpf_ok(value: str) -> bool:
    """BR CPF NNN.NNN.NNN-DD: two mod-11 check digits (weights 10..2, then 11..2; remainder < 2 -> 0); one repeated
    digit ("111.111.111-11") passes the arithmetic but is never issued."""
    number = digits(value)
    if len(number) != 11 or len(set(number)) == 1:
        return False
    for size in (9, 10):
        remainder = sum(int(d) * w for d, w in zip(number[:size], range(size + 1, 1, -1), strict=True)) % 11
        if (0 if remainder < 2 else 11 - remainder) != int(number[size]):
            return False
    return True


_VERHOEFF_D = ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
               (3, 4, 0, 1, 2, 8, 9, 5, 6, 7), (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
               (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3), (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
               (9, 8, 7, 6, 5, 4, 3, 2, 1, 0))
_VERHOEFF_P = ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
               (8, 9, 1, 6, 0, 4, 3, 5, 2, 7), (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
               (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8))


def verhoeff_ok(number: str) -> bool:
    """True when the digits of `number` pass the Verhoeff (dihedral group D5) check."""
    check = 0
    for index, ch in enumerate(reversed(digits(number))):
        check = _VERHOEFF_D[check][_VERHOEFF_P[index % 8][int(ch)]]
    return check == 0


def in_aadhaar_ok(value: str) -> bool:
    """IN Aadhaar: 12 digits, first digit 2-9, not a palindrome, Verhoeff check digit (UIDAI)."""
    number = digits(value)
    return len(number) == 12 and number[0] >= "2" and number != number[::-1] and verhoeff_ok(number)


# The 4th character: AOP, BOI, company, firm, government, HUF, AJP, krish, local authority, person, trust.
PAN_HOLDER_TYPES = "ABCFGHJKLPT"


def in_pan_ok(value: str) -> bool:
    """IN PAN AAAAA9999A: five letters (the fourth the holder type), four digits not all zero, a letter."""
    code = value.upper()
    return (len(code) == 10 and code[:5].isalpha() and code[5:9].isdigit() and code[9].isalpha()
            and code[3] in PAN_HOLDER_TYPES and code[5:9] != "0000")


def kr_rrn_date_ok(value: str) -> bool:
    """KR resident registration number YYMMDD-GBBBBBC: a valid date and a century/sex digit G (0-9 all used)."""
    number = digits(value)
    return len(number) == 13 and date_ok(int(number[4:6]), int(number[2:4]))


def kr_rrn_ok(value: str) -> bool:
    """KR RRN with its check digit (weights 2..9, 2..5; (11 - sum mod 11) mod 10); numbers issued since October 2020
    carry random last digits instead, so those count only after a cue (see `kr_rrn_date_ok`)."""
    number = digits(value)
    if not kr_rrn_date_ok(number):
        return False
    total = sum(int(d) * w for d, w in zip(number[:12], (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=True))
    return (11 - total % 11) % 10 == int(number[12])


def ca_sin_ok(value: str) -> bool:
    """CA social insurance number: 9 digits, not starting 0 or 8 (never issued), Luhn."""
    number = digits(value)
    return len(number) == 9 and number[0] not in "08" and luhn_ok(number)


def uk_utr_ok(value: str) -> bool:
    """UK unique taxpayer reference: 10 digits, the first a check digit over the other nine (weights 6 7 8 9 10 5 4
    3 2, sum mod 11 indexing "21987654321"); a trailing K (the online form) is allowed."""
    number = digits(value)
    if len(number) != 10:
        return False
    total = sum(int(d) * w for d, w in zip(number[1:], (6, 7, 8, 9, 10, 5, 4, 3, 2), strict=True))
    return "21987654321"[total % 11] == number[0]


def au_medicare_ok(value: str) -> bool:
    """AU Medicare card number: 10 digits (an 11th, the person's position on the card, may follow), first 2-6,
    the ninth = weights 1 3 7 9 1 3 7 9 over the first eight, mod 10; the tenth (issue number) is not 0."""
    number = digits(value)
    if len(number) not in (10, 11) or number[0] not in "23456" or number[9] == "0":
        return False
    return sum(int(d) * w for d, w in zip(number[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == int(number[8])


def pe_dni_ok(value: str) -> bool:
    """PE DNI (CUI): 8 digits, optionally a check character after a dash: weights 3 2 7 6 5 4 3 2 mod 11, as a
    digit from "65432110987" or a letter from "KJIHGFEDCBA" (RENIEC)."""
    compact = value.replace("-", "").replace(" ", "").upper()
    if not compact[:8].isdigit() or len(compact) not in (8, 9):
        return False
    if len(compact) == 8:
        return True
    remainder = sum(int(d) * w for d, w in zip(compact[:8], (3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    return compact[8] in ("65432110987"[remainder], "KJIHGFEDCBA"[remainder])


def za_id_ok(value: str) -> bool:
    """ZA identity number YYMMDD SSSS C A Z: a birth date, a citizenship digit C of 0 (citizen), 1 (permanent
    resident) or 2 (refugee), and a Luhn check digit Z over all 13 digits (Department of Home Affairs)."""
    number = digits(value)
    return (len(number) == 13 and date_ok(int(number[4:6]), int(number[2:4])) and number[10] in "012"
            and luhn_ok(number))


def at_svnr_ok(value: str) -> bool:
    """AT Sozialversicherungsnummer NNNC DDMMYY: a serial not starting 0, the check digit C = weights 3 7 9 (C) 5 8
    4 2 1 6 over the other nine digits mod 11 (10: never issued), and a birth date (month 13-14 for an unknown
    date, day 0 when the day is unknown)."""
    number = digits(value)
    if len(number) != 10 or number[0] == "0":
        return False
    day, month = int(number[4:6]), int(number[6:8])
    if not (date_ok(day, month) or (month in (13, 14) and day <= 31) or (day == 0 and 1 <= month <= 12)):
        return False
    total = sum(int(d) * w for d, w in zip(number, (3, 7, 9, 0, 5, 8, 4, 2, 1, 6), strict=True)) % 11
    return total != 10 and total == int(number[3])


# Place-of-birth codes of a MyKad that are never issued (the rest are states, countries and "unknown").
_MY_UNUSED_PLACES = frozenset({0, 17, 18, 19, 20, 69, 70, 73, 80, 81, 94, 95, 96, 97})


def my_nric_ok(value: str) -> bool:
    """MY MyKad YYMMDD-PB-NNNN: a valid birth date and an issued place-of-birth code (no check digit)."""
    number = digits(value)
    return (len(number) == 12 and date_ok(int(number[4:6]), int(number[2:4]))
            and int(number[6:8]) not in _MY_UNUSED_PLACES)


def hkid_ok(value: str) -> bool:
    """HK identity card X123456(C) or XY123456(C): letters as 10-35 (a missing second letter 36), weights 9..2, the
    check C (0-9 or A for 10) makes the sum divisible by 11."""
    compact = re.sub(r"[^A-Za-z0-9]", "", value).upper()
    if not 8 <= len(compact) <= 9 or not compact[-7:-1].isdigit():
        return False
    letters, body, check = compact[:-7], compact[-7:-1], compact[-1]
    if not letters.isalpha() or not 1 <= len(letters) <= 2 or not (check.isdigit() or check == "A"):
        return False
    values = [36] * (2 - len(letters)) + [ord(ch) - 55 for ch in letters] + [int(d) for d in body]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    return (total + (10 if check == "A" else int(check))) % 11 == 0


def cz_birth_number_ok(value: str) -> bool:
    """CZ/SK rodné číslo YYMMDD/SSSC: month + 50 for women (+ 20 more since 2004), a valid day, and since 1954 ten
    digits divisible by 11 (or the first nine leaving 10 and a final 0); nine digits are pre-1954 numbers."""
    number = digits(value)
    if len(number) not in (9, 10):
        return False
    month = int(number[2:4])
    month -= 50 if month > 50 else 0
    month -= 20 if month > 20 else 0
    if not date_ok(int(number[4:6]), month):
        return False
    if len(number) == 9:
        return int(number[:2]) < 54
    return int(number) % 11 == 0 or (int(number[:9]) % 11 == 10 and number[9] == "0")


def fr_spi_ok(value: str) -> bool:
    """FR numéro fiscal (SPI): 13 digits, the first 0-3, the last three = the first ten mod 511."""
    number = digits(value)
    return len(number) == 13 and number[0] in "0123" and int(number[:10]) % 511 == int(number[10:])


def il_id_ok(value: str) -> bool:
    """IL teudat zehut: up to 9 digits (zero-padded), Luhn (weights 1 2 1 2 ... from the left), not all zero."""
    number = digits(value).zfill(9)
    return len(number) == 9 and number != "000000000" and luhn_ok(number)


def uk_driving_licence_ok(value: str) -> bool:
    """UK (GB) driving licence number SSSSS DMMDDY II N CC: surname (9-padded, a letter first), a birth date whose
    month carries + 50 for women, initials, a digit and two check characters."""
    code = re.sub(r"\s", "", value).upper()
    if not re.fullmatch(r"[A-Z][A-Z9]{4}\d{6}[A-Z9]{2}\d[A-Z0-9]{2}", code):
        return False
    month = int(code[6:8])
    return date_ok(int(code[8:10]), month - 50 if month > 50 else month)


_CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def cn_resident_id_ok(value: str) -> bool:
    """Chinese resident identity number (GB 11643): 17 digits, the birth date YYYYMMDD at 7-14, and an ISO 7064
    MOD 11-2 check character (X for 10)."""
    value = value.strip().upper()
    if len(value) != 18 or not value[:17].isdigit() or not (value[17].isdigit() or value[17] == "X"):
        return False
    if not date_ok(int(value[12:14]), int(value[10:12])):
        return False
    check = (12 - sum(int(d) * w for d, w in zip(value[:17], _CN_WEIGHTS, strict=True)) % 11) % 11
    return value[17] == ("X" if check == 10 else str(check))
