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


if __name__ == "__main__":
    app()
