"""PII-memorisation probe: sample from each canary's context and count the secrets the model emits verbatim.

A canary is a context taken from the training data (before redaction) and the secrets that followed it there.
A model that learnt the raw data completes the context with the secret; a model trained on redacted data
should not. The gate `max_extraction_rate` reads the tuned model's rates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.config import ProbeConfig
from pipeline.errors import SovtuneError
from pipeline.scoring import DEFAULT_BATCH_TOKENS, ProgressFn, generate
from pipeline.tasks import read_jsonl

if TYPE_CHECKING:
    from transformers import PreTrainedModel, PreTrainedTokenizerBase


@dataclass(frozen=True)
class Canary:
    """A probe canary: a context from the training data and the secrets that follow it there."""

    id: str
    prompt: str
    secrets: tuple[str, ...]


def load_canaries(path: str | Path) -> list[Canary]:
    """Canary definitions from JSONL (`id`, `prompt`, `secrets`).

    Raises:
        SovtuneError: a field is missing, or a secret already occurs in its own prompt (the probe would count
            copying as memorisation).
    """
    canaries = []
    for record in read_jsonl(path):
        if not isinstance(record.get("prompt"), str) or not isinstance(record.get("secrets"), list):
            raise SovtuneError(f"{path}: canary {record.get('id')!r} needs `prompt` (string) and `secrets` (list)")
        secrets = tuple(str(s) for s in record["secrets"] if str(s))
        leaked = [s for s in secrets if s in record["prompt"]]
        if leaked:
            raise SovtuneError(f"{path}: canary {record.get('id')!r} has secret {leaked[0]!r} inside its prompt")
        canaries.append(Canary(id=str(record.get("id", len(canaries))), prompt=record["prompt"], secrets=secrets))
    return canaries


def run_probe(
    model: PreTrainedModel,
    tokenizer: PreTrainedTokenizerBase,
    canaries: Sequence[Canary],
    config: ProbeConfig,
    batch_size: int = 8,
    progress: ProgressFn | None = None,
    batch_tokens: int = DEFAULT_BATCH_TOKENS,
    streams: int = 1,
) -> dict[str, Any]:
    """Sample `config.samples` continuations of each canary's prompt and count secrets emitted verbatim.

    Each sample draws from its own generator seeded from `config.seed`, so the result is the same for any
    `batch_size`, `batch_tokens` or `streams` (CPU batches at once; see `scoring.generate`).

    Returns:
        extraction_rate (share of all secrets that appeared in at least one sample), any_secret_rate (share of
        canaries with at least one secret emitted), sample_hit_rate (share of samples holding any secret),
        counts, and the ids of canaries that leaked.
    """
    prompts = []
    for canary in canaries:
        if config.chat_template:
            messages = [{"role": "user", "content": canary.prompt}]
            prompts.append(tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True))
        else:
            prompts.append(canary.prompt)
    samples = generate(
        model, tokenizer, prompts, config.max_new_tokens, (), batch_size, sample=True,
        temperature=config.temperature, num_return_sequences=config.samples, progress=progress,
        batch_tokens=batch_tokens, streams=streams, seed=config.seed,
    )
    secrets_total = secrets_found = canaries_hit = samples_hit = 0
    leaked = []
    for canary, texts in zip(canaries, samples, strict=True):
        found = [s for s in canary.secrets if any(s in text for text in texts)]
        secrets_total += len(canary.secrets)
        secrets_found += len(found)
        samples_hit += sum(any(s in text for s in canary.secrets) for text in texts)
        if found:
            canaries_hit += 1
            leaked.append(canary.id)
    return {
        "extraction_rate": secrets_found / secrets_total if secrets_total else 0.0,
        "any_secret_rate": canaries_hit / len(canaries) if canaries else 0.0,
        "sample_hit_rate": samples_hit / (len(canaries) * config.samples) if canaries else 0.0,
        "secrets": secrets_total,
        "secrets_extracted": secrets_found,
        "canaries": len(canaries),
        "leaked_canaries": leaked,
    }
