"""The candidate links of two articles with their learned-link features, for fitting and measuring the model.

:func:`link_candidates` repeats the candidate step of :func:`core.align.align` (prepare both articles, canonical
spellings, term weights, the similarity table, the split of passages that quote different voices) from the aligner's
own internal functions, so the candidates are the aligner's, and describes each with
:func:`core.align.link_features.link_features`: the one module of ``bench`` that reaches below a stage's public names
(tests/test_public_api.py names it).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from core.align import AlignSettings
from core.align.aligner import candidates, link_side
from core.align.collector import collector_paused
from core.align.link_features import LINK_FEATURE_NAMES, link_features
from core.models import Article

__all__ = ["LINK_FEATURE_NAMES", "LinkCandidates", "link_candidates"]


@dataclass(frozen=True, slots=True)
class LinkCandidates:
    """The aligner's candidate links between two articles' body passages, with their features."""

    left: tuple[str, ...]
    """The left segment id of each candidate."""
    right: tuple[str, ...]
    """The right segment id of each candidate."""
    features: npt.NDArray[np.float64]
    """One row per candidate, columns :data:`LINK_FEATURE_NAMES`."""


def link_candidates(left: Article, right: Article, *, settings: AlignSettings | None = None) -> LinkCandidates:
    """The aligner's candidate links between the body passages of two articles, each with its feature row.

    The articles are taken as given (no canonical orientation); the features are symmetric in the two sides.
    """
    settings = settings or AlignSettings()
    with collector_paused():
        found = candidates(left, right, settings)
        lp, rp, lbody, rbody, scored = found.left, found.right, found.left_body, found.right_body, found.scored
        rows = link_features(
            scored, link_side(lp, lbody, settings), link_side(rp, rbody, settings), found.weights, found.kinds
        )
    return LinkCandidates(
        tuple(lp.segments[lbody[k]].id for k in scored.i.tolist()),
        tuple(rp.segments[rbody[k]].id for k in scored.j.tolist()),
        rows,
    )
