"""Presidio recognizers for what presidio's defaults miss, each a compiled regex plus a checksum or sanity check.

Every recognizer is a presidio `EntityRecognizer` whose `analyze` runs pre-compiled regexes (no per-call
compilation, no NLP artefacts needed except for names), so a record costs microseconds per recognizer.
Checksums (pipeline/checksums.py) make the numeric ones high-precision: IBAN (ISO 13616 mod 97), cards (Luhn),
UK NHS (mod 11), DE Steuer-ID (ISO 7064 mod 11,10), FR NIR (97 - n mod 97), ES DNI/NIE (mod 23 letter), IT
codice fiscale (odd/even table), US SSN (SSA area/group/serial rules); the Nordic, Benelux, PL and PT IDs,
cue-word identifiers, dates and URLs come from pipeline/identifiers.py. Texts arrive NFKC-normalised.

Reserved and specimen numbers (US SSN 987-65-432x and the 9xx ITIN range, the UK NINO prefix QQ) are still
redacted: a string that looks exactly like an ID teaches a model the shape of one and is often a real number
typed by a user; only formats that can never be an ID (all-zero groups, area 666) are rejected.

`leak_scan` reuses the high-precision subset on already redacted text: anything it finds there is a leak.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.checksums import (
    IBAN_LENGTHS,
    card_ok,
    de_tax_id_ok,
    es_id_ok,
    iban_ok,
    it_cf_ok,
    nhs_ok,
    nir_ok,
    ssn_ok,
)
from pipeline.identifiers import CUE_FINDERS, LEAK_SCAN_IDS, NATIONAL_ID_FINDERS, OTHER_FINDERS

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
EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,24}(?![\w-])")

# --- phones --------------------------------------------------------------------------------------------------------
# International (+CC / 00CC / 001-) and national (leading 0, or US 3-3-4) forms with optional (0), extensions.
PHONE = re.compile(
    r"(?<![\w+/.-])(?:"
    r"(?:\+|00)\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?\(?\d{1,5}\)?(?:[\s./-]?\d{2,5}){1,5}"
    r"|\(?0\d{1,5}\)?(?:[\s./-]?\d{2,5}){1,5}"
    r"|\(?[2-9]\d{2}\)?[\s.-]?\d{3}[\s.-]\d{4}"
    r"|[2-9]\d{2}\d{3}\d{4}"
    r")(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w@-])",
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
    if core.startswith(("+", "00")):
        return 8 <= count <= 15
    return 9 <= count <= 13


# --- payment cards ----------------------------------------------------------------------------------------------
CARD = re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])")
# Dots only between groups of four ("4111.1111.1111.1111"): free dots would read decimals ("3.14159...") as cards.
CARD_DOTTED = re.compile(r"(?<![\d.])\d{4}\.\d{4}\.\d{4}\.\d{1,7}(?![\d.])")


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


# --- US SSN --------------------------------------------------------------------------------------------------------
SSN = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
SSN_CONTEXT = re.compile(r"(?i)\b(?:ssn|social security(?: number| no\.?)?)\D{0,12}(\d{3} ?\d{2} ?\d{4})(?!\d)")


# --- IP and MAC addresses ------------------------------------------------------------------------------------------
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?![\d.])")
IPV6 = re.compile(r"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:/\d{1,3})?(?![0-9A-Fa-f:])")


def _ip_ok(value: str) -> bool:
    try:
        ipaddress.ip_address(value.split("/")[0])
    except ValueError:
        return False
    return value != "::"


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


# --- postal addresses ------------------------------------------------------------------------------------------
_STREET_SUFFIX = (
    r"(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|court|ct|boulevard|blvd|way|place|pl|terrace|square|sq"
    r"|circle|cir|parkway|pkwy|highway|hwy|crescent|close|gardens|grove|row|walk|mews|trail|trl|loop|pike|path"
    r"|plaza|ridge|run|view|crossing|expressway|freeway|heights|hills?|junction|park|point|port|springs?|station"
    r"|summit|turnpike|valley|villages?|vista|wells?|inlet|isle|island|lakes?|landing|manor|meadows?|mill|mission"
    r"|motorway|oval|passage|pines|prairie|ranch|rapids|roads|routes?|shoals?|shores?|skyway|squares|streets"
    r"|throughway|trace|track|trafficway|tunnel|underpass|union|vale|viaduct|alley|annex|arcade|bayou|beach|bend"
    r"|bluffs?|bottom|branch|bridge|brook|burg|bypass|camp|canyon|cape|causeway|centers?|circles|cliffs?|club"
    r"|common|corners?|course|courts|coves?|creek|crest|curve|dale|dam|divide|drives|estates?|extensions?|falls"
    r"|ferry|fields?|flats?|fords?|forest|forges?|forks?|fort|freeway|gateway|glens?|greens?|harbors?|haven"
    r"|hollow|keys?|knolls?|light|locks?|lodge|mount|mountains?|neck|orchard|overpass|radial|rest|spur|stravenue"
    r"|terrace|via|ville|river|stream|plains?|ports|lights|islands|harbou?rs?|keys|mountain|pass|pine|ramp"
    r"|shoal|squares|vista|wall|ways|well|cove|garden|green|lake|loaf|manors|radial|ridges|points|mills|land|parks)"
)
STREET_EN = re.compile(
    # Capitalised words then a capitalised suffix: "952 Patrick River", not "60 cm on each side".
    r"(?<![\w-])\d{1,5}[A-Za-z]?,? (?:[A-Z][\w'.-]* ){1,4}(?=[A-Z])(?i:" + _STREET_SUFFIX + r")\.?"
    r"(?:,?\s(?i:apt\.?|apartment|suite|ste\.?|unit|flat|#)\s?[\w-]{1,6})?(?![\w-])"
)
# A line that is only a street name: "Quinn Motorway" under "Studio 2" (UK addresses put the number above).
STREET_LINE = re.compile(r"(?m)^(?:[A-Z][\w'.-]* ){1,3}(?i:" + _STREET_SUFFIX + r")\.?[ \t]*$")
# "Flat 3", "Apt. 12", "Suite 400", "Unit 7", "Box 8997" (UK flat lines, US secondary lines, military boxes).
# Capitalised only: "box 35" and "room 4" in prose are not addresses.
UNIT_LINE = re.compile(r"(?<![\w-])(?:Flat|Apt\.?|Apartment|Suite|Unit|Box|Studio|Puerta|Piso|Planta|Piano"
                       r"|Appartamento|Interno|Scala|Étage|Bâtiment|Wohnung) \d{1,5}[A-Za-z]?(?![\w-])")
# Street name without a house number, then the house number: "Hauptweg 3", "Grantorget 54" (DE/NL/Nordic style).
STREET_DE = re.compile(
    r"(?<![\w-])[A-ZÄÖÜÅ][\wäöüßåéèøæ-]*(?i:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|laan|lei|plein|"
    r"straat|torget|gatan|vägen|vej|gade|veien|gata|kuja|tie)\s\d{1,4}[a-zA-Z]?(?:[/-]\d{1,4}[a-zA-Z]?)?(?![\w-])"
)
# Romance-language street lines: "8, rue de Courtois", "Calle de X 12", "Via Rossi 3", "Contrada Scarpa, 91".
STREET_ROMANCE = re.compile(
    r"(?<![\w-])(?:\d{1,4}(?:\s?(?:bis|ter))?,?\s)?(?:rue|avenue|av\.|boulevard|bd|chemin|allée|impasse|place|quai"
    r"|route|calle|c\.|c/|avenida|avda\.?|paseo|plaza|camino|carrer|ronda|travesía|via|viale|piazza|corso|vicolo"
    r"|largo|strada|contrada|borgo|rua|travessa|praça|alameda|estrada|aeroporto|ulica|ul\.|al\.|pl\."
    r"|urbanización|vial|pasadizo|cañada|incrocio|stretto|canale|rotonda|piazzale|lungomare|galleria|salita|vico|cuesta|glorieta|pasaje|callejón|rambla|acceso|carretera|polígono|partida|vía|ronda)"
    r"\s(?:[\w'’.-]+\s?){1,5}?(?:,\s?|\s)(?:n\.?\s?)?\d{1,4}(?:[/-]\d{1,4})?[A-Za-z]?(?![\w-])"
    r"|(?<![\w-])\d{1,4}(?:\s?(?:bis|ter))?,?\s(?:rue|avenue|boulevard|bd|chemin|allée|impasse|place|quai|route)"
    r"\s(?:[\w'’-]+\s?){1,5}",
    re.IGNORECASE,
)
# French street lines often carry no number: "chemin de Peltier", "avenue Valette" on a line of their own.
FR_STREET_LINE = re.compile(
    r"(?im)(?:^|(?<=\bat )|(?<=: ))(?:rue|avenue|boulevard|chemin|allée|impasse|place|quai|route)\s[^\n,.!?]{2,40}$"
)
# Nordic street line with postcode and town: "Bergeskogen 02, 0792 Egilø", "Storgata 5\n0155 Oslo" (NO/DK 4-digit
# postcodes; the street name has no fixed suffix, so the "number, postcode town" shape is what identifies it).
NORDIC_STREET_POSTCODE = re.compile(
    r"(?<![\w-])[A-ZÆØÅÄÖÜ][\wæøåäöüé'’-]*(?: [A-ZÆØÅÄÖÜ][\wæøåäöüé'’-]*){0,2} \d{1,4}[A-Za-z]?"
    r"(?:,[ \t]?|\n)(?:[A-Z]{1,2}-)?\d{4} [A-ZÆØÅÄÖÜ][\wæøåäöüé'’-]*(?: [A-ZÆØÅÄÖÜ][\wæøåäöüé'’-]*)?(?![\w-])"
)
UK_POSTCODE = re.compile(
    r"(?<![A-Za-z0-9])(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])"
)
# "ZIP 62704", "zip code: 10001-1234" (a ZIP code on its own, as forms carry it).
ZIP_CUE = re.compile(r"(?i)\b(?:zip(?:\s*code)?|postal\s*code|post\s*code|postcode)\b[\s.:#=]*"
                     r"(\d{5}(?:-\d{4})?)(?![\w-])")
# "Lake Jennifer, NV 12345", "FPO AE 95865" (US city/state/ZIP lines).
US_CITY_ZIP = re.compile(
    r"(?<![\w-])(?:[A-Z][\w'.-]* ){0,3}[A-Z][\w'.-]*,? [A-Z]{2} \d{5}(?:-\d{4})?(?![\w-])"
)
# "12345 Berlin", "75001 Paris", "41028, Pompeano (MO)", "26-894 Jarosław", "5857RJ", "Ávila, 45479".
EU_CITY_POSTCODE = re.compile(
    r"(?<![\w#-])(?:\d{5}|\d{2}-\d{3}|\d{3} \d{2}|\d{4} ?[A-Z]{2}),? [A-ZÀ-ÝŁŚŻ][\w'’.-]*"
    r"(?:\s(?:[A-ZÀ-ÝŁŚŻ][\w'’.-]*|\([A-Z]{2}\)|na|am|an|de|del|la|le|sur|en)){0,3}(?![\w-])"
    r"|(?<![\w-])[A-ZÀ-Ý][\w'’.-]*,\s\d{5}(?![\w-])"
    r"|(?<![\w-])\d{4}\s?[A-Z]{2}(?![\w-])"
)


def _trimmed(finder: Finder) -> Finder:
    """Drop trailing whitespace/punctuation from spans (so a placeholder does not swallow the newline)."""

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for start, end, score in finder(text):
            while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
                end -= 1
            yield start, end, score

    return find


def _multi(*finders: Finder) -> Finder:
    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for finder in finders:
            yield from finder(text)

    return find


# --- person names --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NameLists:
    """Lower-cased first and last names (gazetteer) and English words that are not names on their own."""

    first: frozenset[str]
    last: frozenset[str]
    common: frozenset[str]


def load_name_lists(first_file: Path, last_file: Path, common_words: Iterable[str]) -> NameLists:
    """Read one-name-per-line files (lines starting with # are comments)."""

    def read(path: Path) -> frozenset[str]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))

    return NameLists(read(first_file), read(last_file), frozenset(common_words))


