"""ClaimList: one row per claim group, a column per outlet with its verdict symbol, the claim's text (Line API).

The first line is a header that stays put (the outlets' names); the rows scroll under it. Rows are drawn when
they are visible, so a comparison of ten long reports costs no more to show than one of three.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from core.claims import OUTLET_SYMBOLS, Comparison, outlet_names
from tui.claim_layout import ClaimColumns, centred, claim_columns, cut, preview
from tui.render import neutralize
from tui.widgets.styles import component_style, under


class ClaimList(ScrollView, can_focus=True, inherit_bindings=False):
    """The claims of a comparison in the order of one outlet; the current claim highlighted."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
    ]
    """Scrolling keys; moving between claims belongs to the screen."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "claim-list--agree",
        "claim-list--differ",
        "claim-list--only",
        "claim-list--absent",
        "claim-list--current",
        "claim-list--header",
        "claim-list--ordering",
        "claim-list--watched",
        "claim-list--other",
    }
    """Styles for the verdict symbols, the current row, the header, the ordering and watched outlets, and text
    taken from another outlet than the ordering one."""

    @dataclass
    class RowClicked(Message):
        """A claim row was clicked."""

        claims: ClaimList
        """The list that was clicked."""
        group: int
        """Index (into the comparison's groups) of the clicked claim."""

        @property
        def control(self) -> ClaimList:
            """The list that was clicked."""
            return self.claims

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._comparison: Comparison | None = None
        self._names: tuple[str, ...] = ()
        self._order: tuple[int, ...] = ()
        self._row_of: dict[int, int] = {}
        self._previews: dict[int, tuple[str, bool]] = {}
        self._styles: dict[str, Style] = {}
        self.by = 0
        """Index of the outlet whose order the rows follow."""
        self.watched = 0
        """Index of the outlet whose left-out claims ``]`` and ``[`` step through."""
        self.current: int | None = None
        """Index (into the comparison's groups) of the current claim."""

    def show(self, comparison: Comparison, order: tuple[int, ...], *, by: int, watched: int) -> None:
        """Show ``comparison``'s groups in ``order`` (group indices), following outlet ``by``."""
        if comparison is not self._comparison or by != self.by:
            self._previews.clear()
        self._comparison = comparison
        self._names = tuple(neutralize(name) for name in outlet_names(comparison.articles))
        self._order = order
        self._row_of = {group: row for row, group in enumerate(order)}
        self.by, self.watched = by, watched
        self.virtual_size = Size(self.scrollable_content_region.width, len(order) + 1)
        self.refresh()

    def row_of(self, group: int) -> int | None:
        """The row (0-based, under the header) that shows ``group``."""
        return self._row_of.get(group)

    def set_current(self, group: int | None) -> None:
        """Make ``group`` the current claim: bring its row into view and redraw only the rows that change."""
        old, self.current = self.current, group
        if group is not None and self.scroll_to_group(group):
            self.refresh()
            return
        for index in (old, group):
            row = None if index is None else self._row_of.get(index)
            if row is not None:
                self.refresh_line(row + 1)

    def scroll_to_group(self, group: int) -> bool:
        """Bring ``group``'s row into view (a third of the way down when it must move); say whether it moved."""
        row = self._row_of.get(group)
        if row is None:
            return False
        top = round(self.scroll_offset.y)
        rows = max(1, self.scrollable_content_region.height - 1)
        if top <= row < top + rows:
            return False
        self.scroll_to(y=max(0, row - rows // 3), animate=False, immediate=True)
        return True

    def _columns(self) -> ClaimColumns:
        return claim_columns(self.scrollable_content_region.width, self._names, len(self._order))

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = component_style(self, f"claim-list--{name}")
        return style

    def notify_style_update(self) -> None:
        """Forget the cached component styles when the styles (or the theme) change."""
        self._styles.clear()
        super().notify_style_update()

    def render_line(self, y: int) -> Strip:
        """Draw the header (line 0) or one visible claim row."""
        width = self.scrollable_content_region.width
        base = self.rich_style
        if self._comparison is None:
            return Strip.blank(width, base)
        columns = self._columns()
        if y == 0:
            text = self._header(columns)
        else:
            row = round(self.scroll_offset.y) + y - 1
            if row >= len(self._order):
                return Strip.blank(width, base)
            text = self._row(columns, row)
        return Strip(under(text, base).render(self.app.console)).crop_extend(0, width, base)

    def _header(self, columns: ClaimColumns) -> Text:
        text = Text(" " * columns.number, end="")
        for article, name in enumerate(self._names):
            style = self._style("header")
            if article == self.by:
                style += self._style("ordering")
            if article == self.watched:
                style += self._style("watched")
            text.append(centred(name, columns.outlet), style=style)
        heading = f"claim, as {self._names[self.by]} reports it" if self._names else ""
        text.append(" " + cut(heading, columns.text), style=self._style("header"))
        return text

    def _row(self, columns: ClaimColumns, row: int) -> Text:
        assert self._comparison is not None
        index = self._order[row]
        group = self._comparison.groups[index]
        text = Text(f"{row + 1:>{columns.number - 1}} ", end="")
        for article, verdict in enumerate(group.verdicts):
            style = self._style(verdict)
            if article == self.watched:
                style += self._style("watched")
            text.append(centred(OUTLET_SYMBOLS[verdict], columns.outlet), style=style)
        if index not in self._previews:
            self._previews[index] = preview(self._comparison, group, self.by)
        words, other = self._previews[index]
        text.append(" " + cut(words, columns.text), style=self._style("other") if other else "")
        if index == self.current:
            text.stylize(self._style("current"))
        return text

    def on_resize(self, event: events.Resize) -> None:
        """Keep the virtual width in step with the widget's."""
        if self._comparison is not None:
            self.virtual_size = Size(self.scrollable_content_region.width, len(self._order) + 1)
            self.refresh()

    def on_click(self, event: events.Click) -> None:
        """Select the clicked claim."""
        offset = event.get_content_offset(self)
        if offset is None or offset.y == 0:
            return
        row = round(self.scroll_offset.y) + offset.y - 1
        if 0 <= row < len(self._order):
            self.post_message(self.RowClicked(self, self._order[row]))
