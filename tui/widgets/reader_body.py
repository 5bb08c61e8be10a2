"""ReaderBody: the reader's main area: two panes with the overview strip, the pair view, or an error.

The screen holds the view state and sets it here (attributes down); this widget passes each piece on to the
panes, the overview strip and the pair view, and keeps a current pair side by side.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import ContentSwitcher, Static

from core.align import linked_roles
from core.models import Alignment, Article, Side
from tui.navigation import bring_into_view, counterpart_top
from tui.render import neutralize, side_name, side_names
from tui.search import SearchState
from tui.widgets.article_pane import ArticlePane
from tui.widgets.minimap import Minimap
from tui.widgets.pair_view import PairView
from tui.widgets.pane_header import PaneHeader


class ReaderBody(ContentSwitcher):
    """Switches between ``panes``, ``pairs-view`` and ``failed``."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(initial="panes", id=id)
        self.scroll_together = True
        """Whether scrolling one pane brings the other's counterpart level with it."""

    def compose(self) -> ComposeResult:
        """Every view; only one is shown at a time."""
        yield Static(id="failed")
        with Horizontal(id="panes"):
            with Vertical(id="left-column", classes="column"):
                yield PaneHeader(id="left-header", classes="pane-header")
                yield ArticlePane("left", id="left-pane")
            yield Minimap(id="minimap")
            with Vertical(id="right-column", classes="column"):
                yield PaneHeader(id="right-header", classes="pane-header")
                yield ArticlePane("right", id="right-pane")
        with Vertical(id="pairs-view"):
            with Horizontal(id="pairs-header"):
                yield PaneHeader(id="pairs-left-header", classes="pairs-header")
                yield Static(" ", id="pairs-gap")
                yield PaneHeader(id="pairs-right-header", classes="pairs-header")
            yield PairView(id="pairs")

    @property
    def panes(self) -> tuple[ArticlePane, ArticlePane]:
        """The left and right article panes."""
        return self.query_one("#left-pane", ArticlePane), self.query_one("#right-pane", ArticlePane)

    def keep_in_view(self, index: int | None) -> None:
        """Bring item ``index`` back into view (after the panes were re-wrapped for a new size)."""
        if index is not None:
            self.show_current(index)

    def main_view(self) -> ArticlePane | PairView:
        """The widget that should hold the focus: the pair view, or the focused (else left) pane."""
        if self.current == "pairs-view":
            return self.query_one(PairView)
        left, right = self.panes
        return right if self.screen.focused is right else left

    def reading_position(self) -> tuple[Side, list[str]] | None:
        """If the reader has scrolled the focused pane: its side and the ids of its segments from the top row on."""
        view = self.main_view()
        if not isinstance(view, ArticlePane) or view.article is None or view.scroll_offset.y < 1:
            return None
        top = view.top_segment()
        if top is None:
            return None
        return view.side, [segment.id for segment in view.article.segments[top:]]

    def show_articles(self, left: Article, right: Article) -> None:
        """Show both articles as read, while they are being aligned: text and headers, no verdicts yet."""
        self.current = "panes"
        pending = linked_roles(left, right)
        for pane, article in zip(self.panes, (left, right), strict=True):
            pane.set_article(article, pending=pending)
        self.query_one("#left-header", PaneHeader).show(left, side_name(left, "left"))
        self.query_one("#right-header", PaneHeader).show(right, side_name(right, "right"))

    def show_alignment(self, alignment: Alignment, *, pair_view: bool) -> None:
        """Put a new alignment in the panes, headers and overview (then :meth:`show_filter` fills the pair view)."""
        self.current = "pairs-view" if pair_view else "panes"
        for pane in self.panes:
            pane.set_alignment(alignment)
        left_name, right_name = side_names(alignment)
        self.query_one("#left-header", PaneHeader).show(alignment.left, left_name)
        self.query_one("#right-header", PaneHeader).show(alignment.right, right_name)
        self.query_one("#pairs-left-header", PaneHeader).show(alignment.left, left_name)
        self.query_one("#pairs-right-header", PaneHeader).show(alignment.right, right_name)
        self.query_one(Minimap).set_alignment(alignment)

    @on(ArticlePane.Scrolled)
    def _pane_scrolled(self, message: ArticlePane.Scrolled) -> None:
        """Bring the other pane's counterpart of the passage at the top level with it (when scrolling together)."""
        if not self.scroll_together or self.current != "panes":
            return
        left, right = self.panes
        other = right if message.pane is left else left
        top = counterpart_top(message.pane, other)
        if top is not None:
            other.scroll_quietly(top)

    def show_failure(self, error: str) -> None:
        """Show a one-line error where the articles would be."""
        self.query_one("#failed", Static).update(Text(f"storydiff: cannot align: {neutralize(error)}"))
        self.current = "failed"

    def show_view(self, pair_view: bool) -> None:
        """Show the pair view or the two panes, and focus it."""
        self.current = "pairs-view" if pair_view else "panes"
        self.main_view().focus()

    def show_current(self, index: int | None) -> None:
        """Highlight item ``index`` everywhere and bring it into view (side by side in the two panes)."""
        for pane in self.panes:
            pane.show_current(index)
        minimap = self.query_one(Minimap)
        minimap.current = index
        minimap.refresh()
        pairs = self.query_one(PairView)
        pairs.current = index
        pairs.refresh()
        if index is None:
            return
        if self.current == "pairs-view":
            pairs.scroll_to_item(index)
        else:
            left, right = self.panes
            focused = right if self.screen.focused is right else left
            bring_into_view(focused, left if focused is right else right, index)

    def show_filter(self, alignment: Alignment, items: list[int], *, dim: bool) -> None:
        """Dim the items a filter leaves out (when ``dim``) and keep only ``items`` in the pair view."""
        keep = frozenset(items) if dim else None
        for pane in self.panes:
            pane.visible_items = keep
            pane.invalidate()
        self.query_one(PairView).set_items(alignment, items)

    def show_clutter(self, show: bool) -> None:
        """Show clutter, or collapse it behind placeholders."""
        for pane in self.panes:
            pane.show_clutter = show
            pane.relayout()

    def show_matches(self, search: SearchState) -> None:
        """Highlight the search matches, the current one most."""
        current = search.current
        for pane in self.panes:
            pane.matches = search.spans(pane.side)
            pane.current_match = None
            if current is not None and current.side == pane.side:
                pane.current_match = (current.segment, current.start, current.end)
            pane.invalidate()

    def reveal_match(self, search: SearchState) -> None:
        """Scroll the current match's pane so the match is in view (a third of the way down if it moves)."""
        match = search.current
        if match is None or self.current != "panes":
            return
        pane = self.query_one(f"#{match.side}-pane", ArticlePane)
        line = pane.segment_line(match.segment)
        if line is not None and pane.row_of_line(line) is None:
            pane.scroll_line_to_row(line, pane.scrollable_content_region.height // 3)
