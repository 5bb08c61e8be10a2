"""PickerScreen: the pairs in a folder, with their headlines and verdict counts; Enter opens one."""

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

from core.align import AlignSettings
from core.models import VERDICTS, Alignment
from core.reading import PairEntry, load_article, require_article
from tui.render import VERDICT_SYMBOLS, neutralize
from tui.screens.reader_alignment import failure

SHORT_LABELS = {"agree": "agree", "differ": "differ", "left-only": "left", "right-only": "right"}
"""Column headings for the verdict counts (symbol first, as in the reader)."""


@dataclass(frozen=True, slots=True)
class PairResult:
    """A pair read and aligned (or the error that stopped it)."""

    alignment: Alignment | None
    """The alignment, when it could be made."""
    error: str = ""
    """The one-line error otherwise."""


class PickerScreen(Screen[None]):
    """A table of pairs; each row fills in when its pair has been read and aligned."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="picker_open"),
        Binding("q", "quit", "Quit", id="picker_quit"),
    ]
    """Enter opens the highlighted pair; ``q`` quits."""

    @dataclass
    class PairDone(Message):
        """One pair finished in the worker."""

        row: int
        """The pair's row in the table."""
        result: PairResult
        """Its alignment, or why it has none."""

    def __init__(self, entries: Sequence[PairEntry], *, settings: AlignSettings | None = None) -> None:
        super().__init__()
        self.entries = tuple(entries)
        """The pairs offered."""
        self.settings = settings or AlignSettings()
        self.results: dict[int, PairResult] = {}
        """Finished pairs by row."""

    def compose(self) -> ComposeResult:
        """A title and the table."""
        noun = "pair" if len(self.entries) == 1 else "pairs"
        yield Label(
            f"storydiff: {len(self.entries)} {noun} of articles. Enter opens one; Escape comes back here.",
            id="picker-title",
        )
        yield DataTable(id="pairs-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        """Fill the table with names, then read and align each pair in a worker."""
        table = self.query_one(DataTable)
        counts = 9
        pair = min(32, max(16, self.size.width // 6))
        headline = max(20, (self.size.width - pair - 4 * counts - 14) // 2)
        table.add_column("Pair", width=pair)
        table.add_column("Left headline", width=headline)
        table.add_column("Right headline", width=headline)
        for verdict in VERDICTS:
            table.add_column(f"{VERDICT_SYMBOLS[verdict]} {SHORT_LABELS[verdict]}", width=counts)
        for row, entry in enumerate(self.entries):
            cells = (Text(neutralize(entry.name)), Text("reading…"), Text(""), *("",) * 4)
            table.add_row(*cells, key=str(row), height=3)
        table.focus()
        self.load_pairs()

    @work(thread=True, exclusive=True, group="picker")
    def load_pairs(self) -> None:
        """Read and align every pair, one at a time, off the event loop."""
        from core.align import align  # numpy and rapidfuzz load here, not before the first frame

        for row, entry in enumerate(self.entries):
            try:
                left, right = require_article(load_article(entry.left)), require_article(load_article(entry.right))
                result = PairResult(align(left, right, settings=self.settings))
            except Exception as error:  # any failure is this pair's error, shown in its row; the picker carries on
                result = PairResult(None, failure(error))
            self.post_message(self.PairDone(row, result))

    @on(PairDone)
    def _pair_done(self, message: PairDone) -> None:
        self.results[message.row] = message.result
        table = self.query_one(DataTable)
        key = str(message.row)
        columns = list(table.columns)
        alignment = message.result.alignment
        if alignment is None:
            table.update_cell(key, columns[1], Text(neutralize(message.result.error), style="italic"))
            return
        table.update_cell(key, columns[1], Text(neutralize(alignment.left.title or "(no headline)")))
        table.update_cell(key, columns[2], Text(neutralize(alignment.right.title or "(no headline)")))
        for offset, verdict in enumerate(VERDICTS):
            table.update_cell(key, columns[3 + offset], str(alignment.summary.counts.get(verdict, 0)))

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    def action_open(self) -> None:
        """Open the highlighted pair in the reader."""
        from tui.screens.main import ReaderScreen

        row = self.query_one(DataTable).cursor_row
        if not 0 <= row < len(self.entries):
            return
        result = self.results.get(row)
        if result is None:  # not aligned in the background yet: read it now, the reader aligns it
            entry = self.entries[row]
            try:
                left, right = require_article(load_article(entry.left)), require_article(load_article(entry.right))
            except Exception as error:  # storydiff's one-line reason, or an unexpected error: shown, never a crash
                self.notify(neutralize(failure(error)), title="Cannot open", severity="error", markup=False)
                return
            self.app.push_screen(ReaderScreen(left, right, settings=self.settings, can_go_back=True))
            return
        if result.alignment is None:
            self.notify(neutralize(result.error), title="Cannot open", severity="error", markup=False)
            return
        alignment = result.alignment
        self.app.push_screen(
            ReaderScreen(alignment.left, alignment.right, settings=self.settings, alignment=alignment, can_go_back=True)
        )

    def action_quit(self) -> None:
        """Quit storydiff."""
        self.app.exit()
