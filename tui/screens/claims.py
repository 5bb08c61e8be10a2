"""ComparisonScreen: the claim view of three or more reports of one event.

A claim list (one row per claim group, in the order of an outlet the reader picks, a column per outlet with its
verdict symbol) over the text of the current claim, outlet by outlet. Keys step through the claims, through the
claims one outlet leaves out, reorder the list, and open any two outlets in the pair reader. The comparison is
computed after the first frame, in a worker thread (:mod:`tui.comparison_worker`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Static

from core.align import AlignSettings
from core.claims import Comparison, outlet_names
from core.models import Article
from tui.claim_keys import CLAIM_BINDINGS, CLAIM_KEYS, NEEDS_COMPARISON
from tui.claim_layout import left_out_by, status_text
from tui.comparison_worker import ComparisonFailed, ComparisonProgress, ComparisonReady, ComparisonWorker
from tui.navigation import step
from tui.render import neutralize
from tui.widgets.claim_detail import ClaimDetail
from tui.widgets.claim_list import ClaimList


class ComparisonScreen(Screen[None]):
    """The claim view: renders a Comparison, computed once the outlets are on screen."""

    BINDINGS: ClassVar[list[BindingType]] = list(CLAIM_BINDINGS)
    """The claim view's keys (see :mod:`tui.claim_keys`)."""
    PALETTE_KEYS = CLAIM_KEYS
    """The keys the command palette offers as commands (those marked ``in_palette``)."""

    current: reactive[int | None] = reactive(None, init=False, repaint=False)
    """Index (into the comparison's groups) of the current claim."""
    by: reactive[int] = reactive(0, init=False, repaint=False)
    """Index of the outlet whose order the claims follow."""
    watched: reactive[int] = reactive(0, init=False, repaint=False)
    """Index of the outlet whose left-out claims ``]`` and ``[`` step through."""

    def __init__(
        self,
        articles: Sequence[Article],
        *,
        settings: AlignSettings | None = None,
        comparison: Comparison | None = None,
        can_go_back: bool = False,
    ) -> None:
        """Hold the reports of one event.

        Args:
            articles: The reports, in the order the outlets are listed.
            settings: The aligner's settings (the defaults if ``None``).
            comparison: Their comparison if it is already computed; else the screen computes it.
            can_go_back: Whether Escape returns to an event list.
        """
        super().__init__()
        self.articles = tuple(articles)
        """The reports."""
        self.settings = settings or AlignSettings()
        """The aligner's settings."""
        self.comparison = comparison
        """The comparison shown (``None`` until computed)."""
        self.can_go_back = can_go_back
        """Whether Escape returns to an event list."""
        self.order: tuple[int, ...] = ()
        """The groups' indices in the order of outlet ``by``."""
        self.left_out: dict[int, list[tuple[int, int, int]]] = {}
        """The pairwise links the groups could not keep, by group."""
        self.worker = ComparisonWorker(self)
        """Computes the comparison after the first frame."""
        self.names = tuple(neutralize(name) for name in outlet_names(self.articles))
        """The outlets' display names."""
        self.set_reactive(ComparisonScreen.watched, 1 if len(self.articles) > 1 else 0)

    def compose(self) -> ComposeResult:
        """The claim list over the claim's text, a status line and the footer."""
        yield ClaimList(id="claim-list")
        yield ClaimDetail(id="claim-detail")
        yield Static(id="claim-status")
        yield Footer()

    def on_mount(self) -> None:
        """Show the comparison if it was given; else say it is being computed and start it after the first frame."""
        if self.comparison is not None:
            self.show_comparison(self.comparison)
            return
        self._status(Text(f"comparing {len(self.articles)} reports: " + ", ".join(self.names) + "…", style="italic"))
        self.call_after_refresh(self.start_comparison)

    @property
    def busy(self) -> bool:
        """Whether the comparison is still being computed (for tests and screenshots to wait on)."""
        return self.comparison is None

    def start_comparison(self) -> None:
        """Compute the comparison in a worker thread, unless it is on screen or under way."""
        if self.comparison is None:
            self.worker.start(self.articles, self.settings)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Dim the keys that need the comparison until it is on screen."""
        if action in NEEDS_COMPARISON and self.comparison is None:
            return None
        return True

    @on(ComparisonProgress)
    def _progress(self, message: ComparisonProgress) -> None:
        if self.comparison is None:
            self._status(Text(f"aligning the reports two by two: {message.done} of {message.total}…", style="italic"))

    @on(ComparisonReady)
    def _ready(self, message: ComparisonReady) -> None:
        self.show_comparison(message.comparison)

    @on(ComparisonFailed)
    def _failed(self, message: ComparisonFailed) -> None:
        self._status(Text("not compared", style="italic"))
        self.notify(neutralize(message.error), title="Cannot compare", severity="error", timeout=10, markup=False)

    def show_comparison(self, comparison: Comparison) -> None:
        """Put ``comparison`` on screen, on its first claim."""
        from core.align import left_out_links

        self.comparison = comparison
        self.left_out = left_out_links(comparison)
        self._reorder()
        self.current = None
        self.current = self.order[0] if self.order else None
        self.query_one(ClaimList).focus()
        self.refresh_bindings()

    # -- what the view state shows ----------------------------------------------------------------------------

    def watch_current(self, index: int | None) -> None:
        """Highlight the current claim, bring it into view and show its text."""
        if self.comparison is None:
            return
        claims = self.query_one(ClaimList)
        claims.set_current(index)
        row = None if index is None else claims.row_of(index)
        number_of = {group: position for position, group in enumerate(self.order)}
        self.query_one(ClaimDetail).show(
            self.comparison,
            index,
            number=(row or 0) + 1,
            left_out=self.left_out.get(index, []) if index is not None else [],
            number_of=number_of,
        )
        self._update_status()

    def watch_by(self, by: int) -> None:
        """Reorder the claims as outlet ``by`` reports them, staying on the same claim."""
        if self.comparison is not None:
            self._reorder()
            current = self.current
            self.current = None
            self.current = current

    def watch_watched(self, watched: int) -> None:
        """Mark the outlet whose left-out claims ``]`` and ``[`` step through."""
        if self.comparison is not None:
            self._show_list()
            self._update_status()

    # -- keys ---------------------------------------------------------------------------------------------------

    def action_next_claim(self) -> None:
        """Go to the next claim."""
        self._go_row(+1)

    def action_previous_claim(self) -> None:
        """Go to the previous claim."""
        self._go_row(-1)

    def action_first_claim(self) -> None:
        """Go to the first claim."""
        if self.order:
            self.current = self.order[0]

    def action_last_claim(self) -> None:
        """Go to the last claim."""
        if self.order:
            self.current = self.order[-1]

    def action_next_left_out(self) -> None:
        """Go to the next claim the chosen outlet leaves out."""
        self._go_left_out(+1)

    def action_previous_left_out(self) -> None:
        """Go to the previous claim the chosen outlet leaves out."""
        self._go_left_out(-1)

    def action_next_outlet(self) -> None:
        """Choose the next outlet for ``]`` and ``[``."""
        if self.comparison is not None:
            self.watched = (self.watched + 1) % len(self.articles)
            count = len(left_out_by(self.comparison, self.order, self.watched))
            self.notify(f"] and [ step through the {count} claims {self.names[self.watched]} leaves out", timeout=3)

    def action_next_order(self) -> None:
        """Order the claims as the next outlet reports them."""
        if self.comparison is not None:
            self.by = (self.by + 1) % len(self.articles)
            self.notify(f"Claims in the order of {self.names[self.by]}", timeout=2)

    def action_open_pair(self) -> None:
        """Choose two outlets and open them side by side in the pair reader."""
        from tui.screens.claim_dialogs import PairChoiceScreen, open_pair

        comparison = self.comparison
        if comparison is None:
            return
        other = self.watched if self.watched != self.by else (self.by + 1) % len(self.articles)

        def chosen(pair: tuple[int, int] | None) -> None:
            if pair is not None:
                open_pair(self, comparison, pair, self.current, settings=self.settings)

        self.app.push_screen(PairChoiceScreen(comparison, first=self.by, second=other), chosen)

    def action_figures(self) -> None:
        """Show the figures: claims per outlet and the shares in common."""
        from tui.screens.claim_dialogs import FiguresScreen

        if self.comparison is not None:
            self.app.push_screen(FiguresScreen(self.comparison))

    def action_export(self) -> None:
        """Ask for a format and a path, then export the comparison."""
        from tui.screens.claim_dialogs import start_comparison_export

        if self.comparison is not None:
            start_comparison_export(self, self.comparison)

    def action_back(self) -> None:
        """Go back to the event list."""
        if self.can_go_back:
            self.app.pop_screen()

    def action_help(self) -> None:
        """Show the keys and the legend."""
        from tui.screens.claim_dialogs import ClaimHelpScreen

        self.app.push_screen(ClaimHelpScreen())

    async def action_quit(self) -> None:
        """Quit storydiff."""
        self.app.exit()

    @on(ClaimList.RowClicked)
    def _row_clicked(self, message: ClaimList.RowClicked) -> None:
        self.current = message.group

    # -- helpers ------------------------------------------------------------------------------------------------

    def _reorder(self) -> None:
        from core.align import claim_order

        assert self.comparison is not None
        self.order = claim_order(self.comparison.groups, self.comparison.articles, self.by)
        self._show_list()

    def _show_list(self) -> None:
        assert self.comparison is not None
        self.query_one(ClaimList).show(self.comparison, self.order, by=self.by, watched=self.watched)

    def _row(self) -> int | None:
        if self.current is None:
            return None
        return self.query_one(ClaimList).row_of(self.current)

    def _go_row(self, delta: int) -> None:
        if not self.order:
            return
        row = step(list(range(len(self.order))), self._row(), delta)
        if row is not None:
            self.current = self.order[row]

    def _go_left_out(self, delta: int) -> None:
        if self.comparison is None:
            return
        rows = left_out_by(self.comparison, self.order, self.watched)
        if not rows:
            self.notify(f"{self.names[self.watched]} carries every claim", timeout=3)
            return
        row = step(rows, self._row(), delta)
        if row is not None:
            self.current = self.order[row]

    def _status(self, text: Text) -> None:
        self.query_one("#claim-status", Static).update(text, layout=False)

    def _update_status(self) -> None:
        comparison = self.comparison
        if comparison is None:
            return
        self._status(status_text(comparison, self.order, self._row(), by=self.by, watched=self.watched))
