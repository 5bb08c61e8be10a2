"""ArticlePane: one article in its own order, drawn line by line (Textual's Line API), styled by verdict."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from core.models import VERDICTS, Alignment, Article, Role, Side, Verdict
from tui.layout import CLUTTER_ROLES, MARKER_SPACE, Line, PaneLayout, build_blocks, segment_verdicts, wrap_blocks
from tui.render import changed_spans
from tui.widgets.styles import component_style, under, verdict_styles

GUTTER = 2
"""Cells left of the text: a bar marks the lines of the current item."""

Spans = Mapping[int, Iterable[tuple[int, int]]]
"""Display spans per segment index: ``{segment index: [(start, end), ...]}`` in ``Segment.text`` offsets."""

VERDICT_STYLE_NAMES = frozenset(
    {"current", "agree", "differ", "left-only", "right-only"} | {f"marker-{verdict}" for verdict in VERDICTS}
)
"""Styles that come from the theme's verdict palette rather than the CSS."""

_ROLE_CLASS = {
    "title": "article-pane--title",
    "standfirst": "article-pane--standfirst",
    "byline": "article-pane--byline",
    "date": "article-pane--meta",
    "outlet": "article-pane--meta",
    "caption": "article-pane--clutter",
    "boilerplate": "article-pane--clutter",
}


