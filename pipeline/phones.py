"""Phone numbers that no international format rule can tell from other numbers: after a phone cue ("Phone: 9761
1722", "unter 61 12 61", "Tel. 96 277723"), before a label ("31 75 62 office"), in SIP URIs and dial strings, in
national shapes of their own ("(21) 98765-4321", "98123 45678"), and as local numbers written in three to five
groups of digits ("11 4823-1947", "8 612 93 377").

presidio's phone recognizer (libphonenumber) finds numbers with a country code or a national trunk prefix; these
patterns find the rest by their cue or their shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

# A phone cue, then 6-15 digits in groups: local numbers without a trunk prefix that no format rule can tell
# from other numbers ("Phone: 456 0665", "my number is 768 478 173", "ruft Sie unter (26) 472-899 an", "call me at
# 41-27-63-58", "not answering at 8842 1170", "messages to 614 209 337", "on my registered 48 213 76 50").
PHONE_CUED = re.compile(
    # CJK cues follow a CJK word with no word boundary between them ("联系电话：138 ...").
    r"(?i)(?:\b|(?<=[\u3040-\u9fff\uac00-\ud7af])(?=[电手電携전휴]))"
    r"(?:phone|tel|telephone|mobile|mob|cell|fax|my number is|number is|reach me (?:on|at)"
    r"|(?:call|ring|text|dial|phone|sms|whatsapp)(?:[ \t](?:me|us|him|her|them))?(?:[ \t](?:at|on))?"
    r"|(?:reach|contact)[ \t](?:me|us|him|her|them)[ \t](?:at|on)|(?:answering|reachable|available)[ \t](?:at|on)"
    r"|(?:messages?|texts?|sms|calls?)[ \t](?:to|from)|my[ \t]registered(?:[ \t](?:mobile|phone|number))?"
    r"|telefon|telefonnummer|handy|mobil|unter|numéro|portable|téléphone|teléfono|móvil|telefono|cellulare"
    r"|telefoon|puhelin|tlf|celular|cel|telefone|fone|contato|contacto|whatsapp|gsm|mobiel"
    # A bare "contact" or "número" before the number ("Contact 9127 4410", "mi número es 611 20 33 44").
    r"|contact|(?:n[úu]mero|number)[ \t](?:es|é|is)|电话|手机|電話|手機|携帯|전화|휴대폰"
    # Spanish requests to call ("que la llamen al 600 ...", "llámame al ...").
    r"|ll[aá]m(?:e|en|ar|ame|enme|eme)[ \t](?:al|a este)|marcar al)\.?"
    r"(?:[ \t]*(?:no|nr|number|num|号码|番号|번호)\.?)?"
    # A verb between the cue and the number: "su cel sigue siendo 7...", "her mobile is still ...".
    r"(?:[ \t]+(?:sigue[ \t]siendo|es|era|is(?:[ \t]still)?|was|still))?[ \t]*[:.：=]?[ \t]*"
    r"(\+?\(?\d{1,4}\)?(?:[ \t.-]?\(?\d{2,5}\)?){1,4})(?![\w-])"
)
# A number with its label after it, at the end of a line or field: "31 75 62 office", "0612 44 90 18-Fax".
PHONE_LABELLED = re.compile(
    r"(?i)(?<![\w+/.-])(\+?\(?\d{1,4}\)?(?:[ \t.-]?\(?\d{2,5}\)?){1,4}(?:[ \t]?(?:x|ext\.?)[ \t]?\d{1,5})?)"
    r"[ \t]*-?[ \t]*\(?(?:office|fax|mobile|cell|home|work|desk|landline|phone|tel)\)?\.?(?=[ \t]*(?:[\n,;]|$))"
)
# A date after the cue is no phone ("call me on 12.05.2031", "messages from 2031-05-12").
_DATE_SHAPE = re.compile(r"\(?\d{4}[-./]\d{1,2}[-./]\d{1,2}\)?|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}")


# Phone numbers of a SIP or tel URI: "sip:+4930123456@pbx", "<tel:+1-212-555-0100>".
PHONE_URI = re.compile(r"(?i)(?<![\w.-])(?:sips?|tel):(\+?\d[\d-]{5,18}\d)(?=[@;>\s\"',]|$)"
                       # The number of an Asterisk dial string: Dial("SIP/trunk/0049301234567").
                       r"|(?<![\w/])(?:SIP|PJSIP|IAX2|DAHDI)/[\w.-]{1,30}/(\+?\d{6,15})(?![\w-])")
# National formats with a shape of their own: Brazilian "(21) 98765-4321" (area code in brackets, 4 or 5 digits, a
# dash, 4 digits), Indian mobiles "98123 45678" (five and five, the first 6-9).
# Spanish numbers grouped 3-2-2-2 ("612 34 56 78", mobiles 6/7, landlines 8/9); Singapore and Hong Kong 8-digit numbers
# grouped 4-4 ("9123 4567") after a name and a comma, at the end of a line or before the next comma.
PHONE_NATIONAL = re.compile(r"(?<![\w+/.-])(?:\(\d{2}\)[ \t]?9?\d{4}-\d{4}|[6-9]\d{4}[ \t]\d{5}"
                            r"|[6-9]\d{2}[ \t]\d{2}[ \t]\d{2}[ \t]\d{2}"
                            # Peruvian mobiles 9XX XXX XXX, in brackets after a name: "(987 654 321)".
                            r"|(?<=\()9\d{2}[ \t]\d{3}[ \t]\d{3}(?=\))"
                            r"|(?<=[^\W\d_],[ \t])[3689]\d{3}[ \t]\d{4}(?=[ \t]*(?:,|\n|$)))(?![\w-]|[.,/]\d)")


# Three to five groups of digits, 8 to 12 digits in all, single spaces or dashes between them: how people write
# local numbers of most countries ("11 4823-1947", "987 220 416", "06 1 234 5678", "8 612 93 377"). Without a
# cue: dates, amounts, and references after their own cue ("part no. 0800-555-210") are left alone.
PHONE_GROUPED = re.compile(r"(?<![\w+/.,:#-])(\(?\d{1,4}\)?(?:[ -]\d{1,4}){2,4})(?![\w-]|[.,/:]\d)")
_GROUPED_NOT_PHONE = re.compile(
    r"(?i)(?:order|invoice|ticket|ref|reference|case|part|item|sku|serial|model|version|build|po|account|acct|iban"
    r"|policy|claim|booking|tracking|job|id|no|nr|number|isbn|page|pages|pp|room|flight|batch|lot)\.?[ \t]*[:#]?[ \t]*$"
    r"|[$€£¥₹]|\b(?:eur|usd|gbp|chf|sek|nok|dkk|pln|czk|huf|kr|zł|rs|inr)\.?[ \t]*$")
_AFTER_NOT_PHONE = re.compile(r"(?i)[ \t]*(?:[$€£¥₹%]|(?:eur|usd|gbp|chf|sek|nok|dkk|pln|czk|huf|kr|zł|km|kg|mm|cm|m|ft"
                              r"|lbs?|units?|pcs|items|records|rows|users|bytes|kb|mb|gb|tb)\b)")
_LAST_GROUP = re.compile(r"\d{3,4}$")
# A number grouped in thousands after a word of quantity is an amount ("between 123 456 789 and ...").
_THOUSANDS = re.compile(r"\d{1,3}(?: \d{3})+")
_QUANTITY_BEFORE = re.compile(r"(?i)\b(?:between|from|to|and|of|about|around|approx|over|under|than|total|sum"
                              r"|amount|nearly|almost|est|population|exactly|some)\.?[ \t]*$")
_SPACED_DATE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])[ -](?:0?[1-9]|1[0-2])[ -](?:19|20)\d{2}"
                          r"|(?:19|20)\d{2}[ -]\d{1,2}[ -]\d{1,2}")


def _grouped_phones(text: str) -> Iterator[tuple[int, int, float]]:
    for match in PHONE_GROUPED.finditer(text):
        value = match.group(1)
        digits = sum(ch.isdigit() for ch in value)
        if not 8 <= digits <= 12 or not _LAST_GROUP.search(value) or _DATE_SHAPE.fullmatch(value) \
                or _SPACED_DATE.fullmatch(value) \
                or ("-" in value and " " in value.replace(" -", "").replace("- ", "") and value.count("-") > 1):
            continue
        if _THOUSANDS.fullmatch(value) and _QUANTITY_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue
        if _GROUPED_NOT_PHONE.search(text, max(0, match.start() - 24), match.start()) \
                or _AFTER_NOT_PHONE.match(text, match.end()):
            continue
        yield match.start(1), match.end(1), 0.5


def phone_cue_finder() -> Callable[[str], Iterator[tuple[int, int, float]]]:
    """A finder for phone numbers after a phone cue (see PHONE_CUED) or before a label (PHONE_LABELLED): 6 to 15
    digits; and those of a SIP URI or of a national format (PHONE_URI, PHONE_NATIONAL)."""

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for match in PHONE_URI.finditer(text):
            group = 1 if match.group(1) else 2
            yield match.start(group), match.end(group), 0.7
        for match in PHONE_NATIONAL.finditer(text):
            yield match.start(), match.end(), 0.6
        cued = set()
        for pattern in (PHONE_CUED, PHONE_LABELLED):
            for match in pattern.finditer(text):
                value = match.group(1)
                digits = sum(ch.isdigit() for ch in value)
                if 6 <= digits <= 15 and not _DATE_SHAPE.fullmatch(value):
                    cued.add(match.start(1))
                    yield match.start(1), match.end(1), 0.7
        if sum(ch.isdigit() for ch in text) >= 8:
            yield from (span for span in _grouped_phones(text) if span[0] not in cued)

    return find
