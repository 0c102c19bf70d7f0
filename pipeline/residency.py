"""Data residency: each dataset's sidecar, each region's data rules, and the checks between them.

A dataset `data/raw/<name>.jsonl` (or .csv/.parquet/.txt) travels with `data/raw/<name>.meta.yaml`, validated like
params.yaml (`DatasetMeta`): where it was collected (ISO 3166), under which legal basis, for what purpose, until
when it may be kept, which regions may receive models trained on it, and whether it holds special-category data.
A region file `configs/regions/<region>.yaml` lists, besides its trusted signers, a `data:` block (`RegionRules`)
with the jurisdictions and legal bases it accepts and the redaction policy each jurisdiction requires.

`redact` checks all of it before any work and writes the residency record (reports/residency.json, no time or
host in it); the bundle carries the record, `sovtune verify` prints it and `sovtune install --region R` refuses a
bundle whose data R does not accept. Every refusal is one line naming the file, the field or rule, and the region.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError, field_validator

from pipeline import safe_yaml
from pipeline.config import PolicyChoice, StrictModel
from pipeline.errors import ConfigError, SovtuneError
from pipeline.provenance import sha256_file

SIDECAR_SUFFIX = ".meta.yaml"
RECORD_IN_BUNDLE = "reports/residency.json"

# ISO 3166-1 alpha-2, officially assigned codes (249).
_ISO_3166_TEXT = (
    """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
    CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO
    FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE
    JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO
    MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW
    PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM
    TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
    """
)
ISO_3166 = frozenset(_ISO_3166_TEXT.split())
_EU_TEXT = (
    """
    AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE
    """
)
EU = frozenset(_EU_TEXT.split())
EEA = EU | {"IS", "LI", "NO"}
GROUPS = {"EU": EU, "EEA": EEA}
_CODE = re.compile(r"^(?P<country>[A-Z]{2})(-[A-Z0-9]{1,3})?$")  # alpha-2, or an ISO 3166-2 subdivision (ES-CT)
_REGION = re.compile(r"^[A-Za-z0-9_.-]+$")


def _check_code(value: str) -> str:
    match = _CODE.match(value)
    if not match or match["country"] not in ISO_3166:
        raise ValueError(f"{value!r} is not an ISO 3166 code (alpha-2 such as SE, DE, US, or a subdivision such "
                         "as ES-CT)")
    return value


def _check_key(value: str) -> str:
    return value if value in GROUPS or value == "*" else _check_code(value)


def _specificity(code: str) -> list[str]:
    """Keys that may match `code`, most specific first: the code, its country, EU, EEA, *."""
    country = code[:2]
    keys = [code] + ([country] if country != code else [])
    keys += [name for name, members in GROUPS.items() if country in members]
    return keys + ["*"]


def lookup(table: dict[str, str], code: str) -> tuple[str, str] | None:
    """(matching key, value) of the most specific entry of `table` for jurisdiction `code`, else None."""
    for key in _specificity(code):
        if key in table:
            return key, table[key]
    return None


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


class DatasetMeta(StrictModel):
    """A dataset's residency sidecar `<name>.meta.yaml`, beside the dataset file."""

    jurisdiction: str = Field(description="Where the data was collected: ISO 3166-1 alpha-2 (SE) or 3166-2 (ES-CT).")
    legal_basis: str = Field(min_length=3, description="Legal basis of the processing, e.g. `GDPR Art. 6(1)(f)`.")
    purpose: str = Field(min_length=3, description="Purpose the data may be used for (recorded in the model card).")
    retain_until: dt.date = Field(description="Last day the data may be kept and used (YYYY-MM-DD).")
    allowed_regions: tuple[str, ...] = Field(
        min_length=1, description="Regions (configs/regions/<region>.yaml) that may receive models trained on it."
    )
    special_category: bool = Field(
        description="Holds special-category data (GDPR Art. 9: health, religion, ...; HIPAA PHI). Required: no "
        "default, so the flag is always a decision."
    )
    redaction_policy: str = Field(
        default="", description="Policy to redact it with (configs/policies/<name>); empty: chosen by redact."
    )
    controller: str = Field(default="", description="Who is responsible for the data (informative).")

    @field_validator("jurisdiction")
    @classmethod
    def _code(cls, value: str) -> str:
        return _check_code(value)

    @field_validator("allowed_regions")
    @classmethod
    def _region_names(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        bad = [name for name in value if not _REGION.match(name)]
        if bad:
            raise ValueError(f"region names are letters, digits, _ . - (got {bad[0]!r})")
        return value


class RegionRules(StrictModel):
    """The `data:` block of configs/regions/<region>.yaml: which training data the region accepts."""

    jurisdictions: tuple[str, ...] = Field(
        description="Accepted source jurisdictions: ISO 3166 codes, `EU`, `EEA`, or `*` for any."
    )
    legal_bases: tuple[str, ...] = Field(
        description="Accepted legal bases (compared ignoring case and spacing), or `*` for any."
    )
    special_category: bool = Field(default=False, description="Whether special-category datasets are accepted.")
    policies: dict[str, str] = Field(
        default_factory=dict,
        description="Required redaction policy (its `name`) per jurisdiction key (code, EU, EEA or *); a "
        "jurisdiction no key matches has no requirement.",
    )

    @field_validator("jurisdictions")
    @classmethod
    def _keys(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(_check_key(v) for v in value)

    @field_validator("policies")
    @classmethod
    def _policy_keys(cls, value: dict[str, str]) -> dict[str, str]:
        for key in value:
            _check_key(key)
        return value


def _one_line(error: ValidationError, source: Path) -> str:
    parts = []
    for item in error.errors()[:3]:
        where = ".".join(str(k) for k in item["loc"]) or "(top level)"
        message = "missing" if item["type"] == "missing" else item["msg"].removeprefix("Value error, ")
        parts.append(f"{where}: {message}")
    return safe_yaml.clip(f"{source}: " + "; ".join(parts), 600)


def sidecar_path(dataset: Path) -> Path:
    return dataset.with_name(dataset.stem + SIDECAR_SUFFIX)


def load_sidecar(dataset: Path, today: dt.date) -> DatasetMeta:
    """The validated, unexpired sidecar of `dataset`.

    Raises:
        SovtuneError: one line naming the sidecar file and the missing, bad or expired field.
    """
    path = sidecar_path(dataset)
    if not path.is_file():
        raise SovtuneError(f"{dataset}: no residency sidecar {path}; write one with jurisdiction, legal_basis, "
                           "purpose, retain_until, allowed_regions, special_category (README: Your own model and data)")
    data = safe_yaml.load_file(path)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of fields (jurisdiction, legal_basis, ...)")
    try:
        meta = DatasetMeta.model_validate(data)
    except ValidationError as error:
        raise ConfigError(_one_line(error, path)) from None
    if meta.retain_until < today:
        raise SovtuneError(f"{path}: retain_until {meta.retain_until} has passed (today {today}): the dataset may no "
                           "longer be used; remove it from the input directory or renew its retention")
    return meta


@dataclass(frozen=True)
class Dataset:
    """One input file with its sidecar."""

    file: Path
    meta: DatasetMeta

    @property
    def name(self) -> str:
        """The path relative to the working directory, else the file name: no machine paths in the evidence."""
        return _display(self.file)


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.name


def load_datasets(files: Sequence[Path], today: dt.date | None = None) -> list[Dataset]:
    """Every input file with its validated sidecar; the first bad one stops the run (before any work)."""
    today = today or dt.datetime.now(dt.UTC).date()
    return [Dataset(file, load_sidecar(file, today)) for file in files]


def choose_policy(dataset: Dataset, configured: str, choice: PolicyChoice) -> tuple[str, str]:
    """(policy name or path, how it was chosen) for one dataset.

    A policy named in params (`redact.policy` other than auto) applies to every dataset; otherwise the sidecar's
    `redaction_policy`; otherwise `choice` by jurisdiction, with its special-category table first when flagged.
    """
    if configured != "auto":
        return configured, "redact.policy"
    if dataset.meta.redaction_policy:
        return dataset.meta.redaction_policy, "sidecar"
    code = dataset.meta.jurisdiction
    if dataset.meta.special_category and (found := lookup(choice.special_category, code)):
        return found[1], f"redact.policy_choice.special_category.{found[0]}"
    if found := lookup(choice.jurisdictions, code):
        return found[1], f"redact.policy_choice.jurisdictions.{found[0]}"
    return choice.fallback, "redact.policy_choice.fallback"


def choose_run_policy(datasets: Sequence[Dataset], configured: str, choice: PolicyChoice) -> tuple[str, str]:
    """The one policy this run redacts with; refuses datasets that would need different ones."""
    chosen = {d.name: choose_policy(d, configured, choice) for d in datasets}
    names = {policy for policy, _ in chosen.values()}
    if len(names) > 1:
        listing = ", ".join(f"{name}: {policy}" for name, (policy, _) in sorted(chosen.items()))
        raise SovtuneError(f"datasets need different redaction policies ({listing}); redact them in separate runs, "
                           "or name one policy for all with redact.policy (the regions' rules still apply)")
    if not chosen:
        return configured, "redact.policy"
    return next(iter(chosen.values()))


@dataclass(frozen=True)
class Region:
    """A target region: its name, file and data rules."""

    name: str
    file: Path
    rules: RegionRules


def region_file(region: str, regions_dir: str | Path) -> Path:
    return Path(region) if region.endswith((".yaml", ".yml")) else Path(regions_dir) / f"{region}.yaml"


def load_region(region: str, regions_dir: str | Path = "configs/regions") -> Region:
    """A region by name (configs/regions/<name>.yaml) or by file path, with its `data:` rules.

    Raises:
        SovtuneError: the file is missing, has no `data:` block (such a region accepts no data), or is invalid.
    """
    path = region_file(region, regions_dir)
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in Path(regions_dir).glob("*.yaml"))) or "none"
        raise SovtuneError(f"region {region!r}: {path} not found (regions in {regions_dir}: {known})")
    data = safe_yaml.load_file(path)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping (region, keys, data)")
    name = str(data.get("region") or path.stem)
    if not isinstance(data.get("data"), dict):
        raise SovtuneError(f"{path}: no `data:` rules (jurisdictions, legal_bases, policies), so region {name} "
                           "accepts no training data; add them")
    try:
        rules = RegionRules.model_validate(data["data"])
    except ValidationError as error:
        raise ConfigError(_one_line(error, path).replace(f"{path}: ", f"{path}: data.", 1)) from None
    return Region(name, path, rules)


