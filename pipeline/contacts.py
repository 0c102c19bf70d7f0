"""Contact details found by their place rather than their spelling: address blocks (a street line with its house
number next to a postcode and town, in the orders of many countries, post-office boxes, Indian house numbers),
streets named in prose and postcode cells of a person's row (phone numbers by cue and shape are in
pipeline/phones.py, table columns under a header in pipeline/tables.py).

pipeline/recognizers.py finds streets by their suffix ("Street", "-straße", "rue ..."); these patterns find them by
their place in an address instead, so street names without a known suffix are caught ("Kaevu 94, 63501
Krootuse", "Nánási út 66.\\n8693 Pusztaberény", "1481 Maud Street, Wilmington 19801", "Tom Wilhelmsens vei 83,
3120 Nøtterøy"). The town is kept (cities are ordinary words in the default policy); street and postcode go.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from pipeline.geography import is_large_area
from pipeline.tables import _split_cells

_LETTER = r"[^\W\d_]"
_CAP_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁΑ-ΩΆ-Ώ][\w'’.-]*"
# Lower-case words inside street names: "Nánási út", "Tom Wilhelmsens vei", "Via del Corso", "rue des Lilas".
_CONNECTOR = (r"(?!(?:to|at|in|on|of|and|the|for|with|from|by|au|aux|à|en|et|und|an|im|am|och|i|på|til|ved|og"
              r"|near|via)\b)[a-zà-ÿőűõ]{1,5}\.?")
_STREET_WORD = rf"(?:{_CAP_WORD}|{_CONNECTOR})"
_LEAD = rf"(?:{_CAP_WORD}|(?:rue|avenue|allée|impasse|chemin|boulevard|place|quai|route|via|calle|rua|ul\.|ulica)\b)"
# House numbers: "12", "7a", "14/3", Austrian door numbers "27/4/12", Amsterdam floors "418-III", "22-hs",
# Hungarian building letters "78/B".
_NUMBER = (r"\d{1,5}(?:-?(?:bis|ter)|[a-zA-Z])?(?:[/-](?:\d{1,4}[a-zA-Z]?|[A-Z](?![\w'’]))){0,2}"
           # Austrian staircase and door words after a slash: "Grabenweg 12/Top 4", "Ring 3/Stiege 2/Tür 7".
           r"(?:/(?:Top|Tür|Stiege|Stg\.)[ \t]?\d{1,4}[a-z]?){0,2}"
           r"(?:-(?:I{1,3}|IV|hs|huis))?\.?")
# Optional unit after the house number: "Vasagatan 16, 3 tr", "Rue X 4, bât. C", "Main St 5, Apt 2".
# Belgian boxes "212 bus 5", "41 bte 3"; Danish floors and sides "184, 3. th.", "st. tv.".
_UNIT = (r"(?:,?[ \t](?:\d{1,2}[ \t]?tr|lgh[ \t]?\d{1,5}|apt\.?[ \t]?\w{1,5}|#\d{1,5}|bât\.?[ \t]\w{1,3}"
         r"|(?:bus|bte\.?|boîte)[ \t]?\d{1,4}|(?:\d{1,2}|st)\.?[ \t]?(?:tv|th|mf|sal)\.?"
         r"|\d{1,2}\.?[ \t]?(?:étage|stock|og|th|st|nd|rd)"
         # Hungarian floor/door after the number: "Petőfi utca 8. III/12.", "2. em. 5."
         r"|[IVX]{1,4}/\d{1,3}\.?|\d{1,2}\.[ \t]?em(?:elet)?\.?[ \t]?\d{1,3}\.?"
         # Spanish and Argentine floors and doors ("14, 3º izda.", "812, 3° A"), offices and Serbian flats ("stan 4").
         # (NFKC reads º and ª as o and a: "3o izda.").
         r"|\d{1,2}[º°ª][ \t]?(?:[A-H]|izda|izq|dcha|dto|centro)?\.?(?![\w'’])"
         r"|\d{1,2}[oa][ \t]?(?:[A-H]|izda|izq|dcha|dto|centro)\.?(?![\w'’])"
         r"|(?:office|oficina|of\.|stan|kv\.|suite)[ \t]?\d{1,4}"
         # Norwegian and Swedish entrance letters: "Kalfarlien 9 C".
         r"|[A-H](?![\w'’.-])))?")
# Postcodes: 3-7 digits (Israel has 7), "411 24", "01-234", "74343-040", "1016 GV", Canada "V6B 3K9", UK "G3 7RZ".
_POSTCODE = (r"(?:\d{3}[ \t]\d{2}|\d{4,5}-\d{3,4}|\d{2}-\d{3}|\d{4}[ \t]?[A-Z]{2}|\d{3,7}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"
             r"|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2})")
_TOWN = rf"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁΑ-ΩΆ-Ώ][\w'’.-]*(?:[ \t-](?:{_LETTER}[\w'’.-]*)){{0,3}}"
_SEPARATOR = r"(?:,[ \t]*|[ \t]*\n[ \t]*)"

# "Kaevu 94, 63501 Krootuse", "Nánási út 66.\n8693 Pusztaberény", "Ул. Пушкина, д. 10, кв. 5, 191186 ..."
NUMBER_AFTER = re.compile(
    rf"(?<![\w-])({_CAP_WORD}(?:[ \t]{_STREET_WORD}){{0,4}}[ \t]{_NUMBER}{_UNIT})"
    rf"{_SEPARATOR}(?:((?:[A-Z]{{1,2}}-)?{_POSTCODE})[ \t]+{_TOWN}|{_TOWN},?[ \t]+({_POSTCODE})(?![\w/-]))"
)
# "1481 Maud Street, Wilmington 19801", "14 bis, rue des Lilas, 69003 Lyon", "27 Residency Road\nBengaluru 560025"
NUMBER_FIRST = re.compile(
    rf"(?<![\w-])(\d{{1,5}}(?:-\d{{1,5}})?[a-zA-Z]?(?:[ \t](?:bis|ter))?,?[ \t]{_LEAD}"
    rf"(?:[ \t]{_STREET_WORD}){{0,4}}{_UNIT})"
    # A US state or territory code may stand between the town and the ZIP ("Yigo, GU 96929").
    rf"{_SEPARATOR}(?:({_POSTCODE})[ \t]+{_TOWN}|{_TOWN},?[ \t]+(?:[A-Z]{{2}}[ \t]+(?=\d{{5}}))?({_POSTCODE}))"
    r"(?![\w/-])"
)
# Post-office boxes and Indian house numbers: "P.O. Box 108", "Postbox 53", "Postfach 1234", "House No. 221".
# Kenyan boxes carry the post office's code ("P.O. Box 4410-00200"); Nigerian, NZ and Australian mail bags
# ("P.M.B. 01294", "Private Bag 3", "Locked Bag 7"); Indian house numbers are paths of the plot ("H.No. 8-2-293/K",
# "Door No. 14/2"), and Indian roads and lanes go by number ("Road No. 12", "Gali No. 4"). Not before a slash:
# "BP 142/91" is a blood pressure.
BOX = re.compile(
    r"(?i)(?<![\w-])(?:(?:p\.?[ \t]?o\.?[ \t]?box|postbox|post box|postfach|boîte postale|bp|apartado|casilla"
    r"|p\.?[ \t]?m\.?[ \t]?b\.?|private[ \t](?:mail[ \t])?bag|locked[ \t]bag|box)[ \t]?\d{1,6}[a-z]?"
    r"(?:[ \t]?-[ \t]?\d{5})?"
    r"|(?:house[ \t]no\.?|hse\.?[ \t]no\.?|h\.[ \t]?no\.?|plot[ \t]no\.?|door[ \t]no\.?|flat[ \t]no\.?)[ \t]?\d{1,6}"
    r"(?:[-/]\d{1,6}){0,4}(?:/?[a-z])?"
    r"|(?:road|street|st\.|lane|gali|galli|cross)[ \t]no\.?[ \t]?\d{1,4}[a-z]?)(?![\w/-])"
)
# "Sector 15-A", "Block C-4", "Blk 305" (Indian and Singaporean address parts after a house number or comma).
# The part ends at a comma or the line's end, or a street name follows ("Blk 305 Clementi Ave 4"): "Block 3 exams
# start at 9" is prose. A ward (Indian, Nepali, Tanzanian addresses) only before a further part that is no hospital
# word: "Ward 6B" and "Ward 7, Bed 3" are hospital wards. A lettered block only before its estate's name ("Block
# C, Rosewood Estate").
SECTOR = re.compile(r"(?<![\w-])(?:(?:Sector|Block|Blk|Phase)[ \t]\d{1,4}(?:-?[A-Z])?(?![\w-])"
                    r"(?=[ \t]*(?:[,\n]|$)|[ \t][A-Z])"
                    # Pakistani and Bangladeshi lines: "House 47-B, Street 12", "House 27, Road 104", "Block F, ...".
                    r"|(?i:house|street|road|gali|lane)[ \t]\d{1,4}(?:-?[A-Za-z])?(?![\w-])"
                    r"(?=,[ \t]*(?i:street|road|block|sector|phase|lane|gali)[ \t][\dA-Z])"
                    r"|(?<=, )(?i:street|road|lane|gali)[ \t]\d{1,4}(?:-?[A-Za-z])?(?![\w-])(?=[ \t]*(?:[,\n]|$))"
                    r"|(?m:^)Block[ \t][A-Z](?:-\d{1,2})?,[ \t]*[A-Z][\w-]+(?:[ \t][A-Z][\w-]*){0,2}(?=[ \t]*(?:\n|$))"
                    r"|Ward[ \t](?:No\.?[ \t]?)?\d{1,3}(?![\w-])(?=,[ \t]*(?!(?:Bed|Bay|Room|Side|Cubicle)\b)[A-Z])"
                    rf"|(?:Block|Blk|Tower|Wing)[ \t][A-Z]\d{{0,2}},[ \t]*(?:{_CAP_WORD}[ \t]){{1,3}}"
                    r"(?:Estate|Gardens|Court|Towers|Heights|Apartments|Mansions|Flats|Residency|Enclave|Society|Wood|Park|Village|Green|Grove|Residences|Square)"
                    r"(?![\w-]))")

# Russian, Ukrainian and Belarusian street lines: "ул. Ленина, д. 5, кв. 12", "пр-т Мира д. 3 корп. 2",
# "вул. Шевченка, буд. 7". The street word comes first and the house number carries "д."/"буд.", so the shape holds
# without a postcode; the comma after the street name is why NUMBER_AFTER cannot see these lines.
CYRILLIC_STREET = re.compile(
    r"(?i)(?<![\w-])(?:ул|улица|вул|вулиця|пр-т|просп|проспект|пр|пер|переулок|провулок|наб|набережная|бул|б-р"
    r"|бульвар|ш|шоссе|пл|площадь|площа|мкр|микрорайон|туп|тупик|проезд)\.?[ \t]+[„“\"«]?[^\W\d_][\w.'’-]*"
    # The house number may stand without "д." after a comma ("вул. Шевченка, 14"), and the name in quotes
    # (Bulgarian "ул. „Шипка“ 34"); then the block, entrance, floor and flat ("ет. 3, ап. 9", "кв. 8").
    r"(?:[ \t][\w.'’-]+){0,3}?[“”\"»]?,?[ \t]*(?:(?:д|дом|буд|будинок)\.?[ \t]?)?\d{1,4}[а-яa-z]?(?:/\d{1,4})?"
    r"(?:,?[ \t]*(?:корп|к|стр|строение|бл|вх)\.?[ \t]?\d{1,3})?(?:,?[ \t]*(?:ет|етаж|эт|этаж|пов)\.?[ \t]?\d{1,3})?"
    r"(?:,?[ \t]*(?:кв|квартира|оф|офис|ап|апт)\.?[ \t]?\d{1,4})?"
    r"(?![\w-])"
)
# The town and its postcode after such a street line: "..., кв. 8, Львів, 79005", "..., ап. 9, София 1504".
_CYRILLIC_TOWN_POSTCODE = re.compile(r",[ \t]*(?:(?:г|м|с)\.[ \t]?)?[А-ЯЁІЇЄҐ][\w'’-]{1,30}"
                                     r"(?:[ \t-][А-ЯЁІЇЄҐ][\w'’-]{1,30})?"
                                     r",?[ \t]+(\d{4,6})(?![\w-])")
# Six-digit postcodes (Russia, Belarus, Kazakhstan, India, China) right before a Cyrillic town, "г." or a comma
# and a Cyrillic word: "191186 Санкт-Петербург", "620014, г. Екатеринбург". Latin-script six-digit postcodes are
# only taken after an address part (see _TAIL): "160015 Chandigarh" on its own could be any number and a word.
CYRILLIC_POSTCODE = re.compile(r"(?<![\w-])\d{6}(?=,?[ \t]+(?:г\.[ \t]?)?[А-ЯЁ])")
# A postcode and town right after an address part that has none ("House No. 221, Sector 15-A, 160015 Chandigarh",
# "P.O. Box 108, 3971 Qaanaaq"): the address part makes the number a postcode. The town is kept, as elsewhere.
_TAIL = re.compile(rf"{_SEPARATOR}({_POSTCODE}|\d{{3}}[ \t]\d{{3}})[ \t]+{_TOWN}")

# Postcodes whose shape alone says what they are: Azerbaijani "AZ1000", Irish Eircodes ("D04 K7W2": a routing
# key, then four characters with a letter), Canadian ("K1A 0B9", letters and digits alternating), Argentine CPA
# ("C1425DKF"), Japanese after the 〒 mark; and any postcode-like number after a postcode word ("CEP 01310-200",
# "C.P. 44100", "PIN 110001").
STRONG_POSTCODE = re.compile(
    r"(?<![\w-])(?:[AC-FHKNPRTV-Y]\d[\dW][ \t]?(?=[\dA-Z]{0,3}[A-Z])[AC-FHKNPRTV-Y\d]{4}"
    r"|[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t-]?\d[ABCEGHJ-NPRSTV-Z]\d"
    r"|[A-HJ-NP-Z]\d{4}[A-Z]{3}|AZ[ \t-]?\d{4})(?![\w-])"
    # Country-prefixed European postcodes before their town ("LT-01103 Vilnius", "A-6020 Innsbruck").
    r"|(?<![\w-])(?:A|B|D|E|F|H|I|L|N|P|S|AT|BE|BG|CH|CY|CZ|DE|DK|EE|ES|FI|FR|GR|HR|HU|IS|IT|LT|LU|LV|NL|NO|PL|PT"
    r"|RO|SE|SI|SK)-(?:\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4,5})(?=[ \t]+[A-ZÀ-ÖØ-Þ])"
    r"|(?:(?<=〒)|(?<=〒[ \t]))\d{3}-?\d{4}(?!\d)"
    r"|(?<![\w.])(?:CEP|C\.[ \t]?P\.|CP|PIN(?:[ \t]?code)?|Pincode|PLZ|CAP|Eircode)[ \t]*[:.]?[ \t]*"
    r"(\d{5}-\d{3}|\d{3}[ \t]?\d{3}|\d{4,5})(?![\w-])"
)
# Indian cross and main roads ("No. 14, 5th Cross", "2nd Main Road"), Korean road names ("17 Teheran-ro 8-gil"),
# Japanese block numbers before a district ("4-12-7 Kita-Aoyama, Minato-ku", or the ward on the next line) and
# chome lines: street lines with no suffix that the street patterns know.
ASIAN_STREET = re.compile(
    r"(?<![\w-])(?:(?:No\.?|#)[ \t]?\d{1,4}[A-Za-z]?(?:/\d{1,4})?,[ \t]*)?\d{1,2}(?:st|nd|rd|th)[ \t](?:Cross|Main)"
    r"(?:[ \t](?:Road|Rd|Street))?(?![\w-])"
    r"|(?<![\w-])(?:\d{1,4}(?:-\d{1,3})?[ \t])?[A-Z][a-z]+(?:-[a-z]+)?-(?:ro|gil|daero)(?:[ \t]\d{1,3}(?:beon)?-gil)?"
    r"(?![\w-])"
    r"|(?<![\w-])\d{1,2}-\d{1,2}(?:-\d{1,3})?[ \t][A-Z][a-zāīūēō]+(?:-[A-Z][a-zāīūēō]+)?"
    r"(?=(?:,[ \t]*|[ \t]*\n[ \t]*)[A-Z][\w-]*-(?:ku|shi|gun|cho|machi|mura)\b)"
    # Japanese chome lines: "Dogenzaka 2-chome 14-7", "2-chōme-14-7 Dogenzaka", "3 chome 5-1", and with the
    # block and house numbers first: "7-3 Honmachi 4-chome".
    r"|(?<![\w-])(?:\d{1,4}(?:-\d{1,4}){0,2}[ \t](?=[A-Z][a-zāīūēō]+(?:-[A-Za-zāīūēō]+)?[ \t]\d{1,2}[ \t-]?ch[oō]me))?"
    r"(?:[A-Z][a-zāīūēō]+(?:-[A-Za-zāīūēō]+)?[ \t])?\d{1,2}[ \t-]?ch[oō]me"
    r"(?:-\d{1,4}(?:-\d{1,4})?(?:[ \t][A-Z][a-zāīūēō]+(?:-[A-Za-zāīūēō]+)?)?|,?[ \t]\d{1,4}(?:-\d{1,4}){0,2})?"
    r"(?![\w-])"
)
# Street lines with the house number after a number word: Romanian "Str. Florilor nr. 7, bl. B3, sc. 2, ap. 41",
# Turkish "Çiçek Sok. No:12 D:4", "Gazi Bulvarı No. 8/3 Kat 2", Thai "45/7 Soi Ari 4", "12 Moo 3 Thanon Rama",
# "99/145 Moo 5, Soi Ari 24".
NUMBER_WORD_STREET = re.compile(
    r"(?<![\w-])(?:(?:Str|Strada|Bd|Bdul|Bulevardul|Calea|Șos|Şos|Sos|Șoseaua|Aleea|Piața|Intrarea|Splaiul)\.?"
    rf"(?:[ \t]{_CAP_WORD}){{1,4}},?[ \t]nr\.?[ \t]?\d{{1,4}}[A-Za-z]?"
    r"(?:,?[ \t]*(?:bl|sc|et|ap|apt)\.?[ \t]?\w{1,4}){0,4}"
    rf"|(?:{_CAP_WORD}[ \t]){{1,3}}(?:Cad|Caddesi|Cd|Sok|Sokak|Sokağı|Sk|Bulvarı|Blv|Bulv|Mah|Mahallesi)\.?"
    r"[ \t]No[:.]?[ \t]?\d{1,4}(?:/\d{1,4})?(?:[ \t]?(?:D|Daire|Kat|K)[:.]?[ \t]?\d{1,3})*"
    r"|\d{1,4}(?:/\d{1,4})?(?:[ \t](?:Moo|Mu)[ \t]\d{1,2},?)?[ \t](?:Soi|Thanon|Th\.)"
    rf"(?:[ \t](?:{_CAP_WORD}|\d{{1,3}}(?![\w-]))){{1,3}}"
    # A Thai house number and village without a soi: "99/145 Moo 5, Tambon ..." (the slash number is the plot's).
    r"|(?<![\w/-])\d{1,4}/\d{1,4}[ \t](?:Moo|Mu)\.?[ \t]\d{1,2}(?![\w-]))"
)
# Irish, Welsh, Scottish Gaelic and Maltese street words, which come first: "Bóthar an Chnoic", "Heol y Parc",
# "Sràid na h-Eaglaise", "Triq il-Kbira"; with a house number before them they are a street line on their own
# ("12 Heol y Nant", "7, Triq San Pawl").
STREET_BEFORE_WORDS = (r"Bóthar|Bóithrín|Sráid|Ascaill|Lána|Céide|Ardán|Plás|Cearnóg|Corrán|Cé|Slí|Heol|Ffordd"
                       r"|Stryd|Lôn|Rhodfa|Rathad|Sràid|Ceum|Triq|Vjal|Sqaq")
GAELIC_ARTICLE = r"(?:an|na|a'|y|yr|de|h-|t-|n-|il-|is-|ix-|iz-|it-|in-|ir-|id-|l-|ta'|tal-|tas-)"
NUMBERED_STREET_BEFORE = re.compile(
    rf"(?<![\w/-])\d{{1,4}}[A-Za-z]?,?[ \t](?:{STREET_BEFORE_WORDS})"
    rf"(?:[ \t](?:{GAELIC_ARTICLE}[ \t]?)?{_CAP_WORD}){{1,3}}(?![\w-])"
)
# Street words that follow the name, then the house number, in Central Asian, Caucasian and Baltic addresses: Uzbek
# "Navoiy ko'chasi 12", Azerbaijani "Füzuli küç. 45", Lithuanian "Gedimino pr. 9", "Ąžuolų g. 4-2", Latvian "Brīvības
# iela 80", Estonian "Pärnu mnt. 22", "Tartu tänav 5". A unit may follow ("kv. 3", "mənzil 7").
# Greek street words that come first: "Λεωφόρος Κηφισίας 12", "Οδός Αιόλου 5".
GREEK_STREET = re.compile(r"(?<![\w-])(?:Λεωφόρος|Λεωφ\.|Οδός|Οδ\.|Πλατεία|Πλ\.)(?:[ \t][^\W\d_][\w.]*){1,3}"
                          r"[ \t]\d{1,4}[A-Za-zΑ-Ωα-ω]?(?![\w-])")
# A street line of any language with a unit after its number: "Kaivokatu 8 Suite 12", "1209 Rua Nova 41 Apt. 3",
# "Odos Ermou 45 Unit 7" (a number, one to four words, the house number, then the suite or flat).
NUMBERED_WITH_UNIT = re.compile(
    r"(?<![\w-])(?:\d{1,5}[ \t](?:[^\W\d_][\w'’.-]*[ \t]){1,4}|(?:[A-ZÀ-ÖØ-ÞĀ-ŽΑ-Ω][\w'’.-]*[ \t])"
    r"(?:[^\W\d_][\w'’.-]*[ \t]){0,3})\d{1,5}[A-Za-z]?(?:[ \t](?:Suite|Apt\.?|Apartment|Unit)[ \t]#?\d{1,5}){1,2}"
    r"(?![\w-])"
)
SUFFIX_STREET = re.compile(
    r"(?<![\w-])(?!(?:The|A|An|This|That|My|Our|Your|His|Her|Their|On|In|At|To|From|Hole|Golf)\b)"
    rf"(?:{_CAP_WORD}[ \t]){{1,3}}(?:ko['’`ʻ]chasi|ko['’`ʻ]cha|shoh[ \t]ko['’`ʻ]chasi|prospekti|küçəsi|küç\."
    r"|prospekti|g\.|gatvė|pr\.|al\.|iela|prospekts|bulvāris|mnt\.|maantee|tänav|puiestee|pst\.|tee"
    # South Slavic, Czech and Russian ("Gosposka ulica 5", "Slovenska cesta 9", "Karlovo náměstí 3") and Nordic words
    # standing apart ("Tors vei 4", "Stensby terrasse 2", "Kongens plass 1").
    r"|ulica|cesta|trg|náměstí|nám\.|třída|ulitsa|vei|veien|vej|terrasse|allé|plass|torg)[ \t]\d{1,4}"
    r"(?:[/-]\d{1,4})?[A-Za-z]?(?:,?[ \t](?:kv|mənzil|m\.|but|bt)\.?[ \t]?\d{1,4})?(?![\w-])"
)
# Pakistani and Cambodian lines of numbered houses and streets: "House 12, Street 4, G-9/2", "#14, St. 271".
NUMBERED_HOUSE_STREET = re.compile(
    r"(?<![\w-])(?:(?:House|H\.?)[ \t]?(?:No\.?[ \t]?|#)?\d{1,4}[A-Z]?,[ \t]*(?:Street|St\.?|Lane|Gali)[ \t]"
    r"(?:No\.?[ \t]?)?\d{1,3}(?:,[ \t]*[A-Z]-\d{1,2}(?:/\d)?(?![\w/-]))?"
    r"|#\d{1,4}[A-Z]?(?:-?[A-Z]\d?)?,?[ \t](?:St\.?|Street)[ \t]\d{1,4}[A-Z]?)(?![\w-])"
)
# Hungarian street lines, capitalised or not: "Petőfi utca 8.", "szent istván krt. 14", "Fő tér 3/B".
HU_STREET = re.compile(
    r"(?<![\w-])(?:[^\W\d_][\w.'’-]{2,}[ \t]){1,3}(?:utca|u\.|útja|tér|tere|körút|krt\.|köz|fasor|sétány"
    r"|rakpart|dűlő|lépcső)[ \t]\d{1,4}(?:/[A-Za-z]|[a-z])?\.?(?:[ \t]?[IVX]{1,4}/\d{1,3}\.?)?(?![\w-])"
)
# Romanian and Moldovan street lines typed in lower case or without "nr.": "str. teilor 9, ap. 3", "Bd. Unirii 15".
RO_STREET = re.compile(
    r"(?<![\w-])(?i:str|bd|bdul|șos|şos|sos|aleea|calea|strada)\.?[ \t](?:[^\W\d_][\w'’-]*[ \t]){1,3}"
    r"(?:nr\.?[ \t]?)?\d{1,4}[A-Za-z]?(?:,?[ \t]*(?i:bl|sc|et|ap|apt)\.?[ \t]?\w{1,4}){0,4}(?![\w-])"
)
# Street lines typed in lower case ("27 cedar grove, dundee", "flat 4, 9 oakfield road"): the commonest street words
# only, and a comma or the line's end after them, so "3 long ways to go" stays prose.
LOWER_STREET = re.compile(
    r"(?<![\w-])(?:(?:flat|apt|unit)[ \t]\d{1,4}[a-z]?,?[ \t])?\d{1,5}[a-z]?[ \t](?:[a-z][a-z'-]*[ \t]){1,3}"
    r"(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|grove|close|crescent|terrace|court|boulevard|blvd|way|place)"
    r"\.?(?:[ \t](?:apt|unit|flat|#)\.?[ \t]?\w{1,5})?(?=[ \t]*(?:,|\n|$))"
)
# Lower-case UK and Irish postcodes after such a line ("dundee dd2 1pq", "cork, t12 x8pv").
LOWER_POSTCODE = re.compile(r"(?<![\w-])(?:[a-pr-uwyz][a-hk-y]?\d[a-z\d]?[ \t]?\d[abd-hjlnp-uw-z]{2}"
                            r"|[ac-fhknprtv-y]\d[\dw][ \t]?(?=[\da-z]{0,3}[a-z])[ac-fhknprtv-y\d]{4}"
                            r"|(?<=[a-z]{2}[ \t])\d{5}(?:-\d{4})?)(?![\w-])")
# Cells of a delimited row without a header: "Bryggen 17|5003|Bergen", "bul. Vitosha 61,1000,Sofia" (a street cell,
# then a postcode cell, then a town cell). Cells may be quoted ('"Prinsengracht 263-2","1016 GV","Amsterdam"'), and
# a street cell may carry its unit after commas ("Rua X, 1190, apto 52;04544-030;São Paulo").
_ROW_STREET = re.compile(r"(?:(?:[^\W\d_][\w.'’-]*,?[ \t]){1,4}\d{1,5}[a-zA-Z]?(?:[/-]\d{1,4}[a-zA-Z]?)?"
                         r"|\d{1,5}[a-zA-Z]?[ \t](?:[^\W\d_][\w.'’-]*[ \t]?){1,4})(?:,[ \t]*[^,]{1,25}){0,3}")
_ROW_POSTCODE = re.compile(r"\d{4,6}|\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4}[ \t]?[A-Z]{2}|\d{5}-\d{3}|\d{4}-\d{3}"
                           r"|\d{3}-\d{4}")
_ROW_TOWN = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*(?:[ \t-][^\W\d_]+){0,3}")


_HEADER_CELL = re.compile(r"[^\W\d][\w .-]{0,30}")


def _row_cells(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the street and postcode cells of headerless delimited rows (see _ROW_STREET)."""
    offset = 0
    header = False  # rows under a header line are csv_cells' (their columns say what they hold)
    for line in text.split("\n"):
        delimiter = next((d for d in ("|", ";", "\t", ",") if line.count(d) >= 2), None)
        if delimiter is None:
            header = False
        elif not header and all(_HEADER_CELL.fullmatch(c.strip().strip('"')) for c in line.split(delimiter)):
            header = True
        elif not header:
            cells, starts, position = line.split(delimiter), [], offset
            for cell in cells:
                starts.append(position)
                position += len(cell) + 1
            values = [cell.strip().strip('"').strip() for cell in cells]
            for i in range(1, len(cells) - 1):
                if _ROW_POSTCODE.fullmatch(values[i]) and _ROW_TOWN.fullmatch(values[i + 1]) \
                        and _ROW_STREET.fullmatch(values[i - 1]) and not _NOT_STREET.match(values[i - 1]):
                    for j in (i - 1, i):
                        lead = cells[j].index(values[j])
                        yield starts[j] + lead, starts[j] + lead + len(values[j])
        offset += len(line) + 1


