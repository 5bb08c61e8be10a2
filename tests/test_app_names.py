"""Pilot tests: names, counts, focus, the footer and the detail strip on small screens, the palette, the export
dialog, and the remembered theme."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path

import pytest
from textual.widgets import Input
from textual.widgets._footer import FooterKey

from core.models import Alignment
from tests.conftest import make_alignment
from tests.test_app_place import long_pair
from tui import cli
from tui.app import StorydiffApp
from tui.preferences import Preferences, load_preferences, save_preferences
from tui.screens.confirm import ConfirmScreen
from tui.screens.export import ExportScreen
from tui.screens.main import ReaderScreen
from tui.widgets.detail_strip import DetailStrip
from tui.widgets.pane_header import PaneHeader
from tui.widgets.status_line import StatusLine


def reader_app(alignment: Alignment) -> StorydiffApp:
    return StorydiffApp(partial(ReaderScreen, alignment.left, alignment.right, alignment=alignment))


def text_of(widget: object) -> str:
    return str(widget.render())  # type: ignore[attr-defined]


def unnamed(alignment: Alignment) -> Alignment:
    """The pair with no outlets (as BASIL's files have), from files called nyt.txt and fox.txt."""
    left = replace(alignment.left, outlet=None, path="basil/nyt.txt")
    right = replace(alignment.right, outlet=None, path="basil/fox.txt")
    return make_alignment(left, right, alignment.items)


async def test_sides_are_named_by_outlet_everywhere(hand_pair: Alignment) -> None:
    """The outlet names each side in the headers, the status line's counts and the detail strip's reasons."""
    app = reader_app(hand_pair)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("j", "j")
        screen = app.screen
        assert text_of(screen.query_one("#left-header", PaneHeader)).startswith("Left Daily")
        assert text_of(screen.query_one("#right-header", PaneHeader)).startswith("Right Times")
        assert "only in Left Daily" in text_of(screen.query_one(StatusLine))
        detail = text_of(screen.query_one(DetailStrip).query_one("#detail-body"))
        assert "Left Daily has 12; Right Times has 15" in detail


async def test_a_side_without_outlet_is_named_by_its_file(hand_pair: Alignment) -> None:
    """Without an outlet, the file name names the side, shown as a file (it says nothing of the outlet)."""
    app = reader_app(unnamed(hand_pair))
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("j", "j")
        header = text_of(app.screen.query_one("#left-header", PaneHeader))
        assert header.startswith("file nyt.txt")
        assert "only in nyt.txt" in text_of(app.screen.query_one(StatusLine))
        assert "nyt.txt has 12; fox.txt has 15" in text_of(app.screen.query_one("#detail-body"))


def test_names_given_on_the_command_line_stand_for_a_missing_outlet(hand_pair: Alignment) -> None:
    """--left-name names a side that does not say its outlet, and is used as its outlet; a known outlet wins."""
    pair = unnamed(hand_pair)
    assert cli.named(pair.left, "The New York Times").outlet == "The New York Times"
    assert cli.named(hand_pair.left, "Another").outlet == "Left Daily"
    assert cli.named(pair.left, None).outlet is None


def test_export_names_sides_like_the_reader(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_paths: tuple[Path, Path]
) -> None:
    """storydiff export --left-name … names that side in the export; without outlet or name, its file name."""
    text = "Storm hits the northern coast on Monday morning. Officials said twelve people were hurt in the city."
    left, right = tmp_path / "nyt.txt", tmp_path / "fox.txt"
    left.write_text("Storm hits coast\n\n" + text, encoding="utf-8")
    right.write_text("Storm hits coast\n\n" + text.replace("twelve", "fifteen"), encoding="utf-8")
    assert cli.main(["export", str(left), str(right), "--left-name", "The Times"]) == 0
    out = capsys.readouterr().out
    assert "The Times" in out
    assert "fox.txt" in out
    assert "left:" not in out.lower().replace("left: the times", "")


async def test_counts_add_up_with_every_filter(hand_pair: Alignment) -> None:
    """The status line's counts add up to the items it steps through, with and without a filter."""
    app = reader_app(hand_pair)
    async with app.run_test(size=(160, 40)) as pilot:
        status = app.screen.query_one(StatusLine)
        assert "item 1 of 7" in text_of(status)
        assert "= 3 agree  ≠ 1 differ  ◀ 2 only in Left Daily  ▶ 1 only in Right Times" in text_of(status)
        await pilot.press("f")
        assert "item 1 of 4 (differences)" in text_of(status)
        assert "= 0 agree  ≠ 1 differ  ◀ 2" in text_of(status)


async def test_tab_moves_the_focus_mark(hand_pair: Alignment) -> None:
    """The focused pane's header is marked (and only its), and Tab moves the mark; verdict colours stay put."""
    app = reader_app(hand_pair)
    async with app.run_test(size=(120, 36)) as pilot:
        left = app.screen.query_one("#left-header", PaneHeader)
        right = app.screen.query_one("#right-header", PaneHeader)
        marked, plain = left.styles.background, right.styles.background
        assert marked != plain
        await pilot.press("tab")
        await pilot.pause()
        await pilot.pause()
        assert app.focused is not None
        assert app.focused.id == "right-pane"
        assert right.styles.background == marked
        assert left.styles.background == plain


async def test_a_small_screen_keeps_help_quit_and_the_panes(hand_pair: Alignment) -> None:
    """At 80×24 the footer still shows ? and q, the status line fits, and d collapses the detail strip."""
    app = reader_app(hand_pair)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        keys = {key.action for key in app.screen.query(FooterKey)}
        assert {"help", "quit"} <= keys
        status = text_of(app.screen.query_one(StatusLine))
        assert len(status) <= 78
        pane = app.screen.query_one("#left-pane")
        before = pane.size.height
        await pilot.press("d")
        await pilot.pause()
        assert not app.screen.query_one(DetailStrip).display
        assert pane.size.height > before
        await pilot.press("d")
        await pilot.pause()
        assert app.screen.query_one(DetailStrip).display


async def test_a_one_sided_item_shows_its_nearest_passage_and_o_goes_there() -> None:
    """On a passage only one report has, the detail strip quotes the closest passage of the other with its score
    (worked out in the background, for the item the reader stopped on), and o jumps to it."""
    alignment = long_pair()
    one_sided = [i for i, item in enumerate(alignment.items) if item.verdict == "left-only"]
    app = reader_app(alignment)
    async with app.run_test(size=(160, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        screen.current = one_sided[0]
        screen.current = one_sided[1]  # moved on before the first search ended
        await app.workers.wait_for_complete()
        await pilot.pause()
        detail = text_of(screen.query_one("#detail-body"))
        assert "nearest on the right (right.txt): “Right fact" in detail
        await pilot.press("o")
        assert screen.current is not None
        assert alignment.items[screen.current].right
        assert alignment.items[screen.current].verdict != "left-only"


async def test_a_one_sided_item_with_nothing_like_it_says_so(hand_pair: Alignment) -> None:
    """When the other report has nothing like the passage, the strip says so, and o says so too."""
    app = reader_app(hand_pair)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("G")  # only the left report: "Read [bold]more[/] at the end."
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "nothing like it" in text_of(app.screen.query_one("#detail-body"))
        await pilot.press("o")
        assert app.screen.current == 6


async def test_the_palette_names_keys_as_typed(hand_pair: Alignment) -> None:
    """The command palette shows ], / and g, not right_square_bracket or slash."""
    app = reader_app(hand_pair)
    async with app.run_test(size=(120, 36)):
        helps = {command.title: command.help for command in app.get_system_commands(app.screen)}
        assert helps["Next difference"] == "key: ]"
        assert helps["Search both articles"] == "key: /"
        assert helps["First item"] == "key: g / Home"


async def test_no_to_overwrite_returns_to_the_dialog(hand_pair: Alignment, tmp_path: Path) -> None:
    """Answering no to "Overwrite it?" brings the export dialog back with the same path and format."""
    target = tmp_path / "report.json"
    target.write_text("keep me", encoding="utf-8")
    app = reader_app(hand_pair)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("e")
        await pilot.click("#format-json")
        field = app.screen.query_one("#export-path", Input)
        field.value = str(target)
        field.focus()
        await pilot.press("enter")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert app.screen.query_one("#export-path", Input).value == str(target)
        assert app.screen.initial_format == "json"
    assert target.read_text(encoding="utf-8") == "keep me"


async def test_the_theme_is_remembered_across_launches(hand_pair: Alignment, tmp_path: Path) -> None:
    """A theme chosen in one launch is the theme of the next (a settings file in the configuration folder)."""
    settings = tmp_path / "config" / "storydiff" / "settings.toml"
    app = reader_app(hand_pair)
    app.preferences_path = settings
    async with app.run_test(size=(120, 36)) as pilot:
        app.theme = "nord"
        await pilot.pause()
    assert load_preferences(settings) == (Preferences(theme="nord"), None)
    again = reader_app(hand_pair)
    again.preferences_path = settings
    async with again.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert again.theme == "nord"


@pytest.mark.parametrize(
    ("content", "notice"),
    [
        (b"theme = [unclosed", "not a settings file"),
        (b"\xff\xfe broken", "not a settings file"),
        (b"theme = 3", "theme should be a name"),
        (b'theme = "no-such-theme"', "no such theme"),
    ],
)
async def test_a_broken_settings_file_is_ignored_with_a_notice(
    hand_pair: Alignment, tmp_path: Path, content: bytes, notice: str
) -> None:
    """A settings file that cannot be used leaves the default theme and says why, in one line; no crash."""
    settings = tmp_path / "settings.toml"
    settings.write_bytes(content)
    app = reader_app(hand_pair)
    app.preferences_path = settings
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert app.theme == "textual-dark"
        assert any(notice in str(note.message) for note in app._notifications)


def test_the_settings_file_lives_in_the_xdg_config_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """$XDG_CONFIG_HOME/storydiff/settings.toml, written atomically; an unwritable place is a notice."""
    from tui.preferences import settings_path

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert settings_path() == tmp_path / "storydiff" / "settings.toml"
    assert save_preferences(Preferences(theme="gruvbox"), settings_path()) is None
    assert load_preferences(settings_path())[0].theme == "gruvbox"
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    notice = save_preferences(Preferences(theme="nord"), blocked / "settings.toml")
    assert notice is not None
    assert notice.startswith("Cannot remember the theme")