def violations(meta: DatasetMeta, policy_name: str, region: Region) -> list[str]:
    """Why `region` refuses a dataset with sidecar `meta` redacted under `policy_name` (empty: accepted)."""
    rules, where, found = region.rules, region.file, []
    if region.name not in meta.allowed_regions:
        found.append(f"rule sidecar allowed_regions: [{', '.join(meta.allowed_regions)}] does not include "
                     f"{region.name}")
    code = meta.jurisdiction
    if not any(key in rules.jurisdictions for key in _specificity(code)):
        found.append(f"rule {where} data.jurisdictions: accepts [{', '.join(rules.jurisdictions)}], the data is "
                     f"from {code}")
    bases = {_normal(b) for b in rules.legal_bases}
    if "*" not in bases and _normal(meta.legal_basis) not in bases:
        found.append(f"rule {where} data.legal_bases: {meta.legal_basis!r} is not accepted")
    if meta.special_category and not rules.special_category:
        found.append(f"rule {where} data.special_category: special-category data is not accepted")
    required = lookup(rules.policies, code)
    if required and required[1] != policy_name:
        found.append(f"rule {where} data.policies.{required[0]}: requires redaction policy {required[1]}, the data "
                     f"was redacted with {policy_name}")
    return found


def check_regions(datasets: Sequence[Dataset], policy_name: str, regions: Sequence[Region]) -> None:
    """Refuse (one line) when any target region does not accept any dataset."""
    for region in regions:
        for dataset in datasets:
            found = violations(dataset.meta, policy_name, region)
            if found:
                raise SovtuneError(f"dataset {dataset.name} is not allowed in region {region.name}: "
                                   + "; ".join(found))


