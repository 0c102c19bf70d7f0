"""Tamper suite: every way a bundle can be wrong is refused with a message naming it, and --dest stays untouched."""

from __future__ import annotations

import base64
import io
import json
import shutil
import sys
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.bundle import sign_bundle_dir, write_tar
from pipeline.cli import app
from pipeline.config import BundleSigningConfig
from pipeline.errors import SovtuneError
from pipeline.keys import PASSPHRASE_ENV, generate_keypair
from pipeline.verify import SIGNATURE, install, load_trust, require_safe_tarfile, safe_extract, verify_bundle_dir

from .conftest import ROOT
from .pki import DAY, FAKE_SBOM, NOW, build, make_chain, use_passphrase

PASS = "tamper-suite"


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch):
    use_passphrase(monkeypatch, PASS)


@pytest.fixture(scope="module")
def keys(tmp_path_factory) -> dict[str, Path]:
    directory = tmp_path_factory.mktemp("keys")
    trusted, trusted_pub = generate_keypair(directory, "trusted", PASS)
    other, _ = generate_keypair(directory, "other", PASS)
    return {"trusted": trusted, "trusted_pub": trusted_pub, "other": other}


@pytest.fixture(scope="module")
def good_tar(tmp_path_factory, tiny_model_dir, keys) -> Path:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(PASSPHRASE_ENV, PASS)
        return Path(build(tmp_path_factory.mktemp("good"), tiny_model_dir, keys["trusted"], FAKE_SBOM)["tar"])


@pytest.fixture
def trust(keys):
    return load_trust(keys["trusted_pub"])


def _unpack(tar_path: Path, where: Path) -> Path:
    with tarfile.open(tar_path) as tar:
        tar.extractall(where, filter="data")
    return where / "tiny-1.0.0"


def _tampered(tmp_path: Path, good_tar: Path, change: Callable[[Path], None]) -> Path:
    bundle = _unpack(good_tar, tmp_path / "work")
    change(bundle)
    write_tar(bundle, tmp_path / "bad.tar")
    return tmp_path / "bad.tar"


def _assert_refused(tar_path: Path, trust, tmp_path: Path, pattern: str, **limits) -> str:
    cluster = tmp_path / "cluster"
    cluster.mkdir(exist_ok=True)
    (cluster / "keep.txt").write_text("existing")
    with pytest.raises(SovtuneError, match=pattern) as error:
        install(tar_path, trust, cluster / "model", **limits)
    # Destination untouched: nothing installed, no staging directory left behind.
    assert sorted(p.name for p in cluster.iterdir()) == ["keep.txt"]
    return str(error.value)


def _flip_byte(bundle: Path) -> None:
    weights = bundle / "model.safetensors"
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 0x01
    weights.write_bytes(bytes(data))


DIRECTORY_TAMPERS = {
    "flipped_weight_byte": (_flip_byte, r"Hash mismatch for 'model.safetensors'"),
    "added_file": (lambda b: (b / "extra.txt").write_text("x"), r"does not cover: extra.txt"),
    "added_git_dir": (
        lambda b: ((b / ".git").mkdir(), (b / ".git" / "config").write_text("[core]")),
        r"does not cover: \.git, \.git/config",
    ),
    "added_gitattributes": (lambda b: (b / ".gitattributes").write_text("* -text"), r"does not cover: \.gitattributes"),
    "removed_file": (lambda b: (b / "tokenizer.json").unlink(), r"missing signed files: tokenizer.json"),
    "renamed_file": (
        lambda b: (b / "config.json").rename(b / "config.json.bak"), r"does not cover: config.json.bak"
    ),
    "empty_directory": (lambda b: (b / "plugins").mkdir(), r"does not cover: plugins"),
    "removed_signature": (lambda b: (b / SIGNATURE).unlink(), r"no model.sig"),
}


