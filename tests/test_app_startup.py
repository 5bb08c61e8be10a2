"""Pilot tests of the reader's start: the articles are on screen before their alignment, and nothing that needs
the alignment happens until it has arrived."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.strip import Strip
from textual.widgets import Input
from textual.widgets._footer import FooterKey

from core.align.aligner import align
from core.align.settings import AlignSettings
from core.errors import AlignmentError
from core.models import Alignment, Article, Side
from core.reading.library import PairEntry, load_library
from core.reading.load import load_article
from tests.conftest import SEEDS
from tui.app import StorydiffApp, make_app, make_library_app
from tui.bindings import NEEDS_ALIGNMENT
from tui.layout import PENDING_SYMBOL
from tui.render import VERDICT_SYMBOLS
from tui.screens import picker, reader_alignment
from tui.screens.main import ReaderScreen
from tui.widgets.article_pane import GUTTER, ArticlePane
from tui.widgets.status_line import ALIGNING, StatusLine

SIZE = (140, 40)

ALIGNMENT_KEYS: tuple[str, ...] = (
    *("j", "down", "k", "right_square_bracket", "left_square_bracket", "g", "G"),
    *("f", "v", "s", "e", "n", "N", "slash"),
)
"""Keys whose actions need the alignment (items, differences, filter, pair view, swap, export, search)."""


@pytest.fixture
def held_aligner(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Make the reader align in its worker, and hold the aligner there until the event is set."""
    release = threading.Event()

    def held_align(_: object, left: Article, right: Article, *, settings: AlignSettings) -> Alignment:
        release.wait(timeout=60)
        return align(left, right, settings=settings)

    monkeypatch.setattr(reader_alignment, "SYNC_ALIGN_LIMIT", 0)
    monkeypatch.setattr(reader_alignment, "align_elsewhere", held_align)
    yield release
    release.set()


def seed_app(seed_paths: tuple[Path, Path]) -> StorydiffApp:
    return make_app(load_article(seed_paths[0]), load_article(seed_paths[1]))


