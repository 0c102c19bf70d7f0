"""What the train stage writes: the dvclive log (or the same files without dvclive), the adapter with its model
card, and the base model's identity (by name and digest, never by path)."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

from pipeline.config import TrainConfig
from pipeline.errors import SovtuneError
from pipeline.provenance import directory_digests, sha256_file, write_json

RUN_INFO = "run_info.json"


def log_row(live: Any, row: dict[str, float]) -> None:
    live.step = int(row["step"])
    for name, value in row.items():
        if name != "step":
            live.log_metric(name, value)


class _PlainLive:
    """The files dvclive writes (plots/metrics/<name>.tsv, metrics.json), for machines without dvclive.

    sovtune installs dvclive; a bare GPU node (benchmarks/gpu_check.py) may not have it.
    """

    def __init__(self, directory: str) -> None:
        self.dir, self.step, self.summary = Path(directory), 0, {}
        shutil.rmtree(self.dir / "plots", ignore_errors=True)

    def log_metric(self, name: str, value: float) -> None:
        path = self.dir / "plots" / "metrics" / f"{name}.tsv"
        path.parent.mkdir(parents=True, exist_ok=True)
        new = not path.is_file()
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(("step\t" + name.split("/")[-1] + "\n" if new else "") + f"{self.step}\t{value}\n")
        self.summary[name] = value

    def make_summary(self) -> None:
        write_json(self.dir / "metrics.json", {"step": self.step, **self.summary})

    def end(self) -> None:
        self.make_summary()


def open_live(report_dir: str) -> Any:
    """dvclive logger for loss, lr, tokens/s, MFU and grad norm (files only; nothing is sent anywhere)."""
    try:
        from dvclive import Live
        from scmrepo.exceptions import SCMError
    except ImportError:
        return _PlainLive(report_dir)

    try:
        return Live(dir=report_dir, dvcyaml=None, save_dvc_exp=False)
    except SCMError as error:  # dvclive reads HEAD and fails in a git repository without commits
        raise SovtuneError(
            f"dvclive cannot log in this git repository ({error}): commit once (`git add -A && git commit`) "
            "or run outside git"
        ) from error


def base_identity(base_dir: Path) -> dict[str, str]:
    """Base model recorded by name and digest (never by path): the import manifest when there is one."""
    manifest = base_dir / "manifest.json"
    if manifest.is_file():
        return {"name": json.loads(manifest.read_text())["name"], "manifest_sha256": sha256_file(manifest)}
    digest = hashlib.sha256(json.dumps(directory_digests(base_dir), sort_keys=True).encode()).hexdigest()
    return {"name": base_dir.name, "files_sha256": digest}


def rounded(value: Any) -> str:
    """A perplexity (or similar) for people: one decimal, "n/a" when missing."""
    return "n/a" if value is None else f"{value:.1f}"


def _model_card(base: dict[str, str], config: TrainConfig, metrics: dict[str, Any], record: dict[str, Any]) -> str:
    digest = base.get("manifest_sha256") or base.get("files_sha256", "")
    merge = (
        "the dequantized NF4 weights the adapter was trained against" if record.get("merge_base") == "nf4-dequantized"
        else "the original base weights"
    )
    quantized = "QLoRA: NF4 base, double quantisation" if record.get("quantization") else "LoRA"
    return (
        f"# LoRA adapter for {base['name']}\n\n"
        f"Trained by sovtune (stage `train`) on redacted data. Base model: `{base['name']}` "
        f"(digest sha256:{digest}).\n\n"
        f"- LoRA r={config.lora.r}, alpha={config.lora.alpha}, dropout={config.lora.dropout}, "
        f"targets={config.lora.target_modules}, DoRA={config.lora.use_dora}, rsLoRA={config.lora.use_rslora}\n"
        f"- {quantized}; base weights in {record.get('base_dtype')}, computed in {record.get('compute_dtype')}\n"
        f"- steps={metrics.get('steps')}, validation perplexity {rounded(metrics.get('val_ppl_base'))} -> "
        f"{rounded(metrics.get('val_ppl'))}\n"
        f"- merged model: {merge}, saved in {record.get('merge_dtype')} (training.json `merge_base`)\n\n"
        "Load: `PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(<base dir>), <this dir>)`.\n"
    )


def save_adapter(
    model: Any, directory: Path, base: dict[str, str], config: TrainConfig, info: dict[str, Any],
    weights: dict[str, Any] | None = None,
) -> None:
    """Save the PEFT adapter with the base recorded by name (peft writes the absolute base path by default).

    Args:
        weights: the gathered full trainable state (distributed runs; the model itself holds only shards).
    """
    from pipeline.modeling import TRAINING_FILE

    staging = directory.with_name(directory.name + ".staging")
    shutil.rmtree(staging, ignore_errors=True)
    if weights is None:
        model.save_pretrained(staging, safe_serialization=True)
    else:
        model.save_pretrained(staging, safe_serialization=True, state_dict=weights)
    adapter_config = json.loads((staging / "adapter_config.json").read_text(encoding="utf-8"))
    adapter_config["base_model_name_or_path"] = base["name"]
    if isinstance(adapter_config.get("target_modules"), list):  # peft stores a set: order varies between runs
        adapter_config["target_modules"] = sorted(adapter_config["target_modules"])
    write_json(staging / "adapter_config.json", adapter_config)
    (staging / "README.md").write_text(_model_card(base, config, info["metrics"], info["training"]), encoding="utf-8")
    write_json(staging / RUN_INFO, info)
    write_json(staging / TRAINING_FILE, info["training"])
    shutil.rmtree(directory, ignore_errors=True)
    staging.rename(directory)
