"""Labelled synthetic PII records for the redaction benchmarks (fixed seed, several locales, all types).

Each record is built from fragments, so the character span of every planted value is known exactly. Ordinary
text comes from the Zaragoza construction FAQ (CC-BY-4.0, an installed package), so "words lost outside PII" is
measured on real prose. Records come in the three schemas (text, instruction, chat) and as multi-line tickets,
notes, chat logs, IT logs, ID forms and PII-free records. `CITY` spans are neutral: they count neither as PII to
find nor as ordinary words to keep.

Names come from two groups of Faker locales: locales whose name lists are in configs/names/ (the gazetteer) and
held-out locales that are not, so PERSON recall is reported for both.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import string
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from faker import Faker

GAZETTEER_LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "nl_NL", "pt_BR", "tr_TR",
                     "sv_SE", "en_IN"]
HELD_OUT_LOCALES = ["id_ID", "vi_VN", "yo_NG", "zu_ZA", "ig_NG", "sw"]
ADDRESS_LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT"]
NEUTRAL = "CITY"


def fixed_hash_seed(module: str) -> None:
    """Re-run this benchmark with PYTHONHASHSEED=0: some Faker providers pick from sets, whose order (and so the
    generated records) otherwise changes from run to run."""
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, "-m", module, *sys.argv[1:]])


@dataclass
class Labelled:
    """A record plus its gold spans: (field path, start, end, type, value)."""

    record: dict[str, Any]
    gold: list[tuple[str, int, int, str, str]] = field(default_factory=list)
    kind: str = ""
    held_out_names: bool = False


class _Text:
    """Accumulates fragments for one field and the gold spans inside it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str, str]] = []
        self.length = 0

    def add(self, text: str, kind: str | None = None) -> _Text:
        if kind:
            self.spans.append((self.length, self.length + len(text), kind, text))
        self.parts.append(text)
        self.length += len(text)
        return self

    def value(self) -> str:
        return "".join(self.parts)


def _faq_rows() -> list[dict[str, str]]:
    spec = importlib.util.find_spec("zaragoza_construction_faq")
    assert spec and spec.submodule_search_locations
    path = Path(spec.submodule_search_locations[0]) / "data" / "faq-en-alpaca.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# --- valid identifiers -------------------------------------------------------------------------------------------
def nhs_number(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            number = "".join(map(str, digits)) + str(check)
            return f"{number[:3]} {number[3:6]} {number[6:]}" if rng.random() < 0.7 else number


def nino(rng: random.Random) -> str:
    first, second = "ABCEGHJKLMNPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = rng.choice(first) + rng.choice(second)
        if prefix not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    digits = "".join(rng.choice(string.digits) for _ in range(6))
    suffix = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
    return f"{prefix}{digits}{suffix}"


def de_tax_id(rng: random.Random) -> str:
    while True:
        pool = rng.sample(range(10), 9)
        digits = pool + [pool[rng.randint(0, 8)]]
        rng.shuffle(digits)
        if digits[0] == 0:
            continue
        product = 10
        for digit in digits:
            total = (digit + product) % 10 or 10
            product = (total * 2) % 11
        number = "".join(map(str, digits)) + str((11 - product) % 10)
        return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}" if rng.random() < 0.3 else number


def fr_nir(rng: random.Random) -> str:
    body = f"{rng.choice('12')}{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}" \
           f"{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    number = body + f"{key:02d}"
    if rng.random() < 0.5:
        return f"{number[0]} {number[1:3]} {number[3:5]} {number[5:7]} {number[7:10]} {number[10:13]} {number[13:]}"
    return number


def secret(rng: random.Random) -> str:
    alnum = string.ascii_letters + string.digits
    kind = rng.randrange(5)
    if kind == 0:
        return "sk_live_" + "".join(rng.choice(alnum) for _ in range(24))
    if kind == 1:
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16))
    if kind == 2:
        return "ghp_" + "".join(rng.choice(alnum) for _ in range(36))
    if kind == 3:
        part = "".join(rng.choice(alnum) for _ in range(30))
        return f"eyJhbGciOiJIUzI1NiJ9.eyJ{part[:20]}.{part}"
    body = "\n".join("".join(rng.choice(alnum + "+/") for _ in range(64)) for _ in range(3))
    return f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"


