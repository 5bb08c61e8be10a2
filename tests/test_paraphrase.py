"""The paraphrase probability that decides ``agree``: calibrated, symmetric, and moved by what a reader notices."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.datasets import shared_dir
from core.align import paraphrase_model
from core.align.paraphrase import FEATURE_NAMES, pair_features, paraphrase_probability

BASE = "The central bank raised its main interest rate by half a point to 4.5% on Thursday."
REWORDED = "On Thursday the central bank lifted its key interest rate by half a point, to 4.5%."


def test_the_model_file_matches_the_features() -> None:
    """The generated coefficients belong to these features, one finite number each."""
    assert paraphrase_model.FEATURES == FEATURE_NAMES
    for column in (paraphrase_model.MEANS, paraphrase_model.SCALES, paraphrase_model.COEFFICIENTS):
        assert len(column) == len(FEATURE_NAMES)
        assert all(math.isfinite(v) for v in column)
    assert all(s > 0 for s in paraphrase_model.SCALES)


def test_a_sentence_and_its_rewording_are_paraphrases() -> None:
    """The same sentence is a sure paraphrase; a light rewording still is."""
    assert paraphrase_probability(BASE, BASE) > 0.9
    assert paraphrase_probability(BASE, REWORDED) >= 0.5


@pytest.mark.parametrize(
    "other",
    [
        # the same start, then a claim of its own
        BASE[:-1] + ", and the governor warned that households should brace for two more years of rising prices.",
        # a negation
        "The central bank did not raise its main interest rate on Thursday, leaving it at 4%.",
        # same topic, another event
        "The central bank's governor will testify before parliament next week about the bank's independence.",
    ],
)
def test_a_different_statement_is_less_likely_a_paraphrase(other: str) -> None:
    """An added claim, a negation or another event all lower the probability below a rewording.

    (A changed number alone barely moves a lexical model; the number reason makes such items ``differ``.)
    """
    assert paraphrase_probability(BASE, other) < paraphrase_probability(BASE, REWORDED)
    assert paraphrase_probability(BASE, other) < 0.5


def test_empty_text_is_no_paraphrase() -> None:
    """Nothing paraphrases nothing."""
    assert paraphrase_probability("", BASE) == 0.0
    assert paraphrase_probability("   ", "  ") == 0.0


words = st.sampled_from(["troops", "Seoul", "said", "not", "12,000", "envoy", "the", "war", "Kim", "“", "”", "."])
texts = st.lists(words, min_size=0, max_size=14).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(texts, texts)
def test_probability_is_symmetric_and_bounded(a: str, b: str) -> None:
    """Swapping the passages never changes the probability, which stays between 0 and 1."""
    p = paraphrase_probability(a, b)
    assert p == paraphrase_probability(b, a)
    assert 0.0 <= p <= 1.0
    assert len(pair_features(a, b)) == len(FEATURE_NAMES)


@pytest.mark.skipif(shared_dir() is None, reason="the MSRP train split is in ../shared")
def test_the_written_model_is_the_fit_of_msrp_train() -> None:
    """Refitting on MSRP train reproduces core/align/paraphrase_model.py (nobody edited it by hand)."""
    from bench.fit_paraphrase import main

    assert main(["--check"]) == 0
