"""Finders for national IDs (Nordic, Benelux, PL, PT, IS, TR, BR, IN, KR, CA, UK UTR, AU Medicare, PH, PE),
cue-word identifiers (other national IDs, passport, medical record, health plan, account, licence, vehicle,
device), dates, dates of birth, ages over 89 and URLs.

A finder maps a text to (start, end, score) spans; pipeline/recognizers.py wraps them as presidio recognizers.
They run on the NFKC working copy (pipeline/normalise.py), so separators are plain spaces and dashes here.

Precision comes from check digits (pipeline/checksums.py) and, where a check digit is too weak on its own (a
9-digit mod-11 number passes one time in eleven), from a cue word just before the number: NL BSN and PT NIF
need one ("BSN", "NIF", "contribuinte"), as do the TR, IN Aadhaar, CA, UK UTR, AU, PH and PE numbers; DK CPR
needs one unless it passes the old mod-11 rule, IS, BR and KR numbers unless written with their dashes or dots.
The free-format identifiers (passport, MRN, member ID, serial number) are only ever taken right after their cue
words or in a CSV column named for them, and must hold digits: "passport photo" or "member services" are prose.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from pipeline import checksums
from pipeline.tables import csv_cells

Finder = Callable[[str], Iterator[tuple[int, int, float]]]

_B = r"(?<![\w-])"  # left boundary: not inside a word or a dashed code
_E = r"(?![\w-])"
_BD = r"(?=\d)" + _B  # the same before a digit: the lookahead first lets the scan skip non-digits quickly


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
        if not cue.search(text):
            return  # cue words are rare: look for one before running the number pattern
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


# The cue patterns open with a lookahead on their first letters: the scan then skips most positions quickly.
# IS kennitala DDMMYY-RRCM shares the DK CPR shape; written with its dash it passes date, century mark and mod 11
# by chance 3 times in 110, ten bare digits need a cue.
IS_KT = re.compile(_BD + r"[0-7]\d(?:0[1-9]|1[0-2])\d{2}-?\d{4}" + _E)
_IS_CUE = re.compile(r"(?i)(?=k)\b(?:kennitala|kennitölu|kennitölur|kt\.)")
# TR T.C. kimlik no: 11 digits like a PESEL or a phone number, so always after a cue ("TC", "kimlik", "TCKN").
TR_KIMLIK = re.compile(_BD + r"[1-9]\d{10}" + _E)
_TR_CUE = re.compile(r"(?i)(?=[tk])(?:\bt\.?\s?c\.?(?![\w.])|\bkimlik|\btckn?\b|\bturkish (?:national )?id)")
# BR CPF: written NNN.NNN.NNN-DD it is unmistakable with its two check digits; 11 bare digits need "CPF".
BR_CPF = re.compile(_BD + r"(?:\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})" + _E)
_BR_CUE = re.compile(r"(?i)(?=c)\b(?:cpf|cadastro de pessoas? f[ií]sicas?)\b")
# IN Aadhaar: 12 digits (4-4-4), Verhoeff; a payment or order reference has the same shape: only after a cue.
IN_AADHAAR = re.compile(_BD + r"[2-9]\d{3}([ -]?)\d{4}\1\d{4}" + _E)
_IN_AADHAAR_CUE = re.compile(r"(?i)(?=[auआ])(?:\baadh?aa?r|\buid(?:ai)?\b|आधार)")
# IN PAN: AAAAA9999A with the holder type as fourth letter; upper case only ("ABCPK1234Z").
IN_PAN = re.compile(r"(?=[A-Z])(?<![A-Za-z0-9])[A-Z]{3}[ABCFGHJKLPT][A-Z]\d{4}[A-Z](?![A-Za-z0-9])")
# KR resident registration number YYMMDD-GNNNNNC: with the dash and its check digit on its own; numbers issued
# since 2020 have no check digit and count after a cue ("RRN", "주민등록번호").
KR_RRN = re.compile(_BD + r"\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-?\d{7}" + _E)
_KR_CUE = re.compile(r"(?i)(?=[r주])(?:\brrn\b|resident registration|주민\s?(?:등록)?\s?번호)")
# CA social insurance number: 9 digits (3-3-3) with a Luhn digit, one in ten by chance: after "SIN"/"NAS".
CA_SIN = re.compile(_BD + r"[1-79]\d{2}([ -]?)\d{3}\1\d{3}" + _E)
_CA_CUE = re.compile(r"(?=[SNsnaA])(?:\b(?:SIN|NAS|S\.I\.N\.)(?![\w.])|(?i:\bsocial insurance|\bassurance sociale))")
# UK unique taxpayer reference: 10 digits, one mod-11 check digit: after "UTR" or "tax reference".
UK_UTR = re.compile(_BD + r"(?:\d{5} ?\d{5}|\d{3} \d{3} \d{4})K?" + _E)
_UK_UTR_CUE = re.compile(r"(?i)(?=[ust])\b(?:utr|unique tax(?:payer)? reference|self[ -]assessment (?:tax )?reference"
                         r"|tax reference)\b")
# AU Medicare card: 10 digits (4-5-1) plus an optional individual reference number after "/" or "-".
AU_MEDICARE = re.compile(_BD + r"[2-6]\d{3} ?\d{5} ?\d(?:[/-][1-9])?" + _E)
_AU_MEDICARE_CUE = re.compile(r"(?i)(?=m)\bmedicare\b")
# PH TIN NNN-NNN-NNN with an optional branch code: no check digit, so only after "TIN".
PH_TIN = re.compile(_BD + r"\d{3}([- ])\d{3}\1\d{3}(?:\1\d{3,5})?" + _E)
_PH_TIN_CUE = re.compile(r"(?=[Tt])(?:\bTIN\b|(?i:\btaxpayer identification|\btax identification number))")
# PE DNI: 8 digits and an optional check character; as common as any 8-digit number: only after "DNI".
PE_DNI = re.compile(_BD + r"\d{8}(?:-[0-9A-Ka-k])?" + _E)
_PE_CUE = re.compile(r"(?i)(?=d)(?:\bd\.?n\.?i\b|documento nacional de identidad)")
# ZA identity number: 13 digits, a birth date first, a citizenship digit and a Luhn digit (1 in 10 random runs of
# 13 digits with a valid date pass); written bare or grouped 6-4-3 ("800101 5009 087").
ZA_ID = re.compile(_BD + r"\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])[ ]?\d{4}[ ]?[012]\d{2}" + _E)
# A 9-digit field of a CSV-like row that passes the elfproef: the columns of a BSN export carry no cue word.
_CSV_FIELD_9 = re.compile(r"(?m)(?:(?<=[,;\t|])|^)(\"?)(\d{9})\1(?=[,;\t|]|\r?$)")


def _nl_bsn_field(text: str) -> Iterator[tuple[int, int, float]]:
    for match in _CSV_FIELD_9.finditer(text):
        start, end = match.span(2)
        before, after = text[max(0, match.start() - 1):match.start()], text[match.end():match.end() + 1]
        if (before in (",", ";", "\t", "|") or after in (",", ";", "\t", "|")) and checksums.nl_bsn_ok(
                match.group(2)):
            yield start, end, 0.6


def _multi(*finders: Finder) -> Finder:
    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for finder in finders:
            yield from finder(text)

    return find


NATIONAL_ID_FINDERS: dict[str, Finder] = {
    "SE_PERSONNUMMER": _finder(SE_PNR, 0.9, checksums.se_personnummer_ok),
    "FI_HETU": _finder(FI_HETU, 0.95, checksums.fi_hetu_ok),
    # The mod-11 rule holds for numbers issued before 2007; a later one counts with a cue word. With the cue it
    # outranks SE_PERSONNUMMER, whose YYMMDD-NNNC shape a CPR shares (one in ten passes the Luhn check too).
    "DK_CPR": _finder(DK_CPR, 0.8, lambda v: checksums.dk_cpr_date_ok(v) and checksums.dk_cpr_mod11_ok(v),
                      _DK_CUE, checksums.dk_cpr_date_ok, 0.95),
    "NO_FODSELSNUMMER": _finder(NO_FNR, 0.9, checksums.no_fodselsnummer_ok),
    "NL_BSN": _multi(_with_cue(NL_BSN, _NL_CUE, checksums.nl_bsn_ok, 0.85), _nl_bsn_field),
    # Written YY.MM.DD-SSS.CC it is unmistakable; 11 bare digits (2 in 97 pass by chance) need a cue word.
    "BE_NATIONAL_NUMBER": _finder(BE_NRN, 0.85, lambda v: not v.isdigit() and checksums.be_national_number_ok(v),
                                  _BE_CUE, checksums.be_national_number_ok, 0.85),
    "PL_PESEL": _finder(PL_PESEL, 0.85, checksums.pl_pesel_ok),
    "PT_NIF": _pt_nif,
    "IS_KENNITALA": _finder(IS_KT, 0.85, lambda v: "-" in v and checksums.is_kennitala_ok(v),
                            _IS_CUE, checksums.is_kennitala_ok, 0.9),
    "TR_TC_KIMLIK": _with_cue(TR_KIMLIK, _TR_CUE, checksums.tr_kimlik_ok, 0.9),
    "BR_CPF": _finder(BR_CPF, 0.9, lambda v: "." in v and checksums.br_cpf_ok(v), _BR_CUE, checksums.br_cpf_ok, 0.9),
    "IN_AADHAAR": _with_cue(IN_AADHAAR, _IN_AADHAAR_CUE, checksums.in_aadhaar_ok, 0.9),
    "IN_PAN": _finder(IN_PAN, 0.75, checksums.in_pan_ok),
    "KR_RRN": _finder(KR_RRN, 0.85, lambda v: "-" in v and checksums.kr_rrn_ok(v), _KR_CUE, checksums.kr_rrn_date_ok,
                      0.9),
    "CA_SIN": _with_cue(CA_SIN, _CA_CUE, checksums.ca_sin_ok, 0.85),
    "UK_UTR": _with_cue(UK_UTR, _UK_UTR_CUE, checksums.uk_utr_ok, 0.85),
    "AU_MEDICARE": _with_cue(AU_MEDICARE, _AU_MEDICARE_CUE, checksums.au_medicare_ok, 0.85),
    "PH_TIN": _with_cue(PH_TIN, _PH_TIN_CUE, lambda v: True, 0.8),
    "PE_DNI": _with_cue(PE_DNI, _PE_CUE, checksums.pe_dni_ok, 0.8),
    "ZA_ID": _finder(ZA_ID, 0.85, checksums.za_id_ok),
}

# --- identifiers after cue words -----------------------------------------------------------------------------------
_NUMBER_WORD = r"\s*(?:no\.?|nr\.?|num(?:ber)?\.?|#|id|code|identifier)"
# A JSON key may quote the cue and its value: '"mrn":"HC-00918273"'.
_SEP = r"(?:\"?\s*(?:is|was|of|est|es|ist|är|:|=|-|#|\()?\s*\"?)"  # "(": "Aadhaar (2345 6789 0124)"; "CIN est ..."
_VALUE = r"[A-Z0-9][A-Z0-9/.-]{3,24}[A-Z0-9]"


def _cued(specific: str, generic: str = "", value: str = _VALUE, min_digits: int = 3, gap: str = "",
          not_after: re.Pattern[str] | None = None) -> Finder:
    """The value right after a cue, then optional "no./number/#/id" and ':' or 'is', holding `min_digits` digits.

    `specific` cues name the identifier themselves ("MRN", "passport"); `generic` ones ("patient", "member") count
    only with a number word after them ("patient ID", "member no."), so "patient 2024-05" stays prose. `gap` may
    sit between cue and separator; a cue whose preceding text matches `not_after` ("order ID") is skipped.
    """
    alternatives = [rf"(?:{specific})(?:{_NUMBER_WORD}){{0,2}}"]
    if generic:
        alternatives.append(rf"(?:{generic})(?:{_NUMBER_WORD}){{1,2}}")
    # A short remark in brackets may sit between the cue and the value: "Passport (holder 2): K7712345".
    # (A remark has a space; "passport (M48291736)" brackets the value itself.)
    # A country or state code in brackets too: "passport (GR) AK4182907", "DL (IL) A126-4480-9123".
    pattern = re.compile(rf"(?i)\b(?:{'|'.join(alternatives)})(?:\s?\((?=[^()\n]*\s)[^()\n]{{1,20}}\)"
                         rf"|\s?\((?-i:[A-Z]{{2,3}})\))?{gap}{_SEP}"
                         rf"({value})"
                         r"(?![\w-])")

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for match in pattern.finditer(text):
            if not_after is not None and not_after.search(text[max(0, match.start() - 20):match.start()]):
                continue
            if sum(ch.isdigit() for ch in match.group(1)) >= min_digits:
                # A cue glued to its number ("MRN00123456") is part of the identifier as written.
                glued = text[match.start():match.start(1)].isalpha()
                yield match.start() if glued else match.start(1), match.end(1), 0.8

    return find


# The number may follow a word for the document's copy, in brackets: "the passport scan (K1234567)".
# Russian and other CIS passports are a 4-digit series and a 6-digit number: "passport 45 12 345678".
PASSPORT = _cued(r"passport|passeport|pasaporte|passaporto|reisepass|pass(?:nummer|nr)|paszport|passi|паспорт",
                 value=r"\d{2} ?\d{2} \d{6}|" + _VALUE, min_digits=2,
                 gap=r"(?:\s(?:copy|scan|photo|page|details))?\s?\(?")
MEDICAL_RECORD = _cued(r"mrn|medical record|med\.? rec(?:ord)?|health record|ehr|emr|nhi|patient file|uhid|abha"
                       r"|mrd|(?-i:HN)(?=\s?[:#]?\s?\d)",  # Indian "MRD no.", Thai hospital number "HN 64-018273"
                       # Inpatient numbers ("IP No. IP/24/0123"), "Hosp. No.", Spanish "historia clínica" ("HC").
                       r"patient|chart|hospital|hosp\.?|case|journal|dossier|clinic|(?-i:IP|OP)")
_CLINICAL_HISTORY = _cued(r"(?-i:HC|HCL|NHC)|historia cl[ií]nica|n[º°o]\.?\s?(?:de\s)?historia", value=r"\d{4,10}",
                          min_digits=4)
# The scheme's letters may lead the number ("health insurance no. NHIF 7-1234-556677").
HEALTH_PLAN = _cued(r"health plan|health insurance|medicare|medicaid|hicn|mbi|versichertennummer|versicherten-?nr\.?"
                    r"|kvnr|kv-nr\.?|krankenkassen?-?nr\.?|krankenversichertennummer|ehic|nhis"
                    r"|health card|carte santé|carte d'assurance maladie|philhealth|nhif|(?-i:SHA|OHIP|RAMQ)",
                    r"insurance|insurer|member|membership|subscriber|policy|beneficiary|group|plan",
                    value=r"(?-i:[A-Z]{2,5} (?=\d))?" + _VALUE)
# An insurer's member number right after "member": "Blue Shield member XQW814402736", "Daman member DMN-7730-48291".
_MEMBER = _cued(r"member|subscriber|mitgliedsnr\.?|mitgliedsnummer|mitglieds-nr\.?",
                value=r"(?-i:[A-Z]{1,4})-?\d[\d-]{3,20}\d", min_digits=5)
HEALTH_PLAN = _multi(HEALTH_PLAN, _MEMBER)
# "take into account 2024-2025" is prose: a bare "account" needs a number word ("account no. 1234 5678").
_ACCOUNT_CUED = _cued(r"acct\.?|acc(?:\.|\s?no\.?)?(?=\s)|a/c|c/c|bank account|konto(?:nummer)?|compte|cuenta|conto"
                     r"|conta(?:\s(?:corrente|para\s\w+))?|clabe"
                     # Loyalty and frequent-flyer numbers name their holder too ("Frequent flyer: BA 12345678").
                     r"|frequent[ -]fl(?:y|i)er|ffn|loyalty(?: card)?|miles\s?(?:&|and)\s?more|skywards|flying blue"
                     r"|(?-i:CIF)",  # a bank's customer information file number
                     r"account|customer|client|member(?:ship)?",
                      value=r"(?-i:[A-Z]{0,4})[ -]?\d[\d /.-]{3,28}\d", min_digits=5)
# ... or a plain run of 7+ digits ("account 12345678 closed"); NZ accounts have their own shape
# (bank-branch-account-suffix, 2-4-7-2/3 digits) and are taken anywhere.
_ACCOUNT_BARE = re.compile(r"(?i)(?=a)\baccount(?:\s(?:is|was))?\s?[:#=]?\s?(\d{7,18}|\d{3,6}(?:[ ]\d{2,6}){1,4})"
                           r"(?![\w-]|[.,/]\d)")
_NZ_ACCOUNT = re.compile(_BD + r"\d{2}-\d{4}-\d{7}-\d{2,3}" + _E)


# Indian UPI payment addresses after "UPI" ("UPI anita.k@okaxis", "UPI ID: 98xxxx@ybl"): a name and a bank handle.
_UPI = re.compile(r"(?i)(?=u)\bupi(?:[ \t]?(?:id|vpa|handle|address))?[ \t]*[:=-]?[ \t]*([\w.-]{2,40}@[a-z]{2,20})"
                  r"(?![\w@-]|\.\w)")


def _account(text: str) -> Iterator[tuple[int, int, float]]:
    yield from _ACCOUNT_CUED(text)
    yield from _CODED_ACCOUNT(text)
    yield from _CODED_CARD(text)
    for match in _UPI.finditer(text):
        yield match.start(1), match.end(1), 0.8
    for match in _ACCOUNT_BARE.finditer(text):
        yield match.start(1), match.end(1), 0.7
    for match in _NZ_ACCOUNT.finditer(text):
        yield match.start(), match.end(), 0.75


# Policy, loan, certificate, library-card and staff-scheme numbers written as a letter code and digits: "policy
# AV-HOME-7720194", "loan LN-0044918273", "cert. SL-09923187", "library card L0044192871", "account number is
# BT-ACC-002217045", "Partner number JL-558120". The code shape keeps "policy 2024" and "loan of 5000" prose.
_CODED_VALUE = r"(?-i:[A-Z]{1,5}(?:-[A-Z]{2,5}){0,2}-?\d[\d-]{3,18}\d)"
_CODED_ACCOUNT = _cued(r"policy|loan|cert\.?|certificate|library card|loyalty card|partner(?:ship)?|account",
                       value=_CODED_VALUE, min_digits=5)
# Any other card with a coded number is its holder's ("card LIB-008812", "ration card KKM-300418"); gift, SIM and
# top-up cards are bearer codes of no one.
_CODED_CARD = _cued(r"card", value=_CODED_VALUE, min_digits=5,
                    not_after=re.compile(r"(?i)\b(?:gift|sim|sd|graphics|video|network|sound|scratch|top-?up|voucher"
                                         r"|prepaid)[ \t]*$"))
# UK sort codes and Australian BSBs name the holder's branch; beside the account number they locate the account.
_BRANCH_CODE = _cued(r"sort[ -]?code|s/c|bsb|(?:bank|branch)[ -]code|routing(?:\s(?:number|no\.?))?|aba|rtn",
                     value=r"\d{2}-\d{2}-\d{2}|\d{3}-\d{3}|\d{6}|\d{9}", min_digits=6)
_BRANCH_ACCOUNT = re.compile(r"(?i)(?:sort[ -]?code|bsb)[^\n]{0,30}?\baccount(?:\s(?:no\.?|number))?[ \t]*[:#]?[ \t]*"
                             r"(\d{4}[ \t]?\d{3,4}|\d{6,10})(?![\w-])")


def _branch(text: str) -> Iterator[tuple[int, int, float]]:
    yield from _BRANCH_CODE(text)
    for match in _BRANCH_ACCOUNT.finditer(text):
        yield match.start(1), match.end(1), 0.8


ACCOUNT = _multi(_account, _branch)
LICENSE = _cued(r"driver'?s licen[cs]e|driving licen[cs]e|licen[cs]e|führerschein|permis de conduire|npi|dea"
                r"|ehliyet|licencia(?: de conducir)?|carteira de motorista|cnh|patente di guida|rijbewijs|körkort"
                r"|(?-i:DL)(?=\s?[:#]|\s[A-Z0-9]*\d)",
                r"dl|certificate|cert\.?|registration")
# National and other personal IDs of any country after their cue word: "ID 8706125134084", "CNP 1840723400615",
# "RUT 17.384.926-5", "NRIC/FIN: S7634512J", "身份证号: 51010719610921318X". No check digit: the value must hold 5+
# digits (years, prices and versions have fewer, or a decimal point), and "order/ticket/... ID" is no person's ID.
# Bare "ID" and "TIN" count in capitals only ("id" is Indonesian "en", "tin" a metal).
_NATIONAL_ID_VALUE = (r"(?-i:[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d)"  # MX CURP
                      r"|(?-i:[A-ZÑ&]{3,4}\d{6}[A-Z0-9]{3})(?![\w-])"  # MX RFC "RUVA850317KJ4"
                      r"|(?-i:[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8})(?![\w-])"  # DE Personalausweis "L01X4RT97"
                      r"|(?-i:\d{7}[A-W][A-IW]?)(?![\w-])"  # IE PPSN "1234567TA"
                      r"|(?-i:[A-Z]{1,3})-\d{4,5}(?![\w-])"  # tribal enrolment "AB-01234"
                      r"|(?!(?:19|20)\d\d-\d\d-\d\d(?![\w-]))"  # not an ISO date
                      r"(?:(?-i:[A-ZА-ЯЁ]{1,4})[ -]?)?\d(?:\d|[ ./-](?=\d)){5,24}(?:-?[^\W_])?")
_NOT_PERSON_ID = re.compile(
    r"(?i)\b(?:order|transaction|txn|ticket|session|request|tracking|invoice|booking|reservation|product|item|sku"
    r"|job|batch|build|commit|message|event|reference|ref|payment|shipment|parcel|receipt|confirmation|run|task"
    r"|issue|bug|process|thread|app|device|merchant|vendor|supplier|store|shop|game|video|file|image|post|group"
    r"|chat|meeting|zoom|room|table|row|record|lot|serial|user|customer|client)[ _-]?\Z")
NATIONAL_ID = _cued(
    r"(?-i:ID|TIN|CIN|NID)|national[ _]id(?:entity)?(?: card)?|thai[ _]id|identity(?: card| document)?"
    r"|id[ -]?(?:card|document)|identity|identification|personal (?:code|number|id(?:entity)?)|personal identity"
    r"|tax (?:number|id|code|file number)|taxpayer number|doc(?:ument)?[ _]?(?:no|number)"
    r"|nric(?:/fin)?|curp|rut|dni|nie|oib|jmbg|embg|egn|cnp(?:-ul)?|iin|ahv(?:-nr\.?)?|avs|tfn|cnic"
    r"|isikukood|asmens kodas|a\.\s?k\.|personas kods|rod\.\s?[čc]\.|rodné číslo|c[ée]dula|nuip"
    r"|a-number|alien (?:registration )?number|uscis|身份证号?码?|公民身份号码|マイナンバー|個人番号"
    r"|henkilötunnus|personnummer|fødselsnummer|sofi|ppsn|amka|αμκα|afm|αφμ|codice fiscale|steuer-?id|aadhaa?r|aadhar"
    # Nigerian NIN, Indian UAN (provident fund), Kenyan KRA PIN, Pakistani NTN, German hospital case numbers.
    r"|(?-i:NIN|UAN|NTN|PTIN|ITIN|UTR|BVN|RFC)|bvn|kra[ _]pin|fall-?(?:nr|nummer)\.?"
    r"|(?:personal)?ausweis(?:-?nr\.?|nummer)?"
    # Czech/Slovak "r.č.", Nepali and other numeric PANs, Ghana and Malaysian cards, the Austrian social security
    # number, the French tax number, the Portuguese health-service user number.
    r"|r\.\s?[čc]\.|(?-i:PAN)|ghana[ _]card|mykad|kad pengenalan|(?-i:I/C|IC(?=\s?(?:No|no|Number)))"
    r"|sozialversicherungs-?(?:nummer|nr\.?)|sv-?(?:nummer|nr\.?)|svnr|versicherungsnummer"
    r"|num[ée]ro fiscal|n[°o]\.? fiscal|num[ée]ro d'identification fiscale|(?-i:SPI)"
    r"|n\.?[ºo°]?\s?(?:de\s)?utente(?:\s(?:sns|do sns))?|utente sns|cart[ãa]o de utente"
    # Cyrillic personal numbers (KZ ИИН/ЖСН, UA РНОКПП/ІПН/УНЗР, RU ИНН/СНИЛС, BG ЕГН, RS/MK ЈМБГ/ЕМБГ), the Slovenian
    # EMŠO, Argentine CUIT/CUIL, Colombian NIT and cédula "C.C.", Israeli teudat zehut, Singapore FIN, Ghana SSNIT,
    # Kenyan/Ugandan NSSF, Philippine learner and UK pupil numbers, Luxembourg and Quebec personal codes, Serbian and
    # Croatian identity cards, Kenyan exam index numbers and tribal enrolment numbers.
    r"|иин|жсн|рнокпп|іпн|ипн|унзр|инн|снилс|егн|јмбг|јмбг|ембг|емшо|em[šs]o|cuit(?:/cuil)?|cuil|(?-i:NIT|C\.\s?C\.)"
    r"|teudat\s?zehut|t\.\s?z\.|תעודת זהות|ת\.ז\.?|(?-i:FIN|LRN|UPN|SSNIT|NSSF)|ssnit|nssf|matricule(?: national)?"
    r"|code permanent|li[čc]n(?:a|e|u)\s(?:kart[aeu]|isprav[ae])(?:\s?br\.?)?|osobn[ae] iskaznic[ae](?:\s?br\.?)?"
    r"|(?:kcpe|kcse)(?:\s(?:index|no\.?|number))?|tribal (?:enrol?lment|membership|id)"
    # Hungarian TAJ, Philippine UMID/CRN and SSS, Iranian national code, Colombian "CC 43.918.270".
    r"|taj(?:\s?szám)?|umid(?:\s(?:crn|no\.?))?|(?-i:CRN|SSS)|national code|code meli|(?-i:CC)(?=\s\d)"
    # Sri Lankan NIC, Nepali citizenship certificate, Irish PPS and NZ IRD numbers, Japanese "My Number".
    r"|(?-i:NIC|PPS|IRD|My Number)|citizenship|pps number|ird number|badge(?:\s(?:ids?|no\.?|numbers?))?",
    r"id|identity|register|citizen|resident|social security|tax|student|employee|emp|staff|voter|personal",
    value=_NATIONAL_ID_VALUE, min_digits=5,
    gap=r"(?:(?:\s+(?-i:[a-z]{2,14})){1,2}(?=\s*:))?", not_after=_NOT_PERSON_ID)
# National IDs whose written shape, with its check digit where it has one, is unmistakable without a cue: Malaysian
# MyKad YYMMDD-PB-NNNN, Hong Kong "K123456(7)", Czech/Slovak rodné číslo "YYMMDD/SSSC", Ghana card "GHA-NNNNNNNNN-N",
# Pakistani CNIC "NNNNN-NNNNNNN-N".
_MY_NRIC = re.compile(_BD + r"\d{6}-\d{2}-\d{4}" + _E)
_HKID = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,2}\d{6}[ \t]?\([0-9A]\)")
_CZ_BIRTH_NUMBER = re.compile(_BD + r"\d{2}[0-35-8]\d[0-3]\d/\d{3,4}" + _E)
_GHANA_CARD = re.compile(r"(?<![\w-])GHA-\d{9}-\d" + _E)
_PK_CNIC = re.compile(_BD + r"\d{5}-\d{7}-\d" + _E)  # Pakistani CNIC: 5-7-1 digits, hyphenated
_AE_EMIRATES_ID = re.compile(_BD + r"784-\d{4}-\d{7}-\d" + _E)  # Emirates ID: 784-YYYY-NNNNNNN-C, Luhn
_CH_AHV = re.compile(_BD + r"756\.\d{4}\.\d{4}\.\d{2}" + _E)  # Swiss AHV/AVS: 756.NNNN.NNNN.NC, EAN-13


def _ean13_ok(value: str) -> bool:
    number = checksums.digits(value)
    return len(number) == 13 and sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(number)) % 10 == 0
# Chinese resident identity numbers: 6-digit region, YYYYMMDD birth date, 3 digits, an ISO 7064 check character.
_CN_RESIDENT_ID = re.compile(_BD + r"[1-8]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]"
                             + _E)
_ID_SHAPES = ((_MY_NRIC, checksums.my_nric_ok), (_HKID, checksums.hkid_ok),
              (_CZ_BIRTH_NUMBER, checksums.cz_birth_number_ok), (_GHANA_CARD, None), (_PK_CNIC, None),
              (_AE_EMIRATES_ID, lambda v: checksums.luhn_ok(checksums.digits(v))), (_CH_AHV, _ean13_ok),
              (_CN_RESIDENT_ID, checksums.cn_resident_id_ok))


def _id_shapes(text: str) -> Iterator[tuple[int, int, float]]:
    for pattern, check in _ID_SHAPES:
        for match in pattern.finditer(text):
            if check is None or check(match.group()):
                yield match.start(), match.end(), 0.85


# CSV-like columns named for a national or personal ID ("id_number", "national_id", "nric", "teudat_zehut"): a
# bare "id" column is a row number and stays.
_ID_COLUMN = re.compile(
    r"(?i)^(?:(?:national|personal|citizen|resident|civil|identity|tax|voter)[ _]?id(?:[ _]?(?:no|nr|number))?"
    r"|id[ _]?(?:no|nr|number|card|card[ _]no)\.?|identity[ _]?(?:no|number|card)|nid|nin|nino|nric|mykad|ic[ _]?no"
    r"|cnic|teudat[ _]?zehut|dni|nie|curp|rut|cpf|pesel|aadhaar|tin|tax[ _]?(?:no|number|code)|ssn|sin|pps[ _]?no?"
    r"|personnummer|henkilötunnus|fødselsnummer|codice[ _]fiscale|steuer[ _]?id"
    r"|jmbg|јмбг|embg|emšo|emso|egn|егн|cnp|iin|иин|жсн|инн|рнокпп|cuit|cuil|nit|nssf(?:[ _]?(?:no|nr|number))?"
    r"|ssnit(?:[ _]?(?:no|nr|number))?|kennitala|isikukood|student[ _]?(?:no|nr|number|id)|pupil[ _]?(?:no|id)"
    r"|employee[ _]?(?:no|nr|number|id)|staff[ _]?(?:no|id)|bvn|utr|uan|nik|sss(?:[ _]?(?:no|nr|number))?|pan"
    r"|asmens[ _]kodas|rodné[ _]číslo|oib|egn|tckn|tc[ _]kimlik(?:[ _]no)?|bsn|rut|run|dpi|cui|nif|nie|cc|tfn|ird"
    r"|ird[ _]?(?:no|number)|nic|ppsn|citizenship[ _]?(?:no|number)|kra[ _]?pin|amka|taj|my[ _]?number)$")
_UK_DRIVING_LICENCE = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z9]{4}\d{6}[A-Z9]{2}\d[A-Z0-9]{2}(?![A-Za-z0-9])")


def _uk_driving_licence(text: str) -> Iterator[tuple[int, int, float]]:
    """GB driving licence numbers by their shape and birth date (see checksums.uk_driving_licence_ok)."""
    for match in _UK_DRIVING_LICENCE.finditer(text):
        if checksums.uk_driving_licence_ok(match.group()):
            yield match.start(), match.end(), 0.85


_VIN = re.compile(r"(?<![A-Za-z0-9])[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9])")
_VIN_CUE = re.compile(r"(?i)\b(?:vin|chassis|vehicle identification|fahrgestell)")
_PLATE = _cued(r"licen[cs]e plate|number plate|registration plate|vehicle registration|kennzeichen|"
               r"immatriculation|immatricul[ée]e?|matrícula|targa|regnr|tablica|rekisterinumero|plate|placa|plaka"
               r"|kenteken|rendszám|spz"
               r"|(?-i:reg)(?=\s\d)|vehicle reg\.?|(?-i:rego)",
               r"reg\.?|registration",
               value=r"(?-i:[A-Z0-9][A-Z0-9 -]{2,9}[A-Z0-9])", min_digits=1)
# After a looser cue ("Vehicle: AB 123 (make)", Chilean "Patente: ABCD-12", Swahili "gari ni T 123 ABC") the plate
# must mix letters and digits: "Vehicle: 2021 Honda" is a model year.
_PLATE_LOOSE = _cued(r"patente|vehicle(?=\s?:)|gari(?:\s(?:ni|namba|yangu ni))",
                     value=r"(?-i:[A-Z]{1,4}[ -]?\d{1,4}(?:[ -]?[A-Z]{1,3})?|\d{1,4}[ -]?[A-Z]{1,4}(?:[ -]?\d{1,4})?)",
                     min_digits=1)
DEVICE = _cued(r"serial|s/n|imei|meid|udi|udid|asset tag|hardware id", r"device|implant|pacemaker|sn",
               value=r"[A-Z0-9][A-Z0-9:./-]{3,36}[A-Z0-9]", min_digits=2)


# A current UK plate (two letters, two digits, three letters) after "reg", "registration (mark)" or "vehicle":
# "reg. WU21 KXM", "vehicle BD17 OXH"; the shape alone is too close to codes to take anywhere.
_UK_PLATE = _cued(r"reg\.?|registration(?:\smark)?|vehicle|car|van", value=r"(?-i:[A-Z]{2}\d{2}[ ]?[A-Z]{3})",
                  min_digits=2)
# Staff, student and case numbers of a person written as a code: "employee EMP-004918", "employee no. E20991",
# "Home Office ref H1209874", "ARC card UKA-91842207", "collar 4417", "seaman's book PH-0388271", exam candidates
# ("candidate 20231187") and aid beneficiaries ("ration card KKM-300418").
_PERSON_CODE = _cued(r"employee|emp|staff|student|pupil|personnel|payroll|home office(?:\sref(?:erence)?)?"
                     r"|arc(?:\scard)?|seaman's book|seafarer's book|collar|warrant card|candidate|examinee"
                     r"|borrower|beneficiary|ration card",
                     value=r"(?-i:[A-Z]{1,4}(?:-[A-Z]{2,4})?-?\d{4,12})|(?!(?:19|20)\d\d(?!\d))\d{4,12}", min_digits=4)


def _vehicle(text: str) -> Iterator[tuple[int, int, float]]:
    for match in _VIN.finditer(text):
        value = match.group()
        if not (any(ch.isalpha() for ch in value) and any(ch.isdigit() for ch in value)):
            continue
        start, end = match.span()
        if checksums.vin_check_ok(value) or _VIN_CUE.search(text[max(0, start - 30):start]):
            yield start, end, 0.85
    yield from _PLATE(text)
    yield from _PLATE_LOOSE(text)
    yield from _UK_PLATE(text)


# CSV-like columns named for a birth date or an identifier: "patient_id;surname;dob" -> the cells below.
_DOB_COLUMN = re.compile(
    r"(?i)^(?:dob|d\.o\.b\.?|date[ _]?of[ _]?birth|birth[ _]?date|birthday|born|geburtsdatum|geb\.?(?:[ _]?datum)?"
    r"|geboortedatum|date[ _]de[ _]naissance|fecha[ _](?:de[ _])?nacimiento|data[ _](?:di[ _]|de[ _])?nascita"
    r"|data[ _]de[ _]nascimento|födelsedatum|fødselsdato|syntymäaika|data[ _]urodzenia|doğum[ _]tarihi"
    r"|tgl[ _]lahir|tanggal[ _]lahir|gimimo[ _]data|datum[ _]narození|datum[ _]rođenja|születési[ _]dátum)$")
_PASSPORT_COLUMN = re.compile(r"(?i)^(?:passport|pasaporte|passeport|reisepass|passaporto|passnummer)"
                              r"(?:[ _]?(?:no|nr|number|num|id)\.?)?$")
_ACCOUNT_COLUMN = re.compile(r"(?i)^(?:(?:bank[ _]?)?account[ _]?(?:no|nr|number|num)\.?|acct[ _]?(?:no|number)\.?"
                             r"|bank[ _]?account|konto(?:nummer|nr)?|cuenta|compte|account|sort[ _]?code|bsb|iban"
                             r"|bank[ _]?ac(?:c|ct)?(?:[ _]?(?:no|nr))?|a/c(?:[ _]?no)?|ac[ _]?no|rekening|účet|ucet)$")
# Insurer, scheme and club member numbers in a table: "member_no", "policy number", "membership id".
_MEMBER_COLUMN = re.compile(r"(?i)^(?:member(?:ship)?|policy|subscriber|insurance|plan)[ _]?(?:no|nr|number|num|id)"
                            r"\.?$")
_MRN_COLUMN = re.compile(r"(?i)^(?:mrn|uhid|nhi|medical[ _]record(?:[ _]?(?:no|number))?"
                         r"|(?:patient|hospital|chart)[ _]?(?:no|nr|number|id)\.?)$")


def _column(header: re.Pattern[str], score: float) -> Finder:
    """Cells (with a digit, at most 30 characters) of CSV-like columns whose header matches `header`."""
    # A header cell of this name somewhere (between delimiters or line ends) before the costlier cell split.
    gate = re.compile(r'(?im)(?:^|[,;\t|])[ "]*(?:' + header.pattern.removeprefix("(?i)^").removesuffix("$")
                      + r')[ "]*(?:[,;\t|]|$)')

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        if not gate.search(text):
            return
        for name, start, end in csv_cells(text):
            if header.match(name) and end - start <= 30 and any(ch.isdigit() for ch in text[start:end]):
                yield start, end, score

    return find


CUE_FINDERS: dict[str, Finder] = {
    "PASSPORT": _multi(PASSPORT, _column(_PASSPORT_COLUMN, 0.8)),
    "MEDICAL_RECORD": _multi(MEDICAL_RECORD, _CLINICAL_HISTORY, _column(_MRN_COLUMN, 0.8)),
    "HEALTH_PLAN": _multi(HEALTH_PLAN, _column(_MEMBER_COLUMN, 0.75)),
    "ACCOUNT_NUMBER": _multi(ACCOUNT, _column(_ACCOUNT_COLUMN, 0.75)),
    "NATIONAL_ID": _multi(NATIONAL_ID, _id_shapes, _PERSON_CODE, _column(_ID_COLUMN, 0.75)),
    "LICENSE_NUMBER": _multi(LICENSE, _uk_driving_licence),
    "VEHICLE_ID": _vehicle,
    "DEVICE_ID": DEVICE,
}

# Checksummed national IDs are precise enough for the second pass over redacted output (the leak scan).
LEAK_SCAN_IDS: tuple[str, ...] = ("SE_PERSONNUMMER", "FI_HETU", "NO_FODSELSNUMMER", "PL_PESEL", "BE_NATIONAL_NUMBER",
                                  "DK_CPR", "NL_BSN", "PT_NIF", "IS_KENNITALA", "TR_TC_KIMLIK", "BR_CPF", "IN_AADHAAR",
                                  "KR_RRN", "CA_SIN", "UK_UTR", "AU_MEDICARE")
