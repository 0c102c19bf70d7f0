"""Readers of the `report` stage: everything the audit page shows, read from the project directory.

Kept apart from the drawing (pipeline/report_svg.py) and the page (pipeline/report.py) so what the page says can be
read and tested as plain data, without HTML. Every input is optional: a missing or unreadable file reads as None
(the page then says "not run yet"). The readers accept these shapes (extra keys are shown where sensible, never
required):

- reports/redaction.json  {"counts": {TYPE: n} (or "entities"/"by_type"/"entity_counts"), "records": n,
                           "quarantined": n | [...] (or "quarantine": n | [...] | {"records": n}),
                           "inputs": {path: sha256}, "outputs": {path: sha256}, ...scalars}
- reports/train/metrics.json and reports/train/plots/metrics/**/*.tsv   (dvclive: columns step, <metric>)
- reports/eval.json       {TASK: {"base": {metric: x} | x, "tuned": {...} | x, "n": n, ...}} (or {"tasks": {...}})
- reports/gates.json      {"passed": bool, "gates": [{"name", "passed", "detail", ...}]}
- reports/bundle.json     {"bundle": path, "root_digest": hex, "signature": {...}, "verified": bool, ...}
- dvc.yaml, dvc.lock      the graph and the DVC digests of every stage output
- data/probe/prepare.json the demo data's source, licence and injected personal data (when the demo data is used)
"""

from __future__ import annotations

import csv
import json
import math
import platform
import re
from pathlib import Path
from typing import Any

import yaml

from pipeline import __version__
from pipeline.errors import SovtuneError
from pipeline.provenance import git_commit, library_versions

ENVIRONMENT_PACKAGES = (
    "torch", "transformers", "peft", "accelerate", "datasets", "safetensors", "tokenizers", "gguf", "dvc",
    "dvclive", "presidio-analyzer", "presidio-anonymizer", "spacy", "model-signing", "cryptography", "pydantic",
)


def read_json(path: Path) -> Any | None:
    """Parsed JSON, or None when the file is missing or not valid JSON (the page then says "not run yet")."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def read_yaml(path: Path) -> Any | None:
    """Parsed YAML, or None when missing or invalid."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return None


