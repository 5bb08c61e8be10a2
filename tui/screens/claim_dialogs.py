"""The claim view's dialogs: choosing two outlets for the pair reader, the figures, the help, and exporting."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, ClassVar

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from core.align import AlignSettings
from core.claims import OUTLET_LABELS, OUTLET_LEGEND, OUTLET_SYMBOLS, OUTLET_VERDICTS, Comparison, outlet_names
from core.models import VERDICTS, Alignment
from tui.bindings import key_names
from tui.claim_keys import CLAIM_KEYS
from tui.render import VERDICT_SYMBOLS, neutralize


def pair_alignment(comparison: Comparison, first: int, second: int) -> Alignment:
    """The pairwise alignment of two outlets, ``first`` on the left."""
    from core.align import swap_sides

    alignment = comparison.alignments[(min(first, second), max(first, second))]
    return alignment if first < second else swap_sides(alignment)


class PairChoiceScreen(ModalScreen[tuple[int, int] | None]):
    """A list of every two outlets with their pairwise counts; returns the chosen pair (left, right)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="pair_cancel")]
    """Escape closes without choosing."""

    def __init__(self, comparison: Comparison, *, first: int, second: int) -> None:
        """Offer the pairs of ``comparison``, ``first`` on the left where it takes part, highlighting
        ``(first, second)``."""
        super().__init__()
        self.comparison = comparison
        names = tuple(neutralize(name) for name in outlet_names(comparison.articles))
        count = len(names)
        self.pairs: list[tuple[int, int]] = []
        for one in range(count):
            for other in range(one + 1, count):
                self.pairs.append((other, one) if other == first else (one, other))
        self.names = names
        self.highlight = next((n for n, pair in enumerate(self.pairs) if set(pair) == {first, second}), 0)

    def compose(self) -> ComposeResult:
        """A title and the pairs."""
        with VerticalScroll(id="pair-choice", classes="dialog"):
            yield Label("Open two outlets side by side (Enter; Escape comes back)", classes="dialog-title")
            options = []
            for left, right in self.pairs:
                alignment = pair_alignment(self.comparison, left, right)
                counts = alignment.summary.counts
                figures = "  ".join(f"{VERDICT_SYMBOLS[v]} {counts.get(v, 0)}" for v in VERDICTS)
                label = Text(f"{self.names[left]} ↔ {self.names[right]}", style="bold", end="")
                label.append(f"   {figures}")
                options.append(Option(label, id=f"{left}-{right}"))
            yield OptionList(*options, id="pair-options")

    def on_mount(self) -> None:
        """Start on the suggested pair."""
        options = self.query_one(OptionList)
        options.highlighted = self.highlight
        options.focus()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.pairs[event.option_index])

    def action_cancel(self) -> None:
        """Close without choosing."""
        self.dismiss(None)


def open_pair(
    screen: Screen[Any],
    comparison: Comparison,
    pair: tuple[int, int],
    group: int | None,
    *,
    settings: AlignSettings,
) -> None:
    """Open two outlets of ``comparison`` in the pair reader, on the item holding claim ``group`` if it can."""
    from tui.screens.main import ReaderScreen

    left, right = pair
    alignment = pair_alignment(comparison, left, right)
    item = None
    if group is not None:
        claim = comparison.groups[group]
        for side, article in (("left", left), ("right", right)):
            if item is None and claim.passages[article]:
                item = alignment.item_of(side, claim.passages[article][0])  # type: ignore[arg-type]
    reader = ReaderScreen(alignment.left, alignment.right, settings=settings, alignment=alignment, can_go_back=True)
    screen.app.push_screen(reader)
    if item is not None:
        reader.call_after_refresh(setattr, reader, "current", item)


