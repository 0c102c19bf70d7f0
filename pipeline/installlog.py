"""The install log: an append-only, hash-chained JSON-lines file beside every installed bundle.

`sovtune install --dest /srv/models/X` appends one line to `/srv/models/sovtune-installs.log`: who, when, host,
region, bundle name, root digest, signer fingerprint and the gates (and whether failed gates were accepted).
Each line carries `prev` (the previous line's hash) and `hash` (sha256 of the line's own canonical JSON without
`hash`), so an edited, removed, inserted or reordered line breaks the chain. A partial last line (a cut file)
is reported too. Removing whole lines from the end leaves a valid chain, so `<log>.head` records the last
sequence number and hash after each append; a log shorter than its head is reported as truncated. Whoever can
rewrite both files can forge them: compare the head hash `sovtune fleet status` prints with one kept elsewhere.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import getpass
import hashlib
import json
import os
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.errors import SovtuneError

LOG_NAME = "sovtune-installs.log"
GENESIS = "0" * 64  # `prev` of the first entry
FORMAT = 1


def _canonical(entry: dict[str, Any]) -> bytes:
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def entry_hash(entry: dict[str, Any]) -> str:
    """sha256 of the entry's canonical JSON without its own `hash` field."""
    return hashlib.sha256(_canonical({k: v for k, v in entry.items() if k != "hash"})).hexdigest()


def head_path(log: Path) -> Path:
    return log.with_name(log.name + ".head")


@dataclass
class LogCheck:
    """What reading a log found: the entries of its intact prefix and every problem, one line each."""

    path: Path
    entries: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # tampering: edited, truncated, reordered, ...
    warnings: list[str] = field(default_factory=list)  # limits of what can be proven (no head file)
    head: dict[str, Any] | None = None
    claimed_regions: set[str] = field(default_factory=set)  # from every readable line, trusted or not (labels)

    @property
    def intact(self) -> bool:
        return not self.problems


def check_log(path: str | Path) -> LogCheck:
    """Read a log and verify its chain and head; never raises for a bad log, only reports."""
    path = Path(path)
    check = LogCheck(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        check.problems.append(f"cannot read the log ({error.strerror or error})")
        return check
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    elif lines:
        check.problems.append(f"line {len(lines)}: no newline at the end (the log was cut off mid-entry)")
    for raw in lines:
        with contextlib.suppress(UnicodeDecodeError, ValueError, AttributeError):
            check.claimed_regions.add(str(json.loads(raw.decode("utf-8")).get("region")))
    previous, broken = GENESIS, False
    for number, raw in enumerate(lines, 1):
        try:
            entry = json.loads(raw.decode("utf-8"))
            if not isinstance(entry, dict):
                raise ValueError("not a JSON object")
        except (UnicodeDecodeError, ValueError) as error:
            check.problems.append(f"line {number}: not a log entry ({error}); edited or truncated")
            broken = True
            break
        if entry.get("hash") != entry_hash(entry):
            check.problems.append(f"line {number}: content does not match its hash (the entry was edited)")
            broken = True
            break
        if entry.get("prev") != previous or entry.get("seq") != number - 1:
            check.problems.append(f"line {number}: chain broken (seq {entry.get('seq')} after {number - 2}; entries "
                                  "removed, inserted or reordered)")
            broken = True
            break
        check.entries.append(entry)
        previous = entry["hash"]
    head_file = head_path(path)
    if head_file.is_file():
        try:
            check.head = json.loads(head_file.read_text(encoding="utf-8"))
            head_seq, head_hash = int(check.head["seq"]), str(check.head["hash"])
        except (OSError, ValueError, KeyError, TypeError) as error:
            check.problems.append(f"{head_file.name}: unreadable ({error})")
            return check
        if not broken:
            last_seq = check.entries[-1]["seq"] if check.entries else -1
            if head_seq > last_seq:
                check.problems.append(f"truncated: {head_file.name} records {head_seq + 1} entries, the log holds "
                                      f"{last_seq + 1}")
            elif head_seq < last_seq or (check.entries and check.entries[head_seq]["hash"] != head_hash):
                check.problems.append(f"{head_file.name} does not match the log's last entry (seq {head_seq})")
    elif lines:
        check.warnings.append(f"no {head_file.name} beside the log: removal of whole entries at its end cannot be "
                              "ruled out")
    return check


def append_install(log: Path, record: dict[str, Any]) -> dict[str, Any]:
    """Append one install record under an exclusive lock, after checking the chain so far; returns the entry.

    Raises:
        SovtuneError: when the existing log is broken (it is never appended to: keep it as evidence) or cannot
            be written (read-only directory, disk full).
    """
    try:
        descriptor = os.open(log, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
    except OSError as error:
        raise SovtuneError(f"cannot open the install log {log} ({error.strerror or error})") from None
    with os.fdopen(descriptor, "ab") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # one install at a time appends; released when the file closes
        check = check_log(log)
        if not check.intact:
            raise SovtuneError(f"install log {log} is broken ({check.problems[0]}); nothing was installed. Move it "
                               "aside as evidence (a new log then starts) and investigate")
        last = check.entries[-1] if check.entries else None
        entry = {
            "format": FORMAT,
            "seq": last["seq"] + 1 if last else 0,
            "prev": last["hash"] if last else GENESIS,
            **record,
        }
        entry["hash"] = entry_hash(entry)
        try:
            handle.write(_canonical(entry) + b"\n")
            handle.flush()
            os.fsync(handle.fileno())
            head = head_path(log)
            partial = head.with_name(head.name + ".partial")
            partial.write_text(json.dumps({"seq": entry["seq"], "hash": entry["hash"]}) + "\n", encoding="utf-8")
            partial.replace(head)
        except OSError as error:
            raise SovtuneError(f"cannot write the install log {log} ({error.strerror or error})") from None
    return entry


def install_record(summary: dict[str, Any], trust_source: str, region: str, dest: Path, tar_path: Path,
                   accepted_failed_gates: bool) -> dict[str, Any]:
    """The fields of one install entry (the chain fields are added by append_install)."""
    gates = summary["gates"]
    return {
        "action": "install",
        "time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "user": _user(),
        "host": socket.gethostname(),
        "region": region or "unknown",
        "trust_store": trust_source,
        "bundle": summary.get("bundle") or tar_path.stem,
        "tar": tar_path.name,
        "root_digest": summary["root_digest"],
        "signer": summary["signer"],
        "signer_fingerprint": summary["signer_fingerprint"],
        "method": summary["method"],
        "gates": {
            "passed": gates["passed"],
            "failed": gates["failed"],
            "bound": gates["bound"],
            "accepted_failed": accepted_failed_gates and not gates["passed"],
        },
        "dest": str(dest),
        "sovtune_version": __version__,
    }


def _user() -> str:
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = str(os.getuid())
    sudo = os.environ.get("SUDO_USER")
    return f"{sudo} (as {name})" if sudo and sudo != name else name