def check_dirs(inputs: dict[str, Path], outputs: dict[str, Path]) -> None:
    """Refuse outputs that equal, contain or lie inside an input directory (a stage must never write over inputs).

    Args:
        inputs: {setting name: input directory}.
        outputs: {setting name: output directory or file}.
    """
    for in_name, in_path in inputs.items():
        source = in_path.resolve()
        for out_name, out_path in outputs.items():
            target = out_path.resolve()
            if target == source or source.is_relative_to(target) or target.is_relative_to(source):
                relation = ("is" if target == source else "contains" if source.is_relative_to(target)
                            else "lies inside")
                raise SovtuneError(f"{out_name} {out_path} {relation} {in_name} {in_path}: outputs must never overlap "
                                   "inputs (a run would delete or overwrite files it did not create); choose another "
                                   f"{out_name}")


def record(datasets: Sequence[Dataset], policy: dict[str, str], regions: Sequence[Region]) -> dict[str, Any]:
    """The residency record (reports/residency.json): deterministic, no time, host or absolute path."""
    return {
        "datasets": [
            {
                "file": d.name,
                "sha256": sha256_file(d.file),
                "sidecar": _display(sidecar_path(d.file)),
                "sidecar_sha256": sha256_file(sidecar_path(d.file)),
                **d.meta.model_dump(mode="json", exclude={"redaction_policy"}),
                "redaction_policy": policy,
            }
            for d in datasets
        ],
        "regions": {r.name: {"file": _display(r.file), "sha256": sha256_file(r.file), "accepted": True}
                    for r in regions},
    }


