"""Stage `train`: LoRA (or QLoRA on CUDA) fine-tuning of models/base/ on data/redacted/ -> models/adapter, merged.

Reads in this order: config -> redacted inputs (checked against reports/redaction.json) -> tokenised examples
(cached under data/cache/) -> packed rows -> model + LoRA -> training loop -> adapter, merged model, metrics.

Why a compact loop instead of the HF Trainer:
- Packing: examples are packed into rows of `max_length` tokens by best-fit decreasing, with position ids reset
  per example and a block-diagonal causal mask, so packed examples never attend to each other (padding < 5%).
- Logits only where there is a target: the LM head (vocab 49k x hidden 576 on SmolLM2, about a fifth of the
  model's FLOPs per token) runs only on positions whose next token is an assistant/response token.
- The data order is a pure function of (seed, data, config), so a resumed run replays exactly the batches the
  killed run would have seen, and the final adapter equals the uninterrupted one bit for bit on CPU.

Run: `python -m pipeline.train` (DVC), `sovtune train`, or multi-process
`accelerate launch --config_file configs/accelerate/ddp.yaml -m pipeline.train`.
"""

from __future__ import annotations

import bisect
import contextlib
import gc
import hashlib
import json
import math
import random
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline import offline
from pipeline.config import TrainConfig, load_params, section_as_dict
from pipeline.errors import SovtuneError, run_main
from pipeline.provenance import directory_digests, run_info, sha256_file, write_json, write_run_record

IGNORE = -100  # target value of positions that carry no loss (prompt, padding, last token of an example)
FORMAT_VERSION = 1  # bump when rendering/labelling changes: it is part of the tokenised-cache key
STATE_FILE = "trainer_state.json"
RUN_INFO = "run_info.json"
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
    """Chat messages for a chat or instruction record; None for a plain-text record.

    Raises:
        SovtuneError: a record with none of `messages`, `instruction`/`output` or `text`.
    """
    if "messages" in record:
        return [{"role": str(m["role"]), "content": str(m["content"])} for m in record["messages"]]
    if "instruction" in record and "output" in record:
        prompt = str(record["instruction"])
        if record.get("input"):
            prompt += "\n\n" + str(record["input"])
        return [{"role": "user", "content": prompt}, {"role": "assistant", "content": str(record["output"])}]
    if "text" in record:
        return None
    raise SovtuneError(
        f"record {record.get('id', '?')!r} has none of `messages`, `instruction`+`output` or `text`"
    )


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


# ------------------------------------------------------------------------------------------------ packing


def pack_examples(lengths: Sequence[int], capacity: int, packing: bool = True) -> list[list[int]]:
    """Group example indices into rows of at most `capacity` tokens by best-fit decreasing.

    Best fit: each example (longest first) goes into the open row with the least room that still fits it,
    which leaves rows nearly full (typically > 97% on chat data). Deterministic for equal inputs.
    """
    if not packing:
        return [[index] for index in range(len(lengths))]
    rows: list[list[int]] = []
    free: list[tuple[int, int]] = []  # sorted (room left, row number) of open rows
    for index in sorted(range(len(lengths)), key=lambda i: (-lengths[i], i)):
        size = lengths[index]
        slot = bisect.bisect_left(free, (size, -1))
        if slot < len(free):
            room, row = free.pop(slot)
        else:
            room, row = capacity, len(rows)
            rows.append([])
        rows[row].append(index)
        if room - size > 0:
            bisect.insort(free, (room - size, row))
    return rows


