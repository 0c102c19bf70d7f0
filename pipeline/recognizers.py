"""Presidio recognizers for what presidio's defaults miss, each a compiled regex plus a checksum or sanity check.

Every recognizer is a presidio `EntityRecognizer` whose `analyze` runs pre-compiled regexes (no per-call
compilation, no NLP artefacts needed except for names), so a record costs microseconds per recognizer.
Checksums (pipeline/checksums.py) make the numeric ones high-precision: IBAN (ISO 13616 mod 97), cards (Luhn),
UK NHS (mod 11), DE Steuer-ID (ISO 7064 mod 11,10), FR NIR (97 - n mod 97), ES DNI/NIE (mod 23 letter), IT
codice fiscale (odd/even table), US SSN (SSA area/group/serial rules); the Nordic, Benelux, PL and PT IDs,
cue-word identifiers come from pipeline/identifiers.py, dates and URLs from pipeline/dates.py. Texts arrive
NFKC-normalised.

Reserved and specimen numbers (US SSN 987-65-432x and the 9xx ITIN range, the UK NINO prefix QQ) are still
redacted: a string that looks exactly like an ID teaches a model the shape of one and is often a real number
typed by a user; only formats that can never be an ID (all-zero groups, area 666) are rejected.

`leak_scan` reuses the high-precision subset on already redacted text: anything it finds there is a leak.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

if TYPE_CHECKING:
    from pipeline.name_lists import NameLists

from pipeline.checksums import (
    IBAN_LENGTHS,
    card_ok,
    de_tax_id_ok,
    es_id_ok,
    iban_mod97_ok,
    iban_ok,
    it_cf_ok,
    nhs_ok,
    nir_ok,
    ssn_ok,
)
from pipeline.dates import OTHER_FINDERS
from pipeline.identifiers import CUE_FINDERS, LEAK_SCAN_IDS, NATIONAL_ID_FINDERS
from pipeline.street_patterns import (
    EU_CITY_POSTCODE,
    FR_STREET_LINE,
    LOWER_STREET_WORD,
    NORDIC_STREET_POSTCODE,
    STREET_DE,
    STREET_EN,
    STREET_LINE,
    STREET_ROMANCE,
    UK_POSTCODE,
    UNIT_LINE,
    US_CITY_ZIP,
    ZIP_CUE,
    romance_street_ok,
)

Finder = Callable[[str], Iterator[tuple[int, int, float]]]


class RegexRecognizer(EntityRecognizer):
    """One entity type found by a finder function that yields (start, end, score) character spans."""

    def __init__(self, entity: str, finder: Finder, name: str | None = None) -> None:
        self._finder = finder
        super().__init__(supported_entities=[entity], name=name or f"sovtune_{entity.lower()}", supported_language="en")

    def load(self) -> None:  # noqa: D102 - nothing to load, regexes are compiled at import
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Presidio entry point: spans of this recognizer's entity in `text`."""
        entity = self.supported_entities[0]
        return [RecognizerResult(entity, start, end, score) for start, end, score in self._finder(text)]


