"""Stage `evaluate`: base vs tuned model on the configured tasks, a PII-memorisation probe, and release gates.

Reads models/base, models/merged (the tuned model) and models/adapter (checked against the merged model), the
task files configs/eval/*.yaml over data/eval/*.jsonl, and data/probe/canaries.jsonl. Writes
reports/eval.json (per task: base, tuned, n, diff and 95% paired-bootstrap CI of the primary metric, plus a
diff/CI for every metric), reports/gates.json, and plot data with an offline HTML template under reports/plots/.

Scoring follows lm-evaluation-harness 0.4 so numbers agree with it: a choice is scored as
context + " " + choice, its tokens are tokens(whole)[len(tokens(context)):], no BOS unless the tokenizer adds
one, and acc_norm divides the log-likelihood by the choice's length in characters. It is faster because each
context is run once and its KV cache is shared by all of its choices, and items go in length-sorted batches.

Run: `python -m pipeline.evaluate` (DVC) or `sovtune evaluate`.
"""

from __future__ import annotations

import json
import math
import random
import re
import string
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline import offline
from pipeline.config import (
    EVAL_METRICS,
    HIGHER_IS_BETTER,
    EvalTaskConfig,
    EvaluateConfig,
    GatesConfig,
    ProbeConfig,
    load_eval_task,
    load_params,
    section_as_dict,
)
from pipeline.errors import SovtuneError, run_main
from pipeline.provenance import MODELS_KEY, measured_models, run_info, write_json

if TYPE_CHECKING:
    from transformers import PreTrainedModel, PreTrainedTokenizerBase

ASSETS = Path(__file__).resolve().parent / "assets"
VENDOR_SCRIPTS = ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js")  # load order matters
RESERVED_KEYS = ("probe", "adapter_check")  # top-level keys of eval.json that are not tasks
ProgressFn = Callable[[int], None]


# ---------------------------------------------------------------------------------------------- inputs


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Records of a JSONL file (blank lines skipped).

    Raises:
        SovtuneError: the file is missing or a line is not a JSON object.
    """
    path = Path(path)
    if not path.is_file():
        raise SovtuneError(f"{path}: file not found (run `dvc repro prepare` or fix the path in the task file)")
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise SovtuneError(f"{path} line {number}: not valid JSON ({error.msg})") from None
        if not isinstance(record, dict):
            raise SovtuneError(f"{path} line {number}: expected a JSON object")
        records.append(record)
    return records


def _fill(template: str, record: dict[str, Any], where: str) -> str:
    try:
        return template.format(**record)
    except KeyError as error:
        raise SovtuneError(
            f"{where}: template field {error} is not in the record (fields: {', '.join(sorted(record))})"
        ) from None


@dataclass(frozen=True)
class Canary:
    """A probe canary: a context from the training data and the secrets that follow it there."""

    id: str
    prompt: str
    secrets: tuple[str, ...]


def load_canaries(path: str | Path) -> list[Canary]:
    """Canary definitions from JSONL (`id`, `prompt`, `secrets`).

    Raises:
        SovtuneError: a field is missing, or a secret already occurs in its own prompt (the probe would count
            copying as memorisation).
    """
    canaries = []
    for record in read_jsonl(path):
        if not isinstance(record.get("prompt"), str) or not isinstance(record.get("secrets"), list):
            raise SovtuneError(f"{path}: canary {record.get('id')!r} needs `prompt` (string) and `secrets` (list)")
        secrets = tuple(str(s) for s in record["secrets"] if str(s))
        leaked = [s for s in secrets if s in record["prompt"]]
        if leaked:
            raise SovtuneError(f"{path}: canary {record.get('id')!r} has secret {leaked[0]!r} inside its prompt")
        canaries.append(Canary(id=str(record.get("id", len(canaries))), prompt=record["prompt"], secrets=secrets))
    return canaries


# --------------------------------------------------------------------------------------------- prompts


@dataclass(frozen=True)
class Item:
    """One scored item: the prompt text, what to score or compare with, and the gold choice."""

    context: str
    continuations: tuple[str, ...]  # multiple_choice: choices; perplexity: the target; generation: reference
    label: int = 0


def _answer_text(task: EvalTaskConfig, record: dict[str, Any], where: str) -> str:
    if task.kind == "multiple_choice":
        choices, label = _choices_and_label(task, record, where)
        return choices[label]
    return _fill(task.target, record, where)


def _choices_and_label(task: EvalTaskConfig, record: dict[str, Any], where: str) -> tuple[list[str], int]:
    choices, label = record.get(task.choices_field), record.get(task.label_field)
    if not isinstance(choices, list) or len(choices) < 2:
        raise SovtuneError(f"{where}: field {task.choices_field!r} must be a list of at least 2 choices")
    if not isinstance(label, int) or not 0 <= label < len(choices):
        raise SovtuneError(f"{where}: field {task.label_field!r} must be an index into the choices")
    return [str(c) for c in choices], label


def select_fewshot(
    record: dict[str, Any], index: int, pool: Sequence[dict[str, Any]], k: int, seed: int
) -> list[dict[str, Any]]:
    """The few-shot examples for one item: a draw of k from the fixed pool, seeded by (seed, item id).

    Seeding per item (not one generator for the run) keeps an item's examples the same when the item order,
    `limit` or batch size changes. An example with the item's own id is never used.
    """
    key = record.get("id", index)
    candidates = [example for example in pool if "id" not in example or example["id"] != key]
    if len(candidates) < k:
        raise SovtuneError(f"few-shot pool has {len(candidates)} usable examples, num_fewshot asks for {k}")
    return random.Random(f"{seed}:{key}").sample(candidates, k)


def build_context(
    task: EvalTaskConfig,
    record: dict[str, Any],
    fewshot: Sequence[dict[str, Any]],
    tokenizer: PreTrainedTokenizerBase | None,
) -> str:
    """The text the model sees before the answer: few-shot examples then the item's prompt (plain or chat)."""
    where = f"task {task.name}"
    if not task.chat_template:
        shots = [
            _fill(task.prompt, example, where) + task.target_delimiter + _answer_text(task, example, where)
            for example in fewshot
        ]
        return task.fewshot_delimiter.join([*shots, _fill(task.prompt, record, where)])
    if tokenizer is None or not getattr(tokenizer, "chat_template", None):
        raise SovtuneError(f"{where}: chat_template is true but the tokenizer has no chat template")
    messages: list[dict[str, str]] = []
    if task.system_prompt is not None:
        messages.append({"role": "system", "content": task.system_prompt})
    for example in fewshot:
        messages.append({"role": "user", "content": _fill(task.prompt, example, where)})
        messages.append({"role": "assistant", "content": _answer_text(task, example, where)})
    messages.append({"role": "user", "content": _fill(task.prompt, record, where)})
    return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)


