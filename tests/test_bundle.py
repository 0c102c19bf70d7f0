from __future__ import annotations

import json
import os
import stat
import tarfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.bundle import python_sbom, write_tar
from pipeline.cli import app
from pipeline.errors import SovtuneError
from pipeline.keys import DEMO_KEY, PASSPHRASE_ENV, SIGNING_KEY_ENV, generate_keypair, resolve_signing_key
from pipeline.verify import SIGNATURE, install, load_trust, verify_bundle_dir

from .pki import build, make_chain, use_passphrase

PASS = "correct horse battery staple"


@pytest.fixture(scope="module")
def sbom() -> dict:
    return python_sbom()


@pytest.fixture(scope="module")
def keypair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return generate_keypair(tmp_path_factory.mktemp("keys"), "signing", PASS)


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch):
    use_passphrase(monkeypatch, PASS)


@pytest.fixture(scope="module")
def built(tmp_path_factory, tiny_model_dir, keypair, sbom) -> dict:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(PASSPHRASE_ENV, PASS)
        return build(tmp_path_factory.mktemp("build"), tiny_model_dir, keypair[0], sbom)


def test_bundle_layout_and_signature(built, keypair):
    bundle = Path(built["bundle"])
    names = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()}
    assert {"config.json", "model.safetensors", "tokenizer.json", "README.md", "adapter/adapter_config.json",
            "adapter/adapter_model.safetensors", "reports/eval.json", "reports/gates.json",
            "reports/redaction.json", "provenance.intoto.json", "sbom.cdx.json", SIGNATURE} <= names
    assert "adapter/README.md" not in names  # peft's card carries the build machine's path
    summary = verify_bundle_dir(bundle, load_trust(keypair[1]))
    assert summary["method"] == "key" and summary["files"] == len(names) - 1
    assert Path(built["tar"]).is_file()


def test_summary_has_root_digest_and_self_verification(built, keypair):
    signature = json.loads((Path(built["bundle"]) / SIGNATURE).read_text())
    import base64

    statement = json.loads(base64.b64decode(signature["dsseEnvelope"]["payload"]))
    assert built["root_digest"] == statement["subject"][0]["digest"]["sha256"]
    assert built["verified"] is True
    assert built["signature"]["public_key_pem"] == keypair[1].read_text()
    beside_tar = json.loads(Path(built["tar"]).with_suffix(".json").read_text())
    assert beside_tar["tar_sha256"] == built["tar_sha256"]


def test_bundle_has_no_absolute_paths_or_private_keys(built, keypair):
    bundle = Path(built["bundle"])
    build_root, key_dir = str(bundle.parents[2]), str(keypair[0].parent)
    for path in bundle.rglob("*"):
        if path.is_file() and path.suffix != ".safetensors":
            text = path.read_text(encoding="utf-8")
            assert build_root not in text and key_dir not in text and "/srv/build" not in text, path
            assert "PRIVATE KEY" not in text, path
    adapter_config = json.loads((bundle / "adapter" / "adapter_config.json").read_text())
    assert adapter_config["base_model_name_or_path"] == "TinyLlama-test"


def test_model_card_is_generated_from_reports(built):
    card = (Path(built["bundle"]) / "README.md").read_text()
    assert "TinyLlama-test" in card
    assert "| faq_perplexity | perplexity | 50.6 | 27.6 | 40 |" in card
    assert "data/redacted/faq.jsonl" in card and "ef" * 32 in card
    assert "spans_removed: 123" in card
    assert "Release gates: PASSED" in card and "no_canary_leak" in card
    assert "Unit tests only." in card and "Apache-2.0" in card and "Tiny model made in the test." in card
    assert "FAILED" not in card


def test_provenance_is_slsa_statement_with_materials(built):
    bundle = Path(built["bundle"])
    statement = json.loads((bundle / "provenance.intoto.json").read_text())
    assert statement["_type"] == "https://in-toto.io/Statement/v1"
    assert statement["predicateType"] == "https://slsa.dev/provenance/v1"
    subjects = {s["name"]: s["digest"]["sha256"] for s in statement["subject"]}
    import hashlib

    assert subjects["model.safetensors"] == hashlib.sha256((bundle / "model.safetensors").read_bytes()).hexdigest()
    dependencies = statement["predicate"]["buildDefinition"]["resolvedDependencies"]
    names = {d.get("name") or d.get("uri"): d["digest"] for d in dependencies}
    assert names["data/redacted/faq.jsonl"] == {"sha256": "ef" * 32}
    assert set(names) >= {"models/base/manifest.json", "params.yaml", "git+sovtune"}
    assert "gitCommit" in names["git+sovtune"]
    builder = statement["predicate"]["runDetails"]["builder"]
    assert builder["version"]["sovtune"] and builder["version"]["python"]
    assert statement["predicate"]["buildDefinition"]["internalParameters"]["allow_failed_gates_used"] is False


