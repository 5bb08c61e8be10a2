"""Claim groups from pairwise alignments: the passages of several articles that report one claim.

Groups grow from the pairwise linked items, strongest first (as in Kruskal's algorithm), and a merge is kept only
when the links agree. For every two articles the merged group would carry, their own alignment must:

- join their passages in the group by exactly one item, no other item of theirs touching those passages: the
  links agree;
- or link none of those passages at all (A ~ B and B ~ C, with A and C unlinked): then the group may hold both
  only when their own similarity clears the threshold (the *resolution*).

Anything else (two separate items of one pair in one group, or a passage its pair links elsewhere) refuses the
merge as a whole. The item may still join without one of its passages that is in no group yet (tried in canonical
order): one report's sentence that says what another splits in two, whose second half a third report links to
another claim, joins the claim of the first half. Otherwise that pairwise link is left out of the groups; the
stronger links, made first, stay. So no group
contradicts a pairwise alignment, and none is chained blindly. Body segments no link reaches are groups of their
own. Ties in strength are broken by the articles' canonical ranks and segment ids, so the groups do not depend on
the order in which the articles are given.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from core.models import AlignedItem, Alignment

Similarity = Callable[[int, tuple[str, ...], int, tuple[str, ...]], float]
"""The similarity of two articles' passages: ``(article, ids, other article, other ids) -> 0..1``."""


@dataclass(slots=True)
class PairLinks:
    """The linked body items of one pair's alignment, indexed by the segments on each side."""

    items: list[AlignedItem]
    """The items with both sides, in the alignment's order."""
    left_item: dict[str, int] = field(default_factory=dict)
    """Left segment id -> index of its item in ``items``."""
    right_item: dict[str, int] = field(default_factory=dict)
    """Right segment id -> index of its item in ``items``."""

    @classmethod
    def of(cls, alignment: Alignment, kind: str = "body") -> PairLinks:
        """The linked items of ``kind`` in ``alignment``."""
        items = [item for item in alignment.items if item.kind == kind and item.left and item.right]
        links = cls(items)
        for index, item in enumerate(items):
            links.left_item.update(dict.fromkeys(item.left, index))
            links.right_item.update(dict.fromkeys(item.right, index))
        return links

    def spanning(self, left_ids: set[str] | tuple[str, ...], right_ids: set[str] | tuple[str, ...]) -> set[int]:
        """Indices of the items that join some of ``left_ids`` with some of ``right_ids``."""
        left = {self.left_item[s] for s in left_ids if s in self.left_item}
        return left & {self.right_item[s] for s in right_ids if s in self.right_item}


def group_passages(
    body: Sequence[Sequence[str]],
    links: Mapping[tuple[int, int], PairLinks],
    rank: Sequence[int],
    similarity: Similarity,
    threshold: float,
) -> list[dict[int, set[str]]]:
    """Group the body segments of several articles into claims.

    Args:
        body: Each article's body segment ids.
        links: Each pair's linked items, by ``(i, j)`` with ``i < j`` (``left`` is article ``i``).
        rank: Each article's canonical rank (the order the articles would have if sorted by content).
        similarity: The similarity of two articles' passages (for the resolution).
        threshold: Minimum similarity of a resolution.

    Returns:
        Every group as ``{article: segment ids}`` (articles absent from a group are not keys), in no particular
        order. Every body segment is in exactly one group.
    """
    cluster_of: dict[tuple[int, str], int] = {}
    members: dict[int, dict[int, set[str]]] = {}
    for article, ids in enumerate(body):
        for segment_id in ids:
            cluster_of[(article, segment_id)] = len(members)
            members[len(members)] = {article: {segment_id}}
    body_position = [{segment_id: k for k, segment_id in enumerate(ids)} for ids in body]

    def agrees(merged: dict[int, set[str]]) -> bool:
        present = sorted(merged)
        for n, first in enumerate(present):
            for second in present[n + 1 :]:
                pair = links[(first, second)]
                touched_first = {pair.left_item[s] for s in merged[first] if s in pair.left_item}
                touched_second = {pair.right_item[s] for s in merged[second] if s in pair.right_item}
                spanning = touched_first & touched_second
                if len(spanning) > 1 or (touched_first | touched_second) - spanning:
                    return False
                if not spanning:
                    ids_first = tuple(sorted(merged[first], key=body_position[first].__getitem__))
                    ids_second = tuple(sorted(merged[second], key=body_position[second].__getitem__))
                    if similarity(first, ids_first, second, ids_second) < threshold:
                        return False
        return True

    def union(clusters: list[int]) -> dict[int, set[str]]:
        merged: dict[int, set[str]] = {}
        for cluster in clusters:
            for article, cluster_ids in members[cluster].items():
                merged.setdefault(article, set()).update(cluster_ids)
        return merged

    def alone(node: tuple[int, str]) -> bool:
        return members[cluster_of[node]] == {node[0]: {node[1]}}

    for first, second, item in _strongest_first(links, rank):
        nodes = [(first, s) for s in item.left] + [(second, s) for s in item.right]
        clusters = sorted({cluster_of[node] for node in nodes})
        if len(clusters) == 1:
            continue
        merged = union(clusters)
        if not agrees(merged):
            # the item as a whole contradicts another pair's links: it may still join without one passage that
            # is in no group yet (the one another pair links elsewhere), tried in canonical order
            spare = sorted((n for n in nodes if alone(n)), key=lambda n: (rank[n[0]], body_position[n[0]][n[1]]))
            for node in spare:
                fewer = sorted({cluster_of[n] for n in nodes if n != node})
                if len(fewer) > 1 and agrees(union(fewer)):
                    clusters, merged = fewer, union(fewer)
                    break
            else:
                continue
        keep = clusters[0]
        for cluster in clusters[1:]:
            del members[cluster]
        members[keep] = merged
        for article, merged_ids in merged.items():
            for segment_id in merged_ids:
                cluster_of[(article, segment_id)] = keep
    return list(members.values())


def _strongest_first(
    links: Mapping[tuple[int, int], PairLinks], rank: Sequence[int]
) -> list[tuple[int, int, AlignedItem]]:
    """Every linked item of every pair, strongest first; ties broken by canonical ranks and segment ids."""
    keyed: list[tuple[tuple[object, ...], tuple[int, int, AlignedItem]]] = []
    for (first, second), pair in links.items():
        for item in pair.items:
            if rank[first] < rank[second]:
                canonical: tuple[object, ...] = (rank[first], rank[second], item.left, item.right)
            else:
                canonical = (rank[second], rank[first], item.right, item.left)
            keyed.append(((-item.score, *canonical), (first, second, item)))
    keyed.sort(key=lambda pair: pair[0])
    return [entry for _key, entry in keyed]
