"""Stage `redact`: data/raw/ (JSONL/CSV/Parquet/txt) -> data/redacted/<stem>.jsonl minus PII, under a policy.

Order of work: policy (pipeline/policy.py) -> inputs streamed record by record (pipeline/readers.py; bad input
to data/quarantine/ with file, line and reason) -> chunks of `batch_size` records sent to worker processes ->
in each worker, per record (pipeline/fields.py): every value chosen for scanning is read through its NFKC working
copy (pipeline/normalise.py), spaCy NER over the chunk with `nlp.pipe` plus the regex recognizers of
pipeline/recognizers.py, all through a presidio AnalyzerEngine; keys, ids and numbers through the regexes alone
-> spans mapped back to the original text, overlaps resolved to the strictest operator -> policy operators
(typed placeholder, mask, keyed pseudonym, drop record) -> second-pass leak scan of the normalised output and a
schema check (a hit is quarantined) -> outputs written in input order -> reports/redaction.json (counts only,
never a PII value).

Memory stays bounded: at most `workers * 4` chunks are in flight, and outputs are written as results arrive.

Run: `python -m pipeline.redact` (DVC) or `sovtune redact --input IN --output OUT [--policy NAME|PATH]`.
"""

from __future__ import annotations

import io
import json
import os
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline import offline
from pipeline.config import RedactConfig, load_params, section_as_dict
from pipeline.errors import SovtuneError, run_main
from pipeline.fields import BatchResult, Span, merge_spans, redact_records
from pipeline.language import LanguageSetup, language_setup
from pipeline.policy import (
    POLICY_DIR,
    EntityRule,
    Policy,
    known_entities,
    load_policy,
    load_pseudonym_key,
    policy_digest,
    pseudonym,
)
from pipeline.provenance import library_versions, run_info, sha256_file, write_json
from pipeline.readers import INPUT_SUFFIXES, Item, input_files, open_private, private_dir, read_items
from pipeline.redactor import SPACY_PACKAGES, Redactor, _model_words_and_version, resolve_spacy_model

__all__ = ["POLICY_DIR", "EntityRule", "Policy", "Redactor", "Span", "known_entities", "load_policy",
           "load_pseudonym_key", "merge_spans", "policy_digest", "pseudonym", "redact_directory", "redact_file",
           "redact_records", "redact_single_file"]

# --- parallel driver -------------------------------------------------------------------------------------------------
_WORKER: dict[str, Any] = {}


def _init_worker(policy: Policy, spacy_model: str, names_dir: str, key: bytes | None, allow_hosts: tuple[str, ...],
                 fields: tuple[str, ...], skip: tuple[str, ...], batch_size: int, languages: LanguageSetup) -> None:
    offline.enforce(allow_hosts)
    # Each worker is one process on one core: keep BLAS/thinc from starting threads that fight each other.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    # In-process runs (workers=1, tests, repeated CLI calls in one process) reuse a redactor built for the same
    # policy, model and key: building one loads spaCy (~2-5 s).
    identity = (policy_digest(policy), spacy_model, names_dir, key, languages)
    if _WORKER.get("identity") != identity:
        _WORKER.update(redactor=Redactor(policy, spacy_model, Path(names_dir), key, languages), identity=identity)
    _WORKER.update(fields=fields, skip=skip, batch_size=batch_size)


def _work(records: list[dict[str, Any]]) -> BatchResult:
    return redact_records(_WORKER["redactor"], records, _WORKER["fields"], _WORKER["skip"], _WORKER["batch_size"])


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@dataclass
class FileTotals:
    """Per-input-file tallies merged into the report."""

    records_in: int = 0
    records_out: int = 0
    quarantined: Counter[str] = field(default_factory=Counter)
    counts: Counter[str] = field(default_factory=Counter)


def _quarantine_kind(reason: str) -> str:
    for prefix, kind in (("malformed", "malformed"), ("wrong schema", "wrong_schema"), ("undecodable", "undecodable"),
                         ("over-long", "over_long"), ("leak scan", "leak_scan"), ("internal error", "internal_error")):
        if reason.startswith(prefix):
            return kind
    return "other"


