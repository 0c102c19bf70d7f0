"""Street lines and postcodes by shape, one regex per convention: English suffix streets ("221 Baker Street"),
German compounds ("Am Weiher 12b"), Romance street words ("rue de la Paix 8", "ul. Polna 3"), French lines, Nordic
street + postcode, UK postcodes, US "City, ST 12345", European "12345 City" and postcodes after a cue. Address
blocks, labels and units built on them are in pipeline/contacts.py, address_blocks.py, address_labels.py and
address_units.py; the recognizer that runs them is in pipeline/recognizers.py.
"""

from __future__ import annotations

import re

STREET_SUFFIX = (
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
    r"|shoal|squares|vista|wall|ways|well|cove|garden|green|lake|loaf|manors|radial|ridges|points|mills|land|parks"
    r"|parade|esplanade|promenade|quay|wharf|rise|chase|broadway|brow|wynd|croft|garth|fold|loke|twitten|concourse|circuit)"
)
STREET_EN = re.compile(
    # Capitalised words then a capitalised suffix: "952 Patrick River", not "60 cm on each side".
    # Any script's capitals ("41 Ōtaki Street") and ordinal numbers ("301 East 94th Street").
    # A unit or a range may lead the number: Australian "4/22 Smith Parade", Hawaiian and Queens "91-1002 Kaimalie
    # Street", Indian "14/2 Brigade Road".
    r"(?<![\w/-])(?:\d{1,5}[/-])?\d{1,5}[A-Za-z]?,? "
    r"(?:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'.-]*|\d{1,3}(?:st|nd|rd|th)) ){1,4}(?=[A-Z])(?i:"
    + STREET_SUFFIX + r")\.?(?:[ \t](?:Upper|Lower|North|South|East|West|Extension))?"  # "12 Fairhill Road Lower"
    r"(?:,?\s(?i:apt\.?|apartment|suite|ste\.?|unit|flat|#)\s?[\w-]{1,6})?(?![\w-])"
)
# A line that is only a street name: "Quinn Motorway" under "Studio 2" (UK addresses put the number above).
STREET_LINE = re.compile(r"(?m)^(?:[A-Z][\w'.-]* ){1,3}(?i:" + STREET_SUFFIX + r")\.?[ \t]*$")
# "Flat 3", "Apt. 12", "Suite 400", "Unit 7", "Box 8997" (UK flat lines, US secondary lines, military boxes).
# Capitalised only: "box 35" and "room 4" in prose are not addresses.
# Korean and Singaporean units carry the building too ("Apt 203-1507"); Gulf and Brazilian lines start "Villa 12",
# "Apto 31", "Bloco B".
UNIT_LINE = re.compile(r"(?<![\w-])(?:Flat|Apt\.?|Suite|Unit|Box|Studio|Puerta|Piso|Planta|Piano"
                       r"|Appartamento|Interno|Scala|Étage|Bâtiment|Wohnung) \d{1,5}[A-Za-z]?(?:-\d{1,5})?(?![\w-])"
                       # Words that also name rooms of a plan: not before a lower-case word ("Villa 1 has a pool").
                       r"|(?<![\w-])(?:Apartment|Villa|Apto\.?|Depto\.?|Bloco) \d{1,5}[A-Za-z]?(?:-\d{1,5})?"
                       r"(?![\w-]|[ \t]+[a-z])"
                       # An office or shop number is a unit only before the building's name ("Office 12, ...").
                       r"|(?<![\w-])(?:Office|Shop) \d{1,5}[A-Za-z]?(?=,[ \t][A-Z])"
                       # Southern African plots ("Stand 1204, Main Road", "Erf 733, ..."): also only before a name.
                       r"|(?<![\w-])(?:Stand|Erf) (?:No\.? ?)?\d{1,6}[A-Za-z]?(?=,[ \t][A-Z])")