_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*")
_TITLE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Herr|Frau|Mme|Mlle|M|Sr|Sra|Sig|Sig\.ra)\.?\s)", re.UNICODE)
# Cues after which a name of any case follows ("my partner wawan hakim", "Regards,\nOluwamumibori").
_NAME_CUE = re.compile(
    r"(?i)(?:\b(?:my name is|name:|i am|i'm|this is|dear|hi|hello|hey|thanks|thank you|regards|cheers|sincerely"
    r"|signed|from:|(?:sent|written|submitted|reported|posted|asked|signed) by"
    r"|spoke to|speak to|cc:|partner|wife|husband|son|daughter|mother|father|colleague"
    r"|login failed for|user)[\s,:]+)$"
)
# Role nouns: only a capitalised word after them is a name ("the owner checks" is prose, "Customer Iwo Sadoch").
# "contact" is a role only as a noun ("my contact", "Contact:"), not as the verb in "always contact Skatteverket".
_ROLE_CUE = re.compile(
    r"(?i)(?:(?:\b(?:patient|customer|client|tenant|owner|engineer|manager|applicant)"
    r"|(?:^|[\n(]|\b(?:my|our|your|the|a|main|site|primary))[ \t]*contact)"
    r"(?:[ \t]+(?:reference|ref\.?|name|person))?[\s,:]+)$"
)


