"""Two gloo processes on CPU, in each multi-process mode that ships in configs/accelerate/: DDP and FSDP2.

Each mode: a run stopped after step 3 and resumed from its step-2 checkpoint equals the uninterrupted run, and
the uninterrupted run equals one process accumulating the same micro-batches (same data, same update).
Validation runs on both ranks and is reduced; the adapter is saved from a gathered full state dict.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.train import train

from .conftest import ROOT
from .test_train import _config, _records, _settings, _write_data

NO_DROPOUT = {"r": 4, "alpha": 8, "dropout": 0.0}  # dropout streams differ per process by design
STEPS = 4


def _launch(mode_config: str, job: dict, workdir: Path) -> subprocess.CompletedProcess:
    job_file = workdir / "job.json"
    job_file.write_text(json.dumps(job), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1"}
    command = [
        sys.executable, "-m", "accelerate.commands.launch", "--config_file", str(ROOT / "configs" / "accelerate" /
        mode_config), "--num_processes", "2", str(ROOT / "tests" / "dist_worker.py"), str(job_file),
    ]
    return subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize(("mode_config", "mode"), [("ddp.yaml", "ddp"), ("fsdp.yaml", "fsdp2")])
def test_two_processes_resume_and_match_one_process(tmp_path: Path, tiny_model_dir: Path, mode_config, mode):
    import torch
    from safetensors.torch import load_file

    roots = {name: tmp_path / name for name in ("resumed", "uninterrupted", "single")}
    for root in roots.values():
        _write_data(root, _records())
    common = {"max_steps": STEPS, "checkpoint_every": 2, "lora": NO_DROPOUT}
    job = {
        "stop_after": 3,
        "resumed": _settings(roots["resumed"], tiny_model_dir, **common),
        "uninterrupted": _settings(roots["uninterrupted"], tiny_model_dir, **common),
    }
    result = _launch(mode_config, job, tmp_path)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    assert "resuming from step-000002" in result.stdout

    name = "adapter_model.safetensors"
    adapters = {key: load_file(roots[key] / "models" / "adapter" / name) for key in ("resumed", "uninterrupted")}
    for key in adapters["uninterrupted"]:
        torch.testing.assert_close(adapters["resumed"][key], adapters["uninterrupted"][key], atol=0, rtol=0)

    info = json.loads((roots["uninterrupted"] / "models" / "adapter" / "run_info.json").read_text())
    assert info["world_size"] == 2 and info["training"]["distributed"] == mode
    assert info["training"]["parameters_sharded"] == (mode == "fsdp2")  # FSDP2 really sharded the model
    assert (roots["uninterrupted"] / "models" / "merged" / "model.safetensors").is_file()

    # 2 processes x 1 micro-batch per step == 1 process x 2 accumulated micro-batches.
    single = train(_config(roots["single"], tiny_model_dir, grad_accum=2, **common))
    reference = load_file(roots["single"] / "models" / "adapter" / name)
    assert reference.keys() == adapters["uninterrupted"].keys()
    for key in reference:
        torch.testing.assert_close(adapters["uninterrupted"][key], reference[key], atol=1e-5, rtol=1e-4)
    # Validation is split over the two ranks and summed: the same loss as one process computes alone.
    assert info["metrics"]["val_loss"] == pytest.approx(single["val_loss"], abs=1e-4)
    assert info["metrics"]["val_loss_base"] == pytest.approx(single["val_loss_base"], abs=1e-5)
