"""Normalising words and numbers: what two reports must share to count as saying the same thing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.text.folding import fold_for_comparison
from core.text.normalize import stem, terms
from core.text.tokens import word_tokens


def norms(text: str, *, kinds: tuple[str, ...] = ("word", "name", "number", "date")) -> list[str]:
    """The term norms of ``text`` of the given kinds."""
    return [t.norm for t in terms(word_tokens(text)) if t.kind in kinds]


def test_fold_unifies_unicode_quotes_space_and_case() -> None:
    """Typographic quotes, odd spaces and case do not make two snippets different."""
    assert fold_for_comparison("“North  Korea’s”\u00a0TROOPS\n") == '"north korea\'s" troops'


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("deployed", "deploy"),
        ("denies", "denied"),
        ("mobilising", "mobilizing"),
        ("troops", "troop"),
        ("summons", "summoned"),
        ("confirmation", "confirmed"),
    ],
)
def test_stem_joins_inflections(a: str, b: str) -> None:
    """Inflected and derived forms of a word share a stem."""
    assert stem(a) == stem(b)


def test_numbers_written_differently_are_one_number() -> None:
    """12,000 = 12000; 1.5 million = 1,500,000; four = 4."""
    assert norms("12,000 troops")[0] == norms("12000 troops")[0] == "12000"
    assert norms("1.5 million people")[0] == norms("1,500,000 people")[0] == "1500000"
    assert norms("four brigades")[0] == "4"


@pytest.mark.parametrize(
    ("glued", "spelled"),
    [("€38bn in assets", "38 billion euros in assets"), ("a £4m grant", "a 4 million pound grant"),
     ("$1.2bn deal", "1.2 billion dollar deal"), ("a $40k salary", "a 40,000 dollar salary")],
)  # fmt: skip
def test_amounts_with_a_glued_scale_are_the_spelled_amount(glued: str, spelled: str) -> None:
    """€38bn = 38 billion euros; a currency sign is not part of the number."""
    assert norms(glued, kinds=("number",)) == norms(spelled, kinds=("number",))


def test_a_currency_sign_says_its_currency() -> None:
    """€3.4bn names euros as '3.4 billion euros' does: the sign gives the word."""
    assert norms("a €3.4bn deal", kinds=("word",)) == norms("a 3.4 billion euros deal", kinds=("word",))


def test_a_glued_m_is_a_million_only_as_money() -> None:
    """£4m is four million pounds, but a 4m wall is four metres high; $2024 is an amount, not a year."""
    assert norms("a £4m grant", kinds=("number",)) == ["4000000"]
    assert norms("a 4m wall", kinds=("number",)) == ["4m"]
    assert norms("it cost $2024", kinds=("number",)) == ["2024"]


def test_a_number_beside_a_month_is_a_date() -> None:
    """Days and years are dates, not quantities (they never count as a differing number)."""
    kinds = {t.norm: t.kind for t in terms(word_tokens("On Oct. 21, 2024 it sent 1,500 troops"))}
    assert kinds["21"] == "date"
    assert kinds["2024"] == "date"
    assert kinds["1500"] == "number"


def test_a_time_of_day_is_a_date() -> None:
    """4.40am, 11pm and 6 pm are times of day, like 12:14: never a quantity (nor a unit-bearing 'number')."""
    kinds = {t.norm: t.kind for t in terms(word_tokens("It struck at 4.40am, sank by 11pm and at 6 pm 23 crew left"))}
    assert kinds["4.40am"] == "date"
    assert kinds["11pm"] == "date"
    assert kinds["6"] == "date"
    assert kinds["23"] == "number"


def test_function_words_and_reporting_verbs_are_marked_stop() -> None:
    """'the', 'said' carry no content."""
    found = {t.norm: t.kind for t in terms(word_tokens("The minister said the army left"))}
    assert found["the"] == "stop"
    assert found["said"] == "stop"
    assert found[stem("minister")] == "name" or found[stem("minister")] == "word"


def test_abbreviations_are_spelled_out() -> None:
    """U.S. meets United States."""
    assert set(norms("the U.S. said")) == set(norms("the United States said"))


def test_capitalised_words_inside_a_sentence_are_names() -> None:
    """A capital mid-sentence marks a name; the first word of a sentence is not one."""
    found = terms(word_tokens("Officials met Dmitry Peskov"))
    assert [t.kind for t in found] == ["word", "word", "name", "name"]


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    """Folding twice changes nothing more."""
    assert fold_for_comparison(fold_for_comparison(text)) == fold_for_comparison(text)


@given(st.text())
def test_tokens_point_into_the_text(text: str) -> None:
    """Every token's offsets slice its own text out of the source, and terms point at real tokens."""
    tokens = word_tokens(text)
    for token in tokens:
        assert text[token.start : token.end] == token.text
    for term in terms(tokens):
        assert 0 <= term.token < term.end_token <= len(tokens)


