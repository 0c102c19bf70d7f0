"""The model side of `train`: base + LoRA in the right precision, the loss on target positions, the merge.

Precision (issue 12): on a GPU the frozen base weights are held in the compute dtype (bf16 where supported,
else fp16) and never in fp32; on a CPU they stay fp32. LoRA weights are always fp32 (the optimizer's master
copy). QLoRA holds the base in 4-bit NF4 with double quantisation and computes in bf16. bitsandbytes is
imported only when quantisation is asked for.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from typing import Any

import torch

from pipeline.config import TrainConfig
from pipeline.errors import SovtuneError
from pipeline.packing import Layout
from pipeline.provenance import write_json
from pipeline.quantization import load_nf4, nf4_config
from pipeline.train_data import IGNORE

# Architectures whose logits are exactly lm_head(final hidden state): no softcapping (Gemma-2), logit scale
# (Cohere) or logits scaling (Granite). For these the loss runs the head on target positions only; every
# other architecture goes through the model's own forward (tests/test_architectures.py checks both).
PLAIN_HEAD_TYPES = frozenset({"llama", "mistral", "mixtral", "qwen2", "qwen2_moe", "qwen3", "qwen3_moe", "phi3"})
# Attention softcapping is applied by eager/flash/flex kernels only; SDPA would silently skip it.
_SOFTCAP_ATTENTION = "attn_logit_softcapping"
MERGE_DTYPES = {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}
TRAINING_FILE = "training.json"  # precision, quantisation and merge record read by evaluate and the model card


def flash_attention_installed() -> bool:
    return importlib.util.find_spec("flash_attn") is not None


def attention_implementation(requested: str, model_config: Any, device: torch.device) -> str:
    """The attn_implementation to load with: `requested`, or for auto the fastest exact kernel here."""
    if requested != "auto":
        return requested
    if device.type == "cuda" and flash_attention_installed():
        return "flash_attention_2"
    if getattr(model_config, _SOFTCAP_ATTENTION, None):
        return "eager"
    return "sdpa"


def has_sliding_window(model_config: Any) -> bool:
    """Whether some layers attend through a sliding window (then one dense mask cannot serve every layer)."""
    layer_types = getattr(model_config, "layer_types", None) or []
    if "sliding_attention" in layer_types:
        return True
    window = getattr(model_config, "sliding_window", None)
    return bool(window) and getattr(model_config, "use_sliding_window", True)


def batch_layout(attn: str, model_config: Any, device: torch.device) -> Layout:
    """How packed rows reach the model (pipeline/packing.py): the CPU keeps today's dense block mask."""
    if attn.startswith("flash_attention"):
        return "flat"  # variable-length kernel: no mask, no padding
    if device.type == "cuda" or attn == "flex_attention" or has_sliding_window(model_config):
        # transformers builds each layer's (full or sliding) mask from the position ids; flex: a sparse BlockMask
        return "position_ids"
    return "dense"


class TargetLoss(torch.nn.Module):
    """Summed cross-entropy over target positions of a (PEFT) causal LM.

    A module (not a function) so accelerate's DDP and FSDP wrappers see the forward pass: DDP synchronises
    gradients and FSDP gathers the root's parameters through it. For plain-head architectures the decoder runs
    and the LM head is applied to the target positions only (it is about a fifth of SmolLM2's FLOPs per
    token); otherwise the model's forward computes logits only at columns that hold a target in some row.
    """

    def __init__(self, inner: Any, plain_head: bool) -> None:
        super().__init__()
        self.inner = inner
        self.plain_head = plain_head
        causal_lm = inner.get_base_model() if hasattr(inner, "get_base_model") else inner
        # FSDP's transformer-based wrap policy reads the layer classes to shard from the root module.
        self._no_split_modules = getattr(causal_lm, "_no_split_modules", None)
        # accelerate must not move a bitsandbytes 4-bit model (QLoRA); it reads this flag on what it prepares.
        self.is_loaded_in_4bit = getattr(inner, "is_loaded_in_4bit", False)

    def forward(  # type: ignore[no-untyped-def]
        self, input_ids, position_ids, targets, attention_mask=None
    ):
        keep = targets != IGNORE  # (B, T)
        if self.plain_head:
            causal_lm = self.inner.get_base_model() if hasattr(self.inner, "get_base_model") else self.inner
            hidden = causal_lm.get_decoder()(
                input_ids=input_ids, position_ids=position_ids, attention_mask=attention_mask, use_cache=False
            ).last_hidden_state  # (B, T, H)
            logits = causal_lm.get_output_embeddings()(hidden[keep])  # (N targets, vocab)
            return torch.nn.functional.cross_entropy(logits.float(), targets[keep], reduction="sum")
        columns = keep.any(dim=0).nonzero().squeeze(-1)  # (K,) positions with a target in some row
        logits = self.inner(
            input_ids=input_ids, position_ids=position_ids, attention_mask=attention_mask, use_cache=False,
            logits_to_keep=columns,
        ).logits  # (B, K, vocab), through the model's own head (softcapping, scales)
        return torch.nn.functional.cross_entropy(
            logits.float().flatten(0, 1), targets[:, columns].flatten(), ignore_index=IGNORE, reduction="sum"
        )


