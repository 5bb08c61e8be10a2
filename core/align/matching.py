"""Global, order-free matching of passages into groups: competitive linking, then growing 1:n and n:1 groups.

Reports reorder their paragraphs, so the matching never assumes monotonic order. Each step takes the best remaining
decision over the whole similarity table, near ties broken by context (how well the neighbouring sentences match) and
exact ties by the passages' text, so the result is deterministic and does not depend on the order of paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from core.align.quotations import quoted_text
from core.align.settings import AlignSettings
from core.align.similarity import Bag, Scored, bag_similarity, first_two, runs, score_of
from core.text.normalize import STOP_WORDS


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


def _rounded(scored: Scored, floor: float) -> Scored:
    """The candidate pairs scoring at least ``floor``, scores rounded to 9 places (so ties are exact)."""
    keep = scored.score >= floor
    return Scored(scored.i[keep], scored.j[keep], np.round(scored.score[keep], 9))


def _ranking(scored: Scored, left: Passages, right: Passages, settings: AlignSettings) -> npt.NDArray[np.int64]:
    """Indices of the pairs that reach the link threshold, best first.

    The rank is the similarity plus ``settings.context_weight`` times the best similarity of the pair's neighbours
    inside their paragraphs (previous with previous, next with next); exact ties go by the two passages' texts (the
    alphabetically first pair first), never by position.
    """
    eligible = np.flatnonzero(scored.score >= settings.link_threshold)
    i, j, s = scored.i[eligible], scored.j[eligible], scored.score[eligible]
    lpara = np.asarray(left.paragraphs, dtype=np.int64)
    rpara = np.asarray(right.paragraphs, dtype=np.int64)
    context = np.zeros(len(eligible), dtype=np.float64)
    for step in (-1, 1):
        ni, nj = i + step, j + step
        ok = (ni >= 0) & (ni < len(lpara)) & (nj >= 0) & (nj < len(rpara))
        ok[ok] &= (lpara[ni[ok]] == lpara[i[ok]]) & (rpara[nj[ok]] == rpara[j[ok]])
        context = np.maximum(context, np.where(ok, score_of(scored, np.where(ok, ni, 0), np.where(ok, nj, 0)), 0.0))
    rank = np.round(s + settings.context_weight * context, 9)
    texts = sorted(set(left.keys) | set(right.keys))
    position = {text: k for k, text in enumerate(texts)}
    lrank = np.array([position[t] for t in left.keys], dtype=np.int64)
    rrank = np.array([position[t] for t in right.keys], dtype=np.int64)
    low, high = np.minimum(lrank[i], rrank[j]), np.maximum(lrank[i], rrank[j])
    return eligible[np.lexsort((j, i, high, low, -rank))]


def _best_counterparts(
    scored: Scored, floor: float, left: Passages, right: Passages
) -> dict[tuple[str, int], tuple[float, str, int]]:
    """For each passage with a candidate scoring at least ``floor``: (score, text, index) of its best counterpart; ties
    go to the alphabetically first text.
    """
    keep = scored.score >= floor
    rows, cols, scores = scored.i[keep], scored.j[keep], scored.score[keep]
    best: dict[tuple[str, int], tuple[float, str, int]] = {}
    if not rows.size:
        return best
    for side, own, other, texts in (("left", rows, cols, right.keys), ("right", cols, rows, left.keys)):
        by_text = sorted(range(len(texts)), key=lambda c: (texts[c], c))
        text_rank = np.empty(len(texts), dtype=np.int64)
        text_rank[by_text] = np.arange(len(texts), dtype=np.int64)
        order = np.argsort(own, kind="stable")
        own_sorted, score_sorted = own[order], scores[order]
        starts, counts = runs(own_sorted)
        top = np.maximum.reduceat(score_sorted, starts)  # each passage's best score
        tied = order[score_sorted == np.repeat(top, counts)]  # the candidates scoring it
        tied = tied[np.lexsort((text_rank[other[tied]], own[tied]))]  # per passage, the first text first
        picks = tied[np.r_[True, own[tied][1:] != own[tied][:-1]]]
        for k, pick, score in zip(own[picks].tolist(), other[picks].tolist(), scores[picks].tolist(), strict=True):
            best[(side, k)] = (score, texts[pick], pick)
    return best


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
    speaker: Callable[[int], frozenset[str] | None] = lambda _k: None
    """Who passage ``k`` quotes or cites: the speakers' terms, empty for a pronoun (``she said``), ``None`` when it
    names no source. Asked only for the few passages about to join a group."""


def _neighbour(side: Passages, k: int, step: int) -> int | None:
    """The passage ``step`` away from ``k`` in the same paragraph, if any."""
    n = k + step
    if 0 <= n < len(side.paragraphs) and side.paragraphs[n] == side.paragraphs[k]:
        return n
    return None


LinkGate = Callable[[Sequence[int], Sequence[int]], npt.NDArray[np.float64]]
"""The learned probability of candidate links ``(i[k], j[k])`` (:class:`core.align.link_features.LinkProbability`)."""


def match(
    scored: Scored,
    left: Passages,
    right: Passages,
    weights: Mapping[str, float],
    settings: AlignSettings,
    learned: LinkGate | None = None,
) -> list[Group]:
    """Link passages of two articles into groups.

    1. Competitive linking: take the best-ranked pair of still-free passages whose similarity reaches
       ``settings.link_threshold``; repeat. A pair's rank adds ``settings.context_weight`` times the
       similarity of its neighbours inside their paragraphs, so a near tie goes to the pair in a matching
       context; exact ties go by the passages' text.
    2. Clear best matches: two still-free passages that are each other's best match by a margin link at the
       lower ``settings.mutual_threshold`` (see :func:`_distinct_pairs`), or at ``settings.anchor_threshold`` when
       their paragraph neighbours are already linked to each other (see :func:`_anchored`).
    3. Halves: a free passage links with two free passages of the other side that say together what it says,
       neighbours in one paragraph (:func:`_split_pairs`) or anywhere when the three are each other's best
       matches (:func:`_far_halves`).
    4. Echoes: two free passages with the very same words between lines linked to each other (:func:`_echoes`), a
       line too short to score (``Why?``) that both reports quote.
    5. Shared quotations: a free passage that prints word for word what a passage of the other side quotes (three
       words or more), or quotes what it prints, links with it or joins its group (:func:`_join_shared_quotes`): one
       report sums up a statement, the other quotes it.
    6. Growing: a free passage joins the group holding the passage it resembles most on the other side,
       when it resembles it at least ``settings.group_threshold`` and sits next to a member in its
       paragraph (one report's sentence split in two or three by the other), or resembles it at least
       ``settings.link_threshold`` wherever it is (a link whose partner was taken: n:1), or at least
       ``settings.learned_grow_floor`` when the learned link probability reaches ``settings.learned_grow_probability``
       and it names no other source than the members of its side.
       A passage that only repeats what the group says, in another speaker's name, stays out.
    7. Checking: a link of one passage to one passage that the learned probability puts under
       ``settings.learned_keep_probability`` is undone (two passages that share words but tell other things), unless
       the two say it word for word.

    The result depends on the passages' content and on the order inside each paragraph, not on the order
    of the paragraphs, nor (up to exact ties) on which article is on the left.

    Args:
        scored: Candidate pairs with their similarity.
        left: The left passages.
        right: The right passages.
        weights: Term weights (for the combined similarity of a grown group).
        settings: Thresholds.
        learned: The learned link probability of candidate pairs (steps 6 and 7; skipped when ``None``).

    Returns:
        The groups, each with both sides, in no particular order.
    """
    scored = _rounded(scored, min(settings.link_threshold, settings.group_threshold, settings.mutual_threshold))
    order = _ranking(scored, left, right, settings)
    group_of: dict[tuple[str, int], Group] = {}
    groups: list[Group] = []
    for i, j, s in zip(scored.i[order].tolist(), scored.j[order].tolist(), scored.score[order].tolist(), strict=True):
        if ("left", i) in group_of or ("right", j) in group_of:
            continue
        group = Group([i], [j], s, {("left", i), ("right", j)})
        groups.append(group)
        group_of[("left", i)] = group_of[("right", j)] = group
    for i, j, s in _distinct_pairs(scored, group_of, left, right, settings):
        group = Group([i], [j], s, {("left", i), ("right", j)})
        groups.append(group)
        group_of[("left", i)] = group_of[("right", j)] = group
    for group in _split_pairs(scored, group_of, left, right, weights, settings):
        groups.append(group)
        for member in group.members:
            group_of[member] = group
    for group in _far_halves(scored, group_of, left, right, weights, settings):
        groups.append(group)
        for member in group.members:
            group_of[member] = group
    for i, j in _echoes(group_of, left, right):
        group = Group([i], [j], 1.0, {("left", i), ("right", j)})
        groups.append(group)
        group_of[("left", i)] = group_of[("right", j)] = group
    groups.extend(_join_shared_quotes(group_of, left, right, weights, settings))
    _grow(group_of, scored, left, right, weights, settings, learned)
    return _checked(groups, learned, settings)


def _checked(groups: list[Group], learned: LinkGate | None, settings: AlignSettings) -> list[Group]:
    """The groups less the one-to-one links (not word for word) whose learned probability is under
    ``settings.learned_keep_probability`` (step 7 of :func:`match`)."""
    if learned is None or not settings.learned_keep_probability:
        return groups
    single = [g for g in groups if len(g.left) == 1 and len(g.right) == 1 and g.score < 1.0]
    chance = learned([g.left[0] for g in single], [g.right[0] for g in single]).tolist() if single else []
    dropped = {id(g) for g, p in zip(single, chance, strict=True) if p < settings.learned_keep_probability}
    return [g for g in groups if id(g) not in dropped]


def _said_alike(text: str) -> str:
    """A passage's words, case-folded, without punctuation: what two copies of one short line have in common."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _echoes(group_of: Mapping[tuple[str, int], Group], left: Passages, right: Passages) -> list[tuple[int, int]]:
    """Free passages with the very same words on both sides that stand between passages linked to each other.

    A line too short to hold a content word (``Why?``, ``No.``) never scores, yet two reports quoting one ad or
    speech repeat it word for word between the lines they share: a neighbour in its paragraph is linked to one in the
    other's (:func:`_anchored`). Where copies of the text stand more than once, only one pair of them may be so
    placed.
    """
    linked = _linked_pairs(group_of)
    free: dict[str, list[list[int]]] = {}
    for k, (name, side) in enumerate((("left", left), ("right", right))):
        for index, text in enumerate(side.keys):
            said = _said_alike(text)
            if said and (name, index) not in group_of:
                free.setdefault(said, [[], []])[k].append(index)
    out: list[tuple[int, int]] = []
    for lefts, rights in free.values():
        anchored = [(a, b) for a in lefts for b in rights if _anchored(a, b, linked, left, right)]
        if len(anchored) == 1:
            out.extend(anchored)
    return sorted(out)


SHARED_QUOTE_WORDS = 3
"""A quotation of at least this many words (one of them a content word) that the other report prints word for word
ties the two passages: one statement, quoted by both."""

SHARED_QUOTE_WORK = 50_000_000
"""At most this many characters of passages are searched for quotations (a pathological page: thousands of
quotations against one enormous passage). Quotations are searched in the order of their words and their passages'
text, so what the search finds within the budget depends neither on where the passages stand nor on the side."""

_SAID = re.compile(r"\w+(?:['’]\w+)*")


def _words(text: str) -> str:
    """A text's words, case-folded and apostrophes straightened, between single spaces (with one at each end)."""
    return " " + " ".join(_SAID.findall(text.casefold().replace("’", "'"))) + " "


_QUOTE_MARKS = frozenset('"“”‘’')


def _shared_quotes(left: Passages, right: Passages) -> list[tuple[int, int]]:
    """Pairs of passages (left, right) where one quotes at least :data:`SHARED_QUOTE_WORDS` words, one of them a
    content word, that the other prints word for word (quoted or not)."""
    quotes: list[tuple[int, int, str]] = []  # (side, passage, the quotation's words)
    for k, passages in enumerate((left, right)):
        for index, text in enumerate(passages.keys):
            if _QUOTE_MARKS.isdisjoint(text):
                continue
            for quote in quoted_text(text):
                said = _words(quote)
                found = said.split()
                if len(found) >= SHARED_QUOTE_WORDS and set(found) - STOP_WORDS:
                    quotes.append((k, index, said))
    if not quotes:
        return []
    words = [[_words(text) for text in passages.keys] for passages in (left, right)]
    quoted = {word for _, _, said in quotes for word in said.split()} - STOP_WORDS
    holders: list[dict[str, list[int]]] = [{}, {}]  # per side: the passages that hold each quoted content word
    sizes: list[dict[str, int]] = [{}, {}]  # per side and word: the characters of those passages
    for k, side in enumerate(words):
        for index, printed in enumerate(side):
            for word in quoted.intersection(printed.split()):
                holders[k].setdefault(word, []).append(index)
                sizes[k][word] = sizes[k].get(word, 0) + len(printed)
    pairs: set[tuple[int, int]] = set()
    work = 0
    for k, index, said in sorted(quotes, key=lambda q: (q[2], (left, right)[q[0]].keys[q[1]], q[0])):
        held = holders[1 - k]
        rarest = min((word for word in said.split() if word in quoted), key=lambda word: len(held.get(word, ())))
        near = held.get(rarest, [])
        work += sizes[1 - k].get(rarest, 0)
        if work > SHARED_QUOTE_WORK:
            break
        for there in near:
            if said in words[1 - k][there]:
                pairs.add((index, there) if k == 0 else (there, index))
    return sorted(pairs)


def _join_shared_quotes(
    group_of: dict[tuple[str, int], Group],
    left: Passages,
    right: Passages,
    weights: Mapping[str, float],
    settings: AlignSettings,
) -> list[Group]:
    """Link passages that quote one statement (see :func:`_shared_quotes`), in place; return the new groups.

    Two free passages link as a new pair, and a free passage joins the group of its partner, unless a passage cites
    someone the other report never names, or (two free passages) each cites someone and they share no name, a
    pronoun being nobody the other names: two people quoted with the same words. A passage with several partners
    takes the one it resembles most (ties go by the texts, so neither the order of paragraphs nor the side matters).
    Passages already in groups stay where they are.
    """

    def resemblance(i: int, j: int) -> float:
        return bag_similarity(left.bags[i], right.bags[j], weights, settings)

    found = sorted(
        ((-resemblance(i, j), min(left.keys[i], right.keys[j]), max(left.keys[i], right.keys[j]), i, j))
        for i, j in _shared_quotes(left, right)
        if ("left", i) not in group_of or ("right", j) not in group_of
    )
    if not found:
        return []
    vocabulary = (frozenset().union(*left.bags), frozenset().union(*right.bags))

    def unknown(side: int, k: int) -> bool:  # cites someone the other report never names (its body, by content terms)
        cited = (left, right)[side].speaker(k)
        return cited is not None and bool(cited) and not cited <= vocabulary[1 - side]

    new: list[Group] = []
    for neg, _low, _high, i, j in found:
        lgroup, rgroup = group_of.get(("left", i)), group_of.get(("right", j))
        if lgroup is None and rgroup is None:
            said_by, said_by_too = left.speaker(i), right.speaker(j)
            if said_by is not None and said_by_too is not None and not said_by & said_by_too:
                continue  # two people quoted with the same words (a pronoun is nobody the other names)
            if unknown(0, i) or unknown(1, j):
                continue
            group = Group([i], [j], -neg, {("left", i), ("right", j)})
            new.append(group)
            group_of[("left", i)] = group_of[("right", j)] = group
        elif lgroup is None and rgroup is not None and not unknown(0, i):
            _add_member(rgroup, "left", i, group_of, left, right, weights, settings)
        elif rgroup is None and lgroup is not None and not unknown(1, j):
            _add_member(lgroup, "right", j, group_of, left, right, weights, settings)
    return new


def _add_member(
    group: Group,
    side: str,
    own: int,
    group_of: dict[tuple[str, int], Group],
    left: Passages,
    right: Passages,
    weights: Mapping[str, float],
    settings: AlignSettings,
) -> None:
    """Put passage ``own`` of ``side`` into ``group`` (in place), its score the similarity of the two sides' combined
    content."""
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


def _top_two(
    own: npt.NDArray[np.int64], s: npt.NDArray[np.float64], size: int
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Per passage index: the best and the second-best score among the entries (0 where there is none)."""
    order = np.lexsort((-s, own))
    return first_two(own[order], s[order], size, 0.0)


def _free(
    scored: Scored, group_of: Mapping[tuple[str, int], Group], left: Passages, right: Passages
) -> npt.NDArray[np.bool_]:
    """For each candidate pair: whether both of its passages are still in no group."""
    used_l = np.zeros(len(left.keys), dtype=bool)
    used_r = np.zeros(len(right.keys), dtype=bool)
    for side, index in group_of:
        (used_l if side == "left" else used_r)[index] = True
    return ~used_l[scored.i] & ~used_r[scored.j]


def _distinct_pairs(
    scored: Scored,
    group_of: Mapping[tuple[str, int], Group],
    left: Passages,
    right: Passages,
    settings: AlignSettings,
) -> list[tuple[int, int, float]]:
    """Weaker links between still-free passages that are each other's clear best match.

    A pair below the link threshold but at least ``settings.mutual_threshold`` links when, among the free passages, each
    is the other's best counterpart by a factor of ``settings.mutual_margin`` over the runner-up on both sides (a
    distinctive match, not one of several look-alikes). Such a pair links from ``settings.anchor_threshold`` when
    sentences beside it in both paragraphs are linked to each other (:func:`_anchored`). Both need two shared content
    words.
    """
    free = _free(scored, group_of, left, right)
    i, j, s = scored.i[free], scored.j[free], scored.score[free]
    clear = np.ones(len(s), dtype=bool)
    size = max(len(left.keys), len(right.keys))
    for own in (i, j):  # each must be its counterpart's clear best, on both sides
        top, runner = _top_two(own, s, size)
        clear &= (s == top[own]) & (s >= settings.mutual_margin * runner[own])
    linked = _linked_pairs(group_of)
    picked = []
    for a, b, score in zip(i[clear].tolist(), j[clear].tolist(), s[clear].tolist(), strict=True):
        if len((left.bags[a] & right.bags[b]) - STOP_WORDS) < 2:
            continue  # one shared word is too thin for a weak link
        if score >= settings.mutual_threshold or (
            score >= settings.anchor_threshold and _anchored(a, b, linked, left, right)
        ):
            picked.append((a, b, score))
    return sorted(picked, key=lambda p: (-p[2], min(left.keys[p[0]], right.keys[p[1]]), p[0], p[1]))


ANCHOR_REACH = 2
"""How far (in sentences, inside the paragraph) a linked pair of neighbours may sit from a weak pair to anchor it."""


def _anchored(a: int, b: int, linked: set[tuple[int, int]], left: Passages, right: Passages) -> bool:
    """Whether a sentence near ``a`` in its paragraph is linked to a sentence near ``b`` in its paragraph: the two
    reports tell this stretch in the same order, so a weak clear match inside it is the same passage."""
    for da in range(-ANCHOR_REACH, ANCHOR_REACH + 1):
        na = a + da
        if da == 0 or not 0 <= na < len(left.paragraphs) or left.paragraphs[na] != left.paragraphs[a]:
            continue
        for db in range(-ANCHOR_REACH, ANCHOR_REACH + 1):
            nb = b + db
            if db == 0 or not 0 <= nb < len(right.paragraphs) or right.paragraphs[nb] != right.paragraphs[b]:
                continue
            if (na, nb) in linked:
                return True
    return False


Proposal = tuple[float, tuple[str, ...], list[int], list[int]]
"""A group put up by a step: its similarity negated, the texts of its passages (for ties), its left and right."""


def _linked_pairs(group_of: Mapping[tuple[str, int], Group]) -> set[tuple[int, int]]:
    """Every (left, right) pair of passages that one group holds."""
    return {(a, b) for group in {id(g): g for g in group_of.values()}.values() for a in group.left for b in group.right}


def _halves(
    whole: Passages,
    own: int,
    halves: Passages,
    pair: tuple[int, int],
    halves_left: bool,
    alone: float | None,
    weights: Mapping[str, float],
    settings: AlignSettings,
) -> Proposal | None:
    """The group of passage ``own`` of ``whole`` with the two passages ``pair`` of ``halves`` when they say together
    what it says: each brings content words of its own, and together they reach ``settings.link_threshold`` and
    resemble it more than ``alone`` (by default the better half alone); else ``None``."""
    first, second = pair
    target, a, b = whole.bags[own], halves.bags[first], halves.bags[second]
    if not ((a & target) - b - STOP_WORDS) or not ((b & target) - a - STOP_WORDS):
        return None  # each half must bring words of its own
    together = round(bag_similarity(a | b, target, weights, settings), 9)
    if alone is None:
        alone = max(bag_similarity(a, target, weights, settings), bag_similarity(b, target, weights, settings))
    if together < settings.link_threshold or together <= alone:
        return None
    key = tuple(sorted((halves.keys[first], halves.keys[second], whole.keys[own])))
    both, single = sorted(pair), [own]
    lefts, rights = (both, single) if halves_left else (single, both)
    return (-together, key, lefts, rights)


def _split_pairs(
    scored: Scored,
    group_of: Mapping[tuple[str, int], Group],
    left: Passages,
    right: Passages,
    weights: Mapping[str, float],
    settings: AlignSettings,
) -> list[Group]:
    """Links between a free passage and two free neighbours of the other side that say together what it says.

    One report writes in two sentences what the other writes in one (``9,200 residents were evacuated.`` / ``Most
    were taken to schools in Hallig.`` ~ ``More than 11,000 people left their homes, many sleeping in classrooms in
    Hallig.``): neither half may reach the link threshold alone. The two neighbours (one paragraph) link with the
    passage when each resembles it at least ``settings.group_threshold``, each brings content words of its own, and
    together they reach ``settings.link_threshold`` and resemble it more than either half. Best first; ties by text.
    """
    keep = (scored.score >= settings.group_threshold) & _free(scored, group_of, left, right)
    pairs = list(zip(scored.i[keep].tolist(), scored.j[keep].tolist(), strict=True))
    proposals: list[Proposal] = []
    for pairs_side, halves, whole in (("left", left, right), ("right", right, left)):
        near: dict[int, set[int]] = {}
        for i, j in pairs:
            own, other = (i, j) if pairs_side == "left" else (j, i)
            near.setdefault(other, set()).add(own)
        for other, owns in near.items():
            for first in sorted(owns):
                second = _neighbour(halves, first, 1)
                if second is None or second not in owns:
                    continue
                found = _halves(whole, other, halves, (first, second), pairs_side == "left", None, weights, settings)
                if found is not None:
                    proposals.append(found)
    return _disjoint(proposals)


def _far_halves(
    scored: Scored,
    group_of: Mapping[tuple[str, int], Group],
    left: Passages,
    right: Passages,
    weights: Mapping[str, float],
    settings: AlignSettings,
) -> list[Group]:
    """Links between a free passage and two free passages of the other side, wherever they stand, that say together
    what it says and are each other's best matches.

    One report writes in one sentence what the other tells in two places (``The video, posted by America Rising,
    shows Braley at a fundraiser in Texas.`` ~ ``Braley, speaking at a fund-raiser in Corpus Christi, …`` and
    ``America Rising … posted the footage on Tuesday.``). The two passages join it when they are its two best
    counterparts (each at least ``settings.group_threshold``, the third behind), it is the single best counterpart
    of each of them (among every passage, linked or not), each brings content words of its own, and together they reach
    ``settings.link_threshold`` and resemble it more than the better half alone. Best first; ties by text.
    """
    keep = scored.score >= settings.group_threshold
    i, j, s = scored.i[keep], scored.j[keep], scored.score[keep]
    size = max(len(left.keys), len(right.keys))
    ranks = {"left": _three_best(i, j, s, size), "right": _three_best(j, i, s, size)}
    proposals: list[Proposal] = []
    for side, other in (("left", "right"), ("right", "left")):
        mine, theirs = ranks[side], ranks[other]
        for own in np.flatnonzero(mine.second >= 0).tolist():
            best, first, second = float(mine.first_score[own]), int(mine.first[own]), int(mine.second[own])
            if mine.third_score[own] == mine.second_score[own] or (side, own) in group_of:
                continue  # a tie for the second half
            if (other, first) in group_of or (other, second) in group_of:
                continue
            if theirs.single_best(first) != own or theirs.single_best(second) != own:
                continue
            whole, halves = (left, right) if side == "left" else (right, left)
            found = _halves(whole, own, halves, (first, second), side == "right", best, weights, settings)
            if found is not None:
                proposals.append(found)
    return _disjoint(proposals)


@dataclass(frozen=True, slots=True)
class _Best:
    """Each passage's three best counterparts among the candidate pairs: index and score of the first two (``-1``
    where there is none), the third's score only."""

    first: npt.NDArray[np.int64]
    first_score: npt.NDArray[np.float64]
    second: npt.NDArray[np.int64]
    second_score: npt.NDArray[np.float64]
    third_score: npt.NDArray[np.float64]

    def single_best(self, k: int) -> int | None:
        """Passage ``k``'s best counterpart when no other scores as high, else ``None``."""
        return int(self.first[k]) if self.first_score[k] > self.second_score[k] else None


