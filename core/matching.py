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


@dataclass(frozen=True, slots=True)
class Passages:
    """One article's passages as the matcher sees them."""

    bags: Sequence[Bag]
    """Content terms of each passage."""
    paragraphs: Sequence[int]
    """Paragraph index of each passage (context only counts neighbours inside one paragraph)."""
    keys: Sequence[str]
    """Text of each passage: ties are broken by content, never by position, so moving paragraphs around
    does not change the links."""


def _neighbour(side: Passages, k: int, step: int) -> int | None:
    """The passage ``step`` away from ``k`` in the same paragraph, if any."""
    n = k + step
    if 0 <= n < len(side.paragraphs) and side.paragraphs[n] == side.paragraphs[k]:
        return n
    return None


def _context(
    table: Mapping[tuple[int, int], float], left: Passages, right: Passages, i: int, j: int
) -> float:
    """How well the neighbours of a pair match each other (previous with previous, next with next)."""
    best = 0.0
    for step in (-1, 1):
        a, b = _neighbour(left, i, step), _neighbour(right, j, step)
        if a is not None and b is not None:
            best = max(best, table.get((a, b), 0.0))
    return best


def match(
    scored: Scored,
    left: Passages,
    right: Passages,
    weights: Mapping[str, float],
    settings: AlignSettings,
) -> list[Group]:
    """Link passages of two articles into groups.

    1. Competitive linking: take the best-ranked pair of still-free passages whose similarity reaches
       ``settings.link_threshold``; repeat. A pair's rank adds ``settings.context_weight`` times the
       similarity of its neighbours inside their paragraphs, so a near tie goes to the pair in a matching
       context; exact ties go by the passages' text.
    2. Growing: a free passage joins the group holding the passage it resembles most on the other side,
       when it resembles it at least ``settings.group_threshold`` and sits next to a member in its
       paragraph (one report's sentence split in two or three by the other), or resembles it at least
       ``settings.link_threshold`` wherever it is (a link whose partner was taken: n:1).

    The result depends on the passages' content and on the order inside each paragraph, not on the order
    of the paragraphs, nor (up to exact ties) on which article is on the left.

    Args:
        scored: Candidate pairs with their similarity.
        left: The left passages.
        right: The right passages.
        weights: Term weights (for the combined similarity of a grown group).
        settings: Thresholds.

    Returns:
        The groups, each with both sides, in no particular order.
    """
    floor = min(settings.link_threshold, settings.group_threshold)
    table = _table(scored, floor)
    ranked = sorted(
        (
            -round(s + settings.context_weight * _context(table, left, right, i, j), 9),
            min(left.keys[i], right.keys[j]),
            max(left.keys[i], right.keys[j]),
            i,
            j,
            s,
        )
        for (i, j), s in table.items()
        if s >= settings.link_threshold
    )
    group_of: dict[tuple[str, int], Group] = {}
    groups: list[Group] = []
    for *_key, i, j, s in ranked:
        if ("left", i) in group_of or ("right", j) in group_of:
            continue
        group = Group([i], [j], s, {("left", i), ("right", j)})
        groups.append(group)
        group_of[("left", i)] = group_of[("right", j)] = group
    _grow(group_of, table, left, right, weights, settings)
    return groups


def _grow(
    group_of: dict[tuple[str, int], Group],
    table: Mapping[tuple[int, int], float],
    left: Passages,
    right: Passages,
    weights: Mapping[str, float],
    settings: AlignSettings,
) -> None:
    """Let free passages join the group of their best counterpart (in place)."""
    best: dict[tuple[str, int], tuple[float, str, int]] = {}
    for (i, j), s in table.items():
        for key, other, text in ((("left", i), j, right.keys[j]), (("right", j), i, left.keys[i])):
            s9 = round(s, 9)
            if key not in best or (-s9, text) < (-best[key][0], best[key][1]):
                best[key] = (s9, text, other)
    proposals = sorted(
        (-s, (left if side == "left" else right).keys[own], text, side, own, other)
        for (side, own), (s, text, other) in best.items()
        if s >= settings.group_threshold
        and (side, own) not in group_of
        and ("right" if side == "left" else "left", other) in group_of
    )
    for neg, *_key, side, own, other in proposals:
        group = group_of[("right" if side == "left" else "left", other)]
        mine = left if side == "left" else right
        members = group.left if side == "left" else group.right
        beside = any(_neighbour(mine, own, step) in members for step in (-1, 1))
        if not beside and -neg < settings.link_threshold:
            continue
        if side == "left":
            group.left = sorted([*group.left, own])
        else:
            group.right = sorted([*group.right, own])
        group.score = bag_similarity(
            frozenset().union(*(left.bags[k] for k in group.left)),
            frozenset().union(*(right.bags[k] for k in group.right)),
            weights,
            settings,
        )
        group.members.add((side, own))
        group_of[(side, own)] = group