def _cued(text: str, start: int, capital: bool) -> bool:
    before = text[max(0, start - 40):start]
    return bool(_NAME_CUE.search(before) or _TITLE.search(before[-6:]) or (capital and _ROLE_CUE.search(before)))


_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "del", "la", "le", "bin", "al", "ben", "dos"})


def name_finder(names: NameLists) -> Finder:
    """Names from the gazetteer and from cue words, in any case.

    Rules, chosen to keep ordinary words: (1) a known first name followed on the same line by known name parts
    ('Maria José García', 'john smith'); lower-case pairs must not contain an ordinary English word;
    (2) after a cue ('Hi, I'm', 'Regards,', 'Customer', 'my partner', 'Mr.') up to three words that are known
    names or not ordinary English words (so unknown names from any culture are caught); all-caps acronyms and
    ordinary words stop the span.
    """

    def is_name_part(word: str, capital: bool) -> bool:
        lower = word.lower()
        if word.isupper() and len(word) > 1:
            return False
        if capital != word[0].isupper() and lower not in _PARTICLES:
            return False
        return lower in names.first or lower in names.last or lower in _PARTICLES or lower not in names.common

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        words = list(_WORD.finditer(text))
        index = 0
        while index < len(words):
            word = words[index]
            token, lower = word.group(), word.group().lower()
            capital = token[0].isupper()
            last_index = -1
            if lower in names.first and not (token.isupper() and len(token) > 1):
                probe = index + 1
                while probe < len(words) and probe - index <= 3:
                    between = text[words[probe - 1].end():words[probe].start()]
                    part = words[probe].group()
                    known = part.lower() in names.last or part.lower() in names.first or part.lower() in _PARTICLES
                    if between != " " or not known or not is_name_part(part, capital):
                        break
                    last_index = probe
                    probe += 1
                if last_index > index and not capital:
                    parts = [w.group().lower() for w in words[index:last_index + 1]]
                    # "they may lie", "has said the": a function word in a lower-case pair means prose.
                    if any((p in names.common and p not in names.last) or p in STOP_WORDS for p in parts):
                        last_index = -1
            lower_ok = lower not in names.common or (lower in names.first and lower not in STOP_WORDS)
            # The cue regexes run last and only for plausible tokens: they are the costly part (~40k calls/s).
            plausible = (capital or lower_ok) and is_name_part(token, capital)
            if last_index < 0 and plausible and _cued(text, word.start(), capital):
                last_index = index
                probe = index + 1
                while probe < len(words) and probe - index <= 2:
                    between = text[words[probe - 1].end():words[probe].start()]
                    if between != " " or not is_name_part(words[probe].group(), capital):
                        break
                    part = words[probe].group().lower()
                    if not capital and part in names.common and (part not in names.last or part in STOP_WORDS):
                        break
                    last_index = probe
                    probe += 1
            if last_index >= 0:
                yield word.start(), words[last_index].end(), 0.85
                index = last_index + 1
                continue
            index += 1

    return find