# Japanese and Chinese address lines: a run of CJK characters with a street or block word (町 town block, 丁目
# chome, 通 street, 路/街/道 road, 弄/巷 lane, 村 village) and then its numbers ("...恵比須町534-40", "...建国路88号").
_CJK = r"[\u3040-\u30ff\u3400-\u9fff]"
CJK_STREET = re.compile(rf"{_CJK}*(?:町|丁目|通|路|街|道|弄|巷|村){_CJK}*\d{{1,5}}(?:[-－ー]\d{{1,5}}){{0,3}}"
                        r"(?:号室?|番地?)?"
                        # The chome's number before 丁目 ("2丁目5-8", "4丁目7番3号"): the town before it is kept.
                        r"|(?<!\d)\d{1,2}丁目(?:\d{1,4}(?:(?:[-－ー]|番地?)\d{1,4}){0,2}号?)?"
                        # A building and its room: "メゾン桜 101号室", "グリーンハイツ2F 305号室".
                        rf"|(?:{_CJK}|[A-Za-z0-9]){{1,15}}[ \t　]?\d{{1,4}}号室")
# The value of an address field, up to its first comma ("Street: Odos Ermou 45", "Return address: Ivy Cottage,
# ...", JSON-like '"postcode": "3015"'): kept when it holds a number or ends with a building word, so "Address:
# see attached" stays.
ADDRESS_FIELD = re.compile(
    r"(?im)(?:^|(?<=[|;\t])|(?<=\S[ ][ ])|(?<=[{,]\")|(?<=[{,] \"))[ \t]*"
    r"(?:(?:return|home|postal|billing|shipping|delivery"
    r"|residential|mailing|permanent|current|new|old|street)[ \t])?(?:street|address|addr|adresse|anschrift|adres"
    r"|adresa|dirección|direccion|domicilio|morada|endereço|indirizzo|osoite|gatuadress|postcode|post code"
    r"|postal code|zip|zip code|plz|cep|eircode|postleitzahl|pin code|pincode|code postal|código postal|邮编|郵便番号"
    r"|(?:address[ _]?)?line[ _]?[12]|stra(?:ß|ss)e,?[ \t]*hausnr\.?|hausnr\.?)\"?[ \t]*[:=：][ \t]*\"?"
    r"([^\W_][^\n,;\"]{1,60})"
)
# logfmt fields of a log line ('street="Laugavegur 58" postcode="101"'): a street value holds a word and a house
# number, a postcode value is a postcode (so 'addr=10.0.0.7:443' and 'address=0x7ffd' stay).
LOGFMT_FIELD = re.compile(
    r"(?i)(?<![\w-])(?:(?:home|postal|billing|shipping|delivery|mailing)_?(?:address\.)?)?"
    r"(?:(street(?:_?address)?|address(?:_?line_?[12])?|addr_?line_?[12])|(?:post|zip)_?code|postal_?code|zip|plz"
    r"|cep|eircode|cap|pin|pincode)=(?:\"([^\"\n]{1,80})\"|'([^'\n]{1,80})'|([^\s\"']{1,40}))"
)
_LOGFMT_STREET = re.compile(r"(?=.*[^\W\d_]{3})(?=.*(?<![\w.:])\d{1,5}[a-zA-Z]?(?![\w.:]))[^\n]{3,80}")
_LOGFMT_POSTCODE = re.compile(rf"{_POSTCODE}|[A-Z]{{1,2}}-\d{{4,5}}")
# Network and memory addresses after "addr=" or "address:" in logs: "10.2.0.7:8443", "[::1]:53", "0x7ffd5e".
_MACHINE_ADDRESS = re.compile(r"(?i)(?:0x[0-9a-f]+|\d{1,3}(?:\.\d{1,3}){3}|\[?[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}\]?)"
                              r"(?::\d{1,5})?(?![\w.:])")