# Street name without a house number, then the house number: "Hauptweg 3", "Grantorget 54" (DE/NL/Nordic style).
STREET_DE = re.compile(
    # The street word may stand on its own after an adjective: "Prenzlauer Allee 12", "Lange Gasse 3".
    # English words that end like a street word are none: "During 2013", "Spring 2024", "Offering 3".
    # An adjective of place may lead a one-word street: "Korte Nieuwstraat 4", "Södra Kungsvägen 8", "Alte Gasse".
    r"(?<![\w-])(?:(?:Korte|Lange|Nieuwe|Oude|Kleine|Grote|Hoge|Alte|Neue|Große|Grosse|Kleine|Obere|Untere|Hohe"
    r"|Norra|Södra|Östra|Västra|Stora|Lilla|Gamla|Nya|Nedre|Øvre|Søndre|Nordre|Store|Lille|Gamle)[ \t])?"
    r"(?![A-Z][a-z]*[aeiouy]ring\b|(?:Spring|String|Bring)\b)[A-ZÄÖÜÅ][\wäöüßåéèøæ-]*(?:[ \t](?=[A-ZÄÖÜ]))?"
    r"(?i:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|laan|lei|plein|zeile|steig|stieg|pfad|chaussee"
    r"|kai|gürtel|graben|straat|torget|gatan|vägen|vej|gade|veien|gata|kuja|tie|katu|polku|väylä|kaari|rinne|ranta)"
    r"\s\d{1,4}[a-zA-Z]?"
    # Finnish staircase and flat after the number: "Koulukatu 8 B 21", "Rantatie 3 as 4"; Amsterdam floors "31-II".
    r"(?:[/-]\d{1,4}[a-zA-Z]?)?(?:-(?:I{1,3}|IV|hs|huis))?(?:[ \t](?:[A-H]|as\.?)[ \t]?\d{1,3})?(?![\w-])"
)
# Romance-language street lines: "8, rue de Courtois", "Calle de X 12", "Via Rossi 3", "Contrada Scarpa, 91".
STREET_ROMANCE = re.compile(
    r"(?<![\w-])(?:\d{1,4}(?:\s?(?:bis|ter))?,?\s)?(?:rue|avenue|av\.|boulevard|boul\.|bd|chemin|allée|impasse|place|quai"
    r"|route|calle|c\.|c/|ctra\.|pza\.|avenida|avda\.?|paseo|plaza|camino|carrer|ronda|travesía|via|viale|piazza|corso|vicolo"
    r"|largo|strada|contrada|borgo|rua|travessa|praça|alameda|estrada|aeroporto|ulica|ul\.|al\.|pl\.|os\.|vul\."
    r"|urbanización|vial|pasadizo|cañada|incrocio|stretto|canale|rotonda|piazzale|lungomare|galleria|salita|vico|cuesta|glorieta|pasaje|callejón|rambla|acceso|carretera|polígono|partida|vía|ronda)"
    r"\s(?:[\w'’.-]+\s?){1,5}?(?:,\s?|\s)(?:n\.?\s?)?\d{1,4}(?:[/-]\d{1,4})?[A-Za-z]?(?![\w-])"
    r"|(?<![\w-])\d{1,4}(?:\s?(?:bis|ter))?,?\s(?:rue|avenue|boulevard|boul\.|bd|chemin|allée|impasse|place|quai|route)"
    r"[ \t](?:[\w'’-]+[ \t]?){1,5}",  # on its line: the town below is kept
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
# "My zip code is 60614", "postcode was 4021": 3-6 digits or "12-345" after the word.
ZIP_CUE = re.compile(r"(?i)\b(?:zip(?:\s*code)?|postal\s*code|post\s*code|postcode)\b(?:[ \t]+(?:is|was))?[\s.:#=]*"
                     r"(\d{5}(?:-\d{4})?|\d{3,4}|\d{6}|\d{2}-\d{3})(?![\w-]|[.,]\d)")
# "Lake Jennifer, NV 12345", "FPO AE 95865" (US city/state/ZIP lines).
US_CITY_ZIP = re.compile(
    r"(?<![\w-])(?:[A-Z][\w'.-]* ){0,3}[A-Z][\w'.-]*,? [A-Z]{2} \d{5}(?:-\d{4})?(?![\w-])"
)
# "12345 Berlin", "75001 Paris", "41028, Pompeano (MO)", "26-894 Jarosław", "5857RJ", "Ávila, 45479".
# The town's further words stay on its line and are no sentence start, so "10115 Berlin Please call" and
# "75001 Paris\nThank you" keep "Please" and "Thank".
_NOT_TOWN_WORD = (r"(?!(?:Please|Thank|Thanks|Dear|Call|Phone|Tel|Email|Regards|Best|Kind|The|This|That|We|I|You"
                  r"|If|Our|My|Your|Yours|Bitte|Danke|Mit|Merci|Cordialement|Tack|Hälsningar)\b)")
# Not after a colon: "92.40.182.17:53144 TLS" is a port and a protocol (OpenVPN, HAProxy logs).
EU_CITY_POSTCODE = re.compile(
    r"(?<![\w#:-])(?:\d{5}|\d{2}-\d{3}|\d{3} \d{2}|\d{4} ?[A-Z]{2}),? [A-ZÀ-ÝŁŚŻ][\w'’.-]*"
    rf"(?:[ \t](?:{_NOT_TOWN_WORD}[A-ZÀ-ÝŁŚŻ][\w'’.-]*|\([A-Z]{{2}}\)|na|am|an|de|del|la|le|sur|en)){{0,3}}(?![\w-])"
    r"|(?<![\w-])[A-ZÀ-Ý][\w'’.-]*,\s\d{5}(?![\w-])"
    r"|(?<![\w-])\d{4}\s?[A-Z]{2}(?![\w-])"
)


_LONG_LOWER = re.compile(r"(?<![\w'’-])[a-zà-ÿ]{4,}(?![\w'’-])")


# Street words that are no English word, so a street line typed in lower case still reads as one ("calle luna 12",
# "rua das flores 80").
LOWER_STREET_WORD = re.compile(r"(?:ul|os|al|vul)\.|(?:calle|avenida|avda|carrer|rua|travessa|strada|ulica|viale"
                                r"|piazza|paseo|camino)\s")


def romance_street_ok(value: str) -> bool:
    """A STREET_ROMANCE match that reads as a street: capitalised or numbered (lower case only for the Polish
    abbreviations, written so by convention: "ul. Polna 3", "os. Lipowe 4"), and at most one long lower-case word
    ("rue de la Paix" has none; "Avenue collection comes in 3" is prose); lower case also after the words of
    LOWER_STREET_WORD."""
    if not (value[0].isdigit() or value[0].isupper() or LOWER_STREET_WORD.match(value)):
        return False
    return len(_LONG_LOWER.findall(value[value.find(" "):])) < 2
