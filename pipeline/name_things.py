"""Words that look like person names but name things: days, diseases, signs and tools named after people,
places and firms that hold a name, brands and model codes, and unlisted words after an article ("the Sagamu
interchange"). redact drops a PERSON span that `person_is_thing` accepts, whatever signal made it
(pipeline/redactor.py `_tidy`).
"""

from __future__ import annotations

import re

from pipeline.name_lists import NameLists

# Eponyms: a name before these words, or after "maladie de", "Morbus", is a disease, a law or a prize, not a person
# ("Ménière's disease", "Kawasaki disease", "Boyle's law", "syndrome de Raynaud", "Booker Prize").
_EPONYM_NOUNS = (r"disease|syndrome|palsy|oesophagus|esophagus|law|laws|phenomenon|lymphoma|criteria"
                 r"|classification|theorem|principle|equation|constant|sarcoma|triad|contracture|diverticulum"
                 r"|neuroma|manoeuvre|maneuver|thyroiditis|staging|prize|medal|encephalopathy|chorea|dystrophy|ataxia")
_EPONYM_AFTER = re.compile(rf"(?i)(?:['’]s?)?[ \t-]+(?:{_EPONYM_NOUNS})\b")
# Signs, tests and tools named after people, with no possessive ("Chvostek sign", "Gram stain", "Kalman filter",
# "Geiger counter"); after a possessive these are someone's ("Maria's test results").
_EPONYM_BARE = re.compile(r"(?i)[ \t-]+(?:reflex|score|scale|stain|staining|burner|heap|sequence|algorithm|filter"
                          r"|distance|effect|curve|transform|chains|diagram|inequality|counter(?![ \t]*-)"
                          r"|sign(?=[ \t]*(?:[.,;)\n]|$|positive|negative|neg\b|pos\b|present|absent)))\b"
                          r"(?![ \t]*[:+(\d])")
# Diseases named after people, alone in the possessive ("Hashimoto's and Raynaud's", "?Ménière's"). Not the ones
# that are also common surnames (Wilson, Bell, Graves, Addison, Paget): "Wilson's wife called" is someone's.
_DISEASE_EPONYM_WORDS = ("""parkinson alzheimer crohn hodgkin raynaud sjögren sjogren hashimoto ménière meniere
    huntington asperger tourette cushing bechterew basedow behçet behcet marfan kaposi burkitt wernicke korsakoff
    dupuytren peyronie hirschsprung meckel zenker whipple guillain duchenne gaucher fabry niemann hurler fanconi
    lyme lewy creutzfeldt osgood perthes scheuermann kienböck legionnaire""")
_DISEASE_EPONYMS = frozenset(_DISEASE_EPONYM_WORDS.split())
_EPONYM_BEFORE = re.compile(r"(?i)(?:maladie|syndrome|signe|morbo|malattia|sindrome|enfermedad|síndrome|doença"
                            r"|morbus|ziekte)[ \t]+(?:de[ \t]+|di[ \t]+|von[ \t]+)?$")
# Places and organisations named after people, or holding a surname: a building word right after the span
# ("Royal Victoria Infirmary", "Kokilaben Dhirubhai Ambani Hospital") or before it ("salle Marie Curie", "Torre
# Picasso"), named hurricanes ("Hurricane Katrina") and firms ("Mensah & Daughters"). Buildings that are address
# lines ("Al Maqam Tower") stay.
_PLACE_AFTER = re.compile(
    r"(?i)[ \t]+(?:infirmary|hospital|clinic|junction|theatre|theater|institute|trust|holding|holdings|motor|motors"
    r"|technologies|freight|gmbh|ltd|inc|llc|plc|bank|sigorta|lakes|college|university|foundation|museum|gallery"
    r"|campus|stadium|arena|airport|hotel|restaurant|pharmacy|surgery|architetti|architects|solicitors|consulting"
    r"|insurance|foods)\b")
_PLACE_BEFORE = re.compile(r"(?i)(?:salle|sala|torre|porta|piazza|plaza|campus|hotel|hôtel|collège|lycée|école"
                           r"|pavillon|bâtiment|aula|ospedale|hôpital|klinikum|hurricane|typhoon|cyclone"
                           r"|tropical[ \t]+storm)[ \t]+$")