def collate_rows(rows: Sequence[Sequence[Example]], pad_id: int) -> dict[str, Any]:
    """Tensors for one micro-batch of packed rows (padded to the longest row).

    Returns a dict with input_ids, position_ids, targets (B, T) and attention_mask (B, 1, T, T) bool, where
    True means "may attend": causal *and* inside the same example. Padding forms its own block so no row of
    the mask is empty (an all-False row makes SDPA return NaN).
    """
    import torch

    width = max(sum(len(e.input_ids) for e in row) for row in rows)
    input_ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    targets = torch.full((len(rows), width), IGNORE, dtype=torch.long)
    position_ids = torch.zeros((len(rows), width), dtype=torch.long)
    segments = torch.full((len(rows), width), -1, dtype=torch.long)
    for b, row in enumerate(rows):
        start = 0
        for number, example in enumerate(row):
            end = start + len(example.input_ids)
            input_ids[b, start:end] = torch.tensor(example.input_ids)
            targets[b, start:end] = torch.tensor(example.targets)
            position_ids[b, start:end] = torch.arange(end - start)
            segments[b, start:end] = number
            start = end
    same_example = segments[:, :, None] == segments[:, None, :]  # (B, T, T)
    causal = torch.ones(width, width, dtype=torch.bool).tril()
    return {
        "input_ids": input_ids,
        "position_ids": position_ids,
        "attention_mask": (same_example & causal)[:, None],  # (B, 1, T, T)
        "targets": targets,
    }


def epoch_order(n_rows: int, seed: int, epoch: int) -> list[int]:
    """Row order of one epoch: a seeded permutation, the same in every process and after a resume."""
    order = list(range(n_rows))
    random.Random(seed * 1_000_003 + epoch).shuffle(order)
    return order


def micro_batch_schedule(
    n_rows: int, micro_batch: int, per_step: int, epochs: float, max_steps: int, seed: int
) -> tuple[list[list[int]], int]:
    """The whole run's micro-batches (lists of row indices) and the number of optimizer steps.

    Args:
        per_step: micro-batches per optimizer step over all processes (grad_accum x world size).
    """
    per_epoch = math.ceil(n_rows / micro_batch)
    wanted = max_steps * per_step if max_steps else max(per_step, math.floor(epochs * per_epoch / per_step) * per_step)
    batches: list[list[int]] = []
    epoch = 0
    while len(batches) < wanted:
        order = epoch_order(n_rows, seed, epoch)
        batches += [order[i : i + micro_batch] for i in range(0, n_rows, micro_batch)]
        epoch += 1
    return batches[:wanted], wanted // per_step


# -------------------------------------------------------------------------------------------------- model


def _target_loss_module(model: Any) -> Any:
    """Wrap a (PEFT) causal LM so forward returns the summed cross-entropy over target positions only.

    Running the decoder and then the LM head on just the target positions (hidden states gathered first)
    skips the vocab projection for prompt and padding tokens. A module (not a function) so accelerate's DDP
    wrapper sees the forward pass and synchronises gradients.
    """
    import torch

    class TargetLoss(torch.nn.Module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner
            # accelerate must not move a bitsandbytes 4-bit model (QLoRA); it reads this flag on what it prepares.
            self.is_loaded_in_4bit = getattr(inner, "is_loaded_in_4bit", False)

        def forward(self, input_ids, position_ids, attention_mask, targets):  # type: ignore[no-untyped-def]
            causal_lm = self.inner.get_base_model() if hasattr(self.inner, "get_base_model") else self.inner
            hidden = causal_lm.get_decoder()(
                input_ids=input_ids, position_ids=position_ids, attention_mask=attention_mask, use_cache=False
            ).last_hidden_state  # (B, T, H)
            keep = targets != IGNORE
            logits = causal_lm.get_output_embeddings()(hidden[keep])  # (N targets, vocab)
            return torch.nn.functional.cross_entropy(logits.float(), targets[keep], reduction="sum")

    return TargetLoss(model)


def _resolve_precision(config: TrainConfig, cuda: bool) -> str:
    """accelerate's mixed_precision value; bf16 on CPU only when asked for explicitly."""
    import torch

    if config.precision == "auto":
        return "bf16" if cuda and torch.cuda.is_bf16_supported() else "no"
    if config.precision == "fp16" and not cuda:
        raise SovtuneError("train.precision=fp16 needs a CUDA GPU; use fp32 (or auto) on CPU")
    if config.precision == "bf16" and not cuda:
        print("train: warning: bf16 on CPU is about 30x slower than fp32 on CPUs without native bf16")
    return {"fp32": "no", "bf16": "bf16", "fp16": "fp16"}[config.precision]


def load_model(config: TrainConfig, cuda: bool, device_index: int = 0) -> Any:
    """Base model (fp32, or 4-bit NF4 for QLoRA) with fresh LoRA layers from config.train.lora."""
    import torch
    from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training
    from transformers import AutoModelForCausalLM

    kwargs: dict[str, Any] = {"dtype": torch.float32, "attn_implementation": "sdpa"}
    if config.quantization == "nf4":
        if not cuda:
            raise SovtuneError(
                "train.quantization=nf4 (QLoRA) needs a CUDA GPU: bitsandbytes 4-bit training is not supported "
                "here. Set train.quantization=none to train plain LoRA on CPU"
            )
        from transformers import BitsAndBytesConfig

        compute = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True, bnb_4bit_compute_dtype=compute
        )
        kwargs["device_map"] = {"": device_index}
    try:
        model = AutoModelForCausalLM.from_pretrained(config.base_dir, **kwargs)
    except (OSError, ValueError) as error:
        raise SovtuneError(f"could not load the base model from {config.base_dir}: {error}") from error
    if config.quantization == "nf4":
        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=config.gradient_checkpointing)
    elif config.gradient_checkpointing:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
    lora = config.lora
    targets = lora.target_modules if isinstance(lora.target_modules, str) else list(lora.target_modules)
    peft_config = LoraConfig(
        r=lora.r,
        lora_alpha=lora.alpha,
        lora_dropout=lora.dropout,
        target_modules=targets,
        use_dora=lora.use_dora,
        use_rslora=lora.use_rslora,
        bias="none",
        task_type="CAUSAL_LM",
    )
    try:
        return get_peft_model(model, peft_config)
    except ValueError as error:
        raise SovtuneError(f"train.lora: {error}") from error


