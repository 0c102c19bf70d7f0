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
