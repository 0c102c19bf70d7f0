"""The hand-written gold set benchmarks/redact_dev2.py parses cleanly (no model is loaded)."""

import re

from benchmarks.redact_dev2 import RECORDS, dev2_records
from tests.gold_checks import luhn as _luhn

_TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Khun|Herrn?|Sr|Shri)\.?\s", re.IGNORECASE)


def test_every_span_round_trips() -> None:
    records = dev2_records()
    assert len(records) == len(RECORDS) >= 140
    assert len({r.kind for r in records}) >= 18
    for record in records:
        text = record.record["text"]
        assert "{" not in text.replace('{"', "") or record.kind == "ops_log", text
        for path, start, end, kind, value in record.gold:
            assert path == "text" and text[start:end] == value and value.strip() == value, (kind, value)
            if kind == "PERSON":
                assert not _TITLES.match(value), value


def test_pii_free_records_have_no_gold_and_the_rest_do() -> None:
    for record in dev2_records():
        kinds = {g[3] for g in record.gold} - {"CITY"}
        assert (record.kind == "pii_free") == (not kinds), record.record["text"]


def test_identifiers_carry_valid_check_digits() -> None:
    checked = 0
    for record in dev2_records():
        for _, _, _, kind, value in record.gold:
            if kind != "ID":
                continue
            compact = value.replace(" ", "").replace("-", "")
            if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):  # IBAN: mod 97
                moved = compact[4:] + compact[:4]
                assert int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1, value
                checked += 1
            elif re.fullmatch(r"[2-6]\d{14,15}", compact):  # payment card: Luhn
                assert _luhn(compact), value
                checked += 1
    assert checked >= 25
