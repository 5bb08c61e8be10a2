"""The learned link scorer: how likely a candidate pair of passages is a link a careful reader would draw.

A logistic model over the candidate's features (:mod:`core.align.link_features`). Its coefficients
(:mod:`core.align.link_model`) were fitted by ``python -m bench.fit_links --write`` on the development golds and the
fictional page pairs; the model holds only those numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from core.align import link_model
from core.align.link_features import LINK_FEATURE_NAMES

__all__ = ["DEFAULT_LINK_MODEL", "LinkModel", "link_probabilities"]


@dataclass(frozen=True, slots=True)
class LinkModel:
    """A logistic model over standardised link features."""

    means: Sequence[float]
    """The mean of each feature (columns :data:`~core.align.link_features.LINK_FEATURE_NAMES`)."""
    scales: Sequence[float]
    """The standard deviation of each feature (never 0)."""
    coefficients: Sequence[float]
    """The weight of each standardised feature."""
    intercept: float
    """The log-odds of a link when every feature is at its mean."""


DEFAULT_LINK_MODEL = LinkModel(link_model.MEANS, link_model.SCALES, link_model.COEFFICIENTS, link_model.INTERCEPT)
"""The model :mod:`core.align.link_model` holds."""


def link_probabilities(
    features: npt.NDArray[np.float64], model: LinkModel = DEFAULT_LINK_MODEL
) -> npt.NDArray[np.float64]:
    """The link probability (0 to 1) of each feature row, rounded to 9 places (so equal rows tie exactly)."""
    if features.shape[1] != len(LINK_FEATURE_NAMES):
        raise ValueError(f"expected {len(LINK_FEATURE_NAMES)} link features, got {features.shape[1]}")
    z = (features - np.asarray(model.means)) / np.asarray(model.scales)
    logits = model.intercept + z @ np.asarray(model.coefficients, dtype=np.float64)
    return np.asarray(np.round(1.0 / (1.0 + np.exp(-np.clip(logits, -50.0, 50.0))), 9), dtype=np.float64)
