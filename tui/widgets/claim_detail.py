"""ClaimDetail: the current claim's passages, outlet by outlet, with the links' reasons under them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from core.claims import OUTLET_LABELS, OUTLET_SYMBOLS, Comparison, outlet_names
from tui.render import neutralize
from tui.widgets.styles import component_style


class ClaimDetail(VerticalScroll, can_focus=False):
    """The text of the current claim group: every outlet's passage (or that it leaves the claim out)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "claim-detail--agree",
        "claim-detail--differ",
        "claim-detail--only",
        "claim-detail--absent",
        "claim-detail--name",
        "claim-detail--note",
    }
    """Styles for the verdict symbols, the outlet names, and the notes under the passages."""

    def compose(self) -> ComposeResult:
        """One static body, rewritten for each claim."""
        yield Static(id="claim-detail-body")

    def _style(self, name: str) -> Style:
        return component_style(self, f"claim-detail--{name}")

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
        body = self.query_one("#claim-detail-body", Static)
        if group_index is None:
            body.update(Text("No claim selected.", end=""))
            return
        body.update(self.claim_text(comparison, group_index, number, left_out, number_of or {}))
        self.scroll_home(animate=False)

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
