"""Benchmark `eval_speed`: the same local four-choice task through lm-evaluation-harness and through sovtune.

Each contender runs end to end (imports, model load, scoring) in its own fresh Python process, back to back, on
the same items and model: lm-eval at every `--lm-eval-batch` size (default 1 and 16), then sovtune (with
params.yaml's `evaluate.cpu_streams` and `cpu_matmul`: on 2 cores, two batches at once in one thread each). The parent
times the wall clock and compares acc, acc_norm and per-choice log-likelihoods. Target: sovtune at least 1.5x
faster end to end than lm-eval at its FASTEST batch size, with identical acc and acc_norm.

Each child also reports the seconds it spent before scoring (imports, model load, task set-up) and the tokens
the model computed, counted by forward hooks: through the decoder (padding included) and through the LM head
(the vocab projection). The counts do not depend on machine load, so they show where a speed-up comes from
even when the wall-clock times were taken on a busy machine. Log the load average; time on a quiet machine.

Run: `python -m benchmarks.eval_speed [--model models/base] [--items 100] [--lm-eval-batch 1 16]`
(needs the `bench` extra: lm-eval). Writes benchmarks/results/eval_speed.json (eval_speed_<k>shot.json with
`--fewshot k`, where the shared context is long and sharing its KV cache across the choices pays most).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
PROMPT = "Question: {question}\nAnswer:"


def faq_choice_items(count: int, seed: int = 0, fewshot: int = 0) -> list[dict[str, Any]]:
    """Four-choice items from the zaragoza-construction-faq wheel: the right answer and 3 others' answers.

    With `fewshot` > 0 each item's `question` starts with that many solved examples (other FAQ entries), baked
    into the text so that lm-eval and sovtune see byte-identical contexts.
    """
    import importlib.util

    spec = importlib.util.find_spec("zaragoza_construction_faq")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("install zaragoza-construction-faq (pip install --no-deps zaragoza-construction-faq)")
    source = Path(spec.submodule_search_locations[0]) / "data" / "faq-en.jsonl"
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(seed)
    items = []
    for row in rng.sample(rows, count):
        others = rng.sample([r["a"] for r in rows if r["id"] != row["id"]], 3)
        label = rng.randrange(4)
        shots = rng.sample([r for r in rows if r["id"] != row["id"]], fewshot)
        question = "".join(f"{r['q']}\nAnswer: {r['a']}\n\nQuestion: " for r in shots) + row["q"]
        items.append({"id": row["id"], "question": question, "choices": others[:label] + [row["a"]] + others[label:],
                      "label": label, "category": row["category"]})
    return items


def lm_eval_task(name: str, data_file: Path, prompt: str = PROMPT) -> dict[str, Any]:
    """The lm-eval 0.4 task config equivalent to a sovtune multiple_choice task over a local JSONL file."""
    return {
        "task": name,
        "dataset_path": "json",
        "dataset_kwargs": {"data_files": {"test": str(data_file)}},
        "test_split": "test",
        "output_type": "multiple_choice",
        "doc_to_text": re.sub(r"\{(\w+)\}", r"{{\1}}", prompt),
        "doc_to_choice": "{{choices}}",
        "doc_to_target": "{{label}}",
        "target_delimiter": " ",
        "metric_list": [
            {"metric": "acc", "aggregation": "mean", "higher_is_better": True},
            {"metric": "acc_norm", "aggregation": "mean", "higher_is_better": True},
        ],
    }


def _count_tokens(model: Any, counts: dict[str, Any]) -> None:
    """Add forward hooks that count tokens through the decoder (padding included) and through the LM head."""

    def decoder(module: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        counts.setdefault("first_forward_at", time.time())  # wall clock, compared with the parent's start
        ids = kwargs.get("input_ids") if kwargs.get("input_ids") is not None else kwargs.get("inputs_embeds")
        ids = ids if ids is not None else args[0]
        counts["decoder_tokens"] += int(ids.shape[0] * ids.shape[1])

    def head(module: Any, args: tuple[Any, ...], output: Any) -> None:
        counts["lm_head_tokens"] += int(args[0].shape[:-1].numel())

    model.get_decoder().register_forward_pre_hook(decoder, with_kwargs=True)
    model.get_output_embeddings().register_forward_hook(head)


def run_lm_eval(model: str, data_file: Path, batch_size: int, counts: dict[str, Any] | None = None) -> dict[str, Any]:
    """lm-eval's Python API on a local HF model path; returns acc, acc_norm and per-item log-likelihoods."""
    from pipeline import offline

    offline.enforce()  # lm-eval makes a DNS lookup unless the HF offline variables are set
    import lm_eval
    import transformers

    if counts is not None:  # hook the model lm-eval loads (its HFLM calls AutoModelForCausalLM.from_pretrained)
        original = transformers.AutoModelForCausalLM.from_pretrained

        def counting(*args: Any, **kwargs: Any) -> Any:
            loaded = original(*args, **kwargs)
            _count_tokens(loaded, counts)
            return loaded

        transformers.AutoModelForCausalLM.from_pretrained = counting  # type: ignore[method-assign]
    out = lm_eval.simple_evaluate(
        model="hf", model_args=f"pretrained={model},dtype=float32", tasks=[lm_eval_task("faq_choice", data_file)],
        batch_size=batch_size, device="cpu", log_samples=True,
    )
    metrics = out["results"]["faq_choice"]
    samples = sorted(out["samples"]["faq_choice"], key=lambda s: s["doc_id"])
    return {
        "acc": metrics["acc,none"],
        "acc_norm": metrics["acc_norm,none"],
        "loglik": [[float(r[0][0]) for r in s["resps"]] for s in samples],
    }