def target_loss_module(model: Any) -> TargetLoss:
    """The loss module for a (PEFT) causal LM, choosing the exact head path for its architecture."""
    causal_lm = model.get_base_model() if hasattr(model, "get_base_model") else model
    return TargetLoss(model, plain_head=causal_lm.config.model_type in PLAIN_HEAD_TYPES)


def load_model(
    config: TrainConfig, device: torch.device, dtype: torch.dtype, attn: str = "sdpa", place: bool = True
) -> Any:
    """Base model with fresh LoRA layers from config.lora.

    Args:
        device: where training runs. On CUDA the frozen base weights are loaded in `dtype`; on CPU in fp32.
        dtype: the compute dtype (pipeline.device.compute_dtype).
        attn: attn_implementation to load with.
        place: load straight onto `device` (one GPU per process); False leaves placement to FSDP.

    Raises:
        SovtuneError: QLoRA without CUDA, a base that does not load, or LoRA settings peft rejects.
    """
    from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training
    from transformers import AutoModelForCausalLM

    cuda = device.type == "cuda"
    kwargs: dict[str, Any] = {"dtype": dtype if cuda else torch.float32, "attn_implementation": attn}
    if config.quantization == "nf4":
        if not cuda:
            raise SovtuneError(
                "train.quantization=nf4 (QLoRA) needs a CUDA GPU: bitsandbytes 4-bit training is not supported "
                "here. Set train.quantization=none to train plain LoRA on CPU"
            )
        kwargs["quantization_config"] = nf4_config(dtype)
    if cuda and place:
        kwargs["device_map"] = {"": device.index or 0}
    try:
        model = AutoModelForCausalLM.from_pretrained(config.base_dir, **kwargs)
    except (OSError, ValueError, ImportError) as error:  # ImportError: e.g. flash-attn asked for, not installed
        raise SovtuneError(f"could not load the base model from {config.base_dir}: {error}") from error
    checkpointing = {"use_reentrant": False}  # non-reentrant: works with frozen inputs and with LoRA/QLoRA
    if config.quantization == "nf4":
        # The usual k-bit preparation: norms (and other non-4-bit weights) in fp32, input gradients on.
        model = prepare_model_for_kbit_training(
            model, use_gradient_checkpointing=config.gradient_checkpointing,
            gradient_checkpointing_kwargs=checkpointing,
        )
    elif config.gradient_checkpointing:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs=checkpointing)
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
        model = get_peft_model(model, peft_config)
    except ValueError as error:
        raise SovtuneError(f"train.lora: {error}") from error
    for parameter in model.parameters():  # LoRA weights in fp32 whatever the base dtype (optimizer master copy)
        if parameter.requires_grad and parameter.dtype != torch.float32:
            parameter.data = parameter.data.float()
    return model


# -------------------------------------------------------------------------------------------------- merge


def base_dtype(base_dir: Path) -> torch.dtype:
    """The dtype the base model is stored in (config.json `dtype`, or `torch_dtype` from older writers)."""
    config = json.loads((base_dir / "config.json").read_text(encoding="utf-8"))
    name = str(config.get("dtype") or config.get("torch_dtype") or "float32")
    return MERGE_DTYPES.get(name, torch.float32)


def merge_plan(config: TrainConfig, base_dir: Path, compute: torch.dtype) -> dict[str, Any]:
    """What the merge will do, recorded next to the adapter and the merged model (`training.json`).

    merge_base: "original" (the base as imported) or "nf4-dequantized" (after QLoRA: the 4-bit weights the
    adapter was trained against, dequantized, so base + adapter == merged up to rounding).
    """
    dtype = base_dtype(base_dir) if config.merge_dtype == "auto" else MERGE_DTYPES[config.merge_dtype]
    quantized = config.quantization == "nf4"
    return {
        "merge_base": "nf4-dequantized" if quantized else "original",
        "merge_dtype": str(dtype).removeprefix("torch."),
        "base_dtype": str(base_dtype(base_dir)).removeprefix("torch."),
        "compute_dtype": str(compute).removeprefix("torch."),
        "quantization": (
            {"method": "bitsandbytes", "quant_type": "nf4", "double_quant": True,
             "compute_dtype": str(compute).removeprefix("torch.")} if quantized else None
        ),
    }


