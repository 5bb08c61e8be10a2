"""The reader's pure helpers: safe text, offsets, wrapping, layout, search and status text."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from core.models import Alignment
from tests.conftest import make_article
from tui.layout import MARKER_SPACE, build_blocks, segment_verdicts, wrap_blocks
from tui.navigation import step
from tui.render import (
    VERDICT_SYMBOLS,
    changed_spans,
    fold_offsets,
    neutralize,
    safe_text,
    side_text,
    wrap_spans,
)
from tui.search import find_matches
from tui.widgets.pane_header import header_text
from tui.widgets.status_line import StatusFigures, status_text


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("plain words", "plain words"),
        ("\x1b[31mred\x1b[0m", "␛[31mred␛[0m"),
        ("bell\x07", "bell␇"),
        ("tab\there", "tab here"),
        ("del\x7f", "del␡"),
        ("csi\x9b2J", "csi\ufffd2J"),
        ("evil\u202egnp.exe", "evil\ufffdgnp.exe"),
        ("isolate\u2066x\u2069", "isolate\ufffdx\ufffd"),
        ("[bold]x[/]", "[bold]x[/]"),
        ("Zelenskyy’s “quote” — 12%", "Zelenskyy’s “quote” — 12%"),
    ],
)
def test_neutralize_shows_controls_and_keeps_text(raw: str, shown: str) -> None:
    """Escape sequences, controls and bidi overrides become visible stand-ins; ordinary text is untouched."""
    assert neutralize(raw) == shown


@given(st.text())
def test_neutralize_is_one_to_one_and_safe(raw: str) -> None:
    """Same length (so offsets carry over), and nothing left that a terminal would act on."""
    shown = neutralize(raw)
    assert len(shown) == len(raw)
    assert all(ord(char) >= 0x20 and not 0x7F <= ord(char) < 0xA0 for char in shown)
    assert not set(shown) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_safe_text_never_parses_markup() -> None:
    """Markup in article text stays literal in the Text handed to Rich."""
    text = safe_text("[bold red]alarm[/] \x1b[2J")
    assert text.plain == "[bold red]alarm[/] ␛[2J"
    assert not text.spans


@given(st.text(alphabet=st.sampled_from(list("ab \n\t\u00a0.")), max_size=40))
def test_fold_offsets_maps_every_character(raw: str) -> None:
    """Each non-space character of the source lands on the same character of the folded text."""
    folded = " ".join(raw.split())
    offsets = fold_offsets(raw)
    assert len(offsets) == len(raw) + 1
    assert offsets[-1] == len(folded)
    assert offsets == sorted(offsets)
    for index, char in enumerate(raw):
        if not char.isspace():
            assert folded[offsets[index]] == char


@given(
    st.text(alphabet=st.sampled_from(list("abcdefgh    語字")), max_size=120),
    st.integers(min_value=1, max_value=30),
)
def test_wrap_spans_never_truncates_or_overflows(text: str, width: int) -> None:
    """Every line fits the width, and the lines hold every non-space character in order."""
    spans = wrap_spans(text, width)
    pieces = [text[start:end] for start, end in spans]
    assert all(cell_len(piece) <= max(width, 2) for piece in pieces)
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))


def test_wrap_spans_breaks_at_spaces() -> None:
    """Words are kept whole when they fit."""
    text = "the quick brown fox jumps"
    assert [text[a:b] for a, b in wrap_spans(text, 10)] == ["the quick", "brown fox", "jumps"]


def test_changed_spans_point_at_the_changed_words(hand_pair: Alignment) -> None:
    """Word diff offsets into the source come out as offsets into the displayed sentence."""
    item = hand_pair.items[2]
    left = [(sid, hand_pair.left.segment(sid).text[a:b]) for sid, a, b in changed_spans(hand_pair.left, item, "left")]
    right = [
        (sid, hand_pair.right.segment(sid).text[a:b]) for sid, a, b in changed_spans(hand_pair.right, item, "right")
    ]
    assert left == [("s3", "12"), ("s3", "hurt")]
    assert right == [("s4", "15"), ("s4", "injured")]


def test_side_text_marks_changed_words_in_place(hand_pair: Alignment) -> None:
    """Each side reads as written, with its own changed words styled."""
    item = hand_pair.items[2]
    left = side_text(hand_pair.left, item, "left", "strike")
    right = side_text(hand_pair.right, item, "right", "underline")
    assert left.plain == "Officials said 12 people were hurt."
    assert right.plain == "Police said 15 people were injured."
    assert [left.plain[s.start : s.end] for s in left.spans] == ["12", "hurt"]
    assert [right.plain[s.start : s.end] for s in right.spans] == ["15", "injured"]
    assert side_text(hand_pair.right, hand_pair.items[3], "right", "bold").plain == ""


def test_layout_marks_sentences_and_collapses_clutter(hand_pair: Alignment) -> None:
    """Sentences in items carry their verdict symbol; hidden clutter leaves one placeholder."""
    _, verdicts = segment_verdicts(hand_pair, "left")
    shown = build_blocks(hand_pair.left, verdicts, show_clutter=True)
    assert f"{VERDICT_SYMBOLS['differ']}{MARKER_SPACE}Officials said 12 people were hurt." in shown[1].text
    assert shown[2].text == "Photo: a flooded street."
    hidden = build_blocks(hand_pair.left, verdicts, show_clutter=False)
    assert [block.hidden for block in hidden] == [0, 0, 1, 0, 0]
    layout = wrap_blocks(hidden, 20)
    assert all(
        cell_len(hidden[line.block].text[line.start : line.end]) <= 20 for line in layout.lines if line.block >= 0
    )


def test_search_is_literal_and_case_insensitive(hand_pair: Alignment) -> None:
    """A query with pattern characters is matched literally, ignoring case."""
    assert [(m.side, m.item) for m in find_matches(hand_pair, "[BOLD]")] == [("left", 6)]
    assert find_matches(hand_pair, "   ") == []
    assert len(find_matches(hand_pair, "newsletter", include_clutter=False)) == 0
    assert len(find_matches(hand_pair, "newsletter")) == 1


def test_step_moves_and_stops_at_the_ends() -> None:
    """Stepping goes to the next stop, stays at the ends, wraps only when asked."""
    stops = [2, 5, 9]
    assert step(stops, None, +1) == 2
    assert step(stops, 3, +1) == 5
    assert step(stops, 9, +1) == 9
    assert step(stops, 9, +1, wrap=True) == 2
    assert step(stops, 5, -1) == 2
    assert step(stops, 2, -1) == 2
    assert step([], 4, +1) is None


def test_status_and_header_text(hand_pair: Alignment) -> None:
    """The status line counts items and differences; headers show metadata literally."""
    figures = StatusFigures(hand_pair, 2, "all", list(range(7)), [2, 3, 4, 6])
    status = status_text(figures, 160).plain
    assert "item 3 of 7" in status
    assert "difference 1 of 4" in status
    assert "≠ 1 differ" in status
    header = header_text(hand_pair.left, "Left Daily").plain
    assert header.startswith("Left Daily")
    assert "Storm hits the coast" in header


def test_the_status_line_counts_add_up_and_fit(hand_pair: Alignment) -> None:
    """Every item counts (the headline too), so the counts add up to the items; with a filter they count the items
    it keeps; at any width the line drops whole phrases rather than cutting one."""
    figures = StatusFigures(hand_pair, 2, "all", list(range(7)), [2, 3, 4, 6])
    full = status_text(figures, 160).plain
    assert "= 3 agree  ≠ 1 differ  ◀ 2 only in Left Daily  ▶ 1 only in Right Times" in full
    differences = StatusFigures(hand_pair, 3, "differences", [2, 3, 4, 6], [2, 3, 4, 6])
    filtered = status_text(differences, 160).plain
    assert "item 2 of 4 (differences)" in filtered
    assert "= 0 agree  ≠ 1 differ  ◀ 2 only in Left Daily  ▶ 1 only in Right Times" in filtered
    for width in range(30, 161, 5):
        line = status_text(figures, width).plain
        assert line.startswith("item 3 of 7")
        assert len(line) <= width or line == status_text(figures, 0).plain
    assert "only left" in status_text(figures, 95).plain
    assert status_text(figures, 40).plain == "item 3 of 7  = 3  ≠ 1  ◀ 2  ▶ 1"


def test_layout_neutralizes_control_characters() -> None:
    """Escape sequences and bidi overrides in an article reach the pane as visible stand-ins."""
    article = make_article([("body", "Clear\x1b[2J the screen \u202eevil.")])
    blocks = build_blocks(article, {"s1": "agree"}, show_clutter=True)
    assert blocks[0].text == f"={MARKER_SPACE}Clear␛[2J the screen \ufffdevil."
