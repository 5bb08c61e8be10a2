"""ReaderScreen: both articles side by side, the overview strip, the detail strip and the status line.

The screen is made of named parts: the pair and its alignment (``state``, a :class:`ReaderState`), the search
(``search``, a :class:`~tui.search.SearchState`), the work of aligning (``aligner``, an
:class:`AlignmentWorker`), and its widgets, chiefly the :class:`ReaderBody`. It holds the view state as
reactives, sets what they show on the widgets (attributes down) and handles the messages the widgets and the
aligner post (messages up). Its keys and their help are declared in :mod:`tui.bindings`.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.geometry import Size
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Input

from core.align import AlignSettings
from core.models import Alignment, Article
from tui.background import in_daemon_thread
from tui.bindings import NEEDS_ALIGNMENT, READER_BINDINGS
from tui.messages import AlignmentFailed, AlignmentReady
from tui.navigation import FILTERS, Position, elsewhere_item, step
from tui.render import neutralize
from tui.screens.reader_alignment import AlignmentWorker
from tui.screens.reader_state import ReaderState
from tui.search import SearchState
from tui.widgets.article_pane import ArticlePane
from tui.widgets.detail_strip import DetailStrip
from tui.widgets.minimap import Minimap
from tui.widgets.pair_view import PairView
from tui.widgets.reader_body import ReaderBody
from tui.widgets.reader_footer import ReaderFooter
from tui.widgets.search_bar import SearchBar
from tui.widgets.status_line import StatusFigures, StatusLine

if TYPE_CHECKING:
    from core.align import Nearest

DETAIL_ROOM = 36
"""From this many terminal rows, the detail strip repeats the current item's passages (else it keeps to its verdict,
reasons and nearest passage, and the panes keep the rows)."""

ONE_SIDED = ("left-only", "right-only")


def nearest_to(alignment: Alignment, index: int, settings: AlignSettings) -> Nearest | None:
    """:func:`core.align.nearest_passage`, imported on first use (it needs the aligner's similarity)."""
    from core.align import nearest_passage

    return nearest_passage(alignment, index, settings=settings)


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
    scroll_together: reactive[bool] = reactive(True, init=False)
    """Whether scrolling one pane brings the other's counterpart level with it."""

    def __init__(
        self,
        left: Article,
        right: Article,
        *,
        settings: AlignSettings | None = None,
        alignment: Alignment | None = None,
        can_go_back: bool = False,
    ) -> None:
        """Hold a pair for the reader.

        Args:
            left: The article shown on the left.
            right: The article shown on the right.
            settings: The aligner's settings (the defaults if ``None``).
            alignment: The pair's alignment if it is already computed; else the reader aligns the pair.
            can_go_back: Whether Escape returns to a pair list.
        """
        super().__init__()
        self.state = ReaderState(
            left, right, settings=settings or AlignSettings(), alignment=alignment, can_go_back=can_go_back
        )
        """The pair and its alignment."""
        self.search = SearchState()
        """The search: query, matches in reading order, and the match the reader is on."""
        self.aligner = AlignmentWorker(self)
        """Computes the alignment after the first frame, and the swapped one on ``s``."""
        self._terminal_size: Size | None = None
        self._nearest: dict[int, Nearest | None] = {}
        self._nearest_wanted: int | None = None
        self._nearest_busy = False

    @property
    def alignment(self) -> Alignment | None:
        """The alignment shown (``None`` until the pair has been aligned)."""
        return self.state.alignment

    @property
    def left_article(self) -> Article:
        """The article on the left."""
        return self.state.left

    @property
    def right_article(self) -> Article:
        """The article on the right."""
        return self.state.right

    def compose(self) -> ComposeResult:
        """Lay out the reader."""
        yield ReaderBody(id="switcher")
        yield DetailStrip(id="detail")
        yield StatusLine(id="status")
        yield SearchBar(placeholder="Search both articles (Enter finds, Escape closes)", id="search")
        yield ReaderFooter()

    def on_mount(self) -> None:
        """Show the alignment if it was given; else show the articles and align them after the first frame."""
        if self.state.alignment is not None:
            self.show_alignment(self.state.alignment)
            return
        self._body().show_articles(self.state.left, self.state.right)
        self.query_one(StatusLine).show_aligning()
        self.call_after_refresh(self.start_alignment)

    def on_unmount(self) -> None:
        """Stop aligning: nobody will read the result."""
        self.aligner.stop()

    # -- the alignment: computed after the first frame, then shown ------------------------------------------

    def start_alignment(self) -> None:
        """Align the pair unless it came aligned or is being aligned (the app calls this after its first frame)."""
        if self.state.alignment is not None:
            return
        alignment = self.aligner.start(self.state.left, self.state.right, settings=self.state.settings)
        if alignment is not None:
            self.show_alignment(alignment)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Disable the item, filter, search, swap and export keys until the alignment is on screen.

        Returns:
            ``None`` (shown dimmed in the footer, does nothing) while aligning, else ``True``.
        """
        if action in NEEDS_ALIGNMENT and self.state.alignment is None:
            return None
        return True

    @on(AlignmentReady)
    def _alignment_ready(self, message: AlignmentReady) -> None:
        if self.aligner.is_current(message.request):
            self.show_alignment(message.alignment, keep=message.keep)

    @on(AlignmentFailed)
    def _alignment_failed(self, message: AlignmentFailed) -> None:
        if not self.aligner.is_current(message.request):
            return
        if self.state.alignment is None:  # nothing to show: say so where the articles would be
            self._body().show_failure(message.error)
            self.query_one(StatusLine).show_note("not aligned")
        self.notify(neutralize(message.error), title="Cannot align", severity="error", timeout=10, markup=False)

    def show_alignment(self, alignment: Alignment, *, keep: Position | None = None) -> None:
        """Put ``alignment`` on screen; ``keep`` is a position from before a swap of sides to stay on.

        When the first alignment arrives after the reader has scrolled the articles, the current item is the
        one at the top of the focused pane, so the reader stays where they were reading.
        """
        body = self._body()
        reading = body.reading_position() if self.state.alignment is None else None
        self.state.accept(alignment)
        self._nearest = {}
        body.show_alignment(alignment, pair_view=self.pair_view)
        body.show_filter(alignment, self._navigable(), dim=self.filter_name != "all")
        if self.search.query:
            self._run_search(self.search.query, jump=False)
        index = self.state.landing(filter_name=self.filter_name, keep=keep, reading=reading)
        self.current = None
        self.current = index
        if not (self.focused and self.focused.id in ("left-pane", "right-pane", "pairs")):
            body.main_view().focus()
        self.refresh_bindings()

    # -- what the view state shows --------------------------------------------------------------------------

    def watch_current(self, index: int | None) -> None:
        """Highlight the current item everywhere and bring it into view."""
        alignment = self.state.alignment
        if alignment is None:
            return
        self._body().show_current(index)
        self._show_detail()
        self._update_status()

    def _show_detail(self) -> None:
        """Describe the current item in the detail strip; for a one-sided item, look for its nearest passage."""
        alignment, index = self.state.alignment, self.current
        strip = self.query_one(DetailStrip)
        if strip.has_class("collapsed"):
            return
        room = self.size.height >= DETAIL_ROOM
        nearest = self._nearest.get(index, False) if index is not None else False
        strip.show(alignment, index, nearest=nearest, room=room)
        one_sided = alignment is not None and index is not None and alignment.items[index].verdict in ONE_SIDED
        if one_sided and index is not None and index not in self._nearest:
            self._look_for_nearest(index)

    def _look_for_nearest(self, index: int) -> None:
        """Work out the nearest passage of one-sided item ``index`` in a daemon thread (one search at a time)."""
        self._nearest_wanted = index
        if not self._nearest_busy:
            self._nearest_busy = True
            self.run_worker(self._nearest_search(), name="nearest", group="nearest")

    async def _nearest_search(self) -> None:
        """Search for the wanted item's nearest passage, then for whichever item is wanted next."""
        try:
            while (alignment := self.state.alignment) is not None and (wanted := self._nearest_wanted) is not None:
                self._nearest_wanted = None
                if wanted in self._nearest:
                    continue
                job = partial(nearest_to, alignment, wanted, self.state.settings)
                found = await in_daemon_thread(job, name="storydiff-nearest")
                if alignment is not self.state.alignment:
                    return  # swapped meanwhile: the result is for the old sides
                self._nearest[wanted] = found
                if wanted == self.current:
                    self._show_detail()
        finally:
            self._nearest_busy = False

    def action_go_to_nearest(self) -> None:
        """Go to the nearest passage on the other side of the current one-sided item, or, from a linked item, to the
        passage where the other report says what a reason gives as one side's only."""
        alignment, index = self.state.alignment, self.current
        if alignment is not None and index is not None and alignment.items[index].verdict not in ONE_SIDED:
            where = elsewhere_item(alignment, index)
            if where is None:
                self.notify(
                    "Only a passage one report has, or evidence the other report gives elsewhere, has a place to go.",
                    timeout=3,
                )
            else:
                self.current = where
            return
        if alignment is None or index is None:
            return
        if index not in self._nearest:
            self._nearest[index] = nearest_to(alignment, index, self.state.settings)
        found = self._nearest[index]
        if found is None or found.item is None:
            self.notify("The other report has nothing like this passage.", timeout=3)
            return
        self.current = found.item

    def action_toggle_detail(self) -> None:
        """Collapse the detail strip (the panes take its rows), or bring it back."""
        strip = self.query_one(DetailStrip)
        strip.toggle_class("collapsed")
        if not strip.has_class("collapsed"):
            self._show_detail()

    def watch_filter_name(self, name: str) -> None:
        """Dim what the filter leaves out, and move onto an item it keeps (staying put when it keeps none)."""
        alignment = self.state.alignment
        if alignment is None:
            return
        navigable = self._navigable()
        self._body().show_filter(alignment, navigable, dim=name != "all")
        if navigable and self.current not in navigable:
            self.current = step(navigable, self.current, +1, wrap=True)
        self._update_status()
        self.notify(f"Filter: {name}" if navigable else f"Filter: {name} (no passage here)", timeout=2)

    def watch_pair_view(self, on: bool) -> None:
        """Switch between the two panes and the pair view."""
        if self.state.alignment is None:
            return
        self._body().show_view(on)
        self._show_current_again()

    def watch_show_clutter(self, show: bool) -> None:
        """Collapse or expand clutter in both panes."""
        self._body().show_clutter(show)
        if self.search.query:
            self._run_search(self.search.query, jump=False)
        self._show_current_again()

    # -- keys -----------------------------------------------------------------------------------------------

    def watch_scroll_together(self, on: bool) -> None:
        """Scroll the panes together, or each on its own."""
        self._body().scroll_together = on
        self.notify("Panes scroll together" if on else "Panes scroll on their own", timeout=2)

    def on_resize(self, event: events.Resize) -> None:
        """After the terminal changed size, keep the current item in view once the panes have been re-wrapped."""
        resized = self._terminal_size is not None and event.size != self._terminal_size
        self._terminal_size = event.size
        self.query_one(DetailStrip).styles.max_height = 12 if event.size.height >= DETAIL_ROOM else 5
        if resized:
            self.call_after_refresh(self._body().keep_in_view, self.current)

    def action_next_item(self) -> None:
        """Go to the next item the filter keeps, from where the reader is."""
        self._go(self._step_from_here(self._navigable(), +1))

    def action_previous_item(self) -> None:
        """Go to the previous item the filter keeps, from where the reader is."""
        self._go(self._step_from_here(self._navigable(), -1))

    def action_next_difference(self) -> None:
        """Go to the next differ or one-sided item, from where the reader is."""
        self._go(self._step_from_here(self.state.differences(), +1))

    def action_previous_difference(self) -> None:
        """Go to the previous differ or one-sided item, from where the reader is."""
        self._go(self._step_from_here(self.state.differences(), -1))

    def action_toggle_scroll_together(self) -> None:
        """Scroll the two panes together, or each on its own."""
        self.scroll_together = not self.scroll_together

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
        """Cycle all → differences → additions → agree → only left → only right."""
        if self.state.alignment is not None:
            self.filter_name = FILTERS[(FILTERS.index(self.filter_name) + 1) % len(FILTERS)]

    def action_toggle_view(self) -> None:
        """Toggle the pair view."""
        if self.state.alignment is not None:
            self.pair_view = not self.pair_view

    def action_toggle_clutter(self) -> None:
        """Show or hide clutter."""
        self.show_clutter = not self.show_clutter

    def action_swap(self) -> None:
        """Exchange the two articles, staying on the same passage."""
        if self.state.alignment is not None:
            self.aligner.swap(self.state.alignment, self.state.position_of(self.current))

    def action_back(self) -> None:
        """Clear the search, or go back to the pair list."""
        if self.search.query:
            self.search.clear()
            self._body().show_matches(self.search)
            self._update_status()
        elif self.state.can_go_back:
            self.app.pop_screen()

    def action_help(self) -> None:
        """Show the keys and the legend."""
        from tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen())

    def action_export(self) -> None:
        """Ask for a format and a path, then export through ``core.export.formats``."""
        from tui.screens.export import start_export

        if self.state.alignment is not None:
            start_export(self, self.state.alignment)

    async def action_quit(self) -> None:
        """Quit storydiff."""
        self.app.exit()

    # -- search: ``/`` opens the bar, Enter finds, ``n``/``N`` step through the matches -------------------------

    def action_search(self) -> None:
        """Open the search bar."""
        if self.state.alignment is not None:
            self.query_one(SearchBar).open()

    def action_next_match(self) -> None:
        """Go to the next search match."""
        self._step_match(+1)

    def action_previous_match(self) -> None:
        """Go to the previous search match."""
        self._step_match(-1)

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self.query_one(SearchBar).close()
        self._body().main_view().focus()
        self._run_search(event.value, jump=True)

    @on(SearchBar.Closed)
    def _search_closed(self) -> None:
        self._body().main_view().focus()

    def _run_search(self, query: str, *, jump: bool) -> None:
        """Search for ``query`` and show the matches; with ``jump``, go to the first one from here."""
        alignment = self.state.alignment
        if alignment is None:
            return
        self.search.run(alignment, query, include_clutter=self.show_clutter)
        self._body().show_matches(self.search)
        if jump and self.search.matches:
            self._show_match(self.search.first_from(self.current))
        elif jump:
            self._say_no_match()
        self._update_status()

    def _step_match(self, delta: int) -> None:
        index = self.search.step(delta)
        if index is not None:
            self._show_match(index)
        elif self.search.query:
            self._say_no_match()

    def _show_match(self, index: int) -> None:
        self.search.index = index
        match = self.search.matches[index]
        body = self._body()
        body.show_matches(self.search)
        if match.item is not None and match.item != self.current:
            self.current = match.item
        body.reveal_match(self.search)
        self._update_status()

    def _say_no_match(self) -> None:
        self.notify(self.search.summary().capitalize(), severity="warning", timeout=3, markup=False)

    # -- clicks ---------------------------------------------------------------------------------------------

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

    # -- helpers --------------------------------------------------------------------------------------------

    def _body(self) -> ReaderBody:
        return self.query_one(ReaderBody)

    def _navigable(self) -> list[int]:
        return self.state.navigable(self.filter_name)

    def _step_from_here(self, stops: list[int], delta: int) -> int | None:
        """The stop a key moves to: the next or previous one from the current item while it is in view; else,
        after the reader has scrolled away from it, the first (or, going back, the last) stop in view, or the
        nearest stop beyond the passage at the top of the view."""
        view = self._body().main_view()
        current = self.current
        if current is None or view.shows_in_view(current):
            return step(stops, current, delta)
        keep = set(stops)
        here = [item for item in view.items_in_view() if item in keep]
        if here:
            return here[0] if delta > 0 else here[-1]
        found = view.item_near(view.top_line, reach=view.scrollable_content_region.height)
        if found is None:
            return step(stops, current, delta)
        return step(stops, found[0] - 1 if delta > 0 else found[0], delta)

    def _go(self, index: int | None) -> None:
        if index is not None:
            self.current = index

    def _show_current_again(self) -> None:
        """Show the current item afresh (after the layout under it changed)."""
        current = self.current
        self.current = None
        self.current = current

    def _update_status(self) -> None:
        alignment = self.state.alignment
        if alignment is None:
            return
        figures = StatusFigures(
            alignment,
            self.current,
            self.filter_name,
            self._navigable(),
            self.state.differences(),
            self.search.summary(),
        )
        self.query_one(StatusLine).show(figures)