_STORM = re.compile(r"(?i)(?:hurricane|typhoon|cyclone|tropical[ \t]+storm)[ \t]")
# "Storm" is a given name too: "Storm" then one given name that is no surname is a named storm ("Storm Agnes
# brings gusts"), "Storm Agnes Whitfield" or "Storm Okafor" a person.
_STORM_WORD = re.compile(r"Storm[ \t]+$")
_FIRM = re.compile(r"[ \t]+&[ \t]+(?:Sons?|Daughters?|Co\b|Partners|Associates|Company|Brothers|Bros)")
# English "the" right before a capitalised name-like word makes it a thing ("the Kafka broker", "the Elizabeth
# line", "the Herschel Room"); people take no article, except as a family ("the Lo Bianco family").
_ARTICLE_BEFORE = re.compile(r"(?i)(?<![\w'’])the[ \t]+$")
_FAMILY_AFTER = re.compile(r"(?i)(?:['’]s?)?[ \t]+(?:family|families|household|twins|couple|brothers|sisters|children"
                           r"|kids|boys|girls|clan)\b")


# A span that holds one of these words after its first names a place or a firm ("Danske Bank", "Herschel Room",
# "Halvorsen Marine Ltd"). Not words that are surnames too (Park, Hall, Lane, House, Day, Bridge, Tower, Court, St:
# "Jae-won Park", "Summer Lane", "John St Clair"), nor those of address lines (Street, Road, Gardens, Suite), which
# must stay redacted whatever type covers them.
_THING_WORD_LIST = """hospital infirmary clinic surgery school college university academy institute library
    museum gallery cathedral station airport harbour harbor beach island falls springs river valley forest hotel
    restaurant cafe bakery pharmacy foundation trust company group partners associates prize award medal lecture room
    theatre theater arena stadium junction technologies freight gmbh ltd inc llc plc bank sigorta lakes campus
    architetti architects solicitors consulting insurance foods trading marine joinery"""
_THING_WORDS = frozenset(_THING_WORD_LIST.split())
# Products: a model code or a version right after the span ("Ferrari SF90", "Ranger 3.2", "Galaxy S23"); people
# take ages after them ("CARRUTHERS 82M"), not letters and then digits; a postcode in the next cell is no model
# ("Bridget Ní Chonaill\tBT48 7LP").
_MODEL_AFTER = re.compile(r" (?:[A-Z]{1,3}\d{1,4}[A-Za-z]?|\d{1,2}\.\d{1,2}[A-Za-z]?)(?![\w.:/-]|[ \t]\d[A-Z]{2})")
# Field names of logs and code: "eventTime", "userIdentity.arn", "requestID" (a lower-case start, then a capital).
# Not handles ("bigRay77", "xX_RubyRose_Xx") nor Irish prefixes ("Mac an tSaoir", "Ó hAodha").
_CAMEL = re.compile(r"^[a-z]{3,}[A-Z][A-Za-z.]*$")
_TITLE_BEFORE = re.compile(r"(?i)(?<![\w.])(?:mr|mrs|ms|mx|miss|dr|prof)\.?[ \t]+$")
# Software, telecom, vehicle and consumer brands that open a PERSON span ("Jira board", "Netgear Orbi", "Toyota
# Hilux", "paid with Paystack"), none of them also a common given name or surname (Ford, Dell, Bosch, Honda,
# Ferrari, Jenkins and Mercedes are, and stay to the other rules).
_BRAND_WORDS = """jira confluence okta shopify slack kafka grafana kibana ubuntu debian docker kubernetes github gitlab
    bitbucket azure salesforce hubspot zendesk freshdesk pipedrive stripe paypal paystack flutterwave xero quickbooks
    netsuite tableau splunk datadog pagerduty cloudflare twilio sendgrid mailchimp trello asana figma dropbox
    whatsapp telegram viber wechat kakaotalk instagram facebook linkedin tiktok youtube netflix spotify uber lyft
    gojek deliveroo airbnb expedia toyota nissan hyundai samsung huawei xiaomi lenovo asus hisense nikon ricoh epson
    logitech netgear cisco fortinet vodafone safaricom airtel telstra optus verizon lego nestlé nestle unilever
    heineken ikea adidas gucci rolex subaru mazda mitsubishi renault peugeot citroën citroen volkswagen škoda skoda
    audi volvo lexus hilux prius corolla dacia tesco walmart carrefour lidl aldi woolworths amazon google microsoft
    oracle intel nvidia qualcomm motorola nokia ericsson"""