BUILDING_WORD = re.compile(r"(?i)\b(?:cottage|house|farm|lodge|court|manor|mansions|villa|tower|towers|heights"
                           r"|apartments|residency|residence|plaza|building|estate|gardens|chambers|barn|mill)$")

# A date with its year is no house number: "DOB 09/12/1961, NHS No. 612" is not a street, a town and a postcode
# (Austrian door numbers "9/2/14" are).
_DATE_NUMBER = re.compile(r"(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-](?:1[89]|20)\d{2}"
                          r"|(?:1[89]|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2})(?!\d)")
_NOT_STREET = re.compile(r"(?i)^(?:windows|version|release|room|table|chapter|section|page|ticket|order|invoice|step"
                         r"|python|level|floor|gate|line|item|page|part|phase|grade|class|year|week|day|no"
                         r"|hr|bp|rr|pr|gcs|spo2|sats|temp|map|cvp|hb|wbc|crp|inr|bmi|wt)\b")  # "HR 110, BP 118/72"


# Street lines of further countries, each anchored on its own street word or shape:
# Turkish neighbourhood and street: "Cumhuriyet Mah. 1203 Sok. No: 5/3", "Atatürk Mahallesi Gül Sokak No 7".
TURKISH_STREET = re.compile(
    rf"(?<![\w-]){_CAP_WORD}(?:[ \t]{_CAP_WORD})?[ \t]Mah(?:\.|allesi)(?:,)?[ \t]"
    rf"(?:\d{{1,5}}|{_CAP_WORD}(?:[ \t]{_CAP_WORD})?)"
    r"[ \t](?:Sok(?:\.|ak|ağı)|Cad(?:\.|de|desi)|Bulvarı|Blv\.)(?:,?[ \t]No[:.]?[ \t]?\d{1,5}[A-Z]?(?:/\d{1,4})?)?"
)
MORE_STREETS = re.compile(
    # Indonesian "Jl. Sultan Agung No. 12" (Jalan, Gang) and the neighbourhood units "RT 02/RW 05".
    r"(?<![\w-])(?:Jl|Jln|Jalan|Gg|Gang)\.?[ \t](?:[A-Z][\w'.-]*[ \t]){1,5}No\.?[ \t]?\d{1,4}[A-Za-z]?(?:/\d{1,4})?"
    r"(?![\w-])"
    r"|(?<![\w-])RT\.?[ \t]?\d{1,3}[ \t]?/[ \t]?RW\.?[ \t]?\d{1,3}(?![\w-])"
    # Colombian "Calle 45 # 23-67", "Carrera 7A # 12B-30", Argentine "Calle 49 N° 812".
    r"|(?<![\w-])(?:Calle|Carrera|Cra\.?|Kra\.?|Cl\.|Avenida|Av\.|Diagonal|Dg\.|Transversal|Tv\.)[ \t]\d{1,3}[A-Z]?"
    r"(?:[ \t]?bis)?[ \t]?(?:#|No\.|N[°º]\.?)[ \t]?(?:\d{1,3}[A-Z]?[ \t]?-[ \t]?\d{1,3}|\d{1,5})(?![\w-])"
    # Hong Kong floors "18/F" and the flat before them ("Flat C, 9/F"); Singapore units "#08-1234".
    # (a bare "62/F" is an age and sex).
    r"|(?<![\w-])(?:Flat|Unit|Room|Rm\.?|Shop)[ \t][A-Z\d]{1,4},[ \t]*\d{1,2}/F(?![\w/-])"
    r"|(?<![\w/-])\d{1,2}/F(?=,[ \t]*(?:Block|Blk|Tower|Wing)[ \t])"
    r"|(?<![\w#-])#\d{2}-\d{2,5}(?![\w-])"
    # Taiwanese "No. 218, Sec. 3, Zhongshan Rd." (lane and alley may come between).
    r"|(?<![\w-])No\.[ \t]?\d{1,4}(?:-\d{1,3})?,[ \t]*(?:(?:Ln|Aly)\.[ \t]?\d{1,4},[ \t]*)*(?:Sec\.[ \t]?\d,[ \t]*)?"
    r"(?:[A-Z][a-z'’]+[ \t]){1,3}(?:Rd|St|Road|Street|Blvd|Ave)\.?"
    # Vietnamese "Số 27 ngõ 68 Cầu Giấy", "Số 5 hẻm 12/3 Lê Lợi".
    r"|(?<![\w-])Số[ \t]\d{1,4}[A-Z]?(?:/\d{1,4})?"
    r"(?:,?[ \t](?:ngõ|ngách|hẻm|kiệt|ngo|hem)[ \t]\d{1,4}(?:/\d{1,4})?){0,3}"
    r"(?:,?[ \t](?:đường|phố|duong|pho))?(?:[ \t][A-ZĐÀ-Ỹ][^\W\d_]*){1,4}"
    # Quebec ordinal streets after the number: "318, 3e Avenue", "12, 1re Rue".
    r"|(?<![\w-])\d{1,5}(?:-\d{1,4})?,?[ \t]\d{1,3}(?:e|er|re)[ \t](?:Avenue|Rue|Rang|Boulevard|Chemin)(?![\w-])"
    # Serbian, Croatian, Bosnian and Slovenian street words that come first: "Bulevar oslobođenja 45/12", "Ulica
    # Kneza Miloša 7, stan 14".
    r"|(?<![\w-])(?:Bulevar|Bul\.|Ulica|Trg|Vulica)(?:[ \t][^\W\d_][\w.'’-]*){1,3}[ \t]\d{1,4}[a-zA-Z]?(?:/\d{1,4})?"
    r"(?:,[ \t]*(?:stan|sprat|ulaz)[ \t]?\d{1,4})?(?![\w-])"
    # Numbered streets of a villa or house line (Gulf and South Asian): "Villa 14, Street 23B".
    r"|(?<=\d,[ \t])Street[ \t]\d{1,3}[A-Z]?(?![\w-])"
    # Saudi national address: the postcode and its 4-digit additional number after the city in capitals
    # ("RIYADH 12345 - 6789"), and the short address "ABCD1234" after its cue.
    r"|(?<=[A-Z]{3}[ \t])\d{5}[ \t]?-[ \t]?\d{4}(?![\w-])"
    r"|(?i:short[ \t]address)[ \t]*:?[ \t]*([A-Z]{4}\d{4})(?![\w-])"
    # Ghana Post digital addresses after their cue ("GhanaPost GPS: GA-123-4567", "digital address ... AK-039-5512").
    r"|(?i:gps|digital[ \t]address)[^\n]{0,12}?\n?[^\n]{0,12}?(?<![\w-])([A-Z]{2}-\d{3,4}-\d{4})(?![\w-])"
    # A postcode after its word and a verb: "fix the postcode to 364024", "zip code is 90210".
    r"|(?i:post(?:al)?[ \t]?code|zip(?:[ \t]?code)?)[ \t](?:to|is|was|of)[ \t](\d{4,6}|\d{5}-\d{4})(?![\w-])"
    # Taiwanese postcodes after the county or city ("Hualien County 973"): 3, 5 or 6 digits, never a 4-digit year.
    r"|(?<![\w-])[A-Z][a-z]+[ \t](?:County|City)[ \t](\d{3}(?:\d{2,3})?)(?![\w-])(?=[ \t]*(?:[.,\n]|$))"
    # Haitian and Latin American house numbers after "#": "Rue Lamarre #23", "Calle Duarte #14".
    r"|(?<![\w-])(?:Rue|Ruelle|Avenue|Av\.|Calle|Route|Impasse)(?:[ \t][A-Z][\w'’-]*){1,3}[ \t]#\d{1,4}[A-Za-z]?"
    r"(?![\w-])"
    # Paraguayan and Argentine corners: "Tte. Fariña 1182 c/ EE.UU.", "Mcal. López 540 c/ Brasil".
    r"|(?<![\w-])(?:[A-Z][\w.'’-]*[ \t]){1,3}\d{1,5}[ \t]c/[ \t]?[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2}"
    # French buildings and floors ("au bâtiment C, 3e étage"), Algerian estates ("Cité 200 Logements, bt 4").
    r"|(?<![\w-])(?:bâtiment|Bâtiment|bât\.|Bât\.)[ \t](?:[A-Z]|\d{1,3})(?![\w-])"
    r"(?:,?[ \t]*\d{1,2}(?:e|er|ème)[ \t]étage)?"
    r"|(?<![\w-])Cité[ \t]\d{1,5}[ \t](?:Logements|Logts?\.?)(?:,[ \t]*(?:bt|bât\.?|bloc)[ \t]?\w{1,3})?"
    # Argentine postcodes in the short form after the town at the end of a line ("La Plata, B1900").
    r"|(?<=[^\W\d_],[ \t])[A-HJ-NP-Z]\d{4}(?=[ \t]*(?:\n|$))"
)
# A postcode after the country at the end of an address block, on a line of its own: "Norway 0150", "Cyprus (Greek)
# 2040", "south africa 4126?" (the sentence may go on after it: "Switzerland 8001 after the concert"). The country
# is kept; a year is no postcode ("Germany 2024").
COUNTRY_POSTCODE = re.compile(
    r"(?m)^[ \t,]*([^\W\d_][^\W\d_ .'-]*(?:[ \t][^\W\d_][^\W\d_.'-]*){0,3})(?:[ \t]\([^()\n]{1,20}\))?[ \t]+"
    r"(?!(?:19|20)\d\d(?!\d))(\d{4,6})(?![\w-])(?=[ \t]*[?.!,]?[ \t]*$|[ \t]+(?:for|in|after|before|by|on|at"
    r"|and|or|please|when|until)\b)"
)


