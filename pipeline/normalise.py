"""A detection copy of a text: NFKC, no zero-width/format characters, one space and one dash, plus an offset map.

Detection runs on the copy so that `ann＠example.org` (full-width at sign), `ann@exa\u200bmple.org` (zero-width
space inside) and `4111\u00a01111\u00a01111\u00a01111` (no-break spaces) look like what the patterns know; the
spans are mapped back and the original text is redacted, so everything outside a span keeps its exact bytes.

Rules, applied per grapheme cluster (a base character and its combining marks, so NFKC can compose them):
- format characters (Unicode category Cf: zero-width space/joiners, soft hyphen, BOM, bidi controls) are dropped;
- space separators (Zs: no-break, narrow, thin, ideographic spaces) become " ", line/paragraph separators "\n";
- dashes (Pd: hyphen, non-breaking hyphen, en/em dash) and the minus sign become "-";
- UTF-8 shown as Windows-1252 or Latin-1 ("JosÃ©") becomes the character it encodes ("José");
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


# UTF-8 read as Windows-1252 or Latin-1 ("JosÃ© IbÃ¡Ã±ez", "FranÃ§ois", "itâ€™s"): a lead byte shown as Â-ô, then
# one or two continuation bytes shown as their 1252 or Latin-1 characters. The copy gets the intended character.
_CONTINUATION = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e" \
    "\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MOJIBAKE = re.compile(f"[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}")


def _repaired(sequence: str) -> str | None:
    """The character a mojibake sequence stands for, or None when the bytes are no UTF-8."""
    for codec in ("cp1252", "latin-1"):
        try:
            decoded = sequence.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if len(decoded) == 1:
            return decoded
    return None


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
    if text.isascii() or (unicodedata.is_normalized("NFKC", text) and not _SPECIAL.search(text)
                          and not _MOJIBAKE.search(text)):
        return Normalised(text)
    broken = {m.start(): m.end() for m in _MOJIBAKE.finditer(text)}
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    index, length = 0, len(text)
    while index < length:
        if index in broken and (fixed := _repaired(text[index:broken[index]])) is not None:
            out = unicodedata.normalize("NFKC", fixed)
            pieces.append(out)
            starts.extend([index] * len(out))
            ends.extend([broken[index]] * len(out))
            index = broken[index]
            continue
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
