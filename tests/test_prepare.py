from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from pipeline.config import PrepareConfig, load_params
from pipeline.errors import SovtuneError
from pipeline.prepare import (
    CANARY_FILE,
    CHAT_FILE,
    CHOICE_FILE,
    LEDGER_FILE,
    TEST_FILE,
    TRAIN_FILE,
    build_choice_items,
    load_faq,
    locate_source,
    prepare,
    question_key,
    split_by_category,
)

from .conftest import ROOT


@pytest.fixture(scope="module")
def config() -> PrepareConfig:
    return load_params(ROOT / "params.yaml").prepare


@pytest.fixture(scope="module")
def items(config: PrepareConfig) -> list[dict[str, str]]:
    return load_faq(locate_source(config.source_package, config.source_file))


@pytest.fixture(scope="module")
def files(items: list[dict[str, str]], config: PrepareConfig) -> dict[str, list[dict]]:
    return prepare(items, config)


def _training_questions(files: dict[str, list[dict]], canaries: bool = False) -> dict[str, tuple[str, str]]:
    """{id: (question as written, answer as written)} over both training schemas; FAQ items only by default."""
    found = {r["id"]: (r["instruction"], r["output"]) for r in files[f"raw/{TRAIN_FILE}"]}
    for record in files[f"raw/{CHAT_FILE}"]:
        user, assistant = record["messages"]
        assert (user["role"], assistant["role"]) == ("user", "assistant")
        if canaries or record["category"] != "canary":
            found[record["id"]] = (user["content"], assistant["content"])
    return found


def test_package_data_is_the_documented_set(items: list[dict[str, str]]):
    assert len(items) == 503
    assert len({item["category"] for item in items}) == 39


def test_split_holds_out_about_a_fifth_of_every_category(items, files):
    per_category = Counter(item["category"] for item in items)
    test_per_category = Counter(r["category"] for r in files[f"eval/{TEST_FILE}"])
    train_ids = set(_training_questions(files))
    test_ids = {r["id"] for r in files[f"eval/{TEST_FILE}"]}
    assert not train_ids & test_ids
    assert train_ids | test_ids == {item["id"] for item in items}
    for category, size in per_category.items():
        target = max(1, round(size * 0.2))
        # a duplicate pair that would overshoot the target stays in training, so one fewer is allowed
        assert target - 1 <= test_per_category[category] <= target, category
        assert test_per_category[category] < size, f"{category} has nothing left to train on"
    assert 0.17 < len(test_ids) / len(items) < 0.23


def test_duplicate_questions_stay_on_one_side(items, files):
    id_to_key = {item["id"]: question_key(item["q"]) for item in items}
    duplicates = {key for key, count in Counter(id_to_key.values()).items() if count > 1}
    assert len(duplicates) == 6  # the package has six questions asked twice
    train_keys = {id_to_key[i] for i in _training_questions(files)}
    test_keys = {id_to_key[r["id"]] for r in files[f"eval/{TEST_FILE}"]}
    assert not train_keys & test_keys


def test_split_keeps_duplicate_groups_together_whatever_the_seed():
    items = [{"id": f"a{i}", "category": "a", "q": f"Question {i % 4}?", "a": f"Answer {i}"} for i in range(8)]
    items += [{"id": f"b{i}", "category": "b", "q": f"Other {i}?", "a": f"B {i}"} for i in range(10)]
    for seed in range(20):
        train, test = split_by_category(items, 0.25, seed)
        side = {item["id"]: "test" for item in test} | {item["id"]: "train" for item in train}
        for pair in range(4):
            assert side[f"a{pair}"] == side[f"a{pair + 4}"]
        assert sum(item["category"] == "b" for item in test) == 2  # round(10 * 0.25) with no duplicates
        assert sum(item["category"] == "a" for item in test) == 2  # one pair of duplicates


