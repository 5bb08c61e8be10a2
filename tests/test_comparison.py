"""Claim groups of several reports, built from hand-made pairwise alignments: when links agree, when a third outlet
is resolved by similarity, when a merge is refused; verdicts, figures and the order of the claims."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from core.align import AlignSettings, claim_order, compare, left_out_links
from core.align.comparison import build_comparison
from core.claims import Comparison, outlet_names
from core.errors import AlignmentError
from core.models import AlignedItem, Alignment, Article, Reason
from core.reading import load_article
from tests.conftest import SEEDS, make_alignment, make_article

SETTINGS = AlignSettings()


def report(outlet: str, *sentences: str) -> Article:
    """An article of one paragraph per body sentence, ids ``s1``, ``s2``…"""
    parts: list[tuple[str, str] | None] = []
    for sentence in sentences:
        if parts:
            parts.append(None)
        parts.append(("body", sentence))
    return make_article(parts, path=f"{outlet.lower()}.txt", outlet=outlet)  # type: ignore[arg-type]


def linked(left: str, right: str, score: float, verdict: str = "agree", reasons: Sequence[Reason] = ()) -> AlignedItem:
    return AlignedItem((left,), (right,), verdict, score, tuple(reasons))  # type: ignore[arg-type]


def pair(left: Article, right: Article, *items: AlignedItem) -> Alignment:
    """An alignment with the given links; every body segment they leave out is one-sided."""
    used_left = {s for item in items for s in item.left}
    used_right = {s for item in items for s in item.right}
    rest = [AlignedItem((s.id,), (), "left-only", 0.0) for s in left.body if s.id not in used_left]
    rest += [AlignedItem((), (s.id,), "right-only", 0.0) for s in right.body if s.id not in used_right]
    return make_alignment(left, right, [*items, *rest])


def groups_of(comparison: Comparison) -> list[tuple[tuple[str, ...], ...]]:
    """Every body group's passages, sorted (an order-free view)."""
    return sorted(group.passages for group in comparison.groups if group.kind == "body")


def test_links_that_agree_make_one_group_of_all_three() -> None:
    """A ~ B, B ~ C and A ~ C on the same passages: one claim every outlet carries, each link its pair's item."""
    a, b, c = (
        report("A", "Storm hits the coast."),
        report("B", "A storm hit the coast."),
        report("C", "Storm on coast."),
    )
    comparison = build_comparison(
        (a, b, c),
        {
            (0, 1): pair(a, b, linked("s1", "s1", 0.9)),
            (1, 2): pair(b, c, linked("s1", "s1", 0.8)),
            (0, 2): pair(a, c, linked("s1", "s1", 0.7)),
        },
        SETTINGS,
    )
    (group,) = comparison.groups
    assert group.passages == (("s1",), ("s1",), ("s1",))
    assert group.verdicts == ("agree", "agree", "agree")
    assert [(link.first, link.second, link.verdict, link.score) for link in group.links] == [
        (0, 1, "agree", 0.9),
        (0, 2, "agree", 0.7),
        (1, 2, "agree", 0.8),
    ]
    assert not group.resolved
    assert comparison.summary.outlets[0].with_all == 1


def test_an_unlinked_pair_joins_only_when_its_own_passages_are_alike() -> None:
    """A ~ B and B ~ C with A and C unlinked: alike words join all three (resolved); unlike ones leave C out."""
    a = report("A", "Twelve people were hurt when the storm hit the coast on Monday.")
    b = report("B", "The storm hurt twelve people on the coast on Monday.")
    alike = report("C", "Twelve people were hurt as the storm hit the coast Monday.")
    unlike = report("C", "Officials praised the rescue teams.")
    for c, together in ((alike, True), (unlike, False)):
        comparison = build_comparison(
            (a, b, c),
            {
                (0, 1): pair(a, b, linked("s1", "s1", 0.9)),
                (1, 2): pair(b, c, linked("s1", "s1", 0.5)),
                (0, 2): pair(a, c),
            },
            SETTINGS,
        )
        if together:
            (group,) = comparison.groups
            link = group.link(0, 2)
            assert group.resolved
            assert link is not None
            assert link.verdict == "resolved"
            assert link.score >= SETTINGS.claim_similarity
            assert comparison.summary.resolved == 1
        else:  # the stronger link (A ~ B) stays; B ~ C is left out, and said so
            assert groups_of(comparison) == [((), (), ("s1",)), (("s1",), ("s1",), ())]
            kept = next(i for i, g in enumerate(comparison.groups) if g.carries(0))
            alone = next(i for i, g in enumerate(comparison.groups) if g.carries(2))
            assert left_out_links(comparison) == {kept: [(1, 2, alone)], alone: [(2, 1, kept)]}
            assert comparison.groups[alone].verdicts == ("absent", "absent", "only")