_BRANDS = frozenset(_BRAND_WORDS.split())
# Greetings and thanks of many languages that open chat and call lines ("Kia ora, you're through", "Agent: Habari,",
# "Eskerrik asko,", "Fa'afetai,"): a span of nothing else names no one. Not those that are names too (Sana, Selam,
# Salam, Dias, Toda, Sawa, Malo, Po, Sri), and one word alone only when no name list holds it ("Asante" is a
# surname, "Kia" a given name).
_GREETING_WORDS = """kia ora koutou katoa tena koe habari jambo asante karibu aguyje eskerrik asko fa'afetai faafetai
    talofa mahalo aloha salamat terima kasih selamat pagi siang sore malam xiexie arigato arigatou gozaimasu
    konnichiwa merhaba shukran marhaba teşekkürler tesekkurler sağol děkuji dekuji hvala köszönöm koszonom aitäh
    paldies ačiū aciu takk tack tak kiitos grazie danke bedankt dankjewel bon dia bom buenos buenas tardes noches
    assalamualaikum vanakkam sawubona dumela molo ngiyabonga enkosi yebo howzit bonjou mèsi mesi bonsoir ciao salve
    olá hola gracias obrigado obrigada shalom spasibo privet ahoj servus moin namaskar"""
_GREETINGS = frozenset(_GREETING_WORDS.split())
# Long German nouns by their endings ("Fortbildungszertifikat", "Fragestellung", "Bankverbindung", "Gesellschaft"):
# capitalised like names, and no one's. Surnames that end so are short ("Jung", "Hornung") or listed.
_GERMAN_NOUN_END = ("ung", "ungen", "heit", "keit", "schaft", "schaften", "zertifikat", "referenz", "nummer",
                    "verzeichnis", "bescheinigung", "versicherung", "abteilung", "verwaltung")
# Days and months of the languages sovtune reads: "Thu", "Montag" are no one's name.
_CALENDAR_WORDS = (  # not those that are given names too: June, April, August, Jan, Domingo, Sun
    "mon tue tues wed thu thur thurs fri sat monday tuesday wednesday thursday friday saturday sunday montag"
    " dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes"
    " martes miércoles jueves viernes sábado lunedì martedì mercoledì giovedì venerdì domenica maandag dinsdag"
    " woensdag donderdag vrijdag zaterdag zondag måndag tisdag onsdag torsdag fredag lördag söndag poniedziałek"
    " wtorek środa czwartek piątek niedziela january february september october november december")
_DAYS_AND_MONTHS = frozenset(_CALENDAR_WORDS.split())


# Generic drug names end in their class's stem (WHO INN / USAN stems): "Losartan", "Bisoprolol", "Donepezil",
# "Vedolizumab", "Clarithromycin", "Edoxaban". Capitalised at a line start or in a list, NER takes them for names;
# the name lists hold almost none of these endings (a listed name is kept to the other rules).
_DRUG_STEM = re.compile(
    r"(?i)[^\W\d_]{3,}(?:sartan|olol|pril|statin|zumab|ximab|umab|tinib|prazole|azole|mycin|cillin|oxacin|pezil"
    r"|gliptin|gliflozin|parin|dipine|tidine|cycline|lukast|semide|thiazide|triptan|setron|azepam|oxetine|pramine"
    r"|triptyline|peridol|apine|olone|formin|glitazone|xaban|gatran|facine|giline|dronate|vudine|navir|previr"
    r"|tegravir|fovir|ciclovir|sonide|metasone|olimus|platin|rubicin|taxel|fenac|profen|coxib|stigmine|glutide"
    r"|tide|mab)")
