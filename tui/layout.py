"""Laying an article out as wrapped lines for a pane: pure, width-dependent, computed once per resize.

A pane shows its article in its own order, paragraph by paragraph. Each segment is a *run* inside its
paragraph's display string (an optional verdict marker, then the neutralized text). Wrapping turns
paragraphs into lines; the pane then styles each visible line at draw time (current item, search matches,
word changes), so moving through items never re-wraps anything.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field

from core.models import Alignment, Article, Role, Side, Verdict
from tui.render import VERDICT_SYMBOLS, neutralize, wrap_spans

CLUTTER_ROLES: frozenset[Role] = frozenset({"caption", "boilerplate"})
"""Roles shown dimmed and hidden by the clutter toggle."""


@dataclass(frozen=True, slots=True)
class Run:
    """One segment inside a block's display string."""

    segment: int
    """Index of the segment in ``Article.segments``."""
    marker: int
    """Offset where the verdict marker starts (equal to ``start`` when the segment has none)."""
    start: int
    """Offset where the segment's text starts."""
    end: int
    """Offset one past the segment's text."""


@dataclass(frozen=True, slots=True)
class Block:
    """One displayed paragraph, or a placeholder standing for hidden clutter."""

    text: str
    """The display string."""
    runs: tuple[Run, ...]
    """The segments in it, in order (empty for a placeholder)."""
    hidden: int = 0
    """For a placeholder: how many clutter segments it stands for."""


@dataclass(frozen=True, slots=True)
class Line:
    """One wrapped line of a block (or a blank separator when ``block`` is -1)."""

    block: int
    """Index of the block, or -1 for the blank line between blocks."""
    start: int
    """Start offset in the block's text."""
    end: int
    """End offset in the block's text."""
    runs: tuple[int, ...] = ()
    """Indices (into the block's runs) of the runs this line shows part of."""


@dataclass(slots=True)
class PaneLayout:
    """The wrapped lines of one article at one width."""

    blocks: list[Block] = field(default_factory=list)
    """The blocks, in source order."""
    lines: list[Line] = field(default_factory=list)
    """Every display line, in order."""
    first_line: dict[int, int] = field(default_factory=dict)
    """Segment index to the first line showing it."""
    last_line: dict[int, int] = field(default_factory=dict)
    """Segment index to the last line showing it."""


def segment_verdicts(alignment: Alignment, side: Side) -> tuple[dict[str, int], dict[str, Verdict]]:
    """Which item (by index) and verdict each segment id of ``side`` belongs to."""
    items: dict[str, int] = {}
    verdicts: dict[str, Verdict] = {}
    for index, item in enumerate(alignment.items):
        for segment_id in item.ids(side):
            items[segment_id] = index
            verdicts[segment_id] = item.verdict
    return items, verdicts


MARKER_SPACE = "\u00a0"
"""The space after a verdict marker: a no-break space in the display string, so wrapping never leaves a marker at
the end of a line apart from its sentence (drawn as an ordinary space)."""

PENDING_SYMBOL = "·"
"""The marker a segment shows while its verdict is being worked out: as wide as a verdict symbol, so the
text does not re-wrap when the verdicts arrive."""


def build_blocks(
    article: Article,
    verdicts: Mapping[str, Verdict],
    *,
    show_clutter: bool,
    pending: frozenset[Role] = frozenset(),
) -> list[Block]:
    """Group an article's segments into display blocks, one per paragraph.

    Args:
        article: The article to show.
        verdicts: The verdict of every segment that lies in an aligned item; those segments get a marker.
        show_clutter: Whether captions and boilerplate are shown; if not, each run of hidden
            clutter becomes one placeholder block.
        pending: Roles whose segments have no verdict yet but will get one; they get a placeholder marker
            of the same width.

    Returns:
        The blocks in source order.
    """
    blocks: list[Block] = []
    pending_hidden = 0
    index_of = {seg.id: i for i, seg in enumerate(article.segments)}
    for paragraph in article.paragraphs():
        parts: list[str] = []
        runs: list[Run] = []
        length = 0
        for seg in paragraph:
            if seg.role in CLUTTER_ROLES and not show_clutter:
                pending_hidden += 1
                continue
            if parts:
                parts.append(" ")
                length += 1
            marker = length
            verdict = verdicts.get(seg.id)
            if verdict is not None or seg.role in pending:
                symbol = (PENDING_SYMBOL if verdict is None else VERDICT_SYMBOLS[verdict]) + MARKER_SPACE
                parts.append(symbol)
                length += len(symbol)
            body = neutralize(seg.text)
            parts.append(body)
            runs.append(Run(index_of[seg.id], marker, length, length + len(body)))
            length += len(body)
        if not runs:
            continue
        if pending_hidden:
            blocks.append(_placeholder(pending_hidden))
            pending_hidden = 0
        blocks.append(Block("".join(parts), tuple(runs)))
    if pending_hidden:
        blocks.append(_placeholder(pending_hidden))
    return blocks


def _placeholder(count: int) -> Block:
    noun = "passage" if count == 1 else "passages"
    return Block(f"⋯ {count} clutter {noun} hidden (b shows them)", (), hidden=count)


def wrap_blocks(blocks: list[Block], width: int) -> PaneLayout:
    """Wrap blocks to ``width`` cells, with a blank line between blocks.

    Args:
        blocks: The blocks from :func:`build_blocks`.
        width: Cells available for text.

    Returns:
        The layout with its line index.
    """
    layout = PaneLayout(blocks=blocks)
    lines = layout.lines
    for block_index, block in enumerate(blocks):
        if block_index:
            lines.append(Line(-1, 0, 0))
        markers = [run.marker for run in block.runs]  # runs are in order and disjoint: both lists ascend
        ends = [run.end for run in block.runs]
        for start, end in wrap_spans(block.text, width):
            touching = tuple(range(bisect_right(ends, start), bisect_left(markers, end)))
            for i in touching:
                segment = block.runs[i].segment
                layout.first_line.setdefault(segment, len(lines))
                layout.last_line[segment] = len(lines)
            lines.append(Line(block_index, start, end, touching))
    return layout
