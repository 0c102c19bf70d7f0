"""A gold set for `redact_quality` (`--sets presidio_templates`) built from presidio-evaluator's own sentence
templates (presidio-evaluator 0.3.2, `data_generator/raw_data/templates.txt`, ~210 short texts: bank and card
requests, chat lines, music and film trivia, postal blocks, signatures, CV lines) filled the way its
PresidioSentenceFaker fills them: a `SentenceFaker` over the FakeNameGenerator.com identities it ships (name, e-mail,
phone, street, city ... of one person drawn together), plus its extra providers and Faker's en_US providers for
what a record lacks. The detector never reads any of it (pipeline/ does not import presidio-evaluator).

One record per template, as the template gives it: mostly one line; the 22 templates that carry `\\n` (postal blocks,
signatures, a dialogue) become real line breaks, as the package's PresidioDataGenerator reads them. Templates are
visited in a shuffled round-robin (every template about n / 210 times); 5% of records are lower-cased, as in the
package's own generator. Deterministic for a seed and offline: the global `random`/numpy/Faker states are seeded,
and restored afterwards; dates, years and weekdays are drawn between fixed bounds (Faker's run up to today);
HospitalProvider (it queries WikiData when built) is left out, no template uses it. As in the package, a state the
identity file lacks comes out as "nan" (neutral, so it scores nothing); a placeholder used twice in a template takes
its second value from Faker, not from the same identity.

Placeholders the templates use (41, plus street_address and state from the address formats) and the gold type of
each:
- PERSON: person, name, name_female, name_male, first_name, first_name_female, first_name_male,
  first_name_nonbinary, last_name, last_name_female, last_name_male. A title or suffix that Faker's `name` puts in
  ("Dr.", "MD", "Jr.") is left outside the span, as in the hand-written sets.
- ADDRESS: street_name, building_number, secondary_address (the street / flat line: adjacent pieces on one line are
  one span), street_address, postcode, zipcode; `address` is first expanded into one of presidio-evaluator's
  AddressProviderNew formats, so its street line and postcode are ADDRESS while its city, state and country stay
  neutral (the formats for military post and "{{first_name}} and {{street_name}}" corners are left out).
- EMAIL_ADDRESS: email. PHONE_NUMBER: phone_number. CREDIT_CARD: credit_card_number. IBAN_CODE: iban.
  US_SSN: ssn. IP_ADDRESS: ip_address (v4 and v6).
- DATE_OF_BIRTH: date_of_birth where the template gives a cue ("date of birth ... It's", "born on"); the one
  template without a cue ("It's like that since {{date_of_birth}}") is neutral.
- NEUTRAL (kept on purpose by the default policy, so neither PII to find nor words to keep): city, country,
  state, state_abbr, organization, nationality, nation_woman, nation_plural, job, prefix, prefix_female,
  prefix_male, age, year, date_time, day_of_week, url, us_driver_license.
"""

from __future__ import annotations

import importlib.util
import random
import re
from datetime import datetime, timedelta
from pathlib import Path

from benchmarks.redact_data import NEUTRAL, Labelled

TEMPLATE_SEED = 4242
LOWER_CASE_RATIO = 0.05

PERSON_KEYS = {"person", "name", "name_female", "name_male", "first_name", "first_name_female", "first_name_male",
               "first_name_nonbinary", "last_name", "last_name_female", "last_name_male"}
ADDRESS_KEYS = {"street_name", "building_number", "secondary_address", "street_address", "postcode", "zipcode"}
TYPE_OF = {**dict.fromkeys(PERSON_KEYS, "PERSON"), **dict.fromkeys(ADDRESS_KEYS, "ADDRESS"),
           "email": "EMAIL_ADDRESS", "phone_number": "PHONE_NUMBER", "credit_card_number": "CREDIT_CARD",
           "iban": "IBAN_CODE", "ssn": "US_SSN", "ip_address": "IP_ADDRESS", "date_of_birth": "DATE_OF_BIRTH",
           **dict.fromkeys(["city", "country", "state", "state_abbr", "organization", "nationality", "nation_woman",
                            "nation_man", "nation_plural", "job", "prefix", "prefix_female", "prefix_male", "age",
                            "year", "date_time", "day_of_week", "url", "us_driver_license"], NEUTRAL)}
_TOKEN = re.compile(r"\{\{\s*(\w+)\s*\}\}")
_DOB_CUE = re.compile(r"(birth|born)\W+(\w+\W+){0,3}$", re.IGNORECASE)
_TITLE = re.compile(r"^(Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+")
_SUFFIX = re.compile(r"[\s,]+(MD|DDS|PhD|DVM|Jr\.?|Sr\.?|I{1,3}|IV|V)$")


def _package_dir() -> Path:
    spec = importlib.util.find_spec("presidio_evaluator")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("benchmarks/redact_templates.py needs presidio-evaluator 0.3.2 installed "
                         "(pip install --no-deps presidio-evaluator==0.3.2)")
    return Path(spec.submodule_search_locations[0]) / "data_generator"


