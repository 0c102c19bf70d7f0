"""Proof of air-gap: pipeline commands succeed with no network at all, and make no network connections.

Two ways to prove it, tried in this order by `run_without_network`:
1. `unshare --net`: the command runs in a new network namespace whose only interface (loopback) is down, so any
   attempt to reach another host fails. Success there proves the command needs no network. Needs root or
   CAP_SYS_ADMIN (true on the project's machines and in CI containers run as root).
2. `strace -f -e trace=connect`: the command runs normally and every connect() of it and its children is logged;
   any connect outside loopback and unix sockets (or any DNS query, even to a local resolver) fails the test.
Where neither is permitted the tests skip and say why.

`test_whole_pipeline_succeeds_with_no_network` runs every stage (`dvc repro`) with configs/experiments/smoke.yaml
merged into params.yaml (2 training steps, a few eval items), then verifies and installs the signed bundle, all
inside the isolation: the full demo differs only in sizes.
"""

from __future__ import annotations

import ipaddress
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from .conftest import ROOT

# The commands the air-gap proof runs, in order, in a fresh copy of the repository (smoke parameters).
PIPELINE_COMMANDS: list[list[str]] = [
    ["dvc", "repro"],
    ["sovtune", "verify", "models/bundles/sovtune-smollm2-135m-faq-0.1.0.tar", "--trust", "configs/regions/demo.yaml"],
    ["sovtune", "install", "models/bundles/sovtune-smollm2-135m-faq-0.1.0.tar", "--trust",
     "configs/regions/demo.yaml", "--dest", "installed/model", "--region", "demo"],
]

_CONNECT = re.compile(r"connect\(\d+, \{sa_family=(?P<family>AF_\w+)(?P<rest>.*?)\}, \d+\)")
_IPV4 = re.compile(r'sin_addr=inet_addr\("(?P<ip>[^"]+)"\)')
_IPV6 = re.compile(r'inet_pton\(AF_INET6, "(?P<ip>[^"]+)"')
_PORT = re.compile(r"sin6?_port=htons\((?P<port>\d+)\)")


def non_local_connects(strace_log: str) -> list[str]:
    """strace lines whose connect() left the machine (or tried to): not a unix/netlink socket, not loopback.

    A connect to port 53 counts even on loopback: it is a DNS query that a local resolver forwards outside.
    """
    found = []
    for line in strace_log.splitlines():
        match = _CONNECT.search(line)
        if not match or match["family"] in ("AF_UNIX", "AF_LOCAL", "AF_NETLINK", "AF_UNSPEC"):
            continue
        address = _IPV4.search(match["rest"]) or _IPV6.search(match["rest"])
        port = _PORT.search(match["rest"])
        try:
            loopback = address is not None and ipaddress.ip_address(address["ip"]).is_loopback
        except ValueError:
            loopback = False
        if not loopback or (port is not None and port["port"] == "53"):
            found.append(line.strip())
    return found


@dataclass
class IsolatedRun:
    """Result of one command run by `run_without_network`."""

    method: str  # "unshare" or "strace"
    returncode: int
    output: str
    connects: list[str]  # non-local connect() lines (strace only; empty under unshare)