def test_answers_are_the_package_answers_and_pii_is_only_in_questions(items, files):
    by_id = {item["id"]: item for item in items}
    ledger = {row["id"]: row for row in files[f"probe/{LEDGER_FILE}"]}
    for record_id, (question, answer) in _training_questions(files).items():
        original = by_id[record_id]
        assert answer == original["a"]
        assert original["q"] in question
        if record_id in ledger:
            assert question != original["q"]
            for entity in ledger[record_id]["entities"]:
                assert entity["value"] in question
                assert entity["value"] not in answer
        else:
            assert question == original["q"]
    for record in files[f"raw/{TRAIN_FILE}"]:
        assert record["input"] == ""
        assert record["category"] == by_id[record["id"]]["category"]


def test_share_and_kinds_of_injected_personal_data(files, config):
    train_size = len(_training_questions(files))
    ledger = files[f"probe/{LEDGER_FILE}"]
    plain = [row for row in ledger if row["canary"] is None]
    assert len(plain) == round(train_size * config.pii_fraction)
    types = Counter(entity["type"] for row in ledger for entity in row["entities"])
    assert set(types) == {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "ADDRESS", "NATIONAL_ID"}
    assert {row["file"] for row in ledger} == {TRAIN_FILE, CHAT_FILE}
    emails = [e["value"] for row in ledger for e in row["entities"] if e["type"] == "EMAIL_ADDRESS"]
    assert all(re.fullmatch(r"[a-z0-9.]+@example\.(com|org|net)", email) for email in emails), emails
    names = {e["value"] for row in ledger for e in row["entities"] if e["type"] == "PERSON"}
    assert len(names) > 0.9 * len(plain)  # many different people, not a handful repeated


def test_eval_files_carry_no_personal_data(files):
    values = {e["value"] for row in files[f"probe/{LEDGER_FILE}"] for e in row["entities"]}
    eval_text = json.dumps(files[f"eval/{TEST_FILE}"] + files[f"eval/{CHOICE_FILE}"], ensure_ascii=False)
    assert "@example." not in eval_text
    leaked = [value for value in values if value in eval_text]
    assert not leaked


def test_canaries_are_planted_repeatedly_and_only_in_training(files, config):
    canaries = files[f"probe/{CANARY_FILE}"]
    assert len(canaries) == config.canaries
    questions = _training_questions(files, canaries=True)
    eval_text = json.dumps(files[f"eval/{TEST_FILE}"] + files[f"eval/{CHOICE_FILE}"], ensure_ascii=False)
    all_secrets = [secret for canary in canaries for secret in canary["secrets"]]
    assert len(set(all_secrets)) == len(all_secrets)
    for canary in canaries:
        assert set(canary) >= {"id", "prompt", "secrets"}
        assert len(canary["secrets"]) == 3
        for secret in canary["secrets"]:
            holders = sorted(i for i, (_, answer) in questions.items() if secret in answer)
            assert holders == canary["planted_in"]
            assert len(holders) == config.canary_repeats
            assert not any(secret in question for question, _ in questions.values())
            assert secret not in eval_text
            assert secret not in canary["prompt"]
        for host in canary["planted_in"]:
            # The secrets sit in the assistant reply, where the training loss would see them unredacted.
            assert questions[host][1].startswith(canary["prompt"])


def test_choice_items_have_one_right_answer_and_distractors_from_other_categories(items, files, config):
    category_of_answer = {item["a"]: item["category"] for item in items}
    by_id = {item["id"]: item for item in items}
    test_answers = {r["output"] for r in files[f"eval/{TEST_FILE}"]}
    choice_items = files[f"eval/{CHOICE_FILE}"]
    assert [r["id"] for r in choice_items] == [r["id"] for r in files[f"eval/{TEST_FILE}"]]
    labels = Counter()
    for record in choice_items:
        original = by_id[record["id"]]
        assert record["question"] == original["q"]
        assert len(record["choices"]) == config.choices
        assert record["choices"].count(original["a"]) == 1
        assert record["choices"][record["label"]] == original["a"]
        distractors = [c for i, c in enumerate(record["choices"]) if i != record["label"]]
        categories = [category_of_answer[c] for c in distractors]
        assert record["category"] not in categories
        assert len(set(categories)) == len(categories)
        assert set(distractors) <= test_answers  # all four answers unseen in training
        labels[record["label"]] += 1
    assert set(labels) == set(range(config.choices))  # the right answer is not always in one place


