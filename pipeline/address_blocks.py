"""The rest of an address block once one part of it is found: postcodes beside their town, street names without a
number, building names, and the addressee's name on the line above.

The recognizers (pipeline/recognizers.py, pipeline/contacts.py) find address parts by their own shape; many parts
have no shape of their own ("Lagos 101241" is a word and a number, "Bramble Lane" has no house number, "Aroha Te
Whata" is three unknown words) and are only an address because they sit in a block with a found part. This step
runs after detection, reads the ADDRESS spans of a text and looks only inside their blocks: the anchor's line, up
to two lines above and three below, never across a blank line. A street or building line found there widens the
block upwards once more (an Irish house name sits four lines above the Eircode that anchors its block).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from pipeline.contacts import GAELIC_ARTICLE, STREET_BEFORE_WORDS
from pipeline.name_lists import NameLists
from pipeline.names import PARTICLES, TITLES, _acronym
from pipeline.street_patterns import STREET_SUFFIX

_CAP_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*"
_PART_START = r"(?:^|(?<=\n)|(?<=,[ \t]))[ \t]*"
_PART_END = r"(?=[ \t]*(?:[,\n.;:)]|$))"
# Street and building names may also open a field's value: "Address: Ivy Cottage, ...".
_NAME_PART_START = r"(?:^|(?<=\n)|(?<=,[ \t])|(?<=:[ \t]))[ \t]*"
# Postcodes after their town at the end of a part: "Lagos 101241", "Bengaluru - 560011", "Recife - PE, 51021-000",
# "Tokyo 164-0003", "Seoul 05510", Israeli "Haifa 3303115" (a state or province code may sit between). The part
# may end a question ("..., Bergen 5003?"), and a part that starts its line or follows a comma may go on in prose
# ("\nAustria 6020 for the invoice", "\n 6020 after the concert"), but a year then is no postcode ("Oslo 2019 in").
_PROSE_GOES_ON = (r"(?<![\w-](?:19|20)\d\d)(?=[ \t]+(?:for|in|after|before|by|last|next|on|at|and|or|please|when"
                  r"|until|tomorrow|today|tonight)\b)")
# Maltese postcodes are three letters and four digits ("Ħ'Attard ATD 1010"; not Australian states: "NSW 2000").
_MALTESE_POSTCODE = r"(?!(?:NSW|VIC|QLD|TAS|ACT)[ \t])[A-Z]{3}[ \t]\d{4}(?!\d)"
_TOWN_THEN_POSTCODE = (rf"{_CAP_WORD}(?:[ \t](?!{_MALTESE_POSTCODE}){_CAP_WORD}){{0,2}}[ \t]*(?:[-–,][ \t]*)?"
                       rf"(?:(?!{_MALTESE_POSTCODE})[A-Z]{{2,3}}[ \t]*[-,]?[ \t]*)?"
                       rf"(?<![\d-])({_MALTESE_POSTCODE}|\d{{4,7}}|\d{{3}}-\d{{4}}|\d{{5}}-\d{{3,4}}|\d{{4}}-\d{{3}})(?![\w-])")
TOWN_POSTCODE = re.compile(rf"(?<![\w-]){_TOWN_THEN_POSTCODE}(?:{_PART_END}|(?=[?!]))")
TOWN_POSTCODE_PROSE = re.compile(rf"{_PART_START}{_TOWN_THEN_POSTCODE}{_PROSE_GOES_ON}")
# A postcode after its town in running text, in the comma chain that follows a found part: "..., Beach Road, Sea
# Point, Cape Town 8005 until May" (TOWN_POSTCODE needs the part to end there).
CHAIN_POSTCODE = re.compile(
    rf"(?:,[ \t]*{_CAP_WORD}(?:[ \t]{_CAP_WORD}){{0,2}}){{0,3}},[ \t]*{_CAP_WORD}(?:[ \t]{_CAP_WORD}){{0,2}}[ \t]+"
    r"(?<!Jan )(?<!Feb )(?<!Mar )(?<!Apr )(?<!May )(?<!Jun )(?<!Jul )(?<!Aug )(?<!Sep )(?<!Oct )(?<!Nov )(?<!Dec )"
    r"(?<!uary )(?<!ruary )(?<!arch )(?<!pril )(?<!June )(?<!July )(?<!gust )(?<!mber )(?<!ober )"  # "March 2024"
    r"(\d{4,6})(?![\w-])"
)
# Postcodes before their town at the start of a part: "1070 Wien", "2200 København N", "CH-1006 Lausanne",
# Portuguese "4050-112 Porto", Brazilian "01310-200 São Paulo", Japanese "606-8267 Kyoto".
POSTCODE_TOWN = re.compile(
    rf"{_PART_START}((?:[A-Z]{{1,2}}-)?\d{{4,6}}|\d{{3}}[ \t]\d{{2}}|\d{{2}}-\d{{3}}|\d{{4}}[ \t]?[A-Z]{{2}}"
    r"|\d{4,5}-\d{3}|\d{3}-\d{4})"
    r"[ \t]+(?=[A-ZÀ-ÖØ-Þ])"
)
# A postcode alone on its line: "2196" under the town, Ghana's digital address "GA-183-8164", Polish "31-042"; it may
# end the sentence ("...\n 60614?") or the sentence go on ("\n 60614 for the invoice"), unless it is a year then.
POSTCODE_LINE = re.compile(r"(?m)^[ \t]*(\d{4,6}|[A-Z]{2}-\d{3,4}-\d{4}|\d{2}-\d{3}|\d{5}-\d{3})"
                           # ... or a new sentence after it ("\n 60614? I am away").
                           rf"(?:[ \t]*[?!.]?[ \t]*$|{_PROSE_GOES_ON}|[ \t]*[?!][ \t]+(?=[A-Z]))")
# Irish, Welsh, Scottish Gaelic and Maltese street words, which come first: "Bóthar an Chnoic", "Heol y Parc", "Sràid na
# h-Eaglaise" (the list is pipeline/contacts.py's, which finds them with a house number).
_STREET_BEFORE = STREET_BEFORE_WORDS
_GAELIC_ARTICLE = GAELIC_ARTICLE
# A whole part that is a street name without a number: "Bramble Lane", "Hawthorn Road", "Bóthar an Chnoic".
STREET_PART = re.compile(
    rf"{_NAME_PART_START}((?:{_CAP_WORD}[ \t]){{1,3}}(?=[A-Z])(?i:{STREET_SUFFIX})"
    rf"|(?:{_STREET_BEFORE})(?:[ \t](?:{_GAELIC_ARTICLE}[ \t]?)?{_CAP_WORD}){{1,3}}){_PART_END}"
)
_BUILDING_AFTER = (r"Cottage|House|Farm|Lodge|Court|Manor|Mansions|Villa|Tower|Towers|Heights|Apartments|Residency"
                   r"|Plaza|Building|Estate|Gardens|Chambers|Barn|Mill|Business Park"
                   # Hong Kong mansions, Philippine residences, Indian housing societies, Algerian "logements".
                   r"|Mansion|Residences|Condominium|Society|Logements|Apartment|Garden Estate")
_BUILDING_BEFORE = (r"(?:Résidence|Residence|Immeuble|Edificio|Torre|Tower|Building|The|résidence|immeuble|Cité"
                    r"|Teach|Tigh|Tŷ|Bwthyn)"  # Irish, Gaelic and Welsh houses: "Teach na Coille", "Tŷ Gwyn"
                    r"(?:[ \t](?:du|de|des|la|le|les|del|di|da|an|na|y|yr))?")  # "résidence du Parc"
# A whole part that names a building: "Ivy Cottage", "Sunny Heights 302", "Résidence Les Tilleuls, Bât B",
# "The Maltings" (only inside a block: alone these are ordinary names of things).
BUILDING_PART = re.compile(
    # French "demeurant"/"domicilié(e)" may open the building's name: "..., demeurant Résidence du Lac, bât. C".
    rf"(?:{_NAME_PART_START}|(?<=demeurant )|(?<=domicilié )|(?<=domiciliée )|(?<=résidant ))"
    rf"((?:(?:{_CAP_WORD}[ \t]){{1,3}}(?:{_BUILDING_AFTER})(?:[ \t]\d{{1,5}}[A-Z]?)?"
    rf"|(?:{_BUILDING_BEFORE})(?:[ \t]{_CAP_WORD}){{1,3}}(?![ \t]\d))"
    r"(?:,[ \t]*(?:Bât\.?|bât\.?|Bâtiment|bâtiment|Bt|bt|Bloc|Block|Esc\.?|Escalera|(?i:apt|app|appt)\.?)"
    r"[ \t]\w{1,3})?)"
    rf"{_PART_END}"
)
_SIDE = r"izquierda|derecha|izq|izda|dcha|drcha|esq|dto|dta|esquerdo|direito"  # the door's side on a landing
# Unit, floor and side after a street line: "..., int. 6", "..., piso 5 depto. B", "..., 3º 2ª", "... 1450 Pte.",
# "... Ave 5 #08-1123", "... Highway 50" (Latin American, Iberian, Italian, Singaporean and NZ forms).
UNIT_AFTER = re.compile(
    # A suite or flat may open the next line ("... 12 Main St\n suite 600").
    r"(?:(?:,?[ \t]*|[ \t]*\n[ \t]*(?=(?i:suite|apt|apartment|unit|flat)\b))"
    r"(?:(?i:int|interior|apto|apartamento|depto|dpto|departamento|piso|planta|puerta|pta|esc|escalera"
    r"|bloco|bloque|andar|sala|casa|lote|oficina|lok|app|appt|apt|suite|bureau|unit"
    # Eastern European and Central Asian flats, floors, entrances and blocks: "kv. 12", "et. 3, ap. 9", "mənzil 4".
    r"|kv|et|ap|bl|sc|vh|korp|mənzil|daire)\.?[ \t]?[\dA-Z]{1,5}"
    r"(?:[º°ª]|[a-z])?(?![^\W_])"  # "Casa 4", not "Casa Blanca"
    r"|(?i:of|m)\.[ \t]?\d{1,5}"
    # Spanish and Portuguese floors and sides: "3º izda.", "3.º Esq.", "2ª dcha" (NFKC reads º and ª as o and a).
    r"|\d{1,2}\.?(?:[º°ª]|[oa](?![\w]))(?:[ \t]?(?:\d{1,2}[ªº]?|[A-Z](?![\w])|(?i:centro|frente|fte|dra"
    rf"|{_SIDE})\.?)(?![\w]))?|(?i:{_SIDE})\.?(?![\w])"
    r"|#\d{1,3}-\d{1,5}|(?:Pte|Ote|Nte|Sur|Norte|Poniente|Oriente)\.?|Street[ \t]\d{1,3}(?![\w-]))"
    r"|[ \t]\d{1,3}(?=[ \t]*(?:[,\n#]|$))){1,3}"
)
# Unit, plot and building words before a street line on the same line: "Room 1806, Block B, 88 ...", "Plot 17, ...",
# "No. 27 ...", "Lot 9 ...", "RR 3, Site 12, Comp 8", Edinburgh "2F1, 14 ...", Glasgow "3/2 41 ...".
UNIT_BEFORE = re.compile(
    r"(?:(?:(?:Flat|Apt\.?|Apartment|Plot|Lot|No\.?|Room|Rm\.?|Level|Lvl|Floor|Building|Bldg\.?|Blk|Block|Unit"
    r"|Suite|RR|Site|Comp|Villa|Office|Shop|Tower|Wing|Bloco|Piso|Khoroo|Kebele|Purok)(?:[ \t]?#?[\dA-Z][\w-]{0,6})?"
    r"|\d[A-Z]\d|\d{1,2}/\d{1,2}|#\d{1,3}-\d{1,5})[ \t]*,?[ \t]*){1,3}$"
)
_KEY = re.compile(r"[ \t]*[^\W\d_][\w .-]{0,30}?[ \t]*:[ \t]*")
_NAME_TOKEN = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*\.?")  # no "Attn:", no "(sister)"
# Honorifics that stand before an addressee's name on an envelope, besides the usual titles: Thai "Khun", Nigerian
# "Chief" and "Alhaji", Malay "Encik", Indonesian "Bapak"/"Ibu", Tamil "Thiru"/"Tmt".
_TITLE_WORD = re.compile(rf"(?i:{TITLES}|Khun|Chief|Alhaji|Alhaja|Hajiya|Encik|Puan|Tuan|Bapak|Ibu|Thiru|Tmt)\.?$")
_COMPANY = frozenset({"ltd", "limited", "gmbh", "ag", "inc", "llc", "plc", "sa", "sarl", "bv", "nv", "ab", "as", "oy",
                      "spa", "srl", "corp", "co", "company", "bank", "team", "department", "office", "services"})


def _region(text: str, start: int, end: int) -> tuple[int, int]:
    """The block around [start, end): two lines above and three below at most, stopping at a blank line."""
    low = text.rfind("\n", 0, start) + 1
    for _ in range(2):
        above = text.rfind("\n", 0, max(0, low - 1)) + 1
        if low == 0 or not text[above:low - 1].strip():
            break
        low = above
    high = text.find("\n", end)
    high = len(text) if high < 0 else high
    for _ in range(3):
        if high >= len(text):
            break
        below = text.find("\n", high + 1)
        below = len(text) if below < 0 else below
        if not text[high + 1:below].strip():
            break
        high = below
    return low, high


def _name_line(value: str, names: NameLists | None) -> bool:
    """Whether `value` (a line or a part before an address) reads as a person's name: two to five capitalised
    words (titles and particles aside), no digits, no acronyms or company words, not only ordinary words."""
    if names is None or any(ch.isdigit() for ch in value) or value.rstrip().endswith(":"):
        return False
    tokens = value.split()
    words = [w for w in tokens if not _TITLE_WORD.match(w)]
    parts = [w for w in words if w.lower() not in PARTICLES and w.lower() != "te"]
    if not 2 <= len(parts) <= 5 or not all(_NAME_TOKEN.fullmatch(w) for w in words):
        return False
    # An all-caps line ("MR PIETER DE BEER") is a name in capitals, not a row of acronyms, when its words are long.
    shouted = all(w.isupper() for w in parts) and all(len(p) >= 3 for p in parts)
    if any(not p[0].isupper() or (_acronym(p) and not shouted) or p.lower().strip(".,") in _COMPANY for p in parts):
        return False
    return any(names.known(p) or p.lower() not in names.common for p in parts)


def _without_titles(text: str, start: int, end: int) -> tuple[int, int, str]:
    """The PERSON span [start, end) without its leading titles ("Mrs", "Dr."): the title is no identifier."""
    for word in re.finditer(r"\S+", text[start:end]):
        if not _TITLE_WORD.match(word.group()):
            return start + word.start(), end, "PERSON"
    return start, end, "PERSON"


def block_spans(text: str, address: Sequence[tuple[int, int]], names: NameLists | None
                ) -> Iterator[tuple[int, int, str]]:
    """(start, end, entity) of further ADDRESS parts and addressee PERSON names in the blocks of `address` spans."""
    found: list[tuple[int, int]] = list(address)
    # Anchors that share a block share its scan (a long line with many address parts is read once, not per part);
    # postcodes after their town are looked for after the block's first anchor.
    regions: dict[tuple[int, int], int] = {}
    for start, end in address:
        region = _region(text, start, end)
        regions[region] = min(start, regions.get(region, start))
    for (low, high), first in regions.items():
        for pattern in (TOWN_POSTCODE, TOWN_POSTCODE_PROSE):
            for match in pattern.finditer(text, first, high):
                found.append((match.start(1), match.end(1)))
        for pattern in (POSTCODE_TOWN, POSTCODE_LINE, STREET_PART, BUILDING_PART):
            for match in pattern.finditer(text, low, high):
                found.append((match.start(1), match.end(1)))
    # A street or building line found so widens the block upwards: "Teach na Coille" sits above "Bóthar an Chnoic",
    # which sits above the town and the Eircode that anchored the block.
    seen = set(found)
    tops: dict[int, int] = {}
    for start, end in found[len(address):]:
        low = _region(text, start, end)[0]
        tops[low] = max(start, tops.get(low, start))
    for low, last in tops.items():
        for pattern in (STREET_PART, BUILDING_PART):
            for match in pattern.finditer(text, low, last):
                if (match.start(1), match.end(1)) not in seen:
                    seen.add((match.start(1), match.end(1)))
                    found.append((match.start(1), match.end(1)))
    for _, end in list(found):
        chain = CHAIN_POSTCODE.match(text, end)
        if chain:
            found.append((chain.start(1), chain.end(1)))
    for start, end in list(found):
        after = UNIT_AFTER.match(text, end)
        if after:
            lead = len(after.group()) - len(after.group().lstrip(", \t\n"))
            found.append((end + lead, after.end()))
        line_start = text.rfind("\n", 0, start) + 1
        before = UNIT_BEFORE.search(text, max(line_start, start - 120), start)  # three units fit in 120 characters
        if before and (before.start() == line_start or text[before.start() - 1] in " \t,:"):
            found.append((before.start(), start))
    for start, end in found[len(address):]:
        yield start, end, "ADDRESS"
    # The addressee: the line right above a block's first address line, or the part before a line's first
    # address part ("Noura Haddad, Office 12, ...").
    firsts: dict[int, int] = {}  # line start -> the line's first address part
    for start, _ in found:
        line_start = text.rfind("\n", 0, start) + 1
        firsts[line_start] = min(start, firsts.get(line_start, start))
    starts = sorted(firsts)
    for line_start in starts:
        first = firsts[line_start]
        before = text[line_start:first]
        head = before.rstrip()
        key = _KEY.match(before)  # "Αποστολή: ", "Recipient: " before the name
        lead = key.end() if key else len(before) - len(before.lstrip())
        if head.endswith(",") and _name_line(head[lead:-1], names):
            yield _without_titles(text, line_start + lead, line_start + len(head) - 1)
            continue
        if before.strip() or line_start == 0:
            continue
        above = text.rfind("\n", 0, line_start - 1) + 1
        if above in firsts:
            continue
        line = text[above:line_start - 1]
        if _name_line(line.strip(), names):
            yield _without_titles(text, above + len(line) - len(line.lstrip()), above + len(line.rstrip()))
