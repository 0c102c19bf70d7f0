"""Dates, dates of birth, ages over 89 and URLs: the date elements HIPAA Safe Harbor removes, and the dates of
birth every policy removes (after a cue in ~30 languages, under a DOB column or in a person's row, and beside a
named person). National and cue-word identifiers are in pipeline/identifiers.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from pipeline.identifiers import _DOB_COLUMN, Finder, _column

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember"
          r"|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre"
          r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
          r"|januari|februari|maj|augusti|okt|mars|juni|juli"
          r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
          # Portuguese, Polish (genitive) and Turkish months
          r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
          r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"
          r"|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"
          # Czech and Croatian (genitive) and Hungarian months
          r"|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince"
          r"|siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga|prosinca"
          r"|január|február|március|április|május|június|július|augusztus|szeptember|október)\.?")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|\.|er)?"
DATE = re.compile(
    r"(?i)(?<![\w./-])(?:"
    r"\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:[T ]\d{2}:\d{2}(?::\d{2})?)?"  # ISO 8601
    r"|\d{4}/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])"
    r"|(?:1[89]|20)\d{2}\. ?(?:0[1-9]|1[0-2])\. ?(?:0[1-9]|[12]\d|3[01])\.?"  # 1980.02.29 (KR, HU, JP)
    r"|(?:0?[1-9]|[12]\d|3[01])([/-])(?:0?[1-9]|[12]\d|3[01])\1(?:\d{4}|\d{2})"  # 12/03/2024, 3-12-24
    r"|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{4}|\d{2})"  # 12.03.2024
    r"|(?:0?[1-9]|[12]\d|3[01])\.[ \t](?:0?[1-9]|1[0-2])\.[ \t](?:19|20)\d{2}"  # 10. 3. 1979 (CZ, SK)
    r"|(?:0?[1-9]|[12]\d|3[01])\.(?-i:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.(?:19|20)\d{2}"  # 21.IV.1984
    r"|(?:0[1-9]|[12]\d|3[01]) (?:0[1-9]|1[0-2]) (?:19|20)\d{2}"  # 23 08 1971 (forms with boxes)
    r"|(?:0?[1-9]|[12]\d|3[01])(?-i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:\d{4}|\d{2})"  # 12APR87 (travel)
    # 17-Aug-1988
    r"|(?:0?[1-9]|[12]\d|3[01])[-/ ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[-/ ](?:19|20)\d{2}"
    rf"|{_DAY}\s+de\s+{_MONTH}\s+de\s+\d{{4}}"  # 14 de marzo de 1987 (Spanish, Portuguese)
    rf"|{_MONTH}-{_DAY}-\d{{4}}"  # Mar-14-1987
    r"|(?:1[89]|20)\d{2}年(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12]\d|3[01])日"  # 1987年3月14日
    rf"|(?:19|20)\d{{2}}\.\s{_MONTH}\s(?:0?[1-9]|[12]\d|3[01])\.?"  # 1983. május 6. (HU)
    rf"|{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+\d{{4}})?"  # 3 March 2024, 3rd of March
    rf"|{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?"  # March 3, 2024
    rf"|{_MONTH}\s+\d{{4}}"  # March 2024 (the month is a date element too)
    r")(?![\w/-])"
)
# Cue words for a date of birth in English, German, Dutch, French, Spanish, Portuguese, Italian, the Nordic
# languages and Icelandic, Finnish, Polish, Czech, Hungarian, Romanian, Turkish, Indonesian, Malay, Vietnamese, Filipino
# and Korean, and the "b." of genealogies; a cue is followed by the date, or by its year alone ("b. 1901", "born in
# 1956").
_DOB_WORDS = (
    r"(?:\b(?:born(?:\s+(?:on(?:\s+the)?|in))?|date\s+of\s+birth|birth\s?date|birthday|d\.?o\.?b|geb(?:oren)?(?:\.?\s*am)?"
    r"|geburtsdatum|geb\.?-?\s?datum|geboren(?:\s+op)?|geboortedatum|née?(?:\s+le)?|date\s+de\s+naissance"
    r"|nacid[oa](?:\s+el)?|fecha\s+de\s+nacimiento|f\.\s?nac(?:imiento)?|nascid[oa](?:\s+(?:em|a))?|data\s+de\s+nascimento"
    # The birthplace may stand between the cue and the date: "nata a Bari il", "nacido en Cádiz el".
    r"|nat[oa]\s+(?:il|nel)|nat[oa]\s+a\s+(?:[\w'’]+\s){1,3}(?:il|nel)|nacid[oa]\s+en\s+(?:[\w'’]+\s){1,3}el"
    r"|nascid[oa]\s+(?:em|no|na)\s+(?:[\w'’]+\s){1,3}(?:em|a)|data\s+di\s+nascita|född(?:\s+den)?|födelsedatum|født|fødd|fødselsdato|fædd(?:ur)?"
    r"|fæðingardagur|syntynyt|syntymäaika|urodzon[ya]|data\s+urodzenia|narozen[aáý]?|datum\s+narození"
    r"|rođen[aoi]?|rođ|roden[a]?|rodjen[a]?|narodil[a]?|nar|gim(?:ęs|usi|imo\s+data)?|b-?day|роден[аo]?|родился"
    r"|родилась|nasc|született|születési\s+(?:dátum|idő)|data\s+na[sș]terii|născut[ăa]?|doğum\s+tarihi|doğumlu|tanggal\s+lahir"
    # Russian, Ukrainian, Belarusian, Serbian/Croatian/Bosnian, Slovenian and Kazakh.
    r"|дата\s+(?:рождения|народження|нараджэння|рођења)|д\.\s?р\.|датум\s+рођења|datum\s+ro[đd]enja"
    r"|datum\s+rojstva|туған\s+күні|생년월일|nascimento|ur(?=\.)|fecha\s+(?:de\s+)?nac\.?|data\s+de\s+nasc\.?"
    # Greek ("Ημ. γέννησης", "γεννήθηκε"), Chinese and Japanese ("出生日期", "生年月日").
    # Vietnamese, Tagalog/Filipino, Malay, Thai-transliterated forms ("ngày sinh", "petsa ng kapanganakan",
    # "tarikh lahir").
    r"|ngày\s+sinh|sinh\s+ngày|năm\s+sinh|petsa\s+ng\s+kapanganakan|kapanganakan|tarikh\s+lahir|tarikh\s+kelahiran"
    r"|(?:ημ\.?\s?|ημερομηνία\s)?γέννησης|γεννήθηκε|γεννημένος|γεννημένη)\b\.?|(?<![\w.])[bf]\.|出生日期|出生年月日?|生年月日)"
)
# The date may follow in the next sentence or after a verb: "your date of birth? It's 3/9/1971", "born on".
# The answer may come on the next line of a dialogue after a speaker label ("date of birth?\nC: March 3, 1979"),
# or as a JSON value ('"dob":"1994-02-27"').
# A format hint may sit between cue and date: "Date of birth (YYYY-MM-DD): 1990-01-31", "DOB (dd/mm/yyyy)".
_DOB_CUE = re.compile(r"(?i)" + _DOB_WORDS + r"(?:[ \t]*\([^()\n]{1,14}\))?"
                      r"(?:[\s:,\"'=：-]*|[ \t]*[.?!]?[ \t]*(?:it['’]?s|it[ \t]is|that['’]?s"
                      r"|mine['’]?s|mine[ \t]is|is(?:[ \t]the)?|was|should[ \t]be|must[ \t]be|is[ \t]now)"
                      r"(?:[ \t]on)?[ \t]*[:,-]?[ \t]*"
                      # The answer on the next line of a dialogue, after the speaker's label and a timestamp:
                      # "date of birth, please?\n[00:00:12] Caller: ...", "Date of birth of the patient?\nC: ...".
                      r"|(?:[ \t]+of[ \t]+(?:the[ \t]+)?[a-z]{3,10})?(?:,?[ \t]*please)?[ \t]*[.?!][ \t]*\n[ \t]*"
                      r"(?:\[[\d:.]{4,12}\][ \t]*)?[\w.'’ -]{1,20}:[ \t]*)$")
# After a cue only (alone it is any 8-digit number): "DOB 19870314".
_COMPACT_BIRTH = re.compile(r"(?i)" + _DOB_WORDS + r"[\s:=\"']*((?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))"
                            r"(?!\d)")
# The lookahead on the cues' first letters lets the scan skip most positions (2-3x faster on long texts).
_DOB_ANYWHERE = re.compile(r"(?i)(?=[bdfgnrstu생дтрηγ出生])" + _DOB_WORDS)
_BIRTH_YEAR = re.compile(r"(?i)" + _DOB_WORDS + r"[\s:,-]*((?:1[89]|20)\d{2})(?![\w/-]|[.,]\d)")


def _date_ok(value: str) -> bool:
    # Lower-case "may"/"march" are verbs ("we may 12 people", "march 3 miles"); capitalised they are months.
    return not re.match(r"(?:may|march|mar)\b", value) and not re.search(r"\b(?:may|march)\s+\d{1,2}$", value)


def _dates(text: str) -> Iterator[tuple[int, int, float]]:
    for match in DATE.finditer(text):
        if _date_ok(match.group()):
            yield match.start(), match.end(), 0.75


_DOB_COLUMNS = _column(_DOB_COLUMN, 0.85)
# A date cell of a person's row in a list without a header ("HADDAD Youssef,1979-12-05,N2290417,Lebanon"): a
# year from 1900 to 2012 (people aged about 12 or more), in a row that also holds a name cell and an e-mail
# address or an identifier; order, invoice and log rows date events, mostly in recent years.
_ROW_DATE = re.compile(r"(?m)(?:^|(?<=[,;\t|]))[ \t\"]*((?:19\d\d|200\d|201[0-2])-[01]\d-[0-3]\d"
                       r"|[0-3]?\d[./-][01]?\d[./-](?:19\d\d|200\d|201[0-2]))[ \t\"]*(?=[,;\t|]|$)")
_ROW_NAME = re.compile(r"(?:^|[,;\t|])[ \t\"]*[A-ZÀ-Þ][\w'’-]+,?[ \t]+[A-ZÀ-Þ][\w'’.-]+[ \t\"]*(?=[,;\t|]|$)")
_ROW_ID = re.compile(r"(?:^|[,;\t|])[ \t\"]*(?:[^\s,;\t|@]+@[^\s,;\t|]+|[A-Z]{0,3}\d{6,})[ \t\"]*(?=[,;\t|]|$)")


def _row_dates_of_birth(text: str) -> Iterator[tuple[int, int, float]]:
    for match in _ROW_DATE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if max(line.count(d) for d in ",;\t|") >= 3 and _ROW_NAME.search(line) and _ROW_ID.search(line):
            yield match.start(1), match.end(1), 0.8


# A year a living person may be born in (dates after it are events, not births).
_BIRTH_YEAR_IN = re.compile(r"(?<!\d)(?:19\d\d|20[01]\d)(?!\d)")


def _birth_cue_in_layout(text: str, start: int) -> bool:
    """Whether a birth cue stands earlier on the date's line ("DOB / Age: 14/03/1987", "Date of birth (dd/mm/yyyy)
    and place: ...") or heads the line above, as a table header does ("| Name | DOB |" over "| Ana | 14/03/1987 |")."""
    line_start = text.rfind("\n", 0, start) + 1
    if _DOB_ANYWHERE.search(text, line_start, start):
        return True
    if line_start == 0:
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    return bool(_DOB_ANYWHERE.search(text, above, line_start - 1)) and len(text[line_start:start]) <= 60


