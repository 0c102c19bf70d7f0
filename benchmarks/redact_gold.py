"""An independent labelled gold set for `redact_quality`: multi-line records whose names the detector never read.

Sources, none of which pipeline/ reads:
- identities (names, street addresses of ~30 countries, postcodes, cities, phones, emails, user names) from
  `FakeNameGenerator.com_3000.csv` inside presidio-evaluator 0.3.2 (MIT; read as a file, the package is never
  imported);
- hand-written pools below for the failure classes of issue 11: Irish, Vietnamese, Turkish, Arabic, Spanish,
  East Asian, West/Southern African, South Asian, Polish, Hungarian, Greek, Icelandic names with their particles
  and diacritics, and address lines of India, Germany, France, the UK, the US, Sweden and the Netherlands;
- 16 hand-written record styles (support tickets, clinical notes, HR mail, chat and ops logs, CSV rows, postal
  blocks, bank and CRM notes, forum posts, referral letters, payment updates, tax forms, French/German/Swedish
  letters) and PII-free records for false redaction.

Split: identities with an even `Number`, the even-indexed hand names and `TUNING_SEED` make the tuning part;
odd ones and `HELD_OUT_SEED` the held-out part, which was never printed or read while the rules were tuned.
Each gold span is (field, start, end, type, value); `CITY` spans are neutral (cities are kept on purpose).
"""

from __future__ import annotations

import csv
import importlib.util
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.redact_data import NEUTRAL, Labelled
from benchmarks.redact_data import _Text as _BaseText

TUNING_SEED = 4242
HELD_OUT_SEED = 9191
STYLES_PER_PART = 17  # one record of each style per round


@dataclass(frozen=True)
class Person:
    """One identity: names as written in its culture's order, plus contact details."""

    given: str
    family: str
    title: str = ""
    family_first: bool = False  # East Asian / Hungarian order
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""
    phone: str = ""
    email: str = ""
    username: str = ""

    @property
    def call_name(self) -> str:
        """The name a person is addressed by: the first given name ("Bích Ngọc" -> "Ngọc" in Vietnamese)."""
        return self.given.split()[-1 if self.family_first else 0]


# Hand-written name pools (given, family, family-first order). Not taken from any list the detector reads.
HAND_NAMES: list[tuple[str, str, bool]] = [
    ("Fionnuala", "Ní Dhomhnaill", False), ("Ruairí", "Ó Floinn", False), ("Clodagh", "Nic Giolla Phádraig", False),
    ("Donncha", "Mac Craith", False), ("Éabha", "Ní Chonchúir", False), ("Cathal", "Ó Dálaigh", False),
    ("Bích Ngọc", "Nguyễn Thị", True), ("Văn Khải", "Trịnh", True), ("Thị Hạnh", "Lưu", True),
    ("Minh Triết", "Đoàn", True), ("Gia Hân", "Quách", True), ("Nữ Diễm", "Tôn", True),
    ("Şükrü", "Çağlayan", False), ("Gülşen", "Yıldırımoğlu", False), ("İlkay", "Öztürkmen", False),
    ("Çiğdem", "Karabıyık", False), ("Oğuzhan", "Ekşioğlu", False), ("Müge", "Kuşçuoğlu", False),
    ("Rashed", "Al-Mutairi", False), ("Haifa", "Al-Qahtani", False), ("Jamal", "El-Khatib", False),
    ("Dalal", "Al-Mansoori", False), ("Fahd", "Al-Otaibi", False), ("Hind", "El-Amrani", False),
    ("María de la Paz", "Echeverría", False), ("José Luis", "de la Fuente Ortiz", False),
    ("Inmaculada", "de los Ríos", False), ("Ximena", "de la Garza", False),
    ("Rinko", "Takahashi", True), ("Seung-hwan", "Baek", True), ("Ruolan", "Ouyang", True),
    ("Yiran", "Gong", True), ("Tsubasa", "Sakurai", True), ("Hyo-rin", "Seong", True),
    ("Oluwafunmilayo", "Adeyinka-Bello", False), ("Ikechukwu", "Onwuachi", False), ("Efua", "Nyarko-Boadu", False),
    ("Sibusiso", "Mahlangu", False), ("Nkechinyere", "Uzoigwe", False), ("Ayokunle", "Odusanya", False),
    ("Srinivasaraghavan", "Thirunavukkarasu", False), ("Gurleen", "Bajwa", False),
    ("Parvathy", "Unnikrishnan", False), ("Mrinalini", "Sengupta", False),
    ("Przemysław", "Grzegorczyk", False), ("Zsófia", "Szőke", True), ("Panagiota", "Kyriakopoulou", False),
    ("Sæunn", "Þórhallsdóttir", False), ("Väinö", "Räsänen", False), ("Bartholomew", "Quigley-Ndiaye", False),
    ("Tawfiq", "Bouzidi", False), ("Lwazi", "Ntuli", False), ("Anahí", "Quispe Mamani", False),
    ("Tupac", "Huamaní", False), ("Keoni", "Kahananui", False), ("Aroha", "Te Whatu", False),
]

