"""Moving through aligned items: filters, stepping, and keeping a pair side by side in two panes."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.models import AlignedItem, Alignment, Side

if TYPE_CHECKING:
    from tui.widgets.article_pane import ArticlePane

Position = tuple[Side, str]
"""A place in the pair: a side and the id of one of its segments."""

FILTERS: tuple[str, ...] = ("all", "differences", "additions", "agree", "only left", "only right")
"""The reader's filters, in the order ``f`` cycles through them."""


def passes(item: AlignedItem, filter_name: str) -> bool:
    """Whether ``item`` is kept by the filter called ``filter_name``."""
    if filter_name == "differences":
        return item.is_difference
    if filter_name == "additions":
        return item.adds_details
    if filter_name == "agree":
        return item.verdict == "agree"
    if filter_name == "only left":
        return item.verdict == "left-only"
    if filter_name == "only right":
        return item.verdict == "right-only"
    return True


def differences(alignment: Alignment) -> list[int]:
    """Indices of the items ``]`` and ``[`` stop at (differ or one-sided), in order."""
    return [i for i, item in enumerate(alignment.items) if item.is_difference]


def elsewhere_item(alignment: Alignment, index: int) -> int | None:
    """The first item that holds evidence a reason of item ``index`` gives as one side's only and the other report
    says in another passage (:attr:`core.models.Reason.left_elsewhere`), else ``None``."""
    for reason in alignment.items[index].reasons:
        places: tuple[tuple[Side, tuple[str, ...]], ...] = (
            ("right", reason.left_elsewhere),
            ("left", reason.right_elsewhere),
        )
        for side, found in places:
            for segment_id in found:
                where = alignment.item_of(side, segment_id) if segment_id else None
                if where is not None:
                    return where
    return None


def step(stops: Sequence[int], current: int | None, delta: int, *, wrap: bool = False) -> int | None:
    """The next (``delta`` > 0) or previous stop from ``current``.

    Args:
        stops: Sorted item indices one may stop at.
        current: Where the reader is (need not be a stop), or ``None`` for before the first item.
        delta: +1 forwards, -1 backwards.
        wrap: Whether to wrap around the ends instead of staying put.

    Returns:
        The stop to go to; ``current`` when there is none in that direction (and no wrapping), ``None`` when
        ``stops`` is empty.
    """
    if not stops:
        return None
    if current is None:
        return stops[0] if delta > 0 else stops[-1]
    if delta > 0:
        position = bisect_right(stops, current)
        if position < len(stops):
            return stops[position]
        return stops[0] if wrap else current
    position = bisect_left(stops, current) - 1
    if position >= 0:
        return stops[position]
    return stops[-1] if wrap else current


def counterpart_top(scrolled: ArticlePane, other: ArticlePane) -> int | None:
    """Where ``other`` should start so the counterpart of the passage at the top of ``scrolled`` is level with it.

    The passage is the item shown at (or just below) the top row of ``scrolled``. When part of it is already
    scrolled out above, ``other`` keeps the same share of its own side above, so long passages slide past each
    other evenly, as Meld and vimdiff's ``scrollbind`` do.

    Returns:
        The display line of ``other`` to put at its top row; ``None`` when the passage has no counterpart in
        ``other`` (a one-sided stretch: the other pane rests where it is).
    """
    top = scrolled.top_line
    found = scrolled.item_near(top)
    if found is None:
        return None
    item, line = found
    theirs = other.item_lines(item)
    mine = scrolled.item_lines(item)
    if theirs is None or mine is None:
        return None
    if line == top and mine[0] < top:
        into = top - mine[0]
        mine_tall, their_tall = mine[1] - mine[0] + 1, theirs[1] - theirs[0] + 1
        return theirs[0] + min(their_tall - 1, round(into * their_tall / mine_tall))
    return max(0, theirs[0] - (line - top))


def bring_into_view(focused: ArticlePane, other: ArticlePane, item: int) -> None:
    """Scroll both panes so ``item`` sits at the same height in each.

    The item stays where it is in the focused pane when it is fully visible there; otherwise it goes a
    third of the way down. The other pane then scrolls to put its side of the item (or, for a
    one-sided item, the place where it would be) at that same height: the panes move independently to
    keep a pair side by side.
    """
    height = max(1, focused.scrollable_content_region.height)
    anchor = focused.anchor_line(item)
    lines = focused.item_lines(item) or (anchor, anchor)
    top = focused.row_of_line(lines[0])
    bottom = focused.row_of_line(lines[1])
    if top is not None and bottom is not None:
        row = top
    else:
        tall = lines[1] - lines[0] + 1
        row = max(0, min(height // 3, height - tall - 1))
    other_anchor = other.anchor_line(item)
    # A row both panes can reach: neither may scroll above its top or below its end.
    highest = min(anchor, other_anchor, height - 1)
    lowest = max(anchor - round(focused.max_scroll_y), other_anchor - round(other.max_scroll_y), 0)
    if lowest <= highest:
        row = min(max(row, lowest), highest)
    focused.scroll_line_to_row(anchor, row)
    row = anchor - round(focused.scroll_offset.y)
    other.scroll_line_to_row(other_anchor, max(0, row))
