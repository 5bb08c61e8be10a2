"""Two people quoted with similar words are two statements; one source described two ways is one."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from core.align.aligner import align
from core.align.speakers import _written
from tests.test_align import build


def linked(left_paragraphs: list[list[str]], right_paragraphs: list[list[str]]) -> set[tuple[str, str]]:
    """The (left text, right text) pairs of the linked items."""
    left, right = build(left_paragraphs), build(right_paragraphs)
    result = align(left, right)
    return {
        (left.segment(i).text, right.segment(j).text) for item in result.items for i in item.left for j in item.right
    }


HEAT_LEFT = "The province recorded its hottest day on Sunday as the drought deepened across the south."
HEAT_RIGHT = "The south recorded its hottest day on Sunday, and the drought deepened across the province."


def test_two_named_people_with_similar_words_stay_apart() -> None:
    left = '"This is not a summer heatwave any more, it is a condition we have to plan for," Delsanto said.'
    right = '"This is not something we can fix in one summer, we have to plan for years," Falcone said.'
    pairs = linked([[HEAT_LEFT], [left]], [[HEAT_RIGHT], [right]])
    assert (HEAT_LEFT, HEAT_RIGHT) in pairs
    assert (left, right) not in pairs


def test_she_said_speaks_for_the_source_named_just_before() -> None:
    before = 'Chief Superintendent Maren Holt said she understood "the concern in the community".'
    quote = '"Every use of force by my officers is scrutinised, and this will be no exception," she said.'
    other = 'Local councillor Imran Sethi said every use of force in the town "must be scrutinised in the open".'
    pairs = linked([[HEAT_LEFT], [before, quote]], [[HEAT_RIGHT], [other]])
    assert (quote, other) not in pairs


def test_the_same_source_described_two_ways_still_links() -> None:
    left = [
        'The Clarion’s editor, Graham Tolley, said the paper was "disappointed".',
        '"We stand by our journalism and will study the judgment carefully," Tolley said.',
    ]
    right = [
        'The Clarion said it was "disappointed" with the ruling.',
        '"We stand by our reporting and will be looking closely at the judgment," a spokesperson for the paper said.',
    ]
    pairs = linked([[HEAT_LEFT], left], [[HEAT_RIGHT], right])
    assert (left[1], right[1]) in pairs


def test_a_role_is_no_name_to_keep_apart() -> None:
    left = '"We will never give up our land, whatever the cost," Zelensky said on Monday night.'
    right = '"We will never give up our land, whatever the cost," the Ukrainian president said.'
    assert (left, right) in linked([[HEAT_LEFT], [left]], [[HEAT_RIGHT], [right]])


def test_a_role_with_its_name_after_the_verb_is_a_named_source() -> None:
    """'"…," said the Liberty Party chair, Helen Marsh' is Marsh speaking, not the winner quoted just before."""
    before = 'Grace Okafor said she would "get straight to work" on housing.'
    quote = '"Every vote counted tonight, and I will represent every one of those voters," she said.'
    other = '"Every vote counted tonight," said the Liberty Party chair, Helen Marsh, who urged patience.'
    pairs = linked([[HEAT_LEFT], [before, quote]], [[HEAT_RIGHT], [other]])
    assert (HEAT_LEFT, HEAT_RIGHT) in pairs
    assert (quote, other) not in pairs


@settings(max_examples=300, deadline=None)
@given(
    word=st.text(alphabet="abcİi̇'’-.é", min_size=1, max_size=4),
    text=st.text(alphabet="abcİi̇'’-. é,\n", max_size=40),
)
def test_a_word_written_in_the_text_is_found_as_a_whole_word(word: str, text: str) -> None:
    """The set of an article's words answers as the whole-word search it stands in for."""
    pattern = rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])"
    assert _written(word, text) == (re.search(pattern, text) is not None)
