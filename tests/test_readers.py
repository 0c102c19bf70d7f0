"""Readers of stage `redact`: every kind of bad input becomes a quarantine entry with a reason, never an exception,
and the good records around it still come through (issue 11, item 7). No spaCy here: the readers alone."""

from __future__ import annotations

import datetime
import decimal
import json
from pathlib import Path

import pytest

from pipeline.readers import Item, read_items
from pipeline.records import MAX_DEPTH

GOOD = {"id": "ok", "text": "a good record"}


def _items(path: Path, max_bytes: int = 1_000_000) -> list[Item]:
    return list(read_items(path, max_bytes))


def _good_and_bad(items: list[Item]) -> tuple[list[dict], list[tuple[int, str]]]:
    return ([i.record for i in items if i.record is not None],
            [(i.line, i.reason) for i in items if i.reason is not None])


def test_parquet_datetime_decimal_bytes_lists_structs_become_json(tmp_path: Path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({
        "id": ["p1", "p2"],
        "text": ["first", "second"],
        "seen": [datetime.datetime(2024, 3, 12, 8, 30), datetime.datetime(2025, 1, 1)],
        "born": [datetime.date(1985, 1, 1), None],
        "amount": pa.array([decimal.Decimal("12.50"), decimal.Decimal("-0.01")], pa.decimal128(10, 2)),
        "blob": [b"utf-8 text", b"\xff\xfe\x00binary"],
        "tags": [["a", "b"], []],
        "meta": [{"k": 1, "when": datetime.datetime(2024, 1, 1)}, {"k": 2, "when": None}],
        "attrs": pa.array([[("x", "1")], [("y", "2")]], pa.map_(pa.string(), pa.string())),
    })
    pq.write_table(table, tmp_path / "t.parquet")
    good, bad = _good_and_bad(_items(tmp_path / "t.parquet"))
    assert good == [{"id": "p1", "text": "first", "seen": "2024-03-12T08:30:00", "born": "1985-01-01",
                     "amount": "12.50", "blob": "utf-8 text", "tags": ["a", "b"],
                     "meta": {"k": 1, "when": "2024-01-01T00:00:00"}, "attrs": {"x": "1"}}]
    assert bad == [(2, "malformed Parquet row (a binary value that is not UTF-8 text)")]
    json.dumps(good)  # every value is JSON now


def test_unreadable_parquet_file_is_one_quarantine_entry(tmp_path: Path):
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really")
    [item] = _items(tmp_path / "broken.parquet")
    assert item.reason is not None and item.reason.startswith("malformed Parquet file")


def test_jsonl_lone_surrogates_deep_nesting_huge_integers_and_bom(tmp_path: Path):
    deep = "[" * 5000 + "]" * 5000
    nested = {"id": "n", "text": "t", "meta": json.loads("[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5))}
    lines = [
        "\ufeff" + json.dumps(GOOD),  # BOM on the first line
        '{"id": "s", "text": "lone \\ud83d surrogate"}',
        json.dumps({"id": "d", "text": "t", "deep": None})[:-1] + ', "x": ' + deep + "}",
        '{"id": "i", "text": "t", "n": ' + "9" * 5000 + "}",
        json.dumps(nested),
        '{"id": "pair", "text": "emoji \\ud83d\\ude00 is fine"}',
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    good, bad = _good_and_bad(_items(path))
    assert good == [GOOD, {"id": "pair", "text": "emoji \U0001f600 is fine"}]
    assert [(line, reason.split(" (")[0]) for line, reason in bad] == [
        (2, "undecodable text"), (3, "malformed record"), (4, "malformed JSON"), (5, "malformed record")]
    assert "4300 digits" in bad[2][1] and f"{MAX_DEPTH} levels" in bad[1][1]


def test_file_mixing_utf8_and_latin1_lines_keeps_the_utf8_ones(tmp_path: Path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(json.dumps({"id": "u", "text": "Malmö"}, ensure_ascii=False).encode() + b"\n"
                     + '{"id": "l", "text": "Malmö"}'.encode("latin-1") + b"\n"
                     + json.dumps(GOOD).encode() + b"\n")
    good, bad = _good_and_bad(_items(path))
    assert good == [{"id": "u", "text": "Malmö"}, GOOD]
    assert bad == [(2, "undecodable bytes (not UTF-8 at byte 25; re-encode the file as UTF-8)")]


def test_utf16_files_with_bom_are_read(tmp_path: Path):
    (tmp_path / "w.jsonl").write_bytes(("\ufeff" + json.dumps(GOOD) + "\n").encode("utf-16-le"))
    (tmp_path / "w.csv").write_text("id,text\nok,a good record\n", encoding="utf-16")
    (tmp_path / "w.txt").write_text("a good record\n", encoding="utf-16")
    assert _good_and_bad(_items(tmp_path / "w.jsonl")) == ([GOOD], [])
    assert _good_and_bad(_items(tmp_path / "w.csv")) == ([GOOD], [])
    assert _good_and_bad(_items(tmp_path / "w.txt")) == ([{"id": "w-1", "text": "a good record"}], [])


def test_csv_bom_fields_over_128_kib_and_over_the_record_limit(tmp_path: Path):
    big = "x" * 200_000  # over the csv module's 131,072-character default limit
    path = tmp_path / "t.csv"
    path.write_text("\ufeffid,text\nc1," + big + "\nc2," + "y" * 600_000 + "\nc3,after\n", encoding="utf-8")
    good, bad = _good_and_bad(_items(path, max_bytes=300_000))
    assert [r["id"] for r in good] == ["c1", "c3"] and good[0]["text"] == big  # BOM not in the `id` column name
    assert bad == [(3, "over-long record (a CSV field over 300000 characters)")]


def test_text_file_bom_and_undecodable_line(tmp_path: Path):
    path = tmp_path / "n.txt"
    path.write_bytes(b"\xef\xbb\xbfFirst paragraph\n\nbad \xe9 line\n\nlast\n")
    good, bad = _good_and_bad(_items(path))
    assert good == [{"id": "n-1", "text": "First paragraph"}, {"id": "n-5", "text": "last"}]
    assert [line for line, _ in bad] == [3]


@pytest.mark.parametrize("record", [
    {"id": "x", "instruction": "no output"},  # train needs `output`
    {"id": "x", "messages": [{"role": "user"}]},  # no content
    {"id": "x", "messages": "hello", "text": "ignored: messages decides the shape"},
    {"id": "x", "text": 42},
])
def test_records_train_would_reject_are_quarantined_at_read(tmp_path: Path, record: dict):
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(record) + "\n")
    [item] = _items(path)
    assert item.record is None and item.reason is not None and item.reason.startswith("wrong schema")
    assert "no output" not in item.reason and "hello" not in item.reason  # reasons name fields, never values
