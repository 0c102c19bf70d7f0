"""Throwaway PKI and bundle inputs for the bundle/verify tests: real EC keys and certificates, no mocks."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

NOW = dt.datetime.now(dt.UTC)
DAY = dt.timedelta(days=1)
# A bundle's SBOM where the test is about signing, verifying or installing, not about the SBOM itself.
FAKE_SBOM = {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": []}


def use_passphrase(monkeypatch: pytest.MonkeyPatch, passphrase: str) -> None:
    """Sign with keys under `passphrase` from the environment, never with a key path a developer may have set."""
    from pipeline.keys import PASSPHRASE_ENV, SIGNING_KEY_ENV

    monkeypatch.setenv(PASSPHRASE_ENV, passphrase)
    monkeypatch.delenv(SIGNING_KEY_ENV, raising=False)


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def issue(
    subject: str,
    key: ec.EllipticCurvePrivateKey,
    issuer: tuple[str, ec.EllipticCurvePrivateKey] | None = None,
    ca: bool = False,
    email: str | None = None,
    not_before: dt.datetime = NOW - DAY,
    not_after: dt.datetime = NOW + 30 * DAY,
) -> x509.Certificate:
    """A certificate for `key`, self-signed when `issuer` is None; leaves get digitalSignature + codeSigning."""
    issuer_name, issuer_key = issuer if issuer else (subject, key)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(_name(issuer_name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    usage = dict.fromkeys(
        ("content_commitment", "key_encipherment", "data_encipherment", "key_agreement", "encipher_only",
         "decipher_only"), False
    )
    builder = builder.add_extension(
        x509.KeyUsage(digital_signature=not ca, key_cert_sign=ca, crl_sign=ca, **usage), critical=True
    )
    if not ca:
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CODE_SIGNING]), critical=False)
    if email:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def write_pem(path: Path, certificate: x509.Certificate) -> Path:
    path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return path


def write_key(path: Path, key: ec.EllipticCurvePrivateKey, passphrase: bytes | None = None) -> Path:
    encryption = serialization.BestAvailableEncryption(passphrase) if passphrase else serialization.NoEncryption()
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption))
    return path


def make_chain(directory: Path, email: str, not_after: dt.datetime = NOW + 30 * DAY, root_name: str = "Test Root"):
    """root -> intermediate -> leaf(email) in `directory`; returns dict of paths (root, intermediate, leaf, key)."""
    directory.mkdir(parents=True, exist_ok=True)
    root_key, inter_key, leaf_key = (ec.generate_private_key(ec.SECP256R1()) for _ in range(3))
    root = issue(root_name, root_key, ca=True)
    inter = issue(f"{root_name} Intermediate", inter_key, issuer=(root_name, root_key), ca=True)
    leaf = issue("Release Signer", leaf_key, issuer=(f"{root_name} Intermediate", inter_key), email=email,
                 not_after=not_after)
    return {
        "root": write_pem(directory / "root.pem", root),
        "intermediate": write_pem(directory / "intermediate.pem", inter),
        "leaf": write_pem(directory / "leaf.pem", leaf),
        "key": write_key(directory / "leaf-key.pem", leaf_key, b"leaf-pass"),
    }


def write_inputs(root: Path, model_dir: Path, gates_passed: bool = True) -> dict[str, Path]:
    """Fake-but-real upstream outputs: merged = the tiny model, a tiny PEFT-shaped adapter, small reports."""
    import shutil

    import torch
    from safetensors.torch import save_file

    from pipeline.provenance import measured_models

    merged = root / "models" / "merged"
    shutil.copytree(model_dir, merged)
    adapter = root / "models" / "adapter"
    adapter.mkdir(parents=True)
    save_file({"lora_A": torch.ones(4, 8), "lora_B": torch.zeros(8, 4)}, adapter / "adapter_model.safetensors")
    # An absolute build-machine path, as peft writes it (the same in every test, so that equal inputs stay equal:
    # the gates record the adapter's digests).
    (adapter / "adapter_config.json").write_text(json.dumps(
        {"base_model_name_or_path": "/srv/build/models/base", "peft_type": "LORA", "r": 4}))
    (adapter / "README.md").write_text("adapter for /srv/build/models/base\n")
    base = root / "models" / "base"
    base.mkdir(parents=True)
    (base / "manifest.json").write_text(json.dumps({
        "name": "TinyLlama-test", "architecture": "LlamaForCausalLM", "parameters": 600_000,
        "source": {"kind": "huggingface", "files": {"model.safetensors": "ab" * 32}},
    }))
    reports = root / "reports"
    reports.mkdir()
    # What `evaluate` records: digests of the models it measured, in both reports.
    models = measured_models(merged, adapter)
    (reports / "eval.json").write_text(json.dumps({
        "faq_perplexity": {"base": {"perplexity": 50.6}, "tuned": {"perplexity": 27.6}, "n": 40,
                           "diff_ci95": [-25.1, -21.0]},
        "models": models,
    }))
    (reports / "gates.json").write_text(json.dumps({
        "passed": gates_passed,
        "gates": [{"name": "perplexity_improves", "passed": True, "detail": "27.6 < 50.6"},
                  {"name": "no_canary_leak", "passed": gates_passed, "detail": "0 of 12 secrets emitted"}],
        "models": models,
    }))
    (reports / "redaction.json").write_text(json.dumps({
        "inputs": {"data/raw/faq.jsonl": "cd" * 32},
        "outputs": {"data/redacted/faq.jsonl": "ef" * 32},
        "spans_removed": 123,
    }))
    params = root / "params.yaml"
    params.write_text("bundle:\n  name: test\n")
    return {"merged": merged, "adapter": adapter, "base_manifest": base / "manifest.json", "reports": reports,
            "params_file": params}


def bundle_config(**changes):
    """A BundleConfig for tests; `signing` may be given as a dict."""
    from pipeline.config import BundleConfig

    values = {
        "name": "tiny", "version": "1.0.0", "intended_use": "Unit tests only.", "license": "Apache-2.0",
        "attribution": "Tiny model made in the test.", **changes,
    }
    return BundleConfig.model_validate(values)


def build(root: Path, model_dir: Path, key: Path | None, sbom: dict, gates_passed: bool = True, keep_dir: bool = True,
          **changes):
    """Write inputs under `root` and build a bundle signed with `key` into root/models/bundles.

    `keep_dir` (default here, unlike the stage) keeps the bundle directory so tests can inspect it.
    """
    from pipeline.bundle import BundleInputs, build_bundle

    inputs = BundleInputs(**write_inputs(root, model_dir, gates_passed))
    signing = changes.pop("signing", {"private_key": str(key)})
    return build_bundle(bundle_config(signing=signing, **changes), inputs, root / "models" / "bundles", sbom=sbom,
                        keep_dir=keep_dir)
