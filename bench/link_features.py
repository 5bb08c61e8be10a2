"""The features of a learned link scorer, for measurement only: one row per candidate link of the aligner.

``python -m bench.fit_links`` fits a logistic model on them and compares its ranking with the similarity's; the
aligner itself does not use them. One row per candidate pair (left passage ``i``, right passage ``j``) of the
aligner's candidate set, never for any other pair. Every feature is symmetric in the two sides (the smaller and the
larger of a per-side figure), so a row does not change when the articles are exchanged; and none depends on the order
of the paragraphs (positions are counted inside a paragraph).

:func:`link_candidates` repeats the candidate step of :func:`core.align.align` (prepare both articles, canonical
spellings, term weights, the similarity table, the split of passages that quote different voices) from the aligner's
own internal functions, so the candidates are the aligner's: the one module of ``bench`` that reaches below a stage's
public names (tests/test_public_api.py names it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np
import numpy.typing as npt

from core.align import AlignSettings
from core.align.aliases import Bag
from core.align.aligner import _Prepared, candidates
from core.align.collector import collector_paused
from core.align.matching import _lookup
from core.align.quotations import quoted_terms
from core.align.similarity import Scored
from core.models import Article
from core.text import STOP_WORDS

__all__ = ["LINK_FEATURE_NAMES", "LinkCandidates", "LinkSide", "link_candidates", "link_features"]

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
    starts = np.flatnonzero(np.concatenate(([True], own_sorted[1:] != own_sorted[:-1])))
    counts = np.diff(np.append(starts, len(own)))
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


def link_features(
    scored: Scored,
    left: LinkSide,
    right: LinkSide,
    weights: Mapping[str, float],
    kinds: Mapping[str, str],
) -> npt.NDArray[np.float64]:
    """The feature rows of the candidate pairs (columns :data:`LINK_FEATURE_NAMES`), computed for all of them at
    once: the terms two passages share come from one sorted join of their postings.

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
    vocabulary = sorted({t for bag in (*left.bags, *right.bags) for t in bag} - STOP_WORDS)
    ids = {t: k for k, t in enumerate(vocabulary)}
    size = len(vocabulary) + 1
    w = np.array([weights.get(t, 1.0) for t in vocabulary], dtype=np.float64)
    lpost, rpost = _Postings(left.bags, ids, size), _Postings(right.bags, ids, size)
    # every (candidate, term) the two passages share, as candidate * size + term, ascending
    shared = np.intersect1d(lpost.of(i, size), rpost.of(j, size), assume_unique=True)  # sorted
    cand, term = shared // size, shared % size
    inter = np.bincount(cand, weights=w[term], minlength=n).astype(np.float64)
    weight_l = np.bincount(lpost.sent, weights=w[lpost.term], minlength=len(left.bags)).astype(np.float64)
    weight_r = np.bincount(rpost.sent, weights=w[rpost.term], minlength=len(right.bags)).astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        cont_l = np.where(weight_l[i] > 0, inter / weight_l[i], 0.0)
        cont_r = np.where(weight_r[j] > 0, inter / weight_r[j], 0.0)
    out[:, 1], out[:, 2] = np.minimum(cont_l, cont_r), np.maximum(cont_l, cont_r)
    kind = [kinds.get(t, "word") for t in vocabulary]
    named = np.array([k == "name" for k in kind], dtype=np.float64)
    numeric = np.array([k in ("number", "date") for k in kind], dtype=np.float64)
    out[:, 3] = np.log1p(np.bincount(cand, weights=named[term], minlength=n))
    out[:, 4] = np.log1p(np.bincount(cand, weights=numeric[term], minlength=n))
    lquote, rquote = _Postings(left.quoted, ids, size), _Postings(right.quoted, ids, size)
    both_quote = lquote.has(i[cand], term, size) & rquote.has(j[cand], term, size)
    out[:, 5] = np.log1p(np.bincount(cand, weights=both_quote.astype(np.float64), minlength=n))
    res_l = _residual(i, j, s, _text_rank(right.keys), cand, term, w, inter, weight_l[i], rpost, size, scored, True)
    res_r = _residual(j, i, s, _text_rank(left.keys), cand, term, w, inter, weight_r[j], lpost, size, scored, False)
    out[:, 15], out[:, 16] = np.minimum(res_l, res_r), np.maximum(res_l, res_r)
    lpara = np.asarray(left.paragraphs, dtype=np.int64)
    rpara = np.asarray(right.paragraphs, dtype=np.int64)
    for step in (-1, 1):  # the neighbour pairs inside both paragraphs
        ni, nj = i + step, j + step
        ok = (ni >= 0) & (ni < len(lpara)) & (nj >= 0) & (nj < len(rpara))
        ok[ok] &= (lpara[ni[ok]] == lpara[i[ok]]) & (rpara[nj[ok]] == rpara[j[ok]])
        near = _lookup(scored, len(rpara) + 2, np.where(ok, ni, 0), np.where(ok, nj, 0))
        out[:, 14] = np.maximum(out[:, 14], np.where(ok, near, 0.0))
    lstart = np.concatenate(([True], lpara[1:] != lpara[:-1]))
    rstart = np.concatenate(([True], rpara[1:] != rpara[:-1]))
    out[:, 13] = lstart[i].astype(np.float64) + rstart[j].astype(np.float64)
    rank_l, best_l, count_l = _ranks(i, s, len(left.bags))
    rank_r, best_r, count_r = _ranks(j, s, len(right.bags))
    out[:, 0] = s
    out[:, 6] = np.log(np.minimum(rank_l, rank_r))
    out[:, 7] = np.log(np.maximum(rank_l, rank_r))
    out[:, 8] = ((rank_l == 1) & (rank_r == 1)).astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        margin_l = np.where(best_l > 0, s / best_l, 0.0)
        margin_r = np.where(best_r > 0, s / best_r, 0.0)
    out[:, 9], out[:, 10] = np.minimum(margin_l, margin_r), np.maximum(margin_l, margin_r)
    length_l = np.log1p(np.bincount(lpost.sent, minlength=len(left.bags)).astype(np.float64))[i]
    length_r = np.log1p(np.bincount(rpost.sent, minlength=len(right.bags)).astype(np.float64))[j]
    out[:, 11], out[:, 12] = np.minimum(length_l, length_r), np.maximum(length_l, length_r)
    out[:, 17] = np.log(np.minimum(count_l, count_r))
    out[:, 18] = np.log(np.maximum(count_l, count_r))
    return out


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

    def of(self, passages: npt.NDArray[np.int64], size: int) -> npt.NDArray[np.int64]:
        """For each entry of ``passages`` (the k-th), its terms as ``k * size + term``."""
        reps = self.counts[passages]
        at = np.arange(int(reps.sum()), dtype=np.int64) - np.repeat(np.cumsum(reps) - reps, reps)
        at += np.repeat(self.starts[passages], reps)
        return np.repeat(np.arange(len(passages), dtype=np.int64), reps) * size + self.term[at]

    def has(self, passages: npt.NDArray[np.int64], terms: npt.NDArray[np.int64], size: int) -> npt.NDArray[np.bool_]:
        """Whether each passage holds the term beside it."""
        want = passages * size + terms
        if not len(self.keys):
            return np.zeros(len(want), dtype=bool)
        at = np.clip(np.searchsorted(self.keys, want), 0, len(self.keys) - 1)
        return np.asarray(self.keys[at] == want, dtype=bool)


