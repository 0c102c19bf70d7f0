"""The presidio-evaluator template gold set (benchmarks/redact_templates.py) builds cleanly (no model is loaded)."""

import random
import re

import pytest

pytest.importorskip("presidio_evaluator", reason="benchmark-only dependency: pip install --no-deps "
                                                 "presidio-evaluator==0.3.2 (benchmarks/redact_templates.py)")

from benchmarks.redact_data import NEUTRAL  # noqa: E402
from benchmarks.redact_templates import TYPE_OF, _address_formats, template_records, templates  # noqa: E402

_TITLES = re.compile(r"(Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s", re.IGNORECASE)


@pytest.fixture(scope="module")
def records():
    return template_records(240, seed=7)


def test_n_records_and_spans_round_trip(records) -> None:
    assert len(records) == 240
    kinds = set()
    for record in records:
        text = record.record["text"]
        assert set(record.record) == {"text"} and "{{" not in text, text
        for path, start, end, kind, value in record.gold:
            assert path == "text" and text[start:end] == value and value and value.strip() == value, (kind, value)
            if kind == "PERSON":
                assert not _TITLES.match(value), value
            kinds.add(kind)
        ends = [(s, e) for _, s, e, _, _ in record.gold]
        assert all(e1 <= s2 for (_, e1), (s2, _) in zip(ends, ends[1:], strict=False)), ends  # sorted, no overlap
    assert {"PERSON", "ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", NEUTRAL} <= kinds


def test_deterministic_for_a_seed_and_leaves_global_random_alone(records) -> None:
    random.seed(1)
    expected = random.random()
    random.seed(1)
    again = template_records(240, seed=7)
    assert random.random() == expected
    assert [(r.record, r.gold, r.kind) for r in again] == [(r.record, r.gold, r.kind) for r in records]
    other = template_records(40, seed=8)
    assert [r.record for r in other] != [r.record for r in records[:40]]


def test_every_placeholder_is_mapped() -> None:
    pool = templates()
    assert len(pool) >= 200
    keys = set(re.findall(r"\{\{(\w+)\}\}", "\n".join(pool + _address_formats()[0])))
    assert keys - {"address"} <= set(TYPE_OF), keys - set(TYPE_OF)
    assert TYPE_OF["city"] == TYPE_OF["organization"] == TYPE_OF["url"] == NEUTRAL
