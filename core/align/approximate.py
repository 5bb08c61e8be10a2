"""Approximate quantities: the range of values a hedged or vague figure covers.

Two reports rarely round a figure the same way: ``48,200 people`` ~ ``almost 50,000``, ``23%`` ~ ``less than a
quarter``, ``more than 30 aftershocks`` ~ ``dozens of aftershocks``, ``1.2 million`` ~ ``more than a million``. None of
these is a material difference, so a number that has no exact counterpart on the other side is excused when a
figure there covers it (:func:`covers`). Ranges are deliberately narrow: ``about 120`` and ``around 140`` stay
apart, and so do ``9,200`` and ``more than 11,000``.
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from core.text.numbers import NUMBER_WORDS, SCALES, SUFFIX_SCALES, plain_number, worded_number

_UPWARD = ("more than", "over", "at least", "upwards of", "in excess of", "just over", "well over")
_DOWNWARD = ("less than", "under", "fewer than", "up to", "just under", "no more than")
_NEARLY = ("nearly", "almost", "close to", "just shy of")
_ABOUT = ("about", "around", "roughly", "approximately", "some", "an estimated", "estimated", "circa")
_MODIFIER = "|".join(sorted((*_UPWARD, *_DOWNWARD, *_NEARLY, *_ABOUT), key=len, reverse=True))
_MODIFIER_BEFORE = re.compile(rf"(?<![\w-])(?:{_MODIFIER})\s+$", re.IGNORECASE)
"""A modifier ending right where a figure starts (searched up to the figure's offset)."""
MODIFIER_REACH = max(len(m) for m in (*_UPWARD, *_DOWNWARD, *_NEARLY, *_ABOUT)) + 2
"""How far before a figure its modifier can start (the longest modifier and the spaces after it)."""


_MODIFIER_FIRST = re.compile(rf"(?:{_MODIFIER})\s+(?=\S)", re.IGNORECASE)
"""A modifier opening a piece of evidence (``nearly 20 people``)."""


def without_modifier(text: str) -> str:
    """``text`` without the modifier it opens with (``nearly 20 people`` -> ``20 people``)."""
    found = _MODIFIER_FIRST.match(text)
    return text[found.end() :] if found else text


def modifier_start(text: str, at: int, floor: int = 0) -> int:
    """Where the modifier right before the figure at offset ``at`` starts (``more than`` in ``more than 10
    packages``, ``nearly`` in ``nearly 20 people``), not before ``floor``; ``at`` when there is none."""
    lo = max(floor, at - MODIFIER_REACH)
    found = _MODIFIER_BEFORE.search(text, lo, at)
    return found.start() if found else at


_SUFFIXES = ("bn", "m")
"""Scales glued to or set after a figure (``€4.2bn``, ``$4m``), as :data:`core.text.numbers.SUFFIX_SCALES` reads
them."""
_FRACTIONS = {
    "half": 50.0,
    "a half": 50.0,
    "one half": 50.0,
    "a third": 100 / 3,
    "one third": 100 / 3,
    "one-third": 100 / 3,
    "two thirds": 200 / 3,
    "two-thirds": 200 / 3,
    "a quarter": 25.0,
    "one quarter": 25.0,
    "one-quarter": 25.0,
    "three quarters": 75.0,
    "three-quarters": 75.0,
    "a fifth": 20.0,
    "one fifth": 20.0,
    "one-fifth": 20.0,
    "a tenth": 10.0,
    "one tenth": 10.0,
    "one-tenth": 10.0,
}
_FRACTION_SLACK = 3.0
"""Percentage points either side of a fraction word (``a fifth`` covers 17-23%)."""
_VAGUE = {
    "a dozen": (12.0, 12.0),
    "dozens": (24.0, 99.0),
    "scores": (40.0, 199.0),
    "hundreds": (200.0, 999.0),
    "thousands": (2e3, 9999.0),
    "tens of thousands": (2e4, 99999.0),
    "hundreds of thousands": (2e5, 999999.0),
    "millions": (2e6, 999e6),
}
_PHRASES = "|".join(
    re.escape(p) for p in sorted((*_FRACTIONS, *_VAGUE, *(f"a {s}" for s in SCALES)), key=len, reverse=True)
)
_UNIT_WORDS = "|".join(w for w, v in NUMBER_WORDS.items() if 0 < v < 10)
_NUMBER_WORD = rf"(?:(?:{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})(?:-(?:{_UNIT_WORDS}))?)"
_SCALE_WORD = rf"(?:{'|'.join(SCALES)})"
_WORDS = rf"{_NUMBER_WORD}(?:\s+(?:{_SCALE_WORD}(?:\s+and(?=\s+{_NUMBER_WORD}\b))?|{_NUMBER_WORD})\b)*"
"""A run of number words (``two hundred and fifty thousand``), valued by :func:`core.text.numbers.worded_number`."""
_FIGURE = re.compile(
    rf"(?<![\w-])(?:(?P<mod>{_MODIFIER})\s+)?"
    rf"(?:(?P<phrase>{_PHRASES})|(?P<number>\d[\d,]*(?:\.\d+)?)(?:\s*(?P<scale>{'|'.join((*SCALES, *_SUFFIXES))})\b)?"
    rf"|(?P<words>{_WORDS})(?![\w-])"
    r"|(?P<one>an?)\s+(?=[a-z]))"
    r"(?P<percent>\s*(?:%|per\s?cent|percent|pc)\b|%)?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure as written, with the range of values it covers."""

    low: float
    high: float
    percent: bool
    """A share (``23%``, ``a quarter``), comparable only with other shares."""
    kind: str
    """``exact`` (``48,200``: a single value), ``hedged`` (a figure with a modifier: ``about 120``, ``more than 30``)
    or ``worded`` (approximate by nature: ``dozens``, ``a quarter``, ``more than a million``)."""


def _widen(value: float, modifier: str) -> tuple[float, float]:
    if modifier in _UPWARD:
        return value, value * 1.5
    if modifier in _DOWNWARD:
        return value * 0.6, value
    if modifier in _NEARLY:
        return value * 0.85, value
    if modifier in _ABOUT:
        return value * 0.95, value * 1.05
    return value, value


def _worded_figures(words: list[str], modifier: str, percent: bool) -> list[Figure]:
    """The figures of a run of number words (``more than two hundred and fifty thousand``): one per number the run
    holds (``twenty five`` is one, ``four five`` two); the modifier widens the first, a percent sign makes the last a
    share. ``one`` alone and unmodified is no figure (``one of the``)."""
    numbers: list[tuple[float, bool]] = []  # (value, is a bare "one")
    at = 0
    while at < len(words):
        found = worded_number(words[at:])
        if found is None:
            at += 1
            continue
        numbers.append((found[0], words[at : at + found[1]] == ["one"]))
        at += found[1]
    out: list[Figure] = []
    for k, (value, bare_one) in enumerate(numbers):
        mod = modifier if k == 0 else ""
        if bare_one and not mod:
            continue
        low, high = _widen(value, mod)
        out.append(Figure(low, high, percent and k == len(numbers) - 1, "hedged" if mod else "exact"))
    return out


def figures(text: str) -> list[Figure]:
    """The figures of a text with the ranges they cover (dates and bare ``a``/``an`` without a modifier skipped).

    Args:
        text: Passage text as written.
    """
    out: list[Figure] = []
    for m in _FIGURE.finditer(text):
        modifier = (m.group("mod") or "").lower()
        percent = bool(m.group("percent"))
        phrase = (m.group("phrase") or "").lower()
        worded = bool(m.group("one") or phrase)
        if m.group("words"):
            out.extend(_worded_figures(m.group("words").lower().split(), modifier, percent))
            continue
        if m.group("one"):
            if not modifier:
                continue  # "a man" is not a figure; "more than a kilometre" is
            value = 1.0
        elif phrase in _FRACTIONS:
            low, high = _widen(_FRACTIONS[phrase], modifier)
            out.append(Figure(low - _FRACTION_SLACK, high + _FRACTION_SLACK, True, "worded"))
            continue
        elif phrase in _VAGUE:
            low, high = _VAGUE[phrase]
            if modifier:
                low, high = _widen(low, modifier)[0], _widen(high, modifier)[1]
            out.append(Figure(low, high, False, "worded"))
            continue
        elif phrase:  # "a million"
            value = float(SCALES[phrase.split()[1]])
        else:
            plain = plain_number(m.group("number"))
            if plain is None:
                continue
            scale = (m.group("scale") or "").lower()
            value = plain * (SUFFIX_SCALES.get(scale) or SCALES.get(scale, 1))
            if not math.isfinite(value):
                continue
        low, high = _widen(value, modifier)
        out.append(Figure(low, high, percent, "worded" if worded else "hedged" if modifier else "exact"))
    return out


_KINDS = ("exact", "hedged", "worded")
_UNLIKE = {kind: tuple(k for k in _KINDS if k != kind or k == "worded") for kind in _KINDS}
"""The kinds of figure that may excuse a figure of each kind: two figures as written (``1,000`` and ``1,200``, or
``more than 1,000`` and ``more than 1,200``) never excuse each other; a worded one excuses anything it overlaps."""


class Figures:
    """A side's figures, indexed so that :func:`covers` answers in logarithmic time whatever their number.

    For each share-or-count and kind, the figures are kept sorted by their low end (with the running maximum of
    their high ends) and by their high end (with the running minimum of their low ends, from the top).
    """

    def __init__(self, found: Iterable[Figure]) -> None:
        groups: dict[tuple[bool, str], list[Figure]] = {}
        for figure in set(found):
            groups.setdefault((figure.percent, figure.kind), []).append(figure)
        self._by_low: dict[tuple[bool, str], tuple[list[float], list[float]]] = {}
        self._by_high: dict[tuple[bool, str], tuple[list[float], list[float]]] = {}
        for key, members in groups.items():
            members.sort(key=lambda f: f.low)
            self._by_low[key] = ([f.low for f in members], list(itertools.accumulate((f.high for f in members), max)))
            members.sort(key=lambda f: f.high)
            lows_from_top = list(itertools.accumulate((f.low for f in reversed(members)), min))[::-1]
            self._by_high[key] = ([f.high for f in members], lows_from_top)

    def overlaps(self, percent: bool, kind: str, low: float, high: float) -> bool:
        """Whether a figure of ``kind`` (a share when ``percent``) overlaps ``[low, high]``."""
        lows, top_highs = self._by_low.get((percent, kind), ((), ()))
        below = bisect_right(lows, high)
        return below > 0 and top_highs[below - 1] >= low

    def around(self, percent: bool, kind: str, value: float) -> tuple[float, float] | None:
        """The span the figures of ``kind`` that cover ``value`` cover together (one interval, since they all hold
        ``value``), or ``None`` when none does."""
        if (percent, kind) not in self._by_low:
            return None
        lows, top_highs = self._by_low[(percent, kind)]
        highs, bottom_lows = self._by_high[(percent, kind)]
        below, above = bisect_right(lows, value), bisect_left(highs, value)
        if below == 0 or above == len(highs) or top_highs[below - 1] < value or bottom_lows[above] > value:
            return None
        return bottom_lows[above], top_highs[below - 1]


def covers(value: float, percent: bool, own: Figures | Iterable[Figure], others: Figures | Iterable[Figure]) -> bool:
    """Whether an approximate figure on the other side covers ``value`` (a number with no exact counterpart there).

    Args:
        value: The number's value.
        percent: Whether it is a share.
        own: The figures of the number's own side (its modifier widens it: ``almost 50,000`` covers 48,200).
        others: The figures of the other side.
    """
    own = own if isinstance(own, Figures) else Figures(own)
    others = others if isinstance(others, Figures) else Figures(others)
    mine = [(kind, span) for kind in _KINDS if (span := own.around(percent, kind, value)) is not None]
    for kind, (low, high) in mine or [("exact", (value, value))]:
        if any(others.overlaps(percent, other, low, high) for other in _UNLIKE[kind]):
            return True
    return False


__all__ = ["Figure", "Figures", "covers", "figures", "modifier_start", "without_modifier"]