def _residual(
    own: npt.NDArray[np.int64],
    other: npt.NDArray[np.int64],
    s: npt.NDArray[np.float64],
    other_rank: npt.NDArray[np.int64],
    cand: npt.NDArray[np.int64],
    term: npt.NDArray[np.int64],
    w: npt.NDArray[np.float64],
    inter: npt.NDArray[np.float64],
    own_weight: npt.NDArray[np.float64],
    other_posts: _Postings,
    size: int,
    scored: Scored,
    own_is_left: bool,
) -> npt.NDArray[np.float64]:
    """Per candidate: the share of the ``own`` passage's content, left uncovered by its best counterpart other than
    this candidate's, that the candidate's ``other`` passage covers (its containment when it has no other)."""
    first, second = _best_two(own, other, s, other_rank)
    best = np.where(first[own] == other, second[own], first[own])
    has = best >= 0
    pick = np.where(has, best, 0)
    li, rj = (own, pick) if own_is_left else (pick, own)
    covered = np.where(has, _lookup_inter(scored, li, rj, inter), 0.0)  # own's content the best other covers
    rest = own_weight - covered
    taken = other_posts.has(pick[cand], term, size) & has[cand]  # shared terms the best other also holds
    gained = np.bincount(cand, weights=np.where(taken, 0.0, w[term]), minlength=len(own))
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(rest > 1e-12, np.clip(gained / rest, 0.0, 1.0), 0.0)


def _lookup_inter(
    scored: Scored, i: npt.NDArray[np.int64], j: npt.NDArray[np.int64], inter: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """The shared content weight of the candidate pairs (i, j) (each must be a candidate)."""
    width = int(max(scored.j.max(), j.max())) + 2
    at = np.searchsorted(scored.i * width + scored.j, i * width + j)
    return inter[np.clip(at, 0, len(inter) - 1)]


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
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Each passage's best and second-best counterpart, -1 where none (exact ties: the alphabetically first text
    first); indexed by passage up to the largest of ``own``."""
    size = int(own.max()) + 1
    first = np.full(size, -1, dtype=np.int64)
    second = np.full(size, -1, dtype=np.int64)
    order = np.lexsort((text_rank[other], -s, own))
    own_sorted, other_sorted = own[order], other[order]
    starts = np.flatnonzero(np.concatenate(([True], own_sorted[1:] != own_sorted[:-1])))
    first[own_sorted[starts]] = other_sorted[starts]
    nxt = starts + 1
    valid = nxt < len(order)
    valid[valid] &= own_sorted[nxt[valid]] == own_sorted[starts[valid]]
    second[own_sorted[starts[valid]]] = other_sorted[nxt[valid]]
    return first, second


def link_candidates(left: Article, right: Article, *, settings: AlignSettings | None = None) -> LinkCandidates:
    """The aligner's candidate links between the body passages of two articles, each with its feature row.

    The articles are taken as given (no canonical orientation); the features are symmetric in the two sides.
    """
    settings = settings or AlignSettings()
    with collector_paused():
        found = candidates(left, right, settings)
        lp, rp, lbody, rbody, scored = found.left, found.right, found.left_body, found.right_body, found.scored
        weights, kinds = found.weights, found.kinds
        rows = link_features(scored, _link_side(lp, lbody, settings), _link_side(rp, rbody, settings), weights, kinds)
    return LinkCandidates(
        tuple(lp.segments[lbody[k]].id for k in scored.i.tolist()),
        tuple(rp.segments[rbody[k]].id for k in scored.j.tolist()),
        rows,
    )


def _link_side(prep: _Prepared, body: list[int], settings: AlignSettings) -> LinkSide:
    """One article's body passages as :func:`link_features` reads them."""
    return LinkSide(
        [prep.bags[k] for k in body],
        [prep.segments[k].paragraph for k in body],
        [frozenset(quoted_terms(prep.side([k]), settings)) for k in body],
        [prep.segments[k].text for k in body],
    )
