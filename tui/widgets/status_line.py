"""StatusLine: where the reader is, the counts per verdict and each side's coverage, fitted to one line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.widgets import Static

from core.models import Alignment
from tui.counts import verdict_counts
from tui.render import VERDICT_LABELS, VERDICT_SYMBOLS, side_names


@dataclass(frozen=True, slots=True)
class StatusFigures:
    """What the status line reports."""

    alignment: Alignment
    """The alignment shown."""
    current: int | None
    """The current item."""
    filter_name: str
    """The active filter (``all`` for none)."""
    kept: Sequence[int]
    """The items the filter keeps (every item for ``all``), in order."""
    differences: Sequence[int]
    """The differ and one-sided items, in order."""
    search: str = ""
    """A search summary (already neutralized), or ``""``."""


class StatusLine(Static):
    """One line of figures under the panes."""

    _figures: StatusFigures | None = None

    def show(self, figures: StatusFigures) -> None:
        """Display the reader's position and the alignment's summary."""
        self._figures = figures
        self.update(status_text(figures, self.content_size.width or 160), layout=False)

    def on_resize(self, event: events.Resize) -> None:
        """Fit the figures to the new width."""
        if self._figures is not None:
            self.update(status_text(self._figures, event.size.width), layout=False)

    def show_aligning(self) -> None:
        """Say that the articles are on screen but their alignment is still being computed."""
        self.show_note(ALIGNING)

    def show_note(self, note: str) -> None:
        """Show a short note instead of figures (while there is no alignment to count)."""
        self._figures = None
        self.update(Text(note, style="italic", end=""), layout=False)


ALIGNING = "aligning the two articles…"
"""The status line while the aligner runs."""


def status_text(figures: StatusFigures, width: int) -> Text:
    """The status line for ``figures`` in at most ``width`` cells, if it can be done by leaving things out.

    The fullest form that fits is used: position, difference, counts naming each side, coverage; then the counts
    say "only left/right", coverage goes, the counts lose their words, and the difference goes. Nothing is cut
    in the middle of a phrase. The counts are those of the items the filter keeps, so with every filter they add
    up to the number of items the reader steps through (the headline and standfirst count like any passage).

    Returns:
        ``item k of N · difference m of M · counts · coverage`` (and the search), as Text.
    """
    forms = (
        ("named", True, True),
        ("sides", True, True),
        ("sides", True, False),
        ("bare", True, False),
        ("bare", False, False),
    )
    text = Text(end="")
    for labels, difference, coverage in forms:
        text = _compose(figures, labels=labels, difference=difference, coverage=coverage)
        if cell_len(text.plain) <= width:
            break
    return text


def _compose(figures: StatusFigures, *, labels: str, difference: bool, coverage: bool) -> Text:
    alignment, current, kept = figures.alignment, figures.current, figures.kept
    text = Text(end="")
    position = "–" if current is None or current not in kept else str(list(kept).index(current) + 1)
    scope = "" if figures.filter_name == "all" else f" ({figures.filter_name})"
    text.append(f"item {position} of {len(kept)}{scope}", style="bold")
    if difference:
        where = figures.differences
        at = str(list(where).index(current) + 1) if current is not None and current in where else "–"
        text.append(f" · difference {at} of {len(where)}")
    counts = verdict_counts(alignment.items[index] for index in kept)
    left_name, right_name = side_names(alignment)
    words = {
        "agree": VERDICT_LABELS["agree"],
        "differ": VERDICT_LABELS["differ"],
        "left-only": f"only in {left_name}" if labels == "named" else VERDICT_LABELS["left-only"],
        "right-only": f"only in {right_name}" if labels == "named" else VERDICT_LABELS["right-only"],
    }
    for verdict, count in counts.items():
        word = "" if labels == "bare" else f" {words[verdict]}"
        text.append(f"  {VERDICT_SYMBOLS[verdict]} {count}{word}")
    if coverage:
        summary = alignment.summary
        text.append(f"  · coverage {summary.left_coverage:.0%} / {summary.right_coverage:.0%}")
    if figures.search:
        text.append(f"  · {figures.search}")
    return text
