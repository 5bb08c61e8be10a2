"""ReaderFooter: Textual's footer, keeping the keys that matter most when the terminal is narrow.

Textual's footer lays every shown key out in a row and cuts off what does not fit, so at 80 columns the reader's
help and quit keys were the ones lost. This footer leaves out the less needed keys, last first, until the rest
fit, and never help (``?``) or quit (``q``).
"""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

ESSENTIAL = frozenset({"help", "quit"})
"""Actions whose keys the footer always shows."""

PALETTE_ROOM = 14
"""Cells taken by the command palette's key at the right end."""


def key_width(key: FooterKey) -> int:
    """Cells a key takes in the footer: `` key `` then ``description `` (Textual's padding)."""
    return cell_len(key.key_display) + 2 + (cell_len(key.description) + 1 if key.description else 0)


class ReaderFooter(Footer):
    """The footer, trimmed to its width."""

    _width = 0
    _shown: tuple[tuple[str, str, bool], ...] | None = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        """Lay the keys out again only if the keys to show changed (moving the focus between the two panes or
        to the pair view does not change them, and re-making the footer would cost a key press its speed)."""
        shown = tuple(
            (binding.key, binding.description, enabled)
            for _, binding, enabled, _ in screen.active_bindings.values()
            if binding.show
        )
        if shown == self._shown and self._bindings_ready:
            return
        self._shown = shown
        super().bindings_changed(screen)

    def compose(self) -> ComposeResult:
        """Textual's keys, less the least needed ones when they would not fit."""
        widgets: list[Widget] = list(super().compose())
        keys = [w for w in widgets if isinstance(w, FooterKey) and not w.has_class("-command-palette")]
        room = (self.size.width or self.app.size.width) - PALETTE_ROOM
        used = sum(key_width(key) for key in keys)
        for key in reversed(keys):
            if used <= room:
                break
            if key.action not in ESSENTIAL:
                widgets.remove(key)
                used -= key_width(key)
        yield from widgets

    def on_resize(self, event: events.Resize) -> None:
        """Lay the keys out again for a new width."""
        if event.size.width != self._width:
            self._width = event.size.width
            self.call_after_refresh(self.recompose)
