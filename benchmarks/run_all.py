"""Run every benchmark module in benchmarks/ one after another (never in parallel: they share 2 cores).

Each writes its own JSON into benchmarks/results/; this prints a one-line summary per benchmark.
Usage: python -m benchmarks.run_all [name ...]
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(names: list[str]) -> int:
    modules = names or sorted(p.stem for p in HERE.glob("*.py") if p.stem not in {"__init__", "run_all"})
    failures = 0
    for name in modules:
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", f"benchmarks.{name}"], cwd=HERE.parent)
        status = "ok" if result.returncode == 0 else f"failed (exit {result.returncode})"
        print(f"benchmarks.{name}: {status} in {time.perf_counter() - started:.0f} s")
        failures += result.returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
