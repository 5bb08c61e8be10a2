"""Counting aligned items by verdict, as the status line and the picker show them. Pure."""

from __future__ import annotations

from collections.abc import Iterable

from core.models import VERDICTS, AlignedItem, Verdict


def verdict_counts(items: Iterable[AlignedItem]) -> dict[Verdict, int]:
    """How many of ``items`` have each verdict, every verdict present (in :data:`core.models.VERDICTS` order).

    Every item counts, the headline's and the standfirst's as well as the body's, so the figures add up to the
    number of items the reader steps through.
    """
    counts: dict[Verdict, int] = dict.fromkeys(VERDICTS, 0)
    for item in items:
        counts[item.verdict] += 1
    return counts
