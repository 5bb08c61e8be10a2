"""The verdict colours of a theme, chosen to stay apart in truecolor and in a 256-colour terminal. Pure; no Textual.

A theme names its colours (success, warning, primary, …) but not how a reader tells a differing passage from an
agreeing one on its background. Light tints of those colours (12% of warning over the pane) look right in
truecolor, and vanish in light themes or turn to olive or maroon once a 256-colour terminal rounds them. So the
colours are worked out here, for the theme and the colour depth at hand:

- each passage background (differ, only left, only right) is the faintest tint of its theme colour that stands
  :data:`BACKGROUND_FLOOR` ΔE apart from the pane and from every background already chosen, keeps body text
  readable on it (WCAG contrast :data:`TEXT_CONTRAST`, or nearly the theme's own), and still has the theme
  colour's hue; the current item's is a neutral highlight, chosen first, under white (or black) text;
- each verdict symbol is its theme colour, made lighter or darker until it reads on its passage (contrast
  :data:`SYMBOL_CONTRAST`) and stands :data:`SYMBOL_FLOOR` apart from the other symbols;
- at 256 colours, every choice is made among the palette colours a terminal shows as asked, by the same rules,
  so what is checked is what the terminal draws.

"Only right" gets a hue of its own (the theme colour farthest from the other verdicts), so one-sided passages of
the two reports never share a colour.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from core.models import Verdict
from tui.colours import RGB, blend, contrast, delta_e, from_lab, nearest_256, stable_256, to_lab

Depth = Literal["truecolor", "256"]
"""The colour depths the palette is worked out for (16-colour terminals get the 256-colour choice, as Rich maps it)."""

BACKGROUND_FLOOR = 9.0
"""Least ΔE (CIEDE2000) between any two passage backgrounds, the pane's own included."""
SYMBOL_FLOOR = 15.0
"""Least ΔE between any two verdict symbols."""
TEXT_CONTRAST = 4.5
"""Least WCAG contrast of body text on a passage background (or, for a theme whose own text is fainter on its pane,
:data:`TEXT_KEEP` of that contrast)."""
TEXT_KEEP = 0.85
"""The share of the text's contrast on the pane that a tint must keep, when the theme's text is below
:data:`TEXT_CONTRAST` to begin with."""
SYMBOL_CONTRAST = 3.0
"""Least WCAG contrast of a verdict symbol on its passage background."""
SYMBOL_CONTRAST_CURRENT = 2.0
"""Least contrast of a verdict symbol on the current item's background (which the gutter bar marks as well)."""
HUE_TOLERANCES = (40.0, 60.0, 90.0, 180.0)
"""How far (degrees of L*a*b* hue) a chosen colour may drift from its theme colour's hue: the first that leaves a
colour clearing every floor is used (a 256-colour palette has few dark tints of some hues)."""
LIGHTEST_TINT = 0.12
"""The tint a background starts from (the share of theme colour over the pane)."""

TINTED: tuple[str, ...] = ("current", "differ", "left-only", "right-only")
"""The backgrounds chosen, in the order they are chosen (the current item first: it must stand out from all)."""


@dataclass(frozen=True, slots=True)
class ThemeColours:
    """The theme colours the palette starts from."""

    surface: RGB
    """The pane's background (agreeing passages keep it)."""
    foreground: RGB
    """Body text."""
    success: RGB
    warning: RGB
    primary: RGB
    secondary: RGB
    accent: RGB
    error: RGB


@dataclass(frozen=True, slots=True)
class VerdictPalette:
    """Backgrounds and symbol colours per verdict, and the current item's background."""

    background: dict[str, RGB]
    """``agree`` (the pane), ``differ``, ``left-only``, ``right-only`` and ``current``."""
    symbol: dict[Verdict, RGB]
    """The colour of each verdict's symbol."""
    text: RGB
    """Body text."""
    current_text: RGB
    """The text of the current item: white or black, whichever stands out more from the text's usual colour."""

    def passage(self, verdict: Verdict) -> RGB:
        """The background of a passage with ``verdict``."""
        return self.background[verdict]


def verdict_palette(theme: ThemeColours, depth: Depth) -> VerdictPalette:
    """The verdict colours of ``theme`` at ``depth`` (see the module docstring)."""
    return _palette(theme, depth)


