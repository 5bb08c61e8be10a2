"""Pilot tests of the reader on a hand-built alignment: state after key presses and clicks."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from core.align.aligner import align
from core.errors import AlignmentError
from core.models import AlignedItem, Alignment, Role
from tests.conftest import make_alignment, make_article
from tui.app import StorydiffApp
from tui.screens import reader_alignment
from tui.screens.confirm import ConfirmScreen
from tui.screens.export import ExportScreen
from tui.screens.help import HelpScreen
from tui.screens.main import ReaderScreen
from tui.widgets.article_pane import ArticlePane
from tui.widgets.minimap import Minimap
from tui.widgets.status_line import StatusLine

SIZE = (120, 36)


def reader_app(alignment: Alignment) -> StorydiffApp:
    """The reader over a ready alignment (no worker involved)."""
    return StorydiffApp(partial(ReaderScreen, alignment.left, alignment.right, alignment=alignment))


def reader(app: StorydiffApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def pane_text(pane: ArticlePane) -> str:
    """Every line the pane would draw, as plain text."""
    lines = []
    for y in range(pane.line_count):
        pane.scroll_to(y=0, animate=False, immediate=True)
        lines.append("".join(segment.text for segment in pane.render_line(y)).rstrip())
    return "\n".join(lines)


async def test_item_navigation_keys(hand_pair: Alignment) -> None:
    """j/k and the arrows step through items; g/G go to the ends."""
    app = reader_app(hand_pair)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        assert screen.current == 0
        await pilot.press("j", "j", "down")
        assert screen.current == 3
        await pilot.press("k", "up")
        assert screen.current == 1
        await pilot.press("G")
        assert screen.current == 6
        await pilot.press("j")
        assert screen.current == 6
        await pilot.press("g")
        assert screen.current == 0
        await pilot.press("k")
        assert screen.current == 0


async def test_difference_keys_skip_agreements(hand_pair: Alignment) -> None:
    """] and [ stop only at differ and one-sided items."""
    app = reader_app(hand_pair)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        stops = []
        for _ in range(5):
            await pilot.press("right_square_bracket")
            stops.append(screen.current)
        assert stops == [2, 3, 4, 6, 6]
        await pilot.press("left_square_bracket")
        assert screen.current == 4
        status = str(app.screen.query_one(StatusLine).render())
        assert "item 5 of 7" in status
        assert "difference 3 of 4" in status


async def test_the_additions_filter_stops_at_agreeing_passages_that_list_what_one_side_adds() -> None:
    """On an agree item, one side alone gives a figure and the other alone names its source; the additions filter
    stops there and nowhere else, and the detail shows both."""
    left = make_article(
        [
            ("body", "Lusmark summoned the Veltrian envoy over the dispatch of thousands of naval engineers."),
            ("body", "The harbour was closed to shipping on Monday."),
        ],
        path="left.txt",
        outlet="Left Daily",
    )
    right = make_article(
        [
            (
                "body",
                "Lusmark summoned the Veltrian envoy over the dispatch of naval engineers, the Harbour Gazette said.",
            ),
            ("body", "The harbour was closed to shipping on Monday."),
        ],
        path="right.txt",
        outlet="Right Times",
    )
    alignment = align(left, right)
    added = [k for k, item in enumerate(alignment.items) if item.adds_details]
    assert [alignment.items[k].verdict for k in added] == ["agree"]
    app = reader_app(alignment)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await pilot.press("f", "f")
        assert screen.filter_name == "additions"
        assert screen.current == added[0]
        await pilot.press("j")
        assert screen.current == added[0]
        detail = str(app.screen.query_one("#detail-body", Static).render())
        assert "only Left Daily has thousands of naval engineers" in detail
        assert "only Right Times has the Harbour Gazette said" in detail


async def test_filter_cycles_and_restricts_navigation(hand_pair: Alignment) -> None:
    """f cycles all → differences → additions → agree → only left → only right; j/k then stop only at kept items."""
    app = reader_app(hand_pair)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await pilot.press("f")
        assert screen.filter_name == "differences"
        assert screen.current == 2
        await pilot.press("j", "j")
        assert screen.current == 4
        await pilot.press("f")
        assert screen.filter_name == "additions"  # no agree here lists what one side adds: the reader stays put
        assert screen.current == 4
        await pilot.press("f")
        assert screen.filter_name == "agree"
        assert screen.current == 5
        await pilot.press("f")
        assert screen.filter_name == "only left"
        await pilot.press("g")
        assert screen.current == 3
        await pilot.press("j")
        assert screen.current == 6
        await pilot.press("f")
        assert screen.filter_name == "only right"
        assert screen.current == 4
        await pilot.press("f")
        assert screen.filter_name == "all"


async def test_tab_switches_the_focused_pane(hand_pair: Alignment) -> None:
    """Tab moves the focus between the two article panes."""
    app = reader_app(hand_pair)
    async with app.run_test(size=SIZE) as pilot:
        assert app.focused is not None
        assert app.focused.id == "left-pane"
        await pilot.press("tab")
        assert app.focused is not None
        assert app.focused.id == "right-pane"
        await pilot.press("tab")
        assert app.focused is not None
        assert app.focused.id == "left-pane"


async def test_search_finds_matches_in_both_articles(hand_pair: Alignment) -> None:
    """/ then a query finds it in both articles, in reading order; n and N move between matches."""
    app = reader_app(hand_pair)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await pilot.press("slash", *"MAYOR", "enter")
        assert [(m.side, m.item) for m in screen.search.matches] == [("left", 5), ("right", 5)]
        assert screen.search.index == 0
        assert screen.current == 5
        await pilot.press("n")
        assert screen.search.index == 1
        await pilot.press("n")
        assert screen.search.index == 0
        await pilot.press("N")
        assert screen.search.index == 1
        assert "match 2 of 2" in str(app.screen.query_one(StatusLine).render())
        await pilot.press("escape")
        assert screen.search.matches == []


async def test_search_without_matches_says_so(hand_pair: Alignment) -> None:
    """A query found nowhere leaves the position alone and says so in the status line."""
    app = reader_app(hand_pair)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await pilot.press("j", "slash", *"volcano", "enter")
        assert screen.search.matches == []
        assert screen.current == 1
        assert "no match" in str(app.screen.query_one(StatusLine).render())


async def test_pair_view_toggle(hand_pair: Alignment) -> None:
    """v shows one row per item and back; navigation still works in the pair view."""
    app = reader_app(hand_pair)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await pilot.press("v")
        assert screen.pair_view
        assert app.focused is not None
        assert app.focused.id == "pairs"
        await pilot.press("j")
        assert screen.current == 1
        await pilot.press("v")
        assert not screen.pair_view
        assert app.focused is not None
        assert app.focused.id in ("left-pane", "right-pane")


async def test_clutter_toggle_collapses_captions(hand_pair: Alignment) -> None:
    """b hides clutter behind a placeholder line, and shows it again."""
    app = reader_app(hand_pair)
    async with app.run_test(size=SIZE) as pilot:
        left = app.screen.query_one("#left-pane", ArticlePane)
        assert "Photo: a flooded street." in pane_text(left)
        await pilot.press("b")
        shown = pane_text(left)
        assert "Photo: a flooded street." not in shown
        assert "1 clutter passage hidden" in shown
        await pilot.press("b")
        assert "Photo: a flooded street." in pane_text(left)


async def test_markup_in_articles_shows_literally(hand_pair: Alignment) -> None:
    """A sentence containing Rich markup is drawn as typed, not interpreted."""
    app = reader_app(hand_pair)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G")
        left = app.screen.query_one("#left-pane", ArticlePane)
        assert "Read [bold]more[/] at the end." in pane_text(left)


async def test_clicking_a_sentence_selects_its_item(hand_pair: Alignment) -> None:
    """A click on a sentence in the right pane makes its item current and focuses that pane."""
    app = reader_app(hand_pair)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        right = app.screen.query_one("#right-pane", ArticlePane)
        line = right.segment_line(1)  # "The mayor thanked the rescue teams." (item 5)
        assert line is not None
        row = line - round(right.scroll_offset.y) + right.styles.padding.top
        await pilot.click("#right-pane", offset=(6, row))
        assert screen.current == 5
        assert app.focused is right


async def test_reordered_pair_lines_up_in_both_panes() -> None:
    """When the right report tells things in reverse order, each pair still sits at one height in both."""
    count = 24
    left_parts: list[tuple[Role, str] | None] = []
    right_parts: list[tuple[Role, str] | None] = []
    for number in range(count):
        left_parts += [("body", f"Fact number {number} as the left report tells it."), None]
        right_parts += [("body", f"Fact number {count - 1 - number} as the right report tells it."), None]
    left, right = make_article(left_parts[:-1]), make_article(right_parts[:-1])
    items = [AlignedItem((f"s{n + 1}",), (f"s{count - n}",), "agree", 0.9) for n in range(count)]
    app = reader_app(make_alignment(left, right, items))
    async with app.run_test(size=(100, 30)) as pilot:
        left_pane = app.screen.query_one("#left-pane", ArticlePane)
        right_pane = app.screen.query_one("#right-pane", ArticlePane)
        for target in (8, 12, 15, 9):
            while reader(app).current != target:
                await pilot.press("j" if (reader(app).current or 0) < target else "k")
            left_lines, right_lines = left_pane.item_lines(target), right_pane.item_lines(target)
            assert left_lines is not None
            assert right_lines is not None
            row = left_pane.row_of_line(left_lines[0])
            assert row is not None
            assert right_pane.row_of_line(right_lines[0]) == row


async def test_minimap_click_jumps(hand_pair: Alignment) -> None:
    """Clicking the bottom of the overview's left column jumps to the last left passage."""
    app = reader_app(hand_pair)
    async with app.run_test(size=SIZE) as pilot:
        minimap = app.screen.query_one(Minimap)
        await pilot.click(Minimap, offset=(0, minimap.size.height - 1))
        assert reader(app).current == 6


async def test_help_opens_and_closes(hand_pair: Alignment) -> None:
    """? and F1 open the help with the keys and the legend; Escape closes it."""
    app = reader_app(hand_pair)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)


