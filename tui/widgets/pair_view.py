"""PairView: one row per aligned item, the left and right passages side by side (Line API)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from core.models import Alignment, Side
from tui.render import VERDICT_SYMBOLS, neutralize, wrap_spans
from tui.widgets.styles import under, verdict_or_component_style

MIDDLE = 3
"""Cells between the two columns: a space, the verdict symbol, a space."""


class PairView(ScrollView, can_focus=True, inherit_bindings=False):
    """Aligned items as rows of two columns, with filler where one side has nothing."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
    ]
    """Scrolling keys; item navigation belongs to the screen."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "pair-view--agree",
        "pair-view--differ",
        "pair-view--left-only",
        "pair-view--right-only",
        "pair-view--current",
        "pair-view--filler",
        "pair-view--kind",
    }
    """Styles for the verdict symbols, the current row and the filler."""

    @dataclass
    class RowClicked(Message):
        """A row was clicked."""

        view: PairView
        """The view that was clicked."""
        item: int
        """Index of the clicked row's item."""

        @property
        def control(self) -> PairView:
            """The view that was clicked."""
            return self.view

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._alignment: Alignment | None = None
        self._items: list[int] = []
        self._row_of: dict[int, int] = {}
        self._texts: dict[tuple[int, Side], str] = {}
        self._rows: list[tuple[int, list[tuple[int, int]], list[tuple[int, int]]]] = []
        self._line_of_row: list[int] = []
        self._lines: list[tuple[int, int]] = []
        self._column = 10
        self._laid_width = 0
        self._styles: dict[str, Style] = {}
        self.current: int | None = None
        """Index of the current item (highlighted)."""

    def set_items(self, alignment: Alignment, items: Sequence[int]) -> None:
        """Show ``items`` (indices into ``alignment.items``), in order."""
        if alignment is not self._alignment:
            self._texts.clear()
        self._alignment = alignment
        self._items = list(items)
        self._row_of = {item: row for row, item in enumerate(self._items)}
        self.relayout()

    def _text(self, item: int, side: Side) -> str:
        key = (item, side)
        if key not in self._texts:
            assert self._alignment is not None
            article = self._alignment.article(side)
            ids = self._alignment.items[item].ids(side)
            self._texts[key] = neutralize(" ".join(article.segment(sid).text for sid in ids))
        return self._texts[key]

    def relayout(self) -> None:
        """Re-wrap every row for the current width."""
        self._laid_width = self.scrollable_content_region.width
        width = max(2 * 10 + MIDDLE, self._laid_width)
        self._column = (width - MIDDLE) // 2
        self._rows, self._line_of_row, self._lines = [], [], []
        for row, item in enumerate(self._items):
            left = self._text(item, "left")
            right = self._text(item, "right")
            left_spans = wrap_spans(left, self._column) if left else []
            right_spans = wrap_spans(right, self._column) if right else []
            self._rows.append((item, left_spans, right_spans))
            if row:
                self._lines.append((-1, 0))
            self._line_of_row.append(len(self._lines))
            height = max(len(left_spans), len(right_spans), 1)
            self._lines.extend((row, k) for k in range(height))
        self.virtual_size = Size(width, len(self._lines))
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        """Re-wrap when the width changes (not when the view is merely hidden and shown again)."""
        width = self.scrollable_content_region.width
        if self._alignment is not None and width > 0 and width != self._laid_width:
            self.relayout()

    def row_lines(self, item: int) -> tuple[int, int] | None:
        """First and last display line of ``item``'s row, or ``None`` if it is filtered out."""
        row = self._row_of.get(item)
        if row is None:
            return None
        first = self._line_of_row[row]
        height = max(len(self._rows[row][1]), len(self._rows[row][2]), 1)
        return first, first + height - 1

    @property
    def top_line(self) -> int:
        """The display line at the top of the view."""
        return round(self.scroll_offset.y)

    def item_near(self, line: int, *, reach: int = 3) -> tuple[int, int] | None:
        """The first item whose row shows on ``line`` or up to ``reach`` lines below it, and that line."""
        for index in range(max(0, line), min(len(self._lines), line + reach + 1)):
            row = self._lines[index][0]
            if row >= 0:
                return self._rows[row][0], index
        return None

    def items_in_view(self) -> list[int]:
        """The items whose rows are in view, top to bottom."""
        top = round(self.scroll_offset.y)
        seen: dict[int, None] = {}
        for row, _ in self._lines[top : top + self.scrollable_content_region.height]:
            if row >= 0:
                seen.setdefault(self._rows[row][0])
        return list(seen)

    def shows_in_view(self, item: int) -> bool:
        """Whether part of ``item``'s row is in view."""
        lines = self.row_lines(item)
        top = round(self.scroll_offset.y)
        return lines is not None and lines[0] < top + self.scrollable_content_region.height and lines[1] >= top

    def scroll_to_item(self, item: int) -> None:
        """Bring ``item``'s row into view (a third of the way down when it must move)."""
        lines = self.row_lines(item)
        if lines is None:
            return
        top = round(self.scroll_offset.y)
        height = self.scrollable_content_region.height
        if lines[0] < top or lines[1] >= top + height:
            self.scroll_to(y=max(0, lines[0] - height // 3), animate=False, immediate=True)

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = verdict_or_component_style(self, name, "pair-view")
        return style

    def notify_style_update(self) -> None:
        """Forget cached styles when the theme or CSS changes."""
        super().notify_style_update()
        self._styles.clear()

    def render_line(self, y: int) -> Strip:
        """Draw one visible row of the two columns."""
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        base = self.rich_style
        index = scroll_y + y
        if self._alignment is None or index >= len(self._lines) or self._lines[index][0] < 0:
            return Strip.blank(width, base)
        row, k = self._lines[index]
        item, left_spans, right_spans = self._rows[row]
        verdict = self._alignment.items[item].verdict
        text = Text(end="")
        text.append_text(self._cell(item, "left", left_spans, k))
        symbol = VERDICT_SYMBOLS[verdict] if k == 0 else " "
        text.append(f" {symbol} ", style=self._style(verdict))
        text.append_text(self._cell(item, "right", right_spans, k))
        if item == self.current:
            text.stylize(self._style("current"))
        return Strip(under(text, base).render(self.app.console)).crop_extend(scroll_x, scroll_x + width, base)

    def _cell(self, item: int, side: Side, spans: list[tuple[int, int]], k: int) -> Text:
        if not spans:
            return Text("╱" * self._column, style=self._style("filler"), end="")
        if k >= len(spans):
            return Text(" " * self._column, end="")
        start, end = spans[k]
        piece = self._text(item, side)[start:end]
        return Text(piece + " " * max(0, self._column - cell_len(piece)), end="")

    def on_click(self, event: events.Click) -> None:
        """Select the clicked row's item."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = offset.y + round(self.scroll_offset.y)
        if 0 <= index < len(self._lines) and self._lines[index][0] >= 0:
            self.post_message(self.RowClicked(self, self._rows[self._lines[index][0]][0]))
