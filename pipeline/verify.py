"""Verify and install signed bundles at a regional cluster: trust stores, signature checks, safe extraction.

A bundle directory carries its signature as `model.sig` (a Sigstore bundle from OpenSSF model_signing: a DSSE
envelope over an in-toto statement listing every file's sha256). model_signing alone is not strict enough for
an air-gapped cluster, so sovtune adds, before and around the library's verification:
- the only path the signature may ignore is `model.sig` itself; git paths (`.git/`, `.gitattributes`) are
  hashed like any other file, and every file or directory the signature does not cover is refused;
- no symlinks, hardlinks, devices or fifos anywhere;
- key signatures must come from a key the trust store lists (matched by its sha256 fingerprint);
- certificate signatures must chain to the trust store's own root (never the web CA bundle), every certificate
  in the chain must be valid now, and the leaf must carry one of the allowed identities.

`install` extracts the tar into a staging directory next to `--dest` (same filesystem), verifies it, and only
then renames it into place; on any failure the staging directory is removed and `--dest` is left untouched.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import shutil
import sys
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import yaml
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pydantic import Field, ValidationError

from pipeline import safe_yaml
from pipeline.config import StrictModel
from pipeline.errors import SovtuneError
from pipeline.keys import public_key_fingerprint
from pipeline.residency import RECORD_IN_BUNDLE, Region, RegionRules, check_bundle, read_record

SIGNATURE = "model.sig"
MIN_PYTHON = (3, 11, 4)  # first release with tarfile extraction filters (PEP 706)
MAX_FILE_BYTES = 64 * 2**30  # 64 GiB: larger than any single safetensors shard we expect
MAX_TOTAL_BYTES = 512 * 2**30  # 512 GiB for a whole bundle
MAX_MEMBERS = 10_000  # files + directories in one tar


class TrustedKey(StrictModel):
    """One accepted signing key in a trust store file."""

    public_key: str = Field(description="PEM public key, relative to the trust store file or absolute/~.")
    fingerprint: str = Field(default="", description="Optional sha256 pin of the PEM public key (hex).")
    name: str = Field(default="", description="Who holds the private key (informative).")


class TrustedCertificates(StrictModel):
    """Accepted certificate signers: the organisation's own roots and the identities allowed to sign."""

    roots: tuple[str, ...] = Field(description="Root CA certificates (PEM), relative to the trust store file.")
    identities: tuple[str, ...] = Field(
        description="Allowed leaf identities: `email:x@y`, `uri:https://...`, `dns:host` (SAN) or `cn:Name` "
        "(subject common name)."
    )


class TrustStoreFile(StrictModel):
    """configs/regions/<region>.yaml: which signers a regional cluster accepts."""

    region: str = Field(description="Region name (informative).")
    keys: tuple[TrustedKey, ...] = Field(default=(), description="Accepted EC public keys.")
    certificates: TrustedCertificates | None = Field(default=None, description="Accepted certificate signers.")
    data: RegionRules | None = Field(
        default=None, description="Training data the region accepts (pipeline/residency.py); none: no data."
    )


@dataclass(frozen=True)
class Trust:
    """A loaded trust store: public key files by fingerprint, root certificates and allowed identities."""

    source: str
    keys: dict[str, Path] = field(default_factory=dict)
    roots: tuple[Path, ...] = ()
    identities: tuple[str, ...] = ()


def _load_public_key(path: Path) -> ec.EllipticCurvePublicKey:
    if not path.is_file():
        raise SovtuneError(f"trusted public key {path} not found")
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except ValueError as error:
        raise SovtuneError(f"{path}: not a PEM public key ({error})") from None
    if not isinstance(key, ec.EllipticCurvePublicKey):
        raise SovtuneError(f"{path}: not an EC public key")
    return key


