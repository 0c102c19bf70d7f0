"""Stage `train`: LoRA (or QLoRA on CUDA) fine-tuning of models/base/ on data/redacted/ -> models/adapter, merged.

Runs in four steps, each a function below, top to bottom: setup (config -> redacted inputs checked against
reports/redaction.json -> tokenised examples, cached under data/cache/ -> packed rows -> model + LoRA, prepared
for one process, DDP or FSDP2) -> resume (from the latest matching checkpoint) -> fit (the training loop) ->
finalize (validation, adapter, merged model, metrics).

Why a compact loop instead of the HF Trainer:
- Packing: examples are packed into rows of `max_length` tokens by best-fit decreasing, with position ids reset
  per example, so packed examples never attend to each other (padding < 5%): pipeline/packing.py.
- Shared prefix: on the CPU's dense layout the leading tokens every example shares (a chat template's system
  prompt) are held once per row, and each packed example attends to them; same loss, more examples per row.
- Logits only where there is a target: the LM head (vocab 49k x hidden 576 on SmolLM2, about a fifth of the
  model's FLOPs per token) runs only on positions whose next token is an assistant/response token.
- The data order is a pure function of (seed, data, config), so a resumed run replays exactly the batches the
  killed run would have seen, and the final adapter equals the uninterrupted one bit for bit on CPU.

Data: pipeline/train_data.py; model, precision and merge: pipeline/modeling.py; DDP/FSDP2, validation and
checkpoints: pipeline/distributed.py; device and dtype: pipeline/device.py.

Run: `python -m pipeline.train` (DVC), `sovtune train`, or multi-process
`accelerate launch --config_file configs/accelerate/ddp.yaml -m pipeline.train`.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import math
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pipeline import noise, offline
from pipeline.config import TrainConfig, load_params, section_as_dict
from pipeline.distributed import STATE_FILE, evaluate_loss, latest_checkpoint
from pipeline.errors import SovtuneError, run_main
from pipeline.packing import Layout, collate_rows, micro_batch_schedule, pack_examples, row_width, shared_prefix
from pipeline.provenance import run_info, write_run_record
from pipeline.train_data import (
    IGNORE,
    Example,
    load_examples,
    record_messages,
    split_examples,
    tokenize_record,
    verify_redacted_inputs,
)
from pipeline.train_outputs import base_identity, log_row, open_live, rounded, save_adapter

__all__ = [  # what tests, benchmarks and the CLI import from the stage module
    "IGNORE", "Example", "collate_rows", "latest_checkpoint", "load_examples", "micro_batch_schedule",
    "pack_examples", "record_messages", "split_examples", "tokenize_record", "train", "verify_redacted_inputs",
]

@dataclass
class Plan:
    """What this run trains on and in which order: fixed once setup is done, the same on every rank."""

    rows: list[list[Example]]
    val_rows: list[list[Example]]
    schedule: list[list[int]]  # micro-batches (row indices) of the whole run, all ranks interleaved
    total_steps: int
    per_step: int  # micro-batches per optimizer step over all ranks (grad_accum x world)
    pad_id: int
    layout: Layout
    prefix: int  # leading tokens all examples share, held once per row ("dense" layout; 0: none)
    base: dict[str, str]
    data_digests: dict[str, str]
    fingerprint: str
    train_examples: int
    val_examples: int
    flops_per_token: float
    peak_tflops: float | None
    record: dict[str, Any]  # precision / quantisation / merge record (training.json)


@dataclass
class Run:
    """The prepared objects of the run."""

    accelerator: Any
    loss_module: Any  # TargetLoss around the PEFT model, wrapped by DDP or sharded by FSDP2
    optimizer: Any
    scheduler: Any
    trainable: list[Any]
    live: Any  # dvclive logger on rank 0, None elsewhere


@dataclass
class RunState:
    """Progress so far: saved in every checkpoint and restored on resume."""

    step: int = 0
    tokens: int = 0  # real (non-padding) tokens trained on, over all ranks
    seconds: float = 0.0  # time inside optimizer steps (no validation, no I/O)
    loss: float = float("nan")  # last step's mean loss per target token
    padding: float = 0.0
    val_loss_base: float = float("nan")
    logged: list[dict[str, float]] = field(default_factory=list)  # every dvclive row (DVC deletes outs on rerun)


# ------------------------------------------------------------------------------------------------ setup


def setup(config: TrainConfig) -> tuple[Plan, Run]:
    """Inputs, rows, schedule and the model, prepared for this launch (one process, DDP or FSDP2)."""
    import torch
    from transformers import AutoConfig, AutoTokenizer

    from pipeline import distributed, modeling
    from pipeline.device import compute_dtype, resolve_device

    if config.threads:
        torch.set_num_threads(config.threads)
    device = resolve_device("auto")
    dtype = compute_dtype(device, config.precision)
    accelerator = distributed.make_accelerator(_mixed_precision(config, device, dtype), cpu=device.type != "cuda")
    device = accelerator.device
    base_dir = Path(config.base_dir)
    if not (base_dir / "config.json").is_file():
        raise SovtuneError(f"{base_dir} holds no model; run `dvc repro import_model` first")
    run_mode = distributed.mode(accelerator)
    if run_mode == "fsdp2" and config.quantization == "nf4":
        raise SovtuneError("QLoRA (train.quantization=nf4) runs with one GPU or DDP, not FSDP: use ddp.yaml")

    data_digests = verify_redacted_inputs(Path(config.data_dir), Path(config.redaction_report))
    files = [Path(config.data_dir) / name for name in data_digests]
    tokenizer = AutoTokenizer.from_pretrained(base_dir)
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    with accelerator.main_process_first():
        examples, n_records, data_key = load_examples(config, tokenizer, files, data_digests)
    train_examples, val_examples = split_examples(examples, n_records, config.val_fraction, config.seed)
    model_config = AutoConfig.from_pretrained(base_dir)
    attn = modeling.attention_implementation(config.attn_implementation, model_config, device)
    layout = modeling.batch_layout(attn, model_config, device)
    sharing = config.packing and config.share_prefix and layout == "dense"
    prefix = shared_prefix([*train_examples, *val_examples]) if sharing else 0
    rows, val_rows = _rows_of(train_examples, config, prefix), _rows_of(val_examples, config, prefix)
    world = accelerator.num_processes
    per_step = config.grad_accum * world
    schedule, total_steps = micro_batch_schedule(
        len(rows), config.micro_batch_size, per_step, config.epochs, config.max_steps, config.seed
    )
    base = base_identity(base_dir)
    record = {**modeling.merge_plan(config, base_dir, dtype), "attn_implementation": attn, "layout": layout,
              "shared_prefix_tokens": prefix, "distributed": run_mode, "world_size": world}
    fingerprint = _fingerprint(config, data_key, base.get("manifest_sha256") or base.get("files_sha256", ""), world,
                               run_mode)
    mean_length = sum(len(e.input_ids) ** 2 for e in train_examples) / sum(len(e.input_ids) for e in train_examples)
    plan = Plan(
        rows=rows, val_rows=val_rows, schedule=schedule, total_steps=total_steps, per_step=per_step, pad_id=pad_id,
        layout=layout, prefix=prefix, base=base, data_digests=data_digests, fingerprint=fingerprint,
        train_examples=len(train_examples), val_examples=len(val_examples),
        flops_per_token=modeling.flops_per_token(model_config, mean_length / 2),  # mean keys per query
        peak_tflops=modeling.peak_tflops(device, config.peak_tflops), record=record,
    )

    torch.manual_seed(config.seed)  # LoRA A init
    model = modeling.load_model(config, device, dtype, attn, place=run_mode != "fsdp2")
    optimizer = torch.optim.AdamW(
        [p for p in model.parameters() if p.requires_grad], lr=config.learning_rate, weight_decay=config.weight_decay
    )
    # Together: FSDP2 replaces the parameters by shards and re-points the optimizer at them.
    loss_module, optimizer = accelerator.prepare(modeling.target_loss_module(model), optimizer)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: lr_factor(step, total_steps, config.warmup_steps, config.scheduler)
    )
    loss_module.train()
    trainable = [p for p in loss_module.parameters() if p.requires_grad]  # the prepared (maybe sharded) ones
    plan.record["parameters_sharded"] = any(type(p).__name__ == "DTensor" for p in loss_module.parameters())
    live = open_live(config.report_dir) if accelerator.is_main_process else None
    return plan, Run(accelerator, loss_module, optimizer, scheduler, trainable, live)


def _mixed_precision(config: TrainConfig, device: Any, dtype: Any) -> str:
    """accelerate's mixed_precision: autocast to the compute dtype on GPUs; bf16 on CPU only when asked for."""
    import torch

    if config.precision == "fp16" and device.type != "cuda":
        raise SovtuneError("train.precision=fp16 needs a CUDA GPU; use fp32 (or auto) on CPU")
    if config.precision == "bf16" and device.type != "cuda":
        print("train: warning: bf16 on CPU is about 30x slower than fp32 on CPUs without native bf16")
    return {torch.float32: "no", torch.bfloat16: "bf16", torch.float16: "fp16"}[dtype]


