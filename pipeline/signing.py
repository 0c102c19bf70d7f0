"""Signing a bundle directory: model_signing's statement, re-signed over a canonical payload by the release key.

Three offline methods (never keyless Sigstore):
- `key`: an EC private key file (P-256/P-384), signed in-process with deterministic ECDSA (RFC 6979);
- `certificate`: the same key plus a leaf certificate from the organisation's own PKI;
- `pkcs11`: a key that never leaves a hardware security module (or SoftHSM2), named by a PKCS#11 URI
  (RFC 7512). model_signing's `pkcs11` extra (PyKCS11) talks to the token; the canonical re-signature is made
  by the same token, so the only key that ever signs is the HSM's. HSM ECDSA is randomised, so signature
  bytes (and the tar's bytes) differ between runs with this method; the signed statement does not.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pipeline.config import BundleSigningConfig
from pipeline.errors import SovtuneError
from pipeline.verify import SIGNATURE, Trust, verify_bundle_dir

PKCS11_PIN_ENV = "SOVTUNE_PKCS11_PIN"  # the token PIN, when the URI carries neither pin-value nor pin-source


def _ec_hash(public_key: Any) -> Any:
    """The hash model_signing pairs with each curve (P-256: SHA-256, P-384: SHA-384, P-521: SHA-512)."""
    from cryptography.hazmat.primitives import hashes

    return {256: hashes.SHA256(), 384: hashes.SHA384(), 521: hashes.SHA512()}[public_key.curve.key_size]


def canonical_resign(signature_path: Path, sign_pae: Callable[[bytes], bytes]) -> None:
    """Re-sign model_signing's DSSE envelope over a canonical payload.

    model_signing serialises its statement through a protobuf Struct whose key order changes from process to
    process: the statement itself is kept, only its JSON key order is fixed (sorted). `sign_pae` returns a DER
    ECDSA signature over the DSSE pre-authentication encoding (PAE) of the new payload; it is made by the same
    key that model_signing used (file key or HSM), so the signer recorded in the bundle does not change.
    DSSE PAE: https://github.com/secure-systems-lab/dsse/blob/v1.0.0/protocol.md
    """
    bundle = json.loads(signature_path.read_text(encoding="utf-8"))
    envelope = bundle["dsseEnvelope"]
    statement = json.loads(base64.b64decode(envelope["payload"]))
    payload = json.dumps(statement, sort_keys=True, indent=2).encode("utf-8")
    payload_type = envelope["payloadType"].encode("utf-8")
    pae = b"DSSEv1 %d %s %d %s" % (len(payload_type), payload_type, len(payload), payload)
    signature = sign_pae(pae)
    envelope["payload"] = base64.b64encode(payload).decode("ascii")
    envelope["signatures"] = [{"sig": base64.b64encode(signature).decode("ascii"), "keyid": ""}]
    signature_path.write_text(json.dumps(bundle, sort_keys=True, separators=(",", ":")), encoding="utf-8")


def _software_pae_signer(key: Any) -> Callable[[bytes], bytes]:
    from cryptography.hazmat.primitives.asymmetric import ec

    # Deterministic ECDSA: the same inputs and key give the same signature bytes, hence the same tar.
    return lambda pae: key.sign(pae, ec.ECDSA(_ec_hash(key.public_key()), deterministic_signing=True))


@contextlib.contextmanager
def _plain_key_file(key: Any) -> Iterator[Path]:
    """The decrypted key in a 0600 file inside a 0700 temp directory, deleted afterwards.

    model_signing's certificate signer cannot open encrypted keys; prefer /dev/shm (memory) when present.
    """
    from cryptography.hazmat.primitives import serialization

    shm = Path("/dev/shm")
    with tempfile.TemporaryDirectory(prefix="sovtune-key-", dir=shm if shm.is_dir() else None) as directory:
        path = Path(directory) / "key.pem"
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
        yield path


def pkcs11_uri_with_defaults(signing: BundleSigningConfig) -> str:
    """The configured PKCS#11 URI plus the module path and the PIN from $SOVTUNE_PKCS11_PIN when it lacks them."""
    uri = signing.pkcs11_uri.strip()
    if not uri.startswith("pkcs11:"):
        raise SovtuneError("bundle.signing.method is pkcs11 but bundle.signing.pkcs11_uri is not a pkcs11: URI "
                           "(e.g. pkcs11:token=release;object=signing-key)")
    query = uri.partition("?")[2]
    names = {part.partition("=")[0] for part in query.split("&") if part}
    extra = []
    if signing.pkcs11_module and not names & {"module-path", "module-name"}:
        extra.append(f"module-path={signing.pkcs11_module}")
    if os.environ.get(PKCS11_PIN_ENV) and not names & {"pin-value", "pin-source"}:
        extra.append(f"pin-value={os.environ[PKCS11_PIN_ENV]}")
    if not extra:
        return uri
    return uri + ("&" if query else "?") + "&".join(extra)