def run_sovtune(
    model: str, data_file: Path, batch_size: int, batch_tokens: int = 4096, counts: dict[str, Any] | None = None
) -> dict[str, Any]:
    """sovtune's scorer on the same file; returns acc, acc_norm and per-item log-likelihoods."""
    from pipeline import offline

    offline.enforce()
    from pipeline import cpu_matmul
    from pipeline.config import EvalTaskConfig, load_params
    from pipeline.evaluate import load_model
    from pipeline.scoring import cpu_streams, score_multiple_choice
    from pipeline.tasks import build_items, read_jsonl

    task = EvalTaskConfig(name="faq_choice", kind="multiple_choice", data=str(data_file), prompt=PROMPT)
    params = load_params(ROOT / "params.yaml").evaluate
    lm, tokenizer = load_model(model)
    matmul, _ = cpu_matmul.use(lm, params.cpu_matmul)
    if counts is not None:
        _count_tokens(lm, counts)
    items = build_items(task, read_jsonl(data_file), tokenizer=tokenizer)
    streams = cpu_streams(params.cpu_streams, next(lm.parameters()).device)
    scores = score_multiple_choice(lm, tokenizer, items, " ", batch_size=batch_size, batch_tokens=batch_tokens,
                                   streams=streams)
    return {"acc": sum(scores["acc"]) / len(items), "acc_norm": sum(scores["acc_norm"]) / len(items),
            "loglik": scores["loglik"], "streams": streams, "cpu_matmul": matmul}


def _child(args: argparse.Namespace) -> None:
    import torch

    torch.set_num_threads(args.threads)
    counts = {"decoder_tokens": 0, "lm_head_tokens": 0}
    if args.child == "lm_eval":
        result = run_lm_eval(args.model, Path(args.data), args.batch, counts)
    else:
        result = run_sovtune(args.model, Path(args.data), args.batch, args.batch_tokens, counts)
    Path(args.out).write_text(json.dumps({**result, **counts}))