# Signature lines: "/Momoko Inoue", "-- Wei Duan" (a marker, then only a name on the line), and the name after
# a sign-off ("Best regards,\nWei Duan", "Thanks, Qadi") up to the end of its line. Any capitalised words count
# (unknown names from every culture, and names that are also English words: "Qadi", "Hope"); function words
# ("The Team") and acronyms are rejected by `_signature_name_ok`.
_CAP_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[-'’][^\W\d_]+)*"
_SIG_NAME = rf"({_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,2}})"
SIGNATURE_LINE = re.compile(rf"(?m)^[ \t]*(?:/|--?|—|–|~)[ \t]*{_SIG_NAME}[ \t]*\.?[ \t]*$")
SIGN_OFF_NAME = re.compile(
    r"(?i:\b(?:regards|thanks|thank you|cheers|sincerely|best|yours|greetings|br|mvh|hälsningar|vänliga hälsningar))"
    rf"[ \t]*[,.!:-]?[ \t]*\n?[ \t]*{_SIG_NAME}[ \t]*[.!]?[ \t]*(?=\n|$)"
)


def _signature_name_ok(value: str) -> bool:
    words = value.split()
    return not any(w.lower() in STOP_WORDS or (w.isupper() and len(w) > 1) for w in words)


def signature_finder() -> Finder:
    """Names on signature lines and after sign-offs (see SIGNATURE_LINE, SIGN_OFF_NAME)."""
    return _multi(_regex_finder(SIGNATURE_LINE, 0.85, _signature_name_ok, group=1),
                  _regex_finder(SIGN_OFF_NAME, 0.85, _signature_name_ok, group=1))


def _fold(word: str) -> str:
    """Case- and accent-folded word ("Kivistö" -> "kivisto"), as names appear in email addresses."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)).casefold()


_EMAIL_LOCAL = re.compile(r"(?<![\w.+-])([A-Za-z0-9][\w.+-]*)@[A-Za-z0-9-]+\.")


def person_context(text: str, start: int, end: int) -> bool:
    """True when the span [start, end) of `text` has a person cue: a cue word or title before it ("Dear",
    "Regards,", "Customer", "Mr."), a signature line or sign-off around it, or one of its words is part of an
    email address's local part in the same text ("Qadi" next to qadi.zaafir@example.net).
    """
    if _cued(text, start, capital=True):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if SIGNATURE_LINE.fullmatch(line) or any(m.start(1) == start - line_start for m in SIGN_OFF_NAME.finditer(line)):
        return True
    if "@" in text:
        local = {piece for match in _EMAIL_LOCAL.finditer(text)
                 for piece in re.split(r"[^a-z]+", match.group(1).lower()) if len(piece) > 1}
        return any(_fold(word) in local for word in _WORD.findall(text[start:end]))
    return False


def _acronym(word: str) -> bool:
    """ALL-CAPS or mostly capitals ("SNI", "BAS-U", "KTjL"); "McDonald" and "O'Neil" are not."""
    letters = [ch for ch in word if ch.isalpha()]
    upper = sum(ch.isupper() for ch in letters)
    return upper >= 2 and upper * 2 >= len(letters)


def ner_person_ok(text: str, start: int, end: int, names: NameLists) -> bool:
    """Whether a PERSON span from the statistical NER model is plausibly a person.

    Small English NER models tag capitalised foreign nouns as PERSON ("Boverket's", "Skåne", "SNI", "Säker
    Vatten-certified"). Rejected: spans with digits or '@'; acronyms; the first part of a hyphenated compound
    ("X-certified"); spans of ordinary English words only; and spans none of whose words is a known first or last
    name, unless a person cue (`person_context`) is near. Names the gazetteer lacks still pass when a cue is near
    (signature, greeting, "Customer reference:"), and the gazetteer/cue recognizers catch them independently.
    """
    value = text[start:end]
    if any(ch.isdigit() or ch == "@" for ch in value):
        return False
    words = _WORD.findall(value)
    if not words or any(_acronym(word) for word in words):
        return False
    if re.match(r"-[^\W\d_]", text[end:end + 2]) and text[end + 1].islower():
        return False
    if all(word.lower() in names.common for word in words):
        return False
    # A lower-case ordinary word ("max U-value") is not evidence of a name even when it is also a first name.
    parts = [part.lower() for word in words for part in re.split(r"[-'’]", word)
             if part and not (part.islower() and part in names.common)]
    known = any(part in names.first or part in names.last for part in parts)
    return known or person_context(text, start, end)


# --- registry ------------------------------------------------------------------------------------------------------
PATTERN_FINDERS: dict[str, Finder] = {
    "EMAIL_ADDRESS": _regex_finder(EMAIL, 1.0),
    "PHONE_NUMBER": _multi(_trimmed(_regex_finder(PHONE, 0.7, _phone_ok)), _regex_finder(PHONE_CUE, 0.7, group=1)),
    "CREDIT_CARD": _multi(_regex_finder(CARD, 1.0, card_ok), _regex_finder(CARD_DOTTED, 1.0, card_ok)),
    "IBAN_CODE": _find_iban,
    "US_SSN": _multi(_regex_finder(SSN, 0.9, ssn_ok), _regex_finder(SSN_CONTEXT, 0.9, ssn_ok, group=1)),
    "IP_ADDRESS": _multi(_regex_finder(IPV4, 0.9, _ip_ok), _regex_finder(IPV6, 0.9, _ip_ok)),
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
    "ADDRESS": _trimmed(_multi(
        _regex_finder(STREET_EN, 0.7),
        _regex_finder(UNIT_LINE, 0.6),
        _regex_finder(STREET_LINE, 0.6),
        _regex_finder(STREET_DE, 0.7),
        _regex_finder(NORDIC_STREET_POSTCODE, 0.7),
        _regex_finder(STREET_ROMANCE, 0.7, lambda v: v[0].isdigit() or v[0].isupper()),
        _regex_finder(FR_STREET_LINE, 0.6),
        _regex_finder(UK_POSTCODE, 0.7),
        _regex_finder(US_CITY_ZIP, 0.7),
        _regex_finder(EU_CITY_POSTCODE, 0.6),
        _regex_finder(ZIP_CUE, 0.7, group=1),
    )),
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
    """Presidio recognizers for the requested entity types (PERSON here is the gazetteer; spaCy adds its own)."""
    wanted = set(entities)
    recognizers: list[EntityRecognizer] = [
        PatternSetRecognizer({entity: finder for entity, finder in PATTERN_FINDERS.items() if entity in wanted})
    ]
    if "PERSON" in wanted and names is not None:
        recognizers.append(RegexRecognizer("PERSON", _multi(name_finder(names), signature_finder()),
                                           name="sovtune_person_gazetteer"))
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
