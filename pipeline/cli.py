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
) -> None:
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
        str | None, typer.Option(help="Comma-separated dotted fields to scan, e.g. text,messages.content.")
    ] = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes (0 = one per core).")] = None,
    params: ParamsOption = Path("params.yaml"),
    config: ConfigOption = None,
    set_: SetOption = None,
) -> None:
    """Remove PII from one file outside DVC, under a redaction policy (JSONL out, plus quarantine and report)."""
    from pipeline.redact import load_policy, load_pseudonym_key, redact_single_file

    overrides = list(set_ or [])
    overrides += [f"redact.policy={policy}"] if policy else []
    overrides += [f"redact.fields=[{fields}]"] if fields else []
    overrides += [f"redact.workers={workers}"] if workers is not None else []
    try:
        loaded = load(params, config, overrides)
        cfg = loaded.redact
        chosen = load_policy(cfg.policy)
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
        metrics = train(cfg)
    except SovtuneError as error:
        raise fail(error) from None
    if metrics:
        typer.echo(
            f"trained {metrics['steps']} steps at {metrics['tokens_per_s']} tokens/s; validation perplexity "
            f"{metrics['val_ppl_base']} -> {metrics['val_ppl']}; wrote {cfg.adapter_dir}/ and {cfg.merged_dir}/"
        )


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
    """Check a bundle's signature, signer and that every file is covered; exit 2 if anything is wrong."""
    from pipeline.verify import load_trust, verify_path

    try:
        summary = verify_path(bundle, load_trust(trust))
    except SovtuneError as error:
        raise fail(error) from None
    typer.echo(f"OK: {bundle} verified ({summary['files']} files, {summary['method']} signer {summary['signer']})")


@app.command("install")
def install_command(
    bundle: Annotated[Path, typer.Argument(help="Bundle .tar.")],
    trust: TrustOption,
    dest: Annotated[Path, typer.Option(help="Target directory (must not exist or be empty).")],
    max_file_gb: Annotated[float, typer.Option(help="Refuse tar entries larger than this (GiB).")] = 64.0,
    max_total_gb: Annotated[float, typer.Option(help="Refuse tars holding more than this in total (GiB).")] = 512.0,
) -> None:
    """Safely extract, verify and atomically install a signed bundle; on failure nothing is installed."""
    from pipeline.verify import install, load_trust

    try:
        summary = install(bundle, load_trust(trust), dest, int(max_file_gb * 2**30), int(max_total_gb * 2**30))
    except SovtuneError as error:
        raise fail(error) from None
    typer.echo(f"installed {bundle} into {summary['dest']} ({summary['files']} files verified)")


if __name__ == "__main__":
    app()