def _pkcs11_signer(signing: BundleSigningConfig) -> Any:
    """model_signing's PKCS#11 signer (logged in to the token), or a one-line error saying what is missing."""
    try:
        from model_signing._signing import sign_pkcs11
    except ImportError:
        raise SovtuneError("PKCS#11 signing needs model-signing's pkcs11 extra: pip install 'model-signing[pkcs11]' "
                           "(PyKCS11)") from None
    try:
        return sign_pkcs11.Signer(pkcs11_uri_with_defaults(signing))
    except SovtuneError:
        raise
    except Exception as error:  # noqa: BLE001 - PyKCS11 raises its own types; report them in one line
        reason = str(error).strip() or type(error).__name__
        raise SovtuneError(f"PKCS#11 token: {reason} (check bundle.signing.pkcs11_uri, the module path and the PIN "
                           f"in the URI or ${PKCS11_PIN_ENV})") from None


def _hsm_pae_signer(signer: Any) -> Callable[[bytes], bytes]:
    import PyKCS11
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

    public_key = signer.public_key()

    def sign(pae: bytes) -> bytes:
        digest = hashes.Hash(_ec_hash(public_key))
        digest.update(pae)
        # CKM_ECDSA signs a precomputed digest and returns r || s (IEEE P1363); DSSE wants DER.
        raw = bytes(signer.session.sign(signer._private_key, digest.finalize(),
                                        mecha=PyKCS11.Mechanism(PyKCS11.CKM_ECDSA, None)))
        half = len(raw) // 2
        return encode_dss_signature(int.from_bytes(raw[:half], "big"), int.from_bytes(raw[half:], "big"))

    return sign


def sign_bundle_dir(directory: Path, signing: BundleSigningConfig, max_workers: int | None = None) -> dict[str, str]:
    """Sign every file of `directory` into `directory/model.sig` with the key, certificate or pkcs11 method.

    Git paths are hashed like any other file and nothing is ignored but the signature itself.

    Returns:
        {"method": ..., "public_key_sha256": fingerprint of the signing key, "public_key_pem": its public key}.
    """
    import model_signing
    from cryptography.hazmat.primitives import serialization

    from pipeline.keys import load_private_key, public_key_fingerprint, resolve_signing_key

    hashing = (
        model_signing.hashing.Config()
        .use_file_serialization(hashing_algorithm="sha256", max_workers=max_workers or os.cpu_count())
        .set_ignored_paths(paths=[SIGNATURE], ignore_git_paths=False)
    )
    config = model_signing.signing.Config().set_hashing_config(hashing)
    (directory / SIGNATURE).unlink(missing_ok=True)
    try:
        if signing.method == "pkcs11":
            hsm = _pkcs11_signer(signing)
            # The library's own PKCS#11 signer builds the statement; then the token signs the canonical payload.
            config._signer = hsm  # what use_pkcs11_signer sets, with the login we already hold (one PIN prompt)
            config.sign(directory, directory / SIGNATURE)
            canonical_resign(directory / SIGNATURE, _hsm_pae_signer(hsm))
            public_key = hsm.public_key()
        else:
            key_path = resolve_signing_key(signing.private_key)
            key, password = load_private_key(key_path)
            if signing.method == "key":
                # model_signing passes `password` straight to cryptography, which wants bytes.
                config.use_elliptic_key_signer(private_key=key_path, password=password)  # type: ignore[arg-type]
                config.sign(directory, directory / SIGNATURE)
            else:
                if not signing.certificate:
                    raise SovtuneError("bundle.signing.method is certificate but bundle.signing.certificate is empty")
                with _plain_key_file(key) as plain:
                    config.use_certificate_signer(
                        private_key=plain,
                        signing_certificate=Path(signing.certificate).expanduser(),
                        certificate_chain=[Path(c).expanduser() for c in signing.certificate_chain],
                    )
                    config.sign(directory, directory / SIGNATURE)
            canonical_resign(directory / SIGNATURE, _software_pae_signer(key))
            public_key = key.public_key()
    except (ValueError, OSError) as error:
        raise SovtuneError(f"signing {directory} failed: {error}") from None
    public_pem = public_key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return {
        "method": signing.method,
        "public_key_sha256": public_key_fingerprint(public_key),
        "public_key_pem": public_pem.decode("ascii"),
    }


def self_verify(bundle_dir: Path, signing: dict[str, str]) -> bool | None:
    """Check the finished bundle with sovtune's own strict verifier and the signing key's public key.

    Returns True when it verifies (raises otherwise), None for the certificate method, whose root of trust lives
    only in the regions' trust stores.
    """
    if signing["method"] == "certificate":
        return None
    with tempfile.TemporaryDirectory(prefix="sovtune-pub-") as directory:
        public_key = Path(directory) / "signer.pub"
        public_key.write_text(signing["public_key_pem"], encoding="ascii")
        trust = Trust(source="the signing key", keys={signing["public_key_sha256"]: public_key})
        # The stage's staging directory hard-links the weights from models/merged on purpose.
        verify_bundle_dir(bundle_dir, trust, allow_hardlinks=True)
    return True


def pkcs11_public_key_pem(signing: BundleSigningConfig) -> tuple[str, str]:
    """(PEM public key, sha256 fingerprint) of the HSM key, for a region's trust store."""
    from cryptography.hazmat.primitives import serialization

    public_key = _pkcs11_signer(signing).public_key()
    pem = public_key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return pem.decode("ascii"), hashlib.sha256(pem).hexdigest()
