"""Minimap: an overview strip of both articles, one column each; clicking it jumps to that place."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

from core.models import Alignment, Side, Verdict
from tui.widgets.styles import under, verdict_or_component_style

GLYPHS: dict[Verdict, str] = {"agree": "│", "differ": "█", "left-only": "▒", "right-only": "▒"}
"""A distinct shape per verdict (not colour alone)."""

_PRIORITY: dict[Verdict | None, int] = {None: 0, "agree": 1, "left-only": 2, "right-only": 2, "differ": 3}


class Minimap(Widget):
    """Where agreements, differences and one-sided passages lie along each article."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "minimap--agree",
        "minimap--differ",
        "minimap--left-only",
        "minimap--right-only",
        "minimap--current",
    }
    """Styles per verdict, and for the rows of the current item."""

    @dataclass
    class Jump(Message):
        """The reader clicked the strip: go to ``item``."""

        minimap: Minimap
        """The strip that was clicked."""
        item: int
        """Index of the item to go to."""

        @property
        def control(self) -> Minimap:
            """The strip that was clicked."""
            return self.minimap

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._sides: dict[Side, list[tuple[int, int, int | None, Verdict | None]]] = {"left": [], "right": []}
        self._totals: dict[Side, int] = {"left": 1, "right": 1}
        self._row_cache: dict[Side, list[tuple[Verdict | None, frozenset[int]]]] = {}
        self._styles: dict[str, Style] = {}
        self.current: int | None = None
        """Index of the current item, marked on the strip."""

    def set_alignment(self, alignment: Alignment) -> None:
        """Lay out both articles along the strip, by character position."""
        for side in ("left", "right"):
            owner: dict[str, tuple[int, Verdict]] = {}
            for index, item in enumerate(alignment.items):
                for sid in item.ids(side):
                    owner[sid] = (index, item.verdict)
            spans: list[tuple[int, int, int | None, Verdict | None]] = []
            position = 0
            for seg in alignment.article(side).segments:
                found = owner.get(seg.id)
                length = max(1, len(seg.text))
                spans.append((position, position + length, found[0] if found else None, found[1] if found else None))
                position += length
            self._sides[side] = spans
            self._totals[side] = max(1, position)
        self._row_cache.clear()
        self.refresh()

    def _row_span(self, side: Side, row: int) -> tuple[int, int]:
        height = max(1, self.size.height)
        total = self._totals[side]
        return row * total // height, max(row * total // height + 1, (row + 1) * total // height)

    def _rows(self, side: Side) -> list[tuple[Verdict | None, frozenset[int]]]:
        """Each row's strongest verdict and the items it covers (cached per height)."""
        height = max(1, self.size.height)
        cached = self._row_cache.get(side)
        if cached is not None and len(cached) == height:
            return cached
        spans = self._sides[side]
        starts = [start for start, _, _, _ in spans]
        rows: list[tuple[Verdict | None, frozenset[int]]] = []
        for row in range(height):
            lo, hi = self._row_span(side, row)
            best: Verdict | None = None
            items: set[int] = set()
            for start, end, item, verdict in spans[max(0, bisect_right(starts, lo) - 1) :]:
                if start >= hi:
                    break
                if end <= lo:
                    continue
                if _PRIORITY[verdict] > _PRIORITY[best]:
                    best = verdict
                if item is not None:
                    items.add(item)
            rows.append((best, frozenset(items)))
        self._row_cache[side] = rows
        return rows

    def _cell(self, side: Side, row: int) -> tuple[Verdict | None, bool]:
        rows = self._rows(side)
        if not 0 <= row < len(rows):
            return None, False
        verdict, items = rows[row]
        return verdict, self.current is not None and self.current in items

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = verdict_or_component_style(self, name, "minimap")
        return style

    def notify_style_update(self) -> None:
        """Forget cached styles when the theme or CSS changes."""
        super().notify_style_update()
        self._styles.clear()

    def render_line(self, y: int) -> Strip:
        """Draw one row: the left article's cell, a gap, the right article's cell (blank before an alignment)."""
        base = self.rich_style
        if not self._sides["left"] and not self._sides["right"]:
            return Strip.blank(self.size.width, base)
        text = Text(end="")
        sides: tuple[Side, Side] = ("left", "right")
        for column, side in enumerate(sides):
            if column:
                text.append(" ")
            verdict, current = self._cell(side, y)
            style = self._style(verdict) if verdict else Style()
            if current:
                style += self._style("current")
            text.append(GLYPHS[verdict] if verdict else " ", style=style)
        return Strip(under(text, base).render(self.app.console)).crop_extend(0, self.size.width, base)

    def item_at(self, side: Side, row: int) -> int | None:
        """The item at ``row`` of ``side``'s column (or the next item below it)."""
        lo, hi = self._row_span(side, row)
        middle = (lo + hi) // 2
        after: int | None = None
        for start, end, item, _ in self._sides[side]:
            if item is None:
                continue
            if start <= middle < end:
                return item
            if start >= middle and after is None:
                after = item
        if after is None:
            items = [item for _, _, item, _ in self._sides[side] if item is not None]
            return items[-1] if items else None
        return after

    def on_click(self, event: events.Click) -> None:
        """Jump to the item under the pointer."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        side: Side = "left" if offset.x <= 1 else "right"
        item = self.item_at(side, offset.y)
        if item is not None:
            self.post_message(self.Jump(self, item))
