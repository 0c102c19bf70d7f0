"""One process, DDP or FSDP2 (through accelerate): the accelerator, validation on every rank, full-state saving.

The rules every mode follows:
- The model and the optimizer go through `accelerator.prepare` together (FSDP2 re-points the optimizer at the
  sharded parameters); the trainable-parameter list and the LR scheduler are taken from the prepared objects.
- Validation runs on every rank over its share of the rows and the (loss sum, target count) pair is summed
  over ranks; each rank runs the same number of forwards, because FSDP gathers parameters in each.
- The adapter and checkpoints are written from a full (gathered) state dict of the trainable parameters and
  the optimizer (torch.distributed.checkpoint.state_dict), by rank 0; resume loads the full state on every
  rank and lets the same API shard it again.
A single process keeps its own simpler path (plain state dicts), so CPU runs stay byte-identical.
"""

from __future__ import annotations

import json
import math
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import torch

from pipeline.packing import Layout, collate_rows
from pipeline.provenance import write_json
from pipeline.train_data import IGNORE, Example

STATE_FILE = "trainer_state.json"
_PREFIX = "inner."  # the loss module's attribute holding the PEFT model (TargetLoss.inner)


def make_accelerator(mixed_precision: str, cpu: bool) -> Any:
    """The Accelerator for this launch (plain, DDP, or FSDP2 when launched with configs/accelerate/fsdp.yaml).

    accelerate 1.15 routes every multi-process launch without CUDA to MULTI_CPU and drops the FSDP plugin
    there, although torch's FSDP2 (`fully_shard`) runs over gloo. Putting the plugin back makes the same
    FSDP2 code path that runs on GPUs run on CPUs, which is how tests/test_distributed.py tests it.
    """
    from accelerate import Accelerator, FullyShardedDataParallelPlugin
    from accelerate.utils import DistributedType

    accelerator = Accelerator(cpu=cpu, mixed_precision=mixed_precision)
    fsdp_asked = os.environ.get("ACCELERATE_USE_FSDP", "false").lower() == "true"
    if fsdp_asked and accelerator.distributed_type == DistributedType.MULTI_CPU:
        accelerator.state.fsdp_plugin = FullyShardedDataParallelPlugin()  # reads the FSDP_* launch variables
        accelerator.state.distributed_type = DistributedType.FSDP
    return accelerator


def mode(accelerator: Any) -> str:
    """"single", "ddp" or "fsdp2": part of a checkpoint's fingerprint (their files differ)."""
    from accelerate.utils import DistributedType

    if accelerator.distributed_type == DistributedType.FSDP:
        if not accelerator.is_fsdp2:
            from pipeline.errors import SovtuneError

            raise SovtuneError("FSDP1 is not supported: set fsdp_version: 2 in the accelerate config")
        return "fsdp2"
    return "ddp" if accelerator.num_processes > 1 else "single"


def scalar(value: Any) -> float:
    """A Python float from a tensor that may be a DTensor (FSDP2 gradient norms are)."""
    if hasattr(value, "full_tensor"):
        value = value.full_tensor()
    return float(value)


# -------------------------------------------------------------------------------------------- validation


def evaluate_loss(
    loss_module: Any, rows: Sequence[Sequence[Example]], pad_id: int, micro_batch: int, accelerator: Any,
    layout: Layout = "dense",
    prefix: int = 0,
) -> float:
    """Mean cross-entropy per target token over the rows, split over ranks and summed (no dropout, no grad)."""
    if not rows:
        return float("nan")
    rank, world = accelerator.process_index, accelerator.num_processes
    batches = [rows[start : start + micro_batch] for start in range(0, len(rows), micro_batch)]
    mine = batches[rank::world]
    rounds = math.ceil(len(batches) / world)
    was_training = loss_module.training
    loss_module.eval()
    total, count = 0.0, 0
    with torch.no_grad():
        for index in range(rounds):
            real = index < len(mine)  # ranks short of a batch rerun the first one and ignore it
            batch = collate_rows(mine[index] if real else batches[0], pad_id, layout, prefix)
            batch = {k: v.to(accelerator.device) for k, v in batch.items()}
            loss = float(loss_module(**batch))
            if real:
                total += loss
                count += int((batch["targets"] != IGNORE).sum())
    loss_module.train(was_training)
    if world > 1:
        sums = accelerator.reduce(torch.tensor([total, count], dtype=torch.float64, device=accelerator.device), "sum")
        total, count = float(sums[0]), int(sums[1])
    return total / max(1, count)


