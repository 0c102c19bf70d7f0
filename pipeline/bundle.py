"""Stage `bundle`: the fine-tuned model + its evidence -> a signed, deterministic tar.

Reads models/merged, models/adapter, models/base/manifest.json, reports/{eval,gates,redaction}.json and
params.yaml; refuses when the gates failed (unless bundle.allow_failed_gates, which the card and provenance
record) and when models/merged or models/adapter are not the models the gates measured (their sha256 digests,
recorded by `evaluate`, must match). Builds, in a hidden staging directory whose weights are hard links to
models/merged and models/adapter where the filesystem allows, `<name>-<version>/`:

    config.json, model.safetensors, tokenizer files   merged weights: loads with plain transformers
    adapter/                                          the LoRA adapter (PEFT)
    reports/eval.json, gates.json, redaction.json     the evidence the card is generated from (the gates are signed)
    README.md                                         model card
    sbom.cdx.json                                     CycloneDX SBOM of the Python environment
    provenance.intoto.json                            in-toto Statement v1, SLSA provenance v1 predicate
    model.sig                                         model_signing signature over every other file

and writes it as models/bundles/<name>-<version>.tar (sorted entries, mtime 0, owner 0/0, no owner names), the
stage's output; the staging directory is then removed, so the weights exist once in models/merged and once in
the tar. With the key and certificate methods the signature's payload is canonical JSON signed with
deterministic ECDSA (RFC 6979), so the same inputs and key give the same tar bytes (pkcs11: see signing.py).
Beside the tar, `<name>-<version>.json` gives its sha256, root digest and the signer's public key (to publish
with it); the same summary goes to reports/bundle.json for the report stage. The stage verifies its own bundle.

Run: `python -m pipeline.bundle` (DVC) or `sovtune bundle`.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline import __version__, offline, residency
from pipeline.config import BundleConfig, load_params, section_as_dict
from pipeline.errors import SovtuneError, run_main
from pipeline.intake import lineage as intake_lineage
from pipeline.provenance import (
    MODELS_KEY,
    directory_digests,
    git_commit,
    run_info,
    sha256_file,
    tree_digest,
    write_json,
    write_run_record,
)
from pipeline.signing import self_verify, sign_bundle_dir
from pipeline.verify import SIGNATURE, read_signature

__all__ = ["build_bundle", "check_gates", "check_model_binding", "python_sbom", "sign_bundle_dir", "write_tar"]

COPY_BUFFER = 4 * 2**20  # 4 MiB tar copy buffer (tarfile's default 16 KiB costs ~2x on GB files)
SBOM = "sbom.cdx.json"
PROVENANCE = "provenance.intoto.json"
CARD = "README.md"
REPORTS = ("eval", "gates", "redaction")
REPORT = Path("reports/bundle.json")  # read by the report stage
# Files the stage never rewrites, hence safe to hard-link into staging (adapter_config.json is rewritten: copied).
LINKABLE = (".safetensors", ".bin", ".gguf")


@dataclass(frozen=True)
class BundleInputs:
    """Where the upstream stages left their outputs (the defaults are the DVC layout)."""

    merged: Path = Path("models/merged")
    adapter: Path = Path("models/adapter")
    base_manifest: Path = Path("models/base/manifest.json")
    reports: Path = Path("reports")
    params_file: Path = Path("params.yaml")
    intake_log: Path = Path("data/intake.log")  # every delivery `sovtune intake` let in (hash-chained)


def _read_json(path: Path) -> Any:
    if not path.is_file():
        raise SovtuneError(f"{path} not found; run the stage that writes it first (`dvc repro`)")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise SovtuneError(f"{path}: not valid JSON ({error})") from None


def check_gates(gates: dict[str, Any], allow_failed: bool) -> list[str]:
    """Names of failed gates; raises unless `allow_failed` when any failed (or `passed` is not true)."""
    failed = [str(g.get("name")) for g in gates.get("gates", []) if not g.get("passed")]
    if gates.get("passed") is True and not failed:
        return []
    if not allow_failed:
        raise SovtuneError(
            f"reports/gates.json: the model failed its release gates ({', '.join(failed) or 'passed is not true'}); "
            "fix the model, or set bundle.allow_failed_gates=true to bundle it anyway (recorded in the bundle)"
        )
    return failed or ["passed is not true"]


def check_model_binding(gates: dict[str, Any], evaluation: dict[str, Any], merged: Path, adapter: Path) -> dict:
    """The digests of `merged` and `adapter` now; raises unless they are the models the gates were measured on.

    reports/gates.json and eval.json record what `evaluate` hashed before scoring (`models`: each file's sha256
    and a root digest). Without this check, retraining after an evaluation would sign the new model under the
    old model's "passed".
    """
    recorded = gates.get(MODELS_KEY)
    if not isinstance(recorded, dict) or not all(isinstance(recorded.get(k), dict) for k in ("merged", "adapter")):
        raise SovtuneError("reports/gates.json records no digests of the model it measured (written by an older "
                           "sovtune); run `dvc repro evaluate` (or `sovtune evaluate`) before bundling")
    if evaluation.get(MODELS_KEY) != recorded:
        raise SovtuneError("reports/eval.json and reports/gates.json were measured on different models; run "
                           "`dvc repro evaluate` again")
    current = {"merged": tree_digest(merged), "adapter": tree_digest(adapter)}
    for role, path in (("merged", merged), ("adapter", adapter)):
        if current[role]["root"] == recorded[role].get("root"):
            continue
        before, now = recorded[role].get("files") or {}, current[role]["files"]
        changed = sorted(n for n in set(before) | set(now) if before.get(n) != now.get(n))
        shown = ", ".join(changed[:5]) + (f" and {len(changed) - 5} more" if len(changed) > 5 else "")
        raise SovtuneError(
            f"{path} is not the model reports/gates.json judged (changed since evaluation: {shown or 'root digest'}); "
            "run `dvc repro evaluate` (or `sovtune evaluate`) so the gates measure this model, then bundle"
        )
    return current


def _copy_tree(source: Path, target: Path, skip: tuple[str, ...] = (), link: bool = False) -> None:
    """Copy regular files only (no metadata: mtimes and modes are normalised in the tar anyway).

    `link`: hard-link instead where the filesystem allows, for files the stage only reads (weights). The
    staging directory is deleted once the tar is written, so no second full copy stays on disk.
    """
    if not source.is_dir():
        raise SovtuneError(f"{source} not found; run `dvc repro train` first")
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if path.is_symlink():
            raise SovtuneError(f"{path} is a symlink; bundles hold plain files only")
        if relative.as_posix() in skip or not path.is_file():
            continue
        (target / relative).parent.mkdir(parents=True, exist_ok=True)
        if link and path.suffix in LINKABLE:
            try:
                os.link(path, target / relative)
                continue
            except OSError:  # other filesystem, or links not supported: copy
                pass
        shutil.copyfile(path, target / relative)


def _portable_adapter_config(adapter_dir: Path, base_name: str) -> None:
    # peft writes the absolute base-model path here; a bundle must not leak build-machine paths.
    config_path = adapter_dir / "adapter_config.json"
    if not config_path.is_file():
        return
    config = json.loads(config_path.read_text(encoding="utf-8"))
    if os.path.isabs(str(config.get("base_model_name_or_path") or "")):
        config["base_model_name_or_path"] = base_name
        write_json(config_path, config)


def _refuse_private_keys(directory: Path) -> None:
    for path in sorted(directory.rglob("*")):
        if path.is_file() and path.stat().st_size < 2**20 and b"PRIVATE KEY-----" in path.read_bytes():
            raise SovtuneError(f"{path} contains a PEM private key; private keys must never enter a bundle")


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True)
    return str(value)


def _eval_table(evaluation: dict[str, Any]) -> list[str]:
    lines = ["| task | metric | base | tuned | n | other |", "|---|---|---|---|---|---|"]
    for task, result in sorted(evaluation.items()):
        if not isinstance(result, dict) or not isinstance(result.get("tuned"), dict):
            continue
        base = result.get("base") if isinstance(result.get("base"), dict) else {}
        other = {k: v for k, v in result.items() if k not in ("base", "tuned", "n")}
        for metric, tuned in sorted(result["tuned"].items()):
            extra = ", ".join(f"{k}={_fmt(v)}" for k, v in sorted(other.items()))
            lines.append(
                f"| {task} | {metric} | {_fmt(base.get(metric, '-'))} | {_fmt(tuned)} | "
                f"{_fmt(result.get('n', '-'))} | {extra} |"
            )
    return lines if len(lines) > 2 else ["No evaluation tasks were reported."]


def model_card(
    config: BundleConfig,
    base: dict[str, Any],
    evaluation: dict[str, Any],
    gates: dict[str, Any],
    redaction: dict[str, Any],
    failed_gates: list[str],
) -> str:
    """The bundle's README.md, generated only from the reports and the config (no timestamps or paths)."""
    lines = [f"# {config.name} {config.version}", ""]
    if failed_gates:
        lines += [
            f"> **WARNING: this model FAILED its release gates ({', '.join(failed_gates)}).** It was bundled with "
            "`bundle.allow_failed_gates: true`; the override is recorded in provenance.intoto.json.",
            "",
        ]
    lines += [
        f"Fine-tuned from **{base.get('name', 'unknown')}** ({base.get('architecture', '?')}, "
        f"{base.get('parameters', 0) / 1e6:.1f}M parameters) with sovtune {__version__}, offline, on redacted "
        "data. Load it with plain transformers: `AutoModelForCausalLM.from_pretrained(<this directory>)`; the "
        "LoRA adapter alone is in `adapter/`.",
        "",
        "## Intended use",
        "",
        config.intended_use.strip(),
        "",
        "## Base model",
        "",
        f"- name: {base.get('name', 'unknown')}",
        f"- source: {base.get('source', {}).get('kind', 'unknown')}",
    ]
    source_files = base.get("source", {}).get("files", {})
    lines += [f"- `{name}` sha256 `{digest}`" for name, digest in sorted(source_files.items())]
    lines += ["", "## Data lineage", "", "Training read only these redacted files (sha256 checked by `train`):", ""]
    lines += [f"- `{name}` sha256 `{digest}`" for name, digest in sorted(redaction.get("outputs", {}).items())]
    lines += ["", "Raw inputs before redaction:", ""]
    lines += [f"- `{name}` sha256 `{digest}`" for name, digest in sorted(redaction.get("inputs", {}).items())]
    lines += ["", "## Redaction summary", ""]
    summary = {k: v for k, v in redaction.items() if k not in ("inputs", "outputs", "run")}
    lines += [f"- {key}: {_fmt(value)}" for key, value in sorted(summary.items())] or ["- (no summary fields)"]
    lines += ["", "## Evaluation", ""] + _eval_table(evaluation)
    lines += ["", f"## Release gates: {'PASSED' if gates.get('passed') is True else 'FAILED'}", ""]
    lines += ["| gate | passed | detail |", "|---|---|---|"]
    lines += [
        f"| {g.get('name')} | {'yes' if g.get('passed') else '**no**'} | {_fmt(g.get('detail', ''))} |"
        for g in gates.get("gates", [])
    ]
    lines += ["", "## Licence and attribution", "", f"Licence: {config.license}", ""]
    if config.attribution:
        lines += [config.attribution.strip(), ""]
    lines += [
        "## Verification",
        "",
        f"`{SIGNATURE}` signs every file of this directory (OpenSSF model_signing, sha256 per file). Verify with "
        "`sovtune verify <bundle> --trust <public key or trust store>`; `provenance.intoto.json` (SLSA v1) "
        f"lists the inputs and `{SBOM}` the software that built it.",
        "",
    ]
    return "\n".join(lines)