class PatternSetRecognizer(EntityRecognizer):
    """Every regex entity type of a policy in one presidio recognizer.

    One recognizer instead of one per type: presidio's context step loops over recognizers x results for every
    text, which with 30+ types cost more than the regexes. Types that cannot match without a digit are skipped
    for texts that have none (most keys, categories and plain sentences).
    """

    def __init__(self, finders: dict[str, Finder]) -> None:
        self._finders = finders
        super().__init__(supported_entities=list(finders), name="sovtune_patterns", supported_language="en")

    def load(self) -> None:  # noqa: D102 - nothing to load, regexes are compiled at import
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Presidio entry point: spans of every requested entity type in `text`."""
        has_digit = _HAS_DIGIT.search(text) is not None
        return [RecognizerResult(entity, start, end, score)
                for entity, finder in self._finders.items()
                if entity in entities and (has_digit or entity not in DIGIT_ENTITIES)
                for start, end, score in finder(text)]


_HAS_DIGIT = re.compile(r"\d")


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _regex_finder(pattern: re.Pattern[str], score: float, check: Callable[[str], bool] | None = None,
                  group: int = 0) -> Finder:
    """A finder yielding each match (or its `group`) that passes `check`."""

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for match in pattern.finditer(text):
            value = match.group(group)
            if value and (check is None or check(value)):
                yield match.start(group), match.end(group), score

    return find


# --- email -------------------------------------------------------------------------------------------------------
# Own regex instead of presidio's: no tldextract (which wants the network) and ~10x faster.
# The "@" may be URL-encoded in a query string ("?u=ana.lopez%40example.org").
EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*(?:@|%40)(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,24}(?![\w-])")

# --- phones --------------------------------------------------------------------------------------------------------
# International (+CC / 00CC / 001-) and national (leading 0, or US 3-3-4) forms with optional (0), extensions.
# Groups stay on one line ("01609\n046 582 8259" is a postcode and a phone), and a label may follow after a hyphen
# ("815-870-3640-Office", "01.92.96.20.44-Fax"), but no further digits.
PHONE = re.compile(
    r"(?<![\w+/.-])(?:"
    r"(?:\+|00)\d{1,3}[ \t.-]?(?:\(0\)[ \t.-]?)?\(?\d{1,5}\)?(?:[ \t./-]?\d{2,5}){1,5}"
    r"|\(?0\d{1,5}\)?(?:[ \t./-]?\d{2,5}){1,5}"
    r"|(?:1[ \t.-])?\(?[2-9]\d{2}\)?[ \t.-]?\d{3}[ \t.-]\d{4}"  # NANP, with its trunk 1 ("1-828-231-0161")
    r"|[2-9]\d{2}\d{3}\d{4}"
    # Mobiles by their own grouping: Chinese 3-4-4 ("139 1742 6608"), Indian 5-5 ("98220 61453").
    r"|1[3-9]\d[ \t-]\d{4}[ \t-]\d{4}|[6-9]\d{4}[ \t]\d{5}"
    r")(?:[ \t]?(?:x|ext\.?)[ \t]?\d{1,5})?(?![\w@]|-\d)",
    re.IGNORECASE,
)
# A number right after a phone cue word: integers in tables and forms carry no "+" or grouping ("tel 4915112345678").
PHONE_CUE = re.compile(r"(?i)\b(?:phone|tel(?:ephone)?|mobile|mob|cell|fax|handy|telefon|t[ée]l[ée]fono?|puhelin)"
                       r"s?\b[\s.:#=]*(\+?\d{8,15})(?!\d)")
_DATE_LIKE = re.compile(r"^\(?\d{4}[-./]\d{1,2}[-./]\d{1,2}\)?$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$")


def _phone_ok(value: str) -> bool:
    core = re.split(r"(?i)\s?(?:x|ext\.?)\s?(?=\d)", value)[0]
    count = len(_digits(core))
    if _DATE_LIKE.match(core.strip()):
        return False
    if core.startswith("+"):
        return 8 <= count <= 15
    if core.startswith("00"):  # the 00 counts: 8 digits ("00412233") are a case number, not a phone
        return 10 <= count <= 17
    return 9 <= count <= 13


# --- payment cards ----------------------------------------------------------------------------------------------
CARD = re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])")
# Dots only between groups of four ("4111.1111.1111.1111"): free dots would read decimals ("3.14159...") as cards.
CARD_DOTTED = re.compile(r"(?<![\d.])\d{4}\.\d{4}\.\d{4}\.\d{1,7}(?![\d.])")
# 12 digits (Maestro) only right after a card word: "card number 5018 1234 5678", "my debit card: 6759...".
CARD_CUED = re.compile(r"(?i)\b(?:card|maestro|debit|credit)\b(?:[ \t](?:no|nr|number|num|#))?\.?[ \t]*[:#]?[ \t]*"
                       r"((?:\d[ -]?){11}\d)(?![\d-])")


# --- IBAN (all ISO 13616 countries) -----------------------------------------------------------------------------
IBAN_CANDIDATE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?:[ .-]?[A-Z0-9]){11,30})", re.IGNORECASE)


def _find_iban(text: str) -> Iterator[tuple[int, int, float]]:
    # The candidate may run into the following word ("...7166 IN"), so shrink it until the checksum passes.
    for match in IBAN_CANDIDATE.finditer(text):
        start, value = match.start(1), match.group(1)
        expected = IBAN_LENGTHS.get(value[:2].upper())
        if expected is None:
            continue
        kept = 0
        for end in range(len(value), 14, -1):
            if value[end - 1] in " .-":
                continue
            if sum(ch.isalnum() for ch in value[:end]) == expected:
                kept = end if iban_ok(value[:end]) else 0
                break
        if kept:
            yield start, start + kept, 1.0
            continue
        # A mistyped IBAN (a group too many or too few for its country) that still passes mod 97 is still an
        # account: a random string passes one time in 97, and only at a group boundary is it tried.
        for end in range(len(value), 14, -1):
            if value[end - 1] not in " .-" and (end == len(value) or value[end] in " .-") \
                    and iban_mod97_ok(value[:end]):
                yield start, start + end, 0.9
                break


# --- US SSN --------------------------------------------------------------------------------------------------------
SSN = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
SSN_CONTEXT = re.compile(r"(?i)\b(?:ssn|social security(?: number| no\.?)?)\D{0,12}(\d{3} ?\d{2} ?\d{4})(?!\d)")


# --- IP and MAC addresses ------------------------------------------------------------------------------------------
# A full stop may end the sentence after an address ("resolved to 185.220.101.47. Then"); a fifth group may not.
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?!\d|\.\d)")
IPV6 = re.compile(r"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:/\d{1,3})?(?![0-9A-Fa-f:])")


def _ip_ok(value: str) -> bool:
    try:
        ipaddress.ip_address(value.split("/")[0])
    except ValueError:
        return False
    return value != "::"


# Version numbers shaped like addresses ("firmware 2.14.0.7", "Release v10.4.2.1", "Android 14.0.0.31") and part or
# stock numbers shaped like phones ("part 020-7946-1180", "SKU 07700 900 123"): the word before says what they are.
_VERSION_BEFORE = re.compile(r"(?i)(?:\bv|\b(?:version|ver|build|firmware|fw|release|migration|android|ios|driver"
                             r"|update|patch|kernel|rev|schema|bios))[ \t]*[.:#=]?[ \t]*$")
_PART_BEFORE = re.compile(r"(?i)\b(?:sku|part|item|ref|reference|invoice|ticket|serial|model|isbn|ean|upc|batch"
                          r"|article|catalog(?:ue)?)(?:[ \t]*(?:no|nr|number|#))?[ \t]*[.:#=]?[ \t]*$")


def _not_after(finder: Finder, before: re.Pattern[str]) -> Finder:
    """`finder`'s spans, less those right after a word that `before` matches (on the same line)."""

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for start, end, score in finder(text):
            line_start = text.rfind("\n", max(0, start - 32), start) + 1
            if not before.search(text, max(line_start, start - 32), start):
                yield start, end, score

    return find


