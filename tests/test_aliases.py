"""Aliases an article sets up: the indexed look-up brings exactly what a plain pass over every alias brings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.align.aliases import _apply, with_aliases

TERMS = st.sampled_from(["nis", "nation", "intellig", "servic", "rnc", "republican", "committe", "kim", "envoy"])
SIDE = st.frozensets(TERMS, max_size=3)


@given(st.sets(TERMS, max_size=5), st.lists(st.tuples(SIDE, SIDE), max_size=8))
def test_the_index_brings_what_a_plain_pass_brings(
    norms: set[str], aliases: list[tuple[frozenset[str], frozenset[str]]]
) -> None:
    """Aliases apply in order, each once, against the terms gathered so far, chains and empty sides included."""
    assert with_aliases(norms, tuple(aliases)) == _apply(set(norms), aliases)


def test_an_alias_brought_by_an_earlier_one_applies_but_not_an_earlier_one() -> None:
    chain = ((frozenset({"nis"}), frozenset({"intellig"})), (frozenset({"intellig"}), frozenset({"servic"})))
    assert with_aliases({"nis"}, chain) == {"nis", "intellig", "servic"}
    backwards = (chain[1], chain[0])
    assert with_aliases({"nis"}, backwards) == {"nis", "intellig"}
