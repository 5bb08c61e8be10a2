"""The link audit credits every linked combination of an alignment to the matcher step that made it."""

from __future__ import annotations

from hypothesis import given, settings

from bench.link_sources import STEPS, link_sources
from core.align import align
from core.models import Article
from tests.test_align_properties import articles


@settings(max_examples=40, deadline=None)
@given(articles(), articles())
def test_every_linked_combination_has_one_step_whichever_article_is_left(left: Article, right: Article) -> None:
    """The replayed steps give exactly the aligner's linked combinations, and the same steps after a swap."""
    sources = link_sources(left, right)
    linked = {(a, b) for item in align(left, right).items for a in item.left for b in item.right}
    assert set(sources) == linked
    assert set(sources.values()) <= set(STEPS)
    assert link_sources(right, left) == {(b, a): step for (a, b), step in sources.items()}
