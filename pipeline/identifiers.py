"""Finders for Nordic/Benelux/PL/PT national IDs, cue-word identifiers (passport, medical record, health plan,
account, licence, vehicle, device), dates, ages over 89 and URLs.

A finder maps a text to (start, end, score) spans; pipeline/recognizers.py wraps them as presidio recognizers.
They run on the NFKC working copy (pipeline/normalise.py), so separators are plain spaces and dashes here.

Precision comes from check digits (pipeline/checksums.py) and, where a check digit is too weak on its own (a
9-digit mod-11 number passes one time in eleven), from a cue word just before the number: NL BSN and PT NIF
need one ("BSN", "NIF", "contribuinte"), DK CPR needs one unless it passes the old mod-11 rule. The free-format
identifiers (passport, MRN, member ID, serial number) are only ever taken right after their cue words, and must
hold digits: "passport photo" or "member services" are prose.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from pipeline import checksums

Finder = Callable[[str], Iterator[tuple[int, int, float]]]

_B = r"(?<![\w-])"  # left boundary: not inside a word or a dashed code
_E = r"(?![\w-])"


def _finder(pattern: re.Pattern[str], score: float, check: Callable[[str], bool] | None = None,
            cue: re.Pattern[str] | None = None, cue_check: Callable[[str], bool] | None = None,
            cue_score: float = 0.0) -> Finder:
    """Matches (group 1 when the pattern has one) that pass `check`, with `score`; with `cue`, a match that has the
    cue within 40 characters before it needs only `cue_check` (None: the pattern's format), with `cue_score`."""

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for match in pattern.finditer(text):
            group = 1 if pattern.groups else 0
            start, end = match.span(group)
            value = match.group(group)
            if cue is not None and cue.search(text[max(0, start - 40):start]):
                if cue_check is None or cue_check(value):
                    yield start, end, cue_score
            elif check is None or check(value):
                yield start, end, score

    return find


def _with_cue(pattern: re.Pattern[str], cue: re.Pattern[str], check: Callable[[str], bool], score: float) -> Finder:
    """Matches that pass `check` and have the cue within 40 characters before them."""

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for match in pattern.finditer(text):
            start, end = match.span()
            if check(match.group()) and cue.search(text[max(0, start - 40):start]):
                yield start, end, score

    return find


# --- national IDs ------------------------------------------------------------------------------------------------
# SE: YYMMDD-NNNC, YYMMDD+NNNC (over 100), YYYYMMDD-NNNC, and the same without a separator.
SE_PNR = re.compile(_B + r"(?:(?:18|19|20)\d{2}|\d{2})(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01]|[6-8]\d|9[01])[-+ ]?\d{4}" + _E)
FI_HETU = re.compile(_B + r"(?:[0-2]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]" + _E)
DK_CPR = re.compile(_B + r"(?:[0-2]\d|3[01])(?:0[1-9]|1[0-2])\d{2}-?\d{4}" + _E)
_DK_CUE = re.compile(r"(?i)\b(?:cpr|cpr-nr|cpr-nummer)\b")  # not "personnummer": Swedish uses it too
NO_FNR = re.compile(_B + r"(?:[0-7]\d)(?:[0-1]\d|[4-5]\d)\d{2} ?\d{5}" + _E)
NL_BSN = re.compile(_B + r"(?:\d{4}\.?\d{2}\.?\d{3}|\d{3} \d{3} \d{3}|\d{8})" + _E)
_NL_CUE = re.compile(r"(?i)\b(?:bsn|burgerservicenummer|sofi-?nummer|citizen service number)\b")
BE_NRN = re.compile(_B + r"\d{2}\.?(?:[0-5]\d)\.?\d{2}[- ]?\d{3}\.?\d{2}" + _E)
_BE_CUE = re.compile(r"(?i)\b(?:rijksregister\w*|national number|numéro national|registre national|insz|niss"
                     r"|nn)\b")
PL_PESEL = re.compile(_B + r"\d{2}(?:[0-9][0-9])(?:[0-2]\d|3[01])\d{5}" + _E)
PT_NIF = re.compile(_B + r"(?:PT ?)?\d{9}" + _E + r"|" + _B + r"\d{3} \d{3} \d{3}" + _E)
_PT_CUE = re.compile(r"(?i)\b(?:nif|nipc|contribuinte|n\.?º? ?fiscal|número de identificação fiscal|tax id|vat)\b")


def _pt_nif(text: str) -> Iterator[tuple[int, int, float]]:
    for match in PT_NIF.finditer(text):
        start, end = match.span()
        value = match.group()
        prefixed = value[:2].upper() == "PT"
        if checksums.pt_nif_ok(value) and (prefixed or _PT_CUE.search(text[max(0, start - 40):start])):
            yield start, end, 0.85


NATIONAL_ID_FINDERS: dict[str, Finder] = {
    "SE_PERSONNUMMER": _finder(SE_PNR, 0.9, checksums.se_personnummer_ok),
    "FI_HETU": _finder(FI_HETU, 0.95, checksums.fi_hetu_ok),
    # The mod-11 rule holds for numbers issued before 2007; a later one counts with a cue word. With the cue it
    # outranks SE_PERSONNUMMER, whose YYMMDD-NNNC shape a CPR shares (one in ten passes the Luhn check too).
    "DK_CPR": _finder(DK_CPR, 0.8, lambda v: checksums.dk_cpr_date_ok(v) and checksums.dk_cpr_mod11_ok(v),
                      _DK_CUE, checksums.dk_cpr_date_ok, 0.95),
    "NO_FODSELSNUMMER": _finder(NO_FNR, 0.9, checksums.no_fodselsnummer_ok),
    "NL_BSN": _with_cue(NL_BSN, _NL_CUE, checksums.nl_bsn_ok, 0.85),
    # Written YY.MM.DD-SSS.CC it is unmistakable; 11 bare digits (2 in 97 pass by chance) need a cue word.
    "BE_NATIONAL_NUMBER": _finder(BE_NRN, 0.85, lambda v: not v.isdigit() and checksums.be_national_number_ok(v),
                                  _BE_CUE, checksums.be_national_number_ok, 0.85),
    "PL_PESEL": _finder(PL_PESEL, 0.85, checksums.pl_pesel_ok),
    "PT_NIF": _pt_nif,
}

# --- identifiers after cue words -----------------------------------------------------------------------------------
_NUMBER_WORD = r"\s*(?:no\.?|nr\.?|num(?:ber)?\.?|#|id|code|identifier)"
_SEP = r"(?:\s*(?:is|was|of|:|=|-|#)?\s*)"
_VALUE = r"[A-Z0-9][A-Z0-9/.-]{3,24}[A-Z0-9]"


def _cued(specific: str, generic: str = "", value: str = _VALUE, min_digits: int = 3) -> Finder:
    """The value right after a cue, then optional "no./number/#/id" and ':' or 'is', holding `min_digits` digits.

    `specific` cues name the identifier themselves ("MRN", "passport"); `generic` ones ("patient", "member") count
    only with a number word after them ("patient ID", "member no."), so "patient 2024-05" stays prose.
    """
    alternatives = [rf"(?:{specific})(?:{_NUMBER_WORD}){{0,2}}"]
    if generic:
        alternatives.append(rf"(?:{generic})(?:{_NUMBER_WORD}){{1,2}}")
    pattern = re.compile(rf"(?i)\b(?:{'|'.join(alternatives)}){_SEP}({value})(?![\w-])")

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for match in pattern.finditer(text):
            if sum(ch.isdigit() for ch in match.group(1)) >= min_digits:
                yield match.start(1), match.end(1), 0.8

    return find


PASSPORT = _cued(r"passport|passeport|pasaporte|passaporto|reisepass|pass(?:nummer|nr)|paszport|passi", min_digits=2)
MEDICAL_RECORD = _cued(r"mrn|medical record|med\.? rec(?:ord)?|health record|ehr|emr|nhi|patient file",
                       r"patient|chart|hospital|case|journal|dossier|clinic")
HEALTH_PLAN = _cued(r"health plan|health insurance|medicare|medicaid|hicn|mbi|versichertennummer|ehic",
                    r"insurance|insurer|member|membership|subscriber|policy|beneficiary|group|plan")
# "take into account 2024-2025" is prose: a bare "account" needs a number word ("account no. 1234 5678").
ACCOUNT = _cued(r"acct\.?|a/c|bank account|konto(?:nummer)?|compte|cuenta|conto", r"account|customer|client",
                value=r"(?-i:[A-Z]{0,4})[ -]?\d[\d /.-]{3,28}\d", min_digits=5)
LICENSE = _cued(r"driver'?s licen[cs]e|driving licen[cs]e|licen[cs]e|führerschein|permis de conduire|npi|dea",
                r"dl|certificate|cert\.?|registration")
_VIN = re.compile(r"(?<![A-Za-z0-9])[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9])")
_VIN_CUE = re.compile(r"(?i)\b(?:vin|chassis|vehicle identification|fahrgestell)")
_PLATE = _cued(r"licen[cs]e plate|number plate|registration plate|vehicle registration|kennzeichen|"
               r"immatriculation|matrícula|targa|regnr", r"plate|reg\.?",
               value=r"(?-i:[A-Z0-9][A-Z0-9 -]{2,9}[A-Z0-9])", min_digits=1)
DEVICE = _cued(r"serial|s/n|imei|meid|udi|udid|asset tag|hardware id", r"device|implant|pacemaker|sn",
               value=r"[A-Z0-9][A-Z0-9:./-]{3,36}[A-Z0-9]", min_digits=2)


def _vehicle(text: str) -> Iterator[tuple[int, int, float]]:
    for match in _VIN.finditer(text):
        value = match.group()
        if not (any(ch.isalpha() for ch in value) and any(ch.isdigit() for ch in value)):
            continue
        start, end = match.span()
        if checksums.vin_check_ok(value) or _VIN_CUE.search(text[max(0, start - 30):start]):
            yield start, end, 0.85
    yield from _PLATE(text)


CUE_FINDERS: dict[str, Finder] = {
    "PASSPORT": PASSPORT,
    "MEDICAL_RECORD": MEDICAL_RECORD,
    "HEALTH_PLAN": HEALTH_PLAN,
    "ACCOUNT_NUMBER": ACCOUNT,
    "LICENSE_NUMBER": LICENSE,
    "VEHICLE_ID": _vehicle,
    "DEVICE_ID": DEVICE,
}

# --- dates, ages, URLs ---------------------------------------------------------------------------------------------
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember"
          r"|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre"
          r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
          r"|januari|februari|maj|augusti|okt|mars|juni|juli)\.?")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|\.|er)?"
