"""Where a stage computes and in which precision: one rule for train and evaluate.

`resolve_device("auto")` is the first CUDA GPU when there is one, else the CPU. `compute_dtype(device, "auto")` is
bf16 on a CUDA GPU that supports it, fp16 on an older one, and fp32 on the CPU, where bf16 is about 30x slower on
these AVX2 machines (shared/NOTES.md) and would change every demo number.
"""

from __future__ import annotations

import re

import torch

from pipeline.errors import SovtuneError

_DTYPES = {"fp32": torch.float32, "bf16": torch.bfloat16, "fp16": torch.float16}


class DeviceError(SovtuneError, ValueError):
    """An unknown device or precision name, or a GPU this machine does not have (one line for the CLI)."""


def resolve_device(requested: str = "auto") -> torch.device:
    """The torch device for `requested`: "auto" (cuda if available, else cpu), "cpu", "cuda" or "cuda:N".

    Raises:
        DeviceError: an unknown name, or a CUDA device that this machine does not have.
    """
    name = requested.strip().lower()
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if name == "cpu":
        return torch.device("cpu")
    if not re.fullmatch(r"cuda(:\d+)?", name):
        raise DeviceError(f"unknown device {requested!r}: use auto, cpu, cuda or cuda:N")
    if not torch.cuda.is_available():
        raise DeviceError(f"device {requested!r}: no CUDA GPU is visible here (use device=auto or cpu)")
    device = torch.device(name)
    if device.index is not None and device.index >= torch.cuda.device_count():
        raise DeviceError(f"device {requested!r}: only {torch.cuda.device_count()} CUDA device(s) visible")
    return device


def compute_dtype(device: torch.device, precision: str = "auto") -> torch.dtype:
    """The compute dtype for `precision` ("auto", "fp32", "bf16", "fp16") on `device`.

    auto: bf16 on CUDA with bf16 support, fp16 on other CUDA GPUs, fp32 on the CPU. An explicit value is honoured
    (bf16 on CPU works, slowly). On GPUs this is also the dtype frozen base weights are held in.

    Raises:
        DeviceError: an unknown precision name.
    """
    name = precision.strip().lower()
    if name == "auto":
        if device.type != "cuda":
            return torch.float32
        with torch.cuda.device(device):
            return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    if name not in _DTYPES:
        raise DeviceError(f"unknown precision {precision!r}: use auto, fp32, bf16 or fp16")
    return _DTYPES[name]
