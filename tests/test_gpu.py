"""GPU-only checks (marked `gpu`; skipped without CUDA): precision on load, QLoRA, packed layouts and the
GPU check itself. None of these has run in this repository's CI, which has no GPU."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .test_train import _config, _records, _write_data

pytestmark = pytest.mark.gpu


def test_base_in_bf16_lora_in_fp32_on_cuda(tmp_path: Path, tiny_model_dir: Path):
    import torch

    from pipeline.device import compute_dtype, resolve_device
    from pipeline.modeling import load_model

    device = resolve_device("auto")
    dtype = compute_dtype(device)
    assert dtype in (torch.bfloat16, torch.float16)
    model = load_model(_config(tmp_path, tiny_model_dir), device, dtype)
    frozen = {p.dtype for p in model.parameters() if not p.requires_grad}
    trained = {p.dtype for p in model.parameters() if p.requires_grad}
    assert frozen == {dtype} and trained == {torch.float32}  # no fp32 copy of the base on the GPU
    assert all(p.device.type == "cuda" for p in model.parameters())


def test_qlora_trains_with_checkpointing_and_merges_into_the_nf4_weights(tmp_path: Path, tiny_model_dir: Path):
    pytest.importorskip("bitsandbytes")
    from pipeline.train import train

    _write_data(tmp_path, _records(24))
    metrics = train(_config(tmp_path, tiny_model_dir, quantization="nf4", gradient_checkpointing=True, max_steps=3))
    assert metrics is not None and metrics["val_loss"] is not None
    record = json.loads((tmp_path / "models" / "merged" / "training.json").read_text())
    assert record["merge_base"] == "nf4-dequantized" and record["quantization"]["double_quant"]
    assert record["compute_dtype"] in ("bfloat16", "float16")
    assert metrics["peak_gpu_memory_gb"] > 0


@pytest.mark.parametrize("attn", ["sdpa", "eager"])
def test_gpu_training_uses_position_id_packing_and_logs_tokens_per_s(tmp_path: Path, tiny_model_dir: Path, attn):
    from pipeline.train import train

    _write_data(tmp_path, _records())
    metrics = train(_config(tmp_path, tiny_model_dir, attn_implementation=attn, gradient_checkpointing=True))
    assert metrics is not None and metrics["val_loss"] < metrics["val_loss_base"]
    record = json.loads((tmp_path / "models" / "adapter" / "training.json").read_text())
    assert record["layout"] == "position_ids" and record["attn_implementation"] == attn
    rows = (tmp_path / "reports" / "train" / "plots" / "metrics" / "train" / "tokens_per_s.tsv").read_text()
    assert len(rows.splitlines()) == 1 + 6


def test_packed_layouts_agree_on_cuda(tiny_model_dir: Path):
    """dense (reference), position_ids (no mask passed) and flat (one row, what flash-attn varlen reads)."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from pipeline.modeling import flash_attention_installed, target_loss_module
    from pipeline.train import collate_rows, tokenize_record

    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    examples = [tokenize_record(tokenizer, r, i, 64) for i, r in enumerate(_records(6))]
    rows = [examples[:3], examples[3:]]
    losses = {}
    for layout, attn in [("dense", "sdpa"), ("position_ids", "sdpa")] + (
        [("flat", "flash_attention_2")] if flash_attention_installed() else []
    ):
        model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.bfloat16, attn_implementation=attn)
        module = target_loss_module(model.cuda().eval())
        batch = {k: v.cuda() for k, v in collate_rows(rows, tokenizer.pad_token_id, layout).items()}
        with torch.no_grad():
            losses[layout] = float(module(**batch))
    reference = losses.pop("dense")
    for layout, value in losses.items():
        assert value == pytest.approx(reference, rel=2e-2), layout  # bf16 kernels differ in rounding


def test_gpu_check_tiny_on_cuda(tmp_path: Path):
    import subprocess
    import sys

    from benchmarks.gpu_check import _child_env

    from .conftest import ROOT

    out = tmp_path / "gpu_check.json"
    command = [sys.executable, "-m", "benchmarks.gpu_check", "--tiny", "--out", str(out)]
    result = subprocess.run(command, cwd=ROOT, env=_child_env(), capture_output=True,
                            text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(out.read_text())
    assert report["parts"]["lora"]["peak_gpu_memory_gb"] > 0
    assert report["parts"]["lora"]["training_record"]["compute_dtype"] in ("bfloat16", "float16")
