"""bitsandbytes NF4 (QLoRA's 4-bit base): one definition of the quantisation and of loading a model in it.

Its own module so that evaluate's adapter check can load the NF4 weights without importing training code.
bitsandbytes is imported only inside these functions: only a QLoRA run asks for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch

from pipeline.errors import SovtuneError


def nf4_config(dtype: torch.dtype) -> Any:
    """NF4 with double quantisation; computes in bf16 (fp16 on GPUs without bf16; fp32 only if asked)."""
    from pipeline.noise import allow_bitsandbytes

    allow_bitsandbytes()
    try:
        import bitsandbytes  # noqa: F401  (imported here only: QLoRA is the one user of bitsandbytes)
    except ImportError as error:
        raise SovtuneError(
            "train.quantization=nf4 needs bitsandbytes: `pip install bitsandbytes` (or a carried wheel)"
        ) from error
    from transformers import BitsAndBytesConfig

    return BitsAndBytesConfig(
        load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True, bnb_4bit_compute_dtype=dtype
    )


def load_nf4(directory: str | Path, compute: torch.dtype, device: torch.device) -> Any:
    """The model at `directory` quantised to NF4 as QLoRA trains on it, computing in `compute` on `device`."""
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(
        directory, dtype=compute, quantization_config=nf4_config(compute),
        device_map={"": device.index or 0} if device.type == "cuda" else {"": "cpu"},
    )
    keep_nf4_compute_dtype(model)
    return model


def keep_nf4_compute_dtype(model: Any) -> None:
    """Make bitsandbytes' CPU 4-bit layers compute in their compute dtype in eval mode too.

    bitsandbytes >= 0.49, on a CPU with AVX512-BF16, repacks a Linear4bit's weights at its first eval-mode,
    no-grad forward and from then on multiplies in bf16, whatever compute dtype was set. Training (grad on)
    keeps the compute dtype. So the same check gave logits 4e-3 apart on AVX2 and AVX512-BF16 machines, and an
    adapter check compared against bf16 sums rather than the fp32 ones the adapter was trained and merged
    with. Turning that path off makes CPU results the same on every CPU (and slower only where it applied).
    """
    import bitsandbytes as bnb

    for module in model.modules():
        if isinstance(module, bnb.nn.Linear4bit) and hasattr(module, "support_avx512bf16_for_cpu"):
            module.support_avx512bf16_for_cpu = False