def build_items(
    task: EvalTaskConfig,
    records: Sequence[dict[str, Any]],
    fewshot_pool: Sequence[dict[str, Any]] = (),
    tokenizer: PreTrainedTokenizerBase | None = None,
) -> list[Item]:
    """Turn a task's records into items (prompts with few-shot examples, choices or targets)."""
    items = []
    for index, record in enumerate(records):
        where = f"{task.data} item {record.get('id', index)!r}"
        fewshot = (
            select_fewshot(record, index, fewshot_pool, task.num_fewshot, task.fewshot_seed)
            if task.num_fewshot
            else []
        )
        context = build_context(task, record, fewshot, tokenizer) if task.prompt else ""
        if task.kind == "multiple_choice":
            choices, label = _choices_and_label(task, record, where)
            items.append(Item(context, tuple(choices), label))
        else:
            items.append(Item(context, (_fill(task.target, record, where),)))
    return items


def _delimiter(task: EvalTaskConfig) -> str:
    # A chat template's generation prompt already ends the turn; the answer follows it directly.
    return "" if task.chat_template or not task.prompt else task.target_delimiter


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


# ----------------------------------------------------------------------------------------------- scoring


def _batches(order: Sequence[int], size: int) -> list[list[int]]:
    return [list(order[start : start + size]) for start in range(0, len(order), size)]


