"""Pilot tests: the reader keeps the reader's place (panes scroll together, keys start from the view, a resize keeps
the current item in view, markers sit at sentence boundaries)."""

from __future__ import annotations

from functools import partial

import pytest
from textual.strip import Strip

from core.models import AlignedItem, Alignment, Role, Verdict
from tests.conftest import make_alignment, make_article
from tui.app import StorydiffApp
from tui.render import VERDICT_SYMBOLS
from tui.screens.main import ReaderScreen
from tui.widgets.article_pane import GUTTER, ArticlePane

SIZE = (100, 30)
FILLER = "and the officials who spoke on the condition of anonymity said the talks would go on for weeks"


def long_pair() -> Alignment:
    """Sixty passages a side, each a paragraph of its own, told in a different order on the right, with a
    stretch of twelve passages that only the left report has (items 20-31) and a few only the right one has."""
    left_parts: list[tuple[Role, str] | None] = []
    right_parts: list[tuple[Role, str] | None] = []
    for number in range(60):
        left_parts += [("body", f"Left fact {number} {FILLER}."), None]
    order = [n for n in range(60) if not 20 <= n < 32]
    order = order[:10] + order[10:30][::-1] + order[30:]  # a reordered stretch
    for number in order:
        right_parts += [("body", f"Right fact {number} {FILLER}."), None]
        if number % 17 == 5:
            right_parts += [("body", f"Only the right report adds this about fact {number}."), None]
    left, right = make_article(left_parts[:-1], path="left.txt"), make_article(right_parts[:-1], path="right.txt")
    right_id = {}
    for segment in right.segments:
        words = segment.text.split()
        if words[0] == "Right":
            right_id[int(words[2])] = segment.id
    items: list[AlignedItem] = []
    for number in range(60):
        left_id = f"s{number + 1}"
        if number in right_id:
            verdict: Verdict = "differ" if number % 3 == 0 else "agree"
            items.append(AlignedItem((left_id,), (right_id[number],), verdict, 0.8))
        else:
            items.append(AlignedItem((left_id,), (), "left-only", 0.0))
        if number % 17 == 5 and number in right_id:
            extra = next(s.id for s in right.segments if s.text.endswith(f"about fact {number}."))
            items.append(AlignedItem((), (extra,), "right-only", 0.0))
    return make_alignment(left, right, items)


def reader_app(alignment: Alignment) -> StorydiffApp:
    return StorydiffApp(partial(ReaderScreen, alignment.left, alignment.right, alignment=alignment))