def _rows_of(examples: Sequence[Example], config: TrainConfig, prefix: int = 0) -> list[list[Example]]:
    # With a shared prefix a row holds it once: each example costs its length without it.
    lengths = [len(e.input_ids) - prefix for e in examples]
    layout = pack_examples(lengths, config.max_length - prefix, config.packing)
    return [[examples[i] for i in row] for row in layout]


def _fingerprint(config: TrainConfig, data_key: str, base_digest: str, world: int, run_mode: str = "single") -> str:
    """Identity of a run: a checkpoint resumes only a run with the same fingerprint."""
    semantic = section_as_dict(config)
    for key in ("checkpoint_every", "log_every", "eval_before", "threads", "report_dir", "adapter_dir", "merged_dir",
                "peak_tflops"):
        semantic.pop(key, None)
    material = {"config": semantic, "data": data_key, "base": base_digest, "world": world, "mode": run_mode}
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()


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


# ----------------------------------------------------------------------------------------------- resume


def resume(config: TrainConfig, plan: Plan, run: Run) -> RunState:
    """The latest checkpoint of this very run, restored; else a fresh state with the base model's val loss."""
    import torch

    from pipeline.distributed import load_checkpoint

    accelerator, main = run.accelerator, run.accelerator.is_main_process
    latest = latest_checkpoint(Path(config.checkpoint_dir))
    if latest is not None:
        saved = json.loads((latest / STATE_FILE).read_text(encoding="utf-8"))
        if saved.get("fingerprint") == plan.fingerprint:
            saved = load_checkpoint(latest, run.loss_module, run.optimizer, run.scheduler, accelerator)
            if main:
                print(f"train: resuming from {latest.name} (step {saved['step']}/{plan.total_steps})")
            return _state_from(saved)
        if main:
            print(f"train: {latest.name} belongs to another config or data; starting fresh")
    state = RunState()
    if config.eval_before and plan.val_rows:  # LoRA B starts at zero: this is the base model's loss
        state.val_loss_base = evaluate_loss(
            run.loss_module, plan.val_rows, plan.pad_id, config.micro_batch_size, accelerator, plan.layout,
            plan.prefix,
        )
    torch.manual_seed(config.seed + accelerator.process_index)  # dropout stream, per process
    return state


