"""Run inside `accelerate launch` by tests/test_distributed.py: a run stopped after step N, its resume, and an
uninterrupted run, each in its own directory, all in the same processes (argv[1]: a JSON file of settings)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pipeline import offline
from pipeline.config import TrainConfig
from pipeline.train import train


def main() -> None:
    job = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    offline.set_offline_env()
    offline.enforce()
    stopped = TrainConfig.model_validate(job["resumed"])
    assert train(stopped, stop_after_steps=job["stop_after"]) is None
    train(stopped)  # resumes from the last checkpoint before the stop
    train(TrainConfig.model_validate(job["uninterrupted"]))


if __name__ == "__main__":
    main()
