"""Items that share a topic but not a meaning say *what* differs: the content each side has and the other lacks."""

from __future__ import annotations

import re

from core.align.aligner import align, swap_sides
from core.align.settings import AlignSettings
from core.models import Article
from core.text.normalize import STOP_WORDS
from tests.conftest import make_article

STRICT = AlignSettings(agree_threshold=0.5)
"""The harbour pair (closed / would not reopen until inspected) is a plain agree at the default threshold; at even
odds it is an agree whose content reason says what each side adds."""


def _pair(left: list[str], right: list[str]) -> tuple[Article, Article]:
    return make_article([("body", s) for s in left]), make_article([("body", s) for s in right])


def test_a_linked_item_that_says_something_else_names_the_extra_content() -> None:
    """Same people and topic, worded apart with nothing told otherwise: an agree whose evidence quotes what each side
    adds (another claim alone is no differ: that takes another figure, quote, source, name, hedge or tense)."""
    left, right = _pair(
        ["The harbour authority closed the northern pier to ferries after storm damage to the moorings."],
        ["The harbour authority said the northern pier would not reopen until engineers had inspected every mooring."],
    )
    items = [i for i in align(left, right, settings=STRICT).items if i.left and i.right]
    assert len(items) == 1
    item = items[0]
    assert item.verdict == "agree"
    [reason] = item.reasons
    assert reason.kind == "content"
    assert any("closed" in phrase for phrase in reason.left)
    assert any("engineers" in phrase for phrase in reason.right)
    for phrase in reason.left:
        assert phrase in left.text
    for phrase in reason.right:
        assert phrase in right.text
    assert "Other content" in reason.describe("A", "B")


def test_a_rewording_agrees_and_carries_no_reason() -> None:
    """A paraphrase with the same facts is an agree with no reasons."""
    left, right = _pair(
        ["The harbour authority closed the northern pier to ferries on Monday after storm damage."],
        ["On Monday the harbour authority closed the northern pier to ferries following storm damage."],
    )
    [item] = [i for i in align(left, right).items if i.left and i.right]
    assert item.verdict == "agree"
    assert item.reasons == ()


def test_titles_are_not_content_evidence() -> None:
    """A title with a full stop (Mr., Sen.) is not offered as content one side adds."""
    left, right = _pair(
        ["Mr. Alvarez said the harbour authority closed the northern pier after storm damage to the moorings."],
        ["Alvarez said the harbour authority will keep the northern pier open despite storm damage to the moorings."],
    )
    for item in align(left, right).items:
        for reason in item.reasons:
            if reason.kind == "content":
                assert "Mr" not in reason.left


def test_a_month_that_ends_a_sentence_is_content_not_a_title() -> None:
    """``in early July.``: a month name with the sentence's full stop after it is no title like ``Gov.``; the phrase
    the reason quotes keeps it (``interview in early July``, not ``interview in early``)."""
    left, right = _pair(
        ["The harbour authority said the pier would close for repairs after its inspection in early July."],
        ["The harbour authority closed the northern pier to ferries after storm damage to the moorings."],
    )
    phrases = [
        phrase
        for item in align(left, right, settings=STRICT).items
        for reason in item.reasons
        if reason.kind == "content"
        for phrase in reason.left
    ]
    assert any(phrase.endswith("early July") for phrase in phrases)
    assert not any(phrase.endswith("early") for phrase in phrases)


def test_content_evidence_mirrors_when_the_articles_swap() -> None:
    """Swapping the articles swaps the evidence sides exactly."""
    left, right = _pair(
        ["The harbour authority closed the northern pier to ferries after storm damage to the moorings."],
        ["The harbour authority reopened the northern pier to ferries, ending weeks of disruption for commuters."],
    )
    forward, backward = align(left, right), align(right, left)
    assert swap_sides(forward).items == backward.items


