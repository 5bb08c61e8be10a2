"""Numbers in words valued whole, and figures of any size read without an error."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.align.aligner import align
from core.align.approximate import covers, figures
from core.text.normalize import terms
from core.text.numbers import worded_number
from core.text.tokens import word_tokens
from tests.conftest import make_article

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spelled(n: int, *, british: bool) -> str:
    """``n`` (below a trillion) in English words, with ``and`` after the hundreds when ``british``."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        return _TENS[n // 10] + (f"-{_UNITS[n % 10]}" if n % 10 else "")
    if n < 1000:
        rest = n % 100
        joint = " and " if british else " "
        return f"{_UNITS[n // 100]} hundred" + (joint + spelled(rest, british=british) if rest else "")
    for scale, word in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= scale:
            head, rest = divmod(n, scale)
            tail = ""
            if rest:
                tail = (" and " if british and rest < 100 else " ") + spelled(rest, british=british)
            return f"{spelled(head, british=british)} {word}{tail}"
    raise AssertionError(n)


def numbers(text: str) -> list[str]:
    """The quantity and date norms of ``text``."""
    return [t.norm for t in terms(word_tokens(text)) if t.kind in ("number", "date")]


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("two hundred and fifty thousand", "250000"),
        ("one hundred and twenty", "120"),
        ("two hundred fifty thousand", "250000"),
        ("twelve hundred", "1200"),
        ("twenty-five thousand", "25000"),
        ("one million", "1000000"),
        ("three million five hundred thousand", "3500000"),
        ("one thousand and one", "1001"),
        ("seventy mln", "70000000"),
        ("two trillion", "2000000000000"),
        ("2 hundred thousand", "200000"),
        ("1.5 million", "1500000"),
    ],
)
def test_a_number_in_words_is_valued_whole(written: str, value: str) -> None:
    """'two hundred and fifty thousand' is one number, 250,000: not 200 and 50,000."""
    assert numbers(f"The storm left {written} homes without power.") == [value]


@pytest.mark.parametrize(
    ("written", "values"),
    [
        ("two and three", ["2", "3"]),
        ("twenty, five", ["20", "5"]),
        ("four five", ["4", "5"]),
        ("one of the", []),
        ("a one-off", []),
        ("twenty-one-year-old", ["21"]),
    ],
)
def test_separate_numbers_stay_separate(written: str, values: list[str]) -> None:
    """'and' joins a number only after a scale word; a comma or a second unit starts another number."""
    assert numbers(written) == values


@given(st.integers(min_value=0, max_value=999_999_999_999), st.booleans())
def test_any_number_spelled_out_reads_back(n: int, british: bool) -> None:
    """Property: every number below a trillion, spelled out with or without 'and', is read as itself."""
    words = spelled(n, british=british).split()
    assert worded_number(words) == (float(n), len(words))


def test_a_spelled_figure_is_no_difference_from_the_digits() -> None:
    """A passage with 'two hundred and fifty thousand' against '250,000' links with no number reason."""
    left = make_article([("body", "The storm left two hundred and fifty thousand homes without power on Monday.")])
    right = make_article([("body", "The storm left 250,000 homes without power on Monday.")])
    items = [it for it in align(left, right).items if it.left and it.right]
    assert len(items) == 1
    assert not any(r.kind == "number" for r in items[0].reasons)
    assert items[0].verdict != "differ"


@pytest.mark.parametrize(
    ("hedged", "exact"),
    [
        ("nearly fifty thousand", 48_200),
        ("more than two hundred and fifty thousand", 260_000),
        ("about one hundred", 98),
    ],
)
def test_a_hedged_number_in_words_covers_a_figure(hedged: str, exact: int) -> None:
    assert covers(exact, False, [], figures(f"{hedged} people were evacuated"))


HUGE = [
    "9" * 309,
    "1" * 400,
    "٣" * 400,  # Arabic-Indic digits
    "१" * 1000,  # Devanagari digits
    "$" + "9" * 400 + "bn",
    "9" * 305 + " trillion trillion",
    "1" * 5000 + "%",
    "1," + ",".join(["000"] * 200),
]


@pytest.mark.parametrize("figure", HUGE, ids=lambda f: f"{len(f)}-chars")
def test_a_figure_of_any_size_never_raises(figure: str) -> None:
    """A figure too large for a float is read as written: terms, figures and an alignment never raise."""
    text = f"Officials counted {figure} ballots in the city."
    assert numbers(text)  # read, as a quantity as written
    figures(text)
    left = make_article([("body", text)])
    right = make_article([("body", "Officials counted 12,000 ballots in the city.")])
    align(left, right)
