"""The whole value of an address label: every part of "Address: Flat 3B, Sai Krupa Residency, 14 Kamarajar Salai,
Velachery, Chennai 600042" or "Location: Wing C, 4th Floor, ..., Baner Road, Pune 411045".

Shape rules (pipeline/contacts.py) find street lines by a house number and a street word of their country; many
lines have neither where a user's data has them: Indian, Pakistani and Bangladeshi lines name a wing, a sector, a
block or a housing society, and the road has no number ("Baner Road", "Kamarajar Salai"). After a label that says
"address", the comma chain up to the end of the line or sentence is one address, so each of its parts with a
number or an address word is taken; states and countries (Safe Harbor keeps them) and bare town names stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from pipeline.geography import is_large_area

# Labels and phrases that open an address in several languages ("Residence:", "lives at", "ship to", "地址：").
_LABEL = re.compile(
    r"(?im)(?:^|(?<=[\s(|;]))(?:(?:home|postal|billing|shipping|delivery|residential|mailing|permanent|current"
    r"|new|old|office|shop|site|correspondence)[ \t])?(?:address|addr|residence|location|premises|domicile"
    r"|adresse|anschrift|adres|adresa|dirección|direccion|domicilio|morada|endereço|indirizzo|lakcím|cím|osoite"
    r"|địa chỉ)(?:[ \t]*[:：=-]|[ \t]+(?:to|is|as|now)\b|(?=[ \t]+\d))[ \t]*"
    r"|(?:lives?|living|resides|residing|staying|moved|moving|relocated|relocating|delivery|deliver|ship|shipped"
    r"|send)[ \t](?:at|to|off|in|on)[ \t]+(?:the[ \t]+(?:north|south|east|west)[ \t]+(?:side|end)[ \t]+of[ \t]+)?"
    r"|(?:office|shop|site|premises)[ \t]*:[ \t]*|(?:地址|住所|住址)[：:][ \t]*"
)
# Every label and phrase of _LABEL contains one of these (lower case).
_LABEL_HINTS = ("addr", "resid", "locat", "premis", "domic", "adres", "anschrift", "direcc", "morada", "endere",
                "indiriz", "cím", "osoite", "địa", "live", "living", "stay", "moved", "moving", "reloc", "deliver",
                "ship", "send", "office", "shop", "site", "地址", "住所", "住址")
# A street corner: "the corner of Vabaduse 21 St. and Zinovy Glens St." (both streets).
_CORNER = re.compile(r"(?i:\bcorner[ \t]+of)[ \t]+([^,;\n]{3,50}?)[ \t]+(?:and|&)[ \t]+([^,;\n]{3,50}?)"
                     r"(?=[ \t]*(?:[,;\n]|\.(?:[ \t]|$)|$))")
# One part of the chain: up to a comma, a sentence end or the line's end.
# (A full stop after an abbreviation, "House No. 12", "Cumhuriyet Mah. 1203 Sok.", ends no part.)
_ABBREVIATED = "".join(rf"(?<!\b{word})" for word in ("No", "no", "St", "Rd", "Dr", "Mah", "Sok", "Cad", "Jl", "Blk"))
_PART = re.compile(rf"[ \t]*([^,;\n]{{1,60}}?)[ \t]*(?=,|;|{_ABBREVIATED}\.(?:[ \t]|$)|\n|$)")
# Words that make a part an address part without a number.
_ADDRESS_WORD = re.compile(
    r"(?i)\b(?:road|rd|street|st|lane|ln|avenue|ave|drive|dr|way|close|crescent|court|ct|place|pl|terrace|boulevard"
    r"|blvd|square|sq|parade|row|walk|mews|grove|highway|hwy|circle|trail|creek|marg|salai|nagar|colony|layout|stage|phase|sector|block|blk"
    r"|wing|floor|tower|towers|building|bldg|residency|residence|heights|apartments?|chs|society|enclave|park"
    r"|plaza|house|villa|flat|suite|unit|estate|gardens|mah|mahallesi|sok|sokak|cad|caddesi|bulvar[ıi]|út|utca"
    r"|tér|körút|jl|jalan|gang|soi|thanon|ngõ|hẻm|đường|phố|calle|rua|avenida|via|rue|straße|strasse|str|weg"
    r"|gasse|platz|allee|laan|straat|gracht|plein|purok|barangay|brgy|woreda|kebele|house no|plot|survey no)\b\.?"
)


# A line (or sentence) of three or more comma-separated parts that ends with a town and its postcode is an address
# too, label or not: "B-1203, Shanti Vihar CHS, Film City Road, Goregaon East, Mumbai 400065".
_POSTCODE_END = re.compile(
    r"(?m)(?:^|(?<=[:;.]\s)|(?<=\bat\s)|(?<=\bto\s))[ \t]*(?=[^\n]{0,200}?,[^\n]{0,200}?,)([^\n;]{5,200}?),"
    r"[ \t]*(?:[A-Z][\w'’-]+[ \t]){1,3}(?:[1-9]\d{5}|\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2})"
    r"[ \t]*[.;]?[ \t]*$"
)
_LEAD = re.compile(r"[^,\n:：]{0,40}[:：][ \t]*|(?:[A-Za-z]+[ \t]+){1,6}(?=\d)")
_TIME_OR_DATE = re.compile(r"(?i)[\d\s:/.-]+(?:am|pm)?")  # "Location: 10:30" names no place
# German floors and back buildings: "Hinterhaus, 3. OG", "im 2. Stock"; Indian/US form fields "Apt. no.: 14B".
_FLOOR = re.compile(r"(?<![\w-])(?:(?:Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus|Hinterhof)"
                    r"(?:,[ \t]*\d{1,2}\.[ \t]?OG)?"
                    r"|\d{1,2}\.[ \t]?(?:OG|Obergeschoss|Stock|Etage))(?![\w-])"
                    r"|(?i:\b(?:apt|apartment|flat|unit|suite)\.?[ \t]?(?:no\.?|#|number)?[ \t]*[:：][ \t]*)"
                    r"(\w{1,6}\b)")


def label_chain_finder() -> Callable[[str], Iterator[tuple[int, int, float]]]:
    """A finder (text -> (start, end, score) spans) for the parts of an address label's value."""

    def parts(text: str, position: int, limit: int) -> Iterator[tuple[int, int, float]]:
        """The comma-separated parts from `position` to `limit` that hold a number or an address word."""
        for _ in range(8):
            part = _PART.match(text, position, limit)
            if part is None or not part.group(1):
                break
            value = part.group(1).rstrip(" .")
            digits = any(ch.isdigit() for ch in value)
            # (a part of six words or more is prose: "Our offices are located at 12 ...")
            if value and not is_large_area(value) and (digits or _ADDRESS_WORD.search(value)) \
                    and not _TIME_OR_DATE.fullmatch(value) and len(value.split()) <= 6 \
                    and (digits or value[0].isupper()):  # "Address: see the Way forward section" is prose
                yield part.start(1), part.start(1) + len(value), 0.7
            position = part.end()
            if position >= limit or text[position] != ",":
                break
            position += 1

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        lower = text.lower()
        if text.count(",") >= 2:
            # The line may open with its label or a verb: "Address: 22 ...", "Lives at 14 ...", "Site visit: ...".
            for match in _POSTCODE_END.finditer(text):
                lead = _LEAD.match(text, match.start(1), match.end(1))
                yield from parts(text, lead.end() if lead else match.start(1), match.end(1))
        for match in _FLOOR.finditer(text):
            group = 1 if match.group(1) else 0
            if group == 0 or any(ch.isdigit() for ch in match.group(1)):
                yield match.start(group), match.end(group), 0.7
        if any(hint in lower for hint in _LABEL_HINTS):  # cheap substring tests before the label alternation
            for label in _LABEL.finditer(text):
                yield from parts(text, label.end(), len(text))
        if "corner" not in lower:
            return
        for match in _CORNER.finditer(text):
            for group in (1, 2):
                value = match.group(group)
                if any(ch.isupper() or ch.isdigit() for ch in value) and len(value.split()) <= 5:
                    yield match.start(group), match.end(group), 0.7

    return find
