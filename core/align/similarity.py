"""How alike two passages are: informative shared content, weighted, plus rapidfuzz's fuzzy string scores.

A passage becomes a *bag*: the set of its normalised content terms (:func:`core.text.normalize.terms`), with acronyms
resolved inside its article and spelling variants shared by the two articles merged. Terms are weighted by how
informative they are (rare in the pair of articles, names and numbers more). The score of two bags mixes the weighted
Dice coefficient, the weighted overlap coefficient (so a short passage contained in a longer one still scores high) and
rapidfuzz's ``ratio`` over the sorted stems, i.e. ``token_sort_ratio`` (partial credit for near spellings).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from core.align.aliases import Bag, variant_map
from core.align.lexicon import expand
from core.align.settings import AlignSettings
from core.text.normalize import STOP_WORDS, terms
from core.text.tokens import word_tokens

ValueT = TypeVar("ValueT", bound=np.generic)
"""The kind of value :func:`first_two` ranks (passage indices, scores)."""


@dataclass(frozen=True, slots=True)
class Scored:
    """Candidate pairs and their similarity: ``score[k]`` is the similarity of left ``i[k]`` and right ``j[k]``."""

    i: npt.NDArray[np.int64]
    """Left passage indices."""
    j: npt.NDArray[np.int64]
    """Right passage indices."""
    score: npt.NDArray[np.float64]
    """Similarities, 0 to 1."""


def candidate_rows(
    scored: Scored, i: npt.NDArray[np.int64], j: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.bool_]]:
    """For each pair ``(i[k], j[k])``: its row in ``scored`` (sorted by ``i``, then ``j``) and whether it is a
    candidate at all (the row is meaningless where it is not)."""
    width = int(max(scored.j.max(initial=0), j.max(initial=0))) + 2
    keys = scored.i * width + scored.j
    want = i * width + j
    rows = np.clip(np.searchsorted(keys, want), 0, max(len(keys) - 1, 0))
    found = keys[rows] == want if len(keys) else np.zeros(len(want), dtype=bool)
    return rows, np.asarray(found, dtype=bool)


def runs(keys: npt.NDArray[np.int64]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Where each run of equal values of a sorted array starts, and how long it is: the candidates of each passage,
    in an array sorted by passage."""
    if not len(keys):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    return starts, np.diff(np.r_[starts, len(keys)])


def first_two(
    own: npt.NDArray[np.int64], values: npt.NDArray[ValueT], size: int, fill: float
) -> tuple[npt.NDArray[ValueT], npt.NDArray[ValueT]]:
    """For an array of passages sorted by passage (each passage's entries in the order that ranks them) and the values
    beside it: each passage's first and second value, ``fill`` where it has none; indexed by passage."""
    first = np.full(size, fill, dtype=values.dtype)
    second = np.full(size, fill, dtype=values.dtype)
    starts, counts = runs(own)
    first[own[starts]] = values[starts]
    two = starts[counts >= 2]
    second[own[two]] = values[two + 1]
    return first, second


def score_of(scored: Scored, i: npt.NDArray[np.int64], j: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
    """Scores of the pairs ``(i[k], j[k])``, 0 where a pair is no candidate."""
    rows, found = candidate_rows(scored, i, j)
    return np.where(found, scored.score[rows] if len(scored.score) else 0.0, 0.0)


def term_weights(
    bags: Sequence[Bag], kinds: Mapping[str, str], settings: AlignSettings, *, documents: int | None = None
) -> dict[str, float]:
    """Informativeness of each term: smoothed inverse document frequency over ``bags``, names and numbers
    boosted.

    Args:
        bags: The passages that define the frequencies (both articles' passages).
        kinds: The kind of each term (``name``, ``number``, ``date``, ``word``).
        settings: Boost factors.
        documents: The number of documents to use (defaults to ``len(bags)``).

    Returns:
        Term -> weight (> 0).
    """
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag)
    total = documents if documents is not None else len(bags)
    return {
        term: math.log(1.0 + total / count) * kind_weight(kinds.get(term, "word"), settings)
        for term, count in df.items()
    }


def kind_weight(kind: str, settings: AlignSettings) -> float:
    """The weight multiplier of a term for its kind: names and numbers boosted, function words damped."""
    if kind == "word":  # the commonest case first: this runs per term
        return 1.0
    if kind == "stop":
        return settings.stop_weight
    if kind == "name":
        return settings.name_boost
    if kind == "number":
        return settings.number_boost
    return settings.date_boost if kind == "date" else 1.0