def load_trust(path: str | Path) -> Trust:
    """Load what `--trust` points at: a trust store YAML, a directory of `*.pub` keys, or one public key file."""
    path = Path(path).expanduser()
    if path.is_dir():
        keys = {public_key_fingerprint(_load_public_key(p)): p for p in sorted(path.glob("*.pub"))}
        if not keys:
            raise SovtuneError(f"trust directory {path} holds no *.pub public keys")
        return Trust(source=str(path), keys=keys)
    if not path.is_file():
        raise SovtuneError(f"trust store {path} not found (give a public key, a directory of *.pub or a YAML store)")
    if path.suffix not in (".yaml", ".yml"):
        return Trust(source=str(path), keys={public_key_fingerprint(_load_public_key(path)): path})
    try:
        store = TrustStoreFile.model_validate(safe_yaml.load_file(path) or {})  # bounded YAML
    except (ValidationError, yaml.YAMLError) as error:
        raise SovtuneError(f"trust store {path}: invalid ({error})".replace("\n", " ")) from None

    def resolve(name: str) -> Path:
        return (path.parent / Path(name).expanduser()).resolve()

    keys: dict[str, Path] = {}
    for entry in store.keys:
        key_path = resolve(entry.public_key)
        fingerprint = public_key_fingerprint(_load_public_key(key_path))
        if entry.fingerprint and entry.fingerprint.lower().removeprefix("sha256:") != fingerprint:
            raise SovtuneError(f"trust store {path}: {key_path} has fingerprint {fingerprint}, not the pinned one")
        keys[fingerprint] = key_path
    roots = tuple(resolve(r) for r in store.certificates.roots) if store.certificates else ()
    for root in roots:
        if not root.is_file():
            raise SovtuneError(f"trust store {path}: root certificate {root} not found")
    identities = store.certificates.identities if store.certificates else ()
    if roots and not identities:
        raise SovtuneError(f"trust store {path}: certificates.identities is empty; list who may sign")
    return Trust(source=str(path), keys=keys, roots=roots, identities=identities)


