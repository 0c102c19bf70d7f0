"""Check-digit primitives shared by the tests of the hand-written gold sets (tests/test_redact_dev*.py,
test_redact_blind5.py). Written apart from pipeline/checksums.py on purpose: the gold sets are checked without the
detector's code."""

import re


def digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def weighted(number: str, weights: list[int]) -> int:
    return sum(int(d) * w for d, w in zip(number, weights, strict=False))


def luhn(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def iban_mod97(value: str) -> bool:
    compact = value.replace(" ", "")
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1
