"""Config input that cannot hurt: each hostile case is a one-line error within a second, never a hang or OOM."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.config import load_params, parse_override
from pipeline.errors import ConfigError

from .conftest import ROOT

# The 418-byte "billion laughs": 9 levels of 9 aliases, 10^9 strings once expanded.
LAUGHS = "a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]\n" for i in range(8)
)


def _bomb_under(key: str) -> str:
    """The bomb placed so the last alias lands under a typed key of params (e.g. offline.allow_hosts)."""
    section, field = key.split(".")
    return LAUGHS.replace("i: &i", "x: &i") + f"{section}:\n  {field}: *i\n"


CASES = {
    "laughs_under_typed_key": ("file", _bomb_under("train.max_steps"), "expands to more than"),
    "laughs_under_allow_hosts": ("file", _bomb_under("offline.allow_hosts"), "expands to more than"),
    "not_utf8": ("bytes", b"train:\n  seed: 1\n  # caf\xe9\n", "not UTF-8"),
    "duplicate_key": ("file", "train:\n  seed: 1\n  seed: 2\n", "duplicate key 'seed'"),
    "deep_nesting": ("file", "train:\n  lora: " + "[" * 5000 + "]" * 5000 + "\n", "nested"),
    "huge_int": ("file", "train:\n  max_steps: " + "9" * 5000 + "\n", "out of range"),
    "inf_learning_rate": ("file", "train:\n  learning_rate: .inf\n", "finite"),
    "nan_learning_rate": ("file", "train:\n  learning_rate: .nan\n", "finite"),
    "recursive_alias": ("file", "train: &t\n  lora: *t\n", "recursive"),
    "set_bomb": ("set", "offline.allow_hosts=" + "[" + ",".join(["&a [x,x,x,x,x,x,x,x,x]"] + ["*a"] * 8) + "]", None),
    "set_laughs": ("set", "offline.allow_hosts={" + LAUGHS.replace("\n", ", ").rstrip(", ") + "}", "expands"),
    "set_invalid_yaml": ("set", "train.lora.r=[unclosed", "not valid YAML"),
    "set_huge_int": ("set", "train.max_steps=" + "1" * 10_000, "out of range"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_config_is_one_line_error_within_a_second(case: str, tmp_path: Path):
    kind, payload, expected = CASES[case]
    params = tmp_path / "params.yaml"
    overrides: list[str] = []
    if kind == "set":
        params.write_text("train:\n  seed: 1\n", encoding="utf-8")
        overrides = [payload]
    elif kind == "bytes":
        params.write_bytes(payload)
    else:
        params.write_text(payload, encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(ConfigError) as error:
        load_params(params, overrides=overrides)
    elapsed = time.perf_counter() - started
    message = str(error.value)
    assert elapsed < 1.0, f"{case} took {elapsed:.2f} s"
    assert "\n" not in message and len(message) < 2100, message[:300]
    if expected:
        assert expected in message, message
    if kind != "set":
        assert str(params) in message


def test_small_aliases_still_work(tmp_path: Path):
    params = tmp_path / "params.yaml"
    params.write_text("x: &hosts [a.internal, b.internal]\noffline:\n  allow_hosts: *hosts\n", encoding="utf-8")
    # `x` is an unknown section: the alias itself was fine, the error is about the key.
    with pytest.raises(ConfigError, match="unknown key 'x'"):
        load_params(params)
    params.write_text("offline:\n  allow_hosts: &h [a.internal]\ntrain:\n  seed: 3\n", encoding="utf-8")
    assert load_params(params).offline.allow_hosts == ("a.internal",)


def test_long_bad_value_is_cut_in_the_message(tmp_path: Path):
    params = tmp_path / "params.yaml"
    params.write_text("train:\n  seed: " + "x" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_params(params)
    assert len(str(error.value)) < 600


def test_parse_override_still_types_values():
    assert parse_override("train.lora.r=16") == {"train": {"lora": {"r": 16}}}


def test_cli_set_bomb_prints_one_short_line(tmp_path: Path):
    """The CLI path of the inline bomb (formerly a 254 MB error line)."""
    bomb = "offline.allow_hosts={" + LAUGHS.replace("\n", ", ").rstrip(", ") + "}"
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "pipeline", "config", "--set", bomb], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert time.perf_counter() - started < 30  # includes interpreter start and imports
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and len(result.stderr) < 2100, result.stderr[:500]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("loader", ["policy", "trust", "region", "sidecar"])
def test_every_yaml_input_is_bounded(loader: str, tmp_path: Path):
    """Policies, trust stores, region files and dataset sidecars go through the same bounded loader."""
    from pipeline import residency
    from pipeline.redact import load_policy
    from pipeline.verify import load_trust

    bomb = LAUGHS + "name: *i\n"
    path = tmp_path / ("mine.meta.yaml" if loader == "sidecar" else "bomb.yaml")
    path.write_text(bomb, encoding="utf-8")
    (tmp_path / "mine.jsonl").write_text("{}\n", encoding="utf-8")
    call = {
        "policy": lambda: load_policy(str(path)),
        "trust": lambda: load_trust(path),
        "region": lambda: residency.load_region(str(path)),
        "sidecar": lambda: residency.load_datasets([tmp_path / "mine.jsonl"]),
    }[loader]
    started = time.perf_counter()
    with pytest.raises(ConfigError, match="expands to more than"):
        call()
    assert time.perf_counter() - started < 1.0
