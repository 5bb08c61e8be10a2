"""Pilot tests of the claim view (three reports of one event) and the event picker: state after keys and clicks."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

import pytest
from rich.table import Table
from textual.widgets import DataTable, Input, Static

from core.align import compare
from core.claims import Comparison
from core.reading import EventEntry, load_article, load_events
from tests.conftest import SEEDS, make_article
from tui.app import StorydiffApp, make_comparison_app, make_event_app
from tui.screens.claim_dialogs import ClaimHelpScreen, FiguresScreen, PairChoiceScreen
from tui.screens.claims import ComparisonScreen
from tui.screens.event_picker import EventPickerScreen
from tui.screens.export import ExportScreen
from tui.screens.main import ReaderScreen
from tui.screenshots import settle
from tui.widgets.claim_detail import ClaimDetail
from tui.widgets.claim_list import ClaimList

SIZE = (120, 36)
SEED_FILES = ("guardian.txt", "kyiv-independent.txt", "example-wire.txt")


@pytest.fixture(scope="module")
def seed_three() -> Comparison:
    """The bundled three-outlet example, compared once for the module."""
    return compare([load_article(SEEDS / name) for name in SEED_FILES])


def claims_app(comparison: Comparison) -> StorydiffApp:
    """The claim view over a ready comparison (no worker involved)."""
    return StorydiffApp(partial(ComparisonScreen, comparison.articles, comparison=comparison))


def claims(app: StorydiffApp) -> ComparisonScreen:
    screen = app.screen
    assert isinstance(screen, ComparisonScreen)
    return screen


def status(screen: ComparisonScreen) -> str:
    return str(screen.query_one("#claim-status", Static).render())


def list_text(app: StorydiffApp) -> list[str]:
    """The visible lines of the claim list, as plain text."""
    view = app.screen.query_one(ClaimList)
    lines = range(view.scrollable_content_region.height)
    return ["".join(segment.text for segment in view.render_line(y)).rstrip() for y in lines]


async def test_the_claims_arrive_after_the_first_frame(seed_three: Comparison) -> None:
    """Built from articles only, the view names the outlets at once and fills in once the worker is done."""
    app = make_comparison_app(list(seed_three.articles))
    async with app.run_test(size=SIZE) as pilot:
        screen = claims(app)
        await settle(pilot)
        assert screen.comparison == seed_three
        assert screen.current == screen.order[0]
        header = list_text(app)[0]
        assert all(name in header for name in ("The Guardian", "The Kyiv", "Example Wi"))
        assert "claim 1 of" in status(screen)


async def test_claim_keys_step_through_the_rows(seed_three: Comparison) -> None:
    """j/k and the arrows move one claim; g/G go to the ends; the detail shows the current claim."""
    app = claims_app(seed_three)
    async with app.run_test(size=SIZE) as pilot:
        screen = claims(app)
        await pilot.press("j", "j", "down")
        assert screen.current == screen.order[3]
        await pilot.press("k")
        assert screen.current == screen.order[2]
        await pilot.press("G")
        assert screen.current == screen.order[-1]
        await pilot.press("g")
        assert screen.current == screen.order[0]
        await pilot.press("j")
        group = seed_three.groups[screen.order[1]]
        detail = screen.query_one(ClaimDetail).plain
        for article in group.outlets:
            assert seed_three.passage(group, article)[:40] in detail.replace("\n", " ")


async def test_brackets_step_through_the_claims_the_chosen_outlet_leaves_out(seed_three: Comparison) -> None:
    """] and [ stop only at claims the watched outlet lacks; o moves to the next outlet, and wraps."""
    app = claims_app(seed_three)
    async with app.run_test(size=SIZE) as pilot:
        screen = claims(app)
        assert screen.watched == 1
        stops = []
        for _ in range(4):
            await pilot.press("right_square_bracket")
            stops.append(screen.current)
        assert all(not seed_three.groups[g].carries(1) for g in stops)
        rows = [screen.order.index(g) for g in stops]
        assert rows == sorted(set(rows))
        await pilot.press("left_square_bracket")
        assert screen.current == stops[-2]
        assert "left out by The Kyiv Independent: 3 of" in status(screen)
        await pilot.press("o")
        assert screen.watched == 2
        await pilot.press("right_square_bracket")
        assert screen.current is not None
        assert not seed_three.groups[screen.current].carries(2)
        await pilot.press("o", "o")
        assert screen.watched == 1


async def test_r_orders_the_claims_as_another_outlet_reports_them(seed_three: Comparison) -> None:
    """The rows follow the chosen outlet's order; the current claim stays current."""
    app = claims_app(seed_three)
    async with app.run_test(size=SIZE) as pilot:
        screen = claims(app)
        await pilot.press("j", "j", "j")
        before = screen.current
        await pilot.press("r")
        assert screen.by == 1
        assert screen.current == before
        kyiv = seed_three.articles[1]
        position = {s.id: n for n, s in enumerate(kyiv.segments)}
        carried = [seed_three.groups[g].passages[1] for g in screen.order if seed_three.groups[g].carries(1)]
        starts = [position[ids[0]] for ids in carried]
        assert starts == sorted(starts)
        assert "as The Kyiv Independent reports it" in list_text(app)[0]


async def test_p_opens_two_outlets_in_the_pair_reader_and_escape_comes_back(seed_three: Comparison) -> None:
    """The pair reader opens on the chosen two, at the current claim; Escape returns to the same claim."""
    app = claims_app(seed_three)
    async with app.run_test(size=SIZE) as pilot:
        screen = claims(app)
        shared = next(g for g in screen.order if seed_three.groups[g].carries(0) and seed_three.groups[g].carries(1))
        screen.current = shared
        await pilot.press("p")
        assert isinstance(app.screen, PairChoiceScreen)
        await pilot.press("enter")
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert (reader.left_article.path, reader.right_article.path) == (
            seed_three.articles[0].path,
            seed_three.articles[1].path,
        )
        assert reader.alignment is not None
        assert reader.current is not None
        item = reader.alignment.items[reader.current]
        assert set(item.left) & set(seed_three.groups[shared].passages[0])
        await pilot.press("escape")
        assert app.screen is screen
        assert screen.current == shared


async def test_the_figures_and_the_help_open_and_close(seed_three: Comparison) -> None:
    """i shows the figures, ? the keys and legend; Escape closes each."""
    app = claims_app(seed_three)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("i")
        assert isinstance(app.screen, FiguresScreen)
        table = app.screen.query_one("#figures-counts", Static).content
        assert isinstance(table, Table)
        figures = seed_three.summary.outlets[0]
        assert [next(iter(column.cells)) for column in table.columns] == [
            "The Guardian",
            str(figures.claims),
            str(figures.with_all),
            str(figures.with_some),
            str(figures.alone),
        ]
        await pilot.press("escape")
        await pilot.press("question_mark")
        assert isinstance(app.screen, ClaimHelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, ComparisonScreen)


async def test_e_exports_the_comparison(seed_three: Comparison, tmp_path: Path) -> None:
    """The export dialog writes the comparison where the reader says, in the format chosen (JSON here)."""
    app = claims_app(seed_three)
    target = tmp_path / "claims.json"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        await pilot.click("#format-json")
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.click("#export")
        await pilot.pause()
    record = json.loads(target.read_text(encoding="utf-8"))
    assert record["format"] == "storydiff.comparison"
    assert len(record["groups"]) == len(seed_three.groups)


async def test_a_click_selects_a_claim(seed_three: Comparison) -> None:
    """Clicking a row makes its claim current; the header row does nothing."""
    app = claims_app(seed_three)
    async with app.run_test(size=SIZE) as pilot:
        screen = claims(app)
        await pilot.click(ClaimList, offset=(10, 4))
        assert screen.current == screen.order[3]
        await pilot.click(ClaimList, offset=(10, 0))
        assert screen.current == screen.order[3]


async def test_article_text_and_names_are_shown_literally() -> None:
    """Markup in an outlet's name or a passage is text on screen, never styling."""
    reports = [
        make_article([("body", f"Police said [bold]{n}[/] people were hurt.")], path=f"r{n}.txt", outlet="[red]X[/]")
        for n in range(3)
    ]
    comparison = compare(reports)
    app = claims_app(comparison)
    async with app.run_test(size=SIZE):
        lines = list_text(app)
        assert "[red]X[/] (1)" in lines[0]
        assert "[bold]" in lines[1]


async def test_the_event_picker_lists_events_with_outlets_and_claim_counts(tmp_path: Path) -> None:
    """Each row fills in with its outlets and claim counts; Enter opens the claim view (or the pair reader for
    two reports); Escape comes back."""
    entries = [
        *load_events(SEEDS / "three-outlets", allow_outside=True),
        EventEntry("pair", (SEEDS / SEED_FILES[0], SEEDS / SEED_FILES[1])),
    ]
    app = make_event_app(entries)
    async with app.run_test(size=(140, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EventPickerScreen)
        table = screen.query_one(DataTable)
        first = [str(cell) for cell in table.get_row_at(0)]
        comparison = screen.results[0].comparison
        assert comparison is not None
        assert first[1] == "The Guardian, The Kyiv Independent, Example Wire"
        assert first[3] == str(comparison.summary.claims)
        await pilot.press("enter")
        assert isinstance(app.screen, ComparisonScreen)
        assert app.screen.comparison is comparison
        await pilot.press("escape")
        assert app.screen is screen
        await pilot.press("down", "enter")
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("escape")
        assert app.screen is screen
