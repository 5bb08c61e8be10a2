"""How alike two passages are: informative shared content, weighted, plus rapidfuzz's fuzzy string scores.

A passage becomes a *bag*: the set of its normalised content terms (:func:`core.text.normalize.terms`), with acronyms
resolved inside its article and spelling variants shared by the two articles merged. Terms are weighted by how
informative they are (rare in the pair of articles, names and numbers more). The score of two bags mixes the weighted
Dice coefficient, the weighted overlap coefficient (so a short passage contained in a longer one still scores high) and
rapidfuzz's ``ratio`` over the sorted stems, i.e. ``token_sort_ratio`` (partial credit for near spellings).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from core.align.aliases import Bag, variant_map
from core.align.lexicon import expand
from core.align.settings import AlignSettings
from core.text.normalize import STOP_WORDS, terms
from core.text.tokens import word_tokens


@dataclass(frozen=True, slots=True)
class Scored:
    """Candidate pairs and their similarity: ``score[k]`` is the similarity of left ``i[k]`` and right ``j[k]``."""

    i: npt.NDArray[np.int64]
    """Left passage indices."""
    j: npt.NDArray[np.int64]
    """Right passage indices."""
    score: npt.NDArray[np.float64]
    """Similarities, 0 to 1."""


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
        floor: Pairs that could not reach this score even with a perfect fuzzy score are dropped before the
            (costlier) fuzzy scoring.

    Returns:
        The candidate pairs, in (i, j) order.
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
    # Cartesian product of left and right postings of each proposing term, fully vectorised.
    r_order = np.argsort(r_term, kind="stable")
    r_sorted_sent = r_sent[r_order]
    r_start = np.concatenate(([0], np.cumsum(cr)[:-1]))
    sel = proposing[l_term]
    li, lt = l_sent[sel], l_term[sel]
    reps = cr[lt]
    rows = np.repeat(li, reps)
    first = np.repeat(r_start[lt], reps)
    within = np.arange(int(reps.sum()), dtype=np.int64) - np.repeat(np.cumsum(reps) - reps, reps)
    cols = r_sorted_sent[first + within]
    if rows.size == 0:
        return empty
    keys = rows * len(right) + cols
    uniq, inverse = np.unique(keys, return_inverse=True)
    inter = np.bincount(inverse, weights=np.repeat(w[lt], reps), minlength=len(uniq)).astype(np.float64)
    ci, cj = uniq // len(right), uniq % len(right)
    common = np.flatnonzero(~proposing)
    if common.size:  # add the non-proposing terms' share of each candidate's intersection
        inter += _common_share(common, w, (l_sent, l_term, len(left)), (r_sent, r_term, len(right)), ci, cj)
    wl = np.array([sum(weights.get(t, 1.0) for t in bag) for bag in left], dtype=np.float64)
    wr = np.array([sum(weights.get(t, 1.0) for t in bag) for bag in right], dtype=np.float64)
    ltext = [bag_text(b) for b in left]
    rtext = [bag_text(b) for b in right]
    ll = np.array([len(t) for t in ltext], dtype=np.float64)[ci]
    rl = np.array([len(t) for t in rtext], dtype=np.float64)[cj]
    with np.errstate(divide="ignore", invalid="ignore"):  # ratio can reach at most 2 min(len) / (len + len)
        fuzzy_bound = np.where(ll + rl > 0, 2 * np.minimum(ll, rl) / (ll + rl), 0.0)
    best_case = _mix(inter, wl[ci], wr[cj], fuzzy_bound, settings)
    promising = best_case >= floor
    ci, cj, inter = ci[promising], cj[promising], inter[promising]
    fuzzy = _fuzzy(ltext, rtext, ci, cj, settings)
    score = _mix(inter, wl[ci], wr[cj], fuzzy.astype(np.float64), settings)
    return Scored(ci.astype(np.int64), cj.astype(np.int64), score)


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
    # table[b, v]: total weight of the terms whose bits are set in value v of byte b
    padded = np.zeros(nbytes * 8, dtype=np.float64)
    padded[: common.size] = w[common]
    values = np.arange(256)
    on = ((values[:, None] >> np.arange(8)[None, :]) & 1).astype(np.float64)  # 256 x 8
    table = (on @ padded.reshape(nbytes, 8).T).T  # nbytes x 256
    out = np.zeros(len(ci), dtype=np.float64)
    rows = np.arange(nbytes)[None, :]
    for lo in range(0, len(ci), 262144):
        both = bits[0][ci[lo : lo + 262144]] & bits[1][cj[lo : lo + 262144]]
        out[lo : lo + 262144] = table[rows, both].sum(axis=1)
    return out


def _fuzzy(
    lt: Sequence[str],
    rt: Sequence[str],
    ci: npt.NDArray[np.int64],
    cj: npt.NDArray[np.int64],
    settings: AlignSettings,
) -> npt.NDArray[np.float64]:
    """rapidfuzz ``ratio`` of the bag texts (sorted content terms) of each candidate pair, 0 to 1.

    Small tables are scored whole with ``process.cdist`` (all cores) and the candidates picked out; large ones pair by
    pair with ``process.cpdist``.
    """
    if settings.weight_fuzzy == 0 or not len(ci):
        return np.zeros(len(ci), dtype=np.float64)
    if len(lt) * len(rt) <= settings.dense_fuzzy_pairs:
        matrix = process.cdist(lt, rt, scorer=fuzz.ratio, workers=-1)
        return matrix[ci, cj].astype(np.float64) / 100.0
    pairs = process.cpdist([lt[k] for k in ci], [rt[k] for k in cj], scorer=fuzz.ratio, workers=-1)
    return pairs.astype(np.float64) / 100.0


def _postings(bags: Sequence[Bag], ids: Mapping[str, int]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """(passage index, term id) for every shared term of every passage."""
    sent: list[int] = []
    term: list[int] = []
    for index, bag in enumerate(bags):
        for t in bag:
            k = ids.get(t)
            if k is not None:
                sent.append(index)
                term.append(k)
    return np.array(sent, dtype=np.int64), np.array(term, dtype=np.int64)


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


__all__ = ["Bag", "Scored", "bag_similarity", "kind_weight", "score_all", "term_weights", "text_similarity"]
