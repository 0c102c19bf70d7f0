"""PERSON signals from one name's context: a possessive of a personal thing, a verb of doing after it, an imperative
or a handing verb before it ("ask Tevita", "send it to Nasrin"), a role or relation with the name in brackets, a
user name in a log line, a listed given name alone and capitalised, lower-case given names in chats, ward lists and
"Name, 82M" lines. The layout rules (fields, columns, CJK cells, handles) live in pipeline/name_fields.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.name_chat import SIGN_OFF_WORDS
from pipeline.name_lists import FOREIGN_STOP_WORDS, NameLists
from pipeline.names import (
    _CAP,
    _GREETING_WORDS,
    _NOT_ADDRESSEES,
    _TITLE_WORDS,
    _UPPER,
    _WORD,
    PARTICLES,
    SCORE,
    TITLES,
    Finder,
    _acronym,
    _fold,
    lower_case_text,
)

# --- one name by its context ------------------------------------------------------------------------------------
# What a person has: "Itamar's mobile", "Yeoward's line manager" (a capitalised non-word before 's and such a noun).
_POSSESSIVE = re.compile(
    rf"(?<![\w'’-])({_CAP})['’]s[ \t]+(?:(?:line|new|old|own|current|personal|private|home|work|mobile|cell)[ \t]+)?"
    r"(?:mobile|phone|number|cell|email|e-mail|address|flat|house|home|car|wife|husband|partner|son|daughter|mother"
    r"|father|brother|sister|child|children|kids|family|parents|mum|mom|dad|manager|assistant|boss|colleague|team"
    r"|office|desk|diary|calendar|account|card|appointment|birthday|salary|contract|file|record|records|case|claim"
    r"|request|visit|doctor|gp|lawyer|landlord|tenant|application|passport|details|surgery|referral|medication"
    r"|leave|shift|laptop|login|password)\b"
)
# Who did what: "Tamsin met all objectives", "Shirin books his diary" (one capitalised non-word, then a verb).
_ONE_NAME_VERB = re.compile(
    rf"(?:(?<=[a-zß-ÿ,;:.!?] )|(?<=^)|(?<=\n)|(?<=- ))({_CAP})(?=[ \t]+(?:called|rang|phoned|emailed|wrote|said"
    r"|says|reported|reports|asked|asks|complained|confirmed|requested|visited|arrived|joined|moved|paid|prefers"
    r"|wants|needs|agreed|declined|mentioned|replied|signed|collected|met|meets|books|booked|thinks|thought|feels"
    r"|felt|lives|lived|works|worked|left|took|gave|told|sent|shared|finished|fixed|started|pairing|drives|drove"
    r"|began|studied|grew|shouted|yelled|whispered|smiled|laughed|cried|married|died|retired|resigned"
    r"|will[ \t]+(?:send|call|sign|share|check|review|update|write|bring|join|confirm|circulate|follow))\b)"
)
# Imperatives that name someone: "Contact Bence at 06 30 ...", "call Kirra on ...", "ask Tevita about the keys".
_ASK_NAME = re.compile(
    rf"(?i:\b(?:contact|call|ring|text|phone|email|e-mail|message|ask(?:ed)?|remind(?:ed)?|thank(?:ed)?"
    rf"|ping(?:ed)?|tell|told|cc(?:'d)?|loop(?:ed)?[ \t]in|shout-?out[ \t]to))[ \t]+({_CAP})"
    r"(?=[ \t]+(?:at|on|via|about|for|if|when|before|after|to|by)\b|[,.;!?]|['’]s\b)"
)
# Whom something goes to: "can you send it to Nasrin too", "escalated to Oyelaran", "spoke to Thandeka". Verbs
# that also move goods ("send", "pass") need their object first: "sent to Kraków" names a place.
_TO_PERSON = re.compile(
    r"(?i:\b(?:(?:send|sent|forward(?:ed)?|pass(?:ed)?|hand(?:ed)?|give|gave|show(?:ed)?|copy|copied|assign(?:ed)?"
    r"|escalate(?:d)?|delegate(?:d)?)[ \t]+(?:it|this|that|them|these|those|everything|the[ \t]+\w+|a[ \t]+\w+)"
    r"(?:[ \t]+(?:over|back|along|on))?|(?:talk(?:ed)?|speak|spoke|spoken|reply|replied|write|wrote|written"
    r"|explain(?:ed)?|mention(?:ed)?|introduce(?:d)?|escalated|assigned|reassigned|handed[ \t]+(?:it[ \t]+)?over"
    r"|passed[ \t]+(?:it[ \t]+)?on|forwarded|delegated|apologi[sz]ed|chatted|listened|reached[ \t]+out))[ \t]+to)"
    rf"[ \t]+({_CAP})(?![\w'’-])"
)
# A role, then the person in brackets: "Support (Hope) asked for my email", "Front desk (Rich) called me".
# Roles and relations whose person may follow in brackets; the brackets are searched first and the word before them
# looked up (an alternation of these words tried at every position was the costliest person pattern).
_BRACKET_ROLES = frozenset({"support", "desk", "reception", "receptionist", "agent", "advisor", "adviser", "rep",
                           "nurse", "driver", "host", "manager", "technician", "tech", "engineer", "cashier",
                           "waiter", "waitress", "server", "staff", "supervisor", "doctor", "dentist", "hygienist",
                           "pharmacist", "courier", "cleaner", "concierge", "caretaker", "coordinator", "consultant",
                           "guide", "instructor", "trainer", "teacher", "therapist", "carer", "midwife", "porter",
                           "attendant", "operator", "officer", "clerk", "auditor", "auditors", "mum", "mom",
                           "mother", "dad", "father", "son", "daughter", "wife", "husband", "partner", "brother",
                           "sister", "aunt", "uncle", "grandma", "grandpa", "nan", "gran", "cousin", "friend",
                           "neighbour", "neighbor", "guardian", "child", "livreur", "livreuse", "chauffeur",
                           "conseiller", "conseillère", "vendeur", "vendeuse", "infirmier", "infirmière", "médecin",
                           "repartidor", "conductor", "vendedor", "vendedora", "enfermero", "enfermera", "técnico",
                           "motorista", "entregador", "fahrer", "fahrerin", "kurier"})
_ROLE_BRACKET = re.compile(rf"\(({_CAP})(?=\)|[ \t]+and[ \t])")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*$")
_SEASONS = frozenset({"summer", "winter", "autumn", "spring", "fall"})  # "Summer arrived early"
# A person and their team: "Sunny from billing confirmed", "Priya from accounts", "Drew from the Leeds office".
_FROM_TEAM = re.compile(
    rf"(?<![\w'’-])({_CAP})[ \t]+(?:from|in|at)[ \t]+(?:the[ \t]+)?(?:[\w&-]+[ \t]+)?(?i:billing|support|accounts"
    r"|finance|payroll|hr|it|sales|marketing|legal|compliance|reception|admin|operations|ops|dispatch|logistics|claims"
    r"|customer[ \t]service|helpdesk|service[ \t]desk|procurement|facilities|security|engineering|team|office"
    r"|branch|desk|department|dept|counter|reception|till|store|shop|pharmacy|clinic|surgery)\b"
)
# An action item: "Next step: Pilar to send the contract", "Drew to send pricing", "Action: Chidi to chase".
_ACTION_ITEM = re.compile(
    rf"(?:^|(?<=[:;.\n\-•*]\s)|(?<=\n)|(?<=:))[ \t]*({_CAP})"
    r"(?=[ \t]+to[ \t]+(?:send|call|check|review|follow|update|book|confirm|draft|share|chase|arrange|contact|email"
    r"|e-mail|prepare|visit|organi[sz]e|circulate|sign|speak|schedule"
    r"|fix|investigate|reply|provide|collect|raise|escalate|ring|brief|write|submit|order|cover|test|deploy|intro"
    r"|introduce)\b)"
)
# Teams and roles that take action items too ("Sales to review the plan"); "sales" is also a listed name.
_TEAM_WORDS = frozenset({"sales", "support", "marketing", "finance", "legal", "hr", "it", "ops", "board", "team",
                         "management", "admin", "everyone", "all", "accounts", "billing", "payroll", "security",
                         "facilities", "procurement", "engineering", "product", "design", "dev", "qa", "client",
                         "customer", "supplier", "vendor", "landlord", "tenant", "council", "school", "bank"})
# A name right before a phone number in a contact line: "call Shane 0423 519 870 or Kylie 0438 102 664".
_NAME_BEFORE_PHONE = re.compile(rf"(?<![\w'’-])({_CAP})[ \t]+(?:on[ \t]+)?(?=\+?\(?\d[\d \t().-]{{7,16}}\d(?![\d.]))")
# A user name with digits after a preposition: "sold to markyboy88", "thanks to dj_kemi99".
_LOWER_HANDLE = re.compile(r"(?i:\b(?:to|by|from|with|for|thanks))[ \t]+([a-z][a-z_.]{2,20}\d{1,4})(?![\w.@-])")
# A device named after its owner: "iPhone-de-Aurélie", "MacBook-de-Guillermo", "Thanakorn-iPhone".
_DEVICE_OWNER = re.compile(rf"\b(?:iPhone|iPad|MacBook(?:-Pro|-Air)?|Galaxy|Pixel|Laptop|PC)-(?:de-|di-|van-|von-|da-)?"
                           rf"({_CAP})"
                           rf"|\b({_CAP})s?-(?:iPhone|iPad|MacBook|Laptop|PC|Phone|Pixel|Galaxy)\b")
# A full name right before its phone number: "Oui – Fanja Razafindrakoto, 034 18 207 64".
_FULL_NAME_BEFORE_PHONE = re.compile(rf"(?<![\w'’-])({_CAP}[ \t]{_CAP})"
                                     r"(?=,?[ \t]+\+?\(?\d[\d \t().-]{7,16}\d(?![\d.]))")
# A nickname quoted in brackets after a full name: "Adewale Ogundipe (‘Wale’)".
_BRACKET_NICKNAME = re.compile(rf"\([ \t]*[‘'\"“]({_CAP})[’'\"”][ \t]*\)")
# A quoted name after "called" or "named": 'a manager called “Crystal”'.
_QUOTED_NAME = re.compile(rf"(?i:\b(?:called|named|goes[ \t]by|call(?:s|ed)[ \t](?:herself|himself|themselv\w+)))"
                          rf"[ \t]+"
                          rf"[“\"‘']({_CAP})[”\"’']")
# An unknown word after such a verb is a person only when a number follows ("Contact Bence at 06 30 ..."): "ask
# Skatteverket when in doubt" names an agency.
_AT_NUMBER = re.compile(r"[ \t]+(?:at|on)[ \t]+[+(]?\d")
# Log lines that name a user: "/home/rkhadka", "Accepted publickey for akinyi from", "user=mbeki".
_LOG_USER = re.compile(
    r"(?:(?<![\w.])(?:/home/|/Users/|C:\\Users\\)"
    r"|\b(?:Accepted|Failed|Invalid)[ \t]+(?:password|publickey|keyboard-interactive/pam|none)[ \t]+for[ \t]+"
    r"(?:invalid[ \t]+user[ \t]+)?|\binvalid[ \t]+user[ \t]+|\bsession[ \t]+(?:opened|closed)[ \t]+for[ \t]+user[ \t]+"
    r"|\b(?:user|ruser|euser|acct|login|uid=\d+\()[=:][ \t]*"
    # Windows security events, access logs ("10.0.0.7 - wkamau [11/Apr/2024:..."), actor/owner keys
    r"|\b(?:TargetUserName|SubjectUserName|AccountName|UserName|userName|username|user_name|actor|owner|"
    r"assignee|author|requester|employee|principal|login_name)[=:][ \t]*\"?"
    r"|(?m:^)[\d.:a-fA-F]{7,39}[ \t]+-[ \t]+(?=[a-z][a-z0-9._-]{1,31}[ \t]+\[))"
    r"([a-z][a-z0-9._-]{1,31})(?=[ \t)/\\,;\"]|$)"
)
_SYSTEM_USERS = frozenset({
    "root", "admin", "administrator", "nobody", "daemon", "www-data", "www", "postgres", "mysql", "git", "ubuntu",
    "ec2-user", "deploy", "jenkins", "backup", "cron", "sshd", "systemd", "bin", "sys", "mail", "ftp", "guest",
    "test", "user", "service", "svc", "ansible", "docker", "nginx", "apache", "redis", "oracle", "invalid",
})
_LOWER_POSSESSIVE = re.compile(r"(?<![\w'’-])([a-zß-ÿ][^\W\d_]{2,14})['’]s\b")
# Two given names joined by "and": "handovers between Aarav and Zeynep".
_NAME_PAIR = re.compile(rf"(?<![\w'’-])({_CAP})[ \t]+(?:and|&|or)[ \t]+({_CAP})(?![\w'’-])")
# A mail's salutation without a greeting word, alone on its line: "Lettice,".
_BARE_SALUTATION = re.compile(rf"(?m)(?:\A|(?<=\n\n))[ \t]*({_CAP}),[ \t]*\n")
# A mail's last line after a blank line, a name alone: "...\n\nHephzibah" (a signature without a sign-off).
_LAST_LINE_NAME = re.compile(rf"\n[ \t]*\n[ \t]*({_CAP}(?:[ \t]{_CAP}){{0,2}})[ \t]*\Z")
_MAIL = re.compile(r"(?im)^(?:subject|re|from|to|cc|betreff|asunto|objet|onderwerp|ämne)[ \t]*:|^[ \t]*(?:dear|hi|hello"
                   r"|to whom it may concern|good (?:morning|afternoon|evening)|hola|querida|querido|estimad[oa]"
                   r"|bonjour|hallo|hej|hei|ciao|cara|caro)\b")
# A given name, a middle initial without its dot, a surname: "Victor A Rasmussen", "Tomás C Gomes".
_BARE_INITIAL = re.compile(rf"(?<![\w'’-])({_CAP})[ \t]([A-Z])[ \t]({_CAP})(?![\w'’-])")
# A given name from the lists, alone and capitalised: "Why is Habiba so impulsive?", "Kai is very reliable".
_CAPITALISED = re.compile(rf"(?<![\w'’.-])({_CAP}?)(?=['’]s\b|(?![\w'’-]|\.[A-Za-z]))")
# Months and weekdays, whole and short, that are given names too ("Jun", "April", "June", "Augusta" is not).
_CALENDAR = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                       "january", "february", "march", "april", "june", "july", "august", "september", "october",
                       "november", "december", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
                       "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_NAME_NOUN_VERB = re.compile(
    rf"(?<![\w'’.-])({_CAP})(?=['’]s[ \t]+[a-z]|[ \t]+(?:is|was|has|had|says|said|told|asked|shouted|will|would"
    r"|can|could|wants|needs|called|wrote|met|lives|works))"
)
# A patient on a ward list: a name, then age and sex ("Kaimana Nāone 82M", "Akinyi Onyango 34yrs", "67/M").
_AGE_SEX = re.compile(rf"({_CAP}(?:[ \t](?:{_CAP}|{_UPPER})){{1,3}})[ \t,]+\d{{1,3}}[ \t]?(?:/?[MFmf]\b|yrs?\b"
                      r"|y/?o\b|years? old\b|J\.?\b|Jahre\b|ans\b|años\b)")
# A name, then the identifier or birth date of its person: "Tigist Alemayehu, MRN 0731946", "Faith Okonkwo-Reyes,
# DOB 15/05/2001", "Dawit Bekele (DOB 30 Nov 1975)", "Ana Ruiz, NHS No 485 777 3456".
_NAME_BEFORE_ID = re.compile(
    rf"({_CAP}(?:[ \t](?:{_CAP}|{_UPPER})){{1,3}})[ \t]*[,(][ \t]*(?:MRN|DOB|D\.O\.B\.?|d\.o\.b\.?|NHS(?:[ \t]*No\.?)?"
    r"|CHI|NHI|URN?|Hosp(?:ital)?[ \t]*No|born|b\.|née|n[ée]e?[ \t]le|geb\.|date of birth|passport|PPSN|SSN|SIN|NINO"
    r"|NI[ \t]No|personnummer|henkilötunnus|fnr|CPR|BSN|PESEL|NIR|DNI|NIE|CPF|Aadhaar|PAN|TIN|IC|NRIC)(?![\w])"
)
# A login in brackets after its person's name: "Khalid bin Saeed Al-Harthy (kalharthy)", "Ana Ruiz (a.ruiz2)".
_NAME_THEN_LOGIN = re.compile(rf"({_CAP}(?:[ \t](?:[a-z]{{2,3}}[ \t])?{_CAP}){{1,3}})[ \t]*"
                              r"\(([a-z][a-z0-9._-]{2,30})\)")
# A ward or room list: "Bed 4 – Mereana TIPENE, NHI ...", "Cama 16: Inti Huamán, alta", "Zi. 14/2: Hr. Lenz".
_BED_LABEL = re.compile(rf"(?im)^[ \t]*(?:bed|rm|room|cama|lit|bett|zi\.?|zimmer|sala|habitación|chambre|quarto"
                        rf"|bay|cubicle)[ \t]*\d[\w/-]*[ \t]*[-–—:][ \t]*(?-i:(?:(?:{TITLES})\.?[ \t]+)?"
                        rf"({_CAP}(?:[ \t](?:{_CAP}|{_UPPER})){{0,3}}))(?=[ \t]*(?:,|\(|$|[ \t]\d))")
_LOWER_SPEAKER = re.compile(r"(?m)^[ \t]*([a-zß-öø-ÿ][a-zß-öø-ÿ'’-]{1,20}(?:[ \t][a-zß-öø-ÿ][a-zß-öø-ÿ'’-]{1,20}){1,2})"
                            r"[ \t]*:[ \t]")
_UNKNOWN_POSSESSIVE = re.compile(rf"(?<![\w'’.-])({_CAP})(?=['’]s[ \t]+[a-z])")
_LEAD_VOCATIVE = re.compile(rf"(?m)(?:^|(?<=[.!?][ \t]))[ \t]*({_CAP})(?=,[ \t]+[a-z]|:[ \t]+\S)")
_GERMAN = re.compile(r"\b(?:der|die|das|und|nicht|ist|ein|eine|mit|für|den|dem|bei|wir|Sie|zu|auf)\b")
_LOWER_WORD = re.compile(r"(?<![\w'’.@/-])([a-zß-öø-ÿ][^\W\d_]{3,14})(?=['’]s\b|(?![\w'’@-]|\.[A-Za-z]))")
# The person behind a role speaker: "agent (mia): thanks", "Support (Kofi): done".
_SPEAKER_NAME = re.compile(r"(?m)^[ \t]*[A-Za-z][\w.-]{1,20}[ \t]*\(([A-Za-z][\w.-]{1,20})\)[ \t]*:")
# East Slavic given name and patronymic: "Dmitry Vladimirovich", "Svetlana Igorevna", "Oksana Mykolaivna".
_PATRONYMIC = re.compile(rf"(?<![\w'’-])({_CAP}[ \t]+[A-Z][a-z]+(?:ovich|evich|yevich|ich|ovna|evna|yevna|ivna"
                         r"|ichna|ovych|evych|ovič|evič))(?![\w'’-])")
# A chat line: a speaker, then text ("priya: hey", "<hinemoa> restart done", "[18:42] Minh Châu: ok").
_CHAT_LINE = re.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?:<[\w.|-]{2,30}>|[\w.-]{2,30}:)[ \t]")


# Given names that are also demonyms or creeds, capitalised in English as adjectives ("Christian values").
_DEMONYMS = frozenset({"christian", "christiana", "roman", "norman", "dane", "frank", "german", "irish", "scott",
                       "english", "french", "india", "indiana", "israel", "jordan", "georgia", "china", "america",
                       "catholic", "jewel", "sunday", "easter", "christmas", "noel", "king", "queen", "prince",
                       "princess", "duke", "earl", "baron", "major", "general", "judge", "bishop", "pope"})
_TITLE_CASE_WORD = re.compile(r"[A-Z][\w'’-]*")
_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _capitalised_alone(text: str, start: int, end: int) -> bool:
    """Whether the line holding text[start:end] is no Title Case heading (at most half its words capitalised)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    words = _LINE_WORD.findall(text[line_start:line_end if line_end >= 0 else len(text)])
    return sum(bool(_TITLE_CASE_WORD.fullmatch(w)) for w in words) * 2 < len(words)


