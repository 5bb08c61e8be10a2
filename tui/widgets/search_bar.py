"""SearchBar: the one-line search field that ``/`` opens under the panes."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    """An input that submits a query on Enter and closes on Escape (both post messages up)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Close search", id="search_close")]
    """Escape closes the bar without searching."""

    class Closed(Message):
        """The reader closed the bar without searching."""

    def open(self) -> None:
        """Show the bar and focus it, keeping the last query for editing."""
        self.add_class("open")
        self.focus()

    def close(self) -> None:
        """Hide the bar."""
        self.remove_class("open")

    def action_close(self) -> None:
        """Close the bar and tell the screen."""
        self.close()
        self.post_message(self.Closed())
