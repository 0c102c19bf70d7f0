"""Release integrity (issue 15): gates bound to the model, revocation, signed names, hardened install refusals."""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.bundle import BundleInputs, build_bundle, write_tar
from pipeline.cli import app
from pipeline.errors import SovtuneError
from pipeline.installlog import LOG_NAME, check_log
from pipeline.keys import PASSPHRASE_ENV, generate_keypair, public_key_fingerprint
from pipeline.verify import SIGNATURE, _load_public_key, install, load_trust, verify_bundle_dir, verify_path

from .conftest import ROOT, build_tiny_llama
from .pki import FAKE_SBOM, build, bundle_config, use_passphrase, write_inputs

PASS = "release-suite"


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch):
    use_passphrase(monkeypatch, PASS)


@pytest.fixture(scope="module")
def keys(tmp_path_factory) -> dict[str, Path]:
    private, public = generate_keypair(tmp_path_factory.mktemp("keys"), "release", PASS)
    return {"private": private, "public": public, "fingerprint": public_key_fingerprint(_load_public_key(public))}


def _build(root: Path, model_dir: Path, keys, **changes) -> dict:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(PASSPHRASE_ENV, PASS)
        return build(root, model_dir, keys["private"], FAKE_SBOM, **changes)


@pytest.fixture(scope="module")
def good(tmp_path_factory, tiny_model_dir, keys) -> dict:
    return _build(tmp_path_factory.mktemp("good"), tiny_model_dir, keys)


@pytest.fixture(scope="module")
def failed(tmp_path_factory, tiny_model_dir, keys) -> dict:
    return _build(tmp_path_factory.mktemp("failed"), tiny_model_dir, keys, gates_passed=False,
                  allow_failed_gates=True)


def _cli(*args: str):
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def _one_line_refusal(code: int, output: str, pattern: str) -> None:
    assert code == 2, output
    lines = output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("sovtune: error: "), output
    assert "Traceback" not in output
    assert pattern in lines[0], output


# --- 1. gates bound to the model ------------------------------------------------------------------------------


def test_retrain_then_bundle_is_refused(tmp_path, tiny_model_dir, keys):
    inputs = write_inputs(tmp_path, tiny_model_dir)
    # "Retrain" after evaluate: a different model is saved over models/merged.
    build_tiny_llama(vocab_size=1024, seed=7).save_pretrained(inputs["merged"], safe_serialization=True)
    with pytest.raises(SovtuneError, match=r"models/merged is not the model reports/gates.json judged \(changed since "
                                           r"evaluation: [^)]*model.safetensors\); run `dvc repro evaluate`"):
        build_bundle(bundle_config(signing={"private_key": str(keys["private"])}), BundleInputs(**inputs),
                     tmp_path / "out", sbom=FAKE_SBOM)
    assert not (tmp_path / "out" / "tiny-1.0.0.tar").exists()


def test_changed_adapter_and_unbound_gates_are_refused(tmp_path, tiny_model_dir, keys):
    inputs = write_inputs(tmp_path, tiny_model_dir)
    config = bundle_config(signing={"private_key": str(keys["private"])})
    (inputs["adapter"] / "adapter_model.safetensors").write_bytes(b"retrained")
    with pytest.raises(SovtuneError, match=r"adapter is not the model .* adapter_model.safetensors"):
        build_bundle(config, BundleInputs(**inputs), tmp_path / "out", sbom=FAKE_SBOM)
    gates = json.loads((inputs["reports"] / "gates.json").read_text())
    del gates["models"]
    (inputs["reports"] / "gates.json").write_text(json.dumps(gates))
    with pytest.raises(SovtuneError, match=r"records no digests of the model it measured"):
        build_bundle(config, BundleInputs(**inputs), tmp_path / "out", sbom=FAKE_SBOM)


