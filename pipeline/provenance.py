"""Digests and run records written next to every artifact, so a bundle's signature covers where it came from."""

from __future__ import annotations

import hashlib
import json
import platform
import subprocess
from pathlib import Path
from typing import Any

from pipeline import __version__

_CHUNK = 4 * 1024 * 1024  # 4 MiB reads: hashlib runs at ~1.25 GB/s here, larger chunks gain nothing


def sha256_file(path: str | Path) -> str:
    """Hex sha256 of a file, identical to `sha256sum`."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def directory_digests(root: str | Path, exclude: tuple[str, ...] = ()) -> dict[str, str]:
    """{relative posix path: sha256} for every regular file below `root`, sorted, skipping `exclude` names."""
    root = Path(root)
    return {
        path.relative_to(root).as_posix(): sha256_file(path)
        for path in sorted(root.rglob("*"))
        if path.is_file() and path.relative_to(root).as_posix() not in exclude
    }


def git_commit(cwd: str | Path = ".") -> str:
    """The current git commit (with `-dirty` when the work tree has changes), or "unknown" outside git."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=cwd, capture_output=True, text=True, check=True, timeout=10
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=cwd, capture_output=True, text=True, timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"{commit}-dirty" if dirty else commit


def library_versions(*names: str) -> dict[str, str]:
    """Installed versions of the named distributions ("missing" when not installed)."""
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for name in names:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "missing"
    return found


def run_info(stage: str, config: dict[str, Any]) -> dict[str, Any]:
    """What produced an artifact: stage, resolved config, sovtune version, git commit, Python and key libraries.

    Deliberately free of timestamps, host names and absolute paths so that re-running on other machines
    gives the same bytes and leaks nothing about the build host.
    """
    return {
        "stage": stage,
        "sovtune_version": __version__,
        "git_commit": git_commit(),
        "python": platform.python_version(),
        "libraries": library_versions("torch", "transformers", "peft", "accelerate", "gguf", "safetensors"),
        "config": config,
    }


def write_json(path: str | Path, data: Any) -> None:
    """Write JSON with sorted keys and a trailing newline (stable bytes for DVC and signatures)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def tree_digest(root: str | Path) -> dict[str, Any]:
    """{"files": {relative path: sha256}, "root": sha256} of every regular file below `root`.

    The root digest is the sha256 of the `<sha256>  <path>\\n` lines sorted by path (the `sha256sum` output
    format), so it can be recomputed without sovtune.
    """
    files = directory_digests(root)
    listing = "".join(f"{digest}  {name}\n" for name, digest in files.items())
    return {"files": files, "root": hashlib.sha256(listing.encode("utf-8")).hexdigest()}


MODELS_KEY = "models"  # top-level key of reports/eval.json and gates.json: what the evaluation measured


def measured_models(merged_dir: str | Path, adapter_dir: str | Path) -> dict[str, Any]:
    """Digests of the merged model and the adapter, recorded next to the scores that were measured on them.

    `bundle` recomputes these and refuses to sign a model that is not the one the gates judged.
    """
    return {"merged": tree_digest(merged_dir), "adapter": tree_digest(adapter_dir)}


RUN_RECORDS = Path("reports")  # <stage>_run.json: no stage depends on these files


def write_run_record(stage: str, record: dict[str, Any], directory: str | Path = RUN_RECORDS) -> Path:
    """Write a stage's run record (git commit, versions, resolved config) to `<directory>/<stage>_run.json`.

    Run records change with every commit; kept out of the files other stages depend on, they never rerun a stage.
    """
    path = Path(directory) / f"{stage}_run.json"
    write_json(path, record)
    return path
