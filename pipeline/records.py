"""The record schema, defined once: what `prepare` writes, what `redact` accepts and scans, what `train` reads.

Three shapes, recognised in this order (the first key present decides, so a record is never read two ways):

- chat:        {"messages": [{"role": "user", "content": "..."}, {"role": "assistant", "content": "..."}], ...}
- instruction: {"instruction": "...", "input": "..." (optional), "output": "...", ...}
- text:        {"text": "...", ...}

Other keys (`id`, `category`, metadata) ride along unchanged. `TRAINED_FIELDS` are the fields whose text
reaches the model: redaction always scans and leak-scans them, whatever `redact.fields` says.
"""

from __future__ import annotations

from typing import Any

# Dotted paths without list indices, as `redact.fields` names them.
TRAINED_FIELDS: tuple[str, ...] = ("text", "instruction", "input", "output", "messages.content")
# Chat roles that are vocabulary, not data: never scanned. Any other role value is scanned like text.
KNOWN_ROLES: frozenset[str] = frozenset({"system", "user", "assistant", "tool"})
# Deeper records are quarantined: real training records nest a few levels, and every walker stays recursive.
MAX_DEPTH = 64

CHAT, INSTRUCTION, TEXT = "chat", "instruction", "text"


def record_shape(record: Any) -> str | None:
    """`chat`, `instruction` or `text` by the first key present (in that order); None for anything else."""
    if not isinstance(record, dict):
        return None
    for key, shape in (("messages", CHAT), ("instruction", INSTRUCTION), ("text", TEXT)):
        if key in record:
            return shape
    return None


def schema_error(record: Any) -> str | None:
    """Why `train` would reject `record` (None when it reads it). Reasons name fields, never values."""
    shape = record_shape(record)
    if shape is None:
        if not isinstance(record, dict):
            return "wrong schema: record is not a JSON object"
        return "wrong schema: expected `text`, `instruction` + `output` or `messages` [{role, content}]"
    if shape == CHAT:
        messages = record["messages"]
        if not isinstance(messages, list) or not messages:
            return "wrong schema: `messages` is not a non-empty list"
        if not all(isinstance(m, dict) and isinstance(m.get("role"), str) and isinstance(m.get("content"), str)
                   for m in messages):
            return "wrong schema: every message needs a text `role` and a text `content`"
        return None
    if shape == INSTRUCTION:
        if not isinstance(record["instruction"], str) or not isinstance(record.get("output"), str):
            return "wrong schema: an instruction record needs text `instruction` and `output`"
        if record.get("input") is not None and not isinstance(record["input"], str):
            return "wrong schema: `input` is not text"
        return None
    return None if isinstance(record["text"], str) else "wrong schema: `text` is not text"


def record_messages(record: dict[str, Any]) -> list[dict[str, str]] | None:
    """Chat messages for a chat or instruction record (instruction + input as the user turn); None for text.

    Raises:
        ValueError: the record is not one of the three shapes (`schema_error` says why).
    """
    error = schema_error(record)
    if error:
        name = str(record.get("id", "?"))[:40] if isinstance(record, dict) else "?"
        raise ValueError(f"record {name!r}: {error}")
    shape = record_shape(record)
    if shape == CHAT:
        return [{"role": m["role"], "content": m["content"]} for m in record["messages"]]
    if shape == INSTRUCTION:
        prompt = record["instruction"]
        if record.get("input"):
            prompt += "\n\n" + record["input"]
        return [{"role": "user", "content": prompt}, {"role": "assistant", "content": record["output"]}]
    return None


def depth(value: Any) -> int:
    """Nesting depth of a JSON value (a scalar is 0), computed without recursion so any input is safe."""
    deepest = 0
    stack = [(value, 0)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict):
            stack.extend((child, level + 1) for child in node.values())
        elif isinstance(node, list):
            stack.extend((child, level + 1) for child in node)
        else:
            continue
        deepest = max(deepest, level + 1)
        if deepest > MAX_DEPTH:
            break
    return deepest
