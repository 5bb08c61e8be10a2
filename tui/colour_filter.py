"""A line filter that draws every colour as a 256-colour terminal shows it.

In a 256-colour terminal, Rich turns each colour into the nearest entry of the terminal's palette as the screen is
written out; Textual's screenshots, and so the snapshot tests, skip that step and keep the colours asked for. With
this filter the reader's own frames carry the palette colours already, so what a screenshot shows is what the
terminal draws (and the terminal draws the same as before: a palette colour maps to itself).
"""

from __future__ import annotations

from functools import lru_cache

from rich.color import Color
from rich.segment import Segment
from rich.style import Style
from textual.color import Color as TextualColor
from textual.filter import LineFilter

from tui.colours import as_terminal_256


class AsTerminal256(LineFilter):
    """Replace each truecolor colour by the palette colour a 256-colour terminal shows for it."""

    def apply(self, segments: list[Segment], background: TextualColor) -> list[Segment]:
        """The segments with their colours as the terminal shows them."""
        return [
            Segment(text, _shown(style), control) if style is not None else Segment(text, style, control)
            for text, style, control in segments
        ]


@lru_cache(4096)
def _shown(style: Style) -> Style:
    return style + Style(color=_colour(style.color), bgcolor=_colour(style.bgcolor))


def _colour(colour: Color | None) -> Color | None:
    if colour is None or colour.triplet is None:
        return None
    red, green, blue = as_terminal_256((colour.triplet.red, colour.triplet.green, colour.triplet.blue))
    return Color.from_rgb(red, green, blue)
