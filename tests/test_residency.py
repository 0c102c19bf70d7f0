"""Residency: sidecars, region rules, policy choice, the input/output guard and the refusals of redact/install."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from pipeline import residency
from pipeline.config import PolicyChoice
from pipeline.errors import SovtuneError

from .conftest import ROOT

TODAY = dt.date(2026, 12, 1)
GOOD = {
    "jurisdiction": "DE",
    "legal_basis": "GDPR Art. 6(1)(f)",
    "purpose": "support assistant for our customers",
    "retain_until": "2028-06-30",
    "allowed_regions": ["eu-central"],
    "special_category": False,
}
EU_REGION = {
    "region": "eu-central",
    "keys": [],
    "data": {
        "jurisdictions": ["EEA", "CH"],
        "legal_bases": ["GDPR Art. 6(1)(a)", "GDPR Art. 6(1)(f)"],
        "special_category": False,
        "policies": {"EEA": "eu-gdpr"},
    },
}


def _dataset(directory: Path, name: str = "mine", meta: dict | None = GOOD, text: str = "Hello there\n") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.jsonl"
    path.write_text(json.dumps({"id": "1", "text": text}) + "\n", encoding="utf-8")
    if meta is not None:
        (directory / f"{name}.meta.yaml").write_text(yaml.safe_dump(meta), encoding="utf-8")
    return path


def _region(directory: Path, body: dict = EU_REGION) -> residency.Region:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{body['region']}.yaml"
    path.write_text(yaml.safe_dump(body), encoding="utf-8")
    return residency.load_region(body["region"], directory)


# --- sidecars ---------------------------------------------------------------------------------------------------
def test_valid_sidecar_loads(tmp_path: Path):
    [dataset] = residency.load_datasets([_dataset(tmp_path)], TODAY)
    assert dataset.meta.jurisdiction == "DE" and dataset.meta.retain_until == dt.date(2028, 6, 30)


def test_missing_sidecar_is_refused_naming_the_file(tmp_path: Path):
    path = _dataset(tmp_path, meta=None)
    with pytest.raises(SovtuneError) as error:
        residency.load_datasets([path], TODAY)
    assert "mine.meta.yaml" in str(error.value) and "\n" not in str(error.value)


def test_expired_retention_is_refused(tmp_path: Path):
    path = _dataset(tmp_path, meta={**GOOD, "retain_until": "2026-11-30"})
    with pytest.raises(SovtuneError, match=r"mine.meta.yaml: retain_until 2026-11-30 has passed"):
        residency.load_datasets([path], TODAY)
    residency.load_datasets([_dataset(tmp_path, meta={**GOOD, "retain_until": "2026-12-01"})], TODAY)  # last day ok


@pytest.mark.parametrize(("change", "field"), [
    ({"jurisdiction": "XX"}, "jurisdiction"),
    ({"jurisdiction": "Germany"}, "jurisdiction"),
    ({"retain_until": "soon"}, "retain_until"),
    ({"allowed_regions": []}, "allowed_regions"),
    ({"special_category": None}, "special_category"),
    ({"purpose": ""}, "purpose"),
    ({"jurisdction": "DE"}, "jurisdction"),
])
def test_invalid_sidecar_names_file_and_field(tmp_path: Path, change: dict, field: str):
    meta = {**GOOD, **change}
    if field == "jurisdction":
        del meta["jurisdiction"]
    with pytest.raises(SovtuneError) as error:
        residency.load_datasets([_dataset(tmp_path, meta=meta)], TODAY)
    message = str(error.value)
    assert message.startswith(str(tmp_path / "mine.meta.yaml")) and field in message and "\n" not in message


def test_missing_field_is_named(tmp_path: Path):
    meta = {k: v for k, v in GOOD.items() if k != "legal_basis"}
    with pytest.raises(SovtuneError, match="legal_basis: missing"):
        residency.load_datasets([_dataset(tmp_path, meta=meta)], TODAY)


def test_subdivision_codes_are_accepted(tmp_path: Path):
    [dataset] = residency.load_datasets([_dataset(tmp_path, meta={**GOOD, "jurisdiction": "ES-CT"})], TODAY)
    assert residency.lookup({"EU": "eu-gdpr"}, dataset.meta.jurisdiction) == ("EU", "eu-gdpr")


# --- policy choice ----------------------------------------------------------------------------------------------
def _one(tmp_path: Path, **meta) -> residency.Dataset:
    return residency.load_datasets([_dataset(tmp_path, meta={**GOOD, **meta})], TODAY)[0]


def test_policy_chosen_from_jurisdiction_and_special_category(tmp_path: Path):
    choice = PolicyChoice()
    assert residency.choose_policy(_one(tmp_path), "auto", choice)[0] == "eu-gdpr"  # DE is in the EEA
    assert residency.choose_policy(_one(tmp_path, jurisdiction="US"), "auto", choice)[0] == "default"
    assert residency.choose_policy(_one(tmp_path, jurisdiction="JP"), "auto", choice) == (
        "default", "redact.policy_choice.fallback")
    assert residency.choose_policy(_one(tmp_path, special_category=True), "auto", choice)[0] == "us-hipaa"


def test_named_policy_wins(tmp_path: Path):
    dataset = _one(tmp_path, redaction_policy="us-hipaa")
    assert residency.choose_policy(dataset, "auto", PolicyChoice()) == ("us-hipaa", "sidecar")
    assert residency.choose_policy(dataset, "default", PolicyChoice()) == ("default", "redact.policy")


def test_datasets_needing_different_policies_are_refused(tmp_path: Path):
    de = residency.load_datasets([_dataset(tmp_path / "a", "de")], TODAY)[0]
    us = residency.load_datasets([_dataset(tmp_path / "b", "us", {**GOOD, "jurisdiction": "US"})], TODAY)[0]
    with pytest.raises(SovtuneError, match="different redaction policies"):
        residency.choose_run_policy([de, us], "auto", PolicyChoice())


# --- regions ----------------------------------------------------------------------------------------------------
def test_accepted_dataset_passes(tmp_path: Path):
    region = _region(tmp_path / "regions")
    residency.check_regions([_one(tmp_path)], "eu-gdpr", [region])


@pytest.mark.parametrize(("meta", "policy", "rule"), [
    ({"jurisdiction": "US"}, "eu-gdpr", "data.jurisdictions"),
    ({"legal_basis": "legitimate interest (US)"}, "eu-gdpr", "data.legal_bases"),
    ({"special_category": True}, "eu-gdpr", "data.special_category"),
    ({}, "default", "data.policies.EEA: requires redaction policy eu-gdpr"),
    ({"allowed_regions": ["us-east"]}, "eu-gdpr", "sidecar allowed_regions"),
])
def test_out_of_region_training_is_refused_naming_the_rule(tmp_path: Path, meta: dict, policy: str, rule: str):
    region = _region(tmp_path / "regions")
    with pytest.raises(SovtuneError) as error:
        residency.check_regions([_one(tmp_path, **meta)], policy, [region])
    message = str(error.value)
    assert "mine.jsonl" in message and "region eu-central" in message and rule in message and "\n" not in message


def test_region_without_data_rules_accepts_nothing(tmp_path: Path):
    (tmp_path / "bare.yaml").write_text("region: bare\nkeys: []\n", encoding="utf-8")
    with pytest.raises(SovtuneError, match="no `data:` rules"):
        residency.load_region("bare", tmp_path)
    with pytest.raises(SovtuneError, match="not found"):
        residency.load_region("nowhere", tmp_path)


def test_checked_in_regions_validate_as_residency_and_trust_stores():
    from pipeline.verify import TrustStoreFile

    for path in sorted((ROOT / "configs/regions").glob("*.yaml")):
        TrustStoreFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
        residency.load_region(path.stem, ROOT / "configs/regions")


def test_demo_sidecar_is_accepted_by_the_demo_region(tmp_path: Path):
    meta = residency.DatasetMeta.model_validate(residency.demo_sidecar())
    region = residency.load_region("demo", ROOT / "configs/regions")
    assert residency.violations(meta, "default", region) == []


# --- inputs are never outputs -----------------------------------------------------------------------------------
@pytest.mark.parametrize("output", ["data/raw", "data", "data/raw/out"])
def test_outputs_overlapping_an_input_are_refused(tmp_path: Path, output: str):
    with pytest.raises(SovtuneError, match="must never overlap"):
        residency.check_dirs({"redact.input_dir": tmp_path / "data/raw"}, {"redact.output_dir": tmp_path / output})
    residency.check_dirs({"redact.input_dir": tmp_path / "data/raw"}, {"redact.output_dir": tmp_path / "data/red"})


def _project(tmp_path: Path, **redact) -> Path:
    """A scratch project: configs/ and params.yaml switched to data/raw, as README's one step does."""
    shutil.copytree(ROOT / "configs", tmp_path / "configs")
    params = yaml.safe_load((ROOT / "params.yaml").read_text(encoding="utf-8"))
    params["redact"].update({"input_dir": "data/raw", "workers": 1, **redact})
    params["bundle"]["regions"] = ["eu-central"]
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False), encoding="utf-8")
    _region(tmp_path / "configs/regions")
    return tmp_path


