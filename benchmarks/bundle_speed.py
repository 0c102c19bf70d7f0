"""Benchmark `bundle_speed`: sign, verify and install a ~1 GB bundle vs `openssl dgst -sha256` on the same files.

Targets (issue 7): sign and verify reach at least 0.8x openssl's throughput; a whole install (safe extract +
verify + rename) takes at most 1.5x of `tar -xf` + `openssl dgst -sha256` over the extracted files.
All contenders run back to back in one process on warm page cache, in `--repeats` interleaved rounds (best
wall time kept; CPU seconds logged too); the load average is logged because other work on the 2 shared cores
skews every number. Random files live in a temp dir that is
deleted at the end.

Run: `python -m benchmarks.bundle_speed [--size-mb 1024] [--repeats 2]`
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import model_signing  # noqa: F401 (imported up front so its import time is not counted as signing time)

from pipeline.bundle import sign_bundle_dir, write_tar
from pipeline.config import BundleSigningConfig
from pipeline.keys import PASSPHRASE_ENV, generate_keypair
from pipeline.provenance import write_json
from pipeline.verify import install, load_trust, verify_bundle_dir

RESULT = Path("benchmarks/results/bundle_speed.json")
# Shape of a real bundle: two big weight shards, a few mid-size files, many small ones (bytes).
SHAPE = [(0.40, 2), (0.04, 4), (0.0001, 20)]


def _make_files(directory: Path, total_bytes: int) -> list[Path]:
    files = []
    for index, (fraction, count) in enumerate(SHAPE):
        for number in range(count):
            path = directory / f"part{index}" / f"file{number}.bin"
            path.parent.mkdir(parents=True, exist_ok=True)
            remaining = int(total_bytes * fraction)
            with open(path, "wb") as handle:
                while remaining > 0:
                    chunk = min(remaining, 16 * 2**20)
                    handle.write(os.urandom(chunk))
                    remaining -= chunk
            files.append(path)
    return files


def _bundle_records(bundle: Path) -> list[Path]:
    """The two records install reads besides the weights: a provenance statement naming the bundle (`bench`,
    version `1`) and passed release gates with no weight digests (so `bound` is None, as for an older bundle)."""
    provenance = bundle / "provenance.intoto.json"
    write_json(provenance, {"predicate": {"buildDefinition": {"externalParameters": {
        "bundle": {"name": "bench", "version": "1"}}}}})
    gates = bundle / "reports" / "gates.json"
    gates.parent.mkdir(parents=True, exist_ok=True)
    write_json(gates, {"passed": True, "gates": [{"name": "benchmark", "passed": True, "detail": "no model"}]})
    return [provenance, gates]


def _timed(function: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process's threads + finished child processes) of one call."""
    before_cpu = time.process_time() + resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime + resource.getrusage(
        resource.RUSAGE_CHILDREN).ru_stime
    start = time.perf_counter()
    function()
    wall = time.perf_counter() - start
    after_cpu = time.process_time() + resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime + resource.getrusage(
        resource.RUSAGE_CHILDREN).ru_stime
    return wall, after_cpu - before_cpu


def _openssl_digest(files: list[Path]) -> None:
    subprocess.run(["openssl", "dgst", "-sha256", *map(str, files)], check=True, capture_output=True)


