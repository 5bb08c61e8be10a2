"""Finding text in both articles, in the reader's order. Pure; offsets are into displayed segment text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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


@dataclass(slots=True)
class SearchState:
    """The reader's search: the query, its matches in reading order, and which one the reader is on."""

    query: str = ""
    """The last query (empty when no search is active)."""
    matches: list[Match] = field(default_factory=list)
    """Every match, in reading order."""
    index: int | None = None
    """The match the reader is on."""

    def run(self, alignment: Alignment, query: str, *, include_clutter: bool) -> None:
        """Search again for ``query``; the position resets."""
        self.query = query
        self.matches = find_matches(alignment, query, include_clutter=include_clutter)
        self.index = None

    def clear(self) -> None:
        """Forget the search."""
        self.query, self.matches, self.index = "", [], None

    def first_from(self, item: int | None) -> int:
        """Index of the first match at or after ``item`` (wrapping to the first match)."""
        here = -1 if item is None else item
        return next((i for i, m in enumerate(self.matches) if m.item is not None and m.item >= here), 0)

    def step(self, delta: int) -> int | None:
        """Move to the next (``delta`` > 0) or previous match, wrapping; ``None`` when there are none."""
        if not self.matches:
            return None
        if self.index is None:
            self.index = 0 if delta > 0 else len(self.matches) - 1
        else:
            self.index = (self.index + delta) % len(self.matches)
        return self.index

    @property
    def current(self) -> Match | None:
        """The match the reader is on."""
        return self.matches[self.index] if self.index is not None else None

    def summary(self) -> str:
        """``match i of K for “q”`` / ``no match for “q”`` / ``""`` when no search is active."""
        if not self.query:
            return ""
        shown = neutralize(self.query)
        if not self.matches:
            return f"no match for “{shown}”"
        position = "–" if self.index is None else str(self.index + 1)
        return f"match {position} of {len(self.matches)} for “{shown}”"

    def spans(self, side: Side) -> dict[int, list[tuple[int, int]]]:
        """The matches on ``side`` as display spans per segment index."""
        spans: dict[int, list[tuple[int, int]]] = {}
        for match in self.matches:
            if match.side == side:
                spans.setdefault(match.segment, []).append((match.start, match.end))
        return spans
