"""A detection copy of a text: NFKC, no zero-width/format characters, one space and one dash, plus an offset map.

Detection runs on the copy so that `ann＠example.org` (full-width at sign), `ann@exa\u200bmple.org` (zero-width
space inside) and `4111\u00a01111\u00a01111\u00a01111` (no-break spaces) look like what the patterns know; the
spans are mapped back and the original text is redacted, so everything outside a span keeps its exact bytes.

Rules, applied per grapheme cluster (a base character and its combining marks, so NFKC can compose them):
- format characters (Unicode category Cf: zero-width space/joiners, soft hyphen, BOM, bidi controls) are dropped;
- space separators (Zs: no-break, narrow, thin, ideographic spaces) become " ", line/paragraph separators "\n";
- dashes (Pd: hyphen, non-breaking hyphen, en/em dash) and the minus sign become "-";
- the rest is NFKC (full-width letters and digits, ligatures, superscripts to their plain forms).

Most text is ASCII or already normal: those come back as the same string with no map (one `isascii` or
`is_normalized` call per text).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Characters that NFKC leaves alone but the rules change (so a normalised-looking text may still need the slow path).
_SPECIAL = re.compile(r"[\u00ad\u061c\u180e\u200b-\u200f\u2010-\u2015\u2028-\u202e\u2060-\u206f\u2212\ufeff"
                      r"\ufe58\ufe63\uff0d\U000e0000-\U000e007f]")


@dataclass(frozen=True)
class Normalised:
    """The detection copy and, when it differs from the original, where each of its characters came from."""

    text: str
    starts: tuple[int, ...] | None = None  # starts[i]: first original index of copy character i (None: identity)
    ends: tuple[int, ...] | None = None  # ends[i]: original index just after the cluster of copy character i

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) covering copy span [start, end) (a dropped character inside stays inside)."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            position = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return position, position
        return self.starts[start], self.ends[end - 1]


def _replacement(ch: str) -> str:
    category = unicodedata.category(ch)
    if category == "Cf":
        return ""
    if category == "Zs":
        return " "
    if category in ("Zl", "Zp"):
        return "\n"
    if category == "Pd" or ch == "\u2212":
        return "-"
    return ch


def normalise(text: str) -> Normalised:
    """The detection copy of `text` (see the module docstring)."""
    if text.isascii() or (unicodedata.is_normalized("NFKC", text) and not _SPECIAL.search(text)):
        return Normalised(text)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    index, length = 0, len(text)
    while index < length:
        end = index + 1
        while end < length and unicodedata.combining(text[end]):
            end += 1
        cluster = "".join(_replacement(ch) for ch in text[index:end])
        if cluster:
            out = unicodedata.normalize("NFKC", cluster)
            pieces.append(out)
            starts.extend([index] * len(out))
            ends.extend([end] * len(out))
        index = end
    copy = "".join(pieces)
    if copy == text:
        return Normalised(text)
    return Normalised(copy, tuple(starts), tuple(ends))


def normalised_text(text: str) -> str:
    """Only the copy (for the leak scan of redacted output and for pseudonym keys)."""
    return normalise(text).text