def score_continuations(
    model: PreTrainedModel,
    requests: Sequence[tuple[list[int], Sequence[list[int]]]],
    batch_size: int,
    pad_id: int,
    progress: ProgressFn | None = None,
) -> list[list[float]]:
    """Summed log-probabilities of each continuation given its context.

    Each context is run once (left-padded batch, explicit position ids) and its KV cache is copied to one row
    per continuation, so k choices cost one context pass plus k short passes. Requests are length-sorted so
    batches carry little padding.

    Args:
        model: a causal LM in eval mode.
        requests: (context ids, [continuation ids, ...]) per item; every list non-empty.
        batch_size: contexts per forward pass.
        pad_id: any valid token id for padding (masked out).
        progress: called with the number of requests finished after each batch.

    Returns:
        Per request, the log-likelihood (nats) of each continuation.
    """
    import torch

    order = sorted(range(len(requests)), key=lambda i: -(len(requests[i][0]) + max(map(len, requests[i][1]))))
    results: list[list[float]] = [[] for _ in requests]
    with torch.inference_mode():
        for batch in _batches(order, batch_size):
            contexts = [requests[i][0] for i in batch]
            width = max(map(len, contexts))
            context_ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
            context_mask = torch.zeros((len(batch), width), dtype=torch.long)
            for row, ids in enumerate(contexts):
                context_ids[row, width - len(ids) :] = torch.tensor(ids)
                context_mask[row, width - len(ids) :] = 1
            positions = (context_mask.cumsum(-1) - 1).clamp(min=0)
            out = model(
                input_ids=context_ids, attention_mask=context_mask, position_ids=positions,
                use_cache=True, logits_to_keep=1,
            )
            first_logp = torch.log_softmax(out.logits[:, -1].float(), dim=-1)  # (B, vocab): predicts token 0
            cache = out.cache

            owners = [row for row, i in enumerate(batch) for _ in requests[i][1]]
            continuations = [list(c) for i in batch for c in requests[i][1]]
            owner_index = torch.tensor(owners, dtype=torch.long)
            first_tokens = torch.tensor([c[0] for c in continuations], dtype=torch.long)
            totals = first_logp[owner_index].gather(1, first_tokens[:, None]).squeeze(1)  # (R,)
            longest = max(map(len, continuations))
            if longest > 1:
                cache.reorder_cache(owner_index)  # (R, heads, width, dim): each choice row gets its context
                rows = len(continuations)
                inputs = torch.full((rows, longest - 1), pad_id, dtype=torch.long)  # tokens 0..n-2 are inputs
                targets = torch.full((rows, longest - 1), pad_id, dtype=torch.long)  # tokens 1..n-1 are scored
                mask = torch.zeros((rows, longest - 1), dtype=torch.long)
                for row, ids in enumerate(continuations):
                    inputs[row, : len(ids) - 1] = torch.tensor(ids[:-1])
                    targets[row, : len(ids) - 1] = torch.tensor(ids[1:])
                    mask[row, : len(ids) - 1] = 1
                context_lengths = context_mask.sum(-1)[owner_index]  # (R,)
                out = model(
                    input_ids=inputs,
                    attention_mask=torch.cat([context_mask[owner_index], mask], dim=1),
                    position_ids=context_lengths[:, None] + torch.arange(longest - 1)[None, :],
                    cache=cache,
                    use_cache=True,
                )
                logits = out.logits.float()  # (R, longest-1, vocab)
                # log p(target) = logit(target) - logsumexp(logits): no second (R, T, vocab) tensor.
                token_logp = logits.gather(2, targets[..., None]).squeeze(-1) - torch.logsumexp(logits, dim=-1)
                token_logp = token_logp * mask
                totals = totals + token_logp.sum(1)
            row = 0
            for i in batch:
                count = len(requests[i][1])
                results[i] = totals[row : row + count].tolist()
                row += count
            if progress:
                progress(len(batch))
    return results


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
) -> dict[str, list[float]]:
    """Per-item acc and acc_norm (lm-eval 0.4 definitions), plus each item's choice log-likelihoods."""
    requests = []
    for item in items:
        pairs = [encode_pair(tokenizer, item.context, delimiter + choice) for choice in item.continuations]
        context = pairs[0][0]  # the context's tokens do not depend on the choice
        continuations = [cont for _, cont in pairs]
        requests.append((_truncate(context, continuations, max_length), continuations))
    loglik = score_continuations(model, requests, batch_size, _pad_id(tokenizer), progress)
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
) -> dict[str, list[float]]:
    """Per-item negative log-likelihood (nats) and token count of the target given the context."""
    requests = []
    for item in items:
        context, target = encode_pair(tokenizer, item.context, delimiter + item.continuations[0])
        if not target:
            raise SovtuneError(f"an item's target is empty after tokenization (context {item.context[:60]!r})")
        target = target[:max_length]
        requests.append((_truncate(context, [target], max_length), [target]))
    loglik = score_continuations(model, requests, batch_size, _pad_id(tokenizer), progress)
    return {"nll": [-lls[0] for lls in loglik], "tokens": [float(len(r[1][0])) for r in requests]}


