"""One source for paths and defaults: params.yaml vs pipeline/config.py, dvc.yaml vs params and imports.

Both checks walk the real objects (every config model, every stage) rather than a list of fields or modules,
so a field or module added later is checked too.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel

from pipeline.config import Params, load_params

from .conftest import ROOT


def _model_of(annotation: Any) -> type[BaseModel] | None:
    """The config model inside an annotation (`X`, `X | None`), else None."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return None


def _disagreements(
    model: type[BaseModel], loaded: Any, raw: dict[str, Any], prefix: str, compare: bool = True
) -> list[str]:
    problems = []
    for name, field in model.model_fields.items():
        key = f"{prefix}{name}"
        if name not in raw:
            problems.append(f"{key}: missing from params.yaml")
            continue
        sub = _model_of(field.annotation)
        value = getattr(loaded, name)
        if sub is not None and isinstance(raw[name], dict):
            # A section without built-in defaults (bundle: the model card's texts) comes only from params.yaml:
            # its keys must all be there, but there is no second value to agree with.
            no_defaults = not field.is_required() and field.get_default(call_default_factory=True) is None
            problems += _disagreements(sub, value, raw[name], f"{key}.", compare=compare and not no_defaults)
            continue
        if field.is_required() or not compare:
            continue
        default = field.get_default(call_default_factory=True)
        if default != value:
            problems.append(f"{key}: params.yaml has {value!r}, pipeline/config.py defaults to {default!r}")
    return problems


def test_params_yaml_and_config_defaults_agree():
    """Every field of every config model is in params.yaml, with the value config.py uses as its default."""
    raw = yaml.safe_load((ROOT / "params.yaml").read_text(encoding="utf-8"))
    loaded = load_params(ROOT / "params.yaml")
    problems = _disagreements(Params, loaded, raw, "")
    assert not problems, "\n".join(problems)


def test_builtin_defaults_equal_params_yaml_outside_a_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    builtin = load_params()
    from_file = load_params(ROOT / "params.yaml")
    assert builtin.model_dump(exclude={"bundle"}) == from_file.model_dump(exclude={"bundle"})


# --- dvc.yaml ---------------------------------------------------------------------------------------------------
def _dvc() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "dvc.yaml").read_text(encoding="utf-8"))


def _imports(module: str, seen: set[str] | None = None) -> set[str]:
    """Every pipeline.* module `module` imports, transitively, at module level or inside functions."""
    seen = set() if seen is None else seen
    if module in seen:
        return seen
    path = ROOT / (module.replace(".", "/") + ".py")
    if not path.is_file():
        path = ROOT / module.replace(".", "/") / "__init__.py"
    if not path.is_file():
        return seen
    seen.add(module)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        for name in names:
            if name == "pipeline" or name.startswith("pipeline."):
                _imports(name, seen)
    return seen


def _module_file(module: str) -> str:
    path = module.replace(".", "/") + ".py"
    return path if (ROOT / path).is_file() else module.replace(".", "/") + "/__init__.py"


STAGES = sorted(_dvc()["stages"])


@pytest.mark.parametrize("stage", STAGES)
def test_stage_depends_on_every_module_it_imports(stage: str):
    """A change to any module a stage runs (config.py, offline.py, provenance.py, ...) reruns that stage."""
    spec = _dvc()["stages"][stage]
    match = re.search(r"python -m (pipeline\.\w+)", spec["cmd"])
    assert match, f"stage {stage}: cmd does not run `python -m pipeline.<module>`"
    deps = [str(d) for d in spec.get("deps", [])]
    files = sorted(_module_file(m) for m in _imports(match[1]))
    missing = [f for f in files if not any(f == d or f.startswith(d.rstrip("/") + "/") for d in deps)]
    assert not missing, f"stage {stage} imports these modules but dvc.yaml does not list them in deps: {missing}"


def _interpolated(value: Any) -> list[str]:
    return re.findall(r"\$\{([^}]+)\}", value) if isinstance(value, str) else []


@pytest.mark.parametrize("stage", STAGES)
def test_stage_paths_come_from_params(stage: str):
    """Data and model paths in dvc.yaml are `${section.key}` from params.yaml, never a second copy of a path."""
    spec = _dvc()["stages"][stage]
    raw = yaml.safe_load((ROOT / "params.yaml").read_text(encoding="utf-8"))
    entries = [e if isinstance(e, str) else next(iter(e)) for kind in ("deps", "outs", "metrics", "plots")
               for e in spec.get(kind, [])]
    for entry in entries:
        for key in _interpolated(entry):
            node: Any = raw
            for part in key.split("."):
                assert isinstance(node, dict) and part in node, f"stage {stage}: ${{{key}}} is not in params.yaml"
                node = node[part]
        if entry in _string_values(raw):
            pytest.fail(f"stage {stage}: {entry} is a literal copy of a params.yaml path; write it as ${{...}}")


def _string_values(node: Any) -> set[str]:
    if isinstance(node, dict):
        return set().union(*(_string_values(v) for v in node.values())) if node else set()
    if isinstance(node, list):
        return set().union(*(_string_values(v) for v in node)) if node else set()
    return {node} if isinstance(node, str) else set()