def test_a_group_never_contradicts_a_pairwise_alignment() -> None:
    """C's sentence links to A's first claim and to B's second. Joining either way would hold a passage that a pair
    links elsewhere (and both ways two A–B items), so C's sentence stays a claim of its own, both links left out."""
    a = report("A", "The storm hit the coast.", "Schools are closed.")
    b = report("B", "A storm hit the coast.", "Schools closed on Monday.")
    c = report("C", "The storm closed schools on the coast.")
    comparison = build_comparison(
        (a, b, c),
        {
            (0, 1): pair(a, b, linked("s1", "s1", 0.9), linked("s2", "s2", 0.8)),
            (0, 2): pair(a, c, linked("s1", "s1", 0.6)),
            (1, 2): pair(b, c, linked("s2", "s1", 0.5)),
        },
        SETTINGS,
    )
    assert groups_of(comparison) == [((), (), ("s1",)), (("s1",), ("s1",), ()), (("s2",), ("s2",), ())]
    alone = next(i for i, g in enumerate(comparison.groups) if g.carries(2))
    assert sorted(entry[1] for entry in left_out_links(comparison)[alone]) == [0, 1]


def test_a_link_that_merges_what_another_pair_splits_joins_without_the_split_half() -> None:
    """B says in one sentence what C says in two, and A links C's two halves to two claims of its own. B ~ C cannot
    join as a whole (C's second half belongs to A's other claim), so B's sentence joins A's and C's first claim
    without it, instead of standing alone; its links to the other claim's halves (A's and C's) are left out, and
    said so."""
    a = report("A", "The spy agency said 1,500 troops were sent.", "It said 12,000 could follow.", "They trained.")
    b = report("B", "The spy agency believes 12,000 troops will go, including 1,500 special forces.")
    c = report("C", "The agency said 1,500 troops were sent.", "The agency believes 12,000 could be sent.")
    comparison = build_comparison(
        (a, b, c),
        {
            (0, 1): pair(a, b, AlignedItem(("s1", "s2"), ("s1",), "differ", 0.45)),
            (0, 2): pair(a, c, AlignedItem(("s1", "s3"), ("s1",), "agree", 0.65), linked("s2", "s2", 0.38)),
            (1, 2): pair(b, c, AlignedItem(("s1",), ("s1", "s2"), "differ", 0.49)),
        },
        SETTINGS,
    )
    assert groups_of(comparison) == [(("s1", "s3"), ("s1",), ("s1",)), (("s2",), (), ("s2",))]
    joined = next(i for i, g in enumerate(comparison.groups) if g.carries(1))
    assert sorted(entry[:2] for entry in left_out_links(comparison)[joined]) == [(1, 0), (1, 2)]


def test_set_apart_marks_the_reports_the_differences_single_out() -> None:
    """The report in the most ``differ`` links is set apart, then the next, until none is left; ties go together."""
    from core.align.comparison import set_apart
    from core.claims import ClaimLink

    def links(*pairs: tuple[int, int, str]) -> list[ClaimLink]:
        return [ClaimLink(a, b, verdict, 0.5) for a, b, verdict in pairs]  # type: ignore[arg-type]

    assert set_apart(links((0, 1, "agree"), (1, 2, "agree"), (0, 2, "differ"))) == {0, 2}
    assert set_apart(links((0, 1, "differ"), (0, 2, "differ"), (1, 2, "agree"))) == {0}
    assert set_apart(links((0, 1, "differ"))) == {0, 1}
    assert set_apart(links((0, 1, "agree"), (0, 2, "resolved"), (1, 2, "agree"))) == set()
    four = links(
        (0, 1, "agree"), (2, 3, "agree"), (0, 2, "differ"), (0, 3, "differ"), (1, 2, "differ"), (1, 3, "differ")
    )
    assert set_apart(four) == {0, 1, 2, 3}


def test_verdicts_single_out_the_report_that_differs() -> None:
    """A differs from B and from C, which agree: A differs, B and C agree; a lone claim is ``only``."""
    a = report("A", "Twelve people were hurt.", "The mayor spoke.")
    b, c = report("B", "Fifteen people were hurt."), report("C", "Fifteen were hurt.")
    number = (Reason("number", ("Twelve",), ("Fifteen",)),)
    comparison = build_comparison(
        (a, b, c),
        {
            (0, 1): pair(a, b, linked("s1", "s1", 0.7, "differ", number)),
            (0, 2): pair(a, c, linked("s1", "s1", 0.6, "differ", number)),
            (1, 2): pair(b, c, linked("s1", "s1", 0.9)),
        },
        SETTINGS,
    )
    claim, lone = comparison.groups
    assert claim.verdicts == ("differ", "agree", "agree")
    assert claim.link(1, 0).reasons == number  # type: ignore[union-attr]
    assert lone.verdicts == ("only", "absent", "absent")
    figures = comparison.summary.outlets
    assert (figures[0].claims, figures[0].with_all, figures[0].with_some, figures[0].alone) == (2, 1, 0, 1)
    assert comparison.summary.in_common[0][1] == pytest.approx(0.5)  # one claim of the two either carries
    assert comparison.summary.in_common[1][2] == 1.0