_MONTH_YEAR = re.compile(rf"(?i){_MONTH}\s+\d{{4}}")
# Without a cue, a narrower range: records date events from the 2010s on as often as people are born in them.
_UNCUED_BIRTH_YEAR = re.compile(r"(?<!\d)(?:19[2-9]\d|200\d)(?!\d)")


def births_beside_people(text: str, taken: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Full dates (day, month and year) with a year a living person may be born in, outside `taken`, in a text
    that names a person: the caller passes only such texts. Cues are written in every language and often left
    out ("Tóth Gergely;1992.11.21;...", "| KARIMI, Arash | IR | 21.IV.1984 |"); events in such records mostly
    date from recent years, so a date of birth is what an older full date beside a person usually is."""
    if not _UNCUED_BIRTH_YEAR.search(text):
        return
    for start, end, _ in _dates(text):
        value = text[start:end]
        if _UNCUED_BIRTH_YEAR.search(value) and not _MONTH_YEAR.fullmatch(value) \
                and not any(s < end and start < e for s, e in taken):
            yield start, end


def _dates_of_birth(text: str) -> Iterator[tuple[int, int, float]]:
    yield from _DOB_COLUMNS(text)
    if any(d in text for d in ",;\t|"):
        yield from _row_dates_of_birth(text)
    if not _DOB_ANYWHERE.search(text):
        return  # the cue is rare: look for it before running the (costlier) date pattern
    for start, end, _ in _dates(text):
        if _DOB_CUE.search(text[max(0, start - 45):start]):
            yield start, end, 0.9
        elif _BIRTH_YEAR_IN.search(text, start, end) and _birth_cue_in_layout(text, start):
            yield start, end, 0.8
    for pattern in (_BIRTH_YEAR, _COMPACT_BIRTH):
        for match in pattern.finditer(text):
            yield match.start(1), match.end(1), 0.8


AGE_OVER_89 = re.compile(
    # "100 years" alone is a duration; an age says "old", "y/o" or "aged"
    r"(?i)(?<![\w.])(?:(?:aged?|age:)\s*(?:9\d|1[01]\d)(?!\d)|(?:9\d|1[01]\d)(?:\s*|-)(?:(?:years?|yrs?)[\s-]*old"
    r"|y/?o\b))(?![\w])"
)
URL = re.compile(r"(?i)(?<![\w@/.])(?:(?:https?|ftp)://|www\.)[^\s<>\"'`]+")


def _urls(text: str) -> Iterator[tuple[int, int, float]]:
    for match in URL.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] in ".,;:!?)]}'\"":
            end -= 1  # sentence punctuation after a link
        yield start, end, 0.9


def _ages(text: str) -> Iterator[tuple[int, int, float]]:
    for match in AGE_OVER_89.finditer(text):
        yield match.start(), match.end(), 0.8


OTHER_FINDERS: dict[str, Finder] = {
    "DATE": _dates,
    "DATE_OF_BIRTH": _dates_of_birth,
    "AGE_OVER_89": _ages,
    "URL": _urls,
}
