"""Release gates (reports/gates.json) and the adapter check one of them reads.

The gates compare the eval report with `evaluate.gates`: the tuned model beats the base where asked, the probe
finds no more canary secrets than allowed, and base + adapter (PEFT, unmerged) gives the merged model's logits.
`bundle` refuses a model that failed a gate.

The adapter check needs one model in memory at a time: the merged model's logits on a few inputs are taken
while it is loaded for scoring (`logits_on`), then base + adapter is loaded alone and compared (`adapter_gap`).
The base is the weights the adapter was trained with and merged into: after QLoRA, train records them as
`merge_base` in the run record next to the adapter or merged model (`read_merge_base`); without one, the base
directory as stored (the behaviour before QLoRA merges existed).
"""

from __future__ import annotations

import gc
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline import cpu_matmul
from pipeline.config import HIGHER_IS_BETTER, GatesConfig
from pipeline.cpu_matmul import Matmul
from pipeline.errors import SovtuneError

if TYPE_CHECKING:
    import torch
    from transformers import PreTrainedModel

RUN_RECORDS = ("training.json", "run_info.json")  # files train writes next to the adapter and merged model
QUANTIZATIONS = ("nf4",)  # merge bases that are the stored weights quantized as in training
# What pipeline/modeling.py writes as `merge_base` in training.json, in this module's terms.
TRAIN_MERGE_BASES = {"original": "base", "nf4-dequantized": "nf4"}


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
        # Half-precision weights or compute round every logit; fp32 merges agree to ~1e-4 (shared/NOTES.md).
        half = check.get("dtype", "float32") != "float32"
        limit = gates.adapter_merged_atol_half if half else gates.adapter_merged_atol
        passed = check["max_abs_logit_diff"] <= limit
        against = check.get("merge_base", "base")
        results.append({
            "name": "adapter_matches_merged", "passed": passed, "value": check["max_abs_logit_diff"],
            "threshold": limit,
            "detail": f"largest |logit| difference between base+adapter and merged over {check['items']} items "
            f"({check['max_abs_logit_diff']:.2g} {'<=' if passed else '>'} {limit:g}; "
            f"{check.get('dtype', 'float32')}, adapter on {against} weights)",
        })
    return {"passed": all(r["passed"] for r in results), "gates": results}



# ------------------------------------------------------------------------------------------ adapter check


def read_merge_base(merged_dir: str | Path, adapter_dir: str | Path) -> dict[str, str] | None:
    """The weights the adapter was trained with, from the first run record that has a `merge_base` field.

    Looked up in `training.json` then `run_info.json`, in the merged directory then the adapter directory. The
    field is a string or an object: "nf4" (or `{"quantization": "nf4"}`) means the stored base quantized to NF4
    with double quantisation, as QLoRA trains; a directory (or `{"path": ...}`, relative to the working
    directory) holds those weights; "base" means the stored base. The train stage's own words (`training.json`,
pipeline/modeling.py) are understood too: "original" is the stored base, "nf4-dequantized" is "nf4".

    Returns:
        {"path": ..., "quantization": ...} (either key may be missing), or None for the stored base.

    Raises:
        SovtuneError: a run record is not JSON, or `merge_base` names an unknown quantization.
    """
    for directory in (merged_dir, adapter_dir):
        for name in RUN_RECORDS:
            path = Path(directory) / name
            if not path.is_file():
                continue
            try:
                record = json.loads(path.read_text(encoding="utf-8"))
            except json.JSONDecodeError as error:
                raise SovtuneError(f"{path}: not valid JSON ({error.msg}); rerun `dvc repro train`") from None
            value = record.get("merge_base") if isinstance(record, dict) else None
            value = TRAIN_MERGE_BASES.get(value, value) if isinstance(value, str) else value
            if value in (None, "", "base"):
                continue
            spec = {"quantization": value} if value in QUANTIZATIONS else {"path": value}
            if isinstance(value, dict):
                spec = {k: str(value[k]) for k in ("path", "quantization") if value.get(k)}
            if spec.get("quantization", "nf4") not in QUANTIZATIONS:
                raise SovtuneError(f"{path}: merge_base quantization {spec['quantization']!r} is not one of "
                                   f"{', '.join(QUANTIZATIONS)}")
            return spec or None
    return None


def logits_on(model: PreTrainedModel, token_ids: Sequence[list[int]]) -> list[torch.Tensor]:
    """The model's fp32 logits (T, vocab) for each input, kept on the CPU so the model can be freed."""
    import torch

    device = next(model.parameters()).device
    with torch.inference_mode():
        return [model(input_ids=torch.tensor([ids], device=device)).logits[0].float().cpu() for ids in token_ids]


def _load_merge_base(
    base_dir: str | Path, merge_base: dict[str, str] | None, device: torch.device, dtype: torch.dtype
) -> PreTrainedModel:
    from transformers import AutoModelForCausalLM

    directory = Path((merge_base or {}).get("path") or base_dir)
    if not (directory / "config.json").is_file():
        raise SovtuneError(f"{directory}: the adapter's merge base is missing (config.json not found)")
    if (merge_base or {}).get("quantization") == "nf4":
        from pipeline.quantization import load_nf4  # imports bitsandbytes: only when a QLoRA run asks for it

        return load_nf4(directory, dtype, device).eval()
    # Straight onto the GPU, not through host RAM; on the CPU the plain load (today's path).
    kwargs: dict[str, Any] = {"dtype": dtype}
    if device.type == "cuda":
        kwargs["device_map"] = {"": device.index or 0}
    return AutoModelForCausalLM.from_pretrained(directory, **kwargs).eval()


def adapter_gap(
    base_dir: str | Path,
    adapter_dir: str | Path,
    merged_logits: Sequence[torch.Tensor],
    token_ids: Sequence[list[int]],
    device: torch.device,
    dtype: torch.dtype,
    merge_base: dict[str, str] | None = None,
    matmul: Matmul = "torch",
) -> float:
    """Largest |logit| difference between base + adapter (PEFT, unmerged) and the merged model's logits.

    Loads the merge base (see `read_merge_base`) on `device` in `dtype`, puts the adapter on it, scores
    `token_ids` and frees it again before returning.
    """
    import torch
    from peft import PeftModel

    base = _load_merge_base(base_dir, merge_base, device, dtype)
    cpu_matmul.use(base, matmul)  # as the merged model's logits were computed (float rounding alone differs)
    adapted = PeftModel.from_pretrained(base, str(adapter_dir)).eval()
    gap = 0.0
    for logits, adapter_logits in zip(merged_logits, logits_on(adapted, token_ids), strict=True):
        gap = max(gap, float((adapter_logits - logits).abs().max()))
    del adapted, base
    gc.collect()
    if device.type == "cuda":
        torch.cuda.empty_cache()
    return gap
