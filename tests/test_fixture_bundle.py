"""Old bundles still verify: every signed fixture committed under tests/fixtures/ by a release (issue 15)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.provenance import sha256_file
from pipeline.verify import install, load_trust, verify_path

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("sovtune-fixture-*.tar"))


def test_there_is_a_fixture_for_this_release():
    from pipeline import __version__

    assert any(p.name == f"sovtune-fixture-{__version__}.tar" for p in FIXTURES), \
        "make one: PYTHONPATH=. python -m tests.fixtures.make_fixture"


@pytest.mark.parametrize("tar_path", FIXTURES, ids=lambda p: p.name)
def test_fixture_bundle_verifies_and_installs(tar_path, tmp_path):
    published = json.loads(tar_path.with_suffix(".json").read_text())
    assert sha256_file(tar_path) == published["tar_sha256"]  # the committed bytes are the signed release
    trust = load_trust(tar_path.with_suffix(".pub"))
    summary = verify_path(tar_path, trust)
    assert summary["bundle"] == tar_path.stem and summary["root_digest"] == published["root_digest"]
    assert summary["gates"]["passed"] is True and summary["gates"]["bound"] is True
    installed = install(tar_path, trust, tmp_path / "model")

    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(installed["dest"])
    tokenizer = AutoTokenizer.from_pretrained(installed["dest"])
    assert model(**tokenizer("The concrete slab", return_tensors="pt")).logits.shape[-1] == model.config.vocab_size
