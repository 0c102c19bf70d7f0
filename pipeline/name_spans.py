"""Spans of person names after detection: the filter and trimming for statistical NER spans, the check for where a
second NER model can still matter, and propagation of every found name through its record (see pipeline/names.py
for the pattern signals and the name lists).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.name_chat import SIGN_OFF_NAME, SIGNATURE_LINE
from pipeline.name_lists import FOREIGN_STOP_WORDS, NameLists
from pipeline.names import (
    _GREETING_WORDS,
    _NOT_ADDRESSEES,
    _ROLE_CUE,
    _TITLE_WORDS,
    _WORD,
    INSTITUTION,
    PARTICLES,
    TITLES,
    _acronym,
    _fold,
    cued,
    lower_case_text,
)
from pipeline.normalise import Normalised, normalise

# --- statistical NER filter ------------------------------------------------------------------------------------------
_EMAIL_LOCAL = re.compile(r"(?<![\w.+-])([A-Za-z0-9][\w.+-]*)@[A-Za-z0-9-]+\.")


def person_context(text: str, start: int, end: int) -> bool:
    """True when the span [start, end) of `text` has a person cue: a cue word or title before it ("Dear",
    "Regards,", "Customer", "Mr."), a signature line or sign-off around it, or one of its words is part of an
    email address's local part in the same text ("Qadi" next to qadi.zaafir@example.net).
    """
    if cued(text, start, capital=True):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if SIGNATURE_LINE.fullmatch(line) or any(m.start(1) == start - line_start for m in SIGN_OFF_NAME.finditer(line)):
        return True
    if "@" in text:
        local = {piece for match in _EMAIL_LOCAL.finditer(text)
                 for piece in re.split(r"[^a-z]+", match.group(1).lower()) if len(piece) > 1}
        return any(_fold(word) in local for word in _WORD.findall(text[start:end]))
    return False


def trim_person(text: str, start: int, end: int, names: NameLists) -> tuple[int, int] | None:
    """A statistical PERSON span without the words models glue to names: greetings and titles before it
    ("Bonjour Anna", "Frau Weber"), lower-case words after it ("Anna och vi"), everything past its first line or a
    spaced dash; None when nothing name-like is left.
    """
    value = text[start:end]
    words = list(_WORD.finditer(value))
    first_line = value.find("\n", words[0].end() if words else 0)
    if first_line >= 0:
        words = [w for w in words if w.start() < first_line]
    # A spaced dash separates a name from what a list says of it ("Kefilwe Masilo - Law"); no name holds one.
    if (dash := _SPACED_DASH.search(value, words[0].end() if words else 0)) is not None:
        words = [w for w in words if w.start() < dash.start()]

    def glue(word: str, ordinary_glues: bool) -> bool:
        lower = word.lower()
        if lower in PARTICLES:
            return False
        return (word[0].islower() or lower in _TITLE_WORDS or lower in _NOT_ADDRESSEES or lower in _GREETING_WORDS
                or lower in STOP_WORDS or lower in FOREIGN_STOP_WORDS or bool(_ROLE_CUE.search(word + " "))
                or (ordinary_glues and names.ordinary(word) and not names.known(word)))

    def evidence(word: str) -> bool:  # a part that is a name whatever its neighbours are
        return names.known(word) or (len(word) >= 3 and not names.ordinary(word) and not _acronym(word))

    # A capitalised ordinary word before a name part is glue at a sentence start ("Call Anna", "Email Okafor");
    # mid-sentence it is a given name ("killers of Tosh Olsen"). After a name it is glue ("Okafor Ltd",
    # "Darwin Suite").
    while words and glue(words[0].group(), _sentence_start(text, start + words[0].start())
                         or not any(evidence(w.group()) for w in words[1:])):
        words.pop(0)
    while words and (glue(words[-1].group(), True) or words[-1].group().lower() in PARTICLES):
        words.pop()
    # A lower-case word inside ("Frågor besvaras av") means a clause, not a name; particles are fine.
    if not words or any(w.group()[0].islower() and w.group().lower() not in PARTICLES for w in words):
        return None
    return start + words[0].start(), start + words[-1].end()


_SPACED_DASH = re.compile(r"[ \t][-–—][ \t]")
_LEAD_TITLES = re.compile(rf"(?:(?:{TITLES}|mr|mrs|ms|dr|prof)\.?[ \t]+)+(?=[^\W\d_])")
_POSSESSIVE = re.compile(r"['’]s?$")


# Field labels glued after a name end it: "Payout IBAN", "Auth Username" are no one's name.
_TRAILING_LABEL = re.compile(r"[ \t]+([\w-]+)$")
_LABEL_WORDS = frozenset({"iban", "username", "password", "uhid", "login", "email", "e-mail", "phone", "tel", "bic",
                          "swift", "pin", "otp", "ssn", "mrn", "dob"})


_TRAILING_INITIALS = re.compile(r"[ \t](?:[A-ZÀ-ÖØ-ÞА-ЯЁ]\.){1,2}(?![\w.])|,?[ \t](?:Jr|Sr|Jnr|Snr)\.?(?![\w])"
                                r"|[ \t](?:II|III|IV)(?![\w])")
_LEADING_ABBREVIATION = re.compile(r"(?:Md|Mohd|Muhd|Ma)\.[ \t]$")  # "Md. Rafiqul Islam", "Ma. Luisa"
_GIVEN_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]$")
_NAME_AFTER = re.compile(r"[ \t]([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’-])")


def widen_person(text: str, start: int, end: int, names: NameLists) -> tuple[int, int]:
    """A PERSON span with the name parts its signal left beside it: given names that are also words before a
    found surname ("call Will Ashworth", "Mrs Hope Ellington", "Crystal Dawn Whitaker"), a trailing initial or
    suffix ("Karthik V.", "Morozov D.V.", "Rodrigo Magsaysay Jr."), a leading "Md." or "Ma." ("Md. Rafiqul Islam")."""
    while (before := _GIVEN_BEFORE.search(text, max(0, start - 20), start)) and names.given(before.group(1)):
        lower = before.group(1).lower()
        # A capital mid-sentence makes "Will" a name; at a sentence start it says nothing.
        if lower in _TITLE_WORDS or lower in _NOT_ADDRESSEES or (
                (lower in STOP_WORDS or lower in names.common) and _sentence_start(text, before.start(1))):
            break  # "Ask Anna, tel ...": an ordinary word at a sentence start
        start = before.start(1)
    # A surname after a found given name: "Mrs Hope Ellington", "Rose Delacroix" (no ordinary word: "Rose Garden").
    if " " not in text[start:end] and names.given(text[start:end]) \
            and (after := _NAME_AFTER.match(text, end)) and after.group(1).lower() not in STOP_WORDS \
            and (after.group(1).lower() not in names.common or after.group(1).lower() in names.last):
        end = after.end(1)
    if lead := _LEADING_ABBREVIATION.search(text, max(0, start - 6), start):
        start = lead.start()
    if tail := _TRAILING_INITIALS.match(text, end):
        end = tail.end()
    return start, end


def tidy_person(text: str, start: int, end: int) -> tuple[int, int]:
    """A PERSON span without the titles before it and the possessive after it ("Dr Subramaniam" ->
    "Subramaniam", "Ji-hoon's" -> "Ji-hoon"): neither identifies anyone, and both are words kept for training.
    A span that is nothing but a title stays as it is."""
    if (lead := _LEAD_TITLES.match(text, start, end)) and lead.end() < end:
        start = lead.end()
    # A field label glued after the name: "Hussein Mahdi Karim IBAN SA23 ...", "Peter Kariuki  Tel 0722 ...".
    while (label := _TRAILING_LABEL.search(text, start, end)) and label.start() > start \
            and label.group(1).lower() in _LABEL_WORDS:
        end = label.start()
    tail = _POSSESSIVE.search(text, start, end)
    if tail and tail.start() - start >= 2 and text[tail.start() - 1].isalpha():
        end = tail.start()
    return start, end


# Words after a given name that make it a place, an organisation or a time ("Victoria Street", "Maria Clinic").
_NAME_TAIL_GLUE = frozenset({
    "street", "road", "lane", "avenue", "drive", "close", "court", "crescent", "terrace", "place", "square", "way",
    "park", "gardens", "garden", "hall", "house", "lodge", "cottage", "farm", "manor", "tower", "towers", "building",
    "centre", "center", "hospital", "clinic", "surgery", "ward", "school", "college", "university", "academy",
    "institute", "library", "museum", "gallery", "church", "chapel", "cathedral", "station", "airport", "bridge",
    "harbour", "harbor", "bay", "beach", "island", "falls", "springs", "hill", "hills", "river", "lake", "mount",
    "mountain", "valley", "forest", "wood", "woods", "field", "fields", "hotel", "restaurant", "cafe", "bakery",
    "pharmacy", "foundation", "trust", "fund", "bank", "company", "group", "partners", "associates", "day", "week",
    "month", "year", "prize", "award", "medal", "lecture", "room", "suite", "theatre", "theater", "arena", "stadium",
})


def _sentence_start(text: str, index: int) -> bool:
    """Whether `index` begins a line or a sentence (where a capital letter says nothing)."""
    while index > 0 and text[index - 1] in " \t":  # no copy of the text before it: this runs per NER span
        index -= 1
    return index == 0 or text[index - 1] in "\n.!?:\"(-*•"


def ner_person_shape_ok(text: str, start: int, end: int, names: NameLists) -> bool:
    """The guards every statistical PERSON span must pass: no digits or '@', no acronyms, not the first part of a
    hyphenated compound ("Säker Vatten-certified"), not only ordinary words."""
    value = text[start:end]
    if any(ch.isdigit() or ch == "@" for ch in value):
        return False
    words = _WORD.findall(value)
    if not words or any((_acronym(word) and not names.known(word)) or INSTITUTION.search(word) for word in words):
        return False
    if re.match(r"-[^\W\d_]", text[end:end + 2]) and text[end + 1].islower():
        return False
    if len(words) == 1 and text[:start].rstrip(" \t")[-1:] in ("", "\n", ".", "!", "?", ":", '"', "("):
        # "Max 30 m²": a sentence start capitalises any word; a name WordNet holds only as a noun ("Oliver,
        # can I", "Russell: Remember me") is still a name there.
        lower = words[0].lower()
        title_case_phrase = re.match(r"(?:['’]s)?[ \t]+[A-Z]", text[end:end + 4])  # "Valentine's Day"
        return lower not in names.common or (lower in names.name_nouns and lower in names.first
                                             and not title_case_phrase)
    return not all(names.ordinary(word) for word in words)


def ner_person_ok(text: str, start: int, end: int, names: NameLists) -> bool:
    """Whether a PERSON span from the statistical NER model is plausibly a person.

    Small English NER models tag capitalised foreign nouns as PERSON ("Boverket's", "Skåne", "SNI", "Säker
    Vatten-certified"). Rejected: spans failing `ner_person_shape_ok`, and spans none of whose words is a known
    first or last name (function words like "Die" do not count), unless a person cue (`person_context`) is near.
    Names the gazetteer lacks still pass when a cue is near (signature, greeting, "Customer reference:") or when
    two models agree (see Redactor.analyze), and the pattern recognizers catch them independently.
    """
    if not ner_person_shape_ok(text, start, end, names):
        return False
    # A lower-case ordinary word ("max U-value") is not evidence of a name even when it is also a first name.
    parts = [part.lower() for word in _WORD.findall(text[start:end]) for part in re.split(r"[-'’]", word)
             if part and not (part.islower() and part in names.common)]
    known = any((part in names.first or part in names.last) and part not in STOP_WORDS
                and part not in FOREIGN_STOP_WORDS for part in parts)
    return known or person_context(text, start, end)


def uncovered_candidates(text: str, spans: Sequence[tuple[int, int]], names: NameLists) -> bool:
    """Whether `text` has a capitalised word, not at a line start, that is no ordinary word and lies outside
    every span: the only places where another NER model can still find a name."""
    for match in _WORD.finditer(text):
        word = match.group()
        if not word[0].isupper() or _acronym(word) or word.lower() in names.common:
            continue
        if any(start <= match.start() < end for start, end in spans):
            continue
        return True
    return False


def _fold_same_length(text: str) -> str:
    """`_fold` character by character, keeping a character whose fold is not one character (offsets stay valid)."""
    if text.isascii():
        return text.lower()
    out = []
    for ch in text:
        folded = _fold(ch) if ord(ch) > 127 else ch.lower()
        out.append(folded if len(folded) == 1 else ch.lower())
    return "".join(out)


def _to_copy(copy: Normalised, start: int, end: int) -> tuple[int, int]:
    """The copy span of original span [start, end): the copy characters whose cluster starts inside it."""
    if copy.starts is None:
        return start, end
    return bisect_left(copy.starts, start), bisect_left(copy.starts, end)


def _email_names(texts: Sequence[str], names: NameLists) -> list[list[tuple[int, int]]]:
    """Capitalised word pairs that spell an email address's local part in the same record ("Vignette Gladu" next
    to VignetteGladu@example.org or vignette.gladu@...): people's addresses are built from their names, and an
    exact match of the whole local part (six letters or more) is no coincidence. Two ordinary words stay
    ("New York" next to newyork@...)."""
    local_parts = {re.sub(r"[^a-z]", "", _fold(match.group(1))) for text in texts
                   for match in _EMAIL_LOCAL.finditer(text)} if any("@" in text for text in texts) else set()
    local_parts = {part for part in local_parts if len(part) >= 6}
    out: list[list[tuple[int, int]]] = []
    for text in texts:
        found: list[tuple[int, int]] = []
        if local_parts:
            words = list(_WORD.finditer(text))
            for first, second in zip(words, words[1:], strict=False):
                pair = (first.group(), second.group())
                if text[first.end():second.start()] == " " and pair[0][0].isupper() and pair[1][0].isupper() \
                        and not all(word.lower() in names.common for word in pair) \
                        and re.sub(r"[^a-z]", "", _fold(first.group() + second.group())) in local_parts:
                    found.append((first.start(), second.end()))
        out.append(found)
    return out


# A name that starts with initials: "T. Sakurai", "I. de los Ríos", "J.-P. Roux" (the first initial is group 1).
_LEAD_INITIAL = re.compile(r"([A-ZÀ-ÖØ-ÞĀ-Ž])\.(?:-?[A-Z]\.)*[ \t]")


def _initial_matches(text: str, initials: set[str], taken: Sequence[tuple[int, int]], names: NameLists
                     ) -> list[tuple[int, int]]:
    """Capitalised words that spell out an initial of a name found in the record ("T. Sakurai" ... "Tsubasa
    reports"): notes abbreviate the given name in a header and write it out in the text. Ordinary words, stop
    words, titles and acronyms stay ("Today", "The", "TSH"), and so does a word already inside a span; a word
    that is no known given name needs five letters or more."""
    out = []
    for match in _WORD.finditer(text):
        word = match.group()
        lower = word.lower()
        if word[0] not in initials or len(word) < 3 or not word[1:2].islower() or lower in STOP_WORDS \
                or lower in _TITLE_WORDS or lower in names.common:
            continue
        # An unknown word needs 5+ letters: the word list misses short irregular forms ("Seen", "Sent", "Took").
        if lower not in names.first and len(word) < 5:
            continue
        if any(start <= match.start() < end for start, end in taken):
            continue
        out.append((match.start(), match.end()))
    return out


_NAME_WORD = r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*"  # "Ji-woo", "O'Dwyer"
# Dutch and German surname particles, which are no ordinary words elsewhere ("de" and "la" are French prose).
_LEAD_PARTICLES = re.compile(r"(?<![\w'’-])((?:van|von|ter|ten|vander|van de|van der|van den|von der|von dem|de la"
                             r"|de los|de las)[ \t]+)$")
_NEXT_WORD = re.compile(rf"[ \t]((?:[A-Z]\.)|{_NAME_WORD}|['’]t)(?![\w'’-])")
_PREV_WORD = re.compile(rf"(?<![\w'’.-])((?:[A-Z]\.)|{_NAME_WORD})[ \t]$")


def _extended(text: str, found: Sequence[tuple[int, int]], names: NameLists) -> list[tuple[int, int]]:
    """Each span grown over the name-like words right next to it on its line, up to three each side: "Putu
    [Ayu Wulandari]", "[PAPADOPOULOU] Eleni-Marina", "J. [K. Trebilcock]", "[Jeroen] van 't Hof", "Nur [Aisyah]
    binti Rahman". A model or rule that found part of a name leaves the rest in the text; the rest leaks, and its
    other mentions are not propagated. A next word must be capitalised and read as a name (a known name or no
    ordinary word, no acronym unless the name is in capitals), an initial, or a particle followed by one."""

    lower_text = lower_case_text(text)  # "change it to daavid haanpää": its names are lower case too

    def name_like(word: str, shouted: bool, at: int) -> bool:
        lower = word.lower()
        if lower_text and word.islower() and lower not in names.common and lower not in STOP_WORDS \
                and lower not in FOREIGN_STOP_WORDS and lower not in PARTICLES \
                and (names.known(word) or len(word) >= 5) \
                and lower not in _GREETING_WORDS and lower not in _TITLE_WORDS and lower not in _NOT_ADDRESSEES:
            # Short unlisted words are chat words ("says", "seen", "thx": inflections the word list lacks).
            return True
        if not word[0].isupper() or lower in STOP_WORDS or lower in _TITLE_WORDS or lower in _GREETING_WORDS \
                or lower in _NOT_ADDRESSEES or lower in FOREIGN_STOP_WORDS:
            return False
        if re.search(r"[a-z][A-Z]", word.removeprefix("Mc").removeprefix("Mac")) and "-" not in word:
            return False  # "FailureReason", "PostgreSQL": code and product words
        if _ROLE_CUE.search(word + " "):
            return False  # "Ehemann [Zelimkhan]", "Patientin [Ana]": a role before a name is no part of it
        if len(word) == 2 and word[1] == ".":
            return True  # an initial
        if _acronym(word) and not (shouted and len(word) >= 3):
            return False
        if lower not in names.common:
            return True
        # An ordinary word that is also a given name ("Grace", "Ask") only mid-sentence: "Ask Maria" is a verb.
        lead = text[max(0, at - 3):at].rstrip(" \t")
        return lower in names.first and at > 0 and lead[-1:] not in ("", "\n", ".", "!", "?", ":", "-")

    def surname_noun(word: str, span: str) -> bool:
        # "Graham Bellingham", "Dr Imelda Kettering": after a lone given name, a capitalised word WordNet holds
        # only as a noun (towns, inventors) is the surname; not a place or organisation word ("Maria Street").
        lower = word.lower()
        return (word[:1].isupper() and not _acronym(word) and len(word) >= 5 and lower in names.noun_only
                and lower not in _NAME_TAIL_GLUE and len(span.split()) == 1 and names.given(span)
                and not names.ordinary(span))

    out = []
    for start, end in found:
        shouted = text[start:end].isupper()
        for _ in range(3):
            match = _NEXT_WORD.match(text, end)
            if not match:
                break
            word = match.group(1)
            if surname_noun(word, text[start:end]):
                end = match.end()
                continue
            if word.lower() in PARTICLES or word in ("'t", "’t"):
                after = _NEXT_WORD.match(text, match.end())
                if not after or not name_like(after.group(1), shouted, after.start(1)):
                    break
                end = after.end()
            elif name_like(word, shouted, match.start(1)) and not (len(word) == 2 and word[1] == "."):
                end = match.end()
            else:
                break
        lead = _LEAD_PARTICLES.search(text, max(0, start - 20), start)
        if lead and text[start:start + 1].isupper():
            start = lead.start(1)  # "It may be that van der [Wielen] was": the particles belong to the surname
        for _ in range(3):
            match = _PREV_WORD.search(text, max(0, start - 40), start)
            if match and match.group(1).lower() in PARTICLES:  # "Nur Aisyah binti [Rahman]"
                before = _PREV_WORD.search(text, max(0, match.start(1) - 40), match.start(1))
                if not before or not name_like(before.group(1), shouted, before.start(1)):
                    break
                start = before.start(1)
                continue
            if not match or not name_like(match.group(1), shouted, match.start(1)):
                break  # "Dear Anna", "Customer Iwo": greetings and ordinary words are no name parts
            start = match.start(1)
        out.append((start, end))
    return out


# "Nkechi and Obinna Chukwu", "Ana y Luis Pérez", "Obinna Chukwu & Nkechi": a word joined to a found name.
_AND = r"[ \t]+(?:and|&|or|und|oder|et|ou|y|o|e|och|eller|og|en|i|ve|veya|dan|atau|na)[ \t]+"
_BEFORE_AND = re.compile(rf"(?<![\w'’-])({_NAME_WORD}){_AND}$")
_AFTER_AND = re.compile(rf"{_AND}({_NAME_WORD})(?![\w'’-])")
# Rosters and lists: "Bridie + Seamus", "Mags / Tadhg", "Finish: Anri, Marthinus". A comma joins only a one-word
# item that ends a list item itself (a comma, "and", a line end follows; a colon or comma comes before), so
# "Sipho Dube, Durban office" keeps its place.
_BEFORE_LIST = re.compile(rf"(?:(?<=[:,(])|(?<=[:,(][ \t]))({_NAME_WORD})[ \t]*(?:[+/]|,)[ \t]*$")
_AFTER_SLASH = re.compile(rf"[ \t]*[+/][ \t]*({_NAME_WORD})(?![\w'’-])")
_AFTER_COMMA = re.compile(rf",[ \t]*({_NAME_WORD})(?=[ \t]*(?:[,;)]|$|\n|[ \t]and[ \t]))")


def _coordinated(text: str, found: Sequence[tuple[int, int]], names: NameLists) -> list[tuple[int, int]]:
    """Capitalised words joined by "and" (or its equivalent in other languages) to a found name, repeatedly
    ("Ama and Kofi and Yaw Mensah"). The word must read as a name: no ordinary word unless it is a known given
    name, no function word, title, greeting or acronym ("Sales and Maria Lopez" keeps "Sales")."""

    def name_like(word: str, start: int) -> bool:
        lower = word.lower()
        if not word[0].isupper() or _acronym(word) or lower in STOP_WORDS or lower in PARTICLES \
                or lower in _TITLE_WORDS or lower in _GREETING_WORDS or lower in _NOT_ADDRESSEES \
                or lower in FOREIGN_STOP_WORDS:
            return False
        if lower not in names.common:
            return True
        # An ordinary word that is also a given name ("Grace", "Sales" is in the lists) counts only mid-sentence:
        # at a sentence start its capital says nothing.
        lead = text[max(0, start - 3):start].rstrip(" \t")
        return (lower in names.first or lower in names.last) and start > 0 \
            and lead[-1:] not in ("", "\n", ".", "!", "?", ":")

    def listed(word: str) -> bool:
        # List items must be plainer names: no ordinary word, no brand shape ("PostgreSQL", "Sainsbury's").
        return word[0].isupper() and len(word) >= 3 and not _acronym(word) and not names.ordinary(word) \
            and not INSTITUTION.search(word) \
            and word.lower() not in STOP_WORDS and word.lower() not in FOREIGN_STOP_WORDS \
            and not re.search(r"['’]s$|.[a-z][A-Z]", word.removeprefix("Mc").removeprefix("Mac"))

    out: list[tuple[int, int]] = []
    todo = list(found)
    seen = set(found)
    while todo:
        start, end = todo.pop()
        before = _BEFORE_AND.search(text, max(0, start - 40), start)
        after = _AFTER_AND.match(text, end)
        joined = [match for match in (before, after) if match and name_like(match.group(1), match.start(1))]
        if text[end:end + 2].strip(" \t")[:1] in (",", "+", "/") or text[max(0, start - 3):start].strip(" \t")[-1:] \
                in (",", "+", "/"):
            joined += [match for match in (_BEFORE_LIST.search(text, max(0, start - 40), start),
                                           _AFTER_SLASH.match(text, end), _AFTER_COMMA.match(text, end))
                       if match and listed(match.group(1))]
        for match in joined:
            if (match.start(1), match.end(1)) not in seen:
                span = (match.start(1), match.end(1))
                seen.add(span)
                out.append(span)
                todo.append(span)
    return out


_CJK_TOKEN = re.compile(r"[\u3005\u3400-\u9fff\u30a0-\u30ff\uac00-\ud7a3]+")


def propagate(texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]], names: NameLists
              ) -> list[list[tuple[int, int]]]:
    """Every other occurrence, in any text of one record, of a found name and of each of its tokens.

    `spans[i]` are the PERSON spans found in `texts[i]`. A token that is an ordinary word ("Hope", "Will",
    "Rose") spreads only where it is written exactly as in the name, so "I hope" stays; other tokens spread in any
    case and with or without accents ("NGUYEN" -> "Nguyen", "nguyen", "Nguyễn"). Handles spread without their
    digits and separators ("wawan_h" -> "wawan"). Returns the new spans per text (not the ones given).
    """
    # Work on the detection copies (pipeline/normalise.py): a name written "Quar\u200bshie", "Ｑｕａｒｓｈｉｅ" or
    # with a no-break hyphen in one field is the same name as plain "Quarshie" in another, both ways round.
    copies = [normalise(text) for text in texts]
    originals = texts
    texts = [copy.text for copy in copies]
    spans = [[_to_copy(copy, start, end) for start, end in found] for copy, found in zip(copies, spans, strict=True)]
    from_email = _email_names(texts, names)
    spans = [[*found, *extra] for found, extra in zip(spans, from_email, strict=True)]
    spans = [[*_extended(text, found, names)] for text, found in zip(texts, spans, strict=True)]
    spans = [[*found, *_coordinated(text, found, names)] for text, found in zip(texts, spans, strict=True)]
    from pipeline.name_fields import cjk_given_name

    capitalised: set[str] = set()
    folded: set[str] = set()
    initials: set[str] = set()
    cjk: set[str] = set()  # CJK and Hangul names and their parts: no spaces around them in running text
    for text, found in zip(texts, spans, strict=True):
        for start, end in found:
            value = text[start:end]
            parts = [part for part in value.split() if _CJK_TOKEN.fullmatch(part) and len(part) >= 2]
            cjk |= {*parts, *(given for part in parts if (given := cjk_given_name(part)))}
            lead = _LEAD_INITIAL.match(value)
            if lead:
                initials.add(lead.group(1))
            tokens = {w for w in _WORD.findall(value)}
            tokens |= {part for w in list(tokens) for part in re.split(r"[-'’]", w) if len(part) > 1}
            tokens |= {part for part in re.split(r"[\W\d_]+", value) if len(part) > 2}
            for token in tokens:
                lower = token.lower()
                if len(token) < 2 or lower in PARTICLES or lower in _TITLE_WORDS:
                    continue
                if lower in STOP_WORDS:
                    continue
                if lower in names.common and len(lower) < 5:
                    capitalised.add(_fold(token))  # "Hope", "Mark": only where capitalised ("I hope" stays)
                else:
                    folded.add(_fold(token))  # "MARCEL", "Erin" -> "erin" too: the record names that person
                    folded.add(lower)
    if not capitalised and not folded and not initials and not cjk:
        return [[] for _ in originals]
    letter = r"[^\W\d_]"

    def alternation(words: set[str]) -> re.Pattern[str]:
        body = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        return re.compile(rf"(?<!{letter})(?:{body})(?!{letter})")

    folded_re = alternation(folded) if folded else None
    capital_re = alternation(capitalised) if capitalised else None
    cjk_re = re.compile("|".join(sorted(map(re.escape, cjk), key=len, reverse=True))) if cjk else None
    out: list[list[tuple[int, int]]] = []
    for text, found in zip(texts, spans, strict=True):
        new: list[tuple[int, int]] = []
        if folded_re is not None or capital_re is not None:
            lowered = _fold_same_length(text)
            if folded_re is not None:
                new += [(m.start(), m.end()) for m in folded_re.finditer(lowered)]
            if capital_re is not None:
                # Sentence starts count too ("Marcel reports..."): the name's own record makes them likely names.
                new += [(m.start(), m.end()) for m in capital_re.finditer(lowered) if text[m.start()].isupper()]
        if cjk_re is not None:
            new += [(m.start(), m.end()) for m in cjk_re.finditer(text)]
        if initials:
            new += _initial_matches(text, initials, [*found, *new], names)
        out.append(new)
    out = [[*new, *extra] for new, extra in zip(out, from_email, strict=True)]
    # A spread mention may be part of a longer name there ("Oluwaseun Adeyemi-Bakare" when only "Oluwaseun" was
    # found in the sign-off): grow it too.
    out = [_extended(text, new, names) for text, new in zip(texts, out, strict=True)]
    return [[copy.to_original(start, end) for start, end in new] for copy, new in zip(copies, out, strict=True)]
