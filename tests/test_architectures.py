"""Architectures beyond Llama, on tiny random configs: sovtune's training loss equals the model's own forward.

For Llama, Qwen2, Mistral (sliding window 8, shorter than the examples), Gemma-2 (final-logit and attention
softcapping, alternating sliding/full layers) and Phi-3:
- the loss of an unpacked example equals the model's own `forward(labels=...)` loss within 1e-4;
- an example's loss inside a packed row equals the same example alone within 1e-4.
The loss module and the batch layout are the ones training picks for the architecture on this machine.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import build_tiny_tokenizer
from .test_train import _config, _records

TINY = {"hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 2, "num_attention_heads": 4,
        "num_key_value_heads": 2, "max_position_embeddings": 256, "bos_token_id": 1, "eos_token_id": 2,
        "pad_token_id": 2}
ARCHITECTURES = {
    "llama": ("LlamaConfig", {}),
    "qwen2": ("Qwen2Config", {}),
    "mistral": ("MistralConfig", {"sliding_window": 8}),
    "gemma2": ("Gemma2Config", {"head_dim": 16, "sliding_window": 8, "final_logit_softcapping": 0.5,
                                "attn_logit_softcapping": 1.0}),
    "phi3": ("Phi3Config", {}),
}


@pytest.fixture(scope="module", params=sorted(ARCHITECTURES))
def arch_dir(request, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    import torch
    import transformers
    from transformers import AutoModelForCausalLM

    name = request.param
    class_name, extra = ARCHITECTURES[name]
    tokenizer = build_tiny_tokenizer()
    config = getattr(transformers, class_name)(vocab_size=len(tokenizer), **TINY, **extra)
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(config)
    directory = tmp_path_factory.mktemp(name)
    model.save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return name, directory


def _sovtune_model(tmp_path: Path, model_dir: Path):
    """The model as training builds it (LoRA on all linear layers, perturbed so the adapter is not a no-op)."""
    import torch
    from transformers import AutoConfig

    from pipeline import modeling

    cpu = torch.device("cpu")
    config = _config(tmp_path, model_dir, lora={"r": 4, "alpha": 8, "dropout": 0.0})
    model_config = AutoConfig.from_pretrained(model_dir)
    attn = modeling.attention_implementation("auto", model_config, cpu)
    model = modeling.load_model(config, cpu, torch.float32, attn)
    torch.manual_seed(1)
    with torch.no_grad():
        for parameter_name, parameter in model.named_parameters():
            if "lora_B" in parameter_name:
                parameter.normal_(0, 0.05)
    model.eval()
    return model, modeling.target_loss_module(model), modeling.batch_layout(attn, model_config, cpu)


def _examples(model_dir: Path, count: int):
    from transformers import AutoTokenizer

    from pipeline.train import tokenize_record

    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    examples = [tokenize_record(tokenizer, r, i, 64) for i, r in enumerate(_records(count))]
    return examples, tokenizer.pad_token_id


def test_unpacked_loss_equals_the_models_own_forward(arch_dir, tmp_path: Path):
    import torch

    from pipeline.train import IGNORE, collate_rows

    name, model_dir = arch_dir
    model, loss_module, layout = _sovtune_model(tmp_path, model_dir)
    examples, pad = _examples(model_dir, 4)
    assert max(len(e.input_ids) for e in examples) > 8  # longer than the sliding windows above
    for example in examples:
        batch = collate_rows([[example]], pad, layout)
        ids = torch.tensor([example.input_ids])
        labels = torch.tensor([[IGNORE, *example.targets[:-1]]])  # HF shifts labels inside forward
        with torch.no_grad():
            ours = loss_module(**batch) / example.n_targets
            theirs = model(input_ids=ids, labels=labels).loss
        assert abs(float(ours) - float(theirs)) < 1e-4, (name, float(ours), float(theirs))


def test_packed_example_equals_the_example_alone(arch_dir, tmp_path: Path):
    import torch

    from pipeline.train import IGNORE, collate_rows

    name, model_dir = arch_dir
    _, loss_module, layout = _sovtune_model(tmp_path, model_dir)
    examples, pad = _examples(model_dir, 3)
    packed = collate_rows([examples], pad, layout)
    start = 0
    for example in examples:
        end = start + len(example.input_ids)
        only_this = torch.full_like(packed["targets"], IGNORE)
        only_this[0, start:end] = packed["targets"][0, start:end]
        with torch.no_grad():
            inside = loss_module(**{**packed, "targets": only_this})
            alone = loss_module(**collate_rows([[example]], pad, layout))
        assert abs(float(inside) - float(alone)) / example.n_targets < 1e-4, (name, float(inside), float(alone))
        start = end


def test_gemma2_needs_its_own_head(tmp_path: Path):
    """The targets-only head without the model's softcapping would be wrong: the check above can fail.

    A small cap (0.5), because the logits of a tiny random model are too small for a realistic cap to bite.
    """
    import torch
    import transformers

    from pipeline.modeling import TargetLoss
    from pipeline.train import collate_rows

    tokenizer = build_tiny_tokenizer()
    config = transformers.Gemma2Config(vocab_size=len(tokenizer), head_dim=16, final_logit_softcapping=0.5, **TINY)
    torch.manual_seed(0)
    model = transformers.AutoModelForCausalLM.from_config(config).eval()
    model_dir = tmp_path / "gemma2"
    model.save_pretrained(model_dir)
    tokenizer.save_pretrained(model_dir)
    examples, pad = _examples(model_dir, 1)
    batch = collate_rows([examples], pad, "position_ids")
    with torch.no_grad():
        exact = TargetLoss(model, plain_head=False)(**batch)
        plain = TargetLoss(model, plain_head=True)(**batch)
    assert abs(float(exact) - float(plain)) > 1e-2