DATE = re.compile(
    r"(?i)(?<![\w./-])(?:"
    r"\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:[T ]\d{2}:\d{2}(?::\d{2})?)?"  # ISO 8601
    r"|\d{4}/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])([/-])(?:0?[1-9]|[12]\d|3[01])\1(?:\d{4}|\d{2})"  # 12/03/2024, 3-12-24
    r"|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{4}|\d{2})"  # 12.03.2024
    rf"|{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+\d{{4}})?"  # 3 March 2024, 3rd of March
    rf"|{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?"  # March 3, 2024
    rf"|{_MONTH}\s+\d{{4}}"  # March 2024 (the month is a date element too)
    r")(?![\w/-])"
)
_DOB_CUE = re.compile(
    r"(?i)(?:\b(?:born(?:\s+on)?|date\s+of\s+birth|birth\s?date|birthday|d\.?o\.?b\.?|geb(?:oren)?\.?(?:\s+am)?"
    r"|geburtsdatum|né(?:e)?\s+le|date\s+de\s+naissance|nacid[oa]\s+el|fecha\s+de\s+nacimiento|nat[oa]\s+il"
    r"|data\s+di\s+nascita|född|födelsedatum|født|fødselsdato|syntynyt|urodzon[ya]|data\s+urodzenia)\b)"
    r"[\s:,-]*$"
)


