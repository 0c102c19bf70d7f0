"""The name lists behind PERSON detection: the gazetteer of given and family names (configs/names/), the
ordinary words that are no names on their own (English from the spaCy model's WordNet index, the stop words of the
languages sovtune detects, courtesy words) and the form labels of those languages. The patterns that use them are
in pipeline/names.py and the name_*.py modules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS


@dataclass(frozen=True)
class NameLists:
    """Lower-cased first and last names (gazetteer) and words that are not names on their own."""

    first: frozenset[str]
    last: frozenset[str]
    common: frozenset[str]  # a `Words` when built by load_name_lists
    # Given and family names that WordNet lists only as nouns ("david", "veronica"): ordinary in lower case, names
    # when capitalised.
    name_nouns: frozenset[str] = frozenset()
    # Every WordNet lemma listed only as a noun: proper nouns hide there ("bellingham", "kettering"), beside
    # ordinary nouns ("table"); beside a given name a capitalised one reads as the surname.
    noun_only: frozenset[str] = frozenset()

    def ordinary(self, word: str) -> bool:
        """Whether `word` reads as an ordinary word here: in the word list, unless it is a capitalised name that
        WordNet holds only as a (proper) noun."""
        lower = word.lower()
        return lower in self.common and not (word[:1].isupper() and lower in self.name_nouns)

    def given(self, word: str) -> bool:
        """Whether `word` (any case) is a listed given name, hyphenated ones included ("Kimberly-Ann",
        "Jean-Baptiste"), as long as every part is one."""
        lower = word.lower()
        if lower in self.first:
            return True
        if "-" not in lower and "‐" not in lower:  # most words: no split (this runs for every word of a text)
            return False
        parts = re.split(r"[-‐]", lower)
        # "Rolls-Royce" is no given name: every part is a name and no part an ordinary word.
        return len(parts) > 1 and all(len(part) >= 2 and part in self.first and part not in self.common
                                      for part in parts)

    def known(self, word: str) -> bool:
        """Whether `word` (any case) is a first or last name of the gazetteer, also behind a surname prefix that
        lists leave out ("o'sullivan" -> "sullivan", "al-rashid" -> "rashid", "d'souza" -> "souza")."""
        lower = word.lower()
        if lower in self.first or lower in self.last:
            return True
        prefix = _SURNAME_PREFIX.match(lower)
        return bool(prefix) and len(lower) - prefix.end() >= 3 and lower[prefix.end():] in self.last


# Prefixes glued to a surname by an apostrophe or hyphen: Irish O', Italian/French D', Arabic Al-/El-, Ben-.
_SURNAME_PREFIX = re.compile(r"(?:o|d|l)['’]|(?:al|el|ben|abu|bin)-")


_SUFFIXES = (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ies", "y"), ("ied", "y"),
             ("ly", ""), ("er", ""), ("ers", ""), ("est", ""), ("'s", ""), ("’s", ""))


class Words(frozenset[str]):
    """Lower-case ordinary words; membership also holds for regular inflections ("referring", "notes", "holders")
    of a listed word, which WordNet's lemma index lacks."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        if not isinstance(word, str) or len(word) < 5:
            return False
        for suffix, replacement in _SUFFIXES:
            if word.endswith(suffix):
                stem = word[:-len(suffix)]
                if len(stem) >= 3 and frozenset.__contains__(self, stem + replacement):
                    return True
                # "referring" -> "refer", "logged" -> "log"; but "himmest" is no form of "him": past and present
                # participles double a consonant after 3 letters, the other suffixes after 4.
                shortest = 4 if suffix in ("ed", "ing") else 5
                if len(stem) >= shortest and stem[-1] == stem[-2] and frozenset.__contains__(self, stem[:-1]):
                    return True
        return False


def _read_names(paths: Iterable[Path]) -> frozenset[str]:
    names: set[str] = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                names.add(line.strip().lower())
    return frozenset(names)


def load_name_lists(names_dir: Path, common_words: Iterable[str], noun_words: Iterable[str] = ()) -> NameLists:
    """Read every `first_names*.txt` and `last_names*.txt` of `names_dir` (one name a line, # comments).

    Raises:
        FileNotFoundError: `names_dir` has no first_names*.txt or no last_names*.txt.
    """
    first_files = sorted(names_dir.glob("first_names*.txt"))
    last_files = sorted(names_dir.glob("last_names*.txt"))
    if not first_files or not last_files:
        raise FileNotFoundError(f"{names_dir}: needs first_names*.txt and last_names*.txt (see configs/names/)")
    common = Words(set(common_words) | FOREIGN_STOP_WORDS | FORM_LABELS)
    first, last = _read_names(first_files), _read_names(last_files)
    noun_only = frozenset(noun_words)
    name_nouns = (noun_only & (first | last)) - FOREIGN_STOP_WORDS - FORM_LABELS - STOP_WORDS
    return NameLists(first, last, common, name_nouns, noun_only)


