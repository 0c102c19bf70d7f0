"""`sovtune doctor`: is this host really air-gapped? The in-process guard cannot see child processes, so ask the OS.

Checks, each "ok" or "warn" with what to do:
- routes out: any IPv4/IPv6 route through an interface other than loopback (from /proc/net), and the interfaces;
- the offline variables as the caller's shell set them (sovtune sets them for its own processes regardless, but
  `dvc`, `git` or a notebook started from that shell do not get them);
- DVC's analytics, update check and Studio, from every DVC config level and the environment.
"""

from __future__ import annotations

import configparser
import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

from pipeline import offline


@dataclass(frozen=True)
class Finding:
    check: str
    ok: bool
    detail: str


def _hex_ipv4(value: str) -> str:
    return ".".join(str(int(value[i:i + 2], 16)) for i in (6, 4, 2, 0))


def routes_out(proc_net: Path = Path("/proc/net")) -> list[str]:
    """Routes via any interface but loopback, as 'iface destination/mask via gateway' lines."""
    found = []
    route = proc_net / "route"
    if route.is_file():
        for line in route.read_text().splitlines()[1:]:
            parts = line.split()
            if len(parts) >= 8 and parts[0] != "lo":
                mask_bits = bin(int(parts[7], 16)).count("1")
                gateway = _hex_ipv4(parts[2])
                found.append(f"{parts[0]} {_hex_ipv4(parts[1])}/{mask_bits}" + ("" if gateway == "0.0.0.0"
                                                                                 else f" via {gateway}"))
    route6 = proc_net / "ipv6_route"
    if route6.is_file():
        for line in route6.read_text().splitlines():
            parts = line.split()
            # Skip loopback, and the kernel's local/multicast entries (type flags in parts[8]).
            if len(parts) >= 10 and parts[9] != "lo" and not parts[0].startswith(("ff", "fe80")):
                flags = int(parts[8], 16)
                if flags & 0x80000000:  # RTF_LOCAL: an address of this host
                    continue
                found.append(f"{parts[9]} {ipaddress.IPv6Address(int(parts[0], 16))}/{int(parts[1], 16)}")
    return found


def interfaces() -> list[str]:
    """Network interfaces of this network namespace other than loopback (`unshare --net` leaves only `lo`)."""
    import socket

    return sorted(name for _, name in socket.if_nameindex() if name != "lo")


def dvc_settings(project: Path) -> dict[str, str]:
    """core.analytics, core.check_update and studio.offline as DVC resolves them (later files win)."""
    levels = [Path("/etc/xdg/dvc/config"), Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
              / "dvc" / "config", project / ".dvc" / "config", project / ".dvc" / "config.local"]
    settings = {"core.analytics": "true", "core.check_update": "true", "studio.offline": "false"}
    for path in levels:
        if not path.is_file():
            continue
        parser = configparser.ConfigParser()
        try:
            parser.read_string(path.read_text(encoding="utf-8"))
        except configparser.Error:
            continue
        for key in settings:
            section, option = key.split(".")
            if parser.has_option(section, option):
                settings[key] = parser.get(section, option).strip().lower()
    return settings


def diagnose(project: Path = Path("."), environ: dict[str, str | None] | None = None) -> list[Finding]:
    """Every check, in the order printed."""
    findings = []
    routes = routes_out()
    findings.append(Finding("routes out", not routes, "none: only loopback" if not routes else
                            f"{'; '.join(routes[:6])}. Run under `unshare --net`, systemd PrivateNetwork=yes, or "
                            "remove the routes (see README 'Running with no network at all')"))
    others = interfaces()
    findings.append(Finding("interfaces", not others, "loopback only" if not others else ", ".join(others)))
    inherited = offline.INHERITED_ENV if environ is None else environ
    wrong = [f"{k}={v!r}" if v is not None else f"{k} unset" for k, v in inherited.items()
             if v != offline.OFFLINE_ENV[k]]
    shown = ", ".join(wrong[:4]) + (", ..." if len(wrong) > 4 else "")
    findings.append(Finding("offline variables", not wrong, "all set in this shell" if not wrong else
                            f"{len(wrong)} not set in this shell ({shown}). sovtune sets them for itself; for other "
                            "tools run `eval \"$(sovtune doctor --env)\"`"))
    dvc = dvc_settings(project)
    dvc_env_off = os.environ.get("DVC_NO_ANALYTICS") or inherited.get("DVC_NO_ANALYTICS")
    bad = [key for key, value in dvc.items() if value != ("true" if key == "studio.offline" else "false")]
    analytics_off = dvc["core.analytics"] == "false" or bool(dvc_env_off)
    findings.append(Finding("DVC analytics", analytics_off and not [b for b in bad if b != "core.analytics"],
                            ", ".join(f"{k}={v}" for k, v in dvc.items())
                            + ("" if not bad else "; set them with `dvc config core.analytics false`, "
                               "`dvc config core.check_update false`, `dvc config studio.offline true`")))
    return findings


def env_exports() -> str:
    """Shell lines that export the offline variables (for `eval "$(sovtune doctor --env)"`)."""
    import shlex

    return "".join(f"export {key}={shlex.quote(value)}\n" for key, value in offline.OFFLINE_ENV.items())