def password(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_letters) for _ in range(6)) + str(rng.randint(10, 999)) + rng.choice("!#$%")


# --- record builders ------------------------------------------------------------------------------------------------
class Generator:
    """Deterministic record factory (seeded Faker per locale and one random.Random)."""

    def __init__(self, seed: int = 1234) -> None:
        self.rng = random.Random(seed)
        Faker.seed(seed)
        # sorted: set order changes with PYTHONHASHSEED, and each locale gets its own seed below
        self.fakers = {loc: Faker(loc) for loc in sorted(set(GAZETTEER_LOCALES + HELD_OUT_LOCALES + ADDRESS_LOCALES))}
        for index, faker in enumerate(self.fakers.values()):
            faker.seed_instance(seed + index)
        self.faq = _faq_rows()

    def sentence(self) -> str:
        row = self.rng.choice(self.faq)
        return self.rng.choice([row["instruction"], row["output"]])

    def name(self, held_out: bool = False) -> str:
        faker = self.fakers[self.rng.choice(HELD_OUT_LOCALES if held_out else GAZETTEER_LOCALES)]
        return f"{faker.first_name()} {faker.last_name()}"

    def first_name(self, held_out: bool = False) -> str:
        return self.name(held_out).split()[0]

    def phone(self) -> str:
        return self.fakers[self.rng.choice(ADDRESS_LOCALES)].phone_number()

    def email(self) -> str:
        return self.fakers[self.rng.choice(GAZETTEER_LOCALES)].email()

    def address(self, text: _Text) -> None:
        locale = self.rng.choice(ADDRESS_LOCALES)
        faker = self.fakers[locale]
        street = faker.street_address()
        text.add(street, "ADDRESS")
        if locale == "en_US":
            text.add("\n").add(faker.city(), NEUTRAL).add(", ")
            text.add(f"{faker.state_abbr()} {faker.zipcode()}", "ADDRESS")
        elif locale == "en_GB":
            text.add("\n").add(faker.city(), NEUTRAL).add("\n").add(faker.postcode(), "ADDRESS")
        else:
            text.add("\n").add(faker.postcode(), "ADDRESS").add(" ").add(faker.city(), NEUTRAL)

    def ticket(self, held_out: bool) -> Labelled:
        person = self.name(held_out)
        text = _Text().add(f"Ticket #{self.rng.randint(1000, 99999)}\nFrom: ").add(person, "PERSON")
        text.add(" <").add(self.email(), "EMAIL_ADDRESS").add(">\nPhone: ").add(self.phone(), "PHONE_NUMBER")
        text.add(f"\n\n{self.sentence()}\n\nPlease send the inspector to:\n")
        self.address(text)
        text.add(f"\n\n{self.sentence()}\n\nRegards,\n").add(person.split()[0], "PERSON")
        return self._labelled({"id": "", "text": text}, "ticket", held_out)

    def note(self, held_out: bool) -> Labelled:
        faker = self.fakers[self.rng.choice(["en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL"])]
        text = _Text().add("Call note: spoke to ").add(self.name(held_out), "PERSON").add(" on ")
        text.add(self.phone(), "PHONE_NUMBER").add(f" about the invoice. {self.sentence()}\nRefund to IBAN ")
        text.add(faker.iban(), "IBAN_CODE").add(", or charge card ")
        card = self.fakers["en_US"].credit_card_number(self.rng.choice(["mastercard", "visa16", "amex", "discover"]))
        text.add(card, "CREDIT_CARD").add(f".\nFollow-up in 3 weeks. {self.sentence()}")
        return self._labelled({"id": "", "text": text}, "note", held_out)

    def chat(self, held_out: bool) -> Labelled:
        user1 = _Text().add("Hi, I'm ").add(self.first_name(held_out), "PERSON").add(f". {self.sentence()} ")
        user1.add("You can reach me at ").add(self.email(), "EMAIL_ADDRESS").add(".")
        assistant = _Text().add(self.sentence())
        user2 = _Text().add("Thanks. For the form: my SSN is ").add(self.fakers["en_US"].ssn(), "US_SSN")
        user2.add(" and my partner ").add(self.name(held_out).lower(), "PERSON").add(" will sign too.")
        messages = [("user", user1), ("assistant", assistant), ("user", user2)]
        record = {"id": "", "messages": [{"role": r, "content": t} for r, t in messages]}
        return self._labelled(record, "chat", held_out)

    def instruction(self, held_out: bool) -> Labelled:
        row = self.rng.choice(self.faq)
        data = _Text().add("Customer ").add(self.name(held_out), "PERSON").add(", NHS number ")
        data.add(nhs_number(self.rng), "UK_NHS").add(", NI ").add(nino(self.rng), "UK_NINO").add(", lives at ")
        self.address(data)
        return self._labelled({"id": "", "instruction": row["instruction"], "input": data, "output": row["output"]},
                              "instruction", held_out)

    def it_log(self, held_out: bool) -> Labelled:
        faker = self.fakers["en_US"]
        text = _Text().add("2024-03-11 09:14:02 login failed for ").add(self.name(held_out).lower(), "PERSON")
        text.add(" from ").add(faker.ipv4_public(), "IP_ADDRESS")
        text.add(" (device ").add(faker.mac_address(), "MAC_ADDRESS")
        text.add(")\n2024-03-11 09:14:07 retry from ").add(faker.ipv6(), "IP_ADDRESS")
        text.add("\nconfig dump: api_key=").add(secret(self.rng), "SECRET").add(" password=")
        text.add(password(self.rng), "SECRET").add(f"\nTook 2 hours to resolve. {self.sentence()}")
        return self._labelled({"id": "", "text": text}, "it_log", held_out)

    def id_form(self, held_out: bool) -> Labelled:
        text = _Text().add("Applicant: ").add(self.name(held_out), "PERSON").add("\nSteuer-ID: ")
        text.add(de_tax_id(self.rng), "DE_TAX_ID").add("\nNIR: ").add(fr_nir(self.rng), "FR_NIR").add("\nDNI/NIE: ")
        faker = self.fakers["es_ES"]
        text.add(faker.nif() if self.rng.random() < 0.5 else faker.nie(), "ES_NIF").add("\nCodice fiscale: ")
        text.add(self.fakers["it_IT"].ssn(), "IT_FISCAL_CODE").add(f"\n{self.sentence()}")
        return self._labelled({"id": "", "text": text}, "id_form", held_out)

    def clean(self, held_out: bool) -> Labelled:
        row = self.rng.choice(self.faq)
        if self.rng.random() < 0.5:
            return self._labelled({"id": "", "instruction": row["instruction"], "input": "", "output": row["output"]},
                                  "pii_free", False)
        return self._labelled({"id": "", "text": f"{row['instruction']}\n\n{row['output']}"}, "pii_free", False)

    def _labelled(self, record: dict[str, Any], kind: str, held_out: bool) -> Labelled:
        labelled = Labelled({}, kind=kind, held_out_names=held_out)
        for key, value in record.items():
            if key == "messages":
                labelled.record[key] = []
                for message in value:
                    labelled.record[key].append({"role": message["role"], "content": message["content"].value()})
                    labelled.gold += [("messages.content", s, e, t, v) for s, e, t, v in message["content"].spans]
            elif isinstance(value, _Text):
                labelled.record[key] = value.value()
                labelled.gold += [(key, s, e, t, v) for s, e, t, v in value.spans]
            else:
                labelled.record[key] = value
        return labelled

    def records(self, count: int) -> list[Labelled]:
        """`count` records: 15% PII-free, the rest spread over the kinds; 30% use held-out-locale names."""
        kinds = [self.ticket, self.note, self.chat, self.instruction, self.it_log, self.id_form]
        out = []
        for index in range(count):
            item = self.clean(False) if index % 7 == 6 else kinds[index % len(kinds)](self.rng.random() < 0.3)
            item.record["id"] = f"bench-{index:05d}"
            out.append(item)
        return out