def _mix(
    inter: npt.NDArray[np.float64],
    wa: npt.NDArray[np.float64],
    wb: npt.NDArray[np.float64],
    fuzzy: npt.NDArray[np.float64],
    settings: AlignSettings,
) -> npt.NDArray[np.float64]:
    """Combine the intersection weight, the two bag weights and the fuzzy score into one similarity."""
    with np.errstate(divide="ignore", invalid="ignore"):
        dice = np.where(wa + wb > 0, 2 * inter / (wa + wb), 0.0)
        overlap = np.where(np.minimum(wa, wb) > 0, inter / np.minimum(wa, wb), 0.0)
    total = settings.weight_dice + settings.weight_overlap + settings.weight_fuzzy
    mixed = (settings.weight_dice * dice + settings.weight_overlap * overlap + settings.weight_fuzzy * fuzzy) / total
    return np.clip(mixed, 0.0, 1.0)


def bag_text(bag: Bag) -> str:
    """The bag's content terms as one string, sorted (rapidfuzz ``ratio`` on it is ``token_sort_ratio``)."""
    return " ".join(sorted(t for t in bag if t not in STOP_WORDS))


def bag_similarity(a: Bag, b: Bag, weights: Mapping[str, float], settings: AlignSettings) -> float:
    """Similarity (0 to 1) of two bags; 0 when they share no content term (function words do not count)."""
    shared = a & b
    if not shared or shared <= STOP_WORDS:  # a link needs shared content, not shared function words
        return 0.0
    inter = sum(weights.get(t, 1.0) for t in shared)
    wa = sum(weights.get(t, 1.0) for t in a)
    wb = sum(weights.get(t, 1.0) for t in b)
    fuzzy = fuzz.ratio(bag_text(a), bag_text(b)) / 100.0
    dice = 2 * inter / (wa + wb) if wa + wb > 0 else 0.0
    overlap = inter / min(wa, wb) if min(wa, wb) > 0 else 0.0
    total = settings.weight_dice + settings.weight_overlap + settings.weight_fuzzy
    mixed = (settings.weight_dice * dice + settings.weight_overlap * overlap + settings.weight_fuzzy * fuzzy) / total
    return min(1.0, max(0.0, round(mixed, 12)))  # the scalar form of _mix (rounded: sums in set order wobble)


def score_all(
    left: Sequence[Bag],
    right: Sequence[Bag],
    weights: Mapping[str, float],
    settings: AlignSettings,
    *,
    quiet: frozenset[str] = frozenset(),
    floor: float = 0.0,
) -> Scored:
    """Score every pair of passages that shares content; block on rare terms when there are too many pairs.

    Pairs sharing no term score 0 and are left out. When the number of (term, left, right) combinations
    exceeds
    ``settings.max_pair_work``, the commonest shared terms stop proposing candidates (they still count in the
    score of the candidates the rarer terms propose).

    Args:
        left: Bags of the left passages.
        right: Bags of the right passages.
        weights: Term weights.
        settings: Mixing weights and the work budget.
        quiet: Terms that never propose a candidate on their own (function words).
        floor: Pairs scoring under this are left out; those that could not reach it even with a perfect fuzzy
            score are dropped before the (costlier) fuzzy scoring.

    Returns:
        The candidate pairs scoring at least ``floor``, in (i, j) order.
    """
    empty = Scored(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float64))
    shared = sorted({t for bag in left for t in bag} & {t for bag in right for t in bag})
    if not shared:
        return empty
    ids = {t: k for k, t in enumerate(shared)}
    w = np.array([weights.get(t, 1.0) for t in shared], dtype=np.float64)
    l_sent, l_term = _postings(left, ids)
    r_sent, r_term = _postings(right, ids)
    cl = np.bincount(l_term, minlength=len(shared))
    cr = np.bincount(r_term, minlength=len(shared))
    work = cl.astype(np.int64) * cr
    order = np.argsort(work, kind="stable")
    keep = np.cumsum(work[order]) <= settings.max_pair_work
    proposing = np.zeros(len(shared), dtype=bool)
    proposing[order[keep]] = True
    proposing[[ids[t] for t in quiet if t in ids]] = False
    uniq, inter = _proposed(l_sent, l_term, r_sent, r_term, cr, proposing, w, len(right))
    if not uniq.size:
        return empty
    ci, cj = uniq // len(right), uniq % len(right)
    del uniq
    common = np.flatnonzero(~proposing)
    if common.size:  # add the non-proposing terms' share of each candidate's intersection
        inter += _common_share(common, w, (l_sent, l_term, len(left)), (r_sent, r_term, len(right)), ci, cj)
    wl = np.array([sum(weights.get(t, 1.0) for t in bag) for bag in left], dtype=np.float64)
    wr = np.array([sum(weights.get(t, 1.0) for t in bag) for bag in right], dtype=np.float64)
    ltext = [bag_text(b) for b in left]
    rtext = [bag_text(b) for b in right]
    ll = np.array([len(t) for t in ltext], dtype=np.float64)
    rl = np.array([len(t) for t in rtext], dtype=np.float64)
    promising = np.empty(len(ci), dtype=bool)
    for lo in range(0, len(ci), _BLOCK):  # in blocks: a table of millions of pairs needs no column per step
        i, j = ci[lo : lo + _BLOCK], cj[lo : lo + _BLOCK]
        a, b = ll[i], rl[j]
        with np.errstate(divide="ignore", invalid="ignore"):  # ratio can reach at most 2 min(len) / (len + len)
            fuzzy_bound = np.where(a + b > 0, 2 * np.minimum(a, b) / (a + b), 0.0)
        promising[lo : lo + _BLOCK] = _mix(inter[lo : lo + _BLOCK], wl[i], wr[j], fuzzy_bound, settings) >= floor
    ci, cj, inter = ci[promising], cj[promising], inter[promising]
    fuzzy = _fuzzy(ltext, rtext, ci, cj, settings)
    score = np.empty(len(ci), dtype=np.float64)
    for lo in range(0, len(ci), _BLOCK):
        i, j = ci[lo : lo + _BLOCK], cj[lo : lo + _BLOCK]
        score[lo : lo + _BLOCK] = _mix(inter[lo : lo + _BLOCK], wl[i], wr[j], fuzzy[lo : lo + _BLOCK], settings)
    reached = score >= floor
    return Scored(ci[reached].astype(np.int64), cj[reached].astype(np.int64), score[reached])


