"""ReaderScreen: both articles side by side, the overview strip, the detail strip and the status line.

The first frame shows both articles as read, with "aligning…" in the status line; only then does the aligner
run (and import numpy and rapidfuzz): a small pair on the event loop, a big one in a worker thread. The
verdicts, markers and figures arrive with its result. Until then the keys that need an alignment are disabled
(dimmed in the footer) and do nothing.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Input

from core.errors import StorydiffError
from core.models import Alignment, Article, Side
from core.settings import AlignSettings
from tui.bindings import NEEDS_ALIGNMENT, READER_BINDINGS
from tui.layout import segment_verdicts
from tui.messages import AlignmentFailed, AlignmentReady
from tui.navigation import FILTERS, differences, passes, step
from tui.render import neutralize
from tui.search import SearchState
from tui.widgets.article_pane import ArticlePane
from tui.widgets.detail_strip import DetailStrip
from tui.widgets.minimap import Minimap
from tui.widgets.pair_view import PairView
from tui.widgets.reader_body import ReaderBody
from tui.widgets.search_bar import SearchBar
from tui.widgets.status_line import StatusLine

SYNC_ALIGN_LIMIT = 200
"""Up to this many segments (both articles together), the pair is aligned on the event loop just after the
first frame; above it, in a worker thread."""


def align(left: Article, right: Article, *, settings: AlignSettings | None = None) -> Alignment:
    """:func:`core.align.align`, imported on first use: numpy and rapidfuzz load after the first frame."""
    from core.align import align as align_articles

    return align_articles(left, right, settings=settings)


def swap_sides(alignment: Alignment) -> Alignment:
    """:func:`core.align.swap_sides`, imported on first use."""
    from core.align import swap_sides as swap

    return swap(alignment)


class ReaderScreen(Screen[None]):
    """The reader: renders an Alignment, computed once both articles are on screen."""

    BINDINGS: ClassVar[list[BindingType]] = list(READER_BINDINGS)
    """The reader's keys (see :mod:`tui.bindings`)."""

    current: reactive[int | None] = reactive(None, init=False)
    """Index of the current aligned item."""
    filter_name: reactive[str] = reactive("all", init=False)
    """Which items navigation stops at: one of :data:`tui.navigation.FILTERS`."""
    pair_view: reactive[bool] = reactive(False, init=False)
    """Whether the pair view replaces the two panes."""
    show_clutter: reactive[bool] = reactive(True, init=False)
    """Whether captions and boilerplate are shown."""

    def __init__(
        self,
        left: Article,
        right: Article,
        *,
        settings: AlignSettings | None = None,
        alignment: Alignment | None = None,
        can_go_back: bool = False,
    ) -> None:
        super().__init__()
        self.left_article = left
        self.right_article = right
        self.settings = settings or AlignSettings()
        self.alignment: Alignment | None = alignment
        """The alignment shown (``None`` until the pair has been aligned)."""
        self.can_go_back = can_go_back
        """Whether Escape returns to a pair list."""
        self.search = SearchState()
        """The search: query, matches in reading order, and the match the reader is on."""
        self._align_started = False

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

    def start_alignment(self) -> None:
        """Align the pair, once: a small one right here on the event loop, a big one in a worker thread.

        The app calls this as soon as its first frame is out. A small pair takes about 0.2 s the first time,
        mostly importing the aligner; here it lands sooner than in a thread that competes with the reader's
        own start-up for the interpreter, and keys pressed meanwhile wait, then act on the alignment. A big
        pair aligns in a thread, so input is never blocked for long.
        """
        if self.alignment is not None or self._align_started:
            return
        self._align_started = True
        if len(self.left_article.segments) + len(self.right_article.segments) > SYNC_ALIGN_LIMIT:
            self.run_align()
            return
        try:
            alignment = align(self.left_article, self.right_article, settings=self.settings)
        except StorydiffError as error:
            self.post_message(AlignmentFailed(str(error)))
            return
        self.show_alignment(alignment)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Disable the item, filter, search, swap and export keys until the alignment is on screen.

        Returns:
            ``None`` (shown dimmed in the footer, does nothing) while aligning, else ``True``.
        """
        if action in NEEDS_ALIGNMENT and self.alignment is None:
            return None
        return True

    # -- alignment in and out of the worker ----------------------------------------------------------------

    @work(thread=True, exclusive=True, group="align")
    def run_align(self) -> None:
        """Align the two articles off the event loop; the result comes back as a message."""
        try:
            result = align(self.left_article, self.right_article, settings=self.settings)
        except StorydiffError as error:
            self.post_message(AlignmentFailed(str(error)))
            return
        self.post_message(AlignmentReady(result))

    @work(thread=True, exclusive=True, group="align")
    def run_swap(self, alignment: Alignment, keep: tuple[str, str] | None) -> None:
        """Swap sides off the event loop."""
        try:
            result = swap_sides(alignment)
        except StorydiffError as error:
            self.post_message(AlignmentFailed(str(error)))
            return
        self.post_message(AlignmentReady(result, keep=keep))

    @on(AlignmentReady)
    def _alignment_ready(self, message: AlignmentReady) -> None:
        self.show_alignment(message.alignment, keep=message.keep)

    @on(AlignmentFailed)
    def _alignment_failed(self, message: AlignmentFailed) -> None:
        error = neutralize(message.error)
        if self.alignment is None:  # nothing to show: say so where the articles would be
            self._body().show_failure(message.error)
            self.query_one(StatusLine).show_note("not aligned")
        self.notify(error, title="Cannot align", severity="error", timeout=10, markup=False)

    def show_alignment(self, alignment: Alignment, *, keep: tuple[str, str] | None = None) -> None:
        """Put ``alignment`` on screen; ``keep`` is a (side, segment id) to stay on.

        When the first alignment arrives after the reader has scrolled the articles, the current item is the
        one at the top of the focused pane, so the reader stays where they were reading.
        """
        reading = self._reading_position() if self.alignment is None else None
        self.alignment = alignment
        self.left_article, self.right_article = alignment.left, alignment.right
        body = self._body()
        body.show_alignment(alignment, pair_view=self.pair_view)
        body.show_filter(alignment, self._navigable(), dim=self.filter_name != "all")
        if self.search.query:
            self._run_search(self.search.query, jump=False)
        index: int | None = None
        if keep is not None:
            index = alignment.item_of("right" if keep[0] == "left" else "left", keep[1])
        elif reading is not None:  # the first aligned item at or below the top of the focused pane
            side, segment_ids = reading
            item_of, _ = segment_verdicts(alignment, side)
            index = next((item_of[sid] for sid in segment_ids if sid in item_of), None)
        if index is None:
            index = next(iter(self._navigable()), None)
        self.current = None
        self.current = index
        if not (self.focused and self.focused.id in ("left-pane", "right-pane", "pairs")):
            self._main_view().focus()
        self.refresh_bindings()

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

    def action_search(self) -> None:
        """Open the search bar."""
        if self.alignment is None:
            return
        self.query_one(SearchBar).open()

    def action_next_match(self) -> None:
        """Go to the next search match."""
        self._step_match(+1)

    def action_previous_match(self) -> None:
        """Go to the previous search match."""
        self._step_match(-1)

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
        """Ask for a format and a path, then export through ``core.export``."""
        from tui.screens.export import start_export

        if self.alignment is not None:
            start_export(self, self.alignment)

    async def action_quit(self) -> None:
        """Quit storydiff."""
        self.app.exit()

    # -- search --------------------------------------------------------------------------------------------

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self.query_one(SearchBar).close()
        self._main_view().focus()
        self._run_search(event.value, jump=True)

    @on(SearchBar.Closed)
    def _search_closed(self) -> None:
        self._main_view().focus()

    def _run_search(self, query: str, *, jump: bool) -> None:
        if self.alignment is None:
            return
        self.search.run(self.alignment, query, include_clutter=self.show_clutter)
        self._paint_matches()
        if jump and self.search.matches:
            self._show_match(self.search.first_from(self.current))
        elif jump:
            self.notify(self.search.summary().capitalize(), severity="warning", timeout=3, markup=False)
        self._update_status()

    def _step_match(self, delta: int) -> None:
        index = self.search.step(delta)
        if index is None:
            if self.search.query:
                self.notify(self.search.summary().capitalize(), severity="warning", timeout=3, markup=False)
            return
        self._show_match(index)

    def _show_match(self, index: int) -> None:
        self.search.index = index
        match = self.search.matches[index]
        self._paint_matches()
        if match.item is not None and match.item != self.current:
            self.current = match.item
        self._body().reveal_match(self.search)
        self._update_status()

    def _paint_matches(self) -> None:
        self._body().show_matches(self.search)

    # -- helpers -------------------------------------------------------------------------------------------

    def _go(self, index: int | None) -> None:
        if index is not None:
            self.current = index

    def _body(self) -> ReaderBody:
        return self.query_one(ReaderBody)

    def _main_view(self) -> ArticlePane | PairView:
        return self._body().main_view()

    def _reading_position(self) -> tuple[Side, list[str]] | None:
        """If the reader has scrolled the focused pane: its side and the ids of its segments from the top row on."""
        view = self._main_view()
        if not isinstance(view, ArticlePane) or view.article is None or view.scroll_offset.y < 1:
            return None
        top = view.top_segment()
        if top is None:
            return None
        return view.side, [segment.id for segment in view.article.segments[top:]]

    def _navigable(self) -> list[int]:
        if self.alignment is None:
            return []
        return [i for i, item in enumerate(self.alignment.items) if passes(item, self.filter_name)]

    def _differences(self) -> list[int]:
        return differences(self.alignment) if self.alignment is not None else []

    def _update_status(self) -> None:
        if self.alignment is None:
            return
        self.query_one(StatusLine).show(
            self.alignment,
            self.current,
            filter_name=self.filter_name,
            differences=self._differences(),
            search=self.search.summary(),
        )

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
