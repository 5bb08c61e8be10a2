"""Pilot tests on the seed pair and the seeds/ library: robust facts, not the aligner's exact choices."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from core.align.aligner import align
from core.align.settings import AlignSettings
from core.models import Alignment, Article
from core.reading.library import load_library
from core.reading.load import load_article
from tests.conftest import SEEDS
from tui.app import make_app, make_library_app
from tui.screens import reader_alignment
from tui.screens.main import ReaderScreen
from tui.screens.picker import PickerScreen
from tui.widgets.article_pane import ArticlePane
from tui.widgets.status_line import StatusLine

SIZE = (140, 40)


@pytest.mark.parametrize("limit", [0, 10_000], ids=["worker", "before-first-frame"])
async def test_seed_pair_aligns_and_shows(
    seed_paths: tuple[Path, Path], limit: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The seed pair opens aligned on its first item, whether it is aligned in a worker or up front."""
    monkeypatch.setattr(reader_alignment, "SYNC_ALIGN_LIMIT", limit)
    threads: list[bool] = []

    def recording_align(left: Article, right: Article, *, settings: AlignSettings | None = None) -> Alignment:
        threads.append(threading.current_thread() is threading.main_thread())
        return align(left, right, settings=settings)

    def recording_elsewhere(_: object, left: Article, right: Article, *, settings: AlignSettings) -> Alignment:
        return recording_align(left, right, settings=settings)

    monkeypatch.setattr(reader_alignment, "align", recording_align)
    monkeypatch.setattr(reader_alignment, "align_elsewhere", recording_elsewhere)
    app = make_app(load_article(seed_paths[0]), load_article(seed_paths[1]))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert threads == [limit > 0]
        assert screen.alignment is not None
        assert screen.current == 0
        total = len(screen.alignment.items)
        assert f"item 1 of {total}" in str(screen.query_one(StatusLine).render())
        for pane in screen.query(ArticlePane):
            assert pane.line_count > 10


async def test_seed_pair_difference_keys_stop_at_differences(seed_paths: tuple[Path, Path]) -> None:
    """] always lands on a differ or one-sided item, and G on the last item."""
    app = make_app(load_article(seed_paths[0]), load_article(seed_paths[1]))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert screen.alignment is not None
        for _ in range(3):
            await pilot.press("right_square_bracket")
            assert screen.current is not None
            assert screen.alignment.items[screen.current].is_difference
        await pilot.press("G")
        assert screen.current == len(screen.alignment.items) - 1


async def test_seed_pair_swap_keeps_the_passage(seed_paths: tuple[Path, Path]) -> None:
    """s exchanges the articles and stays on the passage the reader was on."""
    left, right = load_article(seed_paths[0]), load_article(seed_paths[1])
    app = make_app(left, right)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert screen.alignment is not None
        await pilot.press("right_square_bracket")
        assert screen.current is not None
        before = screen.alignment.items[screen.current]
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.alignment.left.path == right.path
        assert screen.alignment.right.path == left.path
        assert screen.current is not None
        after = screen.alignment.items[screen.current]
        kept = before.left[0] if before.left else None
        if kept is not None:
            assert kept in after.right
        else:
            assert before.right[0] in after.left


async def test_library_picker_opens_a_pair_and_comes_back() -> None:
    """The seeds/ folder opens as a picker; Enter opens the pair, Escape returns to the list."""
    entries = load_library(SEEDS)
    app = make_library_app(entries)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        assert set(picker.results) == set(range(len(entries)))
        await pilot.press("enter")
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.alignment is not None
        await pilot.press("escape")
        assert app.screen is picker


async def test_swap_keeps_the_filter_consistent(seed_paths: tuple[Path, Path]) -> None:
    """After a swap under a filter, the dimmed items are those the filter leaves out of the new alignment."""
    app = make_app(load_article(seed_paths[0]), load_article(seed_paths[1]))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("f", "s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert screen.alignment is not None
        kept = {i for i, item in enumerate(screen.alignment.items) if item.is_difference}
        for pane in screen.query(ArticlePane):
            assert pane.visible_items == kept
        assert screen.current in kept
