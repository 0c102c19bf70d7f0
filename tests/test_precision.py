"""Device/dtype resolution, the merged model's dtype, merging after QLoRA against the NF4 weights the adapter
was trained with, and keeping library noise (and bitsandbytes) out of a normal run. All on CPU."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from .conftest import ROOT, build_tiny_llama, build_tiny_tokenizer
from .test_train import _config, _records, _write_data


def test_resolve_device_and_compute_dtype_on_cpu():
    import torch

    from pipeline.device import compute_dtype, resolve_device

    cpu = torch.device("cpu")
    assert resolve_device("cpu") == cpu
    if not torch.cuda.is_available():
        assert resolve_device("auto") == cpu
        with pytest.raises(ValueError, match="no CUDA"):
            resolve_device("cuda:0")
    with pytest.raises(ValueError, match="unknown device"):
        resolve_device("tpu")
    assert compute_dtype(cpu) == torch.float32  # never bf16 on CPU by default
    assert compute_dtype(cpu, "bf16") == torch.bfloat16  # explicit choices are honoured
    assert compute_dtype(torch.device("cuda"), "fp16") == torch.float16
    with pytest.raises(ValueError, match="unknown precision"):
        compute_dtype(cpu, "fp8")


@pytest.fixture(scope="module")
def bf16_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny Llama stored in bfloat16, as most open-weight models ship."""
    import torch

    directory = tmp_path_factory.mktemp("tiny-bf16")
    tokenizer = build_tiny_tokenizer()
    build_tiny_llama(len(tokenizer)).to(torch.bfloat16).save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory


@pytest.mark.parametrize(("merge_dtype", "expected"), [("auto", "BF16"), ("float32", "F32")])
def test_merged_model_keeps_the_base_dtype_unless_overridden(tmp_path: Path, bf16_base: Path, merge_dtype, expected):
    from safetensors import safe_open

    _write_data(tmp_path, _records(12))
    train_config = _config(tmp_path, bf16_base, max_steps=2, merge_dtype=merge_dtype)
    from pipeline.train import train

    assert train(train_config) is not None
    merged = tmp_path / "models" / "merged"
    with safe_open(merged / "model.safetensors", "pt") as handle:
        dtypes = {handle.get_slice(name).get_dtype() for name in handle.keys()}  # noqa: SIM118
    assert dtypes == {expected}
    record = json.loads((merged / "training.json").read_text())
    assert record["merge_base"] == "original" and record["base_dtype"] == "bfloat16"
    assert record["compute_dtype"] == "float32"  # CPU computes in fp32 whatever the stored dtype
    adapter_record = json.loads((tmp_path / "models" / "adapter" / "training.json").read_text())
    assert adapter_record == record
    assert "merged model: the original base weights" in (tmp_path / "models" / "adapter" / "README.md").read_text()


def test_merge_after_qlora_uses_the_nf4_weights_the_adapter_was_trained_with(tmp_path: Path, tiny_model_dir: Path):
    """bitsandbytes loads NF4 on CPU: an adapter on the 4-bit base must equal its merge into the dequantized base."""
    import torch
    from peft import LoraConfig, PeftModel, get_peft_model
    from transformers import AutoModelForCausalLM

    from pipeline.modeling import merge_plan, save_merged
    from pipeline.quantization import load_nf4

    quantized = load_nf4(tiny_model_dir, torch.float32, torch.device("cpu"))  # as train quantises the base
    adapted = get_peft_model(quantized, LoraConfig(r=4, lora_alpha=8, target_modules="all-linear"))
    torch.manual_seed(3)
    with torch.no_grad():
        for name, parameter in adapted.named_parameters():
            if "lora_B" in name:
                parameter.normal_(0, 0.05)
    adapter_dir = tmp_path / "adapter"
    adapted.save_pretrained(adapter_dir)

    config = _config(tmp_path, tiny_model_dir, quantization="nf4")
    plan = merge_plan(config, tiny_model_dir, torch.float32)
    assert plan["merge_base"] == "nf4-dequantized" and plan["quantization"]["double_quant"] is True
    save_merged(tiny_model_dir, adapter_dir, tmp_path / "merged", {}, plan, torch.device("cpu"))
    assert json.loads((tmp_path / "merged" / "training.json").read_text())["merge_base"] == "nf4-dequantized"

    ids = torch.tensor([[5, 17, 99, 230, 41, 7, 300, 12]])
    with torch.no_grad():
        trained_against = adapted.eval()(ids).logits
        merged = AutoModelForCausalLM.from_pretrained(tmp_path / "merged").eval()(ids).logits
        original = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_model_dir), adapter_dir)
        on_original = original.merge_and_unload().eval()(ids).logits
    # On AVX512-BF16 CPUs bitsandbytes would have repacked the weights at that eval forward and summed in bf16
    # (a 5e-3 gap here); load_nf4 keeps every 4-bit layer on the compute-dtype path on every CPU.
    import bitsandbytes as bnb

    layers = [module for module in adapted.modules() if isinstance(module, bnb.nn.Linear4bit)]
    assert layers and not any(getattr(layer, "support_avx512bf16_for_cpu", False) for layer in layers)
    assert not any(getattr(layer.weight.quant_state, "packing_format_for_cpu", False) for layer in layers)
    gap = float((merged - trained_against).abs().max())
    assert gap < 1e-4, gap
    assert float((on_original - trained_against).abs().max()) > 10 * max(gap, 1e-6)  # the choice matters