def redact_file(
    source: Path,
    output: Path,
    quarantine: Path,
    policy: Policy,
    config: RedactConfig,
    key: bytes | None,
    allow_hosts: tuple[str, ...] = (),
    display_name: str | None = None,
    progress: bool = True,
) -> FileTotals:
    """Redact one input file into `output` (JSONL), quarantining bad or leaking records into `quarantine`.

    Records are read lazily in chunks of `config.batch_size`; with more than one worker at most `workers * 4`
    chunks are queued, so memory is bounded by the chunk size, not the file size.
    """
    from tqdm import tqdm

    workers = config.workers or os.cpu_count() or 1
    name = display_name or source.name
    totals = FileTotals()
    init_args = (policy, config.spacy_model, config.names_dir, key, tuple(allow_hosts), tuple(config.fields),
                 tuple(config.skip_fields), config.batch_size, language_setup(config))
    output.parent.mkdir(parents=True, exist_ok=True)
    quarantine.parent.mkdir(parents=True, exist_ok=True)
    staging = output.with_name(output.name + ".tmp")
    # Build the redactor here first: forked workers inherit it (copy-on-write) instead of each loading spaCy.
    _init_worker(*init_args)
    pool = None
    if workers > 1:
        import multiprocessing

        pool = multiprocessing.get_context("fork").Pool(workers, initializer=_init_worker, initargs=init_args)
    bar = tqdm(desc=f"redact {name}", unit=" rec", disable=not progress, smoothing=0.1)
    quarantine_handle = None

    def write_quarantine(item: Item, reason: str) -> None:
        nonlocal quarantine_handle
        if quarantine_handle is None:
            quarantine_handle = open_private(quarantine)  # raw records, PII included: owner-only (0600)
        totals.quarantined[_quarantine_kind(reason)] += 1
        entry = {"file": name, "line": item.line, "reason": reason, "raw": item.raw}
        quarantine_handle.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def finish(chunk: list[Item], result: BatchResult, handle: io.TextIOBase) -> None:
        good = [item for item in chunk if item.record is not None]
        reasons = dict(result.quarantined)
        for index, (item, record) in enumerate(zip(good, result.records, strict=True)):
            line = None
            if record is not None:
                try:
                    line = json.dumps(record, ensure_ascii=False) + "\n"
                    line.encode("utf-8")  # a lone surrogate would fail the write, and with it the file
                except (TypeError, ValueError):
                    reasons[index] = "malformed record (not serialisable as UTF-8 JSON after redaction)"
            if line is not None:
                handle.write(line)
                totals.records_out += 1
            elif index in reasons:
                item.raw = json.dumps(item.record, ensure_ascii=False, default=repr)
                write_quarantine(item, reasons[index])
        totals.counts.update(result.counts)
        bar.update(len(good))

    try:
        with open(staging, "w", encoding="utf-8") as handle:
            pending: deque[tuple[list[Item], Any]] = deque()
            for chunk in _chunks(read_items(source, config.max_record_bytes), config.batch_size):
                for item in chunk:
                    if item.reason is not None:
                        totals.records_in += 1
                        write_quarantine(item, item.reason)
                good = [item.record for item in chunk if item.record is not None]
                totals.records_in += len(good)
                if pool is None:
                    finish(chunk, _work(good), handle)
                    continue
                pending.append((chunk, pool.apply_async(_work, (good,))))
                while len(pending) >= workers * 4:  # bounded queue: wait for the oldest chunk
                    done_chunk, future = pending.popleft()
                    finish(done_chunk, future.get(), handle)
            while pending:
                done_chunk, future = pending.popleft()
                finish(done_chunk, future.get(), handle)
        staging.replace(output)
    finally:
        bar.close()
        if quarantine_handle is not None:
            quarantine_handle.close()
        if pool is not None:
            pool.terminate()
            pool.join()
        staging.unlink(missing_ok=True)
    return totals


def _display(path: Path) -> str:
    """Path relative to the working directory when inside it, else the file name (no machine paths in reports)."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.name


def build_report(policy: Policy, config: RedactConfig, model_version: str,
                 files: dict[Path, tuple[Path, FileTotals]]) -> dict[str, Any]:
    """reports/redaction.json: counts, policy digest, versions, input/output sha256. Never a PII value."""
    quarantined: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    records_in = records_out = 0
    for _, totals in files.values():
        quarantined.update(totals.quarantined)
        counts.update(totals.counts)
        records_in += totals.records_in
        records_out += totals.records_out

    def section(prefix: str) -> dict[str, int]:
        return {key[len(prefix):]: value for key, value in sorted(counts.items()) if key.startswith(prefix)}

    return {
        "records": {"in": records_in, "out": records_out, "quarantined": sum(quarantined.values()),
                    "dropped": counts.get("dropped", 0)},
        "quarantine": dict(sorted(quarantined.items())),
        "entities": section("entity:"),
        "fields": section("field:"),
        "operators": section("operator:"),
        "languages": section("language:"),
        "policy": {"name": policy.name, "digest": policy_digest(policy)},
        "model": {"spacy_model": config.spacy_model, "spacy_model_version": model_version},
        "libraries": library_versions("presidio-analyzer", "spacy", SPACY_PACKAGES.get(config.spacy_model, "spacy")),
        "inputs": {_display(src): sha256_file(src) for src in files},
        "outputs": {_display(out): sha256_file(out) for out, _ in files.values() if out.is_file()},
        "per_file": {
            _display(src): {"in": t.records_in, "out": t.records_out, "quarantined": sum(t.quarantined.values())}
            for src, (_, t) in files.items()
        },
        "run": run_info("redact", _config_for_report(config)),
    }


def _config_for_report(config: RedactConfig) -> dict[str, Any]:
    """The resolved config minus the key file's location (a machine path, and a pointer to the secret)."""
    data = section_as_dict(config)
    data["pseudonym_key_file"] = "<set>" if config.pseudonym_key_file else ""
    return data


