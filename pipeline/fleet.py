"""`sovtune fleet status LOG...`: what every region runs, read from install logs gathered as files (no server).

Each log (pipeline/installlog.py) is checked first: an edited, truncated or reordered log is reported as a broken
chain, and only the entries before the break are used. For every region the latest install per destination is
its current state; the report says which regions run which root digest and, given `--release`, which regions
drift from it (another digest, or nothing installed).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pipeline.errors import SovtuneError
from pipeline.installlog import check_log

HEX64 = re.compile(r"[0-9a-f]{64}")


def resolve_release(release: str, entries: list[dict[str, Any]]) -> dict[str, Any]:
    """`--release` as {"release", "root_digest"}: a root digest, a bundle summary .json, or `<name>-<version>`.

    A name is resolved through the installs that recorded it; two digests under one name are refused.
    """
    value = release.strip()
    if HEX64.fullmatch(value.lower()):
        return {"release": value, "root_digest": value.lower()}
    if value.endswith(".json"):
        path = Path(value)
        try:
            summary = json.loads(path.read_text(encoding="utf-8"))
            digest = str(summary["root_digest"])
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise SovtuneError(f"--release {path}: not a bundle summary with a root_digest ({error})") from None
        return {"release": Path(str(summary.get("tar") or path)).stem, "root_digest": digest}
    digests = {e["root_digest"] for e in entries if e.get("bundle") == value}
    if not digests:
        raise SovtuneError(f"--release {value}: no log records an install of that bundle; give its root digest or "
                           "its .json summary instead")
    if len(digests) > 1:
        raise SovtuneError(f"--release {value}: the logs record {len(digests)} different root digests under that "
                           f"name ({', '.join(sorted(d[:12] for d in digests))}); give the root digest")
    return {"release": value, "root_digest": digests.pop()}


def fleet_status(logs: list[str | Path], release: str | None = None) -> dict[str, Any]:
    """Check each log and summarise the fleet.

    Returns:
        {"logs": [{"path", "regions", "entries", "intact", "problems", "warnings", "head"}],
         "regions": {region: {"installs": [current install per dest], "root_digests": [...], "broken": bool}},
         "digests": {root digest: [regions]}, "release": {...} or None, "drift": [{"region", "dest", "bundle",
         "root_digest", "reason"}], "broken": [log paths], "ok": no drift and no broken chain}.
    """
    if not logs:
        raise SovtuneError("give at least one install log (sovtune-installs.log gathered from each region)")
    checked, all_entries, regions = [], [], {}
    for log in logs:
        check = check_log(log)
        # A broken log's region comes from its unverified lines: only to say whose log is broken.
        log_regions = sorted({str(e.get("region")) for e in check.entries} or check.claimed_regions)
        checked.append({"path": str(log), "regions": log_regions, "entries": len(check.entries),
                        "intact": check.intact, "problems": check.problems, "warnings": check.warnings,
                        "last_hash": check.entries[-1]["hash"] if check.entries else None})
        for entry in check.entries:
            all_entries.append(entry)
            region = regions.setdefault(str(entry.get("region")), {"current": {}, "broken": False, "logs": []})
            # Later entries of a log replace earlier ones for the same destination (a reinstall or an upgrade).
            region["current"][(str(log), str(entry.get("dest")))] = entry
        for name in log_regions or ["unknown"]:
            region = regions.setdefault(name, {"current": {}, "broken": False, "logs": []})
            region["logs"].append(str(log))
            region["broken"] = region["broken"] or not check.intact
    target = resolve_release(release, all_entries) if release else None
    report_regions, digests, drift = {}, {}, []
    for name, region in sorted(regions.items()):
        installs = [
            {"dest": e.get("dest"), "bundle": e.get("bundle"), "root_digest": e.get("root_digest"),
             "time": e.get("time"), "host": e.get("host"), "user": e.get("user"),
             "signer_fingerprint": e.get("signer_fingerprint"), "gates_passed": (e.get("gates") or {}).get("passed"),
             "accepted_failed_gates": (e.get("gates") or {}).get("accepted_failed")}
            for _, e in sorted(region["current"].items())
        ]
        running = sorted({str(i["root_digest"]) for i in installs})
        for digest in running:
            digests.setdefault(digest, []).append(name)
        report_regions[name] = {"installs": installs, "root_digests": running, "broken": region["broken"],
                                "logs": region["logs"]}
        if target:
            if not installs:
                drift.append({"region": name, "dest": None, "bundle": None, "root_digest": None,
                              "reason": "nothing installed"})
            drift += [{**{k: i[k] for k in ("dest", "bundle", "root_digest")}, "region": name,
                       "reason": f"runs {str(i['root_digest'])[:12]}, not the release"}
                      for i in installs if i["root_digest"] != target["root_digest"]]
    broken = [c["path"] for c in checked if not c["intact"]]
    return {"logs": checked, "regions": report_regions, "digests": digests, "release": target, "drift": drift,
            "broken": broken, "ok": not drift and not broken}


def render_table(status: dict[str, Any]) -> str:
    """The status as plain-text tables (fixed width, readable in a terminal or an e-mail)."""
    release = status["release"]
    rows = [("region", "destination", "bundle", "root digest", "installed", "state")]
    for name, region in status["regions"].items():
        if not region["installs"]:
            rows.append((name, "-", "-", "-", "-", "BROKEN LOG" if region["broken"] else "nothing installed"))
        for install in region["installs"]:
            state = "ok"
            if release and install["root_digest"] != release["root_digest"]:
                state = "DRIFT"
            if install["accepted_failed_gates"]:
                state += ", failed gates accepted"
            if region["broken"]:
                state += ", BROKEN LOG"
            rows.append((name, str(install["dest"]), str(install["bundle"]), str(install["root_digest"])[:16],
                         str(install["time"]), state))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    if release:
        lines.append(f"\nrelease {release['release']} = root digest {release['root_digest']}: "
                     f"{len(status['drift'])} drifting install(s)")
    lines.append("\nlogs:")
    for log in status["logs"]:
        verdict = "chain intact" if log["intact"] else "BROKEN: " + "; ".join(log["problems"])
        last = f", last hash {log['last_hash'][:16]}" if log["last_hash"] else ""
        lines.append(f"  {log['path']}: {log['entries']} entries, {verdict}{last}")
        lines += [f"    note: {w}" for w in log["warnings"]]
    return "\n".join(lines)
