"""The passage similarity: shared informative content links passages, shared function words do not."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from core.align.aliases import (
    _rounds_to,
    acronyms,
    appositions,
    approximate_numbers,
    bag_of,
    hyphen_compounds,
    shared_acronyms,
    variant_map,
)
from core.align.aligner import align
from core.align.settings import AlignSettings
from core.align.similarity import _postings, bag_similarity, score_all, term_weights, text_similarity
from core.text.normalize import stem
from tests.test_align import build

DEFAULTS = AlignSettings()


def test_identical_passages_score_one_and_unrelated_ones_zero() -> None:
    """The scale runs from 0 (nothing in common) to 1 (the same content)."""
    text = "Seoul summoned the Russian ambassador over troop deployments."
    assert text_similarity(text, text) == 1.0
    assert text_similarity(text, "Apple shares rose in Tokyo trading.") == 0.0


def test_function_words_alone_do_not_link() -> None:
    """Two sentences sharing only 'said', 'the', 'that', 'it' stay far below the link threshold."""
    score = text_similarity("He said that it was in the city.", "She said that it was in the harbour.")
    assert score < DEFAULTS.link_threshold


def test_a_paraphrase_with_shared_names_and_numbers_links() -> None:
    """Reworded reports of one fact score above the link threshold."""
    score = text_similarity(
        "North Korea planned to send about 12,000 special forces to support Russia.",
        "North Korea will deploy 12,000 soldiers, including special forces, to help Russia.",
    )
    assert score >= DEFAULTS.link_threshold


def test_shared_rare_name_weighs_more_than_shared_common_word() -> None:
    """Sharing a rare name counts more than sharing a word every passage has."""
    bags = [frozenset({"kremlin", "troop"}), frozenset({"troop", "deny"}), frozenset({"troop", "war"})]
    weights = term_weights(bags, {"kremlin": "name"}, DEFAULTS)
    assert weights["kremlin"] > weights["troop"]
    name_pair = bag_similarity(frozenset({"kremlin", "a1"}), frozenset({"kremlin", "b1"}), weights, DEFAULTS)
    word_pair = bag_similarity(frozenset({"troop", "a1"}), frozenset({"troop", "b1"}), weights, DEFAULTS)
    assert name_pair > word_pair


def test_acronyms_defined_in_the_article_are_resolved() -> None:
    """'National Intelligence Service (NIS)' makes 'NIS' stand for the full name."""
    found = acronyms(["South Korea's National Intelligence Service (NIS) said.", "The NIS added."])
    assert found["nis"] == tuple(stem(w) for w in ("national", "intelligence", "service"))


def test_words_in_parentheses_that_are_not_initials_are_not_acronyms() -> None:
    """Only letters matching the initials make an acronym."""
    assert acronyms(["The Foreign Ministry (Seoul) said."]) == {}


def test_an_acronym_one_report_uses_resolves_to_the_name_the_other_spells_out() -> None:
    """'the RNC' in one report, 'the Republican National Committee' in the other: one organisation."""
    found = shared_acronyms(
        ["Steele, who chairs the RNC, apologised on Friday."],
        ["The Republican National Committee chairman, Michael Steele, apologised."],
    )
    assert found == [(frozenset({"rnc"}), frozenset(stem(w) for w in ("republican", "national", "committee")))]


def test_cross_article_acronyms_need_three_letters_one_spelling_and_lower_case_text() -> None:
    """'DC' is no guess at Dick Cheney; two names with the initials are no guess either; a headline in capitals
    is no acronym."""
    assert shared_acronyms(["He flew to DC on Monday."], ["Dick Cheney spoke on Monday."]) == []
    two = ["The National Security Council and the Nordic Shipping Company met."]
    assert shared_acronyms(["The NSC said nothing."], two) == []
    assert shared_acronyms(["STEELE TO STAY AT RNC"], ["The Republican National Committee met."]) == []


def test_an_acronym_both_reports_use_needs_no_crossing() -> None:
    """When both write 'NATO' the shared term already links them."""
    assert shared_acronyms(["NATO allies met."], ["NATO, the North Atlantic Treaty Organization, met."]) == []


def test_spelling_variants_merge_the_same_way_from_either_side() -> None:
    """Zelenskyy ~ Zelensky, whichever article spells it which way; short words never merge."""
    forward = variant_map(["zelenskyy", "war"], ["zelensky", "was"], 0.88)
    backward = variant_map(["zelensky", "was"], ["zelenskyy", "war"], 0.88)
    assert forward == backward == {"zelenskyy": "zelensky", "zelensky": "zelensky"}


words = st.sampled_from(
    ["kremlin", "seoul", "troop", "deny", "war", "army", "12000", "border", "talks", "minister", "the", "of"]
)
bags = st.lists(st.frozensets(words, min_size=1, max_size=5), min_size=1, max_size=6)


@settings(max_examples=60, deadline=None)
@given(bags, bags, st.sampled_from([1.0, 4.0, 4_000_000.0]))
def test_the_pair_table_agrees_with_pairwise_scoring(
    left: list[frozenset[str]], right: list[frozenset[str]], budget: float
) -> None:
    """Every candidate's score equals the pairwise score, also when blocking on rare terms (small budget)."""
    config = replace(DEFAULTS, max_pair_work=budget)
    weights = term_weights([*left, *right], {}, config)
    table = score_all(left, right, weights, config, quiet=frozenset({"the", "of"}))
    for i, j, score in zip(table.i, table.j, table.score, strict=True):
        assert np.isclose(score, bag_similarity(left[i], right[j], weights, config), atol=1e-5)
    if budget == 4_000_000.0:  # no blocking: every pair that shares a term is a candidate
        expected = {(i, j) for i, a in enumerate(left) for j, b in enumerate(right) if a & b - {"the", "of"}}
        assert set(zip(table.i.tolist(), table.j.tolist(), strict=True)) == expected


