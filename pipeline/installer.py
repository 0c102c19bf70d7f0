"""`sovtune install`: extract, verify and atomically place a signed bundle, then record it in the install log.

The tar is extracted into a staging directory beside `--dest` (same filesystem, so the final rename is atomic)
that carries a marker with this process's id; an install killed with SIGKILL leaves that directory behind, and
the next install in the same parent directory finds it, removes it when its process is gone and says so. On any
failure `--dest` is left as it was and the staging directory is removed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import tempfile
from pathlib import Path
from typing import Any

from pipeline.errors import SovtuneError
from pipeline.installlog import LOG_NAME, append_install, install_record
from pipeline.residency import Region, check_bundle
from pipeline.tarsafety import MAX_FILE_BYTES, MAX_TOTAL_BYTES, disk_error, require_safe_tarfile, safe_extract
from pipeline.verify import Trust, check_signed_name, verify_bundle_dir

STAGING_MARKER = ".sovtune-staging.json"
STAGING_NAME = re.compile(r"\..+\.staging-[A-Za-z0-9_]+")  # mkdtemp(prefix=".<dest>.staging-")


def _check_dest(dest: str | Path) -> Path:
    """The absolute destination, refused in one line when it cannot be a fresh, real directory."""
    raw = Path(dest)
    if raw.name in ("", ".", "..") or ".." in raw.parts:
        raise SovtuneError(f"--dest {dest} must name a new directory, not end in or contain '..' or '.'")
    absolute = raw.absolute()
    if absolute.is_symlink():
        target = os.readlink(absolute)
        state = "a dangling symlink" if not absolute.exists() else "a symlink"
        raise SovtuneError(f"--dest {absolute} is {state} (to {target}); give the real directory path")
    if absolute.exists() and (not absolute.is_dir() or any(absolute.iterdir())):
        raise SovtuneError(f"--dest {absolute} already exists and is not empty; choose a new directory")
    return absolute


def _prepare_parent(parent: Path) -> None:
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise disk_error(error, parent) or SovtuneError(
            f"cannot create {parent} ({error.strerror or error}); create it or choose another --dest") from None
    if not os.access(parent, os.W_OK | os.X_OK):
        raise SovtuneError(f"{parent} is not writable (read-only or not yours); installing needs to create the "
                           "destination and a staging directory there")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def clean_stale_staging(parent: Path) -> list[str]:
    """Remove staging directories left in `parent` by installs that died; report what was found.

    Only directories carrying sovtune's marker, made on this host by a process that no longer runs, are
    removed; others (another host, a running install, no marker) are reported and left alone.
    """
    messages = []
    for path in sorted(parent.iterdir()):
        if not STAGING_NAME.fullmatch(path.name) or path.is_symlink() or not path.is_dir():
            continue
        try:
            marker = json.loads((path / STAGING_MARKER).read_text(encoding="utf-8"))
            pid, host = int(marker["pid"]), str(marker["host"])
        except (OSError, ValueError, KeyError, TypeError):
            messages.append(f"found {path} (no sovtune staging marker): left alone; remove it if no install runs")
            continue
        if host != socket.gethostname():
            messages.append(f"found staging directory {path} of host {host}: left alone")
        elif _alive(pid):
            messages.append(f"found staging directory {path} of running process {pid}: left alone")
        else:
            shutil.rmtree(path, ignore_errors=True)
            messages.append(f"removed stale staging directory {path} (left by an interrupted install, pid {pid})")
    return messages


def _make_staging(dest: Path) -> Path:
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{dest.name}.staging-", dir=dest.parent))
        (staging / STAGING_MARKER).write_text(
            json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "dest": str(dest)}), encoding="utf-8")
    except OSError as error:
        raise disk_error(error, dest.parent) or SovtuneError(
            f"cannot create a staging directory in {dest.parent} ({error.strerror or error})") from None
    return staging


def _check_gates(summary: dict[str, Any], tar_path: Path, accept_failed_gates: bool) -> None:
    gates = summary["gates"]
    if not gates["passed"] and not accept_failed_gates:
        raise SovtuneError(
            f"{tar_path.name}: the bundle FAILED its release gates ({', '.join(gates['failed'])}); nothing was "
            "installed. Install it anyway only with --accept-failed-gates (recorded in the install log)"
        )
    if gates["bound"] is False and not accept_failed_gates:
        raise SovtuneError(
            f"{tar_path.name}: its signed gates were measured on other weights than the ones it holds; nothing was "
            "installed (--accept-failed-gates overrides, recorded in the install log)"
        )


def install(
    tar_path: str | Path,
    trust: Trust,
    dest: str | Path,
    max_file_bytes: int = MAX_FILE_BYTES,
    max_total_bytes: int = MAX_TOTAL_BYTES,
    accept_failed_gates: bool = False,
    region: Region | None = None,
) -> dict[str, Any]:
    """Extract, verify and atomically move a signed bundle tar to `dest`, then append to the install log.

    Args:
        tar_path: the bundle tar.
        trust: accepted signers and revocations.
        dest: must not exist, or be an empty directory (POSIX rename replaces an empty directory atomically).
        max_file_bytes, max_total_bytes: tar size limits, checked on the headers before extraction.
        accept_failed_gates: install a bundle whose signed gates failed (recorded in the log).
        region: this cluster's region; the verified bundle's residency record must satisfy its data rules.

    Returns:
        verify_bundle_dir's summary plus "dest", "log" (the install log) and "stale_staging" (messages).
    """
    require_safe_tarfile()
    tar_path = Path(tar_path)
    if not tar_path.is_file():
        raise SovtuneError(f"bundle {tar_path} not found")
    dest = _check_dest(dest)
    _prepare_parent(dest.parent)
    stale = clean_stale_staging(dest.parent)
    staging = _make_staging(dest)
    log = dest.parent / LOG_NAME
    existed = dest.is_dir()  # an empty directory the rename replaces (and a rollback puts back)
    try:
        top = safe_extract(tar_path, staging, max_file_bytes, max_total_bytes)
        summary = verify_bundle_dir(top, trust)
        check_signed_name(tar_path, top.name, summary)
        _check_gates(summary, tar_path, accept_failed_gates)
        if region is not None:
            check_bundle(top, region)  # after the signature: the record checked is the signed one
        try:
            os.rename(top, dest)
        except OSError as error:
            if dest.exists() or dest.is_symlink():
                raise SovtuneError(f"--dest {dest} was created by someone else during the install; nothing was "
                                   "installed (choose a new directory)") from None
            raise disk_error(error, dest) or SovtuneError(
                f"cannot move the verified bundle to {dest} ({error.strerror or error})") from None
        where = region.name if region else trust.region
        record = install_record(summary, trust.source, where, dest, tar_path, accept_failed_gates)
        try:
            entry = append_install(log, record)
        except SovtuneError:
            os.rename(dest, top)  # never an install without its log entry
            if existed:
                dest.mkdir()
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return {**summary, "dest": str(dest), "log": str(log), "log_entry": entry["hash"], "stale_staging": stale}