# -------------------------------------------------------------------------------------- full state dicts


def _options(**extra: Any) -> Any:
    from torch.distributed.checkpoint.state_dict import StateDictOptions

    return StateDictOptions(full_state_dict=True, ignore_frozen_params=True, **extra)


def trainable_state(loss_module: Any, accelerator: Any) -> dict[str, torch.Tensor]:
    """Full trainable weights keyed as in the PEFT model, on CPU; on rank 0 only when distributed.

    Every rank must call this (it gathers shards under FSDP).
    """
    if accelerator.num_processes == 1:
        inner = accelerator.unwrap_model(loss_module).inner
        return {name: p.detach().contiguous().cpu() for name, p in inner.named_parameters() if p.requires_grad}
    from torch.distributed.checkpoint.state_dict import get_model_state_dict

    state = get_model_state_dict(loss_module, options=_options(cpu_offload=True))
    return {name.removeprefix(_PREFIX): tensor.contiguous() for name, tensor in state.items()}


def _optimizer_state(loss_module: Any, optimizer: Any, accelerator: Any) -> dict[str, Any]:
    if accelerator.num_processes == 1:
        return optimizer.state_dict()
    from torch.distributed.checkpoint.state_dict import get_optimizer_state_dict

    return get_optimizer_state_dict(loss_module, optimizer.optimizer, options=_options(cpu_offload=True))


def latest_checkpoint(directory: Path) -> Path | None:
    """The finished checkpoint with the highest step (a checkpoint counts once its state file exists)."""
    done = [path for path in directory.glob("step-*") if (path / STATE_FILE).is_file()]
    return max(done, key=lambda path: int(path.name.split("-")[1])) if done else None


def save_checkpoint(
    directory: Path, step: int, state: dict[str, Any], loss_module: Any, optimizer: Any, scheduler: Any,
    accelerator: Any,
) -> None:
    """Write step-N/ (trainable weights, optimizer, scheduler, per-rank RNG, state) then drop older ones.

    The state file is written last, so a kill while saving leaves an incomplete directory that is ignored.
    """
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
    weights = trainable_state(loss_module, accelerator)  # collective: every rank
    optimizer_state = _optimizer_state(loss_module, optimizer, accelerator)  # collective: every rank
    accelerator.wait_for_everyone()
    if accelerator.is_main_process:
        save_file(weights, target / "adapter_weights.safetensors")
        torch.save({"optimizer": optimizer_state, "scheduler": scheduler.state_dict()}, target / "optimizer.pt")
        write_json(target / STATE_FILE, state)
        for older in directory.glob("step-*"):
            if older != target:
                shutil.rmtree(older, ignore_errors=True)
    accelerator.wait_for_everyone()


def load_checkpoint(path: Path, loss_module: Any, optimizer: Any, scheduler: Any, accelerator: Any) -> dict[str, Any]:
    """Restore weights, optimizer, scheduler and this rank's RNG from step-N/; returns its state file."""
    from safetensors.torch import load_file

    weights = load_file(path / "adapter_weights.safetensors")
    # weights_only: our own files hold only tensors and plain containers; never unpickle arbitrary objects.
    states = torch.load(path / "optimizer.pt", weights_only=True)
    if accelerator.num_processes == 1:
        inner = accelerator.unwrap_model(loss_module).inner
        with torch.no_grad():
            for name, parameter in inner.named_parameters():
                if parameter.requires_grad:
                    parameter.copy_(weights[name])
        optimizer.load_state_dict(states["optimizer"])
    else:
        from torch.distributed.checkpoint.state_dict import set_model_state_dict, set_optimizer_state_dict

        full = {_PREFIX + name: tensor for name, tensor in weights.items()}
        set_model_state_dict(loss_module, full, options=_options(strict=False))
        set_optimizer_state_dict(loss_module, optimizer.optimizer, states["optimizer"], options=_options())
    scheduler.load_state_dict(states["scheduler"])
    rng = torch.load(path / f"rng-rank{accelerator.process_index}.pt", weights_only=True)
    torch.set_rng_state(rng["cpu"])
    if "cuda" in rng and torch.cuda.is_available():
        torch.cuda.set_rng_state(rng["cuda"])
    return json.loads((path / STATE_FILE).read_text(encoding="utf-8"))
