"""One record schema (pipeline/records.py) shared by prepare, redact and train."""

from __future__ import annotations

import pytest

from pipeline import records
from pipeline.errors import SovtuneError
from pipeline.train import record_messages


def test_shapes_and_what_train_reads():
    chat = {"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]}
    instruction = {"instruction": "q", "input": "ctx", "output": "a"}
    assert records.record_shape(chat) == records.CHAT and records.schema_error(chat) is None
    assert record_messages(instruction) == [{"role": "user", "content": "q\n\nctx"},
                                            {"role": "assistant", "content": "a"}]
    assert record_messages({"text": "t"}) is None
    assert set(records.TRAINED_FIELDS) == {"text", "instruction", "input", "output", "messages.content"}


@pytest.mark.parametrize("record", [{"instruction": "q"}, {"messages": []}, {"messages": "x", "text": "t"},
                                    {"text": None}, {"body": "t"}, ["not", "an", "object"]])
def test_what_redact_quarantines_is_what_train_refuses(record):
    assert records.schema_error(record) is not None
    with pytest.raises(SovtuneError, match="wrong schema"):
        record_messages(record)  # type: ignore[arg-type]


def test_depth_is_iterative_and_stops_early():
    value: list = []
    for _ in range(10_000):
        value = [value]
    assert records.depth(value) > records.MAX_DEPTH  # no RecursionError
    assert records.depth({"a": [1, {"b": 2}]}) == 3 and records.depth("x") == 0


def test_prepare_builds_only_records_train_reads():
    from pipeline.config import load_params
    from pipeline.prepare import load_faq, locate_source, prepare

    from .conftest import ROOT

    config = load_params(ROOT / "params.yaml").prepare
    files = prepare(load_faq(locate_source(config.source_package, config.source_file)), config)
    raw = [r for name, rs in files.items() if name.startswith("raw/") for r in rs]
    assert raw and all(records.schema_error(r) is None for r in raw)
