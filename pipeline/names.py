"""Person names for redact: gazetteer, name-structure patterns, cue words, signatures, chat handles, the filter
for statistical NER spans, and propagation of every found name through its record.

Recall comes first (a lost word costs far less than a leaked name), so several independent signals each mark
names and their union is redacted:
- the gazetteer (configs/names/first_names*.txt, last_names*.txt: Faker and mimesis lists of ~50 locales plus
  hand-written romanised East Asian, South Asian, Arabic, African and Irish names) over capitalised pairs in either
  order ("Maria García", "Wang Wei"), all-caps runs ("NGUYEN THI LAN") and mixed forms ("WANG Wei", "Jean DUPONT");
- structure: `SURNAME, Given`, `SURNAME/GIVEN`, initials ("J. R. Okafor", "Okafor, J."), titles before
  ("Dr.", "Frau", "Mme") or after ("Ahmet Bey", "Tanaka-san") a name, particles ("Ní", "Ó", "de la", "Al-");
- cue words in several languages ("my name is", "je m'appelle", "Patient:", "Dear", "Hej", sign-offs) after which
  any word that is not an ordinary word is a name, in any case ("hi kiki,", "Regards,\\nwawan");
- chat handles: `@mention`, `<nick>`, and the speaker of a chat-log line ("[10:02] mbeki_t: ...", "- Dũng: ..."),
  where a capitalised key must be a known name or speak twice ("Geboortedatum:" is a form label, FORM_LABELS);
- layout (pipeline/name_fields.py): values after person keys, name columns and the name cells of CSV rows
  without a header; context (pipeline/name_context.py): a possessive of a personal thing ("Itamar's mobile"), a
  verb of doing ("Tamsin met"), an imperative ("Contact Bence at"), log user names, lower-case given names in chat
  logs;
- spaCy PERSON spans from one or more models, kept when a name part is known or a cue is near
  (`ner_person_ok`);
- then `name_spans.propagate`: each found name grows over the name words beside it ("Putu [Ayu Wulandari]"),
  takes words joined to it by "and" ("Nkechi and [Obinna Chukwu]"), and every other occurrence of it and of its
  tokens in the same record is redacted too, case- and accent-insensitively (pipeline/name_spans.py).

Cheap guards keep ordinary words: English words (WordNet, from the spaCy model) and the stop words of the
languages sovtune detects are not names on their own, acronyms are not names, and a lower-case span needs a cue.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.name_lists import NameLists

Finder = Callable[[str], Iterator[tuple[int, int, float]]]
SCORE = 0.85  # above PERSON's default threshold (0.5) and spaCy's 0.55, below checksummed IDs (0.95-1.0)



# --- shared pieces --------------------------------------------------------------------------------------------------
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*")
# Capitals of the Latin, Cyrillic (Russian, Ukrainian, Belarusian, Serbian, Kazakh, ...) and Greek alphabets.
_CAPITALS = "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁЀ-ЏҐҒҚҢҮҰҺӘӨΑ-ΩΆ-Ώ"
_CAP = rf"(?:[{_CAPITALS}][^\W\d_]*(?:[-'’][^\W\d_]+)*)"  # a capitalised word, diacritics and hyphens included
_UPPER = rf"(?:[{_CAPITALS}][{_CAPITALS}'’-]+)"  # an all-caps word of two letters or more
# Name particles: they join name parts ("Siobhán Ní Bhriain", "Nguyen van An", "María de la Cruz", "bin Rashid").
PARTICLES = frozenset({
    "van", "von", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du", "des", "dos", "das", "do", "bin",
    "binti", "bint", "ibn", "al", "el", "ben", "abu", "ter", "ten", "zu", "af", "av", "ó", "o", "ní", "nic", "mac",
    "mc", "ua", "y", "st", "van't", "d'", "degli", "dei", "lo", "los", "las", "vom", "zur", "op", "het", "'t",
    "ap", "ab", "ferch", "verch",  # Welsh patronymics: "Huw ap Ifan"
})
TITLES = (r"Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Prof|Sir|Dame|Lady|Lord|Rev|Herr|Frau|Hr|Fr|Fru|Mme|Mlle|Mmes|M|Me|Mevr|Dhr|Sr|Sra"
          r"|Srta|Sig|Sig\.ra|Dott|Dott\.ssa|Ing|Mag|Dipl\.-Ing|Pr|Shri|Smt|Sri|Sheikh|Hajji?|Ustadh|Pan|Pani|Bay|Bayan"
          r"|Sayın|Ông|Bà|Anh|Chị|Mister|Madame|Monsieur|Mademoiselle|Señor|Señora|Doctor|Professor|Nurse|Sister"
          r"|Herrn|Mgr|Cllr|Pak|Bapak|Bu|Ibu|Encik|Puan|Tuan|Cik|Khun|Kumari|Shrimati|Sayyid|Sayyida|Ustaz|Mama|Baba"
          r"|Mzee|Bwana|Bibi|Alhaji|Alhaja|Chief|Oga|Aunty|Auntie")
_TITLE = re.compile(rf"(?<![\w.])(?:{TITLES}|mr|mrs|ms|miss|dr|prof)\.?\s$")
# Honorifics that are no ordinary words: the word after them is a name even when a dictionary holds it.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "dr", "prof", "herr", "frau", "herrn", "mme", "mlle", "sra", "srta",
                         "dott", "dra", "pak", "bapak", "ibu", "shri", "smt", "sri", "encik", "puan", "tuan", "khun",
                         "sayın", "ông", "bà", "cllr", "alhaji", "alhaja", "mevr", "dhr", "sig"})
SPEAKER_TITLES = r"MR|MRS|MS|MISS|MSTR|DR|PROF"  # after an airline-style "SURNAME/GIVEN MR"
# Honorifics after a name: "Ahmet Bey", "Ayşe Hanım", "Tanaka-san", "Raj-ji".
_SUFFIX_TITLE = re.compile(
    rf"({_CAP})(?:[ \t](?:Bey|Hanım|Hanim|Efendi|Sahib|Ji)\b|-(?:san|sama|kun|chan|sensei|ji)\b)"
)


_BASE_LETTERS = str.maketrans("łŁøØđĐðÐıħĦŧŦ", "lLoOdDdDihHtT")  # letters NFKD does not decompose


def _fold(word: str) -> str:
    """Case- and accent-folded word ("Kivistö" -> "kivisto", "Zdzisława" -> "zdzislawa"), as names appear in
    email addresses and hand-typed text."""
    word = word.translate(_BASE_LETTERS)
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)).casefold()


# Nordic and German agency and statute words ("Skatteverket", "Miljöbalken", "Kronofogden", "Finanzamt"): never a
# person, though English-trained NER and the capital letter say so.
INSTITUTION = re.compile(r"(?i)(?:verket|balken|lagen|styrelsen|myndigheten|inspektionen|fogden|kassan|nämnden"
                         r"|rådet|ämbetet|direktoratet|tilsynet|etaten|amt|behörde|gesetz|ministerium|företagen"
                         r"|förening|förbundet)(?:['’]s)?$")


def _acronym(word: str) -> bool:
    """ALL-CAPS or mostly capitals ("SNI", "BAS-U", "KTjL"); "McDonald" and "O'Neil" are not."""
    letters = [ch for ch in word if ch.isalpha()]
    upper = sum(ch.isupper() for ch in letters)
    return upper >= 2 and upper * 2 >= len(letters)


# --- cues -------------------------------------------------------------------------------------------------------------
# Cues after which a name of any case follows ("my name is wawan hakim", "Regards,\nOluwamumibori", "Hej Lars").
_NAME_CUE = re.compile(
    r"(?i)(?:\b(?:my name is|name is|name:|i am|i'm|this is|is this|are you|it's|dear|hi|hello|hey|hiya|thanks"
    r"|thank you|thx|regards|rgds|brgds|cheers|sincerely|signed|from:|to:|attn:?|fao:?"
    r"|(?:sent|written|submitted|reported|posted|asked|signed|requested"
    r"|approved|assigned|raised|opened|closed|handled|escalated|called|[a-z]{3,}ed|seen|done|taken|given|run"
    r"|drawn|made|paid|sent|kept|read|led|won|met|held) by|[a-z]{3,}ed (?:over|back|up|out|on|off) by"
    r"|(?:assigned|escalated|forwarded|transferred|handed|sent|addressed|married|engaged) to|referring|referred"
    r"|pratat med|talat med|ringt|avec|parlé à|gesprochen mit|mit frau|mit herrn|con el señor|con la señora"
    r"|spoke to|speak to|spoke with|talked to|ask for|asked for|asking for|anyone seen|have you seen|has anyone seen"
    r"|ping|pinged|tell|told|meet|met with|called himself|called herself|calls himself|calls herself"
    r"|sorry|no problem|no worries|bye|see you|welcome|congrats|congratulations|good night|take care|well done"
    r"|спасибо|дякую|привет|привіт|здравствуйте|добрый день|добрий день|уважаемый|уважаемая|шановний|шановна"
    r"|меня зовут|мене звати|с уважением|з повагою|знает|знаєте|позвони|подзвони|сосед|сусід|соседка|сусідка"
    r"|great job|nice one|shout[ -]?out to|kudos to|props to|(?:hi|hey|hello|hiya)[ \t,]+its"
    r"|what's your name\??|what is your name\??|your name\??|last name\??"
    r"|first name\??|surname\??|full name\??|named|named him|named her|called him|called her|directed by"
    r"|produced by|performed by|composed by|illustrated by|edited by|translated by|hosted by|presented by"
    r"|narrated by|starring|featuring|feat\.|cc:?|esp\.|especially"
    r"|partner|wife|husband|son|daughter|mother|father|brother|sister"
    r"|colleague|friend|boyfriend|girlfriend|fiancée?|neighbou?r|login failed for|user|username:?"
    r"|je m'appelle|je suis|bonjour|salut|cher|chère|madame|monsieur|cordialement|mon nom est"
    r"|ich heiße|ich bin|mein name ist|hallo|liebe|lieber|sehr geehrte|sehr geehrter|grüße|gruß|moin|servus"
    r"|jag heter|mitt namn är|jag är|hej|hejsan|tack|hälsningar|mvh|hei|hallå"
    r"|me llamo|mi nombre es|hola|estimado|estimada|saludos|mi chiamo|ciao|gentile|caro|cara|olá|oi|prezado"
    r"|prezada|merhaba|selam|benim adım|namaste|nazywam się|dzień dobry|hoi|beste|groeten|geachte)[\s,:]+)$"
)
# Role nouns: only a capitalised word after them is a name ("the owner checks" is prose, "Customer Iwo Sadoch").
# "contact" is a role only as a noun ("my contact", "Contact:"), not as the verb in "always contact Skatteverket".
_ROLE_CUE = re.compile(
    r"(?i)(?:(?:\b(?:patient|patientin|patiente|customer|client|cliente|kund|kunde|tenant|owner|engineer|manager"
    r"|applicant|employee|caller|driver|passenger|guest|resident|student|doctor|nurse|technician|agent|officer"
    r"|consultant|dr|gp|referrer|beneficiary|holder|landlord|buyer|seller|author|reviewer|signatory|witness"
    r"|chair|chairperson|chairman|chairwoman|secretary|treasurer|president|councillor|assistant|ceo|cfo|cto|coo"
    r"|director|supervisor|mentor|coach|teacher|tutor|lawyer|solicitor|attorney|counsel|accountant|pharmacist"
    r"|therapist|physio|physiotherapist|midwife|carer|caregiver|guardian|aunt|uncle|cousin|niece|nephew|grandson"
    r"|granddaughter|grandmother|grandfather|grandma|grandpa|granny|stepson|stepdaughter|volunteer|trainee|intern"
    r"|ehemann|ehefrau|sohn|tochter|mutter|vater|bruder|schwester|mari|épouse|femme|fils|fille|frère|sœur|esposo"
    r"|esposa|marido|hijo|hija|madre|padre|hermano|hermana|marito|moglie|figlio|figlia|echtgenoot|echtgenote"
    r"|zoon|dochter|make|maka|dotter|bror|syster|rider|courier|coach|handover to|analyst|contact person"
    r"|contractor|recruiter|candidate|interviewer|pastor|priest|imam|rabbi|klant|asiakas|müşteri|ügyfél|klient"
    r"|paciente|pasient|potilas|patiënt|cliënt|reporter|requester|requestor|submitter|assignee|approver|sender"
    r"|recipient|addressee|said|says|asked|asks|replied|shouted at|yelled at|told|wrote|added|explained|recalls"
    r"|recalled|according to|thanked|congratulated|interviewed|hired|fired|promoted|married|divorced"
    r"|preferred name|nickname|known as|aka|a\.k\.a\.|goes by|rn|pt|spouse|ektefelle|sambo|ehepartner|ehegatte"
    r"|conjoint|conjointe|cónyuge|coniuge|puoliso|małżonek|małżonka|csm|gerente|(?-i:PC|OIC)|déclarant|déclarante"
    r"|declarante|titular|contribuable)"
    # Sign-off fields of forms, only as labels: "Approved: Okabe Mio / checked: Murata Takumi", "Pat: Biret Gaup".
    r"|\b(?:approved|checked|verified|reviewed|prepared|authori[sz]ed|countersigned|witnessed|inspected|dictated"
    r"|pat)(?=[ \t]*:)"
    r"|(?:^|[\n(]|\b(?:my|our|your|the|a|main|site|primary))[ \t]*contact)"
    r"(?:[ \t]+(?:reference|ref\.?|name|person))?[\s,:]+)$"
)


def lower_case_text(text: str) -> bool:
    """Whether `text` is written in lower case ("sandra shouted at rachel"): at most 5% of its words capitalised.
    Its names are then lower case too, so the capital letter is no evidence either way."""
    words = [w for w in _WORD.findall(text) if len(w) > 1]
    return bool(words) and sum(w[0].isupper() for w in words) <= 0.05 * len(words)


def cued(text: str, start: int, capital: bool) -> bool:
    """Whether a cue word, greeting, sign-off or title ends right before `start` (role nouns: capitals only)."""
    before = text[max(0, start - 40):start]
    return bool(_NAME_CUE.search(before) or _TITLE.search(before[-14:]) or (capital and _ROLE_CUE.search(before)))


# --- gazetteer and cue finder (any case) ---------------------------------------------------------------------------
def name_finder(names: NameLists) -> Finder:
    """Names from the gazetteer and from cue words, in any case.

    Rules, chosen to keep ordinary words: (1) a known first or last name followed on the same line by name parts
    ('Maria José García', 'john smith', 'Wang Wei', 'Maria Okonkwo-Eze'): a capitalised part may be unknown when
    it is no ordinary word, and lower-case pairs must be known names without an ordinary English word;
    (2) after a cue ('Hi, I'm', 'Regards,', 'Customer', 'my partner', 'Mr.') up to three words that are known
    names or not ordinary words (so unknown names from any culture are caught); all-caps acronyms and ordinary
    words stop the span.
    """
    common = names.common

    def is_name_part(word: str, capital: bool) -> bool:
        lower = word.lower()
        if (word.isupper() and len(word) > 1) or lower in _TITLE_WORDS:
            return False
        if capital != word[0].isupper() and lower not in PARTICLES:
            return False
        return names.known(word) or lower in PARTICLES or lower not in common

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        words = list(_WORD.finditer(text))
        index = 0
        while index < len(words):
            word = words[index]
            token, lower = word.group(), word.group().lower()
            capital = token[0].isupper()
            last_index = -1
            starts = (names.given(token) or (capital and lower in names.last and lower not in common)) \
                and lower not in STOP_WORDS and lower not in _TITLE_WORDS and lower not in _GREETING_WORDS
            if starts and not (token.isupper() and len(token) > 1):
                probe = index + 1
                while probe < len(words) and probe - index <= 3:
                    between = text[words[probe - 1].end():words[probe].start()]
                    part = words[probe].group()
                    plower = part.lower()
                    known = names.known(part) or plower in PARTICLES
                    # A capitalised unknown word continues a capitalised name ("Maria Okonkwo-Eze"); lower case
                    # needs the gazetteer.
                    unknown_ok = (capital and part[0].isupper() and plower not in common and not _acronym(part)
                                  and lower not in common)  # "Die Unterlagen": an ordinary start needs known parts
                    if between != " " or not (known or unknown_ok) or not is_name_part(part, capital):
                        break
                    last_index = probe
                    probe += 1
                while last_index > index and words[last_index].group().lower() in PARTICLES:
                    last_index -= 1  # "Anna de" in "Anna de rien": a trailing particle is no name part
                if last_index > index:
                    parts = [w.group().lower() for w in words[index:last_index + 1]]
                    if not capital:
                        # "they may lie", "has said the": a function word in a lower-case pair means prose.
                        if any((p in common and p not in names.last) or p in STOP_WORDS for p in parts):
                            last_index = -1
                    elif lower not in names.first and all(p in common or p in PARTICLES for p in parts[1:]):
                        last_index = -1  # a known surname then ordinary words ("Long Beach Way")
            lower_ok = lower not in common or (lower in names.first and lower not in STOP_WORDS)
            # The cue regexes run last and only for plausible tokens: they are the costly part (~40k calls/s).
            plausible = (capital or lower_ok) and is_name_part(token, capital) and lower not in _NOT_ADDRESSEES \
                and lower not in STOP_WORDS  # "Regards,\nThe Team"
            # After a title, a surname WordNet holds only as a proper noun is a surname ("Mr Delacroix's email").
            bare = lower.removesuffix("'s").removesuffix("’s")
            titled = capital and bare in names.noun_only and bool(_TITLE.search(text[max(0, word.start() - 14):
                                                                                      word.start()]))
            if last_index < 0 and (plausible or titled) and cued(text, word.start(), capital):
                last_index = index
                probe = index + 1
                while probe < len(words) and probe - index <= 2:
                    between = text[words[probe - 1].end():words[probe].start()]
                    if between != " " or not is_name_part(words[probe].group(), capital):
                        break
                    part = words[probe].group().lower()
                    if not capital and part in common and (part not in names.last or part in STOP_WORDS):
                        break
                    last_index = probe
                    probe += 1
            if last_index < 0 and capital and lower in common and index + 1 < len(words) \
                    and _ordinary_then_name(text[word.end():words[index + 1].start()], token, words[index + 1], names) \
                    and cued(text, word.start(), True):
                last_index = index + 1  # "assigned to Vignette Gladu": an ordinary first word, an unknown surname
            if last_index > index + 1 and lower in common and words[index + 1].group().lower() in names.first:
                word = words[index + 1]  # "Ask Maria Garcia": an ordinary word before a full name is no name
            if last_index >= 0:
                yield word.start(), words[last_index].end(), SCORE
                index = last_index + 1
                continue
            index += 1

    return find


def _ordinary_then_name(between: str, token: str, following: re.Match[str], names: NameLists) -> bool:
    """Whether `token` (a capitalised ordinary word) and the word after it read as a two-word name after a cue.

    Given names are often ordinary words too ("Vignette", "Fahd" is in the word list): after a cue, a capitalised
    ordinary word is still a name when the next word, one space on, is a capitalised word that is no ordinary word
    and no acronym ("referring Fahd Al-Otaibi"). "spoke to Customer Service" stays: both words are ordinary.
    """
    lower = token.lower()
    if between != " " or lower in STOP_WORDS or lower in _TITLE_WORDS or lower in _GREETING_WORDS \
            or lower in _NOT_ADDRESSEES:
        return False
    part = following.group()
    return part[0].isupper() and not _acronym(part) and part.lower() not in names.common


# --- name structure ---------------------------------------------------------------------------------------------------
_NAME_RUN = rf"(?:{_CAP}|{_UPPER})"
_PARTICLE_RE = r"(?i:van|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]a|[Dd]i|[Dd]el|[Dd]ella|[Ll]a|[Ll]e|[Dd]u|[Dd]os|[Dd]as" \
               r"|bin|binti|ibn|al|el|ben|abu|ter|ten|zu|ó|ní|nic|mac|ua|y|los|las|vom|zur|op)"
# `SURNAME, Given [Given]` and `Surname, Given`: "NGUYEN, Thi Lan", "Ó Súilleabháin, Seán", "Müller, Hans-Peter".
COMMA_INVERTED = re.compile(
    rf"(?<![\w])((?:{_PARTICLE_RE}[ \t]){{0,2}}{_NAME_RUN}(?:[ \t]{_NAME_RUN})?),[ \t]?({_CAP}(?:[ \t]{_CAP})?"
    rf"|{_UPPER}(?:[ \t]{_UPPER})?|(?:[A-Z]\.[ \t]?){{1,3}})(?![\w])"
)
# Airline and registry style `SURNAME/GIVEN [MR]`: "OKAFOR/CHIDI MR", "Lindqvist/Anna".
SLASH_NAME = re.compile(rf"(?<![\w/])({_NAME_RUN})/({_NAME_RUN}(?:[ \t]{_NAME_RUN})?)(?:[ \t](?:MR|MRS|MS|MISS|DR))?"
                        r"(?![\w/])")
# All-caps runs and mixed orders: "JOHN SMITH", "NGUYEN THI LAN", "WANG Wei", "Jean DUPONT", "MARIA DE LA CRUZ".
CAPS_RUN = re.compile(rf"(?<![\w-])({_NAME_RUN}(?:[ \t](?:{_PARTICLE_RE}|DE|DEL|LA|VAN|VON|AL|BIN|DA|DOS)){{0,2}}"
                      rf"(?:[ \t]{_NAME_RUN}){{1,3}})(?![\w-])")
# Initials before or after a surname: "J. Okafor", "J.R. Okafor", "A. K. Sharma", "Okafor J.", "Lindqvist, A."
INITIALS = re.compile(rf"(?<![\w.])((?:[A-ZА-ЯЁ]\.[ \t]?){{1,3}}[ \t]?(?:{_PARTICLE_RE}[ \t]){{0,2}}{_CAP}"
                      rf"|{_CAP}[ \t](?:[A-ZА-ЯЁ]\.[ \t]?){{1,3}}(?![\w]))")
# A title, then the name: "Dr. Okonkwo", "Frau Dr. Weber", "Mme Lefèvre", "Ông Nguyễn Văn An", "Mr O'Neill".
TITLED = re.compile(rf"(?<![\w.])(?:(?:{TITLES})\.?[ \t]+){{1,2}}((?:[A-Z]\.[ \t]?)*(?:{_PARTICLE_RE}[ \t]){{0,2}}"
                    rf"{_NAME_RUN}(?:[ \t](?:{_PARTICLE_RE}[ \t]){{0,2}}{_NAME_RUN}){{0,2}})")


_TECH_WORDS = frozenset({"json", "yaml", "html", "java", "linux", "unix", "ajax", "oauth", "saml", "ldap", "rest",
                         "soap", "ascii", "unicode", "mpeg", "jpeg", "audio", "video", "input", "output", "read",
                         "write", "admin", "user", "test", "prod", "none", "true", "false", "null"})


def structure_finder(names: NameLists) -> Finder:
    """Names by their written form (see COMMA_INVERTED, SLASH_NAME, CAPS_RUN, INITIALS, TITLED, suffix titles).

    Guards: a form needs one gazetteer name or an all-caps surname with a capitalised given name; no part may be
    an ordinary word unless it is a known name; acronym runs ("VPN DNS") contain no known name.
    """
    common = names.common

    def nameish(word: str) -> bool:
        """A known name, or a word that is no ordinary word (unknown names of any culture); short unknown
        all-caps words are acronyms ("SSN", "VPN")."""
        lower = word.lower()
        if names.known(word):
            return True
        return lower not in common and len(lower) > 1 and not (word.isupper() and len(word) <= 3)

    def strong(word: str) -> bool:
        """A known name that is no ordinary word ("My", "Will", "Grant" are names and words: no evidence)."""
        return names.known(word) and word.lower() not in common

    def words_of(value: str) -> list[str]:
        return [w for w in _WORD.findall(value) if w.lower() not in PARTICLES]

    def ok(value: str, need_known: bool = True) -> bool:
        parts = words_of(value)
        if not parts or not all(nameish(p) for p in parts):
            return False
        return not need_known or any(strong(p) for p in parts)

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for match in COMMA_INVERTED.finditer(text):
            surname, given = match.group(1), match.group(2)
            if "." in given:  # "Lindqvist, A." - the surname must be known or all-caps
                if ok(surname, need_known=not surname.isupper()):
                    yield match.start(), match.end(), SCORE
                continue
            if given.split()[0].isupper() and not surname.isupper():
                continue  # "Wout Claeys, IBAN BE68...": a capitalised name, then an acronym is no inverted name
            if len(words_of(surname)) >= 2 and text[match.start(2) - 1] == ",":
                continue  # "Dawit Tesfaye,Room 3.14" (GECOS, CSV): a full name and the next field, no inverted name
            upper_surname = surname.isupper() and not given.isupper()
            if len(words_of(surname)) >= 2 and not surname.isupper() and not all(
                    names.known(w) for w in words_of(given)):
                continue  # "Simran Kaur, Aadhaar 6401...": a full name, then a cue or the next item of a list
            if ok(surname + " " + given, need_known=not upper_surname):
                yield match.start(), match.end(), SCORE
        for match in SLASH_NAME.finditer(text):
            family, given = match.group(1), match.group(2)
            # All-caps SURNAME/GIVEN of unknown names: both parts 4+ letters with a vowel ("TCP/IP", "HTTP/HTTPS"
            # and "SMTP/IMAP" are not names).
            unknown_caps = family.isupper() and given.isupper() and all(
                len(part) >= 4 and any(v in part.lower() for v in "aeiouyåäöüéáóíú") and nameish(part)
                and part.lower() not in _TECH_WORDS for part in (family, given.split()[0]))
            if unknown_caps or ok(family + " " + given):
                yield match.start(), match.end(), SCORE
        for match in CAPS_RUN.finditer(text):
            parts = words_of(match.group(1))
            caps = [p for p in parts if p.isupper()]
            if not caps or len(parts) < 2:
                continue  # all capitalised: the gazetteer finder decides ("Maria García")
            # All caps and no known name: every word 4+ letters with a vowel and no ordinary word ("ADEBOWALE
            # TINUBU-OKE"), so acronym runs ("VPN DNS") and shouted prose ("PLEASE CALL") stay.
            unknown_caps = len(caps) == len(parts) and all(
                len(p) >= 4 and any(v in p.lower() for v in "aeiouyåäöüéáóíúı") and nameish(p)
                and p.lower() not in _TECH_WORDS for p in parts)
            if unknown_caps or ok(match.group(1)):
                yield match.start(1), match.end(1), SCORE
        for match in INITIALS.finditer(text):
            surname = [w for w in words_of(match.group(1)) if len(w) > 1]
            if not surname or not all(nameish(s) for s in surname) or any(_acronym(s) for s in surname):
                continue
            # "Okafor J." needs a known surname: "København K." is a town and its district letter.
            if match.group(1)[0] != surname[0][0] or any(strong(s) for s in surname):
                yield match.start(1), match.end(1), SCORE
        for match in TITLED.finditer(text):
            start, value = match.start(1), match.group(1)
            title = text[match.start():start].split()[-1].rstrip(".")
            first = _WORD.match(value)
            if title in ("Me", "M") and first and first.group().lower() in common:
                continue  # French "Me"/"M." before a name; English "Carry Me Back To ..." is a song title
            # Keep the leading name parts that are name-like: "Dr. Weber says" -> "Weber". After an honorific that
            # is no word itself, the first capitalised word is a name whatever the dictionary says ("Pak Joko",
            # "Mr Baker", "Dra. Pizarro").
            end = start
            for index, word in enumerate(_WORD.finditer(value)):
                token = word.group()
                honoured = index == 0 and title.lower() in _HONORIFICS and token[0].isupper() and not _acronym(token) \
                    and token.lower() not in STOP_WORDS
                if not (honoured or nameish(token) or token.lower() in PARTICLES):
                    break
                end = start + word.end()
            if end > start:
                yield start, end, SCORE
        for match in _SUFFIX_TITLE.finditer(text):
            if nameish(match.group(1)):
                yield match.start(1), match.end(1), SCORE

    return find


# --- greetings and form labels (the patterns of signatures, sign-offs and chats are in pipeline/name_chat.py) -----
_GREETING_WORDS = frozenset({
    "hi", "hello", "hey", "hiya", "dear", "morning", "hej", "hejsan", "hei", "hallå", "hallo", "moin", "servus",
    "liebe", "lieber", "bonjour", "salut", "cher", "chère", "hola", "ciao", "olá", "oi", "merhaba", "selam",
    "namaste", "hoi", "beste", "geachte", "witam", "cześć", "sehr", "geehrte", "geehrter", "thanks", "regards",
    "cheers", "cordialement", "grüße", "grüßen", "hälsningar", "mvh", "saludos", "mit", "freundlichen", "med",
    "vänliga", "best", "kind", "warm", "yours", "sincerely", "aloha", "salam", "salaam", "shalom", "jambo", "kære",
    "kedves", "hyvä", "kia", "ora", "sayın", "sevgili"})
_NOT_ADDRESSEES = frozenset({
    "all", "team", "everyone", "everybody", "there", "folks", "guys", "sir", "madam", "support", "colleagues",
    "both", "friends", "customer", "user", "again", "hello", "hi", "tous", "alle", "allihopa", "zusammen", "team,",
    "again,", "world", "you", "y'all", "yall", "mates", "people", "ladies", "gentlemen", "sirs", "doctor", "nurse",
    "damen", "herren", "kollegen", "kolleginnen", "mesdames", "messieurs", "collègues", "alla", "kollegor",
    "allesammen", "todos", "tutti", "kunde", "kundin", "client", "cliente", "confrère", "consœur", "collègue",
    "collega", "colleghi", "kollege", "kollegin", "colega", "colegas", "colleague",
    # teams and departments that mail is addressed to ("Hi Payroll,", "Dear Physiotherapy Team")
    "payroll", "accounts", "finance", "billing", "sales", "reception", "admissions", "procurement", "recruitment",
    "marketing", "facilities", "dispatch", "logistics", "operations", "ops", "compliance", "treasury", "helpdesk",
    "servicedesk", "purchasing", "onboarding", "physiotherapy", "pharmacy", "radiology", "cardiology", "triage",
    "teams", "department", "dept", "office", "committee", "board", "panel", "desk", "unit",
})
_TITLE_WORDS = frozenset(t.lower().replace("\\", "") for t in TITLES.split("|"))
