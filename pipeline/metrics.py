"""Evaluation metrics: SQuAD-style text scores of generated answers, task aggregates and paired-bootstrap CIs.

Plain Python and numpy over per-item values; nothing here touches a model.
"""

from __future__ import annotations

import math
import re
import string
from collections import Counter
from collections.abc import Sequence
from typing import Any

from pipeline.config import EVAL_METRICS

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