def run(size_mb: int, repeats: int) -> dict:
    """Run every contender and return the result record (also written to benchmarks/results/)."""
    total = size_mb * 2**20
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="sovtune-bench-") as scratch:
        root = Path(scratch)
        bundle = root / "bench-1"  # install checks the top directory against the signed `<name>-<version>`
        files = _make_files(bundle, total)
        files += _bundle_records(bundle)
        size = sum(f.stat().st_size for f in files)
        os.environ[PASSPHRASE_ENV] = "benchmark"
        private_key, public_key = generate_keypair(root / "keys", "bench", "benchmark")
        trust = load_trust(public_key)
        signing = BundleSigningConfig(private_key=str(private_key))

        sign_bundle_dir(bundle, signing)  # the tar must hold a signed bundle; signing is timed again below
        tar_path = root / "bench.tar"
        tar_write, _ = _timed(lambda: write_tar(bundle, tar_path))
        plain_dir, install_dir = root / "plain", root / "cluster" / "model"

        def plain_extract_and_digest() -> None:
            plain_dir.mkdir()
            subprocess.run(["tar", "-xf", str(tar_path), "-C", str(plain_dir)], check=True)
            _openssl_digest([p for p in sorted(plain_dir.rglob("*")) if p.is_file()])

        contenders: dict[str, Callable[[], object]] = {
            "openssl_dgst_sha256": lambda: _openssl_digest(files),
            "sign": lambda: sign_bundle_dir(bundle, signing),
            "verify": lambda: verify_bundle_dir(bundle, trust),
            "tar_xf_plus_openssl": plain_extract_and_digest,
            "install": lambda: install(tar_path, trust, install_dir),
        }
        # Rounds interleave the contenders, so a burst of load from other work hits all of them alike.
        walls: dict[str, list[float]] = {name: [] for name in contenders}
        cpus: dict[str, list[float]] = {name: [] for name in contenders}
        for round_number in range(repeats):
            # Odd rounds run in reverse order, so no contender always follows the same neighbour.
            order = list(contenders.items())[:: -1 if round_number % 2 else 1]
            for name, function in order:
                shutil.rmtree(plain_dir, ignore_errors=True)
                shutil.rmtree(install_dir, ignore_errors=True)
                # Flush dirty pages first: otherwise the write-back of the previous contender's 1 GB lands on the
                # next one (install always ran right after the plain extract).
                os.sync()
                wall, cpu = _timed(function)
                walls[name].append(wall)
                cpus[name].append(cpu)
    best = {name: min(values) for name, values in walls.items()}
    median = {name: statistics.median(values) for name, values in walls.items()}
    openssl, sign, verify = best["openssl_dgst_sha256"], best["sign"], best["verify"]
    plain, whole_install = best["tar_xf_plus_openssl"], best["install"]
    mb = size / 1e6
    result = {
        "bytes": size,
        "files": len(files) + 1,
        "repeats": repeats,
        "seconds": {**{name: round(value, 3) for name, value in best.items()}, "write_tar": round(tar_write, 3)},
        "seconds_all_rounds": {name: [round(v, 3) for v in values] for name, values in walls.items()},
        "cpu_seconds_best": {name: round(min(values), 3) for name, values in cpus.items()},
        "throughput_MBps": {
            "openssl": round(mb / openssl, 1), "sign": round(mb / sign, 1), "verify": round(mb / verify, 1),
        },
        "ratios_of_medians": {
            "sign_vs_openssl_throughput": round(median["openssl_dgst_sha256"] / median["sign"], 3),
            "verify_vs_openssl_throughput": round(median["openssl_dgst_sha256"] / median["verify"], 3),
            "install_vs_extract_plus_openssl_time": round(median["install"] / median["tar_xf_plus_openssl"], 3),
        },
        "ratios": {
            "sign_vs_openssl_throughput": round(openssl / sign, 3),
            "verify_vs_openssl_throughput": round(openssl / verify, 3),
            "install_vs_extract_plus_openssl_time": round(whole_install / plain, 3),
        },
        "targets": {
            "sign_vs_openssl_throughput": ">= 0.8",
            "verify_vs_openssl_throughput": ">= 0.8",
            "install_vs_extract_plus_openssl_time": "<= 1.5",
        },
        "environment": {
            "cpus": os.cpu_count(),
            "loadavg_before": [round(x, 2) for x in load_before],
            "loadavg_after": [round(x, 2) for x in os.getloadavg()],
            "python": platform.python_version(),
            "model_signing": version("model-signing"),
            "openssl": subprocess.run(["openssl", "version"], capture_output=True, text=True).stdout.strip(),
        },
    }
    result["targets_met"] = (
        result["ratios"]["sign_vs_openssl_throughput"] >= 0.8
        and result["ratios"]["verify_vs_openssl_throughput"] >= 0.8
        and result["ratios"]["install_vs_extract_plus_openssl_time"] <= 1.5
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1024, help="Total size of the random files (MiB).")
    parser.add_argument("--repeats", type=int, default=5, help="Runs per contender; the best is kept.")
    parser.add_argument("--out", type=Path, default=RESULT, help="Where the JSON result goes.")
    args = parser.parse_args()
    result = run(args.size_mb, args.repeats)
    write_json(args.out, result)
    print(f"bundle_speed: {result['ratios']} targets_met={result['targets_met']} -> {args.out}")


if __name__ == "__main__":
    main()
