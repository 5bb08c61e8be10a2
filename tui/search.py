"""Finding text in both articles, in the reader's order. Pure; offsets are into displayed segment text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.models import Alignment, Side
from tui.layout import CLUTTER_ROLES, segment_verdicts
from tui.render import neutralize


@dataclass(frozen=True, slots=True)
class Match:
    """One occurrence of the query."""

    side: Side
    """The article it is in."""
    segment: int
    """Index of the segment in ``Article.segments``."""
    start: int
    """Start offset in the segment's displayed text."""
    end: int
    """End offset in the segment's displayed text."""
    item: int | None
    """The aligned item holding the segment, if any."""


def find_matches(alignment: Alignment, query: str, *, include_clutter: bool = True) -> list[Match]:
    """Every case-insensitive occurrence of ``query`` in both articles, in reading order.

    Reading order follows the alignment's items; within an item the left side comes first. A segment outside
    every item (metadata, clutter) sorts just after the item before it on its side.

    Args:
        alignment: The alignment whose two articles are searched.
        query: The literal text to look for (not a pattern); blank finds nothing.
        include_clutter: Whether captions and boilerplate are searched.

    Returns:
        The matches, in order.
    """
    if not query.strip():
        return []
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    keyed: list[tuple[float, int, int, int, Match]] = []
    for side_rank, side in enumerate(("left", "right")):
        article = alignment.article(side)  # type: ignore[arg-type]
        items, _ = segment_verdicts(alignment, side)  # type: ignore[arg-type]
        last_item = -1.0
        for index, seg in enumerate(article.segments):
            item = items.get(seg.id)
            if item is not None:
                last_item = float(item)
            if seg.role in CLUTTER_ROLES and not include_clutter:
                continue
            key = float(item) if item is not None else last_item + 0.5
            for found in pattern.finditer(neutralize(seg.text)):
                match = Match(side, index, found.start(), found.end(), item)  # type: ignore[arg-type]
                keyed.append((key, side_rank, index, found.start(), match))
    keyed.sort(key=lambda entry: entry[:4])
    return [entry[4] for entry in keyed]