class FiguresScreen(ModalScreen[None]):
    """Claims per outlet (with all, with some, alone) and the shares of claims in common."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,i", "close", "Close", id="figures_close")]
    """Keys that close the figures."""

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison

    def compose(self) -> ComposeResult:
        """Two tables and a note."""
        names = [neutralize(name) for name in outlet_names(self.comparison.articles)]
        summary = self.comparison.summary
        counts = Table(box=None, padding=(0, 2), header_style="bold")
        for heading in ("outlet", "claims", "with all", "with some", "alone"):
            counts.add_column(heading, justify="left" if heading == "outlet" else "right")
        for name, f in zip(names, summary.outlets, strict=True):
            counts.add_row(name, str(f.claims), str(f.with_all), str(f.with_some), str(f.alone))
        matrix = Table(box=None, padding=(0, 2), header_style="bold")
        matrix.add_column("in common")
        for name in names:
            matrix.add_column(name, justify="right")
        for name, row in zip(names, summary.in_common, strict=True):
            matrix.add_row(name, *(f"{share:.0%}" for share in row))
        resolved = f"; {summary.resolved} joined through the similarity resolution" if summary.resolved else ""
        with VerticalScroll(id="figures-dialog", classes="dialog"):
            yield Label(f"{summary.claims} claims{resolved}", classes="dialog-title")
            yield Static(counts, id="figures-counts")
            yield Label("Claims in common: of the claims either carries, the share both carry", classes="dialog-title")
            yield Static(matrix, id="figures-matrix")

    def action_close(self) -> None:
        """Close the figures."""
        self.dismiss(None)


class ClaimHelpScreen(ModalScreen[None]):
    """The claim view's keys and the legend of its symbols; Escape, ``q``, ``?`` or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark,f1", "close", "Close", id="help_close")]
    """Keys that close the help."""

    def compose(self) -> ComposeResult:
        """The key table, then one legend row per outlet verdict."""
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for key in CLAIM_KEYS:
            table.add_row(key_names(key.binding), key.help)
        table.add_row("ctrl+p", "command palette: every action above, and the theme picker")
        table.add_row("mouse", "click a claim to select it")
        with VerticalScroll(id="help-dialog", classes="dialog"):
            yield Label("storydiff: the claims of several reports", classes="dialog-title")
            yield Static(table, id="help-keys")
            yield Label("Legend (one column per outlet)", classes="dialog-title")
            for verdict in OUTLET_VERDICTS:
                with Horizontal(classes="legend-row"):
                    yield Static(
                        Text(f" {OUTLET_SYMBOLS[verdict]} {OUTLET_LABELS[verdict]} "),
                        classes=f"legend-swatch claim-legend-{verdict}",
                    )
                    yield Static(Text(OUTLET_LEGEND[verdict]), classes="legend-text")
            yield Static(
                Text(
                    "A claim is a group of passages, one or more from each report that carries it, made from the "
                    "pairwise alignments: two reports share a claim only where their own alignment links them, or "
                    "where the others link both and the two passages are alike. The highlighted column is the "
                    "outlet ] and [ follow; the list follows the order of the underlined one."
                ),
                classes="legend-note",
            )

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)


def default_comparison_path(comparison: Comparison, suffix: str = ".md") -> Path:
    """A file name naming the outlets, e.g. ``storydiff-fox-nyt-hpo.md`` (four at most, then how many more)."""
    names = outlet_names(comparison.articles)
    slugs = ["-".join(re.findall(r"[a-z0-9]+", name.lower())[:3]) or "article" for name in names]
    more = f"-and-{len(slugs) - 4}-more" if len(slugs) > 4 else ""
    return Path(f"storydiff-{'-'.join(slugs[:4])}{more}{suffix}")


def start_comparison_export(screen: Screen[Any], comparison: Comparison) -> None:
    """The export flow for a comparison (see :func:`tui.screens.export.export_flow`), written through
    ``core.export``."""
    from core.export import write_comparison_export
    from tui.screens.export import export_flow

    export_flow(
        screen,
        lambda path, fmt: write_comparison_export(comparison, path, fmt, overwrite=True),
        default_comparison_path(comparison),
    )
