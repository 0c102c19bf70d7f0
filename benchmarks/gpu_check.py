"""GPU check for a short lease: one command, one H200, a Llama-3-8B-shaped model with random weights.

Runs side by side, each part in its own child process (clean peak memory), on the same model and data:
- plain:   the usual HF Trainer + PEFT recipe (bf16 base, bf16 autocast, every example padded to max length);
- lora:    sovtune's train stage, LoRA, bf16 base weights (includes sovtune's merge, timed from its log);
- qlora:   sovtune's train stage, QLoRA (NF4, double quantisation, bf16 compute, gradient checkpointing) when
           bitsandbytes imports (carry its wheel: see the report's `qlora` entry when it is skipped);
- resume:  sovtune's stage SIGKILLed after its first checkpoint and rerun, against an uninterrupted run
           (a 4-layer slice of the same shape, so the two extra runs fit the lease);
- evaluate: validation perplexity of the merged model on the GPU, then base + adapter (PEFT, unmerged) on the
           same inputs, one model at a time: the adapter-vs-merged logit gap, for LoRA and for QLoRA.
Writes benchmarks/results/gpu_check.json: real tokens/s, MFU, peak GPU memory, resume equality, logit gaps,
and the load average. Uses only torch, transformers, peft, accelerate (+ bitsandbytes if installed); nothing
is downloaded: the model is built from a config of the real shape and saved to a temporary directory.

Run: `python -m benchmarks.gpu_check` (parts start only within `--budget-s`, 450 s by default, so the report is
written inside an 8-minute lease; the rest is marked skipped; `--layers 16` halves the model).
`--tiny` runs every part on a 2-layer model in about a minute, on CPU when there is no GPU (tests use it).
On a bare GPU image with torch/transformers/peft/accelerate but not sovtune's other needs, carry wheels of
pydantic 2.14.4, pydantic-core 2.50.5, annotated-types 0.8.0, typing-inspection 0.4.5 (and bitsandbytes 0.50.2
for the QLoRA part), install them with `pip install --no-deps --target` and put that on PYTHONPATH; without
dvclive the stage writes the same TSV/JSON log files itself.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULT = ROOT / "benchmarks" / "results" / "gpu_check.json"
LLAMA3_8B = {  # config.json of Llama-3-8B, vocabulary included (the LM head's cost is real)
    "hidden_size": 4096, "intermediate_size": 14336, "num_hidden_layers": 32, "num_attention_heads": 32,
    "num_key_value_heads": 8, "vocab_size": 128256, "rope_theta": 500000.0, "max_position_embeddings": 8192,
    "rms_norm_eps": 1e-5, "tie_word_embeddings": False,
}
TINY = {"hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 2, "num_attention_heads": 4,
        "num_key_value_heads": 2, "vocab_size": 1024, "max_position_embeddings": 512, "tie_word_embeddings": False}
LORA = {"r": 16, "alpha": 32, "dropout": 0.0}  # no dropout: the resume comparison is then exact in principle
WORDS = ["the", "slab", "wall", "permit", "site", "engineer", "beam", "load", "insulation", "moisture", "timber",
         "frame", "roof", "window", "door", "concrete", "steel", "brick", "mortar", "plaster", "paint", "drain"]


def _child_env() -> dict[str, str]:
    """The environment for child processes: this checkout first, then any PYTHONPATH the caller set (on a bare
    GPU image that is where carried wheels such as pydantic live)."""
    inherited = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *([inherited] if inherited else [])])}


def _log(message: str) -> None:
    print(f"[gpu_check {time.strftime('%H:%M:%S')}] {message}", flush=True)


# ------------------------------------------------------------------------------------------ model + data


def build_base(directory: Path, shape: dict[str, Any], layers: int | None) -> None:
    """A random-weight Llama of the given shape (bf16 on GPU) with a small BPE tokenizer and chat template."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    sys.path.insert(0, str(ROOT))
    from tests.conftest import build_tiny_tokenizer

    tokenizer = build_tiny_tokenizer(1024)  # ids < 1024 index the full 128k embedding; compute is unchanged
    settings = {**shape, **({"num_hidden_layers": layers} if layers else {})}
    config = LlamaConfig(**settings, bos_token_id=1, eos_token_id=2, pad_token_id=2)
    cuda = torch.cuda.is_available()
    torch.manual_seed(0)
    with torch.device("cuda" if cuda else "cpu"):
        model = LlamaForCausalLM(config).to(torch.bfloat16 if cuda else torch.float32)
    model.save_pretrained(directory, safe_serialization=True)
    tokenizer.save_pretrained(directory)
    del model
    if cuda:
        torch.cuda.empty_cache()


