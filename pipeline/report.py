"""Stage `report`: one self-contained, offline HTML page (reports/index.html) for a compliance officer.

It shows the pipeline graph (from dvc.yaml), the lineage of digests from raw data to the signed bundle, redaction
counts, loss curves, base vs tuned results, quality gates, signature status and the software versions. Charts are
inline SVG drawn here; the page loads nothing (no scripts, fonts, stylesheets or images from anywhere).

Every input is optional: a missing or unreadable report renders as "not run yet", so the page can be built after
any stage. The readers below accept these shapes (extra keys are shown where sensible, never required):

- reports/redaction.json  {"counts": {TYPE: n} (or "entities"/"by_type"/"entity_counts"), "records": n,
                           "quarantined": n | [...] (or "quarantine": n | [...] | {"records": n}),
                           "inputs": {path: sha256}, "outputs": {path: sha256}, ...scalars}
- reports/train/metrics.json and reports/train/plots/metrics/**/*.tsv   (dvclive: columns step, <metric>)
- reports/eval.json       {TASK: {"base": {metric: x} | x, "tuned": {...} | x, "n": n, ...}} (or {"tasks": {...}})
- reports/gates.json      {"passed": bool, "gates": [{"name", "passed", "detail", ...}]}
- reports/bundle.json     {"bundle": path, "root_digest": hex, "signature": {...}, "verified": bool, ...}
- dvc.yaml, dvc.lock      the graph and the DVC digests of every stage output
- data/probe/prepare.json the demo data's source, licence and injected personal data (when the demo data is used)

Run: `python -m pipeline.report` (DVC) or `sovtune report`.
"""

from __future__ import annotations

import csv
import html
import json
import math
import platform
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml

from pipeline import __version__, offline
from pipeline.config import load_params
from pipeline.errors import SovtuneError, run_main
from pipeline.provenance import git_commit, library_versions

OUTPUT = Path("reports/index.html")
NOT_RUN = "not run yet"
ENVIRONMENT_PACKAGES = (
    "torch", "transformers", "peft", "accelerate", "datasets", "safetensors", "tokenizers", "gguf", "dvc",
    "dvclive", "presidio-analyzer", "presidio-anonymizer", "spacy", "model-signing", "cryptography", "pydantic",
)
LOWER_IS_BETTER = ("perplexity", "ppl", "nll", "loss", "leak", "error")
COLORS = {"base": "#8a94a6", "tuned": "#2f6fdb", "ok": "#1f8a4c", "bad": "#c0392b", "idle": "#9aa3ad"}
SERIES_COLORS = ("#2f6fdb", "#e07b00", "#1f8a4c", "#8e44ad", "#c0392b", "#16a085")