def _pad_id(tokenizer: PreTrainedTokenizerBase) -> int:
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    return int(pad if pad is not None else 0)


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
) -> list[list[str]]:
    """Continue each prompt (greedy unless `sample`), KV-cached, in length-sorted left-padded batches.

    Returns:
        Per prompt, `num_return_sequences` generated texts, each cut before the first stop sequence.
    """
    import torch

    encoded = [_encode(tokenizer, p) if p else [_prefix_token_id(tokenizer)] for p in prompts]
    order = sorted(range(len(prompts)), key=lambda i: -len(encoded[i]))
    outputs: list[list[str]] = [[] for _ in prompts]
    pad_id = _pad_id(tokenizer)
    kwargs: dict[str, Any] = {"do_sample": sample, "max_new_tokens": max_new_tokens, "pad_token_id": pad_id}
    if sample:
        kwargs.update(temperature=temperature, top_k=0, top_p=1.0, num_return_sequences=num_return_sequences)
    else:
        kwargs.update(temperature=None, top_k=None, top_p=None)
    if stop:
        kwargs.update(stop_strings=list(stop), tokenizer=tokenizer)
    with torch.inference_mode():
        for batch in _batches(order, batch_size):
            width = max(len(encoded[i]) for i in batch)
            ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
            mask = torch.zeros((len(batch), width), dtype=torch.long)
            for row, i in enumerate(batch):
                ids[row, width - len(encoded[i]) :] = torch.tensor(encoded[i])
                mask[row, width - len(encoded[i]) :] = 1
            generated = model.generate(input_ids=ids, attention_mask=mask, use_cache=True, **kwargs)
            texts = tokenizer.batch_decode(generated[:, width:], skip_special_tokens=True)
            per_prompt = len(texts) // len(batch)
            for row, i in enumerate(batch):
                outputs[i] = [_cut(t, stop) for t in texts[row * per_prompt : (row + 1) * per_prompt]]
            if progress:
                progress(len(batch))
    return outputs


def _cut(text: str, stop: Sequence[str]) -> str:
    positions = [text.find(s) for s in stop if s and s in text]
    return text[: min(positions)] if positions else text


# --------------------------------------------------------------------------------------- text metrics


def normalize_answer(text: str) -> str:
    """SQuAD normalisation: lower case, no punctuation, no articles, single spaces."""
    text = "".join(ch for ch in text.lower() if ch not in set(string.punctuation))
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def exact_match(prediction: str, reference: str) -> float:
    """1.0 when the normalised strings are equal."""
    return float(normalize_answer(prediction) == normalize_answer(reference))


