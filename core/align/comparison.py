"""Comparing several reports of one event: every pairwise alignment, then claim groups across all of them.

:func:`compare` aligns each two articles with :func:`~core.align.aligner.align`, groups the passages into claims
(:mod:`core.align.claim_groups`), gives each article a verdict in each group and counts the claims each carries.
Everything is computed the same way whatever the order of the articles; only the order of the groups follows the
first article.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import cache

from core.align.aligner import align
from core.align.claim_groups import PairLinks, group_passages
from core.align.ordering import claim_order
from core.align.settings import AlignSettings
from core.align.similarity import text_similarity
from core.claims import (
    MAX_ARTICLES,
    MIN_ARTICLES,
    ClaimGroup,
    ClaimLink,
    Comparison,
    ComparisonSummary,
    GroupKind,
    OutletFigures,
    OutletVerdict,
)
from core.errors import AlignmentError
from core.models import Alignment, Article

Progress = Callable[[int, int], object]
"""Called after each pairwise alignment with ``(done, total)``; may raise to stop the comparison."""

_HEAD_KINDS: tuple[GroupKind, ...] = ("title", "standfirst")


def compare(
    articles: Sequence[Article], *, settings: AlignSettings | None = None, progress: Progress | None = None
) -> Comparison:
    """Compare 2 to 10 reports of one event.

    Args:
        articles: The articles, in the order the outlets should be listed.
        settings: The aligner's settings (defaults when ``None``); ``claim_similarity`` is the resolution's
            threshold.
        progress: Told after each of the ``n (n - 1) / 2`` pairwise alignments.

    Returns:
        The comparison: the pairwise alignments and the claim groups, in reading order of the first article.

    Raises:
        AlignmentError: fewer than 2 or more than 10 articles.
    """
    articles = tuple(articles)
    if not MIN_ARTICLES <= len(articles) <= MAX_ARTICLES:
        raise AlignmentError(f"a comparison holds {MIN_ARTICLES} to {MAX_ARTICLES} articles, got {len(articles)}")
    settings = settings or AlignSettings()
    pairs = list(itertools.combinations(range(len(articles)), 2))
    alignments: dict[tuple[int, int], Alignment] = {}
    for done, (first, second) in enumerate(pairs, start=1):
        alignments[(first, second)] = align(articles[first], articles[second], settings=settings)
        if progress is not None:
            progress(done, len(pairs))
    return build_comparison(articles, alignments, settings)


def build_comparison(
    articles: tuple[Article, ...], alignments: Mapping[tuple[int, int], Alignment], settings: AlignSettings
) -> Comparison:
    """The comparison of ``articles`` from their pairwise alignments (by ``(i, j)``, ``i < j``, left = ``i``)."""
    rank = canonical_ranks(articles)

    @cache
    def similarity(first: int, ids_first: tuple[str, ...], second: int, ids_second: tuple[str, ...]) -> float:
        if rank[first] > rank[second]:
            first, ids_first, second, ids_second = second, ids_second, first, ids_first
        return text_similarity(
            _text(articles[first], ids_first), _text(articles[second], ids_second), settings=settings
        )

    links = {pair: PairLinks.of(alignment) for pair, alignment in alignments.items()}
    body = [[segment.id for segment in article.body] for article in articles]
    found = group_passages(body, links, rank, similarity, settings.claim_similarity)
    groups: list[ClaimGroup] = []
    for kind in _HEAD_KINDS:
        passages = {k: {s.id for s in article.segments if s.role == kind} for k, article in enumerate(articles)}
        passages = {k: ids for k, ids in passages.items() if ids}
        if passages:
            kind_links = {pair: PairLinks.of(alignment, kind) for pair, alignment in alignments.items()}
            for members in _head_groups(passages, alignments, kind):
                groups.append(_group(articles, {k: passages[k] for k in members}, kind_links, similarity, kind))
    groups.extend(_group(articles, passages, links, similarity, "body") for passages in found)
    order = claim_order(groups, articles, 0)
    ordered = tuple(groups[index] for index in order)
    return Comparison(articles, ordered, summarize(ordered, len(articles)), dict(alignments), settings.as_dict())


def _head_groups(
    passages: Mapping[int, set[str]], alignments: Mapping[tuple[int, int], Alignment], kind: GroupKind
) -> list[list[int]]:
    """The articles whose headlines (or standfirsts) make one claim: all headlines together; standfirsts in the
    groups their pairwise links join (two standfirsts that share nothing are no pair), each alone otherwise."""
    if kind == "title":
        return [sorted(passages)]
    parent = {k: k for k in passages}

    def root(k: int) -> int:
        while parent[k] != k:
            k = parent[k]
        return k

    for (first, second), alignment in alignments.items():
        if (
            first in parent
            and second in parent
            and any(item.kind == kind and item.left and item.right for item in alignment.items)
        ):
            parent[root(second)] = root(first)
    members: dict[int, list[int]] = {}
    for k in sorted(passages):
        members.setdefault(root(k), []).append(k)
    return list(members.values())


def canonical_ranks(articles: Sequence[Article]) -> list[int]:
    """Each article's rank when the articles are sorted by content (then source), for order-free tie-breaks."""

    def key(index: int) -> tuple[object, ...]:
        article = articles[index]
        segments = tuple((s.role, s.text, s.paragraph, s.start, s.end, s.id) for s in article.segments)
        return (segments, article.text, article.path, article.outlet or "", article.title or "")

    order = sorted(range(len(articles)), key=key)
    rank = [0] * len(articles)
    for position, index in enumerate(order):
        rank[index] = position
    return rank


