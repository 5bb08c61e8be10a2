"""ClaimDetail: the current claim's passages, outlet by outlet, with the links' reasons under them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from core.claims import OUTLET_LABELS, OUTLET_SYMBOLS, Comparison, outlet_names
from tui.render import neutralize, wrap_spans
from tui.widgets.styles import component_style, under


class ClaimDetail(ScrollView, can_focus=False):
    """The text of the current claim group: every outlet's passage (or that it leaves the claim out).

    The text is wrapped once per claim (and per width) and drawn line by line, so moving between claims never
    lays the screen out again.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "claim-detail--agree",
        "claim-detail--differ",
        "claim-detail--only",
        "claim-detail--absent",
        "claim-detail--name",
        "claim-detail--note",
    }
    """Styles for the verdict symbols, the outlet names, and the notes under the passages."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = Text(end="")
        self._lines: list[Text] = []
        self._width = 0
        self._styles: dict[str, Style] = {}

    @property
    def plain(self) -> str:
        """The claim's text as shown, unwrapped (for tests and screen readers)."""
        return self._text.plain

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = component_style(self, f"claim-detail--{name}")
        return style

    def notify_style_update(self) -> None:
        """Forget the cached component styles when the styles (or the theme) change."""
        self._styles.clear()
        super().notify_style_update()

    def show(
        self,
        comparison: Comparison,
        group_index: int | None,
        *,
        number: int,
        left_out: Sequence[tuple[int, int, int]] = (),
        number_of: dict[int, int] | None = None,
    ) -> None:
        """Show group ``group_index`` (``number`` is its row in the list); ``left_out`` are its pairwise links the
        groups could not keep, as ``(article, other article, other group)``, numbered by ``number_of``."""
        if group_index is None:
            self._text = Text("No claim selected.", end="")
        else:
            self._text = self.claim_text(comparison, group_index, number, left_out, number_of or {})
        self._wrap()
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    def _wrap(self) -> None:
        """Wrap the text to the widget's width.

        The virtual height is at least the visible height, so a claim that fits changes no layout: only a longer
        one (which needs the scroll bar) lays the widget out again.
        """
        self._width = max(1, self.scrollable_content_region.width)
        self._lines = []
        for paragraph in self._text.split("\n"):
            spans = wrap_spans(paragraph.plain, self._width)
            for line in paragraph.divide(start for start, _end in spans[1:]):
                line.rstrip()
                self._lines.append(line)
        size = Size(self._width, max(len(self._lines), self.scrollable_content_region.height))
        if size != self.virtual_size:
            self.virtual_size = size

    def on_resize(self, event: events.Resize) -> None:
        """Re-wrap when the width changes."""
        if self.scrollable_content_region.width != self._width:
            self._wrap()
            self.refresh()

    def render_line(self, y: int) -> Strip:
        """Draw one visible line of the wrapped text."""
        width = self.scrollable_content_region.width
        base = self.rich_style
        index = round(self.scroll_offset.y) + y
        if index >= len(self._lines):
            return Strip.blank(width, base)
        line = self._lines[index].copy()
        return Strip(under(line, base).render(self.app.console)).crop_extend(0, width, base)

    def claim_text(
        self,
        comparison: Comparison,
        group_index: int,
        number: int,
        left_out: Sequence[tuple[int, int, int]],
        number_of: dict[int, int],
    ) -> Text:
        """The claim as text: a heading, then a paragraph per outlet, then the links' reasons and notes."""
        group = comparison.groups[group_index]
        names = tuple(neutralize(name) for name in outlet_names(comparison.articles))
        kind = "claim" if group.kind == "body" else ("headline" if group.kind == "title" else group.kind)
        text = Text(end="")
        carried = len(group.outlets)
        text.append(f"{kind.capitalize()} {number}", style="bold")
        text.append(f" · carried by {carried} of {len(names)} reports\n", style=self._style("note"))
        for article, verdict in enumerate(group.verdicts):
            text.append(f"{OUTLET_SYMBOLS[verdict]} ", style=self._style(verdict))
            text.append(names[article], style=self._style("name"))
            if verdict == "absent":
                text.append(f"  {OUTLET_LABELS[verdict]}\n", style=self._style("absent"))
                continue
            text.append(f" ({OUTLET_LABELS[verdict]}): ", style=self._style("note"))
            text.append(neutralize(comparison.passage(group, article)) + "\n")
        for link in group.links:
            if link.verdict == "agree" and not link.reasons:
                continue
            text.append("  " + neutralize(link.describe(names)) + "\n", style=self._style("note"))
            for line in link.reason_lines(names):
                text.append("      " + neutralize(line) + "\n", style=self._style("note"))
        for article, other, other_group in left_out:
            where = number_of.get(other_group)
            claim = f"claim {where + 1}" if where is not None else "another claim"
            text.append(
                f"  Also linked: {names[article]} ↔ {names[other]}: their alignment also pairs {names[article]}'s "
                f"passage here with {names[other]}'s in {claim}; the claims kept the stronger links\n",
                style=self._style("note"),
            )
        text.rstrip()
        return text