def test_model_root_digest_is_recomputable_with_coreutils(tmp_path, tiny_model_dir):
    from pipeline.provenance import measured_models, tree_digest

    models = measured_models(tiny_model_dir, tiny_model_dir)
    digest = tree_digest(tiny_model_dir)
    listing = subprocess.run("find . -type f | sed 's|^\\./||' | LC_ALL=C sort | xargs sha256sum", shell=True,
                             cwd=tiny_model_dir, capture_output=True, text=True, check=True).stdout
    import hashlib

    # The root digest is recomputable with coreutils: sha256 of the sorted `sha256sum` listing.
    assert digest["root"] == hashlib.sha256(listing.encode()).hexdigest()
    assert models["merged"] == digest and set(digest["files"]) >= {"model.safetensors", "config.json"}
    # evaluate.main writing them into eval.json and gates.json: tests/test_evaluate.py (stage main test).


def test_signed_gates_are_printed_and_bound(good, keys):
    code, output = _cli("verify", good["tar"], "--trust", str(keys["public"]))
    assert code == 0, output
    assert "gates: PASSED (measured on these weights)" in output
    assert "PASS perplexity_improves: 27.6 < 50.6" in output
    assert f"root digest {good['root_digest']}" in output and "bundle tiny-1.0.0" in output


def test_failed_gate_bundle_refused_then_accepted_and_logged(tmp_path, failed, keys):
    cluster = tmp_path / "cluster"
    code, output = _cli("install", failed["tar"], "--trust", str(keys["public"]), "--dest", str(cluster / "m"))
    _one_line_refusal(code, output, "FAILED its release gates (no_canary_leak)")
    assert not cluster.exists() or sorted(p.name for p in cluster.iterdir()) == []
    code, output = _cli("verify", failed["tar"], "--trust", str(keys["public"]))
    assert code == 0 and "gates: FAILED (no_canary_leak)" in output, output
    code, output = _cli("install", failed["tar"], "--trust", str(keys["public"]), "--dest", str(cluster / "m"),
                        "--accept-failed-gates")
    assert code == 0, output
    check = check_log(cluster / LOG_NAME)
    assert check.intact and len(check.entries) == 1
    entry = check.entries[0]
    assert entry["gates"] == {"passed": False, "failed": ["no_canary_leak"], "bound": True, "accepted_failed": True}
    assert entry["root_digest"] == failed["root_digest"] and entry["signer_fingerprint"] == keys["fingerprint"]
    assert entry["bundle"] == "tiny-1.0.0" and entry["user"] and entry["host"] and entry["time"]


# --- Deliver 6 of issue 12: one full copy ---------------------------------------------------------------------


def test_stage_output_is_the_tar_only_and_both_forms_verify(tmp_path, tiny_model_dir, keys):
    summary = _build(tmp_path, tiny_model_dir, keys, keep_dir=False)
    output = tmp_path / "models" / "bundles"
    assert sorted(p.name for p in output.iterdir()) == ["tiny-1.0.0.json", "tiny-1.0.0.tar"]
    assert summary["bundle"] is None and summary["verified"] is True
    # The staging hard links are gone: the merged weights have one name again.
    assert (tmp_path / "models" / "merged" / "model.safetensors").stat().st_nlink == 1
    trust = load_trust(keys["public"])
    assert verify_path(summary["tar"], trust)["root_digest"] == summary["root_digest"]
    dest = tmp_path / "cluster" / "model"
    install(summary["tar"], trust, dest)
    assert verify_path(dest, trust)["root_digest"] == summary["root_digest"]


# --- 3. revocation --------------------------------------------------------------------------------------------


def _store(tmp_path: Path, keys, revoked: str = "") -> Path:
    store = tmp_path / "region.yaml"
    store.write_text(f"region: eu-north\nkeys:\n  - public_key: {keys['public']}\n{revoked}")
    return store


