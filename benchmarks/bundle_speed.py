"""Benchmark `bundle_speed`: sign, verify and install a ~1 GB bundle vs `openssl dgst -sha256` on the same files.

Targets (issue 7): sign and verify reach at least 0.8x openssl's throughput; a whole install (safe extract +
verify + rename) takes at most 1.5x of `tar -xf` + `openssl dgst -sha256` over the extracted files.
All contenders run back to back in one process on warm page cache, best of `--repeats`; the load average is
logged because other work on the 2 shared cores skews every number. Random files live in a temp dir that is
deleted at the end.

Run: `python -m benchmarks.bundle_speed [--size-mb 1024] [--repeats 2]`
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
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


def _best(function: Callable[[], object], repeats: int, before: Callable[[], object] = lambda: None) -> float:
    times = []
    for _ in range(repeats):
        before()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def _openssl_digest(files: list[Path]) -> None:
    subprocess.run(["openssl", "dgst", "-sha256", *map(str, files)], check=True, capture_output=True)


def run(size_mb: int, repeats: int) -> dict:
    """Run every contender and return the result record (also written to benchmarks/results/)."""
    total = size_mb * 2**20
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="sovtune-bench-") as scratch:
        root = Path(scratch)
        bundle = root / "bench-bundle"
        files = _make_files(bundle, total)
        size = sum(f.stat().st_size for f in files)
        os.environ[PASSPHRASE_ENV] = "benchmark"
        private_key, public_key = generate_keypair(root / "keys", "bench", "benchmark")
        trust = load_trust(public_key)
        signing = BundleSigningConfig(private_key=str(private_key))

        openssl = _best(lambda: _openssl_digest(files), repeats)
        sign = _best(lambda: sign_bundle_dir(bundle, signing), repeats)
        verify = _best(lambda: verify_bundle_dir(bundle, trust), repeats)
        tar_path = root / "bench.tar"
        tar_write = _best(lambda: write_tar(bundle, tar_path), 1)

        plain_dir, install_dir = root / "plain", root / "cluster" / "model"

        def plain_extract_and_digest() -> None:
            plain_dir.mkdir()
            subprocess.run(["tar", "-xf", str(tar_path), "-C", str(plain_dir)], check=True)
            _openssl_digest([p for p in sorted(plain_dir.rglob("*")) if p.is_file()])

        plain = _best(plain_extract_and_digest, repeats, before=lambda: shutil.rmtree(plain_dir, ignore_errors=True))
        whole_install = _best(
            lambda: install(tar_path, trust, install_dir), repeats,
            before=lambda: shutil.rmtree(install_dir, ignore_errors=True),
        )
    mb = size / 1e6
    result = {
        "bytes": size,
        "files": len(files) + 1,
        "repeats": repeats,
        "seconds": {
            "openssl_dgst_sha256": round(openssl, 3),
            "sign": round(sign, 3),
            "verify": round(verify, 3),
            "write_tar": round(tar_write, 3),
            "tar_xf_plus_openssl": round(plain, 3),
            "install": round(whole_install, 3),
        },
        "throughput_MBps": {
            "openssl": round(mb / openssl, 1), "sign": round(mb / sign, 1), "verify": round(mb / verify, 1),
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
    parser.add_argument("--repeats", type=int, default=2, help="Runs per contender; the best is kept.")
    parser.add_argument("--out", type=Path, default=RESULT, help="Where the JSON result goes.")
    args = parser.parse_args()
    result = run(args.size_mb, args.repeats)
    write_json(args.out, result)
    print(f"bundle_speed: {result['ratios']} targets_met={result['targets_met']} -> {args.out}")


if __name__ == "__main__":
    main()
