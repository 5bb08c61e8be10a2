"""PickerScreen: the pairs in a folder, with their headlines and verdict counts; Enter opens one.

A folder may hold hundreds of thousands of pairs. The list draws only the rows on screen (:class:`PairList`), and
only those are read and aligned, in a child process (:mod:`tui.align_process`), top row first; what a row shows
is kept for many rows, the alignments themselves for a few (:data:`KEEP_ALIGNMENTS`), so opening a pair just seen
is immediate and memory stays flat however far the reader scrolls.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Label, Static

from core.align import AlignSettings
from core.models import Alignment
from core.reading import PairEntry, load_article, require_article
from tui.align_process import AlignerProcess, AlignerStopped
from tui.background import in_daemon_thread
from tui.counts import verdict_counts
from tui.render import neutralize
from tui.screens.reader_alignment import failure
from tui.widgets.pair_list import PairList, PairRow

KEEP_ROWS = 20_000
"""Rows whose headlines and counts are kept once worked out (a few hundred bytes each)."""

KEEP_ALIGNMENTS = 16
"""Alignments kept for pairs recently on screen, so Enter opens them at once."""


@dataclass(frozen=True, slots=True)
class PairResult:
    """A pair worked out by the picker: its alignment (if still kept), or the error that stopped it."""

    alignment: Alignment | None
    """The alignment, when it could be made and is still kept."""
    error: str = ""
    """The one-line error otherwise."""


def align_pair(aligner: AlignerProcess, entry: PairEntry, settings: AlignSettings) -> Alignment:
    """Read, check and align one pair in the aligner's child process (blocking the calling daemon thread)."""
    return aligner.align_files(entry.left, entry.right, settings)


class PickerScreen(Screen[None]):
    """A list of pairs; each row on screen fills in when its pair has been read and aligned."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="picker_open"),
        Binding("q", "quit", "Quit", id="picker_quit"),
    ]
    """Enter opens the highlighted pair; ``q`` quits."""

    def __init__(self, entries: Sequence[PairEntry], *, settings: AlignSettings | None = None) -> None:
        super().__init__()
        self.entries = tuple(entries)
        """The pairs offered."""
        self.settings = settings or AlignSettings()
        self.rows: OrderedDict[int, PairRow] = OrderedDict()
        """What each worked-out row shows, most recently used last (at most :data:`KEEP_ROWS`)."""
        self.alignments: OrderedDict[int, Alignment] = OrderedDict()
        """The alignments of pairs recently on screen (at most :data:`KEEP_ALIGNMENTS`)."""
        self._wanted: range = range(0)
        self._filling = False
        self._aligner = AlignerProcess()

    def compose(self) -> ComposeResult:
        """A title, the column headings and the list."""
        noun = "pair" if len(self.entries) == 1 else "pairs"
        yield Label(
            f"storydiff: {len(self.entries):,} {noun} of articles. Enter opens one; Escape comes back here.",
            id="picker-title",
        )
        yield Static(id="picker-heading")
        yield PairList([entry.name for entry in self.entries], self._row, id="pair-list")
        yield Footer()

    def on_mount(self) -> None:
        """Focus the list."""
        self.query_one(PairList).focus()

    def on_unmount(self) -> None:
        """End the aligner process."""
        self._aligner.stop()

    def on_resize(self) -> None:
        """Line the headings up with the list's columns."""
        self.query_one("#picker-heading", Static).update(self.query_one(PairList).heading())

    @property
    def busy(self) -> bool:
        """Whether rows on screen are still being worked out, or the list has not yet said which rows it shows (for
        tests and screenshots to wait on)."""
        if not self.entries:
            return False
        if not self._wanted:
            return True
        return self._filling or any(row not in self.rows for row in self._wanted)

    @property
    def results(self) -> dict[int, PairResult]:
        """Every worked-out pair still kept, by row: its alignment if still held, or why it has none."""
        return {row: PairResult(self.alignments.get(row), figures.error) for row, figures in self.rows.items()}

    def _row(self, row: int) -> PairRow | None:
        return self.rows.get(row)

    @on(PairList.Scrolled)
    def _scrolled(self, message: PairList.Scrolled) -> None:
        self._wanted = message.rows
        self.query_one("#picker-heading", Static).update(self.query_one(PairList).heading())
        if not self._filling and any(row not in self.rows for row in self._wanted):
            self._filling = True
            self.run_worker(self._fill(), name="picker", group="picker")

    async def _fill(self) -> None:
        """Work out the rows in view, top first, until every one of them is done (the view may move meanwhile)."""
        try:
            while True:
                row = next((row for row in self._wanted if row not in self.rows), None)
                if row is None:
                    return
                entry = self.entries[row]
                try:
                    alignment = await in_daemon_thread(
                        partial(align_pair, self._aligner, entry, self.settings), name="storydiff-picker"
                    )
                except AlignerStopped:
                    return
                except Exception as error:  # any failure is this pair's error, shown in its row; the list carries on
                    self._keep(row, PairRow(error=" ".join(failure(error).split())), None)
                    continue
                counts = verdict_counts(alignment.items)
                figures = PairRow(alignment.left.title or "", alignment.right.title or "", tuple(counts.values()))
                self._keep(row, figures, alignment)
        finally:
            self._filling = False

    def _keep(self, row: int, figures: PairRow, alignment: Alignment | None) -> None:
        self.rows[row] = figures
        self.rows.move_to_end(row)
        while len(self.rows) > KEEP_ROWS:
            self.rows.popitem(last=False)
        if alignment is not None:
            self.alignments[row] = alignment
            self.alignments.move_to_end(row)
            while len(self.alignments) > KEEP_ALIGNMENTS:
                self.alignments.popitem(last=False)
        self.query_one(PairList).refresh_row(row)

    @on(PairList.Opened)
    def _opened(self, message: PairList.Opened) -> None:
        self._open(message.row)

    def action_open(self) -> None:
        """Open the highlighted pair in the reader."""
        self._open(self.query_one(PairList).cursor)

    def _open(self, row: int) -> None:
        from tui.screens.main import ReaderScreen

        if not 0 <= row < len(self.entries):
            return
        figures = self.rows.get(row)
        if figures is not None and figures.error:
            self.notify(neutralize(figures.error), title="Cannot open", severity="error", markup=False)
            return
        alignment = self.alignments.get(row)
        if alignment is None:  # not aligned here (yet, or any more): read it now, the reader aligns it
            entry = self.entries[row]
            try:
                left, right = require_article(load_article(entry.left)), require_article(load_article(entry.right))
            except Exception as error:  # storydiff's one-line reason, or an unexpected error: shown, never a crash
                self.notify(neutralize(failure(error)), title="Cannot open", severity="error", markup=False)
                return
            self.app.push_screen(ReaderScreen(left, right, settings=self.settings, can_go_back=True))
            return
        self.app.push_screen(
            ReaderScreen(alignment.left, alignment.right, settings=self.settings, alignment=alignment, can_go_back=True)
        )

    def action_quit(self) -> None:
        """Quit storydiff."""
        self.app.exit()