def test_revoked_key_is_refused(tmp_path, good, keys):
    store = _store(tmp_path, keys, f"revoked:\n  keys:\n    - fingerprint: sha256:{keys['fingerprint']}\n"
                                   "      reason: laptop stolen 2026-11-30\n")
    pattern = f"signing key {keys['fingerprint']} is revoked in the trust store {store} (laptop stolen 2026-11-30)"
    _one_line_refusal(*_cli("verify", good["tar"], "--trust", str(store)), pattern)
    _one_line_refusal(*_cli("install", good["tar"], "--trust", str(store), "--dest", str(tmp_path / "d")), pattern)
    assert not (tmp_path / "d").exists()


def test_revoked_bundle_digest_is_refused(tmp_path, good, keys):
    store = _store(tmp_path, keys, f"revoked:\n  bundles:\n    - root_digest: {good['root_digest'].upper()}\n"
                                   "      reason: leaks a canary\n")
    pattern = f"bundle root digest {good['root_digest']} is revoked in the trust store {store} (leaks a canary)"
    _one_line_refusal(*_cli("verify", good["bundle"], "--trust", str(store)), pattern)
    _one_line_refusal(*_cli("install", good["tar"], "--trust", str(store), "--dest", str(tmp_path / "d")), pattern)
    # The same store without the entry accepts it: the refusal is the revocation, nothing else.
    assert verify_path(good["tar"], load_trust(_store(tmp_path, keys)))["signer"] == keys["fingerprint"]


# --- 5. signed name and version -------------------------------------------------------------------------------


def test_renamed_version_bundle_is_refused(tmp_path, good, keys):
    renamed = tmp_path / "tiny-9.9.9.tar"
    shutil.copy(good["tar"], renamed)
    pattern = "tiny-9.9.9.tar: the file name says tiny 9.9.9 but the signature is for tiny-1.0.0"
    _one_line_refusal(*_cli("verify", str(renamed), "--trust", str(keys["public"])), pattern)
    _one_line_refusal(*_cli("install", str(renamed), "--trust", str(keys["public"]), "--dest", str(tmp_path / "d")),
                      pattern)
    # A name without the <name>-<version> form says nothing, so it is accepted.
    plain = tmp_path / "release.tar"
    shutil.copy(good["tar"], plain)
    assert verify_path(plain, load_trust(keys["public"]))["bundle"] == "tiny-1.0.0"


def test_retarred_under_another_top_directory_is_refused(tmp_path, good, keys):
    with tarfile.open(good["tar"]) as tar:
        tar.extractall(tmp_path / "x", filter="data")
    (tmp_path / "x" / "tiny-1.0.0").rename(tmp_path / "x" / "tiny-9.9.9")
    write_tar(tmp_path / "x" / "tiny-9.9.9", tmp_path / "bundle.tar")
    with pytest.raises(SovtuneError, match=r"top directory 'tiny-9.9.9' is not the signed bundle 'tiny-1.0.0'"):
        install(tmp_path / "bundle.tar", load_trust(keys["public"]), tmp_path / "d")


# --- 5. tar headers checked before extraction -----------------------------------------------------------------


