"""Scoring internals: token-budget batches, the LM head only at scored positions, and exact log-likelihoods on tiny
random models of several architectures (sliding windows, final-logit softcapping) against a plain full forward."""

from __future__ import annotations

import pytest

from pipeline import scoring
from pipeline.tasks import Item

from .conftest import build_tiny_tokenizer


def test_token_batches_respect_budget_rows_and_order():
    lengths = [5, 30, 12, 30, 1, 64, 7]
    batches = scoring.token_batches(lengths, budget=64, max_rows=3)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))  # every row exactly once
    flat = [i for b in batches for i in b]
    assert [lengths[i] for i in flat] == sorted(lengths, reverse=True)  # longest first
    assert flat.index(1) < flat.index(3)  # stable among equal lengths
    for batch in batches:
        assert len(batch) <= 3
        assert len(batch) == 1 or len(batch) * max(lengths[i] for i in batch) <= 64
    assert scoring.token_batches([100], budget=10) == [[0]]  # a row over the budget goes alone
    # min_width counts every row as at least that wide (a copied KV cache of the context).
    assert all(len(b) <= 2 for b in scoring.token_batches([3, 3, 3, 3], budget=40, min_width=20))
    assert scoring.token_batches([], budget=10) == []


@pytest.fixture(scope="module")
def tokenizer():
    return build_tiny_tokenizer()


def _tiny(kind: str, vocab: int):
    """A 2-layer random model of one architecture family, with the features that make scoring hard."""
    import torch
    from transformers import AutoModelForCausalLM, Gemma2Config, LlamaConfig, MistralConfig, Phi3Config, Qwen2Config

    common = {"vocab_size": vocab, "hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 2,
              "num_attention_heads": 4, "num_key_value_heads": 2, "max_position_embeddings": 256,
              "bos_token_id": 1, "eos_token_id": 2, "pad_token_id": 2}
    config = {
        "llama": lambda: LlamaConfig(**common, tie_word_embeddings=True),
        "qwen2": lambda: Qwen2Config(**common),
        "mistral": lambda: MistralConfig(**common, sliding_window=8),  # shorter than most test sequences
        "gemma2": lambda: Gemma2Config(**common, head_dim=16, sliding_window=8, final_logit_softcapping=5.0,
                                       attn_logit_softcapping=20.0, query_pre_attn_scalar=16),
        "phi3": lambda: Phi3Config(**common),
    }[kind]()
    torch.manual_seed(0)
    return AutoModelForCausalLM.from_config(config, attn_implementation="sdpa" if kind != "gemma2" else "eager").eval()


def _full_forward_loglik(model, context: list[int], continuation: list[int]) -> float:
    """Reference: one unpadded forward over context + continuation through the model's own forward, no cache."""
    import torch

    with torch.no_grad():
        logits = model(torch.tensor([context + continuation])).logits[0].float()
    logp = torch.log_softmax(logits, -1)
    return sum(float(logp[len(context) - 1 + j, t]) for j, t in enumerate(continuation))


@pytest.mark.parametrize("kind", ["llama", "qwen2", "mistral", "gemma2", "phi3"])
def test_cached_budgeted_scores_equal_the_full_forward(kind, tokenizer):
    model = _tiny(kind, len(tokenizer))
    items = [
        Item("The concrete slab must cure for", ("seven days before loading.", "the planning office.", "x")),
        Item("Question: who issues building permits in the municipality?\nAnswer:",
             ("The municipal planning office issues them after review.", "seven days")),
        Item("Q:", ("condensation inside timber frame walls and the roof.", "a", "the site manager by email")),
    ]
    expected = []
    for item in items:
        pairs = [scoring.encode_pair(tokenizer, item.context, " " + c) for c in item.continuations]
        expected.append([_full_forward_loglik(model, ctx, cont) for ctx, cont in pairs])
    # Budgets from "one row per pass" to "everything at once" give the same numbers.
    # So do two CPU streams (batches scored at once in two threads), in order, whichever finishes first.
    for batch_size, budget, streams in ((1, 64, 1), (2, 200, 1), (16, 100_000, 1), (1, 64, 2), (2, 200, 3)):
        scores = scoring.score_multiple_choice(model, tokenizer, items, " ", batch_size, batch_tokens=budget,
                                               streams=streams)
        for got, want in zip(scores["loglik"], expected, strict=True):
            assert got == pytest.approx(want, abs=1e-4), (kind, batch_size, budget, streams)