@cache
def _palette(theme: ThemeColours, depth: Depth) -> VerdictPalette:
    ideal = _palette(theme, "truecolor") if depth == "256" else None
    shown = nearest_256 if depth == "256" else _same
    surface, text = shown(theme.surface), shown(theme.foreground)  # the pane and its text, as the terminal draws them
    right_hue = _distinct_hue(theme)
    hues: dict[str, RGB | None] = {
        "current": None,
        "differ": theme.warning,
        "left-only": theme.primary,
        "right-only": right_hue,
    }
    current_text: RGB = (255, 255, 255) if to_lab(text)[0] > to_lab(surface)[0] else (0, 0, 0)
    backgrounds: dict[str, RGB] = {"agree": surface}
    for name in TINTED:
        on = current_text if name == "current" else text
        target = ideal.background[name] if ideal is not None else None
        backgrounds[name] = _background(surface, hues[name], list(backgrounds.values()), on, depth, target)
    symbols: dict[Verdict, RGB] = {}
    sources: dict[Verdict, RGB] = {
        "agree": theme.success,
        "differ": theme.warning,
        "left-only": theme.primary,
        "right-only": right_hue,
    }
    for verdict, source in sources.items():
        behind = [(backgrounds[verdict], SYMBOL_CONTRAST), (backgrounds["current"], SYMBOL_CONTRAST_CURRENT)]
        target = ideal.symbol[verdict] if ideal is not None else None
        symbols[verdict] = _symbol(source, behind, list(symbols.values()), depth, target)
    return VerdictPalette(backgrounds, symbols, text, current_text)


def _same(colour: RGB) -> RGB:
    return colour


def _distinct_hue(theme: ThemeColours) -> RGB:
    """The theme colour for "only right": of secondary, accent and error, the one farthest from the other verdicts'."""
    taken = (theme.success, theme.warning, theme.primary)
    return max((theme.secondary, theme.accent, theme.error), key=lambda c: min(_hue_distance(c, t) for t in taken))


def _hue_distance(first: RGB, second: RGB) -> float:
    """How far apart two colours look, counting hue (a pale and a deep blue are near)."""
    return delta_e(_saturated(first), _saturated(second))


def _saturated(colour: RGB) -> RGB:
    """``colour`` at mid lightness, so hues compare whatever their lightness."""
    lightest = max(colour) or 1
    return tuple(round(channel * 200 / lightest) for channel in colour)  # type: ignore[return-value]


def _hue(colour: RGB) -> tuple[float, float]:
    """L*a*b* hue angle (degrees) and chroma."""
    _, a, b = to_lab(colour)
    return math.degrees(math.atan2(b, a)) % 360, math.hypot(a, b)


def _same_hue(candidate: RGB, hue: RGB, tolerance: float) -> bool:
    """Whether ``candidate`` is recognisably of ``hue``'s colour (not a grey, nor another hue), within ``tolerance``."""
    if tolerance >= 180:
        return True
    angle, chroma = _hue(candidate)
    target, target_chroma = _hue(hue)
    if target_chroma < 8:  # a greyish theme colour: any near-grey will do
        return chroma < 12
    difference = abs((angle - target + 180) % 360 - 180)
    return chroma >= 6 and difference <= tolerance


def _tints(surface: RGB, source: RGB | None, text: RGB, depth: Depth, ideal: RGB | None) -> Iterator[RGB]:
    """Candidate backgrounds, faintest first (generated as they are asked for).

    In truecolor: the pane's colour with more and more of ``source``'s hue at about the pane's lightness (a
    shade toward the text's lightness, then away from it), or, for the current item (``source`` is ``None``),
    the pane's colour a step lighter or darker. At 256 colours: the palette colours nearest ``ideal`` (the
    truecolor choice) first.
    """
    if depth == "256":
        yield from _by_distance(ideal if ideal is not None else surface)
        return
    lightness, a0, b0 = to_lab(surface)
    toward_text = 1 if to_lab(text)[0] > lightness else -1
    if source is None:
        for direction in (toward_text, -toward_text):  # lighter under light text first; darker if that fails
            for step in range(2, 60, 2):
                colour = from_lab(lightness + direction * step, a0, b0)
                if colour is not None:
                    yield colour
        return
    angle, _ = _hue(source)
    seen: set[RGB] = set()
    for reach in (6, 20):  # near the pane's lightness first; further only if nothing there will do
        shifts = [0.0]
        for step in range(2, reach + 1, 2):
            shifts += [toward_text * step, -toward_text * step]
        for chroma in range(4, 80, 2):
            da, db = chroma * math.cos(math.radians(angle)), chroma * math.sin(math.radians(angle))
            for shift in shifts:
                colour = from_lab(lightness + shift, a0 + da, b0 + db, clip=True)
                if colour is not None and colour not in seen:
                    seen.add(colour)
                    yield colour


