"""Person names in the layouts of apps and machines: home directories and user paths, JSON login fields, a user
name in brackets after its owner, forum and code-review headers ("grace_h 2 hours ago", "miguel-santana
commented:"), the GECOS field of a Unix account, PostgreSQL and audit-trail users, device names that carry their
owner ("Galaxy-S23-Nnamdi", "Ayeshas-iPhone") and the speakers of WeChat and KakaoTalk exports. Each layout says on
its own that the word is someone's account or name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.name_fields import CJK_NAME, SERVICE_ACCOUNTS
from pipeline.name_lists import NameLists
from pipeline.names import SCORE, Finder

_USER = r"[a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,2}"
# "/home/jnovak", "C:\Users\y.demirci", "\\fs02\home$\ydemirci", "/admin/users/aoife.brennan/edit", "~msantana".
HOME_PATH = re.compile(rf"(?i:/home/|/Users/|\\Users\\|\\home\$?\\|/users?/|/profiles?/|/~)({_USER})(?![\w.-]*\()"
                       r"(?=[/\\\s\"',;:)]|$)")
# JSON and key=value login fields: '"login": "sokafor"', "uid=mlhsu", "sAMAccountName: dkowal".
LOGIN_FIELD = re.compile(rf"(?i:[\"']?\b(?:login|username|user_?name|user_?id|uid|handle|nick(?:name)?|samaccountname"
                         rf"|account_?name|owner|author)[\"']?[ \t]*[:=][ \t]*[\"']?)({_USER})(?=[\"'\s,;}}]|$)")
# A user name in brackets after its owner's name, built from it: "Sandeep Gill (sgill)", "Svetlana Moroz (s.moroz)";
# "Camila Rojas (compras)" and "Nuria Castañeda (presidenta)" bracket a role.
NAME_THEN_HANDLE = re.compile(rf"([A-Z][\w'’-]+)[ \t]+([A-Z][\w'’-]+)[ \t]*\(({_USER})\)")
# Comment headers of forums and code review: "grace_h 2 hours ago", "bishnu.thapa 40 mins ago", "dkowal 3 hours
# ago | parent", "miguel-santana commented:", "@lin.yao approved these changes".
COMMENT_HEADER = re.compile(
    rf"(?:^|(?<=[\s–—-]))({_USER})[ \t]+(?:\d{{1,3}}[ \t]+(?:sec|secs|seconds?|min|mins|minutes?|h|hrs?|hours?|d|days?"
    r"|w|wks?|weeks?|mo|months?|y|yrs?|years?)[ \t]+ago\b|commented\b|approved these changes\b|requested changes\b"
    r"|reviewed\b|replied\b)", re.MULTILINE)
# Device names that carry their owner: "Galaxy-S23-Nnamdi", "Tenzin-Dolkar-iPhone", "Ayeshas-iPhone".
DEVICE_NAME = re.compile(r"(?<![\w.-])[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+){1,4}(?![\w.-])")
_DEVICE_WORDS = frozenset({"iphone", "ipad", "galaxy", "pixel", "macbook", "mbp", "imac", "android", "laptop",
                           "desktop", "pc", "hp", "dell", "lenovo", "thinkpad", "surface", "phone", "tablet", "redmi",
                           "oneplus", "huawei", "xiaomi", "oppo", "vivo", "nokia", "moto", "watch", "air", "pro"})
# WeChat and KakaoTalk exports: "周文杰 10:02  ...", "李建国 (Jianguo Li) 10:05 ...", "[박서연] [오후 7:12] ...".
CJK_TIMED_SPEAKER = re.compile(rf"(?m)^[ \t]*({CJK_NAME})(?:[ \t]*\([^()\n]{{2,30}}\))?[ \t]+\d{{1,2}}:\d\d\b")
# PostgreSQL's "%u@%d" log prefix: "2024-06-11 14:22:01 UTC [8812] dilshod_r@billing LOG:  duration ...".
PG_USER = re.compile(rf"\][ \t]+({_USER})@[\w-]+[ \t]+(?:LOG|ERROR|FATAL|WARNING|STATEMENT|DETAIL|HINT|NOTICE"
                     r"|PANIC|INFO|DEBUG\d?):")
# Audit trails name the account that acted, right after the time: "2024-04-03 10:12 lwazi.mahlangu viewed record".
TIMED_ACTOR = re.compile(
    rf"(?m)^[ \t]*\[?\d{{4}}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d)?(?:[.,]\d+)?Z?\]?[ \t]+({_USER})[ \t]+"
    r"(?:viewed|exported|logged|created|updated|deleted|downloaded|uploaded|opened|closed|approved|rejected"
    r"|changed|modified|accessed|printed|signed|submitted|edited|added|removed|granted|revoked|reset|requested"
    r"|searched|shared|restored|archived|assigned|unlocked|locked|impersonated)\b")
# The GECOS field of a Unix account holds its owner's full name before the first comma: 'gecos="Dawit Tesfaye,Room
# 3.14,,"' in an audit log, "dtesfaye:x:2105:2105:Dawit Tesfaye,,,:/home/dtesfaye:/bin/bash" in /etc/passwd.
GECOS = re.compile(r"(?:(?i:\bgecos)[ \t]*[:=][ \t]*[\"']?|(?m:^)[a-z_][\w.-]*:[x*!]?:\d+:\d+:)"
                   r"([A-Z\u00c0-\u024f][\w'’.-]*(?:[ \t]+[\w'’.-]+){1,3})(?=[,:\"']|$)", re.MULTILINE)
KAKAO_SPEAKER = re.compile(r"(?m)^[ \t]*\[([^\[\]\n]{2,30})\][ \t]*\[(?:오전|오후|AM|PM|am|pm)?[ \t]*\d{1,2}:\d\d\]")


def _user_ok(value: str, names: NameLists) -> bool:
    """A person's account: not a service account, not one ordinary word, not a stop word."""
    lower = value.lower()
    first = re.split(r"[._-]", lower)[0]
    if lower in SERVICE_ACCOUNTS or first in SERVICE_ACCOUNTS or lower.startswith(("svc", "sys")):
        return False
    if re.fullmatch(r"[a-z]+", lower):
        return len(lower) >= 4 and (lower not in names.common or names.known(lower)) and lower not in STOP_WORDS
    return not all(part in names.common and not names.known(part) for part in re.split(r"[._-]", lower) if part)