def reader(app: StorydiffApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def panes(app: StorydiffApp) -> tuple[ArticlePane, ArticlePane]:
    return app.screen.query_one("#left-pane", ArticlePane), app.screen.query_one("#right-pane", ArticlePane)


def row_text(strip: Strip) -> str:
    return "".join(segment.text for segment in strip).rstrip()


def level(scrolled: ArticlePane, other: ArticlePane) -> bool:
    """Whether the passage at the top of ``scrolled`` starts on the same row as its counterpart in ``other`` (rows
    counted from the top of each view; above it when the passage starts above the view)."""
    found = scrolled.item_near(scrolled.top_line)
    assert found is not None
    mine, theirs = scrolled.item_lines(found[0]), other.item_lines(found[0])
    assert mine is not None
    assert theirs is not None
    return theirs[0] - other.top_line == mine[0] - scrolled.top_line


async def test_scrolling_one_pane_brings_the_counterpart_level_in_the_other() -> None:
    """PageDown in the left pane scrolls the right pane so the passage at the top has its counterpart beside it,
    even where the right report tells things in another order; then the same from the right pane."""
    app = reader_app(long_pair())
    async with app.run_test(size=SIZE) as pilot:
        left, right = panes(app)
        await pilot.press("pagedown")
        await pilot.pause()
        assert left.top_line > 0
        assert level(left, right)
        checked = 0
        for _ in range(12):
            await pilot.press("pagedown")
            await pilot.pause()
            found = left.item_near(left.top_line)
            assert found is not None
            if right.item_lines(found[0]) is not None:  # a page that starts on a linked passage
                assert level(left, right)
                checked += 1
        assert checked >= 6
        await pilot.press("tab", "pageup")
        await pilot.pause()
        assert level(right, left)


async def test_a_one_sided_stretch_lets_the_other_pane_rest() -> None:
    """While the top of the left pane is in passages only the left report has, the right pane does not move."""
    alignment = long_pair()
    app = reader_app(alignment)
    async with app.run_test(size=SIZE) as pilot:
        left, right = panes(app)
        first = left.item_lines(20)
        assert first is not None
        left.scroll_to(y=first[0], animate=False, immediate=True)  # as a drag of the scrollbar would
        await pilot.pause()
        resting = right.top_line
        left.scroll_to(y=first[0] + 3, animate=False, immediate=True)
        await pilot.pause()
        assert alignment.items[left.item_near(left.top_line)[0]].verdict == "left-only"  # type: ignore[index]
        assert right.top_line == resting


async def test_l_turns_scrolling_together_off_and_on() -> None:
    """With scrolling together off, PageDown moves only the focused pane; l turns it back on."""
    app = reader_app(long_pair())
    async with app.run_test(size=SIZE) as pilot:
        left, right = panes(app)
        await pilot.press("l")
        assert not reader(app).scroll_together
        before = right.top_line
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        assert right.top_line == before
        await pilot.press("l", "pagedown")
        await pilot.pause()
        assert level(left, right)


@pytest.mark.parametrize(("key", "first"), [("j", True), ("right_square_bracket", True), ("k", False)])
async def test_after_scrolling_keys_start_from_the_passage_in_view(key: str, first: bool) -> None:
    """PageDown twice, then j (or ]) selects the first item in view, k the last: never the item before the scroll."""
    alignment = long_pair()
    app = reader_app(alignment)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        left, _ = panes(app)
        await pilot.press("j")
        assert screen.current == 1
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        in_view = left.items_in_view()
        assert 1 not in in_view
        await pilot.press(key)
        assert screen.current is not None
        assert screen.current in in_view
        if key == "right_square_bracket":
            assert alignment.items[screen.current].is_difference
            assert screen.current == next(item for item in in_view if alignment.items[item].is_difference)
        else:
            assert screen.current == (in_view[0] if first else in_view[-1])
        await pilot.press("j")  # from an item in view, keys step as usual
        assert screen.current > in_view[0]


async def test_a_resize_keeps_the_current_item_in_view_in_both_panes() -> None:
    """After 160×48 → 100×30 (and back up), the current item is still on screen in both panes."""
    app = reader_app(long_pair())
    async with app.run_test(size=(160, 48)) as pilot:
        screen = reader(app)
        for _ in range(45):
            await pilot.press("j")
        current = screen.current
        assert current is not None
        left, right = panes(app)
        for size in ((100, 30), (80, 24), (160, 48)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            assert screen.current == current
            assert left.shows_in_view(current), size
            assert right.shows_in_view(current), size


@pytest.mark.parametrize("width", [40, 60, 80, 100, 140])
@pytest.mark.parametrize("pair", ["long", "hand"])
async def test_markers_sit_at_sentence_boundaries(width: int, pair: str, hand_pair: Alignment) -> None:
    """A verdict symbol is never left at the end of a line away from its sentence, and the ▸ of a passage only the
    other report has marks a blank line or the line where a sentence starts."""
    alignment = long_pair() if pair == "long" else hand_pair
    app = reader_app(alignment)
    symbols = tuple(VERDICT_SYMBOLS.values())
    async with app.run_test(size=(width, 30)) as pilot:
        screen = reader(app)
        for pane in panes(app):
            for row in [row_text(pane.render_line(y))[GUTTER:] for y in range(pane.line_count)]:
                assert not row.endswith(symbols), row
        for index, item in enumerate(alignment.items):
            if item.verdict not in ("left-only", "right-only"):
                continue
            screen.current = index
            await pilot.pause()
            pane = panes(app)[1 if item.verdict == "left-only" else 0]
            gap = pane.gap_line
            assert gap is not None
            pane.scroll_to(y=gap, animate=False, immediate=True)
            row = row_text(pane.render_line(gap - pane.top_line))
            assert row.startswith("▸")
            assert pane.article is not None
            starts = {pane.segment_line(number) for number in range(len(pane.article.segments))}
            assert row[GUTTER:] == "" or gap in starts, row
