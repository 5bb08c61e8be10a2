"""ReaderScreen: both articles side by side, the overview strip, the detail strip and the status line.

The screen is built in layers, each in a module named for what it holds: the pair and the view state
(:mod:`tui.screens.reader_state`), the search (:mod:`tui.screens.reader_search`), and how the alignment is
computed after the first frame and put on screen (:mod:`tui.screens.reader_alignment`). This module adds the
layout, the keys and what the view state's changes show.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.widgets import Footer

from tui.bindings import READER_BINDINGS
from tui.navigation import FILTERS, passes, step
from tui.screens.reader_alignment import ReaderAlignment
from tui.widgets.article_pane import ArticlePane
from tui.widgets.detail_strip import DetailStrip
from tui.widgets.minimap import Minimap
from tui.widgets.pair_view import PairView
from tui.widgets.reader_body import ReaderBody
from tui.widgets.search_bar import SearchBar
from tui.widgets.status_line import StatusLine


class ReaderScreen(ReaderAlignment):
    """The reader: renders an Alignment, computed once both articles are on screen."""

    BINDINGS: ClassVar[list[BindingType]] = list(READER_BINDINGS)
    """The reader's keys (see :mod:`tui.bindings`)."""

    def compose(self) -> ComposeResult:
        """Lay out the reader."""
        yield ReaderBody(id="switcher")
        yield DetailStrip(id="detail")
        yield StatusLine(id="status")
        yield SearchBar(placeholder="Search both articles (Enter finds, Escape closes)", id="search")
        yield Footer()

    def on_mount(self) -> None:
        """Show the alignment if it was given; else show the articles and align them after the first frame."""
        if self.alignment is not None:
            self.show_alignment(self.alignment)
            return
        self._body().show_articles(self.left_article, self.right_article)
        self.query_one(StatusLine).show_aligning()
        self.call_after_refresh(self.start_alignment)

    # -- reactives -----------------------------------------------------------------------------------------

    def watch_current(self, index: int | None) -> None:
        """Highlight the current item everywhere and bring it into view."""
        alignment = self.alignment
        if alignment is None:
            return
        self._body().show_current(index)
        self.query_one(DetailStrip).show(alignment, index)
        self._update_status()

    def watch_filter_name(self, name: str) -> None:
        """Dim what the filter leaves out, and move onto an item it keeps."""
        if self.alignment is None:
            return
        self._body().show_filter(self.alignment, self._navigable(), dim=name != "all")
        if self.current is None or not passes(self.alignment.items[self.current], name):
            following = step(self._navigable(), self.current, +1, wrap=True)
            self.current = following
        self._update_status()
        self.notify(f"Filter: {name}", timeout=2)

    def watch_pair_view(self, on: bool) -> None:
        """Switch between the two panes and the pair view."""
        if self.alignment is None:
            return
        self._body().show_view(on)
        current = self.current
        self.current = None
        self.current = current

    def watch_show_clutter(self, show: bool) -> None:
        """Collapse or expand clutter in both panes."""
        self._body().show_clutter(show)
        if self.search.query:
            self._run_search(self.search.query, jump=False)
        current = self.current
        self.current = None
        self.current = current

    # -- actions -------------------------------------------------------------------------------------------

    def action_next_item(self) -> None:
        """Go to the next item the filter keeps."""
        self._go(step(self._navigable(), self.current, +1))

    def action_previous_item(self) -> None:
        """Go to the previous item the filter keeps."""
        self._go(step(self._navigable(), self.current, -1))

    def action_next_difference(self) -> None:
        """Go to the next differ or one-sided item."""
        self._go(step(self._differences(), self.current, +1))

    def action_previous_difference(self) -> None:
        """Go to the previous differ or one-sided item."""
        self._go(step(self._differences(), self.current, -1))

    def action_first_item(self) -> None:
        """Go to the first item the filter keeps."""
        self._go(next(iter(self._navigable()), None))

    def action_last_item(self) -> None:
        """Go to the last item the filter keeps."""
        items = self._navigable()
        self._go(items[-1] if items else None)

    def action_switch_pane(self) -> None:
        """Move the focus to the other pane."""
        left, right = self._body().panes
        if not self.pair_view:
            (left if self.focused is right else right).focus()

    def action_cycle_filter(self) -> None:
        """Cycle all → differences → agree → only left → only right."""
        if self.alignment is None:
            return
        self.filter_name = FILTERS[(FILTERS.index(self.filter_name) + 1) % len(FILTERS)]

    def action_toggle_view(self) -> None:
        """Toggle the pair view."""
        if self.alignment is None:
            return
        self.pair_view = not self.pair_view

    def action_toggle_clutter(self) -> None:
        """Show or hide clutter."""
        self.show_clutter = not self.show_clutter

    def action_swap(self) -> None:
        """Exchange the two articles, staying on the same passage."""
        if self.alignment is None:
            return
        keep: tuple[str, str] | None = None
        if self.current is not None:
            item = self.alignment.items[self.current]
            keep = ("left", item.left[0]) if item.left else ("right", item.right[0])
        self.run_swap(self.alignment, keep)

    def action_back(self) -> None:
        """Clear the search, or go back to the pair list."""
        if self.search.query:
            self.search.clear()
            self._paint_matches()
            self._update_status()
        elif self.can_go_back:
            self.app.pop_screen()

    def action_help(self) -> None:
        """Show the keys and the legend."""
        from tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen())

    def action_export(self) -> None:
        """Ask for a format and a path, then export through ``core.export.formats``."""
        from tui.screens.export import start_export

        if self.alignment is not None:
            start_export(self, self.alignment)

    async def action_quit(self) -> None:
        """Quit storydiff."""
        self.app.exit()

    # -- clicks and jumps ----------------------------------------------------------------------------------

    def _go(self, index: int | None) -> None:
        if index is not None:
            self.current = index

    @on(ArticlePane.SegmentClicked)
    def _segment_clicked(self, message: ArticlePane.SegmentClicked) -> None:
        message.pane.focus()
        self.current = message.item

    @on(PairView.RowClicked)
    def _row_clicked(self, message: PairView.RowClicked) -> None:
        self.current = message.item

    @on(Minimap.Jump)
    def _minimap_jump(self, message: Minimap.Jump) -> None:
        self.current = message.item
