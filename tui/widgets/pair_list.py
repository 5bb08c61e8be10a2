"""PairList: the pairs of a folder, one line each, drawn only where they are on screen (Textual's Line API).

A folder may hold hundreds of thousands of pairs: the list keeps nothing per pair but what it is given for the
rows that have been worked out (:class:`PairRow`, set by the picker), and asks for the rest by the rows in view.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from core.models import VERDICTS, Verdict
from tui.render import VERDICT_SYMBOLS, neutralize
from tui.widgets.styles import component_style, under

COUNT_WIDTH = 9
"""Cells per verdict count column."""

SHORT_LABELS: dict[Verdict, str] = {"agree": "agree", "differ": "differ", "left-only": "left", "right-only": "right"}
"""Column headings for the verdict counts (symbol first, as in the reader)."""


@dataclass(frozen=True, slots=True)
class PairRow:
    """What a row shows once its pair has been read and aligned: both headlines and the counts, or an error."""

    left_title: str = ""
    """The left article's headline."""
    right_title: str = ""
    """The right article's headline."""
    counts: tuple[int, ...] = ()
    """Items per verdict, in :data:`core.models.VERDICTS` order (empty when the pair could not be aligned)."""
    error: str = ""
    """Why the pair cannot be opened, in one line."""


def fit(text: str, width: int) -> str:
    """``text`` in at most ``width`` cells: cut with an ellipsis when longer, padded with spaces when shorter."""
    if width <= 0:
        return ""
    if cell_len(text) > width:
        cells, cut = 0, 0
        while cut < len(text) and cells + cell_len(text[cut]) <= width - 1:
            cells += cell_len(text[cut])
            cut += 1
        text = text[:cut] + "…"
    return text + " " * max(0, width - cell_len(text))


class PairList(ScrollView, can_focus=True, inherit_bindings=False):
    """One line per pair: its name, both headlines and the verdict counts, with a cursor."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor(-1)", "Up", show=False),
        Binding("down,j", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown,space", "page(1)", "Page down", show=False),
        Binding("home,g", "home", "First", show=False),
        Binding("end,G", "end", "Last", show=False),
    ]
    """Moving the cursor; Enter (opening a pair) belongs to the screen."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"pair-list--cursor", "pair-list--pending", "pair-list--error"}
    """Styles of the cursor's row, of rows still being read, and of pairs that cannot be opened."""

    cursor: reactive[int] = reactive(0, init=False)
    """The highlighted row."""

    @dataclass
    class Opened(Message):
        """A row was chosen (Enter or a second click on it)."""

        row: int
        """The chosen row."""

    @dataclass
    class Scrolled(Message):
        """The rows in view changed; ``rows`` are their indices, top first."""

        rows: range
        """The rows now in view."""

    def __init__(self, names: Sequence[str], row: Callable[[int], PairRow | None], *, id: str | None = None) -> None:
        """A list of ``names``, each row's figures looked up with ``row`` (``None`` while being worked out)."""
        super().__init__(id=id)
        self._names = names
        self._row = row
        self.virtual_size = Size(0, len(names))

    def in_view(self) -> range:
        """The rows on screen."""
        top = round(self.scroll_offset.y)
        return range(top, min(len(self._names), top + max(1, self.scrollable_content_region.height)))

    def on_resize(self, event: events.Resize) -> None:
        """Say which rows are in view now."""
        self.post_message(self.Scrolled(self.in_view()))

    def watch_scroll_y(self, old: float, new: float) -> None:
        """Say which rows are in view after a scroll."""
        super().watch_scroll_y(old, new)
        if round(old) != round(new):
            self.post_message(self.Scrolled(self.in_view()))

    def watch_cursor(self, row: int) -> None:
        """Keep the cursor's row in view."""
        top = round(self.scroll_offset.y)
        height = max(1, self.scrollable_content_region.height)
        if row < top:
            self.scroll_to(y=row, animate=False)
        elif row >= top + height:
            self.scroll_to(y=row - height + 1, animate=False)
        self.refresh()

    def action_cursor(self, delta: int) -> None:
        """Move the cursor by ``delta`` rows."""
        self.cursor = max(0, min(len(self._names) - 1, self.cursor + delta))

    def action_page(self, direction: int) -> None:
        """Move the cursor by a screenful."""
        self.action_cursor(direction * max(1, self.scrollable_content_region.height - 1))

    def action_home(self) -> None:
        """Go to the first pair."""
        self.cursor = 0

    def action_end(self) -> None:
        """Go to the last pair."""
        self.cursor = max(0, len(self._names) - 1)

    def refresh_row(self, row: int) -> None:
        """Redraw ``row`` (its figures arrived)."""
        if row in self.in_view():
            self.refresh()

    def column_widths(self) -> tuple[int, int]:
        """Cells for the pair's name and for each headline at the current width."""
        width = max(40, self.scrollable_content_region.width)
        counts = COUNT_WIDTH * len(VERDICTS)
        name = min(32, max(12, width // 6))
        headline = max(8, (width - name - counts - 4) // 2)
        return name, headline

    def heading(self) -> Text:
        """The column headings, aligned with the rows."""
        name, headline = self.column_widths()
        text = Text(end="")
        text.append(fit("Pair", name) + "  " + fit("Left headline", headline) + " " + fit("Right headline", headline))
        for verdict in VERDICTS:
            text.append(" " + fit(f"{VERDICT_SYMBOLS[verdict]} {SHORT_LABELS[verdict]}", COUNT_WIDTH - 1))
        return text

    def render_line(self, y: int) -> Strip:
        """Draw one row."""
        width = self.scrollable_content_region.width
        base = self.rich_style
        row = round(self.scroll_offset.y) + y
        if not 0 <= row < len(self._names):
            return Strip.blank(width, base)
        name, headline = self.column_widths()
        figures = self._row(row)
        text = Text(end="")
        text.append(fit(neutralize(self._names[row]), name) + "  ", style="bold")
        if figures is None:
            text.append(fit("reading…", 2 * headline + 1), style=self._style("pending"))
        elif figures.error:
            room = 2 * headline + 1 + COUNT_WIDTH * len(VERDICTS)
            text.append(fit(neutralize(figures.error), room), style=self._style("error"))
        else:
            text.append(fit(neutralize(figures.left_title or "(no headline)"), headline) + " ")
            text.append(fit(neutralize(figures.right_title or "(no headline)"), headline))
            for count in figures.counts:
                text.append(" " + f"{count:>{COUNT_WIDTH - 2}} ")
        if row == self.cursor:
            text.stylize(self._style("cursor"))
        return Strip(under(text, base).render(self.app.console)).crop_extend(0, width, base)

    def _style(self, name: str) -> Style:
        return component_style(self, f"pair-list--{name}")

    def on_click(self, event: events.Click) -> None:
        """Move the cursor to the clicked row; a click on the cursor's row opens it."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        row = round(self.scroll_offset.y) + offset.y
        if not 0 <= row < len(self._names):
            return
        if row == self.cursor or event.chain > 1:
            self.post_message(self.Opened(row))
        self.cursor = row