def _text(article: Article, ids: tuple[str, ...]) -> str:
    """The text of some segments of ``article``, joined by spaces."""
    return " ".join(article.segment(segment_id).text for segment_id in ids)


def _group(
    articles: tuple[Article, ...],
    passages: Mapping[int, set[str]],
    links: Mapping[tuple[int, int], PairLinks],
    similarity: Callable[[int, tuple[str, ...], int, tuple[str, ...]], float],
    kind: GroupKind,
) -> ClaimGroup:
    """One claim group: each article's passages in source order, the links between them and the verdicts."""
    ordered: list[tuple[str, ...]] = []
    for k, article in enumerate(articles):
        ids = passages.get(k, set())
        ordered.append(tuple(s.id for s in article.segments if s.id in ids))
    present = [k for k, ids in enumerate(ordered) if ids]
    claim_links: list[ClaimLink] = []
    for first, second in itertools.combinations(present, 2):
        pair = links[(first, second)]
        spanning = sorted(pair.spanning(ordered[first], ordered[second]))
        if spanning:
            item = pair.items[spanning[0]]
            claim_links.append(ClaimLink(first, second, item.verdict, item.score, item.reasons))  # type: ignore[arg-type]
        else:
            score = similarity(first, ordered[first], second, ordered[second])
            claim_links.append(ClaimLink(first, second, "resolved", round(score, 4)))
    apart = set_apart(claim_links)
    verdicts: list[OutletVerdict] = []
    for k in range(len(articles)):
        if k not in present:
            verdicts.append("absent")
        elif len(present) == 1:
            verdicts.append("only")
        else:
            verdicts.append("differ" if k in apart else "agree")
    return ClaimGroup(tuple(ordered), tuple(verdicts), tuple(claim_links), kind)


def set_apart(links: Sequence[ClaimLink]) -> set[int]:
    """The articles a group's differences set apart: those that ``differ`` against the group.

    The article (or, on a tie, every article) in the most ``differ`` links is set apart and its links dropped,
    until no ``differ`` link is left. So with A = B, B = C and A ≠ C, A and C differ and B agrees; with A ≠ B,
    A ≠ C and B = C, only A differs. Resolved links do not count. The rule looks at the links only, so it does
    not depend on the order of the articles.
    """
    differing = [(link.first, link.second) for link in links if link.verdict == "differ"]
    apart: set[int] = set()
    while differing:
        counts = Counter(article for pair in differing for article in pair)
        most = max(counts.values())
        worst = {article for article, count in counts.items() if count == most}
        apart |= worst
        differing = [pair for pair in differing if not worst & set(pair)]
    return apart


def summarize(groups: Sequence[ClaimGroup], count: int) -> ComparisonSummary:
    """Claims per article (with all, with some, alone), the shares in common, and the resolved claims."""
    body = [group for group in groups if group.kind == "body"]
    carried = [{n for n, group in enumerate(body) if group.carries(k)} for k in range(count)]
    outlets = []
    for k in range(count):
        sizes = [len(body[n].outlets) for n in carried[k]]
        with_all = sum(1 for size in sizes if size == count)
        alone = sum(1 for size in sizes if size == 1)
        outlets.append(OutletFigures(len(sizes), with_all, len(sizes) - with_all - alone, alone))
    in_common = tuple(
        tuple(
            len(carried[i] & carried[j]) / len(carried[i] | carried[j]) if carried[i] | carried[j] else 0.0
            for j in range(count)
        )
        for i in range(count)
    )
    resolved = sum(1 for group in body if group.resolved)
    return ComparisonSummary(len(body), tuple(outlets), in_common, resolved)


def left_out_links(comparison: Comparison) -> dict[int, list[tuple[int, int, int]]]:
    """The pairwise links the claim groups could not keep, seen from each group they touch.

    A linked body item of a pairwise alignment whose passages ended up in different groups is left out (joining
    them would have put two separate items of one pair in a group, or failed the resolution).

    Returns:
        For each group index touched by such an item: ``(article, other article, other group)`` entries, one per
        other group the item reaches, in a stable order (no duplicates).
    """
    where: dict[tuple[int, str], int] = {}
    for index, group in enumerate(comparison.groups):
        if group.kind == "body":
            for article, ids in enumerate(group.passages):
                where.update(dict.fromkeys(((article, s) for s in ids), index))
    found: dict[int, set[tuple[int, int, int]]] = {}
    for (first, second), alignment in sorted(comparison.alignments.items()):
        for item in alignment.items:
            if item.kind != "body" or not (item.left and item.right):
                continue
            homes = [(first, where[(first, s)]) for s in item.left]
            homes += [(second, where[(second, s)]) for s in item.right]
            for article, home in homes:
                for other_article, other_home in homes:
                    if other_home != home and other_article != article:
                        found.setdefault(home, set()).add((article, other_article, other_home))
    return {group: sorted(entries) for group, entries in sorted(found.items())}