def python_sbom() -> dict[str, Any]:
    """CycloneDX 1.6 SBOM of this Python environment, made reproducible and free of local paths."""
    command = [sys.executable, "-m", "cyclonedx_py", "environment", "--output-reproducible", "--no-validate",
               "--of", "JSON", "-o", "-", sys.executable]
    # Schema validation takes ~13 s on 2 cores; the output is produced by the same library that defines it.
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise SovtuneError(f"cyclonedx-py failed: {result.stderr.strip()[-500:]}")
    sbom = json.loads(result.stdout)
    sbom.pop("serialNumber", None)
    sbom.get("metadata", {}).pop("timestamp", None)
    for component in sbom.get("components", []):
        # Editable installs point at the build machine's checkout (file:///...): drop those references.
        references = [r for r in component.get("externalReferences", []) if not r.get("url", "").startswith("file:")]
        component["externalReferences"] = references
        if not references:
            del component["externalReferences"]
    return sbom


def _recorded_config(config: BundleConfig) -> dict[str, Any]:
    """The config as recorded in the bundle: key and certificate paths are build-machine details, dropped.

    The signer is identified by model.sig itself (key fingerprint or certificate chain).
    """
    recorded = section_as_dict(config)
    recorded["signing"] = {"method": config.signing.method}
    return recorded