def _replayable(items: Iterator[RGB]) -> Callable[[], Iterator[RGB]]:
    """A way to go through ``items`` again and again, producing each only once."""
    produced: list[RGB] = []

    def again() -> Iterator[RGB]:
        yield from list(produced)
        for item in items:
            produced.append(item)
            yield item

    return again


@cache
def _by_distance(colour: RGB) -> list[RGB]:
    """The palette colours a terminal shows as asked, nearest ``colour`` first."""
    return sorted(stable_256(), key=lambda candidate: delta_e(candidate, colour))


def text_floor(text: RGB, surface: RGB) -> float:
    """The least contrast body text must keep on a tint of ``surface`` (see :data:`TEXT_CONTRAST`)."""
    return min(TEXT_CONTRAST, TEXT_KEEP * contrast(text, surface))


def _background(
    surface: RGB, hue: RGB | None, taken: Sequence[RGB], text: RGB, depth: Depth, ideal: RGB | None = None
) -> RGB:
    """The faintest tint of ``hue`` (or, for ``None``, a neutral highlight) that clears the floors, or else the
    one that comes closest; at 256 colours, the palette colour nearest ``ideal`` that clears them."""
    floor = TEXT_CONTRAST if hue is None else text_floor(text, surface)
    candidates = _replayable(_tints(surface, hue, text, depth, ideal))
    best: tuple[float, RGB] | None = None
    lightness, a0, b0 = to_lab(surface)
    toward_text = 1 if to_lab(text)[0] > lightness else -1
    for tolerance in HUE_TOLERANCES:
        for colour in candidates():
            if hue is not None and not _same_hue(colour, hue, tolerance):
                continue
            if hue is None:  # the current item: a neutral highlight (the pane's own tint), toward the text's lightness
                shade, a, b = to_lab(colour)
                away = (shade - lightness) * toward_text <= 0
                if (away and tolerance < HUE_TOLERANCES[-1]) or math.hypot(a - a0, b - b0) > 12:
                    continue
            apart = min(delta_e(colour, other) for other in taken)
            readable = contrast(text, colour)
            if apart >= BACKGROUND_FLOOR and readable >= floor:
                return colour
            score = min(apart / BACKGROUND_FLOOR, readable / floor)
            if best is None or score > best[0]:
                best = (score, colour)
    return best[1] if best is not None else blend(surface, hue or text, 0.3)


def _symbol(
    source: RGB, backgrounds: Sequence[tuple[RGB, float]], taken: Sequence[RGB], depth: Depth, ideal: RGB | None = None
) -> RGB:
    """``source`` made lighter or darker until it reads on each of ``backgrounds`` (each with the contrast it needs
    there) and stands apart from ``taken`` (at 256 colours, the palette colour nearest ``ideal`` that does)."""
    if depth == "256":
        candidates = _by_distance(ideal if ideal is not None else source)
    else:
        lightness, a, b = to_lab(source)
        candidates = [source]
        for step in range(2, 60, 2):
            for shifted in (lightness + step, lightness - step):
                colour = from_lab(shifted, a, b) or from_lab(shifted, a * 0.7, b * 0.7)
                if colour is not None:
                    candidates.append(colour)
    best: tuple[float, RGB] | None = None
    for tolerance in HUE_TOLERANCES:
        for colour in candidates:
            if not _same_hue(colour, source, tolerance):
                continue
            readable = min(contrast(colour, bg) / floor for bg, floor in backgrounds)
            apart = min((delta_e(colour, other) for other in taken), default=100.0)
            if readable >= 1 and apart >= SYMBOL_FLOOR:
                return colour
            score = min(readable, apart / SYMBOL_FLOOR)
            if best is None or score > best[0]:
                best = (score, colour)
    assert best is not None
    return best[1]
