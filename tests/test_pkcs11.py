"""PKCS#11 signing against a real software token (SoftHSM2): the private key never exists as a file sovtune reads.

`make test` installs Debian's softhsm2 where it runs as root with apt (like chromium); elsewhere these tests skip
and say why.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import SovtuneError
from pipeline.keys import SIGNING_KEY_ENV
from pipeline.signing import PKCS11_PIN_ENV
from pipeline.verify import SIGNATURE, install, load_trust, verify_bundle_dir

from .pki import FAKE_SBOM, build

MODULES = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
           "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so", "/usr/lib64/pkcs11/libsofthsm2.so")
PIN = "4321"
URI = "pkcs11:token=sovtune-test;object=release"


def _module() -> str:
    if shutil.which("softhsm2-util") is None:
        pytest.skip("softhsm2 is not installed (Debian package softhsm2; `make test` installs it as root)")
    found = next((m for m in MODULES if Path(m).is_file()), None)
    if found is None:
        pytest.skip("softhsm2-util is installed but libsofthsm2.so was not found")
    try:
        import PyKCS11  # noqa: F401
    except ImportError:
        pytest.skip("PyKCS11 is missing: pip install 'model-signing[pkcs11]'")
    return found


@pytest.fixture(scope="module")
def token(tmp_path_factory) -> dict:
    """A fresh SoftHSM2 token holding one P-256 key pair; the PEM it was imported from is deleted at once."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    module = _module()
    root = tmp_path_factory.mktemp("softhsm")
    (root / "tokens").mkdir()
    config = root / "softhsm2.conf"
    config.write_text(f"directories.tokendir = {root / 'tokens'}\nobjectstore.backend = file\n")
    env = {**os.environ, "SOFTHSM2_CONF": str(config)}
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", "sovtune-test", "--pin", PIN, "--so-pin",
                    "87654321"], env=env, check=True, capture_output=True)
    key = ec.generate_private_key(ec.SECP256R1())
    pem = root / "import.pem"
    pem.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()))
    subprocess.run(["softhsm2-util", "--import", str(pem), "--token", "sovtune-test", "--label", "release", "--id",
                    "01", "--pin", PIN], env=env, check=True, capture_output=True)
    pem.unlink()
    public = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return {"conf": str(config), "module": module, "public_pem": public.decode()}


@pytest.fixture
def hsm_env(token, monkeypatch, tmp_path):
    monkeypatch.setenv("SOFTHSM2_CONF", token["conf"])
    monkeypatch.setenv(PKCS11_PIN_ENV, PIN)
    monkeypatch.delenv(SIGNING_KEY_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # a demo key made by mistake would show up here
    return token


def _signing(token: dict) -> dict:
    return {"method": "pkcs11", "pkcs11_uri": URI, "pkcs11_module": token["module"]}


def test_pkcs11_sign_and_verify_round_trip(hsm_env, tmp_path, tiny_model_dir):
    import hashlib

    summary = build(tmp_path / "w", tiny_model_dir, None, FAKE_SBOM, signing=_signing(hsm_env))
    assert summary["signature"]["method"] == "pkcs11" and summary["verified"] is True
    # The signer is the token's key: its public half is the one imported, nothing else signed.
    assert summary["signature"]["public_key_pem"] == hsm_env["public_pem"]
    assert summary["signature"]["public_key_sha256"] == hashlib.sha256(hsm_env["public_pem"].encode()).hexdigest()
    assert not (tmp_path / "home" / ".config").exists()  # no demo key was generated
    signature = json.loads((Path(summary["bundle"]) / SIGNATURE).read_text())
    payload = base64.b64decode(signature["dsseEnvelope"]["payload"])
    assert payload == json.dumps(json.loads(payload), sort_keys=True, indent=2).encode()  # canonical re-signature

    # The region's trust store takes the HSM key's public half like any other key, pinned by fingerprint.
    out = tmp_path / "release-hsm.pub"
    result = CliRunner().invoke(app, ["keys", "pkcs11-public", "--uri", URI, "--module", hsm_env["module"],
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text() == hsm_env["public_pem"]
    store = tmp_path / "region.yaml"
    store.write_text(f"region: eu-hsm\nkeys:\n  - public_key: {out.name}\n"
                     f"    fingerprint: sha256:{summary['signature']['public_key_sha256']}\n")
    installed = install(summary["tar"], load_trust(store), tmp_path / "cluster" / "model")
    assert installed["signer"] == summary["signature"]["public_key_sha256"]

    # And a byte changed after signing is refused as for file keys.
    weights = Path(summary["bundle"]) / "model.safetensors"
    data = bytearray(weights.read_bytes())
    data[100] ^= 1
    weights.write_bytes(bytes(data))
    with pytest.raises(SovtuneError, match="Hash mismatch for 'model.safetensors'"):
        verify_bundle_dir(summary["bundle"], load_trust(store))


def test_pkcs11_wrong_pin_and_missing_uri_are_one_line(hsm_env, tmp_path, tiny_model_dir, monkeypatch):
    monkeypatch.setenv(PKCS11_PIN_ENV, "0000")
    with pytest.raises(SovtuneError, match=r"PKCS#11 token: .*PIN"):
        build(tmp_path / "a", tiny_model_dir, None, FAKE_SBOM, signing=_signing(hsm_env))
    with pytest.raises(SovtuneError, match="pkcs11_uri is not a pkcs11: URI"):
        build(tmp_path / "b", tiny_model_dir, None, FAKE_SBOM, signing={"method": "pkcs11"})
    assert not (tmp_path / "a" / "models" / "bundles" / "tiny-1.0.0.tar").exists()
