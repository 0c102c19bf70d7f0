"""`sovtune doctor`: routes out, offline variables, DVC analytics (issue 14, part 5)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import doctor, offline

from .conftest import ROOT

ROUTE_HEADER = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"


def _proc(tmp_path: Path, route: str, route6: str = "") -> Path:
    proc = tmp_path / "net"
    proc.mkdir(parents=True)
    (proc / "route").write_text(ROUTE_HEADER + route)
    (proc / "ipv6_route").write_text(route6)
    return proc


def test_routes_out_finds_a_default_route_and_ignores_loopback(tmp_path: Path):
    isolated = _proc(tmp_path / "a", "lo\t0000007F\t00000000\t0001\t0\t0\t0\t000000FF\t0\t0\t0\n",
                     "00000000000000000000000000000001 80 00000000000000000000000000000000 00 "
                     "00000000000000000000000000000000 00000000 00000001 00000000 80200001 lo\n")
    assert doctor.routes_out(isolated) == []
    connected = _proc(tmp_path / "b", "eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0\n",
                      "00000000000000000000000000000000 00 00000000000000000000000000000000 00 "
                      "fe800000000000000000000000000001 00000400 00000000 00000000 00000003 eth0\n")
    assert doctor.routes_out(connected) == ["eth0 0.0.0.0/0 via 192.0.2.1", "eth0 ::/0"]


def test_offline_variables_are_judged_from_the_callers_shell():
    all_set = dict(offline.OFFLINE_ENV)
    findings = {f.check: f for f in doctor.diagnose(ROOT, environ=all_set)}
    assert findings["offline variables"].ok
    missing = {**all_set, "HF_HUB_OFFLINE": None, "DO_NOT_TRACK": "0"}
    finding = {f.check: f for f in doctor.diagnose(ROOT, environ=missing)}["offline variables"]
    assert not finding.ok and "HF_HUB_OFFLINE unset" in finding.detail and "DO_NOT_TRACK='0'" in finding.detail


def test_dvc_analytics_read_from_the_project_config(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    (tmp_path / ".dvc").mkdir()
    (tmp_path / ".dvc" / "config").write_text("[core]\n    analytics = true\n")
    monkeypatch.delenv("DVC_NO_ANALYTICS", raising=False)
    finding = {f.check: f for f in doctor.diagnose(tmp_path, environ={})}["DVC analytics"]
    assert not finding.ok and "core.analytics=true" in finding.detail
    assert doctor.dvc_settings(ROOT) == {"core.analytics": "false", "core.check_update": "false",
                                         "studio.offline": "true"}


def test_doctor_env_exports_every_offline_variable():
    if shutil.which("bash") is None:
        pytest.skip("bash not found")
    script = f'eval "$({sys.executable} -m pipeline.cli doctor --env)"; env'
    env = {key: value for key, value in os.environ.items() if key not in offline.OFFLINE_ENV}
    out = subprocess.run(["bash", "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    for key, value in offline.OFFLINE_ENV.items():
        assert f"{key}={value}\n" in out.stdout, key


def test_doctor_in_a_network_namespace_sees_no_route_out():
    if shutil.which("unshare") is None or subprocess.run(["unshare", "--net", "true"]).returncode != 0:
        pytest.skip("unshare --net is not permitted here")
    env = {**os.environ, **offline.OFFLINE_ENV}
    run = subprocess.run(["unshare", "--net", sys.executable, "-m", "pipeline.cli", "doctor"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert "ok    routes out: none" in run.stdout and "ok    interfaces: loopback only" in run.stdout
    assert "ok    offline variables" in run.stdout and "ok    DVC analytics" in run.stdout
    assert run.returncode == 0, run.stdout