def lr_factor(step: int, total: int, warmup: int, kind: str) -> float:
    """Learning-rate multiplier for 0-based optimizer step `step` of `total` (warm-up, then decay)."""
    if step < warmup:
        return (step + 1) / (warmup + 1)
    progress = (step - warmup) / max(1, total - warmup)
    if kind == "cosine":
        return 0.5 * (1.0 + math.cos(math.pi * progress))
    if kind == "linear":
        return 1.0 - progress
    return 1.0


def evaluate_loss(model: Any, rows: Sequence[Sequence[Example]], pad_id: int, micro_batch: int, device: Any) -> float:
    """Mean cross-entropy per target token over the given rows (no dropout, no gradients)."""
    import torch

    if not rows:
        return float("nan")
    loss_module = _target_loss_module(model)
    was_training = model.training
    model.eval()
    total, count = 0.0, 0
    with torch.no_grad():
        for start in range(0, len(rows), micro_batch):
            batch = {k: v.to(device) for k, v in collate_rows(rows[start : start + micro_batch], pad_id).items()}
            total += float(loss_module(**batch))
            count += int((batch["targets"] != IGNORE).sum())
    model.train(was_training)
    return total / max(1, count)


# -------------------------------------------------------------------------------------------- checkpoints


def _fingerprint(config: TrainConfig, data_key: str, base_digest: str, world: int) -> str:
    """Identity of a run: a checkpoint resumes only a run with the same fingerprint."""
    semantic = section_as_dict(config)
    for key in ("checkpoint_every", "log_every", "eval_before", "threads", "report_dir", "adapter_dir", "merged_dir"):
        semantic.pop(key, None)
    material = {"config": semantic, "data": data_key, "base": base_digest, "world": world}
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()


def latest_checkpoint(directory: Path) -> Path | None:
    """The finished checkpoint with the highest step (a checkpoint counts once its state file exists)."""
    done = [path for path in directory.glob("step-*") if (path / STATE_FILE).is_file()]
    return max(done, key=lambda path: int(path.name.split("-")[1])) if done else None


def _trainable_state(model: Any) -> dict[str, Any]:
    return {name: p.detach().contiguous().cpu() for name, p in model.named_parameters() if p.requires_grad}