async def test_export_writes_the_chosen_format(
    hand_pair: Alignment, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """e opens the export dialog; choosing JSON and a path writes that file."""
    monkeypatch.chdir(tmp_path)
    app = reader_app(hand_pair)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        await pilot.click("#format-json")
        field = app.screen.query_one("#export-path", Input)
        assert field.value.endswith(".json")
        field.value = str(tmp_path / "out.json")
        await pilot.click("#export")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
    written = (tmp_path / "out.json").read_text(encoding="utf-8")
    assert written.lstrip().startswith("{")
    assert "Left Daily" in written


async def test_export_asks_before_overwriting(hand_pair: Alignment, tmp_path: Path) -> None:
    """An existing file is only replaced after a yes; a no leaves it alone."""
    target = tmp_path / "report.md"
    target.write_text("keep me", encoding="utf-8")
    app = reader_app(hand_pair)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert target.read_text(encoding="utf-8") == "keep me"
        await pilot.press("e")
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter", "y")
        await pilot.pause()
    assert target.read_text(encoding="utf-8") != "keep me"


async def test_keys_can_be_remapped_by_binding_id(hand_pair: Alignment) -> None:
    """A keymap naming a binding id moves that action to another key."""
    app = reader_app(hand_pair)
    async with app.run_test(size=SIZE) as pilot:
        app.set_keymap({"next_difference": "x"})
        await pilot.press("x")
        assert reader(app).current == 2


async def test_alignment_errors_are_shown_not_raised(hand_pair: Alignment, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the aligner refuses a pair, the reader says why in one line instead of crashing."""

    def refuse(*_: object, **__: object) -> Alignment:
        raise AlignmentError("settings out of range")

    monkeypatch.setattr(reader_alignment, "align", refuse)
    app = StorydiffApp(partial(ReaderScreen, hand_pair.left, hand_pair.right))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        failed = app.screen.query_one("#failed")
        assert failed.display
        assert "cannot align: settings out of range" in str(failed.render())


async def test_search_for_markup_is_literal(hand_pair: Alignment) -> None:
    """A query that looks like markup is searched for as typed, and shown as typed."""
    app = reader_app(hand_pair)
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await pilot.press("slash", "left_square_bracket", *"bold", "right_square_bracket", "enter")
        assert [(m.side, m.item) for m in screen.search.matches] == [("left", 6)]
        assert screen.current == 6
        await pilot.press("slash", "left_square_bracket", "slash", *"oops", "enter")
        assert screen.search.matches == []
        assert "no match for “[/oops”" in str(app.screen.query_one(StatusLine).render())
