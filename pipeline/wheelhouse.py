"""Build a wheelhouse: every file of a hash-pinned lock in one directory, to carry across the air gap.

Run on a connected machine (`make wheelhouse TARGET=cpu|cuda`), with the same Python version and platform as the
isolated server. The directory holds:

    *.whl                    every package of the lock, downloaded by pip with --require-hashes (so each file
                             matches the hash the lock pinned), plus sovtune's own wheel
    requirements.txt         the lock, plus a line pinning sovtune's wheel by its sha256
    requirements-nodeps.txt  the packages installed without dependencies (base model, spaCy md model)
    sbom.cdx.json            CycloneDX 1.6 SBOM of the directory: one component per wheel, with its sha256
    SHA256SUMS               `sha256sum` format, every file above; `make install-offline` checks it first

Nothing here runs on the isolated server: installing there needs only pip, coreutils and this directory.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
import zipfile
from email.parser import HeaderParser
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.errors import SovtuneError
from pipeline.provenance import sha256_file

ROOT = Path(__file__).resolve().parent.parent
SUMS = "SHA256SUMS"
SBOM = "sbom.cdx.json"
REQUIREMENTS = "requirements.txt"
REQUIREMENTS_NODEPS = "requirements-nodeps.txt"


def _pip(args: list[str]) -> None:
    command = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input", *args]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise SovtuneError(f"{' '.join(command[2:5])} failed: {result.stderr.strip()[-800:]}")


def _locked_hashes(lock: Path) -> set[str]:
    return set(re.findall(r"--hash=sha256:([0-9a-f]{64})", lock.read_text(encoding="utf-8")))


def seed(locks: list[Path], out: Path, seeds: list[Path]) -> int:
    """Copy into `out` the files of local directories (make install's download cache) whose sha256 a lock pins.

    pip download then finds them already there and fetches only what is missing, so a wheelhouse built after
    `make install` costs no second download. Returns the number of files copied.
    """
    wanted = set().union(*(_locked_hashes(lock) for lock in locks))
    copied = 0
    for directory in seeds:
        for path in sorted(directory.glob("*")) if directory.is_dir() else []:
            if path.is_file() and not (out / path.name).exists() and sha256_file(path) in wanted:
                shutil.copy2(path, out / path.name)
                copied += 1
    return copied


def _blocks(lock: Path) -> list[tuple[str, list[str]]]:
    """(requirement text, its pinned sha256s) for each entry of a `--generate-hashes` lock."""
    blocks: list[tuple[str, list[str]]] = []
    for line in lock.read_text(encoding="utf-8").splitlines():
        if re.match(r"^[A-Za-z0-9]", line):
            blocks.append((line.rstrip(" \\"), []))
        elif blocks and (digest := re.match(r"^\s+--hash=sha256:([0-9a-f]{64})", line)):
            blocks[-1][1].append(digest.group(1))
    return blocks


def missing(lock: Path, out: Path) -> list[tuple[str, list[str]]]:
    """Entries of `lock` that apply to this Python and platform and have no file with a pinned hash in `out`."""
    from packaging.requirements import Requirement

    present = {sha256_file(path) for path in out.iterdir() if path.is_file()}
    return [(text, digests) for text, digests in _blocks(lock)
            if (Requirement(text).marker is None or Requirement(text).marker.evaluate()) and not present & set(digests)]


def download(lock: Path, nodeps: Path, out: Path, find_links: list[str]) -> int:
    """Download into `out` every pinned file not already there, each checked against the lock's hash.

    Only the missing entries go to pip, so a wheelhouse seeded from make install's downloads needs no index at
    all. Returns the number of entries downloaded.
    """
    links = [option for link in find_links for option in ("--find-links", link)]
    fetched = 0
    for lock_file, extra in ((lock, []), (nodeps, ["--ignore-requires-python"])):  # nodeps.in says why
        needed = missing(lock_file, out)
        if not needed:
            continue
        subset = out / f".missing-{lock_file.name}"
        subset.write_text("".join(f"{text} " + "".join(f"--hash=sha256:{d} " for d in digests) + "\n"
                                  for text, digests in needed), encoding="utf-8")
        try:
            _pip(["download", "--no-deps", "--require-hashes", "--dest", str(out), *links, *extra, "-r", str(subset)])
        finally:
            subset.unlink()
        fetched += len(needed)
    return fetched


def build_sdists(out: Path) -> dict[str, tuple[str, str]]:
    """Turn each source archive in `out` into a wheel there, so the isolated server never compiles anything.

    Returns {project name: (sdist sha256, wheel sha256)}; the sdist (checked against the lock) is removed.
    """
    from packaging.utils import canonicalize_name, parse_sdist_filename

    built = {}
    for sdist in sorted(out.glob("*.tar.gz")) + sorted(out.glob("*.zip")):
        name, version = parse_sdist_filename(sdist.name)
        before = set(out.glob("*.whl"))
        # Build isolation takes the build backend from the wheelhouse itself (setuptools is in the lock).
        _pip(["wheel", "--no-deps", "--no-index", "--find-links", str(out), "--wheel-dir", str(out), str(sdist)])
        wheels = sorted(set(out.glob("*.whl")) - before)
        if len(wheels) != 1:
            raise SovtuneError(f"building {sdist.name} gave {len(wheels)} wheels, expected one")
        built[canonicalize_name(name)] = (sha256_file(sdist), sha256_file(wheels[0]))
        sdist.unlink()  # made by download() above, in a directory this run created
    return built


def _pin_built_wheels(lock_text: str, built: dict[str, tuple[str, str]]) -> str:
    """The lock with each sdist-built package's hashes replaced by its wheel's hash (and the sdist's noted)."""
    from packaging.utils import canonicalize_name

    lines, out, skipping = lock_text.splitlines(), [], False
    for line in lines:
        head = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)", line)
        if head:
            skipping = False
            name = canonicalize_name(head.group(1))
            if name in built:
                sdist_hash, wheel_hash = built[name]
                out += [f"{head.group(1)}=={head.group(2)} \\", f"    --hash=sha256:{wheel_hash}",
                        f"    # wheel built by make wheelhouse from the sdist sha256:{sdist_hash} the lock pinned"]
                skipping = True
                continue
        if skipping and line.startswith("    --hash="):
            continue
        out.append(line)
    return "\n".join(out) + "\n"


def build_own_wheel(out: Path, source: Path = ROOT) -> Path:
    """Build sovtune's wheel from `source` into `out` without an index (the build backend is in the lock)."""
    before = set(out.glob("sovtune-*.whl"))
    _pip(["wheel", "--no-deps", "--no-build-isolation", "--no-index", "--wheel-dir", str(out), str(source)])
    built = sorted(set(out.glob("sovtune-*.whl")) - before) or sorted(out.glob(f"sovtune-{__version__}-*.whl"))
    if not built:
        raise SovtuneError(f"building sovtune's wheel left nothing in {out}")
    return built[-1]


def _wheel_metadata(path: Path) -> dict[str, str]:
    """Name, version, licence and summary from a wheel's METADATA (the file is read, nothing is run)."""
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA") and n.count("/") == 1)
        headers = HeaderParser().parsestr(archive.read(name).decode("utf-8", "replace"))
    licence = headers.get("License-Expression") or headers.get("License") or ""
    return {
        "name": headers.get("Name", ""),
        "version": headers.get("Version", ""),
        "license": licence if len(licence) < 80 else "",  # some wheels paste the whole licence text here
        "summary": headers.get("Summary", ""),
    }


def sbom(directory: Path) -> dict[str, Any]:
    """A CycloneDX 1.6 SBOM of the wheels in `directory`: one library component per file, with its sha256."""
    from cyclonedx.model import HashAlgorithm, HashType
    from cyclonedx.model.bom import Bom
    from cyclonedx.model.component import Component, ComponentType
    from cyclonedx.model.license import DisjunctiveLicense, LicenseExpression
    from cyclonedx.output.json import JsonV1Dot6
    from packageurl import PackageURL

    bom = Bom()
    root = Component(name="sovtune-wheelhouse", version=__version__, type=ComponentType.APPLICATION,
                     bom_ref="sovtune-wheelhouse")
    bom.metadata.component = root
    for wheel in sorted(directory.glob("*.whl")):
        meta = _wheel_metadata(wheel)
        licenses = []
        if meta["license"]:
            try:
                licenses = [LicenseExpression(meta["license"])]
            except ValueError:
                licenses = [DisjunctiveLicense(name=meta["license"])]
        bom.components.add(Component(
            name=meta["name"], version=meta["version"], type=ComponentType.LIBRARY, description=meta["summary"] or None,
            purl=PackageURL("pypi", name=meta["name"].lower(), version=meta["version"],
                            qualifiers={"file_name": wheel.name}),
            hashes=[HashType(alg=HashAlgorithm.SHA_256, content=sha256_file(wheel))],
            licenses=licenses, bom_ref=wheel.name,
        ))
    bom.register_dependency(root, list(bom.components))  # the lock is flat: every wheel is a direct part
    document = json.loads(JsonV1Dot6(bom).output_as_string())
    document.pop("serialNumber", None)  # stable bytes: the same wheels give the same SBOM
    document.get("metadata", {}).pop("timestamp", None)
    return document


def write_sums(directory: Path) -> Path:
    """Write SHA256SUMS (`sha256sum --check` format) over every other file in `directory`."""
    lines = [f"{sha256_file(path)}  {path.name}\n" for path in sorted(directory.iterdir())
             if path.is_file() and path.name != SUMS]
    target = directory / SUMS
    target.write_text("".join(lines), encoding="utf-8")
    return target


def check_sums(directory: Path) -> int:
    """Check SHA256SUMS and that it lists every file; returns the number of files. Raises SovtuneError."""
    sums = directory / SUMS
    if not sums.is_file():
        raise SovtuneError(f"{sums} is missing: this is not a wheelhouse made by `make wheelhouse`")
    listed = {}
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        listed[name] = digest
    present = {path.name for path in directory.iterdir() if path.is_file() and path.name != SUMS}
    if present - set(listed):
        raise SovtuneError(f"files not listed in {SUMS}: {', '.join(sorted(present - set(listed)))}")
    for name, digest in listed.items():
        if name not in present:
            raise SovtuneError(f"{name} is listed in {SUMS} but missing from {directory}")
        if sha256_file(directory / name) != digest:
            raise SovtuneError(f"{name} does not match its sha256 in {SUMS}: the wheelhouse was altered")
    return len(listed)


def build(lock: Path, nodeps: Path, out: Path, find_links: list[str], seeds: list[Path] = (),
          source: Path = ROOT) -> dict[str, Any]:
    """Make a complete wheelhouse in `out` (created; must be empty or absent). Returns a summary.

    Args:
        lock: requirements/cpu.txt or requirements/cuda.txt.
        nodeps: requirements/nodeps.txt.
        out: the new wheelhouse directory.
        find_links: local wheel directories pip may also take files from (e.g. /opt/wheels with the CPU torch).
        seeds: directories of already downloaded files (make install's $(VENV)/wheels) to copy from first.
        source: the sovtune source tree whose wheel is added.
    """
    if out.exists() and any(out.iterdir()):
        raise SovtuneError(f"{out} is not empty: give a new directory (files there are never overwritten)")
    out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    seeded = seed([lock, nodeps], out, list(seeds))
    downloaded = download(lock, nodeps, out, find_links)
    built = build_sdists(out)
    own = build_own_wheel(out, source)
    (out / REQUIREMENTS).write_text(
        _pin_built_wheels(lock.read_text(encoding="utf-8"), built)
        + f"sovtune=={__version__} \\\n    --hash=sha256:{sha256_file(own)}\n"
        + "    # this project, built by make wheelhouse\n",
        encoding="utf-8",
    )
    (out / REQUIREMENTS_NODEPS).write_text(nodeps.read_text(encoding="utf-8"), encoding="utf-8")
    (out / SBOM).write_text(json.dumps(sbom(out), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    write_sums(out)
    files = [path for path in out.iterdir() if path.is_file()]
    return {
        "directory": str(out),
        "wheels": sum(path.suffix == ".whl" for path in files),
        "built_from_sdist": sorted(built),
        "seeded": seeded,
        "downloaded": downloaded,
        "bytes": sum(path.stat().st_size for path in files),
        "seconds": round(time.monotonic() - started, 1),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m pipeline.wheelhouse", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("build", help="download every file of a lock into a new directory")
    make.add_argument("--lock", type=Path, required=True, help="requirements/cpu.txt or requirements/cuda.txt")
    make.add_argument("--nodeps", type=Path, required=True, help="requirements/nodeps.txt")
    make.add_argument("--out", type=Path, required=True, help="new directory for the wheelhouse")
    make.add_argument("--find-links", action="append", default=[], help="extra local wheel directory (repeatable)")
    make.add_argument("--seed", action="append", type=Path, default=[],
                      help="directory of already downloaded files to copy first, e.g. .venv/wheels (repeatable)")
    check = commands.add_parser("check", help="check SHA256SUMS (and that it lists every file)")
    check.add_argument("directory", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            summary = build(args.lock, args.nodeps, args.out, args.find_links, args.seed)
            print(f"wheelhouse {summary['directory']}: {summary['wheels']} wheels, "
                  f"{summary['bytes'] / 2**20:.0f} MiB ({summary['seeded']} files copied from local downloads, "
                  f"{summary['downloaded']} downloaded), "
                  f"built in {summary['seconds']} s")
        else:
            print(f"{args.directory}: {check_sums(args.directory)} files match {SUMS}")
    except SovtuneError as error:
        print(f"sovtune: error: {error}", file=sys.stderr)
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