# Hand-written address lines with the failure shapes (Indian house number before a comma, "Am <Name> 12b",
# French "14 bis, rue ...", 6-digit postcodes). (street line, postcode, city)
HAND_ADDRESSES: list[tuple[str, str, str]] = [
    ("Flat 4B, 27 Residency Road", "560025", "Bengaluru"), ("12, Gandhi Nagar Main Road", "600020", "Chennai"),
    ("House No. 221, Sector 15-A", "160015", "Chandigarh"), ("3/14, Lajpat Nagar IV", "110024", "New Delhi"),
    ("Am Lindenhof 12b", "53117", "Bonn"), ("Auf der Höhe 7", "42117", "Wuppertal"),
    ("An den Eichen 3a", "04109", "Leipzig"), ("Im Winkel 22", "79098", "Freiburg"),
    ("14 bis, rue des Lilas", "69003", "Lyon"), ("7, impasse du Moulin", "33800", "Bordeaux"),
    ("Résidence Les Pins, bât. C", "13008", "Marseille"), ("2 ter, allée des Acacias", "44000", "Nantes"),
    ("Flat 2, 18 Kelvin Grove", "G3 7RZ", "Glasgow"), ("41 Wexham Lane", "SL2 5HD", "Slough"),
    ("Apt 5C, 1180 Ridgewood Terrace", "30307", "Atlanta"), ("77 Old Mill Rd", "05401", "Burlington"),
    ("Vasagatan 16, 3 tr", "411 24", "Göteborg"), ("Kungsholmsgatan 9B", "112 27", "Stockholm"),
    ("Prinsengracht 263-1", "1016 GV", "Amsterdam"), ("Oudegracht 112bis", "3511 AX", "Utrecht"),
    ("Ул. Пушкина, д. 10, кв. 5", "191186", "Санкт-Петербург"), ("Blk 305 Ubi Avenue 1, #02-45", "400305",
                                                                  "Singapore"),
]

CONDITIONS = ["type 2 diabetes", "hypertension", "a sprained ankle", "migraine", "asthma", "a chest infection"]
PRODUCTS = ["router", "invoice", "laptop", "badge", "VPN token", "parking permit", "monitor", "contract"]
CLEAN = [
    "Release 4.2 ships on Monday.\nThe Grant Thornton audit moved to May; Will and Hope are the project codenames.\n"
    "Rollback plan: revert the Helm chart and restart the Kafka consumers.",
    "Meeting notes, Berlin office\n- Budget for the Lisbon data centre approved\n- Jordan Valley pilot paused\n"
    "- Next review: Tuesday 14:00 in room Orion",
    "How do I reset the thermostat?\nPress and hold Mode for five seconds until the display blinks, then set the "
    "schedule again.\nThe Eco setting saves about 8% on heating.",
    "Incident INC-20931 closed.\nRoot cause: an expired TLS certificate on the Frankfurt load balancer.\n"
    "Action: automate renewals with the Vault PKI engine before March.",
    "Bonjour,\nla réunion de l'équipe Atlas est déplacée à jeudi. Merci de mettre à jour le planning.\n"
    "Ordre du jour : budget, recrutement, déménagement à Nantes.",
    "Hallo zusammen,\ndas Update für die Buchhaltung läuft am Freitag ab 18 Uhr. Bitte speichert eure Arbeit.\n"
    "Die Server in Köln bleiben erreichbar.",
    "Hej allihopa,\nnya rutiner för reseräkningar gäller från första april. Kvitton laddas upp i Concur.\n"
    "Frågor besvaras av ekonomiavdelningen i Malmö.",
    "Forum: Best glue for oak flooring?\nI used Bostik on a Victorian floor and it held for years. Avoid cheap PVA in "
    "damp rooms. Summer humidity makes joints swell.",
    "Quarterly report\nRevenue grew 12% in the Nordic region, driven by Sweden and Norway. Margins in Spain fell "
    "after the Madrid warehouse move. Outlook: stable.",
    "Patient education leaflet\nTake the tablets with food. Contact your GP if the rash spreads or you develop a "
    "fever. Do not drive if you feel dizzy.",
    "CSV export header: order_id,product,quantity,price,currency\nNotes: prices in EUR; Amazon and Zalando orders "
    "are merged nightly by the Airflow DAG.",
    "Chat transcript\n[09:14] bot: Welcome back! How can I help?\n[09:15] bot: Your parcel left the Rotterdam hub "
    "and arrives on Wednesday.",
]


