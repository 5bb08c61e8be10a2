"""EventPickerScreen: the events of a folder, with their outlets and claim counts; Enter opens one.

Each row fills in once its reports have been read and compared, one event after another in a worker thread, so
the list shows at once and an event already compared opens at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label
from textual.worker import get_current_worker

from core.align import AlignSettings
from core.claims import Comparison, outlet_names
from core.errors import StorydiffError
from core.models import Article
from core.reading import EventEntry, load_article, require_article
from tui.render import neutralize

COLUMNS = ("Event", "Outlets", "Headline", "Claims", "In every", "In one")
"""The table's columns: the event, its outlets, the first report's headline, the claims, how many every report
carries, and how many only one report carries."""


@dataclass(frozen=True, slots=True)
class EventResult:
    """An event read and compared (or the error that stopped it)."""

    comparison: Comparison | None
    """The comparison, when it could be made."""
    error: str = ""
    """The one-line error otherwise."""


def read_event(entry: EventEntry) -> list[Article]:
    """The reports of an event, each checked to be an article.

    Raises:
        StorydiffError: one of them cannot be read or is not an article.
    """
    return [require_article(load_article(path)) for path in entry.articles]


class EventPickerScreen(Screen[None]):
    """A table of events; each row fills in when its reports have been compared."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="events_open"),
        Binding("q", "quit", "Quit", id="events_quit"),
    ]
    """Enter opens the highlighted event; ``q`` quits."""

    @dataclass
    class EventDone(Message):
        """One event finished in the worker."""

        row: int
        """The event's row in the table."""
        result: EventResult
        """Its comparison, or why it has none."""

    def __init__(self, entries: Sequence[EventEntry], *, settings: AlignSettings | None = None) -> None:
        super().__init__()
        self.entries = tuple(entries)
        """The events offered."""
        self.settings = settings or AlignSettings()
        self.results: dict[int, EventResult] = {}
        """Finished events by row."""

    def compose(self) -> ComposeResult:
        """A title and the table."""
        noun = "event" if len(self.entries) == 1 else "events"
        yield Label(
            f"storydiff: {len(self.entries)} {noun}, each told by several reports. Enter opens one; "
            "Escape comes back here.",
            id="events-title",
        )
        yield DataTable(id="events-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        """Fill the table with names, then read and compare each event in a worker."""
        table = self.query_one(DataTable)
        counts = 8
        name = min(32, max(14, self.size.width // 5))
        outlets = min(32, max(16, self.size.width // 5))
        headline = max(20, self.size.width - name - outlets - 3 * counts - 14)
        for heading, width in zip(COLUMNS, (name, outlets, headline, counts, counts, counts), strict=True):
            table.add_column(heading, width=width)
        for row, entry in enumerate(self.entries):
            files = ", ".join(neutralize(path.stem) for path in entry.articles)
            cells = (Text(neutralize(entry.name)), Text(files), Text("reading…", style="italic"), "", "", "")
            table.add_row(*cells, key=str(row), height=2)
        table.focus()
        self.compare_events()

    @property
    def busy(self) -> bool:
        """Whether some events are still being compared (for tests and screenshots to wait on)."""
        return len(self.results) < len(self.entries)

    @work(thread=True, exclusive=True, group="events")
    def compare_events(self) -> None:
        """Read and compare every event, one at a time, off the event loop; stop when the screen goes."""
        from core.align import compare  # numpy and rapidfuzz load here, not before the first frame

        worker = get_current_worker()
        for row, entry in enumerate(self.entries):
            if worker.is_cancelled:
                return
            try:
                result = EventResult(compare(read_event(entry), settings=self.settings))
            except StorydiffError as error:
                result = EventResult(None, str(error))
            self.post_message(self.EventDone(row, result))

    @on(EventDone)
    def _event_done(self, message: EventDone) -> None:
        self.results[message.row] = message.result
        table = self.query_one(DataTable)
        key = str(message.row)
        columns = list(table.columns)
        comparison = message.result.comparison
        if comparison is None:
            table.update_cell(key, columns[2], Text(neutralize(message.result.error), style="italic"))
            return
        names = ", ".join(neutralize(name) for name in outlet_names(comparison.articles))
        table.update_cell(key, columns[1], Text(names))
        table.update_cell(key, columns[2], Text(neutralize(comparison.articles[0].title or "(no headline)")))
        summary = comparison.summary
        in_all = summary.outlets[0].with_all if summary.outlets else 0
        alone = sum(figures.alone for figures in summary.outlets)
        for offset, value in enumerate((summary.claims, in_all, alone)):
            table.update_cell(key, columns[3 + offset], str(value))

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    def action_open(self) -> None:
        """Open the highlighted event: its claim view, or the pair reader for an event of two reports."""
        row = self.query_one(DataTable).cursor_row
        if not 0 <= row < len(self.entries):
            return
        result = self.results.get(row)
        if result is not None and result.comparison is None:
            self.notify(neutralize(result.error), title="Cannot open", severity="error", markup=False)
            return
        if result is not None and result.comparison is not None:
            self._open(list(result.comparison.articles), result.comparison)
            return
        try:  # not compared in the background yet: read it now, the view compares it
            articles = read_event(self.entries[row])
        except StorydiffError as error:
            self.notify(neutralize(str(error)), title="Cannot open", severity="error", markup=False)
            return
        self._open(articles, None)

    def _open(self, articles: list[Article], comparison: Comparison | None) -> None:
        from tui.screens.claims import ComparisonScreen
        from tui.screens.main import ReaderScreen

        if len(articles) == 2:
            alignment = comparison.alignments[(0, 1)] if comparison is not None else None
            screen: Screen[None] = ReaderScreen(
                articles[0], articles[1], settings=self.settings, alignment=alignment, can_go_back=True
            )
        else:
            screen = ComparisonScreen(articles, settings=self.settings, comparison=comparison, can_go_back=True)
        self.app.push_screen(screen)

    def action_quit(self) -> None:
        """Quit storydiff."""
        self.app.exit()
