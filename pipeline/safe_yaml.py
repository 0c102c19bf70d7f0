"""YAML input that cannot hurt: bounded size, aliases, nesting and integers; duplicate keys refused; UTF-8 only.

PyYAML's `safe_load` stops code execution but not resource attacks. A 418-byte "billion laughs" file builds a
small graph of shared nodes that becomes 10^9 values the moment anything walks it as a tree (a deep copy, a
pydantic validation, an error message's repr). Here every document is measured on the node graph first, with
memoisation, so the bomb is refused in microseconds before any value is built. Every error is one line
naming the source (file or `--set` override) and, where known, the line.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from pipeline.errors import ConfigError

MAX_BYTES = 1_000_000  # config files are a few KB; sidecars and region files smaller still
MAX_NODES = 100_000  # scalars + collections after alias expansion (params.yaml: ~300)
MAX_DEPTH = 32  # nesting levels (params.yaml: 5)
MAX_INT_DIGITS = 20  # 2**63 has 19 digits; larger integers are never a sensible setting
MAX_MESSAGE = 300  # characters of a value quoted in an error message
_INT_TAG = "tag:yaml.org,2002:int"
_MERGE_TAG = "tag:yaml.org,2002:merge"


def clip(text: str, limit: int = MAX_MESSAGE) -> str:
    """`text` cut to `limit` characters, saying how much was left out."""
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text) - limit} more characters)"


def _line(node: Node) -> str:
    return f" line {node.start_mark.line + 1}" if node.start_mark is not None else ""


def _measure(root: Node, source: str) -> None:
    """Refuse graphs that expand too far or nest too deep, duplicate keys, and oversized integers."""
    sizes: dict[int, int] = {}
    active: set[int] = set()
    # Iterative post-order walk: a deep document must not overflow Python's stack here either.
    stack: list[tuple[Node, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, done = stack.pop()
        key = id(node)
        if done:
            active.discard(key)
            children = _children(node)
            sizes[key] = 1 + sum(sizes[id(child)] for child in children)
            if sizes[key] > MAX_NODES:
                raise ConfigError(f"{source}{_line(node)}: YAML expands to more than {MAX_NODES:,} values (aliases "
                                  "that multiply, e.g. a 'billion laughs' file); refused")
            continue
        if depth > MAX_DEPTH:
            raise ConfigError(f"{source}{_line(node)}: YAML nested deeper than {MAX_DEPTH} levels; refused")
        if key in sizes:
            continue
        if key in active:
            raise ConfigError(f"{source}{_line(node)}: recursive YAML alias; refused")
        if isinstance(node, ScalarNode):
            if node.tag == _INT_TAG and len(node.value.lstrip("+-").replace("_", "")) > MAX_INT_DIGITS:
                raise ConfigError(f"{source}{_line(node)}: integer with {len(node.value)} digits is out of range")
            sizes[key] = 1
            continue
        if isinstance(node, MappingNode):
            _check_duplicates(node, source)
        active.add(key)
        stack.append((node, depth, True))
        stack.extend((child, depth + 1, False) for child in _children(node))


def _children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _check_duplicates(node: MappingNode, source: str) -> None:
    seen: set[str] = set()
    for key_node, _ in node.value:
        if not isinstance(key_node, ScalarNode) or key_node.tag == _MERGE_TAG:
            continue
        if key_node.value in seen:
            raise ConfigError(f"{source}{_line(key_node)}: duplicate key {clip(key_node.value, 80)!r}")
        seen.add(key_node.value)


def _problem(error: yaml.YAMLError) -> str:
    mark = getattr(error, "problem_mark", None)
    where = f" line {mark.line + 1}" if mark is not None else ""
    return f"{where}: not valid YAML ({clip(str(getattr(error, 'problem', None) or error).splitlines()[0])})"


def loads(text: str, source: str) -> Any:
    """Parse one YAML document from `text` safely; `source` names it in errors (a path or `override '...'`)."""
    if len(text) > MAX_BYTES:
        raise ConfigError(f"{source}: {len(text):,} characters of YAML; the limit is {MAX_BYTES:,}")
    _check_flow_depth(text, source)
    loader = _LOADER(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _measure(node, source)
        return loader.construct_document(node)
    except yaml.YAMLError as error:
        raise ConfigError(f"{source}{_problem(error)}") from None
    except RecursionError:
        raise ConfigError(f"{source}: YAML nested too deeply; refused") from None
    except ValueError as error:  # e.g. a timestamp or number PyYAML cannot convert
        raise ConfigError(f"{source}: bad YAML value ({clip(str(error).splitlines()[0])})") from None
    finally:
        if hasattr(loader, "dispose"):
            loader.dispose()


# libyaml (shipped in PyYAML's wheels) parses ~50x faster; the pure-Python scanner is quadratic in flow nesting.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _check_flow_depth(text: str, source: str) -> None:
    """Refuse `[[[[...` / `{{{{...` nesting before PyYAML's scanner sees it (5,000 levels take it ~13 s).

    Counts brackets without parsing quotes: an upper bound of the real nesting, so it can only refuse early.
    """
    depth = 0
    for index, char in enumerate(text):
        if char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line = text.count("\n", 0, index) + 1
                raise ConfigError(f"{source} line {line}: YAML nested deeper than {MAX_DEPTH} levels; refused")
        elif char in "]}" and depth:
            depth -= 1


def load_file(path: Any) -> Any:
    """Read and parse a YAML file: size-capped, UTF-8 only, every error one line naming the file."""
    from pathlib import Path

    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"{path}: file not found")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ConfigError(f"{path}: {size:,} bytes; YAML inputs are limited to {MAX_BYTES:,}")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ConfigError(f"{path} line {line}: not UTF-8 text (byte 0x{raw[error.start]:02x}); save the file as "
                          "UTF-8") from None
    return loads(text, str(path))
