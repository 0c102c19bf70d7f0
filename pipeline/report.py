"""Stage `report`: one self-contained, offline HTML page (reports/index.html) for a compliance officer.

It shows the pipeline graph (from dvc.yaml), the lineage of digests from raw data to the signed bundle, redaction
counts, loss curves, base vs tuned results, quality gates, signature status and the software versions. Charts are
inline SVG; the page loads nothing (no scripts, fonts, stylesheets or images from anywhere).

Every input is optional: a missing or unreadable report renders as "not run yet", so the page can be built after
any stage. This module holds the page sections, the page itself and the stage's main(); the readers and the shapes
they accept are in pipeline/report_data.py, the charts in pipeline/report_svg.py.

Run: `python -m pipeline.report` (DVC) or `sovtune report`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pipeline import __version__, offline
from pipeline.config import load_params
from pipeline.errors import run_main
from pipeline.report_data import collect
from pipeline.report_svg import COLORS, NOT_RUN, esc, fmt, not_run, svg_compare, svg_graph, svg_hbars, svg_lines

OUTPUT = Path("reports/index.html")
LOWER_IS_BETTER = ("perplexity", "ppl", "nll", "loss", "leak", "error")

# ----------------------------------------------------------------------------------------------- sections


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
        body = not_run("Redaction (reports/redaction.json)")
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
        return _section("residency", "Data residency", not_run("Residency record (reports/residency.json)"))
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
        return _section("training", "Training", not_run("Training (reports/train/)"))
    groups: dict[str, dict[str, list[tuple[float, float]]]] = {}
    for name, points in train["series"].items():
        groups.setdefault(name.rsplit("/", 1)[-1], {})[name] = points
    ordered = sorted(groups, key=lambda metric: ("loss" not in metric, metric))[:4]
    charts = "".join(svg_lines(groups[metric], metric) for metric in ordered)
    table = _table(("metric", "final value"), [(esc(k), esc(fmt(v))) for k, v in sorted(train["metrics"].items())],
                   "small narrow") if train["metrics"] else ""
    return _section("training", "Training", (charts or not_run("Loss curves")) + table)


def _eval_section(data: dict[str, Any]) -> str:
    evaluation = data["eval"]
    if not evaluation:
        return _section("evaluation", "Base vs tuned", not_run("Evaluation (reports/eval.json)"))
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
        return _section("gates", "Quality gates", not_run("Gates (reports/gates.json)"))
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
        return _section("signature", "Signature and verification", not_run("Bundle (reports/bundle.json)"))
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
