"""Person names in the layout of mail and chat: greetings ("Hi Siobhan,"), signature lines and sign-offs
("Regards,\nwawan"), @mentions and IRC nicks, and chat speakers ("kiki: ok", "[09:31] Ewa Lindqvist-Abara: ok",
WhatsApp, Slack, Teams and Discord exports). The name lists, cue words and shared pieces are in pipeline/names.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.geography import is_large_area
from pipeline.name_lists import FORM_LABELS, NameLists
from pipeline.names import _CAP, _NOT_ADDRESSEES, _PARTICLE_RE, _TITLE_WORDS, SCORE, Finder, _acronym

# A greeting then one word and a comma / line end: "Hi Siobhan,", "hej lars!", "Dear Ngozi" (capitals or not).
GREETING = re.compile(
    r"(?im)(?:^|(?<=[.!?]\s)|(?<=:\s))[ \t]*(?:hi|hello|hey|hiya|dear|morning|good morning|good afternoon|good evening"
    r"|hej|hejsan|hei|hallå|hallo|moin|servus|liebe|lieber|bonjour|salut|cher|chère|hola|buenos días|ciao|olá|oi"
    r"|merhaba|selam|namaste|hoi|beste|geachte|witam|cześć|sehr geehrte(?:r)?(?: (?:frau|herr))?"
    r"|aloha|kia ora|tēnā koe|tena koe|salam|salaam|shalom|jambo|habari|sawubona|vanakkam|namaskar|kære|kæra"
    r"|kedves|drogi|droga|szanowny|szanowna|caro|cara|querido|querida|estimado|estimada|prezado|prezada|hyvä"
    r"|sayın|sevgili)"
    r"[ \t]+([^\W\d_][^\W\d_'’-]*(?:[ \t][A-ZÀ-Ý][^\W\d_'’-]*)?)[ \t]*(?=[,!:;.]|\n|$)"
)
_SIG_NAME = rf"({_CAP}(?:[ \t]+(?:{_PARTICLE_RE}[ \t]+){{0,2}}{_CAP}){{0,3}})"
# Signature lines: "/Momoko Inoue", "-- Wei Duan", "~ Seán" (a marker, then only a name on the line).
# The role may follow in brackets ("-- Ivy (Tier 1)"); the marker may end a sentence's line ("... Labor Day. — Bill").
SIGNATURE_LINE = re.compile(rf"(?m)(?:^|(?<=[.!?])[ \t])[ \t]*(?:/|--?|—|–|~)[ \t]*{_SIG_NAME}"
                            r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*\.?[ \t]*$")
# A name, then its role or team, alone on a line, quoted or not: "> — Kealoha, Tier 1 Support",
# "> Teuila | After-sales", "Elle-Márjá Guttorm, fastlege".
ROLE_SIGNATURE = re.compile(rf"(?m)^[ \t]*(?:>[ \t]*)*(?:(?:--?|—|–)[ \t]*)?{_SIG_NAME}[ \t]*(?:,|\|)[ \t]*"
                            r"(?=[^\n]{2,40}$)(?:[A-Za-z][\w&/.-]*)(?:[ \t]+[\w&/.-]+){0,4}[ \t]*$")
# A sign-off in any language: a short line ending in a comma, then a name alone on the text's last line (or before
# a blank line): "Go raibh maith agat,\nÓrla", "Mauruuru,\nTeva".
COMMA_SIGN_OFF = re.compile(rf"(?m)^[ \t]*[^\W\d][^\n,]{{1,36}},[ \t]*\n[ \t]*{_SIG_NAME}[ \t]*(?=\n[ \t]*\n|\n?\Z)")
_SIGN_OFFS = (r"groet|regards|kind regards|best regards|warm regards|thanks|many thanks|thank you|cheers|sincerely|best"
              r"|yours|yours truly|greetings|br|take care|talk soon|cordialement|bien à vous|amitiés|bisous"
              r"|mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|viele grüße|liebe grüße|beste grüße"
              r"|grüße|gruß|mfg|lg|vg|med vänliga hälsningar|vänliga hälsningar|hälsningar|mvh|med vennlig hilsen"
              r"|hilsen"
              r"|venlig hilsen|saludos|atentamente|un saludo|cordiali saluti|distinti saluti|saluti|un saluto|grazie"
              r"|groeten|met vriendelijke groet|pozdrawiam|saygılarımla|atenciosamente|abraços|merci|danke|tack"
              r"|salam|salaam|terima kasih|hormat saya|s pozdravem|üdvözlettel|ystävällisin terveisin|terveisin"
              r"|med venlig hilsen|kveðja|mahalo|ngā mihi|nga mihi|shukran|todah|dhanyavaad|arigatou|gracias"
              r"|obrigado|obrigada|tak|takk|kiitos|dziękuję|köszönöm|teşekkürler")
SIGN_OFF_WORDS = frozenset(_SIGN_OFFS.split("|"))
# The name after a sign-off ("Best regards,\nWei Duan", "Thanks, Qadi", "cheers\nkiki") up to its line's end.
SIGN_OFF_NAME = re.compile(
    rf"(?i:\b(?:{_SIGN_OFFS})(?![^\W\d_]))[ \t]*[,.!:-]?[ \t]*\n?[ \t]*"
    rf"({_SIG_NAME[1:-1]}|[a-zß-öø-ÿ][\w.'’-]{{1,30}})[ \t]*[.!]?[ \t]*(?=\n|$)"
)
# Chat handles: "@mbeki_t", "<kiki>", and the speaker of a chat-log line ("[10:02] wawan.h: ...", "kiki: ok").
MENTION = re.compile(r"(?<![\w.@+-])@([A-Za-z][\w.-]{1,30}[A-Za-z0-9])(?![\w@-]|\.[A-Za-z])")
IRC_NICK = re.compile(r"(?m)(?:^|(?<=\]\s))[ \t]*<([A-Za-z][\w.|-]{1,30})>")
SPEAKER = re.compile(r"(?m)^[ \t]*(?:[-*•][ \t]+)?(?:\[?\d{1,4}[-/:.]\d{1,2}(?:[-/:.T ]\d{1,2}){0,4}\]?[ \t]+"
                     r"|\[[A-Za-z][\w ]{1,15}\][ \t]+)?"  # "[WhatsApp] Yaw: ..."
                     r"([A-Za-zА-ЯЁЄІЇҐ][\w.-]{1,30}?)[ \t]*(?:\([^)\n]{1,20}\))?:[ \t]")

# Chat exports with a full name as the speaker: "[3/12/2024 4:02 PM] Ewa Lindqvist-Abara: ok" (Teams),
# "Sione Taufa  9:14 AM" on its own line (Slack). The timestamp is the evidence, so every word may be unknown.
# WhatsApp: "12/03/24, 18:41 - Ama Owusu: ok"; a time after the name: "Ama Owusu 10:14" or "Ama O. 14:06: ok";
# Discord: "ama_o — Today at 11:20".
_CLOCK = r"\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_SPEAKER_NAME_RUN = rf"{_CAP}(?:[ \t](?:{_CAP}|[A-Z]\.)){{1,3}}"
TIMESTAMPED_SPEAKER = re.compile(
    rf"(?m)^[ \t]*\[[^\]\n]{{0,24}}\d[:.]\d\d[^\]\n]{{0,12}}\][ \t]*({_SPEAKER_NAME_RUN})[ \t]*:[ \t]"
    rf"|^[ \t]*({_SPEAKER_NAME_RUN})[ \t]+{_CLOCK}[ \t]*(?::[ \t].*)?$"
    rf"|^[ \t]*\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}},?[ \t]+{_CLOCK}[ \t]+[-–][ \t]+({_SPEAKER_NAME_RUN}|{_CAP}):[ \t]")
# Telegram: "Taras Melnyk, [02.05.24 09:14]" on its own line; one word or a lower-case name after a bracketed
# timestamp: "[14/03/2024, 21:08:40] Massinissa: oui", "[09:12, 5/6/2024] sky tuimavave: who".
TELEGRAM_SPEAKER = re.compile(rf"(?m)^[ \t]*({_SPEAKER_NAME_RUN}|{_CAP}),[ \t]*\[[\d./-]{{6,10}},?[ \t]+\d{{1,2}}:\d\d"
                              r"(?::\d\d)?\][ \t]*$")
BRACKET_SPEAKER = re.compile(r"(?m)^[ \t]*\[[^\]\n]{0,24}\d[:.]\d\d[^\]\n]{0,12}\][ \t]*"
                             r"([^\W\d_][\w'’.-]{1,30}(?:[ \t][^\W\d_][\w'’.-]{1,30}){0,2}):[ \t]")
# Zoom chat exports: "09:02:40 From Jericho Macaraeg to Everyone: ...", "... From A to B (direct): ...": both names.
ZOOM_SPEAKER = re.compile(r"(?m)^[ \t]*\d{1,2}:\d\d(?::\d\d)?[ \t]+From[ \t]+([^\W\d_][^\n:]{1,40}?)[ \t]+to[ \t]+"
                          r"([^\W\d_][^\n:]{1,40}?)(?:[ \t]+\((?:direct|privately|private|in waiting room)\))?[ \t]*:")
_ZOOM_EVERYONE = frozenset({"everyone", "all", "all panelists", "everyone (in waiting room)", "host", "hosts"})
# A handle-shaped chat key: letters, "_" and an initial ("ERDENE_B: ...", "musa_k: ..."); config keys have no
# one-letter part ("DB_HOST:", "MAX_RETRIES:").
_HANDLE_KEY = re.compile(r"[A-Za-z]{3,}_[A-Za-z]{1,2}\d{0,3}")
DISCORD_SPEAKER = re.compile(r"(?m)^[ \t]*([^\W\d][\w.]{1,30})[ \t]+[—–-][ \t]+"
                             r"(?i:today|yesterday|\d{1,2}/\d{1,2}/\d{2,4})[ \t]+at[ \t]+\d")


_FIELD_WORDS = frozenset({"re", "fw", "fwd", "aw", "sv", "vs", "ps", "nb", "cc", "bcc", "tel", "fax", "mob", "ref",
                          "attn", "id", "eta", "todo", "fyi", "asap", "url", "api", "faq", "q", "a"})


# The key that opens a line of a chat log or a transcript, after an optional bracketed tag ("[WhatsApp] Yaw: ...",
# "[10:02] Joy Akinyi: ..."); the roles and labels of transcripts and logs are no speakers' names.
_LINE_KEY = re.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’.-]+){0,2})"
                       r"[ \t]*:[ \t]")
_ROLE_KEYS = frozenset({"question", "answer", "note", "notes", "update", "error", "warning", "info", "debug", "status",
                        "result", "comment", "reply", "response", "action", "issue", "problem", "solution", "summary",
                        "agent", "customer", "user", "system", "bot", "admin", "support", "host", "guest", "caller",
                        "operator", "me", "you", "client", "patient", "doctor", "nurse", "interviewer", "candidate",
                        "operadora", "operador", "livreur", "livreuse", "cliente", "agente", "conseiller",
                        "conseillère", "vendedor", "vendedora", "técnico", "técnica", "kunde", "kundin", "berater",
                        "beraterin",
                        "mitarbeiter", "mitarbeiterin", "asesor", "asesora", "atendente", "klant", "medewerker",
                        "gerente", "titular", "responsable", "encargado", "encargada", "declarante"})


# A lower-case handle alone on a signature line: "-- panagik", "~ mbeki_t".
SIGNATURE_HANDLE = re.compile(r"(?m)(?:^|(?<=[.!?])[ \t])[ \t]*(?:/|--?|—|–|~)[ \t]*([a-z][\w.-]{1,30}"
                              r"|[A-Za-z][A-Za-z.]*[_\d][\w.-]{0,28})[ \t]*$")  # "- LeedsLass_Aisha" too
# Slack exports with lower-case user names: "jade.m  10:41  who's on call tonight?".
SLACK_HANDLE = re.compile(rf"(?m)^[ \t]*([a-z][\w.-]{{1,30}})[ \t]{{1,3}}{_CLOCK}[ \t]{{1,3}}\S")
# A lower-case name to call or text, then the number: "ring kylie on 0433 820 471", "text mo at 083 ...".
# "ask sunita re bloods", "ask kemal about the keys": a lower-case name after "ask" and before what it is about
# ("ask Skatteverket when in doubt" is an agency: capitalised words after "ask" go to the other rules).
LOWER_ASK = re.compile(r"\bask[ \t]+([a-z][a-z'’-]{2,15})(?=[ \t]+(?:re|about|abt|for|to|if|whether|pls|please)\b)")
LOWER_CALL = re.compile(r"(?i:\b(?=[rctpws])(?:ring|call|text|phone|whatsapp|sms))[ \t]+([a-z][a-z'’-]{2,15})"
                        r"[ \t]+(?:on|at)[ \t]+\+?\d")
# openvpn's "ana.moura/10.1.2.3:51122" (searched only in texts with such an address: it starts at every word).
VPN_USER = re.compile(r"(?<![\w.-])([a-z][\w.-]{2,30})/(?=\d{1,3}(?:\.\d{1,3}){3}:\d)")
_VPN_HINT = re.compile(r"[a-z]/\d{1,3}\.\d")
# Initials as a signature at a line's end: "— JB", "-- AK", "- LvdM" (not "-- OK", "— NB").
INITIALS_SIGNATURE = re.compile(r"(?m)(?:^|(?<=[.!?])[ \t])[ \t]*(?:--?|—|–|~)[ \t]*([A-Z]{2,3}|[A-Z][a-z]{1,3}[A-Z])"
                                r"[ \t]*$")
_NOT_INITIALS = frozenset({"OK", "NB", "FYI", "END", "TBC", "TBD", "PS", "EOM", "ASAP", "NA", "AM", "PM", "UTC", "GMT",
                           "IT", "HR", "QA", "CEO", "CTO", "CFO", "VIP", "RIP", "ETA", "LOL", "THX", "TY"})
# A name and its team in brackets alone on a line: "Penny (People Ops)", "Kofi (Accounts)".
NAME_TEAM_LINE = re.compile(rf"(?m)^[ \t]*({_CAP}(?:[ \t]{_CAP})?)[ \t]*\([A-Z][\w&/ .-]{{1,30}}\)[ \t]*$")
# A quoted reply's author: "GiuliaR_92 ha scritto:", "Tunde Bakare wrote:", "> kwame_a schrieb:".
WROTE_LINE = re.compile(
    r"(?m)^[ \t>]*(@?[A-Za-z][\w.-]{1,30}[A-Za-z0-9]|[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){1,2})[ \t]+(?:wrote|writes"
    r"|ha scritto|a écrit|schrieb|escribió|escreveu|schreef|skrev|napisał|написал|написав)[ \t]*:")
# A SIP caller's display name: '"Bounmy" <sip:1051@pbx.local>', 'from "Kavitha I." <sip:+91...>'.
SIP_NAME = re.compile(r"\"([^\"<>\n@]{2,40})\"[ \t]*<(?:sips?|tel):")
# Accounts of roles and systems, not of people ("Reply from Admin:", "login: guest").
_ROLE_ACCOUNTS = frozenset({"admin", "administrator", "moderator", "mod", "mods", "support", "staff", "team", "bot",
                            "system", "root", "guest", "anonymous", "deleted", "removed", "user", "unknown",
                            "operator", "sysadmin", "webmaster", "helpdesk", "service", "nobody", "daemon",
                            # chat and repository bots
                            "mee6", "dyno", "carl-bot", "mudae", "rythm", "statbot", "zapier", "dependabot",
                            "renovate", "slackbot", "github-actions", "pagerduty", "opsgenie", "sentry"})
# Programs that open syslog lines ("dhcpd: DHCPDISCOVER from ...", "radiusd: Login OK"): no speakers.
_DAEMONS = frozenset({
    "sshd", "dhcpd", "named", "systemd", "kernel", "cron", "crond", "anacron", "postfix", "dovecot", "nginx", "httpd",
    "apache2", "radiusd", "openvpn", "sudo", "su", "smbd", "nmbd", "ntpd", "chronyd", "rsyslogd", "auditd", "dnsmasq",
    "haproxy", "squid", "slapd", "mysqld", "postgres", "containerd", "dockerd", "kubelet", "polkitd", "avahi-daemon",
    "dbus-daemon", "networkmanager", "wpa_supplicant", "captive-portal", "firewalld", "fail2ban", "clamd", "spamd",
    "amavis", "sendmail", "exim", "vsftpd", "proftpd", "xinetd", "udevd", "journald", "logind", "snmpd", "cupsd",
    "bluetoothd", "pppd", "hostapd", "unbound", "bind", "ldap", "samba", "winbindd", "sssd", "gdm", "lightdm", "cups"})
# User names that a cue names (forum, review and log lines): "u/gemma_h88", "Reply by ShilpaRao:", "Zitat von
# schmidti84:", "By mei_ling_tan, 2 Feb", "(user id rkulkarni)", "RN: jmcallister;", openvpn's "ana.moura/10.1.2.3:5"
# and "voicemail left for sgallagher".
_HANDLE = r"@?([A-Za-z][\w.-]{1,30}[A-Za-z0-9])"
HANDLE_CUE = re.compile(
    r"(?<![\w/])u/([A-Za-z0-9][\w-]{2,20})|\[~([\w.-]{2,30})\]"  # reddit, Jira mentions "[~rmaharjan]"
    r"|(?i:\b(?:posted|reply|replied|quote|quoted|comment(?:ed)?|answer(?:ed)?|review(?:ed)?|written|submitted"
    r"|zitat|antwort|réponse|respuesta|resposta)[ \t]+(?:by|from|von|de|par|por))[ \t]+" + _HANDLE
    + r"(?=[ \t]*[:,·(]|[ \t]*$|[ \t]+(?:wrote|said|schrieb|a[ \t]écrit)\b)"
    r"|(?m:^[ \t]*By[ \t]+" + _HANDLE + r"(?=,))"
    r"|(?i:\buser[ _-]?id|\busername|\blogin|\bassignee|\breporter|\b(?-i:RN|HCA|CSR)|\bcontact|\banalyst|\breviewer"
    r"|\bapprover|\bhandler)(?![a-z])[ \t]*[:=]?[ \t]*"
    r"([a-z][\w.-]{3,30})(?=[;,):\s]|$)"
    r"|(?i:\b(?:voicemail|message|task|note)[ \t]+(?:left[ \t]+)?for)[ \t]+([a-z][\w.-]{2,30})(?=[ \t]*[:,;]|[ \t]*$)"
)


_WORDS = re.compile(r"[^\W\d_]+")


def _speaks_twice(key: str, text: str) -> bool:
    """Whether `key` opens two lines or more of `text` as a chat key ("kiki: ok" ... "kiki: on my way")."""
    return len(re.findall(rf"(?m)^[^\n:]{{0,24}}\b{re.escape(key)}[ \t]*(?:\([^)\n]{{1,20}}\))?:", text)) >= 2


def signature_finder(names: NameLists) -> Finder:
    """Names on signature lines, after sign-offs and greetings, and chat handles (see the patterns above)."""
    common = names.common

    def sig_ok(value: str) -> bool:
        words = value.split()
        if not words or any(w.lower() in STOP_WORDS or (_acronym(w) and not names.known(w)) for w in words):
            return False
        if value[0].islower():  # a lower-case sign-off name: one word, no ordinary word ("cheers\nkiki")
            return len(words) == 1 and (names.known(value) or value.lower() not in common)
        # "-- Build Server", "Thanks,\nSupport Team": ordinary words that are no given name sign for a team
        # (one word after a sign-off is a name even when WordNet lists it: "Thanks, Qadi")
        return len(words) == 1 or not (all(names.ordinary(w) for w in words)
                                       and not all(names.given(w) for w in words))

    def greeting_ok(value: str) -> bool:
        words = value.split()
        if len(words) == 2 and words[0].lower().rstrip(".") in _TITLE_WORDS:
            return words[1][0].isupper() and not _acronym(words[1])  # "Dear Dr Macaulay,": the title's name
        first = words[0]
        lower = first.lower()
        if lower in _NOT_ADDRESSEES or lower in _TITLE_WORDS or _acronym(first) \
                or any(w.lower() in _NOT_ADDRESSEES for w in words[1:]):
            return False
        # "Hi Will," addresses Will; "hi again" and "hej alla" do not. Lower case needs no ordinary word.
        return first[0].isupper() or names.known(first) or lower not in common

    def handle_ok(value: str) -> bool:
        lower = value.lower()
        if any(ch.isdigit() or ch in "_.|-" for ch in value):
            return not value.replace(".", "").isdigit()
        return names.known(value) or lower not in common

    def user_ok(value: str) -> bool:
        """A handle that names a person's account, not a role's ("admin", "support", "helpdesk")."""
        return handle_ok(value) and value.lower() not in _ROLE_ACCOUNTS

    def chat_speaker(value: str, text: str) -> bool:
        """A capitalised key that is also a word speaks in a chat log: it opens two lines or more, among three or
        more keyed lines, and another key is a person's name ("Baraka: yes with Amani" under "Joy Akinyi: ...")."""
        keys = [m.group(1) for m in _LINE_KEY.finditer(text)]
        if keys.count(value) < 2 or len(keys) < 3 or value.lower() in _ROLE_KEYS:
            return False
        # Another speaker has a person's name ("Kojo Mensah", a listed or unknown name): "Summer: hot" lists stay.
        return any(key != value and (" " in key or key.lower() not in common) for key in keys)

    def speaker_ok(value: str, text: str, message: str) -> bool:
        # "Note:", "Error:", "Subject:", "Re:" are field names; "kiki:", "mbeki_t:", "Anna:" are speakers.
        lower = value.lower()
        if _HANDLE_KEY.fullmatch(value) and (names.known(value.split("_")[0]) or len(re.findall(
                rf"(?m)^[ \t]*{re.escape(value)}[ \t]*:", text)) >= 2):
            return True  # "ERDENE_B:" speaks twice; an all-caps handle is no acronym
        if lower in _FIELD_WORDS or lower in FORM_LABELS or lower in STOP_WORDS or _acronym(value) \
                or lower in _DAEMONS or lower in _ROLE_KEYS:
            return False
        if value[0].islower() and lower in names.first:
            return True  # "faisal: yes 10 min": a given name that WordNet also lists as a word
        if lower in common:
            return value[0].isupper() and chat_speaker(value, text)
        if value[0].islower():
            if not handle_ok(value):
                return False
            if names.known(value) or any(ch.isdigit() or ch in "_.-" for ch in value):
                return True
            # A lower-case word that is no listed name and no handle shape is as often a form label in another
            # language ("konto:", "uwagi:", "huisarts:", "cust:"): it speaks when it opens two lines, beside
            # another speaker of the same chat, or before a chat message in English ("seun: printer on 3rd floor
            # still offline"; a label's value is a name, a number or words of the label's language).
            words = _WORDS.findall(message)
            if len(words) >= 2 and message.lstrip()[:1].islower() and any(w.lower() in STOP_WORDS for w in words):
                return True
            return _speaks_twice(value, text) or any(
                m.group(1) != value and (names.known(m.group(1)) or _speaks_twice(m.group(1), text))
                for m in SPEAKER.finditer(text))
        # A capitalised key that is no known name ("Geboortedatum:", "E-posta:", "Karakia:") is a form label
        # unless it speaks twice, as chat speakers do.
        if names.known(value):
            return True
        # Minutes and stand-ups list people as "- Dũng: ..." lines: an unknown key speaks when a known given name
        # speaks in the same list.
        if any(m.group(1) != value and m.group(1).lower() in names.first and m.group(1).lower() not in common
               for m in SPEAKER.finditer(text)):
            return True
        # A hyphenated East Asian given name ("Pei-chun:", "Ji-hoon:"); "Follow-up:", "Check-in:" are words.
        if re.fullmatch(r"[A-Z][a-z]{1,6}-[a-z]{2,7}", value) and not any(
                names.ordinary(part) or part in STOP_WORDS for part in lower.split("-")):
            return True
        return len(re.findall(rf"(?m)^[^\n:]{{0,24}}\b{re.escape(value)}[ \t]*(?:\([^)\n]{{1,20}}\))?:", text)) >= 2

    def find(text: str) -> Iterator[tuple[int, int, float]]:
        for pattern, check in ((SIGNATURE_LINE, sig_ok), (SIGN_OFF_NAME, sig_ok), (COMMA_SIGN_OFF, sig_ok),
                               (GREETING, greeting_ok),
                               (SIGNATURE_HANDLE, handle_ok), (MENTION, handle_ok), (IRC_NICK, handle_ok),
                               ):
            for match in pattern.finditer(text):
                if pattern is GREETING and check(match.group(1)) and " " in match.group(1) \
                        and match.group(1).split()[0].lower().rstrip(".") in _TITLE_WORDS:
                    yield match.end(1) - len(match.group(1).split()[1]), match.end(1), SCORE
                    continue
                if check(match.group(1)):
                    # "thanks ana." ends a sentence: the full stop is no part of the name
                    yield match.start(1), match.end(1) - match.group(1).endswith("."), SCORE
        for match in INITIALS_SIGNATURE.finditer(text):
            if match.group(1) not in _NOT_INITIALS:
                yield match.start(1), match.end(1), SCORE
        for match in NAME_TEAM_LINE.finditer(text):
            words = match.group(1).split()
            if any(names.given(w) or w.lower() not in common for w in words) and not any(
                    w.lower() in STOP_WORDS or w.lower() in _FIELD_WORDS for w in words):
                yield match.start(1), match.end(1), SCORE
        for match in SIP_NAME.finditer(text):
            if any(ch.isalpha() for ch in match.group(1)) and match.group(1).lower() not in _ROLE_ACCOUNTS:
                yield match.start(1), match.end(1), SCORE
        for pattern in (SLACK_HANDLE, LOWER_CALL, LOWER_ASK, WROTE_LINE):
            for match in pattern.finditer(text):
                value = match.group(1)
                if user_ok(value) and value.lower() not in STOP_WORDS:
                    yield match.start(1), match.end(1), SCORE
        if _VPN_HINT.search(text):
            for match in VPN_USER.finditer(text):
                if user_ok(match.group(1)):
                    yield match.start(1), match.end(1), SCORE
        for match in HANDLE_CUE.finditer(text):
            group = next(i for i in range(1, 8) if match.group(i))
            value = match.group(group)
            value = value.rstrip(".")  # "Analyst: t.quliyev." ends a sentence
            if group in (1, 2) or (user_ok(value) and value.lower() not in STOP_WORDS):  # "login from 1.2.3.4"
                yield match.start(group), match.start(group) + len(value), SCORE
        for match in SPEAKER.finditer(text):
            line_end = text.find("\n", match.end())
            if speaker_ok(match.group(1), text, text[match.end():line_end if line_end >= 0 else None]):
                yield match.start(1), match.end(1), SCORE
        for match in ZOOM_SPEAKER.finditer(text):
            for group in (1, 2):
                value = match.group(group).strip()
                if value.lower() not in _ZOOM_EVERYONE and not all(names.ordinary(w) for w in value.split()):
                    yield match.start(group), match.start(group) + len(value), SCORE
        for match in DISCORD_SPEAKER.finditer(text):
            if user_ok(match.group(1)):  # not a bot ("MEE6 — today at 09:12")
                yield match.start(1), match.end(1), SCORE
        for match in ROLE_SIGNATURE.finditer(text):
            # The role after the comma must read as a role or team: words, no digits; the name no ordinary words
            # unless it is a listed given name ("Mason, Tier 1 Support" names Mason).
            # One word needs a quote or dash marker ("Paris, France" is a place); the role is no country or state.
            words = match.group(1).split()
            marked = bool(re.match(r"[ \t]*(?:>|--?|—|–)", match.group()))
            role = match.group()[match.end(1) - match.start():].strip(" \t,|")
            if (len(words) >= 2 or marked) and not is_large_area(role) and all(
                    not names.ordinary(w) or w.lower() in names.first for w in words) and not any(
                    w.lower() in STOP_WORDS or w.lower() in _TITLE_WORDS or _acronym(w) for w in words):
                yield match.start(1), match.end(1), SCORE
        for match in TELEGRAM_SPEAKER.finditer(text):
            if not all(names.ordinary(w) for w in match.group(1).split()):
                yield match.start(1), match.end(1), SCORE
        for match in BRACKET_SPEAKER.finditer(text):
            # A bracketed timestamp makes the key a speaker; its words must not all be words ("Build Server").
            words = match.group(1).split()
            # One listed given name speaks even when it is a word too ("[21:15:33] Jade: yeah").
            if any((w.lower() not in common or (len(words) == 1 and names.given(w))) and not _acronym(w)
                   for w in words) and not any(w.lower() in STOP_WORDS or w.lower() in FORM_LABELS for w in words):
                yield match.start(1), match.end(1), SCORE
        for match in TIMESTAMPED_SPEAKER.finditer(text):
            group = next(i for i in (1, 2, 3) if match.group(i))
            words = match.group(group).split()
            # "Build Server:" is a bot: some word must be no word at all, or a given name WordNet holds as a noun.
            lowers = [w.lower() for w in words if not _acronym(w)]
            if any(w not in common for w in lowers) or (lowers and all(
                    w in names.first and w in names.name_nouns for w in lowers)):
                yield match.start(group), match.end(group), SCORE

    return find
