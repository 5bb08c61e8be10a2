"""Check the reader's verdict colours in every built-in theme, in truecolor and in a 256-colour terminal.

Run ``python -m bench.theme_colours``. For each theme and colour depth it opens the reader headless on a small
hand-made pair (one passage of each verdict, and a current item), draws both panes through the app's own line
filters, and reads back the colours a terminal would show (at 256 colours, the palette colour Rich sends). It
prints, per theme and depth:

- ``bg``: the smallest CIEDE2000 distance between the backgrounds of agree (the pane), differ, only-left,
  only-right and the current item;
- ``sym``: the smallest distance between the four verdict symbols' colours;
- ``text``: the lowest WCAG contrast of passage text on any of those backgrounds, as a share of the least it may
  be (4.5, or less for a theme whose own text is fainter on its pane): 1 or more is fine;
- ``symbol``: the lowest contrast of a verdict symbol on its passage's background;
- ``focus``: the largest distance between a passage's colours in the focused pane and in the other one;

and ``ok`` when every figure clears its floor (:data:`FLOORS`), else what failed. ``--fail`` exits 1 on any
failure (for a check in CI). This prints numbers; it is not a timed test.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial

from rich.color import Color as RichColor
from textual.color import Color
from textual.strip import Strip
from textual.theme import BUILTIN_THEMES

from core.models import VERDICTS, AlignedItem, Alignment, Article, Segment, Summary, Verdict
from tui.colours import RGB, as_terminal_256, contrast, delta_e
from tui.palette import BACKGROUND_FLOOR, SYMBOL_CONTRAST, SYMBOL_FLOOR, text_floor

FLOORS = {"bg": BACKGROUND_FLOOR, "sym": SYMBOL_FLOOR, "text": 1.0, "symbol": SYMBOL_CONTRAST}
"""The least each figure may be (``text`` is checked against the theme's own text contrast on its pane, see
:func:`tui.palette.text_floor`; ``focus`` must be 0: a colour never depends on which pane has the focus)."""

ANSI_THEMES = ("ansi-dark", "ansi-light")
"""Themes that leave colours to the terminal's own palette: not measurable here (they get coloured symbols, no
tints, and a reversed current item)."""

DEPTHS = {"truecolor": {"COLORTERM": "truecolor", "TERM": "xterm-256color"}, "256": {"TERM": "xterm-256color"}}
"""The environment each colour depth is run with (``COLORTERM`` unset for 256 colours)."""

WORDS: dict[str, tuple[str, str]] = {
    "agree": ("Alpha", "Alpha"),
    "differ": ("Bravo", "Bravo"),
    "left-only": ("Charlie", ""),
    "right-only": ("", "Echo"),
    "current": ("Delta", "Delta"),
}
"""A word that starts each passage on each side (empty where the side has none)."""


def sample_pair() -> Alignment:
    """Four passages a side: agree, differ, one-sided, and an agreeing one to be the current item."""
    lines = {
        "left": ["Alpha agrees on both sides.", "Bravo differs here.", "Charlie is only left.", "Delta agrees too."],
        "right": ["Alpha agrees on both sides.", "Bravo differs there.", "Echo is only right.", "Delta agrees too."],
    }

    def article(side: str) -> Article:
        text, segments = "", []
        for index, sentence in enumerate(lines[side]):
            text += ("\n\n" if index else "") + sentence
            start = len(text) - len(sentence)
            segments.append(Segment(f"s{index + 1}", sentence, start, len(text), index, "body"))
        return Article(path=f"{side}.txt", text=text, segments=tuple(segments), outlet=side.title())

    items = (
        AlignedItem(("s1",), ("s1",), "agree", 1.0),
        AlignedItem(("s2",), ("s2",), "differ", 0.6),
        AlignedItem(("s3",), (), "left-only", 0.0),
        AlignedItem((), ("s3",), "right-only", 0.0),
        AlignedItem(("s4",), ("s4",), "agree", 1.0),
    )
    counts = {verdict: sum(item.verdict == verdict for item in items) for verdict in VERDICTS}
    return Alignment(article("left"), article("right"), items, Summary(counts, 0.75, 0.75))


@dataclass
class Cell:
    """What a terminal shows for the first letter of a passage and its verdict symbol."""

    text: RGB
    background: RGB
    symbol: RGB | None


@contextmanager
def environment(values: dict[str, str]) -> Iterator[None]:
    """Run with ``TERM`` and ``COLORTERM`` set to ``values`` (unset when absent), then restore them."""
    saved = {name: os.environ.get(name) for name in ("TERM", "COLORTERM", "NO_COLOR")}
    for name in saved:
        os.environ.pop(name, None)
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            os.environ.pop(name, None)
            if value is not None:
                os.environ[name] = value


async def sample(theme: str, depth: str) -> dict[str, dict[str, Cell]]:
    """The cells of every passage in each pane, focused and not: ``{"left focused": {"differ": Cell, …}, …}``."""
    from tui.app import StorydiffApp
    from tui.screens.main import ReaderScreen
    from tui.widgets.article_pane import ArticlePane

    alignment = sample_pair()
    with environment(DEPTHS[depth]):
        app = StorydiffApp(partial(ReaderScreen, alignment.left, alignment.right, alignment=alignment))
    found: dict[str, dict[str, Cell]] = {}
    async with app.run_test(size=(100, 24)) as pilot:
        app.theme = theme
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        screen.current = 4
        await pilot.pause()
        for focus in ("left", "right"):
            screen.query_one(f"#{focus}-pane").focus()
            await pilot.pause()
            for pane in screen.query(ArticlePane):
                state = "focused" if pane.side == focus else "unfocused"
                found[f"{pane.side} {state}"] = read_pane(app, pane, depth)
    return found


def read_pane(app: object, pane: object, depth: str) -> dict[str, Cell]:
    """The colours of each passage's first word (and its symbol) in ``pane``, as the terminal would show them."""
    from textual.app import App

    from tui.widgets.article_pane import ArticlePane

    assert isinstance(app, App)
    assert isinstance(pane, ArticlePane)
    background = Color.from_rich_color(pane.rich_style.bgcolor) if pane.rich_style.bgcolor else Color(0, 0, 0)
    cells: dict[str, Cell] = {}
    for y in range(pane.scrollable_content_region.height):
        strip: Strip = pane.render_line(y)
        for line_filter in app.get_line_filters():
            strip = strip.apply_filter(line_filter, background)
        segments = list(strip)
        for name, words in WORDS.items():
            word = words[0 if pane.side == "left" else 1]
            for index, segment in enumerate(segments):
                if not word or word not in segment.text or segment.style is None:
                    continue
                style = segment.style
                symbol = next((s for s in reversed(segments[:index]) if s.text.strip()), None)
                cells[name] = Cell(
                    shown(style.color, depth),
                    shown(style.bgcolor, depth),
                    shown(symbol.style.color, depth) if symbol is not None and symbol.style else None,
                )
    return cells


