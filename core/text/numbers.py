"""Reading numbers as written: figures (``12,000``, ``1.5``, ``38bn``) and numbers in words (``two hundred and fifty
thousand``), valued whole.

A number in words is valued over its whole run of words by ``text2num`` (``one hundred and twenty`` is 120, not 100
and 20). A figure too large for a float (hundreds of digits, or a long run of digits of another script) has no value:
it is read as a word, never raised on.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache

from text_to_num import text2num

__all__ = [
    "NUMBER_WORDS",
    "SCALES",
    "SUFFIX_SCALES",
    "is_number_word",
    "number_text",
    "plain_number",
    "scaled_number",
    "worded_number",
]

_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")  # fmt: skip
"""Numbers below twenty, in order."""
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMBER_WORDS: dict[str, int] = {word: value for value, word in enumerate(_UNITS)} | _TENS
"""Numbers below a hundred written as one word (``seven``, ``forty``)."""
SCALES: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "mln": 1_000_000,
    "billion": 1_000_000_000,
    "bln": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
"""Words that multiply the number before them (``1.5 million``, ``two hundred``)."""
_SCALE_NAMES = {"mln": "million", "bln": "billion"}
"""Short scale words spelled out for ``text2num``."""
SUFFIX_SCALES = {"bn": 10**9, "bln": 10**9, "b": 10**9, "mn": 10**6, "mln": 10**6, "m": 10**6, "tn": 10**12}
SUFFIX_SCALES |= {"trn": 10**12, "k": 1_000}
"""Scales glued to a figure (``38bn``, ``£4m``), as multipliers."""
_MONEY_ONLY = frozenset({"m", "k", "b"})
"""Suffixes that are a scale only after a currency sign (``£4m`` is four million; ``4m`` may be four metres)."""

MAX_WORDED_RUN = 24
"""At most this many words are read as one number in words (a longer run is read in pieces)."""

_NUMERIC = re.compile(r"\d+(?:[.,]\d+)*")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_SCALED = re.compile(r"(\d+(?:[.,]\d+)*)(bn|bln|mn|mln|tn|trn|m|k|b)", re.IGNORECASE)


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def plain_number(text: str) -> float | None:
    """The value of a figure as written (``12,000`` -> 12000, ``1.5`` -> 1.5), or ``None`` (no figure, or one too
    large for a float)."""
    if not _NUMERIC.fullmatch(text):
        return None
    raw = text
    if _GROUPED.fullmatch(raw):
        raw = raw.replace(",", "")
    elif "," in raw:
        raw = raw.replace(",", ".") if raw.count(",") == 1 and "." not in raw else raw.replace(",", "")
    try:
        return _finite(float(raw))
    except ValueError:
        return None


def scaled_number(text: str, *, money: bool) -> float | None:
    """The value of an amount with a glued scale (``38bn`` -> 38e9; ``4m`` -> 4e6 only as money), or ``None``."""
    match = _SCALED.fullmatch(text)
    if match is None:
        return None
    suffix = match.group(2).casefold()
    if suffix in _MONEY_ONLY and not money:
        return None
    value = plain_number(match.group(1))
    return None if value is None else _finite(value * SUFFIX_SCALES[suffix])


def number_text(value: float) -> str:
    """A canonical spelling of a (finite) number: no thousands separators, no trailing ``.0``."""
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _compound(word: str) -> bool:
    """Whether a hyphenated word is a number below a hundred (``twenty-five``)."""
    tens, _, unit = word.partition("-")
    return tens in _TENS and 0 < NUMBER_WORDS.get(unit, 0) < 10


def is_number_word(word: str) -> bool:
    """Whether a case-folded word is a number below a hundred (``seven``, ``forty``, ``twenty-five``)."""
    return word in NUMBER_WORDS or _compound(word)


@lru_cache(maxsize=4096)
def _below_trillion(words: tuple[str, ...]) -> float | None:
    """The value of number words below a trillion, or ``None`` when ``text2num`` reads them as no single number."""
    try:
        return float(text2num(" ".join(_SCALE_NAMES.get(w, w) for w in words), "en"))
    except ValueError:
        return None


def _value(words: tuple[str, ...]) -> float | None:
    """The value of a run of number words, or ``None``. ``text2num`` reads English up to the billions; a trillion
    is read here: the words before it count trillions (below a thousand), the words after it the rest."""
    if "trillion" not in words:
        return _below_trillion(words)
    at = words.index("trillion")
    head = _below_trillion(words[:at]) if at else None
    rest = words[at + 1 :]
    rest = rest[1:] if rest[:1] == ("and",) else rest
    tail = _below_trillion(rest) if rest else 0.0
    if head is None or not 0 < head < 1000 or tail is None or tail >= 1e12:
        return None
    return head * 1e12 + tail


def worded_number(words: Sequence[str]) -> tuple[float, int] | None:
    """The number written in words at the start of ``words``, valued whole, and how many words it takes.

    ``two hundred and fifty thousand`` is 250,000 (five words), ``one hundred and twenty`` 120, ``twelve hundred``
    1,200, ``two trillion`` 2e12. ``and`` belongs to the number only after a scale word and before a number (``two
    and three`` is two numbers). The longest run ``text2num`` reads as one number wins.

    Args:
        words: Case-folded words, in order.

    Returns:
        ``(value, count)``, or ``None`` when the first word is no number word.
    """
    run: list[str] = []
    for k, word in enumerate(words[:MAX_WORDED_RUN]):
        scaled = bool(run) and word in SCALES
        following = words[k + 1] if k + 1 < len(words) else ""
        joins = word == "and" and bool(run) and run[-1] in SCALES and is_number_word(following)
        if not (is_number_word(word) or scaled or joins):
            break
        run.append(word)
    for count in range(len(run), 0, -1):
        if run[count - 1] == "and":
            continue
        value = _value(tuple(run[:count]))
        if value is not None and math.isfinite(value):
            return value, count
    return None
