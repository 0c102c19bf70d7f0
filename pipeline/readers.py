"""Input readers of stage `redact` (JSONL, CSV, Parquet, text) and the quarantine file for what they cannot use.

Every reader streams `Item`s: a record to redact, or a quarantine entry with the file's line (row, paragraph)
number and a reason. A reader never raises on bad data: one bad record never stops a file. Reasons name the
problem and the position, never text from the data (the quarantine entry's `raw` holds the data, by design).

Handled on purpose: UTF-8 and UTF-16/32 byte-order marks, lines that are not UTF-8 (a file mixing UTF-8 and
Latin-1 keeps its UTF-8 lines), lone surrogates, integers past Python's 4,300-digit limit, nesting deeper than
`records.MAX_DEPTH`, CSV fields over the csv module's 128 KiB default, and Parquet values JSON has no type for
(datetime, Decimal, bytes, maps, structs, lists).
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime
import decimal
import io
import json
import math
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from pipeline.errors import SovtuneError
from pipeline.records import MAX_DEPTH, depth, schema_error

INPUT_SUFFIXES = (".jsonl", ".csv", ".parquet", ".txt")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


@dataclass
class Item:
    """One input unit: a record to redact, or a quarantine entry (reason set, raw text for review)."""

    line: int
    record: dict[str, Any] | None = None
    reason: str | None = None
    raw: str | None = None


def _check(record: Any, line: int, raw: str, max_bytes: int) -> Item:
    if len(raw.encode("utf-8", "surrogateescape")) > max_bytes:
        return Item(line, reason=f"over-long record (> {max_bytes} bytes)", raw=raw[:1000])
    if depth(record) > MAX_DEPTH:
        return Item(line, reason=f"malformed record (nesting deeper than {MAX_DEPTH} levels)", raw=raw[:1000])
    if _has_surrogate(record):
        return Item(line, reason="undecodable text (lone UTF-16 surrogate, not valid Unicode)", raw=raw)
    error = schema_error(record)
    return Item(line, reason=error, raw=raw) if error else Item(line, record=record)


def _has_surrogate(value: Any) -> bool:
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            if any(0xD800 <= ord(ch) <= 0xDFFF for ch in node):
                return True
        elif isinstance(node, dict):
            stack.extend(node.keys())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return False


def read_items(path: Path, max_bytes: int) -> Iterator[Item]:
    """Stream records from a JSONL, CSV, Parquet or text file; bad lines come back as quarantine Items."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(path, max_bytes)
    elif suffix == ".csv":
        yield from _read_csv(path, max_bytes)
    elif suffix == ".parquet":
        yield from _read_parquet(path, max_bytes)
    elif suffix == ".txt":
        yield from _read_text(path, max_bytes)
    else:
        raise SovtuneError(f"{path}: unsupported input format (use {', '.join(INPUT_SUFFIXES)})")


def _wide_encoding(path: Path) -> str | None:
    """utf-16/utf-32 when the file starts with that byte-order mark (Windows tools write them), else None."""
    with open(path, "rb") as handle:
        head = handle.read(4)
    return next((name for bom, name in _BOMS if head.startswith(bom)), None)


