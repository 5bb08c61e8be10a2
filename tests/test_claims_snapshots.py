"""Snapshots of the claim view at the smallest usual terminal (80x24); the 160x48 one is a scene of
``tests/test_snapshots.py`` (``tui.screenshots.SCENES``). Regenerate after an intended change of look with
``.venv/bin/pytest tests/test_claims_snapshots.py --snapshot-update`` and review the report."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot

from tui.screens.claims import ComparisonScreen
from tui.screenshots import settle, three_outlets_app

SnapCompare = Callable[..., bool]


def test_claim_view_at_80x24(snap_compare: SnapCompare) -> None:
    """The claim list, the current claim's text and the footer fit a small terminal."""
    assert snap_compare(three_outlets_app(), press=("j",) * 7, terminal_size=(80, 24), run_before=settle)


def test_claim_view_ordered_by_another_outlet_at_80x24(snap_compare: SnapCompare) -> None:
    """In The Kyiv Independent's order, Example Wire's column marked, on the first claim Example Wire leaves out
    (set directly: the ``r`` and ``o`` keys would also show a passing notification)."""

    async def reorder(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, ComparisonScreen)
        screen.by, screen.watched = 1, 2
        await pilot.pause()

    assert snap_compare(
        three_outlets_app(), press=("right_square_bracket",), terminal_size=(80, 24), run_before=reorder
    )
