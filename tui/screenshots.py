"""Regenerate the SVG screenshots in ``screenshots/`` with Textual's own screenshot support.

Run ``python -m tui.screenshots [DIRECTORY]`` (``make screenshots``). Each scene opens the reader on the
seed pair (or the seeds/ picker, the claim view of the three-outlet example, the event picker) at a fixed terminal
size, waits for the alignment, drives it with keys, and saves an SVG. The snapshot tests
(``tests/test_snapshots.py``) use the same scenes. When a Chromium is installed, the seed pair's HTML export is also
rendered to ``html-export.png`` and the three-outlet example's to ``claims-html-export.png`` (skipped, with a line
saying so, otherwise).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from core.align import align, compare
from core.export import render, render_comparison
from core.reading import load_article, load_events, load_library
from tui.app import StorydiffApp, make_app, make_comparison_app, make_event_app, make_library_app
from tui.screens.main import ReaderScreen

SIZE = (160, 48)
"""Terminal size of the scenes (columns, rows), unless a scene says otherwise."""


def seeds_dir() -> Path:
    """The seed folder: ``seeds/`` beside the package in a checkout, or the copy shipped inside ``tui``."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "seeds", here / "seeds"):
        if (candidate / "guardian.txt").is_file():
            return candidate
    raise FileNotFoundError("the seeds/ folder is missing")


def seed_app() -> StorydiffApp:
    """The reader on the seed pair (The Guardian on the left, The Kyiv Independent on the right)."""
    seeds = seeds_dir()
    return make_app(load_article(seeds / "guardian.txt"), load_article(seeds / "kyiv-independent.txt"))


def library_app() -> StorydiffApp:
    """The picker over the seeds/ folder."""
    return make_library_app(load_library(seeds_dir()))


THREE_OUTLETS = ("guardian.txt", "kyiv-independent.txt", "example-wire.txt")
"""The seed pair and the written third report (``seeds/three-outlets``)."""


def three_outlets_app() -> StorydiffApp:
    """The claim view of the seed pair and the written third report."""
    seeds = seeds_dir()
    return make_comparison_app([load_article(seeds / name) for name in THREE_OUTLETS])


def events_app() -> StorydiffApp:
    """The event picker over the seed pair and the three-outlet example."""
    seeds = seeds_dir()
    return make_event_app([*load_events(seeds), *load_events(seeds / "three-outlets", allow_outside=True)])


SETTLE_ROUNDS = 100
"""Most rounds of waiting for a screen that says it is ``busy`` (a worker it starts after its first frame)."""


async def settle(pilot: Pilot[None]) -> None:
    """Wait for background alignment, and freeze every text cursor (so screenshots are deterministic).

    A screen with a ``busy`` attribute (the claim view, the event picker) is waited for until it is not busy: its
    worker may start only after the first frame.
    """
    for _ in range(SETTLE_ROUNDS):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if not getattr(pilot.app.screen, "busy", False):
            break
    for field_ in pilot.app.screen.query(Input):
        field_.cursor_blink = False
    await pilot.pause()


async def to_reasoned_difference(pilot: Pilot[None]) -> None:
    """Settle, then press ``]`` until the current item is a differ with reasons (or none is left)."""
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ReaderScreen)
    for _ in range(200):
        alignment, current = screen.alignment, screen.current
        if alignment is not None and current is not None:
            item = alignment.items[current]
            if item.verdict == "differ" and item.reasons:
                break
        before = current
        await pilot.press("right_square_bracket")
        if screen.current == before:
            break
    await pilot.pause()