MAC = re.compile(
    r"(?<![0-9A-Fa-f:-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}"
    r"|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![0-9A-Fa-f:-])"
)

# --- UK NHS number and National Insurance number -----------------------------------------------------------------
NHS = re.compile(r"(?<![\d-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d-])")


# Two prefix letters, six digits, suffix A-D. HMRC's allocation rules (no D/F/I/Q/U/V, no BG/GB/...) are not
# applied: unallocated and specimen prefixes (QQ 12 34 56 A) still read as a NINO. ZZ is HMRC's "no number".
NINO = re.compile(r"(?<![A-Za-z0-9])(?!ZZ)[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])")

# --- DE Steuerliche Identifikationsnummer ------------------------------------------------------------------------
DE_TAX_ID = re.compile(r"(?<![\d/])(?<!\d )[1-9]\d(?: ?\d{3}){3}(?![\d/])")


# --- FR numéro de sécurité sociale (NIR) -------------------------------------------------------------------------
# sex, year, month (20+ for unknown), department (2A/2B Corsica), commune, order number, key
FR_NIR = re.compile(
    r"(?<![\dA-Za-z])[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[ABab]) ?\d{3} ?\d{3} ?\d{2}(?!\d)"
)


# --- ES DNI / NIE ------------------------------------------------------------------------------------------------
ES_ID = re.compile(r"(?<![A-Za-z0-9])(?:([XYZ])-?(\d{7})|(\d{8}))-?([A-Z])(?![A-Za-z0-9])", re.IGNORECASE)
# --- IT codice fiscale -------------------------------------------------------------------------------------------
IT_CF = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![A-Za-z0-9])",
    re.IGNORECASE,
)
# --- secrets -----------------------------------------------------------------------------------------------------
PRIVATE_KEY = re.compile(r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z0-9 ]*PRIVATE KEY-----")
JWT = re.compile(r"(?<![\w-])eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{10,}(?![\w-])")
API_KEY = re.compile(
    r"(?<![\w-])(?:"
    r"(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{16,}"  # Stripe
    r"|sk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}"  # OpenAI / Anthropic style
    r"|AKIA[0-9A-Z]{16}"  # AWS access key id
    r"|gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,}"  # GitHub
    r"|xox[abprs]-[A-Za-z0-9-]{10,}"  # Slack
    r"|AIza[0-9A-Za-z_-]{35}"  # Google
    r"|glpat-[A-Za-z0-9_-]{20,}"  # GitLab
    r"|hf_[A-Za-z0-9]{30,}"  # Hugging Face
    r")(?![\w-])"
)
# The value of `password=...`, `api_key: ...`, `token ...` (not the key name, so the record still reads).
KEY_VALUE_SECRET = re.compile(
    r"(?i)\b(?:password|passwd|pwd|pass|passphrase|secret|client_secret|api[_-]?key|apikey|access[_-]?token"
    r"|auth[_-]?token|token|private[_-]?key)\b[\"']?\s*(?:[:=]|\bis\b)\s*[\"']?([^\s\"',;]{4,})"
)