def test_cpu_streams_share_out_torch_threads_and_give_them_back(tokenizer):
    import torch

    assert scoring.cpu_streams(0, torch.device("cuda")) == 1  # an accelerator scores one batch at a time
    assert scoring.cpu_streams(3, torch.device("cpu")) == 3
    before = torch.get_num_threads()
    assert scoring.cpu_streams(0, torch.device("cpu")) == max(1, min(8, before))
    model = _tiny("llama", len(tokenizer))
    items = [Item(f"Question {i}: when is the site open?", ("at seven.", "never", "on Sundays only"))
             for i in range(6)]
    finished = []
    scoring.score_multiple_choice(model, tokenizer, items, " ", batch_size=1, progress=finished.append, streams=2)
    assert sum(finished) == len(items)  # progress for every item
    assert torch.get_num_threads() == before  # the caller's thread count is restored


def test_lm_head_runs_only_at_scored_positions(tokenizer):
    """The vocab projection sees one row per context (its last token) plus one per scored continuation token."""
    model = _tiny("llama", len(tokenizer))
    items = [Item("The concrete slab must cure for", ("seven days before loading.", "x")),
             Item("Q:", ("the municipal planning office.", "condensation inside timber frame walls."))]
    rows = []
    handle = model.get_output_embeddings().register_forward_hook(
        lambda module, args, out: rows.append(args[0].shape[:-1].numel())
    )
    try:
        scoring.score_multiple_choice(model, tokenizer, items, " ", batch_size=16)
    finally:
        handle.remove()
    continuation_tokens = sum(
        len(scoring.encode_pair(tokenizer, i.context, " " + c)[1]) for i in items for c in i.continuations
    )
    pairs = sum(len(i.continuations) for i in items)
    # Token 0 of each continuation is predicted by its context's last position; tokens 1.. by continuation rows.
    assert sum(rows) == len(items) + continuation_tokens - pairs


def test_seeded_sampler_draws_from_the_tempered_softmax():
    """Each row's token is a draw from softmax(logits / T): frequencies over 20k seeded rows."""
    import torch

    logits = torch.tensor([0.0, 1.0, 2.0, -30.0])
    rows = 20_000
    sampler = scoring.SeededSampler(0.7, list(range(rows)), torch.device("cpu"))
    processed = sampler(torch.zeros((rows, 1), dtype=torch.long), logits.expand(rows, -1))
    assert bool((torch.isfinite(processed).sum(-1) == 1).all())  # one finite token per row: greedy takes it
    picks = processed.argmax(-1)
    observed = torch.bincount(picks, minlength=4).double() / rows
    expected = torch.softmax(logits.double() / 0.7, -1)
    assert torch.allclose(observed, expected, atol=0.012), (observed, expected)  # ~4 standard errors
    assert observed[3] == 0  # a token of probability ~1e-19 is never drawn
    again = scoring.SeededSampler(0.7, list(range(rows)), torch.device("cpu"))
    assert torch.equal(again(None, logits.expand(rows, -1)).argmax(-1), picks)  # seeded per row


def test_sampled_generation_does_not_depend_on_batching_streams_or_the_global_generator(tokenizer):
    import torch

    model = _tiny("llama", len(tokenizer))
    prompts = ["The concrete slab must cure for", "Q:", "Building permits are issued by the office of"]
    runs = []
    state = torch.random.get_rng_state()
    for batch_size, budget, streams in ((1, 64, 1), (3, 10_000, 1), (2, 10_000, 2), (1, 64, 3)):
        torch.manual_seed(batch_size * 7 + streams)  # must not matter
        runs.append(scoring.generate(model, tokenizer, prompts, 6, batch_size=batch_size, sample=True,
                                     temperature=1.3, num_return_sequences=4, batch_tokens=budget,
                                     streams=streams, seed=5))
    assert all(run == runs[0] for run in runs[1:])
    assert all(len(texts) == 4 for texts in runs[0])
    assert len({t for texts in runs[0] for t in texts}) > 3  # samples differ from one another
    other = scoring.generate(model, tokenizer, prompts, 6, sample=True, temperature=1.3, num_return_sequences=4,
                             seed=6)
    assert other != runs[0]  # the seed matters
    torch.random.set_rng_state(state)