def _capitalised_mid_sentence(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word text[start:end] stands alone mid-sentence: a lower-case word before it (no
    place preposition), no capitalised word after it, and its line is no Title Case heading."""
    before = re.search(r"([^\W\d_][\w'’-]*)[ \t]+$", text[max(0, start - 30):start])
    if before is None or not before.group(1)[0].islower() or before.group(1) in _PLACE_WORDS:
        return False
    if re.match(r"(?:['’]s)?[ \t]+[A-Z]", text[end:end + 4]):
        return False
    return _capitalised_alone(text, start, end)


_PLACE_WORDS = frozenset({"in", "at", "from", "to", "into", "near", "on", "under", "across", "via", "of", "for",
                          "around", "through", "outside", "inside", "towards", "toward", "visit", "visited",
                          "visiting", "the", "a", "an", "our", "my", "your", "their", "his", "her", "its", "this",
                          "that", "new", "old", "st", "saint", "lake", "mount", "cape", "port", "fort", "san",
                          "santa", "los", "las", "de", "la", "le", "du", "del", "von", "van",
                          # after "and" a word takes its reading from the first item ("Paris and Florence");
                          # coordination with a found name is name_spans._coordinated's
                          "and", "or",
                          # Russian, Ukrainian, Bulgarian place prepositions ("в Москву", "із Львова")
                          "в", "во", "на", "из", "із", "з", "у", "до", "от", "від", "к", "по", "через", "под", "під"})


# A relative or a named helper right before a capitalised word: "with her daughter Tolu", "Husband Baraka handles",
# "Wife (Ploy) at bedside", "by staff member Nok", "Her PA Funmi", "nurse in charge: Grace". After such a noun a
# capitalised word is the person's name even when a dictionary also holds it ("Tolu", "Baraka" and "Nok" are in
# the word list); labels that follow relatives in forms ("Wife Mobile", "Son DOB") are not.
_RELATIVE_NAME = re.compile(
    r"(?i:\b(?:husband|wife|son|daughter|mother|father|brother|sister|partner|mum|mom|dad|cousin|aunt|auntie|uncle"
    r"|niece|nephew|grandson|granddaughter|grandmother|grandfather|fianc[ée]e?|boyfriend|girlfriend|stepson"
    r"|stepdaughter|pa|staff[ \t]member|carer|caregiver|nurse[ \t]in[ \t]charge|neighbou?r|flatmate|roommate)\b)"
    rf"(?:[ \t]+|[ \t]*[(:][ \t]*)({_CAP})(?![\w'’-]*[.]?[ \t]*[:@])"
)
_NOT_AFTER_RELATIVE = frozenset({
    "mobile", "phone", "tel", "telephone", "email", "e-mail", "address", "contact", "number", "home", "work",
    "name", "details", "info", "signature", "consent", "and", "or", "is", "was", "has", "had", "will", "also",
    "both", "called", "says", "said"})


def context_finder(names: NameLists) -> Finder:
    """One name by what surrounds it: a possessive of a personal thing, a verb of doing after it, an imperative
    that addresses it, a user name in a log line, and, in chat logs, lower-case given names from the lists
    ("tell layla", "rohan's number"). The word must be no ordinary word (given names that are also words, like
    "Grace", need another signal) and no acronym."""
    common = names.common

    def unknown(word: str) -> bool:
        lower = word.lower()
        if re.split(r"['’]", lower)[0] in STOP_WORDS:
            return False  # "We've", "They'll": a contraction
        return (3 <= len(word) <= 15 and not _acronym(word) and lower not in common and lower not in STOP_WORDS
                and lower not in FOREIGN_STOP_WORDS and lower not in PARTICLES and lower not in _GREETING_WORDS)

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for pattern in (_POSSESSIVE, _ONE_NAME_VERB, _ASK_NAME, _TO_PERSON):
            if pattern is _TO_PERSON and " to " not in text and "\tto " not in text:
                continue  # a cheap test first: the pattern's alternation would run at every word
            for match in pattern.finditer(text):
                word = match.group(1)
                listed = names.known(word) and word.lower() not in common
                # after "assigned to", "asked", "cc" a given name that is also a word names its person ("Drew")
                # ... and so does one before a verb of doing ("Bill fixed the test", "Guy offered 5 %")
                listed = listed or (pattern in (_TO_PERSON, _ASK_NAME, _ONE_NAME_VERB) and names.given(word)
                                    and word.lower() not in _NOT_ADDRESSEES and word.lower() not in _CALENDAR
                                    and word.lower() not in _SEASONS)
                cued_unknown = unknown(word) and (pattern is not _ASK_NAME or _AT_NUMBER.match(text, match.end(1)))
                if listed or cued_unknown:
                    yield match.start(1), match.end(1), SCORE
        for match in _RELATIVE_NAME.finditer(text):
            word = match.group(1)
            lower = word.lower()
            if not _acronym(word) and lower not in STOP_WORDS and lower not in _NOT_AFTER_RELATIVE \
                    and lower not in _CALENDAR and lower not in _TITLE_WORDS and lower not in _NOT_ADDRESSEES:
                yield match.start(1), match.end(1), SCORE
        for pattern, hint in ((_ROLE_BRACKET, "("), (_QUOTED_NAME, "“\"‘'"), (_FROM_TEAM, None),
                              (_ACTION_ITEM, None), (_BRACKET_NICKNAME, "(")):
            if hint is not None and not any(ch in text for ch in hint):
                continue
            for match in pattern.finditer(text):
                if pattern is _ROLE_BRACKET:
                    before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
                    if before is None or before.group(1).lower() not in _BRACKET_ROLES:
                        continue
                word = match.group(1)
                if (names.given(word) or unknown(word)) and not _acronym(word) and word.lower() not in _TEAM_WORDS:
                    yield match.start(1), match.end(1), SCORE
        for match in _FULL_NAME_BEFORE_PHONE.finditer(text):
            words = match.group(1).split()
            if any(not names.ordinary(w) and not _acronym(w) for w in words) and not any(
                    w.lower() in STOP_WORDS or w.lower() in _TEAM_WORDS for w in words):
                yield match.start(1), match.end(1), SCORE
        for match in _NAME_BEFORE_PHONE.finditer(text):
            # only a listed given name: unknown words before a number are its cue ("WhatsApp +44 ...", "Aadhaar")
            if names.given(match.group(1)) and match.group(1).lower() not in _TEAM_WORDS:
                yield match.start(1), match.end(1), SCORE
        for match in _LOWER_HANDLE.finditer(text):
            yield match.start(1), match.end(1), SCORE
        for match in _DEVICE_OWNER.finditer(text):
            group = 1 if match.group(1) else 2
            if not _acronym(match.group(group)) and match.group(group).lower() not in _TEAM_WORDS:
                yield match.start(group), match.end(group), SCORE
        for match in _BARE_INITIAL.finditer(text):
            first, last = match.group(1), match.group(3)
            # A listed name, or two non-words around a bare initial ("Yuuto E Oosawa"); "Type A Blood" stays.
            named = any(names.known(w) and not names.ordinary(w) for w in (first, last)) or not any(
                names.ordinary(w) or _acronym(w) for w in (first, last))
            if named and not any(names.ordinary(w) and not names.known(w) for w in (first, last)):
                yield match.start(1), match.end(3), SCORE  # "Vitamin D Deficiency": no listed name, no match
        # German capitalises every noun, and many nouns are surnames too ("Koch", "Herren", "Becker").
        german = len(_GERMAN.findall(text)) >= 2
        for match in _CAPITALISED.finditer(text):
            # A listed given name that is no ordinary word (WordNet's place and product names are: "Paris",
            # "Florence", "Mercedes" stay) names a person wherever it stands; a listed surname of 5+ letters
            # too, except at a line start (headings, product lines).
            word = match.group(1)
            lower = word.lower()
            if len(word) < 3 or _acronym(word) or lower in FOREIGN_STOP_WORDS or lower in STOP_WORDS \
                    or lower in PARTICLES or lower in _NOT_ADDRESSEES or lower in _CALENDAR or lower in _GREETING_WORDS:
                continue
            if lower in common:
                # A given name that is also a word ("Grace", "Amelia", "Adams") is a name where English would not
                # capitalise the word: mid-sentence, outside a Title Case phrase or line, not after a place
                # preposition ("in Florence"), not a demonym ("Christian values").
                owns = re.match(r"['’]s\b", text[match.end(1):match.end(1) + 2])  # "though Adams's song"
                if (lower in names.first or (owns and lower in names.last)) and not german \
                        and lower not in _DEMONYMS and _capitalised_mid_sentence(text, match.start(1), match.end(1)):
                    yield match.start(1), match.end(1), SCORE
                continue
            line_start = match.start(1) == 0 or text[match.start(1) - 1] == "\n"
            if names.given(word) or (lower in names.last and len(word) >= 5 and not line_start
                                        and not german):
                yield match.start(1), match.end(1), SCORE
        if not german:
            for match in _UNKNOWN_POSSESSIVE.finditer(text):
                # "has anyone got Chukwuemeka's sign-off": a capitalised non-word owning something mid-sentence
                word = match.group(1)
                if unknown(word) and len(word) >= 4 and not re.search(r".[a-z][A-Z]", word) \
                        and _capitalised_mid_sentence(text, match.start(1), match.end(1)):
                    yield match.start(1), match.end(1), SCORE
        for match in _BED_LABEL.finditer(text):
            words = match.group(1).split()
            if not all(names.ordinary(w) or _acronym(w) for w in words):
                yield match.start(1), match.end(1), SCORE
        for match in _AGE_SEX.finditer(text):
            words = match.group(1).split()
            if not all(names.ordinary(w) or _acronym(w) for w in words):
                yield match.start(1), match.end(1), SCORE
        if "(" in text:
            for match in _NAME_THEN_LOGIN.finditer(text):
                # The login spells a part of the name ("kalharthy" holds "alharthy"): a one-word handle in
                # brackets is otherwise a code or a nickname for the other rules.
                login = re.sub(r"[^a-z]", "", match.group(2))
                parts = {re.sub(r"[^a-z]", "", _fold(w).lower()) for w in match.group(1).split()}
                if any(len(part) >= 3 and part in login for part in parts):
                    yield match.start(2), match.end(2), SCORE
        for match in _NAME_BEFORE_ID.finditer(text):
            words = match.group(1).split()
            # Leading ordinary words are the sentence's ("Referral Tigist Alemayehu, DOB ..."), not the name's.
            lead = 0
            while lead < len(words) - 1 and names.ordinary(words[lead]) and not names.known(words[lead]):
                lead += 1
            if not all(names.ordinary(w) or _acronym(w) for w in words[lead:]):
                start = match.start(1) + len(" ".join(words[:lead])) + (1 if lead else 0)
                yield start, match.end(1), SCORE
        for match in _LEAD_VOCATIVE.finditer(text):
            # "Ambrose, could you", "Ignatius: loud and clear": a sentence-start given name WordNet holds only as a
            # noun, addressed or speaking.
            lower = match.group(1).lower()
            if lower in names.name_nouns and lower in names.first and lower not in _CALENDAR \
                    and lower not in _DEMONYMS:
                yield match.start(1), match.end(1), SCORE
        for match in _NAME_NOUN_VERB.finditer(text):
            # WordNet holds "Maria", "Rachel", "Veronica" as proper nouns only: a person's verb after one decides.
            lower = match.group(1).lower()
            if lower in names.name_nouns and lower in names.first and lower not in _CALENDAR:
                yield match.start(1), match.end(1), SCORE
        if lower_case_text(text):  # listed given names in a text written all in lower case
            for match in _LOWER_WORD.finditer(text):
                word = match.group(1)
                if word in names.first and (word not in common or word in names.name_nouns) \
                        and word not in FOREIGN_STOP_WORDS and word not in STOP_WORDS and word not in _CALENDAR:
                    yield match.start(1), match.end(1), SCORE
        for match in _SPEAKER_NAME.finditer(text):
            word = match.group(1)
            if names.known(word) or word.lower() not in common:
                yield match.start(1), match.end(1), SCORE
        for match in _PATRONYMIC.finditer(text):
            if not names.ordinary(match.group(1).split()[0]):
                yield match.start(1), match.end(1), SCORE
        for match in _NAME_PAIR.finditer(text):
            first, second = match.group(1), match.group(2)
            if all(w.lower() in names.first and w.lower() not in common and not _acronym(w) for w in (first, second)):
                yield match.start(1), match.end(1), SCORE
                yield match.start(2), match.end(2), SCORE
        if _MAIL.search(text):
            for pattern in (_BARE_SALUTATION, _LAST_LINE_NAME):
                for match in pattern.finditer(text):
                    words = match.group(1).split()
                    if match.group(1).lower() in SIGN_OFF_WORDS or any(w.lower() in _GREETING_WORDS for w in words):
                        continue  # "Salam,", "Pozdrawiam," close a mail; they name nobody
                    if all(unknown(w) or (names.known(w) and w.lower() not in common) for w in words):
                        yield match.start(1), match.end(1), SCORE
        # The user-name shapes of _LOG_USER are specific to logs and paths: no log cue is needed.
        for match in _LOG_USER.finditer(text):
            user = match.group(1)
            if user not in _SYSTEM_USERS and not user.isdigit() and user.lower() not in common:
                yield match.start(1), match.end(1), SCORE
        if len(_CHAT_LINE.findall(text)) >= 2:
            for match in _LOWER_SPEAKER.finditer(text):
                # "madalina barsan: da": a lower-case full name speaking in a chat log
                words = match.group(1).split()
                if all(len(w) >= 3 for w in words) and all(
                        (names.known(w) or w not in common) and w not in STOP_WORDS and w not in FOREIGN_STOP_WORDS
                        and w not in _NOT_ADDRESSEES for w in words):
                    yield match.start(1), match.end(1), SCORE
            for match in _WORD.finditer(text):
                word = match.group()
                lower = word.lower()
                if word.islower() and lower in names.first and unknown(word):
                    yield match.start(), match.end(), SCORE
        for match in _LOWER_POSSESSIVE.finditer(text):
            word = match.group(1)  # "can u send me rohan's number": a lower-case given name that owns something
            if word in names.first and unknown(word):
                yield match.start(1), match.end(1), SCORE

    return find
