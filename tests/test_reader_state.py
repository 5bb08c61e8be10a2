"""ReaderState, the reader's pair and alignment: which items the keys stop at, where a new alignment lands."""

from __future__ import annotations

import pytest

from core.align.aligner import swap_sides
from core.models import Alignment
from tui.screens.reader_state import ReaderState


def test_nothing_to_stop_at_before_the_alignment(hand_pair: Alignment) -> None:
    """While the pair is being aligned, no key has an item to go to."""
    state = ReaderState(hand_pair.left, hand_pair.right)
    assert state.navigable("all") == []
    assert state.differences() == []
    assert state.position_of(0) is None
    assert state.landing(filter_name="all") is None


@pytest.mark.parametrize(
    ("filter_name", "items"),
    [
        ("all", [0, 1, 2, 3, 4, 5, 6]),
        ("differences", [2, 3, 4, 6]),
        ("agree", [0, 1, 5]),
        ("only left", [3, 6]),
        ("only right", [4]),
    ],
)
def test_the_filter_decides_the_stops(hand_pair: Alignment, filter_name: str, items: list[int]) -> None:
    state = ReaderState(hand_pair.left, hand_pair.right, alignment=hand_pair)
    assert state.navigable(filter_name) == items
    assert state.differences() == [2, 3, 4, 6]


def test_a_new_alignment_lands_on_the_first_item_the_filter_keeps(hand_pair: Alignment) -> None:
    state = ReaderState(hand_pair.left, hand_pair.right, alignment=hand_pair)
    assert state.landing(filter_name="all") == 0
    assert state.landing(filter_name="only right") == 4


def test_a_scrolled_reader_lands_where_they_were_reading(hand_pair: Alignment) -> None:
    """The first segment from the top of the scrolled pane that is in an item (the sign-up line is in none)."""
    state = ReaderState(hand_pair.left, hand_pair.right, alignment=hand_pair)
    assert state.landing(filter_name="all", reading=("right", ["s5", "s6"])) == 4
    assert state.landing(filter_name="all", reading=("left", ["s6", "s7"])) == 5


def test_a_swap_stays_on_the_same_passage(hand_pair: Alignment) -> None:
    """After ``s``, the item shown holds the passage that was current, now on the other side."""
    for index in range(len(hand_pair.items)):
        state = ReaderState(hand_pair.left, hand_pair.right, alignment=hand_pair)
        keep = state.position_of(index)
        assert keep is not None
        state.accept(swap_sides(hand_pair))
        assert (state.left, state.right) == (hand_pair.right, hand_pair.left)
        landed = state.landing(filter_name="all", keep=keep)
        assert state.alignment is not None
        assert landed is not None
        side, segment_id = keep
        assert segment_id in state.alignment.items[landed].ids("right" if side == "left" else "left")
