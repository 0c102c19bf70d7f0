"""Places at or above the level of a US state, which HIPAA Safe Harbor lets a text keep (45 CFR 164.514(b)(2)(i)(B)).

spaCy tags cities, towns, counties, states and countries alike as GPE/LOC; a LOCATION span whose whole text is
one of these large areas is kept, so "moved from Ohio to Canada" keeps its meaning while "Springfield" goes.
"""

from __future__ import annotations

US_STATES = (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois "
    "Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri "
    "Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington "
    "Wisconsin Wyoming|New Hampshire|New Jersey|New Mexico|New York State|North Carolina|North Dakota|Rhode Island"
    "|South Carolina|South Dakota|West Virginia|District of Columbia|Puerto Rico|Guam"
)
COUNTRIES_AND_REGIONS = (
    "Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh "
    "Belarus Belgium Bolivia Bosnia Brazil Bulgaria Cambodia Cameroon Canada Chile China Colombia Croatia Cuba Cyprus "
    "Czechia Denmark Ecuador Egypt England Estonia Ethiopia Finland France Germany Ghana Greece Guatemala Hungary "
    "Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Korea Kosovo Kuwait "
    "Latvia Lebanon Libya Liechtenstein Lithuania Luxembourg Malaysia Malta Mexico Moldova Monaco Mongolia Montenegro "
    "Morocco Mozambique Nepal Netherlands Nigeria Norway Oman Pakistan Panama Paraguay Peru Philippines Poland "
    "Portugal Qatar Romania Russia Rwanda Scotland Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan "
    "Sweden Switzerland Syria Taiwan Tanzania Thailand Tunisia Turkey Türkiye Uganda Ukraine Uruguay Uzbekistan "
    "Venezuela Vietnam Wales Yemen Zambia Zimbabwe Africa Asia Europe Oceania Antarctica America Americas EU UK US USA "
    "Scandinavia Nordics Balkans|the United States|United States|United States of America|the United Kingdom"
    "|United Kingdom|Great Britain|Northern Ireland|the Netherlands|New Zealand|South Africa|Saudi Arabia"
    "|United Arab Emirates|Sri Lanka|Costa Rica|Dominican Republic|North America|South America|Latin America"
    "|Middle East|the Middle East|the EU|the US|the UK|the USA|European Union|Czech Republic"
)
_STATE_CODES = ("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC "
                "ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR")


# Australian states and territories, Canadian provinces and territories: written as codes before a postcode.
_OTHER_REGION_CODES = "NSW VIC QLD SA WA TAS ACT NT ON QC BC AB MB SK NS NB NL PE YT NU NWT"
REGION_CODES = frozenset(f"{_STATE_CODES} {_OTHER_REGION_CODES}".split())


def _entries(blob: str) -> frozenset[str]:
    words, _, phrases = blob.partition("|")
    return frozenset(item.casefold() for item in [*words.split(), *phrases.split("|")] if item)


LARGE_AREAS = _entries(US_STATES) | _entries(COUNTRIES_AND_REGIONS) | frozenset(_STATE_CODES.casefold().split())


def is_large_area(value: str) -> bool:
    """True for a US state (name or code), a country or a larger region: text Safe Harbor may keep."""
    text = value.strip(" .,;:")
    for possessive in ("'s", "’s"):
        text = text.removesuffix(possessive)
    return " ".join(text.split()).casefold() in LARGE_AREAS