# A street named without a house number in prose, after a word of place ("lives alone on Kingsmere Road", "I dey
# Allen Avenue", "near Al Rigga Road", "vivo en Calle Hidalgo", "on bul. Vitosha") or by a street word of its own
# language ("a Fő utca környékén", "prie Gedimino pr."). Not before a word that makes it a thing ("the Oxford
# Street branch", "Route 9 bus").
_PLACE_WORD = (r"(?:on|in|at|near|along|off|to|from|dey|onto|opposite|past|behind|into|en|na|sur|auf|an|la|el|à|u"
               r"|w|pe|di|ở|lives|live|living|moved|reside|resides)")
_PROSE_SUFFIX = (r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Way|Close|Crescent|Terrace|Boulevard|Blvd|Grove|Place"
                 r"|Court|Parade|Highway|Hwy|Gardens|Mews|Row|Parkway|Pkwy)")
_PROSE_LEAD = (r"(?:Calle|Avenida|Av\.|Rua|Rue|Via|Viale|Corso|Jalan|Jl\.|Jr\.|Jirón|bul\.|ul\.|ulica|ulitsa|Carrera"
               r"|Cra\.|Derech|Rehov|Sharia|Bulevar|bulevar|Boulevard)")
_NOT_A_STREET_AFTER = (r"(?![ \t]+(?i:branch|store|shop|station|project|office|bus|line|stop|market|campus|site"
                       r"|location|depot|collection|edition|tote|bakery|deli|clinic|hospital|surgery|practice|team|tube)\b)")
