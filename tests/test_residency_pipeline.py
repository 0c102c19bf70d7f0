"""DVC-level checks of issue 13 in a scratch copy of the repository: user data survives, run records rerun nothing,
path params are tracked. They run real stages (prepare, redact; the slow one also import_model and train).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml

from pipeline.provenance import sha256_file

from .test_airgap import _environment, _merge, copy_repository

GIT = ["git", "-c", "user.name=sovtune-test", "-c", "user.email=test@example.org"]
SIDECAR = {
    "jurisdiction": "SE",
    "legal_basis": "CC-BY-4.0 licence; personal data synthetic",
    "purpose": "test: the user's own support tickets",
    "retain_until": "2099-12-31",
    "allowed_regions": ["demo"],
    "special_category": False,
    "redaction_policy": "default",
}


def _run(repo: Path, *command: str, timeout: int = 900) -> str:
    result = subprocess.run(list(command), cwd=repo, env=_environment(repo.parent / "home"), capture_output=True,
                            text=True, timeout=timeout)
    assert result.returncode == 0, f"{' '.join(command)}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result.stdout


def _commit(repo: Path, message: str) -> None:
    _run(repo, "git", "add", "-A")
    _run(repo, *GIT, "commit", "-q", "--allow-empty", "-m", message)


@pytest.fixture(scope="module")
def redacted_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch copy after `dvc repro redact` (prepare + redact of the demo data), committed."""
    root = tmp_path_factory.mktemp("residency-dvc")
    (root / "home").mkdir()
    repo = copy_repository(root / "repo")
    _run(repo, "dvc", "repro", "redact")
    _commit(repo, "demo data redacted")
    return repo


def test_docs_only_commit_leaves_dvc_status_clean(redacted_repo: Path):
    repo = redacted_repo
    with open(repo / "README.md", "a", encoding="utf-8") as handle:
        handle.write("\nA documentation-only change.\n")
    _commit(repo, "docs only")
    status = _run(repo, "dvc", "status", "redact")
    assert "changed" not in status and "modified" not in status, status
    # Even when the stages rerun at the new commit (as after any upstream edit), what other stages read is
    # byte-identical: no git commit or time in any output, so nothing downstream would rerun.
    lock_before = (repo / "dvc.lock").read_text(encoding="utf-8")
    _run(repo, "dvc", "repro", "-f", "redact")
    assert (repo / "dvc.lock").read_text(encoding="utf-8") == lock_before
    assert "git_commit" in (repo / "reports/redact_run.json").read_text(encoding="utf-8")
    assert "git_commit" not in (repo / "reports/redaction.json").read_text(encoding="utf-8")


def test_demo_inputs_have_sidecars_and_residency_is_recorded(redacted_repo: Path):
    record = json.loads((redacted_repo / "reports/residency.json").read_text(encoding="utf-8"))
    files = {d["file"]: d for d in record["datasets"]}
    assert set(files) == {"data/demo/faq_chat.jsonl", "data/demo/faq_train.jsonl"}
    for name, entry in files.items():
        assert entry["sha256"] == sha256_file(redacted_repo / name)
        assert entry["jurisdiction"] == "SE" and entry["redaction_policy"]["name"] == "default"
    assert list(record["regions"]) == ["demo"]
    assert not (redacted_repo / "data/raw").exists()  # the demo never writes the user's directory


def test_exp_run_set_on_a_path_param_is_tracked(redacted_repo: Path):
    repo = redacted_repo
    _run(repo, "dvc", "exp", "run", "-S", "redact.output_dir=data/redacted_exp", "-S",
         "train.data_dir=data/redacted_exp", "redact")
    lock = yaml.safe_load((repo / "dvc.lock").read_text(encoding="utf-8"))
    outs = [o["path"] for o in lock["stages"]["redact"]["outs"]]
    assert "data/redacted_exp" in outs and "data/redacted" not in outs
    assert (repo / "data/redacted_exp/faq_train.jsonl").is_file()
    assert "data/redacted_exp" in json.dumps(json.loads((repo / "reports/redaction.json").read_text())["outputs"])


@pytest.mark.slow
def test_users_file_in_data_raw_survives_repro_and_is_trained_on(tmp_path: Path, tiny_model_dir: Path):
    """The data-loss scenario of issue 13: a file put into data/raw/ stays byte for byte and is trained on.

    Real stages under `dvc repro` (import_model, redact, train); the base model is the tiny test Llama (your own
    model via import_model.path), so the run takes about a minute instead of SmolLM2's many.
    """
    (tmp_path / "home").mkdir()
    repo = copy_repository(tmp_path / "repo")
    params = yaml.safe_load((repo / "params.yaml").read_text())
    smoke = yaml.safe_load((repo / "configs/experiments/smoke.yaml").read_text())
    params = _merge(params, smoke)
    params["redact"]["input_dir"] = "data/raw"  # the one documented step from the demo to your own data
    params["import_model"]["path"] = str(tiny_model_dir)
    params["train"]["max_length"] = 64
    (repo / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False))
    raw = repo / "data/raw"
    raw.mkdir(parents=True)
    records = [{"id": f"t{i}", "instruction": f"Ticket {i}: how do I insulate a timber wall? Mail me at "
                f"karin.lind{i}@example.se", "output": "Fill the cavity with mineral wool and add a vapour barrier "
                "on the warm side."} for i in range(40)]
    mine = raw / "mine.jsonl"
    mine.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (raw / "mine.meta.yaml").write_text(yaml.safe_dump(SIDECAR), encoding="utf-8")
    original = {p.name: p.read_bytes() for p in raw.iterdir()}
    _commit(repo, "own data")

    _run(repo, "dvc", "repro", "prepare")  # the demo stage still runs; it must not touch data/raw
    _run(repo, "dvc", "repro", "train")
    _run(repo, "dvc", "repro", "train")  # cached: DVC checks outputs out, and data/raw is none of them
    assert {p.name: p.read_bytes() for p in raw.iterdir()} == original

    report = json.loads((repo / "reports/redaction.json").read_text())
    assert report["inputs"] == {"data/raw/mine.jsonl": sha256_file(mine)}
    assert report["entities"].get("EMAIL_ADDRESS") == 40
    redacted = (repo / "data/redacted/mine.jsonl").read_text()
    assert "example.se" not in redacted and "<EMAIL_ADDRESS>" in redacted
    info = json.loads((repo / "models/adapter/run_info.json").read_text())
    assert {Path(name).name for name in info["data"]} == {"mine.jsonl"}, info["data"]
    assert sha256_file(repo / "data/redacted/mine.jsonl") in json.dumps(info["data"])
    assert "git_commit" not in json.dumps(info)
    [dataset] = json.loads((repo / "reports/residency.json").read_text())["datasets"]
    assert dataset["file"] == "data/raw/mine.jsonl" and dataset["sha256"] == sha256_file(mine)
