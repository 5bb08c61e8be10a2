"""Snapshot tests of the reader's main states at a fixed size (pytest-textual-snapshot).

The scenes are the ones ``make screenshots`` renders (``tui.screenshots.SCENES``), plus the export dialog.
After an intended change of look, or when the aligner changes, regenerate every snapshot with one command and
review the report before committing:

    .venv/bin/pytest tests/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot

from tui.screenshots import SCENES, SIZE, Scene, seed_app, settle

SnapCompare = Callable[..., bool]


@pytest.mark.parametrize("scene", SCENES, ids=[scene.name for scene in SCENES])
def test_scene(snap_compare: SnapCompare, scene: Scene) -> None:
    """Main view, a differ item with reasons, a one-sided item with its nearest passage, the pair view, help, the
    picker, 80×24, and 256 colours in a dark and a light theme look as approved."""
    assert snap_compare(scene.app(), press=scene.press, terminal_size=scene.size, run_before=scene.prepare)


def test_export_dialog(snap_compare: SnapCompare) -> None:
    """The export dialog over the reader, cursor frozen."""

    async def open_dialog(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)

    assert snap_compare(seed_app(), terminal_size=SIZE, run_before=open_dialog)