# Clinical scales, stages and tests named after people, one or two names ("Hoehn and Yahr stage 2", "Clark level
# IV", "Rinne and Weber tests", "Barlow and Ortolani negative", "Clavien-Dindo grade II").
_EPONYM_STAGE = re.compile(r"(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w'’-]+)?[ \t-]+(?:stage|grade|level|tests?|classification"
                           r"|criteria|negative|positive)\b")


def _named_storm(text: str, start: int, end: int, words: list[str], names: NameLists) -> bool:
    """ "Storm Agnes" (or "Agnes" right after "Storm"), no capitalised word after it: see _STORM_WORD."""
    if words[0] == "Storm" and len(words) == 2:
        given = words[1]
    elif len(words) == 1 and _STORM_WORD.search(text, max(0, start - 8), start):
        given = words[0]
    else:
        return False
    given = given.strip(".,;:!?()'’")
    after = re.match(r"[ \t]+([^\W\d_])", text[end:end + 3])
    return names.given(given) and given.lower() not in names.last and not (after and after.group(1).isupper())


def person_is_thing(text: str, start: int, end: int, names: NameLists | None = None) -> bool:
    """Whether a PERSON span names a day, a field label, a disease, a law, a place or a firm rather than a person
    (see _DAYS_AND_MONTHS, _DISEASE_EPONYMS, _EPONYM_AFTER, _EPONYM_BARE, _PLACE_AFTER, _FIRM, _ARTICLE_BEFORE,
    _THING_WORDS, _CAMEL, _BRANDS, _MODEL_AFTER, _GREETINGS): words lost for training, and no one's identity."""
    words = text[start:end].split()
    if len(words) == 1 and words[0].lower().rstrip(".") in _DAYS_AND_MONTHS:
        return True
    if len(words) == 1 and len(words[0]) >= 9 and words[0].lower().endswith(_GERMAN_NOUN_END) and (
            names is None or not names.known(words[0])):
        return True
    if all(word.strip(".,;:!?()").lower() in _GREETINGS for word in words) and (
            len(words) > 1 or names is None or not names.known(words[0].strip(".,;:!?()"))):
        return True
    if len(words) == 1 and words[0].lower() in _DISEASE_EPONYMS and text[end:end + 2] in ("'s", "’s"):
        return True
    if len(words) == 1 and _DRUG_STEM.fullmatch(words[0].strip(".,;:()")) and (
            names is None or not names.known(words[0].strip(".,;:()"))):
        return True
    if not _TITLE_BEFORE.search(text, max(0, start - 8), start) and _EPONYM_STAGE.match(text, end) \
            and not re.match(r"['’]s", text[end:end + 2]):
        return True
    if _EPONYM_AFTER.match(text, end) or _EPONYM_BARE.match(text, end) \
            or _EPONYM_BEFORE.search(text, max(0, start - 24), start):
        return True
    if _PLACE_AFTER.match(text, end) or _PLACE_BEFORE.search(text, max(0, start - 16), start) \
            or _STORM.match(text, start, end):
        return True
    if names is not None and _named_storm(text, start, end, words, names):
        return True
    # Only when the article governs the name itself: "the MLRO, Kateryna" is a role, then a person. A listed name
    # may be a person named as a modifier ("the Stefan Naumann version", "the Téllez novel"): only words no name
    # list holds go ("the Yamanote Line", "the Sagamu interchange").
    if _ARTICLE_BEFORE.search(text, max(0, start - 8), start) and "," not in text[start:end] \
            and not words[0].isupper() and not _FAMILY_AFTER.match(text, end) \
            and not (names is not None and any(names.known(word.strip(".,;:()'’")) for word in words)):
        return True
    if any(word.strip(".,;:()'’").lower() in _THING_WORDS for word in words[1:]) \
            or any(_CAMEL.match(word) for word in words):
        return True
    if not _TITLE_BEFORE.search(text, max(0, start - 8), start) and (
            words[0].strip(".,;:()'’").lower() in _BRANDS or _MODEL_AFTER.match(text, end)):
        return True
    return bool(_FIRM.match(text, end))
