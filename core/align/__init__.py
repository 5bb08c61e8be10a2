"""Aligning two articles: similarity, matching, verdicts and the reasons for a difference.

Public names: :func:`align` (two articles in; an :class:`~core.models.Alignment` out), :func:`swap_sides`,
:func:`compare` (2 to 10 articles in; a :class:`~core.claims.Comparison` of claim groups out;
:func:`build_comparison` makes one from pairwise alignments already at hand) and
:func:`claim_order` (its groups in the reading order of any of its articles), :func:`left_out_links` (the pairwise
links its groups could not keep), :class:`AlignSettings` (every tunable), :func:`linked_roles` (the roles the reader
can lay out before the alignment arrives), :func:`nearest_passage` and :class:`Nearest` (the closest passage on the
other side of a one-sided item); for evaluation, :func:`text_similarity` and :func:`kind_weight` (the link score) and
:func:`paraphrase_probability`, :func:`pair_features` and :data:`FEATURE_NAMES` (the paraphrase model). Loaded on
first use, so the settings and the roles never import numpy or rapidfuzz.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.lazy import lazy_names

if TYPE_CHECKING:
    from core.align.aligned_roles import linked_roles
    from core.align.aligner import align, swap_sides
    from core.align.comparison import build_comparison, compare, left_out_links
    from core.align.nearest import Nearest, nearest_passage
    from core.align.ordering import claim_order
    from core.align.paraphrase import FEATURE_NAMES, pair_features, paraphrase_probability
    from core.align.settings import AlignSettings
    from core.align.similarity import kind_weight, text_similarity
else:
    __getattr__ = lazy_names(
        globals(),
        {
            "core.align.aligned_roles": ("linked_roles",),
            "core.align.aligner": ("align", "swap_sides"),
            "core.align.ordering": ("claim_order",),
            "core.align.comparison": ("build_comparison", "compare", "left_out_links"),
            "core.align.nearest": ("Nearest", "nearest_passage"),
            "core.align.paraphrase": ("FEATURE_NAMES", "pair_features", "paraphrase_probability"),
            "core.align.settings": ("AlignSettings",),
            "core.align.similarity": ("kind_weight", "text_similarity"),
        },
    )

__all__ = [
    "FEATURE_NAMES",
    "AlignSettings",
    "Nearest",
    "align",
    "build_comparison",
    "claim_order",
    "compare",
    "kind_weight",
    "left_out_links",
    "linked_roles",
    "nearest_passage",
    "pair_features",
    "paraphrase_probability",
    "swap_sides",
    "text_similarity",
]
