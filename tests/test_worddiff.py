"""The word-level diff inside an item: what a pane highlights."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from core.align.worddiff import word_diff
from core.text.tokens import word_tokens


def test_a_changed_word_is_a_replace_at_its_place_in_each_text() -> None:
    """'12,000 special forces' vs '12,000 soldiers': the number is equal, the nouns are replaced."""
    left, right = "about 12,000 special forces.", "totaling 12,000 soldiers."
    ops = word_diff(word_tokens(left), word_tokens(right))
    spans = [(op.tag, left[op.left_start : op.left_end], right[op.right_start : op.right_end]) for op in ops]
    assert ("equal", "12,000", "12,000") in spans
    assert ("replace", "special forces", "soldiers") in spans


def test_case_and_typographic_quotes_are_not_differences() -> None:
    """Korea’s and korea's are the same word."""
    ops = word_diff(word_tokens("North Korea’s troops"), word_tokens("north korea's troops"))
    assert [op.tag for op in ops] == ["equal"]


def test_offsets_are_absolute() -> None:
    """Token offsets carry the segment's place in the article, and so do the diff spans."""
    ops = word_diff(word_tokens("alpha beta", 100), word_tokens("alpha gamma", 7))
    assert (ops[0].left_start, ops[0].right_start) == (100, 7)


words = st.lists(st.sampled_from(["army", "troops", "Seoul", "12,000", "said", "the", "Kremlin"]), max_size=12)


@given(words, words)
def test_operations_cover_both_sides_contiguously(a: list[str], b: list[str]) -> None:
    """As with difflib opcodes: in order, contiguous, equal spans hold equal words, whole sides covered."""
    left, right = " ".join(a), " ".join(b)
    lt, rt = word_tokens(left), word_tokens(right)
    ops = word_diff(lt, rt)
    if not lt or not rt:
        assert ops == ()
        return
    assert ops[0].left_start == lt[0].start
    assert ops[0].right_start == rt[0].start
    assert ops[-1].left_end == lt[-1].end
    assert ops[-1].right_end == rt[-1].end
    for before, after in itertools.pairwise(ops):
        assert before.left_end <= after.left_start
        assert before.right_end <= after.right_start
        assert left[before.left_end : after.left_start].strip() == ""
        assert right[before.right_end : after.right_start].strip() == ""
    for op in ops:
        if op.tag == "equal":
            assert left[op.left_start : op.left_end].casefold() == right[op.right_start : op.right_end].casefold()
        if op.tag == "insert":
            assert op.left_start == op.left_end
        if op.tag == "delete":
            assert op.right_start == op.right_end


def test_a_change_never_covers_the_text_between_two_far_apart_segments() -> None:
    """An item whose right side is two sentences far apart: no operation spans the text between them."""
    text = "Freedom for all, she said. Unrelated filler sits here in between. Freedom for everyone, he said."
    first, second = (0, 26), (text.index("Freedom for everyone"), len(text))
    right = word_tokens(text[: first[1]]) + word_tokens(text[second[0] :], second[0])
    left = word_tokens("Their father said freedom means freedom for everyone")
    ops = word_diff(left, right, right_spans=(first, second))
    for op in ops:
        if op.right_start < op.right_end:
            assert op.right_end <= first[1] or op.right_start >= second[0]
    covered = [(op.right_start, op.right_end) for op in ops if op.right_start < op.right_end]
    assert covered[0][0] == 0
    assert covered[-1][1] == second[1] - 1  # the final full stop is punctuation, not a token