def read_signature(signature_path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(Sigstore bundle, in-toto statement) of a model_signing signature file, not yet verified."""
    try:
        bundle = json.loads(signature_path.read_text(encoding="utf-8"))
        statement = json.loads(base64.b64decode(bundle["dsseEnvelope"]["payload"]))
        predicate = statement["predicate"]
        shape_ok = isinstance(predicate["serialization"], dict) and isinstance(predicate["resources"], list)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise SovtuneError(f"{signature_path}: not a readable model_signing signature ({error})") from None
    if not shape_ok:
        raise SovtuneError(f"{signature_path}: unexpected model_signing statement layout")
    return bundle, statement


def check_tree(directory: Path, statement: dict[str, Any]) -> None:
    """Refuse what model_signing would let through: extra ignores, uncovered files or directories, links.

    Raises:
        SovtuneError: naming the first kind of problem and the paths involved.
    """
    serialization_info = statement["predicate"]["serialization"]
    ignored = set(serialization_info.get("ignore_paths", []))
    if ignored - {SIGNATURE}:
        raise SovtuneError(
            f"signature ignores paths other than {SIGNATURE}: {', '.join(sorted(ignored - {SIGNATURE}))}; "
            "sovtune accepts only signatures that cover every file"
        )
    if serialization_info.get("method") != "files" or serialization_info.get("hash_type") != "sha256":
        raise SovtuneError(f"signature uses {serialization_info}; sovtune expects per-file sha256 hashing")
    signed = {str(PurePosixPath(r["name"])) for r in statement["predicate"]["resources"]}
    signed_dirs = {str(parent) for name in signed for parent in PurePosixPath(name).parents if str(parent) != "."}
    found_files, found_dirs, bad = set(), set(), []
    for root, dirs, files in os.walk(directory):
        for name in dirs + files:
            path = Path(root) / name
            relative = path.relative_to(directory).as_posix()
            mode = path.lstat().st_mode
            if path.is_symlink():
                bad.append(f"{relative} (symlink)")
            elif path.is_dir():
                found_dirs.add(relative)
            elif path.is_file():
                found_files.add(relative)
            else:
                bad.append(f"{relative} (special file, mode {oct(mode)})")
    if bad:
        raise SovtuneError(f"bundle contains entries that are not plain files or directories: {', '.join(bad)}")
    if SIGNATURE not in found_files:
        raise SovtuneError(f"bundle has no {SIGNATURE}")
    extra = sorted((found_files - {SIGNATURE} - signed) | (found_dirs - signed_dirs))
    if extra:
        raise SovtuneError(f"bundle contains files the signature does not cover: {', '.join(extra)}")
    missing = sorted(signed - found_files)
    if missing:
        raise SovtuneError(f"bundle is missing signed files: {', '.join(missing)}")


def _certificate_identities(certificate: x509.Certificate) -> set[str]:
    identities = {f"cn:{a.value}" for a in certificate.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)}
    try:
        san = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return identities
    identities |= {f"email:{v}" for v in san.get_values_for_type(x509.RFC822Name)}
    identities |= {f"uri:{v}" for v in san.get_values_for_type(x509.UniformResourceIdentifier)}
    identities |= {f"dns:{v}" for v in san.get_values_for_type(x509.DNSName)}
    return identities


def check_certificates(bundle: dict[str, Any], trust: Trust, now: dt.datetime | None = None) -> str:
    """Validity dates of every certificate in the signature and the leaf's identity (model_signing checks neither).

    Returns:
        The matched identity.
    """
    now = now or dt.datetime.now(dt.UTC)
    chain = bundle["verificationMaterial"]["x509CertificateChain"]["certificates"]
    certificates = [x509.load_der_x509_certificate(base64.b64decode(c["rawBytes"])) for c in chain]
    for certificate in certificates:
        subject = certificate.subject.rfc4514_string()
        if now < certificate.not_valid_before_utc:
            raise SovtuneError(f"certificate {subject} is not valid before {certificate.not_valid_before_utc}")
        if now > certificate.not_valid_after_utc:
            raise SovtuneError(f"certificate {subject} expired on {certificate.not_valid_after_utc}")
    found = _certificate_identities(certificates[0])
    allowed = found & set(trust.identities)
    if not allowed:
        raise SovtuneError(
            f"signing certificate identities {sorted(found)} are not among the trusted identities "
            f"{sorted(trust.identities)} of {trust.source}"
        )
    return sorted(allowed)[0]


def verify_bundle_dir(directory: str | Path, trust: Trust, max_workers: int | None = None) -> dict[str, Any]:
    """Verify a bundle directory against its `model.sig` and a trust store.

    Args:
        directory: the bundle directory (holding model.sig).
        trust: accepted signers, from `load_trust`.
        max_workers: hashing threads (default: one per CPU; files are hashed in parallel).

    Returns:
        {"signer": fingerprint or identity, "method": "key"|"certificate", "files": number of signed files}.

    Raises:
        SovtuneError: saying what is wrong (tampered, untrusted, uncovered file, expired certificate, ...).
    """
    import model_signing

    directory = Path(directory)
    signature_path = directory / SIGNATURE
    if signature_path.is_symlink() or not signature_path.is_file():
        raise SovtuneError(f"{directory}: no {SIGNATURE} signature file")
    bundle, statement = read_signature(signature_path)
    check_tree(directory, statement)

    material = bundle.get("verificationMaterial", {})
    config = model_signing.verifying.Config()
    if "publicKey" in material:
        hint = material["publicKey"].get("hint", "")
        if hint not in trust.keys:
            raise SovtuneError(f"signed by key {hint[:16]}..., which is not in the trust store {trust.source}")
        config.use_elliptic_key_verifier(public_key=trust.keys[hint])
        method, signer = "key", hint
    elif "x509CertificateChain" in material:
        if not trust.roots:
            raise SovtuneError(f"signed with a certificate, but trust store {trust.source} lists no root certificate")
        signer = check_certificates(bundle, trust)
        # Passing our roots explicitly: with an empty chain model_signing would trust the public web CA bundle.
        config.use_certificate_verifier(certificate_chain=trust.roots)
        method = "certificate"
    else:
        raise SovtuneError(f"{signature_path}: neither a key nor a certificate signature (keyless is not accepted)")

    hashing = (
        model_signing.hashing.Config()
        .use_file_serialization(hashing_algorithm="sha256", max_workers=max_workers or os.cpu_count())
        .set_ignored_paths(paths=[SIGNATURE], ignore_git_paths=False)
    )
    config.set_hashing_config(hashing).set_ignore_unsigned_files(False)
    try:
        config.verify(directory, signature_path)
    except Exception as error:  # noqa: BLE001 - fail closed: any library error means "not verified"
        reason = str(error) or type(error).__name__
        raise SovtuneError(f"signature verification of {directory} failed: {reason}") from None
    return {"method": method, "signer": signer, "files": len(statement["predicate"]["resources"])}


def require_safe_tarfile() -> None:
    """Refuse interpreters without tarfile extraction filters (Python < 3.11.4)."""
    if sys.version_info < MIN_PYTHON or not hasattr(tarfile, "data_filter"):
        raise SovtuneError(
            f"installing bundles needs Python {'.'.join(map(str, MIN_PYTHON))} or newer (safe tar extraction "
            f"filters); this is Python {sys.version.split()[0]}"
        )


def _check_member(member: tarfile.TarInfo, max_file_bytes: int) -> None:
    name = member.name
    parts = PurePosixPath(name).parts
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        raise SovtuneError(f"tar entry {name!r} has an absolute path")
    if ".." in parts or "\\" in name:
        raise SovtuneError(f"tar entry {name!r} tries to leave the extraction directory (path traversal)")
    if member.issym() or member.islnk():
        raise SovtuneError(f"tar entry {name!r} is a {'symlink' if member.issym() else 'hardlink'} (not allowed)")
    if not (member.isfile() or member.isdir()):
        raise SovtuneError(f"tar entry {name!r} is a device, fifo or other special file (not allowed)")
    if member.size > max_file_bytes:
        raise SovtuneError(f"tar entry {name!r} is {member.size} bytes, over the {max_file_bytes}-byte limit")


def safe_extract(
    tar_path: Path,
    staging: Path,
    max_file_bytes: int = MAX_FILE_BYTES,
    max_total_bytes: int = MAX_TOTAL_BYTES,
    max_members: int = MAX_MEMBERS,
) -> Path:
    """Extract a bundle tar into `staging` after checking every entry; return the single top-level directory.

    Our own checks run on the headers first (clear messages, size limits, links refused outright); tarfile's
    `data` filter then guards the extraction itself as a second layer.
    """
    require_safe_tarfile()
    try:
        with tarfile.open(tar_path, "r:", copybufsize=4 * 2**20) as tar:  # 4 MiB copies: 16 KiB default is slow
            members = tar.getmembers()
            if len(members) > max_members:
                raise SovtuneError(f"{tar_path} has {len(members)} entries, over the limit of {max_members}")
            total = 0
            tops = set()
            for member in members:
                _check_member(member, max_file_bytes)
                total += member.size
                tops.add(PurePosixPath(member.name).parts[0] if PurePosixPath(member.name).parts else "")
            if total > max_total_bytes:
                raise SovtuneError(f"{tar_path} holds {total} bytes, over the limit of {max_total_bytes}")
            if len(tops) != 1 or "" in tops or "." in tops:
                raise SovtuneError(f"{tar_path} must hold exactly one top-level directory, found {sorted(tops)}")
            tar.extractall(staging, members=members, filter="data")
    except (tarfile.TarError, EOFError, OSError) as error:
        raise SovtuneError(f"{tar_path}: damaged or truncated tar ({error})") from None
    top = staging / tops.pop()
    if not top.is_dir():
        raise SovtuneError(f"{tar_path}: top-level entry is not a directory")
    return top


def verify_path(bundle: str | Path, trust: Trust) -> dict[str, Any]:
    """Verify a bundle directory, or a bundle tar (extracted into a temporary directory that is then removed)."""
    bundle = Path(bundle)
    if bundle.is_dir():
        return {**verify_bundle_dir(bundle, trust), "residency": read_record(bundle / RECORD_IN_BUNDLE)}
    if not bundle.is_file():
        raise SovtuneError(f"bundle {bundle} not found")
    with tempfile.TemporaryDirectory(prefix=".sovtune-verify-") as staging:
        top = safe_extract(bundle, Path(staging))
        # The residency record is read only after the signature over it verified.
        return {**verify_bundle_dir(top, trust), "residency": read_record(top / RECORD_IN_BUNDLE)}


def install(
    tar_path: str | Path,
    trust: Trust,
    dest: str | Path,
    max_file_bytes: int = MAX_FILE_BYTES,
    max_total_bytes: int = MAX_TOTAL_BYTES,
    region: Region | None = None,
) -> dict[str, Any]:
    """Extract, verify and atomically move a signed bundle tar to `dest`; on any failure `dest` is untouched.

    With `region`, the verified bundle's residency record must also satisfy that region's data rules.

    Args:
        tar_path: the bundle tar.
        trust: accepted signers.
        dest: must not exist, or be an empty directory (POSIX rename replaces an empty directory atomically).

    Returns:
        verify_bundle_dir's summary plus "dest".
    """
    require_safe_tarfile()
    tar_path, dest = Path(tar_path), Path(dest).absolute()
    if not tar_path.is_file():
        raise SovtuneError(f"bundle {tar_path} not found")
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise SovtuneError(f"--dest {dest} already exists and is not empty; choose a new directory")
    dest.parent.mkdir(parents=True, exist_ok=True)
    # Staging beside dest keeps the final rename on one filesystem, hence atomic.
    staging = Path(tempfile.mkdtemp(prefix=f".{dest.name}.staging-", dir=dest.parent))
    try:
        top = safe_extract(tar_path, staging, max_file_bytes, max_total_bytes)
        summary = verify_bundle_dir(top, trust)
        if region is not None:
            check_bundle(top, region)  # after the signature: the record checked is the signed one
        os.rename(top, dest)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return {**summary, "dest": str(dest)}