def _proposed(
    l_sent: npt.NDArray[np.int64],
    l_term: npt.NDArray[np.int64],
    r_sent: npt.NDArray[np.int64],
    r_term: npt.NDArray[np.int64],
    cr: npt.NDArray[np.int64],
    proposing: npt.NDArray[np.bool_],
    w: npt.NDArray[np.float64],
    width: int,
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
    """The pairs the proposing terms propose, as ``i * width + j`` ascending, and the weight of those terms each
    shares: the Cartesian product of each proposing term's left and right postings, fully vectorised, for a block of
    left passages at a time (about :data:`_PRODUCT` pairs; the left postings come in passage order)."""
    r_sorted_sent = r_sent[np.argsort(r_term, kind="stable")]
    r_start = np.concatenate(([0], np.cumsum(cr)[:-1]))
    sel = proposing[l_term]
    li, lt = l_sent[sel], l_term[sel]
    reps = cr[lt]
    total = np.cumsum(reps)
    if not len(total) or not total[-1]:
        return np.zeros(0, np.int64), np.zeros(0, np.float64)
    cuts = np.searchsorted(li, li[np.searchsorted(total, np.arange(_PRODUCT, total[-1], _PRODUCT))])
    edges = np.unique(np.concatenate(([0], cuts, [len(li)])))  # each block starts at a passage's first posting
    keys, weights = [], []
    for a, b in zip(edges[:-1].tolist(), edges[1:].tolist(), strict=True):
        part = reps[a:b]
        at = np.arange(int(part.sum()), dtype=np.int64) - np.repeat(np.cumsum(part) - part, part)
        at += np.repeat(r_start[lt[a:b]], part)  # each pair's place in the right postings, sorted by term
        uniq, inverse = np.unique(np.repeat(li[a:b], part) * width + r_sorted_sent[at], return_inverse=True)
        keys.append(uniq)
        weights.append(np.bincount(inverse, weights=np.repeat(w[lt[a:b]], part), minlength=len(uniq)))
    return np.concatenate(keys), np.concatenate(weights).astype(np.float64)


_CHUNK = 4096
"""Candidate pairs handled at a time where a step needs a row of values per pair (small blocks stay in the cache)."""
_BLOCK = 262144
"""Candidate pairs scored at a time (each step of a score makes a column of floats per pair)."""
_PRODUCT = 1 << 20
"""Proposed (term, left, right) combinations taken at a time."""


def _common_share(
    common: npt.NDArray[np.int64],
    w: npt.NDArray[np.float64],
    lpost: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], int],
    rpost: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], int],
    ci: npt.NDArray[np.int64],
    cj: npt.NDArray[np.int64],
) -> npt.NDArray[np.float64]:
    """The weight of the ``common`` terms each candidate pair shares (a bit per term, byte tables)."""
    col = np.full(len(w), -1, dtype=np.int64)
    col[common] = np.arange(common.size)
    nbytes = (common.size + 7) // 8
    bits = []
    for sent, term, count in (lpost, rpost):
        mask = np.zeros((count, nbytes), dtype=np.uint8)
        keep = col[term] >= 0
        c = col[term[keep]]
        np.bitwise_or.at(mask, (sent[keep], c // 8), (1 << (c % 8)).astype(np.uint8))
        bits.append(mask)
    # table[b * 256 + v]: total weight of the terms whose bits are set in value v of byte b
    padded = np.zeros(nbytes * 8, dtype=np.float64)
    padded[: common.size] = w[common]
    values = np.arange(256)
    on = ((values[:, None] >> np.arange(8)[None, :]) & 1).astype(np.float64)  # 256 x 8
    table = (on @ padded.reshape(nbytes, 8).T).T.ravel()  # nbytes x 256, flat
    base = np.arange(nbytes, dtype=np.intp) * 256
    out = np.zeros(len(ci), dtype=np.float64)
    for lo in range(0, len(ci), _CHUNK):
        both = bits[0][ci[lo : lo + _CHUNK]] & bits[1][cj[lo : lo + _CHUNK]]
        out[lo : lo + _CHUNK] = table.take(both + base).sum(axis=1)
    return out


def _fuzzy(
    lt: Sequence[str],
    rt: Sequence[str],
    ci: npt.NDArray[np.int64],
    cj: npt.NDArray[np.int64],
    settings: AlignSettings,
) -> npt.NDArray[np.float64]:
    """rapidfuzz ``ratio`` of the bag texts (sorted content terms) of each candidate pair, 0 to 1.

    A small table where candidates are many (:data:`_DENSE_SHARE`) is scored whole with ``process.cdist`` (all cores)
    and the candidates picked out; otherwise the candidates are scored pair by pair with ``process.cpdist``, a block
    of :data:`_FUZZY_CHUNK` at a time (it copies every string it is given).
    """
    if settings.weight_fuzzy == 0 or not len(ci):
        return np.zeros(len(ci), dtype=np.float64)
    table = len(lt) * len(rt)
    if table <= settings.dense_fuzzy_pairs and len(ci) >= _DENSE_SHARE * table:
        matrix = process.cdist(lt, rt, scorer=fuzz.ratio, workers=-1)
        return matrix[ci, cj].astype(np.float64) / 100.0
    out = np.empty(len(ci), dtype=np.float64)
    for lo in range(0, len(ci), _FUZZY_CHUNK):
        rows, cols = ci[lo : lo + _FUZZY_CHUNK].tolist(), cj[lo : lo + _FUZZY_CHUNK].tolist()
        pairs = process.cpdist([lt[k] for k in rows], [rt[k] for k in cols], scorer=fuzz.ratio, workers=-1)
        out[lo : lo + len(rows)] = pairs.astype(np.float64) / 100.0
    return out


_DENSE_SHARE = 0.15
"""Share of a table's pairs that must be candidates for :func:`_fuzzy` to score the whole table (fewer are cheaper
one by one)."""
_FUZZY_CHUNK = 65536
"""Candidate pairs given to ``process.cpdist`` at a time."""


def _postings(bags: Sequence[Bag], ids: Mapping[str, int]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """(passage index, term id) for every shared term of every passage."""
    found = [[k for k in map(ids.get, bag) if k is not None] for bag in bags]
    sent = np.repeat(np.arange(len(found), dtype=np.int64), [len(ks) for ks in found])
    return sent, np.fromiter(itertools.chain.from_iterable(found), dtype=np.int64, count=len(sent))


def text_similarity(
    a: str, b: str, *, weights: Mapping[str, float] | None = None, settings: AlignSettings | None = None
) -> float:
    """Similarity (0 to 1) of two stand-alone passages, e.g. a sentence pair of a benchmark.

    Args:
        a: One passage.
        b: The other.
        weights: Term weights from a larger collection (see :func:`term_weights`); without it, every content
            term counts once and names and numbers get their boost.
        settings: Tunables (defaults when ``None``).
    """
    settings = settings or AlignSettings()
    keep = settings.stop_weight > 0
    ta = [t for t in terms(word_tokens(a)) if keep or t.kind != "stop"]
    tb = [t for t in terms(word_tokens(b)) if keep or t.kind != "stop"]
    variants = variant_map((t.norm for t in ta), (t.norm for t in tb), settings.variant_cutoff)
    bag_a = expand(variants.get(t.norm, t.norm) for t in ta)
    bag_b = expand(variants.get(t.norm, t.norm) for t in tb)
    if weights is None:
        kinds = {variants.get(t.norm, t.norm): t.kind for t in (*ta, *tb)}
        weights = {t: kind_weight(k, settings) for t, k in kinds.items()}
    return bag_similarity(bag_a, bag_b, weights, settings)


__all__ = [
    "Bag",
    "Scored",
    "bag_similarity",
    "candidate_rows",
    "first_two",
    "kind_weight",
    "score_all",
    "score_of",
    "term_weights",
    "text_similarity",
]
