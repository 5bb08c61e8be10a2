"""Global, order-free matching of passages into groups: competitive linking, then growing 1:n and n:1 groups.

Reports reorder their paragraphs, so the matching never assumes monotonic order. Each step takes the best
remaining decision over the whole similarity table, ties broken by context (how well the neighbouring
sentences
match) and then by position, so the result is deterministic.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from core.settings import AlignSettings
from core.similarity import Bag, Scored, bag_similarity


@dataclass(slots=True)
class Group:
    """A set of left passages and right passages that report the same thing."""

    left: list[int]
    """Left passage indices, ascending."""
    right: list[int]
    """Right passage indices, ascending."""
    score: float = 0.0
    """Similarity of the two sides' combined content."""
    members: set[tuple[str, int]] = field(default_factory=set)
    """``("left", i)`` / ``("right", j)`` for quick membership tests."""


def _table(scored: Scored, floor: float) -> dict[tuple[int, int], float]:
    """The candidate pairs scoring at least ``floor``, as a lookup table."""
    keep = np.flatnonzero(scored.score >= floor)
    return {(int(scored.i[k]), int(scored.j[k])): float(scored.score[k]) for k in keep}


def match(
    scored: Scored,
    left: Sequence[Bag],
    right: Sequence[Bag],
    weights: Mapping[str, float],
    settings: AlignSettings,
) -> list[Group]:
    """Link passages of two articles into groups.

    1. Competitive linking: take the best-scoring pair of still-free passages whose similarity reaches
       ``settings.link_threshold``; repeat. The rank of a pair adds ``settings.context_weight`` times the
       similarity of its neighbours (previous with previous, next with next), so a tie goes to the pair in a
       matching context.
    2. Growing: a free passage joins the group of the passage it resembles most on the other side when it
       resembles it at least ``settings.group_threshold`` and it neighbours a member of the group on its own
       side (one report's sentence split in two or three by the other).

    Args:
        scored: Candidate pairs with their similarity.
        left: Bags of the left passages.
        right: Bags of the right passages.
        weights: Term weights (for the combined similarity of a grown group).
        settings: Thresholds.

    Returns:
        The groups, each with both sides, in no particular order.
    """
    floor = min(settings.link_threshold, settings.group_threshold)
    table = _table(scored, floor)
    ranked = sorted(
        (
            (
                -(
                    s
                    + settings.context_weight
                    * max(table.get((i - 1, j - 1), 0.0), table.get((i + 1, j + 1), 0.0))
                ),
                i,
                j,
                s,
            )
            for (i, j), s in table.items()
            if s >= settings.link_threshold
        ),
    )
    group_of: dict[tuple[str, int], Group] = {}
    groups: list[Group] = []
    for _key, i, j, s in ranked:
        if ("left", i) in group_of or ("right", j) in group_of:
            continue
        group = Group([i], [j], s, {("left", i), ("right", j)})
        groups.append(group)
        group_of[("left", i)] = group_of[("right", j)] = group
    _grow(groups, group_of, table, left, right, weights, settings)
    return groups


def _grow(
    groups: list[Group],
    group_of: dict[tuple[str, int], Group],
    table: Mapping[tuple[int, int], float],
    left: Sequence[Bag],
    right: Sequence[Bag],
    weights: Mapping[str, float],
    settings: AlignSettings,
) -> None:
    """Let free passages join the group of their best counterpart when they neighbour it (in place)."""
    best: dict[tuple[str, int], tuple[float, int]] = {}
    for (i, j), s in table.items():
        for key, other in ((("left", i), j), (("right", j), i)):
            if key not in best or (-s, other) < (-best[key][0], best[key][1]):
                best[key] = (s, other)
    proposals = sorted(
        (-s, side, own, other)
        for (side, own), (s, other) in best.items()
        if s >= settings.group_threshold
        and (side, own) not in group_of
        and ("right" if side == "left" else "left", other) in group_of
    )
    changed = True
    while changed:
        changed = False
        for _neg, side, own, other in proposals:
            if (side, own) in group_of:
                continue
            group = group_of[("right" if side == "left" else "left", other)]
            members = group.left if side == "left" else group.right
            if own - 1 not in members and own + 1 not in members:
                continue
            if side == "left":
                group.left = sorted([*group.left, own])
            else:
                group.right = sorted([*group.right, own])
            group.score = bag_similarity(
                frozenset().union(*(left[k] for k in group.left)),
                frozenset().union(*(right[k] for k in group.right)),
                weights,
                settings,
            )
            group.members.add((side, own))
            group_of[(side, own)] = group
            changed = True
