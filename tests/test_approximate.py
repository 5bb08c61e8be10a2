"""Approximate figures: which rounded or vague figure covers a number written exactly on the other side."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.align.approximate import covers, figures

counts = st.integers(min_value=1, max_value=10_000_000)


@given(counts)
def test_a_hedged_figure_covers_its_own_value(n: int) -> None:
    for hedge in ("about", "around", "nearly", "almost", "more than", "up to"):
        assert covers(n, False, [], figures(f"{hedge} {n:,} people were affected")), hedge


@given(counts, counts)
def test_two_exact_figures_never_excuse_each_other(n: int, m: int) -> None:
    """1,000 and 1,200 are a difference however close; only a rounded or vague figure excuses one."""
    if n != m:
        assert not covers(n, False, figures(f"{n} people"), figures(f"{m} people"))


@given(counts, counts)
def test_two_figures_hedged_alike_never_excuse_each_other(n: int, m: int) -> None:
    if n != m:
        assert not covers(n, False, figures(f"more than {n} people"), figures(f"more than {m} people"))


def test_vague_words_and_fractions() -> None:
    assert covers(40_000, False, [], figures("tens of thousands of households"))
    assert not covers(400_000, False, [], figures("tens of thousands of households"))
    assert covers(35, False, [], figures("dozens of aftershocks"))
    assert covers(23, True, [], figures("less than a quarter full"))
    assert not covers(23, False, [], figures("less than a quarter full"))  # a share covers only a share
    assert not covers(40, True, [], figures("a quarter of voters"))
    assert covers(1_100, False, [], figures("more than a thousand"))


def test_a_bare_article_is_no_figure() -> None:
    """'a man' is not one of anything; 'more than a kilometre' is."""
    assert figures("a man said") == []
    assert figures("more than a kilometre away")[0].low == 1.0
