"""Reading component-class styles for Line API widgets, with theme transparency resolved."""

from __future__ import annotations

from rich.style import Style
from rich.text import Span, Text
from textual.widget import Widget


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