def _foreign_stop_words() -> frozenset[str]:
    """Function words of the languages whose records sovtune sees most ("le", "und", "och"): never names alone.

    Each list is spaCy's `spacy/lang/<code>/stop_words.py`, run as a file of its own: importing it as
    `spacy.lang.fr.stop_words` would first run the language package, whose tokenizer exceptions compile for
    seconds (8 s for French on 2 cores) in every process that redacts.
    """
    import importlib.util

    spacy = importlib.util.find_spec("spacy")  # finds the package without importing it
    if spacy is None or not spacy.submodule_search_locations:
        return frozenset()
    words: set[str] = set()
    for code in ("fr", "de", "sv", "es", "it", "nl", "pt", "da", "nb", "fi", "pl"):
        path = Path(spacy.submodule_search_locations[0]) / "lang" / code / "stop_words.py"
        spec = importlib.util.spec_from_file_location(f"_sovtune_stop_words_{code}", path)
        if not path.is_file() or spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        words |= getattr(module, "STOP_WORDS", set())
    # Stop-word lists carry a few real given names as words ("jan" is January in Dutch, "per" Swedish "by").
    return frozenset(w for w in words if " " not in w)


# Greetings and courtesy words that open letters and lines in many languages ("Cher confrère,", "Bitte SEPA-Mandat
# ...", "Hello, the inner pot"): the name lists hold some of them ("Cher", "Bitte"), but alone they name no one.
_COURTESY_WORDS = frozenset({"bitte", "danke", "cher", "chère", "hello", "hallo", "bonjour", "merci", "gracias",
                             "grazie", "obrigado", "obrigada", "kiitos", "dzięki", "dziękuję", "hola", "salut", "moin",
                             "servus", "saludos", "estimado", "estimada", "prezado", "prezada", "geachte", "liebe",
                             "lieber"})
FOREIGN_STOP_WORDS = _foreign_stop_words() | _COURTESY_WORDS


# Form labels of the languages sovtune's users write ("Naam:", "Adresse:", "Geboortedatum:", "Asunto:"): a line
# "Label: value" is a form field, not a chat speaker, and the label is no name.
FORM_LABELS = frozenset({
    "name", "naam", "namn", "navn", "nimi", "nome", "nombre", "nom", "prénom", "prenom", "vorname", "nachname",
    "voornaam", "achternaam", "efternamn", "förnamn", "fornavn", "etternavn", "sukunimi", "etunimi", "nazwisko",
    "imię", "imie", "jméno", "příjmení", "név", "vezetéknév", "keresztnév", "apellido", "apellidos", "cognome",
    "sobrenome", "soyad", "soyadı", "ad", "adı", "isim", "adres", "adresse", "adress", "address", "indirizzo",
    "dirección", "direccion", "morada", "endereço", "endereco", "osoite", "anschrift", "cím", "adresa", "subject",
    "asunto", "betreff", "onderwerp", "ämne", "emne", "aihe", "oggetto", "objet", "assunto", "konu", "věc", "vec",
    "temat", "tárgy", "açıklama", "aciklama", "beschreibung", "descripción", "descripcion", "beschrijving",
    "description", "geboortedatum", "födelsedatum", "fødselsdato", "geburtsdatum", "syntymäaika", "nascimento",
    "naissance", "nacimiento", "dob", "patient", "paciente", "patiente", "patientin", "pasient", "potilas",
    "patiënt", "cliente", "klient", "klant", "asiakas", "kunde", "kundin", "müşteri", "ügyfél", "personnummer",
    "henkilötunnus", "fødselsnummer", "telefon", "puhelin", "telefoon", "teléfono", "telefono", "telefone",
    "e-posta", "eposta", "e-post", "epost", "sähköposti", "correo", "kundanteckning", "klientnotat", "kirjoittaja",
    "notat", "nota", "note", "notes", "anteckning", "remarque", "bemerkung", "opmerking", "kommentar",
    "comentario", "observaciones", "familie", "empfänger", "absender", "destinataire", "expéditeur", "mottagare",
    "avsändare", "modtager", "afsender", "destinatario", "remitente", "mittente", "ontvanger", "afzender",
    "odbiorca", "nadawca", "příjemce", "odesílatel", "vastaanottaja", "lähettäjä", "alıcı", "gönderen", "címzett",
    "feladó", "datum", "date", "fecha", "data", "päivämäärä", "tarih", "dátum", "beruf", "occupation", "ocupación",
    "status", "estado", "stato", "tila", "durum", "priorität", "prioridad", "priorità", "categoria", "kategorie",
})