def test_slashed_and_clock_numbers_are_one_token_and_not_quantities() -> None:
    """9/11 and 12:14 stay whole and are not quantities (so they never count as a differing number)."""
    found = terms(word_tokens("the 9/11 bill passed at 12:14"))
    assert [(t.norm, t.kind) for t in found if t.kind != "stop"][:1] == [("9/11", "date")]
    assert ("12:14", "date") in [(t.norm, t.kind) for t in found]
    prefixed = terms(word_tokens("the city's post-9/11 rebuilding effort; Covid-19 cases"))
    assert ("9/11", "date") in [(t.norm, t.kind) for t in prefixed]  # not "post-9" and a figure "11"
    assert not [t for t in prefixed if t.kind == "number"]


def test_a_stem_never_collides_with_a_function_word() -> None:
    """'noted' does not become 'not' (which would make it a function word)."""
    found = terms(word_tokens("She noted it"))
    assert [(t.norm, t.kind) for t in found if t.kind != "stop"] == [("noted", "word")]


@pytest.mark.parametrize(
    ("written", "norm"),
    [("I'm", None), ("they’ll", "they"), ("won't", "will"), ("can't", "can"), ("isn't", "is"), ("she'd", "she")],
)
def test_contractions_are_function_words_not_content(written: str, norm: str | None) -> None:
    """``I'm``, ``won't``, ``she'd`` never become content terms (``im``, ``wont``, ``shed``) that link passages."""
    found = terms(word_tokens(written))
    assert all(t.kind == "stop" for t in found)
    assert [t.norm for t in found] == ([norm] if norm else [])


def test_names_with_apostrophes_stay_names() -> None:
    """O'Brien is a name; a possessive drops its ending."""
    found = {(t.norm, t.kind) for t in terms(word_tokens("Then O'Brien met Obama's envoy."))}
    assert ("obrien", "name") in found
    assert ("obama", "name") in found


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Sen. Mike Enzi spoke", "Senator Mike Enzi spoke"),
        ("Missouri Rep. Todd Akin", "Missouri Representative Todd Akin"),
        ("an Okla. man was charged", "an Oklahoma man was charged"),
        ("in Tampa, Fla., next week", "in Tampa, Florida, next week"),
        ("said Dr Sanna Holm", "said Dr. Sanna Holm"),
        ("Lt. Gen. Kim", "Lieutenant General Kim"),
    ],
)
def test_titles_and_wire_style_states_are_spelled_out(short: str, full: str) -> None:
    assert norms(short) == norms(full)


@pytest.mark.parametrize("text", ["He fell ill. Then", "Wash the car", "a gen of phones", "Miss Marple"])
def test_everyday_words_that_look_like_abbreviations_stay_words(text: str) -> None:
    assert not {"illinois", "washington", "general", "mississippi"} & {t.norm for t in terms(word_tokens(text))}


def test_an_abbreviation_keeps_its_stop_as_one_token() -> None:
    assert [t.text for t in word_tokens("Rep. Akin and Prep. work")] == ["Rep.", "Akin", "and", "Prep", "work"]


def test_number_words_inside_a_compound_are_quantities() -> None:
    assert norms("a three-year term") == norms("a 3 year term")
    assert norms("twenty-five people") == norms("25 people")
    assert "1" not in norms("a one-off payment")  # an idiom, not a count


@pytest.mark.parametrize("written", ["3.25%", "3.25 per cent", "3.25 percent", "3.25pc"])
def test_a_percentage_is_one_figure_however_written(written: str) -> None:
    assert norms(f"the rate fell to {written} on Thursday") == norms("the rate fell to 3.25 percent on Thursday")


def test_per_alone_stays_a_function_word() -> None:
    assert "percent" not in norms("spending per capita")
