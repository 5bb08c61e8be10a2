"""ReaderState: what the reader screen holds (the pair, its alignment, the view state) and the widgets showing it.

The reader is built in layers, each a module named for what it adds: this state, then the search
(:mod:`tui.screens.reader_search`), then the alignment's arrival (:mod:`tui.screens.reader_alignment`), then the
keys and the layout (:class:`tui.screens.main.ReaderScreen`).
"""

from __future__ import annotations

from textual.reactive import reactive
from textual.screen import Screen

from core.align.settings import AlignSettings
from core.models import Alignment, Article
from tui.navigation import differences, passes
from tui.search import SearchState
from tui.widgets.article_pane import ArticlePane
from tui.widgets.pair_view import PairView
from tui.widgets.reader_body import ReaderBody
from tui.widgets.status_line import StatusLine


class ReaderState(Screen[None]):
    """The reader's pair, alignment and view state, with the queries the reader's layers share."""

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
        """Hold a pair for the reader.

        Args:
            left: The article shown on the left.
            right: The article shown on the right.
            settings: The aligner's settings (the defaults if ``None``).
            alignment: The pair's alignment if it is already computed; else the reader aligns the pair.
            can_go_back: Whether Escape returns to a pair list.
        """
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

    def _body(self) -> ReaderBody:
        return self.query_one(ReaderBody)

    def _main_view(self) -> ArticlePane | PairView:
        return self._body().main_view()

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
