"""What the aligner knows about each candidate link, as numbers: the features of the learned link scorer.

One row per candidate pair (left passage ``i``, right passage ``j``) of the aligner's candidate set, never for any
other pair. Every feature is symmetric in the two sides (the smaller and the larger of a per-side figure), so a row
does not change when the articles are exchanged; and none depends on the order of the paragraphs (positions are
counted inside a paragraph), so neither does a link decided on them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from core.align.aliases import Bag
from core.align.similarity import Scored
from core.text.normalize import STOP_WORDS

__all__ = ["LINK_FEATURE_NAMES", "LinkCandidates", "LinkSide", "link_features"]

LINK_FEATURE_NAMES: tuple[str, ...] = (
    "similarity",
    "containment_min",
    "containment_max",
    "shared_names",
    "shared_numbers",
    "shared_quoted",
    "rank_min",
    "rank_max",
    "mutual_best",
    "margin_min",
    "margin_max",
    "length_min",
    "length_max",
    "paragraph_start",
    "context",
    "residual_min",
    "residual_max",
    "candidates_min",
    "candidates_max",
)
"""The columns of :func:`link_features`, in order."""


@dataclass(frozen=True, slots=True)
class LinkCandidates:
    """The aligner's candidate links between two articles' body passages, with their features."""

    left: tuple[str, ...]
    """The left segment id of each candidate."""
    right: tuple[str, ...]
    """The right segment id of each candidate."""
    features: npt.NDArray[np.float64]
    """One row per candidate, columns :data:`LINK_FEATURE_NAMES`."""


@dataclass(frozen=True, slots=True)
class LinkSide:
    """One article's body passages as the link features read them."""

    bags: Sequence[Bag]
    """Content terms of each passage (spellings shared by both articles)."""
    paragraphs: Sequence[int]
    """Paragraph index of each passage."""
    quoted: Sequence[frozenset[str]]
    """The content terms each passage quotes (inside quotation marks)."""
    keys: Sequence[str]
    """Text of each passage (exact ties go by text, never by position)."""