def _stage(cwd: Path, module: str = "pipeline.redact") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", module], cwd=cwd, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "SOVTUNE_PSEUDONYM_KEY": "k" * 32})


@pytest.mark.parametrize(("meta", "setting", "expected"), [
    (None, {}, "no residency sidecar"),
    ({**GOOD, "retain_until": "2020-01-01"}, {}, "retain_until 2020-01-01 has passed"),
    ({**GOOD, "jurisdiction": "US"}, {"policy": "default"}, "data.jurisdictions"),
    (GOOD, {"output_dir": "data/raw"}, "must never overlap"),
    (GOOD, {"quarantine_dir": "data"}, "must never overlap"),
])
def test_redact_stage_refuses_before_any_work(tmp_path: Path, meta: dict | None, setting: dict, expected: str):
    project = _project(tmp_path, **setting)
    source = _dataset(project / "data/raw", meta=meta, text="Call Anna Schmidt at anna@example.de")
    before = source.read_bytes()
    result = _stage(project)
    assert result.returncode == 2, result.stderr[-1500:]
    assert expected in result.stderr and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not (project / "reports").exists() and not (project / "data/redacted").exists()  # no work was done
    assert source.read_bytes() == before and sorted(p.name for p in (project / "data/raw").iterdir()) == (
        ["mine.jsonl", "mine.meta.yaml"] if meta else ["mine.jsonl"])