def provenance_statement(
    config: BundleConfig,
    bundle_dir: Path,
    inputs: BundleInputs,
    base: dict[str, Any],
    redaction: dict[str, Any],
    failed_gates: list[str],
    measured: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """in-toto Statement v1 with a SLSA provenance v1 predicate: subjects = bundle files, deps = what built them."""
    subjects = [{"name": name, "digest": {"sha256": digest}} for name, digest in directory_digests(bundle_dir).items()]
    commit = git_commit()
    dependencies = [
        {
            "name": "models/base/manifest.json",
            "digest": {"sha256": sha256_file(inputs.base_manifest)},
            "annotations": {"model": base.get("name"), "source_files": base.get("source", {}).get("files", {})},
        },
        *(
            {"name": name, "digest": {"sha256": digest}, "annotations": {"kind": "redacted training data"}}
            for name, digest in sorted(redaction.get("outputs", {}).items())
        ),
        *(
            {"name": f"models/{role}", "digest": {"sha256": digest["root"]},
             "annotations": {"kind": "the model reports/gates.json measured (sha256 of its sha256sum listing)"}}
            for role, digest in sorted((measured or {}).items())
        ),
        {"name": "params.yaml", "digest": {"sha256": sha256_file(inputs.params_file)}},
        *intake_lineage(inputs.intake_log),
        {"uri": "git+sovtune", "digest": {"gitCommit": commit.removesuffix("-dirty")},
         "annotations": {"dirty": commit.endswith("-dirty")}},
    ]
    return {
        "_type": "https://in-toto.io/Statement/v1",
        "subject": subjects,
        "predicateType": "https://slsa.dev/provenance/v1",
        "predicate": {
            "buildDefinition": {
                "buildType": "https://sovtune.dev/bundle/v1",
                "externalParameters": {"bundle": _recorded_config(config)},
                "internalParameters": {
                    "allow_failed_gates_used": bool(failed_gates),
                    "failed_gates": failed_gates,
                    "run": run_info("bundle", _recorded_config(config)),
                },
                "resolvedDependencies": dependencies,
            },
            "runDetails": {
                "builder": {
                    "id": f"https://sovtune.dev/builder/sovtune@{__version__}",
                    "version": {
                        "sovtune": __version__,
                        "python": platform.python_version(),
                        "platform": f"{platform.system()}-{platform.machine()}",
                    },
                },
                "metadata": {},
            },
        },
    }


def write_tar(directory: Path, tar_path: Path) -> None:
    """Deterministic tar of `directory` (as its top-level entry): sorted, mtime 0, uid/gid 0, no names, 0644/0755.

    Written to a temporary name and renamed, so a reader never sees half a tar.
    """
    paths = [directory, *sorted(directory.rglob("*"), key=lambda p: p.relative_to(directory).as_posix())]
    partial = tar_path.with_name(tar_path.name + ".partial")
    with tarfile.open(partial, "w", format=tarfile.PAX_FORMAT, copybufsize=COPY_BUFFER) as tar:
        for path in paths:
            if path.is_symlink() or not (path.is_file() or path.is_dir()):
                raise SovtuneError(f"{path}: bundles hold plain files and directories only")
            # A fresh header, not gettarinfo: that would turn a second name of an inode already in the tar (the
            # staging hard-links weights; a DVC hardlink cache can share inodes) into a hardlink member, which
            # every verifier refuses. Owner, group and mtime stay 0 (TarInfo's defaults).
            info = tarfile.TarInfo(Path(directory.name, path.relative_to(directory)).as_posix())
            if path.is_dir():
                info.type = tarfile.DIRTYPE
            else:
                info.size = path.stat().st_size
            info.mode = 0o755 if info.isdir() else 0o644
            if info.isdir():
                tar.addfile(info)
            else:
                with open(path, "rb") as handle:
                    tar.addfile(info, handle)
    partial.replace(tar_path)


def build_bundle(
    config: BundleConfig,
    inputs: BundleInputs,
    output_dir: Path,
    sbom: dict[str, Any] | None = None,
    keep_dir: bool = False,
) -> dict[str, Any]:
    """Assemble, describe, sign and tar the bundle.

    The tar is the stage's output; the directory it is made from is a staging area whose weights are hard links
    to models/merged and models/adapter where possible, deleted at the end, so no second full copy stays on disk.
    `sovtune verify` takes the tar, or the directory an install made from it.

    Args:
        config: the `bundle` section.
        inputs: upstream outputs.
        output_dir: where `<name>-<version>.tar` (and its `.json` summary) go.
        sbom: a precomputed SBOM (tests reuse one); None runs cyclonedx-py on this environment.
        keep_dir: also keep `<output_dir>/<name>-<version>/` as a full copy (tests and debugging).

    Returns:
        {"bundle": dir or None, "tar": path, "tar_sha256", "root_digest", "files": n, "signature": {method, key
        fingerprint, public key}, "verified": True (self-checked) or None (certificate), "failed_gates": [...],
        "models": the merged/adapter root digests the gates measured}, also written to `<output_dir>/<stem>.json`.
    """
    reports = {name: _read_json(inputs.reports / f"{name}.json") for name in REPORTS}
    failed_gates = check_gates(reports["gates"], config.allow_failed_gates)
    measured = check_model_binding(reports["gates"], reports["eval"], inputs.merged, inputs.adapter)
    base = _read_json(inputs.base_manifest)
    if not inputs.params_file.is_file():
        raise SovtuneError(f"{inputs.params_file} not found")
    if failed_gates:
        print(f"bundle: WARNING: bundling a model that FAILED gates {failed_gates} (bundle.allow_failed_gates)")

    # Residency (pipeline/residency.py, written by redact): per dataset sha256, jurisdiction, legal basis, purpose,
    # retention and policy digest, into the bundle, its card and its provenance.
    residency_record = residency.read_record(inputs.reports / "residency.json")
    unchecked = sorted(set(config.regions) - set((residency_record or {}).get("regions", {})))
    if residency_record is not None and unchecked:
        raise SovtuneError(f"bundle.regions {unchecked} were not checked against the data by redact; rerun "
                           "`dvc repro redact` (it refuses data a target region does not accept)")
    stem = f"{config.name}-{config.version}"
    bundle_dir, tar_path = output_dir / stem, output_dir / f"{stem}.tar"
    # Build under the final directory name (the signature records it) inside a hidden staging parent, so an
    # interrupted run never leaves a half-built bundle where a reader would find it.
    staging_parent = output_dir / f".{stem}.staging"
    shutil.rmtree(staging_parent, ignore_errors=True)
    staging = staging_parent / stem
    (staging / "reports").mkdir(parents=True)
    try:
        _copy_tree(inputs.merged, staging, skip=(CARD,), link=not keep_dir)
        _copy_tree(inputs.adapter, staging / "adapter", skip=(CARD,), link=not keep_dir)
        _portable_adapter_config(staging / "adapter", str(base.get("name", "base-model")))
        for name in REPORTS:
            shutil.copyfile(inputs.reports / f"{name}.json", staging / "reports" / f"{name}.json")
        if residency_record is not None:
            write_json(staging / residency.RECORD_IN_BUNDLE, residency_record)
        write_json(staging / SBOM, sbom if sbom is not None else python_sbom())
        card = model_card(config, base, reports["eval"], reports["gates"], reports["redaction"], failed_gates)
        (staging / CARD).write_text(card + "\n" + residency.card_section(residency_record), encoding="utf-8")
        statement = provenance_statement(config, staging, inputs, base, reports["redaction"], failed_gates, measured)
        statement["predicate"]["buildDefinition"]["resolvedDependencies"] += residency.provenance_dependencies(
            residency_record)
        statement["predicate"]["buildDefinition"]["internalParameters"]["residency"] = residency_record
        write_json(staging / PROVENANCE, statement)
        _refuse_private_keys(staging)
        signing = sign_bundle_dir(staging, config.signing)
        verified = self_verify(staging, signing)
        _, signed_statement = read_signature(staging / SIGNATURE)
        files = len(signed_statement["predicate"]["resources"]) + 1  # + model.sig; no extra hashing pass
        write_tar(staging, tar_path)
        # A directory here is this stage's own earlier output (sovtune < 0.2 kept one beside the tar).
        shutil.rmtree(bundle_dir, ignore_errors=True)
        if keep_dir:
            staging.rename(bundle_dir)
    finally:
        shutil.rmtree(staging_parent, ignore_errors=True)
    summary = {
        "bundle": bundle_dir.as_posix() if keep_dir else None,
        "tar": tar_path.as_posix(),
        "tar_sha256": sha256_file(tar_path),
        # model_signing's subject digest: one sha256 over every file's digest, what the signature signs.
        "root_digest": signed_statement["subject"][0]["digest"]["sha256"],
        "files": files,
        "signature": {"file": SIGNATURE, **signing},
        "verified": verified,
        "failed_gates": failed_gates,
        "models": {role: digest["root"] for role, digest in measured.items()},
    }
    # Beside the tar, outside the signed directory: what to publish with it (tar digest, signer fingerprint).
    write_json(output_dir / f"{stem}.json", summary)
    return summary


def main() -> None:
    offline.set_offline_env()
    params = load_params()
    offline.enforce(params.offline.allow_hosts)
    if params.bundle is None:
        raise SovtuneError("params.yaml has no `bundle:` section")
    config = params.bundle
    print(f"bundle: building {config.name}-{config.version} (SBOM, model card, provenance, {config.signing.method} "
          "signature)")
    # The same params.yaml paths dvc.yaml lists as this stage's deps.
    inputs = BundleInputs(merged=Path(params.train.merged_dir), adapter=Path(params.train.adapter_dir),
                          base_manifest=Path(params.import_model.output_dir) / "manifest.json",
                          reports=Path(params.evaluate.report).parent)
    summary = build_bundle(config, inputs, Path(config.output_dir))
    # The audit page shows every signature field: the fingerprint identifies the key, the PEM would be noise.
    signature = {k: v for k, v in summary["signature"].items() if k != "public_key_pem"}
    # The stage keeps only the tar: the audit page names it as "the bundle".
    write_json(REPORT, {**summary, "bundle": summary["bundle"] or summary["tar"], "signature": signature})
    write_run_record("bundle", run_info("bundle", _recorded_config(config)))  # the report stage depends on REPORT
    print(f"bundle: wrote {summary['tar']} ({summary['files']} files) "
          f"(sha256 {summary['tar_sha256'][:16]}..., signer key {summary['signature']['public_key_sha256'][:16]}..., "
          f"verified: {summary['verified']}); summary in {REPORT}")


if __name__ == "__main__":
    run_main(main)