PROSE_STREET = re.compile(
    rf"(?<![\w-]){_PLACE_WORD}[ \t]+(?:the[ \t]+)?"
    rf"((?:(?:[A-Z][\w'’.-]*|Al-[A-Z][\w'’-]*)[ \t]){{1,3}}{_PROSE_SUFFIX}\.?(?![\w-])"
    rf"|{_PROSE_LEAD}[ \t](?:[A-Z][\w'’.-]*|\d{{1,3}}[A-Z]?)(?:[ \t](?:(?:de|del|la|los|las|da|do|dos|di|des|du)[ \t])?"
    rf"[A-Z][\w'’.-]*){{0,2}}(?![\w-]))" + _NOT_A_STREET_AFTER
)
# A street without a number counts where its line speaks of a person ("she lives on ...", "my cousin ... near ..."):
# "The clinic on Victoria Street opens at nine" names a place of business.
_PERSONAL = re.compile(r"(?i)\b(?:i|me|my|we|our|us|you|your|she|he|her|his|him|they|their|them|lives?|living|lived"
                       r"|moved|staying|stays|home|flat|house|apartment|address|vivo|vive|mora|moro|wohnt|habite|dey"
                       r"|son|daughter|wife|husband|mum|mom|dad|cousin|tenant|patient|customer|client)\b|['’]s\b")