def test_sbom_is_cyclonedx_without_volatile_fields(sbom):
    assert sbom["bomFormat"] == "CycloneDX"
    assert "serialNumber" not in sbom and "timestamp" not in sbom.get("metadata", {})
    names = {c["name"].lower() for c in sbom["components"]}
    assert {"model-signing", "transformers", "cryptography"} <= names
    assert "file://" not in json.dumps(sbom)


def test_same_inputs_give_the_same_tar_bytes(tmp_path, tiny_model_dir, keypair, sbom, built):
    # Different directory, fresh copies (new mtimes, possibly other owners): the tar must not change.
    again = build(tmp_path, tiny_model_dir, keypair[0], sbom)
    assert Path(again["tar"]).read_bytes() == Path(built["tar"]).read_bytes()
    with tarfile.open(again["tar"]) as tar:
        members = tar.getmembers()
    assert [m.name for m in members] == sorted(m.name for m in members)
    assert all(m.mtime == 0 and m.uid == 0 and m.gid == 0 and m.uname == "" and m.gname == "" for m in members)
    assert {m.mode for m in members} == {0o644, 0o755}


def test_write_tar_ignores_mtime_and_mode(tmp_path):
    source = tmp_path / "b"
    (source / "sub").mkdir(parents=True)
    (source / "sub" / "x.bin").write_bytes(b"x" * 100)
    (source / "a.txt").write_text("a")
    write_tar(source, tmp_path / "one.tar")
    os.utime(source / "a.txt", (1, 1))
    (source / "a.txt").chmod(0o600)
    write_tar(source, tmp_path / "two.tar")
    assert (tmp_path / "one.tar").read_bytes() == (tmp_path / "two.tar").read_bytes()


def test_failed_gates_refuse_to_bundle(tmp_path, tiny_model_dir, keypair, sbom):
    with pytest.raises(SovtuneError, match="failed its release gates.*no_canary_leak.*allow_failed_gates"):
        build(tmp_path, tiny_model_dir, keypair[0], sbom, gates_passed=False)
    assert not (tmp_path / "models" / "bundles").exists()


def test_failed_gates_override_is_recorded(tmp_path, tiny_model_dir, keypair, sbom):
    summary = build(tmp_path, tiny_model_dir, keypair[0], sbom, gates_passed=False, allow_failed_gates=True)
    bundle = Path(summary["bundle"])
    assert "FAILED its release gates (no_canary_leak)" in (bundle / "README.md").read_text()
    internal = json.loads((bundle / "provenance.intoto.json").read_text())["predicate"]["buildDefinition"][
        "internalParameters"]
    assert internal["allow_failed_gates_used"] is True and internal["failed_gates"] == ["no_canary_leak"]
    assert internal["run"]["config"]["allow_failed_gates"] is True


def test_installed_bundle_loads_with_plain_transformers(built, keypair, tmp_path):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    dest = tmp_path / "cluster" / "model"
    install(built["tar"], load_trust(keypair[1]), dest)
    model = AutoModelForCausalLM.from_pretrained(dest)
    tokenizer = AutoTokenizer.from_pretrained(dest)
    logits = model(**tokenizer("The concrete slab", return_tensors="pt")).logits
    assert logits.shape[-1] == model.config.vocab_size
    # Staging removed; the install log (and its head) is all that install adds beside the model.
    assert sorted(p.name for p in dest.parent.iterdir()) == ["model", "sovtune-installs.log",
                                                             "sovtune-installs.log.head"]


def test_certificate_method_signs_and_verifies(tmp_path, tiny_model_dir, sbom):
    chain = make_chain(tmp_path / "pki", "release@example.org")
    signing = {"method": "certificate", "private_key": str(chain["key"]), "certificate": str(chain["leaf"]),
               "certificate_chain": [str(chain["intermediate"])]}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(PASSPHRASE_ENV, "leaf-pass")
        summary = build(tmp_path / "w", tiny_model_dir, chain["key"], sbom, signing=signing)
    store = tmp_path / "region.yaml"
    store.write_text(
        "region: test\ncertificates:\n  roots: [pki/root.pem]\n  identities: [email:release@example.org]\n"
    )
    result = verify_bundle_dir(summary["bundle"], load_trust(store))
    assert {k: result[k] for k in ("method", "signer", "bundle", "root_digest")} == {
        "method": "certificate", "signer": "email:release@example.org", "bundle": "tiny-1.0.0",
        "root_digest": summary["root_digest"]}
    assert result["gates"]["passed"] is True and result["gates"]["bound"] is True
    assert not list(Path("/dev/shm").glob("sovtune-key-*"))  # decrypted key file deleted


