"""Training speed: plain HF Trainer recipe vs TRL SFTTrainer (packing, bfd) vs sovtune's loop, back to back.

Same machine, model (models/base, SmolLM2-135M), data (instruction records: data/redacted/ when present, else the
first 400 English records of the installed `zaragoza-construction-faq` package), max length 256, LoRA r=16
alpha 32 dropout 0.05 on all linear layers, fp32, about 2048 tokens per optimizer step. Each contender runs in its
own subprocess (clean peak RSS) for a fixed number of optimizer steps; the first step is warm-up and not timed.

Real tokens are the tokens of the training examples, each counted whole: sovtune holds the system prompt that
every example shares once per packed row (`train.share_prefix`, exact: same loss and gradients as the examples
alone), so it computes fewer token slots than it trains on; `shared_prefix_tokens` says how many per row.

Reported per contender: real (non-padding) tokens per second, share of computed tokens that are padding, peak RSS
of its process, and the ratio of sovtune's real tokens/s to each peer. The load average before and after each
contender is logged, because any other load on a 2-core machine changes the numbers.

Run: `python -m benchmarks.train_speed [--steps 5] [--threads 2]`; writes benchmarks/results/train_speed.json.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULT = ROOT / "benchmarks" / "results" / "train_speed.json"
MAX_LENGTH = 256
ROWS_PER_STEP = 8  # 8 x 256 = 2048 token slots per optimizer step for every contender
LORA = {"r": 16, "alpha": 32, "dropout": 0.05}
CONTENDERS = ("sovtune", "hf_trainer_padded", "trl_sft_packing_bfd")


def _records(limit: int = 400) -> list[dict[str, Any]]:
    redacted = sorted((ROOT / "data" / "redacted").glob("*.jsonl"))
    paths = redacted or [
        Path(importlib.util.find_spec("zaragoza_construction_faq").submodule_search_locations[0])
        / "data" / "faq-en-alpaca.jsonl"
    ]
    records = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if "instruction" in record and "output" in record:
                records.append(record)
    return records[:limit]


def _messages(record: dict[str, Any]) -> list[dict[str, str]]:
    prompt = record["instruction"] + (f"\n\n{record['input']}" if record.get("input") else "")
    return [{"role": "user", "content": prompt}, {"role": "assistant", "content": record["output"]}]


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


class _Counter:
    """Wraps a data collator and records (real, computed) tokens of each batch in consumption order."""

    def __init__(self, collator: Any) -> None:
        self.collator, self.batches = collator, []

    def __call__(self, features: Any) -> Any:
        batch = self.collator(features)
        computed = batch["input_ids"].numel()
        real = int(batch["attention_mask"].sum()) if "attention_mask" in batch else computed
        self.batches.append((real, computed))
        return batch


def _timing_callback(marks: list[float]) -> Any:
    from transformers import TrainerCallback

    class StepTimes(TrainerCallback):
        def on_step_end(self, args, state, control, **kwargs):  # type: ignore[no-untyped-def]
            marks.append(time.perf_counter())

    return StepTimes()


def _trainer_result(counter: _Counter, marks: list[float], accum: int, steps: int) -> dict[str, Any]:
    timed = counter.batches[accum : accum * steps]  # batches of steps 2..N (step 1 is warm-up)
    real, computed = sum(b[0] for b in timed), sum(b[1] for b in timed)
    seconds = marks[steps - 1] - marks[0]
    return {"real_tokens": real, "computed_tokens": computed, "seconds": seconds}


def _lora_config() -> Any:
    from peft import LoraConfig

    return LoraConfig(
        r=LORA["r"], lora_alpha=LORA["alpha"], lora_dropout=LORA["dropout"], target_modules="all-linear",
        task_type="CAUSAL_LM",
    )


def run_hf_trainer(model_dir: Path, records: list[dict[str, Any]], steps: int, workdir: Path) -> dict[str, Any]:
    """(a) What most users write: Trainer + get_peft_model, every example padded to max length."""
    import torch
    from datasets import Dataset
    from peft import get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer, Trainer, TrainingArguments, default_data_collator

    tokenizer = AutoTokenizer.from_pretrained(model_dir)

    def encode(record: dict[str, Any]) -> dict[str, Any]:
        text = tokenizer.apply_chat_template(_messages(record), tokenize=False)
        encoded = tokenizer(text, padding="max_length", truncation=True, max_length=MAX_LENGTH)
        pairs = zip(encoded["input_ids"], encoded["attention_mask"], strict=True)
        encoded["labels"] = [token if real else -100 for token, real in pairs]  # loss on every real token
        return encoded

    dataset = Dataset.from_list([encode(r) for r in records])
    model = get_peft_model(AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32), _lora_config())
    counter, marks = _Counter(default_data_collator), []
    args = TrainingArguments(
        output_dir=str(workdir), per_device_train_batch_size=ROWS_PER_STEP, gradient_accumulation_steps=1,
        max_steps=steps, learning_rate=2e-4, logging_steps=1000, save_strategy="no", report_to=[],
        use_cpu=True, bf16=False, dataloader_num_workers=0, seed=42, disable_tqdm=True,
    )
    Trainer(model=model, args=args, train_dataset=dataset, data_collator=counter,
            callbacks=[_timing_callback(marks)]).train()
    return _trainer_result(counter, marks, 1, steps)


def run_trl(model_dir: Path, records: list[dict[str, Any]], steps: int, workdir: Path) -> dict[str, Any]:
    """(b) TRL SFTTrainer, packing with best-fit decreasing, micro-batch 1 x 8 accumulation, CPU-friendly flags."""
    import torch
    from datasets import Dataset
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from trl import SFTConfig, SFTTrainer

    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    rows = [{"prompt": _messages(r)[:1], "completion": _messages(r)[1:]} for r in records]  # loss on completions
    accum = ROWS_PER_STEP
    args = SFTConfig(
        output_dir=str(workdir), per_device_train_batch_size=1, gradient_accumulation_steps=accum,
        max_length=MAX_LENGTH, packing=True, packing_strategy="bfd", bf16=False, gradient_checkpointing=False,
        max_steps=steps, learning_rate=2e-4, logging_steps=1000, save_strategy="no", report_to=[], use_cpu=True,
        dataloader_num_workers=0, seed=42, disable_tqdm=True,
    )
    trainer = SFTTrainer(
        model=AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32), args=args,
        train_dataset=Dataset.from_list(rows), processing_class=tokenizer, peft_config=_lora_config(),
        callbacks=[_timing_callback(marks := [])],
    )
    counter = _Counter(trainer.data_collator)
    trainer.data_collator = counter
    trainer.train()
    return _trainer_result(counter, marks, accum, steps)


def run_sovtune(model_dir: Path, records: list[dict[str, Any]], steps: int, workdir: Path) -> dict[str, Any]:
    """(c) sovtune's stage itself (pipeline.train.train) on the same records, timed from its dvclive log.

    Micro-batch 1 x 8 accumulation, as params.yaml: a 256-token row's activations take about 1 GB in fp32 on
    SmolLM2-135M, so 8 rows at once would need about 9 GB (what the padded Trainer recipe peaks at).
    """
    from pipeline.config import TrainConfig
    from pipeline.train import train

    data = workdir / "redacted"
    data.mkdir(parents=True)
    path = data / "bench.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    report = workdir / "redaction.json"
    report.write_text(json.dumps({"outputs": {"bench.jsonl": hashlib.sha256(path.read_bytes()).hexdigest()}}))
    config = TrainConfig(
        base_dir=str(model_dir), data_dir=str(data), redaction_report=str(report), cache_dir=str(workdir / "cache"),
        adapter_dir=str(workdir / "adapter"), merged_dir=str(workdir / "merged"),
        checkpoint_dir=str(workdir / "checkpoints"), report_dir=str(workdir / "report"), max_length=MAX_LENGTH,
        micro_batch_size=1, grad_accum=ROWS_PER_STEP, max_steps=steps, val_fraction=0.0, eval_before=False,
        checkpoint_every=10_000, lora=LORA,
    )
    train(config)
    plots = workdir / "report" / "plots" / "metrics" / "train"

    def column(name: str) -> list[float]:  # dvclive TSV: header, then "step<TAB>value" per optimizer step
        rows = (plots / f"{name}.tsv").read_text().strip().splitlines()[1:]
        return [float(row.split("\t")[-1]) for row in rows]

    tokens, seconds = column("tokens"), column("seconds")  # both cumulative, logged after each step
    info = json.loads((workdir / "adapter" / "run_info.json").read_text())
    return {
        "real_tokens": tokens[-1] - tokens[0],
        "padding_share_measured": info["metrics"]["padding_share"],
        "shared_prefix_tokens": info["metrics"]["shared_prefix_tokens"],
        "seconds": seconds[-1] - seconds[0],
    }


def _child(name: str, steps: int, threads: int, out: Path) -> None:
    from pipeline import offline

    offline.enforce()
    import torch

    torch.set_num_threads(threads)
    model_dir = ROOT / "models" / "base"
    records = _records()
    with tempfile.TemporaryDirectory() as workdir:
        runner = {"hf_trainer_padded": run_hf_trainer, "trl_sft_packing_bfd": run_trl, "sovtune": run_sovtune}[name]
        result = runner(model_dir, records, steps, Path(workdir))
    result["peak_rss_mb"] = round(_peak_rss_mb(), 1)
    out.write_text(json.dumps(result), encoding="utf-8")


def _summary(name: str, raw: dict[str, Any]) -> dict[str, Any]:
    if "padding_share_measured" in raw:
        padding = raw["padding_share_measured"]
    else:
        padding = 1 - raw["real_tokens"] / raw["computed_tokens"]
    return {
        "real_tokens_per_s": round(raw["real_tokens"] / raw["seconds"], 1),
        "real_tokens_timed": int(raw["real_tokens"]),
        "seconds_timed": round(raw["seconds"], 1),
        "padding_share": round(padding, 4),
        "peak_rss_mb": raw["peak_rss_mb"],
        **({"shared_prefix_tokens": raw["shared_prefix_tokens"]} if "shared_prefix_tokens" in raw else {}),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=5, help="optimizer steps per contender (first is warm-up)")
    parser.add_argument("--threads", type=int, default=2, help="torch threads per contender")
    parser.add_argument("--child", choices=CONTENDERS, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.steps, args.threads, args.out)
        return

    results: dict[str, Any] = {}
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": str(args.threads)}
    for name in CONTENDERS:
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            load_before = os.getloadavg()
            started = time.perf_counter()
            command = [sys.executable, "-m", "benchmarks.train_speed", "--child", name, "--steps", str(args.steps),
                       "--threads", str(args.threads), "--out", out.name]
            finished = subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
            if finished.returncode != 0:
                results[name] = {"error": f"exit code {finished.returncode}"}
                continue
            results[name] = _summary(name, json.loads(Path(out.name).read_text()))
            results[name]["wall_s"] = round(time.perf_counter() - started, 1)
            results[name]["loadavg_before"] = [round(x, 2) for x in load_before]
            results[name]["loadavg_after"] = [round(x, 2) for x in os.getloadavg()]
        print(name, results[name], flush=True)

    speed = {name: results[name].get("real_tokens_per_s", float("nan")) for name in CONTENDERS}
    ratios = {
        "sovtune_vs_hf_trainer": round(speed["sovtune"] / speed["hf_trainer_padded"], 2),
        "sovtune_vs_trl": round(speed["sovtune"] / speed["trl_sft_packing_bfd"], 2),
    }
    report = {
        "benchmark": "train_speed",
        "setup": {
            "model": "SmolLM2-135M (models/base)", "records": len(_records()), "max_length": MAX_LENGTH,
            "token_slots_per_step": ROWS_PER_STEP * MAX_LENGTH, "lora": LORA, "precision": "fp32",
            "steps_per_contender": args.steps, "timed_steps": args.steps - 1, "torch_threads": args.threads,
            "cpu_count": os.cpu_count(), "machine": platform.machine(), "python": platform.python_version(),
        },
        "contenders": results,
        "ratios": ratios,
        "targets": {
            "sovtune_vs_hf_trainer>=2.0": ratios["sovtune_vs_hf_trainer"] >= 2.0,
            "sovtune_vs_trl>=1.25": ratios["sovtune_vs_trl"] >= 1.25,
            "sovtune_peak_rss<=3GB": results["sovtune"].get("peak_rss_mb", float("inf")) <= 3072,
        },
    }
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(report["ratios"]), "->", RESULT)


if __name__ == "__main__":
    main()