def _date_ok(value: str) -> bool:
    # Lower-case "may"/"march" are verbs ("we may 12 people", "march 3 miles"); capitalised they are months.
    return not re.match(r"(?:may|march|mar)\b", value) and not re.search(r"\b(?:may|march)\s+\d{1,2}$", value)


def _dates(text: str) -> Iterator[tuple[int, int, float]]:
    for match in DATE.finditer(text):
        if _date_ok(match.group()):
            yield match.start(), match.end(), 0.75


_DOB_ANYWHERE = re.compile(_DOB_CUE.pattern.removesuffix(r"[\s:,-]*$"))


def _dates_of_birth(text: str) -> Iterator[tuple[int, int, float]]:
    if not _DOB_ANYWHERE.search(text):
        return  # the cue is rare: look for it before running the (costlier) date pattern
    for start, end, _ in _dates(text):
        if _DOB_CUE.search(text[max(0, start - 30):start]):
            yield start, end, 0.9


AGE_OVER_89 = re.compile(
    # "100 years" alone is a duration; an age says "old", "y/o" or "aged"
    r"(?i)(?<![\w.])(?:(?:aged?|age:)\s*(?:9\d|1[01]\d)(?!\d)|(?:9\d|1[01]\d)(?:\s*|-)(?:(?:years?|yrs?)[\s-]*old"
    r"|y/?o\b))(?![\w])"
)
URL = re.compile(r"(?i)(?<![\w@/.])(?:(?:https?|ftp)://|www\.)[^\s<>\"'`]+")


def _urls(text: str) -> Iterator[tuple[int, int, float]]:
    for match in URL.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] in ".,;:!?)]}'\"":
            end -= 1  # sentence punctuation after a link
        yield start, end, 0.9


def _ages(text: str) -> Iterator[tuple[int, int, float]]:
    for match in AGE_OVER_89.finditer(text):
        yield match.start(), match.end(), 0.8


OTHER_FINDERS: dict[str, Finder] = {
    "DATE": _dates,
    "DATE_OF_BIRTH": _dates_of_birth,
    "AGE_OVER_89": _ages,
    "URL": _urls,
}

# Checksummed national IDs are precise enough for the second pass over redacted output (the leak scan).
LEAK_SCAN_IDS: tuple[str, ...] = ("SE_PERSONNUMMER", "FI_HETU", "NO_FODSELSNUMMER", "PL_PESEL", "BE_NATIONAL_NUMBER",
                                  "DK_CPR", "NL_BSN", "PT_NIF")
