"""DetailStrip: the current item's verdict, score, inline word differences and reasons."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from core.models import Alignment, Side
from tui.render import VERDICT_LABELS, VERDICT_SYMBOLS, reason_lines, side_name, side_text
from tui.widgets.styles import component_style, verdict_styles


class DetailStrip(VerticalScroll, can_focus=False):
    """A short, scrollable strip under the panes describing one aligned item."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "detail-strip--delete",
        "detail-strip--insert",
        "detail-strip--reason",
        "detail-strip--agree",
        "detail-strip--differ",
        "detail-strip--left-only",
        "detail-strip--right-only",
    }
    """Styles for removed and added words, reasons and the verdict label."""

    def compose(self) -> object:  # type: ignore[override]
        """One static body, rewritten on each move."""
        yield Static(id="detail-body")

    def show(self, alignment: Alignment | None, index: int | None) -> None:
        """Describe item ``index`` of ``alignment`` (or nothing)."""
        self._shown = (alignment, index)
        body = self.query_one("#detail-body", Static)
        if alignment is None or index is None or not 0 <= index < len(alignment.items):
            body.update(Text("No item selected.", end=""))
            return
        body.update(self.describe(alignment, index))
        self.scroll_home(animate=False)

    def notify_style_update(self) -> None:
        """Redraw with the new theme's colours."""
        super().notify_style_update()
        shown = getattr(self, "_shown", None)
        if shown is not None and self.is_mounted:
            self.call_later(self.show, *shown)

    def _style(self, name: str) -> Style:
        symbol = verdict_styles(self.app).symbol.get(name)
        return symbol if symbol is not None else component_style(self, f"detail-strip--{name}")

    def describe(self, alignment: Alignment, index: int) -> Text:
        """The detail text for one item."""
        item = alignment.items[index]
        left_name = side_name(alignment.left, "left")
        right_name = side_name(alignment.right, "right")
        text = Text(end="")
        verdict_style = self._style(item.verdict)
        text.append(f"{VERDICT_SYMBOLS[item.verdict]} {VERDICT_LABELS[item.verdict]}", style=verdict_style)
        if item.kind != "body":
            text.append(f" · {item.kind}")
        if item.left and item.right:
            text.append(f" · score {item.score:.2f}")
        text.append("\n")
        sides: tuple[tuple[Side, str, str], ...] = (("left", left_name, "delete"), ("right", right_name, "insert"))
        for side, name, change in sides:
            if item.ids(side):
                text.append(f"{name}: ", style="bold")
                text.append_text(side_text(alignment.article(side), item, side, self._style(change)))
                text.append("\n")
        for line in reason_lines(item.reasons, left_name, right_name):
            text.append("• " + line + "\n", style=self._style("reason"))
        text.rstrip()
        return text
