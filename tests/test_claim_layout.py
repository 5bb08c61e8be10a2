"""The claim list's layout helpers: text cut to a width in cells (wide characters too), columns that fit."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.claim_layout import MIN_TEXT, OUTLET_WIDTH, centred, claim_columns, cut

text = st.text(alphabet=st.sampled_from("ab c–—“”中文한국😀 "), max_size=60)


@given(text, st.integers(min_value=1, max_value=40))
def test_cut_fills_exactly_the_width_and_marks_a_cut(value: str, width: int) -> None:
    """Cut text is never wider than asked (at most one cell short, before a wide character) and ends with an
    ellipsis exactly when something was left out."""
    folded = " ".join(value.split())
    out = cut(value, width)
    assert width - 1 <= cell_len(out) <= max(width, 1)
    assert out.rstrip().endswith("…") == (cell_len(folded) > width)


@given(text, st.integers(min_value=3, max_value=20))
def test_centred_keeps_the_column_width(value: str, width: int) -> None:
    """A centred name fills its column (one cell short at most, before a wide character)."""
    assert width - 1 <= cell_len(centred(value, width)) <= width


@given(st.lists(text, min_size=2, max_size=10), st.integers(min_value=40, max_value=240), st.integers(0, 999))
def test_columns_fit_the_width_and_leave_room_for_the_text(names: list[str], width: int, groups: int) -> None:
    """Outlet columns are 3 to 16 cells; number, outlets and text add up to the width; text keeps its minimum
    whenever the outlets can shrink to make room."""
    columns = claim_columns(width, names, groups)
    assert OUTLET_WIDTH[0] <= columns.outlet <= OUTLET_WIDTH[1]
    assert columns.number + columns.count * columns.outlet + 1 + columns.text == max(width, columns.text_start + 1)
    if columns.outlet > OUTLET_WIDTH[0]:
        assert columns.text >= MIN_TEXT
