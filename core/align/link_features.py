"""The features of the learned link probability: one row per candidate link of the aligner.

A candidate link (left passage ``i``, right passage ``j``) is described by how much content the two share (weighted
containment on each side, shared names, numbers and quoted words), how it ranks among each passage's candidates (its
rank, the margin to the best, how many candidates there are), the passages' lengths, whether each opens its
paragraph, how well their paragraph neighbours match, and what the candidate adds beyond each passage's best other
counterpart (the residual: one report's sentence split in two by the other). :mod:`core.align.link_model` holds a
logistic model fitted on these rows (``python -m bench.fit_links --write``); :class:`LinkProbability` applies it.

Every feature is symmetric in the two sides (the smaller and the larger of a per-side figure), so a row does not
change when the articles are exchanged, and none depends on the order of the paragraphs (positions are counted
inside a paragraph). Rows can be computed for some candidates only: the figures that rank a candidate among the
others always read the whole table, so a row is the same whichever others are asked for.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain

import numpy as np
import numpy.typing as npt

from core.align.aliases import Bag
from core.align.link_model import COEFFICIENTS, INTERCEPT, MEANS, SCALES
from core.align.similarity import Scored, candidate_rows, first_two, runs, score_of
from core.text import STOP_WORDS

__all__ = [
    "LINK_FEATURE_NAMES",
    "LinkModel",
    "LinkProbability",
    "LinkSide",
    "link_features",
    "probability",
    "using_model",
]

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

Rows = npt.NDArray[np.int64]
"""Indices into a :class:`core.align.similarity.Scored` table."""


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


class _Postings:
    """The content terms of each passage of one side, as (passage, term id) rows in passage order."""

    def __init__(self, sets: Sequence[frozenset[str]], ids: Mapping[str, int], size: int) -> None:
        found = [[ids[t] for t in terms if t in ids] for terms in sets]
        counts = np.fromiter(map(len, found), dtype=np.int64, count=len(found))
        self.sent = np.repeat(np.arange(len(found), dtype=np.int64), counts)
        self.term = np.fromiter(chain.from_iterable(found), dtype=np.int64, count=int(counts.sum()))
        self.starts = np.cumsum(counts) - counts
        self.counts = counts
        self.keys = np.sort(self.sent * size + self.term)

    def of(self, passages: Rows, size: int) -> Rows:
        """For each entry of ``passages`` (the k-th), its terms as ``k * size + term``."""
        reps = self.counts[passages]
        at = np.arange(int(reps.sum()), dtype=np.int64) - np.repeat(np.cumsum(reps) - reps, reps)
        at += np.repeat(self.starts[passages], reps)
        return np.repeat(np.arange(len(passages), dtype=np.int64), reps) * size + self.term[at]

    def has(self, passages: Rows, terms: Rows, size: int) -> npt.NDArray[np.bool_]:
        """Whether each passage holds the term beside it."""
        want = passages * size + terms
        if not len(self.keys):
            return np.zeros(len(want), dtype=bool)
        at = np.clip(np.searchsorted(self.keys, want), 0, len(self.keys) - 1)
        return np.asarray(self.keys[at] == want, dtype=bool)


class _Table:
    """What every row reads of the whole candidate table and both sides: term ids and weights, postings, each
    passage's content weight and length, candidate ranks and each passage's best two counterparts."""

    def __init__(
        self, scored: Scored, left: LinkSide, right: LinkSide, weights: Mapping[str, float], kinds: Mapping[str, str]
    ) -> None:
        self.scored, self.left, self.right = scored, left, right
        vocabulary = sorted({t for bag in (*left.bags, *right.bags) for t in bag} - STOP_WORDS)
        self.ids = {t: k for k, t in enumerate(vocabulary)}
        self.size = len(vocabulary) + 1
        self.w = np.array([weights.get(t, 1.0) for t in vocabulary], dtype=np.float64)
        kind = [kinds.get(t, "word") for t in vocabulary]
        self.named = np.array([k == "name" for k in kind], dtype=np.float64)
        self.numeric = np.array([k in ("number", "date") for k in kind], dtype=np.float64)
        self.lpost = _Postings(left.bags, self.ids, self.size)
        self.rpost = _Postings(right.bags, self.ids, self.size)
        self.lquote = _Postings(left.quoted, self.ids, self.size)
        self.rquote = _Postings(right.quoted, self.ids, self.size)
        nl, nr = len(left.bags), len(right.bags)
        self.weight_l = np.bincount(self.lpost.sent, weights=self.w[self.lpost.term], minlength=nl).astype(np.float64)
        self.weight_r = np.bincount(self.rpost.sent, weights=self.w[self.rpost.term], minlength=nr).astype(np.float64)
        self.length_l = np.log1p(np.bincount(self.lpost.sent, minlength=nl).astype(np.float64))
        self.length_r = np.log1p(np.bincount(self.rpost.sent, minlength=nr).astype(np.float64))
        i, j, s = scored.i, scored.j, scored.score
        self.rank_l, self.best_l, self.count_l = _ranks(i, s, nl)
        self.rank_r, self.best_r, self.count_r = _ranks(j, s, nr)
        self.first_l, self.second_l = _best_two(i, j, s, _text_rank(right.keys), nl)
        self.first_r, self.second_r = _best_two(j, i, s, _text_rank(left.keys), nr)
        self.lpara = np.asarray(left.paragraphs, dtype=np.int64)
        self.rpara = np.asarray(right.paragraphs, dtype=np.int64)

    def shared(self, i: Rows, j: Rows) -> tuple[Rows, Rows, npt.NDArray[np.float64]]:
        """For the pairs ``(i[k], j[k])``: every (pair, term) they share, as pair index and term id, and each pair's
        shared content weight."""
        both = np.intersect1d(self.lpost.of(i, self.size), self.rpost.of(j, self.size), assume_unique=True)
        pair, term = both // self.size, both % self.size
        return pair, term, np.bincount(pair, weights=self.w[term], minlength=len(i)).astype(np.float64)


def link_features(
    scored: Scored,
    left: LinkSide,
    right: LinkSide,
    weights: Mapping[str, float],
    kinds: Mapping[str, str],
    rows: Rows | None = None,
) -> npt.NDArray[np.float64]:
    """The feature rows of the candidate pairs (columns :data:`LINK_FEATURE_NAMES`).

    Args:
        scored: The candidate pairs and their similarity, sorted by ``i`` then ``j``.
        left: The left passages.
        right: The right passages.
        weights: Term weights (:func:`core.align.similarity.term_weights`).
        kinds: The kind of each term (``name``, ``number``, ``date``, ``word``, ``stop``).
        rows: The candidates to describe (indices into ``scored``); all when ``None``.

    Returns:
        One row per candidate asked for, in the order asked.
    """
    every = np.arange(len(scored.score), dtype=np.int64)
    wanted = every if rows is None else np.asarray(rows, dtype=np.int64)
    if not len(wanted):
        return np.zeros((0, len(LINK_FEATURE_NAMES)), dtype=np.float64)
    return _rows(_Table(scored, left, right, weights, kinds), wanted)


def _rows(table: _Table, rows: Rows) -> npt.NDArray[np.float64]:
    """The feature rows of some candidates of a table."""
    scored, size = table.scored, table.size
    i, j, s = scored.i[rows], scored.j[rows], scored.score[rows]
    n = len(rows)
    out = np.zeros((n, len(LINK_FEATURE_NAMES)), dtype=np.float64)
    cand, term, inter = table.shared(i, j)
    with np.errstate(divide="ignore", invalid="ignore"):
        cont_l = np.where(table.weight_l[i] > 0, inter / table.weight_l[i], 0.0)
        cont_r = np.where(table.weight_r[j] > 0, inter / table.weight_r[j], 0.0)
    out[:, 1], out[:, 2] = np.minimum(cont_l, cont_r), np.maximum(cont_l, cont_r)
    out[:, 3] = np.log1p(np.bincount(cand, weights=table.named[term], minlength=n))
    out[:, 4] = np.log1p(np.bincount(cand, weights=table.numeric[term], minlength=n))
    both_quote = table.lquote.has(i[cand], term, size) & table.rquote.has(j[cand], term, size)
    out[:, 5] = np.log1p(np.bincount(cand, weights=both_quote.astype(np.float64), minlength=n))
    res_l = _residual(table, i, j, cand, term, inter, own_is_left=True)
    res_r = _residual(table, j, i, cand, term, inter, own_is_left=False)
    out[:, 15], out[:, 16] = np.minimum(res_l, res_r), np.maximum(res_l, res_r)
    lpara, rpara = table.lpara, table.rpara
    for step in (-1, 1):  # the neighbour pairs inside both paragraphs
        ni, nj = i + step, j + step
        ok = (ni >= 0) & (ni < len(lpara)) & (nj >= 0) & (nj < len(rpara))
        ok[ok] &= (lpara[ni[ok]] == lpara[i[ok]]) & (rpara[nj[ok]] == rpara[j[ok]])
        near = score_of(scored, np.where(ok, ni, 0), np.where(ok, nj, 0))
        out[:, 14] = np.maximum(out[:, 14], np.where(ok, near, 0.0))
    lstart = np.concatenate(([True], lpara[1:] != lpara[:-1]))
    rstart = np.concatenate(([True], rpara[1:] != rpara[:-1]))
    out[:, 13] = lstart[i].astype(np.float64) + rstart[j].astype(np.float64)
    rank_l, rank_r = table.rank_l[rows], table.rank_r[rows]
    best_l, best_r = table.best_l[rows], table.best_r[rows]
    out[:, 0] = s
    out[:, 6] = np.log(np.minimum(rank_l, rank_r))
    out[:, 7] = np.log(np.maximum(rank_l, rank_r))
    out[:, 8] = ((rank_l == 1) & (rank_r == 1)).astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        margin_l = np.where(best_l > 0, s / best_l, 0.0)
        margin_r = np.where(best_r > 0, s / best_r, 0.0)
    out[:, 9], out[:, 10] = np.minimum(margin_l, margin_r), np.maximum(margin_l, margin_r)
    length_l, length_r = table.length_l[i], table.length_r[j]
    out[:, 11], out[:, 12] = np.minimum(length_l, length_r), np.maximum(length_l, length_r)
    count_l, count_r = table.count_l[rows], table.count_r[rows]
    out[:, 17] = np.log(np.minimum(count_l, count_r))
    out[:, 18] = np.log(np.maximum(count_l, count_r))
    return out


def _ranks(own: Rows, s: npt.NDArray[np.float64], size: int) -> tuple[
    npt.NDArray[np.float64], npt.NDArray[np.float64], npt.NDArray[np.float64]
]:  # fmt: skip
    """Per candidate: its rank (1 = best) among the candidates of passage ``own``, that passage's best score, and
    its number of candidates. Equal scores share the better rank."""
    if not len(own):
        empty = np.zeros(0, dtype=np.float64)
        return empty, empty, empty
    order = np.lexsort((-s, own))
    own_sorted, s_sorted = own[order], s[order]
    starts, counts = runs(own_sorted)
    first = np.repeat(starts, counts)
    steps = np.concatenate(([True], (s_sorted[1:] != s_sorted[:-1]) | (own_sorted[1:] != own_sorted[:-1])))
    run_start = np.maximum.accumulate(np.where(steps, np.arange(len(own)), 0))  # first of each run of equal scores
    rank = np.empty(len(own), dtype=np.float64)
    rank[order] = (run_start - first + 1).astype(np.float64)
    best = np.zeros(size, dtype=np.float64)
    best[own_sorted[starts]] = s_sorted[starts]
    count = np.zeros(size, dtype=np.float64)
    count[own_sorted[starts]] = counts
    return rank, best[own], count[own]


def _residual(
    table: _Table,
    own: Rows,
    other: Rows,
    cand: Rows,
    term: Rows,
    inter: npt.NDArray[np.float64],
    *,
    own_is_left: bool,
) -> npt.NDArray[np.float64]:
    """Per candidate: the share of the ``own`` passage's content, left uncovered by its best counterpart other than
    this candidate's, that the candidate's ``other`` passage covers (its containment when it has no other)."""
    first, second = (table.first_l, table.second_l) if own_is_left else (table.first_r, table.second_r)
    own_weight = (table.weight_l if own_is_left else table.weight_r)[own]
    other_posts = table.rpost if own_is_left else table.lpost
    best = np.where(first[own] == other, second[own], first[own])
    has = best >= 0
    pick = np.where(has, best, 0)
    li, rj = (own, pick) if own_is_left else (pick, own)
    covered = np.where(has, table.shared(li, rj)[2], 0.0)  # own's content the best other covers
    rest = own_weight - covered
    taken = other_posts.has(pick[cand], term, table.size) & has[cand]  # shared terms the best other also holds
    gained = np.bincount(cand, weights=np.where(taken, 0.0, table.w[term]), minlength=len(own))
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(rest > 1e-12, np.clip(gained / rest, 0.0, 1.0), 0.0)


def _text_rank(keys: Sequence[str]) -> Rows:
    """Each passage's place in the alphabetical order of the passages' texts."""
    rank = np.empty(len(keys), dtype=np.int64)
    rank[sorted(range(len(keys)), key=lambda k: (keys[k], k))] = np.arange(len(keys), dtype=np.int64)
    return rank


def _best_two(own: Rows, other: Rows, s: npt.NDArray[np.float64], text_rank: Rows, size: int) -> tuple[Rows, Rows]:
    """Each passage's best and second-best counterpart, -1 where none (exact ties: the alphabetically first text
    first); indexed by passage."""
    order = np.lexsort((text_rank[other], -s, own))
    return first_two(own[order], other[order], size, -1)


class LinkProbability:
    """The learned probability (:mod:`core.align.link_model`) that a candidate link is one a careful reader draws,
    for the candidates of one pair of articles; the table-wide figures are read once, on the first question."""

    def __init__(
        self, scored: Scored, left: LinkSide, right: LinkSide, weights: Mapping[str, float], kinds: Mapping[str, str]
    ) -> None:
        self._args = (scored, left, right, weights, kinds)
        self._table: _Table | None = None

    def __call__(self, i: Sequence[int], j: Sequence[int]) -> npt.NDArray[np.float64]:
        """The probability of each pair ``(i[k], j[k])``; 0 for a pair that is no candidate."""
        rows, found = candidate_rows(self._args[0], np.asarray(i, dtype=np.int64), np.asarray(j, dtype=np.int64))
        out = np.zeros(len(rows), dtype=np.float64)
        if found.any():
            if self._table is None:
                self._table = _Table(*self._args)
            out[found] = probability(_rows(self._table, rows[found]))
        return out


@dataclass(frozen=True, slots=True)
class LinkModel:
    """A logistic model on standardised feature rows."""

    means: tuple[float, ...]
    scales: tuple[float, ...]
    coefficients: tuple[float, ...]
    intercept: float


WRITTEN = LinkModel(MEANS, SCALES, COEFFICIENTS, INTERCEPT)
"""The model of :mod:`core.align.link_model`."""
_in_use = [WRITTEN]


@contextmanager
def using_model(model: LinkModel) -> Iterator[None]:
    """Align with another model inside the block (a measurement that leaves each pair out of the fit)."""
    _in_use.append(model)
    try:
        yield
    finally:
        _in_use.pop()


def probability(rows: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """The model's probability for feature rows (columns :data:`LINK_FEATURE_NAMES`)."""
    model = _in_use[-1]
    z = model.intercept + ((rows - np.asarray(model.means)) / np.asarray(model.scales)) @ np.asarray(model.coefficients)
    return np.asarray(1.0 / (1.0 + np.exp(-z)), dtype=np.float64)
