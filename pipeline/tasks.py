"""Evaluation tasks: a task file (configs/eval/*.yaml) over a local JSONL file becomes items to score.

An item is the text the model sees (few-shot examples, then the prompt, plain or in the chat template) and what
is scored after it: the choices of a multiple-choice item, the target of a perplexity item, the reference of a
generation item. Nothing here needs a model; the tokenizer is only used for chat templates.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.config import EVAL_METRICS, EvalTaskConfig, EvaluateConfig, load_eval_task
from pipeline.errors import SovtuneError

if TYPE_CHECKING:
    from transformers import PreTrainedTokenizerBase

RESERVED_KEYS = ("probe", "adapter_check")  # top-level keys of eval.json that are not tasks


# ---------------------------------------------------------------------------------------------- inputs


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Records of a JSONL file (blank lines skipped).

    Raises:
        SovtuneError: the file is missing or a line is not a JSON object.
    """
    path = Path(path)
    if not path.is_file():
        raise SovtuneError(f"{path}: file not found (run `dvc repro prepare` or fix the path in the task file)")
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise SovtuneError(f"{path} line {number}: not valid JSON ({error.msg})") from None
        if not isinstance(record, dict):
            raise SovtuneError(f"{path} line {number}: expected a JSON object")
        records.append(record)
    return records


def _fill(template: str, record: dict[str, Any], where: str) -> str:
    try:
        return template.format(**record)
    except KeyError as error:
        raise SovtuneError(
            f"{where}: template field {error} is not in the record (fields: {', '.join(sorted(record))})"
        ) from None



# --------------------------------------------------------------------------------------------- prompts


@dataclass(frozen=True)
class Item:
    """One scored item: the prompt text, what to score or compare with, and the gold choice."""

    context: str
    continuations: tuple[str, ...]  # multiple_choice: choices; perplexity: the target; generation: reference
    label: int = 0


def _answer_text(task: EvalTaskConfig, record: dict[str, Any], where: str) -> str:
    if task.kind == "multiple_choice":
        choices, label = _choices_and_label(task, record, where)
        return choices[label]
    return _fill(task.target, record, where)


def _choices_and_label(task: EvalTaskConfig, record: dict[str, Any], where: str) -> tuple[list[str], int]:
    choices, label = record.get(task.choices_field), record.get(task.label_field)
    if not isinstance(choices, list) or len(choices) < 2:
        raise SovtuneError(f"{where}: field {task.choices_field!r} must be a list of at least 2 choices")
    if not isinstance(label, int) or not 0 <= label < len(choices):
        raise SovtuneError(f"{where}: field {task.label_field!r} must be an index into the choices")
    return [str(c) for c in choices], label


def select_fewshot(
    record: dict[str, Any], index: int, pool: Sequence[dict[str, Any]], k: int, seed: int
) -> list[dict[str, Any]]:
    """The few-shot examples for one item: a draw of k from the fixed pool, seeded by (seed, item id).

    Seeding per item (not one generator for the run) keeps an item's examples the same when the item order,
    `limit` or batch size changes. An example with the item's own id is never used.
    """
    key = record.get("id", index)
    candidates = [example for example in pool if "id" not in example or example["id"] != key]
    if len(candidates) < k:
        raise SovtuneError(f"few-shot pool has {len(candidates)} usable examples, num_fewshot asks for {k}")
    return random.Random(f"{seed}:{key}").sample(candidates, k)


def build_context(
    task: EvalTaskConfig,
    record: dict[str, Any],
    fewshot: Sequence[dict[str, Any]],
    tokenizer: PreTrainedTokenizerBase | None,
) -> str:
    """The text the model sees before the answer: few-shot examples then the item's prompt (plain or chat)."""
    where = f"task {task.name}"
    if not task.chat_template:
        shots = [
            _fill(task.prompt, example, where) + task.target_delimiter + _answer_text(task, example, where)
            for example in fewshot
        ]
        return task.fewshot_delimiter.join([*shots, _fill(task.prompt, record, where)])
    if tokenizer is None or not getattr(tokenizer, "chat_template", None):
        raise SovtuneError(f"{where}: chat_template is true but the tokenizer has no chat template")
    messages: list[dict[str, str]] = []
    if task.system_prompt is not None:
        messages.append({"role": "system", "content": task.system_prompt})
    for example in fewshot:
        messages.append({"role": "user", "content": _fill(task.prompt, example, where)})
        messages.append({"role": "assistant", "content": _answer_text(task, example, where)})
    messages.append({"role": "user", "content": _fill(task.prompt, record, where)})
    return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)


def build_items(
    task: EvalTaskConfig,
    records: Sequence[dict[str, Any]],
    fewshot_pool: Sequence[dict[str, Any]] = (),
    tokenizer: PreTrainedTokenizerBase | None = None,
) -> list[Item]:
    """Turn a task's records into items (prompts with few-shot examples, choices or targets)."""
    items = []
    for index, record in enumerate(records):
        where = f"{task.data} item {record.get('id', index)!r}"
        fewshot = (
            select_fewshot(record, index, fewshot_pool, task.num_fewshot, task.fewshot_seed)
            if task.num_fewshot
            else []
        )
        context = build_context(task, record, fewshot, tokenizer) if task.prompt else ""
        if task.kind == "multiple_choice":
            choices, label = _choices_and_label(task, record, where)
            items.append(Item(context, tuple(choices), label))
        else:
            items.append(Item(context, (_fill(task.target, record, where),)))
    return items


def _delimiter(task: EvalTaskConfig) -> str:
    # A chat template's generation prompt already ends the turn; the answer follows it directly.
    return "" if task.chat_template or not task.prompt else task.target_delimiter


# ------------------------------------------------------------------------------------------- task files


@dataclass(frozen=True)
class LoadedTask:
    """A task config with its items, ready to score."""

    config: EvalTaskConfig
    items: list[Item]


def load_tasks(config: EvaluateConfig, tokenizer: PreTrainedTokenizerBase) -> list[LoadedTask]:
    """Validate every task file and build its items; gate references are checked here, before any scoring."""
    tasks = []
    for path in config.tasks:
        task = load_eval_task(path)
        if task.name in RESERVED_KEYS or task.name in {t.config.name for t in tasks}:
            raise SovtuneError(f"{path}: task name {task.name!r} is reserved or used twice")
        records = read_jsonl(task.data)
        if task.limit:
            records = records[: task.limit]
        if not records:
            raise SovtuneError(f"{task.data}: no items")
        pool = read_jsonl(task.fewshot_data) if task.num_fewshot else []
        tasks.append(LoadedTask(task, build_items(task, records, pool, tokenizer)))
    names = {t.config.name: t.config for t in tasks}
    for gate in config.gates.tuned_beats_base:
        if gate.task not in names:
            raise SovtuneError(f"evaluate.gates.tuned_beats_base: no task named {gate.task!r} in evaluate.tasks")
        if gate.metric not in EVAL_METRICS[names[gate.task].kind]:
            raise SovtuneError(
                f"evaluate.gates.tuned_beats_base: task {gate.task!r} has no metric {gate.metric!r} "
                f"(it has {', '.join(EVAL_METRICS[names[gate.task].kind])})"
            )
    return tasks
