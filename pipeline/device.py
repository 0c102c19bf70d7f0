"""Device and compute dtype, resolved the same way by every stage that runs a model (train, evaluate).

`auto` means: the first CUDA GPU when there is one, else the CPU; bf16 on GPUs that support it, fp16 on older
GPUs, fp32 on CPUs (bf16 autocast is about 30x slower than fp32 on CPUs without native bf16: shared/NOTES.md).
"""

from __future__ import annotations

import torch

_DTYPES = {"fp32": torch.float32, "bf16": torch.bfloat16, "fp16": torch.float16}


def resolve_device(requested: str = "auto") -> torch.device:
    """The torch device to run on.

    Args:
        requested: "auto" (cuda when available, else cpu), "cpu", "cuda" or "cuda:N".

    Raises:
        ValueError: an unknown name, or a CUDA device asked for on a machine without one.
    """
    name = requested.strip().lower()
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if name == "cpu":
        return torch.device("cpu")
    if name == "cuda" or name.startswith("cuda:"):
        if not torch.cuda.is_available():
            raise ValueError(f"device {requested!r} asked for, but torch sees no CUDA GPU; use 'auto' or 'cpu'")
        device = torch.device(name)
        if device.index is not None and device.index >= torch.cuda.device_count():
            raise ValueError(f"device {requested!r}: only {torch.cuda.device_count()} CUDA GPU(s) visible")
        return device
    raise ValueError(f"unknown device {requested!r}: expected auto, cpu, cuda or cuda:N")


def compute_dtype(device: torch.device, precision: str = "auto") -> torch.dtype:
    """The dtype to compute in (and, on GPUs, to hold frozen base weights in).

    Args:
        device: where the model runs.
        precision: "auto" (bf16 on CUDA GPUs with bf16 support, fp16 on other CUDA GPUs, fp32 on CPU), or an
            explicit "fp32", "bf16" or "fp16", honoured as given.

    Raises:
        ValueError: an unknown precision name.
    """
    name = precision.strip().lower()
    if name == "auto":
        if device.type == "cuda":
            return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        return torch.float32
    if name not in _DTYPES:
        raise ValueError(f"unknown precision {precision!r}: expected auto, fp32, bf16 or fp16")
    return _DTYPES[name]
