"""Benchmark `redact_demo`: leaks and over-redaction of the redactor on the demo data that `prepare` writes.

Gold: data/probe/pii_ledger.jsonl lists every PII value that `prepare` injected into data/demo/ (rows
`{id, file, field, entities: [{type, value}], canary}`). The answers (`output` of instruction records, assistant
turns of chat records) carry no injected PII, so any change to them is a false positive.

Metrics (default policy and spaCy model from params.yaml, one process):
- leaks per ledger type: injected values still present verbatim anywhere in the record's redacted output
  (a quarantined or dropped record leaks nothing); canary values separately;
- answers changed: records whose answer text differs after redaction (or that were withheld), over all records;
- records/s of `redact_records` in one process.

Run after `dvc repro prepare`: `python -m benchmarks.redact_demo [--spacy-model NAME]`; writes
benchmarks/results/redact_demo.json (the configured model; another model writes redact_demo_<model>.json).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import Counter
from pathlib import Path
from typing import Any

from pipeline import offline

offline.set_offline_env()

RESULTS = Path("benchmarks/results")
RAW = Path("data/demo")  # prepare.raw_dir: the demo data (your own datasets live in data/raw/)
LEDGER = Path("data/probe/pii_ledger.jsonl")
TARGETS = {"leaks_max": 0, "answers_changed_rate_max": 0.02}


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _strings(value: Any) -> list[str]:
    """Every string leaf of a record (nested included)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def answers(record: dict[str, Any]) -> list[str]:
    """The answer texts of a record: `output`, or the assistant turns of `messages`."""
    if "messages" in record:
        return [m["content"] for m in record["messages"] if m.get("role") == "assistant"]
    return [record["output"]] if isinstance(record.get("output"), str) else []


def score(raw: dict[str, list[dict[str, Any]]], redacted: dict[str, list[dict[str, Any] | None]],
          ledger: list[dict[str, Any]]) -> dict[str, Any]:
    """Leaks per type (and of canaries) and answers changed, comparing raw and redacted records by file and id.

    Returns:
        dict: `injected`/`leaked` per type, `leak_rate`, `canary_values`/`canary_leaks`, `answers_changed`,
        `answers_changed_rate`, `records`, `records_withheld`.
    """
    by_id = {(name, rec["id"]): out for name, records in raw.items()
             for rec, out in zip(records, redacted[name], strict=True)}
    injected: Counter[str] = Counter()
    leaked: Counter[str] = Counter()
    canary_values = canary_leaks = 0
    leaked_examples: list[str] = []
    for row in ledger:
        output = by_id[(row["file"], row["id"])]
        text = "\n".join(_strings(output)) if output is not None else ""
        for entity in row["entities"]:
            injected[entity["type"]] += 1
            canary_values += row["canary"] is not None
            if entity["value"] in text:
                leaked[entity["type"]] += 1
                canary_leaks += row["canary"] is not None
                leaked_examples.append(f"{entity['type']}: {entity['value']!r} ({row['id']})")
    changed = withheld = 0
    examples: list[str] = []
    records = 0
    # Canary records carry their personal data in the answer on purpose: their answers must change.
    canary_records = {(row["file"], row["id"]) for row in ledger if row["canary"] is not None}
    for name, records_in in raw.items():
        for rec, out in zip(records_in, redacted[name], strict=True):
            if (name, rec["id"]) in canary_records:
                continue
            records += 1
            if out is None:
                withheld += 1
                changed += 1
                continue
            before, after = answers(rec), answers(out)
            if before != after:
                changed += 1
                examples += [a for b, a in zip(before, after, strict=True) if a != b]
    for line in leaked_examples:
        print("leak", line)
    for line in examples:
        print("answer changed:", line[:300])
    total = sum(injected.values())
    return {
        "injected": dict(sorted(injected.items())),
        "leaked": {k: leaked.get(k, 0) for k in sorted(injected)},
        "leaks": sum(leaked.values()),
        "leak_rate": round(sum(leaked.values()) / total, 4) if total else 0.0,
        "canary_values": canary_values,
        "canary_leaks": canary_leaks,
        "answers_changed": changed,
        "answers_changed_rate": round(changed / records, 4) if records else 0.0,
        "records": records,
        "records_withheld": withheld,
    }


def main() -> None:
    from pipeline.config import load_params
    from pipeline.redact import Redactor, load_policy, redact_records

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spacy-model", default="", help="spaCy model instead of params.yaml redact.spacy_model")
    args = parser.parse_args()
    offline.enforce()
    if not LEDGER.is_file():
        raise SystemExit(f"{LEDGER} not found: run `dvc repro prepare` first")
    config = load_params().redact
    model = args.spacy_model or config.spacy_model
    # `auto` resolves per dataset from its sidecar; the demo sidecars all name `default` (pipeline/residency.py).
    policy = "default" if config.policy == "auto" else config.policy
    raw = {path.name: _read_jsonl(path) for path in sorted(RAW.glob("*.jsonl"))}
    ledger = _read_jsonl(LEDGER)
    results: dict[str, Any] = {"policy": policy, "spacy_model": model, "targets": TARGETS,
                               "loadavg_before": os.getloadavg()}
    redactor = Redactor(load_policy(policy), model, Path(config.names_dir), None)
    redacted: dict[str, list[dict[str, Any] | None]] = {}
    start = time.perf_counter()
    for name, records in raw.items():
        redacted[name] = redact_records(redactor, records, config.fields, config.skip_fields,
                                        batch_size=config.batch_size).records
    elapsed = time.perf_counter() - start
    results.update(score(raw, redacted, ledger))
    results["records_per_s_one_process"] = round(results["records"] / elapsed, 1)
    results["targets_met"] = {"leaks": results["leaks"] <= TARGETS["leaks_max"],
                              "answers_changed": results["answers_changed_rate"]
                              <= TARGETS["answers_changed_rate_max"]}
    results["loadavg_after"] = os.getloadavg()
    print(json.dumps({k: v for k, v in results.items() if not k.startswith("loadavg")}))
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = "redact_demo.json" if model == config.spacy_model else f"redact_demo_{model}.json"
    (RESULTS / name).write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