LOCAL_STREET = re.compile(r"(?<![\w-])((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*[ \t]){1,2}(?:utca|út|körút|iela|prospektas|pr\.|gatvė"
                          r"|ulice|náměstí|třída))(?![\w-])")


# A postcode cell of a person's row in a list without a header ("1,Suresh Chandra Patil,98220 61453,413512,Latur"):
# 4 to 6 digits next to a town cell, in a row that also holds a name cell and a phone number; not the first cell
# (a row number or an order number).
_ROW_CELL_NAME = re.compile(r"^[A-ZÀ-Þ][\w'’.-]+,?[ \t]+[A-ZÀ-Þ][\w'’.-]+")
_ROW_CELL_PHONE = re.compile(r"^\+?[\d ()-]{9,18}$")
_ROW_CELL_TOWN = re.compile(r"^[A-ZÀ-Þ][^\W\d_]+(?:[ -][A-ZÀ-Þ][^\W\d_]+)?$")


def _row_postcodes(text: str) -> Iterator[tuple[int, int, float]]:
    offset = 0
    for line in text.split("\n"):
        delimiter = next((d for d in (",", ";", "\t", "|") if line.count(d) >= 3), None)
        if delimiter is not None:
            cells, position = [], offset
            for cell in _split_cells(line, delimiter):
                cells.append((position, cell))
                position += len(cell) + 1
            values = [cell.strip().strip('"').strip() for _, cell in cells]
            if any(_ROW_CELL_NAME.match(v) for v in values) and any(
                    _ROW_CELL_PHONE.match(v) and sum(ch.isdigit() for ch in v) >= 8 for v in values):
                for index in range(1, len(values)):
                    value = values[index]
                    if re.fullmatch(r"\d{4,6}", value) and any(
                            0 <= j < len(values) and _ROW_CELL_TOWN.match(values[j]) for j in (index - 1, index + 1)):
                        start = cells[index][0] + cells[index][1].index(value)
                        yield start, start + len(value), 0.6
        offset += len(line) + 1