def reader(app: StorydiffApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def row_text(strip: Strip) -> str:
    return "".join(segment.text for segment in strip).rstrip()


async def footer_shows(pilot: Pilot[None], screen: ReaderScreen, action: str, *, disabled: bool) -> bool:
    """Whether the footer comes to show ``action``'s key as (not) disabled; it recomposes after a refresh."""
    for _ in range(50):
        await pilot.pause()
        keys = [key for key in screen.query(FooterKey) if key.action == action]
        if keys and all(key.has_class("-disabled") == disabled for key in keys):
            return True
    return False


def status(app: StorydiffApp) -> str:
    return str(app.screen.query_one(StatusLine).render())


async def test_articles_show_before_the_alignment(seed_paths: tuple[Path, Path], held_aligner: threading.Event) -> None:
    """While aligning, both panes show their article and the status line says so; then the alignment arrives."""
    app = seed_app(seed_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert screen.alignment is None
        assert ALIGNING in status(app)
        for pane, article in zip(screen.query(ArticlePane), (screen.left_article, screen.right_article), strict=True):
            shown = " ".join(row_text(pane.render_line(y)) for y in range(pane.scrollable_content_region.height))
            assert article.title is not None
            assert " ".join(article.title.split()[:4]) in " ".join(shown.split())
        held_aligner.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.alignment is not None
        assert screen.current == 0
        assert f"item 1 of {len(screen.alignment.items)}" in status(app)


async def test_the_first_frame_is_wrapped_for_the_panes_real_width(
    seed_paths: tuple[Path, Path], held_aligner: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every row the panes draw first is the row they still draw once settled: no flash of text wrapped for a
    width the pane does not have (Textual draws a widget before it hears of its size)."""
    first: dict[tuple[Side, int], str] = {}
    draw = ArticlePane.render_line

    def recording(pane: ArticlePane, y: int) -> Strip:
        strip = draw(pane, y)
        first.setdefault((pane.side, y), row_text(strip))
        return strip

    monkeypatch.setattr(ArticlePane, "render_line", recording)
    app = seed_app(seed_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        panes = {pane.side: pane for pane in reader(app).query(ArticlePane)}
        assert any(text for text in first.values())
        for (side, y), text in first.items():
            assert text == row_text(draw(panes[side], y)), (side, y)
        held_aligner.set()
        await app.workers.wait_for_complete()


async def test_the_text_does_not_move_when_the_verdicts_arrive(
    seed_paths: tuple[Path, Path], held_aligner: threading.Event
) -> None:
    """While aligning, every passage that will get a verdict marker shows a placeholder of the same width; when the
    verdicts arrive, each row keeps its words and only the markers change (the reader's eye is not thrown)."""
    app = seed_app(seed_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        panes = list(reader(app).query(ArticlePane))
        before = [[row_text(pane.render_line(y)) for y in range(pane.line_count)] for pane in panes]
        assert any(PENDING_SYMBOL + " " in row for rows in before for row in rows)
        held_aligner.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        after = [[row_text(pane.render_line(y)) for y in range(pane.line_count)] for pane in panes]
        assert [len(rows) for rows in after] == [len(rows) for rows in before]
        symbols = "".join(VERDICT_SYMBOLS.values())
        for rows_before, rows_after in zip(before, after, strict=True):
            for old, new in zip(rows_before, rows_after, strict=True):
                old, new = old[GUTTER:], new[GUTTER:]  # the gutter marks the current item once there is one
                assert len(old) == len(new), (old, new)
                unchanged = [a == b or (a == PENDING_SYMBOL and b in symbols) for a, b in zip(old, new, strict=True)]
                assert all(unchanged), (old, new)
        assert not any(PENDING_SYMBOL + " " in row for rows in after for row in rows)


async def test_keys_that_need_the_alignment_wait_for_it(
    seed_paths: tuple[Path, Path], held_aligner: threading.Event
) -> None:
    """Item, filter, view, swap, export and search keys (and their palette commands) do nothing while aligning,
    and are shown disabled; once the alignment is on screen they work, from the first item."""
    app = seed_app(seed_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert await footer_shows(pilot, screen, "next_item", disabled=True)
        await pilot.press(*ALIGNMENT_KEYS)
        for action in NEEDS_ALIGNMENT:  # as the command palette runs them, past the disabled keys
            await screen.run_action(action)
        await pilot.pause()
        assert app.screen is screen  # no export dialog
        assert screen.alignment is None
        assert screen.current is None
        assert (screen.filter_name, screen.pair_view) == ("all", False)
        assert not screen.query_one("#search", Input).has_class("open")
        assert screen.search.query == ""
        assert ALIGNING in status(app)
        assert all(screen.check_action(action, ()) is None for action in NEEDS_ALIGNMENT)
        held_aligner.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.alignment is not None
        assert (screen.current, screen.filter_name, screen.pair_view) == (0, "all", False)
        assert await footer_shows(pilot, screen, "next_item", disabled=False)
        await pilot.press("j", "f")
        assert screen.current is not None
        assert screen.current > 0
        assert screen.filter_name == "differences"


async def test_scrolling_and_clutter_work_while_aligning(
    seed_paths: tuple[Path, Path], held_aligner: threading.Event
) -> None:
    """The reader can page through an article and hide clutter before the alignment; when it arrives, the reader
    stays where they were reading, and clutter stays hidden."""
    app = seed_app(seed_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        left = screen.query_one("#left-pane", ArticlePane)
        assert screen.focused is left
        await pilot.press("pagedown", "pagedown")
        assert left.scroll_offset.y > 0
        top = left.top_segment()
        assert top is not None
        reading = screen.left_article.segments[top].id
        await pilot.press("b")
        assert screen.show_clutter is False
        held_aligner.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.alignment is not None
        assert screen.current is not None
        assert reading in screen.alignment.items[screen.current].left  # still where the reader was reading
        assert left.scroll_offset.y > 0
        right = screen.query_one("#right-pane", ArticlePane)
        assert not right.show_clutter
        shown = " ".join(row_text(right.render_line(y)) for y in range(right.line_count))
        assert "clutter passages hidden" in shown


@pytest.mark.parametrize("limit", [0, 10_000], ids=["worker", "event-loop"])
async def test_a_refused_alignment_replaces_the_articles_with_the_reason(
    seed_paths: tuple[Path, Path], limit: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the aligner refuses the pair, the reader says why in one line, and the item keys stay disabled."""

    def refuse(*_: object, **__: object) -> Alignment:
        raise AlignmentError("settings out of range")

    monkeypatch.setattr(reader_alignment, "SYNC_ALIGN_LIMIT", limit)
    monkeypatch.setattr(reader_alignment, "align", refuse)
    monkeypatch.setattr(reader_alignment, "align_elsewhere", refuse)
    app = seed_app(seed_paths)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = reader(app)
        assert "cannot align: settings out of range" in str(screen.query_one("#failed").render())
        assert "not aligned" in status(app)
        await pilot.press("j", "e")
        assert app.screen is screen
        assert screen.current is None


async def test_a_pair_opened_from_the_picker_before_it_is_aligned_aligns_in_the_reader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Enter on a pair the picker has not aligned yet opens the reader on its articles; the reader aligns it."""
    release = threading.Event()

    def held_pair(_: object, entry: PairEntry, settings: AlignSettings) -> Alignment:
        release.wait(timeout=60)
        return align(load_article(entry.left), load_article(entry.right), settings=settings)

    def held_align(_: object, left: Article, right: Article, *, settings: AlignSettings) -> Alignment:
        release.wait(timeout=60)
        return align(left, right, settings=settings)

    monkeypatch.setattr(picker, "align_pair", held_pair)
    monkeypatch.setattr(reader_alignment, "align_elsewhere", held_align)
    monkeypatch.setattr(reader_alignment, "SYNC_ALIGN_LIMIT", 0)
    app = make_library_app(load_library(SEEDS))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        screen = reader(app)
        assert screen.alignment is None
        assert ALIGNING in status(app)
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.alignment is not None
        assert screen.current == 0
        await pilot.press("escape")
        assert not isinstance(app.screen, ReaderScreen)
