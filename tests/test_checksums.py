"""Check digits, the new national-ID finders and the Unicode working copy: pure functions, no spaCy."""

from __future__ import annotations

import pytest

from pipeline import checksums, identifiers
from pipeline.normalise import normalise, normalised_text

# (validator, valid value, the same value with its check digit changed)
CHECKSUMS = [
    (checksums.se_personnummer_ok, "19850101-1236", "19850101-1237"),
    (checksums.se_personnummer_ok, "850161-1233", "850161-1234"),  # samordningsnummer: day + 60
    (checksums.fi_hetu_ok, "131052-308T", "131052-308U"),
    (checksums.fi_hetu_ok, "010101A123N", "010101A123M"),  # born 2001
    (checksums.dk_cpr_mod11_ok, "070761-4285", "070761-4286"),
    (checksums.no_fodselsnummer_ok, "15076500565", "15076500566"),
    (checksums.nl_bsn_ok, "111222333", "111222334"),
    (checksums.be_national_number_ok, "93.05.18-223.61", "93.05.18-223.62"),
    (checksums.pl_pesel_ok, "44051401359", "44051401358"),
    (checksums.pt_nif_ok, "501964843", "501964844"),
    (checksums.vin_check_ok, "1M8GDM9AXKP042788", "1M8GDM9A1KP042788"),
    (checksums.card_ok, "4111.1111.1111.1111", "4111.1111.1111.1112"),
    (checksums.iban_ok, "DE89.3704.0044.0532.0130.00", "DE89.3704.0044.0532.0130.01"),
]


@pytest.mark.parametrize(("check", "valid", "altered"), CHECKSUMS, ids=[f"{c.__name__}-{v}" for c, v, _ in CHECKSUMS])
def test_check_digits_accept_valid_and_reject_altered(check, valid: str, altered: str):
    assert check(valid) and not check(altered)


def test_dates_inside_ids_are_checked():
    assert not checksums.se_personnummer_ok("851301-1234")  # month 13
    assert not checksums.fi_hetu_ok("320152-308T")  # day 32
    assert not checksums.pl_pesel_ok("44053401356")  # day 34
    assert checksums.dk_cpr_date_ok("0101901009") and not checksums.dk_cpr_date_ok("3202901009")


def _found(entity: str, text: str) -> list[str]:
    finders = {**identifiers.NATIONAL_ID_FINDERS, **identifiers.CUE_FINDERS, **identifiers.OTHER_FINDERS}
    return [text[start:end] for start, end, _ in finders[entity](text)]


@pytest.mark.parametrize(("entity", "text", "value"), [
    ("SE_PERSONNUMMER", "Personnummer 19850101-1236.", "19850101-1236"),
    ("SE_PERSONNUMMER", "pnr 198501011236 i ansökan", "198501011236"),
    ("SE_PERSONNUMMER", "född 850101+1236", "850101+1236"),
    ("FI_HETU", "Henkilötunnus 131052-308T.", "131052-308T"),
    ("DK_CPR", "CPR-nr. 010190-1009", "010190-1009"),
    ("DK_CPR", "ref 070761-4285", "070761-4285"),  # passes the pre-2007 mod-11 rule: no cue needed
    ("NO_FODSELSNUMMER", "fødselsnummer 150765 00565", "150765 00565"),
    ("NL_BSN", "BSN: 1112.22.333", "1112.22.333"),
    ("BE_NATIONAL_NUMBER", "rijksregisternummer 93.05.18-223.61", "93.05.18-223.61"),
    ("BE_NATIONAL_NUMBER", "ref 93.05.18-223.61", "93.05.18-223.61"),  # the written form needs no cue
    ("BE_NATIONAL_NUMBER", "INSZ 93051822361", "93051822361"),
    ("AGE_OVER_89", "patient aged 91 was", "aged 91"),
    ("PL_PESEL", "PESEL 44051401359", "44051401359"),
    ("PT_NIF", "NIF 501964843", "501964843"),
    ("PT_NIF", "VAT PT501964843", "PT501964843"),
    ("PASSPORT", "Passport no. X1234567 expires", "X1234567"),
    ("MEDICAL_RECORD", "MRN: 00123456", "00123456"),
    ("MEDICAL_RECORD", "patient ID 778-2231-9", "778-2231-9"),
    ("HEALTH_PLAN", "Member ID: XJH4412987", "XJH4412987"),
    ("HEALTH_PLAN", "Medicare 1EG4-TE5-MK73", "1EG4-TE5-MK73"),
    ("ACCOUNT_NUMBER", "account number 12345678", "12345678"),
    ("ACCOUNT_NUMBER", "bank account 1234 5678 90.", "1234 5678 90"),
    ("LICENSE_NUMBER", "driver's license D1234-5678-9012", "D1234-5678-9012"),
    ("VEHICLE_ID", "VIN 1M8GDM9AXKP042788 on the title", "1M8GDM9AXKP042788"),
    ("VEHICLE_ID", "licence plate ABC 1234 seen", "ABC 1234"),
    ("DEVICE_ID", "pacemaker serial number PM-88213-XQ", "PM-88213-XQ"),
    ("DEVICE_ID", "IMEI 490154203237518", "490154203237518"),
    ("DATE", "admitted March 3, 2024 and", "March 3, 2024"),
    ("DATE", "seen on 12/03/2024.", "12/03/2024"),
    ("DATE", "am 12.03.2024 entlassen", "12.03.2024"),
    ("DATE", "since 2024-03-12", "2024-03-12"),
    ("DATE", "in May 2023 the", "May 2023"),
    ("DATE_OF_BIRTH", "born on 3 March 1941", "3 March 1941"),
    ("DATE_OF_BIRTH", "DOB: 03/12/1985", "03/12/1985"),
    ("AGE_OVER_89", "a 93-year-old woman", "93-year-old"),
    ("URL", "see https://clinic.example.org/p/123.", "https://clinic.example.org/p/123"),
])
def test_finders_find_their_identifier(entity: str, text: str, value: str):
    assert value in _found(entity, text)


