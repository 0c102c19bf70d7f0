"""Signing keys: generate passphrase-protected EC key pairs, load them, and make the demo key for `dvc repro`.

Private keys live outside the repository (default `~/.config/sovtune/keys/`) and are never copied into a bundle.
The passphrase comes from the environment variable SOVTUNE_KEY_PASSPHRASE or, on a terminal, from a prompt.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from pipeline.errors import SovtuneError

PASSPHRASE_ENV = "SOVTUNE_KEY_PASSPHRASE"
SIGNING_KEY_ENV = "SOVTUNE_SIGNING_KEY"
DEMO_KEY = "~/.config/sovtune/keys/demo-signing.pem"
CURVES = {"P-256": ec.SECP256R1, "P-384": ec.SECP384R1}


def _inside_git_repo(path: Path) -> Path | None:
    """The git work tree that contains `path`, or None."""
    for parent in [path, *path.parents]:
        if (parent / ".git").exists():
            return parent
    return None


def public_key_fingerprint(public_key: ec.EllipticCurvePublicKey) -> str:
    """sha256 of the PEM SubjectPublicKeyInfo: the key hint model_signing records in a signature."""
    pem = public_key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(pem).hexdigest()


def read_passphrase(confirm: bool = False) -> str | None:
    """The key passphrase from SOVTUNE_KEY_PASSPHRASE, else a prompt on a terminal, else None."""
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass("Key passphrase: ")
    if confirm and getpass.getpass("Repeat passphrase: ") != first:
        raise SovtuneError("the two passphrases differ; run the command again")
    return first or None


def generate_keypair(out_dir: Path, name: str, passphrase: str | None, curve: str = "P-256") -> tuple[Path, Path]:
    """Write `<name>.pem` (private, mode 0600, encrypted with `passphrase`) and `<name>.pub` into `out_dir`.

    Args:
        out_dir: directory for the two files; created if missing; must not be inside a git work tree.
        name: file stem.
        passphrase: encrypts the private key (PKCS#8, best available cipher); None writes it unencrypted, which
            only the demo key does.
        curve: "P-256" or "P-384" (the curves model_signing and sovtune verifiers accept).

    Returns:
        (private key path, public key path).
    """
    if curve not in CURVES:
        raise SovtuneError(f"curve {curve!r} is not supported; use one of {', '.join(CURVES)}")
    out_dir = out_dir.expanduser().resolve()
    repo = _inside_git_repo(out_dir)
    if repo is not None:
        raise SovtuneError(
            f"{out_dir} is inside the git repository {repo}; keep private keys outside any repository "
            "(e.g. --out ~/.config/sovtune/keys)"
        )
    private_path, public_path = out_dir / f"{name}.pem", out_dir / f"{name}.pub"
    if private_path.exists():
        raise SovtuneError(f"{private_path} already exists; choose another --name or move the old key away")
    key = ec.generate_private_key(CURVES[curve]())
    encryption = (
        serialization.BestAvailableEncryption(passphrase.encode()) if passphrase else serialization.NoEncryption()
    )
    private_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    # Create with 0600 from the start: a chmod after writing would leave a window where others could read it.
    descriptor = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(private_pem)
    public_path.write_bytes(
        key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return private_path, public_path


def load_private_key(path: Path) -> tuple[ec.EllipticCurvePrivateKey, bytes | None]:
    """Load an EC private key, asking for the passphrase when it is encrypted.

    Returns:
        (the key, the passphrase bytes that opened it or None).
    """
    if not path.is_file():
        raise SovtuneError(f"signing key {path} not found; create one with `sovtune keys generate --out DIR`")
    data = path.read_bytes()
    password: bytes | None = None
    if b"ENCRYPTED" in data.split(b"\n", 1)[0]:
        passphrase = read_passphrase()
        if passphrase is None:
            raise SovtuneError(f"signing key {path} is encrypted: set {PASSPHRASE_ENV} or run on a terminal")
        password = passphrase.encode()
    try:
        key = serialization.load_pem_private_key(data, password)
    except (ValueError, TypeError) as error:
        raise SovtuneError(f"could not open signing key {path}: wrong passphrase or not a PEM key ({error})") from None
    if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name not in ("secp256r1", "secp384r1"):
        raise SovtuneError(f"signing key {path} is not an EC P-256/P-384 key; use `sovtune keys generate`")
    return key, password


def resolve_signing_key(configured: str) -> Path:
    """The private key to sign with: $SOVTUNE_SIGNING_KEY, else `configured`; creates the demo key if missing.

    The demo key exists so that `dvc repro` works on a fresh machine; it is generated outside the repository and
    announced loudly, because a bundle signed with it proves nothing to anyone else.
    """
    path = Path(os.environ.get(SIGNING_KEY_ENV) or configured).expanduser()
    demo = Path(DEMO_KEY).expanduser()
    if path.resolve() == demo.resolve() and not path.exists():
        # Never prompt here: `make demo` must run unattended. Encrypted only when the passphrase variable is set.
        private_path, public_path = generate_keypair(demo.parent, demo.stem, os.environ.get(PASSPHRASE_ENV) or None)
        banner = "!" * 100
        print(
            f"{banner}\n"
            f"sovtune: generated a DEMO signing key at {private_path} (public key {public_path}).\n"
            "A DEMO KEY PROVES NOTHING: for real bundles run `sovtune keys generate --out DIR` and set\n"
            f"bundle.signing.private_key (or {SIGNING_KEY_ENV}); give regional clusters only the .pub file.\n"
            f"{banner}",
            file=sys.stderr,
        )
    return path