def _state_from(saved: dict[str, Any]) -> RunState:
    history = saved.get("history", {})
    return RunState(
        step=saved["step"], tokens=saved["tokens"], seconds=saved["seconds"],
        loss=float(history.get("loss", "nan")), padding=float(history.get("padding", 0.0)),
        val_loss_base=saved.get("val_loss_base", float("nan")), logged=saved.get("logged", []),
    )


def _checkpoint_state(state: RunState, plan: Plan) -> dict[str, Any]:
    """The JSON state file of a checkpoint (same keys as before the RunState refactor)."""
    saved = asdict(state)
    return {
        "step": state.step, "tokens": state.tokens, "seconds": state.seconds, "fingerprint": plan.fingerprint,
        "micro_batches_done": state.step * plan.per_step, "history": {"loss": state.loss, "padding": state.padding},
        "val_loss_base": state.val_loss_base, "logged": saved["logged"],
    }


# -------------------------------------------------------------------------------------------------- fit


def fit(config: TrainConfig, plan: Plan, run: Run, state: RunState, stop_after_steps: int | None = None) -> bool:
    """Optimizer steps from state.step to the end, checkpointing every `checkpoint_every` steps.

    Returns:
        False when stopped early by `stop_after_steps` (tests: as if the process had been killed there).
    """
    import torch
    from tqdm.auto import tqdm

    from pipeline.distributed import save_checkpoint, scalar

    accelerator, world, live = run.accelerator, run.accelerator.num_processes, run.live
    # Start the dvclive files afresh and replay the rows of the steps already done: `dvc repro` deletes the
    # stage's outputs before a resumed run, so appending would leave curves without their first steps.
    if live is not None and state.logged:
        for row in state.logged:
            log_row(live, row)
        live.make_summary()
    bar = tqdm(total=plan.total_steps, initial=state.step, unit="step", disable=live is None, dynamic_ncols=True)
    counts = [sum(sum(e.n_targets for e in plan.rows[r]) for r in batch) for batch in plan.schedule]  # targets
    for step in range(state.step, plan.total_steps):
        started = time.perf_counter()
        window = slice(step * plan.per_step, (step + 1) * plan.per_step)
        step_targets = sum(counts[window])  # over all processes: no all-reduce
        mine = plan.schedule[window][accelerator.process_index :: world]
        loss_sum = torch.zeros((), device=accelerator.device)
        real_tokens, filled_tokens, computed_tokens = 0, 0, 0
        for index, batch_rows in enumerate(mine):
            batch = collate_rows([plan.rows[r] for r in batch_rows], plan.pad_id, plan.layout, plan.prefix)
            real_tokens += sum(len(e.input_ids) for r in batch_rows for e in plan.rows[r])  # whole examples
            filled_tokens += sum(row_width(plan.rows[r], plan.prefix) for r in batch_rows)  # slots they fill
            computed_tokens += batch["input_ids"].numel()
            batch = {k: v.to(accelerator.device) for k, v in batch.items()}
            last = index == len(mine) - 1
            with contextlib.nullcontext() if last else accelerator.no_sync(run.loss_module):
                # DDP and FSDP average gradients over processes: scale so the result is the mean over all targets.
                loss = run.loss_module(**batch) / step_targets
                accelerator.backward(loss * world)
            loss_sum += loss.detach()
        norm = accelerator.clip_grad_norm_(run.trainable, config.max_grad_norm or float("inf"))
        lr = run.scheduler.get_last_lr()[0]
        run.optimizer.step()
        run.scheduler.step()
        run.optimizer.zero_grad(set_to_none=True)
        step_loss = float(accelerator.reduce(loss_sum, reduction="sum"))
        seconds = time.perf_counter() - started
        step_tokens = int(accelerator.reduce(torch.tensor(real_tokens, device=accelerator.device), reduction="sum"))
        state.step, state.tokens, state.seconds = step + 1, state.tokens + step_tokens, state.seconds + seconds
        state.loss, state.padding = step_loss, 1 - filled_tokens / max(1, computed_tokens)
        bar.update(1)
        bar.set_postfix_str(f"loss {step_loss:.3f}, {step_tokens / seconds:.0f} tok/s")
        if state.step % config.log_every == 0 or state.step == plan.total_steps:
            row = {
                "step": state.step,
                "train/loss": step_loss,
                "train/lr": lr,
                "train/tokens_per_s": step_tokens / seconds,
                "train/tokens": state.tokens,  # cumulative real (non-padding) tokens
                "train/seconds": state.seconds,  # cumulative time in optimizer steps (no eval, no I/O)
                "train/grad_norm": scalar(norm),
            }
            if plan.peak_tflops:  # model FLOPs utilisation of all devices together
                row["train/mfu"] = step_tokens * plan.flops_per_token / seconds / (plan.peak_tflops * 1e12 * world)
            state.logged.append(row)
            if live is not None:
                log_row(live, row)
                live.make_summary()
        if state.step % config.checkpoint_every == 0 or state.step == plan.total_steps:
            save_checkpoint(Path(config.checkpoint_dir), state.step, _checkpoint_state(state, plan), run.loss_module,
                            run.optimizer, run.scheduler, accelerator)
        if stop_after_steps is not None and stop_after_steps <= state.step < plan.total_steps:
            bar.close()
            if live is not None:
                live.end()
            return False
    bar.close()
    return True


