"""Aliases an article sets up: the indexed look-up brings exactly what a plain pass over every alias brings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.align.aliases import _ACRONYM, _APPOSITION, _APPOSITION_WORDS, _apply, acronyms, appositions, with_aliases
from core.align.lexicon import METONYMS, SYNONYM_OF, expand

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


_WORDS = ["The ", "the ", "he", "spokesperson", "head of the centre", "Dmitry Peskov", "Ihor Solovey", "Kremlin "]
_WORDS += ["the spokesperson, ", "the head of the centre,", "Dmitry Peskov, ", "Ihor Solovey,"]
_PIECES = st.sampled_from([*_WORDS, ", ", ", the ", ",", " ", "National Intelligence Service ", "(NIS)", "(", ")"])


@given(st.lists(_PIECES, max_size=24).map("".join))
def test_the_cheap_tests_before_the_alias_patterns_skip_no_match(text: str) -> None:
    """A passage the quick substring tests skip holds no match of the pattern: skipping it changes nothing."""
    if _ACRONYM.search(text):
        assert "(" in text
    for pattern, words in zip(_APPOSITION, _APPOSITION_WORDS, strict=True):
        if pattern.search(text):
            assert words in text


def test_acronyms_and_appositions_still_found() -> None:
    texts = [
        "Officials of the Kremlin said so.",
        "The National Intelligence Service (NIS) agreed.",
        "The NIS said more.",
    ]
    assert set(acronyms(texts)) == {"nis"}
    said = appositions(["No comment.", "The claim came from the Kremlin spokesperson, Dmitry Peskov, on Monday."])
    assert {next(iter(one)) for one, _ in said if len(one) == 1} == {"peskov"}


@given(st.lists(st.sampled_from(sorted({t for seat, country in METONYMS for t in seat | country} | {"confirm"}))))
def test_expand_applies_every_metonym_whose_terms_are_all_there(norms: list[str]) -> None:
    """Only the seats starting with a term of the bag are looked at: the same as testing every seat."""
    bag = {SYNONYM_OF.get(t, t) for t in norms}
    extra = {t for seat, country in METONYMS if seat <= bag for t in country}
    assert expand(norms) == frozenset(bag | extra)