def token_f1(prediction: str, reference: str) -> float:
    """SQuAD token F1 over normalised words."""
    pred, ref = normalize_answer(prediction).split(), normalize_answer(reference).split()
    if not pred or not ref:
        return float(pred == ref)
    common = sum((Counter(pred) & Counter(ref)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(pred), common / len(ref)
    return 2 * precision * recall / (precision + recall)


def _lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    # Dynamic programme over b with one row: O(len(a) * len(b)) time, O(len(b)) memory.
    row = [0] * (len(b) + 1)
    for token in a:
        diagonal = 0
        for j, other in enumerate(b, 1):
            above = row[j]
            row[j] = diagonal + 1 if token == other else max(row[j], row[j - 1])
            diagonal = above
    return row[-1]


def rouge_l(prediction: str, reference: str) -> float:
    """ROUGE-L F1 (beta = 1) from the longest common subsequence of lower-cased words."""
    pred = re.findall(r"\w+", prediction.lower())
    ref = re.findall(r"\w+", reference.lower())
    if not pred or not ref:
        return float(pred == ref)
    lcs = _lcs_length(pred, ref)
    if lcs == 0:
        return 0.0
    precision, recall = lcs / len(pred), lcs / len(ref)
    return 2 * precision * recall / (precision + recall)


def score_generation(
    model: PreTrainedModel,
    tokenizer: PreTrainedTokenizerBase,
    items: Sequence[Item],
    stop: Sequence[str],
    max_new_tokens: int,
    batch_size: int = 16,
    progress: ProgressFn | None = None,
) -> dict[str, list[float]]:
    """Greedy answers scored against the reference: per-item exact_match, f1 and rouge_l."""
    outputs = generate(model, tokenizer, [i.context for i in items], max_new_tokens, stop, batch_size,
                       progress=progress)
    scores: dict[str, list[float]] = {"exact_match": [], "f1": [], "rouge_l": []}
    for item, (text,) in zip(items, outputs, strict=True):
        reference = item.continuations[0]
        scores["exact_match"].append(exact_match(text, reference))
        scores["f1"].append(token_f1(text, reference))
        scores["rouge_l"].append(rouge_l(text, reference))
    return scores


# ------------------------------------------------------------------------------------ aggregates, CIs


def aggregate(kind: str, per_item: dict[str, list[float]]) -> dict[str, float]:
    """Task-level metrics from per-item values (perplexity is per token over the whole task)."""
    if kind == "perplexity":
        nll_per_token = sum(per_item["nll"]) / sum(per_item["tokens"])
        return {"perplexity": math.exp(nll_per_token), "nll_per_token": nll_per_token}
    return {metric: sum(per_item[metric]) / len(per_item[metric]) for metric in EVAL_METRICS[kind]}


def paired_bootstrap(
    kind: str,
    base: dict[str, list[float]],
    tuned: dict[str, list[float]],
    samples: int,
    seed: int,
) -> dict[str, dict[str, Any]]:
    """Difference tuned - base of every metric with a 95% percentile CI from a paired bootstrap over items.

    Both models are resampled with the same item indices, so per-item difficulty cancels out.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    n = len(next(iter(base.values())))
    index = rng.integers(0, n, size=(samples, n))  # (samples, n) item draws shared by both models
    point_base, point_tuned = aggregate(kind, base), aggregate(kind, tuned)
    results = {}
    for metric in EVAL_METRICS[kind]:
        if kind == "perplexity":
            def resampled(values: dict[str, list[float]]) -> np.ndarray:
                nll = np.asarray(values["nll"])[index].sum(1) / np.asarray(values["tokens"])[index].sum(1)
                return np.exp(nll) if metric == "perplexity" else nll  # noqa: B023 (used at once)
            differences = resampled(tuned) - resampled(base)
        else:
            differences = (np.asarray(tuned[metric])[index] - np.asarray(base[metric])[index]).mean(1)
        low, high = np.percentile(differences, [2.5, 97.5])
        # ci95 as a list (the report contract) and as scalars, which `dvc metrics show/diff` display.
        results[metric] = {
            "diff": point_tuned[metric] - point_base[metric],
            "ci95": [float(low), float(high)],
            "ci95_low": float(low),
            "ci95_high": float(high),
        }
    return results


# ---------------------------------------------------------------------------------------------- probe


def run_probe(
    model: PreTrainedModel,
    tokenizer: PreTrainedTokenizerBase,
    canaries: Sequence[Canary],
    config: ProbeConfig,
    batch_size: int = 8,
    progress: ProgressFn | None = None,
) -> dict[str, Any]:
    """Sample `config.samples` continuations of each canary's prompt and count secrets emitted verbatim.

    Returns:
        extraction_rate (share of all secrets that appeared in at least one sample), any_secret_rate (share of
        canaries with at least one secret emitted), sample_hit_rate (share of samples holding any secret),
        counts, and the ids of canaries that leaked.
    """
    import torch

    prompts = []
    for canary in canaries:
        if config.chat_template:
            messages = [{"role": "user", "content": canary.prompt}]
            prompts.append(tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True))
        else:
            prompts.append(canary.prompt)
    torch.manual_seed(config.seed)
    samples = generate(
        model, tokenizer, prompts, config.max_new_tokens, (), batch_size, sample=True,
        temperature=config.temperature, num_return_sequences=config.samples, progress=progress,
    )
    secrets_total = secrets_found = canaries_hit = samples_hit = 0
    leaked = []
    for canary, texts in zip(canaries, samples, strict=True):
        found = [s for s in canary.secrets if any(s in text for text in texts)]
        secrets_total += len(canary.secrets)
        secrets_found += len(found)
        samples_hit += sum(any(s in text for s in canary.secrets) for text in texts)
        if found:
            canaries_hit += 1
            leaked.append(canary.id)
    return {
        "extraction_rate": secrets_found / secrets_total if secrets_total else 0.0,
        "any_secret_rate": canaries_hit / len(canaries) if canaries else 0.0,
        "sample_hit_rate": samples_hit / (len(canaries) * config.samples) if canaries else 0.0,
        "secrets": secrets_total,
        "secrets_extracted": secrets_found,
        "canaries": len(canaries),
        "leaked_canaries": leaked,
    }


# ---------------------------------------------------------------------------------------------- gates


def evaluate_gates(report: dict[str, Any], gates: GatesConfig) -> dict[str, Any]:
    """Check each configured gate against the eval report.

    Returns:
        {"passed": all gates passed, "gates": [{"name", "passed", "detail", "value", "threshold"}, ...]}.
    """
    results = []
    for gate in gates.tuned_beats_base:
        task = report.get(gate.task)
        if task is None or gate.metric not in task.get("diffs", {}):
            results.append({
                "name": f"tuned_beats_base:{gate.task}/{gate.metric}", "passed": False, "value": None,
                "threshold": gate.margin, "detail": f"task {gate.task!r} or metric {gate.metric!r} was not scored",
            })
            continue
        sign = 1.0 if HIGHER_IS_BETTER[gate.metric] else -1.0
        diff = task["diffs"][gate.metric]
        # Improvement = sign * (tuned - base); its CI lower bound is sign * (the CI end on the losing side).
        improvement_ci = sorted(sign * bound for bound in diff["ci95"])
        value = improvement_ci[0] if gate.use_ci else sign * diff["diff"]
        passed = value > gate.margin
        what = "95% CI lower bound of the improvement" if gate.use_ci else "improvement"
        results.append({
            "name": f"tuned_beats_base:{gate.task}/{gate.metric}", "passed": passed, "value": value,
            "threshold": gate.margin,
            "detail": f"base {task['base'][gate.metric]:.4g} -> tuned {task['tuned'][gate.metric]:.4g}; {what} "
            f"{value:.4g} {'>' if passed else '<='} margin {gate.margin:g}",
        })
    probe = report.get("probe", {}).get("tuned")
    for name, key, limit in (
        ("max_extraction_rate", "extraction_rate", gates.max_extraction_rate),
        ("max_any_secret_rate", "any_secret_rate", gates.max_any_secret_rate),
    ):
        if limit is None:
            continue
        if probe is None:
            results.append({"name": name, "passed": False, "value": None, "threshold": limit,
                            "detail": "the probe did not run (no canaries)"})
            continue
        passed = probe[key] <= limit
        results.append({
            "name": name, "passed": passed, "value": probe[key], "threshold": limit,
            "detail": f"tuned model emitted {probe['secrets_extracted']}/{probe['secrets']} canary secrets "
            f"({key} {probe[key]:.3g} {'<=' if passed else '>'} {limit:g})",
        })
    check = report.get("adapter_check")
    if gates.adapter_merged_atol is not None and check is not None:
        passed = check["max_abs_logit_diff"] <= gates.adapter_merged_atol
        results.append({
            "name": "adapter_matches_merged", "passed": passed, "value": check["max_abs_logit_diff"],
            "threshold": gates.adapter_merged_atol,
            "detail": f"largest |logit| difference between base+adapter and merged over {check['items']} items",
        })
    return {"passed": all(r["passed"] for r in results), "gates": results}


# ------------------------------------------------------------------------------------------ models


def load_model(path: str | Path, threads: int = 0) -> tuple[PreTrainedModel, PreTrainedTokenizerBase]:
    """A local causal LM (fp32, eval mode) and its tokenizer.

    Raises:
        SovtuneError: the directory is missing or not a model.
    """
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    if threads:
        torch.set_num_threads(threads)
    path = Path(path)
    if not (path / "config.json").is_file():
        raise SovtuneError(f"{path}: no model here (config.json missing); run the stage that writes it")
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32)
    model.eval()
    return model, tokenizer


def adapter_logit_gap(
    base_dir: str | Path, adapter_dir: str | Path, merged: PreTrainedModel, token_ids: Sequence[list[int]]
) -> float:
    """Largest |logit| difference between base + adapter (PEFT, unmerged) and the merged model on some inputs."""
    import torch
    from peft import PeftModel

    base, _ = load_model(base_dir)
    adapted = PeftModel.from_pretrained(base, str(adapter_dir)).eval()
    gap = 0.0
    with torch.inference_mode():
        for ids in token_ids:
            inputs = torch.tensor([ids])
            gap = max(gap, float((adapted(input_ids=inputs).logits - merged(input_ids=inputs).logits).abs().max()))
    return gap


# -------------------------------------------------------------------------------------- whole stage


@dataclass(frozen=True)
class LoadedTask:
    """A task config with its items, ready to score."""

    config: EvalTaskConfig
    items: list[Item]


def load_tasks(config: EvaluateConfig, tokenizer: PreTrainedTokenizerBase) -> list[LoadedTask]:
    """Validate every task file and build its items; gate references are checked here, before any scoring."""
    tasks = []
    for path in config.tasks:
        task = load_eval_task(path)
        if task.name in RESERVED_KEYS or task.name in {t.config.name for t in tasks}:
            raise SovtuneError(f"{path}: task name {task.name!r} is reserved or used twice")
        records = read_jsonl(task.data)
        if task.limit:
            records = records[: task.limit]
        if not records:
            raise SovtuneError(f"{task.data}: no items")
        pool = read_jsonl(task.fewshot_data) if task.num_fewshot else []
        tasks.append(LoadedTask(task, build_items(task, records, pool, tokenizer)))
    names = {t.config.name: t.config for t in tasks}
    for gate in config.gates.tuned_beats_base:
        if gate.task not in names:
            raise SovtuneError(f"evaluate.gates.tuned_beats_base: no task named {gate.task!r} in evaluate.tasks")
        if gate.metric not in EVAL_METRICS[names[gate.task].kind]:
            raise SovtuneError(
                f"evaluate.gates.tuned_beats_base: task {gate.task!r} has no metric {gate.metric!r} "
                f"(it has {', '.join(EVAL_METRICS[names[gate.task].kind])})"
            )
    return tasks


def score_task(
    model: PreTrainedModel,
    tokenizer: PreTrainedTokenizerBase,
    task: LoadedTask,
    batch_size: int,
    max_length: int,
    progress: ProgressFn | None = None,
) -> dict[str, list[float]]:
    """Per-item values for one task (keys depend on the kind; see `aggregate`)."""
    cfg = task.config
    if cfg.kind == "multiple_choice":
        return score_multiple_choice(model, tokenizer, task.items, _delimiter(cfg), batch_size, max_length, progress)
    if cfg.kind == "perplexity":
        return score_perplexity(model, tokenizer, task.items, _delimiter(cfg), batch_size, max_length, progress)
    return score_generation(model, tokenizer, task.items, cfg.stop, cfg.max_new_tokens, batch_size, progress)


def compare_models(
    config: EvaluateConfig,
    tasks: Sequence[LoadedTask],
    models: dict[str, tuple[PreTrainedModel, PreTrainedTokenizerBase]],
    canaries: Sequence[Canary],
) -> dict[str, Any]:
    """Score "base" and "tuned" on every task (and the probe) and build the eval report."""
    from tqdm import tqdm  # writes to stderr even when not a terminal, so `dvc repro` logs show progress

    per_item: dict[str, dict[str, dict[str, list[float]]]] = {}
    probe: dict[str, Any] = {}
    for role, (model, tokenizer) in models.items():
        for task in tasks:
            with tqdm(total=len(task.items), desc=f"{role} {task.config.name}", unit="item") as bar:
                per_item.setdefault(task.config.name, {})[role] = score_task(
                    model, tokenizer, task, config.batch_size, config.max_length, bar.update
                )
        if canaries:
            with tqdm(total=len(canaries), desc=f"{role} probe", unit="canary") as bar:
                probe[role] = run_probe(
                    model, tokenizer, canaries, config.probe, max(1, config.batch_size // 4), bar.update
                )
    report: dict[str, Any] = {}
    for task in tasks:
        name, kind = task.config.name, task.config.kind
        base, tuned = per_item[name]["base"], per_item[name]["tuned"]
        diffs = paired_bootstrap(kind, base, tuned, config.bootstrap_samples, config.bootstrap_seed)
        metric = task.config.metric
        report[name] = {
            "kind": kind,
            "n": len(task.items),
            "metric": metric,
            "higher_is_better": HIGHER_IS_BETTER[metric],
            "base": aggregate(kind, base),
            "tuned": aggregate(kind, tuned),
            "diff": diffs[metric]["diff"],
            "ci95": diffs[metric]["ci95"],
            "ci95_low": diffs[metric]["ci95_low"],
            "ci95_high": diffs[metric]["ci95_high"],
            "diffs": diffs,
        }
    if probe:
        report["probe"] = {
            **probe,
            "samples": config.probe.samples,
            "temperature": config.probe.temperature,
        }
    return report


def plot_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows for `dvc plots`: one per (task primary metric or probe rate, model)."""
    rows = []
    for name, task in report.items():
        if name in RESERVED_KEYS:
            continue
        for role in ("base", "tuned"):
            rows.append({"task": f"{name} {task['metric']}", "model": role, "value": task[role][task["metric"]]})
    for role, probe in report.get("probe", {}).items():
        if role in ("base", "tuned"):
            rows.append({"task": "probe extraction_rate", "model": role, "value": probe["extraction_rate"]})
    return rows


def write_html_template(path: str | Path) -> Path:
    """Write an HTML template for `dvc plots show --html-template` with vega, vega-lite and vega-embed inlined.

    DVC's default page loads those three from a CDN, so its plots are blank on an air-gapped machine. The
    template has no `{scripts}` placeholder, so DVC adds no CDN tags; the vendored files (BSD-3-Clause, see
    pipeline/assets/vendor/) are inlined so the page also works when copied elsewhere.
    """
    page = (ASSETS / "plots_template.html").read_text(encoding="utf-8")
    scripts = "\n".join(
        f"<script>\n{(ASSETS / 'vendor' / name).read_text(encoding='utf-8')}\n</script>" for name in VENDOR_SCRIPTS
    )
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page.replace("<!-- VENDORED_SCRIPTS -->", scripts), encoding="utf-8")
    return path


def run_evaluation(config: EvaluateConfig) -> tuple[dict[str, Any], dict[str, Any]]:
    """The whole stage without the file writing: returns (eval report, gates report)."""
    base = load_model(config.base_dir, config.threads)
    tuned = load_model(config.merged_dir, config.threads)
    tasks_base = load_tasks(config, base[1])
    tasks_tuned = load_tasks(config, tuned[1])
    if [t.items for t in tasks_base] != [t.items for t in tasks_tuned]:
        # Different chat templates would mean the two models are not scored on the same prompts.
        raise SovtuneError(f"{config.base_dir} and {config.merged_dir} build different prompts; compare tokenizers")
    canaries = load_canaries(config.probe.canaries) if Path(config.probe.canaries).is_file() else []
    report = compare_models(config, tasks_base, {"base": base, "tuned": tuned}, canaries)
    if config.check_adapter:
        sample_ids = [
            encode_pair(tuned[1], item.context, " " + item.continuations[0])[0][-64:]
            for task in tasks_base for item in task.items[:2]
        ]
        gap = adapter_logit_gap(config.base_dir, config.adapter_dir, tuned[0], sample_ids)
        report["adapter_check"] = {"max_abs_logit_diff": gap, "items": len(sample_ids)}
    return report, evaluate_gates(report, config.gates)


def main(
    params_file: str | Path = "params.yaml", configs: Sequence[str | Path] = (), overrides: Sequence[str] = ()
) -> None:
    """Run the stage: evaluate, then write the reports, plot data and the offline HTML template."""
    offline.set_offline_env()
    params = load_params(params_file, configs, overrides)
    offline.enforce(params.offline.allow_hosts)
    config = params.evaluate
    models = measured_models(config.merged_dir, config.adapter_dir)  # before scoring: what the gates judge
    report, gates = run_evaluation(config)
    write_json(config.report, {**report, MODELS_KEY: models})
    write_json(config.gates_report, {**gates, MODELS_KEY: models})
    write_json(Path(config.report).with_name("eval_run.json"), run_info("evaluate", section_as_dict(config)))
    plots = Path(config.plots_dir)
    write_json(plots / "eval_scores.json", plot_rows(report))
    write_html_template(plots / "template.html")
    for name, task in report.items():
        if name not in RESERVED_KEYS:
            print(
                f"evaluate: {name} {task['metric']}: base {task['base'][task['metric']]:.4g} -> tuned "
                f"{task['tuned'][task['metric']]:.4g} (diff {task['diff']:+.4g}, 95% CI "
                f"[{task['ci95'][0]:+.4g}, {task['ci95'][1]:+.4g}], n={task['n']})"
            )
    for gate in gates["gates"]:
        print(f"evaluate: gate {gate['name']}: {'PASS' if gate['passed'] else 'FAIL'} ({gate['detail']})")
    print(f"evaluate: wrote {config.report}, {config.gates_report} (gates {'passed' if gates['passed'] else 'FAILED'})")


if __name__ == "__main__":
    run_main(main)