# --------------------------------------------------------------------------------------------- finalize


def finalize(config: TrainConfig, plan: Plan, run: Run, state: RunState) -> dict[str, Any]:
    """Validation loss (every rank), the adapter (gathered), the merged model and the metrics (rank 0)."""
    import torch

    from pipeline.distributed import trainable_state
    from pipeline.modeling import save_merged

    accelerator = run.accelerator
    val_loss = evaluate_loss(run.loss_module, plan.val_rows, plan.pad_id, config.micro_batch_size, accelerator,
                             plan.layout, plan.prefix)
    weights = trainable_state(run.loss_module, accelerator) if accelerator.num_processes > 1 else None
    metrics: dict[str, Any] = {}
    info: dict[str, Any] = {}
    if accelerator.is_main_process:
        metrics = _metrics(config, plan, state, val_loss)
        if torch.cuda.is_available():
            metrics["peak_gpu_memory_gb"] = round(torch.cuda.max_memory_allocated() / 2**30, 2)
        for key, value in metrics.items():
            if value is not None:
                run.live.summary[key] = value
        run.live.make_summary()
        run.live.end()
        # What went into the model, beside it; no git commit, versions or timings (those are the run record,
        # written by main() to a file no stage depends on), so an identical retrain leaves identical bytes.
        timing = ("train_seconds", "tokens_per_s", "mfu", "peak_gpu_memory_gb")
        info = {"stage": "train", "config": section_as_dict(config), "base_model": plan.base,
                "data": plan.data_digests, "metrics": {k: v for k, v in metrics.items() if k not in timing},
                "world_size": accelerator.num_processes, "training": plan.record}
        save_adapter(accelerator.unwrap_model(run.loss_module).inner, Path(config.adapter_dir), plan.base, config,
                     info, weights)
    # Free the training model and optimizer before the merge loads its base (peak memory: one model).
    run.loss_module = run.optimizer = run.scheduler = None
    run.trainable = []
    accelerator.free_memory()
    gc.collect()
    if accelerator.is_main_process:
        save_merged(Path(config.base_dir), Path(config.adapter_dir), Path(config.merged_dir), info, plan.record,
                    accelerator.device)
    accelerator.wait_for_everyone()
    return metrics