def templates() -> list[str]:
    """The package's templates, placeholders lower-cased (as PresidioSentenceFaker does), `\\n` as line breaks."""
    raw = (_package_dir() / "raw_data" / "templates.txt").read_text(encoding="utf-8")
    out = []
    for line in raw.splitlines():
        line = line.strip().replace("\\n", "\n").replace("\\,", ",")
        if line:
            out.append(_TOKEN.sub(lambda m: "{{" + m.group(1).lower() + "}}", line))
    return out


def _address_formats() -> tuple[list[str], list[float]]:
    from presidio_evaluator.data_generator.faker_extensions import AddressProviderNew

    formats = [(f, w) for f, w in AddressProviderNew.address_formats.items()
               if "military" not in f and not f.startswith("{{first_name}}")]
    return [f for f, _ in formats], [w for _, w in formats]


def _fixed_clock_provider():
    """date_time / year / day_of_week as Faker draws them, but between fixed bounds (Faker's run up to now)."""
    from faker.providers import BaseProvider

    class FixedClockProvider(BaseProvider):
        def date_time(self) -> datetime:
            return datetime(1970, 1, 1) + timedelta(seconds=self.random_int(0, 54 * 365 * 86400))

        def year(self) -> str:
            return self.date_time().strftime("%Y")

        def day_of_week(self) -> str:
            return self.date_time().strftime("%A")

    return FixedClockProvider


def _sentence_faker(seed: int):
    import numpy as np
    from faker import Faker
    from presidio_evaluator.data_generator.faker_extensions.datasets import load_fake_person_df
    from presidio_evaluator.data_generator.faker_extensions.sentences import SentenceFaker
    from presidio_evaluator.data_generator.presidio_sentence_faker import (
        PresidioSentenceFaker,
        presidio_additional_entity_providers,
    )

    random.seed(seed)  # load_fake_person_df draws middle initials with the global random
    np.random.seed(seed)
    faker = SentenceFaker(records=load_fake_person_df(), locale="en_US", lower_case_ratio=0.0)
    for provider in presidio_additional_entity_providers:
        if provider.__name__ != "HospitalProvider":
            faker.add_provider(provider)
    faker.add_provider(_fixed_clock_provider())
    for provider, alias in PresidioSentenceFaker.PROVIDER_ALIASES:
        faker.add_provider_alias(provider_name=provider, new_name=alias)
    Faker.seed(seed)
    return faker


def _trim(text: str, start: int, end: int, kind: str) -> tuple[int, int]:
    value = text[start:end]
    start, end = start + len(value) - len(value.lstrip()), start + len(value.rstrip())
    if kind == "PERSON":
        title = _TITLE.match(text[start:end])
        if title and title.end() < end - start:
            start += title.end()
        suffix = _SUFFIX.search(text[start:end])
        if suffix and suffix.start() > 0:
            end = start + suffix.start()
    return start, end


def _record(faker, template: str, template_id: int, rng: random.Random, formats: tuple[list[str], list[float]]
            ) -> Labelled:
    # expand {{address}} into a format whose street line, postcode and city are spans of their own
    template = re.sub(r"\{\{address\}\}", lambda _: rng.choices(*formats)[0], template)
    sample = faker.parse(template, template_id=template_id)
    text = sample.full_text
    spans = []
    for span in sorted(sample.spans, key=lambda s: s.start_position):
        key = span.entity_type
        kind = TYPE_OF[key]  # KeyError: a placeholder this module does not map yet
        if kind == "DATE_OF_BIRTH" and not _DOB_CUE.search(text[:span.start_position]):
            kind = NEUTRAL
        start, end = _trim(text, span.start_position, span.end_position, kind)
        if start >= end:
            continue
        previous = spans[-1] if spans else None
        if (kind == "ADDRESS" and previous and previous[2] == "ADDRESS"
                and text[previous[1]:start].strip(" ") == "" and previous[1] < start):
            spans[-1] = (previous[0], end, kind)  # one street / flat line
        else:
            spans.append((start, end, kind))
    if rng.random() < LOWER_CASE_RATIO and len(text.lower()) == len(text):
        text = text.lower()
    gold = [("text", s, e, kind, text[s:e]) for s, e, kind in spans]
    kinds = sorted({kind for _, _, _, kind, _ in gold} - {NEUTRAL})
    return Labelled({"text": text}, gold, "+".join(kinds) if kinds else "no_pii")


def template_records(n: int = 800, seed: int = TEMPLATE_SEED) -> list[Labelled]:
    """`n` records from presidio-evaluator's templates, the same for the same seed (gold spans on field `text`)."""
    import numpy as np
    from faker.generator import random as faker_random

    states = random.getstate(), np.random.get_state(), faker_random.getstate()
    try:
        faker = _sentence_faker(seed)
        rng = random.Random(seed)
        formats = _address_formats()
        pool = templates()
        order: list[int] = []
        records = []
        for _ in range(n):
            if not order:
                order = list(range(len(pool)))
                rng.shuffle(order)
            template_id = order.pop()
            records.append(_record(faker, pool[template_id], template_id, rng, formats))
        return records
    finally:
        random.setstate(states[0])
        np.random.set_state(states[1])
        faker_random.setstate(states[2])