def _save_checkpoint(
    directory: Path, step: int, state: dict[str, Any], model: Any, optimizer: Any, scheduler: Any, accelerator: Any
) -> None:
    """Write step-N/ (trainable weights, optimizer, scheduler, per-rank RNG, state) then drop older ones.

    The state file is written last, so a kill while saving leaves an incomplete directory that is ignored.
    """
    import torch
    from safetensors.torch import save_file

    target = directory / f"step-{step:06d}"
    if accelerator.is_main_process:
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
    accelerator.wait_for_everyone()
    rng = {"cpu": torch.get_rng_state()}
    if torch.cuda.is_available():
        rng["cuda"] = torch.cuda.get_rng_state()
    torch.save(rng, target / f"rng-rank{accelerator.process_index}.pt")
    accelerator.wait_for_everyone()
    if accelerator.is_main_process:
        save_file(_trainable_state(model), target / "adapter_weights.safetensors")
        torch.save({"optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict()}, target / "optimizer.pt")
        write_json(target / STATE_FILE, state)
        for older in directory.glob("step-*"):
            if older != target:
                shutil.rmtree(older, ignore_errors=True)
    accelerator.wait_for_everyone()


def _load_checkpoint(path: Path, model: Any, optimizer: Any, scheduler: Any, process_index: int) -> dict[str, Any]:
    import torch
    from safetensors.torch import load_file

    weights = load_file(path / "adapter_weights.safetensors")
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            if parameter.requires_grad:
                parameter.copy_(weights[name])
    # weights_only: our own files hold only tensors and plain containers; never unpickle arbitrary objects.
    states = torch.load(path / "optimizer.pt", weights_only=True)
    optimizer.load_state_dict(states["optimizer"])
    scheduler.load_state_dict(states["scheduler"])
    rng = torch.load(path / f"rng-rank{process_index}.pt", weights_only=True)
    torch.set_rng_state(rng["cpu"])
    if "cuda" in rng and torch.cuda.is_available():
        torch.cuda.set_rng_state(rng["cuda"])
    return json.loads((path / STATE_FILE).read_text(encoding="utf-8"))


# ------------------------------------------------------------------------------------------------ outputs


def base_identity(base_dir: Path) -> dict[str, str]:
    """Base model recorded by name and digest (never by path): the import manifest when there is one."""
    manifest = base_dir / "manifest.json"
    if manifest.is_file():
        return {"name": json.loads(manifest.read_text())["name"], "manifest_sha256": sha256_file(manifest)}
    digest = hashlib.sha256(json.dumps(directory_digests(base_dir), sort_keys=True).encode()).hexdigest()
    return {"name": base_dir.name, "files_sha256": digest}


def _model_card(base: dict[str, str], config: TrainConfig, metrics: dict[str, Any]) -> str:
    digest = base.get("manifest_sha256") or base.get("files_sha256", "")
    return (
        f"# LoRA adapter for {base['name']}\n\n"
        f"Trained by sovtune (stage `train`) on redacted data. Base model: `{base['name']}` "
        f"(digest sha256:{digest}).\n\n"
        f"- LoRA r={config.lora.r}, alpha={config.lora.alpha}, dropout={config.lora.dropout}, "
        f"targets={config.lora.target_modules}, DoRA={config.lora.use_dora}, rsLoRA={config.lora.use_rslora}\n"
        f"- steps={metrics.get('steps')}, validation perplexity {metrics.get('val_ppl_base')} -> "
        f"{metrics.get('val_ppl')}\n\n"
        "Load: `PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(<base dir>), <this dir>)`.\n"
    )


def save_adapter(model: Any, directory: Path, base: dict[str, str], config: TrainConfig, info: dict[str, Any]) -> None:
    """Save the PEFT adapter with the base recorded by name (peft writes the absolute base path by default)."""
    staging = directory.with_name(directory.name + ".staging")
    shutil.rmtree(staging, ignore_errors=True)
    model.save_pretrained(staging, safe_serialization=True)
    adapter_config = json.loads((staging / "adapter_config.json").read_text(encoding="utf-8"))
    adapter_config["base_model_name_or_path"] = base["name"]
    if isinstance(adapter_config.get("target_modules"), list):  # peft stores a set: order varies between runs
        adapter_config["target_modules"] = sorted(adapter_config["target_modules"])
    write_json(staging / "adapter_config.json", adapter_config)
    (staging / "README.md").write_text(_model_card(base, config, info["metrics"]), encoding="utf-8")
    write_json(staging / RUN_INFO, info)
    shutil.rmtree(directory, ignore_errors=True)
    staging.rename(directory)


def save_merged(base_dir: Path, adapter_dir: Path, directory: Path, info: dict[str, Any]) -> None:
    """Merge the adapter into a fresh full-precision base (also after QLoRA) and save plain safetensors."""
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    base = AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32)
    merged = PeftModel.from_pretrained(base, adapter_dir).merge_and_unload()
    staging = directory.with_name(directory.name + ".staging")
    shutil.rmtree(staging, ignore_errors=True)
    merged.save_pretrained(staging, safe_serialization=True)
    # A fresh tokenizer load: a tokenizer that was called with truncation/padding would save those settings.
    AutoTokenizer.from_pretrained(base_dir).save_pretrained(staging)
    write_json(staging / RUN_INFO, info)
    shutil.rmtree(directory, ignore_errors=True)
    staging.rename(directory)


# ---------------------------------------------------------------------------------------------- the loop


def _rows_of(examples: Sequence[Example], config: TrainConfig) -> list[list[Example]]:
    layout = pack_examples([len(e.input_ids) for e in examples], config.max_length, config.packing)
    return [[examples[i] for i in row] for row in layout]


def _log_progress(bar: Any, loss: float, tokens_per_s: float) -> None:
    bar.set_postfix_str(f"loss {loss:.3f}, {tokens_per_s:.0f} tok/s")


def _log_row(live: Any, row: dict[str, float]) -> None:
    live.step = int(row["step"])
    for name, value in row.items():
        if name != "step":
            live.log_metric(name, value)


def _open_live(report_dir: str) -> Any:
    """dvclive logger for loss, lr, tokens/s and grad norm (files only; nothing is sent anywhere)."""
    from dvclive import Live
    from scmrepo.exceptions import SCMError

    try:
        return Live(dir=report_dir, dvcyaml=None, save_dvc_exp=False)
    except SCMError as error:  # dvclive reads HEAD and fails in a git repository without commits
        raise SovtuneError(
            f"dvclive cannot log in this git repository ({error}): commit once (`git add -A && git commit`) "
            "or run outside git"
        ) from error


def train(config: TrainConfig, stop_after_steps: int | None = None) -> dict[str, Any] | None:
    """Fine-tune, checkpointing every `checkpoint_every` steps and resuming from the latest matching checkpoint.

    Args:
        config: the `train` section.
        stop_after_steps: tests only: return right after this optimizer step without saving anything more,
            as if the process had been killed there.

    Returns:
        The metrics (also in report_dir/metrics.json), or None when stopped early.
    """
    import torch
    from accelerate import Accelerator
    from tqdm.auto import tqdm
    from transformers import AutoTokenizer

    if config.threads:
        torch.set_num_threads(config.threads)
    cuda = torch.cuda.is_available()
    precision = _resolve_precision(config, cuda)
    accelerator = Accelerator(cpu=not cuda, mixed_precision=precision)
    main = accelerator.is_main_process
    base_dir = Path(config.base_dir)
    if not (base_dir / "config.json").is_file():
        raise SovtuneError(f"{base_dir} holds no model; run `dvc repro import_model` first")

    data_digests = verify_redacted_inputs(Path(config.data_dir), Path(config.redaction_report))
    files = [Path(config.data_dir) / name for name in data_digests]
    tokenizer = AutoTokenizer.from_pretrained(base_dir)
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    with accelerator.main_process_first():
        examples, n_records, data_key = load_examples(config, tokenizer, files, data_digests)
    train_examples, val_examples = split_examples(examples, n_records, config.val_fraction, config.seed)
    rows, val_rows = _rows_of(train_examples, config), _rows_of(val_examples, config)

    world = accelerator.num_processes
    per_step = config.grad_accum * world
    schedule, total_steps = micro_batch_schedule(
        len(rows), config.micro_batch_size, per_step, config.epochs, config.max_steps, config.seed
    )
    base = base_identity(base_dir)
    fingerprint = _fingerprint(config, data_key, base.get("manifest_sha256") or base.get("files_sha256", ""), world)

    torch.manual_seed(config.seed)  # LoRA A init
    model = load_model(config, cuda, accelerator.local_process_index)
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=config.learning_rate, weight_decay=config.weight_decay)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: lr_factor(step, total_steps, config.warmup_steps, config.scheduler)
    )

    val_loss_base = float("nan")
    loss_module, optimizer = accelerator.prepare(_target_loss_module(model), optimizer)
    model.train()

    checkpoints = Path(config.checkpoint_dir)
    start_step, tokens_done, train_seconds, history = 0, 0, 0.0, {}
    logged: list[dict[str, float]] = []  # every dvclive row so far; kept in checkpoints (DVC deletes outs on rerun)
    latest = latest_checkpoint(checkpoints)
    if latest is not None:
        state = json.loads((latest / STATE_FILE).read_text(encoding="utf-8"))
        if state.get("fingerprint") == fingerprint:
            state = _load_checkpoint(latest, model, optimizer, scheduler, accelerator.process_index)
            start_step, tokens_done, train_seconds = state["step"], state["tokens"], state["seconds"]
            history = state.get("history", {})
            logged = state.get("logged", [])
            val_loss_base = state.get("val_loss_base", val_loss_base)
            if main:
                print(f"train: resuming from {latest.name} (step {start_step}/{total_steps})")
        elif main:
            print(f"train: {latest.name} belongs to another config or data; starting fresh")
    if start_step == 0:
        if config.eval_before and main and val_rows:  # LoRA B starts at zero: this is the base model's loss
            val_loss_base = evaluate_loss(model, val_rows, pad_id, config.micro_batch_size, accelerator.device)
        torch.manual_seed(config.seed + accelerator.process_index)  # dropout stream, per process

    # Start the dvclive files afresh and replay the rows of the steps already done: `dvc repro` deletes the
    # stage's outputs before a resumed run, so appending would leave curves without their first steps.
    live = _open_live(config.report_dir) if main else None
    if live is not None and logged:
        for row in logged:
            _log_row(live, row)
        live.make_summary()
    bar = tqdm(total=total_steps, initial=start_step, unit="step", disable=not main, dynamic_ncols=True)
    counts = [sum(sum(e.n_targets for e in rows[r]) for r in batch) for batch in schedule]  # targets per micro-batch
    last_loss = float(history.get("loss", "nan"))
    for step in range(start_step, total_steps):
        started = time.perf_counter()
        step_batches = schedule[step * per_step : (step + 1) * per_step]
        step_targets = sum(counts[step * per_step : (step + 1) * per_step])  # over all processes: no all-reduce
        mine = step_batches[accelerator.process_index :: world]
        loss_sum = torch.zeros((), device=accelerator.device)
        real_tokens, computed_tokens = 0, 0
        for index, batch_rows in enumerate(mine):
            batch = collate_rows([rows[r] for r in batch_rows], pad_id)
            real_tokens += sum(len(e.input_ids) for r in batch_rows for e in rows[r])
            computed_tokens += batch["input_ids"].numel()
            batch = {k: v.to(accelerator.device) for k, v in batch.items()}
            sync = index == len(mine) - 1
            with accelerator.no_sync(loss_module) if not sync else contextlib.nullcontext():
                # DDP averages gradients over processes: scale so the result is the mean over all targets.
                loss = loss_module(**batch) / step_targets
                accelerator.backward(loss * world)
            loss_sum += loss.detach()
        norm = accelerator.clip_grad_norm_(trainable, config.max_grad_norm or float("inf"))
        lr = scheduler.get_last_lr()[0]
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        step_loss = float(accelerator.reduce(loss_sum, reduction="sum"))
        seconds = time.perf_counter() - started
        step_tokens = int(accelerator.reduce(torch.tensor(real_tokens, device=accelerator.device), reduction="sum"))
        tokens_done += step_tokens
        train_seconds += seconds
        last_loss = step_loss
        history = {"loss": step_loss, "padding": 1 - real_tokens / max(1, computed_tokens)}
        bar.update(1)
        _log_progress(bar, step_loss, step_tokens / seconds)
        if (step + 1) % config.log_every == 0 or step + 1 == total_steps:
            row = {
                "step": step + 1,
                "train/loss": step_loss,
                "train/lr": lr,
                "train/tokens_per_s": step_tokens / seconds,
                "train/tokens": tokens_done,  # cumulative real (non-padding) tokens
                "train/seconds": train_seconds,  # cumulative time in optimizer steps (no eval, no I/O)
                "train/grad_norm": float(norm),
            }
            logged.append(row)
            if live is not None:
                _log_row(live, row)
                live.make_summary()
        done = step + 1
        if done % config.checkpoint_every == 0 or done == total_steps:
            state = {
                "step": done, "tokens": tokens_done, "seconds": train_seconds, "fingerprint": fingerprint,
                "micro_batches_done": done * per_step, "history": history, "val_loss_base": val_loss_base,
                "logged": logged,
            }
            _save_checkpoint(checkpoints, done, state, model, optimizer, scheduler, accelerator)
        if stop_after_steps is not None and done >= stop_after_steps and done < total_steps:
            bar.close()
            if live is not None:
                live.end()
            return None
    bar.close()

    metrics: dict[str, Any] = {}
    if main:
        val_loss = evaluate_loss(model, val_rows, pad_id, config.micro_batch_size, accelerator.device)
        real = sum(len(e.input_ids) for row in rows for e in row)
        lengths = [sum(len(e.input_ids) for e in row) for row in rows]  # real tokens per row
        computed = sum(max(lengths[r] for r in batch) * len(batch) for batch in schedule)  # padded (B x T) slots
        metrics = {
            "steps": total_steps,
            "train_loss": last_loss,
            "train_tokens": tokens_done,
            "train_seconds": round(train_seconds, 1),
            "tokens_per_s": round(tokens_done / max(train_seconds, 1e-9), 1),
            "packing_efficiency": round(real / (len(rows) * config.max_length), 4) if config.packing else None,
            "padding_share": round(1 - sum(lengths[r] for batch in schedule for r in batch) / computed, 4),
            "train_examples": len(train_examples),
            "val_examples": len(val_examples),
            "val_loss": val_loss,
            "val_ppl": math.exp(val_loss) if not math.isnan(val_loss) else None,
            "val_loss_base": val_loss_base,
            "val_ppl_base": math.exp(val_loss_base) if not math.isnan(val_loss_base) else None,
        }
        metrics = {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in metrics.items()}
        assert live is not None
        for key, value in metrics.items():
            if value is not None:
                live.summary[key] = value
        live.make_summary()
        live.end()
        # What went into the model, beside it; no git commit, versions or timings (those are the run record,
        # written by main() to a file no stage depends on), so an identical retrain leaves identical bytes.
        timing = ("train_seconds", "tokens_per_s")
        info = {"stage": "train", "config": section_as_dict(config), "base_model": base, "data": data_digests,
                "metrics": {k: v for k, v in metrics.items() if k not in timing}, "world_size": world}
        save_adapter(accelerator.unwrap_model(loss_module).inner, Path(config.adapter_dir), base, config, info)
    # Free the training model and optimizer before the merge loads a second full-precision copy (peak RSS).
    del loss_module, model, optimizer, scheduler, trainable
    accelerator.free_memory()
    gc.collect()
    if main:
        save_merged(base_dir, Path(config.adapter_dir), Path(config.merged_dir), info)
    accelerator.wait_for_everyone()
    return metrics


def main() -> None:
    offline.set_offline_env()
    params = load_params()
    offline.enforce(params.offline.allow_hosts)
    metrics = train(params.train)
    if metrics:
        write_run_record("train", {**run_info("train", section_as_dict(params.train)), "metrics": metrics})
        print(
            f"train: {metrics['steps']} steps, {metrics['tokens_per_s']} tokens/s, validation perplexity "
            f"{metrics['val_ppl_base']} -> {metrics['val_ppl']}; wrote {params.train.adapter_dir}/ and "
            f"{params.train.merged_dir}/"
        )


if __name__ == "__main__":
    run_main(main)