@pytest.mark.parametrize("case", sorted(DIRECTORY_TAMPERS))
def test_tampered_bundle_is_refused(case, tmp_path, good_tar, trust):
    change, pattern = DIRECTORY_TAMPERS[case]
    _assert_refused(_tampered(tmp_path, good_tar, change), trust, tmp_path, pattern)


def test_good_bundle_installs_into_existing_empty_dest(tmp_path, good_tar, trust):
    dest = tmp_path / "model"
    dest.mkdir()
    summary = install(good_tar, trust, dest)
    assert summary["method"] == "key" and (dest / "model.safetensors").is_file()


def test_signature_from_untrusted_key(tmp_path, good_tar, trust, keys):
    def resign(bundle: Path) -> None:
        sign_bundle_dir(bundle, BundleSigningConfig(private_key=str(keys["other"])))

    _assert_refused(_tampered(tmp_path, good_tar, resign), trust, tmp_path, r"not in the trust store")


def test_signature_whose_manifest_ignores_extra_paths(tmp_path, good_tar, trust, keys):
    import model_signing

    def sign_with_extra_ignore(bundle: Path) -> None:
        (bundle / "notes.txt").write_text("unsigned payload")
        hashing = model_signing.hashing.Config().set_ignored_paths(paths=[SIGNATURE, "notes.txt"],
                                                                   ignore_git_paths=False)
        (model_signing.signing.Config().set_hashing_config(hashing)
         .use_elliptic_key_signer(private_key=keys["trusted"], password=PASS.encode())
         .sign(bundle, bundle / SIGNATURE))

    bad = _tampered(tmp_path, good_tar, sign_with_extra_ignore)
    _assert_refused(bad, trust, tmp_path, r"ignores paths other than model.sig: notes.txt")


def test_default_git_ignoring_signature_is_refused(tmp_path, good_tar, trust, keys):
    import model_signing

    def sign_with_library_defaults(bundle: Path) -> None:
        (bundle / ".gitattributes").write_text("* -text")
        (model_signing.signing.Config()
         .set_hashing_config(model_signing.hashing.Config().set_ignored_paths(paths=[SIGNATURE]))
         .use_elliptic_key_signer(private_key=keys["trusted"], password=PASS.encode())
         .sign(bundle, bundle / SIGNATURE))

    bad = _tampered(tmp_path, good_tar, sign_with_library_defaults)
    _assert_refused(bad, trust, tmp_path, r"ignores paths other than model.sig: .*\.gitattributes")


def test_forged_manifest_without_resigning(tmp_path, good_tar, trust):
    def forge(bundle: Path) -> None:
        _flip_byte(bundle)
        signature = json.loads((bundle / SIGNATURE).read_text())
        statement = json.loads(base64.b64decode(signature["dsseEnvelope"]["payload"]))
        import hashlib

        for resource in statement["predicate"]["resources"]:
            if resource["name"] == "model.safetensors":
                resource["digest"] = hashlib.sha256((bundle / "model.safetensors").read_bytes()).hexdigest()
        signature["dsseEnvelope"]["payload"] = base64.b64encode(json.dumps(statement).encode()).decode()
        (bundle / SIGNATURE).write_text(json.dumps(signature))

    _assert_refused(_tampered(tmp_path, good_tar, forge), trust, tmp_path, r"signature verification .* failed")


def _cert_store(tmp_path: Path, chain: dict[str, Path], identity: str = "email:release@example.org") -> Path:
    store = tmp_path / "region.yaml"
    store.write_text(f"region: test\ncertificates:\n  roots: [{chain['root']}]\n  identities: ['{identity}']\n")
    return store


def _cert_resign(chain: dict[str, Path]) -> Callable[[Path], None]:
    def resign(bundle: Path) -> None:
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv(PASSPHRASE_ENV, "leaf-pass")
            sign_bundle_dir(bundle, BundleSigningConfig(
                method="certificate", private_key=str(chain["key"]), certificate=str(chain["leaf"]),
                certificate_chain=(str(chain["intermediate"]),)))
    return resign