def test_keys_generate_writes_encrypted_0600_key(tmp_path):
    result = CliRunner().invoke(app, ["keys", "generate", "--out", str(tmp_path / "k"), "--curve", "P-384"],
                                env={PASSPHRASE_ENV: PASS})
    assert result.exit_code == 0, result.output
    private = tmp_path / "k" / "signing.pem"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert b"ENCRYPTED PRIVATE KEY" in private.read_bytes()
    assert (tmp_path / "k" / "signing.pub").read_bytes().startswith(b"-----BEGIN PUBLIC KEY")


def test_keys_generate_refuses_inside_a_git_repository(tmp_path):
    (tmp_path / ".git").mkdir()
    result = CliRunner().invoke(app, ["keys", "generate", "--out", str(tmp_path / "keys")], env={PASSPHRASE_ENV: PASS})
    assert result.exit_code == 2
    assert "inside the git repository" in result.output
    assert not (tmp_path / "keys").exists()


def test_wrong_passphrase_is_a_clear_error(tmp_path, tiny_model_dir, keypair, sbom, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, "wrong")
    with pytest.raises(SovtuneError, match="wrong passphrase"):
        build(tmp_path, tiny_model_dir, keypair[0], sbom)


def test_demo_key_is_generated_outside_the_repo_once(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv(PASSPHRASE_ENV)
    path = resolve_signing_key(DEMO_KEY)
    assert path == tmp_path / ".config" / "sovtune" / "keys" / "demo-signing.pem" and path.is_file()
    assert "DEMO signing key" in capsys.readouterr().err
    resolve_signing_key(DEMO_KEY)
    assert "DEMO" not in capsys.readouterr().err


def test_signing_key_env_overrides_config(tmp_path, keypair, monkeypatch):
    monkeypatch.setenv(SIGNING_KEY_ENV, str(keypair[0]))
    assert resolve_signing_key(DEMO_KEY) == keypair[0]


@pytest.mark.slow
def test_real_smollm2_bundle_installs_and_generates(tmp_path, smollm2_base_dir, keypair):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    summary = build(tmp_path / "w", smollm2_base_dir, keypair[0], {"bomFormat": "CycloneDX"})
    dest = tmp_path / "cluster" / "smollm2"
    install(summary["tar"], load_trust(keypair[1]), dest)
    tokenizer = AutoTokenizer.from_pretrained(dest)
    model = AutoModelForCausalLM.from_pretrained(dest)
    original = AutoModelForCausalLM.from_pretrained(smollm2_base_dir)
    inputs = tokenizer("Building permits are issued by", return_tensors="pt")
    with torch.no_grad():
        assert torch.equal(model(**inputs).logits, original(**inputs).logits)
    assert json.loads((Path(summary["tar"]).with_suffix(".json")).read_text())["tar_sha256"] == summary["tar_sha256"]


def test_signature_bytes_are_the_same_across_processes(tmp_path):
    # model_signing's payload key order varies per process (protobuf map); sovtune re-signs it canonically.
    import subprocess
    import sys

    from .conftest import ROOT

    private, public = generate_keypair(tmp_path / "keys", "p384", PASS, curve="P-384")
    script = (
        "import sys; from pathlib import Path; from pipeline.bundle import sign_bundle_dir; "
        "from pipeline.config import BundleSigningConfig; "
        "sign_bundle_dir(Path(sys.argv[1]), BundleSigningConfig(private_key=sys.argv[2]))"
    )
    signatures = []
    for run in ("a", "b"):
        directory = tmp_path / run / "bundle"
        (directory / "sub").mkdir(parents=True)
        (directory / "weights.bin").write_bytes(bytes(range(256)) * 100)
        (directory / "sub" / "config.json").write_text("{}")
        env = {**os.environ, "PYTHONPATH": str(ROOT), PASSPHRASE_ENV: PASS}
        subprocess.run([sys.executable, "-c", script, str(directory), str(private)], check=True, env=env, timeout=120)
        signatures.append((directory / SIGNATURE).read_bytes())
        assert verify_bundle_dir(directory, load_trust(public))["files"] == 2
    assert signatures[0] == signatures[1]
