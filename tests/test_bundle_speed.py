"""benchmarks/bundle_speed.py still runs end to end (its bundle must pass install's checks); timing is not
tested here, only that every contender ran and the report has its ratios."""

import pytest

from benchmarks.bundle_speed import run
from pipeline.keys import PASSPHRASE_ENV


def test_bundle_speed_runs_every_contender_on_a_small_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "")  # run() sets the key passphrase; monkeypatch restores what was there
    result = run(size_mb=2, repeats=1)
    assert set(result["seconds"]) == {"openssl_dgst_sha256", "sign", "verify", "tar_xf_plus_openssl", "install",
                                      "write_tar"}
    assert all(value > 0 for value in result["seconds"].values())
    assert result["files"] >= 28 and result["bytes"] > 2 * 2**20 * 0.9
    assert set(result["ratios"]) == set(result["targets"])
