"""Scoring a causal LM on the device it sits on: continuation log-likelihoods (multiple choice, perplexity) and
generation (generation tasks, the PII probe).

Scoring follows lm-evaluation-harness 0.4 so numbers agree with it: a choice is scored as
context + " " + choice, its tokens are tokens(whole)[len(tokens(context)):], no BOS unless the tokenizer adds
one, and acc_norm divides the log-likelihood by the choice's length in characters.

Where the time goes and what is done about it (profiled on SmolLM2-135M, 4-choice FAQ items, 2 CPU cores):
the decoder's matmuls over every computed token dominate, then the LM head (hidden x 49k vocab, a fifth of the
FLOPs per token). So: each context runs once and its KV cache is shared by all of its choices; contexts go in
batches sized by a token budget (rows x padded width), longest first; the continuation rows of a batch are
sorted by length and cut into sub-batches of the same budget, so padding is hardly computed (with 16 contexts
padded to the longest of their 64 choices, a third of the tokens were padding); and the LM head runs only at
scored positions (`logits_to_keep` with a boolean mask, through the model's own forward, so final-logit
softcapping and logit scaling still apply).
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from pipeline.errors import SovtuneError
from pipeline.metrics import exact_match, rouge_l, token_f1
from pipeline.tasks import Item, LoadedTask, _delimiter

if TYPE_CHECKING:
    import torch
    from transformers import PreTrainedModel, PreTrainedTokenizerBase

ProgressFn = Callable[[int], None]
DEFAULT_BATCH_TOKENS = 4096  # the default of evaluate.batch_tokens (params.yaml)
# Continuation rows sharing a sub-batch differ by at most 10% in length. Budget-only batches of 4-choice FAQ items
# were 29% padding; this cuts it to 4% for twice the (smaller) forward passes; a GEMM of a few hundred rows
# still runs near full speed on a CPU. It changes no score beyond float rounding.
_CONTINUATION_PADDING = 0.1
_HEAD_CHUNK = 1024  # scored positions whose logits are upcast to fp32 at once: 1024 x vocab x 4 bytes


# ------------------------------------------------------------------------------------------ tokenizing


def _prefix_token_id(tokenizer: PreTrainedTokenizerBase) -> int:
    # lm-eval conditions an empty context on BOS, else on EOS.
    token_id = tokenizer.bos_token_id if tokenizer.bos_token_id is not None else tokenizer.eos_token_id
    if token_id is None:
        raise SovtuneError("the tokenizer has neither a BOS nor an EOS token to condition an empty context on")
    return int(token_id)


def _encode(tokenizer: PreTrainedTokenizerBase, text: str) -> list[int]:
    # The tokenizer's own special-token rule (SmolLM2 adds no BOS), except that a text already starting with the
    # BOS string gets no second one, as in lm-eval's tok_encode.
    bos = tokenizer.bos_token
    add_special = not (bos and text.startswith(bos))
    return list(tokenizer.encode(text, add_special_tokens=add_special))


def encode_pair(tokenizer: PreTrainedTokenizerBase, context: str, continuation: str) -> tuple[list[int], list[int]]:
    """Token ids of (context, continuation) with lm-eval 0.4's rule: tokens(whole)[len(tokens(context)):].

    Trailing spaces of the context move to the continuation so that " word" tokenizes as in running text.
    """
    spaces = len(context) - len(context.rstrip())
    if spaces:
        context, continuation = context[:-spaces], context[-spaces:] + continuation
    if not context:
        return [_prefix_token_id(tokenizer)], _encode(tokenizer, continuation)
    whole = _encode(tokenizer, context + continuation)
    context_ids = _encode(tokenizer, context)
    return context_ids, whole[len(context_ids) :]


def _pad_id(tokenizer: PreTrainedTokenizerBase) -> int:
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    return int(pad if pad is not None else 0)


# ------------------------------------------------------------------------------------------- batching


def token_batches(
    lengths: Sequence[int], budget: int, max_rows: int = 0, min_width: int = 0, max_padding: float = 1.0
) -> list[list[int]]:
    """Indices of `lengths` in batches, longest first, each costing at most `budget` tokens.

    A batch costs rows x max(its longest length, min_width): what a padded forward pass computes (or holds, for a
    copied KV cache of width `min_width`). A single row over the budget goes alone. The sort is stable, so equal
    lengths keep their order.

    Args:
        lengths: tokens per row.
        budget: most tokens per batch, padding included.
        max_rows: most rows per batch (0: no limit).
        min_width: a width every row is counted with at least.
        max_padding: most share of a row that may be padding (1.0: any); a shorter row starts a new batch.
    """
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    batches: list[list[int]] = []
    for i in order:
        if batches:
            current = batches[-1]
            longest = lengths[current[0]]  # the first row of a batch is its longest
            full = bool(max_rows) and len(current) >= max_rows
            fits = (len(current) + 1) * max(longest, min_width) <= budget and not full
            if fits and lengths[i] >= (1.0 - max_padding) * longest:
                current.append(i)
                continue
        batches.append([i])
    return batches


def device_of(model: PreTrainedModel) -> torch.device:
    return next(model.parameters()).device


def _cache_rows(cache: Any, index: torch.Tensor) -> Any:
    """A cache holding rows `index` of `cache`; `cache` itself stays as it was, for the next sub-batch.

    Layers are shallow-copied and then re-indexed: `reorder_cache` assigns new tensors to the copies' attributes,
    and a later forward pass appends to the copies only.
    """
    rows = copy.copy(cache)
    rows.layers = [copy.copy(layer) for layer in cache.layers]
    rows.reorder_cache(index)
    return rows


def _target_logprobs(logits: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    """log p(target) per scored position from (N, vocab) logits, upcast to fp32 a chunk at a time."""
    import torch

    pieces = []
    for start in range(0, len(targets), _HEAD_CHUNK):
        chunk = logits[start : start + _HEAD_CHUNK].float()  # (n, vocab)
        # log p(target) = logit(target) - logsumexp(logits): no second (n, vocab) tensor.
        pieces.append(chunk.gather(1, targets[start : start + _HEAD_CHUNK, None]).squeeze(1)
                      - torch.logsumexp(chunk, dim=-1))
    return torch.cat(pieces) if pieces else logits.new_zeros((0,), dtype=torch.float32)


# ----------------------------------------------------------------------------------------------- scoring


def cpu_streams(configured: int, device: torch.device) -> int:
    """Batches scored at once: 1 on an accelerator; on the CPU `configured`, or (0) one per torch thread, <= 8."""
    import torch

    if device.type != "cpu":
        return 1
    return configured or max(1, min(8, torch.get_num_threads()))


@contextlib.contextmanager
def _torch_threads(count: int) -> Iterator[None]:
    import torch

    previous = torch.get_num_threads()
    torch.set_num_threads(count)
    try:
        yield
    finally:
        torch.set_num_threads(previous)


def _stream_map(run: Callable[[list[int]], Any], batches: Sequence[list[int]], streams: int, name: str
                ) -> Iterator[Any]:
    """`run` over `batches`, results in batch order; with `streams` > 1, that many at once in threads that share
    torch's threads out (each thread sets its own count: the setting may be per thread)."""
    import torch

    if streams <= 1:
        yield from map(run, batches)
        return
    per_stream = max(1, torch.get_num_threads() // streams)

    def in_stream(batch: list[int]) -> Any:
        torch.set_num_threads(per_stream)
        return run(batch)

    with _torch_threads(per_stream), ThreadPoolExecutor(streams, thread_name_prefix=name) as pool:
        yield from pool.map(in_stream, batches)


def score_continuations(
    model: PreTrainedModel,
    requests: Sequence[tuple[list[int], Sequence[list[int]]]],
    batch_size: int,
    pad_id: int,
    progress: ProgressFn | None = None,
    batch_tokens: int = DEFAULT_BATCH_TOKENS,
    streams: int = 1,
) -> list[list[float]]:
    """Summed log-probabilities of each continuation given its context, computed on the model's device.

    Each context is run once (left-padded batch, explicit position ids; logits only at its last position, which
    predicts every continuation's first token). Its KV cache is then copied to one row per continuation; these
    rows, sorted by length, go through in sub-batches of at most `batch_tokens` tokens, with logits only where a
    target is scored. So k choices cost one context pass plus their own tokens, with little padding.

    On a CPU, `streams` batches run at once in threads that share torch's threads out: the GEMMs of a small model's
    batches do not scale over cores (SmolLM2-135M on 2 cores: 1 thread 50 s, 2 threads 35 s, two 1-thread
    streams 27 s for the same items). Each batch's scores do not depend on which stream ran it.

    Args:
        model: a causal LM in eval mode (any device, any dtype; log-probabilities are taken in fp32).
        requests: (context ids, [continuation ids, ...]) per item; every list non-empty.
        batch_size: most contexts per forward pass.
        pad_id: any valid token id for padding (masked out).
        progress: called with the number of requests finished after each batch.
        batch_tokens: most tokens (rows x padded width) per forward pass.
        streams: batches scored at once (`cpu_streams`); 1 scores them one after the other.

    Returns:
        Per request, the log-likelihood (nats) of each continuation.
    """
    import torch

    batches = token_batches([len(c) for c, _ in requests], batch_tokens, batch_size)
    results: list[list[float]] = [[] for _ in requests]

    def run(batch: list[int]) -> tuple[list[int], list[list[float]]]:
        with torch.inference_mode():  # per thread, like grad mode
            return batch, _score_batch(model, [requests[i] for i in batch], pad_id, batch_tokens)

    for batch, scores in _stream_map(run, batches, streams, "sovtune-score"):  # in batch order
        for i, values in zip(batch, scores, strict=True):
            results[i] = values
        if progress:
            progress(len(batch))
    return results


def _score_batch(
    model: PreTrainedModel, requests: Sequence[tuple[list[int], Sequence[list[int]]]], pad_id: int, batch_tokens: int
) -> list[list[float]]:
    """One batch of `score_continuations`: its contexts in one pass, then their continuations in sub-batches."""
    import torch

    device = device_of(model)
    contexts = [context for context, _ in requests]
    width = max(map(len, contexts))
    context_ids = torch.full((len(requests), width), pad_id, dtype=torch.long)
    context_mask = torch.zeros((len(requests), width), dtype=torch.long)
    for row, ids in enumerate(contexts):
        context_ids[row, width - len(ids) :] = torch.tensor(ids)
        context_mask[row, width - len(ids) :] = 1
    positions = (context_mask.cumsum(-1) - 1).clamp(min=0)
    out = model(
        input_ids=context_ids.to(device), attention_mask=context_mask.to(device),
        position_ids=positions.to(device), use_cache=True, logits_to_keep=1,
    )
    first_logp = torch.log_softmax(out.logits[:, -1].float(), dim=-1).cpu()  # (B, vocab): predicts token 0
    cache = out.cache

    owners = [row for row, (_, choices) in enumerate(requests) for _ in choices]
    continuations = [list(c) for _, choices in requests for c in choices]
    first_tokens = torch.tensor([c[0] for c in continuations], dtype=torch.long)
    totals = first_logp[torch.tensor(owners)].gather(1, first_tokens[:, None]).squeeze(1)  # (R,)
    longer = [r for r, c in enumerate(continuations) if len(c) > 1]  # rows with tokens after the first
    lengths = [len(continuations[r]) - 1 for r in longer]
    for sub in token_batches(lengths, batch_tokens, 0, width, _CONTINUATION_PADDING):
        rows = [longer[k] for k in sub]
        totals[rows] += _score_rows(
            model, cache, context_mask, [owners[r] for r in rows], [continuations[r] for r in rows], pad_id
        )
    scores, row = [], 0
    for _, choices in requests:
        scores.append(totals[row : row + len(choices)].tolist())
        row += len(choices)
    return scores


def _score_rows(
    model: PreTrainedModel,
    cache: Any,
    context_mask: torch.Tensor,
    owners: Sequence[int],
    continuations: Sequence[list[int]],
    pad_id: int,
) -> torch.Tensor:
    """Log-likelihood of tokens 1..n-1 of each continuation (each >= 2 tokens) after its context's cached keys.

    Returns:
        (rows,) fp32 sums on the CPU.
    """
    import torch

    device = device_of(model)
    longest = max(map(len, continuations)) - 1
    rows = len(continuations)
    inputs = torch.full((rows, longest), pad_id, dtype=torch.long)  # tokens 0..n-2 are inputs
    targets = torch.full((rows, longest), pad_id, dtype=torch.long)  # tokens 1..n-1 are scored
    mask = torch.zeros((rows, longest), dtype=torch.bool)
    for row, ids in enumerate(continuations):
        inputs[row, : len(ids) - 1] = torch.tensor(ids[:-1])
        targets[row, : len(ids) - 1] = torch.tensor(ids[1:])
        mask[row, : len(ids) - 1] = True
    owner_index = torch.tensor(owners, dtype=torch.long)
    context_lengths = context_mask.sum(-1)[owner_index]  # (rows,)
    out = model(
        input_ids=inputs.to(device),
        attention_mask=torch.cat([context_mask[owner_index], mask.long()], dim=1).to(device),
        position_ids=(context_lengths[:, None] + torch.arange(longest)[None, :]).to(device),
        cache=_cache_rows(cache, owner_index.to(device)),
        use_cache=True,
        logits_to_keep=mask.to(device),  # (N, vocab) logits at the scored positions only
    )
    logits = out.logits
    if logits.dim() == 3:  # a model whose forward ignores a boolean logits_to_keep: (rows, longest, vocab)
        logits = logits[mask.to(device)]
    token_logp = _target_logprobs(logits, targets[mask].to(device)).cpu()  # (N,) in row-major order of `mask`
    row_of = torch.arange(rows)[:, None].expand(rows, longest)[mask]
    return torch.zeros(rows, dtype=torch.float32).index_add_(0, row_of, token_logp)


def _truncate(context: list[int], continuations: Sequence[list[int]], max_length: int) -> list[int]:
    # Inputs are context + continuation minus its last token; cut the context on the left to fit (as lm-eval).
    room = max(1, max_length + 1 - max(map(len, continuations)))
    return context[-room:]


def _first_argmax(values: Sequence[float]) -> int:
    return max(range(len(values)), key=lambda i: (values[i], -i))


def score_multiple_choice(
    model: PreTrainedModel,
    tokenizer: PreTrainedTokenizerBase,
    items: Sequence[Item],
    delimiter: str = " ",
    batch_size: int = 16,
    max_length: int = 1024,
    progress: ProgressFn | None = None,
    batch_tokens: int = DEFAULT_BATCH_TOKENS,
    streams: int = 1,
) -> dict[str, list[float]]:
    """Per-item acc and acc_norm (lm-eval 0.4 definitions), plus each item's choice log-likelihoods."""
    requests = []
    for item in items:
        pairs = [encode_pair(tokenizer, item.context, delimiter + choice) for choice in item.continuations]
        context = pairs[0][0]  # the context's tokens do not depend on the choice
        continuations = [cont for _, cont in pairs]
        requests.append((_truncate(context, continuations, max_length), continuations))
    loglik = score_continuations(model, requests, batch_size, _pad_id(tokenizer), progress, batch_tokens,
                                  streams)
    acc, acc_norm = [], []
    for item, lls in zip(items, loglik, strict=True):
        normalised = [ll / max(1, len(choice)) for ll, choice in zip(lls, item.continuations, strict=True)]
        acc.append(float(_first_argmax(lls) == item.label))
        acc_norm.append(float(_first_argmax(normalised) == item.label))
    return {"acc": acc, "acc_norm": acc_norm, "loglik": loglik}  # type: ignore[dict-item]


def score_perplexity(
    model: PreTrainedModel,
    tokenizer: PreTrainedTokenizerBase,
    items: Sequence[Item],
    delimiter: str = " ",
    batch_size: int = 16,
    max_length: int = 1024,
    progress: ProgressFn | None = None,
    batch_tokens: int = DEFAULT_BATCH_TOKENS,
    streams: int = 1,
) -> dict[str, list[float]]:
    """Per-item negative log-likelihood (nats) and token count of the target given the context."""
    requests = []
    for item in items:
        context, target = encode_pair(tokenizer, item.context, delimiter + item.continuations[0])
        if not target:
            raise SovtuneError(f"an item's target is empty after tokenization (context {item.context[:60]!r})")
        target = target[:max_length]
        requests.append((_truncate(context, [target], max_length), [target]))
    loglik = score_continuations(model, requests, batch_size, _pad_id(tokenizer), progress, batch_tokens,
                                  streams)
    return {"nll": [-lls[0] for lls in loglik], "tokens": [float(len(r[1][0])) for r in requests]}


def generate(
    model: PreTrainedModel,
    tokenizer: PreTrainedTokenizerBase,
    prompts: Sequence[str],
    max_new_tokens: int,
    stop: Sequence[str] = (),
    batch_size: int = 16,
    sample: bool = False,
    temperature: float = 1.0,
    num_return_sequences: int = 1,
    progress: ProgressFn | None = None,
    batch_tokens: int = DEFAULT_BATCH_TOKENS,
    streams: int = 1,
    seed: int = 0,
) -> list[list[str]]:
    """Continue each prompt (greedy unless `sample`), KV-cached, in length-sorted left-padded batches.

    A batch holds at most `batch_size` prompts and `batch_tokens` tokens (rows x (prompt width + new tokens),
    every returned sequence a row). Sampling (temperature only: no top-k or top-p) draws each returned sequence
    from its own generator, seeded from (`seed`, prompt index, sequence index), an exact draw from
    softmax(logits / T) (`SeededSampler`). So a sample does not depend on which batch or
    stream computed it, and `streams` batches may run at once on a CPU, as in `score_continuations`.

    Returns:
        Per prompt, `num_return_sequences` generated texts, each cut before the first stop sequence.
    """
    import torch

    device = device_of(model)
    encoded = [_encode(tokenizer, p) if p else [_prefix_token_id(tokenizer)] for p in prompts]
    widths = [len(ids) + max_new_tokens for ids in encoded]
    copies = num_return_sequences if sample else 1
    if streams > 1:  # enough batches to keep every stream busy
        batch_size = max(1, min(batch_size, -(-len(prompts) // streams)))
    batches = token_batches(widths, max(1, batch_tokens // copies), batch_size)
    outputs: list[list[str]] = [[] for _ in prompts]
    pad_id = _pad_id(tokenizer)
    kwargs: dict[str, Any] = {"do_sample": False, "max_new_tokens": max_new_tokens, "pad_token_id": pad_id,
                              "temperature": None, "top_k": None, "top_p": None}
    if stop:
        kwargs.update(stop_strings=list(stop), tokenizer=tokenizer)

    def run(batch: list[int]) -> tuple[list[int], list[str]]:
        rows = [i for i in batch for _ in range(copies)]
        width = max(len(encoded[i]) for i in batch)
        ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
        mask = torch.zeros((len(rows), width), dtype=torch.long)
        for row, i in enumerate(rows):
            ids[row, width - len(encoded[i]) :] = torch.tensor(encoded[i])
            mask[row, width - len(encoded[i]) :] = 1
        extra = {}
        if sample:
            seeds = [_sample_seed(seed, i, k) for i in batch for k in range(copies)]
            extra["logits_processor"] = [SeededSampler(temperature, seeds, device)]
        with torch.inference_mode():
            generated = model.generate(input_ids=ids.to(device), attention_mask=mask.to(device), use_cache=True,
                                       **kwargs, **extra)
        return batch, tokenizer.batch_decode(generated[:, width:].cpu(), skip_special_tokens=True)

    for batch, texts in _stream_map(run, batches, streams if len(batches) > 1 else 1, "sovtune-generate"):
        for row, i in enumerate(batch):
            outputs[i] = [_cut(t, stop) for t in texts[row * copies : (row + 1) * copies]]
        if progress:
            progress(len(batch))
    return outputs


def _sample_seed(seed: int, prompt: int, copy: int) -> int:
    digest = hashlib.sha256(f"sovtune-sample:{seed}:{prompt}:{copy}".encode()).digest()
    return int.from_bytes(digest[:8], "little") & ((1 << 63) - 1)


class SeededSampler:
    """A logits processor that turns greedy decoding into temperature sampling, one generator per row.

    Each row draws one uniform number per step from its own seeded generator and takes the token where it falls
    in the cumulative softmax(logits / T) (inverse-CDF sampling, in float64: an exact draw). The processor
    leaves only that token finite, so greedy decoding picks it. A row's tokens depend only on its own seed and
    history: not on the batch, the stream or the global torch generator, which threads would otherwise share.
    One number per row and step, not one per vocabulary entry as Gumbel-max noise would need.
    """

    def __init__(self, temperature: float, seeds: Sequence[int], device: torch.device) -> None:
        import torch

        self.temperature = temperature
        self.generators = [torch.Generator(device=device).manual_seed(s) for s in seeds]

    def __call__(self, input_ids: torch.Tensor, scores: torch.Tensor) -> torch.Tensor:
        import torch

        cdf = torch.softmax(scores.double() / self.temperature, dim=-1).cumsum_(dim=-1)
        draws = torch.cat([torch.rand(1, generator=g, dtype=torch.float64, device=g.device) for g in self.generators])
        # right=True skips tokens of probability 0 (flat steps of the CDF); scaling by the last entry absorbs
        # the float64 rounding of the sum.
        chosen = torch.searchsorted(cdf, (draws * cdf[:, -1])[:, None], right=True)
        chosen.clamp_(max=scores.shape[-1] - 1)
        picked = torch.full_like(scores, float("-inf"))
        return picked.scatter_(1, chosen, 0.0)


def _cut(text: str, stop: Sequence[str]) -> str:
    positions = [text.find(s) for s in stop if s and s in text]
    return text[: min(positions)] if positions else text


def score_generation(
    model: PreTrainedModel,
    tokenizer: PreTrainedTokenizerBase,
    items: Sequence[Item],
    stop: Sequence[str],
    max_new_tokens: int,
    batch_size: int = 16,
    progress: ProgressFn | None = None,
    batch_tokens: int = DEFAULT_BATCH_TOKENS,
    streams: int = 1,
) -> dict[str, list[float]]:
    """Greedy answers scored against the reference: per-item exact_match, f1 and rouge_l."""
    outputs = generate(model, tokenizer, [i.context for i in items], max_new_tokens, stop, batch_size,
                       progress=progress, batch_tokens=batch_tokens, streams=streams)
    scores: dict[str, list[float]] = {"exact_match": [], "f1": [], "rouge_l": []}
    for item, (text,) in zip(items, outputs, strict=True):
        reference = item.continuations[0]
        scores["exact_match"].append(exact_match(text, reference))
        scores["f1"].append(token_f1(text, reference))
        scores["rouge_l"].append(rouge_l(text, reference))
    return scores


def score_task(
    model: PreTrainedModel,
    tokenizer: PreTrainedTokenizerBase,
    task: LoadedTask,
    batch_size: int,
    max_length: int,
    progress: ProgressFn | None = None,
    batch_tokens: int = DEFAULT_BATCH_TOKENS,
    streams: int = 1,
) -> dict[str, list[float]]:
    """Per-item values for one task (keys depend on the kind; see `pipeline.metrics.aggregate`)."""
    cfg, items = task.config, task.items
    if cfg.kind == "multiple_choice":
        return score_multiple_choice(
            model, tokenizer, items, _delimiter(cfg), batch_size, max_length, progress, batch_tokens, streams
        )
    if cfg.kind == "perplexity":
        return score_perplexity(
            model, tokenizer, items, _delimiter(cfg), batch_size, max_length, progress, batch_tokens, streams
        )
    return score_generation(
        model, tokenizer, items, cfg.stop, cfg.max_new_tokens, batch_size, progress, batch_tokens, streams
    )