class ArticlePane(ScrollView, can_focus=True, inherit_bindings=False):
    """A scrollable view of one article; renders only the visible lines."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
    ]
    """Scrolling keys (Home and End go to the first and last item, on the screen); item navigation belongs to
    the screen."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-pane--agree",
        "article-pane--differ",
        "article-pane--left-only",
        "article-pane--right-only",
        "article-pane--marker-agree",
        "article-pane--marker-differ",
        "article-pane--marker-left-only",
        "article-pane--marker-right-only",
        "article-pane--current",
        "article-pane--gutter",
        "article-pane--dimmed",
        "article-pane--title",
        "article-pane--standfirst",
        "article-pane--byline",
        "article-pane--meta",
        "article-pane--clutter",
        "article-pane--placeholder",
        "article-pane--change",
        "article-pane--match",
        "article-pane--match-current",
    }
    """Styles for verdicts, roles and highlights; set in ``app.tcss`` with theme variables."""

    @dataclass
    class Scrolled(Message):
        """The reader scrolled this pane (keys, wheel or scrollbar); the reader's own moves to an item are quiet."""

        pane: ArticlePane
        """The pane that scrolled."""

        @property
        def control(self) -> ArticlePane:
            """The pane that scrolled."""
            return self.pane

    @dataclass
    class SegmentClicked(Message):
        """A sentence was clicked."""

        pane: ArticlePane
        """The pane that was clicked."""
        item: int
        """Index of the clicked sentence's aligned item."""

        @property
        def control(self) -> ArticlePane:
            """The pane that was clicked."""
            return self.pane

    def __init__(self, side: Side, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.side: Side = side
        """Which article of the alignment this pane shows."""
        self.article: Article | None = None
        self._alignment: Alignment | None = None
        self._pending: frozenset[Role] = frozenset()
        self._item_of: dict[int, int] = {}
        self._verdict_of: dict[int, Verdict] = {}
        self._layout = PaneLayout()
        self._item_span: dict[int, tuple[int, int]] = {}
        self._item_end: dict[int, int] = {}
        self._line_item: list[int | None] = []
        self._quiet = False
        self._index_of: dict[str, int] = {}
        self._styles: dict[str, Style] = {}
        self._lines_cache: LRUCache[tuple[int, int | None, bool], Strip] = LRUCache(1024)
        self._shown_items: list[int] = []
        self._width = 0
        self._stale = True
        self.show_clutter = True
        """Whether captions and boilerplate are shown (else collapsed to placeholders)."""
        self.current: int | None = None
        """Index of the current aligned item (highlighted)."""
        self.visible_items: frozenset[int] | None = None
        """Items the filter keeps; others are dimmed. ``None`` keeps all."""
        self.changes: Spans = {}
        """Word-level changes of the current item."""
        self.matches: Spans = {}
        """Search matches."""
        self.gap_line: int | None = None
        """Where a one-sided current item of the other article would be here (marked in the gutter)."""
        self.current_match: tuple[int, int, int] | None = None
        """The search match the reader is on: (segment index, start, end)."""

    # -- data in ---------------------------------------------------------------------------------------------

    def set_article(self, article: Article, *, pending: frozenset[Role] = frozenset()) -> None:
        """Show ``article`` as read, before its alignment is known: no verdicts, nothing to select.

        Args:
            article: The article.
            pending: Roles whose segments will get a verdict marker: room is kept for it (see
                :func:`core.align.aligner.linked_roles`), so the text does not re-wrap when the verdicts arrive.
        """
        self._alignment = None
        self._pending = pending
        self.article = article
        self._index_of = {seg.id: i for i, seg in enumerate(article.segments)}
        self._item_of = {}
        self._verdict_of = {}
        self.current = None
        self.changes = {}
        self.gap_line = None
        self.relayout()

    def set_alignment(self, alignment: Alignment) -> None:
        """Show ``alignment``'s article on this pane's side."""
        self._alignment = alignment
        self._pending = frozenset()
        self.article = alignment.article(self.side)
        items, verdicts = segment_verdicts(alignment, self.side)
        index = {seg.id: i for i, seg in enumerate(self.article.segments)}
        self._index_of = index
        self._item_of = {index[sid]: item for sid, item in items.items() if sid in index}
        self._verdict_of = {index[sid]: v for sid, v in verdicts.items() if sid in index}
        self.relayout()

    def relayout(self) -> None:
        """Rebuild the wrapped lines (after new data or the clutter toggle).

        Before the pane has been given a size, wrapping waits for it: the first frame then draws lines
        wrapped at the pane's real width (see :meth:`render_lines`), never at a guess.
        """
        self._stale = True
        if self._lay_out():
            self.invalidate()

    def _lay_out(self) -> bool:
        """Wrap the article to the pane's width if it is stale or the width changed; whether it did.

        Does nothing while the pane has no width yet, so every query below answers from no lines until
        the first layout.
        """
        region_width = self.scrollable_content_region.width
        if self.article is None or region_width <= 0:
            return False
        width = max(10, region_width - GUTTER)
        if not self._stale and width == self._width:
            return False
        self._stale = False
        self._width = width
        verdicts = {self.article.segments[i].id: v for i, v in self._verdict_of.items()}
        blocks = build_blocks(self.article, verdicts, show_clutter=self.show_clutter, pending=self._pending)
        self._layout = wrap_blocks(blocks, width)
        spans: dict[int, tuple[int, int]] = {}
        ends: dict[int, int] = {}
        for segment, first in self._layout.first_line.items():
            item = self._item_of.get(segment)
            if item is not None:
                last = self._layout.last_line[segment]
                old = spans.get(item)
                spans[item] = (first, last) if old is None else (min(old[0], first), max(old[1], last))
                ends[item] = max(ends.get(item, segment), segment)
        self._item_span = spans
        self._item_end = ends
        self._shown_items = sorted(spans)
        self._line_item = [self._first_item_on(line) for line in self._layout.lines]
        self.virtual_size = Size(width + GUTTER, len(self._layout.lines))
        self._lines_cache.clear()
        return True

    def _first_item_on(self, line: Line) -> int | None:
        """The item of the first sentence shown on ``line`` that belongs to one (``None`` if none does)."""
        if line.block < 0:
            return None
        runs = self._layout.blocks[line.block].runs
        for run in line.runs:
            item = self._item_of.get(runs[run].segment)
            if item is not None:
                return item
        return None

    def render_lines(self, crop: Region) -> list[Strip]:
        """Draw the visible rows, wrapping first if the width changed.

        Textual sizes a widget and draws it in the same pass, before the widget hears of its new size; so
        the layout is brought up to date here, and a first frame or a resize never shows lines wrapped for
        another width.
        """
        self._lay_out()
        return super().render_lines(crop)

    def on_resize(self, event: events.Resize) -> None:
        """Re-wrap when the width changes (if a frame has not done it already)."""
        if self._lay_out():
            self.invalidate()

    def show_current(self, item: int | None) -> None:
        """Highlight ``item`` (and its word-level changes on this side)."""
        self.current = item
        changes: dict[int, list[tuple[int, int]]] = {}
        if item is not None and self._alignment is not None and self.article is not None:
            for segment_id, start, end in changed_spans(self.article, self._alignment.items[item], self.side):
                index = self._index_of.get(segment_id)
                if index is not None:
                    changes.setdefault(index, []).append((start, end))
        self.changes = changes
        self.gap_line = None
        if item is not None and item not in self._item_span:
            self.gap_line = self.gap_line_of(item)
        self.refresh()

    # -- geometry queried by the screen ----------------------------------------------------------------------

    @property
    def line_count(self) -> int:
        """Number of display lines (0 until the pane has a width)."""
        self._lay_out()
        return len(self._layout.lines)

    def segment_line(self, segment: int) -> int | None:
        """First display line of a segment (``None`` when hidden)."""
        self._lay_out()
        return self._layout.first_line.get(segment)

    def item_lines(self, item: int) -> tuple[int, int] | None:
        """First and last display line of an item on this side (``None`` if none is shown here)."""
        self._lay_out()
        return self._item_span.get(item)

    def anchor_line(self, item: int) -> int:
        """The line where ``item`` is, or would be (after the nearest earlier item shown here)."""
        self._lay_out()
        span = self._item_span.get(item)
        if span is not None:
            return span[0]
        position = bisect_left(self._shown_items, item) - 1
        if position >= 0:
            return self._item_span[self._shown_items[position]][1] + 1
        return 0

    def gap_line_of(self, item: int) -> int:
        """The line to mark for an item not shown here: where its passage would go, between two sentences.

        That is after the last sentence of the nearest earlier item shown here: on the blank line between two
        paragraphs when the next sentence starts a new one, else on the line where the next sentence starts
        (which is where the earlier one ends), so the mark never points into the middle of a sentence.
        """
        self._lay_out()
        position = bisect_left(self._shown_items, item) - 1
        if position < 0:
            return 0
        last = self._item_end[self._shown_items[position]]
        line = self._layout.last_line.get(last, 0)
        following = self._layout.first_line.get(last + 1)
        if following is None or following > line + 1:
            return min(line + 1, max(0, len(self._layout.lines) - 1))
        return following

    def scroll_line_to_row(self, line: int, row: int) -> None:
        """Scroll so that display ``line`` sits ``row`` lines below the top of the view (quietly: no Scrolled)."""
        self.scroll_quietly(max(0, line - row))

    def scroll_quietly(self, top: int) -> None:
        """Put display line ``top`` at the top of the view at once, without posting :class:`Scrolled`."""
        self._quiet = True
        try:
            self.scroll_to(y=top, animate=False, immediate=True)
        finally:
            self._quiet = False

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """Redraw, and tell the screen when the reader (not the screen itself) scrolled."""
        super().watch_scroll_y(old_value, new_value)
        if not self._quiet and round(old_value) != round(new_value):
            self.post_message(self.Scrolled(self))

    def on_focus(self) -> None:
        """Mark this pane's column (its header) as the focused one."""
        if self.parent is not None:
            self.parent.add_class("-focused")

    def on_blur(self) -> None:
        """Take the focus mark off this pane's column."""
        if self.parent is not None:
            self.parent.remove_class("-focused")

    def action_page_down(self) -> None:
        """Scroll down a page, at once."""
        self.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        """Scroll up a page, at once."""
        self.scroll_page_up(animate=False)

    @property
    def top_line(self) -> int:
        """The display line at the top of the view."""
        return round(self.scroll_offset.y)

    def item_near(self, line: int, *, reach: int = 3) -> tuple[int, int] | None:
        """The first item shown on ``line`` or up to ``reach`` lines below it, and the line where it was found."""
        self._lay_out()
        for index in range(max(0, line), min(len(self._line_item), line + reach + 1)):
            item = self._line_item[index]
            if item is not None:
                return item, index
        return None

    def items_in_view(self) -> list[int]:
        """The items shown in the view, top to bottom, each once (by the first line of it in view)."""
        self._lay_out()
        top = self.top_line
        seen: dict[int, None] = {}
        for index in range(top, min(len(self._line_item), top + self.scrollable_content_region.height)):
            line = self._layout.lines[index]
            if line.block < 0:
                continue
            runs = self._layout.blocks[line.block].runs
            for run in line.runs:
                item = self._item_of.get(runs[run].segment)
                if item is not None:
                    seen.setdefault(item)
        return list(seen)

    def shows_in_view(self, item: int) -> bool:
        """Whether part of ``item`` (or, for an item not shown here, its gap mark) is in the view."""
        self._lay_out()
        span = self._item_span.get(item)
        first, last = span if span is not None else (self.gap_line_of(item),) * 2
        top = self.top_line
        return first < top + self.scrollable_content_region.height and last >= top

    def row_of_line(self, line: int) -> int | None:
        """The view row of ``line``, or ``None`` when it is scrolled out of view."""
        row = line - round(self.scroll_offset.y)
        return row if 0 <= row < self.scrollable_content_region.height else None

    def top_segment(self) -> int | None:
        """Index of the segment on the top row of the view (or the first one below it), if any is laid out."""
        self._lay_out()
        lines = self._layout.lines
        for index in range(max(0, round(self.scroll_offset.y)), len(lines)):
            line = lines[index]
            if line.block >= 0 and line.runs:
                return self._layout.blocks[line.block].runs[line.runs[0]].segment
        return None

    def segment_index(self, segment_id: str) -> int | None:
        """Index of a segment of this pane's article."""
        return self._index_of.get(segment_id)

    # -- drawing -------------------------------------------------------------------------------------------

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self._resolve_style(name)
        return style

    def _resolve_style(self, name: str) -> Style:
        """A verdict's or the current item's colours from the theme's verdict palette; the rest from the CSS."""
        if name in VERDICT_STYLE_NAMES:
            verdicts = verdict_styles(self.app)
            if name in verdicts.passage:
                return verdicts.passage[name]
            return verdicts.symbol[name.removeprefix("marker-")]
        return component_style(self, f"article-pane--{name}")

    def notify_style_update(self) -> None:
        """Forget cached styles and lines when the theme or CSS changes."""
        super().notify_style_update()
        self._styles.clear()
        self.invalidate()

    def invalidate(self) -> None:
        """Forget drawn lines (after a change of search matches, filter, layout or styles)."""
        self._lines_cache.clear()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        """Draw one visible row (lines are cached until what they show changes)."""
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        index = scroll_y + y
        if self.article is None or index >= len(self._layout.lines):
            return Strip.blank(width, self.rich_style)
        line = self._layout.lines[index]
        is_current = self.current is not None and any(
            self._item_of.get(self._layout.blocks[line.block].runs[r].segment) == self.current for r in line.runs
        )
        key = (index, self.current if is_current else None, index == self.gap_line)
        strip = self._lines_cache.get(key)
        if strip is None:
            base = self._base_style()
            text = under(self._line_text(line), base)
            mark = "▌ " if is_current else "▸ " if index == self.gap_line else "  "
            gutter = under(Text(mark, end=""), base + self._style("gutter"))
            strip = Strip([*gutter.render(self.app.console), *text.render(self.app.console)]).simplify()
            self._lines_cache[key] = strip
        return strip.crop_extend(scroll_x, scroll_x + width, self._base_style())

    def _base_style(self) -> Style:
        style = self._styles.get("")
        if style is None:
            style = self._styles[""] = self.rich_style
        return style

    def _line_text(self, line: Line) -> Text:
        assert self.article is not None
        if line.block < 0:
            return Text("", end="")
        block = self._layout.blocks[line.block]
        text = Text(block.text[line.start : line.end].replace(MARKER_SPACE, " "), end="")
        if block.hidden:
            text.stylize(self._style("placeholder"))
            return text
        for run_index in line.runs:
            run = block.runs[run_index]
            seg_index = run.segment
            segment = self.article.segments[seg_index]
            item = self._item_of.get(seg_index)
            verdict = self._verdict_of.get(seg_index)
            styles: list[Style] = []
            if segment.role in _ROLE_CLASS:
                styles.append(self._style(_ROLE_CLASS[segment.role].removeprefix("article-pane--")))
            if verdict is not None:
                styles.append(self._style(verdict))
            if item is not None and item == self.current:
                styles.append(self._style("current"))
            elif (self.visible_items is not None and item not in self.visible_items) or segment.role in CLUTTER_ROLES:
                styles.append(self._style("dimmed"))
            style = Style.combine(styles) if styles else Style()
            self._stylize(text, line.start, run.start, run.end, style)
            if verdict is not None and run.marker < run.start:
                marker = self._style(f"marker-{verdict}")
                self._stylize(text, line.start, run.marker, run.start - 1, marker)
            if item == self.current:
                for start, end in self.changes.get(seg_index, ()):
                    self._stylize(text, line.start, run.start + start, run.start + end, self._style("change"))
            for start, end in self.matches.get(seg_index, ()):
                name = "match-current" if self.current_match == (seg_index, start, end) else "match"
                self._stylize(text, line.start, run.start + start, run.start + end, self._style(name))
        return text

    @staticmethod
    def _stylize(text: Text, origin: int, start: int, end: int, style: Style) -> None:
        lo, hi = max(0, start - origin), min(len(text), end - origin)
        if lo < hi:
            text.stylize(style, lo, hi)

    # -- mouse -----------------------------------------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        """Select the item of the clicked sentence."""
        offset = event.get_content_offset(self)
        if offset is None or self.article is None:
            return
        index = offset.y + round(self.scroll_offset.y)
        if not 0 <= index < len(self._layout.lines):
            return
        line = self._layout.lines[index]
        if line.block < 0 or not line.runs:
            return
        block = self._layout.blocks[line.block]
        target = offset.x + round(self.scroll_offset.x) - GUTTER
        position, cells = line.start, 0
        while position < line.end and cells + cell_len(block.text[position]) <= target:
            cells += cell_len(block.text[position])
            position += 1
        chosen = line.runs[0]
        for run_index in line.runs:
            if block.runs[run_index].marker <= position:
                chosen = run_index
        item = self._item_of.get(block.runs[chosen].segment)
        if item is not None:
            self.post_message(self.SegmentClicked(self, item))