# ----------------------------------------------------------------------------------------------- readers


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


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _number_dict(value: Any) -> dict[str, float]:
    return {str(k): v for k, v in value.items() if _is_number(v)} if isinstance(value, dict) else {}


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
    if _is_number(records.get("quarantined")) and not _is_number(quarantine):
        quarantine = records["quarantined"]  # sovtune's redact report: {"records": {"in", "out", "quarantined"}}
    if isinstance(quarantine, dict):
        quarantine = next((quarantine[k] for k in ("records", "count", "n", "total") if k in quarantine), quarantine)
    if isinstance(quarantine, list):
        quarantine = len(quarantine)
    total = data.get("total") if _is_number(data.get("total")) else sum(counts.values())
    facts = {k: v for k, v in data.items() if isinstance(v, str | int | float | bool) and k != "total"}
    return {
        "counts": dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        "total": total,
        "quarantined": quarantine if _is_number(quarantine) else None,
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
    flat = {k: v for k, v in _flatten(metrics).items() if _is_number(v) or isinstance(v, str)} if metrics else {}
    return {"metrics": flat, "series": series}


def _metric_values(value: Any) -> dict[str, float]:
    if _is_number(value):
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


# ----------------------------------------------------------------------------------------------- drawing


def esc(value: Any) -> str:
    """HTML-escaped text of any value."""
    return html.escape(str(value), quote=True)


def _tick(value: float) -> str:
    """An axis label short enough for the chart's left margin (about 7 characters): 3.1e-04, 0.512, 4,109."""
    if value != 0 and abs(value) < 0.01:
        return f"{value:.1e}"
    return fmt(float(f"{value:.3g}"))


def fmt(value: Any) -> str:
    """Numbers as people read them: ints with thousands separators, floats to 4 significant digits."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        return f"{value:,.0f}" if abs(value) >= 10000 else f"{value:.4g}"
    if isinstance(value, list | tuple) and all(_is_number(v) for v in value):
        return "[" + ", ".join(fmt(v) for v in value) + "]"
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return str(value)


def _not_run(what: str) -> str:
    return f'<p class="missing">{esc(what)}: {NOT_RUN}.</p>'


def _badge(state: bool | None, yes: str, no: str, unknown: str = NOT_RUN) -> str:
    css, text = ("ok", yes) if state is True else ("bad", no) if state is False else ("idle", unknown)
    return f'<span class="badge {css}">{esc(text)}</span>'


def _table(header: Sequence[str], rows: Iterable[Sequence[Any]], cls: str = "") -> str:
    head = "".join(f"<th>{esc(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _short(digest: Any, keep: int = 64) -> str:
    text = str(digest or "")
    return f'<code title="{esc(text)}">{esc(text[:keep])}{"…" if len(text) > keep else ""}</code>'


def svg_graph(graph: dict[str, Any]) -> str:
    """The DVC stage graph as an inline SVG: layers left to right by longest path from a source stage."""
    stages, edges = graph["stages"], graph["edges"]
    if not stages:
        return _not_run("dvc.yaml")
    layer = dict.fromkeys(stages, 0)
    for _ in range(len(stages)):  # longest-path layering; a cycle (invalid in DVC) just stops growing
        for a, b in edges:
            layer[b] = max(layer[b], layer[a] + 1)
    for name in stages:  # a source sits just before its first consumer, so its arrows cross no other box
        later = [layer[b] for a, b in edges if a == name]
        if later and not any(b == name for _, b in edges):
            layer[name] = min(later) - 1
    columns: dict[int, list[str]] = {}
    for name in stages:
        columns.setdefault(layer[name], []).append(name)
    box_w, box_h, gap_x, gap_y, pad = 132, 44, 44, 22, 12
    rows = max(len(names) for names in columns.values())
    width = pad * 2 + len(columns) * box_w + (len(columns) - 1) * gap_x
    height = pad * 2 + rows * box_h + (rows - 1) * gap_y
    where = {}
    for col, names in columns.items():
        offset = (height - len(names) * box_h - (len(names) - 1) * gap_y) / 2
        for row, name in enumerate(names):
            where[name] = (pad + col * (box_w + gap_x), offset + row * (box_h + gap_y))
    parts = [
        f'<svg class="graph" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        'aria-label="pipeline graph"><defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" '
        'markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/>'
        "</marker></defs>"
    ]
    for a, b in edges:
        (xa, ya), (xb, yb) = where[a], where[b]
        x1, y1, x2, y2 = xa + box_w, ya + box_h / 2, xb, yb + box_h / 2
        mid = (x1 + x2) / 2
        parts.append(
            f'<path d="M{x1:.0f},{y1:.0f} C{mid:.0f},{y1:.0f} {mid:.0f},{y2:.0f} {x2 - 2:.0f},{y2:.0f}" '
            'fill="none" stroke="#555" stroke-width="1.5" marker-end="url(#arrow)"/>'
        )
    for name, (x, y) in where.items():
        ran = stages[name]["ran"]
        color = COLORS["ok"] if ran else COLORS["idle"]
        parts.append(
            f'<g><title>{esc(stages[name]["cmd"])}</title><rect x="{x:.0f}" y="{y:.0f}" width="{box_w}" '
            f'height="{box_h}" rx="7" fill="{"#eaf6ef" if ran else "#f1f2f4"}" stroke="{color}" stroke-width="2"/>'
            f'<text x="{x + box_w / 2:.0f}" y="{y + 19:.0f}" text-anchor="middle" class="node">{esc(name)}</text>'
            f'<text x="{x + box_w / 2:.0f}" y="{y + 35:.0f}" text-anchor="middle" class="nodesub">'
            f'{"ran" if ran else NOT_RUN}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def svg_hbars(rows: Sequence[tuple[str, float, str]], value_width: int = 70, label_width: int = 170) -> str:
    """Horizontal bars [(label, value, color)] scaled to the largest value."""
    if not rows:
        return ""
    bar_h, gap, width = 18, 6, 560
    top = max(v for _, v, _ in rows) or 1
    span = width - label_width - value_width
    height = len(rows) * (bar_h + gap) + gap
    parts = [f'<svg class="bars" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img">']
    for index, (label, value, color) in enumerate(rows):
        y = gap + index * (bar_h + gap)
        length = max(1.0, span * value / top) if value > 0 else 0
        parts.append(
            f'<text x="{label_width - 8}" y="{y + 13}" text-anchor="end">{esc(label)}</text>'
            f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{bar_h}" fill="{color}" rx="2"/>'
            f'<text x="{label_width + length + 6:.1f}" y="{y + 13}">{esc(fmt(value))}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _nice_range(low: float, high: float) -> tuple[float, float]:
    if high <= low:
        return low - 1, high + 1
    margin = (high - low) * 0.05
    return low - margin, high + margin


def svg_lines(series: dict[str, list[tuple[float, float]]], title: str) -> str:
    """A line chart of several series [(step, value)] with axis ranges, 5 ticks each and a legend."""
    width, height, left, right, top, bottom = 560, 260, 56, 16, 26, 40
    xs = [x for points in series.values() for x, _ in points]
    ys = [y for points in series.values() for _, y in points]
    x0, x1 = (min(xs), max(xs)) if max(xs) > min(xs) else (min(xs) - 1, max(xs) + 1)
    y0, y1 = _nice_range(min(ys), max(ys))
    plot_w, plot_h = width - left - right, height - top - bottom

    def px(x: float) -> float:
        return left + (x - x0) / (x1 - x0) * plot_w

    def py(y: float) -> float:
        return top + (1 - (y - y0) / (y1 - y0)) * plot_h

    parts = [
        f'<svg class="lines" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img">',
        f'<text x="{left}" y="16" class="charttitle">{esc(title)}</text>',
        f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#ccd"/>',
    ]
    for tick in range(5):
        yv = y0 + (y1 - y0) * tick / 4
        xv = x0 + (x1 - x0) * tick / 4
        parts.append(
            f'<line x1="{left}" x2="{left + plot_w}" y1="{py(yv):.1f}" y2="{py(yv):.1f}" stroke="#eef"/>'
            f'<text x="{left - 6}" y="{py(yv) + 4:.1f}" text-anchor="end" class="tick">{esc(_tick(yv))}</text>'
            f'<text x="{px(xv):.1f}" y="{top + plot_h + 16}" text-anchor="middle" class="tick">{xv:.0f}</text>'
        )
    parts.append(f'<text x="{left + plot_w / 2}" y="{height - 6}" text-anchor="middle" class="tick">step</text>')
    for index, (name, points) in enumerate(sorted(series.items())):
        color = SERIES_COLORS[index % len(SERIES_COLORS)]
        path = " ".join(f"{'M' if i == 0 else 'L'}{px(x):.1f},{py(y):.1f}" for i, (x, y) in enumerate(points))
        parts.append(f'<path d="{path}" fill="none" stroke="{color}" stroke-width="2"/>')
        if len(points) == 1:
            parts.append(f'<circle cx="{px(points[0][0]):.1f}" cy="{py(points[0][1]):.1f}" r="3" fill="{color}"/>')
        lx = left + 120 + index * 150  # legend on the title line, clear of the curves
        parts.append(
            f'<rect x="{lx}" y="9" width="12" height="4" fill="{color}"/>'
            f'<text x="{lx + 16}" y="15" class="tick">{esc(name)} (last {esc(fmt(points[-1][1]))})</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def svg_compare(pairs: Sequence[tuple[str, float, float, bool]]) -> str:
    """Base vs tuned bars per (label, base, tuned, lower_is_better); each pair on its own scale."""
    if not pairs:
        return ""
    label_w, bar_h, width, value_w = 220, 14, 620, 70
    row_h = bar_h * 2 + 16
    span = width - label_w - value_w
    height = len(pairs) * row_h + 28
    parts = [
        f'<svg class="compare" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img">',
        f'<rect x="{label_w}" y="4" width="12" height="10" fill="{COLORS["base"]}"/>'
        f'<text x="{label_w + 16}" y="13" class="tick">base</text>'
        f'<rect x="{label_w + 70}" y="4" width="12" height="10" fill="{COLORS["tuned"]}"/>'
        f'<text x="{label_w + 86}" y="13" class="tick">tuned</text>',
    ]
    for index, (label, base, tuned, lower) in enumerate(pairs):
        y = 24 + index * row_h
        top = max(abs(base), abs(tuned)) or 1
        parts.append(
            f'<text x="{label_w - 8}" y="{y + bar_h + 4}" text-anchor="end">{esc(label)}</text>'
            f'<text x="{label_w - 8}" y="{y + bar_h + 17}" text-anchor="end" class="tick">'
            f'{"lower is better" if lower else "higher is better"}</text>'
        )
        for offset, (value, color) in enumerate(((base, COLORS["base"]), (tuned, COLORS["tuned"]))):
            length = max(1.0, span * abs(value) / top)
            by = y + offset * (bar_h + 2)
            parts.append(
                f'<rect x="{label_w}" y="{by}" width="{length:.1f}" height="{bar_h}" fill="{color}" rx="2"/>'
                f'<text x="{label_w + length + 6:.1f}" y="{by + 11}" class="tick">{esc(fmt(value))}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


# ----------------------------------------------------------------------------------------------- sections


def _section(anchor: str, title: str, body: str) -> str:
    return f'<section id="{anchor}"><h2>{esc(title)}</h2>{body}</section>'


def _summary(data: dict[str, Any]) -> str:
    redaction, evaluation, gates, bundle = data["redaction"], data["eval"], data["gates"], data["bundle"]
    cards = [
        ("Quality gates", _badge(gates["passed"] if gates else None, "PASSED", "FAILED")),
        ("Signature", _badge(bundle["verified"] if bundle else None, "verified", "NOT verified")),
        ("Personal data removed",
         f'<span class="big">{esc(fmt(redaction["total"]))}</span>' if redaction else _badge(None, "", "")),
        ("Benchmark tasks",
         f'<span class="big">{len(evaluation["tasks"])}</span>' if evaluation else _badge(None, "", "")),
    ]
    inner = "".join(f'<div class="card"><div class="cardtitle">{esc(t)}</div>{v}</div>' for t, v in cards)
    return f'<div class="cards">{inner}</div>'


def _graph_section(data: dict[str, Any]) -> str:
    graph = data["graph"]
    rows = [
        (f"<b>{esc(name)}</b>", "ran" if spec["ran"] else NOT_RUN, "<br>".join(esc(d) for d in spec["deps"]),
         "<br>".join(esc(o) for o in spec["outs"]))
        for name, spec in graph["stages"].items()
    ]
    table = _table(("stage", "status", "inputs", "outputs"), rows, "small") if rows else ""
    note = "<p>Arrows show direct data flow between stages (green: has run); every input is listed below.</p>"
    return _section("pipeline", "Pipeline", f'{note}<div class="scroll">{svg_graph(graph)}</div>{table}')


def _lineage_section(data: dict[str, Any]) -> str:
    lock, redaction, bundle = data["lock"], data["redaction"], data["bundle"]

    def lock_cell(path: str) -> str:
        entry = lock.get(path)
        if not entry or not entry.get("md5"):
            return f'<span class="missing">{NOT_RUN}</span>'
        files = f", {entry['nfiles']} files" if entry.get("nfiles") else ""
        return f"DVC md5 {_short(entry['md5'])}{esc(files)}"

    def file_digests(digests: dict[str, Any]) -> str:
        return "<br>".join(f"{esc(path)}: sha256 {_short(digest)}" for path, digest in sorted(digests.items()))

    # The redacted inputs' directory: data/demo for the demo, data/raw (an input, not in dvc.lock) for own data.
    inputs = sorted((redaction or {}).get("inputs") or {})
    raw_dir = Path(inputs[0]).parent.as_posix() if inputs else "data/demo"
    base = data["base"] if isinstance(data["base"], dict) else {}
    source = base.get("source") if isinstance(base.get("source"), dict) else {}
    source_files = source.get("files") if isinstance(source.get("files"), dict) else {}
    intake = data.get("intake") or []
    rows = [("intake (log broken)", "data/intake.log", f'<span class="missing">{esc(intake)}</span>')] \
        if isinstance(intake, str) else [
        (esc(entry["name"]), esc(entry["annotations"]["destination"]),
         f"intake log entry {_short(entry['digest']['sha256'])}, {len(entry['annotations']['files'])} files")
        for entry in intake]
    rows += [
        ("base model (source)", esc(source.get("package") or source.get("kind") or ""),
         file_digests(source_files) or f'<span class="missing">{NOT_RUN}</span>'),
        ("base model", "models/base", lock_cell("models/base")),
        ("raw data", raw_dir, file_digests(redaction["inputs"]) if redaction and redaction["inputs"]
         else lock_cell(raw_dir)),
        ("redacted data", "data/redacted", file_digests(redaction["outputs"]) if redaction and redaction["outputs"]
         else lock_cell("data/redacted")),
        ("LoRA adapter", "models/adapter", lock_cell("models/adapter")),
        ("merged model", "models/merged", lock_cell("models/merged")),
    ]
    if bundle and bundle["root_digest"]:
        rows.append(("signed bundle", esc(bundle["bundle"] or ""), f"root sha256 {_short(bundle['root_digest'], 64)}"))
    else:
        rows.append(("signed bundle", "models/bundles", f'<span class="missing">{NOT_RUN}</span>'))
    note = (
        "<p>Each artifact is derived from the one above it. sha256 digests come from the stage reports; "
        "DVC md5 digests (of a directory listing, ending in <code>.dir</code>) come from <code>dvc.lock</code>.</p>"
    )
    return _section("lineage", "Lineage", note + _table(("artifact", "path", "digest"), rows, "small"))


def _redaction_section(data: dict[str, Any]) -> str:
    redaction, demo = data["redaction"], data["demo_data"]
    injected = (demo or {}).get("pii_values_by_type") if isinstance(demo, dict) else None
    if not redaction:
        body = _not_run("Redaction (reports/redaction.json)")
    else:
        rows = [(esc(kind), esc(fmt(count))) for kind, count in redaction["counts"].items()]
        rows.append(("<b>total</b>", f"<b>{esc(fmt(redaction['total']))}</b>"))
        quarantined = redaction["quarantined"]
        body = (
            _table(("entity type", "values removed"), rows, "small narrow")
            + svg_hbars([(k, float(v), COLORS["tuned"]) for k, v in redaction["counts"].items()])
            + f'<p>Records quarantined for manual review: <b class="figure">'
            f'{esc(fmt(quarantined)) if quarantined is not None else "n/a"}</b> (kept out of training, in '
            "<code>data/quarantine/</code>).</p>"
        )
        facts = {k: v for k, v in redaction["facts"].items() if k not in ("quarantined", "quarantine")}
        if facts:
            body += _table(("fact", "value"), [(esc(k), esc(fmt(v))) for k, v in sorted(facts.items())], "small narrow")
    if isinstance(injected, dict) and injected:
        body += (
            "<p>For comparison, synthetic personal values the demo data planted into training questions "
            "(<code>data/probe/prepare.json</code>):</p>"
            + _table(("entity type", "values injected"), [(esc(k), esc(fmt(v))) for k, v in injected.items()],
                     "small narrow")
        )
    return _section("redaction", "Redaction of personal data", body)


def _residency_section(data: dict[str, Any]) -> str:
    record = data.get("residency")
    if not isinstance(record, dict) or not isinstance(record.get("datasets"), list):
        return _section("residency", "Data residency", _not_run("Residency record (reports/residency.json)"))
    rows = []
    for entry in record["datasets"]:
        entry = entry if isinstance(entry, dict) else {}
        policy = entry.get("redaction_policy") if isinstance(entry.get("redaction_policy"), dict) else {}
        rows.append((
            f"<code>{esc(entry.get('file', ''))}</code>", _short(entry.get("sha256", ""), 16),
            esc(entry.get("jurisdiction", "")), esc(entry.get("legal_basis", "")), esc(entry.get("purpose", "")),
            esc(entry.get("retain_until", "")), "yes" if entry.get("special_category") else "no",
            esc(", ".join(map(str, entry.get("allowed_regions", [])))),
            f"{esc(policy.get('name', ''))} {_short(policy.get('digest', ''), 16)}",
        ))
    regions = record.get("regions") if isinstance(record.get("regions"), dict) else {}
    body = (
        _table(("dataset", "sha256", "jurisdiction", "legal basis", "purpose", "retain until", "special category",
                "allowed regions", "redaction policy"), rows, "small")
        + f"<p>Accepted by the data rules of target regions: <b>{esc(', '.join(sorted(regions)) or 'none')}</b> "
        "(configs/regions/&lt;region&gt;.yaml, checked by <code>redact</code> before any work).</p>"
    )
    return _section("residency", "Data residency", body)


def _train_section(data: dict[str, Any]) -> str:
    train = data["train"]
    if not train:
        return _section("training", "Training", _not_run("Training (reports/train/)"))
    groups: dict[str, dict[str, list[tuple[float, float]]]] = {}
    for name, points in train["series"].items():
        groups.setdefault(name.rsplit("/", 1)[-1], {})[name] = points
    ordered = sorted(groups, key=lambda metric: ("loss" not in metric, metric))[:4]
    charts = "".join(svg_lines(groups[metric], metric) for metric in ordered)
    table = _table(("metric", "final value"), [(esc(k), esc(fmt(v))) for k, v in sorted(train["metrics"].items())],
                   "small narrow") if train["metrics"] else ""
    return _section("training", "Training", (charts or _not_run("Loss curves")) + table)


def _eval_section(data: dict[str, Any]) -> str:
    evaluation = data["eval"]
    if not evaluation:
        return _section("evaluation", "Base vs tuned", _not_run("Evaluation (reports/eval.json)"))
    rows, pairs = [], []
    for task, result in evaluation["tasks"].items():
        details = result["details"]
        per_metric = details.get("diffs") if isinstance(details.get("diffs"), dict) else {}
        for metric in sorted(set(result["base"]) | set(result["tuned"])):
            # sovtune's evaluate writes {"diffs": {metric: {"diff", "ci95"}}}; other shapes: show the flat fields.
            stats = per_metric.get(metric) if isinstance(per_metric.get(metric), dict) else None
            if stats is not None:
                ci = stats.get("ci95")
                ci_text = f" (95% CI {fmt(ci[0])} to {fmt(ci[1])})" if isinstance(ci, list) and len(ci) == 2 else ""
                detail_text = esc(f"n={fmt(details.get('n'))}, difference {fmt(stats.get('diff'))}{ci_text}")
            else:
                detail_text = "<br>".join(
                    f"{esc(k)}: {esc(fmt(v))}" for k, v in sorted(details.items()) if k not in ("run", "diffs")
                )
            base, tuned = result["base"].get(metric), result["tuned"].get(metric)
            lower = any(word in metric.lower() for word in LOWER_IS_BETTER)
            better = None
            if base is not None and tuned is not None and base != tuned:
                better = (tuned < base) if lower else (tuned > base)
            rows.append((
                f"<b>{esc(task)}</b>", esc(metric), esc(fmt(base)) if base is not None else "–",
                esc(fmt(tuned)) if tuned is not None else "–",
                _badge(better, "tuned better", "tuned worse", "same") if base is not None else "", detail_text,
            ))
            if base is not None and tuned is not None:
                pairs.append((f"{task}: {metric}", float(base), float(tuned), lower))
    body = _table(("task", "metric", "base", "tuned", "", "n, difference, confidence interval"), rows, "small")
    body += svg_compare(pairs)
    if evaluation["other"]:
        body += _table(("other result", "value"),
                       [(esc(k), f"<code>{esc(fmt(v))}</code>") for k, v in sorted(evaluation["other"].items())],
                       "small")
    return _section("evaluation", "Base vs tuned", body)


def _gates_section(data: dict[str, Any]) -> str:
    gates = data["gates"]
    if not gates:
        return _section("gates", "Quality gates", _not_run("Gates (reports/gates.json)"))
    rows = [
        (esc(g["name"]), _badge(g["passed"], "pass", "FAIL", "unknown"), esc(g["detail"]),
         "<br>".join(f"{esc(k)}: {esc(fmt(v))}" for k, v in sorted(g["extra"].items())))
        for g in gates["gates"]
    ]
    overall = f"<p>Overall: {_badge(gates['passed'], 'PASSED', 'FAILED', 'unknown')}</p>"
    return _section("gates", "Quality gates", overall + _table(("gate", "result", "detail", "values"), rows, "small"))


def _bundle_section(data: dict[str, Any]) -> str:
    bundle = data["bundle"]
    if not bundle:
        return _section("signature", "Signature and verification", _not_run("Bundle (reports/bundle.json)"))
    rows = [
        ("bundle", f"<code>{esc(bundle['bundle'] or '')}</code>"),
        ("root digest", _short(bundle["root_digest"], 64)),
        ("verification", _badge(bundle["verified"], "signature verified", "signature NOT verified", "unknown")),
    ]
    rows += [(f"signature {esc(k)}", esc(fmt(v))) for k, v in sorted(bundle["signature"].items())]
    rows += [(esc(k), esc(fmt(v))) for k, v in sorted(bundle["facts"].items())]
    return _section("signature", "Signature and verification", _table(("", ""), rows, "small kv"))


def _environment_section(data: dict[str, Any]) -> str:
    env_rows = [(esc(k), f"<code>{esc(v)}</code>") for k, v in data["environment"].items()]
    body = "<p>Software that built this page:</p>" + _table(("package", "version"), env_rows, "small narrow")
    runs = data["runs"]
    if runs:
        rows = []
        for stage, run in runs.items():
            libraries = run.get("libraries") if isinstance(run.get("libraries"), dict) else {}
            rows.append((esc(stage), esc(run.get("sovtune_version", "")), _short(run.get("git_commit", ""), 12),
                         esc(run.get("python", "")),
                         esc(", ".join(f"{k} {v}" for k, v in sorted(libraries.items())))))
        body += "<p>Recorded by each stage when it ran:</p>" + _table(
            ("stage", "sovtune", "git commit", "python", "libraries"), rows, "small")
    demo = data["demo_data"]
    if isinstance(demo, dict) and isinstance(demo.get("source"), dict):
        source = demo["source"]
        body += (
            f'<p>Demo data: <b>{esc(source.get("attribution", ""))}</b> (package {esc(source.get("package", ""))} '
            f'{esc(source.get("version", ""))}, licence {esc(source.get("licence", ""))}: '
            f'{esc(source.get("licence_url", ""))}); changes are listed in data/README.md.</p>'
        )
    return _section("environment", "Environment and provenance", body)


CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1d2330;margin:0;
background:#f6f7f9}
header{background:#1d2a44;color:#fff;padding:18px 32px}header h1{margin:0;font-size:22px}
header p{margin:4px 0 0;color:#c9d3e6}main{max-width:1080px;margin:0 auto;padding:8px 24px 40px}
nav{margin:10px 0}nav a{margin-right:14px;color:#2f6fdb;text-decoration:none}
section{background:#fff;border:1px solid #e1e4ea;border-radius:8px;padding:14px 20px;margin:16px 0}
h2{font-size:18px;margin:4px 0 10px}table{border-collapse:collapse;margin:8px 0 12px;width:100%}
table.narrow{width:auto;min-width:320px}th,td{text-align:left;padding:5px 10px;border-bottom:1px solid #eceef2;
vertical-align:top}th{background:#f2f4f7;font-weight:600}table.small{font-size:13.5px}
table.kv thead{display:none}code{font:12.5px ui-monospace,"DejaVu Sans Mono",monospace;background:#f2f4f7;
padding:1px 4px;border-radius:3px;word-break:break-all}
.badge{display:inline-block;padding:2px 9px;border-radius:10px;font-weight:600;font-size:13px;color:#fff}
.badge.ok{background:#1f8a4c}.badge.bad{background:#c0392b}.badge.idle{background:#9aa3ad}
.missing{color:#7a828e;font-style:italic}.cards{display:flex;gap:14px;flex-wrap:wrap;margin:16px 0}
.card{flex:1 1 200px;background:#fff;border:1px solid #e1e4ea;border-radius:8px;padding:12px 16px}
.cardtitle{color:#5b6472;font-size:13px;margin-bottom:6px}.big{font-size:26px;font-weight:700}
svg{max-width:100%;height:auto;display:block;margin:8px 0}svg text{font:12px system-ui,"DejaVu Sans",sans-serif;
fill:#1d2330}svg text.node{font-weight:600;font-size:13px}svg text.nodesub,svg text.tick{font-size:11px;
fill:#5b6472}svg text.charttitle{font-weight:600}.scroll{overflow-x:auto}
"""


def render_html(data: dict[str, Any]) -> str:
    """The whole page as one HTML string (inline CSS and SVG, no external references)."""
    base = data["base"] if isinstance(data["base"], dict) else {}
    model = base.get("name") or "model"
    sections = [
        _summary(data), _graph_section(data), _lineage_section(data), _residency_section(data),
        _redaction_section(data),
        _train_section(data), _eval_section(data), _gates_section(data), _bundle_section(data),
        _environment_section(data),
    ]
    nav = "".join(
        f'<a href="#{anchor}">{esc(title)}</a>'
        for anchor, title in (("pipeline", "Pipeline"), ("lineage", "Lineage"), ("residency", "Residency"),
                              ("redaction", "Redaction"),
                              ("training", "Training"), ("evaluation", "Evaluation"), ("gates", "Gates"),
                              ("signature", "Signature"), ("environment", "Environment"))
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        # The page must never reach out: forbid every fetch, allow only its own inline style.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>sovtune audit report: {esc(model)}</title><style>{CSS}</style></head><body>"
        f"<header><h1>sovtune audit report</h1><p>{esc(model)} · fine-tuned and checked entirely offline · "
        f"sovtune {esc(__version__)}</p></header><main><nav>{nav}</nav>{''.join(sections)}</main></body></html>\n"
    )


def write_report(root: Path, output: Path) -> Path:
    """Collect everything under `root` and write the page to `output`; returns the path written."""
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render_html(collect(root)), encoding="utf-8")
    return output


def main() -> None:
    offline.set_offline_env()
    params = load_params()
    offline.enforce(params.offline.allow_hosts)
    path = write_report(Path("."), OUTPUT)
    print(f"report: wrote {path} ({path.stat().st_size / 1e3:.0f} kB); open it in any browser, it loads nothing")


if __name__ == "__main__":
    run_main(main)