def is_number(value: Any) -> bool:
    """A finite int or float, not a bool: what the readers keep as a figure and fmt prints as a number."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _number_dict(value: Any) -> dict[str, float]:
    return {str(k): v for k, v in value.items() if is_number(v)} if isinstance(value, dict) else {}


def _paths(entries: Any) -> list[str]:
    """dvc.yaml deps/outs entries: strings or {path: options} mappings."""
    found = []
    for entry in entries or []:
        if isinstance(entry, str):
            found.append(entry)
        elif isinstance(entry, dict):
            found.extend(str(key) for key in entry)
    return found


_VAR = re.compile(r"\$\{([^}]+)\}")


def interpolate(node: Any, params: Any) -> Any:
    """dvc.yaml with `${section.key}` replaced from params.yaml, in values and mapping keys, as DVC resolves it."""
    def value(match: re.Match[str]) -> str:
        found: Any = params
        for part in match[1].strip().split("."):
            found = found.get(part) if isinstance(found, dict) else None
        return match[0] if found is None else str(found)

    if isinstance(node, str):
        return _VAR.sub(value, node)
    if isinstance(node, list):
        return [interpolate(item, params) for item in node]
    if isinstance(node, dict):
        return {interpolate(key, params): interpolate(item, params) for key, item in node.items()}
    return node


def read_graph(dvc_yaml: Any, dvc_lock: Any) -> dict[str, Any]:
    """Stages, their deps/outs, edges between stages (an output of one is a dep of the other) and which have run."""
    stages_in = (dvc_yaml or {}).get("stages") or {} if isinstance(dvc_yaml, dict) else {}
    locked = (dvc_lock or {}).get("stages") or {} if isinstance(dvc_lock, dict) else {}
    stages = {
        name: {"cmd": str(spec.get("cmd", "")), "deps": _paths(spec.get("deps")), "outs": _paths(spec.get("outs")),
               "ran": name in locked}
        for name, spec in stages_in.items() if isinstance(spec, dict)
    }

    def feeds(out: str, dep: str) -> bool:
        out, dep = out.rstrip("/"), dep.rstrip("/")
        return out == dep or dep.startswith(out + "/") or out.startswith(dep + "/")

    edges = {(a, b) for a in stages for b in stages if a != b
             for out in stages[a]["outs"] for dep in stages[b]["deps"] if feeds(out, dep)}
    return {"stages": stages, "edges": sorted(_transitive_reduction(edges)), "all_edges": sorted(edges)}


def _transitive_reduction(edges: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """Drop a -> c when a longer path a -> ... -> c exists: the drawing shows direct data flow, the table the rest."""
    successors: dict[str, set[str]] = {}
    for a, b in edges:
        successors.setdefault(a, set()).add(b)

    def reachable_without(a: str, c: str) -> bool:
        stack, seen = [n for n in successors.get(a, ()) if n != c], set()
        while stack:
            node = stack.pop()
            if node == c:
                return True
            if node not in seen:
                seen.add(node)
                stack.extend(successors.get(node, ()))
        return False

    return {(a, c) for a, c in edges if not reachable_without(a, c)}


def read_lock_digests(dvc_lock: Any) -> dict[str, dict[str, Any]]:
    """{output path: {"md5", "stage", "nfiles", "size"}} from dvc.lock (directory md5s end in `.dir`)."""
    digests: dict[str, dict[str, Any]] = {}
    stages = (dvc_lock or {}).get("stages") or {} if isinstance(dvc_lock, dict) else {}
    for stage, spec in stages.items():
        for out in (spec or {}).get("outs") or []:
            if isinstance(out, dict) and "path" in out:
                digests[str(out["path"]).rstrip("/")] = {
                    "md5": out.get("md5"), "stage": stage, "nfiles": out.get("nfiles"), "size": out.get("size")
                }
    return digests


def read_redaction(data: Any) -> dict[str, Any] | None:
    """Counts per entity type, records, quarantine and digests from reports/redaction.json (None if absent)."""
    if not isinstance(data, dict):
        return None
    counts: dict[str, float] = {}
    for key in ("counts", "entities", "by_type", "entity_counts", "entities_removed", "per_type"):
        counts = _number_dict(data.get(key))
        if counts:
            break
    records = data.get("records") if isinstance(data.get("records"), dict) else {}
    quarantine = data.get("quarantined", data.get("quarantine"))
    if is_number(records.get("quarantined")) and not is_number(quarantine):
        quarantine = records["quarantined"]  # sovtune's redact report: {"records": {"in", "out", "quarantined"}}
    if isinstance(quarantine, dict):
        quarantine = next((quarantine[k] for k in ("records", "count", "n", "total") if k in quarantine), quarantine)
    if isinstance(quarantine, list):
        quarantine = len(quarantine)
    total = data.get("total") if is_number(data.get("total")) else sum(counts.values())
    facts = {k: v for k, v in data.items() if isinstance(v, str | int | float | bool) and k != "total"}
    return {
        "counts": dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        "total": total,
        "quarantined": quarantine if is_number(quarantine) else None,
        "inputs": data.get("inputs") if isinstance(data.get("inputs"), dict) else {},
        "outputs": data.get("outputs") if isinstance(data.get("outputs"), dict) else {},
        "facts": facts,
    }


def _flatten(data: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(data, dict):
        flat: dict[str, Any] = {}
        for key, value in data.items():
            flat.update(_flatten(value, f"{prefix}{key}/"))
        return flat
    return {prefix.rstrip("/"): data}


def read_train(train_dir: Path) -> dict[str, Any] | None:
    """Final metrics (dvclive metrics.json, flattened) and every plotted series {name: [(step, value)]}."""
    metrics = read_json(train_dir / "metrics.json")
    series: dict[str, list[tuple[float, float]]] = {}
    plots = train_dir / "plots" / "metrics"
    for tsv in sorted(plots.rglob("*.tsv")) if plots.is_dir() else []:
        name = tsv.relative_to(plots).with_suffix("").as_posix()
        points = []
        try:
            with open(tsv, encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle, delimiter="\t"):
                    step, value = row.get("step"), row.get(tsv.stem)
                    try:
                        x, y = float(step), float(value)  # type: ignore[arg-type]
                    except (TypeError, ValueError):
                        continue
                    if math.isfinite(y):
                        points.append((x, y))
        except OSError:
            continue
        if points:
            series[name] = points
    if metrics is None and not series:
        return None
    flat = {k: v for k, v in _flatten(metrics).items() if is_number(v) or isinstance(v, str)} if metrics else {}
    return {"metrics": flat, "series": series}


def _metric_values(value: Any) -> dict[str, float]:
    if is_number(value):
        return {"score": value}
    return _number_dict(value)


def read_eval(data: Any) -> dict[str, Any] | None:
    """Tasks with base and tuned metrics, plus their other fields (n, difference, confidence interval)."""
    if not isinstance(data, dict):
        return None
    source = data.get("tasks") if isinstance(data.get("tasks"), dict) else data
    tasks, other = {}, {}
    for name, task in source.items():
        if isinstance(task, dict) and "base" in task and "tuned" in task:
            details = {k: v for k, v in task.items() if k not in ("base", "tuned")}
            tasks[name] = {"base": _metric_values(task["base"]), "tuned": _metric_values(task["tuned"]),
                           "details": details}
        elif name not in ("tasks", "run"):
            other[name] = task
    return {"tasks": tasks, "other": other}


def read_gates(data: Any) -> dict[str, Any] | None:
    """{"passed": bool | None, "gates": [{"name", "passed", "detail"}]} from reports/gates.json."""
    if not isinstance(data, dict):
        return None
    gates = []
    for index, gate in enumerate(data.get("gates") or []):
        if not isinstance(gate, dict):
            continue
        extra = {k: v for k, v in gate.items() if k not in ("name", "passed", "detail")}
        detail = gate.get("detail", "")
        gates.append({
            "name": str(gate.get("name", f"gate {index + 1}")),
            "passed": gate.get("passed") if isinstance(gate.get("passed"), bool) else None,
            "detail": detail if isinstance(detail, str) else json.dumps(detail, sort_keys=True),
            "extra": extra,
        })
    passed = data.get("passed")
    if not isinstance(passed, bool):
        passed = all(g["passed"] for g in gates) if gates and all(g["passed"] is not None for g in gates) else None
    return {"passed": passed, "gates": gates}


def read_bundle(data: Any) -> dict[str, Any] | None:
    """Bundle path, root digest, signature facts and verification result from reports/bundle.json."""
    if not isinstance(data, dict):
        return None
    signature = data.get("signature")
    verified = data.get("verified")
    if not isinstance(verified, bool) and isinstance(signature, dict) and isinstance(signature.get("verified"), bool):
        verified = signature["verified"]
    return {
        "bundle": data.get("bundle"),
        "root_digest": data.get("root_digest"),
        "signature": signature if isinstance(signature, dict) else ({"file": signature} if signature else {}),
        "verified": verified if isinstance(verified, bool) else None,
        "facts": {k: v for k, v in data.items()
                  if k not in ("bundle", "root_digest", "signature", "verified") and isinstance(v, str | int | float)},
    }


def _intake_entries(log: Path) -> list[dict[str, Any]] | str:
    """Deliveries taken in by `sovtune intake` (hash chain checked), or why the log cannot be trusted."""
    from pipeline.intake import lineage

    try:
        return [dep for dep in lineage(log) if dep["name"].startswith("intake:")]
    except SovtuneError as error:
        return str(error)


def collect(root: Path) -> dict[str, Any]:
    """Everything the page shows, read from the project directory `root`; missing parts are None."""
    reports = root / "reports"
    dvc_lock = read_yaml(root / "dvc.lock")
    raw = {name: read_json(reports / f"{name}.json") for name in ("redaction", "eval", "gates", "bundle")}
    runs = {}
    for label, path in (
        ("import_model", root / "models/base/manifest.json"), ("prepare", root / "data/probe/prepare.json"),
        ("redact", reports / "redaction.json"), ("evaluate", reports / "eval.json"),
        ("bundle", reports / "bundle.json"),
    ):
        data = read_json(path) if label in ("import_model", "prepare") else raw.get(path.stem)
        if isinstance(data, dict) and isinstance(data.get("run"), dict):
            runs[label] = data["run"]
        # Run records live beside the artifacts, in files no stage depends on (pipeline/provenance.py).
        record = read_json(reports / f"{label}_run.json")
        if isinstance(record, dict):
            runs[label] = record
    return {
        "graph": read_graph(interpolate(read_yaml(root / "dvc.yaml"), read_yaml(root / "params.yaml")), dvc_lock),
        "lock": read_lock_digests(dvc_lock),
        "base": read_json(root / "models/base/manifest.json"),
        "demo_data": read_json(root / "data/probe/prepare.json"),
        "redaction": read_redaction(raw["redaction"]),
        "train": read_train(reports / "train"),
        "eval": read_eval(raw["eval"]),
        "gates": read_gates(raw["gates"]),
        "bundle": read_bundle(raw["bundle"]),
        "residency": read_json(reports / "residency.json"),
        "runs": runs,
        "intake": _intake_entries(root / "data/intake.log"),
        "environment": {
            "sovtune": __version__, "python": platform.python_version(), "git commit": git_commit(root),
            **library_versions(*ENVIRONMENT_PACKAGES),
        },
    }