def write_data(directory: Path, records: int, max_words: int, seed: int = 0) -> Path:
    """Instruction records of varied length as redacted data + the redaction report that vouches for them."""
    rng = random.Random(seed)
    lines = []
    for index in range(records):
        answer = " ".join(rng.choice(WORDS) for _ in range(rng.randint(max_words // 8, max_words)))
        lines.append(json.dumps({"id": f"r{index}", "instruction": f"Explain item {index}.", "output": answer}))
    data = directory / "data" / "redacted"
    data.mkdir(parents=True, exist_ok=True)
    path = data / "bench.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = directory / "reports" / "redaction.json"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(json.dumps({"outputs": {"bench.jsonl": hashlib.sha256(path.read_bytes()).hexdigest()}}))
    return path


def train_settings(work: Path, base: Path, args: argparse.Namespace, **overrides: Any) -> dict[str, Any]:
    """The `train` section for sovtune runs in `work` (paths absolute)."""
    settings = {
        "base_dir": str(base), "data_dir": str(work / "data" / "redacted"),
        "redaction_report": str(work / "reports" / "redaction.json"), "cache_dir": str(work / "data" / "cache"),
        "adapter_dir": str(work / "models" / "adapter"), "merged_dir": str(work / "models" / "merged"),
        "checkpoint_dir": str(work / "models" / "checkpoints"), "report_dir": str(work / "reports" / "train"),
        "max_length": args.seq, "micro_batch_size": 1, "grad_accum": args.accum, "max_steps": args.steps,
        "val_fraction": 0.05, "learning_rate": 1e-4, "warmup_steps": 1, "checkpoint_every": 10_000,
        "merge_dtype": "auto", "lora": LORA,
    }
    return {**settings, **overrides}


def _peak_memory_gb() -> float | None:
    import torch

    return round(torch.cuda.max_memory_allocated() / 2**30, 2) if torch.cuda.is_available() else None


# -------------------------------------------------------------------------------------------- children


def child_plain(work: Path, base: Path, args: argparse.Namespace) -> dict[str, Any]:
    """The usual recipe: Trainer + get_peft_model, bf16, every example padded to max length, loss on all tokens."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import (
        AutoConfig,
        AutoModelForCausalLM,
        AutoTokenizer,
        Trainer,
        TrainerCallback,
        TrainingArguments,
    )

    from pipeline.modeling import flops_per_token, peak_tflops

    cuda = torch.cuda.is_available()
    tokenizer = AutoTokenizer.from_pretrained(base)
    records = [json.loads(line) for line in (work / "data" / "redacted" / "bench.jsonl").read_text().splitlines()]

    def encode(record: dict[str, Any]) -> dict[str, Any]:
        messages = [{"role": "user", "content": record["instruction"]},
                    {"role": "assistant", "content": record["output"]}]
        text = tokenizer.apply_chat_template(messages, tokenize=False)
        encoded = tokenizer(text, padding="max_length", truncation=True, max_length=args.seq)
        encoded["labels"] = [t if m else -100 for t, m in zip(encoded["input_ids"], encoded["attention_mask"],
                                                               strict=True)]
        return encoded

    dataset = [encode(r) for r in records]  # a list is a map-style dataset (no `datasets` on the GPU image)
    lengths = [sum(row["attention_mask"]) for row in dataset]
    model = AutoModelForCausalLM.from_pretrained(base, dtype=torch.bfloat16 if cuda else torch.float32,
                                                 device_map={"": 0} if cuda else None)
    model = get_peft_model(model, LoraConfig(r=LORA["r"], lora_alpha=LORA["alpha"], lora_dropout=0.0,
                                             target_modules="all-linear", task_type="CAUSAL_LM"))
    marks: list[float] = []
    real: list[int] = []

    class Marks(TrainerCallback):
        def on_step_end(self, *_: Any, **__: Any) -> None:  # type: ignore[override]
            marks.append(time.perf_counter())

    def collate(features: list[dict[str, Any]]) -> dict[str, Any]:
        batch = {k: torch.tensor([f[k] for f in features]) for k in ("input_ids", "attention_mask", "labels")}
        real.append(int(batch["attention_mask"].sum()))
        return batch

    training = TrainingArguments(
        output_dir=str(work / "plain"), per_device_train_batch_size=1, gradient_accumulation_steps=args.accum,
        max_steps=args.steps, learning_rate=1e-4, bf16=cuda, use_cpu=not cuda, logging_steps=1000,
        save_strategy="no", report_to=[], dataloader_num_workers=0, disable_tqdm=True, seed=0,
    )
    trainer = Trainer(model=model, args=training, train_dataset=dataset, data_collator=collate, callbacks=[Marks()])
    trainer.train()
    timed_tokens = sum(real[args.accum : args.accum * args.steps])  # steps 2..N: step 1 is warm-up
    seconds = marks[-1] - marks[0]
    # MFU of the real tokens, with the same FLOPs-per-token formula sovtune logs (pipeline/modeling.py).
    context = sum(n * n for n in lengths) / sum(lengths) / 2
    per_token = flops_per_token(AutoConfig.from_pretrained(base), context)
    peak = peak_tflops(torch.device("cuda" if cuda else "cpu"), 0.0)
    return {"real_tokens_per_s": round(timed_tokens / seconds, 1), "timed_seconds": round(seconds, 2),
            "mfu": round(timed_tokens / seconds * per_token / (peak * 1e12), 4) if peak else None,
            "peak_gpu_memory_gb": _peak_memory_gb(), "padding_share": round(1 - sum(real) / (len(real) * args.seq), 4)}


def child_sovtune(work: Path, base: Path, args: argparse.Namespace, quantization: str) -> dict[str, Any]:
    """sovtune's train stage in this process; tokens/s from its dvclive log (steps 2..N), MFU from its metrics."""
    import torch

    from pipeline.config import TrainConfig
    from pipeline.train import train

    # QLoRA as it is used: with gradient checkpointing (an 8B model's activations at 2048 tokens are ~20 GB).
    checkpointing = quantization == "nf4"
    config = TrainConfig.model_validate(
        train_settings(work, base, args, quantization=quantization, gradient_checkpointing=checkpointing)
    )
    started = time.perf_counter()
    metrics = train(config)
    wall = time.perf_counter() - started
    plots = work / "reports" / "train" / "plots" / "metrics" / "train"

    def column(name: str) -> list[float]:
        path = plots / f"{name}.tsv"
        return [float(r.split("\t")[-1]) for r in path.read_text().strip().splitlines()[1:]] if path.is_file() else []

    tokens, seconds, mfu = column("tokens"), column("seconds"), column("mfu")
    record = json.loads((work / "models" / "merged" / "training.json").read_text())
    return {
        "real_tokens_per_s": round((tokens[-1] - tokens[0]) / (seconds[-1] - seconds[0]), 1),
        "mfu": round(sum(mfu[1:]) / max(1, len(mfu) - 1), 4) if mfu else None,  # steps 2..N
        "peak_gpu_memory_gb": metrics.get("peak_gpu_memory_gb") if metrics else None,
        "val_ppl_base": metrics.get("val_ppl_base"), "val_ppl": metrics.get("val_ppl"),
        "wall_s_including_load_validation_merge": round(wall, 1), "training_record": record,
        "cuda_peak_after_merge_gb": _peak_memory_gb() if torch.cuda.is_available() else None,
    }


def child_evaluate(work: Path, base: Path, args: argparse.Namespace) -> dict[str, Any]:
    """On the GPU, one model at a time: merged model's validation perplexity and logits, then base + adapter."""
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from pipeline.device import compute_dtype, resolve_device
    from pipeline.modeling import MERGE_DTYPES, target_loss_module
    from pipeline.packing import collate_rows
    from pipeline.quantization import nf4_config
    from pipeline.train_data import IGNORE, load_examples

    device = resolve_device("auto")
    record = json.loads((work / "models" / "merged" / "training.json").read_text())
    dtype = MERGE_DTYPES[record["merge_dtype"]]
    tokenizer = AutoTokenizer.from_pretrained(base)
    from pipeline.config import TrainConfig

    config = TrainConfig.model_validate(train_settings(work, base, args))
    digests = {"bench.jsonl": hashlib.sha256((work / "data" / "redacted" / "bench.jsonl").read_bytes()).hexdigest()}
    examples, _, _ = load_examples(config, tokenizer, [work / "data" / "redacted" / "bench.jsonl"], digests)
    sample = examples[: args.eval_examples]
    kwargs = {"device_map": {"": 0}} if device.type == "cuda" else {}

    def scored(model: Any) -> tuple[float, list[Any]]:
        loss_module = target_loss_module(model).eval()
        total, count, logits = 0.0, 0, []
        with torch.no_grad():
            for example in sample:
                batch = {k: v.to(device) for k, v in collate_rows([[example]], tokenizer.pad_token_id,
                                                                   "position_ids").items()}
                total += float(loss_module(**batch))
                count += int((batch["targets"] != IGNORE).sum())
                logits.append(model(input_ids=batch["input_ids"][:, :64]).logits.float().cpu())
        return total / count, logits

    torch.cuda.reset_peak_memory_stats() if device.type == "cuda" else None
    started = time.perf_counter()
    merged = AutoModelForCausalLM.from_pretrained(work / "models" / "merged", dtype=dtype, **kwargs)
    merged_loss, merged_logits = scored(merged)
    del merged
    torch.cuda.empty_cache() if device.type == "cuda" else None
    if record["merge_base"] == "nf4-dequantized":
        compute = compute_dtype(device, "auto")
        adapted_base = AutoModelForCausalLM.from_pretrained(base, dtype=compute,
                                                            quantization_config=nf4_config(compute), **kwargs)
    else:
        adapted_base = AutoModelForCausalLM.from_pretrained(base, dtype=dtype, **kwargs)
    adapted = PeftModel.from_pretrained(adapted_base, work / "models" / "adapter")
    _, adapter_logits = scored(adapted)
    gap = max(float((a - b).abs().max()) for a, b in zip(merged_logits, adapter_logits, strict=True))
    scale = max(float(a.abs().max()) for a in merged_logits)
    return {"device": str(device), "merged_val_ppl": round(float(torch.tensor(merged_loss).exp()), 3),
            "adapter_vs_merged_max_logit_gap": round(gap, 5), "max_abs_logit": round(scale, 2),
            "merge_base": record["merge_base"], "seconds": round(time.perf_counter() - started, 1),
            "peak_gpu_memory_gb": _peak_memory_gb()}


def child_resume(work: Path, base: Path, args: argparse.Namespace) -> dict[str, Any]:
    """SIGKILL the real stage process after its first checkpoint, rerun it, compare with an uninterrupted run."""
    import torch
    import yaml
    from safetensors.torch import load_file

    from pipeline.distributed import latest_checkpoint

    env = _child_env()
    adapters = {}
    killed_at = None
    interrupted = False
    for name in ("killed", "uninterrupted"):
        run_dir = work / name
        write_data(run_dir, args.records, args.seq)
        settings = train_settings(run_dir, base, args, max_steps=args.resume_steps, checkpoint_every=2)
        (run_dir / "params.yaml").write_text(yaml.safe_dump({"import_model": {"name": "gpu-check"}, "train": settings}))
        command = [sys.executable, "-m", "pipeline.train"]
        if name == "killed":
            process = subprocess.Popen(command, cwd=run_dir, env=env, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
            checkpoints = run_dir / "models" / "checkpoints"
            deadline = time.monotonic() + 600
            while latest_checkpoint(checkpoints) is None:
                if process.poll() is not None:
                    raise RuntimeError("the run ended before its first checkpoint")
                if time.monotonic() > deadline:
                    raise RuntimeError("no checkpoint within 600 s")
                time.sleep(0.05)
            process.send_signal(signal.SIGKILL)
            process.wait()
            killed_at = latest_checkpoint(checkpoints).name
            # On a fast machine the kill may land a checkpoint or two later; it must still land before the end.
            interrupted = not (run_dir / "models" / "adapter").exists()
        finished = subprocess.run(command, cwd=run_dir, env=env, capture_output=True, text=True)
        if finished.returncode != 0:
            raise RuntimeError(finished.stderr[-2000:])
        adapters[name] = load_file(run_dir / "models" / "adapter" / "adapter_model.safetensors")
    diffs = [float((adapters["killed"][k].float() - adapters["uninterrupted"][k].float()).abs().max())
             for k in adapters["uninterrupted"]]
    return {"killed_after": killed_at, "interrupted": interrupted, "steps": args.resume_steps,
            "max_abs_diff": max(diffs),
            "bitwise_equal": all(torch.equal(adapters["killed"][k], adapters["uninterrupted"][k])
                                 for k in adapters["uninterrupted"]),
            "equal_within_1e-3": max(diffs) <= 1e-3}


# ---------------------------------------------------------------------------------------------- driver


def _run_child(part: str, work: Path, base: Path, args: argparse.Namespace, out: Path, timeout: float) -> dict:
    command = [sys.executable, "-m", "benchmarks.gpu_check", "--child", part, "--work", str(work), "--base",
               str(base), "--out", str(out), *args.passthrough]
    started = time.perf_counter()
    try:
        finished = subprocess.run(command, cwd=ROOT, env=_child_env(), timeout=timeout,
                                  capture_output=True, text=True)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    if finished.returncode != 0:
        return {"error": f"exit code {finished.returncode}", "stderr_tail": finished.stderr[-1500:]}
    result = json.loads(out.read_text())
    result["wall_s"] = round(time.perf_counter() - started, 1)
    return result


def _child_main(args: argparse.Namespace) -> None:
    from pipeline import noise, offline

    noise.quiet_libraries()
    offline.set_offline_env()
    offline.enforce()
    work, base = Path(args.work), Path(args.base)
    if args.child == "plain":
        result = child_plain(work, base, args)
    elif args.child in ("lora", "qlora"):
        result = child_sovtune(work, base, args, "nf4" if args.child == "qlora" else "none")
    elif args.child == "evaluate":
        result = child_evaluate(work, base, args)
    else:
        result = child_resume(work, base, args)
    Path(args.out).write_text(json.dumps(result))


def _write(out: Path, report: dict[str, Any]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _bitsandbytes_usable() -> bool:
    try:
        import bitsandbytes  # noqa: F401
        import torch
    except Exception:  # a carried wheel built for another CUDA fails here, not only with ImportError
        return False
    return torch.cuda.is_available()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiny", action="store_true", help="2-layer model, short rows: a smoke run (CPU if no GPU)")
    parser.add_argument("--layers", type=int, default=0, help="decoder layers (default: the shape's 32)")
    parser.add_argument("--seq", type=int, default=0, help="row length in tokens (default 2048; tiny 128)")
    parser.add_argument("--steps", type=int, default=4, help="optimizer steps per contender (first is warm-up)")
    parser.add_argument("--accum", type=int, default=4, help="rows per optimizer step")
    parser.add_argument("--records", type=int, default=0, help="synthetic records (default 96; tiny 48)")
    parser.add_argument("--resume-steps", type=int, default=4, help="steps of the kill-and-resume runs")
    parser.add_argument("--eval-examples", type=int, default=8, help="examples scored by the evaluate part")
    parser.add_argument("--budget-s", type=float, default=450, help="stop starting parts after this many seconds")
    parser.add_argument("--out", type=Path, default=RESULT)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    parser.add_argument("--base", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.seq = args.seq or (128 if args.tiny else 2048)
    args.records = args.records or (48 if args.tiny else 96)
    args.passthrough = [f"--seq={args.seq}", f"--steps={args.steps}", f"--accum={args.accum}",
                        f"--records={args.records}", f"--resume-steps={args.resume_steps}",
                        f"--eval-examples={args.eval_examples}"]
    if args.child:
        _child_main(args)
        return

    import torch

    cuda = torch.cuda.is_available()
    started = time.perf_counter()
    shape = TINY if args.tiny else LLAMA3_8B
    report: dict[str, Any] = {
        "benchmark": "gpu_check", "device": torch.cuda.get_device_name(0) if cuda else "cpu",
        "torch": torch.__version__, "loadavg_before": [round(x, 2) for x in os.getloadavg()],
        "setup": {"shape": "tiny" if args.tiny else "Llama-3-8B", "layers": args.layers or shape["num_hidden_layers"],
                  "seq": args.seq, "steps": args.steps, "rows_per_step": args.accum, "lora": LORA},
        "parts": {},
    }
    with tempfile.TemporaryDirectory(prefix="gpu_check-") as scratch:
        scratch_dir = Path(scratch)
        base, small_base = scratch_dir / "base", scratch_dir / "base-small"
        _log(f"building the {report['setup']['shape']} model ({report['setup']['layers']} layers)")
        build_base(base, shape, args.layers or None)
        build_base(small_base, shape, min(4, shape["num_hidden_layers"]))
        report["setup"]["build_s"] = round(time.perf_counter() - started, 1)
        # In order of importance: whatever the time budget leaves out is marked skipped, never silently missing.
        parts = [("plain", base), ("lora", base), ("evaluate", base), ("resume", small_base)]
        if _bitsandbytes_usable():
            parts += [("qlora", base), ("evaluate_qlora", base)]
        else:
            report["parts"]["qlora"] = {"skipped": "bitsandbytes not importable or no CUDA"}
        for part, part_base in parts:
            left = args.budget_s - (time.perf_counter() - started)
            if left < 30:
                report["parts"][part] = {"skipped": f"time budget of {args.budget_s} s used up"}
                continue
            work = scratch_dir / {"evaluate": "lora", "evaluate_qlora": "qlora"}.get(part, part)
            if part in ("plain", "lora", "qlora", "resume"):
                write_data(work, args.records, args.seq)
            _log(f"part {part} ({left:.0f} s of the budget left)")
            child = "evaluate" if part.startswith("evaluate") else part
            report["parts"][part] = _run_child(child, work, part_base, args, scratch_dir / f"{part}.json", left)
            _log(json.dumps(report["parts"][part])[:400])
            _write(args.out, report)  # after every part: a lease cut short still leaves the parts that ran
            if part.startswith("evaluate"):  # free the disk: a merged 8B model is 16 GB
                import shutil

                shutil.rmtree(work / "models" / "merged", ignore_errors=True)
    parts = report["parts"]
    speed = {name: parts.get(name, {}).get("real_tokens_per_s") for name in ("plain", "lora", "qlora")}
    report["ratios"] = {
        "lora_vs_plain": round(speed["lora"] / speed["plain"], 2) if speed["lora"] and speed["plain"] else None,
        "qlora_vs_plain": round(speed["qlora"] / speed["plain"], 2) if speed["qlora"] and speed["plain"] else None,
    }
    report["targets"] = {
        "lora_vs_plain>=1.5": (report["ratios"]["lora_vs_plain"] or 0) >= 1.5,
        "qlora_peak_memory<20GB": (parts.get("qlora", {}).get("peak_gpu_memory_gb") or float("inf")) < 20,
        "resume_equal_within_1e-3": bool(parts.get("resume", {}).get("equal_within_1e-3")),
    }
    report["total_s"] = round(time.perf_counter() - started, 1)
    report["loadavg_after"] = [round(x, 2) for x in os.getloadavg()]
    _write(args.out, report)
    _log(f"wrote {args.out} in {report['total_s']} s")


if __name__ == "__main__":
    main()
