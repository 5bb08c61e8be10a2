"""Colour arithmetic for the reader: perceptual distance, contrast, and the 256-colour palette. Pure; no Textual.

A colour is an ``(r, g, b)`` tuple of 0–255 integers. Distances are CIEDE2000 ΔE (about 2.3 is a just noticeable
difference; 10 or more reads as a different colour at a glance); contrast is the WCAG ratio (1 to 21).
"""

from __future__ import annotations

import math
from functools import cache

RGB = tuple[int, int, int]
"""A colour as red, green and blue from 0 to 255."""

_CUBE = (0, 95, 135, 175, 215, 255)


@cache
def xterm_256() -> tuple[RGB, ...]:
    """The 240 colours of the 256-colour palette that terminals agree on (16–255: the 6×6×6 cube, then 24 greys)."""
    cube: list[RGB] = [(r, g, b) for r in _CUBE for g in _CUBE for b in _CUBE]
    greys: list[RGB] = [(8 + 10 * step, 8 + 10 * step, 8 + 10 * step) for step in range(24)]
    return tuple(cube + greys)


@cache
def stable_256() -> tuple[RGB, ...]:
    """The palette colours a 256-colour terminal shows exactly as asked: those Rich maps to themselves.

    (Rich sends a low-saturation colour to the grey ramp, so a few cube colours, such as ``#5f5f5f``, never
    reach the terminal as such.)
    """
    return tuple(colour for colour in xterm_256() if as_terminal_256(colour) == colour)


@cache
def as_terminal_256(colour: RGB) -> RGB:
    """The palette colour a 256-colour terminal shows for ``colour``, as Rich (and so Textual) picks it."""
    from rich.color import Color, ColorSystem
    from rich.color_triplet import ColorTriplet

    downgraded = Color.from_triplet(ColorTriplet(*colour)).downgrade(ColorSystem.EIGHT_BIT)
    triplet = downgraded.get_truecolor()
    return (triplet.red, triplet.green, triplet.blue)


@cache
def nearest_256(colour: RGB) -> RGB:
    """The palette colour (of :func:`stable_256`) that looks closest to ``colour``.

    Closeness is the straight distance in L*a*b* (CIE76): quick enough to map every colour of a screen, and
    unlike Rich's channel rounding it keeps a dark tint dark and a grey grey.
    """
    lightness, a, b = to_lab(colour)
    best, best_distance = colour, math.inf
    for candidate, (cl, ca, cb) in _stable_labs():
        distance = (lightness - cl) ** 2 + (a - ca) ** 2 + (b - cb) ** 2
        if distance < best_distance:
            best, best_distance = candidate, distance
    return best


@cache
def _stable_labs() -> tuple[tuple[RGB, tuple[float, float, float]], ...]:
    return tuple((colour, to_lab(colour)) for colour in stable_256())


def blend(base: RGB, over: RGB, alpha: float) -> RGB:
    """``over`` laid on ``base`` at opacity ``alpha`` (0 to 1)."""
    return tuple(round(b + (o - b) * alpha) for b, o in zip(base, over, strict=True))  # type: ignore[return-value]


def hex_colour(colour: RGB) -> str:
    """``#rrggbb``."""
    return "#{:02x}{:02x}{:02x}".format(*colour)


@cache
def to_lab(colour: RGB) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(channel) for channel in colour)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def from_lab(lightness: float, a: float, b: float, *, clip: bool = False) -> RGB | None:
    """The sRGB colour of a CIE L*a*b* (D65) value; outside sRGB, ``None`` (or with ``clip``, the nearest channels)."""
    fy = (lightness + 16) / 116
    fx, fz = fy + a / 500, fy - b / 200

    def finv(t: float) -> float:
        return t**3 if t**3 > 216 / 24389 else (116 * t - 16) / (24389 / 27)

    x, y, z = finv(fx) * 0.95047, finv(fy), finv(fz) * 1.08883
    linear = (
        3.2406 * x - 1.5372 * y - 0.4986 * z,
        -0.9689 * x + 1.8758 * y + 0.0415 * z,
        0.0557 * x - 0.2040 * y + 1.0570 * z,
    )
    channels = []
    for value in linear:
        encoded = 12.92 * value if value <= 0.0031308 else 1.055 * max(value, 0) ** (1 / 2.4) - 0.055
        scaled = round(encoded * 255)
        if not clip and not -2 <= scaled <= 257:
            return None
        channels.append(min(255, max(0, scaled)))
    return (channels[0], channels[1], channels[2])


@cache
def delta_e(first: RGB, second: RGB) -> float:
    """CIEDE2000 colour difference between two sRGB colours."""
    return _delta_lab(to_lab(first), to_lab(second))


def _delta_lab(lab1: tuple[float, float, float], lab2: tuple[float, float, float]) -> float:
    """CIEDE2000 (Sharma, Wu and Dalal's formulation) between two L*a*b* colours."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl, dc = l2 - l1, c2p - c1p
    dh = 0.0
    if c1p * c2p:
        dh = h2p - h1p
        if dh > 180:
            dh -= 360
        elif dh < -180:
            dh += 360
    dhh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    else:
        h_mean = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_mean - 30))
        + 0.24 * math.cos(math.radians(2 * h_mean))
        + 0.32 * math.cos(math.radians(3 * h_mean + 6))
        - 0.20 * math.cos(math.radians(4 * h_mean - 63))
    )
    sl = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    sc = 1 + 0.045 * cp_mean
    sh = 1 + 0.015 * cp_mean * t
    rotation = 60 * math.exp(-(((h_mean - 275) / 25) ** 2))
    rt = -2 * math.sqrt(cp_mean**7 / (cp_mean**7 + 25**7)) * math.sin(math.radians(rotation))
    return math.sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2 + rt * (dc / sc) * (dhh / sh))


def luminance(colour: RGB) -> float:
    """WCAG relative luminance (0 black to 1 white)."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(channel) for channel in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: RGB, second: RGB) -> float:
    """WCAG contrast ratio between two colours (1 to 21; 4.5 suits body text, 3 large text and symbols)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