def _three_best(
    own: npt.NDArray[np.int64], other: npt.NDArray[np.int64], s: npt.NDArray[np.float64], size: int
) -> _Best:
    """:class:`_Best` of the passages indexed by ``own`` (their counterparts in ``other``, scores in ``s``)."""
    out = _Best(
        np.full(size, -1, dtype=np.int64),
        np.full(size, -1.0),
        np.full(size, -1, dtype=np.int64),
        np.full(size, -1.0),
        np.full(size, -1.0),
    )
    if not len(own):
        return out
    order = np.lexsort((other, -s, own))
    own_sorted, other_sorted, s_sorted = own[order], other[order], s[order]
    starts, counts = runs(own_sorted)
    at = own_sorted[starts]
    out.first[at], out.first_score[at] = other_sorted[starts], s_sorted[starts]
    two = counts >= 2
    out.second[at[two]], out.second_score[at[two]] = other_sorted[starts[two] + 1], s_sorted[starts[two] + 1]
    three = counts >= 3
    out.third_score[at[three]] = s_sorted[starts[three] + 2]
    return out


def _disjoint(proposals: list[Proposal]) -> list[Group]:
    """The proposed groups (negated similarity, texts, left, right), best first, each left out when it shares a
    passage with a better one."""
    taken: set[tuple[str, int]] = set()
    out: list[Group] = []
    for neg, _key, lefts, rights in sorted(proposals):
        members = {("left", i) for i in lefts} | {("right", j) for j in rights}
        if not members & taken:
            taken |= members
            out.append(Group(lefts, rights, -neg, members))
    return out


