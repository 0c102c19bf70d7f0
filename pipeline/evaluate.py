"""Stage `evaluate`: base vs tuned model on the configured tasks, a PII-memorisation probe, and release gates.

Reads models/base, models/merged (the tuned model) and models/adapter (checked against the merged model), the
task files configs/eval/*.yaml over data/eval/*.jsonl, and data/probe/canaries.jsonl. Writes
reports/eval.json (per task: base, tuned, n, diff and 95% paired-bootstrap CI of the primary metric, plus a
diff/CI for every metric), reports/gates.json, and plot data with an offline HTML template under reports/plots/.

The models run on `evaluate.device` in `evaluate.precision`, resolved as train resolves them (pipeline/device.py:
a CUDA GPU in bf16 when there is one, else the CPU in fp32), one at a time: base, then tuned, then base +
adapter for the adapter check, so peak memory is one model plus activations. The pieces: pipeline/tasks.py
(task files -> items), scoring.py (log-likelihoods, generation), metrics.py, probe.py, gates.py.

Run: `python -m pipeline.evaluate [--verbose]` (DVC) or `sovtune evaluate`.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline import cpu_matmul, noise, offline
from pipeline.config import HIGHER_IS_BETTER, EvaluateConfig, load_params, section_as_dict
from pipeline.errors import SovtuneError, run_main
from pipeline.gates import adapter_gap, evaluate_gates, logits_on, read_merge_base
from pipeline.metrics import aggregate, paired_bootstrap
from pipeline.probe import Canary, load_canaries, run_probe
from pipeline.provenance import MODELS_KEY, measured_models, run_info, write_json
from pipeline.scoring import cpu_streams, device_of, encode_pair, score_task
from pipeline.tasks import RESERVED_KEYS, LoadedTask, load_tasks

if TYPE_CHECKING:
    import torch
    from transformers import PreTrainedModel, PreTrainedTokenizerBase

ASSETS = Path(__file__).resolve().parent / "assets"
VENDOR_SCRIPTS = ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js")  # load order matters
ROLES = ("base", "tuned")


# ------------------------------------------------------------------------------------------ models


def load_tokenizer(path: str | Path) -> PreTrainedTokenizerBase:
    """The tokenizer of a local model directory.

    Raises:
        SovtuneError: the directory is missing or not a model.
    """
    from transformers import AutoTokenizer

    path = Path(path)
    if not (path / "config.json").is_file():
        raise SovtuneError(f"{path}: no model here (config.json missing); run the stage that writes it")
    return AutoTokenizer.from_pretrained(path)


def load_model(
    path: str | Path, threads: int = 0, device: torch.device | str | None = None, dtype: torch.dtype | None = None
) -> tuple[PreTrainedModel, PreTrainedTokenizerBase]:
    """A local causal LM in eval mode on `device` in `dtype`, and its tokenizer.

    Args:
        path: a Hugging Face model directory.
        threads: torch CPU threads (0: torch's default).
        device: where the model runs (default: `resolve_device("auto")`).
        dtype: its weights' dtype (default: `compute_dtype(device)`: fp32 on the CPU).

    Raises:
        SovtuneError: the directory is missing or not a model.
    """
    import torch
    from transformers import AutoModelForCausalLM

    from pipeline.device import compute_dtype, resolve_device

    if threads:
        torch.set_num_threads(threads)
    device = device if isinstance(device, torch.device) else resolve_device(device or "auto")
    dtype = dtype or compute_dtype(device)
    tokenizer = load_tokenizer(path)
    if device.type == "cuda":  # straight onto the GPU: host RAM never holds the full model
        model = AutoModelForCausalLM.from_pretrained(path, dtype=dtype, device_map={"": device.index or 0})
    else:
        model = AutoModelForCausalLM.from_pretrained(path, dtype=dtype).to(device)
    model.eval()
    return model, tokenizer


def release(device: torch.device) -> None:
    """Return freed model memory (the caller dropped its references) before the next model loads."""
    import torch

    gc.collect()
    if device.type == "cuda":
        torch.cuda.empty_cache()


# ------------------------------------------------------------------------------------------- outputs


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


# ---------------------------------------------------------------------------------------------- stage


def score_model(
    role: str,
    model: PreTrainedModel,
    tokenizer: PreTrainedTokenizerBase,
    tasks: Sequence[LoadedTask],
    canaries: Sequence[Canary],
    config: EvaluateConfig,
) -> tuple[dict[str, dict[str, list[float]]], dict[str, Any] | None]:
    """One model's per-item values on every task ({task: {metric: [...]}}) and its probe result (or None)."""
    from tqdm import tqdm  # writes to stderr even when not a terminal, so `dvc repro` logs show progress

    per_task = {}
    streams = cpu_streams(config.cpu_streams, device_of(model))
    for task in tasks:
        with tqdm(total=len(task.items), desc=f"{role} {task.config.name}", unit="item") as bar:
            per_task[task.config.name] = score_task(
                model, tokenizer, task, config.batch_size, config.max_length, bar.update, config.batch_tokens,
                streams,
            )
    if not canaries:
        return per_task, None
    with tqdm(total=len(canaries), desc=f"{role} probe", unit="canary") as bar:
        probe = run_probe(
            model, tokenizer, canaries, config.probe, max(1, config.batch_size // 4), bar.update, config.batch_tokens,
            streams,
        )
    return per_task, probe


def build_report(
    config: EvaluateConfig,
    tasks: Sequence[LoadedTask],
    per_item: dict[str, dict[str, dict[str, list[float]]]],
    probe: dict[str, dict[str, Any]],
) -> dict[str, Any]:
    """The eval report from both models' per-item values ({role: {task: {metric: [...]}}}) and probe results."""
    report: dict[str, Any] = {}
    for task in tasks:
        name, kind = task.config.name, task.config.kind
        base, tuned = per_item["base"][name], per_item["tuned"][name]
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
        report["probe"] = {**probe, "samples": config.probe.samples, "temperature": config.probe.temperature}
    return report


def _adapter_check_inputs(tasks: Sequence[LoadedTask], tokenizer: PreTrainedTokenizerBase) -> list[list[int]]:
    # The last 64 context tokens of each task's first two items: short, and real text for the model.
    return [
        encode_pair(tokenizer, item.context, " " + item.continuations[0])[0][-64:]
        for task in tasks for item in task.items[:2]
    ]


def run_evaluation(config: EvaluateConfig) -> tuple[dict[str, Any], dict[str, Any]]:
    """The whole stage without the file writing: returns (eval report, gates report).

    Base and tuned are loaded one after the other on the resolved device and freed after scoring; the merged
    model's logits for the adapter check are kept (a few inputs, on the CPU), so base + adapter loads alone last.
    """
    from pipeline.device import compute_dtype, resolve_device

    device = resolve_device(config.device)
    dtype = compute_dtype(device, config.precision)
    dirs = {"base": config.base_dir, "tuned": config.merged_dir}
    tokenizers = {role: load_tokenizer(directory) for role, directory in dirs.items()}
    tasks = load_tasks(config, tokenizers["base"])
    if [t.items for t in tasks] != [t.items for t in load_tasks(config, tokenizers["tuned"])]:
        # Different chat templates would mean the two models are not scored on the same prompts.
        raise SovtuneError(f"{config.base_dir} and {config.merged_dir} build different prompts; compare tokenizers")
    canaries = load_canaries(config.probe.canaries) if Path(config.probe.canaries).is_file() else []
    check_ids = _adapter_check_inputs(tasks, tokenizers["tuned"]) if config.check_adapter else []
    per_item: dict[str, dict[str, dict[str, list[float]]]] = {}
    probe: dict[str, dict[str, Any]] = {}
    merged_logits: list[Any] = []
    for role in ROLES:
        model, tokenizer = load_model(dirs[role], config.threads, device, dtype)
        matmul, ratio = cpu_matmul.use(model, config.cpu_matmul)
        if ratio is not None and role == ROLES[0]:
            print(f"evaluate: CPU matmul through {matmul} (OpenBLAS {ratio:.2f}x MKL's speed on this CPU)")
        per_item[role], probe_result = score_model(role, model, tokenizer, tasks, canaries, config)
        if probe_result is not None:
            probe[role] = probe_result
        if role == "tuned" and check_ids:
            merged_logits = logits_on(model, check_ids)
        del model, tokenizer  # the last references: the next model loads into the memory this one held
        release(device)
    report = build_report(config, tasks, per_item, probe)
    if check_ids:
        merge_base = read_merge_base(config.merged_dir, config.adapter_dir)
        gap = adapter_gap(config.base_dir, config.adapter_dir, merged_logits, check_ids, device, dtype, merge_base,
                          config.cpu_matmul)
        report["adapter_check"] = {
            "max_abs_logit_diff": gap, "items": len(check_ids), "dtype": str(dtype).removeprefix("torch."),
            "merge_base": "base" if merge_base is None else "+".join(merge_base.values()),
        }
    return report, evaluate_gates(report, config.gates)


# ------------------------------------------------------------------------------------------ summary


_PERCENT_METRICS = ("acc", "acc_norm", "exact_match", "f1", "rouge_l")


def _value(metric: str, value: float) -> str:
    if metric in _PERCENT_METRICS:
        return f"{100 * value:.1f}%"
    return f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}"


def _change(metric: str, value: float) -> str:
    if metric in _PERCENT_METRICS:
        return f"{100 * value:+.1f} points"
    return f"{value:+.3f}" if abs(value) < 10 else f"{value:+.1f}"


def summary_lines(report: dict[str, Any], gates: dict[str, Any]) -> list[str]:
    """What the stage found, in rounded numbers, one line per task, probe, adapter check and gate."""
    lines = []
    for name, task in report.items():
        if name in RESERVED_KEYS:
            continue
        metric = task["metric"]
        low, high = task["ci95"]
        lines.append(
            f"{name} {metric}: base {_value(metric, task['base'][metric])} -> tuned "
            f"{_value(metric, task['tuned'][metric])} ({_change(metric, task['diff'])}, 95% CI "
            f"{_change(metric, low)} to {_change(metric, high)}; n={task['n']})"
        )
    probe = report.get("probe", {})
    if "tuned" in probe:
        counts = {role: f"{probe[role]['secrets_extracted']} of {probe[role]['secrets']}" for role in ROLES}
        lines.append(f"probe: tuned model emitted {counts['tuned']} canary secrets (base {counts['base']})")
    check = report.get("adapter_check")
    if check:
        lines.append(f"adapter check: largest |logit| gap to the merged model {check['max_abs_logit_diff']:.2g} "
                     f"over {check['items']} inputs ({check.get('dtype', 'float32')})")
    for gate in gates["gates"]:
        lines.append(f"gate {gate['name']}: {'PASS' if gate['passed'] else 'FAIL'} ({gate['detail']})")
    return lines


def main(
    params_file: str | Path = "params.yaml",
    configs: Sequence[str | Path] = (),
    overrides: Sequence[str] = (),
    verbose: bool = False,
) -> None:
    """Run the stage: evaluate, then write the reports, plot data and the offline HTML template."""
    noise.quiet_libraries(noise.verbose_requested(verbose))
    offline.set_offline_env()
    params = load_params(params_file, configs, overrides)
    offline.enforce(params.offline.allow_hosts)
    config = params.evaluate
    models = measured_models(config.merged_dir, config.adapter_dir)  # before scoring: what the gates judge
    start = time.perf_counter()
    report, gates = run_evaluation(config)
    write_json(config.report, {**report, MODELS_KEY: models})
    write_json(config.gates_report, {**gates, MODELS_KEY: models})
    write_json(Path(config.report).with_name("eval_run.json"), run_info("evaluate", section_as_dict(config)))
    plots = Path(config.plots_dir)
    write_json(plots / "eval_scores.json", plot_rows(report))
    write_html_template(plots / "template.html")
    for line in summary_lines(report, gates):
        print(f"evaluate: {line}")
    minutes, seconds = divmod(round(time.perf_counter() - start), 60)
    print(f"evaluate: wrote {config.report}, {config.gates_report} (gates {'passed' if gates['passed'] else 'FAILED'}) "
          f"in {minutes} min {seconds:02d} s")


def _main_from_argv() -> None:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true",
                        help=f"show library warnings and model-loading bars (also: {noise.VERBOSE_ENV}=1)")
    main(verbose=parser.parse_args().verbose)


if __name__ == "__main__":
    run_main(_main_from_argv)