def test_sparse_member_is_refused_in_under_a_second(tmp_path, keys):
    if shutil.which("tar") is None:
        pytest.skip("GNU tar is needed to write a sparse member")
    top = tmp_path / "src" / "tiny-1.0.0"
    top.mkdir(parents=True)
    with open(top / "model.safetensors", "wb") as handle:
        handle.truncate(4 * 2**30)  # 4 GiB of holes
    subprocess.run(["tar", "--sparse", "--format=gnu", "-cf", str(tmp_path / "tiny-1.0.0.tar"), "-C",
                    str(tmp_path / "src"), "tiny-1.0.0"], check=True)
    assert (tmp_path / "tiny-1.0.0.tar").stat().st_size < 100_000
    start = time.perf_counter()
    code, output = _cli("install", str(tmp_path / "tiny-1.0.0.tar"), "--trust", str(keys["public"]), "--dest",
                        str(tmp_path / "d"))
    assert time.perf_counter() - start < 1.0
    _one_line_refusal(code, output, "tar entry 'tiny-1.0.0/model.safetensors' is a sparse file")
    assert not (tmp_path / "d").exists() and [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_member_declaring_more_than_the_file_holds_is_refused(tmp_path, keys):
    path = tmp_path / "tiny-1.0.0.tar"
    top = tarfile.TarInfo("tiny-1.0.0")
    top.type = tarfile.DIRTYPE
    big = tarfile.TarInfo("tiny-1.0.0/model.safetensors")
    big.size = 40 * 2**30  # the header says 40 GiB (under the 64 GiB limit); the file holds 2.5 KB
    path.write_bytes(top.tobuf() + big.tobuf() + b"\0" * 1024)
    start = time.perf_counter()
    pattern = r"entry 'tiny-1.0.0/model.safetensors' declares 42949672960 bytes but the file ends"
    with pytest.raises(SovtuneError, match=pattern):
        install(path, load_trust(keys["public"]), tmp_path / "d")
    assert time.perf_counter() - start < 1.0


# --- 5. every refusal is one line, exit code 2 ----------------------------------------------------------------


def _resigned_tar(tmp_path: Path, good: dict, change) -> Path:
    with tarfile.open(good["tar"]) as tar:
        tar.extractall(tmp_path / "x", filter="data")
    bundle = tmp_path / "x" / "tiny-1.0.0"
    signature = json.loads((bundle / SIGNATURE).read_text())
    change(signature)
    (bundle / SIGNATURE).write_text(json.dumps(signature))
    write_tar(bundle, tmp_path / "tiny-1.0.0.tar")
    return tmp_path / "tiny-1.0.0.tar"


def _statement_change(change):
    def apply(signature: dict) -> None:
        statement = json.loads(base64.b64decode(signature["dsseEnvelope"]["payload"]))
        change(statement)
        signature["dsseEnvelope"]["payload"] = base64.b64encode(json.dumps(statement).encode()).decode()
    return apply


MALFORMED_SIGNATURES = {
    "material_is_a_string": (lambda s: s.update(verificationMaterial="x"), "verificationMaterial is missing"),
    "hint_is_a_number": (lambda s: s["verificationMaterial"]["publicKey"].update(hint=5), "publicKey.hint"),
    "payload_not_base64": (lambda s: s["dsseEnvelope"].update(payload="%%%"), "not a readable model_signing"),
    "payload_is_null": (lambda s: s["dsseEnvelope"].update(payload=None), "dsseEnvelope.payload"),
    "subject_empty": (_statement_change(lambda st: st.update(subject=[])), "statement.subject is empty"),
    "resource_name_missing": (
        _statement_change(lambda st: st["predicate"]["resources"][0].pop("name")), "resources[].name"),
    "ignore_paths_not_list": (
        _statement_change(lambda st: st["predicate"]["serialization"].update(ignore_paths="model.sig")),
        "ignore_paths is not a list"),
    "certificate_garbage": (
        lambda s: s.update(verificationMaterial={"x509CertificateChain": {"certificates": [{"rawBytes": "AAAA"}]}}),
        "certificate"),
    "envelope_is_a_list": (lambda s: s.update(dsseEnvelope=[]), "dsseEnvelope is missing"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED_SIGNATURES))
def test_malformed_signature_field_is_one_line(case, tmp_path, good, keys):
    change, pattern = MALFORMED_SIGNATURES[case]
    tar_path = _resigned_tar(tmp_path, good, change)
    store = tmp_path / "pki.yaml"
    root = tmp_path / "root.pem"
    from .pki import make_chain

    chain = make_chain(tmp_path / "pki", "release@example.org")
    shutil.copy(chain["root"], root)
    store.write_text(f"region: t\nkeys:\n  - public_key: {keys['public']}\ncertificates:\n  roots: [{root}]\n"
                     "  identities: [email:release@example.org]\n")
    _one_line_refusal(*_cli("verify", str(tar_path), "--trust", str(store)), pattern)
    _one_line_refusal(*_cli("install", str(tar_path), "--trust", str(store), "--dest", str(tmp_path / "d")), pattern)


def test_destination_symlinks_and_dotdot_are_one_line(tmp_path, good, keys):
    target = tmp_path / "real"
    target.mkdir()
    (tmp_path / "link").symlink_to(target)
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    cases = {
        "link": "is a symlink (to",
        "dangling": "is a dangling symlink (to",
        "sub/..": "must name a new directory, not end in or contain '..'",
    }
    for dest, pattern in cases.items():
        _one_line_refusal(*_cli("install", good["tar"], "--trust", str(keys["public"]), "--dest",
                                str(tmp_path / dest)), pattern)
    assert list(target.iterdir()) == [] and not (tmp_path / "nowhere").exists()


def _mount_tmpfs(where: Path, options: str) -> None:
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a small tmpfs")
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], capture_output=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.decode().strip()}")