def test_claims_follow_the_chosen_outlet_and_a_left_out_claim_sits_by_its_neighbours() -> None:
    """In B's order the claims follow B; C's claim that B leaves out sits after the claim before it in C."""
    a = report("A", "First.", "Second.", "Third.")
    b = report("B", "Third.", "First.")
    c = report("C", "First.", "Extra.", "Third.")
    comparison = build_comparison(
        (a, b, c),
        {
            (0, 1): pair(a, b, linked("s1", "s2", 0.9), linked("s3", "s1", 0.9)),
            (0, 2): pair(a, c, linked("s1", "s1", 0.9), linked("s3", "s3", 0.9)),
            (1, 2): pair(b, c, linked("s2", "s1", 0.9), linked("s1", "s3", 0.9)),
        },
        SETTINGS,
    )
    # In A's order (the groups' own): A's claims in place, C's extra right after the claim before it in C.
    assert [group.passages[0] for group in comparison.groups] == [("s1",), (), ("s2",), ("s3",)]
    assert comparison.groups[1].passages[2] == ("s2",)
    in_b = [comparison.groups[k] for k in claim_order(comparison.groups, comparison.articles, 1)]
    assert [group.passages[1] for group in in_b] == [("s1",), ("s2",), (), ()]
    assert [group.passages[0] for group in in_b] == [("s3",), ("s1",), ("s2",), ()]
    assert [group.passages[2] for group in in_b] == [("s3",), ("s1",), (), ("s2",)]


def test_two_articles_give_the_pair_alignment_s_items_as_groups(seed_paths: tuple[object, object]) -> None:
    """With two articles, every linked item of their alignment is one group, every one-sided passage another."""
    left, right = (load_article(path) for path in seed_paths)  # type: ignore[arg-type]
    comparison = compare([left, right])
    alignment = comparison.alignments[(0, 1)]
    items = sorted((item.left, item.right) for item in alignment.items if item.kind == "body")
    assert groups_of(comparison) == items
    verdicts = {(item.left, item.right): item.verdict for item in alignment.items if item.kind == "body"}
    expected = {
        "agree": ("agree", "agree"),
        "differ": ("differ", "differ"),
        "left-only": ("only", "absent"),
        "right-only": ("absent", "only"),
    }
    for group in comparison.groups:
        if group.kind == "body":
            assert group.verdicts == expected[verdicts[group.passages]]


def test_a_comparison_takes_two_to_ten_articles() -> None:
    """One article or eleven is an AlignmentError, not a traceback later."""
    article = report("A", "One sentence.")
    with pytest.raises(AlignmentError, match="2 to 10 articles, got 1"):
        compare([article])
    with pytest.raises(AlignmentError, match="got 11"):
        compare([article] * 11)


def test_outlet_names_fall_back_to_file_names_and_stay_distinct() -> None:
    """Outlets name the columns; a missing outlet is the file's stem; repeats are numbered."""
    articles = [report("Reuters", "x."), report("Reuters", "y."), make_article([("body", "z.")], path="a/fox.txt")]
    assert outlet_names(articles) == ("Reuters (1)", "Reuters (2)", "fox")


def test_the_seed_pair_and_a_third_report_share_claims() -> None:
    """The bundled three-outlet example: some claims every report carries, and each report's own."""
    articles = [load_article(SEEDS / name) for name in ("guardian.txt", "kyiv-independent.txt", "example-wire.txt")]
    comparison = compare(articles)
    summary = comparison.summary
    assert summary.claims == sum(1 for group in comparison.groups if group.kind == "body")
    assert all(figures.with_all >= 2 for figures in summary.outlets)
    assert all(figures.alone >= 1 for figures in summary.outlets)


def test_standfirsts_that_share_nothing_are_each_their_own_claim() -> None:
    """The bundled example: The Guardian's standfirst (elite soldiers, withdrawal) and Example Wire's (a note that
    it is a written example) say unrelated things, so neither is shown as agreeing with or differing from the
    other: each is a standfirst only its outlet carries. The headlines stay one claim of all three."""
    articles = [load_article(SEEDS / name) for name in ("guardian.txt", "kyiv-independent.txt", "example-wire.txt")]
    comparison = compare(articles)
    heads = [group for group in comparison.groups if group.kind == "standfirst"]
    assert sorted(group.verdicts for group in heads) == [
        ("absent", "absent", "only"),
        ("only", "absent", "absent"),
    ]
    assert all(not group.links for group in heads)
    titles = [group for group in comparison.groups if group.kind == "title"]
    assert len(titles) == 1
    assert "absent" not in titles[0].verdicts