def _ranks(
    own: npt.NDArray[np.int64], s: npt.NDArray[np.float64], size: int
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Per candidate (at least one): its rank (1 = best) among the candidates of passage ``own``, that passage's best
    score, and its number of candidates. Equal scores share the better rank."""
    order = np.lexsort((-s, own))
    own_sorted, s_sorted = own[order], s[order]
    starts = np.flatnonzero(np.r_[True, own_sorted[1:] != own_sorted[:-1]])
    counts = np.diff(np.r_[starts, len(own)])
    first = np.repeat(starts, counts)
    steps = np.r_[True, (s_sorted[1:] != s_sorted[:-1]) | (own_sorted[1:] != own_sorted[:-1])]
    run_start = np.maximum.accumulate(np.where(steps, np.arange(len(own)), 0))  # first of each run of equal scores
    rank = np.empty(len(own), dtype=np.float64)
    rank[order] = (run_start - first + 1).astype(np.float64)
    best = np.zeros(size, dtype=np.float64)
    best[own_sorted[starts]] = s_sorted[starts]
    count = np.zeros(size, dtype=np.float64)
    count[own_sorted[starts]] = counts
    return rank, best[own], count[own]


def _weight(terms: frozenset[str] | set[str], weights: Mapping[str, float]) -> float:
    return sum(weights.get(t, 1.0) for t in terms)


def link_features(
    scored: Scored,
    left: LinkSide,
    right: LinkSide,
    weights: Mapping[str, float],
    kinds: Mapping[str, str],
) -> npt.NDArray[np.float64]:
    """The feature rows of the candidate pairs (columns :data:`LINK_FEATURE_NAMES`).

    Args:
        scored: The candidate pairs and their similarity, sorted by ``i`` then ``j``.
        left: The left passages.
        right: The right passages.
        weights: Term weights (:func:`core.align.similarity.term_weights`).
        kinds: The kind of each term (``name``, ``number``, ``date``, ``word``, ``stop``).

    Returns:
        A ``len(scored.i)`` by ``len(LINK_FEATURE_NAMES)`` array.
    """
    i, j, s = scored.i, scored.j, scored.score
    n = len(s)
    out = np.zeros((n, len(LINK_FEATURE_NAMES)), dtype=np.float64)
    if not n:
        return out
    rank_l, best_l, count_l = _ranks(i, s, len(left.bags))
    rank_r, best_r, count_r = _ranks(j, s, len(right.bags))
    content_l = [b - STOP_WORDS for b in left.bags]
    content_r = [b - STOP_WORDS for b in right.bags]
    weight_l = np.array([_weight(b, weights) for b in content_l])
    weight_r = np.array([_weight(b, weights) for b in content_r])
    # each passage's best and second-best counterpart (for the residual once the best partner is taken)
    partners_l = _best_two(i, j, s, _text_rank(right.keys))
    partners_r = _best_two(j, i, s, _text_rank(left.keys))
    table = {(a, b): v for a, b, v in zip(i.tolist(), j.tolist(), s.tolist(), strict=True)}
    rows = zip(i.tolist(), j.tolist(), strict=True)
    for k, (a, b) in enumerate(rows):
        ca, cb = content_l[a], content_r[b]
        shared = ca & cb
        inter = _weight(shared, weights)
        cont_a = inter / weight_l[a] if weight_l[a] > 0 else 0.0
        cont_b = inter / weight_r[b] if weight_r[b] > 0 else 0.0
        out[k, 1], out[k, 2] = min(cont_a, cont_b), max(cont_a, cont_b)
        out[k, 3] = sum(1 for t in shared if kinds.get(t) == "name")
        out[k, 4] = sum(1 for t in shared if kinds.get(t) in ("number", "date"))
        out[k, 5] = len(left.quoted[a] & right.quoted[b] & shared)
        res_a = _residual(ca, cb, _other(partners_l.get(a), b), content_r, weights)
        res_b = _residual(cb, ca, _other(partners_r.get(b), a), content_l, weights)
        out[k, 15], out[k, 16] = min(res_a, res_b), max(res_a, res_b)
        context = 0.0
        for step in (-1, 1):
            na, nb = a + step, b + step
            if (
                0 <= na < len(left.paragraphs)
                and 0 <= nb < len(right.paragraphs)
                and left.paragraphs[na] == left.paragraphs[a]
                and right.paragraphs[nb] == right.paragraphs[b]
            ):
                context = max(context, table.get((na, nb), 0.0))
        out[k, 14] = context
        start_a = a == 0 or left.paragraphs[a - 1] != left.paragraphs[a]
        start_b = b == 0 or right.paragraphs[b - 1] != right.paragraphs[b]
        out[k, 13] = float(start_a) + float(start_b)
    out[:, 0] = s
    out[:, 6] = np.log(np.minimum(rank_l, rank_r))
    out[:, 7] = np.log(np.maximum(rank_l, rank_r))
    out[:, 8] = ((rank_l == 1) & (rank_r == 1)).astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        margin_l = np.where(best_l > 0, s / best_l, 0.0)
        margin_r = np.where(best_r > 0, s / best_r, 0.0)
    out[:, 9], out[:, 10] = np.minimum(margin_l, margin_r), np.maximum(margin_l, margin_r)
    length_l = np.log1p(np.array([len(c) for c in content_l], dtype=np.float64))[i]
    length_r = np.log1p(np.array([len(c) for c in content_r], dtype=np.float64))[j]
    out[:, 11], out[:, 12] = np.minimum(length_l, length_r), np.maximum(length_l, length_r)
    out[:, 17] = np.log(np.minimum(count_l, count_r))
    out[:, 18] = np.log(np.maximum(count_l, count_r))
    out[:, 3] = np.log1p(out[:, 3])
    out[:, 4] = np.log1p(out[:, 4])
    out[:, 5] = np.log1p(out[:, 5])
    return out


def _text_rank(keys: Sequence[str]) -> npt.NDArray[np.int64]:
    """Each passage's place in the alphabetical order of the passages' texts."""
    rank = np.empty(len(keys), dtype=np.int64)
    rank[sorted(range(len(keys)), key=lambda k: (keys[k], k))] = np.arange(len(keys), dtype=np.int64)
    return rank


def _best_two(
    own: npt.NDArray[np.int64],
    other: npt.NDArray[np.int64],
    s: npt.NDArray[np.float64],
    text_rank: npt.NDArray[np.int64],
) -> dict[int, list[int]]:
    """Each passage's two best counterparts (exact ties: the alphabetically first text first)."""
    order = np.lexsort((text_rank[other], -s, own))
    found: dict[int, list[int]] = {}
    for a, b in zip(own[order].tolist(), other[order].tolist(), strict=True):
        got = found.setdefault(a, [])
        if len(got) < 2:
            got.append(b)
    return found


def _other(partners: list[int] | None, this: int) -> int | None:
    """The best partner that is not ``this``."""
    for p in partners or ():
        if p != this:
            return p
    return None


def _residual(
    own: frozenset[str],
    candidate: frozenset[str],
    best: int | None,
    others: Sequence[frozenset[str]],
    weights: Mapping[str, float],
) -> float:
    """The share of ``own``'s content, left uncovered by its best other partner, that ``candidate`` covers."""
    rest = own - others[best] if best is not None else own
    total = _weight(rest, weights)
    return _weight(rest & candidate, weights) / total if total > 0 else 0.0