def test_expired_certificate(tmp_path, good_tar):
    chain = make_chain(tmp_path / "pki", "release@example.org", not_after=NOW - DAY / 2)
    bad = _tampered(tmp_path, good_tar, _cert_resign(chain))
    _assert_refused(bad, load_trust(_cert_store(tmp_path, chain)), tmp_path, r"certificate CN=Release Signer expired")


def test_wrong_identity_certificate(tmp_path, good_tar):
    chain = make_chain(tmp_path / "pki", "intern@example.org")
    bad = _tampered(tmp_path, good_tar, _cert_resign(chain))
    _assert_refused(bad, load_trust(_cert_store(tmp_path, chain)), tmp_path,
                    r"identities \['cn:Release Signer', 'email:intern@example.org'\] are not among the trusted")


def test_certificate_from_another_root(tmp_path, good_tar):
    chain = make_chain(tmp_path / "pki", "release@example.org")
    other = make_chain(tmp_path / "other-pki", "release@example.org", root_name="Other Root")
    bad = _tampered(tmp_path, good_tar, _cert_resign(other))
    _assert_refused(bad, load_trust(_cert_store(tmp_path, chain)), tmp_path, r"signature verification .* failed")


def test_certificate_signature_needs_a_root_in_the_trust_store(tmp_path, good_tar, trust):
    chain = make_chain(tmp_path / "pki", "release@example.org")
    bad = _tampered(tmp_path, good_tar, _cert_resign(chain))
    _assert_refused(bad, trust, tmp_path, r"lists no root certificate")


def _raw_tar(tmp_path: Path, *extra: tarfile.TarInfo) -> Path:
    path = tmp_path / "crafted.tar"
    with tarfile.open(path, "w") as tar:
        top = tarfile.TarInfo("b")
        top.type = tarfile.DIRTYPE
        tar.addfile(top)
        data = b"hello"
        member = tarfile.TarInfo("b/x.txt")
        member.size = len(data)
        tar.addfile(member, io.BytesIO(data))
        for info in extra:
            tar.addfile(info, io.BytesIO(b"evil") if info.isfile() else None)
    return path


