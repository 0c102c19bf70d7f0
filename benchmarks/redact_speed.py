"""Benchmark `redact_speed`: records/s of the plain presidio loop vs `sovtune redact` on the same records.

- `plain_presidio_loop`: `AnalyzerEngine().analyze` + `AnonymizerEngine().anonymize` per field of each record,
  one process, sovtune's first spaCy model (params.yaml `redact.spacy_model`) named explicitly (the only change
  needed to run it offline). Model loading is excluded from its time.
- `sovtune_workers_2`: the real file path (`redact_file`: JSONL in, streaming, worker pool over 2 processes,
  leak scan, JSONL out), timed from the call (pool fork included) to the written output; the model is loaded
  before the clock starts, as for the plain loop.
- `sovtune_workers_1`: the same in one process. Both with params.yaml's `redact` section (its models included).

Both report the leak rate (gold values still present in the output) so speed is not bought with leaks.
Run: `python -m benchmarks.redact_speed [--records N]`; writes benchmarks/results/redact_speed.json.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from pipeline import offline

offline.set_offline_env()

from benchmarks.redact_data import NEUTRAL, Generator, Labelled, fixed_hash_seed  # noqa: E402
from benchmarks.redact_quality import _containers  # noqa: E402

RESULTS = Path("benchmarks/results")


def leak_rate(items: list[Labelled], outputs: dict[str, dict[str, Any]]) -> float:
    """Share of gold values found verbatim in the output record with the same id (missing records leak nothing)."""
    leaks = total = 0
    for item in items:
        output = outputs.get(item.record["id"])
        text = json.dumps(output, ensure_ascii=False) if output is not None else ""
        for _, _, _, kind, value in item.gold:
            if kind == NEUTRAL:
                continue
            total += 1
            leaks += bool(output) and json.dumps(value, ensure_ascii=False)[1:-1] in text
    return round(leaks / max(1, total), 4)


def plain_loop(items: list[Labelled], model: str) -> tuple[float, dict[str, dict[str, Any]]]:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    from pipeline.redactor import resolve_spacy_model

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": resolve_spacy_model(model)}]})
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    anonymizer = AnonymizerEngine()
    outputs = {}
    start = time.perf_counter()
    for item in items:
        record = json.loads(json.dumps(item.record))
        for container, key in _containers(record):
            results = analyzer.analyze(container[key], language="en")
            container[key] = anonymizer.anonymize(container[key], results).text
        outputs[record["id"]] = record
    return time.perf_counter() - start, outputs


def sovtune(items: list[Labelled], workers: int, directory: Path) -> tuple[float, dict[str, dict[str, Any]]]:
    from pipeline.config import load_params
    from pipeline.language import language_setup
    from pipeline.redact import _init_worker, load_policy, redact_file

    policy = load_policy("default")
    config = load_params().redact.model_copy(update={"workers": workers, "batch_size": 32})
    source = directory / "bench.jsonl"
    source.write_text("".join(json.dumps(item.record, ensure_ascii=False) + "\n" for item in items))
    # Load the model before the clock starts, as for the plain loop; forked workers inherit it, so the pool's
    # start-up (fork) is inside the measured time.
    _init_worker(policy, config.spacy_model, config.names_dir, None, (), (), tuple(config.skip_fields), 32,
                 language_setup(config))
    start = time.perf_counter()
    redact_file(source, directory / f"out-{workers}.jsonl", directory / f"q-{workers}.jsonl", policy, config, None,
                progress=False)
    elapsed = time.perf_counter() - start
    lines = (directory / f"out-{workers}.jsonl").read_text().splitlines()
    return elapsed, {record["id"]: record for record in map(json.loads, lines)}


def main() -> None:
    fixed_hash_seed("benchmarks.redact_speed")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=600)
    args = parser.parse_args()
    offline.enforce()
    from pipeline.config import load_params

    redact = load_params().redact
    items = Generator(seed=4321).records(args.records)
    results: dict[str, Any] = {"records": len(items), "cpu_count": os.cpu_count(), "loadavg_before": os.getloadavg(),
                               "spacy_model": redact.spacy_model, "second_spacy_model": redact.second_spacy_model,
                               "target_speedup": 3.0}
    with tempfile.TemporaryDirectory() as tmp:
        for name, run in (("plain_presidio_loop", lambda: plain_loop(items, redact.spacy_model)),
                          ("sovtune_workers_2", lambda: sovtune(items, 2, Path(tmp))),
                          ("sovtune_workers_1", lambda: sovtune(items, 1, Path(tmp)))):
            elapsed, outputs = run()
            results[name] = {"seconds": round(elapsed, 2), "records_per_s": round(len(items) / elapsed, 1),
                             "records_out": len(outputs), "leak_rate": leak_rate(items, outputs)}
            print(name, results[name], flush=True)
    plain = results["plain_presidio_loop"]
    for name in ("sovtune_workers_2", "sovtune_workers_1"):
        results[name]["speedup_vs_plain"] = round(results[name]["records_per_s"] / plain["records_per_s"], 2)
    best = results["sovtune_workers_2"]
    results["target_met"] = best["speedup_vs_plain"] >= 3.0 and best["leak_rate"] <= plain["leak_rate"]
    results["loadavg_after"] = os.getloadavg()
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "redact_speed.json").write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