def _timed(
    contender: str, args: argparse.Namespace, model: str, data: Path, batch: int, workdir: Path
) -> dict[str, Any]:
    out = workdir / f"{contender}-{batch}.json"
    load_before = os.getloadavg()
    started_at = time.time()
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "benchmarks.eval_speed", "--child", contender, "--model", model, "--data", str(data),
         "--batch", str(batch), "--batch-tokens", str(args.batch_tokens), "--out", str(out),
         "--threads", str(args.threads)],
        cwd=ROOT, check=True, env={**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": str(args.threads)},
    )
    seconds = time.perf_counter() - start
    result = json.loads(out.read_text())
    # Seconds before the first forward pass: interpreter start, imports, model load, task set-up.
    setup = round(result.pop("first_forward_at") - started_at, 2)
    return {
        "contender": contender, "batch_size": batch, "seconds": round(seconds, 2), "setup_seconds": setup,
        "loadavg_before": [round(x, 2) for x in load_before],
        "loadavg_after": [round(x, 2) for x in os.getloadavg()],
        **({"batch_tokens": args.batch_tokens} if contender == "sovtune" else {}),
        **result,
    }


def _compare(peer: dict[str, Any], ours: dict[str, Any]) -> dict[str, Any]:
    gap = max(
        abs(a - b) for x, y in zip(peer["loglik"], ours["loglik"], strict=True) for a, b in zip(x, y, strict=True)
    )
    return {
        "lm_eval_batch_size": peer["batch_size"],
        "speedup": round(peer["seconds"] / ours["seconds"], 2),
        "identical_acc": peer["acc"] == ours["acc"],
        "identical_acc_norm": peer["acc_norm"] == ours["acc_norm"],
        "max_abs_loglik_diff": gap,
        "decoder_tokens_ratio": round(peer["decoder_tokens"] / ours["decoder_tokens"], 3),
        "lm_head_tokens_ratio": round(peer["lm_head_tokens"] / ours["lm_head_tokens"], 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="models/base")
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--batch", type=int, default=16, help="sovtune contexts per batch (evaluate.batch_size)")
    parser.add_argument("--batch-tokens", type=int, default=4096, help="sovtune tokens per forward pass")
    parser.add_argument("--lm-eval-batch", type=int, nargs="+", default=[1, 16], help="lm-eval batch sizes to run")
    parser.add_argument("--fewshot", type=int, default=0, help="solved examples baked into each prompt")
    parser.add_argument("--threads", type=int, default=2, help="torch threads for both contenders")
    parser.add_argument("--target", type=float, default=1.5, help="speed-up over the fastest lm-eval run to reach")
    parser.add_argument("--results", type=Path, help="where to write the JSON (default: benchmarks/results/)")
    parser.add_argument("--child", choices=["lm_eval", "sovtune"], help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args)
        return
    model = str(Path(args.model).resolve())
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        data = workdir / "faq_choice.jsonl"
        items = faq_choice_items(args.items, fewshot=args.fewshot)
        data.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
        runs = [_timed("lm_eval", args, model, data, b, workdir) for b in args.lm_eval_batch]
        runs.append(_timed("sovtune", args, model, data, args.batch, workdir))
    ours = runs[-1]
    summary = [_compare(peer, ours) for peer in runs[:-1]]
    fastest = min(runs[:-1], key=lambda run: run["seconds"])
    versus_fastest = _compare(fastest, ours)
    for run in runs:
        run.pop("loglik")
    report = {
        "task": f"{args.items} four-choice FAQ items (zaragoza-construction-faq), {args.fewshot}-shot, prompt "
        f"{PROMPT!r}",
        "model": Path(args.model).as_posix(),
        "target": f"sovtune >= {args.target}x faster end to end than lm-eval at its fastest batch size, identical "
        "acc and acc_norm",
        "target_met": versus_fastest["speedup"] >= args.target
        and versus_fastest["identical_acc"] and versus_fastest["identical_acc_norm"],
        "fastest_lm_eval": versus_fastest,
        "cpus": os.cpu_count(),
        "threads": args.threads,
        "runs": runs,
        "comparison": summary,
    }
    name = "eval_speed.json" if not args.fewshot else f"eval_speed_{args.fewshot}shot.json"
    result = args.results or RESULTS / name
    result.parent.mkdir(parents=True, exist_ok=True)
    result.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