@cache
def _unshare_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    try:
        return subprocess.run(["unshare", "--net", "true"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


@cache
def _strace_works() -> bool:
    if shutil.which("strace") is None:
        return False
    try:
        return subprocess.run(["strace", "-qq", "-e", "trace=none", "true"], capture_output=True,
                              timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def _environment(home: Path | None = None) -> dict[str, str]:
    # `python` and `dvc` of the venv running the tests, first on PATH, as `make demo` has them. A scratch HOME
    # keeps the demo signing key the bundle stage creates (~/.config/sovtune/keys) out of the real one.
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    return {**os.environ, "PATH": path, **({"HOME": str(home)} if home else {})}


def run_strace(
    command: Sequence[str], cwd: Path, log: Path, timeout: int = 600, home: Path | None = None
) -> IsolatedRun:
    """Run `command` under `strace -f -e trace=connect` and collect its non-local connects."""
    result = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=connect", "-e", "signal=none", "-o", str(log), *command],
        cwd=cwd, env=_environment(home), capture_output=True, text=True, timeout=timeout,
    )
    connects = non_local_connects(log.read_text(encoding="utf-8", errors="replace")) if log.exists() else []
    return IsolatedRun("strace", result.returncode, result.stdout + result.stderr, connects)


def run_without_network(
    command: Sequence[str], cwd: Path, log_dir: Path, timeout: int = 600, home: Path | None = None
) -> IsolatedRun:
    """Run `command` in a network namespace without network, or else under strace; skip when neither works.

    SOVTUNE_AIRGAP_METHOD=unshare|strace forces one method (e.g. to exercise the strace fallback in CI).
    """
    method = os.environ.get("SOVTUNE_AIRGAP_METHOD", "")
    if method in ("", "unshare") and _unshare_works():
        # Loopback is allowed by sovtune's policy (e.g. a local rendezvous for multi-process training) but starts
        # down in a new namespace: bring it up when `ip` exists. Nothing else exists to reach.
        wrapped = ["unshare", "--net", "--", "sh", "-c", 'ip link set lo up 2>/dev/null; exec "$@"', "sh", *command]
        result = subprocess.run(
            wrapped, cwd=cwd, env=_environment(home), capture_output=True, text=True, timeout=timeout
        )
        return IsolatedRun("unshare", result.returncode, result.stdout + result.stderr, [])
    if method in ("", "strace") and _strace_works():
        return run_strace(command, cwd, log_dir / "strace.log", timeout, home)
    pytest.skip("neither `unshare --net` (needs root or CAP_SYS_ADMIN) nor strace (needs ptrace) is permitted here"
                + (f" (SOVTUNE_AIRGAP_METHOD={method})" if method else ""))


def copy_repository(destination: Path) -> Path:
    """The working tree's tracked and untracked-but-not-ignored files (no DVC outputs), as a fresh git repo."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"], cwd=ROOT, capture_output=True,
        check=True,
    ).stdout.decode().split("\0")
    for relative in filter(None, listed):
        source = ROOT / relative
        if source.is_file():
            target = destination / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    subprocess.run(["git", "init", "-q"], cwd=destination, check=True)
    # A clone has history; dvclive (train) reads HEAD and refuses a repository without commits.
    subprocess.run(["git", "add", "-A"], cwd=destination, check=True)
    subprocess.run(["git", "-c", "user.name=sovtune-test", "-c", "user.email=test@example.org", "commit", "-q",
                    "-m", "copy"], cwd=destination, check=True)
    return destination


def test_strace_parser_flags_only_traffic_that_leaves_the_machine():
    log = "\n".join([
        '101 connect(3, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT',
        '101 connect(4, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr("127.0.0.1")}, 16) = 0',
        '102 connect(5, {sa_family=AF_INET6, sin6_port=htons(80), sin6_flowinfo=htonl(0), '
        'inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = 0',
        '103 connect(6, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("140.82.112.3")}, 16) = -1',
        '104 connect(7, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.53")}, 16) = 0',
        '105 connect(8, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), '
        'inet_pton(AF_INET6, "2606:4700::1111", &sin6_addr), sin6_scope_id=0}, 28) = -1',
        '106 connect(9, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 0',
        '107 connect(3, {sa_family=AF_UNSPEC, sa_data="\\0\\0"}, 16) = 0',
    ])
    flagged = non_local_connects(log)
    assert [line.split()[0] for line in flagged] == ["103", "104", "105"]


def test_no_network_really_means_no_network(tmp_path: Path):
    """The isolation itself works: a connection to a public address fails inside it (or shows in strace)."""
    probe = [sys.executable, "-c", "import socket\ntry:\n    socket.create_connection(('192.0.2.1', 9), 2)\n"
             "except OSError as e:\n    print('blocked', e.errno)\n"]
    run = run_without_network(probe, tmp_path, tmp_path)
    assert run.returncode == 0, run.output
    if run.method == "unshare":
        assert "blocked" in run.output
    else:
        assert any("192.0.2.1" in line for line in run.connects)


def test_dvc_status_makes_no_network_connection(tmp_path: Path):
    """Issue 3 acceptance: DVC's own commands (analytics, update checks, Studio) stay off the network."""
    if not _strace_works():
        pytest.skip("strace is missing or ptrace is not permitted here")
    run = run_strace(["dvc", "status"], ROOT, tmp_path / "strace.log", timeout=120)
    assert run.returncode == 0, run.output
    assert run.connects == []


def _merge(base: dict, delta: dict) -> dict:
    merged = dict(base)
    for key, value in delta.items():
        merged[key] = _merge(merged[key], value) if isinstance(value, dict) and key in merged else value
    return merged


@pytest.mark.slow
def test_whole_pipeline_succeeds_with_no_network(tmp_path: Path):
    """The air-gap proof: every stage, then verify and install the bundle, in a fresh copy with no network."""
    import yaml

    repo = copy_repository(tmp_path / "repo")
    params = yaml.safe_load((repo / "params.yaml").read_text())
    smoke = yaml.safe_load((repo / "configs/experiments/smoke.yaml").read_text())
    (repo / "params.yaml").write_text(yaml.safe_dump(_merge(params, smoke), sort_keys=False))
    home = tmp_path / "home"
    home.mkdir()
    for command in PIPELINE_COMMANDS:
        run = run_without_network(command, repo, tmp_path, timeout=1500, home=home)
        assert run.returncode == 0, f"{run.method}: {' '.join(command)} failed:\n{run.output[-4000:]}"
        assert run.connects == [], f"{' '.join(command)} tried to reach the network: {run.connects}"
    for output in ("models/base/manifest.json", "data/redacted/faq_train.jsonl", "models/adapter",
                   "reports/eval.json", "reports/gates.json", "reports/index.html"):
        assert (repo / output).exists(), output
    assert (repo / "installed/model/config.json").is_file()
    status = subprocess.run(["dvc", "status"], cwd=repo, env=_environment(home), capture_output=True, text=True,
                            timeout=120)
    assert status.returncode == 0 and "changed" not in status.stdout, status.stdout
