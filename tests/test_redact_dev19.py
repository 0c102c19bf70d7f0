"""The gold set benchmarks/redact_dev19.py (rare-in-English person names) parses cleanly, its styles are balanced
and it holds enough long records (no model is loaded; the set is never scored here)."""

import re
from collections import Counter

from benchmarks.redact_dev import _MARK
from benchmarks.redact_dev19 import RECORDS, dev19_records

_STRAY = re.compile(r"\{[PAETIBNC]:")


def test_every_mark_round_trips_at_its_offsets():
    for record in dev19_records():
        text = record.record["text"]
        spans = record.gold
        for field, start, end, _kind, value in spans:
            assert field == "text"
            assert text[start:end] == value
            assert value == value.strip() and value


def test_no_stray_marks_and_no_braces_in_marks():
    for kind, marked in RECORDS:
        for match in _MARK.finditer(marked):
            assert "{" not in match.group(2) and "}" not in match.group(2)
        plain = _MARK.sub("", marked)
        assert not _STRAY.search(plain), (kind, marked[:60])


def test_styles_are_balanced_and_the_set_is_big_enough():
    counts = Counter(kind for kind, _ in RECORDS)
    assert len(RECORDS) >= 150
    assert 12 <= len(counts) <= 14
    assert all(n >= 10 for n in counts.values()), counts


def test_many_records_are_long():
    long_records = sum(1 for _, marked in RECORDS if marked.count("\n") >= 3)
    assert long_records >= 0.4 * len(RECORDS)


def test_pii_free_records_hold_only_towns():
    for kind, marked in RECORDS:
        if kind == "pii_free":
            assert {m.group(1) for m in _MARK.finditer(marked)} <= {"C"}
        else:
            assert any(m.group(1) != "C" for m in _MARK.finditer(marked))
