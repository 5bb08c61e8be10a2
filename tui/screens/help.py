"""HelpScreen: every key of the reader and the colour/symbol legend."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from core.models import DIFFER_KINDS, VERDICTS
from tui.bindings import READER_KEYS, key_names
from tui.render import VERDICT_LABELS, VERDICT_SYMBOLS
from tui.widgets.styles import verdict_styles

LEGEND: dict[str, str] = {
    "agree": "both reports say the same thing (what one of them adds is listed; the additions filter keeps those)",
    "differ": f"linked passages that tell it otherwise ({DIFFER_KINDS})",
    "left-only": "only the left report has this passage",
    "right-only": "only the right report has this passage",
}
"""What each verdict means, for the legend."""


def keys_table() -> Table:
    """The reader's keys and their help (from :data:`tui.bindings.READER_KEYS`) as a two-column table."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for key in READER_KEYS:
        table.add_row(key_names(key.binding), key.help)
    table.add_row("ctrl+p", "command palette: every action above, and the theme picker")
    table.add_row("mouse", "click a sentence to select its item; click the overview strip to jump there")
    table.add_row("Esc", "close this help")
    return table


class HelpScreen(ModalScreen[None]):
    """Keys and legend; any of Escape, ``q``, ``?`` or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "close", "Close", id="help_close"),
    ]
    """Keys that close the help."""

    def compose(self) -> ComposeResult:
        """The key table, then one legend row per verdict."""
        with VerticalScroll(id="help-dialog", classes="dialog"):
            yield Label("storydiff: keys", classes="dialog-title")
            yield Static(keys_table(), id="help-keys")
            yield Label("Legend", classes="dialog-title")
            styles = verdict_styles(self.app)
            for verdict in VERDICTS:
                with Horizontal(classes="legend-row"):
                    swatch = Text(f" {VERDICT_SYMBOLS[verdict]} ", style=styles.symbol[verdict])
                    swatch.append(f"{VERDICT_LABELS[verdict]} ")
                    swatch.stylize(styles.passage[verdict])
                    yield Static(swatch, classes="legend-swatch")
                    yield Static(Text(LEGEND[verdict]), classes="legend-text")
            current = Text(" ▌ current item ", style=styles.passage["current"])
            with Horizontal(classes="legend-row"):
                yield Static(current, classes="legend-swatch")
                yield Static(Text("the passage the detail strip describes, in both panes"), classes="legend-text")
            yield Static(
                Text(
                    "▌ marks the current item in both panes, and ▸ the place where a passage only the "
                    "other report has would be. Dimmed text is clutter or filtered out; bold underlined "
                    "words are the word-level changes of the current item."
                ),
                classes="legend-note",
            )

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
