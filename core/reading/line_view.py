"""The line classifier's view of a page, for fitting and measuring it: each paragraph's span, hand role and features,
and the body spans that reading a page with or without a model gives."""

from __future__ import annotations

from dataclasses import dataclass

from core.models import Role
from core.reading.clean import hand_layout, read_layout
from core.reading.hints import Hints
from core.reading.line_classifier import VETTED_ROLES, LineModel
from core.reading.line_features import line_features

__all__ = ["LineExample", "body_spans", "line_examples"]


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
    """Whether the model decides its role (the hand rules left it as body or clutter)."""
    features: tuple[float, ...]
    """Its row of :data:`core.reading.line_features.FEATURE_NAMES`."""


def line_examples(text: str) -> list[LineExample]:
    """Every paragraph of a plain-text page with its hand role and features (the model decides none of them on a
    page without an article's run).

    Args:
        text: The decoded page.

    Returns:
        The paragraphs in source order.
    """
    layout = hand_layout(text, Hints())
    rows = line_features(layout.paras, layout.run, layout.weights)
    return [
        LineExample(p.span.start, p.span.end, p.role, layout.run is not None and p.role in VETTED_ROLES, tuple(row))
        for p, row in zip(layout.paras, rows, strict=True)
    ]


def body_spans(text: str, model: LineModel | None) -> list[tuple[int, int]]:
    """The spans a plain-text page's reading marks as article body, with ``model`` vetting them (``None``: the hand
    rules alone)."""
    reading = read_layout(text, Hints(), model=model)
    return [(piece.start, piece.end) for piece in reading.pieces if piece.role == "body"]