def test_known_library_noise_is_filtered_unless_verbose():
    import logging

    from pipeline import noise

    noise.quiet_libraries()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        noise.quiet_libraries()  # catch_warnings reset the filters: install them again inside
        warnings.warn_explicit("`x` is deprecated", FutureWarning, "modeling_utils.py", 1, module="transformers.x")
        warnings.warn_explicit("keep me", UserWarning, "modeling_utils.py", 1, module="transformers.x")
    assert [str(w.message) for w in caught] == ["keep me"]

    records: list[str] = []
    logger = logging.getLogger("bitsandbytes.backends.cpu.ops")
    handler = logging.Handler()
    handler.emit = lambda record: records.append(record.getMessage())  # type: ignore[method-assign]
    logger.addHandler(handler)
    try:
        logger.warning("Failed to load CPU gemm_4bit_forward from kernels-community: offline")
        logger.warning("something else")
    finally:
        logger.removeHandler(handler)
    assert records == ["something else"]


def test_bitsandbytes_is_not_imported_without_quantisation(tmp_path: Path, tiny_model_dir: Path):
    """A whole LoRA stage run (real subprocess) never loads bitsandbytes; the summary line is rounded."""
    import yaml

    from .test_train import _settings

    _write_data(tmp_path, _records(12))
    settings = _settings(tmp_path, tiny_model_dir, max_steps=1, checkpoint_every=1)
    (tmp_path / "params.yaml").write_text(yaml.safe_dump({"import_model": {"name": "tiny"}, "train": settings}))
    probe = (
        "import runpy, sys\n"
        "sys.argv = ['pipeline.train']\n"
        "try:\n    runpy.run_module('pipeline.train', run_name='__main__')\n"
        "except SystemExit as e:\n    assert e.code == 0, e.code\n"
        "print('BNB', sys.modules.get('bitsandbytes', 'absent'))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"}
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "BNB None" in result.stdout or "BNB absent" in result.stdout
    line = next(x for x in result.stdout.splitlines() if x.startswith("train: "))
    assert "validation perplexity" in line
    perplexities = line.split("validation perplexity ")[1].split(";")[0].split(" -> ")
    assert all(len(p.split(".")[1]) == 1 for p in perplexities), line  # one decimal, e.g. 53.9 -> 36.3
    assert "FutureWarning" not in result.stderr


def test_cli_verbose_flag_turns_the_filters_off(monkeypatch):
    from typer.testing import CliRunner

    from pipeline.cli import app

    monkeypatch.delenv("SOVTUNE_VERBOSE", raising=False)
    result = CliRunner().invoke(app, ["--verbose", "config", "--params", str(ROOT / "params.yaml")])
    assert result.exit_code == 0, result.output
    assert os.environ.get("SOVTUNE_VERBOSE") == "1"  # inherited by launched processes (accelerate launch)
    assert "attn_implementation: auto" in result.output and "merge_dtype: auto" in result.output


def test_mfu_is_logged_when_the_peak_is_known(tmp_path: Path, tiny_model_dir: Path):
    """MFU = real tokens/s x model FLOPs per token / peak; on CPU only with train.peak_tflops set."""
    from pipeline.train import train

    _write_data(tmp_path, _records(12))
    metrics = train(_config(tmp_path, tiny_model_dir, max_steps=2, peak_tflops=0.16))  # ~2 cores of fp32 AVX2
    assert metrics is not None and 0 < metrics["mfu"] < 1
    rows = (tmp_path / "reports" / "train" / "plots" / "metrics" / "train" / "mfu.tsv").read_text().splitlines()
    assert len(rows) == 1 + 2 and all(0 < float(r.split("\t")[1]) < 1 for r in rows[1:])
