from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading

import pytest

from pipeline import offline
from pipeline.offline import EgressBlocked

from .conftest import ROOT


def test_environment_variables_are_forced_on(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    offline.enforce()
    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE", "HF_HUB_DISABLE_TELEMETRY"):
        assert os.environ[name] == "1"
    assert os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] == ""


def test_connect_to_public_address_is_refused_naming_host():
    offline.enforce()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(EgressBlocked, match=r"1\.1\.1\.1"):
        sock.connect(("1.1.1.1", 443))


def test_create_connection_by_name_is_refused_before_dns():
    offline.enforce()
    with pytest.raises(EgressBlocked, match="huggingface.co"):
        socket.create_connection(("huggingface.co", 443), timeout=1)


def test_udp_sendto_public_address_is_refused():
    offline.enforce()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock, pytest.raises(EgressBlocked):
        sock.sendto(b"x", ("8.8.8.8", 53))


def test_private_range_is_refused_too():
    offline.enforce()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(EgressBlocked):
        sock.connect(("10.0.0.1", 80))


def test_loopback_still_works():
    offline.enforce()
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]

    def answer() -> None:
        connection, _ = server.accept()
        connection.sendall(b"pong")
        connection.close()

    thread = threading.Thread(target=answer)
    thread.start()
    with socket.create_connection(("localhost", port), timeout=5) as client:
        assert client.recv(4) == b"pong"
    thread.join()
    server.close()


def test_allow_list_lets_a_named_host_resolve():
    offline.enforce(allow_hosts=["artifacts.internal"])
    try:
        # Allowed hosts pass the guard; resolution itself then fails (no such host here), not with EgressBlocked.
        with pytest.raises(OSError) as error:
            socket.getaddrinfo("artifacts.internal", 443)
        assert not isinstance(error.value, EgressBlocked)
    finally:
        offline.enforce()


def test_hf_hub_download_stays_offline_without_touching_the_socket(capsys):
    offline.enforce()
    from huggingface_hub import hf_hub_download
    from huggingface_hub.errors import LocalEntryNotFoundError

    with pytest.raises(LocalEntryNotFoundError):
        hf_hub_download("HuggingFaceTB/SmolLM2-135M-Instruct", "config.json")
    # The offline variables stopped the attempt before the socket guard had to refuse anything.
    assert "offline guard" not in capsys.readouterr().err


def test_stage_subprocess_inherits_offline_variables():
    offline.enforce()
    code = "import os; print(os.environ['HF_HUB_OFFLINE'], os.environ['DVC_NO_ANALYTICS'])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["1", "1"]


def test_dvc_config_disables_analytics_and_studio():
    text = (ROOT / ".dvc" / "config").read_text()
    assert "analytics = false" in text
    assert "check_update = false" in text
    assert "offline = true" in text


# Every way out that Python has, tried after enforce(): each must be refused before a DNS query or a packet.
RESOLVER_CALLS = {
    "socket.gethostbyname": lambda: socket.gethostbyname("example.com"),
    "socket.gethostbyname_ex": lambda: socket.gethostbyname_ex("example.com"),
    "socket.gethostbyaddr": lambda: socket.gethostbyaddr("8.8.8.8"),
    "socket.getnameinfo": lambda: socket.getnameinfo(("8.8.8.8", 53), 0),
    "socket.getaddrinfo": lambda: socket.getaddrinfo("example.com", 443),
    "_socket.getaddrinfo": lambda: __import__("_socket").getaddrinfo("example.com", 443),
    "_socket.gethostbyname": lambda: __import__("_socket").gethostbyname("example.com"),
    "_socket.gethostbyaddr": lambda: __import__("_socket").gethostbyaddr("8.8.8.8"),
    "_socket.getnameinfo": lambda: __import__("_socket").getnameinfo(("8.8.8.8", 53), 0),
}


@pytest.mark.parametrize("call", RESOLVER_CALLS, ids=list(RESOLVER_CALLS))
def test_every_resolver_is_refused(call):
    offline.enforce()
    with pytest.raises(EgressBlocked):
        RESOLVER_CALLS[call]()


def test_getfqdn_does_no_lookup(capsys):
    # getfqdn swallows OSError and returns its argument; the refusal on stderr shows the reverse lookup was stopped.
    offline.enforce()
    assert socket.getfqdn("example.com") == "example.com"
    assert "refused" in capsys.readouterr().err


def test_numeric_getnameinfo_and_loopback_names_still_work():
    offline.enforce()
    assert socket.getnameinfo(("8.8.8.8", 53), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV) == ("8.8.8.8", "53")
    assert socket.gethostbyname("localhost").startswith("127.")


def test_sendmsg_to_public_address_is_refused():
    offline.enforce()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock, pytest.raises(EgressBlocked):
        sock.sendmsg([b"x"], [], 0, ("8.8.8.8", 53))


@pytest.mark.parametrize("method", ["connect", "connect_ex", "sendto", "sendmsg"])
def test_c_level_socket_is_guarded(method):
    import _socket

    offline.enforce()
    raw = _socket.socket(_socket.AF_INET, _socket.SOCK_DGRAM)
    calls = {
        "connect": lambda: raw.connect(("8.8.8.8", 53)),
        "connect_ex": lambda: raw.connect_ex(("8.8.8.8", 53)),
        "sendto": lambda: raw.sendto(b"x", ("8.8.8.8", 53)),
        "sendmsg": lambda: raw.sendmsg([b"x"], [], 0, ("8.8.8.8", 53)),
    }
    try:
        with pytest.raises(EgressBlocked):
            calls[method]()
    finally:
        raw.close()
    typed = socket.SocketType(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        with pytest.raises(EgressBlocked):
            typed.sendto(b"x", ("8.8.8.8", 53))
    finally:
        typed.close()


def test_replaced_socket_types_keep_isinstance_checks():
    import _socket

    offline.enforce()
    with socket.socket() as sock:
        assert isinstance(sock, _socket.socket) and isinstance(sock, socket.SocketType)
        assert issubclass(socket.socket, _socket.socket)


def test_guard_documents_what_it_cannot_see():
    doc = offline.__doc__ or ""
    for blind_spot in ("child processes", "ctypes", "before `enforce()`"):
        assert blind_spot in doc


def test_allow_hosts_by_name_allows_the_connect_to_the_resolved_address(monkeypatch):
    """A name in allow_hosts: the lookup passes and so does the connect to the address it resolved to."""
    import _socket

    real = offline._originals[(_socket, "getaddrinfo")]

    def internal_dns(host, port, *args, **kwargs):  # stands in for the site's DNS server
        if host == "artifacts.internal":
            return real("192.0.2.200", port, *args, **kwargs)
        return real(host, port, *args, **kwargs)

    offline.release()
    monkeypatch.setitem(offline._originals, (_socket, "getaddrinfo"), internal_dns)
    try:
        offline.enforce(allow_hosts=["artifacts.internal"])
        assert socket.getaddrinfo("artifacts.internal", 443)[0][4][0] == "192.0.2.200"
        try:
            socket.create_connection(("artifacts.internal", 9), timeout=0.3).close()
        except EgressBlocked:
            pytest.fail("the connect to the allowed host's resolved address was refused")
        except OSError:
            pass  # no such server here (timeout, unreachable): the guard let it through, which is the point
        offline.enforce()  # the host is no longer allowed: neither it nor its address passes
        with socket.socket() as sock, pytest.raises(EgressBlocked):
            sock.connect(("192.0.2.200", 9))
    finally:
        offline.release()
        monkeypatch.undo()
        offline.enforce()
