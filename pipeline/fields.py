"""Record-level redaction (`redact_records`): which values of a record are scanned, how, and how redacted values
and keys go back in.

Every value is scanned unless the user narrows it (`redact.fields`) or skips a field name (`redact.skip_fields`):
- string values: the full analysis (NER + patterns); short ones also get the patterns with their key as context,
  so `{"ssn": "123456789"}` reads as "ssn: 123456789";
- numbers (cards, SSNs and phones stored as integers): the patterns over "key: number";
- `id` values: the patterns (ids are codes: NER on them only loses words);
- chat `role` values outside `records.KNOWN_ROLES`: the full analysis (a known role is vocabulary, not data);
- every JSON key, at any depth: the patterns (an email used as a key is still an email).
The fields that training reads (`records.TRAINED_FIELDS`) are always scanned: `redact.fields` adds to them.

Report counters use `count_path`, which names only schema paths and the user's configured fields: a key is
data and never reaches the report.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from pipeline.records import KNOWN_ROLES, MAX_DEPTH, TRAINED_FIELDS, depth, schema_error

if TYPE_CHECKING:
    from pipeline.redactor import Redactor

Kind = Literal["full", "pattern", "number"]
CONTEXT_MAX_CHARS = 64  # short string values also get "key: value" pattern scanning (forms, tables, metadata)


def _under(path: str, prefixes: tuple[str, ...]) -> bool:
    return any(path == prefix or path.startswith(prefix + ".") for prefix in prefixes)


@dataclass(frozen=True)
class Selection:
    """The scanned part of a record: trained fields always, plus `fields` (or everything when it is empty)."""

    fields: tuple[str, ...] = ()
    skip: tuple[str, ...] = ()

    def kind(self, path: str, value: Any) -> Kind | None:
        """How the value at dotted `path` (list indices dropped) is scanned; None when it is not."""
        if isinstance(value, bool) or value is None:
            return None
        if isinstance(value, str):
            if not value.strip():
                return None
            if path == "messages.role":
                return None if value in KNOWN_ROLES else "full"
            if _under(path, TRAINED_FIELDS):
                return "full"
        elif not isinstance(value, int | float):
            return None
        if path == "id":
            return "pattern" if isinstance(value, str) else "number"
        if self.fields:
            if not _under(path, self.fields):
                return None
        elif path.split(".")[-1] in self.skip:
            return None
        return "full" if isinstance(value, str) else "number"

    def count_path(self, path: str) -> str:
        """The name counters use for `path`: a schema or configured field, else `other` (keys are data)."""
        if path == "id" or path == "messages.role" or _under(path, TRAINED_FIELDS) or _under(path, self.fields):
            return path
        return "other"


@dataclass
class Slot:
    """One scanned value: where it lives (`container[key]`), its dotted path and how it is scanned."""

    record: int
    container: Any
    key: Any
    path: str
    kind: Kind

    @property
    def value(self) -> Any:
        return self.container[self.key]

    def context(self) -> str:
        """The field name as a cue for the patterns ("phone: ", "ssn: "; list items take their list's name), or ""
        for trained fields and long values."""
        if _under(self.path, TRAINED_FIELDS):
            return ""  # trained fields are prose: the full analysis reads their own context
        if isinstance(self.value, str) and len(self.value) > CONTEXT_MAX_CHARS:
            return ""
        name = self.path.rsplit(".", 1)[-1]
        return f"{name}: " if name else ""


def slots(index: int, record: Any, selection: Selection, prefix: str = "") -> Iterator[Slot]:
    """Every scanned value of `record` (nested included) as a Slot; depth is bounded by records.MAX_DEPTH."""
    items = record.items() if isinstance(record, dict) else enumerate(record)
    for key, value in items:
        path = prefix if isinstance(record, list) else (f"{prefix}.{key}" if prefix else str(key))
        if isinstance(value, dict | list):
            yield from slots(index, value, selection, path)
            continue
        kind = selection.kind(path, value)
        if kind is not None:
            yield Slot(index, record, key, path, kind)


def keys(record: Any) -> Iterator[str]:
    """Every key of every object in `record`."""
    stack = [record]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            yield from node.keys()
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def rename_keys(record: Any, renamed: dict[str, str]) -> Any:
    """`record` with keys replaced per `renamed`; a new key that collides with another gets `#2`, `#3`, ..."""
    if isinstance(record, list):
        return [rename_keys(item, renamed) for item in record]
    if not isinstance(record, dict):
        return record
    out: dict[str, Any] = {}
    for key, value in record.items():
        new = renamed.get(key, key)
        if new in out:
            number = 2
            while f"{new}#{number}" in out:
                number += 1
            new = f"{new}#{number}"
        out[new] = rename_keys(value, renamed)
    return out


# --- spans ------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Span:
    """A detected entity: character offsets [start, end) in the field's text."""

    start: int
    end: int
    entity: str
    score: float


def merge_spans(spans: Sequence[Span], rank: Callable[[str], int] | None = None) -> list[Span]:
    """Union of overlapping spans; the merged span takes the type of its strictest part.

    Strictest: the highest `rank` (the policy's operator order, drop_record > pseudonym > mask > placeholder),
    then the highest score, then the longest span. Without `rank`, score and length decide.
    """

    def strictness(span: Span) -> tuple[int, float, int]:
        return (rank(span.entity) if rank else 0, span.score, span.end - span.start)

    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            best = max((last, span), key=strictness)
            merged[-1] = Span(last.start, max(last.end, span.end), best.entity, best.score)
        else:
            merged.append(span)
    return merged


# --- records ----------------------------------------------------------------------------------------------------------
@dataclass
class BatchResult:
    """What a worker returns for one chunk of records (records keep their input order)."""

    records: list[dict[str, Any] | None] = field(default_factory=list)  # None: dropped or quarantined
    quarantined: list[tuple[int, str]] = field(default_factory=list)  # (index in chunk, reason)
    counts: Counter[str] = field(default_factory=Counter)
    # When asked for: per record, per fully analysed string value (not ids, numbers or keys), in visiting order.
    spans: list[list[list[Span]]] | None = None


def _scan_text(value: Any) -> str:
    return value if isinstance(value, str) else repr(value) if isinstance(value, float) else str(value)


def redact_records(
    redactor: Redactor,
    records: Sequence[dict[str, Any]],
    fields: Sequence[str] = (),
    skip_fields: Sequence[str] = (),
    batch_size: int = 64,
    keep_spans: bool = False,
) -> BatchResult:
    """Redact `records` (copies; inputs untouched) under the redactor's policy, then leak-scan the output.

    Which values are scanned, and how: pipeline/fields.py (the trained fields always; `fields` adds to them).
    A record that cannot be processed is quarantined with a reason; the others are unaffected.

    Returns:
        BatchResult: redacted records (None where dropped or quarantined), quarantine reasons, counts keyed
        `entity:<TYPE>`, `field:<path>` (schema and configured paths; `key`, `other`), `operator:<op>`, `dropped`.
    """
    selection = Selection(tuple(fields), tuple(skip_fields))
    result = BatchResult(spans=[[] for _ in records] if keep_spans else None)
    failed: dict[int, str] = {}
    copies: list[Any] = []
    for index, record in enumerate(records):
        if depth(record) > MAX_DEPTH:
            failed[index] = f"malformed record (nesting deeper than {MAX_DEPTH} levels)"
        copies.append(json.loads(json.dumps(record)) if index not in failed else None)
    found: list[Slot] = [slot for index, copy in enumerate(copies) if copy is not None
                         for slot in slots(index, copy, selection)]
    full = [slot for slot in found if slot.kind == "full"]
    texts = [slot.value for slot in full]
    languages = _record_languages(redactor, [slot.record for slot in full], texts, result.counts)
    analysed = _analyze_safely(redactor, texts, batch_size, [languages[slot.record] for slot in full])
    analysed = _propagate_per_record(redactor, [slot.record for slot in full], texts, analysed)
    spans_of: dict[int, list[Span]] = {id(slot): spans for slot, spans in zip(full, analysed, strict=True)}
    dropped: set[int] = set()
    for slot in found:
        if slot.record in failed:
            continue
        try:
            text = _scan_text(slot.value)
            spans = spans_of.get(id(slot), [])
            if spans is None:
                failed[slot.record] = "internal error (analysis failed on this record)"
                continue
            if slot.kind != "full" or slot.context():
                spans = merge_spans([*spans, *redactor.scan_patterns(text, slot.context())], redactor.rank)
            if result.spans is not None and slot.kind == "full":
                result.spans[slot.record].append(spans)
            if not spans:
                continue
            for span in spans:
                result.counts[f"entity:{span.entity}"] += 1
                result.counts[f"field:{selection.count_path(slot.path)}"] += 1
            slot.container[slot.key], drop = redactor.apply(text, spans, result.counts)
            if drop:
                dropped.add(slot.record)
        except Exception as error:  # one record's failure must not stop the file
            failed[slot.record] = f"internal error ({type(error).__name__})"
    for index, copy in enumerate(copies):
        if index in failed:
            result.quarantined.append((index, failed[index]))
            result.records.append(None)
            continue
        if index in dropped:
            result.counts["dropped"] += 1
            result.records.append(None)
            continue
        try:
            record, reason = _finish_record(redactor, copy, selection, result.counts)
        except Exception as error:
            record, reason = None, f"internal error ({type(error).__name__})"
        if record is None:
            if reason == "dropped":
                result.counts["dropped"] += 1
            else:
                result.quarantined.append((index, reason))
        result.records.append(record)
    return result


def _analyze_safely(redactor: Redactor, texts: list[str], batch_size: int,
                    languages: list[str]) -> list[list[Span] | None]:
    """`redactor.analyze` over the batch; when it fails, text by text, so only the failing texts are lost."""
    try:
        return list(redactor.analyze(texts, batch_size=batch_size, languages=languages))
    except Exception:
        out: list[list[Span] | None] = []
        for text, language in zip(texts, languages, strict=True):
            try:
                out.append(redactor.analyze([text], languages=[language])[0])
            except Exception:
                out.append(None)
        return out


def _record_languages(redactor: Redactor, owners: Sequence[int], texts: Sequence[str],
                      counts: Counter[str]) -> dict[int, str]:
    """One language per record, detected on its scanned text together (counted as `language:<code>`)."""
    from pipeline.language import detect

    joined: dict[int, list[str]] = {}
    for owner, text in zip(owners, texts, strict=True):
        joined.setdefault(owner, []).append(text)
    languages = {owner: detect("\n".join(parts), redactor.languages) for owner, parts in joined.items()}
    counts.update(f"language:{language}" for language in languages.values())
    return languages


def _propagate_per_record(redactor: Redactor, owners: Sequence[int], texts: Sequence[str],
                          found: list[list[Span] | None]) -> list[list[Span] | None]:
    """Names found anywhere in a record are redacted in all of that record's fields."""
    by_record: dict[int, list[int]] = {}
    for position, owner in enumerate(owners):
        by_record.setdefault(owner, []).append(position)
    out = list(found)
    for positions in by_record.values():
        if any(found[p] is None for p in positions):
            continue  # that record is quarantined anyway
        spread = redactor.propagate_names([texts[p] for p in positions], [found[p] or [] for p in positions])
        for position, spans in zip(positions, spread, strict=True):
            out[position] = spans
    return out


def _finish_record(redactor: Redactor, record: dict[str, Any], selection: Selection,
                   counts: Counter[str]) -> tuple[dict[str, Any] | None, str]:
    """Redact the keys, then leak-scan and schema-check the result: (record, "") or (None, reason)."""
    renamed: dict[str, str] = {}
    drop = False
    for key in set(keys(record)):
        spans = redactor.scan_key(key)
        if spans:
            for span in spans:
                counts[f"entity:{span.entity}"] += 1
                counts["field:key"] += 1
            renamed[key], key_drop = redactor.apply(key, spans, counts)
            drop = drop or key_drop
    if drop:
        return None, "dropped"
    if renamed:
        record = rename_keys(record, renamed)
    if redactor.policy.leak_scan:
        leaks: set[str] = set()
        for slot in slots(0, record, selection):
            leaks.update(redactor.leaks(_scan_text(slot.value)))
        for key in set(keys(record)):
            leaks.update(redactor.key_leaks(key))
        if leaks:
            return None, f"leak scan: {', '.join(sorted(leaks))} still present after redaction"
    error = schema_error(record)
    if error:
        return None, f"{error} (after redaction)"
    return record, ""
