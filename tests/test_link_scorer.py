"""The learned link scorer: its model file is the fit, and linking by it keeps the alignment's properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.datasets import shared_dir
from core.align import AlignSettings, align, swap_sides
from core.models import Article
from tests.test_align_properties import articles, build, check_invariants, distinct, paragraph

LEARNED = AlignSettings(learned_growth=1)


@settings(max_examples=60, deadline=None)
@given(articles(), articles())
def test_learned_growth_keep_the_invariants_and_mirror(left: Article, right: Article) -> None:
    """Growing by the learned scorer: every body sentence in one item, and align(b, a) mirrors align(a, b)."""
    forward = align(left, right, settings=LEARNED)
    check_invariants(forward)
    assert swap_sides(forward) == align(right, left, settings=LEARNED)


@settings(max_examples=60, deadline=None)
@given(st.lists(paragraph, min_size=1, max_size=5), st.lists(paragraph, min_size=1, max_size=5), st.randoms())
def test_learned_growth_ignore_the_order_of_paragraphs(
    left_ps: list[list[str]], right_ps: list[list[str]], rng: object
) -> None:
    """Moving one article's paragraphs around does not change the links grown by the learned scorer."""
    left_ps, right_ps = distinct(left_ps), distinct(right_ps)
    shuffled = list(right_ps)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]

    def links(paragraphs: list[list[str]]) -> set[tuple[str, str]]:
        left = build(left_ps, ["body"] * len(left_ps))
        right = build(paragraphs, ["body"] * len(paragraphs))
        alignment = align(left, right, settings=LEARNED)
        return {
            (left.segment(a).text, right.segment(b).text) for it in alignment.items for a in it.left for b in it.right
        }

    assert links(right_ps) == links(shuffled)


@pytest.mark.skipif(shared_dir() is None, reason="the development golds' articles are in ../shared")
def test_the_written_model_is_the_fit_of_the_golds() -> None:
    """Refitting on the development golds and the page pairs reproduces core/align/link_model.py."""
    from bench.fit_links import main

    assert main(["--check"]) == 0
