"""The order in which the reader steps through items: the left article's order, right-only items where they fit."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from core.models import AlignedItem, Article


def reading_order(items: Sequence[AlignedItem], left: Article, right: Article) -> tuple[AlignedItem, ...]:
    """Sort items into reading order.

    Title items come first (title, then standfirst). Body items follow in the order of their first left
    sentence. A right-only item goes right after the item holding the nearest earlier right sentence that
    has a
    left counterpart (so it sits where the right article has it); with no such sentence, right before the item
    holding the nearest later one; with neither, after everything, in the right article's order.

    Args:
        items: The items in any order.
        left: The left article (its segment order is the reading order).
        right: The right article (places right-only items).

    Returns:
        The same items, sorted.
    """
    lpos = {seg.id: k for k, seg in enumerate(left.segments)}
    rpos = {seg.id: k for k, seg in enumerate(right.segments)}
    kind_rank = {"title": 0, "standfirst": 1, "body": 2}
    anchored: dict[int, tuple[int, ...]] = {}
    for item in items:
        if item.left and item.kind == "body":  # right-only body text sits among body items, never in the headlines
            key = (kind_rank[item.kind], min(lpos[s] for s in item.left))
            for seg in item.right:
                anchored[rpos[seg]] = key
    ordered_right = sorted(anchored)
    keyed: list[tuple[tuple[int, ...], AlignedItem]] = []
    for item in items:
        if item.left:
            first = min(lpos[s] for s in item.left)
            keyed.append(((kind_rank[item.kind], first, 0, 0), item))
            continue
        pos = min(rpos[s] for s in item.right)
        at = bisect.bisect_left(ordered_right, pos)
        if at > 0:
            keyed.append(((*anchored[ordered_right[at - 1]], 1, pos), item))
        elif at < len(ordered_right):
            keyed.append(((*anchored[ordered_right[at]], -1, pos), item))
        else:
            keyed.append(((3, 0, 0, pos), item))
    keyed.sort(key=lambda pair: pair[0])
    return tuple(item for _key, item in keyed)
