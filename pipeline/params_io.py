"""Reading params.yaml, configs/ deltas and `key=value` overrides into one validated model, and error messages
that name each bad key with the file (or override) it came from and a "did you mean" hint. The models
themselves are in pipeline/config.py.
"""

from __future__ import annotations

import copy
import difflib
import reprlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from pipeline import safe_yaml
from pipeline.errors import ConfigError

Model = TypeVar("Model", bound=BaseModel)
Layers = list[tuple[str, dict[str, Any]]]


def layers(params_file: Path | None, configs: Sequence[str | Path], overrides: Sequence[str]) -> Layers:
    """(source name, data) for params.yaml (None: the built-in defaults), each config delta and each override,
    in the order they apply."""
    out: Layers = [("built-in defaults", {}) if params_file is None else (str(params_file), _read_yaml(params_file))]
    out += [(str(path), _read_yaml(Path(path))) for path in configs]
    out += [(f"override {text!r}", parse_override(text)) for text in overrides]
    return out


def validate(model: type[Model], sources: Layers) -> Model:
    """The layers merged (later wins) and validated as `model`.

    Raises:
        ConfigError: one message naming each bad key and the layer it came from.
    """
    merged: dict[str, Any] = {}
    for _, data in sources:
        merged = _deep_merge(merged, data)
    try:
        return model.model_validate(merged)
    except ValidationError as error:
        raise ConfigError(_format_errors(error, sources, model)) from None


def _deep_merge(base: dict[str, Any], delta: dict[str, Any]) -> dict[str, Any]:
    merged = copy.deepcopy(base)
    for key, value in delta.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def _read_yaml(path: Path) -> dict[str, Any]:
    data = safe_yaml.load_file(path) or {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of sections at the top level")
    return data


def parse_override(text: str) -> dict[str, Any]:
    """Turn `train.lora.r=16` into {"train": {"lora": {"r": 16}}}; the value is parsed as (bounded) YAML."""
    shown = safe_yaml.clip(text, 120)
    if "=" not in text:
        raise ConfigError(f"override {shown!r}: expected key=value, e.g. train.lora.r=16")
    dotted, raw = text.split("=", 1)
    keys = [k for k in dotted.strip().split(".") if k]
    if not keys:
        raise ConfigError(f"override {shown!r}: empty key")
    value: Any = safe_yaml.loads(raw, f"override {shown!r}") if raw.strip() else ""
    for key in reversed(keys):
        value = {key: value}
    return value


def _has_path(data: dict[str, Any], keys: Sequence[str | int]) -> bool:
    node: Any = data
    for key in keys:
        in_dict = isinstance(node, dict) and key in node
        in_list = isinstance(node, list) and isinstance(key, int) and key < len(node)
        if in_dict or in_list:
            node = node[key]
        else:
            return False
    return True


def _allowed_keys(model: type[BaseModel], keys: Sequence[str | int]) -> list[str]:
    """Field names of the sub-model at `keys` (for 'did you mean' hints)."""
    current: Any = model
    for key in keys:
        fields = getattr(current, "model_fields", None)
        if not fields or key not in fields:
            return []
        current = fields[key].annotation
    return list(getattr(current, "model_fields", {}) or {})


def _format_errors(
    error: ValidationError, layers: Sequence[tuple[str, dict[str, Any]]], model: type[BaseModel]
) -> str:
    lines = []
    for item in error.errors():
        loc = [k for k in item["loc"]]
        dotted = ".".join(str(k) for k in loc)
        source = next((name for name, data in reversed(layers) if _has_path(data, loc)), layers[0][0])
        if item["type"] == "extra_forbidden":
            allowed = _allowed_keys(model, loc[:-1])
            hint = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
            suggestion = f"; did you mean {'.'.join(map(str, loc[:-1] + [hint[0]]))!r}?" if hint else ""
            known = f" (known keys: {', '.join(allowed)})" if allowed and not hint else ""
            lines.append(f"{source}: unknown key {dotted!r}{suggestion}{known}")
        elif item["type"] == "missing":
            lines.append(f"{source}: missing key {dotted!r}")
        else:
            lines.append(f"{source}: {dotted}: {item['msg']} (got {_short_repr(item.get('input'))})")
    return safe_yaml.clip("; ".join(lines), MAX_ERROR)


# reprlib bounds the walk itself, not only the output: a huge value costs no more than a small one.
_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxlist, _REPR.maxdict, _REPR.maxtuple = 3, 6, 6, 6
_REPR.maxstring, _REPR.maxother, _REPR.maxlong = 80, 80, 40
MAX_ERROR = 2000  # characters of one error line


def _short_repr(value: Any) -> str:
    return _REPR.repr(value)