def address_finder() -> Callable[[str], Iterator[tuple[int, int, float]]]:
    """A finder (text -> (start, end, score) spans) for street lines and postcodes placed as in an address."""

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for match in NUMBER_AFTER.finditer(text):
            if _NOT_STREET.match(match.group(1)) or _DATE_NUMBER.search(match.group(1)):
                continue
            yield match.start(1), match.end(1), 0.7
            group = 2 if match.group(2) else 3
            yield match.start(group), match.end(group), 0.7
        for match in NUMBER_FIRST.finditer(text):
            yield match.start(1), match.end(1), 0.7
            group = 2 if match.group(2) else 3
            yield match.start(group), match.end(group), 0.7
        for pattern in (BOX, SECTOR, CYRILLIC_STREET):
            for match in pattern.finditer(text):
                yield match.start(), match.end(), 0.7
                tail = _TAIL.match(text, match.end())
                if tail:
                    yield tail.start(1), tail.end(1), 0.7
                elif pattern is CYRILLIC_STREET:
                    tail = _CYRILLIC_TOWN_POSTCODE.match(text, match.end())
                    if tail:
                        yield tail.start(1), tail.end(1), 0.7
        for match in MORE_STREETS.finditer(text):
            group = next((g for g in (1, 2, 3, 4) if match.group(g)), 0)
            yield match.start(group), match.end(group), 0.7
        for match in CYRILLIC_POSTCODE.finditer(text):
            yield match.start(), match.end(), 0.7
        for match in COUNTRY_POSTCODE.finditer(text):
            if is_large_area(match.group(1)):
                yield match.start(2), match.end(2), 0.7
        for pattern in (TURKISH_STREET, ASIAN_STREET, CJK_STREET, NUMBER_WORD_STREET, NUMBERED_STREET_BEFORE,
                        HU_STREET, RO_STREET,
                        SUFFIX_STREET, NUMBERED_HOUSE_STREET, GREEK_STREET, NUMBERED_WITH_UNIT):
            for match in pattern.finditer(text):
                yield match.start(), match.end(), 0.7
        for match in PROSE_STREET.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            if _PERSONAL.search(text, line_start, line_end if line_end >= 0 else len(text)):
                yield match.start(1), match.end(1), 0.6
        for match in LOCAL_STREET.finditer(text):
            yield match.start(1), match.end(1), 0.6
        if text.count(",") >= 3 or text.count(";") >= 3 or text.count("\t") >= 3 or text.count("|") >= 3:
            yield from _row_postcodes(text)
        for match in LOWER_STREET.finditer(text):
            yield match.start(), match.end(), 0.7
            following = LOWER_POSTCODE.search(text, match.end(), match.end() + 40)
            if following and "\n\n" not in text[match.end():following.start()]:
                yield following.start(), following.end(), 0.7
        for start, end in _row_cells(text):
            yield start, end, 0.7
        for match in STRONG_POSTCODE.finditer(text):
            group = 1 if match.group(1) else 0
            yield match.start(group), match.end(group), 0.7
        for match in ADDRESS_FIELD.finditer(text):
            value = re.split(r"[ \t]{2,}|\t", match.group(1))[0].rstrip(" .")  # a form's next field ends it
            if _MACHINE_ADDRESS.match(value):
                continue
            if any(ch.isdigit() for ch in value) or BUILDING_WORD.search(value):
                yield match.start(1), match.start(1) + len(value), 0.7
        for match in LOGFMT_FIELD.finditer(text):
            group = next(g for g in (2, 3, 4) if match.group(g) is not None)
            value = match.group(group).strip()
            if value and (_LOGFMT_STREET if match.group(1) else _LOGFMT_POSTCODE).fullmatch(value):
                lead = match.group(group).index(value)
                yield match.start(group) + lead, match.start(group) + lead + len(value), 0.7

    return find
