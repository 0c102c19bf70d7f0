"""Safe reading of bundle tars: every header is checked before a single byte is extracted.

Refused before extraction: absolute paths, `..`, symlinks, hardlinks, devices and fifos, sparse members (a
20 KB tar can declare a 4 GiB sparse file), members whose declared size exceeds what the tar file holds, more
than one top-level entry, and anything over the size and count limits. tarfile's `data` filter then guards the
extraction itself as a second layer.
"""

from __future__ import annotations

import errno
import math
import re
import sys
import tarfile
from pathlib import Path, PurePosixPath

from pipeline.errors import SovtuneError

MIN_PYTHON = (3, 11, 4)  # first release with tarfile extraction filters (PEP 706)
MAX_FILE_BYTES = 64 * 2**30  # 64 GiB: larger than any single safetensors shard we expect
MAX_TOTAL_BYTES = 512 * 2**30  # 512 GiB for a whole bundle
MAX_MEMBERS = 10_000  # files + directories in one tar
TAR_NAME_FORM = re.compile(r"(?P<name>.+)-(?P<version>\d[0-9A-Za-z.+_-]*)\.tar")  # <name>-<version>.tar


def require_safe_tarfile() -> None:
    """Refuse interpreters without tarfile extraction filters (Python < 3.11.4)."""
    if sys.version_info < MIN_PYTHON or not hasattr(tarfile, "data_filter"):
        raise SovtuneError(
            f"installing bundles needs Python {'.'.join(map(str, MIN_PYTHON))} or newer (safe tar extraction "
            f"filters); this is Python {sys.version.split()[0]}"
        )


def gib_to_bytes(value: float, option: str) -> int:
    """A size limit given in GiB on the command line, as bytes; nan, infinities and values <= 0 are refused."""
    if not math.isfinite(value) or value <= 0:
        raise SovtuneError(f"{option} must be a positive number of GiB, not {value}")
    return int(value * 2**30)


def disk_error(error: OSError, where: Path) -> SovtuneError | None:
    """A one-line 'disk full' (or quota) error for ENOSPC/EDQUOT, None for other errors."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return SovtuneError(f"no space left on the device holding {where}: free some space (the bundle needs about "
                            "its tar size once more), nothing was installed")
    return None


def _check_member(member: tarfile.TarInfo, max_file_bytes: int, tar_bytes: int) -> None:
    name = member.name
    parts = PurePosixPath(name).parts
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        raise SovtuneError(f"tar entry {name!r} has an absolute path")
    if ".." in parts or "\\" in name:
        raise SovtuneError(f"tar entry {name!r} tries to leave the extraction directory (path traversal)")
    if member.issym() or member.islnk():
        raise SovtuneError(f"tar entry {name!r} is a {'symlink' if member.issym() else 'hardlink'} (not allowed)")
    if member.issparse() or getattr(member, "sparse", None) is not None:
        raise SovtuneError(f"tar entry {name!r} is a sparse file (not allowed: it could expand far beyond the tar)")
    if not (member.isfile() or member.isdir()):
        raise SovtuneError(f"tar entry {name!r} is a device, fifo or other special file (not allowed)")
    if member.size > max_file_bytes:
        raise SovtuneError(f"tar entry {name!r} is {member.size} bytes, over the {max_file_bytes}-byte limit")
    if member.isfile() and member.offset_data + member.size > tar_bytes:
        raise SovtuneError(f"damaged or truncated tar: entry {name!r} declares {member.size} bytes but the file "
                           f"ends before them ({tar_bytes} bytes in all); refused before extracting anything")


def check_members(
    tar: tarfile.TarFile, tar_path: Path, max_file_bytes: int, max_total_bytes: int, max_members: int
) -> tuple[list[tarfile.TarInfo], str]:
    """(members, the single top-level directory name) after checking every header; raises on the first problem."""
    tar_bytes = tar_path.stat().st_size
    members, total, tops = [], 0, set()
    # One header at a time, each checked before the next is read: reading on would seek past a member's
    # declared size, and a tar with a million entries stops at the limit.
    while (member := tar.next()) is not None:
        _check_member(member, max_file_bytes, tar_bytes)
        members.append(member)
        if len(members) > max_members:
            raise SovtuneError(f"{tar_path} has more than {max_members} entries (the limit)")
        total += member.size
        tops.add(PurePosixPath(member.name).parts[0] if PurePosixPath(member.name).parts else "")
    if total > max_total_bytes:
        raise SovtuneError(f"{tar_path} holds {total} bytes, over the limit of {max_total_bytes}")
    if len(tops) != 1 or "" in tops or "." in tops:
        raise SovtuneError(f"{tar_path} must hold exactly one top-level directory, found {sorted(tops)}")
    top = tops.pop()
    if not any(m.name.rstrip("/") == top and m.isdir() for m in members):
        raise SovtuneError(f"{tar_path}: top-level entry {top!r} is not a directory")
    return members, top


def safe_extract(
    tar_path: Path,
    staging: Path,
    max_file_bytes: int = MAX_FILE_BYTES,
    max_total_bytes: int = MAX_TOTAL_BYTES,
    max_members: int = MAX_MEMBERS,
) -> Path:
    """Extract a bundle tar into `staging` after checking every entry; return the single top-level directory."""
    require_safe_tarfile()
    try:
        with tarfile.open(tar_path, "r:", copybufsize=4 * 2**20) as tar:  # 4 MiB copies: 16 KiB default is slow
            members, top = check_members(tar, tar_path, max_file_bytes, max_total_bytes, max_members)
            tar.extractall(staging, members=members, filter="data")
    except OSError as error:
        full = disk_error(error, staging)
        if full:
            raise full from None
        raise SovtuneError(f"{tar_path}: damaged or truncated tar ({error})") from None
    except (tarfile.TarError, EOFError) as error:
        raise SovtuneError(f"{tar_path}: damaged or truncated tar ({error})") from None
    return staging / top


def check_bundle_names(tar_path: Path, top: str, signed_stem: str) -> None:
    """The signed `<name>-<version>` must be the tar's top directory, and its file name when that has the form.

    A tar renamed to another version (`...-9.9.9.tar`) would otherwise install under a version nobody signed.
    """
    if top != signed_stem:
        raise SovtuneError(f"{tar_path}: its top directory {top!r} is not the signed bundle {signed_stem!r}")
    form = TAR_NAME_FORM.fullmatch(tar_path.name)
    if form and tar_path.name != f"{signed_stem}.tar":
        raise SovtuneError(f"{tar_path.name}: the file name says {form['name']} {form['version']} but the "
                           f"signature is for {signed_stem}; refusing a renamed bundle")