def _lines(path: Path, max_bytes: int) -> Iterator[tuple[int, str | Item]]:
    """(line number, text) per line, or a quarantine Item for a line that cannot be decoded or is over-long.

    UTF-8 is decoded line by line, so one Latin-1 line does not spoil the file; a UTF-8 BOM is dropped.
    """
    wide = _wide_encoding(path)
    if wide is not None:
        with open(path, encoding=wide, errors="replace", newline="") as text_handle:
            for number, line in enumerate(text_handle, start=1):
                if "\ufffd" in line:
                    yield number, Item(number, reason=f"undecodable bytes (not {wide.upper()})",
                                       raw=line.rstrip("\r\n"))
                else:
                    yield number, line.lstrip("\ufeff") if number == 1 else line
        return
    with open(path, "rb") as handle:
        for number, raw_line in enumerate(handle, start=1):
            if len(raw_line) > max_bytes:
                yield number, Item(number, reason=f"over-long record (> {max_bytes} bytes)",
                                   raw=raw_line[:1000].decode("utf-8", "backslashreplace"))
                continue
            try:
                line = raw_line.decode("utf-8")
            except UnicodeDecodeError as error:
                yield number, Item(number, reason=f"undecodable bytes (not UTF-8 at byte {error.start}; re-encode "
                                   "the file as UTF-8)", raw=raw_line.decode("utf-8", "backslashreplace"))
                continue
            # A BOM starts the file, or a line when files were concatenated; JSON and CSV never start with one.
            yield number, line.lstrip("\ufeff")


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Item]:
    for number, line in _lines(path, max_bytes):
        if isinstance(line, Item):
            yield line
            continue
        if not line.strip():
            continue
        text = line.rstrip("\r\n")
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Item(number, reason=f"malformed JSON ({error.msg} at column {error.colno})", raw=text)
            continue
        except RecursionError:
            yield Item(number, reason=f"malformed record (nesting deeper than {MAX_DEPTH} levels)", raw=text[:1000])
            continue
        except ValueError:  # int() refuses more than sys.get_int_max_str_digits() (4,300) digits
            yield Item(number, reason="malformed JSON (an integer with more than 4300 digits)", raw=text[:1000])
            continue
        if _SURROGATE_ESCAPE.search(text) and _has_surrogate(record):
            yield Item(number, reason="undecodable text (lone UTF-16 surrogate, not valid Unicode)", raw=text)
            continue
        yield _check(record, number, text, max_bytes)


def _csv_handle(path: Path) -> IO[str]:
    wide = _wide_encoding(path)
    if wide is not None:
        return open(path, encoding=wide, errors="replace", newline="")  # noqa: SIM115 - caller closes it
    # surrogateescape keeps undecodable bytes visible as lone surrogates, so each row can be judged on its own;
    # utf-8-sig drops a BOM, which would otherwise become part of the first column's name.
    return open(path, encoding="utf-8-sig", errors="surrogateescape", newline="")  # noqa: SIM115


def _read_csv(path: Path, max_bytes: int) -> Iterator[Item]:
    # The csv module refuses fields over 128 KiB by default; a field up to the record limit is a normal record.
    limit = max(max_bytes, 131_072)
    csv.field_size_limit(limit)
    wide = _wide_encoding(path) is not None
    with _csv_handle(path) as handle:
        reader = csv.DictReader(handle)
        start = 2
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as error:  # the reader resumes at the next row
                reason = (f"over-long record (a CSV field over {limit} characters)" if "field larger" in str(error)
                          else "malformed CSV row (unparseable quoting)")
                yield Item(start, reason=reason)
                start += 1
                continue
            line, start = start, reader.line_num + 1
            raw = ",".join(v if isinstance(v, str) else json.dumps(v) for v in row.values())
            if any(0xDC80 <= ord(ch) <= 0xDCFF for ch in raw) or (wide and "\ufffd" in raw):
                yield Item(line, reason="undecodable bytes (not UTF-8)", raw=raw.encode("utf-8", "surrogateescape")
                           .decode("utf-8", "backslashreplace"))
                continue
            if None in row or None in row.values():
                yield Item(line, reason="malformed CSV row (column count differs from the header)", raw=raw)
                continue
            record = {key: value for key, value in row.items() if value != "" or key in ("text", "instruction")}
            for key in ("messages",):
                if isinstance(record.get(key), str):
                    with contextlib.suppress(json.JSONDecodeError, RecursionError, ValueError):
                        record[key] = json.loads(record[key])
            yield _check(record, line, raw, max_bytes)


class _Unconvertible(ValueError):
    """A Parquet value with no JSON form (the message names its kind, never its content)."""


def jsonable(value: Any, level: int = 0) -> Any:
    """A Parquet/Arrow Python value as JSON data: datetimes ISO 8601, Decimal exact text, UTF-8 bytes as text.

    Raises:
        _Unconvertible: bytes that are not UTF-8, nesting past MAX_DEPTH, or a type JSON cannot carry.
    """
    if level > MAX_DEPTH:
        raise _Unconvertible(f"nesting deeper than {MAX_DEPTH} levels")
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)  # NaN/inf are not JSON
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        try:
            return bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            raise _Unconvertible("a binary value that is not UTF-8 text") from None
    if isinstance(value, dict):
        return {str(key): jsonable(item, level + 1) for key, item in value.items()}
    if isinstance(value, list | tuple):
        # pyarrow returns a map column as a list of (key, value) tuples
        if value and all(isinstance(item, tuple) and len(item) == 2 for item in value):
            return {str(key): jsonable(item, level + 1) for key, item in value}
        return [jsonable(item, level + 1) for item in value]
    raise _Unconvertible(f"a value of type {type(value).__name__}")


