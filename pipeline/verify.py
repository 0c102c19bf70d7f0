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

- a region's trust store may revoke key fingerprints and bundle root digests: both are refused by name;
- a tar's top directory (and file name, when it has the `<name>-<version>.tar` form) must be the signed name.

Tar headers are checked in pipeline/tarsafety.py; `install` (pipeline/installer.py) extracts into a staging
directory next to `--dest`, verifies it, and only then renames it into place.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import os
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
from pipeline.residency import RECORD_IN_BUNDLE, RegionRules, read_record
from pipeline.tarsafety import (  # noqa: F401 - re-exported: callers import the tar limits from here
    MAX_FILE_BYTES,
    MAX_MEMBERS,
    MAX_TOTAL_BYTES,
    MIN_PYTHON,
    check_bundle_names,
    require_safe_tarfile,
    safe_extract,
)

SIGNATURE = "model.sig"
GATES_FILE = "reports/gates.json"  # inside a bundle: the release gates, signed with everything else


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


class RevokedKey(StrictModel):
    """A signing key no bundle may be accepted from any more (compromised, retired)."""

    fingerprint: str = Field(description="sha256 of the PEM public key (hex, optionally `sha256:`-prefixed).")
    reason: str = Field(default="", description="Why it was revoked (shown in the refusal).")


class RevokedBundle(StrictModel):
    """A bundle that must not be verified or installed any more, whoever signed it."""

    root_digest: str = Field(description="The bundle's root digest (`root_digest` in its .json summary, hex).")
    reason: str = Field(default="", description="Why it was revoked (shown in the refusal).")


class Revocations(StrictModel):
    """Revoked signing keys and bundles of a region."""

    keys: tuple[RevokedKey, ...] = Field(default=(), description="Revoked key fingerprints.")
    bundles: tuple[RevokedBundle, ...] = Field(default=(), description="Revoked bundle root digests.")


class TrustStoreFile(StrictModel):
    """configs/regions/<region>.yaml: which signers a regional cluster accepts."""

    region: str = Field(description="Region name (recorded in the install log).")
    keys: tuple[TrustedKey, ...] = Field(default=(), description="Accepted EC public keys.")
    certificates: TrustedCertificates | None = Field(default=None, description="Accepted certificate signers.")
    revoked: Revocations = Field(default=Revocations(), description="Keys and bundles refused although signed.")
    data: RegionRules | None = Field(
        default=None, description="Training data the region accepts (pipeline/residency.py); none: no data."
    )


@dataclass(frozen=True)
class Trust:
    """A loaded trust store: public key files by fingerprint, root certificates, identities and revocations."""

    source: str
    keys: dict[str, Path] = field(default_factory=dict)
    roots: tuple[Path, ...] = ()
    identities: tuple[str, ...] = ()
    region: str = ""
    revoked_keys: dict[str, str] = field(default_factory=dict)  # fingerprint -> reason
    revoked_bundles: dict[str, str] = field(default_factory=dict)  # root digest -> reason


def _load_public_key(path: Path) -> ec.EllipticCurvePublicKey:
    if not path.is_file():
        raise SovtuneError(f"trusted public key {path} not found")
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except (ValueError, TypeError) as error:
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
    revoked_keys = {_hex_id(k.fingerprint): k.reason for k in store.revoked.keys}
    revoked_bundles = {_hex_id(b.root_digest): b.reason for b in store.revoked.bundles}
    return Trust(source=str(path), keys=keys, roots=roots, identities=identities, region=store.region,
                 revoked_keys=revoked_keys, revoked_bundles=revoked_bundles)


def _hex_id(value: str) -> str:
    return value.strip().lower().removeprefix("sha256:")


def _revoked(kind: str, value: str, reason: str, trust: Trust) -> SovtuneError:
    why = f" ({reason})" if reason else ""
    return SovtuneError(f"{kind} {value} is revoked in the trust store {trust.source}{why}; refusing it")


def _field(container: Any, key: str, kind: type, where: str) -> Any:
    value = container.get(key) if isinstance(container, dict) else None
    if not isinstance(value, kind):
        raise ValueError(f"field {where}{key} is missing or not a {kind.__name__}")
    return value


