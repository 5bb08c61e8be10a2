"""The link audit credits every linked combination of an alignment to the matcher step that made it."""

from __future__ import annotations

from hypothesis import given, settings

from bench.link_sources import STEPS, link_sources
from core.align import align
from core.models import Article
from tests.conftest import make_article
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


def test_halves_in_two_paragraphs_are_credited_to_the_far_halves_step() -> None:
    """A sentence told in two paragraphs of the other report, linked by the far-halves step, is replayed as such."""
    left = make_article(
        [
            ("body", "Officials evacuated 9,200 residents from riverside towns on Sunday, civil protection said."),
            None,
            ("body", "Most were taken to schools and sports halls in Hallig, the regional capital."),
        ]
    )
    whole = "More than 11,000 residents were evacuated on Sunday, with many sleeping in school gymnasiums in Hallig."
    right = make_article([("body", whole)])
    assert set(link_sources(left, right).values()) == {"far halves"}
