from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.report import render_html, write_report
from pipeline.report_data import collect, read_eval, read_gates, read_redaction
from pipeline.report_svg import NOT_RUN

from .conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ROOT_DIGEST = "4be8b0c1d2e3f4a5b6c7d8e9f00112233445566778899aabbccddeeff0011223"

REDACTION = {
    "counts": {"PERSON": 141, "EMAIL_ADDRESS": 77, "PHONE_NUMBER": 66, "ADDRESS": 40, "NATIONAL_ID": 39},
    "records": 407,
    "quarantined": 3,
    "inputs": {"data/raw/faq_train.jsonl": "aa" * 32},
    "outputs": {"data/redacted/faq_train.jsonl": "bb" * 32},
}
EVAL = {
    "answer_perplexity": {"base": {"perplexity": 50.61}, "tuned": {"perplexity": 27.63}, "n": 96,
                          "difference": -22.98, "ci95": [-25.1, -20.7]},
    "choice_accuracy": {"base": {"accuracy": 0.4479}, "tuned": {"accuracy": 0.6354}, "n": 96,
                        "difference": 0.1875, "ci95": [0.08, 0.29]},
    "memorisation": {"canaries": 4, "leaked": 0},
}
GATES = {"passed": True, "gates": [
    {"name": "tuned_beats_base", "passed": True, "detail": "perplexity 27.63 < 50.61 beyond CI"},
    {"name": "no_canary_leak", "passed": True, "detail": "0 of 12 secrets emitted", "leaked": 0},
]}
BUNDLE = {"bundle": "models/bundles/smollm2-faq-0.1.0.tar", "root_digest": ROOT_DIGEST,
          "signature": {"method": "key", "file": "models/bundles/smollm2-faq-0.1.0.sig"}, "verified": True}
LOCK = """schema: '2.0'
stages:
  import_model:
    cmd: python -m pipeline.import_model
    outs:
    - path: models/base
      hash: md5
      md5: 0123456789abcdef0123456789abcdef.dir
      size: 538000000
      nfiles: 8
  train:
    cmd: python -m pipeline.train
    outs:
    - path: models/adapter
      hash: md5
      md5: fedcba9876543210fedcba9876543210.dir
      nfiles: 4
"""