def merge_base_model(base_dir: Path, plan: dict[str, Any], device: torch.device) -> Any:
    """The weights to merge into, in the merge dtype, on `device` (one model's worth of memory)."""
    from transformers import AutoModelForCausalLM

    dtype = MERGE_DTYPES[plan["merge_dtype"]]
    cuda = device.type == "cuda"
    if plan["merge_base"] == "nf4-dequantized":
        compute = MERGE_DTYPES[plan["quantization"]["compute_dtype"]]
        quantized = load_nf4(base_dir, compute, device)  # quantised exactly as for training (load_model)
        # Linear4bit -> Linear holding the dequantized NF4 weights, the ones the adapter was trained against.
        try:
            model = quantized.dequantize(dtype=dtype)
        except TypeError:  # transformers before 5.2x: no dtype argument (dequantizes to the compute dtype)
            model = quantized.dequantize()
        return model.to(dtype)
    kwargs: dict[str, Any] = {"dtype": dtype}
    if cuda:
        kwargs["device_map"] = {"": device.index or 0}
    return AutoModelForCausalLM.from_pretrained(base_dir, **kwargs)


def save_merged(
    base_dir: Path, adapter_dir: Path, directory: Path, info: dict[str, Any], plan: dict[str, Any],
    device: torch.device,
) -> None:
    """Merge the adapter into `merge_base_model` and save plain safetensors in the merge dtype."""
    from peft import PeftModel
    from transformers import AutoTokenizer

    base = merge_base_model(base_dir, plan, device)
    merged = PeftModel.from_pretrained(base, adapter_dir).merge_and_unload()
    merged = merged.to(MERGE_DTYPES[plan["merge_dtype"]])
    staging = directory.with_name(directory.name + ".staging")
    shutil.rmtree(staging, ignore_errors=True)
    merged.save_pretrained(staging, safe_serialization=True)
    # A fresh tokenizer load: a tokenizer that was called with truncation/padding would save those settings.
    AutoTokenizer.from_pretrained(base_dir).save_pretrained(staging)
    write_json(staging / "run_info.json", info)
    write_json(staging / TRAINING_FILE, plan)
    shutil.rmtree(directory, ignore_errors=True)
    staging.rename(directory)


# ---------------------------------------------------------------------------------------------------- MFU

# Dense bf16 peak TFLOP/s per GPU (vendor datasheets, without sparsity), matched on torch's device name.
_PEAK_TFLOPS = {"H200": 989.0, "H100": 989.0, "GH200": 989.0, "A100": 312.0, "L40S": 362.0, "L4": 121.0,
                "A10": 125.0, "B200": 2250.0}


def peak_tflops(device: torch.device, configured: float) -> float | None:
    """Peak dense TFLOP/s of one device for MFU: the configured figure, a known GPU's, or None."""
    if configured:
        return configured
    if device.type != "cuda":
        return None
    name = torch.cuda.get_device_name(device)
    for key in sorted(_PEAK_TFLOPS, key=len, reverse=True):  # "GH200" before "H200"
        if key in name:
            return _PEAK_TFLOPS[key]
    return None


def flops_per_token(model_config: Any, context: float) -> float:
    """Model FLOPs per trained token of LoRA fine-tuning (the frozen weights get no weight gradients).

    Linear layers: forward 2N plus input gradients 2N (N = decoder matmul weights); attention scores and
    values: 4 * layers * hidden * context forward, twice that backward, with `context` the mean number of
    keys a query sees (half the example length for causal attention). The LM head (run on targets only) and
    LoRA's own small matmuls are left out, as recomputation from gradient checkpointing is.
    """
    hidden = model_config.hidden_size
    layers = model_config.num_hidden_layers
    heads = model_config.num_attention_heads
    kv_heads = getattr(model_config, "num_key_value_heads", None) or heads
    head_dim = getattr(model_config, "head_dim", None) or hidden // heads
    inter = model_config.intermediate_size
    attn_weights = hidden * head_dim * (2 * heads + 2 * kv_heads)  # q, o + k, v
    mlp_weights = 3 * hidden * inter  # gate, up, down
    n = layers * (attn_weights + mlp_weights)
    return 4 * n + 12 * layers * heads * head_dim * context
