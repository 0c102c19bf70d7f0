"""Training data: redacted inputs checked against the redaction report, rendered and tokenised into examples
(loss only on assistant/response tokens), cached under data/cache/, and split into train/validation by record.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline import records as schema
from pipeline.config import TrainConfig
from pipeline.errors import SovtuneError
from pipeline.provenance import sha256_file

IGNORE = -100  # target value of positions that carry no loss (prompt, padding, last token of an example)
FORMAT_VERSION = 1  # bump when rendering/labelling changes: it is part of the tokenised-cache key
_TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "chat_template.jinja")


# --------------------------------------------------------------------------------------------------- inputs


def verify_redacted_inputs(data_dir: Path, report_path: Path) -> dict[str, str]:
    """Check that every `*.jsonl` under data_dir is a redaction output with the recorded sha256.

    Returns:
        {file name: sha256} of the files to train on, sorted by name.

    Raises:
        SovtuneError: no report, no data, a file the report does not list, or a file whose bytes changed.
    """
    if not report_path.is_file():
        raise SovtuneError(
            f"{report_path} not found: training reads only redacted data; run `dvc repro redact` first"
        )
    try:
        outputs = json.loads(report_path.read_text(encoding="utf-8")).get("outputs", {})
    except json.JSONDecodeError as error:
        raise SovtuneError(f"{report_path}: not valid JSON ({error}); rerun `dvc repro redact`") from None
    recorded = {Path(name).name: digest for name, digest in outputs.items()}
    files = sorted(data_dir.glob("*.jsonl"))
    if not files:
        raise SovtuneError(f"no *.jsonl files in {data_dir}; run `dvc repro redact` to produce redacted data")
    digests = {}
    for path in files:
        if path.name not in recorded:
            raise SovtuneError(
                f"{path} is not listed in {report_path} outputs: training refuses data that did not pass redaction"
            )
        digest = sha256_file(path)
        if digest != recorded[path.name]:
            raise SovtuneError(
                f"{path} changed after redaction (sha256 {digest[:12]} != recorded {recorded[path.name][:12]}): "
                "training refuses unredacted or edited data; rerun `dvc repro redact`"
            )
        digests[path.name] = digest
    return digests


def read_records(paths: Sequence[Path]) -> list[dict[str, Any]]:
    """All JSON records of the given JSONL files, in file then line order."""
    records = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as error:
                    raise SovtuneError(f"{path} line {number}: not valid JSON ({error.msg})") from None
    return records


def record_messages(record: dict[str, Any]) -> list[dict[str, str]] | None:
    """Chat messages for a chat or instruction record; None for a plain-text record (schema: pipeline/records.py).

    Raises:
        SovtuneError: a record that is none of the shapes of `pipeline.records` (redact quarantines those).
    """
    try:
        return schema.record_messages(record)
    except ValueError as error:
        raise SovtuneError(f"{error}; rerun `dvc repro redact`, which quarantines such records") from None


# ------------------------------------------------------------------------------------------- tokenisation


@dataclass(frozen=True)
class Example:
    """One tokenised record: targets[t] is the token to predict after input_ids[t], or IGNORE."""

    record: int  # index of the source record (the validation split is by record)
    input_ids: tuple[int, ...]
    targets: tuple[int, ...]

    @property
    def n_targets(self) -> int:
        return sum(t != IGNORE for t in self.targets)


def _assistant_spans(tokenizer: Any, messages: list[dict[str, str]], text: str) -> list[tuple[int, int]]:
    """Character spans of each assistant reply (content plus end-of-turn token) inside the rendered chat."""
    spans = []
    for index, message in enumerate(messages):
        if message["role"] != "assistant":
            continue
        before = tokenizer.apply_chat_template(messages[:index], tokenize=False, add_generation_prompt=True)
        through = tokenizer.apply_chat_template(messages[: index + 1], tokenize=False)
        if not (text.startswith(through) and through.startswith(before)):
            raise SovtuneError(
                "the tokenizer's chat template does not render conversations incrementally, so assistant turns "
                "cannot be located; use a ChatML-style template or plain `text` records"
            )
        # rstrip: the newline after the end-of-turn token is formatting, not something to learn.
        spans.append((len(before), len(through.rstrip())))
    return spans


def tokenize_record(tokenizer: Any, record: dict[str, Any], index: int, max_length: int) -> Example | None:
    """Render and tokenise one record; loss only on assistant tokens (chat/instruction) or all tokens (text).

    Returns None when nothing is left to learn after truncation to max_length.
    """
    messages = record_messages(record)
    if messages is None:
        ids = tokenizer(str(record["text"]), add_special_tokens=False)["input_ids"] + [tokenizer.eos_token_id]
        learn = [True] * len(ids)
    else:
        text = tokenizer.apply_chat_template(messages, tokenize=False)
        spans = _assistant_spans(tokenizer, messages, text)
        encoded = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
        ids = encoded["input_ids"]
        learn = [any(lo <= start < hi for lo, hi in spans) for start, _ in encoded["offset_mapping"]]
    ids, learn = ids[:max_length], learn[:max_length]
    # Shift inside the example: position t predicts token t+1, so no target ever crosses into a packed neighbour.
    targets = [ids[t + 1] if learn[t + 1] else IGNORE for t in range(len(ids) - 1)] + [IGNORE]
    if all(t == IGNORE for t in targets):
        return None
    return Example(index, tuple(ids), tuple(targets))


def cache_key(base_dir: Path, tokenizer: Any, data_digests: dict[str, str], max_length: int) -> str:
    """Key of the tokenised-data cache: tokenizer files + chat template + data digests + max length + format."""
    tokenizer_files = {
        name: sha256_file(base_dir / name) for name in _TOKENIZER_FILES if (base_dir / name).is_file()
    }
    material = {
        "format": FORMAT_VERSION,
        "tokenizer": tokenizer_files,
        "chat_template": getattr(tokenizer, "chat_template", None) or "",
        "data": data_digests,
        "max_length": max_length,
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()


def load_examples(
    config: TrainConfig, tokenizer: Any, files: Sequence[Path], data_digests: dict[str, str]
) -> tuple[list[Example], int, str]:
    """Tokenised examples from the cache, or tokenise and cache them.

    Returns:
        (examples, number of records, cache key)
    """
    key = cache_key(Path(config.base_dir), tokenizer, data_digests, config.max_length)
    cache = Path(config.cache_dir) / f"train-tokens-{key[:16]}.json"
    if cache.is_file():
        data = json.loads(cache.read_text(encoding="utf-8"))
        if data.get("key") == key:
            examples = [Example(e[0], tuple(e[1]), tuple(e[2])) for e in data["examples"]]
            return examples, data["records"], key
    records = read_records(files)
    examples = [
        example
        for index, record in enumerate(records)
        if (example := tokenize_record(tokenizer, record, index, config.max_length)) is not None
    ]
    if not examples:
        raise SovtuneError(f"no trainable examples in {config.data_dir} (every record is empty after rendering)")
    payload = {"key": key, "records": len(records), "examples": [[e.record, e.input_ids, e.targets] for e in examples]}
    cache.parent.mkdir(parents=True, exist_ok=True)
    partial = cache.with_suffix(".tmp")
    partial.write_text(json.dumps(payload, separators=(",", ":")), encoding="utf-8")
    partial.replace(cache)
    return examples, len(records), key


def split_examples(
    examples: Sequence[Example], n_records: int, val_fraction: float, seed: int
) -> tuple[list[Example], list[Example]]:
    """Hold out a seeded share of *records* (never half a conversation) for validation."""
    n_val = round(n_records * val_fraction)
    if val_fraction > 0 and n_records >= 2:
        n_val = max(1, min(n_val, n_records - 1))
    order = list(range(n_records))
    random.Random(seed).shuffle(order)
    held_out = set(order[:n_val])
    train = [e for e in examples if e.record not in held_out]
    val = [e for e in examples if e.record in held_out]
    if not train:
        raise SovtuneError("no training examples left after the validation split; lower train.val_fraction")
    return train, val
