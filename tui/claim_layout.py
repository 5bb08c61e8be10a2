"""The claim list's layout: column widths, cut text, and the words the claim view shows. Pure; no Textual here."""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text

from core.claims import ClaimGroup, Comparison, outlet_names
from tui.render import neutralize

MIN_TEXT = 16
"""Fewest cells the claim text column keeps before the outlet columns shrink."""
OUTLET_WIDTH = (3, 16)
"""Narrowest and widest outlet column."""
OUTLET_SHARE = 0.45
"""Largest share of the width the outlet columns take together (the claim's text keeps the rest)."""


@dataclass(frozen=True, slots=True)
class ClaimColumns:
    """Where each column of the claim list starts and how wide it is."""

    number: int
    """Width of the claim number (right-aligned), including the gap after it."""
    outlet: int
    """Width of each outlet's column (its verdict symbol, centred)."""
    count: int
    """Number of outlets."""
    text: int
    """Width of the claim's text column."""

    @property
    def text_start(self) -> int:
        """Offset of the text column (after one space)."""
        return self.number + self.count * self.outlet + 1

    def outlet_start(self, article: int) -> int:
        """Offset of an outlet's column."""
        return self.number + article * self.outlet


def claim_columns(width: int, names: tuple[str, ...] | list[str], groups: int) -> ClaimColumns:
    """Columns for the outlets ``names`` and ``groups`` rows in ``width`` cells: each outlet column as wide as the
    longest name and a space each side (3 to 16 cells), the outlet columns together at most :data:`OUTLET_SHARE` of
    the width, and narrower still when the text would keep under :data:`MIN_TEXT`."""
    count = max(1, len(names))
    number = len(str(max(1, groups))) + 1
    room = min(max(0, width - number - 1 - MIN_TEXT), int(width * OUTLET_SHARE))
    wanted = max((cell_len(name) for name in names), default=1) + 2
    outlet = max(OUTLET_WIDTH[0], min(OUTLET_WIDTH[1], wanted, room // count))
    return ClaimColumns(number, outlet, len(names), max(1, width - number - len(names) * outlet - 1))


def cut(text: str, width: int, mark: str = "…") -> str:
    """``text`` on one line in at most ``width`` cells, ending with ``mark`` when cut; padded to ``width``."""
    text = " ".join(text.split())
    cells = cell_len(text)
    if cells > width:
        room = width - cell_len(mark)
        used = 0
        for end, char in enumerate(text):
            used += cell_len(char)
            if used > room:
                text = text[:end] + mark
                break
        cells = cell_len(text)
    return text + " " * max(0, width - cells)


def centred(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells (no ellipsis below 4 cells) and centred in it."""
    text = " ".join(text.split())
    if cell_len(text) > width:
        text = cut(text, width, "…" if width >= 4 else "").rstrip()
    room = width - cell_len(text)
    return " " * (room // 2) + text + " " * (room - room // 2)


def preview(comparison: Comparison, group: ClaimGroup, by: int) -> tuple[str, bool]:
    """The text a claim row shows: the ordering outlet's passage, else the first outlet's that carries it.

    Returns:
        The text (neutralized, one line) and whether it comes from another outlet than ``by``.
    """
    article = by if group.carries(by) else group.outlets[0]
    text = neutralize(" ".join(comparison.passage(group, article).split()))
    if group.kind != "body":
        text = f"{'headline' if group.kind == 'title' else group.kind}: {text}"
    return text, article != by


def left_out_by(comparison: Comparison, order: tuple[int, ...], article: int) -> list[int]:
    """Rows (positions in ``order``) of the claims ``article`` leaves out, in order."""
    return [row for row, index in enumerate(order) if not comparison.groups[index].carries(article)]


def status_text(comparison: Comparison, order: tuple[int, ...], row: int | None, *, by: int, watched: int) -> Text:
    """The claim view's status line: where the reader is, among all claims and among those ``watched`` leaves out,
    whose order the list follows, and the headline figures."""
    names = [neutralize(name) for name in outlet_names(comparison.articles)]
    text = Text(end="")
    text.append(f"claim {'–' if row is None else row + 1} of {len(order)}", style="bold")
    rows = left_out_by(comparison, order, watched)
    place = f"{rows.index(row) + 1}" if row in rows else "–"
    text.append(f" · left out by {names[watched]}: {place} of {len(rows)}")
    text.append(f" · order: {names[by]}")
    shared = comparison.summary.outlets[0].with_all if comparison.summary.outlets else 0
    text.append(f" · {comparison.summary.claims} claims, {shared} in every report")
    return text