name_words = st.sampled_from(["Republican", "National", "Committee", "Cyber", "Security", "Centre", "Nordic", "Steele"])
acronym_words = st.sampled_from(["RNC", "NCSC", "NSC", "CSC", "NATO", "RNCs", "the", "said", "STEELE"])
passages = st.lists(
    st.lists(st.one_of(name_words, acronym_words), min_size=1, max_size=8).map(" ".join), min_size=1, max_size=4
)


@settings(max_examples=80, deadline=None)
@given(passages, passages)
def test_cross_article_acronyms_do_not_depend_on_which_article_is_which(left: list[str], right: list[str]) -> None:
    """Swapping the articles finds the same acronyms; each stands for capitalised words of the other report."""
    found = shared_acronyms(left, right)
    assert found == shared_acronyms(right, left)
    for short, expansion in found:
        assert len(short) == 1
        assert len(next(iter(short))) >= 3
        assert expansion
        assert not short & expansion


def test_descriptions_set_off_by_commas_name_the_same_person() -> None:
    """'the Kremlin spokesperson, Dmitry Peskov,' makes either form bring the other into a passage's bag."""
    found = appositions(
        [
            "Asked on Monday, the Kremlin spokesperson, Dmitry Peskov, said little.",
            "Ihor Solovey, the head of the centre, told reporters.",
            "South Korea, the US and Japan, met.",  # a list, not a description
        ]
    )
    names = [other for _one, other in found]
    assert frozenset({"dmitry", "peskov"}) in names
    assert frozenset({"ihor", "solovey"}) in names
    assert not any("japan" in one | other for one, other in found)
    assert {"kremlin", stem("spokesperson")} <= bag_of(["peskov", "deny"], found)
    assert "peskov" in bag_of(["kremlin", stem("spokesperson"), "deny"], found)


def test_news_synonyms_raise_similarity() -> None:
    """``the spy agency`` and ``the intelligence agency`` are one thing; ``injured`` and ``hurt`` too."""
    assert text_similarity("The spy agency warned of attacks", "The intelligence agency warned of attacks") == 1.0
    assert text_similarity("Thirty people were injured", "Thirty people were hurt") == 1.0
    assert text_similarity("Thirty people were injured", "Thirty people were fed") < 1.0
    spy = "The spy agency said Pyongyang sent troops"
    assert text_similarity(spy, "The intelligence service said Pyongyang sent troops") > text_similarity(
        spy, "The postal service said Pyongyang sent troops"
    )


def test_court_disaster_and_economy_words_meet_their_synonyms() -> None:
    """Reports of one trial, flood or rate decision use different words for one thing."""
    same = [
        ("Menz resigned weeks later", "Menz stepped down weeks later"),
        ("His lawyer said he would appeal", "His legal team said he would appeal"),
        ("Officials evacuated 9,200 residents", "9,200 residents left their homes"),
        ("Economists had expected a cut", "Analysts had expected a cut"),
        ("Forecasters expect more rain on Tuesday", "Meteorologists expect more rainfall on Tuesday"),
        ("Dozens of people are missing", "Dozens of people are unaccounted for"),
        ("The jury convicted the former minister", "The jury found the former minister guilty"),
        ("The train derailed near Ostley", "The train came off the rails near Ostley"),
        ("The train derailed near Ostley", "The train left the tracks near Ostley"),
        ("Thirty passengers were injured", "Thirty passengers were hurt"),
        ("Firefighters freed those trapped", "Fire service crews freed those trapped"),
        ("Hackers stole the data", "Cybercriminals stole the data"),
        ("The pension overhaul passed", "The pension reform passed"),
        ("Shares in Tellaro fell sharply", "Shares in Tellaro dropped sharply"),
    ]
    for one, other in same:
        assert text_similarity(one, other) > text_similarity(one, "Bakers sold fresh bread on Tuesday") + 0.3
    assert text_similarity("Menz resigned weeks later", "Menz stepped down weeks later") > text_similarity(
        "Menz resigned weeks later", "Menz travelled weeks later"
    )
    assert text_similarity("A deal was signed", "The accord was signed") < 1.0  # left out on purpose


