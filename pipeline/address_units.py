"""Address parts that the street and postcode patterns of pipeline/contacts.py miss: flats and floors written the
local way, streets whose number follows an English street word, Gaelic street and house lines, Baltic postcodes
and Indian PIN codes after their town.

Each is a shape a user's own data holds (a Swiss "App. 5", a French "2ème étage", a Korean "302호", a Georgian
"Chavchavadze Ave 37", an Irish "Bóthar an Chalaidh", a Latvian "LV-1001", "Chennai – 600 020"); all are redacted
as ADDRESS like the lines they belong to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

# Flats: "Appt 6", "App. 5", "Appartement 12", "Apartamento 3B"; floors with their ordinal ("2ème étage", "3. Stock",
# "4º andar", "2° piano", "1. OG"); Korean unit numbers ("302호"). Capitalised flat words only: "appt 6 weeks" is an
# appointment. English floors ("2nd floor") stay: in tickets they say where a printer is.
UNIT = re.compile(
    r"(?<![\w-])(?:Appt\.?|App\.|Appartement|Apartamento|Apartman|Lakás)[ \t]?\d{1,5}[A-Za-z]?(?![\w-])"
    r"|(?<![\w-])\d{1,2}(?:e|ème|eme|er|re|\.|º|°|ª)[ \t]?(?:étage|etage|Stock|OG|andar|piano|piso|planta"
    r"|verdieping|kerros|etasje|våning|emelet)(?![\w-])"
    r"|(?<![\w-])\d{1,5}호(?!\w)"
    # Portuguese and Spanish floors with their side ("3.º Esq.", "5.º Dto", "piso 3 dto B"), Korean building and
    # unit ("103동 1502호"), Japanese floors and rooms ("17階", "402号室").
    r"|(?<![\w-])\d{1,2}\.?[ºª°][ \t]?(?:Esq|Dto|Dt|Frt|Esquerdo|Direito|Izq|Izda|Dcha|Der)\.?(?![\w-])"
    r"|(?<![\w-])(?i:piso)[ \t]\d{1,2}[ \t,]+(?i:dto|depto|dpto)\.?[ \t]?[A-Z0-9]{1,3}(?![\w-])"
    r"|(?<![\w-])\d{1,4}동[ \t]?\d{1,5}호(?!\w)|(?<!\d)\d{1,3}階|(?<!\d)\d{1,4}号室"
    # Korean road addresses ("테헤란로 427", "월드컵북로 21길 17") and Hebrew streets ("רחוב הרצל 42").
    r"|(?<![\uac00-\ud7a3])[\uac00-\ud7a3]{1,10}(?:로|길)(?:[ \t]\d{1,3}길)?[ \t]\d{1,4}(?:-\d{1,4})?(?![\d-])"
    r"|רחוב[ \t][\u05d0-\u05ea]+(?:[ \t][\u05d0-\u05ea]+)?[ \t]\d{1,4}(?!\d)"
)
# "Chavchavadze Ave 37", "Rustaveli Avenue 12", "Nizami St. 45": an English street word, then the number (as written
# in the Caucasus, Central Asia and much of the Middle East); not a year ("Abbey Road 1969").
SUFFIX_NUMBER_STREET = re.compile(
    r"(?<![\w-])(?!(?:The|A|An|This|That|My|Our|Your|On|In|At|To|From)\b)(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+[ \t]){1,3}"
    r"(?:Ave|Avenue|St\.|Street|Rd|Road|Blvd|Boulevard|Highway|Hwy)\.?[ \t](?!(?:19|20)\d\d(?!\d))\d{1,4}[A-Za-z]?"
    r"(?:/\d{1,4})?(?![\w-]|[.,]\d|[ \t]*(?:km|m|mi|min|h|%|:))"
)
# Irish and Scottish Gaelic house and street lines of their own: "Teach na Trá", "Taigh na Creige", "Bóthar an
# Chalaidh", "Sráid an Mhuilinn".
GAELIC_LINE = re.compile(
    r"(?m)^[ \t]*(?:Teach|Tigh|Taigh|Bóthar|Bothar|Sráid|Sraid|Sràid|Rathad|Ascaill|Bealach|Lána|Cnoc|Cluain"
    r"|Páirc|Ard)[ \t](?:(?:na|an|a'|nan|Uí|Ui|Mhic|[^\W\d_][\w'’-]*)[ \t]?){1,4}[ \t]*$"
)
# Latvian and Lithuanian postcodes carry their country code ("Rīga LV-1001", "LT-01103"): the shape alone says so.
BALTIC_POSTCODE = re.compile(r"(?<![\w-])(?:LV-\d{4}|LT-\d{5})(?![\w-])")
# An Indian PIN code after its town and a dash, spaced or not: "Chennai – 600 020", "Kochi - 682016".
# The town is capitalised: "grew – 600 000 users" is a count.
PIN_AFTER_TOWN = re.compile(r"(?<![\w-])[A-Z][a-z]{2,}[ \t]*[–—-][ \t]*(\d{3}[ \t]?\d{3})(?![\w-]|[.,]\d|[ \t]\d)")


def unit_finder() -> Callable[[str], Iterator[tuple[int, int, float]]]:
    """A finder (text -> (start, end, score) spans) for the address parts above."""

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for pattern in (UNIT, SUFFIX_NUMBER_STREET, BALTIC_POSTCODE):
            for match in pattern.finditer(text):
                yield match.start(), match.end(), 0.7
        for match in GAELIC_LINE.finditer(text):
            start = match.start() + len(match.group()) - len(match.group().lstrip())
            yield start, match.end() - (len(match.group()) - len(match.group().rstrip())), 0.6
        for match in PIN_AFTER_TOWN.finditer(text):
            yield match.start(1), match.end(1), 0.6

    return find
