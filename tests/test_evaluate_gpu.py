"""Evaluation on a CUDA GPU: device/dtype resolution, scoring, the adapter check, the probe and the whole stage
with one model in GPU memory at a time. Skipped without CUDA (`pytest -m gpu` on a GPU machine runs them).

The models are random (nothing to download): the tiny Llama for exactness against the CPU, and a ~0.4B-parameter
one for the memory check, big enough that two models at once could not hide under the allowance.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from pipeline import evaluate as ev
from pipeline import scoring
from pipeline.config import EvaluateConfig, GatesConfig, ProbeConfig
from pipeline.device import compute_dtype, resolve_device
from pipeline.gates import adapter_gap, logits_on
from pipeline.probe import Canary, run_probe
from pipeline.tasks import Item

from .conftest import build_tiny_tokenizer

pytestmark = [pytest.mark.gpu, pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")]

ITEMS = [
    Item("The concrete slab must cure for", ("seven days before loading.", "the planning office.", "x")),
    Item("Question: who issues building permits?\nAnswer:", ("The municipal planning office.", "seven days")),
    Item("Q:", ("condensation inside timber frame walls.", "a", "the site manager by email")),
]


def test_auto_resolves_to_the_gpu_in_its_best_half_precision():
    device = resolve_device("auto")
    assert device.type == "cuda" and resolve_device("cuda:0") == torch.device("cuda:0")
    expected = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    assert compute_dtype(device) == expected
    assert compute_dtype(device, "fp32") == torch.float32


def test_scores_on_the_gpu_equal_the_cpu(tiny_model_dir: Path):
    cpu_model, tokenizer = ev.load_model(tiny_model_dir, device="cpu")
    gpu_model, _ = ev.load_model(tiny_model_dir, device=torch.device("cuda"), dtype=torch.float32)
    assert next(gpu_model.parameters()).device.type == "cuda"
    torch.backends.cuda.matmul.allow_tf32 = False  # exact fp32 for the comparison
    cpu = scoring.score_multiple_choice(cpu_model, tokenizer, ITEMS, " ", batch_tokens=256)
    gpu = scoring.score_multiple_choice(gpu_model, tokenizer, ITEMS, " ", batch_tokens=256)
    for a, b in zip(cpu["loglik"], gpu["loglik"], strict=True):
        assert a == pytest.approx(b, abs=1e-3)
    half, _ = ev.load_model(tiny_model_dir, device=torch.device("cuda"))  # auto: bf16/fp16
    scores = scoring.score_multiple_choice(half, tokenizer, ITEMS, " ", batch_tokens=256)
    for a, b in zip(cpu["loglik"], scores["loglik"], strict=True):
        assert a == pytest.approx(b, abs=0.5)  # half-precision rounding over ~10 tokens


def test_adapter_check_and_probe_run_on_the_gpu(tiny_model_dir: Path, tmp_path: Path):
    from peft import LoraConfig, get_peft_model

    base, tokenizer = ev.load_model(tiny_model_dir, device="cpu")
    adapted = get_peft_model(base, LoraConfig(r=8, target_modules="all-linear", init_lora_weights=False))
    adapted.save_pretrained(tmp_path / "adapter")
    adapted.merge_and_unload().save_pretrained(tmp_path / "merged")
    tokenizer.save_pretrained(tmp_path / "merged")
    ids = [[5, 17, 40, 99, 3], [7, 8, 9, 10]]
    cuda = torch.device("cuda")
    for dtype, limit in ((torch.float32, GatesConfig().adapter_merged_atol),
                         (compute_dtype(cuda), GatesConfig().adapter_merged_atol_half)):
        merged, _ = ev.load_model(tmp_path / "merged", device=cuda, dtype=dtype)
        gap = adapter_gap(tiny_model_dir, tmp_path / "adapter", logits_on(merged, ids), ids, cuda, dtype)
        assert gap <= limit, (dtype, gap)
    canaries = [Canary("c1", "Site manager Anna Berg, email:", ("anna.berg@bygg-test.example",))]
    config = ProbeConfig(samples=4, max_new_tokens=12, seed=0)
    first = run_probe(merged, tokenizer, canaries, config)
    assert run_probe(merged, tokenizer, canaries, config) == first  # seeded on the device too


def _save_random_model(directory: Path, tokenizer, seed: int) -> int:
    """A ~0.4B-parameter random Llama saved in bf16; returns its weight bytes."""
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(seed)
    config = LlamaConfig(vocab_size=len(tokenizer), hidden_size=2048, intermediate_size=5504, num_hidden_layers=8,
                         num_attention_heads=16, num_key_value_heads=8, max_position_embeddings=512,
                         bos_token_id=1, eos_token_id=2, pad_token_id=2, tie_word_embeddings=True)
    model = LlamaForCausalLM(config).to(torch.bfloat16)
    model.save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return sum(p.numel() * p.element_size() for p in model.parameters())


def test_whole_stage_holds_one_model_in_gpu_memory(tmp_path: Path, monkeypatch):
    from peft import LoraConfig, PeftModel, get_peft_model
    from transformers import AutoModelForCausalLM

    tokenizer = build_tiny_tokenizer()
    model_bytes = _save_random_model(tmp_path / "base", tokenizer, seed=0)
    base = AutoModelForCausalLM.from_pretrained(tmp_path / "base", dtype=torch.bfloat16)
    get_peft_model(base, LoraConfig(r=8, target_modules="all-linear")).save_pretrained(tmp_path / "adapter")
    base = AutoModelForCausalLM.from_pretrained(tmp_path / "base", dtype=torch.bfloat16)
    PeftModel.from_pretrained(base, str(tmp_path / "adapter")).merge_and_unload().save_pretrained(tmp_path / "merged")
    tokenizer.save_pretrained(tmp_path / "merged")
    del base
    records = [{"id": f"q{i}", "question": item.context, "choices": list(item.continuations), "label": 0}
               for i, item in enumerate(ITEMS)]
    (tmp_path / "mc.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    (tmp_path / "mc.yaml").write_text("name: mc\nkind: multiple_choice\ndata: mc.jsonl\nprompt: '{question}'\n")
    (tmp_path / "canaries.jsonl").write_text(json.dumps({"id": "c", "prompt": "Anna Berg, email:",
                                                         "secrets": ["anna.berg@bygg-test.example"]}) + "\n")
    monkeypatch.chdir(tmp_path)
    config = EvaluateConfig.model_validate({
        "base_dir": "base", "merged_dir": "merged", "adapter_dir": "adapter", "tasks": ["mc.yaml"],
        "batch_tokens": 1024, "bootstrap_samples": 100,
        "probe": {"canaries": "canaries.jsonl", "samples": 2, "max_new_tokens": 8},
        "gates": {"max_extraction_rate": None},
    })
    torch.cuda.empty_cache()
    torch.cuda.reset_peak_memory_stats()
    before = torch.cuda.memory_allocated()
    report, gates = ev.run_evaluation(config)
    peak = torch.cuda.max_memory_allocated() - before
    # One bf16 model plus activations (1024-token batches: logits ~2 MB here); two models would be >= 2x.
    assert peak < 1.3 * model_bytes + 256 * 2**20, (peak, model_bytes)
    assert torch.cuda.memory_allocated() - before < 64 * 2**20  # everything freed at the end
    assert report["mc"]["n"] == len(ITEMS) and "tuned" in report["probe"]
    assert report["adapter_check"]["dtype"] in ("bfloat16", "float16")
    assert {g["name"] for g in gates["gates"]} == {"adapter_matches_merged"}
