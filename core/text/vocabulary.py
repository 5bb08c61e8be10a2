"""Words every stage knows: month and weekday names with their short forms, and word sets written as one string.

All entries are lower case; look a word up after case folding it.
"""

from __future__ import annotations

__all__ = [
    "BE_FORMS",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "NAME_SUFFIXES",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
    "word_set",
]


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(text.split())


BE_FORMS = word_set("is are was were be been being")
"""The forms of *be* written as words of their own (``is believed``, ``was told``)."""

NAME_SUFFIXES = word_set("jr sr ii iii iv")
"""Generational suffixes closing a person's name (``James R. Clapper Jr.``), case-folded."""


_MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
"""Each month's full name, then its short forms."""

MONTHS: dict[str, int] = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names}
"""Month names and their short forms to month numbers (``sept`` -> 9)."""

MONTH_ABBREVIATIONS: frozenset[str] = frozenset(short for _, *shorts in _MONTH_NAMES for short in shorts)
"""The short forms of month names (``jan``, ``sept``), which a stop may follow (``Oct. 21``)."""

WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
"""Weekday names in full."""

WEEKDAY_ABBREVIATIONS = word_set("mon tue tues wed thu thur thurs fri sat sun")
"""The short forms of weekday names."""