def _secret_value_ok(value: str) -> bool:
    # "password is reset" / "token: expired" are prose, not secrets: demand a digit or symbol or mixed case.
    has_mix = any(c.isdigit() for c in value) or any(not c.isalnum() for c in value)
    return has_mix or (any(c.isupper() for c in value) and any(c.islower() for c in value) and len(value) >= 8)


def _trimmed(finder: Finder) -> Finder:
    """Drop trailing whitespace/punctuation from spans (so a placeholder does not swallow the newline)."""

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for start, end, score in finder(text):
            while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
                end -= 1
            yield start, end, score

    return find


# A second number right before a street line ("4417 1203 Marsh Road", "2240 18 rue des Lilas", "305 Kerkstraat
# 12"): the building's or unit's number, part of the address. Not a year after "in"/"during"/"since" ("in 2019 Hauptweg
# 3 was closed").
_LEADING_NUMBER = re.compile(r"(?<![\w.,/+-])(\d{1,5})[ \t]$")
_YEAR_AFTER_TIME_WORD = re.compile(r"(?i)\b(?:in|during|since|until|till|by|before|after|from|of)[ \t]$")


def _with_leading_number(finder: Finder) -> Finder:
    """Spans of `finder`, each widened over a number that stands right before it (see _LEADING_NUMBER)."""

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for start, end, score in finder(text):
            if start and text[start - 1] in " \t" and (text[start].isdigit() or text[start].isupper()
                                                        or LOWER_STREET_WORD.match(text, start)):
                lead = _LEADING_NUMBER.search(text, max(0, start - 7), start)
                if lead and not (re.fullmatch(r"(?:1[89]|20)\d\d", lead.group(1))
                                 and _YEAR_AFTER_TIME_WORD.search(text, max(0, lead.start() - 8), lead.start())):
                    start = lead.start()
            yield start, end, score

    return find


def _multi(*finders: Finder) -> Finder:
    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for finder in finders:
            yield from finder(text)

    return find


# --- registry ------------------------------------------------------------------------------------------------------
PATTERN_FINDERS: dict[str, Finder] = {
    "EMAIL_ADDRESS": _regex_finder(EMAIL, 1.0),
    "PHONE_NUMBER": _multi(_not_after(_trimmed(_regex_finder(PHONE, 0.7, _phone_ok)), _PART_BEFORE),
                           _regex_finder(PHONE_CUE, 0.7, group=1)),
    "CREDIT_CARD": _multi(_regex_finder(CARD, 1.0, card_ok), _regex_finder(CARD_DOTTED, 1.0, card_ok),
                          _regex_finder(CARD_CUED, 1.0, card_ok, group=1)),
    "IBAN_CODE": _find_iban,
    "US_SSN": _multi(_regex_finder(SSN, 0.9, ssn_ok), _regex_finder(SSN_CONTEXT, 0.9, ssn_ok, group=1)),
    "IP_ADDRESS": _not_after(_multi(_regex_finder(IPV4, 0.9, _ip_ok), _regex_finder(IPV6, 0.9, _ip_ok)),
                             _VERSION_BEFORE),
    "MAC_ADDRESS": _regex_finder(MAC, 0.9),
    "UK_NHS": _regex_finder(NHS, 0.8, nhs_ok),
    "UK_NINO": _regex_finder(NINO, 0.85),
    "DE_TAX_ID": _regex_finder(DE_TAX_ID, 0.8, de_tax_id_ok),
    "FR_NIR": _regex_finder(FR_NIR, 0.95, nir_ok),
    "ES_NIF": _regex_finder(ES_ID, 0.95, es_id_ok),
    "IT_FISCAL_CODE": _regex_finder(IT_CF, 0.95, it_cf_ok),
    "SECRET": _multi(
        _regex_finder(PRIVATE_KEY, 1.0),
        _regex_finder(JWT, 1.0),
        _regex_finder(API_KEY, 1.0),
        _regex_finder(KEY_VALUE_SECRET, 0.8, _secret_value_ok, group=1),
    ),
    "ADDRESS": _with_leading_number(_trimmed(_multi(
        _regex_finder(STREET_EN, 0.7),
        _regex_finder(UNIT_LINE, 0.6),
        _regex_finder(STREET_LINE, 0.6),
        _regex_finder(STREET_DE, 0.7),
        _regex_finder(NORDIC_STREET_POSTCODE, 0.7),
        _regex_finder(STREET_ROMANCE, 0.7, romance_street_ok),
        _regex_finder(FR_STREET_LINE, 0.6),
        _regex_finder(UK_POSTCODE, 0.7),
        _regex_finder(US_CITY_ZIP, 0.7),
        _regex_finder(EU_CITY_POSTCODE, 0.6),
        _regex_finder(ZIP_CUE, 0.7, group=1),
    ))),
    **NATIONAL_ID_FINDERS,
    **CUE_FINDERS,
    **OTHER_FINDERS,
}

