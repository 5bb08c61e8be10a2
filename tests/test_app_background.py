"""The reader's background work: quitting never waits for it, stale results are dropped, failures are shown,
and a folder of many pairs is worked out only where the reader looks."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from core.align import AlignSettings
from core.errors import StorydiffError
from core.models import Alignment, Article
from core.reading import PairEntry, load_library
from tests.conftest import SEEDS
from tui.align_process import AlignerProcess, AlignerStopped
from tui.app import StorydiffApp, make_library_app
from tui.screens import picker, reader_alignment
from tui.screens.main import ReaderScreen
from tui.screens.picker import KEEP_ALIGNMENTS, PickerScreen
from tui.widgets.pair_list import PairList

SIZE = (120, 36)


@pytest.fixture
def stuck_aligner(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Make every pair align in the background, in an aligner that never finishes until the event is set."""
    release = threading.Event()

    def stuck(*_: object, **__: object) -> Alignment:
        release.wait(timeout=120)
        raise StorydiffError("released")

    monkeypatch.setattr(reader_alignment, "SYNC_ALIGN_LIMIT", 0)
    monkeypatch.setattr(reader_alignment, "align_elsewhere", stuck)
    yield release
    release.set()


def reader_app(alignment: Alignment | None, left: Article, right: Article) -> StorydiffApp:
    return StorydiffApp(partial(ReaderScreen, left, right, alignment=alignment))


@pytest.mark.parametrize("key", ["q", "ctrl+q", "ctrl+c"])
async def test_quitting_does_not_wait_for_a_running_alignment(
    hand_pair: Alignment, stuck_aligner: threading.Event, key: str
) -> None:
    """q, Ctrl+Q and Ctrl+C end the reader while its alignment is still running; the work is abandoned, not awaited."""
    app = reader_app(None, hand_pair.left, hand_pair.right)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.alignment is None
        await pilot.press(key)
    assert app.return_code == 0
    assert not stuck_aligner.is_set()  # the aligner is still stuck: the exit did not wait for it


async def test_an_unexpected_aligner_error_is_shown_in_one_line(
    hand_pair: Alignment, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error that is not storydiff's own (a bug) is shown where the articles would be, named as a bug."""

    def broken(*_: object, **__: object) -> Alignment:
        raise OverflowError("int too large to convert to float")

    monkeypatch.setattr(reader_alignment, "align", broken)
    app = reader_app(None, hand_pair.left, hand_pair.right)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = str(app.screen.query_one("#failed").render())
        assert "unexpected OverflowError: int too large to convert to float" in shown
        assert "bug" in shown


async def test_two_quick_swaps_leave_the_pair_as_it_was(hand_pair: Alignment) -> None:
    """s then s returns to the same sides and the same item, however the two swaps overlap."""
    app = reader_app(hand_pair, hand_pair.left, hand_pair.right)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        await pilot.press("j", "j")
        await pilot.press("s", "s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.alignment is not None
        assert screen.alignment.left.path == hand_pair.left.path
        assert screen.current == 2
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.alignment.left.path == hand_pair.right.path
        assert screen.current is not None
        assert screen.alignment.items[screen.current].right == hand_pair.items[2].left


def test_the_aligner_process_aligns_and_stops(seed_paths: tuple[Path, Path]) -> None:
    """The child process aligns a pair of files; once stopped it has ended, and refuses further work."""
    aligner = AlignerProcess()
    alignment = aligner.align_files(*seed_paths, AlignSettings())
    assert alignment.left.outlet == "The Guardian"
    process = aligner._process
    assert process is not None
    aligner.stop()
    assert process.wait(timeout=30) is not None
    with pytest.raises(AlignerStopped):
        aligner.align_files(*seed_paths, AlignSettings())


def test_the_aligner_process_reports_a_bad_pair_as_an_error(tmp_path: Path, seed_paths: tuple[Path, Path]) -> None:
    """A pair the child cannot read comes back as storydiff's one-line error, and the child keeps serving."""
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    aligner = AlignerProcess()
    try:
        with pytest.raises(StorydiffError, match="is empty"):
            aligner.align_files(empty, seed_paths[1], AlignSettings())
        assert aligner.align_files(*seed_paths, AlignSettings()).items
    finally:
        aligner.stop()


def many_pairs(tmp_path: Path, count: int) -> tuple[PairEntry, ...]:
    """A folder whose manifest lists the seed pair ``count`` times (files outside it, so read with allow_outside)."""
    lines = []
    for number in range(count):
        lines += ["[[pair]]", f'name = "pair {number}"', f'left = "{SEEDS / "guardian.txt"}"']
        lines += [f'right = "{SEEDS / "kyiv-independent.txt"}"', ""]
    (tmp_path / "pairs.toml").write_text("\n".join(lines), encoding="utf-8")
    return load_library(tmp_path, allow_outside=True)


async def test_the_picker_works_out_only_the_pairs_on_screen(
    tmp_path: Path, hand_pair: Alignment, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Of 2,000 pairs, only the rows in view are read and aligned; scrolling to the end works out the last ones, and
    only a few alignments are kept."""
    worked: list[str] = []

    def fake_pair(_: object, entry: PairEntry, settings: AlignSettings) -> Alignment:
        worked.append(entry.name)
        return hand_pair

    monkeypatch.setattr(picker, "align_pair", fake_pair)
    entries = many_pairs(tmp_path, 2000)
    app = make_library_app(entries)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PickerScreen)
        rows = screen.query_one(PairList).in_view()
        assert 10 < len(rows) < 40
        assert set(worked) == {f"pair {row}" for row in rows}
        await pilot.press("end")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "pair 1999" in worked
        assert len(worked) < 100
        assert len(screen.alignments) <= KEEP_ALIGNMENTS
        await pilot.press("enter")
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.alignment is hand_pair


async def test_a_pair_that_breaks_the_aligner_shows_its_error_in_its_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unexpected error in one pair is that pair's one-line error; the list and the other pairs carry on."""

    def broken(_: object, entry: PairEntry, settings: AlignSettings) -> Alignment:
        if entry.name == "pair 1":
            raise OverflowError("int too large to convert to float")
        raise StorydiffError("not this one either")

    monkeypatch.setattr(picker, "align_pair", broken)
    app = make_library_app(many_pairs(tmp_path, 3))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PickerScreen)
        assert set(screen.results) == {0, 1, 2}
        assert "unexpected OverflowError" in screen.results[1].error
        assert screen.results[2].error == "not this one either"
