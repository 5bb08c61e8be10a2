"""Styles for the Line API widgets: component classes with theme transparency resolved, and the verdict colours."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rich.style import Style
from rich.text import Span, Text
from textual.app import App
from textual.color import Color
from textual.widget import Widget

from tui.colours import hex_colour
from tui.palette import Depth, ThemeColours, verdict_palette


def component_style(widget: Widget, name: str) -> Style:
    """The style of component class ``name`` as a layer: only what the class sets, alpha already blended.

    Textual's partial styles keep colours unblended (``$warning 12%`` comes back as full
    ``$warning``); its full styles are blended but also carry the widget's own colours. This takes the
    attributes from the partial style and the blended colours from the full one.

    Args:
        widget: The widget that declares the component class.
        name: The component class.

    Returns:
        A style to layer over the widget's base style.
    """
    partial = widget.get_component_rich_style(name, partial=True)
    full = widget.get_component_rich_style(name)
    colours = Style(
        color=full.color if partial.color is not None else None,
        bgcolor=full.bgcolor if partial.bgcolor is not None else None,
    )
    return partial + colours


def under(text: Text, base: Style) -> Text:
    """Put ``base`` beneath every other style of ``text`` (``Text.render`` ignores ``Text.style``).

    Args:
        text: A line about to be rendered to segments.
        base: The widget's own style.

    Returns:
        ``text`` itself, for chaining.
    """
    if text.plain:
        text.spans.insert(0, Span(0, len(text.plain), base))
    return text


@dataclass(frozen=True, slots=True)
class VerdictStyles:
    """The verdict colours of the app's theme at its terminal's colour depth, as Rich styles (see :mod:`tui.palette`).

    Every widget that shows verdicts (the panes, the pair view, the overview strip, the detail strip, the help's
    legend) draws them with these, so a verdict looks the same everywhere and never depends on the focus.
    """

    passage: dict[str, Style]
    """The background of a passage per verdict (``agree`` adds nothing to the pane), and of the current item."""
    symbol: dict[str, Style]
    """The bold colour of each verdict's symbol, by verdict."""


def verdict_styles(app: App[object]) -> VerdictStyles:
    """The :class:`VerdictStyles` of ``app``'s current theme and colour depth (computed once per pair of them)."""
    variables = app.get_css_variables()
    depth: Depth = "truecolor" if app.console.color_system == "truecolor" else "256"
    return _verdict_styles(tuple(sorted(variables.items())), depth)


_THEME_NAMES = ("surface", "foreground", "success", "warning", "primary", "secondary", "accent", "error")


@cache
def verdict_or_component_style(widget: Widget, name: str, component: str) -> Style:
    """The style a verdict strip draws ``name`` in: the current item's passage style, a verdict's symbol style, else
    the widget's own component class ``{component}--{name}``."""
    verdicts = verdict_styles(widget.app)
    if name == "current":
        return verdicts.passage["current"]
    return verdicts.symbol.get(name) or component_style(widget, f"{component}--{name}")


def _verdict_styles(variables: tuple[tuple[str, str], ...], depth: Depth) -> VerdictStyles:
    values = dict(variables)
    parsed = {name: Color.parse(values.get(name, "ansi_default")) for name in _THEME_NAMES}
    if any(colour.ansi is not None or colour.a < 1 for colour in parsed.values()):
        return _ansi_styles()
    theme = ThemeColours(**{name: colour.rgb for name, colour in parsed.items()})
    palette = verdict_palette(theme, depth)
    passage = {name: Style(bgcolor=hex_colour(colour)) for name, colour in palette.background.items()}
    passage["agree"] = Style()
    current = palette.background["current"]
    passage["current"] = Style(bgcolor=hex_colour(current), color=hex_colour(palette.current_text))
    symbol: dict[str, Style] = {verdict: Style(color=hex_colour(c), bold=True) for verdict, c in palette.symbol.items()}
    return VerdictStyles(passage, symbol)


def _ansi_styles() -> VerdictStyles:
    """For the ANSI themes, which leave colours to the terminal: coloured symbols, no tints, a reversed current item."""
    names = {"agree": "green", "differ": "yellow", "left-only": "blue", "right-only": "magenta"}
    symbol = {verdict: Style(color=name, bold=True) for verdict, name in names.items()}
    passage = {name: Style() for name in ("agree", "differ", "left-only", "right-only")}
    passage["current"] = Style(reverse=True)
    return VerdictStyles(passage, symbol)