def test_the_evidence_is_the_weightiest_few_phrases_in_reading_order() -> None:
    """With more unshared content than fits, the heaviest phrases are shown, still in the order they are written."""
    left, right = _pair(
        [
            "Officially, the harbour authority closed the northern pier, blaming hurricane storm damage, overnight"
            " flooding, loose moorings and rust."
        ],
        ["The harbour authority closed the northern pier to ferries on Monday."],
    )
    [item] = [i for i in align(left, right).items if i.left and i.right]
    [reason] = [r for r in item.reasons if r.kind == "content"]
    assert len(reason.left) == 4
    assert {"blaming hurricane storm damage", "overnight flooding", "loose moorings"} <= set(reason.left)
    assert "rust" not in reason.left  # one word: lighter than the phrases, and written last
    positions = [left.text.index(phrase) for phrase in reason.left]
    assert positions == sorted(positions)


def test_a_dateline_is_not_content() -> None:
    """``WASHINGTON —`` opening one report's sentence is where it was filed, not something it says."""
    left, right = _pair(
        ["WASHINGTON — The harbour authority closed the northern pier after storm damage to the moorings."],
        ["The harbour authority said the northern pier would not reopen until engineers had inspected every mooring."],
    )
    [item] = [i for i in align(left, right, settings=STRICT).items if i.left and i.right]
    [reason] = [r for r in item.reasons if r.kind == "content"]
    assert not any("WASHINGTON" in phrase for phrase in reason.left)
    assert any("closed" in phrase for phrase in reason.left)


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[\w']+", text) if w.casefold() not in STOP_WORDS}


def test_words_both_headlines_have_are_never_listed_as_one_sided() -> None:
    """Two headlines that share 'Workers' and 'to End Ferry Strike' but word the rest apart: the evidence quotes only
    what each side has and the other lacks, however short that leaves a phrase."""
    left = make_article(
        [
            ("title", "Harbour Workers’ Vote to End Ferry Strike Angers Some on the Coast"),
            ("body", "The harbour board voted on Monday to end the ferry strike after two weeks of talks."),
        ]
    )
    right = make_article(
        [
            ("title", "Dock Workers Fume at Chairman Tom Reyes After Deal to End Ferry Strike"),
            ("body", "The harbour board voted on Monday to end the ferry strike after two weeks of talks."),
        ]
    )
    [title] = [i for i in align(left, right).items if i.kind == "title"]
    [reason] = [r for r in title.reasons if r.kind == "content"]
    assert reason.left
    assert reason.right
    for mine, theirs in ((reason.left, right.title or ""), (reason.right, left.title or "")):
        for phrase in mine:
            assert not _words(phrase) & _words(theirs), phrase


def test_a_name_told_more_fully_is_not_content() -> None:
    """'Harbour Master Tomas Alvarez' on one side and 'Alvarez' on the other name one man: neither his first name nor
    his title is content the side adds."""
    left, right = _pair(
        ["Harbour Master Tomas Alvarez closed the northern pier to ferries after storm damage to the moorings."],
        ["Alvarez said the northern pier would not reopen until engineers had inspected every mooring."],
    )
    [item] = [i for i in align(left, right, settings=STRICT).items if i.left and i.right]
    [reason] = [r for r in item.reasons if r.kind == "content"]
    assert any("closed" in phrase for phrase in reason.left)
    assert not any({"Tomas", "Master", "Harbour"} & set(phrase.split()) for phrase in reason.left)


def test_a_headline_s_fuller_name_is_not_content() -> None:
    """'Veteran Skipper Tomas Alvarez Resigns' against 'Alvarez quits': in headline case only the article tells names
    apart, and it writes 'said Tomas Alvarez'; the first name is no content, 'Veteran Skipper' and 'Resigns' are."""
    left = make_article(
        [
            ("title", "Alvarez quits harbour board after ferry strike"),
            ("body", "The harbour master quit on Monday after the ferry strike, said Tomas Alvarez in a statement."),
        ]
    )
    right = make_article(
        [
            ("title", "Veteran Skipper Tomas Alvarez Resigns From Harbour Board Over Ferry Strike"),
            ("body", "The harbour master quit on Monday after the ferry strike, said Tomas Alvarez in a statement."),
        ]
    )
    [title] = [i for i in align(left, right, settings=AlignSettings(agree_threshold=0.9)).items if i.kind == "title"]
    [reason] = [r for r in title.reasons if r.kind == "content"]
    assert "Resigns" in reason.right
    assert not any("Tomas" in phrase for phrase in reason.right)
