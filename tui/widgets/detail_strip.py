"""DetailStrip: the current item's verdict and score, its reasons, the nearest passage of a one-sided item, and
(when there is room) both passages with their word differences."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from core.models import Alignment, Side
from tui.navigation import elsewhere_item
from tui.render import VERDICT_LABELS, VERDICT_SYMBOLS, neutralize, reason_lines, side_names, side_text
from tui.widgets.styles import component_style, verdict_styles

if TYPE_CHECKING:
    from core.align import Nearest

NEAREST_CHARS = 160
"""How much of the nearest passage the strip quotes."""


class DetailStrip(VerticalScroll, can_focus=False):
    """A short, scrollable strip under the panes describing one aligned item."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "detail-strip--delete",
        "detail-strip--insert",
        "detail-strip--reason",
        "detail-strip--nearest",
    }
    """Styles for removed and added words, reasons and the nearest passage."""

    _shown: tuple[Alignment | None, int | None, Nearest | bool | None, bool] | None = None

    def compose(self) -> object:  # type: ignore[override]
        """One static body, rewritten on each move."""
        yield Static(id="detail-body")

    def show(
        self,
        alignment: Alignment | None,
        index: int | None,
        *,
        nearest: Nearest | bool | None = False,
        room: bool = True,
    ) -> None:
        """Describe item ``index`` of ``alignment`` (or nothing).

        Args:
            alignment: The alignment shown.
            index: The current item.
            nearest: For a one-sided item, the nearest passage of the other article once worked out (``None``
                when there is none, ``False`` while it is still being looked for).
            room: Whether there is room to repeat both passages (they are on screen already).
        """
        self._shown = (alignment, index, nearest, room)
        body = self.query_one("#detail-body", Static)
        if alignment is None or index is None or not 0 <= index < len(alignment.items):
            body.update(Text("No item selected.", end=""))
            return
        body.update(self.describe(alignment, index, nearest=nearest, room=room))
        self.scroll_home(animate=False)

    def notify_style_update(self) -> None:
        """Redraw with the new theme's colours."""
        super().notify_style_update()
        shown = self._shown
        if shown is not None and self.is_mounted:
            alignment, index, nearest, room = shown
            self.call_later(partial(self.show, alignment, index, nearest=nearest, room=room))

    def _style(self, name: str) -> Style:
        symbol = verdict_styles(self.app).symbol.get(name)
        return symbol if symbol is not None else component_style(self, f"detail-strip--{name}")

    def describe(
        self, alignment: Alignment, index: int, *, nearest: Nearest | bool | None = False, room: bool = True
    ) -> Text:
        """The detail text for one item: the verdict, then the reasons, then the nearest passage or both passages."""
        item = alignment.items[index]
        left_name, right_name = side_names(alignment)
        text = Text(end="")
        text.append(f"{VERDICT_SYMBOLS[item.verdict]} {VERDICT_LABELS[item.verdict]}", style=self._style(item.verdict))
        if item.kind != "body":
            text.append(f" · {item.kind}")
        if item.left and item.right:
            text.append(f" · score {item.score:.2f}")
        text.append("\n")
        for line in reason_lines(item.reasons, left_name, right_name, alignment):
            text.append("• " + line + "\n", style=self._style("reason"))
        where = elsewhere_item(alignment, index) if item.left and item.right else None
        if where is not None:
            text.append(f"  (o goes to item {where + 1})\n", style=self._style("nearest"))
        if item.verdict in ("left-only", "right-only"):
            text.append_text(self._nearest_line(alignment, nearest, left_name, right_name))
        if room:
            sides: tuple[tuple[Side, str, str], ...] = (("left", left_name, "delete"), ("right", right_name, "insert"))
            for side, name, change in sides:
                if item.ids(side):
                    text.append(f"{name}: ", style="bold")
                    text.append_text(side_text(alignment.article(side), item, side, self._style(change)))
                    text.append("\n")
        text.rstrip()
        return text

    def _nearest_line(self, alignment: Alignment, nearest: Nearest | bool | None, left: str, right: str) -> Text:
        line = Text(end="")
        if nearest is False or nearest is True:
            line.append("nearest passage on the other side: looking…\n", style=self._style("nearest"))
            return line
        if nearest is None:
            line.append("the other report has nothing like it\n", style=self._style("nearest"))
            return line
        name = left if nearest.side == "left" else right
        quoted = neutralize(alignment.article(nearest.side).segment(nearest.segment).text)
        if len(quoted) > NEAREST_CHARS:
            quoted = quoted[: NEAREST_CHARS - 1].rstrip() + "…"
        line.append(f"nearest on the {nearest.side} ({name}): ", style="bold")
        # framed in quotation marks, unless the passage opens with its own (a quotation: ““We …” reads as a typo)
        line.append(f"{quoted} " if quoted[:1] in "“\"‘'" else f"“{quoted}” ")
        line.append(f"{nearest.score:.2f}", style="bold")
        line.append("  (o goes there)\n", style=self._style("nearest"))
        return line