def test_read_only_parent_is_one_line(tmp_path, good, keys):
    parent = tmp_path / "ro"
    if os.geteuid() != 0:
        parent.mkdir()
        parent.chmod(0o555)
    else:
        _mount_tmpfs(parent, "size=1m")
        subprocess.run(["mount", "-o", "remount,ro", str(parent)], check=True)
    try:
        _one_line_refusal(*_cli("install", good["tar"], "--trust", str(keys["public"]), "--dest",
                                str(parent / "model")), "is not writable (read-only or not yours)")
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", str(parent)], check=True)
        else:
            parent.chmod(0o755)


def test_full_disk_says_so(tmp_path, good, keys):
    small = tmp_path / "small"
    _mount_tmpfs(small, "size=256k")  # the tiny bundle needs about 2.5 MB
    try:
        _one_line_refusal(*_cli("install", good["tar"], "--trust", str(keys["public"]), "--dest",
                                str(small / "model")), f"no space left on the device holding {small}")
        assert sorted(p.name for p in small.iterdir()) == []  # staging removed, nothing installed
    finally:
        subprocess.run(["umount", str(small)], check=True)


def test_destination_created_during_install_is_one_line(tmp_path, good, keys, monkeypatch):
    import pipeline.installer as installer

    real_verify = installer.verify_bundle_dir
    dest = tmp_path / "cluster" / "model"

    def verify_then_someone_creates_dest(*args, **kwargs):
        summary = real_verify(*args, **kwargs)
        dest.mkdir()
        (dest / "theirs.txt").write_text("another install won the race")
        return summary

    monkeypatch.setattr(installer, "verify_bundle_dir", verify_then_someone_creates_dest)
    _one_line_refusal(*_cli("install", good["tar"], "--trust", str(keys["public"]), "--dest", str(dest)),
                      "was created by someone else during the install; nothing was installed")
    assert [p.name for p in dest.iterdir()] == ["theirs.txt"]
    assert sorted(p.name for p in dest.parent.iterdir()) == ["model"]  # no staging, no log entry


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "0"])
def test_bad_size_limit_is_one_line(value, tmp_path, good, keys):
    _one_line_refusal(*_cli("install", good["tar"], "--trust", str(keys["public"]), "--dest", str(tmp_path / "d"),
                            "--max-file-gb", value),
                      f"--max-file-gb must be a positive number of GiB, not {float(value)}")


def test_non_utf8_trust_store_is_one_line(tmp_path, good):
    store = tmp_path / "region.yaml"
    store.write_bytes("region: Malmö\n".encode("latin-1"))
    _one_line_refusal(*_cli("verify", good["tar"], "--trust", str(store)), "not UTF-8 text")
    binary_key = tmp_path / "key.pub"
    binary_key.write_bytes(b"\xff\xfe\x00garbage")
    _one_line_refusal(*_cli("verify", good["tar"], "--trust", str(binary_key)), "not a PEM public key")


# --- 5. stale staging, hard links -----------------------------------------------------------------------------

