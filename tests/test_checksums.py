"""Check digits, the new national-ID finders and the Unicode working copy: pure functions, no spaCy."""

from __future__ import annotations

import pytest

from pipeline import checksums, dates, identifiers
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
    (checksums.card_ok, "5020 9426 5969", "5020 9426 5968"),  # 12-digit Maestro
    (checksums.card_ok, "180025767580912", "180025767580913"),  # 15-digit JCB 1800
    (checksums.card_ok, "213105434091245", "213105434091246"),  # 15-digit JCB 2131
    (checksums.card_ok, "2201633694999088", "2201633694999089"),  # Mir
    (checksums.iban_ok, "DE89.3704.0044.0532.0130.00", "DE89.3704.0044.0532.0130.01"),
    (checksums.is_kennitala_ok, "120160-3389", "120160-3379"),
    (checksums.cn_resident_id_ok, "320502198703152416", "320502198703152417"),
    (checksums.is_kennitala_ok, "050805-2120", "050805-2130"),  # born 2005: century mark 0
    (checksums.tr_kimlik_ok, "45678912316", "45678912317"),
    (checksums.br_cpf_ok, "529.982.247-25", "529.982.247-26"),
    (checksums.in_aadhaar_ok, "2345 6789 0124", "2345 6789 0125"),
    (checksums.kr_rrn_ok, "850315-1234566", "850315-1234567"),
    (checksums.ca_sin_ok, "130 692 544", "130 692 545"),
    (checksums.uk_utr_ok, "22345 67890", "32345 67890"),
    (checksums.au_medicare_ok, "3123 45671 1", "3123 45672 1"),
    (checksums.pe_dni_ok, "12345678-1", "12345678-2"),
    (checksums.pe_dni_ok, "12345678-E", "12345678-F"),  # the check character as a letter
    (checksums.at_svnr_ok, "3723 150583", "3724 150583"),  # the check digit is the fourth
    (checksums.hkid_ok, "C668241(1)", "C668241(2)"),
    (checksums.hkid_ok, "XA520913(4)", "XA520913(5)"),  # two prefix letters
    (checksums.cz_birth_number_ok, "835712/4314", "835712/4315"),  # a woman: month + 50
    (checksums.fr_spi_ok, "0712 345 678 436", "0712 345 678 437"),
    (checksums.il_id_ok, "034187252", "034187253"),
    (checksums.uk_driving_licence_ok, "HARRI811205JM9XY", "HARRI813205JM9XY"),  # month 32 is no month
    (checksums.my_nric_ok, "880512-14-5021", "880512-18-5021"),  # place code 18 is never issued
]


@pytest.mark.parametrize("number", [
    "411130507014",  # Luhn-valid, but only Maestro issues 12-digit cards
    "8812159060659591",  # Luhn-valid, no card issuer starts with 88
    "1234646972653121",  # Luhn-valid, but 1 starts 15-digit cards only (JCB 1800, UATP)
])
def test_card_numbers_need_an_issuer_prefix_for_their_length(number: str):
    assert not checksums.card_ok(number)


@pytest.mark.parametrize(("check", "valid", "altered"), CHECKSUMS, ids=[f"{c.__name__}-{v}" for c, v, _ in CHECKSUMS])
def test_check_digits_accept_valid_and_reject_altered(check, valid: str, altered: str):
    assert check(valid) and not check(altered)


def test_dates_inside_ids_are_checked():
    assert not checksums.se_personnummer_ok("851301-1234")  # month 13
    assert not checksums.fi_hetu_ok("320152-308T")  # day 32
    assert not checksums.pl_pesel_ok("44053401356")  # day 34
    assert checksums.dk_cpr_date_ok("0101901009") and not checksums.dk_cpr_date_ok("3202901009")
    assert not checksums.is_kennitala_ok("120160-3385")  # century mark 5 does not exist
    assert not checksums.kr_rrn_date_ok("851315-1234566")  # month 13


def test_never_issued_shapes_fail():
    assert not checksums.br_cpf_ok("111.111.111-11")  # passes the arithmetic, never issued
    assert not checksums.in_aadhaar_ok("1234 5678 9012")  # starts with 1
    assert not checksums.ca_sin_ok("046 454 286")  # starts with 0
    assert not checksums.tr_kimlik_ok("01234567890")  # leading zero
    assert checksums.in_pan_ok("ABCPK1234Z") and not checksums.in_pan_ok("ABCXK1234Z")  # X: no holder type
    assert not checksums.in_pan_ok("ABCPK0000Z")


