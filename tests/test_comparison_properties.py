"""Properties of every comparison (hypothesis): each body passage in exactly one group; permuting the articles
permutes the outlets and changes nothing else; two articles give the pair alignment's links; every link is a
pairwise item or a resolution over the threshold."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from core.align import AlignSettings, compare
from core.claims import ClaimGroup, Comparison
from core.models import Article, Reason
from tests.test_align_properties import articles

Normal = tuple[object, ...]


def named(found: list[Article]) -> list[Article]:
    """The articles with distinct paths (the outlets' names)."""
    return [replace(article, path=f"report-{k}.txt") for k, article in enumerate(found)]


def normal(comparison: Comparison, original: list[int]) -> tuple[frozenset[Normal], Normal]:
    """The comparison with every article named by its index in the original list: an order-free view.

    ``original[k]`` is the original index of ``comparison.articles[k]``.
    """

    def link_view(group: ClaimGroup) -> frozenset[Normal]:
        out = set()
        for link in group.links:
            first, second, reasons = original[link.first], original[link.second], link.reasons
            if first > second:
                first, second = second, first
                reasons = tuple(Reason(r.kind, r.right, r.left, r.right_elsewhere, r.left_elsewhere) for r in reasons)
            out.add((first, second, link.verdict, link.score, reasons))
        return frozenset(out)

    back = sorted(range(len(original)), key=lambda k: original[k])
    groups = frozenset(
        (
            group.kind,
            tuple(group.passages[k] for k in back),
            tuple(group.verdicts[k] for k in back),
            link_view(group),
        )
        for group in comparison.groups
    )
    summary = comparison.summary
    figures = (
        summary.claims,
        summary.resolved,
        tuple(summary.outlets[k] for k in back),
        tuple(tuple(summary.in_common[i][j] for j in back) for i in back),
    )
    return groups, figures


@settings(max_examples=40, deadline=None)
@given(st.lists(articles(), min_size=3, max_size=4), st.randoms(use_true_random=False))
def test_permuting_the_articles_permutes_the_outlets_and_nothing_else(found: list[Article], random: object) -> None:
    """The same groups, verdicts, links, reasons and figures, whatever the order the articles are given in."""
    reports = named(found)
    order = list(range(len(reports)))
    random.shuffle(order)  # type: ignore[attr-defined]
    first = compare(reports)
    second = compare([reports[k] for k in order])
    assert normal(first, list(range(len(reports)))) == normal(second, order)


@settings(max_examples=40, deadline=None)
@given(st.lists(articles(), min_size=2, max_size=4))
def test_every_body_passage_is_in_exactly_one_group(found: list[Article]) -> None:
    """Each body segment of each article is in one body group; passages are in source order; verdicts match."""
    comparison = compare(named(found))
    for k, article in enumerate(comparison.articles):
        held = [s for group in comparison.groups if group.kind == "body" for s in group.passages[k]]
        assert sorted(held) == sorted(segment.id for segment in article.body)
        position = {segment.id: n for n, segment in enumerate(article.segments)}
        for group in comparison.groups:
            ids = group.passages[k]
            assert list(ids) == sorted(ids, key=position.__getitem__)
    for group in comparison.groups:
        assert group.outlets
        for k, verdict in enumerate(group.verdicts):
            assert (verdict == "absent") == (not group.passages[k])
            if verdict != "absent":
                assert (verdict == "only") == (len(group.outlets) == 1)
        pairs = [(link.first, link.second) for link in group.links]
        assert pairs == [(a, b) for n, a in enumerate(group.outlets) for b in group.outlets[n + 1 :]]


@settings(max_examples=40, deadline=None)
@given(st.lists(articles(), min_size=3, max_size=4))
def test_every_link_is_a_pairwise_item_or_a_resolution_over_the_threshold(found: list[Article]) -> None:
    """A group's two outlets are joined by exactly their pair's item, or by a similarity at least the setting."""
    threshold = AlignSettings().claim_similarity
    comparison = compare(named(found))
    for group in comparison.groups:
        if group.kind != "body":
            continue
        for link in group.links:
            alignment = comparison.alignments[(link.first, link.second)]
            left, right = set(group.passages[link.first]), set(group.passages[link.second])
            touching = [item for item in alignment.items if item.left and item.right and item.kind == "body"]
            touching = [item for item in touching if left & set(item.left) or right & set(item.right)]
            if link.verdict == "resolved":
                assert touching == []
                assert link.score >= threshold
            else:
                (item,) = touching
                assert left & set(item.left)
                assert right & set(item.right)
                assert (link.verdict, link.score, link.reasons) == (item.verdict, item.score, item.reasons)


@settings(max_examples=40, deadline=None)
@given(articles(), articles())
def test_two_articles_give_the_same_links_as_the_pair_alignment(left: Article, right: Article) -> None:
    """With two articles the groups are the pair alignment's body items, linked or one-sided."""
    comparison = compare(named([left, right]))
    alignment = comparison.alignments[(0, 1)]
    items = sorted((item.left, item.right) for item in alignment.items if item.kind == "body")
    groups = sorted(group.passages for group in comparison.groups if group.kind == "body")
    assert groups == items
