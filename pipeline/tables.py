"""CSV-like tables inside a text value: the cells of delimited lines (`,` `;` tab or `|`) under a header line, and
the columns whose header names an address part or a phone number. The name, ID and date-of-birth columns are read
where their entities are found (pipeline/name_fields.py, pipeline/identifiers.py), through `csv_cells`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator


def _split_cells(line: str, delimiter: str) -> list[str]:
    """The cells of one delimited line, a delimiter inside double quotes kept in its cell ('1,"Lund, Eva",3')."""
    if '"' not in line:
        return line.split(delimiter)
    cells, start, quoted = [], 0, False
    for index, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            cells.append(line[start:index])
            start = index + 1
    cells.append(line[start:])
    return cells


def _cell_names(cells: list[str]) -> list[str]:
    """The cells of a line as header names: unquoted, stripped, lower case."""
    return [cell.strip().strip('"').strip().lower() for cell in cells]


def _header_like(names: list[str]) -> bool:
    """A header: every cell a short identifier-like word ("customer_id", "postcode", "full name", "reg#"), or empty
    (a row-number column, the outer cells of "| Name | DOB |"), two at least named."""
    return sum(bool(n) for n in names) >= 2 and all(not n or re.fullmatch(r"[^\W\d][\w .-]{0,30}#?", n)
                                                    for n in names)


def csv_cells(text: str, wide_column: re.Pattern[str] | None = None) -> Iterator[tuple[str, int, int]]:
    """(header, start, end) of every data cell of CSV-like lines (`,` `;` tab or `|`) under a header line.

    A row with more cells than its header has an unquoted delimiter inside a value ("HOLM, Ingrid"): the extra
    cells join the first column whose header matches `wide_column` (or the row is skipped). Quotes and spaces
    around a value are not part of its span.
    """
    if not any(d in text for d in ",;\t|"):
        return
    offset = 0
    header: list[str] = []
    header_delimiter: str | None = None
    rows = 0  # data rows read under the current header
    for line in text.split("\n"):
        # Rows split on their header's delimiter: "17;Jr. Huallaga 455, Of. 302;15001" has a comma inside a cell.
        delimiter = header_delimiter if header and header_delimiter in line else next(
            (d for d in (",", ";", "\t", "|") if d in line), None)
        cells = _split_cells(line, delimiter) if delimiter else None
        if cells is None:
            header = []
        elif not header or len(cells) < len(header) or (
                not rows and len(cells) > len(header) and _header_like(_cell_names(cells))):
            # A wider header-like line right under a narrow one replaces it: a title line "Visitor log - reception,
            # week 24" above "date,time_in,visitor,passport,company,host". Under rows it is a row ("HOLM, Ingrid").
            names = _cell_names(cells)
            if _header_like(names):
                header, header_delimiter, rows = names, delimiter, 0
        else:
            rows += 1
            extra = len(cells) - len(header)
            wide = next((i for i, n in enumerate(header) if wide_column and wide_column.match(n)), None)
            if extra and wide is None:
                offset += len(line) + 1
                continue
            starts, position = [], offset
            for cell in cells:
                starts.append(position)
                position += len(cell) + len(delimiter or "")
            for column, name in enumerate(header):
                first = column + (extra if wide is not None and column > wide else 0)
                last = first + (extra if column == wide else 0)
                start, end = starts[first], starts[last] + len(cells[last])
                value = text[start:end]
                stripped = value.strip().strip('"').strip()
                if stripped:
                    lead = value.index(stripped)
                    yield name, start + lead, start + lead + len(stripped)
        offset += len(line) + 1


_ADDRESS_COLUMNS = re.compile(r"(?i)^(?:street|street_?address|address(?:_?line)?\s?[12]?|addr|postcode|post_?code"
                              r"|postal_?code|zip|zip_?code|plz|cp|adresse|adress|gatuadress|postnummer|straße"
                              r"|strasse|rue|calle|via|indirizzo|direcci[oó]n|domicilio|endere[cç]o|morada|adres|anschrift|cap|cep"
                              r"|pin_?code|pin|eircode|zipcode|postleitzahl|code_?postal|c[óo]digo_?postal|alamat"
                              r"|adresa|osoite|adressi|adresas|ulica|(?:delivery|shipping|billing|home)?_?pc)$")
_PHONE_COLUMNS = re.compile(r"(?i)^(?:phone|phone_?number|tel|telephone|telefon|mobile|mobil|cell|fax|téléphone"
                            r"|telefono|teléfono|handy|hp|no[ _]?hp|telefonas|telefoon|tlf|puhelin|telefone|celular"
                            r"|m[óo]vil|whatsapp|(?:mobile|phone|contact|tel)[ _]?(?:no|nr|number))$")


def column_finder(entity: str, wide_column: re.Pattern[str] | None = None
                  ) -> Callable[[str], Iterator[tuple[int, int, float]]]:
    """Values of CSV-like columns whose header names an address part (entity ADDRESS) or a phone (PHONE_NUMBER)."""
    columns = _ADDRESS_COLUMNS if entity == "ADDRESS" else _PHONE_COLUMNS

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for header, start, end in csv_cells(text, wide_column):
            if columns.match(header) and any(ch.isalnum() for ch in text[start:end]):
                yield start, end, 0.7

    return find