def _found(entity: str, text: str) -> list[str]:
    from pipeline.recognizers import PATTERN_FINDERS

    finders = {**identifiers.NATIONAL_ID_FINDERS, **identifiers.CUE_FINDERS, **dates.OTHER_FINDERS,
               "IBAN_CODE": PATTERN_FINDERS["IBAN_CODE"]}
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
    ("IS_KENNITALA", "kennitalan mín er 1201603389", "1201603389"),
    ("IS_KENNITALA", "the right one is 120160-3389.", "120160-3389"),  # the dashed form needs no cue
    ("TR_TC_KIMLIK", "T.C. Kimlik No: 45678912316", "45678912316"),
    ("BR_CPF", "CPF 52998224725", "52998224725"),
    ("BR_CPF", "chave 529.982.247-25", "529.982.247-25"),  # the written form needs no cue
    ("IN_AADHAAR", "Aadhaar no. 2345-6789-0124", "2345-6789-0124"),
    ("IN_PAN", "PAN ABCPK1234Z on file", "ABCPK1234Z"),
    ("KR_RRN", "patient 850315-1234566 seen", "850315-1234566"),
    ("KR_RRN", "주민등록번호 8503152987654", "8503152987654"),  # after a cue the date is enough (post-2020)
    ("CA_SIN", "SIN: 130-692-544", "130-692-544"),
    ("CA_SIN", "numéro d'assurance sociale 130 692 544", "130 692 544"),
    ("UK_UTR", "Your UTR is 2234567890K", "2234567890K"),
    ("AU_MEDICARE", "Medicare card 3123 45671 1/2", "3123 45671 1/2"),
    ("PH_TIN", "TIN 123-456-789-00000", "123-456-789-00000"),
    ("PE_DNI", "identificado con DNI N° 12345678-E", "12345678-E"),
    ("ZA_ID", "ID number 8001015009087 on file", "8001015009087"),
    ("ZA_ID", "identity no. 800101 5009 087", "800101 5009 087"),  # grouped 6-4-3
    ("NL_BSN", '"Jansen","Utrecht","123456782"', "123456782"),  # a whole CSV field that passes the elfproef
    ("PASSPORT", "Passport (second traveller): K7712345", "K7712345"),
    ("PASSPORT", "name;passport_no;nationality\nA;L8812345;NZ", "L8812345"),
    ("MEDICAL_RECORD", "see MRN00123456 today", "MRN00123456"),  # the glued cue belongs to the number
    ("MEDICAL_RECORD", "UHID: AB-2023-0042117", "AB-2023-0042117"),
    ("MEDICAL_RECORD", "patient_id,surname\nH-99812,Vos", "H-99812"),
    ("HEALTH_PLAN", "health insurance no. NHIF 7-1234-556677", "NHIF 7-1234-556677"),
    ("ACCOUNT_NUMBER", "BACS to account 12345678 failed", "12345678"),
    ("ACCOUNT_NUMBER", "paid into 01-0102-0123456-001 today", "01-0102-0123456-001"),  # NZ bank account
    ("DATE_OF_BIRTH", "Geboortedatum: 01-02-1970", "01-02-1970"),
    ("DATE_OF_BIRTH", "nascida em 05/06/1990 em Recife", "05/06/1990"),
    ("DATE_OF_BIRTH", "Geb.: 01.02.1970", "01.02.1970"),
    ("DATE_OF_BIRTH", "(DOB 1980.02.29)", "1980.02.29"),
    ("DATE_OF_BIRTH", "Jón Jónsson (b. 1901, Akureyri)", "1901"),
    ("DATE_OF_BIRTH", "id\tname\tdate_of_birth\n7\tX\t1970-01-02", "1970-01-02"),
    ("DATE_OF_BIRTH", "Name;Geburtsdatum\nMeier;02.03.1961", "02.03.1961"),
    ("DATE_OF_BIRTH", "Could you confirm your date of birth? It's 4/11/1958", "4/11/1958"),  # in the next sentence
    ("DATE_OF_BIRTH", "Her birthday is on 12/02/1977.", "12/02/1977"),
    ("DATE_OF_BIRTH", "MR/JANE SMITH, DOB 05JUN72, seat 14C", "05JUN72"),  # travel documents
    ("DATE_OF_BIRTH", "What is your date of birth?\nCaller: June 5, 1972.", "June 5, 1972"),  # dialogue answer
    ("DATE_OF_BIRTH", '{"name":"X","dob":"1972-06-05"}', "1972-06-05"),
    ("DATE_OF_BIRTH", "Marko, rođen 05.06.1972 u Zadru", "05.06.1972"),
    ("NATIONAL_ID", "Applicant ID: 7205064821093", "7205064821093"),
    ("NATIONAL_ID", "CNP 2720605123456, telefon", "2720605123456"),
    ("NATIONAL_ID", "Titular (RUT 12.345.678-5)", "12.345.678-5"),
    ("NATIONAL_ID", "NRIC/FIN: T0123456Z", "T0123456Z"),
    ("NATIONAL_ID", "CURP: GOMA720605HDFRRN09", "GOMA720605HDFRRN09"),
    ("NATIONAL_ID", "personal code 39001011234", "39001011234"),
    ("NATIONAL_ID", "my tax number is 12 345 678 901.", "12 345 678 901"),
    ("NATIONAL_ID", "TFN provided: 123 456 782", "123 456 782"),
    ("NATIONAL_ID", "AHV-Nr.: 756.1234.5678.97", "756.1234.5678.97"),
    ("NATIONAL_ID", '{"national_id":"990101-12345"}', "990101-12345"),
    ("NATIONAL_ID", "身份证号: 11010519491231002X", "11010519491231002X"),
    ("MEDICAL_RECORD", '{"mrn":"QX-00123456"}', "QX-00123456"),  # a JSON key and value
    ("ACCOUNT_NUMBER", "my savings account is 55512345.", "55512345"),
    # mistyped: 24 characters where Germany has 22, still passing mod 97
    ("IBAN_CODE", "Konto: DE39 5009 1234 7128 8230 5517 bitte", "DE39 5009 1234 7128 8230 5517"),
    ("VEHICLE_ID", "For sale, plate KX 48213, one owner", "KX 48213"),
    ("NATIONAL_ID", "PAN and Aadhaar (4721 0983 5516) are verified", "4721 0983 5516"),  # in brackets, no check
    # a person's row in a list without a header: a name cell, an identifier or mailbox, a date of an adult's birth
    ("DATE_OF_BIRTH", "KARIMI Shirin,1986-04-09,X4419023,Iran,s.karimi@example.ir", "1986-04-09"),
    # IDs by their written shape (and check digit): MyKad, HKID, rodné číslo, Ghana card
    ("NATIONAL_ID", "TAN MEI LING|880512-14-5021|Ipoh", "880512-14-5021"),
    ("NATIONAL_ID", "Patient: WONG Siu-ming, HKID C668241(1), seen today", "C668241(1)"),
    ("NATIONAL_ID", "Pacientka: Eva Dvořáková, 835712/4314, pojišťovna 111", "835712/4314"),
    ("NATIONAL_ID", "Ghana Card GHA-204817365-2 on file", "GHA-204817365-2"),
    # ... and after their cue words
    ("NATIONAL_ID", "Sozialversicherungsnummer 3723 150583, bitte", "3723 150583"),
    ("NATIONAL_ID", "Pacient: Jan Malý, r.č. 690322/0147", "690322/0147"),
    ("NATIONAL_ID", "Numéro fiscal : 0712 345 678 436", "0712 345 678 436"),
    ("NATIONAL_ID", "Staff: Hari Karki, Pokhara office, PAN 302718459", "302718459"),
    ("NATIONAL_ID", "No utente SNS: 287 104 556", "287 104 556"),
    ("NATIONAL_ID", "id_number,full_name\n034187252,Dana Levi", "034187252"),  # a CSV column named for IDs
    ("LICENSE_NUMBER", "Licence on file: HARRI811205JM9XY, checked", "HARRI811205JM9XY"),
    ("ACCOUNT_NUMBER", "Frequent flyer: QF 77120384", "QF 77120384"),
    ("ACCOUNT_NUMBER", "paid via UPI ravi.m@okhdfc. Thanks", "ravi.m@okhdfc"),
    ("PASSPORT", "I attach the passport scan (X7712093).", "X7712093"),
    ("DATE_OF_BIRTH", "Date of birth (YYYY-MM-DD): 1977-03-14", "1977-03-14"),
    ("DATE_OF_BIRTH", "Nato a Reggio Emilia il 04/11/1962, residente", "04/11/1962"),
    ("DATE_OF_BIRTH", 'ref,name,dob\n7,"Peeters, Jan",1969-08-30', "1969-08-30"),  # a quoted comma in a cell
    # Cue words and shapes of more countries (hand-written values).
    ("NATIONAL_ID", "Kunde (320502198703152416) bestätigt", "320502198703152416"),  # CN resident ID, check digit
    ("NATIONAL_ID", "Parent PPSN: 7654321PA on the form", "7654321PA"),  # IE PPSN with two letters
    ("NATIONAL_ID", "Пациент: Ким Олег, ИИН 850211300417, адрес", "850211300417"),
    ("NATIONAL_ID", "EMŠO: 0304975500123", "0304975500123"),
    ("NATIONAL_ID", "Locador: Juan Paz, CUIT 20-31234567-9", "20-31234567-9"),
    ("NATIONAL_ID", "Arrendador: Ana Ruiz, NIT 900456123-4", "900456123-4"),
    ("NATIONAL_ID", "Arrendataria: Luz Mora, C.C. 1.045.678.912", "1.045.678.912"),
    ("NATIONAL_ID", "Client: Dan Ofer, Teudat Zehut 012345674", "012345674"),
    ("NATIONAL_ID", "Customer Lim Wei, FIN F7654321K, consent", "F7654321K"),
    ("NATIONAL_ID", "Matricule national : 1970 0512 345 67", "1970 0512 345 67"),  # Luxembourg
    ("NATIONAL_ID", "Code permanent : TREM 0512 7001", "TREM 0512 7001"),  # Quebec
    ("NATIONAL_ID", "Zakupac: Ivan Ilić, lična karta br. 001234567", "001234567"),
    ("NATIONAL_ID", "Learner record\nLRN: 123456789012\nName: X", "123456789012"),  # "record" on the line above
    ("NATIONAL_ID", "Tribal enrollment #: KW-07731", "KW-07731"),
    ("NATIONAL_ID", "SSNIT: D012345678901", "D012345678901"),
    ("NATIONAL_ID", "KCPE index 12345678901", "12345678901"),
    ("NATIONAL_ID", "jmbg;ime\n0101990710006;Marko", "0101990710006"),  # a CSV column named for the ID
    ("PASSPORT", "scan of passport 4411 552193 uploaded", "4411 552193"),  # series and number
    ("MEDICAL_RECORD", "Bed 2: X, 70/M, Hosp. No. 2023-004512, for CT", "2023-004512"),
    ("MEDICAL_RECORD", "Cama 3: Rojas, DNI 12345678, HC 441209. Fiebre", "441209"),
    ("MEDICAL_RECORD", "Wanjiru 40yrs, IP No. IP/23/01234, stable", "IP/23/01234"),
    ("HEALTH_PLAN", "PhilHealth 12-345678901-2", "12-345678901-2"),
    ("HEALTH_PLAN", "NU health card 123456789, escort", "123456789"),
    ("LICENSE_NUMBER", "SSN on file   FL DL: K123-456-78-901-0", "K123-456-78-901-0"),
    ("VEHICLE_ID", "Patente: BCDF-12", "BCDF-12"), ("VEHICLE_ID", "Vehicle: KX 731 (Toyota)", "KX 731"),
    ("VEHICLE_ID", "Gari ni T 123 ABC.", "T 123 ABC"),
    ("ACCOUNT_NUMBER", "id,bank,account_no\n7,Stanbic,1234567890123", "1234567890123"),
    ("IBAN_CODE", "sur mon compte : MG46 0000 5000 1204 8291 7301 511,", "MG46 0000 5000 1204 8291 7301 511"),
    ("DATE_OF_BIRTH", "Pasient: Per Olsen, f. 12.03.1962", "12.03.1962"),
    ("DATE_OF_BIRTH", "Пациент: Ким Олег, дата рождения 11.02.1985, ИИН", "11.02.1985"),
    ("DATE_OF_BIRTH", "date of birth should be 03.11.1991; the importer", "03.11.1991"),
    ("DATE_OF_BIRTH", "Agent: Your date of birth, please?\n[00:00:05] Caller: 4 March 1977.", "4 March 1977"),
    ("DATE_OF_BIRTH", "Date of birth of the patient?\nCaller: 11-04-1950.", "11-04-1950"),
    ("DATE_OF_BIRTH", "Reg#\tName\tDOB\n0031\tMaria\t1975-03-09", "1975-03-09"),  # a header cell with "#"
    # this session's cues: sort codes and branch codes, insurer members, NIN/UAN/KRA PIN/PTIN, Fall-Nr., NHC, AMKA
    ("ACCOUNT_NUMBER", "salary went to account 83920417, sort code 40-12-76", "40-12-76"),
    ("ACCOUNT_NUMBER", "Direct debit from BSB 063-214 account 1048 2297 on 28 June.", "1048 2297"),
    ("ACCOUNT_NUMBER", "account 62839104755, bank code 250655", "250655"),
    ("ACCOUNT_NUMBER", "employee;sort_code;account\nE1;20-45-77;53018429", "53018429"),
    ("HEALTH_PLAN", "Insurance: Blue Shield member XQW814402736", "XQW814402736"),
    ("HEALTH_PLAN", "member_no,name\nGYM-004417,Ruby Tautahi", "GYM-004417"),
    ("HEALTH_PLAN", "Versichertennr. K283019475, Sturz zu Hause", "K283019475"),
    ("NATIONAL_ID", "Caller NIN 48291730564, paid twice", "48291730564"),
    ("NATIONAL_ID", "please share your UAN 100482917365 today", "100482917365"),
    ("NATIONAL_ID", "Your KRA PIN A004829173K was missing", "A004829173K"),
    ("NATIONAL_ID", "Preparer: D. Carmody, PTIN P01837462", "P01837462"),
    ("NATIONAL_ID", "ΑΜΚΑ: 27099103189   Ημ. γέννησης", "27099103189"),
    ("MEDICAL_RECORD", "Fecha de nacimiento: 22/06/1961  NHC: 0871342", "0871342"),
    ("LICENSE_NUMBER", "Verified with SSN, DL RT482917 and DOB", "RT482917"),
    ("PASSPORT", "Ji-hoon's passport (M48291736) expires in June", "M48291736"),
    ("DATE_OF_BIRTH", "CPF: 538.104.962-51\nNascimento: 07/09/1958", "07/09/1958"),
    ("DATE_OF_BIRTH", "ΑΜΚΑ: 27099103189   Ημ. γέννησης: 27/09/1991", "27/09/1991"),
    ("DATE_OF_BIRTH", "身份证号：11010819930302381X\n出生日期：1993-03-02", "1993-03-02"),
    ("DATE_OF_BIRTH", 'payload: name="T", dob="1983-10-09", postcode="LS6 2QE"', "1983-10-09"),
    ("DATE_OF_BIRTH", "Date of birth: 23 08 1971\nPhone: 01223 482917", "23 08 1971"),
    ("ACCOUNT_NUMBER", "rang re suspicious txn on acc 41827730, s/c 93-11-52", "93-11-52"),
    ("ACCOUNT_NUMBER", "Routing 261184590 / Account 7730 1948 22", "7730 1948 22"),
    ("ACCOUNT_NUMBER", "Cliente: A. Ruiz\nCLABE 012180004829173608", "012180004829173608"),
    ("NATIONAL_ID", "Alejandro Ruiz\nRFC RUVA850317KJ4\ntel 55 4129 8830", "RUVA850317KJ4"),
    ("NATIONAL_ID", "payload name='C. Obi' bvn=22419837605", "22419837605"),
    ("NATIONAL_ID", "geb. 21.01.1983, Ausweis-Nr. L01X4RT97", "L01X4RT97"),
    ("NATIONAL_ID", "student_no;name\nS20931;Aarav Patel", "S20931"),
    ("DATE_OF_BIRTH", "PESEL 85072314680\nur. 23.07.1985\nadres", "23.07.1985"),
    ("DATE_OF_BIRTH", "passport Z4829173, DOB 17-Aug-1988.", "17-Aug-1988"),
    ("DATE_OF_BIRTH", "payload name='C. Obi' dob='1989-02-28' ok", "1989-02-28"),
    ("DATE_OF_BIRTH", "NIF 53028164P\nfecha nac. 28/02/1975\nc\u00f3nyuge", "28/02/1975"),
    ("DATE_OF_BIRTH", "dob: Mar-14-1987", "Mar-14-1987"), ("DATE_OF_BIRTH", "DOB 19870314 on file", "19870314"),
    ("DATE_OF_BIRTH", "born on the 14th of March 1987", "14th of March 1987"),
    ("DATE_OF_BIRTH", "nacida el 14 de marzo de 1987", "14 de marzo de 1987"),
    ("DATE_OF_BIRTH", "Data urodzenia: 14 marca 1987", "14 marca 1987"),
    # a birth cue earlier on the line, or heading the line above (forms and tables)
    ("DATE_OF_BIRTH", "Sex: F   Date of birth (dd/mm/yyyy) and place: 14/03/1987, Lima", "14/03/1987"),
    ("DATE_OF_BIRTH", "DOB / Age: 14/03/1987 (37)", "14/03/1987"),
    ("DATE_OF_BIRTH", "| Name | DOB |\n| Ana | 14/03/1987 |", "14/03/1987"),
    ("DATE_OF_BIRTH", "Date of Birth / Place of Birth\n14/03/1987 / Lagos", "14/03/1987"),
    ("DATE_OF_BIRTH", "Geb.-Datum 14.03.1987", "14.03.1987"),
    ("DATE_OF_BIRTH", "F. nacimiento: 14-03-1987", "14-03-1987"),
    ("DATE_OF_BIRTH", "DOB is the 14th of March, 1987", "14th of March, 1987"),
    ("DATE_OF_BIRTH", "Do\u011fum tarihi: 14 Mart 1987", "14 Mart 1987"),
    ("DATE_OF_BIRTH", "\u51fa\u751f\u65e5\u671f\uff1a1987\u5e743\u670814\u65e5", "1987\u5e743\u670814\u65e5"),
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
    ("DATE_OF_BIRTH", "Ask for the date of birth. The visit is 3/4/2031"),  # another sentence about another date
    ("IS_KENNITALA", "ref 120160-3379"),  # bad check digit
    ("IS_KENNITALA", "order 1201603389 shipped"),  # ten bare digits need the cue
    ("TR_TC_KIMLIK", "invoice 45678912316"),  # no cue
    ("TR_TC_KIMLIK", "TC kimlik no 45678912317"),  # bad check digits
    ("BR_CPF", "pedido 52998224725"),  # bare digits, no cue
    ("BR_CPF", "chave 529.982.247-26"),
    ("IN_AADHAAR", "UPI ref 2345 6789 0124"),  # valid Verhoeff but no Aadhaar cue
    ("IN_AADHAAR", "Aadhaar 2345 6789 0125"),
    ("IN_PAN", "code ABCXK1234Z"),
    ("KR_RRN", "ref 850315-1234567"),  # no cue: the check digit counts
    ("CA_SIN", "SIN 130 692 545"),
    ("CA_SIN", "order 130 692 544"),
    ("CA_SIN", "sin 130 692 544 dudas"),  # Spanish "sin" (without) is no cue
    ("UK_UTR", "UTR 3234567890"),
    ("AU_MEDICARE", "Medicare 3123 45672 1"),
    ("PH_TIN", "batch 123-456-789-000"),
    ("PE_DNI", "pedido 12345678"),
    ("ZA_ID", "ID 8001015009088"),  # wrong Luhn digit
    ("ZA_ID", "ref 8013015009087"),  # no month 13
    ("NATIONAL_ID", "order (320502198703152417) shipped"),  # 18 digits with a bad check digit
    ("NATIONAL_ID", "Order no 7654321PA"),  # a PPSN shape without its cue
    ("VEHICLE_ID", "Vehicle: 2021 Honda Accord"),  # a model year, no plate
    ("NATIONAL_ID", "the FIN team met on 12 May"),
    ("MEDICAL_RECORD", "the HC team"),
    ("PE_DNI", "DNI 12345678-2"),  # wrong check character
    ("NL_BSN", '"Jansen","Utrecht","123456783"'),
    ("NL_BSN", "order 123456782 shipped"),  # not a CSV field, no cue
    ("MEDICAL_RECORD", "patient_id,surname\nn/a,Vos"),
    ("ACCOUNT_NUMBER", "take into account 1234-5678 and 2024"),
    ("DATE_OF_BIRTH", "NATO 2024 summit"),
    ("DATE_OF_BIRTH", "id;name;created\n1;X;1970-01-02"),
    ("DATE_OF_BIRTH", "flight ET 12APR87 departs"),  # a travel date without a birth cue
    ("NATIONAL_ID", "Order ID 123456789 shipped"),  # order, ticket, transaction IDs are not a person's
    ("NATIONAL_ID", "ticket ID: 4471829 reopened"),
    ("NATIONAL_ID", "Transaction ID 99887766"),
    ("NATIONAL_ID", "ID 2024 conference"),  # a year
    ("NATIONAL_ID", "ID 12345"),  # too short
    ("NATIONAL_ID", "the id 1234567 was"),  # lower-case "id" alone is no cue
    ("NATIONAL_ID", "Version 2.10.12345 released, price 12345.00 EUR"),
    ("NATIONAL_ID", "see ID: 2024-11-05 update"),  # a date
    ("NATIONAL_ID", "tax year 2024/2025 ends"),
    ("IBAN_CODE", "Konto: DE39 5009 1234 7128 8230 5518 bitte"),  # the same with a wrong check
    ("DATE_OF_BIRTH", "Tomas Berg;2024-01-05;INV-99120;paid;t.berg@example.com"),  # a recent date: an event
    ("DATE_OF_BIRTH", "order,2001-03-04,SKU 4410,qty 2,shipped"),  # no name cell in the row
    ("VEHICLE_ID", "see plate 3 of the atlas"),
    ("NATIONAL_ID", "TAN MEI LING|880512-18-5021|Ipoh"),  # place-of-birth code never issued
    ("NATIONAL_ID", "case C668241(2) was closed"),  # wrong HKID check digit
    ("NATIONAL_ID", "ratio 835712/4315 reported"),  # not divisible by 11
    ("NATIONAL_ID", "id,name\n10482,Dana Levi"),  # a bare "id" column is a row number
    ("NATIONAL_ID", "The PAN was hot for 20 minutes"),
    ("LICENSE_NUMBER", "batch HARRI813205JM9XY shipped"),  # month 32
    ("ACCOUNT_NUMBER", "write to ravi.m@okhdfc about it"),  # no UPI cue
    ("PASSPORT", "the passport photo (2 copies) is attached"),
])
def test_finders_leave_lookalikes(entity: str, text: str):
    assert _found(entity, text) == []