def _read_parquet(path: Path, max_bytes: int) -> Iterator[Item]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
        batches = parquet.iter_batches(batch_size=1024)
    except Exception as error:  # pyarrow raises several types for a corrupt file
        yield Item(0, reason=f"malformed Parquet file ({type(error).__name__}: not readable)")
        return
    number = 0
    while True:
        try:
            batch = next(batches)
        except StopIteration:
            return
        except Exception as error:  # a corrupt row group: what follows cannot be located
            yield Item(number + 1, reason=f"malformed Parquet row group ({type(error).__name__}); rows from here on "
                       "were not read")
            return
        try:
            rows: list[Any] = batch.to_pylist()
        except Exception:  # one value pyarrow cannot build (e.g. an out-of-range time): go row by row
            rows = [None] * batch.num_rows
        for index, row in enumerate(rows):
            number += 1
            try:
                record = jsonable(row if row is not None else _row(batch, index))
            except _Unconvertible as error:
                yield Item(number, reason=f"malformed Parquet row ({error})", raw=_raw_row(batch, index))
                continue
            except Exception as error:  # pyarrow cannot build this row's Python values
                yield Item(number, reason=f"malformed Parquet row ({type(error).__name__})")
                continue
            yield _check(record, number, json.dumps(record, ensure_ascii=False), max_bytes)


def _row(batch: Any, index: int) -> dict[str, Any]:
    return {name: column[index].as_py() for name, column in zip(batch.schema.names, batch.columns, strict=True)}


def _raw_row(batch: Any, index: int) -> str | None:
    with contextlib.suppress(Exception):
        return json.dumps(_row(batch, index), ensure_ascii=False, default=repr)
    return None


def _read_text(path: Path, max_bytes: int) -> Iterator[Item]:
    """Plain text: one record per paragraph (blank-line separated), id `<stem>-<first line>`."""
    buffer: list[str] = []
    first = 0
    for number, line in _lines(path, max_bytes):
        if isinstance(line, Item):
            yield line  # quarantined: not decodable
            continue
        if line.strip():
            first = first or number
            buffer.append(line)
            continue
        if buffer:
            text = "".join(buffer).rstrip("\r\n")
            yield _check({"id": f"{path.stem}-{first}", "text": text}, first, text, max_bytes)
            buffer, first = [], 0
    if buffer:
        text = "".join(buffer).rstrip("\r\n")
        yield _check({"id": f"{path.stem}-{first}", "text": text}, first, text, max_bytes)


def input_files(input_dir: Path) -> list[Path]:
    """The supported files in `input_dir` (sorted); a clear error when the directory is missing or empty."""
    if not input_dir.is_dir():
        raise SovtuneError(f"{input_dir}/ not found: run the `prepare` stage first (dvc repro prepare) or put "
                           f"JSONL/CSV/Parquet/txt files there")
    files = sorted(p for p in input_dir.iterdir() if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES)
    if not files:
        raise SovtuneError(f"{input_dir}/ has no {', '.join(INPUT_SUFFIXES)} files: run `dvc repro prepare` first")
    stems = Counter(p.stem for p in files)
    clash = sorted(stem for stem, n in stems.items() if n > 1)
    if clash:
        raise SovtuneError(f"{input_dir}/: several files share the stem(s) {clash}; outputs would collide")
    return files


def private_dir(directory: Path) -> None:
    """Create `directory` readable by its owner only (quarantine holds raw records, PII included)."""
    directory.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(PermissionError):
        directory.chmod(0o700)


def open_private(path: Path) -> io.TextIOWrapper:
    """Open `path` for writing (truncated) with mode 0600, also when it already existed with wider permissions."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    # backslashreplace: a stray surrogate in a raw record must be shown, never abort the run.
    return open(fd, "w", encoding="utf-8", errors="backslashreplace")  # noqa: SIM115 - caller closes it