def test_a_seat_of_government_stands_for_its_country() -> None:
    """``the White House`` meets ``the U.S.``, ``Seoul`` meets ``South Korea`` and ``the Kremlin`` meets ``Russia``."""
    assert text_similarity("The White House did not confirm the report", "The U.S. did not confirm the report") > (
        text_similarity("The Burger House did not confirm the report", "The U.S. did not confirm the report")
    )
    assert text_similarity("Seoul protested", "South Korea protested") > text_similarity(
        "Sydney protested", "South Korea protested"
    )
    assert text_similarity("The Kremlin denied it", "Russia denied it") > text_similarity(
        "The Kremlin denied it", "Ukraine denied it"
    )


def test_unrelated_words_share_nothing_through_the_lexicon() -> None:
    """The lexicon folds only listed near-synonyms: unrelated passages stay unrelated."""
    assert text_similarity("Troops crossed the river", "Bakers sold fresh bread") == 0.0
    assert text_similarity("Paris hosted the summit", "Germany hosted the summit") < text_similarity(
        "Paris hosted the summit", "France hosted the summit"
    )
    assert bag_of(["whit"], []) == frozenset({"whit"})  # one word of a two-word seat brings no country


def test_a_round_figure_stands_for_the_precise_one_it_rounds_to() -> None:
    """``$15 million`` in one report is ``$14,959,450`` in the other; ``9,200`` and ``11,000`` stay two counts."""
    forward = approximate_numbers(["14959450", "9200", "840"], ["15000000", "11000", "800"])
    assert forward == {"14959450": "15000000"}
    assert approximate_numbers(["15000000", "11000", "800"], ["14959450", "9200", "840"]) == forward
    assert approximate_numbers(["6800000000"], ["7000000000"]) == {"6800000000": "7000000000"}
    assert approximate_numbers(["14959450"], ["14959450", "15000000"]) == {}  # both figures written: not a rounding


def _roundings_by_search(left: list[str], right: list[str]) -> dict[str, str]:
    """:func:`approximate_numbers` as it was first written: every figure tried against every round one."""
    lset, rset = set(left), set(right)
    mapping: dict[str, str] = {}
    for own, other in ((lset, rset), (rset, lset)):
        rounds = sorted((float(t), t) for t in other - own)
        for term in sorted(own - other):
            found = [text for value, text in rounds if _rounds_to(float(term), value)]
            if term not in mapping and found:
                mapping[term] = found[0]
    return mapping


FIGURE = st.one_of(
    st.integers(1, 10**12).map(str),
    st.tuples(st.integers(1, 99), st.integers(0, 12)).map(lambda p: str(p[0] * 10 ** p[1])),
    st.tuples(st.integers(0, 99999), st.integers(0, 99)).map(lambda p: f"{p[0]}.{p[1]}"),
)


@given(st.lists(FIGURE, max_size=8), st.lists(FIGURE, max_size=8))
def test_round_figures_are_found_as_a_search_of_every_pair_would_find_them(left: list[str], right: list[str]) -> None:
    """The map is built from each figure's few possible roundings (work in proportion to the figures, where ten
    thousand figures a side once took half a minute) and equals the search of every pair."""
    assert approximate_numbers(left, right) == _roundings_by_search(left, right)


def test_an_approximate_amount_links_two_passages_as_the_exact_one_would() -> None:
    """Passages that share little but an amount, one rounded, are as alike as with the same figure."""
    left = build([["Sidwell raised $14,959,450 for Marlow."]], path="left")
    rounded = build([["Donors gave about $15 million to Marlow."]], path="right")
    exact = build([["Donors gave about $14,959,450 to Marlow."]], path="right")
    [item] = [it for it in align(left, rounded).items if it.left and it.right]
    [same] = [it for it in align(left, exact).items if it.left and it.right]
    assert item.score == same.score


def test_a_hyphenated_word_meets_its_closed_spelling() -> None:
    """``fund-raisers`` in one report and ``fundraisers`` in the other are one word to the similarity."""
    assert hyphen_compounds([("fund-raisers", ["fund", "raiser"]), ("e-mail", ["mail"])]) == {
        "fundraiser": ("fund", "raiser")
    }
    left = build([["Two of his fund-raisers were charged in Ohio."]], path="left")
    closed = build([["Two fundraisers were charged, prosecutors in Ohio said."]], path="right")
    hyphened = build([["Two fund-raisers were charged, prosecutors in Ohio said."]], path="right")
    [item] = [it for it in align(left, closed).items if it.left and it.right]
    [same] = [it for it in align(left, hyphened).items if it.left and it.right]
    assert item.score == same.score


@given(st.lists(st.frozensets(st.sampled_from(["kyiv", "strike", "drone", "the", "said", "mayor", "x"]), max_size=5)))
def test_postings_list_every_shared_term_of_every_passage_in_order(bags: list[frozenset[str]]) -> None:
    """(passage, term id) for each term a passage holds that is in the shared index, passage by passage."""
    ids = {"kyiv": 0, "drone": 1, "mayor": 2, "the": 3}
    sent, term = _postings(bags, ids)
    expected = [(index, ids[t]) for index, bag in enumerate(bags) for t in bag if t in ids]
    assert list(zip(sent.tolist(), term.tolist(), strict=True)) == expected
    assert sent.dtype == term.dtype == np.int64
