from __future__ import annotations

from typer.testing import CliRunner

from pipeline.cli import app

from .conftest import ROOT

runner = CliRunner()


def test_help_lists_commands_one_line_each():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("import-model", "config"):
        assert command in result.output


def test_config_command_prints_resolved_yaml(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, ["config", "--set", "import_model.dtype=bfloat16"])
    assert result.exit_code == 0, result.output
    assert "dtype: bfloat16" in result.output


def test_config_command_bad_key_exit_2(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, ["config", "--set", "import_model.rank=3"])
    assert result.exit_code == 2
    assert "unknown key 'import_model.rank'" in result.output
