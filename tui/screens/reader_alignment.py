"""ReaderAlignment: how the reader gets its alignment, and what it does when the alignment arrives.

The first frame shows both articles as read, with "aligning…" in the status line; only then does the aligner
run (and import numpy and rapidfuzz): a small pair on the event loop, a big one in a worker thread. The
verdicts, markers and figures arrive with its result. Until then the keys that need an alignment are disabled
(dimmed in the footer) and do nothing.
"""

from __future__ import annotations

from textual import on, work

from core.align.settings import AlignSettings
from core.errors import StorydiffError
from core.models import Alignment, Article, Side
from tui.bindings import NEEDS_ALIGNMENT
from tui.layout import segment_verdicts
from tui.messages import AlignmentFailed, AlignmentReady
from tui.render import neutralize
from tui.screens.reader_search import ReaderSearch
from tui.widgets.article_pane import ArticlePane
from tui.widgets.status_line import StatusLine

SYNC_ALIGN_LIMIT = 200
"""Up to this many segments (both articles together), the pair is aligned on the event loop just after the
first frame; above it, in a worker thread."""


def align(left: Article, right: Article, *, settings: AlignSettings | None = None) -> Alignment:
    """:func:`core.align.aligner.align`, imported on first use: numpy and rapidfuzz load after the first frame."""
    from core.align.aligner import align as align_articles

    return align_articles(left, right, settings=settings)


def swap_sides(alignment: Alignment) -> Alignment:
    """:func:`core.align.aligner.swap_sides`, imported on first use."""
    from core.align.aligner import swap_sides as swap

    return swap(alignment)


class ReaderAlignment(ReaderSearch):
    """The searchable reader, aligning its pair once it is on screen and showing each alignment that arrives."""

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

    def _reading_position(self) -> tuple[Side, list[str]] | None:
        """If the reader has scrolled the focused pane: its side and the ids of its segments from the top row on."""
        view = self._main_view()
        if not isinstance(view, ArticlePane) or view.article is None or view.scroll_offset.y < 1:
            return None
        top = view.top_segment()
        if top is None:
            return None
        return view.side, [segment.id for segment in view.article.segments[top:]]
