"""Names no list holds, found by where they stand: runs of capitalised non-words in mid-sentence ("referring Zarita
Akhtakhanov"), at a sentence start before a reporting verb ("Tevita Fifita called"), as the item of a list line
("08:35 Sunday Ibekwe, Flat 2"), and one such word before a verb only people do ("Bolormaa will cover").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.name_context import _PLACE_WORDS, _capitalised_alone
from pipeline.name_lists import FOREIGN_STOP_WORDS, NameLists
from pipeline.names import _CAP, _PARTICLE_RE, _WORD, INSTITUTION, PARTICLES, SCORE, Finder, _acronym

# Two or three capitalised words after a lower-case word or comma: "referring Zarita Akhtakhanov, aged 46".
_MID_SENTENCE_RUN = re.compile(
    rf"(?<=[a-zß-ÿа-яёђ-џґғқңүұһәө,] )({_CAP}(?:[ \t](?:{_PARTICLE_RE}[ \t]){{0,2}}{_CAP}){{1,2}})(?![\w-])"
)
# The same runs at a sentence or line start when a reporting verb follows: "Tevita Fifita called twice.", notes
# begin with who did what. Verbs only, not "is"/"was": "Grafana Loki is down" is a product.
_REPORTING_RUN = re.compile(
    rf"(?:^|(?<=[.!?:;][ \t])|(?<=\n))({_CAP}(?:[ \t](?:{_PARTICLE_RE}[ \t]){{0,2}}{_CAP}){{1,2}})"
    r"(?=[ \t]+(?:(?:has|had|have|also|then|will|would|has[ \t]+also)[ \t]+)?(?:called"
    r"|rang|phoned|emailed|wrote|said|says|reported|reports|asked|asks|complained|confirmed|requested|visited"
    r"|arrived|joined|moved|paid|prefers|wants|needs|agreed|declined|mentioned|replied|signed|collected)\b)"
)
# The same runs as the item of a list line, before a comma, a bracket, a dash or the line end: rosters, delivery runs
# and scholarship lists ("08:35 Sunday Ibekwe, Flat 2, ...", "16:10 Andile Cele (father of ...)", "1. Boitumelo
# Seretse - Engineering"). Headings of such lists are ordinary words ("1. Project Overview - ...").
_LIST_ITEM_RUN = re.compile(
    rf"(?m)^[ \t]*(?:\d{{1,2}}[:.]\d\d|\d{{1,3}}[.)]|[-•*·])[ \t]+"
    rf"({_CAP}(?:[ \t](?:{_PARTICLE_RE}[ \t]){{0,2}}{_CAP}){{1,2}})"
    r"(?=[ \t]*(?:,|\(|[–—-][ \t]|$))"
)
# One capitalised non-word mid-sentence ("send it over, Kourosh will check", "a slice for Begay"), the word
# before it in group 2; not after a place preposition ("at Lantmäteriet", "in Skåne").
_MID_SENTENCE_WORD = re.compile(rf"([a-zß-ÿа-яёђ-џґғқңүұһәө]+) ({_CAP})(?![\w'’-]|[ \t]+[A-ZА-Я]|[ \t]*[(:][ \t]*\d)")
# One capitalised non-word at a sentence or line start before a verb only people do: "Bolormaa will cover the
# stand-up", "Thuli phoned the result" (a product "restarted" or "failed"; "Grafana said" it does not).
_REPORTING_WORD = re.compile(
    rf"(?:^|(?<=[.!?][ \t])|(?<=\n))({_CAP})[ \t]+(?:(?:has|had|also|then|will|would)[ \t]+)?(?:rang|phoned|emailed"
    r"|said|says|asked|asks|complained|visited|agreed|declined|mentioned|replied|apologi[sz]ed|promised|cover(?:s|ed)?"
    r"|is[ \t]+covering|took[ \t]+over)\b"
)


def _institution_or_compound(word: str, common: frozenset[str]) -> bool:
    """An agency or statute word, or a compound with an acronym, a letter or a word in it ("F-tax", "U-value",
    "ROT-eligible"): no person's name."""
    if INSTITUTION.search(word):
        return True
    parts = re.split(r"[-'’]", word)
    return len(parts) > 1 and any(len(p) < 2 or _acronym(p) or (p.lower() in common and p[0].islower())
                                  for p in parts if p.lower() != "s")


def _name_shaped(word: str, common: frozenset[str]) -> bool:
    """A capitalised word that may stand alone as a name: at most 15 letters (longer ones are compounds), no acronym,
    stop word, code word ("PostgreSQL"), agency or compound."""
    lower = word.lower()
    return (len(word) <= 15 and not _acronym(word) and lower not in STOP_WORDS and lower not in FOREIGN_STOP_WORDS
            and not re.search(r".[a-z][A-Z]", word) and not _institution_or_compound(word, common))


def unknown_run_finder(names: NameLists) -> Finder:
    """Runs of capitalised words in mid-sentence that are no ordinary words: names of any culture that no list
    holds ("Quách Gia Hân", "Sakurai Tsubasa"), such runs at a sentence start before a reporting verb ("Tevita
    Fifita called") or as a list item ("1. Boitumelo Seretse - Law"), and one such word mid-sentence or before a
    verb only people do ("Bolormaa will cover"). Only for languages that do not capitalise nouns (the caller skips
    German); words of 16+ letters are compounds ("Näringsgrensindelning"), not names.
    """
    common = names.common

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for match in _REPORTING_WORD.finditer(text):
            word = match.group(1)
            if len(word) >= 3 and _name_shaped(word, common) and not names.ordinary(word) and not re.search(
                    r"['’]", word):  # "He's agreed"
                yield match.start(1), match.end(1), SCORE
        for match in _MID_SENTENCE_WORD.finditer(text):
            word = match.group(2)
            if len(word) >= 4 and _name_shaped(word, common) and word.lower() not in common \
                    and not names.known(word) and match.group(1).lower() not in _PLACE_WORDS \
                    and _capitalised_alone(text, match.start(2), match.end(2)):
                yield match.start(2), match.end(2), SCORE
        for match in (*_MID_SENTENCE_RUN.finditer(text), *_REPORTING_RUN.finditer(text),
                      *_LIST_ITEM_RUN.finditer(text)):
            parts = [w for w in _WORD.findall(match.group(1)) if w.lower() not in PARTICLES]
            if any(_acronym(p) or len(p) > 15 or (p.lower() in common and not names.known(p))
                   or p.lower() in STOP_WORDS or p.lower() in FOREIGN_STOP_WORDS for p in parts):
                continue
            if any(p.lower() not in common for p in parts):
                yield match.start(1), match.end(1), SCORE

    return find
