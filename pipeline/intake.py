"""`sovtune intake`: take in a model or a data set that arrived on removable media, or refuse it with a reason.

The order is the order of trust: nothing is looked at before it is known to be what the supplier sent.

1. The source (a directory, a file, or an archive) is copied or safely extracted into a staging directory next
   to the destination; an archive with an unsafe member is refused whole.
2. With `--signature` and `--trust`, the staged files are verified against the supplier's model_signing
   signature through the bundle verifier (every file covered, signer in the trust store).
3. The supplier's sha256 manifest (`SHA256SUMS`, `*.sha256` or `--manifest`, in `sha256sum` format) must list
   every file with the right digest.
4. Content checks (`pipeline/intake_checks.py`): no code files; pickle weights refused unless `--allow-pickle`,
   then converted to safetensors with weights-only loading; configs that need remote code refused; chat
   templates rendered in a sandbox; GGUF and safetensors headers checked.
5. Accepted files are renamed into `models/intake/<name>/` or `data/intake/<name>` (with the residency sidecar
   `<name>.meta.yaml` beside a data set), tracked by DVC (`dvc add`), and one entry is appended to
   `data/intake.log`: source, operator, time, every digest. Each entry carries the sha256 of the previous one, so
   `sovtune intake --check-log` finds any edit, reordering or deletion inside the log.

Destinations never overwrite anything, and are refused inside a DVC stage output (DVC would delete the files
when it checks that output out). On any refusal the staging directory is removed and nothing else changes.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Literal

import yaml

from pipeline import __version__
from pipeline.errors import SovtuneError
from pipeline.intake_checks import (
    IntakeRefused,
    chat_templates,
    check_chat_template,
    check_configs,
    check_gguf,
    check_safetensors,
    convert_pickle,
    converted_name,
    extract_archive,
    is_archive,
    pickle_files,
    refuse_code,
)
from pipeline.provenance import sha256_file

GENESIS = "0" * 64
MANIFEST_NAMES = ("SHA256SUMS", "sha256sums.txt", "SHA256SUMS.txt")
SIGNATURE_NAME = "model.sig"
DATASET_SUFFIXES = {".jsonl", ".json", ".csv", ".tsv", ".parquet", ".txt", ".md"}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


@dataclass(frozen=True)
class IntakeRequest:
    """One `sovtune intake` call."""

    source: Path
    kind: Literal["model", "dataset"]
    name: str = ""
    manifest: Path | None = None
    signature: Path | None = None
    trust: Path | None = None
    meta: Path | None = None
    allow_pickle: bool = False
    no_manifest: bool = False
    operator: str = ""


def _files(root: Path) -> list[str]:
    """Relative posix paths of every regular file under `root`; links and special files are refused."""
    found = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if path.is_symlink():
            raise IntakeRefused(f"{relative} is a symbolic link; send plain files")
        if path.is_file():
            found.append(relative)
        elif not path.is_dir():
            raise IntakeRefused(f"{relative} is not a regular file")
    return found


def _stage(source: Path, staging: Path) -> str:
    """Copy or extract `source` into `staging`; returns how ("directory", "file" or "archive")."""
    if source.is_symlink():
        raise IntakeRefused(f"{source} is a symbolic link; give the real path")
    if source.is_dir():
        _files(source)  # refuse links before copying anything
        shutil.copytree(source, staging, dirs_exist_ok=True, symlinks=True)
        return "directory"
    if is_archive(source):
        extract_archive(source, staging)
        return "archive"
    if source.is_file():
        shutil.copy2(source, staging / source.name)
        return "file"
    raise SovtuneError(f"{source} not found (give a directory, a file or a .tar/.tar.gz/.zip archive)")


def _read_manifest(path: Path) -> dict[str, str]:
    """{relative path: sha256} from a `sha256sum` file (`DIGEST  PATH` or `DIGEST *PATH`)."""
    entries = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        match = re.match(r"^([0-9a-fA-F]{64}) [ *](.+)$", line)
        if not match:
            raise IntakeRefused(f"{path.name}:{number}: not a sha256sum line")
        entries[PurePosixPath(match.group(2).strip().removeprefix("./")).as_posix()] = match.group(1).lower()
    return entries


def _find_manifest(staging: Path, request: IntakeRequest, source_mode: str) -> Path | None:
    if request.manifest is not None:
        if not request.manifest.is_file():
            raise SovtuneError(f"manifest {request.manifest} not found")
        return request.manifest
    for name in MANIFEST_NAMES:
        if (staging / name).is_file():
            return staging / name
    if source_mode == "file" and request.source.with_name(request.source.name + ".sha256").is_file():
        return request.source.with_name(request.source.name + ".sha256")
    return None


def check_manifest(staging: Path, files: list[str], manifest: Path) -> str:
    """Every file must be listed with the right sha256, and every listed file must be there. Returns its sha256."""
    listed = _read_manifest(manifest)
    own = {manifest.relative_to(staging).as_posix()} if manifest.is_relative_to(staging) else set()
    present = [name for name in files if name not in own and name != SIGNATURE_NAME]
    unlisted = [name for name in present if name not in listed]
    if unlisted:
        raise IntakeRefused(f"{', '.join(unlisted[:5])} not listed in the supplier manifest {manifest.name}; refusing")
    absent = [name for name in listed if name not in present]
    if absent:
        raise IntakeRefused(f"{', '.join(absent[:5])} listed in {manifest.name} but missing; refusing")
    for name in present:
        if sha256_file(staging / name) != listed[name]:
            raise IntakeRefused(f"{name} does not match its sha256 in {manifest.name}: tampered or damaged in transit")
    return sha256_file(manifest)


def check_signature(staging: Path, signature: Path, trust_path: Path) -> dict[str, Any]:
    """Verify the staged files against a model_signing signature, through the bundle verifier."""
    from pipeline.verify import load_trust, verify_bundle_dir

    if not signature.is_file():
        raise SovtuneError(f"signature {signature} not found")
    placed = staging / SIGNATURE_NAME
    if placed.resolve() != signature.resolve():
        shutil.copyfile(signature, placed)
    try:
        summary = verify_bundle_dir(staging, load_trust(trust_path))
    except IntakeRefused:
        raise
    except SovtuneError as error:
        raise IntakeRefused(f"signature check failed: {error}") from None
    digest = sha256_file(placed)
    placed.unlink()  # kept as evidence by its digest in the log; the files it covers are what enters
    return {**summary, "signature_sha256": digest, "trust": str(trust_path)}


def check_model(staging: Path, files: list[str], allow_pickle: bool) -> dict[str, Any]:
    """Model checks; converts pickles when allowed. Returns findings for the log."""
    refuse_code(files)
    pickles = pickle_files(files)
    if pickles and not allow_pickle:
        raise IntakeRefused(f"{', '.join(pickles[:5])}: pickle-based weights can run code when loaded; refusing. "
                            "Ask the supplier for safetensors, or rerun with --allow-pickle to convert them to "
                            "safetensors with weights-only loading")
    findings: dict[str, Any] = {"configs": check_configs(staging, files), "converted": {}, "gguf": {},
                                "chat_templates": {}}
    for where, source in chat_templates(staging, files).items():
        rendered = check_chat_template(source, where)
        findings["chat_templates"][where] = hashlib.sha256(rendered.encode()).hexdigest()
    for name in files:
        if name.lower().endswith(".gguf"):
            findings["gguf"][name] = check_gguf(staging / name, name)
        elif name.lower().endswith(".safetensors"):
            check_safetensors(staging / name, name)
    for name in pickles:
        target = converted_name(name)
        if (staging / target).exists():
            raise IntakeRefused(f"{name}: converting would overwrite {target}, which is also in the delivery")
        tensors = convert_pickle(staging / name, staging / target)
        findings["converted"][name] = {"sha256": sha256_file(staging / name), "to": target, "tensors": tensors}
        (staging / name).unlink()  # our staging copy; the supplier's original stays on the media
    for index in [name for name in files if name.endswith("pytorch_model.bin.index.json")]:
        data = json.loads((staging / index).read_text(encoding="utf-8"))
        data["weight_map"] = {key: converted_name(value) for key, value in data.get("weight_map", {}).items()}
        (staging / index).unlink()
        (staging / index.replace("pytorch_model.bin.index.json", "model.safetensors.index.json")).write_text(
            json.dumps(data, indent=2) + "\n", encoding="utf-8")
    if not any(n.endswith((".safetensors", ".gguf")) for n in _files(staging)):
        raise IntakeRefused("no model weights found (.safetensors or .gguf)")
    return findings


def check_dataset(files: list[str], allow_pickle: bool) -> dict[str, Any]:
    """Data set checks: no code, no pickles (data sets are never unpickled), only formats redact can read."""
    refuse_code(files)
    pickles = pickle_files(files)
    if pickles:
        raise IntakeRefused(f"{', '.join(pickles[:5])}: pickled data is never loaded; send JSONL, CSV or Parquet")
    odd = [name for name in files if PurePosixPath(name).suffix.lower() not in DATASET_SUFFIXES
           and PurePosixPath(name).name not in MANIFEST_NAMES and not name.endswith((".meta.yaml", ".sha256"))]
    if odd:
        raise IntakeRefused(f"{', '.join(odd[:5])}: not a data format sovtune reads "
                            f"({', '.join(sorted(DATASET_SUFFIXES))})")
    return {"files": len(files)}


def _stage_outputs(project: Path) -> list[Path]:
    dvc_yaml = project / "dvc.yaml"
    if not dvc_yaml.is_file():
        return []
    stages = (yaml.safe_load(dvc_yaml.read_text(encoding="utf-8")) or {}).get("stages", {})
    outputs = []
    for stage in stages.values():
        for out in stage.get("outs", []) if isinstance(stage, dict) else []:
            outputs.append((project / (next(iter(out)) if isinstance(out, dict) else out)).resolve())
    return outputs


def _check_destination(project: Path, destination: Path) -> None:
    if destination.exists() or destination.is_symlink():
        raise SovtuneError(f"{destination} already exists; intake never overwrites (choose another --name)")
    for output in _stage_outputs(project):
        if destination.resolve().is_relative_to(output):
            raise SovtuneError(f"{destination} is inside the DVC stage output {output.relative_to(project)}, which "
                               "DVC deletes on checkout; set intake.dataset_dir/model_dir elsewhere")


def _dvc_repo(project: Path):  # noqa: ANN202 - dvc.repo.Repo
    if not (project / ".dvc").is_dir():
        raise SovtuneError(f"{project} is not a DVC project (no .dvc/): run `dvc init` first, or pass --no-dvc")
    from dvc.exceptions import DvcException
    from dvc.repo import Repo

    try:
        return Repo(str(project))
    except DvcException as error:
        raise SovtuneError(f"{project}: DVC cannot open the project ({error})") from None


def dvc_track(project: Path, paths: list[Path]) -> list[str]:
    """`dvc add` the accepted files (a .dvc file per path, cached by content). Returns the .dvc files."""
    from dvc.exceptions import DvcException

    with _dvc_repo(project) as repo:
        try:
            repo.add([str(path) for path in paths])
        except DvcException as error:
            shown = ", ".join(_shown(path, project) for path in paths)
            raise SovtuneError(f"accepted {shown} but `dvc add` failed ({error}); run `dvc add {shown}`") from None
    return [_shown(path.with_name(path.name + ".dvc"), project) for path in paths]


# ---- the append-only, hash-chained log ------------------------------------------------------------------------


def _entry_hash(entry: dict[str, Any]) -> str:
    body = {key: value for key, value in entry.items() if key != "hash"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode())\
        .hexdigest()


def read_log(log: Path) -> list[dict[str, Any]]:
    """Entries of the intake log after checking the whole chain; raises SovtuneError at the first bad line."""
    if not log.is_file():
        return []
    entries, previous = [], GENESIS
    for number, line in enumerate(log.read_text(encoding="utf-8").splitlines(), 1):
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            raise SovtuneError(f"{log}:{number}: not a JSON entry: the log was edited") from None
        if not isinstance(entry, dict) or entry.get("hash") != _entry_hash(entry):
            raise SovtuneError(f"{log}:{number}: entry does not match its hash: the log was edited")
        if entry.get("prev") != previous or entry.get("seq") != number:
            raise SovtuneError(f"{log}:{number}: chain broken (an entry before it was removed, inserted or reordered)")
        previous = entry["hash"]
        entries.append(entry)
    return entries


def append_log(log: Path, record: dict[str, Any]) -> dict[str, Any]:
    """Append one entry (after checking the chain so far); opened in append mode, never rewritten."""
    entries = read_log(log)
    entry = {"seq": len(entries) + 1, "prev": entries[-1]["hash"] if entries else GENESIS, **record}
    entry["hash"] = _entry_hash(entry)
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry, sort_keys=True, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    return entry


def lineage(log: Path) -> list[dict[str, Any]]:
    """What every intake let in, as in-toto resolved dependencies (for the bundle's provenance and the report)."""
    if not log.is_file():
        return []
    entries = read_log(log)
    deps = [{"name": f"intake:{e['kind']}:{e['name']}", "digest": {"sha256": e["hash"]},
             "annotations": {"destination": e["destination"], "source": e["source"], "time": e["time"],
                             "operator": e["operator"], "files": e["files"]}} for e in entries]
    if entries:
        deps.append({"name": str(log), "digest": {"sha256": entries[-1]["hash"]},
                     "annotations": {"entries": len(entries), "what": "head of the hash-chained intake log"}})
    return deps


# ---- the whole intake -----------------------------------------------------------------------------------------


def _shown(path: Path, project: Path) -> str:
    return str(path.relative_to(project)) if path.is_relative_to(project) else str(path)


def _operator(given: str) -> str:
    if given:
        return given
    try:
        return os.environ.get("SUDO_USER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def intake(request: IntakeRequest, model_dir: Path, dataset_dir: Path, log: Path,
           project: Path = Path("."), track: bool = True) -> dict[str, Any]:
    """Check and accept one delivery; returns the log entry. Raises IntakeRefused / SovtuneError."""
    source, project = request.source, project.resolve()
    model_dir, dataset_dir, log = (path if path.is_absolute() else project / path
                                   for path in (model_dir, dataset_dir, log))
    single_file = source.is_file() and not is_archive(source)
    default = source.name.split(".")[0] if single_file else re.sub(r"(\.tar(\.gz|\.bz2|\.xz)?|\.tgz|\.zip)$", "",
                                                                     source.name)
    name = request.name or default
    if not _NAME.match(name):
        raise SovtuneError(f"name {name!r}: use letters, digits, '.', '_' and '-' (give --name)")
    read_log(log)  # refuse to add to a log that was tampered with
    base = model_dir if request.kind == "model" else dataset_dir
    destination = base / (source.name if request.kind == "dataset" and single_file else name)
    meta = request.meta
    if meta is None and request.kind == "dataset" and single_file:
        beside = source.with_name(f"{source.name.split('.')[0]}.meta.yaml")
        meta = beside if beside.is_file() else None
    sidecar = dataset_dir / f"{name}.meta.yaml" if request.kind == "dataset" and meta is not None else None
    _check_destination(project, destination)
    if track:
        _dvc_repo(project).close()  # fail before any work when the files could not be tracked
    if sidecar is not None:
        _check_destination(project, sidecar)
    created = [parent for parent in (base, *base.parents) if not parent.exists()]
    base.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".intake-{name}-", dir=base))
    accepted_ok = False
    try:
        mode = _stage(source, staging)
        files = _files(staging)
        signature = check_signature(staging, request.signature, request.trust) if request.signature else None
        if request.signature is None and (staging / SIGNATURE_NAME).exists():
            if request.trust is None:
                raise IntakeRefused(f"the delivery carries {SIGNATURE_NAME}: give --trust to verify it")
            signature = check_signature(staging, staging / SIGNATURE_NAME, request.trust)
        files = _files(staging)
        manifest = _find_manifest(staging, request, mode)
        if manifest is None and not request.no_manifest:
            raise IntakeRefused("no supplier manifest (SHA256SUMS or FILE.sha256 in `sha256sum` format, or "
                                "--manifest); ask the supplier for one, or pass --no-manifest to accept unchecked")
        manifest_digest = check_manifest(staging, files, manifest) if manifest is not None else None
        findings = check_model(staging, files, request.allow_pickle) if request.kind == "model" else \
            check_dataset(files, request.allow_pickle)
        accepted = _files(staging)
        digests = {name_: sha256_file(staging / name_) for name_ in accepted}
        if mode == "file" and request.kind == "dataset":
            (staging / source.name).rename(destination)
        else:
            staging.rename(destination)
        accepted_ok = True
    finally:
        if staging.exists():
            shutil.rmtree(staging)
        for parent in created if not accepted_ok else []:  # a refusal leaves no trace, not even empty folders
            if parent.is_dir() and not any(parent.iterdir()):
                parent.rmdir()
    tracked = [destination]
    if sidecar is not None:
        shutil.copyfile(meta, sidecar)  # the residency module defines and validates this schema, not intake
    dvc_files = dvc_track(project, tracked) if track else []
    record = {
        "time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "operator": _operator(request.operator),
        "kind": request.kind,
        "name": name,
        "source": str(source.resolve()),
        "source_sha256": sha256_file(source) if source.is_file() else None,
        "destination": _shown(destination, project),
        "files": digests,
        "manifest_sha256": manifest_digest,
        "signature": signature,
        "sidecar": {"path": _shown(sidecar, project), "sha256": sha256_file(sidecar)} if sidecar else None,
        "findings": findings,
        "dvc": dvc_files,
        "sovtune_version": __version__,
    }
    return append_log(log, record)
