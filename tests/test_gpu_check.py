"""benchmarks/gpu_check.py: its CPU-safe parts (plain recipe, sovtune LoRA, evaluate, kill-and-resume) on a
2-layer model, so the command that runs on a lent GPU is known to work end to end before a lease is spent."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT


@pytest.mark.slow  # eight short child processes (about a minute quiet, several under load)
def test_gpu_check_tiny_runs_every_part_and_writes_its_report(tmp_path: Path):
    import torch

    out = tmp_path / "gpu_check.json"
    command = [sys.executable, "-m", "benchmarks.gpu_check", "--tiny", "--seq", "64", "--steps", "2", "--accum", "2",
               "--records", "16", "--resume-steps", "8", "--eval-examples", "2", "--budget-s", "3000",
               "--out", str(out)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"}
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report = json.loads(out.read_text())
    parts = report["parts"]
    for name in ("plain", "lora"):
        assert parts[name]["real_tokens_per_s"] > 0, parts[name]
    assert parts["lora"]["training_record"]["merge_base"] == "original"
    assert parts["evaluate"]["adapter_vs_merged_max_logit_gap"] < 1e-3
    # Killed after a checkpoint and before the run's end (no adapter yet), then resumed to the same adapter; which
    # checkpoint the kill lands after depends on the machine's speed.
    resume = parts["resume"]
    assert resume["interrupted"] and "step-000002" <= resume["killed_after"] < "step-000008", resume
    assert resume["equal_within_1e-3"], resume
    if not torch.cuda.is_available():
        assert parts["qlora"] == {"skipped": "bitsandbytes not importable or no CUDA"}
    assert report["ratios"]["lora_vs_plain"] is not None and "loadavg_before" in report