@dataclass(frozen=True)
class Scene:
    """One screenshot: how to build the app, what to do first, which keys to press, at what size and colours."""

    name: str
    """File stem of the screenshot."""
    build: Callable[[], StorydiffApp]
    """The app factory."""
    prepare: Callable[[Pilot[None]], Awaitable[None]] = settle
    """Run before the key presses."""
    press: tuple[str, ...] = field(default=())
    """Keys to press after ``prepare``."""
    size: tuple[int, int] = SIZE
    """Terminal size (columns, rows)."""
    theme: str = "textual-dark"
    """The Textual theme."""
    colours: str = "truecolor"
    """The terminal's colour depth: ``truecolor``, or ``256`` (``TERM=xterm-256color`` and no ``COLORTERM``)."""

    def app(self) -> StorydiffApp:
        """The scene's app, built as in a terminal of the scene's colour depth, in its theme."""
        saved = {name: os.environ.get(name) for name in ("TERM", "COLORTERM", "NO_COLOR")}
        os.environ.pop("NO_COLOR", None)
        os.environ["TERM"] = "xterm-256color"
        if self.colours == "truecolor":
            os.environ["COLORTERM"] = "truecolor"
        else:
            os.environ.pop("COLORTERM", None)
        try:
            app = self.build()
        finally:
            for name, value in saved.items():
                os.environ.pop(name, None)
                if value is not None:
                    os.environ[name] = value
        app.theme = self.theme
        return app


SCENES: tuple[Scene, ...] = (
    Scene("main", seed_app, press=("j", "j")),
    Scene("differ", seed_app, prepare=to_reasoned_difference),
    Scene("one-sided", seed_app, press=("right_square_bracket",) * 2),
    Scene("pairs", seed_app, press=("v", "j", "j", "j")),
    Scene("help", seed_app, press=("question_mark",)),
    Scene("picker", library_app),
    Scene("claims", three_outlets_app, press=("j",) * 7),
    Scene("events", events_app),
    Scene("small", seed_app, prepare=to_reasoned_difference, size=(80, 24)),
    Scene("dark-256", seed_app, prepare=to_reasoned_difference, colours="256"),
    Scene("light-256", seed_app, prepare=to_reasoned_difference, theme="textual-light", colours="256"),
    Scene("light", seed_app, prepare=to_reasoned_difference, theme="textual-light"),
)
"""The screenshots ``make screenshots`` regenerates, in order (the snapshot tests use the same scenes)."""


async def shoot(scene: Scene, directory: Path) -> Path:
    """Run one scene headless and save its SVG in ``directory``."""
    app = scene.app()
    async with app.run_test(size=scene.size) as pilot:
        await scene.prepare(pilot)
        for key in scene.press:
            await pilot.press(key)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        return Path(app.save_screenshot(filename=f"{scene.name}.svg", path=str(directory)))


BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
"""Headless browsers that can render the HTML export to a PNG."""
HTML_WINDOW = "1400,1000"


def shoot_html(directory: Path) -> list[str]:
    """Render the seed pair's HTML export to ``html-export.png``, and the three-outlet example's to
    ``claims-html-export.png``, with a headless Chromium; say where, or why not."""
    browser = next((found for name in BROWSERS if (found := shutil.which(name))), None)
    if browser is None:
        return ["html-export.png and claims-html-export.png skipped: no Chromium found"]
    seeds = Path(os.path.relpath(seeds_dir()))  # the page names its sources: "seeds/guardian.txt", not a home folder
    alignment = align(load_article(seeds / "guardian.txt"), load_article(seeds / "kyiv-independent.txt"))
    comparison = compare([load_article(seeds / name) for name in THREE_OUTLETS])
    pages = (
        ("html-export.png", render(alignment, "html")),
        ("claims-html-export.png", render_comparison(comparison, "html")),
    )
    return [_screenshot(browser, page, directory / name) for name, page in pages]


def _screenshot(browser: str, page: str, target: Path) -> str:
    """Render one HTML page to a PNG at ``target`` with ``browser`` (headless); return the PNG's path."""
    target = target.resolve()
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "page.html"
        source.write_text(page, encoding="utf-8")
        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
        flags += ["--disable-quic", "--disable-component-update", "--disable-sync"]
        subprocess.run(
            [
                browser,
                *flags,
                f"--user-data-dir={scratch}/profile",
                f"--screenshot={target}",
                f"--window-size={HTML_WINDOW}",
                source.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    return str(target)


def main(argv: list[str] | None = None) -> int:
    """Regenerate every scene's SVG; print where each went."""
    parser = argparse.ArgumentParser(prog="python -m tui.screenshots", description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=Path("screenshots"))
    args = parser.parse_args(argv)
    directory: Path = args.directory
    directory.mkdir(parents=True, exist_ok=True)
    for scene in SCENES:
        print(asyncio.run(shoot(scene, directory)))
    for line in shoot_html(directory):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