@pytest.mark.parametrize(("entity", "text"), [
    ("SE_PERSONNUMMER", "Personnummer 19850101-1237."),  # bad Luhn digit
    ("FI_HETU", "tunnus 131052-308U"),
    ("NL_BSN", "order 111222333 shipped"),  # passes the elfproef but no BSN cue: an order number
    ("PT_NIF", "invoice 501964843"),
    ("PASSPORT", "a passport photo is needed"),
    ("MEDICAL_RECORD", "the patient 2024 plan"),
    ("HEALTH_PLAN", "member services can help"),
    ("ACCOUNT_NUMBER", "take into account 2024-2025 budgets"),
    ("DATE", "version 1.2.3 released in 2024"),
    ("DATE", "we may 12 people need"),  # lower-case "may" is the verb
    ("AGE_OVER_89", "89 years old"),
    ("AGE_OVER_89", "for the last 100 years"),  # a duration, not an age
    ("BE_NATIONAL_NUMBER", "bits 01000101010 set"),  # 11 bare digits pass mod 97 by chance: need a cue
    ("BE_NATIONAL_NUMBER", "INSZ 93051822362"),  # with the cue the check digits still count
    ("DK_CPR", "CPR 320190-1009"),  # day 32
    ("DATE_OF_BIRTH", "on 3 March 1941 the law passed"),
])
def test_finders_leave_lookalikes(entity: str, text: str):
    assert _found(entity, text) == []


def test_working_copy_maps_offsets_back_to_the_original():
    original = "Mail ann\uff20exa\u200bmple.org, card 4111\u00a01111\u20131111\u20111111 \ufb01ne caf\u0065\u0301"
    norm = normalise(original)
    assert norm.text == "Mail ann@example.org, card 4111 1111-1111-1111 fine café"
    start = norm.text.index("ann@example.org")
    a, b = norm.to_original(start, start + len("ann@example.org"))
    assert original[a:b] == "ann\uff20exa\u200bmple.org"
    start = norm.text.index("4111")
    a, b = norm.to_original(start, start + 19)
    assert original[a:b] == "4111\u00a01111\u20131111\u20111111"
    start = norm.text.index("café")
    a, b = norm.to_original(start, start + 4)
    assert original[a:b] == "caf\u0065\u0301"


def test_ascii_and_normal_text_take_the_fast_path():
    assert normalise("plain ascii").starts is None
    assert normalise("Kivistö in Malmö").starts is None
    assert normalised_text("a\u00adb") == "ab"  # soft hyphen: format character, dropped
