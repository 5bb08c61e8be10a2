"""StatusLine: where the reader is, the counts per verdict and each side's coverage."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from core.models import VERDICTS, Alignment
from tui.render import VERDICT_LABELS, VERDICT_SYMBOLS


class StatusLine(Static):
    """One line of figures under the panes."""

    def show(
        self,
        alignment: Alignment,
        current: int | None,
        *,
        filter_name: str,
        differences: Sequence[int],
        search: str = "",
    ) -> None:
        """Display the reader's position and the alignment's summary."""
        text = status_text(alignment, current, filter_name=filter_name, differences=differences, search=search)
        self.update(text, layout=False)

    def show_aligning(self) -> None:
        """Say that the articles are on screen but their alignment is still being computed."""
        self.show_note(ALIGNING)

    def show_note(self, note: str) -> None:
        """Show a short note instead of figures (while there is no alignment to count)."""
        self.update(Text(note, style="italic", end=""), layout=False)


ALIGNING = "aligning the two articles…"
"""The status line while the aligner runs."""


def status_text(
    alignment: Alignment,
    current: int | None,
    *,
    filter_name: str,
    differences: Sequence[int],
    search: str = "",
) -> Text:
    """Compose the status line.

    Args:
        alignment: The alignment shown.
        current: Index of the current item, if any.
        filter_name: The active filter.
        differences: Indices of the items that are differences, in order.
        search: A search summary to append (already neutralized), or ``""``.

    Returns:
        ``item k of N · difference m of M · counts · coverage`` as Text.
    """
    total = len(alignment.items)
    text = Text(end="")
    position = "–" if current is None else str(current + 1)
    text.append(f"item {position} of {total}", style="bold")
    if current is not None and current in differences:
        text.append(f" · difference {differences.index(current) + 1} of {len(differences)}")
    else:
        text.append(f" · difference – of {len(differences)}")
    counts = alignment.summary.counts
    for verdict in VERDICTS:
        text.append(f"  {VERDICT_SYMBOLS[verdict]} {counts.get(verdict, 0)} {VERDICT_LABELS[verdict]}")
    summary = alignment.summary
    text.append(f"  · coverage {summary.left_coverage:.0%} / {summary.right_coverage:.0%}")
    if filter_name != "all":
        text.append(f"  · filter: {filter_name}", style="bold")
    if search:
        text.append(f"  · {search}")
    return text