def _entry(name: str, kind: bytes = tarfile.REGTYPE, linkname: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type, info.linkname = kind, linkname
    info.size = 4 if kind == tarfile.REGTYPE else 0
    return info


TAR_TAMPERS = {
    "path_traversal": (_entry("b/../../evil.txt"), r"path traversal"),
    "absolute_path": (_entry("/tmp/evil.txt"), r"absolute path"),
    "symlink": (_entry("b/link", tarfile.SYMTYPE, "x.txt"), r"is a symlink"),
    "hardlink": (_entry("b/hard", tarfile.LNKTYPE, "b/x.txt"), r"is a hardlink"),
    "char_device": (_entry("b/null", tarfile.CHRTYPE), r"device, fifo or other special file"),
    "block_device": (_entry("b/disk", tarfile.BLKTYPE), r"device, fifo or other special file"),
    "fifo": (_entry("b/pipe", tarfile.FIFOTYPE), r"device, fifo or other special file"),
    "second_top_level": (_entry("c.txt"), r"exactly one top-level directory"),
}


@pytest.mark.parametrize("case", sorted(TAR_TAMPERS))
def test_dangerous_tar_entry_is_refused(case, tmp_path, trust):
    entry, pattern = TAR_TAMPERS[case]
    _assert_refused(_raw_tar(tmp_path, entry), trust, tmp_path, pattern)
    assert not (tmp_path.parent / "evil.txt").exists() and not Path("/tmp/evil.txt").exists()


def test_truncated_tar(tmp_path, good_tar, trust):
    truncated = tmp_path / "truncated.tar"
    truncated.write_bytes(good_tar.read_bytes()[: good_tar.stat().st_size // 2])
    _assert_refused(truncated, trust, tmp_path, r"damaged or truncated tar")


def test_size_limits(tmp_path, good_tar, trust):
    _assert_refused(good_tar, trust, tmp_path, r"over the 1000-byte limit", max_file_bytes=1000)
    _assert_refused(good_tar, trust, tmp_path, r"bytes, over the limit of 10000", max_total_bytes=10_000)


def test_nonempty_destination_is_refused(tmp_path, good_tar, trust):
    dest = tmp_path / "model"
    dest.mkdir()
    (dest / "old.bin").write_text("old")
    with pytest.raises(SovtuneError, match="already exists and is not empty"):
        install(good_tar, trust, dest)
    assert [p.name for p in dest.iterdir()] == ["old.bin"]


def test_symlink_inside_a_bundle_directory(tmp_path, good_tar, trust):
    bundle = _unpack(good_tar, tmp_path)
    (bundle / "alias.json").symlink_to("config.json")
    with pytest.raises(SovtuneError, match=r"alias.json \(symlink\)"):
        verify_bundle_dir(bundle, trust)


def test_old_python_is_refused(monkeypatch, tmp_path, good_tar):
    monkeypatch.setattr(sys, "version_info", (3, 11, 3, "final", 0))
    with pytest.raises(SovtuneError, match=r"needs Python 3\.11\.4 or newer"):
        require_safe_tarfile()
    with pytest.raises(SovtuneError, match=r"3\.11\.4"):
        safe_extract(good_tar, tmp_path)


def test_trust_store_yaml_with_keys_and_pins(tmp_path, keys, good_tar):
    from pipeline.keys import public_key_fingerprint
    from pipeline.verify import _load_public_key

    fingerprint = public_key_fingerprint(_load_public_key(keys["trusted_pub"]))
    store = tmp_path / "region.yaml"
    key_line = f"region: eu\nkeys:\n  - public_key: {keys['trusted_pub']}\n"
    store.write_text(f"{key_line}    fingerprint: sha256:{fingerprint}\n")
    assert install(good_tar, load_trust(store), tmp_path / "m")["signer"] == fingerprint
    store.write_text(f"{key_line}    fingerprint: '{'0' * 64}'\n")
    with pytest.raises(SovtuneError, match="not the pinned one"):
        load_trust(store)
    store.write_text("region: eu\nkeyz: []\n")
    with pytest.raises(SovtuneError, match="keyz"):
        load_trust(store)


def test_trust_directory_of_public_keys(tmp_path, keys, good_tar):
    directory = tmp_path / "trusted"
    directory.mkdir()
    shutil.copy(keys["trusted_pub"], directory / "release.pub")
    assert verify_bundle_dir(_unpack(good_tar, tmp_path / "x"), load_trust(directory))["method"] == "key"


def test_cli_verify_and_install(tmp_path, keys, good_tar):
    runner = CliRunner()
    ok = runner.invoke(app, ["verify", str(good_tar), "--trust", str(keys["trusted_pub"])])
    assert ok.exit_code == 0 and "OK:" in ok.output, ok.output
    bad = _tampered(tmp_path, good_tar, _flip_byte)
    refused = runner.invoke(app, ["install", str(bad), "--trust", str(keys["trusted_pub"]), "--dest",
                                  str(tmp_path / "dest")])
    assert refused.exit_code == 2
    assert "Hash mismatch for 'model.safetensors'" in refused.output
    assert not (tmp_path / "dest").exists()
    installed = runner.invoke(app, ["install", str(good_tar), "--trust", str(keys["trusted_pub"]), "--dest",
                                    str(tmp_path / "dest")])
    assert installed.exit_code == 0, installed.output


@pytest.mark.parametrize("store", sorted((ROOT / "configs" / "regions").glob("*.yaml")), ids=lambda p: p.name)
def test_checked_in_trust_stores_validate(store):
    import yaml

    from pipeline.verify import TrustStoreFile

    parsed = TrustStoreFile.model_validate(yaml.safe_load(store.read_text()))
    assert parsed.keys or parsed.certificates