def redact_directory(config: RedactConfig, policy: Policy, key: bytes | None, allow_hosts: tuple[str, ...] = (),
                     progress: bool = True) -> dict[str, Any]:
    """Redact every file of `config.input_dir`; write outputs, quarantine and the report; return the report."""
    sources = input_files(Path(config.input_dir))
    output_dir, quarantine_dir = Path(config.output_dir), Path(config.quarantine_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    private_dir(quarantine_dir)  # quarantine holds raw records: owner-only (0700), files 0600
    for directory in (output_dir, quarantine_dir):
        for stale in directory.glob("*.jsonl"):
            stale.unlink()
    files: dict[Path, tuple[Path, FileTotals]] = {}
    for source in sources:
        output = output_dir / f"{source.stem}.jsonl"
        totals = redact_file(source, output, quarantine_dir / f"{source.stem}.jsonl", policy, config, key,
                             allow_hosts, _display(source), progress)
        files[source] = (output, totals)
    report = build_report(policy, config, _model_version(config.spacy_model), files)
    write_json(config.report, report)
    return report


def redact_single_file(config: RedactConfig, policy: Policy, key: bytes | None, source: Path, output: Path,
                       allow_hosts: tuple[str, ...] = (), progress: bool = True) -> dict[str, Any]:
    """CLI path: one input file -> `output` (JSONL), `<output stem>.quarantine.jsonl`, `<output stem>.report.json`."""
    if not source.is_file():
        raise SovtuneError(f"--input {source}: file not found")
    if source.suffix.lower() not in INPUT_SUFFIXES:
        raise SovtuneError(f"--input {source}: unsupported format (use {', '.join(INPUT_SUFFIXES)})")
    if source.resolve() == output.resolve():
        raise SovtuneError("--output must differ from --input")
    quarantine = output.with_name(f"{output.stem}.quarantine.jsonl")
    quarantine.unlink(missing_ok=True)
    totals = redact_file(source, output, quarantine, policy, config, key, allow_hosts, _display(source), progress)
    report = build_report(policy, config, _model_version(config.spacy_model), {source: (output, totals)})
    write_json(output.with_name(f"{output.stem}.report.json"), report)
    return report


def _model_version(spacy_model: str) -> str:
    return _model_words_and_version(resolve_spacy_model(spacy_model))[2]


def main() -> None:
    from pipeline import residency
    from pipeline.provenance import write_run_record

    offline.set_offline_env()
    params = load_params()
    offline.enforce(params.offline.allow_hosts)
    config = params.redact
    # Before any work: outputs never overlap inputs, every dataset has a valid unexpired sidecar, one policy
    # fits them all and every target region accepts them.
    residency.check_dirs({"redact.input_dir": Path(config.input_dir)},
                         {"redact.output_dir": Path(config.output_dir),
                          "redact.quarantine_dir": Path(config.quarantine_dir), "redact.report": Path(config.report),
                          "redact.residency_report": Path(config.residency_report)})
    datasets = residency.load_datasets(input_files(Path(config.input_dir)))
    chosen, chosen_by = residency.choose_run_policy(datasets, config.policy, config.policy_choice)
    policy = load_policy(chosen)
    bundle = params.bundle
    regions = [residency.load_region(r, bundle.regions_dir) for r in (bundle.regions if bundle else ())]
    residency.check_regions(datasets, policy.name, regions)
    key = load_pseudonym_key(config, policy)
    report = redact_directory(config, policy, key, params.offline.allow_hosts)
    # The run record (git commit, versions) goes beside the report: train depends on the report, and a commit
    # that only touches docs must not retrain the model.
    write_run_record("redact", report.pop("run"))
    write_json(config.report, report)
    policy_record = {"name": policy.name, "digest": policy_digest(policy), "chosen_by": chosen_by}
    write_json(config.residency_report, residency.record(datasets, policy_record, regions))
    records = report["records"]
    print(f"redact: {records['in']} records in, {records['out']} out, {records['quarantined']} quarantined, "
          f"{records['dropped']} dropped; policy {policy.name}; report {config.report}")


if __name__ == "__main__":
    run_main(main)