def shown(colour: RichColor | None, depth: str) -> RGB:
    """The colour a terminal of ``depth`` shows."""
    if colour is None:
        return (0, 0, 0)
    triplet = colour.get_truecolor()
    rgb = (triplet.red, triplet.green, triplet.blue)
    return as_terminal_256(rgb) if depth == "256" else rgb


def figures(cells: dict[str, dict[str, Cell]]) -> dict[str, float]:
    """The figures the module docstring describes, for one theme at one depth."""
    left, right = cells["left focused"], cells["right focused"]
    backgrounds = {
        "agree": left["agree"].background,
        "differ": left["differ"].background,
        "left-only": left["left-only"].background,
        "right-only": right["right-only"].background,
        "current": left["current"].background,
    }
    symbols: dict[Verdict, RGB] = {}
    for verdict, pane in (("agree", left), ("differ", left), ("left-only", left), ("right-only", right)):
        symbol = pane[verdict].symbol
        if symbol is not None:
            symbols[verdict] = symbol  # type: ignore[index]
    names = list(backgrounds)
    bg = min(delta_e(backgrounds[a], backgrounds[b]) for i, a in enumerate(names) for b in names[i + 1 :])
    verdicts = list(symbols)
    sym = min((delta_e(symbols[a], symbols[b]) for i, a in enumerate(verdicts) for b in verdicts[i + 1 :]), default=0)
    passages = [(pane, name) for pane in (left, right) for name in pane]
    floor = text_floor(left["agree"].text, left["agree"].background)
    text = min(
        contrast(pane[name].text, pane[name].background) / (4.5 if name == "current" else floor)
        for pane, name in passages
    )
    symbol_contrast = min(
        contrast(symbols[verdict], (right if verdict == "right-only" else left)[verdict].background)
        for verdict in symbols
    )
    focus = 0.0
    for side in ("left", "right"):
        focused, other = cells[f"{side} focused"], cells[f"{side} unfocused"]
        for name in focused:
            focus = max(focus, delta_e(focused[name].background, other[name].background))
            focus = max(focus, delta_e(focused[name].text, other[name].text))
    return {"bg": bg, "sym": sym, "text": text, "symbol": symbol_contrast, "focus": focus}


def verdict(values: dict[str, float]) -> str:
    """``ok``, or the figures below their floors."""
    failed = [name for name, floor in FLOORS.items() if values[name] < floor]
    if values["focus"] > 0.5:
        failed.append("focus")
    return "ok" if not failed else "FAIL " + ",".join(failed)


def main(argv: list[str] | None = None) -> int:
    """Print the figures of every built-in theme at both depths."""
    parser = argparse.ArgumentParser(prog="python -m bench.theme_colours", description=__doc__.splitlines()[0])
    parser.add_argument("--theme", action="append", help="check only this theme (repeatable)")
    parser.add_argument("--fail", action="store_true", help="exit 1 when any theme fails")
    args = parser.parse_args(argv)
    themes = args.theme or [name for name in BUILTIN_THEMES if name not in ANSI_THEMES]
    print(f"{'theme':<20} {'depth':<9} {'bg':>5} {'sym':>5} {'text':>5} {'symbol':>6} {'focus':>5}  floors {FLOORS}")
    failures = 0
    for theme in themes:
        for depth in DEPTHS:
            values = figures(asyncio.run(sample(theme, depth)))
            outcome = verdict(values)
            failures += outcome != "ok"
            row = f"{values['bg']:5.1f} {values['sym']:5.1f} {values['text']:5.1f} {values['symbol']:6.1f}"
            print(f"{theme:<20} {depth:<9} {row} {values['focus']:5.1f}  {outcome}")
    print(f"{failures} of {2 * len(themes)} theme and depth pairs below a floor")
    if not args.theme:
        print(
            f"not measured: {', '.join(ANSI_THEMES)} (colours are the terminal's own; symbols only, current reversed)"
        )
    return 1 if failures and args.fail else 0


if __name__ == "__main__":
    sys.exit(main())
