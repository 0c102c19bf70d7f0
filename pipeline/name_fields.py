"""PERSON signals from a text's layout, and the one PERSON finder presidio runs: values after a person key
("Patient: HOLM, Ingrid"), name columns of CSV-like lines, runs of capitalised non-words in mid-sentence, CJK cells
and handles. The word-level rules (gazetteer, cues, structures) live in pipeline/names.py, one name by its context
in pipeline/name_context.py, mail and chat layout in pipeline/name_chat.py.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.name_chat import signature_finder
from pipeline.name_context import context_finder
from pipeline.name_lists import FOREIGN_STOP_WORDS, NameLists
from pipeline.names import (
    _TITLE_WORDS,
    _WORD,
    PARTICLES,
    SCORE,
    SPEAKER_TITLES,
    TITLES,
    Finder,
    _acronym,
    name_finder,
    structure_finder,
)
from pipeline.tables import csv_cells

# --- key: value fields and CSV columns -------------------------------------------------------------------------
FIELD_KEYS = (
    r"full name|name|first name|last name|surname|given name|family name|maiden name|patient|patient name"
    r"|customer|customer name|client|client name|employee|employee name|applicant|holder|account holder"
    r"|account name|cardholder|card holder|beneficiary|payee|payer|contact|contact name|contact person|requester"
    r"|requested by|reported by|submitted by|assigned to|assignee|owner|caller|driver|passenger|guest|tenant"
    r"|landlord|student|teacher|doctor|physician|gp|consultant|referrer|referred by|referring doctor|next of kin"
    r"|emergency contact|nok|from|to|cc|bcc|attn|attention|signed|signature|witness|author|reviewer|approver"
    r"|manager|supervisor|nom|prénom|nom complet|nom de famille|destinataire|expéditeur|namn|förnamn|efternamn|kund"
    r"|kontaktperson|patientnamn|vorname|nachname|kunde|ansprechpartner|patientin|empfänger|absender|navn|fornavn"
    r"|etternavn|nombre|apellido|apellidos|cliente|paciente|nome|cognome|naam|voornaam|achternaam|klant|imię"
    r"|nazwisko|ad|soyad|adı|soyadı|họ tên|tên|user|username|login|agent|technician|engineer|nurse|midwife|carer"
    r"|guardian|parent|member|insured|policyholder|debtor|borrower|sender|recipient|addressee|taxpayer"
    r"|donor|renter|lessee|lessor|claimant|defendant|plaintiff|respondent|petitioner|applicant|traveller|traveler"
    r"|complainant|witness(?:es)?|champion|sponsor|decision maker|rep|sales rep|account manager|preparer|interpreter"
    r"|apologies|absent|minute taker|note taker|handled by|seen by|attended by|ονοματεπώνυμο|όνομα|επώνυμο|πελάτης"
    r"|πελάτισσα|ασθενής|υπάλληλος|δικαιούχος|楼主"
    r"|lead traveller|lead passenger|second driver|pupil|learner|child|mother|father|son|daughter|spouse|partner"
    r"|attendee|attendees|present|chair|secretary|treasurer|presiding officer|clerk|interviewer|candidate"
    r"|preferred name|nickname|known as|alias|demandeur|défendeur|assuré|assurée|versicherte person|mieter"
    r"|mieterin|vermieter|vermieterin|versicherter|antragsteller|huurder|verhuurder|hyresgäst|hyresvärd"
    r"|arrendatario|arrendador|inquilino|locatario|locataire|bailleur|elève|élève|alumno|alumna|aluno|aluna"
    r"|forenames?|other names|middle names?|christian name|employee's surname|actor|principal|seller|buyer"
    r"|пациент|пациентка|пацієнт|пацієнтка|фио|піб|имя|фамилия|ім'я|прізвище|врач|лікар|лекар|клиент|клієнт"
    r"|заявитель|заявник|получатель|отримувач|отправитель|відправник|сотрудник|працівник|студент|ученик|учень"
    r"|арендатор|орендар|владелец|власник|застрахованный|застрахована особа|страхувальник|име|презиме"
    r"|врач воп|ответственный|відповідальний|контактное лицо|контактна особа"
)
FIELD_VALUE = re.compile(
    # Printed forms join key and value with dot leaders ("Emergency contact ..... Aiko Mori") instead of a colon.
    # JSON-like text quotes key and value ('"customer": "Rangi Parata"').
    rf"(?im)(?:^|[|;\t]|(?<=\s)|(?<=[{{,]\"))(?:{FIELD_KEYS})(?:e?s|\((?:s|in|e)\))?\"?[ \t]*(?:[:=]|\.{{3,}}|…+)"
    r"[ \t]*\"?(?:\n[ \t]*)?"
    r"([^\W\d_][\w'’./-]*(?:[ \t,]{1,2}[^\W\d_][\w'’./-]*){0,4})"
)
_NEXT_KEY = re.compile(r"[ \t]+(?:[A-Z][\w-]*[ \t]){0,2}[A-Z][\w-]*[ \t]*:(?![/\d])")
# A name quoted as a value in SQL, logs and code: "SET full_name='Ida Dalgaard-Munk'", "customer_name='Ana Ruiz'".
QUOTED_NAME_VALUE = re.compile(r"(?i)\b(?:full_?name|first_?name|last_?name|surname|customer_?name|contact_?name"
                               r"|display_?name|holder_?name|patient_?name|name)[ \t]*(?:=|:)[ \t]*'([^'\n]{2,60})'")
_STREET_CELL = re.compile(r"(?:\d[\w/-]*[ \t]+[^\W\d_]{3,}|[^\W\d_]{3,}[ \t]+\d{1,5}[a-zA-Z]?(?:[-/]\w+)?)")
_NAME_TOKEN = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[-'’ʻ][^\W\d_]+)*")
NAME_COLUMNS = re.compile(r"(?i)^(?:full_?name|name|names|first_?name|last_?name|surname|given_?names?|family_?name"
                           r"|customer(?:_?name)?|client(?:_?name)?|contact(?:_?name)?|patient(?:_?name)?|employee"
                           r"(?:_?name)?|holder|account_?holder|beneficiary|owner|user_?name|requester|nom|prénom"
                           r"|namn|förnamn|efternamn|vorname|nachname|nombre|apellidos?|nome|cognome|naam"
                           r"|ime|prezime|име|презиме|фио|имя|фамилия|отчество|ім'я|прізвище|піб|emri|mbiemri"
                           r"|nama|surnames?|forenames?|given|family|guest|passenger|member|student|tenant"
                           r"|nazwisko|imie|imię|imiona|nome_completo|nombre_completo|nom_complet|guardian|parent"
                           # user names in exports ("user,ip,added_by")
                           r"|user|login|added_?by|created_?by|updated_?by|modified_?by|assignee|reporter|author"
                           r"|(?:opened|closed|assigned|requested|approved|submitted|reviewed|raised|logged|handled"
                           r"|resolved|checked|signed)_?by|assigned_?to"
                           # more languages' name headers (Finnish, Danish/Norwegian, Dutch, Turkish, Hungarian,
                           # Czech, Baltic, Icelandic, Portuguese, Swahili)
                           r"|nimi|etunimi|etunimet|sukunimi|navn|fornavn|efternavn|etternavn|mellemnavn|voornaam"
                           r"|voornamen|achternaam|ad|adı|soyad|soyadı|ad_?soyad|név|vezetéknév|keresztnév|jméno"
                           r"|příjmení|eesnimi|perenimi|vardas|pavardė|vārds|uzvārds|nafn|sobrenome|jina"
                           # any "<who>_name" ("member_name", "display_name", "holderName"), less the names of things
                           r"|(?!(?:file|host|product|item|company|bank|device|street|city|town|country|region|state"
                           r"|branch|service|app|project|table|column|field|domain|server|db|database|queue|brand|model"
                           r"|plan|course|event|category|group|team|org|organi[sz]ation|business|shop|store|merchant"
                           r"|vendor|supplier|trading|legal|entity|site|location|place|venue|building|dept|department"
                           r"|unit|ward|school|hospital|clinic|practice|drug|medication|test|job|role|task|tag"
                           r"|class|package|module|image|container|pod|node|cluster|network|ssid|printer|campaign"
                           r"|list|channel|folder|sheet|report|form|doc|document|vessel|ship|airline|carrier)"
                           r"[ _-]?names?$)[^\W\d_]{2,20}[ _-]?names?)$")


def _full_name_next(rest: str, names: NameLists) -> bool:
    """Whether `rest` opens with two to four capitalised name-like words before the next comma or line end."""
    item = re.split(r"[,;\n]", rest, maxsplit=1)[0].split()
    mixed = not all(w.isupper() for w in item)
    return 2 <= len(item) <= 4 and all(
        _NAME_TOKEN.fullmatch(w) and w[0].isupper() and not (mixed and _acronym(w))
        and (names.known(w) or w.lower() not in names.common) for w in item if w.lower() not in PARTICLES)


def field_finder(names: NameLists) -> Finder:
    """The value after a person key ("Patient: HOLM, Ingrid", "Nom : jean dupont", "Kund: Lars Ek") and the
    name columns of CSV-like lines under a header ("id,name,street" -> the second field of each row).

    A lower-case ordinary word ends a value ("Contact: see below"); capitalised ordinary words stay only when
    another word of the value is a name ("Contact: Support Team" keeps its words, "Owner: Maori Oomori" does not).
    """
    common = names.common

    def value_end(value: str, start: int) -> int:
        end = start
        evidence = False
        taken = 0  # name words so far, particles not counted
        for word in _WORD.finditer(value):
            token = word.group()
            lower = token.lower()
            separator = value[end - start:word.start()]
            if "," in separator and end > start and token[0].islower():
                break
            # After a full name, a comma starts the next item: a cue ("Applicant: Gurpreet Singh Dhillon, PAN
            # BGTPD7316N", "Ayşe Öztürk, Identifikationsnummer ...") unless a second full name follows ("Mieter:
            # Dimitrios Karagiannis, Chrysoula Karagianni"); "HOLM, Ingrid" goes on.
            if "," in separator and taken >= 2 and not _full_name_next(value[word.start():], names):
                break
            initial = len(token) == 1 and value[word.end():word.end() + 1] == "."
            if end == start and lower in _TITLE_WORDS:
                continue  # "Name: MR RAVI SHANKAR IYENGAR": a title, then the name
            if token[0].islower() and lower in STOP_WORDS and lower not in PARTICLES:
                break  # "Rep: Prosper Mlambo to visit": "to" is listed as a surname, but ends the name here
            ordinary = lower in common and not names.known(token) and lower not in PARTICLES and not initial
            if ordinary and (token[0].islower() or lower in STOP_WORDS):
                break
            if _acronym(token) and not names.known(token) and len(token) <= 3 and not initial \
                    and lower not in PARTICLES:
                break
            evidence = evidence or not ordinary
            taken += lower not in PARTICLES
            end = start + word.end() + (1 if initial else 0)
        return end if evidence else start

    def cell_name(value: str) -> bool:
        words = value.split()
        parts = [w for w in words if w.lower() not in PARTICLES]
        if not parts or len(words) > 4 or not all(_NAME_TOKEN.fullmatch(w) for w in words):
            return False
        return all(w[0].isupper() and not _acronym(w) and (names.known(w) or w.lower() not in common) for w in parts)

    def _row_names(text: str) -> Iterator[tuple[int, int, float]]:
        """Name cells of a CSV-like row without a header: the cells before its first street-like cell (digits
        and words: "Prinsengracht 263-2", "45-218 Kamehameha Hwy") that are one to four name words. Rows list
        the person before the address; the town after it stays."""
        if "," not in text and ";" not in text and "\t" not in text:
            return
        offset = 0
        for line in text.split("\n"):
            delimiter = next((d for d in ("\t", ";", ",", "|") if line.count(d) >= 3), None)
            # A row, not prose with commas: every cell short ("RUT (Rengöring, Underhåll, Tvätt — household
            # services tax deduction) is a 50% ..." is a sentence).
            if delimiter is not None and all(len(cell.split()) <= 5 for cell in line.split(delimiter)):
                cells, position = [], offset
                for cell in line.split(delimiter):
                    cells.append((position, cell))
                    position += len(cell) + 1
                street = next((i for i, (_, cell) in enumerate(cells) if i > 0 and _STREET_CELL.search(cell)), None)
                for start, cell in cells[:street] if street is not None else ():
                    value = cell.strip().strip('"').strip()
                    if value and cell_name(value):
                        lead = start + cell.index(value)
                        yield lead, lead + len(value), SCORE
            offset += len(line) + 1

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for match in FIELD_VALUE.finditer(text):
            start = match.start(1)
            value = match.group(1)
            # The next key on the same line ends the value: "Account Name: WKAMAU Account Domain: CORP".
            key = _NEXT_KEY.search(text, match.end(1) - len(value), match.end(1) + 40)
            if key and key.start() < match.end(1):
                value = value[:max(0, key.start() - start)]
            end = value_end(value, start)
            if end > start and text[start:end].lower() not in SERVICE_ACCOUNTS:  # "USER=postgres" is no one
                yield start, end, SCORE
        if "='" in text or ": '" in text or "= '" in text:
            for match in QUOTED_NAME_VALUE.finditer(text):
                value = match.group(1)
                if any(not names.ordinary(w) for w in _WORD.findall(value)) and not any(ch.isdigit() for ch in value):
                    yield match.start(1), match.end(1), SCORE
        yield from _row_names(text)
        for header, start, end in csv_cells(text, NAME_COLUMNS):
            value = text[start:end]
            if NAME_COLUMNS.match(header) and any(ch.isalpha() for ch in value) and not any(
                    ch.isdigit() for ch in value):
                yield start, end, SCORE

    return find


# Japanese and Chinese names before an honorific: "山田 花子 様", "王小明先生", "佐藤さん" (family name first, the
# honorific after; the name is what stands between a non-CJK character or line start and the honorific).
# Unspaced names are 2-4 characters: a longer run is a sentence ("感谢王建国先生") whose name cannot be cut out.
_CN_FAMILY_SET = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
_CJK = r"[\u3005\u3400-\u9fff\u30a0-\u30ff]"  # kanji/hanzi, katakana and the repeat mark 々
CJK_HONORIFIC = re.compile(rf"(?<![\u3005\u3040-\u30ff\u3400-\u9fff])"
                           rf"({_CJK}{{1,4}}[ \u3000]{_CJK}{{1,4}}|{_CJK}{{2,4}})[ \u3000]?"
                           r"(?:様|さま|さん|殿|先生|氏|君|女士|小姐)"
                           # a family name and a title: "赵经理", "李老师", "王医生"
                           rf"|([{_CN_FAMILY_SET}])"
                           r"(?:经理|經理|老师|老師|医生|醫生|师傅|師傅|总|主任|律师|律師|阿姨|叔叔|先生|女士|小姐)")


_HANGUL = r"[\uac00-\ud7a3]"
_KANA = r"[\u3040-\u30ff]"
# A CJK or Korean name on its own: family and given name spaced ("立花 澪", "タチバナ ミオ"), or unspaced
# 2-4 characters opening with a common family name ("刘建国", "권해원"); cities and products rarely open so.
_CN_FAMILY = (_CN_FAMILY_SET
              + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
              "張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭蘇葉呂盧鍾譚陸賈韋鄒龔錢嚴湯佐鈴高田伊渡山中小加松井木林斎清"
              "斉藤吉石池森岡近坂宮橋福")  # Japanese: 斉藤, 吉田, 石川, 森, 岡田, 宮崎, ...
_KR_FAMILY = ("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함"
              "변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용")
CJK_NAME = (rf"(?:{_CJK}{{1,4}}[ \u3000](?:{_CJK}|{_KANA}){{1,4}}|[{_CN_FAMILY}]{_CJK}{{1,3}}"
             rf"|[{_KR_FAMILY}]{_HANGUL}{{1,3}}|{_HANGUL}{{1,4}}[ ]{_HANGUL}{{1,4}})")
_CJK_EDGE = r"\u3005\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3"
# After a CJK form label: "医师: 刘建国", "氏名: 立花 澪", "이름: 권해원".
CJK_FIELD = re.compile(r"(?:姓名|氏名|名前|お名前|이름|성명|患者|病人|医师|医生|醫師|联系人|聯絡人|客户|客戶"
                       r"|申请人|申請人|担当者?|담당자|고객|환자|受取人|收件人|纳税人|納稅人|配偶|扶養親族|家族"
                       r"|申告者|被保险人|投保人|收款人|付款人|持卡人|户名|戶名|作成者|承認者|申請者|发件人|寄件人"
                       r"|보호자|배우자|신청인|예금주|수취인|받는 분|보내는 분"
                       # who handled, reviewed or treated: "处理人: 周子涵", "担当医: 石川", "요청자: 박지훈"
                       r"|处理人|處理人|审核人|審核人|审批人|審批人|经办人|經辦人|负责人|負責人|报告人|報告人|联络人"
                       r"|担当医|主治医|主治醫師|患者氏名|報告者|依頼者|確認者|요청자|처리자|작성자|승인자|보고자)"
                       rf"(?:[ \t]*[:：][ \t]*|[ \t]+)({CJK_NAME})(?![{_CJK_EDGE}])")
# In brackets right after a romanised name: "CHEUNG Wing-yan (張詠欣)"; a family-name-led name in brackets after
# anything ("小王（王磊）", "기사님 (이성호)"); after a Latin cue word ("customer 王秀英", "expected 王秀英").
CJK_GLOSS = re.compile(rf"[A-Za-z][ \t]*\(({_CJK}{{2,4}}|{_CJK}{{1,3}}[ \u3000]{_CJK}{{1,3}})\)"
                       rf"|[(（][ \t]*((?:[{_CN_FAMILY}]{_CJK}{{1,2}}|[{_KR_FAMILY}]{_HANGUL}{{2}}))[ \t]*[)）]"
                       rf"|(?i:\b(?:customer|client|name|user|patient|contact|expected|for|by|from|to))[ \t]+"
                       rf"((?:[{_CN_FAMILY}]{_CJK}{{1,2}}|[{_KR_FAMILY}]{_HANGUL}{{2}}))(?![{_CJK_EDGE}])")
# A Korean name before the honorific 님, 씨 or 귀하 (a letter's addressee): "민준님", "김민준 씨", "백하은 귀하".
KR_HONORIFIC = re.compile(rf"(?<![\uac00-\ud7a3])({_HANGUL}{{2,3}})[ ]?(?:님|씨|귀하)(?![\uac00-\ud7a3])")
# Role nouns that take 님 as well ("고객님" customer, "기사님" driver, "선생님" teacher).
_KR_ROLES = frozenset({"고객", "기사", "선생", "사장", "과장", "부장", "팀장", "실장", "대리",
                       "교수", "원장", "회원", "손님", "환자", "판매자", "구매자", "관리자", "담당자",
                       "어머", "아버", "여러분", "당신", "사모", "회장", "이사", "차장", "주임",
                       "간호사", "의사", "작가", "대표", "형", "언니", "오빠", "누나", "아저",
                       "아주머"})
# A CJK chat speaker ("曾郁萱: ok."), when the same name opens two lines or more: one such line is a form label
# ("高度:", "金额:" open with family-name characters too).
CJK_SPEAKER = re.compile(rf"(?m)^[ \t]*({CJK_NAME})[ \t]*[:：]")
# Chat exports that put the speaker after the time, or in brackets before it: LINE "12:31 佐藤蓮 今日の...",
# KakaoTalk "[한연우] [오후 7:14] ...".
CJK_TIMED_SPEAKER = re.compile(rf"(?m)^[ \t]*\d{{1,2}}:\d\d[ \t]+({CJK_NAME})[ \t]+(?=\S)"
                               rf"|^[ \t]*\[({_HANGUL}{{2,4}}|{CJK_NAME})\][ \t]*\[(?:오전|오후|午前|午後)[ \t]*\d")
# A katakana reading in brackets (furigana in forms): "山本 葵（ヤマモト アオイ）"; an @mention of a CJK name.
KANA_READING = re.compile(r"[(（][ \t]*([\u30a1-\u30fa\u30fc]{2,8}[ \u3000][\u30a1-\u30fa\u30fc]{1,8})[ \t]*[)）]")
CJK_MENTION = re.compile(rf"@({CJK_NAME})(?![{_CJK_EDGE}])")
CJK_CELL = re.compile(rf"(?:^|(?<=[,;\t|]))[ \t\"]*({CJK_NAME})[ \t\"]*(?=[,;\t|]|$)", re.MULTILINE)


_CJK_ONLY = re.compile(rf"(?:{_CJK}|{_HANGUL})+")


def cjk_given_name(value: str) -> str | None:
    """The given name of an unspaced Chinese or Korean name led by a one-character family name ("张雨萱" -> "雨萱",
    "박지훈" -> "지훈"): friends and colleagues write it alone."""
    if 3 <= len(value) <= 4 and _CJK_ONLY.fullmatch(value) and value[0] in _CN_FAMILY + _KR_FAMILY:
        return value[1:]
    return None


def cjk_finder(names: NameLists) -> Finder:
    """CJK names before an honorific (CJK_HONORIFIC), after a CJK form label, glossing a romanised name, as
    cells of delimited rows that hold a digit elsewhere (a contact list) and as chat speakers (CJK_SPEAKER);
    `names` is unused, kept for the finder signature."""

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        if text.isascii():
            return
        for pattern in (CJK_HONORIFIC, CJK_FIELD, CJK_GLOSS, KR_HONORIFIC, CJK_TIMED_SPEAKER, KANA_READING,
                        CJK_MENTION):
            for match in pattern.finditer(text):
                group = next(i for i in range(1, (pattern.groups or 1) + 1) if match.group(i))
                if pattern is KR_HONORIFIC and match.group(1) in _KR_ROLES:
                    continue
                yield match.start(group), match.end(group), SCORE
        for match in CJK_CELL.finditer(text):
            line_start = text.rfind("\n", 0, match.start(1)) + 1
            line_end = text.find("\n", match.end(1))
            line = text[line_start:line_end if line_end >= 0 else len(text)]
            if sum(line.count(d) for d in ",;\t|") >= 2 and any(ch.isdigit() for ch in line):
                yield match.start(1), match.end(1), SCORE
        speakers = list(CJK_SPEAKER.finditer(text))
        lines = Counter(match.group(1) for match in speakers)
        for match in speakers:
            # A name speaks twice, or it or its given name is named elsewhere in the record too ("@王浩然 ..." then
            # "王浩然: 收到", "张雨萱: ..." then "雨萱，..."); a form label ("金额:", "高度:") is not.
            key = match.group(1)
            given = cjk_given_name(key)
            if lines[key] >= 2 or text.count(key) >= 2 or (given is not None and text.count(given) >= 2):
                yield match.start(1), match.end(1), SCORE

    return find


# A user name built from a person's name, in running text: "thanks to maria_kowalczyk", "ask j.okafor" (lower
# case, parts joined by "_" or "."); file names, domains and code ("config.yaml", "user_id") are not.
HANDLE = re.compile(r"(?<![\w.@/\\-])([a-z]{2,}(?:[._][a-z]{2,}){1,2})(?![\w@/\\(-]|\.[a-z])")
# Forum and chat names: capitalised parts joined by "_" ("Wendell_Ong", "Sherine_Campbell"; code writes snake_case
# in lower case), and a given name with an initial ("jonas_b") and digits ("dewi_k88", "arber.k88").
CAP_HANDLE = re.compile(r"(?<![\w.@/\\-])([A-Z][a-z]{2,}_(?:[A-Z][a-z]+(?:_[A-Z][a-z]+)?|[A-Z]\d{0,3}))(?![\w@/\\(-])")
_CODE_SUFFIXES = frozenset({"ip", "id", "db", "no", "nr", "ok", "at", "to", "by", "in", "on", "up", "os", "pc", "vm",
                            "ts", "dt", "tz", "v", "x", "tmp", "max", "min", "src", "dst", "url", "api", "key", "env",
                            "log", "cfg", "dir", "msg", "num", "cnt", "idx", "len", "str", "int"})  # "billing_ip"
DIGIT_HANDLE = re.compile(r"(?<![\w.@/\\-])([a-z]{3,}(?:[._][a-z]{2,})?(?:_[a-z]{1,3}\d{0,4}|\.[a-z]\d{0,4}"
                          r"|\.[a-z]{2,3}\d{1,4}))(?![\w@/\\(-]|\.[a-z])")


# A user name after its cue in logs, tickets and chats ("user 'e.yilmaz'", "mi usuario es vquispe", "reset for
# atewhata", "pls DM musa_kd", "-- dimitrova_v", "**budi.santoso** 09:12"), and the user part of a down-level logon
# name ("corp\\jvanderberg", "HSE-NORTHWEST\\s.mcgettigan").
_USER_CUED = re.compile(
    r"(?:(?i:\b(?:user(?:name)?(?:[ \t]+(?:is|was))?|usuario(?:[ \t]+es)?|utilisateur|benutzer(?:name)?|login|logon"
    r"|dm|ping"
    r"|account[ \t]+name|(by|for|von|par|por|door|target(?:[ \t]+account)?|owner|assignee|reporter))\b)"
    r"[ \t]*[=:/]?[ \t]*['\"]?"
    r"|\bsudo:[ \t]+"  # "sudo: liu_yuting : TTY=pts/0"
    # cron's user in brackets, OpenVPN's status rows: "CRON[4410]: (ane.etxeberria) CMD", "CLIENT_LIST,tane.whaanga,"
    r"|(?i:\bcron)\[\d+\]:[ \t]*\(|\bCLIENT_LIST,"
    r"|(?<![^\s(])(?:--|—|–)[ \t]*|\*\*)"
    r"(?:[A-Za-z][A-Za-z0-9-]{1,20}\\)?([a-z][a-z0-9]*(?:[._][a-z0-9]+)*)(?![\w@\\/-]|\.[a-z])")
_DOWN_LEVEL = re.compile(r"(?<![\w\\])[A-Za-z][A-Za-z0-9-]{1,20}\\([a-z][a-z0-9]*(?:[._][a-z0-9]+)*)(?![\w\\/-])")
SERVICE_ACCOUNTS = frozenset({
    "admin", "administrator", "root", "guest", "test", "system", "service", "nobody", "daemon", "postgres", "mysql",
    "oracle", "apache", "nginx", "jenkins", "git", "ubuntu", "backup", "support", "info", "noreply", "operator",
    "user", "users", "sa", "dba", "deploy", "bot", "svc", "sys", "www", "ftp", "mail", "anonymous", "default",
})


def _cued_user(value: str, names: NameLists, weak: bool = False) -> bool:
    """Whether `value` after a user cue is a person's user name; after a weak cue ("by", "for") only a handle
    with digits or separators is ("by hand", "for example" stay)."""
    parts = re.split(r"[._]", value)
    if value in SERVICE_ACCOUNTS or parts[0] in SERVICE_ACCOUNTS or value.startswith(("svc", "sys")):
        return False
    if len(parts) > 1:  # "e.yilmaz", "musa_kd": one part a name or no ordinary word
        return not all(p in names.common and not names.known(p) for p in parts if len(p) > 1)
    bare = value.rstrip("0123456789")
    if weak and bare == value:
        return False  # after "by" or "for" a bare word is prose in any language ("by salarymen", "for tilbakebetaling")
    return 4 <= len(bare) <= 20 and (bare not in names.common or names.known(bare)) and bare not in STOP_WORDS


def handle_finder(names: NameLists) -> Finder:
    """Handles of HANDLE shape with no ordinary word among their parts and either a known first or last name
    among them or a part of 4+ letters that the same text also writes capitalised as a word ("thanks to
    eleni_vasileiou! Eleni, ...": people greet the person behind a handle by name)."""
    common = names.common

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for match in _USER_CUED.finditer(text):
            if _cued_user(match.group(2), names, weak=match.group(1) is not None):
                yield match.start(2), match.end(2), SCORE
        for match in _DOWN_LEVEL.finditer(text):
            if _cued_user(match.group(1), names):
                yield match.start(1), match.end(1), SCORE
        for match in HANDLE.finditer(text):
            parts = re.split(r"[._]", match.group(1))
            if any(p in common and not names.known(p) or p in STOP_WORDS or p in FOREIGN_STOP_WORDS
                   for p in parts):
                continue
            # Short names are code words too ("max_len", "tmp_dir"): the known name needs 4+ letters.
            strong = any(len(p) >= 4 and names.known(p) and p not in common for p in parts)
            # The same handle as an address's local part ("aroha.terangi" beside aroha.terangi@...): a person's.
            mailbox = f"{match.group(1)}@" in text and match.end(1) < len(text) and text[match.end(1)] != "@"
            if strong or mailbox or any(len(p) >= 4 and re.search(rf"(?<![\w.]){p.capitalize()}(?![\w.])", text)
                                        for p in parts):
                yield match.start(1), match.end(1), SCORE
        for match in CAP_HANDLE.finditer(text):
            parts = [p.lower() for p in match.group(1).split("_") if len(p.rstrip("0123456789")) > 1]
            # Both parts capitalised is the name's own spelling: known or not, unless a part is an ordinary word.
            if not any(p in common and not names.known(p) or p in STOP_WORDS for p in parts):
                yield match.start(1), match.end(1), SCORE
        for match in DIGIT_HANDLE.finditer(text):
            parts = re.split(r"[._]", match.group(1))
            given, tail = parts[0], parts[-1].rstrip("0123456789")
            # One separator throughout ("fatima.zahra.b"); "chan_sip.c" is a source file.
            if tail in _CODE_SUFFIXES or len(set(re.findall(r"[._]", match.group(1)))) > 1:
                continue
            # A given name WordNet holds only as a noun counts ("jonas_b", "david_k"); "data_v2", "grace_h" do not.
            if len(given) >= 4 and names.given(given) and (given not in common or given in names.name_nouns):
                yield match.start(1), match.end(1), SCORE

    return find


_LEAD_TITLE = re.compile(rf"(?:{TITLES})\.?[ \t]+(?=\S)")
_TAIL_TITLE = re.compile(rf"[ \t]+(?:{SPEAKER_TITLES})$")


# --- the finder presidio runs --------------------------------------------------------------------
def person_finder(names: NameLists) -> Finder:
    """Every pattern signal for PERSON at once (gazetteer/cues, structure, signatures/handles, key: value)."""
    from pipeline.name_logs import log_finder  # it builds on this module's CJK and account patterns

    finders = (name_finder(names), structure_finder(names), signature_finder(names), field_finder(names),
               cjk_finder(names), handle_finder(names), context_finder(names), log_finder(names))

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for finder in finders:
            for start, end, score in finder(text):
                # A name glued to digits or separators is a handle: "thinsized1942", "soner_99", "wawan.h".
                while end < len(text) and (text[end].isalnum() or text[end] == "_" or (
                        text[end] in ".-" and end + 1 < len(text) and text[end + 1].isalnum()
                        and not text[start:end].istitle())):
                    end += 1
                # Titles are no identifier and words lost for training: "Dr. Sander de Wit" -> "Sander de Wit",
                # "ABERNETHY/FERGUS MR" -> "ABERNETHY/FERGUS".
                while (lead := _LEAD_TITLE.match(text, start, end)) and lead.end() < end:
                    start = lead.end()
                if (tail := _TAIL_TITLE.search(text, start, end)) and tail.start() > start:
                    end = tail.start()
                yield start, end, score

    return find
