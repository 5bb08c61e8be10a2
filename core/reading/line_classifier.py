"""A learned vetting of the article body: a logistic model over each paragraph's features says body or clutter.

The hand rules of :mod:`core.reading.clean` give each paragraph a first role; for the paragraphs they leave as
``body`` or ``boilerplate`` the model (:class:`LineModel`, its coefficients in :mod:`core.reading.line_model`)
takes the final say, from the features of :mod:`core.reading.line_features` (which include the hand rules'
decision). Metadata roles (headline, byline, date, outlet, standfirst, caption) are left as the rules gave them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from core.reading import line_model
from core.reading.clean_context import Para
from core.reading.line_features import LINE_FEATURES

__all__ = ["PASTE_MODEL", "VETTED_ROLES", "LineModel", "vet_body"]

VETTED_ROLES = frozenset({"body", "boilerplate"})
"""The roles the model may turn into one another."""


@dataclass(frozen=True, slots=True)
class LineModel:
    """A logistic model of "this paragraph is article body" over some of :data:`LINE_FEATURES`."""

    features: tuple[str, ...]
    """The columns it reads, by name."""
    means: tuple[float, ...]
    """Each column's mean on the fitting data (for standardising)."""
    scales: tuple[float, ...]
    """Each column's standard deviation on the fitting data."""
    coefficients: tuple[float, ...]
    """Each standardised column's weight."""
    intercept: float
    """The constant term."""
    keep: float = 0.5
    """A paragraph the hand rules call body stays body from this probability."""
    take: float = 0.5
    """A paragraph the hand rules call clutter becomes body from this probability."""

    def probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """The probability that each row is article body."""
        columns = [LINE_FEATURES.index(name) for name in self.features]
        terms = list(zip(columns, self.means, self.scales, self.coefficients, strict=True))
        out: list[float] = []
        for row in rows:
            z = self.intercept + sum(c * (row[k] - m) / s for k, m, s, c in terms)
            out.append(1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0)
        return out


def vet_body(paras: list[Para], rows: Sequence[Sequence[float]], model: LineModel) -> None:
    """Give the paragraphs the hand rules left as body or clutter the model's decision on their feature rows
    (:func:`core.reading.line_features.line_features`)."""
    for para, p in zip(paras, model.probabilities(rows), strict=True):
        if para.role in VETTED_ROLES:
            para.role = "body" if p >= (model.keep if para.role == "body" else model.take) else "boilerplate"


PASTE_MODEL = LineModel(
    line_model.FEATURES,
    line_model.MEANS,
    line_model.SCALES,
    line_model.COEFFICIENTS,
    line_model.INTERCEPT,
    line_model.KEEP,
    line_model.TAKE,
)
"""The model fitted on the development pages (:mod:`core.reading.line_model`), used for plain-text pages."""
