"""The order of claim groups in the reading order of one article (the reader lets the user pick which)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from core.claims import ClaimGroup
from core.models import Article

_KIND_RANK = {"title": 0, "standfirst": 1, "body": 2}


def claim_order(groups: Sequence[ClaimGroup], articles: Sequence[Article], by: int) -> tuple[int, ...]:
    """The indices of ``groups`` in the reading order of article ``by``.

    Headline and standfirst groups come first (a standfirst article ``by`` leaves out after its own). A group
    article ``by`` carries sits where its first passage is in that article. A group it leaves out goes right after
    the group holding the nearest earlier passage of an article that carries it (the first such article, in the
    order given) that article ``by`` also carries; with none, right before the group holding the nearest later one;
    with neither, at the end, by article and position.

    Args:
        groups: The claim groups.
        articles: The articles the groups' passages belong to.
        by: Index of the article whose order to follow.

    Returns:
        A permutation of ``range(len(groups))``.
    """
    position = [{segment.id: n for n, segment in enumerate(article.segments)} for article in articles]
    anchor: dict[int, tuple[int, int]] = {}
    for index, group in enumerate(groups):
        if group.passages[by]:
            anchor[index] = (_KIND_RANK[group.kind], min(position[by][s] for s in group.passages[by]))
    # For each article: the positions of its passages that lie in a group article ``by`` carries, sorted.
    anchored: list[list[tuple[int, tuple[int, int]]]] = [[] for _ in articles]
    for index, key in anchor.items():
        if groups[index].kind != "body":
            continue
        for article, ids in enumerate(groups[index].passages):
            anchored[article].extend((position[article][s], key) for s in ids)
    for entries in anchored:
        entries.sort()
    keyed: list[tuple[tuple[int, ...], int]] = []
    for index, group in enumerate(groups):
        if index in anchor:
            keyed.append(((*anchor[index], 0, 0, 0), index))
        elif group.kind != "body":
            keyed.append(((_KIND_RANK[group.kind], len(position[by]), 0, 0, 0), index))
        else:
            keyed.append((_placed(group, position, anchored), index))
    keyed.sort()
    return tuple(index for _key, index in keyed)


def _placed(
    group: ClaimGroup, position: list[dict[str, int]], anchored: list[list[tuple[int, tuple[int, int]]]]
) -> tuple[int, ...]:
    """The sort key of a body group the ordering article leaves out (see :func:`claim_order`)."""
    starts = [(article, min(position[article][s] for s in ids)) for article, ids in enumerate(group.passages) if ids]
    for article, start in starts:
        entries = anchored[article]
        at = bisect.bisect_left(entries, (start,))
        if at > 0:
            return (*entries[at - 1][1], 1, article, start)
    for article, start in starts:
        entries = anchored[article]
        at = bisect.bisect_left(entries, (start,))
        if at < len(entries):
            return (*entries[at][1], -1, article, start)
    return (_KIND_RANK["body"] + 1, 0, 0, starts[0][0], starts[0][1])
