"""The learned link scorer's data: one symmetric feature row per candidate link."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings

from bench.link_features import LINK_FEATURE_NAMES, link_candidates
from core.models import Article
from tests.test_align_properties import articles


@settings(max_examples=80, deadline=None)
@given(articles(), articles())
def test_a_candidate_has_the_same_row_whichever_article_is_left(left: Article, right: Article) -> None:
    """Exchanging the articles gives the same candidates with the same feature rows."""
    forward, backward = link_candidates(left, right), link_candidates(right, left)
    rows = {(a, b): row for a, b, row in zip(forward.left, forward.right, forward.features, strict=True)}
    assert forward.features.shape == (len(forward.left), len(LINK_FEATURE_NAMES))
    assert len(rows) == len(backward.left)
    for a, b, row in zip(backward.left, backward.right, backward.features, strict=True):
        assert np.allclose(rows[(b, a)], row, atol=1e-9)
