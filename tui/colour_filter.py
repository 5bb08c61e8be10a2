"""A line filter that picks, for a 256-colour terminal, the palette colour that looks closest to each colour.

Left to itself, Rich turns each colour into a palette entry by rounding its channels as the screen is written out,
which turns dark tints into olive, maroon or navy (dracula's dark grey pane becomes navy blue). This filter maps
every colour of the reader's frames to the palette colour nearest in L*a*b* instead (:func:`tui.colours.nearest_256`,
among the colours Rich then sends unchanged), so a 256-colour terminal shows the theme as it was meant; and since
the frames carry palette colours already, Textual's screenshots (and the snapshot tests) show what the terminal
draws.
"""

from __future__ import annotations

from functools import lru_cache

from rich.color import Color
from rich.segment import Segment
from rich.style import Style
from textual.color import Color as TextualColor
from textual.filter import LineFilter

from tui.colours import nearest_256


class AsTerminal256(LineFilter):
    """Replace each truecolor colour by the palette colour that looks closest to it."""

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
    red, green, blue = nearest_256((colour.triplet.red, colour.triplet.green, colour.triplet.blue))
    return Color.from_rgb(red, green, blue)
