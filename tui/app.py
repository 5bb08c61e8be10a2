"""The storydiff reader: a Textual app showing two news reports side by side.

Build it with :func:`make_app` (two articles), :func:`make_library_app` (a folder of pairs),
:func:`make_comparison_app` (three or more reports of one event) or :func:`make_event_app` (a folder of events);
the command line, the snapshot tests and ``tui.screenshots`` all go through these factories.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.driver import Driver
from textual.filter import LineFilter
from textual.screen import Screen
from textual.theme import Theme

from core.align import AlignSettings
from core.models import Article
from tui.align_process import stop_all
from tui.bindings import READER_KEYS, key_names
from tui.colour_filter import AsTerminal256
from tui.driver import TERMINAL_CHECK_SECONDS, prompt_exit_driver, terminal_gone
from tui.screens.main import ReaderScreen

if TYPE_CHECKING:
    from core.reading import EventEntry, PairEntry


class StorydiffApp(App[None]):
    """The reader app. Holds no alignment itself: each screen renders the one it is given."""

    CSS_PATH = "app.tcss"
    TITLE = "storydiff"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="app_quit"),
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True, id="app_quit_ctrl_c"),
    ]
    """App-wide keys; the reader's own keys live on its screen."""

    def __init__(self, first_screen: Callable[[], Screen[None]]) -> None:
        super().__init__()
        self._first_screen = first_screen
        self._as_terminal = AsTerminal256() if self.console.color_system in ("256", "standard") else None
        self.preferences_path: Path | None = None
        """Where the chosen theme is remembered (the command line sets it); ``None``: nowhere."""

    def on_mount(self) -> None:
        """Watch the terminal (the reader ends when it hangs up); apply the remembered theme (a broken settings file is
        ignored, with a notice), and remember changes."""
        if not self.is_headless and not terminal_gone():
            self.set_interval(TERMINAL_CHECK_SECONDS, self.exit_if_terminal_gone)
        if self.preferences_path is None:
            return
        from tui.preferences import load_preferences

        preferences, notice = load_preferences(self.preferences_path)
        if notice is not None:
            self.notify(notice, title="Settings", severity="warning", timeout=8, markup=False)
        if preferences.theme is not None:
            if preferences.theme in self.available_themes:
                self.theme = preferences.theme
            else:
                message = f"Ignoring the remembered theme {preferences.theme!r}: there is no such theme"
                self.notify(message, title="Settings", severity="warning", timeout=8, markup=False)
        self.theme_changed_signal.subscribe(self, self._remember_theme)

    def exit_if_terminal_gone(self) -> None:
        """End the reader when its terminal has hung up (see :func:`tui.driver.terminal_gone`)."""
        if terminal_gone():
            self.exit()

    def _remember_theme(self, theme: Theme) -> None:
        from tui.preferences import Preferences, save_preferences

        if self.preferences_path is None:
            return
        notice = save_preferences(Preferences(theme=theme.name), self.preferences_path)
        if notice is not None:
            self.notify(notice, title="Settings", severity="warning", timeout=8, markup=False)

    def get_line_filters(self) -> Sequence[LineFilter]:
        """Textual's filters; in a 256-colour terminal, then the colours as it shows them (:mod:`tui.colour_filter`)."""
        filters = super().get_line_filters()
        return [*filters, self._as_terminal] if self._as_terminal is not None else filters

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver for this terminal, quitting without waiting for its key reader's next poll."""
        return prompt_exit_driver(super().get_driver_class())

    def on_unmount(self) -> None:
        """End every aligner process still working: the reader is closing."""
        stop_all()

    def get_default_screen(self) -> Screen[None]:
        """The reader, or the pair picker."""
        return self._first_screen()

    def on_ready(self) -> None:
        """The first frame is on screen: a reader waiting for its alignment starts it now.

        Until then the aligner's imports and work would only slow the first frame down.
        """
        if isinstance(self.screen, ReaderScreen):
            self.screen.start_alignment()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The palette's commands: Textual's own (theme, keys, screenshot, quit) and every action of the screen."""
        yield from super().get_system_commands(screen)
        keys = READER_KEYS if isinstance(screen, ReaderScreen) else getattr(screen, "PALETTE_KEYS", ())
        for key in keys:
            if key.in_palette:
                action = partial(screen.run_action, key.binding.action)
                yield SystemCommand(key.palette_title, f"key: {key_names(key.binding)}", action)


def make_app(left: Article, right: Article, *, settings: AlignSettings | None = None) -> StorydiffApp:
    """The reader on one pair of articles: both show at once, and are aligned just after the first frame.

    Args:
        left: The article for the left pane.
        right: The article for the right pane.
        settings: Aligner settings (defaults when ``None``).

    Returns:
        The app, ready to ``run()``.
    """
    return StorydiffApp(partial(ReaderScreen, left, right, settings=settings))


def make_library_app(entries: Sequence[PairEntry], *, settings: AlignSettings | None = None) -> StorydiffApp:
    """The reader opening on a picker over several pairs.

    Args:
        entries: The pairs, e.g. from :func:`core.reading.library.load_library`.
        settings: Aligner settings (defaults when ``None``).

    Returns:
        The app, ready to ``run()``.
    """
    from tui.screens.picker import PickerScreen

    return StorydiffApp(partial(PickerScreen, entries, settings=settings))


def make_comparison_app(articles: Sequence[Article], *, settings: AlignSettings | None = None) -> StorydiffApp:
    """The claim view of three or more reports of one event, compared just after the first frame.

    Args:
        articles: The reports, in the order their outlets are listed.
        settings: Aligner settings (defaults when ``None``).

    Returns:
        The app, ready to ``run()``.
    """
    from tui.screens.claims import ComparisonScreen

    return StorydiffApp(partial(ComparisonScreen, articles, settings=settings))


def make_event_app(entries: Sequence[EventEntry], *, settings: AlignSettings | None = None) -> StorydiffApp:
    """The reader opening on a picker over several events (each two reports or more).

    Args:
        entries: The events, e.g. from :func:`core.reading.load_events`.
        settings: Aligner settings (defaults when ``None``).

    Returns:
        The app, ready to ``run()``.
    """
    from tui.screens.event_picker import EventPickerScreen

    return StorydiffApp(partial(EventPickerScreen, entries, settings=settings))
