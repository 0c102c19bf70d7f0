"""Device and dtype resolution (pipeline/device.py), shared by train and evaluate; the CUDA side is in the gpu tests."""

from __future__ import annotations

import pytest
import torch

from pipeline.device import compute_dtype, resolve_device
from pipeline.errors import SovtuneError


def test_cpu_resolution_and_dtypes():
    cpu = torch.device("cpu")
    assert resolve_device("cpu") == cpu and resolve_device(" CPU ") == cpu
    if not torch.cuda.is_available():
        assert resolve_device("auto") == cpu
        with pytest.raises(SovtuneError, match="no CUDA GPU"):
            resolve_device("cuda:0")
    assert compute_dtype(cpu) == torch.float32  # never bf16 by default on a CPU: ~30x slower here
    assert compute_dtype(cpu, "bf16") == torch.bfloat16 and compute_dtype(cpu, "fp16") == torch.float16
    assert compute_dtype(cpu, "fp32") == torch.float32


@pytest.mark.parametrize("name", ["gpu", "cuda:x", "mps0", ""])
def test_unknown_devices_and_precisions_are_refused(name):
    with pytest.raises(SovtuneError, match="use auto, cpu, cuda or cuda:N"):
        resolve_device(name)
    with pytest.raises(SovtuneError, match="use auto, fp32, bf16 or fp16"):
        compute_dtype(torch.device("cpu"), "int8")