def _other_speaker(side: Passages, own: int, members: Sequence[int]) -> bool:
    """Whether passage ``own`` names a source and no member shares it (a pronoun shares with nobody)."""
    mine = side.speaker(own)
    if not mine:
        return False
    return not any((theirs := side.speaker(k)) and theirs & mine for k in members)


def _grow(
    group_of: dict[tuple[str, int], Group],
    scored: Scored,
    left: Passages,
    right: Passages,
    weights: Mapping[str, float],
    settings: AlignSettings,
    learned: LinkGate | None = None,
) -> None:
    """Let free passages join the group of their best counterpart (in place).

    A passage that adds nothing the group's other side says beyond what its own side already covers, and that names
    a different source than the members it would join, stays out: two people quoted with the same words are two
    statements, not one sentence split in two. A side takes at most one passage per
    ``settings.group_terms_per_member`` content terms of the other side (0 lifts the cap).
    """
    best = _best_counterparts(scored, settings.group_threshold, left, right)
    proposals = sorted(
        (-s, (left if side == "left" else right).keys[own], text, side, own, other)
        for (side, own), (s, text, other) in best.items()
        if s >= settings.group_threshold
        and (side, own) not in group_of
        and ("right" if side == "left" else "left", other) in group_of
    )
    band = [
        (own, other) if side == "left" else (other, own)
        for neg, *_key, side, own, other in proposals
        if settings.learned_grow_floor <= -neg < settings.link_threshold
    ]
    chance: dict[tuple[int, int], float] = {}
    if learned is not None and band:
        chance = dict(zip(band, learned([i for i, _ in band], [j for _, j in band]).tolist(), strict=True))
    for neg, *_key, side, own, other in proposals:
        group = group_of[("right" if side == "left" else "left", other)]
        mine = left if side == "left" else right
        members = group.left if side == "left" else group.right
        beside = any(_neighbour(mine, own, step) in members for step in (-1, 1))
        if not beside and -neg < settings.link_threshold:
            pair = (own, other) if side == "left" else (other, own)
            if chance.get(pair, 0.0) < settings.learned_grow_probability or _other_speaker(mine, own, members):
                continue  # far and under the link threshold: only on the model's word, and never another speaker's
        theirs = frozenset().union(
            *((right if side == "left" else left).bags[k] for k in (group.right if side == "left" else group.left))
        )
        ours = frozenset().union(*(mine.bags[k] for k in members))
        if settings.group_terms_per_member and len(members) + 1 > max(
            1, len(theirs - STOP_WORDS) // settings.group_terms_per_member
        ):
            continue  # more passages than the other side has content for: a short sentence's words found again
        gained = (theirs & mine.bags[own]) - ours - STOP_WORDS
        if not gained and _other_speaker(mine, own, members):
            continue  # the same words from another speaker (a repeat), not the other half of a split sentence
        _add_member(group, side, own, group_of, left, right, weights, settings)