class _Text(_BaseText):
    """A field under construction; `call` lets a name/address writer add its fragments in line."""

    def add(self, text: str, kind: str | None = None) -> _Text:
        super().add(text, kind)
        return self

    def call(self, writer: Callable[[_Text, Person], None], person: Person) -> _Text:
        writer(self, person)
        return self


def _identities() -> list[dict[str, str]]:
    spec = importlib.util.find_spec("presidio_evaluator")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("benchmarks/redact_gold.py needs presidio-evaluator 0.3.2 installed "
                         "(pip install --no-deps presidio-evaluator==0.3.2)")
    path = Path(spec.submodule_search_locations[0]) / "data_generator" / "raw_data" / "FakeNameGenerator.com_3000.csv"
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _phone(row: dict[str, str], rng: random.Random) -> str:
    local = row["TelephoneNumber"]
    if rng.random() < 0.5:
        return f"+{row['TelephoneCountryCode']} {local.lstrip('0')}"
    return local


class GoldGenerator:
    """Records of one part (`held_out` False: tuning; True: held-out)."""

    def __init__(self, held_out: bool) -> None:
        self.rng = random.Random(HELD_OUT_SEED if held_out else TUNING_SEED)
        parity = 1 if held_out else 0
        self.rows = [r for r in _identities() if int(r["Number"]) % 2 == parity]
        self.hand = HAND_NAMES[parity::2]
        self.addresses = HAND_ADDRESSES[parity::2]
        self.clean = CLEAN[parity::2] + CLEAN[1 - parity::2][:2]

    def person(self) -> Person:
        rng = self.rng
        row = rng.choice(self.rows)
        if rng.random() < 0.4:
            given, family, family_first = rng.choice(self.hand)
            handle = _ascii(given.split()[-1 if family_first else 0][:6] + family.replace(" ", "")[:1]).lower()
            call = given.split()[-1 if family_first else 0]
            email = f"{_ascii(call).lower()}.{_ascii(family.split()[-1]).lower()}@{row['Domain']}"
        else:
            given, family, family_first = row["GivenName"], row["Surname"], row["NameSet"] == "Hungarian"
            handle, email = row["Username"].lower(), row["EmailAddress"]
        street, postcode, city = row["StreetAddress"], row["ZipCode"], row["City"].title()
        if rng.random() < 0.3:
            street, postcode, city = rng.choice(self.addresses)
        return Person(given, family, row["Title"], family_first, street, postcode, city, row["Country"],
                      _phone(row, rng), email, handle)

    # --- name forms -------------------------------------------------------------------------------------------
    def full(self, text: _Text, p: Person) -> None:
        text.add(f"{p.family} {p.given}" if p.family_first else f"{p.given} {p.family}", "PERSON")

    def form(self, text: _Text, p: Person) -> None:
        """A name in one of the failure-class shapes."""
        choice = self.rng.randrange(7)
        if choice == 0:
            text.add(f"{p.family.upper()}, {p.given}", "PERSON")
        elif choice == 1:
            text.add(f"{_ascii(p.family).upper().replace(' ', '')}/{_ascii(p.given).upper().replace(' ', '')}",
                     "PERSON")
        elif choice == 2:
            text.add(f"{p.family.upper()} {p.given}", "PERSON")
        elif choice == 3:
            text.add(f"{p.given} {p.family}".upper(), "PERSON")
        elif choice == 4:
            text.add(f"{p.given[0]}. {p.family}", "PERSON")
        elif choice == 5:
            text.add(f"{p.family}, {p.given}", "PERSON")
        else:
            self.full(text, p)

    def titled(self, text: _Text, p: Person) -> None:
        title = p.title or "Dr."
        text.add(f"{title} ").add(p.family, "PERSON")

    # --- addresses -------------------------------------------------------------------------------------------
    def address(self, text: _Text, p: Person, one_line: bool = False) -> None:
        text.add(p.street, "ADDRESS").add(", " if one_line else "\n")
        if p.country in ("GB", "US", "CA", "AU", "NZ", "ZA") or not p.postcode[:1].isdigit():
            text.add(p.city, NEUTRAL).add(" ").add(p.postcode, "ADDRESS")
        else:
            text.add(p.postcode, "ADDRESS").add(" ").add(p.city, NEUTRAL)

    # --- styles ------------------------------------------------------------------------------------------------
    def ticket(self) -> Labelled:
        p, agent = self.person(), self.person()
        t = _Text().add(f"Ticket #{self.rng.randint(10000, 99999)} - {self.rng.choice(PRODUCTS)} not working\n")
        t.add("Requester: ").call(self.form, p).add("\nPhone: ").add(p.phone, "PHONE_NUMBER")
        t.add("\n\nHi ").add(agent.call_name, "PERSON").add(",\nmy ")
        t.add(f"{self.rng.choice(PRODUCTS)} stopped working after the update. Can you call me?\nThanks,\n")
        t.add(p.call_name, "PERSON")
        return self._done(t, "ticket")

    def clinical(self) -> Labelled:
        p, doc = self.person(), self.person()
        t = _Text().add("Clinical note\nPatient: ").call(self.form, p)
        t.add(f"\nSeen today for {self.rng.choice(CONDITIONS)}. ")
        t.add(p.call_name, "PERSON").add(" reports poor sleep; ")
        t.add(p.family.split()[-1], "PERSON").add(" family history negative.\nAddress on file: ")
        self.address(t, p, one_line=True)
        t.add("\nReviewed by ").call(self.titled, doc)
        return self._done(t, "clinical")

    def hr_mail(self) -> Labelled:
        p, boss = self.person(), self.person()
        t = _Text().add("Dear ").add(p.call_name, "PERSON").add(",\n\nwelcome to the team! Your manager ")
        t.call(self.full, boss).add(" will meet you on Monday. Please send your bank details to ")
        t.add(boss.email, "EMAIL_ADDRESS").add(".\n\nKind regards,\n").call(self.full, boss)
        return self._done(t, "hr_mail")

    def chat(self) -> Labelled:
        a, b = self.person(), self.person()
        t = _Text().add("[10:02] ").add(a.username, "PERSON").add(": hey ").add(b.username, "PERSON")
        t.add(" can you reset my password?\n[10:03] ").add(b.username, "PERSON").add(": sure, is this ")
        t.add(_lower(a.call_name), "PERSON").add("?\n[10:04] ").add(a.username, "PERSON")
        t.add(": yes. my number is ").add(a.phone, "PHONE_NUMBER").add("\n[10:05] @").add(b.username, "PERSON")
        t.add(" thanks!")
        return self._done(t, "chat")

    def ops_log(self) -> Labelled:
        p = self.person()
        t = _Text().add("2026-03-14T08:12:55Z auth WARN login failed for user ").add(p.username, "PERSON")
        t.add(" from ").add(f"10.{self.rng.randint(0, 255)}.4.{self.rng.randint(1, 254)}", "IP_ADDRESS")
        t.add("\n2026-03-14T08:13:02Z auth INFO password reset mail sent to ")
        t.add(p.email, "EMAIL_ADDRESS").add("\n2026-03-14T08:15:40Z helpdesk INFO ticket assigned to ")
        t.call(self.full, p)
        return self._done(t, "ops_log")

    def csv_row(self) -> Labelled:
        p = self.person()
        t = _Text().add("customer_id,name,street,postcode,city,phone\n")
        t.add(f"{self.rng.randint(1000, 9999)},").call(self.form, p).add(",")
        t.add(p.street.replace(",", " "), "ADDRESS").add(",").add(p.postcode, "ADDRESS").add(",")
        t.add(p.city, NEUTRAL).add(",").add(p.phone, "PHONE_NUMBER")
        return self._done(t, "csv_row")

    def postal(self) -> Labelled:
        p = self.person()
        t = _Text().add("Ship to:\n").call(self.full, p).add("\n")
        self.address(t, p)
        t.add(f"\n{p.country}\nTel. ").add(p.phone, "PHONE_NUMBER")
        return self._done(t, "postal")

    def bank_note(self) -> Labelled:
        p = self.person()
        t = _Text().add("Account review\nHolder: ").call(self.form, p)
        t.add("\nThe client called about a blocked card. ").call(self.titled, p)
        t.add(" confirmed the last transaction. Statement to be sent to ")
        self.address(t, p, one_line=True)
        return self._done(t, "bank_note")

    def crm_note(self) -> Labelled:
        p, rep = self.person(), self.person()
        t = _Text().add("CRM | Contact: ").call(self.full, p).add(" | Owner: ").add(rep.call_name, "PERSON")
        t.add("\nSpoke to ").add(p.call_name, "PERSON").add(" about renewal; ")
        t.add(_lower(p.call_name), "PERSON").add(" prefers email: ").add(p.email, "EMAIL_ADDRESS")
        return self._done(t, "crm_note")

    def forum(self) -> Labelled:
        p = self.person()
        t = _Text().add("Re: noisy boiler\nI had the same issue. Ask for ").call(self.titled, p)
        t.add(", he fixed ours in an hour.\n-- ").add(p.username, "PERSON")
        return self._done(t, "forum")

    def referral(self) -> Labelled:
        p, gp, spec = self.person(), self.person(), self.person()
        t = _Text().add("Referral letter\n\nDear ").call(self.titled, spec)
        t.add(",\n\nI am referring ").call(self.full, p).add(f", aged {self.rng.randint(18, 90)}, with ")
        t.add(f"{self.rng.choice(CONDITIONS)}. ").add(p.call_name, "PERSON").add(" lives at ")
        self.address(t, p, one_line=True)
        t.add(".\n\nYours sincerely,\n").call(self.full, gp)
        return self._done(t, "referral")

    def payment(self) -> Labelled:
        p = self.person()
        t = _Text().add("Payment update\nBeneficiary: ").call(self.form, p)
        t.add("\nReference: INV-").add(str(self.rng.randint(100000, 999999)))
        t.add("\nPlease confirm the new address with ").call(self.full, p).add(" (")
        t.add(p.email, "EMAIL_ADDRESS").add(").")
        return self._done(t, "payment")

    def tax_form(self) -> Labelled:
        p = self.person()
        t = _Text().add("Tax return 2025\nSurname: ").add(p.family, "PERSON").add("\nGiven names: ")
        t.add(p.given, "PERSON").add("\nHome address: ")
        self.address(t, p, one_line=True)
        t.add("\nDeclared by the taxpayer.")
        return self._done(t, "tax_form")

    def french(self) -> Labelled:
        p, q = self.person(), self.person()
        t = _Text().add("Bonjour ").add(p.call_name, "PERSON")
        t.add(",\n\nje vous confirme le rendez-vous de mardi avec Mme ").add(q.family, "PERSON")
        t.add(". Merci d'apporter votre justificatif de domicile au ")
        self.address(t, p, one_line=True)
        t.add(".\n\nCordialement,\n").call(self.full, q)
        return self._done(t, "french")

    def german(self) -> Labelled:
        p, q = self.person(), self.person()
        t = _Text().add("Sehr geehrte Frau ").add(p.family, "PERSON")
        t.add(",\n\nvielen Dank für Ihre Nachricht. Herr ").add(q.family, "PERSON")
        t.add(" ruft Sie morgen unter ").add(p.phone, "PHONE_NUMBER").add(" an. Die Unterlagen gehen an ")
        self.address(t, p, one_line=True)
        t.add(".\n\nMit freundlichen Grüßen\n").call(self.full, q)
        return self._done(t, "german")

    def swedish(self) -> Labelled:
        p, q = self.person(), self.person()
        t = _Text().add("Hej ").add(p.call_name, "PERSON")
        t.add("!\n\nTack för ditt mejl. Jag har pratat med ").call(self.full, q)
        t.add(" och vi skickar avtalet till ").add(p.email, "EMAIL_ADDRESS")
        t.add(" i morgon.\n\nMed vänliga hälsningar\n")
        t.add(q.call_name, "PERSON")
        return self._done(t, "swedish")

    def clean_record(self) -> Labelled:
        return self._done(_Text().add(self.rng.choice(self.clean)), "pii_free")

    def _done(self, text: _Text, kind: str) -> Labelled:
        value = text.value()
        return Labelled({"text": value}, [("text", s, e, k, v) for s, e, k, v in text.spans], kind)

    def records(self, rounds: int) -> list[Labelled]:
        """`rounds` records of each of the 17 styles (16 with PII, one PII-free), in a fixed shuffled order."""
        styles = [self.ticket, self.clinical, self.hr_mail, self.chat, self.ops_log, self.csv_row, self.postal,
                  self.bank_note, self.crm_note, self.forum, self.referral, self.payment, self.tax_form,
                  self.french, self.german, self.swedish, self.clean_record]
        out = [style() for _ in range(rounds) for style in styles]
        self.rng.shuffle(out)
        return out


def _lower(value: str) -> str:
    """Lower case as people type it ("İlkay" -> "ilkay", not Python's "i̇lkay" with a combining dot)."""
    return value.replace("İ", "I").lower()


def _ascii(value: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", value) if ch.isascii()).replace("'", "")


def gold_records(held_out: bool, rounds: int = 15) -> list[Labelled]:
    """The tuning (held_out=False) or held-out part: `rounds` x 17 multi-line records (255 by default)."""
    return GoldGenerator(held_out).records(rounds)