def read_record(path: str | Path) -> dict[str, Any] | None:
    """A residency record from a file, or None when absent."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise SovtuneError(f"{path}: not valid JSON ({error})") from None
    return data if isinstance(data, dict) else None


def check_bundle(bundle_dir: Path, region: Region) -> None:
    """Refuse a (verified) bundle whose residency record the region does not accept, or that has none."""
    data = read_record(bundle_dir / RECORD_IN_BUNDLE)
    if not data or not data.get("datasets"):
        raise SovtuneError(f"bundle {bundle_dir.name} carries no residency record ({RECORD_IN_BUNDLE}); region "
                           f"{region.name} accepts only bundles that say where their data comes from")
    for entry in data["datasets"]:
        try:
            meta = DatasetMeta.model_validate({k: entry.get(k) for k in DatasetMeta.model_fields if k in entry
                                               and k != "redaction_policy"})
        except ValidationError as error:
            raise SovtuneError(_one_line(error, Path(RECORD_IN_BUNDLE))) from None
        policy = str((entry.get("redaction_policy") or {}).get("name", ""))
        found = violations(meta, policy, region)
        if found:
            raise SovtuneError(f"region {region.name} refuses bundle {bundle_dir.name}: dataset {entry.get('file')} "
                               + "; ".join(found))


def summary_lines(data: dict[str, Any] | None) -> list[str]:
    """Human-readable lines of a residency record (for `sovtune verify` and the model card)."""
    if not data:
        return ["residency: no record in this bundle"]
    lines = []
    for entry in data.get("datasets", []):
        policy = entry.get("redaction_policy") or {}
        lines.append(
            f"dataset {entry.get('file')}: sha256 {entry.get('sha256')}, jurisdiction {entry.get('jurisdiction')}, "
            f"legal basis {entry.get('legal_basis')!r}, purpose {entry.get('purpose')!r}, retain until "
            f"{entry.get('retain_until')}, special category {'yes' if entry.get('special_category') else 'no'}, "
            f"regions [{', '.join(entry.get('allowed_regions', []))}], redaction policy {policy.get('name')} "
            f"(sha256 {policy.get('digest')})"
        )
    regions = data.get("regions") or {}
    lines.append(f"checked against regions: {', '.join(sorted(regions)) or 'none'}")
    return lines


def demo_sidecar() -> dict[str, Any]:
    """The sidecar `prepare` writes beside each demo file: CC-BY FAQ text plus synthetic (fake) personal data."""
    return {
        "jurisdiction": "SE",  # Zaragoza AB's Swedish construction FAQ
        "legal_basis": "CC-BY-4.0 licence; personal data synthetic",
        "purpose": "sovtune demo: fine-tune a construction FAQ assistant",
        "retain_until": dt.date(2099, 12, 31),
        "allowed_regions": ["demo"],
        "special_category": False,
        # The fake people need no pseudonym key: the placeholder policy keeps `make demo` free of secrets.
        "redaction_policy": "default",
        "controller": "sovtune demo (data: Zaragoza AB, CC BY 4.0)",
    }


def provenance_dependencies(data: dict[str, Any] | None) -> list[dict[str, Any]]:
    """SLSA resolvedDependencies entries for the raw datasets, annotated with their residency."""
    entries = []
    for entry in (data or {}).get("datasets", []):
        policy = entry.get("redaction_policy") or {}
        annotations = {k: entry.get(k) for k in ("jurisdiction", "legal_basis", "purpose", "retain_until",
                                                 "special_category", "allowed_regions", "controller")}
        entries.append({"name": entry.get("file"), "digest": {"sha256": entry.get("sha256")},
                        "annotations": {"kind": "raw training data", **annotations,
                                        "redaction_policy": policy.get("name"),
                                        "redaction_policy_sha256": policy.get("digest")}})
    return entries


def card_section(data: dict[str, Any] | None) -> str:
    """The model card's residency section (Markdown)."""
    lines = ["## Data residency", ""]
    if not data or not data.get("datasets"):
        return "\n".join(lines + ["No residency record: regions that require one (`sovtune install --region`) "
                                  "refuse this bundle.", ""])
    lines += ["| dataset | sha256 | jurisdiction | legal basis | purpose | retain until | special category | "
              "regions | redaction policy (sha256) |", "|---|---|---|---|---|---|---|---|---|"]
    for entry in data["datasets"]:
        policy = entry.get("redaction_policy") or {}
        lines.append(
            f"| `{entry.get('file')}` | `{entry.get('sha256')}` | {entry.get('jurisdiction')} | "
            f"{entry.get('legal_basis')} | {entry.get('purpose')} | {entry.get('retain_until')} | "
            f"{'yes' if entry.get('special_category') else 'no'} | {', '.join(entry.get('allowed_regions', []))} | "
            f"{policy.get('name')} (`{policy.get('digest')}`) |"
        )
    regions = ", ".join(sorted(data.get("regions") or {})) or "none"
    return "\n".join(lines + ["", f"Checked against the rules of regions: {regions}.", ""])
