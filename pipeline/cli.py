"""The `sovtune` command: each pipeline stage by hand, outside DVC, plus helpers around them.

Every command enters the offline guard first. Options common to stage commands:
`--params` (default params.yaml), `--config FILE` (repeatable YAML deltas) and `--set key=value` (repeatable).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from pipeline import __version__, offline
from pipeline.config import Params, load_params
from pipeline.errors import SovtuneError

offline.set_offline_env()

app = typer.Typer(
    name="sovtune",
    help="Air-gapped fine-tuning: redact PII, train LoRA, evaluate, sign and install bundles. Nothing leaves "
    "this machine. Run the whole pipeline with `dvc repro`; use these commands for single steps.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

ParamsOption = Annotated[Path, typer.Option("--params", help="Base parameters file.")]
ConfigOption = Annotated[
    list[Path] | None, typer.Option("--config", "-c", help="YAML delta over params.yaml (repeatable, in order).")
]
SetOption = Annotated[
    list[str] | None, typer.Option("--set", "-s", help="Override one key, e.g. train.lora.r=16 (repeatable).")
]


# The checkout this package runs from: its configs/ (policies, name lists) serve commands run outside a project.
_SHIPPED = Path(__file__).resolve().parents[1]


def fail(error: SovtuneError) -> typer.Exit:
    """Print a user error as one line and return the exit to raise (code 2)."""
    typer.echo(f"sovtune: error: {error}", err=True)
    return typer.Exit(code=2)


def load(params: Path, configs: list[Path] | None, overrides: list[str] | None) -> Params:
    """Load the configuration for a CLI command and arm the socket guard with its allow-list."""
    loaded = load_params(params, configs or (), overrides or ())
    offline.enforce(loaded.offline.allow_hosts)
    return loaded


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sovtune {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", help="Show library warnings and logs that a normal run filters out.")
    ] = False,
) -> None:
    from pipeline import noise

    noise.quiet_libraries(verbose)
    offline.enforce()


@app.command("import-model")
def import_model_command(
    path: Annotated[
        str | None, typer.Option(help="Local Hugging Face model directory or .gguf file (default: from params).")
    ] = None,
    output: Annotated[Path | None, typer.Option(help="Output directory (default: models/base).")] = None,
    params: ParamsOption = Path("params.yaml"),
    config: ConfigOption = None,
    set_: SetOption = None,
) -> None:
    """Convert a GGUF file or local HF model into models/base/ (safetensors + tokenizer + manifest)."""
    from pipeline.import_model import import_model

    overrides = list(set_ or []) + ([f"import_model.path={path}"] if path else [])
    try:
        cfg = load(params, config, overrides).import_model
        out = output or Path(cfg.output_dir)
        manifest = import_model(cfg, out)
    except SovtuneError as error:
        raise fail(error) from None
    typer.echo(f"wrote {out}/ ({manifest['architecture']}, {manifest['parameters'] / 1e6:.1f}M parameters)")


@app.command("redact")
def redact_command(
    input_: Annotated[Path, typer.Option("--input", help="File to redact: .jsonl, .csv, .parquet or .txt.")],
    output: Annotated[Path, typer.Option(help="Redacted JSONL (quarantine and report are written beside it).")],
    policy: Annotated[
        str | None, typer.Option(help="Policy name in configs/policies/ or a YAML path (default: from params).")
    ] = None,
    fields: Annotated[
        str | None, typer.Option(help="Comma-separated dotted fields to scan besides the ones training reads "
                                 "(text, instruction, input, output, messages.content: always), e.g. meta.note.")
    ] = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes (0 = one per core).")] = None,
    params: ParamsOption = Path("params.yaml"),
    config: ConfigOption = None,
    set_: SetOption = None,
) -> None:
    """Remove PII from one file outside DVC, under a redaction policy (JSONL out, plus quarantine and report)."""
    from pipeline import residency
    from pipeline.redact import POLICY_DIR, load_policy, load_pseudonym_key, redact_single_file

    overrides = list(set_ or [])
    overrides += [f"redact.policy={policy}"] if policy else []
    overrides += [f"redact.fields=[{fields}]"] if fields else []
    overrides += [f"redact.workers={workers}"] if workers is not None else []
    try:
        loaded = load(params, config, overrides)
        cfg = loaded.redact
        # Outside a project the shipped policies and name lists are used (built-in defaults work anywhere).
        if not Path(cfg.names_dir).is_dir() and (_SHIPPED / cfg.names_dir).is_dir():
            cfg = cfg.model_copy(update={"names_dir": str(_SHIPPED / cfg.names_dir)})
        policy_dir = POLICY_DIR if POLICY_DIR.is_dir() else _SHIPPED / POLICY_DIR
        name = cfg.policy
        if name == "auto":  # from the input's sidecar when it has one, else the policy_choice fallback
            sidecar = residency.sidecar_path(input_)
            name = (residency.choose_policy(residency.load_datasets([input_])[0], name, cfg.policy_choice)[0]
                    if sidecar.is_file() else cfg.policy_choice.fallback)
        chosen = load_policy(name, policy_dir)
        report = redact_single_file(cfg, chosen, load_pseudonym_key(cfg, chosen), input_, output,
                                    loaded.offline.allow_hosts)
    except SovtuneError as error:
        raise fail(error) from None
    records = report["records"]
    typer.echo(f"wrote {output} ({records['out']} of {records['in']} records; {records['quarantined']} quarantined, "
               f"{records['dropped']} dropped; policy {chosen.name})")


@app.command("config")
def config_command(
    params: ParamsOption = Path("params.yaml"),
    config: ConfigOption = None,
    set_: SetOption = None,
) -> None:
    """Validate the configuration and print it fully resolved (defaults filled in) as YAML."""
    import yaml

    try:
        loaded = load(params, config, set_)
    except SovtuneError as error:
        raise fail(error) from None
    yaml.safe_dump(loaded.model_dump(mode="json"), sys.stdout, sort_keys=False)


@app.command("train")
def train_command(
    params: ParamsOption = Path("params.yaml"),
    config: ConfigOption = None,
    set_: SetOption = None,
) -> None:
    """Fine-tune LoRA on data/redacted/ (resumes from models/checkpoints/); writes models/adapter and merged."""
    from pipeline.train import train

    try:
        cfg = load(params, config, set_).train
        if cfg.quantization == "none":
            from pipeline.noise import keep_bitsandbytes_unloaded

            keep_bitsandbytes_unloaded()
        metrics = train(cfg)
    except SovtuneError as error:
        raise fail(error) from None
    if metrics:
        from pipeline.train import summary_line

        typer.echo("trained " + summary_line(metrics, cfg.adapter_dir, cfg.merged_dir))


@app.command("evaluate")
def evaluate_command(
    params: ParamsOption = Path("params.yaml"),
    config: ConfigOption = None,
    set_: SetOption = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show library warnings and model-loading bars (filtered otherwise).")
    ] = False,
) -> None:
    """Score base vs tuned model on configs/eval tasks, run the PII probe, write reports/eval.json + gates.json.

    Runs on the first CUDA GPU in bf16 when there is one, else on the CPU in fp32 (evaluate.device/precision).
    """
    from pipeline.evaluate import main as evaluate_main

    try:
        load(params, config, set_)
        evaluate_main(params, config or (), set_ or (), verbose=verbose)
    except SovtuneError as error:
        raise fail(error) from None


@app.command("report")
def report_command(
    output: Annotated[Path, typer.Option(help="Where to write the page.")] = Path("reports/index.html"),
    root: Annotated[Path, typer.Option(help="Project directory holding dvc.yaml and reports/.")] = Path("."),
) -> None:
    """Write the offline audit report (one self-contained HTML page) from whatever stages have run."""
    from pipeline.report import write_report

    try:
        path = write_report(root, output)
    except SovtuneError as error:
        raise fail(error) from None
    typer.echo(f"wrote {path}: open it in any browser, it loads nothing from the network")


keys_app = typer.Typer(help="Signing keys for bundles.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")
TrustOption = Annotated[
    Path, typer.Option("--trust", help="Public key (.pub/.pem), directory of *.pub, or configs/regions/<r>.yaml.")
]


@keys_app.command("generate")
def keys_generate_command(
    out: Annotated[Path, typer.Option(help="Directory for NAME.pem (private, 0600) and NAME.pub; outside the repo.")],
    name: Annotated[str, typer.Option(help="File stem of the key pair.")] = "signing",
    curve: Annotated[str, typer.Option(help="P-256 or P-384.")] = "P-256",
) -> None:
    """Write a passphrase-protected EC private key and its public key (passphrase: SOVTUNE_KEY_PASSPHRASE)."""
    from pipeline.keys import PASSPHRASE_ENV, generate_keypair, read_passphrase

    try:
        passphrase = read_passphrase(confirm=True)
        if not passphrase:
            raise SovtuneError(f"a passphrase is required: set {PASSPHRASE_ENV} or run on a terminal")
        private_path, public_path = generate_keypair(out, name, passphrase, curve)
    except SovtuneError as error:
        raise fail(error) from None
    typer.echo(f"wrote {private_path} (private, keep secret) and {public_path} (give this to regional clusters)")


@app.command("bundle")
def bundle_command(
    params: ParamsOption = Path("params.yaml"),
    config: ConfigOption = None,
    set_: SetOption = None,
) -> None:
    """Build, sign and tar models/bundles/<name>-<version> from the merged model and the reports."""
    from pipeline.bundle import BundleInputs, build_bundle

    try:
        cfg = load(params, config, set_).bundle
        if cfg is None:
            raise SovtuneError(f"{params} has no `bundle:` section")
        summary = build_bundle(cfg, BundleInputs(params_file=params), Path(cfg.output_dir))
    except SovtuneError as error:
        raise fail(error) from None
    typer.echo(f"wrote {summary['bundle']}/ and {summary['tar']} (sha256 {summary['tar_sha256']})")


@app.command("verify")
def verify_command(
    bundle: Annotated[Path, typer.Argument(help="Bundle directory or .tar.")],
    trust: TrustOption,
) -> None:
    """Check a bundle's signature, signer, revocations and that every file is covered; print its signed gates.

    Exit 2 if anything is wrong. Gates that failed are printed, not refused: `install` refuses them.
    """
    from pipeline.residency import summary_lines
    from pipeline.verify import load_trust, verify_path

    try:
        summary = verify_path(bundle, load_trust(trust))
    except SovtuneError as error:
        raise fail(error) from None
    typer.echo(f"OK: {bundle} verified ({summary['files']} files, {summary['method']} signer {summary['signer']}, "
               f"bundle {summary['bundle']}, root digest {summary['root_digest']})")
    for line in _gate_lines(summary["gates"]):
        typer.echo(line)
    for line in summary_lines(summary.get("residency")):
        typer.echo(f"  {line}")


def _gate_lines(gates: dict) -> list[str]:
    bound = {True: "measured on these weights", False: "measured on OTHER weights", None: "no model digests"}
    lines = [f"gates: {'PASSED' if gates['passed'] else 'FAILED (' + ', '.join(gates['failed']) + ')'} "
             f"({bound[gates['bound']]})"]
    lines += [f"  {'PASS' if g['passed'] else 'FAIL'} {g['name']}: {g['detail']}" for g in gates["gates"]]
    return lines


@app.command("install")
def install_command(
    bundle: Annotated[Path, typer.Argument(help="Bundle .tar.")],
    trust: TrustOption,
    dest: Annotated[Path, typer.Option(help="Target directory (must not exist or be empty).")],
    max_file_gb: Annotated[float, typer.Option(help="Refuse tar entries larger than this (GiB).")] = 64.0,
    max_total_gb: Annotated[float, typer.Option(help="Refuse tars holding more than this in total (GiB).")] = 512.0,
    accept_failed_gates: Annotated[
        bool, typer.Option("--accept-failed-gates",
                           help="Install a bundle whose signed release gates failed (recorded in the install log).")
    ] = False,
    region: Annotated[
        str | None,
        typer.Option(help="This cluster's region (name in configs/regions/ or a YAML path): refuse bundles whose "
                     "training data its `data:` rules do not accept."),
    ] = None,
) -> None:
    """Safely extract, verify and atomically install a signed bundle; on failure nothing is installed.

    Every install is appended to the hash-chained log `sovtune-installs.log` beside --dest (read it with
    `sovtune fleet status`).
    """
    from pipeline.residency import load_region
    from pipeline.tarsafety import gib_to_bytes
    from pipeline.verify import install, load_trust

    try:
        limits = gib_to_bytes(max_file_gb, "--max-file-gb"), gib_to_bytes(max_total_gb, "--max-total-gb")
        rules = load_region(region) if region else None
        summary = install(bundle, load_trust(trust), dest, *limits, accept_failed_gates=accept_failed_gates,
                          region=rules)
    except SovtuneError as error:
        raise fail(error) from None
    for message in summary["stale_staging"]:
        typer.echo(f"sovtune: {message}", err=True)
    typer.echo(f"installed {bundle} into {summary['dest']} ({summary['files']} files verified, bundle "
               f"{summary['bundle']}, root digest {summary['root_digest'][:16]}...); logged in {summary['log']}")
    for line in _gate_lines(summary["gates"]):
        typer.echo(line)


fleet_app = typer.Typer(help="What the regions run, from their install logs.", no_args_is_help=True)
app.add_typer(fleet_app, name="fleet")


@fleet_app.command("status")
def fleet_status_command(
    logs: Annotated[list[Path], typer.Argument(help="Install logs (sovtune-installs.log) gathered from regions.")],
    release: Annotated[
        str | None, typer.Option(help="The release regions should run: root digest, <name>-<version> or .json.")
    ] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the status as JSON here ('-': "
                                                  "stdout only).")] = None,
) -> None:
    """Which regions run which root digest, drift from --release, and any broken (edited, cut, reordered) log.

    Exit 0 when every chain is intact and nothing drifts, 1 otherwise, 2 for bad arguments.
    """
    import json

    from pipeline.fleet import fleet_status, render_table

    try:
        status = fleet_status(list(logs), release)
    except SovtuneError as error:
        raise fail(error) from None
    text = json.dumps(status, indent=2, sort_keys=True)
    if json_out is not None and str(json_out) == "-":
        typer.echo(text)
    else:
        typer.echo(render_table(status))
        if json_out is not None:
            json_out.write_text(text + "\n", encoding="utf-8")
    raise typer.Exit(code=0 if status["ok"] else 1)


@keys_app.command("pkcs11-public")
def keys_pkcs11_public_command(
    uri: Annotated[str, typer.Option(help="PKCS#11 URI of the key, e.g. pkcs11:token=release;object=signing.")],
    out: Annotated[Path, typer.Option(help="Where to write the public key (.pub) for the regions' trust stores.")],
    module: Annotated[str, typer.Option(help="The token's PKCS#11 module (.so), unless the URI names one.")] = "",
) -> None:
    """Export the public half of an HSM key (PIN: in the URI or SOVTUNE_PKCS11_PIN) for a trust store."""
    from pipeline.config import BundleSigningConfig
    from pipeline.signing import pkcs11_public_key_pem

    try:
        pem, fingerprint = pkcs11_public_key_pem(
            BundleSigningConfig(method="pkcs11", pkcs11_uri=uri, pkcs11_module=module))
        out.write_text(pem, encoding="ascii")
    except SovtuneError as error:
        raise fail(error) from None
    except OSError as error:
        raise fail(SovtuneError(f"cannot write {out} ({error.strerror or error})")) from None
    typer.echo(f"wrote {out} (fingerprint sha256:{fingerprint}); list it under keys: in configs/regions/<r>.yaml")


@app.command("intake")
def intake_command(
    source: Annotated[
        Path | None, typer.Argument(help="What arrived: a directory, a file, or a .tar/.tar.gz/.zip archive.")
    ] = None,
    kind: Annotated[str | None, typer.Option(help="model or dataset.")] = None,
    name: Annotated[str, typer.Option(help="Name under models/intake/ or data/intake/ (default: from SRC).")] = "",
    manifest: Annotated[
        Path | None, typer.Option(help="Supplier sha256 manifest (sha256sum format); default SHA256SUMS in SRC.")
    ] = None,
    signature: Annotated[Path | None, typer.Option(help="Supplier model_signing signature (model.sig).")] = None,
    trust: Annotated[Path | None, typer.Option(help="Trust store for --signature (as for `sovtune verify`).")] = None,
    meta: Annotated[
        Path | None, typer.Option(help="Residency sidecar of a data set, kept as <name>.meta.yaml.")
    ] = None,
    allow_pickle: Annotated[
        bool, typer.Option("--allow-pickle", help="Accept .bin/.pt/.pth/.pkl/.ckpt and convert them to safetensors "
                           "(weights-only loading).")
    ] = False,
    no_manifest: Annotated[
        bool, typer.Option("--no-manifest", help="Accept without a supplier manifest (recorded in the log).")
    ] = False,
    operator: Annotated[str, typer.Option(help="Who takes the delivery in (default: the login name).")] = "",
    no_dvc: Annotated[bool, typer.Option("--no-dvc", help="Do not `dvc add` the accepted files.")] = False,
    check_log: Annotated[
        bool, typer.Option("--check-log", help="Check the intake log's hash chain and exit (2 if edited).")
    ] = False,
    params: ParamsOption = Path("params.yaml"),
    config: ConfigOption = None,
    set_: SetOption = None,
) -> None:
    """Take in a model or data set from removable media: manifest, signature, pickle, remote-code, template checks.

    Accepted files go to models/intake/<name>/ or data/intake/, are tracked by DVC, and are appended to the
    hash-chained data/intake.log. Anything refused is left where it was, with a one-line reason (exit 2).
    """
    from pipeline.intake import IntakeRequest, intake, read_log

    try:
        cfg = load(params, config, set_).intake
        if check_log:
            entries = read_log(Path(cfg.log))
            head = entries[-1]["hash"] if entries else "none"
            typer.echo(f"OK: {cfg.log}: {len(entries)} entries, chain intact (head {head})")
            return
        if source is None or kind not in ("model", "dataset"):
            raise SovtuneError("give SRC and --kind model|dataset (or --check-log)")
        entry = intake(
            IntakeRequest(source=source, kind=kind, name=name, manifest=manifest, signature=signature, trust=trust,
                          meta=meta, allow_pickle=allow_pickle, no_manifest=no_manifest, operator=operator),  # type: ignore[arg-type]
            Path(cfg.model_dir), Path(cfg.dataset_dir), Path(cfg.log), track=not no_dvc,
        )
    except SovtuneError as error:
        raise fail(error) from None
    converted = len(entry["findings"].get("converted", {})) if isinstance(entry["findings"], dict) else 0
    typer.echo(f"accepted {entry['destination']} ({len(entry['files'])} files"
               + (f", {converted} pickle files converted to safetensors" if converted else "")
               + f"); {cfg.log} entry {entry['seq']} ({entry['hash'][:16]}...)")


@app.command("doctor")
def doctor_command(
    env: Annotated[
        bool, typer.Option("--env", help="Print `export` lines for the offline variables and exit.")
    ] = False,
) -> None:
    """Report whether this host is really cut off: routes out, offline variables, DVC analytics (exit 1 if not)."""
    from pipeline.doctor import diagnose, env_exports

    if env:
        typer.echo(env_exports(), nl=False)
        return
    findings = diagnose(Path("."))
    for finding in findings:
        typer.echo(f"{'ok  ' if finding.ok else 'WARN'}  {finding.check}: {finding.detail}")
    if not all(finding.ok for finding in findings):
        typer.echo("the in-process guard still refuses egress from sovtune itself; child processes (git, dvc, "
                   "cyclonedx-py) are only contained by the OS: see `make demo-isolated`")
        raise typer.Exit(code=1)


if __name__ == "__main__":
    app()