def log_finder(names: NameLists) -> Finder:
    """The layouts above; `names` keeps ordinary words and service accounts out."""

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for pattern in (HOME_PATH, LOGIN_FIELD, COMMENT_HEADER, PG_USER, TIMED_ACTOR):
            for match in pattern.finditer(text):
                if _user_ok(match.group(1), names):
                    yield match.start(1), match.end(1), SCORE
        for match in GECOS.finditer(text):
            # Daemons describe themselves there: "PostgreSQL administrator", "Backup Service", "root".
            words = match.group(1).split()
            if all(w[0].isupper() and (w[1:].islower() or names.known(w)) for w in words) and not all(
                    names.ordinary(w) for w in words):
                yield match.start(1), match.end(1), SCORE
        for match in NAME_THEN_HANDLE.finditer(text):
            letters = re.sub(r"[^a-z]", "", match.group(3))
            if any(len(part) >= 3 and part.lower()[:5] in letters for part in (match.group(1), match.group(2))):
                yield match.start(3), match.end(3), SCORE
        for match in DEVICE_NAME.finditer(text):
            parts = re.split(r"[-_]", match.group())
            if not any(part.lower() in _DEVICE_WORDS or re.fullmatch(r"[A-Za-z]\d{1,3}", part) for part in parts):
                continue
            position = match.start()
            for part in parts:
                word = part[:-1] if part.endswith("s") and names.given(part[:-1]) else part  # "Ayeshas-iPhone"
                # Capitalised parts only: an all-caps host ("USMAN-QURESHI-HP") would glue to its device word.
                if len(word) >= 3 and not word.isupper() and word.lower() not in _DEVICE_WORDS and names.known(word) \
                        and not names.ordinary(word.capitalize()):
                    yield position, position + len(word), SCORE
                position += len(part) + 1
        if not text.isascii():
            for match in CJK_TIMED_SPEAKER.finditer(text):
                yield match.start(1), match.end(1), SCORE
            for match in KAKAO_SPEAKER.finditer(text):
                value = match.group(1).strip()
                words = value.split()
                if re.fullmatch(CJK_NAME, value) or (value.islower() and _user_ok(value, names)) or (
                        any(names.known(w) for w in words) and not all(names.ordinary(w) for w in words)):
                    yield match.start(1), match.start(1) + len(value), SCORE

    return find