def test_choice_items_refuse_too_few_categories():
    test = [{"id": "x", "category": "a", "q": "Q?", "a": "A"}, {"id": "y", "category": "b", "q": "R?", "a": "B"}]
    with pytest.raises(SovtuneError, match="lower prepare.choices"):
        build_choice_items(test, 4, seed=0)


def test_full_injection_reaches_every_question_and_keeps_canaries_apart(items, config):
    files = prepare(items, config.model_copy(update={"pii_fraction": 1.0}))
    ledger = files[f"probe/{LEDGER_FILE}"]
    plain = {row["id"] for row in ledger if row["canary"] is None}
    assert plain == set(_training_questions(files))
    assert len(ledger) - len(plain) == config.canaries * config.canary_repeats


def test_missing_package_says_how_to_install():
    with pytest.raises(SovtuneError, match="pip install"):
        locate_source("no_such_faq_package", "data/faq-en.json")


def _run_stage(workdir: Path, seed: int) -> dict[str, bytes]:
    params = (ROOT / "params.yaml").read_text(encoding="utf-8").replace("  seed: 8\n", f"  seed: {seed}\n")
    (workdir / "params.yaml").write_text(params, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pipeline.prepare"], cwd=workdir, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    return {p.relative_to(workdir).as_posix(): p.read_bytes() for p in sorted((workdir / "data").rglob("*.jsonl"))}


def test_stage_is_deterministic_and_seeded(tmp_path: Path):
    first, second, other = tmp_path / "first", tmp_path / "second", tmp_path / "other"
    for directory in (first, second, other):
        directory.mkdir()
    outputs = _run_stage(first, seed=8)
    assert sorted(outputs) == [
        f"data/demo/{CHAT_FILE}", f"data/demo/{TRAIN_FILE}", f"data/eval/{CHOICE_FILE}", f"data/eval/{TEST_FILE}",
        f"data/probe/{CANARY_FILE}", f"data/probe/{LEDGER_FILE}",
    ]
    assert _run_stage(second, seed=8) == outputs
    assert _run_stage(other, seed=9)[f"data/demo/{TRAIN_FILE}"] != outputs[f"data/demo/{TRAIN_FILE}"]
    # Each demo dataset has its residency sidecar; no run record (git commit) in any output another stage reads.
    for name in (CHAT_FILE, TRAIN_FILE):
        assert (first / "data/demo" / name.replace(".jsonl", ".meta.yaml")).is_file()
    assert not (first / "data/raw").exists()
    assert "git_commit" not in (first / "data/probe/prepare.json").read_text()
    assert "git_commit" in (first / "reports/prepare_run.json").read_text()
    info = json.loads((first / "data/probe/prepare.json").read_text())
    assert info["source"]["attribution"] == "Swedish Construction FAQ by Zaragoza AB, CC BY 4.0"
    assert info["source"]["questions"] == 503
    assert str(first) not in (first / "data/probe/prepare.json").read_text()  # no machine paths in artifacts


def test_records_grouped_by_category_keep_source_order(files, items):
    order = {item["id"]: index for index, item in enumerate(items)}
    for name in (f"raw/{TRAIN_FILE}", f"eval/{TEST_FILE}"):
        positions = [order[r["id"]] for r in files[name]]
        assert positions == sorted(positions)
    chat_categories = defaultdict(int)
    for record in files[f"raw/{CHAT_FILE}"]:
        chat_categories[record["category"]] += 1
    assert len(chat_categories) > 10  # the chat slice is spread over categories, not one block