def read_signature(signature_path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(Sigstore bundle, in-toto statement) of a model_signing signature file, shape-checked, not yet verified.

    Every field sovtune reads is checked here, so a malformed signature is one clear error, never a traceback.
    """
    try:
        bundle = json.loads(signature_path.read_text(encoding="utf-8"))
        envelope = _field(bundle, "dsseEnvelope", dict, "")
        _field(envelope, "payloadType", str, "dsseEnvelope.")
        _field(envelope, "signatures", list, "dsseEnvelope.")
        statement = json.loads(base64.b64decode(_field(envelope, "payload", str, "dsseEnvelope."), validate=True))
        material = _field(bundle, "verificationMaterial", dict, "")
        if "publicKey" in material:
            _field(_field(material, "publicKey", dict, "verificationMaterial."), "hint", str, "publicKey.")
        if "x509CertificateChain" in material:
            chain = _field(_field(material, "x509CertificateChain", dict, "verificationMaterial."), "certificates",
                           list, "x509CertificateChain.")
            if not chain:
                raise ValueError("field x509CertificateChain.certificates is empty")
            for certificate in chain:
                _field(certificate, "rawBytes", str, "certificates[].")
        subjects = _field(statement, "subject", list, "statement.")
        if not subjects:
            raise ValueError("field statement.subject is empty")
        _field(_field(subjects[0], "digest", dict, "subject[0]."), "sha256", str, "subject[0].digest.")
        _field(subjects[0], "name", str, "subject[0].")
        predicate = _field(statement, "predicate", dict, "statement.")
        serialization_info = _field(predicate, "serialization", dict, "predicate.")
        ignored = serialization_info.get("ignore_paths", [])
        if not isinstance(ignored, list) or not all(isinstance(p, str) for p in ignored):
            raise ValueError("field serialization.ignore_paths is not a list of strings")
        for resource in _field(predicate, "resources", list, "predicate."):
            _field(resource, "name", str, "resources[].")
    except UnicodeDecodeError as error:
        raise SovtuneError(f"{signature_path}: not a readable model_signing signature (not UTF-8: {error.reason})"
                           ) from None
    except (OSError, ValueError, binascii.Error) as error:
        raise SovtuneError(f"{signature_path}: not a readable model_signing signature ({error})") from None
    return bundle, statement


def signed_bundle_stem(directory: Path) -> str | None:
    """`<name>-<version>` from the bundle's signed provenance (call after verification), None when absent."""
    try:
        statement = json.loads((directory / "provenance.intoto.json").read_text(encoding="utf-8"))
        bundle = statement["predicate"]["buildDefinition"]["externalParameters"]["bundle"]
        name, version = bundle["name"], bundle["version"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return f"{name}-{version}" if isinstance(name, str) and isinstance(version, str) else None


def gates_summary(directory: Path, statement: dict[str, Any]) -> dict[str, Any]:
    """The signed release gates of a verified bundle, and whether they measured the weights it holds.

    Returns:
        {"passed": bool, "failed": [names], "gates": [{"name", "passed", "detail"}], "bound": True when the
        digests gates.json recorded for the model's weight files are the bundle's, False when not, None when
        the gates record no digests (older bundles)}.
    """
    try:
        gates = json.loads((directory / GATES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"passed": False, "failed": [f"{GATES_FILE} missing or unreadable"], "gates": [], "bound": None}
    if not isinstance(gates, dict):
        gates = {}
    rows = [g for g in gates.get("gates", []) if isinstance(g, dict)] if isinstance(gates.get("gates"), list) else []
    listed = [{"name": str(g.get("name")), "passed": g.get("passed") is True, "detail": g.get("detail", "")}
              for g in rows]
    failed = [g["name"] for g in listed if not g["passed"]]
    passed = gates.get("passed") is True and not failed
    if not passed and not failed:
        failed = ["passed is not true"]
    signed = {r["name"]: r.get("digest") for r in statement["predicate"]["resources"]}
    models = gates.get("models")
    bound = None
    if isinstance(models, dict):
        # Weights only: bundle rewrites adapter_config.json (portable base path) and replaces the cards.
        pairs = [(f"{prefix}{name}", digest)
                 for role, prefix in (("merged", ""), ("adapter", "adapter/"))
                 for name, digest in ((models.get(role) or {}).get("files") or {}).items()
                 if name.endswith((".safetensors", ".bin", ".gguf"))]
        bound = bool(pairs) and all(signed.get(name) == digest for name, digest in pairs)
    return {"passed": passed, "failed": failed, "gates": listed, "bound": bound}


def check_tree(directory: Path, statement: dict[str, Any], allow_hardlinks: bool = False) -> None:
    """Refuse what model_signing would let through: extra ignores, uncovered files or directories, links.

    Hard links are refused because a file linked from elsewhere can change after verification without
    touching the bundle; `allow_hardlinks` is only for the bundle stage's own staging directory.

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
                if not allow_hardlinks and path.lstat().st_nlink > 1:
                    bad.append(f"{relative} (hard link, {path.lstat().st_nlink} names)")
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
    try:
        certificates = [x509.load_der_x509_certificate(base64.b64decode(c["rawBytes"], validate=True)) for c in chain]
    except (ValueError, binascii.Error) as error:
        raise SovtuneError(f"signature's certificate chain is malformed ({error})") from None
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


def verify_bundle_dir(
    directory: str | Path, trust: Trust, max_workers: int | None = None, allow_hardlinks: bool = False
) -> dict[str, Any]:
    """Verify a bundle directory against its `model.sig` and a trust store.

    Args:
        directory: the bundle directory (holding model.sig).
        trust: accepted signers and revocations, from `load_trust`.
        max_workers: hashing threads (default: one per CPU; files are hashed in parallel).
        allow_hardlinks: accept hard-linked files (the bundle stage's own staging only).

    Returns:
        {"signer": fingerprint or identity, "method": "key"|"certificate", "files": number of signed files,
        "root_digest": the signed root digest, "signer_fingerprint": the signing key's sha256, "bundle": signed
        `<name>-<version>` or None, "gates": gates_summary(...)}.

    Raises:
        SovtuneError: saying what is wrong (tampered, untrusted, revoked, uncovered file, expired certificate, ...).
    """
    import model_signing

    directory = Path(directory)
    signature_path = directory / SIGNATURE
    if signature_path.is_symlink() or not signature_path.is_file():
        raise SovtuneError(f"{directory}: no {SIGNATURE} signature file")
    bundle, statement = read_signature(signature_path)
    root_digest = statement["subject"][0]["digest"]["sha256"]
    # Revocations first: a revoked bundle is refused before its (possibly huge) files are hashed.
    if _hex_id(root_digest) in trust.revoked_bundles:
        raise _revoked("bundle root digest", root_digest, trust.revoked_bundles[_hex_id(root_digest)], trust)
    check_tree(directory, statement, allow_hardlinks)

    material = bundle["verificationMaterial"]
    config = model_signing.verifying.Config()
    if "publicKey" in material:
        hint = material["publicKey"]["hint"]
        if _hex_id(hint) in trust.revoked_keys:
            raise _revoked("signing key", hint, trust.revoked_keys[_hex_id(hint)], trust)
        if hint not in trust.keys:
            raise SovtuneError(f"signed by key {hint[:16]}..., which is not in the trust store {trust.source}")
        config.use_elliptic_key_verifier(public_key=trust.keys[hint])
        method, signer, fingerprint = "key", hint, hint
    elif "x509CertificateChain" in material:
        if not trust.roots:
            raise SovtuneError(f"signed with a certificate, but trust store {trust.source} lists no root certificate")
        leaf = material["x509CertificateChain"]["certificates"][0]["rawBytes"]
        fingerprint = _leaf_fingerprint(leaf)
        if fingerprint in trust.revoked_keys:
            raise _revoked("signing key", fingerprint, trust.revoked_keys[fingerprint], trust)
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
    return {
        "method": method,
        "signer": signer,
        "signer_fingerprint": fingerprint,
        "files": len(statement["predicate"]["resources"]),
        "root_digest": root_digest,
        "bundle": signed_bundle_stem(directory),
        "gates": gates_summary(directory, statement),
    }


def _leaf_fingerprint(raw_bytes: str) -> str:
    """sha256 of the leaf certificate's PEM public key: the same fingerprint form as for plain keys."""
    try:
        certificate = x509.load_der_x509_certificate(base64.b64decode(raw_bytes, validate=True))
        public_key = certificate.public_key()
    except (ValueError, binascii.Error) as error:
        raise SovtuneError(f"signature's leaf certificate is malformed ({error})") from None
    if not isinstance(public_key, ec.EllipticCurvePublicKey):
        raise SovtuneError("signature's leaf certificate does not hold an EC public key")
    return public_key_fingerprint(public_key)


def verify_path(bundle: str | Path, trust: Trust) -> dict[str, Any]:
    """Verify a bundle directory, or a bundle tar (extracted into a temporary directory that is then removed).

    For a tar, the signed `<name>-<version>` must also be its top directory and (when it has that form) its name.
    """
    bundle = Path(bundle)
    if bundle.is_dir():
        return {**verify_bundle_dir(bundle, trust), "residency": read_record(bundle / RECORD_IN_BUNDLE)}
    if not bundle.is_file():
        raise SovtuneError(f"bundle {bundle} not found")
    try:
        staging_dir = tempfile.TemporaryDirectory(prefix=".sovtune-verify-")
    except OSError as error:
        raise SovtuneError(f"cannot create a temporary directory to unpack {bundle} ({error}); set TMPDIR") from None
    with staging_dir as staging:
        top = safe_extract(bundle, Path(staging))
        summary = verify_bundle_dir(top, trust)
        check_signed_name(bundle, top.name, summary)
        # The residency record is read only after the signature over it verified.
        return {**summary, "residency": read_record(top / RECORD_IN_BUNDLE)}


def check_signed_name(tar_path: Path, top: str, summary: dict[str, Any]) -> None:
    """Refuse a tar whose top directory or file name is not the signed bundle name (see check_bundle_names)."""
    stem = summary["bundle"]
    if stem is None:
        raise SovtuneError(f"{tar_path}: the signed provenance names no bundle name and version")
    check_bundle_names(tar_path, top, stem)


def install(*args: Any, **kwargs: Any) -> dict[str, Any]:
    """`pipeline.installer.install` (kept here: callers import install from pipeline.verify)."""
    from pipeline.installer import install as _install

    return _install(*args, **kwargs)