def test_later_dates_on_a_birth_cue_line_are_events():
    text = "DOB 14/03/1987, admitted 02/05/2024 and seen 03/05/2024"
    assert _found("DATE_OF_BIRTH", text) == ["14/03/1987"]


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


def test_mojibake_is_read_as_the_characters_it_encodes():
    original = "Name: Jos\u00c3\u00a9 Ib\u00c3\u00a1\u00c3\u00b1ez, it\u00e2\u20ac\u2122s ok"  # UTF-8 read as 1252
    norm = normalise(original)
    assert norm.text == "Name: José Ibáñez, it’s ok"
    start = norm.text.index("José Ibáñez")
    a, b = norm.to_original(start, start + len("José Ibáñez"))
    assert original[a:b] == "Jos\u00c3\u00a9 Ib\u00c3\u00a1\u00c3\u00b1ez"
    assert normalised_text("café Ã") == "café Ã"  # a lone capital A-tilde is a letter


def test_ascii_and_normal_text_take_the_fast_path():
    assert normalise("plain ascii").starts is None
    assert normalise("Kivistö in Malmö").starts is None
    assert normalised_text("a\u00adb") == "ab"  # soft hyphen: format character, dropped


def test_ipv4_may_end_a_sentence_but_not_a_longer_dotted_number():
    from pipeline.recognizers import IPV4

    assert [m.group() for m in IPV4.finditer("it resolved to 203.0.113.9. Then")] == ["203.0.113.9"]
    assert [m.group() for m in IPV4.finditer("build 10.0.0.1.5 and v1.2.3.4.5")] == []


def test_an_email_with_its_at_sign_url_encoded():
    from pipeline.recognizers import PATTERN_FINDERS

    text = 'GET /reset?u=ana.lopez%40example.org HTTP/1.1" 302'
    assert [text[s:e] for s, e, _ in PATTERN_FINDERS["EMAIL_ADDRESS"](text)] == ["ana.lopez%40example.org"]