# Types whose every pattern holds a digit (PatternSetRecognizer skips them for texts without one).
DIGIT_ENTITIES = frozenset({"PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "UK_NHS", "UK_NINO", "DE_TAX_ID",
                            "FR_NIR", "ES_NIF", *NATIONAL_ID_FINDERS, *CUE_FINDERS, "DATE", "DATE_OF_BIRTH",
                            "AGE_OVER_89"})

# High-precision subset for the second pass over redacted text: checksummed or unmistakable formats only.
LEAK_SCAN_FINDERS: dict[str, Finder] = {
    "EMAIL_ADDRESS": PATTERN_FINDERS["EMAIL_ADDRESS"],
    "CREDIT_CARD": PATTERN_FINDERS["CREDIT_CARD"],
    "IBAN_CODE": PATTERN_FINDERS["IBAN_CODE"],
    "US_SSN": _regex_finder(SSN, 1.0, ssn_ok),
    "UK_NINO": _regex_finder(NINO, 1.0),
    "PHONE_NUMBER": _regex_finder(re.compile(r"(?<![\w+])\+\d{1,3}[\s.-]?\(?\d{1,5}\)?(?:[\s.-]?\d{2,5}){2,5}(?!\d)"),
                                  1.0, _phone_ok),
    "FR_NIR": PATTERN_FINDERS["FR_NIR"],
    "ES_NIF": PATTERN_FINDERS["ES_NIF"],
    "IT_FISCAL_CODE": PATTERN_FINDERS["IT_FISCAL_CODE"],
    "SECRET": _multi(_regex_finder(PRIVATE_KEY, 1.0), _regex_finder(JWT, 1.0), _regex_finder(API_KEY, 1.0)),
    **{entity: NATIONAL_ID_FINDERS[entity] for entity in LEAK_SCAN_IDS},
}


def build_recognizers(entities: Iterable[str], names: NameLists | None) -> list[EntityRecognizer]:
    """Presidio recognizers for the requested entity types (PERSON here: pipeline/names.py; spaCy adds NER)."""
    wanted = set(entities)
    recognizers: list[EntityRecognizer] = [
        PatternSetRecognizer({entity: finder for entity, finder in PATTERN_FINDERS.items() if entity in wanted})
    ]
    if "ADDRESS" in wanted:
        from pipeline.address_labels import label_chain_finder
        from pipeline.address_units import unit_finder
        from pipeline.contacts import address_finder
        from pipeline.name_fields import NAME_COLUMNS
        from pipeline.tables import column_finder

        blocks = _multi(address_finder(), column_finder("ADDRESS", NAME_COLUMNS), label_chain_finder(), unit_finder())
        recognizers.append(RegexRecognizer("ADDRESS", _with_leading_number(_trimmed(blocks)),
                                           name="sovtune_address_blocks"))
    if "PHONE_NUMBER" in wanted:
        from pipeline.name_fields import NAME_COLUMNS
        from pipeline.phones import phone_cue_finder
        from pipeline.tables import column_finder

        phones = _multi(phone_cue_finder(), column_finder("PHONE_NUMBER", NAME_COLUMNS))
        recognizers.append(RegexRecognizer("PHONE_NUMBER", phones, name="sovtune_phone_after_cue"))
    if "PERSON" in wanted and names is not None:
        from pipeline.name_fields import person_finder

        recognizers.append(RegexRecognizer("PERSON", person_finder(names), name="sovtune_person_patterns"))
    return recognizers


def leak_scan(text: str, entities: Iterable[str], allow: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Entity types whose high-precision patterns still match `text` (empty list: clean).

    Values in `allow` (case-folded allow-list of the policy) are not leaks.
    """
    found = []
    for entity in entities:
        finder = LEAK_SCAN_FINDERS.get(entity)
        if finder is None:
            continue
        if any(text[start:end].strip().casefold() not in allow for start, end, _ in finder(text)):
            found.append(entity)
    return found
