"""ReaderState: the pair on the reader screen and its alignment, and the questions the reader's keys ask of them.

It holds no widgets and no view state: the screen keeps the current item, the filter and the toggles as
reactives, and asks this part which items a key may stop at and where to land when an alignment arrives.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.align import AlignSettings
from core.models import Alignment, Article, Side
from tui.layout import segment_verdicts
from tui.navigation import Position, differences, passes


@dataclass(slots=True)
class ReaderState:
    """The reader's pair and, once it is computed, its alignment."""

    left: Article
    """The article shown on the left."""
    right: Article
    """The article shown on the right."""
    settings: AlignSettings = field(default_factory=AlignSettings)
    """The aligner's settings."""
    alignment: Alignment | None = None
    """The alignment shown (``None`` until the pair has been aligned)."""
    can_go_back: bool = False
    """Whether Escape returns to a pair list."""

    def accept(self, alignment: Alignment) -> None:
        """Hold ``alignment``; its articles become the pair (after a swap, the other way round)."""
        self.alignment = alignment
        self.left, self.right = alignment.left, alignment.right

    def navigable(self, filter_name: str) -> list[int]:
        """Indices of the items the filter called ``filter_name`` keeps (none before the alignment)."""
        if self.alignment is None:
            return []
        return [i for i, item in enumerate(self.alignment.items) if passes(item, filter_name)]

    def differences(self) -> list[int]:
        """Indices of the differ and one-sided items (none before the alignment)."""
        return differences(self.alignment) if self.alignment is not None else []

    def position_of(self, item: int | None) -> Position | None:
        """Where item ``item`` starts: its first left segment, else its first right one (``None`` for no item)."""
        if self.alignment is None or item is None:
            return None
        aligned = self.alignment.items[item]
        return ("left", aligned.left[0]) if aligned.left else ("right", aligned.right[0])

    def landing(
        self, *, filter_name: str, keep: Position | None = None, reading: tuple[Side, list[str]] | None = None
    ) -> int | None:
        """The item to show when an alignment arrives.

        Args:
            filter_name: The active filter.
            keep: A position from before the sides were swapped: land on the item holding that segment,
                now on the other side.
            reading: The side the reader has scrolled and the ids of its segments from the top row on: land
                on the first of them that is in an item.

        Returns:
            That item; else the first item the filter keeps; ``None`` when there is none.
        """
        alignment = self.alignment
        if alignment is None:
            return None
        index: int | None = None
        if keep is not None:
            side, segment_id = keep
            index = alignment.item_of("right" if side == "left" else "left", segment_id)
        elif reading is not None:
            side, segment_ids = reading
            item_of, _ = segment_verdicts(alignment, side)
            index = next((item_of[sid] for sid in segment_ids if sid in item_of), None)
        if index is None:
            index = next(iter(self.navigable(filter_name)), None)
        return index
