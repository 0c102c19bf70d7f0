"""Is `cache.type = reflink,hardlink,symlink,copy` safe with `dvc repro`? Measured in a throwaway DVC project.

Two stages that follow sovtune's patterns (a stage writes its outputs as new files; a downstream stage only
reads them) run under that cache.type. Recorded: which link DVC made on this filesystem, whether the workspace
copy is write-protected, whether an in-place edit of an output (what a user or a careless stage might do) is
refused or reaches the cache, and whether the cache stays intact when `dvc repro` reruns a changed stage.

Run: `python -m benchmarks.dvc_cache_links`; writes benchmarks/results/dvc_cache_links.json.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULT = ROOT / "benchmarks" / "results" / "dvc_cache_links.json"
CACHE_TYPE = "reflink,hardlink,symlink,copy"
STAGE = "import sys, pathlib; p = pathlib.Path('out'); p.mkdir(exist_ok=True); (p / 'model.bin').write_bytes(b'w' * 4096 + open('seed.txt', 'rb').read())"  # noqa: E501


def _cache_intact(repo: Path) -> bool:
    """Every file in the DVC cache still hashes to its own name (md5 of the content)."""
    for path in (repo / ".dvc" / "cache" / "files" / "md5").rglob("*"):
        digest_named = path.is_file() and not path.name.endswith(".dir")
        if digest_named and hashlib.md5(path.read_bytes()).hexdigest() != path.parent.name + path.name:
            return False
    return True


def measure() -> dict[str, Any]:
    dvc = str(Path(sys.executable).with_name("dvc"))
    with tempfile.TemporaryDirectory() as scratch:
        repo = Path(scratch)

        def run(*command: str) -> str:
            done = subprocess.run(command, cwd=repo, capture_output=True, text=True, timeout=120)
            if done.returncode:
                raise RuntimeError(" ".join(command) + ": " + done.stderr[-500:])
            return done.stdout

        run("git", "init", "-q")
        run(dvc, "init", "-q")
        run(dvc, "config", "core.analytics", "false")
        run(dvc, "config", "cache.type", CACHE_TYPE)
        (repo / "seed.txt").write_text("1")
        stages = {"stages": {
            "make": {"cmd": f'python -c "{STAGE}"', "deps": ["seed.txt"], "outs": ["out"]},
            "use": {"cmd": "python -c \"open('use.txt','w').write(open('out/model.bin').read()[-1])\"",
                    "deps": ["out"], "outs": ["use.txt"]},
        }}
        (repo / "dvc.yaml").write_text(json.dumps(stages))
        run(dvc, "repro", "-q")
        output = repo / "out" / "model.bin"
        after_repro = "hardlink" if os.lstat(output).st_nlink > 1 or output.is_symlink() else "plain file"
        # Links appear when DVC restores an output from its cache (checkout, exp apply, run-cache restore).
        shutil.rmtree(repo / "out")
        run(dvc, "checkout", "-q")
        stat = os.lstat(output)
        link = "symlink" if output.is_symlink() else "hardlink" if stat.st_nlink > 1 else "copy or reflink"
        writable = os.access(output, os.W_OK)
        # A changed input: dvc repro removes the linked output before the stage writes a new file.
        (repo / "seed.txt").write_text("2")
        run(dvc, "repro", "-q")
        cache_after_rerun = _cache_intact(repo)
        shutil.rmtree(repo / "out")
        run(dvc, "checkout", "-q")
        try:
            with open(output, "r+b") as handle:  # an in-place edit of a pipeline output
                handle.write(b"EDITED")
            edit = "allowed"
        except PermissionError:
            edit = "refused (read-only)"
        cache_after_edit = _cache_intact(repo)
        return {
            "output_right_after_repro": after_repro,
            "filesystem_link_made_on_checkout": link,
            "workspace_output_writable": writable,
            "in_place_edit_of_output": edit,
            "cache_intact_after_in_place_edit": cache_after_edit,
            "cache_intact_after_repro_rerun": cache_after_rerun,
        }


def main() -> None:
    result = measure()
    result["cache_type"] = CACHE_TYPE
    result["dvc_version"] = subprocess.run([str(Path(sys.executable).with_name("dvc")), "--version"],
                                           capture_output=True, text=True).stdout.strip()
    result["safe"] = result["cache_intact_after_in_place_edit"] and result["cache_intact_after_repro_rerun"]
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
