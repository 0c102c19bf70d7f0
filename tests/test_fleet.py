"""Install logs and `sovtune fleet status`: three regions, one drifting, and every way a log can be tampered with."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import SovtuneError
from pipeline.fleet import fleet_status
from pipeline.installlog import LOG_NAME, check_log, entry_hash, head_path
from pipeline.keys import PASSPHRASE_ENV, generate_keypair
from pipeline.verify import install, load_trust

from .pki import FAKE_SBOM, build, use_passphrase

PASS = "fleet-suite"


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch):
    use_passphrase(monkeypatch, PASS)


@pytest.fixture(scope="module")
def fleet(tmp_path_factory, tiny_model_dir) -> dict:
    """Releases 1.0.0 and 1.1.0; eu-north and eu-west upgraded to 1.1.0, us-east still runs 1.0.0."""
    root = tmp_path_factory.mktemp("fleet")
    private, public = generate_keypair(root / "keys", "release", PASS)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(PASSPHRASE_ENV, PASS)
        old = build(root / "b1", tiny_model_dir, private, FAKE_SBOM, keep_dir=False)
        new = build(root / "b2", tiny_model_dir, private, FAKE_SBOM, keep_dir=False, version="1.1.0")
    logs = {}
    for region, releases in {"eu-north": [old, new], "eu-west": [new], "us-east": [old]}.items():
        store = root / f"{region}.yaml"
        store.write_text(f"region: {region}\nkeys:\n  - public_key: {public}\n")
        for release in releases:
            version = Path(release["tar"]).stem
            install(release["tar"], load_trust(store), root / region / "models" / version)
        # eu-north keeps 1.0.0 installed beside 1.1.0 under another name: both are its current state.
        logs[region] = root / region / "models" / LOG_NAME
    return {"root": root, "old": old, "new": new, "logs": logs, "public": public}


def _copy_logs(fleet: dict, where: Path) -> dict[str, Path]:
    """The logs as they arrive from the regions: plain files (with their .head) in one directory per region."""
    copies = {}
    for region, log in fleet["logs"].items():
        (where / region).mkdir(parents=True)
        copies[region] = where / region / LOG_NAME
        copies[region].write_bytes(log.read_bytes())
        head_path(copies[region]).write_bytes(head_path(log).read_bytes())
    return copies


def test_log_entries_chain_and_record_the_install(fleet):
    check = check_log(fleet["logs"]["eu-north"])
    assert check.intact and not check.warnings and len(check.entries) == 2
    first, second = check.entries
    assert first["seq"] == 0 and first["prev"] == "0" * 64 and second["prev"] == first["hash"]
    assert first["hash"] == entry_hash(first)
    assert {first["bundle"], second["bundle"]} == {"tiny-1.0.0", "tiny-1.1.0"}
    assert second["region"] == "eu-north" and second["root_digest"] == fleet["new"]["root_digest"]
    assert second["signer_fingerprint"] == fleet["new"]["signature"]["public_key_sha256"]
    assert second["gates"]["passed"] is True and second["gates"]["accepted_failed"] is False
    assert {"user", "host", "time", "dest", "trust_store"} <= set(second)


def test_fleet_status_three_regions_one_drifting(fleet, tmp_path):
    logs = _copy_logs(fleet, tmp_path)
    status = fleet_status(list(logs.values()), release="tiny-1.1.0")
    new, old = fleet["new"]["root_digest"], fleet["old"]["root_digest"]
    assert status["release"] == {"release": "tiny-1.1.0", "root_digest": new}
    assert status["regions"]["eu-west"]["root_digests"] == [new]
    assert status["regions"]["us-east"]["root_digests"] == [old]
    assert sorted(status["regions"]["eu-north"]["root_digests"]) == sorted([new, old])
    assert sorted(status["digests"][new]) == ["eu-north", "eu-west"]
    assert sorted(status["digests"][old]) == ["eu-north", "us-east"]
    drifting = sorted((d["region"], d["bundle"]) for d in status["drift"])
    assert drifting == [("eu-north", "tiny-1.0.0"), ("us-east", "tiny-1.0.0")]
    assert status["broken"] == [] and status["ok"] is False
    # The release can be named by its root digest or its .json summary as well.
    by_digest = fleet_status(list(logs.values()), release=new)
    by_summary = fleet_status(list(logs.values()), release=str(Path(fleet["new"]["tar"]).with_suffix(".json")))
    assert by_digest["drift"] == by_summary["drift"] == status["drift"]


def test_fleet_status_cli_table_and_json(fleet, tmp_path):
    logs = _copy_logs(fleet, tmp_path / "in")
    out = tmp_path / "status.json"
    result = CliRunner().invoke(app, ["fleet", "status", *map(str, logs.values()), "--release", "tiny-1.1.0",
                                      "--json", str(out)])
    assert result.exit_code == 1, result.output  # drift
    assert "us-east" in result.output and "DRIFT" in result.output and "chain intact" in result.output
    assert "2 drifting install(s)" in result.output
    assert json.loads(out.read_text())["drift"][0]["region"] in ("eu-north", "us-east")
    upgraded = {k: v for k, v in logs.items() if k == "eu-west"}
    ok = CliRunner().invoke(app, ["fleet", "status", str(upgraded["eu-west"]), "--release", "tiny-1.1.0",
                                  "--json", "-"])
    assert ok.exit_code == 0 and json.loads(ok.output)["ok"] is True


def _lines(log: Path) -> list[bytes]:
    return log.read_bytes().splitlines(keepends=True)


def test_edited_log_is_detected(fleet, tmp_path):
    logs = _copy_logs(fleet, tmp_path)
    log = logs["us-east"]
    entry = json.loads(_lines(log)[0])
    entry["root_digest"] = fleet["new"]["root_digest"]  # pretend us-east runs the release
    log.write_bytes(json.dumps(entry, sort_keys=True, separators=(",", ":")).encode() + b"\n")
    status = fleet_status(list(logs.values()), release="tiny-1.1.0")
    assert status["broken"] == [str(log)]
    assert status["logs"][2]["problems"] == ["line 1: content does not match its hash (the entry was edited)"]
    assert status["regions"]["us-east"]["broken"] is True and status["ok"] is False
    # A forger who also recomputes the hash is caught by the head file.
    entry["hash"] = entry_hash(entry)
    log.write_bytes(json.dumps(entry, sort_keys=True, separators=(",", ":")).encode() + b"\n")
    assert check_log(log).problems == [f"{LOG_NAME}.head does not match the log's last entry (seq 0)"]
    result = CliRunner().invoke(app, ["fleet", "status", str(log)])
    assert result.exit_code == 1 and "BROKEN" in result.output


def test_truncated_and_reordered_logs_are_detected(fleet, tmp_path):
    logs = _copy_logs(fleet, tmp_path)
    log = logs["eu-north"]
    lines = _lines(log)
    log.write_bytes(lines[0])  # the last entry removed
    assert check_log(log).problems == [f"truncated: {LOG_NAME}.head records 2 entries, the log holds 1"]
    log.write_bytes(lines[0] + lines[1][:40])  # cut mid-entry
    assert check_log(log).problems[0].startswith("line 2: no newline at the end")
    log.write_bytes(lines[1] + lines[0])  # reordered
    assert check_log(log).problems[0].startswith("line 1: chain broken")
    head_path(log).unlink()
    log.write_bytes(lines[0])
    check = check_log(log)
    assert check.intact and check.warnings == [f"no {LOG_NAME}.head beside the log: removal of whole entries at its "
                                               "end cannot be ruled out"]


def test_install_refuses_to_append_to_a_broken_log(fleet, tmp_path):
    store = tmp_path / "eu.yaml"
    store.write_text(f"region: eu\nkeys:\n  - public_key: {fleet['public']}\n")
    parent = tmp_path / "models"
    install(fleet["new"]["tar"], load_trust(store), parent / "a")
    (parent / LOG_NAME).write_bytes((parent / LOG_NAME).read_bytes().replace(b'"eu"', b'"us"'))
    with pytest.raises(SovtuneError, match=r"install log .* is broken \(line 1: content does not match"):
        install(fleet["new"]["tar"], load_trust(store), parent / "b")
    assert not (parent / "b").exists()


def test_unknown_release_name_is_refused(fleet, tmp_path):
    with pytest.raises(SovtuneError, match="no log records an install of that bundle"):
        fleet_status(list(fleet["logs"].values()), release="tiny-2.0.0")
