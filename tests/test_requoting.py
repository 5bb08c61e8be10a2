"""One statement quoted in other words: a word of a quotation one report changes is a difference; an editor's cut, a
spelling, a shorter piece or an added ``and`` is not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.align.aligner import align
from core.align.requoting import MAX_WORDS, requoted
from core.models import AlignedItem, Article
from tests.conftest import make_article


def article(*sentences: str) -> Article:
    """A one-paragraph article of body sentences."""
    return make_article([("body", sentence) for sentence in sentences], path="x")


def linked(left: str, right: str) -> AlignedItem:
    """The one linked item of two one-sentence articles."""
    items = [it for it in align(article(left), article(right)).items if it.left and it.right]
    assert len(items) == 1
    return items[0]


def test_a_quoted_word_one_report_changes_makes_the_item_differ_and_shows_both_quotations() -> None:
    item = linked(
        "“The harbour board failed us and they ruined the season,” the mayor of Calderport said on Monday.",
        "“The harbour board failed us, and it ruined the season, and I think it’s a disgrace,” the mayor said Monday.",
    )
    assert item.verdict == "differ"
    quote = next(r for r in item.reasons if r.kind == "quote")
    assert quote.left == ("The harbour board failed us and they ruined the season,",)
    assert quote.right == ("The harbour board failed us, and it ruined the season, and I think it’s a disgrace,",)
    assert "“The harbour board failed us and they ruined the season,”" in quote.describe("a.txt", "b.txt")


def test_a_verb_quoted_in_another_tense_is_a_difference() -> None:
    left, right = requoted(
        ["The council says it wants to run the port like it has run the ferries"],
        ["The council says it wants to run the port like it is running the ferries"],
    )
    assert left
    assert right


def test_the_same_words_with_other_punctuation_or_capitals_are_no_difference() -> None:
    item = linked(
        "“We will reopen the north pier before the summer,” the harbour master said.",
        "“We will reopen the North Pier before the summer” the harbour master told reporters.",
    )
    assert item.verdict == "agree"
    assert not any(r.kind == "quote" for r in item.reasons)


def test_a_shorter_piece_of_the_quotation_is_no_difference() -> None:
    assert requoted(
        ["the ferries will run again by June"],
        ["We are confident that the ferries will run again by June, whatever the weather does"],
    ) == ((), ())


def test_an_editors_cut_bracket_or_parenthesis_is_no_difference() -> None:
    full = "members of the board could be tempted to blame the port authority for ignoring the warnings"
    assert requoted([full], ["members [of the board] could be tempted to blame the port authority … the warnings"]) == (
        (),
        (),
    )
    assert requoted(
        ["and now it looks like (harbour chief Ivo) Marek is going to beat the whole council"],
        ["and now it looks like (the harbour chief) Marek is going to beat the whole council"],
    ) == ((), ())


def test_a_name_or_initials_spelled_two_ways_are_no_difference() -> None:
    assert requoted(
        ["it looks like al-Qaddafi is going to outlast the whole coalition"],
        ["it looks like Gadhafi is going to outlast the whole coalition"],
    ) == ((), ())
    assert requoted(
        ["he served as a member of the F.B.I. for nine long years"],
        ["he served as a member of the FBI for nine long years"],
    ) == ((), ())


def test_a_function_word_added_or_dropped_is_no_difference() -> None:
    assert requoted(
        ["the minister lied many times to the inquiry, nothing happened to her"],
        ["the minister lied many times to the inquiry, and nothing happened to her"],
    ) == ((), ())


def test_a_preposition_swapped_is_no_difference_but_a_pronoun_or_modal_is() -> None:
    assert requoted(
        ["the dredging has been destructive of the whole fabric of the harbour"],
        ["the dredging has been destructive to the whole fabric of the harbour"],
    ) == ((), ())
    assert requoted(
        ["so why do we want to feed the harbour board that story"],
        ["so why would we want to feed the harbour board that story"],
    ) != ((), ())


def test_two_statements_that_share_a_few_words_are_not_one_quoted_twice() -> None:
    assert requoted(
        ["We have an invasion of smugglers and traffickers coming into our harbour"],
        ["We are talking about an invasion of our harbour"],
    ) == ((), ())


def test_very_long_quotations_are_not_compared_word_by_word() -> None:
    words = [f"w{k}" for k in range(MAX_WORDS + 5)]
    changed = [*words[:50], "other", *words[51:]]
    assert requoted([" ".join(words)], [" ".join(changed)]) == ((), ())
    assert requoted([" ".join(words[:60])], [" ".join(changed[:60])]) != ((), ())


_WORDS = st.sampled_from(["the", "harbour", "board", "failed", "us", "and", "they", "it", "ruined", "season", "Marek"])
_QUOTE = st.lists(_WORDS, min_size=1, max_size=14).map(" ".join)


@given(st.lists(_QUOTE, max_size=3), st.lists(_QUOTE, max_size=3))
def test_swapping_the_sides_mirrors_what_is_found(left: list[str], right: list[str]) -> None:
    found_left, found_right = requoted(left, right)
    assert requoted(right, left) == (found_right, found_left)
