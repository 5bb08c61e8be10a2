"""The measured line classifier's view of a page: each paragraph's span, hand role and features, and which of them
a model decides."""

from __future__ import annotations

from dataclasses import dataclass

from bench.line_features import line_features
from core.models import Role
from core.reading import hand_layout

__all__ = ["VETTED_ROLES", "LineExample", "line_examples"]

VETTED_ROLES: frozenset[Role] = frozenset({"body", "boilerplate"})
"""The roles a model may turn into one another (headline, byline, date, outlet, standfirst, caption stay the rules')."""


@dataclass(frozen=True, slots=True)
class LineExample:
    """One paragraph of a page as the line classifier sees it."""

    start: int
    """Offset of its first character."""
    end: int
    """Offset one past its last character."""
    role: Role
    """The role the hand rules gave it."""
    vetted: bool
    """Whether a model decides its role (the hand rules left it as body or clutter on a page with an article's run)."""
    features: tuple[float, ...]
    """Its row of :data:`bench.line_features.LINE_FEATURES`."""


def line_examples(text: str) -> list[LineExample]:
    """Every paragraph of a plain-text page with its hand role and features.

    Args:
        text: The decoded page.

    Returns:
        The paragraphs in source order.
    """
    layout = hand_layout(text)
    rows = line_features(layout)
    return [
        LineExample(p.span.start, p.span.end, p.role, layout.run is not None and p.role in VETTED_ROLES, tuple(row))
        for p, row in zip(layout.paras, rows, strict=True)
    ]