def _project(root: Path, parts: tuple[str, ...] = ("redaction", "train", "eval", "gates", "bundle")) -> Path:
    """A project directory holding the given fixture reports plus the real dvc.yaml."""
    (root / "reports").mkdir(parents=True)
    shutil.copy(ROOT / "dvc.yaml", root / "dvc.yaml")
    (root / "dvc.lock").write_text(LOCK, encoding="utf-8")
    for name, data in (("redaction", REDACTION), ("eval", EVAL), ("gates", GATES), ("bundle", BUNDLE)):
        if name in parts:
            (root / "reports" / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
    if "train" in parts:
        plots = root / "reports/train/plots/metrics"
        for split, start in (("train", 3.2), ("eval", 3.4)):
            (plots / split).mkdir(parents=True)
            rows = "".join(f"{step}\t{start - 0.1 * step:.3f}\n" for step in range(10))
            (plots / split / "loss.tsv").write_text("step\tloss\n" + rows, encoding="utf-8")
        metrics = {"train": {"loss": 2.3}, "eval": {"loss": 2.5}, "step": 9}
        (root / "reports/train/metrics.json").write_text(json.dumps(metrics), encoding="utf-8")
    return root


def _external_references(page: str) -> list[str]:
    return re.findall(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//[^"'\s>]*""", page, flags=re.IGNORECASE)


def test_full_report_shows_the_key_figures(tmp_path: Path):
    page = render_html(collect(_project(tmp_path)))
    for figure in ("363", "50.61", "27.63", "0.6354", "PASSED", "signature verified", ROOT_DIGEST,
                   "tuned_beats_base", "no_canary_leak", "models/bundles/smollm2-faq-0.1.0.tar",
                   "0123456789abcdef", "fedcba9876543210", "bbbbbbbbbbbbbbbb", "transformers"):
        assert figure in page, figure
    assert page.count("tuned better") == 2
    assert "<svg" in page and "train/loss" in page and "eval/loss" in page
    assert _external_references(page) == []
    assert "http://" not in page.split("<body>", 1)[1].split("Demo data:")[0]


def test_every_stage_of_dvc_yaml_is_in_the_graph(tmp_path: Path):
    import yaml

    data = collect(_project(tmp_path))
    stages = yaml.safe_load((ROOT / "dvc.yaml").read_text())["stages"]
    assert set(data["graph"]["stages"]) == set(stages)
    assert ("import_model", "report") not in data["graph"]["edges"]
    page = render_html(data)
    for stage in stages:
        assert f">{stage}</text>" in page


def test_graph_edges_follow_outputs_into_deps():
    from pipeline.report_data import read_graph

    dvc_yaml = {"stages": {
        "a": {"cmd": "a", "outs": ["data/raw"]},
        "b": {"cmd": "b", "deps": ["data/raw/x.jsonl"], "outs": [{"models/m": {"cache": True}}]},
        "c": {"cmd": "c", "deps": ["models"]},
    }}
    dvc_yaml["stages"]["c"]["deps"].append("data/raw")  # a -> c is implied by a -> b -> c: not drawn
    graph = read_graph(dvc_yaml, {"stages": {"a": {}}})
    assert graph["edges"] == [("a", "b"), ("b", "c")]
    assert graph["all_edges"] == [("a", "b"), ("a", "c"), ("b", "c")]
    assert [graph["stages"][s]["ran"] for s in "abc"] == [True, False, False]


def test_empty_project_renders_not_run_yet_everywhere(tmp_path: Path):
    page = render_html(collect(tmp_path))
    assert page.count(NOT_RUN) >= 6
    assert "<html" in page and _external_references(page) == []


def test_missing_and_corrupt_reports_degrade_one_section_at_a_time(tmp_path: Path):
    root = _project(tmp_path, parts=("redaction", "eval"))
    (root / "reports/gates.json").write_text("{not json", encoding="utf-8")
    page = render_html(collect(root))
    assert "27.63" in page and "363" in page
    assert f"Gates (reports/gates.json): {NOT_RUN}" in page
    assert f"Bundle (reports/bundle.json): {NOT_RUN}" in page
    assert f"Training (reports/train/): {NOT_RUN}" in page


def test_readers_accept_alternative_shapes():
    redaction = read_redaction({"entities": {"PERSON": 2, "EMAIL_ADDRESS": 1}, "quarantine": ["r1", "r2"]})
    assert redaction["total"] == 3 and redaction["quarantined"] == 2
    assert read_redaction({"by_type": {"PERSON": 1}, "quarantine": {"records": 5}})["quarantined"] == 5
    sovtune_shape = {"entities": {"PERSON": 2}, "records": {"in": 9, "out": 7, "quarantined": 2}, "quarantine": {}}
    assert read_redaction(sovtune_shape)["quarantined"] == 2
    evaluation = read_eval({"tasks": {"mc": {"base": 0.25, "tuned": 0.5, "n": 8}}, "run": {}})
    assert evaluation["tasks"]["mc"]["tuned"] == {"score": 0.5}
    gates = read_gates({"gates": [{"name": "g", "passed": False, "detail": {"value": 1}}]})
    assert gates["passed"] is False and gates["gates"][0]["detail"] == '{"value": 1}'
    assert read_gates([1, 2]) is None and read_redaction("text") is None


def test_untrusted_text_is_escaped(tmp_path: Path):
    root = _project(tmp_path, parts=())
    gates = {"passed": False, "gates": [{"name": "<script>alert(1)</script>", "passed": False,
                                         "detail": '<img src="http://evil.example/x">'}]}
    (root / "reports/gates.json").write_text(json.dumps(gates), encoding="utf-8")
    page = render_html(collect(root))
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page and "FAILED" in page


def test_stage_writes_index_html(tmp_path: Path):
    root = _project(tmp_path)
    shutil.copy(ROOT / "params.yaml", root / "params.yaml")
    result = subprocess.run(
        [sys.executable, "-m", "pipeline.report"], cwd=root, capture_output=True, text=True, timeout=120,
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    assert "27.63" in (root / "reports/index.html").read_text(encoding="utf-8")


def _chromium(args: list[str], profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120,
    )


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (`make test` installs Debian's chromium as root)")
def test_chromium_renders_the_key_figures(tmp_path: Path):
    root = _project(tmp_path / "project")
    page = write_report(root, root / "reports/index.html")
    result = _chromium(["--dump-dom", page.as_uri()], tmp_path / "profile")
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    assert "sovtune audit report" in dom
    for figure in ("363", "50.61", "27.63", "0.4479", "0.6354", "PASSED", "signature verified", ROOT_DIGEST):
        assert figure in dom, figure
    screenshot = tmp_path / "report.png"
    shot = _chromium(["--window-size=1200,3000", "--hide-scrollbars", f"--screenshot={screenshot}", page.as_uri()],
                     tmp_path / "profile")
    assert shot.returncode == 0, shot.stderr[-2000:]
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_cli_report_command(tmp_path: Path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    root = _project(tmp_path / "project", parts=("gates",))
    output = tmp_path / "out" / "audit.html"
    result = CliRunner().invoke(app, ["report", "--root", str(root), "--output", str(output)])
    assert result.exit_code == 0, result.output
    page = output.read_text(encoding="utf-8")
    assert "tuned_beats_base" in page and f"Bundle (reports/bundle.json): {NOT_RUN}" in page
