"""Stock formulas ("did not respond to a request for comment") carry no content: they never make a link."""

from __future__ import annotations

import pytest

from core.align.aligner import align
from core.align.formulas import formula_terms
from core.text.normalize import terms
from core.text.tokens import word_tokens
from tests.test_align import build


def content(text: str) -> list[str]:
    """The term norms of a passage once its formulas are gone."""
    tokens = word_tokens(text)
    return [t.norm for t in formula_terms(text, 0, tokens, terms(tokens))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The embassy did not respond to a request for comment.",
        "The embassy didn't immediately respond to repeated requests for comment.",
        "The embassy has not replied to emailed queries.",
        "The embassy declined to comment.",
        "The embassy could not be reached for comment.",
        "The embassy was not immediately available for comment.",
        "The embassy did not return calls seeking comment.",
    ],
)
def test_only_who_stayed_silent_is_left(sentence: str) -> None:
    assert content(sentence) == ["the", "embassy"]


def test_the_same_words_outside_a_formula_stay_content() -> None:
    assert "respond" in content("Varadia said it would respond in kind.")
    assert len(content("Her comments angered the minister.")) == 5  # every word kept
    assert "request" in content("The court rejected a request for bail.")


def test_two_different_people_declining_to_comment_do_not_link() -> None:
    left = build(
        [
            ["The ministry expelled two diplomats on Tuesday over a spy ring at the port."],
            ["The embassy did not respond to a request for comment."],
        ]
    )
    right = build(
        [
            ["Two diplomats were expelled on Tuesday over an alleged spy ring at the port."],
            ["The engineer's lawyer did not respond to a request for comment."],
        ]
    )
    result = align(left, right)
    linked = {(i, j) for item in result.items for i in item.left for j in item.right}
    assert ("s1", "s1") in linked
    assert ("s2", "s2") not in linked


def test_one_party_declining_to_comment_in_both_reports_still_links() -> None:
    left = build([["Stonehall declined to comment on its plans for the pension scheme."]])
    right = build([["Stonehall did not respond to a request for comment about the pension scheme."]])
    result = align(left, right)
    assert [(item.left, item.right) for item in result.items] == [(("s1",), ("s1",))]