KILLED_INSTALL = """
import sys, time
from pathlib import Path
import pipeline.installer as installer
from pipeline.verify import load_trust

def hang(*args, **kwargs):  # stands in for hashing a very large bundle: the process is killed meanwhile
    Path(sys.argv[4]).write_text("extracted")
    time.sleep(120)

installer.verify_bundle_dir = hang
installer.install(sys.argv[1], load_trust(sys.argv[2]), sys.argv[3])
"""


def test_stale_staging_from_a_killed_install_is_removed_next_time(tmp_path, good, keys):
    cluster = tmp_path / "cluster"
    ready = tmp_path / "ready"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-c", KILLED_INSTALL, good["tar"], str(keys["public"]),
                                str(cluster / "model"), str(ready)], env=env)
    deadline = time.monotonic() + 60
    while not ready.exists() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert ready.exists(), "the install never reached verification"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    leftovers = [p for p in cluster.iterdir() if p.name.startswith(".model.staging-")]
    assert len(leftovers) == 1 and (leftovers[0] / "tiny-1.0.0" / "model.safetensors").is_file()
    foreign = cluster / ".other.staging-abc123"  # not ours: reported, left alone
    foreign.mkdir()
    code, output = _cli("install", good["tar"], "--trust", str(keys["public"]), "--dest", str(cluster / "model"))
    assert code == 0, output
    assert f"removed stale staging directory {leftovers[0]} (left by an interrupted install, pid {process.pid})" \
        in output
    assert f"found {foreign} (no sovtune staging marker): left alone" in output
    assert sorted(p.name for p in cluster.iterdir()) == [".other.staging-abc123", "model", LOG_NAME,
                                                         f"{LOG_NAME}.head"]


def test_verify_dir_refuses_hard_links(tmp_path, good, keys):
    with tarfile.open(good["tar"]) as tar:
        tar.extractall(tmp_path, filter="data")
    bundle = tmp_path / "tiny-1.0.0"
    os.link(bundle / "model.safetensors", tmp_path / "elsewhere.safetensors")
    _one_line_refusal(*_cli("verify", str(bundle), "--trust", str(keys["public"])),
                      "model.safetensors (hard link, 2 names)")
    (tmp_path / "elsewhere.safetensors").unlink()
    assert verify_bundle_dir(bundle, load_trust(keys["public"]))["files"] > 0


def test_tar_of_hard_linked_staging_holds_plain_files(tmp_path):
    source = tmp_path / "tiny-1.0.0"
    source.mkdir()
    (source / "a.safetensors").write_bytes(b"w" * 1000)
    os.link(source / "a.safetensors", source / "b.safetensors")  # one inode, two names (as a DVC hardlink cache)
    write_tar(source, tmp_path / "t.tar")
    with tarfile.open(tmp_path / "t.tar") as tar:
        members = {m.name: m for m in tar.getmembers()}
    assert all(m.isfile() for name, m in members.items() if name.endswith(".safetensors"))
    assert members["tiny-1.0.0/b.safetensors"].size == 1000


def test_revoked_certificate_key_is_refused(tmp_path, tiny_model_dir):
    from .pki import make_chain

    chain = make_chain(tmp_path / "pki", "release@example.org")
    signing = {"method": "certificate", "private_key": str(chain["key"]), "certificate": str(chain["leaf"]),
               "certificate_chain": [str(chain["intermediate"])]}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(PASSPHRASE_ENV, "leaf-pass")
        summary = build(tmp_path / "w", tiny_model_dir, chain["key"], FAKE_SBOM, signing=signing)
    leaf = summary["signature"]["public_key_sha256"]
    store = tmp_path / "region.yaml"
    base = "region: t\ncertificates:\n  roots: [pki/root.pem]\n  identities: [email:release@example.org]\n"
    store.write_text(base)
    assert verify_path(summary["tar"], load_trust(store))["signer_fingerprint"] == leaf
    store.write_text(base + f"revoked:\n  keys: [{{fingerprint: '{leaf}', reason: left the company}}]\n")
    with pytest.raises(SovtuneError, match=f"signing key {leaf} is revoked .* \\(left the company\\)"):
        verify_path(summary["tar"], load_trust(store))
