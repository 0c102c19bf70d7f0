"""Evaluation's linear layers through numpy's OpenBLAS (pipeline/cpu_matmul.py): same numbers up to float
rounding, training untouched, 4-bit layers left alone, and `auto` deciding from a real timing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from pipeline import cpu_matmul
from pipeline import evaluate as ev
from pipeline.config import EvaluateConfig
from pipeline.scoring import score_multiple_choice
from pipeline.tasks import Item

IDS = [[5, 17, 99, 230, 41, 7, 300, 12], [3, 4, 5, 6, 7, 8, 9, 10]]


def _logits(model):
    import torch

    from pipeline.scoring import _torch_threads

    with torch.inference_mode(), _torch_threads(1):  # one thread, as in evaluation's CPU streams
        return model(input_ids=torch.tensor(IDS)).logits


@pytest.fixture
def routed_calls():
    """The thread counts OpenBLAS was set to, one entry per routed product."""
    calls: list[int] = []
    original = cpu_matmul._Blas.set_threads
    cpu_matmul._Blas.set_threads = lambda self, count: calls.append(count) or original(self, count)
    yield calls
    cpu_matmul._Blas.set_threads = original


def test_openblas_gives_torch_logits_and_scores_up_to_rounding(tiny_model_dir: Path, routed_calls: list[int]):
    from pipeline.scoring import _torch_threads

    plain, tokenizer = ev.load_model(tiny_model_dir)
    routed, _ = ev.load_model(tiny_model_dir)
    assert cpu_matmul.use(routed, "openblas") == ("openblas", None)
    layers = cpu_matmul._linears(routed)
    assert layers and all(isinstance(layer.forward, cpu_matmul.OpenBlasLinear) for layer in layers)
    expected = _logits(plain)
    assert routed_calls == []
    got = _logits(routed)
    assert routed_calls and set(routed_calls) == {1}
    assert float((expected - got).abs().max()) < 1e-4
    items = [Item(context=f"Question: what is item {k}?\nAnswer:", continuations=("yes it is", "no", "maybe so"),
                  label=k % 3) for k in range(6)]
    for streams in (1, 2):  # one stream, or two in threads at once: OpenBLAS called from several threads
        with _torch_threads(1):
            a = score_multiple_choice(plain, tokenizer, items, batch_size=2, streams=streams)
            routed_calls.clear()
            b = score_multiple_choice(routed, tokenizer, items, batch_size=2, streams=streams)
        assert routed_calls
        assert a["acc"] == b["acc"] and a["acc_norm"] == b["acc_norm"]
        gap = max(abs(x - y) for p, q in zip(a["loglik"], b["loglik"], strict=True) for x, y in zip(p, q, strict=True))
        assert gap < 1e-4


def test_training_and_other_dtypes_keep_torch(tiny_model_dir: Path):
    """With autograd recording the layer multiplies through torch, so gradients flow exactly as before."""
    import torch

    model, _ = ev.load_model(tiny_model_dir)
    cpu_matmul.use(model, "openblas")
    layer = cpu_matmul._linears(model)[0]
    x = torch.randn(3, layer.in_features, requires_grad=True)
    out = layer(x)
    assert out.requires_grad
    out.sum().backward()
    assert x.grad is not None and torch.allclose(x.grad, layer.weight.sum(0).expand(3, -1), atol=1e-5)
    half, _ = ev.load_model(tiny_model_dir, dtype=torch.bfloat16)
    assert cpu_matmul.use(half, "openblas") == ("torch", None)  # only fp32 layers are routed


def test_torch_leaves_the_model_alone_and_auto_times_both(tiny_model_dir: Path):
    model, _ = ev.load_model(tiny_model_dir)
    assert cpu_matmul.use(model, "torch") == ("torch", None)
    assert not any("forward" in vars(layer) for layer in cpu_matmul._linears(model))
    cpu_matmul._decided.clear()
    choice, ratio = cpu_matmul.use(model, "auto")
    assert choice in ("openblas", "torch") and ratio is not None and ratio > 0
    routed = any(isinstance(vars(layer).get("forward"), cpu_matmul.OpenBlasLinear)
                 for layer in cpu_matmul._linears(model))
    assert routed == (choice == "openblas")
    with pytest.raises(ValidationError):
        EvaluateConfig(cpu_matmul="mkl")


def test_four_bit_layers_keep_their_own_forward(tiny_model_dir: Path):
    pytest.importorskip("bitsandbytes")
    import bitsandbytes as bnb
    import torch

    from pipeline.quantization import load_nf4

    quantized = load_nf4(tiny_model_dir, torch.float32, torch.device("cpu"))
    cpu_matmul.use(quantized, "openblas")
    four_bit = [m for m in quantized.modules() if isinstance(m, bnb.nn.Linear4bit)]
    assert four_bit and not any("forward" in vars(m) for m in four_bit)



def test_only_single_threaded_inference_is_routed(tiny_model_dir: Path, routed_calls: list[int]):
    """A caller with two torch threads (training, a one-stream run) keeps MKL: OpenMP's spinning threads starve
    OpenBLAS's own."""
    import torch

    from pipeline.scoring import _torch_threads

    model, _ = ev.load_model(tiny_model_dir)
    cpu_matmul.use(model, "openblas")
    layer = cpu_matmul._linears(model)[0]
    x = torch.randn(3, layer.in_features)
    with torch.inference_mode(), _torch_threads(2):
        layer(x)
    assert routed_calls == []
    with torch.inference_mode(), _torch_threads(1):
        layer(x)
    assert routed_calls == [1]