def test_prepare_refuses_to_write_into_the_users_data(tmp_path: Path):
    project = _project(tmp_path)
    params = yaml.safe_load((project / "params.yaml").read_text(encoding="utf-8"))
    params["prepare"]["raw_dir"] = "data/raw"
    params["redact"]["input_dir"] = "data/raw/own"
    (project / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False), encoding="utf-8")
    result = _stage(project, "pipeline.prepare")
    assert result.returncode == 2 and "must never overlap" in result.stderr, result.stderr[-1500:]


# --- the bundle at a region -------------------------------------------------------------------------------------
def _release_files(bundle: Path, name: str, version: str) -> None:
    """What verify and install require of any bundle: the signed name and version, and gates that passed."""
    statement = {"predicate": {"buildDefinition": {"externalParameters": {"bundle": {"name": name,
                                                                                     "version": version}}}}}
    (bundle / "provenance.intoto.json").write_text(json.dumps(statement), "utf-8")
    (bundle / "reports").mkdir(exist_ok=True)
    gates = {"passed": True, "gates": [{"name": "tuned_beats_base", "passed": True, "detail": "test"}]}
    (bundle / "reports/gates.json").write_text(json.dumps(gates), "utf-8")


@pytest.fixture(scope="module")
def signed_tar(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A small validly signed bundle whose residency record lists one German dataset (eu-gdpr)."""
    from pipeline.bundle import sign_bundle_dir, write_tar
    from pipeline.config import BundleSigningConfig
    from pipeline.keys import PASSPHRASE_ENV, generate_keypair

    root = tmp_path_factory.mktemp("residency-bundle")
    os.environ[PASSPHRASE_ENV] = "test-passphrase"
    private, public = generate_keypair(root / "keys", "signer", "test-passphrase", "P-256")
    bundle = root / "tiny-1.0.0"
    (bundle / "reports").mkdir(parents=True)
    (bundle / "config.json").write_text("{}\n", encoding="utf-8")
    entry = {"file": "data/raw/mine.jsonl", "sha256": "ab" * 32, "sidecar": "data/raw/mine.meta.yaml",
             "sidecar_sha256": "cd" * 32, **GOOD, "controller": "",
             "redaction_policy": {"name": "eu-gdpr", "digest": "ef" * 32, "chosen_by": "auto"}}
    (bundle / "reports/residency.json").write_text(json.dumps({"datasets": [entry], "regions": {}}), "utf-8")
    _release_files(bundle, "tiny", "1.0.0")
    sign_bundle_dir(bundle, BundleSigningConfig(private_key=str(private)))
    write_tar(bundle, root / "tiny-1.0.0.tar")
    return {"tar": root / "tiny-1.0.0.tar", "public": public, "root": root}


def test_install_refuses_a_region_that_does_not_allow_the_data(signed_tar: dict[str, Path], tmp_path: Path):
    from pipeline.cli import app

    us = {"region": "us-east", "keys": [], "data": {"jurisdictions": ["US"], "legal_bases": ["*"]}}
    (tmp_path / "us-east.yaml").write_text(yaml.safe_dump(us), encoding="utf-8")
    dest = tmp_path / "installed"
    result = CliRunner().invoke(app, ["install", str(signed_tar["tar"]), "--trust", str(signed_tar["public"]),
                                      "--dest", str(dest), "--region", str(tmp_path / "us-east.yaml")])
    assert result.exit_code == 2, result.output
    assert "region us-east refuses bundle tiny-1.0.0" in result.output and "data.jurisdictions" in result.output
    assert "sidecar allowed_regions" in result.output
    assert not dest.exists() and list(tmp_path.iterdir()) == [tmp_path / "us-east.yaml"]  # no staging left


def test_install_accepts_an_allowing_region_and_verify_prints_residency(signed_tar, tmp_path: Path):
    from pipeline.cli import app

    (tmp_path / "eu-central.yaml").write_text(yaml.safe_dump(EU_REGION), encoding="utf-8")
    dest = tmp_path / "installed"
    result = CliRunner().invoke(app, ["install", str(signed_tar["tar"]), "--trust", str(signed_tar["public"]),
                                      "--dest", str(dest), "--region", str(tmp_path / "eu-central.yaml")])
    assert result.exit_code == 0, result.output
    assert (dest / "reports/residency.json").is_file()
    shown = CliRunner().invoke(app, ["verify", str(signed_tar["tar"]), "--trust", str(signed_tar["public"])])
    assert shown.exit_code == 0, shown.output
    for text in ("dataset data/raw/mine.jsonl", "jurisdiction DE", "GDPR Art. 6(1)(f)", "retain until 2028-06-30",
                 "redaction policy eu-gdpr (sha256 " + "ef" * 32):
        assert text in shown.output


def test_install_refuses_a_bundle_without_residency_record(signed_tar, tmp_path: Path):
    from pipeline.bundle import sign_bundle_dir, write_tar
    from pipeline.config import BundleSigningConfig
    from pipeline.verify import install, load_trust

    bundle = tmp_path / "bare-1.0.0"
    bundle.mkdir()
    (bundle / "config.json").write_text("{}\n", encoding="utf-8")
    _release_files(bundle, "bare", "1.0.0")
    sign_bundle_dir(bundle, BundleSigningConfig(private_key=str(signed_tar["root"] / "keys/signer.pem")))
    write_tar(bundle, tmp_path / "bare-1.0.0.tar")
    (tmp_path / "eu-central.yaml").write_text(yaml.safe_dump(EU_REGION), encoding="utf-8")
    region = residency.load_region(str(tmp_path / "eu-central.yaml"))
    with pytest.raises(SovtuneError, match="carries no residency record"):
        install(tmp_path / "bare-1.0.0.tar", load_trust(signed_tar["public"]), tmp_path / "dest", region=region)
    assert not (tmp_path / "dest").exists()


# --- the CLI outside a project ----------------------------------------------------------------------------------
def test_cli_redact_works_in_a_directory_without_params(tmp_path: Path):
    """`sovtune redact --input X --output Y` anywhere: built-in defaults, shipped policies and name lists."""
    source = tmp_path / "tickets.jsonl"
    source.write_text(json.dumps({"id": "1", "text": "Mail Anna Schmidt at anna@example.de"}) + "\n")
    result = subprocess.run([sys.executable, "-m", "pipeline", "redact", "--input", "tickets.jsonl", "--output",
                             "out.jsonl", "--workers", "1"], cwd=tmp_path, capture_output=True, text=True,
                            timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads((tmp_path / "out.jsonl").read_text())["text"] == "Mail <PERSON> at <EMAIL_ADDRESS>"
    assert "policy default" in result.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "out.report.json", "tickets.jsonl"]


def test_report_page_shows_residency(tmp_path: Path):
    from pipeline.report import write_report

    (tmp_path / "reports").mkdir()
    entry = {"file": "data/raw/mine.jsonl", "sha256": "ab" * 32, **GOOD,
             "redaction_policy": {"name": "eu-gdpr", "digest": "ef" * 32}}
    (tmp_path / "reports/residency.json").write_text(json.dumps({"datasets": [entry], "regions": {"eu-central": {}}}))
    page = write_report(tmp_path, tmp_path / "index.html").read_text(encoding="utf-8")
    for text in ("Data residency", "data/raw/mine.jsonl", "GDPR Art. 6(1)(f)", "2028-06-30", "eu-gdpr", "eu-central"):
        assert text in page


def test_bundle_card_and_provenance_list_residency(tmp_path: Path, tiny_model_dir: Path, signed_tar):
    from pipeline.bundle import BundleInputs, build_bundle

    from .pki import bundle_config, write_inputs

    entry = {"file": "data/raw/mine.jsonl", "sha256": "ab" * 32, **GOOD, "controller": "",
             "redaction_policy": {"name": "eu-gdpr", "digest": "ef" * 32, "chosen_by": "auto"}}
    record = {"datasets": [entry], "regions": {"eu-central": {"accepted": True}}}
    root = tmp_path / "w"
    inputs = BundleInputs(**write_inputs(root, tiny_model_dir))
    (root / "reports/residency.json").write_text(json.dumps(record), encoding="utf-8")
    signing = {"private_key": str(signed_tar["root"] / "keys/signer.pem")}
    sbom = {"bomFormat": "CycloneDX", "specVersion": "1.6"}
    with pytest.raises(SovtuneError, match=r"bundle.regions \['demo'\] were not checked"):
        build_bundle(bundle_config(signing=signing), inputs, root / "models/bundles", sbom=sbom)
    summary = build_bundle(bundle_config(signing=signing, regions=["eu-central"]), inputs, root / "models/bundles",
                           sbom=sbom)
    with tarfile.open(summary["tar"]) as tar:  # the stage keeps only the tar
        tar.extractall(tmp_path / "unpacked", filter="data")
    [bundle] = (tmp_path / "unpacked").iterdir()
    card = (bundle / "README.md").read_text(encoding="utf-8")
    assert "## Data residency" in card and "| `data/raw/mine.jsonl` | `" + "ab" * 32 in card
    assert "GDPR Art. 6(1)(f)" in card and "2028-06-30" in card and "ef" * 32 in card
    provenance = json.loads((bundle / "provenance.intoto.json").read_text(encoding="utf-8"))
    deps = provenance["predicate"]["buildDefinition"]["resolvedDependencies"]
    [raw] = [d for d in deps if d.get("name") == "data/raw/mine.jsonl"]
    assert raw["digest"] == {"sha256": "ab" * 32}
    assert raw["annotations"]["jurisdiction"] == "DE" and raw["annotations"]["redaction_policy_sha256"] == "ef" * 32
    assert json.loads((bundle / "reports/residency.json").read_text()) == record


def test_report_graph_resolves_params_paths():
    """dvc.yaml paths are `${...}`: the audit page's pipeline graph must resolve them to draw its edges."""
    from pipeline.report_data import interpolate, read_graph, read_yaml

    graph = read_graph(interpolate(read_yaml(ROOT / "dvc.yaml"), read_yaml(ROOT / "params.yaml")), None)
    edges = set(map(tuple, graph["all_edges"]))
    assert {("prepare", "redact"), ("redact", "train"), ("import_model", "train"), ("train", "evaluate"),
            ("train", "bundle")} <= edges


def test_policy_choice_keys_are_jurisdictions():
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="'Germany' is not a jurisdiction key"):
        PolicyChoice(jurisdictions={"Germany": "eu-gdpr"})
    assert PolicyChoice(jurisdictions={"ES-CT": "eu-gdpr", "EU": "eu-gdpr", "*": "default"})