def _metrics(config: TrainConfig, plan: Plan, state: RunState, val_loss: float) -> dict[str, Any]:
    lengths = [row_width(row, plan.prefix) for row in plan.rows]  # token slots each row fills
    computed = sum(max(lengths[r] for r in batch) * len(batch) for batch in plan.schedule)  # padded (B x T) slots
    metrics = {
        "steps": plan.total_steps,
        "train_loss": state.loss,
        "train_tokens": state.tokens,
        "train_seconds": round(state.seconds, 1),
        "tokens_per_s": round(state.tokens / max(state.seconds, 1e-9), 1),
        "packing_efficiency": round(sum(lengths) / (len(plan.rows) * config.max_length), 4) if config.packing else None,
        "shared_prefix_tokens": plan.prefix,
        "padding_share": round(1 - sum(lengths[r] for batch in plan.schedule for r in batch) / computed, 4),
        "train_examples": plan.train_examples,
        "val_examples": plan.val_examples,
        "val_loss": val_loss,
        "val_ppl": math.exp(val_loss) if not math.isnan(val_loss) else None,
        "val_loss_base": state.val_loss_base,
        "val_ppl_base": math.exp(state.val_loss_base) if not math.isnan(state.val_loss_base) else None,
    }
    if plan.peak_tflops:
        world = int(plan.record["world_size"])
        achieved = state.tokens * plan.flops_per_token / max(state.seconds, 1e-9)
        metrics["mfu"] = round(achieved / (plan.peak_tflops * 1e12 * world), 4)
    return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in metrics.items()}


# ------------------------------------------------------------------------------------------------ stage


def train(config: TrainConfig, stop_after_steps: int | None = None) -> dict[str, Any] | None:
    """Fine-tune, checkpointing every `checkpoint_every` steps and resuming from the latest matching checkpoint.

    Args:
        config: the `train` section.
        stop_after_steps: tests only: return right after this optimizer step without saving anything more,
            as if the process had been killed there.

    Returns:
        The metrics (also in report_dir/metrics.json; empty on ranks other than 0), or None when stopped early.
    """
    plan, run = setup(config)
    state = resume(config, plan, run)
    if not fit(config, plan, run, state, stop_after_steps):
        return None
    return finalize(config, plan, run, state)


def summary_line(metrics: dict[str, Any], adapter_dir: str, merged_dir: str) -> str:
    """What the stage did, in rounded numbers."""
    return (
        f"{metrics['steps']} steps, {metrics['tokens_per_s']:.0f} tokens/s, validation perplexity "
        f"{rounded(metrics['val_ppl_base'])} -> {rounded(metrics['val_ppl'])}; wrote {adapter_dir}/ and {merged_dir}/"
    )


def main() -> None:
    noise.quiet_libraries(noise.verbose_requested())
    offline.set_offline_env()
    params = load_params()
    offline.enforce(params.offline.allow_hosts)
    if params.train.quantization == "none":
        noise.keep_bitsandbytes_unloaded()
    metrics = train(params.train)
    if metrics:
        write_run_record("train", {**run_info("train", section_as_dict(params.train)), "metrics": metrics})
        print("train: " + summary_line(metrics, params.train.adapter_dir, params.train.merged_dir))


if __name__ == "__main__":
    run_main(main)
